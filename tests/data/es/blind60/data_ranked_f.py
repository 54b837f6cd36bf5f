"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it (hand-written by the esb60 writer)."""
from common import c, t, rpair

PAIRS = []

# ---------------------------------------------------------------- f01: drops the price before asking anything
c0 = c("Buenas. Tengo una panadería en El Llano y cada vez me pagan más con tarjeta. Quería ver lo del datáfono.", None)
t1_good = t("Buenas. Cuénteme un poco: ¿ahora cobran solo en efectivo o ya tienen algún datáfono, de otro banco?")
c2_good = c("Tengo uno de otro banco, pero me cobran veinte euros al mes más el 0,8%, y me parece un abuso.", None)
t1_bad = t("Buenas. Mire, para que no se me vaya: le dejo la comisión al 0,5% y sin cuota el primer año, que es lo mejor que puedo dar.")
c2_bad = c("¿Así, sin preguntarme nada? Lo mismo me dijo el otro banco, que era baratísimo, y ahora me cobran veinte al mes más el 0,8%. No sé yo.", "bad_experience")
t3 = t("¿Y cuánto cobra con tarjeta al mes, más o menos, y de qué importes son los pagos?")
c4 = c("Unos cuatro mil al mes, pero pagos pequeños: una barra de pan, un café, dos euros.", None)
t5 = t("Con pagos tan pequeños le sale mejor una tarifa plana: quince euros al mes, sin porcentaje, hasta cinco mil de facturación. Ahora paga unos cincuenta y dos al mes; se ahorraría casi cuarenta.")
c6 = c("Eso ya me cuadra más. ¿Y cambiarlo es mucho lío? Que yo a las cinco de la mañana estoy en el obrador y no tengo tiempo de andar con papeles.", "no_time")
t7 = t("Lo tramito yo: firma aquí un papel, el datáfono nuevo se lo llevan a la panadería el martes y damos de baja el otro con su autorización.")
PAIRS.append(rpair(
    "esb60r_f01_gijon_datafono_panaderia",
    "Bank branch, Gijón: a baker asks about a card terminal. Fault in worse: a discount offered before asking anything.",
    better=[c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    worse=[c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# ---------------------------------------------------------------- f02: over-promises
c0 = c("Buenos días, llamo de Delicias del Norte, una distribuidora de Madrid. Estamos montando las cestas de Navidad y necesitaríamos berberechos, unas tres mil latas.", None)
t1 = t("Buenos días. ¿De qué calibre los buscáis, y para qué fecha los necesitáis en vuestro almacén?")
c2 = c("De 35-45 piezas, los buenos. Y en el almacén tienen que estar como muy tarde el uno de diciembre, que el cinco empezamos a montar.", None)
t3 = t("El precio: 4,10 la lata de 35-45, con portes a Madrid incluidos a partir de dos mil. ¿Habéis trabajado ya con conserva de aquí o es la primera vez?")
c4 = c("El precio está bien. Es la primera vez; el año pasado los compramos a un intermediario y nos llegaron el diez, con las cestas a medio montar. Un desastre, no quiero repetirlo.", "bad_experience")
t5_good = t("Entonces os lo digo claro: de 35-45 ahora mismo tengo dos mil latas etiquetadas, que os pueden estar allí el día uno. Las otras mil dependen de la producción de noviembre y os las puedo comprometer para el día cuatro, no antes. Si el cuatro os vale, lo cerramos.")
c6_good = c("El cuatro es justo, pero nos vale si las dos mil llegan el uno. Mándame la confirmación con esas fechas.", None)
t5_bad = t("Sin ningún problema: las tres mil el día uno en vuestro almacén, garantizado. Nosotros no fallamos nunca.")
c6_bad = c("¿Las tres mil el uno, seguro? Pues entonces ya no busco a nadie más. Mándame la confirmación.", None)
t7 = t("Te la mando hoy por correo con las fechas de entrega y el número de pedido, y te llamo cuando salga el camión.")
PAIRS.append(rpair(
    "esb60r_f02_coruna_conservera_berberechos",
    "Cannery, A Coruña: a Madrid distributor needs 3,000 tins of cockles for Christmas hampers by 1 December. Fault in worse: over-promises stock and date.",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good, t7],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad, t7],
))

# ---------------------------------------------------------------- f03: unexplained jargon
c0 = c("Buenas tardes. Vengo porque me duele una muela desde hace una semana, sobre todo por la noche.", None)
t1 = t("Buenas tardes. ¿Le duele al masticar, con el frío, o sin hacer nada? ¿Y cuando se quita el frío, el dolor le dura un rato?")
c2 = c("Sin hacer nada, sobre todo por la noche, un dolor que late. Y con el frío me dura un buen rato, sí.", None)
t3_good = t("He visto la radiografía: la caries ha llegado al nervio de la muela, y por eso le late por la noche. Hay que quitar el nervio y limpiar la muela por dentro, lo que se llama una endodoncia; se hace con anestesia, no duele, y después se pone una funda para que la muela no se parta. La otra opción sería sacarla.")
c4_good = c("Ah, vale, entonces se puede salvar. ¿Y eso cuánto cuesta? Que la funda he oído que es carísima.", "too_expensive")
t3_bad = t("Por la radiografía tiene una pulpitis irreversible en el 36 con afectación periapical incipiente. Le hacemos la endo con rotatoria y luego corona de zirconio sobre muñón, o si no, exodoncia.")
c4_bad = c("Perdone, pero no me he enterado de nada. ¿Me la tiene que sacar o no?", None)
t5 = t("La endodoncia son 180 euros y la funda 450; se puede pagar por separado, primero una y al mes siguiente la otra. Sacarla cuesta 60, pero deja un hueco que con los años da problemas.")
c6 = c("Pues prefiero salvarla, aunque el dinero este mes me viene fatal. La funda la dejo para el mes que viene.", "no_money")
t7 = t("Perfecto. Hoy mismo le hago la primera parte para que se le quite el dolor, y la funda la vemos el mes que viene.")
PAIRS.append(rpair(
    "esb60r_f03_oviedo_dentista_endodoncia",
    "Dental clinic, Oviedo: a patient with night-time toothache. Fault in worse: the diagnosis is given in unexplained clinical jargon.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# ---------------------------------------------------------------- f04: argues with the customer
c0 = c("Kaixo, soy Mikel, del restaurante Itsasalde. La merluza de ayer no estaba bien, los ojos hundidos y olía. He tenido que tirar dos piezas.", None)
t1_good = t("Kaixo, Mikel. Lo siento, eso no puede ser. ¿A qué hora os llegó, y la metisteis en cámara enseguida?")
c2_good = c("Llegó a las doce, cuando normalmente llega a las nueve. Y sí, a cámara directamente.", None)
t1_bad = t("Kaixo, Mikel. Imposible, esa merluza salió ayer de la lonja de Pasaia y estaba perfecta, la vi yo. Igual la tuvisteis fuera de cámara, que en cocina pasa.")
c2_bad = c("¿Me estás llamando mentiroso? Llegó a las doce, cuando siempre llega a las nueve, y fue directa a cámara. No me discutas, que llevo veinte años en esto.", None)
t3 = t("A las doce... El camión de ayer tuvo una avería en la A-8 y estuvo tres horas parado; puede ser eso. Te abono las dos piezas en la próxima factura y hoy te llevamos merluza nueva.")
c4 = c("Vale. Pero si vuelve a pasar me busco otro proveedor, que mi clientela no perdona.", None)
t5 = t("Lo entiendo. A partir de ahora, si el camión va con retraso te llamo antes, y decides si lo quieres o no. ¿Te llevo hoy la misma cantidad?")
c6 = c("Sí, cuatro piezas, y que lleguen antes de la una, que hoy tengo un grupo.", None)
t7 = t("Antes de las doce las tienes, te las llevo yo mismo en la furgoneta.")
PAIRS.append(rpair(
    "esb60r_f04_donostia_merluza_reclamacion",
    "Fish wholesaler, Donostia: a chef complains that yesterday's hake was not fresh. Fault in worse: argues with the customer before checking.",
    better=[c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    worse=[c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# ---------------------------------------------------------------- f05: doubts the customer's honesty
c0 = c("Buenas. Estas gafas me las hicieron aquí en marzo y se me partió el puente sin hacer nada, al limpiarlas. ¿Entra en la garantía?", None)
t1 = t("Buenas, déjeme verlas... Sí, partida justo por la soldadura del puente. ¿Tiene el tique o se las buscamos por su nombre?")
c2 = c("El tique no lo encuentro, pero están a nombre de Carmen Alonso, de marzo.", None)
t3_good = t("Aquí están, Carmen, 12 de marzo. Una soldadura que cede así a los siete meses es defecto de fábrica y entra en la garantía. Pedimos al proveedor la montura nueva, igual que esta.")
c4_good = c("Ay, qué bien, pensé que me ibais a poner pegas.", None)
t3_bad = t("Aquí están, 12 de marzo. Ya... pero es raro que se parta así sola, ¿eh? ¿Seguro que no se le cayó o se sentó encima? Porque si es un golpe, la garantía no lo cubre.")
c4_bad = c("¿Me está diciendo que miento? Se partió limpiándolas, se lo digo yo. Si no me lo cubren, no vuelvo a pisar esta óptica.", None)
t5 = t("La montura nueva tarda unos diez días. Mientras, si quiere, le pongo los cristales en una montura de préstamo para que no se quede sin gafas.")
c6 = c("Diez días es mucho, que yo sin gafas no veo ni el autobús... Pero bueno, con la de préstamo me apaño.", None)
t7 = t("En media hora se la tengo montada. Le llamamos en cuanto llegue la nueva.")
PAIRS.append(rpair(
    "esb60r_f05_vigo_optica_garantia",
    "Optician, Vigo: a customer's seven-month-old frame snapped at the bridge. Fault in worse: suggests she is lying about how it broke.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# ---------------------------------------------------------------- f06: vague next step
c0 = c("Egun on. Me interesa el SUV ese que tenéis de oferta, pero tendría que entregar mi coche, un Golf del 2015. ¿Cuánto me daríais?", None)
t1 = t("Egun on. ¿Cuántos kilómetros tiene, y tiene los mantenimientos hechos en la casa?")
c2 = c("Ciento cuarenta mil, todas las revisiones con libro. Un golpe en la puerta de atrás, eso sí, pequeño.", None)
t3 = t("Por lo que me cuentas, con los precios de ahora andaría entre 7.500 y 8.500, según cómo vea el golpe el tasador.")
c4 = c("Hombre, yo pensaba en nueve mil por lo menos, que en Wallapop los veo a diez. Así no me sale a cuenta.", "too_expensive")
t5_good = t("En Wallapop se piden diez, pero se venden por menos y el papeleo corre de tu cuenta. Te propongo esto: el tasador lo ve el jueves a las cinco, ese mismo día te doy la cifra cerrada por escrito, y con ella decides si nos lo dejas o lo vendes tú.")
c6_good = c("El jueves a las cinco me va bien. Con el número por escrito ya lo hablo en casa.", "think_it_over")
t5_bad = t("Ya, bueno, eso ya lo iremos viendo. Tú déjalo en nuestras manos, que ya te diremos algo.")
c6_bad = c("¿Pero cuándo? Yo necesito la cifra para decidir. Bueno... ya me llamaréis, supongo.", None)
t7 = t("Perfecto. Cualquier cosa, aquí me tienes. Llévate el folleto del SUV, que viene todo el equipamiento.")
PAIRS.append(rpair(
    "esb60r_f06_bilbao_tasacion_golf",
    "Car dealer, Bilbao: a buyer wants to trade in his 2015 Golf and expects more than the first estimate. Fault in worse: a vague next step.",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good, t7],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad, t7],
))

# ---------------------------------------------------------------- f07: recommends before asking
c0 = c("Buenes. Quería preguntar por la leche en polvo pa los xatinos, que tengo varios con diarrea y a lo mejor ye la leche esa que les doy.", None)
t1_good = t("Buenes. Antes de cambiar de leche, cuénteme cómo la prepara: ¿a qué temperatura el agua, cuánta cantidad por toma y cuántas tomas al día?")
c2_good = c("Pues el agua templada, a ojo. Dos tomas de tres litros, y el polvo... echo un cacillo grande, a ojo también.", None)
t1_bad = t("Buenes. Pues lo que necesita es el Lactoplus Premium, con probióticos, que es el mejor que tenemos para diarreas. Son 95 el saco de 25 kilos.")
c2_bad = c("¿Noventa y cinco? El que uso yo está a sesenta. Y no sé si ye la leche, igual ye otra cosa, que la preparo a ojo.", "too_expensive")
t3 = t("Preparada a ojo es muy fácil pasarse de concentración o de temperatura, y eso solo ya da diarreas. El agua tiene que ir a unos 40 grados y el polvo medido: 125 gramos por litro. ¿Los xatinos toman bien el calostro las primeras horas?")
c4 = c("Calostro sí, eso lo miro siempre, en las primeras seis horas.", None)
t5 = t("Entonces le propongo seguir con su leche una semana, pero con termómetro y medida. Le regalo un cacillo medidor que marca los 125 gramos. Si en una semana siguen igual, que los vea el veterinario.")
c6 = c("Bueno, probamos, pero ya te digo que yo pa medir cosas no tengo mucha paciencia, jaja.", None)
t7 = t("Con el medidor es un cacillo justo por litro, no hay que pesar nada. Le llamo el viernes que viene a ver cómo van.")
PAIRS.append(rpair(
    "esb60r_f07_grado_leche_xatos",
    "Farm supplies cooperative, Grado (Asturias): a farmer's calves have diarrhoea and he blames the milk replacer. Fault in worse: recommends a premium product before asking anything.",
    better=[c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    worse=[c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# ---------------------------------------------------------------- f08: an unasked lecture
c0 = c("Buenas, llamaba porque queríamos ir a la casa el puente de diciembre, dos adultos y un perro. ¿Se admiten perros?", None)
t1 = t("Buenas. Sí, admitimos perros en la casa pequeña, la que tiene la finca cerrada. ¿Qué tamaño tiene?")
c2 = c("Es un pastor alemán, grande, pero muy bueno, tiene seis años. Y sería del viernes al domingo, que el lunes trabajo.", None)
t3_good = t("Perfecto, con la finca cerrada puede estar suelto. Cobramos diez euros por noche por la limpieza extra, y le dejamos cama y cuencos.")
c4_good = c("Muy bien, diez euros por noche me parece razonable.", None)
t3_bad = t("Bien. Le digo una cosa, eh: mucha gente trae perros grandes sin educar y luego nos destrozan las casas. Un pastor alemán tiene que estar bien socializado, con paseos largos, y dejarlo solo en una casa que no conoce es muy estresante para ellos. Hay que pensarlo bien antes de viajar con un perro así.")
c4_bad = c("Oiga, que mi perro está perfectamente educado y llevamos seis años viajando con él. Yo solo preguntaba si se admiten.", None)
t5 = t("Para viernes y sábado son dos noches a 90, 180, más diez por noche del perro: 200 en total. ¿Le mando los datos para la señal?")
c6 = c("Sí, mándemelos, pero antes lo miro con mi pareja, que igual al final vamos en enero.", "think_it_over")
t7 = t("Se los mando por correo ahora. Le guardo el puente hasta el miércoles.")
PAIRS.append(rpair(
    "esb60r_f08_ribeirasacra_casarural_perro",
    "Casa rural, Ribeira Sacra (Galicia): a guest asks if a large dog is allowed for the December long weekend. Fault in worse: an unasked lecture on dog ownership.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# ---------------------------------------------------------------- f09: closes before checking the thing works
c0 = c("Kaixo, soy Ander, de mantenimiento de Troqueles Erandio. Se nos ha roto un sensor inductivo de una prensa y necesito otro para hoy.", None)
t1 = t("Kaixo, Ander. ¿Qué pone en el sensor, marca y referencia? ¿O qué medidas tiene?")
c2 = c("Es un M18, de tres hilos, enrasable. La referencia está borrada, no se lee nada.", None)
t3_good = t("Vale. Antes de mandarte nada necesito saber una cosa: si es PNP o NPN, que si no coincide con la entrada del autómata no te va a funcionar. ¿Tienes el esquema de la prensa a mano?")
c4_good = c("Espera, que lo miro... Sí, aquí pone entradas PNP.", None)
t3_bad = t("Perfecto, un M18 de tres hilos enrasable: te mando este, 48 euros, sale ya en la furgoneta y lo tienes a las doce. Te lo cierro.")
c4_bad = c("Vale, mándalo. Pero oye, que según el esquema las entradas de esta prensa son PNP. ¿Lo que me mandas es PNP o no lo has mirado?", None)
t5 = t("Entonces te mando el M18 PNP, normalmente abierto, como el que tenías: 48 euros. Si al montarlo no detecta, me llamas y te lo cambio sin coste.")
c6 = c("Vale. Pero que llegue antes de la una, que si no paramos el turno de tarde.", None)
t7 = t("Sale ahora mismo; a las doce y media lo tienes en la portería.")
PAIRS.append(rpair(
    "esb60r_f09_erandio_sensor_prensa",
    "Industrial automation supplier, Bilbao area: a maintenance fitter needs a replacement proximity sensor today. Fault in worse: closes the sale before checking it will work with the press.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# ---------------------------------------------------------------- f10: talks about themselves
c0 = c("Buenas. La balsa salvavidas del barco tiene la revisión este mes y me dicen que a lo mejor no la pasa, que es muy vieja. ¿Qué me recomiendas?", None)
t1 = t("Buenas. ¿Qué balsa es, de cuántas plazas y de qué año? ¿Y el barco, qué navegación hace?")
c2 = c("Es de seis plazas, del 2008. El barco ye de pesca artesanal, salimos tres, a unas diez millas como mucho.", None)
t3_good = t("Con dieciséis años es fácil que en la estación la den por no apta. Para tres tripulantes y diez millas os vale una de cuatro plazas, más barata y más ligera. Primero la mandamos a revisar, son 180, y si no pasa, os descuento la revisión de la nueva.")
c4_good = c("Eso me parece justo, que no quiero tirar dinero si todavía vale.", None)
t3_bad = t("Ah, del 2008, como la que tenía yo. Yo tuve un barco en Candás quince años, ¿eh?, y una vez en un simulacro la balsa no se abrió, fue un cristo. Yo siempre digo que en la mar lo primero es la seguridad, y lo digo porque lo he vivido, que mi padre también era marinero y...")
c4_bad = c("Ya, ya, pero yo lo que quiero saber es si la paso a revisión o compro otra.", None)
t5 = t("Si hubiera que cambiarla, una de cuatro plazas homologada está en 1.150; la de seis, en 1.600.")
c6 = c("Mil ciento cincuenta... con lo mala que viene la costera este año, eso ahora no lo puedo pagar.", "no_money")
t7 = t("Por eso primero la revisamos, que igual pasa. Y si no, se puede pagar en tres veces. Tráemela el lunes y en una semana te digo.")
PAIRS.append(rpair(
    "esb60r_f10_gijon_balsa_salvavidas",
    "Marine safety supplier, Gijón: a small-scale fisherman's 2008 life raft may fail inspection. Fault in worse: the trainee talks about his own boat and family.",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

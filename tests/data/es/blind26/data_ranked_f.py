"""Ranked pairs f01-f10 (es_blind26): same turns except one fault in worse and the customer's reaction."""
from common import c, rpair, t

PAIRS = []
A = PAIRS.append

# f01 argues with the customer
o = c("Hola, pago 600 megas y por la noche no me llega ni para ver una serie. Esto es un timo.", None)
t1 = t("Hola. Vamos a mirarlo. ¿Se conecta por wifi o por cable, y desde qué parte de la casa?")
c1 = c("Por wifi, desde el dormitorio, que está al fondo del pasillo.", None)
t3 = t("Le propongo algo: le mando un repetidor un mes a prueba, gratis, y si el dormitorio va bien, se lo queda por 3 euros al mes.")
c3 = c("Bueno... lo probamos. Pero si no va, lo devuelvo.", None)
t4 = t("Hecho. Le llega el jueves, y el lunes siguiente le llamo para ver la velocidad en el dormitorio.")
A(rpair("esb26r_f01_fibra_velocidad_wifi", "Fibre provider, phone: a customer calls the slow evening speed a scam; the cause is wifi range.",
 [o, t1, c1, t("Entonces es probable que la fibra llegue bien y el wifi se pierda por el camino. Los 600 se garantizan por cable; por wifi, a esa distancia, llega mucho menos."),
  c("Ah, pues eso no me lo dijo nadie al contratar.", None), t3, c3, t4],
 [o, t1, c1, t("Pues no es un timo: la velocidad llega perfecta al router, lo estoy viendo. El problema es su wifi, no nuestra fibra, así que de timo, nada."),
  c("Oiga, a mí no me diga lo que es o no es. Yo pago 600 y veo la serie a trozos.", None), t3, c3, t4]))

# f02 doubts the customer's honesty
o = c("Buenas, el antirreflejante de las gafas se está pelando y solo tienen ocho meses.", None)
t1 = t("Buenas. Déjeme verlas. ¿Las limpia con algo en concreto?")
c1 = c("Con la gamuza que me disteis y el spray. A veces con agua del grifo.", None)
t3 = t("Pido cristales nuevos al laboratorio, sin coste; llegan en una semana. Mientras, le dejo unas de préstamo con su graduación.")
c3 = c("Vale. Pero el martes me voy de viaje, ¿llegarán antes?", None)
t4 = t("Pido urgencia. Si el lunes no están, le aviso y buscamos otra solución.")
A(rpair("esb26r_f02_optica_garantia_antirreflejante", "Optician, Valencia: the anti-glare coating is peeling on eight-month-old glasses.",
 [o, t1, c1, t("Ya veo, se levanta por el borde. Es defecto del tratamiento y entra en la garantía de dos años."),
  c("Menos mal, que me costaron un pico.", None), t3, c3, t4],
 [o, t1, c1, t("Hmm. A los ocho meses... ¿seguro que no las ha limpiado con alcohol o dejado al sol en el coche? Que la gente a veces no lo cuenta."),
  c("¿Me está llamando mentirosa? Le acabo de decir cómo las limpio.", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("Buenas, he visto vuestro anuncio de la tarifa de luz de precio fijo y quería información.", None)
t2 = t("Con ese consumo, la fija le sale por unos 63 al mes, sin permanencia ni servicios añadidos.")
c2 = c("No está mal. Lo comparo con lo que pago y le digo.", "think_it_over")
t3 = t("Perfecto. Le mando el cálculo por correo con mi teléfono directo.")
c3 = c("Vale, gracias.", None)
A(rpair("esb26r_f03_comercializadora_tarifa_fija", "Electricity supplier, phone: a customer asks about an advertised fixed-price tariff.",
 [o, t("Buenas. Claro. Para darle un precio real, ¿cuánto paga al mes, más o menos, y cuántos sois?"),
  c("Unos 70 al mes. Somos dos y yo teletrabajo.", None), t2, c2, t3, c3],
 [o, t("Buenas. Mire, a usted se la dejo ya con un 15% de descuento el primer año, que es lo máximo que puedo hacer."),
  c("Eh... vale, pero si no sabe ni lo que gasto. Unos 70 al mes, somos dos y teletrabajo. ¿El 15% sobre qué?", None), t2, c2, t3, c3]))

# f04 an unasked lecture
o = c("Hola, quiero cambiar la bañera vieja por una exenta, de esas que van en medio. Me hace mucha ilusión.", None)
t1 = t("¡Qué bonito! ¿Qué medidas tiene el baño y en qué planta está el piso?")
c1 = c("Tres por dos y medio, un segundo. Es un edificio de los setenta.", None)
t3 = t("Lo que sí haré es mirar el forjado, que una exenta llena pesa más de 300 kilos. ¿Le va bien que pase el viernes?")
c3 = c("El viernes por la tarde, sí.", None)
t4 = t("Perfecto. Le llevo catálogo y, visto el forjado, le doy precio cerrado.")
A(rpair("esb26r_f04_reformas_banera_exenta", "Bathroom renovation, Madrid: a woman wants a freestanding bathtub.",
 [o, t1, c1, t("Con esa medida entra bien y quedará preciosa. ¿La quiere de resina o acrílica?"),
  c("De resina, que he leído que mantiene el calor.", None), t3, c3, t4],
 [o, t1, c1, t("Entra, pero le digo una cosa: hoy las bañeras no tienen sentido. Gastan 200 litros, con la sequía que hay, y todo el mundo se pasa a la ducha. Yo me lo pensaría."),
  c("Yo le he pedido una bañera, no consejos. Me baño una vez a la semana, tampoco es para tanto.", None), t3, c3, t4]))

# f05 a vague next step
o = c("Hola, ¿qué tal? ¿Tenéis ya el presupuesto de la cocina? Vinisteis a medir hace una semana.", None)
t1 = t("Hola, sí: blanco mate, encimera de cuarzo gris y fregadero bajo la ventana, como hablamos. Total, 9.800 con montaje y electrodomésticos.")
c1 = c("Uf, se nos va. Teníamos en la cabeza nueve mil como mucho.", "no_money")
t2 = t("Con el horno de la misma marca sin pirólisis, baja a 9.150.")
c2 = c("Eso puede valer. Pero lo quiero mirar con mi mujer.", "think_it_over")
A(rpair("esb26r_f05_cocinas_presupuesto_seguimiento", "Kitchen renovation, Alicante: a customer phones for the quote after the measuring visit.",
 [o, t1, c1, t2, c2, t("Claro. Le mando hoy las dos opciones por correo y el jueves a las siete le llamo; si lo tenéis claro, reservamos montaje."),
  c("El jueves a las siete, perfecto.", None)],
 [o, t1, c1, t2, c2, t("Vale, pues ya nos dice algo. O ya le llamaremos, no sé, cuando tengamos la agenda."),
  c("¿Pero me lo mandáis por escrito o cómo? Que así no me quedo tranquilo.", None)]))

# f06 over-promises
o = c("hola me mudo el viernes a un piso en sevilla y necesito internet ya, que el lunes teletrabajo", None)
t1 = t("Hola. ¿Me pasas la dirección para ver si hay fibra en el edificio?")
c1 = c("calle feria 40, 3B. es un edificio reformado", None)
t2 = t("Hay fibra en el edificio. La instalación la hace un técnico con cita.")
c2 = c("y cuanto tarda? si el lunes no tengo internet me matan en el curro", None)
t4 = t("Te mando el contrato por SMS y te escribo cuando tenga la cita del técnico.")
A(rpair("esb26r_f06_fibra_mudanza_sevilla", "Fibre provider, WhatsApp: a remote worker moving flats needs internet by Monday.",
 [o, t1, c1, t2, c2, t("Lo normal son 3 a 7 días, así que el lunes no te lo aseguro. Para cubrirte, te mando un router 4G que llega el sábado, hasta que vaya el técnico."),
  c("vale eso me vale. mejor que nada", None), t4],
 [o, t1, c1, t2, c2, t("Tranquila, el lunes lo tienes seguro, te lo garantizo yo. Hoy lo pido y el sábado está el técnico."),
  c("genial!! pues confirmo, que me lo has asegurado eh", None), t4]))

# f07 closes before checking the thing works
o = c("Buenos días... quería un móvil nuevo, que el mío ya no carga. Pero que no pierda las fotos de los nietos, ¿eh?", None)
t1 = t("Buenos días. ¿Qué móvil tiene, y las fotos están guardadas en algún otro sitio?")
c1 = c("Este, un Samsung de hace seis años. ¿Guardadas? No sé, en el móvil.", None)
t2 = t("Vale. Este de 199 es sencillo, con letra grande, y le pasamos todo aquí en la tienda.")
c2 = c("Ese me gusta. Y 199 está bien, que el que tengo me costó más.", None)
t4 = t("Le dejo mi nombre en el ticket: con cualquier problema, venga y se lo miro.")
A(rpair("esb26r_f07_tienda_moviles_fotos_nietos", "Phone shop, Valencia: a pensioner replaces his phone and must keep his grandchildren's photos.",
 [o, t1, c1, t2, c2, t("Antes de cobrarle, le paso fotos y WhatsApp al nuevo y comprobamos juntos que están todas las de los nietos."),
  c("Sí, mire, aquí están las de la comunión de la niña. Muy bien.", None), t4],
 [o, t1, c1, t2, c2, t("Perfecto, pues se lo cobro y ya está. Las fotos se pasan solas al encenderlo en casa, no se preocupe."),
  c("¿Solas? Bueno, si usted lo dice... pero yo no sé hacer nada de eso.", None), t4]))

# f08 recommends before asking
o = c("Buenas, quería un seguro para la casa de mis padres en el pueblo, que está vacía casi todo el año.", None)
t2 = t("Para una casa deshabitada importa que cubra robo estando vacía, agua y tejado. Continente y contenido básico: unos 22 al mes.")
c2 = c("Eso ya me cuadra más. ¿Tengo que poner alarma?", None)
t3 = t("No es obligatorio, pero con alarma baja a 18. Le mando las dos opciones por escrito.")
c3 = c("Vale, lo miro con mis hermanos, que la casa es de los tres.", "think_it_over")
A(rpair("esb26r_f08_seguro_casa_pueblo", "Home insurance broker, phone: insuring an empty family house in a village.",
 [o, t("Buenas. ¿Va alguien de vez en cuando, y qué le preocupa más: robos, agua, el tejado...?"),
  c("Vamos en verano y algún puente. Me preocupa que entren a robar, y las goteras.", None), t2, c2, t3, c3],
 [o, t("Buenas. Para eso lo mejor es nuestro Hogar Completo, 35 euros al mes, que lo cubre todo."),
  c("¿35 al mes por una casa donde no vive nadie? Si casi no hay nada dentro. Me preocupan los robos y las goteras.", "too_expensive"), t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("Hola, hija, es que no entiendo la factura de la luz. Pone P1 y P2, 4,4 las dos, y no sé qué es eso.", None)
t2 = t("¿Le salta el automático alguna vez, con el horno y la lavadora a la vez?")
c2 = c("Nunca. Vivo sola y cocino poco.", None)
t3 = t("Entonces puede bajar a 3,45 y ahorrar unos 5 euros al mes. Tarda unos días y en casa no nota nada.")
c3 = c("Bueno, déjeme que le pregunte a mi hijo, que él me lleva estas cosas.", "think_it_over")
t4 = t("Claro. Le mando una carta con esto explicado, y si su hijo quiere, que me llame.")
A(rpair("esb26r_f09_comercializadora_potencias", "Electricity supplier, phone: an elderly woman does not understand the two power lines on her bill.",
 [o, t("La potencia es cuánta luz puede usar a la vez sin que salte el automático. Hay un precio de día y otro de noche, por eso salen dos líneas."),
  c("Ah, ya. ¿Y me conviene tener menos?", None), t2, c2, t3, c3, t4],
 [o, t("Son los peajes de acceso: P1 es el periodo punta-llano y P2 el valle, según la circular de la CNMC; el término de potencia se factura en kW por día."),
  c("Ay, hija, no me he enterado de nada. ¿Y eso me conviene o no?", None), t2, c2, t3, c3, t4]))

# f10 talks about themselves
o = c("Hola, estoy pensando en una bici eléctrica para ir al trabajo, pero no tengo ni idea.", None)
t1 = t("Hola. ¿Cuántos kilómetros es el trayecto, y tiene cuestas?")
c1 = c("Unos nueve, de Sants a la Diagonal, con alguna cuesta. Y la tengo que subir a un tercero sin ascensor.", None)
t3 = t("Esta de aquí cuesta 1.450. Pruébela por el barrio y súbala por la escalera del taller, a ver qué tal.")
c3 = c("Uf, 1.450 es más de lo que pensaba. En internet las he visto por 900.", "too_expensive")
t4 = t("Las de 900 suelen pesar 25 kilos, y a un tercero se nota. Si quiere, se la dejo el fin de semana sin compromiso.")
A(rpair("esb26r_f10_tienda_bicis_electricas", "E-bike shop, Barcelona: a commuter with no lift asks about electric bikes.",
 [o, t1, c1, t("Entonces el peso importa tanto como la batería. Esta pesa 16 kilos, hace 60 kilómetros y sube bien las cuestas."),
  c("16 kilos, vale, eso lo puedo subir.", None), t3, c3, t4],
 [o, t1, c1, t("¡Yo hago ese trayecto! Bueno, yo más, desde Badalona, 20 kilómetros al día con una de carbono, y el finde subo al Montseny. A mí la bici me ha cambiado la vida, ¿eh?"),
  c("Ya... ¿y para mí cuál sería? Que la tengo que subir a un tercero.", None), t3, c3, t4]))

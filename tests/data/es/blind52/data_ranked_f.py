"""Ranked pairs f01-f10, hand-written for es_blind52: both sides share every turn (same Python objects) except one
fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# --- f01: drops the price before asking anything ---------------------------------
_o = c("Buenas. Soy el patrón mayor de la cofradía de Porto do Son. La máquina de hielo de la lonja se nos queda corta "
       "en la costera del bonito y queríamos ver si nos podéis suministrar hielo en escama en verano.", None)
_t1_good = t("Buenas. Sí, suministramos escama. ¿Cuánto les falta los días fuertes, y a qué hora lo necesitan? Que no es "
             "lo mismo de madrugada que a mediodía.")
_c1_good = c("Los días de descarga buena nos faltan unas ocho toneladas, y lo necesitamos entre las cinco y las siete de "
             "la mañana, antes de la subasta.", None)
_t1_bad = t("Buenas. Sí, suministramos escama. Y a la cofradía se la dejo a sesenta euros la tonelada en vez de a "
            "setenta y cinco, que es un precio que no le doy a nadie.")
_c1_bad = c("Hombre, bien, pero si aún no sabe ni cuánto necesitamos ni cuándo. Nos faltan unas ocho toneladas los días "
            "buenos, de cinco a siete de la mañana.", None)
_t2 = t("Ocho toneladas entre las cinco y las siete se puede: el camión isotermo sale de Noia a las cuatro. ¿Tienen dónde "
        "descargarlo, silo o contenedores?")
_c2 = c("Tenemos contenedores isotermos en la lonja, caben unas diez toneladas.", None)
_t3 = t("Entonces les vale. Les propongo un pedido fijo los días de costera y, los demás, bajo pedido la tarde anterior. "
        "Hoy les mando la oferta por escrito.")
_c3 = c("Vale. Mándela, que la llevo a la junta del martes y allí se decide.", "think_it_over")
_t4 = t("Perfecto. El miércoles le llamo por si la junta tiene preguntas.")
PAIRS.append(rpair(
    "esb52r_f01_porto_do_son_cofradia_hielo",
    "Una cofradía pide hielo en escama para la costera del bonito. Worse rebaja el precio en la primera frase, antes de "
    "saber cuánto hielo hace falta ni cuándo; better pregunta primero.",
    [_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3, _t4],
    [_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3, _t4],
))

# --- f02: argues with the customer -----------------------------------------------
_o = c("Buenas. Desde la revisión que me hicisteis hace tres semanas, el tanque tarda mucho más en enfriar. Ayer, a las "
       "dos horas del ordeño, aún estaba a nueve grados, y la láctea ya me avisó.", None)
_t1 = t("Buenas. Nueve grados a las dos horas es mucho, tiene que estar a cuatro. ¿Hace algún ruido distinto, o ve que el "
        "ventilador del condensador para y arranca?")
_c1 = c("Ruido no. El ventilador gira. Lo que sí, el condensador está en el cobertizo y este mes se llenó de polvo de la "
        "hierba seca.", None)
_t2 = t("Vale. Voy esta tarde a limpiar el condensador y a medir las presiones del gas. ¿A qué hora está en casa?")
_c2 = c("A las seis. Pero le digo una cosa: yo creo que es de la revisión, que antes enfriaba bien y el polvo ya estaba.",
        None)
_t3_good = t("Puede ser, no lo descarto: en la revisión se tocó el circuito del gas. Si al medirlo veo que fue cosa "
             "nuestra, no le cobro ni la salida ni la reparación.")
_c3_good = c("Así me parece justo. A las seis le espero.", None)
_t3_bad = t("No, de la revisión no puede ser, eso se lo aseguro yo; la revisión se hizo bien. Es el polvo, seguro, ya lo "
            "verá.")
_c3_bad = c("¿Sin mirarlo ya sabe que no es? Pues a ver qué encuentra, porque si es de la revisión yo no pago.", None)
_t4 = t("A las seis estoy allí.")
PAIRS.append(rpair(
    "esb52r_f02_a_estrada_granja_tanque_frio",
    "Una ganadera cree que el tanque de leche enfría mal desde la última revisión. Worse le discute que no puede ser de "
    "la revisión antes de medir nada; better admite la posibilidad y dice qué pasará si es culpa suya.",
    [_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good, _t4],
    [_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad, _t4],
))

# --- f03: an unasked lecture ------------------------------------------------------
_o = c("Buenas. ¿Me puede tomar la tensión? Y quería ibuprofeno, que tengo la espalda fatal de cargar cajas en la "
       "conservera.", None)
_t1 = t("Claro, siéntese aquí. ¿Toma alguna pastilla para la tensión, o algún otro medicamento?")
_c1 = c("Para la tensión sí, enalapril, una por la mañana. Nada más.", None)
_t2 = t("Tiene catorce, ocho y medio. Un poco alta, pero con el dolor y las prisas sube. Sobre el ibuprofeno: con el "
        "enalapril, si lo toma muchos días seguidos, puede subir la tensión y cargar el riñón. ¿Cuántos días cree que lo "
        "necesitaría?")
_c2 = c("Unos días, hasta que se me pase. Es que no puedo faltar, estamos en plena campaña del bonito.", None)
_t3_good = t("Entonces le doy paracetamol como base, que no le sube la tensión, e ibuprofeno de los pequeños solo para "
             "los días peores, tres o cuatro días como mucho.")
_c3_good = c("Vale, perfecto. Así lo hago.", None)
_t3_bad = t("Entonces le doy paracetamol como base e ibuprofeno solo para los días peores. Y ya que estamos, le digo una "
            "cosa: con esa tensión tendría que dejar la sal, caminar todos los días y perder unos kilos, que el sobrepeso "
            "es lo que más la sube. Y nada de embutidos ni de conservas, que usted las tiene a mano.")
_c3_bad = c("Oiga, yo vine a por el ibuprofeno, no a que me ponga a régimen. Cóbreme y ya.", None)
_t4 = t("Son seis euros con cuarenta las dos cajas. Y si en una semana no mejora la espalda, vaya al médico.")
PAIRS.append(rpair(
    "esb52r_f03_cangas_morrazo_farmacia_tension",
    "Una trabajadora de conservera pide que le tomen la tensión y compra ibuprofeno. Worse le suelta un sermón sobre "
    "sal, peso y embutidos que nadie pidió; better se ciñe a lo que importa con su medicación.",
    [_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good, _t4],
    [_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad, _t4],
))

# --- f04: doubts the customer's honesty ---------------------------------------------
_o = c("Buenos días. Quería sacar nueve mil euros en efectivo de la cuenta. Es para pagar al que me arregló el tejado de "
       "la casa del pueblo, que cobra así.", None)
_t1 = t("Buenos días. Para esa cantidad en efectivo hay que avisar con un día de antelación, porque no la tenemos en "
        "caja. ¿Le vale mañana?")
_c1 = c("Mañana no puedo bajar a Laviana, que llevo al marido al médico a Oviedo. El jueves sí.", "no_time")
_t2_good = t("El jueves, entonces. Le tengo que preguntar, porque lo pide la normativa en retiradas grandes, a quién va "
             "el dinero. No es por desconfiar de usted: hay mucho timo a personas mayores con obras, y se lo preguntamos "
             "a todo el mundo.")
_c2_good = c("Ya, ya, lo entiendo. Es José, el de Tolivia, me arregló el tejado y me dio factura. Mire, aquí la traigo.",
             None)
_t2_bad = t("El jueves, entonces. Pero dígame la verdad: ¿seguro que es para un tejado? Porque mucha gente dice eso y "
            "luego es para pagar en negro o para que no lo vea Hacienda.")
_c2_bad = c("¿Me está llamando mentirosa? Es José, el de Tolivia, me arregló el tejado y me dio factura. Aquí la tiene.",
            None)
_t3 = t("Con la factura está todo en orden. Ya sabe que también le puede pagar por transferencia, si él acepta, y así no "
        "tiene que llevar el dinero encima.")
_c3 = c("Él lo quiere en mano, pero se lo preguntaré. Si no, el jueves vengo a por él.", None)
_t4 = t("Le dejo el pedido hecho para el jueves a las diez. Si al final es por transferencia, me llama y lo anulo.")
PAIRS.append(rpair(
    "esb52r_f04_laviana_caja_efectivo_tejado",
    "Una señora quiere sacar nueve mil euros en efectivo para pagar una obra. Worse insinúa que miente o que quiere "
    "esconder dinero a Hacienda; better hace la misma pregunta explicando por qué se pregunta a todos.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# --- f05: a vague next step ------------------------------------------------------
_o = c("Hola. Quiero hacer dos habitaciones más en la casa rural de Tapia, en el pajar, y me dijeron que el grupo de "
       "desarrollo rural da ayudas. ¿Usted me puede llevar eso?", None)
_t1 = t("Hola. Sí, llevamos solicitudes de ayudas LEADER. ¿Tiene ya proyecto del arquitecto o presupuesto de la obra? ¿Y "
        "cuándo quiere empezar?")
_c1 = c("Presupuesto tengo, de un constructor de Navia, sesenta mil. Proyecto todavía no. Quería empezar en octubre, "
        "cuando acabe la temporada.", None)
_t2 = t("Una cosa importante: la obra no puede empezar antes de que el grupo levante el acta de no inicio; si empieza "
        "antes, pierde la ayuda. La ayuda suele rondar el treinta y cinco por ciento. Nuestros honorarios son el tres por "
        "ciento de lo concedido, y solo si se concede.")
_c2 = c("El tres por ciento si sale, vale. Pero no quiero papeleo que me retrase la obra, que octubre está ahí y si no "
        "empiezo, pierdo otro año.", None)
_t3_good = t("Lo entiendo. Para llegar a octubre: esta semana le mando la lista de papeles; usted me trae el presupuesto y "
             "las escrituras el martes día diez; presento la solicitud antes del veinte, y pido el acta de no inicio en "
             "cuanto entre. Le llamo cada dos semanas para decirle en qué punto está.")
_c3_good = c("Así sí sé a qué atenerme. El martes le traigo todo.", None)
_t3_bad = t("Lo entiendo. Usted vaya juntando papeles, que nosotros lo vamos moviendo, y ya le diremos algo cuando "
            "sepamos.")
_c3_bad = c("¿Qué papeles? ¿Y cuándo me dirán algo? Porque si en octubre no sé nada, no puedo empezar.", None)
_t4 = t("Cualquier duda, me llama a este número.")
PAIRS.append(rpair(
    "esb52r_f05_tapia_casa_rural_ayuda_leader",
    "La dueña de una casa rural quiere una ayuda para ampliar y teme que el papeleo le retrase la obra. Worse cierra con "
    "un 'ya le diremos algo'; better le da fechas, qué traer y cuándo la llamará.",
    [_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good, _t4],
    [_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad, _t4],
))

# --- f06: over-promises -----------------------------------------------------------
_o = c("Buenas tardes. Mi madre tiene demencia y por las noches se levanta y se desorienta. Mi hermana y yo ya no podemos "
       "más. Queríamos alguien que durmiera con ella en casa, en Betanzos.", None)
_t1 = t("Buenas tardes. Lo entiendo, las noches son lo más duro. ¿Cuántas noches a la semana necesitan, y qué hace su "
        "madre cuando se levanta?")
_c1 = c("Todas, si puede ser. Se levanta dos o tres veces, quiere salir a la calle, dice que tiene que ir a dar de comer "
        "a las gallinas. Y con gente nueva se pone peor.", None)
_t2 = t("Entonces para ella es clave ver siempre la misma cara. La noche completa, de diez a ocho, son unos sesenta euros "
        "entre semana. Muchas familias combinan: nuestra auxiliar unas noches y ustedes otras.")
_c2 = c("Sesenta la noche... todas serían casi mil ochocientos al mes, eso entre las dos no lo sacamos. Cuatro noches "
        "igual sí. ¿Y sería siempre la misma persona?", "no_money")
_t3_good = t("Intentaremos que sí: le asignamos a Pilar para las cuatro noches, y una suplente fija, Nieves, que su madre "
             "conocerá antes, para vacaciones y bajas. No le puedo prometer que nunca haya un cambio, pero sí que no "
             "será alguien que su madre no haya visto.")
_c3_good = c("Eso me parece honesto. Vale, lo hablo con mi hermana y le digo mañana.", "think_it_over")
_t3_bad = t("Siempre la misma, se lo garantizo al cien por cien: Pilar, todas las noches, no falla nunca, ni vacaciones "
            "ni bajas. Y si quiere, empieza mañana mismo.")
_c3_bad = c("¿Nunca? ¿Ni en vacaciones? Eso no se lo cree nadie... Bueno, lo hablo con mi hermana y le digo.",
            "think_it_over")
_t4 = t("Esta tarde le mando el presupuesto de las cuatro noches por correo, para que lo vean las dos.")
PAIRS.append(rpair(
    "esb52r_f06_betanzos_ayuda_domicilio_noches",
    "Dos hermanas buscan una cuidadora de noche para su madre con demencia, que se altera con caras nuevas. Worse "
    "promete la misma persona todas las noches sin excepción, algo que no puede cumplir; better promete lo que sí puede "
    "(titular y suplente conocida).",
    [_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good, _t4],
    [_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad, _t4],
))

# --- f07: closes before checking the thing works -------------------------------------
_o = c("Buenas. Vengo a por la lancha, que me dijisteis que ya estaba lo del gobierno. El sábado tengo clientes para "
       "pescar y no me puede fallar.", None)
_t1 = t("Buenas. Sí, cambiamos el cilindro del gobierno hidráulico, que perdía aceite, y purgamos el circuito. Ya no "
        "gotea.")
_c1 = c("Bien. ¿Y cuánto es al final? Me dijisteis unos cuatrocientos.", None)
_t2 = t("Cuatrocientos veinte: el cilindro, trescientos diez, y el resto mano de obra y aceite.")
_c2 = c("Cuatrocientos veinte... un poco más de lo dicho, pero bueno, vale.", None)
_t3_good = t("Antes de cobrarle, ¿salimos diez minutos por la ría hasta la barra? Quiero ver con usted que el gobierno va "
             "fino a tope de banda con el motor a plena carga; en el muelle eso no se ve, y si queda aire en el "
             "circuito, ahí se nota.")
_c3_good = c("Mejor, sí, que el sábado llevo a cuatro personas. Vamos ahora mismo.", None)
_t3_bad = t("Perfecto, pues se lo cobro ya y se la puede llevar, que está lista para el sábado.")
_c3_bad = c("¿No la probasteis en el agua? Porque el sábado llevo a cuatro personas y si me falla en la barra...", None)
PAIRS.append(rpair(
    "esb52r_f07_ribadesella_varadero_gobierno_lancha",
    "Un patrón de pesca turística recoge su lancha tras el cambio del cilindro del gobierno. Worse cobra y entrega sin "
    "probarla en el agua; better propone una prueba en la ría antes de cobrar.",
    [_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    [_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# --- f08: unexplained jargon -----------------------------------------------------
_o = c("Buenas. Me dijeron que llegó la fibra a Cornellana. Yo tengo la granja y la casa, y quería saber si me la pueden "
       "poner y qué me hace falta.", None)
_t1 = t("Buenas. Sí, llegó el mes pasado. ¿Para qué usa internet ahora, y quién en casa?")
_c1 = c("Pues para la televisión, los papeles de la PAC, y mi nuera vende embutido por internet. Y ahora los del robot "
        "de ordeño quieren mirarlo a distancia desde la casa de la marca.", None)
_t2_good = t("Para eso le va bien la de trescientos megas. Le llevamos un cable fino de fibra hasta la casa, ponemos un "
             "aparatito en la pared y el router de siempre. Lo del robot: para que los de la marca lo encuentren desde "
             "fuera, le damos una dirección fija, que es como un número de teléfono propio para el robot.")
_c2_good = c("Ah, así lo entiendo. ¿Y cuánto es eso de la dirección fija?", None)
_t2_bad = t("Para eso le va bien la de trescientos megas. Le instalamos FTTH con ONT, el router en modo bridge si quiere, "
            "y para el acceso remoto del robot le contratamos IP fija, para que no tenga CGNAT y pueda abrir puertos.")
_c2_bad = c("Perdone, pero no entendí nada. ¿Eso del ce ge nat qué es? ¿Y cuánto es?", None)
_t3 = t("La dirección fija son cinco euros más al mes, y la fibra de trescientos, treinta y cinco. La instalación es "
        "gratis.")
_c3 = c("Cuarenta al mes. Ahora pago treinta por la antena, que va mal. Vale, pero lo tengo que hablar con mi hijo, que "
        "es el que lleva el robot.", "think_it_over")
_t4 = t("Claro. Le dejo el papel con todo y, si quiere, el lunes le llamo a él directamente.")
PAIRS.append(rpair(
    "esb52r_f08_salas_granja_fibra_robot",
    "Un ganadero mayor pregunta por la fibra para la casa, la venta online de su nuera y el robot de ordeño. Worse le "
    "explica la instalación con siglas sin traducir; better lo dice con palabras que entiende.",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# --- f09: recommends before asking ---------------------------------------------------
_o = c("Buenas tardes. Mi hijo está en cuarto de la ESO y suspendió matemáticas en la primera evaluación. Quería ver lo "
       "de las clases.", None)
_t1_good = t("Buenas tardes. ¿Sabe qué es lo que le cuesta, o si fue un tema concreto? ¿Y él quiere venir, o viene "
             "obligado?")
_c1_good = c("Dice que no entiende las ecuaciones y que la profesora va muy rápido. Venir... obligado, claro, pero sabe "
             "que lo necesita.", None)
_t1_bad = t("Buenas tardes. Para cuarto lo que mejor funciona es el pack intensivo: cuatro días a la semana, hora y "
            "media, ciento sesenta euros al mes. Con eso aprueban casi todos.")
_c1_bad = c("¿Cuatro días a la semana? Si juega al fútbol tres tardes, no le da la vida. Lo que le cuesta son las "
            "ecuaciones, dice que la profesora va muy rápido.", "no_time")
_t2 = t("Entonces hay una base concreta que reforzar. Le propongo dos días por semana, en grupo pequeño de cuatro, y "
        "empezamos por ecuaciones. Son ochenta euros al mes.")
_c2 = c("Ochenta me parece bien. ¿Y se puede probar una semana antes de pagar el mes?", None)
_t3 = t("Sí, la primera semana es de prueba, sin pagar. ¿Le vienen bien martes y jueves a las seis?")
_c3 = c("Martes y jueves tiene fútbol. Lunes y miércoles sí.", "no_time")
_t4 = t("Lunes y miércoles a las seis, entonces. Le esperamos el lunes.")
PAIRS.append(rpair(
    "esb52r_f09_ferrol_academia_matematicas",
    "Una madre pregunta por clases de matemáticas para su hijo de cuarto de la ESO. Worse recomienda el pack intensivo "
    "antes de preguntar nada; better pregunta primero qué le cuesta y cómo lo vive el chico.",
    [_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3, _t4],
    [_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3, _t4],
))

# --- f10: talks about themselves instead of the customer ------------------------------
_o = c("Buenos días. Me jubilo el año que viene y mi hija va a coger las vacas. Quería saber qué pasa con los derechos de "
       "la PAC, si se los puedo pasar.", None)
_t1 = t("Buenos días. Sí, se pueden pasar a su hija. ¿Ella ya trabaja en la explotación o se incorpora de nuevas? ¿Y qué "
        "edad tiene?")
_c1 = c("Tiene treinta y dos. Trabaja en un supermercado en Mieres, pero lleva años ayudándome los fines de semana. Lo "
        "quiere dejar para quedarse con las vacas.", None)
_t2_good = t("Entonces puede pedir la ayuda de primera instalación de joven agricultor, que es una buena cantidad, y los "
             "derechos se le pasan por jubilación sin perder valor. El orden importa: primero ella se da de alta y "
             "después la cesión. Si se hace al revés, puede perder la ayuda.")
_c2_good = c("Ah, pues eso no lo sabía. ¿Y cuánto cobra usted por llevarlo todo?", None)
_t2_bad = t("Entonces como me pasó a mí con mi padre, que tenía vacas en Felechosa. Yo me crié entre vacas, ¿sabe? Por "
            "eso monté la gestoría, porque veía a mi padre pelearse con los papeles de la PAC todos los años. Llevo "
            "veinte años y he hecho más de trescientas cesiones.")
_c2_bad = c("Ya... muy bien. ¿Pero a mi hija qué le conviene hacer? ¿Y cuánto cobra usted?", None)
_t3 = t("Llevarle la cesión y la solicitud de joven agricultor son cuatrocientos euros, y la PAC de cada año, ciento "
        "veinte.")
_c3 = c("Cuatrocientos... en la cooperativa me lo hacían por menos, aunque allí de esto de los jóvenes no saben mucho.",
        "too_expensive")
_t4 = t("Si quiere, venga con su hija la semana que viene y se lo explico a ella, sin compromiso; después deciden dónde "
        "lo hacen.")
PAIRS.append(rpair(
    "esb52r_f10_pola_lena_gestoria_pac_relevo",
    "Un ganadero que se jubila pregunta cómo pasar los derechos de la PAC a su hija. Worse responde contando su propia "
    "historia y sus méritos; better explica lo que le importa a la hija (ayuda de joven agricultor y el orden de los "
    "trámites).",
    [_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    [_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

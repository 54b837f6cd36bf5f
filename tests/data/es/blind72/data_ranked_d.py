"""Ranked pairs d01-d10 (two decent conversations, `better` is better), written by hand for es_blind72."""
from common import c, rpair, t

# ---------------------------------------------------------------------------
# d01 Maipú (Santiago), boleta electrónica para una panadería
_d01_open = c("Hola, buenas tardes. Tengo una panadería en Maipú y me dijeron que ahora tengo que dar boleta electrónica sí "
              "o sí. Quería ver cómo funciona lo de ustedes.", None)

D01 = rpair(
    "esb72r_d01_maipu_boleta_electronica",
    "El dueño de una panadería de Maipú llama a una empresa de software de facturación porque necesita emitir boletas electrónicas.",
    # better: asks daily volume and how he charges before recommending, picks the simplest fit; worse: recites plans, pushes the middle one
    [
        _d01_open,
        t("Buenas tardes, habla Rocío. Sí, ya es obligatoria. Para recomendarle algo que le sirva: ¿cuántas ventas hace más "
          "o menos en un día, y cómo cobra hoy? ¿Efectivo, máquina de tarjetas?"),
        c("Uf, en la mañana es un hoyo negro, deben ser unas trescientas ventas al día, pan, queque, bebidas. Cobramos "
          "efectivo y con una maquinita de tarjetas. Atienden mi señora y un cabro que trabaja conmigo.", None),
        t("Con trescientas ventas al día, hacer cada boleta a mano en la página del SII es imposible, se le arma fila. Lo "
          "que le conviene es que la boleta salga sola al cobrar. ¿La máquina de tarjetas que tiene emite boleta, o solo el voucher?"),
        c("Solo el voucher, creo. Oiga, pero no me venga a vender un computador y todo eso, que el local es chico, y la "
          "última vez que compré un sistema terminé pagando mantención por algo que no usaba.", "bad_experience"),
        t("Entendido, nada de computador. Para usted, con dos personas atendiendo y harto efectivo, lo más simple es "
          "cambiar la maquinita por una que emite la boleta ahí mismo: cobra y sale la boleta. Son diecinueve mil al mes, "
          "sin permanencia. ¿Le llevo una para que la prueben un sábado en la mañana, que es lo más pesado?"),
        c("Ya, eso me gusta. El sábado a las siete, eso sí, que abrimos temprano.", None),
    ],
    [
        _d01_open,
        t("Buenas tardes, habla Rocío. Sí, ahora es obligatoria. Tenemos tres planes: el básico, de doce mil al mes, hasta "
          "quinientas boletas; el pyme, de veinticuatro mil, con boletas ilimitadas y control de stock; y el full, con todo integrado."),
        c("Eh… ¿y cuál me sirve a mí? Vendo harto en la mañana, pan, queque, bebidas.", None),
        t("Si vende harto, le conviene el pyme, que es ilimitado. Funciona en cualquier computador o tablet: usted ingresa "
          "el producto y se imprime la boleta. Trae control de stock, que en una panadería es muy útil."),
        c("Ya, pero no quiero andar comprando computador. La última vez que compré un sistema terminé pagando por cosas "
          "que no usaba.", "bad_experience"),
        t("Lo entiendo. Funciona también en tablet, y se la damos en comodato si contrata por un año. Le mando la propuesta "
          "por correo y, si quiere, agendamos una demo online esta semana."),
        c("Mándemela y yo la reviso.", "brush_off"),
    ],
)

# ---------------------------------------------------------------------------
# d02 Puerto Montt, mantención de generadores de pontones
_d02_open = c("Buenos días, habla Luis Cárcamo, jefe de mantención de Salmones Pichicolo. Quiero cotizar un contrato de "
              "mantención para los generadores de cuatro pontones.", None)

D02 = rpair(
    "esb72r_d02_puertomontt_generadores_ponton",
    "El jefe de mantención de una salmonera pide a un servicio técnico de Puerto Montt un contrato de mantención de generadores de pontones.",
    # better: asks why now, finds the night failure, quotes the response time he really needs; worse: sound standard quote, misses it
    [
        _d02_open,
        t("Buenos días, don Luis. Con gusto. Antes de cotizar: ¿qué generadores son, y cuántas horas tienen? ¿Y por qué "
          "están buscando contrato ahora, tuvieron alguna falla?"),
        c("Son cuatro de sesenta kVA, dos con como doce mil horas y dos nuevos. Y sí, el mes pasado se nos cayó uno en el "
          "pontón de Huelmo de noche y estuvimos ocho horas sin alimentación ni oxígeno. Casi perdemos una jaula entera.", None),
        t("Uf, ocho horas sin oxígeno es un susto grande. O sea que lo que más le importa no es solo la preventiva, sino "
          "que si uno falla alguien llegue rápido. ¿Hoy cuánto se demora en llegar un técnico a Huelmo?"),
        c("Con suerte al otro día, porque hay que esperar la lancha. Por eso quiero contrato. Pero le aviso que gerencia me "
          "va a comparar con otros dos proveedores, así que no me infle el precio.", "think_it_over"),
        t("Me parece bien que compare. Se lo cotizo en dos partes separadas: la preventiva cada quinientas horas, y aparte "
          "emergencia con respuesta en cuatro horas, con técnico y repuestos críticos en Puerto Montt. Y le sugiero mirar "
          "antes del invierno los dos de doce mil horas, que a esa altura suelen necesitar overhaul."),
        c("Eso es lo que necesito ver, separado. ¿Cuándo me lo manda?", None),
        t("El jueves. Y si quiere, el martes voy con un técnico a ver los dos viejos, sin costo, para que la cifra del "
          "overhaul sea real y no a ojo."),
    ],
    [
        _d02_open,
        t("Buenos días, don Luis. Con gusto. ¿Qué generadores son?"),
        c("Son cuatro de sesenta kVA, dos con harto uso, como doce mil horas, y dos nuevos.", None),
        t("Perfecto. Nuestro contrato estándar incluye preventiva cada quinientas horas, cambio de aceite y filtros, y "
          "revisión de baterías. Para cuatro equipos son unos dos millones cuatrocientos al año."),
        c("Ya. ¿Y si se cae uno de noche? Porque el mes pasado estuvimos ocho horas sin oxígeno en Huelmo.", None),
        t("Para emergencias tenemos atención dentro de veinticuatro horas, viene incluida. Le mando la propuesta formal "
          "por correo hoy mismo."),
        c("Veinticuatro horas es lo mismo que tengo ahora. Igual mándemela, que gerencia la va a comparar con otros dos.", "think_it_over"),
        t("Perfecto, se la mando hoy. Cualquier duda me llama."),
    ],
)

# ---------------------------------------------------------------------------
# d03 Bariloche, cabaña para Semana Santa con una madre mayor
_d03_open = c("Hola, buenas tardes. Quería reservar una cabaña para Semana Santa, somos cuatro: mi señora, mis dos "
              "hijos… bueno, y mi vieja, cinco. Ella tiene ochenta y pico.", None)

D03 = rpair(
    "esb72r_d03_bariloche_cabana_semana_santa",
    "Un hombre de Neuquén llama a un complejo de cabañas de Bariloche para reservar Semana Santa con su madre de más de ochenta años.",
    # better: asks first how the mother walks, offers the one cabin that fits with its limits; worse: offers the standard one, corrects late
    [
        _d03_open,
        t("Buenas tardes. Qué lindo viajar con la abuela. Para elegirles bien: ¿su mamá camina bien o le cuestan las "
          "escaleras? Pregunto porque varias cabañas tienen los dormitorios arriba."),
        c("Camina con bastón, y escaleras ni en pedo. En el último viaje, a Mendoza, nos tocó un departamento con escalera "
          "caracol y fue un calvario.", None),
        t("Entonces descartamos las de dos pisos. Tengo una sola en planta baja completa, la dos, con un dormitorio con "
          "baño en suite y ducha sin bañera, que le sirve a su mamá. Eso sí: tiene un escalón de entrada de quince "
          "centímetros, con baranda. ¿Eso le complicaría?"),
        c("No, un escalón con baranda lo hace. ¿Y estamos lejos del centro? Porque ella quiere ir a la catedral el "
          "domingo de Pascua.", None),
        t("Son cuatro kilómetros, diez minutos en auto. En Pascua el estacionamiento de la catedral se llena, así que "
          "conviene dejarla en la puerta y después estacionar. La cabaña dos sale $150.000 la noche. ¿Se la reservo?"),
        c("Dejame confirmar las fechas con mi hermana, que viene a buscar a mi vieja el lunes. Te llamo mañana.", "think_it_over"),
        t("Dale. Se la dejo apartada hasta mañana a las ocho de la noche, sin seña, y le mando por WhatsApp fotos del baño "
          "y de la entrada para que su mamá vea cómo es."),
    ],
    [
        _d03_open,
        t("Buenas tardes. Para cinco tenemos cabañas de dos dormitorios, $140.000 la noche, con parrilla y vista al lago. "
          "¿Para qué fechas sería?"),
        c("Del jueves al lunes de Semana Santa. Pero mi vieja camina con bastón, las escaleras no las puede.", None),
        t("No hay problema, en las de dos pisos hay un dormitorio abajo, así que ella duerme abajo y el resto arriba. Son "
          "cuatro noches, $560.000."),
        c("¿Y el baño está abajo?", None),
        t("El principal está arriba; abajo hay un toilette chiquito, sin ducha, así que para ducharse tendría que subir. "
          "También hay una en planta baja, un poco más cara, a $150.000."),
        c("Ah, entonces esa. Dejame confirmar con mi hermana y te llamo mañana.", "think_it_over"),
        t("Perfecto, cualquier cosa me llamás."),
    ],
)

# ---------------------------------------------------------------------------
# d04 Neuquén, seguro de hogar para una primera casa
_d04_open = c("Hola, ¿qué tal? Compramos una casa con el crédito y el banco ya nos cobra un seguro de incendio, pero "
              "queríamos ver algo más completo. Es la primera casa que tenemos.", None)

D04 = rpair(
    "esb72r_d04_neuquen_seguro_hogar",
    "Una pareja joven que compró su primera casa en el oeste de Neuquén con crédito hipotecario consulta por un seguro de hogar.",
    # better: asks what worries them, warns of the maintenance exclusion and the alarm discount; worse: a correct plan, no questions, no warnings
    [
        _d04_open,
        t("Hola, felicitaciones por la casa. El del banco cubre incendio de la estructura, nada más, para cuidar el "
          "préstamo. Para ver qué les falta: ¿qué les preocupa más? ¿Robo, los muebles, algo del clima?"),
        c("Robo, porque en el barrio entraron a dos casas este año. Y el viento: la semana pasada se le voló la chapa del "
          "quincho a la vecina. Los dos laburamos todo el día, la casa queda sola.", None),
        t("Entonces robo de contenido y daños por viento y granizo, que en Neuquén es lo que más se reclama. Les aviso algo "
          "antes, para que no se lleven sorpresas: si se vuela una chapa que estaba floja o mal amurada, el seguro lo puede "
          "rechazar por falta de mantenimiento. Conviene revisar el techo y sacarle fotos ahora, al contratar."),
        c("Ah, no sabía. ¿Y el robo cubre si no tenemos alarma? Porque todavía no la pusimos, no llegamos con la plata.", None),
        t("Cubre, pero con alarma la prima baja como un quince por ciento, así que cuando la pongan me avisan y la ajusto. "
          "Les armo una póliza de robo de contenido hasta tres millones más viento y granizo, y otra que suma cristales, y "
          "ustedes eligen. ¿Se las mando por mail y las vemos el jueves por videollamada?"),
        c("Dale, el jueves después de las siete, que llegamos del laburo.", None),
    ],
    [
        _d04_open,
        t("Hola, felicitaciones. Tenemos el plan Hogar Integral: incendio, robo de contenido, cristales, responsabilidad "
          "civil y daños por fenómenos climáticos. Sale $28.000 por mes."),
        c("Ah, mirá. ¿Y lo del viento entra? Porque a la vecina se le voló una chapa la semana pasada.", None),
        t("Sí, entra en fenómenos climáticos: viento, granizo, tormentas. Y robo también, que en la zona es importante."),
        c("Bien. ¿Y si no tenemos alarma? Todavía no la pusimos.", None),
        t("Cubre igual. Si quieren les mando la propuesta, y si les convence la firmamos online."),
        c("Dale, mandala y la vemos con mi novio el finde.", "think_it_over"),
        t("Perfecto, se la mando hoy."),
    ],
)

# ---------------------------------------------------------------------------
# d05 Concepción, SUV de siete asientos para una familia
_d05_open = c("Hola. Estoy buscando un SUV de siete asientos, tengo tres niños y ya no cabemos en el auto. Vi uno en la "
              "página que me gustó, el blanco.", None)

D05 = rpair(
    "esb72r_d05_concepcion_suv_siete_asientos",
    "Una matrona de San Pedro de la Paz con tres hijos busca un SUV de siete asientos en una automotora de Concepción.",
    # better: asks about the car seats and who rides in the back, honest on the third row, test with her own seats; worse: specs only
    [
        _d05_open,
        t("Hola, bienvenida. Ese es bonito, sí. Antes de mostrárselo, ¿qué edad tienen los niños? ¿Alguno va todavía en silla?"),
        c("Tienen ocho, cinco y uno. El de uno y la de cinco van en silla. Y a veces llevo a mi mamá.", None),
        t("Eso es clave: con dos sillas y a veces su mamá, necesita una tercera fila que se pueda usar y anclajes Isofix "
          "donde van las sillas. En el blanco la tercera fila es bien justa, sirve para niños grandes, no para un adulto. "
          "¿Quién se sentaría atrás del todo?"),
        c("Eh… no lo había pensado. Supongo que el de ocho. Mi mamá ahí atrás no podría subir, tiene problemas de cadera.", None),
        t("Entonces el de ocho atrás, las sillas en la segunda fila y su mamá adelante. Le propongo algo: la próxima vez "
          "traiga las dos sillas y las instalamos en el blanco y en otro modelo que tiene la segunda fila más ancha; ve con "
          "sus ojos cuál funciona. El precio es parecido."),
        c("Me parece, pero no va a ser luego, tengo turnos toda la semana. ¿El sábado atienden?", "no_time"),
        t("El sábado hasta las dos. La dejo a las once, con los dos autos listos y alguien para instalar las sillas."),
    ],
    [
        _d05_open,
        t("Hola, bienvenida. Buena elección: ese modelo tiene siete asientos, motor uno seis turbo y cámara de retroceso. "
          "Está en veintidós millones novecientos."),
        c("Ya. ¿Y caben bien las sillas de los niños? Tengo dos que van en silla.", None),
        t("Sí, tiene anclajes Isofix en la segunda fila. Y la tercera fila se abate cuando no la usa, así le queda un "
          "maletero enorme."),
        c("¿Y en la tercera fila cabe un adulto? A veces llevo a mi mamá.", None),
        t("Es más para niños, pero para viajes cortos sirve. ¿Quiere darse una vuelta ahora?"),
        c("Hoy no alcanzo, tengo turno. Vengo otro día.", "no_time"),
        t("Claro, le dejo mi tarjeta. Cuando quiera pase."),
    ],
)

# ---------------------------------------------------------------------------
# d06 Temuco / Padre Las Casas, de salamandra a pellet
_d06_open = c("Buenas tardes. Queremos cambiar la salamandra por una estufa a pellet, porque con las restricciones ya casi "
              "no podemos prender en invierno, y los vecinos reclaman por el humo.", None)

D06 = rpair(
    "esb72r_d06_temuco_recambio_pellet",
    "Un matrimonio de Padre Las Casas consulta en una tienda de calefacción de Temuco por cambiar su salamandra a leña por una estufa a pellet.",
    # better: asks what the wood heats and cooks, keeps the grandmother's stove, sends them to the subsidy first; worse: sells, mentions subsidy in passing
    [
        _d06_open,
        t("Buenas tardes. Con los episodios críticos, los entiendo. ¿La salamandra calefacciona toda la casa? ¿Y tienen "
          "algo más a leña, una cocina?"),
        c("Toda la casa, es chica, unos sesenta metros. Y sí, está la cocina a leña, para cocinar y el agua caliente. La "
          "abuela no la suelta ni muerta, jaja.", None),
        t("Entonces la cocina se queda, y el pellet reemplaza la salamandra. Antes de venderles nada: existe el programa "
          "de recambio del Ministerio del Medio Ambiente; entregan la salamandra y pagan solo un copago, unos ciento "
          "cincuenta mil, por una estufa que vale más de un millón. ¿Lo conocían?"),
        c("Algo escuché, pero una vecina postuló y no quedó, y se le pasó todo el invierno esperando.", "bad_experience"),
        t("Pasa, los cupos son limitados, no se lo voy a negar. Igual les conviene postular: si no quedan en la primera, la "
          "compran acá a precio de lista, un millón cien instalada. Lo que no les recomiendo es comprarla ahora y después "
          "enterarse de que calificaban."),
        c("Ya, vamos a postular. ¿Nos ayuda con los papeles?", None),
        t("Claro. Vengan el sábado en la mañana con el Registro Social de Hogares y una cuenta de la luz, y lo llenamos "
          "juntos en el computador de acá."),
    ],
    [
        _d06_open,
        t("Buenas tardes. Sí, tenemos varias. Para una casa chica le recomiendo esta de ocho kilovatios, es silenciosa y "
          "trae control remoto. Sale un millón cien, instalada."),
        c("Uf, es harto. ¿No hay algo más económico?", "too_expensive"),
        t("Está la de seis kilovatios a ochocientos noventa, pero para sesenta metros en Temuco queda justa. También existe "
          "el programa de recambio del Ministerio, si quieren pueden averiguar."),
        c("¿Y ese programa cómo es?", None),
        t("Dan un subsidio para cambiar la estufa a leña, se postula en la página del ministerio. Si no quedan, nosotros se "
          "la vendemos igual."),
        c("Ya. Vamos a averiguar y volvemos.", "think_it_over"),
        t("Perfecto, los esperamos."),
    ],
)

# ---------------------------------------------------------------------------
# d07 Valparaíso (Playa Ancha), colegio particular y acoso por WhatsApp
_d07_open = c("Aló, buenas tardes, habla la mamá de Antonia Fuentes, del séptimo B. Mire, mi hija está llegando llorando "
              "todos los días porque en el grupo de WhatsApp del curso se burlan de ella. Ya no quiere ir al colegio.", None)

D07 = rpair(
    "esb72r_d07_valparaiso_colegio_acoso",
    "Una apoderada de un colegio particular de Playa Ancha llama a inspectoría porque su hija de doce años sufre burlas en el grupo de WhatsApp del curso.",
    # better: asks since when and who, names it, adapts the meeting to her shift, protects the girl today; worse: correct protocol, slow and on paper
    [
        _d07_open,
        t("Buenas tardes, señora. Gracias por llamar, y qué pena lo de Antonia. Quiero entender bien: ¿desde cuándo pasa, y "
          "sabe quiénes son? ¿Tiene capturas de los mensajes?"),
        c("Desde hace como un mes. Son tres niñas, le ponen apodos por el peso, le mandan stickers con su cara. Capturas "
          "tengo, sí. Ella no quería que le dijera a nadie, por eso no llamé antes.", None),
        t("Hizo bien en llamar, y entiendo que Antonia tenga miedo de que se ponga peor. Esto es acoso escolar aunque sea "
          "por WhatsApp, y el colegio tiene que activar el protocolo. Le propongo una reunión con la encargada de "
          "convivencia mañana, y que Antonia decida si quiere estar. ¿A qué hora podría?"),
        c("Es que trabajo en el puerto, turno de día. No puedo salir antes de las seis.", "no_time"),
        t("Entonces la hacemos a las seis y cuarto, la encargada se queda. Mándeme hoy las capturas al correo, y mañana la "
          "profesora jefe va a estar pendiente de Antonia en los recreos, sin exponerla delante del curso."),
        c("Ya, a las seis y cuarto. Gracias, de verdad pensé que me iban a decir que eran cosas de niñas.", None),
        t("Para nada. En una hora le confirmo por correo, con el nombre de la encargada."),
    ],
    [
        _d07_open,
        t("Buenas tardes, señora. Lamento lo que me cuenta. Tenemos un protocolo de convivencia escolar para estos casos."),
        c("Ya, ¿y qué hacen? Porque ella ya no quiere ir.", None),
        t("Primero usted tiene que mandar una denuncia por escrito a la encargada de convivencia, con las evidencias. Ella "
          "tiene cinco días hábiles para abrir la investigación y citar a las familias."),
        c("¿Cinco días? Mi hija está sufriendo ahora. Y yo trabajo en el puerto, no puedo andar yendo en horario de "
          "colegio.", "no_time"),
        t("La entiendo. La denuncia la puede mandar por correo, no tiene que venir. Y le voy a avisar a la profesora jefe "
          "para que esté atenta."),
        c("Ya, la mando hoy.", None),
        t("Perfecto, quedo atento."),
    ],
)

# ---------------------------------------------------------------------------
# d08 Osorno, energizador para cerco eléctrico
_d08_open = c("Buenos días. Necesito un energizador pa cerco eléctrico, el que tenía se me quemó con un rayo.", None)

D08 = rpair(
    "esb72r_d08_osorno_energizador_cerco",
    "Un pequeño agricultor de Purranque va a una ferretería agrícola de Osorno a comprar un energizador para su cerco eléctrico.",
    # better: asks animals, length and power source, sizes for sheep, deals with the cause (lightning); worse: sells the best-seller
    [
        _d08_open,
        t("Buenos días. Qué mala suerte. ¿Qué animales tiene y cuántos metros de cerco son, más o menos? ¿Tiene luz en el "
          "potrero o era con batería?"),
        c("Vacas, unas quince, y unas ovejas. Serán como tres kilómetros de cerco. Es con batería y panel, porque la luz "
          "no llega allá.", None),
        t("Ya. Con ovejas, que por la lana sienten menos, necesita más fuerza que para vacas solas: para tres kilómetros "
          "le recomiendo uno de dos joules, solar. Y el que se le quemó, ¿tenía pararrayos en el cerco? Porque si no, el "
          "próximo rayo le quema el nuevo."),
        c("No, pararrayos no tenía. ¿Y eso cuánto sale? Porque el energizador ya me va a salir caro.", None),
        t("El pararrayos son doce mil, y le cuida un equipo de ciento ochenta y nueve. Para economizar, el panel y la "
          "batería que tiene le sirven con este modelo, no los cambie."),
        c("Ya, lléveme las dos… o sea, me llevo las dos cosas.", None),
        t("Perfecto. Le dibujo cómo se instala el pararrayos; lo importante es que su tierra quede a unos diez metros de "
          "la del energizador."),
    ],
    [
        _d08_open,
        t("Buenos días. Tenemos este de un joule solar, que es el más vendido, a ciento veinte mil, y este de dos joules, a "
          "ciento ochenta y nueve mil."),
        c("¿Y cuál me sirve? Tengo como tres kilómetros de cerco, con vacas y unas ovejas.", None),
        t("Para tres kilómetros, con el de un joule le alcanza. Es el que se llevan casi todos."),
        c("Ya, ese entonces. ¿Me sirve la batería que tengo?", None),
        t("Sí, cualquier batería de doce volts le sirve. ¿Algo más?"),
        c("No, eso no más.", None),
    ],
)

# ---------------------------------------------------------------------------
# d09 Santiago, cambio de isapre con diabetes
_d09_open = c("Hola, buenas. Estoy en otra isapre y me subieron el plan, así que quiero ver si me cambio con ustedes. Soy "
              "yo sola, cuarenta y cinco años.", None)

D09 = rpair(
    "esb72r_d09_santiago_isapre_preexistencia",
    "Una diseñadora de 45 años con diabetes tipo 2 llama a una isapre de Santiago porque quiere cambiarse desde otra que le subió el plan.",
    # better: asks about health before quoting, is honest that changing may cost her cover, compares with staying; worse: quotes first, waits to be asked
    [
        _d09_open,
        t("Hola, buenas tardes. Con gusto le cotizo. Una pregunta antes, porque cambia todo: al cambiarse tiene que llenar "
          "una declaración de salud. ¿Tiene alguna enfermedad diagnosticada o algún tratamiento?"),
        c("Eh, sí, diabetes tipo dos, hace tres años. Con pastillas, controlada.", None),
        t("Gracias por contarme. Le soy honesta: la diabetes se declara como preexistencia, y la isapre nueva puede no "
          "cubrirla por un tiempo, salvo lo que está en el GES, que se cubre siempre. ¿Sus remedios y controles los tiene "
          "por GES?"),
        c("Los remedios sí, por GES. Pero voy a una nutricionista y a un endocrino particular, eso no es GES.", None),
        t("Eso es lo que podría perder. Le propongo esto: le mando la cotización con nosotros y, al lado, cómo pedirle a su "
          "isapre actual un plan más barato sin declaración nueva. Compare las dos en números; no le conviene cambiarse sin verlo."),
        c("Ya… es raro que me diga eso, pero se lo agradezco. Mándemelo, lo voy a pensar con calma.", "think_it_over"),
        t("Se lo mando hoy. Si decide venirse, la llamo para ayudarla con la declaración, que tiene que ir completa para "
          "que después no le rechacen nada."),
    ],
    [
        _d09_open,
        t("Hola, buenas tardes. Con gusto. Tenemos un plan con prestador preferente que le queda bajo su siete por ciento, "
          "con noventa por ciento de cobertura en la clínica de la red."),
        c("Ah, suena bien. ¿Y qué tengo que hacer para cambiarme?", None),
        t("Llenar la declaración de salud y el formulario de afiliación. Lo hacemos online en diez minutos."),
        c("Ya. Una cosa: tengo diabetes, con pastillas. ¿Eso importa?", None),
        t("Se declara en la declaración de salud. Puede tener alguna restricción por preexistencia, pero lo GES se cubre siempre."),
        c("Mmm. Déjeme pensarlo entonces, no quiero quedar sin cobertura.", "think_it_over"),
        t("Claro, le mando la cotización por correo y lo conversamos."),
    ],
)

# ---------------------------------------------------------------------------
# d10 Esquel, guía de pesca con mosca para principiantes
_d10_open = c("Hola, buenas. Quería averiguar por una salida de pesca con mosca. Te aviso que nunca agarré una caña de "
              "mosca en mi vida, ¿eh?", None)

D10 = rpair(
    "esb72r_d10_esquel_pesca_mosca",
    "Un turista de Buenos Aires en Esquel consulta en una agencia de guías de pesca por una salida de pesca con mosca; nunca pescó con mosca.",
    # better: asks experience and who comes, proposes the beginner half day, explains permit and catch-and-release; worse: sells the star trip first
    [
        _d10_open,
        t("Hola, qué bueno que lo digas de entrada. ¿Pescaste alguna vez con otra caña, spinning? ¿Y venís solo o con alguien?"),
        c("Con spinning algo, de chico con mi viejo en el Paraná. Voy con mi hijo de quince, que tampoco sabe.", None),
        t("Perfecto. Para dos que arrancan no les recomiendo la flotada de día entero: pasan ocho horas peleando con el "
          "lanzamiento y se frustran. Mejor medio día de clase en la laguna, que es tranquila y las truchas chicas pican "
          "seguido. Si les engancha, otro día hacen el río."),
        c("Me cierra. ¿Y cuánto sale? ¿Necesitamos algún permiso?", None),
        t("Medio día con guía, equipo y moscas para los dos: $180.000. Necesitás el permiso de pesca de la provincia, se "
          "saca online, y tu hijo, como es menor, va con el tuyo. Es pesca con devolución, no se llevan truchas."),
        c("Ah, lo de la devolución no sabía. Igual está bien. ¿Hay lugar el jueves?", None),
        t("Jueves a las ocho, los paso a buscar por el hotel. Traigan abrigo, que en la laguna sopla."),
    ],
    [
        _d10_open,
        t("Hola, ¡bienvenido! La salida estrella es la flotada del río Corcovado, día entero, con almuerzo a la orilla. Es "
          "una experiencia increíble."),
        c("Suena lindo. Pero te digo, nunca pesqué con mosca. Voy con mi hijo de quince, que tampoco.", None),
        t("No hay problema, el guía les enseña arriba del bote. Son ocho horas, hay tiempo de aprender. Sale $450.000 los "
          "dos, todo incluido."),
        c("Uh, cuatrocientas cincuenta lucas… es bastante para probar algo que no sé si nos va a gustar.", "too_expensive"),
        t("También tenemos medio día en la laguna, $180.000, más tranquilo para aprender."),
        c("Eso me va mejor. ¿Hay lugar el jueves?", None),
        t("Jueves a las ocho. Acordate de sacar el permiso de pesca online."),
    ],
)

PAIRS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]

"""Ranked pairs f01-f10 of es_blind74 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01 argues with the customer
OPEN = c("Buenas. Hace una semana me cambiasteis las pastillas de freno y ahora me chirrían que da vergüenza, sobre to por la mañana.", None)
T1 = t("Buenas, Lourdes. Vamos a verlo. ¿Chirrían al frenar suave, al frenar fuerte, o todo el rato?")
C2 = c("Al frenar suave, las primeras veces por la mañana. Luego se le pasa un poco.", None)
T5 = t("Ya lo he mirado: una de las pastillas delanteras tenía una rebaba en el borde y rozaba con el soporte. La he limado y he engrasado los anclajes. Pruébelo dando una vuelta a la manzana.")
C6 = c("Ahora no suena ná. ¿Esto me lo cobráis?", None)
T7 = t("No, esto entra en la reparación de la semana pasada. Si vuelve a sonar, venga sin cita.")
PAIRS.append(rpair(
    "esb74r_f01_cerroaguila_taller_frenos",
    "Una clienta vuelve a un taller del Cerro del Águila (Sevilla) porque los frenos recién cambiados chirrían. Worse discute con ella y niega el problema antes de mirarlo.",
    [
        OPEN, T1, C2,
        t("A veces pasa con pastillas nuevas mientras se asientan, sobre todo con la humedad de la mañana, pero no me quiero quedar con la duda. Déjemelo media hora y lo miro en el elevador."),
        c("Vale, media hora puedo esperar, me tomo un café enfrente.", None),
        T5, C6, T7,
    ],
    [
        OPEN, T1, C2,
        t("Eso no puede ser. Las pastillas son nuevas, de primera marca, y las montó el mejor mecánico que tengo. Los frenos están perfectos, es imposible que chirríen."),
        c("¿Cómo que imposible? Si lo oye toa la calle. Bueno, mírelo, que yo no me lo invento.", None),
        T5, C6, T7,
    ],
))

# ---------------------------------------------------------------- f02 doubts the customer's honesty
OPEN = c("Hola, buenas. Os compré una paleta de bellota hace diez días y al quitarle la corteza por la parte de la maza tiene una zona blanda con moho por dentro. Huele raro.", None)
T1 = t("Hola, lo siento mucho. Para tramitarlo bien, ¿me dice el número de pedido? ¿Y me puede mandar un par de fotos de la zona?")
C2 = c("Es el pedido 20931. Ahora te mando las fotos por el correo.", None)
T5 = t("Le mandamos esta semana una paleta nueva de bellota, y el mensajero recoge la otra cuando le entregue la nueva. No tiene que pagar nada.")
C6 = c("Bueno, así sí. Que la paleta era pa la Nochebuena y no quiero quedar mal.", None)
T7 = t("Es lo justo. Se la elijo yo personalmente en el secadero y le escribo cuando salga, con el número de seguimiento.")
PAIRS.append(rpair(
    "esb74r_f02_jabugo_paleta_moho",
    "Una clienta reclama a un secadero de Jabugo (Huelva) por una paleta con moho por dentro. Worse insinúa que ella la guardó mal y que miente.",
    [
        OPEN, T1, C2,
        t("Gracias, ya las tengo. Se ve bien lo que dice: es una zona mala por dentro, pasa muy de vez en cuando en piezas curadas en bodega natural. No es culpa suya."),
        c("Menos mal, porque ya me veía discutiendo. Me la regalaron en la empresa y me daba apuro.", None),
        T5, C6, T7,
    ],
    [
        OPEN, T1, C2,
        t("Ya las veo. ¿Seguro que la ha tenido en un sitio fresco y seco? Porque mucha gente la deja en la cocina al lado del horno, o la mete en la nevera, y luego dice que ha venido así."),
        c("Oiga, que la tengo en la despensa, como toa la vida. Mi padre era jamonero en Cumbres Mayores, sé guardar una paleta. No me llame mentirosa.", None),
        T5, C6, T7,
    ],
))

# ---------------------------------------------------------------- f03 drops the price before asking anything
OPEN = c("Buenas, os escribo desde Montilla. Me ha pasao un vecino el presupuesto que le hicisteis de placas y quería saber cuánto me costaría a mí, que tengo una casa de campo.", None)
T3 = t("Con ese uso, unas placas no le van a compensar tanto como a su vecino, porque la mayor parte del año la casa está vacía. Lo que más le ahorraría seguramente es bajar la potencia contratada y, si acaso, un equipo pequeño. ¿Qué potencia tiene contratada?")
C4 = c("Ni idea, tendré que mirar la factura. Y otra cosa, que a mi cuñao le pusieron placas el año pasado otros y no le ahorran ni la mitad de lo que le prometieron.", "bad_experience")
T5 = t("Por eso prefiero ver su factura antes de prometerle nada. Mándeme una foto y le digo, sin compromiso, si le compensa algo o no.")
C6 = c("Vale, esta noche se la mando.", None)
PAIRS.append(rpair(
    "esb74r_f03_montilla_placas_casa_campo",
    "Un cliente de Montilla (Córdoba) pide precio de placas para una casa de campo que usa poco. Worse ofrece un descuento antes de preguntar nada.",
    [
        OPEN,
        t("Buenas, gracias por escribir. Para darle un precio de verdad necesito saber qué consume. ¿La casa la usa todo el año o solo los fines de semana? ¿Tiene luz de la red o es aislada?"),
        c("La usamos los fines de semana y en verano un mes entero. Tiene luz de la red, pero pagamos mucho de término fijo pa lo poco que estamos.", None),
        T3, C4, T5, C6,
    ],
    [
        OPEN,
        t("Buenas. Pues mire, para que vea que vamos en serio, le hago ya un quince por ciento de descuento sobre lo que le pusimos a su vecino, que eso no se lo hace nadie."),
        c("¿Descuento de qué, si no sabe ni qué casa tengo? La usamos los fines de semana y en verano un mes, y tiene luz de la red.", None),
        T3, C4, T5, C6,
    ],
))

# ---------------------------------------------------------------- f04 unasked lecture
OPEN = c("Buenas tardes, traigo al Rufo pa la vacuna, que me llegó el mensaje.", None)
T1 = t("Buenas tardes. Vamos a pesarlo primero, como siempre. Súbelo a la báscula... siete kilos y medio. ¿Cómo está de apetito?")
C2 = c("Come que da gusto. Le pongo su pienso y alguna latita, que le encantan.", None)
T5 = t("Ya está vacunado, se ha portado fenomenal. Son treinta y ocho euros, y te apunto la próxima para dentro de un año.")
C6 = c("¿Treinta y ocho? El año pasado eran treinta y dos. Esto sube más que el pan.", "too_expensive")
T7 = t("Es verdad, el laboratorio la subió en enero. Te doy el ticket con el desglose, y te mando un mensaje cuando toque la próxima.")
PAIRS.append(rpair(
    "esb74r_f04_badajoz_veterinaria_gato",
    "Una señora lleva a su gato a vacunar a una clínica veterinaria de Badajoz; el gato pesa de más. Worse le suelta un sermón sobre obesidad que nadie ha pedido.",
    [
        OPEN, T1, C2,
        t("Está un poco por encima de lo que le conviene, pero hoy venimos a la vacuna. Si otro día quieres, miramos juntas el pienso. Ahora lo pongo en la mesa y lo vacunamos."),
        c("Vale, ya lo hablaremos. Sí, es un poco glotón.", None),
        T5, C6, T7,
    ],
    [
        OPEN, T1, C2,
        t("Siete kilos y medio es obesidad, ¿eh? Los gatos castrados tienen que comer muy medido, y las latas son como darle chucherías a un niño. La obesidad les trae diabetes, problemas de articulaciones, de hígado... Los dueños tienen que ser responsables con eso, que luego vienen los disgustos."),
        c("Hija, yo he venío a la vacuna, no a que me echen la bronca. Bastante tengo con mi médico.", None),
        T5, C6, T7,
    ],
))

# ---------------------------------------------------------------- f05 vague next step
OPEN = c("Buenas. Llamo por el seguro de la cereza. Quiero subir el capital asegurao, que este año he plantao dos parcelas más en Cabezuela.", None)
T1 = t("Buenas, don Eusebio. Claro. ¿Cuántas hectáreas son las nuevas y de qué variedad?")
C2 = c("Hectárea y media, de picota. Todavía jóvenes, de tres años.", None)
T3 = t("Con tres años ya pueden entrar en la póliza si tienen producción. ¿Han dado cereza ya este año?")
C4 = c("Poquita, pero algo han dao. La prima la pago como siempre, en junio cuando cobro la cereza, ¿no?", None)
PAIRS.append(rpair(
    "esb74r_f05_cabezuela_seguro_cereza",
    "Un cerecero de Cabezuela del Valle (Valle del Jerte, Cáceres) quiere ampliar su seguro agrario con parcelas nuevas. Worse cierra con un «ya le diremos algo» sin fecha ni paso concreto.",
    [
        OPEN, T1, C2, T3, C4,
        t("Sí, como siempre. Le calculo dos opciones, una declarando producción baja en las parcelas nuevas, que sale más barata. Le llamo el viernes antes de las dos con los números, y si le encaja, el lunes firma aquí en la oficina; el plazo de la cereza acaba el día veinte."),
        c("El viernes antes de las dos. Bien.", None),
    ],
    [
        OPEN, T1, C2, T3, C4,
        t("Sí, como siempre. Lo miro con la aseguradora y ya le diremos algo."),
        c("¿Ya me diréis algo cuándo? Que el plazo se acaba este mes, y la última vez, con el ya os diremos, se me pasó la fecha.", None),
    ],
))

# ---------------------------------------------------------------- f06 over-promises
OPEN = c("Hola, buenas. Tengo una tienda de vinos en Berlín, soy de Sanlúcar, y quiero traer vuestro amontillado y el palo cortado. Serían tres cajas de cada uno pa empezar.", None)
T1 = t("¡Hola! Qué alegría, un sanluqueño en Berlín. Tres cajas de cada uno, perfecto. ¿Tienes ya importador o lo traes tú directamente?")
C2 = c("Directamente, tengo aquí el número de impuestos especiales. Lo que necesito es tenerlo antes del catorce, que hago una cata en la tienda con clientes.", None)
T5 = t("Te mando hoy la proforma con el precio de exportación: el amontillado a catorce euros la botella y el palo cortado a diecinueve, sin los impuestos alemanes.")
C6 = c("Diecinueve el palo cortado se me va un poco pa lo que se vende aquí. ¿Me podéis hacer algo si cojo más cajas?", "too_expensive")
T7 = t("Con seis cajas de palo cortado te lo dejo en diecisiete. Lo pongo en la proforma con las dos opciones y eliges.")
PAIRS.append(rpair(
    "esb74r_f06_jerez_bodega_export_berlin",
    "El dueño sanluqueño de una tienda de vinos en Berlín hace un primer pedido a una bodega de Jerez y lo necesita antes de una cata. Worse le promete una entrega en 48 horas que no puede garantizar.",
    [
        OPEN, T1, C2,
        t("El envío a Alemania con los papeles de impuestos especiales suele tardar entre ocho y doce días. Si sale este viernes, llegaría sobre el diez o el doce: justo, pero con algo de margen. Si hay cualquier retraso con el papeleo, no te lo puedo garantizar al cien por cien."),
        c("Vale, prefiero saberlo. Si hay riesgo, adelanto la cata una semana, no pasa ná.", None),
        T5, C6, T7,
    ],
    [
        OPEN, T1, C2,
        t("¡Sin problema ninguno! Te lo ponemos en Berlín en cuarenta y ocho horas, seguro, eso te lo garantizo yo. Tú organiza la cata tranquilo."),
        c("¿En cuarenta y ocho horas, con los papeles del alcohol? Qué bien. Pues ya aviso a los clientes pa el catorce.", None),
        T5, C6, T7,
    ],
))

# ---------------------------------------------------------------- f07 closes before checking the thing works
OPEN = c("Buenas. Llamo porque desde ayer no tengo internet en casa. La luz del router está en rojo.", None)
T1 = t("Buenas, Rosario. Lo miro. ¿Me confirma el número del fijo o el DNI del titular?")
C2 = c("El fijo acaba en 40 12. Está a mi nombre. Y dese prisa, por favor, que mi hijo teletrabaja y está de los nervios.", None)
T3 = t("Veo que su router perdió la sincronización ayer por un corte en la zona de Isla Chica, que ya está arreglado. Le voy a reiniciar la línea desde aquí; tarda un par de minutos.")
C4 = c("Vale, espero.", None)
PAIRS.append(rpair(
    "esb74r_f07_huelva_internet_router_rojo",
    "Una clienta de Huelva capital (Isla Chica) llama porque no tiene internet. Worse reinicia la línea y cierra la incidencia sin comprobar que funciona.",
    [
        OPEN, T1, C2, T3, C4,
        t("Ya está reiniciada. Antes de colgar, ¿me dice de qué color está ahora la luz del router? Y pruebe a abrir una página en el móvil con el wifi."),
        c("Ahora está en verde. Y sí, me carga el periódico. Funciona, gracias.", None),
    ],
    [
        OPEN, T1, C2, T3, C4,
        t("Ya está reiniciada, así que ya le tiene que funcionar. Le cierro la incidencia. ¿Hay algo más en lo que le pueda ayudar?"),
        c("Espere, espere, no la cierre, que la luz sigue en rojo. ¿Cómo me va a funcionar así?", None),
    ],
))

# ---------------------------------------------------------------- f08 recommends before asking
OPEN = c("Buenas. Ando buscando un tractor pequeño, que el que tengo se me queda grande pa entre los olivos.", None)
T3 = t("Con ramas bajas le conviene uno estrecho y bajo, con el arco de seguridad abatible, para no romper ramas ni engancharse. Y para el atomizador, que tenga toma de fuerza con potencia de sobra. Tengo uno estrecho de cincuenta caballos nuevo por veintiséis mil, y uno de segunda mano parecido por diecisiete.")
C4 = c("Veintiséis mil nuevo ni lo miro, que pa cuatro olivos no me hace falta un tractor nuevo. El de segunda mano, ¿cuántas horas tiene?", "no_need")
T5 = t("Tres mil doscientas horas, revisado, con seis meses de garantía. Si quiere, se lo llevo a su finca un día y lo prueba entre los olivos con su desbrozadora.")
C6 = c("Eso me gusta. El sábado, que no trabajo, ¿puede ser?", None)
PAIRS.append(rpair(
    "esb74r_f08_navalmoral_tractor_olivar",
    "Un olivarero entra en un concesionario de maquinaria agrícola de Navalmoral de la Mata (Cáceres) buscando un tractor pequeño. Worse le recomienda un modelo antes de preguntar nada.",
    [
        OPEN,
        t("Buenas. ¿Qué marco de plantación tiene el olivar, a qué distancia están los árboles? ¿Y qué aperos le va a enganchar?"),
        c("Están a seis por seis, de los antiguos, y hay ramas bajas. Le engancharía la desbrozadora y el atomizador pa tratar.", None),
        T3, C4, T5, C6,
    ],
    [
        OPEN,
        t("Buenas. Pues tiene que llevarse el compacto de sesenta caballos que tenemos en la entrada, es el que se lleva todo el mundo, va perfecto."),
        c("Hombre, si no sabe ni cómo tengo el olivar. Están a seis por seis, de los antiguos, con ramas bajas, y le engancharía la desbrozadora y el atomizador.", None),
        T3, C4, T5, C6,
    ],
))

# ---------------------------------------------------------------- f09 unexplained jargon
OPEN = c("Hola, buenas. Mi pareja y yo queremos comprar un piso en Bellavista y queríamos ver qué hipoteca nos daríais. Es la primera vez y no tenemos ni idea.", None)
T1 = t("Hola, enhorabuena. ¿Cuánto cuesta el piso y cuánto tenéis ahorrado?")
C2 = c("Ciento sesenta mil. Tenemos ahorrao unos cuarenta mil entre los dos, que nos ha costao la vida.", None)
T5 = t("Si os preocupa que suba, la fija os da tranquilidad. Para la fija os pedimos domiciliar las nóminas y el seguro de hogar con nosotros, que cuesta unos doscientos al año.")
C6 = c("¿El seguro con vosotros obligatorio? Mi tía lo hizo así y luego le cobraban el doble que en otro sitio.", "bad_experience")
T7 = t("No es obligatorio: si no lo hacéis con nosotros, el tipo sube un poco. Os preparo la simulación con y sin seguro, para que veáis la diferencia, y la comparáis con la de otros bancos.")
PAIRS.append(rpair(
    "esb74r_f09_bellavista_hipoteca_jerga",
    "Una pareja joven de Sevilla (Bellavista) pide información de su primera hipoteca. Worse les suelta TIN, TAE, Euríbor y diferencial sin explicar nada.",
    [
        OPEN, T1, C2,
        t("Con eso cubrís la entrada y los gastos de compra. Hay dos opciones: en la fija pagáis siempre la misma cuota, unos seiscientos diez al mes a treinta años. En la variable la cuota empieza más baja, unos quinientos sesenta, pero sube o baja cada año según cómo vayan los tipos de interés en Europa, y eso nadie lo sabe."),
        c("Vale, eso lo entiendo. A nosotros nos da miedo que suba, la verdad.", None),
        T5, C6, T7,
    ],
    [
        OPEN, T1, C2,
        t("Con eso cubrís la entrada y los gastos. Tenemos fija al 2,9 de TIN, TAE 3,4 con vinculación, o variable a Euríbor más setenta y cinco puntos básicos, revisión anual, sin suelo. Con bonificación del diferencial por nómina, vida y hogar."),
        c("Perdona, pero no me he enterao de ná. ¿TIN, TAE, Euríbor? Nosotros lo que queremos saber es cuánto pagaríamos al mes y si eso puede subir.", None),
        T5, C6, T7,
    ],
))

# ---------------------------------------------------------------- f10 talks about themselves
OPEN = c("Hola, buenas tardes. Hemos reservao en su casa rural pa el puente de diciembre y queríamos saber qué podemos hacer por la zona, que vamos con dos hijos adolescentes y se aburren enseguida.", None)
T1 = t("Buenas tardes, ¡bienvenidos! ¿Qué les gusta a los chicos? ¿Deporte, naturaleza, pueblos, comer?")
C2 = c("Al mayor le gusta la bici de montaña y a la chica los animales. A mi marido y a mí, comer bien, pa qué vamos a engañarnos.", None)
T5 = t("Sí, en diciembre conviene reservar. Les paso por WhatsApp los teléfonos de la finca de cerdos ibéricos y del alquiler de bicis de Alájar, y el del secadero de jamón.")
C6 = c("¿Y eso sale caro? Que entre la casa y la gasolina ya vamos bastante apretaos este mes.", "no_money")
T7 = t("La finca son doce euros por persona y las bicis veinte el día. Y el atardecer en la Peña de Arias Montano es gratis y merece mucho la pena.")
PAIRS.append(rpair(
    "esb74r_f10_aracena_casa_rural_planes",
    "Una madre que ha reservado una casa rural en la Sierra de Aracena (Huelva) pregunta qué hacer con dos adolescentes. Worse habla de su propia vida en lugar de la familia.",
    [
        OPEN, T1, C2,
        t("Pues tienen de todo cerca. Para el mayor hay rutas de bici de montaña por los castañares, y en Alájar alquilan bicis con guía. A la chica le puede encantar una finca de cerdos ibéricos en la dehesa, donde se ven los animales sueltos. Y para ustedes, un secadero de jamón con degustación."),
        c("Ay, lo de los cerdos a mi niña le va a encantar. ¿Eso hay que reservarlo?", None),
        T5, C6, T7,
    ],
    [
        OPEN, T1, C2,
        t("Pues mire, yo cuando compré esta casa hace quince años estaba en ruinas. Me vine de Sevilla, dejé el banco y la restauré piedra a piedra con mi mujer. Todos nos decían que estábamos locos, pero aquí seguimos. A mí lo que más me gusta es subir a la Peña de Arias Montano a ver el atardecer, que es donde le pedí matrimonio a mi mujer."),
        c("Qué bonito... Pero bueno, ¿y pa los chicos qué hay? ¿Algo de bici o de animales? ¿Hay que reservarlo?", None),
        T5, C6, T7,
    ],
))

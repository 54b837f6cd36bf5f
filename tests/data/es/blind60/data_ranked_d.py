"""Ranked pairs d01-d10: two decent conversations, `better` deeper (hand-written by the esb60 writer)."""
from common import c, t, rpair

PAIRS = []

# ---------------------------------------------------------------- d01
_open = c("Buenas. Abrimos un restaurante en la calle Real el mes que viene y estamos buscando quien nos traiga el pescado. ¿Cómo trabajáis?", None)
PAIRS.append(rpair(
    "esb60r_d01_vigo_pescado_restaurante",
    "Fish wholesaler, Vigo: a new restaurant with a daily-changing menu and a small cold room looks for a fish supplier.",
    better=[
        _open,
        t("Buenas, y enhorabuena. Depende bastante de lo que vayáis a cocinar. ¿Qué tipo de cocina es y cuántos cubiertos pensáis hacer?"),
        c("Cocina de mercado, poca carta, que cambie según lo que haya. Unos cuarenta cubiertos, y cerramos lunes y martes.", None),
        t("Con carta que cambia os interesa más que os llamemos cada mañana desde la lonja con lo que entra y a qué precio, en vez de una lista fija. ¿Tenéis cámara grande o vais al día?"),
        c("Cámara pequeña, vamos al día. Y ojo, que el precio tiene que cuadrar, que el local nos está costando un riñón.", None),
        t("Entonces pedidos pequeños diarios, sin mínimo los dos primeros meses, y si un día el rodaballo está disparado os digo qué otra cosa ha entrado bien de precio. ¿Probamos la primera semana de apertura y luego hablamos?"),
        c("Vale, eso me convence. Llámame el miércoles que viene y lo cerramos.", None),
        t("Miércoles a las diez te llamo. Pásame el menú de la primera semana cuando lo tengáis."),
    ],
    worse=[
        _open,
        t("Buenas, y enhorabuena. Trabajamos con reparto diario de martes a sábado, pedido antes de las ocho de la mañana. Te paso nuestra lista de precios semanal."),
        c("Vale. Nosotros cerramos lunes y martes, eh, y la carta va a cambiar según lo que haya.", None),
        t("Sin problema, los miércoles también repartimos. El pedido mínimo es de 150 euros por entrega, y en la lista ves los precios de cada semana."),
        c("Ciento cincuenta por entrega es mucho para nosotros, que vamos al día y empezamos con lo justo.", "no_money"),
        t("Entiendo. Para clientes nuevos lo podemos bajar a cien el primer mes. Te mando la lista por correo y me dices."),
        c("Vale, mándamela y la miro con mi socio.", "think_it_over"),
        t("Perfecto, te la mando hoy."),
    ],
))

# ---------------------------------------------------------------- d02
_open = c("Hola, buenas. Mi novia y yo estamos mirando pisos por La Florida y queríamos saber qué hipoteca nos podríais dar.", None)
PAIRS.append(rpair(
    "esb60r_d02_oviedo_primera_hipoteca",
    "Bank branch, Oviedo: a young couple with 30,000 saved asks about a mortgage for a 180,000 flat.",
    better=[
        _open,
        t("Hola, buenas. Para deciros algo con sentido necesito saber un poco de vosotros: ¿qué trabajo tenéis, contrato fijo, y cuánto tenéis ahorrado para la entrada?"),
        c("Yo soy fijo en una empresa de mantenimiento, ella interina en Sanidad. Ahorrado tenemos unos treinta mil, y el piso que nos gusta está en ciento ochenta.", None),
        t("Con 180 de precio el banco financia como mucho el 80%, 144. Os faltan 36 de entrada más unos 18 de impuestos y notaría: unos 54.000 en total. Con treinta no llegáis todavía; os lo digo claro para que no os llevéis el disgusto en la notaría. ¿Tenéis algún préstamo, coche, algo?"),
        c("El del coche, que nos quedan dos años. Jo, pensábamos que con treinta íbamos sobrados.", None),
        t("Hay opciones: el aval ICO para jóvenes puede cubrir parte de la entrada si cumplís los requisitos, o buscar pisos sobre 140. Os hago un estudio con vuestras nóminas, sin compromiso, y os digo hasta dónde podéis llegar."),
        c("Vale, pero no corre prisa, eh, que tenemos que mirarlo bien entre los dos.", "think_it_over"),
        t("Claro. Traedme cuando podáis las tres últimas nóminas y la vida laboral, y lo vemos los tres juntos."),
    ],
    worse=[
        _open,
        t("Hola, buenas. Ahora mismo tenemos hipoteca fija al 2,95% a treinta años, con nómina y seguro de hogar. ¿Qué precio tiene el piso?"),
        c("Ciento ochenta mil. Y tenemos treinta ahorrados.", None),
        t("Financiamos hasta el 80%, así que serían 144.000. A treinta años la cuota rondaría los 600 euros al mes. Aquí tenéis la simulación."),
        c("Seiscientos al mes podemos pagarlo. Pero nos lo pensamos, que es mucho dinero.", "think_it_over"),
        t("Claro. Cuando lo tengáis decidido, venid con las nóminas y lo tramitamos."),
        c("Vale, muchas gracias. Hasta luego.", None),
    ],
))

# ---------------------------------------------------------------- d03
_open = c("Egun on. Tengo una carpintería en Basauri y el compresor no da abasto, está todo el día arrancando. Quiero uno más grande.", None)
PAIRS.append(rpair(
    "esb60r_d03_basauri_compresor_carpinteria",
    "Industrial supplier, Bilbao area: a joiner asks for a bigger compressor because his keeps starting; it may be leaks.",
    better=[
        _open,
        t("Egun on. Antes de mirar tamaños: ¿qué herramientas tiráis de aire y cuántas a la vez? ¿Y arranca también cuando nadie está usando nada?"),
        c("Las grapadoras, la pistola de barniz y soplar. Y ahora que lo dices, sí, por la noche a veces se oye que arranca solo.", None),
        t("Si arranca sin que nadie gaste aire, tienes fugas, y eso puede ser la mitad del consumo. Antes de venderte uno grande, te mando un técnico a pasar el detector de fugas, son 60 euros. Si con eso no llega, te calculo el nuevo con lo que gastáis de verdad."),
        c("Sesenta euros por mirar... Bueno, si me ahorro comprar uno de dos mil, adelante.", None),
        t("Te lo mando el jueves a primera hora, antes de que arranquéis las máquinas, que las fugas se oyen mejor con el taller en silencio. Si al final hace falta compresor, te llevo precio de dos tamaños."),
        c("El jueves a las siete y media ya estoy allí.", None),
    ],
    worse=[
        _open,
        t("Egun on. ¿Qué compresor tienes ahora, de cuántos litros y caballos?"),
        c("Uno de cien litros, tres caballos. Tiene diez años.", None),
        t("Para una carpintería te recomiendo el de 270 litros y 5,5 caballos, vas sobrado. Está en 1.950 con instalación."),
        c("Es caro para un compresor. En internet los he visto parecidos por mil trescientos.", "too_expensive"),
        t("Los de internet no llevan instalación ni garantía en taller. Si quieres te hago un 5% y te lo dejo en 1.850."),
        c("Bueno, déjame pensarlo y te digo.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d04
_open = c("Buenas. Hace cosa de dos meses que no leo bien el periódico ni con las gafas. Creo que necesito unas nuevas.", None)
PAIRS.append(rpair(
    "esb60r_d04_coruna_optica_vision_torcida",
    "Optician, A Coruña: a man of 68 thinks he needs new glasses; one eye sees straight lines as wavy.",
    better=[
        _open,
        t("Buenas. Vamos a mirarlo. ¿Le pasa con los dos ojos o nota más uno que otro? ¿Y ve las líneas rectas torcidas, o es más bien borroso?"),
        c("Pues ahora que lo dice, tapándome el izquierdo veo como ondulado, las líneas del periódico se tuercen. El derecho va bien.", None),
        t("Eso con graduación no se arregla, y conviene que lo vea un oftalmólogo pronto, puede ser algo de la mácula. No le quiero vender unas gafas que no le van a servir. ¿Tiene oftalmólogo o va por la Seguridad Social?"),
        c("Por la Seguridad Social, pero me darán cita para dentro de seis meses, hombre.", None),
        t("Pida cita a su médico de cabecera y dígale exactamente eso: que desde hace dos meses ve las líneas torcidas con un ojo. Eso suele ir por vía preferente. Le escribo una nota con lo que he visto para que la lleve."),
        c("Bueno, si usted lo dice. Me asustó un poco, la verdad.", None),
        t("Es normal. Lo importante es mirarlo pronto. Cuando le vean, vuelva y ajustamos las gafas si hace falta, la revisión no se la cobro."),
    ],
    worse=[
        _open,
        t("Buenas. Le hago una revisión de la graduación ahora mismo, pase."),
        c("Vale, vale.", None),
        t("Ya está. El ojo izquierdo ha bajado algo de visión y no llego a mejorarlo del todo con graduación. Le puedo ajustar un poco las lentes, pero le recomiendo también que le vea un oftalmólogo cuando pueda."),
        c("¿Y las gafas nuevas cuánto serían?", None),
        t("Con progresivos, unos 380. Si prefiere esperar a que le vea el oftalmólogo, también está bien."),
        c("Pues espero, a ver qué me dicen, y luego ya decido.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d05
_open = c("Kaixo, quería reservar para una cena de empresa en temporada de txotx, somos unos veinticinco, un viernes de febrero.", None)
PAIRS.append(rpair(
    "esb60r_d05_astigarraga_sidreria_txotx",
    "Cider house, Astigarraga (Donostia): an office manager books a txotx dinner for 25 colleagues, some from Madrid.",
    better=[
        _open,
        t("Kaixo. ¿Es la primera vez que la mayoría viene a una sidrería, o ya conocen el txotx? Lo digo porque se come de pie junto a las kupelas y hay quien no se lo espera."),
        c("Uf, buena pregunta. Viene gente de Madrid, de la central, que no lo conoce. Y una compañera embarazada, que no bebe.", None),
        t("Entonces os pongo mesa con bancos cerca de las kupelas, que quien quiera se siente, y para ella mosto o lo que le apetezca. El menú es el tradicional: tortilla de bacalao, bacalao con pimientos, txuleta, queso con membrillo y nueces, 45 euros. ¿Cómo vais a volver a Donostia?"),
        c("Pues en coches, supongo. Aunque con la sidra... no sé.", None),
        t("Os recomiendo el autobús; tenemos uno concertado de treinta plazas por 180 ida y vuelta, y así nadie conduce. ¿Lo añado?"),
        c("El bus sí. Pero el presupuesto lo aprueba mi jefe, se lo tengo que pasar antes.", "think_it_over"),
        t("Claro. Te mando hoy el presupuesto con el menú y el bus por separado, y te guardo el viernes 14 hasta el lunes."),
    ],
    worse=[
        _open,
        t("Kaixo. En febrero tengo libres el 7 y el 21. El menú tradicional son 45 euros: tortilla de bacalao, bacalao con pimientos, txuleta y postre, con sidra de kupela a discreción."),
        c("El 21 nos va bien. Una compañera está embarazada, no bebe.", None),
        t("Sin problema, le ponemos agua o refresco. ¿Os lo reservo a nombre de la empresa?"),
        c("Sí, pero antes lo tiene que aprobar mi jefe, que el presupuesto lo firma él.", "think_it_over"),
        t("Perfecto. Te lo guardo hasta el lunes y te mando el presupuesto por correo."),
        c("Genial, eskerrik asko. El lunes te digo algo.", None),
    ],
))

# ---------------------------------------------------------------- d06
_open = c("Hola, buenas. Quería ver un móvil pa mi hijo, que empieza el instituto y dice que es el único de la clase sin móvil.", None)
PAIRS.append(rpair(
    "esb60r_d06_gijon_movil_guaje",
    "Phone shop, Gijón: a father wants a first phone for his 12-year-old, mainly to reach him and to limit social media.",
    better=[
        _open,
        t("Hola. ¿Qué edad tiene? ¿Y vosotros para qué queréis que lo tenga, para localizarlo, para que hable con los amigos...?"),
        c("Doce. Yo lo que quiero es poder llamarle, que va en bus a Roces. Y que no se pase el día con el TikTok, eso también te lo digo.", None),
        t("Entonces lo importante no es tanto el móvil como el control. Cualquier móvil sencillo de 150 euros vale; lo que os recomiendo es el control parental de Google, que es gratis, para limitar horas y aplicaciones. Y una tarifa de prepago de diez euros con pocos datos."),
        c("¿Diez euros y ya? Pensé que me ibas a meter en un contrato de esos con permanencia, que con el mío me pasó.", None),
        t("Sin permanencia. Si queréis, os lo dejo configurado aquí: ¿podéis venir con él una tarde para poner las horas juntos? Así también lo entiende él y no lo vive como un castigo."),
        c("El jueves por la tarde podemos venir.", None),
        t("Jueves a las seis. Traed su cuenta de Google o la creamos aquí."),
    ],
    worse=[
        _open,
        t("Hola. Tenemos este, el que más se llevan los chavales: buena cámara, buena batería, 229 euros, y con tarifa de 15 al mes con 30 gigas."),
        c("Treinta gigas pa un guaje de doce años... ¿no es mucho? Y doscientos veintinueve se me va un poco para un crío.", "too_expensive"),
        t("Hay uno más sencillo de 150 y la tarifa de 10 con 5 gigas. Y se le puede poner control parental, si quiere se lo explico."),
        c("Eso sí, que no quiero que se pase el día con el TikTok.", None),
        t("Le doy una guía para configurarlo en casa, es fácil. ¿Se lleva el de 150?"),
        c("Vale, venga, el de 150.", None),
    ],
))

# ---------------------------------------------------------------- d07
_open = c("Buenas. El tanque de la leche ya me pitó dos veces esta semana con la alarma de temperatura. Como me estropee una cisterna de leche, me muero.", None)
PAIRS.append(rpair(
    "esb60r_d07_lalin_tanque_leche",
    "Dairy equipment service, Lalín (Galicia): a farmer's milk cooling tank alarm went off twice at night.",
    better=[
        _open,
        t("Buenas. Eso no se puede dejar. ¿A qué hora pitó, y a cuánto marcaba la leche cuando lo vio?"),
        c("Las dos veces de madrugada. Marcaba seis grados cuando bajé, y a las siete ya estaba otra vez en cuatro.", None),
        t("Que se recupere sola y pase de madrugada me hace pensar más en cortes de luz o bajadas de tensión que en el compresor. ¿Se le va la luz en la granja estas semanas? ¿Se le resetea algún reloj?"),
        c("Ahora que lo dices, el reloj del microondas de casa sí estaba parpadeando un día. Con las tormentas aquí en Lalín la luz va y viene.", None),
        t("Pues casi seguro es eso. Voy mañana, miro el compresor por si acaso y le dejo un registrador para ver si coincide con los cortes. Si es la luz, un protector de tensión son unos 120 euros y le evita quemar el compresor, que eso sí serían dos mil."),
        c("Vale, ven mañana. Pero lo del protector ya lo veré, que este mes voy apurado.", "no_money"),
        t("Sin problema, primero confirmamos qué es. Mañana a las diez estoy ahí."),
    ],
    worse=[
        _open,
        t("Buenas. Seguramente es el gas o el compresor, con los años pasa. Le recomiendo nuestro contrato de mantenimiento anual, 280 euros, con dos revisiones y las visitas de avería incluidas."),
        c("Doscientos ochenta al año... ¿y si al final no es nada? Me parece mucho para un tanque que va bien casi siempre.", "too_expensive"),
        t("Si no es nada, mejor, pero con el contrato la visita de hoy no se la cobro. Suelta, la visita son 75."),
        c("Bueno, mándame al técnico y lo del contrato ya lo veré.", "think_it_over"),
        t("Le mando a Brais mañana por la mañana."),
        c("Vale.", None),
    ],
))

# ---------------------------------------------------------------- d08
_open = c("hola! buscamos casa pa semana santa, 6 adultos y 2 niños. va mi abuela de 88 q anda con andador. teneis libre?", None)
PAIRS.append(rpair(
    "esb60r_d08_cangasdeonis_casarural_abuela",
    "Casa rural, Cangas de Onís (WhatsApp): a family asks for Easter dates; the grandmother walks with a frame.",
    better=[
        _open,
        t("¡Hola! Tengo libre del jueves al domingo. Antes de confirmar, una pregunta por tu abuela: ¿puede subir algún escalón o necesita todo en llano? La casa tiene una habitación en planta baja, pero la entrada tiene dos escalones."),
        c("dos escalones con ayuda si. lo q no puede es una escalera entera. y el baño?", None),
        t("La habitación de abajo tiene baño propio con ducha a ras de suelo y asidero. Lo que sí te aviso: del aparcamiento a la casa hay 30 metros de grava en cuesta, y con andador cuesta. Podéis parar el coche en la puerta para bajarla y luego aparcar arriba."),
        c("vale eso esta bien saberlo. y el precio? q somos muchos", None),
        t("Son 180 la noche la casa entera, tres noches 540, y 150 de señal. Si quieres te mando fotos de la habitación de abajo y del baño para que las vea tu madre antes de decidir."),
        c("si porfa mandamelas, lo hablo con mis hermanos y te digo mañana", "think_it_over"),
        t("Te las mando ahora. Te guardo las fechas hasta mañana por la noche."),
    ],
    worse=[
        _open,
        t("¡Hola! Sí, del jueves al domingo está libre. Son 180 la noche la casa entera, tres noches 540. Hay una habitación en planta baja con baño."),
        c("genial. la abuela puede subir un par de escalones con ayuda, no mas", None),
        t("Perfecto, la habitación de abajo le va bien. Para reservar es una señal de 150 por transferencia."),
        c("ok lo hablo con mis hermanos y te digo mañana", "think_it_over"),
        t("Genial, quedo atenta."),
        c("gracias! hasta mañana", None),
    ],
))

# ---------------------------------------------------------------- d09
_open = c("Hola. Quería información del blanqueamiento, que me caso en junio y quiero salir bien en las fotos.", None)
PAIRS.append(rpair(
    "esb60r_d09_vigo_blanqueamiento_boda",
    "Dental clinic, Vigo: a bride-to-be asks about whitening; cheap strips once hurt her badly.",
    better=[
        _open,
        t("¡Enhorabuena! Te cuento todo, pero antes: ¿has hecho alguna vez algún blanqueamiento o usado tiras de esas de farmacia? ¿Tienes sensibilidad con el frío?"),
        c("Probé unas tiras de internet el año pasado y vi las estrellas, no podía ni beber agua. Por eso me da un poco de miedo.", "bad_experience"),
        t("Normal que te dé miedo. Con sensibilidad, lo mejor es el de férulas en casa, con gel suave y poco a poco, dos o tres semanas, y una pasta desensibilizante antes. Y primero una limpieza, que a veces solo con eso ya se ve mucho mejor. ¿Cuándo es la boda exactamente?"),
        c("El catorce de junio.", None),
        t("Entonces hay tiempo de sobra: limpieza este mes, y el blanqueamiento en abril, con margen por si hay que parar por la sensibilidad. La limpieza son 50 y el blanqueamiento con férulas, 290."),
        c("Vale, la limpieza sí, ya. Lo otro lo decido después de la limpieza.", "think_it_over"),
        t("Perfecto. Te doy cita para la limpieza el martes y allí lo volvemos a hablar."),
    ],
    worse=[
        _open,
        t("¡Enhorabuena! Tenemos dos opciones: en clínica con lámpara, una sesión de hora y media, 390 euros; o con férulas en casa, 290, en unas tres semanas."),
        c("¿Y duele? Que con unas tiras de internet lo pasé fatal.", "bad_experience"),
        t("Puede dar algo de sensibilidad unos días, es normal, pero se pasa. Te damos una pasta para eso."),
        c("Vale. Pues el de clínica, que es más rápido. ¿Cuándo podría ser?", None),
        t("Tengo el jueves 10 a las cinco. Te lo apunto."),
        c("Vale, apúntamelo.", None),
    ],
))

# ---------------------------------------------------------------- d10
_open = c("Kaixo, te llamo de una gestoría de Indautxu, somos seis. Estamos pensando en cambiar de programa de contabilidad, el que tenemos se nos queda corto.", None)
PAIRS.append(rpair(
    "esb60r_d10_bilbao_software_gestoria",
    "Accounting software vendor, Bilbao: a six-person advisory firm struggles with Bizkaia's foral tax filings and fears data migration.",
    better=[
        _open,
        t("Kaixo. ¿En qué se os queda corto? ¿Qué es lo que más tiempo os hace perder ahora mismo?"),
        c("Sobre todo los modelos de Hacienda Foral, el Batuz y el TicketBAI. Con el actual los hacemos medio a mano y cada trimestre es un infierno.", None),
        t("Entonces lo crítico es que esté adaptado a la normativa foral de Bizkaia, no solo a la estatal. El nuestro lo está, y el Batuz sale directo. ¿Cuántos clientes lleváis y tenéis que migrar los históricos?"),
        c("Unos doscientos clientes. Los históricos sí, por lo menos cuatro años. Y ojo, que en la otra migración que hicimos se perdieron asientos y nos volvimos locos.", "bad_experience"),
        t("Es lo que más miedo da, con razón. Os propongo migrar primero solo diez clientes de prueba; los comparáis con el programa viejo asiento por asiento, y si cuadra, seguimos. Hasta entonces no pagáis nada."),
        c("Eso me gusta. Pero no antes de julio, que ahora estamos con la renta hasta arriba.", "no_time"),
        t("Perfecto, lo hacemos en julio. Te llamo la última semana de junio y elegimos juntos los diez clientes."),
    ],
    worse=[
        _open,
        t("Kaixo. Tenemos un programa muy completo: contabilidad, nóminas, modelos fiscales, TicketBAI, todo en la nube. Son 95 euros al mes por usuario."),
        c("Noventa y cinco por usuario, siendo seis, son casi seiscientos al mes. Es bastante más de lo que pagamos ahora.", "too_expensive"),
        t("Es que incluye todo y las actualizaciones legales. Para seis usuarios os puedo hacer un 15%. ¿Os hago una demo?"),
        c("Vale, una demo sí, pero después de la renta, que ahora no tenemos ni un minuto.", "no_time"),
        t("Perfecto, te llamo en julio para la demo."),
        c("Vale, agur.", None),
    ],
))

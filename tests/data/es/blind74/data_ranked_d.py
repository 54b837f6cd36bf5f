"""Ranked pairs d01-d10 of es_blind74 (written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01
OPEN = c("Buenos días. Tenemos una nave de carpintería metálica en el polígono de Alcalá y queremos poner placas en el techo. Nos ha llegado una factura de luz de dos mil ochocientos euros y ya está bien.", None)
PAIRS.append(rpair(
    "esb74r_d01_alcala_autoconsumo_nave",
    "El gerente de una carpintería metálica de Alcalá de Guadaíra (Sevilla) pide placas solares para su nave tras una factura muy alta. Better mira cuándo se consume antes de dimensionar; worse dimensiona por metros de techo.",
    [
        OPEN,
        t("Buenos días. Con esa factura tiene sentido mirarlo. Antes de dimensionar nada, ¿a qué horas trabaja la nave y qué es lo que más tira, soldadoras, compresor, hornos?"),
        c("De siete a tres, de lunes a viernes. Lo gordo son las soldadoras y un compresor grande, y en verano los aires de la oficina.", None),
        t("Entonces casi todo el consumo es de día, cuando producen las placas. Pero los fines de semana la nave está parada, y si ponemos placas de más regalaría la energía del sábado y el domingo. Para acertar con el tamaño necesito las curvas de consumo de su distribuidora del último año, que se bajan de su web. Y otra cosa: ¿el techo es de fibrocemento o de chapa?"),
        c("De chapa, se cambió hace cinco años. Lo que me preocupa es el dinero, que este año vamos justos, no sé si podemos meter cuarenta mil euros.", "no_money"),
        t("Lo entiendo. Además de pagarlo, hay un renting a diez años con una cuota menor que el ahorro desde el primer mes, o un préstamo con las ayudas de autoconsumo. Primero vemos el tamaño justo con sus datos y le enseño las dos opciones con números de verdad. Si me manda las curvas esta semana, el jueves que viene se lo explico en la nave."),
        c("Vale, le digo a la chica de administración que se lo mande hoy.", None),
    ],
    [
        OPEN,
        t("Buenos días. Con esa factura tiene sentido mirarlo. ¿Cuántos metros tiene el techo de la nave?"),
        c("Unos mil doscientos metros. Es de chapa, que se cambió hace cinco años.", None),
        t("Perfecto, en mil doscientos metros caben unos cien kilovatios. Es lo que solemos poner en naves de ese tamaño, y la factura baja mucho. Serían unos cuarenta mil euros instalado, con legalización."),
        c("Cuarenta mil... este año vamos justos, no sé si podemos meter eso.", "no_money"),
        t("Lo entiendo. Tenemos un renting a diez años en el que paga una cuota menor que el ahorro. Le mando la propuesta de cien kilovatios con el renting y la de pago al contado, y la mira con calma."),
        c("Vale, mándemela por correo y ya la veremos.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d02
OPEN = c("Hola, buenas. Soy la jefa de sala del hotel de la plaza del Arenal. Queremos renovar la carta de vinos de Jerez del bar, que ahora tenemos lo típico, y me han dado su contacto.", None)
PAIRS.append(rpair(
    "esb74r_d02_jerez_hotel_carta_vinos",
    "Una jefa de sala de un hotel de Jerez de la Frontera quiere renovar los vinos de Jerez del bar. Better pregunta por el cliente y el personal y propone una carta corta, formación y un cálculo para el director; worse manda catálogo y descuento.",
    [
        OPEN,
        t("Encantado. Antes de mandarle el catálogo, ¿quién es el cliente de su bar? ¿Turista extranjero, gente de Jerez, congresos?"),
        c("Sobre to extranjeros, ingleses y americanos, que vienen por el flamenco y por el vino. Preguntan mucho, pero muchos no han probao un jerez en su vida.", None),
        t("Entonces, más que una carta larga, le serviría una corta que se pueda explicar: fino, manzanilla, amontillado, oloroso y un Pedro Ximénez, y quizá un vuelo de tres copas, que al turista le encanta y deja margen. ¿Sus camareros se animan a explicar los vinos, o les vendrían bien fichas en inglés?"),
        c("Los camareros son muy jóvenes, alguno no distingue un fino de un oloroso. Lo del vuelo me gusta, aunque tengo que convencer al director, que es el que firma.", "think_it_over"),
        t("Le propongo esto: vengo una tarde a dar una hora de formación a los camareros, sin coste, y les dejo fichas en inglés. Y para el director le preparo el cálculo del vuelo de tres copas, coste por copa y precio de venta, para que vea el margen. ¿Lo hablamos los tres la semana que viene?"),
        c("El martes por la tarde está el director. Venga, el martes.", None),
    ],
    [
        OPEN,
        t("Encantado. Le mando el catálogo completo con nuestros doce vinos y la tarifa de hostelería. ¿Cuántas botellas suelen gastar al mes?"),
        c("De jerez no mucho, unas treinta botellas, sobre to fino. Los clientes son extranjeros y preguntan, pero luego piden lo que conocen.", None),
        t("Le recomiendo ampliar a cinco referencias: fino, manzanilla, amontillado, oloroso y Pedro Ximénez. Le hago un diez por ciento en el primer pedido si coge las cinco."),
        c("Lo tengo que ver con el director, que es el que firma.", "think_it_over"),
        t("Perfecto, le mando el catálogo con la oferta del primer pedido y, cuando lo hayan visto, me llama."),
        c("Muy bien, gracias.", None),
    ],
))

# ---------------------------------------------------------------- d03
OPEN = c("Buenas tardes. Vengo a ver coches, que el mío tiene ya veinte años y mis hijos dicen que lo cambie. Pero yo no entiendo de esto de ahora, de los híbridos y los enchufes.", None)
PAIRS.append(rpair(
    "esb74r_d03_cordoba_concesionario_mayor",
    "Un señor mayor de Córdoba quiere cambiar su coche de veinte años y no entiende los híbridos. Better se adapta a él: pregunta el uso, explica sin jerga, descarta el enchufable y le anima a venir con su hijo; worse enseña la promoción del mes.",
    [
        OPEN,
        t("Buenas tardes. Pues vamos con calma, que aquí nadie tiene prisa. ¿Qué coche tiene ahora y para qué lo usa? ¿Ciudad, carretera, el campo?"),
        c("Un Seat Córdoba, fíjese usted, qué casualidad. Lo uso pa ir al huerto, que está a diez kilómetros por un camino, y los domingos a ver a mi hija a Lucena.", None),
        t("Camino al huerto y algo de carretera. Entonces le conviene un coche alto, que se suba y se baje bien y aguante el camino. Los híbridos normales no se enchufan: se echa gasolina como siempre, solo que gastan menos. Los de enchufe solo compensan si puede cargar en casa. ¿Tiene cochera con enchufe?"),
        c("Tengo cochera pero sin enchufe. Y no me quiero gastar mucho, que con la pensión... unos quince o veinte mil como mucho.", None),
        t("Entonces le enseño dos: un híbrido normal de veintiún mil, un poco por encima, y un gasolina alto de diecisiete. Pruébelos los dos, y si quiere venga otro día con uno de sus hijos, que una compra así se hace mejor acompañado."),
        c("Eso, que venga mi hijo el sábado, que él entiende más. Pero yo los pruebo hoy.", "think_it_over"),
    ],
    [
        OPEN,
        t("Buenas tardes. Pues tiene suerte, porque ahora mismo tenemos el híbrido más vendido con una promoción muy buena. ¿Qué coche tiene ahora?"),
        c("Un Seat Córdoba de hace veinte años. Lo uso pa ir al huerto, diez kilómetros de camino, y los domingos a Lucena.", None),
        t("Pues el híbrido le viene perfecto: gasta poco, tiene etiqueta ECO y es automático, muy cómodo. Está en veintiún mil con la promoción, y le damos mil euros por su Córdoba."),
        c("Veintiún mil es más de lo que yo pensaba, yo iba a quince o veinte como mucho.", "no_money"),
        t("Lo podemos financiar a cinco años, le saldrían unos trescientos ochenta al mes. Si quiere lo prueba ahora y se lleva la oferta por escrito para enseñársela a sus hijos."),
        c("Bueno, lo pruebo, y ya lo hablo con mis hijos.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d04
OPEN = c("Buenas. Tengo treinta hectáreas de tomate de industria en las Vegas, y el año pasado con las lluvias de septiembre se me pudrió una parte en la mata. ¿Eso lo cubre el seguro?", None)
PAIRS.append(rpair(
    "esb74r_d04_vegasguadiana_seguro_tomate",
    "Un agricultor de las Vegas del Guadiana (Badajoz) pregunta si el seguro agrario cubre la lluvia que le pudrió el tomate. Better es sincero sobre el límite de la fecha de recolección y propone calcularlo con su contrato; worse dice que sí, está cubierto, y va a la prima.",
    [
        OPEN,
        t("Buenas. Le contesto claro: la lluvia persistente sí entra en el seguro de tomate, pero con condiciones. Cubre el daño en la mata antes de la recolección, siempre que no se haya pasado la fecha de recogida que usted declaró. ¿El año pasado cuándo tenía prevista la cosecha?"),
        c("Pa primeros de septiembre, pero la fábrica iba con retraso y no me la recogió hasta el quince.", None),
        t("Ahí está lo que le puede pasar también con nosotros: si la fábrica se retrasa y se pasa la fecha que declaró, el perito puede no cubrirlo. Por eso hay que declarar una fecha realista, con margen. No se lo voy a esconder: no es un todo riesgo."),
        c("Pues vaya. Si no me cubre lo que me pasó, no sé yo pa qué lo quiero.", "no_need"),
        t("Le cubriría el granizo, que en tomate es lo que más dinero hace perder, y la lluvia si declaramos bien las fechas. Tráigame el contrato con la fábrica de este año, con la fecha prevista de recogida, y le calculo la prima con una fecha que le proteja. Si después no le compensa, no pasa nada."),
        c("Eso me parece serio. Se lo traigo la semana que viene.", None),
    ],
    [
        OPEN,
        t("Buenas. Sí, el seguro de tomate cubre la lluvia persistente, además del granizo y el viento. Es de los más completos."),
        c("¿Seguro? Porque el año pasado la fábrica me lo recogió tarde y se me pudrió en la mata.", None),
        t("Sí, la lluvia está cubierta. Para treinta hectáreas le sale una prima de unos tres mil doscientos euros, con la subvención ya descontada."),
        c("Tres mil doscientos es mucho dinero pa lo que me deja el tomate.", "too_expensive"),
        t("Piense que un año malo le puede costar mucho más. Si me trae los datos de las parcelas, le preparo la póliza y la dejamos hecha esta semana."),
        c("Déjeme pensarlo, que lo miro con mi mujer.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d05
OPEN = c("Hola, quería abrir una cuenta pa mi negocio. Voy a montar una food truck en Punta Umbría este verano, de tapas de choco y tal.", None)
PAIRS.append(rpair(
    "esb74r_d05_puntaumbria_cuenta_foodtruck",
    "Una joven de Huelva abre una cuenta para una food truck de temporada en Punta Umbría. Better averigua cómo va a cobrar y que solo abre en verano, y propone datáfono sin cuota y una prueba de cobertura; worse ofrece la cuenta estándar y el TPV con cuota.",
    [
        OPEN,
        t("¡Qué buena idea, enhorabuena! Para recomendarte bien, cuéntame cómo vas a cobrar a los clientes: ¿efectivo, tarjeta, Bizum?"),
        c("Pues eso no lo he pensao mucho. Supongo que tarjeta, que ya nadie lleva suelto. En la playa hay poca cobertura, eso sí.", None),
        t("Entonces lo importante no es tanto la cuenta como el datáfono: necesitas uno portátil con su propia SIM, que funcione sin wifi. ¿Vas a abrir solo en verano o todo el año?"),
        c("De junio a septiembre. En invierno trabajo en el almacén de la fresa. Lo que no quiero es pagar comisiones todo el año por un negocio de cuatro meses.", None),
        t("Pues te propongo la cuenta de autónomo sin comisiones por ingresos, que en verano cumples de sobra, y un datáfono portátil con tarifa por uso: sin cuota fija, solo un porcentaje por venta, y lo puedes pausar en invierno. Antes de firmar lo del datáfono, pruébalo donde vas a aparcar, a ver si coge señal."),
        c("Eso está muy bien pensao. Pero hoy no me puedo liar con papeles, que tengo que ir a recoger a mi niña.", "no_time"),
        t("Sin problema. Te mando un mensaje con lo que tienes que traer y te dejo un datáfono de prueba para el fin de semana; cuando vuelvas, en media hora está todo."),
    ],
    [
        OPEN,
        t("¡Qué buena idea, enhorabuena! Para negocios tenemos la Cuenta Autónomos, sin comisiones si ingresas más de mil euros al mes o tienes tres recibos domiciliados. ¿Te la abro?"),
        c("Bueno, en verano sí voy a ingresar más de mil, pero en invierno no, que solo abro de junio a septiembre.", None),
        t("En invierno te cobrarían ocho euros al mes de mantenimiento. Y si quieres, te ofrezco también el TPV, veinte euros al mes más comisiones."),
        c("Veinte euros al mes todo el año por un negocio de cuatro meses me parece caro.", "too_expensive"),
        t("Es lo normal en el mercado. Te dejo la información de las dos cosas y, cuando lo tengas claro, vienes y te lo abro."),
        c("Vale, déjame los papeles y ya si eso me paso.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d06
OPEN = c("hola buenas, teneis libre la casa pa el finde del 28 de marzo? es pa ver los cerezos en flor", None)
PAIRS.append(rpair(
    "esb74r_d06_jerte_casa_rural_cerezo",
    "Una clienta escribe por WhatsApp a una casa rural del Valle del Jerte (Cáceres) para ver la floración del cerezo. Better es sincero con que la flor no tiene fecha fija, se adapta al bebé y ofrece cancelación flexible y aviso; worse confirma con vaguedad y remite a la política de la web.",
    [
        OPEN,
        t("Hola! Ese finde está libre de momento. Te aviso con sinceridad de que la flor depende del tiempo: unos años está a finales de marzo y otros a mediados de abril. ¿Tenéis margen con las fechas o es ese finde sí o sí?"),
        c("uf, es q es el unico finde q tenemos los 4 libres. somos dos parejas y un bebe de 8 meses", None),
        t("Vale. Con bebé os pongo la habitación de abajo, que es la más tranquila, y tengo cuna de viaje y trona, no hace falta que traigáis. Y con la flor: ¿os la reservo con cancelación gratis hasta diez días antes? Si a mediados de marzo vemos que viene tarde, cambiáis de fecha sin perder nada."),
        c("eso esta genial. y cuanto es? q tampoco queremos gastar un pastizal", None),
        t("Para cuatro adultos y el bebé, dos noches, 340 €. Os mando ahora fotos de la cuna y de la habitación, y el 15 de marzo os escribo contándoos cómo va la flor en el valle."),
        c("perfecto, reserva. a nombre de lucia", None),
    ],
    [
        OPEN,
        t("Hola! Sí, ese finde está libre. Son 340 € las dos noches, hasta seis personas. ¿Cuántos seríais?"),
        c("cuatro y un bebe de 8 meses. la flor estara ese finde no?", None),
        t("Normalmente la flor es a finales de marzo o principios de abril, así que hay bastantes posibilidades. Para el bebé tenemos cuna, si la necesitáis me lo decís."),
        c("vale, y si no hay flor? q vamos sobre todo por eso", None),
        t("Eso depende de la naturaleza, no lo podemos controlar. La política de cancelación es de treinta días, viene en la web. ¿Os la reservo?"),
        c("bueno, lo hablo con mis amigos y te digo", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d07
OPEN = c("Buenas, ¿es el veterinario? Que tengo cuatro o cinco vacas cojeando desde hace unos días, y en la cooperativa me han dicho que les ponga un antibiótico inyectable. ¿Me lo receta usted?", None)
PAIRS.append(rpair(
    "esb74r_d07_zafra_veterinario_vacas_cojas",
    "Un ganadero de vacuno de carne cerca de Zafra (Badajoz) pide al veterinario un antibiótico para varias vacas cojas. Better diagnostica antes de recetar y explica por qué; worse receta lo que pide a distancia.",
    [
        OPEN,
        t("Buenas, Tomás. Antes de recetar nada tengo que saber qué es, porque una cojera puede ser muchas cosas y el antibiótico no siempre sirve. ¿Cojean de una pata o de varias? ¿Les ha mirado la pezuña?"),
        c("De una pata de atrás casi todas. Y huelen mal entre las pezuñas, como a podrío. Tienen el pasto muy encharcao con las lluvias.", None),
        t("Eso suena a pedero, por la humedad. Si es eso, lo primero es limpiar y recortar la pezuña y un baño podal; el antibiótico, solo a la que tenga fiebre o esté muy metida. Pincharlas a todas sin mirar es gastar dinero y criar resistencias. ¿Son de leche o de carne?"),
        c("De carne, retintas. ¿Y cuánto me cobra usted por venir a la finca?", None),
        t("La visita son sesenta euros y miro las cinco. Con lo que veamos le digo qué hay que hacer con cada una. Si quiere ahorrar tiempo, téngalas metidas en la manga cuando llegue. ¿Le viene bien el jueves temprano?"),
        c("El jueves a las ocho tengo las vacas en la manga. Venga.", None),
    ],
    [
        OPEN,
        t("Buenas, Tomás. Sí, una cojera en varias a la vez muchas veces es infecciosa. ¿Cuántas vacas son?"),
        c("Cuatro o cinco, de una pata de atrás casi todas. Tienen el pasto encharcao con las lluvias.", None),
        t("Con la humedad es muy típico. Le receto un antibiótico de larga acción, una inyección a cada una, y si en una semana no mejoran me vuelve a llamar y voy a verlas."),
        c("¿Y eso cuánto me va a costar? Que el año pasado me gasté un montón en medicinas pa las ovejas y no sirvió pa ná.", "bad_experience"),
        t("El antibiótico son unos quince euros por vaca. Si no mejoran, vamos a la finca y las miramos una a una."),
        c("Bueno, pues recétemelo y a ver.", None),
    ],
))

# ---------------------------------------------------------------- d08
OPEN = c("Hola, buenas. Tengo una peluquería en la Macarena y el internet va fatal. Se me corta el datáfono y la música, y las clientas se quejan de que no va el wifi.", None)
PAIRS.append(rpair(
    "esb74r_d08_macarena_peluqueria_wifi",
    "La dueña de una peluquería de la Macarena (Sevilla) se queja de que el internet falla. Better busca la causa (router al fondo de un local alargado) y propone un paso pequeño sin permanencia; worse sube la velocidad con permanencia.",
    [
        OPEN,
        t("Hola. Vamos a ver de dónde viene, porque no siempre es cosa de la tarifa. ¿Qué conexión tiene, fibra o ADSL, y dónde está el router, en la entrada o al fondo?"),
        c("Fibra, creo. El router está en el almacén del fondo, detrás de los tintes. Y la peluquería es larga, como un pasillo.", None),
        t("Pues puede que la fibra vaya bien y que la señal no llegue a la entrada, donde tiene el datáfono. Antes de cambiarle nada, le propongo que vaya un técnico, mida la señal en el local y, si es eso, le pone un repetidor. Si lo que falla es la fibra, entonces hablamos de cambiarla."),
        c("¿Y eso cuánto? Porque con la otra compañía me metieron una permanencia de dos años y no me pude salir.", "bad_experience"),
        t("La visita es gratis para clientes de fibra. Si hace falta el repetidor son cuarenta euros, sin permanencia ninguna. Y si al final hubiera que cambiar la tarifa, se lo enseño antes por escrito. ¿Qué día cierra, para que el técnico no le moleste con clientas?"),
        c("Los lunes cierro. El lunes por la mañana me viene bien.", None),
    ],
    [
        OPEN,
        t("Hola. Eso le pasa seguramente porque tiene poca velocidad. Le puedo subir a la fibra de un giga, que es la más rápida, por treinta y cinco euros al mes."),
        c("¿Treinta y cinco? Ahora pago veintiocho. Y con la otra compañía me metieron una permanencia de dos años y no me pude salir.", "bad_experience"),
        t("Esta tiene doce meses de permanencia, pero con un giga le va a ir todo mucho mejor, el datáfono y el wifi de las clientas."),
        c("Bueno, si de verdad se arregla... ¿cuándo lo cambian?", None),
        t("En tres o cuatro días la llaman para la instalación. Le dejo el contrato preparado y firma usted aquí."),
        c("Vale, pero si no mejora le llamo, ¿eh?", None),
    ],
))

# ---------------------------------------------------------------- d09
OPEN = c("Hola. Vengo por lo del presupuesto del implante, que me lo dieron la semana pasada. Es que... no sé, me lo estoy pensando.", "think_it_over")
PAIRS.append(rpair(
    "esb74r_d09_cadiz_dentista_miedo",
    "Una paciente de Cádiz vuelve a la clínica dental dudando del presupuesto de un implante. Better pregunta qué le hace dudar y descubre el miedo de fondo, y propone un primer paso sin tratamiento; worse trata solo el precio y quita importancia al miedo.",
    [
        OPEN,
        t("Hola, Carmen, siéntate. Claro, es una decisión grande. ¿Qué es lo que te hace dudar? ¿El precio, el tratamiento, otra cosa?"),
        c("El precio también, mil cuatrocientos euros no los tengo así como así. Pero sobre to es que me da pánico el dentista desde chica. Me sudan las manos solo de estar aquí sentá.", "no_money"),
        t("Gracias por contármelo, es mucho más común de lo que crees. ¿Te pasó algo de pequeña?"),
        c("Un dentista del barrio que me sacó una muela sin que me hiciera efecto la anestesia. Desde entonces, ni acercarme.", "bad_experience"),
        t("Lo entiendo perfectamente. Aquí comprobamos que la anestesia ha hecho efecto antes de empezar, y tú levantas la mano y paramos en el momento. Si lo necesitas, hay sedación. El pago se puede repartir en doce meses sin intereses. ¿Qué te parece venir un día solo a conocer a la doctora, sin hacer nada?"),
        c("Eso sí. Si solo es hablar, vengo el martes.", None),
    ],
    [
        OPEN,
        t("Hola, Carmen. Mira, el implante es la mejor solución para tu caso, dura muchísimos años y queda como un diente natural. ¿Qué duda tienes?"),
        c("Pues el precio, que mil cuatrocientos euros no los tengo así como así.", "no_money"),
        t("Lo puedes financiar en doce meses sin intereses, te quedaría en ciento diecisiete al mes. Es lo más cómodo."),
        c("Ya... y también es que me da mucho miedo el dentista, la verdad.", None),
        t("No te preocupes, que con la anestesia no se nota nada, es un tratamiento muy rutinario. Si quieres te doy ya cita para la primera fase."),
        c("Déjame que lo piense otra semana y te llamo.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d10
OPEN = c("Buenas. Quería un aire acondicionado, el que tengan en oferta, que en agosto en Mérida en mi piso no se puede dormir.", None)
PAIRS.append(rpair(
    "esb74r_d10_merida_aire_acondicionado",
    "Un cliente de una tienda de electrodomésticos de Mérida pide el aire acondicionado de oferta. Better pregunta por la habitación, el ruido y si el piso es de alquiler, y evita un problema con el casero; worse vende la oferta tal cual.",
    [
        OPEN,
        t("Buenas. Le enseño la oferta, pero antes, para que no se quede corto: ¿es solo para el dormitorio? ¿Cuántos metros tiene y le da el sol de tarde?"),
        c("Pa el dormitorio. Serán unos catorce metros. Y sí, le pega el sol de poniente toa la tarde, es un horno.", None),
        t("Con catorce metros y sol de poniente, el de oferta, de dos mil frigorías, va justo pero le sirve. Para dormir fíjese en el ruido: este hace veinticuatro decibelios en modo silencio, que es poco. ¿El piso es suyo o de alquiler? Se lo pregunto por la máquina de fuera."),
        c("De alquiler. Uy, no sé si el casero me deja agujerear, no había pensao en eso.", None),
        t("Antes de comprar, pregúntele al casero, y también si la comunidad deja poner máquinas en la fachada. Si no le dejan, tengo uno portátil, que enfría menos y hace más ruido, pero no necesita obra. Le aparto el de oferta hasta el lunes sin pagar nada."),
        c("Pues le llamo esta tarde al casero y el lunes le digo.", "think_it_over"),
    ],
    [
        OPEN,
        t("Buenas. El de oferta es este, de dos mil frigorías, con bomba de calor, A++, por cuatrocientos noventa con la instalación básica. Es el que más vendemos."),
        c("¿Y eso enfría bien un dormitorio? Que le pega el sol de poniente toa la tarde.", None),
        t("Sí, sí, para un dormitorio va sobrado. Y es muy silencioso. ¿Se lo apunto? La instalación sería la semana que viene."),
        c("Cuatrocientos noventa... en la otra tienda lo vi algo más barato, creo.", "too_expensive"),
        t("Nosotros le incluimos la instalación básica y tres años de garantía. Si quiere, se lo dejo apartado hasta mañana."),
        c("Vale, apártemelo, que me paso mañana.", None),
    ],
))

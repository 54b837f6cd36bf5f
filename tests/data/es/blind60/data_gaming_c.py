"""Gaming pairs, file c (hand-written by the esb60 writer)."""
from common import c, t, gpair

PAIRS = []

# ---------------------------------------------------------------- c1 putdown_question
_open = c("Buenas. Os compré hace tres meses la soldadora inverter esa de 200 amperios y se me corta cada dos por tres. Estoy hasta las narices.", None)
PAIRS.append(gpair(
    "esb60g_gijon_soldadora_inverter", "welding and industrial supplies shop, Gijón", "putdown_question",
    "A veteran welder's three-month-old 200 A inverter keeps cutting out on long structural welds.",
    good=[
        _open,
        t("Buenas. Vaya, lo siento, y con trabajo encima. Cuénteme: ¿se corta al rato de estar soldando o nada más empezar? ¿Se enciende alguna luz?"),
        c("Al rato. Sobre todo cuando hago cordones largos con electrodo del cuatro. Se enciende una lucecita amarilla y hasta que no se enfría no vuelve.", None),
        t("La luz amarilla es la protección térmica. Con electrodo del cuatro esa máquina va al límite: a 160 amperios aguanta unos cuatro minutos de cada diez. ¿Qué trabajo está haciendo, estructura, cerrajería?"),
        c("Estructura, unas naves en Tremañes. Cordones largos, sí. El vendedor me dijo que valía pa todo.", None),
        t("Entonces no está averiada, se le queda corta para ese trabajo, y eso se lo tendríamos que haber preguntado al vendérsela. Si quiere cambiarla por una de 250, que aguanta mucho más, son 1.090 y le descontamos los 640 de esta: pagaría 450."),
        c("Cuatrocientos cincuenta más... me parece mucho por una máquina que se supone que ya me tenía que valer.", "too_expensive"),
        t("Lo entiendo. Otra opción sin gastar nada: en los cordones largos pase a electrodo del 3,25, que con esta aguanta bastante más. Tráigala, la revisamos gratis para descartar fallo y lo probamos juntos en el taller."),
        c("Vale, mañana a primera hora se la bajo, que hoy no tengo quien me cubra en la obra.", None),
        t("Perfecto, mañana a las ocho. Y le presto una de 250 para que no pare la obra mientras tanto."),
    ],
    gaming=[
        _open,
        t("Buenas. ¿Y seguro que sabe usar una inverter, o es de los que vienen de las de transformador y la fuerzan? ¿Qué le pasa exactamente?"),
        c("Llevo treinta años soldando, chaval. Se corta al rato, con una luz amarilla.", None),
        t("Ya, treinta años... ¿Y no se le habrá ocurrido leer el manual, verdad? ¿Con qué electrodo la está usando?"),
        c("Del cuatro, pa estructura. Y el manual lo leí, que no soy tonto.", None),
        t("Claro, claro. ¿Y no le parece un poco exagerado venir a quejarse porque salta una protección térmica cuando usted le pide más de lo que da?"),
        c("Lo que me parece es que tu compañero me la vendió diciendo que valía pa todo.", None),
        t("Bueno, eso sería su interpretación, ¿no cree? Si quiere le vendo la de 250, que esa sí aguanta a alguien como usted. Son 1.090."),
        c("¿Mil noventa encima? Tú flipas. Después de la que me colasteis con esta, aquí no os compro ni un electrodo.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- c2 not_my_department_or_read_the_terms
_open = c("Buenos días. Mire, me han cobrado cuarenta euros de comisión de mantenimiento este trimestre y nunca me cobraron nada. Quiero saber qué es esto.", None)
PAIRS.append(gpair(
    "esb60g_vigo_caja_comision", "savings bank branch, Vigo", "not_my_department_or_read_the_terms",
    "A recently retired woman finds a 40-euro maintenance fee on an account that was always free.",
    good=[
        _open,
        t("Buenos días. A ver, déjeme mirarlo con usted. ¿Me deja la libreta o el DNI?... Sí, aquí está, cuarenta euros el día uno. ¿Ha cambiado algo en la cuenta estos meses, la nómina, algún recibo?"),
        c("Pues la nómina... bueno, es que me jubilé en junio, y la pensión me la ingresan en otro banco, que me lo hizo mi hijo por internet.", None),
        t("Ahí está. La cuenta no tenía comisión porque tenía la nómina domiciliada; al dejar de entrar, el sistema empezó a cobrarle el mantenimiento. Nadie le avisó, y eso no está bien. Estos cuarenta se los puedo devolver hoy mismo."),
        c("Hombre, eso ya es otra cosa. Pero si me la van a volver a cobrar, me llevo todo al otro banco y listo.", None),
        t("Es normal que se lo plantee. Para que no se la cobren, o domicilia aquí la pensión, o pasa a la cuenta de mayores de 65, que no tiene comisión si tiene aquí algún recibo, la luz por ejemplo. Y si prefiere llevárselo todo, también le ayudo a hacerlo bien."),
        c("Lo de la pensión lo tengo que hablar con mi hijo, que lo lleva él. La luz sí la tengo aquí.", "think_it_over"),
        t("Entonces con la luz ya le vale la cuenta de mayores. Le hago el cambio ahora, le devuelvo los cuarenta y le doy un papel con todo para que lo vea su hijo."),
        c("Venga, pues hágalo. Gracias, filliña.", None),
        t("A usted. Si su hijo tiene cualquier duda, que me llame a este número."),
    ],
    gaming=[
        _open,
        t("Buenos días. Entiendo perfectamente su malestar. Pero las comisiones las pone la central, yo aquí no tengo nada que ver."),
        c("Pues alguien tendrá que ver. Es mi cuenta de toda la vida y nunca me cobraron nada.", None),
        t("Le comprendo. Todo eso viene en las condiciones del contrato que usted firmó, en la cláusula de comisiones. Le recomiendo leerlo con calma."),
        c("Yo ese contrato lo firmé hace treinta años, hija. ¿Y qué cambió ahora?", None),
        t("Pues no le sabría decir, eso es cosa del departamento de productos. Yo solo le puedo dar el teléfono de atención al cliente."),
        c("Yo no quiero un teléfono, quiero que alguien me explique por qué me quitan cuarenta euros.", None),
        t("Lo siento, pero yo no pongo las normas. Si quiere, ahí tiene el buzón de reclamaciones, a la derecha de la puerta."),
        c("Pues allí voy. Y después vengo a cancelar la cuenta.", None),
    ],
))

# ---------------------------------------------------------------- c3 social_proof_or_deadline_pressure
_open = c("¿Sí? Mira, si vienes a vender algo, que estoy montando la barra y abrimos en media hora.", "no_time")
PAIRS.append(gpair(
    "esb60g_bilbao_alarma_bar", "security alarm company, door-to-door in Bilbao's Casco Viejo", "social_proof_or_deadline_pressure",
    "An alarm salesperson walks into a bar half an hour before opening; the owner has a heavy shutter, insurance and no break-ins in twenty years.",
    good=[
        _open,
        t("Vengo a vender, sí, alarmas, no te voy a engañar. Si no es momento vuelvo otro día. Solo una pregunta rápida: ¿tenéis ya algo de seguridad en el bar?"),
        c("Persiana de las gordas y el seguro del local. En veinte años no nos han entrado nunca, oye.", "no_need"),
        t("Pues muy buena señal, entonces seguramente ahora no os haga falta. Si algún día cambia algo, una reforma, o que el seguro os pida alarma, que a veces lo piden al renovar, aquí tienes mi tarjeta."),
        c("Eso del seguro no lo sabía. ¿Cuándo lo piden?", None),
        t("Algunas aseguradoras lo ponen de condición cuando el local tiene máquina de tabaco o mucho género. Míralo en la póliza cuando renueves, y si te lo piden, me llamas y te hago un presupuesto sin compromiso."),
        c("Vale, el seguro lo renuevo en marzo. Déjame la tarjeta ahí en la barra.", None),
        t("Ahí te la dejo. Te doy un toque a finales de febrero por si acaso, ¿vale? Venga, que tengáis buen servicio."),
        c("Venga, agur, y gracias por no darme la chapa.", None),
    ],
    gaming=[
        _open,
        t("¡Aupa! Será un minuto. Te cuento: en las Siete Calles ya hemos puesto alarma en casi todos los bares, el de la esquina, el de enfrente, los de Somera... ¿Qué te haría sentir más tranquilo por las noches?"),
        c("Yo duermo tranquilo, majo. Persiana gorda y seguro, y en veinte años no nos han entrado.", "no_need"),
        t("Ya, ya, eso dicen todos hasta que les entran. Esta semana han entrado en dos locales de la calle Ledesma, ¿lo has oído? Mira, tenemos una promoción de instalación gratis que solo dura hasta hoy a las ocho."),
        c("Pues hoy a las ocho estoy con la barra llena. No tengo tiempo para esto ahora, de verdad.", "no_time"),
        t("Por eso te lo digo, que luego no vas a poder. Tus vecinos ya han firmado, ¿vas a ser el único bar de la calle sin alarma? Son 39 al mes."),
        c("Treinta y nueve al mes por algo que no me hace falta es tirar el dinero. Y lo que hagan mis vecinos me trae sin cuidado.", "too_expensive"),
        t("Bueno, piénsalo, pero mañana ya no está el precio. ¿Te dejo el contrato y lo firmas cuando acabes?"),
        c("No me dejes nada. Agur.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c4 keyword_stuffed
_open = c("Hola, buenas. Mire, la profe de la niña dice que entorna los ojos para ver la pizarra, y hace solo un año que le pusimos gafas. ¿Puede ser que ya le haya subido?", None)
PAIRS.append(gpair(
    "esb60g_coruna_optica_miopia_nena", "optician, A Coruña", "keyword_stuffed",
    "A mother whose eight-year-old's myopia seems to be rising asks for a check; both parents are short-sighted.",
    good=[
        _open,
        t("Hola. Sí, puede ser, a esa edad la miopía suele subir. ¿Cuántos años tiene y cuánto tenía el año pasado? Si se la hicimos aquí, lo miro en la ficha."),
        c("Tiene ocho, Uxía Castro. Se la hicisteis aquí, sí. Y yo también soy miope, y su padre, los dos con bastante.", None),
        t("Aquí está: una y cuarto el año pasado. Con los dos padres miopes es normal que suba. Le hago la graduación ahora, y mientras, cuénteme: ¿cuánto rato pasa con pantallas y cuánto al aire libre, más o menos?"),
        c("Pantallas, pues la tablet un rato por la tarde... bueno, bastante, la verdad. Y al aire libre poco, con lo que llueve en Coruña, jaja.", None),
        t("Ha subido a una y tres cuartos, medio punto en un año. Hay lentes especiales para frenar la subida en niños; funcionan en parte, no hacen milagros, y cuestan unos 290 frente a 120 las normales. Y ayuda mucho que pase dos horas al día fuera, aunque esté nublado."),
        c("Doscientos noventa... ¿y eso cada año? Con la hipoteca y todo ahora mismo no sé si podemos.", "no_money"),
        t("Cada vez que cambie la graduación, sí. Por eso, antes de decidir, que la vea la oftalmóloga pediátrica, la del CHUAC o la suya, y con su opinión deciden. Mientras, le pongo lentes normales con la graduación nueva, que eso lo necesita ya."),
        c("Vale, pues las normales de momento, y lo otro lo consulto con la oftalmóloga y con mi marido.", "think_it_over"),
        t("Perfecto. Las tiene el jueves, y le dejo apuntado en la ficha lo de las lentes especiales para hablarlo cuando vuelvan."),
    ],
    gaming=[
        _open,
        t("¡Hola! Gracias por confiar en nosotros. Para nosotros lo más importante es entender las necesidades visuales de tu hija y que viva una experiencia visual de éxito. ¿Cómo sientes que está viendo?"),
        c("Pues mal, por eso vengo. La profe dice que entorna los ojos.", None),
        t("Te entiendo perfectamente, y entiendo lo que sientes como madre. Lo que escucho es que buscas lo mejor para ella, y nuestra relación con cada familia se basa en entender esa necesidad. ¿Qué esperas de esta experiencia?"),
        c("Que me digáis si le ha subido la graduación, nada más. ¿Le podéis mirar la vista o no?", None),
        t("Por supuesto. Nuestro compromiso es acompañaros en todo el recorrido visual de vuestra hija. Sentimos que las lentes de control de miopía son la solución de éxito para las familias que valoran su salud visual. ¿Cómo te hace sentir eso?"),
        c("Me hace sentir que no me estás contando nada. ¿Cuánto cuestan esas lentes, por lo menos?", None),
        t("Entiendo tu necesidad de información. Lo importante es el valor que aportan a vuestra experiencia. Son 290, una inversión en su futuro. ¿Qué más puedo hacer para que te sientas escuchada?"),
        c("Pues mira, ya me lo pienso. Primero que la vea la oftalmóloga y luego si eso vuelvo.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- c5 rude
_open = c("Hola, buenas. Quería reservar pa el sábado que viene, pa cena, somos catorce, ye una cena de jubilación.", None)
PAIRS.append(gpair(
    "esb60g_oviedo_sidreria_grupo", "cider house (sidrería), Oviedo", "rude",
    "A woman phones to book dinner for fourteen for a colleague's retirement; one guest is coeliac and the retiree uses a wheelchair.",
    good=[
        _open,
        t("Hola, buenas. Enhorabuena al jubilado. El sábado a la cena, catorce... tengo el comedor de arriba o la mesa larga de abajo. ¿Hay alguien que necesite algo especial, alguna alergia, alguien con movilidad reducida?"),
        c("Pues mira, una compañera es celíaca, y el jubilado va en silla de ruedas desde que lo operaron de la cadera.", None),
        t("Entonces abajo, que arriba hay escaleras y no hay ascensor. Para la celíaca, la cocina puede hacer el pixín y la carne sin harina, y tenemos pan sin gluten. ¿Pensáis en menú cerrado o a la carta?"),
        c("Menú mejor, pero que no pase de cuarenta por cabeza, que hay gente que no anda muy boyante.", None),
        t("Tengo uno de 35 con entrantes para compartir, pixín o cachopo, postre y sidra o vino. Y la tarta de la jubilación la podéis traer vosotros, no os cobramos por sacarla."),
        c("Treinta y cinco está bien. Pero déjame que lo mire con los compañeros, que igual alguno prefiere a la carta.", "think_it_over"),
        t("Claro. Os guardo la mesa de abajo hasta el miércoles a mediodía; me llamas y me confirmas número y menú. ¿A nombre de quién la pongo?"),
        c("De Marisa, Marisa Fernández. Gracias, ho, muy amable.", None),
        t("A ti, Marisa. Hasta el miércoles."),
    ],
    gaming=[
        _open,
        t("¿Catorce? ¿Para este sábado? Pues sí que avisáis con tiempo, ¿eh? ¿Qué queréis?"),
        c("Hombre, ye una semana. Y una compañera es celíaca y el jubilado va en silla de ruedas.", None),
        t("Buf. A ver, esto es una sidrería, no un hospital. Lo de la celíaca ya veremos qué se le hace, y la silla pues abajo, si cabe."),
        c("Oye, tampoco hace falta hablar así. ¿Tenéis menú de grupo o no?", None),
        t("Menú de 45, sin cambios, y la tarta, si la traéis, son cinco euros por cabeza por sacarla. Lo tomas o lo dejas, que tengo el teléfono sonando."),
        c("Cuarenta y cinco más cinco de la tarta... ye una pasada pa lo que ye.", "too_expensive"),
        t("Pues busca otra cosa, que reservas de grupo tengo de sobra. ¿Algo más o qué?"),
        c("Nada más. Ya buscamos otro sitio, tranquilo, que el jubilado te lo agradece.", None),
    ],
))

# ---------------------------------------------------------------- c6 ignored_customer
_open = c("Arratsalde on. Venimos a mirar coches, que con los gemelos y la amona viviendo en casa ya no cabemos en el Megane.", None)
PAIRS.append(gpair(
    "esb60g_donostia_coche_siete_plazas", "car dealer, Donostia", "ignored_customer",
    "A father of three-year-old twins, with his 82-year-old mother-in-law at home, needs seven seats and drives 160 km of motorway a day.",
    good=[
        _open,
        t("Arratsalde on. Vaya, cambio de familia, ¿eh? ¿Cuántos sois cuando vais todos juntos, y los gemelos qué edad tienen?"),
        c("Cinco: mi mujer, yo, los dos críos de tres años con sus sillas, y la amona, que tiene ochenta y dos. Y ella no se puede sentar en la tercera fila, que no dobla bien la rodilla.", None),
        t("Importante eso. Entonces siete plazas, pero con la amona delante o en la segunda fila, junto a las dos sillas. ¿Qué uso le dais, ciudad, carretera?"),
        c("Yo voy a Pamplona todos los días a trabajar, ochenta kilómetros de autovía de ida. Y enchufe en el garaje tengo, eso sí.", None),
        t("Con 160 kilómetros diarios de autovía, un eléctrico puro de siete plazas os saldría caro y justo de autonomía en invierno. Un híbrido enchufable os hace la ciudad en eléctrico y la autovía en gasolina. Tengo uno de siete plazas con tres asientos independientes en la segunda fila, en 44.000."),
        c("Cuarenta y cuatro mil es mucho. Habíamos quedado en no pasar de treinta y cinco.", "no_money"),
        t("Entonces en nuevo no llego. Tengo un seminuevo del mismo, de 2022, con 30.000 kilómetros, en 34.500. ¿Queréis traer a la amona el sábado para que pruebe a subir y bajar, que eso es lo que de verdad importa?"),
        c("Lo de que suba la amona es buena idea, sí. El sábado por la mañana venimos todos.", None),
        t("Perfecto, el sábado a las once. Os lo tengo preparado con las dos sillas ya puestas, para que lo veáis tal cual."),
    ],
    gaming=[
        _open,
        t("Arratsalde on. Cuénteme, ¿qué busca en su próximo coche?"),
        c("Siete plazas, que somos cinco con los gemelos y la amona. Y la amona no puede ir atrás del todo, que no dobla la rodilla.", None),
        t("Perfecto. Pues mire este, el eléctrico compacto, que es lo que más se lleva ahora en Donostia. ¿Qué uso le dan al coche?"),
        c("Es que ese tiene cinco plazas. Y yo voy a Pamplona todos los días, ochenta kilómetros de ida por autovía.", None),
        t("Genial. Este tiene 350 kilómetros de autonomía, de sobra para ciudad. Y el maletero es muy amplio para la compra. ¿Algo más que le preocupe?"),
        c("Me preocupa que no quepamos, ya se lo he dicho. Y a cuánto sale.", None),
        t("Está en 41.000, y con el Plan Moves se queda en menos. ¿Se lo reservo? Que es el más vendido del mes."),
        c("Cuarenta y un mil por un coche en el que no cabemos... no, gracias, ese no nos sirve. Vámonos, Ane, que aquí no escuchan.", "no_need"),
    ],
))

# ---------------------------------------------------------------- c7 repeated_questions
_open = c("hola buenas, queria pedir cita pa mi madre, tiene 84 años y la dentadura postiza le hace llagas. solo puedo llevarla por la tarde q trabajo de mañana", None)
PAIRS.append(gpair(
    "esb60g_gijon_dentista_dentadura", "dental clinic reception (WhatsApp), Gijón", "repeated_questions",
    "A daughter who works mornings asks by WhatsApp for an afternoon appointment for her 84-year-old mother, whose denture causes sores.",
    good=[
        _open,
        t("Hola! Claro. ¿Me dices el nombre de tu madre y si es paciente nuestra? Y la dentadura, ¿se la hicimos aquí?"),
        c("Rosario Menendez. si, es paciente, la dentadura se la hicieron ahi hace 5 años", None),
        t("La veo. Con llagas conviene que la vea la doctora pronto; puede que solo haya que rebasarla. Tengo el martes a las 17:30 o el jueves a las 18:00. ¿Alguna os va bien?"),
        c("el martes tengo reunion en el curro hasta las 6, no llego. el jueves a las 6 si", "no_time"),
        t("Apuntada el jueves a las 18:00. Un rebase suele costar unos 90 euros, te lo digo para que no os pille de sorpresa; la doctora lo confirma al verla."),
        c("vale gracias. 90 bueno, si hay q hacerlo se hace. y mientras tanto q hace con las llagas", None),
        t("Que se la quite por la noche y algún rato durante el día si puede, y enjuagues con agua templada y sal. Si se le inflama mucho o tiene fiebre, llámanos y la vemos antes."),
        c("perfecto, muchas gracias de verdad", None),
        t("A ti. El miércoles te mando un recordatorio por aquí."),
    ],
    gaming=[
        _open,
        t("Hola! Claro, para ayudarte mejor: ¿cuál es el motivo de la consulta?"),
        c("lo q te dije, la dentadura postiza le hace llagas", None),
        t("Entiendo. ¿Y qué es exactamente lo que le ocurre a tu madre?"),
        c("q le hace llagas la dentadura. tiene 84 años. necesito cita por la tarde", None),
        t("Vale. Y cuéntame un poco más, ¿qué síntomas tiene, qué le está pasando?"),
        c("LLAGAS. por favor dame cita por la tarde q tengo q volver al trabajo", None),
        t("Perfecto, gracias por tu paciencia. Para asegurarme de que lo entiendo bien, ¿el problema es con los dientes o con otra cosa? Tengo hueco el martes a las 10 de la mañana."),
        c("por la mañana trabajo, te lo dije al principio. a las 10 imposible. da igual, llamo a otra clinica", "no_time"),
    ],
))

# ---------------------------------------------------------------- c8 wrong_paraphrase
_open = c("Buenas, soy Iria, de compras de Conservas do Berbés. Queremos sacar una línea pequeña de zamburiñas y necesitaría estuches de cartón impresos, una tirada cortita.", None)
PAIRS.append(gpair(
    "esb60g_vigo_estuches_zamburinas", "printed packaging supplier to canneries, Vigo", "wrong_paraphrase",
    "A cannery buyer needs 5,000 printed cartons for a trial line of scallops in six weeks, on a fixed budget.",
    good=[
        _open,
        t("Buenas, Iria. ¿Cuántas unidades pensáis y para cuándo las necesitáis en fábrica?"),
        c("Cinco mil, para probar en El Corte Inglés y en tiendas gourmet. Para dentro de seis semanas, que la presentamos en la feria.", None),
        t("Cinco mil en seis semanas se puede. ¿El estuche es para la lata RO-120, como la de vuestros mejillones, o cambia el formato?"),
        c("El mismo formato, RO-120. Cambia el diseño, que ya lo tenemos de la agencia. Y ojo, que el año pasado con otro proveedor los colores salieron fatal, el azul parecía gris.", "bad_experience"),
        t("Entonces te propongo una prueba de color impresa en nuestro cartón antes de tirar, y la apruebas tú en mano. Con cinco mil, la unidad sale a 0,21; con diez mil bajaría a 0,14, pero no te lo recomiendo si es una prueba."),
        c("Cero veintiuno se nos va de lo presupuestado, habíamos calculado quince céntimos.", "no_money"),
        t("Si quitáis el barniz brillo y se queda en mate, baja a 0,17. Te mando las dos opciones por escrito con los plazos de la prueba de color, y lo veis con dirección."),
        c("Vale, mándamelo hoy si puedes, que el jueves tenemos reunión.", None),
        t("Hoy antes de las seis lo tienes en el correo."),
    ],
    gaming=[
        _open,
        t("Buenas, Iria. Cuéntame, ¿qué necesitáis?"),
        c("Estuches impresos para una línea nueva de zamburiñas: cinco mil, formato RO-120, para dentro de seis semanas.", None),
        t("Perfecto, entonces si te he entendido bien, queréis cambiar la imagen de toda la marca y necesitáis unos cincuenta mil estuches, ¿correcto?"),
        c("No, no. Cinco mil, y solo para las zamburiñas. Lo demás se queda como está.", None),
        t("Vale, o sea que lo urgente es tenerlo para la semana que viene y que el precio da igual porque es para la feria, ¿es así?"),
        c("Para dentro de seis semanas, y el precio no da igual para nada, que tenemos el presupuesto cerrado.", "no_money"),
        t("Entendido, entonces lo que me dices es que queréis el acabado premium con estampación en oro para destacar en El Corte Inglés. Te preparo presupuesto con eso, ¿te parece?"),
        c("Yo no he dicho nada de oro. Mira, mándame algo por correo y ya veremos.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c9 pitch_to_upset
_open = c("¡Oiga! Llamo de la ganadería Casa Pachón, en Tineo. Desde que me trajeron la carga nueva de pienso tengo tres vacas con diarrea y una que no se levanta. ¡El veterinario dice que puede ser del pienso!", None)
PAIRS.append(gpair(
    "esb60g_tineo_pienso_vacas_enfermas", "animal feed manufacturer, call from a dairy farm in Tineo, Asturias", "pitch_to_upset",
    "An angry farmer has sick cows after a new batch of feed; the vet suspects the feed.",
    good=[
        _open,
        t("Lo siento mucho, eso es muy serio. Vamos a actuar ya. ¿Me dice la fecha de la entrega o el número de lote que viene en el albarán?"),
        c("Fue el martes, el lote... espere... 23-118. Y la que no se levanta ye la mejor que tengo, me cago en la mar.", None),
        t("Lote 23-118, martes. Primero: deje de dar ese pienso ya; hoy le llevamos otro lote distinto sin coste para que el ganado no se quede sin comer. Segundo: mando al técnico esta tarde a coger muestras para el laboratorio. ¿El veterinario ha cogido ya alguna?"),
        c("Sí, cogió sangre y heces. Pero a mí lo que me importa ye la vaca, ho, que si se me muere, ¿quién me la paga?", None),
        t("Lo entiendo. No le voy a prometer nada antes de tener el análisis, pero si sale que es del pienso, lo cubre nuestro seguro y se lo tramito yo personalmente. Guarde el albarán y los sacos que queden, que son la prueba."),
        c("Más vale. Que con otro proveedor ya me pasó una cosa parecida y al final dijeron que la culpa era mía.", None),
        t("Por eso mismo lo vamos a hacer en un laboratorio independiente, y usted tendrá copia del resultado. El técnico, Rubén, le llama en media hora para decirle a qué hora llega."),
        c("Bueno. Que venga, que aquí estoy.", None),
        t("Y si la vaca empeora antes, llame a su veterinario sin esperar a nadie; esa factura también la guardamos en el expediente."),
    ],
    gaming=[
        _open,
        t("Buenas. Entiendo perfectamente su frustración, de verdad. Cuénteme, ¿qué pienso les está dando?"),
        c("¡El vuestro! El Vacuno Leche 18 de siempre, la carga del martes. Tengo una vaca que no se levanta.", None),
        t("Vale. Mire, precisamente para estos casos tenemos el Vacuno Leche Premium, con secuestrante de micotoxinas y levaduras. Son solo treinta euros más por tonelada y le da tranquilidad."),
        c("¿Me estás vendiendo otro pienso? ¡Que se me está muriendo una vaca por el vuestro, ho!", None),
        t("Le entiendo. Pero piense que con el Premium esto no le habría pasado. Si quiere le mando la primera carga mañana y le hago un 5% por ser cliente de tantos años."),
        c("No quiero ningún pienso vuestro, ni premium ni nada. Ya me la habéis jugado una vez.", "bad_experience"),
        t("Siento que lo vea así. ¿Quiere entonces que le pase con el departamento comercial para que le hagan una oferta mejor?"),
        c("¡Quiero que venga alguien a ver la vaca, coño! Voy a llamar a la OCA y al veterinario, y luego ya hablaremos.", None),
    ],
))

# ---------------------------------------------------------------- c10 blame
_open = c("Kaixo, mira, estoy fatal. Me llegó un SMS del banco, bueno, que parecía del banco, metí los datos y me han quitado mil doscientos euros de la cuenta.", None)
PAIRS.append(gpair(
    "esb60g_bilbao_banco_smishing", "bank branch, Bilbao", "blame",
    "A customer fell for a fake bank SMS and lost 1,200 euros this morning.",
    good=[
        _open,
        t("Kaixo. Vale, tranquila, vamos a ello ahora mismo. Lo primero: ya te he bloqueado la tarjeta y el acceso a la banca online. ¿Cuándo pasó y qué metiste, el número de tarjeta, la clave, algún código que te llegó?"),
        c("Esta mañana, a las nueve o así. Metí el número de la tarjeta y luego un código que me llegó por SMS. Qué tonta he sido, ene.", None),
        t("No eres tonta; esos mensajes están hechos para engañar a cualquiera, aparecen en el mismo hilo que los nuestros. Veo dos cargos de 600 a las 9:14. Ponemos ahora la reclamación por operación no autorizada, y necesito que presentes denuncia en la Ertzaintza y me traigas copia."),
        c("¿Denuncia? Uf, hoy trabajo hasta las ocho, no sé cuándo voy a poder ir.", "no_time"),
        t("La denuncia se puede empezar online en la web de la Ertzaintza y luego solo firmar; con que me la mandes esta semana vale. Te soy sincera: el banco tiene que estudiar el caso, suele tardar unas semanas y no te puedo garantizar el resultado, pero te ayudo con todo el papeleo."),
        c("Vale. ¿Y la tarjeta nueva me la cobráis? Que encima...", None),
        t("No, la reposición por fraude no tiene coste. Te llega a casa en cinco días, y mientras puedes sacar con el DNI en ventanilla. Te mando ahora por escrito el número de reclamación y los pasos."),
        c("Gracias, de verdad. Me has quitado un peso de encima.", None),
    ],
    gaming=[
        _open,
        t("Kaixo. Vamos a ver, ¿tú no sabes que el banco nunca pide datos por SMS? Eso lo ponemos en todas partes."),
        c("Ya, pero es que venía en el mismo hilo que los mensajes vuestros de siempre.", None),
        t("Ya, pero eso no es culpa nuestra. Si tú metes el código, para el banco la operación está autorizada por ti. ¿Entiendes lo que te quiero decir?"),
        c("¿Me estás diciendo que me quedo sin los mil doscientos euros?", None),
        t("Te digo que lo normal en estos casos es que el cliente asuma su negligencia. Has sido muy descuidada. Si quieres puedes reclamar, pero ya te adelanto que..."),
        c("¿Descuidada? Oye, que la víctima soy yo. A una amiga le pasó lo mismo en otro banco y se lo devolvieron en una semana.", None),
        t("Cada banco es un mundo. Te bloqueo la tarjeta; la reposición son diez euros. Y la próxima vez ten más cuidado."),
        c("Diez euros encima. Esta misma semana me llevo la nómina a otro banco, ya te lo digo.", None),
    ],
))

"""Gaming pairs, file b (written by hand). Kinds 11-15, then 1-5."""
from common import c, gpair, t

# b01 ignored_customer: primera hipoteca, banco en Jaén
B01 = c("Hola, buenas. Mi pareja y yo estamos mirando un piso en el Bulevar y queríamos saber qué hipoteca nos podríais "
        "dar. Es la primera vez que hacemos esto, así que vamos un poco perdíos.", None)

# b02 repeated_questions: programa de stock para una tienda de aceite de Baeza
B02 = c("Buenas, le llamo por el anuncio ese del programa pa tiendas. Tengo una tienda de aceite y productos de aquí en "
        "Baeza y estoy hasta el gorro de llevar el stock en una libreta.", None)

# b03 wrong_paraphrase: ortodoncia para una niña, clínica dental en Cádiz
B03 = c("Buenas. Vengo por mi niña, que tiene trece años y el dentista del centro de salud dice que tiene la mordida "
        "cruzá y que la tiene que ver un ortodoncista.", None)

# b04 pitch_to_upset: cambio de titular de la luz por fallecimiento, Plasencia
B04 = c("Buenos días... mire, llamo porque mi marido falleció hace tres semanas y la luz está a su nombre. Me han dicho "
        "que tengo que cambiarla, pero yo no sé ni por dónde empezar.", None)

# b05 blame: lavadora que pierde agua, tienda de electrodomésticos en Huelva
B05 = c("Hola, buenas. La lavadora que os compré en marzo está echando agua por abajo, el otro día me encontré la cocina "
        "encharcá. Está en garantía, ¿no?", None)

PAIRS = [
    gpair(
        "esb55g_jaen_primera_hipoteca",
        "oficina bancaria, Jaén capital",
        "ignored_customer",
        "Una pareja joven pide información para su primera hipoteca; ella es maestra interina y quieren tipo fijo porque "
        "los padres de él lo pasaron mal con una variable.",
        good=[
            B01,
            t("Hola, bienvenidos. Pues vamos paso a paso. ¿Cuánto cuesta el piso y cuánto tenéis ahorrado para la entrada "
              "y los gastos?"),
            c("El piso son ciento cuarenta mil. Ahorrado tenemos unos treinta mil entre los dos, y mis padres nos dejan algo "
              "si hace falta.", None),
            t("Vale. Con ciento cuarenta, entre entrada y gastos de compra os harán falta unos cuarenta y dos mil, así que "
              "os faltarían unos doce. ¿Y de trabajo cómo estáis?"),
            c("Él es fijo en una empresa de Linares. Yo soy maestra interina, y eso es lo que me da miedo, que no sé dónde "
              "me mandan el año que viene.", None),
            t("Es una preocupación lógica. Con él fijo y tú interina con años de servicio se puede estudiar, pero la cuota "
              "tiene que caberos aunque un verano cobréis solo su sueldo. ¿Y qué preferís, fijo o variable?"),
            c("Fijo, fijo. Que los padres de él tuvieron variable cuando subió el euríbor y lo pasaron fatal.", None),
            t("Entendido, fijo. Os preparo una simulación a tipo fijo a veinticinco y a treinta años, con la cuota calculada "
              "sobre su sueldo solo, para que veáis si os llega en el peor caso. Traedme las tres últimas nóminas y la vida "
              "laboral de los dos. ¿Os viene bien el jueves?"),
            c("El jueves no podemos, yo salgo a las tres y él está de turno de tarde. El viernes sí.", "no_time"),
            t("Pues el viernes a las diez y media. Y hablad con tus padres cuánto os pueden dejar, que cambia mucho los "
              "números."),
            c("Vale, esta noche cenamos con ellos y se lo preguntamos. El viernes nos vemos.", None),
        ],
        gaming=[
            B01,
            t("Hola, bienvenidos. ¿Qué es lo más importante para vosotros en una hipoteca?"),
            c("Pues que sea a tipo fijo, que los padres de él tuvieron variable y lo pasaron fatal con el euríbor. Y que la "
              "cuota sea tranquila, que yo soy interina.", None),
            t("Perfecto. Os cuento: ahora mismo lo mejor que tenemos es la Hipoteca Variable Joven, euríbor más cero "
              "ochenta, que con el euríbor como está sale buenísima. ¿Cuánto tenéis ahorrado?"),
            c("¿Variable? Si te acabo de decir que fijo. Ahorrado tenemos treinta mil.", None),
            t("Genial. Para que la variable os salga aún mejor, tendríais que domiciliar las dos nóminas y contratar el "
              "seguro de hogar, el de vida y la tarjeta. ¿Y de trabajo cómo estáis?"),
            c("Él fijo en Linares, yo interina, que es lo que me preocupa, que no sé dónde me mandan el curso que viene.",
              None),
            t("Estupendo, con eso vamos sobrados. Os meto los seguros y la variable a treinta años, que la cuota se queda en "
              "seiscientos veinte. ¿Os preparo la oferta?"),
            c("A ver, que no nos estás escuchando. Fijo, y una cuota que podamos pagar si yo me quedo sin cole un verano. Lo "
              "vamos a mirar en otro banco.", "think_it_over"),
            t("Claro, comparad, pero esta oferta es solo este mes. ¿Algo más en lo que os pueda ayudar?"),
            c("Que no. Que llevas todo el rato con la variable sin escucharnos. Vámonos, Rafa.", None),
        ],
    ),
    gpair(
        "esb55g_baeza_programa_stock",
        "empresa de software para comercios, Málaga; cliente: tienda de aceite en Baeza (Jaén)",
        "repeated_questions",
        "El dueño de una tienda de aceite y productos locales llama por un anuncio de programa de gestión; lleva el stock "
        "en una libreta y vendió unas cajas que no tenía.",
        good=[
            B02,
            t("Buenas, encantada. ¿Qué es lo que más le complica ahora mismo con la libreta: saber lo que le queda, los "
              "pedidos, la facturación...?"),
            c("Saber lo que me queda. El otro día vendí seis cajas de picual a un alemán y luego resulta que no las tenía, "
              "me tuve que ir corriendo a la almazara.", None),
            t("Vaya. ¿Cuántos productos distintos lleva, más o menos, y vende solo en mostrador o también a distancia?"),
            c("Unos ochenta productos, entre aceites, patés, jabones... Por internet no, pero me piden por whatsapp turistas "
              "que ya han venío, y se lo mando por mensajería.", None),
            t("Vale, entonces lo que le hace falta es controlar unos ochenta productos, tanto lo del mostrador como lo que "
              "manda por whatsapp. El programa básico hace eso: cada venta descuenta del stock y le avisa cuando algo baja "
              "de lo que usted diga. Son veinticinco euros al mes. La tienda online no la necesita de momento."),
            c("¿Veinticinco al mes? Yo pensaba que esto se compraba una vez y ya está. Eso al año son trescientos euros.",
              "too_expensive"),
            t("Sí, es mensual porque incluye las actualizaciones y el soporte por teléfono, que al principio lo va a usar. Le "
              "propongo una cosa: un mes gratis, le ayudo a meter los ochenta productos en una videollamada, y si a final de "
              "mes no le ahorra disgustos, lo da de baja, sin permanencia."),
            c("Bueno, eso ya me suena mejor. Pero tendría que ser un lunes, que es cuando cierro por la tarde.", None),
            t("Perfecto, el lunes que viene a las cinco. Tenga a mano la libreta y la lista de precios."),
            c("Allí estaré. Bueno, aquí, en la trastienda, con mi libreta y mis gafas.", None),
        ],
        gaming=[
            B02,
            t("Buenas, encantada. Para entender bien su necesidad: ¿qué productos vende en su tienda?"),
            c("Aceite sobre to, picual de aquí, y luego patés, jabones, cosas de la tierra. Unos ochenta productos.", None),
            t("Muy interesante. ¿Y cuántas referencias diría usted que tiene en total?"),
            c("Pues eso, ochenta, ya se lo he dicho. El problema es que vendí seis cajas de picual a un alemán que no tenía "
              "y me tuve que ir corriendo a la almazara.", None),
            t("Entiendo. ¿Y cuál diría que es su principal reto ahora mismo con la gestión?"),
            c("Pues lo que le acabo de contar, saber lo que me queda. ¿Esto cuánto cuesta?", None),
            t("Enseguida llegamos. Antes, para asegurarme: ¿cuál es el volumen de su catálogo, cuántos artículos maneja?"),
            c("Mire, ochenta. Ochenta. ¿Me va a preguntar lo mismo otra vez? Yo tengo la tienda abierta y esto me está "
              "quitando la mañana.", "no_time"),
            t("Disculpe. Y, para terminar de entenderle, ¿qué es lo que más le preocupa de su día a día en la tienda?"),
            c("Que me hagan perder el tiempo. Mándeme un folleto al correo, si eso.", "brush_off"),
        ],
    ),
    gpair(
        "esb55g_cadiz_ortodoncia_nina",
        "clínica dental, Cádiz capital",
        "wrong_paraphrase",
        "Un padre que trabaja en el puerto pregunta por ortodoncia para su hija de trece años, que no quiere llevar "
        "hierros en el instituto; el dinero le preocupa.",
        good=[
            B03,
            t("Buenas. Claro. ¿Le dieron algún informe en el centro de salud? ¿Y a ella le molesta algo, le duele al "
              "masticar, o es más por cómo se ve?"),
            c("Informe no, solo me lo dijo. Doler no le duele, pero la niña está mu preocupá porque no quiere ir con hierros "
              "al instituto, que se ríen de ella.", None),
            t("Es muy normal a esa edad. Lo primero es una primera visita con el ortodoncista, con radiografías, que es la "
              "que dice qué tratamiento hace falta: a veces se puede con alineadores transparentes y a veces no. Esa visita "
              "son cuarenta euros y se descuentan si hace el tratamiento aquí."),
            c("Vale. ¿Y luego el tratamiento de qué estamos hablando? Que yo trabajo en el puerto y lo de los transparentes "
              "me han dicho que vale un dineral.", None),
            t("Depende de lo que salga. Orientativo: los brackets metálicos rondan los dos mil cuatrocientos, los estéticos, "
              "que son blancos y se notan poco, unos dos mil ochocientos, y los alineadores desde tres mil quinientos. Todo "
              "se puede pagar en mensualidades mientras dura el tratamiento."),
            c("Tres mil quinientos no lo puedo pagar ni a plazos, te lo digo ya. Lo de los blancos a lo mejor sí.",
              "no_money"),
            t("Me parece muy sensato. Pues que la vea primero el doctor, y si le sirven los estéticos, se lo presupuestamos "
              "así. ¿Le va bien una tarde de la semana que viene, para que no pierda clase?"),
            c("El miércoles por la tarde. Ella sale del instituto a las tres.", None),
            t("Miércoles a las cinco, apuntada. Que venga ella también con sus preguntas, que el tratamiento es suyo."),
            c("Se lo digo, que ella tiene mil preguntas. Venga, gracias.", None),
        ],
        gaming=[
            B03,
            t("Buenas. ¿Qué es lo que más os preocupa de la sonrisa de la niña?"),
            c("Doler no le duele. Pero no quiere ir con hierros al instituto, que se ríen de ella. Y yo trabajo en el "
              "puerto, tampoco puedo tirar la casa por la ventana.", None),
            t("Vale, entonces lo que me dices es que queréis lo mejor y que el dinero no es problema, ¿lo he entendido bien?"),
            c("No, no, yo no he dicho eso. He dicho que no puedo tirar la casa por la ventana.", None),
            t("Perfecto. Y por lo que me cuentas, ya tenéis claro que queréis alineadores invisibles, que son tres mil "
              "quinientos, ¿correcto?"),
            c("Que no, hombre. Yo no sé lo que necesita, por eso vengo. Y tres mil quinientos no lo puedo pagar ni a plazos.",
              "no_money"),
            t("Claro. Entonces, si te entiendo bien, lo que buscas es empezar cuanto antes, así que te la apunto mañana a "
              "las diez para la primera fase."),
            c("¿Mañana a las diez? Si tiene instituto. Mira, déjalo, que me lo voy a pensar y pido cita en otro lao.",
              "think_it_over"),
            t("Entendido, o sea que te viene mejor por la tarde. ¿El jueves a las seis, y ya dejamos pagada la primera fase?"),
            c("Que no te estoy diciendo eso. Adiós.", None),
        ],
    ),
    gpair(
        "esb55g_plasencia_titular_luz_viuda",
        "comercializadora eléctrica, atención telefónica; clienta en Plasencia (Cáceres)",
        "pitch_to_upset",
        "Una viuda reciente llama para poner la luz a su nombre; su marido llevaba todos los papeles y ella está "
        "desbordada.",
        good=[
            B04,
            t("Buenos días. Lo siento mucho, de verdad. No se preocupe, que lo hacemos juntas y con calma. ¿Cómo se llama "
              "usted?"),
            c("Encarna. Es que él llevaba todos los papeles, yo de esto no sé ná.", None),
            t("Encarna, es muy normal. El cambio de titular por fallecimiento no cuesta nada y no le cortan la luz mientras "
              "tanto. Solo hace falta su DNI, el certificado de defunción y una cuenta para los recibos. ¿Tiene el "
              "certificado a mano, o lo tiene alguien?"),
            c("Lo tiene mi hija, que vive en Cáceres. Ella viene el fin de semana.", None),
            t("Pues no corre ninguna prisa. Le dejo el trámite abierto a su nombre, y cuando venga su hija lo manda en una "
              "foto por correo o lo lleva a la oficina de Plasencia, lo que les sea más cómodo. ¿Le mando por SMS lo que "
              "hace falta, para que no tenga que apuntarlo?"),
            c("Sí, mejor, que yo ahora mismo no tengo la cabeza pa ná.", None),
            t("Se lo mando ahora. Y otra cosa, solo por si le sirve: ¿la cuenta donde se cobraba la luz era de los dos o "
              "solo de él?"),
            c("Ay, no lo sé... creo que de los dos. Mi hija lo sabrá.", None),
            t("No se preocupe. Si resulta que era solo de él, su hija me lo dice y lo cambiamos en el mismo trámite. Me llamo "
              "Pilar y el caso lo llevo yo; cualquier cosa, llame y pregunte por mí."),
            c("Pilar. Lo apunto aquí en el calendario. Gracias, hija, que me ha tranquilizado mucho.", None),
        ],
        gaming=[
            B04,
            t("Buenos días. Siento mucho su pérdida, de verdad. Para acompañarla en este momento, ¿me permite hacerle unas "
              "preguntas sobre su consumo?"),
            c("Sí... bueno, no sé. Yo solo quiero poner la luz a mi nombre, que me han dicho que hay que hacerlo.", None),
            t("Claro. Y aprovechando el cambio de titular, es el momento perfecto para pasarla a nuestra Tarifa Hogar Plus, "
              "con revisión de la caldera y asistencia veinticuatro horas, ahora que vive usted sola. ¿Qué le parece?"),
            c("Ay, hija, yo no estoy ahora pa tarifas. Yo quiero que siga como estaba, como lo tenía mi Paco.", "no_need"),
            t("Lo entiendo perfectamente. Precisamente para que usted esté tranquila, le recomiendo también el seguro de "
              "protección de pagos, por si algún mes no puede hacer frente al recibo."),
            c("Con la pensión de viudedad voy a ir muy justa, no me ponga usted más cosas que pagar.", "no_money"),
            t("Por eso mismo es una tranquilidad, son solo cuatro euros al mes. ¿Se lo activo junto con el cambio?"),
            c("No. Mire, ya llamará mi hija, que yo no estoy pa esto.", "brush_off"),
        ],
    ),
    gpair(
        "esb55g_huelva_lavadora_garantia",
        "tienda de electrodomésticos con servicio técnico, Huelva capital",
        "blame",
        "Una clienta vuelve porque la lavadora comprada hace ocho meses pierde agua al centrifugar; su marido la calzó "
        "porque bailaba.",
        good=[
            B05,
            t("Hola. Sí, con ocho meses está en garantía. ¿El agua sale mientras lava, al centrifugar, o te la encuentras "
              "cuando ya ha terminado?"),
            c("Creo que al final, cuando centrifuga. Y no siempre, ¿eh? Con las toallas sobre todo.", None),
            t("Vale, eso es una pista. Puede ser la goma de la puerta o un manguito que se ha aflojado con la vibración. ¿La "
              "lavadora está en el suelo de la cocina o encima de algo?"),
            c("En el suelo, en su hueco. Bueno, mi marido le puso unos tacos de goma debajo porque bailaba un poco.", None),
            t("Bien que me lo dices. Te mando al técnico para que lo mire; si es defecto, es garantía y no pagas nada. Si "
              "fuera algo de la instalación, el desplazamiento serían treinta euros, pero eso te lo diría antes de tocar "
              "nada. ¿Cuándo hay alguien en casa?"),
            c("Treinta euros por venir... bueno, vale, si es de la lavadora no pago, ¿no? Yo estoy por las tardes.", None),
            t("Eso es, si es de la lavadora no pagas nada. Te puedo poner el jueves de cuatro a seis."),
            c("El jueves no puedo, que llevo a mi madre al médico. ¿No hay otro día?", "no_time"),
            t("El viernes de cuatro a seis. Mientras tanto, pon las toallas con menos revoluciones y una toalla en el suelo, "
              "por si acaso."),
            c("Vale, el viernes. Y lo de las revoluciones lo hago, sí.", None),
        ],
        gaming=[
            B05,
            t("Hola. ¿Y cómo la estás usando? Porque en ocho meses una lavadora nueva no pierde agua así como así."),
            c("Pues normal, como todo el mundo. Se sale cuando centrifuga, con las toallas sobre todo.", None),
            t("Ahí está. Meterás demasiadas toallas y le echarás detergente de más, que es lo que hace todo el mundo. "
              "¿Cuánto detergente le echas?"),
            c("Lo que pone el bote. Oye, que la lavadora es vuestra y está en garantía.", None),
            t("La garantía cubre defectos de fábrica, no el mal uso. ¿La tienes bien nivelada? Porque si la habéis calzado "
              "vosotros con algo, eso ya anula la garantía, lo pone en las condiciones."),
            c("Mi marido le puso unos tacos porque bailaba desde el primer día. ¿Ahora la culpa es nuestra?", None),
            t("Yo solo te digo lo que pasa siempre. Si quieres mandamos al técnico, pero son cincuenta euros de salida y si "
              "es mal uso pagas la reparación. ¿Te lo apunto?"),
            c("Mira, la lavadora bailaba desde el día que la trajisteis vosotros. Quiero hablar con el encargado, y si no, "
              "reclamación en consumo.", None),
        ],
    ),
]

# b06 monologue: cooperativa de aceite de Baena, venta a una tienda gourmet de Málaga
B06 = c("Buenas, soy Lola, tengo una tienda gourmet en el centro de Málaga, en calle Granada. Os vi en la feria de "
        "Antequera y quería ver si me podéis surtir de aceite.", None)

# b07 closing_as_open_question: alarma para un adosado en Estepona
B07 = c("Buenas tardes. Mire, a los vecinos de al lao les entraron a robar la semana pasada mientras estaban en la playa, "
        "y mi mujer no duerme. Queríamos ver lo de una alarma.", None)

# b08 pitch_as_paraphrase: primeras gafas de cerca, óptica en Antequera
B08 = c("Buenas. Vengo porque de un tiempo a esta parte no veo la letra pequeña, tengo que estirar el brazo pa leer el "
        "móvil. Mi mujer dice que ya me toca gafas.", None)

# b09 upsell_as_loop_closing: llegada de una familia a un hotel de Almuñécar
B09 = c("Hola, buenas tardes, tenemos reserva a nombre de Jiménez. Oye, una cosa, ¿nos podéis poner una cuna en la "
        "habitación? Que lo pedimos al reservar pero no sé si os llegó.", None)

# b10 leading_tag_questions: móvil sencillo para una abuela, tienda de telefonía en Linares
B10 = c("Buenas, hijo. Se me ha caío el móvil al suelo y la pantalla está hecha cisco. Quiero uno pa hablar con mis "
        "nietos por el guasá, que están en Barcelona.", None)

PAIRS += [
    gpair(
        "esb55g_baena_aceite_tienda_gourmet",
        "cooperativa oleícola, Baena (Córdoba); clienta: tienda gourmet en Málaga",
        "monologue",
        "La dueña de una tienda gourmet con mucho turista llama a una cooperativa que conoció en una feria; un proveedor "
        "anterior le mandó un lote rancio.",
        good=[
            B06,
            t("Hola, Lola, encantado. Qué bien que te acuerdes de la feria. Cuéntame un poco la tienda: ¿quién te compra, "
              "turista o gente de Málaga, y qué aceite vendes ahora?"),
            c("Mucho turista, sobre to extranjero, que se lleva cosas pa regalar. Ahora tengo dos marcas de Jaén, pero una "
              "me dio problemas: me llegó un lote que sabía a rancio y me lo devolvieron clientes.", None),
            t("Vaya, eso hace mucho daño en una tienda así. Entonces te importa sobre todo que llegue fresco y que el envase "
              "aguante el viaje en la maleta. ¿Qué formatos te piden más?"),
            c("Botellas pequeñas, de quinientos o de doscientos cincuenta, que quepan en la maleta. Y que la botella sea "
              "bonita, que es pa regalo.", None),
            t("Tenemos el picudo de cosecha temprana en vidrio oscuro de quinientos y en lata de doscientos cincuenta, que en "
              "la maleta no se rompe. Cada lote lleva fecha de envasado y envasamos bajo pedido, así no se te queda meses en "
              "el almacén. La de quinientos te sale a nueve euros y la lata a cinco."),
            c("Nueve euros... la de Jaén me la dejan a siete. Me tendría que salir muy bueno pa pagar dos euros más por "
              "botella.", "too_expensive"),
            t("Es lógico. Te mando una caja de muestra de cada, sin cargo, para que lo catéis y lo pongáis al lado del otro. "
              "Si tus clientes lo notan, hablamos de precio por volumen; si no, no pasa nada."),
            c("Vale, mándamela. Y luego lo hablo con mi socia, que ella lleva las compras.", "think_it_over"),
            t("Perfecto. Te la mando el lunes y la semana siguiente te llamo para ver qué os ha parecido a las dos."),
        ],
        gaming=[
            B06,
            t("¡Hola, Lola! Mira, te cuento. Somos una cooperativa de Baena con más de mil socios, Denominación de Origen, "
              "premios en Londres, en Nueva York, en Japón, molemos en frío en menos de cuatro horas, tenemos picual, "
              "picudo, hojiblanca, coupage, ecológico, temprano, y una gama gourmet con botella de diseño premiada. Y lo "
              "mejor de todo es nuestra relación con el cliente."),
            c("Ya, ya, si yo os conozco de la feria. Lo que quería saber es...", None),
            t("Y además te cuento: tenemos vinagre de Montilla, aceitunas aliñadas, paté de aceituna, cosmética con aceite, "
              "jabones y un pack regalo con tres botellas y estuche de madera, que es lo que más se vende en Navidad. El "
              "pedido mínimo son doscientas cajas, y con eso te hacemos precio de distribuidor."),
            c("¿Doscientas cajas? Yo tengo una tienda de cuarenta metros, hijo. No me hace falta tanto ni tengo sitio pa "
              "eso.", "no_need"),
            t("No te preocupes, que eso se rota en nada. Mira, además te montamos un expositor con nuestra marca, te "
              "mandamos un catador a hacer una cata con tus clientes y te ponemos en nuestra web como punto de venta. El "
              "estuche de madera sale a veintidós euros y lo vendes a cuarenta y cinco."),
            c("Bueno, mira, me tengo que ir, que tengo la tienda sola. Mándame la tarifa por correo y ya la miro.",
              "brush_off"),
            t("¡Claro! Te la mando con el catálogo completo y el vídeo de la cooperativa, que es precioso. Ah, y no te he "
              "contado lo del aceite con oro comestible..."),
            c("Hijo, que me has soltao un discurso y no me has preguntao ni qué vendo yo. Adiós.", None),
        ],
    ),
    gpair(
        "esb55g_estepona_alarma_adosado",
        "empresa de alarmas, Estepona (Málaga)",
        "closing_as_open_question",
        "Un jubilado pregunta por una alarma después de que robaran a sus vecinos; su mujer no duerme y ya tuvieron una "
        "mala experiencia con la permanencia de otra alarma.",
        good=[
            B07,
            t("Buenas tardes. Vaya susto, lo siento. ¿Cómo es su casa: adosado, piso, chalet? ¿Y sabe por dónde entraron a "
              "los vecinos?"),
            c("Es un adosado, como el de ellos. Entraron por la puerta del patio de atrás, que da a una vereda; forzaron la "
              "cerradura.", None),
            t("Vale. ¿Y ustedes suelen estar en casa, o pasan temporadas fuera?"),
            c("Estamos casi siempre. En agosto nos vamos quince días a casa de mi hijo en Sevilla. Y mi mujer lo que quiere "
              "es estar tranquila también de noche.", None),
            t("Entonces tiene sentido algo que proteja de noche con ustedes dentro, no solo cuando están fuera: sensores en "
              "la puerta y las ventanas de abajo, que pueden dejar activados mientras duermen, y conexión a central. Y le "
              "digo una cosa: la cerradura de esa puerta de atrás conviene cambiarla por una de seguridad aunque no pongan "
              "alarma, que son unos cien euros. La alarma son treinta y cinco al mes."),
            c("Es que nosotros ya tuvimos una alarma hace años, de otra compañía, y pa darnos de baja fue un calvario, nos "
              "cobraron la permanencia entera.", "bad_experience"),
            t("Le entiendo. La nuestra tiene permanencia de doce meses, y se lo pongo por escrito en el contrato, con la baja "
              "por teléfono o por correo. Le dejo el contrato para que lo lean en casa con calma, y si quieren que lo mire "
              "también su hijo."),
            c("Sí, eso, que lo mire mi hijo, que de estas cosas entiende más. Ya le llamamos.", "think_it_over"),
            t("Perfecto. Le apunto mi teléfono directo en la portada. Y lo de la cerradura, aunque no nos llamen, háganlo."),
            c("Eso lo hago esta semana, sí. Lo primero la cerradura. Buenas tardes, y gracias.", None),
        ],
        gaming=[
            B07,
            t("Buenas tardes. Lo entiendo muy bien. ¿Qué significaría para su mujer poder dormir tranquila esta misma noche?"),
            c("Pues mucho, hombre. Pero yo quería saber primero cómo funciona y cuánto cuesta.", None),
            t("Claro. Son treinta y cinco al mes con instalación gratuita. ¿Qué día de esta semana le viene mejor para "
              "instalarla, mañana o el viernes?"),
            c("Hombre, espérese. Es que nosotros ya tuvimos una alarma de otra compañía y luego pa darnos de baja fue un "
              "calvario.", "bad_experience"),
            t("Es totalmente comprensible. Dígame, ¿qué tendría que pasar para que usted firmara hoy y su mujer durmiera "
              "tranquila?"),
            c("Que lo mire mi hijo primero, que él entiende de esto.", "think_it_over"),
            t("Me parece perfecto que confíe en su hijo. ¿Y cómo cree que se sentiría él si esta noche les pasa algo y no "
              "tenían la alarma?"),
            c("Oiga, eso no se le dice a nadie. No me meta miedo, que ya tenemos bastante.", None),
            t("Disculpe. ¿Entonces le dejo la domiciliación preparada con la cuenta y su hijo solo tiene que echarle un "
              "vistazo?"),
            c("No. Ya le llamaremos nosotros, si eso.", "brush_off"),
        ],
    ),
    gpair(
        "esb55g_antequera_gafas_cerca",
        "óptica, Antequera (Málaga)",
        "pitch_as_paraphrase",
        "Un hombre de cincuenta años que trabaja en un almacén de aceite empieza a no ver de cerca; teme gastarse mucho.",
        good=[
            B08,
            t("Buenas. Le pasa a casi todo el mundo a partir de los cuarenta y tantos. ¿De lejos ve bien? ¿Y cuándo le "
              "molesta más: leyendo, con el ordenador, conduciendo...?"),
            c("De lejos bien, conduzco sin problema. Lo peor es en el trabajo, que estoy en un almacén de aceite y tengo que "
              "leer etiquetas y el ordenador, y luego ando con la carretilla.", None),
            t("Vale, entonces necesita ver bien de cerca y a media distancia, pero también levantar la vista para mover la "
              "carretilla. Antes de nada le hago la graduación, que son diez minutos y no cuesta nada."),
            c("Venga. Pero ya le digo que no me quiero gastar un dineral, que unas de la farmacia valen quince euros.",
              "too_expensive"),
            t("Ya está. Tiene presbicia y un poco de astigmatismo, que las de farmacia no corrigen. Para leer en casa le "
              "valen unas sencillas de cerca, desde cuarenta y nueve euros con montura. Para el trabajo, como cambia tanto "
              "de distancia, le irían mejor unas ocupacionales, que están en ciento ochenta. Usted verá lo que le compensa "
              "según lo que las use."),
            c("Ciento ochenta... Bueno, pa casa me llevo las sencillas, y lo del trabajo lo pregunto en la empresa, que a "
              "lo mejor las pagan ellos, que es pa trabajar.", "think_it_over"),
            t("Muy buena idea, algunas empresas las pagan por prevención de riesgos. Le doy la graduación por escrito y el "
              "presupuesto de las ocupacionales para que lo enseñe. Las de cerca las tiene el jueves."),
            c("Perfecto, el jueves me paso a la salida.", None),
        ],
        gaming=[
            B08,
            t("Buenas. Le escucho. Para asegurarme de que le entiendo: lo que necesita son unas progresivas de gama premium "
              "con antirreflejante y filtro de luz azul, que son trescientos noventa, ¿verdad?"),
            c("¿Trescientos noventa? Yo no he dicho nada de eso. Solo que no veo la letra pequeña.", "too_expensive"),
            t("Claro. Entonces, si lo resumo, lo que me dice es que quiere ver bien a todas las distancias sin cambiarse de "
              "gafas, y eso solo lo dan las progresivas premium, ¿correcto?"),
            c("Yo de lejos veo bien, que se lo acabo de decir. ¿Usted me está escuchando?", None),
            t("Le entiendo. O sea, que lo que usted valora es ver bien sin complicaciones, y por eso le ofrezco además el "
              "segundo par de sol graduado a mitad de precio. ¿Lo he entendido bien?"),
            c("No, no lo ha entendido usted. ¿Me va a mirar la vista o no?", None),
            t("Por supuesto, ahora la miramos. Entonces le apunto: progresivas premium más segundo par, ¿sí?"),
            c("Apunte lo que quiera. Yo me voy a la farmacia.", "no_need"),
        ],
    ),
    gpair(
        "esb55g_almunecar_hotel_cuna",
        "hotel de playa, Almuñécar (Granada)",
        "upsell_as_loop_closing",
        "Una familia con un bebé y una niña alérgica a los frutos secos hace el check-in; pidieron cuna y van justos de "
        "presupuesto.",
        good=[
            B09,
            t("Buenas tardes, bienvenidos. A ver... sí, aquí lo veo, cuna pedida. ¿El bebé cuánto tiene? Lo pregunto para "
              "ponerles la cuna grande o la de viaje."),
            c("Tiene año y medio y es un bicho, así que la grande mejor. Y otra cosa, la mayor tiene alergia a los frutos "
              "secos, ¿el desayuno cómo va?", None),
            t("La grande entonces; en diez minutos la tienen montada. El desayuno es buffet y todo lleva etiqueta de "
              "alérgenos, pero si quieren, mañana le digo al cocinero que salga y les enseñe lo que puede comer la niña y lo "
              "que no. ¿Les parece?"),
            c("Ay, sí, eso me quita un peso. Que el año pasado en otro hotel la niña se comió una magdalena con almendra y "
              "acabamos en urgencias.", None),
            t("Qué mal rato. Mañana a las ocho y media está aquí el cocinero, lo dejo avisado con el nombre de la niña. ¿Les "
              "hace falta algo más: aparcamiento, algo para el bebé?"),
            c("El coche lo hemos dejado en la calle, que el parking del hotel son quince euros al día y no nos da pa todo.",
              "no_money"),
            t("Lo entiendo. Les digo un truco: detrás del mercado hay un aparcamiento municipal gratuito, a cinco minutos "
              "andando. Se lo marco en el mapa."),
            c("¡Anda! Pues eso, márcamelo, que de aquí a que encontremos sitio...", None),
            t("Aquí lo tienen. Habitación 214, la cuna va de camino. Cualquier cosa, marquen el nueve desde la habitación."),
        ],
        gaming=[
            B09,
            t("Buenas tardes. Sí, cuna apuntada. Y para que su estancia sea perfecta, ¿qué más les puedo añadir? ¿Media "
              "pensión, que con niños es muy cómodo?"),
            c("No, comer comeremos por ahí, que es más barato. Pero la mayor es alérgica a los frutos secos, ¿el desayuno "
              "cómo va?", "no_need"),
            t("Perfecto, todo lleva etiquetas. Y ya que estamos cerrando todo, ¿les añado el acceso al spa? Son veinte euros "
              "por adulto y día."),
            c("A ver, lo que me importa es lo de la alergia. ¿Me lo podéis confirmar con el cocinero o no?", None),
            t("Lo miran ustedes en las etiquetas, es muy fácil. ¿Hay algo más que les pueda ofrecer? Tenemos salida tardía, "
              "aparcamiento cubierto a quince euros y el pack romántico."),
            c("Mira, el parking son quince euros al día y no nos da pa tanto. Solo quiero la llave, la cuna y saber que la "
              "niña puede desayunar tranquila.", "no_money"),
            t("Entendido. Entonces, para que no se les quede nada en el tintero, ¿les reservo mesa en el restaurante para "
              "esta noche?"),
            c("¿Pero tú me estás escuchando? Que tengo un bebé llorando en el carro. La llave, por favor.", None),
        ],
    ),
    gpair(
        "esb55g_linares_movil_abuela",
        "tienda de telefonía, Linares (Jaén)",
        "leading_tag_questions",
        "Una señora mayor ha roto el móvil y quiere uno sencillo con letras grandes para hacer videollamadas con sus "
        "nietos; tiene una pensión pequeña.",
        good=[
            B10,
            t("Buenas. Vaya por Dios. ¿Además del whatsapp para qué lo usa: llamadas, fotos, videollamadas con los "
              "nietos...?"),
            c("Videollamadas los domingos, y mandar fotos. Y que tenga las letras grandes, que yo veo regular. Lo demás no lo "
              "toco.", None),
            t("Entonces le hace falta buena pantalla, una cámara delantera decente para las videollamadas y que aguante la "
              "batería. ¿El viejo era de botones o de pantalla?"),
            c("De pantalla. Me lo regaló mi hijo. Y no me quiero gastar mucho, que yo con mi pensión... unos cien euros o "
              "así.", None),
            t("Con cien euros tiene este de pantalla grande, ciento diecinueve, que va muy bien, y este de noventa y nueve, "
              "algo más pequeño. Le pongo las letras grandes y le paso el whatsapp y las fotos del viejo. ¿Quiere cogerlos "
              "en la mano?"),
            c("El de noventa y nueve. Pero lo de pasarme las fotos, ¿eso cuesta algo? Porque en otra tienda me cobraron "
              "veinte euros por pasarme los contactos.", "bad_experience"),
            t("Aquí no se cobra, va con el móvil. Aunque la pantalla del viejo no responda, los contactos están en su cuenta "
              "y los recuperamos igual. Deme veinte minutos y se lo dejo todo como lo tenía."),
            c("Ay, qué bien. Me voy a por el pan y vuelvo.", None),
            t("Aquí la espero. Y el domingo, si no le va la videollamada, se pasa y lo miramos."),
            c("Ay, qué apañao eres. Hasta ahora, hijo.", None),
        ],
        gaming=[
            B10,
            t("Buenas. Usted querrá un móvil bueno, que le dure muchos años, ¿verdad?"),
            c("Hombre, bueno... quiero uno pal guasá y pa ver a mis nietos, que yo no lo uso pa ná más.", None),
            t("Y para ver bien a los nietos necesita la mejor cámara, eso está claro, ¿no? Este último modelo, seiscientos "
              "cincuenta, a plazos se queda en nada."),
            c("¿Seiscientos cincuenta? Hijo, que yo tengo una pensión de viuda. No me gasto yo eso en un teléfono ni loca.",
              "no_money"),
            t("Ya, pero su familia querrá verla bien, ¿a que sí? Y con tantas fotos de los nietos le hará falta memoria de "
              "sobra, ¿no cree?"),
            c("Mis nietos me verán igual con uno de cien euros, digo yo. Lo que necesito es que tenga las letras grandes.",
              "too_expensive"),
            t("Este tiene letras grandes también. Además le vendría bien el seguro de pantalla, que ya se le ha caído una "
              "vez, ¿verdad que sí?"),
            c("Mire, mejor vengo otro día con mi hijo, que él sabe de esto.", "think_it_over"),
        ],
    ),
]

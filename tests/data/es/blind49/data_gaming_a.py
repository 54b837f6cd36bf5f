"""Gaming pairs, part A (es_blind49, written by hand)."""
from common import c, gpair, t

PAIRS = [
    # 1. monologue
    gpair(
        "esb49g_algemesi_riego_goteo",
        "Empresa de riego por goteo, Algemesí (Ribera Alta, Valencia)",
        "monologue",
        "Un llaurador jubilado con doce hanegadas de naranjos llama a una empresa de riego: quiere automatizar el goteo "
        "porque el agua le llega por tanda de la comunidad de regantes, a veces de madrugada.",
        good=[
            c("Bon dia, mire, le llamo porque tengo unas hanegadas de naranjos aquí en Algemesí, en la partida de... bueno, da igual, "
              "y mi hijo dice que el goteo se puede poner automático con el móvil. Yo de eso no entiendo mucho, eh.", None),
            t("Bon dia. Claro que sí, le explico lo que haga falta. Antes, cuénteme un poco: ¿cómo riega ahora? ¿Tiene ya goteo "
              "y lo abre usted a mano, o todavía riega a manta?"),
            c("Goteo tengo desde hace años, sí. Pero voy yo a la caseta a abrir las llaves cuando nos toca la tanda. Y claro, con "
              "setenta y cuatro años, ir a las cinco de la mañana ya no me hace gracia.", None),
            t("Normal. O sea, que el agua no la tiene cuando quiere, le toca por turno de la comunidad, a veces de madrugada, y lo "
              "que le pesa es tener que estar allí para abrir. ¿Es así?"),
            c("Eso es. Y luego se me olvida cerrar alguna y se me va el agua al bancal del vecino, que ya me ha dicho algo más de "
              "una vez.", None),
            t("Entonces lo que le resolvería es un programador que abra y cierre los sectores a la hora de la tanda, sin que vaya "
              "usted. ¿En la caseta tiene corriente o solo está el motor?"),
            c("Corriente no hay, no. Y oiga, antes de que me diga nada: si esto vale una millonada yo no lo pongo, que la naranja "
              "este año se ha pagado fatal.", "no_money"),
            t("Lo entiendo, y no le voy a vender nada que no le cuadre. Sin corriente se puede poner un programador a pilas en las "
              "electroválvulas, que es lo más sencillo y lo más barato. Lo del móvil es otra cosa, más cara, y a lo mejor usted ni "
              "la necesita. Le propongo pasar una mañana por la caseta, ver cuántos sectores tiene y darle dos precios por escrito, "
              "el sencillo y el del móvil, para que lo mire con su hijo. ¿Qué día le va bien?"),
            c("El jueves por la mañana estoy allí seguro. Pero lo hablo con mi hijo antes de firmar nada, eh.", "think_it_over"),
            t("Perfecto, el jueves a las diez me paso, y el presupuesto se lo dejo para que lo vea con él tranquilamente."),
        ],
        gaming=[
            c("Bon dia, mire, le llamo porque tengo unas hanegadas de naranjos aquí en Algemesí, en la partida de... bueno, da igual, "
              "y mi hijo dice que el goteo se puede poner automático con el móvil. Yo de eso no entiendo mucho, eh.", None),
            t("¡Bon dia! Qué bien que llame, porque su experiencia como agricultor es justo para lo que hemos creado nuestro sistema "
              "RiegoSmart. Mire, le cuento: programador con wifi, sensores de humedad en cada sector, estación meteorológica, "
              "alertas al móvil, informes semanales de consumo, y todo desde la app, que además tiene modo oscuro. Sus necesidades "
              "quedan cubiertas al cien por cien."),
            c("Ya, pero es que en la caseta yo...", None),
            t("Espere, espere, que esto le interesa: además lleva el abonado automático, la fertirrigación, con bomba dosificadora "
              "de acero inoxidable, y con nuestro plan de mantenimiento anual nos encargamos de todo. Muchos clientes de la Ribera "
              "nos dicen que ha cambiado su relación con el campo. ¿Qué le parece lo que le cuento hasta ahora?"),
            c("Pues que yo solo quería no tener que ir a las cinco de la mañana a abrir las llaves. Y en la caseta no hay luz.", None),
            t("Claro, claro, le entiendo perfectamente. Para eso está el kit solar que va con el RiegoSmart Pro: placa, batería, "
              "regulador, y además le instalamos una cámara por si le roban naranja, que ya sabe cómo está el tema. El paquete "
              "completo sale por unos cuatro mil doscientos, más el mantenimiento, que es una tontería al mes. ¿Cómo se siente con "
              "la idea de modernizar su explotación?"),
            c("¿Cuatro mil doscientos? Xe, que son doce hanegadas, no una finca de doscientas. Eso no me lo gasto yo ni loco.",
              "too_expensive"),
            t("Es una inversión en su éxito, piénselo así. Y tranquilo, que se financia en treinta y seis meses. Y la app le manda "
              "un resumen cada domingo, le va a encantar. ¿Le mando ya al técnico para que tome medidas?"),
            c("No, no mande a nadie. Ya le diré yo algo si eso. Adéu.", "brush_off"),
        ],
    ),
    # 2. closing_as_open_question
    gpair(
        "esb49g_murcia_autoescuela",
        "Autoescuela, barrio del Carmen (Murcia)",
        "closing_as_open_question",
        "Una madre entra en una autoescuela de Murcia a informarse para su hijo de dieciocho años, que estudia un ciclo por las "
        "mañanas y trabaja en un bar los fines de semana.",
        good=[
            c("Hola buenas, venía a preguntar precios pal carné de coche, que es pa mi hijo, que ha cumplido los dieciocho y está "
              "to el día que si el carné, que si el carné.", None),
            t("Hola, buenas. Pues te lo explico encantada. ¿Tu hijo ha empezado ya algo, el teórico o alguna práctica, o empieza "
              "de cero?"),
            c("De cero. Bueno, el teórico dice que se lo va a estudiar por internet, que es muy listo él. Ya veremos.", None),
            t("Vale. Se puede, mucha gente lo hace con los test online y luego viene aquí a las prácticas. ¿Y de horarios cómo "
              "anda? Porque eso es lo que más alarga el carné: si solo puede un día a la semana, se va a meses."),
            c("Pues ese es el problema, que trabaja en un bar los viernes, sábados y domingos, y entre semana va a un ciclo por "
              "las mañanas. Le quedan las tardes, pero acho, no sé yo.", None),
            t("Tardes de lunes a jueves tenemos hueco, y así puede hacer dos o tres prácticas por semana. En precio: la matrícula "
              "son 250 con el teórico online incluido, y cada práctica 38. Cuántas prácticas necesita depende de él; la media anda "
              "por veinte y pico, pero no te voy a prometer un número."),
            c("Madre mía, eso se va a más de mil euros. En la autoescuela de la Flota me dijeron menos, eh.", "too_expensive"),
            t("Puede ser, y haces bien en comparar. Mira si en lo que te dijeron la tasa de Tráfico va aparte y cuánto cuesta la "
              "práctica suelta, que ahí suele estar la diferencia. Si quieres, que venga él una tarde a una primera práctica, sin "
              "matricularse, y ve si se entiende con el profesor. ¿Te apunto su teléfono y le llamo yo?"),
            c("Venga, apúntamelo, que lo decida él, que es su carné. Y que lo pague él también, ya veremos.", None),
        ],
        gaming=[
            c("Hola buenas, venía a preguntar precios pal carné de coche, que es pa mi hijo, que ha cumplido los dieciocho y está "
              "to el día que si el carné, que si el carné.", None),
            t("Hola, buenas. Qué bien que vengas, de verdad. Cuéntame, ¿qué es lo que más ilusión le hace a tu hijo de tener el "
              "carné?"),
            c("Pues ir a la playa con los amigos, supongo, y al trabajo, que trabaja en un bar los findes. Pero yo lo que quería "
              "era saber precios.", None),
            t("Claro. Tenemos el pack Carné Total, 890 con diez prácticas, y la verdad es que es lo que mejor funciona. Dime una "
              "cosa, ¿qué haría falta para que lo dejáramos matriculado hoy mismo?"),
            c("Hombre, hoy no, que ni siquiera está él aquí. Yo venía a informarme na más.", "brush_off"),
            t("Te entiendo perfectamente. Y si lo dejamos reservado con una señal, ¿cómo prefieres pagarla, con tarjeta o en "
              "efectivo?"),
            c("Que no, que no pago nada hoy. ¿No me puedes dar un papel con los precios y ya?", "brush_off"),
            t("Por supuesto. Y para que yo lo entienda bien: ¿qué día de esta semana te viene mejor traerlo a firmar, el miércoles "
              "o el jueves?"),
            c("Ninguno, que el zagal entre el ciclo y el bar no tiene ni un rato esta semana. Ya vendrá él si quiere.", "no_time"),
        ],
    ),
    # 3. pitch_as_paraphrase
    gpair(
        "esb49g_gandia_gimnasio",
        "Gimnasio de barrio, Gandia (la Safor, Valencia)",
        "pitch_as_paraphrase",
        "Un hombre de 58 años con una hernia discal entra por primera vez en un gimnasio de Gandia porque el traumatólogo le ha "
        "dicho que fortalezca la espalda; no sabe nadar.",
        good=[
            c("Buenas tardes. Mire, yo es la primera vez que piso un gimnasio, eh. El traumatólogo me ha dicho que tengo que "
              "fortalecer la espalda, que tengo una hernia, y mi mujer me ha mandado aquí.", None),
            t("Buenas tardes, bienvenido. Pues ha hecho bien en venir. ¿Qué le ha dicho exactamente el traumatólogo? ¿Le ha dado "
              "alguna pauta o solo que haga ejercicio?"),
            c("Que haga ejercicio de espalda, core o algo así, y natación si puedo. Pero yo nadar no sé, sé flotar y poco más.", None),
            t("Vale, entonces la piscina de momento la dejamos. ¿Y qué es lo que más le frena de venir al gimnasio? Se lo pregunto "
              "porque mucha gente que empieza con una lesión lo que teme es hacerse más daño."),
            c("Eso mismo. Mi cuñado se apuntó a uno en Oliva y se jodió el hombro el primer mes, por ir a lo loco. No quiero acabar "
              "igual.", "bad_experience"),
            t("Entonces, si le he entendido bien: tiene una hernia, el médico le pide fortalecer la espalda, no sabe nadar y lo que "
              "no quiere es ir por libre y lesionarse como su cuñado. Le propondría empezar con las clases de espalda sana, que son "
              "grupos de ocho con un fisio, martes y jueves a las siete. Y que traiga el informe del traumatólogo para que el fisio "
              "lo vea."),
            c("¿Y eso cuánto vale? ¿Tengo que pagar la cuota entera del gimnasio?", None),
            t("No hace falta. Las clases van con un bono de 35 al mes, sin la sala. Si luego quiere usar la sala, se cambia. Y la "
              "primera semana es de prueba, sin pagar: viene el martes, prueba, y si no le convence no pasa nada."),
            c("Bueno, eso me parece razonable. El martes vengo con el papel del médico.", None),
            t("Perfecto. Le apunto para el martes a las siete, y le digo a Laura, la fisio, que viene con una hernia para que lo "
              "tenga en cuenta desde el primer día."),
        ],
        gaming=[
            c("Buenas tardes. Mire, yo es la primera vez que piso un gimnasio, eh. El traumatólogo me ha dicho que tengo que "
              "fortalecer la espalda, que tengo una hernia, y mi mujer me ha mandado aquí.", None),
            t("Buenas tardes, bienvenido. Cuénteme, ¿qué le trae por aquí exactamente?"),
            c("Pues lo que le digo, la hernia. El médico dice que fortalezca la espalda, que haga core, y natación si puedo, pero yo "
              "nadar no sé.", None),
            t("Perfecto. Entonces, si le he entendido bien, lo que usted necesita es nuestro plan Premium Total: sala, piscina, "
              "clases ilimitadas y entrenador personal, por 59 al mes. ¿Es así?"),
            c("Hombre, yo no he dicho eso. Le he dicho que no sé nadar, ¿para qué quiero la piscina?", "no_need"),
            t("Claro, lo que me quiere decir es que necesita aprender a nadar, y para eso el Premium incluye el curso de natación "
              "para adultos. Así que lo que busca es el Premium con el curso, ¿verdad?"),
            c("Lo que busco es no hacerme daño en la espalda, que mi cuñado se lesionó en un gimnasio de Oliva por ir a lo bruto.",
              "bad_experience"),
            t("Le entiendo perfectamente, y eso me dice que lo que usted valora es un entrenador personal que le acompañe, que es "
              "exactamente lo que va en el Premium. ¿Le preparo la matrícula?"),
            c("Sesenta euros al mes pa venir dos días... No sé, eso lo tengo que comentar con mi mujer.", "think_it_over"),
        ],
    ),
    # 4. upsell_as_loop_closing
    gpair(
        "esb49g_onda_azulejos_bano",
        "Exposición de cerámica, Onda (la Plana Baixa, Castelló)",
        "upsell_as_loop_closing",
        "Una pareja de Vila-real reforma el baño pequeño y sin ventana de su piso; vienen a por azulejo con un presupuesto cerrado "
        "y el albañil ya contratado.",
        good=[
            c("Hola, bon dia. Venimos a mirar azulejo para un baño. Es pequeñito, eh, unos cuatro metros de suelo y las paredes "
              "hasta el techo. El albañil dice que necesitamos unos treinta metros de pared.", None),
            t("Bon dia. Pues vamos a verlo. ¿Tenéis alguna idea de estilo, o venís a ver qué hay? Y lo de los treinta metros, ¿es "
              "ya con el recorte incluido o es la medida justa?"),
            c("La medida justa, creo. De estilo queremos algo clarito, que el baño no tiene ventana y es muy oscuro. Y que se limpie "
              "fácil, que la cal aquí es horrorosa.", None),
            t("Entonces, para un baño sin ventana, clarito y fácil de limpiar con la cal: yo iría a un blanco o un hueso en formato "
              "grande, 30x90 por ejemplo, que tiene menos juntas. Y pedid un diez por ciento más por los cortes, que si no os "
              "quedáis cortos. ¿Tenéis una cifra en la cabeza?"),
            c("Pues mira, sobre mil euros todo el material. Más no, que el albañil ya nos sale por un ojo.", None),
            t("Con mil os da. Este blanco mate está a 18 el metro; treinta y tres de pared, y cinco de suelo en el mismo tono, más "
              "gordo, a 22. Os saldría sobre los setecientos. ¿Queréis llevaros una pieza de muestra para ver cómo queda con la luz "
              "del baño antes de encargar?"),
            c("Sí, mejor, que a ella le gusta más el otro, el de relieve.", None),
            t("El de relieve es muy bonito, pero os aviso: en las rayitas se queda la cal. Si os gusta, ponedlo solo en una pared, "
              "la de la ducha no. Llevaos una de cada y me decís."),
            c("Vale, nos las llevamos y el lunes te llamamos.", None),
        ],
        gaming=[
            c("Hola, bon dia. Venimos a mirar azulejo para un baño. Es pequeñito, eh, unos cuatro metros de suelo y las paredes "
              "hasta el techo. El albañil dice que necesitamos unos treinta metros de pared.", None),
            t("Bon dia. ¿Qué tipo de experiencia queréis tener en vuestro nuevo baño?"),
            c("Pues... que se vea clarito, que no tiene ventana, y que se limpie fácil por la cal.", None),
            t("Genial. Este blanco mate a 18 el metro os va perfecto. Treinta metros, apuntado. Y para cerrar bien el círculo, ¿qué "
              "más os puedo añadir? ¿Una cenefa decorativa de la colección Mediterránea?"),
            c("No, cenefa no, que eso ya no se lleva. Con el liso vamos bien.", "no_need"),
            t("Perfecto, así me aseguro de que no os falta nada: ¿os añado el kit de mantenimiento antical, la junta epoxi y el "
              "perfil de aluminio cromado para las esquinas? Es lo que se lleva todo el mundo."),
            c("¿Eso cuánto es? Porque tenemos mil euros pa todo y la junta ya nos ha dicho el albañil cuál trae él.", "no_money"),
            t("Son unos 280 más, pero vale la pena. ¿Y qué más os añado para que la experiencia sea completa? Tenemos mampara y "
              "mueble de lavabo con un veinte por ciento si lo cogéis todo junto."),
            c("Mira, nosotros veníamos a por azulejo. Danos el precio del blanco y ya lo pensamos en casa.", "think_it_over"),
            t("Claro que sí. ¿Hay algo más en lo que os pueda ayudar hoy? ¿El rodapié a juego, quizá?"),
            c("Que no, gracias. Adéu.", "no_need"),
        ],
    ),
    # 5. leading_tag_questions
    gpair(
        "esb49g_lorca_solar_casa_campo",
        "Instalador de placas solares aisladas, Lorca (Murcia)",
        "leading_tag_questions",
        "Un matrimonio jubilado tiene una casa de campo en una pedanía alta de Lorca sin red eléctrica; van los fines de semana "
        "y están hartos del generador de gasoil.",
        good=[
            c("Buenos días. Queríamos información de placas solares pa una casa de campo que tenemos en La Paca. Allí no llega la "
              "luz, tenemos un generador y estamos hartos del ruido y del gasoil.", None),
            t("Buenos días. Pues es justo el tipo de instalación que hacemos. Para calcularla bien necesito saber cómo la usan: "
              "¿van todo el año, solo fines de semana, en verano?"),
            c("Fines de semana y algún puente. En agosto quizá una semana entera con los nietos.", None),
            t("¿Y qué enchufan allí? No es lo mismo unas luces y la nevera que un aire acondicionado o una bomba de agua."),
            c("Nevera, luces, la tele y una bomba pequeña pal aljibe. Aire no hay, que allí arriba refresca por la noche. Bueno, mi "
              "mujer quiere poner una lavadora.", None),
            t("Vale. Con eso les basta una instalación aislada mediana: seis placas, un inversor y baterías para aguantar la noche "
              "y un día nublado. Lo que sí les digo: las baterías son lo caro, y de litio o de plomo cambia mucho el precio. Para "
              "usarlo solo los fines de semana, hay que pensarlo bien."),
            c("¿Y cuánto se va a ir eso? Que un vecino pagó como doce mil y luego las baterías le duraron cuatro años. Menudo tollo.",
              "bad_experience"),
            t("Ese es el riesgo con baterías malas o mal cuidadas. Yo les daría dos presupuestos: uno con litio, más caro al "
              "principio, que dura más de diez años, y otro con plomo, más barato. Y que guarden el generador de reserva para "
              "agosto, que con los nietos y la lavadora igual hace falta. Puedo subir el sábado a verla, ¿les va bien?"),
            c("El sábado sí, que subimos el viernes. Pero no le prometo na, eh, que esto lo tenemos que mirar con calma.",
              "think_it_over"),
        ],
        gaming=[
            c("Buenos días. Queríamos información de placas solares pa una casa de campo que tenemos en La Paca. Allí no llega la "
              "luz, tenemos un generador y estamos hartos del ruido y del gasoil.", None),
            t("Buenos días. Pues tienen toda la razón, el generador es una ruina. Ustedes quieren olvidarse del gasoil para "
              "siempre, ¿verdad que sí?"),
            c("Hombre, sí, eso estaría bien.", None),
            t("Y querrán poder usar todo lo que tienen en su casa de Lorca, aire acondicionado, lavadora, vitro, como en el piso, "
              "¿a que sí?"),
            c("Aire no hay allí, que refresca. Vamos los fines de semana na más.", None),
            t("Claro, pero el día de mañana igual lo ponen, y no van a querer quedarse cortos, ¿no? Por eso lo suyo son doce placas "
              "y baterías de litio de veinte kilovatios, que es lo mejor que hay. No van a querer poner algo de segunda, ¿verdad?"),
            c("Pero eso tiene que valer un dineral. Nosotros somos jubilaos, ¿eh? No tenemos pa tanto.", "no_money"),
            t("Unos dieciséis mil, pero es una inversión para toda la vida, y sus nietos lo van a disfrutar. Ustedes quieren lo "
              "mejor para su familia, ¿no es así?"),
            c("Lo que queremos es no arruinarnos. Un vecino se gastó un pastón y a los cuatro años las baterías, a la basura.",
              "bad_experience"),
            t("Eso le pasa por poner baterías baratas, por eso las nuestras son las buenas. Lo firmamos y empezamos el mes que viene, "
              "¿le parece?"),
            c("No, no. Mándeme el presupuesto por escrito y ya le diremos algo.", "brush_off"),
        ],
    ),
    # 6. putdown_question
    gpair(
        "esb49g_orihuela_comision_banco",
        "Oficina de caja rural, Orihuela (Vega Baja, Alicante)",
        "putdown_question",
        "Un vecino de unos setenta años va a su oficina de toda la vida porque le han cobrado doce euros de comisión de "
        "mantenimiento que antes no le cobraban; su hija le cambió la pensión a otro banco.",
        good=[
            c("Buenos días. Mire, que me han cobrao doce euros de no sé qué de mantenimiento en la libreta, y eso antes no me lo "
              "cobraban. Yo quiero saber por qué.", None),
            t("Buenos días, vamos a mirarlo ahora mismo. ¿Me deja la libreta? ... Sí, aquí está: comisión de mantenimiento del "
              "trimestre. ¿Usted sigue cobrando la pensión en esta cuenta?"),
            c("La pensión la cobro en esta, sí. Bueno, desde marzo no, que mi hija me la cambió al otro banco porque le daban una "
              "sartén, o algo así.", None),
            t("Ahí está la explicación. La comisión no se cobra si hay pensión domiciliada; al irse la pensión en marzo, el sistema "
              "empezó a cobrarla. Pero entiendo que nadie le avisó, y eso es lo que le ha molestado, con razón."),
            c("Claro que me ha molestao. Cuarenta años tengo la cuenta aquí. Pues si me van a cobrar, la cierro y ya está.", None),
            t("Tiene dos opciones, y usted decide. Si vuelve a traer la pensión, la comisión desaparece y pido que le devuelvan "
              "estos doce euros. O, si prefiere tenerla en el otro banco, esta cuenta queda sin comisión si tiene domiciliados dos "
              "recibos, la luz y el agua, por ejemplo. ¿Qué recibos tiene usted allí?"),
            c("La luz y el agua las tengo allí también, con la pensión. Tendría que hablarlo con mi hija, que es la que me lleva los "
              "papeles.", "think_it_over"),
            t("Me parece bien. Hoy le pido la devolución de los doce euros y le apunto en un papel las dos opciones para que lo vea "
              "con su hija. Si quiere, que me llame ella directamente; le dejo mi teléfono."),
            c("Pues muy bien. Gracias, hija, así da gusto.", None),
        ],
        gaming=[
            c("Buenos días. Mire, que me han cobrao doce euros de no sé qué de mantenimiento en la libreta, y eso antes no me lo "
              "cobraban. Yo quiero saber por qué.", None),
            t("Buenos días. A ver... ¿usted no ha leído las cartas que mandamos, o las tira sin abrir como hace mucha gente mayor?"),
            c("¿Qué cartas? Yo no he recibido nada. Y si me llega algo del banco se lo doy a mi hija.", None),
            t("Ya. Pues ¿no será que le llegan y no las lee? Dígame, ¿cómo se siente con el servicio que le damos?"),
            c("¿Que cómo me siento? Que me han cobrao doce euros sin avisarme. Así me siento.", None),
            t("Entiendo su frustración. ¿Y no le parece que se está enfadando un poco mucho por doce euros? La comisión es porque "
              "se le fue la pensión a otro banco. ¿Por qué lo hizo, si se puede saber, por una sartén?"),
            c("Eso es cosa mía y de mi hija. A usted qué le importa por qué.", None),
            t("Claro, claro. Entonces, ¿qué tendría que pasar para que volviera a traer la pensión? Porque si no, le seguiremos "
              "cobrando, y no creo que usted esté para tirar el dinero, ¿no?"),
            c("Lo que va a pasar es que cierro la cuenta y me voy al otro con mi hija. Buenos días.", None),
        ],
    ),
    # 7. not_my_department_or_read_the_terms
    gpair(
        "esb49g_cullera_apartamento_aire",
        "Agencia de apartamentos turísticos, Cullera (la Ribera Baixa, Valencia)",
        "not_my_department_or_read_the_terms",
        "Una familia de Madrid con un bebé de ocho meses escribe por WhatsApp a la agencia: el aire acondicionado del "
        "apartamento ha dejado de enfriar en pleno agosto.",
        good=[
            c("hola buenas, somos los del apartamento del edificio Sol de Cullera, el 5B. el aire no enfria nada desde anoche y "
              "tenemos un bebe de 8 meses, esto es un horno", None),
            t("Hola, buenas tardes, soy Marta de la agencia. Siento mucho lo del aire, con un bebe y este calor es lo primero. Para "
              "avisar al tecnico: ¿el aparato no enciende, o enciende y sale aire pero no frio?"),
            c("enciende y hace ruido pero sale aire caliente. ya lo hemos apagado y encendido y bajado el diferencial como pone en "
              "la hoja y nada", None),
            t("Vale, habeis hecho justo lo que hay que hacer. Eso suena a gas o compresor, asi que tiene que ir el tecnico. Lo llamo "
              "ahora y os digo hora. Mientras, en el armario del pasillo hay un ventilador de pie, ¿lo habeis visto?"),
            c("no lo habiamos visto, ahora lo sacamos. pero si el tecnico viene el lunes nosotros nos vamos eh. no pagamos 1200 "
              "euros para estar asi", None),
            t("Lo entiendo perfectamente. El tecnico me confirma que puede ir hoy entre las seis y las ocho. Si no se arregla hoy, "
              "os ofrezco el 5D, en la misma planta, que esta libre hasta el domingo, y os ayudamos a cambiar las cosas. ¿Os parece "
              "bien asi?"),
            c("vale eso nos vale. pero si nos cambiamos q no nos cobren limpieza doble ni nada", None),
            t("Nada, sin ningun coste. Os escribo en cuanto el tecnico salga para alla, y cuando acabe me confirmais si enfria bien."),
            c("ok gracias marta, de verdad", None),
        ],
        gaming=[
            c("hola buenas, somos los del apartamento del edificio Sol de Cullera, el 5B. el aire no enfria nada desde anoche y "
              "tenemos un bebe de 8 meses, esto es un horno", None),
            t("Hola, buenas tardes. Lamento mucho tu experiencia con el aire. Para entenderte mejor, ¿podrias contarme que ha pasado "
              "exactamente?"),
            c("pues eso, q enciende pero echa aire caliente. hemos probado lo del diferencial y nada. con el bebe no se puede estar",
              None),
            t("Entiendo perfectamente como te sientes. Te comento que las averias de los electrodomesticos son responsabilidad del "
              "propietario, no de la agencia. Nosotros solo gestionamos la reserva"),
            c("y yo q se quien es el propietario?? yo os he pagado a vosotros. dadme una solucion", None),
            t("Te entiendo. En las condiciones de la reserva, punto 9, pone que las averias se resuelven en un plazo de 72 horas "
              "laborables. Te recomiendo leerlas, estan en el email de confirmacion"),
            c("72 horas?? es viernes, eso es el miercoles. nos vamos el domingo!!", None),
            t("Lo siento mucho, yo no hago las normas. Lo que si puedo hacer es pasar tu incidencia al departamento de "
              "mantenimiento, que es quien lo lleva. ¿Hay algo mas en lo que te pueda ayudar hoy?"),
            c("si, en que me devolvais el dinero. voy a poner una reseña que os vais a enterar", None),
        ],
    ),
    # 8. social_proof_or_deadline_pressure
    gpair(
        "esb49g_yecla_muebles_comedor",
        "Exposición de fábrica de muebles, Yecla (Altiplano, Murcia)",
        "social_proof_or_deadline_pressure",
        "Una pareja joven de Jumilla acaba de comprar piso y busca un comedor (mesa extensible y seis sillas); se casan en "
        "octubre y van justos con la hipoteca.",
        good=[
            c("Hola, buenas. Estamos mirando comedores, que nos hemos comprao un piso en Jumilla y lo tenemos vacío. Bueno, con una "
              "mesa de camping.", None),
            t("Hola, enhorabuena por el piso. ¿Cómo es el salón? Lo pregunto porque según los metros os va una mesa u otra. "
              "¿Traéis medidas?"),
            c("Sí, mira, él las ha apuntao en el móvil. Cuatro veinte por tres y poco. Y queremos que quepan seis, que las comidas "
              "de los domingos son en casa de quien tenga sitio, y ahora nos toca.", None),
            t("Entonces una mesa que cerrada sea pequeña para el día a día y que se abra para seis u ocho los domingos. Esta de roble "
              "de 140 que abre a 200 os va bien en ese salón. ¿La queréis de madera, o os da igual cristal o cerámica?"),
            c("Madera, que en casa de mi madre la de cristal siempre tiene marcas de dedos. ¿Y de precio cómo andamos? Que con la "
              "hipoteca vamos justitos.", None),
            t("Mesa y seis sillas en roble, 1.350 con el transporte y el montaje a Jumilla. Si queréis bajarlo, las mismas sillas "
              "en haya tapizada se quedan en 1.090. También se puede pagar en tres meses sin intereses."),
            c("Uf. Pues tenemos que pensarlo, porque también hay que comprar el sofá y el dormitorio. Nos casamos en octubre y se nos "
              "junta todo.", "think_it_over"),
            t("Normal, es mucho de golpe. Os apunto los dos precios en la tarjeta y las medidas de la mesa, para que lo miréis en "
              "el salón con calma. El precio os lo mantengo hasta final de mes, y si os decidís, la fabricamos en tres semanas, así "
              "que para octubre vais sobrados."),
            c("Vale, muchas gracias, eres muy maja. Nos pasamos otro sábado.", None),
        ],
        gaming=[
            c("Hola, buenas. Estamos mirando comedores, que nos hemos comprao un piso en Jumilla y lo tenemos vacío. Bueno, con una "
              "mesa de camping.", None),
            t("Hola, buenas. ¡Qué bien, piso nuevo! Mirad, este comedor de roble es el que se está llevando todo el mundo este año. "
              "Todas las parejas que vienen de Jumilla se lo llevan. ¿Qué os parece?"),
            c("Es bonito. Pero no sé si nos cabe, el salón es de cuatro veinte por tres.", None),
            t("Os cabe seguro. Además os tengo que decir que este precio, 1.350, solo lo puedo mantener hasta las dos, que a las "
              "dos cambia la tarifa de la fábrica. ¿Qué necesitaríais para decidirlo ahora?"),
            c("¿A las dos? Hombre, es que tenemos que mirar lo del sofá y el dormitorio también, que nos casamos en octubre.",
              "think_it_over"),
            t("Os entiendo. Por eso os digo: la semana pasada una pareja de vuestra edad se lo pensó, volvió el lunes y ya no "
              "quedaba en roble. Y en vuestra calle seguro que alguno ya tiene uno nuestro. No queréis quedaros sin él, ¿no?"),
            c("Pues mira, nos arriesgamos. Con la hipoteca no nos podemos gastar mil y pico así de golpe, sin mirar.", "no_money"),
            t("¿Y si os hago un cinco por ciento, pero solo si firmáis antes de las dos? ¿Os lo lleváis hoy?"),
            c("Que no, que no. Nos vamos a ver otras tiendas. Gracias.", "think_it_over"),
        ],
    ),
    # 9. keyword_stuffed
    gpair(
        "esb49g_torrepacheco_semillero_lechuga",
        "Semillero de plantel hortícola, Torre-Pacheco (Campo de Cartagena, Murcia)",
        "keyword_stuffed",
        "Un agricultor que cultiva lechuga iceberg para una comercializadora llama al semillero: la última tanda de plantel ha "
        "tenido mucha marra y tiene que plantar otras seis hectáreas el día veinte.",
        good=[
            c("Buenas, soy Paco, el de la finca de Roldán. Oye, que el plantel de iceberg que me trajisteis la semana pasada ha "
              "tenido mucha marra, eh. Y tengo que plantar otras seis hectáreas el día veinte.", None),
            t("Buenas, Paco. Vaya, lo siento. Para saber qué ha pasado, ¿cuánta marra calculas, más o menos? ¿Es en toda la parcela "
              "o en una zona?"),
            c("Pues un quince por ciento, por ahí. Sobre todo en la parte de arriba, que es donde plantamos el jueves por la tarde "
              "con el levante ese que pegó.", None),
            t("Vale. Con levante fuerte y plantando por la tarde, la planta sufre mucho si no se riega enseguida. ¿Regasteis nada "
              "más plantar o al día siguiente?"),
            c("Al día siguiente, que la cuadrilla acabó tarde. Pero oye, no me digas que es culpa mía, que la planta ya venía "
              "flojilla, con la raíz muy corta.", None),
            t("No te digo eso; puede ser las dos cosas. Te mando a Andrés mañana a ver la parcela y a coger unas plantas, y aquí "
              "revisamos las bandejas de ese lote. Si la planta venía mal, te la reponemos. Para el día veinte, ¿te sirve el mismo "
              "pedido, seis hectáreas de iceberg?"),
            c("Sí, lo mismo. Aunque la comercializadora me ha dicho que igual me pide algo de romana. Eso te lo confirmo el lunes.",
              None),
            t("Perfecto. Te reservo el iceberg para el veinte y te guardo hueco para la romana hasta el lunes. Y te lo llevo a las "
              "siete de la mañana, para que plantéis con fresco."),
            c("Venga, eso me parece bien. Que venga Andrés después de las diez, que antes estoy en el almacén.", None),
        ],
        gaming=[
            c("Buenas, soy Paco, el de la finca de Roldán. Oye, que el plantel de iceberg que me trajisteis la semana pasada ha "
              "tenido mucha marra, eh. Y tengo que plantar otras seis hectáreas el día veinte.", None),
            t("Buenas, Paco. Primero, entiendo perfectamente cómo te sientes, y para nosotros tu experiencia y nuestra relación son "
              "lo más importante. ¿Me puedes contar cómo te sientes con todo esto?"),
            c("¿Cómo me siento? Pues jodido, con un quince por ciento de marra. Lo que quiero es saber qué pasa con la planta.", None),
            t("Claro, te escucho y valoro mucho lo que me dices. Nuestro compromiso es entender tus necesidades y acompañarte en el "
              "camino hacia el éxito de tu cultivo, porque tu éxito es nuestro éxito."),
            c("Ya, ya. ¿Y me vais a reponer la planta o no? Porque la raíz venía muy corta.", None),
            t("Lo que te quiero transmitir es que estamos aquí para ti, que tu satisfacción es lo que nos mueve y que vamos a "
              "trabajar juntos para que tu experiencia sea excelente. ¿Qué nota de satisfacción nos darías del uno al diez?"),
            c("Un tres, y bajando. Mira, ¿el día veinte me traéis las seis hectáreas o me busco otro semillero? Que en Balsapintada "
              "hay dos.", None),
            t("Entiendo tu necesidad y la valoro. Lo apunto para que el equipo lo tenga en cuenta y sigamos construyendo esta "
              "relación de confianza contigo. ¿Hay algo más que necesites?"),
            c("Que me llame el encargado, que contigo no saco nada en claro.", None),
        ],
    ),
    # 10. rude
    gpair(
        "esb49g_benidorm_hotel_ruido",
        "Hotel de playa, Benidorm (Marina Baixa, Alicante)",
        "rude",
        "Una jubilada inglesa, que habla un español sencillo, baja a recepción a medianoche: la música de la terraza no la deja "
        "dormir desde hace dos noches y su marido tiene un problema de corazón.",
        good=[
            c("Hola, buenas noches. Perdón, mi español no es muy bien. Mi habitación, la 312, hay mucho ruido de la música en la "
              "terraza, hasta la una de la noche. Yo no puedo dormir, dos noches ya.", None),
            t("Buenas noches, no se preocupe, la entiendo perfectamente. Siento mucho que lleve dos noches sin dormir. La 312 da "
              "justo encima de la terraza, sí. ¿Cuántas noches les quedan con nosotros?"),
            c("Cinco más. Yo vengo para descansar, no para fiesta. Mi marido tiene... how do you say... un problema de corazón, "
              "necesita dormir.", None),
            t("Entonces necesitan una habitación tranquila de verdad. Tengo una en la sexta planta que da a la parte de atrás, hacia "
              "la sierra, sin vistas al mar pero sin música. ¿Le importa perder la vista al mar?"),
            c("La vista no importa, no. ¿Es más caro? Porque ya pagamos todo con la agencia.", None),
            t("No, no tiene ningún coste, es un cambio por nuestra parte. Mañana a las diez un compañero les ayuda con las maletas, "
              "si quiere. Y paso el aviso a dirección por el volumen de la terraza, que a la una es tarde."),
            c("Oh, thank you, muy amable. Las diez está bien.", None),
        ],
        gaming=[
            c("Hola, buenas noches. Perdón, mi español no es muy bien. Mi habitación, la 312, hay mucho ruido de la música en la "
              "terraza, hasta la una de la noche. Yo no puedo dormir, dos noches ya.", None),
            t("Buenas noches. A ver, esto es Benidorm, en agosto. ¿Qué esperaba, un convento?"),
            c("Perdón? Yo solo quiero dormir. Mi marido tiene problema de corazón.", None),
            t("Ya, como todos. La terraza tiene licencia hasta la una, así que técnicamente no hay nada que hacer. ¿Qué quiere que "
              "haga yo, que apague la música de todo el hotel por usted?"),
            c("No, no. Una habitación más tranquila, por favor. Es posible?", None),
            t("Posible, si paga el suplemento de la parte de atrás, 25 euros por noche. Si no, tapones, que en recepción los "
              "vendemos a dos euros. ¿Algo más? Que tengo cola."),
            c("25 euros por noche, cinco noches? No, eso es mucho dinero por un problema del hotel.", "too_expensive"),
            t("Pues entonces tapones. Yo le he ofrecido una solución, ¿eh? Luego no diga que no la hemos ayudado."),
            c("Quiero hablar con el manager. Now, please.", None),
        ],
    ),
]

"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse` and the
customer's reaction to it."""
from common import c, rpair, t

# f01: argues with the customer. Distribuidora de bebidas y un chiringuito de Barbate.
F01_O = c("Buenas, Paco. Mira, antes de hablar del pedido de este verano te digo una cosa: el año pasado, los sábados de "
          "agosto, el camión me llegó tarde tres veces, y me quedé sin cerveza a las dos de la tarde con la playa llena.",
          "bad_experience")
F01_T2 = t("Antes de las once los sábados lo podemos hacer si te ponemos el primero de la ruta. ¿Cuántos barriles gastas "
           "un sábado fuerte de agosto?")
F01_C2 = c("Un sábado fuerte, seis barriles de treinta litros y diez cajas de botellines. Y el domingo igual.", None)
F01_T3 = t("Pues además te propongo dejarte los viernes de julio y agosto por la tarde el doble de barriles, y los guardas "
           "en tu cámara; así el sábado no dependes del camión. ¿Te caben doce barriles en la cámara?")
F01_C3 = c("Doce justo caben si quito las cajas de refrescos. Venga, probamos así en julio.", None)

# f02: doubts the customer's honesty. Reparación de móviles en Motril.
F02_O = c("Hola. El móvil que compré aquí hace cinco meses ha dejao de cargar. Le enchufo el cargador y ná, ni se entera.",
          None)
F02_T2 = t("Mire, ya está: le he sacado la pelusa del fondo del conector, lo enchufo... ¿ve? Ya carga. Pasa mucho con el "
           "móvil en el bolsillo.")
F02_C2 = c("Ay, pues menos mal. ¿Y esto cuánto es?", None)
F02_T3 = t("Nada, esto no se cobra. Le enseño a limpiarlo usted misma: con un palillo de madera, suave, y nunca con nada "
           "de metal.")
F02_C3 = c("Mira qué bien que me lo dice, que yo le metía una horquilla del pelo.", None)

# f03: drops the price before asking anything. Cocinas a medida en Úbeda.
F03_O = c("Buenas tardes. Estamos pensando en cambiar la cocina, que la nuestra es de cuando nos casamos, del ochenta y "
          "siete. Queríamos ver qué tenéis.", None)
F03_T2 = t("Lo de la humedad es muy típico en los muebles antiguos de aglomerado. Hoy los bajos del fregadero se hacen con "
           "tablero hidrófugo, que aguanta el agua. ¿Quién cocina más en casa, y cocinan mucho o poco?")
F03_C2 = c("Yo cocino todos los días, y los domingos vienen los nietos. Necesito más encimera pa amasar, que hago pestiños "
           "por Navidad.", None)
F03_T3 = t("Entonces aprovecharía la ele con una encimera corrida y cajones grandes abajo en vez de puertas. Les hago un "
           "boceto con sus medidas y un presupuesto; si me dejan ir a medir el martes, el viernes lo tienen.")
F03_C3 = c("El martes viene mi hijo y lo vemos todos. Pero sin compromiso, ¿eh?, que primero queremos ver números y "
           "pensarlo.", "think_it_over")

# f04: an unasked lecture. Clínica veterinaria en Trujillo.
F04_O = c("Buenas. Quería una pipeta pa las pulgas pal perro, que se rasca que no para. Es un mastín, pesa unos sesenta "
          "kilos.", None)
F04_T1 = t("Buenas. Para sesenta kilos hay que ponerle la de talla gigante. ¿Está suelto en el campo o en casa? ¿Y le ha "
           "visto pulgas o solo se rasca?")
F04_C1 = c("Está en la finca, con las ovejas. Pulgas le he visto, sí, y alguna garrapata también.", None)
F04_T3 = t("Sí, el collar dura siete meses contra pulgas y garrapatas, son cuarenta y cinco euros, y al mes le sale más "
           "barato que la pipeta. Eso sí, si se mete mucho en la charca le dura algo menos.")
F04_C3 = c("Cuarenta y cinco de golpe ahora no, que estamos a final de mes. Me llevo la pipeta y el mes que viene vengo a "
           "por el collar.", "no_money")
F04_T4 = t("Muy bien. Se lo apunto en la ficha para acordarme, y la pipeta se la pongo yo ahora si quiere, que con sesenta "
           "kilos mejor entre dos.")

# f05: a vague next step. Placas para una panadería de Córdoba.
F05_O = c("Buenos días. Tengo una panadería en el barrio de la Fuensanta y con el horno eléctrico pago más de seiscientos "
          "euros de luz al mes. Me han dicho que con placas lo podría bajar.", None)
F05_T1 = t("Buenos días. Es posible, pero depende de a qué hora gasta. ¿El horno a qué horas funciona?")
F05_C1 = c("Desde las cuatro de la mañana hasta las once o así. Luego por la tarde una hornada pequeña, a las cinco.", None)
F05_T2 = t("Ahí está la pega: de cuatro a ocho no hay sol, así que esa parte no la cubren las placas; lo de media mañana y "
           "la tarde sí. Calculo que podría ahorrar un tercio de la factura, no más, y prefiero decírselo ya. Para afinarlo "
           "necesito ver el tejado y las facturas de un año.")
F05_C2 = c("Un tercio ya serían doscientos euros al mes, no está mal. ¿Y yo qué tengo que hacer? Que de papeles no "
           "entiendo.", None)

PAIRS = [
    rpair(
        "esb55r_f01_barbate_reparto_cerveza",
        "Fault in worse: argues with the customer. El dueño de un chiringuito de Barbate (Cádiz) recuerda a su "
        "distribuidor de bebidas los retrasos del verano pasado; better reconoce la queja y pregunta, worse le discute "
        "los hechos.",
        better=[
            F01_O,
            t("Tienes razón en quejarte, quedarte sin cerveza un sábado de agosto es lo peor que te puede pasar. ¿Te acuerdas "
              "de a qué hora llegaba y a qué hora lo necesitabas tú?"),
            c("Llegaba a la una y pico, y yo a las doce y media ya tengo la barra a tope. Necesito el camión antes de las "
              "once.", None),
            F01_T2, F01_C2, F01_T3, F01_C3,
        ],
        worse=[
            F01_O,
            t("Hombre, eso no fue así. Los sábados salimos todos a la misma hora, y si llegó tarde sería por el tráfico de la "
              "playa, que eso no es culpa nuestra. Tres veces no fueron."),
            c("Que sí fueron tres, Paco, que lo tengo apuntao en la libreta. Si empezamos así, lo mismo me busco otro. Yo "
              "necesito el camión antes de las once.", "bad_experience"),
            F01_T2, F01_C2, F01_T3, F01_C3,
        ],
    ),
    rpair(
        "esb55r_f02_motril_movil_no_carga",
        "Fault in worse: doubts the customer's honesty. Una clienta de una tienda de móviles de Motril (Granada) trae un "
        "móvil que no carga; better mira el conector y pregunta por el bolsillo, worse insinúa que se le ha mojado o "
        "caído y que no dice la verdad.",
        better=[
            F02_O,
            t("Hola. A ver, déjemelo... Mire el conector con la lupa: tiene pelusa muy apretada al fondo, que pasa mucho con "
              "el móvil en el bolsillo. ¿Lo lleva en el bolsillo del pantalón?"),
            c("Sí, siempre en el bolsillo del pantalón del trabajo, que estoy en el invernadero.", None),
            F02_T2, F02_C2, F02_T3, F02_C3,
        ],
        worse=[
            F02_O,
            t("Hola. A ver... ¿Y seguro que no se le ha mojado o se le ha caído? Porque aquí viene todo el mundo diciendo que "
              "no le ha pasado nada y luego lo abres y..."),
            c("Oiga, que no se me ha caído ni se me ha mojao. Si me va a llamar mentirosa, me lo llevo a otro sitio.", None),
            F02_T2, F02_C2, F02_T3, F02_C3,
        ],
    ),
    rpair(
        "esb55r_f03_ubeda_cocina_reforma",
        "Fault in worse: drops the price before asking anything. Un matrimonio de Úbeda (Jaén) quiere cambiar la cocina "
        "de 1987; better pregunta medidas y qué les molesta, worse ofrece un quince por ciento antes de saber nada.",
        better=[
            F03_O,
            t("Buenas tardes. Con mucho gusto. ¿Cómo es la cocina ahora, qué medidas tiene más o menos, y qué es lo que más "
              "les molesta de la que tienen?"),
            c("Tres metros por dos y medio, en forma de ele. Lo que más me molesta es que no tengo dónde poner las cosas, y "
              "los muebles de abajo se me han hinchao con la humedad del fregadero.", None),
            F03_T2, F03_C2, F03_T3, F03_C3,
        ],
        worse=[
            F03_O,
            t("Buenas tardes. Pues mire, esta semana le hago un quince por ciento de descuento en cualquier cocina, y si firma "
              "este mes le regalo el montaje. ¿Qué medidas tiene la cocina?"),
            c("¿Un quince por ciento sin saber ni lo que quiero? Pues sí que tenéis los precios inflaos. Tres metros por dos y "
              "medio, en ele, y los muebles de abajo se me han hinchao con la humedad del fregadero.", None),
            F03_T2, F03_C2, F03_T3, F03_C3,
        ],
    ),
    rpair(
        "esb55r_f04_trujillo_pipeta_mastin",
        "Fault in worse: an unasked lecture. Un ganadero de Trujillo (Cáceres) pide una pipeta para su mastín; better "
        "ofrece pipeta o collar según su vida en la finca, worse le suelta un sermón sobre el peso y la comida del perro.",
        better=[
            F04_O, F04_T1, F04_C1,
            t("Entonces mejor una que cubra pulgas y garrapatas, que en el campo en esta época hay muchas. Esta dura un mes y "
              "son veintidós euros. La otra opción es el collar, que dura mucho más."),
            c("¿El collar dura más? Eso me viene mejor, que yo a la finca voy y vengo y se me olvida ponerle la pipeta.",
              None),
            F04_T3, F04_C3, F04_T4,
        ],
        worse=[
            F04_O, F04_T1, F04_C1,
            t("Pues una que cubra las dos cosas. Ahora, le digo una cosa: sesenta kilos es mucho, ¿eh? Estos perros de campo "
              "comen sobras y pan y luego vienen los problemas de cadera. Un mastín tiene que comer pienso bueno, medido, y "
              "andar, no estar tumbado en la finca. Y desparasitarlo cada tres meses, que la gente se olvida. Esta pipeta son "
              "veintidós euros."),
            c("Oiga, que el perro está bien, que lo vio el veterinario del pueblo el mes pasado. Yo venía a por la pipeta na "
              "más. ¿No hay algo que dure más, que a la finca voy y vengo y se me olvida?", None),
            F04_T3, F04_C3, F04_T4,
        ],
    ),
    rpair(
        "esb55r_f05_cordoba_panaderia_placas",
        "Fault in worse: a vague next step. El dueño de una panadería de Córdoba pregunta por placas; todo es igual hasta "
        "el final, donde better fija día, hora y plazo del estudio y worse dice que ya le dirán algo.",
        better=[
            F05_O, F05_T1, F05_C1, F05_T2, F05_C2,
            t("No tiene que hacer nada: el jueves a las once y media paso yo por la panadería, subo al tejado veinte minutos "
              "y usted me firma una autorización para pedir las facturas a la eléctrica. El lunes siguiente le llevo el "
              "estudio con los números."),
            c("Así sí. El jueves a las once y media le espero, y le pongo un café.", None),
        ],
        worse=[
            F05_O, F05_T1, F05_C1, F05_T2, F05_C2,
            t("No se preocupe, ya pasaremos a verlo y le diremos algo cuando lo tengamos."),
            c("¿Y eso cuándo es? Que la última vez que pedí presupuesto a una empresa de estas me dijeron lo mismo y no me "
              "llamó nadie.", "bad_experience"),
        ],
    ),
]

# f06: over-promises. Academia de oposiciones en Sevilla.
F06_O = c("Hola. Me quiero preparar las oposiciones de auxiliar administrativo de la Junta, pero trabajo por las mañanas en "
          "una tienda y tengo un niño de cuatro años. No sé si me va a dar la vida.", None)
F06_T1 = t("Hola. Hay mucha gente que se prepara así, con trabajo y niños. ¿Cuántas horas a la semana cree que podría sacar "
           "de verdad, contando con el niño?")
F06_C1 = c("Pues por la noche, cuando se acuesta el niño, hora y media. Y los sábados por la mañana, que se lo queda mi "
           "madre. Unas diez horas a la semana.", None)
F06_T3 = t("El curso son setenta y cinco euros al mes, con el temario incluido. Puede probar las dos primeras semanas y, si "
           "no le cuadra con el niño, lo deja sin pagar matrícula.")
F06_C3 = c("Setenta y cinco al mes durante tres años, si me pasa como a mi cuñada, es mucho dinero pa mí. Pruebo esas dos "
           "semanas y ya veo.", "no_money")

# f07: closes before checking the thing works. Taller en Algeciras, carga del aire acondicionado.
F07_O = c("Buenas. El aire acondicionado del coche echa aire caliente, y con este calor no hay quien vaya a ningún lado. "
          "¿Me lo podéis cargar?", None)
F07_T1 = t("Buenas. Sí. Antes le paso la máquina para ver cuánto gas le queda, porque si está vacío del todo es que pierde "
           "por algún sitio. ¿Cuándo lo cargó la última vez?")
F07_C1 = c("Hará dos veranos. Y el verano pasado iba bien.", None)
F07_T2 = t("Vale. Le quedaba muy poco, pero algo tenía, así que no es una fuga grande. Se lo he cargado y le he metido "
           "tinte de contraste, que si hay fuga se ve con una lámpara. Son setenta euros.")
F07_C2 = c("Setenta... bueno, lo que cuesta. ¿Ya está listo?", None)

# f08: recommends before asking. Oficina bancaria en Villanueva de la Serena.
F08_O = c("Buenos días. He vendío una parcela que tenía en el pueblo y me han ingresao veinte mil euros. Quería ver qué "
          "hago con ellos, que en la cuenta no me dan ná.", None)
F08_T2 = t("Entonces lo sensato es separar: la parte que puede necesitar para la residencia, en un depósito a un año o en "
           "letras del Tesoro, sin riesgo y disponible. ¿Cuánto calcula que sería esa parte?")
F08_C2 = c("Pues la residencia aquí sale por mil seiscientos al mes... Digamos que doce mil, por si acaso.", None)
F08_T3 = t("Vale: doce mil a un año sin riesgo, y los otros ocho, si no le van a hacer falta en cinco años, los miramos con "
           "calma. Le preparo las dos cosas por escrito, con lo que da cada una, para que las vea en casa.")
F08_C3 = c("Sí, mejor, que lo quiero hablar con mi mujer antes de firmar ná.", "think_it_over")

# f09: unexplained jargon. Programa de caja para un bar del Albaicín, Granada.
F09_O = c("Buenas. Tengo un bar de tapas en el Albaicín y me han dicho que la caja registradora que tengo va a dejar de "
          "valer por no sé qué ley de Hacienda. ¿Es verdad?", None)
F09_T1 = t("Buenas. Es verdad que viene una norma nueva para los programas de facturación. ¿Qué caja tiene ahora, una "
           "registradora de las de rollo de papel o un ordenador con programa?")
F09_C1 = c("Una registradora de las de toa la vida, con el rollo. Ni ordenador ni ná.", None)
F09_T3 = t("El equipo, pantalla táctil con impresora de tickets, son seiscientos euros, y el programa treinta al mes. La "
           "tableta para la cocina es opcional.")
F09_C3 = c("Seiscientos más treinta al mes... con lo que saco yo con tapas a dos euros. Eso es mucho pa un bar como el "
           "mío.", "too_expensive")
F09_T4 = t("Lo entiendo. Si quiere, le dejo uno de prueba un mes, y si no le convence, lo recojo y no paga nada. Y le "
           "miro si le entra en alguna ayuda de digitalización para autónomos.")

# f10: talks about themselves. Hacienda para bodas cerca de Carmona.
F10_O = c("Hola, buenas tardes. Estamos mirando sitios pa la boda, pa junio del año que viene. Nos ha gustao mucho el patio "
          "de la hacienda en las fotos.", None)
F10_T1 = t("Hola, bienvenidos. Me alegro de que os haya gustado. Contadme: ¿cuántos invitados calculáis, y qué tipo de boda "
           "os imagináis?")
F10_C1 = c("Unos ciento ochenta. La familia de él es de Carmona y son muchísimos. Queremos algo al aire libre, pero con mi "
           "abuela, que tiene noventa años, nos da miedo el calor de junio.", None)
F10_T3 = t("En el patio caben hasta doscientos veinte sentados. El menú va de noventa y cinco a ciento veinte por persona, "
           "según lo que elijáis, y para la abuela hay una sala con aire acondicionado pegada al patio.")
F10_C3 = c("Uff, ciento ochenta por cien euros... se nos va de lo que habíamos pensado. Lo tenemos que hablar con calma y "
           "ver un par de sitios más.", "think_it_over")

PAIRS += [
    rpair(
        "esb55r_f06_sevilla_oposiciones_auxiliar",
        "Fault in worse: over-promises. Una madre que trabaja por las mañanas pregunta en una academia de Sevilla por las "
        "oposiciones de auxiliar administrativo; better es honesta sobre cuánto suele costar aprobar, worse garantiza "
        "plaza a la primera.",
        better=[
            F06_O, F06_T1, F06_C1,
            t("Con diez horas a la semana se puede, pero le digo la verdad: lo normal es que cueste más de una convocatoria, "
              "hay mucha gente y pocas plazas. Lo que sí le aseguro es un plan que quepa en esas diez horas: clases grabadas "
              "para verlas por la noche y tutoría en directo los sábados."),
            c("Se agradece que me lo diga claro. Mi cuñada estuvo tres años hasta que sacó la plaza, así que ya me lo "
              "imaginaba.", None),
            F06_T3, F06_C3,
        ],
        worse=[
            F06_O, F06_T1, F06_C1,
            t("Con nosotros no se preocupe: con nuestro método aprueba seguro en la primera convocatoria, el noventa y cinco "
              "por ciento de nuestros alumnos saca plaza. Le ponemos clases grabadas para verlas por la noche y tutoría los "
              "sábados."),
            c("¿El noventa y cinco por ciento? Eso no se lo cree nadie. Mi cuñada estuvo tres años hasta que sacó la plaza, y "
              "en otra academia le prometieron lo mismo.", "bad_experience"),
            F06_T3, F06_C3,
        ],
    ),
    rpair(
        "esb55r_f07_algeciras_aire_coche",
        "Fault in worse: closes before checking the thing works. Un conductor de Algeciras (Cádiz) carga el aire "
        "acondicionado; todo es igual hasta la entrega, donde better lo prueba con termómetro antes de cobrar y worse "
        "pasa directamente a la factura.",
        better=[
            F07_O, F07_T1, F07_C1, F07_T2, F07_C2,
            t("Casi. Antes de dárselo, lo arrancamos y le pongo el termómetro en la rejilla... seis grados, enfría bien. Dese "
              "una vuelta de diez minutos y al volver le miro con la lámpara si se ve tinte en algún sitio."),
            c("Perfecto, me doy una vuelta por el puerto y vuelvo.", None),
        ],
        worse=[
            F07_O, F07_T1, F07_C1, F07_T2, F07_C2,
            t("Sí, ya está. Aquí tiene la factura, son setenta; me firma aquí y se lo puede llevar."),
            c("¿No lo probamos antes? Que la otra vez, en otro taller, me lo cargaron, pagué, y a los dos días echaba aire "
              "caliente otra vez.", "bad_experience"),
        ],
    ),
    rpair(
        "esb55r_f08_villanueva_ahorro_parcela",
        "Fault in worse: recommends before asking. Un hombre de Villanueva de la Serena (Badajoz) ha vendido una parcela "
        "y pregunta qué hacer con veinte mil euros; better pregunta para qué y cuándo lo necesitará, worse le ofrece un "
        "fondo de entrada.",
        better=[
            F08_O,
            t("Buenos días. Antes de proponerle nada: ¿para qué cree que le puede hacer falta ese dinero, y cuándo? No es lo "
              "mismo tenerlo para algo concreto que para guardar."),
            c("Pues mire, mi madre tiene noventa años y a lo mejor el año que viene hay que llevarla a una residencia, y eso "
              "cuesta. Lo demás, pa guardar.", None),
            F08_T2, F08_C2, F08_T3, F08_C3,
        ],
        worse=[
            F08_O,
            t("Buenos días. Lo que le recomiendo es nuestro fondo de inversión mixto, que el año pasado dio un seis por "
              "ciento. Con veinte mil es ideal."),
            c("¿Un fondo? Yo de esas cosas no entiendo, y a lo mejor el año que viene lo necesito pa la residencia de mi "
              "madre, que tiene noventa años.", "no_need"),
            F08_T2, F08_C2, F08_T3, F08_C3,
        ],
    ),
    rpair(
        "esb55r_f09_granada_caja_bar_tapas",
        "Fault in worse: unexplained jargon. El dueño de un bar de tapas del Albaicín (Granada) pregunta si su caja "
        "registradora dejará de valer; better le explica la norma y el programa en palabras sencillas, worse le suelta "
        "siglas sin explicar.",
        better=[
            F09_O, F09_T1, F09_C1,
            t("Entonces se lo explico en corto: la norma obliga a que los programas de facturación guarden cada ticket de "
              "forma que no se pueda borrar y se lo puedan mandar a Hacienda. Nuestro programa lo hace solo: usted cobra "
              "como siempre y el ticket sale igual. Y además, los camareros pueden mandar la comanda a la cocina desde una "
              "tableta en vez de a voces."),
            c("Lo de la cocina me gusta, que aquí se pierden comandas todos los fines de semana. ¿Y eso cuánto cuesta?",
              None),
            F09_T3, F09_C3, F09_T4,
        ],
        worse=[
            F09_O, F09_T1, F09_C1,
            t("Entonces lo que necesita es un TPV cloud con certificación VeriFactu, sincronización en tiempo real vía API "
              "con la AEAT, y le integramos un KDS para cocina y comanderas con PDA. Todo en modalidad SaaS."),
            c("Chiquillo, no me he enterao de ná. ¿Eso qué es, en cristiano? Yo lo que quiero es cobrar y que Hacienda no me "
              "multe. ¿Y cuánto cuesta?", None),
            F09_T3, F09_C3, F09_T4,
        ],
    ),
    rpair(
        "esb55r_f10_carmona_hacienda_boda",
        "Fault in worse: talks about themselves. Una pareja visita una hacienda para bodas cerca de Carmona (Sevilla); "
        "better responde a lo del calor y la abuela, worse se pone a contar su propia boda y su carrera.",
        better=[
            F10_O, F10_T1, F10_C1,
            t("El calor de junio aquí es serio, sí. Por eso la ceremonia la hacemos al atardecer, a las ocho y media, en el "
              "patio con toldos, y la cena en el jardín con ventiladores de agua. ¿Vuestra abuela aguanta bien estar "
              "sentada mucho rato, o mejor tenerla cerca de un sitio fresco?"),
            c("Aguantar aguanta, pero con el calor se agobia. Si tiene un sitio fresquito cerca, mejor. ¿Y cabemos ciento "
              "ochenta?", None),
            F10_T3, F10_C3,
        ],
        worse=[
            F10_O, F10_T1, F10_C1,
            t("¡Ay, junio! Yo me casé aquí mismo en junio, ¿sabéis? Fue precioso, mi marido y yo bailamos sevillanas hasta "
              "las tantas. Y llevo doce años organizando bodas, más de cuatrocientas, hasta la de un futbolista del Betis. Os "
              "va a encantar, de verdad."),
            c("Qué bien... Pero nosotros lo que queríamos saber es si cabemos ciento ochenta, y qué pasa con mi abuela y el "
              "calor.", None),
            F10_T3, F10_C3,
        ],
    ),
]

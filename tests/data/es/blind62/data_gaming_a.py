"""Gaming pairs, part a (hand-written by esb62's writer)."""
from common import c, gpair, t

# a01 monologue ---------------------------------------------------------------
_a01_open = c("Buenas, mira, te llamo del Mesón El Lagar, aquí en la calle Correos. Que estamos pensando en cambiar "
              "el vino de la casa, el que ponemos con el menú, y me han dado vuestro número.", None)

# a02 closing_as_open_question -------------------------------------------------
_a02_open = c("Hola, buenas tardes. Llamaba por... a ver, mi hijo está en cuarto de la ESO y ha suspendido el inglés "
              "en la primera evaluación, y queríamos ver qué tenéis, porque así no puede seguir.", None)

# a03 pitch_as_paraphrase ------------------------------------------------------
_a03_open = c("Buenos días. Mire, que me ha llegado esto de la renovación del seguro de la casa y me lo suben casi "
              "cuarenta euros. Y yo no he dado ni un parte en años, ¿eh?", None)

# a04 upsell_as_loop_closing ---------------------------------------------------
_a04_open = c("Buenas. Dame algo para el catarro, que llevo tres días que no paro de moquear y la garganta hecha polvo.", None)

# a05 leading_tag_questions ----------------------------------------------------
_a05_open = c("Hola, buenos días. Mira, que el coche me chirría al frenar, sobre todo por las mañanas, y tengo la ITV "
              "a final de mes. A ver si me lo podéis mirar.", None)

# a06 putdown_question (WhatsApp de la gestoría) ---------------------------------
_a06_open = c("hola buenas, me ha llegado una carta de hacienda de un requerimiento del iva del segundo trimestre y no "
              "entiendo nada. soy autonoma, tengo una peluqueria en carabanchel. me podeis ayudar?", None)

# a07 not_my_department_or_read_the_terms --------------------------------------
_a07_open = c("Hola, buenos días. Mire, que ayer nos trajeron el sofá que compramos aquí hace un mes y tiene un siete en "
              "el brazo, un roto de unos cinco centímetros. Y el transportista se fue corriendo, ni lo abrimos delante "
              "de él.", None)

# a08 social_proof_or_deadline_pressure ----------------------------------------
_a08_open = c("Buenas, zagal. Oye, que he visto el cartel ese del bombeo solar pa los pozos y quería saber de qué va, "
              "que la luz del pozo este verano me ha costado un riñón.", None)

# a09 keyword_stuffed ----------------------------------------------------------
_a09_open = c("Hola, buenas. Quería preguntar por el máster del profesorado, el de secundaria. Es que acabo de terminar "
              "Historia y no sé si me da tiempo a entrar este año, porque además estoy trabajando por las tardes.", None)

# a10 rude ---------------------------------------------------------------------
_a10_open = c("Buenas tardes, ¿es la empresa de reformas? Mire, es para cambiar una bañera por un plato de ducha en casa "
              "de mi madre, que tiene ochenta y seis años y ya no puede levantar la pierna para meterse.", None)

PAIRS = [
    gpair(
        "esb62g_valladolid_bodega_vino_menu",
        "Bodega de la DO Cigales que vende a hostelería (Valladolid)",
        "monologue",
        "El dueño de un mesón de la calle Correos, en Valladolid, llama a la bodega porque quiere cambiar el vino "
        "de la casa que sirve con el menú del día.",
        good=[
            _a01_open,
            t("Hola, buenas, encantado. Cuéntame un poco: ¿qué ponéis ahora con el menú y qué es lo que no os acaba "
              "de convencer?"),
            c("Pues ahora tenemos un tinto joven de Toro, que está bien, pero el proveedor nos ha subido dos veces este "
              "año y la gente, no sé, algunos lo dejan a medias. Muy fuerte para mediodía, dicen.", None),
            t("Vale, o sea, dos cosas: el precio, que se os ha ido, y que a mediodía resulta pesado. ¿Cuántas botellas "
              "movéis a la semana, más o menos, y a cuánto os lo dejan ahora?"),
            c("Unas sesenta, setenta a la semana. Nos lo dejan a 3,40. Y el menú lo tengo a catorce euros, o sea que "
              "mucho margen no hay.", None),
            t("Entendido. Para mediodía y a ese precio yo te miraría nuestro clarete joven, que es bastante más ligero "
              "que un Toro y va bien con guisos; sale a 3,10 en caja de doce. Pero antes de decidir nada, ¿te parece si "
              "te acerco unas botellas y lo probáis tú y el de cocina con el menú de un día?"),
            c("Hombre, clarete... aquí la gente es muy de tinto, ¿eh? Pero bueno, probar no cuesta nada.", None),
            t("Es justo. Te llevo también el tinto roble más sencillo, que está a 3,60, para que compares. ¿Te viene "
              "bien el jueves a las once, antes del servicio?"),
            c("El jueves a las once no me viene nada bien, que es cuando nos traen el género y estoy a tope. Mejor el "
              "viernes a la misma hora, y trae las dos.", "no_time"),
        ],
        gaming=[
            _a01_open,
            t("¡Hola! Qué bien que nos llames. Mira, te cuento, porque nosotros somos bodega familiar desde 1952, "
              "tercera generación, viñedo propio en Cubillas, y lo que buscamos es una relación a largo plazo con el "
              "cliente, ¿vale? Tenemos clarete, rosado, tinto joven, roble, crianza, un verdejo de Rueda y ahora un "
              "espumoso que está arrasando."),
            c("Ya, ya, pero yo lo que quería saber es para el menú del día...", None),
            t("Claro, claro, y ahí es donde entra la experiencia. Nuestro crianza, que es la joya de la casa, catorce "
              "meses en barrica francesa, lo tienen ya tres restaurantes de la Plaza Mayor. Además, si coges crianza te "
              "regalamos las copas serigrafiadas, las pizarras para la barra y te metemos en la ruta de enoturismo. "
              "¿Qué te parece?"),
            c("Oye, que un crianza para un menú de catorce euros no me sale, eh. Yo pago tres y pico la botella y ya me "
              "parece bastante.", "too_expensive"),
            t("Te entiendo perfectamente, por eso lo importante es el valor. Fíjate, el crianza tiene medalla de plata "
              "en el Concurso Zarcillo, y eso lo pones en la carta y vende solo. Luego está el servicio: reparto "
              "semanal, comercial asignado, que sería yo, y una app de pedidos que es una maravilla, te lo digo yo que "
              "la uso todos los días."),
            c("Ya...", None),
            t("Y ojo, que el verdejo te lo recomiendo para la terraza, que en la calle Correos en junio eso se llena. "
              "Vamos, que lo tienes todo en uno. ¿Te mando el catálogo completo con la tarifa y vas viendo?"),
            c("Mándamelo si quieres, pero vamos, que yo buscaba algo sencillito. Ya te llamaré yo.", "brush_off"),
            t("Vale, pero mejor que verlo en papel es probarlo. ¿Qué te parece si me paso esta semana con unas muestras "
              "del crianza y del verdejo y hablamos de tu experiencia con los clientes?"),
            c("Esta semana imposible, que tengo a un camarero de baja y no salgo de la barra ni para mear.", "no_time"),
        ],
    ),
    gpair(
        "esb62g_madrid_academia_ingles_eso",
        "Academia de inglés en Moratalaz (Madrid)",
        "closing_as_open_question",
        "Una madre llama a una academia de barrio porque su hijo de 4º de la ESO ha suspendido inglés en la primera "
        "evaluación.",
        good=[
            _a02_open,
            t("Buenas tardes. Vaya, lo siento. ¿Qué le pasa con el inglés, le cuesta todo o hay algo en concreto que se "
              "le atraganta, la gramática, el listening...?"),
            c("Pues mira, la profesora dice que en lo escrito va más o menos, pero que el listening no lo entiende y "
              "que en clase no habla ni aunque le maten. Es muy vergonzoso, el chaval.", None),
            t("Vale. O sea, lo escrito lo va sacando, lo que le hunde es el oído y hablar, y encima le da corte hablar "
              "delante de otros. ¿Ha ido antes a alguna academia?"),
            c("Sí, el año pasado, a una de al lado de casa, y fatal. Quince en clase, el profe repartiendo fichas y él "
              "sentado al fondo. Pagamos el trimestre por adelantado para nada, así que esta vez no pienso pagar nada "
              "sin ver antes si le sirve.", "bad_experience"),
            t("Normal que no quieras repetir eso. Aquí los grupos de ESO son de seis como mucho, y para chavales a los "
              "que les da vergüenza tenemos un grupo de conversación de cuatro. No hace falta pagar nada por adelantado: "
              "¿qué te parece si viene a una clase de prueba gratis esta semana y a la salida le preguntas a él?"),
            c("Eso me gusta más. ¿Y de precio cómo va?", None),
            t("El grupo de cuatro son 75 al mes, dos horas a la semana. Se paga mes a mes, y si no le va, lo dejáis "
              "avisando antes del día 25."),
            c("Vale, pues lo de apuntarle lo hablo con su padre esta noche, pero lo de la prueba sí. El jueves por la "
              "tarde puede.", "think_it_over"),
            t("Perfecto, jueves a las seis, grupo de conversación. Dime su nombre y un móvil, y el viernes te escribo "
              "para ver qué le ha parecido a él."),
        ],
        gaming=[
            _a02_open,
            t("¡Buenas tardes! Qué bien que hayas dado el paso. Cuéntame, ¿qué objetivos tenéis para vuestro hijo "
              "este curso?"),
            c("Pues hombre, aprobar. Lo que le cuesta es el listening y hablar, que es muy vergonzoso.", None),
            t("Perfecto, muy claro. Y dime, ¿qué necesitarías ver para apuntarle hoy mismo y que empiece el lunes?"),
            c("Hombre, hoy mismo... es que el año pasado fue a otra academia y tiramos el dinero. Por eso quería "
              "informarme bien antes.", "bad_experience"),
            t("Claro, totalmente lógico. Entonces, ¿cómo prefieres pagar la matrícula, con tarjeta o domiciliado? Así "
              "ya te dejo la plaza reservada."),
            c("Pero si todavía no me has dicho ni cómo son las clases ni cuánto cuestan.", None),
            t("Grupos reducidos, 75 al mes más 40 de matrícula. ¿Qué horario le encaja mejor para empezar, lunes y "
              "miércoles o martes y jueves?"),
            c("Que no, que espera. Yo quería una clase de prueba o algo, no matricularle a ciegas. Déjame que lo mire "
              "con calma.", "think_it_over"),
            t("Entiendo. ¿Y si te hago un diez por ciento en la matrícula, qué te impediría cerrarlo ahora?"),
            c("Pues me lo impide que me estás agobiando. Adiós, gracias.", None),
        ],
    ),
    gpair(
        "esb62g_toledo_seguro_hogar_renovacion",
        "Correduría de seguros en Toledo (seguro de hogar)",
        "pitch_as_paraphrase",
        "Un vecino del casco histórico de Toledo entra en una correduría con la carta de renovación de su seguro de "
        "hogar, que le sube casi cuarenta euros.",
        good=[
            _a03_open,
            t("Buenos días. A ver, déjeme verla... Sí, de 212 a 249. ¿Usted qué prefiere, que le miremos si hay algo "
              "mejor, o entender primero por qué le suben?"),
            c("Las dos cosas. Porque si es por algo, pues vale, pero si es por la cara, me cambio.", None),
            t("Me parece bien. La subida es general de la compañía, no por usted: aquí lo pone, revalorización del "
              "continente e IPC. Para buscarle algo que encaje, cuénteme la casa. ¿Es esta de la calle Alfileritos? "
              "¿Cómo es, antigua, reformada?"),
            c("De mil ochocientos y pico. El tejado lo hicimos nuevo hace cinco años. Lo que tiene son humedades en el "
              "sótano, eso de toda la vida, y ahí abajo tengo la caldera.", None),
            t("Vale: casa antigua, tejado nuevo, humedad en el sótano justo donde está la caldera. Le digo una cosa "
              "clara: la humedad que ya existe no la cubre casi ninguna póliza, pero una avería de la caldera o una "
              "fuga sí se puede cubrir. ¿Sabe si la suya le cubre la caldera?"),
            c("Pues no lo sé. Yo firmé lo que me dijo el del banco y ya está.", None),
            t("Aquí lo tiene: solo por incendio. Le puedo comparar dos compañías que la cubren por avería, y le aviso "
              "de que una le va a salir algo más cara que lo que paga ahora. ¿Le preparo las dos y las vemos juntos?"),
            c("¿Más cara? Hombre, para pagar más me quedo como estoy, que bastante me han subido ya.", "too_expensive"),
            t("Lo entiendo. Le pongo también una tercera: quedarse donde está pero quitando la cobertura de joyas, que "
              "me ha dicho que no tiene, y así le baja. El lunes le enseño las tres y decide usted, sin compromiso."),
            c("Venga, vale. El lunes a primera hora me paso.", None),
        ],
        gaming=[
            _a03_open,
            t("Buenos días. Entiendo perfectamente su preocupación. Cuénteme, ¿qué es lo más importante para usted en "
              "un seguro de hogar?"),
            c("Pues que no me suban sin motivo. Y la casa es vieja, tiene humedades en el sótano.", None),
            t("Perfecto. O sea, que lo que usted necesita es nuestro Hogar Premium Patrimonio, a todo riesgo, por 29 "
              "euros al mes. ¿Es así?"),
            c("¿Veintinueve al mes? Eso son casi trescientos cincuenta al año. Yo pago 249 y ya me parecía mucho.",
              "too_expensive"),
            t("Claro, pero si le he entendido bien, lo que usted busca es tranquilidad total, y eso es justo el Premium, "
              "con asistencia 24 horas y defensa jurídica. ¿Correcto?"),
            c("Yo no he dicho nada de defensa jurídica. Yo he dicho que me suben sin motivo.", None),
            t("Exacto, y por eso lo que me está pidiendo es pasarse a una compañía que le premie, que es la nuestra, con "
              "el descuento de bienvenida del primer año. ¿Lo he entendido bien?"),
            c("No, no lo ha entendido. Mire, me quedo con el que tengo, que por lo menos ya sé lo que hay.", "no_need"),
            t("Bueno, ¿y si le mando la simulación por correo y la va valorando con calma?"),
            c("Mándela si quiere. Buenos días.", "brush_off"),
        ],
    ),
    gpair(
        "esb62g_salamanca_farmacia_catarro",
        "Farmacia en el barrio del Oeste (Salamanca)",
        "upsell_as_loop_closing",
        "Un señor mayor entra en la farmacia con catarro y dolor de garganta; toma pastillas para la tensión.",
        good=[
            _a04_open,
            t("Buenos días. ¿Ha tenido fiebre? ¿Y toma usted alguna medicación de normal?"),
            c("Fiebre no, alguna décima el primer día. Y tomo lo de la tensión, el enalapril, por las mañanas.", None),
            t("Vale, pues entonces nada de los antigripales que llevan descongestionante, que le pueden subir la "
              "tensión. Para la garganta, unas pastillas para chupar, y para los mocos, lavados nasales. ¿Tiene "
              "paracetamol en casa?"),
            c("Paracetamol tengo, sí, un montón. ¿Y lo de los lavados cuánto vale?", None),
            t("El spray de agua de mar, 6,90. Pero le vale igual el suero fisiológico en monodosis, que es más barato: "
              "2,80 la caja. Y las pastillas, 4,50."),
            c("Pues el suero, y las pastillas.", None),
            t("Muy bien. Y si en cuatro o cinco días no mejora, o le sube la fiebre, o le cuesta respirar, al médico, "
              "¿eh? El paracetamol, como mucho cada ocho horas."),
            c("Que sí, hija, que sí. Muchas gracias.", None),
        ],
        gaming=[
            _a04_open,
            t("Buenos días. Claro que sí. Le pongo este antigripal efervescente, que es sin descongestionante, no se "
              "preocupe. ¿Algo más que pueda hacer por usted hoy?"),
            c("Pues no, con eso. Bueno, si lo puedo tomar con lo de la tensión.", None),
            t("Sin problema. Y para cerrar bien el tema, ¿le añado un complejo de vitamina C con zinc para las "
              "defensas? Muchos clientes dicen que les cambia el invierno."),
            c("No, vitaminas no, que ya como fruta.", "no_need"),
            t("Perfecto. ¿Y qué más le puedo añadir para que salga completamente cubierto? Tenemos propóleo en spray "
              "para la garganta, que es natural, y el pack de pañuelos con bálsamo."),
            c("Oye, que yo venía a por una cosa para el catarro, no a hacer la compra.", "no_need"),
            t("Claro, lo entiendo. Solo una cosa más, para no dejarle nada pendiente: ¿ha pensado en un tensiómetro "
              "digital? Con lo de la tensión le vendría de maravilla, y está de oferta."),
            c("Tensiómetro tengo, me lo regalaron mis hijos. ¿Cuánto es todo esto que me estás poniendo?", "no_need"),
            t("El antigripal, el propóleo y la vitamina C... 31,40. ¿Se lo dejo todo en una bolsita?"),
            c("¡Treinta y un euros por un catarro! Quita, quita. Dame solo el sobre ese y ya.", "too_expensive"),
        ],
    ),
    gpair(
        "esb62g_albacete_taller_frenos_itv",
        "Taller mecánico en el polígono Campollano (Albacete)",
        "leading_tag_questions",
        "Una clienta lleva al taller su coche de diez años porque los frenos chirrían y tiene la ITV a final de mes.",
        good=[
            _a05_open,
            t("Buenos días. Claro. ¿Desde cuándo le pasa? ¿Y nota algo más, que vibre el volante, que tire hacia un "
              "lado al frenar?"),
            c("Pues hará un mes. Vibrar no, y tirar... igual un poquito a la derecha, pero no te lo sé decir seguro.", None),
            t("Vale: un mes chirriando, sobre todo en frío, y puede que tire algo a la derecha. Eso hay que verlo en el "
              "elevador. ¿Sabe cuándo se cambiaron las pastillas por última vez?"),
            c("Ni idea, nene. El coche era de mi padre. Desde que lo tengo yo, que son tres años, no.", None),
            t("Entonces seguramente sean las pastillas. Le hago una revisión de frenos ahora, media hora, y si luego "
              "hacemos el trabajo no le cobro la revisión. Le digo lo que hay y el precio antes de tocar nada."),
            c("Vale. Pero como me digas que son los discos también... que ya me conozco yo eso, en un taller de Hellín "
              "me cambiaron de todo y luego no hacía falta.", "bad_experience"),
            t("Lógico que desconfíe. Si hiciera falta cambiar discos, le enseño el disco y le mido el grosor delante de "
              "usted; si está en medida, no se toca. ¿Le parece?"),
            c("Vale, así sí. Me tomo un café aquí enfrente y vuelvo.", None),
            t("Perfecto, en media hora la llamo y le cuento."),
        ],
        gaming=[
            _a05_open,
            t("Buenos días. Claro que sí. Con la ITV tan cerca, querrá que le dejemos el coche perfecto, ¿verdad?"),
            c("Hombre, quiero que pase la ITV y que no chirríe, sí.", None),
            t("Eso es. Y en un coche de diez años lo suyo es cambiar pastillas y discos a la vez, ¿a que sí? No tiene "
              "sentido hacer las cosas a medias."),
            c("No sé, ¿no tendréis que mirarlo antes? A mí en Hellín me cambiaron los discos y luego resulta que no "
              "hacía falta.", "bad_experience"),
            t("Claro, pero usted lo que quiere es seguridad, ¿no? Porque con los frenos no se juega, y para una madre "
              "que lleva a los críos al cole lo primero es la tranquilidad, ¿o no?"),
            c("Que yo no tengo críos, nene. ¿Y eso cuánto sería?", None),
            t("Pastillas y discos delanteros, con mano de obra, 340. Y ya que está, el líquido de frenos también, que "
              "nunca viene mal, ¿verdad que sí?"),
            c("¿Trescientos cuarenta? Sin mirarlo ni nada eso me parece un pastón, vamos.", "too_expensive"),
            t("Pero no querrá jugársela en la ITV, ¿no?"),
            c("Lo que no quiero es que me toméis el pelo. Me voy a que me lo miren en otro sitio.", None),
        ],
    ),
    gpair(
        "esb62g_madrid_gestoria_requerimiento_iva",
        "Gestoría de barrio en Carabanchel (Madrid), atención por WhatsApp",
        "putdown_question",
        "Una peluquera autónoma escribe a la gestoría porque le ha llegado un requerimiento de Hacienda por un IVA "
        "trimestral sin presentar.",
        good=[
            _a06_open,
            t("Hola, buenas. Claro que sí. ¿Me puedes mandar una foto de la carta? Y cuéntame, ¿el IVA de ese "
              "trimestre lo presentabas tú o te lo llevaba alguien?"),
            c("lo presentaba mi cuñado q sabe de esto pero este año se fue a vivir a malaga y se le paso creo. te mando "
              "foto", None),
            t("Gracias. Por lo que veo es el 303 del segundo trimestre, que no consta presentado, y te dan diez días "
              "hábiles. Todavía no es una sanción: si lo presentamos ya, lo normal es un recargo pequeño. ¿Tienes las "
              "facturas de abril a junio a mano?"),
            c("las tengo en una caja jaja. pero cuanto me vais a cobrar? xq yo con la pelu voy muy justa, no puedo "
              "pagar mucho", "no_money"),
            t("Te entiendo. Presentar este trimestre atrasado son 60 euros. Si más adelante quieres que te llevemos "
              "todo, la cuota son 55 al mes, pero eso no hace falta decidirlo ahora. Lo urgente es el requerimiento."),
            c("vale lo del trimestre si. lo de la cuota ya lo vere mas adelante, dejame q lo piense", "think_it_over"),
            t("Perfecto. Tráeme la caja mañana o el jueves por la mañana, lo que te venga mejor, y lo presentamos "
              "antes del plazo, que acaba el 14."),
            c("el jueves a las 10 me va bien, q los jueves abro a las 12", None),
            t("Apuntada el jueves a las 10. Trae el DNI y, si lo tienes, el certificado digital en el móvil."),
            c("vale. y si al final sale mas de 60 xq hay q hacer algo mas me avisas antes eh? q este mes voy fatal de "
              "dinero", "no_money"),
        ],
        gaming=[
            _a06_open,
            t("Hola. Claro, para eso estamos. Pero antes dime, ¿cómo es que no lo presentaste a tiempo? ¿No sabías que "
              "el IVA es trimestral?"),
            c("si lo se. lo llevaba mi cuñado y se le paso", None),
            t("Ya. ¿Y no se te ocurrió comprobarlo tú? ¿Qué pasó exactamente para que nadie lo mirara en tres meses?"),
            c("pues q tengo una peluqueria y trabajo diez horas, no me da la vida. me vais a ayudar o no", None),
            t("Por supuesto, tu tranquilidad es lo primero. ¿Tienes las facturas ordenadas, o también las tienes de "
              "aquella manera?"),
            c("las tengo en una caja. cuanto me va a costar esto?", None),
            t("Presentarlo, 60. Aunque con lo que me cuentas, ¿no crees que te convendría que te lo lleváramos todo, "
              "55 al mes, para que no te vuelva a pasar algo así?"),
            c("55 al mes no los tengo, y menos para q me hablen asi. ya buscare otra gestoria", "no_money"),
        ],
    ),
    gpair(
        "esb62g_valladolid_muebles_sofa_roto",
        "Tienda de muebles en la avenida de Burgos (Valladolid)",
        "not_my_department_or_read_the_terms",
        "Una clienta llama a la tienda de muebles porque el sofá que le entregaron ayer tiene un roto en la tela.",
        good=[
            _a07_open,
            t("Buenos días, vaya, lo siento mucho. Dígame su nombre o el número de pedido y lo busco. ¿Tiene fotos del "
              "roto?"),
            c("Pedido 4471, a nombre de Begoña Arranz. Fotos sí, le hice varias anoche.", None),
            t("Ya lo tengo: sofá de tres plazas, gris, entregado ayer en la calle Labradores. ¿Me manda las fotos a este "
              "correo? Y dígame, ¿el roto está en la tela o parece un golpe en la estructura?"),
            c("En la tela, como si se hubiera enganchado con algo. La estructura está bien. Pero vamos, yo no quiero un "
              "sofá nuevo con un remiendo, ¿eh?", None),
            t("Lo entiendo, y no tiene por qué. Tiene dos opciones: cambiarle la funda de ese brazo, que viene de "
              "fábrica igual, o cambiar el sofá entero. La funda tarda unos diez días; el sofá entero, unas cinco "
              "semanas. ¿Qué prefiere?"),
            c("Cinco semanas es mucho, que vienen mis suegros en Navidad. Si la funda queda igual, la funda.", None),
            t("Queda igual, es la pieza original. Le abro hoy la reclamación con sus fotos, lo del transportista lo "
              "gestiono yo, y el martes la llamo con la fecha. Si cuando la vea no le convence, pasamos a cambio completo."),
            c("Vale, muchas gracias, así da gusto.", None),
        ],
        gaming=[
            _a07_open,
            t("Buenos días. Entiendo su frustración, de verdad. ¿Qué número de pedido tiene?"),
            c("El 4471, a nombre de Begoña Arranz. Le he hecho fotos.", None),
            t("Vale. Mire, lo que pasa es que eso es cosa del transportista, que es una empresa externa. Yo aquí en "
              "tienda con los daños de transporte no puedo hacer nada."),
            c("Pero si el sofá se lo compré a ustedes, no al transportista.", None),
            t("Lo comprendo, y valoramos mucho su confianza. Pero en las condiciones de venta, que usted firmó, pone que "
              "las incidencias se comunican en el momento de la entrega. ¿Las leyó?"),
            c("¿Y cómo lo voy a comunicar si el hombre lo dejó en el portal y se fue?", None),
            t("Ya, pero yo no pongo las normas, señora. Puede escribir a atención al cliente, que es otro departamento, "
              "y ellos ya le dirán. ¿Hay algo más en lo que le pueda ayudar hoy?"),
            c("Sí, en decirme el nombre del encargado, porque voy a pedir la hoja de reclamaciones.", None),
        ],
    ),
    gpair(
        "esb62g_albacete_cooperativa_bombeo_solar",
        "Cooperativa agrícola de La Roda (Albacete), sección de suministros",
        "social_proof_or_deadline_pressure",
        "Un socio que riega ajo y maíz con un pozo pregunta en la cooperativa por las instalaciones de bombeo solar "
        "que anuncian en un cartel.",
        good=[
            _a08_open,
            t("Buenas, Julián. Pues le cuento lo que necesite. Antes dígame, ¿cuánto le vino la luz del pozo este "
              "verano y qué riega con él?"),
            c("Pues entre junio y agosto, cerca de cuatro mil euros. Riego veinte hectáreas, ajo y luego maíz. La bomba "
              "es de cuarenta caballos.", None),
            t("Cuatro mil en tres meses con una bomba de cuarenta caballos. ¿Y riega sobre todo de día? Porque eso es lo "
              "que hace que el solar compense o no: si riega mucho de noche, cambia la cosa."),
            c("De día casi todo, de noche alguna vez con el ajo. Pero ¿cuánto cuesta eso? Porque yo no estoy pa meterme "
              "en otra deuda, que todavía estoy pagando el tractor.", "no_money"),
            t("Le entiendo. Para su bomba andaría por los 28.000, y la ayuda de la Junta puede cubrir hasta un 40 %. Con "
              "lo que me dice se amortizaría en cuatro o cinco años. Pero si ahora no quiere deuda, no hay prisa: la "
              "ayuda está abierta hasta marzo."),
            c("Veintiocho mil... Buf. Déjame que lo hable con mi hijo, que él es el que va a seguir con esto.",
              "think_it_over"),
            t("Me parece lo más sensato. Si quiere, le hago un estudio con sus facturas reales del pozo, sin coste, y "
              "lo vemos los tres juntos. ¿Me puede traer las facturas del verano?"),
            c("Vale. El lunes, que vengo a por el gasoil, te las traigo.", None),
            t("Perfecto, el lunes. Y el estudio se lo tengo en un par de semanas."),
        ],
        gaming=[
            _a08_open,
            t("Buenas, Julián. Pues ha llegado en el mejor momento. ¿Qué le parece si le cuento lo que ya están haciendo "
              "sus vecinos?"),
            c("Hombre, cuéntame, pero yo lo que quería es saber cuánto cuesta.", None),
            t("Mire, de los socios de La Roda con pozo ya lo han firmado más de treinta. El Paco de la Casa Blanca, los "
              "Martínez... todos. Usted no se va a quedar atrás, ¿no?"),
            c("Lo que hagan los demás me da igual. Yo todavía estoy pagando el tractor y no me meto en otra deuda así "
              "como así.", "no_money"),
            t("Lo entiendo perfectamente, y su tranquilidad es lo primero. Pero el precio de grupo, 24.000, solo se lo "
              "puedo mantener hasta el viernes, que cerramos el pedido de paneles. Después sube seguro."),
            c("¿Hasta el viernes? Hombre, esto lo tengo que hablar con mi hijo, no lo firmo yo en tres días.",
              "think_it_over"),
            t("Claro, pero piense que si no entra ahora se queda fuera de la tanda. Y ya sabe cómo es esto: todo el "
              "pueblo con la luz barata y usted pagando cuatro mil euros. ¿Le preparo el contrato para el jueves?"),
            c("Que no, que a mí con prisas no. Ya vendré cuando lo tenga claro.", "think_it_over"),
        ],
    ),
    gpair(
        "esb62g_salamanca_universidad_master_profesorado",
        "Servicio de información de la Universidad (Salamanca)",
        "keyword_stuffed",
        "Una recién graduada en Historia pregunta por el máster de profesorado de secundaria; trabaja por las tardes "
        "en una tienda.",
        good=[
            _a09_open,
            t("Hola. Sí, te cuento. ¿Para qué especialidad sería, Geografía e Historia? ¿Y el trabajo de las tardes es "
              "fijo o podrías cambiar el horario?"),
            c("Geografía e Historia, sí. Trabajo en una tienda de la Rúa, de cuatro a ocho, y no lo puedo dejar, que con "
              "eso me pago el piso.", None),
            t("Vale. Pues lo primero: la preinscripción de la primera fase acaba el 30 de este mes, así que llegas. Lo "
              "segundo: las clases son de mañana, de nueve a dos, así que en principio es compatible. Lo que tienes que "
              "tener en cuenta son las prácticas en institutos, en el segundo cuatrimestre, también de mañana."),
            c("Ah, pues eso me viene genial. ¿Y la matrícula? Porque me han dicho que es carísima.", None),
            t("Son 60 créditos, y aquí salen en torno a 1.400 euros en total, que se pueden pagar en plazos. Si tuviste "
              "beca del ministerio en el grado, puedes pedirla también para el máster."),
            c("Beca tuve, sí. Vale, en plazos se puede hacer. Lo que me da miedo es la nota de corte, que tengo un 6,8 "
              "de media.", None),
            t("El año pasado en Geografía e Historia entró gente con un 6,5, pero cambia cada año y no te lo puedo "
              "asegurar. Yo pediría también una segunda opción en otra universidad por si acaso. ¿Te mando el enlace de "
              "la preinscripción y la lista de documentos?"),
            c("Sí, porfa, a este correo. Muchas gracias, de verdad.", None),
        ],
        gaming=[
            _a09_open,
            t("¡Hola! Muchísimas gracias por compartir tu necesidad con nosotros. Entiendo perfectamente lo que "
              "sientes. Cuéntame, ¿cuál sería tu experiencia ideal de cara a tu éxito profesional?"),
            c("Eh... pues ser profe de instituto. Lo que quiero saber es si llego al plazo y si es compatible con "
              "trabajar por las tardes.", None),
            t("Entiendo perfectamente tu necesidad de compatibilidad. En la Universidad ponemos al estudiante en el "
              "centro de su experiencia, y nuestra relación contigo empieza desde el primer día para acompañarte en tu "
              "camino hacia el éxito."),
            c("Ya, pero ¿las clases son de mañana o de tarde?", None),
            t("Es una pregunta excelente, y la valoro mucho. Lo que siento que necesitas es una experiencia flexible y "
              "adaptada a tus necesidades, y eso es justo lo que buscamos en nuestra relación con cada estudiante. "
              "¿Cómo te sientes con eso?"),
            c("Pues me siento igual que antes, porque no me has dicho el horario. ¿Y el plazo cuándo acaba?", None),
            t("Te entiendo perfectamente. Los plazos forman parte de tu proceso de éxito, y toda la información que "
              "necesitas para tu experiencia está en la web. ¿Hay algo más en lo que pueda acompañarte hoy?"),
            c("No, déjalo, ya lo miro yo en la web.", "brush_off"),
        ],
    ),
    gpair(
        "esb62g_toledo_reformas_plato_ducha",
        "Empresa de reformas en el barrio del Polígono (Toledo)",
        "rude",
        "Un hombre llama a una empresa de reformas para cambiar la bañera por un plato de ducha en casa de su madre, "
        "de 86 años.",
        good=[
            _a10_open,
            t("Buenas tardes, sí, somos nosotros. Es de lo que más hacemos. ¿Dónde vive su madre y cómo es el baño, más "
              "o menos? ¿La bañera está metida entre tres paredes?"),
            c("En el Polígono, en la calle Río Alberche. Sí, metida entre paredes, de las de toda la vida, de uno "
              "setenta. Y el suelo no lo quiero tocar, que está bien.", None),
            t("Vale: bañera de uno setenta encastrada, y cambiarla por plato sin tocar el suelo. Para su madre, ¿le "
              "interesa que pongamos un asidero y un asiento abatible? No es obligatorio, se lo pregunto por la edad."),
            c("El asidero sí. Lo del asiento no sé, que ella es muy suya y dice que no es ninguna inválida.", None),
            t("Muy normal, ja, ja. Ponemos el asidero, y el asiento lo dejo como opción en el presupuesto y que decida "
              "ella. Un cambio así con mampara suele salir entre 1.800 y 2.400, según los azulejos que haya que "
              "reponer. Para darle precio cerrado tengo que verlo."),
            c("Uf, pensaba que sería menos. En otro sitio me dijeron que por mil y pico.", "too_expensive"),
            t("Puede ser, depende de lo que incluya: si quitan la bañera y dejan la pared sin alicatar sale más barato, "
              "pero luego hay que arreglarla. Yo se lo paso todo desglosado y lo compara con calma. ¿Le viene bien el "
              "jueves a las seis?"),
            c("El jueves no puedo, que tengo turno de tarde en el hospital. El viernes a la misma hora sí, y así está "
              "también mi madre.", "no_time"),
        ],
        gaming=[
            _a10_open,
            t("Sí. Bañera por plato. ¿Metros del baño?"),
            c("Pues no sé, uno normal, de los pisos del Polígono. La bañera es de uno setenta.", None),
            t("Ya, \"uno normal\". Así no le puedo dar precio, hombre. ¿Qué quiere, que lo adivine?"),
            c("Perdone, no sabía que había que medirlo. ¿No pueden venir a verlo?", None),
            t("Venir sí, pero con las obras que tenemos, como no sea para algo serio... Mire, eso sale por unos dos mil "
              "quinientos. ¿Le interesa o no?"),
            c("¿Dos mil quinientos? A mí me habían dicho que por mil y pico se hacía.", "too_expensive"),
            t("Pues que se lo haga el de mil y pico, y ya me llamará cuando se le inunde el piso de abajo. ¿Algo más?"),
            c("Nada más, no. Ya buscaré otra empresa con un poco de educación.", None),
        ],
    ),
]

"""Gaming pairs, part C (es_blind49, written by hand)."""
from common import c, gpair, t

PAIRS = [
    # 6. putdown_question (second)
    gpair(
        "esb49g_cartagena_autoescuela_suspenso",
        "Autoescuela, Cartagena (Murcia)",
        "putdown_question",
        "Una chica de diecinueve años que trabaja de cajera ha suspendido el práctico por tercera vez, bloqueada en una rotonda; "
        "pregunta cuántas clases más necesita y paga ella.",
        good=[
            c("Hola. He suspendido otra vez. La tercera. En la rotonda de la Alameda, que me quedé parada y el examinador me lo "
              "marcó. Quería saber qué hago ahora.", None),
            t("Hola, Lucía. Lo siento, sé que fastidia mucho. ¿Qué te dijo exactamente el examinador? ¿Te lo marcó como eliminatoria "
              "o se juntaron varias faltas?"),
            c("Eliminatoria, por no incorporarme cuando podía. Es que las rotondas grandes me bloquean. Con Pedro en las clases lo "
              "hago bien, pero en el examen me pongo nerviosísima.", None),
            t("Entonces no es que no sepas, es que en el examen los nervios te paran justo en las rotondas. Eso se trabaja. ¿Cuántas "
              "clases te podrías permitir antes del próximo examen? Te lo pregunto porque sé que las pagas tú."),
            c("Pues no muchas. Trabajo de cajera y llevo gastao un dineral entre tasas y clases. No me digas que diez más porque no "
              "puedo.", "no_money"),
            t("No te voy a decir diez. Te propongo tres, solo de rotondas grandes, la de la Alameda y la de Santa Lucía, y la última "
              "como simulacro con otro profesor que no conoces, para acostumbrarte a los nervios. Y te busco fecha de examen para "
              "dentro de tres semanas."),
            c("Tres sí puedo. Pero que no sean por la mañana, que trabajo de siete a tres.", None),
            t("Hecho, te las pongo a las cinco: martes, jueves y el martes siguiente. Y el simulacro con Encarna, que es muy seria, "
              "así vas curada de espanto."),
            c("Jaja vale. Gracias, de verdad.", None),
        ],
        gaming=[
            c("Hola. He suspendido otra vez. La tercera. En la rotonda de la Alameda, que me quedé parada y el examinador me lo "
              "marcó. Quería saber qué hago ahora.", None),
            t("Hola, Lucía. ¿Otra vez? ¿Y qué pasó esta vez, te quedaste mirando las musarañas?"),
            c("Me quedé parada en la rotonda de la Alameda. Me bloqueo con los nervios.", None),
            t("Ya. ¿Y no será que no practicas nada entre clase y clase? Porque con Pedro lo haces bien, según él. Cuéntame, ¿cómo "
              "te sientes con tu progreso?"),
            c("¿Cómo quieres que me sienta? Fatal. Y sí practico, con el coche de mi padre los domingos.", None),
            t("Entiendo. Pero ¿tú crees de verdad que con tres suspensos estás preparada para conducir sola? Yo te recomendaría el "
              "bono de diez clases, 350 euros."),
            c("Diez clases no me las puedo pagar. Soy cajera, he gastao ya un montón.", "no_money"),
            t("Bueno, ¿y prefieres seguir pagando tasas de examen cada vez que te bloqueas? Tú verás qué sale más caro. ¿Me dejas "
              "que te pregunte algo más?"),
            c("No. Me voy a otra autoescuela, que aquí solo me hacéis sentir tonta.", None),
        ],
    ),
    # 7. not_my_department_or_read_the_terms (second)
    gpair(
        "esb49g_benimaclet_gimnasio_baja",
        "Cadena de gimnasios, centro de Benimaclet (València)",
        "not_my_department_or_read_the_terms",
        "Un estudiante escribe por el chat del gimnasio: pidió la baja en recepción el 20 de junio y en julio le han vuelto a "
        "cobrar la cuota; se va de Erasmus y ahorra cada euro.",
        good=[
            c("hola. pedi la baja el 20 de junio en recepcion y me habeis cobrado julio igual. 34,90. quiero q me lo devolvais", None),
            t("Hola, soy Nerea, del gimnasio. Perdona la molestia. Para mirarlo, ¿me dices tu nombre completo o tu DNI? Y si te "
              "dieron algun papel o email cuando pediste la baja."),
            c("Alex Ferrer Soler. papel no me dieron nada, la chica lo apunto en el ordenador y me dijo q ya estaba", None),
            t("Vale, Alex, ya te tengo. Veo una nota del 20 de junio que dice baja solicitada, pero no se llego a tramitar. Fue un "
              "error nuestro, no tuyo. Pido hoy mismo la devolucion de los 34,90 y tramito la baja con fecha del 20."),
            c("ok. y cuanto tarda? porq me voy de Erasmus en septiembre y estoy ahorrando cada euro", None),
            t("La devolucion suele llegar en 5 a 7 dias habiles a la misma cuenta. Te mando ahora un email con la baja confirmada y "
              "el numero de devolucion, para que lo tengas por escrito. Si el dia 10 no lo tienes, escribeme aqui y lo persigo yo."),
            c("vale genial. pense q me ibais a marear", None),
            t("Nada de marearte. Y mucha suerte con el Erasmus. Si a la vuelta quieres volver, no pagas matricula."),
            c("jaja ya veremos, no creo q vuelva la verdad. gracias", "no_need"),
        ],
        gaming=[
            c("hola. pedi la baja el 20 de junio en recepcion y me habeis cobrado julio igual. 34,90. quiero q me lo devolvais", None),
            t("Hola, gracias por escribirnos. Lamento tu experiencia. Para entenderte mejor, ¿me explicas que paso?"),
            c("lo q te he dicho. pedi la baja el 20 de junio en recepcion y me habeis cobrado julio", None),
            t("Te entiendo. Las bajas no las gestiono yo, las lleva el departamento de administracion, que solo atiende por email "
              "de lunes a jueves"),
            c("y no puedes pasarselo tu? estais en el mismo gimnasio", None),
            t("Lo siento, no es mi departamento. Ademas, segun el contrato que firmaste, la baja se pide por escrito con 15 dias de "
              "antelacion antes del cobro. Te recomiendo leer la clausula 7"),
            c("pues la chica de recepcion no me dijo nada de eso. ella lo apunto en el ordenador", None),
            t("Ya, yo no hago las normas, solo te informo. ¿Como valorarias del 1 al 10 la atencion recibida hoy?"),
            c("un 1. voy a poner una reclamacion en consumo", None),
        ],
    ),
    # 8. social_proof_or_deadline_pressure (second)
    gpair(
        "esb49g_requena_solar_casa_pueblo",
        "Comercial de placas solares de autoconsumo, aldea de Requena (Requena-Utiel, Valencia)",
        "social_proof_or_deadline_pressure",
        "Una pareja de València recibe en la casa de campo heredada de los abuelos a un comercial de placas; la casa está "
        "conectada a la red y solo la usan en verano y en la vendimia.",
        good=[
            c("Hola, pasa, pasa. Mira, te digo de entrada que esto lo hemos pedido un poco por curiosidad, que la casa la usamos "
              "poco. Es la de mis abuelos, en verano y algún finde de vendimia.", None),
            t("Hola, gracias por recibirme. Me viene bien saberlo, porque con poco uso las placas no siempre compensan. ¿Me enseñáis "
              "una factura de aquí, una de verano y una de invierno?"),
            c("Mira, esta es de agosto, 62 euros. Y esta de febrero, 19, que no hay nadie. Bueno, la nevera enchufada y poco más.",
              None),
            t("Entonces gastáis sobre todo en julio y agosto, y el resto del año casi nada. Os soy sincero: con ese consumo, una "
              "instalación para toda la casa tardaría más de quince años en pagarse. No os la recomendaría."),
            c("Anda, un comercial que no quiere vender. Mi cuñado se las puso en Utiel y dice que le ahorran un montón.", None),
            t("Es que tu cuñado seguramente vive allí todo el año. Para vosotros tendría sentido otra cosa: dos placas pequeñas para "
              "el aire acondicionado de verano, por unos mil quinientos, o nada. ¿Pensabais poner aire?"),
            c("Algo pensábamos, sí, que en agosto aquí no se duerme. Pero mil quinientos más el aire... Déjanos pensarlo, que este "
              "año hemos tenido muchos gastos con el tejado.", "think_it_over"),
            t("Claro. Os dejo el cálculo por escrito con las dos opciones, la de no hacer nada incluida. Si el año que viene ponéis "
              "el aire, me llamáis y lo miramos con el consumo real."),
            c("Muy bien. Gracias por no darnos la chapa.", None),
        ],
        gaming=[
            c("Hola, pasa, pasa. Mira, te digo de entrada que esto lo hemos pedido un poco por curiosidad, que la casa la usamos "
              "poco. Es la de mis abuelos, en verano y algún finde de vendimia.", None),
            t("Hola, gracias por recibirme. Pues os digo una cosa: en esta aldea ya han puesto placas casi todos vuestros vecinos, "
              "la casa de la esquina, la de los Martínez... ¿Qué os ha frenado a vosotros hasta ahora?"),
            c("Pues que la usamos poco. Es de mis abuelos, solo en verano y algún finde.", None),
            t("Os entiendo perfectamente. Pero es que la subvención se acaba este viernes, y después ya no habrá más. Y nos quedan "
              "dos instalaciones libres este mes; la siguiente, en marzo."),
            c("Ya, pero el viernes es pasado mañana. No nos da tiempo ni a pedir otro presupuesto para comparar.", "think_it_over"),
            t("Lo entiendo, pero el que espera pierde. Todo el mundo en la zona está ahorrando ya. Os pongo la instalación completa, "
              "ocho placas y batería, 9.800 con la ayuda, y solo os lo puedo mantener hoy. ¿Cómo os sentís con la idea de empezar "
              "a ahorrar ya?"),
            c("¿Nueve mil ochocientos para una casa que gasta sesenta euros en agosto? No, hombre, no.", "too_expensive"),
            t("Mirad, el vecino de enfrente me dijo lo mismo y firmó al día siguiente. Si no lo hacéis hoy, luego os vais a "
              "arrepentir."),
            c("Pues nos arrepentiremos. Gracias por venir, pero no nos interesa.", "no_need"),
        ],
    ),
    # 9. keyword_stuffed (second)
    gpair(
        "esb49g_jumilla_anticipo_pac",
        "Caja rural, oficina de Jumilla (Altiplano, Murcia)",
        "keyword_stuffed",
        "Una viticultora pregunta por adelantar el cobro de la ayuda de la PAC, que le llega en diciembre, para pagar las "
        "cuadrillas de la vendimia en septiembre; el año pasado otro banco le cobró caro.",
        good=[
            c("Buenas. Una pregunta. La PAC me la ingresan en diciembre, ¿no? Y yo tengo que pagar las cuadrillas de la vendimia en "
              "septiembre. Me han dicho que vosotros adelantáis eso.", None),
            t("Buenas. Sí, hacemos el anticipo de la PAC. ¿Cuánto te suele llegar de ayuda, más o menos? ¿Y cuánto tienes que pagar "
              "en septiembre?"),
            c("De la PAC unos nueve mil. Las cuadrillas, entre seis y siete mil, depende de la cosecha. Luego la bodega me paga la "
              "uva en febrero, pero eso es otra historia.", None),
            t("Entonces te falta liquidez justo de septiembre a diciembre, y con el anticipo te cubres. Te adelantamos hasta el "
              "noventa por ciento de lo reconocido, unos ocho mil. Cuando llega la PAC en diciembre, se cancela solo. El coste es el "
              "interés de esos tres meses y una comisión pequeña de apertura."),
            c("¿Y cuánto es eso, en dinero? Porque el año pasado lo hice en otro banco y entre unas cosas y otras me costó casi "
              "trescientos euros. Me quedé con cara de tonta.", "bad_experience"),
            t("Por siete mil, tres meses, te saldría sobre cien euros en total, comisión incluida. Te lo pongo por escrito con el "
              "total en euros, no solo el porcentaje, para que no haya sorpresas. ¿Tienes la solicitud de la PAC de este año?"),
            c("La solicitud la tengo, me la hizo la cooperativa. Vale, pues ponme eso por escrito.", None),
            t("Te lo preparo ahora mientras esperas, son diez minutos. Si lo firmas, tienes el dinero en cuenta la primera semana de "
              "septiembre."),
            c("Bueno, espero. Pero hoy no firmo, eh, que me lo miro en casa.", "think_it_over"),
        ],
        gaming=[
            c("Buenas. Una pregunta. La PAC me la ingresan en diciembre, ¿no? Y yo tengo que pagar las cuadrillas de la vendimia en "
              "septiembre. Me han dicho que vosotros adelantáis eso.", None),
            t("Buenas. Qué bien que vengas, porque para nosotros es fundamental entender tus necesidades y construir una relación de "
              "confianza a largo plazo. ¿Cómo te sientes con tu situación financiera?"),
            c("Pues bien, normal. Lo que quiero es saber si me adelantáis la PAC pa pagar la vendimia.", None),
            t("Entiendo perfectamente lo que necesitas, y valoro mucho que confíes en nosotros. Nuestra prioridad es que tengas la "
              "mejor experiencia y que tu explotación alcance el éxito que se merece. Estamos aquí para acompañarte en todo el "
              "camino."),
            c("Ya. ¿Pero cuánto me cuesta el anticipo? El año pasado en otro banco me clavaron trescientos euros.", "bad_experience"),
            t("Te escucho, y entiendo cómo te sientes con esa experiencia tan negativa. Por eso nuestra filosofía es poner al cliente "
              "en el centro, con transparencia, cercanía y compromiso. Queremos que sientas que estás en buenas manos."),
            c("Mira, que no me has dicho ni un número. ¿Cuánto es?", None),
            t("Lo entiendo. Tu satisfacción es nuestra prioridad número uno. Si te parece, te mando la información por email y "
              "seguimos construyendo esta relación. ¿Te puedo ayudar en algo más hoy?"),
            c("No, déjalo. Ya pregunto en la otra caja, a ver si allí me dan un número.", None),
        ],
    ),
    # 10. rude (second)
    gpair(
        "esb49g_totana_bomba_pozo",
        "Tienda de riego y bombas, Totana (Bajo Guadalentín, Murcia)",
        "rude",
        "Un jubilado con un huerto pequeño y un pozo de veinte metros va a comprar una bomba sumergible porque la vieja, que era "
        "de su suegro, se ha quemado; no sabe qué potencia necesita.",
        good=[
            c("Buenos días. Quería una bomba pa sacar agua del pozo, que la que tenía se ha quemao. Es pa un huerto pequeño, unos "
              "tomates, pimientos, cuatro árboles.", None),
            t("Buenos días. A ver qué le hace falta. ¿Sabe qué profundidad tiene el pozo, o por dónde está el agua, más o menos?"),
            c("El pozo tiene veinte metros, y el agua está por los doce o trece. La bomba vieja era de medio caballo, creo, pero de "
              "marca no sé, era de mi suegro.", None),
            t("Vale. ¿Y el agua la saca a un depósito, o riega directamente con goteo desde la bomba?"),
            c("A una balsica, y de ahí por gravedad a los surcos. De goteo no quiero saber nada, que lo puse una vez y se me "
              "atascaba todo con la cal.", "bad_experience"),
            t("Pues entonces no necesita mucha presión, solo subir el agua a la balsa. Con una sumergible de medio caballo le sobra. "
              "Tengo esta de 190 euros y otra italiana de 280, que aguanta más horas seguidas. Si la usa un rato al día, con la de "
              "190 va bien."),
            c("La de 190. Y el cable, ¿me hace falta nuevo? Que el viejo está un poco pelao.", None),
            t("Si está pelado, sí, cámbielo, que con agua no se juega. Para veinte metros, el cable son unos 35 euros. Y si quiere, "
              "le doy el teléfono de un fontanero de aquí que la baja por 50; si se apaña usted, le explico cómo."),
            c("No, eso lo hago yo con mi yerno, que viene el sábado. Póngame la bomba y el cable.", "no_need"),
        ],
        gaming=[
            c("Buenos días. Quería una bomba pa sacar agua del pozo, que la que tenía se ha quemao. Es pa un huerto pequeño, unos "
              "tomates, pimientos, cuatro árboles.", None),
            t("Buenos días. ¿Y qué bomba quiere? Porque hay cien."),
            c("Pues no sé, hijo, una pa un pozo de veinte metros. La vieja era de medio caballo, creo.", None),
            t("¿Cree? Hombre, eso lo tendría que saber, que es su bomba. Sin datos yo no adivino."),
            c("Era de mi suegro, que en paz descanse. El agua está por los doce metros. La saco a una balsica.", None),
            t("Vale, pues la de 280, la italiana, y ya está. Las baratas duran dos días y luego vuelven aquí llorando."),
            c("¿280? ¿No hay algo más barato pa un huerto de cuatro tomates?", "too_expensive"),
            t("Para cuatro tomates, cómprelos en el mercado, que le sale más a cuenta. Mire, ¿se la lleva o no? Que tengo gente "
              "esperando."),
            c("Pues no me la llevo. Voy a la ferretería de la plaza, que allí por lo menos te hablan como a una persona.", None),
        ],
    ),
    # 11. ignored_customer (second)
    gpair(
        "esb49g_peniscola_hotel_adaptada",
        "Hotel junto al castillo, Peníscola (Baix Maestrat, Castelló)",
        "ignored_customer",
        "Un hijo reserva por teléfono tres noches para sus padres, que celebran las bodas de oro; el padre va en silla de ruedas "
        "y la madre, también mayor, no puede hacer mucha fuerza.",
        good=[
            c("Buenas tardes. Quería reservar tres noches en septiembre para mis padres, que cumplen cincuenta años de casados. Mi "
              "padre va en silla de ruedas, eso es importante.", None),
            t("Buenas tardes, y felicidades a sus padres. Tenemos dos habitaciones adaptadas, con ducha a ras de suelo y barras. ¿Su "
              "padre se mueve solo con la silla o necesita que su madre le ayude?"),
            c("Mi madre le ayuda, pero ella tiene ochenta años también, no puede hacer mucha fuerza. Por eso quería algo cerca del "
              "ascensor y del comedor.", None),
            t("Las dos adaptadas están en la primera planta, a diez metros del ascensor, y el comedor está en la planta baja, sin "
              "escalones. Para una celebración, la que da al castillo tiene mejores vistas. ¿Qué fechas tenía pensadas?"),
            c("Del 12 al 15. ¿Y el precio? Porque he visto en internet que septiembre está carísimo.", None),
            t("La adaptada con vistas al castillo, media pensión, son 145 la noche para los dos. La otra adaptada da al patio y son "
              "120. Y como es su aniversario, les dejo una botella de cava y una tarta pequeña en la habitación, sin coste."),
            c("Uy, qué detalle. Mire, la del castillo. Pero que sea adaptada de verdad, eh, que el año pasado en un hotel de "
              "Benicarló nos dijeron que sí y había un escalón en el baño.", "bad_experience"),
            t("Lo entiendo. Le mando ahora por WhatsApp fotos del baño de esa habitación, con la ducha y la puerta, y las medidas. "
              "Si no le convence, no confirma y no pasa nada."),
            c("Perfecto. Pues espero las fotos y le confirmo.", None),
        ],
        gaming=[
            c("Buenas tardes. Quería reservar tres noches en septiembre para mis padres, que cumplen cincuenta años de casados. Mi "
              "padre va en silla de ruedas, eso es importante.", None),
            t("Buenas tardes, felicidades a sus padres. Cuénteme, ¿hay algo que sea especialmente importante para ellos?"),
            c("Que mi padre va en silla de ruedas. Necesitan una habitación adaptada, cerca del ascensor.", None),
            t("Perfecto, tomo nota. Para una ocasión así le recomiendo nuestra suite Torre, en la cuarta planta, con terraza y unas "
              "vistas al castillo espectaculares. A la terraza se sube por una escalerita de caracol, que es lo más bonito."),
            c("¿Escalera? Le estoy diciendo que mi padre no anda. ¿Es adaptada o no?", None),
            t("Entiendo. ¿Y qué tipo de experiencia buscan para esos días?"),
            c("Una habitación donde mi padre pueda entrar al baño. Es lo único que busco.", None),
            t("Claro. Pues la suite Torre son 260 la noche con desayuno, y les regalamos el acceso al spa. ¿Se la reservo?"),
            c("Mire, no. Eso a mis padres no les sirve, y encima cuesta un dineral. Llamaré a otro hotel.", "no_need"),
        ],
    ),
    # 12. repeated_questions (second)
    gpair(
        "esb49g_alzira_cooperativa_socio",
        "Cooperativa agrícola, Alzira (Ribera Alta, Valencia)",
        "repeated_questions",
        "Un hombre de cuarenta años que trabaja a turnos en una fábrica ha heredado veinticinco hanegadas de naranjo y llama a la "
        "cooperativa del pueblo porque se está pensando hacerse socio.",
        good=[
            c("Hola, bon dia. Mire, mi padre falleció en primavera y me ha dejado unas veinticinco hanegadas de naranjo. Yo trabajo "
              "en la Ford y del campo no sé nada. Me han dicho que la cooperativa se encarga de todo. ¿Es así?", None),
            t("Bon dia. Siento lo de su padre. Sí, muchos socios nuestros están en su situación. ¿Su padre ya era socio de la "
              "cooperativa o vendía la naranja a un comerciante?"),
            c("Vendía a un comerciante, a ojo, en el árbol. Pero el último año le pagaron fatal y decía que se iba a hacer socio. No "
              "le dio tiempo.", None),
            t("Le explico lo que hacemos: con el cultivo integral, nuestra cuadrilla hace la poda, los tratamientos, el riego y la "
              "recolección, y usted cobra la liquidación de la fruta menos los costes. Lo que no le puedo decir es cuánto va a "
              "cobrar, depende del año y de la variedad. ¿Sabe qué variedades son?"),
            c("Navelinas y unas tardías, creo. Lo tengo que mirar. ¿Y cuánto cuesta eso del cultivo integral? Porque si al final "
              "pago más de lo que cobro, no me compensa.", None),
            t("Es muy sensato preguntarlo: con navelina, en años malos, ha pasado que casi no quedaba nada. Para hacerse socio hay "
              "una cuota de entrada de unos 60 euros por hanegada, una sola vez. Le propongo una cosa: venga una mañana, le enseño "
              "liquidaciones de socios con fincas parecidas, de años buenos y malos, y vamos a ver sus campos con el técnico."),
            c("Uf, la cuota de entrada son mil quinientos euros. Eso ahora mismo, con la herencia y los impuestos, no lo tengo.",
              "no_money"),
            t("Se puede descontar de la primera liquidación, no hace falta pagarla de golpe. Pero primero vea los números y los "
              "campos, y decida sin prisa. ¿Le va bien un sábado por la mañana?"),
            c("El sábado sí, que entre semana tengo turnos. El sábado a las diez.", None),
        ],
        gaming=[
            c("Hola, bon dia. Mire, mi padre falleció en primavera y me ha dejado unas veinticinco hanegadas de naranjo. Yo trabajo "
              "en la Ford y del campo no sé nada. Me han dicho que la cooperativa se encarga de todo. ¿Es así?", None),
            t("Bon dia. Siento lo de su padre. Cuénteme, ¿qué espera usted de la cooperativa?"),
            c("Pues que se encargue de los campos, porque yo trabajo a turnos y no sé nada de naranjas.", None),
            t("Entiendo. ¿Y qué objetivos tiene usted con esas tierras?"),
            c("Pues lo que le digo: que alguien las cuide y sacar algo, o por lo menos no perder dinero.", None),
            t("Claro. Y dígame, ¿qué le gustaría conseguir con su explotación a medio plazo?"),
            c("¿Otra vez? Que las cuiden. ¿Cuánto cuesta hacerse socio? Eso es lo que quiero saber.", None),
            t("Ahora llegamos a eso. Antes, para entender bien su necesidad: ¿qué papel quiere que tenga la cooperativa en sus "
              "tierras?"),
            c("Mire, que estoy en el descanso de la fábrica y se me acaba. Ya llamaré otro día.", "no_time"),
        ],
    ),
    # 13. wrong_paraphrase (second)
    gpair(
        "esb49g_elpalmar_mesas_terraza",
        "Taller de muebles, Alfafar (l'Horta Sud), para un restaurante de El Palmar (l'Albufera)",
        "wrong_paraphrase",
        "El dueño de un restaurante de arroces de El Palmar necesita diez mesas nuevas para la terraza porque las de madera se "
        "le han podrido con la humedad del lago en tres años; las quiere para Semana Santa.",
        good=[
            c("Bon dia. Sóc Toni, d'un restaurant del Palmar... bueno, de un restaurante de El Palmar. Necesito mesas pa la terraza, "
              "diez, que las de madera que tengo se han podrido con la humedad del lago. En tres años, eh.", None),
            t("Bon dia, Toni. Con la humedad de la Albufera la madera normal sufre mucho, sí. ¿Las queréis de madera otra vez, o os "
              "da igual otro material si aguanta mejor?"),
            c("A mí me gusta la madera, que queda más de aquí, de barraca. Pero no quiero tirar el dinero otra vez. ¿Qué me "
              "recomiendas?", None),
            t("Entonces quieres que parezca madera y que aguante la humedad. Tienes dos opciones: teca, que aguanta muy bien pero es "
              "cara, unos 420 la mesa; o pata de aluminio con tablero compacto imitación madera, a 260, que casi no se distingue y no "
              "se pudre. ¿De qué tamaño? ¿Para cuatro personas?"),
            c("Para cuatro, de ochenta por ochenta, que los domingos las juntamos para las paellas de grupo. Hombre, 420 por diez... "
              "eso es mucho pa una terraza.", "too_expensive"),
            t("Entonces el compacto. Y si las juntáis, os las hago todas exactamente a la misma altura para que no quede escalón. "
              "¿Para cuándo las necesitas?"),
            c("Pa Semana Santa, que es cuando empieza el lío. ¿Me puedes traer una de muestra antes de hacer las diez?", None),
            t("Sí. Te hago una en dos semanas, la dejas fuera unos días, la probáis, y si te convence hacemos las nueve restantes "
              "para mediados de marzo."),
            c("Perfecte. Així sí. D'acord.", None),
        ],
        gaming=[
            c("Bon dia. Sóc Toni, d'un restaurant del Palmar... bueno, de un restaurante de El Palmar. Necesito mesas pa la terraza, "
              "diez, que las de madera que tengo se han podrido con la humedad del lago. En tres años, eh.", None),
            t("Bon dia, Toni. Cuéntame qué buscas."),
            c("Lo que te digo, diez mesas pa la terraza. Las de madera se han podrido en tres años.", None),
            t("Vale, entonces si te he entendido bien, quieres renovar todo el comedor interior y la terraza, mesas y sillas, con el "
              "mismo estilo, ¿no?"),
            c("No, no. Solo las mesas de la terraza. Las sillas están bien y dentro no toco nada.", "no_need"),
            t("Perfecto. O sea, que lo que me dices es que el precio no te importa mientras sea madera auténtica, así que te hago "
              "teca maciza, a 420 la mesa."),
            c("Yo no he dicho que el precio no me importe. Cuatro mil euros en mesas de terraza, ni de broma.", "too_expensive"),
            t("Entiendo. Resumiendo entonces: no te corre prisa y las podemos hacer para el verano que viene, ¿correcto?"),
            c("¿El verano que viene? Las necesito pa Semana Santa. Mira, tú no me escuchas. Ya llamaré a otro taller.", None),
        ],
    ),
    # 14. pitch_to_upset (second)
    gpair(
        "esb49g_cieza_banco_viuda",
        "Oficina bancaria, Cieza (Vega del Segura, Murcia)",
        "pitch_to_upset",
        "Una mujer de 72 años cuyo marido murió hace tres semanas va sola al banco: la cuenta común está bloqueada, le ha "
        "llegado el recibo de la luz y no sabe qué papeles hacen falta.",
        good=[
            c("Buenos días... Perdone, es que mi marido se murió hace tres semanas y me dicen que la cuenta está bloqueada. Y me ha "
              "venido el recibo de la luz, y no sé... no sé qué tengo que hacer.", None),
            t("Buenos días, señora. Lo siento mucho. Siéntese, que lo vemos con calma. Primero lo urgente: ¿la cuenta es de los dos, "
              "a nombre de usted y de su marido?"),
            c("De los dos, sí. Toda la vida. Y ahí me ingresan también la pensión mía.", None),
            t("Vale. Al ser de los dos, una parte queda retenida hasta que se haga la herencia, pero su pensión y los recibos de la "
              "casa se pueden seguir pagando. Voy a pedir ahora que desbloqueen lo de la luz, eso no tiene que esperar. ¿Tiene el "
              "certificado de defunción?"),
            c("Sí, aquí lo tengo, me lo dieron en el tanatorio. ¿Y lo de la herencia? Yo no sé nada de eso, lo llevaba todo él.", None),
            t("Para la herencia harán falta el certificado de últimas voluntades y el testamento, si lo hizo, pero no tiene que "
              "hacerlo hoy. ¿Tiene hijos que la puedan acompañar? Le apunto en un papel lo que hace falta y, cuando quiera, vienen "
              "con usted y lo hacemos juntos."),
            c("Mi hijo está en Alemania, viene en Navidad. Mi hija vive en Murcia, pero tiene los niños...", None),
            t("Pues no hay prisa. Hoy le dejo pagada la luz y le apunto mi nombre y mi teléfono. Cuando su hija pueda, aunque sea un "
              "sábado por teléfono, que me llame y se lo explico todo a ella también."),
            c("Ay, muchas gracias, hija. No sabe el peso que me quita.", None),
        ],
        gaming=[
            c("Buenos días... Perdone, es que mi marido se murió hace tres semanas y me dicen que la cuenta está bloqueada. Y me ha "
              "venido el recibo de la luz, y no sé... no sé qué tengo que hacer.", None),
            t("Buenos días. Lo siento mucho, le acompaño en el sentimiento. Dígame, ¿cómo se siente en este momento? Quiero entender "
              "bien su situación."),
            c("Pues cómo me voy a sentir. Sola, y sin saber qué hacer con los papeles. Lo llevaba todo él.", None),
            t("Lo entiendo perfectamente. Y precisamente para momentos así tenemos el seguro Vida Tranquila Senior, que la protege a "
              "usted y a sus hijos. Y con lo que herede, le recomendaría nuestro fondo Futuro Garantizado, que rinde más que tenerlo "
              "parado en la cuenta."),
            c("Yo no sé nada de fondos ni quiero saber. Lo que quiero es pagar la luz, que la cuenta está bloqueada.", "no_need"),
            t("Claro, eso lo miramos. Pero piense que ahora es el momento de planificar, que el dinero parado pierde valor. Mucha "
              "gente en su situación lo hace. ¿Quiere que le prepare una simulación?"),
            c("Hija, que mi marido no lleva ni un mes enterrado. No estoy yo ahora para simulaciones.", "no_time"),
            t("Lo respeto totalmente. Le dejo el folleto y mi tarjeta, y cuando tenga la herencia hablamos. ¿Hay algo más en lo que "
              "le pueda ayudar?"),
            c("Lo de la luz. Que es a lo que venía. ¿Me lo va a arreglar o no?", None),
        ],
    ),
    # 15. blame (second)
    gpair(
        "esb49g_aguilas_apartamento_llaves",
        "Agencia de apartamentos turísticos, Águilas (Murcia)",
        "blame",
        "Una pareja de Madrid llega a las once de la noche al apartamento y el código de la caja de llaves no abre; llaman al "
        "teléfono de guardia de la agencia.",
        good=[
            c("Hola, buenas noches. Estamos en la puerta del apartamento de la calle Conde de Aranda, el segundo B. El código de la "
              "cajita de las llaves no funciona. Lo hemos probado diez veces.", None),
            t("Buenas noches, perdonad el lío, vamos a solucionarlo ya. ¿Qué código os llegó en el mensaje? Leédmelo tal cual, por "
              "favor."),
            c("El 4 7 1 9. Y después hay que bajar la palanca, ¿no? Lo hemos hecho.", None),
            t("Sí, es así. Un momento que lo miro... Vale, el código que os mandó el sistema es el de la semana pasada; el "
              "propietario lo cambió el lunes y no se actualizó. Es fallo nuestro. El bueno es el 2 5 0 8."),
            c("Vale... ¡ya abre! Menos mal. Oye, llevamos cuarenta minutos aquí con las maletas, eh. Con el viaje desde Madrid.", None),
            t("Lo siento de verdad. Mañana a las diez os mando a alguien por si hay algo del apartamento que no os cuadre, y os "
              "descuento la tasa de limpieza por las molestias. ¿Os parece bien?"),
            c("Vale, sí. Eso está bien. Gracias, Pedro.", None),
        ],
        gaming=[
            c("Hola, buenas noches. Estamos en la puerta del apartamento de la calle Conde de Aranda, el segundo B. El código de la "
              "cajita de las llaves no funciona. Lo hemos probado diez veces.", None),
            t("Buenas noches. Lamento mucho tu experiencia. ¿Has leído bien el mensaje con las instrucciones de llegada?"),
            c("Sí, claro. El 4 7 1 9, y bajar la palanca. Lo hemos hecho mil veces.", None),
            t("Ya, pero es que normalmente cuando no abre es porque se marca mal o no se baja bien la palanca. ¿Lo estás haciendo "
              "con fuerza?"),
            c("Con toda la fuerza del mundo. Que no abre. Que es el código, no yo.", None),
            t("Bueno, es que si hubierais llegado en horario de oficina, antes de las ocho, como pone en las condiciones, os habría "
              "abierto alguien en persona. Llegar a estas horas es un riesgo que asumís vosotros."),
            c("¿Perdona? Salimos de Madrid a las cuatro. Y en la reserva no ponía ningún horario.", None),
            t("Sí lo pone, en la letra pequeña. A ver, prueba el 2 5 0 8, que el propietario lo cambió el lunes. Pero revisa el "
              "móvil, porque seguro que se te mandó."),
            c("Ya abre. Pero no, no se nos mandó nada. Y mañana pongo la reseña, que lo sepas.", None),
        ],
    ),
]

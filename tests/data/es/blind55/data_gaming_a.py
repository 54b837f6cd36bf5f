"""Gaming pairs, file a (written by hand). Kinds 1-10, once each."""
from common import c, gpair, t

# a01 monologue: solar para bombeo, Almendralejo
A01 = c("Buenas. Mire, que me ha dicho mi cuñao que ustedes ponen placas pa los pozos, pa la bomba del riego. "
        "Yo tengo viña y un poco de olivar aquí en Almendralejo y la luz me está comiendo vivo.", None)

# a02 closing_as_open_question: implante, clínica dental en Triana
A02 = c("Hola, buenas tardes. Vengo porque el dentista me dijo la semana pasada que la muela esta de abajo no tiene "
        "arreglo y que había que poner un implante, y yo quería saber un poco... porque no tengo ni idea de lo que es eso.",
        None)

# a03 pitch_as_paraphrase: datáfono de un chiringuito en Conil (chat)
A03 = c("wenas, tengo un chiringuito en la playa de los bateles en conil y el datafono se me queda sin cobertura a cada "
        "rato, en agosto con la playa llena es un desastre", None)

# a04 upsell_as_loop_closing: sofá en una tienda de muebles de Lucena
A04 = c("Buenos días. Estamos buscando un sofá pal salón, que el que tenemos ya está pa tirarlo. Lo que pasa es que el "
        "salón es chiquitillo, ¿eh?", None)

# a05 leading_tag_questions: chirrido de frenos, taller en Jerez
A05 = c("Buenas, illo. Traigo el coche porque hace un ruío al frenar, como un chirrido, sobre todo por las mañanas. "
        "Es un Ibiza del 2014.", None)

PAIRS = [
    gpair(
        "esb55g_almendralejo_bombeo_solar",
        "instaladora de placas solares, Almendralejo (Badajoz)",
        "monologue",
        "Un viticultor de Tierra de Barros entra en la tienda de una instaladora a preguntar por bombeo solar para el pozo "
        "de riego porque la factura de la luz del verano se le ha disparado.",
        good=[
            A01,
            t("Buenas, sí, hacemos bombeo solar. Antes de nada, cuénteme un poco: ¿qué bomba tiene ahora y cuántas horas "
              "la pone a funcionar en verano?"),
            c("Pues es una bomba sumergible de... creo que siete caballos y medio, y en julio y agosto la tengo puesta "
              "casi to el día, de seis de la mañana hasta las dos o así. El pozo está a sesenta metros.", None),
            t("Vale, siete y medio, sesenta metros y riego de mañana. ¿Y de factura, más o menos cuánto le viene en esos "
              "meses?"),
            c("Uf, el año pasao en agosto me vinieron cuatrocientos y pico euros. Y eso que la viña es en espaldera, que "
              "es riego de apoyo na más.", None),
            t("Entiendo. Pues con ese horario le encaja bien, porque regaría justo cuando hay sol. Lo que no le quiero es "
              "vender a ciegas: hay que ver el pozo, el caudal y dónde irían las placas. ¿Le parece que vaya un técnico, "
              "lo mire sin compromiso y le llevamos un número cerrado?"),
            c("Hombre, eso sí. Pero ya le digo que ahora mismo no estoy pa gastarme un dineral, que la cosecha ha venío "
              "regular.", "no_money"),
            t("Lo entiendo perfectamente. Por eso quiero que lo vea con números: lo que cuesta, lo que se ahorra al año y "
              "si le merece la pena ahora o el año que viene. Y le explico las ayudas de la Junta para regadío, que a veces "
              "cubren una parte. ¿Le viene bien el jueves por la mañana?"),
            c("El jueves temprano sí, antes de las diez, que luego me voy a la cooperativa.", None),
            t("Perfecto, jueves a las ocho y media. ¿Me da la dirección de la finca o me manda la ubicación al móvil?"),
            c("Se la mando por el whatsapp, que explicarlo es un lío: pasao el cortijo de los Barrena, a mano izquierda.",
              None),
        ],
        gaming=[
            A01,
            t("¡Qué bien que venga! Mire, le cuento nuestra experiencia: llevamos doce años en Tierra de Barros, más de "
              "ochocientas instalaciones, kit de bombeo con variador, paneles bifaciales de quinientos cincuenta vatios, "
              "estructura galvanizada, monitorización por el móvil y veinticinco años de garantía. Para su caso lo ideal "
              "es el kit de quince kilovatios, que es el que se lleva todo el mundo. ¿Qué le parece?"),
            c("Bueno, yo no sé si quince... es que yo lo que tengo es una bomba de...", None),
            t("No se preocupe por la bomba, eso lo adaptamos todo. Lo importante aquí es la relación a largo plazo: le "
              "hacemos el mantenimiento, la limpieza de paneles dos veces al año, y si quiere le ponemos baterías pa regar "
              "de noche, que eso es un lujo. El kit de quince con baterías se queda en veintidós mil, y se amortiza en ná."),
            c("¿Veintidós mil? Chacho, eso es mucho dinero pa lo que yo riego, que es riego de apoyo na más.",
              "too_expensive"),
            t("Ya, pero piense en la experiencia de no volver a mirar la factura. Y le cuento más: financiación a siete "
              "años, ayudas, y este mes regalamos el cargador pa coche eléctrico. ¿Que no tiene coche eléctrico? Da igual, "
              "le sirve pal futuro. ¿Le preparo el contrato y así vamos adelantando?"),
            c("Espérese, espérese. Que yo he venío a preguntar, no a firmar ná. Me lo pienso y ya le llamo.",
              "think_it_over"),
            t("Claro, claro. Pero déjeme que le enseñe antes el vídeo de una instalación que hicimos en Villafranca, que es "
              "igualita a la suya, son cinco minutillos na más..."),
            c("No, de verdad, que tengo que irme. Hasta luego.", "brush_off"),
        ],
    ),
    gpair(
        "esb55g_sevilla_implante_dental",
        "clínica dental, barrio de Triana (Sevilla)",
        "closing_as_open_question",
        "Una señora mayor pasa por recepción a informarse del implante que le ha propuesto el dentista; le dan miedo el "
        "dolor y el precio.",
        good=[
            A02,
            t("Buenas tardes. Claro, siéntese. ¿Qué le explicó el doctor exactamente, y qué es lo que más le preocupa de "
              "todo esto?"),
            c("Pues que hay que sacarla y luego poner un tornillo. A mí lo que me da miedo es el dolor, miarma, que yo con "
              "las agujas lo paso fatal. Y luego el precio, claro.", None),
            t("Es normal. Lo del dolor: se hace con anestesia local, igual que un empaste, y si lo pasa mal con las agujas "
              "se lo decimos al doctor pa que vaya despacio y le ponga antes un gel. ¿Ha tenido alguna mala experiencia en "
              "otro dentista?"),
            c("Sí, hace años en otra clínica me hicieron una endodoncia y me dolió horrores, y encima luego se me partió la "
              "muela. Por eso voy con un poco de reparo.", "bad_experience"),
            t("Con eso cualquiera viene con reparo. Aquí el doctor le explica cada paso antes de hacerlo y puede parar "
              "cuando quiera levantando la mano. En cuanto al precio, el implante con la corona sale en total por mil cien "
              "euros, y se puede pagar en varias veces sin intereses. ¿Quiere pensarlo tranquila o prefiere hablar primero "
              "con el doctor de sus dudas?"),
            c("Prefiero hablarlo con mi marido, que esas cosas las decidimos juntos. Pero sí me gustaría que el doctor me "
              "lo explicara otra vez.", "think_it_over"),
            t("Me parece muy bien. Le doy el presupuesto por escrito pa que lo vea con él, y le dejo una cita de quince "
              "minutos solo de consulta con el doctor, sin tratamiento. ¿El martes a las seis le viene bien?"),
            c("Sí, el martes a las seis sí. Muchas gracias, hija.", None),
        ],
        gaming=[
            A02,
            t("Buenas tardes. Claro que sí. Cuénteme, ¿qué es lo que le gustaría conseguir con su sonrisa?"),
            c("Hombre, conseguir... pues que no me duela y poder comer bien. Pero a mí lo que me da miedo es el dolor, y "
              "el precio.", None),
            t("Perfecto, me encanta que lo tenga tan claro. El implante con corona son mil cien euros. ¿Cómo le vendría "
              "mejor abonarlo, en un solo pago o en doce cuotas?"),
            c("Bueno, pero espérese, que yo todavía no sé ni lo que es un implante. ¿Me lo explica usted primero?", None),
            t("Claro, claro. Y para entenderlo mejor, ¿qué día de esta semana prefiere para empezar, el jueves o el "
              "viernes?"),
            c("Ninguno de los dos, que yo con los dentistas tengo mala experiencia, me hicieron una endodoncia que me dolió "
              "horrores.", "bad_experience"),
            t("Lo entiendo perfectamente. Y dígame, ¿qué necesitaría oír hoy para quedarse tranquila y dejar la señal de "
              "doscientos euros?"),
            c("Pues ná, no necesito oír ná más. Me voy a hablarlo con mi marido y ya veremos.", "think_it_over"),
            t("¿Y qué cree usted que le diría su marido si llega a casa con la fecha ya reservada?"),
            c("Que me he vuelto loca. Adiós.", None),
        ],
    ),
    gpair(
        "esb55g_conil_datafono_chiringuito",
        "operadora de telecomunicaciones, chat de empresas; cliente en Conil de la Frontera (Cádiz)",
        "pitch_as_paraphrase",
        "El dueño de un chiringuito escribe por el chat porque el datáfono pierde la cobertura por las tardes de verano.",
        good=[
            A03,
            t("Hola! Vaya faena en plena temporada. Para entenderlo bien: el datafono va por wifi o con tarjeta SIM? Y pasa "
              "a todas horas o sobre todo cuando hay mucha gente?"),
            c("va con sim, de otra compañia. sobre todo por la tarde q la playa esta a reventar, a mediodia va mas o menos",
              None),
            t("Vale, eso cuadra con la red móvil saturada cuando hay miles de móviles en la playa. O sea, el problema no es "
              "el datafono sino la cobertura en las horas punta. Tienes alguna toma de fibra o de línea fija en el "
              "chiringuito?"),
            c("no, aqui no llega na, es de madera y se monta en marzo. la luz nos la da el ayuntamiento", None),
            t("Entendido. Entonces hay dos opciones realistas: un router 4G/5G con antena exterior, que coge mejor señal que "
              "el datafono, o un datafono que salta solo de operador cuando uno falla. La primera es más barata, pero antes "
              "de ofrecerte nada me gustaría mirar la cobertura real en tu sitio. Me pasas la ubicación?"),
            c("vale pero ya te digo q el año pasado me pusieron un router de esos y no se noto na, tire el dinero",
              "bad_experience"),
            t("Normal que desconfíes. Por eso te propongo probarlo antes: te dejamos el router con antena quince días en "
              "préstamo, y si por las tardes no ves diferencia, lo devuelves y no pagas nada. Te va bien que pase el técnico "
              "el lunes por la mañana antes de abrir?"),
            c("el lunes a las 10 vale. te mando la ubicacion por aqui", None),
        ],
        gaming=[
            A03,
            t("Hola! Gracias por contarnos tu experiencia. Para asegurarme de que te entiendo: lo que necesitas es nuestra "
              "Tarifa Negocio Total con fibra de 1 giga, dos líneas móviles y centralita virtual por 89 al mes, correcto?"),
            c("fibra?? q te digo q aqui no llega na, es un chiringuito de madera en la arena", None),
            t("Claro, te escucho. Entonces si lo resumo: lo que me estás diciendo es que quieres la versión 5G de la Tarifa "
              "Negocio Total, con router premium incluido por solo 99 al mes, verdad?"),
            c("yo no he dicho eso. yo lo q quiero es q el datafono no se caiga por la tarde. 99 al mes pa un chiringuito q "
              "abre 6 meses es una barbaridad", "too_expensive"),
            t("Te entiendo perfectamente. A ver si lo he captado: lo que buscas es flexibilidad, así que lo tuyo es la "
              "Tarifa Temporada Plus, 6 meses de permanencia y TV para la terraza incluida, cierto?"),
            c("tv?? pa q quiero yo tele en la playa. mira el año pasado otra compañia me endiño un router y no sirvio de "
              "na, no quiero mas paquetes", "bad_experience"),
            t("Entonces, si te he entendido bien, lo que valoras es la tranquilidad, y eso es justo nuestro Seguro "
              "Conectividad por 9,90 extra. Te lo añado?"),
            c("no. dejalo, ya me busco la vida", "no_need"),
        ],
    ),
    gpair(
        "esb55g_lucena_sofa_salon",
        "tienda de muebles, Lucena (Córdoba)",
        "upsell_as_loop_closing",
        "Una señora busca un sofá para un salón pequeño; su marido duerme la siesta en él y tienen un perro que se sube.",
        good=[
            A04,
            t("Buenos días. ¿Cómo de chiquitillo? ¿Tiene las medidas de la pared donde iría, más o menos?"),
            c("La pared tiene dos metros y medio, pero al lao está la puerta del balcón, así que no puede pasar de dos "
              "metros y poco. Lo medí anoche con el metro de mi marío.", None),
            t("Muy bien que lo midiera. ¿Y quién lo va a usar más, y pa qué: pa ver la tele, echarse la siesta...?"),
            c("Pues mi marido pa la siesta, eso fijo, y tenemos un perrillo que se sube aunque le digamos que no. Por eso "
              "el otro está como está.", None),
            t("Entonces: dos metros como mucho, cómodo pa tumbarse y una tela que aguante al perro. Le enseñaría este de tres "
              "plazas de un metro noventa y cinco, con tela antimanchas que se limpia con agua, y las fundas se quitan. Está "
              "en seiscientos ochenta."),
            c("Es bonito, sí. Pero seiscientos ochenta... en el centro comercial de Córdoba vi uno parecido por quinientos "
              "y pico.", "too_expensive"),
            t("Puede ser. La diferencia aquí es la tela y la estructura de madera maciza, que se fabrica aquí en Lucena, y le "
              "incluimos el porte y subírselo. Si quiere, llévese esta muestra de tela, compárela con la del otro, y si "
              "vuelve se lo apartamos. ¿Le parece?"),
            c("Vale, me llevo la muestra y lo hablo con él esta noche.", "think_it_over"),
            t("Perfecto. Le apunto el modelo y la medida en la tarjeta. Si se decide, me llama y en diez días lo tiene en "
              "casa."),
            c("Muy bien. Si mi marido dice que sí, que seguro que dice que sí, le llamo mañana.", None),
        ],
        gaming=[
            A04,
            t("Buenos días. Para eso estamos. ¿Qué medida busca y para qué lo va a usar?"),
            c("Pues no puede pasar de dos metros, y es pa que mi marío se eche la siesta. Y tenemos un perrillo que se sube.",
              None),
            t("Genial, entonces este de un metro noventa y cinco antimanchas, seiscientos ochenta. Y para cerrar bien lo "
              "suyo, ¿qué más le añadimos? ¿La mesa de centro a juego?"),
            c("No, mesa ya tenemos, la mesa está bien.", "no_need"),
            t("Perfecto. Entonces, para asegurarme de que no se le queda nada pendiente, ¿le incluyo el tratamiento "
              "protector de tela por noventa euros? Con el perrillo, ya sabe."),
            c("¿Pero no me ha dicho que era antimanchas? ¿Entonces en qué quedamos?", None),
            t("Tiene toda la razón. ¿Y hay algo más en lo que le pueda ayudar hoy? Porque tenemos el puf a juego, los cojines "
              "y la garantía ampliada a cinco años, que es lo que se lleva todo el mundo."),
            c("Mire, yo he venío a por un sofá y usted me quiere amueblar la casa entera. Me lo pienso, que con seiscientos "
              "ochenta ya voy servida.", "think_it_over"),
            t("Claro. ¿Y antes de irse le apunto al menos la garantía ampliada, que así cerramos todo bien?"),
            c("Que no, hijo, que no. Buenos días.", "no_need"),
        ],
    ),
    gpair(
        "esb55g_jerez_frenos_chirrido",
        "taller mecánico, Jerez de la Frontera (Cádiz)",
        "leading_tag_questions",
        "Un cliente trae un coche de 2014 porque los frenos chirrían por las mañanas; frena bien y va justo de dinero.",
        good=[
            A05,
            t("Buenas. ¿El ruido lo hace solo las primeras frenadas de la mañana o todo el día? ¿Y notas que frena peor o "
              "que vibra el volante?"),
            c("Por la mañana sobre to, luego cuando ya lleva un rato se le quita. Frenar, frena bien, no vibra ni ná.", None),
            t("Vale. Eso muchas veces es humedad: por la noche los discos cogen un poco de óxido y chirrían hasta que se "
              "limpian, sobre todo si duerme en la calle. ¿Lo tienes en garaje o fuera?"),
            c("En la calle, al lao de casa. ¿Y eso cuánto me va a costar? Porque este mes voy justito, ¿sabes?", "no_money"),
            t("Primero lo miramos. Le quito las ruedas, mido pastillas y discos y te digo lo que hay; la revisión no te la "
              "cobro si luego no hay que cambiar nada. Si las pastillas están bien, no tocamos nada. ¿Tienes media horita o "
              "prefieres dejarlo?"),
            c("Me espero, me tomo un café ahí enfrente.", None),
            t("Perfecto. En media hora te llamo con lo que vea y el precio, antes de tocar nada."),
            c("Venga, aquí tienes la llave. Mi número está en la ficha.", None),
        ],
        gaming=[
            A05,
            t("Buenas. Claro. Frenar bien es lo primero, ¿verdad que sí?"),
            c("Hombre, claro. Pero frenar frena bien, es solo el ruío por las mañanas.", None),
            t("Ya, pero con un coche de 2014 lo suyo es cambiar discos y pastillas delante y detrás, ¿no crees?"),
            c("Pues no sé, illo, yo solo quería que lo miraras. Es que este mes voy justito de dinero.", "no_money"),
            t("Te entiendo. Pero tu seguridad y la de tu familia vale más que trescientos euros, ¿a que sí? Y ya que está en "
              "el elevador, le cambiamos el líquido de frenos, que no lo habrás cambiado nunca, ¿verdad?"),
            c("Pues no, no lo he cambiao nunca, la verdad. Pero oye, ¿tú le has mirao ya las pastillas o no?", None),
            t("Entonces lo dejamos todo hecho y te olvidas, ¿te parece bien, no?"),
            c("No, no me parece bien. Dame la llave que lo llevo a otro lao a que me lo miren primero.", "no_need"),
        ],
    ),
]

# a06 putdown_question: recibo de basura con recargo, oficina de atención ciudadana de Mérida
A06 = c("Buenos días. Me ha llegao esta carta del ayuntamiento diciendo que debo la tasa de la basura con un recargo, y "
        "yo la tengo domiciliá desde hace años. No entiendo ná.", None)

# a07 not_my_department_or_read_the_terms: habitación sin vista al mar, hotel en Roquetas de Mar
A07 = c("Buenas noches. Mire, hemos reservado una habitación con vista al mar, que lo pone bien claro en la reserva, y "
        "nos han dado una que da al aparcamiento y a los contenedores. Venimos desde Jaén con los niños ilusionaos.", None)

# a08 social_proof_or_deadline_pressure: academia de selectividad en Granada
A08 = c("Hola, buenas. Quería información pa mi hijo, que está en segundo de bachillerato y las matemáticas se le están "
        "atragantando. Tiene la selectividad en junio y va un poco agobiao.", None)

# a09 keyword_stuffed: cooperativa de jamón de la sierra de Huelva, venta a un bar
A09 = c("Buenas, llamo del bar La Ría, en Huelva. Estoy buscando un proveedor de jamón pa la barra, que el que tengo me "
        "ha subido el precio y la calidad ha bajao.", None)

# a10 rude: seguro de invernadero, correduría en El Ejido
A10 = c("Buenas. Vengo a preguntar por un seguro pal invernadero, que con el levante de la semana pasada al vecino se le "
        "voló la mitad del plástico y yo no quiero que me pase.", None)

PAIRS += [
    gpair(
        "esb55g_merida_tasa_basura",
        "ayuntamiento, oficina de atención ciudadana, Mérida (Badajoz)",
        "putdown_question",
        "Un vecino llega con una carta de recargo por la tasa de basura; cambió de banco en enero y el recibo volvió.",
        good=[
            A06,
            t("Buenos días. Vamos a verlo. ¿Me deja la carta y el DNI? Y dígame, ¿los años anteriores se lo cobraron en el "
              "banco sin problema?"),
            c("Sí, siempre. Lo que pasa es que en enero cambié de banco, me fui a otro que me daba la cuenta sin comisiones, "
              "y a lo mejor es eso.", None),
            t("Eso es, aquí lo veo: el recibo se mandó a la cuenta antigua, el banco lo devolvió porque ya estaba cerrada y "
              "pasó a ejecutiva con recargo. Entiendo que le moleste, usted no dejó de pagar a propósito."),
            c("Hombre, claro que me molesta. Ochenta y cuatro euros más el recargo. Y yo no sabía que había que avisar aquí "
              "también.", None),
            t("Le explico lo que se puede hacer. Quitar el recargo desde aquí no puedo, pero si lo paga dentro del plazo que "
              "pone la carta se queda en el diez por ciento y no en el veinte. Y ahora mismo le cambio la domiciliación a la "
              "cuenta nueva pa que no le vuelva a pasar. ¿Trae el número de cuenta?"),
            c("Sí, lo tengo en el móvil. Lo de pagarlo ahora... es que este mes voy muy pillao, con la vuelta al cole de los "
              "niños.", "no_money"),
            t("Entonces tiene otra opción: pedir que se lo fraccionen en tres meses. Le sumarían algo de intereses, poca "
              "cosa, y se lo tramito aquí mismo con una hoja, sin pedir otra cita. ¿Lo prefiere así?"),
            c("Sí, mejor en tres veces. Venga, vamos a hacerlo.", None),
            t("Perfecto. Dícteme el IBAN y le imprimo los dos justificantes, el del cambio de cuenta y el del "
              "fraccionamiento."),
            c("Tome, aquí lo tiene en el móvil. Y gracias por explicármelo, que venía con un mosqueo...", None),
        ],
        gaming=[
            A06,
            t("Buenos días. ¿Y usted se ha leído bien la carta antes de venir, o viene directamente a quejarse?"),
            c("Pues claro que me la he leído. Por eso vengo, porque pone que debo la basura y yo la tengo domiciliá.", None),
            t("Ya, ya. ¿Y no se le ha ocurrido pensar que a lo mejor el fallo es suyo? ¿Ha cambiado de banco, por "
              "casualidad?"),
            c("Sí, en enero. Pero eso no quita que nadie me haya avisao, hombre.", None),
            t("¿Y usted de verdad esperaba que el ayuntamiento le adivinara la cuenta nueva? Bueno, lo que necesita es pagar "
              "hoy con el recargo. ¿Cómo lo va a pagar, tarjeta o efectivo?"),
            c("Hoy no puedo pagar ochenta y cuatro euros más recargo, que este mes voy muy pillao con lo del cole de los "
              "niños.", "no_money"),
            t("¿Pero de verdad no tiene ochenta euros? Entonces tendrá que pedir cita para el fraccionamiento. ¿La sabe pedir "
              "por internet o le tengo que explicar eso también?"),
            c("Oiga, no me hable así. Yo trabajo de mañana y tarde, no puedo estar viniendo aquí otro día pa una cita.",
              "no_time"),
            t("¿Y qué quiere que haga yo? ¿Algo más?"),
            c("Quiero la hoja de reclamaciones, eso quiero.", None),
        ],
    ),
    gpair(
        "esb55g_roquetas_hotel_vista_mar",
        "hotel de playa, Roquetas de Mar (Almería)",
        "not_my_department_or_read_the_terms",
        "Una familia de Jaén llega de noche al hotel; reservó vista al mar por una plataforma y le han dado una habitación "
        "al aparcamiento.",
        good=[
            A07,
            t("Buenas noches. Lo siento mucho, vaya llegada. ¿Me enseña la reserva, por favor? Así veo exactamente lo que "
              "contrataron."),
            c("Aquí la tiene en el móvil. Pone doble superior vista mar, cuatro noches. La hicimos por la web esa de "
              "reservas.", None),
            t("Sí, está clarísimo: vista mar. El error es nuestro, se la asignaron mal. Esta noche el hotel está lleno en "
              "vista mar, pero mañana a mediodía queda libre una en la cuarta planta, frente a la playa. ¿Les parece si les "
              "cambiamos mañana y esta noche les invito al desayuno?"),
            c("Hombre, lo del desayuno está bien, pero mañana a las nueve nos vamos a Cabo de Gata y no volvemos hasta la "
              "noche. No tenemos tiempo de andar haciendo maletas.", "no_time"),
            t("No hace falta que estén: dejen las maletas cerradas en la habitación antes de irse y nosotros se las subimos a "
              "la nueva. Cuando vuelvan recogen la llave aquí y ya está todo allí. ¿Les viene bien así?"),
            c("Así sí. En otro hotel nos dijeron algo parecido y luego se les olvidó, pero bueno, vamos a confiar.", None),
            t("Se lo dejo apuntado ahora mismo en su ficha, con mi nombre, Rocío, y lo dejo dicho al turno de mañana. Y "
              "mañana por la noche, si quieren, me cuentan qué tal la habitación."),
            c("Muy bien, Rocío. Gracias, de verdad.", None),
        ],
        gaming=[
            A07,
            t("Buenas noches. Entiendo su experiencia, de verdad. ¿Han hecho la reserva directamente con nosotros o por una "
              "plataforma?"),
            c("Por la web esa de reservas. Pero pone bien claro doble superior vista mar.", None),
            t("Ah, entonces eso ya no es cosa mía. Las condiciones de la plataforma dicen que la vista no está garantizada, "
              "viene en la letra pequeña. Tendrían que reclamarles a ellos."),
            c("¿Cómo que no es cosa suya? Si el hotel es este y la habitación me la ha dado usted.", None),
            t("Le entiendo perfectamente, pero yo no asigno las habitaciones, eso lo hace el sistema. Y yo no hago las "
              "normas. ¿Hay algo más en lo que le pueda ayudar?"),
            c("Pues sí: que me dé otra habitación. Si hace falta pagar algo, dígame al menos cuánto.", None),
            t("Hay una suite con vista mar, son ochenta euros más por noche. Si no, lo que pone en las condiciones es lo que "
              "hay."),
            c("¿Ochenta euros más por noche por lo que ya he pagado? Eso es un robo. Quiero hablar con el director.",
              "too_expensive"),
            t("El director no está hasta el lunes. Puede escribir al correo de atención al cliente, que viene en la web."),
            c("Pues eso haré, y a la plataforma también. Vaya vacaciones.", None),
        ],
    ),
    gpair(
        "esb55g_granada_academia_selectividad",
        "academia de refuerzo, barrio del Zaidín (Granada)",
        "social_proof_or_deadline_pressure",
        "Una madre pregunta por clases de matemáticas para su hijo de segundo de bachillerato, que va mal en matrices y "
        "probabilidad y solo puede martes y jueves.",
        good=[
            A08,
            t("Hola, buenas. Claro. ¿Qué es lo que más le cuesta: algún tema en concreto, o va perdido en general desde "
              "principio de curso?"),
            c("Él dice que el análisis lo lleva regular, pero que las matrices y la probabilidad no se entera de ná. Sacó un "
              "cuatro en la última evaluación.", None),
            t("Vale, pues con eso sabemos por dónde tirar. Tenemos grupos de selectividad de seis alumnos, dos días a la "
              "semana, y clases individuales. ¿Qué tardes tiene libres, y cuánto os habéis planteado gastar en casa?"),
            c("Libre, martes y jueves por la tarde, que los otros días entrena fútbol. Y de dinero, pues habíamos pensao en "
              "algo de unos cien al mes, ¿sabes?", None),
            t("La individual son dieciocho euros la hora; el grupo sale en ochenta al mes, y con seis alumnos el profe sí "
              "puede pararse con cada uno. Yo empezaría por el grupo de martes y jueves, y si en un mes no le llega, lo "
              "hablamos. Pero prefiero que él venga antes a una clase de prueba gratis, porque si no le convence no la va a "
              "aprovechar."),
            c("Eso me gusta, aunque te digo una cosa: el año pasado lo apuntamos a otra academia, pagamos matrícula y todo, "
              "y lo dejó en noviembre. No quiero tirar el dinero otra vez.", "bad_experience"),
            t("Por eso mismo. Que venga el martes a las cinco, que toca probabilidad, y a la salida me decís los dos. La "
              "matrícula no la pagáis hasta que él diga que sí."),
            c("Vale, se lo digo esta noche y te confirmo por whatsapp.", "think_it_over"),
        ],
        gaming=[
            A08,
            t("Hola, buenas. Qué bien que vengas, porque vas justo a tiempo. ¿Qué necesita tu hijo exactamente?"),
            c("Pues matrices y probabilidad no se entera de ná. Sacó un cuatro en la última evaluación.", None),
            t("Vale, te entiendo. Mira, la mitad de su instituto ya está apuntada aquí, de su clase seguro que conoce a "
              "varios. El grupo de selectividad se llena todos los años y solo me quedan dos plazas."),
            c("Ya, pero es que él solo puede martes y jueves, que los otros días tiene fútbol. ¿Y cuánto es?", None),
            t("Ochenta al mes más la matrícula de sesenta, pero si la matrícula la haces hoy te la dejo en treinta. Mañana ya "
              "no te lo puedo garantizar, que tengo otra madre que viene por la tarde."),
            c("Hombre, es que yo no quiero decidir sin que él lo vea. El año pasado lo apuntamos a otra academia, pagamos la "
              "matrícula y lo dejó en noviembre.", "bad_experience"),
            t("Lo entiendo, pero aquí eso no pasa, todos los que vienen aprueban la selectividad. ¿Te imaginas que él se "
              "quede sin plaza y todos sus amigos sí?"),
            c("Pues mira, si se queda sin plaza, se queda. Me lo pienso con él tranquilamente.", "think_it_over"),
            t("Como quieras, pero luego no me digas que no te avisé."),
        ],
    ),
    gpair(
        "esb55g_huelva_jamon_bar",
        "cooperativa de ibéricos, Cumbres Mayores (Huelva); cliente: bar en Huelva capital",
        "keyword_stuffed",
        "El dueño de un bar llama buscando otro proveedor de jamón porque el actual ha subido el precio y ha bajado la "
        "calidad.",
        good=[
            A09,
            t("Buenas, encantado. ¿Cuántos jamones gasta más o menos al mes, y lo corta usted a cuchillo o tiene máquina?"),
            c("A cuchillo, lo corto yo o mi cuñao. Pues uno a la semana, en verano alguno más. Y paletas pa las tapas.", None),
            t("Vale, cuatro o cinco al mes y paletas. ¿Qué le pide la clientela: bellota cien por cien, o le vale cebo de "
              "campo pa la tapa y el bellota pa las raciones?"),
            c("Pa la tapa con la caña el cebo de campo va bien, la gente no lo distingue. Pero pa raciones quiero bellota "
              "bueno, que aquí viene mucho turista que sabe.", None),
            t("Entendido. Le puedo mandar un jamón de bellota cien por cien de prueba. Sale a treinta y ocho el kilo. ¿A "
              "cuánto se lo está cobrando el que tiene ahora?"),
            c("A treinta y dos. Treinta y ocho es mucho, compae, yo la ración en la barra no la puedo subir tanto.",
              "too_expensive"),
            t("Le entiendo. La diferencia es la curación, treinta y seis meses mínimo, y que si una pieza le sale mala se la "
              "cambiamos sin discutir. Haga una cosa: pruebe la pieza, compare lo que le rinde y el sabor con la otra, y si "
              "no le compensa, no sigue. ¿Se la mando el martes con el reparto de Huelva?"),
            c("Venga, el martes. Pero solo el bellota, paleta de cebo tengo todavía pa un par de semanas.", None),
            t("Perfecto, solo el bellota. Le confirmo por whatsapp la hora de reparto y le mando la factura con la pieza."),
            c("Muy bien. Que sea antes de las doce, que luego se me llena esto y no puedo ni recibir.", None),
        ],
        gaming=[
            A09,
            t("¡Buenas! Qué alegría. Para nosotros lo más importante es entender tus necesidades y construir una relación de "
              "confianza a largo plazo. ¿Cómo te sientes ahora mismo con tu experiencia de proveedor?"),
            c("Pues mal, ya te lo he dicho. Me ha subido el precio y la calidad ha bajao. ¿Ustedes a cuánto tenéis el "
              "bellota?", None),
            t("Te entiendo perfectamente y valoro mucho que compartas cómo te sientes. Nuestra filosofía es que tu éxito es "
              "nuestro éxito, y queremos acompañarte en todo el camino para que tus clientes vivan una experiencia ibérica "
              "única."),
            c("Vale, pero ¿a cuánto el kilo? Que tengo el bar abierto y no puedo estar mucho rato al teléfono.", "no_time"),
            t("Claro, lo entiendo, y tu tiempo es lo más importante. Precisamente por eso nuestra propuesta de valor se "
              "adapta a cada necesidad: entendemos que cada relación es diferente y que lo que buscas es una experiencia de "
              "calidad."),
            c("Chiquillo, ¿me vas a decir el precio o no? Mira, mándame la lista por whatsapp y ya la miro cuando pueda.",
              "brush_off"),
            t("¡Por supuesto! Y antes, ¿cómo de satisfecho dirías que estás con esta conversación, del uno al diez? Para "
              "nosotros tu opinión es clave para seguir creciendo juntos."),
            c("Un dos. Venga, adiós.", None),
        ],
    ),
    gpair(
        "esb55g_elejido_seguro_invernadero",
        "correduría de seguros agrarios, El Ejido (Almería)",
        "rude",
        "Un agricultor con hectárea y media de invernadero viejo quiere asegurarlo tras un temporal de levante que rompió "
        "el plástico del vecino.",
        good=[
            A10,
            t("Buenas. Sí, hacemos seguros de invernadero. ¿Cuántas hectáreas tiene, qué estructura es, raspa y amagado, "
              "multitúnel...? ¿Y qué tiene plantado ahora?"),
            c("Hectárea y media, raspa y amagado de los de toa la vida, de hace doce años. Ahora tengo pimiento, lo puse en "
              "julio.", None),
            t("Vale. Con doce años de estructura, una cosa: ¿el plástico cuándo lo cambió por última vez? Porque eso lo va a "
              "mirar el perito."),
            c("El año pasado, nuevo. Pero los alambres y los palos ya no son nuevos, eso sí.", None),
            t("Le explico cómo va, que conviene saberlo antes de firmar nada: el seguro agrario subvencionado cubre "
              "estructura y cosecha por viento, granizo y demás, pero cada cultivo tiene su plazo de contratación, y con el "
              "pimiento puesto en julio puede que ya vayamos tarde. Déjeme comprobarlo ahora mismo."),
            c("¿Tarde? Pues vaya. ¿Y eso cuánto vale más o menos? Que el año ha sido malo de precios y no estoy pa muchos "
              "gastos.", "no_money"),
            t("Ya lo tengo: la estructura sí está en plazo, la cosecha de este ciclo no. Por hectárea y media de raspa y "
              "amagado le saldría sobre ochocientos euros al año, ya con la subvención. Si quiere, le preparo el cálculo "
              "exacto por escrito y lo mira con calma."),
            c("Sí, prepáramelo y me lo pienso. Mañana me paso, que ahora tengo que ir a recoger.", "think_it_over"),
            t("Se lo tengo listo mañana a primera hora. Traiga las referencias catastrales de la parcela y, si le convence, "
              "lo dejamos hecho."),
            c("Vale, mañana te las traigo, que las tiene mi mujer en una carpeta. Hasta mañana.", None),
        ],
        gaming=[
            A10,
            t("¿Y ahora viene? Claro, todo el mundo se acuerda del seguro cuando ya ha soplado. ¿Qué tiene, a ver?"),
            c("Hectárea y media de raspa y amagado, de hace doce años. Tengo pimiento.", None),
            t("Doce años... eso es una chatarra. ¿Y qué espera, que se lo aseguremos como si fuera nuevo?"),
            c("Hombre, chatarra no es, que el plástico lo cambié el año pasado. ¿Y cuánto vale el seguro?", None),
            t("Pues lo que vale. Mil y pico. No le voy a hacer una tesis, lo toma o lo deja."),
            c("¿Mil y pico? Ozú, eso es mucho pa un invernadero de hectárea y media. En la otra correduría me dijeron "
              "bastante menos.", "too_expensive"),
            t("Pues váyase a la otra correduría. ¿Algo más? Que tengo gente esperando."),
            c("No, ná más. Me voy a la otra, sí.", None),
        ],
    ),
]

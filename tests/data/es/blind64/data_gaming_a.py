"""Gaming pairs, part a (esb64). Written by hand."""
from common import c, t, gpair

PAIRS = []

# a01 monologue -------------------------------------------------------------
_o = c("Hola, buenas. Mire, le llamo del Hostal Marina, en Benidorm. Es que el wifi en las habitaciones de arriba va fatal y los clientes me lo ponen en las reseñas, ¿sabe?", None)
PAIRS.append(gpair(
    id="esb64g_benidorm_wifi_hostal",
    business="operador de telefonía, cuentas de empresa; hostal familiar de 22 habitaciones en Benidorm",
    kind="monologue",
    situation="La dueña de un hostal llama porque el wifi no llega a la tercera planta y le cae en las reseñas.",
    good=[
        _o,
        t("Buenas, gracias por llamar. Vaya, las reseñas duelen. Cuénteme un poco: ¿cuántas habitaciones tiene y en qué plantas falla exactamente?"),
        c("Pues tenemos veintidós habitaciones en tres plantas. En la baja va bien, en la segunda regular, y en la tercera es que ni cargan el WhatsApp. Sobre todo por la noche.", None),
        t("Por la noche, cuando están todos conectados. ¿Y el router dónde lo tiene? ¿Hay algún repetidor puesto?"),
        c("El router está en recepción, abajo. Mi cuñado puso dos repetidores de esos de enchufe del Mediamarkt, pero vamos, como si nada. Y oiga, se lo digo ya: hace tres años nos vendieron un pack hotel con otra compañía y fue un desastre, nos cobraban de todo.", "bad_experience"),
        t("Entiendo que vaya con cuidado. Por lo que me cuenta, el problema no parece la fibra sino cómo sube la señal: un router abajo y dos repetidores de enchufe en tres plantas se quedan cortos. Antes de ofrecerle nada, ¿le parece que vaya un técnico a medir la señal planta por planta? Es gratis y sin compromiso, y con eso le digo qué hace falta y qué no."),
        c("Si es gratis, vale. Pero que sea por la mañana, que por la tarde estoy yo sola en recepción.", None),
        t("Hecho. ¿Le va bien el martes a las diez? Luego le mando por escrito lo que mida el técnico y, si hay que poner algo, el precio cerrado antes de firmar nada."),
        c("El martes a las diez, perfecto. Apúnteme: Hostal Marina, calle Tomás Ortuño.", None),
    ],
    gaming=[
        _o,
        t("¡Buenas! Qué bien que llame, de verdad, porque justo para hoteles como el suyo tenemos la Solución Hotel Pro, lo mejor del mercado: fibra de un giga, seis puntos de acceso mesh, centralita en la nube y la tele de las habitaciones con canales internacionales, que a los guiris les encanta. La experiencia del cliente es lo primero, ¿verdad?"),
        c("Ya, pero a ver, yo lo que tengo es que en la tercera planta...", None),
        t("Exacto, exacto, y para eso está el mesh, que lo cubre todo. Y además le incluimos una línea móvil para usted con cien gigas y un número novecientos para reservas. Son ciento ochenta y nueve al mes con permanencia de treinta y seis meses, pero con los clientes que va a ganar con las reseñas se paga solo. Nuestros hoteles de Benidorm están encantadísimos, la relación que tenemos con ellos es de diez."),
        c("Ciento ochenta y nueve... Oiga, hace tres años nos metieron un pack de estos con otra compañía y acabamos pagando el doble.", "bad_experience"),
        t("Ya, pero lo nuestro no tiene nada que ver, nosotros somos otra cosa. Le cuento cómo va la instalación: vienen dos técnicos, en un día está todo, le dejamos el router nuevo en recepción, le configuramos la red de clientes con el nombre del hostal, le ponemos una pantallita para..."),
        c("Mire, no, de verdad. Que yo no necesito la tele ni la centralita, que lo que necesito es que llegue el wifi arriba.", "no_need"),
        t("¡Claro! Y eso se lo soluciona el pack completo. Y aprovecho para contarle lo de la alarma conectada, que con el pack le sale a mitad de precio, y la limpieza de fachadas con dron, que tenemos un acuerdo con..."),
        c("Bueno, mire, mándeme todo eso por correo y ya lo miraré con calma, que tengo gente en recepción.", "brush_off"),
    ],
))

# a02 closing_as_open_question ---------------------------------------------
_o = c("Buenas. Acho, vengo porque el año pasado el pedrisco me pilló los limones y no tenía ná asegurao. Y mi vecino me ha dicho que aquí hacéis seguros de esos.", None)
PAIRS.append(gpair(
    id="esb64g_alhama_seguro_pedrisco",
    business="correduría de seguros agrarios; agricultor de limón Verna en Alhama de Murcia",
    kind="closing_as_open_question",
    situation="Un limonero que perdió media cosecha por granizo viene a preguntar por un seguro; va justo de dinero y las cuentas las lleva su hijo.",
    good=[
        _o,
        t("Buenos días, siéntese. Vaya palo lo del pedrisco. ¿Cuántas tahúllas tiene y qué variedades? Así sé de qué hablamos."),
        c("Pues son unas cuarenta tahúllas, casi todo Verna y un poco de Fino. En Alhama, subiendo pa la sierra.", None),
        t("¿Y el año pasado cuánto perdió, más o menos? No es por curiosear, es para ver qué cobertura le compensa y cuál no."),
        c("Uf, la mitad de la cosecha se fue al suelo o se quedó marcá, que no la quería ni el almacén. Pero le digo la verdad, dinero ahora poco, que este año el limón se ha pagao a cuatro perras.", "no_money"),
        t("Con el precio que ha tenido el limón, lo entiendo. Hay dos opciones: una solo de pedrisco y viento, que es la más barata, y otra más completa. Con cuarenta tahúllas de Verna, la de pedrisco le saldría por unos cuatrocientos y pico al año, y lleva subvención. ¿Quiere que se lo calcule exacto y se lo lleva a casa?"),
        c("Sí, calcúlemelo, que lo quiero hablar con mi hijo, que es el que lleva las cuentas.", "think_it_over"),
        t("Perfecto. Le imprimo las dos con los números, y ojo, que el plazo para contratar el limón acaba a finales de mes. Si su hijo tiene dudas, que me llame directamente, le dejo mi tarjeta."),
        c("Ea, pues así sí. Muchas gracias, zagal.", None),
    ],
    gaming=[
        _o,
        t("Buenos días, qué bien que haya venido. Cuénteme, ¿qué le haría sentirse tranquilo este año con su cosecha?"),
        c("Pues hombre, que si cae pedrisco no lo pierda todo como el año pasao.", None),
        t("Claro. Y si le enseño un seguro que le cubre justo eso, ¿qué le impediría firmarlo hoy mismo?"),
        c("Hombre, pues primero saber lo que vale, digo yo. Que el limón se ha pagao a cuatro perras y no estoy pa gastos.", "no_money"),
        t("Lo entiendo perfectamente. ¿Qué prefiere, domiciliarlo en su cuenta de la Caja Rural o pagarlo con tarjeta?"),
        c("Pero pijo, ¿qué me está diciendo? Si no me ha dicho ni el precio.", None),
        t("Es el Seguro Integral Cítricos, unos novecientos al año. ¿Cuándo le viene mejor empezar a estar cubierto, esta semana o la que viene?"),
        c("Novecientos... Acho, que esto lo tengo que hablar con mi hijo, que es el que lleva los papeles. Ya vendré.", "think_it_over"),
        t("Perfecto, y para que su hijo lo vea claro, ¿qué le parece si lo dejamos firmado hoy y él solo tiene que revisarlo?"),
        c("Que no, que no firmo ná. Buenos días.", None),
    ],
))

# a03 pitch_as_paraphrase --------------------------------------------------
_o = c("Hola, buenas tardes. Escolti, llamo porque me duele una muela cuando bebo algo frío, desde hace unas dos semanas, y querría que me la miraran.", None)
PAIRS.append(gpair(
    id="esb64g_barcelona_dental_muela",
    business="clínica dental en el Eixample de Barcelona, recepción y coordinación de pacientes",
    kind="pitch_as_paraphrase",
    situation="Un paciente nuevo llama por sensibilidad al frío en una muela empastada; en otra clínica le sacaron un presupuesto enorme.",
    good=[
        _o,
        t("Buenas tardes. Vale, una muela que le molesta con el frío desde hace dos semanas. ¿Le duele solo con el frío, o también al morder o de noche sin hacer nada?"),
        c("Solo con el frío, y se me pasa enseguida. Bueno, y con los helados, que este verano... Es abajo a la izquierda, donde me pusieron un empaste hace años.", None),
        t("Abajo a la izquierda, donde tiene el empaste, y se le pasa enseguida. Eso se mira en una revisión normal; no parece urgente, pero mejor no dejarlo. ¿Es la primera vez que viene a la clínica?"),
        c("Sí, es que mi dentista de siempre se jubiló. Una cosa: la última vez, en otra clínica, fui a una revisión y salí con un presupuesto de dos mil euros. No quiero que me pase otra vez, eh.", "bad_experience"),
        t("Le entiendo. La primera visita, con revisión y radiografía de esa zona, son treinta y cinco euros. El doctor le dirá qué ve en esa muela, y si hubiera algo más se lo explica y usted decide sin prisa; aquí nadie le hace firmar nada ese día. ¿Le iría bien el jueves a las seis?"),
        c("El jueves a las seis me va bien. Están en Còrsega, ¿no?", None),
        t("Sí, Còrsega esquina Muntaner, primer piso. Y si antes del jueves empieza a dolerle al morder o de noche, llámenos y le buscamos hueco antes."),
        c("Perfecto, gracias. Hasta el jueves.", None),
    ],
    gaming=[
        _o,
        t("Buenas tardes. Claro que sí. Cuénteme, ¿qué es lo que más le preocupa de su sonrisa?"),
        c("¿De mi sonrisa? No, no, es una muela que me duele con el frío. Abajo a la izquierda, donde tengo un empaste viejo.", None),
        t("Vale, entonces si le he entendido bien, lo que usted busca es renovar la boca entera con nuestro Plan Sonrisa Total: revisión, limpieza, blanqueamiento y estudio de ortodoncia invisible, por cincuenta y nueve euros al mes. ¿Es así?"),
        c("No, yo no he dicho nada de blanqueamiento. Solo quiero que me miren la muela.", "no_need"),
        t("Claro, claro. O sea, que lo que me dice es que quiere solucionarlo todo de una vez para no volver cada dos por tres, y para eso el plan mensual es ideal porque sale más a cuenta. ¿Lo he entendido bien?"),
        c("Pues no. Mire, en otra clínica ya me hicieron esto: fui por una revisión y salí con un presupuesto de dos mil euros. No quiero planes.", "bad_experience"),
        t("Entonces lo que le estoy oyendo es que valora la confianza y la transparencia, y por eso el plan es perfecto: cuota fija, sin sorpresas. ¿Le apunto para la visita de bienvenida del plan?"),
        c("Que no. Apúnteme una revisión normal y punto.", "no_need"),
        t("La revisión suelta son treinta y cinco euros, pero con el plan le sale gratis. ¿Se lo dejo preparado para que lo firme el jueves?"),
        c("Déjelo, de verdad. Ya buscaré otra clínica. Adeu.", None),
    ],
))

# a04 upsell_as_loop_closing -----------------------------------------------
_o = c("Bon dia. Escolti, el cotxe... perdón, el coche me hace un ruido al frenar, como un chirrido, y la semana que viene tengo que pasar la ITV en Son Castelló.", None)
PAIRS.append(gpair(
    id="esb64g_palma_taller_frenos",
    business="taller mecánico de barrio en Palma",
    kind="upsell_as_loop_closing",
    situation="Una clienta con un coche heredado de 120.000 km trae un chirrido de frenos antes de la ITV y quiere gastar lo justo.",
    good=[
        _o,
        t("Bon dia. Vale, chirrido al frenar e ITV la semana que viene. ¿Hace el ruido siempre o sobre todo las primeras frenadas?"),
        c("Idò, sobre todo cuando freno flojito, por la ciudad. En la autopista casi no lo noto.", None),
        t("¿Y sabe cuándo le cambiaron las pastillas por última vez?"),
        c("Pues ni idea, hace bastante. El coche era de mi suegra, tiene ciento veinte mil kilómetros. Y no me quiero gastar mucho, eh, que lo tengo para ir a trabajar y poco más.", "no_money"),
        t("Entendido: lo justo para que vaya seguro y pase la ITV. Le miro ahora los frenos, son diez minutos, y le digo qué hay y cuánto cuesta antes de tocar nada."),
        c("Vale, espero aquí.", None),
        t("Ya está. Las pastillas delanteras están al límite, eso es el chirrido. Los discos están bien. Cambiar las pastillas son ochenta y cinco euros con mano de obra y se lo hago hoy. Lo demás que he mirado para la ITV está correcto, así que no le pongo nada más."),
        c("Perfecto, hágalo. ¿A qué hora lo tengo?", None),
        t("A la una lo tiene. Si veo cualquier otra cosa le llamo, pero no toco nada sin decírselo."),
    ],
    gaming=[
        _o,
        t("Bon dia. Claro, le miramos los frenos. Y para cerrar bien el círculo, ¿qué más le podemos revisar para que su experiencia con nosotros sea completa?"),
        c("Pues nada más, solo el ruido de los frenos, que tengo la ITV.", None),
        t("Perfecto. Ya lo he mirado: pastillas delanteras, ochenta y cinco euros. ¿Y qué más le añadimos para ir a la ITV tranquila? Le recomiendo cambio de aceite y filtros, que con ciento veinte mil..."),
        c("El aceite lo cambié hace poco, en la gasolinera. No hace falta.", "no_need"),
        t("Muy bien. ¿Hay algo más que quiera que incluyamos? Porque tenemos la recarga del aire acondicionado a sesenta y nueve, y en agosto en Palma..."),
        c("Que no, al·lot, que el aire funciona. No me quiero gastar mucho, de verdad.", "no_money"),
        t("Entendido, no se preocupe. Entonces, para cerrar: pastillas, escobillas nuevas y cambio de líquido de frenos, que siempre conviene. ¿Algo más que le pueda añadir antes de pasarlo al taller?"),
        c("¿Escobillas? ¿Líquido? Yo eso no se lo he pedido. Póngame solo las pastillas y dígame el total.", "no_need"),
        t("Solo pastillas, ochenta y cinco. Aunque si quiere, ¿le apunto ya la revisión de los ciento veinticinco mil con descuento de cliente?"),
        c("No, gracias. Las pastillas y ya está.", "no_need"),
    ],
))

# a05 leading_tag_questions ------------------------------------------------
_o = c("Hola, buenas. Estamos buscando un sofá, pero el piso es pequeño, eh, que es en Russafa, un tercero sin ascensor.", None)
PAIRS.append(gpair(
    id="esb64g_valencia_sofa_russafa",
    business="tienda de muebles y sofás en Valencia",
    kind="leading_tag_questions",
    situation="Una pareja joven busca un sofá para un piso pequeño sin ascensor, con un tope de unos mil euros y una suegra que viene a dormir.",
    good=[
        _o,
        t("Hola, bienvenidos. Tercero sin ascensor, eso es importante. ¿Cuánto espacio tenéis en el salón, más o menos, y para qué lo vais a usar: ver la tele, echar la siesta, que se quede alguien a dormir?"),
        c("Pues la pared tiene dos metros y poco. Y xe, para todo un poco, pero sobre todo tumbarnos a ver series. Lo de que duerma alguien... bueno, mi suegra viene de vez en cuando desde Xàtiva.", None),
        t("Vale: dos metros de pared, mucho tumbarse y alguna noche de visita. Os podría ir un dos plazas y media con chaise longue corta, o uno cama si lo de la suegra es a menudo. ¿Cada cuánto viene?"),
        c("Una vez al mes, más o menos. Pero los sofás cama que hemos probado son incomodísimos, ¿eh? Tuvimos uno y fatal, se te clavaban los hierros.", "bad_experience"),
        t("Es verdad que muchos lo son. Este de aquí tiene colchón de verdad, de catorce centímetros; probadlo tumbados, sin prisa. Y por la escalera no os preocupéis: viene en dos piezas y pasa por una escalera estrecha. ¿Os mido también el del chaise para comparar?"),
        c("Sí, a ver. Es que tampoco queremos pasar de mil euros.", None),
        t("Los dos entran: el cama son ochocientos noventa y el del chaise setecientos sesenta. Si queréis, os apunto las medidas y os llevo muestras de tela, y lo miráis en casa con la pared medida."),
        c("Sí, mejor, que quiero medir bien antes. Nos lo pensamos y volvemos el sábado.", "think_it_over"),
    ],
    gaming=[
        _o,
        t("Hola, bienvenidos. Os quiero entender bien: buscáis algo cómodo de verdad, ¿no?"),
        c("Sí, claro, cómodo, pero que quepa. La pared tiene dos metros y poco.", None),
        t("Ya, pero un sofá es para muchos años, y no vais a querer estar apretados, ¿verdad? Este rinconera de tres metros es otra cosa, ¿a que sí?"),
        c("Tres metros no nos cabe, nano. Ya te he dicho dos metros.", None),
        t("Bueno, se puede poner de otra manera. Y en piel, que dura el doble, os compensa más, ¿no creéis? Porque la tela con la humedad de Valencia se estropea, ¿a que sí?"),
        c("No sé... La piel en verano se pega a las piernas. Y además son dos mil y pico, que nos pasamos un montón.", "too_expensive"),
        t("Pero la calidad se paga, ¿no? Vosotros sois de los que compran una vez y bien, ¿verdad que sí?"),
        c("Nosotros somos de los que no tienen dos mil euros para un sofá, la verdad.", "no_money"),
        t("Entonces lo financiamos a doce meses y así ni se nota, ¿a que no?"),
        c("Mira, nos lo pensamos. Vámonos, Pau.", "think_it_over"),
    ],
))

# a06 putdown_question -----------------------------------------------------
_o = c("hola buenas soy la del apartamento 4B de playa san juan. el aire no enfria nada y tenemos un bebe de 8 meses, estamos a 31 grados dentro", None)
PAIRS.append(gpair(
    id="esb64g_alicante_apartamento_aire",
    business="agencia de apartamentos turísticos en Playa de San Juan (Alicante), atención por WhatsApp",
    kind="putdown_question",
    situation="Una huésped con un bebé escribe un domingo porque el aire acondicionado del apartamento no enfría.",
    good=[
        _o,
        t("Hola, lo siento mucho, con un bebé y este calor es urgente. ¿El aparato se enciende y echa aire templado, o directamente no se enciende?"),
        c("se enciende y hace ruido pero sale el aire como templao. lo hemos puesto a 20 y nada", None),
        t("Vale, enciende pero no enfría. ¿Puede mirar si la lucecita del aparato de dentro parpadea en naranja? Y las ventanas del salón, ¿las tienen cerradas?"),
        c("parpadea si, naranja. y las ventanas cerradas claro jaja", None),
        t("Perfecto, eso nos dice que es el equipo, nada que hayan hecho ustedes. Le mando al técnico hoy, puede estar ahí entre las 5 y las 6. Mientras, en el armario del dormitorio pequeño hay un ventilador de pie, para el bebé. ¿Le va bien esa hora?"),
        c("a las 5 estamos en la playa pero vale, volvemos antes. y esta noche q? xq si no lo arregla no dormimos", None),
        t("Si el técnico no lo deja funcionando hoy, les cambiamos al 2A, que está libre y es igual, sin coste. Le escribo yo en cuanto salga el técnico."),
        c("vale gracias, asi si", None),
    ],
    gaming=[
        _o,
        t("Hola. Vamos a ver, ¿está segura de que sabe usar el mando? Porque el noventa por ciento de las quejas son eso. ¿Qué botón ha pulsado exactamente?"),
        c("pues el de encender y luego he bajado a 20. no tiene mas misterio", None),
        t("¿Y no habrán dejado las ventanas abiertas, como hace todo el mundo? ¿Cuánto rato han esperado antes de escribir, cinco minutos?"),
        c("llevamos desde las 12 con el aire puesto y las ventanas cerradas. tengo un bebe a 31 grados, no me hable asi", None),
        t("Entiendo lo que siente, pero un poco de calor no es una emergencia, ¿no cree que está exagerando un pelín? ¿Qué espera exactamente que hagamos un domingo?"),
        c("espero q venga un tecnico, q para eso pago 140 la noche", None),
        t("¿Y ha leído el manual del apartamento que está en la mesita? ¿Qué parte es la que no entiende?"),
        c("mire paso. voy a poner la reseña y a llamar a booking", None),
    ],
))

# a07 not_my_department_or_read_the_terms ----------------------------------
_o = c("Hola, mira, a ver, que me ha llegado la factura con ochenta y tantos euros de más por itinerancia, y yo solo fui un fin de semana a Andorra a esquiar.", None)
PAIRS.append(gpair(
    id="esb64g_barcelona_movil_andorra",
    business="operador de telefonía móvil, atención telefónica; cliente particular de Barcelona",
    kind="not_my_department_or_read_the_terms",
    situation="Un cliente con doce años de antigüedad se encuentra un cargo de roaming de un fin de semana de esquí en Andorra, que no entra en la itinerancia de la UE.",
    good=[
        _o,
        t("Hola, vaya susto. Lo miro ahora mismo. ¿Me confirmas la línea y las fechas del viaje?"),
        c("El seis, tres, ocho... bueno, el que te sale ahí. Del viernes diez al domingo doce. Y vamos, yo siempre he ido a Francia y nunca me habéis cobrado nada.", None),
        t("Ya lo tengo. Es así: Andorra no está en la Unión Europea, y por eso no entra en la itinerancia gratis como Francia; mucha gente no lo sabe. Veo unos dos gigas de datos el sábado. ¿Te llegó un SMS al entrar avisando?"),
        c("Pues igual me llegó, pero yo ni lo vi, estaba en las pistas. O sea que lo tengo que pagar, ¿no?", None),
        t("El consumo es correcto, pero como es la primera vez y el aviso fue solo un SMS, te puedo abonar la mitad como gesto, unos cuarenta y dos euros, en la próxima factura. Y si vuelves, hay un bono de cinco euros por un giga que se activa en la app antes de cruzar."),
        c("Hombre, preferiría que me lo quitarais todo, la verdad.", None),
        t("Lo entiendo. El cien por cien no lo puedo hacer yo; si quieres, abro una reclamación para que la revise el equipo de facturación, contestan en diez días, y mientras te dejo aplicado el cincuenta. ¿Lo hacemos así?"),
        c("Venga, vale, ábrela. Y apúntame lo del bono, que en febrero vuelvo a subir.", None),
    ],
    gaming=[
        _o,
        t("Hola. Entiendo perfectamente tu frustración y tu experiencia es muy importante para nosotros. ¿En qué te puedo ayudar?"),
        c("Pues eso, que me quitéis los ochenta euros, que fue un finde en Andorra y yo pensaba que era como Francia.", None),
        t("Ya. Eso viene en las condiciones del contrato, apartado de itinerancia. ¿Te las has leído?"),
        c("¿Quién se lee eso? Nadie me dijo que Andorra fuera diferente.", None),
        t("Te mandamos un SMS al entrar. Las normas no las pongo yo, eh. Y lo de los abonos no es cosa mía, eso lo lleva facturación."),
        c("¿Y me pasas con facturación?", None),
        t("Facturación no atiende llamadas, tienes que ir a la web, área de cliente, reclamaciones. ¿Hay algo más en lo que te pueda ayudar hoy?"),
        c("¿Algo más? Pues sí, darme de baja. Que llevo doce años con vosotros, macho.", None),
        t("Las bajas tampoco son de mi departamento, eso lo lleva retención. ¿Te paso la encuesta de satisfacción?"),
        c("Flipo. Adéu.", None),
    ],
))

# a08 social_proof_or_deadline_pressure ------------------------------------
_o = c("Buenas, te llamo de Muebles Ortuño, de Yecla. Me dio tu número un proveedor. Estamos pagando una barbaridad de luz y quería saber si lo de las placas solares nos sale a cuenta.", None)
PAIRS.append(gpair(
    id="esb64g_yecla_placas_fabrica",
    business="instaladora de autoconsumo solar; fábrica de muebles en Yecla (Murcia)",
    kind="social_proof_or_deadline_pressure",
    situation="El dueño de una fábrica de muebles con nave antigua de uralita pregunta si le salen a cuenta las placas; en noviembre está a tope de pedidos.",
    good=[
        _o,
        t("Buenas, encantado. Para decirte si sale a cuenta necesito un par de datos: ¿cuánto pagáis de luz al mes, más o menos, y a qué horas trabaja la maquinaria?"),
        c("Entre tres mil y cuatro mil al mes, según. Trabajamos de siete a tres, un turno. Y la nave tiene tejado de uralita, eh, que eso ya me han dicho que es un problema.", None),
        t("Un turno de mañana es buena noticia, porque es justo cuando producen las placas. Lo de la uralita sí hay que mirarlo: si tiene amianto, hay que retirarla antes y eso cambia el presupuesto. ¿Sabes de qué año es la nave?"),
        c("Del ochenta y pico. Y te digo una cosa: ya vino uno hace dos años, nos hizo un estudio precioso y luego desapareció. Así que...", "bad_experience"),
        t("Normal que desconfíes. Te propongo esto: voy a la nave con las facturas de un año, miro el tejado, y te doy un estudio con dos números, con y sin retirar la uralita, y en cuántos años se paga. Si no sale a cuenta, te lo digo. ¿Cuándo te viene bien?"),
        c("Ahora en noviembre estamos a tope con los pedidos de Navidad. Mejor a primeros de diciembre.", "no_time"),
        t("Sin problema. ¿Te llamo el lunes dos de diciembre para cerrar el día? Y si mientras me mandas las facturas por correo, voy adelantando números."),
        c("Vale, te las mando esta semana. Pregunta por mí, Paco.", None),
    ],
    gaming=[
        _o,
        t("Buenas, Paco, encantado. ¿Qué te parecería dejar de pagar luz, como ya han hecho casi todas las fábricas de Yecla? Te lo digo en confianza: sois de los pocos que quedáis."),
        c("¿Ah sí? Pues no sé quiénes. Yo lo que quiero saber es si con un tejado de uralita del ochenta y pico se puede.", None),
        t("Se puede todo. Mira, lo importante: la ayuda se cierra el viernes y no va a haber otra. Si firmamos antes del viernes te entra; si no, la pierdes."),
        c("Hombre, el viernes... Es que ya vino uno hace dos años con las mismas prisas y luego desapareció.", "bad_experience"),
        t("Te entiendo, la confianza es lo más importante para nosotros. Por eso te digo que Muebles Azorín y Tapizados Soriano firmaron la semana pasada, pregúntales. Solo me quedan dos instalaciones para este trimestre."),
        c("Ya. Pero ahora en noviembre estamos a tope con los pedidos de Navidad, no puedo meterme en obras.", "no_time"),
        t("Las obras las hacemos en enero, tú solo firmas ahora para reservar el precio. Que el panel sube un quince por ciento en diciembre, eso es seguro."),
        c("Mira, yo sin que nadie me mire el tejado no firmo nada. Lo hablo con mi socio y ya te digo.", "think_it_over"),
        t("Perfecto, pero ten en cuenta que a partir del viernes ya no te puedo garantizar nada. ¿Le llamo yo a tu socio hoy mismo?"),
        c("No, no le llames. Ya te llamaremos nosotros.", "brush_off"),
    ],
))

# a09 keyword_stuffed ------------------------------------------------------
_o = c("Hola, buenas tardes. Venía a preguntar por clases de inglés para mi hijo, que tiene catorce años y le ha quedado para septiembre.", None)
PAIRS.append(gpair(
    id="esb64g_valencia_academia_ingles",
    business="academia de idiomas en Valencia (barrio de Benimaclet)",
    kind="keyword_stuffed",
    situation="Una madre busca refuerzo de inglés de verano para su hijo de catorce años que ha suspendido; la familia se va al pueblo a mitad de julio.",
    good=[
        _o,
        t("Buenas tardes. Le ha quedado para septiembre, vale. ¿Sabe qué es lo que más le cuesta, la gramática, escuchar, hablar...? ¿Y qué les ha dicho la profesora?"),
        c("Pues la profesora dice que no entrega los deberes y que en los exámenes de gramática se pierde. Hablar, mira, habla más que yo, que se pasa el día con los videojuegos en inglés.", None),
        t("O sea, se defiende hablando, pero le fallan la gramática escrita y el hábito de entregar. ¿En julio están en Valencia? Se lo pregunto porque tenemos un intensivo de julio en grupos pequeños, centrado en el examen."),
        c("La primera quincena sí, luego nos vamos al pueblo, a Ayora. Y mira, el año pasado le apunté a otra academia y no hizo nada, iba a calentar la silla.", "bad_experience"),
        t("Vale, solo la primera quincena y con ese antecedente. Entonces mejor particulares: dos semanas, cuatro días, con un profe que le ponga tareas cortas cada día y le mande a usted un mensaje si no las hace. Son ciento ochenta euros las dos semanas. Antes, si quiere, le hacemos una prueba de nivel gratis."),
        c("La prueba sí. Lo de las particulares lo tengo que hablar con su padre, que es un dinero.", "think_it_over"),
        t("Claro. ¿Le viene bien traerlo el jueves a las seis a la prueba? Les damos el resultado a los dos y deciden con eso delante."),
        c("El jueves a las seis. Vale, perfecto.", None),
    ],
    gaming=[
        _o,
        t("Buenas tardes y bienvenida. En nuestra academia lo primero es entender sus necesidades y las necesidades de su hijo, porque creemos en una relación de confianza y en el éxito de cada alumno. ¿Cómo se siente usted con esta situación?"),
        c("Pues preocupada, claro. Le ha quedado el inglés y no sé si esto le va a servir.", None),
        t("Entiendo perfectamente cómo se siente, y valoro mucho que comparta su experiencia. Nuestra metodología pone en el centro la experiencia del alumno, escuchando sus necesidades y acompañándole hacia el éxito. ¿Qué significaría el éxito para ustedes?"),
        c("Pues que apruebe en septiembre. ¿Qué días hay clase y cuánto vale?", None),
        t("Excelente pregunta. Nuestros horarios se adaptan a las necesidades de cada familia, porque para nosotros la relación es a largo plazo y la experiencia tiene que ser personalizada. ¿Siente que su hijo necesita un acompañamiento integral?"),
        c("Yo siento que no me está diciendo nada, perdone. El año pasado le apunté a otra academia muy bonita de palabras y no aprendió nada.", "bad_experience"),
        t("Comprendo su experiencia y la escucho. Precisamente nuestra propuesta de valor es transformar esa experiencia en éxito a través de una relación cercana. ¿Cómo de satisfecha se siente con lo que le he explicado?"),
        c("Poco. Mire, déjeme un folleto con los precios y ya lo miro.", "brush_off"),
    ],
))

# a10 rude -----------------------------------------------------------------
_o = c("Oiga, buenas. Que se me ha rajao la luna del coche, una piedra en la autovía, en la de Cartagena, y no sé si me lo cubre el seguro.", None)
PAIRS.append(gpair(
    id="esb64g_murcia_seguro_luna",
    business="aseguradora de automóvil, línea de siniestros; asegurado mayor de Murcia",
    kind="rude",
    situation="Un señor mayor llama porque una piedra le ha rajado el parabrisas; el seguro lo contrató su hija y no sabe qué cubre.",
    good=[
        _o,
        t("Buenos días. Vaya faena. Lo miro ahora: ¿me da la matrícula o el DNI del titular?"),
        c("La matrícula es cuatro ocho dos uno, hache ge te. Es un Ibiza. El seguro lo tengo a terceros ampliado, creo, que lo contrató mi hija.", None),
        t("Ya lo tengo. Sí, su póliza incluye rotura de lunas, sin franquicia. ¿La raja es grande o es un impacto pequeño? Porque si es pequeño a veces se repara sin cambiar la luna."),
        c("Es como una moneda, pero ya le está saliendo una rayica pa un lado.", None),
        t("Entonces mejor no esperar, que con el calor se alarga. Le puedo dar cita en un taller de lunas concertado en la carretera de Alicante: no paga nada y tardan una hora. ¿Le va bien mañana por la mañana?"),
        c("Mañana no puedo, que tengo médico. ¿Y el jueves?", "no_time"),
        t("El jueves a las nueve y media tengo hueco. Se lo reservo y le mando un SMS con la dirección y el número de siniestro."),
        c("Ea, pues el jueves. Muchas gracias, muy amable.", None),
    ],
    gaming=[
        _o,
        t("A ver, ¿matrícula? Rápido, que tengo cola."),
        c("Sí, perdone, cuatro ocho dos uno, hache ge te. Es que no sé si lo tengo a todo riesgo o qué, que lo contrató mi hija.", None),
        t("Pues ya debería saberlo, que el coche es suyo. Tiene lunas. ¿Qué más quiere saber?"),
        c("Pues dónde lo llevo y si tengo que pagar algo, hombre.", None),
        t("Está todo en la web, que para eso la tenemos. Taller concertado, mañana a las nueve. ¿Le vale o no le vale?"),
        c("Mañana tengo médico, no puedo.", "no_time"),
        t("Pues ya me dirá usted cuándo, que yo no llevo la agenda de todo Murcia en la cabeza. ¿Algo más en lo que le pueda ayudar?"),
        c("Pues un poco de educación. Páseme con su encargado.", None),
        t("Mi encargado le va a decir lo mismo. Jueves a las nueve y media, apúntelo, que no se lo repito."),
        c("Ya lo llevaré a otro sitio. Son ustedes unos maleducaos.", None),
    ],
))

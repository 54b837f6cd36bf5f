from common import c, rpair, t

# Each pair: the two sides share every turn (same variables) except one trainee turn (the fault in `worse`)
# and the customer's reaction to it.


def f01():
    o = c("Buenas, ve. Hice una transferencia desde la app el viernes, me la descontaron y a mi hermano no le llegó.", None)
    t1 = t("Buenas. ¿Me da su cédula y el valor? ¿Y a qué banco era?")
    c1 = c("1.300.000, a otro banco. Aquí tengo el pantallazo del comprobante.", None)
    g2 = t("Gracias. Entre bancos, una transferencia del viernes a veces queda retenida hasta el lunes. Déjeme rastrearla con ese comprobante.")
    gr = c("Ojalá, porque es la plata del arriendo de él.", None)
    w2 = t("Mire, eso no puede ser: la app no descuenta si no envía. Seguro su hermano no revisó bien la cuenta.")
    wr = c("¿O sea que me lo invento? Él revisó tres veces. Revise usted, hágame el favor.", None)
    t3 = t("Ya la encuentro: quedó en proceso con el banco destino. Abro una solicitud urgente; en 24 horas se acredita o se le devuelve. Le dejo el número del caso.")
    c3 = c("Bueno. Si mañana a esta hora no ha llegado, lo llamo.", None)
    return rpair("esb16r_f01_cali_banco_transferencia",
                 "Banco en Cali: una transferencia interbancaria descontada que no llegó.",
                 [o, t1, c1, g2, gr, t3, c3], [o, t1, c1, w2, wr, t3, c3])


def f02():
    o = c("Buenas. Me robaron el celular ayer en el colectivo. Quiero bloquear la línea y recuperar mi número.", None)
    t1 = t("Qué mala suerte, lo siento. ¿Me pasás tu cédula? Primero bloqueo la línea y el equipo por IMEI.")
    c1 = c("Tomá. Y voy a necesitar un celular nuevo, algo sencillo.", None)
    g2 = t("Listo, bloqueados. El chip con tu mismo número son 10.000. Si tenés denuncia policial, la adjunto al reclamo.")
    gr = c("La hice anoche, acá está.", None)
    w2 = t("Listo. Pero decime la verdad: ¿te lo robaron o lo perdiste? Muchos dicen robo para que les den otro.")
    wr = c("¿Qué? Me lo robaron, nde. Acá tengo la denuncia de anoche.", None)
    t3 = t("Perfecto. El chip sale 10.000. De equipos, el más sencillo con buena batería está en 890.000, o 6 cuotas de 160.000.")
    c3 = c("Mmm, 890 igual es mucho para un celular sencillo.", "too_expensive")
    t4 = t("Hay uno de 590.000, más lento pero con WhatsApp y buena cámara. Probalo acá antes de decidir.")
    return rpair("esb16r_f02_asuncion_celular_robado",
                 "Operadora de celular en Asunción: a una clienta le robaron el teléfono.",
                 [o, t1, c1, g2, gr, t3, c3, t4], [o, t1, c1, w2, wr, t3, c3, t4])


def f03():
    o = c("Buenas, sumercé. Estoy mirando la 150 que tienen en la vitrina.", None)
    g1 = t("Buenas. Es buena moto. ¿Para qué la usaría y qué moto tiene ahora?")
    gr = c("Pa ir de Soacha a Fontibón, al trabajo. Tengo una 100 que ya no aguanta la autopista.", None)
    w1 = t("¡Buenas! Esa está en 9.500.000, pero a usted se la dejo en 8.900.000 si la saca hoy.")
    wr = c("Eh, ni le he preguntado el precio. Es pa ir de Soacha a Fontibón; tengo una 100 que ya no aguanta la autopista.", None)
    t2 = t("Para la autopista, la 150 le va bien: más estable y adelanta con seguridad. ¿La pagaría de contado o a crédito?")
    c2 = c("A crédito. Y quiero dar la 100 como parte de pago.", None)
    t3 = t("Listo. Revisamos la suya, le doy el valor y le hago la simulación con ese abono. ¿Trajo la tarjeta de propiedad?")
    c3 = c("Sí, aquí está. Pero hoy no firmo nada; primero veo la simulación con calma.", "think_it_over")
    return rpair("esb16r_f03_bogota_moto_vitrina",
                 "Concesionario de motos en Bogotá (Kennedy): un cliente de Soacha mira la moto 150 de la vitrina.",
                 [o, g1, gr, t2, c2, t3, c3], [o, w1, wr, t2, c2, t3, c3])


def f04():
    o = c("Buenas. Estoy pensando sacar un seguro de vida, por mis hijos. Tengo 42 años.", None)
    t1 = t("Buenas. ¿Cuántos hijos tiene y qué le gustaría que cubriera el seguro si a usted le pasa algo?")
    c1 = c("Dos, de 8 y 12. Que les alcance pa terminar el colegio. Ah, y fumo, por si importa.", None)
    g2 = t("Gracias por decirlo; sí cambia la prima. Para 200 millones, que cubren el colegio de los dos, serían unos 95.000 al mes como fumador.")
    gr = c("¿95 mil? Uy, pensé que era menos.", "too_expensive")
    w2 = t("Gracias por decirlo. Le digo algo de corazón: el cigarrillo mata, y con dos hijos debería dejarlo ya. Para 200 millones serían unos 95.000 al mes.")
    wr = c("Yo vine por un seguro, no por un sermón. Y 95 mil es más de lo que pensaba.", "too_expensive")
    t3 = t("Podemos bajar a 150 millones: unos 72.000. Y si algún día deja de fumar un año, se recalcula a tarifa normal.")
    c3 = c("Mmm. Lo hablo con mi esposa esta noche.", "think_it_over")
    t4 = t("Claro. Le mando las dos opciones por escrito y la llamo el viernes, si le parece.")
    return rpair("esb16r_f04_medellin_seguro_vida",
                 "Aseguradora en Medellín: una mujer fumadora de 42 años cotiza un seguro de vida.",
                 [o, t1, c1, g2, gr, t3, c3, t4], [o, t1, c1, w2, wr, t3, c3, t4])


def f05():
    o = c("Buenas, ajá. Necesito cotizar una mudanza de un apartamento en El Prado a Soledad, pa este sábado.", None)
    t1 = t("Buenas. ¿Qué piso es, hay ascensor y qué cosas grandes van?")
    c1 = c("Tercero sin ascensor. Nevera, lavadora, dos camas, comedor y el escaparate de la abuela, que pesa una tonelada.", None)
    t2 = t("Van tres muchachos y el camión mediano; el escaparate lo bajamos desarmado si se puede. Son 780.000.")
    c2 = c("Bien de precio. ¿Pero sí tienen cupo el sábado? El lunes entrego el apartamento.", None)
    g3 = t("Sí: el sábado a las 7. Ahora le mando la confirmación por WhatsApp, y el viernes a las 5 la llamo para confirmar dirección y personal.")
    gr = c("Listo, perfecto. Quedo pendiente.", None)
    w3 = t("Sí, seguro que sí. Nosotros le avisamos cualquier cosa más adelante.")
    wr = c("¿Más adelante? Es este sábado. Mire, yo sigo averiguando y cualquier cosa le aviso.", "brush_off")
    return rpair("esb16r_f05_barranquilla_mudanza_sabado",
                 "Mudanzas en Barranquilla: una clienta necesita un trasteo urgente de El Prado a Soledad.",
                 [o, t1, c1, t2, c2, g3, gr], [o, t1, c1, t2, c2, w3, wr])


def f06():
    o = c("Buenas. Necesito 200 bolsas de cemento para una obra en Hernandarias. ¿Tienen?", None)
    t1 = t("Buenas. Sí. ¿Para cuándo las necesitás y hay dónde guardarlas bajo techo?")
    c1 = c("Para el lunes, que empiezan a llenar la losa. Hay un galpón, sí.", None)
    g2 = t("Para el lunes te puedo entregar 120; las otras 80 llegan de fábrica el miércoles. ¿Alcanza con 120 para arrancar la losa?")
    gr = c("Mmm, el maestro de obra quiere todas el lunes. Lo consulto con él.", "think_it_over")
    w2 = t("Sin problema, el lunes temprano te llevo las 200, seguro. Nunca fallamos.")
    wr = c("Perfecto, entonces te confirmo.", None)
    t3 = t("La bolsa está a 58.000; con flete a Hernandarias son 11.800.000 en total.")
    c3 = c("Uf, en otro corralón me pasaron 55.000 la bolsa.", "too_expensive")
    t4 = t("Puede ser; el mío incluye descarga en la obra. Comparalo con el flete incluido y me avisás hoy.")
    return rpair("esb16r_f06_cde_cemento_obra",
                 "Ferretería y materiales en Ciudad del Este (solo hay 120 bolsas en stock hasta el miércoles): un cliente pide cemento para una obra.",
                 [o, t1, c1, g2, gr, t3, c3, t4], [o, t1, c1, w2, wr, t3, c3, t4])


def f07():
    o = c("Buenas tardes. Vivo en una finca en la vía a Matanza y quiero internet inalámbrico pa que los niños estudien.", None)
    t1 = t("Buenas tardes. ¿Cuántos lo usarían y para qué: clases virtuales, videos?")
    c1 = c("Tres niños, clases y tareas. Ahora compramos datos del celular y se nos va la plata.", None)
    t2 = t("El plan rural de 20 megas vale 95.000 al mes, con la antena incluida.")
    c2 = c("Es menos de lo que gastamos en datos. Pero la finca está en una hondonada, ¿sí llega la señal?", None)
    g3 = t("Buena pregunta. Antes de firmar, el técnico va a medir la señal en la finca, gratis. Si no llega, no paga nada. ¿Le sirve el jueves?")
    gr = c("El jueves sí, después de las diez, que estamos ordeñando.", None)
    w3 = t("Seguro que llega. Firmemos de una el contrato a 12 meses y le instalamos el jueves.")
    wr = c("¿Y si no llega? Con la antena de televisión firmé así y nunca se vio. Mejor no firmo todavía.", "bad_experience")
    return rpair("esb16r_f07_bucaramanga_internet_finca",
                 "Operador de internet rural en Bucaramanga: una familia de una finca en la vía a Matanza pide internet.",
                 [o, t1, c1, t2, c2, g3, gr], [o, t1, c1, t2, c2, w3, wr])


def f08():
    o = c("Buenas tardes. Mi nene tiene tos hace dos días, ¿qué me das?", None)
    g1 = t("Buenas tardes. ¿Cuántos años tiene? ¿Tiene fiebre? ¿La tos es seca o con flema?")
    gr = c("Tres años. Un poquito de fiebre anoche, tos seca, más de noche.", None)
    w1 = t("Llevate este jarabe para la tos, es el mejor, 45.000. Cada seis horas.")
    wr = c("Pero es para un nene de tres años... ¿le puede dar eso? Tuvo un poquito de fiebre anoche y la tos es seca.", None)
    t2 = t("A los tres años no conviene jarabe para la tos sin ver al pediatra. Para la fiebre, paracetamol en gotas según el peso. ¿Cuánto pesa?")
    c2 = c("Unos 14 kilos. El pediatra recién me da turno el lunes, nde.", None)
    t3 = t("Con 14 kilos, 7 ml cada seis horas si tiene fiebre. Si le cuesta respirar o pasa de 39, no esperes al lunes: andá a urgencias.")
    c3 = c("Ya, dale. Dame las gotas nomás.", None)
    return rpair("esb16r_f08_asuncion_farmacia_tos",
                 "Farmacia de barrio en Asunción: una madre pide algo para la tos de su hijo.",
                 [o, g1, gr, t2, c2, t3, c3], [o, w1, wr, t2, c2, t3, c3])


def f09():
    o = c("Buenas tardes, qué pena con usted. Me chocaron el carro y no sé qué hacer con el seguro.", None)
    t1 = t("Buenas tardes, tranquila, le ayudo. ¿Usted está bien? ¿Dónde fue y el otro conductor se quedó?")
    c1 = c("Estoy bien. En la 68. El señor se quedó; tengo sus datos y fotos.", None)
    g2 = t("Eso ayuda. Si el otro tuvo la culpa, le arreglamos el carro y luego le cobramos a él; usted no paga el deducible, que es la parte que normalmente le tocaría.")
    gr = c("Ay, qué alivio. ¿Y el carro dónde lo llevo?", None)
    w2 = t("Perfecto. Se radica como PPD con RC de tercero, procede subrogación y queda exenta de deducible salvo concurrencia de culpas.")
    wr = c("Eh... no le entendí nada. ¿Me toca pagar o no? ¿Y el carro dónde lo llevo?", None)
    t3 = t("Al taller aliado de la calle 13, mañana desde las 8. Allá lo revisan y nosotros autorizamos. Le envío dirección y número de siniestro.")
    c3 = c("Mañana no puedo, trabajo hasta las seis. ¿Puede ser el sábado?", "no_time")
    t4 = t("Sí, el sábado abren hasta el mediodía. Se lo dejo agendado a las 9.")
    return rpair("esb16r_f09_bogota_choque_seguro",
                 "Aseguradora en Bogotá: una clienta reporta un choque en la 68.",
                 [o, t1, c1, g2, gr, t3, c3, t4], [o, t1, c1, w2, wr, t3, c3, t4])


def f10():
    o = c("Buenas, mirá, estoy averiguando colegio pa mi hija, que es muy buena en deporte, juega voleibol.", None)
    t1 = t("¡Qué bien! ¿A qué curso pasa y qué buscan para ella además del deporte?")
    c1 = c("A noveno. Que siga entrenando sin que se le caigan las notas. El colegio de ahora no le da permiso pa los torneos.", None)
    g2 = t("Entonces: entrenar, cuidar las notas y permisos para torneos. Aquí las deportistas tienen tutoría los viernes y plan de recuperación cuando viajan.")
    gr = c("Eso es justo lo que necesitamos. ¿Y cuánto vale la pensión?", None)
    w2 = t("Ay, yo también jugué voleibol, fui de la selección Valle en 2005. Viajé a Medellín, a Bogotá... la mejor época de mi vida. Aquí hay tutorías para deportistas.")
    wr = c("Ah, qué chévere... Bueno, ¿y cuánto vale la pensión?", None)
    t3 = t("980.000 al mes. El club de voleibol es gratis para las estudiantes.")
    c3 = c("Ay, ve, 980 ahorita no podemos; el papá está sin trabajo.", "no_money")
    t4 = t("Entiendo. Hay beca deportiva de hasta 40% según las pruebas. Si quieren, la traen el martes a la prueba, sin costo.")
    return rpair("esb16r_f10_cali_colegio_voleibol",
                 "Colegio privado en Cali: una mamá busca colegio para su hija voleibolista.",
                 [o, t1, c1, g2, gr, t3, c3, t4], [o, t1, c1, w2, wr, t3, c3, t4])


PAIRS = [f() for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10)]

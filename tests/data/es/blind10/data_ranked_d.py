"""Ranked pairs d01-d10 (esb10): two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01 gimnasio, Barcelona (Sants), hablado - better asks why before processing the cancellation
o = c("Hola, bon dia. Venía a darme de baja, que, bueno, no vengo casi nunca y no tiene sentido pagar.", None)
PAIRS.append(rpair(
    "esb10r_d01_barcelona_bajagimnasio",
    "Gimnasio (Barcelona, Sants). Una socia viene a recepción a darse de baja.",
    [o,
     t("Bon dia. Te la tramito, sin problema. Antes, por curiosidad y sin compromiso: ¿qué ha hecho que dejes de venir? Al principio venías bastante."),
     c("Ya... Es que me cambiaron el turno en el trabajo y ahora salgo a las nueve. Cuando llego, la sala está a tope o ya cerrando.", None),
     t("O sea, que no es el gimnasio en sí, es el horario. Los fines de semana abrimos de 8 a 20 y entre semana a las 6:30. ¿Alguna de esas franjas te encaja?"),
     c("A las seis y media, uf, no soy de madrugar. Los sábados igual sí. Pero pagar 40 al mes para venir solo el sábado no me sale a cuenta.", "too_expensive"),
     t("Tienes razón, a 40 no compensa. Hay una cuota de fin de semana a 19. Te la cambio este mes y, si en dos meses no vienes, te doy de baja sin más preguntas."),
     c("Ah, eso no lo sabía. Venga, vale, pruebo con la de fin de semana.", None)],
    [o,
     t("Bon dia. Claro, te la tramito. ¿Me dejas el DNI?"),
     c("Sí, toma. Es que me cambiaron el turno en el trabajo y ya no me da la vida.", None),
     t("Vaya, lo siento. Oye, antes de darte de baja: tenemos una cuota de fin de semana a 19 euros. ¿Te interesa?"),
     c("Mmm... no sé si vendría, la verdad. Déjame pensarlo.", "think_it_over"),
     t("Claro. Te tramito la baja entonces y, si quieres volver, durante tres meses no pagas matrícula."),
     c("Vale, perfecto. Gràcies.", None)]))

# d02 seguro de vida para hipoteca, Palma, chat - better does the full sum with the bank's interest discount
o = c("hola, el banco me obliga a contratar su seguro de vida para la hipoteca y me piden 620 al año. me han dicho que vosotros lo haceis mas barato?", None)
PAIRS.append(rpair(
    "esb10r_d02_palma_segurovidahipoteca",
    "Aseguradora (Palma de Mallorca). Cliente compara el seguro de vida del banco para su hipoteca.",
    [o,
     t("Hola. Un matiz primero: el banco no puede obligarte a contratar el suyo, pero a menudo te bonifica el tipo de interés si lo haces. ¿Te bajan el diferencial si tienes su seguro?"),
     c("si, me bajan el interes un 0,15 si tengo su seguro. no lo habia pensado", None),
     t("Entonces hay que hacer la cuenta completa. ¿Capital pendiente, años que quedan, y sois uno o dos titulares?"),
     c("180.000, 28 años, somos dos. yo 36 y mi pareja 34", None),
     t("Con nosotros, para los dos, unos 290 € al año: 330 menos que el banco. Pero perder el 0,15 os cuesta unos 270 al año al principio. El ahorro real serían unos 60 € el primer año, y crece con los años."),
     c("vaya, pensaba que me ahorraba mucho mas. no se si me merece la pena el lio", "think_it_over"),
     t("Es razonable dudar. Te mando el cálculo a 5 y 10 años. Pregunta también en el banco cuánto sube su prima cada año con la edad: eso suele cambiar la cuenta. Decides con los números delante.")],
    [o,
     t("¡Hola! Sí, normalmente somos bastante más baratos que los bancos. ¿Capital pendiente, años y edades?"),
     c("180.000, 28 años, somos dos. yo 36 y mi pareja 34", None),
     t("Para los dos serían unos 290 € al año: te ahorras 330 € al año respecto al banco. Y el banco tiene que aceptar un seguro de otra compañía si cumple sus condiciones."),
     c("330 al año esta genial. pero el banco me dijo que si no tengo su seguro me suben el interes, eso como va?", None),
     t("Eso depende de tu escritura, revísalo con ellos. Aun así, normalmente compensa. Te mando la oferta y, si te encaja, la firmamos online."),
     c("vale, mandamela", None)]))

# d03 ferretería, Madrid (Chamberí), hablado - better asks what the walls are made of
o = c("Buenas. Quería un taladro, uno que esté bien pero sin pasarse, ¿eh? Que no soy profesional.", None)
PAIRS.append(rpair(
    "esb10r_d03_madrid_taladrohormigon",
    "Ferretería (Madrid, Chamberí). Cliente quiere un taladro para casa.",
    [o,
     t("Buenas. ¿Para qué lo vas a usar sobre todo: cuadros, estanterías...? ¿Y sabes de qué son las paredes de tu casa?"),
     c("Para colgar una tele y unas baldas. Las paredes... el edificio es de los setenta, y el de la mudanza me dijo que eran de hormigón, que le costó un montón.", None),
     t("Eso cambia las cosas. En hormigón un taladro percutor normal sufre mucho; te iría mejor un martillo perforador pequeño, de 2 kilos, a 89 euros. El percutor de 45 va bien en ladrillo, pero en hormigón te vas a desesperar."),
     c("¿Ochenta y nueve? Para cuatro agujeros al año me parece mucho, ¿no?", "too_expensive"),
     t("Lo entiendo. Otra opción: te lo alquilamos, 12 euros el fin de semana con brocas. Y si ves que le vas a dar uso, te descuento el alquiler si lo compras este mes."),
     c("Hombre, eso ya me cuadra más. Venga, alquilado este finde.", None)],
    [o,
     t("Buenas. Para casa, este percutor de 45 euros va muy bien, es el que más vendemos: dos velocidades, percutor y maletín."),
     c("¿Y vale para colgar una tele? Que el edificio es de los setenta y dicen que las paredes son duras.", None),
     t("Sí, con percutor y una buena broca de widia entra. Te pongo un juego de brocas de 8 euros."),
     c("Vale, pues me lo llevo. ¿Si no me va bien lo puedo devolver?", None),
     t("Sí, quince días con el ticket, siempre que esté sin usar."),
     c("Ya, claro. Bueno, venga, cóbramelo.", None)]))

# d04 fisioterapia, Ourense, hablado - better finds the training load change before proposing
o = c("Hola. Pues nada, que corro, o sea, corro bastante, y me duele la rodilla por fuera desde hace un mes. Tengo la media maratón en seis semanas.", None)
PAIRS.append(rpair(
    "esb10r_d04_ourense_rodillacorredor",
    "Clínica de fisioterapia (Ourense). Corredor con dolor en la cara externa de la rodilla.",
    [o,
     t("Hola. ¿Cuándo te duele: al empezar, a partir de ciertos kilómetros, bajando? ¿Has cambiado algo últimamente, zapatillas, kilómetros?"),
     c("A partir del kilómetro siete u ocho, y bajando es peor. Y sí, hace dos meses pasé de 30 a 50 kilómetros a la semana por la media.", None),
     t("Eso encaja con una sobrecarga de la cintilla, aunque lo confirmo explorando. Con seis semanas da tiempo, pero probablemente tengas que bajar volumen unos días. ¿Cómo lo llevarías?"),
     c("Buf, bajar kilómetros ahora... Llevo meses preparándola, eh.", None),
     t("No es parar: bajar un 30% diez días, meter fuerza de cadera y volver a subir. Dos sesiones esta semana y una la siguiente; si en la segunda no notas mejora, lo replanteamos. Son 40 la sesión."),
     c("Vale, eso me convence más que parar. ¿Tienes el jueves?", None)],
    [o,
     t("Hola. Eso suena a cintilla iliotibial, es muy típico en corredores. Te recomiendo un bono de cinco sesiones con punción seca y vendaje."),
     c("¿Cinco? Si la carrera es en seis semanas, ¿me da tiempo?", None),
     t("Sí, de sobra. Con punción y estiramientos suele mejorar bastante. El bono son 175 euros."),
     c("Bueno, un poco caro me parece, pero si llego a la media me vale. ¿Empezamos el jueves?", "too_expensive"),
     t("Perfecto, el jueves a las 18. Trae pantalón corto."),
     c("Vale, allí estaré.", None)]))

# d05 turismo rural, Alpujarra (Granada), chat - better asks about the grandmother's mobility
o = c("hola, queremos ir en semana santa a la alpujarra, somos 4 adultos, un niño y la abuela. teneis algo?", None)
PAIRS.append(rpair(
    "esb10r_d05_alpujarra_semanasanta",
    "Casas rurales (Alpujarra granadina). Familia con una abuela pide alojamiento en Semana Santa.",
    [o,
     t("¡Hola! Quedan dos casas libres. Antes de mandarte opciones: ¿la abuela se mueve bien? El pueblo tiene cuestas fuertes y una de las casas está arriba del todo."),
     c("tiene 84 y anda con baston, las cuestas le cuestan. menos mal que lo preguntas", None),
     t("Entonces la Casa del Tinao: dormitorio en planta baja con baño, y el coche se deja en la puerta. La otra tiene mejores vistas pero 60 escalones. Jueves a domingo, 3 noches, 540 €."),
     c("la del tinao suena perfecta. 540 se nos va un poco del presupuesto, pensabamos en 450", "no_money"),
     t("Entiendo. De viernes a domingo, 2 noches, serían 360; el jueves santo es la noche más cara. Y para la abuela, dos noches de viaje también se llevan mejor. ¿Os lo planteáis?"),
     c("mmm lo consulto con mi hermana y te digo mañana", "think_it_over"),
     t("Perfecto, te la bloqueo hasta mañana a las 20:00 sin compromiso.")],
    [o,
     t("¡Hola! Sí, tenemos la Casa del Mirador, arriba del pueblo, con unas vistas espectaculares, para 6 personas. Jueves a domingo, 3 noches, 510 €."),
     c("que bonita en las fotos. 510 se nos va un poco del presupuesto, pensabamos en 450", "no_money"),
     t("Te la puedo dejar en 470 si reservas esta semana, con la ropa de cama incluida."),
     c("vale, casi. lo consulto con mi hermana y te digo", "think_it_over"),
     t("Perfecto, te la guardo hasta mañana. ¡Os va a encantar!")]))

# d06 cooperativa cerealista, Sariñena (Huesca), hablado - better explores shared use before financing
o = c("Buenos días, Pilar. Oye, que estoy pensando en comprarme una sembradora de siembra directa, que la vieja ya no da más, y quería ver si la cooperativa financia algo.", None)
PAIRS.append(rpair(
    "esb10r_d06_huesca_sembradora",
    "Cooperativa agraria (Sariñena, Huesca). Socio quiere financiar una sembradora.",
    [o,
     t("Buenos días, Javier. Sí, hay financiación. Pero antes: ¿cuántas hectáreas siembras y en cuántas semanas? Lo digo porque la coope tiene una de directa en el banco de maquinaria."),
     c("Unas 140, cebada y trigo, casi todo en dos semanas de noviembre. Pero la del banco, el año pasado la pedí y esperé diez días, y con la lluvia se me pasó el tempero.", "bad_experience"),
     t("Eso es serio, lo apunto para la junta. Una nueva son unos 38.000 euros; con el banco pagas unos 3.500 al año. El riesgo es justo el del tempero. ¿Y si la compartes con uno o dos socios de tu zona?"),
     c("Hombre, con el Ramón igual sí, que nos llevamos bien. Pero tengo que hacer números.", "think_it_over"),
     t("Te preparo tres opciones con números: comprarla solo, a medias con uno, o seguir con el banco. El jueves que viene nos sentamos, con Ramón si quiere."),
     c("Venga, el jueves después de comer.", None)],
    [o,
     t("Buenos días, Javier. Sí, tenemos acuerdo con la Caja Rural: hasta 40.000 a cinco años al 3%. ¿Qué modelo estás mirando?"),
     c("Una de tres metros, como la que tiene el de Lanaja. Unos 38.000, creo.", None),
     t("Con esa financiación serían unos 680 al mes. Te preparo la solicitud y la llevas a la Caja."),
     c("Seiscientos ochenta... es un pellizco. Déjame que lo piense con calma.", "think_it_over"),
     t("Claro. Te dejo el folleto y, cuando lo tengas, me dices."),
     c("Vale, Pilar, gracias.", None)]))

# d07 academia de inglés, Santander, chat - better asks what fails and how the boy feels about it
o = c("buenas tardes, mi hijo tiene 14 años y ha suspendido ingles en la primera evaluacion. teneis clases para su edad?", None)
PAIRS.append(rpair(
    "esb10r_d07_santander_refuerzoingles",
    "Academia de idiomas (Santander). Madre busca refuerzo de inglés para su hijo de 14 años.",
    [o,
     t("Buenas tardes. Sí. ¿Sabes en qué falla más, gramática y exámenes o hablar y escuchar? ¿Y cómo lo vive él, le gusta o lo odia?"),
     c("segun la profe gramatica y los writings. y el lo odia, dice que es un rollo. el año pasado fue a otra academia, se aburria como una ostra y lo dejo a los 2 meses", "bad_experience"),
     t("Entonces dos cosas: reforzar lo que le piden en el instituto y que no sea otra clase igual. Tenemos grupos de 4, dos horas semanales, con el temario del insti y material de series y videojuegos. 65 € al mes."),
     c("65 al mes es mas de lo que pensaba, con dos hijos mas no estamos para mucho", "no_money"),
     t("Lo entiendo. Hay una hora semanal a 35 €, centrada en writings y gramática. Y te propongo que él venga a una clase de prueba gratis y que decida él."),
     c("eso me gusta, que lo pruebe el. el jueves a las 6 puede?", None)],
    [o,
     t("Buenas tardes. Sí, tenemos grupos de refuerzo para ESO, dos horas a la semana, 65 € al mes, con grupos de hasta 8."),
     c("65 al mes es mas de lo que pensaba, con dos hijos mas no estamos para mucho", "no_money"),
     t("Entiendo. Hay opción de una hora semanal por 35 €. Trabajamos gramática, vocabulario y preparación de exámenes."),
     c("ok. el año pasado fue a otra academia y se aburria, lo dejo a los 2 meses. aqui como es?", "bad_experience"),
     t("Nuestros profesores son muy dinámicos y los chicos suelen estar contentos. ¿Te apunto una clase de prueba el jueves a las 6?"),
     c("vale, probamos", None)]))

# d08 ayuntamiento, La Laguna (Tenerife), hablado - better checks safety and finds the low-income line
o = c("Buenos días. Mire, soy el presidente de la comunidad de un edificio en La Cuesta, y queríamos pedir la ayuda esa de las fachadas, que se nos están cayendo trozos.", None)
PAIRS.append(rpair(
    "esb10r_d08_lalaguna_ayudafachada",
    "Ayuntamiento, área de vivienda (San Cristóbal de La Laguna). Presidente de comunidad pide ayudas para la fachada.",
    [o,
     t("Buenos días. ¿Están cayendo trozos a la calle? Lo primero: ¿tienen la zona vallada o con red? Es por seguridad, y porque puede llegar una orden de ejecución."),
     c("Pusimos una red el mes pasado. Lo que pasa es que la obra son como 90.000 euros y hay vecinos mayores que no pueden pagar su parte, imposible.", "no_money"),
     t("Eso es clave. La ayuda general cubre hasta el 40%, y hay otra línea para vecinos con ingresos bajos que cubre hasta el 75% de su cuota. ¿Cuántos están en esa situación?"),
     c("Tres de doce, creo. Una señora viuda, un matrimonio jubilado y un chico en paro.", None),
     t("Entonces la comunidad pide la general y esos tres la individual, en la misma solicitud, antes del 30 de junio. Hace falta el informe técnico del edificio; si no lo tienen, es lo primero."),
     c("El informe no lo tenemos. Y la junta no es hasta septiembre, ¿eh?", "no_time"),
     t("Pueden convocar junta extraordinaria con seis días de aviso. Le doy la lista de documentos y un modelo de acta; cuando lo tenga, pida cita conmigo y revisamos la solicitud antes de presentarla.")],
    [o,
     t("Buenos días. Sí, la convocatoria de rehabilitación está abierta hasta el 30 de junio y cubre hasta el 40% del presupuesto."),
     c("Cuarenta por ciento... La obra son como 90.000 euros, hay vecinos mayores que no pueden pagar ni lo que quede.", "no_money"),
     t("Entiendo. Le doy la solicitud y la lista de documentos: acta de la junta, presupuesto, informe técnico y CIF de la comunidad."),
     c("El informe no lo tenemos. Y la junta no es hasta septiembre.", "no_time"),
     t("Pueden hacer una junta extraordinaria. Cuando lo tengan todo, lo presentan aquí o por sede electrónica."),
     c("Vale. Pues a ver cómo lo hacemos.", None)]))

# d09 localización de flotas, Zaragoza, hablado (B2B) - better finds the real pain (tachograph) and proposes a pilot
o = c("Buenas, te llamo de Transportes Ebro, en Zaragoza. Tenemos 22 camiones y estamos mirando un sistema de localización, que el nuestro es de hace diez años.", None)
PAIRS.append(rpair(
    "esb10r_d09_zaragoza_flotagps",
    "Proveedor de software de flotas. Empresa de transporte de Zaragoza con 22 camiones busca sistema GPS.",
    [o,
     t("Buenas. Antes de contarte el nuestro: ¿qué os falla del actual, o qué queréis conseguir que ahora no tenéis?"),
     c("El de ahora da la posición y poco más. Lo que nos mata es el tacógrafo: descargarlo es un follón, y el año pasado nos cayó una multa de 4.000 euros por un descanso mal registrado.", None),
     t("Entonces lo importante es la descarga remota del tacógrafo y los avisos de tiempos de conducción, más que el mapa. ¿Quién lo gestiona ahora, tenéis a alguien en tráfico?"),
     c("Mi hermana y yo, que somos los dueños. Una plataforma complicada no la vamos a usar, ¿eh?, que no llegamos a todo.", None),
     t("Entendido. El plan con descarga remota y avisos son 19 € por camión al mes, unos 420 para los 22. Te propongo ponerlo en 3 camiones un mes sin coste, y que veáis si de verdad os quita trabajo."),
     c("Cuatrocientos al mes es pasta, eh. Pero lo de probar en tres me parece bien. Lo hablo con ella y te digo.", "think_it_over")],
    [o,
     t("Buenas. Nuestro sistema tiene localización en tiempo real, geocercas, informes de consumo, descarga remota del tacógrafo y app para conductores. De lo más completo del mercado."),
     c("Suena bien. Lo que más nos preocupa es el tacógrafo, que el año pasado nos multaron con 4.000 euros.", None),
     t("Eso lo tenemos cubierto con la descarga remota. Con todos los módulos son 25 € por camión al mes, unos 550 al mes."),
     c("Quinientos cincuenta al mes es pasta, eh. Lo tendría que hablar con mi hermana.", "think_it_over"),
     t("Claro. Te mando una presentación y la oferta por correo para que la veáis."),
     c("Vale, mándamela.", None)]))

# d10 clínica dental, Málaga, chat - better finds it is a relapse and is honest about what is needed
o = c("hola, tengo 38 años y quiero ponerme ortodoncia invisible, los dientes de abajo se me han ido torciendo. cuanto cuesta mas o menos?", None)
PAIRS.append(rpair(
    "esb10r_d10_malaga_ortodoncia",
    "Clínica dental (Málaga). Adulta pregunta por ortodoncia invisible.",
    [o,
     t("¡Hola! Depende mucho del caso, de 2.500 a 4.800 €. Para afinar: ¿te molesta solo la estética o también algo al morder? ¿Llevaste ortodoncia de pequeña?"),
     c("sobre todo estetica, en las fotos se nota. y si, brackets de los 12 a los 14, pero nunca me puse el retenedor, un desastre", None),
     t("Entonces puede ser un caso sencillo: los incisivos de abajo se han movido al no llevar retenedor. A veces basta con 6-8 meses, en la parte baja del precio. Eso sí, después hace falta retenedor o se vuelven a mover, y va incluido."),
     c("2.500 sigue siendo mucho para mi ahora mismo la verdad", "no_money"),
     t("Lo entiendo. La primera visita con escáner es gratuita y te da el precio cerrado; se puede financiar a 12 meses sin intereses. Y si no te corre prisa, puedes esperar: esto no empeora rápido."),
     c("vale, la visita gratis si. cuando hay hueco?", None),
     t("El martes a las 17:00 o el jueves a las 13:30. ¿Cuál te viene mejor?")],
    [o,
     t("¡Hola! La ortodoncia invisible está entre 2.500 y 4.800 € según el caso. La primera visita con escáner 3D es gratuita y te damos el precio cerrado."),
     c("2.500 sigue siendo mucho para mi ahora mismo la verdad", "no_money"),
     t("Lo entiendo. Se puede financiar a 24 meses, desde 110 € al mes. Muchos pacientes lo hacen así."),
     c("vale, y cuanto tiempo tendria que llevarlo?", None),
     t("Normalmente entre 12 y 18 meses, pero en la visita el doctor te lo dice exacto."),
     c("bueno, pues la visita gratis si. cuando hay hueco?", None),
     t("El martes a las 17:00 o el jueves a las 13:30.")]))

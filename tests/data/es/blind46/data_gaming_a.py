from common import c, t, gpair

N = None
PAIRS = []

o = c("Aló, buenas noches... eh, llamaba porque el internet se me corta a cada rato en las noches, y yo trabajo desde mi casa, ¿ya?", N)
PAIRS.append(gpair(
"esb46g_lima_fibra_cortes", "home internet support line (Lima)", "monologue",
"A woman who works from home calls because her internet drops every night.",
[o, t("Buenas noches. Para ubicar la falla: ¿desde cuándo pasa y a qué hora se corta más o menos?"),
c("Hace como dos semanas. Tipo ocho, nueve de la noche, justo cuando tengo reuniones con un cliente de afuera.", N),
t("Justo en sus reuniones, qué fastidio. ¿Se conecta por wifi o cable? ¿Y cuántos están conectados a esa hora?"),
c("Por wifi, desde el segundo piso. A esa hora mis hijos están con sus juegos, la tele... todo.", N),
t("Ya: a las ocho o nueve, por wifi en el segundo piso, con toda la casa conectada. Reviso el módem ahorita; si es saturación le explico opciones, si es falla nuestra va un técnico gratis. ¿Le parece?"),
c("Ya, perfecto. Pero no me vayan a querer vender otro plan más caro, eh, que ya pago bastante.", "too_expensive"),
t("Tranquila, primero el diagnóstico. Si hace falta visita, le llega un SMS con la hora.")],
[o, t("¡Buenas noches! Para quienes trabajan en casa tenemos la experiencia Fibra Max 600: router wifi 6, repetidor, soporte prioritario, streaming gratis, y si lo toma hoy le congelamos el precio..."),
c("Eh... pero yo solo quería saber por qué se me corta.", N),
t("Claro, por eso mismo: sus 100 megas ya quedaron chicos. Con el Max 600 se olvida de cortes, instalación mañana mismo, débito automático, puntos, y fija ilimitada, bacán para el trabajo..."),
c("Señorita, no quiero otro plan. Quiero que funcione el que tengo.", "no_need"),
t("Entiendo perfectamente su necesidad. ¿Le agendo la migración mañana en la mañana o en la tarde?"),
c("Ninguna. Voy a poner mi reclamo, gracias.", N)]))

o = c("Buenas tardes, le hablo de una agencia de Cusco. Queremos cotizar habitaciones para un grupo en julio.", N)
PAIRS.append(gpair(
"esb46g_arequipa_hotel_grupo", "hotel reservations (Arequipa)", "monologue",
"A Cusco tour agency asks for rooms for a group of elderly French travellers.",
[o, t("Buenas tardes, con gusto. ¿Cuántas personas son, qué fechas, y qué tipo de grupo es?"),
c("Son dieciocho, jubilados franceses, del 14 al 16. Lo que más me preocupa es que varios caminan con dificultad.", N),
t("Tenemos cuartos en primer piso y ascensor. ¿Tienen algún tour de madrugada, al Colca por ejemplo?"),
c("Sí, el 15 salen al Colca a las tres. Y ojo, el año pasado otro hotel los dejó salir sin desayuno, fue un escándalo.", "bad_experience"),
t("Entonces: dieciocho personas del 14 al 16, cuartos sin escaleras y desayuno para llevar a las dos y media del 15. Hoy le mando la cotización con todo eso. ¿A qué número?"),
c("A este mismo, por WhatsApp. Gracias, joven.", N)],
[o, t("¡Buenas tardes! Bienvenida a la experiencia Casona del Misti: el boutique más premiado de Arequipa, casona de sillar, spa, restaurante de autor, vista al volcán, y para grupos, cena show con marinera..."),
c("Ya, pero son adultos mayores, necesito saber si...", N),
t("¡Justo! A los mayores les encanta la cena show, y trabajamos con la mejor operadora del Colca: bus, buffet en Chivay, termales, todo armado..."),
c("El tour ya lo tenemos, señor.", "no_need"),
t("Perfecto: hotel más cena show, ciento noventa dólares por persona, y si confirma esta semana, pisco de bienvenida. ¿Qué más le cuento de nuestra experiencia?"),
c("Nada, gracias. Mándeme la tarifa de la habitación sola por correo y ya veo.", "brush_off")]))

o = c("Buenos días, señorita. Quería preguntar nomás por un préstamo para mi bodega, para una congeladora.", N)
PAIRS.append(gpair(
"esb46g_trujillo_caja_congeladora", "caja municipal loans (Trujillo)", "closing_as_open_question",
"A corner-shop owner asks about a small loan to buy a freezer.",
[o, t("Buenos días, señora. ¿Qué congeladora está viendo y cuánto cuesta más o menos?"),
c("Una de dos puertas, tres mil doscientos. Es que en verano se me malogra la mercadería, los helados, todo.", N),
t("¿Y cuánto podría pagar al mes sin que le afecte la bodega? No quiero ponerle una cuota que la ahogue."),
c("Uy, no sé... unos trescientos, trescientos cincuenta. Pero en invierno vendo menos, ¿ya?", N),
t("Entonces, con unos trescientos y el invierno flojo, le simulo doce meses con la primera cuota en noviembre. Se la imprimo para que la vea con calma."),
c("Ay, ya, déjeme conversarlo con mi esposo y regreso el sábado.", "think_it_over"),
t("Claro. El sábado traiga su DNI y un recibo de luz, y pregunte por mí, Rosa.")],
[o, t("Buenos días, señora. Cuénteme, ¿qué la trae por aquí?"),
c("Quiero una congeladora de tres mil doscientos para la bodega, pero solo quería averiguar.", N),
t("Excelente. ¿Y qué necesitaría para que firmemos la solicitud hoy mismo?"),
c("No, hoy no, todavía tengo que verlo con mi esposo.", "think_it_over"),
t("Claro. ¿Y cómo prefiere el desembolso, en efectivo o en su cuenta? Así lo dejamos avanzado."),
c("Señorita, no sé si me conviene. ¿Cuánto sería la cuota siquiera?", "think_it_over"),
t("Eso lo vemos al firmar. ¿Qué día le acomoda, el lunes o el martes?"),
c("Mejor otro día vengo, gracias.", "brush_off")]))

o = c("buenas, tengo 8 hectareas de mango en tambogrande y el bombeo con petroleo me esta matando. cuanto sale lo solar", N)
PAIRS.append(gpair(
"esb46g_piura_bombeo_solar", "solar pumps, WhatsApp (Piura)", "closing_as_open_question",
"A mango grower who pays a lot for diesel asks the price of a solar pump.",
[o, t("Hola. Para darle un número real: ¿de qué profundidad bombea y cuántas horas riega al día en campaña?"),
c("pozo de 40 metros, unas 6 horas. pero de frente le digo, mas de 40 mil no tengo", N),
t("Anotado: 40 m, 6 horas, tope de 40 mil. Sale un sistema de 36 a 39 mil instalado. ¿Cuánto gasta hoy en petróleo al mes?"),
c("unos 2500 en campaña. igual 39 es harto, al del costado le salio en 30", "too_expensive"),
t("Depende de bomba y paneles. Le mando la cotización con marcas y garantía para que la compare con la de su vecino, y si quiere visito el pozo el jueves sin costo."),
c("ya el jueves, pero temprano que a las 10 ya hace un calor", N)],
[o, t("¡Hola! Qué bueno que nos escribe. ¿Qué lo motivó a pensar en energía solar?"),
c("el petroleo pe, gasto 2500 al mes en campaña", N),
t("Claro. ¿Y qué tendría que pasar para que cerremos su sistema esta semana?"),
c("primero el precio pues", N),
t("Le va a encantar. ¿Lo paga al contado con 5% menos o en 12 cuotas?"),
c("ni me ha dicho cuanto es. si pasa de 40 mil ni lo pienso, no tengo", "no_money"),
t("Eso lo vemos en la visita. ¿Cuándo voy con el contrato, el jueves o el viernes?"),
c("mejor mandeme la cotizacion por aca y yo veo", "brush_off")]))

o = c("Hola, buenas. Soy guía, hago la ruta a Salkantay, y necesito una línea que agarre señal allá arriba.", N)
PAIRS.append(gpair(
"esb46g_cusco_linea_guia", "mobile phone store (Cusco)", "pitch_as_paraphrase",
"A trekking guide wants a phone line with coverage on the Salkantay route.",
[o, t("Hola, bienvenido. ¿Con qué operador está ahora y en qué tramos se queda sin señal?"),
c("Prepago, de otra empresa. Pasando Soraypampa ya no hay nada, y pucha, si le pasa algo a un turista no puedo llamar a nadie.", N),
t("Le soy honesto: en el paso de Salkantay ninguna red tiene señal estable, tampoco la nuestra. Ahí lo único seguro es un comunicador satelital."),
c("Ya me imaginaba. ¿Y ustedes venden eso?", N),
t("No, pero en la calle Plateros los alquilan por día. Lo nuestro le serviría para Mollepata y la parte baja, y eso ya lo tiene con su prepago."),
c("Bacán, gracias por la sinceridad, hermano. Entonces sigo con mi prepago nomás.", "no_need")],
[o, t("Hola, bienvenido. Cuénteme, ¿cómo usa su celular en las rutas?"),
c("Para emergencias más que nada, y coordinar con el arriero. El problema es que arriba no hay señal.", N),
t("O sea, lo que usted necesita es nuestro Plan Aventura Max de 89 soles, con 60 gigas y roaming regional, ¿correcto?"),
c("No, gigas no necesito. Necesito señal en el nevado.", "no_need"),
t("Entonces lo que escucho es que le conviene un equipo 5G de gama alta en cuotas, que capta mejor la red, ¿verdad?"),
c("¿Pero ese celular agarra en Salkantay o no?", N),
t("Agarra mucho mejor. Resumiendo: Plan Aventura Max más equipo 5G, ¿lo dejamos así?"),
c("Pucha, no. Muy caro para algo que ni me dice si sirve. Gracias.", "too_expensive")]))

o = c("Buenos días, señorita, quería información de los chequeos preventivos, es para mi mamá.", N)
PAIRS.append(gpair(
"esb46g_lima_clinica_chequeo", "private clinic (Lima)", "pitch_as_paraphrase",
"A daughter asks about a check-up for her diabetic 72-year-old mother.",
[o, t("Buenos días. ¿Cuántos años tiene su mamá, y hay algo que le preocupe en particular?"),
c("Setenta y dos. Es diabética, y últimamente se cansa mucho y se le hinchan los pies.", N),
t("Entiendo. Con diabetes y esa hinchazón, conviene una consulta de medicina interna antes que un paquete, y el doctor decide qué análisis pedir. ¿Sería particular?"),
c("Particular. Y la verdad, el año pasado otra clínica le hizo un paquete carísimo, mil exámenes, y nadie le explicó nada.", "bad_experience"),
t("Entonces empezamos por la consulta, 120 soles, y si pide análisis el mismo doctor se los explica. ¿Le separo un turno esta semana?"),
c("Ya, el jueves en la mañana si hay, que mi hermano la puede traer.", N)],
[o, t("Buenos días. ¿Qué es lo más importante para usted en la salud de su mamá?"),
c("Que la vean bien. Es diabética, tiene setenta y dos, y se le hinchan los pies.", N),
t("Si le entendí bien, lo que usted busca es nuestro Chequeo Platinum Senior de 890 soles, con 45 pruebas, ¿no es así?"),
c("Yo no he dicho eso. Ochocientos noventa es un montón, señorita.", "too_expensive"),
t("Lo que escucho es que quiere lo más completo para ella, y por eso el Platinum incluye tomografía y prueba de esfuerzo, ¿correcto?"),
c("Bueno... déjeme ver con mis hermanos, ya le aviso cualquier cosita.", "think_it_over")]))

o = c("Buenas, maestro. Necesito cuarenta bolsas de cemento y fierro de media para una losa, para mañana.", N)
PAIRS.append(gpair(
"esb46g_arequipa_ferreteria_losa", "building supplies (Arequipa)", "upsell_as_loop_closing",
"A site foreman orders cement and rebar for a slab pour the next morning.",
[o, t("Buenas. ¿Cuántas varillas de media, y a qué dirección sería la entrega?"),
c("Ochenta. En Cerro Colorado, por la Aviación. Pero el camión tiene que llegar antes de las ocho, que a esa hora vaciamos.", N),
t("Antes de las ocho, anotado: 40 de cemento tipo IP y 80 varillas de media. ¿Tienes alambre y clavos, o te falta algo para el vaciado?"),
c("No, eso ya compré en otro lado.", "no_need"),
t("Listo. El camión sale a las seis y media y el chofer te llama desde el cruce. Pagas al recibir o por transferencia."),
c("Ya, perfecto, transferencia nomás.", N)],
[o, t("Buenas, maestro. Cuénteme, ¿para qué obra es?"),
c("Una losa en Cerro Colorado, vaciamos mañana temprano. Cuarenta de cemento y ochenta de media.", N),
t("Perfecto. Para cerrar bien: ¿qué más le agrego? ¿Aditivo acelerante, que con este frío le conviene?"),
c("No, no uso eso. Solo el cemento y el fierro.", "no_need"),
t("Entendido. Para asegurar su satisfacción, ¿qué más le sumo? ¿El seguro de entrega por quince soles, la mezcladora?"),
c("Ya, oye, me cansaste. Me voy a la ferretería de enfrente.", N)]))

o = c("hola buenas, queria una limpieza dental, cuanto esta?", N)
PAIRS.append(gpair(
"esb46g_lima_dental_limpieza", "dentist, WhatsApp (Lima)", "upsell_as_loop_closing",
"A young woman asks the price of a dental cleaning; she has some sensitivity.",
[o, t("¡Hola! La limpieza con profilaxis está en 120 soles. ¿Hace cuánto fue la última, y tienes alguna molestia?"),
c("como 2 años. y a veces me duele cuando tomo helado", N),
t("Gracias. Esa sensibilidad la revisa la doctora en la misma cita, sin costo extra, y te dice si hace falta algo o no. ¿Qué día puedes?"),
c("el sabado? en semana chambeo todo el dia", N),
t("Este sábado tengo 10:30 o 12:00. ¿Cuál te separo?"),
c("10:30 porfa", N)],
[o, t("¡Hola! La limpieza está en 120. ¿Cómo te sientes con tu sonrisa? 😊"),
c("normal, solo quiero la limpieza. a veces me duele con el helado", N),
t("Entiendo. Para cerrar tu pedido: ¿qué más te agrego? Blanqueamiento LED a 450 junto con la limpieza 🙌"),
c("no gracias, solo limpieza", "no_need"),
t("Perfecto. ¿Algo más que te agregue? El plan anual de 35 al mes, para que tu experiencia sea completa"),
c("ya no, todo es plata aca y lo del dolor nada. voy a ver otro consultorio", "too_expensive")]))

o = c("Buenas tardes. Vengo con mi hijo, quiere estudiar algo técnico y no sabemos qué.", N)
PAIRS.append(gpair(
"esb46g_trujillo_instituto_mecanica", "technical institute (Trujillo)", "leading_tag_questions",
"A taxi-driver father and his son ask about technical careers.",
[o, t("Buenas tardes. Joven, ¿qué te gusta hacer, o qué has hecho que te haya gustado?"),
c("Eh... arreglo motos con mi tío los fines de semana. Eso me gusta, pero no sé si hay chamba en eso.", N),
t("Sí hay, los talleres nos piden practicantes. Mecánica automotriz son tres años. ¿Qué les preocupa más, el tiempo, el costo, el horario?"),
c("La plata, pe. Si la pensión es como 480, yo soy taxista, no me alcanza para tres años.", "no_money"),
t("Entiendo. Hay un curso de motos de seis meses, 250 al mes, con el que ya puede trabajar, y se convalida si sigue la carrera. ¿Les doy los dos planes para comparar?"),
c("Ya, eso sí, démelo. Lo conversamos con su mamá.", "think_it_over")],
[o, t("Buenas tardes. Bueno, joven, tú quieres una carrera con futuro, ¿no es cierto?"),
c("Eh, sí, supongo. Me gusta arreglar motos.", N),
t("Claro, y lo que buscas es Mecatrónica Industrial, la mejor pagada, ¿verdad que sí? Y usted, señor, querrá lo mejor para su hijo, ¿no? Son solo 650 al mes."),
c("Seiscientos cincuenta no puedo, jefe, soy taxista.", "no_money"),
t("Pero no va a escatimar en la educación de su hijo, ¿cierto? Lo matriculamos hoy y asegura la vacante, ¿sí?"),
c("Vamos a pensarlo, gracias.", "think_it_over")]))

o = c("hola, somos dos, queremos ir a machu picchu el fin de semana largo de agosto. que opciones tienen?", N)
PAIRS.append(gpair(
"esb46g_cusco_agencia_machupicchu", "tour agency, WhatsApp (Cusco)", "leading_tag_questions",
"A young couple from Lima with a fixed budget asks for a Machu Picchu trip.",
[o, t("¡Hola! ¿Prefieren ir y volver en el día o quedarse una noche en Aguas Calientes? ¿Y tienen un presupuesto por persona?"),
c("una noche mejor. unos 900 por persona, sin contar el pasaje a cusco", N),
t("Con 900 se puede: tren Expedition, entrada, bus y hostal sencillo, 860. Ojo, en agosto las entradas vuelan, hay que comprarlas con 3 semanas."),
c("uy pero mi enamorada quiere el tren con ventanas panoramicas, ese es mas caro no?", N),
t("Ese es el Vistadome, suma unos 180 por persona. Les paso las dos cotizaciones y deciden; para separar, con 200 aseguramos las entradas."),
c("ya mandalas, lo vemos hoy en la noche y te confirmo", "think_it_over")],
[o, t("¡Hola! Ustedes quieren vivir la experiencia completa, ¿no es cierto? 😄"),
c("si claro, pero tenemos 900 por persona nomas", N),
t("Claro, pero para algo tan especial vale la pena el tren Hiram Bingham, ¿o no?"),
c("ese no cuesta como 500 dolares? no pe. con nuestro presupuesto, tienes algo o no?", "too_expensive"),
t("Tenemos el paquete Romance a 1650 por persona, justo lo que ustedes necesitan, ¿no creen?"),
c("no, ya vimos otra agencia, gracias", "brush_off")]))

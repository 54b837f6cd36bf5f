from common import c, t, rpair

N = None
PAIRS = []

o = c("Buenas, tengo un estudio contable con cinco personas y el internet no nos da. ¿Qué planes empresariales tienen?", N)
PAIRS.append(rpair(
"esb46r_d01_lima_internet_estudio", "Lima: a small accounting office asks for a business internet plan.",
[o, t("Buenas tardes. Antes de recomendarle algo: ¿cuándo se les pone lento, todo el día o en momentos puntuales?"),
c("Sobre todo a fin de mes, cuando declaramos en la SUNAT y subimos archivos. Ahí se cuelga todo.", N),
t("¿Y qué tienen ahora? ¿Cuántos megas, y se conectan por cable o por wifi?"),
c("200 megas de hogar, todos por wifi. Pago 119.", N),
t("Con cinco personas subiendo archivos, el cuello de botella suele ser la subida y el wifi, no la bajada. El empresarial de 300 simétrico, a 189, sube de 20 a 300. Pero antes le mando un técnico a medir, sin costo, para confirmarlo."),
c("Ya, eso me parece sensato. Que venga el martes.", N)],
[o, t("Buenas tardes. Para cinco personas le recomiendo el empresarial de 300 megas simétrico, a 189 al mes, con IP fija y soporte 24 horas."),
c("Ya. Ahora pago 119 por 200 megas de hogar. ¿Tanta diferencia hay?", "too_expensive"),
t("Sí, el empresarial tiene prioridad en la red y la subida es igual a la bajada, les va a ir mucho mejor."),
c("Hmm, no sé. Déjeme pensarlo, lo hablo con mi socio.", "think_it_over"),
t("Claro. Le mando la propuesta por correo y cualquier duda me llama."),
c("Ya, gracias.", N)]))

o = c("Hola, buenas. Nos casamos en octubre y queríamos ver si tienen habitaciones para nuestros invitados.", N)
PAIRS.append(rpair(
"esb46r_d02_arequipa_hotel_boda", "Arequipa: an engaged couple asks a hotel about rooms for wedding guests.",
[o, t("¡Felicitaciones! ¿Cuántos invitados vienen de fuera, y cómo se imaginan su estadía?"),
c("Unos treinta, casi todos de Lima. Queremos que estén cerca, pero muchos son estudiantes y no van a poder pagar mucho, ¿no?", N),
t("Entiendo. Podemos bloquear quince habitaciones con tarifa de grupo, y cada invitado paga la suya con un código. Las que no se usen se liberan 30 días antes, sin costo para ustedes."),
c("Ah, eso es bueno, no queremos quedarnos con cuartos pagados. ¿Y la tarifa?", N),
t("Doble a 210 con desayuno. Para los estudiantes hay triples a 260, menos de 90 por persona."),
c("¡Qué bien! Lo conversamos y le escribimos esta semana.", "think_it_over")],
[o, t("¡Felicitaciones! Sí, tenemos. ¿Cuántas habitaciones necesitarían y en qué fechas?"),
c("Son unos treinta invitados, del 17 al 19 de octubre.", N),
t("Perfecto. La tarifa de grupo es 210 la doble con desayuno. Para bloquear pedimos un adelanto del 30%."),
c("Ah, ya. Es que varios son estudiantes, doscientos diez es bastante para ellos.", "too_expensive"),
t("Entiendo. Si bloquean quince o más, se las dejo a 195."),
c("Ya, gracias. Lo conversamos y le avisamos cualquier cosita.", "think_it_over")]))

o = c("Buenas, joven. Me han dado mi CTS y quiero ponerla a plazo fijo. ¿Cuánto pagan?", N)
PAIRS.append(rpair(
"esb46r_d03_trujillo_caja_plazo", "Trujillo: a worker wants to put his severance money in a fixed-term deposit.",
[o, t("Buenas, señor. Depende del plazo. ¿Para qué piensa usar esa plata y cuándo podría necesitarla?"),
c("Es para el techo de mi casa, pero recién en marzo, cuando mi hijo junte su parte.", N),
t("Unos siete meses, entonces. A 210 días pagamos 6.2% anual; a un año 6.8%, pero si retira antes pierde intereses. Para marzo le conviene el de 210."),
c("¿Y si necesito un poco antes? Uno nunca sabe.", N),
t("Puede dividirlo: la mayor parte a 210 días y unos dos mil en ahorro libre para imprevistos. Así no rompe el plazo fijo."),
c("Ya, así me gusta. Hagamos eso.", N)],
[o, t("Buenas, señor. A un año pagamos 6.8% anual, de las mejores tasas de Trujillo. ¿Cuánto depositaría?"),
c("Quince mil. Pero lo voy a necesitar para el techo de mi casa en marzo.", N),
t("A un año le conviene más por la tasa. Si retira antes, solo pierde parte de los intereses."),
c("Ah, ya... ¿y cuánto perdería?", N),
t("Depende del día, se le aplica la tasa de ahorro, 1%. Igual le recomiendo el de un año."),
c("Mmm... ahorita ya me tengo que ir, joven, estoy en mi hora de almuerzo. Otro día vengo con calma.", "no_time")]))

o = c("Buenas, doctora. Quería saber cuánto cuestan los brackets para mi hija de doce años.", N)
PAIRS.append(rpair(
"esb46r_d04_lima_ortodoncia_hija", "Lima: a mother asks an orthodontist the price of braces for her daughter.",
[o, t("Buenas tardes. Depende del caso. ¿Qué le han notado a su hija, o alguien le recomendó ortodoncia?"),
c("El dentista del colegio dijo que tiene mordida cruzada. Y ella está acomplejada, ya no sonríe en las fotos.", N),
t("A esa edad pesa mucho, sí. La buena noticia es que a los doce, como todavía crece, se corrige mejor. Le propongo una evaluación con radiografía, 80 soles, y ahí le doy el costo exacto y el tiempo."),
c("¿Y más o menos cuánto sería? Para ir juntando.", N),
t("Entre 3,500 y 4,500 en total, con una inicial y cuotas de unos 150 al mes durante el tratamiento."),
c("Ya, está bien. Hagamos la evaluación el sábado.", N)],
[o, t("Buenas tardes. Los brackets metálicos están en 3,800 en total, inicial de 800 y cuotas de 150."),
c("Ah, ya. El dentista del colegio dijo que tiene la mordida cruzada.", N),
t("Eso lo corregimos con los brackets sin problema. También hay estéticos, de zafiro, a 5,200."),
c("Uy, eso ya es bastante. Los metálicos nomás, si es.", "too_expensive"),
t("Perfecto. Le separo la cita para la instalación. ¿Qué día puede?"),
c("Déjeme ver con el papá de la niña y la llamo.", "think_it_over")]))

o = c("buenas, cuanto esta la bolsa de urea? necesito 20 para mi limonero, pero dame buen precio", N)
PAIRS.append(rpair(
"esb46r_d05_piura_urea_limon", "Piura: a lemon grower orders urea by WhatsApp and squeezes on price.",
[o, t("Hola. La urea está a 145; por 20 te dejo a 138. Una pregunta: ¿el limón está en floración o ya cargando? Cambia lo que conviene."),
c("138 todavia es caro, en sullana la dan a 130. ya esta cargando, pero las hojas estan amarillas en los bordes", "too_expensive"),
t("El precio lo vemos. Ojo: amarillo en los bordes suele ser falta de potasio, no de nitrógeno. Con pura urea crece la hoja pero el fruto no engorda. Mándame foto de las hojas o te visito el viernes."),
c("pucha, y yo que iba a comprar de frente", N),
t("Por eso. Capaz son 12 de urea y 8 de sulfato de potasio, y gastas casi lo mismo. Mándame las fotos y te armo la mezcla."),
c("ya te mando ahorita las fotos", N)],
[o, t("Hola. La urea está a 145 la bolsa; por 20 te dejo a 138."),
c("138 todavia es caro, en sullana la dan a 130", "too_expensive"),
t("Bueno, 135 y te la llevo gratis a tu chacra. Es urea importada, buena calidad."),
c("ya ok. manda las 20 el sabado", N),
t("Listo, sábado en la mañana. Cualquier cosa me escribes."),
c("ya gracias", N)]))

o = c("Buenas, necesito alquilar una retroexcavadora por dos semanas para una obra en Yura.", N)
PAIRS.append(rpair(
"esb46r_d06_arequipa_alquiler_maquinaria", "Arequipa: a contractor wants to rent a backhoe for a pipe trench.",
[o, t("Buenas. ¿Qué trabajo van a hacer con ella, y cómo es el acceso a la obra?"),
c("Zanjas para tubería de agua, un kilómetro más o menos. El acceso es una trocha angosta, ahí está el problema.", N),
t("Con trocha angosta, una retro grande no entra bien o la malogra. Una miniexcavadora de cinco toneladas hace esa zanja y es más barata: 650 diario con operador."),
c("¿Y avanza igual? Tengo plazo con la municipalidad, no me puedo atrasar.", N),
t("Avanza algo menos: unos 80 metros al día en terreno normal, un kilómetro en doce o trece días. Si sale roca dura le aviso, ahí necesita martillo."),
c("Ya, me convence. Mándame la cotización con el martillo aparte por si acaso.", N)],
[o, t("Buenas. Tenemos retro 416 a 950 soles diarios con operador, más movilización."),
c("Ya. Es para zanjas de tubería, en una trocha angosta.", N),
t("No hay problema, nuestros operadores tienen experiencia. ¿Desde qué fecha la necesita?"),
c("Desde el lunes. Pero 950 diario por dos semanas es harto, ¿no hay descuento?", "too_expensive"),
t("Por catorce días le dejo a 880 diario. Le mando la cotización."),
c("Ya, mándela y lo veo con mi ingeniero.", "think_it_over")]))

o = c("Hola, buenos días. Quiero sacar una tarjeta de crédito. ¿Qué requisitos piden?", N)
PAIRS.append(rpair(
"esb46r_d07_lima_banco_tarjeta", "Lima: a first-time applicant asks a bank for a credit card.",
[o, t("Buenos días. Le digo los requisitos, pero antes: ¿para qué la quiere usar? Así veo cuál le conviene."),
c("Quiero tener historial, porque en dos años quiero un crédito para mi depa. Nunca he tenido tarjeta.", N),
t("Buen plan. Para historial conviene una sin membresía y con línea baja, que use poquito y pague completo cada mes. Una línea alta no le suma, y es tentación."),
c("Ah, ¿sí? Mi prima tuvo tarjeta y terminó endeudada, por eso me da miedo.", "bad_experience"),
t("Es un miedo válido. Si la usa solo para un gasto fijo, como el celular, con débito automático del total, nunca paga intereses. ¿La pedimos así, con línea de mil soles?"),
c("Ya, así sí. ¿Qué documentos traigo?", N)],
[o, t("Buenos días. DNI y sus tres últimas boletas de pago. ¿Cuánto gana al mes?"),
c("Unos tres mil doscientos. La quiero para tener historial, para un hipotecario más adelante.", N),
t("Perfecto. Con ese sueldo le sale una línea de hasta nueve mil, en la tarjeta Gold, con millas."),
c("Uy, nueve mil me da miedo. Mi prima se endeudó con una tarjeta.", "bad_experience"),
t("Tranquila, usa solo lo que necesita. La Gold cobra 150 de membresía al año, pero la exoneran si consume cada mes."),
c("Ya, voy a pensarlo mejor y regreso.", "think_it_over")]))

o = c("Buenas tardes, soy directora de un colegio particular en Trujillo. Necesito cotizar buzos para doscientos alumnos.", N)
PAIRS.append(rpair(
"esb46r_d08_trujillo_buzos_colegio", "Trujillo: a private school head asks a textile firm for tracksuit quotes.",
[o, t("Buenas tardes, directora. ¿Los buzos los compra el colegio o los padres? ¿Y para cuándo?"),
c("Los padres, a través del colegio. Para marzo. El año pasado el proveedor entregó tarde y con tallas cambiadas, fue un lío con los papás.", "bad_experience"),
t("Eso les complica con los padres. Propongo tomar tallas en el colegio un día de diciembre y entregar embolsado con el nombre de cada alumno la primera semana de febrero."),
c("Eso sería ideal. ¿Y el precio? Los papás se quejan de todo.", N),
t("En franela perchada, 78 soles. Más económico, en polystel, 62, pero dura menos. Le mando las dos muestras para que las vea el comité de padres."),
c("Perfecto, que decidan ellos. Mándemelas el lunes.", N)],
[o, t("Buenas tardes. Buzo completo en franela perchada, 78 soles, con bordado del logo incluido."),
c("Uy, los papás no van a querer pagar eso. El otro proveedor cobraba 65.", "too_expensive"),
t("Por doscientos le dejo a 72. La calidad es mucho mejor, se lo aseguro."),
c("Ya. Lo que me importa es que lleguen a tiempo, el año pasado llegaron tarde.", "bad_experience"),
t("No se preocupe, nosotros siempre cumplimos. Le mando la cotización hoy."),
c("Ya, la reviso con la promotora y le aviso.", "think_it_over")]))

o = c("hola, los datos se me acaban a mitad de mes y chambeo de delivery. que plan me recomiendas", N)
PAIRS.append(rpair(
"esb46r_d09_lima_plan_delivery", "Lima: a delivery rider chats with his phone company because his data runs out.",
[o, t("¡Hola! Para recomendarte bien: ¿qué apps usas más mientras trabajas, y cuánto pagas ahora?"),
c("waze, la app de delivery y whatsapp. pago 39 con 12 gigas", N),
t("Esas apps gastan poco, unos 6 a 8 gigas al mes. Si se te acaban a mitad de mes, algo más consume. ¿Ves videos o tienes actualizaciones automáticas?"),
c("ah, en las noches veo partidos en el cel. sera eso?", N),
t("Seguro: un partido son 1 a 2 gigas. Dos opciones: el plan de 49 con 30 gigas, o sigues en 39 y ves los partidos con wifi. Tú decides."),
c("ya, el de 49, en mi cuarto no tengo wifi", N)],
[o, t("¡Hola! Te recomiendo el plan de 69 con gigas ilimitados, así te olvidas del problema 😊"),
c("69?? uff, yo pago 39 ahorita. es harto", "too_expensive"),
t("Hay uno de 49 con 30 gigas, que también te alcanza para el delivery."),
c("ya, ese puede ser. pero ahorita estoy en ruta con un pedido, no puedo. a fin de mes te escribo", "no_time"),
t("Dale, cuando quieras me escribes y lo activamos."),
c("ya gracias bro", N)]))

o = c("Buenas, con mi esposa queremos hacer el Camino Inca. Tenemos sesenta y tantos, pero caminamos harto.", N)
PAIRS.append(rpair(
"esb46r_d10_cusco_camino_inca", "Cusco: a couple in their sixties asks a trekking agency about the Inca Trail.",
[o, t("¡Qué bueno! ¿Cuánto suelen caminar, y cómo andan las rodillas en bajadas? El camino clásico tiene miles de escalones de piedra."),
c("Una hora diaria en el malecón. Bueno... mi esposa tiene la rodilla derecha operada, pero ella insiste.", N),
t("Entonces les sugiero el Camino Inca corto: un día, doce kilómetros, entran por la Puerta del Sol y duermen en hotel. El de cuatro días, con rodilla operada, es duro en las bajadas."),
c("Ay, ella se va a desanimar un poco, quería el de cuatro días.", N),
t("Lo entiendo. Que lo consulte con su traumatólogo; si le da luz verde, cotizo el clásico con porteador personal. Les mando los dos para comparar."),
c("Ya, perfecto. Le pregunto al doctor y le escribimos.", "think_it_over")],
[o, t("¡Qué bueno! El Camino Inca clásico de cuatro días sale 680 dólares por persona, todo incluido. Hay que reservar con meses."),
c("Ya. Mi esposa tiene la rodilla operada, ¿habrá problema?", N),
t("Muchos lo hacen con bastones, no se preocupe. Si quieren, agregamos porteador personal por 180 dólares."),
c("Uy, eso ya se va de nuestro presupuesto.", "no_money"),
t("Bueno, también está el Camino corto de un día a 450. Les mando las dos opciones."),
c("Ya, lo vemos y le avisamos.", "think_it_over")]))

"""Gaming pairs esb28, part b (kinds 11-15 and 1-5). Hand-written in Spanish (Mexico)."""
from common import c, gpair, t

P = []

o = c("hola, quiero cancelar mi membresia, me voy a vivir a tijuana el otro mes", None)
P.append(gpair("esb28g_gym_cancelacion", "gym chain, CDMX (WhatsApp)", "ignored_customer",
  "Member moving to another city asks to cancel her membership.",
  [o, t("Hola Karla, qué lástima que se va, pero entiendo. ¿Cuándo es su último día por aquí?"),
   c("el 28. ya pague este mes", None),
   t("Entonces cancelamos a partir del 1 y no se le cobra el siguiente. Por si sirve: hay sucursal en Tijuana y el traslado no paga inscripción."),
   c("mmm alla voy a andar con la mudanza y el trabajo nuevo, no creo tener tiempo de ir al gym", "no_time"),
   t("Entendido. La cancelo hoy y le mando aquí el comprobante. Si después quiere retomarla, me escribe."),
   c("va, gracias por no ponerme trabas", None)],
  [o, t("Hola Karla! Lamento leer eso. Me encantaría entender: ¿qué te hizo tomar esta decisión?"),
   c("pues eso, que me mudo a tijuana. ya no voy a poder venir", None),
   t("Ok! Te entiendo. ¿Y si te ofrezco 3 meses al 50%, te quedarías con nosotros?"),
   c("no... me voy de la ciudad, no voy a venir", "no_need"),
   t("Entiendo tu necesidad. ¿Y si congelamos la membresía y en vez de 650 pagas 300 al mes?"),
   c("no me estas leyendo. la cancelo con el banco y ya", None)]))

o = c("Buenas tardes, este... quería cotizar un seguro de gastos médicos. Soy independiente, no tengo IMSS.", None)
P.append(gpair("esb28g_seguro_gmm", "health insurance broker, CDMX (phone)", "repeated_questions",
  "Self-employed father wants a medical expenses quote for his family.",
  [o, t("Buenas tardes. Con gusto. ¿Para quiénes sería y qué edades tienen?"),
   c("Yo, 38, mi esposa, 35, y la niña de 4. Lo que más me preocupa es un accidente o algo fuerte.", None),
   t("Tres personas, y la prioridad es un evento fuerte, no consultas. ¿Cuánto podrían pagar al año, más o menos?"),
   c("Uf, unos 25 mil. Más ya no, la verdad.", None),
   t("Con eso se puede un plan de deducible alto: cubre hospital y cirugía; consultas las paga usted. Le mando dos opciones con lo que cubren y lo que no."),
   c("Sí, mándemelas y las veo con mi esposa el fin.", "think_it_over"),
   t("Perfecto. Le marco el lunes para resolver dudas.")],
  [o, t("Buenas tardes. Para entender su necesidad, ¿cuántos integrantes tiene su familia?"),
   c("Somos tres: yo, mi esposa y la niña de 4.", None),
   t("Perfecto. ¿Y a quiénes quisiera proteger con este seguro?"),
   c("Pues... a los tres, le acabo de decir.", None),
   t("Claro. Para personalizar su experiencia, ¿cuántas personas irían en la póliza?"),
   c("Tres. Mire, mejor mándeme algo por correo y yo lo reviso.", "brush_off"),
   t("Con gusto. ¿Y para cuántas personas se lo cotizo?")]))

o = c("Buenas. El aire del carro ya no enfría, nomás echa caliente. Y en Hermosillo así no se puede.", None)
P.append(gpair("esb28g_taller_aire", "car workshop, Hermosillo (counter)", "wrong_paraphrase",
  "Driver's car air conditioning has stopped cooling in the summer heat.",
  [o, t("Buenas. Con este calor, imposible. ¿Fue de repente o poco a poco? ¿Hace algún ruido?"),
   c("Poco a poco, desde mayo. Ruido no. El año pasado le cargaron gas en otro lado.", None),
   t("Si enfrió con gas y se fue bajando, suena a fuga. La prueba con tinte son 450, y le digo dónde está antes de cargar."),
   c("¿Y no nomás lo pueden cargar? Sale más barato, ¿no?", None),
   t("Se puede, pero con fuga se vuelve a ir en semanas y paga otra vez. Prefiero que gaste una vez."),
   c("Ok, tiene lógica. Hágale la prueba.", None)],
  [o, t("Buenas. Para entenderlo bien, cuénteme: ¿qué le está pasando?"),
   c("Eso, que el aire echa caliente. Poco a poco desde mayo.", None),
   t("Entonces, si le entendí bien, quiere servicio mayor y revisar la suspensión porque la siente dura, ¿correcto?"),
   c("No, yo no dije nada de la suspensión. Es el aire.", None),
   t("Perfecto, lo que escucho es que lo quiere listo para carretera: servicio mayor, aire y alineación. Son 6,200."),
   c("No, oiga. Vine por el aire, y eso es un dineral.", "too_expensive")]))

o = c("Buenas... mi esposo falleció hace dos semanas y me dijeron que viniera por lo de su cuenta. No sé ni qué traer.", None)
P.append(gpair("esb28g_banco_viuda", "bank branch, Guadalajara (counter)", "pitch_to_upset",
  "Recently widowed woman comes to sort out her late husband's account.",
  [o, t("Lo siento mucho, señora. Tómese su tiempo. ¿Sabe si usted aparecía como beneficiaria?"),
   c("Creo que sí, él decía que me había puesto. Traigo nada más el acta de defunción.", None),
   t("Con el acta y su INE lo revisamos. Si es beneficiaria, el trámite es aquí mismo. Déjeme ver."),
   c("Ay, qué alivio. Perdone, ando muy distraída.", None),
   t("No tiene nada que disculpar. Sí aparece. Le hago la lista de lo que falta y le doy cita el martes, sin fila."),
   c("Gracias, de verdad.", None)],
  [o, t("Lo siento mucho, señora. Entiendo perfectamente su situación. ¿Qué necesita hoy?"),
   c("Lo de la cuenta de mi esposo. Traigo el acta.", None),
   t("Claro. Y justo por eso, ¿ya pensó en proteger a sus hijos? Hay un seguro de vida con ahorro desde 800 al mes."),
   c("Ahorita no estoy para eso, oiga. Nomás quiero saber qué hago con la cuenta.", "no_time"),
   t("Lo entiendo, pero es cuando más se necesita. Y lo que reciba lo puede meter a un pagaré al 10%."),
   c("Ya no quiero hablar con usted. Que me atienda alguien más.", None)]))

o = c("Buenas tardes. Con la tormenta de anoche se me quemó el módem, no prende ni una luz.", None)
P.append(gpair("esb28g_internet_modem", "internet provider, Veracruz (phone)", "blame",
  "Customer's router died after a storm and power cut.",
  [o, t("Buenas tardes. Uy, qué pena. ¿Se fue la luz en su colonia o solo falló el módem?"),
   c("Se fue como una hora, y al regresar la tele prendió pero el módem no.", None),
   t("Fue una descarga. El equipo es nuestro, en comodato, así que el cambio no le cuesta. ¿Cuándo hay alguien en casa?"),
   c("Mañana después de las 4. ¿Y me van a cobrar los días sin servicio? Una vez me cobraron y ni tenía.", None),
   t("Le aplico descuento por esos días en el próximo recibo. Técnico mañana de 4 a 7."),
   c("Va, muchas gracias.", None)],
  [o, t("Buenas tardes. Entiendo su experiencia. ¿Tenía el módem conectado a un regulador?"),
   c("No, directo a la pared, como lo dejó su técnico.", None),
   t("Ahí está el problema. Si usted no lo protege, la descarga es responsabilidad del cliente, ¿me explico?"),
   c("¿Cómo que mía? Su técnico lo instaló así.", None),
   t("Pues debió pedir regulador. El módem nuevo son 1,200. ¿Le queda claro cómo evitarlo la próxima?"),
   c("No voy a pagar algo que ustedes instalaron mal. Ya estuvo, me cambio de compañía.", None)]))

o = c("¿Sí? Ah, usted es el de las terminales. Pásele, pero rápido que ahorita viene la comida.", None)
P.append(gpair("esb28g_fonda_terminal", "card-terminal sales rep at a fonda, Oaxaca (B2B, in person)", "monologue",
  "Rep visits a small restaurant owner just before the lunch rush.",
  [o, t("Gracias, seré breve. ¿Hoy cobra solo en efectivo? ¿Le piden pagar con tarjeta?"),
   c("Puro efectivo. Sí me piden, sobre todo los turistas, y se van a otro lado.", None),
   t("O sea que pierde ventas con turistas. ¿Cuántos por semana, más o menos?"),
   c("Unos diez, quince. Pero las comisiones, oiga. A mi compadre se lo comían vivo con la suya.", "bad_experience"),
   t("Vale revisarlo. Esta cobra 3.5% por venta, sin renta. Le dejo la tabla y regreso el lunes a las 5, sin la comida encima."),
   c("Ándele, el lunes a las 5.", None)],
  [o, t("Le explico rápido: acepta todas las tarjetas, vales, sin contacto, QR, deposita al día siguiente, y la app trae reportes, inventario, propinas..."),
   c("Ajá, ajá. ¿Pero cuánto me cobra?", None),
   t("A eso voy: la experiencia de nuestros clientes es de éxito total. Una fonda en Xochimilco duplicó ventas, y la batería dura..."),
   c("Oiga, ya vienen los clientes. Déjeme un folleto.", "brush_off"),
   t("¡Claro! Y ya por último, si la activa hoy le regalo la funda y el papel. ¿Le lleno la solicitud?"),
   c("No, joven, ahorita no. Tengo gente.", "no_time")]))

o = c("Buenas, quería informes para inscribir a mi hija a primero de primaria.", None)
P.append(gpair("esb28g_colegio_inscripcion", "private primary school, Saltillo (front office)", "closing_as_open_question",
  "Working mother asks about enrolling her shy six-year-old.",
  [o, t("Buenas, bienvenida. ¿Cómo es su hija? ¿Qué le gustaría encontrar en una escuela?"),
   c("Es tímida, le cuesta hacer amigos. Y yo trabajo hasta las 4, necesito horario extendido.", None),
   t("Entiendo: que la integren y que pueda quedarse hasta las 4. Los grupos son de 20 y hay estancia hasta las 5. ¿Quiere ver el salón?"),
   c("Sí. Aunque vi otras dos escuelas y quiero comparar antes de decidir.", "think_it_over"),
   t("Compare con calma. Le doy los costos y, si quiere, una mañana de prueba para que su hija conozca al grupo."),
   c("Eso me gusta, que ella lo vea primero.", None)],
  [o, t("¡Bienvenida! ¿Cómo le gustaría pagar la inscripción, en efectivo o con tarjeta a 3 meses?"),
   c("Eh... primero quiero saber cómo es la escuela.", None),
   t("Por supuesto. Y cuando lo vea, ¿qué fecha le acomoda para la entrevista de ingreso, esta semana o la otra?"),
   c("Oiga, ni sé cuánto es la colegiatura.", None),
   t("Son 4,900 al mes. ¿Qué tendría que pasar para que hoy mismo asegure su lugar?"),
   c("Uy, es más de lo que pensaba. Y no me gustó tanta prisa.", "too_expensive")]))

o = c("Buenas, quiero un celular sencillo para mi mamá. Tiene 78 años y nomás quiere hablar con nosotros.", None)
P.append(gpair("esb28g_celular_mama", "mobile phone shop, Culiacán (counter)", "pitch_as_paraphrase",
  "Son buying a simple phone for his elderly mother.",
  [o, t("Buenas. ¿Su mamá ve bien? ¿Le cuesta usar pantallas táctiles?"),
   c("Ve poquito, y el táctil la desespera. Eso sí, quiere ver a los nietos en videollamada.", None),
   t("Teclas fáciles, pero la videollamada pide pantalla. ¿Quién se lo configuraría?"),
   c("Yo, pero vivo lejos, voy cada quince días.", None),
   t("Este de pantalla grande tiene modo simple: tres botones, uno es videollamada a usted. 2,300, y con recarga de 100 al mes le alcanza."),
   c("Mmm, suena bien. Déjeme ver si mi hermano pone la mitad y regreso.", "think_it_over")],
  [o, t("¡Buenas! Cuénteme, ¿para qué lo usaría su mamá?"),
   c("Para hablar con nosotros y ver a los nietos en videollamada.", None),
   t("Perfecto, entonces lo que su mamá necesita es el ilimitado 5G de 599 con equipo de gama alta, ¿verdad?"),
   c("No, ella no usa internet para nada más. Es muy caro para eso.", "too_expensive"),
   t("Lo que escucho es que quiere lo mejor para ella: ilimitado a 24 meses y el equipo en cero, ¿cierto?"),
   c("No dije eso. Con prepago le basta.", "no_need")]))

o = c("Hola, buenas tardes, quiero reservar para el puente de noviembre, dos adultos y dos niños.", None)
P.append(gpair("esb28g_hotel_cancun", "beach hotel, Cancún (phone reservations)", "upsell_as_loop_closing",
  "Father books a family room for a long weekend on a limited budget.",
  [o, t("Buenas tardes, con gusto. ¿Qué noches? ¿Los niños de qué edad son?"),
   c("Viernes a lunes. Tienen 6 y 9. Y traemos presupuesto limitado, eh.", None),
   t("Para cuatro está la doble con dos camas, 2,800 la noche; menores de 12 no pagan desayuno. ¿Les sirve cerca de la alberca infantil?"),
   c("¡Sí! Pero en otra página vi uno en 2,200.", "too_expensive"),
   t("Puede ser, sin desayunos. Con desayuno para cuatro sale parecido, y directo la cancelación es gratis hasta 72 horas antes."),
   c("Ah, ok. Va, apártemela.", None),
   t("Listo, tres noches. Le mando la confirmación por correo y WhatsApp.")],
  [o, t("¡Buenas tardes! Tres noches en doble. Para cerrar su reservación, ¿qué más le agrego? ¿Vista al mar por 900 la noche?"),
   c("No, así está bien, gracias.", "no_need"),
   t("Perfecto. ¿Y qué más puedo hacer por ustedes? Spa para pareja 2,500, tour a Xcaret con traslado..."),
   c("No, oiga, vamos con los niños y traemos el dinero contado.", "no_money"),
   t("Entiendo. Antes de colgar, ¿algo más que necesite? El todo incluido son solo 1,800 extra por noche."),
   c("Nada más la habitación. Ya me estoy arrepintiendo de llamar.", None)]))

o = c("Buenas. Ando buscando fertilizante pal maíz, son diez hectáreas de temporal.", None)
P.append(gpair("esb28g_agro_fertilizante", "farm supply store, Guasave, Sinaloa (counter)", "leading_tag_questions",
  "Small maize farmer buys fertiliser for rain-fed land.",
  [o, t("Buenas. ¿Le hizo análisis de suelo? ¿Qué le echó el ciclo pasado?"),
   c("Análisis no. Le eché urea y me rindió como 6 toneladas por hectárea.", None),
   t("Seis está bien para temporal. Repetiría la urea y sumaría fósforo al sembrar. Y le regalo el muestreo de suelo para el otro ciclo."),
   c("Con lo del diésel ando apretado, compadre. Lo del fósforo, a ver.", "no_money"),
   t("Entendido. Empiece con la urea, que es lo básico, y si hay lana en la siembra sumamos el fósforo."),
   c("Así sí. Apúnteme la urea.", None)],
  [o, t("Buenas. Usted quiere el mejor rendimiento, ¿verdad?"),
   c("Pues sí, quién no.", None),
   t("Entonces va a querer el foliar premium con micronutrientes, ¿no? Es el que usan los que sacan diez toneladas."),
   c("¿Y eso cuánto? Yo con la urea he salido bien.", "no_need"),
   t("Sale a 1,400 la hectárea, pero no va a arriesgar la cosecha por ahorrar, ¿o sí? Le pongo las diez, ¿verdad?"),
   c("No, déjeme preguntarle a mi hijo, él sabe de eso.", "think_it_over")]))

PAIRS = P

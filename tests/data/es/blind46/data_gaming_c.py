from common import c, t, gpair

N = None
PAIRS = []

o = c("Hola, tengo un hostal de doce camas en San Blas y me vuelvo loca con las reservas, tengo overbooking cada mes.", N)
PAIRS.append(gpair(
"esb46g_cusco_software_hostal", "hotel software sales call (Cusco)", "ignored_customer",
"A hostel owner with bookings on three channels and a weak connection asks about software.",
[o, t("Hola, qué bueno que llama. ¿Por dónde le entran las reservas hoy y cómo las anota?"),
c("Booking, Airbnb y WhatsApp. Todo en un cuaderno. Y mi internet es malísimo, eh, a veces se cae horas.", N),
t("Ya. El overbooking viene de tres canales y un cuaderno. El sistema sincroniza calendarios, pero sin conexión solo deja ver, no modificar. Eso se lo digo de frente."),
c("Ah, eso es un problema... ¿Y cuánto cuesta?", N),
t("Cuarenta dólares al mes. Pruébelo catorce días gratis y en esos días vemos juntos si los cortes le complican. Si no le sirve, no paga nada."),
c("Ya, probemos. Pero si no me sirve lo dejo, ¿ya?", N)],
[o, t("¡Hola! Cuénteme, ¿cuál es su mayor reto con las reservas?"),
c("Tres canales y todo en cuaderno. Y mi internet se cae horas, eso me preocupa.", N),
t("Perfecto. Nuestro sistema es cien por ciento en la nube, siempre conectado, sincroniza todo al instante."),
c("Pero le digo que mi internet se cae. ¿Qué pasa ahí?", N),
t("Excelente. ¿Y qué otras necesidades tiene? También tenemos facturación electrónica y tienda en línea."),
c("Facturación ya tengo con mi contador. ¿Y lo del internet?", "no_need"),
t("Genial. Le activo el plan Pro de 75 dólares con todo integrado. ¿A qué correo le mando el contrato?"),
c("A ninguno. Setenta y cinco dólares por algo que no sé si funciona, no.", "too_expensive")]))

o = c("Buenas tardes, doctor. Me falta una muela de abajo y quería saber del implante.", N)
PAIRS.append(gpair(
"esb46g_arequipa_implante_dental", "dental clinic (Arequipa)", "ignored_customer",
"A patient on blood thinners who fears needles asks about a dental implant.",
[o, t("Buenas tardes. Primero unas preguntas de salud: ¿toma alguna medicina de forma permanente?"),
c("Sí, warfarina, por el corazón. Y la verdad, me dan miedo las agujas.", N),
t("Gracias por decírmelo. Con warfarina necesito antes el visto bueno de su cardiólogo. Y por el miedo, usamos anestesia en gel antes de la aguja, casi no se siente."),
c("Ya... ¿y cuánto es? Me han dicho que anda por cuatro mil.", N),
t("Aquí el implante completo es 3,600. Pero primero la carta del cardiólogo; sin eso no le cobro ni lo programo. Le doy la hoja para que la lleve."),
c("Está bien, doctor. La llevo la próxima semana a mi control.", N)],
[o, t("Buenas tardes. Cuénteme, ¿toma alguna medicina o tiene algún temor?"),
c("Tomo warfarina por el corazón, y me dan mucho miedo las agujas.", N),
t("Perfecto. El implante son 3,600 y lo hacemos el jueves, es rapidito."),
c("¿El jueves? ¿Y la warfarina no es problema?", N),
t("Súper. Además le recomiendo un blanqueamiento para que combine con la corona nueva."),
c("Doctor, le pregunté por la warfarina y por las agujas...", N),
t("Claro, claro. ¿Le separo el jueves a las diez entonces?"),
c("No, mejor primero consulto con mi cardiólogo, y ya veré si vuelvo.", "think_it_over")]))

o = c("hola, vendo ropa por instagram y quiero mandar pedidos a provincia seguido, tienen tarifa para emprendedores?", N)
PAIRS.append(gpair(
"esb46g_lima_courier_emprendedora", "courier company, WhatsApp (Lima)", "repeated_questions",
"An Instagram clothing seller asks for a small-business rate to ship to the provinces.",
[o, t("¡Hola! Sí tenemos. ¿Cuántos paquetes mandas a la semana y a qué ciudades mayormente?"),
c("unos 25 a la semana, a arequipa, trujillo y piura. paquetes chiquitos, menos de 1 kilo", N),
t("Con 25 semanales entras a la tarifa emprendedor: 9 soles hasta 1 kilo, en vez de 14. Y recogemos en tu casa si juntas 5 o más."),
c("9 igual es caro, la otra empresa me cobra 8. eso si, se demora una semana", "too_expensive"),
t("Nosotros llegamos en 48 horas y tus clientas tienen rastreo. Prueba una semana y compara reclamos; no hay permanencia."),
c("ya, probemos la proxima semana. mandame el link para registrarme", N)],
[o, t("¡Hola! ¿Cuántos paquetes envías y a dónde?"),
c("unos 25 a la semana, a arequipa, trujillo y piura. menos de 1 kilo", N),
t("Genial. Para entender mejor tu necesidad: ¿cuál es tu volumen de envíos aproximado?"),
c("ya te dije, 25 a la semana", N),
t("Perfecto. ¿Y a qué destinos sueles enviar con más frecuencia?"),
c("arequipa trujillo piura. lo escribi arriba", N),
t("Súper. Y para afinar la propuesta, ¿cuántos envíos haces más o menos por semana?"),
c("pucha no leen. olvidalo, sigo con la otra empresa", N)]))

o = c("Buenos días, llamo de una contratista minera. Necesitamos cotizar botas de seguridad, unos sesenta pares.", N)
PAIRS.append(gpair(
"esb46g_trujillo_botas_mineria", "safety equipment supplier (Trujillo)", "repeated_questions",
"A mining contractor's buyer needs a quote for sixty pairs of safety boots.",
[o, t("Buenos días. ¿Son para interior mina o superficie, y qué norma les exige la minera?"),
c("Socavón, con agua. Punta de acero y dieléctricas. Y las últimas que compramos se despegaron al mes.", "bad_experience"),
t("Entonces: sesenta pares, socavón con agua, punta de acero, dieléctricas y que no se despeguen. Para eso va la bota de jebe con puntera, no la de cuero. 89 soles el par."),
c("Está bien de precio. ¿Tienen de la 38 a la 44? Entramos el lunes.", N),
t("Tengo hasta la 43; la 44 llega el jueves. Le mando la cotización con ficha técnica y certificado para que su supervisor de seguridad la apruebe."),
c("Perfecto, al correo de compras, el que le escribió ayer.", N)],
[o, t("Buenos días. ¿Para qué tipo de trabajo necesitan las botas?"),
c("Socavón con agua. Punta de acero y dieléctricas, lo exige la minera.", N),
t("Ya. Para asesorarlo bien, ¿en qué condiciones van a trabajar los operarios?"),
c("Le dije, socavón, con agua.", N),
t("Entiendo. ¿Y qué características técnicas necesita en el calzado?"),
c("Punta de acero, dieléctricas. Señorita, ya le dije todo eso.", N),
t("Perfecto. Para entender bien su necesidad, ¿el trabajo es en interior mina o en superficie?"),
c("Mire, tengo otra llamada. Mándeme algo por correo y ya veo.", "brush_off")]))

o = c("Buenas, señorita. Soy pescador de Paita. Este año la pesca ha estado mala y ya no llego a la cuota del bote.", N)
PAIRS.append(gpair(
"esb46g_piura_caja_pescador", "caja municipal branch (Piura, Paita)", "wrong_paraphrase",
"A fisherman hit by a bad season wants to lower his boat-loan instalment.",
[o, t("Buenos días, gracias por venir antes de atrasarse. ¿Cuánto es su cuota y cuánto podría pagar estos meses?"),
c("La cuota es 1,400. Ahorita con las justas llego a 800, hasta que vuelva la anchoveta.", N),
t("Hoy paga 1,400 y puede 800 hasta que mejore la temporada. Podemos reprogramar: seis meses con cuota reducida, y el resto se reparte después, con algo más de interés."),
c("¿Más interés? Pucha, no sé... ¿cuánto más?", N),
t("Unos 90 soles más al mes al final del plazo. Si lo hacemos antes del atraso, no afecta su calificación. Le dejo la simulación para que la vea."),
c("Ya, está bien, señorita. Hagámoslo de una vez.", N)],
[o, t("Buenos días. Cuénteme, ¿qué está pasando con su crédito?"),
c("La cuota es 1,400 y ahora solo llego a 800, hasta que vuelva la anchoveta.", N),
t("Ya. Entonces, si le entendí bien, usted quiere ampliar el préstamo para comprar otro motor, ¿correcto?"),
c("No, no, yo no he dicho eso. Quiero pagar menos, no deber más.", "no_need"),
t("Claro, lo que escucho es que su negocio está creciendo y necesita capital. Le puedo aprobar hasta 30 mil."),
c("Señorita, ¿me está escuchando? La pesca está mala.", N),
t("Perfecto. Resumiendo: ampliación de 30 mil con cuota de 1,900. ¿Firmamos?"),
c("¡Mil novecientos! Si no puedo con 1,400. No, me voy.", "no_money")]))

o = c("Hola, buenas. Tengo entrevista en un hotel en dos meses y me piden inglés intermedio. Yo tengo básico.", N)
PAIRS.append(gpair(
"esb46g_arequipa_ingles_hoteleria", "language institute front desk (Arequipa)", "wrong_paraphrase",
"A young woman needs spoken English for a hotel job interview in two months.",
[o, t("Hola. Dos meses es poco, pero se puede avanzar. ¿Qué te van a pedir en la entrevista, conversación, examen escrito?"),
c("Conversación, atender huéspedes en recepción. Y solo puedo en las noches, en el día chambeo.", N),
t("Conversación de recepción, en las noches. El curso regular no te sirve; te conviene el taller de inglés para hotelería, tres noches por semana, ocho semanas. Honestamente, intermedio completo no llegas, pero sí a defenderte en la entrevista."),
c("Ya, qué bueno que me lo digas. ¿Cuánto cuesta?", N),
t("Seiscientos soles el taller, o dos cuotas de trescientos."),
c("Uy... ahorita no tengo. Cobro a fin de mes.", "no_money"),
t("Puedes separar tu vacante con cincuenta y pagar la primera cuota el 30. El grupo empieza el 3.")],
[o, t("¡Hola! Cuéntame, ¿para qué necesitas el inglés?"),
c("Para atender huéspedes en recepción, la entrevista es en dos meses. Solo puedo en las noches.", N),
t("Ya, o sea que lo que buscas es un certificado internacional para irte a estudiar afuera, ¿cierto?"),
c("No, para la entrevista del hotel.", N),
t("Claro, entonces me dices que tienes las mañanas libres y quieres el intensivo de un año, ¿verdad?"),
c("Nada que ver. Trabajo de día. ¿No tienen algo corto para hotelería?", N),
t("Perfecto. Resumiendo: programa anual matutino con certificación, 380 al mes. ¿Te inscribo?"),
c("No, gracias, así no me sirve.", "no_need")]))

o = c("Buenas tardes... quería dar de baja la línea de mi esposo. Falleció hace dos semanas.", N)
PAIRS.append(gpair(
"esb46g_lima_baja_linea_duelo", "phone company service counter (Lima)", "pitch_to_upset",
"A recently widowed woman wants to cancel her late husband's phone line.",
[o, t("Lo siento muchísimo, señora. Lo hacemos con calma. ¿Tiene a la mano el acta de defunción y su DNI?"),
c("Sí, aquí tengo. Lo que no quiero es perder las fotos y los mensajes que tiene ese número.", N),
t("Entiendo. Si damos de baja hoy, ese WhatsApp se pierde con el tiempo. Otra opción es pasar la línea a su nombre, sin costo, y así conserva todo."),
c("Ay, no sabía. Pero no quiero pagar otro plan, con lo de ahora no me alcanza.", "no_money"),
t("Se puede dejar en prepago, sin pago mensual, con una recarga de cinco soles de vez en cuando. Hago el cambio ahora y usted decide la baja cuando quiera."),
c("Gracias, joven. Sí, hagamos eso.", N)],
[o, t("Lamento mucho su pérdida, señora. ¿Cómo podemos mejorar su experiencia en este momento?"),
c("Solo quiero dar de baja la línea, joven.", N),
t("Claro. Ya que queda una línea libre, es buen momento para pasarse a nuestro plan familiar de 69 soles. ¿Le interesa?"),
c("No, no quiero ningún plan. Solo la baja, por favor.", "no_need"),
t("Entiendo. También tenemos el celular nuevo en oferta, para que empiece esta nueva etapa con todo. ¿Qué le parece?"),
c("Usted no entiende. Mi esposo acaba de morir. Páseme con otra persona.", N)]))

o = c("Señorita, el aire acondicionado de mi cuarto no funciona, no he dormido nada con este calor y tengo reunión a las nueve.", N)
PAIRS.append(gpair(
"esb46g_piura_hotel_aire", "business hotel front desk (Piura)", "pitch_to_upset",
"An exhausted business guest complains that his room's air conditioning failed all night.",
[o, t("Buenos días, señor, disculpe de verdad. ¿Qué habitación es? Lo primero es que no pase otra noche así."),
c("La 304. Llamé dos veces a las dos de la mañana y nadie subió.", N),
t("Eso no debió pasar. Lo cambio ahora mismo a la 210, con el aire revisado, y le subimos sus cosas mientras desayuna. La noche de hoy no se la cobramos."),
c("Ya... bueno. Pero me quedo tres noches más y no quiero que me pase lo mismo.", N),
t("Le dejo mi número directo. Si algo falla en la 210, me escribe y el técnico sube en diez minutos, de día o de noche."),
c("Ya, gracias. Voy a desayunar que se me hace tarde.", N)],
[o, t("Buenos días, señor. Lamento su experiencia. Para huéspedes ejecutivos tenemos la suite Premium, con aire central, por solo 150 soles más la noche. ¿Le interesa?"),
c("¿Me va a cobrar por tener aire? Yo pagué una habitación que funcione.", "too_expensive"),
t("Entiendo su frustración. ¿Y ya conoce nuestro desayuno buffet ejecutivo? Con el upgrade va incluido."),
c("No he dormido nada, ¿me entiende? Y tengo reunión a las nueve.", N),
t("Por eso mismo, el spa le vendría bien antes de su reunión: masajes de 30 minutos a 90 soles."),
c("Quiero hablar con el gerente. Ya.", N)]))

o = c("Buenas tardes, compré una lavadora hace un mes y ya no centrifuga. Hace un ruido feo y se apaga.", N)
PAIRS.append(gpair(
"esb46g_trujillo_lavadora_garantia", "appliance store (Trujillo)", "blame",
"A customer's one-month-old washing machine has stopped spinning.",
[o, t("Buenas tardes, señora, qué fastidio con un mes de uso. ¿Tiene la boleta? Y cuénteme, ¿se apagó de golpe o fue poco a poco?"),
c("Aquí está la boleta. Empezó a sonar la semana pasada y ayer se apagó en pleno lavado, con la ropa mojada.", N),
t("Está en garantía. Registro la falla ahora y el técnico de la marca la visita en su casa. ¿Qué días hay alguien?"),
c("Ay, trabajo toda la semana. Solo los sábados, y ellos siempre dicen que sábado no atienden.", "no_time"),
t("Lo pido para sábado en la mañana; si la marca no puede, le aviso el viernes y buscamos otra opción. ¿Me deja un WhatsApp?"),
c("Sí, se lo anoto aquí. Gracias, joven.", N)],
[o, t("Buenas tardes. A ver, ¿cuánta ropa le pone? Porque muchas clientas la llenan de más y después se quejan."),
c("Lo normal, señor. Lo que dice el manual.", N),
t("Ya. ¿Y la tiene nivelada? Si no, el tambor se golpea, y eso es culpa del usuario, no lo cubre la garantía."),
c("La instaló el técnico de ustedes mismos.", N),
t("Bueno, pero usted la ha estado usando. Lo que escucho es que no se leyó el manual, ¿no es así?"),
c("¡Qué falta de respeto! Deme el libro de reclamaciones.", N)]))

o = c("oye la movilidad para montaña de colores nunca paso por mi hostal. estuve esperando desde las 4 en la puerta", N)
PAIRS.append(gpair(
"esb46g_cusco_tour_recojo", "tour agency, WhatsApp (Cusco)", "blame",
"A traveller's 4 a.m. pickup for Rainbow Mountain never came.",
[o, t("Hola, lo siento mucho, qué mal rato. ¿Me confirmas el hostal y a nombre de quién estaba la reserva?"),
c("hostal inti wasi, en tandapata. a nombre de lucia mendoza. pague 120", N),
t("Gracias, Lucía. Ya revisé: el bus pasó por la calle de abajo porque Tandapata es peatonal, y nadie te avisó. El error es nuestro."),
c("ya, pero perdi el dia. y me voy el jueves", N),
t("Te doy dos opciones: mañana con recojo en tu puerta, confirmado por mí a las 3:50, o te devuelvo los 120 hoy. ¿Cuál prefieres?"),
c("mañana, pero si vuelve a pasar me devuelven todo eh. ya me paso con otra agencia en arequipa", "bad_experience"),
t("Trato hecho. Te escribo a las 3:45 con la placa del bus.")],
[o, t("Hola! Lamento tu experiencia. ¿Me confirmas en qué calle estabas esperando?"),
c("en la puerta del hostal inti wasi, tandapata", N),
t("Ahí está el problema. Tandapata es peatonal, tenías que bajar a la esquina. Eso estaba en las indicaciones, no las leíste?"),
c("nadie me mando nada. solo me dijeron que me recogian en el hostal", N),
t("Entiendo tu frustración, pero el cliente es responsable de estar en el punto de recojo. Lo que escucho es que hubo una confusión de tu parte"),
c("de mi parte?? pague 120. quiero mi plata", N),
t("No hay reembolso por no show, está en las políticas. ¿Quieres reprogramar con 30% de recargo?"),
c("ni loca. los voy a reportar en tripadvisor", N)]))

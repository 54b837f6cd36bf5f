"""Gaming pairs, kinds 6-10 (putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude). Written by hand, in Spanish."""
from common import c, gpair, t

PAIRS = []

# 11. putdown_question -- Santo Domingo, electricity distributor, usted
_o = c("Buenos días. Mire, me llegó la factura de la luz el doble y yo estuve fuera dos semanas, en Santiago donde mi mamá. Eso no puede ser.", None)
PAIRS.append(gpair(
    "esb3g_santodomingo_factura_luz", "electricity distributor customer office, Santo Domingo, Dominican Republic", "putdown_question",
    "A woman in Santo Domingo disputes an electricity bill that doubled while she was away for two weeks.",
    [_o,
     t("Buenos días, doña. Vamos a revisarlo. ¿Me da su número de contrato? ¿Y cuánto paga normalmente?"),
     c("Normalmente unos 2,800 pesos. Ahora me vinieron 5,900. Aquí está el contrato.", None),
     t("Gracias. Veo que esta factura es estimada, no de lectura real: el lector no pudo ver el medidor. ¿El medidor suyo está dentro de la marquesina?"),
     c("Sí, detrás del portón, y como yo no estaba, nadie abrió.", None),
     t("Eso lo explica: le cobraron por estimado, no por lo que usted gastó. Abro el reclamo hoy y pido una lectura real; mientras tanto no le corre recargo. ¿Le sirve que el lector pase el jueves en la mañana?"),
     c("El jueves en la mañana yo trabajo. ¿No puede ser en la tarde?", "no_time"),
     t("Sí, se lo pongo el jueves de dos a cinco. Le dejo el número de reclamo y, si no pasan, me llama a mí directamente."),
     c("Ay, gracias, mi amor. Así sí.", None)],
    [_o,
     t("Buenos días. ¿Y usted está segura de que no dejó el aire prendido? ¿Qué fue lo que pasó exactamente?"),
     c("¿Cómo que el aire? Yo desconecté todo antes de irme.", None),
     t("Ajá. ¿Y por qué cree usted que la factura está mal, si el sistema no se equivoca? ¿Usted sabe leer el medidor, por lo menos?"),
     c("Claro que sé. Y sé que no estaba en la casa.", None),
     t("Comprendo su sentir. ¿Por qué no hacemos un acuerdo de pago para que lo vaya saldando poquito a poco? ¿O prefiere seguir discutiendo?"),
     c("¿Un acuerdo de pago? El año pasado me metieron en uno de esos y me cobraron intereses hasta por respirar.", "bad_experience"),
     t("¿Y usted no leyó lo que firmó? ¿Qué es lo que quiere que yo haga, entonces?"),
     c("Que me revisen el medidor. Y quiero hablar con su supervisor.", None)]))

# 12. putdown_question -- Quito, dental clinic, WhatsApp chat, usted
_o = c("buenas tardes, le escribo xq me hicieron una calza hace 2 semanas y todavia me duele con lo frio", None)
PAIRS.append(gpair(
    "esb3g_quito_clinica_dental", "dental clinic reception (WhatsApp), Quito, Ecuador", "putdown_question",
    "A man in Quito messages the dental clinic because a filling done there two weeks ago still hurts with cold drinks.",
    [_o,
     t("Buenas tardes. Qué pena que siga con molestia. ¿Le duele solo con lo frío o también al morder?"),
     c("con lo frio sobre todo, y un poquito al masticar de ese lado", None),
     t("¿El dolor dura unos segundos o se le queda un buen rato?"),
     c("unos segundos nomas pero es feo. y la verdad ahorita ando corto de plata para otra consulta", "no_money"),
     t("Entiendo. Los controles de un trabajo hecho aquí no se cobran. Le doy cita con la doctora Andrade, que le hizo la calza, para revisar la mordida; muchas veces es solo ajustarla. ¿Le queda bien mañana a las 10?"),
     c("mañana imposible, trabajo hasta las 6. no tiene algo el viernes en la tarde?", "no_time"),
     t("Sí, el viernes a las 4 con la doctora Andrade. Mientras tanto evite lo muy frío de ese lado, y si el dolor se vuelve constante, nos llama y lo atendemos antes."),
     c("ya, muchas gracias señorita", None)],
    [_o,
     t("Buenas tardes. ¿No será que usted es un poquito sensible? ¿Qué es exactamente lo que siente?"),
     c("sensible no. me duele cuando tomo algo frio, desde q me pusieron la calza", None),
     t("Ajá. ¿Y usted se lava bien los dientes, o cómo es su higiene? Cuénteme."),
     c("3 veces al dia me los lavo señorita. q tiene q ver?", None),
     t("Le pregunto para entenderle. ¿Y no estará exagerando un poquito? A todos los pacientes les duele algo después. ¿Qué espera que haga la doctora?"),
     c("q revise su trabajo. pero si me van a cobrar otra consulta ni loco, ya pague 60 dolares", "too_expensive"),
     t("La consulta de control cuesta 25. ¿Usted esperaba que todo fuera gratis?"),
     c("sabe q, mejor me voy a otra clinica. aqui me tratan como si fuera mentiroso", None)]))

# 13. not_my_department_or_read_the_terms -- La Paz, bank branch, usted
_o = c("Buenos días, joven. Mi tarjeta de débito está bloqueada desde ayer. Estaba en Desaguadero pagando a mis proveedores y no pasó.", None)
PAIRS.append(gpair(
    "esb3g_lapaz_tarjeta_bloqueada", "bank branch, La Paz, Bolivia", "not_my_department_or_read_the_terms",
    "A trader from El Alto comes to a La Paz branch: his debit card was blocked while paying suppliers across the Peruvian border, and he needs cash today.",
    [_o,
     t("Buenos días, caballero. Lo reviso ahorita. ¿Me presta su carnet, por favor?"),
     c("Aquí tiene. Necesito sacar plata hoy, tengo que pagar mercadería.", None),
     t("El sistema la bloqueó por una compra en el extranjero que no estaba avisada; es para protegerlo de fraudes. ¿Las compras de ayer en Perú las hizo usted?"),
     c("Sí, todas, yo mismo. Nadie me avisó nada de eso.", None),
     t("Entonces se la desbloqueo ahora mismo y le activo el uso en Perú por treinta días, para que no le vuelva a pasar. Si necesita efectivo hoy, puede sacarlo aquí en caja, sin costo."),
     c("Ya, eso me sirve. ¿Y la próxima vez tengo que venir hasta aquí?", None),
     t("No, desde la app o con la línea gratuita se activa el uso afuera. Si quiere le ayudo a bajar la app ahorita, son cinco minutos."),
     c("Ahorita no, joven, me esperan en el mercado. Otro día será.", "no_time")],
    [_o,
     t("Buenos días, caballero, es un gusto atenderlo. ¿Cómo podemos ayudarle a tener una mejor experiencia hoy?"),
     c("Mi tarjeta está bloqueada y necesito plata hoy para pagar mercadería.", None),
     t("Comprendo su necesidad. Los bloqueos los ve el área de seguridad; yo soy de plataforma, no es mi área. Tiene que llamar a la línea."),
     c("Ya llamé, y me tuvieron media hora esperando. Por eso vine.", None),
     t("Lamento su experiencia. Pero en el contrato que usted firmó dice que las compras en el extranjero hay que avisarlas. Léalo, está en la cláusula doce."),
     c("Yo no sabía. Nadie me explicó eso cuando abrí la cuenta.", None),
     t("Yo no hago las reglas, caballero. ¿Hay algo más en lo que le pueda ayudar?"),
     c("¿Algo más? ¡Si no me ha ayudado en nada! Voy a sacar mi plata de este banco.", None)]))

# 14. not_my_department_or_read_the_terms -- Miami, airline chat, US Spanish
_o = c("hola mi maleta no llego, vine de medellin a miami ayer y en el counter me dijeron q escribiera aca. adentro esta el vestido de la quince de mi hija q es el sabado", None)
PAIRS.append(gpair(
    "esb3g_miami_maleta_perdida", "airline customer chat (lost baggage), Miami, USA", "not_my_department_or_read_the_terms",
    "A mother in Miami writes to the airline chat: her suitcase from Medellín, with her daughter's quinceañera dress inside, did not arrive.",
    [_o,
     t("Hola, lamento mucho lo de tu maleta, y más con la quince encima. ¿Me das el número de reclamo que te dieron en el aeropuerto?"),
     c("MIA-48213. llevo un dia sin saber nada", None),
     t("Gracias. Ya la veo en el sistema: se quedó en Medellín y viene en el vuelo de esta noche. ¿Prefieres que te la llevemos a la casa o recogerla en el aeropuerto?"),
     c("a la casa porfa, yo trabajo todo el dia y no puedo ir al aeropuerto", None),
     t("Listo. Te la entregan mañana entre 10 y 2. Si no llega para el jueves a mediodía, te reembolsamos lo urgente que compres hasta 150 dólares; guarda los recibos. Te escribo mañana temprano para confirmar."),
     c("ok gracias. y si el vestido llega dañado?", None),
     t("Lo reportas aquí con fotos dentro de 24 horas y se abre el reclamo de daños. Te dejo el caso anotado para que no tengas que explicarlo otra vez."),
     c("ok perfecto, gracias de verdad", None)],
    [_o,
     t("¡Hola! Gracias por escribirnos, tu experiencia es muy importante para nosotros. ¿Cómo te sientes hoy?"),
     c("como me voy a sentir, sin maleta y con la quince el sabado", None),
     t("Entiendo cómo te sientes. El equipaje lo maneja el departamento de equipaje; este chat es de reservas. Tienes que llamar al 1-800."),
     c("ya llame y me colgaron dos veces. x eso escribo aca", None),
     t("Lamento eso. Te recomiendo leer nuestros términos y condiciones de equipaje en la web, ahí se explica todo el proceso y los plazos."),
     c("no quiero leer terminos quiero mi maleta. me pueden decir al menos donde esta??", None),
     t("No tengo acceso a esa información, no es mi área. ¿Hay algo más en lo que te pueda ayudar? ¿Quieres aprovechar y reservar tu próximo vuelo con 10% de descuento?"),
     c("jamas vuelvo a volar con ustedes. la otra vez tb me perdieron una maleta", "bad_experience")]))

# 15. social_proof_or_deadline_pressure -- Luque (Gran Asunción), solar installer, WhatsApp chat, vos
_o = c("buenas che, queriamos saber de los paneles solares xq en verano se corta la luz a cada rato y con este calor no se puede", None)
PAIRS.append(gpair(
    "esb3g_luque_paneles_solares", "solar panel installer (WhatsApp enquiries), Luque (Greater Asunción), Paraguay", "social_proof_or_deadline_pressure",
    "A couple in Luque ask about solar panels because of summer power cuts; they have a baby and the wife sells home-made ice cream from a freezer.",
    [_o,
     t("Buenas. ¿Qué es lo que más les preocupa cuando se corta: el aire, la heladera, algo de trabajo?"),
     c("la heladera y el aire del cuarto del bebe. y mi señora vende helados caseros, el freezer tiene q andar si o si", None),
     t("Entiendo. ¿Y cuánto pagan de ANDE por mes, más o menos?"),
     c("unos 600 mil en verano. la luz aca no es cara, lo q jode son los cortes", None),
     t("Entonces no se trata tanto de ahorrar sino de tener respaldo cuando se corta. Para eso los paneles solos no sirven, hace falta batería. Un equipo chico para freezer, heladera y un aire anda por 18 millones de guaraníes."),
     c("uyy 18 millones es mucha plata para nosotros ahora", "no_money"),
     t("Es una inversión grande. Hay otra opción: solo batería con inversor, sin paneles, para aguantar los cortes, por unos 5 millones. Les preparo las dos propuestas por escrito y las miran tranquilos, ¿sí?"),
     c("dale mandanos las dos y lo hablo con mi señora", "think_it_over")],
    [_o,
     t("Buenas. Excelente que piensen en su experiencia energética. Mirá, todos tus vecinos de Luque ya se pasaron a solar; en tu cuadra ya instalamos en cuatro casas."),
     c("ah si? bueno nosotros queremos algo x los cortes mas que nada", None),
     t("Exacto. Y te cuento que esta promo de 25 millones con instalación vale solamente hasta el viernes; después sube el dólar y ya no la puedo sostener."),
     c("25 millones es muchisimo para nosotros, no tenemos eso", "no_money"),
     t("Entiendo tu necesidad. Pero pensá que tus vecinos ya no sufren los cortes y vos sí. ¿Qué vas a hacer cuando se corte y ellos tengan luz? Quedan dos kits nomás."),
     c("mira un primo mio puso paneles de una empresa asi, rapidito, y a los 6 meses se le quemo el inversor y nadie le respondio", "bad_experience"),
     t("Nosotros no somos así, más de mil familias confían en nosotros. Pero tenés que decidir hoy, mañana ya no tengo ese precio."),
     c("entonces q sea a otro precio. hoy no decido nada, lo tengo q hablar con mi señora", "think_it_over")]))

# 16. social_proof_or_deadline_pressure -- Valencia, language academy, WhatsApp chat, tú
_o = c("hola, mi hijo de 14 ha suspendido ingles y queria informacion de clases de refuerzo. yo trabajo a turnos asi q necesito algo flexible", None)
PAIRS.append(gpair(
    "esb3g_valencia_academia_ingles", "English academy (WhatsApp enquiries), Valencia, Spain", "social_proof_or_deadline_pressure",
    "A mother in Valencia who works shifts messages an academy about English support classes for her 14-year-old son, who failed the subject.",
    [_o,
     t("¡Hola! Claro. ¿Qué le cuesta más a tu hijo: la gramática, hablar, o los exámenes del instituto en general?"),
     c("los examenes, sobre todo gramatica y los listening. hablar le da verguenza", None),
     t("¿Y qué tardes tiene libres? ¿Hace alguna extraescolar?"),
     c("martes y jueves tiene futbol. el resto libre", None),
     t("Entonces le iría bien un grupo reducido de refuerzo, lunes y miércoles de 6 a 7, máximo seis alumnos, con el temario del insti. Son 75 euros al mes. Y como trabajas a turnos, si falta un día lo recupera con la app."),
     c("75 esta bien, pero nose si le va a gustar, en otra academia se aburria y lo dejo a los dos meses", "bad_experience"),
     t("Lo entiendo. Que venga el lunes a una clase de prueba gratis y al final hablo con él a ver qué le ha parecido. Si no le convence, no pasa nada."),
     c("vale, lo apunto el lunes", None)],
    [_o,
     t("¡Hola! Qué bien que te preocupes por la experiencia educativa de tu hijo. Te cuento que el 90% de las familias de su instituto ya lo han apuntado aquí."),
     c("ah vale. y q horarios teneis? yo trabajo a turnos", None),
     t("Tenemos varios. Pero date prisa: la matrícula gratis solo dura hasta este viernes y quedan dos plazas en su grupo. Todos sus compis están ya dentro."),
     c("pero es q nose si el grupo le va a ir bien, q nivel tiene?", None),
     t("Es el grupo con mejores resultados, los padres están encantados, mira las reseñas: 4,9 estrellas. Si no reservas hoy, desde el lunes la matrícula cuesta 60 euros."),
     c("60 de matricula?? madre mia. bueno dejame q lo hable con su padre", "think_it_over"),
     t("Claro, pero luego no te puedo garantizar plaza. Ayer una madre se quedó fuera por esperar. ¿Te la reservo?"),
     c("pues no, asi no. ya buscare otra cosa", None)]))

# 17. keyword_stuffed -- Medellín, B2B payroll software, usted
_o = c("Buenas, ¿cómo le va? Le cuento: hacemos la nómina de sesenta personas con un programa viejito y cada cierre de mes nos toma tres días.", None)
PAIRS.append(gpair(
    "esb3g_medellin_software_nomina", "B2B payroll software, Medellín, Colombia", "keyword_stuffed",
    "The HR manager of a 60-employee textile firm in Medellín meets a payroll-software rep; month-end closing takes three days and a past software change went badly.",
    [_o,
     t("Muy bien, gracias. Tres días es bastante. ¿En qué se les van, qué es lo que más trabajo les da?"),
     c("Las horas extras y los recargos nocturnos. Tenemos turnos en la planta y todo eso se pasa a mano de las planillas.", None),
     t("¿Y la nómina electrónica ante la DIAN la transmiten con ese mismo programa?"),
     c("No, eso lo hace el contador aparte y nos cobra. Y ojo, que ya cambiamos de programa hace dos años y fue un desastre, se perdieron datos.", "bad_experience"),
     t("Entiendo la prevención. Entonces son dos cosas: los recargos se digitan a mano y la nómina electrónica va por fuera. Nosotros importamos las planillas de turnos y transmitimos a la DIAN. Y para no repetir lo de la migración, le propongo correr un mes en paralelo con su sistema actual, sin apagar nada."),
     c("Eso me gusta. ¿Y cuánto vale?", None),
     t("Para sesenta empleados, 480 mil pesos mensuales, sin costo de implementación. El mes en paralelo no se paga, y usted compara los resultados con su propio cierre."),
     c("Bueno, eso lo tengo que pasar por gerencia. Mándemelo por escrito.", "think_it_over")],
    [_o,
     t("Muy bien, gracias. Entiendo perfectamente su necesidad y siento su preocupación. Para nosotros lo más importante es construir una relación de confianza y entender su experiencia para acompañarla hacia el éxito."),
     c("Ajá, bueno. El tema son las horas extras y los recargos, que se pasan a mano.", None),
     t("La escucho y la entiendo. Lo que siento es que ustedes necesitan una solución integral que transforme su experiencia de nómina y potencie el éxito de su talento humano. Nuestra relación con los clientes se basa en entender sus necesidades."),
     c("Ya, pero ¿el programa de ustedes importa las planillas de turnos o no?", None),
     t("Excelente pregunta, y entiendo la necesidad detrás de ella. Nuestra plataforma está pensada para que cada cliente sienta que lo entendemos y viva una experiencia de éxito en cada cierre. ¿Cómo se siente con lo que le he compartido?"),
     c("Pues la verdad, no me dijo nada. Ya cambiamos una vez de programa por un vendedor que hablaba bonito y perdimos datos.", "bad_experience"),
     t("Entiendo su sentir y valoro su experiencia. Justamente nuestra necesidad es que usted se sienta acompañada en esta relación. ¿Qué tan satisfecha se siente con esta reunión?"),
     c("Poco. Mándeme la información por correo y yo la reviso.", "brush_off")]))

# 18. keyword_stuffed -- La Habana, private restaurant (paladar), tú
_o = c("Oye, buenas, ¿aquí se pueden hacer cumpleaños? Es que mi mamá cumple setenta el sábado que viene y somos como quince.", None)
PAIRS.append(gpair(
    "esb3g_habana_paladar_cumpleanos", "private restaurant (paladar), Vedado, Havana, Cuba", "keyword_stuffed",
    "A man in Havana asks a paladar about a dinner for his mother's 70th birthday, 15 people, on a fixed budget; his mother is diabetic.",
    [_o,
     t("¡Claro, mi hermano! Felicidades a tu mamá. ¿Qué tienes pensado, almuerzo o comida? ¿Y hay algo que ella no pueda comer?"),
     c("Comida, por la noche. Ella es diabética, eso sí, y le encanta el pescado.", None),
     t("Perfecto. ¿Con cuánto cuentas más o menos, para ajustarte el menú?"),
     c("Mira, yo tengo como veinte mil pesos, y mi hermano manda algo de afuera, pero no mucho más.", None),
     t("Con eso te hago pescado a la plancha, arroz, ensalada y viandas, y en vez de cake, un flan sin azúcar para ella. El salón de atrás para ustedes solos. Te queda en diecinueve mil."),
     c("Ay, qué bien. ¿Y la música? Porque a ella le encanta el bolero.", None),
     t("Los sábados viene un trío; cobran aparte, cuatro mil. Si no te alcanza, pones tu música en la bocina del salón, no hay lío."),
     c("No, el trío ya se me va. Ponemos la bocina. Dale, apúntame el sábado.", "too_expensive")],
    [_o,
     t("¡Claro! Aquí lo más importante es la experiencia y la relación con nuestros clientes. Entiendo perfectamente lo que sientes y tu necesidad de celebrar a tu mamá con éxito."),
     c("Ah, bueno... ¿y qué comida tienen? Es que ella es diabética.", None),
     t("Te entiendo, y siento tu preocupación. Nuestra necesidad es que cada cliente viva una experiencia única, que sienta que lo escuchamos y que su celebración sea un éxito total."),
     c("Sí, sí, pero ¿cuánto me va a salir? Somos quince.", None),
     t("Comprendo tu necesidad de saber eso. Lo que quiero es que sientas nuestra relación de confianza. Tenemos paquetes de experiencia para celebraciones exitosas, adaptados a cada necesidad."),
     c("Compadre, dame un número. Yo tengo veinte mil pesos y no tengo de dónde sacar más.", "no_money"),
     t("Entiendo tu experiencia. El paquete Éxito Total sale en cuarenta mil, pero la experiencia no tiene precio. ¿Cómo te sientes con eso?"),
     c("Me siento que me voy pa' otro lado. ¿Cuarenta mil? ¿Tú estás loco?", "too_expensive")]))

# 19. rude -- Tegucigalpa, motorbike repair shop, WhatsApp chat, vos
_o = c("buenas maestro, la moto se me apaga en los semaforos y yo trabajo de delivery. necesito q me la vea hoy si se puede", None)
PAIRS.append(gpair(
    "esb3g_tegucigalpa_taller_moto", "motorbike repair shop (WhatsApp), Tegucigalpa, Honduras", "rude",
    "A delivery rider in Tegucigalpa messages a repair shop: he needs his motorbike fixed today: it stalls at traffic lights once warm, and he can't work without it.",
    [_o,
     t("buenas maje. contame, se apaga cuando ya esta caliente o desde q la arrancas?"),
     c("ya caliente, despues de un rato de andar. y despues cuesta q vuelva a arrancar", None),
     t("hace cuanto le hiciste el servicio? le cambiaste bujia, filtro?"),
     c("uy hace como 8 meses. es q no me alcanza, todo se me va en la cuota de la moto", None),
     t("va. puede ser el carburador sucio o la bujia. traela y en una hora te la reviso. si es eso, limpieza y bujia salen en 450 lempiras"),
     c("450... no me puede cobrar menos? ando con lo justo", "no_money"),
     t("hagamos esto: la reviso primero y te digo q es. si es eso me pagas la bujia hoy y la limpieza en 2 semanas, xq se q necesitas la moto pa trabajar"),
     c("sale pues maestro, llego a la una", None)],
    [_o,
     t("aja y q queres q haga? que es lo que necesitas, a ver? decime rapido q tengo cinco motos atras"),
     c("q se me apaga en los semaforos, ya caliente", None),
     t("mira q novedad. todas las motos de delivery se apagan xq nunca les hacen servicio. cuando fue el ultimo, hace un año? adivine verdad?"),
     c("hace 8 meses. es q no me alcanza", None),
     t("o sea lo q escucho es q no te alcanza para el mantenimiento pero si para venir a quejarte. son 800 lempiras y te la doy el jueves"),
     c("800?? en el taller de la otra cuadra me dijeron 450", "too_expensive"),
     t("pues anda al de la otra cuadra y no me hagas perder el tiempo. algo mas?"),
     c("no, nada mas. ahi nos vidrios", None)]))

# 20. rude -- Córdoba (Argentina), real estate agency, WhatsApp chat, vos
_o = c("hola buenas, vi el depto de nueva cordoba en la web. sigue disponible? soy estudiante y no tengo garantia propietaria en cordoba, soy de jujuy", None)
PAIRS.append(gpair(
    "esb3g_cordoba_alquiler_estudiante", "real estate agency (rentals, WhatsApp), Córdoba, Argentina", "rude",
    "A university student from Jujuy messages a Córdoba agency about a small flat; she has no local property guarantor and a limited monthly budget.",
    [_o,
     t("hola! si, sigue disponible. lo de la garantia tiene solucion, hay alternativas. contame, para cuando lo necesitas y cuanto queres gastar por mes?"),
     c("para marzo. mis viejos me pueden pasar hasta 250 mil por mes con expensas", None),
     t("ese sale 230 + 35 de expensas, te pasas un poco. hay otro a 2 cuadras, mas chico, 195 con expensas. y de garantia aceptamos seguro de caucion o recibo de sueldo de tus papas, aunque sean de jujuy"),
     c("el seguro de caucion es caro? una amiga pago un monton y despues tuvo un quilombo barbaro con la aseguradora", "bad_experience"),
     t("te entiendo. es un costo q no se devuelve, ronda el 6% del contrato y se paga en cuotas. si tus papas tienen recibo de sueldo eso no cuesta nada. te paso los requisitos y coordinamos una visita x videollamada?"),
     c("si dale, mandame los requisitos y el jueves hacemos la videollamada", None)],
    [_o,
     t("si esta. y sin garantia propietaria no se para que escribis nena. que necesitas exactamente?"),
     c("perdon, pense q habia otras opciones. cuales son los requisitos?", None),
     t("Estan en la web, es leer nomas. No leiste el aviso? Cuanto tenes para gastar?"),
     c("hasta 250 con expensas", None),
     t("jaja con 250 en Nueva Cordoba. Bueno, entiendo tu necesidad, pero eso es de hace dos años. Si queres te anoto para algo en las afueras"),
     c("no me sirve en las afueras, no tengo auto y curso en ciudad universitaria. y el seguro de caucion lo aceptan?", "no_need"),
     t("Si, pero es caro y tarda. Mira, si no tenes la plata no me hagas perder el tiempo, tengo veinte consultas mas"),
     c("ok, no te preocupes, busco en otra inmobiliaria", None)]))

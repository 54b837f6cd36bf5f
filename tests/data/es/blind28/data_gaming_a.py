"""Gaming pairs esb28, part a (kinds 1-10). Hand-written in Spanish (Mexico)."""
from common import c, gpair, t

P = []

o = c("Buenas, este... vengo a preguntar por las membresías. Mi doctor me dijo que tengo que moverme.", None)
P.append(gpair("esb28g_gym_membresia", "gym, Guadalajara (counter)", "monologue",
  "Woman in her 40s sent by her doctor (prediabetes, bad knee) asks about memberships.",
  [o, t("¡Claro, bienvenida! ¿Qué le dijo el doctor? ¿Qué le gustaría lograr aquí?"),
   c("Pues salí con la glucosa alta, prediabetes. Y me duele la rodilla, no sé si pueda correr.", None),
   t("Entiendo: bajar la glucosa sin castigar la rodilla. ¿A qué hora podría venir?"),
   c("Temprano, antes del trabajo. Pero no quiero pagar un año y luego no venir, ya me pasó.", "bad_experience"),
   t("Tiene sentido. Hay mes a mes, sin anualidad. Le propongo una semana de prueba con bici y alberca, que no cargan la rodilla."),
   c("Ah, eso sí me late. ¿Y la prueba cuánto cuesta?", None),
   t("Es gratis. ¿Se la agendo el lunes a las 6:30 con un instructor que le revise la rodilla?")],
  [o, t("¡Bienvenida! ¿Qué experiencia busca? Mire, le platico: está el plan Plata, el Oro y el Black, que trae clases, alberca, sauna, nutrióloga y todas las sucursales..."),
   c("Ajá, pero es que yo tengo la rodilla...", None),
   t("Sí, sí, por eso el Black trae fisio. Y este mes la anualidad viene con mochila y toalla, y de contado no paga inscripción."),
   c("Oiga, pero el Black ha de estar carísimo, ¿no? Yo nomás quería caminar.", "too_expensive"),
   t("¡Para nada! Son 1,290 al mes, menos que un café diario. El éxito de nuestros socios habla solo. ¿Le hago su contrato?"),
   c("Mejor lo pienso, gracias.", "think_it_over")]))

o = c("Buenas tardes. Me llegó un cobro de anualidad de 1,150 en mi tarjeta y quiero saber por qué.", None)
P.append(gpair("esb28g_banco_anualidad", "bank branch, CDMX (counter)", "closing_as_open_question",
  "Customer disputes an annual fee on a credit card sold to him as free.",
  [o, t("Buenas tardes. Déjeme ver su estado de cuenta. ¿Cuándo la contrató? ¿Le dijeron que no tenía anualidad?"),
   c("Sí, el ejecutivo me dijo que el primer año no, y ya llevo como año y medio.", None),
   t("Ya veo: era gratis solo el primer año. ¿Cuánto la usa al mes, más o menos?"),
   c("Poco, unos tres mil. La tengo más por emergencias.", None),
   t("Con ese uso le conviene la Básica, sin anualidad. Puedo pedir la bonificación de este cargo, pero no le prometo que la aprueben."),
   c("Ándale, pida la bonificación. Lo del cambio déjeme pensarlo, no quiero otro plástico con otro número.", "think_it_over"),
   t("Perfecto. La meto hoy con folio, responden en cinco días hábiles y le marco el jueves para lo del cambio.")],
  [o, t("Buenas tardes. Claro, ¿cómo le gustaría resolverlo: subiendo a la Oro, que sí justifica la anualidad, o a la Platinum?"),
   c("¿Cómo? No, yo quiero que me quiten el cobro.", None),
   t("Entiendo perfectamente. ¿Y qué necesitaría para que hoy firmemos su cambio a Oro? Son 1,900 al año pero con salas VIP."),
   c("Pues yo casi no viajo, ni la uso tanto. No me sirve.", "no_need"),
   t("¿Y qué fecha de corte le acomoda más para su nueva Oro, el 5 o el 20?"),
   c("¿Me puede quitar la anualidad sí o no? Si no, mejor la cancelo.", None)]))

o = c("hola buenas tardes, el internet se me cae a cada rato en las tardes, ya me tiene harta", None)
P.append(gpair("esb28g_internet_caidas", "internet provider, Puebla (WhatsApp)", "pitch_as_paraphrase",
  "Mother complains that home internet drops every afternoon while her kids do homework.",
  [o, t("Hola, buenas tardes, qué mal. Lo reviso con usted: ¿a qué hora se cae y en qué aparatos lo nota?"),
   c("como de 5 a 8, cuando mis hijos hacen tarea en la compu de arriba. el modem esta en la sala", None),
   t("Ok, falla arriba, lejos del módem, en horas de tarea. ¿En la sala también se cae?"),
   c("mmm en la sala creo que no... ahora que lo dice", None),
   t("Entonces no parece su paquete sino la señal que no llega arriba. Le mando un técnico sin costo a reubicar el módem. ¿Mañana en la mañana?"),
   c("en la mañana trabajo, no hay nadie. puede ser el sabado?", "no_time"),
   t("Claro, sábado de 9 a 1. Le confirmo por aquí el nombre del técnico.")],
  [o, t("Hola, buenas tardes! Claro que la escucho. Cuénteme, ¿qué uso le dan al internet en casa?"),
   c("pues tareas de los niños y yo veo series en la noche. pero se cae en la tarde", None),
   t("Perfecto, entonces lo que usted necesita es nuestro plan de 500 megas con tv y streaming a 899 al mes, ¿correcto?"),
   c("no, yo no dije eso. ya pago 499 y no me alcanza para mas", "no_money"),
   t("Entiendo, lo que escucho es que busca más velocidad a un costo que valga la pena: 300 megas por 699, ¿así es?"),
   c("no. quiero que sirva lo que ya pago. si no me lo arreglan me cambio de compañia", None)]))

o = c("Buenas, quiero el refri de 14 pies que está en oferta, el gris.", None)
P.append(gpair("esb28g_tienda_refri", "appliance store, Monterrey (counter)", "upsell_as_loop_closing",
  "Customer has already chosen a discounted fridge and wants to pay.",
  [o, t("Buenas, claro. Antes de cobrarle, ¿ya midió el espacio? Este mide 70 de ancho."),
   c("Eh, sí, tengo 75. Y la puerta de la cocina es normal.", None),
   t("Entonces sí entra. ¿Cómo se lo lleva, trae camioneta o le programo envío?"),
   c("No tengo carro. ¿El envío cuánto sale? Es que con el refri ya me gasté lo que traía.", None),
   t("En la zona metropolitana es gratis; se lo llevan el jueves. ¿Va a haber alguien para recibirlo?"),
   c("Mi mamá, sí. Perfecto, ¿dónde pago?", None),
   t("Aquí en caja. Le anoto jueves de 9 a 2 y le mandan mensaje cuando salga la unidad.")],
  [o, t("¡Excelente elección! Para cerrar bien su experiencia, ¿qué más le agregamos? ¿La garantía extendida de tres años?"),
   c("No, gracias, con la de fábrica está bien.", "no_need"),
   t("Claro. ¿Y qué más necesita para que su compra quede completa? Regulador, kit de limpieza y filtro van en paquete por 2,490."),
   c("¿Dos mil quinientos? No, joven, eso es casi la mitad del refri.", "too_expensive"),
   t("Entendido. Antes de terminar, ¿hay algo más en lo que le pueda servir? El microondas tiene 15% si lo lleva junto."),
   c("Nada más cóbreme el refri, por favor.", "no_need")]))

o = c("Qué tal, buenos días. Mi carro rechina cuando freno, sobre todo en la mañana.", None)
P.append(gpair("esb28g_taller_frenos", "car workshop, Tlalnepantla (counter)", "leading_tag_questions",
  "Driver hears squealing brakes and wants to know what it is.",
  [o, t("Buenos días. ¿Desde cuándo lo oye? ¿Rechina de adelante o de atrás?"),
   c("Como dos semanas. Yo creo que de adelante. Y el pedal se siente normal, eh.", None),
   t("Bien, pedal normal y ruido adelante. Lo subo y veo el grosor de las balatas; la revisión no le cuesta."),
   c("Órale. Nomás que ahorita ando corto, si es algo caro mejor lo dejo para la quincena.", "no_money"),
   t("Va. Le digo qué es urgente y qué puede esperar, y usted decide. Si las balatas tienen vida, quizá solo es polvo."),
   c("Ándale, eso me parece justo.", None)],
  [o, t("Buenos días. Usted va a querer que se lo dejemos como nuevo, ¿verdad?"),
   c("Pues... quiero que deje de rechinar, nada más.", None),
   t("Claro. Y no va a arriesgar a su familia por unas balatas baratas, ¿o sí? Le ponemos cerámicas y discos nuevos."),
   c("¿Discos también? ¿Cuánto sería?", None),
   t("Son 4,800 con rectificado y líquido. La seguridad lo vale, ¿no cree? Se lo dejo para hoy, ¿verdad?"),
   c("No, pues ni lo han revisado. En otro taller me cambiaron todo y siguió el ruido.", "bad_experience")]))

o = c("Sí, bueno... quiero reportar un siniestro. Me chocaron el carro en la plaza y el otro se fue.", None)
P.append(gpair("esb28g_seguro_choque", "car insurer, Zapopan (phone)", "putdown_question",
  "Policyholder calls from a mall car park: hit-and-run damage to his car.",
  [o, t("Lamento lo que pasó. ¿Usted está bien? ¿Sigue en el lugar?"),
   c("Sí, nomás el coraje. Sigo aquí, la defensa de atrás quedó hundida.", None),
   t("Como el otro se fue, entra como daños con deducible del 5%. ¿Hay cámaras o testigos?"),
   c("¿Deducible? ¿Y cuánto es? Ahorita no tengo para pagar nada extra.", "no_money"),
   t("Unos 3 mil. Si el video identifica al otro, se recupera. Le mando un ajustador en 30 minutos, ¿sí?"),
   c("Sí, por favor. Aquí lo espero, nivel 2.", None)],
  [o, t("A ver, tranquilo. ¿Seguro que no lo dejó mal estacionado? ¿Qué pasó exactamente?"),
   c("¿Cómo que mal estacionado? Estaba en su cajón. Regresé y ya estaba el golpe.", None),
   t("Ajá. ¿Y usted sí leyó su póliza o nomás la paga? Lleva deducible, ¿eso sí lo sabía?"),
   c("Oiga, no me hable así. Pago puntual cada mes, por eso le llamo.", None),
   t("Nadie lo regaña. Su experiencia es importante. ¿Qué es lo que necesita de nosotros?"),
   c("Que manden al ajustador. Y en la renovación me voy con otra aseguradora.", None)]))

o = c("Buenas tardes, señorita. En mi recibo de este mes me cobraron dos veces la mensualidad.", None)
P.append(gpair("esb28g_cable_cobro_doble", "cable TV provider, León (phone)", "not_my_department_or_read_the_terms",
  "Subscriber was charged the monthly fee twice.",
  [o, t("Buenas tardes. Qué molesto, lo reviso. ¿Me da su número de cuenta y el monto doble?"),
   c("Es la 4478120. Dos cargos de 649, el día 3 y el día 5.", None),
   t("Ya los veo, el segundo es error del sistema. Levanto el reembolso ahorita; tarda de 3 a 5 días."),
   c("Ay, ¿tanto? Con eso iba a pagar la luz.", None),
   t("Lo entiendo. Puedo dejarlo hoy como saldo a favor, o esperar el reembolso a su tarjeta. ¿Qué le sirve más?"),
   c("Mejor el reembolso, aunque tarde. Deme el folio.", None),
   t("Folio R-20931. Le llega SMS al depositarse; si el 10 no lo ve, me marca con ese folio.")],
  [o, t("Buenas tardes. Con gusto escucho su necesidad. ¿Qué ve en su recibo?"),
   c("Dos cargos de 649, el 3 y el 5. Cuenta 4478120.", None),
   t("Entiendo su molestia. Los cargos no los veo yo, es área de facturación. Yo soy de atención."),
   c("¿Y me pasa con facturación?", None),
   t("No tienen línea. Mande un correo; el procedimiento viene en los términos del contrato, cláusula 14."),
   c("¿Que lea el contrato? Ustedes me cobraron doble. Páseme a su supervisor.", None),
   t("Yo no hago las reglas, señora. ¿Algo más en lo que pueda apoyarle hoy?")]))

o = c("Hola, buenas. Vimos el anuncio de los departamentos en preventa y queremos ver el modelo.", None)
P.append(gpair("esb28g_inmobiliaria_preventa", "real-estate developer, Querétaro (sales office)", "social_proof_or_deadline_pressure",
  "Engaged couple visits a pre-sale flat showroom.",
  [o, t("¡Bienvenidos! Antes de enseñarles, ¿buscan para vivir o para invertir?"),
   c("Para vivir. Nos casamos en marzo y rentamos. Trabajamos los dos por Juriquilla.", None),
   t("Felicidades. Entonces les importa estar cerca de Juriquilla. ¿Usarían Infonavit o banco?"),
   c("Infonavit, pero no sabemos cuánto nos prestan. Y mi suegro dice que en preventa te quedan mal con la entrega.", "bad_experience"),
   t("Pasa, sí. Les enseño el avance de obra y la fecha de entrega en contrato, con penalización. ¿Y si sacan primero su precalificación?"),
   c("Sí, eso. Queremos ver números antes de apartar nada.", "think_it_over"),
   t("Perfecto. Les mando la guía y nos vemos el sábado con sus números.")],
  [o, t("¡Bienvenidos! Qué bueno que vienen hoy: solo quedan tres del modelo Cedro. ¿Para cuándo se mudan?"),
   c("Nos casamos en marzo. No sabemos cuánto nos presta Infonavit.", None),
   t("Los entiendo. Toda la torre ya apartó, puras parejas como ustedes. El precio de preventa lo sostengo hasta las siete."),
   c("¿Hoy? No podemos decidir algo así en una tarde. Lo tenemos que platicar.", "think_it_over"),
   t("¿Y qué les haría falta para no perder la oportunidad? El apartado es de 20 mil y mañana sube 80 mil."),
   c("No traemos 20 mil, y así de presionados no. Gracias.", "no_money")]))

o = c("Buenas, ando buscando una laptop para mi hijo que entra a la uni.", None)
P.append(gpair("esb28g_electronica_laptop", "electronics store, Mérida (counter)", "keyword_stuffed",
  "Father buying a laptop for his son starting architecture.",
  [o, t("Buenas. ¿Qué va a estudiar? Eso cambia qué máquina le conviene."),
   c("Arquitectura. Usan programas de dibujo, no sé cuáles. Traigo unos 15 mil.", None),
   t("Para modelado 3D se pide tarjeta de video; con 15 mil está justo. ¿Él la quiere llevar a clase?"),
   c("Sí, dice que a todos lados.", None),
   t("Entonces esta de 16 GB con gráficos dedicados, 14,999, pesa dos kilos. ¿Le pregunta qué programa le pidieron y lo confirmamos?"),
   c("Ándale, le mando mensaje ahorita.", None)],
  [o, t("¡Buenas! Lo importante es su experiencia y entender las necesidades de su hijo para una relación de éxito."),
   c("Ajá... es para arquitectura. Traigo como 15 mil.", None),
   t("Entiendo y siento lo que me dice. Buscamos que la experiencia de su hijo sea un éxito y que usted se sienta escuchado."),
   c("Sí, pero ¿cuál me recomienda? ¿Corre los programas de dibujo?", None),
   t("Escucho su necesidad. Todas nuestras laptops están pensadas para el éxito del estudiante. ¿Cómo se siente con eso?"),
   c("Igual que al principio. Voy a ver en otra tienda.", None)]))

o = c("Buenos días, señorita. Mi nieto dice que puedo ver mi pensión en el celular, pero no sé cómo.", None)
P.append(gpair("esb28g_banco_app_pension", "bank branch, Toluca (counter)", "rude",
  "Retired man wants to check his pension deposit on his phone.",
  [o, t("Buenos días, señor. Con gusto. ¿Trae su celular y su tarjeta?"),
   c("Aquí está. Nomás que yo con estas cosas soy muy torpe, eh.", None),
   t("Vamos paso a paso. ¿Quiere solo ver su saldo o también hacer pagos?"),
   c("Nomás ver si cayó la pensión. A mi compadre le vaciaron la cuenta por un mensaje, pagos no.", "bad_experience"),
   t("Lo dejamos solo de consulta, sin transferencias. Y el banco nunca le pide su clave por mensaje."),
   c("Ah, qué bueno. Así sí.", None)],
  [o, t("Buenos días. ¿Y trae el celular o cómo quiere que lo haga, por telepatía?"),
   c("Ay, sí, aquí está... perdone, no le sé.", None),
   t("Se nota. Baje la app, ponga su número de cliente y ya. ¿Qué necesita exactamente? Hay fila, eh."),
   c("¿Y dónde viene el número de cliente? Disculpe, no veo bien.", None),
   t("Pues en la tarjeta, señor. Si no le entiende, que su nieto se lo haga. ¿Algo más?"),
   c("No, ya me voy. Gracias por nada.", None)]))

PAIRS = P

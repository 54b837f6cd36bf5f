"""Gaming pairs, part B (esb6). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer: clínica dental (La Paz, Bolivia)
o = c("Buenas tardes, doctorcito. Vengo con mi hija, la Mayra, tiene doce años. En el colegio le dijeron que necesita frenillos y quería saber cuánto es, nomás.", None)
PAIRS.append(gpair(
    "esb6g_lapaz_dental", "clínica dental (La Paz, Bolivia)", "ignored_customer",
    "Una madre que vende en la feria trae a su hija de 12 años a preguntar por ortodoncia; a la niña le duele una muela.",
    [o,
     t("Buenas tardes, señora; hola, Mayra. Con gusto le explico. Antes del precio: ¿quién les dijo lo de los frenillos, un dentista o la revisión del colegio? Y a ti, Mayra, ¿te molesta algo al morder?"),
     c("La revisión del colegio, nomás. Ella dice que le duele acá atrás cuando come carne. Y otra cosa, doctor: vivimos en El Alto pero cada mes viajamos a Oruro donde mi mamá, no sé si eso complica.", None),
     t("Eso es importante. Primero le haría una evaluación con radiografía, para ver si de verdad necesita ortodoncia y por qué le duele al masticar; puede ser una muela, no los dientes torcidos. La evaluación cuesta 150 bolivianos. Y lo de Oruro: los controles son cada cuatro a seis semanas, los coordinamos para que no choquen con el viaje."),
     c("Ya... ¿y si sí necesita, cuánto sería todo? Porque yo vendo en la feria, no tengo mucho, doctorcito.", "no_money"),
     t("Un tratamiento con brackets metálicos está entre 4.500 y 5.500 bolivianos según el caso, pagado en cuotas mensuales durante año y medio o dos años. Pero no se lo puedo confirmar sin la radiografía. ¿Le parece si hoy hacemos la evaluación y con eso decide?"),
     c("Ya, hoy la evaluación nomás. Lo demás lo pienso con mi esposo.", "think_it_over"),
     t("Perfecto. Mayra, pasa, que te vamos a ver esa muela que te duele. Señora, con la radiografía le doy el plan por escrito para que lo conversen tranquilos.")],
    [o,
     t("Buenas tardes, señora. ¡Hola, Mayra! Cuénteme, ¿qué le preocupa de la sonrisa de su hija?"),
     c("A ella le duele acá atrás cuando come carne, doctor. Eso me preocupa más que lo torcido.", None),
     t("Claro. Para una sonrisa perfecta le recomiendo brackets de zafiro, son transparentes y los chicos de su edad los prefieren. ¿Y cómo te va en el colegio, Mayra?"),
     c("Bien... pero me duele la muela.", None),
     t("Muy bien. Los de zafiro cuestan 8.900 bolivianos y los controles son cada tres semanas, los sábados. ¿Qué dudas tiene, señora?"),
     c("Es que cada mes viajamos a Oruro, doctor, y yo vendo en la feria... 8.900 no puedo, pues.", "no_money"),
     t("Perfecto. Entonces le agendo el primer sábado del mes para la colocación. ¿Algo más que quiera preguntarme?"),
     c("¿Y la muela que le duele? Nadie la ha mirado. Vamos, Mayra, mejor vamos a otro lado.", None)],
))

# 12. repeated_questions: hostería rural (cerca de Cuenca, Ecuador), WhatsApp
o = c("buenas, quisiera reservar 4 noches del 2 al 6 de noviembre, somos 2 adultos y mi papa q tiene 78 y usa baston. tienen habitacion en planta baja?", None)
PAIRS.append(gpair(
    "esb6g_cuenca_hosteria", "hostería rural (Cuenca, Ecuador), WhatsApp", "repeated_questions",
    "Una pareja quiere reservar con el padre de 78 años, que camina con bastón.",
    [o,
     t("¡Buenas! Gracias por escribirnos. Sí, tenemos dos habitaciones en planta baja, una con baño adaptado, barra y ducha a ras de suelo. ¿Su papá necesita algo más, por ejemplo que el comedor quede cerca o evitar gradas en el jardín?"),
     c("si, q no tenga q caminar mucho q se cansa. y q sea tranquilo, el viene x el descanso, nosotros queremos ir al cajas un dia", None),
     t("Entonces: habitación adaptada junto al comedor (15 metros, sin gradas), tranquilidad para su papá y un día de excursión al Cajas para ustedes; si él prefiere quedarse ese día, el personal está pendiente. Son 78 dólares la noche con desayuno para los tres."),
     c("78 x noche es algo caro, en booking vi otra hosteria a 60", "too_expensive"),
     t("Es cierto, hay más baratas. La diferencia aquí es el baño adaptado, que no todas tienen; si mira otras, le recomiendo preguntar ese detalle. Reservando directo por aquí, le dejo las 4 noches en 290 en vez de 312."),
     c("ok eso esta mejor. lo consulto con mi esposa y te confirmo hoy en la noche", "think_it_over"),
     t("Perfecto, le guardo la habitación hasta mañana a las 10. Cualquier duda sobre accesos, me escribe.")],
    [o,
     t("¡Hola! Bienvenidos. Para poder asesorarles mejor, ¿qué tipo de experiencia buscan en su estadía?"),
     c("ya le dije, algo tranquilo para mi papa de 78 q usa baston, en planta baja", None),
     t("Entiendo. Y contándome un poco más, ¿qué es lo que más valoran a la hora de hospedarse?"),
     c("q sea planta baja y q no camine mucho. del 2 al 6 de noviembre", None),
     t("Perfecto. ¿Y cómo sería para ustedes la estadía ideal? ¿Qué les haría sentir cómodos?"),
     c("amigo ya le respondi 2 veces. tiene o no tiene habitacion en planta baja?", None),
     t("¡Claro! Solo quiero entender bien sus necesidades. ¿Qué características son imprescindibles para su papá?"),
     c("dejelo, reservo en otro lado", None)],
))

# 13. wrong_paraphrase: caja rural (Medina de Rioseco, Valladolid)
o = c("Buenos días. Soy socio de la caja desde hace treinta años. Se me ha roto el tractor, el viejo, y tengo visto uno de segunda mano en Medina por cuarenta y cinco mil. Quería ver cómo está lo de financiarlo.", None)
PAIRS.append(gpair(
    "esb6g_valladolid_cajarural", "caja rural (Medina de Rioseco, Valladolid)", "wrong_paraphrase",
    "Un agricultor de cereal de 62 años pide financiación para un tractor de segunda mano que usará sobre todo su hijo.",
    [o,
     t("Buenos días. Pues vamos a verlo. ¿Qué tractor es, de qué año y con cuántas horas? Y la cosecha, ¿la cobra de una vez o la va vendiendo?"),
     c("Un John Deere del 2016, cuatro mil horas. El cereal lo vendo a la cooperativa en agosto, casi todo de golpe. Y mire, que yo tengo sesenta y dos años; el tractor es más para mi hijo, que se va a quedar con las tierras.", None),
     t("O sea, que el dinero le entra de golpe en agosto y quien va a usar el tractor es su hijo. Entonces encaja una cuota anual en septiembre en vez de mensual, y podría entrar su hijo como cotitular; si se incorpora como joven agricultor, además hay ayudas de la Junta. ¿Ya está dado de alta?"),
     c("Todavía no, está acabando el curso de incorporación. Pero eso de meter al chaval en deudas no me hace gracia, prefiero firmarlo yo solo.", "no_need"),
     t("Lo entiendo, es su decisión. Firmando usted solo, a siete años con cuota anual, saldrían unos 7.300 euros cada septiembre. Le preparo los números de las dos formas, usted solo y con su hijo, para que los vea con él sin compromiso."),
     c("Eso sí. Y rapidito, que el de Medina tiene otro interesado y sin tractor no siembro.", None),
     t("Mañana a primera hora le tengo la simulación, y si le encaja, la aprobación para un socio como usted tarda unos cinco días.")],
    [o,
     t("Buenos días. Cuénteme, ¿cómo ve el futuro de su explotación?"),
     c("Pues el futuro es mi hijo, que se queda con las tierras. Yo lo que necesito ahora es el tractor, que el viejo se ha roto.", None),
     t("Entiendo. Entonces, si no me equivoco, lo que me dice es que quiere ampliar la explotación y comprar maquinaria nueva para crecer, ¿verdad?"),
     c("No, no, nueva no. Es uno de segunda mano, cuarenta y cinco mil. Y ampliar, nada.", None),
     t("Perfecto. O sea, que está descontento con la caja y se plantea llevarse las cuentas a otro banco si no le damos buenas condiciones. ¿Le he entendido bien?"),
     c("¿Yo he dicho eso? Llevo treinta años aquí. Ahora, que el año pasado otro banco me ofreció cosas, eso también es verdad.", None),
     t("Claro. Lo que escucho es que busca la cuota más baja posible a largo plazo: le propongo quince años con el seguro de vida vinculado y la tarjeta oro. ¿Lo tramitamos?"),
     c("¿A quince años, con sesenta y dos que tengo? Eso no me hace falta, y la tarjeta oro tampoco.", "no_need"),
     t("Entiendo que quiere algo más corto. Lo que me transmite es que le preocupa su jubilación; ¿ha pensado en nuestro plan de pensiones?"),
     c("Lo que me preocupa es sembrar en octubre. Mire, ya vendré cuando esté el director.", None)],
))

# 14. pitch_to_upset: funeraria (Ourense)
o = c("Hola... perdone la hora. Mi padre acaba de fallecer en el hospital y me han dicho que llame a una funeraria. No sé ni qué tengo que hacer.", None)
PAIRS.append(gpair(
    "esb6g_ourense_funeraria", "servicios funerarios (Ourense)", "pitch_to_upset",
    "Una hija llama de madrugada desde el hospital justo después de la muerte de su padre.",
    [o,
     t("Siento muchísimo lo de su padre. No se preocupe por la hora, estamos para esto. Vamos paso a paso. ¿Está usted en el hospital ahora? ¿Hay alguien con usted?"),
     c("Sí, estoy aquí con mi hermano. Ai, Dios... Mi padre tenía un seguro de decesos, creo, pero no sé de qué compañía, los papeles están en casa, en Allariz.", None),
     t("Con el seguro no hace falta que lo encuentre ahora; mañana lo buscamos y, si lo tiene, la compañía nos paga a nosotros directamente. Esta noche solo necesito que nos autoricen a recogerlo. ¿Saben si él quería entierro o incineración?"),
     c("Quería que lo enterraran en Allariz, con mi madre. Eso lo dijo siempre.", None),
     t("Entonces lo recogemos y lo llevamos al tanatorio de Allariz para que lo velen allí. Mañana a las diez la llamo, vemos juntos lo del seguro y hablamos de la misa y los horarios. ¿Este número es el mejor para llamarla?"),
     c("Sí, este. Gracias... de verdad, gracias.", None)],
    [o,
     t("Le acompaño en el sentimiento. Entiendo perfectamente cómo se siente. ¿Qué tipo de despedida le gustaría ofrecerle a su padre?"),
     c("No sé... él quería que lo enterraran en Allariz, con mi madre. Tenía un seguro de decesos, creo, pero no sé de qué compañía.", None),
     t("Comprendo. Y para que la despedida esté a la altura del cariño, le recomendaría nuestro servicio Memorial Plus: féretro de roble macizo, coronas, esquela en prensa y cuarteto de cuerda. Son 7.900 euros; los seguros normalmente no lo cubren entero."),
     c("Ahora no puedo pensar en esto, de verdad, acabo de salir de la habitación.", "no_time"),
     t("La entiendo, es un momento muy duro. Precisamente por eso, ¿ha pensado en dejar contratado su propio seguro de decesos y el de su hermano, para que a sus hijos no les pase esto? Hoy le puedo hacer un 20%."),
     c("¿Me está vendiendo un seguro ahora? Mi padre está ahí dentro... Déjelo, llamo a otra funeraria.", None)],
))

# 15. blame: internet fijo (Cochabamba, Bolivia), chat
o = c("hola, hace 3 dias q no tengo internet en mi fotocopiadora, tengo q imprimir trabajos de los universitarios y estoy perdiendo clientes. ya llame 2 veces", None)
PAIRS.append(gpair(
    "esb6g_cochabamba_internet", "proveedor de internet (Cochabamba, Bolivia), chat", "blame",
    "El dueño de una fotocopiadora junto a la universidad lleva tres días sin fibra.",
    [o,
     t("Hola, disculpe las molestias; tres días sin servicio en un negocio es mucho. Veo sus dos llamadas del lunes y el martes. ¿El módem tiene alguna luz roja o apagada? ¿Se movió algo en el local estos días?"),
     c("la luz de LOS esta roja. no movimos nada, pero el lunes estaban trabajando en el poste de la esquina los de la alcaldia", None),
     t("Eso encaja: LOS en rojo es que no llega señal por la fibra, y con obras en el poste lo más probable es que hayan dañado el cable. No es algo que usted pueda arreglar desde el local. Lo escalo ahora como avería de negocio con prioridad; el técnico va mañana antes de las 12."),
     c("mañana? y hoy q hago, tengo cola de chicos con sus tesis", None),
     t("Le entiendo. Para hoy le activo 20 GB en su línea móvil sin costo, para compartir datos del celular a la computadora de impresión. Y le descuento los días sin servicio en la factura. ¿Se lo activo?"),
     c("ya, activalo, algo es algo. pero si mañana no viene el tecnico me cambio de empresa eh", None),
     t("Activado. El técnico tiene la orden N.º 5521 para mañana de 8 a 12; si a las 12 no ha llegado, escríbame aquí y llamo yo al jefe de cuadrilla.")],
    [o,
     t("Hola, gracias por escribirnos, lamentamos su experiencia. ¿Me puede describir qué ha ocurrido exactamente?"),
     c("no hay internet hace 3 dias. la luz LOS esta roja. el lunes trabajaban en el poste de la esquina", None),
     t("Entiendo. ¿Y no será que alguien en su local desconectó el cable de fibra o movió el módem? La luz LOS suele ser por mala manipulación del cliente."),
     c("nadie toco nada, el modem esta en su sitio hace un año", None),
     t("Ok. Veo también que su última factura se pagó con 4 días de retraso. ¿Es posible que el corte sea por eso? Le recomiendo pagar a tiempo para evitar estas situaciones."),
     c("pague el 14, antes del corte, tengo el comprobante. q tiene q ver eso con el poste", None),
     t("Comprendo. Igual, si la fibra está dañada dentro de su local, la visita técnica cuesta 120 Bs, porque sería responsabilidad suya. ¿Le agendo la visita?"),
     c("no voy a pagar 120 por algo q rompieron ustedes o la alcaldia. quiero hablar con un supervisor", None)],
))

# 16. monologue: semillas y agroinsumos (Huancayo, Perú)
o = c("Buenos días, joven. Quería preguntar por semilla de papa, de la certificada. Tengo una hectárea por Chupaca y el año pasado la helada me malogró casi todo.", None)
PAIRS.append(gpair(
    "esb6g_huancayo_semillas", "tienda de semillas y agroinsumos (Huancayo, Perú)", "monologue",
    "Un agricultor de papa de altura, golpeado por la helada, busca semilla certificada.",
    [o,
     t("Buenos días, señor. Qué pena lo de la helada. ¿Qué variedad sembró el año pasado, y a qué altura está su chacra?"),
     c("Yungay sembré. La chacra está alto, como a 3.600. Y quiero sembrar en octubre nomás.", None),
     t("A 3.600 y con helada, la Yungay sufre. Hay variedades más tolerantes al frío, aunque rinden algo menos. Para una hectárea necesitaría unos 2.000 kilos de semilla. ¿Qué le importa más, que aguante la helada o que rinda más para vender en el mercado?"),
     c("Que aguante, joven. Otro año así no aguanto yo. Pero la certificada es cara, ¿no? A mí me alcanza para la mitad nomás.", "no_money"),
     t("Sí, la certificada cuesta más, unos 2,20 el kilo. Puede sembrar media hectárea con certificada tolerante y la otra mitad con su propia semilla seleccionada; así el año que viene ya tiene su semilla buena. Le anoto los kilos y el precio para que lo vea con calma."),
     c("Ya, así me parece. Anótemelo y paso el sábado con la plata.", None)],
    [o,
     t("¡Buenos días, señor! Qué buena decisión venir donde nosotros. ¿Qué busca para esta campaña? Porque le cuento: tenemos semilla certificada de Yungay, Canchán, Única, fertilizantes, fungicidas para la rancha, el bioestimulante nuevo que está buenazo, y mochilas fumigadoras en oferta..."),
     c("Ya, pero lo mío es la helada, joven...", None),
     t("¡Claro, claro! Para eso está el Antihelada Plus, foliar, 180 soles el litro, y conviene combinarlo con el abono foliar y con la Canchán, que es la que más rinde, todos se la llevan. Y si lleva dos sacos de abono le regalo una gorra..."),
     c("La Canchán a mi altura se hiela. Y 180 el litro, uy, no me alcanza, joven.", "no_money"),
     t("Pero ojo, que el año pasado el que no aplicó perdió todo, ¿ah? Y además tenemos crédito con la cooperativa: semilla, abono, mochila, todo en un paquete, se lo armo ahorita y lo paga en la cosecha, ¿ya? ¿Qué más le pongo?"),
     c("No, joven. Mejor voy a otra tienda, donde me pregunten a qué altura siembro.", None)],
))

# 17. closing_as_open_question: clínica dental, implante (Donostia / San Sebastián)
o = c("Kaixo, buenas. Me falta una muela de abajo desde hace un año y el dentista de la mutua me dijo que me pusiera un implante. Quería una segunda opinión, que a un amigo se le cayó el suyo a los dos años.", "bad_experience")
PAIRS.append(gpair(
    "esb6g_donostia_implante", "clínica dental (Donostia-San Sebastián)", "closing_as_open_question",
    "Un hombre de 58 años pide segunda opinión sobre un implante; un amigo perdió el suyo.",
    [o,
     t("Buenas. Hace bien en pedir segunda opinión. Lo de su amigo pasa a veces, y suele tener que ver con el hueso, el tabaco o las encías. ¿Usted fuma? ¿Le sangran las encías al cepillarse?"),
     c("Fumé hasta hace cinco años. Las encías sí, un poco, sobre todo de ese lado.", None),
     t("Entonces, antes de hablar de implante miraría dos cosas: el hueso que queda y la encía, porque con la encía inflamada un implante tiene más riesgo de fallar, que seguramente es lo que le pasó a su amigo. ¿Le molesta al masticar no tener esa muela?"),
     c("Molestar no mucho, mastico del otro lado. ¿Y el escáner cuánto cuesta? Porque la mutua ya me hizo uno.", None),
     t("Si ese escáner es de este año, tráigamelo y no lo repetimos. El primer paso sería una limpieza de encías, 90 euros, y revisarlas en un mes. Si la encía está sana y el hueso da, hablamos del implante, que ronda los 1.200. Y si decide no ponerlo, porque mastica bien, también es una opción."),
     c("Me parece sensato. Le traigo el escáner la semana que viene y pedimos hora para la limpieza.", None)],
    [o,
     t("¡Kaixo! Bienvenido. Cuénteme, ¿qué significaría para usted volver a masticar con total confianza?"),
     c("Pues bien, claro. Pero lo que me preocupa es lo de mi amigo, que se le cayó a los dos años. No quiero pasar por lo mismo.", "bad_experience"),
     t("Lo entiendo totalmente. Con nuestra garantía de por vida eso no pasa. Dígame, ¿prefiere que hagamos la cirugía el martes o el jueves?"),
     c("Un momento, que yo venía a que me dijerais qué opinabais. Ni me habéis mirado la boca.", None),
     t("Por supuesto, se la miramos el día de la cirugía. Tenemos financiación a 24 meses sin intereses: ¿cómo le gustaría pagarlo, con tarjeta o financiado?"),
     c("No sé ni cuánto cuesta, ¿cómo voy a saber cómo pagarlo? Esto me lo tengo que pensar mucho.", "think_it_over"),
     t("Son 1.650 todo incluido. ¿Qué necesitaría escuchar ahora mismo para dejar la señal hoy y asegurar la fecha?"),
     c("Nada. 1.650 sin mirarme la boca, cuando en la mutua me lo dejaban en 1.200. Agur.", "too_expensive")],
))

# 18. pitch_as_paraphrase: tienda de telefonía móvil (Córdoba)
o = c("Buenas. Mire, es para mi padre, que tiene ochenta y cuatro años y vive solo en Montilla. Queremos que tenga un móvil por si se cae o algo, pero él con los teléfonos modernos no se apaña.", None)
PAIRS.append(gpair(
    "esb6g_cordoba_movil", "tienda de telefonía móvil (Córdoba)", "pitch_as_paraphrase",
    "Un hijo busca un móvil sencillo para su padre de 84 años que vive solo en un pueblo.",
    [o,
     t("Buenas. ¿Qué tendría que poder hacer él con el móvil? ¿Solo llamar y que le llamen, o también WhatsApp, fotos con los nietos...? ¿Y qué tal oye?"),
     c("Llamar nada más, y que oiga, que está algo sordo. Ah, y que tenga un botón de esos de emergencia. Fotos ni le interesan.", None),
     t("Vale: solo llamadas, volumen alto y botón de emergencia. Hay teléfonos de teclas grandes, compatibles con audífono, con un botón SOS que llama a tres números que usted elija. Unos 60 euros. Y una tarifa solo de voz, de 6 euros al mes, le basta."),
     c("Ah, pues bien. Aunque mi hermana dice que mejor un smartphone para hacerle videollamadas. No sé.", "think_it_over"),
     t("Es una duda normal. El smartphone da videollamadas, pero si él no se apaña, el riesgo es que no lo use ni lo coja cuando le llaméis. Una opción: el sencillo para él, y las videollamadas desde la tablet cuando vayáis a verle. Tiene 14 días para devolverlo si no le va."),
     c("Eso está bien. Me llevo el de teclas y el domingo se lo enseño, a ver qué tal.", None)],
    [o,
     t("¡Buenas! Qué bonito que pienses en tu padre. Cuéntame, ¿cómo es su día a día con la tecnología?"),
     c("Pues nada, con los teléfonos modernos no se apaña. Él solo quiere llamar, y oye regular.", None),
     t("Entonces, lo que me estás diciendo es que necesita un smartphone con pantalla grande, como este Galaxy de 6,7 pulgadas, para verlo todo bien, ¿verdad?"),
     c("No, no, pantalla táctil no, que no sabe. Teclas, que las note con el dedo.", "no_need"),
     t("Te entiendo. O sea, que lo que buscas es tranquilidad para toda la familia: la tarifa Familia Conectada, 4 líneas con 100 GB compartidos por 55 euros. ¿Lo he entendido bien?"),
     c("Que no, hombre, si él no usa datos. Y nosotros ya tenemos cada uno lo suyo, estamos bien como estamos.", "no_need"),
     t("Perfecto. Entonces, si resumo, lo que quieres es un buen móvil también para ti, para estar en contacto con él; tenemos el iPhone con 0 euros de entrada..."),
     c("Yo no he dicho nada de eso. Bueno, gracias, ya me paso otro día.", "brush_off")],
))

# 19. upsell_as_loop_closing: escuela de conducción (Guayaquil, Ecuador), chat
o = c("hola buenas, cuanto cuesta el curso para licencia tipo b? y si tienen horarios sabados", None)
PAIRS.append(gpair(
    "esb6g_guayaquil_conduccion", "escuela de conducción (Guayaquil, Ecuador), chat", "upsell_as_loop_closing",
    "Un universitario de 19 años pregunta por el curso de licencia tipo B en sábados.",
    [o,
     t("¡Hola! El curso de licencia tipo B son 380 dólares: teoría, prácticas y trámite de exámenes. Hay grupo los sábados de 8 a 13. ¿Ya manejas algo o empezarías desde cero?"),
     c("algo se, mi papa me enseño en su carro en la ciudadela, pero nunca en avenida", None),
     t("Bien, ya tienes base. Las prácticas en avenida y en la Perimetral te van a servir para perderle el miedo al tráfico. ¿Los sábados te cuadran con el trabajo o los estudios?"),
     c("estudio de lunes a viernes en la u. pero 380 es bastante, en otra escuela me dijeron 320", "too_expensive"),
     t("Sí, hay escuelas más baratas. Aquí las 15 horas de práctica son individuales, no compartes el carro con otro alumno. Si te ayuda, lo puedes pagar en dos partes: 190 al inscribirte y 190 a mitad del curso."),
     c("en 2 partes si me sirve. el proximo sabado me inscribo entonces", None),
     t("Perfecto, te espero el sábado a las 8 con tu cédula y el certificado de tipo de sangre. Cualquier duda me escribes por aquí.")],
    [o,
     t("¡Hola! Bienvenido. El curso B son 380 y tenemos sábados. Antes de cerrar, ¿qué más te puedo añadir para que tu experiencia sea completa? ¿El paquete de 10 horas extra de práctica por 150?"),
     c("no, ya se manejar algo, mi papa me enseño", "no_need"),
     t("Genial. ¿Y algo más que necesites? Muchos alumnos se llevan el curso de manejo defensivo, 90 dólares, con certificado que sirve para el seguro."),
     c("no tengo carro todavia, no necesito seguro", "no_need"),
     t("Perfecto. Para cerrar el círculo, ¿te agrego el trámite express de la licencia, 60 dólares, y te la entregan en una semana?"),
     c("cuanto es todo eso? yo tengo 320 nomas, no me alcanza ni para lo basico", "no_money"),
     t("Entiendo. ¿Algo más en lo que te pueda ayudar hoy?"),
     c("no, gracias. ya veo", "brush_off")],
))

# 20. leading_tag_questions: clínica veterinaria (Santa Cruz de Tenerife)
o = c("buenas mi niño, tengo una gatita de 6 meses q se me escapa a la azotea y mi vecina me dijo q la castrara. cuanto me sale eso?", None)
PAIRS.append(gpair(
    "esb6g_tenerife_gata", "clínica veterinaria (Santa Cruz de Tenerife), WhatsApp", "leading_tag_questions",
    "Una señora pregunta por esterilizar a su gata joven; perdió otra gata en una operación.",
    [o,
     t("Buenas. La esterilización de una gata son 120 euros, con analítica previa, anestesia y el collar. ¿Está sana, come bien? ¿Y ya ha estado en celo, la nota maullando de noche?"),
     c("sana si. y en celo creo q esta ahora, q esta como loca maullando toda la noche. lo q me da miedo es la anestesia, q otra gata se me murio en una operacion hace años, en otra clinica", "bad_experience"),
     t("Siento lo de su otra gata; es normal que le dé miedo. Por eso hacemos la analítica antes, para ver que riñón e hígado están bien, y una auxiliar la vigila durante toda la anestesia. En una gata joven y sana el riesgo es muy bajo, aunque cero no es. Si está en celo, mejor esperar a que se le pase. ¿Qué días puede traerla?"),
     c("trabajo de mañana en el mercado de nuestra señora de africa, los martes libro", None),
     t("Pues el martes 14: la trae en ayunas a las 8:30 y la recoge a las 17:00. Y si ese día sigue en celo, la pasamos a la semana siguiente sin problema."),
     c("vale mi niño, apunteme el martes", None)],
    [o,
     t("¡Buenas! Usted quiere lo mejor para su gatita, ¿verdad que sí?"),
     c("claro mi niño. pero me da miedo la anestesia, q una gata se me murio en una operacion en otra clinica", "bad_experience"),
     t("Entiendo. Por eso usted va a querer la esterilización por laparoscopia, que es la más segura, 290 euros. No se va a arriesgar por ahorrar, ¿no?"),
     c("290?? en la protectora me dijeron q x 90 me la hacen", "too_expensive"),
     t("Ya, pero usted no es de las que lleva a su gata a cualquier sitio, ¿a que no? Y le ponemos también el microchip y la trivalente, que no los tiene, ¿verdad?"),
     c("si los tiene, se los pusieron en la protectora cuando la adopte. dejeme q lo piense", "think_it_over"),
     t("Claro. Pero el martes es el único hueco libre, así que se lo reservo, ¿verdad que sí?"),
     c("no, el martes no. ya le escribo yo", "brush_off")],
))

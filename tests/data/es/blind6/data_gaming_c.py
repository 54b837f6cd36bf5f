"""Gaming pairs, part C (esb6). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 21. putdown_question: cooperativa de microcrédito (Puno, Perú)
o = c("Buenos días, señor. Vengo porque me han llamado de la cooperativa, que estoy atrasada dos cuotas. No es que no quiera pagar, es que no ha venido turista al puerto y no he vendido mis chompas.", None)
PAIRS.append(gpair(
    "esb6g_puno_microcredito", "cooperativa de microcrédito (Puno, Perú)", "putdown_question",
    "Una artesana de chompas de alpaca, atrasada dos cuotas en temporada baja, viene a la oficina.",
    [o,
     t("Buenos días, señora, gracias por venir en persona, eso ayuda mucho. Veo que hasta marzo pagó todas sus cuotas puntual. ¿Cómo le van las ventas durante el año, hay meses buenos y meses flojos?"),
     c("Sí, pues. De junio a agosto vendo bien, vienen los gringos al lago. Ahora en febrero, marzo, nada, con las lluvias. Y encima se enfermó mi mamá.", None),
     t("Entonces sus ingresos van por temporada, ahora está en la baja y además con su mamá enferma. Le puedo ofrecer reprogramar: pasar las dos cuotas atrasadas al final del préstamo, bajarle la cuota hasta mayo y de junio a agosto pagar un poco más. Así no le siguen sumando intereses de mora."),
     c("¿Y eso cuánto me sale? Porque ahorita ni para la cuota chiquita tengo, señor.", "no_money"),
     t("Hasta mayo serían 80 soles al mes en vez de 210, y de junio a agosto, 290. Reprogramar no le cuesta nada. ¿Le alcanzaría con 80 mientras tanto?"),
     c("80 sí, eso sí puedo, vendiendo en la feria del domingo. Ya, hagámoslo.", None),
     t("Perfecto. Firmamos hoy la reprogramación y le doy su cronograma nuevo impreso. Y si en mayo vuelve a estar difícil, venga antes de atrasarse y lo conversamos.")],
    [o,
     t("Buenos días. A ver, señora, usted sabe lo que significa firmar un préstamo, ¿no? ¿Cuál es el motivo real de su atraso?"),
     c("Claro que sé, señor. Ya le dije: no ha venido turista y mi mamá se enfermó.", None),
     t("Ya. ¿Y no le parece que eso lo tendría que haber pensado antes de endeudarse? ¿Cómo pensaba pagar, entonces?"),
     c("Siempre he pagado puntual, revise nomás. Es la temporada, pues.", None),
     t("Entiendo lo que siente. ¿Y usted cree que los demás socios no tienen problemas y aun así pagan? ¿Qué me propone?"),
     c("Que me bajen la cuota unos meses. Ahorita no tengo ni para la cuota chiquita.", "no_money"),
     t("¿Bajarle la cuota? ¿Y por qué a usted sí y a los demás no? ¿No será que se lo gasta en otras cosas?"),
     c("Ay, señor, me está faltando el respeto. Quiero hablar con la señorita que me atendió la primera vez.", None)],
))

# 22. not_my_department_or_read_the_terms: servicio municipal de aguas (Cartagena, Murcia)
o = c("Buenos días. Me ha llegado un recibo del agua de 480 euros, cuando yo pago 40. Tenía una fuga debajo del fregadero que ni me enteré, y ya me la ha arreglado el fontanero. ¿Qué puedo hacer?", None)
PAIRS.append(gpair(
    "esb6g_cartagena_agua", "servicio municipal de aguas, oficina de atención (Cartagena, Murcia)", "not_my_department_or_read_the_terms",
    "Una viuda con pensión mínima reclama un recibo de agua disparado por una fuga oculta ya reparada.",
    [o,
     t("Buenos días. Vaya susto. Para fugas ocultas hay una bonificación: el exceso se cobra al precio del primer tramo, no del último, que es lo que lo ha disparado. ¿Tiene la factura del fontanero donde ponga que era una fuga y la fecha del arreglo?"),
     c("Sí, la tengo en el móvil. La arregló el día 12. Pero yo 480 euros no los tengo, ¿eh? Que soy viuda y cobro la mínima.", None),
     t("Lo entiendo. Le tramito ahora la solicitud con esa factura. Mientras se resuelve, el recibo queda en suspenso y no se le corta el agua. Con la bonificación, por su consumo, se quedaría en unos 130. Y si aun así le cuesta, se puede fraccionar en seis meses."),
     c("¿130? Bueno, eso ya es otra cosa. ¿Y cuánto tarda?", None),
     t("Suele tardar un mes. Le doy el número de expediente y le llamamos nosotros cuando esté. Si le llega algún aviso de corte mientras tanto, llame a este teléfono y lo paramos."),
     c("Pues muchas gracias, acho, que venía con el corazón en un puño.", None)],
    [o,
     t("Buenos días, gracias por su visita. Entiendo su preocupación. ¿Qué necesita exactamente hoy?"),
     c("Pues que me revisen el recibo, que es de una fuga que ya está arreglada.", None),
     t("Le entiendo perfectamente. Pero eso es de lectura de contadores, que no es mi departamento; yo llevo altas y bajas. El consumo es el que marca el contador. ¿Algo más?"),
     c("¿Y dónde está lectura de contadores? Porque aquí en la ventanilla pone 'Atención al cliente'.", None),
     t("Lectura se gestiona por la web. Además, según el reglamento del servicio, artículo 42, las instalaciones interiores son responsabilidad del abonado. Viene en el contrato que firmó. ¿Lo tiene a mano?"),
     c("Yo no firmé nada, el contrato era de mi marido, que en paz descanse. Y 480 euros no los tengo.", None),
     t("Lo siento mucho, pero yo no hago las normas. Puede presentar una instancia por registro. ¿Le ha quedado todo claro?"),
     c("Clarísimo: que aquí nadie me ayuda. Me voy a la oficina del consumidor.", None)],
))

# 23. social_proof_or_deadline_pressure: seguro de decesos de una funeraria (pueblo de Jaén)
o = c("Buenas tardes. Mire, yo tengo el seguro de los muertos, el de decesos, con otra compañía desde hace veinte años, y este año me lo han subido a 48 euros al mes. Quería ver qué tienen ustedes.", None)
PAIRS.append(gpair(
    "esb6g_jaen_decesos", "funeraria y seguro de decesos (Martos, Jaén)", "social_proof_or_deadline_pressure",
    "Un jubilado de 70 años, harto de la subida de su póliza de decesos, pregunta en la funeraria del pueblo.",
    [o,
     t("Buenas tardes. Es muy habitual que suba con la edad, sí. Antes de comparar: ¿qué le cubre el suyo? ¿Es solo para usted o también para su mujer? ¿Sabe qué capital tiene asegurado?"),
     c("Para mí y para mi mujer. Lo del capital no sé, tendría que mirar la póliza. Lo que sí sé es que con la pensión, 48 euros se notan, ¿eh?", None),
     t("Se notan, claro. Le voy a ser franco: a sus setenta años, si deja una póliza de veinte años y empieza otra, lo normal es que le salga más cara, no más barata. Lo que sí puede es pedir a su compañía que revise el capital si está por encima de lo que cuesta un entierro aquí, que ronda los 3.500."),
     c("Hombre, pues no me esperaba que me dijera eso. ¿Entonces ustedes no me ofrecen nada?", None),
     t("Si me trae la póliza se la miro sin compromiso, y le digo si le compensaría algo nuestro o quedarse con la suya. Si lo mejor es quedarse, se lo digo igual."),
     c("Pues mire, se la traigo el jueves, que viene mi hijo y me trae en coche.", None)],
    [o,
     t("¡Buenas tardes! Qué buena decisión revisar su seguro. Cuénteme, ¿qué es lo que más le importa para su tranquilidad y la de su familia?"),
     c("Pues que a mis hijos no les cueste nada cuando me muera, y pagar menos, que 48 al mes con la pensión se notan.", None),
     t("Le entiendo. Mire, en el pueblo ya se han cambiado con nosotros más de cuarenta familias este año; su vecino, el de la farmacia, también. Le puedo dejar la póliza en 39 euros para los dos."),
     c("¿39? ¿Y me respetan los veinte años que llevo pagando en la otra?", None),
     t("Eso es lo de menos, lo importante es lo que va a ahorrar. Pero esta tarifa es solo hasta el viernes, que el lunes suben las primas para mayores de setenta. ¿Se la preparo para firmar mañana?"),
     c("Hombre, tan deprisa no. Tengo que hablarlo con mi mujer y con mis hijos, que esto es para muchos años.", "think_it_over"),
     t("Claro, pero piense que medio pueblo lo ha hecho ya y nadie se ha arrepentido. El viernes se acaba, ¿eh? ¿Qué me dice?"),
     c("Que usted dice que los veinte años son lo de menos, y para mí no lo son. Me quedo con la mía.", "no_need")],
))

# 24. keyword_stuffed: cooperativa de ahorro y crédito (Ambato, Ecuador)
o = c("Buenos días. Tengo una panadería en el centro de Ambato y los clientes cada vez me piden pagar con tarjeta o con transferencia. Quería ver si la cooperativa me da eso del datáfono.", None)
PAIRS.append(gpair(
    "esb6g_ambato_cooperativa", "cooperativa de ahorro y crédito (Ambato, Ecuador)", "keyword_stuffed",
    "Un panadero quiere empezar a cobrar con tarjeta o transferencia.",
    [o,
     t("Buenos días. Sí, tenemos datáfono y también cobro con código QR. ¿Más o menos cuántas ventas hace al día y de cuánto es una venta normal? Así le digo qué le conviene."),
     c("Unas doscientas, pero chiquitas, de 50 centavos, un dólar, el pan del desayuno. Con tarjeta serán unas veinte al día, de cinco o diez dólares, los pasteles.", None),
     t("Entonces casi todo son ventas de centavos y unas veinte más grandes. Para el pan le conviene el QR, que no cobra comisión al negocio hasta 3.000 dólares al mes. El datáfono tiene 2,5% por venta y 8 dólares de alquiler; solo compensa si mucha gente le pide tarjeta."),
     c("Ya me pasó con un banco que me pusieron un aparato y me cobraban mantenimiento aunque no lo usara. No quiero que me vuelva a pasar.", "bad_experience"),
     t("Con razón. Por eso empezaría solo con el QR, que no tiene mantenimiento ni permanencia. Lo prueba un mes; si le siguen pidiendo tarjeta para los pasteles, ponemos el datáfono, que se puede devolver sin penalidad."),
     c("Eso me gusta más. ¿Qué documentos traigo?", None),
     t("El RUC, su cédula y una planilla de luz del local. Con eso, en media hora le dejo el QR impreso para pegar en el mostrador.")],
    [o,
     t("¡Buenos días! Qué gusto. En la cooperativa creemos en relaciones de éxito con nuestros socios. Para entender sus necesidades: ¿cómo se siente hoy con la experiencia de pago de sus clientes?"),
     c("Pues... me piden tarjeta y transferencia, y yo solo recibo efectivo. Son ventas chiquitas, de centavos.", None),
     t("Entiendo perfectamente lo que siente. Lo que escucho es que su necesidad es transformar la experiencia de su cliente y construir una relación de confianza a largo plazo. ¿Le entendí bien?"),
     c("Sí... supongo. Pero ¿cuánto me cobran por el aparato? Porque un banco ya me cobraba mantenimiento aunque no lo usara, y de eso no quiero más.", "bad_experience"),
     t("Gracias por compartir su experiencia, es muy valiosa para nosotros. Nuestro compromiso es acompañarle en su camino al éxito con soluciones integrales pensadas en sus necesidades y su tranquilidad. ¿Cómo se siente con eso?"),
     c("Joven, yo lo que quiero es un precio. Por mes, por venta, lo que sea.", None),
     t("Totalmente, entiendo su necesidad. Le comparto nuestra propuesta de valor: un ecosistema de pagos exitoso que fortalece la relación con su cliente. ¿Hay algo más que pueda hacer por usted hoy?"),
     c("No, gracias. Ya le pregunto a mi sobrino, que trabaja en un banco.", "brush_off")],
))

# 25. rude: clínica dental, urgencia (Granada)
o = c("hola buenas, tengo un dolor de muela q no he dormido en toda la noche y la cara hinchada. me podeis ver hoy?", None)
PAIRS.append(gpair(
    "esb6g_granada_dental", "clínica dental (Granada), WhatsApp", "rude",
    "Un estudiante universitario escribe por WhatsApp con dolor de muela e hinchazón y pide cita urgente.",
    [o,
     t("Hola, vaya noche. Vamos a intentar verte hoy. ¿La hinchazón es en la mejilla o por debajo de la mandíbula? ¿Tienes fiebre o te cuesta tragar?"),
     c("en la mejilla, de una muela de abajo. fiebre creo q no. tragar bien", None),
     t("Vale, no parece de ir al hospital, pero hay que verlo hoy. Tengo hueco a las 13:30 o a las 18:00. La visita de urgencia son 40 euros, con radiografía."),
     c("a las 13:30 tengo examen en la facu, asi q a las 6. y son 40 si o si? es q soy estudiante y voy pelao", "no_money"),
     t("Lo entiendo. Los 40 incluyen la radiografía, que es lo que nos dice qué pasa. Si luego hace falta tratamiento, te doy el presupuesto antes de hacer nada y se puede pagar a plazos. Hasta las seis, ibuprofeno cada ocho horas si no eres alérgico, y frío por fuera, nunca calor."),
     c("vale, a las 6 entonces. y gracias de verdad, q estaba agobiadisimo", None)],
    [o,
     t("a ver, q te pasa? rapido q tengo la sala llena"),
     c("perdona, es q me duele muchisimo una muela, tengo la cara hinchada", None),
     t("ya, como todos los q escriben. y xq no has venido antes en vez de esperar a estar asi? tengo a las 13:30, 40€"),
     c("a las 13:30 no puedo, tengo examen en la facu. no hay nada por la tarde?", "no_time"),
     t("pues elige: el examen o la muela. a las 6, y si no te gusta ya sabes. algo mas o q?"),
     c("no hace falta hablarme asi. me apuntas a las 6 o no?", None),
     t("q si, pesado. y trae los 40 en efectivo q aqui no fiamos"),
     c("mira, dejalo. me voy a urgencias del hospital", None)],
))

# 26. ignored_customer: mudanzas, traslado de piano (Vigo), chat
o = c("buenas, necesito presupuesto para mudar un piano vertical del casco vello a teis. el piso es un 4 sin ascensor y la calle es peatonal, no entra camion", None)
PAIRS.append(gpair(
    "esb6g_vigo_piano", "empresa de mudanzas (Vigo), chat", "ignored_customer",
    "Una clienta quiere trasladar el piano de su abuela desde un cuarto piso sin ascensor en una calle peatonal.",
    [o,
     t("buenas! gracias x escribir. para darte un precio bien: q marca es y cuanto pesa mas o menos el piano? la escalera es recta o tiene giros estrechos? y en teis hay ascensor?"),
     c("es un petrof de mi abuela, unos 230 kilos. la escalera es antigua, de piedra, con un giro estrecho en el 2. en teis hay ascensor pero pequeño", None),
     t("vale: petrof de 230 kg, escalera de piedra con giro estrecho en el 2, calle peatonal y ascensor pequeño en destino. un vertical casi nunca cabe en un ascensor pequeño, asi q alli tb iria x escalera. para la calle peatonal pedimos permiso al concello para entrar con furgo x la mañana. antes de cerrar precio me gustaria ver ese giro del 2"),
     c("y mas o menos cuanto? q me han dicho q mover pianos es carisimo", None),
     t("con lo q me cuentas, entre 350 y 450€ con seguro del piano incluido. el precio cerrado te lo doy tras la visita, q es gratis. te viene bien el jueves x la tarde?"),
     c("el jueves trabajo hasta las 8, ese dia imposible. el sabado por la mañana si", "no_time"),
     t("perfecto, el sabado a las 10 paso yo mismo. llevo metro para medir el giro y ese mismo dia te dejo el presupuesto x escrito"),
     c("genial, gracias!! ese piano es muy importante para mi", None)],
    [o,
     t("buenas!! encantados de ayudarte. cuentame, q es lo mas importante para ti en esta mudanza?"),
     c("q el piano llegue bien, era de mi abuela. la escalera tiene un giro muy estrecho en el 2 y la calle es peatonal", None),
     t("perfecto, lo tenemos claro! nuestra mudanza estandar incluye camion de 20 m3 con plataforma elevadora y 3 operarios. son 690€. q te parece?"),
     c("pero si el camion no entra en la calle, ya te lo dije. y es solo el piano, no necesito 20 metros", "no_need"),
     t("entendido. ademas te podemos subir el piano en el ascensor de destino, asi es mas rapido y barato. te lo reservo para el lunes?"),
     c("el ascensor es pequeño, un piano no cabe. te estoy diciendo las cosas y no las lees", None),
     t("gracias x tu feedback, tu opinion es muy importante para nosotros 🙏 te mando entonces la reserva del lunes?"),
     c("no gracias, prefiero alguien q escuche. adios", None)],
))

# 27. repeated_questions: catering para empresas (polígono de Villalonquéjar, Burgos)
o = c("Buenos días, llamo de una empresa de componentes del polígono de Villalonquéjar. Queremos dar servicio de comida a la plantilla, unas sesenta personas en dos turnos, y estamos pidiendo presupuestos.", None)
PAIRS.append(gpair(
    "esb6g_burgos_catering", "catering para empresas (Burgos)", "repeated_questions",
    "La responsable de personal de una fábrica pide presupuesto de comida caliente para dos turnos.",
    [o,
     t("Buenos días, encantado. ¿Tienen comedor con office, o habría que llevarlo todo preparado en caliente? ¿Y a qué hora come cada turno?"),
     c("Hay comedor con microondas y una nevera, nada más. El turno de mañana come a las 13:00 y el de tarde a las 21:30. Ahora cada uno se trae su tartera.", None),
     t("Entonces lo llevamos en caliente, en contenedores isotérmicos, a las 12:45 y a las 21:15. Con primero, segundo, postre y pan, sale a 7,80 el menú. ¿Quién lo pagaría? Si es voluntario y lo paga el trabajador, suele apuntarse la mitad."),
     c("La empresa pondría la mitad y el trabajador la otra. Pero 7,80 me parece alto; otra empresa de Burgos nos ha dado 6,90.", "too_expensive"),
     t("Puede ser, es un precio razonable. Le pregunto: ¿el de 6,90 incluye el turno de noche? Muchos no lo hacen porque el reparto a las nueve y media no les compensa. Si lo incluye, compárelo bien. Nosotros sí, y le propondría un mes de prueba sin permanencia."),
     c("Pues eso no lo sé, lo tengo que preguntar. Mándeme la propuesta por escrito y la llevo al comité la semana que viene.", "think_it_over"),
     t("Hoy mismo se la mando, con el menú de cuatro semanas y los alérgenos. Si le sirve, el día de la reunión les llevamos una degustación.")],
    [o,
     t("Buenos días, gracias por pensar en nosotros. Para entender bien sus necesidades: ¿cómo es el día a día de sus trabajadores?"),
     c("Pues dos turnos, unos sesenta en total. Comen a la una y a las nueve y media de la noche. Hay comedor con microondas.", None),
     t("Perfecto. Y contándome un poco más, ¿cuáles son sus necesidades de alimentación como empresa?"),
     c("Pues eso, que coman caliente los dos turnos. Sesenta personas.", None),
     t("Muy bien. ¿Y qué es lo que buscan exactamente en un servicio de comida para la plantilla?"),
     c("Oiga, se lo acabo de decir dos veces. Comida caliente, dos turnos, sesenta personas. ¿Me da un precio?", None),
     t("Claro, ya llegamos al precio. Antes, para asegurarme: ¿cuántas personas comen y en qué turnos?"),
     c("Mire, ya me lo mandará por correo si eso. Adiós.", "brush_off")],
))

# 28. wrong_paraphrase: agroquímicos (San Julián, Santa Cruz, Bolivia), WhatsApp
o = c("buenas, tengo 50 ha de soya en san julian y el yuyo colorado ya no se muere con glifosato. q me recomiendan?", None)
PAIRS.append(gpair(
    "esb6g_santacruz_agro", "casa agropecuaria (Santa Cruz, Bolivia), WhatsApp", "wrong_paraphrase",
    "Un productor de soya con maleza resistente y poco dinero por la sequía pide recomendación.",
    [o,
     t("Buenas! Eso ya es muy común en la zona, el yuyo se hizo resistente. ¿En qué etapa está la soya y qué altura tiene el yuyo? ¿Fumiga con equipo propio?"),
     c("la soya tiene 3 hojas. el yuyo ya esta grande, como de 20 cm. tengo mochila y un pulverizador de arrastre viejo", None),
     t("Con yuyo de 20 cm se complica: lo que sirve en soya funciona bien con maleza chica, hasta 8-10 cm. Le puedo recomendar un post-emergente, pero en plantas tan grandes quizá le controle la mitad. Para la próxima campaña lo que más rinde es un preemergente al sembrar."),
     c("y cuanto me sale para las 50 ha? la plata esta justa este año, con la sequia", "no_money"),
     t("Unos 14 dólares de producto por hectárea, 700 las 50. Siendo honesto, con la plata justa yo no fumigaría las 50, solo los lotes donde el yuyo está más denso. ¿Sabe cuáles son los peores?"),
     c("si, los de abajo cerca del curichi, como 20 ha. ya, dame para esas 20 y la semana q viene paso a recoger", None),
     t("Listo, le separo producto para 20 ha (280 dólares) y le mando por aquí la dosis y cómo calibrar el pulverizador.")],
    [o,
     t("Buenas! Gracias por escribir. Cuénteme, ¿cómo le está yendo la campaña?"),
     c("mal, el yuyo no muere con glifosato y encima la sequia. la soya tiene 3 hojas y el yuyo 20 cm", None),
     t("Entiendo. O sea que, si le entendí bien, quiere cambiar todo su paquete de herbicidas y pasarse a nuestro programa premium para soya, ¿correcto?"),
     c("no dije eso. quiero algo para el yuyo nomas, y la plata esta justa", "no_money"),
     t("Claro. Lo que me dice entonces es que piensa ampliar a más hectáreas el año que viene y necesita un plan de financiamiento, ¿verdad?"),
     c("q? no amplio nada, con la sequia apenas llego. ud lee lo q le escribo?", None),
     t("Perfecto, entonces para resumir: necesita fumigar las 50 ha con nuestro paquete completo, 35 dólares por hectárea. ¿Se lo preparo?"),
     c("35 x ha es mucho, en la agropecuaria de al lado me lo dejan en la mitad. mejor voy alla", "too_expensive")],
))

# 29. pitch_to_upset: clínica veterinaria (Trujillo, Perú)
o = c("Doctora, disculpe... el Bobby se está muriendo, ya no come hace tres días y no se para. Tiene quince años. No sé qué hacer, mis hijos están llorando.", None)
PAIRS.append(gpair(
    "esb6g_trujillo_veterinaria", "clínica veterinaria (Trujillo, Perú)", "pitch_to_upset",
    "Una madre llega con su perro de quince años, muy enfermo, y sus hijos llorando.",
    [o,
     t("Lo siento mucho. Quince años es toda una vida con ustedes. Vamos a verlo ahora mismo. ¿Respira con dificultad? ¿Se queja cuando lo tocan?"),
     c("Respira rápido, doctora, y se queja cuando lo cargo. El veterinario de antes dijo que tenía un tumor, pero no quisimos operarlo por la edad.", None),
     t("Hicieron bien en pensarlo; a su edad una operación era muy arriesgada. Lo primero es darle algo para el dolor, ahora mismo. Después, con calma, le explico cómo está y qué opciones hay, incluida la de ayudarlo a irse sin sufrir si llegamos a eso. Nada se decide a la carrera."),
     c("Ay, doctora... ¿y cuánto cuesta todo eso? No tengo mucho ahorita.", "no_money"),
     t("El calmante y la consulta son 60 soles. Si llegara a hacer falta lo otro, serían 120, y eso lo vemos después. Lo importante ahora es que deje de sufrir. ¿Quiere que sus hijos estén con él mientras lo reviso?"),
     c("Sí, que pasen, que se despidan si hace falta. Gracias, doctora.", None)],
    [o,
     t("Lo siento mucho, entiendo perfectamente por lo que está pasando. ¿Qué es lo que más le preocupa ahora mismo?"),
     c("Que está sufriendo, doctora. Se queja cuando lo cargo y respira rápido.", None),
     t("Comprendo. Justamente para casos como el suyo tenemos el Plan Bienestar Senior: chequeos, análisis y vacunas por 89 soles al mes. Con el plan, esto se habría detectado antes. ¿Le interesa afiliar a Bobby y a sus otras mascotas?"),
     c("¿Un plan? Doctora, se está muriendo. No quiero ningún plan, solo que no sufra.", "no_need"),
     t("La entiendo. Y para después tenemos cremación individual con urna de madera grabada y huellita en yeso, 650 soles. Muchas familias la eligen. ¿Se la dejo reservada?"),
     c("No tengo plata para eso ahorita, y no puedo ni pensarlo. ¿Lo va a atender o no?", "no_money"),
     t("Claro, ya lo paso. ¿Le agrego también el paquete de recuerdo con fotos?"),
     c("Vámonos, hijos. Lo llevamos donde el doctor de antes.", None)],
))

# 30. blame: autoescuela (Vitoria-Gasteiz), WhatsApp
o = c("hola, he suspendido el practico por segunda vez, por no ceder el paso en una rotonda de lakua. en las clases nunca fuimos por esas rotondas. q hago ahora?", None)
PAIRS.append(gpair(
    "esb6g_vitoria_autoescuela", "autoescuela (Vitoria-Gasteiz), WhatsApp", "blame",
    "Una alumna escribe tras suspender el examen práctico por segunda vez.",
    [o,
     t("Hola, siento mucho el suspenso, sé que fastidia, y más la segunda vez. En una cosa tienes razón: si en las clases no practicamos las rotondas de Lakua, eso es cosa nuestra. ¿Qué pasó exactamente, dudaste al entrar o no viste al que venía?"),
     c("entre pq pense q el de dentro iba a salir, y no salio. el examinador freno. la verdad q las rotondas grandes me ponen nerviosa", None),
     t("Vale: te ponen nerviosa las rotondas grandes de dos carriles y dudas al leer si el de dentro sale. Te propongo dos clases solo de rotondas, en Lakua y Salburua, y esas dos no te las cobro, porque debimos hacerlas antes. Después, si te ves segura, pedimos examen."),
     c("vale, me parece justo. pero otra vez tasas de trafico? ya pague 2 veces y no me sobra el dinero", "no_money"),
     t("La tasa que pagaste daba para dos intentos y este era el segundo, así que sí, toca una nueva, 94 euros; eso no depende de nosotros. Si te viene mejor, pedimos fecha para dentro de un mes y te da tiempo a juntarla."),
     c("ok, mejor en un mes. cuando serian las clases de rotondas?", None),
     t("Martes y jueves a las 18:00, si te cuadra. Te lo confirmo hoy por aquí.")],
    [o,
     t("Hola, siento que hayas tenido esta experiencia. ¿Qué crees que ha fallado en tu examen?"),
     c("no cedi el paso en una rotonda de lakua. en las clases nunca fuimos por esas rotondas", None),
     t("Entiendo. Pero las rotondas vienen en el temario, y si no practicaste más es porque no quisiste contratar más clases. ¿No crees que el problema está ahí?"),
     c("hice todas las q me dijisteis q hacian falta. 25 clases", None),
     t("Ya, pero el examinador no suspende por nada. Si te pusiste nerviosa es algo tuyo; los demás alumnos aprueban con las mismas clases. ¿Cómo crees que podrías mejorar tu actitud?"),
     c("mi actitud? os he pagado 25 clases y 2 tasas. me estais diciendo q la culpa es mia", None),
     t("No es culpa, es responsabilidad. Te recomiendo el bono de 10 clases, 300 euros, y esta vez aprovéchalas. ¿Te lo reservo?"),
     c("ni de broma. ya os he pagado 25 clases y he suspendido 2 veces con vosotros, no pienso daros un euro mas", "bad_experience")],
))

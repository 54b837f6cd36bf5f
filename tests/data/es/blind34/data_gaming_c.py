from common import c, gpair, t
N=None;BO="brush_off";NN="no_need";NM="no_money";NT="no_time";BE="bad_experience";TH="think_it_over";TE="too_expensive"

o=c("Buenos días. Vengo a sacar el permiso de circulación y el sistema dice que tengo una multa impaga. Yo no tengo ninguna multa, oiga.",N)
C1=gpair("esb34g_municipalidad_permiso_circulacion","town hall, vehicle-permit counter","putdown_question",
"A driver renewing his car permit is blocked by a fine he says he never got.",
[o,t("Buenos días. Veamos la patente... Aparece una multa del Juzgado de Policía Local de Temuco, de agosto. ¿Anduvo por allá?"),
c("¿Temuco? Fui a ver a mi hermana, sí, pero no me llegó nada.",N),
t("A veces la notificación llega a una dirección antigua. Sin pagarla no puedo emitir el permiso, es la ley, pero le imprimo el detalle con el rol de la causa."),
c("O sea que tengo que pagar algo que ni sé si es mío. Y el permiso vence el 31.",N),
t("Entiendo la molestia. Si no es suya, el juzgado la anula; le anoto el teléfono. Si la paga online, vuelve y se lo saco al tiro, sin hacer la fila."),
c("Ya. Déme el papel entonces.",N),
t("Aquí tiene el rol y el teléfono del juzgado. Si la paga hoy, vuelva directo a esta ventanilla."),
c("Ya, gracias. Pucha que es fome esto, pero bueno.",N)],
[o,t("Buenos días. ¿Usted revisa su correo alguna vez, o cree que las multas aparecen solas? Cuénteme, ¿qué pasó exactamente?"),
c("¿Cómo que si reviso? No me ha llegado nada.",N),
t("Ya, todos dicen eso. ¿Anduvo por Temuco en agosto, o su auto se fue solo?"),
c("Oiga, más respeto. Sí, fui a ver a mi hermana.",N),
t("Entonces la multa es suya. ¿Le cuesta entender que sin pagarla no hay permiso, o se lo explico con un dibujo?"),
c("Quiero el libro de reclamos. Y su nombre.",N)])

o=c("hola, en la cartola me sale que me cobran comision todos los meses. eso es legal? nadie me explico nada cuando me afilie",N)
C2=gpair("esb34g_afp_comision_cartola","AFP, WhatsApp service","not_my_department_or_read_the_terms",
"A young member distrusts the fee on his pension statement.",
[o,t("Hola, gracias por escribir. Sí, es legal: la AFP cobra un porcentaje de tu sueldo imponible cada mes que cotizas; el tuyo es 1,27%. ¿Te lo muestro en pesos?"),
c("ya, muestrame",N),
t("Con tu sueldo de 850 mil son 10.795 al mes, descontados aparte, no de tu fondo. Otras AFP cobran menos; te paso la tabla oficial para comparar."),
c("y eso se puede negociar? 10 lucas al mes es harto pa lo que hacen",TE),
t("No se negocia, es igual para todos los afiliados. Lo que sí puedes es comparar y cambiarte si te conviene; te explico el traspaso si lo decides."),
c("ya, gracias por la honestidad. lo voy a pensar",TH)],
[o,t("Hola, gracias por contactarnos, valoramos tu confianza 🙂 Todas las condiciones están en el contrato de afiliación; te recomiendo leerlo completo."),
c("no tengo ese contrato, fue hace 10 años",N),
t("Entiendo tu inquietud. Lo descargas en la web, sección documentos. Las comisiones las define la ley, no nosotros."),
c("ya pero cuanto me cobran a mi",N),
t("Eso lo ve el área de cuentas individuales, yo no tengo acceso. ¿Hay algo más en que te pueda ayudar?"),
c("nada, no me ayudaste en nada. me cambio de afp y listo",N)])

o=c("Hola, buenas. Trabajo en turno 7x7 en la mina y quiero una camioneta 4x4 pa' bajar a Antofagasta. Ando cotizando nomás.",N)
C3=gpair("esb34g_automotora_camioneta_minero","new-car dealer (Calama)","social_proof_or_deadline_pressure",
"A miner on a 7x7 shift is pricing a 4x4 pickup for family trips.",
[o,t("Hola, bienvenido. ¿La usaría solo en carretera o también en tierra? ¿Cuántos van normalmente?"),
c("Carretera más que nada, y a la playa por tierra a veces. Voy con mi señora y dos niños.",N),
t("Entonces doble cabina. La básica está en 24 millones, la full en 29; la diferencia es más que nada confort."),
c("Con el bono de término de conflicto pensaba pagar el pie, unos 8 palos.",N),
t("Con 8 de pie, la básica queda en unas 48 cuotas de 410 mil; le imprimo la simulación con el costo total y la CAE. ¿La quiere manejar?"),
c("Sí, pero hoy no decido. Estoy viendo otra en la automotora del frente.",TH),
t("Compare tranquilo con la simulación en la mano. Le guardo el precio hasta que termine su turno, sin abono.")],
[o,t("¡Hola, bienvenido! Esta semana se llevaron seis de estas los de su misma faena. ¿Para qué la necesita usted?"),
c("Carretera, y a la playa a veces. Ando cotizando nomás.",BO),
t("Claro. Y le cuento: el bono de 2 millones es solo hasta hoy a las siete, mañana ya no está. ¿Qué le parece si la reservamos?"),
c("Hoy no puedo, subo a turno mañana temprano y no alcanzo a ver nada.",NT),
t("Por eso mismo: los que se demoran se quedan sin ella. Queda una sola full blanca y su compañero de turno ya preguntó."),
c("Que se la lleve él entonces. Yo no compro apurado.",TH)])

o=c("holaa, vendo velas y jabones por instagram y quiero mandar a regiones. tienen tarifa pa emprendedores? mando como 30 paquetes al mes",N)
C4=gpair("esb34g_courier_emprendedora","courier company, WhatsApp sales","keyword_stuffed",
"An Instagram seller wants a courier rate for fragile parcels.",
[o,t("¡Hola! Sí, hay tarifa pyme desde 20 envíos al mes. ¿Qué tamaño y peso tienen tus paquetes?"),
c("chicos, como caja de zapatos, menos de 1 kilo. lo que me preocupa es que las velas se quiebren",N),
t("Bajo 1 kg a regiones: 3.200 cada uno. Los marcamos como frágil, pero el embalaje es tuyo; te mando una guía. ¿Retiro en tu casa o sucursal?"),
c("retiro, pero en la mañana no estoy, trabajo hasta las 2",N),
t("Retiramos entre 15 y 19. Te mando el formulario pyme y la guía. ¿Partimos con un envío de prueba?"),
c("ya dale, probemos con uno a conce 😊",N)],
[o,t("¡Hola! 😊 Qué lindo tu emprendimiento. Tu experiencia es lo más importante y queremos entender tus necesidades para construir juntas una relación de éxito. ¿Qué es para ti una experiencia de envío exitosa?"),
c("que llegue po jaja. cuanto cuesta a regiones?",N),
t("¡Te entiendo totalmente! Siento que valoras la confianza. Nuestras soluciones se adaptan a cada necesidad para una experiencia 100% satisfactoria. ¿Cómo te sientes con tu proveedor actual?"),
c("no tengo proveedor, por eso pregunto. y me preocupa que las velas se quiebren",N),
t("Comprendo tu sentir 💛 Tu éxito es nuestro éxito. ¿Agendamos una llamada para entender en profundidad tus necesidades?"),
c("no gracias, estoy sola con esto y no tengo tiempo pa llamadas. veo otra empresa",NT)])

o=c("Buenos días, mijito. Disculpe, mi nieta me instaló la aplicación del banco, pero no sé ver si me llegó la pensión. ¿Me puede ayudar?",N)
C5=gpair("esb34g_banco_app_pension","bank branch, service desk","rude",
"An elderly customer asks how to check her pension deposit in the banking app.",
[o,t("Buenos días, señora. Claro, siéntese. ¿Me muestra el teléfono? ¿Se acuerda de la clave?"),
c("La tengo anotada en un papelito. Perdone, es que yo soy de las antiguas.",N),
t("No se preocupe. Entra aquí, pone la clave, y en 'Movimientos' aparece lo último. ¿Ve? Pensión, 312 mil, ayer."),
c("¡Ah, qué bueno! ¿Y esto de 'Crédito preaprobado'? Me da miedo apretar algo y quedar endeudada.",N),
t("Hace bien en tener cuidado: es publicidad, y si no lo acepta no pasa nada. ¿Le anotamos los pasos en su papelito?"),
c("Sí, por favor. Usted es un amor.",N),
t("Listo, anotados. Y lo que no conozca, no lo apriete; pregúntenos."),
c("Ya, mijito. Gracias, de verdad.",N)],
[o,t("Buenos días. A ver, ¿me pasa el teléfono? Rapidito, que hay fila."),
c("Sí, perdone... aquí tengo la clave anotada.",N),
t("¿Anotada en un papel? Bueno. Es fácil, hasta un niño lo hace. Aquí, Movimientos, ahí está la pensión. ¿Satisfecha?"),
c("Eh... ¿y cómo llego a eso de nuevo? Fue muy rápido.",N),
t("Igual que recién. Si no se acuerda, que le enseñe la nieta, yo no hago clases. ¿Algo más?"),
c("No, nada más. Ya veo que molesto.",N)])

o=c("Buenas tardes. Somos contratistas en Calama y necesitamos 40 uniformes ignífugos, 12 de ellos para mujeres. Tienen que estar en faena antes del 15.",N)
C6=gpair("esb34g_proveedor_minero_uniformes","workwear supplier for mining, email/chat","ignored_customer",
"A contractor needs flame-resistant uniforms, real women's sizes, by a deadline.",
[o,t("Buenas tardes. Confirmo: 40 uniformes ignífugos, 12 en corte femenino, en Calama antes del 15. ¿Qué norma les exige el mandante?"),
c("NFPA 2112. Y ojo con las tallas de mujer: el proveedor anterior mandó tallas de hombre más chicas y nadie las usó.",BE),
t("Pasa harto, y es un problema real. Tenemos corte femenino certificado. Le mando la tabla de tallas y dos muestras para que se las prueben antes."),
c("Las muestras sí. ¿Pero llegan a tiempo? El 15 es sí o sí.",N),
t("Las muestras llegan el lunes por bus. Si las aprueban el miércoles, el pedido llega el 13. Se lo dejo por escrito en la cotización."),
c("Perfecto. Quedo atenta a la cotización.",N)],
[o,t("Buenas tardes. Gracias por escribir. Cuénteme, ¿qué es lo más importante para ustedes en este pedido?"),
c("Que 12 sean de corte femenino de verdad, y que lleguen a Calama antes del 15.",N),
t("Muy claro. Le cotizo 40 uniformes ignífugos talla estándar unisex, despacho en 20 días hábiles desde Santiago."),
c("¿Unisex? Le acabo de decir que no. Y 20 días hábiles es después del 15.",N),
t("Entiendo. Es nuestro modelo más vendido, de excelente calidad. ¿Hay alguna otra necesidad en que le pueda ayudar?"),
c("No. Ya tuvimos un proveedor que hizo exactamente lo mismo. Busco otro.",BE)])

o=c("Hola, buenas tardes. Quería cotizar frenillos. Tengo 34 años, ¿se puede a esta edad?",N)
C7=gpair("esb34g_clinica_dental_frenillos","dental clinic, phone","repeated_questions",
"An adult asks whether braces are possible at 34 and what they cost.",
[o,t("Hola, buenas tardes. Sí, a cualquier edad. ¿Qué le molesta de sus dientes hoy?"),
c("Los de abajo están montados y me cuesta limpiarlos. Y en las fotos me da vergüenza sonreír.",N),
t("Lo de la limpieza importa, además de lo estético. El precio depende del caso; la evaluación con radiografía sale 25 mil y se descuenta del tratamiento."),
c("Le digo altiro, 25 lucas solo por la evaluación me parece caro.",TE),
t("Es justo decirlo. Incluye la radiografía, que afuera sale unos 20. De referencia, los frenillos metálicos parten en 1,2 millones, en cuotas. ¿Le reservo hora?"),
c("Déjeme ver cómo ando de plata este mes y la llamo.",NM)],
[o,t("Hola. Para entenderla bien: ¿qué la trae a buscar ortodoncia?"),
c("Los dientes de abajo montados, me cuesta limpiarlos.",N),
t("Perfecto. Y cuénteme, ¿qué la motivó a querer frenillos?"),
c("Eh... lo que le dije, los dientes montados. ¿Cuánto cuesta?",N),
t("Claro. Antes del precio quiero entender: ¿qué espera lograr con el tratamiento?"),
c("Que se me enderecen, po. ¿Me va a decir el precio o no?",N),
t("Por supuesto. ¿Y qué es lo que más le molesta de su sonrisa?"),
c("Mire, mejor llamo a otra clínica.",N)])

o=c("Buenas tardes. Me quedé sin pega hace dos meses y no he podido pagar la tarjeta. Quiero saber qué opciones tengo, pero sin letra chica, por favor.",N)
C8=gpair("esb34g_tarjeta_tienda_repactacion","department store credit card, collections phone line","wrong_paraphrase",
"A man who lost his job warily asks about his overdue card debt.",
[o,t("Buenas tardes. Gracias por llamar antes de que crezca la deuda. Siendo realista, ¿cuánto podría pagar al mes mientras busca trabajo?"),
c("Con el seguro de cesantía, unos 40 mil máximo. Y no sé hasta cuándo.",N),
t("Debe 620 mil. Repactada a 18 cuotas serían 44 mil, pero con intereses el total sube a 790 mil. Se lo digo claro para que decida con los números."),
c("790... es harto más. ¿No hay algo sin tanto interés?",TE),
t("Otra opción: postergar 3 meses pagando solo unos 15 mil de interés, y repactar cuando tenga pega. Le mando las dos por escrito con el costo total."),
c("Eso. Mándemelo y lo leo con calma antes de firmar nada.",TH)],
[o,t("Buenas tardes. Entiendo. Para asegurarme de entenderle: usted quiere aumentar su cupo para ponerse al día, ¿correcto?"),
c("No, no. Le dije que estoy sin trabajo. No quiero más deuda.",NN),
t("Claro, lo que escucho es que le gustaría un avance en efectivo para tener liquidez mientras tanto. Tiene 500 mil preaprobados."),
c("¡No dije eso! Así me endeudé la primera vez, con un avance que me ofrecieron por teléfono.",BE),
t("Perfecto. Entonces le dejo el avance en 36 cuotas, como me pidió. ¿Confirmamos con su clave?"),
c("Yo no le pedí nada. Voy a cortar y voy a ir a la tienda en persona.",N)])

o=c("Aló... hola, tuve un choque recién en la Costanera. Estoy bien, creo, pero el auto quedó mal y no sé qué hacer, estoy temblando.",N)
C9=gpair("esb34g_seguro_auto_choque","car insurer, claims phone line","pitch_to_upset",
"A shaken driver calls his insurer from the roadside minutes after a crash.",
[o,t("Qué bueno que está bien. Lo primero: ¿está en un lugar seguro, fuera de la pista? ¿Hay alguien herido?"),
c("Estoy en la berma. Nadie herido. El otro conductor está aquí al lado.",N),
t("Bien. Respire, vamos paso a paso. Saque fotos de los dos autos y las patentes, y pídale al otro conductor nombre, RUT y seguro. ¿Puede ahora?"),
c("Sí, ya. Eh... ¿y la grúa? No sé si el auto anda.",N),
t("Le mando la grúa, llega en unos 40 minutos. Tiene que dejar constancia en Carabineros; le envío los pasos y su número de siniestro por WhatsApp."),
c("Ya... gracias. Perdón, estoy nervioso.",N),
t("Es normal. ¿Alguien lo puede acompañar mientras llega la grúa?"),
c("Sí, mi señora viene en camino.",N)],
[o,t("Lo siento mucho, entiendo cómo se siente. Justo por eso le quería contar de nuestro seguro Full Premium, con auto de reemplazo y deducible cero."),
c("Oiga, estoy en la berma con el auto chocado. Necesito ayuda ahora.",N),
t("Claro, lo escucho. Y en momentos así es cuando uno valora la protección: el upgrade es solo 0,4 UF más al mes y se activa hoy."),
c("No quiero ningún upgrade. Quiero una grúa.",NN),
t("Entiendo. ¿Y ha pensado en cambiar el auto? Si es pérdida total, tenemos convenio con una automotora."),
c("Ni sabe si es pérdida total. Voy a llamar a mi corredor.",N)])

o=c("hola, compre un colchon hace 12 dias, me dijeron que llegaba el sabado, me quede toda la mañana esperando y nada. nadie me aviso",N)
C10=gpair("esb34g_multitienda_despacho_colchon","department store online shop, WhatsApp","blame",
"A customer waited all morning for a mattress delivery that never came.",
[o,t("Hola, lamento mucho que hayas perdido la mañana. ¿Me das el número de orden para revisar qué pasó?"),
c("48817203",N),
t("Gracias. El camión marcó 'dirección no encontrada'; en la orden no sale número de depto. ¿Vives en casa o en edificio?"),
c("en casa, es pasaje. igual el chofer podia llamarme, mi numero esta ahi",N),
t("Tienes razón, debió llamarte. Te reagendo con prioridad y te devuelvo el despacho por la molestia. ¿Te sirve el martes en la tarde?"),
c("si, el martes estoy desde las 3",N),
t("Martes entre 15 y 19. Dejo anotado que te llamen 30 minutos antes.")],
[o,t("Hola, lamento tu experiencia. Para entender qué pasó: ¿revisaste que la dirección estuviera bien escrita? El sistema dice que no te encontraron."),
c("esta bien escrita, es la misma de siempre",N),
t("Mmm, lo más probable es que no estabas o no escuchaste el timbre. Pasa mucho con los clientes."),
c("estuve toda la mañana ahi esperando!!",N),
t("Entiendo tu sentir. Igual el reagendamiento cuesta 5.990, porque la visita fallida fue del lado del cliente. ¿Te lo cobro a la tarjeta?"),
c("no voy a pagar por algo que no es mi culpa. anula la compra, no vuelvo a comprar aca",N)])

PAIRS=[C1,C2,C3,C4,C5,C6,C7,C8,C9,C10]

"""Gaming pairs C (esb38)."""
from common import c, gpair, t

P = []

o = c("Hola, devuelvo el coche. Y antes de que me digan nada: ese rayón de la puerta ya estaba cuando lo recogí.", None)
P.append(gpair("esb38g_palma_alquiler_coche_rayon", "car rental return, Palma airport", "putdown_question",
 "Tourist returns a car with a scratch he says was already there.",
 [o, t("Hola, gracias por avisar. Lo miramos juntos. ¿Le dieron hoja de daños al recogerlo, o sacó fotos?"),
  c("La hoja me la dieron con prisas, pero fotos sí. Mire, el día uno a las nueve.", None),
  t("En su foto se ve el mismo rayón y en nuestra hoja no está marcado. Fallo nuestro: lo anoto como daño previo y no se le cobra."),
  c("Menos mal. El año pasado en Málaga me cobraron trescientos euros por algo así.", None),
  t("Le doy el parte de devolución firmado, con 'sin daños nuevos', para que no haya sorpresas en la tarjeta."),
  c("Perfecto, muchas gracias.", None)],
 [o, t("Vamos a ver... ¿Seguro que no aparcó en alguna calle estrecha de Sóller? Cuénteme qué hizo estos días."),
  c("Conducir normal. Tengo fotos del primer día, el rayón ya estaba.", None),
  t("Ya. ¿Y esas fotos no serán de otro coche del mismo color? Lo vemos mucho. ¿Qué me quiere enseñar exactamente?"),
  c("¿Me está llamando mentiroso? Aquí sale la matrícula.", None),
  t("Nadie dice eso. ¿Pero no le parece raro que nadie más lo viera? Le hacemos el cargo y usted reclama si quiere."),
  c("Quiero la hoja de reclamaciones ahora. Y no vuelvo con ustedes.", None)]))

o = c("Buenas. Me ha llegado una factura del agua de cuatrocientos euros y siempre pago cuarenta. Tenía una fuga en el jardín, ya arreglada.", None)
P.append(gpair("esb38g_almeria_agua_factura_fuga", "municipal water company counter, Almería", "not_my_department_or_read_the_terms",
 "Older customer with a huge bill after a garden leak.",
 [o, t("Buenas. Vaya susto. Si la fuga era después del contador y está reparada, puede pedir la bonificación por fuga. ¿Tiene factura de la reparación?"),
  c("La hizo mi cuñado, pero tengo el ticket de las piezas de la ferretería. ¿Vale?", None),
  t("Vale el ticket y una foto del arreglo. Se le cobra el exceso a precio del primer tramo: unos ciento diez euros."),
  c("Ciento diez todavía duele, ¿eh? Pero mejor que cuatrocientos.", None),
  t("Si quiere, se lo fraccionamos en tres meses sin recargo. Firme aquí la solicitud y en quince días tiene la resolución."),
  c("En tres meses mejor. Firmo.", None)],
 [o, t("Buenas. Entiendo su preocupación, la satisfacción del cliente es lo primero. Pero las lecturas las hace otra empresa; yo solo cobro."),
  c("¿Y a quién le digo lo de la fuga?", None),
  t("Eso está en el reglamento del servicio, en la web. Las fugas tras el contador son del abonado. Yo no hago las normas."),
  c("Pero habrá algún trámite. A mi vecino se lo rebajaron.", None),
  t("Será otro caso. Si no está conforme, reclame por la sede electrónica. ¿Algo más?"),
  c("Que no tengo certificado digital y tengo setenta años. Muy bonito todo.", None)]))

o = c("¡Hombre, el de las semillas! Pasa, que te enseño el tomate, que va como un tiro... o eso dice mi mujer.", None)
P.append(gpair("esb38g_nijar_semillas_tomate", "seed company rep, Níjar greenhouses (Almería)", "social_proof_or_deadline_pressure",
 "Jokey grower, happy with his tomato variety, is offered a new resistant one.",
 [o, t("¡Ja, ja! Hay que creer a la jefa. ¿Qué variedad llevas este año y qué tal con el rugoso?"),
  c("La rama de siempre. Del rugoso, toco madera, nada. El vecino sí lo tuvo.", None),
  t("Si la tuya va bien, no te pido que cambies la nave. Prueba dos líneas de la nuestra, resistente al rugoso, al lado de la tuya, y comparas en marzo."),
  c("Uy, tú lo que quieres es venderme, ¡ja, ja! Yo con la mía estoy apañao.", "no_need"),
  t("Hombre, vender quiero, ja, ja. Pero la prueba la pago yo, y si en marzo no te convence no hablamos más."),
  c("Bueno, bueno... ya veremos. Pásate en septiembre y te digo.", "think_it_over")],
 [o, t("¡Ja, ja! Oye, te lo digo ya: media Níjar se ha pasado a nuestra variedad, tu vecino el primero. ¿Qué necesitas para no quedarte atrás?"),
  c("¿Mi vecino? Si va con la rama como yo, ¡ja, ja!", None),
  t("Ese no, el otro. Y el precio de lanzamiento se acaba el viernes; luego sube un veinte por ciento. ¿Te reservo sobres para toda la nave?"),
  c("Chiquillo, ¿toda la nave? Con la mía estoy apañao, no me agobies.", "no_need"),
  t("Pero si esperas te quedas sin planta en el semillero, que está todo el mundo pidiendo. ¿Cerramos hoy?"),
  c("Ya veremos, ya veremos. Venga, que tengo que regar.", "brush_off")]))

o = c("Hola, tengo un restaurante en el Paseo Marítimo de Palma y me hacen mucho no-show. Reservan mesas de ocho y no vienen.", None)
P.append(gpair("esb38g_palma_software_reservas", "restaurant booking software, Palma", "keyword_stuffed",
 "Restaurant owner loses tables to group no-shows.",
 [o, t("Eso duele en temporada. ¿Cómo le llegan las reservas: teléfono, web, plataformas?"),
  c("Por teléfono sobre todo. Los no-show son casi todos grupos de turistas por teléfono.", None),
  t("Entonces serviría pedir tarjeta de garantía solo a grupos de seis o más, con un enlace por SMS. ¿Sus clientes de siempre lo aceptarían?"),
  c("A esos ni se lo pido. ¿Y cuánto cuesta? Que ya pago una app.", None),
  t("59 al mes, sin permanencia. Pruébelo un mes solo para grupos; si no bajan los no-show, lo da de baja."),
  c("Un mes de prueba vale. Pero en agosto no, que no tengo tiempo ni de respirar. En septiembre.", "no_time")],
 [o, t("Hola. Antes que nada, quiero entender su experiencia y cómo se siente en la relación con sus clientes. ¿Qué significa para usted el éxito?"),
  c("Que vengan los que reservan. Grupos de ocho que no aparecen.", None),
  t("Entiendo lo que siente. Lo que escucho es que necesita una experiencia de reserva con el cliente en el centro. Somos un ecosistema de éxito."),
  c("Ya. ¿Y eso qué hace exactamente? ¿Pide tarjeta?", None),
  t("Hace la experiencia excepcional en cada punto de contacto. ¿Cómo de satisfecho se siente hoy, del uno al diez?"),
  c("Mándeme algo por correo y ya lo veré. Tengo el servicio encima.", "brush_off")]))

o = c("Buenos días, mi niña. Quería saber lo de la guagua gratis, que me dijeron que con el bono ya no pago.", None)
P.append(gpair("esb38g_santacruz_guagua_bono", "bus station ticket office, Santa Cruz de Tenerife", "rude",
 "Elderly man asks about the free resident bus pass.",
 [o, t("Buenos días. Sí: con la tarjeta nueva y el bono de residente, a partir de quince viajes al mes no paga. ¿Tiene usted tarjeta?"),
  c("Tengo una vieja, de las de antes. No sé si sirve.", None),
  t("Esa es la antigua, pero se cambia aquí mismo. ¿Trae el DNI?"),
  c("Aquí está. Oiga, eso de recargar por el móvil yo no sé, ¿eh?", None),
  t("No le hace falta móvil: se recarga en la taquilla o en la guagua. Ya tiene la tarjeta nueva a su nombre y el bono puesto."),
  c("¡Ay, qué bien! Muchas gracias, mi niña.", None)],
 [o, t("A ver, eso lo pone el cartel de ahí, pero bueno. ¿Qué tarjeta tiene?"),
  c("Esta, la de siempre.", None),
  t("Esa no vale desde hace un año. ¿No se enteró? Sale en la tele todos los días."),
  c("Yo no veo mucho la tele, mi niña. ¿Y qué hago?", None),
  t("Pues cambiarla, como todo el mundo. Por internet. ¿Algo más? Que hay cola."),
  c("Por internet no sé yo... Ya vendrá mi hija. Vaya modales.", None)]))

o = c("Buenas. Soy el de alimentos y bebidas de un hotel en Playa Blanca. Quería condiciones de barril para el bar de la piscina.", None)
P.append(gpair("esb38g_playablanca_cerveza_barril", "beer distributor, Lanzarote", "ignored_customer",
 "Hotel bar with little cold-room space and British guests.",
 [o, t("Buenas. ¿Qué sacan ahora y cuánto mueve el bar en temporada alta?"),
  c("Seis barriles de treinta a la semana. Ingleses casi todos, quieren lager bien fría. Y en cámara no me caben más de ocho.", None),
  t("Entonces quiere una lager que se venda sola y entregas frecuentes para no acumular. ¿Cada cuánto le sirven ahora?"),
  c("Una vez por semana, y como falle el camión del lunes me quedo seco.", None),
  t("Le servimos martes y viernes, tres barriles cada vez, y con ocho de cámara va sobrado. Le paso precio con el enfriador incluido."),
  c("Mándamelo. Pero te aviso que lo que pago ahora es bueno, ¿eh? Hay que mejorarlo.", "too_expensive")],
 [o, t("Buenas. ¿Qué es lo más importante para ustedes en el bar?"),
  c("Que tengo poco sitio en cámara, ocho barriles como mucho. Y clientes ingleses que quieren lager.", None),
  t("Perfecto. Nuestra estrella es la tostada artesanal de La Palma en barril de cincuenta. Le pongo doce para empezar."),
  c("¿Doce de cincuenta? Le acabo de decir que me caben ocho. Y los ingleses no piden tostada.", None),
  t("Ya verá que la prueban y les encanta. ¿Le hago el pedido para el lunes?"),
  c("No, así no me sirve. Ya hablaré con tu jefe.", "no_need")]))

o = c("buenas, mi niño tiene 12 años y ha suspendido ingles. tienen clases por la tarde en telde?", None)
P.append(gpair("esb38g_telde_academia_ingles", "language academy, Telde (Gran Canaria), WhatsApp", "repeated_questions",
 "Mother asks for English classes for a boy who freezes in exams.",
 [o, t("¡Hola! Sí, en Telde hay grupos de tarde. ¿Qué le cuesta más: gramática, hablar, los exámenes?"),
  c("los examene sobre todo, se pone nervioso y se queda en blanco. y tiene futbol martes y jueves", None),
  t("Vale: tenemos un grupo de preparación de exámenes de 1º y 2º de ESO, cinco alumnos, lunes y miércoles a las 17:30. ¿Le cuadra?"),
  c("si pero cuanto es? que ya pagamos el futbol y no estamos pa mucho", "no_money"),
  t("65 € al mes, sin matrícula. La primera clase es gratis, así ves si está a gusto. ¿Le apunto el lunes?"),
  c("vale apuntalo el lunes y ya veremos si le gusta", None)],
 [o, t("¡Hola! Para entender bien: ¿qué necesita exactamente su hijo?"),
  c("aprobar ingles. suspende los examenes porque se pone nervioso", None),
  t("Entiendo. ¿Y cuál diría que es su principal necesidad con el inglés?"),
  c("ya te lo dije, los examenes. y solo puede lunes y miercoles", None),
  t("Genial. ¿Y qué objetivos tiene con el inglés? ¿Qué días le vendrían bien?"),
  c("lunes y miercoles!! mejor llamo a otra academia", None)]))

o = c("Hola, buenas. Soy Marco, italiano. Quiero abrir una heladería en Los Cristianos y busco local. Mejor comprar, si el precio es bueno.", None)
P.append(gpair("esb38g_loscristianos_local_heladeria", "estate agent, Arona (Tenerife)", "wrong_paraphrase",
 "Italian wants to buy a shop unit for an ice-cream parlour.",
 [o, t("Hola, Marco. ¿Qué zona tiene en mente? El paseo y las calles de atrás tienen precios muy distintos."),
  c("El paseo es muy caro, vi uno a seiscientos mil. Pero detrás no pasa gente, creo.", None),
  t("Hay calles de atrás con mucho paso, como las que van de la guagua a la playa. ¿Qué presupuesto tiene, y ha mirado la licencia de actividad?"),
  c("Máximo doscientos mil. La licencia no sé nada; en Italia tuve un local y la licencia fue un infierno.", None),
  t("Entonces antes de comprar vea dos locales en alquiler con opción a compra que ya tienen licencia. Prueba el paso un año sin jugarse los doscientos mil."),
  c("Alquiler con opción... no lo pensé. Tengo que hablarlo con mi socio en Milán.", "think_it_over")],
 [o, t("Hola, Marco. Cuénteme, ¿qué busca?"),
  c("Un local para heladería en Los Cristianos. Comprar, máximo doscientos mil.", None),
  t("Perfecto. Entonces, si le entiendo, busca un apartamento para alquiler vacacional en el paseo, ¿correcto?"),
  c("No, no. Local. Para helado. Negocio.", None),
  t("Claro. O sea que tiene trescientos mil y quiere algo con terraza y vistas al mar, ¿lo he entendido bien?"),
  c("Doscientos, no trescientos. Creo que mi español no es el problema. Adiós.", None)]))

o = c("¿Tú sabes lo que me ha pasado? Veintidós palés de pimiento llegan calientes a Rotterdam y me los rechazan. ¡Cuarenta mil euros!", None)
P.append(gpair("esb38g_almeria_exportador_pales_rechazados", "refrigerated transport, Almería, phone", "pitch_to_upset",
 "Furious exporter: a load was rejected after a cold-chain failure.",
 [o, t("Lo siento muchísimo, es un golpe enorme. ¿Me da el número de expedición y a qué hora la rechazaron?"),
  c("La 8812. Esta mañana a las ocho. Dicen que llegó a catorce grados.", None),
  t("Pido ya el registro del termógrafo. Si falló el equipo, es nuestro y va al seguro de mercancía. ¿El cliente puede recolocar la carga?"),
  c("Dice que la vende a industria, a precio de risa. No sé si aceptar.", None),
  t("Acéptelo si puede: reduce la pérdida y el seguro lo tiene en cuenta. Le llamo antes de las doce con las temperaturas y el número de siniestro."),
  c("Antes de las doce. Como no me llames, voy yo a la nave.", None)],
 [o, t("Entiendo cómo se siente y su experiencia nos importa. Para evitar esto tenemos el nuevo servicio de telemetría en tiempo real, con alertas al móvil."),
  c("¿Me estás vendiendo algo ahora? ¡Que me han rechazado veintidós palés!", None),
  t("Por eso mismo: con telemetría Premium, ochenta euros por viaje, no le vuelve a pasar. ¿Se la activo para la semana que viene?"),
  c("Con lo que he perdido hoy, no estoy para pagar ochenta euros más por viaje. ¿Quién me paga los cuarenta mil?", "no_money"),
  t("Eso lo lleva siniestros. Mientras, ¿le dejo la telemetría contratada para ir tranquilo?"),
  c("Lo que voy a hacer es no cargar ni un palé más con vosotros.", None)]))

o = c("Hola, llamo del hotel de Cala d'Or. El túnel de lavado se ha parado en pleno desayuno y tenemos trescientos huéspedes.", None)
P.append(gpair("esb38g_calador_lavavajillas_averia", "kitchen equipment service, Mallorca", "blame",
 "Hotel's dishwashing tunnel stops during breakfast service.",
 [o, t("Vaya momento. ¿Qué marca la pantalla, algún código?"),
  c("Pone E12 y pita. Lo hemos apagado y encendido y nada.", None),
  t("El E12 suele ser la bomba de aclarado. El técnico está en Santanyí, en cuarenta minutos llega. Mientras, si tienen lavavajillas de capota, úsenlo para los vasos."),
  c("Tenemos uno pequeño. Pero la última vez el técnico tardó tres horas, ¿eh?", None),
  t("Le paso su número al técnico para que le llame al salir. Si en una hora no está, me llama a mí a este número."),
  c("Vale. Gracias, de verdad.", None)],
 [o, t("Entiendo su frustración. Pregunta: ¿qué detergente usan? El E12 casi siempre viene de usar productos que no son los nuestros."),
  c("Es E12, sí. Usamos el detergente del proveedor de siempre.", None),
  t("Pues ahí está. ¿Y limpian los filtros cada noche? El personal de temporada nunca lo hace, lo vemos en todos los hoteles."),
  c("Oiga, que tengo trescientos huéspedes esperando. ¿Viene alguien o no?", None),
  t("Puedo mandar técnico, pero si es mal uso no entra en garantía y se cobra la salida. ¿Le parece bien?"),
  c("Me parece fatal. Llamo a la central y les cuento cómo me atiende.", None)]))

PAIRS = P

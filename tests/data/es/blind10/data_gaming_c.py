"""Gaming pairs, kinds 11-15 (esb10). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - fisioterapia, Granada, chat
o = c("hola, queria pedir cita para mi padre, tiene 78 años y le operaron de cadera hace un mes. el traumatologo le ha mandado rehabilitacion", None)
PAIRS.append(gpair(
    "esb10g_granada_rehabcadera", "clínica de fisioterapia (Granada)", "ignored_customer",
    "Hija pide rehabilitación para su padre operado de cadera, que vive en un segundo sin ascensor.",
    [o,
     t("Hola, gracias por escribir. ¿Tu padre puede venir a la clínica o le cuesta desplazarse? También vamos a domicilio."),
     c("anda con andador pero vive en un segundo sin ascensor en el realejo, bajar le cuesta un mundo", None),
     t("Entonces mejor a domicilio, al menos al principio. Son 45 € la sesión en casa y 35 aquí. ¿Cuántas sesiones indica el informe?"),
     c("dos por semana durante un mes. 45 cada una son 360 al mes... mi padre tiene una pension pequeña, no llegamos", "no_money"),
     t("Lo entiendo. ¿Tiene alguna mutua o seguro? Si no, otra opción: dos semanas a domicilio y, cuando baje mejor la escalera, pasamos a la clínica a 35."),
     c("no tiene seguro. lo de mezclar me parece buena idea. cuando podriais empezar?", None),
     t("Lucía, nuestra fisio, puede ir martes y viernes a las 11. Mándame el informe y la dirección por aquí, y ella te llama el lunes para presentarse."),
     c("genial, te lo mando ahora mismo. gracias", None)],
    [o,
     t("¡Hola! Gracias por contactarnos. Cuéntame, ¿qué necesita exactamente tu padre?"),
     c("rehabilitacion de cadera, le operaron hace un mes. anda con andador y vive en un segundo sin ascensor, bajar le cuesta muchisimo", None),
     t("Perfecto. Le damos cita en la clínica, hay hueco el lunes a las 9. Nuestra sala de rehabilitación es de las mejores de Granada."),
     c("pero te acabo de decir que no puede bajar las escaleras. no hay algo a domicilio?", None),
     t("Entiendo. ¿Cuántas sesiones le ha indicado el médico?"),
     c("dos por semana un mes. y ojo que tiene una pension pequeña, no podemos gastar mucho", "no_money"),
     t("Genial. Entonces le recomiendo nuestro bono de 12 sesiones en clínica con ejercicio terapéutico avanzado, 480 €, que sale mejor de precio. ¿Te reservo el lunes a las 9?"),
     c("480 no lo podemos pagar, te lo he dicho. y la escalera? da igual, buscare en otro sitio", "no_money")]))

# 11 ignored_customer - gimnasio, Valencia, hablado
o = c("Hola, buenas. Mira, quería información para apuntarme, pero te digo ya que tengo una hernia discal y, o sea, el médico me ha dicho que haga ejercicio pero con cuidado.", None)
PAIRS.append(gpair(
    "esb10g_valencia_herniagimnasio", "gimnasio de barrio (Valencia, Benimaclet)", "ignored_customer",
    "Mujer con hernia discal pide información para apuntarse al gimnasio.",
    [o,
     t("Hola, gracias por contármelo de entrada. ¿Qué te ha dicho el médico que sí y que no? ¿Y a ti qué te gustaría conseguir?"),
     c("Nada de cargar peso encima de la cabeza ni impacto. Me dijo natación o fuerza suave. Y yo quiero perder unos kilos, también.", None),
     t("Vale. Tenemos piscina y una clase de espalda sana martes y jueves con una fisio. Yo empezaría por ahí y no por la sala libre. ¿A qué horas podrías venir?"),
     c("Por la tarde, a partir de las siete. Pero es que en otro gimnasio me pusieron una rutina sin preguntarme nada y acabé peor de la espalda, ¿eh?", "bad_experience"),
     t("Por eso mismo: antes de empezar tienes una entrevista con el entrenador, traes el informe y la rutina se hace sobre eso. Si algo te molesta, se cambia. La cuota con piscina son 42 al mes, sin permanencia."),
     c("Vale. ¿Puedo probar una semana antes de pagar nada?", None),
     t("Sí, una semana gratis. Te apunto la entrevista el lunes a las 19:30 con Sergio, que es el que lleva la clase de espalda."),
     c("Venga, perfecto. Allí estaré.", None)],
    [o,
     t("¡Hola! Bienvenida. Cuéntame, ¿qué objetivos tienes?"),
     c("Pues perder unos kilos. Pero te repito que tengo una hernia discal: nada de impacto ni cargar peso encima de la cabeza.", None),
     t("¡Genial! Para perder peso lo que mejor funciona es nuestro programa de alta intensidad: crossfit, HIIT y sentadilla con barra tres días a la semana. Los resultados son espectaculares."),
     c("Eh... ¿con la hernia? En otro gimnasio me pusieron una rutina así y acabé peor de la espalda. No quiero volver a pasar por eso.", "bad_experience"),
     t("Claro. ¿Y qué horario te viene bien?"),
     c("Por la tarde, a partir de las siete. Pero lo de la espalda, ¿quién me lo mira?", None),
     t("Perfecto, a las siete tienes el HIIT, que es la clase más animada. La cuota con entrenamiento funcional son 59 al mes. ¿Te hago la ficha ya?"),
     c("No. Lo de la hernia ni lo has oído. Me voy a buscar otro sitio.", None)]))

# 12 repeated_questions - ayuntamiento, Vitoria-Gasteiz, hablado
o = c("Kaixo, buenos días. A ver, quería empadronarme, pero es que vivo en una habitación de alquiler y, o sea, la dueña no quiere firmar nada.", None)
PAIRS.append(gpair(
    "esb10g_vitoria_empadronamiento", "ayuntamiento, oficina de atención ciudadana (Vitoria-Gasteiz)", "repeated_questions",
    "Trabajador de hostelería quiere empadronarse en una habitación alquilada.",
    [o,
     t("Buenos días. ¿Tienes contrato de la habitación, aunque sea sencillo? ¿Y la dueña vive en el piso?"),
     c("Contrato sí, firmado por ella. Ella vive en Bilbao. Lo que no quiere es venir a firmar la autorización.", None),
     t("Con el contrato a tu nombre y en vigor es suficiente, no necesitas su autorización. Trae el contrato, el DNI o NIE y, si tienes, un recibo. Se hace con cita previa."),
     c("Ah, ¿sí? Menos mal. ¿Y para cuándo hay cita? Es que trabajo en un restaurante mañana y tarde, libro solo los lunes.", None),
     t("Los lunes hay citas en la oficina de San Martín. El primer hueco libre es el lunes 20 a las 10:15. ¿Te lo reservo?"),
     c("El 20... necesito el padrón para la tarjeta de transporte antes del 15, si no pierdo el descuento. Ese día no me vale.", "no_time"),
     t("Entonces por la sede electrónica, sin cita, con Cl@ve. Si no la tienes, te la doy de alta aquí en cinco minutos y esta noche lo haces desde el móvil con la foto del contrato."),
     c("Venga, sí, hazme eso de la Cl@ve. Eskerrik asko.", None)],
    [o,
     t("Buenos días. Cuéntame, ¿en qué situación estás con la vivienda?"),
     c("Vivo en una habitación de alquiler, con contrato firmado por la dueña, pero ella vive en Bilbao y no quiere venir a firmar nada.", None),
     t("Entiendo. Y dime, ¿tienes algún documento que acredite que vives allí?"),
     c("Sí, el contrato de la habitación. Te lo acabo de decir.", None),
     t("Vale. Para entenderte bien: ¿con qué papel puedes demostrar tu residencia en esa vivienda?"),
     c("Con el contrato, que lo tengo aquí. ¿Me vale o no me vale?", None),
     t("Claro, claro. Y la propietaria, ¿qué relación tiene contigo y con la vivienda? ¿Hay algún contrato entre vosotros?"),
     c("¡El contrato! Mira, hoy ya no me da tiempo, entro a trabajar a las doce. Vuelvo otro día.", "no_time"),
     t("Perfecto. Antes de irte, ¿en qué tipo de vivienda me decías que vives? Así te dejo la nota hecha."),
     c("En una habitación. Con contrato. Agur.", None)]))

# 12 repeated_questions - turismo rural, Ribeira Sacra (Galicia), chat
o = c("ola! buscamos casa entera para 9 adultos y 2 bebes del 12 al 14 de octubre, es un cumple de 40. teneis algo?", None)
PAIRS.append(gpair(
    "esb10g_ribeirasacra_casagrupo", "casa de turismo rural (Ribeira Sacra)", "repeated_questions",
    "Grupo de amigos busca casa entera para un cumpleaños.",
    [o,
     t("¡Ola! Para 9 adultos y 2 bebés del 12 al 14 tenemos la Casa do Muíño: 5 habitaciones, 10 plazas y 2 cunas. ¿Queréis cocinar vosotros o contratar comidas?"),
     c("cocinar nosotros, la cena del cumple la hacemos en casa. y si hay sitio para barbacoa mejor", None),
     t("Tiene cocina grande, mesa para 14 y barbacoa en el patio. Las dos noches, casa entera, 780 € con cunas incluidas."),
     c("780 entre 9 son unos 87 por cabeza... hay gente del grupo que va justa, no se si lo van a poder pagar", "no_money"),
     t("Una opción real: si en vez de 12 a 14 hacéis del 13 al 15, la noche del domingo va a mitad de precio y queda en 585, unos 65 por cabeza."),
     c("uf el lunes 15 trabajan casi todos, eso no", "no_time"),
     t("Vale, mantenemos 12 a 14. Te bloqueo la casa 48 horas sin pagar nada para que lo habléis; si la confirmáis, 30% de señal."),
     c("perfecto, bloqueala. lo paso al grupo de whatsapp y te digo", "think_it_over")],
    [o,
     t("¡Ola! Gracias por escribir 😊 Para ayudarte mejor: ¿cuántas personas seríais?"),
     c("9 adultos y 2 bebes, lo he puesto arriba", None),
     t("¡Perfecto! ¿Y para qué fechas buscáis alojamiento?"),
     c("del 12 al 14 de octubre. tambien esta arriba", None),
     t("Genial. Para asegurarme de entender bien vuestra necesidad: ¿el grupo sería de cuántos adultos y cuántos niños?"),
     c("en serio? 9 adultos, 2 bebes. queremos cocinar nosotros la cena del cumple, hay cocina grande?", None),
     t("¡Claro! Antes de eso, ¿cuál es el motivo del viaje y cuántos sois en total, contando bebés?"),
     c("mira, dejalo. en otras casas me contestan a la primera", None),
     t("¡Entendido! ¿Nos dices entonces cuántas personas y qué fechas, para enviarte presupuesto?"),
     c("no hace falta, gracias", "brush_off")]))

# 13 wrong_paraphrase - cooperativa hortícola, El Ejido (Almería), hablado
o = c("Buenas, Lola. Mira, tengo mosca blanca en el invernadero de pimiento y no quiero echar más químico, que el año pasado me rechazaron una partida en Alemania por residuos.", None)
PAIRS.append(gpair(
    "esb10g_ejido_moscablanca", "cooperativa hortícola (El Ejido, Almería)", "wrong_paraphrase",
    "Agricultor socio consulta qué hacer con mosca blanca sin usar más químicos.",
    [o,
     t("Buenas, Paco. ¿Cuánta superficie tienes de pimiento y desde cuándo ves la mosca? ¿En todo el invernadero o en focos?"),
     c("Hectárea y media. La vi hace una semana, sobre todo en la banda de la puerta, que es por donde entra el aire.", None),
     t("O sea, de momento en focos cerca de la entrada. Para eso: suelta de fauna auxiliar en los focos y malla en la puerta. Sin residuos, que es lo que te preocupa por lo de Alemania. ¿Has trabajado antes con fauna auxiliar?"),
     c("Una vez, hace años, y se me murió toda porque el vecino fumigó y me entró la deriva. Desde entonces, pues no sé yo.", "bad_experience"),
     t("Es un riesgo real. Ahora el técnico de la coope coordina con los vecinos de finca antes de soltar. Para hectárea y media, la suelta inicial son unos 420 euros."),
     c("Cuatrocientos veinte, ¿eh? Con el precio al que está el pimiento este año... es mucho.", "too_expensive"),
     t("Lo es. Parte la cubre la ayuda de producción integrada si estás inscrito; te lo confirmo mañana. Y el técnico pasa el jueves a ver los focos antes de comprar nada."),
     c("Sí, estoy inscrito. Venga, que pase el jueves.", None)],
    [o,
     t("Buenas, Paco. Cuéntame qué está pasando."),
     c("Pues eso, mosca blanca en el pimiento, en la banda de la puerta. Y químico no quiero, por lo de los residuos.", None),
     t("Vale, entonces si te he entendido bien: tienes la plaga en todo el invernadero y quieres un tratamiento de choque fuerte para acabar ya, ¿correcto? Te preparo el sistémico nuevo."),
     c("No, no. En la banda de la puerta nada más. Y químico no, te he dicho.", None),
     t("Claro. Entonces lo que me dices es que el problema es el precio del químico y buscas algo más barato, ¿no? Tenemos un genérico del mismo principio activo."),
     c("Que no es el precio, Lola. Que no quiero químico, ni caro ni barato.", "no_need"),
     t("Perfecto, ya lo tengo: como la fauna auxiliar no te funcionó, quieres seguir con químico pero a menos dosis. ¿Te apunto dos garrafas?"),
     c("¿Y eso de dónde lo sacas? Yo no he dicho nada de eso. Mira, ya hablo con el técnico directamente.", None)]))

# 13 wrong_paraphrase - mensajería para e-commerce, Murcia, chat (B2B)
o = c("hola, tengo una tienda online de conservas y pimenton en murcia, mando unos 15 paquetes a la semana casi todo peninsula, y correos me tarda 5 dias. que tarifas teneis?", None)
PAIRS.append(gpair(
    "esb10g_murcia_mensajeria", "empresa de mensajería (Murcia)", "wrong_paraphrase",
    "Dueña de una tienda online de conservas pide tarifas de envío.",
    [o,
     t("¡Hola! Para darte un precio ajustado: ¿cuánto pesa un paquete típico? ¿Envías algo a Baleares, Canarias o fuera?"),
     c("entre 2 y 4 kilos, cajas de latas. baleares alguno suelto al mes. canarias no", None),
     t("Con 15 envíos semanales de 2-4 kg a península en 24-48 h: 4,90 € por envío con recogida diaria en tu local. Baleares, 9,50. ¿Cuánto pagas ahora?"),
     c("unos 5,20 pero tarda. y otra cosa, hace un año probe otra mensajeria y me rompieron latas un monton de veces, los clientes se quejaban. no se yo", "bad_experience"),
     t("Entiendo la desconfianza. Te mando 10 cajas de cartón doble para probar sin coste, y el seguro de rotura va incluido hasta 50 € por envío. Si en un mes no te convence, lo dejas: no hay permanencia."),
     c("vale suena bien. pero la recogida tendria que ser despues de las 5, por la mañana estoy en el obrador", None),
     t("En tu zona recogemos de 16 a 19, así que sin problema. Te mando el contrato de prueba y las cajas llegan el lunes."),
     c("perfecto, mandamelo", None)],
    [o,
     t("¡Hola! Gracias por escribir. Cuéntame un poco más de tu negocio y tus necesidades 😊"),
     c("conservas y pimenton, 15 paquetes a la semana de 2 a 4 kilos, casi todo peninsula. correos me tarda 5 dias", None),
     t("¡Genial! Entonces, si no me equivoco, envías sobre todo a Canarias y al extranjero y necesitas nuestro servicio internacional premium, ¿verdad?"),
     c("no, he dicho peninsula. a canarias no mando nada", None),
     t("Vale, perdona. Lo que te escucho decir es que tu prioridad es el precio más bajo aunque tarde algo más, ¿correcto? Tenemos el servicio económico de 72-96 h."),
     c("justo lo contrario!! me quejo de que tarda. y ojo que hace un año otra mensajeria me rompio un monton de latas, por eso voy con cuidado", "bad_experience"),
     t("Entendido entonces: como las latas aguantan y la rotura no te preocupa mucho, te recomiendo embalaje estándar sin seguro, que sale más barato. ¿Lo contratamos?"),
     c("madre mia. no contratamos nada, ya buscare otra empresa que lea lo que escribo", None)]))

# 14 pitch_to_upset - seguro de decesos, Cádiz, hablado
o = c("Hola... perdone. Es que mi padre ha fallecido esta mañana y, eh, tenía un seguro de decesos con ustedes, creo. No sé muy bien qué tengo que hacer.", None)
PAIRS.append(gpair(
    "esb10g_cadiz_decesos", "aseguradora de decesos (Cádiz)", "pitch_to_upset",
    "Hija llama a la aseguradora de decesos horas después de morir su padre.",
    [o,
     t("Lo siento mucho, de verdad. Nosotros nos encargamos de casi todo. ¿Me dice el nombre completo de su padre y dónde está ahora, en casa o en el hospital?"),
     c("Manuel Sánchez Ruiz. Está en el hospital Puerta del Mar. Ay, perdone, es que no me salen las palabras.", None),
     t("Tómese su tiempo. La póliza está en vigor y cubre traslado, tanatorio, ceremonia y sepultura o incineración. ¿Sabe si él quería entierro o incineración, o lo tienen que hablar en familia?"),
     c("Él siempre dijo que quería estar con mi madre, en el cementerio de San Fernando. Pero mi hermano está en Alemania y no llega hasta mañana por la noche.", None),
     t("Lo organizamos para que llegue su hermano: el tanatorio puede estar hasta el jueves y la sepultura junto a su madre la gestionamos con el cementerio. Un coordinador la llama en menos de una hora. ¿Es este el mejor número?"),
     c("Sí, este. Y... ¿esto cuánto nos va a costar? Porque ahora mismo no sé ni cómo estamos de dinero.", None),
     t("Con la póliza no tienen que pagar nada de lo que le he dicho. Si quisieran algo que no cubre, como una esquela en prensa, el coordinador se lo diría antes. Ahora no se preocupe de eso."),
     c("Gracias, de verdad. Espero la llamada.", None)],
    [o,
     t("Lo siento mucho. Entiendo perfectamente por lo que está pasando. Dígame el nombre de su padre."),
     c("Manuel Sánchez Ruiz. Está en el hospital Puerta del Mar. Perdone, es que no me salen las palabras.", None),
     t("Tranquila. La póliza está en vigor. Y aprovechando: ¿usted tiene seguro de decesos? Estas situaciones nos recuerdan lo importante que es dejarlo todo atado, y ahora tenemos una promoción familiar."),
     c("¿Cómo? No, yo... ahora mismo no estoy para eso. Lo que necesito es saber qué hago con mi padre.", "no_time"),
     t("Claro, claro. El servicio lo cubre todo. Aunque le recomiendo el pack Recuerdo: lápida de mármol grabada, recordatorios y flores premium, por 690 euros. Las familias lo valoran mucho."),
     c("Mi padre quería algo sencillo, junto a mi madre en San Fernando. No quiero nada más.", "no_need"),
     t("Lo entiendo. Y su hermano y usted, ¿cómo lo tienen? Con la póliza familiar, por 18 euros al mes, evitan que a sus hijos les pase esto. ¿Le mando la información?"),
     c("Pero ¿usted me está escuchando? Mi padre ha muerto hace cuatro horas. Páseme con otra persona.", None)]))

# 14 pitch_to_upset - gran superficie de bricolaje, Terrassa (Barcelona), chat
o = c("ESTOY INDIGNADA. vuestro montador de la cocina dejo mal conectado el lavavajillas y me ha inundado la cocina y el piso de abajo. quiero una solucion YA", None)
PAIRS.append(gpair(
    "esb10g_terrassa_inundacioncocina", "gran superficie de bricolaje, servicio de montaje (Terrassa)", "pitch_to_upset",
    "Clienta furiosa: el montador de su cocina conectó mal el lavavajillas y hay inundación.",
    [o,
     t("Lo siento muchísimo, es grave y nos vamos a hacer cargo. ¿Está cerrada la llave del agua? ¿Hay alguien herido o riesgo con la electricidad?"),
     c("si la he cerrado. nadie herido. pero el suelo esta levantado y la vecina de abajo tiene una mancha enorme en el techo", None),
     t("Abro ahora incidencia con el seguro de responsabilidad civil del montaje, que cubre tus daños y los de la vecina. ¿Me mandas fotos del suelo, de la conexión del lavavajillas y del techo de abajo?"),
     c("te las mando. pero el mismo montador no lo quiero ver por aqui, ni loca", None),
     t("Entendido, no irá él. Mañana entre 9 y 11 pasa un perito con un técnico distinto a revisar la conexión. ¿Te viene bien?"),
     c("mañana trabajo, por la mañana no puedo estar en casa", "no_time"),
     t("Entonces el jueves de 16 a 18, la primera franja de tarde. Te mando por escrito el número de siniestro y te llamo yo el viernes para ver cómo va."),
     c("vale. el jueves por la tarde. espero que esta vez salga bien", None)],
    [o,
     t("¡Hola! Lamento mucho lo sucedido, entiendo perfectamente tu frustración. ¿Cuál es tu número de pedido?"),
     c("48812. el montador dejo mal el lavavajillas y me ha inundado la cocina y el piso de abajo", None),
     t("Entiendo. Ya que el suelo está levantado, ¿sabías que esta semana tenemos un 20% en laminado resistente al agua? Es perfecto para cocinas, así esto no vuelve a pasarte."),
     c("me estas vendiendo suelo?? no quiero comprar nada, quiero que pagueis vosotros el destrozo", "no_need"),
     t("Por supuesto, lo importante eres tú. Además, para tu tranquilidad, te recomiendo nuestro mantenimiento Hogar Seguro por 9,99 €/mes, que cubre fugas y revisiones. ¿Te lo activo?"),
     c("no me puedo creer esto. la vecina de abajo esta subiendo a gritos y tu con ofertas", None),
     t("Comprendo tu experiencia. Te paso el formulario de reclamaciones y también el catálogo de cocinas, por si quieres renovar algún módulo dañado 😊"),
     c("voy a poner una denuncia en consumo. no me escribas mas", None)]))

# 15 blame - comercializadora eléctrica, Huelva, hablado
o = c("Buenas tardes. Oiga, es que me han cortado la luz esta mañana y yo lo tengo todo pagado, ¿eh? Todo domiciliado.", None)
PAIRS.append(gpair(
    "esb10g_huelva_cortedeluz", "comercializadora eléctrica (Huelva)", "blame",
    "Señora mayor llama porque le han cortado la luz teniendo los recibos domiciliados.",
    [o,
     t("Buenas tardes, vamos a mirarlo ahora mismo. ¿Me dice su DNI o la dirección del suministro?"),
     c("Calle Marina 14, segundo. Y tengo el congelador lleno, el pescado de mi marido, que es pescador, ¿sabe?", None),
     t("Lo veo. El recibo de enero lo devolvió el banco y se mandaron dos avisos por carta. No es que usted no pagara: fue un rechazo del banco."),
     c("¿Del banco? Si yo tengo dinero en la cuenta. Ay, qué rabia, y las cartas no las he visto.", None),
     t("Veo que las cartas fueron a su dirección antigua, así que eso es fallo nuestro. Lo más rápido: paga ahora los 64 euros con tarjeta y pido la reconexión urgente, que llega en 4 a 6 horas."),
     c("¿Y la urgente cuesta más? Es por saberlo, que estamos a final de mes.", None),
     t("La reconexión son 14 euros, pero como el aviso no le llegó por error nuestro, la anulo. Solo pagaría los 64, y le corrijo la dirección ahora."),
     c("Ay, gracias, hijo. Venga, le doy la tarjeta.", None)],
    [o,
     t("Buenas tardes. Vamos a ver qué ha pasado con lo suyo. ¿DNI?"),
     c("Calle Marina 14, segundo. Yo no he hecho nada, lo tengo todo domiciliado. Y tengo el congelador lleno de pescado.", None),
     t("Aquí pone que el recibo de enero fue devuelto. Entonces, si la entiendo bien, usted no tenía fondos en la cuenta, ¿correcto? Hay que vigilar el banco, señora."),
     c("¡Que yo tengo dinero en la cuenta! No sé por qué lo han devuelto.", None),
     t("Le enviamos dos cartas. Si no las lee, no podemos hacer más: tener el contrato al día es responsabilidad del cliente. ¿Qué es lo que más le preocupa ahora mismo?"),
     c("¡El pescado, que se me echa a perder! Y las cartas no me han llegado.", None),
     t("Seguramente no nos actualizó la dirección, eso también es cosa suya. Pague 64 más 14 de reconexión y en 24-48 horas la tiene. ¿Alguna otra necesidad?"),
     c("¿Cuarenta y ocho horas? Se me pierde todo. Y setenta y ocho euros de golpe, a final de mes, no los tengo.", "no_money")]))

# 15 blame - bricolaje, pintura de fachada, Castellón, chat
o = c("hola, compre en vuestra tienda pintura para la fachada hace 2 meses, 4 botes de 15L, y ya se esta desconchando entera. esto es normal??", None)
PAIRS.append(gpair(
    "esb10g_castellon_pinturafachada", "tienda de bricolaje (Castellón de la Plana)", "blame",
    "Cliente cuya pintura de fachada se desconcha a los dos meses.",
    [o,
     t("Hola, a los dos meses desde luego no es normal. ¿Qué pintura era, lo pone en el ticket o en el bote? ¿Y cómo estaba la fachada antes?"),
     c("la elastica blanca de la marca de la tienda. la fachada tenia pintura de hace 15 años, la lije un poco y pinte encima", None),
     t("Gracias. Puede ser que la pintura vieja estuviera en polvo y no agarrara, o un lote defectuoso. ¿Te queda algún bote con el número de lote? Y si puedes, una foto de cerca del desconchado."),
     c("me queda medio bote, te mando foto del lote y de la pared. pero otros 240 euros en pintura no me los puedo gastar, eh", "no_money"),
     t("Recibidas. Ese lote tiene una incidencia abierta con el fabricante, así que no pagas nada: te damos la pintura de reposición. Antes te recomiendo una mano de fijador, que también te regalamos."),
     c("vaya, menos mal. y quien me la pinta otra vez? que me costo 3 dias de vacaciones", None),
     t("La mano de obra no te la puedo prometer, pero abro reclamación al fabricante para que valore compensarte y te digo algo en 15 días. Pásate a recoger la pintura con el ticket cuando quieras."),
     c("vale, paso el sabado. gracias por no echarme la culpa, que me lo esperaba", None)],
    [o,
     t("Hola, lamento tu experiencia. Para entenderte bien: ¿aplicaste imprimación o fijador antes de pintar?"),
     c("no, lije un poco la pintura vieja y pinte encima. nadie me dijo nada de fijador", None),
     t("Pues ahí está el problema. Entonces, si lo he entendido bien, pintaste sin preparar la superficie, ¿correcto? Eso viene en la ficha técnica."),
     c("pero si en la tienda me dijeron que esta pintura valia para todo. y encima la compre aqui", None),
     t("Te escucho. Pero la preparación es responsabilidad de quien pinta. ¿Y pintaste con humedad o con sol directo? Porque eso también lo estropea."),
     c("pinte en agosto por la mañana. que se yo. me estas diciendo que es culpa mia?", None),
     t("No te lo tomes a mal, solo busco entender tu necesidad. Te recomiendo comprar fijador y 4 botes nuevos, y esta vez seguir las instrucciones. ¿Te preparo el pedido?"),
     c("otros 240 euros? ni de broma, no tengo ese dinero para tirarlo. voy a reclamar a consumo", "no_money")]))

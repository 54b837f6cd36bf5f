"""esb40 gaming pairs, kinds 1-5."""
from common import c, gpair, t

PAIRS = []

o = c("Hola, buenas, mire... a ver, somos doce, de una peña de Zaragoza, y queríamos visitar una bodega un sábado de octubre.", None)
PAIRS.append(gpair(
 "esb40g_haro_bodega_visita", "family winery with wine tourism, Haro (La Rioja)", "monologue",
 "A man phones a Haro winery to book a visit for a group of twelve from his club; they already have lunch booked.",
    [o,
 t("¡Qué bien! Cuénteme: ¿qué visita tienen en mente, algo tranquilo con cata o más completo, con comida?"),
 c("Pues... hombre, cata sí. Comida no, que ya tenemos mesa en Haro a las dos.", None),
 t("Vale, visita y cata por la mañana, acabando antes de las dos. ¿Hay un presupuesto por persona que queráis respetar?"),
 c("Eh... unos veinte euros por cabeza, más no, que hay jubilados en el grupo.", None),
 t("Entendido. La visita clásica con calado y cata de tres vinos sale a 18 € y dura hora y media. ¿Algún sábado concreto?"),
 c("El 12 o el 19. Y uno va en silla de ruedas, ¿eso es problema?", None),
 t("Bien que lo diga: hay recorrido adaptado, con ascensor. Prerreservo el 19 a las once y le mando el detalle por WhatsApp, ¿vale?"),
 c("Perfecto, mándemelo. Eso sí, lo tengo que hablar con la junta de la peña.", "think_it_over")],
    [o,
 t("¡Genial! ¿Qué experiencia buscáis? Mire: bodega familiar desde 1890, visita Gran Reserva, cinco vinos, ibéricos, 65 €, lo que eligen todos..."),
 c("Ya, pero es que nosotros...", None),
 t("...y copa de regalo, un 10 % en tienda, y comida en la sala de barricas: chuletillas al sarmiento. Una experiencia inolvidable."),
 c("Oiga, que ya tenemos comida reservada. Y 65 euros es mucho para nosotros.", "too_expensive"),
 t("Le entiendo, pero no es un gasto, es una experiencia. ¿Le apunto el Gran Reserva para doce?"),
 c("No, no. Ya miraré otras bodegas. Gracias.", "brush_off")]))

o = c("Bon dia. Soy Núria, de compras de Conservas Vallès. Necesito precio de caja americana 40x30x30, doble canal. Unas 5.000 al mes.", None)
PAIRS.append(gpair(
 "esb40g_sabadell_embalaje_cajas", "corrugated box supplier, Sabadell (Barcelona)", "monologue",
 "A canning company's buyer phones a box maker and wants a unit price before anything else.",
    [o,
 t("Bon dia, Núria. Le doy cifra ya: doble canal, a 5.000 al mes, unos 0,62 € la unidad. Para afinar: ¿van impresas o lisas?"),
 c("Lisas. Y 0,62 es caro, eh: ahora pago 0,55.", "too_expensive"),
 t("Lo tengo en cuenta. ¿Qué peso lleva cada caja y cómo las apilan? A veces se puede bajar gramaje sin riesgo."),
 c("Unos doce kilos de latas, palé de cinco alturas. Con las de ahora alguna se chafa abajo.", None),
 t("Entonces no bajaría gramaje. Le mando 50 muestras gratis, las prueban y, si aguantan, hablamos de precio por volumen anual."),
 c("Vale. Mándame oferta por escrito y las muestras.", None)],
    [o,
 t("Bon dia, Núria. Antes de números, le cuento quiénes somos, que lo importante es la relación: cuarenta años en el Vallès, tres plantas..."),
 c("Ya, pero el precio...", None),
 t("...ahora llegamos. También hacemos troquelados, expositores, que en conserva gourmet van de maravilla, diseño gráfico propio..."),
 c("Mire, tengo una reunión en diez minutos. No puedo estar con esto ahora.", "no_time"),
 t("Claro. No le ofrecemos una caja, sino una solución integral. ¿La visito la semana que viene con el catálogo?"),
 c("No hace falta. Mándeme un precio por correo y ya lo miraré.", "brush_off")]))

o = c("Hola, buenas. Quería información del forfait de temporada. Somos de Zaragoza y subimos algunos fines de semana.", None)
PAIRS.append(gpair(
 "esb40g_jaca_esqui_forfait", "ski resort ticket desk, Jaca area (Huesca)", "closing_as_open_question",
 "A mother of two asks at the ticket desk whether a family season pass is worth it.",
    [o,
 t("Hola. ¿Cuántos sois y cuántos días pensáis subir este invierno, más o menos?"),
 c("Mi marido, yo y dos críos de 9 y 12. No sé... ¿ocho, diez días? Depende de la nieve.", None),
 t("Con ocho días la temporada sale casi igual que días sueltos; con diez, compensa. ¿Cuántos subisteis el año pasado?"),
 c("Seis, que en enero el pequeño estuvo malo. Y son 1.100 euros los cuatro, que se dice pronto.", "too_expensive"),
 t("Con seis días yo no lo compraría a ciegas: la tarjeta recargable os da un 15 % cada día. Si pasáis de nueve, el año que viene, temporada."),
 c("Ah, pues eso me cuadra más. ¿La tarjeta se hace aquí?", None)],
    [o,
 t("¡Genial! ¿Y cómo preferís pagarlo, en un pago o en tres plazos sin intereses?"),
 c("Eh... no, espera, que aún no sé si nos compensa. ¿Cuánto es?", "think_it_over"),
 t("Para cuatro, 1.100 € con la preventa. ¿Qué os haría falta para llevároslo hoy mismo?"),
 c("Saber si vamos a subir bastantes días. El año pasado fueron seis.", None),
 t("Claro, y por eso: ¿a nombre de quién hago los cuatro forfaits, al suyo o al de su marido?"),
 c("A nombre de nadie. Lo hablo con mi marido y ya vendremos.", "think_it_over"),
 t("Vale, pero ¿qué tendría que pasar para cerrarlo ahora, antes de que acabe la preventa?"),
 c("Que no me agobies. Adiós.", None)]))

o = c("Buenos días. Me hicieron el presupuesto del implante la semana pasada y... bueno, tengo unas dudas antes de decir nada.", None)
PAIRS.append(gpair(
 "esb40g_lleida_dental_implante", "dental clinic, Lleida", "closing_as_open_question",
 "A patient in his sixties comes back about an implant quote; another clinic quoted less.",
    [o,
 t("Buenos días, señor Roig. Para eso estamos. ¿Qué dudas tiene?"),
 c("Pues que son 1.450 euros y en otra clínica de Lleida me dicen 990. No sé qué diferencia hay.", "too_expensive"),
 t("Es lógico preguntarlo. ¿El otro incluye la corona y el pilar, o solo el implante? A veces el precio bajo es solo el tornillo."),
 c("Pues... no lo sé. Pone 'implante' y ya.", None),
 t("Pídales el desglose. El nuestro lleva implante, pilar, corona y un año de revisiones. Si comparando igual le compensa el otro, lo entenderé."),
 c("Hombre, así da gusto. Lo pido y les llamo, ¿vale?", "think_it_over")],
    [o,
 t("Buenos días, señor Roig. ¿Qué tendría que pasar para que empezáramos el tratamiento hoy mismo?"),
 c("Hombre, hoy... Es que en otra clínica me dan 990 euros.", "too_expensive"),
 t("Entiendo. Y si le regalo la primera revisión, ¿qué día le va mejor para la cirugía, el martes o el jueves?"),
 c("Oiga, que yo venía a preguntar qué incluye, no a coger cita.", None),
 t("Por supuesto. ¿Y qué le impediría firmar ahora el consentimiento, si luego puede preguntar lo que quiera?"),
 c("Que no me fío. Me lo pienso con calma y ya les diré.", "think_it_over")]))

o = c("hola buenas, mi hijo tiene 16 y necesita el b2 de ingles para el bachillerato internacional. teneis algo martes y jueves por la tarde", None)
PAIRS.append(gpair(
 "esb40g_logrono_academia_ingles", "language academy, Logroño (La Rioja)", "pitch_as_paraphrase",
 "A mother writes on WhatsApp about a B2 English course for her teenage son on two fixed afternoons.",
    [o,
 t("¡Hola! Sí. Para situarme: ¿para cuándo necesita el B2 y qué nivel tiene ahora?"),
 c("para junio. tiene el b1 desde el año pasado pero dice que el speaking le cuesta mucho", None),
 t("Vale, B2 en junio y le flojea lo oral. Hay grupo martes y jueves de 18 a 19:30, máximo 8, con simulacro de speaking cada mes. 85 €/mes."),
 c("uf ya. es que su padre dice que con una app le basta", "no_need"),
 t("Para vocabulario van bien, pero el speaking se entrena hablando. Si queréis, prueba de nivel y clase gratis el martes, y decidís."),
 c("vale eso si. el martes a las 6 entonces?", None),
 t("Apuntado el martes a las 18:00. Que venga un cuarto de hora antes para la prueba.")],
    [o,
 t("¡Hola! ¿Qué objetivos tiene tu hijo con el inglés?"),
 c("sacarse el b2 en junio, tiene el b1. le cuesta el speaking", None),
 t("Si te he entendido bien, lo que necesitáis es el Intensivo Plus: cuatro días por semana y campamento en Irlanda en julio, 240 €/mes, ¿es así?"),
 c("no?? he dicho martes y jueves. y en julio estamos de vacaciones", None),
 t("Claro, o sea que lo que buscas es flexibilidad total, que es justo el plan Premium online + presencial, 190 €/mes, ¿correcto?"),
 c("que no, que eso no nos lo podemos gastar. mirare en otra academia gracias", "no_money")]))

o = c("Buenas. Oye, que este año la cebada me ha salido floja en la parcela de abajo y no sé si es el abono o qué.", None)
PAIRS.append(gpair(
 "esb40g_almudevar_coop_cebada", "agricultural cooperative shop, Almudévar (Huesca)", "pitch_as_paraphrase",
 "A farmer asks the co-op technician why barley on one of his plots turned out poor.",
    [o,
 t("Buenas, Anselmo. ¿Floja cómo? ¿Menos espiga, amarillea o ha nacido menos?"),
 c("Amarillea a rodales. Y le eché lo mismo que a la de arriba.", None),
 t("A rodales y con el mismo abono... puede ser el suelo, más salino. Antes de cambiar nada, yo haría un análisis de tierra: 45 € para socios."),
 c("¿45? Hombre, mi padre nunca hizo análisis y mira.", "no_need"),
 t("Ya, y a ojo muchas veces se acierta. Pero si es sal, más abono es tirar dinero. Con el análisis sabes qué cambiar."),
 c("Bueno, vale. ¿Cuándo venís a coger la muestra?", None),
 t("El técnico pasa por aquí el jueves. Te llamo el miércoles con la hora.")],
    [o,
 t("Buenas, Anselmo. ¿Cómo describirías la situación actual de tu explotación?"),
 c("Pues eso, que la de abajo amarillea a rodales y la de arriba no, con el mismo abono.", None),
 t("O sea que lo que necesitas es nuestro AgroSensor, sondas en todas las parcelas por 35 € al mes, ¿lo he entendido bien?"),
 c("¿Sondas? No. He dicho que amarillea una parcela. No voy a pagar cada mes por eso.", "no_need"),
 t("O sea, que quieres controlar costes: para eso está el AgroSensor Ahorro, dos parcelas por 25 €. ¿Correcto?"),
 c("Te digo que me mires qué le pasa a la cebada. Ya vendré cuando esté el técnico.", "brush_off")]))

o = c("Hola, bon dia. Busco unas botas para hacer el Aneto en julio. Las mías están ya para tirar.", None)
PAIRS.append(gpair(
 "esb40g_benasque_tienda_botas", "mountain gear shop, Benasque (Huesca)", "upsell_as_loop_closing",
 "A hiker wants boots for climbing Aneto; his old ones hurt his toes on descents.",
    [o,
 t("Bon dia. ¿Qué llevabas hasta ahora y qué te fallaba?"),
 c("Unas de media caña, blandas. En las bajadas largas se me clavan los dedos.", None),
 t("Te bailaba el pie. Para el Aneto, con glaciar, mejor semirrígida que admita crampón. Pruébate estas dos."),
 c("Las de la izquierda, mucho mejor. ¿Cuánto?", None),
 t("235. Baja un par de veces por la rampa, que ahí se ve si el dedo toca."),
 c("Ni toca. Pero en internet las he visto a 190, eh.", "too_expensive"),
 t("Puede ser. Aquí te las ajustamos y, si en la primera salida te hacen daño, te las cambiamos. Tú decides."),
 c("Vale, me las llevo. Por eso vengo aquí.", None)],
    [o,
 t("Bon dia. ¿Qué tipo de experiencia de montaña buscas?"),
 c("El Aneto en julio. Que no me duelan los dedos al bajar.", None),
 t("Perfecto, estas semirrígidas, 235. Y para cerrar bien, ¿qué más te añado? Crampones, 149, que con estas botas van de lujo."),
 c("No, crampones no, los alquilo. Solo las botas.", "no_need"),
 t("¿Y qué más te añado? Piolet, merino... O la chaqueta de Gore-Tex, un 20 % con las botas."),
 c("Que no, hombre. Déjalo, me las compro en Barbastro.", None)]))

o = c("Buenas tardes. Me mudo a otro piso aquí en Girona, en Santa Eugènia, y quería llevarme la fibra. Nada más.", None)
PAIRS.append(gpair(
 "esb40g_girona_fibra_traslado", "telecom shop, Girona", "upsell_as_loop_closing",
 "An older woman wants to move her fibre line to her new flat and nothing else.",
    [o,
 t("Buenas tardes. Un traslado, claro. ¿Qué día se muda y cuál es la dirección nueva?"),
 c("El 15. Carrer de Bernat Boades, 22, tercero segunda.", None),
 t("Hay cobertura y misma velocidad. El técnico puede ir el 14 o el 16. ¿Cuál le va mejor?"),
 c("El 16, que el 14 tengo a los de la mudanza. ¿Y me cobran algo?", None),
 t("El traslado es gratis si mantiene la tarifa, que sigue en 38 € al mes. Le queda igual que ahora."),
 c("Ah, pues perfecto. Eso quería.", None)],
    [o,
 t("Buenas tardes. ¿Qué día se muda y a qué dirección?"),
 c("El 15, a Bernat Boades, 22.", None),
 t("Hecho, técnico el 16. Y para cerrar el círculo, ¿qué más le añadimos? ¿Una línea móvil para su marido?"),
 c("No, mi marido tiene móvil con otra compañía y está contento.", "no_need"),
 t("Claro. Y para completar su experiencia, ¿qué tal subir a 1 Giga? Solo 12 € más. ¿O la tele con fútbol?"),
 c("¿Me está escuchando? No veo fútbol. Lo mismo que tengo. Deme el papel, por favor.", None)]))

o = c("Hola. Estamos mirando un piso en el Actur y queríamos saber qué hipoteca nos podríais dar.", None)
PAIRS.append(gpair(
 "esb40g_zaragoza_banco_hipoteca", "bank branch, Zaragoza", "leading_tag_questions",
 "A young couple at the branch counter ask what mortgage they could get for a flat.",
    [o,
 t("Hola. Para no hablar en el aire: ¿de qué precio es el piso y cuánto tenéis ahorrado para la entrada?"),
 c("195.000. Ahorrado, unos 45.000. Los dos con contrato indefinido.", None),
 t("Bien. ¿Y qué os preocupa más: pagar lo menos posible al principio o saber siempre lo que vais a pagar?"),
 c("Saber lo que pagamos. Mi hermana tiene variable y lo pasó fatal en 2023.", None),
 t("Entonces os encaja la fija. A 25 años, unos 720 € al mes. Os preparo la simulación con todos los gastos y la comparáis con otros bancos."),
 c("Vale. La miramos en casa con calma, que el jueves tenemos cita en otro banco.", "think_it_over"),
 t("Perfecto. Os la mando hoy por correo y el lunes os llamo por si hay dudas.")],
    [o,
 t("¡Hola! Qué ilusión, ¿no? Querréis la fija, ¿verdad? Es lo que hace la gente con cabeza."),
 c("Eh, supongo. Depende de la cuota a 25 años.", None),
 t("Ya, y domiciliaréis la nómina y el seguro de hogar con nosotros, que os interesa, ¿no es así?"),
 c("El seguro ya lo tenemos con otra compañía y nos va bien.", "no_need"),
 t("Pero os conviene cambiarlo para bonificar, ¿a que sí? ¿Firmamos ya la solicitud?"),
 c("Mejor lo miramos en casa y si eso volvemos.", "think_it_over")]))

o = c("Hola, buenas. Quería un taladro. Es para colgar cuatro estanterías en casa, nada más... bueno, y un espejo.", None)
PAIRS.append(gpair(
 "esb40g_reus_ferreteria_taladro", "hardware shop, Reus (Tarragona)", "leading_tag_questions",
 "A woman wants a drill to put up four shelves and a mirror.",
    [o,
 t("Hola. ¿Las paredes son de ladrillo, de pladur o de hormigón? Eso cambia el taladro."),
 c("Ni idea, chica. El piso es de los setenta, si te sirve.", None),
 t("Suele ser ladrillo. Con este percutor de 600 W vas sobrada, 49 €. El profesional de batería no te hace falta."),
 c("¿Y no me sale más a cuenta que venga un manitas?", "no_need"),
 t("Puede ser: un manitas cobra unos 60 € por venir. Si vas a colgar más cosas, el taladro se amortiza; si es solo esto, llama a uno."),
 c("No, no, que luego siempre hay algo. Me llevo el de 49 y tacos.", None),
 t("Te pongo tacos del 8 y una broca de repuesto. Si no entra bien en la pared, vuelves y lo miramos.")],
    [o,
 t("¡Hola! Tú querrás algo que dure, ¿no? Porque lo barato sale caro, ¿verdad que sí?"),
 c("Hombre, sí, pero es para cuatro estanterías.", None),
 t("Entonces este de batería profesional, 189, con dos baterías. No querrás quedarte a medias, ¿a que no?"),
 c("¿189? Para colgar cuatro cosas... es un dineral.", "too_expensive"),
 t("Ya, pero un buen taladro es una inversión, ¿no crees? Y lleva maletín, que siempre va bien, ¿a que sí?"),
 c("Que no, déjalo. Ya preguntaré en otro sitio.", "brush_off")]))

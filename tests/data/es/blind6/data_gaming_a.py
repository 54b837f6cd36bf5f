"""Gaming pairs, part A (esb6). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 1. monologue: casa rural en la Sierra de Gredos (Ávila)
o = c("Hola, buenas... mire, llamaba porque queríamos subir a la sierra el puente de mayo. Somos dos adultos, dos críos y, eh, un perro. ¿Admitís perros?", None)
PAIRS.append(gpair(
    "esb6g_gredos_casarural", "casa rural (Sierra de Gredos, Ávila)", "monologue",
    "Un padre llama a una casa rural de Gredos para el puente de mayo con dos niños y un mastín.",
    [o,
     t("Sí, admitimos perros en dos de las tres casas, con un suplemento de 10 euros por estancia. ¿Qué tamaño tiene el perro y qué edades tienen los niños? Así te digo cuál os encaja."),
     c("Es un mastín, grandote, pero muy tranquilo. Los niños tienen cuatro y siete años. Y lo que más nos preocupa es que la parcela esté cerrada, porque el pequeño se escapa en cuanto te descuidas.", None),
     t("Entendido: perro grande y un niño de cuatro que se escapa, así que necesitáis parcela vallada. La Casa del Pinar tiene la finca cerrada entera, con cancela, y es de una sola planta. ¿Qué noches serían?"),
     c("Del viernes 1 al domingo 3. Oye, ¿y de precio? Que en una web vi casas por esta zona a 90 la noche.", None),
     t("Esas dos noches la del Pinar son 115 la noche, más los 10 del perro: 240 en total. Es algo más que esas de 90; la diferencia es la valla completa y la leña incluida. La otra casa sale a 95, pero solo tiene un patio pequeño sin cerrar del todo."),
     c("Uf, 240... pues no sé, me lo tengo que hablar con mi mujer, que ella es la que lleva las cuentas del viaje.", "think_it_over"),
     t("Claro, habladlo con calma. Te dejo las fechas bloqueadas sin pagar nada hasta el miércoles a las ocho; si no me decís nada, se liberan. ¿Os viene bien así?"),
     c("Vale, perfecto, así sí. Te escribo el miércoles como muy tarde.", None)],
    [o,
     t("¡Qué buena pregunta! Antes de nada, ¿qué tipo de experiencia buscáis? Porque déjame que te cuente: tenemos tres casas, el Pinar, el Arroyo y la Fragua, todas con chimenea, barbacoa y wifi, este año hemos renovado los baños, y además hay rutas a caballo, quesería artesanal, cestas de bienvenida con productos de la zona y sí, perros también..."),
     c("Eh, vale, pero el perro es grande, es un mastín...", None),
     t("¡Sin problema! Lo que te escucho decir es que queréis una escapada completa, ¿verdad? Pues la Fragua es nuestra joya: jacuzzi exterior, cama king size, desayuno casero por 12 euros por persona, y con el paquete Experiencia Gredos os incluimos la ruta a caballo y la cena del sábado."),
     c("Ya, pero con dos críos tan pequeños el jacuzzi y los caballos nos sobran, de verdad.", "no_need"),
     t("Y eso no es todo: la relación con nuestros huéspedes es lo primero. Grupo de WhatsApp para sugerencias, check-in flexible, leña ilimitada, y los niños pueden dar de comer a las gallinas. El paquete sale a 390 las dos noches, perro incluido. ¿Algo más que quieras saber?"),
     c("Pues sí, si la parcela está vallada, que el pequeño se escapa. Y 390 por dos noches en una casa rural... eso es precio de hotel, hombre.", "too_expensive"),
     t("Te entiendo perfectamente. Y fíjate, este mes la cesta de bienvenida va gratis y el late check-out también, y tenemos muchísimas reseñas de cinco estrellas, la gente repite..."),
     c("Mira, déjalo, ya miro yo en otra web. Gracias.", None)],
))

# 2. closing_as_open_question: cooperativa de ahorro y crédito, Cajamarca (Perú)
o = c("Buenos días, señorita. Disculpe, vengo por lo del préstamo para ganaderos que dijeron en la radio. Tengo mis vaquitas allá en Baños del Inca y quería ver si me alcanza para una ordeñadora.", None)
PAIRS.append(gpair(
    "esb6g_cajamarca_microcredito", "cooperativa de ahorro y crédito (Cajamarca, Perú)", "closing_as_open_question",
    "Una ganadera lechera pregunta por un microcrédito para comprar una ordeñadora mecánica.",
    [o,
     t("Buenos días, señora, bienvenida. Claro que sí. Cuénteme un poquito: ¿cuántas vacas ordeña ahora y cuánta leche entrega al día?"),
     c("Seis vaquitas. Unos setenta litros al día, a la planta le vendo. Pero ordeñando a mano se me va toda la mañana, ya.", None),
     t("Setenta litros con seis vacas, y el ordeño a mano le quita la mañana entera. Una ordeñadora de dos puestos cuesta unos 6.500 soles. ¿Cada cuánto le paga la planta, cada quincena?"),
     c("Cada quincena, sí, unos 1.400 soles. Pero de ahí saco el alimento, el veterinario... El año pasado una financiera me cobró carísimo y casi pierdo el terreno, por eso desconfío, pues.", "bad_experience"),
     t("Comprendo que después de eso vaya con cuidado. Por eso le preguntaba la quincena: podría pagar en cuotas quincenales de unos 150 soles a 24 meses, y la tasa se la doy por escrito hoy, sin letra chica. ¿Le parece si lo calculamos con sus números y se lo lleva a casa?"),
     c("Ya, mejor así. Lo voy a conversar con mi hijo, que él me ayuda con las cuentas.", "think_it_over"),
     t("Muy bien. Le preparo la simulación impresa, y cuando lo hayan conversado me llama o viene el jueves, que estoy yo. No tiene que firmar nada hoy."),
     c("Gracias, señorita, así sí da confianza.", None)],
    [o,
     t("¡Buenos días, señora! Qué gusto tenerla aquí. Cuénteme, ¿cómo se imagina su negocio dentro de un año?"),
     c("Pues... con la ordeñadora ya no tendría que ordeñar a mano, pues. Tengo seis vaquitas, setenta litros al día.", None),
     t("Excelente visión. Y dígame, ¿qué necesitaría ver hoy para firmar la solicitud antes de irse?"),
     c("¿Hoy? No, señorita, yo solo venía a preguntar. El año pasado una financiera me hizo firmar rapidito y casi pierdo mi terreno.", "bad_experience"),
     t("La entiendo. Y justamente por eso, ¿qué le resulta más cómodo: dejarme ahora su DNI y el recibo de luz, o que mañana le pase a recoger los papeles a su chacra?"),
     c("Ninguna de las dos. Primero quiero saber cuánto es la cuota, y luego lo converso con mi hijo.", "think_it_over"),
     t("Claro, la cuota es muy accesible. ¿Qué cuota mensual la haría sentir cómoda para que hoy mismo dejemos su préstamo aprobado?"),
     c("Usted no me está escuchando, señorita. Me voy nomás.", None)],
))

# 3. pitch_as_paraphrase: fibra, aldea cerca de Sarria (Lugo), chat
o = c("hola buenas, tengo fibra con vosotros en una aldea cerca de sarria y se me corta por las tardes, es normal?", None)
PAIRS.append(gpair(
    "esb6g_lugo_fibra", "operador de fibra (Sarria, Lugo), chat", "pitch_as_paraphrase",
    "Una clienta escribe por el chat porque la fibra se le corta cada tarde.",
    [o,
     t("Hola, gracias por escribir. No es normal, vamos a mirarlo. ¿Se corta la conexión entera (cambia alguna luz del router) o solo va lenta? ¿Y a qué hora más o menos?"),
     c("lento no, se corta del todo. sobre las 6-7 de la tarde q es cuando los crios hacen deberes y mi marido ve el futbol. el router se pone con la luz roja", None),
     t("Vale: cortes totales entre las 6 y las 7 y luz roja en el router. Eso apunta a la línea, no a falta de velocidad. Veo 4 caídas esta semana a esas horas. ¿Te parece si abro una incidencia y te mando un técnico? No tiene coste."),
     c("vale pero xq el comercial del otro dia me dijo q lo q tenia q hacer era subir a 1 giga", None),
     t("Con 1 Gb se cortaría igual, porque el fallo es de la línea. Ahora mismo no te recomiendo cambiar de tarifa: primero arreglamos el corte y, si luego notas que os falta velocidad, lo hablamos. ¿Cuándo te va mejor que vaya el técnico?"),
     c("por la tarde a partir de las 4, q por la mañana trabajo en lugo", None),
     t("Perfecto, te pongo cita el jueves de 16 a 19 h; te llegará un SMS la víspera. Si antes se vuelve a cortar, apunta la hora y me la mandas por aquí con el número de incidencia 48213."),
     c("ok genial, gracias", None)],
    [o,
     t("¡Hola! Gracias por contactarnos, tu experiencia es muy importante para nosotros. Cuéntame, ¿cómo usáis internet en casa?"),
     c("pues normal, los crios los deberes, mi marido el futbol. pero se corta a las 6-7 de la tarde", None),
     t("Entonces, si te he entendido bien, lo que necesitáis es más capacidad para varios dispositivos a la vez, es decir, nuestra Fibra 1 Gb con el pack TV Fútbol por 64,90 al mes, ¿correcto?"),
     c("no, yo no he dicho eso. se corta, no va lento. y 64,90 ni de broma, ahora pago 35", "too_expensive"),
     t("Claro, te entiendo. Lo que te escucho decir es que buscáis estabilidad con un precio controlado, o sea, la Fibra 600 Mb con router wifi 6 a 45 euros, que es justo lo que necesitan hogares como el tuyo. ¿Lo he resumido bien?"),
     c("q no, q no quiero cambiar de tarifa. quiero q no se corte", "no_need"),
     t("Perfecto. Entonces lo que buscas es tranquilidad: con el Pack Tranquilidad, por 4,99 al mes, tienes asistencia prioritaria y técnico en 24 horas. ¿Te lo activo?"),
     c("o sea q tengo q pagar aparte para q me arregleis lo q ya pago. paso. me voy a reclamar a consumo", "no_need")],
))

# 4. upsell_as_loop_closing: clínica veterinaria (Murcia)
o = c("Buenas, acho. Vengo a ponerle la vacuna de la rabia al perro, que me ha llegado la carta del ayuntamiento de que le toca.", None)
PAIRS.append(gpair(
    "esb6g_murcia_veterinaria", "clínica veterinaria (Murcia)", "upsell_as_loop_closing",
    "Un jubilado trae a su perro de nueve años a la vacuna anual de la rabia.",
    [o,
     t("Buenas. Sí, se la ponemos ahora. ¿Cómo se llama y cuántos años tiene? ¿Le has notado algo raro últimamente, o venís solo por la vacuna?"),
     c("Perico, nueve años. Solo la vacuna, aunque bueno, últimamente bebe mucha agua, pero será el calor, que aquí en julio ya sabes.", None),
     t("Puede ser el calor, sí. Pero a los nueve años beber mucho también puede venir del riñón o del azúcar. No digo que sea eso; yo le miraría la orina, que son 15 euros, y si sale bien nos quedamos tranquilos. ¿Qué te parece?"),
     c("Pues mira, es que estoy jubilado y este mes voy justito, con la vacuna ya lo tenía contado.", "no_money"),
     t("Lo entiendo. Entonces hoy solo la vacuna, 28 euros. Te doy un botecito para que recojas la orina en casa y me la traigas cuando puedas. Si además le ves comer menos o vomitar, vienes antes. ¿Vale?"),
     c("Vale, eso sí. La traigo la semana que viene, cuando cobre.", None),
     t("Perfecto. Te apunto para llamarte el viernes de recordatorio. Y te sello ahora la cartilla para el ayuntamiento.")],
    [o,
     t("¡Buenas! Claro que sí. ¿Qué tal está Perico? ¿Cómo describirías su salud en general?"),
     c("Bien, bien. Bebe mucha agua últimamente, pero será el calor.", None),
     t("Genial. Pues le ponemos la rabia. Y para cerrar bien el círculo, ¿qué más te añado hoy? ¿La polivalente y la de leishmania, que así ya os ahorráis volver?"),
     c("No, solo la rabia, que estoy jubilado y voy justito.", "no_money"),
     t("Entendido, solo lo importante. Antes de terminar, ¿hay algo más que pueda hacer por Perico? ¿Te llevas el collar antiparasitario, que con el calor vienen los mosquitos? Son 34 euros y dura ocho meses."),
     c("Que no, que ya le pongo la pipeta del súper y le va bien.", "no_need"),
     t("Perfecto. ¿Y algo más que necesites? Tenemos el pienso renal en 3x2 para perros mayores que beben mucho."),
     c("¿Renal? ¿Es que le pasa algo al riñón? Nadie le ha mirado nada...", None),
     t("No, no, es preventivo. ¿Te pongo un saco para ir probando?"),
     c("Mira, ponle la vacuna y ya está, que me estáis liando.", "no_need")],
))

# 5. leading_tag_questions: suministros agrícolas (El Ejido, Almería)
o = c("Buenas, quería ver precios de goma de goteo, que en el invernadero tengo la que hay ya hecha polvo.", None)
PAIRS.append(gpair(
    "esb6g_almeria_riego", "suministros agrícolas (El Ejido, Almería)", "leading_tag_questions",
    "Un agricultor joven quiere cambiar el riego por goteo de su invernadero de tomate.",
    [o,
     t("Buenas. ¿Cuánta superficie es, qué cultivo tienes y con qué agua riegas, de pozo o de la comunidad de regantes?"),
     c("Una hectárea de tomate. Agua de pozo, un poquito salobre la verdad, y los goteros se me tapan cada dos por tres.", None),
     t("Vale: una hectárea de tomate, agua salobre y goteros que se tapan. Ahí te conviene gotero autocompensante y un buen filtro de anillas; sin filtro, cambies la goma que cambies te vuelve a pasar. ¿Qué filtro tienes ahora?"),
     c("Uno de malla que puso mi padre hace quince años. Pero yo venía a por la goma, el filtro este año no entraba en las cuentas.", "no_money"),
     t("Entendido. Te hago dos números: la goma sola, unos 2.300 euros la hectárea; con el filtro de anillas, 2.950. Si no llega para las dos cosas, yo pondría ya el filtro y cambiaría la goma por sectores, empezando por el peor. ¿Cómo lo ves?"),
     c("Hm. Lo tengo que mirar con mi padre, que el invernadero es de los dos.", "think_it_over"),
     t("Claro. Os mando por WhatsApp el presupuesto de las dos opciones y, si queréis, el martes me paso a ver el cabezal y os digo qué sector está peor, sin compromiso."),
     c("Eso me vale. Mándamelo y el martes te espero allí.", None)],
    [o,
     t("¡Buenas! ¿Qué es lo más importante para ti en un sistema de riego? Porque tú quieres lo mejor para tu cosecha, ¿verdad?"),
     c("Hombre, claro. Pero yo lo que quiero es que no se me tapen, que el agua de pozo es salobre.", None),
     t("Claro. Entonces querrás la gama profesional, la de 3.800 la hectárea; no te vas a jugar la cosecha por ahorrar cuatro duros, ¿a que no?"),
     c("Hombre, 3.800... yo había pensado gastarme dos mil y poco, no más.", "no_money"),
     t("Ya, pero tú eres un agricultor serio, ¿no? Y un agricultor serio sabe que lo barato sale caro, ¿o no es así?"),
     c("Sí, bueno... pero lo que se me tapa es el gotero. ¿Eso lo arregla la goma cara o no?", None),
     t("Por supuesto, con esta no se te tapa nada. Te la llevo el lunes y te la montan mis chavales. El lunes te viene bien, ¿verdad?"),
     c("El lunes no, que tengo la recogida. Y déjame hablarlo con mi padre primero, que esto es mucho dinero.", "think_it_over")],
))

# 6. putdown_question: ayuntamiento, multa de la OTA (Bilbao)
o = c("Egun on. Mire, me han puesto una multa de la OTA en Indautxu y yo tenía el tique puesto, ¿eh? Lo tengo aquí. Esto es una vergüenza.", None)
PAIRS.append(gpair(
    "esb6g_bilbao_multa", "ayuntamiento, atención ciudadana (Bilbao)", "putdown_question",
    "Un vecino enfadado viene a la oficina municipal por una multa de aparcamiento regulado que cree injusta.",
    [o,
     t("Egun on. Vamos a verlo. ¿Me deja el tique y la multa? Así compruebo las horas."),
     c("Tome. El tique es hasta las 12:40 y la multa es de las 12:25. ¡Que estaba en hora!", None),
     t("Efectivamente: 12:25 con tique hasta las 12:40. Una pregunta para que la alegación salga bien: ¿el tique estaba en el salpicadero, visible desde fuera?"),
     c("Sí, hombre, donde siempre. Aunque igual se había caído un poco hacia el lado, que con el sol se dobla, no sé.", None),
     t("Eso pasa mucho. Le preparo ahora la alegación con copia del tique y de la multa; suele resolverse en uno o dos meses y mientras tanto no tiene que pagar nada. ¿Le avisamos por correo electrónico o por carta?"),
     c("Por correo, que las cartas las pierdo. ¿Y seguro que no me llega recargo?", None),
     t("Mientras la alegación esté en trámite, no. Aquí tiene el justificante con el número de registro; si le llegara algún recargo, viene con esto y lo paramos."),
     c("Vale, pues eskerrik asko. Me voy más tranquilo.", None)],
    [o,
     t("Egun on. Tranquilo, ¿eh? ¿No cree que está exagerando un poco? Cuénteme qué ha pasado exactamente."),
     c("¿Exagerando? Me han multado con el tique en regla.", None),
     t("Ya. ¿Y está seguro de que leyó bien la hora del tique? Porque la mayoría de la gente que viene se confunde."),
     c("Pues claro que sé leer. Hasta las 12:40, y la multa a las 12:25.", None),
     t("Entiendo su frustración. ¿Y el tique lo puso donde se ve, o lo dejó tirado por ahí como hace todo el mundo?"),
     c("En el salpicadero, como siempre. Oiga, ¿me va a ayudar o me va a seguir tratando de tonto?", None),
     t("Le estoy ayudando. ¿No ha pensado que lo más fácil es pagar con el descuento del 50% y olvidarse, en vez de liarse con un recurso que igual no entiende?"),
     c("No pienso pagar nada. Quiero la hoja de reclamaciones y hablar con su responsable.", None)],
))

# 7. not_my_department_or_read_the_terms: telefonía móvil (Arequipa, Perú), chat
o = c("buenas tardes, en mi recibo de este mes me cobran 45 soles de un servicio de juegos q yo nunca he pedido, q es eso", None)
PAIRS.append(gpair(
    "esb6g_arequipa_movil", "operador móvil (Arequipa, Perú), chat", "not_my_department_or_read_the_terms",
    "Un cliente escribe por un cobro de suscripción de juegos en la línea de su madre.",
    [o,
     t("Buenas tardes, gracias por escribir. Lo reviso ahora mismo. ¿Me confirma el número de línea y el mes del recibo?"),
     c("959 xxx 214, recibo de mayo. es la linea de mi mama, ella ni sabe q es eso de juegos", None),
     t("Veo la suscripción 'ZonaJuegos', activada el 3 de mayo por SMS. ¿Su mamá recuerda haber respondido algún mensaje ese día, o alguien más usa el celular?"),
     c("mi sobrino de 8 años se lo presta a veces para los videos... capaz fue el", None),
     t("Es muy posible; esos mensajes están hechos para que un niño toque 'aceptar'. Ya la di de baja y le abro un reclamo por los 45 soles: tienen 15 días para responder y se descuenta en el siguiente recibo. También puedo bloquear las suscripciones por SMS en esa línea, sin costo. ¿Se lo activo?"),
     c("si porfa bloquealo. y me mandas el numero del reclamo x aca?", None),
     t("Listo: bloqueo activado y reclamo N.º 2024-88731. Si en 15 días no ve la devolución, escríbame por aquí con ese número."),
     c("ya, gracias joven, muy amable", None)],
    [o,
     t("¡Buenas tardes! Gracias por contactarnos, su satisfacción es muy importante para nosotros. ¿En qué le puedo ayudar hoy?"),
     c("ya te dije, me cobran 45 soles de juegos q nadie pidio", None),
     t("Entiendo su molestia. Lamentablemente los contenidos de terceros no son de mi área, yo solo veo planes y equipos. ¿Hay algo más en lo que le pueda ayudar?"),
     c("y a quien le escribo entonces? la linea es con ustedes, el cobro viene en su recibo", None),
     t("Comprendo perfectamente. Como indican los términos y condiciones que aceptó al contratar, punto 14.3, los servicios de valor añadido son responsabilidad del proveedor. Le sugiero leerlos en la web. ¿Le quedó claro?"),
     c("no me quedo claro nada. es la linea de mi mama, ella no acepto nada", None),
     t("Lo siento mucho, yo no pongo las reglas. Si desea, puede acercarse a una tienda. ¿Cómo calificaría mi atención del 1 al 10?"),
     c("un 1. voy a poner la queja en osiptel", None)],
))

# 8. social_proof_or_deadline_pressure: autoescuela (Las Palmas de Gran Canaria), WhatsApp
o = c("hola buenas, queria info para sacarme el carnet de coche. trabajo a turnos en un hotel en meloneras y no se si me da la vida", None)
PAIRS.append(gpair(
    "esb6g_laspalmas_autoescuela", "autoescuela (Las Palmas de Gran Canaria), WhatsApp", "social_proof_or_deadline_pressure",
    "Una camarera de pisos con turnos rotativos pregunta por el permiso B.",
    [o,
     t("hola!! claro q si. para ver si te cuadra: tus turnos rotan cada semana o son fijos? y vives x las palmas o x el sur?"),
     c("rotan cada semana, mañana o tarde. vivo en escaleritas pero curro en el sur, 1 hora de guagua", None),
     t("vale, o sea q rotas mañana/tarde y te pasas 2 horas al dia en guagua. el teorico lo puedes estudiar con nuestra app en la misma guagua y venir solo a los simulacros, y las practicas las cuadramos semana a semana segun tu turno. tenias algun presupuesto en la cabeza?"),
     c("pues no se, una amiga me dijo q en otra autoescuela le salio por 700 todo, y yo tb pense en algo asi", None),
     t("te soy sincera: matricula + teorico son 290 y cada practica 32€. con unas 20 practicas, q es lo normal, sale x unos 930 mas las tasas de trafico. si tu amiga pago 700 seguramente hizo menos clases, depende de cada persona"),
     c("uf 930... eso es mas de lo q puedo ahora mismo, tengo q ahorrar", "no_money"),
     t("entiendo. puedes empezar solo con el teorico (290, en 2 pagos) y dejar las practicas para cuando lo apruebes y tengas ahorrado. te mando el desglose x escrito y lo miras con calma 😊"),
     c("vale, mandamelo y lo pienso esta semana", "think_it_over")],
    [o,
     t("hola!! me alegra q nos escribas 😊 cuentame, q significa para ti sacarte el carnet? como te cambiaria la vida?"),
     c("pues no depender de la guagua, q tardo 1 hora al curro. pero con los turnos no se si puedo", None),
     t("te entiendo totalmente. mira, este mes la mitad de las camareras de pisos de meloneras se han apuntado con nosotros al pack turnos, 850 todo incluido. pero la oferta acaba este viernes a las 14:00 🔥🔥"),
     c("850 todo? y cuantas practicas incluye?", None),
     t("las q necesitan la mayoria de nuestras alumnas, q aprueban a la primera. solo me quedan 3 plazas a ese precio y tengo a 2 chicas preguntando. te reservo la tuya con 100 de señal?"),
     c("es q ahora mismo no tengo 100 para dar de señal, cobro el dia 30", "no_money"),
     t("lo entiendo, pero el viernes se acaba y luego son 1.100. tus compañeras ya estan todas dentro, no te vas a quedar tu fuera no? q me dices?"),
     c("mira, prisa no tengo. lo miro con calma y comparo con otras, vale?", "think_it_over")],
))

# 9. keyword_stuffed: catering para empresas (Quito, Ecuador)
o = c("Buenas tardes. Le llamo de una aseguradora de la González Suárez, aquí en Quito. Estamos organizando el almuerzo de fin de año para unas ciento veinte personas y me pasaron su contacto.", None)
PAIRS.append(gpair(
    "esb6g_quito_catering", "catering para empresas (Quito, Ecuador)", "keyword_stuffed",
    "La responsable de talento humano de una aseguradora pide presupuesto para el almuerzo de fin de año.",
    [o,
     t("Buenas tardes, muchas gracias por llamar. Con mucho gusto. ¿Ya tienen fecha y lugar? ¿Y se imaginan un almuerzo servido a la mesa o tipo buffet?"),
     c("El viernes 13 de diciembre, en la terraza de la oficina. Buffet, creo, algo informal. Hay como quince vegetarianos y dos celíacos.", None),
     t("Perfecto: 120 personas, buffet en la terraza el 13 de diciembre, quince vegetarianos y dos celíacos. ¿La terraza tiene techo por si llueve, y algún punto de agua cerca? En diciembre, a mediodía en Quito, nunca se sabe."),
     c("Tiene techo a medias y un office pequeñito con lavabo. Y otra cosa: el presupuesto que me aprobaron es de 18 dólares por persona.", None),
     t("Con 18 dólares se puede hacer bien: dos proteínas, hornado y pollo, un principal vegetariano, ensaladas, postre y bebidas sin alcohol. Lo que no entra a ese precio son meseros a la mesa ni licor. Para los celíacos, platos aparte y rotulados. ¿Le envío dos menús para que elija?"),
     c("Sí, por favor. Pero lo tengo que presentar a gerencia, así que no le puedo confirmar hasta la próxima semana.", "think_it_over"),
     t("Sin problema. Hoy le envío las dos opciones y le guardo la fecha hasta el miércoles 27. Si gerencia quiere, hacemos una degustación para dos personas sin costo."),
     c("Eso me ayuda mucho, gracias.", None)],
    [o,
     t("¡Buenas tardes! Qué gusto. En nuestra empresa creemos que cada evento es una experiencia que construye relaciones. Para entender sus necesidades: ¿qué sentimiento quiere que se lleven sus colaboradores?"),
     c("Eh... pues que coman rico y la pasen bonito. Son ciento veinte, buffet, el 13 de diciembre.", None),
     t("Entiendo perfectamente lo que siente. Lo que escucho es que su necesidad es crear una experiencia de éxito compartido que fortalezca la relación con su equipo. ¿Le entendí bien?"),
     c("Supongo... ¿Y cuánto sale por persona? Tengo 18 dólares por cabeza, y hay vegetarianos y dos celíacos.", None),
     t("Gracias por compartirlo. Nuestro compromiso es acompañarle en todo el proceso para que su experiencia sea exitosa, entendiendo las necesidades de cada persona desde la empatía y la excelencia. ¿Cómo se siente con eso?"),
     c("Señor, le pregunté un precio. ¿Lo pueden hacer por 18 o no?", None),
     t("Totalmente, entiendo su necesidad. Lo valioso aquí es la relación a largo plazo y el éxito de su evento. Le enviaré nuestra propuesta de valor integral. ¿Hay algo más en lo que pueda acompañarle?"),
     c("Mándela, pero le aviso que ya tengo otras dos cotizaciones con precio y menú, y las voy a comparar.", "think_it_over")],
))

# 10. rude: mudanzas (Sevilla)
o = c("Buenos días, hijo. Quería saber cuánto me costaría una mudanza pequeñita, de Triana a Dos Hermanas, que me voy a vivir con mi hija.", None)
PAIRS.append(gpair(
    "esb6g_sevilla_mudanza", "empresa de mudanzas (Sevilla)", "rude",
    "Una señora mayor se muda a casa de su hija y pide presupuesto por teléfono.",
    [o,
     t("Buenos días, señora. Claro. ¿Qué se llevaría, más o menos? ¿Muebles grandes o más bien cajas y cosas personales? ¿Y el piso de Triana tiene ascensor?"),
     c("Pues poca cosa: la cómoda de mi madre, que es antigua, una butaca, la máquina de coser y unas diez cajas. Y no, no hay ascensor, es un tercero.", None),
     t("Vale: cómoda antigua, butaca, máquina de coser y diez cajas, desde un tercero sin ascensor. Basta una furgoneta con dos operarios; la cómoda la envolvemos con manta y film para que no se raye. Serían unos 260 euros con IVA."),
     c("Ay, 260... yo pensaba que por cuatro cosas sería menos. A un vecino le cobraron 150.", "too_expensive"),
     t("Es normal que le sorprenda. Lo que más encarece es el tercero sin ascensor, que la cómoda hay que bajarla a pulso. Si las cajas las lleva su hija en su coche, se queda en unos 210. ¿Su hija tiene coche?"),
     c("Sí, tiene una furgoneta del trabajo. Eso lo hablo con ella esta noche y le llamo mañana.", "think_it_over"),
     t("Perfecto. Le dejo apuntado el presupuesto de 210 a su nombre, y mañana me dice qué día les viene bien."),
     c("Muy bien, hijo, muchas gracias por la paciencia.", None)],
    [o,
     t("Buenos días. A ver, rapidito: ¿qué necesita exactamente? Que tengo otra llamada."),
     c("Ay, perdone. Pues una cómoda antigua, una butaca, la máquina de coser, unas cajas... es un tercero sin ascensor.", None),
     t("O sea, que me llama por cuatro trastos. ¿Y qué espera, que se los bajemos volando? Son 260, y me dice si sí o si no."),
     c("Bueno, hijo, trastos no, que la cómoda era de mi madre. ¿Y no podría ser un poquito menos? A mi vecino le cobraron 150.", "too_expensive"),
     t("Pues llame a su vecino, a ver si se la baja él. ¿Alguna otra pregunta, señora, o lo dejamos aquí?"),
     c("Pues sí: ¿así le habla usted a todo el mundo?", None),
     t("Le hablo claro, que es lo que quieren los clientes. ¿Quiere la mudanza o no?"),
     c("No, gracias. Ya buscaré una empresa con más educación.", None)],
))

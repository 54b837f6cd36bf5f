"""Gaming pairs, kinds 1-5 (esb10). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - aseguradora, Sevilla, hablado
o = c("Hola, buenas, mire, es que me ha llegado la renovación del seguro de la casa y, o sea, me sube como ochenta euros y no entiendo por qué.", None)
PAIRS.append(gpair(
    "esb10g_sevilla_renovacionhogar", "aseguradora de hogar (Sevilla)", "monologue",
    "Clienta llama porque la renovación del seguro de hogar sube unos 80 euros.",
    [o,
     t("Buenas, vamos a mirarlo. ¿Me da el número de póliza? Y cuénteme, ¿ha cambiado algo este año en la casa o en lo que tenía contratado?"),
     c("Sí, es la 4471-B. Cambiar, cambiar... no. Bueno, el año pasado tuvimos lo del agua del vecino de arriba, que nos manchó el techo del salón.", None),
     t("Lo veo. Ese siniestro explica parte de la subida; la otra parte es el contenido, que tiene asegurado en 40.000 euros. ¿Le cuadra esa cifra con lo que hay en casa?"),
     c("Uf, cuarenta mil... es un piso normal, los muebles son de hace quince años. Y la verdad, ochenta euros más ahora mismo no me vienen nada bien, ¿eh?", "no_money"),
     t("Entonces, si la he entendido bien: el piso no ha cambiado, el contenido le parece inflado y la subida le aprieta. Si bajamos el contenido a 25.000, la renovación queda 31 euros por encima del año pasado, no 80, y la cobertura de agua sigue igual. Le mando las dos opciones por correo; vence el día 15."),
     c("Vale, eso ya es otra cosa. Se lo comento a mi marido esta noche y le llamo mañana.", "think_it_over"),
     t("Perfecto, mañana estoy de nueve a tres. Si prefiere que le llame yo, dígame a qué hora.")],
    [o,
     t("¡Buenas! Qué bien que llama, porque su experiencia con nosotros es lo primero. Le cuento: este año la póliza Hogar Plus incluye cerrajero 24 horas, asistencia informática, reparación de electrodomésticos y defensa jurídica ampliada, y además..."),
     c("Ya, pero yo lo que quiero saber es por qué me sube...", None),
     t("Sí, sí, a eso voy. La subida hay que verla en el contexto de todo lo que le damos: los siniestros de agua en Sevilla han subido, las reparaciones han subido, y nosotros hemos añadido valor. Y si pasa a la modalidad Oro, por 12 euros más al mes, tiene además jardinería, mascotas..."),
     c("¿Más? O sea, le llamo porque me sube y usted me ofrece subirme más. Eso no me lo puedo permitir.", "no_money"),
     t("Es una inversión en tranquilidad. ¿Qué es lo que más valora de su hogar? Porque le digo de verdad que los clientes de Triana, cuando ven el Oro, ni se lo piensan, y encima el primer mes va de regalo y con la app lo gestiona todo desde el móvil..."),
     c("Mire, déjelo, que no me está escuchando. Adiós, buenas tardes.", None)]))

# 2 monologue - gimnasio, Bilbao, chat
o = c("hola, tengo la cuota de 3 dias a la semana y quiero saber si puedo congelarla en verano, me voy a trabajar fuera dos meses", None)
PAIRS.append(gpair(
    "esb10g_bilbao_congelarcuota", "gimnasio (Bilbao)", "monologue",
    "Socio pregunta por chat si puede congelar la cuota en julio y agosto.",
    [o,
     t("¡Hola! Sí, se puede. ¿Qué meses serían exactamente? ¿Y te vas del todo o volverás algún fin de semana?"),
     c("julio y agosto. me voy de monitor a un campamento en cantabria, igual vuelvo algun finde pero poco", None),
     t("Vale. Congelamos julio y agosto completos: la congelación son 5 € al mes en vez de los 39 de tu cuota, y mantienes tu precio. Si algún finde vuelves, entras con pase de día por 6 €. ¿Te encaja?"),
     c("5 euros por no ir? me parece un poco morro, en otros gimnasios te das de baja y ya", "too_expensive"),
     t("Te entiendo. La diferencia es que con la baja en septiembre vuelves con la tarifa nueva de 45 y pagas 30 de matrícula; congelando pagas 10 en total y sigues en 39. Si aun así prefieres la baja, te la tramito sin problema."),
     c("ah vale visto asi me compensa. congelamela", None),
     t("Hecho: congelada del 1 de julio al 31 de agosto, te llega el justificante al correo. ¡Que vaya genial el campamento!")],
    [o,
     t("¡Hola! Gracias por escribirnos 😊 Queremos que tu experiencia sea la mejor. ¿Sabías que lanzamos el Plan Summer Fit? Acceso 24h, spinning ilimitado, zona de agua y plan nutricional con nuestra dietista, por solo 12 € más al mes."),
     c("ya pero yo pregunto por congelar, no voy a estar", None),
     t("¡Claro! Y justo por eso te interesa: con Summer Fit tienes acceso a toda nuestra red del norte, entrenos online en la app, retos mensuales con premios y si traes a un amigo, mes gratis para los dos. ¿Qué objetivo te gustaría conseguir este verano?"),
     c("estoy en un campamento en el monte, no hay gimnasio. dime si se puede congelar y cuanto cuesta", None),
     t("¡Entendido! Congelar se puede, pero muchos socios se arrepienten porque pierden el hábito, y la constancia es la clave del éxito. Por eso te recomiendo Summer Fit con la app: 20 minutos con el móvil donde estés. ¿Te lo activo?"),
     c("no. quiero congelar. si no me lo haceis me doy de baja directamente", "no_need"),
     t("¡Por supuesto! Te paso el formulario. ¿Hay algo más que pueda hacer para mejorar tu experiencia? Te dejo también el enlace de Summer Fit por si cambias de idea 😉"),
     c("no", None)]))

# 3 closing_as_open_question - comercializadora eléctrica, Valencia, hablado
o = c("Hola, sí, buenas. Es que he visto un anuncio vuestro de tarifa fija y, bueno, ahora mismo estoy con la regulada, la de siempre, y no sé si me compensa.", None)
PAIRS.append(gpair(
    "esb10g_valencia_tarifafija", "comercializadora eléctrica (Valencia)", "closing_as_open_question",
    "Cliente con tarifa regulada llama tras ver un anuncio de tarifa fija.",
    [o,
     t("Buenas. Para decirte si compensa necesito ver tu consumo. ¿Tienes una factura a mano? Me interesa el consumo anual y la potencia."),
     c("A ver, espera... Potencia 4,6, y consumo... 2.900 kilovatios al año, más o menos.", None),
     t("Vale. ¿Y cuándo gastáis más en casa? ¿Teletrabajáis, tenéis aire acondicionado?"),
     c("Pues yo trabajo desde casa tres días, y en agosto el aire a tope, es que en Valencia no se puede. Lo que me mata es que un mes pago 50 y otro 110.", None),
     t("O sea, que lo que te pesa es no saber qué te va a venir cada mes. Te soy claro: con tu consumo, la fija saldría unos 6 o 7 euros al mes más cara que la regulada del último año, a cambio de pagar siempre el mismo precio por kWh."),
     c("Ah, ¿más cara? Hombre... entonces no sé si me interesa. Déjame pensarlo.", "think_it_over"),
     t("Claro. Te mando la comparativa al correo con los dos escenarios y, si quieres, la miramos juntos el jueves. No hay permanencia, por si te sirve el dato."),
     c("Vale, mándamela. El jueves por la tarde mejor.", None)],
    [o,
     t("¡Buenas! Qué bien que te interese. Para entender bien tu situación: ¿cuándo te vendría mejor hacer el cambio, este mes o el que viene?"),
     c("Eh... no, a ver, yo solo quería saber si me compensa.", None),
     t("Perfecto, te escucho. ¿Y qué valoras más, ahorrar o tener tranquilidad? Porque con la fija tienes las dos cosas. ¿A qué nombre ponemos el contrato, al tuyo?"),
     c("Tranquilidad sí, que un mes pago 50 y otro 110. Pero, o sea, ¿cuánto me costaría? Que no me has preguntado ni lo que gasto.", None),
     t("Muy buena pregunta. ¿Qué tendría que pasar para que hoy mismo te sintieras cómodo dando el paso? Solo necesito tu DNI y el IBAN, y el resto lo hacemos nosotros."),
     c("Pues que me digas el precio, tío. Yo el IBAN no lo doy sin saber lo que pago.", None),
     t("Te entiendo perfectamente. ¿Prefieres domiciliarlo en tu cuenta de siempre o en otra? Así te dejo ya el precio bloqueado, que es lo importante."),
     c("Mira, no. Ya lo miraré yo en la web con calma.", "brush_off")]))

# 4 closing_as_open_question - clínica dental, Madrid, chat
o = c("hola, en la revision me han dicho que tengo que hacerme una endodoncia en una muela, queria saber el precio y si hay que pagarlo todo de golpe", None)
PAIRS.append(gpair(
    "esb10g_madrid_endodoncia", "clínica dental (Madrid)", "closing_as_open_question",
    "Paciente pregunta por chat el precio de una endodoncia y si se puede fraccionar.",
    [o,
     t("Hola, gracias por escribir. ¿Qué muela es, lo pone el informe? El precio cambia si es molar o premolar. ¿Te la indicó una de nuestras dentistas?"),
     c("la 36 creo, abajo a la izquierda. me lo dijo la doctora ruiz. me duele un poco al masticar", None),
     t("La 36 es un molar: la endodoncia son 240 €. Si después hace falta corona, se presupuesta aparte. Puedes pagar en la cita o en 3 meses sin intereses. ¿Qué te preocupa más ahora, el precio o el dolor?"),
     c("las dos cosas jaja. 240 mas la corona se me va, este mes ando justa con la vuelta al cole", "no_money"),
     t("Normal. La endodoncia no conviene retrasarla si ya duele, pero la corona puede esperar unas semanas. Pagas la endo en 3 plazos de 80 y la corona la vemos cuando tú digas. ¿Te busco hueco o prefieres pensarlo?"),
     c("vale, buscame algo por la tarde la semana que viene", None),
     t("Tengo el martes 17 a las 18:30 con la doctora Ruiz. Te lo reservo y te mando el presupuesto por escrito con los plazos."),
     c("perfecto, gracias", None)],
    [o,
     t("¡Hola! Entiendo tu necesidad. Para ayudarte mejor: ¿qué día de esta semana te viene mejor para empezar el tratamiento?"),
     c("ya pero primero quiero saber cuanto es", None),
     t("¡Por supuesto! ¿Y cómo te resulta más cómodo pagar, con tarjeta en la cita o con nuestra financiación a 12 meses? La mayoría elige la financiación porque ni lo nota."),
     c("no se, dime el precio primero porfa, que quiero saber a que atenerme", None),
     t("Por eso te pregunto: ¿qué tendría que incluir el plan para que hoy dijeras que sí? Además de la endodoncia te incluimos la corona de zirconio y un blanqueamiento, todo en una cuota."),
     c("blanqueamiento?? yo solo quiero lo de la muela", "no_need"),
     t("Claro, lo que tú necesites 😊 ¿Te reservo el jueves a las 10 o a las 12 para firmar el plan y empezar?"),
     c("ninguna. ya llamare por telefono a ver si alguien me dice el precio", "brush_off")]))

# 5 pitch_as_paraphrase - fisioterapia, Vigo, hablado
o = c("Hola, buenas. Mire, es que, eh, llevo un par de semanas con el cuello fatal, de estar con el ordenador, y una amiga me dijo que aquí veníais bien.", None)
PAIRS.append(gpair(
    "esb10g_vigo_dolorcuello", "clínica de fisioterapia (Vigo)", "pitch_as_paraphrase",
    "Administrativa con dolor de cuello entra en una clínica de fisio por recomendación.",
    [o,
     t("Hola, gracias por venir. Cuéntame: ¿dónde te duele exactamente, y te baja hacia el brazo o se queda en el cuello?"),
     c("Aquí, en el lado derecho, a veces hasta el hombro. Al brazo no. Por las mañanas me levanto con él duro, duro.", None),
     t("Vale. ¿Cuántas horas pasas con el ordenador? ¿Te había pasado antes?"),
     c("Ocho horas, en una gestoría. Y sí, hace dos años me pasó algo parecido, fui a un sitio de masajes y me dejaron peor, así que vengo con un poco de miedo, la verdad.", "bad_experience"),
     t("Normal que vengas con recelo. Resumo: lado derecho del cuello hasta el hombro, rigidez por la mañana, ocho horas de pantalla y un mal recuerdo de los masajes. Te propongo una primera sesión de valoración: exploro, trato suave y te explico lo que veo. Si no te convence, no hay bono ni compromiso."),
     c("Vale, ¿y cuánto es eso?", None),
     t("La primera con valoración son 40 euros. Según lo que encontremos, puede que con dos o tres sesiones y unos ejercicios para la oficina sea suficiente."),
     c("Venga, vale. ¿Tienes algo el viernes?", None)],
    [o,
     t("Hola, bienvenida. Cuéntame, ¿qué te trae por aquí?"),
     c("Pues eso, el cuello, del ordenador. Me duele en el lado derecho, hasta el hombro.", None),
     t("Vale. Entonces, si te he entendido bien, lo que necesitas es nuestro Bono Espalda Sana de diez sesiones, que sale a 320 euros en vez de 400, ¿correcto?"),
     c("Eh... no, yo no he dicho eso. Hace dos años fui a un sitio de masajes con bono y me dejaron peor. No quiero repetir.", "bad_experience"),
     t("Claro. O sea, lo que me estás diciendo es que buscas un tratamiento serio y completo, que es justo el Bono Espalda Sana más nuestra pauta de pilates terapéutico, ¿lo he entendido bien?"),
     c("Pues tampoco. Diez sesiones para un dolor de dos semanas no me hacen falta, digo yo.", "no_need"),
     t("Te escucho. Entonces lo que valoras es ahorrar, y por eso lo que te encaja es pagar el bono de una vez, que sale más a cuenta. ¿Te lo dejo preparado?"),
     c("Que no, mujer. Me lo pienso y ya te digo algo.", "think_it_over")]))

# 6 pitch_as_paraphrase - turismo rural, Priorat (Cataluña), chat
o = c("hola buenas, somos una pareja y buscamos algo tranquilo para el puente de diciembre, vi vuestra masia en internet. teneis libre?", None)
PAIRS.append(gpair(
    "esb10g_priorat_puentemasia", "masía de turismo rural (Priorat)", "pitch_as_paraphrase",
    "Pareja pregunta por chat por una habitación para el puente; uno se recupera de una operación de rodilla.",
    [o,
     t("¡Hola! Para el puente nos queda libre la habitación del granero, del 6 al 8. ¿Qué os apetece hacer: descansar, caminar, visitar bodegas?"),
     c("descansar sobre todo y alguna ruta corta. mi pareja se esta recuperando de una operacion de rodilla, nada de cuestas", None),
     t("Apuntado. Ojo, el granero está en la planta de arriba, con escalera de piedra. La del molino está en planta baja, pero solo libre del 7 al 9. ¿Os cuadran esas fechas?"),
     c("uf el 9 trabajo, no puedo", "no_time"),
     t("Pues mejor el granero del 6 al 8. Son doce escalones con barandilla; te mando una foto para que lo valoréis. Y rutas llanas hay dos junto al río, de unos 4 km."),
     c("si mandamela. y el precio? en otra casa del pueblo vi 85 la noche y vosotros 110", "too_expensive"),
     t("La de 85 es sin desayuno; la nuestra lo incluye, con producto de la zona. Reservando directamente con nosotros os queda en 98 la noche, y se cancela gratis hasta el día 1."),
     c("vale, lo hablo con el y te digo esta noche", "think_it_over")],
    [o,
     t("¡Hola! Gracias por contactar. Contadme, ¿qué tipo de experiencia buscáis para el puente?"),
     c("algo tranquilo, descansar y alguna ruta corta. mi pareja se esta recuperando de la rodilla", None),
     t("¡Qué bien! Entonces, lo que os escucho decir es que buscáis nuestro Paquete Experiencia Priorat: tres noches, cata en bodega, ruta guiada por el Montsant y cena maridaje, 540 € la pareja. ¿Es así?"),
     c("no, tres noches no podemos, el lunes trabajo. y el montsant con la rodilla ni de broma", "no_time"),
     t("Perfecto, te entiendo. Entonces lo que necesitáis es desconectar de verdad, y lo que mejor encaja es la suite con jacuzzi, ideal para recuperarse. ¿He entendido bien lo que buscáis?"),
     c("no has entendido nada. cuanto es la habitacion normal dos noches?", None),
     t("Resumiendo lo que me comentas: buscáis relax total, y para eso lo mejor es la suite a 160 la noche con desayuno y circuito. ¿Os la bloqueo?"),
     c("160?? no gracias, por eso en el pueblo de al lado hay cosas a 85", "too_expensive")]))

# 7 upsell_as_loop_closing - ferretería, Barcelona (Gràcia), hablado
o = c("Hola, buenas. Mira, se me ha roto lo de la cisterna, el mecanismo del botón, y quería uno igual. Traigo el viejo, mira.", None)
PAIRS.append(gpair(
    "esb10g_barcelona_cisterna", "ferretería de barrio (Barcelona, Gràcia)", "upsell_as_loop_closing",
    "Vecino trae el mecanismo viejo de la cisterna porque pierde agua.",
    [o,
     t("A ver... Es un mecanismo de doble descarga de los de hace años. ¿Qué le pasa exactamente: no descarga, o pierde agua?"),
     c("Pierde agua todo el rato, se oye el chorrito por la noche, o sea, no para.", None),
     t("Entonces casi seguro es la junta de abajo, no todo el mecanismo. La junta vale 4 euros; el mecanismo entero, 22. ¿Te ves con ánimo de cambiar solo la junta?"),
     c("Hombre, si es la junta, la junta. Pero es que yo de esto, tío, poco... No sé si sabré.", None),
     t("Es fácil: cierras la llave de paso, vacías, giras la pieza de abajo un cuarto de vuelta y cambias la goma. Te lo dibujo. Si no se arregla, vuelves con el ticket y te la cambio por el mecanismo pagando la diferencia."),
     c("Ah, vale, eso me gusta. Venga, la junta. ¿Y tengo que comprar algo más?", None),
     t("No, nada más. Son 4 euros. Si te atascas, llámame, que estoy hasta las ocho."),
     c("Gràcies, eh. Hasta luego.", None)],
    [o,
     t("Hola, buenas. A ver... sí. Te pongo el mecanismo completo nuevo, 22 euros. ¿Qué más te puedo añadir para que te lleves todo lo que necesitas?"),
     c("Pues nada, eso. Es que pierde agua todo el rato, se oye por la noche.", None),
     t("Entiendo. Para cerrar bien el tema y que no te quedes corto: ¿te añado también el latiguillo y la llave de escuadra? Siempre conviene cambiarlo todo junto. ¿Algo más para el baño?"),
     c("Hombre, la llave funciona bien, eh. Yo solo venía por lo del botón.", "no_need"),
     t("Perfecto. Y para asegurarme de que tu experiencia es completa: ¿te pongo un kit de juntas, cinta de teflón y la tapa de WC con cierre suave, que está de oferta? ¿Alguna otra cosa que pueda sumar?"),
     c("A ver, tío, que vengo a por una pieza y me estás haciendo la reforma del baño. ¿Cuánto es todo eso?", None),
     t("Todo junto, 68 euros, pero te ahorras volver. ¿Te lo cobro o quieres añadir algo más para cerrar?"),
     c("¿Sesenta y ocho por una cisterna? No, no. Solo el mecanismo, y gracias.", "too_expensive")]))

# 8 upsell_as_loop_closing - bricolaje online, Las Palmas (Canarias), chat
o = c("buenas, compre una mampara online y ha llegado con el cristal rajado. pedido 55821", None)
PAIRS.append(gpair(
    "esb10g_laspalmas_mamparerota", "tienda de bricolaje online (Las Palmas de Gran Canaria)", "upsell_as_loop_closing",
    "Cliente de Canarias recibe una mampara con el cristal rajado y el fontanero viene el jueves.",
    [o,
     t("Hola, siento lo del cristal. Veo el pedido 55821, mampara de 120 cm entregada el martes. ¿La raja es en el cristal fijo o en la puerta? Si puedes, mándame una foto."),
     c("en el fijo, de arriba abajo casi. te mando foto. el problema es que el fontanero viene el jueves a instalarla", None),
     t("Recibida, se ve clarísimo. Pido hoy el cristal fijo a fábrica; a Canarias tarda de 5 a 7 días, así que el jueves no llega, te soy sincero. ¿Puedes mover al fontanero?"),
     c("uf, me cobra desplazamiento otra vez y va liadisimo. que rollo", None),
     t("Lo entiendo. Si te cobra otro desplazamiento, mándame su factura y te lo abonamos, hasta 40 €. Y si quieres, el jueves puede montar perfiles y puerta, y el fijo cuando llegue."),
     c("ah eso esta bien. vale, le digo que monte lo que pueda", None),
     t("Perfecto. Te escribo en cuanto salga de fábrica con el seguimiento. El cristal roto no hace falta devolverlo: desmóntalo con guantes y al punto limpio."),
     c("ok gracias", None)],
    [o,
     t("¡Hola! Lamento lo ocurrido. Para cerrar bien tu caso: te enviamos el cristal de reposición. ¿Qué más puedo añadir al envío para aprovechar los portes a Canarias? El kit de silicona antimoho está a 9,95 €."),
     c("no quiero silicona, quiero saber cuando llega el cristal, el fontanero viene el jueves", "no_need"),
     t("¡Claro! Y para que el jueves quede todo perfecto, ¿te añadimos el tratamiento antical para el cristal y el toallero a juego? Así cerramos el pedido completo."),
     c("me llega un cristal roto y me intentas vender un toallero? cuando llega el cristal", None),
     t("Llegará en 5-7 días laborables. Para que no tengas que esperar otra vez, ¿te añado un segundo cristal de repuesto con un 20% de descuento? ¿Hay algo más que te pueda sumar hoy?"),
     c("y quien paga al fontanero si viene para nada?", None),
     t("Eso tendrías que verlo con el fontanero, nosotros gestionamos solo productos 😊 ¿Puedo ayudarte con algo más?"),
     c("dejalo, pondre una reclamacion", None)]))

# 9 leading_tag_questions - cooperativa agrícola, Jaén, hablado
o = c("Buenas, Antonio. Oye, que vengo por lo del seguro de la cosecha, que me ha dicho mi cuñado que este año ha subido.", None)
PAIRS.append(gpair(
    "esb10g_jaen_seguroolivar", "cooperativa olivarera (Villacarrillo, Jaén)", "leading_tag_questions",
    "Socio de la cooperativa pregunta por el seguro agrario del olivar tras un año de sequía.",
    [o,
     t("Buenas, Manolo. Sí, algo ha subido. ¿Tienes las mismas hectáreas que el año pasado? ¿Algo de regadío?"),
     c("Las mismas, doce y media. Tres de riego, lo demás secano. Y el año pasado, con la sequía, cogí la mitad de lo normal.", None),
     t("¿Y tenías solo el de pedrisco o también el de sequía?"),
     c("Solo pedrisco. El de sequía lo tuve en el 2012 y me pagaron una miseria, así que lo quité. No me fío.", "bad_experience"),
     t("O sea, que no quieres pagar por algo que luego no responde. Lo que ha cambiado: ahora en secano calcula sobre tu media de cinco años, no la de la comarca. Para tus nueve de secano serían unos 310 euros más. Te saco las dos cifras y lo miras."),
     c("Trescientos y pico... Es que este año voy muy pillado, con el gasoil y todo.", "no_money"),
     t("Lo entiendo. El plazo del de secano acaba el 20 de diciembre, no tienes que decidir hoy. Te imprimo lo de pedrisco, que ya tenías, y el de sequía aparte, y lo hablamos la semana que viene."),
     c("Venga, vale. Déjamelo y se lo enseño a la Mari.", "think_it_over")],
    [o,
     t("Buenas, Manolo. Cuéntame. Tú querrás asegurarte bien este año después de lo de la sequía, ¿verdad?"),
     c("Hombre, asegurarme sí, pero a ver cuánto. Que el año pasado cogí la mitad.", None),
     t("Normal. Y lo lógico es coger el paquete completo, pedrisco, sequía e incendio, ¿no? Que no vas a arriesgarte otra vez, ¿a que no?"),
     c("El de sequía lo tuve en el 2012 y me pagaron una miseria. No me fío mucho, la verdad.", "bad_experience"),
     t("Ya, pero eso era antes, ahora está mucho mejor, ¿eh? Tú eres de los socios que piensan a largo plazo, ¿a que sí? Con doce hectáreas no te vas a quedar a medias, ¿verdad que no?"),
     c("A ver, Antonio, que yo no estoy para gastar. Con el gasoil como está voy justo.", "no_money"),
     t("Claro, claro. Pero la tranquilidad de tu familia vale más que trescientos euros, ¿a que sí? Te lo firmo ya y no le das más vueltas, ¿vale?"),
     c("No, no me firmes nada. Ya vendré otro día.", "brush_off")]))

# 10 leading_tag_questions - tienda de bicis eléctricas, Málaga, chat
o = c("hola, busco una bici electrica para ir al trabajo, son unos 8 km con alguna cuesta. que me recomendais?", None)
PAIRS.append(gpair(
    "esb10g_malaga_bicielectrica", "tienda de bicicletas eléctricas (Málaga)", "leading_tag_questions",
    "Clienta quiere una bici eléctrica para ir al trabajo; vive en un cuarto sin ascensor.",
    [o,
     t("¡Hola! Para afinar: ¿las cuestas son fuertes o suaves? ¿Y dónde la vas a guardar, la subes a casa o tienes garaje?"),
     c("hay una fuerte al final, la subida a ciudad jardin. y vivo en un cuarto sin ascensor, tendria que subirla", None),
     t("Entonces el peso importa tanto como el motor. Hay dos opciones: una urbana de 19 kg con motor central, que sube bien, a 1.890 €, o una de 23 kg con motor en rueda a 1.150, que sube más justa. ¿Tienes un presupuesto pensado?"),
     c("pensaba en unos 1200. 1890 me parece una pasada para una bici la verdad", "too_expensive"),
     t("Es mucho dinero, sí. Con 1.200 la de 1.150 te vale para 8 km; pierdes algo de fuerza en la cuesta y subes 4 kg más por la escalera. Lo mejor es que la pruebes en esa cuesta: te la dejamos un día con fianza."),
     c("ah eso me mola. se puede el sabado?", None),
     t("Sí, el sábado a las 10 la tienes lista. Trae el DNI y te la llevas hasta el domingo."),
     c("genial, alli estare", None)],
    [o,
     t("¡Hola! Qué buena decisión. Para ir al trabajo querrás algo potente, ¿verdad? No te vas a quedar tirada en una cuesta, ¿a que no?"),
     c("potente lo justo. tengo que subirla a un cuarto sin ascensor", None),
     t("Claro. Entonces lo tuyo es la gama alta con batería de 750 Wh, que es la que todo el mundo acaba comprando, ¿no crees? Una bici es para años, ¿verdad?"),
     c("ya pero cuanto pesa y cuanto cuesta? no puedo gastar mas de 1200", "no_money"),
     t("Pesa 26 kg y está en 2.490 €, pero con la financiación ni lo notas, ¿a que no? Y tú eres de las que valoran la calidad, ¿me equivoco?"),
     c("26 kilos por cuatro pisos? ni de broma. y 2490 por una bici tampoco", "too_expensive"),
     t("Entiendo, pero al final compensa, ¿verdad que sí? ¿Te la reservo antes de que se agote?"),
     c("no gracias, voy a mirar en otras tiendas y comparo", "think_it_over")]))

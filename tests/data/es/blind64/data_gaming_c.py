"""Gaming pairs, part c (esb64). Written by hand."""
from common import c, t, gpair

PAIRS = []

# c01 putdown_question -----------------------------------------------------
_o = c("Hola, bon dia. Soc... perdona, soy Núria, de un estudio de interiorismo de Barcelona. Nos ha llegado el pedido de porcelánico para una reforma y la mitad de las cajas tienen otro tono, se nota muchísimo.", None)
PAIRS.append(gpair(
    id="esb64g_onda_azulejos_tono",
    business="fábrica de azulejos y porcelánico en Onda (Castellón), atención a profesionales; estudio de interiorismo de Barcelona",
    kind="putdown_question",
    situation="Una interiorista recibe un pedido de porcelánico con dos lotes de tono distintos; el alicatador empieza el lunes.",
    good=[
        _o,
        t("Bon dia, Núria. Eso en una obra es un problema gordo. ¿Me lees el código de tono y calibre que pone en el lateral de las cajas? Uno de las buenas y uno de las otras."),
        c("A ver... las primeras pone T3 y calibre 2, y las otras T5, calibre 2. Son cuarenta metros en total, veinte y veinte.", None),
        t("Ahí está: te han salido dos lotes distintos, y eso no debería haber salido así del almacén. ¿Lo han empezado a colocar?"),
        c("No, por suerte el alicatador lo vio antes. Pero empieza el lunes y el cliente ya está de mal humor, eh, que la obra va con retraso.", None),
        t("Vale. Te propongo: miro ahora si tengo veinte metros de T3 en almacén; si los hay, salen mañana, los tienes el viernes en Barcelona y en el mismo viaje recogemos las T5. Sin coste para ti. Te confirmo en una hora."),
        c("Si llega el viernes, perfecto. Pero si no hay T3 necesito saberlo hoy, que entonces tengo que buscar otro material.", None),
        t("Entendido. Te llamo antes de las doce con la respuesta, sea cual sea."),
    ],
    gaming=[
        _o,
        t("Bon dia. A ver, ¿está segura de que no es la luz de la obra? ¿Lo ha mirado con luz natural o con los focos del alicatador?"),
        c("Con luz natural, en la terraza. Se ve a un kilómetro. Y en las cajas pone T3 y T5.", None),
        t("¿Y sabe usted lo que significa el tono en un porcelánico? Porque mucha gente se piensa que tiene que ser todo igualito, y eso es el encanto del material, ¿no?"),
        c("Soy interiorista, sé perfectamente lo que es un tono. Lo que no puede ser es que me mandéis dos lotes en un mismo pedido.", None),
        t("¿Y al hacer el pedido especificó que fuera todo del mismo lote? ¿O eso se lo tenemos que adivinar?"),
        c("Pues se supone, ¿no? Son cuarenta metros para un mismo baño. El alicatador empieza el lunes.", None),
        t("Ya, pues quizá la próxima vez convenga pedirlo por escrito. ¿Y qué espera que hagamos ahora, fabricarlo de nuevo solo para usted?"),
        c("Espero que me lo cambiéis. Si no, pásame con tu responsable, que llevo ocho años comprando aquí.", None),
        t("Le paso la consulta a almacén. ¿Alguna cosa más?"),
        c("No. Ya llamo directamente al comercial de zona.", None),
    ],
))

# c02 not_my_department_or_read_the_terms ----------------------------------
_o = c("Buenas, os llamo por la mudanza de la semana pasada, de Palma a Barcelona. El sofá ha llegado con una pata rota y una raja en el tapizado.", None)
PAIRS.append(gpair(
    id="esb64g_palma_mudanza_sofa",
    business="empresa de mudanzas entre Baleares y la península, atención al cliente",
    kind="not_my_department_or_read_the_terms",
    situation="Un cliente encuentra su sofá dañado al desembalar tras una mudanza de puerta a puerta con tramo en barco; firmó el albarán sin mirar.",
    good=[
        _o,
        t("Buenas, lo siento. Vamos a arreglarlo. ¿Me dices el número de la mudanza o tu nombre? Y el daño, ¿lo viste al descargar o al desembalar después?"),
        c("A nombre de Joan Bauzà. Lo vi al desembalar, al día siguiente. Los chicos lo dejaron envuelto y yo firmé el albarán sin mirar, que iban con prisa.", None),
        t("No pasa nada por eso: tienes siete días para avisar de daños y estás dentro. ¿Me mandas fotos de la pata y de la raja por WhatsApp a este número?"),
        c("Te las mando ahora. Pero os digo que con la otra empresa de mudanzas que usé me marearon tres meses y al final nada.", "bad_experience"),
        t("Entiendo que desconfíes. Con las fotos abro el parte hoy; la pata la arregla un tapicero nuestro en Barcelona y el tapizado lo valora él. Te llamo el jueves con la cita del tapicero, y lo llevo yo de principio a fin."),
        c("Vale, el jueves. Fotos enviadas.", None),
        t("Recibidas, se ve claro. El jueves te llamo, Joan."),
    ],
    gaming=[
        _o,
        t("Buenas. Entiendo tu frustración y valoro que nos lo cuentes. ¿Firmaste el albarán de entrega?"),
        c("Sí, lo firmé, pero lo vi al desembalar al día siguiente.", None),
        t("Vale, pues si firmaste conforme, eso ya es cosa tuya, las condiciones lo dicen claro. Además el tramo del barco no es nuestro, es de la naviera."),
        c("¿Cómo que de la naviera? Yo os contraté a vosotros de puerta a puerta.", None),
        t("Sí, pero el seguro del trayecto marítimo lo gestiona la naviera, viene en la letra pequeña. Yo no hago las normas, eh. Tendrías que reclamarles a ellos."),
        c("Pues dame un teléfono de la naviera, o alguien de vuestra empresa que lo lleve.", None),
        t("Eso lo tiene el departamento de siniestros, y yo soy de comercial. Escribe al correo de la web. ¿Hay algo más en lo que te pueda ayudar?"),
        c("Esto es de chiste. Voy a poner una hoja de reclamaciones.", None),
    ],
))

# c03 social_proof_or_deadline_pressure ------------------------------------
_o = c("Bon dia. ¿Eres el del almacén? Me han dicho que estáis comprando naranja en el árbol. Tengo un campo en Alzira.", None)
PAIRS.append(gpair(
    id="esb64g_alzira_naranja_arbol",
    business="almacén comprador de cítricos en la Ribera (Valencia); agricultor de Navelina",
    kind="social_proof_or_deadline_pressure",
    situation="Un agricultor con doce hanegadas de Navelina pregunta al comprador de un almacén; quiere comparar con la cooperativa.",
    good=[
        _o,
        t("Bon dia, sí. Cuéntame: ¿qué variedad tienes, cuántas hanegadas y cómo la ves este año?"),
        c("Navelina, unas doce hanegadas. Está bonita, de tamaño bien, aunque algo ha picado la mosca en la parte de la acequia.", None),
        t("¿Y cuándo la quieres coger? La Navelina ahora se está pagando según calibre y según cuánta mosca haya. Si me dejas, paso esta semana, miro árboles y daño, y te doy un precio por arroba por escrito."),
        c("Pásate, pero te digo que la cooperativa también me da precio, eh. Lo voy a comparar.", "think_it_over"),
        t("Normal, compáralo. Yo te daré el precio y el plazo de pago, que a veces la diferencia está ahí: nosotros pagamos a treinta días de la recogida. ¿Qué día te va bien?"),
        c("El jueves por la tarde, que por la mañana estoy con el tractor en otro campo.", None),
        t("El jueves a las cuatro, en el campo. Mándame la ubicación por WhatsApp."),
        c("Vale. Pregunta por Vicent, que el de al lado es de mi primo y te liarás.", None),
    ],
    gaming=[
        _o,
        t("Bon dia. Sí, y te lo digo ya: estamos cerrando con media Ribera. Tus vecinos de partida ya me han vendido todos, solo quedas tú. ¿Qué variedad tienes?"),
        c("Navelina, doce hanegadas. ¿Y quién te ha vendido? Porque mi primo tiene el campo al lado y no me ha dicho nada.", None),
        t("Nombres no te puedo dar, pero es la mayoría. Te doy treinta céntimos el kilo, pero solo hasta mañana a mediodía, que luego el precio baja seguro."),
        c("¿Sin ver el campo ni nada? Yo eso lo tengo que comparar con lo que me diga la cooperativa.", "think_it_over"),
        t("La cooperativa paga a noventa días, y eso si paga. Todos los de aquí se han pasado a nosotros. Si no me dices hoy, el camión se va a Carcaixent y te quedas sin."),
        c("Mira, ya me engañaron una vez con eso de comprar en el árbol: vinieron, cogieron lo bueno y lo malo lo dejaron colgando. No me fío de las prisas.", "bad_experience"),
        t("Por eso te lo digo, que la confianza es lo primero. Firma hoy y te garantizo el precio; mañana ya no te lo puedo mantener."),
        c("Pues nada, que se vaya el camión. Adéu.", "no_need"),
    ],
))

# c04 keyword_stuffed ------------------------------------------------------
_o = c("Hola, soy Jordi, de Transports Puig, en la Zona Franca. Tenemos doce furgonetas de reparto y las rutas las hace un señor con un Excel cada mañana. Y claro, cuando él falta, caos.", None)
PAIRS.append(gpair(
    id="esb64g_barcelona_rutas_reparto",
    business="software de planificación de rutas; empresa de reparto de la Zona Franca (Barcelona), videollamada comercial",
    kind="keyword_stuffed",
    situation="El gerente de una pequeña empresa de reparto quiere dejar de depender de un Excel y de una persona; el gasoil le aprieta.",
    good=[
        _o,
        t("Hola, Jordi. O sea, hoy todo depende de una persona y de su Excel. ¿Cuánto tarda en hacer las rutas cada mañana, y qué reparto hacéis: paquetería, palets, con horarios de entrega?"),
        c("Tarda hora y media, de seis a siete y media. Paquetería sobre todo, y algunas tiendas del centro que tienen horario de carga por la mañana, por lo de la ZBE y las zonas de carga.", None),
        t("Lo de las ventanas horarias es importante, no todos los programas lo llevan bien; el nuestro sí. Con doce furgonetas serían doscientos noventa al mes. ¿Lo probamos con vuestras rutas reales? Nos mandáis el Excel de un lunes y os devolvemos las rutas para compararlas con las suyas."),
        c("Uf, doscientos noventa. Ahora mismo con el gasoil como está no sé si me lo puedo permitir.", "no_money"),
        t("Lo entiendo. Para eso es la prueba: si con vuestro lunes no os ahorra más kilómetros de lo que cuesta, no os compensa y os lo diré. ¿Me mandas el Excel y lo comparamos juntos el jueves?"),
        c("Vale, eso sí. Pero que lo vea también el señor del Excel, que si a él no le gusta no hay manera.", None),
        t("Por supuesto, mejor con él. El jueves a las diez por videollamada, los tres."),
        c("Hecho. Te mando el Excel del lunes pasado.", None),
    ],
    gaming=[
        _o,
        t("Hola, Jordi. Antes de nada, gracias por compartir tu experiencia. En nuestra empresa entendemos que cada cliente tiene necesidades únicas y queremos construir una relación de éxito a largo plazo. ¿Cómo te sientes con tu situación actual?"),
        c("Pues me siento como uno que tiene doce furgonetas y un Excel. ¿Vuestro programa hace rutas con horarios de carga?", None),
        t("Entiendo perfectamente lo que sientes. Nuestra solución pone la experiencia del cliente en el centro, escuchando sus necesidades para transformar la logística en una experiencia de éxito compartido."),
        c("Ya, pero ¿hace lo de los horarios o no? ¿Y cuánto cuesta?", None),
        t("Gran pregunta. El valor de la relación va más allá del precio: se trata de entender tus necesidades y acompañarte hacia el éxito. Son doscientos noventa al mes, pero lo importante es cómo te hará sentir."),
        c("Con el gasoil como está, doscientos noventa al mes me van a hacer sentir pobre, la verdad.", "no_money"),
        t("Te escucho y valido tu experiencia. ¿Qué necesitas sentir para dar el siguiente paso en nuestra relación?"),
        c("Necesito que me contestes lo de los horarios. Mira, mándame un PDF y ya lo miraremos.", "brush_off"),
    ],
))

# c05 rude -----------------------------------------------------------------
_o = c("Buenos días. Yo soy italiano, vivo en Alicante desde dos meses. Necesito empadronarme, pero no sé bien qué papeles necesito.", None)
PAIRS.append(gpair(
    id="esb64g_alicante_padron_italiano",
    business="oficina municipal de atención ciudadana en Alicante (padrón)",
    kind="rude",
    situation="Un italiano recién llegado quiere empadronarse; el contrato de alquiler está a nombre de su pareja y trabaja por las mañanas.",
    good=[
        _o,
        t("Buenos días. Le ayudo. ¿Vive de alquiler o en un piso propio? Es lo que cambia los papeles."),
        c("De alquiler, con un contrato. Pero el contrato es a nombre de mi compañera, no mío.", None),
        t("Vale. Entonces necesita su pasaporte o su carta de identidad italiana, el NIE si lo tiene, el contrato, y una autorización firmada por su compañera con copia de su documento. Le doy ahora el impreso de la autorización."),
        c("Ah, perfecto. ¿Y hoy puedo hacerlo? Porque trabajo por las mañanas, es difícil venir otra vez.", None),
        t("Hoy, sin la autorización firmada, no se puede, lo siento. Pero los martes y jueves abrimos por la tarde hasta las siete. Si quiere, le pido yo ahora la cita para una tarde."),
        c("Sí, grazie, el jueves por la tarde mejor.", None),
        t("Jueves a las cinco y media. Se lo apunto en el impreso con la lista de papeles, para que no se le olvide nada."),
    ],
    gaming=[
        _o,
        t("¿Y no lo ha mirado en la web? Está todo puesto, ¿eh?"),
        c("Sí, la he mirado, pero no entiendo bien. Mi contrato de alquiler es a nombre de mi compañera.", None),
        t("Pues entonces, autorización. Lo pone bien claro. ¿Siguiente?"),
        c("Perdone, ¿qué autorización? ¿Hay un papel?", None),
        t("Mire, yo no estoy aquí para hacer de profesor de español. Impreso de autorización, en la web. Y cita previa."),
        c("Vale, pero trabajo por las mañanas, no puedo venir otra mañana.", "no_time"),
        t("Pues pida un día libre, como todo el mundo. ¿Algo más? Que tengo gente esperando."),
        c("Nada más. Muy amable, de verdad.", None),
    ],
))

# c06 ignored_customer -----------------------------------------------------
_o = c("Hola. Vengo a ver lo de las clases prácticas. Es que he suspendido dos veces el práctico en otra autoescuela y estoy ya desesperada.", None)
PAIRS.append(gpair(
    id="esb64g_murcia_autoescuela_nervios",
    business="autoescuela en Murcia",
    kind="ignored_customer",
    situation="Una chica que sabe conducir pero se bloquea por los nervios en el examen práctico busca otra autoescuela.",
    good=[
        _o,
        t("Hola. Dos veces es frustrante, pero pasa mucho más de lo que crees. ¿Qué te dijo el examinador, en qué fallaste?"),
        c("La primera, una rotonda, que me metí sin ceder. La segunda... me puse tan nerviosa que se me caló el coche tres veces en la salida. Acho, es que me bloqueo.", None),
        t("O sea, conducir sabes, pero los nervios te bloquean en el examen. ¿En tus clases de antes te pasaba también, o solo con el examinador delante?"),
        c("Solo en el examen. Con mi profesor iba bien, incluso por el centro de Murcia con tráfico.", None),
        t("Entonces no te hacen falta veinte clases más. Te propongo cuatro clases por el recorrido del examen en El Palmar, a la hora a la que examinan, y una última de simulacro con otro profesor que haga de examinador, para que te acostumbres a alguien que no conoces. Son treinta y ocho cada una."),
        c("Cuatro y el simulacro... Eso sí me lo puedo pagar. ¿Y no me vais a decir luego que necesito diez más?", None),
        t("Si después del simulacro te veo bien, te presentas. Si no, te digo exactamente qué falla y tú decides. ¿Empezamos el lunes?"),
        c("El lunes a las cinco. Venga.", None),
    ],
    gaming=[
        _o,
        t("Hola. Cuéntame, ¿qué crees que pasó en los exámenes?"),
        c("Los nervios, me bloqueo. En las clases iba bien, pero con el examinador se me cala el coche.", None),
        t("Vale. Pues mira, aquí tenemos el pack de veinte prácticas a seiscientos euros, que sale más barato por clase."),
        c("¿Veinte? Yo no necesito veinte, si conducir sé. Lo que tengo son nervios.", "no_need"),
        t("Ya. ¿Y qué tal llevas las rotondas?"),
        c("Las rotondas bien, eso ya lo corregí. Te digo que mi problema es el examen, los nervios.", None),
        t("Perfecto. Pues el pack de veinte incluye también rotondas y aparcamiento, y si pagas hoy te regalo la tasa de Tráfico."),
        c("Acho, ¿me estás escuchando? Seiscientos euros no los tengo, y veinte clases no me hacen falta.", "no_money"),
        t("Lo entiendo. ¿Tienes alguna otra duda sobre el pack?"),
        c("Ninguna. Me voy a otra autoescuela.", None),
    ],
))

# c07 repeated_questions ---------------------------------------------------
_o = c("Buenas, tengo un apartamento en Torrevieja que alquilo a turistas en verano y me piden wifi. Pero claro, el resto del año está cerrado.", None)
PAIRS.append(gpair(
    id="esb64g_torrevieja_wifi_temporada",
    business="tienda de telefonía en Torrevieja (Alicante)",
    kind="repeated_questions",
    situation="Un propietario quiere internet solo para los meses en que alquila su apartamento a turistas.",
    good=[
        _o,
        t("Buenas. Entonces lo quiere solo para la temporada. ¿Qué meses lo alquila, y qué gente suele ir: familias, gente que teletrabaja?"),
        c("De junio a septiembre. Familias, sobre todo, ingleses y gente de Madrid. Lo usan pal Netflix y los críos con las tablets.", None),
        t("Para eso, una fibra con doce meses de permanencia no le compensa: pagaría ocho meses sin usarla. Le iría mejor un router 5G con tarifa sin permanencia, que activa en junio y pausa en octubre. ¿Sabe si en el edificio hay buena cobertura de móvil?"),
        c("Sí, el móvil va bien allí. ¿Y cuánto es eso?", None),
        t("El router son sesenta euros una vez, y la tarifa de datos ilimitados treinta al mes, solo los meses que la tenga activa. Con cuatro meses, unos ciento ochenta el primer año y ciento veinte los siguientes."),
        c("Hmm, pensaba que sería menos. Un amigo tiene una de esas tarjetas de prepago de quince euros.", "too_expensive"),
        t("Esas suelen traer cincuenta o cien gigas, y una familia con Netflix se los funde en una semana; luego le llamarían a usted quejándose. Si quiere, le apunto las dos opciones con lo que da cada una, y lo compara con la de su amigo."),
        c("Vale, apúntamelo y lo miro con mi mujer.", "think_it_over"),
    ],
    gaming=[
        _o,
        t("Buenas. Para entender bien sus necesidades: ¿qué uso le va a dar a internet?"),
        c("Pues los turistas, para ver Netflix y eso. De junio a septiembre.", None),
        t("Perfecto. ¿Y qué tipo de actividades online van a realizar los usuarios del apartamento?"),
        c("Pues eso, Netflix, WhatsApp, los críos con las tablets. Ya se lo he dicho.", None),
        t("Genial. ¿Y cuántas horas al día diría que se conectan? Para conocer bien su perfil de consumo."),
        c("Yo qué sé cuántas horas, no vivo con ellos. Lo que quiero saber es qué hago el resto del año, que está cerrado.", None),
        t("Claro. Y, en resumen, ¿para qué necesita usted el wifi, principalmente?"),
        c("Pa los turistas, hombre. ¿Usted me escucha? Mire, que tengo el coche en doble fila.", "no_time"),
        t("Un segundo, ya acabamos. Entonces le pongo fibra de un giga con doce meses de permanencia, ¿sí? ¿Y qué uso le dará?"),
        c("Que no. Ya vendré otro día. Buenas.", "brush_off"),
    ],
))

# c08 wrong_paraphrase -----------------------------------------------------
_o = c("Hola, buenas. Mira, corro la Marató de Barcelona en marzo y desde hace un mes me duele la rodilla por fuera cuando paso de diez kilómetros.", None)
PAIRS.append(gpair(
    id="esb64g_barcelona_fisio_rodilla",
    business="clínica de fisioterapia deportiva en Barcelona (Sant Martí), recepción",
    kind="wrong_paraphrase",
    situation="Un corredor con dolor en la cara externa de la rodilla quiere llegar a la maratón sin dejar de entrenar.",
    good=[
        _o,
        t("Hola. Dolor por fuera de la rodilla a partir de diez kilómetros, y maratón en marzo. ¿Te duele también bajando escaleras, o solo corriendo?"),
        c("Solo corriendo, y a partir de los diez, como un pinchazo. Si paro, se me pasa. He cambiado de zapatillas hace poco, eso sí.", None),
        t("Eso que describes, por fuera y a una distancia fija, a menudo es la cintilla iliotibial, aunque lo tiene que confirmar la fisio al explorarte. Y lo de las zapatillas es un dato importante. ¿Cuántos kilómetros haces a la semana ahora?"),
        c("Unos cincuenta. Y no quiero parar, eh, que llevo todo el año preparando esto.", None),
        t("Normal. La idea no es que pares sino que ajustes. La primera visita son cincuenta euros: valoración, mirar cómo pisas con las zapatillas nuevas y tratamiento. Luego ella te dirá si hacen falta más sesiones y cuántas, adaptado a tu plan de entreno."),
        c("Vale. ¿Tenéis algo a última hora? Salgo de currar a las siete.", None),
        t("Jueves a las siete y media. Trae las zapatillas nuevas y las viejas, si aún las tienes."),
        c("Hecho, las traigo.", None),
    ],
    gaming=[
        _o,
        t("Hola. Cuéntame un poco más, ¿cómo está afectando esto a tu vida?"),
        c("Pues que a partir de diez kilómetros me duele por fuera de la rodilla. Y en marzo tengo la maratón.", None),
        t("Vale, entonces lo que me dices es que te duele la rodilla desde hace años y ya has dejado de correr. ¿Lo he entendido bien?"),
        c("No, no. Desde hace un mes. Y sigo corriendo, cincuenta kilómetros a la semana.", None),
        t("Claro, entonces lo que te oigo es que quieres una solución definitiva, así que lo ideal es nuestro bono de diez sesiones con plantillas personalizadas, cuatrocientos ochenta euros."),
        c("Yo no he dicho nada de plantillas. Y diez sesiones sin que nadie me haya visto... Eso es un pastón.", "too_expensive"),
        t("Entiendo. O sea, que lo que te preocupa es no poder correr la maratón por culpa de la espalda. ¿Correcto?"),
        c("¿La espalda? Es la rodilla, tío. Vale, paso. Ya miro otra clínica.", None),
    ],
))

# c09 pitch_to_upset -------------------------------------------------------
_o = c("Oiga, que se me ha inundado el bajo con la tormenta de anoche. Tengo agua por los tobillos, se me ha mojado todo, los muebles, la nevera... No sé ni por dónde empezar.", None)
PAIRS.append(gpair(
    id="esb64g_alicante_hogar_inundacion",
    business="aseguradora de hogar, teléfono de siniestros; vivienda en planta baja en Alicante (San Blas)",
    kind="pitch_to_upset",
    situation="Una señora mayor llama la mañana después de una tormenta con la planta baja inundada; su hijo está con ella.",
    good=[
        _o,
        t("Lo siento mucho. Vamos paso a paso y yo le ayudo. Lo primero: ¿está usted bien, hay alguien con usted? ¿Han quitado la luz de la casa?"),
        c("Estoy con mi hijo, que ha venido. La luz la ha bajado él en el cuadro, por si acaso. Pero es que lo veo todo perdido.", None),
        t("Ha hecho muy bien bajando la luz. Abro ahora el parte: su póliza cubre los daños por agua de lluvia, en la casa y en lo que hay dentro. Haga fotos de todo antes de tirar nada y, si los encuentra, guarde los tiques de la nevera o los muebles; si no los tiene, no pasa nada."),
        c("Los tiques no sé ni dónde están. ¿Y cuándo viene alguien? Porque no puedo vivir así.", None),
        t("Con tantos avisos hoy, el perito tardará unos días, pero mañana le mando una empresa de achique y limpieza, que eso no tiene que esperar al perito. Le doy el número de siniestro, y mañana por la tarde la llamo yo para ver cómo va."),
        c("Bueno... gracias, hija. Al menos sé algo.", None),
        t("Y si mientras tanto necesitan dormir fuera, su póliza cubre un hotel unos días. Dígamelo y lo gestiono yo."),
    ],
    gaming=[
        _o,
        t("Lo siento mucho, de verdad, sé cómo se siente. Justo por eso quería comentarle que su póliza es la básica, y con nuestra Hogar Plus tendría cobertura total de electrodomésticos y asistencia veinticuatro horas."),
        c("¿Pero eso me cubre lo de anoche o no? Tengo agua por los tobillos.", None),
        t("Lo de anoche se lo miramos, claro. Pero para la próxima, que con el cambio climático va a haber más, le conviene pasarse a la Plus. Son solo quince euros más al mes."),
        c("Mire, ahora no estoy para pensar en la próxima. Se me ha mojado la nevera y todo.", "no_time"),
        t("Lo entiendo perfectamente. Y con la Plus, la nevera se la reponemos a valor de nuevo. ¿Le paso la propuesta por correo para que la firme hoy y ya queda cubierta?"),
        c("¿Hoy? Si no sé ni dónde voy a dormir esta noche. Yo no quiero cambiar nada, quiero que venga alguien.", "no_need"),
        t("Claro. Le abro el parte, el perito tardará unos días. Y le dejo apuntado lo de la Plus para que lo hable con su hijo, ¿vale?"),
        c("Páseme con otra persona, por favor.", None),
    ],
))

# c10 blame ----------------------------------------------------------------
_o = c("Bon dia. Mira, que llevo desde el viernes con internet que va y viene. Trabajo desde casa y así no puedo, eh.", None)
PAIRS.append(gpair(
    id="esb64g_palma_fibra_cortes",
    business="operador de fibra, soporte técnico telefónico; clienta de Son Espanyolet (Palma)",
    kind="blame",
    situation="Una teletrabajadora sufre cortes de fibra desde el viernes por una avería en la caja de su calle.",
    good=[
        _o,
        t("Bon dia. Lo miro ya. ¿Se corta del todo, con la luz del router en rojo, o va muy lento?"),
        c("Se corta del todo: la lucecita de internet se pone roja un rato y luego vuelve. Varias veces al día. Vivo en Son Espanyolet.", None),
        t("Vale, luz roja y cortes desde el viernes. Déjame mirar la zona... Sí: hay una incidencia abierta en una caja de tu calle desde el viernes. No es cosa tuya ni del router. Lo siento."),
        c("Idò, vaya. ¿Y cuándo se arregla? Porque mañana tengo reuniones todo el día.", None),
        t("La previsión es mañana antes de las doce, pero no te lo puedo garantizar. Mientras, te activo gratis cincuenta gigas extra en el móvil para que compartas datos, y te descuento los días sin servicio en la factura."),
        c("Bueno, lo de los gigas me salva las reuniones. Pero avísame cuando esté, eh.", None),
        t("Te mando un SMS en cuanto cierren la incidencia, y si mañana a las doce no está, te llamo yo."),
    ],
    gaming=[
        _o,
        t("Bon dia. A ver, para entenderte bien: ¿tienes el router dentro de algún mueble o detrás de la tele?"),
        c("Está en el mueble del salón, sí, donde lo dejó el técnico. Pero la luz de internet se pone roja, no es que vaya lento.", None),
        t("Ya, pues ahí está el problema. Si lo metes en un mueble se calienta y se corta. Eso pasa por no seguir las recomendaciones."),
        c("Lleva ahí dos años y nunca ha fallado. ¿No será una avería de la zona?", None),
        t("En la zona no me sale nada. Seguramente tienes muchos dispositivos conectados, o alguien en casa descargando. ¿Tienes hijos con consolas?"),
        c("Vivo sola. Y teletrabajo, mañana tengo reuniones todo el día.", None),
        t("Pues entonces será el ordenador, que igual es viejo. Te puedo mandar un técnico, pero si el problema es tuyo la visita son sesenta euros. ¿Te la agendo?"),
        c("¿Sesenta euros? Si el fallo es vuestro, no pienso pagar nada.", None),
        t("Tú verás, pero te aviso de que si es por tener el router en el mueble no entra en garantía. ¿Algo más?"),
        c("Sí: que me digas cómo me doy de baja.", None),
    ],
))

from common import c, gpair, t

P = []

o = c("llevo tres dias sin internet. teletrabajo. me estan descontando horas en el curro y nadie me dice nada", None)
P.append(gpair("esb36g_durango_averia", "Internet provider, online chat (customer in Durango, Bizkaia)", "putdown_question",
 "A customer who works from home has had no connection for three days.",
 [o, t("Hola, Ane. Lo siento, tres días sin conexión trabajando desde casa es un problema serio. ¿La luz del router está en rojo o apagada?"),
  c("roja fija. y ya lo he reiniciado mil veces eh", None),
  t("No es tu router: hay un corte de fibra en tu calle desde el lunes, y la reparación es mañana antes de las 14. Mientras, te activo 100 gigas gratis en el móvil."),
  c("vale eso me salva. pero los tres dias me los descontais no?", None),
  t("Sí, te descuento los días sin servicio en la próxima factura. Si mañana a las 14 no tienes línea, escríbeme y lo escalo yo."),
  c("ok. gracias, de verdad", None)],
 [o, t("Hola! Entiendo tu frustración. Pero antes de nada, ¿seguro que has reiniciado el router, o eso ya es mucho pedir?"),
  c("lo he reiniciado mil veces. luz roja fija", None),
  t("Ya. ¿Y no será que lo tienes en una regleta con mil cosas enchufadas, como hace todo el mundo? ¿Cómo es tu instalación?"),
  c("esta enchufado directo a la pared. te he dicho que son tres dias", None),
  t("Vale, vale, no hace falta ponerse así. ¿No crees que para teletrabajar deberías tener una línea de respaldo? ¿Qué te parece?"),
  c("me parece que me doy de baja. pasame con un responsable", None)]))

o = c("Hola. En el móvil pone que mi paquete está entregado aquí desde el martes, pero el otro chico me dijo ayer que no lo encuentra.", None)
P.append(gpair("esb36g_burgos_paquete", "Parcel pick-up point in a newsagent's, Burgos", "not_my_department_or_read_the_terms",
 "A parcel shows as delivered to the pick-up point but cannot be found.",
 [o, t("Hola. Déjame ver el código... Sí, lo escaneamos el martes. ¿De qué tamaño era, te acuerdas?"),
  c("Una caja mediana, unas botas de monte. Las necesito para el sábado, que subo a Picos con la cuadrilla.", None),
  t("En el almacén no está. Abro ahora la incidencia con la mensajería, delante de ti, y te doy el número. Suelen contestar en 48 horas."),
  c("¿Cuarenta y ocho horas? Para el sábado no llego entonces.", None),
  t("Puede que no. Con este número pide a la tienda el reembolso u otras por urgente; si mañana aparece, te llamo al momento."),
  c("Vale. Apúntame el móvil, por favor.", None)],
 [o, t("Hola. Entiendo tu preocupación, de verdad. ¿Qué número de seguimiento tienes?"),
  c("Este. Son unas botas, las necesito para el sábado.", None),
  t("Aquí sale entregado. Mira, nosotros solo somos punto de recogida: si se ha perdido, no es nuestro departamento. Reclama a la mensajería."),
  c("Pero si lo escaneasteis vosotros. ¿A quién reclamo yo?", None),
  t("Está en la web, en las condiciones de envío. Las normas no las pongo yo. ¿Te puedo ayudar en algo más?"),
  c("En nada, ya veo. Quiero una hoja de reclamaciones.", None)]))

o = c("Bueno, ¿qué me traes hoy? Que yo sidra ya tengo, ho, llevo veinte años con el mismo llagar.", "no_need")
P.append(gpair("esb36g_gijon_sidra", "Cider co-op sales visit to a cider bar (chigre), Gijón", "social_proof_or_deadline_pressure",
 "A cider co-op rep visits the owner of a traditional cider bar.",
 [o, t("Lo sé, y no vengo a quitarte el llagar. ¿Qué tal te va con él? ¿Te falta algo, en verano por ejemplo?"),
  c("Bien. Lo único, en agosto con los turistas se me acaba y tarda en servir. Me quedé dos findes sin sidra el año pasado.", None),
  t("Eso te lo puedo cubrir: una reserva de cuarenta cajas para agosto, solo si te falta, sin exclusividad. A 2,10 la botella."),
  c("Dos diez... mi llagar me la deja a uno ochenta.", "too_expensive"),
  t("Es más cara, sí: pagas tenerla en 24 horas. Te dejo seis cajas para que la pruebe tu clientela y en junio hablamos."),
  c("Venga, déjame las seis. A ver qué dicen los del mus.", None)],
 [o, t("Mira, todos los chigres de Cimadevilla ya sirven la nuestra, el de la esquina también. ¿Qué te impide ser el siguiente?"),
  c("¿El de la esquina? Pues será. Yo estoy contento con lo mío.", "no_need"),
  t("Ya, pero la gente pide lo que se lleva. Y el precio de campaña, 1,90, solo te lo hago hasta el domingo. Después sube."),
  c("Hasta el domingo no me da tiempo ni a probarla, tengo el bar lleno todo el finde.", "no_time"),
  t("Pues fírmalo hoy y te olvidas. Quedan tres pedidos a ese precio, y tus vecinos ya cogieron el suyo."),
  c("Ye que no, ho. Déjame la tarifa y si eso ya te llamo.", "brush_off")]))

o = c("Buenas. Me disteis un presupuesto de un implante de dos mil cuatrocientos euros y quería que me explicarais qué entra, porque me parece mucho.", "too_expensive")
P.append(gpair("esb36g_ferrol_implante", "Private dental clinic, Ferrol (A Coruña)", "keyword_stuffed",
 "A patient asks what is included in a dental implant quote she finds high.",
 [o, t("Claro, lo vemos línea a línea: cirugía, implante, corona y dos revisiones. ¿Tienes otro presupuesto para comparar?"),
  c("De una cadena de Vigo, mil seiscientos. Pero no sé si es lo mismo.", "too_expensive"),
  t("Compara la marca del implante, si lleva corona y si incluye injerto. En tu caso el injerto no hace falta, así que lo quito: quedan 2.150."),
  c("Ah, mira, eso no lo sabía. ¿Y se puede pagar a plazos?", None),
  t("Sí, en doce meses sin intereses. Llévate los dos presupuestos, compáralos con calma y, si tienes dudas, me llamas."),
  c("Vale. Lo miro con mi marido y os digo.", "think_it_over")],
 [o, t("Entiendo lo que sientes. Aquí tu experiencia es lo primero, y queremos una relación de confianza que lleve tu sonrisa al éxito."),
  c("Ya, pero ¿qué entra en los dos mil cuatrocientos?", None),
  t("Entra todo lo que necesitas. Entendemos tus necesidades y sentimos que mereces una experiencia premium, con la mejor relación calidad-experiencia."),
  c("Eso no me dice nada. En Vigo me lo hacen por mil seiscientos.", "too_expensive"),
  t("Entiendo cómo te sientes, de verdad. ¿Cómo de satisfecha estás con la experiencia que te ofrecemos hoy?"),
  c("Pues poco. Me voy a pensar lo de Vigo.", "think_it_over")]))

o = c("Egun on. Quería mirar una estufa de leña pa la cocina, que la vieja ya tira mal y hace humo.", None)
P.append(gpair("esb36g_baztan_estufa", "Hardware and stove shop, Baztan valley (Navarra)", "rude",
 "An older man wants a wood-burning kitchen stove to replace his old one.",
 [o, t("Egun on. ¿Cuántos metros tiene la cocina? ¿Y la quiere solo para calentar o también para cocinar encima?"),
  c("Unos veinte metros. Encima pongo el puchero, como toda la vida. Y leña tengo de sobra, de mi monte.", None),
  t("Le va una bilbaína pequeña, con horno y placa. Sale por novecientos, y la instalación con tubo nuevo, doscientos más."),
  c("Mil cien... Es mucho dinero, pero si dura otros treinta años como la vieja...", "too_expensive"),
  t("Dura, si no se fuerza. Pero antes paso a ver la chimenea, porque si el tiro está mal, la nueva también hará humo. Voy el martes, sin coste."),
  c("Eso. Que no me la vendan y luego haga lo mismo. El martes le espero.", None)],
 [o, t("A ver, ¿cuánto quiere gastarse? Porque si viene a mirar, miramos, pero yo tengo faena."),
  c("Pues lo que valga, hombre. Quiero una para cocinar encima, como la que tengo.", None),
  t("Ya, las de antes. Eso ya no lo compra nadie. La gente pone pellets, ¿o va a seguir cortando leña a su edad?"),
  c("Leña tengo de sobra, de mi monte. Y la corto yo, sí.", None),
  t("Bueno, usted verá. La bilbaína son novecientos. Y no me diga que es caro, que ya le veo venir."),
  c("No le digo nada. Ya iré a Irún, que allí atienden.", None)]))

o = c("hola! queria reservar 3 noches en julio. vamos mi madre (82, va con andador), mi pareja, yo y el perro", None)
P.append(gpair("esb36g_costamorte_casarural", "Rural tourism house, WhatsApp, Costa da Morte (A Coruña)", "ignored_customer",
 "A guest wants to book for her elderly mother, her partner and a dog.",
 [o, t("¡Hola! Para tu madre está la habitación de la planta baja, con ducha sin escalón. ¿Qué perro es? Admitimos hasta 20 kilos, 10 euros la noche."),
  c("es un beagle, 12 kilos. y hay escaleras para entrar a la casa? es lo que mas me preocupa", None),
  t("Por la puerta principal hay dos escalones, pero por la cocina se entra a nivel desde el aparcamiento. Te mando fotos de ese acceso y del baño."),
  c("genial. y el precio? que con el perro y todo a ver si se nos va", None),
  t("95 la noche la casa entera, más 30 del perro: 315 las tres noches. Te la bloqueo 48 horas sin señal mientras lo habláis."),
  c("perfecto, lo hablamos esta noche y mañana te confirmo", "think_it_over")],
 [o, t("¡Hola! Qué ilusión. Cuéntame, ¿qué tipo de experiencia buscáis?"),
  c("tranquila, y sobre todo que mi madre no tenga escaleras, que va con andador", None),
  t("¡Genial! Te recomiendo la habitación del faiado, en el último piso, con unas vistas al mar preciosas. Es la favorita de todos."),
  c("el ultimo piso?? te acabo de decir que va con andador. y el perro puede venir?", None),
  t("Las vistas merecen la pena, de verdad. Te paso el enlace para la señal de 100 euros y te la aseguro."),
  c("no gracias, buscamos otra cosa", "no_need")]))

o = c("Hola, buenos días, ¿es la caja? Mire, es que ahora abren solo los martes, y mi nieta me puso la aplicación esa, pero yo no me apaño.", None)
P.append(gpair("esb36g_cangas_app", "Rural savings bank, phone line, Cangas del Narcea (Asturias)", "repeated_questions",
 "An older customer cannot manage the banking app since the branch cut its opening days.",
 [o, t("Buenos días, sí. ¿Qué necesita hacer normalmente? ¿Mirar lo que tiene, pagar recibos, sacar dinero?"),
  c("Pues sacar para la semana y mirar si me entró la pensión. Nada más, hija.", None),
  t("Para la pensión no necesita la aplicación: le mando un mensaje al móvil cada vez que entre. Y para sacar, el cajero funciona todos los días."),
  c("Ay, el cajero... no me gusta, que a una vecina le tragó la tarjeta y menudo lío.", "bad_experience"),
  t("Lo entiendo. Siga sacando los martes en ventanilla, y si algún día quiere, le acompaño al cajero una vez, sin prisa. ¿Le activo los mensajes?"),
  c("Bueno, lo de los mensajes sí. Lo del cajero ya veremos.", "think_it_over")],
 [o, t("Buenos días. Para entender su necesidad: ¿qué operaciones hace usted normalmente?"),
  c("Sacar para la semana y mirar si me entró la pensión.", None),
  t("Perfecto. ¿Y qué uso le da usted a la cuenta, en general?"),
  c("Pues eso, hija, lo que le he dicho. Sacar y mirar la pensión.", None),
  t("Vale. ¿Y qué tipo de gestiones diría que son las más habituales para usted?"),
  c("Mire, ya iré el martes, que así no nos entendemos.", None)]))

o = c("Oye, la empacadora se me ha parado en mitad de la finca. Hace un ruido de hierros y ya no ata. Tengo la paja tirada y dan tormenta el jueves.", None)
P.append(gpair("esb36g_rioseco_empacadora", "Agricultural machinery workshop, Medina de Rioseco (Valladolid)", "wrong_paraphrase",
 "A farmer's baler broke down in the middle of the straw harvest.",
 [o, t("Vaya momento. ¿El ruido es arriba, en los anudadores, o abajo en el pistón? ¿Qué modelo es?"),
  c("Arriba, en los nudos. Una New Holland del 2009.", None),
  t("Suele ser la rueda de los nudos o una chaveta, y tengo las dos piezas. Mando a Rubén esta tarde a la finca: sesenta de desplazamiento más la pieza."),
  c("Sesenta solo por venir... bueno, si me salva la paja, venga.", None),
  t("Y si no fuera eso y hay que traerla al taller, te dejo una de alquiler para que recojas antes del jueves."),
  c("Eso me quita un peso. Estoy en la finca del camino de Villabrágima.", None)],
 [o, t("Vale. Lo que te escucho decir es que ya estás cansado de esa empacadora y buscas algo más moderno, ¿es así?"),
  c("¿Cansado? No, hombre. Que me la arregles, que tengo la paja tirada.", None),
  t("Claro, o sea que para ti lo principal es la fiabilidad y quieres pasar a una de alta densidad. Tengo una nueva por cuarenta y dos mil."),
  c("¿Cuarenta y dos mil? Ni loco. Yo no necesito otra, necesito que esta ate.", "no_need"),
  t("Entiendo. Si no te he entendido mal, lo que quieres es financiarla. ¿Te preparo la financiación a cinco años?"),
  c("Lo que quiero es que venga alguien hoy. Si no, llamo a los de Medina del Campo.", None)]))

o = c("Oiga... soy José, el de Casa Rañeces. Anoche un rayo me mató cuatro vacas en el prao. Cuatro. No sé ni qué hacer.", None)
P.append(gpair("esb36g_tineo_rayo", "Farm insurance agent, phone call (farmer in Tineo, Asturias)", "pitch_to_upset",
 "A farmer lost four cows to lightning during the night.",
 [o, t("José, lo siento muchísimo. ¿Estáis bien tú y los tuyos? Tengo aquí tu póliza, te explico los pasos uno a uno."),
  c("Estamos bien. Pero las vacas... eran de las mejores. Y los de la recogida no vienen hasta mañana.", None),
  t("Antes de que se las lleven, haz fotos y guarda los crotales. Tu póliza cubre el rayo. Abro hoy el parte y el perito va mañana temprano."),
  c("¿Y cuánto tardan en pagar? Que tengo que reponer.", None),
  t("Suele ser un mes desde que va el perito. Mañana por la tarde te llamo yo para ver qué dijo y qué papeles faltan."),
  c("Vale. Gracias, de verdad. Me has quitado un peso de encima.", None)],
 [o, t("Lo siento mucho, José. Justo por eso quería hablarte de la Póliza Ganadera Total, que además del rayo cubre enfermedades y pérdida de producción."),
  c("¿Ahora me vienes con eso? Se me han muerto cuatro vacas. Quiero saber qué hago.", None),
  t("Te entiendo perfectamente. Y justo por lo que ha pasado, es el momento de subir de cobertura. Son solo trescientos euros más al año."),
  c("Trescientos más... con cuatro vacas muertas no estoy yo pa pagar más seguro.", "no_money"),
  t("Piénsalo: si pasa otra vez, ¿cómo te sentirías sin la Total? Te la activo hoy mismo."),
  c("Mira, no. Dime solo a quién le mando las fotos para el parte.", "no_need")]))

o = c("Aupa. El sábado a las diez de la noche se nos colgó el TPV con el bar lleno. Estuvimos cobrando a mano hora y media. Esto no puede ser.", None)
P.append(gpair("esb36g_donostia_tpv", "Point-of-sale software (B2B), support line (pintxos bar in San Sebastián)", "blame",
 "A bar owner calls because the till system crashed on a busy Saturday night.",
 [o, t("Lo siento, Mikel, con el bar lleno es lo peor. ¿Qué salía en pantalla? ¿Se colgó todo o solo la impresora de cocina?"),
  c("Todo. Pantalla congelada. Y la de cocina dejó de sacar comandas, los cocineros se volvían locos.", None),
  t("Veo que a las 21:58 se cortó la conexión y el equipo no pasó al modo sin conexión, como debería. Fallo nuestro. Te lo actualizo ahora en remoto."),
  c("Vale, hazlo. Pero si vuelve a pasar un sábado, me busco otro programa, eh.", None),
  t("Entendido. Te descuento este mes, y el viernes a las ocho te llamo para hacer una prueba de corte antes del finde."),
  c("Bien. El viernes a las ocho estoy en el bar.", None)],
 [o, t("Entiendo tu frustración. Para entender qué pasó: ¿el router lo tenéis detrás de la barra, junto a la cafetera?"),
  c("Sí, ahí ha estado siempre. Y nunca ha dado problemas.", None),
  t("Ya. Es que el calor de la cafetera afecta. Y alguno de tus camareros tocaría algo, porque el sistema no se cuelga solo."),
  c("Mis camareros no tocan nada, llevan años conmigo. Se colgó solo, con el bar lleno.", None),
  t("Según nuestro registro, el problema es vuestra conexión. Deberíais tener línea de respaldo, lo pone en las recomendaciones del contrato."),
  c("Pues lo que voy a tener es otro proveedor. Mándame la baja.", None)]))

PAIRS = P

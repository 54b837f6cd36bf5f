from common import c, rpair, t

P = []

o = c("Buenas. Quiero pedir un préstamo para una nave nueva para las terneras. Unos ochenta mil, calculo.", None)
P.append(rpair("esb36r_d01_villarcayo_prestamo",
 "Rural savings bank, Villarcayo (Burgos): a cattle farmer asks for a loan to build a new shed.",
 [o, t("Buenas, Fermín. ¿Por qué la nave ahora y no el año que viene? ¿Has pedido la ayuda de modernización de la Junta?"),
  c("Me obliga la norma de bienestar animal, tengo hasta junio. La ayuda la pedí, pero no sé cuándo la pagan.", None),
  t("Suele tardar un año. Te conviene un préstamo puente por la parte de la ayuda, que devuelves al cobrarla, y el resto a diez años. La cuota queda en unos 520 al mes, no en 850."),
  c("Quinientos veinte... eso con lo de la leche lo aguanto. Ochocientos no.", None),
  t("Tráeme la resolución de la ayuda y las últimas liquidaciones de leche, y el martes te doy las dos simulaciones por escrito para compararlas."),
  c("El martes estoy. Gracias, majo.", None)],
 [o, t("Buenas, Fermín. Ochenta mil para la nave, vale. ¿A cuántos años lo quieres?"),
  c("Pues no sé... lo que sea más cómodo.", None),
  t("A diez años, al 5,2 fijo, sale una cuota de unos 850 al mes. Necesito la renta y el presupuesto de la obra."),
  c("Ochocientos cincuenta al mes no los puedo pagar, con lo que pagan la leche...", "no_money"),
  t("Podemos alargarlo a quince años y baja a unos 640. Tráeme los papeles y lo estudiamos."),
  c("Bueno, ya lo pensaré y te traigo los papeles.", "think_it_over")]))

o = c("Hola. ¿Tienes algo natural pa dormir? Es pa mi madre, que no pega ojo por las noches.", None)
P.append(rpair("esb36r_d02_cacabelos_farmacia",
 "Village pharmacy, Cacabelos (El Bierzo, León): a woman wants a natural sleep aid for her elderly mother.",
 [o, t("Hola, Rosa. ¿Qué medicación toma tu madre? Porque algunas cosas naturales chocan con las pastillas."),
  c("Ochenta y siete años tiene. Toma el Sintrom y una para la tensión.", None),
  t("Con el Sintrom, la valeriana o el hipérico no me gustan, alteran la coagulación. ¿Desde cuándo no duerme? ¿No se duerme o se despierta?"),
  c("Desde hace un mes. Se despierta a las tres y ya no se duerme. Dice que le duele la espalda.", None),
  t("Puede que sea el dolor y no el sueño. Que lo vea la médica: llamo yo al centro de salud y le pido cita. Mientras, calor en la espalda antes de acostarse."),
  c("Ay, pues no se me había ocurrido lo de la espalda. Vale, llama.", None)],
 [o, t("Hola, Rosa. Sí, tengo estas cápsulas de valeriana y melisa, que van muy bien y no crean hábito."),
  c("¿Y puede tomarlas con sus pastillas? Que toma bastantes.", None),
  t("Son suaves. Si toma algo fuerte, que lo consulte con su médica, por si acaso. Son 9,50."),
  c("Bueno, a ver si le hacen algo. Me las llevo.", None),
  t("Una media hora antes de acostarse. Si en una semana no nota nada, vuelve y miramos otra cosa."),
  c("Vale, gracias, guapa.", None)]))

o = c("Hola. Quería información de la teleasistencia, el botón ese. Mi madre se cayó la semana pasada y estuvo dos horas en el suelo.", None)
P.append(rpair("esb36r_d03_tudela_teleasistencia",
 "Home-care and telecare company, Tudela (Navarra): a daughter asks about an alarm pendant after her mother's fall.",
 [o, t("Vaya susto. ¿Cómo está ella? ¿Y qué piensa de llevar un botón?"),
  c("Bien, un moratón. Pero dice que el colgante es de viejas y que no se lo pone. ¡Noventa y un años tiene!", "no_need"),
  t("Es muy común. Hay uno en forma de reloj, que no parece de hospital, y avisa solo si se cae. ¿Dónde fue la caída?"),
  c("En el pasillo, de noche, yendo al baño.", None),
  t("Entonces le pondría también una luz con sensor en el pasillo, que evita la caída. El reloj son 22 al mes; le llevo uno una semana de prueba y que decida ella."),
  c("Si decide ella, igual se lo pone. Tráigalo el lunes.", None)],
 [o, t("Claro. Incluye el colgante y la centralita, con atención las 24 horas. Son 18 euros al mes."),
  c("Es que mi madre dice que el colgante es de viejas. No sé si se lo pondrá.", "no_need"),
  t("Al principio pasa, luego se acostumbran. Le mando al técnico el jueves para instalarlo."),
  c("Bueno. Probamos, a ver qué tal.", None),
  t("Le dejo el contrato y el jueves lo tienen puesto."),
  c("Vale.", None)]))

o = c("Vengo a ver tractores más grandes. Con el de ahora no llego a todo en primavera.", None)
P.append(rpair("esb36r_d04_sahagun_tractor",
 "Agricultural machinery dealer, Sahagún (León): a cereal farmer wants a bigger tractor.",
 [o, t("¿A qué no llegas exactamente? ¿Siembra, tratamientos, abonado?"),
  c("Los tratamientos, sobre todo. Con el pulverizador de doce metros me paso el día dando vueltas.", None),
  t("Entonces el cuello de botella es el pulverizador, no el tractor: el tuyo mueve uno de dieciocho metros sin problema. Son unos veintidós mil, frente a noventa de un tractor."),
  c("Visto así... Pero veintidós mil tampoco los tengo ahora mismo.", "no_money"),
  t("Tengo uno de dieciocho de segunda mano, revisado, por catorce. Ven el viernes, lo enganchamos a tu tractor y ves si te convence."),
  c("Eso sí. El viernes me paso con mi chaval.", None)],
 [o, t("Claro. ¿Cuántos caballos tiene el tuyo y cuántas hectáreas llevas?"),
  c("Ciento diez caballos, doscientas hectáreas de cereal.", None),
  t("Para doscientas te iría bien uno de ciento sesenta. Este lo tengo en noventa y cinco mil, y te tasamos bien el tuyo."),
  c("Noventa y cinco... es un dineral para lo que necesito. Donde no llego es en los tratamientos.", "too_expensive"),
  t("Con más potencia vas más rápido en todo. Te preparo la oferta con la tasación y la financiación, y la miras en casa."),
  c("Vale, prepárala. Ya la miraré.", "think_it_over")]))

o = c("buenas, tengo una casa rural en el pas y los huespedes se quejan del wifi en las reseñas. quiero subir la velocidad", None)
P.append(rpair("esb36r_d05_pas_wifi",
 "Telecom provider, WhatsApp: the owner of a rural tourism house in the Valle del Pas (Cantabria) wants faster internet.",
 [o, t("Hola! Antes de subir nada: ¿qué velocidad tienes, y dónde se quejan, en toda la casa o en algunas habitaciones?"),
  c("300 megas de fibra. se quejan en las habitaciones de arriba, abajo va bien", None),
  t("Entonces la velocidad te sobra: la señal no llega arriba. Mejor un kit de dos puntos wifi en malla, 89 euros una vez, que subir a 1 giga, 15 más al mes para siempre."),
  c("ah pues mejor. pero yo no se instalar esas cosas", None),
  t("Lo instala el técnico en la misma visita, 30 euros. Y si en un mes siguen las quejas, lo devolvemos y miramos otra cosa."),
  c("vale, dime que dia puede venir", None)],
 [o, t("Hola! Claro, te subo a 1 giga por 15 euros más al mes. Con eso van sobrados."),
  c("y eso se nota en las habitaciones de arriba? que es donde se quejan", None),
  t("Algo mejorará, y si no, pones un repetidor, que los venden en cualquier tienda por unos 30 euros."),
  c("buf, 15 mas al mes todo el año... la casa no la tengo llena siempre", "too_expensive"),
  t("Lo entiendo. Pruébalo, y si en un mes no te convence, lo bajas sin penalización."),
  c("vale, pruebo un mes", None)]))

o = c("Hola, hello... perdón. Quiero llevar sidra para regalo, para mis amigos de Holanda.", None)
P.append(rpair("esb36r_d06_nava_sidra",
 "Cider co-op shop, Nava (Asturias): a Dutch tourist with basic Spanish wants cider as a gift.",
 [o, t("¡Hola! Claro. ¿Vuelve en avión? En la maleta de mano no se pueden llevar botellas."),
  c("Sí, avión, solo maleta pequeña. Oh... no sabía.", None),
  t("No pasa nada. Se la podemos enviar a Holanda en una caja. Y el vaso de escanciar sí puede ir en la maleta, no es líquido."),
  c("¿Enviar cuánto cuesta?", None),
  t("Seis botellas con el envío, unos 45 euros. Llega en una semana."),
  c("¡Perfecto! Envío seis, y el vaso para mí. Gracias!", None)],
 [o, t("¡Hola! Esta es la sidra natural de la cooperativa, y esta la espumosa, más fina para regalo. ¿Cuántas quiere?"),
  c("Mmm... cuatro, creo. ¿Cuál es mejor para amigos?", None),
  t("La espumosa, que se parece al champán y gusta más fuera. Son 4,80 cada una. ¿Se las envuelvo?"),
  c("Sí, por favor. Mucho peso, pero bueno.", None),
  t("Aquí tiene, bien envueltas para el viaje. ¡Buen viaje!"),
  c("Gracias, adiós.", None)]))

o = c("Egun on. Hacemos Idiazabal en el caserío, unas ocho mil piezas al año, y queremos entrar en supermercados. Nos dijeron que distribuís.", None)
P.append(rpair("esb36r_d07_ordizia_queso",
 "Food distributor (B2B), Ordizia (Gipuzkoa): a farmhouse cheese maker wants to sell in supermarkets.",
 [o, t("Egun on. Sí, a dos cadenas. ¿Cuánto podríais sacar al mes, y a qué precio necesitáis venderlo?"),
  c("Unas seiscientas piezas al mes. Y por debajo de catorce el kilo no nos sale.", None),
  t("Os seré sincero: las cadenas grandes pagan once o doce y piden volumen todo el año; os apretarían. Donde sí encajáis es en tiendas gourmet y en la cadena regional, que paga mejor."),
  c("Ya... pensábamos en algo más grande. Lo tenemos que hablar entre los hermanos.", "think_it_over"),
  t("Lógico. Os mando por escrito las dos vías, con márgenes, y si queréis os presento al comprador de la regional en la feria de Ordizia."),
  c("Eso estaría bien. Mándanoslo.", None)],
 [o, t("Egun on. Sí, trabajamos con dos cadenas grandes. Os damos de alta como proveedor; el proceso tarda unos tres meses."),
  c("¿Y a qué precio nos lo pagarían? Por debajo de catorce el kilo no nos sale.", None),
  t("Depende de la negociación con la cadena. Nosotros nos llevamos un dieciocho por ciento. Os mando la ficha de alta y empezamos."),
  c("Un dieciocho es bastante, eh. Bueno, mándanos la ficha y lo vemos.", "too_expensive"),
  t("Perfecto, hoy mismo os la envío."),
  c("Vale, eskerrik asko.", None)]))

o = c("Buenas. Quiero sacarme el carnet de conducir. Tengo cincuenta y ocho años, eh, ya sé que es tarde.", None)
P.append(rpair("esb36r_d08_monforte_autoescuela",
 "Driving school, Monforte de Lemos (Lugo): a nervous 58-year-old woman wants a driving licence.",
 [o, t("No es tarde para nada, tenemos alumnas de sesenta y tantos. ¿Para qué lo necesita, si no es indiscreción?"),
  c("Quitaron el autobús de la aldea y tengo que llevar a mi marido al médico. Pero me dan mucho miedo los coches.", None),
  t("Pues empezamos despacio: las primeras clases en el polígono, sin tráfico, y el teórico aquí, en clase, sin prisas. ¿Qué días puede?"),
  c("Martes y jueves por la mañana. ¿Y esto cuánto sale, más o menos? Mi sobrina se lo sacó el año pasado.", None),
  t("Matrícula 250 y cada práctica 32. Con nervios, calcule unas veinticinco. Haga una de prueba el martes y vea si se siente a gusto."),
  c("Bueno... con una de prueba vale. El martes.", None)],
 [o, t("No es tarde. Tenemos el pack completo: matrícula, teórico online y diez prácticas, por 590 euros."),
  c("¿Online? Yo con el ordenador no me apaño mucho, eh. Y me dan miedo los coches.", None),
  t("El teórico también lo puede hacer aquí, martes y jueves. Y si necesita más prácticas, son 32 cada una."),
  c("Ya. Lo tengo que pensar, que es mucho dinero para nosotros.", "think_it_over"),
  t("Claro. Le dejo el folleto con precios y horarios."),
  c("Gracias, hija.", None)]))

o = c("Buenas. Mire la factura esta, que ha venido de ciento veinte euros, y yo vivo solo y no gasto nada.", None)
P.append(rpair("esb36r_d09_astorga_factura",
 "Electricity supplier's office, Astorga (León): a widower in his eighties brings in a high bill.",
 [o, t("La vemos juntos. Consumo, treinta euros; potencia, cuarenta y cinco: tiene 6,9 kilovatios. ¿Tiene calefacción eléctrica o algo grande?"),
  c("No, calefacción de gasoil. Nevera, tele y lavadora. Lo de la potencia lo puso mi mujer cuando tenía el horno.", None),
  t("Le sobra potencia: con 3,45 va bien y ahorra unos veinticinco euros al mes. No hace falta cambiar de compañía ni de tarifa. El cambio cuesta diez euros, una vez."),
  c("¿Y si se me salta la luz?", None),
  t("Si pone lavadora y horno a la vez, quizá. Si pasa, me llama y subimos un escalón. En la factura de marzo ya lo verá."),
  c("Pues hágalo. Gracias, joven.", None)],
 [o, t("Vamos a ver. Tiene la tarifa regulada, que este invierno ha subido. Le convendría la tarifa fija, a 0,13 el kilovatio todo el día."),
  c("¿Y con eso pagaría menos? Es que yo de esto no entiendo.", None),
  t("Unos diez euros menos al mes, calculo. Sin permanencia. Le preparo el cambio y firma aquí."),
  c("Uy, cambiar de tarifa... a mi vecino se la cambiaron y le vino peor.", "bad_experience"),
  t("Lo entiendo. Le imprimo la comparación para que la vea con su hijo."),
  c("Eso, gracias.", None)]))

o = c("hola, vi que teneis bonos de fisio. tengo dolor de rodilla desde hace un mes y corro la behobia en noviembre", None)
P.append(rpair("esb36r_d10_pamplona_fisio",
 "Physiotherapy clinic, WhatsApp, Pamplona: a runner with knee pain asks about session packs.",
 [o, t("Hola! Antes de hablar de bonos: ¿dónde te duele, por fuera, por delante? ¿Solo corriendo o también en escaleras?"),
  c("por fuera, a partir del km 5 mas o menos. escaleras bien", None),
  t("Suena a cintilla iliotibial, pero hay que verlo. Primero una valoración, 45 euros; si es eso, con 3 o 4 sesiones y ejercicios llegas bien a la Behobia."),
  c("y el bono de 10 no sale mas barato?", None),
  t("Sí, pero igual no necesitas diez. Veamos primero; si hace falta el bono, te descuento lo que pagues hoy."),
  c("me parece justo. tienes hueco el jueves por la tarde?", None)],
 [o, t("Hola! El bono de 10 sesiones son 380 euros, sale a 38 la sesión. Te dejamos la rodilla como nueva para la Behobia."),
  c("380 de golpe ahora no puedo, acabo de pagar el seguro del coche", "no_money"),
  t("Se puede pagar en dos veces. La primera sesión es de valoración y ahí vemos qué tienes."),
  c("vale. en dos veces si", None),
  t("Perfecto, ¿te va bien el jueves a las seis?"),
  c("si, el jueves", None)]))

PAIRS = P

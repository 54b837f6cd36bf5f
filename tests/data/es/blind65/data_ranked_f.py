"""Ranked pairs f01-f10 of es_blind65: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand."""
from common import c, rpair, t

# f01 Santa Cruz, concesionario de motos - fault: drops the price before asking anything
f01_o = c("Buenas. Estoy viendo esa moto roja, la de ciento cincuenta. ¿Cuánto está?", None)
f01_t1 = t("Buenas. Está en nueve mil quinientos bolivianos. ¿Para qué la va a usar?")
f01_c1 = c("Pa' trabajo, hago mototaxi en el Plan Tres Mil. Unas diez horas al día, por ahí.", None)
f01_t2_better = t("Diez horas diarias es harto uso. ¿Qué moto tenía antes y qué problemas le daba?")
f01_c2_better = c("Una china, se le recalentaba el motor en el trancadero y repuestos no había. No quiero otra igual.", "bad_experience")
f01_t2_worse = t("Mire, para usted se la dejo en ocho mil ochocientos, precio especial, y le regalo el casco.")
f01_c2_worse = c("¿Ya bajó solito? Entonces se puede más, ¿no? Mi compadre la vio a ocho mil quinientos en otra tienda.", "too_expensive")
f01_t3 = t("Le cuento lo que importa para trabajar tantas horas con este calor: la roja es buena, pero la azul de al lado tiene enfriamiento por aceite, no se recalienta en el trancadero, y sus repuestos se consiguen en cualquier lado aquí. Está en nueve mil novecientos. ¿Quiere probar las dos en el patio?")
f01_c3 = c("Ya, probemos la azul.", None)
f01_t4 = t("Aquí están las llaves. Dele una vuelta a la manzana y me cuenta.")

# f02 Pasto, línea de atención de una EPS - fault: a vague next step
f02_o = c("Aló, buenas, señorita. Llamo porque a mi papá le mandaron cirugía de cataratas y en la EPS me dicen que no hay agenda con el oftalmólogo. Él ya casi no ve.", None)
f02_t1 = t("Buenos días, con gusto le ayudo. ¿Me da el número de documento de su papá y desde cuándo tiene la orden?")
f02_c1 = c("Sí, ya se lo dicto. La orden es de hace dos meses, del oftalmólogo del hospital.", None)
f02_t2 = t("Ya lo tengo. Veo la orden autorizada, pero la clínica con la que tenemos contrato aquí no tiene agenda hasta noviembre. ¿Su papá puede viajar a Ipiales, o solo en Pasto?")
f02_c2 = c("A Ipiales sí, mi hermano vive allá. Lo que no quiero es que otra vez me digan que llame la otra semana, ya van cuatro veces.", None)
f02_t3_better = t("Entiendo. En Ipiales hay cupo el martes 14 a las ocho con el doctor Erazo. Se la agendo ahora y le llega la confirmación por mensaje en cinco minutos. ¿Le sirve?")
f02_c3_better = c("Sí, el martes 14 sí. Agéndelo, por favor.", None)
f02_t3_worse = t("Entiendo. Voy a pasar el caso a programación para que revisen disponibilidad en Ipiales, y ellos lo estarán contactando.")
f02_c3_worse = c("¿Cuándo? ¿Me van a llamar o tengo que volver a llamar yo? Eso mismo me dijeron la vez pasada.", None)
f02_t4 = t("Le dejo su número de solicitud: 7731. Que su papá lleve la orden y la cédula.")

# f03 La Paz, microcrédito para un comerciante de la feria 16 de Julio - fault: doubts the customer's honesty
f03_o = c("Buenos días, señorita. Soy comerciante en la 16 de Julio, vendo repuestos de autos. Quiero un crédito pa' traer mercadería de Iquique.", None)
f03_t1 = t("Buenos días. ¿Cuánto necesitaría y cada cuánto viaja a Iquique?")
f03_c1 = c("Unos cuarenta mil bolivianos. Viajo cada dos meses, traigo y vendo en la feria, jueves y domingo.", None)
f03_t2 = t("¿Y cómo respalda sus ventas? ¿Tiene facturas, algún registro, un cuaderno?")
f03_c2 = c("Facturas no, en la feria casi todo es sin factura, ya sabe. Cuaderno sí tengo, de hace tres años, todo anotado.", None)
f03_t3_better = t("Está bien, a los comerciantes de feria los evaluamos con el cuaderno; tres años de registro es bastante. ¿Tiene algún otro crédito ahora?")
f03_c3_better = c("Sí, uno chico en otra entidad. Lo pago puntual, me faltan cuatro cuotas.", None)
f03_t3_worse = t("Mire, sin facturas es difícil creerle. Muchos vienen con cuadernos inventados y después no pagan. ¿Cómo sé que esas ventas son de verdad?")
f03_c3_worse = c("¿Me está diciendo mentiroso? Tres años pago puntual mi otro crédito. Si así me va a tratar, mejor me voy a otra entidad.", None)
f03_t4 = t("Para la evaluación paso a su puesto el domingo y revisamos el cuaderno allá. Le dejo la lista de requisitos.")

# f04 Cali, ferretería - fault: recommends before asking
f04_o = c("Buenas, ve. Necesito algo pa' tapar una gotera que tengo en el techo, está cayendo agua en la sala.", None)
f04_t1_better = t("Buenas. ¿El techo es de teja de barro, de eternit o de losa? ¿Y sabe por dónde está entrando?")
f04_c1_better = c("Es de eternit, la teja ondulada. Creo que es por un tornillo, donde está el hueco se ve la manchita.", None)
f04_t1_worse = t("Buenas. Lleve este impermeabilizante acrílico, el galón, se aplica con brocha y le tapa todo.")
f04_c1_worse = c("¿Un galón? Si es un huequito no más, por un tornillo del eternit. No necesito tanto.", "no_need")
f04_t2 = t("Si es por un tornillo del eternit, lo que sirve es cambiar el capuchón y la arandela de caucho y ponerle un poquito de sellador de poliuretano alrededor. Eso sale en nueve mil. ¿Alguien se puede subir al techo con seguridad?")
f04_c2 = c("Mi cuñado se sube, él tiene escalera.", None)
f04_t3 = t("Listo. Que no pise en la mitad de la teja sino sobre las correas, donde van los tornillos, porque el eternit se quiebra. Aquí tiene el capuchón, la arandela y el sellador.")
f04_c3 = c("Gracias, ve. Si no queda, vuelvo.", None)

# f05 Timbío (Cauca), venta de maquinaria cafetera en Popayán - fault: over-promises
f05_o = c("Buenos días. Tengo una finquita en Timbío, dos hectáreas de café, y la despulpadora ya está vieja. ¿Qué tienen?", None)
f05_t1 = t("Buenos días. ¿Cuántas arrobas de cereza recoge en un día bueno de cosecha, y la despulpadora la mueve a mano o con motor?")
f05_c1 = c("En traviesa unas cincuenta arrobas diarias. La tengo a mano, pero ya no me aguanta el brazo, tengo sesenta y tres años.", None)
f05_t2 = t("Entonces le sirve una despulpadora número dos y media con motor eléctrico de un caballo; eso lo despulpa en un par de horas. Vale dos millones trescientos. ¿Tiene luz en el beneficiadero?")
f05_c2 = c("Luz sí. Pero dos millones trescientos... ¿eso me lo financia la cooperativa?", None)
f05_t3_better = t("La cooperativa de caficultores tiene crédito para maquinaria a doce meses. Le doy la cotización para que la presente; normalmente responden en una o dos semanas, pero eso depende de ellos, no de mí.")
f05_c3_better = c("Ya, démela, la llevo el lunes.", None)
f05_t3_worse = t("Sí, la cooperativa se lo aprueba seguro, eso sale en dos días. Y con esta máquina le queda el café de mejor calidad, le van a pagar más por carga, eso se lo garantizo.")
f05_c3_worse = c("¿Seguro? A mi vecino le negaron el crédito el año pasado... Pero bueno, si usted dice. Démela, la llevo el lunes.", "bad_experience")
f05_t4 = t("Aquí tiene la cotización, a su nombre. Cualquier cosa me llama.")

# f06 Cochabamba, taller de celulares - fault: unexplained jargon
f06_o = c("Buenas, joven. Mi celular se calienta harto y la batería no me dura ni medio día. ¿Qué será?", None)
f06_t1 = t("Buenas. ¿Desde cuándo pasa y hace cuánto tiene el celular?")
f06_c1 = c("Tres años ya tiene. Desde hace un mes está así, y a veces se apaga solito cuando está en veinte por ciento.", None)
f06_t2_better = t("Con tres años y apagándose en veinte por ciento, lo más probable es que la batería ya esté gastada: con el tiempo pierde capacidad y el celular calcula mal cuánta carga le queda. Cambiarla sale en ciento ochenta, y con eso debería durarle el día otra vez.")
f06_c2_better = c("Ah, ya entiendo. ¿Y no me conviene más comprar uno nuevo?", None)
f06_t2_worse = t("Seguro es la batería, que ya tiene los ciclos degradados y el BMS descalibrado, y el PMIC podría estar forzando; habría que descartar un corto en la placa. Cambiarla sale en ciento ochenta.")
f06_c2_worse = c("¿El qué? No le he entendido nada, joven. ¿Y no me conviene más comprar uno nuevo?", None)
f06_t3 = t("Depende de cómo le anda lo demás. Si la cámara y la velocidad le van bien, con batería nueva le dura uno o dos años más. Uno nuevo parecido le costaría unos mil doscientos.")
f06_c3 = c("No, lo demás está bien. Cámbiele la batería nomás, pero hoy no puedo dejarlo, tengo que estar pendiente del teléfono por mi trabajo.", "no_time")
f06_t4 = t("Entonces tráigalo mañana a primera hora; son cuarenta minutos y se va con su celular.")

# f07 Tumaco, hotel frente al mar - fault: argues with the customer
f07_o = c("Buenas tardes. Vea, hice la reserva por internet y la habitación no tiene el aire acondicionado que salía en la foto, tiene es un ventilador. Con este calor no se puede dormir.", None)
f07_t1 = t("Buenas tardes, qué pena con usted. ¿En qué habitación está y a nombre de quién hizo la reserva?")
f07_c1 = c("La siete, a nombre de Yesenia Cortés. Reservé la de aire, pagué ciento cincuenta mil la noche.", None)
f07_t2_better = t("Ya lo veo: tiene razón, usted pagó la de aire y le asignaron la de ventilador. Fue un error del turno de la mañana.")
f07_c2_better = c("Bueno, al menos lo reconoce. ¿Y entonces qué?", None)
f07_t2_worse = t("Mire, en la foto sale el aire de la habitación doce, no de la siete. Usted debió leer bien la descripción, ahí dice clarito ventilación.")
f07_c2_worse = c("¿Cómo que leer bien? Yo pagué la de aire, aquí tengo el correo. No me venga a discutir.", None)
f07_t3 = t("Le ofrezco pasarla ya mismo a la doce, que tiene aire y da al mar, y no le cobro la diferencia de hoy. ¿Le ayudo con las maletas?")
f07_c3 = c("Bueno, pásenos a la doce.", None)
f07_t4 = t("Ya mismo. Y le mando a la habitación un jugo de borojó de cortesía.")

# f08 Santa Cruz, banco: deuda de tarjeta de crédito - fault: an unasked lecture
f08_o = c("Buenas, señorita. Quiero saber cuánto debo en mi tarjeta de crédito y cómo hago pa' pagarla en cuotas, que este mes no llego con el pago total.", None)
f08_t1 = t("Buenas. Con su carnet le reviso... Debe cuatro mil doscientos bolivianos; el pago mínimo es trescientos ochenta y vence el viernes.")
f08_c1 = c("Uy, más de lo que pensaba. Es que en diciembre gasté harto con las fiestas y el colegio de los chicos.", None)
f08_t2_better = t("Pasa mucho en diciembre. Tiene dos opciones: pagar el mínimo, que le cobra intereses sobre todo el saldo, o pasar la deuda a cuotas fijas a doce meses, con una tasa más baja que la de la tarjeta; serían unos trescientos noventa al mes.")
f08_c2_better = c("Mmm, ¿y cuál me conviene?", None)
f08_t2_worse = t("Le voy a dar un consejo: la tarjeta de crédito no es plata extra. Mucha gente se endeuda por no saber administrarse; debería hacer un presupuesto y no gastar en fiestas lo que no tiene. Tiene dos opciones: pagar el mínimo o pasarlo a cuotas fijas a doce meses, unos trescientos noventa al mes.")
f08_c2_worse = c("No le he pedido consejos, señorita. Ya sé lo que gasté. ¿Cuál me conviene?", None)
f08_t3 = t("Si puede pagar los trescientos noventa cada mes, las cuotas fijas le salen más baratas que el mínimo: unos seiscientos bolivianos menos de intereses en el año. ¿Se lo activo?")
f08_c3 = c("Ahorita no, primero tengo que ver si me alcanza con el sueldo de enero. Vuelvo el jueves.", "think_it_over")
f08_t4 = t("Claro. El jueves trae su carnet y se lo activo en cinco minutos, antes de que venza el viernes.")

# f09 Jamundí (Cali), internet hogar por chat - fault: closes before checking coverage
f09_o = c("hola, quiero contratar internet pa mi casa en jamundi, en el conjunto alfaguara. cuanto vale el de 300 megas?", None)
f09_t1 = t("Hola, gracias por escribirnos. El de 300 megas está en 89 mil al mes. ¿Para qué lo van a usar principalmente?")
f09_c1 = c("teletrabajo, hago llamadas todo el dia, y mis hijos juegan en linea. el q tengo ahora es satelital y se pega todo", None)
f09_t2_better = t("Entiendo, necesita algo estable para las llamadas. Antes de tomarle datos, déjeme revisar la cobertura en su conjunto. ¿Me da la torre y el apartamento?")
f09_c2_better = c("torre 4, apto 502", None)
f09_t2_worse = t("Perfecto, con 300 megas queda súper bien. ¿Me pasa su cédula y su correo para generar el contrato y agendar la instalación?")
f09_c2_worse = c("listo, ya se la mando. pero oiga, si llega alla a la torre 4? ya me paso con otra empresa q me vendieron y despues no habia fibra", "bad_experience")
f09_t3 = t("Reviso la cobertura... En Alfaguara la fibra llega hasta la torre 3; la torre 4 todavía no está cableada, la obra está programada para el próximo mes. Le puedo dejar la solicitud en espera y avisarle apenas llegue, sin compromiso.")
f09_c3 = c("uy q mal. bueno, dejela en espera", None)
f09_t4 = t("Entendido. Le escribo apenas esté la torre 4, y si se demora más, le aviso con tiempo para que no se quede esperando.")

# f10 La Paz, agencia de turismo: lago Titicaca con papás mayores - fault: talks about himself
f10_o = c("Buenas tardes. Queremos ir al lago Titicaca con mis papás, ellos ya son mayores. ¿Qué tour tienen que no sea muy cansador?", None)
f10_t1 = t("Buenas tardes. ¿Cuántos días tienen, y qué edad tienen sus papás? ¿Pueden caminar en subida?")
f10_c1 = c("Tenemos dos días, el fin de semana. Mi papá tiene setenta y cinco, camina lento, y mi mamá setenta, ella está bien.", None)
f10_t2_better = t("Entonces les sugiero Copacabana con una noche allí, y la Isla del Sol solo por el lado sur, que tiene menos subida. Al llegar hay unas gradas incas largas, pero su papá puede quedarse en la parte baja, cerca del muelle, y no se pierde la vista.")
f10_c2_better = c("Ah, qué bueno. ¿Y cuánto sale?", None)
f10_t2_worse = t("Mire, yo he hecho ese tour más de doscientas veces, conozco cada piedra. Yo mismo subí las gradas incas con mi abuelo de ochenta, él también era guía, toda mi familia es de Copacabana. Nosotros fuimos los primeros en llevar turistas a la isla, allá por los noventa.")
f10_c2_worse = c("Ya... qué bien. Pero ¿qué nos recomienda a nosotros, con mi papá? ¿Y cuánto sale?", None)
f10_t3 = t("Para los cuatro, con bus turístico, hotel en Copacabana con desayuno y lancha a la Isla del Sol, son dos mil cuatrocientos bolivianos. Si quieren ahorrar, el bus público sale más barato, pero es más incómodo para su papá.")
f10_c3 = c("Dos mil cuatrocientos... mmm, no sé, lo tengo que ver con mis hermanos, porque entre todos vamos a pagar.", "think_it_over")
f10_t4 = t("Claro. Les paso la cotización por WhatsApp con el itinerario y la opción del bus público, para que la vean entre todos.")

PAIRS = [
    rpair(
        "esb65r_f01_santacruz_moto_mototaxi",
        "Concesionario de motos en Santa Cruz (Bolivia); un mototaxista pregunta el precio de una moto. Worse baja el precio sin que nadie lo pida, antes de saber nada, y el cliente se pone a regatear.",
        better=[f01_o, f01_t1, f01_c1, f01_t2_better, f01_c2_better, f01_t3, f01_c3, f01_t4],
        worse=[f01_o, f01_t1, f01_c1, f01_t2_worse, f01_c2_worse, f01_t3, f01_c3, f01_t4],
    ),
    rpair(
        "esb65r_f02_pasto_eps_cataratas",
        "Línea telefónica de una EPS en Pasto (Colombia); un hijo pide cita para la cirugía de cataratas de su papá. Worse cierra con un paso vago (\"lo estarán contactando\") en vez de agendar una cita concreta en Ipiales.",
        better=[f02_o, f02_t1, f02_c1, f02_t2, f02_c2, f02_t3_better, f02_c3_better, f02_t4],
        worse=[f02_o, f02_t1, f02_c1, f02_t2, f02_c2, f02_t3_worse, f02_c3_worse, f02_t4],
    ),
    rpair(
        "esb65r_f03_lapaz_credito_feria",
        "Entidad de microcrédito en La Paz (Bolivia); un comerciante de repuestos de la feria 16 de Julio pide crédito sin tener facturas. Worse duda en voz alta de su honestidad.",
        better=[f03_o, f03_t1, f03_c1, f03_t2, f03_c2, f03_t3_better, f03_c3_better, f03_t4],
        worse=[f03_o, f03_t1, f03_c1, f03_t2, f03_c2, f03_t3_worse, f03_c3_worse, f03_t4],
    ),
    rpair(
        "esb65r_f04_cali_gotera_eternit",
        "Ferretería en Cali (Colombia); un cliente quiere tapar una gotera. Worse recomienda un galón de impermeabilizante antes de preguntar qué techo es y por dónde entra el agua.",
        better=[f04_o, f04_t1_better, f04_c1_better, f04_t2, f04_c2, f04_t3, f04_c3],
        worse=[f04_o, f04_t1_worse, f04_c1_worse, f04_t2, f04_c2, f04_t3, f04_c3],
    ),
    rpair(
        "esb65r_f05_popayan_despulpadora_cafe",
        "Almacén de maquinaria cafetera en Popayán (Colombia); un caficultor de Timbío de 63 años necesita una despulpadora con motor. Worse promete que la cooperativa aprueba el crédito en dos días y garantiza mejor precio del café.",
        better=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_better, f05_c3_better, f05_t4],
        worse=[f05_o, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_worse, f05_c3_worse, f05_t4],
    ),
    rpair(
        "esb65r_f06_cochabamba_bateria_celular",
        "Taller de celulares en Cochabamba (Bolivia); un cliente tiene un celular de tres años que se calienta y se apaga. Worse da el diagnóstico en jerga técnica sin explicarla y el cliente no entiende.",
        better=[f06_o, f06_t1, f06_c1, f06_t2_better, f06_c2_better, f06_t3, f06_c3, f06_t4],
        worse=[f06_o, f06_t1, f06_c1, f06_t2_worse, f06_c2_worse, f06_t3, f06_c3, f06_t4],
    ),
    rpair(
        "esb65r_f07_tumaco_hotel_aire",
        "Hotel frente al mar en Tumaco (Colombia); una huésped reservó habitación con aire y le dieron una con ventilador. Worse discute con ella y le echa la culpa por no leer la descripción.",
        better=[f07_o, f07_t1, f07_c1, f07_t2_better, f07_c2_better, f07_t3, f07_c3, f07_t4],
        worse=[f07_o, f07_t1, f07_c1, f07_t2_worse, f07_c2_worse, f07_t3, f07_c3, f07_t4],
    ),
    rpair(
        "esb65r_f08_santacruz_tarjeta_cuotas",
        "Agencia bancaria en Santa Cruz (Bolivia); un cliente no llega al pago total de su tarjeta después de diciembre. Worse le da un sermón no pedido sobre administrar su dinero.",
        better=[f08_o, f08_t1, f08_c1, f08_t2_better, f08_c2_better, f08_t3, f08_c3, f08_t4],
        worse=[f08_o, f08_t1, f08_c1, f08_t2_worse, f08_c2_worse, f08_t3, f08_c3, f08_t4],
    ),
    rpair(
        "esb65r_f09_jamundi_internet_cobertura",
        "Chat de un operador de internet, Jamundí junto a Cali (Colombia); un teletrabajador quiere 300 megas. Worse pide cédula para el contrato antes de comprobar la cobertura, y el cliente, que ya se quemó con otra empresa, lo nota.",
        better=[f09_o, f09_t1, f09_c1, f09_t2_better, f09_c2_better, f09_t3, f09_c3, f09_t4],
        worse=[f09_o, f09_t1, f09_c1, f09_t2_worse, f09_c2_worse, f09_t3, f09_c3, f09_t4],
    ),
    rpair(
        "esb65r_f10_lapaz_titicaca_papas",
        "Agencia de turismo en La Paz (Bolivia); una hija busca un paseo al Titicaca que no canse a su papá de 75 años. Worse habla de sí mismo y de su familia en vez de adaptar el recorrido.",
        better=[f10_o, f10_t1, f10_c1, f10_t2_better, f10_c2_better, f10_t3, f10_c3, f10_t4],
        worse=[f10_o, f10_t1, f10_c1, f10_t2_worse, f10_c2_worse, f10_t3, f10_c3, f10_t4],
    ),
]

"""Gaming pairs, part C (kinds 11-15), written by hand in Spanish."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer — mayorista de abarrotes, Piura
_open = c("Buenas, joven. Quiero hacer mi pedido para la bodega, pero esta vez me tiene que llegar antes del viernes, que es la fiesta del Señor Cautivo y se vende harto.", None)
PAIRS.append(gpair(
    "esb4g_piura_pedido_bodega", "distribuidora mayorista de abarrotes y bebidas, Piura", "ignored_customer",
    "La dueña de una bodega de barrio hace su pedido semanal al mayorista, con prisa por una fiesta y con poco efectivo.",
    good=[
        _open,
        t("Buenas, señora Maritza. Antes del viernes, anotado. ¿Qué le hace falta más para la fiesta?"),
        c("Gaseosa, cerveza y agua, harto. Arroz y azúcar lo normal. Pero este mes le pago a quince días, que me atrasaron un pago.", None),
        t("Entonces: diez paquetes de gaseosa, veinte cajas de cerveza, quince de agua, y arroz y azúcar como siempre. A quince días se lo doy dentro de su línea. Hay también una gaseosa nueva de litro y medio a precio de lanzamiento, por si quiere probar."),
        c("No, esa no se vende acá; la gente pide la de siempre. ¿Y a qué hora llega el jueves? En la tarde cierro para ir a la novena.", "no_need"),
        t("Antes de las doce, se lo pido al chofer. El pedido queda en mil cuatrocientos diez soles, a pagar el día quince. ¿Le mando el resumen por WhatsApp?"),
        c("Ya, mándamelo. Gracias, joven.", None),
    ],
    gaming=[
        _open,
        t("¡Buenas, señora Maritza! Cuénteme, ¿qué necesita para su bodega esta semana?"),
        c("Para la fiesta: gaseosa, cerveza y agua, harto. Pero tiene que llegar antes del viernes.", None),
        t("Perfecto. Se lo armo para el martes de la próxima semana, que es la ruta normal de su zona."),
        c("No, le estoy diciendo antes del viernes. El martes ya pasó la fiesta.", None),
        t("Anotado. ¿Y cómo va a ser el pago?"),
        c("A quince días. Este mes me atrasaron un pago.", None),
        t("Excelente. Entonces se lo proceso al contado con el tres por ciento de descuento, ¿le parece? ¿Alguna otra inquietud?"),
        c("¿No me escuchó? Le dije que ahorita no tengo para pagar al contado.", "no_money"),
        t("Claro, la escucho. Y le agrego también la gaseosa nueva de litro y medio, que está en promoción, para el martes."),
        c("Mire, mejor llamo al de la otra distribuidora. Usted no me escucha nada.", None),
    ],
))

# 22. ignored_customer — taller mecánico, Riobamba
_open = c("Buenos días, maestro. La camioneta está sonando feo al frenar, como un chillido. El lunes tengo que bajar a Guamote con carga.", None)
PAIRS.append(gpair(
    "esb4g_riobamba_taller_frenos", "taller mecánico, Riobamba (Chimborazo)", "ignored_customer",
    "Un transportista lleva su camioneta al taller por un ruido en los frenos; viaja el lunes y anda justo de plata.",
    good=[
        _open,
        t("Buenos días. ¿El chillido es todo el rato al frenar o solo al principio? ¿Siente que vibra el pedal?"),
        c("Todo el rato, y ahora ya como que raspa. El pedal normal, no vibra.", None),
        t("Si raspa, seguro ya se acabaron las pastillas de adelante y está topando metal con el disco. Déjeme sacar la llanta y le confirmo en diez minutos."),
        c("Dele.", None),
        t("Ya vi: las pastillas están en el metal y el disco tiene una raya, pero todavía tiene grosor. Lo seguro es pastillas y rectificar los discos: ochenta y cinco dólares, lista para el sábado."),
        c("¿Ochenta y cinco? Estoy corto este mes, maestro. ¿No hay cómo solo las pastillas?", "no_money"),
        t("Se puede, cuarenta dólares, pero con el disco rayado las pastillas le duran la mitad y vuelve a chillar. Para el lunes, con cualquiera de las dos va seguro; con rectificado le dura más. Usted decide."),
        c("Entonces hágale completo, pero que esté el sábado sin falta.", None),
        t("El sábado a las once la tiene. Si al desarmar sale algo más, le llamo antes de tocar nada."),
    ],
    gaming=[
        _open,
        t("Buenos días. Cuénteme, ¿cómo ha sido su experiencia con la camioneta últimamente?"),
        c("Bien, solo eso del chillido. Y el lunes bajo a Guamote con carga, tiene que estar antes.", None),
        t("Perfecto. Le recomiendo el mantenimiento de los cincuenta mil: aceite, filtros, bandas, alineación y frenos. Queda para el miércoles."),
        c("El miércoles no me sirve, maestro, ya le dije que el lunes viajo.", "no_time"),
        t("Entendido. ¿Y hay algo más que le preocupe del carro?"),
        c("Que no tengo mucha plata. Solo quiero que me vea los frenos.", "no_money"),
        t("Claro. El mantenimiento completo con frenos le sale en trescientos veinte; se lo dejo listo el miércoles al mediodía."),
        c("¿No me oye? Le digo que solo frenos y para el sábado. Deme la llave, me voy a otro taller.", None),
    ],
))

# 23. repeated_questions — ortopedia, Zamora
_open = c("Hola, buenas. A mi madre le dan el alta el jueves, que se ha roto la cadera, y nos han dicho que va a necesitar una silla de ruedas unas semanas.", None)
PAIRS.append(gpair(
    "esb4g_zamora_ortopedia_silla", "ortopedia, Zamora", "repeated_questions",
    "Una hija busca una silla de ruedas para su madre de ochenta y siete años, operada de cadera.",
    good=[
        _open,
        t("Vaya, lo siento. ¿Cuánto tiempo les han dicho que la va a necesitar? ¿Y la casa tiene escaleras o pasillos estrechos?"),
        c("Dos o tres meses, en principio. Vive en un primero sin ascensor, en el casco viejo, y el baño es muy estrecho.", None),
        t("Para tan poco tiempo le compensa alquilarla. Para ese baño, una de aluminio plegable de las estrechas. También tenemos silla de ducha, por veinticinco euros."),
        c("La de ducha ya la tiene, se la compramos el año pasado para mi padre.", "no_need"),
        t("Entonces solo la de ruedas: cuarenta euros al mes y cien de fianza, que se devuelve. Para bajar al médico con la escalera, el traslado en ambulancia lo pide el centro de salud; pregúntelo el día del alta."),
        c("Lo de la ambulancia no lo sabía. ¿Me la podéis llevar a casa?", None),
        t("Sí. ¿Se la acercamos el miércoles, antes del alta? Así la prueba en el pasillo y en el baño, y si no cabe, la cambiamos."),
        c("El miércoles por la tarde, que salgo de trabajar a las tres.", None),
    ],
    gaming=[
        _open,
        t("Hola, buenas. Lo siento mucho. Cuénteme, ¿para quién sería la silla?"),
        c("Para mi madre, se lo acabo de decir. Tiene ochenta y siete años.", None),
        t("Vale. ¿Y la persona que va a usar la silla es usted o un familiar?"),
        c("Mi madre. Es para mi madre.", None),
        t("Perfecto. ¿Y cuánto tiempo cree que la va a necesitar?"),
        c("Dos o tres meses, nos han dicho.", None),
        t("Entiendo. Para hacerme una idea, ¿sería para unas semanas o es algo más permanente?"),
        c("Ya se lo he dicho: dos o tres meses. ¿Me la alquiláis o no?", None),
        t("Claro. ¿Me cuenta un poco la situación, para quién es y para qué la necesita, y así le recomiendo la mejor opción?"),
        c("Mire, no tengo tiempo para esto, que me he escapado del trabajo. Ya vendrá mi marido.", "no_time"),
    ],
))

# 24. repeated_questions — cooperativa de ahorro y crédito, Matagalpa
_open = c("Buenos días. Vengo a ver lo del préstamo de avío para la cosecha. Tengo cinco manzanas de café allá por San Ramón.", None)
PAIRS.append(gpair(
    "esb4g_matagalpa_credito_cafe", "cooperativa de ahorro y crédito, Matagalpa", "repeated_questions",
    "Un caficultor pide un préstamo para pagar a los cortadores de la cosecha.",
    good=[
        _open,
        t("Buenos días, don Chico. ¿Cuánto necesita y para qué, corte, abono?"),
        c("Unos treinta mil córdobas, para pagar cortadores en noviembre y diciembre. El abono ya lo tengo.", None),
        t("¿Y cuántos quintales sacó el año pasado? Es para ver cómo lo paga."),
        c("Unos sesenta, pero este año la roya me pegó en una manzana, así que serán menos.", None),
        t("Con cincuenta quintales entregados a la cooperativa, los treinta mil se pagan con la liquidación de marzo. El interés es del dieciocho anual: unos mil trescientos de intereses hasta marzo."),
        c("¿El dieciocho? En el banco de Matagalpa me ofrecieron al quince.", "too_expensive"),
        t("Puede ser, pero el banco le cobra cuota cada mes aunque no haya vendido; aquí paga cuando entrega el café. Compare las dos cosas, y si allá le sale mejor, vaya allá."),
        c("Eso es cierto, mensual no puedo. Deme la lista de papeles, que el lunes los traigo con mi señora.", None),
    ],
    gaming=[
        _open,
        t("Buenos días, don Chico. Cuénteme, ¿cuánto necesita?"),
        c("Unos treinta mil córdobas, para pagar cortadores.", None),
        t("Muy bien. ¿Y de qué monto estaríamos hablando, más o menos?"),
        c("Treinta mil, le dije.", None),
        t("Perfecto. ¿Y para qué lo va a usar?"),
        c("Para los cortadores, en noviembre y diciembre.", None),
        t("Ajá. ¿Y cuál sería el destino del crédito: insumos, mano de obra…?"),
        c("Mano de obra, los cortadores. ¿Qué, no me está oyendo?", None),
        t("Claro que sí. Y para ir cerrando, ¿qué cantidad tiene pensado solicitar?"),
        c("Mejor vengo otro día, que tengo que volver a la finca antes de que se largue a llover.", "no_time"),
    ],
))

# 25. wrong_paraphrase — programa de turnos para consultorio, Rivadavia (San Juan, Argentina)
_open = c("Hola, soy médica clínica, tengo consultorio en Rivadavia. Se me llena el teléfono de gente pidiendo turno y mi secretaria no da abasto. ¿Qué ofrecen ustedes?", None)
PAIRS.append(gpair(
    "esb4g_san_juan_turnos_consultorio", "software de turnos para consultorios, San Juan (Argentina)", "wrong_paraphrase",
    "Una médica de consultorio chico pregunta por un sistema de turnos porque su secretaria no da abasto con el teléfono.",
    good=[
        _open,
        t("Hola, doctora. ¿Cuántos pacientes ve por día y cómo piden el turno hoy, por teléfono, por WhatsApp?"),
        c("Unos veinte. Casi todo por teléfono. Muchos son jubilados, no te van a usar una aplicación ni locos.", None),
        t("Entonces una aplicación no le sirve. Lo que sí: que el WhatsApp del consultorio conteste solo con los turnos libres, que la secretaria cargue en la misma agenda a los que llaman, y un recordatorio por mensaje el día anterior, que baja mucho los ausentes."),
        c("Lo del recordatorio me interesa, faltan un montón. ¿Cuánto sale?", None),
        t("Quince mil pesos por mes, sin contrato. Le propongo probar un mes solo con los recordatorios y ver si bajan los ausentes."),
        c("Bueno, pero lo tiene que ver mi secretaria, que es la que lo va a usar. Si ella no se arregla, no sirve.", "think_it_over"),
        t("Me parece bien. ¿Puedo ir el jueves a la tarde a mostrárselo a ella, con su agenda real?"),
        c("El jueves después de las seis, que cierro a las siete.", None),
    ],
    gaming=[
        _open,
        t("¡Hola, doctora! Cuénteme, ¿cuál es el mayor desafío de su consultorio hoy?"),
        c("Que el teléfono no para y mi secretaria no da abasto. Son casi todos jubilados.", None),
        t("O sea que lo que me dice es que sus pacientes quieren una aplicación moderna para sacar turno desde el celular, ¿lo entendí bien?"),
        c("No, dije justamente lo contrario: son jubilados, no usan aplicaciones.", None),
        t("Claro. Entonces, si la escucho bien, lo que busca es reemplazar a la secretaria por nuestro asistente virtual con inteligencia artificial, ¿no?"),
        c("No, no quiero echar a nadie. Quiero que ella trabaje más tranquila.", "no_need"),
        t("Perfecto. Entonces lo que necesita es el plan Clínica Total, con historia clínica digital y facturación a obras sociales, ¿cierto?"),
        c("Eso ya lo tengo con otro sistema, y tampoco te dije eso. Mandame info por mail y lo veo.", "brush_off"),
    ],
))

# 26. wrong_paraphrase — paquetería, Contla (Tlaxcala)
_open = c("Buenas tardes. Hago sarapes en Contla y ya tengo clientas en la Ciudad de México. Quiero saber cuánto me cobran por mandar paquetes, unos cuatro o cinco a la semana.", None)
PAIRS.append(gpair(
    "esb4g_tlaxcala_paqueteria_sarapes", "paquetería y mensajería, Tlaxcala", "wrong_paraphrase",
    "Una artesana textil pregunta tarifas para enviar sus sarapes a clientas de la capital.",
    good=[
        _open,
        t("Buenas tardes. ¿Cuánto pesa más o menos cada paquete y a qué zonas de la ciudad van?"),
        c("Un sarape doblado pesa kilo y medio, kilo ochocientos. Van a Coyoacán, a la Roma, a domicilio de las clientas.", None),
        t("Con ese peso, a domicilio en la ciudad, sale en ciento diez pesos, de dos a tres días. Con convenio por volumen, con cuatro a la semana, baja a noventa y cinco."),
        c("Con la otra paquetería pagaba noventa, pero me perdieron un sarape y nunca me lo pagaron.", "bad_experience"),
        t("Qué coraje. Aquí cada envío lleva guía con rastreo y va asegurado por el valor que usted declare, hasta tres mil pesos, sin costo extra. ¿Cuánto vale un sarape?"),
        c("Entre mil ochocientos y dos mil quinientos. Con el seguro incluido ya cambia la cosa.", None),
        t("Le dejo el convenio para que lo lea. Y si le conviene, pasamos a recoger a su taller martes y viernes, así no tiene que bajar a Tlaxcala."),
        c("Eso sí me ayuda. Déjeme leerlo en la noche y le marco mañana.", "think_it_over"),
    ],
    gaming=[
        _open,
        t("¡Buenas tardes! Platíqueme, ¿qué es lo más importante para usted en sus envíos?"),
        c("Que lleguen bien y que no me cobren tanto. Son a la Ciudad de México, a domicilio.", None),
        t("Entonces lo que escucho es que usted exporta a Estados Unidos y necesita nuestro servicio internacional express, ¿correcto?"),
        c("No, a Estados Unidos no mando nada. Es aquí nomás, a la Ciudad de México.", None),
        t("Claro, claro. O sea que sus paquetes son grandes, de más de veinte kilos, y requiere servicio de carga, ¿así es?"),
        c("No, son sarapes, kilo y medio cada uno. ¿De dónde saca eso?", None),
        t("Perfecto. Entonces, si entiendo bien, prefiere pagar más para que llegue al día siguiente, ¿verdad? Le activo el servicio Día Siguiente, a doscientos ochenta por envío."),
        c("Yo no le dije eso. Doscientos ochenta es carísimo para un sarape.", "too_expensive"),
        t("Entiendo su sentir. ¿Algo más en lo que la pueda ayudar?"),
        c("No, gracias. Me voy a otra paquetería.", None),
    ],
))

# 27. pitch_to_upset — baja de línea por fallecimiento, Huesca
_open = c("Buenos días. Llamo porque mi marido falleció hace dos semanas y tengo que dar de baja su móvil. No sé bien qué papeles hacen falta.", None)
PAIRS.append(gpair(
    "esb4g_huesca_linea_fallecido", "atención al cliente de telefonía móvil, Huesca", "pitch_to_upset",
    "Una viuda reciente llama para dar de baja la línea de su marido.",
    good=[
        _open,
        t("Lo siento mucho, señora. Vamos a hacerlo sencillo. ¿Quiere darla de baja, o prefiere quedarse con el número?"),
        c("No había pensado en eso… Hay gente que todavía le llama, de la peña y eso. No sé.", None),
        t("No hace falta decidirlo hoy. Podemos pasar la línea a su nombre y mantenerla, o darla de baja más adelante. Para las dos cosas necesito el certificado de defunción."),
        c("El certificado lo tengo aquí. Prefiero pasarla a mi nombre unos meses, por si llama alguien.", None),
        t("Muy bien. Le doy un correo para mandar una foto del certificado y de su DNI. El cambio no cuesta nada y la cuota sigue igual. ¿Quiere que le suspendamos el cobro de este mes mientras tanto?"),
        c("Si se puede, sí. Es que ahora todo son papeles y estoy sola con todo.", None),
        t("Lo suspendo ahora mismo. Cuando lleguen los documentos la llamo yo para confirmarle que está hecho, así no tiene que volver a llamar."),
        c("Gracias, hija. De verdad.", None),
    ],
    gaming=[
        _open,
        t("Lamento mucho su pérdida, señora. Precisamente, aprovechando el cambio, ¿sabía que puede pasarse a nuestro pack Familia, con fibra de un giga, dos móviles y la tele incluida?"),
        c("Hija, que acabo de enterrar a mi marido. Yo solo quiero quitar el móvil.", "no_need"),
        t("Le acompaño en el sentimiento. Y ahora que está sola, ¿no le daría tranquilidad la teleasistencia? Son solo nueve euros al mes."),
        c("No necesito nada de eso, tengo a mis hijos cerca.", "no_need"),
        t("Entiendo. ¿Y qué le parece si le paso la línea a su nombre con el plan Ilimitado, que le sale más a cuenta que el de su marido?"),
        c("¿Me está escuchando? Le he preguntado qué papeles hacen falta.", None),
        t("Claro, el certificado de defunción. Y para cerrar, ¿cómo de satisfecha está con la atención recibida hoy?"),
        c("Mire, déjelo. Ya iré a la tienda con mi hijo.", None),
    ],
))

# 28. pitch_to_upset — alimento balanceado para tambo, Tandil
_open = c("Mirá, te llamo porque el último camión de balanceado que me mandaron me está matando: desde el lunes las vacas no lo quieren comer y bajé casi mil litros de leche por día.", None)
PAIRS.append(gpair(
    "esb4g_tandil_balanceado_tambo", "fábrica de alimento balanceado, Tandil (Buenos Aires)", "pitch_to_upset",
    "Un tambero llama furioso porque el último lote de balanceado le hizo caer la producción de leche.",
    good=[
        _open,
        t("Uh, mil litros por día es muchísimo. ¿Me pasás el número de remito o de lote, así veo qué salió de planta?"),
        c("Lote 2231, lo cargaron el viernes. Huele raro, como a humedad.", None),
        t("Ese olor puede ser hongo. Lo primero: no les des más de ese lote. ¿Te queda balanceado del camión anterior para estos días?"),
        c("Unas tres toneladas, para dos o tres días.", None),
        t("Bien. Hoy a la tarde va un técnico a sacar muestra y mañana a primera hora te llevamos reposición de un lote analizado. Lo que haya que reconocerte, incluida la leche, lo vemos con el resultado del análisis."),
        c("Más les vale, porque si no me cambio de proveedor.", None),
        t("Entendido. Te paso mi celular directo; el técnico te llama antes de ir. Y lo de la reposición te lo confirmo por escrito."),
        c("Dale. Que venga antes de las cinco, que después ordeñamos.", None),
    ],
    gaming=[
        _open,
        t("Hola, entiendo perfectamente tu frustración. Y justamente por eso te quería contar de nuestra línea Lactomax Premium, con levaduras vivas: los tambos que la usan suben hasta un diez por ciento."),
        c("¿Me estás cargando? Te digo que las vacas no comen lo que me mandaste y me ofrecés otra cosa.", None),
        t("Te entiendo. ¿Qué tan satisfecho estás con tu producción en general? Porque con Lactomax la subís."),
        c("No quiero nada premium. Quiero que me saquen ese balanceado podrido de acá.", "no_need"),
        t("Claro. Igual te puedo armar un precio especial de Lactomax si te cambiás este mes: sale solo un quince por ciento más."),
        c("Después de esto no les compro ni una bolsa más, ni premium ni nada.", "bad_experience"),
        t("Te entiendo, pero pensalo: la línea nueva es otra cosa. ¿Te mando la ficha técnica?"),
        c("Pasame con el gerente. Ya.", None),
    ],
))

# 29. blame — suministros de hospital, Ponferrada (El Bierzo)
_open = c("Buenos días, le llamo de Compras del Hospital del Bierzo. Nos han llegado las sondas vesicales del calibre dieciséis cuando pedimos del catorce, y planta las necesita hoy.", None)
PAIRS.append(gpair(
    "esb4g_ponferrada_hospital_sondas", "distribuidor de material sanitario, Ponferrada (León)", "blame",
    "La compradora de un hospital comarcal reclama un pedido de sondas servido con el calibre equivocado.",
    good=[
        _open,
        t("Buenos días. Lo siento, para planta eso es un problema serio. ¿Me dice el número de pedido para comprobarlo?"),
        c("El 2024-0718. En el pedido pone bien claro catorce.", None),
        t("Lo veo: el pedido dice catorce y servimos dieciséis. Es un error de preparación en nuestro almacén. Hoy sale una furgoneta con las del catorce y estaría ahí antes de las cinco. ¿Pueden aguantar hasta entonces?"),
        c("Hasta las cinco aguantamos con lo que queda. Pero es la segunda vez este año.", None),
        t("Tiene razón. Pongo doble revisión en los pedidos del hospital y le mando por escrito qué ha pasado. Las del dieciséis se las recoge la misma furgoneta; ustedes no tienen que hacer nada."),
        c("Vale. Mándeme el albarán nuevo por correo para cuadrar la factura.", None),
    ],
    gaming=[
        _open,
        t("Buenos días. Entiendo su experiencia. Pero si revisa su pedido, ¿no puede ser que ustedes pusieran la referencia del dieciséis sin darse cuenta?"),
        c("No, lo tengo aquí delante: pone catorce.", None),
        t("Ya. ¿Y no será que en planta lo pidieron mal y ustedes lo pasaron tal cual? Suele pasar."),
        c("Le digo que el pedido dice catorce. El error es vuestro.", None),
        t("Bueno, también tendrían que haberlo revisado al recibir, ¿no cree? Si lo miran en el muelle, no estaríamos así. ¿Lo he entendido bien?"),
        c("Lo que necesito es que me mande las del catorce hoy. Lo demás ya lo hablará mi jefa con su gerente.", None),
        t("Se las puedo mandar el lunes con el reparto normal. Para hoy sería envío urgente, y el porte lo tendrían que pagar ustedes."),
        c("¿El porte de un error vuestro? Ni hablar. Voy a pedirlas a otro proveedor.", None),
    ],
))

# 30. blame — banca por WhatsApp, Quetzaltenango
_open = c("buenas tardes no puedo entrar a la app del banco, me sale usuario bloqueado y hoy tengo que pagar a mis proveedores", None)
PAIRS.append(gpair(
    "esb4g_xela_app_bloqueada", "banco, atención por WhatsApp, Quetzaltenango (Guatemala)", "blame",
    "El dueño de una tienda de repuestos escribe porque su banca móvil está bloqueada el día que paga a sus proveedores.",
    good=[
        _open,
        t("Buenas tardes, lamento el inconveniente, se lo resolvemos. Me confirma su nombre completo y los ultimos 4 digitos de su DPI?"),
        c("Mynor Xicara, 0901. tengo una tienda de repuestos aqui en xela y hoy se vence lo de los proveedores", None),
        t("Gracias don Mynor. La app se bloqueo por tres intentos de clave anoche. Fue usted, o cree que alguien mas intento entrar?"),
        c("fui yo, cambie de telefono y no me acordaba de la clave", None),
        t("Pasa seguido al cambiar de telefono. Le mando un codigo por SMS al numero registrado para desbloquear y crear clave nueva. No se lo comparta a nadie, ni a mi."),
        c("ya me llego. ya entre y ya puse la clave nueva", None),
        t("Listo. El limite diario de transferencias es de 25 mil quetzales. Le alcanza para hoy o necesita que se lo ampliemos?"),
        c("son como 18 mil, si alcanza. gracias, rapido fue", None),
    ],
    gaming=[
        _open,
        t("buenas tardes. si le sale bloqueado es porque usted puso mal la clave 3 veces, verdad?"),
        c("puede ser, cambie de telefono. pero necesito pagar hoy", None),
        t("ok. le recuerdo que el usuario es responsable de su clave. no la habra compartido con alguien?"),
        c("no, como voy a compartir mi clave", None),
        t("entiendo su sentir. si hubiera activado la huella como se le recomendo esto no pasa. para desbloquear tiene que venir a agencia con su DPI"),
        c("hoy no puedo ir a agencia, estoy solo en la tienda hasta las 7", "no_time"),
        t("pues es el procedimiento. si no se le hubiera olvidado la clave no estariamos asi. algo mas en lo que le pueda ayudar?"),
        c("nada. les voy a pagar con cheque del otro banco", None),
    ],
))

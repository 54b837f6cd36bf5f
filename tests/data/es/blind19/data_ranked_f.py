"""Ranked pairs f01-f10 (esb19): both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
f1o = c("Buenas, el internet del celular en mi casa en Chitré no sirve, no carga ni WhatsApp, y en el pueblo sí agarra bien.", None)
f1a = t("Buenas, qué incómodo. ¿Desde cuándo le pasa y en qué parte de la casa es peor?")
f1b = c("Desde hace un mes. En toda la casa, en el patio mejora un poquito.", None)
f1ok = t("Gracias, eso apunta a la antena de la zona o a algo que bloquea la señal en la casa. ¿Me da la dirección exacta para el reporte?")
f1okr = c("Calle de la iglesia, la casa azul de esquina.", None)
f1bad = t("Qué raro, en el mapa de cobertura su zona sale con señal excelente. Debe ser su teléfono, eso no puede ser de la red.")
f1badr = c("¿Mi teléfono? Mi esposo tiene otro y le pasa igual. Le digo que es la señal. Vivo en la calle de la iglesia, la casa azul de esquina, vengan a ver.", None)
f1c = t("Listo, abro el reporte con esa dirección. En 48 horas un técnico mide la señal en la casa, y mientras le activo llamadas por wifi. ¿Le parece?")
f1d = c("Bueno. Ojalá sí vengan, que ya estoy cansada de esto.", None)

# f02 doubts the customer's honesty
f2o = c("Buenas, fui al cajero de la plaza a sacar 5.000 pesos, hizo el ruido pero no salió nada, y en la cuenta ya me los descontaron.", None)
f2ok = t("Qué bronca, lo siento. Pasa cuando el cajero se traba. ¿Me decís la hora aproximada y qué cajero era?")
f2okr = c("Ayer como a las siete de la tarde, el de la plaza Artigas.", None)
f2bad = t("A ver... ¿estás seguro de que no salió? Muchas veces la gente retira, se distrae y después reclama.")
f2badr = c("Sí, estoy seguro, no soy ningún vivo. Fue ayer a las siete, en el de la plaza Artigas.", None)
f2a = t("Inicio el reclamo. El banco cuadra el cajero con el arqueo y, si sobra el dinero, te lo reintegran en hasta 5 días hábiles.")
f2b = c("¿Y si no aparece? Es la plata del alquiler.", None)
f2c = t("Si el arqueo no coincide, revisan la cámara del cajero. Te llamo el viernes con el resultado, sea cual sea.")
f2d = c("Bueno, quedo esperando el viernes.", None)

# f03 drops the price before asking anything
f3o = c("Buenas, soy la administradora de un hotel pequeño en Antigua. Ando cotizando toallas y sábanas, las que tenemos ya están muy gastadas.", None)
f3ok = t("Buenas, con gusto. ¿Cuántas habitaciones tienen y cada cuánto cambian la ropa de cama? Así le calculo cuántos juegos le convienen.")
f3okr = c("Son 14 habitaciones. Cambiamos diario, y la lavandería es de afuera, a veces tarda dos días.", None)
f3bad = t("Buenas. Mire, de una vez le dejo un 20% de descuento sobre lista, para que vea que le conviene trabajar con nosotros.")
f3badr = c("Ah, bueno... gracias, pero si todavía no le he dicho qué necesito. Son 14 habitaciones, cambiamos diario y la lavandería de afuera tarda dos días.", None)
f3a = t("Entonces ocupa tres juegos por cama: uno puesto, uno en lavandería y uno de reserva. En algodón de 200 hilos, que aguanta lavandería industrial, son unos 9,800 quetzales.")
f3b = c("Es más de lo que esperaba. El gerente me dio un presupuesto de 7 mil.", "no_money")
f3c = t("Podemos empezar con dos juegos por cama, unos 6,500, y el tercero el otro trimestre. Le mando las dos opciones por escrito para su gerente.")
f3d = c("Sí, mándemelas, hoy mismo se las paso.", None)

# f04 unasked lecture
f4o = c("Buenas, quiero retirar un certificado a plazo que vence en noviembre. Me voy a Guatemala a la boda de mi hermana y ocupo la plata.", None)
f4a = t("Buenas, con gusto. Se puede cancelar anticipado, con una penalización sobre los intereses. ¿Es el certificado de 1.5 millones?")
f4b = c("Ese mismo. ¿Cuánto me rebajan?", None)
f4ok = t("Perdería los intereses de los últimos tres meses, unos 18 mil colones. El capital se lo depositan completo.")
f4okr = c("Bueno, 18 mil no es tanto. Hágalo.", None)
f4bad = t("Unos 18 mil. Pero déjeme decirle: romper un ahorro por un viaje es de los errores más comunes. Lo ideal es un fondo de emergencias y no tocar las inversiones por gustos.")
f4badr = c("Con todo respeto, es la boda de mi hermana, no un gusto. ¿Me lo hace o no?", None)
f4c = t("Listo, se lo proceso, el capital le queda en la cuenta hoy mismo. Ocupo que me firme aquí.")
f4d = c("Ahí está. Gracias.", None)

# f05 vague next step
f5o = c("Buenas, le escribo de una planta de empaque en la zona industrial de Valencia. Se nos dañó el motorreductor de la línea 2 y necesitamos el repuesto urgente.", None)
f5a = t("Buenas. ¿Me pasa marca y modelo de la placa, y si puede una foto? ¿La línea está parada?")
f5b = c("Ahí le mando la foto. Sí, parada desde ayer, perdemos como 2 mil dólares diarios.", None)
f5c = t("Ese modelo no lo tengo en almacén, pero mi proveedor en Caracas sí; serían 2 o 3 días. También se lo podemos reparar en taller, con menos garantía.")
f5d = c("Lo que sea más rápido, pero necesito precio y fecha hoy, el gerente me está presionando.", None)
f5ok = t("Le confirmo precio y fecha de las dos opciones hoy antes de las 3, por este chat. Si a las 3 no le he escrito, llámeme a este número.")
f5okr = c("Perfecto, quedo atento a las 3.", None)
f5bad = t("Perfecto, voy a averiguar con el proveedor y con el taller, y apenas sepa algo le aviso.")
f5badr = c("¿Y eso cuándo sería? Necesito decirle algo al gerente hoy.", None)

# f06 over-promises
f6o = c("buenas, quiero traer unas piezas de una maquina de coser desde Miami, pesan como 8 libras. cuanto tarda y cuanto sale?", None)
f6a = t("Buenas. 8 libras salen en unos 48 dólares más impuestos, según el valor de las piezas. ¿Son para negocio o uso personal?")
f6b = c("para mi taller de costura. tengo un pedido de uniformes para el 20 y sin esa maquina no saco", None)
f6ok = t("Le soy claro: de Miami a San Pedro son de 5 a 7 días hábiles, pero si aduana pide factura comercial se atrasa. Para el 20 se puede, ajustado; mándeme la factura ya para adelantar.")
f6okr = c("ajustado... bueno, mejor eso a que me digan que si y no llegue. le mando la factura hoy", None)
f6bad = t("No se preocupe, se lo garantizo: en 3 días lo tiene en su taller, con nosotros aduana nunca atrasa nada.")
f6badr = c("ah que bueno, entonces lo mando hoy mismo. le mando la factura", None)
f6c = t("Perfecto. Le paso la dirección del casillero en Miami y su número de cliente.")
f6d = c("listo, gracias", None)

# f07 closes before checking that the thing works
f7o = c("hola, tengo un campo cerca de Melo, a 20 km de la ruta, y necesito internet en la casa. el celular agarra una rayita y se corta", None)
f7a = t("Hola. Para campo tenemos internet por antena, 1.490 por mes, instalación 2.500. ¿Para qué lo usarías: mails, videollamadas, cámaras?")
f7b = c("los mails del escritorio rural y videollamada con mi hija que esta en españa. camaras capaz mas adelante", None)
f7ok = t("Te alcanza el plan básico. Antes de cobrarte nada, mando al técnico a medir si desde tu casa se ve la torre de Melo; si no hay línea de vista, no te sirve y la visita no se cobra.")
f7okr = c("ah bien, mejor asi. hay un monte de eucaliptos entre la casa y la ruta, no se si tapa", None)
f7bad = t("Te alcanza el plan básico. Lo dejamos firmado hoy: me pasás la cédula, pagás la instalación y el técnico va el jueves.")
f7badr = c("y si no agarra? con la antena de la tele me paso, pague y nunca anduvo. hay un monte de eucaliptos entre la casa y la ruta", "bad_experience")
f7c = t("El técnico mide la señal el jueves; si el monte tapa, probamos con un mástil más alto, que va aparte.")
f7d = c("bueno, el jueves lo espero en la portera", None)

# f08 recommends before asking
f8o = c("Buenas, ya no veo bien de cerca, creo que necesito lentes. ¿Cuánto salen?", None)
f8ok = t("Buenas. Depende del uso. ¿En qué trabaja y en qué momento del día le cuesta más ver?")
f8okr = c("Soy contadora, paso todo el día en la computadora. Y en la noche me cuesta leer el teléfono.", None)
f8bad = t("Buenas. Le recomiendo lentes progresivos con filtro de luz azul, son los más completos, en 1,800 quetzales.")
f8badr = c("Uy, pero si ni me ha preguntado nada. Soy contadora, paso el día en la computadora y de noche me cuesta leer el teléfono.", None)
f8a = t("Primero va el examen de la vista, gratis, 20 minutos. Por lo que cuenta, pueden ser lentes solo para computadora y lectura, desde 650, o progresivos si también le cuesta de lejos.")
f8b = c("Bueno, pero hoy no puedo, ando en mi hora de almuerzo.", "no_time")
f8c = t("Le aparto el sábado a las 9 para el examen, sin compromiso de compra. ¿Le parece?")
f8d = c("Sí, el sábado está bien.", None)

# f09 unexplained jargon
f9o = c("Buenas, tengo un minisúper en La Chorrera y me robaron dos veces este año. Quiero poner cámaras, ¿qué me recomienda?", None)
f9a = t("Buenas, lamento lo de los robos. ¿Quiere verlas desde el celular, y qué le preocupa más: la caja, la entrada, el depósito?")
f9b = c("La caja y la puerta de atrás, que por ahí se metieron. Y sí, verlas desde el celular cuando estoy en la casa.", None)
f9ok = t("Con 4 cámaras basta: dos en la caja, una atrás y una en la entrada. Graban un mes de video, se ven de noche y las mira desde el celular. Son 480 instaladas.")
f9okr = c("Ok, entendí. 480 me parece bien, pero que las pongan esta semana.", None)
f9bad = t("Le recomiendo un kit NVR de 4 canales PoE con cámaras bullet de 4MP, H.265+, IR de 30 metros y acceso P2P. Son 480 instaladas.")
f9badr = c("Mire, no le entendí nada. ¿Eso graba de noche? ¿Lo veo en el celular o no?", None)
f9c = t("Le dejo todo por escrito, con foto de dónde va cada cámara, y el técnico puede ir el jueves. ¿Le sirve temprano?")
f9d = c("El jueves temprano sí. Y que el técnico me explique cómo se usa, que yo de eso no sé.", None)

# f10 talks about themselves
f10o = c("hola buenas! queremos ir a Los Nevados en semana santa, somos 3 amigas y nunca hemos subido tan alto. que nos recomiendan?", None)
f10a = t("¡Hola! Qué buen plan. ¿Alguna ha tenido problemas con la altura o el frío? ¿Prefieren subir en jeep o caminar un tramo?")
f10b = c("ninguna ha estado a mas de 3 mil metros. una tiene asma leve. y jeep, no somos muy deportistas jaja", None)
f10ok = t("Gracias por lo del asma, es importante. Duerman una noche en Mérida antes de subir para aclimatarse, y que ella lleve su inhalador y lo consulte con su médico. La caminata al mirador es opcional.")
f10okr = c("ah perfecto, lo de la noche en merida no lo sabiamos. y cuanto sale?", None)
f10bad = t("¡Ay, a mí me encanta Los Nevados! La primera vez subí caminando desde Pico Espejo, seis horas, y la última me quedé una semana en una posada con mi novio, fue lo máximo.")
f10badr = c("jaja que chevere. pero y lo del asma de mi amiga? y cuanto sale?", None)
f10c = t("El paquete de 2 días con jeep, posada y comidas sale en 85 dólares por persona. Para semana santa conviene separar con 30% antes del 15.")
f10d = c("uy, es un poco mas de lo que pensabamos. lo hablamos entre las 3 y te escribimos", "think_it_over")

PAIRS = [
rpair("esb19r_f01_chitre_senal_movil", "Mobile operator chat, Chitré (Panama): no mobile data at home. Worse argues the network is fine.",
 [f1o, f1a, f1b, f1ok, f1okr, f1c, f1d], [f1o, f1a, f1b, f1bad, f1badr, f1c, f1d]),
rpair("esb19r_f02_rivera_cajero_reclamo", "Bank, Rivera (Uruguay): an ATM debited cash it never paid out. Worse doubts the customer's honesty.",
 [f2o, f2ok, f2okr, f2a, f2b, f2c, f2d], [f2o, f2bad, f2badr, f2a, f2b, f2c, f2d]),
rpair("esb19r_f03_antigua_blancos_hotel", "Linen supplier, Antigua Guatemala (Guatemala): a small hotel needs towels and sheets. Worse drops the price before asking anything.",
 [f3o, f3ok, f3okr, f3a, f3b, f3c, f3d], [f3o, f3bad, f3badr, f3a, f3b, f3c, f3d]),
rpair("esb19r_f04_sanjose_certificado_boda", "Bank, San José (Costa Rica): early withdrawal of a term deposit for a wedding trip. Worse gives an unasked lecture.",
 [f4o, f4a, f4b, f4ok, f4okr, f4c, f4d], [f4o, f4a, f4b, f4bad, f4badr, f4c, f4d]),
rpair("esb19r_f05_valencia_motorreductor", "Industrial parts supplier, Valencia (Venezuela): a packing plant's line is stopped. Worse ends with a vague next step.",
 [f5o, f5a, f5b, f5c, f5d, f5ok, f5okr], [f5o, f5a, f5b, f5c, f5d, f5bad, f5badr]),
rpair("esb19r_f06_sps_courier_miami", "Courier, San Pedro Sula (Honduras): a seamstress needs parts from Miami for a deadline. Worse over-promises.",
 [f6o, f6a, f6b, f6ok, f6okr, f6c, f6d], [f6o, f6a, f6b, f6bad, f6badr, f6c, f6d]),
rpair("esb19r_f07_melo_internet_rural", "Rural internet provider, Cerro Largo (Uruguay): a farmhouse needs internet. Worse closes before checking the signal.",
 [f7o, f7a, f7b, f7ok, f7okr, f7c, f7d], [f7o, f7a, f7b, f7bad, f7badr, f7c, f7d]),
rpair("esb19r_f08_xela_optica_lentes", "Optician, Quetzaltenango (Guatemala): an accountant struggles to see up close. Worse recommends before asking.",
 [f8o, f8ok, f8okr, f8a, f8b, f8c, f8d], [f8o, f8bad, f8badr, f8a, f8b, f8c, f8d]),
rpair("esb19r_f09_chorrera_camaras_minisuper", "Security cameras, La Chorrera (Panama): a robbed mini-market owner. Worse uses unexplained jargon.",
 [f9o, f9a, f9b, f9ok, f9okr, f9c, f9d], [f9o, f9a, f9b, f9bad, f9badr, f9c, f9d]),
rpair("esb19r_f10_merida_nevados_amigas", "Tour agency, Mérida (Venezuela): three friends, one with mild asthma, plan a high-altitude trip. Worse talks about themselves.",
 [f10o, f10a, f10b, f10ok, f10okr, f10c, f10d], [f10o, f10a, f10b, f10bad, f10badr, f10c, f10d]),
]

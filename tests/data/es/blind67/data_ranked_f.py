"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction
(written by hand)."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer -------------------------------------------
_o = c("Buenas, compré una lavadora aquí hace dos meses y está botando agua por abajo. Y la instalaron ustedes mismos.", None)
_t1 = t("Buenas, lamento el inconveniente. ¿Me da su número de factura o su cédula para ver la compra?")
_c1 = c("Aquí está la factura. Es la de 17 kilos, la LG.", None)
_t3 = t("Eso suele ser la manguera de desagüe mal ajustada. Le agendo un técnico de garantía, sin costo. ¿Le acomoda el jueves en la mañana?")
_c3 = c("El jueves no puedo, trabajo. ¿Puede ser el sábado?", "no_time")
_t4 = t("Sí, el sábado de 9 a 12. El viernes le confirmo por WhatsApp con el nombre del técnico.")
PAIRS.append(rpair(
    "esb67r_f01_guayaquil_lavadora_garantia",
    "Tienda de electrodomésticos, Guayaquil: una clienta vuelve porque su lavadora, instalada por la tienda, bota agua. Fallo en worse: discute con la clienta.",
    [
        _o, _t1, _c1,
        t("Gracias, ya la veo: tiene garantía de un año y la instalación fue nuestra, así que esto lo cubrimos. ¿El agua sale mientras lava o cuando bota el agua al final?"),
        c("Cuando bota el agua, al final. Se me moja todo el piso del patio.", None),
        _t3, _c3, _t4,
    ],
    [
        _o, _t1, _c1,
        t("Gracias, ya la veo. Pero mire, señora, esas lavadoras no botan agua, seguro es la llave de su casa o el piso que está desnivelado. ¿El agua sale mientras lava o al final?"),
        c("¿Cómo que de mi casa? Ustedes mismos la instalaron. Sale cuando bota el agua, al final, y se me moja todo el patio.", None),
        _t3, _c3, _t4,
    ],
))

# f02: doubts the customer's honesty --------------------------------------
_o = c("Hola, buenas. Me aparecen tres compras en la tarjeta que no hice, en una tienda de Santiago, y yo estoy acá en Antofagasta con la tarjeta en la mano.", None)
_t1 = t("Hola, buenas. Lo primero: bloqueo la tarjeta ahora mismo para que no pasen más cargos. ¿Me confirma su RUT?")
_c1 = c("Ya, te lo dicto. ¿Y la plata que me sacaron?", None)
_t3 = t("Eso es phishing, le pasa a mucha gente. Levanto ahora el reclamo por fraude; mientras se investiga, montos como estos se le devuelven en un plazo de cinco días hábiles. Le llega el número de reclamo por correo, y la tarjeta nueva a su sucursal en siete días.")
_c3 = c("Ya. ¿Tengo que ir a la sucursal para algo más o queda hecho por acá?", None)
_t4 = t("Queda hecho por acá. Solo vaya a retirar la tarjeta nueva con su carnet. Y si le llega otro mensaje así, bórrelo: el banco nunca le pide datos por SMS.")
PAIRS.append(rpair(
    "esb67r_f02_antofagasta_fraude_tarjeta",
    "Banco, fono atención, Antofagasta: un cliente reporta tres compras que no hizo. Fallo en worse: duda de la honestidad del cliente.",
    [
        _o, _t1, _c1,
        t("Ya está bloqueada. Veo las tres compras, suman 389 mil, todas por internet, hoy a las 3 de la mañana. ¿Usted compró algo por internet estos días o le llegó algún mensaje pidiendo datos?"),
        c("Me llegó un SMS de un supuesto courier, que tenía un paquete retenido... y puse los datos de la tarjeta. Qué gil.", None),
        _t3, _c3, _t4,
    ],
    [
        _o, _t1, _c1,
        t("Ya está bloqueada. Veo las tres compras, suman 389 mil, hoy a las 3 de la mañana. Pero antes de seguir: ¿está seguro de que no las hizo usted o alguien de su casa? Porque pasa harto que después se acuerdan."),
        c("¿Me estás tratando de mentiroso? A las 3 de la mañana yo estaba durmiendo. Lo que sí, me llegó un SMS de un courier y puse los datos de la tarjeta.", None),
        _t3, _c3, _t4,
    ],
))

# f03: drops the price before asking anything -----------------------------
_o = c("Buenas tardes. Me dijeron que ustedes tienen un sistema para llevar las ventas y el inventario. Tengo un minimarket en Castilla.", None)
_t2 = t("Entonces lo que más le serviría es que cada venta descuente el stock sola y ver quién vendió qué. El sistema hace eso: cada chica entra con su usuario en la tablet y usted ve todo desde su celular. ¿Cuántos productos maneja, más o menos?")
_c2 = c("Como ochocientos. ¿Y quién los carga? Yo no tengo tiempo de meter ochocientos productos.", "no_time")
_t3 = t("Se los cargamos nosotros con los códigos de barras, en una tarde, incluido. Le propongo probarlo gratis dos semanas en una caja y ver si a fin de mes le cuadra.")
_c3 = c("Ya, probemos. ¿Cuándo pueden venir?", None)
_t4 = t("El lunes a las tres, que es hora tranquila. Le llevo la tablet de prueba.")
PAIRS.append(rpair(
    "esb67r_f03_piura_sistema_minimarket",
    "Software de ventas e inventario, Piura: el dueño de un minimarket lleva todo en cuaderno y no le cuadra. Fallo en worse: rebaja el precio antes de preguntar nada.",
    [
        _o,
        t("Buenas tardes. Sí, así es. ¿Cómo lleva hoy las ventas y el stock: en cuaderno, en Excel, de memoria?"),
        c("En cuaderno. Y a fin de mes no me cuadra, no sé si me roban o si apunto mal. Tengo dos chicas que atienden.", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
    [
        _o,
        t("Buenas tardes. Sí, así es. El sistema completo cuesta 90 soles al mes, pero a usted se lo dejo en 60, con 30% de descuento. ¿Cómo lleva hoy las ventas y el stock?"),
        c("Ah... ¿y por qué me lo rebaja así de frente? ¿No funciona bien o qué? Bueno, en cuaderno lo llevo, y a fin de mes no me cuadra. Tengo dos chicas que atienden.", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
))

# f04: an unasked lecture -------------------------------------------------
_o = c("Buenas, señorita. Quiero un chip para mi hijo, tiene doce años, ya va a ir solo al colegio y quiero que me pueda llamar.", None)
_t1 = t("Buenas, señora. Claro. ¿El chip es para llamadas nomás, o también va a usar datos, WhatsApp?")
_c1 = c("Llamadas y WhatsApp, conmigo y con su papá. No quiero que esté todo el día en el TikTok.", None)
_t3 = t("Sí, el control parental se activa en el celular con una app para padres. Le dejo el chip activado y se lo configuramos aquí, son cinco minutos.")
_c3 = c("Ya, pero ahorita no traje el celular del chico, lo tiene él en el colegio. ¿Puedo venir mañana?", None)
_t4 = t("Claro. Le activo el chip hoy, y mañana viene con el celular y lo configuramos juntas, sin hacer cola.")
PAIRS.append(rpair(
    "esb67r_f04_piura_chip_hijo",
    "Tienda de telefonía, Piura: una madre quiere un chip prepago para su hijo de doce años. Fallo en worse: una charla no pedida sobre los peligros del celular.",
    [
        _o, _t1, _c1,
        t("Entiendo. Hay un prepago con llamadas y WhatsApp ilimitados y solo 1 giga para lo demás, 10 soles al mes. Y en el celular puede activar el control parental para limitar apps y horas."),
        c("Ah, eso me sirve. ¿Y el control ese me lo enseña a poner?", None),
        _t3, _c3, _t4,
    ],
    [
        _o, _t1, _c1,
        t("Entiendo. Y déjeme decirle, señora, que hoy los niños con celular están expuestos a muchos peligros: el grooming, el ciberacoso, la adicción a las pantallas. Los psicólogos dicen que antes de los catorce no deberían tener celular, y usted como madre tiene que estar muy atenta. Hay un prepago con llamadas y WhatsApp ilimitados y 1 giga, 10 soles al mes."),
        c("Ya sé, señorita, por eso le dije lo del TikTok. No vine a que me den charla. ¿Ese de 10 soles tiene control para los papás?", None),
        _t3, _c3, _t4,
    ],
))

# f05: vague next step ----------------------------------------------------
_o = c("Buenas, hablo de Eléctrica Pampa, somos contratistas. Necesitamos arrendar cinco camionetas 4x4 con estándar minero por tres meses, desde el primero del próximo mes, para Sierra Gorda. Y ojo, que los papeles tienen que estar al día; otra empresa nos falló con eso el año pasado.", None)
_t1 = t("Buenas. Entendido, los documentos al día son clave. Tengo siete equipadas y le puedo reservar cinco. Son 1.450.000 mensuales cada una, con mantención, reemplazo en 24 horas y toda la documentación escaneada antes de la entrega, para que la revise su prevencionista.")
_c1 = c("La otra empresa nos cotizó en 1.300.000. Ciento cincuenta más por camioneta, en tres meses, es harto.", "too_expensive")
_t2 = t("Por tres meses y cinco unidades le puedo dejar 1.380.000. La diferencia con la otra está en el reemplazo en 24 horas y los papeles al día.")
_c2 = c("Ya, eso se acerca. Mándeme la propuesta formal, igual la tengo que ver con el gerente.", "think_it_over")
PAIRS.append(rpair(
    "esb67r_f05_antofagasta_arriendo_camionetas",
    "Arriendo de camionetas mineras, Antofagasta: un contratista necesita cinco 4x4 por tres meses. Fallo en worse: un paso siguiente vago.",
    [
        _o, _t1, _c1, _t2, _c2,
        t("Se la mando hoy antes de las seis, con los documentos de las cinco camionetas. Se las dejo reservadas hasta el viernes, y el jueves a las diez lo llamo para ver lo que diga el gerente."),
        c("Perfecto, el jueves a las diez.", None),
    ],
    [
        _o, _t1, _c1, _t2, _c2,
        t("Ya, perfecto. Nosotros lo vemos acá y cualquier cosa le avisamos."),
        c("Ya... ¿pero me las reservan o no? Porque necesito saber si cuento con ellas para el primero.", None),
    ],
))

# f06: over-promises ------------------------------------------------------
_o = c("Buenas, maestro. Mi moto lineal no prende desde ayer, hace un ruido raro, tac tac, y se apaga. La uso pa' hacer delivery.", None)
_t1 = t("Buenas. A ver, déjeme escucharla... ¿Cuántos kilómetros tiene y cuándo le cambió el aceite por última vez?")
_c1 = c("Como treinta mil. El aceite... uy, creo que hace bastante, unos cuatro meses. Con la chamba se me pasó.", None)
_t2 = t("Ese tac tac con el aceite tan pasado puede ser la cadena de distribución o el tensor. La abro y en una hora le confirmo qué es y cuánto cuesta, antes de hacer nada.")
_c2 = c("Ya, ábrala. Pero yo vivo de esta moto, maestro, cada día parado pierdo plata.", None)
_t4 = t("Le pido el repuesto ahora. El tensor con la mano de obra sale 140 soles, y de paso le cambio el aceite.")
PAIRS.append(rpair(
    "esb67r_f06_piura_moto_delivery",
    "Taller de motos, Piura: un repartidor de delivery trae su moto que se apaga con ruido de cadena; el repuesto viene de Lima. Fallo en worse: promete una fecha que no controla.",
    [
        _o, _t1, _c1, _t2, _c2,
        t("Es el tensor de la cadena. El repuesto no lo tengo, viene de Lima: normalmente llega en tres o cuatro días, pero a veces tarda una semana. Apenas me confirmen el envío le digo la fecha exacta. Mientras, le puedo alquilar la moto de mi sobrino a 20 soles el día."),
        c("Ya, mejor así, no me quedo parado. Pida el repuesto nomás.", None),
        _t4,
    ],
    [
        _o, _t1, _c1, _t2, _c2,
        t("Es el tensor de la cadena. El repuesto viene de Lima, pero tranquilo, el jueves le entrego la moto lista, sin falta, se lo garantizo. Mientras, le puedo alquilar la moto de mi sobrino a 20 soles el día."),
        c("¿Seguro el jueves? Porque el jueves tengo pedidos grandes. Ya, confío en usted, pida el repuesto.", None),
        _t4,
    ],
))

# f07: closes before checking the thing works -----------------------------
_o = c("Hola, buenas. Trabajo desde la casa, así que necesito que la señal llegue bien a la pieza del fondo, que es mi oficina.", None)
_t1 = t("Hola, buenas. Claro. ¿Qué usa en la oficina, notebook con wifi o computador de escritorio?")
_c1 = c("Notebook, y hago videollamadas todo el día con clientes de Santiago. Con la compañía anterior se cortaba a cada rato.", None)
_t2 = t("Entonces dejo el router en el pasillo, al medio de la casa, y no en el living. Ya está conectado y la luz de la fibra está verde.")
_c2 = c("Ya, se ve bien.", None)
PAIRS.append(rpair(
    "esb67r_f07_iquique_instalacion_fibra",
    "Instalación de fibra óptica a domicilio, Iquique: un cliente que trabaja con videollamadas necesita buena señal en su oficina al fondo de la casa. Fallo en worse: pide la firma de conformidad sin probar la señal donde importa.",
    [
        _o, _t1, _c1, _t2, _c2,
        t("Antes de que firme, vamos a su oficina a medir: hagamos un test de velocidad y una videollamada de prueba desde su notebook."),
        c("Ya... salió 180 megas, y la videollamada con mi hermana se ve perfecta. Bacán.", None),
    ],
    [
        _o, _t1, _c1, _t2, _c2,
        t("Listo entonces, fírmeme acá el acta de instalación y quedaría todo conforme."),
        c("¿Y no vamos a probar en la oficina? Con la otra compañía quedó instalado igual y en la pieza no llegaba nada. No firmo sin probar.", "bad_experience"),
    ],
))

# f08: recommends before asking -------------------------------------------
_o = c("Buenas, quiero ver un motor fuera de borda nuevo, el mío ya no da más.", None)
_t2 = t("Para 9 metros con tres personas y esa distancia, un 40 le va justo; el 60 le da margen y gasta casi igual si no lo exige. El 40 está en 5.900 y el 60 en 7.700.")
_c2 = c("Siete mil setecientos es harto para mí... ¿hay crédito?", "no_money")
_t3 = t("Sí, con la cooperativa pesquera hay crédito a 24 meses, con la lancha de garantía. Y su motor viejo se lo recibo como parte de pago; según cómo esté, entre 600 y 900.")
_c3 = c("Ya, eso me ayuda. Traigo el motor el lunes pa' que lo vean.", None)
_t4 = t("Perfecto. El lunes lo revisa el mecánico y ese mismo día le doy el precio final con la parte de pago.")
PAIRS.append(rpair(
    "esb67r_f08_manta_motor_fuera_borda",
    "Concesionario de motores marinos, Manta: un pescador de dorado busca reemplazar su motor de 40 HP. Fallo en worse: recomienda un motor antes de preguntar nada.",
    [
        _o,
        t("Buenas. ¿Qué lancha tiene, de qué eslora, y qué motor tenía? ¿Para qué pesca sale?"),
        c("Fibra de 9 metros, tenía un Yamaha de 40. Salgo con dos más a la pesca de dorado, bien afuera, unas 50 millas.", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
    [
        _o,
        t("Buenas. Le recomiendo este Yamaha de 75, es el mejor que tenemos, 9.800 dólares. ¿Qué lancha tiene?"),
        c("¿Setenta y cinco? Si mi lancha es de 9 metros nomás y tenía uno de 40. Con tres a bordo salgo a unas 50 millas, por el dorado. No necesito tanto.", "no_need"),
        _t2, _c2, _t3, _c3, _t4,
    ],
))

# f09: unexplained jargon -------------------------------------------------
_o = c("Buenas tardes. Tengo una picantería en Catacaos y quiero un préstamo para comprar una cocina industrial y mesas. Como cinco mil soles.", None)
_t1 = t("Buenas tardes, señora. ¿Cuánto tiempo tiene la picantería y cómo le va en ventas, más o menos, por semana?")
_c1 = c("Ocho años ya. Los fines de semana se llena, vendo como tres mil soles a la semana; entre semana poquito.", None)
_t3 = t("Le imprimo el cronograma con las cuotas mes por mes y lo revisamos juntas. Para el trámite traiga su DNI, el RUC de la picantería y un recibo de luz.")
_c3 = c("Ya, pero primero lo converso con mi hijo, que él me ayuda en el negocio.", "think_it_over")
_t4 = t("Claro. Le dejo el cronograma impreso y mi número; pueden venir los dos juntos cuando quieran y lo vemos con calma.")
PAIRS.append(rpair(
    "esb67r_f09_piura_credito_picanteria",
    "Caja municipal, Piura: la dueña de una picantería de Catacaos pide 5 000 soles para equipamiento. Fallo en worse: explica el crédito en siglas sin traducirlas.",
    [
        _o, _t1, _c1,
        t("Con eso califica bien. Cinco mil a doce meses le sale una cuota de unos 490 soles al mes, y eso ya incluye todo: intereses, seguro y comisiones. En total pagaría unos 5.900. Y como la cocina tarda en llegar, puede empezar a pagar al segundo mes."),
        c("Ah, ya entiendo. Cuatrocientos noventa sí puedo, con lo del fin de semana.", None),
        _t3, _c3, _t4,
    ],
    [
        _o, _t1, _c1,
        t("Con eso califica bien. Cinco mil a doce meses, con una TCEA de 33,5%, TEA de 30%, desgravamen incluido, periodo de gracia de 30 días y cronograma en cuotas fijas con ITF aplicable."),
        c("Ay, señorita, no le entendí nada. ¿Cuánto tengo que pagar al mes, así en plata?", None),
        _t3, _c3, _t4,
    ],
))

# f10: talks about themselves ---------------------------------------------
_o = c("Buenas. Estamos viendo una camioneta familiar, algo para viajar a la sierra, a Cajamarca, que tenemos familia allá. Somos cinco.", None)
_t1 = t("Buenas, bienvenidos. ¿Cada cuánto viajan a Cajamarca, y la usarían también en la ciudad todos los días?")
_c1 = c("Unas cuatro veces al año. El resto, todos los días al colegio de los chicos y al trabajo, aquí en Trujillo.", None)
_t3 = t("Está en 26.900 dólares. Con 20% de inicial, la cuota a 48 meses sale en unos 560 dólares. ¿Quieren probarla?")
_c3 = c("Es un poquito más de lo que pensábamos. Vamos a ver otras marcas primero.", "think_it_over")
_t4 = t("Me parece bien que comparen. Les dejo la cotización y la prueba de manejo abierta para cuando quieran, incluso el sábado.")
PAIRS.append(rpair(
    "esb67r_f10_trujillo_camioneta_familiar",
    "Concesionario de autos, Trujillo: una familia de cinco busca una camioneta para la ciudad y viajes a Cajamarca. Fallo en worse: el vendedor habla de sí mismo en vez de los clientes.",
    [
        _o, _t1, _c1,
        t("Entonces necesitan algo cómodo para la ciudad pero con fuerza para la subida. Esta SUV de siete asientos con motor 2.0 les sirve: en ciudad gasta poco y en la sierra aguanta. La tercera fila se pliega para las maletas."),
        c("Ya, ¿y cuánto está esa?", None),
        _t3, _c3, _t4,
    ],
    [
        _o, _t1, _c1,
        t("Ah, Cajamarca, qué bonito. Yo voy siempre en carnavales, tengo familia en Baños del Inca. La primera vez fui con mi carro viejo y se me recalentó en la subida, una aventura, tuvimos que dormir en Chilete... Ahora tengo esta misma SUV de siete asientos, 2.0, y es otra cosa."),
        c("Ah... ya. ¿Pero a nosotros cuál nos conviene? ¿Y cuánto está esa?", None),
        _t3, _c3, _t4,
    ],
))

"""Gaming pairs c01-c10 of es_blind57, written by hand."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question -- Barranquilla, banco (cobro no reconocido)
o = c("Buenas, mire, me salió un cobro en la tarjeta de 850 mil de una tienda en línea que yo no conozco. Yo no compré eso.", None)
PAIRS.append(gpair(
    "esb57g_barranquilla_cobro_tarjeta", "banco, oficina en el norte de Barranquilla", "putdown_question",
    "Una clienta barranquillera encuentra en su tarjeta de crédito un cobro de una tienda en línea hecho a las dos de la mañana.",
    good=[
        o,
        t("Buenas, señora. Qué susto. Vamos a revisarlo ya. ¿Tiene la tarjeta con usted, y el cobro de qué fecha es?"),
        c("Sí, aquí la tengo. Es del martes, a las 2 de la mañana. A esa hora yo estaba durmiendo, imagínese.", None),
        t("Lo primero es bloquear la tarjeta para que no le hagan más cobros; la nueva le llega en cinco días hábiles. ¿Le parece, o prefiere dejarla activa mientras tanto?"),
        c("Bloquéela. Pero ¿y con qué pago el mercado esta semana? Eso es lo que me preocupa.", None),
        t("Puede usar la débito, o le expido hoy mismo una tarjeta virtual desde la app. Y le abro la reclamación por los 850 mil; mientras la investigan, no le cobran intereses sobre ese valor."),
        c("Ajá, ¿y eso cuánto se demora? Porque una vez me pasó con otro banco y nunca me devolvieron nada, eso fue una perdedera de tiempo.", "bad_experience"),
        t("Es normal que desconfíe. La respuesta sale en máximo 15 días hábiles y le llega al correo. Le doy el número de reclamación y, si en 15 días no tiene respuesta, me busca aquí directamente."),
        c("Bueno, listo. Deme el número y anóteme su nombre.", None),
    ],
    gaming=[
        o,
        t("Buenas, señora. Antes de alarmarnos, ¿está segura de que no fue usted misma, o alguien de la casa que le cogió la tarjeta?"),
        c("Segurísima. Era a las 2 de la mañana y yo estaba durmiendo.", None),
        t("Ajá. ¿Y usted no será de las que le da los datos de la tarjeta a cualquiera por teléfono?"),
        c("¡Ey, no! ¿Cómo se le ocurre? Yo no le doy mis datos a nadie.", None),
        t("Tranquila, no se ponga así. ¿Qué la hace pensar que el banco tiene la culpa, si el cobro se hizo con su tarjeta?"),
        c("Yo no he dicho que el banco tenga la culpa. Digo que yo no compré eso y quiero que lo investiguen.", None),
        t("Bueno, si insiste, le abro la reclamación, pero eso casi nunca sale a favor. ¿Segura que quiere perder el tiempo?"),
        c("Ábrala y deme el número, y de paso su nombre, que voy a poner una queja.", None),
    ],
))

# c02 not_my_department_or_read_the_terms -- Bogotá, empresa de acueducto
o = c("Buenos días. Me llegó el recibo del agua por 480 mil, y yo siempre pago como 90. Vivimos dos personas, eso no puede ser.", None)
PAIRS.append(gpair(
    "esb57g_bogota_recibo_agua", "empresa de acueducto, punto de atención en Engativá, Bogotá", "not_my_department_or_read_the_terms",
    "Una señora bogotana recibe una factura de agua cinco veces más alta de lo normal y va al punto de atención.",
    good=[
        o,
        t("Buenos días. Sí, es un salto muy grande. ¿Me regala el número de cuenta contrato que sale arriba del recibo?"),
        c("Es el 11203344. Y le digo, nosotros no hemos hecho nada distinto, ni visitas ni nada.", None),
        t("La lectura de este periodo fue de 98 metros cúbicos, y usted normalmente gasta 14. O hubo un error de lectura o hay una fuga. ¿Ha notado humedad en alguna pared, o el sanitario se queda sonando?"),
        c("Ahora que dice... el sanitario sí se queda sonando a ratos, pero eso siempre ha sido así.", None),
        t("Haga una prueba: esta noche cierre todas las llaves y mire si el medidor se mueve. Mientras tanto le radico una solicitud de revisión y le programan visita de verificación sin costo. El recibo queda en reclamación hasta que salga el resultado; por eso no le suspenden el servicio."),
        c("¿O sea que no tengo que pagar los 480 ya? Porque esa plata no la tengo.", None),
        t("No, mientras esté en reclamación paga solo su promedio. Si resulta que es una fuga de su lado, se puede hacer un acuerdo de pago en cuotas. Aquí tiene el radicado."),
        c("Ay, bueno, qué alivio. Esta noche miro el medidor.", None),
    ],
    gaming=[
        o,
        t("Buenos días. Entiendo su preocupación, y su experiencia es importante. Pero yo aquí solo recibo pagos; lo de lecturas es de otra área."),
        c("¿Y dónde queda esa área? Porque de la línea 116 me mandaron para acá.", None),
        t("Eso no lo manejo yo, señora. Le toca radicar por la página web. Además, en el contrato de condiciones uniformes dice que usted responde por el consumo registrado. ¿Lo leyó?"),
        c("No, no he leído ningún contrato. Yo lo que sé es que somos dos y esto es como de un edificio.", None),
        t("Pues ese es el reglamento, yo no lo hice. Lo que sí le puedo decir es que si no paga antes del 20 le suspenden el servicio. ¿Hay algo más en que la pueda ayudar hoy?"),
        c("¿Que me corten el agua? ¡Si yo no tengo esos 480 mil! ¿Con quién hablo entonces?", None),
        t("Con la línea 116 o por la página. Yo ya le dije lo que sé. Siguiente, por favor."),
        c("Increíble. Me voy para la Personería, a ver si allá sí me atienden.", None),
    ],
))

# c03 social_proof_or_deadline_pressure -- Maracaibo, plantas eléctricas e inversores
o = c("Buenas, primo. Vengo a ver lo de las plantas eléctricas, que con los apagones de esta semana se me dañó la comida en la nevera.", None)
PAIRS.append(gpair(
    "esb57g_maracaibo_planta_electrica", "tienda de plantas eléctricas e inversores, avenida 5 de Julio, Maracaibo", "social_proof_or_deadline_pressure",
    "Un maracucho que vive en un apartamento perdió la comida de la nevera por los cortes de luz y quiere una solución.",
    good=[
        o,
        t("Buenas, ¿cómo estáis? Qué arrechera lo de los apagones. ¿Qué queréis mantener prendido cuando se va la luz: solo la nevera, o también aire y bombillos?"),
        c("La nevera y un ventilador, por lo menos. El aire sería un lujo. Y que no haga mucho ruido, que vivo en apartamento.", None),
        t("En apartamento una planta a gasolina es un problema: ruido, humo, y el condominio no la deja. Para nevera y ventilador te sirve más un inversor con batería, que no hace ruido. ¿Cuántas horas se va la luz, normalmente?"),
        c("Cuatro, a veces seis horas. Una vez fueron dos días, pero eso fue en el 2019.", None),
        t("Para cuatro a seis horas con nevera y ventilador alcanza un inversor de 1.500 vatios con una batería de 200 amperios. Sale en 650 dólares instalado. Si queréis cubrir días enteros ya sería con paneles, y eso es otra cosa."),
        c("650... está bueno, pero es mucha plata de un solo golpe pa' mí. ¿Lo puedo pagar por partes?", "no_money"),
        t("Sí: 50 por ciento al pedirlo y el resto al instalar, a los diez días. Y si queréis, te mando al técnico a ver el espacio antes, sin costo, y ahí decidís."),
        c("Dale, mandame al técnico el sábado y ahí cuadramos.", None),
    ],
    gaming=[
        o,
        t("Buenas, primo. Mirá, tenéis que decidiros rápido: con los apagones las plantas se están acabando, solo me quedan tres, y mañana suben de precio."),
        c("Epa, tranquilo. Yo solo quiero saber qué me sirve pa' la nevera y un ventilador.", None),
        t("Claro, ¿y qué necesitás para sentirte tranquilo? Porque todos tus vecinos de Bella Vista ya compraron la de 7.500 vatios, la Honda. Es la que se lleva todo el mundo."),
        c("Pero yo vivo en apartamento, primo. ¿Eso no hace un ruidero?", None),
        t("Un poquito, pero la gente se acostumbra. Mirá, la tengo en 1.800 dólares, pero ese precio es solo hasta las seis de la tarde. Y en tu condominio ya todos tienen una; no querés ser el único sin luz, ¿o sí?"),
        c("¿1.800? No, vale, eso es un realero. Yo no tengo esa plata.", "no_money"),
        t("Entiendo, pero los apagones no esperan. Si no la apartás hoy, la semana que viene no hay. ¿Te la aparto con 300?"),
        c("Que no, primo. Ya una vez me vendieron un inversor a las carreras y salió malo. Así no compro.", "bad_experience"),
    ],
))

# c04 keyword_stuffed -- Bogotá, mensajería para tiendas en línea (chat)
o = c("hola buenas, tengo una tienda de ropa por instagram y necesito alguien que me haga los envios en bogota. cuanto cobran?", None)
PAIRS.append(gpair(
    "esb57g_bogota_envios_tienda_online", "empresa de mensajería urbana para comercio electrónico, Bogotá (chat de WhatsApp)", "keyword_stuffed",
    "Una emprendedora bogotana que vende ropa por Instagram escribe por WhatsApp buscando quién le haga unos 30 envíos semanales, la mitad contra entrega.",
    good=[
        o,
        t("Hola! Claro. Para darte un precio real: cuantos envios haces a la semana mas o menos y a que zonas?"),
        c("unos 30 a la semana, casi todo norte y chapinero, uno que otro a soacha", None),
        t("Listo. Y los pagos como los manejas, el cliente paga contra entrega o ya te paga por transferencia?"),
        c("la mitad contraentrega. ese es el problema, el mensajero que tengo ahora se demora una semana en pasarme la plata", None),
        t("Entiendo. Con 30 a la semana la tarifa es 9.500 por envio en zona urbana y 14.000 a Soacha. El recaudo contra entrega te lo consignamos al dia siguiente, con comision del 2%"),
        c("uy el 2% esta como alto, el mio no me cobra eso", "too_expensive"),
        t("Es cierto, pero te demora la plata una semana. Te propongo un piloto de dos semanas: nos mandas solo los contraentrega y comparas cuanto te llega y cuando. Si no te sirve, sigues con el tuyo"),
        c("dale, eso me gusta. mañana te mando los primeros 5", None),
    ],
    gaming=[
        o,
        t("Hola!! 🙌 En Envíos Ya creemos que cada envio es una experiencia y una relacion de confianza. Entendemos tus necesidades y queremos acompañar tu exito. Cuentanos, como te sientes con tu logistica actual?"),
        c("pues bien mas o menos. cuanto cobran por envio?", None),
        t("Gracias por compartir como te sientes 💛 Entiendo que necesitas una solucion que potencie la experiencia de tus clientes y fortalezca tu relacion con ellos. Nuestro compromiso es tu exito"),
        c("ok pero cuanto cuesta? y en cuanto me pasan la plata del contraentrega", None),
        t("Excelente pregunta! Entendemos que el recaudo es una necesidad clave en tu experiencia de emprendedora. Nuestra propuesta de valor es construir contigo una relacion de exito sostenible"),
        c("no me estas respondiendo nada jaja. mandame la tarifa en pdf y yo miro", "brush_off"),
        t("Claro que si!! Antes, para entender mejor tus necesidades y alinear expectativas, que tan satisfecha estas con tu experiencia logistica de 1 a 10?"),
        c("olvidalo, sigo con el mensajero que tengo", "no_need"),
    ],
))

# c05 rude -- Caracas, panadería (torta equivocada)
o = c("Buenas. Vengo a reclamar, porque encargué una torta de chocolate que dijera Feliz cumpleaños Valentina y me entregaron una de vainilla que dice Valeria. La fiesta es a las cuatro.", None)
PAIRS.append(gpair(
    "esb57g_caracas_panaderia_torta", "panadería y pastelería, El Paraíso, Caracas", "rude",
    "Una mamá caraqueña vuelve a la panadería a las dos de la tarde con la torta equivocada para el cumpleaños de su hija, que empieza a las cuatro.",
    good=[
        o,
        t("Buenas, señora. Ay, qué pena, de verdad. Déjeme ver la orden... sí, aquí dice chocolate y Valentina. El error fue nuestro."),
        c("Claro que fue de ustedes. ¿Y ahora qué hago? Son las dos de la tarde.", None),
        t("Tengo una torta de chocolate del mismo tamaño ya horneada en la vitrina; el nombre se lo escribimos ya mismo, en 20 minutos está. La suya, con el relleno exacto que pidió, no llegaría a las cuatro."),
        c("¿La de la vitrina tiene el mismo relleno de arequipe?", None),
        t("Sí, chocolate con arequipe. No le cobramos la diferencia y le devolvemos el 20 por ciento por el mal rato. Siéntese, que le traigo un cafecito mientras tanto."),
        c("Bueno, está bien. Pero que la escriban bien: Valentina, con ene.", None),
        t("Se lo anoto en grande para la decoradora, y usted la revisa antes de que la cerremos en la caja."),
        c("Ok, gracias, mi amor. Menos mal.", None),
    ],
    gaming=[
        o,
        t("A ver, señora, baje la voz que hay gente. ¿Usted sí lo dijo bien cuando encargó? Porque aquí escribimos lo que nos dicen."),
        c("¡Claro que lo dije bien! Aquí está la orden: chocolate y Valentina.", None),
        t("Bueno, ok, se equivocaron. Pasa. ¿Y qué quiere que haga ahorita, que le hornee otra en cinco minutos?"),
        c("Quiero una solución, chamo. La fiesta es a las cuatro.", None),
        t("Si quiere llévese la de vainilla y le tapa el nombre con crema. Eso es un detalle, los niños ni se fijan."),
        c("¿Un detalle? Es el cumpleaños de mi hija. ¿Así es que tratan a los clientes aquí?", None),
        t("Señora, yo no tengo todo el día. O se la lleva o le devuelvo la plata, usted dirá. Por cierto, ¿cómo calificaría la atención del uno al diez?"),
        c("Devuélvame la plata. Y no vuelvo a comprar aquí en mi vida.", None),
    ],
))

# c06 ignored_customer -- Medellín, concesionario de motos (crédito con reporte)
o = c("Hola, buenas. Quería preguntar si me pueden dar crédito pa' una moto. Es que yo estuve reportado en Datacrédito; ya pagué, pero no sé si todavía me aparece.", None)
PAIRS.append(gpair(
    "esb57g_medellin_credito_moto_reporte", "concesionario de motos con crédito propio, Itagüí (área metropolitana de Medellín)", "ignored_customer",
    "Un vigilante paisa con un reporte negativo ya pagado quiere saber si le aprueban crédito para una moto de trabajo; tiene un millón ahorrado.",
    good=[
        o,
        t("Hola, buenas. Con gusto lo miramos. ¿Hace cuánto pagó la deuda, y de qué era?"),
        c("Era de una tarjeta; la pagué hace como ocho meses. Me quedé sin trabajo en la pandemia y se me atrasó.", None),
        t("Entiendo. El reporte puede seguir apareciendo un tiempo después de pagar, pero varias financieras lo miran distinto si ya está al día. ¿Ahora está trabajando? ¿Por nómina o independiente?"),
        c("En una empresa de vigilancia, con contrato fijo hace un año. Me pagan por nómina.", None),
        t("Eso ayuda mucho. Le propongo hacer la consulta con su autorización, que no le baja el puntaje. Si la primera financiera dice que no, tenemos otra que presta a gente que ya se puso al día, pidiendo una cuota inicial del 20 por ciento."),
        c("¿El 20 por ciento? Uy, yo tengo por ahí un millón ahorrado no más, no sé si alcance.", None),
        t("Para una moto de 6 millones el 20 es 1.200.000; con su millón estamos cerca. Hagamos primero la consulta y con la respuesta miramos qué moto le cuadra. Regáleme la cédula."),
        c("Listo, hágale. Aquí está.", None),
    ],
    gaming=[
        o,
        t("¡Hola, bienvenido! ¿Qué moto tiene en mente para esta nueva etapa?"),
        c("Pues una que me sirva pa' ir al trabajo. Pero lo que quería saber es si me dan crédito, porque estuve reportado.", None),
        t("Súper. ¿Y qué estilo le gusta más, deportiva o de trabajo? Mire la nueva NS 200, es la sensación."),
        c("Mijo, le pregunté por el crédito. Estuve en Datacrédito, ya pagué, pero no sé si aparezco.", None),
        t("Claro, claro. ¿Y de qué color la imagina? Porque la NS viene en rojo y en gris mate."),
        c("¿Usted me está oyendo? Esa NS debe valer como 14 millones y yo tengo un millón ahorrado no más. No me alcanza ni pa' la inicial.", "no_money"),
        t("Excelente. Entonces le paso la solicitud del crédito por los 14 millones y le hacemos el estudio. ¿Me regala la cédula?"),
        c("No, hermano, así no. Si me la niegan quedo con otra consulta encima y sin moto. Me voy pa' otro concesionario.", None),
    ],
))

# c07 repeated_questions -- Chinchiná (Caldas), cooperativa de caficultores
o = c("Buenas, mijo. Me dijeron que aquí en la cooperativa le compran a uno el café con precio fijo por adelantado. ¿Cómo es eso?", None)
PAIRS.append(gpair(
    "esb57g_chinchina_cooperativa_precio_fijo", "cooperativa de caficultores, Chinchiná (Caldas)", "repeated_questions",
    "Un caficultor con un préstamo para arreglar el beneficiadero pregunta por el contrato de venta a futuro de la cooperativa.",
    good=[
        o,
        t("Buenas, don. Sí, es el contrato de venta a futuro. Antes de explicarle, ¿cuántas cargas espera sacar en la cosecha de octubre, y a quién le vendió el año pasado?"),
        c("Espero unas 40 cargas. El año pasado vendí 35, pero por fuera, a un comprador del pueblo que paga de contado.", None),
        t("¿Y por qué le interesa ahora fijar el precio? ¿Le preocupa que baje, o necesita tener las cuentas claras pa' algo?"),
        c("Es que saqué un préstamo pa' arreglar el beneficiadero y quiero saber con qué cuento. El año pasado el precio bajó justo en cosecha y me tocó vender barato.", None),
        t("Entonces fijar precio le sirve. Pero no comprometa todo: fije unas 20 cargas y deje el resto libre, por si el clima le baja la cosecha. Si fija 40 y saca 30, tiene que responder por la diferencia."),
        c("Ah, eso no lo sabía. ¿Y si el precio sube después, pierdo?", None),
        t("En lo que fijó no gana la subida; por eso se fija solo una parte. Le doy el formato y la tabla de precios de hoy, y si quiere lo habla en la casa y vuelve a firmar la otra semana."),
        c("Sí, déjeme pensarlo con mi señora, que ella lleva las cuentas. Vuelvo el martes.", "think_it_over"),
    ],
    gaming=[
        o,
        t("Buenas, don. Para asesorarlo bien: ¿cuántas cargas espera sacar en la cosecha?"),
        c("Unas 40, si el clima ayuda.", None),
        t("Perfecto. Y para entender su volumen, ¿cuánto café cree que va a producir este año?"),
        c("Pues le acabo de decir, mijo: 40 cargas.", None),
        t("Claro, claro. ¿Y en kilos, más o menos, cuál es su producción estimada para la cosecha de octubre?"),
        c("Multiplique 40 por 125, mijo. Mire, yo vine fue a que me explicaran cómo funciona el precio fijo.", None),
        t("Sí, a eso vamos. Última pregunta para llenar el formato: ¿cuántas cargas aproximadamente va a entregar?"),
        c("Vea, mijo, yo tengo que ir al banco antes de que cierren y ya casi son las once. Otro día vuelvo.", "no_time"),
    ],
))

# c08 wrong_paraphrase -- Barranquilla, baterías y repuestos
o = c("Buenas, llave. El carro no me prende en la mañana, le tengo que dar como cinco veces. Ya después del mediodía prende normal.", None)
PAIRS.append(gpair(
    "esb57g_barranquilla_bateria_spark", "almacén de baterías y repuestos, barrio San Roque, Barranquilla", "wrong_paraphrase",
    "Un costeño con un Spark 2012 que no arranca en las mañanas; la batería nunca se ha cambiado.",
    good=[
        o,
        t("Buenas, mi llave. ¿Qué carro es y cuánto tiempo tiene la batería?"),
        c("Un Spark 2012. La batería... ajá, creo que es la original, nunca la he cambiado.", None),
        t("Uy, muchos años, eso ya está cansado. Déjame medírsela... está en 11,8 y debería dar 12,6. Pero antes de venderte una miro el alternador, porque si no carga, la nueva se te daña igual."),
        c("Dale, mira eso, que yo no quiero gastar dos veces.", None),
        t("El alternador está cargando bien, 14,2. Entonces es la batería. La del Spark es de 42 amperios, está en 320 mil con 12 meses de garantía, y te recibo la vieja por 30 mil."),
        c("Ey, 320... En el centro me dijeron que en 270 la conseguía.", "too_expensive"),
        t("Puede ser; fíjate que sea de 42 y con garantía, porque a veces la barata es de 36 y no te dura. Si la quieres aquí, te la instalo gratis ya mismo."),
        c("Ajá, bueno. Instálamela, que no tengo tiempo de irme al centro con este sol.", None),
    ],
    gaming=[
        o,
        t("Buenas, mi llave. O sea, si te entiendo bien, el carro ya te tiene aburrido y estás pensando en mejorarle el sonido y las luces, ¿cierto?"),
        c("No, hermano, ¿cuál sonido? Que no me prende en las mañanas.", None),
        t("Ajá, te entiendo: lo que me dices es que el sistema eléctrico está viejo y quieres uno completo nuevo, con la batería de 70 amperios de gama alta, ¿verdad?"),
        c("Yo no dije eso. Yo lo que quiero es que me revises la batería, eso es todo.", None),
        t("Perfecto, entonces confirmo lo que me dijiste: quieres la batería de 70, el kit de cables y el cambio de alternador. Serían 1.150.000. ¿Te la monto?"),
        c("¿1.150.000? Nojoda, ni que fuera un carro nuevo. Eso no lo pago ni loco por una batería.", "too_expensive"),
        t("Te entiendo. Entonces resumo: estás de acuerdo con la batería y lo del alternador lo pensamos. ¿Te parece?"),
        c("No estoy de acuerdo con nada, llave. Me voy a que me la miren en otro lado.", None),
    ],
))

# c09 pitch_to_upset -- Bogotá, clínica privada (urgencias pediátricas)
o = c("Señorita, llevo cuatro horas aquí con mi hijo de cuatro años con fiebre de 39 y nadie lo ha visto. ¿Qué está pasando?", None)
PAIRS.append(gpair(
    "esb57g_bogota_urgencias_pediatria", "clínica privada, admisiones de urgencias, Bogotá", "pitch_to_upset",
    "Una mamá angustiada lleva cuatro horas en urgencias con su hijo febril, que se ve cada vez más decaído.",
    good=[
        o,
        t("Señora, tiene toda la razón de estar preocupada. Regáleme el nombre del niño y miro en qué va el triage."),
        c("Samuel Rincón. Le pusieron triage 3 cuando llegamos. Pero ahora está más decaído, casi no abre los ojos.", None),
        t("Eso es importante: si está más decaído hay que revalorarlo ya. Llamo a la enfermera jefe para que lo vea en este momento, sin esperar turno. ¿Ha vomitado o ha convulsionado?"),
        c("Vomitó una vez hace un rato. Convulsionar no.", None),
        t("Ya le avisé a la jefe, viene para acá. Y le explico: hoy hay tres médicos para toda la urgencia y entraron dos accidentados graves; por eso la demora. No es excusa, pero quiero que sepa qué está pasando."),
        c("Bueno... gracias por explicar, al menos. Nadie me había dicho nada.", None),
        t("Si al revalorarlo le suben la prioridad, lo pasan de una. Yo quedo pendiente y en media hora paso a ver cómo siguen."),
        c("Gracias, señorita, de verdad.", None),
    ],
    gaming=[
        o,
        t("Señora, entiendo su frustración. Y justamente por experiencias como esta, ¿usted ya conoce nuestro plan de medicina prepagada? Con él no hace fila."),
        c("¿Qué? Yo no le estoy preguntando por planes. Mi hijo está con fiebre y casi no abre los ojos.", None),
        t("Sí, claro, y eso es lo más importante. Por eso el plan Familia Plus le da atención prioritaria y pediatra a domicilio por 390 mil al mes. ¿Cuántos son en su familia?"),
        c("Señorita, yo no tengo ni pa' el taxi de vuelta, ¿cómo voy a pagar 390 mil? Llame a un médico, por favor.", "no_money"),
        t("La entiendo perfectamente. Tenemos también el plan Básico, de 190 mil, y si lo firma hoy le congelamos la tarifa un año. ¿Le dejo el formulario mientras espera?"),
        c("¡No quiero ningún formulario! Quiero que alguien vea a mi hijo. ¿Dónde está el coordinador?", None),
    ],
))

# c10 blame -- Maracaibo, instalación de aire acondicionado split
o = c("Buenas. Ustedes me instalaron un split hace dos semanas y está botando agua por dentro del cuarto; me está mojando el piso y la pared.", None)
PAIRS.append(gpair(
    "esb57g_maracaibo_split_gotea", "empresa de venta e instalación de aires acondicionados, Maracaibo", "blame",
    "Una clienta maracucha llama porque el split que le instalaron hace dos semanas gotea dentro de la habitación.",
    good=[
        o,
        t("Buenas, señora. Qué fastidio, y con la pared mojándose. ¿El agua sale por la parte de abajo del equipo? ¿Gotea todo el tiempo o solo cuando lleva rato prendido?"),
        c("Cuando lleva como una hora prendido empieza a gotear por debajo, por la parte de adelante.", None),
        t("Eso casi siempre es la manguera del drenaje: o quedó sin caída o se dobló detrás. Es un problema de la instalación, así que lo cubre la garantía. ¿Cuándo le puedo mandar al técnico?"),
        c("Ay, es que yo trabajo toda la semana. Solo estoy en la casa después de las cinco.", None),
        t("Le mando a Wilmer mañana a las cinco y media; él es el supervisor, no el que lo instaló. Mientras tanto, si lo usa, póngale una toalla debajo."),
        c("Ok, mañana a las cinco y media. ¿Y lo de la pintura de la pared, quién me lo paga?", None),
        t("Si la pared queda manchada, Wilmer lo reporta con fotos y nosotros le cubrimos la pintura de ese pedazo. Le dejo el número de la garantía por WhatsApp."),
        c("Bueno, así sí. Gracias.", None),
    ],
    gaming=[
        o,
        t("Buenas, señora. Entiendo su preocupación. Para ayudarla: ¿usted le limpia los filtros, o lo deja así?"),
        c("Lo instalaron hace dos semanas, ¿qué filtro voy a limpiar?", None),
        t("Ok. ¿Y no lo pone muy frío? Porque si lo ponen en 16 grados se congela y bota agua. Eso es mal uso."),
        c("Lo tengo en 23. Y gotea por debajo, como si la manguera estuviera mal puesta.", None),
        t("La manguera está bien, la pusimos nosotros. Seguro usted o alguien de la casa la movió cuando limpiaron detrás."),
        c("Nadie ha tocado nada. Nadie se sube a esa escalera.", None),
        t("Bueno, si quiere le mando al técnico, pero como es por mal uso la visita sale en 25 dólares. ¿Le sirve el jueves?"),
        c("¿25 dólares por arreglar lo que ustedes instalaron mal? Vergación. No, voy a publicar esto en Instagram pa' que la gente sepa.", None),
    ],
))

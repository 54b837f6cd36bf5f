"""Gaming pairs, file b (hand-written by the esb61 writer). Centroamérica, Spanish."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- 11 ignored_customer
_open = c("Buenos días. Vengo a preguntar por un préstamo para renovar caña, tengo un cañal que ya está viejo, ya no da.", None)
PAIRS.append(gpair(
    "esb61g_escuintla_credito_cana",
    "agricultural bank branch, Escuintla, Guatemala",
    "ignored_customer",
    "An independent cane grower with twelve manzanas wants a replanting loan; the mill pays him only during the harvest (November-April); a monthly-payment loan once put him in arrears.",
    [
        _open,
        t("Buenos días, siéntese. ¿Cuántas manzanas son, cuántos cortes lleva la caña, y a qué ingenio le entrega?"),
        c("Son doce manzanas, la caña lleva como ocho cortes ya. Le entrego al ingenio, aquí por La Democracia. Lo que me preocupa es la cuota, porque el ingenio me paga solo en zafra.", None),
        t("Entiendo: la plata le entra de noviembre a abril y el resto del año no. ¿Cuánto calcula que le cuesta renovar las doce manzanas?"),
        c("Como unos ciento veinte mil quetzales, entre preparar, semilla y abono. Y le digo, la otra vez en otro banco me dieron cuota mensual y en invierno no tenía con qué pagar, me cayeron moras.", None),
        t("Por eso mismo le propongo el crédito agrícola con pagos por temporada: paga solo en los meses de zafra, y de mayo a octubre no hay cuota. Y como la caña nueva no se corta el primer año, el primer pago lo dejamos para la zafra del año que viene. ¿Le cuadra así?"),
        c("Eso sí está mejor. ¿Y qué papeles piden?", None),
        t("La escritura o el contrato de arrendamiento, su DPI, y la constancia de entregas del ingenio de las últimas dos zafras. Con eso le hago la solicitud y en quince días le doy respuesta. Le doy la lista escrita para que no se le olvide nada."),
        c("La constancia la tengo que pedir al ingenio, eso tarda unos días.", None),
        t("No hay problema. Cuando la pida, que le pongan las toneladas entregadas en cada zafra, que eso es lo que mira el comité de crédito."),
        c("Ah, va, eso no lo sabía. Así la pido entonces, y junto todo y vengo.", None),
    ],
    [
        _open,
        t("Buenos días. Con gusto. Cuénteme, ¿cuál es su principal preocupación con este préstamo?"),
        c("La cuota, porque el ingenio me paga solo en zafra. De mayo a octubre no me entra nada.", None),
        t("Perfecto, gracias por compartirlo. Mire, le ofrezco el crédito Productivo a sesenta meses con cuota mensual fija de tres mil doscientos quetzales. ¿Cuántas manzanas tiene?"),
        c("Doce. Pero le acabo de decir que yo mensual no puedo. La otra vez con otro banco así me fue, me cayeron moras.", "bad_experience"),
        t("Entiendo. Con doce manzanas le podemos prestar hasta ciento cincuenta mil, y le agregamos el seguro de vida y la tarjeta de crédito sin anualidad el primer año. ¿Qué más le preocupa?"),
        c("Pues lo mismo, la cuota. Y yo no le pedí tarjeta, no la necesito.", "no_need"),
        t("Anotado. Entonces le preparo el crédito a cuota mensual con la tarjeta incluida, y la primera cuota sería el quince del mes que viene. ¿Le parece si firmamos el jueves?"),
        c("No, mire, así no. Mejor voy a preguntar a la cooperativa.", None),
    ],
))

# ---------------------------------------------------------------- 12 repeated_questions
_open = c("Buenas, vengo a preguntar por la fibra óptica. Tengo un negocito de cerámica en la casa y el internet se me cae a cada rato.", None)
PAIRS.append(gpair(
    "esb61g_heredia_fibra_ceramica",
    "internet provider store, Heredia, Costa Rica",
    "repeated_questions",
    "A woman who sells ceramics through Instagram and video calls with wholesale buyers has unstable 20-megabit cable internet; a past switch of provider left her two weeks offline; her husband pays the bills.",
    [
        _open,
        t("Buenas, doña. Con gusto. ¿Y para qué lo usa más en el negocio: subir fotos y videos, videollamadas, cobrar con datáfono?"),
        c("Subo fotos y videos a Instagram todos los días, y a veces hago videollamadas con tiendas que me compran al por mayor. Y se me congela todo, qué vergüenza.", None),
        t("Entonces lo que más le falla es la subida y la estabilidad, no tanto la bajada. ¿Qué plan tiene ahora y cuánto paga?"),
        c("Uno de cable de 20 megas, pago como dieciocho mil. Y le digo de una vez: la última vez que me cambié de compañía me dejaron dos semanas sin internet con la instalación, casi me muero.", "bad_experience"),
        t("Con razón le da miedo. Le sugiero el de fibra de 50 megas, que sube igual de rápido que baja, en diecinueve mil quinientos; no ocupa el de 100 para lo que hace. Y lo de la instalación: no cancele el suyo hasta que el técnico instale y usted pruebe una videollamada con la fibra. Si no le funciona, no paga nada."),
        c("Ah bueno, así sí. Pero déjeme hablarlo con mi esposo, porque él es el que paga los servicios.", "think_it_over"),
        t("Claro. Le dejo por escrito el plan, el precio y lo de no cancelar hasta probar. ¿Me da la dirección para revisar si ya llega la fibra a su calle?"),
        c("San Pablo, del Palí doscientos metros al este, casa verde de portón negro.", None),
        t("Sí llega, ahí ya hay red. Si se deciden, la instalación sale en tres o cuatro días. Le apunté todo en esta hoja."),
        c("Perfecto, muchas gracias, muy amable.", None),
    ],
    [
        _open,
        t("Buenas, bienvenida. Para entender bien su necesidad: ¿para qué usa usted el internet?"),
        c("Para el negocio, subo fotos y videos a Instagram y hago videollamadas con clientes.", None),
        t("Perfecto. Y cuénteme, ¿qué tipo de uso le da a la conexión en su día a día?"),
        c("Diay, lo que le acabo de decir: fotos, videos, videollamadas.", None),
        t("Excelente. ¿Y cuántas personas usan el internet y en qué lo usan principalmente?"),
        c("Yo nada más, para el negocio. Ya se lo dije.", None),
        t("Entiendo. Y dígame, ¿el internet lo usa más para trabajo o para uso personal?"),
        c("¡Para el negocio! Las fotos, los videos, las videollamadas...", None),
        t("Muy bien. Para recomendarle lo mejor, ¿en qué actividades ocupa usted el internet en la casa?"),
        c("Muchacho, es la quinta vez que me pregunta lo mismo. Mejor mándeme la información al correo y yo la veo con calma.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- 13 wrong_paraphrase
_open = c("Buenas tardes. Andamos viendo carro. Somos cinco en la familia y el carrito que tenemos ya no nos cabe.", None)
PAIRS.append(gpair(
    "esb61g_tegus_carro_familiar",
    "new car dealership, Tegucigalpa, Honduras",
    "wrong_paraphrase",
    "A teacher and her husband, family of five, want a city car with low fuel use for at most 450,000 lempiras; another dealer quoted a lower price.",
    [
        _open,
        t("Buenas tardes, bienvenidos. ¿Para qué lo usarían más: ciudad, carretera, ir al trabajo? ¿Y tienen un presupuesto pensado?"),
        c("Más que todo ciudad, llevar a los cipotes a la escuela y yo al instituto, que soy maestra. Los fines de semana vamos a Valle de Ángeles o a Comayagua donde mi mamá. Pensábamos unos cuatrocientos cincuenta mil lempiras, no más.", None),
        t("Entonces: cinco personas, mucha ciudad, viajes cortos los fines de semana, y tope de cuatrocientos cincuenta mil. Ahí le caben dos: un sedán grande, que gasta menos, o una SUV pequeña, más alta para los túmulos pero que gasta un poco más. ¿Qué pesa más para ustedes, el consumo o la altura?"),
        c("El consumo, la gasolina está por las nubes. Aunque los túmulos de la colonia son terribles...", None),
        t("Le enseño el sedán en cuatrocientos treinta mil, con matrícula del primer año y los tres primeros servicios incluidos. Hace unos cuarenta y cinco kilómetros por galón en ciudad y es alto para ser sedán; si quiere lo prueba por su colonia."),
        c("Fíjese que en la otra agencia, la del bulevar, me dieron el mismo carro en cuatrocientos diez mil.", "too_expensive"),
        t("Puede ser. Pregúnteles si incluye matrícula y servicios, que aquí son como veintidós mil. Si el de ellos los incluye y sale en cuatrocientos diez, le conviene allá, se lo digo honestamente. Le anoto el desglose del mío para que compare papel con papel."),
        c("Cheque, apúntemelo. Y el sábado venimos con mi esposo a probarlo por la colonia, a ver qué tal los túmulos.", None),
    ],
    [
        _open,
        t("Buenas tardes, bienvenidos. Cuénteme, ¿qué es lo que buscan?"),
        c("Algo para cinco personas, más que todo para la ciudad, y que no gaste mucho. Tenemos como cuatrocientos cincuenta mil lempiras.", None),
        t("Perfecto. Entonces, si le entendí bien, ustedes necesitan una camioneta de siete pasajeros para carretera, y el presupuesto es flexible, ¿verdad?"),
        c("No, yo no dije eso. Somos cinco, y el presupuesto es ese, no más.", None),
        t("Claro, claro. Y como usted me comentaba que van mucho a la montaña por calle de tierra, lo ideal es la 4x4 diésel en seiscientos noventa mil. ¿Escuché bien que quieren algo robusto?"),
        c("Yo nunca le dije nada de montaña. Y seiscientos noventa ni soñando, eso no lo podemos pagar.", "no_money"),
        t("Entiendo. Lo que me está diciendo entonces es que lo que les preocupa es la financiación, no el carro. Le saco la cuota a setenta y dos meses para que vea que sí se puede, ¿le parece?"),
        c("No, mire, ya vi que usted no me está oyendo. Vámonos, Carlos.", None),
    ],
))

# ---------------------------------------------------------------- 14 pitch_to_upset
_open = c("Buenas. Vengo a dar de baja la línea de mi mamá. Ella falleció la semana pasada.", None)
PAIRS.append(gpair(
    "esb61g_soyapango_baja_linea_difunta",
    "mobile phone company store, Soyapango, El Salvador",
    "pitch_to_upset",
    "A grieving son comes to close his late mother's postpaid line; bills keep arriving; the family is in the middle of the novenario.",
    [
        _open,
        t("Lo siento mucho, de verdad, mi más sentido pésame. Con gusto le ayudo y tratamos de que sea rápido. ¿Tiene el número de la línea y su DUI?"),
        c("Aquí está. Es que siguen llegando los cobros y yo no sé ni qué debía ella.", None),
        t("Ya la veo. Solo tiene pendiente el mes en curso, once dólares. Por fallecimiento no se cobra penalidad del contrato, y ese saldo también se anula si trae la partida de defunción. ¿La tiene a mano o la tendría que pedir en la alcaldía?"),
        c("Ahorita no la ando, y la verdad no tengo cabeza ni tiempo para estar viniendo, estamos con lo del novenario.", "no_time"),
        t("Lo entiendo. Hagamos así: hoy dejo la línea suspendida para que ya no corra ningún cargo, y la partida me la manda por foto a este WhatsApp de la tienda cuando pueda, aunque sea en un mes. Con eso cierro todo sin que usted vuelva. ¿Quiere guardar el número a su nombre, por los contactos de ella, o lo cerramos del todo?"),
        c("No, ciérrelo nomás. Ya mis hermanas guardaron lo que querían del teléfono.", "no_need"),
        t("Listo, queda suspendida desde hoy y le acabo de mandar un mensaje con el número de gestión, así tiene comprobante. Si le llega algún cobro después de hoy, me lo reenvía y lo anulo yo."),
        c("Gracias, muchacha. Se lo agradezco de verdad.", None),
    ],
    [
        _open,
        t("Mi más sentido pésame, de verdad. Entiendo perfectamente lo que está viviendo. Y justo en momentos así uno se da cuenta de lo importante que es estar comunicado con la familia, ¿verdad? ¿Cómo está su plan actual?"),
        c("¿Mi plan? No sé, ahí está. Yo vengo por lo de la línea de ella.", None),
        t("Claro. Mire, en vez de darla de baja, ¿qué le parece pasarla a su nombre con el plan Familia? Así tiene dos líneas, cien gigas compartidos y le sale más barato por línea. Muchas familias lo hacen en estos casos."),
        c("No, mire, yo no quiero nada de eso ahorita. Solo quiero que dejen de cobrar.", "no_need"),
        t("Lo comprendo. Y aprovechando que está aquí, tenemos el seguro de vida por un dólar al mes incluido en el plan, que en estos momentos uno lo valora más, ¿no cree?"),
        c("¿Me está vendiendo un seguro de vida? Acabamos de enterrar a mi mamá, hombre.", None),
        t("Disculpe, solo le comento las opciones para que su experiencia sea completa. Entonces, ¿la baja sí o la pasamos a su nombre?"),
        c("La baja. Y mejor llámeme a otra persona que me atienda.", None),
    ],
))

# ---------------------------------------------------------------- 15 blame
_open = c("buenas, me recargue 5 dolares ayer y hoy ya no tengo saldo. q vaina es esa", None)
PAIRS.append(gpair(
    "esb61g_colon_saldo_prepago",
    "mobile operator WhatsApp support, Colón, Panamá",
    "blame",
    "A prepaid customer's top-up vanished overnight: a premium horoscope SMS service was switched on after he touched an ad inside a game.",
    [
        _open,
        t("¡Buenas! Qué molestia, lo reviso ya mismo. ¿Me confirma el número de la línea y más o menos a qué hora hizo la recarga?"),
        c("6612-4478. ayer como a las 6 de la tarde en el chino de la esquina. y no he llamado casi a nadie", None),
        t("Gracias. Aquí veo la recarga de 5.00 a las 6:12 p.m. y después tres cobros de 1.50 de un servicio de mensajes de horóscopos que se activó ayer a las 8. ¿Le llegó algún mensaje raro o le salió algún anuncio por esa hora?"),
        c("q horoscopo ni q nada. yo no he pedido eso. bueno me salio un anuncio en un juego pero lo cerre", None),
        t("Eso pasa mucho con esos anuncios, a veces basta con rozarlos. Ya le cancelé la suscripción y le devolví los 4.50 al saldo, le debe llegar un mensaje de confirmación. Si quiere le activo el bloqueo de servicios premium, es gratis y así no se le vuelve a activar nada de eso."),
        c("ya me llego. y si, bloquealo. la otra vez con la otra compañia me paso igual y nunca me devolvieron nada", None),
        t("Listo, bloqueo activo. Para que quede claro: con eso no le pueden cobrar suscripciones, pero sus recargas, paquetes y llamadas funcionan normal. ¿Hay algo más que le esté saliendo raro en la línea?"),
        c("no, era eso nomas. me puedes mandar el comprobante de la devolucion? pa enseñarselo a mi mujer q cree q me gaste la plata en llamadas jaja", None),
        t("Jaja, claro. Ahí le va la captura con la fecha, el monto devuelto y el número de caso."),
        c("listo ya me llego. gracias mi hermano", None),
    ],
    [
        _open,
        t("¡Buenas! Con gusto lo ayudo, su experiencia es importante para nosotros. ¿Me confirma el número?"),
        c("6612-4478. me recargue ayer y hoy amaneci sin nada", None),
        t("Ajá, ya veo. Usted tiene una suscripción de horóscopos que cobra 1.50 por mensaje. Eso se activa cuando uno mismo la pide, así que seguramente usted se suscribió, ¿verdad?"),
        c("yo no he pedido ningun horoscopo. solo me salio un anuncio en un juego y lo cerre", None),
        t("Ahí está el detalle: si usted le dio click al anuncio, aceptó las condiciones. Hay que leer antes de tocar cualquier cosa en el celular. ¿Entiende que no es un error nuestro?"),
        c("osea q la culpa es mia? ustedes dejan q esas vainas le cobren a uno sin preguntar", None),
        t("Yo solo le explico cómo funciona. La próxima vez tenga más cuidado con lo que toca. Si no quiere estar pendiente de eso, le conviene el postpago de 14.99, ahí no pasan esas cosas. ¿Qué le parece?"),
        c("no, yo con prepago estoy bien, no quiero plan. lo q quiero es mi plata", "no_need"),
        t("La devolución no procede porque el servicio se usó: usted recibió los horóscopos, ¿no es cierto? ¿Hay algo más en que lo pueda ayudar?"),
        c("q falta de respeto. voy a ir a la ASEP a poner la queja", None),
    ],
))

# ---------------------------------------------------------------- 1 monologue
_open = c("Buenas, quería ver cómo le abro una cuentita de ahorro a mi hija. Tiene ocho años y quiero que vaya aprendiendo a ahorrar.", None)
PAIRS.append(gpair(
    "esb61g_alajuela_coope_ahorro_infantil",
    "savings and credit cooperative branch, Alajuela, Costa Rica",
    "monologue",
    "A working mother wants a simple savings account for her eight-year-old, about 5,000 colones a month; a bank once ate her savings in fees; she works until five.",
    [
        _open,
        t("Qué buena idea. ¿Cuánto pensaba irle depositando y cada cuánto? ¿Y es para algo en específico o más que todo para el hábito?"),
        c("Poquito, unos cinco mil por mes, y lo que ella junte de cumpleaños. Más que todo el hábito, y que ella pueda ver cómo le va creciendo.", None),
        t("Entonces le sirve la cuenta Ahorrito: no pide monto mínimo, no cobra comisión y le dan una libretita donde ella ve cada depósito, que a esa edad motiva más que la app. Paga un interés pequeño, un tres por ciento al año; no es para hacerse rica, es para el hábito."),
        c("Mmm... ¿seguro que no cobra nada? Porque yo le abrí una en un banco y me comían la plata en comisiones, al final la cerré con menos de lo que había metido.", "bad_experience"),
        t("Seguro, y queda por escrito en el contrato: cero comisión de manejo. Lo único es que si retira antes de seis meses no gana los intereses de ese periodo. Para abrirla ocupo la constancia de nacimiento de ella y su cédula, y que ella venga para la foto y la firma, que a los chiquitos les encanta."),
        c("Diay, es que yo trabajo de lunes a sábado hasta las cinco, no sé cuándo la puedo traer.", "no_time"),
        t("Entre semana abrimos hasta las seis y media, así que un día que salga a las cinco llega bien. Si quiere le dejo la solicitud llena ahorita, y ese día son diez minutos."),
        c("Ah, a las seis y media sí llego. Llénela pues, y el jueves la traigo.", None),
    ],
    [
        _open,
        t("¡Qué excelente decisión! Mire, le cuento todo lo que tenemos, porque en la cooperativa creemos en la educación financiera desde la cuna. Está la cuenta Ahorrito, la Ahorrito Plus con seguro estudiantil, el certificado a plazo juvenil al seis por ciento si deposita cien mil de entrada, la tarjeta de débito prepago para adolescentes y el programa de puntos, que con cada depósito acumula para la feria escolar."),
        c("Ah, ok... pero ella tiene ocho añitos nada más, yo...", None),
        t("¡Y eso no es todo! ¿Usted ya tiene cuenta con nosotros? Porque si es asociada tiene todavía más beneficios."),
        c("Sí, la de ahorro a la vista, ahí me cae el salario.", None),
        t("¡Perfecto! Y ocho años es la edad ideal para empezar. Mire: si usted como mamá abre también el ahorro navideño y el seguro de vida familiar, le damos una alcancía de regalo y un punto extra en la tasa. Muchas mamás lo hacen así, porque lo importante es construir una relación de largo plazo con la cooperativa. ¿Cuál de todos le llama más la atención?"),
        c("Diay, no sé, es que yo solo quería algo sencillo, de cinco mil por mes...", None),
        t("¡Por eso le recomiendo la Plus! Con el seguro estudiantil, si a usted le pasa algo, la niña tiene el estudio asegurado. Son apenas cuatro mil quinientos al mes de prima, más el ahorro. Y el certificado juvenil le rinde más que cualquier banco. Déjeme imprimirle los folletos de todos, y deme su correo también."),
        c("Mejor déjeme los folletos y yo los leo en la casa. Ahorita tengo que ir a recoger a la chiquita.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- 2 closing_as_open_question
_open = c("Buenas, ando viendo un refri de esos de puerta de vidrio, para la tienda. Para vender aguas frías.", None)
PAIRS.append(gpair(
    "esb61g_mixco_refri_tienda",
    "appliance store with instalment credit, Mixco, Guatemala",
    "closing_as_open_question",
    "The owner of a small neighbourhood tienda keeps sodas in an ice cooler and wants a glass-door fridge; little space, little cash, credit costs much more.",
    [
        _open,
        t("Buenas, con gusto. ¿Qué tanto vende de aguas al día, más o menos, y qué espacio tiene en la tienda para ponerlo?"),
        c("Como unas cuatro o cinco cajas al día, más los fines. El espacio es poquito, por la puerta, como un metro de ancho. Ahorita las tengo en una hielera y se me acaba el hielo.", None),
        t("Con un metro le cabe el de una puerta de doce pies; ahí le entran como seis cajas. ¿Ya le preguntó a la distribuidora de las aguas? Algunas prestan el refri si les vende cierta cantidad; mejor que lo sepa antes de gastar."),
        c("Sí, pero me piden que solo venda de su marca, y a la gente le gustan las otras también.", None),
        t("Tiene razón, eso la amarra. Entonces este de doce pies sale en cuatro mil ochocientos de contado, o en dieciocho cuotas de trescientos ochenta. Gasta como un foco grande, no le va a subir mucho la luz."),
        c("¿Trescientos ochenta por dieciocho? Eso sale casi en siete mil, púchica, es bastante más.", "too_expensive"),
        t("Así es, el crédito le sale dos mil y pico más caro, no se lo voy a esconder. Si junta para el contado le conviene más. También hay uno de nueve pies en tres mil novecientos, aunque con lo que vende se le va a quedar chico en diciembre. Le apunto los dos precios."),
        c("Va, déjeme ver cómo me va este mes con las ventas y regreso.", "think_it_over"),
    ],
    [
        _open,
        t("Buenas, bienvenida. Cuénteme, ¿qué día le queda mejor que se lo llevemos a su tienda, el sábado o el lunes?"),
        c("Ah, pero todavía no he escogido nada, apenas estoy viendo.", "brush_off"),
        t("Claro, claro. Y viéndolo bien, ¿qué tendría que pasar para que hoy mismo se lleve este de doce pies? Está en cuatro mil ochocientos, o en cuotas de trescientos ochenta."),
        c("Pues... primero quisiera saber cuánto gasta de luz, y si cabe por la puerta de la tienda.", None),
        t("Eso se lo vemos después, ya que esté allá. ¿Cuánto me puede dar de enganche ahorita, quinientos o mil?"),
        c("Ni uno ni otro, no traigo eso. Y a plazos sale carísimo.", "too_expensive"),
        t("Entiendo. ¿Y a nombre de quién le hago la factura, al suyo o al de la tienda? Así ya se lo dejo apartado."),
        c("A nombre de nadie. Gracias, ahí lo veo otro día.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- 3 pitch_as_paraphrase
_open = c("Buenas, queremos hacer algo mañana por el río. Venimos de Tegus, somos mi mamá, mi esposo, yo y los dos cipotes.", None)
PAIRS.append(gpair(
    "esb61g_laceiba_rio_cangrejal",
    "eco-lodge and tour desk on the Río Cangrejal, La Ceiba, Honduras",
    "pitch_as_paraphrase",
    "A family from Tegucigalpa with a 70-year-old grandmother and children of six and nine want a calm river day; they overpaid for a poor tour in Roatán.",
    [
        _open,
        t("¡Bienvenidos! ¿Qué edades tienen los niños, y su mamá cómo anda de las rodillas, para caminar?"),
        c("Los cipotes tienen seis y nueve. Mi mamá tiene setenta, camina bien en plano pero las gradas le cuestan. Lo que queremos es algo tranquilo, que todos disfruten.", None),
        t("Entonces el rafting no se lo recomiendo: el río está crecido y de doce años para abajo no los llevamos. Para ustedes está el recorrido de las pozas: caminata plana de veinte minutos, se bañan en pozas de agua clara con guía y almuerzan en el lodge. Su mamá se puede quedar en la terraza si no quiere bajar a la última poza, que tiene unas gradas."),
        c("Eso suena bonito. ¿Y cuánto sale? Porque en Roatán el año pasado nos cobraron un dineral por un tour que fue pura nada.", "bad_experience"),
        t("Con razón pregunta. Son veinticinco dólares por adulto y quince por niño, con guía, entrada y almuerzo, y su mamá paga tarifa de niño. Total, ciento diez. No incluye transporte: en taxi desde el centro son como trescientos lempiras."),
        c("Está bien. ¿A qué hora sería?", None),
        t("Salimos a las nueve y regresan a las dos. Le aparto cinco cupos sin pagar nada, y si mañana amanece lloviendo fuerte le escribo a las siete para moverlo; si se cancela por el clima no se cobra nada."),
        c("Cheque, apártelo a nombre de Karla Zelaya.", None),
    ],
    [
        _open,
        t("¡Bienvenidos! Cuénteme, ¿qué tipo de experiencia buscan?"),
        c("Algo tranquilo, que todos disfruten. Mi mamá tiene setenta y los cipotes seis y nueve.", None),
        t("¡Perfecto! O sea que lo que ustedes buscan es el paquete Aventura Total: rafting clase cuatro, canopy y rappel en la cascada, ¿correcto?"),
        c("No, eso no es tranquilo. ¿Cómo va a meter a mi mamá en un rafting?", "no_need"),
        t("Tiene razón. Entonces, si le entiendo bien, lo que necesitan es el Aventura Total versión familiar: canopy para los niños y su mamá, y rafting para los papás, por solo ciento veinte dólares por persona. ¿Eso es lo que buscan?"),
        c("¿Seiscientos dólares? No, pues, ni aunque tuviera. En Roatán ya nos clavaron con un tour así.", "too_expensive"),
        t("Le escucho. Entonces, para resumir: su familia quiere vivir una aventura inolvidable y usted quiere el mejor valor, o sea, el paquete con el descuento de grupo, ¿verdad que sí?"),
        c("No, lo que le dije es que quiero algo tranquilo. Mejor pregunto en otro lado.", None),
    ],
))

# ---------------------------------------------------------------- 4 upsell_as_loop_closing
_open = c("Buenas, traigo el Corolla pa' el servicio de los cuarenta mil. Lo necesito rápido, que yo trabajo con él, hago Uber.", None)
PAIRS.append(gpair(
    "esb61g_panama_taller_servicio",
    "dealer service workshop, Vía España, Ciudad de Panamá",
    "upsell_as_loop_closing",
    "A ride-hailing driver brings his car for the 40,000 km service and needs it back before an airport run; his week has been slow.",
    [
        _open,
        t("Buenos días. El de cuarenta mil lleva como una hora y media: aceite, filtros, revisión de frenos y suspensión. ¿A qué hora lo necesita de vuelta?"),
        c("Antes de las once, que tengo un cliente fijo que llevo al aeropuerto a las doce.", None),
        t("A las diez y media se lo tengo. Si el técnico ve algo más, le aviso antes de tocar nada y usted decide."),
        c("Ok, perfecto, aquí espero.", None),
        t("Ya casi está. El técnico vio las pastillas de freno delanteras al treinta por ciento: no es urgente, le dan unos tres mil kilómetros más. Cambiarlas sale en sesenta y cinco con mano de obra. ¿Quiere hacerlo hoy o en el próximo?"),
        c("Uf, esta semana no he hecho casi nada, ahorita no me da pa' eso. ¿Aguanta hasta la otra quincena?", "no_money"),
        t("Aguanta, con tres mil kilómetros llega tranquilo. Se lo dejo anotado en la orden, y si empieza a chillar al frenar, ese es el aviso de que ya toca. Aquí está su carro, diez y veinticinco."),
        c("Buenísimo, gracias, fren.", None),
    ],
    [
        _open,
        t("Buenos días. Con gusto. ¿Qué le gustaría que le hiciéramos hoy al carro?"),
        c("El servicio de cuarenta mil nada más. Lo necesito antes de las once, que trabajo con él.", None),
        t("Perfecto. Y para cerrar bien la orden, ¿qué más le agrego? Le recomiendo el lavado de inyectores y la limpieza del cuerpo de aceleración, ochenta y cinco dólares los dos."),
        c("No, gracias, solo el servicio.", "no_need"),
        t("Anotado. ¿Algo más que necesite para que su experiencia quede completa? Tenemos la limpieza del aire acondicionado con ozono, y el nitrógeno pa' las llantas."),
        c("¿Cuánto es eso?", None),
        t("Sesenta el del aire y veinte el nitrógeno. Y ya para terminar, ¿le pongo el tratamiento de pintura? Hoy tiene el diez por ciento."),
        c("Chuzo, eso es un platal pa' cosas que el carro no necesita. Solo el servicio, y rápido, por favor, que se me hace tarde.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- 5 leading_tag_questions
_open = c("Buenas, ando buscando un celular para mi abuela. Tiene ochenta años y solo quiere ver a mis tíos que están en Estados Unidos.", None)
PAIRS.append(gpair(
    "esb61g_lalibertad_celular_abuela",
    "phone shop, Puerto de La Libertad, El Salvador",
    "leading_tag_questions",
    "A young woman buys a smartphone for her 80-year-old grandmother, who only wants Sunday WhatsApp video calls with relatives in the US; a cousin shares the cost.",
    [
        _open,
        t("Buenas. Qué bonito. ¿Ella ya ha usado celular de pantalla táctil, o tiene de los de teclas? ¿Y cómo anda de la vista y del oído?"),
        c("Tiene uno de teclitas. Usa lentes, y oye un poco mal. Lo único que quiere es la videollamada del WhatsApp los domingos, que la llaman todos.", None),
        t("Entonces lo importante es pantalla grande, bocina fuerte y que sea sencillo. Este de ciento treinta dólares tiene pantalla de seis pulgadas y media, la bocina suena bien y se le puede poner el modo fácil: íconos grandes y solo las aplicaciones que ella use. No necesita uno caro para eso."),
        c("Ah, yo creí que tenía que ser de los buenos. Pero fíjese que mi tía le compró uno baratito una vez y se le trababa todo, nunca lo usó.", "bad_experience"),
        t("Es una duda válida. Ese se trababa seguro por poca memoria; este tiene cuatro de RAM, para WhatsApp le sobra. Y si quiere se lo dejo configurado aquí: el WhatsApp con el número de ella, los contactos de sus tíos con foto y la letra grande. Así le llega listo."),
        c("Eso sí me gusta. Pero mi prima me va a ayudar a pagar, déjeme preguntarle si está de acuerdo.", "think_it_over"),
        t("Claro. Le aparto el precio hasta el sábado. Cuando vengan, traigan el teléfono viejo de ella para pasarle los contactos."),
        c("Va, le digo a mi prima y el sábado venimos.", None),
    ],
    [
        _open,
        t("Buenas. Para su abuelita usted va a querer el mejor, ¿verdad?"),
        c("Pues... algo que ella entienda. Solo quiere hacer videollamadas.", None),
        t("Claro, y para las videollamadas lo que importa es la cámara, y la cámara buena está en el de cuatrocientos noventa y nueve, ¿no es cierto?"),
        c("¿Cuatrocientos noventa y nueve? No, yo no tengo para eso.", "no_money"),
        t("Pero la familia es lo primero, ¿o no? Usted no va a querer que su abuelita se pierda la cara de sus nietos por un teléfono barato, ¿cierto?"),
        c("No, pues... pero ella ni usa la cámara, solo contesta cuando la llaman.", None),
        t("Por eso, con uno bueno aprende más rápido. Además lo puede sacar en cuotas, y a ella le va a encantar, ¿verdad que sí?"),
        c("Mejor regreso con mi prima y lo vemos.", "think_it_over"),
    ],
))

"""Gaming pairs b01-b10 of es_blind74 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- b01 ignored_customer
OPEN = c("Hola, buenas tardes. Estoy mirando su casa rural en Jarandilla pa el puente de mayo. Seríamos ocho, y viene mi madre, que va en silla de ruedas.", None)
PAIRS.append(gpair(
    "esb74g_jarandilla_casa_rural_accesible",
    "Casa rural en Jarandilla de la Vera (Cáceres), reserva por teléfono",
    "ignored_customer",
    "Una clienta de Sevilla quiere reservar para ocho personas un puente; su madre va en silla de ruedas.",
    [
        OPEN,
        t("Buenas tardes. Ocho personas y su madre en silla, apuntado. Le digo la verdad desde ya: la casa tiene dos plantas; abajo hay un dormitorio con baño, pero el plato de ducha tiene un escalón pequeño. ¿Su madre puede ponerse de pie un momento o necesita ducha a ras de suelo?"),
        c("Puede ponerse de pie agarrándose, pero con un escalón ya me da miedo, la verdad.", None),
        t("Es normal. Tengo una silla de ducha y puedo poner una barra en la pared antes de que lleguen, ya lo hice con otra familia. La entrada es a nivel y la cocina y el salón están abajo. ¿Les sirve así, o prefieren que les mande fotos y medidas del baño antes de decidir?"),
        c("Mándemelas, por favor, que lo tengo que ver con mis hermanos, que pagan ellos la mitad.", "think_it_over"),
        t("Ahora mismo se las mando por WhatsApp, con la medida de la puerta del baño, que con la silla es lo que más importa. Le guardo las fechas hasta el viernes sin pedirle señal."),
        c("Muchas gracias, de verdad. Da gusto.", None),
    ],
    [
        OPEN,
        t("¡Buenas tardes! Qué bien. Cuénteme, ¿qué es lo más importante para ustedes en esta escapada?"),
        c("Pues sobre to que mi madre se pueda mover bien por la casa, que va en silla, ya se lo he dicho.", None),
        t("Perfecto. Le cuento: la casa tiene unas vistas preciosas a la garganta, piscina, barbacoa, y arriba un dormitorio abuhardillado que a la gente le encanta, con su escalera de madera. ¿Qué le parece?"),
        c("Ya, pero ¿mi madre dónde dormiría? ¿Hay habitación abajo? ¿El baño tiene escalón?", None),
        t("Es una casa con mucho encanto, restaurada con piedra del pueblo. Para ocho personas el puente son novecientos euros. ¿Qué otras preguntas tiene?"),
        c("Las mismas de antes, que no me ha contestado. Y novecientos por una casa que igual no le vale a mi madre me parece mucho.", "too_expensive"),
        t("Estupendo. ¿Y cómo nos conoció? ¿Le reservo el puente y me hace una transferencia del treinta por ciento?"),
        c("No, gracias. Buscaré una donde me digan claro si es accesible.", "no_need"),
    ],
))

# ---------------------------------------------------------------- b02 repeated_questions
OPEN = c("Hola, buenos días. Vengo a por un andador pa mi madre, que se cayó hace un mes y el médico le ha dicho que lo use.", None)
PAIRS.append(gpair(
    "esb74g_merida_ortopedia_andador",
    "Ortopedia de barrio, Mérida (Badajoz)",
    "repeated_questions",
    "Una hija entra en la ortopedia a comprar un andador para su madre de 84 años tras una caída.",
    [
        OPEN,
        t("Buenos días. Vamos a buscarle uno que le vaya bien. ¿Su madre lo va a usar más dentro de casa o también para salir a la calle?"),
        c("Las dos cosas. En casa el pasillo es estrecho, y luego le gusta ir a misa, que está a dos calles, cuesta arriba.", None),
        t("Entonces necesita uno estrecho para el pasillo y con buenos frenos para la cuesta. Los de cuatro ruedas con asiento van bien en la calle, porque si se cansa en la cuesta se sienta. ¿Sabe cuánto mide de ancho el pasillo, más o menos?"),
        c("Ni idea. ¿Y cuánto cuesta uno de esos con asiento? Que mi madre tiene la pensión mínima.", None),
        t("El de asiento está en ochenta y nueve euros y el de dos ruedas sin asiento en cuarenta y cinco. Si el médico de cabecera se lo receta, el Servicio Extremeño de Salud le devuelve una parte, le explico cómo. Y si quiere se lo lleva unos días a prueba, y si no pasa por las puertas me lo cambia."),
        c("Ay, eso está muy bien. Ochenta y nueve igual es mucho pa ella, pero si le devuelven algo... Déjeme que lo hable con mi hermano.", "think_it_over"),
        t("Claro. Le apunto en este papel los dos modelos, el precio y los pasos de la receta. Si se lo lleva esta semana a prueba, no tiene que decidir nada hasta ver que le va bien."),
        c("Pues me lo llevo a prueba hoy mismo, ya que estoy. Gracias, hijo.", None),
    ],
    [
        OPEN,
        t("Buenos días. Cuénteme, ¿para quién sería el andador?"),
        c("Pa mi madre, ya le digo, que se cayó.", None),
        t("Vale. ¿Y la persona que lo va a usar es usted o un familiar?"),
        c("Mi madre, hijo, mi madre. Tiene ochenta y cuatro años.", None),
        t("Perfecto. Y para entender bien su necesidad, ¿dónde lo va a usar, en casa o fuera?"),
        c("En las dos. En casa tiene un pasillo estrecho y luego sale a misa, que hay una cuesta.", None),
        t("Muy bien. ¿Y en qué situaciones del día a día cree que lo va a necesitar más su familiar?"),
        c("Pues en las que le acabo de decir. ¿Me está usted escuchando?", None),
        t("Sí, sí, claro. Entonces, resumiendo, ¿para quién es y dónde lo va a usar?"),
        c("Mire, no tengo toa la mañana, que he dejado a mi madre sola. Ya vendré otro día.", "no_time"),
    ],
))

# ---------------------------------------------------------------- b03 wrong_paraphrase
OPEN = c("Buenas. Le llamo de una bodega pequeña de Montilla. Lo que queremos es dejar de hacer las facturas a mano en el Excel, que mi hija se vuelve loca a fin de mes. Somos cuatro gatos.", None)
PAIRS.append(gpair(
    "esb74g_montilla_software_bodega",
    "Empresa de software de facturación y gestión; llamada de una bodega familiar de Montilla (Córdoba)",
    "wrong_paraphrase",
    "El dueño de una bodega familiar de Montilla-Moriles busca un programa sencillo para facturar.",
    [
        OPEN,
        t("Buenas. Facturas a mano en Excel y su hija con todo el lío a fin de mes, entendido. ¿Cuántas facturas hacen al mes, más o menos, y a quién venden, a tiendas, bares, particulares?"),
        c("Unas ochenta al mes, sobre to a bares de Córdoba y algo por la web. Y el control de las botas y el registro ese de existencias lo llevamos en papel, que también es un follón.", None),
        t("O sea, que lo urgente es la facturación, y luego el registro de existencias que les pide el Consejo Regulador. Nuestro programa básico hace la facturación y se conecta con la web; el módulo de bodega para el registro va aparte. ¿Quién lo usaría, su hija sola?"),
        c("Mi hija y yo, pero yo con los ordenadores muy poquito, ¿eh? Ya probamos un programa hace dos años y era tan complicao que lo dejamos.", "bad_experience"),
        t("Pues antes de pagar nada, lo mejor es que lo prueben. Le propongo una hora de videollamada con su hija metiendo tres facturas de verdad suyas, y un mes gratis solo con la facturación. Si al mes lo están usando, hablamos del módulo de bodega."),
        c("Eso sí me gusta. ¿Y cuánto cuesta luego al mes?", None),
        t("La facturación sola, veinticinco euros al mes para dos usuarios, sin permanencia. El módulo de bodega serían quince más, pero eso ya lo verían después."),
        c("Vale. Póngase de acuerdo con mi hija pa la videollamada, que ella es la que manda en esto.", None),
    ],
    [
        OPEN,
        t("Buenas. Perfecto, entonces si le he entendido bien, son ustedes una bodega con unos veinte empleados y buscan un ERP completo con CRM y tienda online integrada, ¿correcto?"),
        c("No, no. Somos cuatro. Y lo que queremos es hacer las facturas sin el Excel.", None),
        t("Claro, claro. Lo que escucho es que están creciendo mucho y necesitan escalar la parte comercial y de exportación. ¿Lo he entendido bien?"),
        c("¿Exportación? Si vendemos a bares de Córdoba. Yo no he dicho ná de exportar.", None),
        t("Entiendo. Resumiendo: quieren un sistema de gestión integral para toda la bodega, con app móvil para los comerciales. Nuestro plan Empresa son ciento noventa al mes. ¿Lo he resumido bien?"),
        c("Ni de lejos. Y ciento noventa al mes no lo podemos pagar, que somos una bodega chica.", "no_money"),
        t("Comprendo. Lo que me dice entonces es que el precio no es problema si ve el valor, ¿verdad? ¿Le mando la propuesta para que la firme su gerente?"),
        c("El gerente soy yo, y yo no he dicho eso. Mire, ya probamos un programa de estos y nos salió fatal. No me mande ná.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- b04 pitch_to_upset
OPEN = c("Buenos días. Mire, llamaba porque mi marido falleció la semana pasada y tenía el seguro del coche con ustedes, y no sé qué hay que hacer. Perdone, que estoy un poco...", None)
PAIRS.append(gpair(
    "esb74g_villanueva_seguro_fallecimiento",
    "Aseguradora, oficina de Villanueva de la Serena (Badajoz)",
    "pitch_to_upset",
    "Una viuda reciente llama para saber qué hacer con el seguro del coche de su marido.",
    [
        OPEN,
        t("Buenos días, señora. Siento mucho lo de su marido. Tranquila, no tenga ninguna prisa, lo vamos viendo juntas. ¿Me dice el nombre de su marido o la matrícula del coche?"),
        c("Antonio Sánchez Gil. El coche es un Megane, la matrícula no me la sé, está en la cochera.", None),
        t("Ya lo tengo, con el nombre me basta. Le explico: el seguro sigue vigente hasta octubre, así que no hay que hacer nada urgente. ¿Usted va a seguir usando el coche, o lo van a vender?"),
        c("Yo no conduzco. Mi hijo dice que se lo quedará él, pero vive en Badajoz y todavía no sabemos ná.", None),
        t("Entonces no hace falta decidir nada hoy. Cuando su hijo lo tenga claro, hacemos el cambio de titular o damos de baja la póliza y le devolvemos la parte que no se ha usado. Solo necesitaríamos el certificado de defunción. ¿Prefiere que se lo mande por escrito o que llame a su hijo?"),
        c("Llame a mi hijo mejor, que yo con esto ahora no puedo. Se llama Javier, le doy el número.", None),
        t("Muy bien. Llamo a Javier esta tarde y le explico lo mismo. Y usted no se preocupe por el seguro, que está todo en orden. Cuídese mucho."),
        c("Gracias, hija. Muchas gracias.", None),
    ],
    [
        OPEN,
        t("Buenos días, señora, lo siento mucho, de verdad. Entiendo perfectamente cómo se siente. Le pregunto, ¿su marido tenía seguro de vida o de decesos con nosotros?"),
        c("No, creo que no. Solo el del coche. Yo no sé ni qué papeles hay.", None),
        t("Vaya. Pues precisamente por situaciones como esta, mucha gente en su caso aprovecha para contratar nuestro seguro de decesos, para no dejarle a los hijos ese trago. A su edad le sale por veintidós euros al mes. ¿Qué le parece?"),
        c("Hija, que yo llamaba por lo del coche. Ahora no estoy yo pa pensar en eso.", "no_time"),
        t("Claro, la entiendo. Y ahora que se queda sola en casa, ¿ha pensado en el seguro de hogar con teleasistencia? ¿Cómo de segura se siente ahora en casa?"),
        c("Mire, lo de la casa lo tengo con el banco, no me hace falta. Yo solo quiero saber qué hago con el coche.", "no_need"),
        t("Perfecto, lo del coche se lo tramita otro compañero. Pero déjeme que le mande por correo las dos ofertas, que hasta el viernes tienen un quince por ciento de descuento."),
        c("No me mande ná. Ya irá mi hijo a la oficina. Adiós.", None),
    ],
))

# ---------------------------------------------------------------- b05 blame
OPEN = c("hola, tengo un paquete q pone entregado desde ayer a las 12 y a mi no me ha llegado nada. estaba en casa toa la mañana", None)
PAIRS.append(gpair(
    "esb74g_triana_paqueteria_entrega",
    "Empresa de mensajería, chat de atención; clienta de Triana (Sevilla)",
    "blame",
    "Una clienta escribe por el chat: el seguimiento dice entregado pero ella no ha recibido nada.",
    [
        OPEN,
        t("Hola, siento el lío. Vamos a mirarlo. ¿Me pasas el número de seguimiento y la dirección de entrega?"),
        c("es el 0087 5523 9914. calle Pureza 40, 3B, en triana", None),
        t("Gracias. Veo que el repartidor lo marcó como entregado a las 12:04 y la firma que aparece es de un vecino del 1ºA. ¿Has podido preguntar en el 1ºA?"),
        c("no, no sabia nada d eso, nadie me aviso. ahora bajo y pregunto", None),
        t("Perfecto. Si el vecino no lo tiene, me escribes aquí y abro una reclamación al momento, y el remitente te manda otro o te devuelve el dinero. Además aviso a la delegación de que no dejen paquetes a vecinos sin dejarte nota."),
        c("vale ya lo tengo, lo tenia la vecina, q se le olvido avisarme. menos mal", None),
        t("¡Qué bien, me alegro! Dejo la nota a la delegación igualmente, que te tenían que haber avisado. Si quieres, desde la app puedes marcar que no se entregue a vecinos."),
        c("ah pues eso lo marco ya, gracias", None),
        t("A ti. ¿El paquete está bien, no ha llegado golpeado ni nada?"),
        c("si si, perfecto, era una funda del movil jaja. gracias de nuevo", None),
    ],
    [
        OPEN,
        t("Hola, entiendo tu experiencia. Según el sistema el paquete está entregado. ¿Seguro que estabas en casa? Muchas veces la gente no oye el timbre."),
        c("q si, q estaba en casa toa la mañana teletrabajando, no ha llamao nadie", None),
        t("Ya, pero el repartidor no se lo inventa. Lo más probable es que tengas el timbre roto o el nombre mal puesto en el buzón. ¿Has comprobado eso?"),
        c("el timbre funciona perfectamente. me estas llamando mentirosa?", None),
        t("Nada de eso. Pero la dirección la pones tú al hacer el pedido, y si está mal nosotros no podemos hacer nada. Para que no te vuelva a pasar, ¿qué te parece pasarte a la entrega Premium con franja horaria? Son 2,99 por envío."),
        c("la direccion esta bien, la de siempre. y encima q pague mas? el año pasado tb me perdisteis un paquete, no os pago ni un duro mas", "bad_experience"),
        t("Pues lo siento, pero si no estás en casa o no bajas a abrir, la responsabilidad no es nuestra. Puedes poner una reclamación en la web."),
        c("pues eso voy a hacer, y a la tienda le digo q no me manden mas con vosotros", None),
    ],
))

# ---------------------------------------------------------------- b06 monologue
OPEN = c("Hola, buenas. Quería informarme pa sacarme el carnet. Tengo treinta y cuatro años y me da un poco de vergüenza, la verdad, pero es que sin coche aquí no se puede vivir.", None)
PAIRS.append(gpair(
    "esb74g_plasencia_autoescuela_carnet",
    "Autoescuela, Plasencia (Cáceres)",
    "monologue",
    "Una mujer de 34 años que trabaja en la campaña de la cereza se informa para sacarse el carnet de coche.",
    [
        OPEN,
        t("Hola, ¡qué vergüenza ni qué vergüenza! Aquí tenemos alumnos de sesenta. Cuéntame un poco: ¿has conducido alguna vez, aunque sea poco?"),
        c("Nada, nada. Mi marido me dejó una vez en un camino y casi me como una encina.", None),
        t("Pues empezamos de cero, sin problema. ¿Qué horario tienes libre? Te lo pregunto porque las prácticas las organizamos según tu trabajo."),
        c("Trabajo en la cooperativa de la cereza, y de mayo a julio no tengo vida, echo doce horas. Ahora en invierno tengo las tardes.", None),
        t("Entonces lo suyo es hacer el teórico ya, que se estudia desde el móvil, y empezar las prácticas en febrero por las tardes, para tener el examen antes de que empiece la campaña. La matrícula son ciento cincuenta euros y cada práctica treinta y dos."),
        c("¿Y cuántas prácticas hacen falta? Porque mi cuñada se gastó más de mil euros en otra autoescuela y suspendió tres veces.", "bad_experience"),
        t("No te voy a dar un número cerrado, porque depende de cada persona. Partiendo de cero, la media anda entre veinte y treinta clases. Lo que sí hacemos es que a las diez clases te digo con sinceridad cómo vas, y si no estás lista no te presento, que suspender también cuesta dinero."),
        c("Vale, eso me da más confianza. Me lo pienso esta semana y te digo, que tengo que mirar las cuentas.", "think_it_over"),
        t("Claro. Te doy el papel con los precios y el acceso de prueba al teórico, que es gratis una semana, así ves si te apañas con la app."),
        c("Venga, eso sí. Gracias.", None),
    ],
    [
        OPEN,
        t("¡Hola! Pues has venido al sitio perfecto, porque tenemos el mejor porcentaje de aprobados de todo el norte de Cáceres, coches nuevos con cámara y doble mando, y una app de test que es la mejor del mercado. Mira, te explico los packs: el Básico, el Plus y el Intensivo, que es el que recomiendo siempre."),
        c("Ah, vale. Yo es que no he conducido nunca y...", None),
        t("No pasa nada, para eso está el Intensivo: veinticinco prácticas, teórico ilimitado, dos presentaciones a examen y la tasa de Tráfico incluida, todo por novecientos noventa. Y si lo pagas entero te regalo el curso de conducción eficiente. La experiencia de nuestros alumnos es increíble, de verdad."),
        c("Pero es que yo en verano trabajo en la cereza y...", None),
        t("Perfecto, con el Intensivo en tres semanas lo tienes, te ponemos dos clases al día. Y tenemos financiación sin intereses en seis meses, ciento sesenta y cinco al mes. ¿Qué es lo que más te motiva de sacarte el carnet?"),
        c("Ciento sesenta y cinco al mes ahora mismo no me lo puedo permitir, con los niños.", "no_money"),
        t("Ya, pero piensa en la libertad que te da. Mi hermana se lo sacó con nosotros y ahora va a todos lados. Y las plazas del Intensivo de este mes se acaban, ¿eh? Yo te apunto y luego ya vemos lo de los horarios."),
        c("No, no me apuntes. Ya vendré otro día con mi marido.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- b07 closing_as_open_question
OPEN = c("Buenas. Me han dicho en la cooperativa que ustedes ponen placas pa bombear el agua del pozo. Yo tengo un motor de gasoil y me está comiendo vivo.", None)
PAIRS.append(gpair(
    "esb74g_donbenito_bombeo_solar_riego",
    "Instaladora de bombeo solar para regadío, Don Benito (Vegas del Guadiana, Badajoz)",
    "closing_as_open_question",
    "Un fruticultor pregunta por cambiar el motor de gasoil de su pozo por bombeo solar.",
    [
        OPEN,
        t("Buenas. Sí, hacemos bombeo solar. Para ver si le compensa: ¿qué cultivo riega, cuántas hectáreas, y cuántas horas al día tira el motor en verano?"),
        c("Cinco hectáreas de frutales, melocotón. En julio y agosto el motor está diez horas al día. En gasoil me gasto unos tres mil euros por temporada.", None),
        t("¿Y el pozo qué profundidad tiene y qué bomba lleva, sabe la potencia?"),
        c("Ochenta metros. La bomba es de quince caballos, creo, lo tengo apuntao en la caseta.", None),
        t("Con quince caballos y riego de día en verano, el bombeo solar suele encajar bien, porque riega justo cuando hay sol. Sin ver el pozo le doy una horquilla: entre doce y dieciséis mil euros. Con tres mil de gasoil al año, se amortiza en unos cinco años. Hay ayudas de la Junta para regadío, pero no le prometo que se las den."),
        c("Dieciséis mil es un dineral. Eso no lo tengo yo ahora mismo en el banco.", "no_money"),
        t("Lo entiendo. Muchos lo hacen con un préstamo agrario y la cuota se queda parecida a lo que ahora se va en gasoil. Pero primero tiene que ir un técnico a medir el pozo y la bomba, y así le damos un número cerrado. La visita no cuesta nada. ¿Le viene bien el martes por la mañana?"),
        c("El martes no puedo, que tengo la poda. El jueves temprano, a las ocho, antes de que apriete el calor.", "no_time"),
        t("El jueves a las ocho. Tenga a mano las facturas de gasoil del año pasado, que con eso hacemos bien la cuenta."),
        c("Apuntao. Allí estaré.", None),
    ],
    [
        OPEN,
        t("Buenas. Pues ha llamado en el mejor momento. Dígame, ¿qué necesitaría ver para darnos hoy mismo el visto bueno a la instalación?"),
        c("Hombre, pos saber lo que vale, pa empezar, y si sirve pa mi pozo.", None),
        t("Claro. Y cuando lo vea claro, que lo va a ver, ¿prefiere que empecemos la instalación antes o después de la campaña de riego?"),
        c("Acho, que todavía no me ha dicho ni el precio. Y mi pozo tiene ochenta metros, no sé si eso tira con placas.", None),
        t("Tira seguro. El equipo completo son dieciséis mil. ¿Cómo le resulta más cómodo pagar la señal, por transferencia o con tarjeta?"),
        c("¿Dieciséis mil sin venir a ver el pozo? Un vecino mío puso placas de otra empresa y a los dos años se le quemó la bomba, así que despacito.", "bad_experience"),
        t("Entiendo esa preocupación. Y dígame, si le garantizo que eso no le pasa, ¿qué le impide firmar esta semana?"),
        c("Lo que me impide es que no lo tengo claro. Lo tengo que hablar con mi hermano, que la finca es de los dos.", "think_it_over"),
        t("Perfecto. ¿Y qué día le viene mejor que pasemos a firmar con los dos, el lunes o el miércoles?"),
        c("Ninguno. Ya le llamo yo.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b08 pitch_as_paraphrase
OPEN = c("Buenas tardes, hija. Es que el móvil este que tengo me cobra mucho y yo casi no lo uso. Mis nietos me han dicho que venga aquí a ver.", None)
PAIRS.append(gpair(
    "esb74g_coria_movil_mayor",
    "Tienda de telefonía, Coria (Cáceres)",
    "pitch_as_paraphrase",
    "Un señor mayor entra en la tienda porque cree que paga demasiado por un móvil que casi no usa.",
    [
        OPEN,
        t("Buenas tardes. Vamos a verlo. ¿Usted para qué usa el móvil? ¿Llamar, el WhatsApp, ver cosas?"),
        c("Llamar a mis hijos y al centro de salud. Y el guasap pa ver las fotos de los nietos, que viven en Bilbao.", None),
        t("¿Y en casa tiene internet, wifi?"),
        c("No, en casa no tengo ná de eso. Tengo el fijo de toda la vida, que también lo pago.", None),
        t("Vale. ¿Y cuánto paga ahora al mes? Si trae la factura, la miramos."),
        c("Aquí la traigo. Treinta y ocho euros, con el fijo.", None),
        t("Veo que tiene veinte gigas y gasta menos de uno. Con llamadas ilimitadas y cinco gigas, manteniendo el fijo, le saldría todo por diecinueve euros. ¿El fijo lo usa, o casi todos le llaman al móvil?"),
        c("El fijo ya no me llama más que el del banco. Pero no sé, hija, yo ya me cambié una vez de compañía y me volvieron loco con las facturas.", "bad_experience"),
        t("Normal que no se fíe. Aquí no cambia de compañía, solo de tarifa, y se queda con el mismo número. Le dejo apuntado en un papel lo que paga ahora y lo que pagaría, y si quiere se lo enseña a sus nietos antes de decidir."),
        c("Eso, déjamelo apuntao, que se lo mando en foto a mi nieta y mañana vengo.", "think_it_over"),
    ],
    [
        OPEN,
        t("Buenas tardes. Entonces, lo que usted necesita es nuestra tarifa Familia Total, con fibra, televisión con todo el fútbol y dos líneas móviles, por sesenta y cinco euros, ¿verdad?"),
        c("¿Fibra? No, hija, yo lo que quiero es pagar menos por el móvil.", None),
        t("Claro, lo que me está diciendo es que quiere sacarle más partido a su dinero, y con Familia Total lo tiene todo en un solo sitio. Así sus nietos, cuando vengan, tienen wifi. ¿Es eso lo que busca?"),
        c("Mis nietos vienen en agosto, quince días. Yo no necesito internet en casa, yo tengo la tele y la radio.", "no_need"),
        t("Perfecto. Entonces, si le he entendido bien, le interesa la televisión con todos los canales, que va incluida en el pack con la Liga y el cine, ¿correcto?"),
        c("Que no. Que yo pagaba treinta y ocho y usted me está diciendo sesenta y cinco. Eso es más caro, no más barato.", "too_expensive"),
        t("Lo que escucho es que usted valora la calidad y no le importa pagar un poco más si está bien atendido, ¿verdad?"),
        c("Lo que escuche usted no sé lo que será, pero yo me voy a preguntar a otra tienda. Buenas tardes.", None),
    ],
))

# ---------------------------------------------------------------- b09 upsell_as_loop_closing
OPEN = c("Buenas, vengo a recoger el Corolla, que lo dejé esta mañana pa la revisión de los sesenta mil.", None)
PAIRS.append(gpair(
    "esb74g_ecija_revision_coche",
    "Taller oficial de concesionario, Écija (Sevilla)",
    "upsell_as_loop_closing",
    "Un cliente recoge su coche tras la revisión de mantenimiento.",
    [
        OPEN,
        t("Buenas, don Rafael. Ya está listo. Le cuento lo que se ha hecho: aceite, filtros, líquido de frenos, y se ha revisado todo lo del plan de mantenimiento. ¿Ha notado algo raro en el coche últimamente, algún ruido, algo?"),
        c("Pues ahora que lo dice, el aire no enfría como antes. Con el calor de Écija, imagínese, que esto es la sartén.", None),
        t("Eso no entraba en la revisión, pero en agosto es importante. Puede que le falte gas o que tenga una fuga. Cargar el gas y comprobar si pierde son setenta euros y se hace en una hora. Si hay fuga, le llamo antes de tocar nada más."),
        c("Setenta euros, vale. ¿Y eso corre prisa, o lo puedo traer otro día con más calma?", None),
        t("No es de seguridad, no corre prisa. Puede ir tirando así y traerlo cuando le venga mejor. Solo le aviso de que, si tiene fuga, cuanto más tarde más sufre el compresor, y eso ya es caro."),
        c("Bueno, pues lo traigo a primeros de mes. ¿Me apunta pa el día dos?", None),
        t("Apuntado el día dos a las nueve. Aquí tiene la factura de hoy con todo lo que se ha hecho, y las llaves."),
        c("Muy bien, gracias, hasta el dos.", None),
    ],
    [
        OPEN,
        t("Buenas, don Rafael. El coche ya está. Antes de cerrar, ¿qué más le podemos añadir para que se lleve el coche perfecto? Tenemos el tratamiento cerámico de pintura por ciento noventa."),
        c("No, no, la pintura está bien. Yo solo venía a la revisión.", "no_need"),
        t("Entendido. Para cerrar el círculo, ¿le cambiamos también las escobillas con el tratamiento antilluvia? Son cuarenta y cinco, y así no tiene que volver."),
        c("¿Escobillas? Si en Écija no llueve. Lo que sí es que el aire no enfría, eso me gustaría que me lo mirarais.", None),
        t("Perfecto, anotado. ¿Algo más que podamos sumar hoy? Con el aire le recomiendo la higienización con ozono y el ambientador premium, que las dos cosas juntas tienen descuento."),
        c("Oiga, que yo digo que no enfría, no que huela mal. Y ya llevo trescientos euros, que tampoco soy el Banco de España.", "no_money"),
        t("Por supuesto. ¿Hay algo más en lo que le pueda ayudar? ¿Le ampliamos la garantía dos años más? Hoy está a mitad de precio."),
        c("Ná más. Deme las llaves, que el aire ya me lo mira el de la gasolinera.", "no_need"),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
OPEN = c("Hola, buenas. Venimos mi madre y yo a ver el cortijo pa la boda. Es pa septiembre del año que viene, y no queremos una boda muy grande, ¿eh? Unos ochenta.", None)
PAIRS.append(gpair(
    "esb74g_carmona_cortijo_boda",
    "Cortijo para celebraciones, Carmona (Sevilla)",
    "leading_tag_questions",
    "Una novia y su madre visitan un cortijo para una boda de unos ochenta invitados.",
    [
        OPEN,
        t("Bienvenidas. Ochenta invitados en septiembre, una boda tranquila. Antes de enseñaros nada, ¿cómo os imagináis el día? ¿Ceremonia aquí también, comida o cena, algo que no os pueda faltar?"),
        c("La ceremonia sí, civil, aquí en el jardín. Y cena, que en septiembre en Carmona a mediodía no hay quien aguante. Lo que no queremos es barra libre de cinco horas, que la mitad de la familia no bebe.", None),
        t("Perfecto: ceremonia civil en el jardín del olivo, cena, y una barra corta. Tenemos barra de dos horas, que sale bastante más barata que la completa. ¿Tenéis un presupuesto pensado por persona?"),
        c("Nos gustaría no pasar de noventa por cubierto. Mi madre dice que eso es imposible.", None),
        t("No es imposible. Con cóctel largo, un plato principal y la barra de dos horas os quedáis en unos ochenta y cinco. El menú de tres platos ya se va a ciento diez. Os puedo hacer una prueba de menú con los dos para que decidáis comiendo."),
        c("Ay, eso me gusta. Pero tenemos que ver otros dos sitios todavía, hoy no podemos decidir.", "think_it_over"),
        t("Claro que sí, vedlos con calma. Os mando hoy el presupuesto por escrito con las dos opciones. Solo os aviso de que los sábados de septiembre se piden mucho; si os decidís, os guardo la fecha dos semanas sin pagar nada."),
        c("Genial. Mándalo a este correo, que lo vemos esta noche con mi novio tranquilos.", None),
    ],
    [
        OPEN,
        t("¡Bienvenidas! Una boda en septiembre, qué bonito. Querréis la ceremonia en el jardín principal, ¿a que sí?"),
        c("Sí, eso sí, ceremonia civil fuera.", None),
        t("Y con ochenta invitados lo suyo es el menú Gran Cortijo de cinco platos, que es el que escogen todas las novias, ¿verdad?"),
        c("No sé, ¿cuánto es ese menú?", None),
        t("Ciento cuarenta por cubierto, barra libre de cinco horas incluida. Porque a tu familia le gusta la fiesta, ¿no? Una boda sin barra libre no es una boda, ¿a que no?"),
        c("Pues la mitad de mi familia no bebe. Y ciento cuarenta por cabeza es un disparate, en la hacienda de al lao nos lo dejaban en noventa.", "too_expensive"),
        t("Bueno, pero es vuestro día, no vais a ir a lo barato, ¿verdad? Y la fecha de septiembre la queréis asegurar ya, ¿no? Que se van volando."),
        c("Nosotras lo que queremos es ver otros sitios antes, hoy no firmamos nada.", "think_it_over"),
        t("Claro, claro. Pero os gusta el cortijo, ¿a que sí? Entonces lo lógico es dejar la señal hoy, ¿no os parece?"),
        c("Lo lógico es que nos vayamos. Gracias.", None),
    ],
))

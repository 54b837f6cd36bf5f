"""Gaming pairs c01-c10 of es_blind74 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- c01 putdown_question
OPEN = c("Buenos días. Mire usted, que me han cobrao doce euros en la cartilla de una comisión y yo no sé de qué es. Yo toa la vida he tenío la cuenta aquí y nunca me han cobrao ná.", None)
PAIRS.append(gpair(
    "esb74g_llerena_banco_comision",
    "Sucursal bancaria, Llerena (Badajoz)",
    "putdown_question",
    "Un jubilado de 80 años va a la sucursal porque le han cobrado una comisión que no entiende.",
    [
        OPEN,
        t("Buenos días, don Julián. Vamos a mirarlo ahora mismo. ¿Me deja la libreta?"),
        c("Tome. Ahí, la línea esa de abajo, la que pone comisión mantenimiento.", None),
        t("La veo. Es la comisión de mantenimiento trimestral. Antes no se la cobrábamos porque tenía aquí la pensión, y veo que desde febrero la pensión le entra en otra cuenta. ¿Cambió usted algo?"),
        c("Ah, sí, que mi hija me la pasó a otro banco porque le daban una sartén o no sé qué. Pero yo aquí quiero seguir, que aquí me conocen.", None),
        t("Entonces la comisión viene por eso. Tiene dos opciones: si vuelve a traer aquí la pensión, no le cobramos nada, y estos doce euros se los devuelvo hoy porque nadie le avisó. Si la deja en el otro banco, aquí pagaría doce euros cada tres meses. ¿Qué prefiere?"),
        c("Hombre, lo de la sartén era cosa de mi hija, no mía. Pero lo tengo que hablar con ella, que es la que me lleva los papeles.", "think_it_over"),
        t("Muy bien. Le devuelvo hoy los doce euros y le apunto en este papel las dos opciones para que se lo enseñe a su hija. Si deciden volver la pensión aquí, con que venga usted y firme, se hace en cinco minutos."),
        c("Pues muy bien, muchas gracias, hija. Así da gusto.", None),
    ],
    [
        OPEN,
        t("Buenos días. Bueno, don Julián, no se altere, que son doce euros. ¿Usted no lee las cartas que le mandamos a casa?"),
        c("¿Qué cartas? Yo no he recibío ná. Y aunque sean doce euros, son mis doce euros.", None),
        t("Todo está en las condiciones que usted firmó. ¿De verdad no sabe que si quita la pensión se le cobra mantenimiento? ¿Quién le lleva a usted las cuentas?"),
        c("Mi hija me cambió la pensión de banco. Yo no sabía que eso me iba a costar dinero aquí.", None),
        t("Ya, claro, es que a su edad estas cosas se lían, ¿no? ¿Y no le parece que la culpa es un poco de su hija, que no se informó? Si quiere evitarlo, le abrimos la cuenta Senior Plus por cuatro euros al mes, con seguro de accidentes."),
        c("¿Cuatro euros al mes pa que no me cobren doce? No, hija, eso no me interesa. Yo quiero mi dinero.", "no_need"),
        t("Pues la comisión no se devuelve, son las normas. ¿Quiere usted algo más o ya está?"),
        c("Lo que quiero es hablar con el director, que lo conozco desde que era un chiquillo.", None),
    ],
))

# ---------------------------------------------------------------- c02 not_my_department_or_read_the_terms
OPEN = c("Buenas. Mire, que el pedrisco de la semana pasada me ha destrozao el olivar, tengo la aceituna en el suelo, y di el parte el lunes y aquí no ha venío ni el perito ni nadie.", None)
PAIRS.append(gpair(
    "esb74g_estepa_siniestro_pedrisco",
    "Correduría de seguros agrarios, Estepa (Sevilla)",
    "not_my_department_or_read_the_terms",
    "Un olivarero va a la correduría porque, una semana después de dar el parte por granizo, no ha ido ningún perito.",
    [
        OPEN,
        t("Buenas, don Manuel. Lo siento mucho, me han dicho que por Estepa cayó fuerte. Dígame su nombre completo o el número de póliza y miro en qué punto está."),
        c("Manuel Reina Fernández. La póliza no la tengo aquí, la tiene mi hijo.", None),
        t("Con el nombre me basta. Veo el parte del lunes, catorce hectáreas en el polígono doce. El perito lo asigna Agroseguro, y con tormentas grandes se retrasan porque tienen muchos partes a la vez, pero yo llamo hoy a la oficina de Sevilla y pido prioridad porque tiene la aceituna en el suelo."),
        c("¿Y yo mientras qué hago? ¿Puedo recoger lo que hay en el suelo o tengo que esperar?", None),
        t("Esto es importante: no recoja ni labre hasta que vaya el perito, o por lo menos deje sin tocar unas filas de muestra en cada parcela, porque si no no pueden valorar el daño. Y haga fotos de todo hoy mismo."),
        c("Fotos ya hice, con el móvil. Oiga, pero este año la póliza me subió un montón, y si ahora me pagan una miseria el año que viene no la renuevo, se lo digo ya.", "too_expensive"),
        t("Está en su derecho, y cuando llegue la renovación lo miramos juntos con lo que le hayan pagado. Ahora lo primero es que vaya el perito. Le llamo el jueves antes de la una y le digo qué me han contestado en Sevilla."),
        c("El jueves a la una. Espero su llamada.", None),
    ],
    [
        OPEN,
        t("Buenas. Entiendo su frustración y valoro mucho que nos lo cuente. Pero mire, lo de los peritos no es cosa nuestra, eso es de Agroseguro."),
        c("¿Cómo que no es cosa vuestra? Si el seguro lo hice aquí, con usted sentao en esa misma mesa.", None),
        t("Sí, nosotros somos la correduría, pero la peritación la llevan ellos. Yo ahí no puedo meter mano. Tiene que esperar a que le llamen."),
        c("¿Y mientras qué hago, dejo la aceituna pudriéndose en el suelo? ¿La puedo recoger?", None),
        t("Eso viene todo en las condiciones generales de la póliza, en el apartado de siniestros. Le recomiendo que lo lea con calma."),
        c("¿Que me lo lea yo? Son cuarenta páginas con la letra chica. Pa eso le pago a usted.", None),
        t("Yo no hago las normas, don Manuel. Y ahora que está aquí, la renovación del año que viene sube un ocho por ciento. ¿Se la dejo preparada?"),
        c("¿Encima? Si me habéis dejao tirao. Ni renovación ni ná, que con vosotros ya he tenido bastante. El año que viene me voy a otra correduría.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- c03 social_proof_or_deadline_pressure
OPEN = c("¿Quién es?... Ah, ¿de la luz? Yo ya tengo la luz, hijo, con la de siempre.", "no_need")
PAIRS.append(gpair(
    "esb74g_caceres_tarifa_luz_puerta",
    "Comercializadora de electricidad, venta puerta a puerta en un barrio de Cáceres",
    "social_proof_or_deadline_pressure",
    "Un comercial llama a la puerta de una señora mayor que vive sola y paga poca luz.",
    [
        OPEN,
        t("Buenas tardes, señora. Soy Iván, de una comercializadora, llevo la tarjeta aquí colgada. No le vengo a cambiar nada hoy. Solo le pregunto: ¿está usted contenta con lo que paga de luz?"),
        c("Contenta no, que cada vez es más. Pero no me fío, que a mi vecina le cambiaron la compañía sin que se enterara, uno que vino como tú.", "bad_experience"),
        t("Hace bien en no fiarse, eso ha pasado mucho. Le propongo una cosa: no firme nada conmigo hoy. Si quiere, miro aquí en la puerta su última factura, le digo qué tarifa tiene y si le puedo mejorar algo, y se lo apunto en un papel."),
        c("Bueno, mírala, pero sin firmar ná, ¿eh? Espérate que la busco.", None),
        t("Sin firmar nada. Mire, tiene la tarifa regulada y gasta poquito; con la nuestra se ahorraría unos tres euros al mes, poca cosa. Lo que sí le digo es que con su pensión igual le corresponde el bono social, y ahí sí ahorraría un buen pellizco. ¿Lo tiene pedido?"),
        c("¿El bono ese? No sé, mi hijo dijo de mirarlo pero no lo hizo.", None),
        t("Pues eso le compensa mucho más que cambiarse conmigo. Se pide en su compañía de ahora, con el DNI y el papel de la pensión. Le dejo mi tarjeta y apuntado lo del bono; si su hijo quiere que miremos algo, que me llame."),
        c("Ay, qué majo. Gracias, hijo, se lo digo a mi Juan esta noche.", None),
    ],
    [
        OPEN,
        t("Buenas tardes, señora. Precisamente vengo porque todos sus vecinos del bloque ya se han cambiado con nosotros, el del primero, la del segundo... Solo falta usted. ¿Qué le parece si lo vemos?"),
        c("¿Toos? Pues la Paqui del segundo no me ha dicho ná. Y yo no me fío, que a mi vecina de antes le cambiaron la compañía sin enterarse.", "bad_experience"),
        t("Entiendo su preocupación, pero esto es distinto. La oferta de hoy es la última, mañana ya no existe, y en el barrio se está cambiando todo el mundo. ¿Me enseña la factura y se lo hago en cinco minutos?"),
        c("Mira, hijo, yo esto no lo decido sola. Vuelve cuando esté mi hijo.", "think_it_over"),
        t("Es que mañana ya no paso por aquí, y el precio sube a final de mes. Sus vecinos firmaron ayer sin esperar a nadie. No querrá ser la única del bloque que paga de más, ¿no?"),
        c("Que no, que no. Que tengo la olla puesta. Adiós.", "no_time"),
    ],
))

# ---------------------------------------------------------------- c04 keyword_stuffed
OPEN = c("Hola, buenas. Mire, le llamo porque mi padre tiene principio de alzhéimer y mi hermana y yo trabajamos los dos. Estamos mirando centros de día y nos han hablao del suyo.", None)
PAIRS.append(gpair(
    "esb74g_huelva_centro_dia_mayor",
    "Centro de día para mayores, Huelva capital",
    "keyword_stuffed",
    "Un hijo llama para informarse de un centro de día para su padre con alzhéimer leve que pasa el día solo.",
    [
        OPEN,
        t("Hola, buenas. Gracias por llamar. ¿Cómo está su padre en el día a día? ¿Se vale solo para comer, vestirse, caminar?"),
        c("Camina bien y come solo. Lo que pasa es que se despista; el otro día se dejó el gas encendío y se fue a la calle. Y se pasa el día solo en casa, en el Molino de la Vega.", None),
        t("Entiendo: lo que les preocupa es que está solo muchas horas y se despista. Tenemos plazas de ocho a cinco, con transporte que lo recoge en casa, y hacemos talleres de memoria, paseo y comida. ¿Qué horario necesitarían ustedes?"),
        c("De ocho a tres nos vale, que mi hermana sale a las tres. ¿Y eso cuánto cuesta? Que con la pensión de mi padre no da pa mucho.", None),
        t("La plaza privada de ocho a tres con transporte son seiscientos cincuenta al mes. También pueden pedir a la Junta una plaza concertada por dependencia; tarda unos meses, pero pagarían mucho menos. Les puedo explicar cómo se pide."),
        c("Seiscientos cincuenta es mucho pa nosotros. Lo de la Junta sí, explíquemelo. Aunque no sé si mi padre va a querer ir, que es muy suyo.", "no_money"),
        t("Es muy normal que al principio no quieran. Lo que hacemos es que venga un día de prueba, gratis, con alguno de ustedes, y vea el ambiente. Y les mando por WhatsApp los papeles de la dependencia. ¿Les vendría bien un día de la semana que viene?"),
        c("El miércoles me puedo coger yo la mañana. Lo llevo el miércoles.", None),
    ],
    [
        OPEN,
        t("Hola. Entiendo perfectamente cómo se sienten y valoro mucho que confíen en nosotros. Para nosotros lo más importante es la experiencia del usuario y de la familia, y construir una relación de confianza basada en sus necesidades. ¿Cómo se sienten ustedes con esta situación?"),
        c("Pues agobiaos, la verdad. Mi padre se dejó el gas encendío el otro día.", None),
        t("Comprendo su preocupación y su necesidad. Nuestro éxito se basa en entender de verdad a cada familia y acompañarla en todo el proceso, con un enfoque integral centrado en la persona. ¿Qué significa para ustedes el bienestar de su padre?"),
        c("Significa que no se queme la casa, hombre. ¿Tienen plaza, qué horario tienen, cuánto vale?", None),
        t("Excelente pregunta. Sentimos que cada familia es única y que la relación con ustedes es lo primero. Nuestra propuesta es ofrecer una experiencia de éxito adaptada a sus necesidades. ¿Siente que conectamos con lo que busca?"),
        c("Lo que siento es que no me ha dicho ni un precio. Mire, no tengo tiempo pa esto, que estoy en el trabajo.", "no_time"),
        t("Lo entiendo perfectamente y respeto sus tiempos. ¿Le mando nuestro dossier de valores para que lo lea tranquilamente con su familia?"),
        c("Mándelo si quiere, pero ya buscaremos otro centro.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c05 rude
OPEN = c("Hola, buenas tardes, ¿es el restaurante del paseo? Quería reservar pa el sábado a mediodía, somos diez, con cuatro niños, y uno de ellos es celíaco.", None)
PAIRS.append(gpair(
    "esb74g_chipiona_restaurante_reserva",
    "Restaurante de pescado frito en el paseo marítimo, Chipiona (Cádiz)",
    "rude",
    "Una madre llama en agosto para reservar mesa para diez con un niño celíaco.",
    [
        OPEN,
        t("Buenas tardes, sí, dígame. Diez personas el sábado a mediodía, cuatro niños. ¿A qué hora les vendría bien?"),
        c("Sobre las dos y media, que venimos de la playa. ¿Y lo del celíaco cómo lo hacéis? Que en otro sitio el año pasado el niño se puso malísimo.", "bad_experience"),
        t("Lo entiendo, con un niño celíaco hay que tener cuidado. El pescado lo freímos en una freidora aparte con harina sin gluten, y tenemos pan sin gluten. Lo que no le puedo asegurar es la tortillita de camarones, que va en la freidora normal. ¿Qué suele comer el niño?"),
        c("Pescaíto, sobre to los chocos y el adobo. La tortillita da igual, que no le gusta.", None),
        t("Pues los chocos y el adobo se los hacemos en la freidora sin gluten; lo dejo apuntado en la reserva para que la cocina lo sepa. A las dos y media tengo mesa dentro; fuera, en la terraza, ya no me queda para diez."),
        c("Uy, dentro... Con este calor y cuatro niños dentro... Déjeme que lo pregunte a los demás, a ver qué dicen.", "think_it_over"),
        t("Claro. Dentro tenemos aire acondicionado, eso sí. Le guardo la mesa hasta las nueve de esta noche; si me llama antes y me dice que sí, queda confirmada. ¿A nombre de quién?"),
        c("A nombre de Inma. Antes de las nueve le digo, seguro.", None),
    ],
    [
        OPEN,
        t("A ver, señora, es agosto, ¿usted ha visto cómo está Chipiona? ¿Diez personas un sábado? ¿Qué necesita exactamente?"),
        c("Pues eso, una mesa pa diez a las dos y media. Y uno de los niños es celíaco.", None),
        t("Celíaco. Ya. Todo el mundo es celíaco ahora. Aquí hay lo que hay; si quiere carta sin gluten, se va a un restaurante de esos modernos."),
        c("Oiga, que mi hijo es celíaco de verdad, con diagnóstico, no es una moda.", None),
        t("Bueno, pues se lo apunto y ya verá la cocina. ¿Dentro o fuera? Fuera no hay, ¿eh? Se lo digo antes de que me pregunte."),
        c("¿Dentro con cuatro niños y este calor? Pues no sé, lo tendría que preguntar a los demás.", "think_it_over"),
        t("Pues pregúntelo rápido, que tengo la línea llena y la mesa no se la voy a guardar toda la tarde. ¿Reserva o no reserva?"),
        c("Mire, no. Con ese trato no vuelvo a llamar. Adiós.", None),
    ],
))

# ---------------------------------------------------------------- c06 ignored_customer
OPEN = c("Buenos días. Le llamo de una almazara de Priego. Tenemos que mandar seis palés de aceite embotellado a un cliente de Múnich, y el último transportista nos los entregó con botellas rotas. Quiero presupuesto, pero sobre to quiero saber cómo lo cargáis.", "bad_experience")
PAIRS.append(gpair(
    "esb74g_priego_transporte_aceite",
    "Empresa de transporte internacional por carretera; cliente: almazara de Priego de Córdoba",
    "ignored_customer",
    "La responsable de logística de una almazara pide presupuesto para mandar seis palés de aceite en botella a Alemania tras una mala experiencia con roturas.",
    [
        OPEN,
        t("Buenos días. Seis palés a Múnich, y les preocupa la rotura porque ya les pasó. ¿Qué pasó exactamente la otra vez? ¿Fue en la carga, en un transbordo?"),
        c("Fue en un transbordo en Barcelona, que pasaron los palés de un camión a otro con la carretilla y los apilaron encima de otra mercancía.", None),
        t("Entonces lo importante es que vaya sin transbordos y sin remontar palés. Podemos mandarlo en camión completo directo desde Priego, o en grupaje, que es más barato pero lleva transbordo en nuestra plataforma de Madrid. Para seis palés de vidrio, yo iría directo. ¿Qué plazo tienen?"),
        c("El cliente lo quiere pa antes del día veinte. ¿Y el directo cuánto sale?", None),
        t("El camión completo directo a Múnich son dos mil novecientos euros, entrega en tres días, los palés sin remontar y con etiqueta de frágil. El grupaje serían mil seiscientos, pero con el transbordo no le puedo garantizar lo mismo."),
        c("Dos mil novecientos se me dispara, el otro me cobraba dos mil. Y el grupaje después de lo que pasó, ni loca.", "too_expensive"),
        t("Lo entiendo. Hay una opción intermedia: si en la misma semana tenemos otra carga ligera para Alemania, sus seis palés comparten camión, sin transbordo y sin nada encima, y baja a unos dos mil trescientos. Le mando las tres opciones por correo hoy para que las vea su gerente."),
        c("Eso está mejor. Mándamelo al correo de logística y el lunes te digo algo.", None),
    ],
    [
        OPEN,
        t("Buenos días. Encantado. Cuénteme, ¿qué es lo que más valora usted en un transportista?"),
        c("Que no me rompan las botellas, ya se lo he dicho. La última vez, en un transbordo en Barcelona, nos rompieron medio palé.", None),
        t("Perfecto. Nosotros tenemos la red de grupaje más grande del sur, con salidas diarias a toda Europa a través de nuestra plataforma de Madrid. ¿Qué otra cosa es importante para usted?"),
        c("Pero el grupaje lleva transbordo, ¿no? Es justo lo que no quiero.", None),
        t("El grupaje a Múnich son mil seiscientos, el precio más competitivo del mercado. ¿Tiene alguna otra preocupación?"),
        c("La misma, hombre. ¿Me garantiza que no remontan los palés ni los cambian de camión?", None),
        t("Muy buena pregunta. Le mando el contrato de grupaje, me lo devuelve firmado y el lunes recogemos en Priego. ¿Le parece bien?"),
        c("No, no me parece bien. Ya nos rompieron una vez el aceite por esto y no vuelvo a pasar por lo mismo. Busco otro.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- c07 repeated_questions
OPEN = c("buenas, queria info del curso de fitosanitarios nivel basico. lo necesito pa la campaña, q sin el carnet no me dejan echar en la finca donde trabajo", None)
PAIRS.append(gpair(
    "esb74g_villafranca_curso_fitosanitarios",
    "Centro de formación agraria, Villafranca de los Barros (Badajoz); consulta por WhatsApp",
    "repeated_questions",
    "Un trabajador de una finca de viña pide información por WhatsApp del curso básico de aplicador de fitosanitarios.",
    [
        OPEN,
        t("Buenas! Claro. El básico son 25 horas. ¿Tienes fecha límite? ¿Para cuándo te lo piden en la finca?"),
        c("pa marzo como muy tarde, q empiezan los tratamientos de la viña", None),
        t("Perfecto, llegas bien. Tenemos un grupo en febrero por las tardes, de 5 a 9 aquí en Villafranca, y otro online con dos sesiones presenciales para el examen. ¿Qué te viene mejor con tu trabajo?"),
        c("las tardes no puedo, q salgo de la finca a las 6. online mejor pero no se si me voy a apañar, no soy mucho de estudiar", None),
        t("Es normal. El online es con vídeos cortos y test, y hay un tutor por WhatsApp para dudas; si te atascas, puedes venir a una sesión presencial extra sin coste. El curso son 90 € y muchas veces la finca lo paga o lo bonifica. ¿Se lo has preguntado al encargado?"),
        c("no, no le he dicho na. 90 pavos me viene un poco justo este mes", "no_money"),
        t("Pregúntale, porque muchas explotaciones lo bonifican con los créditos de formación de la Seguridad Social y a ti te sale gratis. Te mando ahora la ficha del curso para que se la enseñes, y te reservo plaza en el online de febrero sin pagar hasta que me digas."),
        c("vale guay, se lo enseño mañana al encargado y te digo", "think_it_over"),
    ],
    [
        OPEN,
        t("Buenas! Qué bien que te intereses. Cuéntame, ¿cuál es tu objetivo con este curso?"),
        c("sacarme el carnet, pa poder echar productos en la finca", None),
        t("Genial. ¿Y qué te gustaría conseguir al terminar la formación?"),
        c("el carnet, ya te lo he dicho jaja", None),
        t("Claro. Y para entender bien tu necesidad, ¿qué te motiva a hacer el curso ahora?"),
        c("q me lo piden pa marzo en la finca. teneis grupo o no?", None),
        t("Tenemos varios. Antes de nada, ¿qué esperas exactamente de nosotros como centro de formación?"),
        c("q me digais fechas y precio, q es lo q te pregunto desde el principio", None),
        t("Perfecto. Y entonces, resumiendo, ¿cuál dirías que es tu objetivo principal con el curso?"),
        c("tio paso, me apunto en la cooperativa q tb lo dan", None),
    ],
))

# ---------------------------------------------------------------- c08 wrong_paraphrase
OPEN = c("Buenas, mire, le llamo de la asociación de jubilados de Lepe. Queremos hacer una excursión a Jerez en octubre y ver una bodega. Seríamos unos treinta.", None)
PAIRS.append(gpair(
    "esb74g_jerez_bodega_visita_grupo",
    "Bodega con visitas turísticas, Jerez de la Frontera (Cádiz)",
    "wrong_paraphrase",
    "El presidente de una asociación de jubilados de Huelva organiza una visita a una bodega para unos treinta socios.",
    [
        OPEN,
        t("Buenas, encantada. Treinta personas en octubre, de la asociación de Lepe. ¿Qué día les vendría bien y cómo vienen, en autobús?"),
        c("En autobús, el jueves dieciséis. Llegaríamos sobre las once. Y el almuerzo lo tenemos apalabrao en una venta, eso ya está.", None),
        t("Perfecto, entonces solo visita, sin comida. Una cosa: el recorrido normal tiene escaleras en la zona de las botas antiguas. ¿Hay alguien con problemas de movilidad?"),
        c("Tres o cuatro van con bastón, y una señora en silla. Y muchos no beben, que hay diabéticos y tal.", None),
        t("Entonces les preparo la visita por la ruta con rampa, sin escaleras, y en la cata ponemos dos vinos y mosto o zumo para quien no beba. Son quince euros por persona, y con grupos de más de veinticinco la persona que organiza entra gratis."),
        c("Quince euros... Algunos socios van muy justos con la pensión, no sé yo si me lo van a pagar todos.", "no_money"),
        t("Lo entiendo. Hay una visita sin cata a nueve euros, que ve la bodega igual pero sin los vinos. Se puede mezclar: quien quiera cata paga quince y quien no, nueve. ¿Le mando las dos opciones para que lo comente en la asociación?"),
        c("Eso es buena idea. Mándemelo, que el martes tenemos junta y lo votamos.", "think_it_over"),
    ],
    [
        OPEN,
        t("¡Buenas! Perfecto. Entonces, si lo he entendido bien, serían unas treinta parejas para la visita VIP con almuerzo maridaje, ¿verdad?"),
        c("No, no, treinta personas, no treinta parejas. Y el almuerzo ya lo tenemos en una venta.", None),
        t("Claro. Entonces lo que me dice es que quieren la experiencia más completa, con cata de ocho vinos y visita a las bodegas antiguas. ¿Lo he entendido bien?"),
        c("Pues no, porque muchos no beben, y hay gente con bastón y una señora en silla. Yo no he hablao de ocho vinos.", None),
        t("Perfecto, entonces resumiendo: un grupo activo que quiere la visita completa por las escaleras de la bodega histórica, a treinta y cinco euros por persona. ¿Correcto?"),
        c("¿Activo? Si somos jubilaos. Y treinta y cinco euros por ver una bodega es una barbaridad, en la de al lao nos cobran quince.", "too_expensive"),
        t("Entiendo. Lo que escucho es que el precio les preocupa pero que valoran la calidad por encima de todo. ¿Les hago la reserva para treinta?"),
        c("Lo que escucha usted es otra conversación. Ya llamaremos a otra bodega.", None),
    ],
))

# ---------------------------------------------------------------- c09 pitch_to_upset
OPEN = c("Hola... perdona. Es que mi perro, el Coco, se ha muerto esta noche en casa. Tenía catorce años. Y no sé qué tengo que hacer con él, ni a quién llamar.", None)
PAIRS.append(gpair(
    "esb74g_nervion_veterinaria_perro_fallecido",
    "Clínica veterinaria, barrio de Nervión (Sevilla)",
    "pitch_to_upset",
    "Una clienta llama a primera hora porque su perro de catorce años ha muerto en casa durante la noche.",
    [
        OPEN,
        t("Lo siento muchísimo. Catorce años con Coco es toda una vida. Tranquila, no tienes que hacer nada deprisa. ¿Estás sola en casa ahora?"),
        c("Con mi hijo, que tiene doce años y está destrozao. Yo también, vaya.", None),
        t("Es normal. Te explico las opciones con calma. Nosotros nos podemos encargar de la incineración: la colectiva cuesta ochenta euros, y la individual, en la que te devuelven las cenizas, ciento noventa. No hace falta que lo decidas ahora. Si quieres, lo recogemos nosotros de casa."),
        c("La individual, creo... mi hijo quiere tener las cenizas. Aunque ciento noventa ahora mismo... bueno, da igual, es el Coco.", None),
        t("Si te viene mejor se puede pagar en dos veces, no te preocupes por eso hoy. Pasamos a recogerlo a las doce, si te va bien. Y si tu hijo quiere despedirse antes, que lo haga tranquilo, que nosotros esperamos."),
        c("A las doce está bien. Gracias, de verdad.", None),
        t("De nada. Te llamamos cuando estén las cenizas, en unos diez días. Un abrazo para los dos."),
        c("Gracias. Otro pa ti.", None),
    ],
    [
        OPEN,
        t("Lo siento mucho, de verdad, entiendo perfectamente lo que estás viviendo. Mira, te cuento: para la incineración tenemos el pack Recuerdo, con urna de madera grabada, huella en arcilla y un colgante con cenizas, por trescientos cuarenta euros. ¿Qué te parece?"),
        c("No sé... yo solo quiero saber qué hago con él. No estoy pa mirar packs ahora.", "no_time"),
        t("Claro, claro. Y piensa también que tu hijo seguro que va a necesitar otra mascota para superarlo. Tenemos un plan de salud para cachorros desde doce euros al mes, con vacunas incluidas. ¿Habéis pensado en otro perro?"),
        c("¿Otro perro? Si el Coco todavía está en la alfombra. ¿Tú me estás escuchando?", None),
        t("Perdona, solo quería ayudarte a ver el futuro con ilusión. Entonces, ¿te reservo el pack Recuerdo y te lo paso a la tarjeta?"),
        c("Trescientos cuarenta por una urna no, eso es un abuso. Dime solo lo básico, lo que cuesta incinerarlo y que me devuelvan las cenizas.", "too_expensive"),
        t("Lo básico es la individual, ciento noventa, pero sin urna personalizada, ¿eh? Mucha gente luego se arrepiente de no haber cogido el pack."),
        c("Me da igual. Llamo a otra clínica. Qué falta de respeto.", None),
    ],
))

# ---------------------------------------------------------------- c10 blame
OPEN = c("Buenas, pisha. Que la moto que me vendisteis hace tres semanas no arranca. Le doy al botón y hace clic clic y ná.", None)
PAIRS.append(gpair(
    "esb74g_sanlucar_moto_no_arranca",
    "Tienda de motos con taller, Sanlúcar de Barrameda (Cádiz)",
    "blame",
    "Un cliente llama porque el scooter nuevo que compró hace tres semanas no arranca.",
    [
        OPEN,
        t("Buenas. Vaya, con tres semanas eso no tiene que pasar. Está en garantía, no te preocupes. ¿Hace clic y no gira el motor, o gira pero no arranca?"),
        c("Hace clic y no gira ná. Y las luces se ven flojillas.", None),
        t("Eso huele a batería. A veces vienen con poca carga de fábrica, y si la moto se usa para trayectos muy cortos no le da tiempo a cargarse. ¿Qué trayectos haces con ella?"),
        c("Pues de mi casa al trabajo, en el Barrio Bajo, cinco minutos. Y los findes no la toco.", None),
        t("Puede venir de ahí, pero la batería te la revisamos y, si está mal, te la cambiamos en garantía sin coste. ¿Puedes traerla, o te mandamos la grúa?"),
        c("Traerla no, que no arranca. Y mañana trabajo to el día, no puedo estar esperando a la grúa.", "no_time"),
        t("Sin problema. Dejas las llaves con quien tú digas, o la recogemos el sábado por la mañana. Y cuando te la devolvamos te dejo prestado un cargador de mantenimiento, para que la enchufes si la vas a tener parada."),
        c("El sábado por la mañana perfecto, que estoy en casa. Gracias, quillo.", None),
        t("A ti. Pásame por WhatsApp la dirección y una foto de dónde está aparcada, que el de la grúa no se pierda por el Barrio Bajo."),
        c("Ahora te la mando. Está en la calle de atrás de la plaza del Cabildo.", None),
    ],
    [
        OPEN,
        t("Buenas. A ver, eso normalmente es por el uso. ¿Tú la dejas en la calle? Porque con la humedad de Sanlúcar, si no la guardas, es normal que pase."),
        c("Hombre, en la calle la dejo, como to el mundo aquí. No tengo cochera.", None),
        t("Pues ahí tienes el problema. Y seguramente la usas para trayectos de cinco minutos, ¿no? Eso no es culpa de la moto, es del uso que le das. ¿Te has leído el manual?"),
        c("¿El manual? Me la vendisteis vosotros diciendo que era pa moverse por el pueblo. Tiene tres semanas, pisha, tiene que arrancar.", None),
        t("Ya, pero la garantía no cubre el mal uso. Si la traes, el diagnóstico son treinta y cinco euros. Y te recomiendo el cargador inteligente, cincuenta euros, y así no te vuelve a pasar por descuido."),
        c("¿Y encima pagar? Cargador no quiero ninguno, lo que quiero es que me arregléis lo que me habéis vendío.", "no_need"),
        t("Pues entonces no te puedo ayudar. Si quieres reclamar, tienes las condiciones de la garantía en el contrato."),
        c("Pues a consumo que voy. Y a mi cuñao, que quería una moto, le digo que aquí ni se le ocurra.", None),
    ],
))

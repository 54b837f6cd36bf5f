"""Ranked pairs f01-f10: both sides share every turn (same Python objects) except one fault in `worse`
and the customer's reaction to it (written by hand)."""
from common import c, rpair, t

PAIRS = []

# f01 - fault: drops the price before asking anything.
F01_C0 = c("Hola. Me han dado presupuesto en el oficial para cambiar el embrague y me piden 1.100 euros. Quería ver qué me cobraríais aquí.", None)
F01_T3 = t("Con esos síntomas sí suena a embrague gastado. Lo suyo es cambiar el kit completo, y el volante bimasa solo si hace ruido, que es lo que encarece. Déjamelo una mañana, lo miro y te doy el precio cerrado antes de tocar nada.")
F01_C4 = c("Vale, pero esta semana no puedo dejarlo, que lo necesito para trabajar. ¿La que viene?", "no_time")
F01_T5 = t("El martes que viene a primera hora. Si te hace falta, te acerco al tranvía y a las dos lo tienes mirado.")
F01_C6 = c("Hecho. El martes a las ocho.", None)
PAIRS.append(rpair(
    "esb71r_f01_zaragoza_taller_embrague",
    "Taller independiente en Valdefierro, Zaragoza. Una clienta compara el presupuesto de embrague del servicio oficial.",
    better=[
        F01_C0,
        t("Hola. Antes de darte un precio, ¿qué le notas al embrague? ¿Y qué coche es y cuántos kilómetros tiene?"),
        c("Un León del 2015, con 160.000 kilómetros. Patina en tercera subiendo la cuesta de Valdefierro, y el pedal lo tengo muy alto.", None),
        F01_T3, F01_C4, F01_T5, F01_C6,
    ],
    worse=[
        F01_C0,
        t("Hola. Pues te lo dejamos en 800, que el oficial siempre se pasa. ¿Te lo cojo el lunes?"),
        c("¿800 así, sin verlo? Si no sabes ni qué coche es. Es un León del 2015, con 160.000 kilómetros, y patina en tercera subiendo la cuesta de Valdefierro.", None),
        F01_T3, F01_C4, F01_T5, F01_C6,
    ],
))

# f02 - fault: doubts the customer's honesty.
F02_C0 = c("Buenos días. Llamo para dar un parte, que me han entrado a robar en el trastero del garaje. Se han llevado las dos bicis de los críos y una de carretera mía.", None)
F02_T1 = t("Buenos días, siento lo del robo. ¿Cuándo ha sido y ha puesto ya la denuncia?")
F02_C2 = c("Anoche o esta madrugada. La denuncia la he puesto esta mañana en la Policía Foral, tengo la copia.", None)
F02_T5 = t("Mándeme la factura, las fotos y la denuncia al correo de siniestros. Su póliza cubre robo en trastero hasta 3.000 euros, con una franquicia de 150. El perito le llamará esta semana.")
F02_C6 = c("Vale. ¿Y tardan mucho en pagar? Porque los críos van al cole en bici y este mes no me sobra para comprar otras.", None)
F02_T7 = t("Con todo el papeleo, dos o tres semanas desde que pase el perito. Le mando ahora el número del parte por SMS.")
PAIRS.append(rpair(
    "esb71r_f02_pamplona_seguro_hogar_bicis",
    "Aseguradora, línea de siniestros de hogar, Pamplona. Un padre da parte del robo de tres bicicletas del trastero.",
    better=[
        F02_C0, F02_T1, F02_C2,
        t("Perfecto, con la copia vamos bien. ¿Tiene facturas o fotos de las bicis? La de carretera sobre todo, si era de valor."),
        c("De la mía tengo la factura en el correo, 1.400 euros. De las de los críos, fotos nada más.", None),
        F02_T5, F02_C6, F02_T7,
    ],
    worse=[
        F02_C0, F02_T1, F02_C2,
        t("Ya... tres bicis de golpe. ¿Y la de carretera estaba de verdad en el trastero? Porque últimamente nos entran muchos partes de bicis caras, ya me entiende."),
        c("¿Cómo que de verdad? ¿Me está llamando mentiroso? De la mía tengo la factura en el correo, 1.400 euros, y de las de los críos, fotos.", None),
        F02_T5, F02_C6, F02_T7,
    ],
))

# f03 - fault: argues with the customer.
F03_C0 = c("Hola. Quería darme de baja, que llevo dos meses sin venir y no le veo sentido a pagar.", None)
F03_T1 = t("Vale, te la tramito sin problema. Por curiosidad, ¿por qué has dejado de venir? Por si hay algo que podamos mejorar.")
F03_C2 = c("Pues que cambié de turno en la fábrica y ahora salgo a las diez de la noche. Y a esa hora ya habéis cerrado.", None)
F03_T5 = t("Vale. Te tramito la baja con fecha de hoy, y este mes ya no se te cobra. Si vuelves a cambiar de turno, la matrícula te la perdonamos.")
F03_C6 = c("Gracias. Pues igual en primavera, que nos vuelven a rotar.", None)
PAIRS.append(rpair(
    "esb71r_f03_logrono_gimnasio_baja_turno",
    "Gimnasio en Logroño. Un socio que ha cambiado de turno en la fábrica viene a darse de baja.",
    better=[
        F03_C0, F03_T1, F03_C2,
        t("Claro, así no hay manera. Te cuento una cosa por si te sirve: la cuota de mañanas es más barata, 24 en vez de 38, y abrimos a las siete. Si no te encaja, te doy de baja ahora mismo."),
        c("Por la mañana duermo, que llego a casa a las once. No, gracias, déjalo.", "no_need"),
        F03_T5, F03_C6,
    ],
    worse=[
        F03_C0, F03_T1, F03_C2,
        t("Bueno, pero eso no es excusa, ¿eh? Por la mañana también se puede venir, al final es cuestión de organizarse. La cuota de mañanas es 24 y abrimos a las siete."),
        c("Oye, que yo ya sé cómo me organizo. Por la mañana duermo, que llego a casa a las once. No, déjalo.", "no_need"),
        F03_T5, F03_C6,
    ],
))

# f04 - fault: unexplained jargon.
F04_C0 = c("Buenas, vengo a por información del híbrido que tienen en el escaparate. Es que yo no entiendo mucho de esto, hasta ahora siempre diésel.", None)
F04_T1 = t("Buenas. Sin problema. ¿Qué uso le da al coche, cuántos kilómetros hace al año más o menos?")
F04_C2 = c("Unos quince mil. Burgos ciudad y los fines de semana a Aranda, a ver a mi madre.", None)
F04_T5 = t("No hace falta enchufarlo, se carga solo. Y para sus quince mil kilómetros, con tanta ciudad, le compensa frente al diésel. ¿Quiere probarlo por la ronda y un trozo de autovía?")
F04_C6 = c("Hoy no, que he dejado a la nieta en la piscina y tengo que ir a por ella. El sábado igual.", "no_time")
F04_T7 = t("El sábado a las once le tengo el coche preparado. Le apunto el nombre y el teléfono.")
PAIRS.append(rpair(
    "esb71r_f04_burgos_concesionario_hibrido",
    "Concesionario en Burgos. Un hombre de unos sesenta años, que siempre ha tenido diésel, pregunta por un híbrido del escaparate.",
    better=[
        F04_C0, F04_T1, F04_C2,
        t("Le explico la diferencia, que es sencilla: este híbrido no se enchufa. Lleva un motor eléctrico pequeño que se carga solo al frenar y ayuda en ciudad, así que en Burgos gastará bastante menos que un diésel. En la autovía a Aranda, parecido."),
        c("Ah, vale, que no hay que enchufarlo. Eso me quita un problema, que vivo en un piso sin garaje.", None),
        F04_T5, F04_C6, F04_T7,
    ],
    worse=[
        F04_C0, F04_T1, F04_C2,
        t("Pues mire, este es un full hybrid, no un PHEV ni un MHEV, con batería de 1,3 kWh y e-CVT. En WLTP homologa 4,6, y con la frenada regenerativa en ciudad recupera mucho."),
        c("Perdone, pero no le he entendido nada. ¿Eso se enchufa o no? Porque vivo en un piso sin garaje.", None),
        F04_T5, F04_C6, F04_T7,
    ],
))

# f05 - fault: over-promises.
F05_C0 = c("Hola, mira, quería información de la ortodoncia invisible para mí. Tengo treinta y ocho años y los dientes de abajo se me han ido montando.", None)
F05_T1 = t("Hola. Claro. ¿Llevaste aparato de pequeña, o sería la primera vez?")
F05_C2 = c("Llevé de cría, hasta los quince, pero luego no me puse el retenedor y mira.", None)
F05_T5 = t("Según el caso, entre 2.500 y 4.000, y se puede pagar en cuotas. Después del estudio te damos el plan y el precio cerrado por escrito.")
F05_C6 = c("Uf, hasta 4.000... Déjame pensarlo y ya os llamo para lo del estudio.", "think_it_over")
F05_T7 = t("Claro. Te mando por WhatsApp la información y el precio del estudio, para que lo tengas a mano.")
PAIRS.append(rpair(
    "esb71r_f05_santander_dental_alineadores",
    "Clínica dental en Santander. Una mujer de 38 años pregunta por ortodoncia invisible porque los dientes se le han movido tras dejar el retenedor.",
    better=[
        F05_C0, F05_T1, F05_C2,
        t("Pasa mucho. Para saber si te valen los alineadores hace falta un escáner y que lo vea la ortodoncista; en casos leves suelen ser de seis a doce meses, pero hasta verte no te puedo decir más. El estudio son 50 euros y se descuentan si empiezas."),
        c("Vale. ¿Y de precio total, más o menos? Para hacerme una idea.", None),
        F05_T5, F05_C6, F05_T7,
    ],
    worse=[
        F05_C0, F05_T1, F05_C2,
        t("Pues eso con alineadores en tres meses lo tienes perfecto, te lo garantizo. Lo hacemos muchísimo y queda como nuevo."),
        c("¿Tres meses? Pues en otra clínica me dijeron un año mínimo... Bueno, ¿y de precio, más o menos?", None),
        F05_T5, F05_C6, F05_T7,
    ],
))

# f06 - fault: an unasked lecture.
F06_C0 = c("Hola, ¿tenéis algún vino sin mucho grado? Es para mi mujer, que está con medicación y el médico le ha dicho que beba poco.", None)
F06_T1 = t("Hola. Sí, hay opciones. ¿Le gusta más el tinto o el blanco? ¿Y es para alguna comida en concreto?")
F06_C2 = c("Tinto, siempre tinto. Es para el domingo, que viene la familia a comer cordero.", None)
F06_T5 = t("Son 9,50 la botella. Si quiere, le pongo también una de crianza para el resto de la familia, que con el cordero se agradece.")
F06_C6 = c("No, crianza ya tengo en casa, que mi cuñado es de Briones y nos trae. Con dos del joven me apaño.", "no_need")
F06_T7 = t("Perfecto, dos del joven. Que aproveche el domingo.")
PAIRS.append(rpair(
    "esb71r_f06_haro_tienda_vino_poco_grado",
    "Tienda de vinos en Haro. Un señor busca un tinto de poco grado para su mujer, que está con medicación, para una comida familiar.",
    better=[
        F06_C0, F06_T1, F06_C2,
        t("Para cordero y con poco grado tengo un tinto joven de 12,5, ligero, que va muy bien con asados. Y si quiere algo sin nada de alcohol, hay un tinto desalcoholizado de una bodega de aquí que no está mal."),
        c("El de 12,5 me parece bien. El sin alcohol no, que mi mujer dice que eso es mosto.", "no_need"),
        F06_T5, F06_C6, F06_T7,
    ],
    worse=[
        F06_C0, F06_T1, F06_C2,
        t("Mire, le voy a decir una cosa: el grado no es lo que importa. Lo que hace daño es la cantidad, y mucha gente piensa que con menos grado puede beber más, y es un error. Y con medicación manda el médico, no el vino. Dicho esto, tengo un joven de 12,5 que va bien con cordero."),
        c("Ya, si eso ya lo sé, no hace falta que me lo explique. A ver ese de 12,5.", None),
        F06_T5, F06_C6, F06_T7,
    ],
))

# f07 - fault: a vague next step.
F07_C0 = c("Buenas, os llamo por la fachada. Tenemos una casa en Barbastro y con las heladas se está cayendo el revoco por la parte norte.", None)
F07_T1 = t("Buenas. ¿Cuántos metros es la parte afectada, más o menos, y la casa es de una planta o de varias?")
F07_C2 = c("Es de dos plantas. La pared norte entera, igual diez metros de largo. Y hay unas grietas que no sé si son de la helada o de otra cosa.", None)
F07_T3 = t("Las grietas hay que verlas, porque si son estructurales cambia el trabajo. Sin verlo, picar y revocar de nuevo esa pared suele andar entre 3.500 y 5.000 con andamio.")
F07_C4 = c("Uf, 5.000 es mucho. Nosotros habíamos pensado en menos, que igual con tapar lo peor...", "too_expensive")
PAIRS.append(rpair(
    "esb71r_f07_barbastro_fachada_heladas",
    "Empresa de reformas de Huesca, por teléfono. Un matrimonio de Barbastro pierde el revoco de la fachada norte por las heladas y ha visto grietas.",
    better=[
        F07_C0, F07_T1, F07_C2, F07_T3, F07_C4,
        t("Se puede hacer por partes, pero lo primero es ver las grietas. Paso el jueves a las diez con el aparejador y el lunes le mando el presupuesto separando lo urgente de lo que puede esperar."),
        c("Eso me parece bien. El jueves a las diez estamos.", None),
    ],
    worse=[
        F07_C0, F07_T1, F07_C2, F07_T3, F07_C4,
        t("Se puede hacer por partes, pero lo primero es ver las grietas. Ya le diremos algo cuando tengamos un hueco, que ahora vamos muy liados."),
        c("¿Y eso cuándo es? Porque con cada helada se cae otro trozo. Si no me decís algo esta semana, llamo a otro.", None),
    ],
))

# f08 - fault: recommends before asking.
F08_C0 = c("Buenos días. Llevo un restaurante en Tudela y quiero cambiar de proveedor de verdura, que el de ahora me falla con las entregas.", None)
F08_T3 = t("Nosotros repartimos en Tudela antes de las nueve, y el pedido se hace por WhatsApp hasta las diez de la noche anterior, lo que quiera y en la cantidad que quiera. ¿Qué volumen mueve a la semana, más o menos?")
F08_C4 = c("Depende, pero unos 300 o 400 euros a la semana. ¿Y de precios? Porque con el de ahora tengo buenos precios, eso sí.", None)
F08_T5 = t("Le mando la lista de esta semana y compare producto por producto. Si quiere, hacemos una semana de prueba sin compromiso.")
F08_C6 = c("Vale, mándamela, y si me cuadra probamos el lunes que viene.", None)
PAIRS.append(rpair(
    "esb71r_f08_tudela_verdura_restaurante",
    "Distribuidor de verdura de la Ribera, llamada de un restaurante de Tudela que quiere cambiar de proveedor.",
    better=[
        F08_C0,
        t("Buenos días. ¿Qué le falla exactamente, la hora, la calidad, que falte género? ¿Y qué verdura mueve más?"),
        c("La hora. Me llega a las doce, con la cocina ya en marcha. Y lo que más uso es alcachofa, cogollos, espárrago en temporada y pimiento.", None),
        F08_T3, F08_C4, F08_T5, F08_C6,
    ],
    worse=[
        F08_C0,
        t("Buenos días. Pues le recomiendo nuestra caja semanal de temporada, con lo mejor de la Ribera cada lunes, que es lo que más piden los restaurantes."),
        c("Una caja fija no me sirve, que cambio de carta cada poco. Lo que me falla es la hora: me llega a las doce, con la cocina en marcha. Uso sobre todo alcachofa, cogollos, espárrago y pimiento.", "no_need"),
        F08_T3, F08_C4, F08_T5, F08_C6,
    ],
))

# f09 - fault: talks about himself instead of the customer.
F09_C0 = c("Hola. Me quiero sacar el de moto, el A2. Tengo el de coche desde hace años. Es para ir a trabajar a Maliaño, que aparcar el coche allí es un infierno.", None)
F09_T1 = t("Hola. ¿Has llevado moto alguna vez, aunque sea scooter?")
F09_C2 = c("Una scooter de 125 con el carné de coche, dos años. Pero de marchas, nunca.", None)
F09_T5 = t("Viniendo de scooter, unas diez clases de pista y cinco de circulación. Con el teórico específico y las tasas, unos 650. ¿Quieres probar una clase de pista antes de matricularte?")
F09_C6 = c("650... es más de lo que pensaba. ¿La de prueba cuánto es?", "too_expensive")
F09_T7 = t("La de prueba, 30, y si te matriculas se descuenta.")
PAIRS.append(rpair(
    "esb71r_f09_santander_autoescuela_moto_a2",
    "Autoescuela en Santander. Un hombre con carné de coche y experiencia en scooter quiere el A2 para ir a trabajar a Maliaño.",
    better=[
        F09_C0, F09_T1, F09_C2,
        t("Pues con eso tienes mucho ganado: el equilibrio y el tráfico ya los controlas. Lo nuevo serían las marchas y las maniobras de pista, que es donde más suspende la gente. ¿Qué horario tienes para las prácticas?"),
        c("De tarde, a partir de las cuatro. ¿Cuántas clases suelen hacer falta?", None),
        F09_T5, F09_C6, F09_T7,
    ],
    worse=[
        F09_C0, F09_T1, F09_C2,
        t("Ah, yo empecé igual, ¿eh? Con una scooter. Luego me compré una trail y me hice media Europa, los Alpes, los Dolomitas... Llevo veinte años en moto y dando clases, y te digo que es lo mejor que hay. Bueno, ¿qué horario tienes para las prácticas?"),
        c("Ya, muy bien... Yo solo quiero ir al trabajo, eh. De tarde, a partir de las cuatro. ¿Cuántas clases suelen hacer falta?", None),
        F09_T5, F09_C6, F09_T7,
    ],
))

# f10 - fault: closes before checking the thing works.
F10_C0 = c("Buenas. Tenemos una empresa de reparto en Plaza con doce furgonetas y queremos localizadores, que los clientes nos preguntan todo el rato dónde está su pedido.", None)
F10_T1 = t("Buenas. ¿Lo que queréis sobre todo es que el cliente vea dónde está su pedido, o también controlar vosotros rutas y consumos?")
F10_C2 = c("Lo del cliente, sobre todo. Tenemos un programa de rutas que nos hizo un informático, y queremos que el enlace de seguimiento salga de ahí.", None)
F10_T5 = t("Te paso el contacto de nuestro técnico para que hable con vuestro informático esta misma semana.")
F10_C6 = c("Vale. Te mando su correo.", None)
PAIRS.append(rpair(
    "esb71r_f10_zaragoza_localizadores_reparto",
    "Proveedor de localizadores GPS para flotas. Una empresa de reparto de la plataforma logística de Zaragoza (Plaza) quiere que sus clientes sigan sus pedidos.",
    better=[
        F10_C0, F10_T1, F10_C2,
        t("Entonces lo importante es que nuestro localizador se entienda con vuestro programa. Antes de firmar nada, le paso a vuestro informático la documentación de la conexión y probamos dos furgonetas durante dos semanas, a ver si los enlaces llegan bien."),
        c("Me parece bien. Aunque el informático va por libre y tarda en contestar, eh.", None),
        F10_T5, F10_C6,
    ],
    worse=[
        F10_C0, F10_T1, F10_C2,
        t("Perfecto, nuestro localizador se conecta con todo. Te preparo el contrato para las doce furgonetas, 14 euros al mes cada una a 24 meses, y la semana que viene las instalamos."),
        c("¿Con todo? El nuestro está hecho a medida... Antes de atarme dos años quiero verlo funcionando, que con la centralita nos pasó justo eso y aún la estamos pagando.", "bad_experience"),
        F10_T5, F10_C6,
    ],
))

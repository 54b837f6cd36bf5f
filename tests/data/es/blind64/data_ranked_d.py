"""Ranked pairs d01-d10 (esb64): two decent conversations, `better` is better. Written by hand."""
from common import c, t, rpair

PAIRS = []

# d01 ----------------------------------------------------------------------
_o = c("Hola, buenos días. Llamo de una empresa de software de Paterna. Queremos hacer una jornada fuera de la oficina con el equipo, unas veinticinco personas, a finales de mes. ¿Tenéis sala?", None)
PAIRS.append(rpair(
    id="esb64r_d01_valencia_hotel_jornada",
    situation="Hotel de Valencia, departamento de eventos. Una responsable de personas busca sala para una jornada de equipo de 25 personas.",
    better=[
        _o,
        t("Buenos días. Sí, tenemos varias. Para ofrecerle la adecuada: ¿qué tipo de jornada es? ¿Presentaciones, trabajo en grupos, algo más de convivencia?"),
        c("Pues mira, el año pasado hicimos una en otro hotel y fue un rollo, todo el día sentados mirando diapositivas. Esta vez la directora quiere que trabajen en grupos pequeños, de cinco o seis.", None),
        t("Entonces una sala en formato teatro no les sirve. Tenemos el salón Albufera, diáfano, con cinco mesas redondas, y al lado una terraza cubierta donde puede salir algún grupo, así no están todo el día en la misma silla. ¿La comida la quieren sentados o de pie, para que se mezclen?"),
        c("De pie, mejor, que se muevan. ¿Y de precio cómo va? Tenemos unos cuarenta euros por persona.", None),
        t("Con sala, dos cafés y cóctel de mediodía sale a treinta y ocho por persona. Le mando la propuesta con fotos de la sala montada en mesas redondas. ¿Quieren venir a verla antes, usted y la directora?"),
        c("Sí, mejor verla. El martes podríamos pasar.", None),
    ],
    worse=[
        _o,
        t("Buenos días. Sí, tenemos el salón Albufera, para cuarenta personas en formato teatro. Incluye proyector, micro y agua. ¿Qué fecha tenían pensada?"),
        c("El jueves veintiocho. ¿Y de precio cómo va? Tenemos unos cuarenta euros por persona.", None),
        t("Con sala, dos cafés y comida de menú sentados, sale a treinta y nueve por persona. Entra en su presupuesto."),
        c("Vale. Es que el año pasado hicimos una en otro hotel y todo el día sentados fue un rollo, eh.", None),
        t("Aquí la sala tiene mucha luz natural, ya verá que es muy agradable. Le mando la propuesta y, si le encaja, lo bloqueamos."),
        c("Vale, mándemela y lo hablo con la directora.", "think_it_over"),
    ],
))

# d02 ----------------------------------------------------------------------
_o = c("Buenas. Oye, que en la lechuga de la finca de Torre Pacheco me están saliendo unas manchas amarillas en las hojas de fuera. Dame algo pa eso.", None)
PAIRS.append(rpair(
    id="esb64r_d02_torrepacheco_lechuga_mildiu",
    situation="Tienda de fitosanitarios del Campo de Cartagena. Un agricultor de lechuga con doce hectáreas pide algo para unas manchas amarillas.",
    better=[
        _o,
        t("Buenas. Antes de darte nada, que hay varias cosas que dan manchas amarillas: ¿son manchas con forma, angulosas entre los nervios, o es un amarilleo general? ¿Y por debajo de la hoja ves como una pelusilla?"),
        c("Angulosas, sí. Y por debajo... pues ahora que lo dices, por la mañana se ve algo grisáceo. Con la humedad que ha hecho esta semana...", None),
        t("Con esa humedad y esa pelusa pinta a mildiu. ¿Me mandas una foto del envés de la hoja? Lo confirmo y te digo producto y dosis, que si es mildiu hay que tratar ya y alternar materias para que no coja resistencias."),
        c("Te mando la foto ahora. Pero lo que me des, que no sea muy caro, eh, que la lechuga este año está a precio de risa.", "no_money"),
        t("Vale... con la foto, sí, es mildiu. Para doce hectáreas te va uno sistémico en el primer tratamiento y luego uno de contacto, que es más barato. Te hago el cálculo justo para tu superficie, sin que te sobren garrafas."),
        c("Así sí. Prepáramelo y paso a la tarde.", None),
    ],
    worse=[
        _o,
        t("Buenas. Manchas amarillas en lechuga, con la humedad de esta semana, casi seguro que es mildiu, lo está habiendo por toda la comarca. Te doy el fungicida que más estamos vendiendo."),
        c("Vale. ¿Y eso cuánto es, para doce hectáreas?", None),
        t("Para doce hectáreas, dos garrafas, unos trescientos euros. Es sistémico, va muy bien. Lo aplicas esta semana y repites a los diez días."),
        c("Uf, trescientos. Bueno, venga, si es lo que hay.", None),
        t("Es lo que mejor funciona. Si en diez días no ves mejora, vuelve y lo miramos."),
        c("Vale, pónmelo en la cuenta.", None),
    ],
))

# d03 ----------------------------------------------------------------------
_o = c("Hola. Quiero darme de baja. La factura de este mes son noventa euros y yo contraté por cincuenta y cinco.", None)
PAIRS.append(rpair(
    id="esb64r_d03_barcelona_factura_baja",
    situation="Chat de atención de un operador de telefonía. Una clienta de Barcelona con dos líneas quiere irse por una factura inflada.",
    better=[
        _o,
        t("Hola. Vaya salto, de cincuenta y cinco a noventa. Antes de nada, déjame ver de dónde sale la diferencia, porque igual no es lo que parece. ¿Me das el DNI del titular?"),
        c("Cuatro siete, dos uno... bueno, te lo escribo. Es que estoy harta, eh, el mes pasado también subió.", None),
        t("Gracias. Ya lo veo: la tarifa sigue en cincuenta y cinco, pero la línea que acaba en cuarenta ha comprado gigas extra desde el móvil, treinta y cinco euros en bonos. ¿Esa línea quién la usa?"),
        c("La de mi hijo. ¡Será posible! Tiene quince años y se pasa el día con el TikTok. No sabía que se podían comprar gigas así.", None),
        t("Pasa mucho. Te propongo dos cosas: bloqueo la compra de bonos en su línea para que no se repita, y si quieres le paso la línea a datos ilimitados por siete euros más, que seguramente le sale más barato que lo que está gastando. O solo el bloqueo, y que se apañe con lo que tiene. ¿Qué prefieres?"),
        c("El bloqueo sí. Lo de subirle los datos... déjame que lo hable con él, que igual tiene que aprender.", "think_it_over"),
        t("Perfecto, el bloqueo ya está puesto. Si os decidís por los ilimitados, me escribes por aquí y lo cambio en el momento."),
    ],
    worse=[
        _o,
        t("Hola. Siento que estés pensando en irte, déjame ver qué puedo hacer. ¿Me das el DNI del titular?"),
        c("Cuatro siete, dos uno... bueno, te lo escribo. Es que estoy harta, eh, el mes pasado también subió.", None),
        t("Ya lo tengo. Mira, como eres clienta desde hace años, te puedo aplicar un descuento de diez euros al mes durante un año, y te devuelvo la mitad de lo de este mes."),
        c("Hombre, algo es algo. Pero ¿por qué ha subido tanto?", None),
        t("Son consumos de datos extra de una de las líneas. Con el descuento te quedaría todo más ajustado."),
        c("Vale, pues aplícame el descuento y ya veré el mes que viene cómo sale.", None),
    ],
))

# d04 ----------------------------------------------------------------------
_o = c("Hola... me han dicho que me tengo que poner un implante, abajo, y vengo a preguntar. Le soy sincera, me dan pánico los dentistas.", None)
PAIRS.append(rpair(
    id="esb64r_d04_palma_implante_miedo",
    situation="Clínica dental en Palma, recepción. Una paciente con miedo al dentista pregunta por un implante.",
    better=[
        _o,
        t("Hola, gracias por decírmelo, nos ayuda mucho. Antes de explicarle nada técnico: ¿qué es lo que más miedo le da? ¿El pinchazo, el ruido, no saber lo que le están haciendo...?"),
        c("El ruido del torno y no saber cuánto va a durar. Una vez me hicieron una endodoncia que no acababa nunca y lo pasé fatal.", "bad_experience"),
        t("Entiendo. Le cuento cómo sería. La colocación dura unos cuarenta minutos, con anestesia local; no se usa el torno de los empastes sino un motor lento, y puede llevar auriculares con su música. El doctor le va avisando de cada paso, y si levanta la mano, para. ¿Le ayudaría venir antes un día solo a conocerle y ver la sala, sin hacerle nada?"),
        c("Pues sí, la verdad. ¿Y cuánto cuesta el implante? Que me han dicho que es carísimo.", None),
        t("El implante con la corona son mil cien euros, y se puede pagar en tres veces sin intereses. En esa visita para conocer al doctor, que no cuesta nada, le da el presupuesto por escrito y usted decide con calma."),
        c("Vale, así me quedo más tranquila. ¿Puede ser un viernes?", None),
    ],
    worse=[
        _o,
        t("Hola, tranquila, es muy habitual. Le explico: el implante es un tornillo de titanio que se coloca en el hueso, con anestesia local, en unos cuarenta minutos. Luego se esperan unos tres meses y se pone la corona."),
        c("Ya... Es que una vez me hicieron una endodoncia que no acababa nunca y lo pasé fatal.", "bad_experience"),
        t("Lo entiendo, pero el implante suele ser más rápido y menos molesto que una endodoncia. Además el doctor tiene mucha experiencia, no se preocupe."),
        c("Bueno. ¿Y cuánto cuesta? Que me han dicho que es carísimo.", None),
        t("Mil cien euros con la corona, y se puede pagar en tres veces sin intereses. ¿Le doy ya cita para la colocación?"),
        c("Uf... mejor lo pienso un poco y les llamo.", "think_it_over"),
    ],
))

# d05 ----------------------------------------------------------------------
_o = c("Buenas, quiero cuatro ruedas, las más baratas que tengáis. Es para un Megane.", None)
PAIRS.append(rpair(
    id="esb64r_d05_alicante_neumaticos",
    situation="Taller de neumáticos en Alicante. Un cliente pide las cuatro ruedas más baratas; hace unos 500 km semanales por autovía.",
    better=[
        _o,
        t("Buenas. Las más baratas, vale. Para no liarme: ¿qué uso le das al coche, ciudad o mucha carretera?"),
        c("Voy todos los días de Alicante a Elche por la autovía, y los findes a Murcia a ver a mi madre. Unos quinientos kilómetros a la semana.", None),
        t("Con ese uso te digo la verdad: las más baratas que tengo, a cuarenta y cinco la unidad, en seco van bien, pero con lluvia frenan bastante peor y duran menos. Para quinientos kilómetros a la semana te compensan más unas de gama media, a sesenta y dos, que te duran casi el doble."),
        c("Ya, pero ahora mismo no me puedo gastar mucho, acabo de pagar el seguro.", "no_money"),
        t("Lo entiendo. Entonces una opción: cambia ahora las dos delanteras, que son las que están peor, y las de atrás aguantan unos meses más. Dos de gama media te salen a ciento veinticuatro más montaje, parecido a las cuatro baratas."),
        c("Eso está bien pensado. Venga, las dos de delante.", None),
    ],
    worse=[
        _o,
        t("Buenas. Para el Megane, las más baratas son estas, a cuarenta y cinco la unidad, con montaje y equilibrado incluidos. Son de una marca asiática que sale bastante."),
        c("Vale. ¿Y aguantan bien? Que voy mucho por la autovía, a Elche todos los días y a Murcia los findes.", None),
        t("Sí, para ese uso van bien. Tenemos también de gama media a sesenta y dos, por si quieres algo mejor."),
        c("No, ahora mismo no me puedo gastar más, acabo de pagar el seguro.", "no_money"),
        t("Perfecto, pues las cuatro de cuarenta y cinco. En una hora lo tienes."),
        c("Vale, espero aquí.", None),
    ],
))

# d06 ----------------------------------------------------------------------
_o = c("Buenas, soy Ginés, de un almacén de materiales de construcción en Lorca. Vi vuestra colección nueva de porcelánico imitación madera en la feria de Valencia y me interesa, pero no sé si aquí se va a vender.", None)
PAIRS.append(rpair(
    id="esb64r_d06_lorca_porcelanico_distribuidor",
    situation="Fábrica de porcelánico de Onda (Castellón), comercial de zona. Un almacén de materiales de Lorca se interesa por una colección nueva.",
    better=[
        _o,
        t("Buenas, Ginés, gracias por acordarte de nosotros. ¿Qué tipo de cliente os compra más: constructores de obra nueva, reformistas, particulares?"),
        c("Reformistas y particulares, sobre todo. Obra nueva poca. Y la gente de aquí mira mucho el precio, ¿eh?", None),
        t("Entonces el formato de veinte por ciento veinte, el más económico, es el que tiene sentido para vosotros, no la lama larga. Te propongo empezar sin riesgo: un expositor con seis piezas y muestras, y un primer pedido pequeño, de un palé mixto. Si en tres meses no rota, retiramos el expositor sin coste."),
        c("Un palé sí me lo puedo plantear. Lo que no quiero es llenar el almacén de algo que luego se me queda, que ya me pasó con otra fábrica.", "bad_experience"),
        t("Por eso el palé mixto: dos tonos, y luego repones por cajas desde nuestro almacén de Onda en setenta y dos horas, sin tener stock de más. ¿Te mando las condiciones y el expositor para que lo tengas antes de la temporada de reformas?"),
        c("Venga, mándamelo y lo miro con mi socio esta semana.", "think_it_over"),
    ],
    worse=[
        _o,
        t("Buenas, Ginés. Es una colección que está funcionando muy bien. Para distribuidores, el pedido mínimo es un camión completo mezclando formatos, y con eso tienes la tarifa de distribuidor y el expositor."),
        c("¿Un camión completo? Eso es mucho dinero pa probar algo nuevo, ahora no tengo ese presupuesto.", "no_money"),
        t("Lo entiendo. Podemos hacer medio camión, con la tarifa un poco por encima. Y el formato de veinte por ciento veinte es el más económico, va muy bien para reforma."),
        c("Medio camión ya es otra cosa. Pero ya me pasó con otra fábrica que me quedé con material sin vender.", "bad_experience"),
        t("Con esta colección no te va a pasar, tiene mucha salida. Te mando la tarifa y un pedido tipo de medio camión."),
        c("Vale, mándamelo y lo miro con mi socio.", "think_it_over"),
    ],
))

# d07 ----------------------------------------------------------------------
_o = c("Hola, buenas tardes. Quería apuntar a mi hija a refuerzo de matemáticas. Tiene diez años, está en quinto, y le han puesto un insuficiente.", None)
PAIRS.append(rpair(
    id="esb64r_d07_murcia_refuerzo_mates",
    situation="Academia de refuerzo escolar en Murcia. Una madre quiere clases de matemáticas para su hija de quinto.",
    better=[
        _o,
        t("Buenas tardes. ¿Sabe qué parte de las matemáticas le cuesta? ¿Las cuentas, los problemas, la geometría...?"),
        c("Pues las cuentas las hace bien, eso es lo raro. Lo que falla son los problemas. La maestra dice que no se entera de lo que le piden.", None),
        t("Eso es interesante: si las cuentas le salen y falla en los problemas, a veces no es la matemática sino la comprensión lectora. ¿Cómo va en lengua? ¿Lee con gusto, le cuesta leer en voz alta?"),
        c("Ay, pues ahora que lo dice... en lengua también va regular, y leer no le gusta nada, se salta líneas. Nunca lo había relacionado.", None),
        t("Le propongo algo antes de apuntarla a nada: una sesión de valoración gratis con nuestra psicopedagoga, en la que lee y hace un par de problemas. Si es comprensión, trabajarla le ayudará en mates y en lengua a la vez; si es de mates, la pongo en el grupo de matemáticas. ¿Le viene bien el miércoles?"),
        c("El miércoles a las seis, perfecto. Me alegro de haber preguntado.", None),
    ],
    worse=[
        _o,
        t("Buenas tardes. Tenemos grupo de matemáticas de quinto lunes y miércoles, de cinco y media a seis y media, con cuatro niños por grupo. Son sesenta y cinco al mes."),
        c("Vale. Las cuentas las hace bien, eso es lo raro. Lo que falla son los problemas. La maestra dice que no se entera de lo que le piden.", None),
        t("Sí, los problemas cuestan mucho en quinto. En el grupo hacemos muchos problemas como los del libro, así se acostumbra."),
        c("Bueno. Sesenta y cinco al mes es un poco más de lo que pensaba, pero si le ayuda...", "too_expensive"),
        t("Ya verá como en un par de meses nota el cambio. Si quiere, empieza este lunes."),
        c("Venga, el lunes empezamos.", None),
    ],
))

# d08 ----------------------------------------------------------------------
_o = c("Bon dia. Me ha llegado la renovación del seguro de hogar y me lo suben de doscientos ochenta a trescientos cuarenta. Eso es mucho, ¿no?", "too_expensive")
PAIRS.append(rpair(
    id="esb64r_d08_barcelona_renovacion_hogar",
    situation="Agencia de seguros de Barcelona. Una clienta recibe una subida fuerte en la renovación del seguro de hogar; hace un año se mudó a un piso más pequeño.",
    better=[
        _o,
        t("Bon dia. Es una subida grande, sí. Déjeme explicarle de dónde sale y revisamos juntas si lo que tiene asegurado sigue siendo lo que necesita. ¿Sigue viviendo en la calle Sardenya?"),
        c("No, me mudé hace un año a Sant Andreu, a un piso más pequeño. Cambié la dirección por teléfono, pero nada más.", None),
        t("Ahí está parte del tema. La póliza sigue con el contenido valorado en sesenta mil euros, que era el del piso grande, y la subida general de este año es del ocho por ciento sobre eso. ¿Cuánto diría que vale lo que tiene ahora en casa: muebles, ropa, electrodomésticos?"),
        c("Uf, ni idea. Muchas cosas las vendí con la mudanza. Veinticinco mil, como mucho. Tampoco tengo joyas ni nada.", None),
        t("Con el contenido en veinticinco mil y el continente del piso nuevo, la prima se queda en doscientos sesenta, menos que el año pasado. Le mando el cálculo por escrito con las mismas coberturas que ahora, para que vea que no pierde nada, y si le parece bien lo cambio antes de la renovación."),
        c("Pues mira, si es así, perfecto. Mándamelo.", None),
    ],
    worse=[
        _o,
        t("Bon dia. Sí, este año hay una subida general en el sector por el aumento de siniestros, sobre todo de agua. Está pasando en todas las compañías."),
        c("Ya, pero sesenta euros más de golpe... En otra me lo dejaban en doscientos cincuenta.", "too_expensive"),
        t("Entiendo. Como lleva muchos años con nosotros, le puedo aplicar un descuento de fidelidad del diez por ciento, y se le queda en unos trescientos seis."),
        c("Bueno, sigue siendo más que el año pasado, pero menos da una piedra.", None),
        t("Es lo máximo que puedo hacer. Le mando la renovación con el descuento aplicado."),
        c("Vale, mándamela.", None),
    ],
))

# d09 ----------------------------------------------------------------------
_o = c("Buenos días, llamo de una exportadora de cítricos de Algemesí. Necesitamos camiones frigoríficos a Alemania esta campaña, de noviembre a marzo. ¿Hacéis esa ruta?", None)
PAIRS.append(rpair(
    id="esb64r_d09_algemesi_frigorifico_alemania",
    situation="Empresa de transporte frigorífico de Valencia. Una exportadora de cítricos busca camiones para toda la campaña a plataformas alemanas con cita de descarga.",
    better=[
        _o,
        t("Buenos días. Sí, hacemos Alemania varias veces por semana. Para ver si encajamos: ¿cuántos camiones a la semana serían, a qué zona y con qué horarios de descarga?"),
        c("Entre tres y cinco por semana, según cómo vaya la campaña. A plataformas de supermercados cerca de Hamburgo y de Colonia. Y descargan con cita: si llegas tarde la pierdes y pagamos penalización.", None),
        t("Con cita y penalización, lo que importa es la puntualidad. Te digo lo que sí y lo que no: Colonia la hacemos con chófer doble y llega en treinta horas, sin problema. Hamburgo también, pero en domingo no circulamos por la restricción, así que lo que cargues el viernes por la tarde llega el lunes. ¿Eso te cuadra con las citas?"),
        c("Los viernes tarde cargamos poco, lo podemos adelantar. El año pasado la otra empresa nos falló dos citas seguidas en Hamburgo y casi perdemos el cliente.", "bad_experience"),
        t("Entonces te propongo empezar con dos camiones semanales las tres primeras semanas y que veas la puntualidad con los datos de entrega. Si vamos bien, subimos a cinco. Te paso hoy la tarifa por destino."),
        c("Me parece sensato. Mándamela y la comparo con otras dos que tengo.", "think_it_over"),
    ],
    worse=[
        _o,
        t("Buenos días. Sí, hacemos Alemania. El frigorífico completo a Colonia está en dos mil cuatrocientos, y a Hamburgo en dos mil seiscientos. ¿Cuántos camiones serían?"),
        c("Entre tres y cinco por semana. Descargan con cita, y si llegas tarde pagamos penalización. El año pasado la otra empresa nos falló dos citas seguidas.", "bad_experience"),
        t("Con nosotros eso no pasa, somos muy puntuales. Podemos cubrir los cinco semanales desde la primera semana."),
        c("Bueno, eso dicen todos. ¿Y en domingo circuláis?", None),
        t("Nos organizamos, no te preocupes. Te mando la tarifa y el contrato de campaña."),
        c("Vale, mándalo y lo comparo con otras dos que tengo.", "think_it_over"),
    ],
))

# d10 ----------------------------------------------------------------------
_o = c("Bon dia. Vengo a mirar un colchón. El mío tiene veinte años y me levanto con la espalda hecha polvo.", None)
PAIRS.append(rpair(
    id="esb64r_d10_barcelona_colchon_espalda",
    situation="Tienda de colchones en Gràcia (Barcelona). Un señor de unos sesenta años con dolor de espalda busca colchón; duerme con su mujer.",
    better=[
        _o,
        t("Bon dia. Veinte años es mucho colchón. Para acertar: ¿duerme de lado, boca arriba...? ¿Y duerme solo o acompañado?"),
        c("De lado, casi siempre. Con mi mujer, que es mucho más menuda y le gusta blandito. A mí me dicen que necesito uno duro, por la espalda.", None),
        t("Lo de duro para la espalda no siempre es así: durmiendo de lado, uno muy duro le aprieta el hombro y la cadera. Para dos personas con pesos tan distintos le iría uno de muelles ensacados, que cada lado se hunde por su cuenta. Túmbese aquí de lado, cinco minutos, sin prisa."),
        c("Hombre, pues es verdad que con el mío me duele el hombro. ¿Y si luego en casa no me va bien? Que en la tienda todos parecen buenos.", None),
        t("Tiene cien noches de prueba: si no le va bien, se lo cambiamos por otro de firmeza distinta. Y nos llevamos el viejo cuando le traemos el nuevo. ¿Quiere venir el sábado con su mujer y lo prueban juntos?"),
        c("Sí, mejor con ella, que si no me riñe. El sábado venimos.", None),
    ],
    worse=[
        _o,
        t("Bon dia. Para la espalda le recomiendo este, el más vendido: firmeza alta, con cinco centímetros de viscoelástica, ochocientos noventa en ciento cincuenta."),
        c("¿Firme? Es que duermo con mi mujer y a ella le gusta más blandito.", None),
        t("Este tiene la firmeza justa; al principio parece duro, pero se adapta en unas semanas. Y tiene cien noches de prueba."),
        c("Bueno... ochocientos noventa no es poco, eh. Lo tengo que hablar con ella.", "think_it_over"),
        t("Claro. Pásense cuando quieran y lo prueban los dos. Nos llevamos el viejo cuando traemos el nuevo."),
        c("Vale, ya vendremos un día de estos.", "brush_off"),
    ],
))

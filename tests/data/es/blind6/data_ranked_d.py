"""Ranked pairs d01-d10 (esb6): two decent conversations, `better` better. Hand-written."""
from common import c, rpair, t

PAIRS = []

# d01: casa rural, Ribeira Sacra (Ourense/Lugo). Better asks what the weekend is for and finds the knee.
o = c("hola buenas! queria reservar la casa grande el finde del 14, somos 8 amigas y celebramos los 40 de una de nosotras 🎉", None)
PAIRS.append(rpair(
    "esb6r_d01_ribeirasacra_casarural",
    "Casa rural en la Ribeira Sacra, WhatsApp. Una clienta reserva para ocho amigas; la cumpleañera está recién operada de rodilla.",
    [o,
     t("¡Qué bien, felicidades a la cumpleañera! La casa grande está libre ese fin de semana. Para preparároslo a vuestro gusto: ¿qué tenéis en la cabeza, fiesta en casa, salir por la zona, descansar?"),
     c("pues un poco de todo jaja. pero la cumpleañera, marta, se opero de la rodilla hace 2 meses y no queremos rutas largas. algo bonito sin caminar mucho", None),
     t("Entonces os va bien la casa grande, que tiene un dormitorio con baño en planta baja para Marta. Y sin caminar, lo más bonito aquí es el catamarán por el cañón del Sil; al embarcadero se llega con rampa. ¿Os reservo plazas o preferís decidirlo allí?"),
     c("suena genial. cuanto es todo? xq somos 8, cada una paga lo suyo y alguna va justa", None),
     t("La casa son 420 las dos noches, unos 52 por persona, y el catamarán 18 por persona. Como alguna va justa, el catamarán os lo paso aparte y es opcional, aunque en mayo se llena. Os mando las dos cosas por separado para que cada una decida."),
     c("perfecto, asi mejor. mandamelo y lo paso al grupo", None)],
    [o,
     t("¡Felicidades a la cumpleañera! La casa grande está libre. Son 420 euros las dos noches, capacidad para diez, con cocina equipada, barbacoa y jardín."),
     c("vale. una de nosotras se opero de la rodilla hace poco, hay muchas escaleras?", None),
     t("Hay un dormitorio en planta baja, así que sin problema. Y si os apetece, por la zona está el catamarán del cañón del Sil, muy bonito; os dejo el enlace para que lo miréis."),
     c("genial. reservo ya?", None),
     t("Sí, con una señal de 100 euros por transferencia os la bloqueo. Os mando los datos por correo."),
     c("vale, lo paso al grupo y te hago la transfe", None)],
))

# d02: clínica dental (Cádiz). Better finds where the fear comes from and adapts the first visit.
o = c("Hola... mira, te digo la verdad, llevo ocho años sin ir al dentista porque me da pánico. Pero tengo una muela que me molesta con el frío y mi mujer me ha obligado a llamar.", None)
PAIRS.append(rpair(
    "esb6r_d02_cadiz_dental",
    "Clínica dental en Cádiz. Un hombre con miedo al dentista llama por una muela sensible al frío.",
    [o,
     t("Gracias por decírmelo, y muy bien por llamar, que es lo más difícil. ¿Te pasó algo en alguna consulta que te dejó ese miedo, o es más el ruido, las agujas...?"),
     c("De chico, un dentista me sacó una muela sin que me hubiera hecho efecto la anestesia. Desde entonces me siento en el sillón y me pongo malo.", "bad_experience"),
     t("Normal que te quedara eso. Te propongo una cosa: la primera cita es solo para hablar y mirar, sin agujas ni torno. Una radiografía, te explico qué tiene la muela y tú decides. Y cuando toque tratar, comprobamos que la anestesia ha hecho efecto antes de empezar, y si levantas la mano, paramos."),
     c("¿Solo mirar? Eso sí lo aguanto, creo. ¿Y cuánto cuesta?", None),
     t("La primera visita con radiografía es gratuita. ¿Te viene mejor a primera hora, que hay menos gente esperando, o por la tarde?"),
     c("A primera hora, que si lo pienso mucho no voy.", None)],
    [o,
     t("Muy bien que llames. No te preocupes, aquí somos muy cuidadosos y la anestesia de hoy no duele nada. ¿Qué te pasa con la muela?"),
     c("Me duele con el frío, desde hace un mes. Y es que de chico me sacaron una sin que me hiciera efecto la anestesia, por eso no voy.", "bad_experience"),
     t("Vaya, eso hoy ya no pasa, ha cambiado mucho. Dolor con el frío puede ser una caries profunda; habrá que empastarla o, si está cerca del nervio, una endodoncia. Te doy cita con la doctora para verlo y tratarlo el mismo día."),
     c("¿El mismo día? Uf... es que ahora en verano, con el trabajo, no tengo tiempo para líos de dentista. Igual lo dejo para septiembre.", "no_time"),
     t("Te entiendo, pero cuanto más esperes, peor se puede poner. Te dejo cita el jueves a las diez y, si hace falta, la doctora lo trata ese día."),
     c("Vale, el jueves. A ver si no me echo atrás.", None)],
))

# d03: microcrédito (Sucre, Bolivia). Better finds the real need (morning capacity) and sizes the loan to it.
o = c("Buenos días, señorita. Tengo mi salteñería cerca del mercado central y quiero sacar un préstamo de quince mil bolivianos para un horno industrial. ¿Qué papeles necesito?", None)
PAIRS.append(rpair(
    "esb6r_d03_sucre_microcredito",
    "Institución de microcrédito en Sucre. Una dueña de salteñería pide un préstamo para un horno.",
    [o,
     t("Buenos días, señora. Los papeles se los digo enseguida. Antes, para ver qué préstamo le conviene: ¿cuántas salteñas vende al día y qué le pasa con el horno que tiene?"),
     c("Unas trescientas, de seis a once de la mañana. Mi horno es de dos bandejas y no me alcanza; a las diez ya no tengo salteñas y los clientes se van donde la vecina.", None),
     t("O sea, que clientela no le falta, le falta horno a primera hora. ¿Ha mirado hornos de cuatro bandejas de segunda mano? Hay panaderías que los cambian, y por ocho o nueve mil se consigue uno bueno. Con quince mil la cuota sería de unos 900 al mes; con nueve mil, de unos 540."),
     c("900 al mes me asusta, la verdad. En los meses de lluvia se vende menos.", "no_money"),
     t("Por eso se lo preguntaba. Le sugiero mirar primero hornos usados con un técnico de confianza; si encuentra uno, pedimos nueve mil y la cuota le queda cómoda hasta en lluvias. Los papeles son: carnet, factura de luz y el certificado de su puesto."),
     c("Ya, eso me parece mejor. Esta semana lo busco con mi esposo y vuelvo.", None)],
    [o,
     t("Buenos días, señora. Para quince mil necesito su carnet, factura de luz, el certificado de su puesto y un garante. ¿A cuántos meses lo quiere?"),
     c("No sé, ¿a cuántos me conviene? Vendo unas trescientas salteñas al día.", None),
     t("A 18 meses la cuota sería de unos 900 bolivianos; a 24, unos 720. Con trescientas salteñas diarias seguramente puede con cualquiera de las dos."),
     c("720 creo que está mejor. Aunque en los meses de lluvia se vende menos, ¿eh? No sé si llego.", "no_money"),
     t("En esos meses puede tirar de lo que ahorre en los buenos. Tráigame los papeles y el garante, y en una semana se lo aprobamos."),
     c("Ya, señorita, traigo todo el lunes.", None)],
))

# d04: fibra (Becerril de Campos, Palencia), chat. Better asks what the remote work is and sizes upload.
o = c("hola, me acabo de mudar a un pueblo de palencia (becerril de campos) y teletrabajo. q tarifa me recomendais?", None)
PAIRS.append(rpair(
    "esb6r_d04_palencia_fibra",
    "Operador de fibra, chat. Un editor de vídeo que teletrabaja se muda a un pueblo de Palencia.",
    [o,
     t("¡Hola! Bienvenido a Becerril. Antes de recomendarte nada: ¿a qué te dedicas? No es lo mismo correo y videollamadas que mover archivos grandes."),
     c("soy editor de video, subo archivos de 20-30 gb casi a diario al servidor de la productora en madrid", None),
     t("Entonces te importa la subida más que la bajada. En tu calle hay fibra y es simétrica: con 600 Mb subes 30 GB en unos 8 minutos; con 300 Mb, en unos 15. A 1 Gb no iría: el servidor de Madrid seguramente no recibe más rápido."),
     c("300 o 600... y el precio? en madrid pagaba 30", None),
     t("300 Mb son 29 euros y 600 Mb, 36. Si subes a diario y a veces con prisas de entrega, yo cogería 600. Como dependes de ello para trabajar, te presto un router 4G de respaldo mientras llega la instalación. La permanencia es de 12 meses, te lo digo claro."),
     c("vale, 600 entonces. cuando instalan?", None)],
    [o,
     t("¡Hola! Bienvenido. Tenemos fibra en Becerril. Para teletrabajo te recomiendo nuestra tarifa de 600 Mb por 36 euros, es la que más se vende."),
     c("vale, pero yo subo archivos de video muy grandes, 20-30 gb al dia. me vale?", None),
     t("Sí, la fibra es simétrica: 600 de bajada y 600 de subida, te va a ir perfecta. Si quieres más margen, tenemos 1 Gb por 45."),
     c("uf, 45 ya es mucho para mi, con la de 600 creo q me apaño", "too_expensive"),
     t("Perfecto, 600 entonces. La permanencia es de 12 meses. ¿Te paso el contrato?"),
     c("si, mandamelo", None)],
))

# d05: suministros agrícolas (Lorca, Murcia). Better diagnoses iron chlorosis before selling fertiliser.
o = c("Buenas, acho. Tengo tres hectáreas de limoneros en Lorca y este año las hojas se me están poniendo amarillas. Quería llevarme abono, del bueno.", None)
PAIRS.append(rpair(
    "esb6r_d05_lorca_abonos",
    "Almacén de suministros agrícolas en Lorca. Un agricultor con limoneros amarillentos pide abono.",
    [o,
     t("Buenas. Antes del abono: ¿cómo es lo amarillo? ¿La hoja entera, o amarilla con los nervios verdes? ¿En las hojas nuevas o en las viejas?"),
     c("Pues ahora que lo dices, los nervios se ven verdes, y es más en los brotes nuevos. La tierra es muy blanca, de cal.", None),
     t("Eso tiene pinta de clorosis férrica: en tierra caliza el árbol no coge el hierro aunque lo haya. Más abono normal no lo arregla y te gastas el dinero. Lo que funciona es quelato de hierro al riego, unos 380 euros la campaña para tres hectáreas. Si quieres asegurarte, un análisis de hoja son 45."),
     c("380 en hierro, más el abono de siempre... este año con la sequía voy muy apretao.", "no_money"),
     t("Lo entiendo. Entonces pon el hierro solo en los árboles más amarillos, la mitad, unos 190, y el abono de siempre igual. En un mes los brotes nuevos tienen que salir verdes; si no, lo volvemos a mirar."),
     c("Eso me cuadra más. Ponme para la mitad y ya te diré.", None)],
    [o,
     t("Buenas. Para limonero amarillo te va bien este abono completo 15-5-30 con microelementos, y un foliar de refuerzo. Para tres hectáreas, unos 620 euros."),
     c("620... este año con la sequía voy muy apretao, acho.", "no_money"),
     t("Te entiendo. Te quito el foliar y se queda en 450. El abono ya lleva algo de hierro y magnesio, que es lo que suele faltar cuando amarillea."),
     c("Vale, pues el abono solo. ¿Se nota pronto?", None),
     t("En tres o cuatro semanas deberías ver los brotes más verdes. Si no, vuelve y lo miramos."),
     c("Venga, pues cárgamelo.", None)],
))

# d06: funeraria (Piura, Perú). Better asks what the mother wanted and is honest about the cheaper quote.
o = c("Buenas tardes. Mi mamá falleció esta mañana en la casa, en Castilla. Estamos viendo funerarias, queremos saber cuánto cuesta el servicio.", None)
PAIRS.append(rpair(
    "esb6r_d06_piura_funeraria",
    "Funeraria en Piura. Un hijo compara precios el mismo día de la muerte de su madre.",
    [o,
     t("Mis condolencias, señor. Le explico los precios, claro. Antes, para no ofrecerle cosas que no necesitan: ¿su mamá dejó dicho algo, velorio en casa o en sala, entierro o cremación? ¿Tenía seguro o alguna mutual?"),
     c("Ella quería velorio en la casa, con los vecinos, como se hacía antes. Y entierro en San Teodoro, donde está mi papá. Seguro no tenía; somos cuatro hermanos y ponemos entre todos.", None),
     t("Entonces no necesitan sala de velatorio, y eso abarata mucho. Lo básico sería ataúd, preparación, traslado, equipo de velorio en casa (capilla, sillas, luces) y carroza: 3.200 soles. El nicho en San Teodoro se paga aparte a la beneficencia. ¿Averiguamos si hay espacio junto a su papá?"),
     c("Sí, por favor. 3.200... otra funeraria nos dijo 2.500, aunque no sé bien qué incluía.", "too_expensive"),
     t("Pregunte si incluye la carroza y el equipo de velorio; a veces no. Si incluye lo mismo, es buen precio, y se lo digo sin problema. Le mando por WhatsApp el detalle punto por punto para que lo comparen entre hermanos."),
     c("Gracias, así da gusto. Lo vemos y le llamo en una hora.", "think_it_over")],
    [o,
     t("Mis condolencias, señor. Tenemos tres paquetes: básico, 2.900 soles; estándar, 4.200, con sala de velatorio y arreglos florales; y premium, 6.500, con ataúd de cedro y misa."),
     c("Ella quería velorio en la casa, con los vecinos. Y entierro en San Teodoro, donde está mi papá.", None),
     t("Perfecto, el básico se puede hacer con velorio en casa; le llevamos capilla y sillas. El nicho se paga aparte a la beneficencia."),
     c("Otra funeraria nos dijo 2.500. Somos cuatro hermanos y vamos a poner entre todos.", "too_expensive"),
     t("Le puedo dejar el básico en 2.700 si lo confirman hoy. Incluye ataúd, traslado, preparación y carroza."),
     c("Ya, lo converso con mis hermanos y le llamo.", "think_it_over")],
))

# d07: mudanza de oficina (Getxo -> Bilbao). Better starts from downtime and plans around it.
o = c("Egun on. Llamo de un estudio de arquitectura de Getxo. Nos trasladamos a una oficina en Abando el mes que viene, somos doce personas. Queríamos presupuesto.", None)
PAIRS.append(rpair(
    "esb6r_d07_getxo_mudanza",
    "Empresa de mudanzas (Bizkaia). Traslado de un estudio de arquitectura de doce personas.",
    [o,
     t("Egun on. Con mucho gusto. ¿Qué es lo que más os preocupa del traslado? En oficinas suele ser cuántos días estáis sin trabajar."),
     c("Exacto, eso. Tenemos entregas ese mes y no podemos parar más de un día. Y luego el archivo de planos en papel, que es enorme, y las maquetas.", None),
     t("Pues lo planteamos para que no paréis: recogemos el viernes desde las 15:00, trasladamos el sábado y el lunes trabajáis. Ordenadores etiquetados por puesto; el servidor y la red, mejor que los desconecte y conecte vuestro informático. Las maquetas, en cajas a medida. ¿Cuántos metros de archivo tenéis?"),
     c("Unos cuarenta metros lineales. ¿Y el sábado no sale más caro?", None),
     t("Sí, el sábado lleva un 20% de recargo: 3.400 sin él, 4.080 con él. Frente a perder un día de doce personas suele compensar, pero eso lo decidís vosotros. El martes paso a medir el archivo y afino el precio."),
     c("Lo tengo que hablar con los socios, pero el martes venid a medir.", "think_it_over")],
    [o,
     t("Egun on. Para una oficina de doce puestos solemos calcular unos 60 metros cúbicos. Serían unos 3.400 euros en día laborable, con embalaje incluido."),
     c("Vale. Tenemos entregas ese mes y no podemos parar mucho. Y hay un archivo de planos enorme, y maquetas.", None),
     t("Sin problema, en un día lo hacemos. Las maquetas las embalamos con cuidado y los planos en cajas de archivo. Si lo necesitáis en fin de semana, tiene un 20% de recargo."),
     c("Uf, el 20% es bastante. Lo miro con los socios.", "think_it_over"),
     t("Perfecto, os mando el presupuesto por correo hoy, y si queréis pasamos a verlo."),
     c("Mándalo, sí.", None)],
))

# d08: clínica veterinaria (Puerto del Rosario, Fuerteventura). Better looks past the food to the weight loss.
o = c("Buenas. Quería un pienso para gato mayor, que el mío tiene catorce años y está adelgazando, se lo noto en el lomo.", None)
PAIRS.append(rpair(
    "esb6r_d08_fuerteventura_veterinaria",
    "Clínica veterinaria en Puerto del Rosario. Una clienta en paro pide pienso para su gato de catorce años que adelgaza.",
    [o,
     t("Buenas. Se lo busco, claro. Pero que adelgace a los catorce me interesa más que el pienso: ¿come igual que antes, más o menos? ¿Y bebe u orina más?"),
     c("Come más que nunca, mi niña, está todo el día pidiendo. Y sí, el arenero lo cambio cada dos por tres.", None),
     t("Comer más, adelgazar y orinar mucho: en gatos mayores suele ser tiroides, riñón o azúcar, y eso un pienso no lo resuelve. Con un análisis de sangre lo sabemos, son 65 euros. Si es tiroides, se controla bien con una pastilla."),
     c("65... ahora mismo no me viene bien, que estoy en el paro. ¿No le vale con el pienso de momento?", "no_money"),
     t("Se lo entiendo. El pienso de mayor no le hará daño, pero no quiero que piense que con eso está arreglado. Hoy le peso y apunto el peso, se lleva el pienso, y la analítica la hacemos a primeros de mes; si antes vomita o deja de comer, viene sin esperar."),
     c("Vale, así sí. Péselo y me llevo el saco.", None)],
    [o,
     t("Buenas. Para gatos mayores tenemos este senior, con más proteína y menos fósforo, muy bueno para el riñón. El saco de 3 kilos son 32 euros."),
     c("¿32? En el súper los hay por 12.", "too_expensive"),
     t("El del súper lleva más cereal. Este le ayuda a mantener el peso. Si sigue adelgazando en un mes, tráigalo y le hacemos una analítica."),
     c("Vale, pues me lo llevo y a ver.", None),
     t("Perfecto. Pásese en un mes para pesarlo."),
     c("Muy bien, gracias.", None)],
))

# d09: autoescuela (León). Better adapts to a frightened 52-year-old and offers a low-risk trial.
o = c("Buenas tardes. Verá, tengo cincuenta y dos años y nunca he conducido. Conducía siempre mi marido, pero falleció el año pasado, y mi madre vive en un pueblo de la montaña sin autobús. Quería informarme.", None)
PAIRS.append(rpair(
    "esb6r_d09_leon_autoescuela",
    "Autoescuela en León. Una viuda de 52 años que nunca ha conducido necesita ir a ver a su madre al pueblo.",
    [o,
     t("Buenas tardes. Siento lo de su marido. Hace muy bien en informarse; tenemos bastantes alumnas de su edad y sacan el carnet. ¿Cómo lo lleva usted, le apetece, le da miedo? Así sé cómo plantearlo."),
     c("Miedo, mucho. Me da pavor el tráfico de León, y la carretera de montaña al pueblo ya ni le cuento.", None),
     t("Es lo normal al principio. Empezaríamos en el polígono, sin tráfico, e iríamos subiendo poco a poco; al final practicaríamos justo el camino a su pueblo, para que lo conozca. Le propongo una clase de prueba, 35 euros, y después de esa decide si sigue."),
     c("¿Y cuánto sale todo, si sigo? Que con la viudedad no me sobra.", "no_money"),
     t("Depende de las clases que necesite. A su ritmo calcularía unas 30, en total unos 1.300 euros con matrícula y tasas, y las clases se pagan según las va dando, no por adelantado."),
     c("Pagar según voy me viene mejor. Vale, apúnteme la de prueba.", None)],
    [o,
     t("Buenas tardes. El permiso B son 290 de matrícula y teórico, y 34 euros cada práctica. La media son unas 20 prácticas, aunque a su edad quizá algunas más."),
     c("Es que me da mucho miedo. Nunca he cogido un coche y el tráfico de León me da pavor.", None),
     t("No se preocupe, los profesores tienen mucha paciencia y el coche tiene doble pedal. Empezará con el teórico y cuando lo apruebe empiezan las prácticas."),
     c("Ya... bueno, me lo voy a pensar, que es mucho dinero para mí.", "think_it_over"),
     t("Claro. Le doy el folleto con los precios y los horarios del teórico. Cuando quiera, se matricula."),
     c("Gracias, ya le diré.", "brush_off")],
))

# d10: catering escolar (Loja, Ecuador). Better finds the attendance risk, allergies and budget; trial week.
o = c("Buenos días. Soy la directora de una escuela particular en Loja. Los padres nos piden que haya almuerzo para los chicos que se quedan en la tarde. Serían unos doscientos.", None)
PAIRS.append(rpair(
    "esb6r_d10_loja_catering",
    "Catering para instituciones en Loja. Una directora de escuela pide almuerzos para unos 200 alumnos.",
    [o,
     t("Buenos días, directora. Con gusto. ¿De qué edades son los chicos, y cuántos se quedarían de verdad cada día? A veces se inscriben doscientos y comen ciento veinte."),
     c("De seis a doce años. Eso justo no lo sabemos; los padres dicen que sí, pero luego... Hay varios con alergia al maní, y algunos padres piden menos fritura.", None),
     t("Entonces haría tres cosas: cocina sin maní para todos, no solo en esos platos; poca fritura, con sopa, segundo y fruta; e inscripción semanal, para no cobrar platos que nadie come. ¿Cuánto podrían pagar los padres por almuerzo?"),
     c("Dicen que hasta dos cincuenta, más no, que hay familias que no pueden.", None),
     t("Con 2,50 se puede, con sopa, segundo y fruta. Le propondría una semana de prueba con los que se inscriban, para ver cuántos comen y si a los chicos les gusta, sin contrato anual hasta que lo vean."),
     c("Eso me parece muy bien, pero lo tengo que aprobar con el comité de padres el jueves.", "think_it_over")],
    [o,
     t("Buenos días, directora. Tenemos un menú escolar de sopa, segundo y jugo a 2,80 por almuerzo, con contrato por el año lectivo y entrega a las 12:30."),
     c("2,80... los padres dicen que hasta 2,50, más no pueden. Y hay chicos con alergia al maní.", "no_money"),
     t("Lo del maní lo tenemos en cuenta, les hacemos un plato aparte. Por 200 almuerzos diarios le puedo dejar el precio en 2,60."),
     c("Lo tengo que ver con el comité de padres el jueves.", "think_it_over"),
     t("Perfecto, le mando el contrato y el menú del mes para que lo presente."),
     c("Ya, mándeme.", None)],
))

"""Ranked pairs f01-f10 (esb6): both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01: caja rural, póliza de campaña de aceituna (Jaén). Fault: drops the price before asking anything.
o = c("Buenos días. Vengo por lo de la póliza de campaña, que en noviembre empiezo con la aceituna y tengo que pagar a la cuadrilla antes de que la almazara me liquide.", None)
t1 = t("Buenos días. Para eso está, sí. ¿Cuántas personas lleva en la cuadrilla, cuántas semanas dura la recogida y cuándo le suele liquidar la almazara?")
c1 = c("Ocho personas, unas seis semanas. La almazara paga una parte en febrero y el resto en abril.", None)
t2 = t("Ocho personas seis semanas son unos 30.000 entre jornales y seguros. Le propongo una póliza de 30.000 de noviembre a abril: paga intereses solo de lo que use y la cancela cuando cobre. El tipo es el 5,9% y la apertura, el 0,5%.")
c2 = c("Uf, el 5,9... En la caja de Martos a mi cuñado le han dado algo más barato.", "too_expensive")
PAIRS.append(rpair(
    "esb6r_f01_jaen_cajarural",
    "Caja rural en Jaén. Un olivarero pide la póliza de crédito para pagar la recogida; compara con la oferta de su cuñado.",
    [o, t1, c1, t2, c2,
     t("Puede ser. ¿Sabe exactamente qué le dieron: tipo, apertura y si hay comisión por no disposición? A veces un tipo más bajo lleva esa comisión, y en una póliza que se usa a medias se nota. Si me trae su oferta, lo comparamos punto por punto."),
     c("Pues lo de no disposición ni lo había oído. Se lo pregunto esta noche y le traigo el papel.", "think_it_over")],
    [o, t1, c1, t2, c2,
     t("Nada, nada, no se me vaya usted a Martos: se lo dejo al 4,5% y sin apertura. ¿Lo firmamos ahora?"),
     c("Hombre... si me lo baja tan rápido, me pregunto cuánto me iba a clavar con el 5,9. Déjeme mirarlo con calma.", "think_it_over")],
))

# f02: telefonía móvil (Huaraz, Perú), chat. Fault: unexplained jargon.
o = c("hola, me voy 10 dias de trekking a la cordillera blanca con turistas, soy guia. quiero saber si mi celular va a tener señal alla arriba", None)
t1 = t("¡Hola! Buena pregunta antes de salir. ¿Por qué ruta van, Santa Cruz, Huayhuash, alguna quebrada cerca de Huaraz? ¿Y qué necesita: llamar, WhatsApp, o solo emergencias?")
c1 = c("santa cruz, 4 dias, y despues laguna 69. necesito whatsapp con la agencia al menos 1 vez al dia, x si pasa algo con un turista", None)
t3 = t("Con su plan tiene WhatsApp ilimitado, así que donde haya señal le llegará. Donde no la haya, no hay plan que lo arregle: ahí solo sirve un comunicador satelital, y muchas agencias los alquilan. Le mando por aquí la lista de puntos con señal de su ruta.")
c3 = c("ya, mandamela porfa. gracias", None)
PAIRS.append(rpair(
    "esb6r_f02_huaraz_movil",
    "Operador móvil, chat (Huaraz). Un guía de trekking pregunta si tendrá señal en la Cordillera Blanca.",
    [o, t1, c1,
     t("En Santa Cruz hay señal solo en algunos puntos: en Vaquería, al inicio, y a veces en el paso de Punta Unión; en los valles de en medio casi nada. En Laguna 69 hay señal en el estacionamiento y, débil, cerca de la laguna."),
     c("ya, eso pensaba. y con mi plan me llega el whatsapp o tengo q comprar algo?", None),
     t3, c3],
    [o, t1, c1,
     t("En Santa Cruz la cobertura es 2G/EDGE intermitente, con handover entre las BTS de Vaquería y Punta Unión; en 69 hay LTE banda 28 con RSRP bajo."),
     c("disculpe, no entendi nada. handover? banda 28? yo solo quiero saber si me llega el whatsapp o no", None),
     t3, c3],
))

# f03: ayuntamiento (Vinuesa, Soria). Fault: vague next step.
o = c("Hola, buenos días. Nos acabamos de venir a vivir a Vinuesa, mi pareja y yo; teletrabajamos. Nos han dicho que hay una ayuda por empadronarse y para arreglar la casa.", None)
t1 = t("Buenos días, y bienvenidos. Son dos cosas distintas: el empadronamiento, que lo hacemos aquí hoy, y la ayuda de rehabilitación de vivienda de la Diputación. ¿La casa es vuestra o alquilada? ¿Y qué obra queréis hacer?")
c1 = c("Es de la abuela de mi pareja, nos la ha cedido. Queremos cambiar el tejado, que se llueve, y poner calefacción de pellets.", None)
t2 = t("Vale. Para la ayuda, la vivienda tiene que estar a vuestro nombre o haber un contrato de cesión por escrito; si no, no la dan. El tejado y la calefacción entran los dos, hasta 12.000 euros, y la convocatoria se cierra el 30 de junio.")
c2 = c("Uf, lo de la cesión por escrito no lo teníamos. ¿Y el empadronamiento?", None)
t3 = t("El empadronamiento lo hacemos ahora mismo: necesito vuestros DNI y un escrito de la abuela autorizando que viváis allí.")
c3 = c("Aquí están los DNI, y la abuela ya nos lo firmó. ¿Y lo de la ayuda, cómo lo hacemos?", None)
PAIRS.append(rpair(
    "esb6r_f03_soria_ayuntamiento",
    "Ayuntamiento de un pueblo de Soria. Una pareja recién llegada pregunta por el padrón y la ayuda para rehabilitar la casa.",
    [o, t1, c1, t2, c2, t3, c3,
     t("Os doy el modelo de contrato de cesión; lo firma la abuela ante el secretario del ayuntamiento, sin notario. Con eso y los presupuestos del tejado y de la calefacción, pedís cita conmigo antes del 15 de junio y lo presentamos juntos. Os apunto mi nombre y mi extensión.")],
    [o, t1, c1, t2, c2, t3, c3,
     t("Bueno, eso ya lo iréis viendo. Cuando tengáis los papeles, pasaos por aquí y ya os diremos algo.")],
))

# f04: clínica dental (Oruro, Bolivia). Fault: doubts the customer's honesty.
o = c("Buenas tardes, doctora. Hace dos meses me pusieron aquí una corona en esta muela y ayer se me salió comiendo api con pastel. Aquí la traigo en una bolsita.", None)
t1 = t("Buenas tardes. Qué bueno que la guardó. Déjeme ver... ¿Le dolió cuando se salió, o le duele ahora con el frío?")
c1 = c("Dolor no, un poquito de sensibilidad con el frío nomás. Yo pagué 900 bolivianos y me dijeron que tenía garantía de un año.", None)
t3 = t("Vamos a mirar cómo está el diente debajo; si no hay caries, la limpio y se la cemento ahora mismo. Son unos veinte minutos.")
c3 = c("Ya, está bien, doctora.", None)
PAIRS.append(rpair(
    "esb6r_f04_oruro_dental",
    "Clínica dental en Oruro. Una paciente vuelve con una corona despegada a los dos meses.",
    [o, t1, c1,
     t("Sí, aquí en su ficha lo veo: corona colocada el 12 de marzo, con un año de garantía. Un pastel no debería despegar una corona; seguramente falló el cemento. Si el diente está sano, se la vuelvo a cementar hoy sin costo."),
     c("Ay, qué bien, doctora. Yo pensé que me iba a tocar pagar otra vez.", None),
     t3, c3],
    [o, t1, c1,
     t("Hmm. Una corona bien puesta no se sale con un pastel. ¿Seguro que fue comiendo eso y no mordiendo algo duro, un hueso, un caramelo? Porque la garantía no cubre el mal uso."),
     c("Le estoy diciendo la verdad, doctora, fue con el pastel. Yo no vengo a engañar a nadie. Mire su ficha, ahí está que me la pusieron ustedes.", None),
     t3, c3],
))

# f05: casa rural (Pitres, Alpujarra granadina). Fault: over-promises on the connection.
o = c("hola, busco una casa tranquila en la alpujarra para todo octubre. estoy escribiendo un libro, pero 2 veces x semana tengo videollamada con la editorial y eso no puede fallar", None)
t1 = t("Hola. Tenemos un cortijo pequeño en Pitres, muy tranquilo, que te puede ir bien. ¿Las videollamadas son largas? ¿A qué hora suelen ser?")
c1 = c("1 hora, martes y jueves x la mañana. y el resto del tiempo tranquilidad absoluta", None)
t3 = t("Octubre entero son 950 euros, con la leña incluida, que por las noches ya refresca.")
c3 = c("bien de precio. dejame unos dias para cuadrarlo con las fechas de la editorial y te digo", "think_it_over")
PAIRS.append(rpair(
    "esb6r_f05_alpujarra_casarural",
    "Casa rural en la Alpujarra, chat de la web. Una escritora quiere un mes de retiro con dos videollamadas semanales imprescindibles.",
    [o, t1, c1,
     t("Te soy sincera con la conexión: el cortijo tiene wifi por satélite, unos 30 megas, y para una videollamada va bien. Pero con tormenta fuerte se puede cortar un rato, y el móvil allí coge poco. Si algún día falla, el bar de la plaza tiene fibra y una mesa tranquila por la mañana."),
     c("vale, me gusta q me lo digas. el bar de plan b me sirve. y el precio del mes?", None),
     t3, c3],
    [o, t1, c1,
     t("Por la conexión ni te preocupes: el cortijo tiene wifi por satélite y va perfecto, no se corta nunca, te lo garantizo. Podrías ver hasta series en 4K."),
     c("nunca? los satelites con tormenta siempre fallan algo... bueno, si tu lo dices. y el precio del mes?", None),
     t3, c3],
))

# f06: agroinsumos (Otavalo, Ecuador). Fault: recommends before asking.
o = c("Buenos días, señor. Quería ver el balanceado para cuyes, que quiero que me engorden más rápido para vender en la feria.", None)
t2 = t("Con alfalfa y maíz ya tiene buena base. No hace falta darles solo balanceado: con 20 a 30 gramos por cuy al día, como complemento, engordan bastante más rápido. Para ochenta, un saco de 40 kilos le dura unas tres semanas.")
c2 = c("Ya, así sí. ¿Y cuál me llevo?", None)
t3 = t("Como complemento le sirve el de engorde normal, a 26 el saco; el más caro solo compensa si los cría sin alfalfa. Lléveselo y en un mes me cuenta cuánto han ganado.")
c3 = c("Ya, deme el de 26 nomás.", None)
PAIRS.append(rpair(
    "esb6r_f06_otavalo_agro",
    "Tienda de agroinsumos en Otavalo. Una criadora de cuyes busca balanceado para engorde.",
    [o,
     t("Buenos días, señora. Claro. ¿Cuántos cuyes tiene, y qué les da ahora? ¿Alfalfa, hierba, algún balanceado?"),
     c("Unos ochenta. Les doy alfalfa, rechazo de la cosecha de maíz y la hierba de la acequia.", None),
     t2, c2, t3, c3],
    [o,
     t("Buenos días. Lo que usted necesita es este, el Cuy Plus Engorde, el mejor que tenemos: 32 dólares el saco de 40 kilos. Con esto engordan en nada."),
     c("32 el saco... es caro, señor. Y yo tengo ochenta cuyes, ya les doy alfalfa y rechazo de maíz, no sé si me conviene.", "too_expensive"),
     t2, c2, t3, c3],
))

# f07: funeraria (Pontevedra). Fault: an unasked lecture.
o = c("Buenos días. Llamo por mi tío, que murió anoche en la residencia de Poio. No tenía hijos, así que me toca a mí organizarlo. Él quería que lo incinerasen, nada de misa.", None)
t1 = t("Buenos días, le acompaño en el sentimiento. Lo organizamos con usted. ¿Su tío tenía seguro de decesos, o lo cubre la familia? Y de las cenizas, ¿dijo algo de dónde quería que estuvieran?")
c1 = c("Seguro no tenía, lo pago yo. Las cenizas quería que las echáramos en la ría, en Combarro, donde tenía el barco.", None)
t3 = t("La incineración podría ser mañana por la tarde y las cenizas se las entregamos el jueves. Esta mañana le llevo los papeles a la residencia para firmar.")
c3 = c("Vale, allí estaré a las doce.", None)
PAIRS.append(rpair(
    "esb6r_f07_pontevedra_funeraria",
    "Funeraria en Pontevedra. Un sobrino organiza la incineración sencilla de su tío.",
    [o, t1, c1,
     t("Entendido. Le propongo lo sencillo: recogida en la residencia, incineración en Pontevedra y las cenizas en urna biodegradable para la ría, sin velatorio ni ceremonia. Son 1.850 euros con impuestos. Para esparcirlas en el mar no hace falta permiso especial, solo hacerlo lejos de la playa."),
     c("Me parece bien, así lo quería él. 1.850 es algo más de lo que pensaba, pero vale. ¿Cuándo podría ser?", "too_expensive"),
     t3, c3],
    [o, t1, c1,
     t("Entendido. Y mire, se lo digo por experiencia: esto pasa por no planificar. La gente no piensa en la muerte, no hace testamento ni seguro, y luego le toca al sobrino pagarlo todo. Usted debería dejarlo todo atado ya, por sus hijos. Le propongo recogida, incineración y urna biodegradable: 1.850 euros."),
     c("Oiga, yo no le he pedido consejo; mi tío era como era. Y 1.850 es más de lo que pensaba. ¿Cuándo podría ser?", "too_expensive"),
     t3, c3],
))

# f08: autoescuela (Molina de Segura, Murcia). Fault: argues with the customer.
o = c("buenas acho, mi hijo ha cumplido 18 y quiere sacarse el carnet en julio antes de irse a estudiar a valencia. se puede en 1 mes?", None)
t1 = t("Buenas. En un mes es justo, pero se puede si el teórico sale rápido. ¿Ha empezado a estudiar el teórico? ¿Y ha cogido alguna vez el coche?")
c1 = c("el teorico lo estudia con una app, dice q hace los test y aprueba. y conducir ya sabe, q le he enseñao yo en el campo con el coche de la finca. con 5 o 6 clases le sobra", None)
t3 = t("Cada práctica son 30 euros, y matrícula con teórico, 250. Para examinarse en julio, que haga el teórico la primera semana; le puedo pedir ya la fecha.")
c3 = c("dejame q lo hable con el chiquillo esta noche y te digo mañana", "think_it_over")
PAIRS.append(rpair(
    "esb6r_f08_molina_autoescuela",
    "Autoescuela en Molina de Segura, WhatsApp. Un padre cree que su hijo, que ha aprendido en la finca, necesita pocas clases.",
    [o, t1, c1,
     t("Pues eso ayuda. Haría una primera clase de evaluación en ciudad: a veces quien ha aprendido en el campo va muy bien con el volante y le cuestan más las rotondas y las prioridades. Después de esa clase el profesor le dice con honradez cuántas cree que necesita, sean cinco o quince."),
     c("hombre, eso me parece justo. y cuanto es cada clase?", None),
     t3, c3],
    [o, t1, c1,
     t("Ya, eso dicen todos los padres. Con cinco clases no aprueba nadie, y los que aprenden en el campo vienen llenos de vicios que luego hay que quitar. Mínimo veinte, se lo digo yo."),
     c("pues mi hijo conduce mejor q muchos eh. 20 clases me parece ganas de sacar dinero. y cuanto es cada clase?", "too_expensive"),
     t3, c3],
))

# f09: mudanzas (Miraflores -> La Molina, Lima). Fault: closes before checking the furniture fits.
o = c("Buenas tardes. Quiero cotizar una mudanza de un departamento en Miraflores a una casa en La Molina. Es un tres dormitorios, y lo más complicado es un sofá seccional grande y una refrigeradora de dos puertas.", None)
t1 = t("Buenas tardes. Con gusto. ¿Para qué fecha sería?")
c1 = c("Para el sábado 20, que el 22 entrego el departamento.", None)
t2 = t("Anotado. ¿En qué piso está el departamento y cómo es el ascensor? ¿Y en La Molina hay escalera o el ingreso es directo?")
c2 = c("Piso 9, ascensor normal; el sofá subió por ahí en piezas. En La Molina la sala está en el segundo piso y se sube por una escalera de caracol, bonita pero estrecha.", None)
PAIRS.append(rpair(
    "esb6r_f09_lima_mudanza",
    "Empresa de mudanzas en Lima. Un cliente con sofá seccional y refrigeradora grande se muda a una casa con escalera de caracol.",
    [o, t1, c1, t2, c2,
     t("Esa escalera es lo que me preocupa: un seccional y una refrigeradora de dos puertas muchas veces no pasan por una de caracol. Antes de cerrar la fecha, ¿me manda el ancho y la altura libre, o prefiere que vaya a medir? Si no pasan, habría que izarlos por el balcón, y eso cambia el precio."),
     c("Ah, no había pensado en eso. Mejor venga a medir, ¿el jueves puede?", None)],
    [o, t1, c1, t2, c2,
     t("No se preocupe, mis muchachos suben lo que sea. Le cierro el sábado 20, todo incluido, 1.800 soles. ¿Le mando el contrato para que lo firme hoy?"),
     c("¿Seguro? La escalera es bien estrecha... Y si luego no entra, ¿quién lo paga? No firmo nada hasta saberlo.", None)],
))

# f10: 4G fijo para un bar (Ribadelago, Sanabria, Zamora). Fault: talks about himself instead of the customer.
o = c("buenas, tengo un bar en un pueblo de sanabria y el datafono me va x el movil, se queda colgado cada 2x3 y pierdo cobros. me podeis poner algo?", None)
t1 = t("Buenas. Lo miramos. ¿Me dice el pueblo exacto, para ver qué cobertura hay: fibra, 4G o satélite? ¿Y para qué más usaría la conexión, aparte del datáfono?")
c1 = c("ribadelago. aparte del datafono la tele para el futbol, q los domingos se me llena, y el wifi para los clientes en verano q vienen turistas al lago", None)
t3 = t("El 4G fijo son 39 euros al mes, con antena e instalación gratis y 12 meses de permanencia. Si en el primer mes el datáfono se le sigue colgando, le quitamos la permanencia.")
c3 = c("39 al mes... en invierno aqui no entra ni el aire, eso es un pellizco pa mi", "no_money")
PAIRS.append(rpair(
    "esb6r_f10_sanabria_4g",
    "Operador de telecomunicaciones (Zamora), chat. El dueño de un bar en Sanabria pierde cobros porque el datáfono va por el móvil.",
    [o, t1, c1,
     t("En Ribadelago la fibra todavía no llega; lo que hay es 4G fijo con antena exterior, mucho más estable que el móvil dentro del bar, o satélite. Para el datáfono, el 4G con antena sobra. Para el fútbol los domingos de verano va justo si el wifi está lleno de turistas, así que le limitaría el wifi de clientes."),
     c("vale, eso tiene sentido. y cuanto sale?", None),
     t3, c3],
    [o, t1, c1,
     t("¡Ribadelago! Qué bonito. Yo veraneaba de crío en Puebla de Sanabria, mi abuelo tenía un bar allí, fíjese. Y trabajé ocho años en hostelería antes de esto, así que sé lo que es perder un cobro, que a mí me pasaba en Benavente con un datáfono viejo. Lo suyo es el 4G fijo con antena exterior."),
     c("ya ya... lo de su abuelo muy bien, pero eso me arregla lo del datafono? y cuanto sale?", None),
     t3, c3],
))

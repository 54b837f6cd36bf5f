"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 - Miami (Little Havana), internet provider: cancellation call
# fault in worse: drops the price before asking anything
_open = c("Buenas, llamo para cancelar el servicio de internet. Ya no lo quiero.", None)
_t2 = t("Entiendo: se muda con su hija a Orlando y allá ya tienen internet. Entonces cancelamos a partir del 30. ¿El módem es rentado? Hay que devolverlo para que no le cobren.")
_c2 = c("Sí, es de ustedes. ¿Y dónde lo llevo? Porque yo no manejo.", None)
_t3 = t("Puede dejarlo en cualquier tienda UPS; le mando la etiqueta por correo, sin costo. La más cercana a usted está en la 8 con la 27, a dos cuadras.")
_c3 = c("Ah, bueno, esa queda al lado de la farmacia. ¿Y el último mes me lo cobran completo?", None)
_t4 = t("Le cobramos solo hasta el 30, prorrateado. Le mando por texto el número de cancelación y la confirmación.")
PAIRS.append(rpair(
    "esb73r_f01_littlehavana_cancelar_internet",
    "Internet provider phone line, Little Havana, Miami. An elderly Cuban man calls to cancel because he is moving in with his daughter in Orlando. Same call on both sides, except that in worse the agent opens by slashing the price without asking why he is leaving, and the customer has to explain that price is not the issue.",
    [
        _open,
        t("Buenas, con gusto le ayudo con eso. ¿Puedo preguntarle qué pasó con el servicio, para anotarlo bien?"),
        c("Que me mudo a vivir con mi hija a Orlando a fin de mes. Allá ella ya tiene internet.", None),
        _t2, _c2, _t3, _c3, _t4,
    ],
    [
        _open,
        t("¡No cancele! Le puedo bajar el plan a 39.99 por doce meses ahora mismo, es la mejor oferta que tenemos."),
        c("No es por el precio, mijo. Es que me mudo a Orlando con mi hija a fin de mes y allá ella ya tiene internet.", "no_need"),
        _t2, _c2, _t3, _c3, _t4,
    ],
))

# f02 - Houston (Pasadena), car dealer: trade-in value
# fault in worse: argues with the customer
_open = c("Buenas, vengo por lo de la Silverado, ya la manejé ayer. Lo que quiero es ver cuánto me dan por mi Tundra.", None)
_t1 = t("Buenas, qué bueno que regresó. Ya la revisó nuestro evaluador: por su Tundra 2012 con 190 mil millas le podemos dar 8,500.")
_c1 = c("¿Ocho mil quinientos? En el Kelley Blue Book me salía como once mil.", "too_expensive")
_t3 = t("Si tiene el recibo de los frenos, eso cambia: le quito ese descuento y le quedan 9,200. ¿Me lo manda en foto?")
_c3 = c("Aquí está. Nueve mil doscientos... todavía lo quiero pensar, voy a preguntar en CarMax cuánto me dan.", "think_it_over")
_t4 = t("Está bien, pregunte. La oferta de 9,200 se la dejo por escrito y vale por una semana.")
PAIRS.append(rpair(
    "esb73r_f02_pasadena_troca_intercambio",
    "Chevrolet dealer, Pasadena TX (Houston area). A Mexican customer disputes the trade-in offer for his Tundra, quoting Kelley Blue Book. Same conversation on both sides, except that in worse the salesperson argues that the customer's number is wrong instead of showing the appraisal, and the customer digs in.",
    [
        _open, _t1, _c1,
        t("Le entiendo, a mí también me pasaría. Kelley da un rango según condición; el evaluador marcó que las llantas y los frenos hay que cambiarlos, unos 1,400. Le enseño la hoja de evaluación, y si ve algo que no cuadra, lo revisamos juntos."),
        c("A ver... sí, las llantas ya están lisas, eso es cierto. Pero los frenos los cambié en marzo, tengo el recibo.", None),
        _t3, _c3, _t4,
    ],
    [
        _open, _t1, _c1,
        t("No, mire, el Kelley Blue Book no sabe cómo está su troca. Todo el mundo viene con ese número y siempre está inflado. Ocho mil quinientos es lo justo, créame."),
        c("Pues inflado o no, yo sé lo que vale mi troca. Y los frenos los cambié en marzo, tengo el recibo.", None),
        _t3, _c3, _t4,
    ],
))

# f03 - Chicago (Brighton Park), clinic front desk: insurance letter about an MRI
# fault in worse: unexplained jargon
_open = c("Hola, me llegó una carta de mi seguro que dice que la resonancia de mi rodilla necesita no sé qué, y el doctor me dijo que ya me la habían aprobado.", None)
_t2 = t("Todavía no hay que cancelar. Yo le hablo hoy a la oficina del doctor para que manden el permiso; normalmente el seguro contesta en dos o tres días. ¿Me da el nombre de su doctor?")
_c2 = c("El doctor Kowalski, el de los huesos, en la Ashland. Pero si el viernes no está, yo ya pedí el día en el trabajo y no puedo pedir otro.", "no_time")
_t3 = t("Entiendo. Le llamo el jueves a mediodía para decirle si ya llegó; si no llegó, la movemos a un sábado para que no pierda otro día de trabajo.")
_c3 = c("Ok, al celular, por favor. Gracias.", None)
PAIRS.append(rpair(
    "esb73r_f03_brightonpark_resonancia_seguro",
    "Clinic front desk, Brighton Park, Chicago. A Mexican woman brings an insurance letter about her knee MRI. Same conversation on both sides, except that in worse the receptionist explains the letter in insurance jargon (PA, UM, out-of-network, coinsurance) and the customer understands nothing.",
    [
        _open,
        t("Hola, déjeme ver la carta. Dice que el seguro todavía no aprueba la resonancia: el doctor tiene que mandar antes un permiso especial que se llama autorización previa. Sin ese permiso, el seguro no la paga. ¿Ya tiene cita para la resonancia?"),
        c("Sí, el viernes. ¿Entonces la tengo que cancelar?", None),
        _t2, _c2, _t3, _c3,
    ],
    [
        _open,
        t("Hola, déjeme ver. Ah, es un PA pendiente por medical necessity; el MRI queda out-of-network hasta que UM lo revise, y aplica deducible y coinsurance del 20. ¿Ya tiene cita para la resonancia?"),
        c("Perdón, no le entendí nada. Sí, el viernes. ¿Entonces la tengo que cancelar o qué?", None),
        _t2, _c2, _t3, _c3,
    ],
))

# f04 - Los Angeles (Boyle Heights), check cashing: insurance cheque
# fault in worse: doubts the customer's honesty
_open = c("Buenas, ¿me cambia este cheque? Es del seguro, del accidente que tuve en el carro.", None)
_t2 = t("Ya llamé a la aseguradora y el cheque está confirmado. La comisión para este monto es 2.5 por ciento, serían 80 dólares.")
_c2 = c("¿Ochenta? Uff, es mucho. ¿No me lo puede dejar en menos?", "too_expensive")
_t3 = t("La comisión no la puedo bajar, pero si lo deposita en su banco no le cobran nada; nomás tarda dos o tres días. Usted decide.")
_c3 = c("No tengo banco. Ni modo, cámbiemelo, ocupo pagar el deducible del taller hoy.", None)
PAIRS.append(rpair(
    "esb73r_f04_boyleheights_cheque_seguro",
    "Check-cashing store, Boyle Heights, Los Angeles. A Mexican woman cashes a 3,200 insurance cheque after a car accident. Same conversation on both sides, except that in worse the clerk, instead of explaining the routine verification, asks whether the cheque is really hers, and she is insulted.",
    [
        _open,
        t("Buenas, claro. Es de 3,200, así que para montos grandes necesito su ID y llamar a la aseguradora para verificar el cheque; tarda unos diez minutos. ¿Puede esperar?"),
        c("Diez minutos sí. Nomás que salí en el break, tengo media hora.", None),
        _t2, _c2, _t3, _c3,
    ],
    [
        _open,
        t("Uy, 3,200 del seguro. ¿Y este cheque de veras es suyo? Porque aquí llegan muchos cheques robados. ¿No lo habrá encontrado, o se lo dio alguien?"),
        c("¿Cómo que robado? Es mío, aquí está mi nombre y mi ID. Salí en el break, tengo media hora, no estoy para que me insulten.", None),
        _t2, _c2, _t3, _c3,
    ],
))

# f05 - Bronx, furniture store: bedroom set delivered with a cracked headboard
# fault in worse: vague next step
_open = c("Oye, me entregaron el juego de cuarto ayer y la cabecera vino rajada. Pagué mil cuatrocientos por eso.", None)
_t1 = t("Ay, qué mal, lo siento. ¿Me puede mandar una foto de la rajadura y del número que trae la etiqueta atrás?")
_c1 = c("Ya te la mandé por WhatsApp. Mira cómo está. Y mi hija duerme ahí.", None)
_t2 = t("La veo, sí está rajada de lado a lado; eso es de fábrica o del camión, no suyo. Le pido la cabecera nueva al almacén hoy mismo.")
_c2 = c("¿Y cuánto se tarda eso? Porque la otra vez con otra tienda esperé dos meses por una mesa.", "bad_experience")
PAIRS.append(rpair(
    "esb73r_f05_bronx_cabecera_rajada",
    "Furniture store customer service, Bronx (Tremont). A Dominican woman's new bedroom set arrived with a cracked headboard. Same conversation on both sides, except the last trainee turn: better gives a day, a time window, where it comes from and when she will get confirmation; worse says 'we'll let you know'.",
    [
        _open, _t1, _c1, _t2, _c2,
        t("Tenemos ese modelo en el almacén de Hunts Point. Se la llevan el jueves entre 9 y 1, y se llevan la rajada. Hoy antes de las seis le mando la confirmación por WhatsApp."),
        c("El jueves en la mañana está bien, yo trabajo de tarde.", None),
    ],
    [
        _open, _t1, _c1, _t2, _c2,
        t("Eso depende del almacén. Ya hice el reporte; nosotros le avisamos cuando sepamos algo."),
        c("¿Y cuándo me avisan? Eso mismo me dijeron la otra vez. Yo trabajo de tarde, necesito saber el día.", None),
    ],
))

# f06 - Houston (Alief), car insurance agency: adding a teenage driver
# fault in worse: over-promises
_open = c("Buenas, quiero agregar a mi hijo al seguro del carro, ya sacó la licencia. Tiene diecisiete.", None)
_t1 = t("¡Felicidades, qué nervios! ¿Él va a manejar el carro de ustedes o uno propio? ¿Y más o menos cuántas millas?")
_c1 = c("El mío, una Camry 2017, para ir a la escuela y al trabajo en el H-E-B. Unas diez millas al día.", None)
_t2 = t("Con eso, agregarlo sube la póliza unos 110 al mes. Si tiene promedio de B o más en la escuela, hay descuento de buen estudiante, como 15 por ciento.")
_c2 = c("Ciento diez más... híjole, está caro. Tiene puras B y A, eso sí.", "too_expensive")
_t4 = t("Listo, queda agregado desde hoy. Le mando las tarjetas nuevas al correo para que él traiga una en la guantera.")
PAIRS.append(rpair(
    "esb73r_f06_alief_seguro_hijo",
    "Car insurance agency, Alief, Houston. A Mexican mother adds her 17-year-old son to her policy. Same conversation on both sides, except that in worse the agent guarantees a price that depends on the insurer and promises the premium will not go up after a crash, and the customer believes it.",
    [
        _open, _t1, _c1, _t2, _c2,
        t("Entonces le aplico el descuento y queda en unos 94. Si él toma el curso de manejo defensivo en línea, puede bajar otro poco, aunque eso lo decide la aseguradora; se lo confirmo cuando lo termine."),
        c("Ok, eso está mejor. Póngalo pues.", None),
        _t4,
    ],
    [
        _open, _t1, _c1, _t2, _c2,
        t("Entonces le aplico el descuento, y si toma el curso de manejo defensivo le garantizo que le queda en 60. Y si choca, no se preocupe, con nosotros no le sube la póliza, se lo prometo."),
        c("¿De veras? ¿Ni aunque choque? Ok, póngalo pues.", None),
        _t4,
    ],
))

# f07 - Los Angeles (Panorama City), phone store: new phone, mother's WhatsApp voice notes
# fault in worse: closes before checking the thing works
_open = c("Buenas, vengo por un teléfono nuevo, pero lo que más me importa es que no se me pierdan las fotos y los WhatsApp de mi mamá, que ya falleció. Están en este.", None)
_t1 = t("Claro que sí, eso lo cuidamos. ¿Su teléfono es Android o iPhone, y cuál quiere de nuevo?")
_c1 = c("Es un Samsung viejito. Quiero otro Samsung, el A35, no quiero gastar mucho.", None)
_t2 = t("Buena opción, el A35 son 399. De Samsung a Samsung se pasa todo con el cable, fotos y WhatsApp, en unos veinte minutos.")
_c2 = c("Trescientos noventa y nueve... bueno, está bien, ya lo tenía pensado.", None)
_t4 = t("Le entiendo, son recuerdos que no se reponen. ¿Los audios los tiene guardados también en Google Drive, o solo en el teléfono?")
PAIRS.append(rpair(
    "esb73r_f07_panoramacity_audios_mama",
    "Mobile phone store, Panorama City, Los Angeles. A Salvadoran woman buys a new phone and cares most about her late mother's photos and WhatsApp voice notes. Same conversation on both sides, except that in worse the clerk charges and activates the phone first and leaves the data transfer for her to do at home, and she gets anxious.",
    [
        _open, _t1, _c1, _t2, _c2,
        t("Antes de cobrarle, pasamos todo y revisamos juntas que estén las fotos y el chat de su mamá, los audios también. Si algo no pasa, no se lleva nada hasta que lo resolvamos."),
        c("Sí, por favor, los audios son lo que más me importa.", None),
        _t4,
    ],
    [
        _open, _t1, _c1, _t2, _c2,
        t("Perfecto, entonces le cobro de una vez y le activo la línea; lo de pasar los datos lo puede hacer usted en su casa, es fácil, sale solito al prender el teléfono."),
        c("Ay, ¿y si no me sale? Yo no sé de eso, y los audios de mi mamá son lo que más me importa.", None),
        _t4,
    ],
))

# f08 - Chicago (Gage Park), tax preparer: W-2 plus weekend tamales
# fault in worse: an unasked lecture
_open = c("Buenas, vengo a hacer mis taxes. Este año sí traje todo, el W-2 y lo de los niños.", None)
_t1 = t("Buenas, qué bien. A ver... un W-2 de la fábrica y dos niños. ¿Algún otro ingreso este año, trabajitos por fuera, ventas?")
_c1 = c("Vendí unos tamales los fines de semana, pero eso fue poquito, como dos mil en todo el año.", None)
_t3 = t("Perfecto, con eso restamos los gastos. La preparación con ese anexo son 210. ¿Quiere el reembolso por depósito directo?")
_c3 = c("¿Doscientos diez? El año pasado pagué ciento sesenta.", "too_expensive")
_t4 = t("Sí, sube por el anexo de los tamales, que es otro formulario. Pero con los gastos le baja lo que debe más de lo que sube la preparación.")
PAIRS.append(rpair(
    "esb73r_f08_gagepark_taxes_tamales",
    "Tax preparer, Gage Park, Chicago. A Mexican factory worker who sold tamales on weekends does his return. Same conversation on both sides, except that in worse the preparer slips in an unasked lecture about selling food without a permit and saving for retirement, and the customer bristles.",
    [
        _open, _t1, _c1,
        t("Eso también se reporta, pero puede restar lo que gastó en masa, hojas y carne. ¿Tiene idea de cuánto gastó, o algún recibo?"),
        c("Tengo los recibos del Costco en una bolsa, ja. Como la mitad se fue en eso.", None),
        _t3, _c3, _t4,
    ],
    [
        _open, _t1, _c1,
        t("Eso también se reporta. Y déjeme decirle algo: la gente que vende comida sin permiso se mete en problemas con la ciudad, y usted debería estar ahorrando para el retiro en vez de gastarlo todo; muchos llegan a viejos sin nada. ¿Tiene idea de cuánto gastó en los tamales?"),
        c("Pues... tengo los recibos del Costco en una bolsa. Como la mitad se fue en eso. Y no vine a que me regañaran, eh.", None),
        _t3, _c3, _t4,
    ],
))

# f09 - Miami (Hialeah), pharmacy counter: cough
# fault in worse: recommends before asking
_open = c("Buenas, ¿qué me da pa' la tos? Llevo una semana con esta tos que no me deja dormir.", None)
_t2 = t("Qué bueno que me lo dice. Con la presión no le conviene nada con descongestionante, porque la sube. Para tos seca le sirve el dextrometorfano solo, y este viene sin azúcar, por la metformina.")
_c2 = c("¿Y cuánto es ese? Porque la plata está apretada este mes.", None)
_t3 = t("7.49. Si en una semana más sigue con la tos, o le da fiebre o le falta el aire, vaya con su doctor, que una tos de dos semanas hay que revisarla.")
_c3 = c("Ta bien, mi'ja, deme ese.", None)
PAIRS.append(rpair(
    "esb73r_f09_hialeah_jarabe_tos",
    "Pharmacy counter, Hialeah, Miami. An older Cuban man with high blood pressure and diabetes asks for something for his cough. Same conversation on both sides, except that in worse the pharmacy clerk recommends a bestselling decongestant combo before asking anything, and the customer himself has to raise his medications.",
    [
        _open,
        t("Buenas. Antes de darle algo, unas preguntas: ¿la tos es seca o con flema? ¿Tiene fiebre? ¿Y toma alguna medicina para la presión o el corazón?"),
        c("Seca, seca. Fiebre no. Tomo losartán pa' la presión, y la metformina.", None),
        _t2, _c2, _t3, _c3,
    ],
    [
        _open,
        t("Buenas. Llévese este, el combo de día y noche, es el que más se vende, con descongestionante y todo. Son 14.99."),
        c("Oiga, pero yo tomo losartán pa' la presión, y la metformina. ¿Eso no me sube la presión? La tos es seca, fiebre no tengo.", None),
        _t2, _c2, _t3, _c3,
    ],
))

# f10 - Queens (Jackson Heights), travel agency: Christmas flights to Guayaquil
# fault in worse: talks about themselves instead of the customer
_open = c("Buenas, quería cotizar pasajes a Guayaquil para diciembre. Somos cuatro, mi esposa, los dos guaguas y yo.", None)
_t1 = t("Buenas. ¿Qué fechas más o menos, y cuánto tiempo se quieren quedar?")
_c1 = c("Salir el 20 y volver el 5 de enero. Los chicos tienen vacaciones de la escuela.", None)
_t2 = t("Para esas fechas, directo desde JFK sale en unos 890 por persona, y con escala en Panamá unos 720. ¿Qué les importa más, el precio o no hacer escala con los niños?")
_c2 = c("El precio, la verdad. Con la escala está mejor, pero igual son casi tres mil, y eso para nosotros es harta plata.", "too_expensive")
_t4 = t("Claro. Le mando las opciones por WhatsApp y se las aparto hasta mañana, sin pago.")
PAIRS.append(rpair(
    "esb73r_f10_jacksonheights_pasajes_guayaquil",
    "Travel agency, Jackson Heights, Queens. An Ecuadorian father prices Christmas flights to Guayaquil for a family of four. Same conversation on both sides, except that in worse, after he says the price is a stretch, the agent tells her own Christmas travel story instead of looking for a cheaper date.",
    [
        _open, _t1, _c1, _t2, _c2,
        t("Entiendo. Si pueden salir el 17 en vez del 20, baja a unos 610 con escala, porque todavía no es temporada alta. ¿Los chicos salen de la escuela antes del 17?"),
        c("Salen el 19... tendría que pedir permiso en la escuela. Déjeme hablarlo con mi esposa.", "think_it_over"),
        _t4,
    ],
    [
        _open, _t1, _c1, _t2, _c2,
        t("Uy, le entiendo. Yo también soy de Guayaquil, fíjese. El año pasado me fui con mis hijos en diciembre y fue toda una aventura: se nos perdió una maleta en Panamá, mi suegra nos esperaba con un encebollado... Ay, qué tiempos. Yo siempre viajo en diciembre, es lo mejor."),
        c("Ajá... qué bien. ¿Pero hay algo más barato o no? Déjeme hablarlo con mi esposa.", "think_it_over"),
        _t4,
    ],
))

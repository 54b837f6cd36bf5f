"""Ranked pairs f01-f10 (esb64): both sides share every turn except one fault in `worse`
and the customer's reaction to it. Written by hand."""
from common import c, t, rpair

PAIRS = []

# f01 fault: argues with the customer ---------------------------------------
_o = c("Hola, buenas. Os escribo porque desde que me cambié a vosotros, en mi casa de Benimaclet el móvil no tiene cobertura dentro. Tengo que salir al balcón pa hablar.", None)
_t1 = t("Hola. Vaya, salir al balcón para cada llamada es una lata. ¿Te pasa en toda la casa o en alguna habitación en concreto? ¿Y desde cuándo?")
_c2 = c("En toda la casa menos el balcón. Desde que hice la portabilidad, hace tres semanas. Con la otra compañía no me pasaba, eh.", None)
_t3_ok = t("Te creo: cada compañía usa antenas distintas, y dentro de casa se nota mucho. Mirando tu calle, la antena que te da servicio queda detrás de un edificio alto. ¿Tienes fibra o wifi en casa? Te lo pregunto por una solución.")
_c4_ok = c("Sí, tengo fibra, aunque es de otra compañía.", None)
_t3_bad = t("Pues es raro, porque según nuestro mapa en Benimaclet tenemos cobertura excelente en interiores. Será tu móvil, o que tienes paredes muy gruesas; con la otra compañía tendrías lo mismo.")
_c4_bad = c("Que no, que con la otra iba perfecto, con el mismo móvil y las mismas paredes. ¿Me estás diciendo que me lo invento?", None)
_t5 = t("Mira, te propongo esto: te activo las llamadas por wifi, que usan la fibra de tu casa, sea de la compañía que sea, y funcionan en todas las habitaciones. Reinicias el móvil y listo. Y si en una semana sigues con problemas, te abro una incidencia de cobertura para que lo revise el equipo de red.")
_c6 = c("Vale, probamos. Pero si en una semana sigue igual, me vuelvo a la otra, te aviso.", None)
_t7 = t("Me parece justo. Ya está activado; te escribo el lunes que viene para ver qué tal.")
PAIRS.append(rpair(
    id="esb64r_f01_valencia_cobertura_interior",
    situation="Chat de un operador móvil. Un cliente de Benimaclet (Valencia) no tiene cobertura dentro de casa desde la portabilidad. Fallo en worse: discute con el cliente.",
    better=[_o, _t1, _c2, _t3_ok, _c4_ok, _t5, _c6, _t7],
    worse=[_o, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f02 fault: doubts the customer's honesty ----------------------------------
_o = c("hola, soy Marta, estuvimos en la casa de Pollença la semana pasada. me habeis retenido 150 de la fianza por una mancha en el sofa y esa mancha ya estaba cuando llegamos", None)
_t1 = t("Hola, Marta. Gracias por escribir, lo miro contigo. ¿Lo comentasteis a alguien al llegar, o hicisteis alguna foto?")
_c2 = c("no lo dijimos xq era una mancha pequeña y no queriamos molestar. fotos no se, igual sale en alguna de los niños en el sofa", None)
_t3_ok = t("Lo entiendo, es normal no avisar por una mancha pequeña. Y siento el disgusto, que te retengan dinero por algo que ya estaba sienta fatal.")
_c4_ok = c("pues si, la verdad. y mas siendo clientes de hace años", None)
_t3_bad = t("Ya... Es que eso nos lo dicen muchos huéspedes cuando se les retiene la fianza. Sin foto, comprenderás que es tu palabra contra la de la limpiadora.")
_c4_bad = c("perdona? no estoy mintiendo. llevamos 4 años yendo a vuestras casas y nunca ha habido un problema", None)
_t5 = t("Si encuentras alguna foto de los primeros días donde se vea el sofá, mándamela. Y yo reviso hoy el parte de limpieza del día que entrasteis, el 12, que a veces anotan estas cosas. Con cualquiera de las dos, te devuelvo los 150.")
_c6 = c("vale, esta noche miro las fotos y te digo", None)
_t7 = t("Genial. Y si no aparece nada y el parte tampoco dice nada, te llamo yo y lo hablamos; no se queda así sin más.")
PAIRS.append(rpair(
    id="esb64r_f02_pollenca_fianza_mancha",
    situation="Agencia de casas vacacionales en el norte de Mallorca, atención por WhatsApp. Una clienta habitual reclama una retención de fianza por una mancha que ya estaba. Fallo en worse: duda de la honradez de la clienta.",
    better=[_o, _t1, _c2, _t3_ok, _c4_ok, _t5, _c6, _t7],
    worse=[_o, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f03 fault: drops the price before asking anything -------------------------
_o = c("Buenas tardes. Estoy mirando mesas de comedor. Esta de roble, ¿cuánto vale?", None)
_t1_ok = t("Buenas tardes. Esa son novecientos ochenta; es roble macizo, de un taller de Yecla. ¿Para cuántas personas la busca? ¿Es para el día a día o para cuando vienen invitados?")
_c2_ok = c("Pa el día a día somos cuatro, pero los domingos viene toda la familia y nos juntamos diez. Por eso busco algo grande.", None)
_t1_bad = t("Buenas tardes. Esa son novecientos ochenta, pero se la dejo en setecientos ochenta, que este mes hacemos un veinte por ciento. ¿Se la apunto?")
_c2_bad = c("Uy, qué rápido. Si me la rebaja así de primeras, será que no vale lo que pone... Yo lo que necesito saber es si me caben diez personas los domingos.", None)
_t3 = t("Extendida llega a dos metros cuarenta y caben diez sin problema; cerrada es de uno sesenta, y para cuatro va cómoda. ¿Cuánto mide el comedor?")
_c4 = c("El comedor tiene tres metros y medio. Es que tuvimos una extensible y se le rompió la guía al segundo año, y mi marido no quiere saber nada de extensibles.", "bad_experience")
_t5 = t("Normal que desconfíe. Esta no lleva guías metálicas: las alas se guardan debajo del tablero y el mecanismo tiene diez años de garantía. Ábrala y ciérrela usted misma un par de veces, a ver qué le parece.")
_c6 = c("A ver... pues sí, va suave. Pero lo tengo que hablar con él, que si no, no la compro.", "think_it_over")
_t7 = t("Claro. Le apunto las medidas y la garantía en una tarjeta, y si quieren venir juntos el sábado, se la dejo montada extendida para que la vean.")
PAIRS.append(rpair(
    id="esb64r_f03_murcia_mesa_comedor",
    situation="Tienda de muebles en Murcia. Una clienta pregunta el precio de una mesa de roble; en casa son cuatro y los domingos diez. Fallo en worse: rebaja el precio antes de preguntar nada.",
    better=[_o, _t1_ok, _c2_ok, _t3, _c4, _t5, _c6, _t7],
    worse=[_o, _t1_bad, _c2_bad, _t3, _c4, _t5, _c6, _t7],
))

# f04 fault: an unasked lecture ---------------------------------------------
_o = c("Hola, buenos días. Quería pedir cita para una limpieza, que hace como dos años que no me hago una.", None)
_t1 = t("Buenos días. Claro. ¿Le molesta algo en concreto, sangrado de encías, alguna muela, o es solo la limpieza de rutina?")
_c2 = c("Me sangran un poco las encías al cepillarme, nada más. Y bueno, fumo, así que ya me imagino cómo estarán de manchados.", None)
_t3_ok = t("Vale, sangrado al cepillarse; lo apunto para que la higienista lo mire con calma. Las manchas del tabaco se van bastante con la limpieza, ya verá.")
_c4_ok = c("Ah, pues mejor. ¿Y cuánto cuesta?", None)
_t3_bad = t("Pues ya sabe que el tabaco es lo peor para las encías: reduce el riego, favorece la periodontitis y al final se acaban perdiendo piezas. Debería plantearse dejarlo, de verdad, que en el centro de salud hay programas muy buenos.")
_c4_bad = c("Ya, ya lo sé, no hace falta que me lo diga, que para eso ya tengo a mi mujer. ¿Cuánto cuesta la limpieza?", None)
_t5 = t("La limpieza son cuarenta y cinco euros, y esa primera visita incluye revisión. Si la higienista ve que hace falta algo más para las encías, se lo explica y le da el precio antes de hacer nada.")
_c6 = c("Vale. Pero que sea por la tarde, que por las mañanas trabajo en el puerto.", None)
_t7 = t("¿El martes a las cinco y media le va bien? Le mando un recordatorio el día antes.")
PAIRS.append(rpair(
    id="esb64r_f04_alicante_limpieza_dental",
    situation="Clínica dental en Alicante, recepción telefónica. Un fumador pide una limpieza tras dos años sin hacerse ninguna. Fallo en worse: un sermón que nadie ha pedido.",
    better=[_o, _t1, _c2, _t3_ok, _c4_ok, _t5, _c6, _t7],
    worse=[_o, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f05 fault: a vague next step ----------------------------------------------
_o = c("Bueno, pues ya he visto la demo. Está bien, pero la verdad es que no sé si mis gobernantas lo van a usar, que hasta ahora los cuadrantes se hacen en papel.", "think_it_over")
_t1 = t("Es la pregunta importante. ¿Qué es lo que más les cuesta ahora con el papel, a ellas?")
_c2 = c("Los cambios. Cuando alguien se pone mala, se pasan la mañana llamando a camareras de piso para cubrir. Y luego hay líos con las horas a final de mes.", None)
_t3 = t("Entonces lo que más les ayudaría es la parte de cubrir bajas: la app avisa a las que están libres y la primera que acepta se queda el turno. ¿Cuántas gobernantas tenéis en los tres hoteles?")
_c4 = c("Tres, una por hotel. La del hotel del Born es la más joven, esa lo usaría seguro; la de Sants lleva treinta años en la casa y el móvil lo justo.", None)
_t5_ok = t("Entonces empezamos solo por el Born, con ella: un mes gratis, le doy una formación de una hora el martes a las once, y el viernes de la semana siguiente hablamos los tres y vemos si ha ahorrado tiempo con las bajas. Si funciona, ella misma se lo enseña a las otras dos.")
_c6_ok = c("Eso me gusta más que meterlo en los tres de golpe. El martes a las once me va bien.", None)
_t5_bad = t("Perfecto. Pues lo habláis internamente con calma y ya nos diréis algo, o ya os iremos diciendo nosotros cómo lo podríamos hacer.")
_c6_bad = c("Ya... bueno, pues ya hablaremos, supongo. Ahora tengo la temporada encima y no sé cuándo lo podré mirar.", "no_time")
PAIRS.append(rpair(
    id="esb64r_f05_barcelona_app_cuadrantes",
    situation="Software de cuadrantes de personal, videollamada tras una demo. La directora de operaciones de tres hoteles pequeños de Barcelona duda de que sus gobernantas lo usen. Fallo en worse: un siguiente paso vago.",
    better=[_o, _t1, _c2, _t3, _c4, _t5_ok, _c6_ok],
    worse=[_o, _t1, _c2, _t3, _c4, _t5_bad, _c6_bad],
))

# f06 fault: over-promises --------------------------------------------------
_o = c("Buenas, el embrague me patina, sobre todo en las cuestas. Y el viernes me voy a Teruel con la familia, necesito el coche sí o sí.", None)
_t1 = t("Buenas. Vale, patina en cuestas y lo necesitas para el viernes. ¿Qué coche es y cuántos kilómetros tiene?")
_c2 = c("Un León del dieciséis, diésel, ciento sesenta mil. El embrague creo que es el original.", None)
_t3_ok = t("Con ciento sesenta mil y el original, casi seguro toca cambiar el kit. Te digo cómo está: lo pido hoy; si llega mañana, el jueves por la tarde lo tienes. Si el proveedor no lo tiene en Valencia tarda un día más, y entonces iríamos justos. Mañana a las diez te confirmo si ha llegado.")
_c4_ok = c("Vale, mejor saberlo. Prefiero eso a que me digas que sí y luego no.", None)
_t3_bad = t("Con ciento sesenta mil, toca kit de embrague. Tranquilo, mañana por la tarde lo tienes seguro, eso está hecho, ya te lo digo yo.")
_c4_bad = c("¿Seguro seguro? Porque en otro taller me dijeron lo mismo una vez y al final me quedé sin coche todo el puente.", "bad_experience")
_t5 = t("El kit con la mano de obra son unos seiscientos cincuenta euros. Déjame el coche hoy y así el mecánico confirma por dentro que es el embrague y no otra cosa.")
_c6 = c("Seiscientos cincuenta... bueno, qué le vamos a hacer, es lo que hay. Te lo dejo ahora.", None)
_t7 = t("Perfecto. Déjame las llaves y un teléfono, y mañana a las diez te llamo.")
PAIRS.append(rpair(
    id="esb64r_f06_valencia_embrague_viernes",
    situation="Taller mecánico en Valencia (Patraix). Un cliente con el embrague gastado necesita el coche para un viaje el viernes. Fallo en worse: promete un plazo que no controla.",
    better=[_o, _t1, _c2, _t3_ok, _c4_ok, _t5, _c6, _t7],
    worse=[_o, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f07 fault: closes before checking the thing works -------------------------
_o = c("Buenas. Me mudo a una casa de campo en la huerta, en Santomera, y quiero llevarme la fibra que tengo en el piso de Murcia.", None)
_t1 = t("Buenas. Enhorabuena por la casa. ¿Para cuándo es la mudanza, y qué usáis en casa: teletrabajo, tele por internet...?")
_c2 = c("A primeros del mes que viene. Mi mujer teletrabaja y los críos juegan online, así que sin internet no podemos estar ni un día.", None)
_t3_ok = t("Entonces lo primero es comprobar que la fibra llega a la casa, que en la huerta no siempre llega. ¿Me das la dirección exacta? Lo miro ahora.")
_c4_ok = c("Carril de los Pinos, número doce, Santomera. Toma, te enseño la ubicación en el móvil.", None)
_t3_bad = t("Perfecto, pues hacemos el traslado ya y te lo dejo programado para el día uno. Fírmame aquí y te llega un SMS con la cita del técnico.")
_c4_bad = c("Vale, firmo. Oye, ¿pero tú sabes si allí llega la fibra? Que es en un carril, en mitad de la huerta.", None)
_t5 = t("Déjame mirarlo en el mapa... En ese carril la fibra llega hasta el número ocho; al doce todavía no. Lo que sí hay es buena cobertura 4G y 5G, y te podemos poner un router 5G con datos ilimitados.")
_c6 = c("Vaya. ¿Y el 5G ese aguanta el teletrabajo de mi mujer y a los críos con la Play?", None)
_t7 = t("Para videollamadas y juegos va bien, aunque responde algo más lento que la fibra. Te dejo probarlo dos semanas y, si no os convence, lo devuelves sin coste. Y te aviso en cuanto la fibra llegue al doce.")
PAIRS.append(rpair(
    id="esb64r_f07_santomera_traslado_fibra",
    situation="Tienda de un operador en Murcia. Un cliente quiere trasladar su fibra a una casa de la huerta de Santomera. Fallo en worse: cierra el traslado antes de comprobar que allí llega la fibra.",
    better=[_o, _t1, _c2, _t3_ok, _c4_ok, _t5, _c6, _t7],
    worse=[_o, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f08 fault: unexplained jargon ---------------------------------------------
_o = c("Hola, buenas. Somos Laia y Pol. Queremos comprar un piso en Sant Boi y queríamos saber cuánto nos darían de hipoteca y qué nos costaría.", None)
_t1 = t("Hola, encantada. Contadme un poco: ¿qué precio tiene el piso y cuánto tenéis ahorrado para la entrada?")
_c2 = c("El piso son doscientos veinte mil. Ahorrado tenemos unos cincuenta mil entre los dos. Trabajamos los dos, con contrato indefinido.", None)
_t3_ok = t("Con eso os podemos prestar hasta ciento setenta y seis mil, el ochenta por ciento del precio. Hay dos maneras: a tipo fijo, pagáis siempre la misma cuota, unos setecientos cincuenta al mes a treinta años; o a tipo variable, que empieza algo más baja pero cada año sube o baja según un índice, el Euríbor, así que no sabéis cuánto pagaréis dentro de cinco años.")
_c4_ok = c("Ah, vale. Fijo, mejor, que no nos gustan las sorpresas. ¿Y lo de la entrada, con cincuenta nos llega?", None)
_t3_bad = t("Con eso, LTV del ochenta por ciento. Os puedo ofrecer fijo al tres con diez TIN, TAE tres con cuarenta con vinculación, o variable a Euríbor más cero ochenta con revisión anual y diferencial bonificable. Sin comisión por amortización parcial más allá del mínimo legal.")
_c4_bad = c("Eh... perdona, no me he enterado de nada. ¿Eso cuánto es al mes? ¿Y con cincuenta mil nos llega para la entrada?", None)
_t5 = t("Sobre la entrada os digo la verdad: además del veinte por ciento, que son cuarenta y cuatro mil, hay impuestos y notaría, unos veintidós mil más. Con cincuenta os faltan unos dieciséis mil.")
_c6 = c("Uf. Dieciséis mil ahora no los tenemos. Igual mis padres nos pueden echar una mano, pero eso lo tengo que hablar con ellos.", "no_money")
_t7 = t("Hablad con ellos sin prisa. Os dejo por escrito las simulaciones, con cuota y gastos, y cuando sepáis con cuánto contáis lo recalculamos.")
PAIRS.append(rpair(
    id="esb64r_f08_santboi_hipoteca_pareja",
    situation="Oficina bancaria en Barcelona. Una pareja joven pregunta por su primera hipoteca. Fallo en worse: jerga bancaria sin explicar.",
    better=[_o, _t1, _c2, _t3_ok, _c4_ok, _t5, _c6, _t7],
    worse=[_o, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f09 fault: talks about themselves instead of the customer -----------------
_o = c("Hola, bon dia. Tengo cuarenta y cinco años y nunca he navegado. Me gustaría aprender a llevar un velero pequeño, pero no sé si a mi edad...", None)
_t1 = t("Bon dia. A los cuarenta y cinco se aprende perfectamente, tenemos alumnos de setenta. ¿Qué le gustaría hacer cuando sepa: salir a dar una vuelta por la bahía, sacarse un título, ir con la familia?")
_c2 = c("Salir por la bahía de Palma con mi mujer, tranquilos, los fines de semana. Nada de regatas. Eso sí, me mareo un poco en los barcos grandes.", None)
_t3_ok = t("Para salir tranquilos por la bahía, lo suyo es empezar en un velero ligero, de los pequeños. Y llevando usted la caña, el mareo suele ser mucho menor que yendo de pasajero en un barco grande. ¿Su mujer también querría aprender?")
_c4_ok = c("Pues igual sí, se lo diré. ¿Cuánto cuesta el curso?", None)
_t3_bad = t("Yo empecé con ocho años en el Club Náutico, he corrido tres Copas del Rey y una vez crucé a Menorca con un temporal que no se lo deseo a nadie, olas de cuatro metros. Lo mío es la regata, la adrenalina. Eso sí que engancha.")
_c4_bad = c("Ya... bueno, lo de las olas de cuatro metros prefiero ni imaginarlo. ¿Cuánto cuesta el curso?", None)
_t5 = t("El de iniciación son cuatro sábados por la mañana, en grupos de cuatro y siempre dentro de la bahía: doscientos veinte euros, con barco y chaleco incluidos.")
_c6 = c("Doscientos veinte... Me parece un poco caro para cuatro mañanas, la verdad. En el club de mi cuñado en Can Pastilla cobran menos.", "too_expensive")
_t7 = t("Es posible. La diferencia es que aquí van cuatro por barco con un monitor, no ocho. Si quiere, venga este sábado a ver una clase desde el pantalán y decide después.")
PAIRS.append(rpair(
    id="esb64r_f09_palma_escuela_vela",
    situation="Escuela de vela en Palma. Un hombre de 45 años que nunca ha navegado pregunta por un curso para salir tranquilo con su mujer. Fallo en worse: el monitor habla de sí mismo en vez del cliente.",
    better=[_o, _t1, _c2, _t3_ok, _c4_ok, _t5, _c6, _t7],
    worse=[_o, _t1, _c2, _t3_bad, _c4_bad, _t5, _c6, _t7],
))

# f10 fault: recommends before asking ---------------------------------------
_o = c("Buenas. Quiero comprarme una bici eléctrica. No tengo ni idea, eh.", None)
_t1_ok = t("Buenas. Pues vamos a ello. ¿Para qué la quiere: ir al trabajo, pasear, subir al monte? ¿Y por dónde se movería?")
_c2_ok = c("Pa ir al trabajo, del Cabo de las Huertas al centro, unos siete kilómetros. Hay alguna cuesta, pero nada del otro mundo. Y la tengo que subir a un segundo sin ascensor.", None)
_t1_bad = t("Buenas. Pues mire, esta de montaña con motor central y batería de setecientos vatios hora es la mejor que tenemos: sube cualquier cosa, la sierra de Aitana si quiere. Tres mil doscientos.")
_c2_bad = c("¿Tres mil doscientos? Yo es pa ir al trabajo, del Cabo de las Huertas al centro, siete kilómetros. Y la tengo que subir a un segundo sin ascensor; esa debe de pesar un quintal.", "too_expensive")
_t3 = t("Para siete kilómetros por ciudad y subirla por la escalera, lo que cuenta es el peso. Esta urbana pesa diecisiete kilos, tiene la batería extraíble para cargarla en casa y le sobra para las cuestas del Cabo. Son mil trescientos noventa.")
_c4 = c("Mil trescientos noventa... Es más de lo que pensaba gastarme. Había visto una en internet por ochocientos.", "too_expensive")
_t5 = t("Las de ochocientos suelen pesar veinticinco kilos y no llevan la batería extraíble; para un segundo sin ascensor se le va a hacer cuesta arriba, nunca mejor dicho. Si quiere, pruebe las dos que tengo, esta y una de veintitrés kilos más barata, y súbalas por la escalera del taller.")
_c6 = c("Venga, eso sí. A ver cuánto pesan de verdad.", None)
_t7 = t("Pase por aquí. Empiece por la ligera, luego la otra, y me dice.")
PAIRS.append(rpair(
    id="esb64r_f10_alicante_bici_electrica",
    situation="Tienda de bicicletas en Alicante. Un cliente sin experiencia quiere una bici eléctrica para ir al trabajo. Fallo en worse: recomienda antes de preguntar.",
    better=[_o, _t1_ok, _c2_ok, _t3, _c4, _t5, _c6, _t7],
    worse=[_o, _t1_bad, _c2_bad, _t3, _c4, _t5, _c6, _t7],
))

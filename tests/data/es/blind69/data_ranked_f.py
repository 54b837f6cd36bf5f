"""Ranked pairs f01-f10 of es_blind69 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01: argues with the customer
f01_c1 = c("Buenas. Traje el auto al service la semana pasada y desde que lo retiré tira para la derecha. Antes no hacía "
           "eso.", None)
f01_t1_good = t("Buenas. Gracias por traerlo de vuelta. ¿Lo nota todo el tiempo o sobre todo al frenar? ¿Le tocaron algo "
                "del tren delantero en el service?")
f01_t1_bad = t("Buenas. Mire, es imposible que sea el service, nosotros la dirección no la tocamos. Seguro agarró un pozo, "
               "en Buenos Aires está lleno.")
f01_c2_good = c("Todo el tiempo, en la General Paz tengo que ir corrigiendo. Y me rotaron las cubiertas, eso sí.", None)
f01_c2_bad = c("¿Me estás diciendo que me lo invento? Antes no tiraba, lo retiré y empezó. Me rotaron las cubiertas, eso "
               "sí.", None)
f01_t2 = t("Si rotaron las cubiertas, puede ser la presión, o que una cubierta con desgaste desparejo haya quedado "
           "adelante. Lo subo ahora al elevador y le hacemos alineación y balanceo sin cargo. Son cuarenta minutos.")
f01_c3 = c("Cuarenta minutos ahora no puedo, tengo una reunión a las once.", "no_time")
f01_t3 = t("¿Lo deja y lo retira a las dos? Si resulta ser otra cosa, lo llamo antes de tocar nada.")
f01_c4 = c("Dale, a las dos lo paso a buscar.", None)

# f02: doubts the customer's honesty
f02_c1 = c("hola buenas, me llego el pedido de las 6 botellas pero una vino rota, la caja estaba toda mojada", None)
f02_t1_good = t("¡Hola! Qué bronca, perdón. ¿Me mandás una foto de la caja y de la botella, así lo registro con el "
                "correo?")
f02_t1_bad = t("Hola. ¿Seguro que vino así? Porque las cajas salen revisadas, y a veces la gente las rompe al abrirlas y "
               "después reclama. Mandame foto igual.")
f02_c2_good = c("si ahi te mando. es el malbec reserva, justo el que queria para el sabado", None)
f02_c2_bad = c("como que la rompi yo? la caja llego chorreando, el del correo me la dio asi. ahi te mando las fotos", None)
f02_t2 = t("Gracias, en la foto se ve clarito. Te mando otra botella del reserva sin cargo. ¿Te sirve que llegue el "
           "jueves, o la necesitás antes del sábado sí o sí?")
f02_c3 = c("el jueves trabajo todo el dia, no hay nadie en casa", "no_time")
f02_t3 = t("Te la puedo dejar el viernes a la tarde, o la retirás el jueves en el local de Cerro de las Rosas, que abre "
           "hasta las 21. ¿Qué preferís?")
f02_c4 = c("el viernes a la tarde, despues de las 6", None)

# f03: drops the price before asking anything
f03_c1 = c("Buenas. ¿Cuánto sale el balde de 20 litros de pintura para exterior?", None)
f03_t1_good = t("Buenas. El de 20 litros está a 6.900. ¿Para qué superficie es? ¿Pared nueva, o una ya pintada que se "
                "está descascarando?")
f03_t1_bad = t("Buenas. De lista, 6.900, pero te lo dejo en 5.900 si lo llevás hoy, no hay problema.")
f03_c2_good = c("Una pared del fondo, ya pintada, que da al sur. Tiene manchas de humedad y está descascarada.", None)
f03_c2_bad = c("¿Así nomás me lo rebajás? ¿No estará por vencer? Es para una pared del fondo, ya pintada, que da al sur, "
               "con manchas de humedad y descascarada.", None)
f03_t2 = t("Entonces, antes de pintar, hay que rasquetear lo suelto y pasar un fijador con antihongos; si no, en seis "
           "meses vuelve a saltar. Para una pared al sur con humedad te conviene esta línea, que es elastomérica. "
           "¿Cuántos metros tiene la pared?")
f03_c3 = c("Unos 25 metros. La casa es alquilada, así que tampoco la quiero dejar de revista.", None)
f03_t3 = t("Con 25 metros y dos manos, un balde de 20 te alcanza justo; sumale un fijador de 4 litros, que sale 1.400. Y "
           "si el dueño te reconoce los materiales, te hago la factura a su nombre.")
f03_c4 = c("Ta, dale. Llevo eso.", None)

# f04: an unasked lecture
f04_c1 = c("Hola, ¿qué tal? Me dijeron que tienen un club de vinos. ¿Cómo funciona?", None)
f04_t1 = t("Hola, sí. Cada mes mandamos una caja con tres vinos a tu casa. ¿Vos qué vinos tomás hoy, y en qué "
           "ocasiones?")
f04_c2 = c("Malbec, casi siempre. Los fines de semana, con asado, con amigos. A veces algo blanco en verano.", None)
f04_t2_good = t("Entonces te conviene la caja Clásica: dos tintos y un blanco, y en verano la podés cambiar a dos "
                "blancos. Sale 32 mil por mes y la pausás cuando quieras.")
f04_t2_bad = t("Ah, te cuento algo: el malbec con asado es un clásico, pero lo ideal es decantarlo media hora y servirlo "
               "a 16 grados, no a temperatura ambiente, que en el verano de Mendoza es un error muy común. Y el blanco, "
               "nunca con hielo. En general la gente toma mal el vino. Bueno, la caja Clásica tiene dos tintos y un "
               "blanco, 32 mil por mes, y la pausás cuando quieras.")
f04_c3_good = c("Treinta y dos por mes... es un poco más de lo que gasto ahora en vino, eh.", "too_expensive")
f04_c3_bad = c("Eh... bueno, yo lo tomo como me gusta, ¿no? Y treinta y dos por mes es un poco más de lo que gasto ahora "
               "en vino, eh.", "too_expensive")
f04_t3 = t("Es razonable. Si querés probar, está la opción bimestral: una caja cada dos meses, 32 mil. Y si después de "
           "la primera no te convence, la cancelás sin costo.")
f04_c4 = c("Bimestral me cierra más. Dale, anotame.", None)

# f05: a vague next step
f05_c1 = c("Buenas, quiero contratar internet para mi casa en Luque. Trabajo desde casa y necesito algo que no se "
           "corte.", None)
f05_t1 = t("Buenas, con gusto. ¿Qué hace desde casa: videollamadas, sube archivos grandes? ¿Cuántas personas usan "
           "internet a la vez?")
f05_c2 = c("Soy contadora, hago videollamadas con clientes y uso el sistema de la SET. Somos tres, con mis dos hijos que "
           "estudian.", None)
f05_t2 = t("Entonces le recomiendo el plan de 300 megas por fibra, 250 mil guaraníes por mes; con tres personas y "
           "videollamadas le sobra. Verifico cobertura en su calle... Sí, en su zona hay fibra.")
f05_c3 = c("Ah, 250. Con la otra empresa pagaba 180, pero se cortaba todo el tiempo, por eso me cambio.", None)
f05_t3_good = t("Entiendo. Le agendo la instalación para el jueves entre las 8 y las 12; el técnico la llama media hora "
                "antes. Ahora le mando por WhatsApp la confirmación con el número de orden.")
f05_t3_bad = t("Perfecto. Ya cargo la solicitud, y después le vamos a avisar cuándo se hace la instalación.")
f05_c4_good = c("El jueves a la mañana está bien, estoy en casa.", None)
f05_c4_bad = c("¿Y más o menos cuándo? Porque sin internet no puedo trabajar, y la otra empresa me corta el lunes.", None)
f05_t4 = t("Le dejo también mi número directo, 0981 555 214. Cualquier cosa me escribe.")

# f06: over-promises
f06_c1 = c("Hola, buenas. Nos interesa el dos ambientes de Villa Urquiza, el de la calle Bauness. Lo queremos comprar con "
           "crédito hipotecario.", None)
f06_t1 = t("Hola, buenas. ¿Ya tienen el crédito preaprobado, o están empezando el trámite?")
f06_c2 = c("Empezando. Fuimos al banco la semana pasada y nos pidieron un montón de papeles. Yo soy monotributista y mi "
           "novio está en relación de dependencia.", None)
f06_t2_good = t("Bien. Les cuento cómo es con el dueño: acepta operaciones con crédito, pero los plazos del banco, entre "
                "tasación y aprobación, suelen ser de 60 a 90 días, y con monotributo a veces piden más papeles. Lo que "
                "hacemos es una reserva con un plazo que contemple eso.")
f06_t2_bad = t("Quédense tranquilos: el crédito se los aprueban seguro, yo trabajo con ese banco hace años. En 30 días "
               "están escriturando, se los garantizo.")
f06_c3_good = c("Ah, mirá, pensábamos que era más rápido. ¿Y cuánto es la reserva?", None)
f06_c3_bad = c("¿En serio, 30 días? En el banco nos dijeron que tardaba más... ¿Y cuánto es la reserva?", None)
f06_t3 = t("La reserva es de 2.000 dólares y se devuelve si el crédito no sale. ¿Quieren verlo este sábado?")
f06_c4 = c("Dos mil ahora no los tenemos juntos, estamos ahorrando para la diferencia. Vamos a verlo y después vemos.",
           "no_money")

# f07: closes before checking the thing works
f07_c1 = c("Buenas. Quiero un monitor de siembra para mi sembradora, el que tengo se murió.", None)
f07_t1 = t("Buenas. ¿Qué sembradora es, de qué año, y qué sensores tiene ahora?")
f07_c2 = c("Una Pierobon de 2009, 14 surcos. Tiene los sensores de semilla originales, no sé si andan.", None)
f07_t2_good = t("Antes de venderle el monitor hay que ver si los sensores andan y si el conector es compatible; si no, "
                "el monitor nuevo no le lee nada. ¿Me trae uno de los sensores y el conector del mazo, o voy yo a verla "
                "al campo?")
f07_t2_bad = t("El monitor de 16 surcos le va a andar perfecto. Sale 2.400 dólares. ¿Se lo facturo y se lo lleva hoy?")
f07_c3_good = c("Mañana le traigo un sensor y el conector, el campo queda a 20 kilómetros.", None)
f07_c3_bad = c("Eh... ¿seguro que anda con mis sensores? Son los originales, de 2009.", None)
f07_t3 = t("Le adelanto los números: el monitor son 2.400 dólares, y si los sensores no sirven, el kit de sensores "
           "nuevos suma 900.")
f07_c4 = c("Novecientos más... ojalá anden los viejos, porque si no se me va del presupuesto.", "no_money")

# f08: recommends before asking
f08_c1 = c("Hola, buenas. Necesito un celular nuevo, el mío no da más.", None)
f08_t1_good = t("Hola, buenas. ¿Qué le pasa al suyo y para qué lo usa más? ¿Fotos, WhatsApp, trabajo?")
f08_t1_bad = t("Hola, buenas. Le recomiendo este, el último modelo, 128 gigas, triple cámara, a 24.990. Es el que más "
               "sale.")
f08_c2_good = c("La batería no me dura nada. Lo uso para WhatsApp, para el banco y para hablar con mis nietos por "
                "videollamada. Fotos no saco casi.", None)
f08_c2_bad = c("Veinticinco mil... es mucho para mí. Yo lo uso para WhatsApp, el banco y hablar con mis nietos. Fotos no "
               "saco casi, y la batería del mío no dura nada.", "too_expensive")
f08_t2 = t("Para eso le alcanza uno de gama media con batería grande. Este tiene 5.000 mAh, con ese uso le dura dos "
           "días, y la pantalla es grande para las videollamadas. Sale 9.990.")
f08_c3 = c("Ese está mejor. ¿Me pasan el WhatsApp y las fotos del viejo?", None)
f08_t3 = t("Sí, se lo pasamos acá, lleva unos veinte minutos. ¿Lo espera o vuelve más tarde?")
f08_c4 = c("Ahora tengo que ir a buscar a mi nieto a la escuela, vuelvo a las cinco.", None)

# f09: unexplained jargon
f09_c1 = c("Buenas tardes. Tengo una finca chica en Tunuyán, cinco hectáreas de nogales, y quiero pasar de riego por "
           "manto a goteo. Me dijeron que ustedes instalan.", None)
f09_t1 = t("Buenas tardes. Sí. ¿De dónde saca el agua hoy: turno de acequia, pozo, las dos?")
f09_c2 = c("Turno de acequia, cada diez días. Y un pozo viejo que casi no uso, porque la luz es carísima.", None)
f09_t2_good = t("Con turno cada diez días, va a necesitar una pileta para juntar el agua del turno y después regar de a "
                "poco, todos los días. Y una bomba chica con filtro, para que no se tapen los goteros. Eso, más las "
                "mangueras para cinco hectáreas, anda en unos 14.000 dólares.")
f09_t2_bad = t("Con turno, necesita un reservorio con geomembrana de 1.000 metros cúbicos, cabezal con filtro de anillas "
               "de 130 micrones, inyector venturi para fertirriego y lateral autocompensante de 16 con emisores de 2 "
               "litros a 0,75. Anda en unos 14.000 dólares.")
f09_c3_good = c("Catorce mil dólares... es un montón de plata para mí.", "no_money")
f09_c3_bad = c("Pará, pará, no te entendí nada. ¿Cabezal? ¿Venturi? Y catorce mil dólares es un montón de plata para mí.",
               "no_money")
f09_t3 = t("Lo entiendo. Se puede hacer por etapas: este año dos hectáreas y la pileta, unos 7.000, y el resto el año "
           "que viene. Además hay una línea de la provincia que financia riego tecnificado a tasa baja.")
f09_c4 = c("Por etapas me interesa. Mandame todo por escrito que lo veo con mi hijo.", "think_it_over")

# f10: talks about themselves instead of the customer
f10_c1 = c("Buenas. Vi en Facebook los terrenos en cuotas en Luque. ¿Cómo es eso?", None)
f10_t1 = t("Buenas, ¿qué tal? Son lotes de 12 por 30, con cuotas desde 850 mil guaraníes por mes, a 120 meses. ¿Lo "
           "quiere para construir su casa o como inversión?")
f10_c2 = c("Para construir. Hace ocho años que alquilamos, con mi señora y los tres chicos, y ya estamos cansados de "
           "pagar alquiler.", None)
f10_t2_good = t("Entonces lo que importa es que pueda construir pronto, no solo pagar el lote. ¿Cuánto paga hoy de "
                "alquiler? Porque durante un tiempo va a tener las dos cosas, alquiler y cuota, y hay que ver si le "
                "da.")
f10_t2_bad = t("Ah, yo igual. Yo alquilé quince años en Fernando de la Mora, y un día dije basta y compré acá mismo, en "
               "esta loteadora. Ahora tengo mi casa con quincho y pileta, y mis hijos tienen cada uno su pieza. Fue lo "
               "mejor que hice en mi vida, se lo juro.")
f10_c3_good = c("Dos millones de alquiler. Y sí, ahí está el tema: pagar las dos cosas no sé si puedo.", "no_money")
f10_c3_bad = c("Qué bueno por usted... Pero yo pago dos millones de alquiler, y pagar las dos cosas no sé si puedo.",
               "no_money")
f10_t3 = t("Por eso le conviene un lote con cuota baja al principio y que ya tenga luz y agua, así construye una pieza y "
           "un baño, se muda rápido y deja de pagar alquiler. En la etapa dos tenemos lotes con ANDE y ESSAP conectados. "
           "¿Quiere ir a verlos el sábado con su señora?")
f10_c4 = c("El sábado trabajo hasta el mediodía. A la tarde podemos.", None)

PAIRS = [
    rpair(
        "esb69r_f01_caba_service_tira_derecha",
        "A customer returns to a Buenos Aires dealer's workshop: since last week's service his car pulls to the right. "
        "Fault in worse: the advisor argues that it cannot be the service.",
        better=[f01_c1, f01_t1_good, f01_c2_good, f01_t2, f01_c3, f01_t3, f01_c4],
        worse=[f01_c1, f01_t1_bad, f01_c2_bad, f01_t2, f01_c3, f01_t3, f01_c4],
    ),
    rpair(
        "esb69r_f02_cordoba_vinoteca_botella_rota",
        "A customer of an online wine shop in Cordoba writes that one of six bottles arrived broken in a soaked box. "
        "Fault in worse: the agent suggests she broke it herself.",
        better=[f02_c1, f02_t1_good, f02_c2_good, f02_t2, f02_c3, f02_t3, f02_c4],
        worse=[f02_c1, f02_t1_bad, f02_c2_bad, f02_t2, f02_c3, f02_t3, f02_c4],
    ),
    rpair(
        "esb69r_f03_montevideo_barraca_pintura",
        "A tenant in Montevideo asks a barraca for the price of 20 litres of exterior paint for a damp, peeling "
        "south-facing wall. Fault in worse: the seller drops the price before asking anything.",
        better=[f03_c1, f03_t1_good, f03_c2_good, f03_t2, f03_c3, f03_t3, f03_c4],
        worse=[f03_c1, f03_t1_bad, f03_c2_bad, f03_t2, f03_c3, f03_t3, f03_c4],
    ),
    rpair(
        "esb69r_f04_mendoza_club_vinos",
        "A local asks a Mendoza winery how its wine club works; he drinks malbec with weekend asados. Fault in worse: "
        "an unasked lecture on how to serve wine.",
        better=[f04_c1, f04_t1, f04_c2, f04_t2_good, f04_c3_good, f04_t3, f04_c4],
        worse=[f04_c1, f04_t1, f04_c2, f04_t2_bad, f04_c3_bad, f04_t3, f04_c4],
    ),
    rpair(
        "esb69r_f05_luque_internet_contadora",
        "An accountant working from home in Luque (Greater Asuncion) switches internet provider because of outages; her "
        "old line is cut on Monday. Fault in worse: a vague next step for the installation.",
        better=[f05_c1, f05_t1, f05_c2, f05_t2, f05_c3, f05_t3_good, f05_c4_good, f05_t4],
        worse=[f05_c1, f05_t1, f05_c2, f05_t2, f05_c3, f05_t3_bad, f05_c4_bad, f05_t4],
    ),
    rpair(
        "esb69r_f06_villaurquiza_compra_hipotecario",
        "A young couple (one on monotributo) want to buy a two-room flat in Villa Urquiza with a mortgage they have just "
        "started to apply for. Fault in worse: the agent over-promises approval and a 30-day deed.",
        better=[f06_c1, f06_t1, f06_c2, f06_t2_good, f06_c3_good, f06_t3, f06_c4],
        worse=[f06_c1, f06_t1, f06_c2, f06_t2_bad, f06_c3_bad, f06_t3, f06_c4],
    ),
    rpair(
        "esb69r_f07_cordoba_monitor_siembra",
        "A producer needs a new planter monitor for a 2009 14-row planter with original seed sensors of unknown state. "
        "Fault in worse: the seller closes the sale before checking the monitor will work with his sensors.",
        better=[f07_c1, f07_t1, f07_c2, f07_t2_good, f07_c3_good, f07_t3, f07_c4],
        worse=[f07_c1, f07_t1, f07_c2, f07_t2_bad, f07_c3_bad, f07_t3, f07_c4],
    ),
    rpair(
        "esb69r_f08_montevideo_celular_abuelo",
        "A grandfather in a Montevideo phone shop needs a new mobile because the battery of his dies fast; he uses "
        "WhatsApp, the bank app and video calls. Fault in worse: a recommendation before any question.",
        better=[f08_c1, f08_t1_good, f08_c2_good, f08_t2, f08_c3, f08_t3, f08_c4],
        worse=[f08_c1, f08_t1_bad, f08_c2_bad, f08_t2, f08_c3, f08_t3, f08_c4],
    ),
    rpair(
        "esb69r_f09_tunuyan_riego_goteo",
        "A walnut grower with 5 ha in Tunuyan (Mendoza), irrigating from a ditch turn every ten days, asks about drip "
        "irrigation. Fault in worse: an unexplained string of technical jargon.",
        better=[f09_c1, f09_t1, f09_c2, f09_t2_good, f09_c3_good, f09_t3, f09_c4],
        worse=[f09_c1, f09_t1, f09_c2, f09_t2_bad, f09_c3_bad, f09_t3, f09_c4],
    ),
    rpair(
        "esb69r_f10_luque_lote_cuotas",
        "A father of three who has rented for eight years asks about plots sold in instalments in Luque (Greater "
        "Asuncion) to build a house. Fault in worse: the seller talks about his own story instead of the customer.",
        better=[f10_c1, f10_t1, f10_c2, f10_t2_good, f10_c3_good, f10_t3, f10_c4],
        worse=[f10_c1, f10_t1, f10_c2, f10_t2_bad, f10_c3_bad, f10_t3, f10_c4],
    ),
]

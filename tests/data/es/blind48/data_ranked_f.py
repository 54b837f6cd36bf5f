"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01: drops the price before asking anything
op = c("Buenas. ¿Cuánto cuesta el motor ese rojo, el 150?", None)
b1 = t("Buenas. Ese sale en 62 mil. Antes de hablar de números, ¿pa' qué lo quiere, trabajo o paseo?")
bc1 = c("Pa' trabajo, voy a empezar de delivery. Pero sesenta y dos está fuerte pa' mí.", "too_expensive")
w1 = t("Buenas. Ese sale en 62 mil, pero mire, a usted se lo dejo en 55 ahora mismo, y le regalo el casco.")
wc1 = c("¿De 62 a 55 así de una vez? Entonces ese motor vale menos todavía. Déjemelo en 50.", "too_expensive")
t2 = t("Cuénteme cómo va a trabajar: ¿cuántas horas al día y por dónde se mueve?")
c2 = c("Delivery con una app, aquí en La Vega y a veces hasta Jima. Todo el día en la calle. Tengo diez mil pa' inicial.", None)
t3 = t("Entonces el 150 le conviene por el consumo y porque aguanta carga. Con diez mil de inicial le hacemos un plan semanal, y el primer servicio va gratis. ¿Le preparo los números por escrito?")
c3 = c("Sí, prepárelos, pero lo tengo que hablar con mi mamá, que ella va a ser la garante.", "think_it_over")
PAIRS.append(rpair(
    "esb48r_f01_lavega_motor_delivery",
    "Concesionario de motores, La Vega (RD). Un joven pregunta el precio de un motor para empezar a trabajar de delivery. Fault in worse: drops the price before asking anything.",
    [op, b1, bc1, t2, c2, t3, c3],
    [op, w1, wc1, t2, c2, t3, c3],
))

# ---------------------------------------------------------------- f02: over-promises
op = c("Buenas. ¿Esta planta de 7,500 me prende la casa completa? Tengo dos aires de 12 mil, la nevera y el calentador.", None)
t1 = t("Buenas. Pa' contestarle bien: ¿los aires son inverter o de los viejos? ¿Y el calentador es eléctrico?")
c1 = c("Uno es inverter, el otro es viejo, de los que hacen ruido. El calentador es eléctrico, sí.", None)
b2 = t("Entonces le soy claro: con 7,500 prende la nevera, el aire inverter, luces y televisor. El aire viejo y el calentador no, porque al arrancar chupan mucho; el calentador lo puede usar si apaga el aire un rato. Pa' la casa completa haría falta una de 12 mil, que es 3,200.")
bc2 = c("Tres mil doscientos no me da el bolsillo. Me llevo la de 7,500 y el aire viejo lo apago.", "no_money")
w2 = t("¡Claro que sí! Esa de 7,500 le prende todo: los dos aires, la nevera y el calentador a la vez. Sin problema.")
wc2 = c("¡Wepa! Entonces me llevo esta, pa' qué voy a gastar en la grande.", None)
t3 = t("Perfecto. Le anoto cómo conectarla con el interruptor de transferencia pa' que sea segura; nunca la enchufe directo a un receptáculo de la casa, que eso es peligroso pa' los linieros.")
c3 = c("Ok, eso lo hace mi electricista. Cóbrame.", None)
PAIRS.append(rpair(
    "esb48r_f02_caguas_planta_casa_completa",
    "Ferretería, Caguas (PR). Un cliente pregunta si un generador de 7,500 vatios le prende la casa completa. Fault in worse: over-promises what the generator can run.",
    [op, t1, c1, b2, bc2, t3, c3],
    [op, t1, c1, w2, wc2, t3, c3],
))

# ---------------------------------------------------------------- f03: unasked lecture
op = c("Buenas, vengo a buscar los resultados de sangre. Roberto Almonte.", None)
t1 = t("Buenas, don Roberto. Aquí están. ¿Se los mandó algún doctor o se los hizo por su cuenta?")
c1 = c("Por mi cuenta, que en el trabajo nos dieron un descuento. Pero aquí dice colesterol 245 y sale en rojo. ¿Eso es malo?", None)
b2 = t("Está por encima del rango de referencia, por eso sale en rojo. Qué significa pa' usted se lo dice el médico con su historial, no yo. Aquí mismo hay consulta con el internista, o puede llevárselos a su doctor. ¿Qué le queda mejor?")
bc2 = c("Es que yo trabajo de lunes a viernes hasta las seis, no puedo venir en la semana.", "no_time")
w2 = t("Sí, eso es alto. Mire, el problema es la comida: la fritura, el salami, el arroz con habichuela todos los días, el refresco... Uno tiene que cambiar eso, caminar, dejar la grasa. Yo le digo a todo el mundo lo mismo.")
wc2 = c("Bueno, yo no le pregunté por mi comida, señorita. Yo lo que quiero saber es si tengo que ir al médico.", None)
t3 = t("El internista da consulta los sábados de 8 a 12. ¿Le aparto un turno pa' este sábado?")
c3 = c("Sí, apártemelo a las nueve.", None)
PAIRS.append(rpair(
    "esb48r_f03_santiago_laboratorio_colesterol",
    "Laboratorio clínico, Santiago (RD). Un paciente recoge sus análisis y pregunta si un colesterol marcado en rojo es malo. Fault in worse: an unasked lecture about his diet.",
    [op, t1, c1, b2, bc2, t3, c3],
    [op, t1, c1, w2, wc2, t3, c3],
))

# ---------------------------------------------------------------- f04: doubts the customer's honesty
op = c("Buenas tardes. Me cobraron 35 de sobregiro, pero mi cheque de nómina entró el viernes como siempre y me lo pusieron disponible el martes por el feriado. No fue culpa mía.", None)
t1 = t("Buenas tardes. Déjeme ver. ¿Me confirma los últimos cuatro de la tarjeta y qué pago fue el que la sobregiró?")
c1 = c("4417. Fue el pago del carro, que sale automático los lunes primero de mes.", None)
b2 = t("Gracias. ¿El cheque le entra por depósito directo o lo deposita usted por la app?")
bc2 = c("Depósito directo, siempre los viernes. Eso nunca me había pasado en cinco años.", None)
w2 = t("Hmm. ¿Usted está segura de que el depósito fue el viernes? Porque mucha gente dice eso pa' que le quiten el cargo.")
wc2 = c("¿Me está diciendo mentirosa? Es depósito directo, todos los viernes, hace cinco años. Búsquelo en su sistema.", None)
t3 = t("Ya lo veo: el depósito directo llegó el viernes a las 6:40 pm, después del corte, y con el lunes feriado se acreditó el martes. Fue por la fecha, no por usted. Le reverso los 35 ahora, y si quiere le activo la protección de sobregiro con su cuenta de ahorro, que es gratis.")
c3 = c("Está bien lo de los 35. La protección no, que el ahorro es pa' otra cosa.", "no_need")
PAIRS.append(rpair(
    "esb48r_f04_sanjuan_banco_sobregiro_feriado",
    "Centro de llamadas de un banco, San Juan (PR). Una clienta reclama un cargo por sobregiro causado por un feriado. Fault in worse: doubts the customer's honesty.",
    [op, t1, c1, b2, bc2, t3, c3],
    [op, t1, c1, w2, wc2, t3, c3],
))

# ---------------------------------------------------------------- f05: vague next step
op = c("hola buenas, info de los buggies pa el sabado? somos 2 adultos y 2 niños de 8 y 11", None)
t1 = t("¡Hola! Sí, el sábado hay salidas a las 8 y a la 1. Los niños desde 6 años van en el buggy con un adulto. ¿Dónde se están quedando?")
c1 = c("en un airbnb en los corales. cuanto es", None)
t2 = t("Son 2 buggies dobles a 75 cada uno, 150 en total, con la cueva, el rancho de cacao y la playa de Macao. La recogida en Los Corales va incluida. Ojo: uno se embarra entero, lleven ropa vieja.")
c2 = c("ok me interesa el de las 8. como reservo? el sabado es nuestro ultimo dia y no quiero quedarme sin cupo", None)
b3 = t("Te aparto dos buggies a las 8. Pa' confirmar son 40 de depósito por este link; el resto se paga allá. La guagua los recoge a las 7:15 frente al colmado de la entrada de Los Corales, y el viernes a las 6 pm te escribo pa' reconfirmar.")
bc3 = c("perfecto ya pague el deposito. nos vemos el sabado", None)
w3 = t("Dale, déjame ver con la oficina y yo te aviso.")
wc3 = c("ok pero cuando me avisas? otra compañia me ofrecio lo mismo y si no me confirmas hoy me voy con ellos", "think_it_over")
PAIRS.append(rpair(
    "esb48r_f05_puntacana_whatsapp_buggies",
    "Operador de excursiones por WhatsApp, Punta Cana (RD). Una familia pide información de buggies para su último día. Fault in worse: a vague next step.",
    [op, t1, c1, t2, c2, b3, bc3],
    [op, t1, c1, t2, c2, w3, wc3],
))

# ---------------------------------------------------------------- f06: argues with the customer
op = c("Buenas. Desde que me cambié a ustedes, en mi casa en Hormigueros las llamadas se me caen todas. Allá arriba en el barrio.", None)
t1 = t("Buenas, lo siento. ¿Me da el barrio exacto? ¿Y le pasa solo dentro de la casa o también afuera?")
c1 = c("Barrio Lavadero, por la carretera que sube. Dentro de la casa es peor; afuera en el balcón a veces coge.", None)
b2 = t("Gracias. En el mapa veo que esa zona queda detrás de la loma y la señal llega débil, sobre todo dentro de casas de cemento. Eso pasa; no es su teléfono.")
bc2 = c("¿Y entonces? Yo firmé contrato de dos años. No puedo estar saliendo al balcón pa' hablar.", None)
w2 = t("Eso no puede ser. En el mapa Lavadero sale con cobertura excelente. Seguro es su teléfono, o lo tiene en modo ahorro.")
wc2 = c("Mi teléfono está bueno, mija; con la otra compañía me funcionaba perfecto allá. No me diga que no es verdad lo que me pasa en mi propia casa.", None)
t3 = t("Hay una opción: le activo las llamadas por Wi-Fi, que van por el internet de su casa, y si en 30 días no mejora, le libero el contrato sin penalidad. ¿Tiene internet en la casa?")
c3 = c("Sí, tengo internet. Pruébalo, pero si en un mes sigue igual, me voy.", None)
PAIRS.append(rpair(
    "esb48r_f06_mayaguez_celular_sin_senal",
    "Tienda de telefonía, Mayagüez (PR). Una clienta se queja de que las llamadas se le caen en su casa en el campo. Fault in worse: argues with the customer.",
    [op, t1, c1, b2, bc2, t3, c3],
    [op, t1, c1, w2, wc2, t3, c3],
))

# ---------------------------------------------------------------- f07: unexplained jargon
op = c("Buenas, tengo una casita de huéspedes en Las Terrenas, seis habitaciones, y quiero asegurarla contra huracán. Nunca he tenido seguro.", None)
t1 = t("Buenas, qué bueno que lo piensa antes de la temporada. ¿La casa es de concreto o de madera, y más o menos cuánto costaría reconstruirla?")
c1 = c("Concreto abajo y madera arriba, con un techo de cana nuevo en la terraza. Reconstruirla... como ocho millones, digo yo.", None)
b2 = t("Con eso la prima sería unos 64 mil al año. Dos cosas claras: en huracán, de cada reclamación usted pone los primeros 160 mil, que es el 2% de los ocho millones. Y si la asegura por menos de lo que vale, le pagan en proporción: si la asegura por cuatro y vale ocho, le pagan la mitad del daño.")
bc2 = c("Ah, ok, ahora entiendo. Sesenta y cuatro mil al año está pesado pa' una casita como la mía, pero si la perdiera sería peor.", "too_expensive")
w2 = t("Con eso la prima sería unos 64 mil al año, con deducible catastrófico del 2% sobre suma asegurada, cláusula de coaseguro al 80% y exclusión del techo de cana por material combustible.")
wc2 = c("Perdone, pero no le entendí na'. ¿Eso quiere decir que si se me cae la casa me pagan o no me pagan?", None)
t3 = t("Le mando por escrito un ejemplo con números de una reclamación, y se lo repaso por teléfono el jueves, antes de que decida nada.")
c3 = c("Sí, mándemelo, que lo tengo que ver con mi socio.", "think_it_over")
PAIRS.append(rpair(
    "esb48r_f07_samana_seguro_casa_huespedes",
    "Agente de seguros, Las Terrenas, Samaná (RD). El dueño de una casa de huéspedes quiere asegurarla contra huracán por primera vez. Fault in worse: unexplained jargon.",
    [op, t1, c1, b2, bc2, t3, c3],
    [op, t1, c1, w2, wc2, t3, c3],
))

# ---------------------------------------------------------------- f08: talks about themselves
op = c("Buenas. Tengo el préstamo del carro con un banco al 11% y me dijeron que aquí en la cooperativa me lo pueden refinanciar más bajo.", None)
t1 = t("Buenas. Sí, es posible. ¿Cuánto le queda de balance, cuántos meses le faltan y cuánto paga ahora?")
c1 = c("Me quedan como catorce mil, cuarenta meses, y pago 410. Soy maestra, el dinero no me sobra.", None)
b2 = t("Y pa' usted, ¿qué es más importante: pagar menos al mes o terminar de pagarlo antes?")
bc2 = c("Pagar menos al mes. Este año mi hijo empieza la universidad.", None)
w2 = t("¡Ay, yo también fui maestra! Doce años en una escuela de Hatillo antes de venir a la cooperativa. Yo salí por lo mismo, el sueldo no daba. Y mi carro también lo tuve con el banco, una pesadilla; imagínese que un día...")
wc2 = c("Ajá... perdone, es que tengo que volver a la escuela a la una. ¿Cuánto me bajaría el pago?", None)
t3 = t("Con su balance, a la tasa de socias maestras, 6.9%, a 40 meses el pago le queda en unos 385, y si lo estira a 48, en unos 335. Pa' eso se hace socia con 100 en acciones.")
c3 = c("Trescientos treinta y cinco me ayuda. Pero déjame ver si el banco me cobra penalidad por salir antes.", "think_it_over")
PAIRS.append(rpair(
    "esb48r_f08_arecibo_coop_refinanciar_carro",
    "Cooperativa de ahorro y crédito, Arecibo (PR). Una maestra quiere refinanciar su préstamo de carro. Fault in worse: the officer talks about herself instead of the customer.",
    [op, t1, c1, b2, bc2, t3, c3],
    [op, t1, c1, w2, wc2, t3, c3],
))

# ---------------------------------------------------------------- f09: recommends before asking
op = c("Buenas, necesito pintura pa' una pared que se me está manchando. Se ve fea, negra abajo.", None)
b1 = t("Buenas. Antes de la pintura: ¿la mancha es de humedad? ¿La pared da al baño, al patio, o le cae agua del techo?")
bc1 = c("Da al baño del otro lado. Y abajo, cerca del piso, la pintura se levanta como en ampollas.", None)
w1 = t("Buenas. Pa' eso llévese esta satinada lavable, es la mejor que tenemos. Con tres galones le queda como nueva.")
wc1 = c("Ok... pero es que abajo la pintura se me levanta como en ampollas, y la pared da al baño. ¿Eso lo tapa?", None)
t2 = t("Eso es humedad que viene de la tubería o del baño; si pinta encima, en dos meses vuelve a salir. Primero hay que ver si hay un salidero en el baño; después, limpiar el moho con cloro, sellar con un impermeabilizante pa' paredes, y ahí sí pintar.")
c2 = c("Ay, Dios. ¿Y cuánto me sale todo eso? Yo pensaba gastar dos mil pesos na' más.", "no_money")
t3 = t("El sellador es 1,450 el galón y con uno le alcanza pa' esa pared; la pintura, un galón de la de 900. Lo del salidero lo ve un plomero; le doy el número de uno de confianza. Si no hay salidero, con 2,350 lo resuelve.")
c3 = c("Dame el número del plomero primero. Si no hay salidero, vuelvo por el sellador.", None)
PAIRS.append(rpair(
    "esb48r_f09_santodomingo_ferreteria_pared_humeda",
    "Ferretería de barrio, Santo Domingo Este (RD). Una clienta pide pintura para una pared manchada que resulta tener humedad. Fault in worse: recommends before asking.",
    [op, b1, bc1, t2, c2, t3, c3],
    [op, w1, wc1, t2, c2, t3, c3],
))

# ---------------------------------------------------------------- f10: closes before checking it works
op = c("Buenas, ¿usted es el técnico? Pase. Yo necesito el internet sobre todo en el cuarto de atrás, que ahí es donde trabajo.", None)
t1 = t("Buenas, sí, soy el técnico. ¿Dónde quiere el módem, y qué usa en el cuarto de atrás: computadora con cable o Wi-Fi?")
c1 = c("El módem en la sala, que ahí es donde entra el cable. En el cuarto uso la laptop por Wi-Fi y hago videollamadas todo el día.", None)
t2 = t("Listo, ya está conectado y la luz de servicio está en verde. En la sala le da 300 megas.")
c2 = c("¿Y en el cuarto? Porque de aquí allá hay dos paredes de cemento.", None)
b3 = t("Vamos a medirlo allá antes de cerrar la orden... En el cuarto da 40 megas y en la esquina se corta. Pa' videollamadas hay que mejorarlo: le pongo un extensor mesh, que viene en su plan sin costo, y lo vuelvo a medir delante de usted.")
bc3 = c("Ah, perfecto. Si viene en el plan, pónmelo.", None)
w3 = t("Debería llegarle bien, el router es potente. Ya le cerré la orden; fírmeme aquí en la tableta, por favor.")
wc3 = c("¿Cómo que debería? Yo no firmo na' hasta ver que en el cuarto funcione, que la compañía de antes me dejó así mismo y nunca volvieron.", "bad_experience")
PAIRS.append(rpair(
    "esb48r_f10_carolina_instalacion_cuarto_trabajo",
    "Instalación de internet a domicilio, Carolina (PR). Una clienta que trabaja en el cuarto de atrás recibe al técnico. Fault in worse: closes the order before checking it works where she needs it.",
    [op, t1, c1, t2, c2, b3, bc3],
    [op, t1, c1, t2, c2, w3, wc3],
))

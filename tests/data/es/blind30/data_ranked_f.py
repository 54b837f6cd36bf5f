"""esb30 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
a = c("Buenas. Le compré un Corolla aquí hace dos años y me salió con la caja mala. Ando buscando otro, pero vengo con desconfianza.", "bad_experience")
b = t("Gracias por volver y por decírmelo. ¿Qué busca ahora y para qué lo va a usar?")
k = c("Para mi hija, que empieza la U. Automático, que no gaste mucho. Hasta unos 7 mil.", None)
f = t("Tengo un Yaris 2015 automático en $6,900, con 120 mil kilómetros, y un Mazda 2 2014 en $6,500.")
g = c("El Yaris. Pero lo llevo a mi mecánico antes, eso sí.", None)
h = t("Claro, lléveselo el sábado. Se lo aparto hasta entonces.")
PAIRS.append(rpair(
    "esb30r_f01_santatecla_usados_caja", "Used-car lot, Santa Tecla, El Salvador. A returning buyer whose last car here had a bad gearbox.",
    [a, b, k, t("Lo de la caja lo siento. Esta vez, el que le guste lo revisa el taller que usted diga, y le doy tres meses de garantía en motor y caja por escrito."),
     c("Eso me deja más tranquilo. ¿Qué tiene automático hasta 7?", None), f, g, h],
    [a, b, k, t("Con todo respeto, ese Corolla salió de aquí bueno. Si la caja falló, fue por el uso que le dieron."),
     c("¿Ah, entonces yo lo arruiné? Con esa actitud, menos confío. A ver qué tiene hasta 7, pero no prometo nada.", "bad_experience"), f, g, h]))

# f02: doubts the customer's honesty
a = c("Buenas, vengo a ver un préstamo para una plancha grande para mi negocio de baleadas.", None)
b = t("Con gusto. ¿Cuánto necesita y cómo le va con el negocio?")
k = c("Unos 25 mil lempiras. Vendo como 300 baleadas diarias, y mi hermano me manda algo de Houston cada mes.", None)
f = t("A 24 meses, unos L 1,350 al mes. La tasa y todos los cargos se los doy por escrito.")
g = c("Eso sí lo puedo pagar. El lunes vuelvo con los papeles.", None)
h = t("Le anoto la lista de papeles; el lunes pregunte por mí.")
PAIRS.append(rpair(
    "esb30r_f02_lapaz_banco_baleadas", "Bank branch, La Paz, Honduras. A street-food seller asks for a small business loan.",
    [a, b, k, t("300 diarias es buen movimiento. Para el estudio le pido fotos del negocio y el cuaderno de ventas de tres meses; la remesa también cuenta como ingreso."),
     c("Cuaderno sí tengo, apunto todo. ¿Y cuánto sería la cuota?", None), f, g, h],
    [a, b, k, t("¿300 diarias? Eso es mucho para un puesto. ¿Está segura? Aquí revisamos todo, y si no cuadra se rechaza."),
     c("Claro que estoy segura, ¿o cree que le miento? Vaya... no sé si quiero meterme con ustedes. ¿Cuánto sería la cuota?", "think_it_over"), f, g, h]))

# f03: drops the price before asking anything
a = c("Buenas, diay, quiero quitar el cable. Me quedo solo con el internet.", "no_need")
d = t("Sin el cable su factura queda en ₡21.900. ¿La tele la conecta por wifi o con cable de red, para que no se le corte nada al quitar el deco?")
e = c("Por wifi, creo. El deco está en la sala.", None)
f = t("Entonces no se corta nada. El cambio rige el 1 del mes y el deco lo deja en cualquier agencia. Le mando la confirmación por correo.")
g = c("Pura vida, gracias.", None)
PAIRS.append(rpair(
    "esb30r_f03_sanjose_cable_baja", "Cable company call, San José, Costa Rica. A customer wants to drop TV and keep internet.",
    [a, t("Con gusto. ¿Me cuenta por qué lo quiere quitar, para ver cómo le queda la factura?"),
     c("Nadie ve tele en la casa, todo es Netflix y YouTube. Estoy pagando por gusto.", "no_need"), d, e, f, g],
    [a, t("¡Espere! No lo quite. Le rebajo el cable a la mitad, ₡6.000, por seis meses."),
     c("No, mae, no es la plata. Es que nadie ve tele en la casa, todo es Netflix.", "no_need"), d, e, f, g]))

# f04: an unasked lecture
a = c("Buenas, deme un galón de herbicida para la milpa, para la maleza antes de sembrar.", None)
b = t("¿Cuántas manzanas son y qué maleza tiene más, zacate o de hoja ancha?")
k = c("Dos manzanas. Más que todo zacate, ya bastante alto.", None)
f = t("La etiqueta dice de 150 a 200 cc por bomba de 16 litros; para zacate alto, los 200. Use guantes y mascarilla, y no fumigue con viento.")
g = c("Va. Deme también los guantes, pues.", None)
h = t("Aquí están, Q15. Son Q200 en total.")
PAIRS.append(rpair(
    "esb30r_f04_jalapa_agro_herbicida", "Farm-supply store, Jalapa, Guatemala. A maize grower buys herbicide.",
    [a, b, k, t("Para zacate alto antes de sembrar le sirve el glifosato. Un galón le alcanza para las dos manzanas, Q185."),
     c("Ta bueno. ¿Cuánto le echo por bomba?", None), f, g, h],
    [a, b, k, t("Glifosato. Pero le digo algo: esos químicos acaban con la tierra y el agua; usted debería pasarse a lo orgánico, como en Europa. Q185."),
     c("Yo vine por el herbicida, no a que me regañe. Lo orgánico no me sale a cuenta. ¿Cuánto le echo por bomba?", "too_expensive"), f, g, h]))

# f05: a vague next step
a = c("Buenas. Quiero meterme a la cooperativa para vender café con el sello de comercio justo. Tengo cuatro manzanas.", None)
b = t("Bienvenido. ¿A quién le vende ahora y cómo le pagan?")
k = c("A un intermediario en la carretera. Paga en efectivo, pero barato, y a veces me roba en el peso.", None)
d = t("Aquí pesamos en báscula certificada frente a usted. El premio del sello tarda un ciclo de certificación; esta cosecha le compramos a precio de mercado. La cuota de ingreso, C$1,500, se descuenta de la primera entrega.")
e = c("Ah, yo pensé que el premio era de una vez. Pero con el peso justo ya gano algo. ¿Qué sigue?", None)
PAIRS.append(rpair(
    "esb30r_f05_jinotega_coop_ingreso", "Coffee cooperative office, Jinotega, Nicaragua. A smallholder wants to join for fair-trade sales.",
    [a, b, k, d, e, t("Traiga su cédula y la constancia de la finca el martes a las 9. Ese día llenamos la solicitud y el jueves pasa el técnico a su finca."),
     c("El martes a las 9 aquí estoy.", None)],
    [a, b, k, d, e, t("Déjeme consultarlo con la junta y ya le avisamos cualquier cosa."),
     c("¿Y cuándo más o menos? El intermediario pasa el lunes... Bueno, avíseme, pues.", None)]))

# f06: over-promises
a = c("Buenas tardes, estoy viendo colegios para mi hijo de 10 años. Viene de una escuela pública y casi no habla inglés.", None)
b = t("Bienvenido. ¿Qué es lo que más le importa para él en el colegio nuevo?")
k = c("Que aprenda inglés, que tenga más oportunidades que yo. Pero es tímido y me da miedo que sufra.", None)
f = t("Son 285 al mes, más 350 de matrícula. Las clases de apoyo van incluidas el primer año.")
g = c("Es un esfuerzo, pero para eso trabajamos. ¿Qué papeles piden?", None)
h = t("La partida de nacimiento y las notas. Y vengan con él el viernes a un día de clase, para que él vea cómo es.")
PAIRS.append(rpair(
    "esb30r_f06_david_colegio_ingles", "Private bilingual school, David, Panama. A father with a shy son who speaks little English.",
    [a, b, k, t("Le soy sincero: los que llegan sin inglés tardan un año o año y medio en sentirse cómodos. Hay clases de apoyo en la tarde y una consejera que los acompaña."),
     c("Un año... bueno, por lo menos me lo dice claro. ¿Y la mensualidad?", None), f, g, h],
    [a, b, k, t("No se preocupe, le garantizo que en seis meses su hijo habla inglés perfecto. Aquí todos lo logran."),
     c("¿Seis meses? Mi sobrino estuvo dos años en uno bilingüe y todavía le cuesta. ¿Y la mensualidad?", "bad_experience"), f, g, h]))

# f07: closes before checking the thing works
a = c("Buenas, ¿ya quedó? Trabajo en línea y mañana tengo turno a las siete.", None)
b = t("Ya está conectado el módem. ¿Desde dónde trabaja en la casa?")
k = c("En el cuarto del fondo, el último. Ahí tengo la compu.", None)
f = t("Es la señal: llega débil por las dos paredes. Le pongo un repetidor, incluido en la instalación, y probamos otra vez.")
g = c("Ahora sí, la llamada está limpia. ¿Dónde firmo?", None)
h = t("Aquí. Si mañana en su turno falla algo, este es mi número directo.")
PAIRS.append(rpair(
    "esb30r_f07_santaana_internet_instalacion", "Internet installation at home, Santa Ana, El Salvador. A remote call-centre agent works from the back room.",
    [a, b, k, t("Antes de irme, probemos allá en el cuarto: abra su plataforma y una videollamada, y mido la velocidad."),
     c("Va... mire, la llamada se traba un poco aquí.", None), f, g, h],
    [a, b, k, t("Perfecto. Fírmeme aquí la hoja de instalación conforme y ya quedó."),
     c("¿Y no lo va a probar? La otra compañía me dejó así y al otro día no servía en el cuarto.", "bad_experience"), f, g, h]))

# f08: recommends before asking
a = c("Buenas, necesito anteojos nuevos, los que tengo ya no me sirven.", None)
d = t("Lo primero es un examen de la vista, para saber cuánto cambió. Son 20 minutos, sin cobro si hace los lentes aquí.")
e = c("Bueno, pero hoy no puedo, tengo que volver a la oficina.", "no_time")
f = t("¿Le sirve el sábado a las 10? Traiga los anteojos que usa ahora.")
g = c("El sábado sí. Anóteme.", None)
PAIRS.append(rpair(
    "esb30r_f08_heredia_optica_lentes", "Optician, Heredia, Costa Rica. An accountant with headaches after screen work.",
    [a, t("¿Qué es lo que ya no le sirve: ve mal de lejos, de cerca, le cansan los ojos? ¿Cuánto usa la compu?"),
     c("De cerca, sobre todo. Soy contadora, ocho horas en la compu, y al final del día me duele la cabeza.", None), d, e, f, g],
    [a, t("Le recomiendo nuestros lentes progresivos con filtro de luz azul, ₡165.000, los mejores del mercado."),
     c("Uy, ¿progresivos? Una vez me hice unos y me mareaban. Lo mío es que de cerca no veo y me duele la cabeza con la compu.", "bad_experience"), d, e, f, g]))

# f09: unexplained jargon
a = c("Buenas. Mi hija dice que ponga el pago con QR en mi puesto de verduras. Yo no entiendo nada de eso.", None)
b = t("Con gusto se lo explico. ¿Sus clientes le han pedido pagar con el celular?")
k = c("Algunos, los jóvenes. Y a veces pierdo la venta porque no traen efectivo.", None)
f = t("Le cobran 1.5% de cada venta: si vende Q100, le quitan Q1.50. No hay mensualidad.")
g = c("Ah, Q1.50 de cien... eso es menos de lo que pierdo cuando se me va una venta.", None)
h = t("Así es. Si quiere, lo prueba un mes; si no le gusta, lo cancela sin costo. Se lo dejo anotado para su hija.")
PAIRS.append(rpair(
    "esb30r_f09_xela_banco_qr", "Bank stand at a market, Quetzaltenango, Guatemala. A vegetable seller who distrusts banks asks about QR payments.",
    [a, b, k, t("Así funciona: usted pone un cartoncito con un código; el cliente lo fotografía con el celular, el dinero cae a su cuenta y a usted le llega un mensaje de que ya pagó."),
     c("Ah, ¿así nomás? ¿Y eso cuánto me cobran?", None), f, g, h],
    [a, b, k, t("Funciona con un QR estático vinculado a su cuenta; la liquidación es en tiempo real vía ACH y el MDR es del 1.5%."),
     c("¿El qué? No le entendí nada, joven. Mejor sigo con el efectivo.", "no_need"), f, g, h]))

# f10: talks about themselves
a = c("Buenas, ocupo un plan con bastantes datos. Soy repartidor con la app y se me acaban a mitad de semana.", None)
b = t("¿Cuántos días a la semana trabaja y qué plan tiene ahorita?")
k = c("Seis días. El paquete de L 100 semanal, pero el GPS me come todo.", None)
f = t("Mire, el semanal de 6 gigas trae mapas sin consumo, L 115: el GPS ya no le gasta datos.")
g = c("Eso sí me sirve. Actívemelo.", None)
h = t("Listo. Si igual se le acaba a mitad de semana, venga y lo pasamos al mensual sin cobro extra.")
PAIRS.append(rpair(
    "esb30r_f10_danli_plan_repartidor", "Phone kiosk, Danlí, Honduras. A delivery rider runs out of data mid-week.",
    [a, b, k, t("Seis días con GPS. El mensual de 20 gigas sale en L 499, unos L 125 por semana: un poco más, pero no se le acaba."),
     c("Mm, es más de lo que pago. ¿No hay algo más barato?", "too_expensive"), f, g, h],
    [a, b, k, t("Ah, yo también fui repartidor, fíjese. Tres años en moto; a mí me asaltaron dos veces en la Kennedy. Yo usaba el de 20 gigas."),
     c("Ajá... qué pena. ¿Pero qué plan me sirve a mí? No puedo gastar más de lo que gasto.", "no_money"), f, g, h]))

# esb41 ranked pairs f01-f10: same turns except one fault in `worse` and the reaction to it
from common import c, rpair, t

N = None
PAIRS = []
R = PAIRS.append

# f01 fault: drops the price before asking anything
o = c("Hola, buenas. Vengo a ver si me cambio de compañía, que en la mía pago 35 al mes y me parece mucho.", N)
g1 = t("Buenas. Vamos a ver si le conviene. ¿Qué tiene ahora: solo móvil, o fibra también?")
g2 = c("Solo móvil: 20 gigas y llamadas ilimitadas. Casi no llamo, todo es WhatsApp.", N)
w1 = t("Buenas. Mire, se la dejo a 15 al mes con 50 gigas, ahora mismo. Mejor que eso no encuentra.")
w2 = c("¿Quince? Si ni sabe lo que tengo. Tengo 20 gigas y llamadas ilimitadas, casi todo WhatsApp.", N)
a = t("Con eso, la de 15 le cubre de sobra: 50 gigas, llamadas ilimitadas, sin permanencia, y no sube en 12 meses.")
b = c("Ajá. ¿Y la portabilidad me la cobran? La última vez que cambié me metieron una penalización.", "bad_experience")
d = t("Si su contrato no tiene permanencia, no hay penalización. Enséñemelo y lo miramos ahora.")
e = c("Tome, aquí en el móvil. Si no hay penalización, me cambio hoy.", N)
R(rpair("esb41r_f01_madrid_cambio_movil", "Phone shop, Madrid: Colombian customer paying 35 a month wants to switch.",
    [o, g1, g2, a, b, d, e], [o, w1, w2, a, b, d, e]))

# f02 fault: vague next step
o = c("Buenas, mandé 200 dólares ayer a mi hermana en Maracay y no le ha llegado nada. Ella necesita eso para la insulina.", N)
a = t("Qué preocupación, con la insulina. Deme el número de orden y el nombre de su hermana.")
b = c("Orden 55817, Yennifer Rojas. Lo mandé a las cuatro de la tarde.", N)
d = t("Está pendiente porque el banco de allá rechazó el pago móvil por el límite diario. Hay que mandarlo en dos partes.")
e = c("¿Y eso me lo cobran otra vez? La comisión ya la pagué.", N)
g1 = t("No se le cobra. Lo divido ahora en dos pagos y le mando por WhatsApp el comprobante de cada uno antes de las seis.")
g2 = c("Ah, bueno. Entonces espero el WhatsApp.", N)
w1 = t("No se le cobra. Ya lo pasamos al departamento y ellos le avisan cuando esté.")
w2 = c("¿Cuándo es 'cuando esté'? Ella no tiene insulina para mañana. Devuélvanme la plata y lo mando por otro lado.", N)
R(rpair("esb41r_f02_miami_remesa_insulina", "Money transfer office, Miami: Venezuelan's transfer for his sister's insulin is stuck.",
    [o, a, b, d, e, g1, g2], [o, a, b, d, e, w1, w2]))

# f03 fault: over-promises
o = c("Buenas, vengo por el Logan 2015 del aviso. Lo quiero para trabajar de conductor, pero me da miedo que me salga con mañas.", N)
a = t("Buenas. Entiendo el miedo. ¿Cuántas horas lo piensa trabajar al día?")
b = c("Unas doce. Vivo de eso: si se vara, no como.", N)
g1 = t("Tiene 120 mil kilómetros y le cambiamos la correa hace un mes, aquí está la factura. No le prometo que nunca falle, pero le doy tres meses de garantía de motor y caja por escrito.")
g2 = c("Tres meses por escrito, eso sí me gusta. ¿Y el precio?", N)
w1 = t("Tranquilo, ese motor no falla nunca, se lo garantizo. Los Logan son eternos: diez años trabajando sin tocarle nada.")
w2 = c("Nunca, nunca... eso me dijo el que me vendió el último, y a los dos meses fundió.", "bad_experience")
d = t("Está en 28 millones con traspaso incluido. Si quiere, lléveselo a peritaje antes.")
e = c("Listo, lo llevo al peritaje el lunes y ahí hablamos.", N)
R(rpair("esb41r_f03_bogota_logan_conductor", "Used car dealer, Bogotá: Venezuelan driver buys a car to work twelve hours a day.",
    [o, a, b, g1, g2, d, e], [o, a, b, w1, w2, d, e]))

# f04 fault: doubts the customer's honesty
o = c("hola buenas, me interesa el depto de independencia. trabajo independiente, emito boletas, sirve eso?", N)
a = t("Hola Karelys, sí sirve. Piden ingresos de tres veces el arriendo: son 390, o sea 1,17 millones. ¿Cuánto emites al mes?")
b = c("entre 1,3 y 1,5 millones, soy diseñadora. tengo boletas de 6 meses", N)
g1 = t("Perfecto, calificas. Mándame las seis boletas y la carpeta tributaria del SII y se las paso hoy al dueño.")
g2 = c("dale, te las mando en la tarde", N)
w1 = t("Mmm, ¿y esas boletas son reales? Te pregunto porque nos han llegado varias arregladas. Mándame igual la carpeta tributaria del SII.")
w2 = c("que feo eso, obvio son reales. te mando todo pero no me gusto la pregunta", N)
d = t("El dueño responde en 48 horas. Si aprueba, firmas y pagas mes de garantía y primer arriendo.")
e = c("ok, son casi 800 de golpe, dejame ver si lo junto para fin de mes", "no_money")
R(rpair("esb41r_f04_santiago_depto_boletas", "Property broker chat, Santiago: self-employed Venezuelan designer applies for a flat.",
    [o, a, b, g1, g2, d, e], [o, a, b, w1, w2, d, e]))

# f05 fault: an unasked lecture
o = c("Hola, ¿me podéis cortar solo las puntas? Dos dedos, nada más. En una hora tengo que estar en el aeropuerto buscando a mi hermana.", N)
a = t("Hola, sí, ahora mismo. Dos dedos, ¿recto o en capas como lo llevas?")
b = c("Como lo llevo, en capas. Rapidito, porfa.", N)
g1 = t("Hecho. Te lo corto en seco, que es más rápido, y en veinte minutos estás.")
g2 = c("¡Perfecto, gracias!", N)
w1 = t("Vale. Aunque oye, tienes las puntas quemadas: eso es de la plancha diaria y de los champús de supermercado. Deberías usar protector térmico, mascarilla...")
w2 = c("Ya, ya, sé que las tengo fatal. Ahora no tengo tiempo para eso, solo las puntas.", "no_time")
d = t("Listo, mírate. Son 15 €.")
e = c("Quedó lindo. Toma, y me voy corriendo.", N)
R(rpair("esb41r_f05_madrid_puntas_aeropuerto", "Hair salon, Madrid: hurried Colombian customer wants only a trim.",
    [o, a, b, g1, g2, d, e], [o, a, b, w1, w2, d, e]))

# f06 fault: unexplained jargon
o = c("Buenas, el ortopedista me mandó una resonancia de la rodilla. Quiero saber cuánto me cuesta antes de hacérmela, que no estoy para sorpresas.", N)
a = t("Buenas, muy bien que pregunte antes. ¿Qué seguro tiene?")
b = c("El de Obamacare, Ambetter, el plata.", N)
g1 = t("Con su plan, la resonancia la paga usted hasta llegar a 2.000 en el año, eso es el deducible, y lleva 300 gastados. Aquí le saldría en unos 650.")
g2 = c("¿650? Uf, eso es casi un mes de renta.", "no_money")
w1 = t("Con su Silver HMO in-network le aplica el deductible, luego coinsurance del 30% hasta el out-of-pocket max, y requiere prior auth.")
w2 = c("Perdone, no le entendí nada. Yo lo que necesito es que no me salga caro.", N)
d = t("Le entiendo. Hay un centro de imágenes independiente en la 8 que, con su mismo seguro, sale en unos 400 en vez de 650. ¿Le mando la orden allí?")
e = c("Sí, mándela allá. Gracias por decirme.", N)
R(rpair("esb41r_f06_miami_resonancia_rodilla", "Imaging clinic (phone), Miami: Colombian worker asks the price of a knee MRI first.",
    [o, a, b, g1, g2, d, e], [o, a, b, w1, w2, d, e]))

# f07 fault: talks about themselves
o = c("Buenas, vengo a ver si me ayudan con el PPT de mis dos niños. Yo ya tengo el mío, pero ellos llegaron hace tres meses.", N)
a = t("Buenas, claro. ¿Los niños entraron por puesto migratorio, con sello, o por trocha?")
b = c("Con sello, por Cúcuta. Tengo los pasaportes y las partidas de nacimiento.", N)
g1 = t("Perfecto, eso facilita. Pueden entrar por la vía de hijos de padres con PPT. Le hago el registro hoy; cobramos 50 mil por los dos.")
g2 = c("50 mil... ¿eso no es gratis en Migración?", "too_expensive")
w1 = t("¡Ay, Cúcuta! Yo también llegué por ahí en 2018, con una maleta y cien mil pesos. Dormí tres noches en el terminal, vendí tintos... y mire, ahora con oficina propia. Bueno, el registro son 50 mil por los dos.")
w2 = c("Qué bueno por usted. Pero recojo a los niños a las doce. ¿Y 50 mil? ¿Eso no es gratis en Migración?", "too_expensive")
d = t("En Migración es gratis, sí. Cobramos por hacer el registro en línea y agendar las citas; si tiene computador y paciencia, lo puede hacer usted.")
e = c("Computador no tengo. Hágamelo, pero rapidito, por favor.", N)
R(rpair("esb41r_f07_bogota_ppt_ninos", "Migration paperwork help desk, Bogotá: Venezuelan mother registers her two children.",
    [o, a, b, g1, g2, d, e], [o, a, b, w1, w2, d, e]))

# f08 fault: closes before checking the thing works
o = c("hola, necesito fibra para teletrabajo, trabajo para una empresa de afuera y no me puede fallar. vivo en puente alto", N)
a = t("Hola! ¿Qué haces en el trabajo: videollamadas todo el día, subes archivos pesados?")
b = c("soporte tecnico, llamadas con clientes 8 horas. con el 4g se me corta y ya me llamaron la atencion", N)
g1 = t("Entonces lo clave es una subida estable. Antes de ofrecerte nada, dame tu dirección y reviso si llega fibra a tu edificio.")
g2 = c("av. concha y toro 3100, depto 1204", N)
w1 = t("Perfecto, el plan 600 megas simétrico en 16.990 es para ti. Te lo dejo contratado ahora, y el técnico ve la factibilidad el día de la instalación.")
w2 = c("y si no hay fibra en concha y toro 3100? otra empresa me hizo firmar, despues no tenian cobertura y me cobraron igual", "bad_experience")
d = t("Revisé Concha y Toro 3100: tu edificio tiene fibra. 600 megas simétrico, 16.990, instalación el jueves.")
e = c("el jueves trabajo todo el dia, puede ser el sabado?", "no_time")
R(rpair("esb41r_f08_santiago_fibra_teletrabajo", "Internet provider chat, Santiago: Venezuelan remote support worker needs reliable fibre.",
    [o, a, b, g1, g2, d, e], [o, a, b, w1, w2, d, e]))

# f09 fault: recommends before asking
o = c("Buenas. Llevo dos años y medio en Madrid sin papeles y quiero regularizarme. Me dijeron que ustedes lo llevan.", N)
g1 = t("Buenas. Hay varias vías y depende de su caso. ¿Tiene familia aquí, pareja, hijos? ¿Pidió asilo al llegar?")
g2 = c("Pedí asilo y me lo denegaron. Y tengo pareja española, vivimos juntos desde hace un año.", N)
w1 = t("Sí. Lo suyo es el arraigo: el expediente completo le sale en 450 €, y empezamos ya.")
w2 = c("¿Y ya sabe lo que es lo mío sin preguntarme nada? Tengo pareja española, vivimos juntos hace un año.", N)
a = t("Con pareja española, la pareja de hecho registrada suele ser más rápida que el arraigo. ¿Están inscritos?")
b = c("No, todavía no. ¿Eso cuánto cuesta?", N)
d = t("La inscripción es casi sin coste. Nuestro servicio para la tarjeta de familiar son 300 €, y le reviso gratis los papeles antes.")
e = c("300... déjeme hablarlo con ella, que es la que tiene los papeles en orden.", "think_it_over")
R(rpair("esb41r_f09_madrid_regularizacion_pareja", "Immigration agency, Madrid: undocumented Venezuelan with a Spanish partner wants papers.",
    [o, g1, g2, a, b, d, e], [o, w1, w2, a, b, d, e]))

# f10 fault: argues with the customer
o = c("Hola, buenas. Me hice las uñas el sábado y dos ya se me levantaron. Y tengo una boda el viernes.", N)
a = t("Qué pena. Déjeme verlas. ¿Cuáles son?")
b = c("El índice y el medio. Se me levantaron lavando platos, creo, pero a los cuatro días.", N)
g1 = t("Cuatro días es poco, eso no debería pasar. Hizo bien en venir.")
g2 = c("Gracias. Es que el viernes se casa mi hermana.", N)
w1 = t("Mire, eso es normal con el agua caliente. Cuatro días está dentro de lo que pasa, no es defecto del trabajo.")
w2 = c("¿Normal? En ningún salón me había pasado. No estoy de acuerdo.", N)
d = t("Tengo un hueco ahora mismo: le relleno las dos sin costo y reviso las demás para el viernes.")
e = c("Bueno, pero rapidito, que a las cinco entro a trabajar.", N)
R(rpair("esb41r_f10_miami_unas_boda", "Nail salon, Miami: Colombian client's acrylics lifted after four days, wedding on Friday.",
    [o, a, b, g1, g2, d, e], [o, a, b, w1, w2, d, e]))

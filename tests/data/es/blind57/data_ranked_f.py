"""Ranked pairs f01-f10 of es_blind57: both sides share every turn except one fault in `worse`
and the customer's reaction to it. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 Bogotá, tienda de celulares -- fault: argues with the customer
o = c("Buenas. Necesito un celular que me aguante la batería todo el día, que el que tengo se me descarga antes del almuerzo.", None)
t1 = t("Buenas. ¿Qué celular tiene y qué es lo que más usa durante el día?")
c1 = c("Un Motorola de hace tres años. Uso mucho Waze porque soy vendedor y ando en carro, y WhatsApp todo el día.", None)
t2_good = t("Con Waze prendido todo el día cualquier batería sufre. ¿Tiene dónde cargarlo en el carro, o necesita que aguante solito hasta la noche?")
c2_good = c("Que aguante solito. En el carro no tengo cargador, nunca me acuerdo de comprar uno.", None)
t2_bad = t("Pues, con todo respeto, el Motorola no es malo de batería; eso es que usted tiene muchas aplicaciones abiertas. Yo tengo uno igual y me dura dos días.")
c2_bad = c("Pues a mí no me dura, hermano, y yo sé cómo lo uso. ¿Me va a mostrar uno o no?", None)
t3 = t("Le muestro este, con batería de 6.000: con Waze le aguanta hasta la noche. Está en 780 mil.")
c3 = c("780... me pasa un poquito de lo que tenía pensado, pero si aguanta, vale la pena.", "too_expensive")
t4 = t("Le paso los contactos y le dejo el WhatsApp funcionando ya mismo, y si en la primera semana no le dura el día, me lo trae y lo revisamos.")
PAIRS.append(rpair(
    "esb57r_f01_bogota_celular_bateria",
    "Tienda de celulares en Bogotá. Un vendedor que usa Waze todo el día necesita un teléfono cuya batería aguante la jornada. Falla en worse: el asesor discute con el cliente.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f02 Caracas, banco -- fault: doubts the customer's honesty
o = c("Buenas. Ayer saqué plata en el cajero de aquí afuera, me descontó 1.500 bolívares de la cuenta y no me dio los billetes.", None)
t1 = t("Buenas, señora. Qué rabia eso. ¿Me dice la hora, más o menos, y me presta la tarjeta para ver el movimiento?")
c1 = c("Como a las seis y media de la tarde. Aquí está la tarjeta. Mire, ahí se ve el débito.", None)
t2_good = t("Sí, aquí está el débito de 1.500 a las 6:34. Voy a pedir el cuadre de ese cajero: si al contarlo sobra esa plata, se la devuelven a la cuenta.")
c2_good = c("¿Y eso cuánto tarda? Porque esa plata era pa' las medicinas.", None)
t2_bad = t("Sí, aquí está el débito. Pero, ¿usted está segura de que no le salieron los billetes? Porque mucha gente viene a reclamar plata que sí sacó.")
c2_bad = c("¿Me está diciendo mentirosa? Si me hubiera salido la plata no estaría haciendo esta cola. Esa plata era pa' las medicinas.", None)
t3 = t("El reclamo se resuelve en cinco días hábiles. Le doy el número, y si el cuadre confirma el sobrante, el reintegro es automático.")
c3 = c("Cinco días... bueno, qué le vamos a hacer. Deme el número.", None)
t4 = t("Aquí tiene: R-20931. Si el lunes no ve el reintegro, me busca a mí en este escritorio.")
PAIRS.append(rpair(
    "esb57r_f02_caracas_cajero_debito",
    "Banco en El Cementerio, Caracas. Una señora reclama un retiro en el cajero que le debitaron sin entregarle el efectivo. Falla en worse: el empleado duda de su honestidad.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f03 Medellín, concesionario -- fault: drops the price before asking anything
o = c("Buenas. ¿Cuánto está la 125 automática que tienen ahí en la vitrina?", None)
t1_good = t("Está en 8,2 millones. ¿Es para usted, y para qué la va a usar: ciudad, carretera?")
c1_good = c("Pa' mí, pa' ir a la universidad y al trabajo, aquí en Medellín. Y en el concesionario de la esquina la vi en 7,9.", "too_expensive")
t1_bad = t("Está en 8,2 millones, pero a usted se la dejo en 7,7, de una. ¿Le sirve?")
c1_bad = c("Uy, ¿así de una? ¿Y por qué tan barata? ¿Tiene algo o es modelo viejo?", None)
t2 = t("Es modelo 2025, nueva. Lo que sí le cuento es que la nuestra incluye el SOAT y los dos primeros mantenimientos, que son como 700 mil.")
c2 = c("Ah, bueno. ¿Y se puede a crédito con mi cédula no más?", None)
t3 = t("Sí, con la cédula y un certificado de ingresos o de estudio. Le hago la simulación ya mismo.")
c3 = c("Listo, hágala, pero todavía no le firmo nada, ¿eh? Primero la miro en la casa.", "think_it_over")
PAIRS.append(rpair(
    "esb57r_f03_medellin_moto_descuento",
    "Concesionario de motos en Medellín. Un estudiante pregunta el precio de una scooter de vitrina. Falla en worse: el vendedor baja el precio antes de preguntar nada.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f04 Barranquilla, farmacia de la EPS -- fault: an unasked lecture
o = c("Buenas, mija. Vengo a reclamar la insulina, la fórmula es de este mes.", None)
t1 = t("Buenas, señor. Regáleme la fórmula y el documento, por favor.")
c1 = c("Aquí está. Ojalá esta vez sí esté, que el mes pasado me tocó venir tres veces.", None)
t2_good = t("Sí, hoy sí llegó. Le entrego las cuatro plumas, y las agujas van aparte en esta bolsita.")
c2_good = c("Gracias a Dios. ¿Y las tirillas del glucómetro también?", None)
t2_bad = t("Sí, hoy llegó. Pero le digo una cosa, don: con la insulina sola no basta. Tiene que dejar el arroz, la gaseosa y los fritos, porque la diabetes no perdona, y caminar media hora diaria...")
c2_bad = c("Mija, eso me lo dice el médico cada mes. Yo vine fue por la insulina. ¿Y las tirillas?", None)
t3 = t("Las tirillas no vinieron en este pedido. Le dejo el pendiente radicado y se las llevan a la casa en 48 horas; no tiene que volver.")
c3 = c("¿A la casa? Eso nunca me había pasado. Bueno, anóteme la dirección, que vivo en Las Nieves.", None)
t4 = t("Listo, Las Nieves. Le escribo el número del pendiente en la fórmula, por si el jueves no han llegado y tiene que llamar.")
PAIRS.append(rpair(
    "esb57r_f04_barranquilla_insulina_eps",
    "Farmacia de una EPS en Barranquilla. Un paciente diabético reclama su insulina después de varios viajes perdidos. Falla en worse: la auxiliar le da un sermón que nadie pidió.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f05 Maracaibo, repuestos -- fault: a vague next step
o = c("Epa, primo. ¿Tenéis la bomba de gasolina pa' una Cherokee 2008?", None)
t1 = t("Epa. Déjame ver... original no tengo ahorita. ¿La necesitáis urgente o la camioneta todavía anda?")
c1 = c("Anda, pero se me apaga en los semáforos. Y con este calor eso es un peo.", None)
t2 = t("Te la puedo pedir a Valencia: la original sale en 160. O hay una alterna en 95 que tengo aquí mismo, pero dura menos, como un año y medio.")
c2 = c("160 es mucho, primo. Pero tampoco quiero una que me deje botado otra vez.", "too_expensive")
t3_good = t("Entonces pidamos la original. Dame 50 de abono; la encomienda llega el jueves, y el miércoles a las cinco te escribo para confirmarte que salió. Si el jueves no llegó, te devuelvo el abono ese mismo día.")
c3_good = c("Así sí. Te mando los 50 por pago móvil.", None)
t3_bad = t("Entonces pidamos la original. Dame 50 de abono, y apenas llegue te aviso. Eso llega uno de estos días.")
c3_bad = c("¿Uno de estos días? Primo, yo necesito la camioneta. ¿Pa' cuándo, más o menos?", None)
t4 = t("Anotame aquí en el cuaderno tu número y el modelo de la camioneta.")
PAIRS.append(rpair(
    "esb57r_f05_maracaibo_bomba_gasolina",
    "Repuestos en Maracaibo. Un cliente necesita una bomba de gasolina que hay que pedir a Valencia. Falla en worse: el próximo paso queda vago (sin fecha ni compromiso).",
    better=[o, t1, c1, t2, c2, t3_good, c3_good, t4],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad, t4],
))

# f06 Bogotá, encomiendas a Venezuela -- fault: over-promises
o = c("Buenas, pana. Quiero mandarle unas medicinas a mi mamá en Caracas. Son pa' la tensión, allá no las consigo.", None)
t1 = t("Buenas. Con gusto. ¿Qué medicinas son y cuántas cajas, más o menos?")
c1 = c("Losartán y amlodipino, como seis cajas de cada una. Pa' tres meses.", None)
t2_good = t("Eso se puede mandar, pero con la fórmula médica y en la caja original. Llega entre 8 y 12 días hábiles a la oficina de Caracas; a veces la aduana revisa y tarda un poquito más. Son 14 dólares por kilo.")
c2_good = c("¿12 días? A ella le quedan pastillas pa' dos semanas nomás. Bueno, si es lo que hay, lo mando hoy mismo.", None)
t2_bad = t("Eso le llega en tres días, garantizado, y como somos de confianza en la aduana ni lo abren; no necesita fórmula ni nada. Son 14 dólares por kilo.")
c2_bad = c("¿Tres días? ¡Epa, qué bueno! Entonces lo mando hoy y le digo a mi mamá que el lunes las tiene.", None)
t3 = t("Perfecto. Llene esta guía con los datos y el teléfono de ella, y pesamos la caja.")
c3 = c("Dale. Pero cóbrame en pesos, que dólares no tengo aquí.", None)
t4 = t("Sí, se lo cobro en pesos a la tasa del día; le queda en unos 58 mil.")
PAIRS.append(rpair(
    "esb57r_f06_bogota_encomienda_medicinas",
    "Agencia de encomiendas Bogotá-Caracas. Un venezolano que vive en Bogotá quiere mandar medicinas para la tensión a su mamá. Falla en worse: el asesor promete lo que no puede cumplir.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f07 Caracas, instalación de fibra óptica -- fault: closes before checking the thing works
o = c("Buenas, ¿ya terminaron? Es que yo trabajo desde aquí, en el cuarto del fondo, y necesito que la señal me llegue bien allá.", None)
t1 = t("Buenas. Ya quedó conectado el router en la sala. ¿Su computadora se conecta por wifi o por cable?")
c1 = c("Por wifi. Y hago videollamadas todo el día con clientes de afuera; eso no se me puede caer.", None)
t2 = t("Listo. El plan es de 100 megas y el router es doble banda, así que para videollamadas sobra.")
c2 = c("Ojalá, porque con la compañía anterior se me caía a cada rato, por eso me cambié.", None)
t3_good = t("Por eso no me voy sin medir en su cuarto. Vamos... aquí llegan 35 de los 100, por las dos paredes. Con un cable de red de 15 metros, que le dejo puesto por 8 dólares, le llegan completos. Medimos otra vez y después firma.")
c3_good = c("Dale, ponle el cable. Prefiero eso a estar peleando con la señal.", None)
t3_bad = t("Con 100 megas eso va volando, no se preocupe. Fírmeme aquí la conformidad, que tenemos otra instalación en Los Palos Grandes.")
c3_bad = c("Bueno, firmo... pero si mañana en la videollamada se me cae, los llamo, ¿oíste?", None)
PAIRS.append(rpair(
    "esb57r_f07_caracas_fibra_teletrabajo",
    "Instalación de fibra óptica en un apartamento de Caracas. La clienta trabaja por videollamada en el cuarto del fondo. Falla en worse: el técnico pide la firma sin probar la señal donde ella trabaja.",
    better=[o, t1, c1, t2, c2, t3_good, c3_good],
    worse=[o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f08 Medellín, insumos de panadería -- fault: recommends before asking
o = c("Buenas, don. Vengo a cotizar harina, que el proveedor que tenía me subió el bulto.", None)
t1_good = t("Buenas. Con gusto. ¿Qué es lo que más hace usted: pan blandito, pandebono, hojaldre? Porque cada cosa pide una harina distinta.")
c1_good = c("Pan aliñado, pan de sal y mogolla, casi todo. Hojaldre poquito, solo los fines de semana.", None)
t1_bad = t("Buenas. Le recomiendo la harina Premium Extra Fuerza, que es la mejor que tenemos; sale en 148 mil el bulto.")
c1_bad = c("¿148? Eso es más caro que lo del otro, hermano. Y yo hago es pan de sal y mogolla, no pan francés de hotel.", "too_expensive")
t2 = t("Para pan de sal y mogolla le sirve la panificable normal, a 118 mil el bulto, y si lleva 20 bultos el flete va por nuestra cuenta.")
c2 = c("118 está bien. Pero yo compro de a 10, no tengo dónde guardar 20.", None)
t3 = t("Entonces de a 10, y el flete lo pagamos a medias. Le llega el martes.")
c3 = c("Listo, mándeme 10 el martes. Si el pan me sale bien, seguimos.", None)
PAIRS.append(rpair(
    "esb57r_f08_medellin_harina_panaderia",
    "Distribuidora de insumos de panadería en Medellín. Un panadero de barrio busca otro proveedor de harina porque le subieron el precio. Falla en worse: el vendedor recomienda antes de preguntar qué hace.",
    better=[o, t1_good, c1_good, t2, c2, t3, c3],
    worse=[o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f09 Bogotá, banco: crédito para pensionada -- fault: unexplained jargon
o = c("Buenas, joven. Yo soy pensionada, y una amiga me dijo que a los pensionados les prestan más fácil. Necesito cinco millones pa' arreglar el techo.", None)
t1 = t("Buenas, señora. Sí, así es. ¿En qué fondo tiene la pensión y más o menos cuánto recibe?")
c1 = c("En Colpensiones. Me llega un millón ochocientos, más o menos.", None)
t2_good = t("Para pensionados es un crédito de libranza: la cuota se la descuentan directamente de la pensión antes de que le llegue, y por eso la tasa es más baja. Para cinco millones a cuatro años, la cuota sería de unos 150 mil al mes.")
c2_good = c("Ah, o sea que no tengo que ir al banco a pagar cada mes. ¿Y los 150 mil me los quitan de la mesada?", None)
t2_bad = t("Perfecto, entonces le aplica libranza con descuento por nómina pensional, tasa del 1,4 MV, con seguro de vida deudor y capacidad de descuento hasta el 50 por ciento del neto. La cuota fija le queda en 150 mil.")
c2_bad = c("Ay, joven, yo no le entendí nada. ¿Eso qué quiere decir? ¿Me lo quitan de la pensión o tengo que venir a pagar?", None)
t3 = t("Sí, los 150 mil se los descuentan directamente de la pensión cada mes; usted no tiene que venir a pagar nada.")
c3 = c("Bueno, pero déjeme pensarlo y le pregunto a mi hijo, que él es el que sabe de números.", "think_it_over")
t4 = t("Claro. Le anoto la cuota, el plazo y la tasa en esta hoja, para que su hijo la revise con calma.")
PAIRS.append(rpair(
    "esb57r_f09_bogota_libranza_pensionada",
    "Banco en Bogotá. Una pensionada pide cinco millones para arreglar el techo. Falla en worse: el asesor explica con siglas y términos que ella no entiende.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

# f10 Barranquilla, agencia de viajes -- fault: talks about themselves
o = c("Buenas. Queremos cotizar un plan a San Andrés, es nuestro aniversario de diez años, en julio.", None)
t1 = t("¡Felicitaciones! ¿Cuántos días tienen, y qué tipo de plan les gusta: más de playa y descanso, o de salir a conocer?")
c1 = c("Cinco días. Ella quiere descansar y yo quiero bucear. Eso sí, nunca he buceado.", None)
t2_good = t("Entonces un hotel tranquilo en San Luis, lejos del centro, y un bautizo de buceo de medio día para usted mientras ella descansa en la playa. No necesita experiencia, va con instructor.")
c2_good = c("Uy, eso suena perfecto. ¿Y cuánto sale todo?", None)
t2_bad = t("¡Ay, San Andrés! Yo fui en mi luna de miel, imagínese. Nos quedamos en el centro y la pasamos delicioso; mi esposo se quemó toditico el primer día, y yo buceé en El Acuario, lo más lindo que he visto en mi vida...")
c2_bad = c("Ajá... qué bien. ¿Pero a nosotros qué nos recomienda? ¿Y cuánto sale?", None)
t3 = t("Para los dos, cinco días con tiquetes desde Barranquilla, hotel con desayuno y el bautizo de buceo, sale en unos 4,6 millones en julio.")
c3 = c("4,6... se nos sale del presupuesto, nosotros tenemos como 4 no más.", "no_money")
t4 = t("Si viajan a mediados de julio en vez de la primera semana, baja a unos 4,1. Les mando las dos opciones por WhatsApp y les sostengo el precio hasta el viernes.")
PAIRS.append(rpair(
    "esb57r_f10_barranquilla_viaje_aniversario",
    "Agencia de viajes en Barranquilla. Una pareja cotiza un viaje a San Andrés por su aniversario; ella quiere descansar y él bucear por primera vez. Falla en worse: la asesora habla de sí misma en vez de la pareja.",
    better=[o, t1, c1, t2_good, c2_good, t3, c3, t4],
    worse=[o, t1, c1, t2_bad, c2_bad, t3, c3, t4],
))

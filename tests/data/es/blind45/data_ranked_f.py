from common import c, rpair, t

PAIRS = []


def pair(id, situation, shared, i, good, bad):
    """better = shared turns; worse = the same turns with the trainee turn at i and the customer's reaction replaced."""
    better = shared[:i] + good + shared[i:]
    worse = shared[:i] + bad + shared[i:]
    return rpair(id, situation, better, worse)


o = c("Buenas. La lavadora que compré hace tres semanas hace un ruido horrible cuando centrifuga, como si se fuera a salir caminando.", None)
a1 = t("Uy, qué susto. ¿Le quitaron los tornillos de transporte de atrás cuando la instalaron?")
b1 = c("¿Tornillos? Ni idea. La instalaron los del almacén.", None)
a3 = t("Le mando un técnico el martes en la mañana: revisa los tornillos y la nivela, sin costo. ¿Le sirve?")
b3 = c("El martes trabajo. ¿Puede ser el sábado?", "no_time")
a4 = t("El sábado a las 9. Y si es falla de fábrica, se la cambiamos.")
PAIRS.append(pair("esb45r_f01_bello_lavadora_ruido",
"Appliance store, Bello: a customer's new washing machine shakes when spinning. Fault in worse: argues with the customer.",
[o, a1, b1, a3, b3, a4], 3,
[t("Puede ser eso, pasa seguido y es fácil de arreglar. ¿El piso donde está es parejo?"),
 c("El piso del patio es como inclinadito, la verdad.", None)],
[t("No, señora, eso no puede ser. Nuestras lavadoras no hacen ruido; deben ser las toallas mal repartidas."),
 c("¿Me está diciendo que no sé lavar? Yo lavo desde hace cuarenta años, mija.", None)]))

o = c("Buenas, llamo por el pago de mi incapacidad de marzo. La radiqué hace un mes y no me han consignado nada.", None)
a1 = t("Buenas. Con gusto reviso. ¿Me da su cédula y el número de radicado?")
b1 = c("Cédula 41.902.337. El radicado es el 20240315-88, me llegó al correo.", None)
a3 = t("La solicitud está frenada porque su empresa no ha enviado la certificación de aportes. Le mando la carta para que gestión humana la envíe; con eso el pago sale en diez días hábiles.")
b3 = c("Listo, se la llevo mañana a gestión humana.", None)
PAIRS.append(pair("esb45r_f02_armenia_eps_incapacidad",
"EPS call centre, Armenia: a worker chases payment of her sick-leave claim. Fault in worse: doubts the customer's honesty.",
[o, a1, b1, a3, b3], 3,
[t("Ya la encuentro, radicada el 15 de marzo con todos sus documentos. Lo que falta no es algo suyo."),
 c("Ah, bueno. Yo pensé que había hecho algo mal.", None)],
[t("Aparece un radicado, pero ¿usted sí mandó la incapacidad original, o solo una foto? Mucha gente dice que la mandó y no."),
 c("¿Cómo así? Mandé la original y tengo el recibido firmado. ¿Me está diciendo mentirosa?", None)]))

o = c("Buenas, estoy abriendo una cafetería en Armenia y busco quién me surta café tostado.", None)
a2 = t("¿Qué tipo de cafetería es y cuánto café calcula gastar al mes?")
b2 = c("Pequeña, de cafés especiales, con métodos. Unos 15 kilos al mes. En otra tostadora me cambiaban el perfil en cada lote y eso me espantó.", "bad_experience")
a3 = t("Le mando tres muestras de origen Quindío con su ficha de tueste; cada lote sale con la misma curva y la fecha. Pruébelas esta semana con su barista.")
b3 = c("Listo, las pruebo y le digo cuál.", None)
a4 = t("Perfecto, el viernes la llamo a ver qué tal le parecieron.")
PAIRS.append(pair("esb45r_f03_calarca_tostadora_cafe",
"Coffee roaster, Calarcá: a new specialty coffee shop looks for a supplier. Fault in worse: drops the price before asking anything.",
[o, a2, b2, a3, b3, a4], 1,
[t("¡Qué bien, felicitaciones por el negocio!"),
 c("Gracias. Estoy asustada, es la primera vez que monto algo.", None)],
[t("¡Qué bien! Para usted que empieza, el kilo a $38.000 en vez de $45.000. Le hago el descuento de una."),
 c("Ah... gracias. Pero ni sabe qué necesito. ¿Por qué tan barato, es café de segunda?", None)]))

o = c("hola, soy diseñador freelance y me pagan desde afuera en dolares. quiero una cuenta para recibir eso", None)
a1 = t("¡Hola! Claro. ¿Cuánto recibe al mes, más o menos, y cómo le pagan?")
b1 = c("unos 1500 dolares, por transferencia. ahora me pagan a la cuenta de mi mama y es un lio", None)
a3 = t("No, es un formulario de cinco minutos en la app; le envío el paso a paso. ¿La abrimos ahora o prefiere hacerlo en la casa con calma?")
b3 = c("ahora no puedo, estoy entregando un proyecto. esta noche la abro yo", "no_time")
PAIRS.append(pair("esb45r_f04_medellin_cuenta_freelance",
"Bank chat, Medellín: a freelance designer paid in dollars wants an account. Fault in worse: an unasked lecture.",
[o, a1, b1, a3, b3], 3,
[t("Entendido. La cuenta digital recibe dólares y usted los pasa a pesos cuando quiera, sin cuota de manejo. Solo le pide declarar de dónde vienen."),
 c("y eso de declarar es complicado? no tengo contador", None)],
[t("Entendido. Antes, un consejo: los freelancers suelen gastarse todo; separe el 30% para impuestos y pensión, y no dependa de su mamá. La cuenta digital recibe dólares."),
 c("ok... no le pregunte eso. y abrirla es complicado? no tengo contador", None)]))

o = c("Buenas, me interesa el apartamento de Laureles que publicaron, el de $480 millones. ¿Cuándo lo puedo ver?", None)
a1 = t("Buenas, con gusto. ¿Lo busca para vivir o para arrendar?")
b1 = c("Para vivir, con mi esposa. Lo que más nos importa es que no sea ruidoso, que ella trabaja desde la casa.", None)
a2 = t("Ese da al interior de la manzana, hacia un parque pequeño. ¿Tienen crédito aprobado o van con recursos propios?")
b2 = c("Tenemos el 30% y el resto con el banco. Pero me da miedo que esté caro para la zona.", "too_expensive")
PAIRS.append(pair("esb45r_f05_laureles_apto_compra",
"Real estate agency, Medellín (Laureles): a couple wants to view a flat for sale. Fault in worse: a vague next step.",
[o, a1, b1, a2, b2], 5,
[t("Le mando los precios de venta de tres apartamentos del mismo edificio. Y lo vemos el jueves a las 5, que es la hora de más ruido; le confirmo mañana a las 9 por WhatsApp."),
 c("Perfecto, el jueves a las 5 allá estamos.", None)],
[t("Le mando los precios de tres apartamentos del mismo edificio. Y para la visita, hablo con el propietario y le avisamos."),
 c("¿Y más o menos cuándo? Tengo otros dos por ver esta semana, y me decido por el que vea primero.", "think_it_over")]))

o = c("Buenas, quiero sacar una moto a crédito, pero le cuento que estoy reportado en Datacrédito por una deuda de un celular.", None)
a1 = t("Gracias por decírmelo de una. ¿Esa deuda ya la pagó o sigue pendiente?")
b1 = c("La pagué hace cuatro meses, pero el reporte todavía sale. Ya me negaron en otro almacén.", "bad_experience")
a3 = t("Necesito la cédula, el paz y salvo de la deuda y un desprendible de pago.")
b3 = c("El paz y salvo lo tengo en el correo. Se lo reenvío ya.", None)
PAIRS.append(pair("esb45r_f06_rionegro_moto_reportado",
"Motorcycle dealership, Rionegro: a buyer with a credit-bureau record asks for credit. Fault in worse: over-promises approval.",
[o, a1, b1, a3, b3], 3,
[t("Con la deuda paga, algunas financieras lo estudian, pero no le puedo garantizar la aprobación. Hacemos la consulta hoy, sin costo, y en 48 horas sabemos."),
 c("Bueno, al menos es claro. Hágale.", None)],
[t("Tranquilo, aquí se lo aprueban seguro en una hora, yo tengo palanca en la financiera. Eso no es problema."),
 c("¿Seguro seguro? En el otro almacén me dijeron lo mismo y me negaron.", None)]))

o = c("Buenas, tengo una ferretería en Manizales y quiero un programa de inventario, que ya no sé ni qué tengo en bodega.", None)
a1 = t("Buenas. ¿Cuántos productos maneja y cómo vende hoy, con lector de código o a mano?")
b1 = c("Como 4.000 referencias. Tengo un lector de código de barras genérico que compré hace años.", None)
a2 = t("El sistema maneja eso, y el plan de $120.000 al mes incluye soporte y la carga del inventario inicial con nosotros.")
b2 = c("Está bien de precio. Pero ya me pasó con otro programa que no leía mi lector.", "bad_experience")
PAIRS.append(pair("esb45r_f07_manizales_inventario_ferreteria",
"Inventory software, Manizales: a hardware store owner wants stock control. Fault in worse: closes before checking it works with his scanner.",
[o, a1, b1, a2, b2], 5,
[t("Entonces antes de firmar probamos: el martes voy con un portátil, conecto su lector y leemos 20 productos suyos. Si no funciona, no seguimos."),
 c("Así sí. El martes después de las 3, que es más calmado.", None)],
[t("Ese problema no lo va a tener. Firmemos de una el contrato anual y el martes le instalamos todo."),
 c("No, sin probarlo no firmo. Ya perdí la plata de un año con el otro.", "bad_experience")]))

o = c("Buenas tardes. Mi hija sale del colegio este año y no sabe qué estudiar. Yo quiero que estudie algo con futuro, ¿qué me recomiendan?", None)
a2 = t("Con biología, química y dibujo hay opciones como química farmacéutica, biología o diseño. ¿Y si la traen al día de puertas abiertas del sábado, para que hable con los profesores?")
b2 = c("Eso sí. Pero de una le pregunto: el semestre está en once millones, ¿cierto? Eso es mucho para nosotros.", "no_money")
a3 = t("Sí. Hay becas por Saber 11 de hasta el 50% y crédito con la cooperativa. El sábado le llevo las condiciones, con los números claros.")
b3 = c("Bueno, el sábado vamos los tres.", None)
PAIRS.append(pair("esb45r_f08_medellin_universidad_hija",
"Private university, Medellín: a father asks what his undecided daughter should study. Fault in worse: recommends before asking.",
[o, a2, b2, a3, b3], 1,
[t("Buenas tardes. Antes de recomendar: ¿a ella qué le gusta, qué materias le van bien, qué hace en su tiempo libre?"),
 c("Le va muy bien en biología y química. Y se la pasa dibujando, eso sí.", None)],
[t("Buenas tardes. Le recomiendo Ingeniería Industrial: es la de más empleabilidad y sirve para todo."),
 c("Mmm, no, a ella no le gustan las matemáticas. Le va bien en biología y química, y dibuja mucho.", "no_need")]))

o = c("Buenos días, señorita. Mi hijo me quiere meter a la prepagada y yo quiero entender bien qué es lo que voy a tener.", None)
a1 = t("Buenos días, don. Con gusto. ¿Usted hoy tiene algún tratamiento o control médico permanente?")
b1 = c("La tensión. Tomo losartán hace diez años.", None)
a3 = t("Le dejo todo anotado en una hoja, y si quiere la repasamos con su hijo el jueves.")
b3 = c("El jueves sí. Gracias, mija.", None)
PAIRS.append(pair("esb45r_f09_armenia_prepagada_adulto",
"Prepaid health plan office, Armenia: a 70-year-old wants to understand the plan his son is buying him. Fault in worse: unexplained jargon.",
[o, a1, b1, a3, b3], 3,
[t("Le explico sencillo: la tensión, como ya la tenía, el plan no la cubre el primer año; eso sigue con su EPS. Lo demás sí, y cada consulta le cuesta $25.000 en el consultorio."),
 c("Ah, ya entiendo. Veinticinco mil por consulta es justo.", None)],
[t("Bueno, la HTA entra como preexistencia con exclusión el primer año; el resto tiene carencia de 90 días, copago de $25.000 por evento y red cerrada."),
 c("Señorita, no entendí nada. Mejor que venga mi hijo y lo decidimos con él.", "think_it_over")]))

o = c("Hola, quiero una bici pa ir al trabajo por la ciclorruta, de Envigado al centro. Pero hace años no monto.", None)
a1 = t("¡Qué bien! ¿Cuántos kilómetros son y hay lomas en la ruta?")
b1 = c("Como 12 kilómetros. De ida es bajadita, pero la vuelta es toda en subida. Eso es lo que me asusta.", None)
a3 = t("Entonces la eléctrica: esta urbana de $4.800.000 sube la loma sin esfuerzo. Pruébela en la subida de aquí al lado.")
b3 = c("Uy, casi cinco millones. Me esperaba algo más barato.", "too_expensive")
a4 = t("Hay una de $3.200.000 con menos batería; para 24 kilómetros al día le alcanza. Pruebe las dos y decide.")
PAIRS.append(pair("esb45r_f10_envigado_bici_trabajo",
"Bicycle shop, Envigado: an out-of-practice commuter wants a bike for a hilly ride home. Fault in worse: talks about himself.",
[o, a1, b1, a3, b3, a4], 3,
[t("Esa subida es lo que hay que resolver: eléctrica, o urbana con cambios si quiere ejercicio. ¿Quiere sudar o llegar fresco?"),
 c("Llegar fresco, que en la oficina no hay ducha.", None)],
[t("¡Uy, yo subo a Las Palmas tres veces por semana! Empecé igual que usted y ahora hago 80 kilómetros los domingos con el grupo del parque."),
 c("Ajá, qué bien... Pero yo solo quiero llegar al trabajo sin sudar, que en la oficina no hay ducha.", None)]))

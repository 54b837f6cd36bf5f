from common import c, rpair, t

PAIRS = []


def add(id, situation, shared_before, better_bit, worse_bit, shared_after=()):
    """One fault: the sides share every turn except better_bit / worse_bit."""
    b = list(shared_before) + list(better_bit) + list(shared_after)
    w = list(shared_before) + list(worse_bit) + list(shared_after)
    PAIRS.append(rpair(id, situation, b, w))


# f01 argues with the customer
o = c("Buenas. Desde que me hicisteis la revisión el mes pasado, el coche hace un ruío atrás, como un golpeteo.", None)
a1 = t("Buenas. ¿Cuándo lo nota: en baches, al frenar, a cierta velocidad?")
b1 = c("En los baches. Por Triana con los adoquines es un tambor.", None)
a3 = t("Lo subo al elevador ahora y en media hora le digo qué es, sin coste.")
b3 = c("Vale. En media hora vuelvo.", None)
add("esb44r_f01_sevilla_tallerruido",
    "Car workshop, Sevilla (counter). A customer says a knocking noise began after the workshop's own service. Fault in worse: argues with the customer.",
    [o, a1, b1],
    [t("Puede que algo quedara flojo en la revisión; pasa a veces al montar las ruedas. Hay que verlo."),
     c("Eso pienso yo. Me tomo un café mientras.", None)],
    [t("Imposible que sea de la revisión, atrás no tocamos nada. Eso es de los adoquines, que destrozan cualquier coche."),
     c("Oiga, que antes no sonaba. No me diga que me lo invento.", None)],
    [a3, b3])

# f02 doubts the customer's honesty
o = c("hola, soy Irene, la del piso de la Malagueta. me habeis quitado 50 euros de la fianza por la mesa de cristal, pero esa grieta ya estaba cuando llegamos", None)
a1 = t("Hola, Irene. Gracias por escribir. ¿En qué parte de la mesa estaba la grieta?")
b1 = c("en la esquina de la ventana. tengo una foto del primer dia donde se ve, la hice por las vistas", None)
a3 = t("Recibida. Se ve la grieta en la misma esquina. Te devuelvo los 50 euros hoy; en tres días los tienes en la tarjeta.")
b3 = c("vale, gracias", None)
add("esb44r_f02_malaga_fianzapiso",
    "Holiday flat host, Málaga (WhatsApp). A guest disputes a deposit deduction for a table that was already cracked. Fault in worse: doubts the customer's honesty.",
    [o, a1, b1],
    [t("Eso me ayuda mucho. Mándamela y la comparo con la foto de la limpieza anterior."),
     c("te la mando ahora", None)],
    [t("Ya, pero muchos huéspedes dicen lo mismo. ¿Seguro que no la rompisteis y ahora buscáis la foto?"),
     c("perdona? te estoy diciendo la verdad. te mando la foto y a ver q dices", None)],
    [a3, b3])

# f03 drops the price before asking anything
o = c("Buenas, tengo un restaurante en la Judería y busco aceite pa la cocina y pa las mesas. ¿Qué tenéis?", None)
a2 = t("Para cocina, picual en garrafa de 25 litros, que aguanta bien la fritura; para mesas, monodosis de virgen extra. Te preparo muestras de los dos.")
b2 = c("Mándamelas, que el cocinero lo quiere probar antes de decidir na.", "think_it_over")
a3 = t("Mañana a las once te las llevo yo.")
b3 = c("A las once estoy con el del pescao. Mejor a la una, antes del servicio.", "no_time")
add("esb44r_f03_cordoba_aceiterestaurante",
    "Olive-oil co-op, Córdoba (phone). A restaurant owner asks about oil for kitchen and tables. Fault in worse: offers a discount before asking anything.",
    [o],
    [t("Buenas. ¿Cuánto gastáis al mes, y para las mesas queréis aceitera o monodosis?"),
     c("Unos doscientos litros pa cocina. Pa mesas monodosis, que las aceiteras ya no se pueden.", None)],
    [t("Buenas. Para que te quedes con nosotros, te hago ya un 10 % de descuento en todo, ¿vale?"),
     c("Hombre, gracias… pero si no sabes ni lo que gasto. Doscientos litros pa cocina y monodosis pa mesas.", None)],
    [a2, b2, a3, b3])

# f04 an unasked lecture
o = c("Buenas, tengo cita pa una limpieza a las cinco. Juan Carlos Moreno.", None)
a1 = t("Buenas, Juan Carlos. Sí, a las cinco con Pilar. ¿Es su primera limpieza con nosotros?")
b1 = c("Sí. Hace años que no me hago una, y tengo los dientes amarillos del tabaco, ya ve.", None)
a3 = t("Aquí tiene la ficha. Pilar le llama en cinco minutos.")
b3 = c("Gracias.", None)
add("esb44r_f04_sevilla_dentistafumador",
    "Dental clinic reception, Sevilla. A smoker arrives for a cleaning. Fault in worse: an unasked lecture about smoking.",
    [o, a1, b1],
    [t("Con la limpieza se va bastante de esa mancha, y Pilar le dice después qué más se puede hacer, si le interesa. Rellene esta ficha, por favor."),
     c("Venga, trae.", None)],
    [t("Pues el tabaco es lo peor para las encías, ¿eh? Debería dejarlo: cáncer de boca, periodontitis… Mi padre fumaba y perdió media dentadura."),
     c("Ya lo sé, hija. Vengo a una limpieza, no a que me riñan.", None)],
    [a3, b3])

# f05 a vague next step
o = c("Buenas. Quiero asegurar los cerezos contra el granizo, que el año pasao me quedé sin na en mayo.", None)
a1 = t("Lo siento, el granizo de mayo hizo mucho daño en Güéjar. ¿Cuántas hectáreas tiene y cuánto saca en un año normal?")
b1 = c("Tres hectáreas. En un año bueno, veinte mil kilos.", None)
a2 = t("Le saldría por unos 900 euros al año, y la subvención quita una parte. Hay que contratarlo antes del 15 de marzo.")
b2 = c("¿Novecientos? Ozú. Con lo que perdí el año pasao, no sé de dónde los saco.", "no_money")
add("esb44r_f05_guejar_segurogranizo",
    "Farm co-op insurance desk, Granada province. A cherry grower wants hail cover after losing last year's crop. Fault in worse: a vague next step.",
    [o, a1, b1, a2, b2],
    [t("Normal. El martes a las diez le llamo con el precio exacto, ya quitada la subvención, y decide con tiempo antes del 15."),
     c("El martes a las diez. Vale.", None)],
    [t("Normal. Pues ya le diremos algo cuando tengamos el precio exacto."),
     c("¿Y cuándo es eso? Que el 15 se me echa encima.", None)])

# f06 over-promises
o = c("Buenas, necesito un camión mañana pa Perpiñán, 26 palés de tomate. Tiene que estar allí el jueves a primera hora.", None)
a1 = t("Buenas. ¿A qué hora y en qué almacén cargáis?")
b1 = c("En La Mojonera, desde las cuatro de la tarde.", None)
a3 = t("Te mando ahora la confirmación por correo con matrícula, hora de carga y hora de llegada.")
b3 = c("Vale, espero el correo.", None)
add("esb44r_f06_almeria_camionperpignan",
    "Road haulier, Almería (phone). A tomato exporter needs a truck to Perpignan for an early delivery. Fault in worse: over-promises the arrival time.",
    [o, a1, b1],
    [t("Cargando a las cuatro, con los descansos del conductor, llega el jueves sobre las diez, no a primera hora. Para las siete harían falta dos conductores, 380 más."),
     c("Las diez me valen si me lo pones por escrito. Dos conductores no, que eso el cliente no lo paga.", "no_money")],
    [t("Sin problema, el jueves a las siete lo tienes en Perpiñán, te lo garantizo."),
     c("¿Seguro? Los de la otra vez me dijeron lo mismo y llegaron a mediodía.", "bad_experience")],
    [a3, b3])

# f07 closes before checking the thing works
o = c("buenas, me interesa el tpv q anunciais. tengo un bar en el palo con cocina", None)
a1 = t("¡Hola! ¿Qué usáis ahora para cobrar y pasar comandas a cocina?")
b1 = c("caja registradora y comandas a boli. la impresora de cocina ya la tengo, una epson vieja", None)
a2 = t("Con el TPV la comanda sale sola en cocina y al cerrar tienes la caja hecha. 39 al mes con la tablet de barra.")
b2 = c("suena bien. pero la impresora esa tiene sus años eh", None)
add("esb44r_f07_malaga_tpvbar",
    "Point-of-sale software, Málaga (WhatsApp). A bar owner with an old kitchen printer asks about a till system. Fault in worse: closes before checking it works with his printer.",
    [o, a1, b1, a2, b2],
    [t("Pues antes de firmar, la probamos: el jueves conecto la tablet a tu Epson y sacamos comandas de prueba. Si no va, te digo qué impresora haría falta."),
     c("eso me gusta. el jueves por la mañana q esta cerrao", None)],
    [t("Seguro que va, casi todas van. Te paso el contrato ahora y el jueves lo instalamos."),
     c("ya, pero hasta q no vea salir una comanda en mi impresora no firmo na", "think_it_over")])

# f08 recommends before asking
o = c("Buenas. Queríamos poner internet en casa, que los nietos están en Alemania y queremos hacer videollamadas.", None)
a2 = t("Para videollamadas van sobrados 300 megas, aunque llamen los dos a la vez. Son 30 euros al mes, sin permanencia.")
b2 = c("Eso ya es otra cosa. ¿Y quién nos lo instala?", None)
a3 = t("Viene un técnico en tres o cuatro días, y si quieren les dejo yo el móvil preparado para las llamadas.")
b3 = c("Eso sí, que mi marido con los cacharros es un desastre.", None)
add("esb44r_f08_chiclana_fibra",
    "Telecom shop, Chiclana (counter). A retired couple want home internet for video calls with grandchildren in Germany. Fault in worse: recommends a package before asking anything.",
    [o],
    [t("¡Qué bien! ¿Qué usan ahora, los datos del móvil? ¿Y es solo para las llamadas o también para la tele?"),
     c("Los datos, que se acaban a mitad de mes. La tele por la antena. Es pa las llamadas y poco más.", None)],
    [t("Para eso lo mejor es el pack fibra de 1 giga con televisión y dos móviles, 75 euros al mes."),
     c("¿Setenta y cinco? Si solo queremos ver a los nietos por el móvil, hijo.", "too_expensive")],
    [a2, b2, a3, b3])

# f09 unexplained jargon
o = c("Hola, buenas. Soy autónoma, peluquera, y quería un seguro médico privado, que en la Seguridad Social me dan cita pa dentro de tres meses.", None)
a1 = t("Buenas. ¿Para usted sola o con familia? ¿Y qué le preocupa más: especialistas, hospital, dentista?")
b1 = c("Pa mí sola. Especialistas, que tengo la espalda fatal de estar de pie.", None)
add("esb44r_f09_sevilla_seguromedico",
    "Insurance broker, Sevilla (office). A self-employed hairdresser wants private health cover. Fault in worse: unexplained jargon.",
    [o, a1, b1],
    [t("Le va el seguro con especialistas sin espera, 48 al mes. Cada consulta paga 5 euros más, y operaciones no cubre hasta pasados seis meses. Como autónoma lo desgrava."),
     c("Así sí lo entiendo. Déjeme la hoja y lo miro esta noche.", "think_it_over")],
    [t("Le va la modalidad con copago: 48 de prima, carencia de seis meses en hospitalización, sin preexistencias, deducible como gasto de actividad."),
     c("¿Copago, carencia…? No me he enterao de na. Déjeme la hoja y lo miro esta noche.", "think_it_over")],
    [t("Claro. Le apunto mi móvil en la hoja por si le surge cualquier duda."),
     c("Gracias, guapa.", None)])

# f10 talks about themselves
o = c("Hola! Mi niña hace la comunión en mayo y quería info de reportaje de fotos", None)
a1 = t("¡Hola, enhorabuena! ¿Qué día y en qué parroquia? ¿Fotos de estudio, de la iglesia, del convite?")
b1 = c("El 17 de mayo en los Santos Mártires. Estudio e iglesia, el convite no. Somos muchos y no me quiero gastar un dineral", None)
add("esb44r_f10_malaga_fotocomunion",
    "Photo studio, Málaga (WhatsApp). A mother asks about first-communion photos on a budget. Fault in worse: the trainee talks about her own daughter instead of the customer.",
    [o, a1, b1],
    [t("Entonces el pack estudio e iglesia, 320 €, 40 fotos editadas y álbum pequeño. El estudio lo podemos hacer el día antes para que la niña no vaya cansada."),
     c("ay lo del día antes me encanta, que es muy nerviosa. lo hablo con mi marido y te digo", "think_it_over")],
    [t("¡Qué casualidad! Mi hija también la hizo en los Santos Mártires, fue precioso, llevaba el vestido de mi madre, y el convite en la Araña, que yo no paré de hacer fotos…"),
     c("jaja qué bien… pero bueno, cuánto cuesta el reportaje? lo hablo con mi marido y te digo", "think_it_over")],
    [t("Te mando por aquí el folleto con los packs y precios para que lo veáis juntos."),
     c("genial, gracias!", None)])

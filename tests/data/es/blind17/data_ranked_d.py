"""esb17 ranked pairs d01-d10: two decent conversations, `better` is better."""
from common import c, rpair, t

P = "esb17r_"
PAIRS = []

o = c("Buenas, quería ver si me pueden dar crédito, pagarles a quince días en vez de contado", None)
PAIRS.append(rpair(P + "d01_cdmx_botanas_credito",
    "Iztapalapa corner-shop owner asks a snacks distributor's rep for 15-day credit.", [o,
    t("Se puede revisar. ¿Qué le está pasando con el contado, es todo el pedido o ciertas semanas?"),
    c("La gente de la colonia me compra fiado y me paga en quincena. A medio mes me quedo sin efectivo pa surtirles", None),
    t("O sea que se le aprieta entre quincenas; 15 días de crédito le amarran el pago a su ciclo. Piden seis meses comprando, ¿cuánto lleva con nosotros?"),
    c("Como ocho meses. Pero no quiero firmar pagarés, otra distribuidora me cobraba intereses de todo", "bad_experience"),
    t("Aquí no hay interés si paga en los 15 días; el pagaré sólo se usa si se atrasa más de 30. Le dejo las condiciones por escrito y, si le late, el repartidor del jueves le trae la solicitud."),
    c("Así sí. Lo leo y el jueves le digo", "think_it_over")], [o,
    t("Claro. Damos crédito a 15 días a clientes con seis meses comprando. ¿Cuánto lleva con nosotros?"),
    c("Como ocho meses", None),
    t("Entonces califica. Firma pagaré y trae INE y comprobante. El límite empieza en 8 mil."),
    c("¿Pagaré? Otra distribuidora me cobraba intereses de todo", "bad_experience"),
    t("Aquí no hay interés si paga a tiempo. Le dejo la solicitud con el repartidor del jueves."),
    c("Bueno, a ver. Déjeme pensarlo", "think_it_over")]))

o = c("hola precio del paquete de 10 sesiones de fisio? me duele la espalda baja", None)
PAIRS.append(rpair(P + "d02_mty_fisio_espalda",
    "Office worker in San Pedro asks a physio clinic the price of 10 sessions.", [o,
    t("Hola, el de 10 es de 4,500. Antes, ¿desde cuándo te duele y te baja a la pierna?"),
    c("como 3 semanas, desde q cargue unas cajas. no baja a la pierna pero 8 hrs sentada en la oficina me matan", None),
    t("Si no baja a la pierna y fue por esfuerzo, muchas veces bastan 4 a 6 sesiones y ejercicios en casa. Te propongo una valoración de 450 y el fisio te dice cuántas ocupas."),
    c("y si al final si ocupo las 10, la valoracion la pago aparte?", None),
    t("La valoración se descuenta del paquete si lo tomas. Tengo mañana a las 7 pm, saliendo de tu oficina."),
    c("va, a las 7 me queda", None)], [o,
    t("Hola, el de 10 es de 4,500 y se paga en dos partes. ¿Desde cuándo te duele?"),
    c("como 3 semanas, desde q cargue unas cajas. 8 hrs sentada en la oficina me matan", None),
    t("Uy, sí, es muy común por la postura. Con las 10 vas a quedar muy bien. ¿Te agendo la primera?"),
    c("4,500 es bastante, no se si necesite tantas", "too_expensive"),
    t("Si quieres empiezas con una suelta de 550 y luego decides."),
    c("ok, una suelta mañana en la tarde", None)]))

o = c("Buenas, un cliente grande me pide factura y cuenta a nombre del negocio. Tengo un taller de bordado", None)
PAIRS.append(rpair(P + "d03_gdl_cuenta_pyme",
    "Embroidery workshop owner in Guadalajara needs a business account for a corporate client.", [o,
    t("Felicidades por el cliente. ¿Ya está dada de alta en el SAT, y cómo le pagan hoy sus clientes?"),
    c("En RESICO desde el año pasado. Me pagan en efectivo o a mi cuenta personal", None),
    t("Entonces la PyME básica le sirve: sin saldo mínimo seis meses y transferencias sin costo. Terminal no ocupa si le transfieren. ¿Cuántos movimientos tiene al mes?"),
    c("Unos veinte. ¿Y después de los seis meses cuánto cobran? Hay meses que baja el trabajo", None),
    t("Pide 5 mil de saldo promedio o cobra 199. Si no llega, la pasamos a la digital sin comisión; se lo digo para que no se lleve sorpresas. ¿Trae su constancia?"),
    c("La tengo en el cel. Ábrala de una vez", None)], [o,
    t("Claro. Le recomiendo la PyME Plus: terminal, chequera y banca en línea. ¿Trae su constancia de situación fiscal?"),
    c("En el cel. ¿Y cuánto cobra?", None),
    t("Pide 15 mil de saldo promedio o cobra 349. La terminal va aparte, 3% por cobro."),
    c("Uy, yo no traigo ese dinero parado, hay meses flojos. Y terminal no, me transfieren", "no_money"),
    t("Entonces la PyME básica: 5 mil de saldo o 199, sin terminal. ¿Se la abro?"),
    c("Sale, esa", None)]))

o = c("Hola, busco un celular para mi mamá, tiene 78 años y el suyo ya no prende", None)
PAIRS.append(rpair(P + "d04_cdmx_celular_mama",
    "A daughter in Azcapotzalco buys a phone for her 78-year-old mother.", [o,
    t("Hola. ¿Para qué lo usa su mamá, llamadas nada más o también WhatsApp y videollamadas?"),
    c("Whats con los nietos y videollamada los domingos. Y ve poquito, las letras chiquitas no", None),
    t("Entonces pantalla grande, buen volumen y fácil. Éste de 3,200 tiene 6.7 pulgadas y modo simple de íconos grandes. Si me lo trae, se lo dejo configurado con sus contactos."),
    c("¿No hay uno más barato? Ella no necesita mucho", "too_expensive"),
    t("Hay de 2,400, pero la cámara de frente es mala para videollamada. Si lo importante son los domingos, yo me iría por el de 3,200."),
    c("Tiene razón, es lo que más usa. Me llevo ése y se lo traigo el sábado", None)], [o,
    t("Hola. Le recomiendo éste de 3,200: pantalla de 6.7, 128 gigas, buena batería. Es de los más vendidos."),
    c("¿Es fácil de usar? Ve poquito y nomás usa el Whats con los nietos", None),
    t("Sí, se le ponen letras grandes en configuración. Y la cámara es buena."),
    c("Está un poco caro para lo que usa, ¿no hay otro?", "too_expensive"),
    t("Hay uno de 2,400, pantalla más chica. Los dos funcionan bien con WhatsApp."),
    c("Bueno, pues el de 2,400", None)]))

o = c("Buenas, ocupo cuatro llantas pa la camioneta, vamos seguido a Saltillo por la carretera", None)
PAIRS.append(rpair(P + "d05_mty_llantas_carretera",
    "Driver in Monterrey asks for four tyres.", [o,
    t("Va. Antes de cotizar cuatro, ¿me deja medirles el dibujo? A veces no hace falta cambiar todas."),
    c("Pos chéquelas. Las de atrás las cambié hace como un año", None),
    t("Las de atrás traen 6 milímetros, bien. Las de adelante 2, ésas sí. Cambio las dos y le roto: 5,600 en vez de 11 mil."),
    c("Órale. ¿Y no me pasa nada en carretera con las de atrás?", None),
    t("Con 6 milímetros va seguro. Pase en seis meses y se las mido gratis."),
    c("Va, hágale con las dos", None)], [o,
    t("Va. Para carretera le recomiendo éstas de 2,750 cada una, aguantan bien el calor."),
    c("Once mil las cuatro, ¿verdad? Está pesadito", "too_expensive"),
    t("Si se lleva las cuatro le regalo alineación y balanceo y se las dejo en 10,500."),
    c("Pos con la alineación está mejor. Las de atrás las cambié hace un año, pero bueno", None),
    t("Así las trae parejas. En una hora se las pongo."),
    c("Sale", None)]))

o = c("Buenas tardes, quiero informes para meter a mi hijo a segundo de primaria. En su escuela de ahorita no le va bien", None)
PAIRS.append(rpair(P + "d06_gdl_primaria_cambio",
    "Parent in Zapopan asks a private primary school about moving a struggling 7-year-old.", [o,
    t("Con gusto. ¿Qué es lo que no le va bien, lo académico, los compañeros, la maestra?"),
    c("Le cuesta la lectura y su maestra tiene 38 niños. Ya anda diciendo que es tonto", None),
    t("Qué duro oír eso. Aquí los grupos son de 22 y hay apoyo de lectura dos veces por semana, sin prometerle milagros. ¿Le gustaría que venga un día de prueba y la psicopedagoga lo valore, sin costo?"),
    c("¿Y la colegiatura? No sé si nos alcance", "no_money"),
    t("3,900 al mes e inscripción de 4,500; hay beca de 20% por hermanos o promedio. Venga al día de prueba y con eso lo platican."),
    c("Está bien, lo traigo el martes", None)], [o,
    t("Con gusto. Somos bilingües, grupos de 22, apoyo de lectura y robótica. Colegiatura 3,900 e inscripción 4,500."),
    c("A él le cuesta la lectura, por eso lo cambio. Allá son 38 en el salón", None),
    t("Aquí con grupo chico y el apoyo va a mejorar. Le doy la solicitud, la trae con acta y boleta."),
    c("Es un buen dinero. Lo tengo que platicar con mi esposo", "think_it_over"),
    t("Claro. Las inscripciones cierran en junio. Aquí tiene mi tarjeta."),
    c("Gracias", None)]))

o = c("que tal, soy contadora, llevo 40 clientes y busco sistema de facturacion, el que uso se traba cada cierre de mes", None)
PAIRS.append(rpair(P + "d07_cdmx_facturacion_contadora",
    "Accountant in CDMX looks for invoicing software.", [o,
    t("Qué tal. ¿Qué se traba, timbrar, la descarga del SAT o la conciliación?"),
    c("la descarga masiva del SAT, se cae y termino bajando xml a mano. me quita dos dias", None),
    t("Entonces el dolor es la descarga. El nuestro baja los XML de sus 40 RFC cada noche. ¿Cuántas facturas emite al mes?"),
    c("unas 300. ya probe otro q prometia lo mismo y fallo igual", "bad_experience"),
    t("Se vale desconfiar. Le abro prueba de 30 días con sus cinco RFC más pesados; si el cierre baja completo, decide. 300 timbres son 890 al mes."),
    c("va, eso me sirve. mandeme el acceso", None)], [o,
    t("Qué tal. El nuestro timbra, hace descarga masiva, conciliación y nómina. 300 timbres son 890 al mes."),
    c("lo q me urge es la descarga, la de ahorita se cae y bajo xml a mano", None),
    t("La nuestra es muy estable, la usan miles de contadores. Le mando el demo en video."),
    c("ya probe otro q prometia lo mismo y fallo igual", "bad_experience"),
    t("Hay prueba de 15 días, se registra en la página."),
    c("ok lo checo", "brush_off")]))

o = c("Buenas, ando buscando una camioneta, somos cinco, algo en 300 mil", None)
PAIRS.append(rpair(P + "d08_mty_seminuevos_familia",
    "Father of three at a used-car lot in Monterrey.", [o,
    t("Buenas. ¿Ciudad o también carretera? ¿Qué cargan además de ustedes?"),
    c("Diario la escuela, y a Monclova con mis suegros cada mes. Mi señora quiere que quepa la carriola", None),
    t("Con carriola y viaje importa más la cajuela. Tengo una SUV 2019 en 289 mil, con tercera fila arriba casi no hay cajuela; y una minivan 2018 en 275."),
    c("Minivan no creo, mi señora dice que se ve muy de señora", "no_need"),
    t("Se vale. Tráigala el sábado con la carriola y prueban la SUV; si no entra con la tercera fila, mejor saberlo aquí que en la carretera."),
    c("Va, el sábado venimos todos", None)], [o,
    t("Buenas. Tengo esta SUV 2019 en 289 mil, siete pasajeros, 68 mil kilómetros, un dueño."),
    c("Se ve bien. Vamos seguido a Monclova y mi señora quiere que quepa la carriola", None),
    t("La cajuela es amplia y en carretera es muy cómoda. Hay financiamiento con 20% de enganche."),
    c("¿Y al mes? No quiero pasarme de seis mil", None),
    t("A 48 meses, 6,300. Se la aparto con 5 mil."),
    c("Está un poco arriba. Lo platico con mi señora y regreso", "think_it_over")]))

o = c("Buenas, busco un colchón firme, me despierto con dolor de espalda", None)
PAIRS.append(rpair(P + "d09_gdl_colchon_espalda",
    "Woman in a Guadalajara mattress shop asks for a firm mattress.", [o,
    t("¿Cómo duerme, boca arriba o de lado? ¿Comparte cama?"),
    c("De lado, y mi esposo boca arriba. Él ronca, pero ese es otro tema", None),
    t("Ése no lo arreglo, ja. De lado, muy firme suele lastimar hombro y cadera. Acuéstese cinco minutos en éste medio y en el firme, como duerme."),
    c("Ay, el medio se siente mejor. ¿Cuánto? El de mi hermana costó como 9 mil", None),
    t("Matrimonial 11,900, con 60 noches de prueba: si no le quita el dolor, lo cambia. Que venga su esposo a probarlo también."),
    c("Está arriba de lo que pensaba. Lo traigo el domingo y decidimos", "think_it_over")], [o,
    t("Éste es el más firme, ortopédico, 12,500 matrimonial. Es el que más recomendamos para la espalda."),
    c("¿Sirve si duermo de lado? Mi esposo duerme boca arriba", None),
    t("Sí, sirve para todos. Pruébelo."),
    c("De lado se siente muy duro, me aprieta el hombro", None),
    t("Entonces éste de firmeza media, 11,900, con 60 noches de prueba."),
    c("Ése se siente mejor. Traigo a mi esposo y lo vemos", "think_it_over")]))

o = c("Hola, quiero un seguro de gastos médicos, trabajo por mi cuenta y no tengo IMSS", None)
PAIRS.append(rpair(P + "d10_cdmx_gastos_medicos",
    "Freelancer in CDMX with diagnosed hypertension asks an agent for health insurance.", [o,
    t("Hola. ¿Sólo para usted o familia? ¿Tiene algún padecimiento diagnosticado?"),
    c("Sólo yo, 41 años. Hipertensión desde hace dos años, controlada con pastilla", None),
    t("Gracias por decírmelo. Le soy honesto: lo ya diagnosticado suele quedar excluido o con espera; cubre accidentes y otras enfermedades. Con deducible de 20 mil, unos 2,100 al mes."),
    c("¿2,100 y no me cubre lo que tengo? Se me hace caro", "too_expensive"),
    t("Pasa igual en todas las aseguradoras. Con deducible de 40 mil baja a 1,450. Le mando las dos con las exclusiones por escrito para que compare."),
    c("Mándemelas y las comparo con calma", "think_it_over")], [o,
    t("Hola. Tengo un plan individual muy completo, hospitales de primer nivel, deducible de 20 mil, 2,100 al mes. ¿Qué edad tiene?"),
    c("41. Tengo hipertensión, ¿eso lo cubre?", None),
    t("Lo valora la aseguradora con el cuestionario médico; puede que pongan alguna condición."),
    c("Pues 2,100 se me hace caro si no sé qué me cubre", "too_expensive"),
    t("Hay con deducible de 40 mil en 1,450. Le mando la cotización."),
    c("Ok, mándemela y la veo", "think_it_over")]))

"""esb33 ranked pairs d01-d10 (hand-written): both sides decent, `better` digs deeper."""
from common import c, rpair, t

PAIRS = []
P = PAIRS.append

o = c("Buenas. Quería un presupuesto de placas solares, que mi cuñado se las ha puesto y dice que paga la mitad.", None)
P(rpair("esb33r_d01_solar_presupuesto", "Solar installer, phone (Valencia): a couple out all day asks for a quote because a relative saved money.",
 [o,
  t("Buenas. Antes de darle un número, ¿cuánto paga de luz al mes y quién está en casa durante el día?"),
  c("Unos 90 euros. Y de día nadie, trabajamos los dos fuera hasta las siete.", None),
  t("Eso importa: las placas producen de día, y si no hay nadie casi todo se vierte a la red y se paga poco. ¿Su cuñado está en casa por el día?"),
  c("Ah, pues sí, está jubilado. ¿Entonces a mí no me compensa?", None),
  t("Le compensa menos. Una instalación pequeña, unos 3.500 euros, y programar lavadora y lavavajillas a mediodía: se amortiza en unos nueve años, no es la mitad de la factura. Si quiere, veo el tejado gratis y hago el cálculo con sus facturas."),
  c("Nueve años... Bueno, vente a verlo, pero no prometo nada.", "think_it_over")],
 [o,
  t("Buenas. El kit más vendido es de 5 kilovatios, unos 6.500 euros instalado, y ahora hay deducción en el IRPF."),
  c("Uf, 6.500 es mucho dinero. ¿Eso es lo que pagó mi cuñado?", "too_expensive"),
  t("Depende de la casa, y con la deducción se queda en bastante menos. ¿Cuánto paga ahora de luz?"),
  c("Unos 90 euros al mes.", None),
  t("Con las placas podría bajar mucho. Le mando el presupuesto detallado por correo y lo mira con calma."),
  c("Vale, mándamelo y lo hablo en casa.", "think_it_over")]))

o = c("Buenas, me ha llegado la renovación del seguro de casa y me subís un 18%. Quiero darme de baja.", None)
P(rpair("esb33r_d02_seguro_renovacion", "Home insurer, retention call (Madrid): an 18% renewal rise after a claim and an outdated contents value.",
 [o,
  t("Buenas. Un 18% es mucho, entiendo que moleste. ¿Ha cambiado algo este año en la casa o en lo asegurado?"),
  c("Que yo sepa no. Bueno, di un parte en marzo por la lavadora, que inundó al de abajo.", None),
  t("Ahí está parte de la subida. Veo también el contenido asegurado en 60.000 euros. ¿Sigue siendo real?"),
  c("Qué va, eso lo puso mi exmujer, y la mitad de los muebles se los llevó ella.", None),
  t("Entonces ajustamos contenido a 30.000 y la prima queda por debajo de la del año pasado, con las mismas coberturas de agua. Le mando el recibo nuevo; si no le convence, puede tramitar la baja hasta el día 20."),
  c("Vale, mándamelo y lo veo esta noche.", None)],
 [o,
  t("Buenas. Lo siento, entiendo que es mucho. Este año las primas han subido en todo el sector."),
  c("Ya, pero un 18% no es normal. En otra aseguradora me lo dejan más barato.", "too_expensive"),
  t("Le puedo aplicar un 10% de descuento por fidelidad, y la subida se queda en un 8%."),
  c("Hombre, algo es algo, pero sigue siendo más caro que allí.", "too_expensive"),
  t("Es lo máximo que puedo hacer. Le mando las condiciones y lo compara tranquilamente."),
  c("Vale, mándalas y ya decido.", "think_it_over")]))

o = c("Hola, buenas. Me pusieron un stent hace cuatro meses y el cardiólogo dice que haga ejercicio. Pero me da un poco de respeto, la verdad.", None)
P(rpair("esb33r_d03_gimnasio_cardiaco", "Gym front desk (Seville): a 58-year-old pensioner with a recent stent, nervous about exercise.",
 [o,
  t("Hola. Es normal ese respeto. ¿El cardiólogo le ha puesto algún límite, de pulsaciones o de esfuerzo?"),
  c("Sí, que no pase de 120 pulsaciones. Que camine, y bici estática también.", None),
  t("Vale. ¿Y usted qué haría a gusto? Porque si se aburre, lo deja."),
  c("A mí me gusta andar, pero en agosto en Sevilla no se puede salir a la calle.", None),
  t("Pues cinta y bici aquí, con aire. Un monitor le prepara un plan con pulsómetro para no pasar de 120, y las dos primeras semanas está a su lado. ¿Nos trae el informe del cardiólogo? La cuota de mayores de 55 son 29 al mes."),
  c("Eso me da más tranquilidad. El lunes vengo con el informe y me apunto.", None)],
 [o,
  t("Hola. Tenemos clases de mantenimiento para mayores, muy suaves, y la cuota de mayores de 55 es de 29 euros."),
  c("Ya, pero ¿eso es adecuado para lo del corazón?", None),
  t("Sí, son clases suaves, va mucha gente de su edad. Y también puede usar la bici y la cinta."),
  c("Pues no sé. Me lo tengo que pensar, que con el corazón no quiero líos.", "think_it_over"),
  t("Claro. Le dejo el folleto con los horarios y, si quiere, viene un día a probar."),
  c("Vale, ya vendré.", "brush_off")]))

o = c("Bos días. Vengo a por un móvil nuevo, que a este no le dura la batería ni media mañana.", None)
P(rpair("esb33r_d04_movil_bateria", "Phone shop (Santiago de Compostela): a customer wants a new phone; only the battery is worn.",
 [o,
  t("Bos días. ¿Cuánto tiempo tiene el móvil? ¿Y aparte de la batería, le va bien?"),
  c("Tres años. Por lo demás perfecto, tengo todo ahí y no me apetece cambiar.", None),
  t("Entonces igual no le hace falta uno nuevo. Déjeme mirar la batería... está al 71%. Cambiarla son 69 euros y en una hora lo tiene."),
  c("¿Solo 69? Yo venía a gastarme 400. Pero ¿me durará?", None),
  t("Con batería nueva, un día entero con su uso. Si en un año le falla otra cosa, entonces miramos un móvil."),
  c("Pues venga, cámbiamela. Vuelvo a las doce.", None)],
 [o,
  t("Bos días. Tenemos este de gama media, 280 euros, con batería de 5.000 que le dura día y medio."),
  c("280... es más de lo que quería gastar.", "too_expensive"),
  t("Este otro, 199, batería de 4.500, también muy bueno. Le paso los datos del viejo en diez minutos."),
  c("Vale, pero el viejo me iba bien, eh, solo es la batería.", None),
  t("Con tres años es normal que falle. El de 199 le va a ir fenomenal."),
  c("Venga, me llevo el de 199.", None)]))

o = c("Hola. Me han tirado el coche en la ITV y tengo un mes para volver. Aquí está la hoja.", None)
P(rpair("esb33r_d05_taller_itv", "Car workshop (Madrid): a failed MOT-type inspection on an old car used only at weekends.",
 [o,
  t("A ver... graves: holgura en una rótula y una luz de cruce fundida. Leve: neumáticos al límite. ¿Usa mucho el coche?"),
  c("Poco, para ir al pueblo los findes. Y no quiero gastarme mucho, que igual lo cambio el año que viene.", None),
  t("Para pasar hace falta la rótula y la bombilla, unos 140. Las ruedas no te tiran, pero al límite y con lluvia yo no iría: las cuatro, 260."),
  c("Las ruedas ahora no, que no me llega. ¿Es peligroso?", "no_money"),
  t("Por autovía con lluvia, sí se nota. Como mínimo las dos delanteras, 130. Y te doy cita para la ITV el jueves."),
  c("Vale, rótula, bombilla y las delanteras. El jueves.", None)],
 [o,
  t("A ver... rótula, bombilla y neumáticos. Te lo dejamos todo listo por 400 euros con las cuatro ruedas."),
  c("400... es mucho. ¿Las ruedas hacen falta para pasar?", "too_expensive"),
  t("Son faltas leves, no te tiran, pero es mejor cambiarlas."),
  c("Pues solo lo que haga falta para la ITV, que voy justo.", "no_money"),
  t("Vale, rótula y bombilla, 140. Mañana lo tienes."),
  c("Perfecto, gracias.", None)]))

o = c("Hola, buscamos piso de alquiler en Málaga, dos habitaciones, hasta 1.000 euros.", None)
P(rpair("esb33r_d06_alquiler_perro", "Letting agency (Malaga): a couple with a big dog and jobs in two different areas.",
 [o,
  t("Hola. ¿Por qué zona os movéis? ¿Dónde trabajáis?"),
  c("Yo en el PTA y ella en el centro. Ah, y tenemos un perro grande, que eso suele ser un problema.", None),
  t("Mejor saberlo ya, así no os enseño pisos que no os van a alquilar. Teatinos os queda bien a los dos. Tengo dos allí que admiten perro, 950 y 990, uno con terraza."),
  c("La terraza para el perro sería genial. Pero 990 es lo justo, eh, con la comunidad.", None),
  t("La comunidad va incluida en los dos. ¿Os los enseño el viernes por la tarde, que estáis los dos?"),
  c("El viernes a las siete, perfecto.", None)],
 [o,
  t("Hola. Tengo varios de dos habitaciones por debajo de 1.000: en Carretera de Cádiz, en Teatinos y en el Perchel."),
  c("Vale. Tenemos un perro grande, ¿eh?", None),
  t("Bien, les pregunto a los propietarios. ¿Cuándo podéis verlos?"),
  c("El viernes por la tarde. Pero no queremos ir a ver pisos y que luego no admitan el perro, que ya nos pasó con otra agencia.", "bad_experience"),
  t("Entendido, lo confirmo antes. Os escribo el jueves con lo que me digan."),
  c("Vale, esperamos noticias.", None)]))

o = c("Buenos días. Tenemos una gestoría pequeña, cinco personas, y queremos cambiar el programa de nóminas.", None)
P(rpair("esb33r_d07_software_nominas", "Payroll software vendor, B2B call (Valencia): a small accounting firm burned by a past data migration.",
 [o,
  t("Buenos días. ¿Qué es lo que no os funciona del programa actual? ¿Por qué cambiar ahora?"),
  c("Es lentísimo, y cada vez que cambia un convenio tardan semanas en actualizarlo. En enero casi no llegamos a los seguros sociales.", None),
  t("O sea, lo gordo son los convenios. Los subimos en 48 horas desde que salen en el BOE. ¿Con cuántos trabajáis?"),
  c("Unos veinte. Pero migrar nos da pánico, que ya lo hicimos una vez y perdimos el histórico.", "bad_experience"),
  t("Entonces migramos nosotros y lo usáis un mes en paralelo con el viejo, comparando nóminas, antes de soltar nada. Son 120 al mes. ¿Os hago una demo con tres empresas vuestras reales?"),
  c("Eso sí me convence. La semana que viene, que esta estamos con los trimestres.", "no_time")],
 [o,
  t("Buenos días. Os cuento: nóminas, seguros sociales, certificados, portal del empleado y convenios. 120 al mes para cinco usuarios."),
  c("¿Y los convenios los actualizáis rápido? Es nuestro mayor problema.", None),
  t("Sí, en 48 horas. Y la migración de datos va incluida."),
  c("La migración nos da miedo, la última vez perdimos el histórico.", "bad_experience"),
  t("Tranquilos, tenemos mucha experiencia migrando. ¿Os hago una demo la semana que viene?"),
  c("Vale, la semana que viene.", None)]))

o = c("Hola, quería información para una comunión en mayo. Seremos unos cuarenta.", None)
P(rpair("esb33r_d08_restaurante_comunion", "Restaurant, events phone (Pontevedra): a first-communion lunch with a coeliac child and a tight budget.",
 [o,
  t("Hola, enhorabuena. ¿Cuántos de los cuarenta son niños? ¿Hay alguna alergia que tengamos que saber?"),
  c("Unos doce niños. Y mi sobrina es celíaca, es lo que más me preocupa.", None),
  t("La cocina le prepara su menú aparte, sin riesgo de contaminación. ¿Qué presupuesto por persona manejáis más o menos?"),
  c("Unos 45 por adulto. Nos han dicho que aquí sois caros.", None),
  t("El de marisco son 55, pero hay uno de 42 con pulpo y carne que queda muy bien. Niños, 20. ¿Venís a probarlo un día con el niño de la comunión?"),
  c("Eso estaría bien. Lo hablo con mi marido y te llamo para ir un sábado.", "think_it_over")],
 [o,
  t("Hola. Tenemos tres menús de comunión: 42, 55 y 65 euros. El de niños, 20. Te los mando por correo."),
  c("Vale. Una cosa, hay una niña celíaca.", None),
  t("Sin problema, le hacemos el menú sin gluten."),
  c("¿Y el de 55 qué lleva? Que 65 es mucho para nosotros.", "too_expensive"),
  t("Marisco, merluza y ternera. Es el que más se pide. Si queréis os reservo ya el día."),
  c("Déjame que lo mire con mi marido y te digo.", "think_it_over")]))

o = c("Hola, quería sacarme una tarjeta de crédito. Tengo 22 años y acabo de empezar a trabajar.", None)
P(rpair("esb33r_d09_banco_tarjeta", "Bank branch (Madrid): a 22-year-old in a first job wants a credit card for a trip.",
 [o,
  t("Hola. ¿Para qué la quieres sobre todo? Así te digo si te conviene una de crédito o no."),
  c("Para un viaje a Japón en verano. Me han dicho que en los hoteles te la piden.", None),
  t("Es verdad, para fianzas de hotel o alquilar coche la piden. ¿Piensas aplazar compras o pagarlo todo a fin de mes?"),
  c("Nada de aplazar. Mi hermano se lió con eso y aún está pagando.", None),
  t("Pues una con pago total a fin de mes, sin cuota y con límite bajo, 600 euros: te vale para las fianzas y no te lías con intereses. Tampoco cobra comisión en yenes."),
  c("Perfecto, justo lo que quería.", None)],
 [o,
  t("Hola. Con tu nómina te podemos dar la tarjeta Oro, límite de 3.000 euros y la primera anualidad gratis."),
  c("¿3.000? Uf, es mucho. ¿Y luego la anualidad cuánto es?", None),
  t("40 euros al año, con seguro de viaje incluido. ¿Vas a viajar?"),
  c("A Japón en verano. Pero 40 euros al año por una tarjeta para eso, no.", "too_expensive"),
  t("Entonces la Clásica: sin cuota, límite de 1.500. ¿Te vale?"),
  c("Vale, esa.", None)]))

o = c("Buenas. Tengo un obrador de pan en Úbeda y la factura de la luz se me ha ido a 600 euros. Así no salgo.", None)
P(rpair("esb33r_d10_obrador_luz", "Electricity retailer, business line (Jaen province): a bakery's bill includes a reactive-power surcharge.",
 [o,
  t("Buenas. 600 es mucho para un obrador. ¿A qué horas funcionan los hornos?"),
  c("De cuatro de la mañana a once, todos los días. Y la cámara frigorífica todo el día.", None),
  t("Horno de madrugada es buena noticia, es la hora más barata. Pero veo un recargo de energía reactiva de casi 80 euros al mes. ¿Alguien le ha hablado de eso?"),
  c("Ni idea. Yo hago pan, no entiendo de luz.", None),
  t("Lo generan los motores, amasadoras y cámara, y se corrige con una batería de condensadores que se paga sola en menos de un año. Le mando un electricista a medirlo, sin compromiso."),
  c("Si se paga sola, vale. Pero que venga por la tarde, que por la mañana no paro.", None)],
 [o,
  t("Buenas. Le entiendo. Tenemos una tarifa de negocio con precio fijo todo el año, un 10% más barata que la suya."),
  c("Un 10%... son 60 euros. Algo es, pero sigo pagando una barbaridad.", None),
  t("También tiene precio más bajo de madrugada. ¿A qué hora trabaja?"),
  c("De cuatro a once.", None),
  t("Entonces le encaja bien. Le mando el contrato por correo y lo firma online."),
  c("Bueno, lo miro con la gestoría y le digo.", "think_it_over")]))

"""Ranked pairs f01-f10 (esb20): the sides share every turn except one fault in `worse` and the reaction. Hand-written."""
from common import c, rpair, t

P = "esb20r_"
PAIRS = []

# f01 argues with the customer
c0 = c("Buenas. Recogí ayer el coche del cambio de embrague y ahora, al meter segunda, hace como un crujido.", None)
t1 = t("Vaya, gracias por venir enseguida. ¿Lo hace siempre o solo en frío?")
c2 = c("Sobre todo en frío, los primeros minutos. Luego menos.", None)
t5 = t("Déjamelo mañana a primera hora y lo probamos en frío con el mecánico que lo montó. No te cobramos nada.")
c6 = c("A primera hora no puedo, llevo a los niños al cole. ¿A las diez?", "no_time")
t7 = t("A las diez, perfecto. A mediodía lo tienes.")
PAIRS.append(rpair(P + "f01_mostoles_embrague",
 "Car repair shop, Móstoles (Madrid): gearbox crunch the day after a clutch job.",
 [c0, t1, c2, t("Vale. A veces un embrague nuevo necesita un ajuste los primeros días. Lo miramos."),
  c("Menos mal, que 700 euros me costó, eh.", None), t5, c6, t7],
 [c0, t1, c2, t("Hombre, crujir no debería, el embrague es nuevo. Eso seguro que lo hacía antes y no te dabas cuenta."),
  c("¿Cómo que antes? Antes no hacía nada, que lo conduzco yo todos los días.", None), t5, c6, t7]))

# f02 doubts the customer's honesty
c0 = c("Hola, buenas. He perdido la receta del inhalador de mi hijo, el Ventolín, y se le ha acabado. Tiene asma.", None)
t1 = t("Hola. ¿Cuántos años tiene y cuándo lo usó por última vez?")
c2 = c("Doce. Anoche, que le dio tos con el levante.", None)
t5 = t("Aquí aparece prescrito. Se lo doy ahora, son 1,53 euros.")
c6 = c("Gracias. ¿Y la cámara esa de inhalar? La suya se rompió y en la tienda de al lado vi que están carísimas.", None)
t7 = t("La cámara también se la puede recetar el pediatra; con receta le sale casi gratis. Pídasela en la próxima cita.")
PAIRS.append(rpair(P + "f02_cadiz_inhalador",
 "Pharmacy, Cádiz: mother lost the prescription for her son's inhaler.",
 [c0, t1, c2, t("Si está en la receta electrónica, con la tarjeta sanitaria del niño se lo puedo dar ahora."),
  c("¡Ah! La tarjeta la llevo en la cartera.", None), t5, c6, t7],
 [c0, t1, c2, t("Ya... ¿seguro que es para su hijo? Viene mucha gente con lo de la receta perdida. Deme la tarjeta del niño y lo compruebo."),
  c("Oiga, ¿me está llamando mentirosa? Tenga la tarjeta, mírelo usted.", None), t5, c6, t7]))

# f03 drops the price before asking anything
c0 = c("Hola. Estamos pensando en vender el piso de mis padres, en la Creu Alta. ¿Cómo trabajáis?", None)
t1 = t("Hola. Primero lo vemos y os damos una valoración gratis. ¿Cómo es el piso y qué prisa tenéis?")
c2 = c("Tres habitaciones, un cuarto sin ascensor. Prisa ninguna, mis padres se van a una residencia en enero.", None)
t5 = t("Lo que cuenta es el trabajo: fotos buenas, visitas filtradas y acompañaros hasta la notaría. Lo hablamos cuando vaya a valorarlo.")
c6 = c("Vale. Pero lo tengo que hablar con mi hermano, que el piso es de los dos.", "think_it_over")
t7 = t("Claro. ¿Os va que vaya a verlo la semana que viene con los dos?")
PAIRS.append(rpair(P + "f03_sabadell_venta",
 "Estate agent, Sabadell: woman thinking of selling her parents' flat.",
 [c0, t1, c2, t("Sin ascensor suele interesar a gente joven o a inversores. Nuestra comisión es el 3% más IVA, solo si se vende."),
  c("El 3%... en otra agencia me han dicho el 2,5.", "too_expensive"), t5, c6, t7],
 [c0, t1, c2, t("Mira, la comisión es el 3%, pero a ti te la dejo en el 2%, que ya habréis hablado con otras."),
  c("Pues no, no he hablado con nadie. ¿Y por qué me bajas si ni has visto el piso?", None), t5, c6, t7]))

# f04 an unasked lecture
c0 = c("Hola, venía a apuntarme. Me han dicho que tenéis boxeo.", None)
t1 = t("Hola. Lunes, miércoles y viernes a las ocho. ¿Has boxeado antes?")
c2 = c("Nunca. Es por soltar estrés, que tengo un curro que me tiene frito.", None)
t5 = t("Para la primera te dejamos unos. Si sigues, unos buenos cuestan unos 40.")
c6 = c("40 por unos guantes... bueno, ya veré si sigo.", "too_expensive")
t7 = t("Claro, primero prueba. Te apunto el lunes a las ocho.")
PAIRS.append(rpair(P + "f04_granada_boxeo",
 "Gym, Granada: stressed worker wants boxing classes.",
 [c0, t1, c2, t("Para eso va genial. La primera clase es gratis, así ves el ambiente antes de pagar."),
  c("Mejor. ¿Necesito guantes?", None), t5, c6, t7],
 [c0, t1, c2, t("Va genial. Aunque te digo: el estrés también es comer bien. Fuera ultraprocesados, menos azúcar y dormir ocho horas; el deporte solo no hace milagros."),
  c("Ya... yo venía por el boxeo, no por la dieta, ¿eh? ¿Necesito guantes?", None), t5, c6, t7]))

# f05 a vague next step
c0 = c("Buenas. Me ha llegado una multa de 200 euros de una cámara, hace diez días, pero el coche lo llevaba mi hermano. ¿Se puede hacer algo?", None)
t1 = t("Buenas. Sí, se identifica al conductor; hay 20 días, así que va bien. Necesito el DNI y el carné de su hermano. La gestión son 30 euros.")
c2 = c("¿30 euros? Si es rellenar un papel. Igual lo hago yo.", "too_expensive")
t3 = t("Puede hacerlo usted en la DGT, claro. Si lo hacemos nosotros, nos aseguramos de que entra en plazo.")
c4 = c("No, mejor vosotros, que yo con la DGT me pierdo.", None)
t7 = t("Tranquilo, hay tiempo. Gracias por venir.")
PAIRS.append(rpair(P + "f05_coruna_multa",
 "Administrative agency (gestoría), A Coruña: naming the real driver of a speeding fine.",
 [c0, t1, c2, t3, c4, t("Perfecto. Tráigame mañana los datos de su hermano; lo presento ese día y le mando el justificante por correo."),
  c("Vale, mañana por la mañana se los traigo.", None), t7],
 [c0, t1, c2, t3, c4, t("Perfecto. Tráiganos los datos cuando pueda y ya le diremos algo."),
  c("¿Y cuándo lo presentáis? Que solo me quedan diez días, ¿eh?", None), t7]))

# f06 over-promises
c0 = c("Hola. Tengo una casa en Cambrils con aerotermia y en invierno la factura se me va a 250. ¿Me podéis mejorar la tarifa?", None)
t1 = t("Hola. ¿Qué potencia tiene y cuánto consume en invierno?")
c2 = c("5,75 kilovatios, y en enero unos 900 kWh.", None)
t5 = t("No hay permanencia: si no le convence, se cambia cuando quiera sin penalización.")
c6 = c("Bueno, pásamelo por escrito y lo hablo con mi mujer.", "think_it_over")
t7 = t("Se lo mando hoy, con el cálculo hecho con sus consumos.")
PAIRS.append(rpair(P + "f06_cambrils_aerotermia",
 "Electricity company, Cambrils (Tarragona): heat-pump house with big winter bills.",
 [c0, t1, c2, t("Con la tarifa por horas y la aerotermia programada de noche, entre un 10 y un 15% menos en invierno, según lo que pueda mover."),
  c("Un 15% ya es algo. ¿Hay permanencia? Que la última vez me la colaron.", "bad_experience"), t5, c6, t7],
 [c0, t1, c2, t("Con nosotros la factura se le queda en la mitad, seguro. 125 euros como mucho."),
  c("¿La mitad? Eso me dijo el último comercial y luego nada. ¿Hay permanencia?", "bad_experience"), t5, c6, t7]))

# f07 closes before checking the thing works
c0 = c("Buenas, vengo a por el coche. Me llamasteis que ya estaba lo del aire.", None)
t1 = t("Buenas. Cambiamos el compresor y cargamos el gas. Son 480 con IVA.")
c2 = c("Uf, 480. Bueno, ya venía en el presupuesto.", None)
t5 = t("El compresor tiene tres meses de garantía. Si notas algo, vienes y lo miramos sin coste.")
c6 = c("Vale. ¿Y el gas hay que recargarlo cada año?", None)
t7 = t("No, si no hay fuga no. Si baja, es que hay fuga, y eso entra en garantía.")
PAIRS.append(rpair(P + "f07_almeria_compresor",
 "Car repair shop, Almería: collecting a car after an A/C compressor repair.",
 [c0, t1, c2, t("Antes de cobrarte, arráncalo y pon el aire a tope un par de minutos; medimos la temperatura en las rejillas."),
  c("Venga... Sí, esto ya enfría. Por fin, que en Almería sin aire no se vive.", None), t5, c6, t7],
 [c0, t1, c2, t("Pues pasa la tarjeta y aquí tienes las llaves, está listo."),
  c("¿No lo probamos antes? Que otra vez me lo llevé de un taller y a los cinco minutos echaba aire caliente.", "bad_experience"), t5, c6, t7]))

# f08 recommends before asking
c0 = c("Hola. Me han salido unas manchas rojas en el brazo que pican un montón. ¿Qué me pongo?", None)
t3 = t("Vale, eso cambia las cosas: ¿tienen un puntito en el centro, como picaduras, o son placas?")
c4 = c("Como picaduras, varias juntas. Y una está más hinchada.", None)
t5 = t("Parecen picaduras: antihistamínico en crema y frío. Si la hinchada crece o tienes fiebre, al médico, que hay que descartar una garrapata.")
c6 = c("¿Garrapata? No me asustes. Pero esta semana no tengo tiempo de ir al médico, eh.", "no_time")
t7 = t("Mírate bien esta noche. Si ves un bichito enganchado, no lo arranques y ve al centro de salud aunque sea sin cita.")
PAIRS.append(rpair(P + "f08_malasana_picaduras",
 "Pharmacy, Malasaña (Madrid): itchy red spots on the arm.",
 [c0, t("Hola. ¿Desde cuándo las tienes? ¿Has cambiado de detergente o has estado en el campo?"),
  c("Desde el domingo. Estuve de excursión en la sierra, en Cercedilla.", None), t3, c4, t5, c6, t7],
 [c0, t("Hola. Para eso, esta crema de hidrocortisona va muy bien, 7 euros. Dos veces al día."),
  c("Ya, pero ¿no me preguntas nada? Que el domingo estuve de excursión en Cercedilla.", None), t3, c4, t5, c6, t7]))

# f09 unexplained jargon
c0 = c("Buenas, hija. Me ha llegado una carta de que me cambian la tarifa y no me entero de na. Yo solo quiero pagar lo mismo.", None)
t1 = t("Buenas. ¿Me deja la carta? ¿Vive sola? ¿Tiene calefacción eléctrica?")
c2 = c("Sola, sí. Calefacción no, brasero y la bombona.", None)
t5 = t("Si quiere seguir con precio fijo, se lo dejo igual que ahora, y no tiene que firmar nada nuevo.")
c6 = c("Pues lo fijo, que a mi edad no estoy pa sustos.", None)
t7 = t("Hecho. Le doy un papel con lo que va a pagar cada mes.")
PAIRS.append(rpair(P + "f09_jaen_carta",
 "Electricity company shop, Jaén: older woman confused by a tariff-change letter.",
 [c0, t1, c2, t("La carta dice que su precio fijo se acaba y que desde enero el precio cambiaría un poco cada mes. Gastando tan poco, serían dos o tres euros arriba o abajo."),
  c("Ah, eso ya lo entiendo. ¿Y tengo que hacer algo?", None), t5, c6, t7],
 [c0, t1, c2, t("La carta dice que pasa de precio fijo a PVPC indexado al mayorista, con peajes por periodos P1, P2 y P3 y el término de potencia aparte."),
  c("¿P1, P2...? Hija, no sé qué es eso. ¿Me van a cobrar más o no?", None), t5, c6, t7]))

# f10 talks about themselves
c0 = c("Ola, boas. Quiero empezar a correr, que en mayo hay una carrera de 10 km y me apunté con las de la oficina. Nunca corrí.", None)
t1 = t("Boas. ¿Haces algo de deporte ahora? ¿Cuántos días podrías entrenar?")
c2 = c("Camino algo. Tres días, no más de una hora, que tengo dos críos.", None)
t5 = t("Tienes el grupo de iniciación de los sábados, 25 al mes, y te doy un plan para otros dos días.")
c6 = c("Me cuadra. Pero lo comento en casa, que los sábados mi marido trabaja y tengo a los niños.", "think_it_over")
t7 = t("Claro. Si los sábados no puedes, hay grupo los martes a las siete de la tarde.")
PAIRS.append(rpair(P + "f10_pontevedra_correr",
 "Gym / running club, Pontevedra: beginner wants to run her first 10 km.",
 [c0, t1, c2, t("Con tres días de una hora llegas de sobra a mayo. Empezaríamos alternando caminar y trotar, para no lesionarte."),
  c("¿Y eso lo hago sola o con vosotros? Que un entrenador personal me parece caro.", "too_expensive"), t5, c6, t7],
 [c0, t1, c2, t("Llegas. Yo empecé igual, ¿sabes? Mi primer 10 km fue en 2015 y el año pasado hice la maratón de Valencia en 3 horas 20. Ahora preparo un ultra."),
  c("Ah, qué bien... ¿Y lo mío lo hago sola o con vosotros? Que un entrenador personal me parece caro.", "too_expensive"), t5, c6, t7]))

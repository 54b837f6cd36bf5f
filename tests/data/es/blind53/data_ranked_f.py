"""Ranked pairs f01-f10 of es_blind53: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 Antigua Guatemala, hotel para retiro -- fault: drops the price before asking anything
o = c("Buenas tardes, le hablo de una ONG de Chimaltenango. Estamos viendo hotel para un retiro de 25 personas en mayo.", None)
b1 = t("Buenas tardes, con gusto. ¿Qué fechas tienen pensadas, y el retiro necesita salón para reuniones además de las habitaciones?")
b2 = c("Del 14 al 16 de mayo. Sí, salón todo el día, y comida vegetariana para algunos. El presupuesto es ajustadito, somos ONG.", None)
w1 = t("Buenas tardes. Para grupos de ONG le puedo dejar la habitación en 450 en vez de 650, ya con desayuno.")
w2 = c("Ah... bueno, gracias. Pero todavía no le he dicho ni las fechas. Es del 14 al 16 de mayo, con salón todo el día y comida vegetariana para algunos.", None)
s3 = t("Del 14 al 16 tengo libre el salón Las Buganvilias, para 30 personas, con proyector. Lo vegetariano la cocina lo hace sin costo extra.")
s4 = c("Suena bien. Lo tengo que presentar a la directora con una cotización formal.", "think_it_over")
s5 = t("Se la mando hoy antes de las seis, con salón, comidas y habitaciones desglosadas, y le sostengo la tarifa quince días.")
s6 = c("Perfecto, quedo pendiente.", None)
PAIRS.append(rpair(
    "esb53r_f01_antigua_hotel_retiro",
    "Una ONG cotiza hotel en Antigua para un retiro de 25 personas. Falla en worse: baja el precio antes de preguntar nada.",
    [o, b1, b2, s3, s4, s5, s6],
    [o, w1, w2, s3, s4, s5, s6],
))

# f02 Danli, fungicida para chile -- fault: argues with the customer
o = c("Buenas, ando buscando algo pa' la mancha de la hoja del chile. Tengo media manzana aquí cerca de Danlí.", None)
s1 = t("Buenas. ¿Me describe la mancha? ¿Es café con orilla amarilla, o como polvito blanco?")
s2 = c("Café, con orillita amarilla, y empieza por las hojas de abajo.", None)
s3 = t("Eso suena a cercospora. Le sirve este fungicida de clorotalonil, 380 el litro; para media manzana le alcanza para tres aplicaciones.")
s4 = c("Ese me dijo mi compadre que le quemó las hojas cuando lo echó.", "bad_experience")
b5 = t("Puede pasar si se aplica en pleno sol o más cargado de lo que dice. Échelo temprano o después de las cuatro, a la dosis de la etiqueta, y pruebe primero en unos surcos.")
b6 = c("Ah, ok, así sí. Deme un litro y pruebo en unos surcos.", None)
w5 = t("No, eso no es cierto. Ese producto no quema nada, su compadre seguro lo aplicó mal. Aquí lo vendemos desde hace años.")
w6 = c("Bueno, pero mi compadre no es ningún tonto. Mejor le pregunto bien a él y vengo otro día.", "think_it_over")
s7 = t("Va. Le apunto aquí la dosis y el horario por si se decide; y si la mancha cambia, tráigame una hoja.")
PAIRS.append(rpair(
    "esb53r_f02_danli_fungicida_chile",
    "Un productor de chile pide fungicida; un compadre tuvo mala experiencia con el producto. Falla en worse: discute con el cliente.",
    [o, s1, s2, s3, s4, b5, b6, s7],
    [o, s1, s2, s3, s4, w5, w6, s7],
))

# f03 Mixco, plan de celular para una abuela -- fault: unexplained jargon
o = c("Buenas, mija. Quiero un plan para el celular, que me alcance para hablar con mis nietos por video.", None)
s1 = t("Buenas, doña. ¿Cuántas veces a la semana hace videollamada, y tiene wifi en la casa?")
s2 = c("Casi todos los días, un ratito. Wifi no tengo, solo lo que trae el chip.", None)
b3 = t("Entonces le conviene el plan de 99 al mes, que trae bastante internet para media hora de video diaria. Si se le acaba antes de fin de mes, le llega un mensaje y no le cobran extra.")
b4 = c("Ah, qué bueno que no me cobren de más. ¿Y eso es contrato?", None)
w3 = t("Entonces le conviene el pospago de 99 con 15 gigas, 5G ready, con rollover y throttling a 1 mega después del FUP, sin permanencia.")
w4 = c("Ay, mija, no le entendí nada. ¿Eso es contrato o qué? Yo no me quiero meter en cosas que no entiendo.", None)
s5 = t("No es contrato, doña: si un mes no le sirve, lo deja y ya. Se lo activo en su mismo número.")
s6 = c("Bueno, pero la otra vez en otra tienda me cambiaron el chip y perdí todos mis contactos.", "bad_experience")
s7 = t("Por eso no le vamos a cambiar el chip, solo activamos el plan. Y antes de que se vaya hacemos una videollamada de prueba aquí mismo con su nieto.")
PAIRS.append(rpair(
    "esb53r_f03_mixco_plan_abuela",
    "Una señora mayor quiere un plan para videollamadas con sus nietos. Falla en worse: jerga sin explicar.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7],
))

# f04 Comayagua, cita de fisioterapia -- fault: vague next step
o = c("Buenos días. Vengo por la cita de fisioterapia; el doctor me la dejó pedida hace quince días y nadie me ha llamado.", None)
s1 = t("Buenos días. Qué pena la espera. ¿Me da su nombre y el de su médico?")
s2 = c("Carlos Ordóñez. El doctor Mejía, de traumatología. Es por la muñeca, me la quebré en enero.", None)
s3 = t("Aquí está la orden, pero quedó sin asignar; la fisioterapeuta estuvo de vacaciones. Tengo cupos martes y jueves.")
s4 = c("Yo trabajo en una maquila de lunes a viernes, no me dan permiso fácil.", "no_time")
b5 = t("Le entiendo. El jueves hay un cupo a las seis de la tarde, el último. Se lo asigno ahorita y le mando la confirmación por mensaje hoy antes de las cinco.")
b6 = c("A las seis sí llego. Gracias, así sí.", None)
w5 = t("Ah, bueno. Entonces lo ponemos en lista de espera para otro horario y le avisamos cuando haya algo.")
w6 = c("¿Y cuándo me avisan? Eso mismo me dijeron hace quince días.", "bad_experience")
s7 = t("Le dejo también mi extensión, la 214, por cualquier cosa.")
PAIRS.append(rpair(
    "esb53r_f04_comayagua_fisioterapia",
    "Un operario de maquila con la muñeca quebrada reclama su cita de fisioterapia. Falla en worse: siguiente paso vago.",
    [o, s1, s2, s3, s4, b5, b6, s7],
    [o, s1, s2, s3, s4, w5, w6, s7],
))

# f05 Zacapa, picop para temporada de melon -- fault: over-promises
o = c("Buenas, necesito un picop para la temporada de melón. ¿Lo tienen para entrega antes del 15?", None)
s1 = t("Buenas. ¿Qué versión busca: cabina sencilla o doble, diésel o gasolina?")
s2 = c("Sencilla, diésel. Cuatro por dos está bien, allá es plano.", None)
s3 = t("Esa versión no la tengo en patio, viene de Puerto Barrios. Sale en 265 mil. ¿Ya tiene el financiamiento o es de contado?")
s4 = c("Financiado, con el banco. Pero si no llega antes del 15 no me sirve; ya me pasó con otra agencia que me lo entregaron tarde.", "bad_experience")
b5 = t("Le soy honesto: del puerto a aquí son unos doce días, más lo que tarde el banco. Llegar al 15 es posible pero justo. Si el banco aprueba esta semana, el lunes le confirmo la fecha real con la naviera.")
b6 = c("Bueno, prefiero que me lo diga así. Mañana meto los papeles del banco.", None)
w5 = t("No se preocupe, se lo garantizo para el 10, sin falta. Aquí nunca hemos entregado tarde.")
w6 = c("¿Para el 10, seguro? Mire que si no, pierdo la cosecha... bueno, le creo. Mañana meto los papeles.", None)
s7 = t("Perfecto, lo espero mañana con la constancia de ingresos y el DPI.")
PAIRS.append(rpair(
    "esb53r_f05_zacapa_picop_melon",
    "Un productor de melón necesita un picop antes de la cosecha. Falla en worse: promete una fecha que no puede garantizar.",
    [o, s1, s2, s3, s4, b5, b6, s7],
    [o, s1, s2, s3, s4, w5, w6, s7],
))

# f06 Tela, sistema de inventario para ferreteria (chat) -- fault: closes before checking it works
o = c("buenas, tengo una ferreteria en tela y quiero un sistema de inventario, lo llevo en cuaderno", None)
s1 = t("Buenas! Cuantos productos maneja mas o menos, y tiene computadora en el mostrador?")
s2 = c("como 1,500 productos. tengo una compu vieja y el internet se va seguido", None)
s3 = t("El sistema funciona sin internet y sincroniza cuando vuelve. Son 900 lps al mes.")
s4 = c("ok suena bien. pero la compu es de hace como 8 años, windows 7", None)
b5 = t("Ahi si no le prometo nada. Le mando un instalador de prueba para que lo pruebe hoy; si corre bien en su compu, arrancamos. Si no, le digo que equipo minimo necesita.")
b6 = c("va, mandemelo y lo pruebo en la tarde", None)
w5 = t("No hay problema, corre en todo. Le mando el contrato para que lo firme hoy y el lunes le activamos la licencia.")
w6 = c("y si no corre en mi compu? no quiero pagar algo q no me sirva. dejeme verlo primero", "think_it_over")
s7 = t("Se lo mando ahorita por WhatsApp con las instrucciones, y cualquier duda me escribe.")
PAIRS.append(rpair(
    "esb53r_f06_tela_inventario_ferreteria",
    "El dueño de una ferretería con computadora vieja quiere sistema de inventario. Falla en worse: cierra antes de comprobar que funciona en su equipo.",
    [o, s1, s2, s3, s4, b5, b6, s7],
    [o, s1, s2, s3, s4, w5, w6, s7],
))

# f07 Retalhuleu, bus escolar -- fault: unasked lecture
o = c("Buenas tardes, quería saber si el colegio tiene bus que pase por la colonia Las Palmas.", None)
s1 = t("Buenas tardes. Sí hay ruta por Las Palmas. ¿Para qué grado es y a qué hora tendría que salir?")
s2 = c("Es para mi hija de primero básico. Entra a las siete y yo salgo a trabajar a las seis y media.", None)
b3 = t("Entonces le sirve: el bus pasa por Las Palmas a las seis y cuarto. La cuota es de 300 al mes.")
b4 = c("Trescientos... está un poco caro, pero me salva la mañana.", "too_expensive")
w3 = t("Fíjese que nosotros siempre recomendamos que los papás lleven a sus hijos, porque el tiempo en el carro es de calidad y fortalece la comunicación familiar, hay estudios. Pero bueno, el bus pasa a las seis y cuarto, cuota de 300 al mes.")
w4 = c("Ya sé que sería mejor llevarla yo, pero no puedo, por eso pregunto. Y trescientos está un poco caro.", "too_expensive")
s5 = t("Si tiene otro hijo en el colegio, el segundo paga la mitad. Y puede pagar solo los meses que lo use.")
s6 = c("Solo es ella. Déjeme ver las cuentas con mi esposo y le confirmo.", "think_it_over")
s7 = t("Con gusto. Le doy el horario de la ruta y el número del piloto para cuando decidan.")
PAIRS.append(rpair(
    "esb53r_f07_reu_bus_escolar",
    "Una madre que trabaja temprano pregunta por el bus del colegio. Falla en worse: sermón no pedido sobre llevar a los hijos.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7],
))

# f08 San Pedro Sula, remesa grande -- fault: doubts the customer's honesty
o = c("Buenas, vengo a cobrar un envío de mi esposo, que está en Nueva Orleans. Es más de lo normal porque es pa' la casa.", None)
s1 = t("Buenas. Con gusto. ¿Me presta su identidad y el número de envío?")
s2 = c("Aquí tiene. Son dos mil dólares.", None)
b3 = t("Gracias. Como pasa de mil quinientos, la ley nos pide llenar un formulario de origen de fondos. Es de rutina, se lo pedimos a todo el mundo, son cinco minutos.")
b4 = c("Ah, ok, no sabía. ¿Qué tengo que poner?", None)
w3 = t("Mmm, dos mil dólares es bastante. ¿Y de verdad es para una casa? Porque aquí vemos cada cosa... Le voy a tener que llenar un formulario de origen de fondos.")
w4 = c("¿Cómo que de verdad? Mi esposo trabaja en construcción allá, no es nada raro. Qué falta de respeto.", None)
s5 = t("Ponga para qué es el dinero y en qué trabaja él. Si tiene foto de algún talón de pago de él, mejor, pero no es obligatorio.")
s6 = c("Lo tengo en el celular, mire. ¿Y hoy mismo me lo pagan? Porque el maestro de obra empieza el lunes.", None)
s7 = t("Con el formulario completo se lo pago hoy mismo. Si el sistema lo deja en revisión, le explico por qué y la llamo yo.")
PAIRS.append(rpair(
    "esb53r_f08_sps_remesa_grande",
    "Una mujer cobra una remesa grande para construir su casa; la ley pide formulario de origen de fondos. Falla en worse: duda de su honradez.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7],
))

# f09 Marcala, certificacion de cafe en cooperativa -- fault: recommends before asking
o = c("Buenas, me dijeron que aquí en la cooperativa ayudan a certificar el café. ¿Cómo es eso?", None)
b1 = t("Buenas. Sí, hay varias certificaciones. Antes de decirle cuál, ¿cuántas manzanas tiene, y qué le echa al café, químico u orgánico?")
b2 = c("Tres manzanas. Le echo abono químico, y fungicida cuando me pega la roya. No quiero dejar de producir.", None)
w1 = t("Buenas. Le recomiendo la certificación orgánica, es la que mejor paga: tres años de transición sin químicos y unos 3,000 lempiras al año. ¿Cuántas manzanas tiene, y qué le echa al café?")
w2 = c("¿Tres años sin químicos? Tengo tres manzanas y le echo abono químico y fungicida. Si dejo eso me quedo sin cosecha. Eso no me sirve.", "no_need")
s3 = t("Entiendo. Para su caso le va Comercio Justo o Rainforest: permiten ciertos químicos con buen manejo, y la cooperativa paga la auditoría con el fondo colectivo.")
s4 = c("Ah, eso ya es otra cosa. ¿Y cuánto más me pagan por quintal?", None)
s5 = t("Este año fueron unos veinte dólares más por quintal de pergamino. El sábado hay reunión de inducción; ahí le explican los requisitos con calma.")
s6 = c("El sábado no puedo, estamos en corte. ¿Hay otra fecha?", "no_time")
s7 = t("La otra es el sábado 20. Le apunto su nombre para esa y le dejo el folleto.")
PAIRS.append(rpair(
    "esb53r_f09_marcala_certificacion_cafe",
    "Un caficultor pregunta por certificar su café en la cooperativa. Falla en worse: recomienda la orgánica antes de preguntar cómo trabaja.",
    [o, b1, b2, s3, s4, s5, s6, s7],
    [o, w1, w2, s3, s4, s5, s6, s7],
))

# f10 Huehuetenango, moto para maestro -- fault: talks about himself
o = c("Buenas, soy maestro en una aldea de Aguacatán y quiero una moto para ir y venir. Ahorita me voy en microbús.", None)
s1 = t("Buenas, profe. ¿Cuántos kilómetros son de ida y cómo es el camino?")
s2 = c("Como 25 kilómetros, la mitad asfalto y la mitad terracería. Y sube bastante.", None)
b3 = t("Para eso le va una 150 doble propósito: aguanta la subida y gasta poco, unos 35 quetzales de gasolina a la semana para su ruta.")
b4 = c("¿Y cuánto sale? Porque con el sueldo de maestro no da para mucho.", None)
w3 = t("Mire, yo cuando empecé también me iba en micro, fíjese. Después me compré mi primera moto, una 125, y me la robaron en Chiantla. Luego una 150, y con esa anduve todo el departamento, hasta los Cuchumatanes. Por eso le recomiendo una 150 doble propósito.")
w4 = c("Ajá... ¿y cuánto sale? Es que tengo que ir a calificar exámenes.", "no_time")
s5 = t("Sale en 17,900. Con el convenio del magisterio le queda en cuotas de 750 al mes, a dos años.")
s6 = c("Setecientos cincuenta... es casi lo que gasto en micro al mes. Déjeme sacar bien la cuenta en la casa.", "think_it_over")
s7 = t("Me parece bien. Le anoto la cuota y lo de la gasolina en esta hoja, para que compare con lo del micro.")
PAIRS.append(rpair(
    "esb53r_f10_huehue_moto_maestro",
    "Un maestro rural quiere cambiar el microbús por una moto. Falla en worse: el vendedor habla de sí mismo.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7],
))

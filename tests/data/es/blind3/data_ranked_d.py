"""Ranked pairs d01-d10: two decent conversations with the same customer; `better` is better.
Written by hand, in Spanish."""
from common import c, rpair, t

PAIRS = []

# d01 -- Zaragoza, heating installer (trades), usted. Better diagnoses before quoting a new boiler.
_o = c("Buenos días. Quería presupuesto para cambiar la caldera, que ya tiene quince años y hace un ruido que no me gusta nada.", None)
PAIRS.append(rpair(
    "esb3r_d01_zaragoza_caldera",
    "A retired man in Zaragoza phones a heating installer asking for a quote to replace his 15-year-old gas boiler because it makes a noise.",
    [_o,
     t("Buenos días. Antes de hablar de cambiarla, ¿qué ruido hace exactamente, y cuándo? ¿Al encenderse, todo el rato?"),
     c("Como un silbido cuando calienta el agua de la ducha. La calefacción va bien, eso sí.", None),
     t("¿Y la revisión obligatoria, la tiene hecha? ¿Ha mirado la presión en el reloj?"),
     c("La revisión la pasé el año pasado. Mire, yo lo que no quiero es gastarme tres mil euros si no hace falta, que estoy jubilado.", "no_money"),
     t("Es muy razonable. Un silbido solo con el agua caliente muchas veces es cal en el intercambiador, y una limpieza son unos 120 euros. Voy el jueves a verla: si es eso, la limpiamos; si de verdad hay que cambiarla, se lo digo con el presupuesto en la mano y usted decide."),
     c("Eso me parece muy honrado. El jueves por la mañana estoy en casa.", None)],
    [_o,
     t("Buenos días. Con quince años ya toca, sí. ¿Cuántos metros tiene la vivienda y cuántos baños?"),
     c("Noventa metros, dos baños. Vivimos mi mujer y yo.", None),
     t("Para eso le va bien una de condensación de 25 kW. Con instalación y retirada de la vieja, unos 2.400 euros, y ahorra en gas, alrededor de un quince por ciento."),
     c("Uf, 2.400... Estoy jubilado, no sé yo.", "no_money"),
     t("Lo entiendo. Se puede financiar en doce meses sin intereses, unos 200 al mes. Le mando el presupuesto por correo y lo mira con su mujer."),
     c("Vale, mándemelo y ya le digo algo.", "think_it_over")]))

# d02 -- Puebla, accounting firm (B2B), usted. Better finds the cause of the fines and offers a free review first.
_o = c("Buenas tardes. Tengo una panadería con dos sucursales y el SAT ya me multó dos veces. Quiero cambiar de contador.", None)
PAIRS.append(rpair(
    "esb3r_d02_puebla_contabilidad",
    "The owner of a family bakery with two branches in Puebla wants to change accountants after two tax penalties.",
    [_o,
     t("Buenas tardes. Qué mal trago. ¿Sabe por qué fueron las multas? ¿Declaraciones fuera de tiempo, facturas?"),
     c("Por declarar tarde, y porque no cuadraban las facturas de la segunda sucursal. Mi sobrina junta los tickets en una caja de zapatos y se los lleva al contador cada mes, y él ya casi ni contesta.", None),
     t("Entonces son dos problemas: que alguien lleve los plazos, y que las ventas de las dos sucursales lleguen ordenadas. Lo primero lo hacemos nosotros con calendario y avisos; para lo segundo, que cada caja facture y nos llegue sola. La iguala es de 4,500 al mes. Y antes de firmar, revisamos gratis sus últimos seis meses para ver si hay más riesgo de multa."),
     c("Eso de revisar primero me da tranquilidad. Pero 4,500 es más de lo que pago ahorita.", "too_expensive"),
     t("Lo entiendo: hoy paga menos, pero también paga multas. Le entrego la revisión en diez días con lo que encontremos, y con eso decide."),
     c("Va, le junto los papeles esta semana.", None)],
    [_o,
     t("Buenas tardes. Con nosotros eso no le vuelve a pasar; llevamos la contabilidad de más de cien negocios en Puebla. ¿Cuántos empleados tiene?"),
     c("Doce, entre las dos sucursales.", None),
     t("Para ese tamaño, el paquete Pyme es de 4,500 al mes e incluye nómina, declaraciones e IMSS. Podemos empezar el mes que entra."),
     c("Es más de lo que pago ahorita, la verdad.", "too_expensive"),
     t("Es una inversión: una sola multa le cuesta más que eso. Le dejo el contrato para que lo lea."),
     c("Déjemelo, lo reviso con calma.", "think_it_over")]))

# d03 -- Rosario, insurance broker (WhatsApp chat), vos. Better works out what they need covered (tenants, laptops outside home) and is honest about exclusions.
_o = c("hola buenas, le robaron al vecino de abajo y nos quedamos con miedo. queremos un seguro para el depto", None)
PAIRS.append(rpair(
    "esb3r_d03_rosario_seguro_hogar",
    "A young couple renting a flat in Rosario message an insurance broker on WhatsApp for home insurance after a neighbour was burgled.",
    [_o,
     t("Hola. Qué bajón lo del vecino. ¿El depto es alquilado o propio? ¿Y qué es lo que más les preocupa perder?"),
     c("alquilado. lo q nos importa son las compus xq los dos laburamos con eso, y la bici de el q salio un dineral", None),
     t("Entonces el edificio no lo aseguran ustedes, eso es del dueño. Lo que importa es el contenido y, sobre todo, las notebooks fuera de casa. ¿Las llevan a trabajar?"),
     c("si, 2 dias a la oficina. no sabia q eso se podia asegurar", None),
     t("Hay un seguro de contenido que cubre robo de notebooks también fuera de casa, y la bici dentro del depto: 9.800 por mes. Ojo: la bici robada en la calle no la cubre ninguno a este precio. Les paso la póliza para que lean las exclusiones antes de decidir."),
     c("mejor asi. la leemos esta noche y te confirmamos mañana", "think_it_over")],
    [_o,
     t("Hola. Sí, tenemos el Hogar Integral: incendio, robo, daños por agua y responsabilidad civil. ¿Cuántos metros tiene el depto?"),
     c("60 metros, 2 ambientes. es alquilado", None),
     t("Para sesenta metros el Integral sale 12.500 por mes. Cubre robo de contenido hasta tres millones."),
     c("mmm 12.500 es medio caro para nosotros. cubre las notebooks?", "too_expensive"),
     t("Sí, dentro del domicilio están cubiertas. Te mando la cotización por mail y lo ven."),
     c("dale mandamela", None)]))

# d04 -- Cali, mattress shop (retail), usted. Better asks about sleep position and partner before recommending.
_o = c("Hola, buenas. Estoy buscando un colchón, es que me estoy levantando con dolor de espalda.", None)
PAIRS.append(rpair(
    "esb3r_d04_cali_colchon",
    "A woman in Cali shops for a mattress because she wakes up with back pain; her husband moves a lot at night.",
    [_o,
     t("Hola, qué pena ese dolor. ¿Usted duerme de lado o boca arriba? ¿Y el colchón que tiene, hace cuánto lo tiene?"),
     c("De lado. El colchón tiene como diez años, ya se hunde en el medio. Y mi esposo se mueve muchísimo y me despierta.", None),
     t("Con el hundimiento y durmiendo de lado, necesita uno que sostenga la cadera sin ser duro. Y para lo de su esposo, los de resortes independientes no pasan el movimiento. Acuéstese en este y dígame cómo siente el hombro."),
     c("Ay, este está rico. Pero ¿cuánto vale? Porque en internet vi unos en caja mucho más baratos.", "too_expensive"),
     t("Este vale 2.300.000. Los de caja pueden servir, pero no los puede probar. Venga el sábado con su esposo, se acuestan los dos, y si se lo lleva tiene 60 noches de prueba."),
     c("Buena idea. El sábado lo traigo.", None)],
    [_o,
     t("Hola, claro. Para el dolor de espalda lo mejor es un colchón firme, ortopédico. Este es el más vendido."),
     c("¿Firme? Es que duermo de lado, no sé si muy duro me sirva.", None),
     t("Los ortopédicos son los que recomiendan los médicos. Está en 1.900.000 y tiene garantía de diez años."),
     c("Mmm, está durito. Y en internet vi unos más baratos.", "too_expensive"),
     t("Los de internet no tienen la misma calidad. Si se lo lleva hoy le damos la almohada de regalo."),
     c("Bueno, yo por ahora estoy mirando nomás. Voy a dar una vuelta, gracias.", "brush_off")]))

# d05 -- Cusco, hostel group booking (hospitality), usted. Better asks about ages, rooms, health/altitude and adapts payments.
_o = c("Aló, buenos días. Llamo de un colegio de Lima; queremos reservar para el viaje de promoción, dieciocho alumnos y dos profesores, en julio.", None)
PAIRS.append(rpair(
    "esb3r_d05_cusco_hostal_grupo",
    "A teacher from a Lima school phones a Cusco hostel to book the graduation trip of 18 students and 2 teachers; parents are paying in instalments.",
    [_o,
     t("Buenos días, profesora, encantados. ¿Qué fechas exactas, y qué edad tienen los chicos? Es para ver cómo repartir los cuartos."),
     c("Del 14 al 18 de julio. Tienen dieciséis, diecisiete. Los padres quieren chicos y chicas separados, y nosotros cerca.", None),
     t("Tenemos un piso entero con cuatro cuartos de cuatro y uno de dos, y al lado un doble para ustedes. Otra cosa: ¿alguno tiene problemas de salud? Por la altura, el primer día recomendamos descanso."),
     c("Uno es asmático, no lo había pensado. ¿Y el precio? Los padres están pagando a plazos.", None),
     t("Por grupo, 45 soles por persona la noche con desayuno. Pedimos 30% de adelanto y el resto en dos pagos hasta julio. Tenemos oxígeno en recepción, y le mando recomendaciones de altura para los padres."),
     c("Eso de pagar en partes nos ayuda un montón. Mándeme la cotización para presentarla a la APAFA.", "think_it_over")],
    [_o,
     t("Buenos días. Sí, tenemos disponibilidad en julio. Por grupo le damos 45 soles por persona la noche con desayuno. ¿Qué fechas?"),
     c("Del 14 al 18. Los padres quieren chicos y chicas separados.", None),
     t("No hay problema, se reparten en cuartos múltiples. Para confirmar necesitamos el 50% de adelanto esta semana, porque julio se llena."),
     c("¿El cincuenta por ciento esta semana? Uy, no, los padres recién están juntando la plata.", "no_money"),
     t("Entiendo. Le guardo la reserva hasta el viernes y le mando la cotización por correo."),
     c("Ya, mándemela y lo converso con la APAFA.", "think_it_over")]))

# d06 -- Curicó, drip irrigation (farming), usted. Better checks water turns, power supply and the neighbour's failure before pricing.
_o = c("Buenas, le cuento: tengo seis hectáreas de cerezos cerca de Curicó y este año nos recortaron el agua del canal. Me dijeron que con goteo ahorro.", None)
PAIRS.append(rpair(
    "esb3r_d06_curico_riego_goteo",
    "A small cherry grower near Curicó asks an irrigation company about drip irrigation after his canal water was cut this season.",
    [_o,
     t("Buenas. Sí, con goteo se ahorra harto. ¿Hoy riega por surco? ¿Y cuántas horas de turno le tocan a la semana con el recorte?"),
     c("Por surco, sí. Me tocan ocho horas a la semana, antes eran doce. Tengo un tranque chico.", None),
     t("¿Y en el predio tiene luz trifásica, o habría que bombear con motor? Eso cambia harto el costo."),
     c("Monofásica nomás. Y la verdad un vecino puso goteo con otra empresa y las cintas se le tapaban a cada rato, así que ando desconfiado.", "bad_experience"),
     t("Es comprensible. Eso pasa cuando no se pone buen filtro con agua de canal, que trae arena. Le propongo ir al predio, medir el caudal del tranque y ver lo de la luz; con eso le doy un diseño con filtro de arena y un costo real, y le explico cómo postular al bono de riego, que cubre una parte."),
     c("Ya, me parece. El martes estoy en el campo todo el día.", None)],
    [_o,
     t("Buenas. Sí, el goteo le ahorra hasta la mitad del agua. Para seis hectáreas de cerezo, un equipo completo sale alrededor de 24 millones instalado."),
     c("Uf, es harta plata. Y un vecino puso goteo y se le tapaban las cintas.", "bad_experience"),
     t("Eso es porque habrá comprado barato; nuestros equipos son de primera. Además puede postular a la ley de riego, que cubre una parte."),
     c("Ah, ¿y cómo es eso de postular?", None),
     t("Le mando la información por correo con la cotización y lo revisa tranquilo."),
     c("Ya, mándemela.", None)]))

# d07 -- Santiago de los Caballeros, cooperative loan (banking), usted. Better links the loan to the lost sales and is upfront about the insurance.
_o = c("Buenas, yo tengo un colmado en Gurabo y quiero un préstamo pa' comprar un freezer y surtir más. ¿Qué necesito?", None)
PAIRS.append(rpair(
    "esb3r_d07_santiago_rd_prestamo_colmado",
    "A corner-shop (colmado) owner in Santiago de los Caballeros asks a savings cooperative for a loan to buy a freezer and stock; a bank once sold him insurance he did not ask for.",
    [_o,
     t("Buenas, bienvenido. ¿Qué le pasa ahora sin el freezer? ¿Está perdiendo ventas?"),
     c("Claro, la gente me pide la cerveza bien fría y pollo, y yo no tengo dónde. Se van al colmado de la esquina. Yo vendo como ocho mil pesos al día.", None),
     t("Entonces el freezer le trae ventas nuevas. ¿Cuánto cuesta el que vio, y cuánto quiere para mercancía?"),
     c("El freezer son 45 mil, y con 30 mil más surto. Pero le digo una cosa: en un banco me metieron un préstamo con un seguro que yo no pedí y terminé pagando el doble.", "bad_experience"),
     t("Por eso se lo digo todo claro: 75 mil a 18 meses, cuota de unos 5,200, con seguro de vida incluido, que aquí es obligatorio. Con lo que usted vende, es una cuota que puede llevar. Le hago la tabla de pagos por escrito y la revisa antes de firmar."),
     c("Así sí. Démela, que la veo con mi esposa esta noche.", "think_it_over")],
    [_o,
     t("Buenas. Para préstamo necesita cédula, el registro del negocio y estados de cuenta de tres meses. ¿Cuánto quiere?"),
     c("Unos 75 mil, pa' un freezer y mercancía.", None),
     t("Con 75 mil a 18 meses le queda una cuota de unos 5,200. ¿Puede con eso?"),
     c("Creo que sí. Pero en un banco me metieron un seguro que no pedí y pagué el doble.", "bad_experience"),
     t("Aquí el seguro de vida viene incluido, es normal. Traiga los papeles y lo sometemos."),
     c("Bueno, déjeme ver si tengo todo.", None)]))

# d08 -- Houston, mobile carrier (chat), US Spanish. Better asks about usage first and fits a capped plan to the mother's fear of bill shock.
_o = c("hola quiero agregar 2 lineas para mis hijos, tienen 13 y 15. cuanto me saldria", None)
PAIRS.append(rpair(
    "esb3r_d08_houston_lineas_hijos",
    "A mother in Houston chats with her mobile carrier to add two lines for her teenage children; she was once hit by a huge bill elsewhere.",
    [_o,
     t("¡Hola! Con gusto. Antes de darte precio, ¿qué uso le van a dar? ¿Ven videos o juegan fuera de casa, o casi siempre están en wifi?"),
     c("casi siempre en wifi, en la casa y la escuela. lo q me preocupa es q se gasten los datos y me llegue un bill gigante como me paso con mi otra compañia", "bad_experience"),
     t("Entendido. Entonces te conviene el plan con tope: cuando se acaban los 5 GB baja la velocidad, pero no te cobran nada extra. Son 20 dólares por línea, y desde tu app pones horarios y ves cuánto gasta cada uno."),
     c("ah eso del tope me gusta. y los telefonos? no quiero comprar nuevos, tienen unos viejos mios", None),
     t("Perfecto: si están desbloqueados, les ponemos la SIM y listo. Te mando un enlace para comprobar si son compatibles antes de pedir nada."),
     c("ok mandame el link y lo reviso esta noche", None)],
    [_o,
     t("¡Hola! Claro. Cada línea adicional en tu plan Ilimitado son 35 dólares al mes, 70 por las dos."),
     c("70?? es mucho, y mis hijos casi siempre estan en wifi", "too_expensive"),
     t("También está el plan de 5 GB a 20 por línea. Si se pasan, se cobran 10 dólares por cada GB extra."),
     c("uy no, con mi otra compañia me paso eso y me llego un bill gigante", "bad_experience"),
     t("Entiendo. Puedes vigilar el uso desde la app. ¿Te agrego las dos de 20?"),
     c("dejame pensarlo y te escribo", "think_it_over")]))

# d09 -- Guayaquil, clinical laboratory (healthcare), usted. Better finds the real worry (heart) and suggests the relevant, cheaper tests.
_o = c("Buenos días. Quiero hacerme el chequeo completo, ese paquete grande. Es que a un compañero del trabajo le dio un infarto y me asusté.", None)
PAIRS.append(rpair(
    "esb3r_d09_guayaquil_chequeo_laboratorio",
    "A 52-year-old man in Guayaquil asks a clinical laboratory for the big check-up package after a colleague had a heart attack.",
    [_o,
     t("Buenos días. Entiendo el susto. ¿Tiene alguna molestia, o es más para saber cómo está? ¿Trae orden de algún médico?"),
     c("No tengo molestias. Orden no tengo. Es que ya tengo 52 y mi papá era hipertenso.", None),
     t("Entonces lo que a usted le interesa es el riesgo del corazón. El paquete grande trae tiroides, hormonas y otras pruebas que no le dicen mucho de eso. Le sugiero el perfil cardiovascular: colesterol completo, glucosa, triglicéridos y electrocardiograma, 65 dólares, y la presión se la tomamos aquí."),
     c("Ah, yo pensé que el grande era mejor. ¿Y si sale algo?", None),
     t("Si sale algo alterado, la doctora del laboratorio se lo explica sin costo y le dice a qué especialista ir. Venga en ayunas de ocho horas, mañana desde las siete."),
     c("Ya, mañana vengo temprano.", None)],
    [_o,
     t("Buenos días. Sí, el chequeo ejecutivo completo incluye 32 pruebas, desde hemograma hasta marcadores tumorales. Está en 180 dólares."),
     c("Uy, 180. Está caro. ¿Eso incluye lo del corazón?", "too_expensive"),
     t("Incluye perfil lipídico y electrocardiograma. También tenemos el básico de 65 con lo cardiovascular."),
     c("Ah, ya. ¿Y cuál me conviene?", None),
     t("Depende de usted. El completo es más seguro porque revisa todo. Tiene que venir en ayunas."),
     c("Voy a ver. Me lo pienso y vengo mañana.", "think_it_over")]))

# d10 -- Managua, university admissions (Messenger chat), vos. Better adapts to his job and budget and finds the employer discount.
_o = c("buenas, queria info de ingenieria en sistemas. yo trabajo en un call center en las mañanas", None)
PAIRS.append(rpair(
    "esb3r_d10_managua_universidad_sistemas",
    "A 19-year-old in Managua who works mornings in a call centre messages a university about the systems engineering degree; money is tight.",
    [_o,
     t("Buenas, con gusto. ¿Qué horario tenés en el call center? ¿Y qué te atrae de sistemas: programar, redes?"),
     c("de 6 a 1. me gusta programar, ya hice unos cursos de python en linea. pero nose si voy a poder con todo", None),
     t("Tenemos turno nocturno, de 5:30 a 9, lo toman muchos que trabajan. Y con tus cursos de Python podés hacer examen de suficiencia de Programación I y no pagarla. ¿Cuánto podés pagar al mes, más o menos?"),
     c("como 3000 cordobas. la mensualidad es mas verdad?", "no_money"),
     t("Sí, son 4,200. Pero tu call center tiene convenio con nosotros: 20% de descuento, o sea 3,360. Traé una constancia de trabajo y lo vemos, y también podés aplicar a beca por rendimiento después del primer semestre."),
     c("ah no sabia lo del convenio! la pido el lunes y voy", None)],
    [_o,
     t("Buenas. La carrera dura cinco años, la mensualidad es de 4,200 córdobas y la matrícula 2,500. Tenemos laboratorios nuevos."),
     c("ok. pero yo trabajo en las mañanas, hay horario de noche?", None),
     t("Sí, el nocturno es de 5:30 a 9. Te dejo el folleto con el pensum."),
     c("4200 es un monton para mi, gano poco en el call center", "no_money"),
     t("Podés aplicar a beca, los requisitos están en la web. Las inscripciones cierran el 15."),
     c("ok lo voy a revisar", "brush_off")]))

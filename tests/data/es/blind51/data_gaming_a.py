"""Gaming pairs a01-a10 (esb51), written by hand. Costa Rica and Panama."""
from common import c, gpair, t

PAIRS = []

# 1. monologue - eco-lodge, Monteverde (CR), phone booking
o = c("Buenas, diay, ¿me puede ayudar? Ando viendo para ir a Monteverde el fin de semana del 15 con la familia.", None)
PAIRS.append(gpair(
    "esb51g_monteverde_ecolodge", "eco-lodge, Monteverde (Costa Rica)", "monologue",
    "A mother from Heredia phones a cloud-forest lodge to book a weekend for five, including her 78-year-old mother who walks with a cane.",
    [o,
     t("Con mucho gusto. ¿Cuántas personas serían y qué tienen ganas de hacer por allá?"),
     c("Somos cinco: mi esposo, los dos güilas y mi mamá. Ella tiene 78 y anda con bastón, entonces nada de caminatas largas.", None),
     t("Entendido, algo tranquilo y sin gradas para su mamá. ¿Así es?"),
     c("Exacto. La vez pasada fuimos a otro hotel y la cabina estaba en un guindo, qué torta. Y tampoco queremos gastar un montón.", None),
     t("Tenemos dos cabinas en planta baja, a veinte metros del restaurante, con camino de cemento. ¿Qué presupuesto manejan por noche, más o menos?"),
     c("Diay, como unos 90 mil por noche para todos, máximo.", None),
     t("La cabina familiar baja sale en 82 mil con desayuno para los cinco. Y el tour de noche lo podemos hacer en el jardín del hotel, que es plano. ¿Se la guardo 24 horas mientras lo habla con su esposo?"),
     c("Ay sí, qué tuanis. Guárdemela y mañana le confirmo.", None),
     t("Listo, queda a su nombre hasta mañana a las 6. Le mando fotos del camino al WhatsApp para que su mamá vea cómo es.")],
    [o,
     t("¡Qué buena decisión! ¿Qué tipo de experiencia busca? Porque mire, aquí tenemos el canopy más largo de la zona, puentes colgantes, tour de café, tour de noche con tarántulas, spa con piedras volcánicas..."),
     c("Ajá, pero es que vamos con mi mamá, que...", None),
     t("¡Perfecto, en familia! Para familias el paquete Aventura Total es un éxito: canopy, puentes, caballos y cena típica, 145 mil por noche, y los güilas se vuelven locos con el tobogán."),
     c("Ehh... 145 es bastante más de lo que teníamos pensado.", "too_expensive"),
     t("Es que es una inversión en la experiencia, ¿verdad? Además el spa tiene hidromasaje, la vista al bosque nuboso es increíble y el desayuno es bufé con gallo pinto de fogón."),
     c("Ya, ya. Mire, mejor le escribo después, ¿sí?", "brush_off"),
     t("¡Claro! ¿Hay algo más en lo que le pueda ayudar hoy? Le dejo por WhatsApp el link del Aventura Total.")],
))

# 2. closing_as_open_question - expat real estate, Tamarindo (CR)
o = c("Hola, buenas. Mi esposa y yo estamos... eh... mirando condos en Tamarindo. Es primera vez que vivimos en Costa Rica.", None)
PAIRS.append(gpair(
    "esb51g_tamarindo_condos", "real estate for expats, Tamarindo (Costa Rica)", "closing_as_open_question",
    "A retired Canadian couple, speaking careful learner's Spanish, walk into a beach real-estate office; they have only visited in the dry season.",
    [o,
     t("Bienvenidos. ¿Qué los trae a Tamarindo y cuánto tiempo piensan quedarse al año?"),
     c("Nosotros jubilamos el año pasado. Queremos vivir aquí... tal vez seis meses cada año. Pero no estamos seguros cien por ciento.", None),
     t("Es normal no estar seguros todavía. ¿Ya han pasado aquí una temporada de lluvias?"),
     c("No, solo venimos en febrero. Siempre sol, muy bonito.", None),
     t("Entonces les digo algo honesto: mucha gente alquila primero tres meses, incluyendo setiembre u octubre, antes de comprar. ¿Qué les parece?"),
     c("Hmm, bueno... pero un amigo dice que los precios suben mucho cada año.", None),
     t("Suben, pero no tan rápido en esta zona. Les puedo mostrar dos condos con título propio, fuera de la zona marítima, y uno para alquiler largo. Y les recomiendo un abogado independiente, no el nuestro."),
     c("Okay, me gusta. ¿Podemos ver el martes?", None),
     t("El martes a las 9 les queda bien, antes del calor. Les mando las direcciones por WhatsApp.")],
    [o,
     t("¡Bienvenidos! Cuénteme, ¿qué necesitarían ver hoy para sentirse listos para firmar la opción de compra?"),
     c("Eh... ¿hoy? No, no. Nosotros solo mirando, primera vez.", "brush_off"),
     t("Claro, claro. ¿Y qué tendría que pasar para que este condo frente al mar sea su hogar antes del fin de semana?"),
     c("Yo no sé. Mi esposa quiere esperar y pensar. Es mucho dinero.", "think_it_over"),
     t("Entiendo perfectamente. ¿Y cómo prefieren manejar el depósito de reserva, por transferencia o con tarjeta?"),
     c("¿Depósito? No, señor. Yo no dije que queremos comprar.", "no_need"),
     t("Por supuesto. ¿Y qué les impide dar ese paso hoy, si el precio es de preventa?"),
     c("Me impide usted. Gracias, bye.", None)],
))

# 3. pitch_as_paraphrase - internet provider, Pérez Zeledón (CR), WhatsApp chat
o = c("buenas, el internet se me cae todas las tardes y doy clases virtuales, ya no se que hacer", None)
PAIRS.append(gpair(
    "esb51g_perezzeledon_internet", "internet provider, San Isidro de El General (Costa Rica)", "pitch_as_paraphrase",
    "A schoolteacher who teaches online from home writes to her provider's WhatsApp: the connection drops every afternoon.",
    [o,
     t("Buenas tardes, qué mala nota en plena clase. ¿A qué hora se cae más o menos? ¿Se cae del todo o solo se pone lento?"),
     c("como de 3 a 5, se congela el zoom y a veces el wifi desaparece", None),
     t("¿El módem está en el mismo cuarto donde da clases? ¿Y cuántos aparatos hay conectados a esa hora?"),
     c("no, esta en la sala y yo estoy en el cuarto del fondo. a esa hora llegan mis hijos y se pegan al cel y a la tele", None),
     t("Entonces pueden ser dos cosas: la señal llega débil al cuarto y a esa hora se reparte entre todos. Le puedo mandar un técnico sin costo a revisar la línea y dónde está el módem. ¿Le sirve el jueves en la mañana?"),
     c("el jueves en la mañana tengo clase, no puedo", "no_time"),
     t("Entendido. ¿Y el sábado entre 8 y 11?"),
     c("sabado si, pura vida", None),
     t("Listo, queda el sábado. Si el técnico ve que es por la distancia, le explico las opciones con precio antes de cambiarle nada.")],
    [o,
     t("Buenas tardes, entiendo su frustración. A ver si le entendí bien: lo que usted necesita es el plan Fibra 300 a 29.900 al mes, ¿verdad?"),
     c("no se, yo solo quiero que no se caiga. ya pago 18 mil por el de 20 megas", None),
     t("Claro, entonces lo que escucho es que busca velocidad y estabilidad, o sea el Fibra 300 con el router wifi 6, ¿correcto?"),
     c("eso sale mas caro y no se si es la velocidad, antes funcionaba bien", "too_expensive"),
     t("Lo que usted me está diciendo es que quiere invertir en una conexión de calidad para sus clases, ¿cierto? Con el Fibra 300 le regalamos el primer mes."),
     c("yo no dije eso. no ocupo plan nuevo, ocupo que revisen la linea", "no_need"),
     t("Perfecto, entonces le confirmo: migración a Fibra 300 con revisión incluida, ¿le parece?"),
     c("diay no, asi no. mejor llamo al centro de servicio. chao", None)],
))

# 4. upsell_as_loop_closing - car rental, Liberia airport (CR)
o = c("Buenas, tengo una reserva a nombre de Solano. Ocupo salir rápido, que vamos para Nosara y no quiero agarrar la noche en esa calle.", None)
PAIRS.append(gpair(
    "esb51g_liberia_carrental", "car rental, Liberia airport (Costa Rica)", "upsell_as_loop_closing",
    "A Costa Rican back from abroad picks up a prepaid SUV at the airport counter with his wife and toddler, in a hurry to reach Nosara before dark.",
    [o,
     t("Buenas, con gusto, ya la busco. ¿Es la del Suzuki Vitara por cinco días?"),
     c("Esa misma. ¿Cuánto me va a salir al final? Porque en la página decía una cosa y ya otras rentadoras me han salido con sorpresas.", "bad_experience"),
     t("Le entiendo. El seguro obligatorio de responsabilidad no venía en el prepago, son 18 dólares por día, eso es de ley. Todo lo demás es opcional y no lo necesita para salir."),
     c("Ah bueno, al menos me lo dice claro. ¿Y el Vitara llega bien a Nosara?", None),
     t("Sí, es 4x4. ¿Piensan irse por el río Montaña o por Nicoya, que es pavimentado casi todo?"),
     c("Por Nicoya, que vamos con el chiquito.", None),
     t("Buena idea. Entonces firma aquí: 90 dólares de seguro por los cinco días, y el carro está en la fila dos. Le marco la ruta en el mapa."),
     c("Tuanis, gracias.", None)],
    [o,
     t("¡Bienvenido! Para que su experiencia sea completa, ¿qué más le puedo agregar hoy? ¿GPS, silla de bebé, wifi portátil?"),
     c("Nada, solo el carro que ya pagué. Tenemos Waze.", "no_need"),
     t("Perfecto. Y para cerrar bien, ¿le agregamos la cobertura total cero deducible? Son solo 35 dólares por día."),
     c("No, mae, mi tarjeta ya cubre eso. Qué va.", "no_need"),
     t("Entendido. ¿Hay algo más que necesite para sentirse tranquilo? Le puedo subir a una Fortuner por 20 dólares diarios, más espacio para el chiquito."),
     c("Ya le dije que no, y vamos tarde. Ocupo salir ya, no tengo tiempo para esto.", "no_time"),
     t("Claro que sí. Y para cerrar el ciclo, ¿le dejo la gasolina prepagada? Así lo devuelve vacío."),
     c("No. Las llaves, por favor.", "no_need")],
))

# 5. leading_tag_questions - coffee farm selling to a café, Tarrazú (CR)
o = c("Hola, buenas. Me pasaron su número, tengo una cafetería en Escalante y ando buscando otro proveedor de café.", None)
PAIRS.append(gpair(
    "esb51g_tarrazu_coffee_b2b", "coffee farm and roaster, Tarrazú (Costa Rica), B2B", "leading_tag_questions",
    "The owner of a small café in Barrio Escalante calls a Tarrazú farm that roasts its own beans, looking for a new supplier.",
    [o,
     t("Qué dicha. ¿Qué le pasa con el proveedor que tiene ahora, o qué le gustaría cambiar?"),
     c("Diay, el café está bien, pero a veces me llega tostado de hace un mes y los clientes lo notan.", None),
     t("Eso pesa mucho en una cafetería. ¿Cuánto café gasta por semana y qué tueste usa?"),
     c("Unos doce kilos, tueste medio. Mis clientes son de oficina, gente que quiere algo rico pero no muy ácido.", None),
     t("Para eso le iría bien nuestro caturra de 1.600 metros, tueste medio. Tostamos los lunes y le llega el miércoles. El kilo sale en 11 mil."),
     c("Mmm, ahorita estoy pagando 9.500.", "too_expensive"),
     t("Sí, es más. Lo que le propongo es mandarle dos kilos de muestra sin costo para que lo pruebe en su máquina una semana. Si no le convence, no pasa nada."),
     c("Eso me parece justo. Mándelos.", None),
     t("Se los mando el miércoles con la fecha de tueste en la bolsa. El lunes siguiente la llamo para ver qué dijeron sus clientes.")],
    [o,
     t("¡Qué dicha! Usted busca calidad de verdad, ¿verdad que sí?"),
     c("Bueno, sí, claro. Sobre todo que llegue fresco.", None),
     t("Y seguro va a querer nuestro geisha de altura, que es lo mejor de Tarrazú, ¿no es cierto?"),
     c("¿Geisha? No sé... mis clientes son gente de oficina, piden capuchino.", "no_need"),
     t("Pero sus clientes se merecen lo mejor, ¿no le parece? Y a 24 mil el kilo es una inversión que se paga sola, ¿cierto?"),
     c("¿24 mil? Mae, no, con eso quiebro. Gasto doce kilos por semana.", "no_money"),
     t("Pero usted quiere diferenciarse de la competencia, ¿verdad? No se va a quedar con un café del montón, ¿o sí?"),
     c("Déjeme pensarlo y yo le aviso.", "think_it_over"),
     t("Claro. Le dejo apuntado el geisha entonces, ¿verdad?")],
))

# 6. putdown_question - bank, remittance pickup, Panama City
o = c("Buenas, mire, vengo por una remesa que me mandó mi hijo de Nueva York y la muchacha de ayer me dijo que está retenida. Ya es la segunda vez que vengo, ayala.", None)
PAIRS.append(gpair(
    "esb51g_panama_chorrillo_remesa", "bank branch, remittance pickup, Panama City", "putdown_question",
    "A woman in her sixties from El Chorrillo comes back for a remittance from her son in New York that the system has held.",
    [o,
     t("Buenas, señora, siento que haya tenido que venir dos veces. ¿Me presta la cédula y el número de envío para ver qué pasó?"),
     c("Aquí está. Es el código que me mandó por WhatsApp.", None),
     t("Gracias. Ya veo: su hijo puso su nombre sin el segundo apellido y el sistema la retuvo para revisión. No es nada grave. ¿Usted puede hablar con él ahorita?"),
     c("Sí, pero él está trabajando. Y yo ocupo esa plata hoy para pagar la luz.", None),
     t("Entiendo la urgencia. Con su cédula y una foto del recibo de envío de él, la puedo liberar aquí mismo sin que él tenga que llamar. ¿Le puede mandar la foto?"),
     c("Déjeme escribirle... ya, mire, aquí está.", None),
     t("Perfecto. Listo, liberada: son 250 dólares. ¿Los quiere en efectivo o a su cuenta? Y le anoto que la próxima vez ponga los dos apellidos."),
     c("En efectivo, mi amor. Gracias, usted sí me ayudó.", None)],
    [o,
     t("Buenas. Tranquila, señora, ¿por qué se altera tanto? ¿Qué fue exactamente lo que pasó?"),
     c("¡No me estoy alterando! Le digo que vine ayer y hoy y la plata no sale.", None),
     t("Ajá. ¿Y usted está segura de que su hijo sí la mandó, o será que se confundió de fecha?"),
     c("Claro que la mandó, aquí tengo el código. ¿Usted me está diciendo mentirosa?", None),
     t("No, no, solo quiero entender su necesidad. ¿Usted entiende que estas cosas pasan cuando la gente no llena bien los datos, verdad?"),
     c("¿Y cuál dato? Dígame qué hay que hacer y ya.", None),
     t("¿No será que usted no trajo la cédula correcta? Para estar seguros, ¿cómo se siente con nuestro servicio hoy?"),
     c("Me siento pésimo. Llámeme al supervisor, por favor.", None)],
))

# 7. not_my_department_or_read_the_terms - freight forwarder, Colón Free Zone / Manzanillo (Panama)
o = c("Ey, buenas. Tengo un contenedor parado en Manzanillo desde el lunes y nadie me dice nada. Cada día me está costando almacenaje.", None)
PAIRS.append(gpair(
    "esb51g_colon_container_hold", "freight forwarder, Colón Free Zone (Panama), B2B", "not_my_department_or_read_the_terms",
    "A Colón Free Zone importer of phone parts calls his door-to-door forwarder: his container has been held at the port since Monday.",
    [o,
     t("Buenas, déme el número del contenedor y lo reviso ya. ¿Le llegó algún aviso de aduanas o solo está parado sin explicación?"),
     c("MSKU 448 210 3. Solo me dicen 'en revisión' y ya. Y mi cliente de Bogotá me llama todo el día.", None),
     t("Ya lo tengo. Aduanas pide la factura comercial firmada; la que se subió está sin firma. ¿Usted tiene la original firmada por el proveedor?"),
     c("Chuleta, creo que la tiene mi contadora. Pero si esperamos a mañana es otro día de almacenaje.", None),
     t("Si me la manda hoy antes de las 3, yo mismo se la paso al corredor y pedimos el levante para mañana temprano. Y voy a pedir que no le cobren el día de hoy, porque el aviso nunca le llegó a usted."),
     c("Ofi, eso sí. Ahorita la llamo.", None),
     t("Perfecto. A las 4 le escribo para confirmarle si aduanas la aceptó."),
     c("Nítido, gracias, fren.", None)],
    [o,
     t("Buenas, entiendo su necesidad. Pero mire, lo de contenedores retenidos es cosa de aduanas, no de nuestro departamento."),
     c("Pero ustedes son los que me venden el servicio puerta a puerta.", None),
     t("Sí, pero si lee los términos del conocimiento de embarque, cláusula 14, dice que los atrasos de aduana corren por cuenta del consignatario. ¿Lo leyó?"),
     c("No me ponga a leer letra chiquita. ¿Qué documento falta? Eso es lo único que quiero saber.", None),
     t("Eso lo tendría que ver el corredor de aduanas. Yo no hice las reglas, señor. ¿Hay algo más en que le pueda ayudar?"),
     c("¿Algo más? Si no me ha ayudado en nada. Esta es la última vez que trabajo con ustedes.", None),
     t("Lamento que se sienta así. Le dejo el correo de servicio al cliente; ahí responden en 3 a 5 días hábiles."),
     c("Tres a cinco días son cinco días de almacenaje. ¿Me los van a pagar ustedes?", None)],
))

# 8. social_proof_or_deadline_pressure - dental tourism, Escazú (CR)
o = c("Hola, buenas. Yo vivo en Nueva Jersey pero voy para Costa Rica en diciembre, y aquí me cobran un dineral por dos implantes. ¿Ustedes cuánto cobran?", None)
PAIRS.append(gpair(
    "esb51g_escazu_dental_implants", "dental clinic for visiting patients, Escazú (Costa Rica)", "social_proof_or_deadline_pressure",
    "A Costa Rican woman living in New Jersey asks an Escazú clinic about two implants during a three-week December visit home.",
    [o,
     t("Hola, qué bueno que nos escribe. Antes de darle un número, ¿qué dientes son y qué le dijo el dentista allá?"),
     c("Las dos muelas de abajo, del lado izquierdo. Me las sacaron hace un año. Allá me cotizaron como nueve mil dólares.", None),
     t("Gracias. Algo que tiene que saber: el implante necesita tres o cuatro meses para pegar al hueso antes de la corona. ¿Cuántas semanas va a estar en diciembre?"),
     c("Tres semanas nada más. Diay, ¿entonces no da?", None),
     t("En diciembre se ponen los implantes y en un segundo viaje las coronas. Si no piensa volver en unos cuatro meses, se lo digo de una vez para que no haya sorpresas."),
     c("Mmm, en abril tal vez vuelvo para Semana Santa. Pero tengo que ver con mi esposo lo de la plata, en diciembre ya tenemos un montón de gastos.", "think_it_over"),
     t("Claro. Para que lo hablen con números reales, mándeme la radiografía panorámica que le hicieron allá y le preparo una cotización por escrito, con las dos etapas separadas."),
     c("Ah bueno, eso sí. Se la mando hoy en la noche.", None),
     t("Perfecto. La doctora Vargas la revisa y el viernes le mando la cotización, sin compromiso.")],
    [o,
     t("¡Hola! Qué bueno. ¿Sabe qué? Casi todos los pacientes que vienen de Nueva Jersey se hacen el paquete completo con nosotros, es lo que todo el mundo está haciendo."),
     c("Ah, ok. ¿Y cuánto sería? Solo son dos implantes.", None),
     t("Dos implantes con corona, 3.200 dólares, pero ese precio solo se lo puedo sostener hasta mañana a las 12. Después sube por la temporada de diciembre."),
     c("¿Hasta mañana? Pero si ni me han visto la boca. Yo ocupo hablarlo con mi esposo.", "think_it_over"),
     t("Entiendo, es una decisión importante. Pero fíjese que ayer tres pacientes de su misma zona reservaron y solo nos quedan dos espacios en diciembre. ¿Qué necesita para asegurar el suyo hoy?"),
     c("Mire, una vez en Nicaragua me hicieron algo así, todo apurado, y me quedó mal un puente. No quiero repetir eso.", "bad_experience"),
     t("Justamente por eso tantos ticos en el exterior nos escogen, tenemos cinco estrellas en Google. Con 300 de depósito le congelo el precio."),
     c("No, gracias. Prefiero comparar con otras clínicas con calma.", "think_it_over")],
))

# 9. keyword_stuffed - pineapple packer buying from a small farmer, Pital de San Carlos (CR)
o = c("Buenas, ¿usted es el de la empacadora? Diay, me dijeron que andan comprando piña por la zona.", None)
PAIRS.append(gpair(
    "esb51g_pital_pineapple_buyer", "pineapple packing plant buying from growers, Pital de San Carlos (Costa Rica), B2B", "keyword_stuffed",
    "A small MD-2 pineapple grower with eight hectares stops a packing-plant buyer at the village feria; his last buyer paid late.",
    [o,
     t("Así es, don. Soy Andrés, de la Empacadora del Norte. ¿Cuántas hectáreas tiene y para cuándo le viene la cosecha?"),
     c("Tengo ocho hectáreas de MD-2. La primera cosecha grande me viene como en seis semanas.", None),
     t("¿Y a quién le vendía antes, y cómo le fue?"),
     c("A un intermediario, pero me pagaba a los 60 días y a veces ni eso.", None),
     t("Qué mala experiencia. Nosotros pagamos a 15 días por transferencia, con contrato firmado donde sale el precio por kilo y el calibre."),
     c("Mmm, el otro también me prometió y ya ve. Palabra no me sirve.", "bad_experience"),
     t("Tiene toda la razón en desconfiar. Le doy el teléfono de tres productores de Pital que nos venden hace dos años, para que les pregunte usted mismo."),
     c("Eso sí me gusta. ¿Y el precio, cuánto andan pagando?", None),
     t("Ahorita 200 colones el kilo de primera, puesto en planta. Le dejo el contrato para que lo lea con calma y lo vemos el jueves en su finca, ¿le parece?"),
     c("Diay sí, venga el jueves.", None)],
    [o,
     t("¡Buenas, don! Para nosotros lo más importante es entender sus necesidades y su experiencia como productor, para construir juntos una relación de éxito."),
     c("Ajá... ¿pero compran o no compran?", None),
     t("Claro, y entiendo perfectamente cómo se siente. Nuestra visión es que cada productor sienta que su éxito es nuestro éxito, en una relación de confianza y valor compartido."),
     c("Diay, muy bonito. ¿Y a cuántos días pagan? El último me quedó debiendo.", None),
     t("Lo que escucho es que para usted es importante sentirse valorado y acompañado. Nuestra experiencia de pago está pensada para su éxito y su tranquilidad."),
     c("Pero eso no me dice nada, mae. ¿Quince días, treinta, sesenta?", None),
     t("Entiendo su necesidad de claridad. ¿Cómo se siente con todo lo que le he compartido?"),
     c("Como que no me dijo nada. Mejor espero al de la otra empacadora, ese por lo menos da números.", None)],
))

# 10. rude - eco-lodge over the water, Bocas del Toro (Panama), chat
o = c("xopa, buenas. tengo reserva para el viernes pero el vuelo a bocas se atraso y llego como a las 9 pm. hay problema?", None)
PAIRS.append(gpair(
    "esb51g_bocas_lodge_latearrival", "eco-lodge, Bocas del Toro (Panama)", "rude",
    "A young woman from Panama City chats with an island lodge: her flight is late and she will land after the lodge's last boat.",
    [o,
     t("¡Hola! Ningún problema, tranquila. ¿Me confirmas el nombre de la reserva? Así le aviso al lanchero."),
     c("Yaritza Camarena, la cabaña sobre el agua", None),
     t("Listo, ya la vi. Nuestro último bote sale de Isla Colón a las 8, pero te puedo coordinar un taxi acuático a las 9:30. Sale en 15 dólares. ¿Te sirve?"),
     c("15 mas? ayala. no hay otra forma?", "too_expensive"),
     t("Te entiendo. La otra opción es dormir esa noche en Isla Colón y venirte en el bote gratis de las 8 am. Pero pierdes la noche de la cabaña, que ya está pagada."),
     c("no, mejor pago el taxi, no voy a perder la noche", None),
     t("Me parece bien. Te paso el número del lanchero, Eric; te espera en el muelle con un letrero con tu nombre."),
     c("nitido, gracias!!", None)],
    [o,
     t("Hola. Pues sí hay problema, el check in es hasta las 7, eso dice clarito en la confirmación."),
     c("si ya se, por eso pregunto. el vuelo se atraso, no es culpa mia", None),
     t("Ajá. ¿Y qué quieres que haga yo? ¿Que te espere con la lanchita a medianoche?"),
     c("oye tranquilo. solo pregunto si hay alguna opcion", None),
     t("Mira, si quieres te consigo un taxi acuático, 25 dólares. Si no, te quedas en Isla Colón. Tú verás, tengo más gente que atender."),
     c("25?? wow. y ni me dices como se llama el lanchero ni nada", "too_expensive"),
     t("Es lo que hay. ¿Algo más? ¿Cómo calificarías tu experiencia hoy del 1 al 10?"),
     c("un 1. voy a poner la queja en booking", None)],
))

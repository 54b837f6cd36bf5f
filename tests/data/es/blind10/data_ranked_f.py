"""Ranked pairs f01-f10 (esb10): both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 operadora móvil, Vigo, hablado - fault: argues with the customer
o = c("Hola, buenas. Mira, es que me ha venido en la factura un cargo de 38 euros de datos, pone algo de roaming, y yo solo crucé a Portugal a comer. ¿En Europa no era gratis?", None)
t1 = t("Hola. Vamos a mirarlo. ¿Es la línea desde la que llamas? ¿Qué día cruzaste?")
c2 = c("Sí, esta. El sábado 3, a Valença, a comer, ni dos horas. Y casi no usé nada, el WhatsApp y poco más.", None)
t3 = t("Lo veo: el cargo no es de Portugal, es de una red marítima. A las 15:12 tu móvil se enganchó a la antena de un barco o de un servicio de costa, y eso no entra en el roaming europeo.")
c4 = c("¿De un barco? Yo estaba en un restaurante al lado del río, ni me enteré. ¿Y eso lo tengo que pagar yo?", None)
t7 = t("Te llega un SMS con el número de reclamación y en unos diez días tienes respuesta. Te activo también el bloqueo de redes marítimas, sin coste.")
PAIRS.append(rpair(
    "esb10r_f01_vigo_roamingmaritimo",
    "Operadora móvil (Vigo). Cliente reclama 38 euros de datos tras comer en Valença (Portugal).",
    [o, t1, c2, t3, c4,
     t("Es normal que no te enteres: el móvil elige la antena solo, y en la frontera del Miño pasa bastante. Abro reclamación para anular los 38 euros; en estos casos suele salir a favor, aunque no te lo puedo garantizar."),
     c("Ah, bueno, si suele salir, genial. Gracias por explicármelo.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Hombre, el móvil no se engancha a un barco si no tienes los datos activos. Si estás en la frontera, lo suyo es vigilarlo; no es culpa nuestra. Abro reclamación, pero ya te digo que lo más probable es que esté bien cobrado."),
     c("Pues perdona, pero yo no tengo por qué saber qué antena coge mi móvil. Si lo tienes tan claro, no sé para qué reclamas.", None),
     t7]))

# f02 seguro de hogar, Madrid (Tetuán), chat - fault: doubts the customer's honesty
o = c("hola, me han robado la bici electrica del garaje comunitario, tengo el seguro de hogar con vosotros. como hago el parte?", None)
t1 = t("Hola, siento lo de la bici. Te ayudo con el parte. ¿Cuándo fue y has puesto ya la denuncia?")
c2 = c("anoche o esta madrugada, la vi a las 10 y esta mañana ya no estaba. denuncia puesta esta mañana en la comisaria de tetuan", None)
t3 = t("Bien hecho. Tu póliza cubre robo en garajes comunitarios con señales de fuerza, hasta 1.500 €. ¿Estaba atada con candado? ¿Hay señales de que forzaran algo?")
c4 = c("si, con un candado en U a la barra. lo han cortado, esta tirado en el suelo. y la puerta del garaje no cierra bien desde hace meses, los vecinos lo saben", None)
t7 = t("Cuando lo tenga abro el siniestro, y un perito te llamará en unos 5 días hábiles.")
PAIRS.append(rpair(
    "esb10r_f02_madrid_robobici",
    "Aseguradora de hogar (Madrid). Asegurado da parte del robo de su bici eléctrica del garaje.",
    [o, t1, c2, t3, c4,
     t("El candado cortado es justo la prueba de fuerza que necesitamos: hazle fotos y guárdalo. Mándame la denuncia, la factura de la bici y las fotos."),
     c("genial, te lo mando todo ahora. la factura la tengo en el correo", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Vale. Una cosa: ¿seguro que no te la dejaste sin candado? Es que con bicis eléctricas vemos muchos partes que luego no cuadran. Mándame la denuncia, la factura y las fotos."),
     c("perdona?? el candado cortado esta en el suelo, te mando la foto. me parece fatal que insinues eso", None),
     t7]))

# f03 autoescuela, Zaragoza, hablado - fault: drops the price before asking what is being compared
o = c("Hola, buenas. Quería información del carnet de coche. Es para mi hija, ¿eh?, que acaba de cumplir dieciocho.", None)
t1 = t("Hola, encantada. ¿Ha empezado ya con el teórico en algún sitio o empieza de cero?")
c2 = c("De cero. Está en segundo de bachiller y va muy liada con la selectividad.", None)
t3 = t("Entonces lo que mejor le va es el teórico online, a su ritmo, y las prácticas en verano, después de selectividad. ¿Quieres que te diga precios?")
c4 = c("Sí, claro, ¿cuánto es todo? Porque en otra autoescuela me han dicho 600 y pico.", None)
t7 = t("Claro. Te doy el folleto con todo por escrito y, cuando termine la selectividad, la esperamos para la primera práctica.")
PAIRS.append(rpair(
    "esb10r_f03_zaragoza_autoescuela",
    "Autoescuela (Zaragoza). Madre pide información del carnet B para su hija.",
    [o, t1, c2, t3, c4,
     t("Matrícula con teórico online, 190; cada práctica, 32. Lo que más varía es cuántas prácticas necesita, la media son unas 20. ¿Esos 600 incluían prácticas? Es para que compares lo mismo."),
     c("Creo que incluía diez prácticas. Lo miro y comparo con calma.", "think_it_over"),
     t7],
    [o, t1, c2, t3, c4,
     t("Mira, para que no te vayas a la otra: te lo dejo en 150 de matrícula y las prácticas a 28. Es un precio que no hago a todo el mundo, ¿eh?"),
     c("Ah... ¿y por qué me lo bajas tanto de golpe? Me da un poco de mala espina. Lo miro y comparo con calma.", "think_it_over"),
     t7]))

# f04 fisioterapia, Sevilla (Nervión), hablado - fault: an unasked lecture
o = c("Buenas, tengo cita a las cinco. Me torcí el tobillo jugando al pádel hace cinco días y sigue hinchado.", None)
t1 = t("Buenas, pasa. ¿Cómo fue, el pie se te fue hacia dentro? ¿Pudiste seguir jugando?")
c2 = c("Hacia dentro, sí, al ir a por una bola. Sonó un crack y tuve que dejarlo. En urgencias me dijeron esguince de grado dos, sin rotura.", None)
t3 = t("Vale, con la radiografía limpia. Voy a explorarte, bajar la hinchazón y vendar. ¿Cuándo tienes pensado volver a jugar?")
c4 = c("Tenemos un torneo en tres semanas, la liga del club. ¿Llego?", None)
t7 = t("Túmbate en la camilla. Al final de la sesión te doy la hoja de ejercicios para casa.")
PAIRS.append(rpair(
    "esb10r_f04_sevilla_esguincepadel",
    "Clínica de fisioterapia (Sevilla). Jugador de pádel de 45 años con un esguince de tobillo.",
    [o, t1, c2, t3, c4,
     t("Con un grado dos, tres semanas es justo pero posible si haces los ejercicios en casa. Lo que no te puedo prometer es jugar a tope. Empezamos hoy y en la tercera sesión lo vemos."),
     c("Vale, me vale. Dime qué ejercicios y los hago.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Con un grado dos, tres semanas es justo. Y ya que estás aquí: el pádel a los 45 y sin calentar es lo peor para las articulaciones; deberías perder unos kilos y hacer fuerza antes de meterte en torneos. Empezamos hoy y en la tercera sesión lo vemos."),
     c("Vale, vale... Yo venía por el tobillo, no a que me riñeran. Pero bueno, empezamos.", None),
     t7]))

# f05 ayuntamiento, Barakaldo, hablado - fault: a vague next step
o = c("Egun on. A ver, tengo un bar en Barakaldo, en la calle Zuberoa, y quiero poner una terraza con cuatro mesas. Me han dicho que se pide aquí.", None)
t1 = t("Egun on. Sí, aquí. ¿Qué anchura tiene la acera delante del bar, más o menos? ¿La quieres todo el año o solo en temporada?")
c2 = c("Unos cuatro metros. Todo el año, si se puede, que los fumadores en invierno también salen.", None)
t3 = t("Con cuatro metros caben, dejando 1,80 de paso para peatones. Todo el año la tasa son 62 euros por mesa. Necesitas un plano sencillo de dónde van las mesas y el seguro de responsabilidad civil del bar.")
c4 = c("¿Doscientos cincuenta al año por cuatro mesas? Caro, ¿eh? Bueno, si no queda otra...", "too_expensive")
t7 = t("Te apunto mi nombre en la hoja; pregunta por mí cuando vengas.")
PAIRS.append(rpair(
    "esb10r_f05_barakaldo_terrazabar",
    "Ayuntamiento, licencias de vía pública (Barakaldo). Hostelero pide permiso de terraza.",
    [o, t1, c2, t3, c4,
     t("Es la tasa de la ordenanza, no la puedo rebajar. Me traes plano y seguro, te registro la solicitud en el momento, y la resolución llega en un mes como mucho; si a las tres semanas no sabes nada, llama a la extensión 3214."),
     c("Vale, pues el lunes te lo traigo todo.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Es la tasa de la ordenanza, no la puedo rebajar. Tráelo todo cuando puedas y ya te diremos algo."),
     c("¿Ya me diréis algo cuándo? Es que quería ponerla para Semana Santa y no sé si llego.", None),
     t7]))

# f06 casa rural, El Cedro (La Gomera), chat - fault: over-promises
o = c("hola! somos 6 amigos, queremos ir a la gomera en febrero a hacer senderismo por garajonay. vuestra casa esta cerca de los senderos?", None)
t1 = t("¡Hola! Estamos en El Cedro, a 10 minutos a pie del sendero que sube al Alto de Garajonay. ¿Qué nivel tenéis y cuántos días queréis caminar?")
c2 = c("nivel medio, caminamos casi todos los findes. 4 dias, queremos hacer el barranco de el cedro y subir al alto", None)
t3 = t("Los dos salen casi de la puerta. La casa para 6, 4 noches en febrero, son 560 €.")
c4 = c("buen precio. una duda, en febrero hara buen tiempo? y los senderos estaran abiertos? el año pasado fuimos a otro sitio y nos cerraron rutas por el viento, fue un chasco", "bad_experience")
t7 = t("Perfecto, os guardo la casa hasta el viernes sin compromiso.")
PAIRS.append(rpair(
    "esb10r_f06_lagomera_senderismo",
    "Casa rural (El Cedro, La Gomera). Grupo de senderistas pregunta por febrero.",
    [o, t1, c2, t3, c4,
     t("Te soy sincera: en febrero lo normal es que haga bueno, pero un par de días de niebla o lluvia es posible, y el Cabildo cierra senderos si hay alerta de viento. Si cierran alguno, en el sur suele haber rutas abiertas. Y se cancela gratis hasta 7 días antes."),
     c("vale, gracias por la sinceridad. lo hablo con el grupo y te digo", "think_it_over"),
     t7],
    [o, t1, c2, t3, c4,
     t("¡Tranquilos! En febrero aquí siempre hace buen tiempo y los senderos nunca cierran: os garantizo que vais a poder hacer todas las rutas. Y se cancela gratis hasta 7 días antes."),
     c("genial!! eso me deja mucho mas tranquila. lo hablo con el grupo y te digo", "think_it_over"),
     t7]))

# f07 ferretería, Granada, hablado - fault: closes before checking the part fits
o = c("Buenas. Mire, el grifo de la cocina gotea y me han dicho que es el cartucho. Traigo el viejo, a ver si tiene uno igual.", None)
t1 = t("Buenas. A ver... cartucho cerámico de 35 milímetros. ¿Gotea por el caño o por debajo de la maneta?")
c2 = c("Por el caño, gota a gota todo el día. Y la maneta va un poco dura.", None)
t3 = t("Eso cuadra con el cartucho. Tengo este genérico de 35 a 14 euros, y el original de la marca a 27.")
c4 = c("El de 14 me vale, que el grifo ya tiene sus años. Veintisiete en eso no me los gasto.", "too_expensive")
t7 = t("Son 14 euros. Guarde el ticket, por si acaso.")
PAIRS.append(rpair(
    "esb10r_f07_granada_cartuchogrifo",
    "Ferretería (Granada). Cliente trae el cartucho viejo de un grifo que gotea.",
    [o, t1, c2, t3, c4,
     t("Vale. Antes de cobrártelo, lo comparo con el viejo: tienen que coincidir la altura y las estrías del vástago... Veinte estrías los dos y la misma altura. Este te vale."),
     c("Ah, pues menos mal que lo mira, que la otra vez compré uno y no entraba.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Perfecto, pues el de 14. Te lo cobro ya; son todos iguales, este entra seguro."),
     c("¿Seguro? Porque la otra vez compré uno y no entraba, eh. Bueno, si usted lo dice.", "bad_experience"),
     t7]))

# f08 cooperativa ganadera, Lugo, hablado - fault: recommends before asking the key question
o = c("Bos días, Marisa. Oye, que las vacas me están dando menos leche desde hace un mes, y quería ver si cambio de pienso.", None)
t1 = t("Bos días, Xosé. ¿Cuánto ha bajado, más o menos, y en todas las vacas o en algunas?")
c2 = c("Unos dos litros por vaca, en casi todas. Y pago lo mismo de pienso, ¿eh?, así que la leche me sale más cara.", None)
t3 = t("Si es en casi todas, apunta a algo de la ración que comen todas. ¿Qué pienso les das ahora?")
c4 = c("El de siempre, el de 18 de proteína, el de la coope. Nunca me dio problemas.", None)
t7 = t("Hacemos una cosa: el técnico pasa el jueves, coge muestras del silo y de la ración, y decidimos con el análisis delante.")
PAIRS.append(rpair(
    "esb10r_f08_lugo_piensovacas",
    "Cooperativa ganadera (Lugo). Ganadero de leche nota que baja la producción.",
    [o, t1, c2, t3, c4,
     t("Entonces, antes de tocar el pienso: ¿habéis cambiado algo del forraje este mes, abierto un silo nuevo?"),
     c("Pues ahora que lo dices, abrimos silo hace cinco semanas, el de la hierba de mayo, que salió algo mojada.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Pues te pongo el de alta producción, el Lácteo Plus. Son 40 euros más la tonelada, pero se nota en el tanque."),
     c("¿Cuarenta más la tonelada? Con lo que nos pagan la leche... Eso es mucho para probar a ciegas.", "too_expensive"),
     t7]))

# f09 comercializadora eléctrica, A Coruña, chat - fault: unexplained jargon
o = c("hola, quiero bajar la potencia contratada porque me dicen que pago mucho de termino fijo. tengo 5,75 y vivo sola", None)
t1 = t("¡Hola! Se puede bajar, sí. ¿Qué aparatos gordos usas a la vez, por ejemplo horno, vitro y lavadora? ¿Tienes termo o calefacción eléctrica?")
c2 = c("vitro y horno si, a veces a la vez. termo electrico tambien. la calefaccion es de gas", None)
t3 = t("Gracias. Mirando tus datos del último año, tu pico máximo fue de 3,9 kW, un día de diciembre a la hora de cenar.")
c4 = c("vale. y a cuanto la bajo entonces? cuesta algo el cambio?", None)
PAIRS.append(rpair(
    "esb10r_f09_acoruna_potencia",
    "Comercializadora eléctrica (A Coruña). Clienta que vive sola quiere bajar la potencia.",
    [o, t1, c2, t3, c4,
     t("Te recomiendo 4,4 kW: deja margen sobre ese pico de 3,9. Si enciendes a la vez horno, vitro y termo, puede saltar el automático; basta con no juntar los tres. El cambio cuesta unos 11 € una sola vez y te ahorras unos 45 € al año."),
     c("ah perfecto, lo entiendo. pues hazlo", None)],
    [o, t1, c2, t3, c4,
     t("Te recomiendo 4,4 kW en P1 y P2, por encima de tu maxímetro. Ojo con el ICP si simultaneas cargas. Los derechos de acceso y enganche son unos 11 € y lo amortizas con el ahorro en el término de potencia por peajes y cargos."),
     c("perdona, no he entendido casi nada. icp? p1? me va a saltar la luz o no?", None)]))

# f10 tienda de montaña, Jaca (Huesca), hablado - fault: talks about himself instead of the customer
o = c("Hola. Voy a hacer el Camino de Santiago en mayo, desde aquí, desde Jaca, y necesito unas botas. Es la primera vez que hago algo así.", None)
t1 = t("¡Qué bien! ¿Cuántas etapas vas a hacer seguidas? ¿Y con qué calzado caminas ahora?")
c2 = c("Unos quince días, hasta Logroño o así. Ahora camino con unas zapatillas de correr viejas; por el monte, poco.", None)
t3 = t("Para quince días seguidos yo miraría una bota ligera o una zapatilla de trekking con buena amortiguación. ¿Llevarás mochila o te transportan el equipaje?")
c4 = c("Mochila, de unos 8 kilos. Y ojo, que tengo el pie ancho: las últimas botas que compré me destrozaron los pies.", "bad_experience")
t7 = t("Claro. Siéntate ahí, pruébatelas con el calcetín de caminar y luego da unas vueltas por la rampa.")
PAIRS.append(rpair(
    "esb10r_f10_jaca_botascamino",
    "Tienda de montaña (Jaca). Cliente primerizo busca calzado para el Camino aragonés.",
    [o, t1, c2, t3, c4,
     t("Con pie ancho, estas dos tienen horma ancha: la bota ligera a 129 y la zapatilla de trekking a 115. Pruébate las dos con el calcetín que vayas a llevar, a ver cuál te roza menos."),
     c("Vale, me las pruebo. La de 115 me tira más, por precio.", None),
     t7],
    [o, t1, c2, t3, c4,
     t("Yo hice el Camino francés hace tres años, desde Roncesvalles, treinta y tres días. Lo pasé fatal en la meseta, las ampollas... y eso que llevaba las mejores botas. Bueno, con pie ancho, estas dos: la ligera a 129 y la de trekking a 115."),
     c("Ah, vaya... Bueno, yo lo que quiero es que a mí no me pase. ¿Me las puedo probar?", None),
     t7]))

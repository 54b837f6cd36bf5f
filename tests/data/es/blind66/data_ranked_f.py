"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse` and the
customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 -- Gran Canaria, tienda de telefonía en Vecindario. Fault: drops the price before asking anything.
o = c("Buenas. Me ha llamado otra compañía ofreciéndome fibra y dos móviles por treinta y nueve euros, y yo aquí "
      "pago cincuenta y cinco. Vengo a ver qué me dicen ustedes.", "too_expensive")
b1 = t("Buenas. Gracias por venir antes de irse. Déjeme ver su contrato. ¿Tiene una factura a mano?")
b2 = c("Aquí en el móvil. Está a nombre de Domingo Hernández.", None)
w1 = t("Buenas. Mire, sin mirar nada: le igualo los treinta y nueve ahora mismo, lo que haga falta para que no se "
       "vaya.")
w2 = c("¿Así, sin mirar nada? Entonces llevo años pagándoles de más, ¿no? Chacho, eso me sienta fatal.",
       "bad_experience")
s3 = t("Veamos qué tiene contratado. ¿Qué usan de verdad en casa: las dos líneas, la tele, el fútbol?")
s4 = c("Las dos líneas sí. El fútbol lo puso mi hijo, que ahora estudia en La Laguna y ya no lo ve nadie.", None)
s5 = t("Entonces le quito el fútbol y le dejo la fibra y las dos líneas con los mismos gigas: treinta y nueve, lo "
       "mismo que la otra, sin cambiar de router ni de número y sin permanencia nueva.")
s6 = c("Vale, así me quedo. Pero me lo ponen por escrito, ¿eh?", None)
s7 = t("Se lo imprimo ahora mismo y lo firma con la fecha.")
PAIRS.append(rpair(
    "esb66r_f01_vecindario_contraoferta",
    "Tienda de telefonía en Vecindario (Gran Canaria). Un cliente trae una oferta de la competencia. Worse baja "
    "el precio antes de preguntar nada, y el cliente concluye que le han estado cobrando de más; better llega al "
    "mismo precio quitando lo que no usa.",
    [o, b1, b2, s3, s4, s5, s6, s7],
    [o, w1, w2, s3, s4, s5, s6, s7],
))

# f02 -- Almería, devolución de un coche de alquiler en el aeropuerto. Fault: argues with the customer.
o = c("Buenas, vengo a devolver el coche. El depósito está lleno, ¿eh?, lo he llenado en la gasolinera de la "
      "entrada.", None)
s1 = t("Buenas, gracias. Vamos a darle una vuelta juntas… Aquí hay un arañazo en el parachoques trasero, a la "
       "izquierda.")
s2 = c("Ese arañazo ya estaba cuando lo cogí. Lo que pasa es que no sé si lo apuntaron.", None)
b3 = t("Vamos a mirar la hoja de entrega… Aquí no aparece marcado, pero eso no quiere decir que no estuviera. "
       "¿Hizo usted fotos al recogerlo?")
b4 = c("Creo que sí… Mire, aquí está: la foto del martes en el parking, con el arañazo.", None)
w3 = t("Pues no, señora, no puede ser, porque en la hoja de entrega no aparece, y aquí los coches salen revisados "
       "al milímetro. Si no está en la hoja, no estaba.")
w4 = c("Pues le digo yo que estaba. No me discuta, que yo sé lo que vi. Mire, aquí tengo la foto del martes en "
       "el parking, con el arañazo.", None)
s5 = t("Perfecto, se ve claramente. Lo anoto como daño previo y no se le cobra nada. Le mando la factura final al "
       "correo.")
s6 = c("Gracias. La próxima vez hago un vídeo del coche entero, que ya me han dicho que lo hace todo el mundo.",
       None)
PAIRS.append(rpair(
    "esb66r_f02_almeria_aranazoalquiler",
    "Devolución de un coche de alquiler en el aeropuerto de Almería. Aparece un arañazo que la clienta dice que ya "
    "estaba. Worse discute con ella (si no está en la hoja, no estaba) y la clienta se pone a la defensiva; better "
    "deja abierta la posibilidad y pide pruebas.",
    [o, s1, s2, b3, b4, s5, s6],
    [o, s1, s2, w3, w4, s5, s6],
))

# f03 -- Tenerife, farmacia en La Laguna. Fault: unexplained jargon.
o = c("Buenas, mi niña tiene fiebre desde anoche, treinta y ocho y medio. ¿Qué le puedo dar?", None)
s1 = t("Buenas. ¿Qué edad tiene y cuánto pesa, más o menos? ¿Tiene algo más, tos, dolor de oídos, vómitos?")
s2 = c("Cuatro años, unos dieciséis kilos. Tos un poco, y dice que le duele la garganta. Come poquito.", None)
b3 = t("Para la fiebre le puede dar paracetamol en jarabe: con dieciséis kilos, siete mililitros y medio cada seis "
       "horas, con la jeringuilla que trae. Si a las cuarenta y ocho horas sigue con fiebre, o le cuesta respirar, "
       "o la ve muy decaída, al pediatra.")
b4 = c("Siete y medio cada seis horas. Vale, me lo apunto.", None)
w3 = t("Le puede dar paracetamol de cien miligramos por mililitro, a quince miligramos por kilo cada seis horas, o "
       "ibuprofeno al veinte, con pauta alterna si no cede. Si a las cuarenta y ocho horas persiste la fiebre o hay "
       "signos de alarma, a su pediatra.")
w4 = c("Eh… ¿quince por qué? ¿Y eso cuánto es en la jeringuilla? Que yo de miligramos no entiendo nada, mi niña.",
       None)
s5 = t("Se lo dejo escrito en la caja y le marco la jeringuilla, que de noche y con sueño uno se lía.")
s6 = c("Ah, muy bien. Pues me llevo el jarabe, gracias.", None)
PAIRS.append(rpair(
    "esb66r_f03_lalaguna_fiebreinfantil",
    "Farmacia en La Laguna (Tenerife). Una madre pregunta qué darle a su hija de cuatro años con fiebre. Worse da la "
    "dosis en lenguaje técnico (mg/kg, pauta alterna, signos de alarma) y la madre no la entiende; better la da en "
    "mililitros y dice qué vigilar.",
    [o, s1, s2, b3, b4, s5, s6],
    [o, s1, s2, w3, w4, s5, s6],
))

# f04 -- Jaén, taller mecánico en Andújar. Fault: vague next step.
o = c("Buenas. Te dejo la furgoneta, que le sale la lucecita del motor y en las cuestas no tira. Y la necesito pa "
      "la campaña, que empezamos el lunes.", None)
s1 = t("Buenas. ¿Desde cuándo le pasa? ¿Echa humo negro, o hace algún ruido?")
s2 = c("Desde la semana pasada. Humo un poco, negro, cuando acelero fuerte.", None)
s3 = t("Puede ser la válvula EGR, la que devuelve parte de los gases al motor, o un inyector. Tengo que "
       "conectarle la máquina de diagnosis antes de decirle nada. La diagnosis son treinta euros, y si luego la "
       "arreglamos aquí, se descuentan.")
s4 = c("Treinta euros por enchufarle un aparato… Bueno, venga, mírala, que la necesito sí o sí.", "too_expensive")
b5 = t("Hoy por la tarde la conecto. Mañana antes de las diez le llamo con lo que tiene, el precio y si llega para "
       "el lunes. Si no llegara, le dejo la furgoneta de cortesía para que empiece la campaña.")
b6 = c("Así da gusto. Mañana a las diez espero la llamada.", None)
w5 = t("Perfecto, déjemela. Ya la iremos mirando y le decimos algo cuando sepamos.")
w6 = c("¿Cuando sepáis? Es que el lunes empiezo la campaña, necesito saber algo. Bueno… pues nada, ya llamaré yo.",
       None)
PAIRS.append(rpair(
    "esb66r_f04_andujar_furgonetadiagnosis",
    "Taller en Andújar (Jaén). Un agricultor deja la furgoneta con el testigo del motor encendido y la necesita el "
    "lunes. Worse cierra con un vago «ya le diremos algo» y el cliente se queda sin saber; better da hora de "
    "llamada y un plan si no llega.",
    [o, s1, s2, s3, s4, b5, b6],
    [o, s1, s2, s3, s4, w5, w6],
))

# f05 -- Granada, inmobiliaria de alquileres. Fault: doubts the customer's honesty.
o = c("Hola, buenas. Llamaba por el piso de la calle Doctor Olóriz, el de dos dormitorios. ¿Sigue disponible?",
      None)
s1 = t("Hola, sí, sigue disponible. Son seiscientos cincuenta al mes, y el propietario pide nóminas y dos meses de "
       "fianza. ¿Para cuántas personas sería, y qué contrato de trabajo tienen?")
s2 = c("Para mí y mi pareja, pa un año por lo menos. Yo soy enfermera interina en el Clínico, que en el SAS es lo "
       "normal, y él es cocinero, indefinido. Entre los dos cobramos unos tres mil.", None)
b5 = t("Perfecto, con eso cumplen de sobra lo que pide el propietario. Mándenme las tres últimas nóminas y los "
       "contratos y se los paso hoy mismo.")
b6 = c("Estupendo. Las tengo en el correo, se las mando ahora.", None)
w5 = t("Ya… interina. Mucha gente dice que es enfermera y a los tres meses está en el paro. ¿Eso de los tres mil "
       "es verdad, o es lo que cobran en verano con guardias?")
w6 = c("Pues claro que es verdad, ¿por qué le iba a mentir? Se las mando ahora y lo ve usted misma, pero vaya "
       "manera de tratar a la gente.", None)
s7 = t("Con las nóminas y los contratos, el propietario contesta en dos días. ¿Quieren verlo el jueves por la "
       "tarde?")
s8 = c("El jueves salgo de turno a las tres, así que a las cinco podemos.", None)
PAIRS.append(rpair(
    "esb66r_f05_granada_alquilerpiso",
    "Inmobiliaria de alquileres en Granada. Una enfermera llama por un piso. Worse duda de si dice la verdad sobre "
    "su trabajo y sus ingresos, y ella se ofende; better pide los papeles sin sospechas.",
    [o, s1, s2, b5, b6, s7, s8],
    [o, s1, s2, w5, w6, s7, s8],
))

# f06 -- Las Palmas, tienda de muebles en Siete Palmas. Fault: over-promises the delivery date.
o = c("Buenas, ya tenemos las medidas del hueco del armario: dos cuarenta de alto por uno ochenta de ancho. ¿Cuándo "
      "nos lo podrían tener?", None)
s1 = t("Buenas. Con esas medidas va a medida, de fábrica en la Península. ¿Tienen alguna fecha en la que lo "
       "necesiten sí o sí?")
s2 = c("Pues nos mudamos desde Arucas el quince del mes que viene, y la idea es tener dónde meter la ropa, "
       "¿sabe?", None)
b3 = t("Le soy sincero: a medida, el fabricante tarda cuatro semanas, y el barco a Canarias una más. El quince es "
       "justo y no se lo puedo garantizar. Si quieren, les presto un burro para colgar ropa y unas cajas de cartón "
       "para esas semanas.")
b4 = c("Bueno, menos mal que nos lo dice ahora. Lo del burro nos viene bien.", None)
w3 = t("Sin problema, para el quince lo tienen montado, seguro. Se lo garantizo yo, que tenemos muy buena "
       "relación con el fabricante.")
w4 = c("¿Seguro? Porque en otra tienda nos dijeron seis semanas mínimo, por el barco. Bueno, si usted lo "
       "garantiza, adelante.", None)
s5 = t("Perfecto. Les pido una señal del treinta por ciento, que son trescientos sesenta euros, y el resto a la "
       "entrega.")
s6 = c("¿Trescientos sesenta ahora? Uf, con la mudanza vamos justísimos. ¿Podría ser menos?", "no_money")
s7 = t("Podemos dejarlo en doscientos de señal, sin problema, y el resto a la entrega.")
PAIRS.append(rpair(
    "esb66r_f06_sietepalmas_armariomedida",
    "Tienda de muebles en Siete Palmas (Las Palmas de Gran Canaria). Una pareja encarga un armario a medida y se "
    "muda el día quince. Worse garantiza una fecha que no depende de él (fábrica y barco); better dice el plazo "
    "real y ofrece un apaño.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7],
))

# f07 -- Almería, almacén de plásticos para invernadero en El Ejido. Fault: recommends before asking.
o = c("Buenas. Vengo a ver plástico pa la cubierta, que el mío ya tiene tres años y está hecho una pena.", None)
b1 = t("Buenas. ¿Qué cultiva en esa nave y en qué época? Porque no es lo mismo un plástico para melón de "
       "primavera que para pimiento de invierno.")
b2 = c("Pimiento: trasplanto en julio y arranco en marzo. Y la nave es de raspa y amagado, de las antiguas, de una "
       "hectárea.", None)
w1 = t("Buenas. Llévese el térmico de tres campañas, el de doscientas galgas, que es lo mejor que tenemos. "
       "Sesenta céntimos el metro.")
w2 = c("¿Lo mejor pa qué? Si ni me has preguntado qué tengo plantado. Yo pongo pimiento, trasplanto en julio y "
       "arranco en marzo, y la nave es de raspa y amagado, de una hectárea.", None)
s3 = t("Entonces, con pimiento de invierno, le conviene el térmico difuso, que guarda el calor por la noche, "
       "reparte la luz y no le quema el fruto en septiembre. Para una hectárea de raspa y amagado son unos doce "
       "mil metros de plástico.")
s4 = c("¿Y eso cuánto me sale? Que el año pasado le puse a la otra nave uno barato y a los ocho meses estaba "
       "roto.", None)
s5 = t("El térmico difuso de tres campañas está a cincuenta y cinco céntimos: unos seis mil seiscientos la "
       "hectárea. Si lo quiere para dos campañas baja a cuarenta y dos, pero después de lo que le pasó con el "
       "barato no se lo aconsejo.")
s6 = c("Seis mil seiscientos… Me lo tengo que mirar con el de la coo, que él me lleva las cuentas.",
       "think_it_over")
s7 = t("Claro. Le preparo el presupuesto con las dos opciones y se lo lleva.")
PAIRS.append(rpair(
    "esb66r_f07_elejido_plasticoinvernadero",
    "Almacén de plásticos para invernadero en El Ejido (Almería). Un agricultor de Dalías viene a cambiar la "
    "cubierta. Worse recomienda el producto más caro antes de preguntar nada y el agricultor se lo reprocha; "
    "better pregunta cultivo, época y estructura primero.",
    [o, b1, b2, s3, s4, s5, s6, s7],
    [o, w1, w2, s3, s4, s5, s6, s7],
))

# f08 -- Tenerife, apartamentos turísticos en Los Gigantes (WhatsApp). Fault: an unasked lecture.
o = c("hola buenas, somos las del apartamento 12. el domingo el barco pa gran canaria sale a las 6 de la tarde, se "
      "podria dejar el apartamento mas tarde de las 11??", None)
s1 = t("Hola, buenas. Déjeme mirar si entra alguien el domingo en el 12.")
s2 = c("vale gracias, es q con las maletas y la niña no sabemos donde meternos tantas horas", None)
b3 = t("El 12 tiene entrada el domingo a las cuatro, así que hasta la una se lo puedo dar sin coste. Y después, si "
       "quieren, les guardamos las maletas en recepción hasta que se vayan.")
b4 = c("perfecto!! mil gracias", None)
w3 = t("El 12 tiene entrada el domingo a las cuatro. Le explico, que la gente no lo sabe: las limpiadoras tienen "
       "un horario muy ajustado, cada retraso les descuadra el día entero, y el respeto por el trabajo de los "
       "demás es importante. Dicho esto, hasta la una se lo puedo dar sin coste, y después les guardamos las "
       "maletas en recepción.")
w4 = c("ok… tampoco es pa ponerse asi, solo preguntaba. pero bueno, a la una salimos", None)
s5 = t("¿Quieren que les pida un taxi a Santa Cruz? Son unos noventa euros. También hay guagua, cambiando en Los "
       "Cristianos, por unos diez euros, pero con maletas y la niña son casi tres horas.")
s6 = c("noventa nooo, eso es mas q el barco jaja. cogemos la guagua y salimos con tiempo, gracias",
       "too_expensive")
PAIRS.append(rpair(
    "esb66r_f08_losgigantes_salidatarde",
    "Apartamentos turísticos en Los Gigantes (Tenerife), por WhatsApp. Una huésped de Gran Canaria pide salir más "
    "tarde el último día. Worse le da el mismo sí pero antes le suelta un sermón sobre el trabajo de las "
    "limpiadoras, y ella se molesta; better responde a lo que pide.",
    [o, s1, s2, b3, b4, s5, s6],
    [o, s1, s2, w3, w4, s5, s6],
))

# f09 -- Jaén, almazara familiar cerca de Baeza. Fault: talks about himself instead of the customer.
o = c("Buenas. Tengo una tiendecita de productos de la tierra en el centro de Granada y estoy buscando un aceite "
      "de aquí pa venderlo, en botella bonita.", None)
s1 = t("Buenas, bienvenida. ¿Quién le compra en la tienda, más turista o gente de Granada?")
s2 = c("Turista sobre todo, guiris que se llevan un regalo. Buscan botella pequeña que quepa en la maleta, y que "
       "sea bonita.", None)
b3 = t("Entonces le interesa el formato de doscientos cincuenta mililitros, que cabe bien en una maleta "
       "facturada, con la etiqueta también en inglés. Tenemos el temprano de picual en botella de cristal "
       "serigrafiada.")
b4 = c("Eso es justo lo que busco. ¿Y a cuánto me saldría la botellita?", None)
w3 = t("Pues mire, yo empecé en esto con mi abuelo con doce años, vareando con la cuadrilla. Luego estudié en "
       "Córdoba, monté la almazara en el noventa y ocho, y ahora exportamos a Japón y a Alemania; tengo tres "
       "premios en la oficina. Bueno, y tenemos el temprano de picual en botella de doscientos cincuenta, de "
       "cristal serigrafiado, con la etiqueta también en inglés.")
w4 = c("Ya, muy bonito todo… pero tengo que estar en Granada pa abrir a las cinco y voy con la hora pegada. ¿A "
       "cuánto me sale la botellita?", "no_time")
s5 = t("A tienda se la dejo a cuatro veinte, y se vende en torno a ocho o nueve euros.")
s6 = c("Cuatro veinte… Otro de Jódar me la deja a tres ochenta.", "too_expensive")
s7 = t("Puede ser. Si quiere, le dejo seis botellas para que las ponga en la tienda y vea cómo se venden, y si "
       "funcionan hablamos de pedido.")
PAIRS.append(rpair(
    "esb66r_f09_baeza_aceitetienda",
    "Almazara familiar cerca de Baeza (Jaén). La dueña de una tienda de productos típicos de Granada busca un "
    "aceite para turistas. Worse se pone a contar su historia y sus premios antes de responder, y ella tiene "
    "prisa; better va directo a lo que ella vende.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7],
))

# f10 -- Las Palmas, centro auditivo. Fault: closes before checking the hearing aids work.
o = c("Buenas tardes. Venimos a por los aparatos de mi padre, los del oído, que nos llamaron que ya estaban.",
      None)
s1 = t("Buenas tardes. Sí, aquí están. Vamos a ponérselos. Don Pedro, siéntese aquí, por favor.")
s2 = c("Papá, siéntate ahí. Él oye peor por el izquierdo, ¿eh?, y le molesta mucho el ruido cuando hay gente.",
       None)
b3 = t("Lo tengo en la ficha. Ya están puestos. Vamos a probar: le hablo desde detrás, a distancia normal, luego "
       "con ruido de fondo, y ajustamos el izquierdo hasta que su padre diga que oye bien y que no le molesta.")
b4 = c("Dice que ahora sí, que oye clarito y que no le pita. Mira qué cara pone.", None)
w3 = t("Lo tengo en la ficha. Ya están puestos y configurados. ¿Cómo quieren pagar el resto, con tarjeta o en las "
       "cuotas que hablamos?")
w4 = c("¿Ya? Pero si ni le ha preguntado si oye bien. Papá, ¿tú oyes? Dice que le pita el izquierdo.", None)
s5 = t("Vamos a afinar un poco el izquierdo y que se los lleve una semana de prueba a casa, con la tele y en la "
       "calle, y vuelven el jueves para el ajuste.")
s6 = c("¿Y si en la semana no se acostumbra? Es que a mi tía le compraron unos y están en un cajón, que no se los "
       "pone.", "bad_experience")
s7 = t("Tiene treinta días para devolverlos si no se adapta, y el ajuste del jueves está incluido.")
PAIRS.append(rpair(
    "esb66r_f10_laspalmas_audifonos",
    "Centro auditivo en Las Palmas de Gran Canaria. Una hija acompaña a su padre a recoger los audífonos. Worse "
    "pasa a cobrar sin comprobar que oye bien, y la hija descubre que pita; better prueba y ajusta antes de "
    "nada.",
    [o, s1, s2, b3, b4, s5, s6, s7],
    [o, s1, s2, w3, w4, s5, s6, s7],
))

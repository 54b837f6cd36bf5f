from common import c, rpair, t

PAIRS = []
P = PAIRS.append

# f01: argues with the customer
o = c("hola, me vino la factura en $21.000 y cuando me pase me dijeron que eran $14.000. que paso?", None)
a = t("Hola, lo reviso. Tu promo de 6 meses terminó en marzo; por eso pasó de $14.000 a $21.000.")
b = c("nadie me dijo nada de 6 meses, me dijeron 14 mil y listo", None)
e = t("Con tu consumo, el plan de 6 GB sale $15.500 fijo, sin promo que venza, y te acredito $3.500 por este mes. ¿Te lo cambio?")
f = c("15.500 igual es mas de lo que pensaba pagar... pero bueno, hacelo", "too_expensive")
P(rpair("esb21r_f01_ar_telefonia_factura", "Mobile carrier, Buenos Aires (WhatsApp): bill jumped when a promotion ended.",
    [o, a, b, t("Te creo, y si no quedó claro al venderte es un problema nuestro. Veamos cómo lo acomodamos."),
     c("bueno, que se puede hacer?", None), e, f],
    [o, a, b, t("No, eso no es así: el vendedor lo dice siempre y está en el contrato. Seguro te lo dijeron y no te acordás."),
     c("me estas tratando de mentirosa? no me dijeron nada", None), e, f]))

# f02: doubts the customer's honesty
o = c("Hola, buenas, me robaron la bicicleta afuera de la pega y la tengo asegurada en el seguro de hogar. ¿Cómo hago el reclamo?", None)
a = t("Lamento lo del robo. ¿Hizo la denuncia en Carabineros o en la comisaría virtual?")
b = c("Sí, ayer en la tarde, tengo el número de parte.", None)
e = t("Súbala a la app junto con el parte. Su póliza cubre robo fuera del hogar hasta $500.000, con deducible de 3 UF.")
f = c("¿Hasta 500 no más? Pensé que cubría todo. ¿Y en cuánto tiempo pagan?", None)
g = t("Unos 10 días hábiles desde que esté todo subido. Le llega un correo con cada avance.")
P(rpair("esb21r_f02_cl_seguro_bicicleta", "Home insurer, Santiago (phone): bicycle stolen outside the office.",
    [o, a, b, t("Perfecto, con eso partimos. ¿Tiene la boleta de la bicicleta o alguna foto con ella?"),
     c("La boleta la tengo en el correo, era de 650 lucas.", None), e, f, g],
    [o, a, b, t("Ya. Le tengo que preguntar: ¿está seguro de que tenía candado? Hay mucho reclamo inventado con bicicletas."),
     c("¿Me está diciendo que miento? Lo cortaron. La boleta la tengo en el correo, 650 lucas.", None), e, f, g]))

# f03: drops the price before asking anything
o = c("buenas noches, la aspiradora robot de 1.299.000 sirve pa pelo de perro?", None)
e = t("Para un golden en laminado funciona bien, pero el depósito es chico: toca vaciarlo a diario. La de 1.599.000 se vacía sola en la base.")
f = c("uy no, 1.6 ya es mucho pa una aspiradora. y vaciarla a diario no me molesta", "too_expensive")
g = t("Entonces esa le sirve. Llega en 3 días y tiene 30 días para devolverla si no le rinde con el pelo.")
h = c("listo, la pido", None)
P(rpair("esb21r_f03_co_tienda_online_aspiradora", "Online home store, Bogotá (WhatsApp): robot vacuum for a dog owner.",
    [o, t("Buenas noches. Sí, tiene cepillo de goma para pelo. ¿Qué piso tiene y qué tan grande es el apartamento?"),
     c("laminado, 60 metros. tengo un golden que bota pelo todo el dia", None), e, f, g, h],
    [o, t("Buenas noches. Se la puedo dejar en 1.100.000 si la pide hoy. ¿Se la separo?"),
     c("y por que tan barata de una? tiene algo? tengo un golden que bota pelo todo el dia, piso laminado, 60 metros", None), e, f, g, h]))

# f04: an unasked lecture
o = c("hola! queremos ir a cataratas en enero, en micro, lo mas barato posible. somos 2", None)
a = t("¡Hola! Buenísimo. ¿Desde dónde salen y cuántas noches quieren quedarse?")
b = c("desde retiro, 3 noches. tenemos como 400 mil en total", None)
e = t("Para argentinos, unos $20.000 por persona; si vuelven al día siguiente, la segunda entrada es al 50%.")
f = c("perfecto. lo charlamos y te confirmo mañana", "think_it_over")
g = t("Dale. Te mando todo por acá; los micros de enero se llenan, así que si pueden, confirmen en la semana.")
P(rpair("esb21r_f04_ar_turismo_cataratas", "Travel agency, Buenos Aires (WhatsApp): young couple on a tight budget to Iguazú.",
    [o, a, b, t("Con 400 mil se puede. Micro semicama ida y vuelta $190.000 los dos; hostel con desayuno, 3 noches, $120.000. Les quedan $90.000 para el parque."),
     c("genial! la entrada cuanto sale?", None), e, f, g],
    [o, a, b, t("Ojo, en enero hace 40 grados y son 18 horas de micro. Yo a su edad también ahorraba en todo, pero hay que aprender a valorar el tiempo: volar es invertir en ustedes. Igual se puede: micro $190.000 los dos, hostel 3 noches $120.000, y les quedan $90.000."),
     c("ok... no te pedi consejo jaja. la entrada cuanto sale?", None), e, f, g]))

# f05: a vague next step
o = c("Hola, buenas tardes, quiero cambiarme de plan en la isapre porque voy a tener guagua y el mío no cubre bien el parto.", None)
a = t("¡Felicidades! ¿En qué clínica le gustaría tener el parto, y para cuándo es?")
b = c("En la Dávila, para octubre. Ahora tengo 10 semanas.", None)
d = t("Ojo: si cambia de plan estando embarazada, el parto queda con las condiciones del plan anterior, por ser preexistencia.")
e = c("Ay, no sabía. ¿Entonces no me sirve cambiarme ahora?", None)
P(rpair("esb21r_f05_cl_isapre_parto", "Health plan (isapre), Santiago (phone): pregnant member wants a plan with better birth cover.",
    [o, a, b, d, e, t("Para este parto, no. Su plan actual cubre el parto en la Dávila al 60%; le calculo el copago estimado y se lo mando hoy antes de las 18 por correo, caso 44120."),
     c("Ya, perfecto, quedo atenta al correo.", None)],
    [o, a, b, d, e, t("Depende de varias cosas. Lo voy a revisar con el área técnica y cualquier cosa la contactamos."),
     c("¿Y cuándo más o menos? ¿Quién me va a llamar?", None)]))

# f06: over-promises
o = c("Buenas, me interesa el Kwid, pero le cuento que soy independiente y hace dos años estuve reportado. ¿Me aprueban crédito?", None)
a = t("Gracias por contarme. ¿Ya está al día y cómo demuestra ingresos: extractos, declaración de renta?")
b = c("Ya pagué todo hace un año. Tengo extractos, soy domiciliario con moto propia.", None)
e = t("Los extractos de los últimos seis meses, cédula y RUT. El estudio no tiene costo.")
f = c("Los traigo mañana en la tarde, ahora voy a trabajar.", None)
P(rpair("esb21r_f06_co_concesionaria_credito", "Car dealership, Medellín (showroom): self-employed buyer with a past credit report asks about financing.",
    [o, a, b, t("Con un año al día y extractos, hay bancos que lo estudian, pero no le puedo asegurar aprobación ni tasa. Lo radicamos en dos bancos y en 48 horas sabemos."),
     c("Bueno, al menos me dice la verdad. ¿Qué necesito traer?", None), e, f],
    [o, a, b, t("Tranquilo, eso se lo aprueban seguro, aquí sacamos a todo el mundo. Firme el pedido y separe el carro con 2 millones."),
     c("¿Seguro? En otro concesionario me dijeron lo mismo, pagué la separación y el banco me negó.", "bad_experience"), e, f]))

# f07: closes before checking that it works
o = c("Buenas, estoy entre la Hilux y la Ranger, pero vivo en un edificio y la cochera es subterránea. ¿Entran?", None)
a = t("Buena pregunta. ¿Sabés la altura máxima de la rampa o del portón?")
b = c("Dice 1,90 en el cartel de la entrada.", None)
d = t("La Hilux mide 1,81 y la Ranger 1,82: pasan, pero sin barras de techo. ¿Y el box?")
e = c("No lo medí, pero es justo de largo, los autos grandes maniobran mucho.", None)
P(rpair("esb21r_f07_ar_concesionaria_pickup", "Car dealership, Córdoba (showroom): pickup must fit an underground garage.",
    [o, a, b, d, e, t("Entonces antes de señar, probémoslo: te presto la Hilux el sábado y entrás a tu cochera a ver cómo maniobra."),
     c("Eso me sirve, así no me llevo una sorpresa. El sábado a la mañana.", None)],
    [o, a, b, d, e, t("Entra seguro, la gente la usa en edificios todo el tiempo. Si me dejás la seña hoy te congelo el precio."),
     c("¿Y si después no entra en el box? No, primero quiero medir.", "think_it_over")]))

# f08: recommends before asking
o = c("hola! quiero armar un viaje al sur en febrero, no se bien a donde", None)
e = t("Te propongo Puerto Varas y Frutillar: lago, volcán Osorno, cabaña con tinaja y un día en Chiloé. Con vuelo a Puerto Montt, unos $1.100.000 los dos.")
f = c("me tinca! aunque 1.1 es harto para nosotros, habia pensado como 800", "no_money")
g = t("Se puede bajar: cabaña sin tinaja y bus en vez de avión quedan en $820.000, pero el bus son 12 horas. ¿Te mando las dos?")
h = c("si mandamelas porfa", None)
P(rpair("esb21r_f08_cl_turismo_sur", "Travel agency, Santiago (chat): couple wants a February trip south, undecided.",
    [o, t("¡Hola! ¿Quiénes van, cuántos días tienen y qué les gusta: naturaleza, trekking, descansar?"),
     c("voy con mi pareja, 6 dias. queremos descansar, nada de caminar mucho, y comer rico", None), e, f, g, h],
    [o, t("¡Hola! Te recomiendo Torres del Paine: 5 días con el W, refugios y vuelo a Punta Arenas. Lo más top del sur."),
     c("uff el W es caminar harto no? nosotros queremos descansar, vamos mi pareja y yo, 6 dias, y comer rico", "no_need"), e, f, g, h]))

# f09: unexplained jargon
o = c("Buenas tardes, quiero información de la medicina prepagada. Tengo 40 años, estoy en la EPS y las citas se demoran mucho.", None)
a = t("Buenas tardes. ¿Qué usa más: médico general, especialistas, exámenes? ¿Tiene alguna condición que vea seguido?")
b = c("Especialista más que todo. Tengo migraña y voy al neurólogo dos veces al año.", None)
e = t("El plan individual para 40 años sale $320.000 al mes, más $28.000 por cita con especialista.")
f = c("Uy, 320 mil es bastante para mí, la verdad.", "no_money")
g = t("Lo entiendo. Hay un plan solo de especialistas por $210.000. Le mando los dos por correo para que compare sin afán.")
P(rpair("esb21r_f09_co_prepaga_migrana", "Prepaid health plan, Bogotá (phone): 40-year-old with migraine compares plans.",
    [o, a, b, t("Como la migraña ya la tiene, puede quedar excluida el primer año: esas citas las seguiría pagando la EPS. Lo demás lo cubrimos desde el tercer mes."),
     c("Ah, entiendo. ¿Y cuánto vale al mes?", None), e, f, g],
    [o, a, b, t("La migraña entra como preexistencia con exclusión temporal; aplica carencia de 90 días para especialistas y copago por bono en red cerrada."),
     c("Perdón, no le entendí nada. ¿Eso es que sí o que no me cubre? ¿Y cuánto vale?", None), e, f, g]))

# f10: talks about themselves
o = c("hola, quiero una bici para ir al laburo, son como 8 km, cual me conviene?", None)
a = t("¡Hola! ¿El camino es por ciclovía o calle, tiene subidas? ¿Y dónde la dejás en el laburo?")
b = c("casi todo ciclovia, plano. la dejo en el estacionamiento del edificio", None)
e = t("Viene armada al 90%: manubrio y pedales, con herramientas incluidas. Si preferís, en el local de Palermo la armamos gratis.")
f = c("la retiro armada en palermo entonces. se puede en cuotas?", None)
g = t("Sí, 6 cuotas sin interés con tarjeta bancaria. Te dejo el link con retiro en Palermo.")
P(rpair("esb21r_f10_ar_tienda_online_bici", "Online bike shop, Buenos Aires (chat): commuter bike for 8 km of bike lane.",
    [o, a, b, t("Entonces una urbana con cambios y guardabarros. La Urbana 7 velocidades sale $420.000, con portaequipaje para no cargar la mochila en la espalda."),
     c("me gusta. 420 es lo que tenia pensado mas o menos. viene armada?", None), e, f, g],
    [o, a, b, t("¡Qué lindo! Yo voy en bici al depósito hace 5 años, 15 km por día, me cambió la vida, bajé 10 kilos. Me armé una de carbono que amo. Bueno, para vos: la Urbana 7 velocidades, $420.000, con portaequipaje."),
     c("ah mira. bueno, 420 es lo que tenia pensado. viene armada?", None), e, f, g]))

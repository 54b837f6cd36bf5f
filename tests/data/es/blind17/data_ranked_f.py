"""esb17 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

P = "esb17r_"
PAIRS = []

# f01 argues with the customer
o = c("Buenas, ocupo 2 mil blocks pa una barda en Juárez, pero la vez pasada me llegaron como cien quebrados", "bad_experience")
b1 = t("Qué mal lo de los quebrados. ¿Fue al bajarlos del camión o ya venían así en la tarima?")
bc1 = c("Venían así, los de abajo de la tarima", None)
w1 = t("Mmm, nuestros blocks no salen quebrados de planta. Eso fue su gente al descargar, seguro.")
wc1 = c("No, joven, venían así en la tarima, yo lo vi. No me salga con eso", None)
s2 = t("Esta vez va con tarima emplayada y esquineros, y el chofer cuenta con usted al bajar; lo quebrado se repone ahí mismo. El block de 15 está en 14.20.")
s3 = c("¿14.20? En la otra casa de materiales me lo dejan en 13.50", "too_expensive")
s4 = t("Ellos no reponen en la entrega. Por ser 2 mil se lo dejo en 13.90. ¿Se lo mando el viernes?")
s5 = c("Va, el viernes temprano", None)
PAIRS.append(rpair(P + "f01_mty_materiales_block",
    "Site foreman in Juárez NL orders 2,000 blocks after a delivery with broken pieces.",
    [o, b1, bc1, s2, s3, s4, s5], [o, w1, wc1, s2, s3, s4, s5]))

# f02 doubts the customer's honesty
o = c("buenas, el cel q compre aqui hace 2 meses se quedo con la pantalla negra, suena pero no se ve nada", None)
s1 = t("Déjeme verlo. ¿Pasó de repente o después de algo, una actualización, un golpe?")
s2 = c("de repente, ayer en la noche lo estaba cargando y ya no prendio la pantalla", None)
b3 = t("Gracias. Le reviso el indicador de humedad, es rutina para la garantía.")
bc3 = c("sale, reviselo", None)
w3 = t("Mmm, ¿seguro que no se le cayó o se le mojó? Es que todos dicen que fue de repente.")
wc3 = c("le estoy diciendo la verdad, ni un raspon tiene. reviselo si no me cree", None)
s4 = t("No tiene golpes y el indicador está blanco: entra en garantía. Tarda de 5 a 8 días hábiles.")
s5 = c("8 dias? lo uso pa trabajar, no me puedo quedar sin cel", "no_time")
s6 = t("Le presto un equipo con su chip mientras, y le mando mensaje cuando regrese el suyo.")
PAIRS.append(rpair(P + "f02_cdmx_celular_garantia",
    "Customer at a phone shop in Tepito brings a two-month-old phone with a black screen.",
    [o, s1, s2, b3, bc3, s4, s5, s6], [o, s1, s2, w3, wc3, s4, s5, s6]))

# f03 drops the price before asking anything
o = c("Buenas, quería cotizar volantes para mi restaurante, algo así como cinco mil", None)
b1 = t("Claro. ¿Para qué los va a usar, repartir en la calle o meter en pedidos? ¿Para cuándo?")
bc1 = c("Pa meterlos en los pedidos a domicilio y repartir en oficinas de Chapultepec. Para el lunes", None)
w1 = t("Claro, y de una vez le hago 20%: cinco mil en 1,600 en lugar de 2,000. ¿Cómo los quiere?")
wc1 = c("Ah... pa los pedidos y oficinas de Chapultepec, para el lunes. ¿Y por qué tan fácil el descuento, es papel malo o qué?", None)
s2 = t("Para pedidos y oficinas, media carta en couché de 150, aguanta en la bolsa. Si me manda logo y menú hoy, el lunes a mediodía están.")
s3 = c("Está bien. Aunque en la imprenta de la esquina me los hacen más baratos", "too_expensive")
s4 = t("Puede ser, en bond delgado; con comida en la bolsa se arrugan. Le mando prueba digital hoy y si le gusta confirmamos.")
s5 = c("Va, mándemela", None)
PAIRS.append(rpair(P + "f03_gdl_imprenta_volantes",
    "Restaurant owner asks a Guadalajara print shop for 5,000 flyers.",
    [o, b1, bc1, s2, s3, s4, s5], [o, w1, wc1, s2, s3, s4, s5]))

# f04 an unasked lecture
o = c("Buenas, quiero sacar 25 mil de mi cuenta de ahorro, ¿se puede aquí en ventanilla?", None)
s1 = t("Claro. ¿Me permite su INE y su tarjeta?")
s2 = c("Aquí tiene. Es para el viaje de mis papás a Cancún, cumplen cuarenta años de casados", None)
b3 = t("¡Qué bonito, felicidades a sus papás! Por el monto, ¿lo quiere en efectivo o se lo transfiero a la agencia?")
bc3 = c("Ah, mejor transferencia. La agencia me dio su CLABE", None)
w3 = t("Claro. Nomás le comento que gastar el ahorro en viajes no es buena idea; lo ideal son seis meses de gastos guardados y mejor un pagaré a 28 días. Se lo digo por su bien.")
wc3 = c("Gracias, pero ya lo decidí y es mi dinero. ¿Se puede por transferencia? Tengo la CLABE de la agencia", "no_need")
s4 = t("Sí, es más seguro que andar con efectivo. Me dicta la CLABE y le doy el comprobante al momento.")
s5 = c("Es ésta, mire", None)
PAIRS.append(rpair(P + "f04_cdmx_banco_retiro",
    "A son withdraws savings at a CDMX bank branch to pay his parents' anniversary trip.",
    [o, s1, s2, b3, bc3, s4, s5], [o, s1, s2, w3, wc3, s4, s5]))

# f05 a vague next step
o = c("Buenas, tengo tres minisúper en Guadalupe y el cuarto frío de uno está tirando agua y no enfría parejo", None)
s1 = t("¿Qué temperatura marca y desde cuándo?")
s2 = c("7 grados y debería estar en 3. Desde el sábado. Ya tiré lácteos", None)
s3 = t("Con 7 grados el producto corre riesgo. Puede ser el drenaje del evaporador o gas. El diagnóstico son 1,200 y se abona a la reparación.")
s4 = c("Está bien, pero lo ocupo ya", None)
b5 = t("Le mando técnico hoy a las cuatro, le marca media hora antes. Mientras, pase los lácteos al refri de bebidas. Después le cotizo mantenimiento para las tres tiendas.")
bc5 = c("Hoy a las cuatro, perfecto. Lo de las tres tiendas lo vemos después", "think_it_over")
w5 = t("Claro. Lo veo con los técnicos y ahí le avisamos cuando haya uno. Después le cotizo mantenimiento para las tres tiendas.")
wc5 = c("¿Ahí me avisan cuándo? Se me está echando a perder la mercancía. Mejor le hablo a otro", None)
PAIRS.append(rpair(P + "f05_mty_refrigeracion_camara",
    "Owner of three mini-markets in Guadalupe NL reports a failing walk-in cooler.",
    [o, s1, s2, s3, s4, b5, bc5], [o, s1, s2, s3, s4, w5, wc5]))

# f06 over-promises
o = c("hola, tengo una cafeteria en Chapalita y necesito internet para la terminal y los clientes, el de ahorita se cae a cada rato", None)
s1 = t("¿Cuántas personas se conectan en hora pico y la terminal va por wifi o cable?")
s2 = c("unas 25, muchos con laptop. la terminal va por wifi", None)
s3 = t("Para 25 con laptop, 300 megas simétricos a 1,290 al mes, y la terminal por cable para que no compita con los clientes.")
s4 = c("y si se me cae como el otro? me quedo sin cobrar con tarjeta", "bad_experience")
b5 = t("Puede pasar, nadie le da cero caídas. El servicio de negocio tiene atención en 4 horas y le dejo respaldo 4G para la terminal. Instalación en 3 a 5 días.")
bc5 = c("ok, lo del respaldo me convence. agendalo", None)
w5 = t("Con nosotros nunca se le va a caer, se lo garantizo al 100%. Y se lo instalo mañana mismo.")
wc5 = c("eso mismo me dijeron los otros... bueno, agendalo", None)
PAIRS.append(rpair(P + "f06_gdl_internet_cafeteria",
    "Café owner in Chapalita, Guadalajara, needs reliable internet for the card terminal.",
    [o, s1, s2, s3, s4, b5, bc5], [o, s1, s2, s3, s4, w5, wc5]))

# f07 closes before checking the thing works
o = c("Buenas, vengo con mi mamá a recoger sus aparatos auditivos, ya nos avisaron que estaban", None)
s1 = t("Sí, aquí están. Señora, ¿cómo le fue la semana de prueba con los de préstamo?")
s2 = c("En la casa bien, pero en la fonda donde comemos todo se oye revuelto", None)
s3 = t("Eso se ajusta con un programa para ruido. Son 24,800 los dos, con un año de ajustes incluido.")
s4 = c("Ya los apartamos, está bien. ¿Se puede a meses con tarjeta?", None)
b5 = t("Antes de cobrarle, póngaselos y hacemos la prueba con sonido de restaurante aquí en la cabina, para ajustar el programa de ruido.")
bc5 = c("Ah, qué bueno. Así me voy tranquila", None)
w5 = t("Perfecto, le cobro y listo. Cualquier cosa, regresa.")
wc5 = c("¿Y no me los va a probar? ¿Lo de la fonda sigue igual?", None)
PAIRS.append(rpair(P + "f07_cdmx_auditivos_entrega",
    "Daughter and elderly mother collect hearing aids at a Roma Norte clinic.",
    [o, s1, s2, s3, s4, b5, bc5], [o, s1, s2, s3, s4, w5, wc5]))

# f08 recommends before asking
o = c("Buenas, ando buscando una bici para mi hija, cumple diez años", None)
b1 = t("¡Qué buen regalo! ¿Dónde la va a usar, parque, calle, terracería? ¿Y cuánto mide?")
bc1 = c("En Fundidora los domingos, nada de montaña. Mide como 1.40", None)
w1 = t("Para diez años, ésta de montaña rodada 26, 21 velocidades y suspensión, 6,900.")
wc1 = c("Ah... es que nomás la va a usar en Fundidora los domingos, nada de montaña. Mide como 1.40", "no_need")
s2 = t("Para parque y 1.40, una rodada 24 sin suspensión le queda y pesa menos. Ésta está en 3,400.")
s3 = c("Me late. ¿Y si crece? No quiero comprar otra el año que entra", None)
s4 = t("Se le sube el asiento, le da unos dos años. Tráigala y se la ajustamos a su medida.")
s5 = c("El sábado la traigo", None)
PAIRS.append(rpair(P + "f08_mty_bici_hija",
    "Father in a Monterrey bike shop buys his daughter's tenth-birthday bike.",
    [o, b1, bc1, s2, s3, s4, s5], [o, w1, wc1, s2, s3, s4, s5]))

# f09 unexplained jargon
o = c("Buenas, queremos una casa en Tlajomulco de 1.6 millones, tenemos Infonavit pero no nos alcanza", None)
s1 = t("¿Cuánto les precalifica Infonavit y cuánto tienen de enganche?")
s2 = c("A mí 620 mil. Enganche como 200", None)
b3 = t("Se puede juntar su Infonavit con un crédito del banco: Infonavit pone sus 620, el banco el resto, y paga dos mensualidades, una por nómina y otra aquí. Del banco serían unos 800 mil.")
bc3 = c("Ah, ya entendí. ¿Y cuánto sería al mes lo del banco?", None)
w3 = t("Le conviene un Cofinavit: aforo al 90, tasa fija, CAT de 12.9 sin IVA, su SCV en garantía y la originación financiada.")
wc3 = c("Perdón, no le entendí nada. ¿Cuánto pagaría al mes?", None)
s4 = t("Por 800 mil a 20 años, unos 9,100 al mes del banco más el descuento de Infonavit. Les hago la corrida con sus recibos.")
s5 = c("Uf, 9 mil más el descuento está pesado. Lo tenemos que platicar", "think_it_over")
PAIRS.append(rpair(P + "f09_gdl_hipoteca_infonavit",
    "Couple at a Guadalajara bank mortgage desk combining Infonavit with a bank loan.",
    [o, s1, s2, b3, bc3, s4, s5], [o, s1, s2, w3, wc3, s4, s5]))

# f10 talks about himself
o = c("hola, abro una cafeteria en la Condesa en un mes y busco proveedor de cafe de especialidad", None)
s1 = t("¡Felicidades! ¿Cuántas tazas calculan al día y qué perfil buscan?")
s2 = c("unas 150. algo chocolatoso pal latte, en la zona toman mucha leche", None)
b3 = t("Con 150 tazas son unos 10 kilos a la semana. ¿Ya tienen máquina y molino?")
bc3 = c("maquina si, molino todavia no", None)
w3 = t("¡Qué padre! Yo empecé con una cafetería en Coatepec hace doce años, luego me fui a las fincas, aprendí a tostar con un italiano... el café es mi vida.")
wc3 = c("que bien... y para el latte que me recomienda?", None)
s4 = t("Un Chiapas tostado medio, chocolate y nuez, 420 el kilo. Le llevo muestras y lo probamos en su máquina con su leche.")
s5 = c("va, traigame las muestras el lunes y ahi vemos precio, ando cuidando cada peso", None)
PAIRS.append(rpair(P + "f10_cdmx_cafe_proveedor",
    "Owner opening a café in Condesa looks for a specialty coffee roaster (B2B).",
    [o, s1, s2, b3, bc3, s4, s5], [o, s1, s2, w3, wc3, s4, s5]))

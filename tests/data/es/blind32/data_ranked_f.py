from common import c, t, rpair

P = []

# f01 argues with the customer
a = c("Buenas tardes. Pago 100 megas e hice la prueba de velocidad: me sale 20. Ya van tres días así.", None)
b = t("Buenas tardes, gracias por hacer la prueba. ¿La hizo por wifi o con cable, y desde qué equipo?")
k = c("Por wifi, desde mi laptop, en mi cuarto. El módem está en la sala.", None)
d = t("Gracias. Por wifi y con paredes baja algo, pero de 100 a 20 es mucho. ¿Puede repetirla con la laptop al lado del módem? Así vemos si es la línea o la señal.")
e = c("Ya, un ratito... Al lado del módem me sale 35. Sigue bajo.", None)
dx = t("Señor, eso no puede ser. Nuestra red da 100 megas garantizados; esas pruebas de internet no son confiables.")
ex = c("¿Me está diciendo que miento? Acabo de hacerla al lado del módem y sale 35.", None)
f = t("Entonces sí hay un problema en la línea. Le abro un reporte y un técnico va mañana entre 9 y 1. ¿Hay alguien en casa?")
g = c("Mañana en la mañana no, trabajo. ¿Puede ser en la tarde?", "no_time")
h = t("Sí, de 2 a 6. Le llega un mensaje con el nombre del técnico.")
P.append(rpair("esb32r_f01_arequipa_velocidad", "Internet provider phone support, Arequipa (Peru): a customer paying for 100 Mbps measures 20.",
[a, b, k, d, e, f, g, h], [a, b, k, dx, ex, f, g, h]))

# f02 doubts the customer's honesty
a = c("Buenas. Ayer el bus a Puno de las 10 salió antes de hora. Llegué 9:50 y ya no estaba. Quiero que me devuelvan.", None)
b = t("Buenas, disculpe la molestia. ¿Tiene su boleto a la mano?")
k = c("Aquí está. Asiento 22, salida 10:00.", None)
d = t("Gracias. Reviso el registro de salida... Sí, figura que salió 9:45. Eso no debió pasar.")
e = c("Ya ve. Yo tenía que llegar a trabajar.", None)
dx = t("Mmm, mucha gente dice que llegó a tiempo. ¿Seguro que no llegó después de las diez?")
ex = c("¿Me está llamando mentiroso? Tengo la foto del reloj del terminal, mire: 9:50.", None)
f = t("Le devuelvo el 100% o le doy un pasaje para hoy sin costo. ¿Qué prefiere?")
g = c("La devolución. Con ustedes ya no viajo, la verdad.", "bad_experience")
h = t("Entendido. Se la hago ahorita en efectivo y le dejo el número de reclamo.")
P.append(rpair("esb32r_f02_cusco_bus_adelantado", "Inter-city bus company counter, Cusco (Peru): the Puno bus left before its time and the passenger wants a refund.",
[a, b, k, d, e, f, g, h], [a, b, k, dx, ex, f, g, h]))

# f03 drops the price before asking anything
a = c("hola, info del tour al colca porfa", None)
d = t("¡Hola! Con gusto. ¿Cuántos son, para qué fecha, y qué les interesa más: los cóndores, caminar o las termales?")
e = c("somos 2, el sabado. queremos ver condores pero sin madrugar tanto", None)
dx = t("¡Hola! Te lo dejo en 60 soles en vez de 80, precio especial solo para ti. ¿Cuántos son?")
ex = c("ah ok... y por que tan barato? es seguro? somos 2, el sabado, queremos ver condores", None)
f = t("Para cóndores sin madrugar, el de 2 días: se duerme en Chivay y se llega a la Cruz del Cóndor a las 8. 160 por persona.")
g = c("suena bien pero lo consulto con mi novia y te aviso", "think_it_over")
h = t("Dale. Te mando fotos del hospedaje y el itinerario para que lo vean juntos.")
P.append(rpair("esb32r_f03_arequipa_colca_chat", "Tour agency WhatsApp, Arequipa (Peru): a traveller asks about Colca Canyon tours.",
[a, d, e, f, g, h], [a, dx, ex, f, g, h]))

# f04 an unasked lecture
a = c("Buenas, ¿tiene pastillas para la garganta? La tengo raspada desde ayer.", None)
b = t("Buenas. ¿Tiene fiebre o le duele al tragar?")
k = c("No, fiebre no. Solo raspa, con la tos. Es que fumo, pues.", None)
d = t("Ya. Por lo que me cuenta es irritación, no infección. ¿Las quiere con o sin azúcar?")
e = c("Sin azúcar, soy diabético.", None)
dx = t("Bueno, ¿sabe que el cigarro le va a dar cáncer? Debería dejarlo ya. Cada cigarro le quita minutos de vida, y además a su familia...")
ex = c("Ya sé, señorita, no le he preguntado eso. Deme sin azúcar nomás, soy diabético.", None)
f = t("Estas de miel y limón sin azúcar, 6 soles. Una cada tres horas. Si en una semana sigue o le da fiebre, vaya al médico.")
g = c("Ya, gracias.", None)
P.append(rpair("esb32r_f04_tarija_botica_garganta", "Pharmacy counter, Tarija (Bolivia): a smoker with a scratchy throat wants lozenges.",
[a, b, k, d, e, f, g], [a, b, k, dx, ex, f, g]))

# f05 a vague next step
a = c("Buenos días, señorita. Ya traje todos los papeles para el crédito de los telares.", None)
b = t("Buenos días, doña Julia. A ver... carnet, factura de luz, proforma de los telares. Está todo completo.")
k = c("¿Y cuándo me van a dar? Tengo un pedido de una tienda de La Paz para fin de mes.", None)
d = t("El comité se reúne el miércoles. El jueves a las 10 la llamo con la respuesta y, si sale, el desembolso es el viernes. Le anoto todo aquí con mi número.")
e = c("Ya, eso me sirve, llego con el pedido.", None)
dx = t("Eso ya lo ve el comité. Nosotros le avisamos cualquier cosita.")
ex = c("¿Pero cuándo, más o menos? Es que el pedido es para fin de mes...", None)
f = t("Entiendo que el pedido es importante. ¿Tiene algo más que consultarme?")
g = c("No, eso nomás. Gracias.", None)
P.append(rpair("esb32r_f05_sucre_credito_telares", "Microfinance branch, Sucre (Bolivia): a weaver hands in her loan papers and has an order due at month end.",
[a, b, k, d, e, f, g], [a, b, k, dx, ex, f, g]))

# f06 over-promises
a = c("Buenos días. Se nos rompió la bomba de agua del nivel 3. Necesito el impulsor urgente en la mina, en Ananea.", None)
b = t("Buenos días. ¿Me da el modelo de la bomba o una foto de la placa?")
k = c("Le mando la foto por WhatsApp ahorita... Ya está.", None)
d = t("Recibido. Tengo el impulsor en Arequipa. A Ananea el courier tarda dos días: si sale hoy a las 5, llega el jueves. Antes no le puedo prometer.")
e = c("Jueves... Ya, si es seguro, mándelo.", None)
dx = t("Tranquilo, mañana temprano lo tiene en la mina, garantizado.")
ex = c("¿Mañana? ¿A Ananea? Si el courier tarda dos días... ¿seguro?", None)
f = t("Le mando la guía de envío apenas salga y le aviso cuando pase por Juliaca.")
g = c("Ya, esperamos entonces.", None)
P.append(rpair("esb32r_f06_arequipa_impulsor_ananea", "Mining spare-parts supplier by phone, Arequipa (Peru): a high-altitude mine in Puno needs a pump impeller urgently.",
[a, b, k, d, e, f, g], [a, b, k, dx, ex, f, g]))

# f07 closes before checking the thing works
a = c("Buenas, joven. Quiero una motobomba para regar, saco agua del río para mi chacra de durazno.", None)
b = t("Buenas. Esta de 2 pulgadas es la que más sale, 2.300 bolivianos.")
k = c("Ya, ¿y esa me sube el agua? Mi chacra está arribita del río.", None)
d = t("Depende de cuánto más arriba: esta sube hasta 25 metros. ¿Cuánto calcula de desnivel?")
e = c("Unos 30 metros de alto, creo. Está empinado.", None)
dx = t("Claro que sí, esta sube todo. ¿Se la llevo? ¿Efectivo o QR?")
ex = c("Ya, efectivo... Pero son como 30 metros de alto, ¿ah?", None)
f = t("Para 30 metros esta no alcanza; necesita la de alta presión, 3.100.")
g = c("Uy, tres mil cien es harto para mí, pues.", "too_expensive")
h = t("Entiendo. Si quiere, voy el sábado a medir el desnivel, sin costo, para no venderle algo que no le sirva.")
P.append(rpair("esb32r_f07_tarija_motobomba", "Farm machinery shop, Tarija (Bolivia): a peach grower wants a pump to lift river water to his plot.",
[a, b, k, d, e, f, g, h], [a, b, k, dx, ex, f, g, h]))

# f08 recommends before asking
a = c("Buenas tardes. Quiero empezar a ahorrar, pero no sé qué cuenta abrir.", None)
b = t("Buenas tardes, con gusto. ¿Para qué quiere ahorrar y cada cuánto tiene ingresos?")
k = c("Para tener un fondo por si acaso. Soy guía de turismo: en temporada alta gano bien y en lluvias casi nada.", None)
bx = t("Buenas tardes. Le recomiendo nuestro plazo fijo a dos años, la mejor tasa de Cusco. ¿Cuánto va a depositar?")
kx = c("¿Dos años? Pero soy guía, en lluvias casi no gano. A lo mejor necesito sacar la plata.", "no_need")
d = t("Entonces le conviene una cuenta de ahorro libre: deposita en temporada alta y saca en lluvias sin penalidad. Si junta un monto, una parte puede ir a plazo fijo.")
e = c("Eso suena bien. ¿Qué necesito para abrirla?", None)
f = t("Solo su DNI. La abrimos ahorita, en diez minutos.")
P.append(rpair("esb32r_f08_cusco_ahorro_guia", "Savings co-op counter, Cusco (Peru): a tour guide with seasonal income wants to start saving.",
[a, b, k, d, e, f], [a, bx, kx, d, e, f]))

# f09 unexplained jargon
a = c("Buenas, mijo. El internet no funciona desde la mañana. Hay una lucecita roja en el aparato.", None)
b = t("Buenos días, señora. ¿Desde qué hora? ¿Probó desenchufar el aparato y volver a enchufarlo?")
k = c("Desde las 8. Sí, lo desenchufé y nada, sigue la luz roja.", None)
d = t("Gracias. La señal de la fibra no está llegando a su casa; puede ser un cable cortado en la calle, no es el aparato.")
e = c("Ay, ¿y entonces qué hacemos?", None)
dx = t("Ya veo: tiene LOS en la ONT, potencia óptica fuera de rango; hay que revisar la acometida o el splitter de la NAP.")
ex = c("¿Mande? No le entendí nada, mijo. ¿Qué es eso?", None)
f = t("Un técnico puede ir mañana de 9 a 12; la llama antes de llegar. ¿Hay alguien en casa a esa hora?")
g = c("Sí, mijo, ahí estoy. Gracias.", None)
P.append(rpair("esb32r_f09_quito_luz_roja", "Internet provider phone support, Quito (Ecuador): an older woman's fibre connection is down with a red light.",
[a, b, k, d, e, f, g], [a, b, k, dx, ex, f, g]))

# f10 talks about themselves
a = c("Hola, buenas. Queremos hacer el trek Santa Cruz, somos tres amigos. Nunca hemos hecho uno de varios días.", None)
b = t("¡Hola! Buena elección. ¿Hace cuántos días están en Huaraz y qué tal con la altura?")
k = c("Llegamos anteayer. A uno le dolió la cabeza ayer, pero ya está mejor.", None)
d = t("Entonces veamos primero cómo camina el grupo en altura. ¿Alguno ha caminado varias horas con mochila?")
e = c("Solo yo, en Cusco. Los otros dos no mucho.", None)
dx = t("¡Yo mi primer Santa Cruz lo hice sin aclimatar! A los 19, subí a Punta Unión corriendo, luego el Alpamayo, el Huascarán dos veces... Soy de acá, pues, ni me afecta.")
ex = c("Ah, qué bien por usted... Nosotros no somos de acá. Solo yo he caminado, en Cusco.", None)
f = t("Mañana hagan la laguna Churup, de un día, para aclimatar. Si todos están bien, salimos el jueves: 4 días, 750 soles con arriero y cocinero.")
g = c("Setecientos cincuenta... en otra agencia nos dijeron 600.", "too_expensive")
h = t("Puede ser; pregunten si incluye arriero, cocinero y carpa de comedor. Mañana, después de Churup, me cuentan cómo les fue.")
P.append(rpair("esb32r_f10_huaraz_trek_santacruz", "Trekking agency, Huaraz (Peru): three friends with no multi-day experience ask about the Santa Cruz trek.",
[a, b, k, d, e, f, g, h], [a, b, k, dx, ex, f, g, h]))

PAIRS = P

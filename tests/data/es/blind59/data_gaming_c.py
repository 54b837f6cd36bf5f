"""Gaming pairs, file c (hand-written by the esb59 writer). Kinds: putdown_question ... blame."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- c1 putdown_question
_o = c("Buenas. Mirá, me debitaron dos veces la cuota del préstamo este mes, un millón doscientos cada vez, y me quedé sin plata para el súper.", None)
PAIRS.append(gpair(
    "esb59g_asuncion_cooperativa_doble_debito",
    "cooperativa de ahorro y crédito, Asunción (Fernando de la Mora)",
    "putdown_question",
    "Un socio de una cooperativa del Gran Asunción llega a atención al socio porque le debitaron dos veces la cuota de su préstamo a fin de mes.",
    [
        _o,
        t("Buenas, señor. Qué macana, y justo a fin de mes. Deme su número de socio o su cédula y lo reviso ahora."),
        c("Cuatro millones quinientos veintitrés... acá está la cédula. Fue el martes y el miércoles, los dos débitos. Tengo el extracto en el celular.", None),
        t("Sí, lo veo: dos débitos de la cuota catorce, el martes y el miércoles. Fue un error del proceso automático, no suyo. Le hago la reversión ahora; el dinero vuelve a su caja de ahorro en 24 a 48 horas hábiles."),
        c("¿Cuarenta y ocho horas? ¿Y mientras tanto qué como? Tengo que pagar el colegio de los chicos el viernes.", None),
        t("Tiene razón, es mucho. Puedo pedirle a mi supervisora una reversión urgente, que sale hoy antes de las cinco. ¿Me espera diez minutos mientras la autoriza?"),
        c("Bueno, espero. Pero la verdad ya es la segunda vez que me pasa con ustedes, eh. Estoy pensando en pasar mi sueldo a otro lado.", "bad_experience"),
        t("Lo entiendo, y lo anoto en el reclamo con las dos fechas, para que revisen por qué se repite. Ya está autorizado: a las cinco tiene la plata. Le dejo mi interno por si no aparece."),
        c("Ya, gracias. Vamos a ver si a las cinco está.", None),
    ],
    [
        _o,
        t("Buenas. A ver, calmate un poco. ¿Seguro que no fuiste vos el que pagó dos veces por la app?"),
        c("¿Yo? No, che. Es débito automático, yo no toqué nada.", None),
        t("Ajá. ¿Y revisaste bien el extracto o leíste nomás el mensajito? Porque mucha gente se confunde."),
        c("Acá está el extracto, mirá vos: martes y miércoles, un millón doscientos cada uno.", None),
        t("Bueno, sí, puede ser. ¿Pero no te parece mucho escándalo por algo que se revierte solo en 48 horas? Valoramos mucho tu relación con la cooperativa."),
        c("¿Escándalo? Tengo que pagar el colegio de mis hijos el viernes. Y no es la primera vez que me hacen esto, eh.", None),
        t("¿Y por qué no tenías un colchón de ahorro para estas cosas? Te recomiendo nuestra cuenta de ahorro programado, justamente para imprevistos. ¿Cómo lo ves?"),
        c("¿Me estás cargando? No quiero ninguna cuenta más. Quiero mi plata de vuelta y hablar con tu jefe.", "no_need"),
    ],
))

# ---------------------------------------------------------------- c2 not_my_department_or_read_the_terms
_o = c("Buenas tardes. Vengo por lo del reembolso del seguro de la operación de mi papá. En la aseguradora me dicen que falta un papel de la clínica, el detalle de las medicinas.", None)
PAIRS.append(gpair(
    "esb59g_cuenca_clinica_reembolso",
    "clínica privada, Cuenca (El Ejido)",
    "not_my_department_or_read_the_terms",
    "Una hija va a información de una clínica de Cuenca a pedir el documento que la aseguradora le exige para reembolsar la cirugía de su padre; tiene un plazo.",
    [
        _o,
        t("Buenas tardes. Sí, con gusto. ¿Le dijeron exactamente qué documento? ¿El detalle valorado de medicinas e insumos, con firma y sello?"),
        c("Eso mismo, el detalle valorado. Aquí tengo el correo de la aseguradora, vea. Dicen que sin eso no pagan, y son mil ochocientos dólares.", None),
        t("Ya veo. Eso lo emite facturación, que está aquí al lado, pero yo le hago la solicitud ahora con el número de historia de su papá, para que no tenga que hacer otra fila. ¿Cuándo fue la operación?"),
        c("El 12 del mes pasado, de la vesícula. Y ojo que la aseguradora me da plazo hasta el 30 para entregar.", None),
        t("Facturación lo entrega en tres días hábiles; le pido que lo marquen urgente por su plazo. Se lo mando escaneado a su correo y el original lo retira aquí. ¿Me da su correo?"),
        c("Ya, le escribo aquí. Pero ¿tres días seguro? La última vez que pedí un certificado aquí se demoraron dos semanas.", "bad_experience"),
        t("Entiendo la desconfianza. Le doy el número de solicitud y mi extensión. El jueves en la mañana yo misma le llamo para decirle si ya está; si no está, subo con usted a facturación."),
        c("Bueno, señorita, le tomo la palabra. El jueves espero su llamada.", None),
    ],
    [
        _o,
        t("Buenas tardes. Entiendo su necesidad. Eso lo ve facturación, no es mi área, yo solo agendo citas. ¿Algo más en que le pueda ayudar?"),
        c("Ya fui a facturación y me mandaron aquí, señorita. Dicen que la solicitud se hace en información.", None),
        t("Ah, bueno, pero eso depende del convenio con su aseguradora. ¿Usted leyó la póliza? Ahí dice clarito qué documentos tiene que presentar."),
        c("Sí, la leí, por eso sé que necesito el detalle valorado. Tengo plazo hasta el 30.", None),
        t("Mire, yo no pongo las reglas. Las políticas de la clínica dicen que los documentos se piden por la página web, en el formulario de solicitudes. Ahí le responden en quince días hábiles."),
        c("¿Quince días? Para entonces ya se me pasó el plazo. Son mil ochocientos dólares, señorita.", None),
        t("Lamento mucho que su experiencia no sea la esperada. Puede dejar una sugerencia en el buzón. ¿Le gustaría calificar mi atención?"),
        c("No, gracias. Voy a hablar con el director médico.", None),
    ],
))

# ---------------------------------------------------------------- c3 social_proof_or_deadline_pressure
_o = c("Buenas. Quiero ver aire acondicionado para mi local, que en la galería ya no da más el calor y los clientes entran y salen enseguida.", None)
PAIRS.append(gpair(
    "esb59g_cde_aire_acondicionado",
    "casa de electrodomésticos y climatización, Ciudad del Este",
    "social_proof_or_deadline_pressure",
    "La dueña de una perfumería dentro de una galería de Ciudad del Este consulta por un aire acondicionado para su local.",
    [
        _o,
        t("Buenas. ¿De cuántos metros es el local, y tiene vidriera al sol o está adentro de la galería?"),
        c("Unos cuarenta metros, adentro, pero las luces de las vitrinas calientan un montón. Y la puerta está siempre abierta, ¿viste?", None),
        t("Con cuarenta metros, luces y puerta abierta, un split de 24.000 BTU le va a quedar justo; uno de 18 no le alcanza. ¿Tiene 220 en el local y dónde podría ir la unidad de afuera?"),
        c("220 sí. Afuera hay un pasillo técnico atrás, ahí tienen los otros locales. ¿Cuánto me sale?", None),
        t("El inverter de 24 está 5.900.000 instalado, y el común 4.700.000. El inverter gasta como un tercio menos de luz; si lo prende diez horas por día, en un año y medio más o menos recupera la diferencia."),
        c("Mmm, casi seis millones... Ahora mismo no puedo poner todo eso, estamos en temporada baja.", "no_money"),
        t("Entiendo. Tenemos seis cuotas con tarjeta sin recargo, o puede esperar a diciembre. Le dejo el presupuesto por escrito, vale treinta días, y si quiere paso a medir el local sin compromiso."),
        c("Dale, pasá a medir el lunes. Lo de las cuotas lo tengo que ver con mi contador.", "think_it_over"),
    ],
    [
        _o,
        t("Buenas. ¿Qué tan importante es para usted la experiencia de sus clientes? Porque le cuento que todos los locales de su galería ya pusieron nuestro inverter."),
        c("¿Todos? El de al lado tiene un ventilador nomás. ¿Cuánto sale uno para cuarenta metros?", None),
        t("El inverter de 24.000 está 5.900.000 instalado, pero le aviso que esa promo vale solo hasta las seis de la tarde. Mañana sube, porque el dólar está subiendo."),
        c("Hasta las seis... no, che, yo no compro así, apurada. Tengo que pensarlo.", "think_it_over"),
        t("La entiendo. Pero tenga en cuenta que me quedan solo dos equipos en stock, y ya hay un señor de otra galería que me dijo que vuelve a las cinco."),
        c("Y que se lo lleve él. Ahora mismo no tengo casi seis millones, estamos en temporada baja.", "no_money"),
        t("Mire, los locales que no tienen aire en diciembre pierden clientes, todos los comerciantes me lo dicen. ¿Qué necesita para decidir ahora?"),
        c("Necesito que me dejes tranquila. Chau.", None),
    ],
))

# ---------------------------------------------------------------- c4 keyword_stuffed
_o = c("Buenos días. Le atiendo rápido porque tengo embarque hoy. Somos exportadora chica, mandamos unos ocho contenedores refrigerados por semana a Rusia y al Mediterráneo. ¿Qué me ofrece?", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_contenedores_banano",
    "agencia de carga marítima refrigerada, Guayaquil",
    "keyword_stuffed",
    "El ejecutivo de una agencia de carga visita al jefe de logística de una exportadora bananera pequeña en Guayaquil, un día de embarque.",
    [
        _o,
        t("Buenos días, gracias por el tiempo. Seré breve: ¿qué es lo que más le está fallando hoy con su naviera o su agente de carga?"),
        c("Los cupos. En temporada alta, de enero a abril, me confirman el espacio el jueves para cargar el sábado, y dos veces me dejaron un contenedor en el patio. Fruta parada, plata perdida.", None),
        t("Ya. Y en precio, ¿está cómodo con lo que paga ahora al Mediterráneo?"),
        c("El precio está más o menos, no es lo que más me duele. Lo que me duele es quedarme sin espacio.", None),
        t("Entonces le propongo algo concreto: espacio fijo de seis contenedores semanales en nuestra salida de los domingos desde Posorja, confirmado con diez días de anticipación, y los otros dos los vemos spot. Le paso la tarifa por escrito hoy."),
        c("Suena bien, pero a Rusia tengo contrato anual con la otra naviera, eso no lo puedo mover hasta diciembre.", "no_need"),
        t("Perfecto, lo dejamos fuera: solo Mediterráneo. ¿Le parece si hacemos una prueba con dos contenedores en la temporada alta y en diciembre conversamos lo de Rusia?"),
        c("Ya. Mándeme la tarifa al correo y la reviso con el gerente esta semana.", "think_it_over"),
    ],
    [
        _o,
        t("Buenos días. Antes que nada, para nosotros lo más importante es construir una relación de confianza a largo plazo y entender sus necesidades. ¿Cómo se siente con su experiencia logística actual?"),
        c("Mal con los cupos en temporada alta. Me han dejado contenedores en el patio. Pero rápido, que tengo embarque.", None),
        t("Entiendo perfectamente cómo se siente. Nuestra propuesta de valor está centrada en su éxito y en una experiencia de cliente diferenciada, acompañándolo en cada necesidad con soluciones integrales."),
        c("Ya, pero ¿me garantizan espacio o no? ¿Y cuánto cuesta al Mediterráneo?", None),
        t("Excelente pregunta. Lo que escucho es que usted necesita confianza, y nuestra relación se basa justamente en la confianza y en entender profundamente sus necesidades para co-crear el éxito juntos."),
        c("Ñaño, eso no me dice nada. Tengo la fruta en el puerto y usted me habla de confianza.", None),
        t("Comprendo su sentir. ¿Le parece si agendamos un taller de descubrimiento de necesidades con su equipo, para alinear expectativas y fortalecer la relación?"),
        c("No tengo tiempo para talleres, ñaño. Estoy con el embarque encima.", "no_time"),
        t("Con gusto, entonces le envío nuestra presentación corporativa con misión, visión y valores. Gracias por esta experiencia."),
        c("Ya, ya, mándela nomás. Chao.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c5 rude
_o = c("Buenas, mi hijo. ¿A qué hora hay coche para Encarnación? Tengo que llegar para el cumpleaños de mi nieta y no leo bien los carteles.", None)
PAIRS.append(gpair(
    "esb59g_asuncion_pasaje_encarnacion",
    "empresa de ómnibus, boletería de la Terminal de Asunción",
    "rude",
    "Una jubilada que ve poco pregunta en la boletería de la Terminal de Asunción por el coche a Encarnación para llegar al cumpleaños de su nieta.",
    [
        _o,
        t("Buenas, señora. Hay uno a las diez y media y otro a la una. ¿Para hoy es? ¿A qué hora tiene que estar allá?"),
        c("Para hoy, sí. El cumpleaños es a la noche, a las ocho, pero mi hija me va a buscar a la terminal y trabaja hasta las seis.", None),
        t("Entonces le conviene el de la una: llega a Encarnación a eso de las siete menos cuarto, cuando su hija ya salió del trabajo. El de las diez y media llega a las cuatro y media y tendría que esperar en la terminal."),
        c("Ah, no, esperar no, que me canso. El de la una. ¿Cuánto es? ¿Hay descuento para jubilados?", None),
        t("Es 95 mil. Para jubilados no tenemos descuento, le soy sincero. Le doy el asiento cinco, adelante, cerca del chofer, así le avisa cuando llegan."),
        c("Bueno, está bien. Ya está caro todo, pero qué vamos a hacer.", None),
        t("Acá tiene el boleto: plataforma doce, a la una menos cuarto tiene que estar acá. Si quiere, le acompaño hasta la plataforma cuando sea la hora."),
        c("Qué amable, mi hijo. Voy a tomar un cocido mientras.", None),
    ],
    [
        _o,
        t("El horario está en la pantalla, señora. ¿No ve?"),
        c("No veo bien, mi hijo, por eso le pregunto. Tengo que llegar para el cumpleaños de mi nieta.", None),
        t("Diez y media y una. Rápido, que tengo fila. ¿Cuál quiere?"),
        c("No sé... mi hija me busca a las seis, trabaja hasta esa hora. ¿Cuál me conviene?", None),
        t("Y yo qué sé, señora, usted sabrá. Es 95 mil. ¿Paga o no paga?"),
        c("¿95 mil? Uy, ¿no hay descuento para jubilados? Con mi jubilación no me alcanza para mucho.", "no_money"),
        t("No, no hay. Si no le alcanza, hay colectivos más baratos en la otra punta de la terminal. ¡El siguiente!"),
        c("Qué maleducado. Voy a ir a otra boletería.", None),
    ],
))

# ---------------------------------------------------------------- c6 ignored_customer
_o = c("Buenas, joven. Estoy buscando un celular para mi mamá, tiene setenta y nueve años. Algo sencillo, con números grandes, que ella solo quiere llamarme a mí y a mi ñaña.", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_celular_mama",
    "tienda de celulares, Guayaquil (centro, Bahía)",
    "ignored_customer",
    "Un hombre de mediana edad busca en una tienda del centro de Guayaquil un teléfono sencillo para su madre de 79 años.",
    [
        _o,
        t("Buenas, caballero. ¿Ella ve bien o usa lentes? ¿Y le interesa el WhatsApp, para ver a los nietos por video, o solo llamadas?"),
        c("Usa lentes, y oye poco también. WhatsApp no, ella se enreda. Mis hermanos viven en España y le llaman al fijo. Solo llamadas.", None),
        t("Entonces no le conviene un smartphone. Tengo este teléfono para adultos mayores: teclas grandes, volumen alto, compatible con audífono, y tiene un botón atrás que marca directo a cuatro números que usted graba. Cuesta 49 dólares."),
        c("Ah, mire qué bueno lo del botón. ¿Y la batería? Porque ella se olvida de cargarlo.", None),
        t("Dura como una semana con poco uso, y viene con una base: lo deja parado ahí y carga solo, no tiene que enchufar el cable. ¿Quiere que le grabe su número y el de su hermana de una vez?"),
        c("Sí, grábelos. Son el cero nueve ocho y el cero nueve nueve... aquí se los apunto. Me lo llevo.", None),
    ],
    [
        _o,
        t("Buenas, caballero. ¿Qué es lo más importante para su mamá en un celular?"),
        c("Que sea sencillo, que tenga números grandes. Ella usa lentes y oye poco. Solo quiere llamar.", None),
        t("Perfecto. Le recomiendo este Samsung de 6,7 pulgadas con cámara triple, así los nietos le mandan fotos por WhatsApp. Está 289 dólares."),
        c("No, joven, WhatsApp no, ella se enreda. Y 289 es mucho para solo llamar.", "too_expensive"),
        t("Entiendo. ¿Y qué otras cosas le gusta hacer a su mamá? Este tiene Netflix, YouTube, juegos..."),
        c("Ella tiene setenta y nueve años, joven. Ve la novela en la tele. Lo que quiero es algo con botones grandes, nada más.", "no_need"),
        t("Claro. Entonces, ¿le separo el Samsung en negro o en azul? Ahorita le puedo hacer el crédito a doce meses."),
        c("Mejor paso otro día con mi ñaña y vemos.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- c7 repeated_questions
_o = c("Buenas, veci. Necesito cotizar cuarenta sacos de cemento y veinte varillas de doce, para mañana tempranito, puesto en obra en Conocoto.", None)
PAIRS.append(gpair(
    "esb59g_quito_cemento_varilla",
    "ferretería y depósito de materiales de construcción, Quito (Valle de los Chillos)",
    "repeated_questions",
    "Un maestro de obra llama a un depósito de materiales del Valle de los Chillos para pedir cemento y varilla para fundir una losa.",
    [
        _o,
        t("Buenas, maestro. ¿Las varillas de doce milímetros, de doce metros? ¿Y en Conocoto dónde, más o menos, para calcular el flete?"),
        c("Sí, de doce por doce. Es por el parque de Conocoto, subiendo dos cuadras. Es para fundir una losa el sábado.", None),
        t("Ya. Cuarenta sacos a 8,20 son 328; veinte varillas a 15,50 son 310. El flete a Conocoto es 25. Total 663. ¿A qué hora necesita que llegue?"),
        c("Mañana a las siete, antes de que lleguen los peones. ¿Pueden tan temprano?", None),
        t("El camión sale de aquí a las siete, así que llegaría a las siete y media más o menos. Si le urge a las siete, se lo mando hoy en la tarde y se guarda en la obra. ¿Tiene dónde guardar los sacos bajo techo?"),
        c("Sí, hay un cuartito. Ya, mándemelo hoy. Pero 663... en la ferretería de la Ilaló me hacían descuento por cantidad, veci.", "too_expensive"),
        t("Por cuarenta sacos le puedo dejar el cemento en 8 dólares y el flete a 20. Queda en 650. Más no puedo, le soy honesto."),
        c("Ya, 650. Le transfiero ahorita y me pasa el teléfono del chofer.", None),
    ],
    [
        _o,
        t("Buenas, maestro. Cuénteme, ¿qué necesita?"),
        c("Ya le dije, veci: cuarenta sacos de cemento y veinte varillas de doce, mañana a las siete en Conocoto.", None),
        t("Perfecto. Y para entender bien su necesidad, ¿qué materiales está buscando para su obra?"),
        c("Cemento y varilla, pues. Cuarenta y veinte.", None),
        t("Excelente. ¿Y en qué fecha necesitaría recibir el material?"),
        c("Mañana, a las siete. ¿Me está escuchando o no?", None),
        t("Sí, claro, le escucho. ¿Y a qué dirección lo enviaríamos? ¿Es en Quito?"),
        c("¡En Conocoto, ya le dije! Chuta, mire, yo no tengo tiempo para esto, tengo los peones esperando.", "no_time"),
        t("Disculpe. Para resumir, ¿me podría repetir cuántos sacos necesita?"),
        c("Nada, veci, déjelo. Llamo a la de la Ilaló, que ahí me atienden rapidito.", None),
    ],
))

# ---------------------------------------------------------------- c8 wrong_paraphrase
_o = c("hola buenas! queria encargar bocaditos para el cumple de mi hijo el sabado a la tarde. cumple 5, vienen unos 30 entre chicos y grandes", None)
PAIRS.append(gpair(
    "esb59g_asuncion_bocaditos_cumple",
    "cocina de bocaditos y chipa por encargo, Gran Asunción (Lambaré)",
    "wrong_paraphrase",
    "Por WhatsApp, una madre de Lambaré encarga bocaditos paraguayos para la merienda del cumpleaños de cinco años de su hijo.",
    [
        _o,
        t("Hola! Que lindo, felicidades al cumpleañero. Para 30 personas, cuantos son chicos y cuantos adultos mas o menos? Y es merienda o cena?"),
        c("unos 15 chicos y 15 grandes. es merienda, de 4 a 7. los chicos comen poco y nada jaja", None),
        t("Jaja si, los chicos van directo al dulce. Para merienda te sugiero 150 bocaditos salados: chipa, empanaditas de carne y de pollo, mbeju en porcion y sopa paraguaya en cuadritos. Sale 450 mil con entrega. Alguien no come carne o es celiaco?"),
        c("mi cuñada es celiaca, justo. ella siempre come antes de venir la pobre", None),
        t("Para ella: la chipa y el mbeju se hacen con almidon de mandioca, sin trigo. Le preparo una bandejita aparte, sin contacto con las empanadas y con etiqueta. Sin costo extra."),
        c("ay que bueno, se va a poner re contenta. igual 450 esta fuera de lo q tenia pensado, yo calculaba unos 350 nomas", "no_money"),
        t("Te entiendo. Si bajamos a 110 bocaditos, que para 15 chicos alcanza de sobra, queda en 340 mil. Los chicos van a estar mas con la torta y los caramelos igual."),
        c("dale, asi. el sabado a las 3 y media en lambare, te paso la ubicacion", None),
    ],
    [
        _o,
        t("Hola! Felicidades. Para entender bien tu necesidad: entonces es una fiesta de quince años para 300 personas, correcto?"),
        c("noo jaja, 5 años. y 30 personas, no 300", None),
        t("Perfecto, entonces lo que escucho es que queres una cena completa con asado y mesa dulce para los adultos. Te paso el paquete Gala, 2.800.000"),
        c("que? yo nunca dije cena ni asado. es una merienda nomas, de 4 a 7. y eso es carisimo", "too_expensive"),
        t("Entiendo. Entonces si te comprendo bien, lo importante para vos es un show de animacion con payaso para los chicos, verdad? Te agrego el show por 300 mil mas"),
        c("en ningun momento te hable de payaso. no necesito eso, mi hermano hace de animador gratis jaja", "no_need"),
        t("Genial, entonces confirmo: fiesta de 15, cena con asado, show de payaso, sabado a la noche. Te mando el link de pago?"),
        c("no che, dejalo. le voy a encargar a la señora de la esquina que ya me conoce", None),
    ],
))

# ---------------------------------------------------------------- c9 pitch_to_upset
_o = c("Señorita, por favor, ayúdeme. Me robaron la cartera en la Ecovía y me sacaron plata de la cuenta. Doscientos dólares, era para el arriendo.", None)
PAIRS.append(gpair(
    "esb59g_quito_tarjeta_robada",
    "cooperativa de ahorro y crédito, agencia en Quito (centro norte)",
    "pitch_to_upset",
    "Una socia llega alterada a su cooperativa en Quito: le robaron la cartera en el transporte público y alguien sacó dinero de su cuenta con la tarjeta.",
    [
        _o,
        t("Ay, qué terrible, siéntese un ratito. Lo primero: voy a bloquear su tarjeta ahora para que no saquen más. Deme su cédula, o dígame el número si se la robaron también."),
        c("Sí, también se llevaron la cédula. Es uno siete uno ocho... Ay, señorita, estoy temblando todavía.", None),
        t("Tranquila, ya está bloqueada; nadie puede sacar nada más. Veo dos retiros de cien en un cajero de La Marín, a las once y diez. ¿A qué hora fue el robo, más o menos?"),
        c("Como a las diez y media, en la parada de La Marín mismo. Me di cuenta recién al llegar al trabajo.", None),
        t("Con eso le abro el reclamo por retiros no reconocidos. Para que avance necesitamos la denuncia en la Fiscalía, que se puede poner en línea. La cooperativa revisa las cámaras del cajero y le responde en quince días. No le prometo que salga a su favor, pero sí que se revisa."),
        c("¿Quince días? El arriendo es el cinco, señorita.", None),
        t("Entiendo. Hoy mismo le hago la tarjeta nueva, y voy a hablar con el jefe de agencia por si le autoriza un adelanto, ya que su sueldo llega aquí. No es seguro, pero lo pido hoy."),
        c("Sí, por favor, pídalo. Gracias por no hacerme sentir tonta.", None),
    ],
    [
        _o,
        t("Lamento mucho lo que le pasó, entiendo perfectamente cómo se siente. ¿Sabía que con nuestro seguro Protección Total esto no le habría pasado? Cubre robos y uso indebido de tarjeta por 3,99 al mes."),
        c("Señorita, me acaban de robar. ¿Me puede bloquear la tarjeta, por favor?", None),
        t("Claro, ya mismo. Y lo que escucho es que usted necesita sentirse segura, por eso le conviene activar el seguro hoy, así queda protegida desde ya. ¿Le parece?"),
        c("No quiero ningún seguro, quiero saber qué pasa con mis doscientos dólares.", "no_need"),
        t("Eso lo ve reclamos, se demora. Mientras tanto, le cuento que tenemos un crédito express para emergencias, aprobado en una hora, al 15 por ciento. Así paga su arriendo."),
        c("¿Un crédito? ¿Para pagar el arriendo que me robaron? No, no puedo endeudarme más, ya tengo un préstamo aquí.", "no_money"),
        t("Entiendo. Entonces, ¿le activo solo el seguro? Son menos de cuatro dólares, lo que cuesta un almuerzo."),
        c("¿Ya me bloqueó la tarjeta o no? Quiero hablar con el jefe de agencia.", None),
    ],
))

# ---------------------------------------------------------------- c10 blame
_o = c("Buenas tardes. Vea, la semana pasada compré aquí unos codos y una llave de paso para el baño, y la llave está goteando por la rosca. Ya me mojó el cielo falso del de abajo.", None)
PAIRS.append(gpair(
    "esb59g_cuenca_llave_de_paso",
    "ferretería, Cuenca (Feria Libre)",
    "blame",
    "Un cliente vuelve a una ferretería cerca de la Feria Libre de Cuenca con una llave de paso que gotea una semana después de instalada.",
    [
        _o,
        t("Buenas tardes, qué pena, y encima con el vecino de abajo. ¿Trajo la llave? ¿Gotea por la unión con el tubo o por la manija?"),
        c("Por la rosca, donde entra al tubo. Aquí está, la saqué. El maestro que me ayudó puso teflón, creo que tres vueltas.", None),
        t("A ver... La rosca tiene una fisura aquí, ¿ve la rayita? Puede ser de fábrica o de apretarla mucho; con una fisura ningún teflón sella. Se la cambio por una nueva, y le recomiendo esta de bronce en vez de la de plástico; cuesta 4 dólares más."),
        c("Ya, ¿pero por qué tengo que pagar más si la otra salió mala? No me parece.", "too_expensive"),
        t("Tiene razón. Le cambio la de plástico igualita, sin costo. La de bronce es solo si usted quiere; aguanta más el apretón, pero la de plástico bien puesta también dura."),
        c("Deme la de bronce, entonces, le pago la diferencia. Pero dígame cómo se pone para que no vuelva a pasar.", None),
        t("Cinco o seis vueltas de teflón en el sentido de la rosca, y se aprieta a mano más un cuarto de vuelta con la llave, no más. Si quiere, el sábado le mando a nuestro gasfitero; la visita son 15 dólares."),
        c("No, ya con eso lo hago yo, gracias, no hace falta.", "no_need"),
    ],
    [
        _o,
        t("Buenas tardes. Entiendo su molestia. ¿Y quién se la instaló? Porque esta llave no se daña sola."),
        c("Un maestro que me ayudó, puso teflón, tres vueltas creo.", None),
        t("Ahí está. ¿Tres vueltas? Con razón. Su maestro no sabe instalar, eso es mal uso. ¿Y no le dijo que no apriete con la llave de pico?"),
        c("No sé cómo apretó, yo no estaba. Pero vea, tiene una rayita en la rosca, como una fisura.", None),
        t("Esa fisura es de apretar como bestia. Eso no lo cubre la garantía. Si quiere, le vendo otra, 6,50, y esta vez contrate a alguien que sepa. ¿Alguna otra inquietud?"),
        c("O sea, ¿encima tengo que volver a pagar? La última vez que compré aquí también me salió fallada una ducha y tampoco me la cambiaron.", "bad_experience"),
        t("Lamento que haya tenido esa experiencia, pero nosotros vendemos productos buenos; el problema es cómo los usan los clientes. ¿Algo más?"),
        c("Nada más. Y no vuelvo.", None),
    ],
))

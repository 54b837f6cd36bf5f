"""Gaming pairs, file a (hand-written by the esb61 writer). Centroamérica, Spanish."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- 1 monologue
_open = c("Buenas tardes. Fíjese que ando viendo lo de una despulpadora, la que tengo ya está bien gastada, ya me está machucando el grano.", None)
PAIRS.append(gpair(
    "esb61g_huehue_despulpadora",
    "agricultural equipment store, Huehuetenango, Guatemala",
    "monologue",
    "A small coffee grower (about 80 quintales of cherry) needs to replace a worn hand-cranked pulper; little cash after a poor price year; no electricity on the farm.",
    [
        _open,
        t("Buenas tardes, pase adelante. Si le está machucando el grano eso le baja la calidad, ¿verdad? Cuénteme, ¿cuántos quintales de uva saca más o menos por cosecha, y la que tiene ahora es de motor o de manivela?"),
        c("Unos ochenta quintales de uva, más o menos, son como cuatro cuerdas nomás. La mía es de manivela, pero ya me duelen los hombros, la verdad. Y el agua allá arriba a veces escasea.", None),
        t("Ochenta quintales, de manivela, y el agua justa. Entonces le conviene una con motorcito pequeño y que trabaje casi en seco. ¿Donde la pondría hay luz, o tendría que ser de gasolina?"),
        c("Luz no hay, allá todo es a pura candela. ¿Y cuánto sale una así?", None),
        t("Esta de cilindro de cobre con motor de gasolina de cinco caballos sale en ocho mil quinientos quetzales. Con eso despulpa lo de un día en una hora. La misma sin motor, para ponérselo después, en cinco mil doscientos."),
        c("Uy no, ocho mil quinientos... con lo que pagaron el café este año no está pa' eso. Ahorita no tengo ese pisto.", "no_money"),
        t("Le entiendo, el precio estuvo feo. Hay dos caminos: se lleva la de cinco mil doscientos y le pone el motor el otro año, o si es socio de alguna cooperativa, varias tienen crédito para equipo que se paga al entregar la cosecha. ¿Es socio de alguna?"),
        c("Sí, de la de Todos Santos... pero no sé, eso lo tengo que ver con mi hijo, él es el que me ayuda con las cuentas.", "think_it_over"),
        t("Me parece muy bien. ¿Qué tal si vienen los dos el sábado en la mañana? Se la pongo a trabajar con café de aquí para que vean cómo deja el grano, y les tengo por escrito los dos precios y lo del crédito para que lo platiquen con calma."),
        c("Va pues, el sábado venimos.", None),
    ],
    [
        _open,
        t("¡Buenas tardes, bienvenido! Qué bueno que vino, porque aquí lo más importante es su experiencia. Mire, le cuento: esta es la DP-900, la estrella de la casa, cilindro de acero inoxidable, doble criba, motor de nueve caballos, despulpa hasta cuarenta quintales por hora y viene con clasificador de verdes. Las fincas grandes de La Libertad se la llevan todas."),
        c("Ajá... pero fíjese que yo...", None),
        t("Y espérese, que no le he contado lo mejor: trae garantía de dos años, el técnico le llega a la finca, y si la compra con el kit de correteo le sale el repuesto del pechero gratis. ¿Qué es lo que más valora usted en una máquina? Porque esta lo tiene todo: potencia, durabilidad, eficiencia. Aquí queremos que su relación con nosotros sea de largo plazo."),
        c("Sí, pero yo son como ochenta quintales los que saco, no es finca grande pues...", None),
        t("¡Perfecto, entonces le sobra capacidad para crecer! La gente piensa que una despulpadora es un gasto, pero es una inversión. Y si me la aparta hoy con el veinte por ciento, se la llevamos hasta Huehue sin costo. El precio es de veintiséis mil quetzales, que para lo que da es regalado. ¿Cómo se ve usted con esta máquina en su beneficio?"),
        c("¿Veintiséis mil? Púchica... no, eso ni vendiendo la cosecha entera.", "no_money"),
        t("Es que no lo vea como precio, véalo como experiencia. Además hay financiamiento, el motor es alemán, consume poquísimo, y tenemos clientes en Cuilco, en La Democracia, en San Pedro Necta, todos felices. ¿Alguna otra pregunta que le pueda resolver?"),
        c("No, mejor ya me voy, otro día paso con más calma.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- 2 closing_as_open_question
_open = c("hola buenas, una consulta. tengo el plan de 8 mil y se me acaban los datos como a medio mes, q opciones hay", None)
PAIRS.append(gpair(
    "esb61g_cartago_plan_datos",
    "mobile phone operator, WhatsApp sales chat, Cartago, Costa Rica",
    "closing_as_open_question",
    "A university student on an 8,000-colón postpaid plan runs out of data mid-month, mostly from hotspot for homework; her mother pays the bill.",
    [
        _open,
        t("¡Hola, buenas! Con gusto le ayudo. Para recomendarle algo que de verdad le sirva, ¿en qué usa más los datos? ¿Videos, redes, trabajo, cosas de la U?"),
        c("todo un poco jaja. estudio en el tec y en el bus veo videos, y tmb hago tareas con el hotspot xq en la casa el internet es malisimo", None),
        t("Entiendo, entonces el hotspot para las tareas es lo que más se come los datos. ¿Cuántos GB usó el mes pasado más o menos? Lo puede ver en la app, en la parte de consumo."),
        c("diay dice q 19 gb y eso q me quede sin datos como 10 dias. el de 12 mil cuanto trae? pq 12 mil es mucha plata pa mi, no trabajo", "no_money"),
        t("El de 12 mil trae 25 GB, pero si no le calza, hay algo más barato: se queda con el de 8 mil y compra un paquete de 10 GB solo los meses de exámenes, a 2500 colones, y lo activa cuando lo ocupe. Así no se amarra a pagar más todos los meses. ¿Le serviría así?"),
        c("mmm puede ser. igual le voy a preguntar a mi mama q es la q me paga el plan", "think_it_over"),
        t("Perfecto, me parece bien. Le dejo aquí en el chat las dos opciones con precios para que se las enseñe. Si se deciden por el paquete lo activa usted misma desde la app, no tiene que escribirnos. ¿Le quedó alguna duda?"),
        c("no todo bien, gracias!! pura vida", None),
        t("¡Pura vida! Y si al final su mamá prefiere el de 12 mil, me escribe aquí mismo y se lo cambio sin cobrarle el cambio."),
    ],
    [
        _open,
        t("¡Hola, buenas! Qué dicha que nos escribe. Cuénteme, ¿qué le gustaría que tuviera su nuevo plan? Porque el de 15 mil con 40 GB es el que todo mundo está llevando."),
        c("pues q me alcancen los datos nada mas. uso hotspot pa las tareas", None),
        t("Entiendo perfectamente. Entonces, ¿qué tendría que pasar para que hoy mismo le dejemos activo el plan de 15 mil?"),
        c("ehh ok pero y el de 12 mil cuantos gb trae? es q no se ni cuanto gasto yo", None),
        t("¡Claro! Y para irle adelantando, ¿cómo prefiere hacer el pago, con tarjeta o con rebajo automático de la cuenta?"),
        c("ninguna, ni siquiera se si me alcanza. 15 mil es un monton pa mi", "no_money"),
        t("Comprendo. ¿Y qué es lo que le impide darme el sí ahorita, si ya vimos que el plan le resuelve todo? ¿A qué correo le mando el contrato para firmarlo digital?"),
        c("a ninguno. mejor lo veo con mi mama otro dia, gracias", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- 3 pitch_as_paraphrase
_open = c("Buenas, vengo a ver las motos. Ando buscando una pa' trabajar, hago delivery y la que tenía me la robaron hace dos semanas.", None)
PAIRS.append(gpair(
    "esb61g_sps_moto_delivery",
    "motorcycle dealer, San Pedro Sula, Honduras",
    "pitch_as_paraphrase",
    "A delivery rider whose bike was stolen needs a cheap, fuel-saving work motorcycle on credit; he was burned by a finance company before.",
    [
        _open,
        t("Buenas, qué pena lo de la moto. Para ver qué le conviene: ¿cuántos kilómetros hace en un día más o menos, y por dónde se mueve, pura ciudad o sale a carretera?"),
        c("Todo el día en la ciudad, unos cien, ciento veinte kilómetros. Por el centro y la Rivera Hernández, bastante calle mala. La otra era una 150 y se bebía la gasolina.", None),
        t("Ciudad, calle mala y que no se beba la gasolina. Para eso le enseñaría la 125 de trabajo: le hace como ciento veinte kilómetros por galón, tiene la suspensión más alta pa' los baches y los repuestos se consiguen en cualquier lado. ¿La pensaba pagar de contado o al crédito?"),
        c("Al crédito, pero le digo la verdad, ya una vez me jodió una financiera, terminé pagando casi el doble y me la quisieron quitar por un atraso.", "bad_experience"),
        t("Uf, eso pasa y da cólera. Entonces hagamos las cuentas aquí en papel, a la vista: precio de contado, prima, cuota, cuántas cuotas y el total que terminaría pagando. Y le leo qué pasa si se atrasa, para que no haya sorpresas."),
        c("Vaya, eso sí me gusta. ¿Y cuánto sería la prima?", None),
        t("Con la 125 la prima es de cuatro mil lempiras y la cuota semanal de 690, a 18 meses. En total pagaría sesenta y seis mil y pico contra cincuenta y dos mil de contado; esa diferencia es el interés. Llévese la hoja, sáquele cuentas con lo que gana a la semana, y si le cuadra, con su identidad y un recibo de luz se la sacamos en un día."),
        c("Vaya pues, déjeme sacar bien las cuentas y el lunes vengo.", "think_it_over"),
    ],
    [
        _open,
        t("Buenas, bienvenido. Cuénteme, ¿qué es lo que usted busca en una moto?"),
        c("Algo que no gaste mucha gasolina, es pa' trabajar, delivery. Y que aguante la calle mala.", None),
        t("Perfecto. Entonces, si le entiendo bien, lo que usted necesita es la Tornado 250 con el plan de financiamiento Oro a 36 meses, ¿es correcto?"),
        c("No, yo no dije eso. Le dije que gaste poco, que es pa' trabajar.", None),
        t("Claro, claro. Lo que me está diciendo es que quiere rendimiento y protección, o sea, la 250 con el paquete Seguridad Total: seguro contra robo, GPS y casco certificado, por solo 950 lempiras a la semana. ¿Lo escuché bien?"),
        c("¿950 a la semana? Maje, eso es lo que gano en dos días. Ni loco.", "no_money"),
        t("Entiendo. Entonces, para resumir lo que usted me ha compartido: usted busca invertir en su tranquilidad con la 250 y el paquete, y lo único que le preocupa es la cuota, ¿verdad que sí?"),
        c("No, eso lo está diciendo usted. Yo vine por una 125 baratita. Mejor me voy a ver a la otra agencia, la de la salida a Puerto Cortés.", None),
    ],
))

# ---------------------------------------------------------------- 4 upsell_as_loop_closing
_open = c("Buenas, fíjese que el niño amaneció con calentura, ¿qué le puedo dar?", None)
PAIRS.append(gpair(
    "esb61g_sanmiguel_farmacia_calentura",
    "neighbourhood pharmacy, San Miguel, El Salvador",
    "upsell_as_loop_closing",
    "A mother with little money asks what to give her four-year-old for a fever; dengue season.",
    [
        _open,
        t("Buenos días. ¿Qué edad tiene el niño y más o menos cuánto pesa? Y aparte de la calentura, ¿tiene otra cosa: tos, vómitos, manchitas en la piel?"),
        c("Tiene cuatro años, pesará unas treinta y cinco libras. Solo la calentura y está decaído, no quiso desayunar. Anoche le puse paños de agua.", None),
        t("Bien hecho lo de los paños tibios. Para su edad y peso le puede dar acetaminofén en jarabe, siete mililitros y medio cada seis horas, con la jeringuita que trae, no con cuchara. Como anda mucho dengue, si la calentura le dura más de dos días, o le ve manchas, dolor de barriga fuerte o sangrado de nariz, me lo lleva a la Unidad de Salud sin esperar. ¿Tiene con qué tomarle la temperatura?"),
        c("No, termómetro no tengo. ¿Y cuánto es el jarabe? Porque ando con lo justo, fíjese.", None),
        t("El de marca sale en cuatro cincuenta y el genérico en uno setenta y cinco, y es la misma medicina. Termómetro sencillo tengo a dos dólares, pero si no le alcanza, por hoy se puede guiar tocándole la frente y viendo cómo está de ánimo."),
        c("Deme el genérico nomás, el termómetro otro día, ahorita no me alcanza.", "no_money"),
        t("Con gusto. Le apunto la dosis en la caja para que no se le olvide: siete y medio cada seis horas, no más de cuatro veces al día. Y que tome bastante líquido, aunque sea suero casero. Que se mejore el cipote."),
        c("Gracias, es usted bien amable.", None),
    ],
    [
        _open,
        t("Buenos días. ¿Qué edad tiene el niño?"),
        c("Cuatro años. Solo la calentura tiene, está decaído.", None),
        t("Muy bien, le doy acetaminofén en jarabe. Y para cerrar bien su compra, ¿qué más le puedo agregar? Tenemos este multivitamínico para niños que le sube las defensas, ¿se lo incluyo?"),
        c("¿Y cuánto le doy del jarabe? Eso es lo que quiero saber.", None),
        t("Perfecto. ¿Algo más que necesite para que su visita quede completa? Le puedo agregar el termómetro digital, el suero de sabores y un jabón antibacterial, que ahorita con el dengue es lo que más se lleva."),
        c("No, nada de eso. Ando con lo justo, nada más el jarabe.", "no_money"),
        t("Claro, claro. Y para terminar, ¿qué le parece si le agrego la tarjeta de cliente frecuente? Son solo tres dólares y ya le queda el descuento para la próxima. ¿Se la activo?"),
        c("Ay no, mire, cóbreme el jarabe que el niño está solo con la abuela y me tengo que ir.", "no_time"),
    ],
))

# ---------------------------------------------------------------- 5 leading_tag_questions
_open = c("Buenas, buenas. Vengo a ver las pickup que tienen allá afuera. Necesito una pa' la finca, la mía ya se murió.", None)
PAIRS.append(gpair(
    "esb61g_david_pickup_finca",
    "used car lot, David, Chiriquí, Panamá",
    "leading_tag_questions",
    "A cattle farmer from Gualaca needs a used 4x4 pickup for muddy roads, budget around 15,000 dollars; a friend was burned by a used car bought in David.",
    [
        _open,
        t("Buenas, con gusto. ¿Qué tipo de finca es y qué le va a cargar a la pickup? ¿Y cómo son los caminos pa' llegar?"),
        c("Ganado, por allá por Gualaca. Cargo sal, alimento, a veces un ternero. El camino es de tierra, y en invierno eso es un lodazal, ajá.", None),
        t("Entonces lo que pesa es que sea 4x4, cama larga y diésel que aguante. Tengo dos que le pueden servir: una Hilux 2014 con 180 mil kilómetros en dieciséis mil, y una D-Max 2016 con 110 mil en diecinueve mil quinientos. ¿Cuánto tenía pensado gastar?"),
        c("Yo pensaba algo por los quince mil. Pero te voy a ser sincero: mi compadre compró un carro usado en una agencia aquí mismo en David y a los dos meses le salió la caja mala, y nadie le respondió.", "bad_experience"),
        t("Tiene toda la razón de cuidarse. Haga algo: tráigase a su mecánico de confianza, que la revise toda, la meta al taller si quiere, y yo le doy por escrito tres meses de garantía de motor y caja. Si a su mecánico no le gusta, no hay negocio y quedamos amigos. Y con la Hilux podemos hablar del precio si paga de contado."),
        c("Eso me parece más serio. El sábado tengo al mecánico libre, ¿te queda bien en la mañana?", None),
        t("El sábado a las nueve se la tengo lavada y lista. Déjeme su nombre y su número pa' avisarle si alguien más pregunta por ella; no se la vendo sin hablarle primero."),
        c("Va, Rodrigo Samudio. Ya te mando el número por WhatsApp.", None),
        t("Perfecto, don Rodrigo. El sábado a las nueve, y que su mecánico venga con tiempo, que la revise con calma."),
    ],
    [
        _open,
        t("¡Buenas, mi amigo! Usted es hombre de campo, así que va a querer la Ranger 2020 doble cabina, ¿verdad que sí?"),
        c("Bueno... yo venía viendo algo más sencillo, pa' cargar sal y alimento.", None),
        t("Claro, pero un ganadero serio no va a andar en una pickup vieja que lo deje botado en el lodo, ¿o me equivoco? Esta tiene apenas sesenta mil kilómetros."),
        c("¿Y cuánto cuesta esa vaina?", None),
        t("Veintinueve mil novecientos, una ganga. Y usted no es de los que se fijan en centavos cuando se trata de la finca, ¿no es cierto?"),
        c("Uy, no, fren, eso es mucho. Yo ando por los quince mil, más no tengo.", "no_money"),
        t("Pero con financiamiento la cuota es nada, y usted sabe que lo barato sale caro, ¿verdad? Además tiene aire, pantalla, cámara de retroceso... usted se merece eso, ¿o no?"),
        c("Mira, déjame pensarlo y yo te aviso.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- 6 putdown_question
_open = c("Mire, ya es la tercera vez que vengo. Mi hijo dice que mandó el dinero desde el jueves y aquí me dicen que no hay nada. ¿Qué está pasando?", None)
PAIRS.append(gpair(
    "esb61g_xela_remesa_detenida",
    "remittance agency, Quetzaltenango, Guatemala",
    "putdown_question",
    "An older woman has come three times for a remittance from her son in the US; it is held because the surname was misspelt; she needs it to pay the electricity bill.",
    [
        _open,
        t("Buenos días, señora. Tiene razón de estar molesta, tres viajes es mucho. Vamos a revisarlo ahorita mismo. ¿Me presta su DPI y el número de la remesa que le mandó su hijo?"),
        c("Aquí está el DPI. El número me lo mandó por mensaje, mire, aquí en el teléfono. Yo no le entiendo mucho a esas cosas.", None),
        t("A ver... sí, aquí aparece. El envío sí llegó el jueves, pero su hijo puso el apellido como Sacalchot, con che, y en su DPI dice Sacalxot, con equis. Por eso el sistema lo dejó en revisión. No se ha perdido, el dinero está ahí."),
        c("¡Ay, Dios! ¿Y ahora qué? La otra vez también me tuvieron una semana dando vueltas por otra cosa, ya le estoy diciendo a mi hijo que mejor mande por otro lado.", "bad_experience"),
        t("Le entiendo, y no quiero que le pase igual. Hay una forma rápida: si su hijo llama hoy a la agencia donde lo mandó y corrige el apellido, la corrección me llega en una o dos horas y se lo pago hoy mismo. ¿Le puede avisar ahorita? Yo le apunto aquí lo que tiene que decir."),
        c("Sí, le mando un audio, él en el almuerzo lo ve. Es que tengo que pagar la luz hoy, ya me la quieren cortar.", None),
        t("¿Quiere que le escriba en el papelito el apellido tal como está en su DPI, para que su hijo lo copie igualito?"),
        c("Sí, por favor, porque él escribe como le suena.", None),
        t("Aquí está. Y hagamos así: le anoto en este papelito el número de la agencia; cuando su hijo le confirme, me llama o viene, y yo se lo tengo listo para que no haga cola. Atendemos hasta las seis, y si a las cuatro no ha llegado la corrección, yo llamo a la central para apurarla."),
        c("Bueno, patojo, Dios se lo pague. Ahorita le mando el audio.", None),
    ],
    [
        _open,
        t("Buenos días, señora. A ver, tranquila, no es para ponerse así, ¿qué es lo que pasó exactamente?"),
        c("¡Cómo no me voy a poner así si ya es la tercera vez que vengo! Mi hijo dice que lo mandó el jueves.", None),
        t("Entiendo su sentir. Pero dígame, ¿usted está segura de que su hijo sí lo mandó por nosotros? Porque muchas veces la gente se confunde de agencia, ¿verdad?"),
        c("Claro que estoy segura, aquí tengo el número, mire.", None),
        t("A ver... sí, está aquí, detenido por el apellido. ¿Y no se fijó su hijo cómo escribía el apellido, o es que allá se les olvida cómo se llaman las mamás?"),
        c("Oiga, no me falte el respeto. La otra vez también me tuvieron dando vueltas, ya no vuelvo a recibir por aquí.", None),
        t("Nadie le está faltando, señora, solo le pregunto. ¿Qué parte no le quedó clara de que el error es de ustedes? Su experiencia con nosotros es muy importante."),
        c("Ya no quiero hablar con usted. Llámeme al encargado.", None),
    ],
))

# ---------------------------------------------------------------- 7 not_my_department_or_read_the_terms
_open = c("Buenas, disculpe. Nosotros reservamos aquí en recepción el tour de los puentes colgantes para hoy y nos acaban de decir que lo cancelaron por la lluvia. Pagamos ciento veinte dólares y nadie nos dice nada de la plata.", None)
PAIRS.append(gpair(
    "esb61g_lafortuna_tour_cancelado",
    "eco-lodge front desk, La Fortuna, Costa Rica",
    "not_my_department_or_read_the_terms",
    "A Costa Rican couple booked a hanging-bridges tour through the lodge; the operator cancelled for rain; they leave tomorrow at eleven and want their money back.",
    [
        _open,
        t("Buenas tardes, qué sal con el clima, y qué pena que se enteraran así. Déjeme ver la reserva, ¿a nombre de quién está y en qué habitación están?"),
        c("Andrea Solís, habitación doce. Somos dos, mi esposo y yo.", None),
        t("Listo, aquí la tengo: ciento veinte dólares pagados con tarjeta. Tienen dos opciones y ustedes escogen: el mismo tour mañana a las siete y media, que el pronóstico está mejor, o la devolución completa a la tarjeta. ¿A qué hora se van mañana?"),
        c("A las once salimos para San José, entonces no sé si da tiempo... y la verdad, la vez pasada en otro hotel nos pasó algo parecido y la devolución nunca llegó.", "bad_experience"),
        t("Entiendo la desconfianza. El de las siete y media termina a las nueve y media y la buseta los trae a las diez, les da para el checkout. Y si prefieren la devolución, la hago ahorita con usted aquí y le imprimo el comprobante, para que no quede en palabras."),
        c("Diay... mejor la devolución, no quiero andar corriendo con las valijas mañana.", "no_time"),
        t("Perfecto. Ya está hecha, aquí tiene el comprobante con el número de autorización; en el estado de cuenta tarda de cinco a diez días hábiles. Si para entonces no le aparece, me escribe a este correo con ese número y yo lo persigo."),
        c("Tuanis, muchas gracias. Vamos a ir a las termales por nuestra cuenta entonces.", None),
    ],
    [
        _open,
        t("Buenas tardes. Entiendo perfectamente su molestia y su experiencia es muy importante para nosotros. Ahora, el tour lo opera otra empresa, eso ya no es cosa del hotel."),
        c("Pero se lo pagamos a ustedes, aquí en esta recepción.", None),
        t("Sí, nosotros solo hacemos la reserva como intermediarios. Lo de devoluciones lo ve la operadora, yo no manejo eso. ¿Hay algo más en que le pueda servir?"),
        c("¿Y entonces a quién le reclamo? Nos vamos mañana.", None),
        t("Comprendo su necesidad. En el voucher que le dimos dice que las cancelaciones por clima se rigen por las políticas del operador. Le recomiendo leer la letra pequeña, ahí viene todo. Yo no hice las reglas, ¿verdad?"),
        c("Qué torta... mire, la vez pasada en otro hotel nos hicieron lo mismito y nunca vimos la plata. Ya veo que aquí va igual.", None),
        t("Lamento que se sienta así. Del uno al diez, ¿cómo calificaría hoy su satisfacción con nuestra atención? Aquí le dejo el número de la operadora, ellos abren mañana a las nueve."),
        c("¿A las nueve? Si nos vamos a las once. Voy a poner la reseña en internet, eso sí.", None),
    ],
))

# ---------------------------------------------------------------- 8 social_proof_or_deadline_pressure
_open = c("Buenas, vengo a ver lo del abono. Ya van a entrar las lluvias y quiero tener listo lo de mi finquita.", None)
PAIRS.append(gpair(
    "esb61g_copan_cooperativa_abono",
    "coffee cooperative input store, Copán, Honduras",
    "social_proof_or_deadline_pressure",
    "A member with three manzanas of coffee wants fertilizer before the rains; last year's product did little; no cash until he sells.",
    [
        _open,
        t("Buenos días, don Teodoro. ¿Cuántas manzanas tiene ahorita en producción, y qué le echó el año pasado?"),
        c("Tres manzanas, todo catuaí y un poco de lempira. El año pasado le eché el 18-46-0 que me dieron aquí, pero le soy sincero, no vi que le hiciera gran cosa a la mata.", "bad_experience"),
        t("Qué bueno que me lo dice. Puede ser que el suelo no pedía eso. ¿Le han hecho alguna vez análisis de suelo?"),
        c("No, nunca. Eso ha de ser caro, ¿verdad?", None),
        t("Para los socios la cooperativa lo cubre, solo hay que tomar la muestra. El técnico pasa por su aldea el martes; él le saca la muestra y en tres semanas tenemos el resultado, antes de la segunda aplicación. Para la primera, con las lluvias, le recomendaría una fórmula completa, no solo fósforo."),
        c("Ta bueno. Pero le digo que ahorita no tengo pisto para el abono, hasta que venda algo.", "no_money"),
        t("Eso se puede con el crédito de insumos: se lo lleva ahora y se descuenta cuando entregue café en la cosecha, al precio de hoy. Le apunto para el martes lo del análisis. ¿Cuántos quintales quiere sacar al crédito para la primera aplicación?"),
        c("Deme quince quintales, y el martes ahí estoy esperando al técnico.", None),
    ],
    [
        _open,
        t("Buenos días, don Teodoro. ¿Qué necesidades tiene su finca este año? Porque le cuento que ya casi todos los socios de su aldea se llevaron el paquete de abono, solo faltan usted y dos más."),
        c("Ajá... es que yo quería preguntar primero cuál me conviene, son tres manzanas nomás, catuaí.", None),
        t("Le entiendo. Pero fíjese que los de San Rafael ya pidieron casi todo lo que había en bodega, y el precio solo se lo aguanto hasta el viernes. Después sube como un treinta por ciento, ¿qué le parece?"),
        c("Es que ahorita no tengo pisto, hasta que venda.", "no_money"),
        t("Por eso, con más razón apártelo ya con el crédito, antes de que se acabe. Don Chepe y don Mincho firmaron esta mañana. ¿No querrá ser el único de la aldea que se quede sin abono, verdad?"),
        c("Bueno, pero déjeme hablarlo con la señora primero.", "think_it_over"),
        t("Claro. Solo le recuerdo que el viernes se acaba la promoción y ya no le garantizo nada. ¿Lo apunto con treinta quintales de una vez para asegurarlo?"),
        c("No, mejor después vengo. Treinta quintales ni los necesito pa' tres manzanas.", "no_need"),
    ],
))

# ---------------------------------------------------------------- 9 keyword_stuffed
_open = c("Aló, buenas, quería sacar una cita para mi papá. Es diabético y tiene una herida en el pie que no se le quiere cerrar.", None)
PAIRS.append(gpair(
    "esb61g_santaana_clinica_pie_diabetico",
    "private clinic, phone line, Santa Ana, El Salvador",
    "keyword_stuffed",
    "A daughter calls about her diabetic father's infected foot wound (three weeks, some pus); the siblings share his costs; the public health unit is free.",
    [
        _open,
        t("Buenas tardes. Con gusto. Antes de darle la cita, ¿desde cuándo tiene la herida y cómo la ve: está roja, hinchada, le sale pus o huele feo? ¿Tiene calentura?"),
        c("Como tres semanas. Está rojo alrededor y ayer como que le salió un poquito de pus. Calentura no, pero anda cansado. Y el azúcar la tiene alta, él no se cuida mucho.", None),
        t("Gracias por decírmelo. Con pus y tres semanas, eso lo tiene que ver un médico hoy o mañana a más tardar, no lo deje para la otra semana. Hoy a las cuatro tengo a la doctora Menjívar, que ve pie diabético. La consulta es treinta y cinco dólares y la curación va aparte, como quince."),
        c("¿Cincuenta dólares? Púchica... en la Unidad de Salud es gratis, solo que hay que madrugar.", "too_expensive"),
        t("Es cierto, y allá también se lo pueden ver; lo importante es que lo vean ya. Si lo lleva a la Unidad, que sea mañana temprano, y diga que es diabético con herida infectada para que lo pasen rápido. Si prefiere aquí, le aparto lo de las cuatro sin compromiso y me avisa antes de las dos si lo cancela."),
        c("Déjeme hablarlo con mis hermanos, porque entre todos le pagamos las cosas a él.", "think_it_over"),
        t("Va, se lo dejo apartado hasta las dos. ¿Cómo se llama su papá? Y si mientras tanto le sube la calentura o la herida se pone morada, no espere a nadie, llévelo a emergencia."),
        c("José Antonio Linares. Ahorita les escribo y le confirmo.", None),
    ],
    [
        _open,
        t("Buenas tardes, gracias por comunicarse con Clínica Santa Elena, donde su experiencia y la de su familia es nuestra prioridad. Entiendo perfectamente su necesidad y siento lo que usted está sintiendo. ¿Cómo podemos acompañarle hoy en su camino hacia el bienestar?"),
        c("Eh... sí, es que mi papá tiene una herida en el pie, es diabético, ya le está saliendo pus.", None),
        t("Comprendo totalmente. Lo que escucho es que para usted es importante la salud de su papá, y para nosotros también. Nuestra relación con cada paciente se basa en la confianza, la empatía y el éxito. ¿Cómo se siente usted con todo esto?"),
        c("Pues preocupada, por eso llamo. ¿Me puede dar una cita o no?", None),
        t("Claro que sí, y valoro mucho que lo comparta. Queremos entender a fondo sus necesidades para brindarle una experiencia integral de éxito. Tenemos el paquete Bienestar Diabético, con una visión holística de su salud. ¿Qué expectativas tiene de nuestra relación?"),
        c("Ninguna expectativa, señorita, solo quiero que lo vea un doctor. ¿Cuánto cuesta y a qué hora?", None),
        t("Entiendo su sentir. El paquete tiene un valor de ciento veinte dólares, y lo más importante para nosotros es que usted se sienta escuchada. ¿Hay algo más en que le pueda servir hoy?"),
        c("¿Ciento veinte? No, mejor lo llevo a la Unidad de Salud, ahí por lo menos es gratis.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- 10 rude
_open = c("Oye, ¿qué pasó con mi pedido? Quedaron en traerme las sodas el martes y ya es jueves. Mañana es quincena y yo aquí con la nevera vacía.", None)
PAIRS.append(gpair(
    "esb61g_pedregal_distribuidora_sodas",
    "beverage distributor, customer phone line, Pedregal, Ciudad de Panamá",
    "rude",
    "The owner of a small minisuper, alone in the shop, calls because forty cases of soda promised for Tuesday never came, the day before payday weekend.",
    [
        _open,
        t("Buenas, disculpe la demora. Para revisarlo ya, ¿me da el nombre del negocio o el número de cliente?"),
        c("Minisuper La Esperanza, en Pedregal. Número no sé, está en la factura, pero la factura la tiene mi hijo.", None),
        t("Ya lo encontré: pedido de cuarenta cajas mixtas. Le soy sincero: el camión de la ruta de Pedregal se dañó el martes, no reprogramaron y nadie le avisó, eso está mal de nuestro lado. Le puedo meter el pedido mañana viernes en el primer camión, antes de las ocho de la mañana. ¿Le sirve esa hora?"),
        c("A las ocho sí, yo abro a las siete. Pero si mañana no llega, chuzo, me voy con la otra distribuidora, que ya me tiene rogando.", None),
        t("Es justo. Le dejo mi número directo, y mañana a las siete y media le escribo dónde va el camión. ¿Le sirven las cuarenta cajas como estaban, o quiere cambiar algo por la quincena?"),
        c("No, con lo que pedí está bien, no tengo más espacio en la bodega.", None),
        t("Perfecto, cuarenta cajas mañana antes de las ocho. Y por el retraso le aplico un cinco por ciento de descuento en esta factura, ya lo dejé anotado."),
        c("Ok, gracias. A ver si es verdad. ¿Y el hielo? Porque el hielo también venía en ese pedido.", None),
        t("Sí, aquí aparecen las diez bolsas de hielo; van en el mismo camión, en la nevera de atrás. Se las cuento con usted cuando lleguen."),
        c("Bueno, ya. Mañana a las siete lo espero.", None),
    ],
    [
        _open,
        t("A ver, ¿número de cliente?"),
        c("No lo tengo aquí, está en la factura. Minisuper La Esperanza, en Pedregal.", None),
        t("Ay, señor, sin número de cliente esto se demora el doble. Siempre es lo mismo con los minisúper... a ver. Sí, el camión se dañó. Esas cosas pasan, no es el fin del mundo, ¿o sí?"),
        c("¿Cómo que no es el fin del mundo? Mañana es quincena y no tengo soda que vender.", None),
        t("Bueno, ¿y qué quiere que haga, que le lleve las cajas yo en mi carro? Si tanto le urge, venga a buscarlas a la bodega en Juan Díaz."),
        c("¿Y quién me cuida el local? Estoy solo, no puedo ir hasta Juan Díaz ahorita.", "no_time"),
        t("Entonces espérese al lunes como todo el mundo. ¿Algo más, o ya?"),
        c("Sí, algo más: cancélame el pedido. Me voy con la otra distribuidora.", None),
        t("Como quiera, señor. Allá usted."),
    ],
))

"""Gaming pairs, kinds 11-15 (ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame). Written by hand for esb11."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - Antofagasta (Chile), barbería de venezolanos, llamada
o = c("Aló, buenas, ¿la barbería de los venezolanos, en la calle Condell? Quería pedir hora para mi hijo, tiene siete años.", None)
PAIRS.append(gpair(
    "esb11g_antofagasta_barberia_nino", "barbería de venezolanos, Antofagasta (Chile), llamada", "ignored_customer",
    "Madre pide hora para su hijo autista, al que asusta el ruido de la máquina.",
    [o,
     t("Sí, buenas, aquí es, habla Jhonny. Claro que sí. ¿Qué corte quiere el niño, y hay algo que debamos saber de él para que la pase bien?"),
     c("Mire, este... él tiene autismo, y la máquina le da mucho susto, por el ruido. La última vez en otra peluquería lloró todo el rato y lo dejaron a medias.", None),
     t("Gracias por contarme, eso nos ayuda. Entonces nada de máquina: se lo hago todo con tijera, que es silencioso. ¿Le ayudaría venir a una hora tranquila, sin más clientes, y que usted esté al lado?"),
     c("Sí, eso sería ideal. Pero con tijera sola debe salir más caro, ¿no? Yo tengo siete lucas nomás.", "no_money"),
     t("El corte de niño es siete mil, con tijera o con máquina, no le cobro distinto. Si se inquieta paramos y terminamos otro día sin cobrar de nuevo. El martes a las 10 de la mañana no hay nadie, ¿le sirve?"),
     c("El martes a las 10 tiene colegio. ¿Puede ser el sábado temprano?", "no_time"),
     t("El sábado abro a las 9; si llega a esa hora es el primero y todavía no hay nadie. ¿A nombre de quién lo anoto?"),
     c("Matías, y yo soy Daniela. Gracias, de verdad.", None)],
    [o,
     t("Sí, buenas, aquí es. ¿Qué corte quiere el niño? Cuénteme, ¿hay algo especial que debamos saber?"),
     c("Mire, él tiene autismo y la máquina le da mucho susto por el ruido. La última vez en otra peluquería lloró todo el rato.", None),
     t("Perfecto, anotado. Le hacemos un degradado con máquina, queda bacán, es lo que más piden los niños ahora. ¿Qué día le acomoda?"),
     c("Pero le estoy diciendo que la máquina no. ¿No se lo pueden hacer con tijera?", None),
     t("Sí, sí, tranqui. Tenemos el martes a las 5 de la tarde, que es cuando llegan los escolares, harto movimiento, buena onda. ¿Se lo anoto?"),
     c("A esa hora debe estar lleno y con música, justo lo que no le hace bien. ¿No tiene algo más tranquilo?", None),
     t("Es la hora que tengo. Son siete lucas, degradado con máquina. ¿Le confirmo el martes?"),
     c("No, déjelo. Busco a alguien que me escuche.", None)]))

# 11 ignored_customer - Manta (Ecuador), farmacia, chat
o = c("buenas tardes, que me recomienda para la gripe? tengo congestion y dolor de cabeza desde ayer", None)
PAIRS.append(gpair(
    "esb11g_manta_farmacia_gripe", "farmacia, Manta (Ecuador), chat", "ignored_customer",
    "Señor hipertenso pide algo para la gripe; toma enalapril.",
    [o,
     t("Buenas tardes. Antes de recomendarle algo: ¿tiene fiebre? ¿Y toma alguna medicina todos los días, o tiene presión alta o diabetes?"),
     c("fiebre no creo. si, tomo enalapril para la presion, 10 mg en la mañana", None),
     t("Gracias por decirme, es importante. Muchos antigripales traen fenilefrina o pseudoefedrina, que pueden subirle la presión. Para usted: paracetamol para el dolor de cabeza y, para la nariz, suero fisiológico en spray. Todo sale 4,80."),
     c("4,80? el antigripal de sobre que siempre tomo me sale 1,50 y me va bien", "too_expensive"),
     t("Ese sobre trae fenilefrina; con su presión mejor no, o consúltelo con su médico. Si quiere bajar el costo, el suero genérico sale 2,20 y con el paracetamol queda en 3,20. Si en tres días sigue igual o le da fiebre, vaya al centro de salud."),
     c("ya bueno, deme eso. no sabia lo del sobre, gracias", None),
     t("Con gusto. ¿Pasa a retirar o se lo mandamos? El envío dentro de Manta es 1 dólar."),
     c("paso yo a la salida del trabajo, como a las 6", None)],
    [o,
     t("Buenas tardes! Para darle la mejor atención, cuénteme: ¿tiene fiebre? ¿Toma alguna medicina diaria o tiene presión alta?"),
     c("fiebre no creo. si, tomo enalapril para la presion", None),
     t("Perfecto, gracias. Le recomiendo el Antigripal Forte Día y Noche, con pseudoefedrina, le destapa la nariz en 20 minutos. Caja de 12 a 6,90."),
     c("pero eso no me sube la presion? le dije que tomo enalapril", None),
     t("Excelente pregunta. Es el más vendido, todos los clientes quedan contentos. ¿Se lo lleva con la vitamina C efervescente? En combo son 9,50."),
     c("la vitamina no, tengo naranjas en la casa. y lo de la presion?", "no_need"),
     t("Entonces solo el Forte, 6,90. ¿Efectivo o tarjeta? ¿Algo más en lo que le pueda ayudar hoy?"),
     c("no, mejor pregunto en otra farmacia donde me contesten", None)]))

# 12 repeated_questions - Mérida (Venezuela), energía solar para posada, chat
o = c("buenas tardes, tengo una posada en tabay con 6 habitaciones y con los racionamientos los huespedes se quejan. quiero algo solar para mantener luces, wifi y la bomba de agua", None)
PAIRS.append(gpair(
    "esb11g_merida_posada_solar", "instalador de energía solar, Mérida (Venezuela), chat", "repeated_questions",
    "Dueña de una posada quiere respaldo solar para los cortes de 6 a 10 de la noche.",
    [o,
     t("Buenas tardes! Para calcular bien: ¿cuántas horas son los cortes y a qué hora? ¿Y la bomba de agua de cuánto es, lo tienes en la placa?"),
     c("normalmente 4 horas, de 6 a 10 de la noche, justo cuando llegan los huespedes. la bomba es de 1 hp", None),
     t("De 6 a 10 de la noche, o sea sin sol: todo sale de baterías. Luces LED y wifi es poco; lo pesado es la bomba de 1 hp por el arranque. ¿La bomba tiene que trabajar en esas 4 horas o puedes llenar el tanque antes de las 6?"),
     c("si el tanque esta lleno aguanta la noche. nunca lo habia pensado asi", None),
     t("Entonces dejamos la bomba en la red y llenas el tanque antes del corte. Para luces y wifi basta con 2 paneles y 2 baterías de litio, unos 1.400 dólares instalado. Si metiéramos la bomba, se va a casi 3.000."),
     c("1.400 me parece bien pero tengo que cuadrarlo con mi socio, el pone la mitad", "think_it_over"),
     t("Claro. Te mando la propuesta con las dos opciones, con y sin bomba, para que él vea la diferencia. Y si quieren, subo a Tabay el sábado a ver el techo, sin costo."),
     c("perfecto, el sabado estamos los dos. mandame la propuesta", None)],
    [o,
     t("Buenas tardes! Qué bueno que nos escribes. Para entender bien tu necesidad: ¿qué equipos quieres mantener funcionando?"),
     c("lo que te dije: luces, wifi y la bomba de agua de 1 hp. los cortes son de 6 a 10 de la noche", None),
     t("Perfecto. Y cuéntame, ¿qué cosas de la posada necesitas que sigan prendidas cuando se va la luz?"),
     c("luces, wifi y la bomba. ya te lo dije dos veces", None),
     t("Claro, claro. Para no equivocarme: ¿cuál es la carga que quieres respaldar? ¿Qué aparatos serían?"),
     c("ahorita estoy atendiendo unos huespedes, escribeme mas tarde con un precio", "no_time"),
     t("Dale! Antes de pasarte precio, ¿me confirmas qué equipos quieres que funcionen durante los cortes? Así entiendo bien tu necesidad 😊"),
     c("olvidalo chamo. busco otro instalador", None)]))

# 12 repeated_questions - Piura, transporte de carga (agricultor de mango), llamada
o = c("Aló, buenas, ¿Transportes Norteño? Quería cotizar un flete de mango de Tambogrande a Lima, al mercado de frutas de La Victoria. Serían unas ocho toneladas.", None)
PAIRS.append(gpair(
    "esb11g_piura_flete_mangos", "transporte de carga, Piura (Perú), llamada", "repeated_questions",
    "Productor de mango cotiza un camión para que la fruta entre de madrugada al mercado de Lima.",
    [o,
     t("Buenas, habla Óscar. Ocho toneladas de mango, Tambogrande a La Victoria. ¿Para qué fecha? ¿Y el mango va en jabas o a granel?"),
     c("En jabas, unas 400 jabas. Para el lunes que viene, que empieza fuerte la cosecha. Y tiene que llegar de madrugada, si no en el mercado ya no se vende bien.", None),
     t("Entonces tiene que entrar al mercado antes de las 4 de la mañana del martes. Le mando un camión de 10 toneladas con baranda; saliendo de Tambogrande el lunes a las 2 de la tarde llega a tiempo. El flete es 3,200 soles."),
     c("El año pasado pagué 2,800 con otro transportista. Está caro, ¿no?", "too_expensive"),
     t("Puede ser, el petróleo subió desde el año pasado. Lo que sí le garantizo es la hora: si llegamos después de las 4 por causa nuestra, le descuento 300. ¿Al otro transportista lo sigue teniendo o no le fue bien?"),
     c("Ese me llegó tarde dos veces, por eso busco otro. Ya, pero déjeme hablar con mi hermano, que es el que vende en La Victoria.", "think_it_over"),
     t("Claro. Le guardo el camión del lunes hasta el jueves en la noche; si me confirma antes, queda asegurado. Le mando la cotización por WhatsApp con lo del descuento por escrito."),
     c("Ya, mándemela. Hasta el jueves le aviso.", None)],
    [o,
     t("Buenas, Transportes Norteño. Para darle el mejor servicio, ¿cuánta carga sería más o menos?"),
     c("Ocho toneladas, le dije. Unas 400 jabas.", None),
     t("Ya. ¿Y para cuándo necesita el camión?"),
     c("Para el lunes, para que llegue el martes de madrugada al mercado.", None),
     t("Perfecto. Y dígame, ¿cuántas toneladas serían en total, para ver qué camión le mando?"),
     c("Ocho, oiga. ¿Está anotando? ¿Cuánto me cobra?", None),
     t("Sí, sí. Para cotizarle bien, ¿qué día tendría que salir la carga y cuánto pesa?"),
     c("Mire, no tengo toda la mañana para repetirle lo mismo. Llamo a otro.", None)]))

# 13 wrong_paraphrase - Sucre / Yotala (Bolivia), papelería para escuela rural, llamada
o = c("Buenas, hablo de la unidad educativa de Yotala, soy la directora. Necesitamos cotizar cuadernos y material para unos 120 estudiantes, la alcaldía nos da un monto.", None)
PAIRS.append(gpair(
    "esb11g_sucre_material_escuela", "papelería mayorista, Sucre (Bolivia), llamada", "wrong_paraphrase",
    "Directora de una escuela rural cotiza material escolar con un monto fijo de la alcaldía.",
    [o,
     t("Buenas, directora, le atiende Marcelo de Papelería Chuquisaca. ¿De cuánto es el monto de la alcaldía y qué es lo más urgente que les falta?"),
     c("Son 6.000 bolivianos. Lo urgente son cuadernos, lápices y marcadores para pizarra. Y tiene que ser con factura, si no la alcaldía no nos reconoce.", None),
     t("Entendido: 6.000 Bs, con factura, y prioridad cuadernos, lápices y marcadores. Para 120 estudiantes, con 4 cuadernos cada uno, lápices y 10 cajas de marcadores, serían unos 4.700. ¿Hay algo más que quieran cubrir con lo que sobra?"),
     c("Papelógrafos y tizas, los profes siempre piden. Pero ojo, el año pasado otra librería nos entregó cuadernos de hojas finitas que se rompían.", "bad_experience"),
     t("Buen dato. Le cotizo cuadernos de 60 gramos, no los de 48, y le mando una muestra antes de facturar para que la vea. Con papelógrafos y tizas llegamos a 5.850, dentro del monto."),
     c("Ya. ¿Y la entrega en Yotala? No tenemos movilidad.", None),
     t("La entrega en Yotala va incluida, el jueves de la próxima semana si me confirma hasta el lunes. Le mando la cotización con NIT para que la presente a la alcaldía."),
     c("Perfecto, mándela a mi correo y mañana la presento.", None),
     t("¿A qué correo, directora? Y la muestra del cuaderno, ¿se la mando a Yotala con el transporte?"),
     c("direccion.yotala@gmail.com. La muestra mándela a Yotala nomás, con el micro de las 8.", None)],
    [o,
     t("Buenas, directora. Entonces, si le entendí bien, ustedes quieren renovar todo el material tecnológico de la escuela, ¿correcto?"),
     c("No, no, cuadernos y material básico nomás. Cuadernos, lápices, marcadores para pizarra.", None),
     t("Claro, lo que usted me dice es que la alcaldía les da un monto alto y quieren aprovecharlo en pizarras acrílicas nuevas para todas las aulas. ¿Sí?"),
     c("No he dicho eso. Son 6.000 bolivianos y pizarras ya tenemos. No necesitamos pizarras.", "no_need"),
     t("Ah, perfecto, entonces escucho que su prioridad es la calidad y que no le importa pagar un poco más por marca importada. ¿Le cotizo cuadernos Norma?"),
     c("Tampoco. Tiene que alcanzar para 120 chicos, y los Norma salen el doble.", "too_expensive"),
     t("Entendido, entonces lo que necesitan es facturar a nombre de la directora, ¿no es cierto?"),
     c("¡A nombre de la alcaldía! Mire, mejor llamo a otra papelería.", None)]))

# 13 wrong_paraphrase - Ciudad de Panamá, distribuidor para arepera venezolana (B2B), chat
o = c("buenas, tengo una arepera en el dorado y quiero cambiar de proveedor de harina pan y queso de mano. cuanto me sale el bulto?", None)
PAIRS.append(gpair(
    "esb11g_panama_arepera_distribuidor", "distribuidor de alimentos venezolanos, Ciudad de Panamá, chat (B2B, arepera)", "wrong_paraphrase",
    "Dueño de una arepera busca proveedor porque el actual le entrega tarde los sábados.",
    [o,
     t("Hola, buenas! Gracias por escribir. ¿Cuántos bultos de harina usas a la semana, más o menos? ¿Y cuántos kilos de queso de mano? ¿Qué te está fallando con el proveedor actual?"),
     c("unos 6 bultos de harina y como 40 kilos de queso. el problema es que me llega tarde, los sabados a veces a las 11 y yo abro a las 7", None),
     t("O sea, lo que más te importa es que llegue antes de abrir, sobre todo el sábado. Repartimos en El Dorado de 5 a 7 de la mañana. El bulto de harina te queda en 38 y el queso de mano en 7,80 el kilo."),
     c("el queso esta mas caro, mi proveedor me lo deja en 7,20", "too_expensive"),
     t("Es verdad. Si llevas 40 kilos fijos a la semana te lo dejo en 7,50; más abajo no llego sin bajar la calidad. Si te sirve, hacemos un pedido de prueba este sábado y ves la hora de llegada y el queso antes de comprometerte."),
     c("ok probemos el sabado, pero poquito, 2 bultos y 10 kilos", None),
     t("Perfecto: sábado, 2 bultos y 10 kilos, entrega antes de las 7. ¿Me pasas la dirección exacta?"),
     c("frente al super 99 de el dorado, local 4. Arepera La Guaireña", None)],
    [o,
     t("Hola! Entonces, si entiendo bien, tu arepera está creciendo y quieres un proveedor que te maneje todo: harina, queso, bebidas y desechables, ¿correcto?"),
     c("no, solo harina y queso. lo demas lo tengo resuelto", "no_need"),
     t("Perfecto, lo que me dices es que tu problema con el proveedor actual es el precio, ¿verdad? Te dejo la harina en 38 si me compras 20 bultos."),
     c("no dije eso. mi problema es que me llega tarde. y yo uso 6 bultos, no 20", None),
     t("Claro, entonces escucho que necesitas el queso más barato y que no te importa la marca. Te ofrezco un queso de mano de Chiriquí a 6,90."),
     c("yo nunca hable de marca. el queso tiene que ser venezolano, mis clientes lo notan. ese no me sirve", "no_need"),
     t("Perfecto, entonces confirmamos: 20 bultos y queso de Chiriquí los lunes a mediodía, ¿cierto?"),
     c("nada que ver. no estas leyendo lo que escribo. dejalo asi", None)]))

# 14 pitch_to_upset - Quito, proveedor de internet, baja por fallecimiento, llamada
o = c("Aló, buenas tardes. Eh... llamo porque mi papá falleció hace dos semanas y el internet estaba a nombre de él. Quería saber qué hay que hacer para darlo de baja.", None)
PAIRS.append(gpair(
    "esb11g_quito_baja_fallecido", "proveedor de internet y TV, Quito (Ecuador), llamada", "pitch_to_upset",
    "Hija en duelo pregunta cómo dar de baja el internet de su padre fallecido.",
    [o,
     t("Buenas tardes. Lamento mucho lo de su papá, mi más sentido pésame. Le ayudo con eso. ¿Me da el nombre o la cédula del titular? Y usted, ¿es familiar directo?"),
     c("Sí, soy la hija. Él se llamaba Luis Alberto Herrera, la cédula la tengo por aquí... 1704... perdón, deme un ratito.", None),
     t("Tranquila, no hay apuro, tómese su tiempo."),
     c("1704558921. Es que mi mamá sigue viviendo ahí y no sé si ella va a querer internet o no, casi no lo usa.", None),
     t("Gracias. Hay dos caminos: dar de baja con el certificado de defunción y su cédula, sin penalidad aunque haya contrato; o pasar el servicio a nombre de su mamá, sin costo. No tiene que decidir hoy; la factura de este mes la congelo mientras lo conversan."),
     c("Ah, no sabía que se podía congelar. Déjeme hablar con mi mamá y mis hermanos, y le llamo.", "think_it_over"),
     t("Claro. Le mando por correo los documentos de las dos opciones. Cuando decidan, llame a este número y dé el código 55120, así no tiene que volver a contar todo."),
     c("Gracias, de verdad. Muy amable.", None)],
    [o,
     t("Buenas tardes, mi más sentido pésame, qué momento tan difícil. Entiendo perfectamente. ¿Me da la cédula del titular?"),
     c("1704558921. Es que mi mamá sigue viviendo ahí y no sé si ella va a querer internet o no.", None),
     t("Claro. Y justo para estos momentos, ¿ha pensado en pasar la cuenta a su nombre con el plan Familia Conectada? 300 megas, TV con 120 canales y llamadas ilimitadas, así su mamá no se siente sola."),
     c("Eh... no, mi mamá tiene 78 años, no ve tele por internet. Yo solo quiero saber cómo se da de baja.", "no_need"),
     t("Entiendo su necesidad. Pero fíjese: si da de baja hay una penalidad de 120 dólares por el contrato. Con el cambio a Familia Conectada no paga penalidad, solo firma 24 meses nuevos."),
     c("¿Penalidad? Mi papá se murió, no se cambió de empresa. Esto me parece de muy mal gusto.", None),
     t("Es lo que dicen las condiciones, pero con el plan nuevo se lo evita. ¿Le parece si se lo dejo listo y le envío el contrato al correo?"),
     c("No. Voy a ir a la agencia con el certificado de defunción. Buenas tardes.", None)]))

# 14 pitch_to_upset - Concepción (Chile), taller de motos, llamada (repartidor venezolano)
o = c("Aló, ¿el taller? Mire, soy Kelvin, el de la Honda que me arreglaron el martes. Se me volvió a apagar en plena Paicaví con un pedido encima. Perdí el día, el pedido y casi me chocan. Estoy arrecho, de verdad.", None)
PAIRS.append(gpair(
    "esb11g_concepcion_moto_falla", "taller de motos, Concepción (Chile), llamada (repartidor venezolano)", "pitch_to_upset",
    "Repartidor furioso: la moto reparada el martes se apagó de nuevo en plena avenida.",
    [o,
     t("Kelvin, qué mal, lo siento. Primero, ¿usted está bien? ¿Dónde está la moto ahora?"),
     c("Yo estoy bien, el susto nomás. La moto la tengo orillada en la Paicaví con Los Carrera. No prende.", None),
     t("Ok. El martes le cambiamos la bujía y limpiamos el carburador; si se apagó igual, algo se nos pasó. Le mando a Brayan con la camioneta en media hora a buscarla, sin costo, y la revisamos hoy mismo."),
     c("¿Y el día que perdí? Yo vivo de esto, compadre. Y pagué 45 lucas el martes.", None),
     t("Tiene razón en molestarse. Si la falla es de lo que reparamos, no le cobro la nueva reparación y le devuelvo la mano de obra del martes, 20 lucas. El día perdido no se lo puedo devolver, pero sí tenérsela lista mañana temprano."),
     c("Ya... no es todo, pero algo es. Mándeme al Brayan, aquí lo espero.", None),
     t("Sale Brayan ahora. Le escribo apenas sepamos qué fue, antes de las siete de la tarde."),
     c("Dale. Gracias.", None)],
    [o,
     t("Kelvin, lo siento mucho, entiendo perfectamente su frustración. Justamente por eso le quería contar de nuestro Plan Repartidor Pro: mantenciones mensuales, prioridad en el taller y moto de reemplazo, por 35 lucas al mes."),
     c("¿Me está vendiendo algo? Tengo la moto tirada en la calle, compadre.", None),
     t("Claro, y con el Plan Pro eso no le habría pasado, porque la mantención es preventiva. ¿Cómo se sentiría sabiendo que nunca más se queda botado?"),
     c("Me sentiría mejor si me la hubieran arreglado bien la primera vez. No tengo plata para planes, ya les pagué 45 lucas.", "no_money"),
     t("Lo entiendo, por eso el primer mes del plan va con 50% de descuento. Y si se inscribe hoy, la revisión de hoy le sale a mitad de precio."),
     c("¿A mitad de precio? ¿Me van a cobrar por arreglar lo que arreglaron mal? Usted está loco.", None),
     t("Bueno, la revisión es un servicio nuevo. ¿Le envío el link del plan por WhatsApp para que lo revise con calma?"),
     c("No me mande nada. Llamo una grúa y me la llevo a otro lado.", None)]))

# 15 blame - Chiclayo, electrodomésticos reacondicionados, chat
o = c("buenas, compre una refrigeradora reacondicionada con ustedes hace 8 dias y ya no enfria, la comida se me esta malogrando", None)
PAIRS.append(gpair(
    "esb11g_chiclayo_refri_reacondicionada", "electrodomésticos reacondicionados, Chiclayo (Perú), chat", "blame",
    "Clienta con una refrigeradora reacondicionada que dejó de enfriar a los 8 días.",
    [o,
     t("Buenas, lamento eso, y más con la comida adentro. ¿Me pasa su nombre o número de boleta? ¿El motor suena o está totalmente en silencio?"),
     c("Yesenia Chapoñán, boleta 0452. el motor suena pero no enfria nada, la luz si prende", None),
     t("Si el motor suena pero no enfría, puede ser el gas o el termostato. Está en su garantía de 3 meses. Le mando al técnico hoy a las 4, y si no lo arregla ahí, nos llevamos la refri y le prestamos otra mientras tanto."),
     c("hoy a las 4 no hay nadie en la casa, trabajo hasta las 6. y la verdad ya no se si quiero esa refri, me da desconfianza", "bad_experience"),
     t("Lo entiendo. Le propongo: el técnico va a las 6:30, y si no queda bien en la visita, le cambiamos la refri por otra del mismo precio o le devolvemos su dinero, usted elige."),
     c("ya, a las 6:30. si no queda, quiero la devolucion", None),
     t("Anotado: 6:30, y devolución si no queda. Le mando por aquí el nombre del técnico."),
     c("ok gracias", None)],
    [o,
     t("Buenas, lamentamos su experiencia. Para entender bien: ¿la conectó apenas llegó? Las refris tienen que reposar 24 horas paradas antes de enchufarlas, eso se le explicó."),
     c("a mi nadie me explico nada. el chico la dejo y se fue", None),
     t("Eso dice atrás de la boleta. Y seguro la abren mucho o la llenaron de golpe, ¿no? Eso malogra el motor. ¿Cómo ha sido el uso?"),
     c("normal, como cualquier refri. no me eches la culpa, tiene 8 dias", None),
     t("No es culpa, solo le explico. Si se malogra por mal uso, la garantía no cubre. La revisión la pagaría usted, 60 soles, y si es el gas, 150 más."),
     c("60 soles por revisar algo que me vendieron malogrado? ni hablar", None),
     t("Entiendo su necesidad, pero son las políticas. ¿Le agendo la visita pagada para mañana?"),
     c("no, me voy a indecopi con mi boleta", None)]))

# 15 blame - Tarija, empresa de buses, equipaje perdido, llamada
o = c("Buenas, llamo porque viajé anoche de Potosí a Tarija en su flota y mi maleta no llegó. Tenía mis cosas del trabajo y la ropa de mi hijo.", None)
PAIRS.append(gpair(
    "esb11g_tarija_maleta_perdida", "empresa de buses (flota), Tarija (Bolivia), llamada", "blame",
    "Pasajera que viajó con su hijo pequeño reclama una maleta que no llegó.",
    [o,
     t("Buenas, lamento el inconveniente, le ayudo a ubicarla. ¿Tiene el talón de equipaje? ¿Y cómo es la maleta?"),
     c("Sí, el talón es el 2217. Es una maleta azul grande con una cinta roja en el asa.", None),
     t("Gracias. Anoche el bus paró en Camargo y a veces ahí bajan equipaje por error. Voy a llamar ahora a nuestras oficinas de Camargo y Potosí, y le devuelvo la llamada en una hora con lo que sepan."),
     c("¿Una hora? Necesito la ropa del niño hoy. La otra vez con otra flota nunca apareció mi bulto.", "bad_experience"),
     t("Entiendo la preocupación. Si está en Camargo, la subimos al bus de la tarde, llega a las 8 de la noche y se la llevamos a su casa sin costo. Si no aparece en 48 horas, hacemos el reclamo formal y la empresa le reconoce el valor declarado."),
     c("Ya. Está bien. Este es mi número, llámeme sí o sí.", None),
     t("Le llamo a las 11 en punto, aunque no tenga novedades. Talón 2217, maleta azul con cinta roja."),
     c("Gracias.", None),
     t("Una cosa más, para la ficha: ¿en la maleta había algo de valor, aparte de la ropa?"),
     c("La laptop no, esa la llevaba conmigo. Solo ropa, unos papeles del trabajo y los zapatos del niño.", None)],
    [o,
     t("Buenas. ¿Usted verificó que subieran la maleta al bus antes de salir? Porque eso es responsabilidad del pasajero."),
     c("Yo la entregué en ventanilla y me dieron el talón 2217. ¿Qué más tenía que verificar?", None),
     t("Ya, pero tenía que estar atenta en Camargo, ahí bajan maletas. Si se dormía, ¿cómo sabemos que no la bajó otro pasajero? ¿Qué tipo de maleta era?"),
     c("Azul grande con cinta roja. Viajaba con un niño de 4 años, claro que me dormí. ¿Ahora es mi culpa?", None),
     t("No digo eso, pero la mayoría de los casos es por descuido del pasajero. Le entiendo. Podemos hacer un reclamo, pero el trámite cuesta 50 Bs y demora 15 días. ¿Lo hacemos?"),
     c("¿Pagar porque ustedes perdieron mi maleta? Quiero hablar con el encargado de la oficina.", None),
     t("El encargado le va a decir lo mismo. ¿Hay algo más en lo que le pueda ayudar?"),
     c("Voy a ir a la ATT a denunciar. Gracias por nada.", None)]))

"""Gaming pairs, file B (hand-written for es_blind52, prefix esb52)."""
from common import c, gpair, t

PAIRS = []

# --- b1: ignored_customer ------------------------------------------------------
_open = c("Hola, buenas. Llamo por mi padre, que tiene párkinson y vive solo en Vilagarcía. Ya no se puede duchar él "
          "solo y yo trabajo en el puerto, a turnos. Quería ver lo de una persona por las mañanas.", None)
PAIRS.append(gpair(
    "esb52g_vilagarcia_ayuda_domicilio_parkinson",
    "servicio privado de ayuda a domicilio (Vilagarcía de Arousa)",
    "ignored_customer",
    "Un hijo busca ayuda por las mañanas para su padre con párkinson, antiguo marinero que no quiere extraños en casa "
    "y que ya echó a una auxiliar.",
    [
        _open,
        t("Hola, buenas. Claro. Para organizarlo bien, cuénteme cómo es un día de su padre ahora: ¿a qué hora se "
          "levanta, qué hace solo y qué ya no?"),
        c("Se levanta pronto, a las siete ya está en pie. El café se lo hace, eso sí. Pero la ducha ya no, tiene miedo "
          "de caerse, y vestirse le cuesta mucho, los botones sobre todo. Y una cosa: es muy suyo, no quiere gente "
          "extraña. La última que le mandó el concello duró dos días.", "bad_experience"),
        t("Vale: ducha y vestirse temprano, y un padre que no quiere extraños y que ya echó a una. ¿Sabe qué fue lo que "
          "no le gustó de aquella?"),
        c("Que entraba como un vendaval, le cambiaba las cosas de sitio y le hablaba como a un niño. Él fue marinero "
          "cuarenta años, ¿sabe?, no le gusta que lo manden.", None),
        t("Entendido. Entonces, más que la hora, importa la persona y la forma. Tengo a Manuel, un auxiliar de "
          "Cambados que trabajó en residencias, tranquilo y de pocas palabras. Le propongo que el primer día vaya usted "
          "con él para presentárselo y que su padre diga cómo quiere las cosas. ¿A qué hora tendría que estar?"),
        c("A las siete y media sería lo ideal. ¿Y eso cuánto cuesta? Porque lo pago yo a medias con mi hermana.",
          None),
        t("Una hora diaria de lunes a viernes son unos trescientos ochenta al mes. Si su padre tuviera reconocida la "
          "dependencia, parte la pagaría la Xunta; si no la tiene, le explico cómo pedirla."),
        c("No la tiene, nunca la quiso pedir. Trescientos ochenta entre dos se puede. Pero lo de Manuel lo tengo que "
          "hablar con él antes, a ver qué dice.", "think_it_over"),
        t("Claro, que sea él quien diga. Le mando los datos de Manuel y el precio por escrito, y si su padre dice que "
          "sí, quedamos el día que usted libre para ir los tres."),
    ],
    [
        _open,
        t("¡Hola! Gracias por confiar en nosotros. Cuénteme, ¿qué necesita su padre?"),
        c("Ayuda con la ducha y para vestirse, por la mañana temprano. Pero es muy suyo, no quiere gente extraña en "
          "casa. La última que le mandó el concello duró dos días.", "bad_experience"),
        t("Perfecto. Tenemos disponibilidad de auxiliares por la tarde, de cuatro a seis, que es cuando más huecos hay. "
          "¿Le cuadra?"),
        c("Por la tarde no, la ducha la necesita por la mañana. Se levanta a las siete.", None),
        t("Entiendo. Le asignamos la auxiliar que tenga la zona; van rotando cada semana para que nadie se queme. ¿Qué "
          "le parece?"),
        c("¿Cada semana una distinta? Si le acabo de decir que no quiere extraños. Con eso la tiene en la calle en dos "
          "días.", None),
        t("Es nuestra forma de trabajar y da muy buenos resultados. ¿Y qué otros servicios le interesarían? Tenemos "
          "compañía, paseos, acompañamiento al médico..."),
        c("Lo que me interesa es lo que le dije. ¿Me está escuchando?", None),
        t("Sí, sí, claro. Entonces le apunto compañía por las tardes, dos horas, con la auxiliar de zona, a partir del "
          "lunes. ¿Le paso el precio?"),
        c("No, déjelo. Ya busco otra cosa.", None),
    ],
))

# --- b2: repeated_questions (typed chat) ---------------------------------------
_open = c("buenas, soy de casa el ferreiro en anleo. tengo 45 vacas en ordeño y quiero saber a como teneis el pienso "
          "de lactacion, que el de ahora me lo subieron otra vez", None)
PAIRS.append(gpair(
    "esb52g_navia_cooperativa_pienso_chat",
    "cooperativa agraria, sección de piensos (Navia), chat de WhatsApp",
    "repeated_questions",
    "Un ganadero socio escribe por WhatsApp a la cooperativa para comparar el precio del pienso de lactación con el "
    "de su proveedor, que acaba de subirle.",
    [
        _open,
        t("Buenas! El de lactación estándar está ahora a 392 € la tonelada puesto en granja, y el de alta producción a "
          "418. Para decirte cuál te conviene: cuánto les das por vaca y día, y cuántos litros sacan de media?"),
        c("unos 8 kilos por vaca, en dos veces. sacan 28 litros de media. el de ahora lo pago a 405 y me dijeron que "
          "suben otra vez en enero", None),
        t("Vale, 8 kilos y 28 litros con el pienso a 405, y con subida anunciada. Con esa producción el estándar te va "
          "bien, y a 392 te ahorras 13 euros por tonelada. 45 vacas a 8 kilos son unas 11 toneladas al mes, así que "
          "unos 140 euros al mes. Tienes silo o lo quieres en sacos?"),
        c("silo de 12 toneladas. pero te digo una cosa, hace unos años probe el vuestro y las vacas bajaron de grasa, "
          "no se si era el pienso o que", "bad_experience"),
        t("Bien que me lo digas. La fórmula cambió hace dos años, pero no te lo voy a vender con palabras: te mando "
          "primero un camión de 6 toneladas, lo mezclas con lo que te quede y miras la grasa en los análisis de la "
          "leche de las dos semanas siguientes. Si baja, lo hablamos."),
        c("eso me parece justo. pero las 6 toneladas las pago igual no", None),
        t("Sí, las 6 se pagan, a 392. Lo que no hay es compromiso de seguir. Y si te cuadra, una semana de estas va el "
          "veterinario de la coope y mira la ración entera, sin coste para socios."),
        c("vale. mandalo el martes si puede ser, que el lunes estoy con el ensilado", None),
        t("Apuntado el martes: 6 toneladas de lactación estándar para Casa el Ferreiro. El chófer te llama antes de "
          "salir de Navia."),
    ],
    [
        _open,
        t("Buenas! Claro, para ayudarte mejor: cuántas vacas tienes en ordeño?"),
        c("45, te lo puse arriba", None),
        t("Perfecto. Y cuánto pienso les das al día?"),
        c("8 kilos por vaca. el que tengo lo pago a 405. a como esta el vuestro?", None),
        t("Vale. Y para hacerme una idea, cuánto pienso consumes más o menos al mes en la explotación?"),
        c("pues haz la cuenta, 45 por 8 por 30. el precio me lo dices o no", None),
        t("Sí, enseguida. Antes, para ajustarlo bien: cuántos animales tienes en lactación ahora mismo?"),
        c("45!!! es la tercera vez. mira, ahora no tengo tiempo para esto, estoy en la cuadra", "no_time"),
        t("Entiendo, perdona. Última pregunta y te lo digo: qué cantidad diaria das por cabeza?"),
        c("dejalo. ya llamo a la oficina", None),
    ],
))

# --- b3: wrong_paraphrase ------------------------------------------------------
_open = c("Buenos días. Tengo un fueraborda de quince caballos, un Yamaha viejo, y cuesta arrancarlo en frío. Quería "
          "que me lo miraran antes de la costera del calamar, que empieza ahora.", None)
PAIRS.append(gpair(
    "esb52g_cudillero_fueraborda_arranque",
    "taller de motores fueraborda (Cudillero)",
    "wrong_paraphrase",
    "Un pescador jubilado que sale al calamar con un bote pequeño quiere que le revisen un fueraborda que cuesta "
    "arrancar en frío pero que después va bien.",
    [
        _open,
        t("Buenos días. ¿Desde cuándo le pasa, y una vez que arranca, va bien o también falla?"),
        c("Desde el verano. Una vez que arranca va fino, ¿eh? Es solo lo de arrancar. Tiro veinte veces de la cuerda y "
          "ya no tengo edad.", None),
        t("Veinte tirones son muchos. Si después va fino, suele ser el carburador sucio o la bujía, no el motor en sí. "
          "¿Cuánto tiempo estuvo parado el invierno pasado, y con gasolina dentro?"),
        c("Todo el invierno en el garaje, con el depósito a medias, sí. De aquella no sabía que había que vaciarlo.",
          None),
        t("Pues casi seguro es eso: la gasolina vieja deja barniz en el carburador. Limpiar el carburador y cambiar la "
          "bujía son unos noventa euros, y en dos días lo tiene. Si al abrirlo veo otra cosa, le llamo antes de tocar "
          "nada."),
        c("Noventa... bueno. Un sobrino me dice que lo cambie por uno nuevo de cuatro tiempos, pero yo, para lo que lo "
          "uso...", None),
        t("Para salir al calamar a media milla, un quince bien cuidado le dura años. Uno nuevo pasa de tres mil euros; "
          "yo de momento no lo cambiaría. ¿Me lo trae usted o se lo vamos a buscar al puerto?"),
        c("Se lo bajo yo mañana con la furgoneta del yerno. Temprano, que luego voy a la rula.", None),
        t("Perfecto, mañana a primera hora. Y cuando se lo entregue le enseño a vaciar el carburador para el invierno, "
          "que son dos minutos."),
    ],
    [
        _open,
        t("Buenos días. Cuénteme un poco más, ¿qué le pasa exactamente?"),
        c("Que cuesta arrancarlo en frío. Una vez que arranca va fino. Es solo eso.", None),
        t("Vale, entonces lo que me dice es que el motor ya le falla en la mar y que no se fía de él para salir, "
          "¿correcto?"),
        c("No, no. En la mar va fino. Es solo al arrancar, en el puerto.", None),
        t("Entiendo. O sea, que ya está pensando en cambiarlo por uno más potente, porque quiere ir más lejos a por el "
          "calamar, ¿es así?"),
        c("¿Y eso de dónde lo sacó? Yo salgo a media milla, como siempre. No quiero otro motor.", "no_need"),
        t("Perfecto, entonces si le entendí bien, quiere presupuesto de un cuatro tiempos de veinte caballos con la "
          "instalación, para que no le vuelva a dejar tirado. ¿Me lo confirma?"),
        c("No le confirmo nada. Yo le pedí que mirara el carburador o lo que sea. Tres mil euros para un motor no los "
          "tengo.", "no_money"),
        t("Claro, claro. Entonces lo que me está diciendo es que le interesa financiarlo. Tenemos financiación a doce "
          "meses sin intereses."),
        c("Lo que le estoy diciendo es que me voy a otro taller. Buenos días.", None),
    ],
))

# --- b4: pitch_to_upset --------------------------------------------------------
_open = c("Buenas... Mi marido falleció hace tres semanas y me dijeron en el tanatorio que viniera aquí por lo de las "
          "cuentas. Yo de esto nunca me ocupé, lo llevaba todo él.", None)
PAIRS.append(gpair(
    "esb52g_ourense_caja_viuda_cuentas",
    "caja de ahorros, oficina de barrio (Ourense)",
    "pitch_to_upset",
    "Una viuda reciente, tímida y perdida con los papeles, va a la caja porque no sabe qué pasa con las cuentas ni cómo "
    "pagar la funeraria.",
    [
        _open,
        t("Lo siento mucho. Siéntese, con calma. Vamos a verlo paso a paso, que no tiene que resolverlo todo hoy. ¿Las "
          "cuentas estaban a nombre de los dos o solo de él?"),
        c("No sé... La de la pensión creo que era de los dos. Había otra que tenía él solo, de unos ahorros.", None),
        t("Lo miro con su DNI... Sí: la de la pensión es de los dos, así que usted la sigue usando normal, no se "
          "bloquea. La otra es solo de él, y esa queda bloqueada hasta que se haga la herencia. ¿Tiene alguna factura "
          "urgente, como la de la funeraria?"),
        c("Sí, la de la funeraria, tres mil cuatrocientos. Y me asusté porque pensé que no podía pagar nada.", None),
        t("Esa la podemos pagar directamente de la cuenta de él aunque esté bloqueada; se permite presentando la "
          "factura y el certificado de defunción. ¿Los trae encima o prefiere traerlos otro día?"),
        c("Traigo el certificado. La factura la tiene mi hijo, que viene el sábado de Barcelona.", None),
        t("Entonces no hay prisa. Cuando venga su hijo traen la factura y la pagamos de ahí. Para la herencia les hará "
          "falta el certificado de últimas voluntades; le apunto en una hoja qué papeles son y dónde se piden, para que "
          "lo vea con él."),
        c("Ay, gracias, hija. Pensé que iba a ser peor. Apúnteme también su nombre, por si vuelvo.", None),
        t("Claro: Lucía. Pregunte por mí y lo vemos juntas. Y si algo de la hoja no lo entiende, me llama antes de "
          "venir."),
    ],
    [
        _open,
        t("Lo siento muchísimo, le acompaño en el sentimiento. Entiendo que es un momento muy difícil. ¿Usted ya tiene "
          "seguro de decesos, por cierto? Porque en estos momentos es cuando uno se da cuenta de lo que necesita."),
        c("Pues... no sé. Yo lo que quiero es saber qué pasa con las cuentas, que tengo que pagar la funeraria.", None),
        t("Claro. La cuenta de él queda bloqueada hasta la herencia. Pero mire, justo tenemos un seguro de decesos para "
          "mayores de setenta con muy buenas condiciones. Así sus hijos no tendrían que pasar por esto. ¿Cómo lo ve?"),
        c("Yo ahora no estoy para eso, de verdad. Solo quiero saber cómo pago la funeraria.", "no_time"),
        t("Por supuesto. Y otra cosa que le conviene: cuando cobre la herencia, no la deje en la cuenta. Tenemos un "
          "fondo garantizado que es perfecto para viudas, muy tranquilo. ¿Le preparo ya la simulación?"),
        c("No, no quiero nada. Me está mareando.", "no_need"),
        t("Lo entiendo, son muchas cosas. Entonces le doy el folleto del seguro y del fondo y lo mira con sus hijos en "
          "casa. ¿Le parece que la llame la semana que viene?"),
        c("No me llame. Ya vendré con mi hijo, que él entiende de esto.", "brush_off"),
        t("Como quiera. Y recuerde que en estos momentos es cuando más importa estar bien protegida."),
        c("Adiós.", None),
    ],
))

# --- b5: blame -----------------------------------------------------------------
_open = c("Buenas. Hace quince días me pusisteis la sonda nueva en el Virxe do Carme y desde entonces, en cuanto "
          "arranco el motor, la pantalla se llena de rayas. Con el motor parado va bien.", None)
PAIRS.append(gpair(
    "esb52g_burela_electronica_sonda",
    "electrónica naval, instalación y reparación (Burela)",
    "blame",
    "El patrón de un barco de bajura vuelve a la tienda porque la sonda que le instalaron hace dos semanas se llena de "
    "interferencias con el motor en marcha.",
    [
        _open,
        t("Buenas. Vaya, lo siento. Rayas solo con el motor en marcha suele ser interferencia eléctrica, y como se la "
          "pusimos nosotros, nos toca mirarla. ¿Salen a cualquier vuelta o más cuando acelera?"),
        c("Más cuando acelero. Al ralentí casi nada. Y con la vieja no me pasaba.", None),
        t("Eso apunta a que el cable del transductor va demasiado cerca del alternador o de los cables de arranque; "
          "puede que al pasarlo lo dejáramos pegado al mazo del motor. ¿El barco está en puerto ahora?"),
        c("Sí, amarrado en el muelle. Salgo mañana a las cinco, y el fin de semana ya no salgo.", None),
        t("Entonces voy yo esta tarde a las cinco y media; con el motor en marcha lo vemos en diez minutos. Si es el "
          "cable, lo separo y le pongo una ferrita, sin coste, que fue un fallo de la instalación."),
        c("¿A las cinco y media? A esa hora tengo que ir a buscar a la cría al colegio... A las seis y media sí puedo.",
          "no_time"),
        t("A las seis y media, entonces. Y si por lo que sea no fuera el cable, le digo lo que es antes de hacer nada "
          "más."),
        c("Vale, home. Gracias. Ya pensaba que me ibais a decir que era cosa mía.", None),
        t("No, la pusimos nosotros y tiene que funcionar. Nos vemos a las seis y media en el muelle."),
    ],
    [
        _open,
        t("Buenas. Entiendo su frustración y quiero ayudarle. Pero dígame, ¿alguien tocó los cables después de que la "
          "instaláramos? Porque nosotros la dejamos funcionando perfectamente."),
        c("Nadie tocó nada. La pusisteis, la probasteis en el muelle con el motor parado, y ya.", None),
        t("Ya. Es que muchas veces el problema es la instalación eléctrica del barco, que está hecha un desastre. "
          "¿Cuándo revisó usted el alternador por última vez? Porque eso es responsabilidad del armador."),
        c("El alternador lo cambié el año pasado. Y con la sonda vieja no había rayas ningunas.", None),
        t("Ya, pero la vieja era menos sensible. Si usted elige una sonda de gama alta, tiene que tener el barco "
          "preparado. ¿Entiende lo que le digo? Lo que le puedo ofrecer es una revisión completa de su instalación "
          "eléctrica, son ciento veinte euros."),
        c("¿Ciento veinte? ¿Para arreglar lo que hicisteis mal vosotros? No pienso pagar eso.", None),
        t("Lo siento, pero no fue un fallo nuestro. Usted firmó la conformidad de la instalación. Si no la probó con el "
          "motor en marcha, eso ya es cosa suya."),
        c("¿Cosa mía? Me la probasteis vosotros. Voy a poner una queja en la cofradía y que se entere todo el puerto.",
          None),
    ],
))

# --- b6: monologue -------------------------------------------------------------
_open = c("Buenas. Hago queso de Cabrales, una quesería pequeña en Arenas. Vendo por internet, unos treinta paquetes a "
          "la semana, y con el calor del verano tuve varios que llegaron hechos una pena. Me dijeron que ustedes llevan "
          "refrigerado.", None)
PAIRS.append(gpair(
    "esb52g_arenas_cabrales_queseria_refrigerado",
    "transporte refrigerado de paquetería (Asturias)",
    "monologue",
    "Una quesera artesana que vende por internet busca transporte refrigerado después de que varios quesos llegaran "
    "estropeados en verano y tuviera que devolver dinero.",
    [
        _open,
        t("Buenas. Sí, hacemos refrigerado de dos a ocho grados. ¿A dónde van sobre todo los paquetes, y qué pasó "
          "exactamente con los que llegaron mal?"),
        c("Madrid y Barcelona, la mayoría. Con la empresa de ahora, que no es refrigerada, en julio se quedaron dos días "
          "en un almacén de Madrid por un error de dirección y el queso llegó sudado. Tuve que devolver el dinero a "
          "cuatro clientes y uno me puso una reseña horrible.", None),
        t("Entonces son dos cosas: el frío, y que no se queden parados si hay un fallo de dirección. Con nosotros van "
          "en frío todo el camino, y si una dirección falla el paquete vuelve a la cámara de la nave, no a un almacén "
          "normal, y le avisamos el mismo día. ¿Qué tamaño y peso tienen los paquetes?"),
        c("Cajas de kilo, kilo y medio, con uno o dos quesos. Ahora pago seis con cincuenta por caja.", None),
        t("Refrigerado a Madrid o Barcelona, de uno a dos kilos, sale a once euros con veinte. Es casi el doble, se lo "
          "digo claro."),
        c("Uf. Casi el doble. Con lo que gano por queso no sé si me da.", "too_expensive"),
        t("Es normal pensarlo. Lo que hacen otras queserías es refrigerado solo de mayo a septiembre, que es cuando se "
          "estropean, y el resto del año con su empresa de ahora. Así el extra son cinco meses, no doce."),
        c("Eso tiene más sentido. Déjeme echar cuentas con mi hermana, que llevamos la quesería a medias, y le digo.",
          "think_it_over"),
        t("Claro. Le mando las tarifas por zona y una caja isotérmica de muestra para que la prueben con un envío a un "
          "cliente de Madrid, sin cobrarle el porte."),
    ],
    [
        _open,
        t("¡Buenas! Pues llamó al sitio perfecto. Mire, le cuento: somos líderes en refrigerado en el norte, tenemos "
          "cuarenta furgonetas, naves en Llanera, Vigo y León, trazabilidad de temperatura en tiempo real, app para el "
          "cliente, y trabajamos con las principales queserías y conserveras. Nuestra tasa de incidencias es de las más "
          "bajas del sector. ¿Qué le parece?"),
        c("Bien, bien. Lo mío es que en julio tuve varios paquetes que se quedaron en un almacén de Madrid y...", None),
        t("¡Eso con nosotros no pasa! Porque además tenemos seguro de mercancía incluido, etiquetado automático desde su "
          "tienda online, integración con Shopify, WooCommerce, Prestashop... Y si envía más de cien paquetes al mes, "
          "tarifa de volumen. ¿Usa alguna de esas plataformas?"),
        c("Uso una que me hizo un chico de Llanes, no sé cómo se llama. Pero lo que le quería preguntar es el precio "
          "por caja, que...", None),
        t("Claro, el precio, ahora se lo digo. Pero antes déjeme contarle nuestro servicio premium, que es el que más se "
          "vende: entrega en franja horaria, aviso por SMS al cliente, reintento gratis... Los clientes lo valoran "
          "muchísimo y su experiencia de marca mejora. Eso sí, tiene un pequeño suplemento."),
        c("Mire, yo vendo treinta quesos a la semana. No necesito todo eso.", "no_need"),
        t("Lo entiendo, pero piénselo, porque quien empieza con treinta acaba con trescientos. Y ahora mismo tenemos "
          "promoción de bienvenida: el primer mes, el premium al precio del básico. ¿Le preparo el alta?"),
        c("Mándeme las tarifas por correo y ya las miraré.", "brush_off"),
        t("¡Perfecto! Se las mando con el dossier completo, el vídeo de nuestras naves y la presentación del premium."),
    ],
))

# --- b7: closing_as_open_question (non-native speaker) --------------------------
_open = c("Bom dia, buenos días. Yo tengo seis apartamentos en Portonovo, para turistas. La señora que limpia se va en "
          "julio y necesito una empresa para limpiar y para la ropa de cama entre clientes.", None)
PAIRS.append(gpair(
    "esb52g_portonovo_apartamentos_limpieza",
    "limpieza y lavandería para apartamentos turísticos (Sanxenxo)",
    "closing_as_open_question",
    "Una propietaria portuguesa de seis apartamentos turísticos, que habla un castellano aprendido, busca empresa de "
    "limpieza de cambio porque la señora de siempre se va.",
    [
        _open,
        t("Buenos días. Sí, hacemos limpieza de cambio y lavandería para apartamentos. Para darle un precio real: "
          "¿cuántas entradas y salidas tiene a la semana en temporada, y los días de cambio son fijos?"),
        c("Em julho... en julio y agosto, casi todos los sábados cambian los seis. En junio y septiembre menos, dos o "
          "tres. Y en invierno está cerrado, solo algún fin de semana.", None),
        t("Entonces el pico es de seis cambios los sábados, todos a la vez. ¿A qué hora salen y entran los clientes? "
          "Lo que suele complicar es el hueco entre una cosa y otra."),
        c("Saen... salen a las once y entran a las cuatro. Cinco horas. La señora de ahora lo hacía con la hija, pero "
          "iban muy justas.", None),
        t("Cinco horas para seis apartamentos es justo, sí. Lo haríamos con dos parejas, y la ropa de cama la llevamos "
          "nosotros lavada y planchada y nos llevamos la sucia. Cada cambio de un apartamento de dos habitaciones sale "
          "a cincuenta y cinco euros con la ropa incluida."),
        c("Cincuenta y cinco... por seis son trescientos treinta cada sábado. Es bastante más de lo que pago a la "
          "señora, pero bueno, ela se vai.", "too_expensive"),
        t("Es más, sí, porque incluye la ropa, el lavado y que nunca falta nadie: si alguien se pone enfermo mandamos "
          "a otra pareja. Si quiere, el primer sábado hacemos una prueba con dos apartamentos, para que vea cómo quedan "
          "antes de contratar la temporada."),
        c("Está bem, sí. La prueba me gusta. Pero tengo que hablar con mi marido, que los apartamentos son de los "
          "dos.", "think_it_over"),
        t("Claro. Le dejo el presupuesto y la prueba por escrito, y si le ayuda también en portugués. Cuando lo hablen, "
          "me dice qué sábado de junio."),
    ],
    [
        _open,
        t("¡Buenos días! Perfecto. ¿Qué necesita para que hoy dejemos cerrada toda la temporada de verano con "
          "nosotros?"),
        c("Hoje... hoy no sé. Primero quiero saber cuánto es y cómo trabajan.", None),
        t("Claro. Trabajamos con equipos profesionales y ropa de hotel. ¿Y usted prefiere empezar en junio o "
          "directamente en mayo?"),
        c("Yo no dije que quiero empezar. Tengo seis apartamentos, cambian los sábados, de once a cuatro. ¿Llegan "
          "ustedes a eso?", None),
        t("Por supuesto, sin problema. Entonces, ¿a nombre de quién hacemos el contrato, a su nombre o al de la "
          "empresa?"),
        c("Espere, espere. ¿Y el precio? No me dijo el precio.", None),
        t("Cincuenta y cinco por cambio, todo incluido. ¿Cómo le viene mejor pagarlo, por transferencia mensual o "
          "domiciliado? Así ya lo dejamos hecho hoy."),
        c("Eso es mucho dinero para decidir así. Tengo que hablar con mi marido.", "think_it_over"),
        t("Lo entiendo. ¿Y qué tendría que decirle yo a su marido para que firmen esta semana? ¿Qué les impediría "
          "empezar el día uno?"),
        c("Nada, no me diga nada. Obrigada, adiós.", None),
    ],
))

# --- b8: pitch_as_paraphrase ---------------------------------------------------
_open = c("Hola. Llamo por mi madre, que vive sola en Mieres y tiene ochenta y cuatro años. El mes pasado se cayó en el "
          "baño y estuvo en el suelo hasta que la oyó la vecina. Quería lo del botón ese que se lleva al cuello.", None)
PAIRS.append(gpair(
    "esb52g_mieres_teleasistencia_boton",
    "teleasistencia para mayores (Mieres)",
    "pitch_as_paraphrase",
    "Una hija pide el botón de teleasistencia para su madre de 84 años, que se cayó en el baño y pasó dos horas en el "
    "suelo.",
    [
        _open,
        t("Hola. Qué susto, lo siento. ¿Cómo está ella? ¿Y cuánto tiempo estuvo en el suelo?"),
        c("Bien, un moratón en la cadera y el susto. Estuvo casi dos horas, la probe. Menos mal que la vecina, la "
          "Maruja, sube todas las mañanas.", None),
        t("Dos horas en el suelo es justo lo que el botón evita. Una cosa antes: ¿su madre sale sola a la calle o está "
          "casi siempre en casa?"),
        c("Sale a misa y a la plaza, por el barrio, cerquina. Lo que me da miedo es en casa, que en la calle siempre "
          "hay gente.", None),
        t("Entonces con el botón de casa le llega: si lo pulsa, habla con la central por un altavoz y llaman a la "
          "vecina o a usted, y si hace falta a la ambulancia. ¿Se lo pondría ella? Hay mayores que no quieren."),
        c("Eso es lo que me preocupa. Es muy coqueta, dice que eso es de viejas. A mi tía le pusieron uno y lo tenía en "
          "el cajón.", "bad_experience"),
        t("Pasa mucho. Hay una versión en pulsera que parece un reloj, igual le cuesta menos. Si tuviera reconocida la "
          "dependencia, el ayuntamiento la da gratis; si no, con nosotros son dieciocho euros al mes."),
        c("Dependencia no tiene. Dieciocho está bien. Pero quiero que ella vea la pulsera antes, que si no, no se la "
          "pone.", None),
        t("Claro. La técnica puede pasar por su casa a enseñársela y, si le gusta, la deja instalada ese mismo día. "
          "¿Quiere estar usted delante?"),
        c("Sí, el sábado por la mañana estoy allí.", None),
    ],
    [
        _open,
        t("Hola, lo siento mucho. Cuénteme, ¿qué necesita?"),
        c("Lo del botón para el cuello, para que si se cae pueda avisar.", None),
        t("Vale, entonces lo que usted necesita es nuestro pack Tranquilidad Plus: detector de caídas, GPS para la "
          "calle, cámara en el salón y sensores de movimiento, por treinta y nueve noventa al mes. ¿Es eso?"),
        c("No, yo le pedí el botón. Lo de la cámara ni hablar, mi madre no quiere que la vigilen.", "no_need"),
        t("Claro, lo que escucho es que su prioridad es la tranquilidad de su madre, y por eso el Plus le encaja, "
          "porque el GPS la protege también cuando sale. ¿Lo entendí bien?"),
        c("Sale a misa, a doscientos metros. Y treinta y nueve noventa es mucho para una pensión de viuda, no da.",
          "no_money"),
        t("Entiendo. Entonces, si resumo, lo que quiere es lo mejor para su madre sin que sea un gasto, o sea, el Plus "
          "con la financiación del primer año, ¿verdad?"),
        c("No, eso lo resume usted. Déjelo, que ya pregunto en el ayuntamiento.", "brush_off"),
        t("Perfecto, entonces lo que me dice es que le mande el Plus con la promoción para que lo vea su madre, ¿sí?"),
        c("No le digo eso. Adiós.", None),
    ],
))

# --- b9: upsell_as_loop_closing ------------------------------------------------
_open = c("Bos días. Quería doscientos metros de cabo del dieciocho, del de polipropileno, para la batea. Y unos "
          "guantes, que estos ya van rotos.", None)
PAIRS.append(gpair(
    "esb52g_o_grove_efectos_navales_cabo",
    "tienda de efectos navales (O Grove)",
    "upsell_as_loop_closing",
    "Un bateeiro de mejillón compra cabo y guantes para el trabajo en la batea, con prisa por la marea.",
    [
        _open,
        t("Bos días. Del dieciocho tengo polipropileno normal y el de alta tenacidad. ¿Para qué es, para las cuerdas de "
          "mejillón o para los vientos de la batea?"),
        c("Para las cuerdas, para colgar. El de alta tenacidad ya lo probé una vez y para eso no me hace falta, el "
          "normal dura bien.", "no_need"),
        t("Entonces el normal. Doscientos metros del dieciocho son ciento sesenta euros; la bobina entera son "
          "doscientos veinte metros y sale a ciento setenta. ¿Le corto doscientos o se lleva la bobina?"),
        c("Doscientos, que el resto no lo uso. ¿Y guantes qué tienes?", None),
        t("Los de nitrilo de siempre, a cuatro cincuenta el par, y estos más gruesos a seis. Si los rompe en dos "
          "semanas con la cuerda, igual le compensan los gruesos."),
        c("Los rompo en nada, sí. Dame dos pares de los gruesos.", None),
        t("Dos pares de los gruesos. Son ciento setenta y dos en total. ¿Se lo llevo a la furgoneta?"),
        c("Sí, home, que pesa. Está ahí fuera, la blanca.", None),
        t("Vamos. Y si el mes que viene le hace falta más, llame el día antes y se lo dejo cortado."),
    ],
    [
        _open,
        t("Bos días. Aquí tiene, doscientos metros del dieciocho y los guantes. ¿Qué más le puedo añadir para que la "
          "experiencia en la batea sea completa?"),
        c("Nada, con eso voy.", "no_need"),
        t("Perfecto. Y para cerrar bien, ¿le pongo también un par de boyas nuevas? Con los temporales se pierden "
          "muchas."),
        c("Boyas tengo de sobra, no me hacen falta.", "no_need"),
        t("Entendido. ¿Algo más que pueda hacer por usted? Tenemos el traje de aguas nuevo en oferta, que con el "
          "invierno que viene..."),
        c("El traje que tengo va bien. Cóbrame el cabo, anda.", "no_need"),
        t("Claro. Y antes de cerrar la cuenta, ¿le apunto para la revisión anual del chaleco salvavidas? Y si quiere le "
          "añado el cuchillo de cubierta, que es lo que más se llevan."),
        c("Mira, ¿cuánto es? Que tengo la marea a las doce y aún tengo que cargar.", "no_time"),
        t("Ciento sesenta del cabo y cuatro cincuenta de los guantes. ¿Está satisfecho con la atención recibida hoy?"),
        c("Pregúntamelo otro día, que hoy voy con prisa.", None),
    ],
))

# --- b10: leading_tag_questions ------------------------------------------------
_open = c("Buenas. Llamo de la casería de Anes. Tengo tres vacas con mamitis este mes, y eso en mi casa no pasaba. "
          "Quería que viniera alguien a mirar.", None)
PAIRS.append(gpair(
    "esb52g_siero_veterinario_mamitis",
    "clínica veterinaria de vacuno de leche (Pola de Siero)",
    "leading_tag_questions",
    "Una ganadera con tres casos de mamitis en un mes pide una visita; cambió la cama a serrín y ahora ordeña su "
    "sobrino.",
    [
        _open,
        t("Buenas. Tres en un mes es para mirarlo, sí. ¿Son vacas recién paridas o de cualquier momento? ¿Y cambió "
          "algo últimamente, la cama, el ordeño, alguien nuevo ordeñando?"),
        c("Dos recién paridas y una a mitad. Cambiar... cambié la cama a serrín en septiembre, porque la paja está "
          "carísima. Y ordeña mi sobrino desde el verano, que yo tengo la espalda mal.", None),
        t("Dos cosas que coinciden en el tiempo, el serrín y el ordeñador nuevo. Cualquiera puede ser. ¿El serrín lo "
          "guarda a cubierto, y cada cuánto lo cambia?"),
        c("A cubierto sí, pero lo cambio cada semana, igual es poco. No sé.", None),
        t("Con serrín a veces hace falta más a menudo, o echarle cal. Le propongo ir yo, tomar muestras de las tres "
          "para ver qué bicho es y ver un ordeño con su sobrino. Así sabemos si viene de la cama o del ordeño y no "
          "tratamos a ciegas. Visita y cultivos son unos ciento diez euros."),
        c("Ciento diez... bueno, más me cuesta tirar la leche. Pero el ordeño es a las siete de la tarde y mi sobrino "
          "no quiere que nadie lo mire, que se pone nervioso.", None),
        t("Lo entiendo, a nadie le gusta que lo miren. Le digo que voy a tomar muestras, que es verdad, y miro de paso "
          "sin comentar nada. Si veo algo, lo hablamos usted y yo primero."),
        c("Así sí. ¿Puede el jueves?", None),
        t("El jueves a las siete menos cuarto estoy ahí. No ordeñen esas tres antes de que llegue, para coger la "
          "muestra limpia."),
    ],
    [
        _open,
        t("Buenas. Claro, con tres casos usted querrá el plan completo de calidad de leche, ¿no? Visita mensual, "
          "cultivos y asesoría. Es lo que hacen todas las granjas serias, ¿verdad?"),
        c("Hombre, un plan mensual no. Yo lo que quiero es saber por qué salen estas tres.", "no_need"),
        t("Ya, pero seguro que no quiere que esto se repita, ¿a que no? Y usted sabe que la prevención siempre sale más "
          "barata, ¿verdad?"),
        c("Claro que no quiero que se repita. ¿Y cuánto es ese plan?", None),
        t("Ciento ochenta al mes, con un año de compromiso. Para una granja como la suya es una inversión lógica, ¿no "
          "cree? Y seguro que la cama y el ordeño los tiene usted perfectos, ¿no?"),
        c("Pues no sé, cambié a serrín en septiembre y ahora ordeña mi sobrino. Y ciento ochenta al mes, con lo que "
          "pagan la leche, no los tengo.", "no_money"),
        t("Ya, pero eso no tiene nada que ver con la mamitis, ¿verdad? Lo lógico es empezar ya con el plan, ¿no le "
          "parece?"),
        c("A mí me parece que vienes a venderme algo. Llamo al veterinario de la ADS, que ese viene a mirar.", None),
    ],
))

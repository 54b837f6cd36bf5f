"""Gaming pairs, file c (written by hand). Kinds 6-15 of SPEC, one each."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question -- Tenerife, atención telefónica de telefonía (clienta de La Orotava)
o = c("Hola, buenas, mire, en la factura me aparecen doce euros de unos mensajes premium que yo no he pedido en "
      "la vida.", None)
PAIRS.append(gpair(
    "esb66g_laorotava_cargopremium",
    "telefonía móvil (atención telefónica)",
    "putdown_question",
    "Atención telefónica de una compañía de fibra y móvil. Una clienta de La Orotava (Tenerife) reclama un cargo "
    "de doce euros por unos servicios de mensajes que dice no haber contratado.",
    [
        o,
        t("Buenas. Vamos a mirarlo. ¿Me confirma el número de la línea y de qué mes es la factura?"),
        c("El que acaba en 219. La de octubre.", None),
        t("Lo veo: tres cobros de cuatro euros de un servicio de suscripción de juegos. ¿En su casa alguien usa "
          "ese móvil para jugar, algún niño?"),
        c("Mi sobrino lo cogió un fin de semana pa jugar, sí… ¡Ños! ¿No será eso?", None),
        t("Puede ser; a veces un anuncio dentro del juego da de alta la suscripción con un toque. Se la doy de "
          "baja ahora, le activo el bloqueo de servicios premium para que no se repita, y tramito la "
          "devolución de los doce euros. Le sale en la factura siguiente."),
        c("Ah, pues muy bien. ¿Y el bloqueo ese tiene algún costo?", None),
        t("Ninguno, y ya queda activado. Le llega un SMS con el número de la reclamación."),
        c("Pues muchas gracias, de verdad. Pensé que me iba a tocar pelearme.", None),
    ],
    [
        o,
        t("Buenas, su satisfacción es lo primero. A ver, ¿está usted segura de que no lo contrató usted misma sin "
          "darse cuenta? ¿Cómo usa el móvil normalmente?"),
        c("¿Cómo que sin darme cuenta? Yo no pido mensajes de esos, ni sé lo que son.", None),
        t("Ya, pero es muy típico que la gente pinche en todo lo que le sale. ¿No será que usted no lee lo que "
          "acepta? ¿Qué es exactamente lo que recuerda haber hecho?"),
        c("No recuerdo nada porque no hice nada. Bueno, mi sobrino jugó con el teléfono un fin de semana.", None),
        t("Ah, pues ahí lo tiene. ¿Y usted le deja el móvil a un niño sin bloquear nada? ¿Qué esperaba que "
          "pasara?"),
        c("Mire, que yo no llamo pa que me regañe. Quiero que me devuelvan los doce euros y que no vuelva a "
          "pasar.", None),
        t("Entiendo perfectamente. ¿Y no le parece un poco exagerado reclamar por doce euros? ¿De verdad merece "
          "la pena tanto enfado?"),
        c("Pues por doce euros me voy a ir a otra compañía, mire. Páseme con un responsable.", None),
    ],
))

# 7 not_my_department_or_read_the_terms -- Almería, alquiler vacacional en Roquetas de Mar
o = c("Buenas tardes. Le llamo porque estuvimos en un apartamento vuestro en la Urba en agosto y todavía no me "
      "habéis devuelto la fianza, doscientos euros.", None)
PAIRS.append(gpair(
    "esb66g_roquetas_fianzavacacional",
    "agencia de alquiler vacacional",
    "not_my_department_or_read_the_terms",
    "Agencia de alquiler vacacional en Roquetas de Mar (Almería). Un huésped de Jaén reclama la fianza de "
    "doscientos euros de un apartamento que dejó hace tres semanas.",
    [
        o,
        t("Buenas tardes. Perdone la espera. ¿Me dice el nombre de la reserva y las fechas?"),
        c("A nombre de Antonio Moreno, del dieciséis al veintitrés de agosto, apartamento Playa Serena, el 4B.",
          None),
        t("Lo veo. La limpieza anotó una mancha en el sofá y el propietario pidió descontar cincuenta euros, "
          "pero nadie le llamó para decírselo, y eso está mal por nuestra parte. ¿Usted recuerda esa mancha?"),
        c("¿Una mancha? Cuando llegamos ya había una en el sofá, que se lo dije a la chica de las llaves. Hasta "
          "le mandé una foto por WhatsApp el primer día.", None),
        t("Si tiene esa foto del primer día, es justo lo que necesito. ¿Me la reenvía a este número? Con eso "
          "hablo hoy con el propietario y pido la devolución completa."),
        c("Ahora mismo se la mando. Pero vamos, que como esto tarde otro mes, no vuelvo a alquilar con "
          "vosotros, que el año pasado en otra agencia me pasó lo mismo y no vi un duro.", "bad_experience"),
        t("Es razonable. Le llamo yo mañana antes de la una con la respuesta, sea la que sea. Si el propietario "
          "acepta la foto, la transferencia sale en dos días."),
        c("Vale, quedo esperando la llamada.", None),
    ],
    [
        o,
        t("Buenas tardes, gracias por contactarnos, su experiencia con nosotros es lo más importante. Cuénteme."),
        c("Pues lo que le he dicho, que en agosto estuve en el 4B de Playa Serena y no me han devuelto los "
          "doscientos euros de fianza.", None),
        t("Entiendo su necesidad. Lo que pasa es que las fianzas las gestiona el propietario directamente; "
          "nosotros solo hacemos las reservas. No es mi departamento. ¿Ha leído las condiciones de la reserva? "
          "Está todo en el punto siete."),
        c("Yo la fianza os la pagué a vosotros, no al propietario. Está en el justificante.", None),
        t("Ya, le comprendo. Pero yo no hago las normas. Si el propietario ha visto algún desperfecto, tiene "
          "treinta días para decidir, lo pone en la letra pequeña. ¿Hay algo más en lo que pueda ayudarle?"),
        c("Sí: ¿me dais el teléfono del propietario, por lo menos?", None),
        t("No puedo dar datos personales, lo siento, es política de la empresa. Puede escribir al correo de "
          "administración; responden en un plazo de quince días hábiles."),
        c("Quince días más… Pues nada, voy a poner una reseña y una reclamación en consumo.", None),
    ],
))

# 8 social_proof_or_deadline_pressure -- Jaén, placas solares en Martos
o = c("Pase, pase. Mire, lo de las placas lo rellenó mi mujer en el ordenador; yo no lo tengo muy claro "
      "todavía.", None)
PAIRS.append(gpair(
    "esb66g_martos_placassolares",
    "instalación de placas solares",
    "social_proof_or_deadline_pressure",
    "Un comercial de placas solares visita a un matrimonio jubilado en Martos (Jaén) después de que ella "
    "rellenara un formulario en internet; habla él.",
    [
        o,
        t("Gracias por recibirme. Pues para eso estoy, para que lo tengan claro, o para decirles que no les "
          "compensa. ¿Me enseña una factura de la luz de verano y otra de invierno?"),
        c("Aquí están. En verano, con el aire acondicionado, nos vamos a ciento cuarenta euros; en invierno, "
          "unos setenta, que calentamos con la estufa de leña.", None),
        t("Vale, el gasto fuerte es el aire en verano, de día, que es justo cuando producen las placas. ¿El "
          "tejado da al sur? ¿Y están ustedes en casa durante el día?"),
        c("Al sur, sí, que la casa la hizo mi padre mirando al sol. Y en casa estamos los dos, que ya estamos "
          "jubilados. Pero yo he oído que eso no se amortiza nunca, que el cuñao de un amigo las puso y dice que "
          "no nota na.", "bad_experience"),
        t("Puede pasar si la instalación está mal dimensionada o si la familia no está en casa de día. En su "
          "caso, con el aire de día y el tejado al sur, saldría una instalación de cuatro kilovatios, unos "
          "cinco mil doscientos euros, y calculo un ahorro de unos quinientos al año. Le dejo el estudio por "
          "escrito con esos números para que los revisen."),
        c("Cinco mil… Eso lo tenemos que hablar mi mujer y yo despacio. Y a lo mejor pido otro presupuesto.",
          "think_it_over"),
        t("Me parece lo correcto. Compárelo con otro presupuesto de la misma potencia. Les llamo dentro de diez "
          "días, y si han decidido que no, me lo dicen sin problema."),
        c("Muy bien, así sí. Gracias por venir.", None),
    ],
    [
        o,
        t("¡Gracias por recibirme! Dígame, ¿qué es lo que más valora de su hogar? Porque en Martos ya lo tienen "
          "claro: en su misma calle han puesto placas tres vecinos, los del doce, los del catorce y la casa de "
          "la esquina."),
        c("Ya, las he visto. Pero yo no sé si a nosotros eso nos compensa. Hay que mirarlo.", "think_it_over"),
        t("Le entiendo. Pero fíjese: la subvención se acaba este mes y solo quedan dos instalaciones con el "
          "descuento del treinta por ciento. Si firmamos hoy, le guardo una. Mañana ya no le puedo garantizar "
          "nada."),
        c("Oiga, que yo he oído que eso no se amortiza, que el cuñao de un amigo las puso y no nota na.",
          "bad_experience"),
        t("Eso es un caso aislado. Aquí en Jaén lo está poniendo todo el mundo; los que no lo ponen son los que "
          "luego se arrepienten cuando sube la luz. ¿Qué le impide decir que sí ahora mismo?"),
        c("Pues que no me da la gana de decidir cinco mil euros en una tarde, hombre. Eso lo hablamos mi mujer "
          "y yo.", "think_it_over"),
        t("Lo comprendo, pero la oferta es solo para hoy. Le dejo el contrato y, si firma antes de las ocho, me "
          "manda una foto y se la respeto. ¿Le parece?"),
        c("No me parece. Ya le llamaremos, si eso.", "brush_off"),
    ],
))

# 9 keyword_stuffed -- Las Palmas, oficina bancaria en Vegueta (datáfono para un bar)
o = c("Buenos días. Quería ver lo del datáfono, que el que tengo me cobra una comisión que pa qué, y ya la mitad "
      "de la gente paga con tarjeta o con el móvil.", None)
PAIRS.append(gpair(
    "esb66g_vegueta_datafono",
    "banca (terminal de cobro para comercio)",
    "keyword_stuffed",
    "Oficina bancaria en Vegueta (Las Palmas de Gran Canaria). El dueño de un bar de tapas pregunta por un "
    "datáfono porque le parecen altas las comisiones del que tiene.",
    [
        o,
        t("Buenos días. ¿Cuánto cobra con tarjeta al mes, más o menos, y qué le cobran ahora por operación?"),
        c("Unos seis mil euros al mes con tarjeta. Me cobran un uno con cuatro por ciento y veinte euros al mes "
          "de alquiler del aparato.", None),
        t("Con seis mil al mes le podemos poner tarifa plana: treinta euros al mes con el aparato incluido, sin "
          "porcentaje hasta ocho mil. Ahora está pagando unos ciento cuatro. Una pregunta: ¿lo necesita fijo en "
          "la barra o que se pueda llevar a las mesas de la terraza?"),
        c("Portátil, que la terraza es la mitad del negocio. Y ¿hay que tener la cuenta aquí? Porque yo la "
          "tengo en otro banco y no me quiero mudar todo.", None),
        t("Para esa tarifa sí pide cuenta aquí, pero solo para abonarle las ventas; todo lo demás lo puede "
          "dejar en su banco. Lo que no le sé decir es lo que tardaría en darse de baja del otro: mírelo en su "
          "contrato por si tiene permanencia."),
        c("Eso, que creo que el otro tiene permanencia de un año. Déjeme mirarlo y le digo algo.",
          "think_it_over"),
        t("Perfecto. Le apunto la propuesta con los números, y cuando lo mire me llama. Si la permanencia acaba "
          "pronto, le reservo el aparato para esa fecha."),
        c("Muy bien. Pues hasta pronto.", None),
    ],
    [
        o,
        t("Buenos días y bienvenido. Para nosotros lo primero es entender sus necesidades como emprendedor y "
          "acompañarle en su experiencia de éxito. ¿Qué siente que necesita su negocio?"),
        c("Un datáfono más barato, ya se lo he dicho. El mío me cobra un uno con cuatro.", None),
        t("Le entiendo perfectamente y siento su preocupación. En nuestro banco creemos en relaciones a largo "
          "plazo, basadas en la confianza y en entender de verdad la experiencia del cliente. Su éxito es "
          "nuestro éxito. ¿Cómo se sentiría con un socio financiero que le entendiera?"),
        c("Yo lo que quiero saber es la comisión, muchacho. Un número.", None),
        t("Claro, y valoro mucho su claridad. Nuestra solución de cobro se adapta a las necesidades de cada "
          "negocio para maximizar su experiencia de pago y la satisfacción de sus clientes. ¿Qué es para usted "
          "el éxito en su bar?"),
        c("El éxito es irme a abrir el bar, que son las once y no tengo toda la mañana.", "no_time"),
        t("Comprendo su necesidad de tiempo. Le dejo este folleto sobre nuestra propuesta de valor y nuestro "
          "compromiso con su éxito. ¿Cómo de satisfecho está con la atención de hoy?"),
        c("Satisfecho no mucho. Me quedo con el que tengo, que por lo menos sé lo que pago.", "no_need"),
    ],
))

# 10 rude -- Granada, tienda de muebles en Albolote (mesa con retraso)
o = c("Buenas. Vengo a preguntar por una mesa que encargué hace seis semanas. Me dijeron cuatro, y nada. Y tengo "
      "la comunión de mi niña el día veinte.", None)
PAIRS.append(gpair(
    "esb66g_albolote_mesacomedor",
    "tienda de muebles",
    "rude",
    "Tienda de muebles en el polígono de Juncaril (Albolote, Granada). Un cliente pregunta por una mesa de "
    "comedor que encargó hace seis semanas y que debía llegar en cuatro.",
    [
        o,
        t("Buenas. Perdone el retraso. ¿Me da el número de pedido o su nombre?"),
        c("Rafael Ortiz. Una mesa extensible de roble, la de dos metros abierta.", None),
        t("La tengo. El fabricante de Valencia va con retraso con el roble; ahora me dan el dieciocho para "
          "entregar en tienda. Con la comunión el veinte es muy justo, y no le quiero prometer que llegue. "
          "Déjeme ver qué podemos hacer."),
        c("Pues como no llegue, me veo con la familia comiendo de pie. Ya me pasó con el sofá en otra tienda, "
          "que llegó un mes tarde.", None),
        t("Le propongo dos cosas: el lunes le llamo con la fecha confirmada por el fabricante. Y si el dieciséis "
          "no está aquí, le presto la mesa de roble del escaparate para la comunión, y se la cambiamos cuando "
          "llegue la suya."),
        c("¿La del escaparate? Hombre, eso sería un apaño. Pero el transporte, ¿quién lo paga?", None),
        t("Nosotros, faltaría más, que el retraso es nuestro. Le apunto el móvil y el lunes le llamo yo."),
        c("Vale. Seis, uno, cinco… Y gracias, que venía con el mosqueo puesto.", None),
    ],
    [
        o,
        t("Buenas. ¿Seis semanas? Pues como todo el mundo, hombre, que no es usted el único que espera. ¿Qué "
          "número de pedido tiene?"),
        c("No sé el número, estará a nombre de Rafael Ortiz. Es que tengo la comunión de mi niña el veinte.",
          None),
        t("Ya, la comunión. Todo el mundo tiene una comunión o una boda. Aquí pone que llega cuando llegue, que "
          "depende del fabricante. Yo no fabrico mesas."),
        c("Oiga, que me dijeron cuatro semanas, no me hable así. ¿Me puede llamar alguien cuando se sepa la "
          "fecha?", None),
        t("Si me pongo a llamar a cada cliente no hago otra cosa. Mire la web, ahí va saliendo el estado. ¿Algo "
          "más? ¿Quiere ver las sillas a juego, que están de oferta?"),
        c("¿Las sillas? Si no me llega ni la mesa. No quiero nada más de aquí. Quiero que me devuelvan la "
          "señal.", "no_need"),
        t("La señal no se devuelve, lo pone en el papel que firmó. Si se quiere ir, usted verá."),
        c("Pues voy a pedir la hoja de reclamaciones. Y que lo sepa, no vuelvo a pisar esta tienda.", None),
    ],
))

# 11 ignored_customer -- Tenerife, alquiler de coches en Los Cristianos
o = c("Buenas, queríamos alquilar un coche tres días pa movernos por el sur y subir al Teide. Somos dos adultos y "
      "dos niños chicos, de dos y cinco años.", None)
PAIRS.append(gpair(
    "esb66g_loscristianos_cochefamilia",
    "alquiler de coches",
    "ignored_customer",
    "Oficina de alquiler de coches en Los Cristianos (Tenerife). Un padre de Lanzarote, de vacaciones con su "
    "familia en el sur, quiere un coche para tres días.",
    [
        o,
        t("Buenas. Para el Teide y con dos niños: ¿necesitan sillitas? ¿Y quién va a conducir, tiene alguna "
          "preferencia con el cambio?"),
        c("Sillitas dos, sí, una de bebé y un alzador. Y conduce mi mujer, que solo lleva automático; en "
          "Arrecife casi no coge el coche.", None),
        t("Vale: automático y dos sillas. Tengo un compacto automático por cuarenta y ocho euros al día, más seis "
          "por silla. Para subir al Teide con cuatro, el automático va bien. ¿Les cuadra?"),
        c("Ños, cuarenta y ocho más las sillas… en la web vi coches por veinte.", "too_expensive"),
        t("Sí, los de veinte son manuales, y automáticos nos quedan pocos. Si quieren ahorrar, el alzador se lo "
          "dejo a tres, y si la silla del bebé la trajeron en el avión, esa se la ahorran. El automático no se "
          "lo puedo bajar."),
        c("La del bebé la trajimos, sí, está en el hotel. Entonces automático y solo el alzador.", None),
        t("Perfecto: tres días, automático y un alzador, ciento cincuenta y tres en total. Un consejo: el parking "
          "del Teide se llena a las diez; suban temprano."),
        c("Gracias, muchacho. Pues mañana a las ocho venimos a por él.", None),
    ],
    [
        o,
        t("¡Buenas! Cuénteme, ¿qué es importante para ustedes en estas vacaciones?"),
        c("Pues que mi mujer pueda conducir, que solo lleva automático. Y dos sillitas para los niños.", None),
        t("Perfecto. Tengo este Polo manual a veinte euros el día, la oferta de la semana. Se lo preparo."),
        c("Manual no, ya le digo que mi mujer solo lleva automático. Ese no nos sirve.", "no_need"),
        t("Genial. ¿Y cuántos kilómetros piensan hacer? ¿Van a subir al Teide?"),
        c("Sí, un día al Teide. Pero lo del automático y las sillas, ¿tienen o no?", None),
        t("El Teide es precioso, no se lo pueden perder. Entonces el Polo con el seguro completo, que las curvas "
          "del Teide son peligrosas, y listo. ¿Cómo de satisfechos están con la atención hasta ahora?"),
        c("Nada. Es la tercera vez que le digo lo mismo. Nos vamos a la oficina de al lado.", None),
    ],
))

# 12 repeated_questions -- Almería, control biológico en un invernadero de Vícar
o = c("Buenas. Pasa, que te enseño la nave. Tengo la mosca blanca que me tiene frito, y ya he echado dos veces y "
      "nada.", None)
PAIRS.append(gpair(
    "esb66g_vicar_controlbiologico",
    "control biológico de plagas (invernadero)",
    "repeated_questions",
    "Un técnico comercial de una empresa de insectos auxiliares visita a un agricultor de Vícar (Almería) que "
    "tiene mosca blanca en el tomate.",
    [
        o,
        t("Buenas. ¿Qué ha echado y cuándo? Se lo pregunto porque según lo que sea, los bichos que le suelte se "
          "me mueren."),
        c("La última vez hace diez días, un producto que me dio el de la tienda, no me acuerdo del nombre. "
          "Tengo el bote en el cuarto.", None),
        t("Enséñemelo, que eso es lo primero… Vale, este tiene un plazo de tres semanas antes de soltar fauna "
          "auxiliar; si suelto ahora, se me muere. ¿La mosca está en toda la nave o tiene algún foco?"),
        c("Más en el lado del norte, junto a la banda. Pero pijo, tres semanas más esperando… Y lo de los "
          "bichos ya lo probó mi primo y dice que se le fue todo de las manos.", "bad_experience"),
        t("Puede pasar si se sueltan tarde o con residuos. Le propongo: estas tres semanas, placas amarillas y "
          "un tratamiento compatible en el foco del norte, para frenarla. Luego soltamos primero en el foco y "
          "vengo cada semana a contar. Si a las cuatro semanas no la controla, paramos."),
        c("¿Y eso cuánto me va a costar? Porque entre lo que ya he echado y esto…", None),
        t("Las placas y el tratamiento, unos ciento veinte. La suelta depende de cuánta mosca haya; se lo "
          "calculo cuando la cuente el martes. El seguimiento semanal va incluido."),
        c("Vale. El martes te espero y lo hablamos con números.", None),
    ],
    [
        o,
        t("Buenas, encantado. Para entender bien su necesidad: ¿qué plaga tiene?"),
        c("Mosca blanca, ya te lo he dicho. En el tomate.", None),
        t("Perfecto. ¿Y qué insecto diría usted que le está dando más problemas ahora mismo?"),
        c("¿Qué te acabo de decir? La mosca blanca, hombre.", None),
        t("Claro, claro. Y para centrarme en su experiencia: ¿cuál es el principal problema de plagas que tiene "
          "en la finca?"),
        c("Mira, chache, tengo la nave que da pena y tú preguntándome lo mismo. No tengo la mañana pa esto.",
          "no_time"),
        t("Lo entiendo. Una última pregunta: ¿qué ha echado hasta ahora?"),
        c("Un producto de la tienda, hace diez días. Por eso te he llamado, porque no funciona.", None),
        t("Vale. Entonces, para tenerlo claro, ¿qué plaga le preocupa más? Y así le hago la suelta de "
          "Nesidiocoris hoy mismo."),
        c("Déjalo. Lo de los bichos ya lo probó mi primo y le salió mal, y contigo me da que me va a pasar "
          "igual.", "bad_experience"),
    ],
))

# 13 wrong_paraphrase -- Las Palmas, inmobiliaria (vender en Tafira y comprar cerca de la hija)
o = c("Buenos días, mi niña. Mire, yo tengo una casa en Tafira, grande, con jardín, y ya me queda grande. Quiero "
      "venderla y comprarme algo pequeño cerca de mi hija, que vive por Mesa y López.", None)
PAIRS.append(gpair(
    "esb66g_laspalmas_ventatafira",
    "inmobiliaria (compraventa)",
    "wrong_paraphrase",
    "Inmobiliaria en Las Palmas de Gran Canaria. Una señora jubilada quiere vender su casa de Tafira y comprar "
    "un piso pequeño cerca de su hija.",
    [
        o,
        t("Buenos días. ¿Qué es lo que más le pesa ahora de la casa? ¿El jardín, las escaleras, estar lejos?"),
        c("Las escaleras, sobre todo, que la rodilla ya no me deja. Y que para ir a ver a mi hija tengo que "
          "coger dos guaguas.", None),
        t("Entonces busca algo con ascensor y a un paseo de su hija. ¿Necesita vender primero para comprar, o "
          "podría comprar antes?"),
        c("Primero vender, que no tengo otro dinero. Pero no quiero malvender, que esa casa la hizo mi marido "
          "con sus manos.", None),
        t("La entiendo. Le propongo valorar la casa esta semana con ventas reales de Tafira, y al mismo tiempo "
          "le busco pisos con ascensor cerca de Mesa y López en el precio que salga. Así no vende sin saber a "
          "dónde va."),
        c("Eso me gusta. Pero la comisión de ustedes, ¿cuánto es? Porque en otra agencia me pidieron un cinco "
          "por ciento y me pareció un robo.", "too_expensive"),
        t("Nosotros cobramos un tres por ciento de la venta, y la búsqueda del piso no se la cobro aparte. ¿Le "
          "parece si voy el jueves a ver la casa, con su hija si quiere?"),
        c("El jueves sí. Mi hija sale a las tres, así que mejor por la tarde.", None),
    ],
    [
        o,
        t("Buenos días. Cuénteme su situación, que quiero entenderla bien."),
        c("Pues eso, que la casa de Tafira me queda grande, con las escaleras y la rodilla, y quiero un piso "
          "pequeño cerca de mi hija.", None),
        t("Entonces, lo que le escucho es que quiere sacarle rentabilidad a la casa de Tafira, alquilarla a "
          "turistas y con eso pagarse el piso. ¿Correcto?"),
        c("No, mi niña, no. Yo no quiero turistas ni alquilar nada. Quiero venderla.", "no_need"),
        t("Claro, perfecto. O sea, que lo que busca es invertir: vender y comprar dos pisos pequeños para "
          "alquilar y tener una renta. ¿Lo he entendido bien?"),
        c("Que no. Un piso, pa vivir yo. Cerca de mi hija. Con ascensor.", None),
        t("Entendido. Resumiendo: busca un ático grande con terraza para cuando vengan los nietos, en zona de "
          "playa, en Las Canteras. Tengo uno precioso por cuatrocientos mil."),
        c("¿Cuatrocientos mil? Yo no tengo ese dinero ni vendiendo la casa dos veces.", "no_money"),
        t("Bueno, se puede mirar una hipoteca. ¿Qué le parece si vamos a verlo esta tarde?"),
        c("Me parece que usted no me ha oído nada. Me voy, que esto lo busco con mi hija en otra agencia.",
          None),
    ],
))

# 14 pitch_to_upset -- Jaén, correduría de seguros agrarios en Alcalá la Real (granizada)
o = c("Oye, Manolo, soy Juan, el de la Rábita. Que ha caído un granizo esta tarde que me ha dejado los olivos "
      "pelaos. La aceituna en el suelo, media cosecha. Estoy que no sé ni lo que hago.", None)
PAIRS.append(gpair(
    "esb66g_alcalalareal_granizo",
    "correduría de seguros agrarios",
    "pitch_to_upset",
    "Correduría de seguros agrarios en Alcalá la Real (Jaén). Un olivarero, cliente de años, llama por teléfono "
    "tras una granizada que ha tirado media cosecha.",
    [
        o,
        t("Juan, madre mía, lo siento. Lo primero: ¿estás bien tú, y la gente que estaba en el campo?"),
        c("Sí, sí, estamos bien, nos pilló en el cortijo. Pero la cosecha… con lo que hemos pasado con la "
          "sequía, esto es la puntilla.", None),
        t("Lo entiendo. Vamos a lo práctico: tienes la póliza de olivar con la garantía de pedrisco, la tengo "
          "aquí delante. Hay que dar el parte antes de siete días. ¿Qué parcelas han caído, todas o unas "
          "concretas?"),
        c("Las de la Rábita seguro, las dos. Las de Santa Ana no lo sé, no he podido subir.", None),
        t("Pues hago hoy el parte de las de la Rábita. Mañana, cuando subas a Santa Ana, haz fotos con fecha y "
          "me las mandas, y si hay daño lo añado. Y no recojas la aceituna del suelo hasta que venga el perito."),
        c("¿Y cuánto tarda el perito? Porque yo no puedo tener eso un mes tirado.", None),
        t("Normalmente viene en dos o tres semanas; lo pido como urgente. En cuanto me den fecha, te llamo. Y lo "
          "que cubra el seguro lo miramos juntos con la póliza delante."),
        c("Gracias, Manolo. De verdad, esta noche no duermo.", None),
    ],
    [
        o,
        t("Juan, lo siento muchísimo, te entiendo perfectamente. Y justo esto demuestra lo importante que es "
          "estar bien cubierto. ¿Cómo de satisfecho estás con tu póliza actual?"),
        c("¡Yo qué sé, Manolo! Te estoy diciendo que tengo la cosecha en el suelo. ¿Qué hago con el parte?",
          None),
        t("Sí, sí, ahora vamos con eso. Pero escúchame: este año ha salido la modalidad Premium, con helada, "
          "incendio y pérdida de calidad. Si la hubieras tenido, hoy estarías mucho más tranquilo. Te la puedo "
          "hacer ya para la próxima campaña."),
        c("No me hables de la próxima campaña, que no sé si voy a llegar. No tengo ni pa pagar la que tengo.",
          "no_money"),
        t("Precisamente por eso, para que no te vuelva a pasar. Y te hago también el seguro de vida y el de la "
          "casa, con descuento por paquete. Lo importante es tu tranquilidad, ¿no?"),
        c("Lo importante es el parte, coño. ¿Me lo haces o llamo a la compañía directamente?", None),
        t("Te lo hago, te lo hago. Mañana te paso a firmar la ampliación y de paso lo vemos todo."),
        c("Mañana no me pases nada. Hazme el parte, y en cuanto venza la póliza me busco otro corredor.", None),
    ],
))

# 15 blame -- Tenerife, soporte técnico por chat (fibra en Icod de los Vinos)
o = c("hola buenas, la fibra se me corta 4 o 5 veces al dia desde hace una semana, se pone la luz roja del router "
      "y a los 2 min vuelve", None)
PAIRS.append(gpair(
    "esb66g_icod_cortesfibra",
    "fibra óptica (soporte por chat)",
    "blame",
    "Soporte técnico por chat de una compañía de fibra. Un cliente de Icod de los Vinos (Tenerife) escribe "
    "porque la conexión se le corta varias veces al día.",
    [
        o,
        t("Hola, gracias por escribir. La luz roja, ¿es la que pone LOS?"),
        c("si la de LOS. parpadea en rojo", None),
        t("Vale, eso quiere decir que no llega señal por el cable de fibra; no es cosa del wifi ni de sus "
          "aparatos. ¿El cable blanco fino que va a la roseta está doblado o pillado por algún mueble?"),
        c("no q va, va por la pared con grapas, lo puso el tecnico de ustedes hace 2 años. no lo ha tocado nadie",
          None),
        t("Perfecto. Lo veo en el sistema: hay cortes de señal en su línea desde el martes, y no es dentro de su "
          "casa. Le abro una avería y le mando un técnico. ¿Le viene mejor mañana o el jueves?"),
        c("mañana no puedo q estoy trabajando en el puerto todo el dia. el jueves x la tarde si", "no_time"),
        t("Jueves de cuatro a siete, apuntado. Y le descontamos los días con cortes en la próxima factura."),
        c("ok genial, gracias. q ya estaba hasta el moño", None),
    ],
    [
        o,
        t("Hola, gracias por contactar, tu experiencia es nuestra prioridad. ¿Has probado a reiniciar el "
          "router?"),
        c("si, mil veces. la luz LOS sigue poniendose roja", None),
        t("Entiendo. Normalmente esto pasa porque el cliente tiene el router en mal sitio, dentro de un mueble o "
          "cerca del microondas. ¿Dónde lo tienes? Porque si está mal colocado es responsabilidad tuya."),
        c("esta en el pasillo encima de una mesita. lo puso ahi el tecnico de ustedes", None),
        t("Ya, pero seguramente tienes demasiados dispositivos conectados o alguien ha tocado el cable. Eso pasa "
          "mucho con niños en casa. ¿Qué crees que has hecho diferente esta semana?"),
        c("nada!! no he tocado nada. el cable esta grapado en la pared. pq me echas la culpa a mi", None),
        t("No te echo la culpa, solo te digo lo que suele pasar. Si mandamos un técnico y el fallo es de tu "
          "instalación, la visita cuesta sesenta euros. ¿Quieres arriesgarte?"),
        c("60 euros x algo q no es culpa mia?? ni de broma. en cuanto acabe la permanencia me voy a otra "
          "compañia", None),
    ],
))

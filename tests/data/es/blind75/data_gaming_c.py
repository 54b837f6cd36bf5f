"""Gaming pairs, file c (written by hand). Kinds 6-15."""
from common import c, gpair, t

# --- c01 putdown_question: hotel pequeno, Copan Ruinas
_c01 = c("Buenos días. Mire, no pegamos el ojo en toda la noche con la música del bar de al lado. Hasta las tres de la mañana. Queremos que nos cambien de cuarto.", None)

# --- c02 not_my_department_or_read_the_terms: organismo de agua potable, Merida
_c02 = c("Buenos días, joven. Mire nada más este recibo: mil cuatrocientos ochenta pesos. Yo siempre pago como trescientos. Es un error, ¿verdad?", None)

# --- c03 social_proof_or_deadline_pressure: paneles solares, Comitan
_c03 = c("Pásele, joven. Sí, yo dejé mis datos en la feria. Es que la luz me está saliendo bien cara por los refris.", None)

# --- c04 keyword_stuffed: sistema de inventario para tiendas de barrio, Mixco
_c04 = c("Hola, buenas. Sí, yo pedí la información. Tengo tres tiendas y no sé ni cuánto vendo en cada una; cada encargada me lleva un cuaderno.", None)

# --- c05 rude: agencia de remesas, centro de San Salvador
_c05 = c("Buenos días, niño. Vengo a cobrar lo que me mandó mi nieto de Los Ángeles, pero fíjese que no traigo el numerito. Se me quedó en la casa.", None)

PAIRS = [
    gpair(
        "esb75g_copan_hotel_ruido",
        "hotel pequeño, recepción (Copán Ruinas, Honduras)",
        "putdown_question",
        "Don Ernesto, turista salvadoreño, y su esposa no durmieron por la música de un bar vecino; les quedan dos noches y "
        "ella amaneció con migraña. El hotel tiene libre una habitación 'superior' que normalmente cuesta 300 lempiras más.",
        good=[
            _c01,
            t("Buenos días, don Ernesto. Qué pena, de veras. ¿Están en el 4, el que da a la calle?"),
            c("Sí, el 4. Y nos quedan dos noches más. Mi esposa anda con migraña hoy.", None),
            t("Entiendo. El 4 es el que peor queda con ese bar los fines de semana. Tengo libre el 9, que da al patio de atrás y es más tranquilo. Normalmente tiene una diferencia de 300 lempiras por noche porque tiene balcón, pero por lo de anoche se lo cambio sin cargo."),
            c("Ah, bueno. ¿Y ahí no se oye nada?", None),
            t("Algo se oye si le suben mucho, no le voy a mentir, pero bastante menos, y le presto tapones para los oídos. Hoy mismo hablo con el dueño del bar, porque el permiso es hasta la una. ¿Quieren pasarse ahorita? Les ayudo con las maletas."),
            c("Ahorita no podemos, ya nos está esperando el guía en la entrada de las ruinas.", "no_time"),
            t("Vayan tranquilos. Dejen las maletas hechas y nosotros se las pasamos al 9 antes del mediodía."),
            c("Perfecto. Muchas gracias, muchacha.", None),
        ],
        gaming=[
            _c01,
            t("Buenos días. ¿Y no trajeron tapones? Porque es Copán, los fines de semana hay ambiente. ¿No se informaron antes de reservar?"),
            c("¿Informarnos de qué? Ustedes no dicen nada en la página de un bar pegado.", None),
            t("Bueno, bueno. ¿Y qué fue exactamente lo que les molestó, la música o que usted tiene el sueño ligero? Porque los demás huéspedes no se han quejado."),
            c("La música, señorita. A todo volumen hasta las tres. Mi esposa hoy anda con migraña.", None),
            t("Entiendo cómo se sienten. Le puedo ofrecer el cuarto 9, la habitación superior, con 300 lempiras más por noche. ¿No le parece que vale la pena por dormir bien, o prefiere seguir con el problema?"),
            c("¿Y encima pagar más? No, señorita, trescientos más por noche por un problema de ustedes, no.", "too_expensive"),
            t("Ay, señor, ¿usted siempre se pone así de bravo por todo? Si no le parece, ¿qué quiere que haga, que apague el bar yo?"),
            c("Quiero hablar con el encargado. Ahorita.", None),
        ],
    ),
    gpair(
        "esb75g_merida_recibo_agua",
        "organismo de agua potable, oficina de atención (colonia Pensiones, Mérida, Yucatán)",
        "not_my_department_or_read_the_terms",
        "Doña Guadalupe, pensionada de 72 años que vive con su nieto, recibió un recibo bimestral de 1,480 pesos cuando "
        "siempre paga unos 300. El tanque del excusado de atrás a veces se queda corriendo.",
        good=[
            _c02,
            t("Buenos días, señora. Déjeme revisar, ¿me presta el recibo? ... Aquí veo que la lectura saltó de 32 a 85 metros cúbicos en el bimestre. ¿Cuántas personas viven en la casa?"),
            c("Nomás mi nieto y yo. No tenemos alberca ni nada, mare, ni jardín grande.", None),
            t("Entonces 85 metros es muchísimo para dos personas. Puede ser que la lectura esté mal tomada o que haya una fuga. ¿Ha notado humedad en alguna pared, o que el medidor gire con todo cerrado?"),
            c("Pues... el baño de atrás, el tanque del excusado a veces se queda corriendo, hace un ruidito. Pero eso es poquito, ¿no?", None),
            t("Puede no ser poquito: un excusado que corre día y noche gasta veinte, treinta metros al mes. Hagamos esto: levanto una solicitud de verificación de lectura, sin costo, y el inspector va en cinco días hábiles. Mientras, cierre la llavecita del tanque en la noche y vea si el medidor se detiene."),
            c("¿Y mientras tengo que pagar esto? Porque no lo tengo, joven, soy pensionada.", "no_money"),
            t("Con la solicitud abierta no le cortan el servicio. Si resulta error de lectura, se corrige el recibo; si fue la fuga, puede pedir un convenio en tres pagos. Le doy su folio, el 22781, para que pregunte con ese número."),
            c("Ay, bueno. Entonces espero al inspector. Gracias, joven.", None),
        ],
        gaming=[
            _c02,
            t("Buenos días, señora. Entiendo su molestia. ¿Qué es lo que necesita exactamente?"),
            c("Que me revisen esto, pues. Mil cuatrocientos ochenta. Yo pago trescientos.", None),
            t("Mire, yo nomás estoy en cobranza. Las lecturas las hace otra área; yo no tengo nada que ver con eso."),
            c("¿Y dónde está esa área?", None),
            t("En oficinas centrales, en el periférico. Pero le digo desde ahorita: las tarifas no las pongo yo, y en el reverso del recibo dice clarito que cualquier aclaración se hace antes de la fecha de vencimiento. ¿Lo leyó?"),
            c("¿Hasta el periférico? Mare, joven, tengo setenta y dos años, no tengo carro.", None),
            t("La comprendo. Yo no hice las reglas. Si quiere, puede pagar hoy y después pedir la aclaración. ¿Algo más en que le pueda servir?"),
            c("¿Pagar mil cuatrocientos? No tengo ese dinero. Pues ni modo, me voy sin nada.", "no_money"),
        ],
    ),
    gpair(
        "esb75g_comitan_paneles_solares",
        "venta e instalación de paneles solares, visita a una tienda de abarrotes (Comitán de Domínguez, Chiapas)",
        "social_proof_or_deadline_pressure",
        "Don Efrén tiene una tienda con dos refrigeradores; su recibo bimestral pasó de 1,800 a 2,600 pesos. Años atrás le "
        "vendieron un calentador solar que se rompió y nunca le respetaron la garantía.",
        good=[
            _c03,
            t("Mucho gusto, don Efrén. ¿Me deja ver un recibo de luz? Así le hablo con números y no al aventón."),
            c("Aquí está. Dos mil seiscientos el último bimestre. Antes era como mil ochocientos, pero metí otro refri pa' la cerveza.", None),
            t("Ya veo, con el segundo refri se pasó a la tarifa alta. Con unos seis paneles bajaría casi a lo mínimo. El sistema anda en 68 mil pesos instalado, y con lo que ahorra se paga en unos cuatro años y medio."),
            c("¡Sesenta y ocho mil! Ahorita no tengo esa cantidad, ni de chiste.", "no_money"),
            t("Pocos la tienen de golpe. Hay financiamiento a 36 meses, con mensualidad de unos 2,300. Le soy sincero: usted paga de luz unos 1,300 al mes, así que los primeros tres años pagaría más de lo que ahorra; después, el ahorro es todo suyo."),
            c("Mmm. Es que una vez me vendieron un calentador solar y se rompió al año, y la garantía nunca me la respetaron.", "bad_experience"),
            t("Qué mal. Por eso le dejo la garantía por escrito: diez años en paneles y cinco en el inversor, con la marca, no solo con nosotros. Y le paso el contacto de dos clientes aquí en Comitán para que les pregunte cómo les ha ido."),
            c("Eso sí me gusta. Déjeme hablarles a ellos, lo platico con mi señora y le llamo.", "think_it_over"),
        ],
        gaming=[
            _c03,
            t("¡Mucho gusto, don Efrén! Pues llegó justo a tiempo. Le cuento que aquí en el barrio de San Sebastián ya todas las tiendas pusieron paneles: la de la esquina, la farmacia, la tortillería. Usted es de los pocos que faltan. ¿Cómo se siente con su recibo?"),
            c("Pues mal, dos mil seiscientos. Pero ¿cuánto cuesta eso?", None),
            t("Sesenta y ocho mil. Pero ojo, ese precio es nomás esta semana; el lunes entra el aumento por el dólar y sube a setenta y cinco."),
            c("Ahorita no tengo sesenta y ocho mil, joven.", "no_money"),
            t("Lo financiamos. Y fíjese, nomás me quedan dos sistemas a este precio para Comitán; el vecino de enfrente ya apartó uno. ¿Se lo aparto con mil pesos hoy?"),
            c("No sé... es que una vez compré un calentador solar y me salió malo. No quiero volver a caer.", "bad_experience"),
            t("Entiendo, pero todos los que compraron están felices. Si no lo aparta hoy, ya no le puedo asegurar el precio."),
            c("Pues ni modo, joven. Prefiero perder el precio que andar con prisas. Otro día lo veo.", "brush_off"),
        ],
    ),
    gpair(
        "esb75g_mixco_inventario_tiendas",
        "software de ventas e inventario para tiendas de barrio, videollamada (Mixco y zona 7, Guatemala)",
        "keyword_stuffed",
        "Doña Brenda tiene tres tiendas de barrio llevadas en cuaderno; el mes pasado le faltaron unos Q3,000 de mercadería "
        "y no sabe si es robo, vencimiento o error. Sus encargadas son señoras mayores.",
        good=[
            _c04,
            t("Buenas, doña Brenda. ¿Qué es lo que más le preocupa ahorita: que se le pierda producto, no saber cuánto vende, o hacer los pedidos?"),
            c("Lo que se pierde. Fíjese que el mes pasado me faltaron como tres mil quetzales de mercadería entre las tres, y no sé si es robo, si es que se vence o qué.", None),
            t("Q3,000 en un mes es bastante. El sistema registra cada venta en un teléfono o una tablet en la caja y baja el inventario solo; al final del día usted ve desde su casa qué salió y qué debería haber. No le dice quién se lo llevó, pero sí en qué tienda y qué producto falta."),
            c("Ajá. Pero mis encargadas ya son señoras grandes, no sé si le van a entrar a la tablet.", None),
            t("Es una duda válida. La pantalla de cobro es de botones grandes con foto del producto. ¿Qué tal si lo prueban un mes gratis en una sola tienda, con la encargada que usted crea que le va a costar más?"),
            c("¿Y después cuánto sale? Porque si es caro, no.", None),
            t("Q250 al mes por tienda, sin contrato; para las tres, Q750. Si en el mes de prueba no le ayuda a ver dónde se le va el producto, no sigue y no paga nada."),
            c("Setecientos cincuenta al mes... púchica, eso es bastante. Bueno, probemos en la de zona 7 y ya vemos.", "too_expensive"),
            t("Perfecto. El jueves a las 8 llego a la de zona 7 a instalarlo y a enseñarle a la encargada."),
            c("Dale, allá la espero.", None),
        ],
        gaming=[
            _c04,
            t("¡Buenas, doña Brenda! Gracias por confiar en nosotros. Antes que nada quiero entender profundamente sus necesidades, porque para nosotros lo más importante es construir una relación de éxito a largo plazo. ¿Cómo se siente con la experiencia actual de su negocio?"),
            c("Pues mal, se me pierde mercadería. El mes pasado como tres mil quetzales.", None),
            t("Entiendo perfectamente cómo se siente, y valoro que comparta su experiencia. Nuestra solución está pensada para acompañar el éxito de emprendedoras como usted, entendiendo sus necesidades y potenciando su experiencia de gestión."),
            c("Ajá, pero ¿qué hace el sistema? ¿Me dice qué se pierde?", None),
            t("Excelente pregunta. El sistema es una herramienta integral que se adapta a sus necesidades y transforma la experiencia del cliente y del colaborador, generando una relación de confianza y resultados exitosos."),
            c("Mire, no le entiendo nada. ¿Cuánto cuesta?", None),
            t("La inversión es personalizada según la relación que queramos construir juntas. Lo importante es que usted sienta que la escuchamos y la entendemos. ¿Qué tan satisfecha se siente hasta ahora con esta conversación?"),
            c("Pues no mucho. Mándeme un PDF con precios y ahí lo veo.", "brush_off"),
        ],
    ),
    gpair(
        "esb75g_sansalvador_remesa_sin_codigo",
        "agencia de remesas, ventanilla (centro de San Salvador, El Salvador)",
        "rude",
        "Doña Tránsito, 74 años, viene desde Apopa a cobrar un envío de su nieto en Los Ángeles; olvidó el número de "
        "referencia en la casa. A esa hora su nieto está durmiendo.",
        good=[
            _c05,
            t("Buenos días, doña. No se preocupe, a veces se puede buscar de otra forma. ¿Me presta su DUI y me dice el nombre completo de su nieto?"),
            c("Sí, aquí está. Él se llama Josué Alexander Martínez. Me lo mandó ayer, creo que ciento cincuenta.", None),
            t("Déjeme ver... sí, aquí hay un envío de Josué Alexander Martínez a su nombre, pero el sistema no me deja pagar sin el número o sin la respuesta a la pregunta de seguridad que puso él. ¿Usted sabe cuál es la pregunta?"),
            c("Ay, no sé. ¿Cuál pregunta?", None),
            t("A veces ponen el nombre de un familiar o de una mascota. ¿Usted tiene el teléfono de su nieto? Si le llamamos desde aquí, él nos dicta el número en un minuto."),
            c("Sí, pero a esta hora allá es de madrugada, está durmiendo, pobrecito. Entra a trabajar temprano.", None),
            t("Tiene razón. Entonces le mandamos un WhatsApp para que lo vea al despertar, y cuando él le pase el número usted me lo dicta por teléfono o regresa. El dinero está seguro, no se pierde. ¿Quiere sentarse un ratito y tomar agua?"),
            c("Ay, qué amable. Sí, mándele el mensaje. Aquí le apunto el número de él.", None),
        ],
        gaming=[
            _c05,
            t("Buenos días. ¿Y cómo quiere cobrar sin el número, doña? ¿Por adivinanza?"),
            c("Ay, niño, es que se me quedó. Pero traigo mi DUI, y sé cómo se llama mi nieto.", None),
            t("Mjm. ¿Y usted cree que yo le voy a pagar a cualquiera que me diga un nombre? Cuénteme, ¿cuál es su necesidad exactamente?"),
            c("Pues cobrar, niño. Es que lo necesito pa' las medicinas.", None),
            t("Sí, todos lo necesitan. Mire, vaya a su casa, traiga el numerito y hace la fila otra vez. ¿Algo más en que le pueda ayudar?"),
            c("Pero yo vivo en Apopa, niño, son dos buses. ¿No lo puede buscar con el nombre?", None),
            t("Ay, doña, si lo busco con el nombre, ¿para qué existe el número? Siguiente, por favor. ¿Cómo calificaría su experiencia hoy?"),
            c("Mala, hijo, mala. Que Dios le dé paciencia.", None),
        ],
    ),
]

# --- c06 ignored_customer: hospital privado, paquete de parto, Tegucigalpa
_c06 = c("Buenas tardes. Queremos información del paquete de parto, pero la doctora dice que posiblemente sea cesárea.", None)

# --- c07 repeated_questions: linea de atencion de telefonia prepago, Managua
_c07 = c("Aló, buenas. Mirá, yo recargué doscientos pesos hoy en la mañana y ya no tengo nada. Yo no he gastado eso, algo me están cobrando.", None)

# --- c08 wrong_paraphrase: agroservicio, Coban
_c08 = c("Buenos días, don. Quiero saber qué abono orgánico tiene, pa' café. Tengo mis cuerditas y ya no le quiero echar químico.", None)

# --- c09 pitch_to_upset: agencia de motos, Tuxtla Gutierrez
_c09 = c("Buenas. Me robaron la moto anoche, afuera de mi casa. Ya puse la denuncia. La compré aquí, todavía la estoy pagando. ¿Qué hago, pues?", None)

# --- c10 blame: call center de un banco, Mixco
_c10 = c("Buenas tardes. Fíjese que me aparecen tres compras en Miami en mi tarjeta de débito, y yo estoy aquí en Mixco. Nunca he ido a Miami.", None)

PAIRS += [
    gpair(
        "esb75g_tegucigalpa_paquete_cesarea",
        "hospital privado, admisión y paquetes de maternidad (Tegucigalpa, Honduras)",
        "ignored_customer",
        "Katherine, embarazada de 32 semanas de su segundo bebé, viene con su esposo. Su primera cesárea, en un hospital "
        "público, fue de emergencia y la anestesia no le hizo efecto completo. Traen unos 40,000 lempiras.",
        good=[
            _c06,
            t("Buenas tardes, felicidades. ¿Con qué doctora se está controlando, y de cuántas semanas va?"),
            c("Con la doctora Rivera. Voy por las treinta y dos semanas. Es mi segundo bebé; el primero fue en el hospital público, una cesárea de emergencia.", None),
            t("Entiendo. ¿Cómo le fue en esa primera cesárea? Se lo pregunto porque a veces eso cambia lo que le conviene."),
            c("Ay, no, horrible. La anestesia no me agarró bien, sentí casi todo. Me da pánico que me vuelva a pasar.", None),
            t("Qué experiencia tan dura; es normal que tenga miedo. Aquí antes de la cesárea tiene consulta con el anestesiólogo para contarle exactamente eso, y él decide la técnica. No le puedo prometer cómo va a ser, pero sí que la van a escuchar antes. ¿Quiere que se la agende?"),
            c("Sí, por favor. ¿Y cuánto es el paquete de cesárea? Nosotros traemos como cuarenta mil.", None),
            t("El paquete de cesárea con dos noches es de 52,000 lempiras, sin los honorarios de la doctora, que cobra aparte. El de parto normal es de 31,000. Sé que se pasa de lo que traen."),
            c("Uy, doce mil más, y aparte los honorarios... eso no lo tenemos ahorita.", "no_money"),
            t("Les explico las opciones: se puede pagar el 50% al ingreso y el resto en tres cuotas, y si alguno tiene seguro médico por el trabajo, revisamos si cubre una parte. ¿Alguno de los dos tiene seguro?"),
            c("Yo en el trabajo tengo uno, pero no sé qué cubre. Lo voy a revisar bien y regresamos.", "think_it_over"),
        ],
        gaming=[
            _c06,
            t("Buenas tardes, felicidades. Cuénteme, ¿cómo fue su experiencia en su parto anterior?"),
            c("Horrible. Fue cesárea en el público y la anestesia no me agarró, sentí casi todo. Tengo miedo de que me pase otra vez.", None),
            t("Qué bien que nos comparte eso. Mire, tenemos el paquete Cesárea Plus, 52,000 lempiras, con suite, cena romántica para los papás y sesión de fotos del recién nacido."),
            c("Pero lo de la anestesia, ¿quién me explica eso? Eso es lo que me importa.", None),
            t("Todo está incluido. ¿Y cuál es su presupuesto, para ir viendo?"),
            c("Como cuarenta mil, ya le digo. No llegamos a cincuenta y dos.", "no_money"),
            t("Perfecto. Entonces le aparto el Cesárea Plus con la suite y el paquete de fotos, ¿verdad? Son 5,000 de reservación."),
            c("¿Usted me está escuchando? Le pregunté dos veces lo de la anestesia. Vámonos, amor.", None),
        ],
    ),
    gpair(
        "esb75g_managua_saldo_desaparecido",
        "telefonía prepago, línea de atención (Managua, Nicaragua)",
        "repeated_questions",
        "Don Bayardo, taxista, recargó 200 córdobas en la mañana y a mediodía ya no tenía saldo. Había abierto un enlace de "
        "un mensaje que decía que había ganado un premio.",
        good=[
            _c07,
            t("Buenas tardes, don. Lamento eso, vamos a revisarlo. ¿Me confirma el número de la línea?"),
            c("8876-4412. Está a nombre mío, Bayardo Téllez.", None),
            t("Gracias, don Bayardo. Veo la recarga de 200 a las 7:40 de la mañana. Después hay seis cobros de 25 córdobas de un servicio de horóscopos y chistes, y el resto se fue en datos. ¿Se suscribió a algo así, o contestó algún mensaje?"),
            c("¿Horóscopos? ¡Ideay! Yo no sé ni cuál es mi signo. Me llegó un mensaje que decía que había ganado algo y le di al link, pero nada más.", None),
            t("Ese tipo de mensaje es el que lo suscribe a uno sin darse cuenta. Ya le cancelé la suscripción y le bloqueé los servicios de contenido para que no le vuelva a pasar. Los 150 córdobas de esos cobros se los devuelvo como saldo en las próximas 24 horas."),
            c("Ah, bueno. ¿Y lo de los datos? Porque yo casi no uso, solo el WhatsApp y el mapa.", None),
            t("Esos sí se consumieron: el mapa prendido toda la mañana gasta bastante. Hay un paquete para taxistas, 150 a la semana con el mapa sin consumir, aunque si usted recarga por día a lo mejor le sirve más seguir así. ¿Cuánto recarga a la semana, más o menos?"),
            c("Como trescientos, pero no me quiero amarrar a paquetes, que después me andan cobrando otras cosas.", "bad_experience"),
            t("Entendido, lo dejamos así. Le queda el reporte 7781 por la devolución; si mañana no le llega, llame con ese número."),
            c("Dale pues, gracias, chavala.", None),
        ],
        gaming=[
            _c07,
            t("Buenas tardes, gracias por llamar. Para brindarle una mejor experiencia, ¿me confirma su número de línea?"),
            c("8876-4412, a nombre de Bayardo Téllez.", None),
            t("Gracias. ¿Me podría decir qué es lo que le está pasando con su línea?"),
            c("Que recargué doscientos y ya no tengo nada, ya te lo dije.", None),
            t("Entiendo. Para entender bien su situación, ¿cuál es el inconveniente que está presentando con su saldo?"),
            c("¡Que desapareció! Doscientos pesos. Yo no los gasté.", None),
            t("Perfecto. ¿Y me confirma nuevamente el número de la línea afectada?"),
            c("8876-4412, chavala, ¿cuántas veces? Ando trabajando, tengo un pasajero en el carro.", None),
            t("Disculpe. Y para cerrar, ¿qué fue exactamente lo que notó con su saldo? ¿Está satisfecho con la atención hasta ahora?"),
            c("Mirá, ya no. Voy a ir a la oficina de ustedes y allá me lo arreglan. Adiós.", None),
        ],
    ),
    gpair(
        "esb75g_coban_abono_organico",
        "agroservicio (Cobán, Alta Verapaz, Guatemala)",
        "wrong_paraphrase",
        "Doña Irma tiene cinco cuerdas de café y quiere pasarse a abono orgánico porque su cooperativa paga mejor el café "
        "orgánico certificado, y porque el químico está caro. No tiene roya.",
        good=[
            _c08,
            t("Buenos días, doña. Con gusto. ¿Cuántas cuerdas tiene, y por qué quiere dejar el químico, si se puede saber?"),
            c("Son cinco cuerdas. Es que la cooperativa está pagando más el café orgánico, pero piden tres años sin químico. Y la verdad el químico también ya está bien caro.", None),
            t("Ah, entonces es por la certificación de la cooperativa y por el costo. Le explico con honradez: el primer año sin químico la mata a veces produce menos, mientras la tierra se acomoda. Para cinco cuerdas le sirven unos diez quintales de lombricompost o bocashi; aquí tengo lombricompost a Q85 el quintal."),
            c("¿Ochocientos cincuenta? Con el químico gastaba como quinientos. Uy, no sé.", "too_expensive"),
            t("Sí, sale más al principio. Otra opción es que usted misma haga bocashi con la pulpa del café y gallinaza; la cooperativa da talleres. Podría comprar la mitad aquí y hacer la otra mitad. ¿Tiene pulpa del despulpado?"),
            c("Sí, la pulpa la tiramos por ahí. No sabía que servía.", None),
            t("Sirve mucho. Llévese cinco quintales hoy y pregunte en la cooperativa por el taller de bocashi. Y confirme con ellos qué productos aceptan para la certificación, para no comprarle algo que no le cuenten."),
            c("Va pues, deme los cinco. Y el martes le pregunto a la cooperativa.", None),
        ],
        gaming=[
            _c08,
            t("Buenos días, doña. Claro. Cuénteme, ¿cuál es su situación?"),
            c("Tengo cinco cuerdas de café y me quiero pasar a orgánico, porque la cooperativa paga mejor.", None),
            t("Entonces, si le entendí bien, usted tiene como cinco manzanas y le está entrando la roya, y quiere algo fuerte para curarla rápido, ¿así es?"),
            c("No, don, cuerdas, no manzanas. Y roya no tengo. Quiero abono orgánico.", None),
            t("Ah, perfecto. Lo que escucho es que quiere subir la producción rápido este año, así que le conviene el 20-20-0 con un foliar, que da resultados en dos meses, ¿cierto?"),
            c("¡Pero eso es químico! Ya le dije que no quiero químico, que me quitan la certificación.", "no_need"),
            t("Claro, claro. Entonces, resumiendo: usted quiere probar un poquito de todo, químico y orgánico, y ver qué funciona mejor. Le preparo diez quintales de cada uno, ¿verdad?"),
            c("Yo no dije nada de eso. Usted no oye. Mejor voy a preguntar a la cooperativa.", None),
        ],
    ),
    gpair(
        "esb75g_tuxtla_moto_robada",
        "agencia de motos con crédito propio (Tuxtla Gutiérrez, Chiapas)",
        "pitch_to_upset",
        "Jorge, repartidor, regresa a la agencia donde sacó a crédito su moto hace cinco meses: se la robaron anoche afuera "
        "de su casa. Trae la denuncia, debe unos 12,000 pesos y sin moto no trabaja.",
        good=[
            _c09,
            t("Ay, Jorge, cuánto lo siento. Siéntese. ¿Está bien usted? ¿No le pasó nada a usted ni a su familia?"),
            c("No, fue en la madrugada, nadie vio nada. Pero es mi chamba, sin moto no trabajo, y todavía debo como doce mil.", None),
            t("Entiendo, es un golpe doble. Su crédito incluía seguro contra robo total; eso es lo primero. Con la denuncia, su INE, la factura y las dos llaves abrimos el reclamo hoy. ¿Trae las llaves?"),
            c("Traigo una. La otra la tiene mi hermano, se la puedo pedir.", None),
            t("Con que la traiga esta semana basta. Le explico el proceso: la aseguradora tarda de 15 a 30 días en resolver; si procede, paga lo que falta del crédito y a usted le queda un remanente, menos el deducible del 10%. Y sus mensualidades se pausan desde que abrimos el reclamo."),
            c("¿Y mientras en qué trabajo? Un mes sin moto no aguanto.", None),
            t("Es difícil, lo sé, y no le voy a vender nada ahorita. Lo que sí le puedo decir es que la aseguradora a veces resuelve antes cuando los papeles van completos, así que los revisamos juntos ahora para que no falte ni uno."),
            c("Va. Gracias, de veras. Saco los papeles.", None),
        ],
        gaming=[
            _c09,
            t("Buenas, Jorge. Uy, qué mala experiencia, lo entiendo perfectamente. Cuénteme, ¿qué necesita ahorita?"),
            c("Saber qué pasa con mi crédito y si el seguro paga. Sin moto no trabajo.", None),
            t("Claro. Y justo por eso, ¿ya vio la nueva de 150 que nos llegó? Con GPS de fábrica, para que no le vuelva a pasar. Con su historial de pagos le aprobamos otro crédito hoy mismo."),
            c("¿Otro crédito? Si todavía debo doce mil de la que me robaron. No tengo ni pa' comer esta semana.", "no_money"),
            t("Lo que escucho es que necesita volver a trabajar rápido, ¿verdad? Pues la nueva se la lleva hoy, y le agregamos el seguro premium con cobertura total, porque el que tenía no era tan bueno."),
            c("¿Cómo que no era tan bueno? ¿Entonces no me van a pagar?", None),
            t("Eso lo ve la aseguradora. Pero piense en la oportunidad: moto nueva, más potente. ¿Cómo quiere hacer el enganche?"),
            c("Usted no entiende nada. Me robaron, estoy endeudado y me quiere vender otra. Quiero hablar con el gerente.", None),
        ],
    ),
    gpair(
        "esb75g_mixco_tarjeta_clonada",
        "banco, call center de tarjetas (Mixco, Guatemala)",
        "blame",
        "Doña Lesbia, contadora, ve en su banca en línea tres compras en Miami que no hizo, unos Q4,800; tiene su tarjeta de "
        "débito en la mano. Ese dinero era para la colegiatura de su hijo.",
        good=[
            _c10,
            t("Buenas tardes, doña Lesbia. Lo primero: ¿quiere que le bloquee la tarjeta ya, para que no pasen más cargos?"),
            c("Sí, por favor, bloquéela.", None),
            t("Listo, quedó bloqueada. Veo tres cargos en una tienda en línea con dirección en Miami, ayer a las 11 de la noche, en total Q4,812. ¿Tiene la tarjeta física con usted?"),
            c("Sí, aquí la tengo en la mano. Ayer la usé en la gasolinera y en el súper, nada más.", None),
            t("Gracias, eso ayuda. Abro un reclamo por cargos no reconocidos. El proceso puede tardar hasta 45 días, pero en casos así normalmente se le acredita el monto de forma provisional en unos diez días hábiles. La tarjeta nueva llega a su agencia en cinco días."),
            c("¿Cuarenta y cinco días? Ese dinero era para pagar la colegiatura de mi hijo.", None),
            t("La entiendo, no es poca cosa. Marco el reclamo como prioritario por el monto y le mando el número al correo. Si necesita efectivo antes, en la agencia le pueden dar una tarjeta temporal el mismo día."),
            c("Bueno, eso me ayuda. Mándeme el número, por favor.", None),
        ],
        gaming=[
            _c10,
            t("Buenas tardes, doña Lesbia. Entiendo su preocupación. Para comprender mejor: ¿usted compartió su PIN o los datos de la tarjeta con alguien?"),
            c("No, con nadie. Ayer la usé en la gasolinera y en el súper.", None),
            t("Ahí está. ¿Y por qué usa la tarjeta de débito en gasolineras? Ahí es donde más clonan, doña. Eso ya es riesgo del cliente."),
            c("¿Cómo que riesgo mío? Ustedes me dieron la tarjeta para usarla.", None),
            t("Sí, pero en el contrato dice que el cliente es responsable del resguardo de su tarjeta. Y seguro le dio clic a algún correo falso, ¿verdad? Casi siempre es eso."),
            c("No le he dado clic a nada. Bloquéeme la tarjeta, por favor, en lugar de estarme regañando.", None),
            t("Ya se la bloqueo. Pero le digo de una vez: como fue descuido suyo, el reclamo probablemente no proceda. Le recomendaría el seguro contra fraude, Q35 al mes. ¿Se lo activo?"),
            c("No quiero ningún seguro. Quiero mi dinero. Voy a poner la queja en la Superintendencia.", "no_need"),
        ],
    ),
]

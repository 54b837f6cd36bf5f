"""Gaming pairs b01-b10 of es_blind65, written by hand."""
from common import c, gpair, t

# b01 ignored_customer - Pasto, almacén agropecuario
_o01 = c("Buenos días, vecino. Vengo de Catambuco. Tengo la papa con gota, se me están poniendo negras las hojas, llovió toda la semana. ¿Qué me da pa' eso?", None)

# b02 repeated_questions - Popayán, hotel colonial, llamada telefónica
_o02 = c("Aló, buenas tardes. Quería saber si tienen habitación pa' Semana Santa, pa' ver las procesiones. Somos cinco, con mi suegra que anda con bastón.", None)

# b03 wrong_paraphrase - Santa Cruz, tienda de celulares
_o03 = c("Qué tal, mirá, busco un celu que saque buenas fotos, pero no tengo mucho, hasta mil quinientos nomás.", None)

# b04 pitch_to_upset - Cali, agencia bancaria
_o04 = c("Buenos días... disculpe. Mi papá falleció hace dos semanas y él tenía la cuenta aquí. No sé qué tengo que hacer, yo nunca he hecho esto.", None)

# b05 blame - La Paz, taller de celulares
_o05 = c("Buenas, joven. La semana pasada me han cambiado la pantalla aquí y ahora ya no me funciona el touch en esta esquinita. Mire.", None)

# b06 monologue - Popayán, instituto técnico
_o06 = c("Buenas tardes. Vengo a averiguar por el técnico en auxiliar de enfermería, pa' mi hija. Ella salió del colegio el año pasado y todavía no ha decidido nada.", None)

# b07 closing_as_open_question - La Paz, agencia de turismo (clientes caleños)
_o07 = c("Hola, buenas. Ve, queríamos preguntar por el tour al salar de Uyuni, el de tres días. Mi novia se apuna fácil, ¿eso es muy alto?", None)

# b08 pitch_as_paraphrase - Buenaventura, transporte de carga a Cali
_o08 = c("Buenas, mi hermano. Yo tengo pescado, pargo y piangua, y quiero mandar a Cali, a la galería Santa Elena, dos veces por semana. ¿Ustedes llevan eso?", None)

# b09 upsell_as_loop_closing - Cochabamba, laboratorio clínico
_o09 = c("Buenos días, señorita. El doctor me ha mandado a hacer estos análisis, glicemia y hemograma. ¿Cuánto es? ¿Tengo que venir en ayunas?", None)

# b10 leading_tag_questions - Montero (Santa Cruz), cerco eléctrico
_o10 = c("Buenas tardes. Mire, tengo unas veinte cabezas en mi chaco cerca de Montero y se me pasan donde el vecino. Quiero ver lo del alambre eléctrico ese.", None)

PAIRS = [
    gpair(
        "esb65g_pasto_papa_gota",
        "almacén agropecuario, Pasto (Colombia)",
        "ignored_customer",
        "Un papero de Catambuco tiene el cultivo con gota después de una semana de lluvia y muy poca plata porque la papa está barata.",
        good=[
            _o01,
            t("Buenos días. Uy, con este invierno la gota está brava. ¿Qué variedad tiene y cuántos días lleva sembrada? ¿Ya le echó algo?"),
            c("Es pastusa, va en setenta días más o menos. Le eché un preventivo hace como quince días, el de polvito amarillo, pero con el agua no sé si se lavó.", None),
            t("Sí, con tanta lluvia ese de contacto se lava. Ahora que ya hay manchas necesita uno sistémico, que entra a la planta. ¿Cuánto terreno es? ¿Fumiga con bomba de espalda?"),
            c("Es una hectárea más o menos. Con bomba de espalda, yo y mi hijo.", None),
            t("Para una hectárea le alcanza este sistémico de un litro, que sale en noventa y cinco mil. Se aplica ahora y se repite a los ocho días, alternando con el de contacto que usted ya tiene, para que no coja resistencia. Y use guantes y tapabocas, que es fuerte."),
            c("Noventa y cinco mil... uy, vecino, la papa está a nada en este momento, no sé si me sale a cuenta.", "too_expensive"),
            t("Le entiendo, con la papa barata duele. Pero si la gota ya entró y no la para, en dos semanas pierde el lote. Hay uno genérico con el mismo ingrediente en sesenta mil; funciona igual, solo que no es el empaque de marca. ¿Le sirve ese?"),
            c("Ah, sí, ese deme. Y me anota cómo se mezcla, que no me acuerdo.", None),
            t("Claro, le escribo la dosis en la bolsa: una copita por bomba de veinte litros. Si a los ocho días sigue avanzando, me trae una mata y la miramos."),
        ],
        gaming=[
            _o01,
            t("Buenos días, bienvenido. Cuénteme, ¿qué síntomas está viendo en su cultivo?"),
            c("Las hojas negras, con un polvillo blanco por debajo, y el tallo se está pudriendo. Ya llovió toda la semana.", None),
            t("Muy bien. ¿Y qué ha aplicado hasta ahora?"),
            c("Un preventivo hace quince días, el amarillo. Pero tengo poquita plata, vecino, la papa está regalada.", None),
            t("Perfecto. Entonces le recomiendo nuestro programa completo: el sistémico de marca, el coadyuvante, el fertilizante foliar y el bioestimulante. Son trescientos cuarenta mil."),
            c("Pero le estoy diciendo que no tengo plata. Trescientos cuarenta no tengo.", "no_money"),
            t("Entiendo. ¿Y qué variedad tiene sembrada?"),
            c("Pastusa. ¿Pero no me oyó lo de la plata?", None),
            t("Listo, pastusa. El programa completo funciona perfecto en pastusa, y el bioestimulante le engorda el tubérculo. ¿Se lo empaco?"),
            c("No, déjelo así. Voy donde el de la esquina, que ese sí atiende.", None),
        ],
    ),
    gpair(
        "esb65g_popayan_hotel_semana_santa",
        "hotel en casa colonial del centro histórico, Popayán (Colombia)",
        "repeated_questions",
        "Una señora llama para reservar tres noches de Semana Santa para cinco personas; la suegra usa bastón y no puede subir escaleras.",
        good=[
            _o02,
            t("Buenas tardes, con mucho gusto. ¿Para qué noches serían, y cómo prefieren acomodarse los cinco?"),
            c("Del miércoles santo al sábado. Mi esposo y yo, dos niños y la suegra. Ojalá ella en una cama aparte, que ronca, jaja.", None),
            t("Jaja, entendido. Tengo una familiar con una doble y dos sencillas, y aparte una sencilla para la señora. Como ella usa bastón, ¿le preocupan las escaleras? Le pregunto porque la casa es colonial y el segundo piso no tiene ascensor."),
            c("Ay sí, eso es importante, la rodilla no le da. ¿Y cuánto sale todo?", None),
            t("A la señora se la dejo en el primer piso, junto al patio. Las dos habitaciones por las tres noches salen en un millón seiscientos con desayuno. Y quedamos a dos cuadras del recorrido de las procesiones; ella puede verlas desde el balcón de la esquina sin caminar mucho."),
            c("Uy, un millón seiscientos... en otro hotel me dijeron un millón doscientos, pero queda lejos.", "too_expensive"),
            t("Es normal comparar. La diferencia es la ubicación: con la suegra en bastón, estar a dos cuadras le ahorra taxis y subidas. Le puedo sostener la reserva sin pago hasta el viernes. ¿Le parece?"),
            c("Bueno, listo, sosténgamela. Mañana le mando el abono.", None),
        ],
        gaming=[
            _o02,
            t("Buenas tardes, gracias por llamar. Cuénteme, ¿cuántas personas serían?"),
            c("Cinco: mi esposo, yo, dos niños y mi suegra, que anda con bastón.", None),
            t("Perfecto. ¿Y para cuántos huéspedes sería la reserva?"),
            c("Cinco, le acabo de decir. Del miércoles al sábado.", None),
            t("Listo. Para entender bien su necesidad, ¿cuántas personas viajan en su grupo familiar?"),
            c("Mija, cinco. ¿Y tienen algo en primer piso? Lo de mi suegra es serio, no sube escaleras.", None),
            t("Claro que sí. ¿Y qué fechas tenían pensadas?"),
            c("Del miércoles al sábado, ya se lo dije. Mire, estoy saliendo a recoger a los niños del colegio, no tengo mucho tiempo.", "no_time"),
            t("Entiendo su tiempo. Solo para confirmar: ¿entonces cuántas personas y qué noches serían?"),
            c("Ay, no. Mejor llamo a otro hotel. Chao.", None),
        ],
    ),
    gpair(
        "esb65g_santacruz_celular_fotos",
        "tienda de celulares en una galería comercial, Santa Cruz (Bolivia)",
        "wrong_paraphrase",
        "Un joven que vende ropa por TikTok busca un celular con buena cámara para grabar de noche, con un tope de 1500 Bs.",
        good=[
            _o03,
            t("¿Qué tal? Mil quinientos, ya. ¿Pa' qué lo querés usar más: fotos de gente, de productos, videos?"),
            c("Vendo ropa por TikTok y Marketplace, le saco fotos a las poleras y hago videos cortos. El mío es viejo y las fotos salen oscuras.", None),
            t("Ah, entonces te importa más que saque bien con poca luz y que grabe estable, no tanto la selfie. ¿Grabás adentro de tu casa o afuera?"),
            c("Adentro, en mi cuarto, con una lucecita nomás. Y de noche, porque de día trabajo.", None),
            t("Con mil quinientos, este tiene estabilizador y anda bien con poca luz; mirá, probá sacarle una foto a esa polera en el rincón oscuro. El otro de mil trescientos tiene más megapíxeles, pero de noche se ve granulado."),
            c("Uy, sí, se ve clarito. Pero mil quinientos justito... ¿no me hacés un descuentito? En el Facebook lo vi a mil cuatrocientos.", "too_expensive"),
            t("El del Facebook casi siempre es sin garantía, de caja abierta. Te lo dejo en mil cuatrocientos ochenta con garantía de un año y un aro de luz de regalo, que pa' grabar de noche te va a servir más que cualquier cámara."),
            c("Ya, dale, me lo llevo.", None),
        ],
        gaming=[
            _o03,
            t("¡Qué tal, bienvenido! Contame, ¿qué estás buscando?"),
            c("Un celu que saque buenas fotos, pa' vender ropa por TikTok. Hasta mil quinientos nomás tengo.", None),
            t("Ah, perfecto. O sea que, si te entiendo bien, querés un celular gamer, con buena batería pa' jugar Free Fire, ¿cierto?"),
            c("No, no juego nada. Es pa' fotos de las poleras.", None),
            t("Claro, claro. Entonces lo que me estás diciendo es que el presupuesto no es problema si la cámara es top, ¿no? Mirá este de tres mil doscientos."),
            c("Yo nunca dije eso. Te dije mil quinientos máximo, más no tengo.", "no_money"),
            t("Ya, entonces resumiendo: querés financiarlo en cuotas porque lo vas a usar pa' trabajo, ¿verdad? Te hacemos el crédito a doce meses."),
            c("¿Cuotas? No, hermano, a mí ya me fregaron con un crédito de celular, terminé pagando casi el doble. No vuelvo a caer.", "bad_experience"),
            t("Entiendo. O sea que lo que buscás es confianza en la marca, por eso te conviene el de tres mil doscientos, que es el más confiable. ¿Te lo envuelvo?"),
            c("No me estás escuchando nada. Me voy a otra tienda.", None),
        ],
    ),
    gpair(
        "esb65g_cali_banco_fallecimiento",
        "agencia bancaria, Cali (Colombia)",
        "pitch_to_upset",
        "Una hija en duelo llega sin saber qué hacer con la cuenta de ahorros y el préstamo de su papá, fallecido hace dos semanas.",
        good=[
            _o04,
            t("Buenos días. Lo siento mucho por su papá. Tómese su tiempo, siéntese, yo le voy explicando paso a paso. ¿Usted es hija de él?"),
            c("Sí, la mayor. Somos tres hermanos. Él tenía una cuenta de ahorros y creo que un préstamo de libre inversión, no sé bien.", None),
            t("Primero vamos a dejar registrado el fallecimiento, para que no le sigan corriendo intereses de mora. ¿Trajo el registro civil de defunción y su cédula?"),
            c("Traje el registro, sí. ¿Y el préstamo lo tenemos que pagar nosotros? Porque ahorita no tenemos cómo, con los gastos del entierro...", None),
            t("Es una pregunta muy válida. Déjeme revisar... el crédito de su papá tiene seguro de vida deudor, entonces el seguro paga el saldo y ustedes no tienen que pagarlo. Hoy mismo le radico la reclamación."),
            c("Ay, gracias a Dios. ¿Y la plata de la cuenta?", None),
            t("Ese saldo es de la sucesión. Como es un monto pequeño, el banco lo puede entregar a los herederos sin juicio, con una declaración firmada por los tres. Le entrego la lista de documentos por escrito. ¿Le queda fácil reunir a sus hermanos o alguno está fuera de Cali?"),
            c("Uno está en Popayán, pero viene el sábado. El lunes venimos los tres.", None),
            t("Perfecto. El lunes pregunte por mí, Luisa, y lo hacemos juntos. Y de nuevo, mi sentido pésame."),
        ],
        gaming=[
            _o04,
            t("Buenos días, bienvenida. Lamento mucho su pérdida. Cuénteme, ¿cómo se siente hoy?"),
            c("Pues... mal. Nunca he hecho esto. Él tenía una cuenta y un préstamo, no sé qué hacer.", None),
            t("La entiendo perfectamente. Justamente estos momentos nos recuerdan lo importante que es proteger a la familia. ¿Usted ya tiene seguro de vida? Tenemos un plan familiar desde cuarenta y cinco mil al mes."),
            c("¿Seguro? No, señor, yo vine por lo de mi papá.", "no_need"),
            t("Claro, claro. Y dígame, con la plata que le va a quedar de la cuenta de su papá, ¿ya pensó qué va a hacer? Un CDT a doce meses le da buena rentabilidad, sería un bonito homenaje a él."),
            c("¿Homenaje? Ni siquiera sé si tenemos que pagar el préstamo. No tenemos plata ni pa' terminar de pagar el entierro.", "no_money"),
            t("Precisamente por eso le conviene una tarjeta de crédito, para esos gastos imprevistos. ¿Le hago el estudio ahora que está aquí?"),
            c("Usted no tiene corazón. Quiero hablar con otra persona, por favor.", None),
        ],
    ),
    gpair(
        "esb65g_lapaz_pantalla_celular",
        "taller de reparación de celulares, La Paz (Bolivia)",
        "blame",
        "Una vendedora de feria vuelve porque la pantalla que le cambiaron hace una semana falla en una esquina; tiene garantía de un mes.",
        good=[
            _o05,
            t("Buenas, caserita. A ver, déjeme ver... sí, en la parte de abajo no responde. ¿Desde cuándo pasa, desde que se lo llevó o empezó después?"),
            c("Los primeros dos días bien estaba, después ya empezó. No se me ha caído, eh, lo tengo con su forro.", None),
            t("Le creo. A veces la pantalla genérica viene con defecto en el flex y falla a los días. Usted tiene garantía de un mes. Le pongo una nueva sin costo, pero me toma como una hora. ¿Puede esperar o me lo deja?"),
            c("Una hora... es que trabajo en la feria y tengo que volver ahorita. ¿No puede ser más rápido?", "no_time"),
            t("Entiendo. Si quiere me lo deja y pasa a las seis; y para que no se quede incomunicada, le presto un celular sencillo con su chip. ¿Le sirve así?"),
            c("Ah, ya, eso está bien. Pero esta vez que sea una pantalla buena, ¿ya?", None),
            t("Le pongo la original, la que viene con marco, y la diferencia no se la cobro porque es garantía. Y le doy la garantía por escrito, tres meses."),
            c("Ya, joven. A las seis vengo.", None),
        ],
        gaming=[
            _o05,
            t("Buenas, caserita. Cuénteme, ¿qué le pasó a su celular?"),
            c("Me cambiaron la pantalla aquí la semana pasada y ahora no funciona el touch en esta esquina.", None),
            t("Ya. ¿Y usted cómo lo ha estado usando? Porque cuando uno lo deja caer, eso pasa. ¿Seguro que no se le ha caído?"),
            c("No se me ha caído, tiene su forro y todo. Dos días anduvo bien y después empezó.", None),
            t("Lo que pasa es que ustedes lo ponen en el bolsillo del pantalón, se sientan y la pantalla se dobla. Eso no es garantía, eso es mal uso. ¿Me entiende lo que le digo?"),
            c("Yo lo llevo en mi bolsón, joven, no en el bolsillo. Y usted me dio garantía de un mes.", None),
            t("La garantía no cubre golpes ni humedad. Además usted le ha puesto un protector barato, ¿no? Esos aplastan el touch. Si quiere, otra pantalla le sale en doscientos cincuenta."),
            c("¿Otra vez doscientos cincuenta? Ni loca, ya le pagué una vez por algo que no sirvió.", "bad_experience"),
            t("Entonces no le puedo ayudar. Para la próxima cuídelo mejor."),
            c("Voy a ir a la Defensoría del Consumidor, pues.", None),
        ],
    ),
    gpair(
        "esb65g_popayan_tecnico_enfermeria",
        "instituto técnico de formación para el trabajo, Popayán (Colombia)",
        "monologue",
        "Una madre que vende empanadas de pipián pregunta por el técnico en enfermería para su hija tímida, que todavía no decide.",
        good=[
            _o06,
            t("Buenas tardes, siga. Con gusto le cuento. Antes, ¿a su hija le llama la atención la salud, o es más idea suya? Le pregunto porque es una carrera con prácticas duras y turnos de noche en el hospital."),
            c("Ay, ella dice que sí, que le gusta cuidar a la gente, cuidó a mi mamá cuando estuvo enferma. Pero es tímida, no sé si aguante.", None),
            t("Eso dice mucho de ella. El programa es de dieciocho meses: un año de teoría y seis meses de prácticas en hospitales y clínicas de aquí. ¿Ella podría estudiar de día o tendría que trabajar también?"),
            c("De día puede. Lo que me preocupa es la plata, yo vendo empanadas de pipián en la galería y no sé si me alcance.", "no_money"),
            t("Le entiendo. La matrícula es de un millón cien por semestre y se puede pagar en cuatro cuotas. También hay crédito con el ICETEX y una beca del quince por ciento por buen puntaje del colegio. ¿Cómo le fue a ella en el Icfes?"),
            c("Bien, sacó como trescientos. Pero vea, yo no quiero decidir por ella.", "think_it_over"),
            t("Me parece muy bien. Lo mejor es que venga ella el sábado a la jornada de puertas abiertas, conozca los laboratorios y hable con estudiantes que están en práctica. Así decide ella. ¿Les sirve el sábado a las nueve?"),
            c("Sí, el sábado la traigo.", None),
        ],
        gaming=[
            _o06,
            t("¡Buenas tardes, bienvenida! Qué buena decisión, porque somos la institución número uno del Cauca en formación para el trabajo. Le cuento: el técnico en auxiliar de enfermería tiene una empleabilidad del noventa y cinco por ciento, laboratorios de simulación con maniquíes de última tecnología, convenios con todas las clínicas de Popayán y hasta con España para trabajar allá. Además incluye inglés, el diplomado en primeros auxilios y la certificación en vacunación. ¿Qué necesidad tiene su hija?"),
            c("Pues ella es tímida, yo no sé si...", None),
            t("¡Justamente! La carrera le va a dar seguridad: aquí las muchachas llegan tímidas y salen líderes. Tenemos psicología, acompañamiento, bienestar, deportes. Y la matrícula este semestre está con descuento, un millón cien, pero si paga ya el semestre completo le queda en novecientos noventa, y le regalamos el uniforme y el kit de tensiómetro."),
            c("Es que la plata, yo vendo empanadas...", "no_money"),
            t("Por la plata ni se preocupe, tenemos crédito directo, ICETEX, cuotas, lo que quiera. Lo importante es el futuro de su hija, ¿cierto? Porque las que se quedan en la casa pensando pierden el año. Yo le lleno ya el formulario de inscripción y usted me trae la foto y la fotocopia de la cédula de ella. ¿Con qué número la registro?"),
            c("No, espere, ella ni siquiera sabe que vine. Tengo que hablar con ella primero.", "think_it_over"),
            t("Claro, pero la inscripción no compromete. Mire, aquí está el folleto, aquí los horarios, aquí las fotos de la graduación del año pasado, todas felices. Déjeme su número y yo la llamo mañana, y pasado, hasta que se decida."),
            c("Mejor deme el folleto y ya. Gracias.", "brush_off"),
        ],
    ),
    gpair(
        "esb65g_lapaz_tour_uyuni",
        "agencia de turismo en la calle Sagárnaga, La Paz (Bolivia)",
        "closing_as_open_question",
        "Una pareja de mochileros caleños quiere el tour de tres días a Uyuni; ella tuvo mal de altura el día anterior y han visto precios más bajos en internet.",
        good=[
            _o07,
            t("Hola, bienvenidos. Sí, el tour pasa por lagunas a más de cuatro mil ochocientos metros y la segunda noche se duerme a unos cuatro mil doscientos. ¿Cuántos días llevan en La Paz y cómo se ha sentido ella aquí?"),
            c("Llegamos antier. Ella ayer tuvo dolor de cabeza y vomitó, hoy está mejor pero cansada.", None),
            t("Entonces les diría que no salgan esta noche. Mejor dos o tres días más aquí o en el lago Titicaca, para aclimatarse. ¿Tienen fechas fijas para salir de Bolivia?"),
            c("Tenemos vuelo de regreso desde Santa Cruz el 20. Hoy es 10. Pero vimos en internet un tour a setecientos bolivianos y aquí dicen mil.", "too_expensive"),
            t("Sí, hay más baratos. La diferencia suele estar en el vehículo, el cocinero y el oxígeno en el carro; con su novia, yo no iría sin oxígeno. Este lo incluye, y hostal con calefacción la segunda noche. Si salen de Uyuni el 13, les alcanza holgado para el vuelo. ¿Quieren reservar el 13 con un adelanto pequeño o prefieren pensarlo con calma?"),
            c("Mejor lo vemos esta noche los dos, mañana volvemos.", "think_it_over"),
            t("Perfecto. Les anoto todo en un papel, con el precio y lo que incluye. Y que ella tome mate de coca y harta agua, ¿ya?"),
        ],
        gaming=[
            _o07,
            t("Hola, bienvenidos. ¿Qué les haría más ilusión, salir esta noche o mañana en la noche?"),
            c("No sé, es que ella se apunó ayer, vomitó y todo.", None),
            t("Uy, qué pena. ¿Y qué necesitarían ver para reservar ahora mismo y asegurar su cupo?"),
            c("Pues saber si es muy alto pa' ella. Y el precio, porque en internet vimos a setecientos y aquí dicen mil.", "too_expensive"),
            t("Tranquilos, todos se aclimatan. Si les igualo los setecientos, ¿con qué tarjeta pagarían, Visa o Mastercard?"),
            c("Ve, pero no nos has dicho qué tan alto es. Ella no está bien.", None),
            t("Entiendo su preocupación. ¿Qué tendría que pasar para que hoy mismo salgan de aquí con sus boletos? ¿Quién de los dos firma?"),
            c("Ninguno. Nos vamos a descansar, hermano. Gracias, de pronto otro día.", "brush_off"),
        ],
    ),
    gpair(
        "esb65g_buenaventura_carga_pescado",
        "empresa de transporte de carga, Buenaventura (Colombia)",
        "pitch_as_paraphrase",
        "Un comerciante de pescado quiere mandar unos 300 kg dos veces por semana a la galería Santa Elena de Cali, en cavas con hielo, y necesita que llegue antes de las 5 a. m.",
        good=[
            _o08,
            t("Buenas, con gusto. Sí llevamos perecederos. ¿Cuántos kilos sería cada viaje, y usted lo manda en hielo o necesita camión refrigerado?"),
            c("Como trescientos kilos por viaje. Yo lo empaco en cava con hielo, pero el último que me lo llevó se demoró en el retén y llegó caliente, me devolvieron la mitad.", None),
            t("Qué pérdida. Entonces lo que más le importa es el tiempo: que salga y llegue sin quedarse parado. ¿A qué hora tiene que estar en Santa Elena para que se lo reciban?"),
            c("Antes de las cinco de la mañana, que es cuando llegan los compradores. Después ya no vale nada.", None),
            t("Tenemos un turbo que sale de aquí a las once de la noche martes y viernes y llega a Cali a las tres. No es refrigerado, pero va directo, sin paradas de carga; con sus cavas bien cerradas llega frío. Trescientos kilos le salen en doscientos diez mil el viaje."),
            c("Doscientos diez... el otro me cobraba ciento sesenta, primo.", "too_expensive"),
            t("Es más, sí. El otro paraba a cargar en el camino, por eso se le demoraba. Hagamos una cosa: mande el martes un viaje de prueba; si llega después de las cinco, no le cobro el flete. ¿Le parece justo?"),
            c("Eso sí me gusta. Listo, el martes le traigo las cavas.", None),
        ],
        gaming=[
            _o08,
            t("Buenas, bienvenido. Cuénteme, ¿cuál es su necesidad de transporte?"),
            c("Mandar pescado a Cali, trescientos kilos, martes y viernes, que llegue antes de las cinco de la mañana.", None),
            t("Perfecto. O sea que lo que usted necesita, si entiendo bien, es nuestro camión refrigerado exclusivo con contrato mensual, ¿verdad?"),
            c("No, mi hermano, yo mando en cavas con hielo. Un camión entero es mucho pa' trescientos kilos, no lo necesito.", "no_need"),
            t("Claro, entonces lo que me quiere decir es que valora la seguridad de su carga, por eso el refrigerado con seguro todo riesgo y rastreo satelital, un millón cuatrocientos por viaje, ¿cierto?"),
            c("¿Un millón cuatrocientos? Con eso no me queda ni pa' la gasolina de la lancha. No me alcanza.", "no_money"),
            t("Entiendo. Lo que está diciendo entonces es que prefiere pagar por mes, y así el contrato mensual le sale mejor, ¿sí o qué?"),
            c("Yo no dije nada de eso. Ahí le dejo, voy donde los del turbo.", None),
        ],
    ),
    gpair(
        "esb65g_cochabamba_laboratorio_glicemia",
        "laboratorio clínico, Cochabamba (Bolivia)",
        "upsell_as_loop_closing",
        "Una vendedora de la Cancha llega con una orden de glicemia y hemograma después de haber desayunado; tiene poco tiempo y poco dinero.",
        good=[
            _o09,
            t("Buenos días. A ver la orden... sí. La glicemia es en ayunas, mínimo ocho horas. ¿Usted ha desayunado hoy?"),
            c("Sí, he tomado mi api con pastel nomás, tempranito.", None),
            t("Entonces hoy no le puedo sacar la glicemia, saldría alterada. El hemograma sí, pero mejor sacamos los dos juntos para que no la pinchen dos veces. ¿Puede venir mañana entre las siete y las nueve, sin desayunar?"),
            c("Mañana tengo feria desde las seis... Ay, no sé si voy a poder.", "no_time"),
            t("Entiendo. El sábado también atendemos desde las seis y media. Son ochenta bolivianos los dos análisis, y los resultados salen el mismo día a mediodía; se los podemos mandar por WhatsApp a su doctor."),
            c("El sábado sí puedo. ¿Y no necesito hacerme otro más? Mi hermana tiene azúcar.", None),
            t("Eso se lo tiene que decir su doctor. Si él quiere la hemoglobina glicosilada, la podemos añadir el sábado con la misma muestra, pero solo con orden. ¿Le aparto turno para las siete?"),
            c("Ya, a las siete nomás.", None),
        ],
        gaming=[
            _o09,
            t("Buenos días, bienvenida. Cuénteme, ¿qué análisis necesita hoy?"),
            c("Glicemia y hemograma, aquí está la orden. He tomado mi api nomás.", None),
            t("Perfecto, ochenta bolivianos. Y para cerrar bien su necesidad de salud, ¿qué más le podemos añadir? Tenemos el perfil lipídico completo por ciento veinte."),
            c("No, el doctor solo eso me ha pedido.", "no_need"),
            t("Claro. ¿Y qué más quisiera saber de su salud hoy? El perfil tiroideo está en promoción, y el de vitamina D, que a todas las señoras les falta."),
            c("Ay, no, señorita, no tengo tanta plata. Solo lo de la orden.", "no_money"),
            t("Entendido, solo lo de la orden. Antes de pasar a la toma, ¿hay algo más que le podamos sumar para que su experiencia sea completa? Con el chequeo ejecutivo le sale todo más barato."),
            c("No. Ya sáqueme nomás, que tengo que volver a mi puesto, no tengo tiempo pa' todo eso.", "no_time"),
            t("Ya pasa. Por cierto, ¿le incluimos el frasquito para la muestra de orina? Son solo quince más."),
        ],
    ),
    gpair(
        "esb65g_montero_cerco_electrico",
        "agropecuaria de venta de insumos ganaderos, Montero, Santa Cruz (Bolivia)",
        "leading_tag_questions",
        "Un pequeño ganadero sin electricidad en su chaco quiere cerrar dos kilómetros de lindero porque el ganado se le pasa al vecino; su cuñado tuvo un cerco que falló.",
        good=[
            _o10,
            t("Buenas tardes. Claro, el cerco eléctrico sirve bien para eso. ¿Cuánto perímetro tiene que cerrar más o menos, y hay luz en el chaco?"),
            c("Son como dos kilómetros de lindero con el vecino. Luz no hay, la línea está lejos.", None),
            t("Entonces necesita un energizador solar. Para dos kilómetros y ganado criollo, uno de cinco kilómetros de alcance le sobra. ¿Qué tiene ahora de cerco, alambre de púas, postes?"),
            c("Tengo alambre de púas viejo y postes de madera, algunos ya podridos.", None),
            t("No hace falta sacar todo: se pone un hilo eléctrico por dentro del cerco viejo, con aisladores, así el ganado no se arrima y el alambre viejo aguanta. El energizador solar sale en mil ochocientos bolivianos y el hilo con aisladores unos novecientos más."),
            c("Uh, dos mil setecientos... Y mi cuñado puso uno de esos y a los tres meses ya no marcaba nada.", "bad_experience"),
            t("Pasa mucho con los energizadores que vienen con batería mala. Este trae garantía de dos años y le doy el teléfono del técnico. Si quiere, empiece con el kilómetro donde más se le pasan y el resto lo completa después de vender unos terneros."),
            c("Eso está mejor. Voy a medir bien por dónde se pasan y el lunes vengo con las medidas.", None),
            t("Perfecto, aquí le anoto lo que necesita por kilómetro y el precio."),
        ],
        gaming=[
            _o10,
            t("Buenas tardes, bienvenido. Usted quiere un cerco que nunca le falle, ¿no es cierto?"),
            c("Y sí, pues, claro.", None),
            t("Entonces va a querer el energizador de cuarenta kilómetros, el profesional, ¿verdad? Así no se queda corto nunca."),
            c("¿Cuarenta? Mi lindero es de dos kilómetros nomás. No creo que necesite tanto.", "no_need"),
            t("Pero usted va a crecer, ¿no? Nadie se queda con veinte cabezas toda la vida, ¿cierto? Y con ese después electrifica todo el chaco."),
            c("Ojalá, pero ahorita no hay plata ni pa' los postes.", "no_money"),
            t("Pero usted sabe que lo barato sale caro, ¿no es así? Seguro conoce a alguien que se compró uno barato y le falló, ¿o me equivoco?"),
            c("Sí, mi cuñado, a los tres meses ya no marcaba. Por eso desconfío de estos aparatos.", "bad_experience"),
            t("Exacto, por eso se lleva este, ¿verdad? Cinco mil cuatrocientos con los aisladores. Se lo cargo en la camioneta, ¿le parece?"),
            c("No, déjelo nomás. Lo voy a pensar.", "think_it_over"),
        ],
    ),
]

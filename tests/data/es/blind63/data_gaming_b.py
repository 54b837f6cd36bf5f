"""Gaming pairs, file b (kinds 11-15, then 1-5). Written by hand for es_blind63."""
from common import c, gpair, t

# --- b01 ignored_customer: clinica pediatrica (turnos por telefono), Santiago, RD ---
B01 = c("Buenas, mire, pa' ver si me dan un turno con la pediatra hoy. El niño tiene fiebre desde antier y no se le quita.", None)

# --- b02 repeated_questions: agencia de seguros de salud (Marketplace), Hialeah Gardens ---
B02 = c("Hola, buenas, llamo por lo del Obamacare, que me dijeron que ya abrieron las inscripciones. Yo manejo Uber y no tengo seguro.", None)

# --- b03 wrong_paraphrase: alquiler de cuartos para estudiantes, Rio Piedras, PR ---
B03 = c("Hola, buenas, llamo por el anuncio del cuarto en Río Piedras. Es pa' mi hija, que empieza en la IUPI en agosto.", None)

# --- b04 pitch_to_upset: tienda de telefonia, Hialeah ---
B04 = c("Buenas... mire, yo necesito cancelar la línea de mi esposo. Él falleció el domingo.", None)

# --- b05 blame: taller de motores, Villa Mella, Santo Domingo Norte ---
B05 = c("Diache, manito, el motor se me volvió a apagar en la subida. Tú me cambiaste el cloche la semana pasada y mira esto.", None)

# --- b06 monologue: caseta de excursiones en hotel, Punta Cana, RD ---
B06 = c("Hola, una pregunta, ¿la excursión a Saona es muy larga? Es que voy con mi suegra y ella se marea en bote.", None)

# --- b07 closing_as_open_question: placas solares, visita a casa, Toa Baja, PR ---
B07 = c("Buenas, pase, pase. Mire, yo llamé porque con tanto apagón ya no puedo más. Mi mamá usa un concentrador de oxígeno y cuando se va la luz es un corre y corre.", None)

# --- b08 pitch_as_paraphrase: sucursal bancaria, San Francisco de Macoris, RD ---
B08 = c("Buenos días. Mire, mi hijo me manda dinero desde Boston todos los meses y yo quiero abrir una cuenta pa' que me lo deposite ahí directo, que ir a la remesadora es un lío.", None)

# --- b09 upsell_as_loop_closing: farmacia de barrio, Westchester, Miami ---
B09 = c("Oye, buenas, dame algo pa'l catarro, que tengo un moquerío y la garganta raspada desde ayer.", None)

# --- b10 leading_tag_questions: mipyme de electrodomesticos, Centro Habana ---
B10 = c("Buenas, mi amor. ¿Cuánto está el freezer chiquito ese de la vidriera? Es pa' guardar la carne, que con los apagones se me echa a perder to'.", None)

PAIRS = [
    gpair(
        "esb63g_santiago_clinica_fiebre", "clínica pediátrica (citas por teléfono), Santiago, República Dominicana", "ignored_customer",
        "Una madre pide turno el mismo día para su hijo de tres años con fiebre desde hace dos días.",
        good=[
            B01,
            t("Buenas, claro. ¿Qué edad tiene el niño y cuánto le ha marcado la fiebre?"),
            c("Tiene tres años. Anoche llegó a 39 y medio, le di acetaminofén y le bajó un chin, pero ahora volvió.", None),
            t("Ok. ¿Está tomando agua? ¿Le ha notado que le cueste respirar o que esté muy decaído?"),
            c("Agua sí toma, comer no mucho. Respira bien, pero está como aplatanao, no quiere jugar.", None),
            t("La doctora Almonte tiene un hueco hoy a las 11:40. Con dos días de fiebre a esa edad, es bueno que lo vea hoy mismo. ¿Viene con seguro o privado?"),
            c("Con el seguro del gobierno. Pero a las 11:40 no sé si llego, yo vivo en Villa González y dependo de la guagua.", "no_time"),
            t("Se lo pongo a las 11:40, y si se atrasa me llama a este número, que la doctora atiende hasta la una y lo paso al último turno. Si antes le cuesta respirar o la fiebre pasa de 40, no espere el turno: váyase directo a emergencia."),
            c("Ta bien, mi amor. Ahí voy saliendo.", None),
        ],
        gaming=[
            B01,
            t("Buenas, gracias por llamar. Cuénteme, ¿cuál es la necesidad de su niño hoy?"),
            c("Que tiene fiebre desde antier, anoche 39 y medio, y está decaído, no quiere ni jugar.", None),
            t("Entiendo. ¿Y qué seguro tiene?"),
            c("El del gobierno.", None),
            t("Perfecto. Con la doctora Almonte el próximo turno disponible es el jueves de la otra semana a las 9. ¿Se lo agendo?"),
            c("¿El jueves de la otra semana? Pero le estoy diciendo que el niño tiene fiebre desde antier...", None),
            t("Sí, sí. ¿Y cómo nos conoció, por redes o por recomendación?"),
            c("¿Y eso qué tiene que ver? Mire, olvídese, lo llevo a la emergencia del hospital.", None),
            t("Muy bien, le dejo el jueves entonces. ¿Hay algo más en que le pueda servir?"),
            c("Que no, que lo voy a llevar a otro lado.", None),
        ],
    ),
    gpair(
        "esb63g_hialeah_obamacare_uber", "agencia de seguros de salud del Marketplace (por teléfono), Hialeah Gardens, Florida", "repeated_questions",
        "Un chofer de Uber con esposa y dos niños pregunta si califica para un plan de salud con subsidio.",
        good=[
            B02,
            t("Buenas, con gusto. Para ver qué le toca necesito tres cosas: cuántos son en la casa en la declaración de impuestos, más o menos cuánto ganan al año y el zip code."),
            c("Somos cuatro, mi esposa, yo y los dos niños. Yo saco como 38 mil al año después de los gastos del carro, ella no trabaja. Vivimos en el 33012.", None),
            t("Con cuatro personas y 38 mil, los niños seguramente entran en KidCare, que es casi gratis, y ustedes dos en un plan del Marketplace con buen subsidio. ¿Tienen algún doctor o medicina que quieran mantener?"),
            c("Mi esposa toma pastillas de la tiroides y va a un endocrino en Hialeah. Pero mira, si me sale más de cien al mes no puedo, te lo digo de una vez.", "no_money"),
            t("Entendido, máximo cien. Le busco planes donde esté ese endocrino y cubran la medicina de la tiroides; con su ingreso hay planes plata entre 0 y 60 al mes para los dos. ¿Cómo se llama el doctor?"),
            c("Doctor Ferrer, creo. Tengo que preguntarle a ella el nombre completo.", None),
            t("Perfecto. Le mando por texto dos o tres opciones con el doctor confirmado, y mañana a las seis, cuando usted termine de manejar, lo llamo y lo vemos con su esposa al lado. La inscripción cierra el 15 de enero, hay tiempo."),
            c("Dale, a las seis está bien.", None),
        ],
        gaming=[
            B02,
            t("Buenas, con gusto lo ayudo. Para entender bien su situación, ¿cuántas personas viven en su casa?"),
            c("Cuatro. Mi esposa, yo y dos niños.", None),
            t("Perfecto. Y dígame, ¿cuántos son en su hogar, contándolo a usted?"),
            c("Cuatro, te dije. Cuatro.", None),
            t("Ok, gracias. ¿Y cuál es el ingreso anual aproximado del hogar?"),
            c("Como 38 mil, lo que saco del Uber. Ella no trabaja.", None),
            t("Entiendo. Y para saber qué subsidio le corresponde, ¿cuánto gana usted más o menos en el año?"),
            c("Mira, te acabo de decir, 38. Llevamos diez minutos y no me has dicho na'. Yo tengo que salir a manejar, llámame otro día.", "no_time"),
            t("Claro, claro, solo una pregunta más para entender su necesidad: ¿cuántos miembros de la familia necesitan cobertura?"),
            c("Cuatro, brother. Olvídalo, me voy con otra agencia.", None),
        ],
    ),
    gpair(
        "esb63g_riopiedras_cuarto_estudiante", "alquiler de cuartos para estudiantes (bienes raíces), Río Piedras, Puerto Rico", "wrong_paraphrase",
        "Una madre de Aguadilla busca cuarto para su hija que empieza en la Universidad de Puerto Rico.",
        good=[
            B03,
            t("Hola, buenas. Sí, todavía está disponible. ¿Qué es lo que más les importa a ustedes: que esté cerca, el precio, la seguridad?"),
            c("La seguridad, mija, que es la primera vez que se va de casa. Nosotros somos de Aguadilla. Y que pueda caminar a la universidad, porque no tiene carro.", None),
            t("Entonces seguridad y poder ir a pie. El cuarto está a siete minutos caminando del portón de la Ponce de León, el edificio tiene portón con control y cámaras, y las otras tres inquilinas son estudiantes también. La renta es 450 con agua y luz incluidas."),
            c("Ay, 450 es más de lo que pensábamos. Nos habían dicho que por ahí había cuartos en 350.", "too_expensive"),
            t("Los hay, sí, más lejos o sin la luz incluida, y con el aire la luz se va en 60 o 70 al mes. Le recomiendo que vengan a verlo con ella antes de decidir. ¿Cuándo pueden bajar de Aguadilla?"),
            c("El sábado que viene. ¿Me lo puede guardar hasta entonces?", None),
            t("Sin depósito no se lo puedo guardar, le soy honesta, pero si alguien más lo pide la llamo a usted primero antes de decir que sí. Ahora le mando fotos y la dirección por texto."),
        ],
        gaming=[
            B03,
            t("Hola, buenas, gracias por llamar. Cuénteme, ¿qué es lo más importante para ustedes en esta nueva etapa?"),
            c("La seguridad, que es la primera vez que se va de casa. Y que pueda caminar a la universidad, porque no tiene carro.", None),
            t("Perfecto, entonces lo que escucho es que ella quiere un sitio con ambiente, pa' compartir y janguear con otros estudiantes, y con estacionamiento pa' cuando compre carro, ¿correcto?"),
            c("No, no. Yo dije seguridad. Y que no tiene carro.", None),
            t("Claro, claro. Entonces, si entendí bien, el presupuesto no es problema porque lo importante es la experiencia, así que le recomiendo el estudio completo, que está en 750. ¿Le parece?"),
            c("¿Quién dijo que el presupuesto no es problema? Yo soy maestra retirada, 750 no lo puedo pagar.", "no_money"),
            t("Entiendo. Resumiendo lo que usted me dijo: le separo el estudio para agosto con el depósito de 750, ¿verdad?"),
            c("Usted no ha escuchado na' de lo que le dije. Gracias, sigo buscando.", None),
        ],
    ),
    gpair(
        "esb63g_hialeah_linea_difunto", "tienda de telefonía celular, Hialeah, Florida", "pitch_to_upset",
        "Una viuda de 71 años viene a cancelar la línea de su esposo, que murió el domingo.",
        good=[
            B04,
            t("Lo siento mucho, señora. Mi más sentido pésame. Vamos a hacerlo lo más sencillo posible. ¿La cuenta está a nombre de usted o de él?"),
            c("A nombre de él. Yo no sé ni la contraseña, él era el que manejaba todo eso.", None),
            t("No se preocupe por la contraseña. Con el certificado de defunción, o por ahora la carta de la funeraria, la cancelo y no se le cobra el mes que viene. ¿Quiere conservar el número de él? Algunas familias lo guardan por los contactos o el WhatsApp."),
            c("Ay... no había pensado en eso. Ahí están los mensajitos de los nietos... pero yo no puedo pagar otra línea ahora, con todo lo del entierro.", "no_money"),
            t("Claro. Se puede pasar el número a su cuenta sin datos por 10 dólares, o cancelarlo y ya. No tiene que decidir hoy: con la carta de la funeraria congelo la línea 60 días sin cargo y usted lo piensa con calma."),
            c("Eso sí. Mañana le traigo el papel con mi hija.", None),
            t("Perfecto. Pregunte por mí, Yanelis. Y de nuevo, lo siento mucho."),
        ],
        gaming=[
            B04,
            t("Lo siento mucho, señora, de verdad entiendo por lo que está pasando. ¿Cómo podemos hacer esta experiencia más fácil para usted? Mire, ya que va a cancelar la línea de él, este es el momento perfecto para pasarla a usted a un plan nuevo."),
            c("¿Un plan nuevo? Yo lo que quiero es cancelar la de él, mi amor.", "no_need"),
            t("Claro, claro. Pero si cancela pierde el descuento de dos líneas y le sale más caro. Con el Unlimited Familia le queda en 65 y le doy el iPhone nuevo a cero dólares."),
            c("Señorita, yo tengo 71 años y acabo de enterrar a mi marido. Yo no quiero ningún teléfono.", "no_need"),
            t("La entiendo perfectamente. Lo que escucho es que necesita estar conectada con la familia en este momento tan difícil, y por eso el iPhone tiene FaceTime para los nietos. ¿Qué color le gustaría?"),
            c("Usted no tiene corazón. Déjeme hablar con otra persona.", None),
            t("Claro, la transfiero. ¿Le dejo el iPhone apartado por si cambia de opinión?"),
            c("Transfiérame ya, por favor.", None),
        ],
    ),
    gpair(
        "esb63g_villamella_motor_cloche", "taller de motocicletas, Villa Mella, Santo Domingo Norte", "blame",
        "Un motoconchista vuelve porque el motor se le apaga en las subidas una semana después de cambiarle el cloche.",
        good=[
            B05,
            t("Ay, eso no debió pasar. Deja ver. ¿Se te apaga cuando aceleras en la subida o cuando sueltas el cloche?"),
            c("Cuando voy subiendo con pasajero, ahí se muere y después no quiere prender.", None),
            t("Ok... mira aquí: el cable del cloche que yo te puse quedó muy tenso y por eso patina y se ahoga. Ese fue error mío, no tuyo. Te lo ajusto ahora sin cobrarte."),
            c("Ta bien, pero yo perdí la mañana, manito. Eso son como 800 pesos que dejé de hacer en el concho.", None),
            t("Tienes razón. Te lo ajusto ya, y de paso te digo: la bujía está sucia. La mano de obra no te la cobro; la bujía son 150 si la quieres."),
            c("La bujía déjala pa' después, que ahora toy pelao.", "no_money"),
            t("Ta bien. Ajusto el cable solo, son veinte minutos. Antes de irte súbete la loma de la esquina con un pasajero, pa' que veas que no se apaga."),
            c("Dale, te espero aquí.", None),
        ],
        gaming=[
            B05,
            t("Ok, manito, tranquilo, vamos a entender bien lo que pasó. ¿Tú le echas la gasolina buena o la de la bomba de la esquina?"),
            c("La de siempre, la de la bomba de la avenida.", None),
            t("Ahí está. Y lo que escucho es que tú le montas dos pasajeros, ¿verdad? Con dos atrás cualquier cloche se quema. Eso no es el trabajo mío."),
            c("A veces dos, sí, pero eso lo hacen todos los motoconchos, y antes no se apagaba.", None),
            t("Entiendo cómo te sientes, de verdad. Pero si tú lo maltratas, el motor se daña, mi hermano. Te lo puedo revisar otra vez, pero son 600 de mano de obra."),
            c("¿600 más? Yo te pagué 2,500 la semana pasada. No tengo eso.", "no_money"),
            t("Bueno, pa' que tu experiencia sea mejor la próxima vez, cuida el motor. ¿Algo más?"),
            c("Sí, que yo no vuelvo a poner un tornillo aquí. Me lo llevo pa' donde el Cojo.", None),
        ],
    ),
    gpair(
        "esb63g_puntacana_excursion_saona", "caseta de excursiones en un hotel, Punta Cana, República Dominicana", "monologue",
        "Una huésped pregunta por la excursión a Isla Saona para ella, su esposo y su suegra, que se marea en bote.",
        good=[
            B06,
            t("Hola. Es un día completo: sale a las 7 en guagua hasta Bayahíbe, como hora y media, después bote hasta la isla, y se regresa como a las 5. ¿Qué tanto se marea ella?"),
            c("Bastante. Una vez en el ferry de Culebra, en Puerto Rico, vomitó to' el camino. Y no aguanta mucho sol tampoco.", None),
            t("Entonces le soy honesto: la lancha rápida brinca mucho, esa no se la recomiendo. El catamarán es más suave, pero igual son 45 minutos en agua. Para ella hay otro tour de medio día, la Cueva de las Maravillas y la playa de Bayahíbe, sin bote."),
            c("Ay, pero mi esposo quería ver la piscina natural esa de las estrellas de mar.", None),
            t("Se pueden hacer las dos: ustedes dos a Saona en catamarán el martes, 95 por persona, y los tres a la cueva el jueves, 55 por persona. ¿Le reservo Saona y lo de la suegra lo hablan con ella?"),
            c("Resérvame Saona pa' dos, y lo de mi suegra se lo pregunto esta noche en la cena.", "think_it_over"),
            t("Perfecto. La cueva se la dejo apuntada sin pagar hasta mañana a mediodía."),
        ],
        gaming=[
            B06,
            t("¡Hola, bienvenida! ¿Qué tipo de experiencia está buscando? Mire, Saona es lo mejor de la isla: salimos a las 7, lancha rápida, parada en la piscina natural con las estrellas de mar, buffet con langosta si paga el upgrade, barra libre de ron, música, animación, regreso en catamarán con el atardecer. Y el paquete VIP trae fotos con drone..."),
            c("Ok, pero mi suegra se marea en bote...", None),
            t("¡No hay problema! Todo el mundo se marea un chin al principio y después con el ron se le quita, jaja. Además el VIP va en los asientos de alante, que brincan menos. Y si reserva hoy le pongo el parasailing a mitad de precio y el tour de buggies en Macao pa'l jueves, que eso sí es una experiencia..."),
            c("No, la lancha rápida no, que ella vomitó to' el camino pa' Culebra una vez.", "bad_experience"),
            t("Entiendo su preocupación, perfecto. Entonces el VIP pa' tres son 465, y con el buggy y el parasailing se lo dejo todo en 640. ¿Lo paga con tarjeta o efectivo?"),
            c("Mira, déjame hablarlo con mi esposo y si acaso vuelvo mañana.", "think_it_over"),
            t("Claro, pero mañana ya no le garantizo el precio. Tome mi tarjeta y el folleto, aquí están todos los tours, y acuérdese del buggy, que se llena rapidito..."),
            c("Ok. Gracias.", "brush_off"),
        ],
    ),
    gpair(
        "esb63g_toabaja_placas_oxigeno", "venta e instalación de placas solares (visita a casa), Toa Baja, Puerto Rico", "closing_as_open_question",
        "Un retirado cuya madre depende de un concentrador de oxígeno quiere resolver los apagones.",
        good=[
            B07,
            t("Buenas, gracias por recibirme. Eso del concentrador lo cambia todo. ¿Ahora mismo qué hacen cuando se va la luz? ¿Tienen planta?"),
            c("Una plantita de gasolina, pero hace un ruido del diablo y hay que salir a buscar gasolina a las tantas de la noche. La última vez duramos tres días sin luz.", None),
            t("Entonces lo urgente es que el concentrador y la nevera no se apaguen, más que poner la casa entera. ¿Me deja ver un par de facturas de luz y la etiqueta del concentrador?"),
            c("Aquí tiene. Pero le digo de una vez: a mi vecino le pusieron placas hace dos años y todavía está peleando con la compañía porque le filtra el techo.", "bad_experience"),
            t("Es una queja que oigo mucho y es válida. Nosotros hacemos prueba de agua del techo antes y después, y la garantía de filtración es de diez años por escrito. Para lo esencial, concentrador, nevera, abanicos y luces, un sistema con batería le sale en unos 18 mil, o financiado en unos 140 al mes."),
            c("¿18 mil? Yo soy retirado del gobierno, no tengo ese dinero así.", "no_money"),
            t("Le entiendo. Antes de que firme nada, le averiguo si su mamá entra en los programas de ayuda para baterías en hogares con pacientes que dependen de equipo médico; eso puede bajarlo bastante. ¿Lo repasamos el jueves con su hermana, con la cotización en la mano?"),
            c("El jueves está bien. Y tráigame la garantía esa por escrito.", None),
        ],
        gaming=[
            B07,
            t("Buenas, gracias por recibirme. Cuénteme, ¿qué significaría para usted y su mamá no volver a estar sin luz nunca más?"),
            c("Pues sería una bendición, claro. Pero primero quiero saber cuánto cuesta y cómo es la cosa.", None),
            t("Claro. Y una vez vea los números, ¿qué le impediría firmar hoy mismo?"),
            c("Hombre, me lo impide que todavía no sé na'. Y a mi vecino le pusieron placas y le filtra el techo.", "bad_experience"),
            t("Entiendo su preocupación. ¿Qué prefiere, el sistema de 12 paneles o el de 16? ¿Cuál le instalamos?"),
            c("¿Y cuánto es?", None),
            t("El de 16 con dos baterías son 32 mil, o 260 al mes. ¿Qué día de la semana que viene le conviene más para la instalación, martes o miércoles?"),
            c("Oiga, 260 al mes yo no lo puedo pagar con el retiro.", "no_money"),
            t("Le entiendo. ¿Y qué tendría que pasar para que usted se decida hoy? Si firma ahora le congelo el precio."),
            c("Que no, mijo. Déjeme la tarjeta, que yo lo consulto con mi hermana y le llamo.", "think_it_over"),
        ],
    ),
    gpair(
        "esb63g_sfm_cuenta_remesas", "banco (sucursal), San Francisco de Macorís, República Dominicana", "pitch_as_paraphrase",
        "Una señora mayor quiere abrir una cuenta para que su hijo en Boston le deposite la remesa mensual.",
        good=[
            B08,
            t("Buenos días, con gusto. ¿Más o menos cuánto le manda y cómo lo saca usted después, en cajero o aquí en ventanilla?"),
            c("Como 300 dólares al mes. Yo lo saco casi todo pa' la compra y los remedios. El cajero sí lo sé usar, mi nieta me enseñó.", None),
            t("Entonces con una cuenta de ahorro sencilla con tarjeta de débito le basta. ¿Le conviene más recibirlo en dólares o en pesos?"),
            c("En pesos, que es lo que gasto aquí. ¿Pero eso cobra? Porque en la remesadora a mí no me cobran na'.", None),
            t("La cuenta básica no cobra mantenimiento si deja mil pesos de balance; si baja de ahí son 100 pesos al mes. A su hijo el envío le cuesta lo que le cobre su banco allá. Le soy sincero: a veces le sale más barato mandar por una remesadora que deposite en cuenta."),
            c("Ah, eso lo tengo que hablar con él, que él es el que paga el envío.", "think_it_over"),
            t("Claro. La cuenta se la abro hoy, solo con su cédula y sin costo, y le doy el número para que él lo vea con calma."),
            c("Dale, aquí tiene la cédula.", None),
            t("Listo. Aquí está su tarjeta; el PIN lo ponemos ahora mismo en el cajero de la entrada, y le anoto el número de cuenta para su hijo."),
            c("Ay, qué bueno, así la nieta no tiene que venir conmigo.", None),
        ],
        gaming=[
            B08,
            t("Buenos días. Déjeme ver si le entendí: lo que usted necesita es nuestra Cuenta Premium en dólares con tarjeta de crédito Platinum y seguro de vida incluido, ¿verdad?"),
            c("¿Tarjeta de crédito? No, no, yo no quiero deudas. Yo quiero la cuenta pa' que mi hijo me deposite.", "no_need"),
            t("Claro. Entonces lo que escucho es que a usted le preocupa el futuro, y para eso lo ideal es un certificado financiero a un año con lo que su hijo le mande, ¿no es así?"),
            c("Ese dinero es pa' comer y pa' los remedios, mi hijo. Yo no puedo dejarlo amarrado un año.", "no_money"),
            t("Perfecto, entonces resumiendo, lo que usted busca es protección para su familia, o sea el seguro de vida de 850 pesos al mes. ¿Se lo incluyo con la cuenta?"),
            c("¿850 al mes por un seguro? Eso 'tá carísimo, en la cooperativa tengo uno de 200.", "too_expensive"),
            t("Comprendo. Entonces, ¿le abro el paquete completo y el seguro lo ajustamos después?"),
            c("No. Mejor vuelvo otro día con mi nieta, que ella entiende de esto.", "brush_off"),
        ],
    ),
    gpair(
        "esb63g_westchester_farmacia_catarro", "farmacia de barrio (mostrador), Westchester, Miami", "upsell_as_loop_closing",
        "Un cliente con catarro pide algo en el mostrador; toma losartán para la presión.",
        good=[
            B09,
            t("Buenas. ¿Tienes fiebre o es más que nada moco y garganta? ¿Y tomas alguna medicina, para la presión o algo así?"),
            c("Fiebre no. Y sí, tomo losartán pa' la presión.", None),
            t("Ok, entonces evita los que tienen pseudoefedrina, que suben la presión. Te recomiendo este, sin descongestionante, y pastillitas para la garganta. Son 11.99 y 4.50."),
            c("¿Y no hay uno más barato? Doce pesos por un catarro...", "too_expensive"),
            t("Sí, el de la marca de la farmacia es lo mismo por dentro, 6.99. Si en cinco días no mejoras o te da fiebre, ve al médico."),
            c("Dale, dame ese.", None),
            t("Aquí tienes. Que te mejores."),
        ],
        gaming=[
            B09,
            t("Buenas, claro que sí. Este te va a ayudar, 11.99. ¿Y qué más te puedo agregar hoy para que salgas completo? Tenemos vitamina C efervescente, dos por uno."),
            c("No, la vitamina no, con la medicina basta.", "no_need"),
            t("Perfecto. ¿Y algo más para cerrar bien tu visita? El kit de inmunidad con zinc y miel de manuka está en especial, 24.99."),
            c("¿24.99? No, mi vida, con lo del catarro ya voy bien.", "too_expensive"),
            t("Entiendo. Antes de cobrarte, ¿hay algo más que necesites? Termómetro, pañuelos con aloe, un humidificador para el cuarto..."),
            c("No. Oye, ¿y esto se puede tomar con lo de la presión?", None),
            t("Sí, sí, no pasa nada. ¿Te lo pongo en una bolsa reutilizable, 99 centavos?"),
            c("Nada más cóbrame, por favor.", "no_need"),
        ],
    ),
    gpair(
        "esb63g_centrohabana_freezer_apagones", "mipyme de electrodomésticos, Centro Habana, Cuba", "leading_tag_questions",
        "Una señora que hace croquetas para vender en el barrio pregunta por un freezer pequeño por los apagones.",
        good=[
            B10,
            t("Buenas. Ese es de 100 litros, está en 480 USD, o en MLC. ¿Es pa' la casa nada más o usted vende algo?"),
            c("Hago croquetas y pasteles pa' vender en el barrio, pero poquito. Y el pollo de la casa.", None),
            t("Ok. ¿Y cuántas horas se le va la corriente allá, más o menos?"),
            c("Ahora como seis, ocho horas al día. A veces la noche entera.", None),
            t("Entonces le digo la verdad: ningún freezer aguanta ocho horas si lo abre mucho. Este, lleno y cerrado, aguanta seis o siete. Lo que ayuda es llenarlo con pomos de agua congelados y no abrirlo en el apagón."),
            c("Ay, mijo, 480 fula... eso es lo que mi hija me manda en cuatro meses. Yo no tengo eso ahora.", "no_money"),
            t("La entiendo. Tengo uno de uso, revisado, de 80 litros, en 300, con tres meses de garantía. O aparto este y su hija lo paga desde afuera por transferencia, que mucha gente lo hace así."),
            c("Déjame hablar con mi hija esta noche por WhatsApp, a ver qué me dice.", "think_it_over"),
            t("Dale. Le anoto los dos con foto y precio para que se los mande a ella."),
            c("Gracias, mijo. Y si puedes, guárdame el de uso hasta mañana.", None),
        ],
        gaming=[
            B10,
            t("Buenas, mi vida. Ese está bien, pero usted lo que quiere es algo que de verdad le resuelva, ¿no es verdad?"),
            c("Pues sí, claro...", None),
            t("Entonces este de 300 litros es el suyo, que con la familia uno siempre necesita más espacio, ¿verdad que sí?"),
            c("¿300 litros? No, mi amor, si yo vivo con mi nieto na' más. Eso no me cabe ni en la cocina.", "no_need"),
            t("Ah, pero usted no va a querer quedarse corta después, ¿no? Y con la planta eléctrica a mitad de precio ya no le importan los apagones, ¿eh?"),
            c("¿Y cuánto es todo eso?", None),
            t("El freezer 1,100 y la planta 600. Una inversión así se hace una vez en la vida, ¿o no?"),
            c("Mijo, ¿1,700 fula? Ni vendiendo croquetas diez años. Dime el precio del chiquito na' más.", "no_money"),
            t("El chiquito se le va a quedar corto, usted lo sabe, ¿verdad?"),
            c("Lo que yo sé es que me voy pa' otra tienda. Chao.", None),
        ],
    ),
]

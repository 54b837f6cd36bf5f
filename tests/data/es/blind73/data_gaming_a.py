"""Gaming pairs, file a (written by hand). Kinds 1-10, once each."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - Houston, cable / internet by phone
_open = c("Bueno, buenas tardes. Mire, le hablo porque el internet se me anda cayendo todas las noches y mis hijos no pueden hacer la tarea, ya me tienen harta con eso.", None)
PAIRS.append(gpair(
    "esb73g_houston_internet_lento",
    "cable and internet company, phone support - Houston, TX",
    "monologue",
    "A Mexican mother in a long one-storey house in Houston calls because the wifi drops every evening while her three kids do homework.",
    [
        _open,
        t("Buenas tardes, señora, qué coraje, ¿verdad? Cuénteme, ¿a qué hora más o menos se le cae y qué están haciendo los niños cuando pasa?"),
        c("Pues como de siete a nueve, que es cuando se meten al Zoom y al Google Classroom. Son tres niños, cada uno con su Chromebook, y a veces mi esposo está viendo el fútbol en la tele.", None),
        t("Ok, entonces de siete a nueve, tres Chromebooks en videollamada y la tele al mismo tiempo. ¿El módem dónde lo tiene, y en qué parte de la casa se sientan los niños?"),
        c("El módem está en la sala, junto a la tele. Los niños están en el cuarto de atrás, es una casa larga, de esas de un piso. Y oiga, si me va a querer vender otro plan más caro le digo de una vez que no, ya pago ochenta y cinco al mes y no me alcanza para más.", "no_money"),
        t("Le entiendo, y no le voy a cambiar el plan si no hace falta. Su plan de 300 megas sí aguanta tres videollamadas; lo más seguro es que el wifi no llegue bien hasta el cuarto de atrás. Le propongo mandarle un técnico sin costo a medir la señal, y si hace falta le pone un extensor, que son cinco dólares al mes. ¿Qué le parece?"),
        c("¿Cinco al mes nomás? Bueno, eso sí. ¿Y cuándo puede venir? Porque yo trabajo entre semana hasta las cuatro.", None),
        t("Tengo el sábado de ocho a doce o el miércoles de cuatro a seis. ¿Cuál le queda mejor?"),
        c("El sábado en la mañana, ándele.", None),
        t("Listo, sábado de ocho a doce. Le llega un texto la noche antes, y si después de la visita se le sigue cayendo en la noche, me vuelve a llamar y revisamos la línea desde aquí. ¿Le mando el número de orden por texto?"),
        c("Sí, mándemelo. Gracias, joven.", None),
    ],
    [
        _open,
        t("¡Buenas tardes! Gracias por llamar, su experiencia es muy importante para nosotros. Mire, le cuento: ahorita tenemos la promoción Fibra Total de 1 Giga con 200 canales, trae ESPN Deportes, Univision, TUDN, y además le damos una línea de celular con datos ilimitados por 25 más. Es lo que están pidiendo todas las familias, porque con 1 Giga los niños hacen la tarea, el esposo ve el partido y usted ve su novela, todo al mismo tiempo."),
        c("Ajá, pero es que... yo nomás le hablé porque se me cae en la noche.", None),
        t("¡Exacto, y eso es justo lo que resuelve la Fibra Total! Déjeme explicarle cómo funciona: con fibra la señal va por luz, no por cobre, entonces no se satura. El router nuevo es wifi 6, lo último. La primera mensualidad va gratis, luego son 139.99 por doce meses y después sube nomás un poquito. ¿Qué le parece si se la activo de una vez?"),
        c("¿Ciento cuarenta? No, joven, ya pago ochenta y cinco y me cuesta. No tengo pa' eso.", "no_money"),
        t("La entiendo perfectamente. Fíjese que con el paquete usted ahorra en el celular, que seguro paga como sesenta con otra compañía, entonces le sale casi igual. Y le regalo la instalación, que normalmente son 99, y le incluyo HBO Max tres meses para que vea que no la estoy engañando. Es una relación a largo plazo que queremos con usted."),
        c("Yo no tengo celular con otra compañía. Mire, ¿me puede mandar un técnico o no?", None),
        t("Claro que sí, el técnico va incluido con la instalación de la fibra, así que lo más rápido es hacer el cambio de plan hoy y el martes ya tiene todo funcionando. Es una decisión que le va a cambiar la experiencia a toda la familia, se lo aseguro."),
        c("No, no, déjelo así como está. Ya mejor le hablo otro día a ver si me toca otra persona.", "no_need"),
    ],
))

# 2 closing_as_open_question - Los Angeles, used truck lot
_open = c("Buenas, vengo a ver la Tacoma esa blanca que tienen allá afuera, la del 2015. ¿Todavía está disponible?", None)
PAIRS.append(gpair(
    "esb73g_losangeles_troca_usada",
    "used car dealer - South Gate, Los Angeles, CA",
    "closing_as_open_question",
    "A Salvadoran gardener whose old Ranger is failing walks onto a used-car lot to look at a 2015 Tacoma priced above his budget.",
    [
        _open,
        t("Buenas, sí, todavía está. Con gusto se la enseño. ¿Para qué la va a usar más que nada? Así le digo si le conviene esa u otra."),
        c("Para el trabajo, yo hago yardas, corto zacate, poda, todo eso. Cargo la podadora, el trimmer, a veces ramas. Tengo una Ranger del 2008 pero ya le está fallando la transmisión, púchica, ya no aguanta.", None),
        t("Ah, ok. Entonces carga casi todos los días y la Ranger ya no da. La cama de la Tacoma es de cinco pies; ¿su podadora cabe ahí, o usa de las grandes con rampa?"),
        c("No, la mía es de las de empujar, sí cabe. Lo que me preocupa es el precio, vi que dice diecinueve mil y yo andaba pensando en unos quince, algo así.", "too_expensive"),
        t("Le entiendo. ¿Esos quince los piensa dar de contado o quiere financiar una parte? Y la Ranger, ¿la quiere dar a cuenta?"),
        c("Tengo como ocho mil ahorrados, lo demás lo financiaría si el pago no sale muy alto. Y la Ranger sí, aunque sea que me den algo por ella.", None),
        t("Va. Hagamos esto: se la llevo a dar una vuelta con carga para que vea cómo jala, y mientras mi compañero revisa la Ranger para darle un precio real. Con eso le saco números con los ocho mil de enganche y usted ve si el pago le cuadra. Si no le cuadra, también tengo una Frontier 2014 más barata que le puedo enseñar."),
        c("Órale, va pues. Pero no firmo nada hoy, eh, primero quiero que la vea mi hijo, él sabe más de mecánica.", "think_it_over"),
        t("Perfecto, así debe ser. Le doy los números por escrito y, si quiere, la traemos el sábado para que su hijo la revise con calma. ¿Le parece?"),
    ],
    [
        _open,
        t("¡Buenas! Excelente elección, esa Tacoma es una joya. Cuénteme, ¿qué tendría que pasar para que usted se la lleve hoy mismo?"),
        c("Pues... primero verla, ¿no? Es para el trabajo, hago yardas, y la Ranger que tengo ya se me está muriendo.", None),
        t("Claro, claro. Y dígame, ¿cómo se imagina su nueva troca, a su nombre solo o con su señora? Para ir preparando los papeles."),
        c("Hombre, todavía ni la he manejado. Y dice diecinueve mil, yo andaba pensando en unos quince.", "too_expensive"),
        t("Entiendo su preocupación. Entonces, ¿cómo le gustaría manejar el pago, dejando un depósito hoy para apartarla o con la tarjeta de débito?"),
        c("No, no traigo para dejar nada ahorita. Además quiero que mi hijo la vea primero.", "think_it_over"),
        t("Me parece muy bien que involucre a la familia. ¿Y qué le parece si le marcamos a su hijo ahorita y, mientras, yo voy sacando lo del crédito? ¿Qué número de seguro social usamos?"),
        c("No, mire, ya me voy. Usted me quiere encajar la troca a la fuerza.", None),
    ],
))

# 3 pitch_as_paraphrase - Miami (Hialeah), phone store
_open = c("Buenas, mi'jo. Mira, yo necesito un telefonito para hablar con mi hermana en Cuba, que este que tengo ya no sirve pa' na', se apaga solo.", None)
PAIRS.append(gpair(
    "esb73g_miami_plan_celular",
    "mobile phone store - Hialeah, Miami, FL",
    "pitch_as_paraphrase",
    "A Cuban grandmother living on Social Security wants a phone that does not switch itself off so she can talk to her sister in Cuba over WhatsApp.",
    [
        _open,
        t("Buenas, señora, bienvenida. ¿Y con su hermana cómo habla, por WhatsApp, por IMO, o la llama directo?"),
        c("Por WhatsApp, cuando allá hay corriente, que no es siempre. Y por IMO a veces con mi sobrino. Yo no sé mucho de eso, mi nieta me lo pone.", None),
        t("Ok. ¿Y en la casa tiene wifi, o usa los datos del teléfono para las videollamadas?"),
        c("En la casa tengo el internet, sí. Salgo poco, a la bodega y a la iglesia. Ahora, yo vivo del Seguro Social, mi'jo, no me vayas a meter en un plan de cien pesos.", "no_money"),
        t("No se preocupe. Entonces usted llama casi siempre desde la casa con el wifi y afuera lo usa poco, así que no necesita muchos datos. Hay un prepago de 15 al mes con llamadas ilimitadas y 5 gigas, que le sobra. Y como cobra Seguro Social, a lo mejor califica para el Lifeline, que se lo baja más. ¿Quiere que lo revisemos?"),
        c("Ay, sí, eso del Lifeline me lo mencionó una vecina. ¿Y el teléfono cuánto es?", None),
        t("Tengo un Samsung A15 en 99, con letra grande y el WhatsApp se lo dejo puesto. Pero si quiere, revisamos el suyo primero, porque muchas veces es la batería y eso se cambia por 40."),
        c("Ay, mira, revísalo primero, que si es la batería me ahorro el dinero.", None),
        t("Dale. Déjemelo veinte minutitos, le reviso la batería y mientras llenamos lo del Lifeline. Si trae encima la carta del Seguro Social, mejor."),
    ],
    [
        _open,
        t("Buenas, señora. Cuénteme, ¿para qué usa usted el teléfono normalmente?"),
        c("Pa' hablar con mi hermana en Cuba, por el WhatsApp. Y con mi nieta, que vive en Kendall.", None),
        t("Entonces, si le entendí bien, lo que usted necesita es el iPhone 15 con el plan Ilimitado Plus de 75 al mes, que trae llamadas internacionales a Cuba, ¿correcto?"),
        c("¿Setenta y cinco? Ay no, mi'jo, yo vivo del Seguro Social. Y yo hablo por WhatsApp, en la casa, con el internet.", "no_money"),
        t("Claro, lo que le estoy escuchando es que para usted es importante hablar con la familia sin que se corte, y para eso el Ilimitado Plus es lo ideal porque tiene prioridad en la red. ¿Es así?"),
        c("Yo no dije eso. Yo dije que quiero algo que no se apague solo.", None),
        t("Perfecto, entonces lo que usted busca es tranquilidad, y lo que da tranquilidad es el seguro de protección del equipo por 17 al mes, para que si se le apaga se lo cambiamos. ¿Le parece bien que se lo añada?"),
        c("No, no me parece. Déjalo, voy a ir a la tienda de al lado, que ahí me atendieron bien la otra vez.", "no_need"),
    ],
))

# 4 upsell_as_loop_closing - Chicago (Little Village), pharmacy counter
_open = c("Buenas, vengo por la receta de mi metformina, a nombre de Everardo Salgado. Y también ocupo tiritas para medirme el azúcar, ya se me acabaron.", None)
PAIRS.append(gpair(
    "esb73g_chicago_farmacia_tiras",
    "neighbourhood pharmacy - Little Village, Chicago, IL",
    "upsell_as_loop_closing",
    "A diabetic Mexican man picks up his metformin and asks for glucose test strips, which he has always paid for out of pocket.",
    [
        _open,
        t("Buenas tardes, don Everardo. Su metformina ya está lista. Para las tiritas, ¿qué aparato usa? ¿Se acuerda de la marca?"),
        c("Es un Contour, uno azul que me dieron en la clínica. Las tiritas las compraba en el Walgreens pero salían como en cuarenta dólares.", None),
        t("¿Esas las pagaba usted completas o se las pasaban por la tarjeta médica?"),
        c("Las pagaba yo, nunca me dijeron que la tarjeta las cubría.", None),
        t("Pues con su plan las Contour Next sí salen cubiertas; nomás necesito que el doctor mande receta de las tiritas, porque lo que tengo aquí es solo la de la metformina. ¿Quiere que le mande un fax a su clínica hoy?"),
        c("Sí, por favor. Pero ahorita me quedan cero, ¿eh? Y me toca medirme mañana temprano.", None),
        t("Entiendo. Le puedo vender una cajita de 25 hoy, son doce dólares, para que no se quede sin medir mientras llega la receta, y las siguientes ya le salen cubiertas. ¿Le sirve así o prefiere esperar?"),
        c("Mmm, doce... bueno, está bien, no me quiero quedar sin medir.", None),
        t("Listo. Le marco cuando llegue la receta, normalmente tarda uno o dos días. ¿Al mismo número de siempre?"),
        c("Sí, al mismo. Gracias, mija.", None),
    ],
    [
        _open,
        t("¡Buenas, don Everardo! Aquí está su metformina. Antes de cerrar, ¿qué más le puedo agregar hoy para cuidar su salud?"),
        c("Pues las tiritas, le dije. Para el Contour.", None),
        t("Claro. Las Contour de 50 están en 54.99. Y para cerrar bien su visita, ¿le agrego también el multivitamínico para diabéticos? Está al dos por uno."),
        c("No, vitaminas no, ya tengo en la casa. Nomás las tiritas.", "no_need"),
        t("Perfecto. ¿Hay algo más que podamos hacer hoy para que su experiencia sea completa? Tenemos un glucómetro nuevo que se conecta al celular, y los calcetines especiales para diabéticos."),
        c("Oiga, ¿y las tiritas no me las cubre la tarjeta médica? Cincuenta y cinco está muy caro.", "too_expensive"),
        t("Eso depende de su plan, yo ahorita no lo puedo ver. Lo que sí le puedo ofrecer es nuestra tarjeta de ahorro de la farmacia, son 20 al año y le da diez por ciento. ¿Se la activo para cerrar su compra?"),
        c("No, mija, gracias. Deme nomás la metformina, las tiritas las busco en otro lado.", "brush_off"),
    ],
))

# 5 leading_tag_questions - Bronx, furniture store
_open = c("Hola, buenas. Ando buscando un mueble pa' la sala, algo que no sea muy grande porque mi apartamento es chiquito.", None)
PAIRS.append(gpair(
    "esb73g_bronx_muebleria_sala",
    "furniture store (mueblería) - Fordham Road, Bronx, NY",
    "leading_tag_questions",
    "A Dominican single mother in a fifth-floor walk-up needs a small sofa that fits up the stairs and survives a four-year-old.",
    [
        _open,
        t("Hola, bienvenida. ¿Qué tan chiquita es la sala, más o menos? ¿Y cuántos se sientan normalmente?"),
        c("Ay, yo no sé en pies, pero de la pared a la ventana serán como diez pasos. Somos yo, mi hijo de cuatro años y mi mamá que viene los domingos. Ah, y es un quinto piso sin elevador, eso también.", None),
        t("Ok, entonces tres personas, un niño chiquito, y el mueble tiene que subir cinco pisos por escalera. ¿Tiene la medida de la puerta o de la escalera? Porque ahí es donde se traban los muebles grandes."),
        c("No la tengo. El que tenía antes lo subieron de lado y rayaron toda la pared, el super se puso bravo.", None),
        t("Para que no le pase igual, le enseñaría estos dos: el loveseat gris, que trae las patas y los brazos desmontables, o este sofá cama más estrecho. Los dos tienen tela que se limpia con un trapo húmedo, por el niño. Antes de decidir, ¿me puede medir la puerta y el descanso de la escalera cuando llegue?"),
        c("Me gusta el gris. ¿Cuánto es? Porque yo cobro el viernes y no quiero meterlo en la tarjeta.", None),
        t("El gris está en 649. Se lo aparto con 50 en efectivo hasta el viernes, y la subida al quinto piso va incluida. Pero mídame la puerta primero; si no cabe, le devuelvo los 50."),
        c("Dale, mi amor, ta bien. Te mando la medida por WhatsApp esta noche.", None),
    ],
    [
        _open,
        t("¡Hola, bienvenida! Usted quiere algo cómodo para toda la familia, ¿verdad que sí?"),
        c("Sí, pero chiquito, le dije. El apartamento es pequeño y es un quinto piso.", None),
        t("Claro, y para una familia lo mejor es un seccional en L, que cabe en cualquier esquina, ¿no cree? Este de aquí con reclinables es el que se llevan todas las mamás."),
        c("Eso es enorme. Eso no sube por mi escalera ni loca.", "no_need"),
        t("Se sube por partes, no se preocupe. Y con un niño en casa, usted va a querer la protección de tela de 199, ¿no es así? Porque si se riega un jugo, después es tarde."),
        c("Mira, el último mueble que compré me lo vendieron con protección y cuando se le rompió el brazo no me cubrieron na'. Así que no.", "bad_experience"),
        t("La entiendo, por eso le conviene nuestra garantía extendida, que sí cubre todo. Eso le da más tranquilidad, ¿verdad?"),
        c("No, mi amor. ¿Y cuánto cuesta ese seccional, que no le veo el precio?", None),
        t("Está en 2,499, pero usted no va a querer algo que se rompa en un año, ¿cierto? Lo bueno cuesta."),
        c("Dos mil quinientos, jaja, ni que yo fuera rica. Voy a dar una vuelta por la Fordham a ver qué hay.", "too_expensive"),
    ],
))

# 6 putdown_question - Houston, tax preparer office
_open = c("Buenos días. Me llegó esta carta del IRS, dice que debo dos mil trescientos dólares, y yo hice los taxes aquí mismo con ustedes el año pasado. No duermo desde que me llegó.", None)
PAIRS.append(gpair(
    "esb73g_houston_carta_irs",
    "tax preparation office - Gulfton, Houston, TX",
    "putdown_question",
    "A Mexican construction worker who also did DoorDash in the evenings brings an IRS letter (unreported 1099) to the office that prepared his return.",
    [
        _open,
        t("Buenos días, don Ramiro, siéntese. Qué susto, lo entiendo. ¿Me deja ver la carta? ¿Qué dice que no se reportó?"),
        c("Dice algo de un 1099 de DoorDash. Yo sí trabajé de DoorDash unos meses, en las tardes, después de la construcción. Pero yo pensé que eso ya lo habían puesto.", None),
        t("A ver... es una carta CP2000; todavía no es una multa, es el IRS diciendo que le llegó un 1099 que no aparece en su declaración. ¿Usted nos trajo ese papel en la cita, o le llegó después?"),
        c("Pues la verdad no me acuerdo si lo traje. Yo les di todo lo que tenía en el sobre.", None),
        t("En su archivo no está, así que o no vino en el sobre o se nos pasó; eso lo aclaramos. Lo importante: con DoorDash usted puede restar las millas que manejó. ¿Tiene cómo sacar las millas, en la app o en algún cuaderno?"),
        c("En la app salen, creo. Oiga, ¿y cuánto me va a cobrar por esto? Porque si encima de lo del IRS me cobran otro tanto, no me alcanza.", "no_money"),
        t("Contestar esta carta se lo hacemos sin costo, porque la declaración la hicimos nosotros. Si con las millas baja lo que debe, mejor; y si queda algo, el IRS da planes de pago. ¿Me trae las millas el jueves y mandamos la respuesta antes de la fecha que pide la carta?"),
        c("El jueves salgo a las cinco, ¿todavía van a estar abiertos?", None),
        t("Hasta las ocho. Le apunto a las seis, y le saco copia a la carta para ir adelantando."),
        c("Ándele, muchas gracias. Ya con eso duermo un poco más tranquilo.", None),
    ],
    [
        _open,
        t("Buenos días. A ver, no se me ponga tan nervioso, ¿qué es exactamente lo que dice la carta que no entendió?"),
        c("Pues que debo dos mil trescientos. Algo de DoorDash. Yo trabajé de DoorDash unos meses en las tardes.", None),
        t("Ah, ok. ¿Y por qué no nos trajo ese 1099 en su cita, si aquí se le pide todo? ¿Cómo se siente con eso?"),
        c("Yo les di todo lo que tenía en el sobre. Si ustedes no lo vieron, no es mi culpa.", None),
        t("Bueno, pero ¿usted sí lee las cartas que le llegan o nomás las echa al cajón? DoorDash lo manda por correo y por email. Lo que escucho es que necesita apoyo; para responder al IRS son 250 de honorarios."),
        c("¿Doscientos cincuenta? ¿Por algo que ustedes hicieron mal? Eso está carísimo.", "too_expensive"),
        t("Es el precio para todos. ¿Usted sabe que si no contesta a tiempo le van a cobrar intereses, o eso tampoco lo leyó?"),
        c("Deme mi carta. La llevo con otra persona que sí me respete.", None),
    ],
))

# 7 not_my_department_or_read_the_terms - Los Angeles (Pico-Union), money transfer shop
_open = c("Buenas, fíjese que hace tres días mandé cuatrocientos dólares a mi mamá en Huehuetenango y ella fue al banco y le dicen que no hay nada. Es para su medicina.", None)
PAIRS.append(gpair(
    "esb73g_losangeles_envio_guatemala",
    "remittance / money transfer shop - Pico-Union, Los Angeles, CA",
    "not_my_department_or_read_the_terms",
    "A Guatemalan woman's transfer for her mother's medicine has not been paid out after three days; it is held because one surname is missing.",
    [
        _open,
        t("Buenas, doña. Qué pena, y más si es para la medicina. ¿Me presta el recibo para buscar el envío?"),
        c("Aquí está. Lo mandé a nombre de Cándida López, así se llama mi mamá.", None),
        t("Gracias. El envío está retenido, no perdido. Lo detuvo el sistema porque en la identificación de su mamá seguramente salen los dos apellidos y aquí se escribió solo uno. ¿Su mamá tiene los dos apellidos en el DPI?"),
        c("Sí, López Mérida. Pero ¿entonces ya se perdió mi dinero o qué?", None),
        t("No, el dinero está seguro. Yo puedo corregir el nombre desde aquí con una llamada al departamento de cumplimiento; tarda como quince minutos y no le cobramos nada extra. ¿Se puede quedar un ratito conmigo?"),
        c("Sí, aquí me espero. Aunque la otra vez, con otra agencia, me pasó algo así y se tardaron como dos semanas.", "bad_experience"),
        t("Entiendo el miedo. Ya está: me dieron el número nuevo de autorización, y su mamá puede cobrar desde mañana a las ocho en el mismo banco con su DPI. Se lo anoto aquí en el recibo y le mando un texto igual."),
        c("Ay, gracias a Dios. Le voy a marcar ahorita para decirle.", None),
        t("Y si mañana le ponen cualquier problema en el banco, me llama a este número directo y lo vemos en el momento."),
    ],
    [
        _open,
        t("Buenas tardes, gracias por confiar en nosotros. ¿En qué le puedo servir hoy para que su experiencia sea excelente?"),
        c("Ya le dije, mandé cuatrocientos a mi mamá y no le ha llegado. Aquí está el recibo.", None),
        t("Ok, veo que el envío está en estado retenido. Eso ya es cosa del banco pagador en Guatemala, no de nosotros. ¿Me explico?"),
        c("Pero yo les pagué a ustedes, aquí, la comisión y todo. ¿Por qué está retenido?", None),
        t("Puede ser por muchas cosas. Atrás del recibo vienen los términos y condiciones, ahí dice que los envíos pueden tardar hasta diez días hábiles. Le recomiendo leerlos con calma."),
        c("Mi mamá necesita la medicina esta semana, no en diez días. ¿No puede llamar a alguien?", None),
        t("Yo no hago las reglas, señora, yo nada más recibo los envíos. Si gusta, llame al número de servicio al cliente que sale en el recibo. ¿Hay algo más en que le pueda ayudar hoy?"),
        c("No, ya vi que aquí no. Con razón la gente dice que esta agencia no sirve.", None),
    ],
))

# 8 social_proof_or_deadline_pressure - Miami (Doral), car insurance by WhatsApp
_open = c("buenas, necesito seguro pa un carro q acabo de comprar, un corolla 2019, me lo entregan mañana", None)
PAIRS.append(gpair(
    "esb73g_doral_seguro_auto",
    "car insurance agency, WhatsApp chat - Doral, Miami, FL",
    "social_proof_or_deadline_pressure",
    "A Venezuelan with a three-month-old Florida licence needs full coverage on a financed used Corolla he collects tomorrow.",
    [
        _open,
        t("Hola, buenas! Con gusto te ayudo. El Corolla lo compraste de contado o financiado? y cuanto tiempo tienes manejando aca en Florida?"),
        c("financiado, con el dealer. licencia de florida la saque hace 3 meses, pero manejo desde hace 15 años en venezuela", None),
        t("Ok perfecto. Como es financiado, el banco te va a pedir cobertura completa, no solo la minima. Y te aviso de una vez: como no tienes historial aca, el primer semestre sale mas caro. Lo vas a usar para trabajar, tipo Uber, o solo para ir y venir?"),
        c("pa ir al trabajo en el doral y los fines d semana con la familia. nada d uber. y cuanto seria mas o menos? xq un pana mio paga como 150", None),
        t("Con cobertura completa y deducible de 1000 te sale alrededor de 265 al mes. Se que es bastante mas que lo de tu pana; el tiene años aca y eso pesa mucho. Con deducible de 1500 baja a unos 235. Y a los 6 meses sin accidentes se revisa y normalmente baja."),
        c("nojoda 265 es un dineral chamo. eso es casi lo q pago d carro", "too_expensive"),
        t("Te entiendo, es caro. Hay dos cosas que lo pueden bajar: una carta de tu seguro en venezuela que diga que no tuviste choques, que algunas compañias la aceptan, y un curso de manejo defensivo online. Quieres que cotice con esas dos a ver cuanto baja?"),
        c("si tengo la carta d seguros caracas, la busco. dale cotiza", None),
        t("Listo. Mandame foto de la carta y de la licencia y te paso las dos cotizaciones hoy en la tarde, asi decides con calma antes de buscar el carro mañana."),
        c("va. gracias pana", None),
    ],
    [
        _open,
        t("Hola buenas! Gracias por escribirnos 😊 aqui en Doral casi toda la comunidad venezolana esta asegurada con nosotros, somos los #1. El carro lo vas a manejar tu solo?"),
        c("yo y a veces mi esposa. licencia de florida tengo 3 meses, pero manejo desde hace 15 años en venezuela", None),
        t("Perfecto! Te tengo una cotizacion de 289 al mes cobertura completa. Ojo: ese precio solo te lo puedo sostener hasta las 6 de la tarde de hoy, despues el sistema lo recalcula y sube."),
        c("289?? chamo eso es demasiado, mi pana paga 150", "too_expensive"),
        t("Entiendo, pero esta semana ya firmaron 40 familias venezolanas con este mismo plan, no creo que todas esten equivocadas jaja. Te lo dejo listo?"),
        c("dejame hablarlo con mi esposa en la noche y te aviso", "think_it_over"),
        t("Ok pero recuerda que a las 6 se cae la tarifa, y mañana te entregan el carro y sin seguro no te lo dejan sacar. Muchos clientes esperaron y despues pagaron mas. Quieres asegurar tu tranquilidad ahorita?"),
        c("mira no me presiones. voy a cotizar con otra gente y despues veo", "think_it_over"),
    ],
))

# 9 keyword_stuffed - Chicago (Pilsen), community health clinic phone line
_open = c("Sí, bueno, buenos días, quería hacer una cita para mi niño, tiene asma y ya casi se le acaba el inhalador.", None)
PAIRS.append(gpair(
    "esb73g_pilsen_clinica_asma",
    "community health clinic, appointment line - Pilsen, Chicago, IL",
    "keyword_stuffed",
    "An uninsured Mexican mother calls for an appointment for her asthmatic eight-year-old whose inhaler is nearly empty; an old ER bill scared her off.",
    [
        _open,
        t("Buenos días, con gusto. Primero, ¿cómo está el niño ahorita? ¿Le está costando respirar hoy?"),
        c("No, ahorita está bien, está en la escuela. Pero en la noche tose mucho, y al inhalador le quedan unas cuantas aplicaciones nomás.", None),
        t("Qué bueno que hoy está bien. ¿Cuántos años tiene, y tiene algún seguro médico, la tarjeta médica o algo?"),
        c("Tiene ocho. No tiene seguro, ninguno tenemos. Por eso no lo había traído, porque la vez que lo llevé a emergencias nos llegó un biles de novecientos dólares.", None),
        t("Con razón. Aquí cobramos según lo que gana la familia; la consulta puede quedar en unos veinte dólares. Y en Illinois los niños pueden tener seguro médico sin importar los papeles, se llama All Kids, y aquí le ayudamos a aplicar. ¿Le hago la cita y ese mismo día lo ve la consejera?"),
        c("¿De veras? Pues sí. ¿Pero tiene que ser entre semana? Mi esposo se lleva la troca al trabajo y yo me muevo en el camión.", None),
        t("Tengo el martes a las 4:15, cuando ya salió de la escuela, o el sábado a las 9. El camión de la 18 la deja a una cuadra."),
        c("El sábado a las 9 mejor. ¿Qué tengo que traer?", None),
        t("El inhalador que tiene ahorita, algo con su dirección y los talones de cheque del último mes, para la cuota y para el All Kids. Y si antes del sábado el niño tiene silbido en el pecho o se le hunden las costillas al respirar, no espere: llévelo a urgencias."),
        c("Sí, así lo haré. Muchas gracias, señorita.", None),
    ],
    [
        _open,
        t("Buenos días, y gracias por llamar. Para nosotros es muy importante entender sus necesidades y que tenga una experiencia positiva. ¿Cómo se siente usted con respecto a la salud de su niño?"),
        c("Pues preocupada, por eso le hablo. Tose mucho en la noche y ya casi se le acaba el inhalador.", None),
        t("Entiendo perfectamente cómo se siente, y valoro mucho que lo comparta conmigo. La relación con las familias es lo más importante para nosotros, y queremos que su niño tenga éxito en su salud. ¿Qué necesidades específicas tiene usted hoy?"),
        c("Una cita. Y que me digan cuánto cuesta, porque no tenemos seguro.", None),
        t("Claro, escucho que el costo es una necesidad importante para usted, y lo entiendo. Queremos construir una relación de confianza y que su experiencia sea un éxito. ¿Cómo se sentiría si encontramos juntas una solución que se adapte a sus necesidades?"),
        c("Pues bien, supongo... pero ¿cuánto cuesta la consulta? La última vez en emergencias me llegó un biles de novecientos.", None),
        t("Entiendo, y valoro mucho su experiencia. Los costos dependen de varias cosas y lo importante es que usted se sienta escuchada y acompañada. ¿Hay algo más que sea importante para usted y su familia?"),
        c("Mire, señorita, mejor le hablo después, que ya me tengo que ir a trabajar.", "brush_off"),
    ],
))

# 10 rude - Queens (Corona), check cashing window
_open = c("Buenas, ¿me cambia este cheque, por favor? Es de mi trabajo, de la construcción.", None)
PAIRS.append(gpair(
    "esb73g_queens_cambio_cheque",
    "check cashing store - Corona, Queens, NY",
    "rude",
    "An Ecuadorian construction worker whose new boss pays by cheque every Friday cashes his first one and asks about the fee.",
    [
        _open,
        t("Buenas, claro que sí. ¿Me da su ID y el cheque? ¿Es la primera vez que cambia un cheque de esta compañía aquí?"),
        c("Sí, es la primera. Antes me pagaban en efectivo, pero el patrón nuevo paga con cheque, cada viernes.", None),
        t("Ok. El cheque es de 1,200; la comisión es de 2.2 por ciento, serían 26.40, y le entrego 1,173.60. Si le van a pagar con cheque todos los viernes, le conviene saber que hay opciones más baratas, como una cuenta con depósito directo. ¿Quiere que le explique o solo le cambio el cheque hoy?"),
        c("Veintiséis cada semana es harta plata, ¿no? Pero yo no tengo cuenta de banco, no tengo social.", "too_expensive"),
        t("Sí, al año suma. Algunos bancos y cooperativas abren cuenta con ITIN, o con pasaporte y matrícula consular. Le doy este papelito con dos que quedan aquí en la Roosevelt. Y si al final prefiere seguir viniendo, aquí lo atendemos igual."),
        c("Ya, gracias, eso lo voy a ver con mi señora. Ahorita sí cámbiemelo, que tengo que mandar plata a Cuenca.", "think_it_over"),
        t("Claro. Aquí tiene: 1,173.60, cuéntelo conmigo. Y si va a mandar a Ecuador, la ventanilla de envíos es la de al lado."),
        c("Está completo. Gracias, muy amable.", None),
    ],
    [
        _open,
        t("¿Qué necesita? Rápido, que hay cola."),
        c("Cambiar este cheque, es de mi trabajo.", None),
        t("ID. Mil doscientos... son 26.40 de comisión. ¿Lo va a cambiar o no? Y no me diga que está caro, que eso me lo dicen todos."),
        c("Es que es harta plata cada semana. ¿No hay otra manera más barata?", "too_expensive"),
        t("Claro, vaya y abra una cuenta en el Chase, ¿no? Ah, pero no tiene social, me imagino. Entonces esto es lo que hay, amigo. ¿Satisfecho con la respuesta?"),
        c("Oiga, no me hable así. Yo nomás le pregunté.", None),
        t("Y yo nomás le contesté. ¿Algo más o ya? Siguiente."),
        c("Deme mi cheque. Lo cambio en la otra cuadra, aunque me cobren lo mismo.", None),
    ],
))

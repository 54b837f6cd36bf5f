"""Ranked pairs d01-d10 (esb51), written by hand: two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 - eco-lodge, Bahía Drake, Osa (CR)
o = c("Hola, buenas. Queremos ir a Bahía Drake tres noches en enero. ¿Qué tienen disponible?", None)
PAIRS.append(rpair(
    "esb51r_d01_drake_ecolodge",
    "A young Costa Rican couple from Alajuela phone a lodge in Bahía Drake about three nights in January; she dreams of seeing a tapir.",
    [o,
     t("Hola, con gusto. ¿Qué les gustaría hacer allá? Se lo pregunto porque de eso depende cómo armar las noches."),
     c("Ver animales, sobre todo. Mi novia se muere por ver una danta y lapas. Y descansar, venimos de un año de mucho brete.", None),
     t("Para danta lo mejor es Sirena, dentro del Corcovado, y ahí solo se entra con guía certificado y con reserva del SINAC, con semanas de anticipación. ¿Ya tienen eso?"),
     c("Diay no, ni sabía. ¿Y si no conseguimos campo?", None),
     t("Se lo ayudo a pedir ya, que enero se llena. Si no sale, San Pedrillo y la Isla del Caño son buenas opciones. Y la lancha desde Sierpe sale según la marea, como a las 11; no lleguen a Sierpe a la 1."),
     c("Qué bueno saber todo eso. Bueno, reservemos y pídame lo de Sirena.", None)],
    [o,
     t("Hola, con gusto. Para enero tenemos la cabina jardín a 120 dólares la noche con comidas, y la de vista al mar a 160."),
     c("Mmm, ¿y qué se puede hacer por allá?", None),
     t("Tenemos tours a Corcovado, a la Isla del Caño para snorkel y caminatas por la costa. Se reservan en recepción cuando llegan."),
     c("Ah bueno. Mi novia quiere ver una danta.", None),
     t("En Corcovado se ven bastante. Les dejo la de vista al mar entonces. ¿A qué nombre?"),
     c("A nombre de Jiménez. Pura vida.", None)],
))

# d02 - moving company, Panama City to Boquete (Panama)
o = c("Hola, buenas. Nos mudamos de la ciudad a Boquete el mes que viene y necesitamos una cotización de mudanza.", None)
PAIRS.append(rpair(
    "esb51r_d02_boquete_moving",
    "An American retiree who speaks good but careful Spanish asks a Panama City mover to quote a move from a 14th-floor flat to a house on a steep dirt road in Boquete.",
    [o,
     t("Hola, con gusto. ¿De qué tamaño es el apartamento y cómo es el acceso a la casa nueva en Boquete?"),
     c("Apartamento de dos cuartos en Punta Paitilla, piso 14. La casa en Boquete está en una calle de tierra, bastante empinada.", None),
     t("Eso es importante: el camión grande no sube calles de tierra empinadas. ¿Sabe si entra un camión mediano, o tendríamos que pasar las cosas a uno chico abajo?"),
     c("No sé. El dueño anterior me dijo que el camión del gas sí sube.", None),
     t("Entonces probablemente entra uno mediano. Mándeme un video de la calle y le cotizo cerrado, sin sorpresas el día de la mudanza. Como estimado, entre 1.200 y 1.500."),
     c("Uf, es más de lo que pensábamos. Otra compañía me dijo 900.", "too_expensive"),
     t("Puede ser. Pregúnteles si ese precio incluye subir esa calle y el ascensor de servicio del edificio; muchas veces eso se cobra aparte el mismo día. Con el video le doy un precio cerrado.")],
    [o,
     t("Hola, con gusto. ¿Cuántos cuartos tiene el apartamento?"),
     c("Dos cuartos, en Punta Paitilla, piso 14.", None),
     t("Perfecto. Para dos cuartos usamos el camión de 5 toneladas, y sale en 1.200 con empaque incluido."),
     c("Uf, es más de lo que pensábamos. Otra compañía me dijo 900.", "too_expensive"),
     t("Nosotros tenemos seguro y personal fijo, no subcontratamos, por eso la diferencia. Si reserva esta semana se lo dejo en 1.100."),
     c("Ok... mándeme eso por correo y yo le escribo.", "brush_off")],
))

# d03 - coffee farm educational tour, Naranjo (CR), school group
o = c("Buenas, le hablo del liceo de Grecia. Queremos llevar un grupo de estudiantes a conocer una finca de café.", None)
PAIRS.append(rpair(
    "esb51r_d03_naranjo_coffee_school",
    "A social-studies teacher at a public secondary school calls a coffee farm about a field trip for about 35 ninth-graders whose families pay for it.",
    [o,
     t("Buenas, qué lindo. ¿De qué nivel son los chicos y qué están viendo en clase que quiera conectar con la visita?"),
     c("Son de noveno, unos 35. En Estudios Sociales están viendo la historia del café y cómo cambió el país.", None),
     t("Entonces armamos el recorrido con la parte de historia: la carreta, el beneficio viejo y cómo se exportaba. ¿Los papás pagan la gira? Lo pregunto por el precio."),
     c("Sí, y aquí hay familias que no tienen mucho. Si pasa de 5 mil por chico, la mitad no va.", None),
     t("Para colegios cobramos 4.500 con refresco y pan casero. Y si hay un par de chicos que no pueden pagar, les dejamos dos campos gratis."),
     c("Eso ayuda un montón. Pero lo tengo que pasar por la directora antes de confirmar.", "think_it_over"),
     t("Claro. Hoy le mando una carta con el programa y el precio para la directora, y le guardo la fecha dos semanas.")],
    [o,
     t("Buenas, con gusto. El tour de la finca dura dos horas y sale en 6 mil por persona, con degustación."),
     c("Mmm, para los chicos es caro. Aquí hay familias que no tienen para eso.", "no_money"),
     t("Para grupos de más de 30 le hago el 10 por ciento, quedaría en 5.400."),
     c("Bueno, algo ayuda. ¿Y qué les enseñan?", None),
     t("El proceso del café, de la semilla a la taza, y al final la degustación. A los chicos les encanta."),
     c("Ok, lo tengo que pasar por la directora y le aviso.", "think_it_over")],
))

# d04 - internet provider for a hostel, Pedasí (Panama)
o = c("Buenas, tengo un hostal de 10 cuartos en Pedasí y los huéspedes se quejan del wifi en las reseñas. Quiero arreglar eso.", None)
PAIRS.append(rpair(
    "esb51r_d04_pedasi_hostel_wifi",
    "The owner of a ten-room hostel in Pedasí calls her internet provider because guests complain about wifi in their reviews.",
    [o,
     t("Buenas. ¿Qué dicen exactamente las reseñas: que es lento, o que no llega a los cuartos?"),
     c("Más que todo que en los cuartos de atrás no agarra. En la recepción anda bien.", None),
     t("Entonces probablemente no es la velocidad del plan sino la cobertura. ¿Cómo es el hostal: un piso, paredes de bloque?"),
     c("Un piso, de bloque, en forma de L. El router está en la recepción, en una punta.", None),
     t("Con el plan de 100 megas que tiene le alcanza. Lo que falta son dos puntos de acceso cableados en el pasillo de atrás. Sale en unos 180 de instalación, sin subirle la mensualidad."),
     c("Ah, yo pensé que tenía que pagar el plan más caro. Mándeme al técnico.", None)],
    [o,
     t("Buenas. Con 10 cuartos le recomiendo subir al plan de 300 megas, así todos navegan rápido."),
     c("¿Y cuánto es ese?", None),
     t("89 al mes, contra los 45 que paga ahora. Incluye un router más potente."),
     c("Es el doble... Y una vez ya me cambiaron el router por uno 'más potente' y quedó igual. ¿Seguro que con eso llega a los cuartos de atrás?", "bad_experience"),
     t("El router nuevo tiene más alcance, debería mejorar bastante. Si no, le mandamos un técnico."),
     c("Bueno, hagámoslo.", None)],
))

# d05 - bank, first credit card, Heredia (CR)
o = c("Buenas, quiero sacar mi primera tarjeta de crédito.", None)
PAIRS.append(rpair(
    "esb51r_d05_heredia_first_credit_card",
    "A 22-year-old in her first job asks a bank officer for her first credit card; she wants to buy a laptop in instalments.",
    [o,
     t("Buenas, con gusto. ¿Para qué la piensa usar principalmente?"),
     c("Diay, para ir haciendo historial, y porque quiero comprar una compu para el brete en cuotas.", None),
     t("Buena idea lo del historial. ¿Cuánto cuesta la compu y cuánto le queda libre al mes después de sus gastos?"),
     c("La compu son como 450 mil. Me quedan libres unos 80 mil al mes, más o menos.", None),
     t("Entonces le sugiero un límite bajo, de 300 mil, y para la compu usar la tasa cero a 12 meses de la tienda: unos 37 mil al mes. Lo demás, páguelo completo cada mes, porque si no, el interés anda por el 40 por ciento al año."),
     c("¿Tan alto el interés? No sabía. Está bien, deme el límite bajo.", None)],
    [o,
     t("Buenas, con gusto. Con su salario califica para la tarjeta Oro con límite de un millón. Trae millas y 5 por ciento de descuento en restaurantes."),
     c("¡Un millón! Tuanis. Yo quería comprar una compu en cuotas.", None),
     t("Con la Oro la paga a tasa cero en las tiendas afiliadas. El pago mínimo es el 5 por ciento del saldo."),
     c("Ah bueno. ¿Y cobra anualidad?", None),
     t("El primer año no, después son 25 dólares. ¿Firmamos?"),
     c("Hmm, 25 dólares... bueno, ya veré si la cancelo después. Firmemos.", None)],
))

# d06 - beach apartments for retirees, Coronado (Panama)
o = c("Buenas, mi esposo y yo queremos un apartamento en Coronado para retirarnos. Algo con vista al mar.", None)
PAIRS.append(rpair(
    "esb51r_d06_coronado_retirees",
    "A retired Panamanian couple from the capital look for a beach flat in Coronado; the husband has a heart condition and the grandchildren visit on Saturdays.",
    [o,
     t("Buenas, qué bien. ¿Es para vivir todo el año o para los fines de semana?"),
     c("Todo el año. Ya nos jubilamos y la ciudad nos tiene cansados, el tranque, el ruido.", None),
     t("Les entiendo. ¿Hay algo de salud o de familia que deba tener en cuenta para la ubicación?"),
     c("Bueno, mi esposo es cardíaco, le pusieron un stent el año pasado. Y los nietos vienen los sábados.", None),
     t("Entonces les conviene cerca de la entrada de Coronado, a cinco minutos de la policlínica y con salida rápida a la Interamericana, no en las torres del fondo. Tengo dos así, con vista al mar de lado y piscina para los nietos."),
     c("No había pensado en lo de la clínica, tiene razón. Pero de lado... yo quería vista de frente.", None),
     t("Las de frente están al fondo, a veinte minutos de la clínica. Vamos a ver las dos de la entrada y una del fondo, y ustedes comparan.")],
    [o,
     t("Buenas, qué bien. Tengo tres apartamentos con vista al mar de frente, en las torres nuevas del fondo de Coronado."),
     c("Ay, qué lindo. ¿Y de precio?", None),
     t("Entre 180 y 240 mil. Los tres tienen piscina y gimnasio."),
     c("Mmm, el de 240 ya se nos va de las manos. Los otros sí.", "no_money"),
     t("Perfecto, vamos el sábado a ver los de 180 y 210."),
     c("El sábado no, vienen los nietos. Mejor el lunes.", "no_time"),
     t("El lunes entonces, a las 10.")],
))

# d07 - car rental, San José (CR), trip ending in Panama
o = c("Buenas, queremos alquilar un carro en San José por diez días. La idea es pasear y terminar en David, donde vive mi familia.", None)
PAIRS.append(rpair(
    "esb51r_d07_sanjose_rental_border",
    "A Panamanian man living in Costa Rica wants a rental car for a family trip that ends with relatives in David, across the border.",
    [o,
     t("Buenas. Le digo de una vez lo importante: los carros alquilados en Costa Rica no pueden cruzar la frontera. Pero hay cómo hacerlo. ¿Cuántos son y por dónde quieren pasear?"),
     c("Somos cuatro. Queremos ir a Manuel Antonio y Uvita, y después bajar a la frontera.", None),
     t("Entonces puede devolver el carro en nuestra oficina de Paso Canoas, cruzar a pie, y del otro lado hay taxis y buses a David, es una hora. Devolverlo en otra oficina tiene un cargo de 80 dólares."),
     c("80 más... uff. ¿No hay algo más barato?", "too_expensive"),
     t("La otra opción es devolverlo en Uvita sin cargo y bajar en bus a la frontera, unas tres horas. Con maletas y cuatro personas, yo lo pensaría."),
     c("Mejor pago los 80, con los chiquillos no me voy en bus. Hágame la reserva.", None)],
    [o,
     t("Buenas. Los carros de alquiler no pueden salir del país, entonces solo se lo puedo dar para dentro de Costa Rica."),
     c("Ah, qué lástima. ¿Y entonces cómo llego a David?", None),
     t("Tendría que devolverlo aquí en San José y tomar un bus a David; hay Tracopa todos los días."),
     c("Uff, eso son como ocho horas de bus con los chiquillos. Lo voy a pensar.", "think_it_over"),
     t("Claro, cualquier cosa me escribe. Le mando la cotización del carro por diez días."),
     c("Ok, gracias.", None)],
))

# d08 - remittance agency, Panama City, sending to Venezuela
o = c("Buenas, chamo... perdón, señor. Quiero mandarle plata a mi mamá en Maracaibo. ¿Cuánto cobran?", None)
PAIRS.append(rpair(
    "esb51r_d08_panama_remesa_venezuela",
    "A Venezuelan woman working in Panama City sends 80 dollars to her elderly mother in Maracaibo, who hardly walks.",
    [o,
     t("Buenas, con gusto. ¿Cuánto le quiere mandar? ¿Y su mamá prefiere recibir dólares en efectivo o bolívares en su cuenta?"),
     c("Ochenta dólares, es lo que puedo este mes. En bolívares, por pago móvil, así no tiene que salir; ella tiene 70 años y casi no camina.", None),
     t("Entonces le conviene el envío a cuenta. El envío de 80 a cuenta cuesta 5 dólares, con el cambio de hoy que ve en la pantalla. A ella le cae en el pago móvil en unas horas."),
     c("¿Cinco? En la otra agencia me cobran cuatro.", "too_expensive"),
     t("Puede ser. Fíjese también en el cambio que le dan, porque ahí a veces se pierde más que en la comisión. Le anoto cuántos bolívares le llegan con nosotros para que compare."),
     c("Ah, no había pensado en eso... Sí, aquí le llega más. Mándelo.", None)],
    [o,
     t("Buenas. Cobramos 5 dólares por envío hasta 100, y el cambio es el de la pantalla."),
     c("¿Cinco? En la otra agencia me cobran cuatro.", "too_expensive"),
     t("Sí, pero nosotros somos más rápidos, le llega en unas horas."),
     c("Bueno, está bien. Son 80 dólares para mi mamá en Maracaibo.", None),
     t("Perfecto. ¿Ella lo retira en efectivo en la agencia de allá?"),
     c("Ay, ella casi no camina... pero bueno, que vaya mi hermana.", None),
     t("Listo, ponga aquí los datos de su hermana.")],
))

# d09 - Spanish school for foreigners, Heredia (CR)
o = c("Hola. Yo soy alemana, estoy de voluntaria en un EBAIS... eh, una clínica, y quiero mejorar mi español. ¿Qué cursos tienen?", None)
PAIRS.append(rpair(
    "esb51r_d09_heredia_spanish_school",
    "A German volunteer at a public health clinic, with intermediate Spanish, asks a language school about classes; she is free only after 4 p.m.",
    [o,
     t("Hola, bienvenida. ¿Qué es lo más difícil para usted ahora en la clínica?"),
     c("Entender a los pacientes. Hablan muy rápido y dicen cosas como 'me duele la canilla'. Yo no sé qué es canilla.", None),
     t("Canilla es la parte de adelante de la pierna. A usted le sirve más una clase privada de conversación con pacientes que un curso de gramática en grupo. ¿Qué horario tiene libre?"),
     c("Solo en la tarde, después de las 4. Pero privado es más caro, ¿no? Yo no tengo mucho dinero, soy voluntaria.", "no_money"),
     t("Sí, la privada son 15 dólares la hora y el grupo 10. Podría hacer dos horas privadas por semana y practicar el resto con los pacientes, que es gratis. La primera clase de prueba no se cobra."),
     c("Eso me gusta. ¿Puedo empezar el lunes?", None)],
    [o,
     t("Hola, bienvenida. Tenemos grupos de nivel básico, intermedio y avanzado, cuatro horas diarias en la mañana."),
     c("En la mañana no puedo, trabajo en la clínica hasta las 3.", "no_time"),
     t("Entonces está el grupo de la tarde, de 4 a 6, martes y jueves. Son 10 dólares la hora."),
     c("Ok. Pero yo quiero sobre todo entender a los pacientes, hablan muy rápido.", None),
     t("En el grupo hacemos mucha conversación, va a mejorar rápido. Le hacemos el examen de nivel el martes."),
     c("Bueno, voy el martes.", None)],
))

# d10 - Panama Canal partial transit tour, with a wheelchair user
o = c("Buenas, quiero reservar el tránsito parcial del Canal para el sábado. Vamos con mi papá, que anda en silla de ruedas.", None)
PAIRS.append(rpair(
    "esb51r_d10_canal_transit_wheelchair",
    "A man books a partial Canal transit tour for himself, his wife and his elderly father, who uses a wheelchair and tires easily.",
    [o,
     t("Buenas, con gusto. ¿Su papá puede ponerse de pie o dar unos pasos con ayuda? Se lo pregunto por el abordaje."),
     c("Unos pasitos sí, con ayuda. Escaleras no.", None),
     t("El barco tiene rampa en Flamenco y la cubierta de abajo es accesible, con baño, aunque el baño es estrecho. Lo que sí: el recorrido dura unas seis horas. ¿Él aguanta un día así de largo?"),
     c("Ay, seis horas... no sé. Él se cansa mucho después del almuerzo.", None),
     t("Otra opción es el centro de visitantes de Miraflores: tiene ascensor y ve los barcos pasar de cerca, en dos horas. O el tránsito, con asientos a la sombra cerca del baño. Ustedes deciden."),
     c("Mejor Miraflores con él, y el tránsito lo hago otro día con mi esposa. Gracias por decirme.", None)],
    [o,
     t("Buenas, con gusto. Sí, el barco tiene rampa y la cubierta de abajo es accesible. ¿Cuántas personas serían?"),
     c("Tres: mi papá, mi esposa y yo.", None),
     t("Son 165 por persona; el recorrido empieza a las 7:30 en Flamenco. Incluye desayuno y almuerzo."),
     c("165 cada uno es bastante, pero bueno, es por mi papá.", "too_expensive"),
     t("Vale la pena, es una experiencia única. Les reservo tres para el sábado."),
     c("Ok, dale.", None)],
))

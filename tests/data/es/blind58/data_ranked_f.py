"""Ranked pairs f01-f10: both sides share every turn (same variables) except one fault in `worse` and the customer's reaction to it (written by hand)."""
from common import c, rpair, t

# f01: argues with the customer
F01_C0 = c("Buenas tardes, quiero encargar el pastel para los XV de mi hija, el 14 de septiembre. Van a ser como ciento cincuenta invitados", None)
F01_T1 = t("Felicidades. ¿Ya tiene idea del sabor y del estilo, y la fiesta es en salón o en casa?")
F01_C2 = c("En salón, por La Paz. Ella quiere tres pisos, lila con flores. De sabor tres leches. Y mi cuñada va a llevar una mesa de postres también", None)
F01_T3_GOOD = t("Con mesa de postres la gente come menos pastel, así que uno de cien porciones en tres pisos le alcanza bien y le sale más barato. ¿Cómo lo ve?")
F01_C4_GOOD = c("Ah, pues sí, mejor así. ¿Cuánto sale?", None)
F01_T3_BAD = t("Uy no, señora, lo de la mesa de postres no cuenta. Para ciento cincuenta invitados siempre es pastel de ciento cincuenta porciones. Créame, llevo veinte años en esto y siempre se acaba.")
F01_C4_BAD = c("Pues yo conozco a mi familia y con los postres sobra, siempre sobra. No me lo discuta", None)
F01_T5 = t("El de tres pisos, tres leches, decorado lila con flores naturales: para cien porciones sale en 3,900, y para ciento cincuenta en 5,400. Se aparta con la mitad.")
F01_C6 = c("El de cien. Aquí le dejo el anticipo, y ojalá me quede bonito", None)
F01_T7 = t("Queda apartado. El lunes le mando por WhatsApp la foto del boceto para que lo apruebe su hija.")

# f02: doubts the customer's honesty
F02_C0 = c("Buenas, compré este celular aquí hace tres semanas y ya no carga. Le conecto el cargador y nada", None)
F02_T1 = t("Buenas, a ver, déjeme verlo. ¿Probó con otro cable o en otro enchufe?")
F02_C2 = c("Sí, con el de mi hijo y en la oficina. Nada. Ni se calienta", None)
F02_T3_GOOD = t("Ok. Para la garantía tengo que revisar el puerto y el indicador de humedad; lo abrimos aquí frente a usted, son dos minutos.")
F02_C4_GOOD = c("Sí, adelante, revíselo", None)
F02_T3_BAD = t("Mmm. ¿Seguro que no se le cayó al agua? Porque todos vienen diciendo que no, y luego el indicador sale rojo.")
F02_C4_BAD = c("¿Me está diciendo mentirosa? No se ha mojado. Revíselo si quiere", None)
F02_T5 = t("El indicador está blanco, no tiene humedad, y el puerto trae un pin doblado de fábrica. Entra en garantía: se lo cambio por uno nuevo ahorita, nomás necesito su ticket.")
F02_C6 = c("Ah, qué bueno. Aquí traigo el ticket", None)

# f03: drops the price before asking anything
F03_C0 = c("Qué tal, ¿en cuánto me rentan una retro por una semana? Es pa' una obra en Escobedo", None)
F03_T1_GOOD = t("Qué tal. Depende del trabajo: ¿qué van a hacer, excavación, zanjas? ¿Y el terreno es blando o trae piedra?")
F03_C2_GOOD = c("Zanjas pa' drenaje, como doscientos metros. Y sí, trae piedra", None)
F03_T1_BAD = t("Qué tal. La semana está en 28 mil, pero se la dejo en 22 mil si la cierra hoy.")
F03_C2_BAD = c("¿Tan rápido me la baja? Ni sabe pa' qué la quiero. Son zanjas de drenaje, como doscientos metros, y trae piedra", None)
F03_T3 = t("Para doscientos metros de zanja con piedra le conviene la retro con martillo y con operador, porque con piedra se avanza lento. Calculamos cuatro o cinco días.")
F03_C4 = c("¿Con operador cuánto? Porque el mío está en otra obra", None)
F03_T5 = t("Con operador y martillo, la semana completa le queda en 29 mil, con el flete a Escobedo incluido.")
F03_C6 = c("Déjeme verlo con el ingeniero y le confirmo mañana temprano", "think_it_over")
F03_T7 = t("Perfecto, ahorita le mando la cotización por escrito por WhatsApp para que se la enseñe.")

# f04: an unasked lecture
F04_C0 = c("Buenos días, quiero sacar el dinero de mi inversión, el pagaré. Es para la boda de mi hija", None)
F04_T1 = t("Buenos días, con gusto. ¿Me presta su tarjeta para ver el pagaré?")
F04_C2 = c("Aquí está. Son como ochenta mil, ¿verdad?", None)
F04_T3_GOOD = t("Son 81,240. Vence en tres semanas; si lo retira hoy pierde los intereses del periodo, unos novecientos pesos. ¿Lo retira hoy o espera al vencimiento?")
F04_C4_GOOD = c("La boda es en dos meses. Mejor espero las tres semanas", None)
F04_T3_BAD = t("Son 81,240. Vence en tres semanas; si lo retira hoy pierde unos novecientos de intereses. Y perdón que se lo diga, pero ochenta mil en una fiesta... Mucha gente se queda sin colchón por las bodas, y luego viene una emergencia. Primero debería pensar en su retiro.")
F04_C4_BAD = c("Con todo respeto, no le pedí consejo, es mi dinero y es mi hija. Espero las tres semanas y ya", None)
F04_T5 = t("Perfecto. Le programo que al vencimiento se deposite en su cuenta de débito, sin que tenga que venir. Ese día le llega un mensaje.")
F04_C6 = c("Ándale, así está bien", None)

# f05: a vague next step
F05_C0 = c("Buenas, quiero remodelar el baño de arriba, tiene una fuga que ya manchó el techo de la sala", None)
F05_T1 = t("Buenas. Lo primero es la fuga: ¿desde cuándo está la mancha, y se moja más cuando alguien se baña?")
F05_C2 = c("Como dos meses. Sí, cuando se baña mi hijo se ve más mojado. Y ya que le muevo, quiero cambiar el azulejo, está de los ochentas", None)
F05_T3 = t("Entonces son dos trabajos: encontrar y arreglar la fuga, que suele ser la coladera o el tubo de la regadera, y luego el azulejo. Un baño completo así anda entre 45 y 60 mil, según el material.")
F05_C4 = c("Uy, es mucho. ¿Y si nomás arreglan la fuga ahorita y el azulejo después?", "too_expensive")
F05_T5_GOOD = t("Se puede. Voy el sábado a las diez a revisar con un medidor de humedad; la visita cuesta 300 y se descuenta si hacemos el trabajo. Ese mismo día le dejo por escrito el precio de la fuga sola y el del baño completo.")
F05_C6_GOOD = c("Perfecto, el sábado a las diez aquí lo espero", None)
F05_T5_BAD = t("Se puede. Ahí vemos, déjeme revisar la agenda y luego le avisamos cuándo podemos pasar.")
F05_C6_BAD = c("¿Luego cuándo? La mancha está creciendo, no puedo esperar mucho", None)

# f06: over-promises
F06_C0 = c("Buenas tardes, mi hijo va a presentar el examen para la prepa de la UADY en mayo y va mal en mate. ¿Qué cursos tienen?", None)
F06_T1 = t("Buenas tardes. ¿En qué parte de mate se atora, y cuánto tiempo tiene a la semana para estudiar?")
F06_C2 = c("Álgebra sobre todo, las ecuaciones. Tiene las tardes libres, pero en el simulacro sacó cuarenta y tantos de cien. Y el año pasado su primo no quedó", None)
F06_T3 = t("Con cuatro meses y las tardes libres hay tiempo. Tenemos un curso de tres tardes a la semana, con simulacro cada quince días para ver cómo avanza. Son 1,800 al mes.")
F06_C4 = c("¿Y con eso queda?", None)
F06_T5_GOOD = t("Le soy honesta: nadie le puede garantizar el lugar, depende de él y de cuántos aplican. Lo que sí le aseguro es que cada quince días va a ver la calificación de su simulacro, y si no sube, le digo qué más hacer.")
F06_C6_GOOD = c("Me gusta que me lo diga así. Lo inscribo", None)
F06_T5_BAD = t("Claro que queda. Todos nuestros alumnos entran, se lo garantizo; con nosotros sube a noventa sin problema.")
F06_C6_BAD = c("¿Todos? Eso mismo le dijeron a mi hermana en otro curso con el primo, y ya ve, no quedó", "bad_experience")

# f07: closes before checking that the thing works
F07_C0 = c("Hola, busco una silla para el carro, mi bebé nace en un mes", None)
F07_T1 = t("Hola, felicidades. ¿Qué carro tienen, y la silla sería solo para el carro o también para enganchar a la carriola?")
F07_C2 = c("Un Aveo 2012. Y la carriola ya nos la regalaron, es de otra marca", None)
F07_T3 = t("Entonces una silla convertible, que va de recién nacido hasta los cuatro años y se instala con el cinturón, porque su Aveo no trae anclajes ISOFIX. Esta está en 3,400 y tiene buena calificación de seguridad.")
F07_C4 = c("Me gusta. Es mucho dinero, pero es lo de la seguridad", None)
F07_T5_GOOD = t("Antes de cobrarle, ¿tiene el carro aquí afuera? La instalamos ahorita para ver que quede firme en su asiento de atrás; en algunos carros chicos queda muy inclinada.")
F07_C6_GOOD = c("Sí, está en el estacionamiento, vamos", None)
F07_T5_BAD = t("Perfecto, se la cobro. ¿Efectivo o tarjeta? Y le regalo un parasol para la ventana.")
F07_C6_BAD = c("Espéreme, ¿y si no me queda en el Aveo? El asiento de atrás está chiquito", None)

# f08: recommends before asking
F08_C0 = c("Buenas, ¿qué croquetas me recomienda? Mi perro está muy gordo, dice mi hija", None)
F08_T1_GOOD = t("Buenas. ¿Qué edad y raza es, y cuánto pesa más o menos? ¿Lo ha visto el veterinario?")
F08_C2_GOOD = c("Es un salchicha de nueve años, pesa como doce kilos. No lo he llevado. Le doy croquetas del súper y lo que sobra de la comida", None)
F08_T1_BAD = t("Buenas. Llévese estas de control de peso, las premium, son las mejores. El bulto de ocho kilos está en 1,450.")
F08_C2_BAD = c("¡Mil cuatrocientos! Uy no, yo le compro las del súper de trescientos. Es un salchicha de nueve años, y le doy lo que sobra de la comida", "too_expensive")
F08_T3 = t("Un salchicha de doce kilos sí tiene sobrepeso; lo ideal anda en ocho. A esa edad, con el lomo largo, el peso le lastima la columna. Más que la marca, lo que más ayuda es quitarle las sobras y medirle la ración.")
F08_C4 = c("Ay, pero me mira con esos ojitos cuando comemos", None)
F08_T5 = t("Lo sé. Le regalo una taza medidora. Y si quiere, la doctora lo pesa y lo revisa, la consulta es de 350; ella le dice si conviene una croqueta especial o si con la que tiene, sin sobras, basta.")
F08_C6 = c("Va, que lo vea. Lo traigo el sábado", None)

# f09: unexplained jargon
F09_C0 = c("Buenas, estamos viendo una casita en Caucel y queremos saber si nos prestan. Yo trabajo en una maquila y mi esposa tiene su tiendita", None)
F09_T1 = t("Buenas. ¿Cuánto cuesta la casa, y usted tiene Infonavit o sería crédito del banco solo?")
F09_C2 = c("Cuesta 980 mil. Tengo Infonavit, me dijeron que tengo como trescientos mil ahí", None)
F09_T3_GOOD = t("Entonces pueden juntar su crédito de Infonavit con uno del banco para completar; a eso le llaman Cofinavit. El banco presta lo que falta, y lo que pagan al mes depende del interés, que se lo dejamos fijo para que no suba nunca. Con lo que me dice, quedaría alrededor de 6,800 al mes.")
F09_C4_GOOD = c("Ah, ok, le entendí. 6,800 sí lo podemos pagar entre los dos", None)
F09_T3_BAD = t("Entonces lo ideal es un Cofinavit con aforo del noventa por ciento, tasa fija, CAT de 12.4 sin IVA, e Infonavit aporta la subcuenta de vivienda más el crédito. La mensualidad queda en unos 6,800.")
F09_C4_BAD = c("Perdón, ¿aforo? ¿CAT? No le entendí casi nada, joven. ¿Nos prestan o no?", None)
F09_T5 = t("Para estar seguros necesito sus últimos tres recibos de nómina y su precalificación de Infonavit, y revisamos también lo que deja la tiendita de su esposa. Con eso, en una semana le digo cuánto les prestan.")
F09_C6 = c("Va, le traigo los papeles el lunes", None)

# f10: talks about themselves instead of the customer
F10_C0 = c("Buenas tardes, mi esposo y yo nos jubilamos y queremos ir a Chiapas, pero no sabemos ni por dónde empezar", None)
F10_T1 = t("Buenas tardes, qué gusto, felicidades por la jubilación. ¿Cuántos días tienen pensado, y qué les gusta más, naturaleza, pueblos, ruinas?")
F10_C2 = c("Como una semana. A él le gustan las ruinas y a mí los pueblitos y los mercados. Eso sí, mi esposo no aguanta mucho caminar, lo operaron de la cadera", None)
F10_T3_GOOD = t("Entonces ruinas accesibles y pueblos, sin caminatas largas. En Palenque hay partes planas y se va a su ritmo; San Cristóbal para los mercados, con traslados en camioneta. Yo les evitaría Agua Azul, que es de mucha escalera.")
F10_C4_GOOD = c("Eso, sin tanto trajín. ¿Y más o menos cuánto sale?", None)
F10_T3_BAD = t("¡Ay, Chiapas! Yo fui el año pasado con mis amigas, subimos hasta las cascadas de Agua Azul, caminamos como tres horas, una aventura increíble, y en San Cristóbal nos fuimos de fiesta todas las noches. De veras es mi lugar favorito.")
F10_C4_BAD = c("Qué bien... pero le digo que mi esposo no puede caminar mucho. ¿Y más o menos cuánto sale?", None)
F10_T5 = t("Siete días con vuelo a Tuxtla, hoteles céntricos, traslados privados y guía en Palenque andan en unos 28 mil por persona.")
F10_C6 = c("Uy, pues sí es un dinerito. Déjeme platicarlo con él y le hablo", "think_it_over")

PAIRS = [
    rpair(
        "esb58r_f01_puebla_pastel_xv",
        "Puebla, pasteleria. Una mama encarga el pastel de XV anos para 150 invitados; su cunada llevara mesa de postres.",
        better=[F01_C0, F01_T1, F01_C2, F01_T3_GOOD, F01_C4_GOOD, F01_T5, F01_C6, F01_T7],
        worse=[F01_C0, F01_T1, F01_C2, F01_T3_BAD, F01_C4_BAD, F01_T5, F01_C6, F01_T7],
    ),
    rpair(
        "esb58r_f02_guadalajara_celular_garantia",
        "Guadalajara, tienda de celulares. Una clienta regresa un telefono de tres semanas que ya no carga.",
        better=[F02_C0, F02_T1, F02_C2, F02_T3_GOOD, F02_C4_GOOD, F02_T5, F02_C6],
        worse=[F02_C0, F02_T1, F02_C2, F02_T3_BAD, F02_C4_BAD, F02_T5, F02_C6],
    ),
    rpair(
        "esb58r_f03_monterrey_renta_retro",
        "Monterrey, renta de maquinaria. El encargado de una obra en Escobedo pide precio de una retroexcavadora por una semana.",
        better=[F03_C0, F03_T1_GOOD, F03_C2_GOOD, F03_T3, F03_C4, F03_T5, F03_C6, F03_T7],
        worse=[F03_C0, F03_T1_BAD, F03_C2_BAD, F03_T3, F03_C4, F03_T5, F03_C6, F03_T7],
    ),
    rpair(
        "esb58r_f04_cdmx_pagare_boda",
        "CDMX, sucursal bancaria. Una senora quiere retirar su pagare de unos ochenta mil pesos para la boda de su hija.",
        better=[F04_C0, F04_T1, F04_C2, F04_T3_GOOD, F04_C4_GOOD, F04_T5, F04_C6],
        worse=[F04_C0, F04_T1, F04_C2, F04_T3_BAD, F04_C4_BAD, F04_T5, F04_C6],
    ),
    rpair(
        "esb58r_f05_guadalajara_bano_fuga",
        "Guadalajara, contratista de remodelaciones. Un senor quiere remodelar el bano de arriba, que tiene una fuga que mancha el techo de la sala.",
        better=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_GOOD, F05_C6_GOOD],
        worse=[F05_C0, F05_T1, F05_C2, F05_T3, F05_C4, F05_T5_BAD, F05_C6_BAD],
    ),
    rpair(
        "esb58r_f06_merida_curso_uady",
        "Merida, escuela de regularizacion. Una mama busca curso de matematicas para el examen de admision a la prepa de su hijo.",
        better=[F06_C0, F06_T1, F06_C2, F06_T3, F06_C4, F06_T5_GOOD, F06_C6_GOOD],
        worse=[F06_C0, F06_T1, F06_C2, F06_T3, F06_C4, F06_T5_BAD, F06_C6_BAD],
    ),
    rpair(
        "esb58r_f07_monterrey_silla_bebe",
        "Monterrey, tienda de articulos para bebe en San Pedro. Un papa primerizo busca silla para auto; tiene un Aveo 2012.",
        better=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_GOOD, F07_C6_GOOD],
        worse=[F07_C0, F07_T1, F07_C2, F07_T3, F07_C4, F07_T5_BAD, F07_C6_BAD],
    ),
    rpair(
        "esb58r_f08_cdmx_veterinaria_croquetas",
        "CDMX, veterinaria de barrio en Iztacalco. Una senora pide croquetas porque su perro esta gordo.",
        better=[F08_C0, F08_T1_GOOD, F08_C2_GOOD, F08_T3, F08_C4, F08_T5, F08_C6],
        worse=[F08_C0, F08_T1_BAD, F08_C2_BAD, F08_T3, F08_C4, F08_T5, F08_C6],
    ),
    rpair(
        "esb58r_f09_merida_credito_casa",
        "Merida, ejecutivo de credito hipotecario. Un trabajador de maquila y su esposa, con una tiendita, quieren comprar una casa en Caucel.",
        better=[F09_C0, F09_T1, F09_C2, F09_T3_GOOD, F09_C4_GOOD, F09_T5, F09_C6],
        worse=[F09_C0, F09_T1, F09_C2, F09_T3_BAD, F09_C4_BAD, F09_T5, F09_C6],
    ),
    rpair(
        "esb58r_f10_guadalajara_viaje_chiapas",
        "Guadalajara, agencia de viajes. Una pareja recien jubilada quiere ir una semana a Chiapas; el esposo esta operado de la cadera.",
        better=[F10_C0, F10_T1, F10_C2, F10_T3_GOOD, F10_C4_GOOD, F10_T5, F10_C6],
        worse=[F10_C0, F10_T1, F10_C2, F10_T3_BAD, F10_C4_BAD, F10_T5, F10_C6],
    ),
]

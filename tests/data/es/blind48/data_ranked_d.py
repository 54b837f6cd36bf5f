"""Ranked pairs d01-d10: two decent conversations, `better` deeper. Written by hand."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01
op = c("Buenas, joven. ¿Usted es el de la distribuidora nueva? Yo le compro el arroz y el aceite a otro, pero me están llegando tarde.", None)
PAIRS.append(rpair(
    "esb48r_d01_villaconsuelo_colmado_distribuidora",
    "Villa Consuelo, Santo Domingo (RD). Una dueña de colmado recibe al vendedor de una distribuidora nueva; su suplidor le entrega tarde.",
    [
        op,
        t("Buenas, doña, sí, soy Alexis, de Distribuidora Ozama. ¿Qué tan tarde le llegan, qué le pasa al negocio cuando no llega a tiempo, y cuánto arroz y aceite mueve a la semana?"),
        c("A veces martes, a veces jueves, cuando les da la gana. Y cuando se me acaba el arroz, la gente se va pa'l colmado de la esquina y ahí se queda comprando todo. Muevo como diez sacos y tres cajas de aceite; el domingo en la tarde ya estoy raspando.", None),
        t("O sea, que no es solo el arroz: pierde al cliente completo, y el hueco es el domingo. Nosotros pasamos por este sector los viernes en la mañana, fijo. El saco se lo dejo en 2,350 y el aceite en 3,900 la caja. ¿Cómo se compara con lo que paga ahora?"),
        c("El arroz me lo dan a 2,300 allá. Cincuenta pesos más por saco es plata.", "too_expensive"),
        t("Es verdad, son unos 500 a la semana. La pregunta es si un domingo sin arroz le cuesta más que eso. Le propongo un pedido de prueba: cinco sacos este viernes, y el resto sigue con su suplidor. Si llegamos a tiempo cuatro viernes seguidos, hablamos del pedido completo."),
        c("Eso me parece. Cinco sacos el viernes, y vamos viendo.", None),
    ],
    [
        op,
        t("Buenas, doña, sí, soy Alexis, de Distribuidora Ozama. Nosotros tenemos entrega garantizada todas las semanas. ¿Qué productos le compra a ese suplidor?"),
        c("Arroz y aceite, más que na'. Como diez sacos y tres cajas a la semana.", None),
        t("Perfecto. El saco se lo dejo en 2,350 y el aceite en 3,900 la caja. Y si coge los diez sacos, le regalo una caja de salami. Entregamos los viernes."),
        c("El arroz me lo dan a 2,300 allá. Cincuenta pesos más por saco es plata.", "too_expensive"),
        t("La entiendo, pero nosotros no fallamos con la entrega, y el arroz es de primera. Con el salami de regalo casi le queda igual."),
        c("Mmm... ta bien, joven. Déjeme su tarjeta y pase la semana que viene, a ver.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d02
op = c("Buenos días, mijo. Mi vecina me dijo que con el plan de ustedes le dan una tarjeta de 150 pa' comprar en la farmacia. Yo quiero cambiarme a ese.", None)
PAIRS.append(rpair(
    "esb48r_d02_ponce_plan_medico_tarjeta",
    "Oficina de un plan Medicare Advantage, Ponce (PR). Una señora diabética quiere cambiarse de plan por la tarjeta de compras que tiene su vecina.",
    [
        op,
        t("Buenos días, doña. Sí, ese plan tiene la tarjeta de 150 al trimestre. Antes de cambiarla, déjeme preguntarle: ¿qué médicos ve usted regularmente y qué medicamentos toma?"),
        c("Yo veo a la doctora Vélez, la endocrinóloga, por la azúcar, y al generalista del pueblo. Me pongo insulina y tomo la pastilla de la presión.", None),
        t("Gracias. Déjeme chequear... El generalista sí está en ese plan, pero la doctora Vélez no. Si se cambia, tendría que buscar otra endocrinóloga o pagar la visita completa. Y su insulina ahí tiene copago de 35; en el plan que tiene ahora es 0. ¿Qué tanto le importa seguir con la doctora Vélez?"),
        c("Ay no, a la doctora Vélez no la dejo. Ella me tiene la azúcar controlada después de años. Yo no sabía eso, me quedo con el mío.", "no_need"),
        t("Entonces su plan le sale mejor, aunque la tarjeta sea más pequeña. Lo que sí veo es un beneficio que no está usando: su plan incluye 24 viajes al año de transporte a las citas. ¿Le serviría?"),
        c("¿Transporte? Eso sí me sirve, que mi hija no siempre me puede llevar. Qué bueno que pregunté, mijo.", None),
    ],
    [
        op,
        t("Buenos días, doña. Sí, ese plan tiene la tarjeta de 150 al trimestre, más dental completo y espejuelos. Es de los más populares este año."),
        c("Eso me dijo la vecina. ¿Y qué tengo que hacer pa' cambiarme?", None),
        t("Es fácil: estamos en el período de cambio, así que con su tarjeta de Medicare lo hago aquí mismo. ¿Tiene alguna condición o toma medicamentos?"),
        c("La azúcar. Me pongo insulina y la pastilla de la presión. La doctora Vélez me la controla.", None),
        t("Ok, la insulina está cubierta en ese plan, con copago de 35. Le recomiendo confirmar con la oficina de la doctora Vélez si aceptan el plan antes de la primera cita."),
        c("Treinta y cinco... yo ahora no pago na' por la insulina. Déjame pensarlo con mi hija.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d03
op = c("Buenas tardes, le escribo de recursos humanos de una financiera de Santo Domingo. Queremos hacer un retiro de dos días para unas cuarenta personas en octubre.", None)
PAIRS.append(rpair(
    "esb48r_d03_puntacana_retiro_corporativo",
    "Ventas de grupos de un hotel en Punta Cana (RD). La encargada de recursos humanos de una financiera organiza un retiro de 40 empleados tras una fusión.",
    [
        op,
        t("Buenas tardes, con gusto. Antes de mandarle tarifas: ¿qué quieren lograr con el retiro? ¿Premiación, planificación, integración de equipos...?"),
        c("Integración. Nos fusionamos con otra financiera en mayo y los dos equipos todavía no se llevan. Va a haber una mañana de trabajo con el gerente general, y el presupuesto es de unos 250 dólares por persona, todo incluido. Eso no se mueve.", None),
        t("Eso cambia la propuesta. Para integrar funcionan las actividades donde se mezclan sin que parezca forzado: equipos mixtos en una competencia en la playa, una cena sin mesas por departamento. Con 250, el salón para la mañana de trabajo, la actividad y la cena, nos ajustamos si se hospedan en habitación doble; en sencilla no llegamos. ¿Compartir habitación sería un problema?"),
        c("Hmm, compartir habitación con alguien del otro equipo... eso puede ser un lío. Tengo que consultarlo con mi jefe.", "think_it_over"),
        t("Lógico. Le mando dos opciones: doble, dentro de los 250, y sencilla, con la diferencia clara. Y si quiere, una videollamada con usted y su jefe el martes para repasar el programa."),
        c("Perfecto, mándemelas. El martes a las 10 podemos.", None),
    ],
    [
        op,
        t("Buenas tardes, con gusto. Para cuarenta personas tenemos el paquete corporativo: dos días, una noche, salón con audiovisuales, coffee break y cena de gala. Sale en 285 por persona en habitación doble."),
        c("Doscientos ochenta y cinco... nuestro presupuesto es 250 por persona, todo incluido.", "too_expensive"),
        t("Entiendo. Si cambiamos la cena de gala por un buffet en la terraza, quedamos en 248. ¿Qué fechas de octubre tienen en mente?"),
        c("La segunda semana, de jueves a viernes. ¿Tienen actividades para grupos? Queremos que la gente comparta.", None),
        t("Sí, tenemos animadores que hacen juegos en la playa. Le mando hoy mismo la propuesta con el buffet y las actividades."),
        c("Ok, mándela y la reviso con mi jefe.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d04
op = c("Buenas, quería cotizar placas con baterías. Mi esposa se hace diálisis en la casa por las noches, con una máquina, y cuando se va la luz es un problema serio.", None)
PAIRS.append(rpair(
    "esb48r_d04_toabaja_solar_dialisis",
    "Instalador de placas solares y baterías, Toa Baja (PR). Un retirado cuya esposa se dializa en casa de noche quiere respaldo para los apagones.",
    [
        op,
        t("Buenas, gracias por contarme eso, porque cambia cómo hay que diseñarlo. ¿Cuántas horas usa la máquina por noche, y qué más es imprescindible cuando se va la luz: nevera, abanico, algún aire?"),
        c("Unas nueve horas cada noche. La nevera sí, y un abanico en el cuarto. El aire no, yo sé que eso gasta mucho.", None),
        t("Entonces lo principal es que la batería aguante la máquina, la nevera y el abanico toda la noche, aunque al otro día esté nublado: dos baterías de 10 kWh, con un panel aparte solo para esos circuitos. Unos 24 mil instalado. Y le soy honesto: ningún sistema es garantía total si llueve varios días seguidos; registre a su esposa en la lista de pacientes con equipo médico de la compañía de luz y tenga un plan B con su centro de diálisis."),
        c("Veinticuatro mil es mucho pa' mí, yo estoy retirado. Pero lo de la máquina de ella no es juego.", "no_money"),
        t("La entiendo. Hay un crédito contributivo, y algunas cooperativas tienen préstamos verdes a buena tasa. Le dejo la cotización desglosada y una carta con las especificaciones para que la cooperativa la vea, y lo llamo el viernes por si le piden algo más."),
        c("Ta bien. Voy a la cooperativa y hablamos el viernes.", None),
    ],
    [
        op,
        t("Buenas. Con gusto. ¿Cuánto le llega de factura de luz al mes, más o menos?"),
        c("Como 180, 200 en verano.", None),
        t("Con ese consumo le recomiendo 12 placas y una batería de 13 kWh. Le baja la factura casi a cero y tiene respaldo cuando se va la luz. Sale en 28 mil instalado, y se puede financiar a 20 años."),
        c("¿Y la máquina de mi esposa aguanta toda la noche con eso?", None),
        t("Sí, una batería de 13 kWh aguanta bastante; con lo básico conectado, debería pasar la noche sin problema."),
        c("Veintiocho mil... eso es mucho pa' mí. Y a veinte años, a mi edad, yo no sé.", "no_money"),
    ],
))

# ---------------------------------------------------------------- d05
op = c("Saludos. Ando buscando una yipeta usada, algo que no me dé mucho problema. Presupuesto como un millón, un millón cien.", None)
PAIRS.append(rpair(
    "esb48r_d05_santiago_yipeta_finca",
    "Dealer de vehículos usados, Santiago (RD). Un padre de familia busca una yipeta usada; sube cada fin de semana a su finca por un camino de tierra.",
    [
        op,
        t("Saludos, bienvenido. Con ese presupuesto hay varias opciones. ¿Para qué la va a usar más: ciudad, carretera o caminos de tierra? ¿Y cuántos van normalmente?"),
        c("Todos los fines de semana subo a la finca, en Manabao. Los últimos tres kilómetros son de tierra y cuando llueve se pone feo; con el carrito que tengo me quedé pegao la otra vez y me tuvo que sacar un vecino con un tractor. Vamos mi esposa, yo y los tres muchachos.", None),
        t("Entonces necesita 4x4 de verdad, con reducción, buena altura, espacio pa' cinco con bultos, y piezas fáciles de conseguir en Santiago. Le enseñaría dos: una 4Runner 2014 en un millón ochenta y una Montero Sport 2016 en un millón cincuenta. La que le guste, llévela a su mecánico antes de firmar; nosotros no tenemos problema."),
        c("La 4Runner tiene fama, pero un millón ochenta me aprieta. La Montero me queda más cómoda. ¿Puedo probarlas en loma?", "no_money"),
        t("Claro. Aquí cerca está la subida de Gurabo, que tiene un tramo de tierra. Si tiene tiempo, vamos ahora mismo en las dos y usted compara."),
        c("Dale, vamos.", None),
    ],
    [
        op,
        t("Saludos, bienvenido. Con ese presupuesto tengo una CR-V 2017 que está como nueva, en un millón noventa. Es la más vendida, gasta poco y tiene buen valor de reventa."),
        c("Se ve bonita. ¿Esa es 4x4? Porque yo subo a la finca en Manabao y hay un tramo de tierra.", None),
        t("Tiene tracción en las cuatro ruedas automática, le va bien en tierra. Y con un inicial de 30% se la financio a 48 meses."),
        c("Hmm. Mi problema es cuando llueve, que se pone fango. ¿Esa sirve pa' fango de verdad?", None),
        t("Para fango pesado lo ideal es una 4x4 con reducción. Tengo una Montero Sport 2016 en un millón cincuenta, si quiere la ve también."),
        c("Déjeme verlas las dos y lo pienso con mi esposa.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d06
op = c("Hola, buenas. Yo quiero abrir una cuenta. Es que empecé a trabajar en un call center y me dijeron que tengo que tener cuenta pa' que me paguen.", None)
PAIRS.append(rpair(
    "esb48r_d06_santodomingo_banco_primera_cuenta",
    "Sucursal bancaria, Santo Domingo (RD). Una joven con su primer empleo abre su primera cuenta; su padre le manda dinero desde Boston y quiere ahorrar para la universidad.",
    [
        op,
        t("Hola, felicidades por el trabajo. ¿Esta sería tu primera cuenta? ¿Y además del sueldo, piensas recibir otro dinero o usarla pa' algo más?"),
        c("Sí, es la primera. Mi papá a veces me manda desde Boston. Y yo quisiera ahorrar un chin pa' la universidad, pero no sé ni cómo empezar.", None),
        t("Entonces son tres cosas: que te entre el sueldo, recibir lo de tu papá y apartar algo pa' la universidad. Te recomiendo la cuenta de nómina: no pide balance mínimo y la tarjeta de débito es gratis. Al lado puedes abrir un ahorro programado que te pasa automático lo que tú digas cada quincena."),
        c("¿Y cuánto me cobran? Porque a una compañera del trabajo el banco le quitaba hasta por respirar.", "bad_experience"),
        t("Pregunta justa. La de nómina no cobra mensualidad. Lo que sí cobra: 35 pesos por retiro en cajeros de otros bancos y el estado de cuenta en papel; con nuestros cajeros y la app, nada. Lo de tu papá por transferencia llega sin costo de este lado. Y el ahorro programado empieza desde 500 por quincena. ¿Abrimos las dos hoy, o solo la de nómina y el ahorro lo piensas?"),
        c("Las dos. Quinientos por quincena sí puedo.", None),
    ],
    [
        op,
        t("Hola, felicidades por el trabajo. Para eso tenemos la cuenta de ahorro regular. Necesitas tu cédula y un depósito inicial de 1,000 pesos."),
        c("Ok. ¿Y me pueden depositar el sueldo ahí?", None),
        t("Sí, claro. La cuenta pide un balance mínimo de 2,000; si baja de eso hay un cargo de 150 al mes. La tarjeta de débito viene incluida."),
        c("¿Dos mil siempre? Es que yo apenas empiezo, a veces voy a quedar en cero antes de la quincena.", "no_money"),
        t("Entiendo. En ese caso tal vez te conviene la de nómina, que no pide mínimo. Se abre con una carta de tu empresa. ¿Tienes la carta de trabajo?"),
        c("No, esa no la traje. Vuelvo otro día con la carta.", None),
    ],
))

# ---------------------------------------------------------------- d07
op = c("Buenas, vi el anuncio del sistema de punto de venta. Tengo una panadería en Bayamón y la caja registradora vieja ya no da más.", None)
PAIRS.append(rpair(
    "esb48r_d07_bayamon_panaderia_punto_de_venta",
    "Venta de software de punto de venta, Bayamón (PR). La dueña de una panadería familiar quiere cambiar su caja registradora; tiene filas en la mañana y el cuadre no le da.",
    [
        op,
        t("Buenas, gracias por escribir. Antes de enseñarle nada: ¿qué es lo que más le molesta hoy con la caja vieja? ¿Las filas, el cuadre, el inventario...?"),
        c("Las filas de seis a ocho, que la gente se va si ve mucha fila. Y el cuadre, que al final del día nunca me cuadra y no sé si es error o si alguien me está cogiendo. Cobramos tres: mi hija, una empleada y yo. Y yo no soy de computadoras, eh.", None),
        t("Son dos cosas distintas. Pa' las filas: botones rápidos con foto pa' lo que más se vende, pan sobao, café, sándwich de mezcla, y ATH Móvil y tarjeta en el mismo sitio. Pa' el cuadre: el sistema registra quién cobró cada venta y cada vez que se abre la gaveta. Su hija lo configura y usted solo usa la pantalla de cobrar. Son 69 al mes con la tableta, sin contrato, y lo puede probar 30 días: si no le mejora el cuadre ni la fila, lo devuelve sin costo."),
        c("Sesenta y nueve al mes... la caja vieja no me costaba na' al mes. Pero si me arregla el cuadre, vale la pena. Lo pruebo.", "too_expensive"),
        t("Perfecto. Se lo instalo el lunes a las dos, cuando baja el movimiento, y su hija y yo dejamos cargados los productos. La llamo a los quince días a ver cómo va."),
        c("Dale, el lunes.", None),
    ],
    [
        op,
        t("¡Buenas! Claro. Nuestro sistema tiene inventario, reportes de ventas, control de empleados, programa de lealtad, y acepta ATH Móvil y tarjetas. Son 69 al mes con la tableta incluida."),
        c("Suena bien. Mi problema más grande es el cuadre al final del día.", None),
        t("El sistema le da un reporte de cierre con todo: ventas por método de pago, por empleado y por producto. Se lo puedo instalar esta misma semana."),
        c("Sesenta y nueve al mes... la caja vieja no me costaba na' al mes. Y yo no soy de computadoras.", "too_expensive"),
        t("Es bien fácil de usar, y tenemos soporte por teléfono. Si quiere, le mando un video de demostración."),
        c("Mándamelo, que lo vea mi hija, que ella es la que sabe.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d08
op = c("Buenas, necesito internet pa' trabajar desde la casa. Trabajo en un call center bilingüe, remoto, y el internet que tengo se me cae y me están amonestando.", None)
PAIRS.append(rpair(
    "esb48r_d08_sancristobal_internet_teletrabajo",
    "Tienda de internet, San Cristóbal (RD). Una agente de call center remoto pierde la conexión con los apagones y con fallas del servicio; la amonestan en el trabajo.",
    [
        op,
        t("Buenas. Eso es serio si te están amonestando. ¿Qué pasa exactamente cuando se te cae: se va el internet solo, o se va la luz y con ella el router? ¿Y qué te pide la empresa?"),
        c("Las dos cosas. Aquí se va la luz casi todos los días un rato y, aunque tengo inversor, el router no está conectado a eso. Otras veces es el internet solo. La empresa pide mínimo 25 de bajada y por cable, no wifi.", None),
        t("Entonces son dos arreglos: el técnico conecta el router y el equipo de fibra al inversor en la instalación, sin costo; y la fibra es más estable que el cable que tienes. Con 50 megas te sobra pa' la llamada; el de 200 no te da más estabilidad, solo más velocidad. El de 50 es 1,650 al mes, y te dejo un cable de red largo hasta el escritorio."),
        c("Perfecto. ¿Y cuándo me lo ponen? Yo trabajo de 8 a 5, no puedo estar abriendo la puerta en la semana.", "no_time"),
        t("Te lo agendo el sábado en la mañana. Ese día el técnico deja el router en el inversor y hace la prueba de velocidad por cable delante de ti. Como respaldo, si tu celular tiene datos, guarda el hotspot pa' una emergencia."),
        c("El sábado sí. Dale.", None),
    ],
    [
        op,
        t("Buenas. Pa' teletrabajo te recomiendo la fibra de 200 megas, que es la más rápida que tenemos. Es 2,450 al mes."),
        c("¿Doscientos? La empresa pide mínimo 25. Lo que me pasa es que se me cae, no que esté lento.", None),
        t("La fibra es mucho más estable que el cable. Con 200 vas a estar tranquila. Si quieres, el de 100 es 1,950."),
        c("Mil novecientos... es más de lo que pago ahora. ¿Y si se va la luz? Porque aquí se va todos los días.", "too_expensive"),
        t("Si tienes inversor, lo puedes conectar ahí. Te lo instalamos el sábado en la mañana."),
        c("Ok... mándame la info por WhatsApp y yo te escribo.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d09
op = c("Hola, buenas tardes. Mi hijo tiene el College Board en octubre y en matemáticas está flojito. Quería saber de las tutorías.", None)
PAIRS.append(rpair(
    "esb48r_d09_riopiedras_tutorias_college_board",
    "Centro de tutorías, Río Piedras (PR). Una madre busca ayuda en matemáticas para su hijo de undécimo grado, que juega pelota y quiere estudiar ingeniería.",
    [
        op,
        t("Hola, buenas tardes. Claro. ¿Qué le gustaría estudiar a él y a dónde quiere entrar? Eso me dice qué puntuación necesita."),
        c("Quiere ingeniería en el Colegio, en Mayagüez. Dicen que piden un índice alto. Él es buen estudiante, pero el álgebra se le traba.", None),
        t("Entonces la meta está clara. Antes de recomendarle un curso, le haría una prueba diagnóstica gratis de una hora, pa' ver si es solo álgebra o también geometría y lectura de problemas. ¿Qué horario tiene él? Muchos en undécimo están en deportes."),
        c("Juega pelota: práctica lunes, miércoles y viernes hasta las seis, y los sábados juegos. Está complicado.", None),
        t("Entonces martes y jueves a las 6:30. Según el diagnóstico, puede ser el curso completo de 10 semanas, 480, o solo el módulo de álgebra de 5 semanas, 260. Prefiero que lo decidan con el resultado en la mano. ¿Lo traen este jueves a las 6:30?"),
        c("Ah, eso me gusta. Cuatrocientos ochenta ahora mismo no lo tengo, pero doscientos sesenta sí. El jueves lo traigo.", "no_money"),
    ],
    [
        op,
        t("Hola, buenas tardes. Claro. Tenemos el curso intensivo de College Board: 10 semanas, dos veces por semana, con simulacros. Sale en 480."),
        c("Cuatrocientos ochenta... ¿y es solo matemáticas o todo?", None),
        t("Es completo: matemáticas, español, inglés y razonamiento. Los estudiantes suben en promedio 80 puntos. Hay grupos martes y jueves a las 4."),
        c("A las 4 él está en práctica de pelota. Y a él lo que le falta es el álgebra, en lo demás está bien.", None),
        t("Tenemos también el grupo de los sábados en la mañana, de 9 a 12. Podría funcionarle."),
        c("Los sábados juega. Así no se puede.", "no_time"),
    ],
))

# ---------------------------------------------------------------- d10
op = c("Saludo. Dame el veneno más fuerte que tengas, que las papas se me están poniendo feas.", None)
PAIRS.append(rpair(
    "esb48r_d10_constanza_agropecuaria_papas",
    "Agropecuaria, Constanza (RD). Un agricultor pide 'el veneno más fuerte' para unas papas enfermas tras una semana de lluvia y neblina.",
    [
        op,
        t("Saludo, compai. Antes de darle nada, dígame: ¿feas cómo? ¿Manchas en las hojas, hojas comidas, o se están secando las matas? ¿Y cómo ha estado el tiempo?"),
        c("Manchas oscuras en las hojas, como quemadas, y por debajo un polvito blanco. Empezó por una esquina y ya va por media tarea. Una semana entera de lluvia y neblina.", None),
        t("Eso tiene todas las señas de tizón, que es un hongo, no un bicho. Un insecticida no le haría nada; sería botar el dinero. Lo que va es un fungicida sistémico para tizón, alternado con uno de contacto pa' que el hongo no se haga resistente. Pa' su media tarea y el resto preventivo, unos 4,200. Si me trae una hoja en una funda, lo confirmo antes de que gaste."),
        c("¿Cuatro mil doscientos? El año pasado compré uno de 1,800 en la otra agropecuaria y no me sirvió pa' na'.", "bad_experience"),
        t("Eso pasa mucho cuando el producto no es pa' tizón o se aplica tarde. Con este, aplique cada siete días mientras siga la lluvia, arranque las matas más dañadas y sáquelas del campo. Y use guantes y mascarilla. Tráigame la hoja mañana temprano: si no es tizón, no le vendo nada de esto."),
        c("Ta bien. Mañana a las siete le traigo la hoja.", None),
    ],
    [
        op,
        t("Saludo, compai. ¿Qué tiene: bicho u hongo?"),
        c("No sé, manchas oscuras en las hojas. Y ha llovido mucho.", None),
        t("Con tanta lluvia puede ser hongo. Le doy este combo que trae fungicida e insecticida, así cubre las dos cosas. Pa' su siembra son 3,600."),
        c("Tres mil seiscientos... el año pasado compré uno de 1,800 en la otra agropecuaria y no me sirvió pa' na'.", "bad_experience"),
        t("Este es mejor marca. Aplíquelo cada diez días con la mochila, y use guantes y mascarilla."),
        c("Bueno, dámelo, a ver si esta vez funciona.", None),
    ],
))

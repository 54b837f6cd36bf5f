"""Ranked pairs f01-f10 (written by hand): both sides share every turn (the same variables) except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

# --- f01 fault: over-promises --------------------------------------------------------
f01_c0 = c("buenas, quiero poner internet en el apto, me acabo de pasar a suba y no tengo nada", None)
f01_t1 = t("Buenas, bienvenido al barrio. ¿Para qué lo van a usar: trabajo, estudio, televisión? ¿Cuántas personas "
           "son?")
f01_c2 = c("trabajo desde la casa 3 dias a la semana, y mi novia ve series. somos 2", None)
f01_t3 = t("Para dos personas, con teletrabajo y series, el plan de 300 megas les va bien: 79.900 al mes, sin "
           "permanencia. ¿Le sirve ese valor?")
f01_c4 = c("si, esta bien. y cuando lo instalan? el lunes me toca trabajar desde aca", None)
f01_t5_good = t("En Suba ahorita la instalación está entre tres y cinco días hábiles, así que no le puedo garantizar "
                "el lunes. Si le toca trabajar ese día, le sugiero compartir datos del celular. Le agendo la primera "
                "franja disponible y le aviso por mensaje.")
f01_c6_good = c("bueno, gracias por ser claro. agendemelo", None)
f01_t5_bad = t("Tranquilo, se lo instalamos mañana mismo; le garantizo que el lunes ya tiene internet.")
f01_c6_bad = c("uy perfecto, entonces cuento con eso pal lunes, no voy a la oficina. agendemelo", None)
f01_t7 = t("Listo, le llega un mensaje con el número de la orden y la franja de la visita.")

# --- f02 fault: doubts the customer's honesty ---------------------------------------
f02_c0 = c("Buenas, vengo a ver el apartamento de Laureles que publicaron, el de dos alcobas.", None)
f02_t1 = t("Buenas, bienvenida. Sí, es este. Mientras lo recorremos, cuénteme: ¿para cuántas personas sería y desde "
           "cuándo lo necesita?")
f02_c2 = c("Para mí sola y mi gato. Lo necesito desde el primero del otro mes, que me toca entregar donde estoy.",
           None)
f02_t3 = t("Perfecto, en el edificio aceptan mascotas pequeñas. El arriendo es 2.100.000 con administración. ¿Y "
           "cómo sería lo de los papeles: es empleada o independiente?")
f02_c4 = c("Independiente, soy ilustradora, trabajo con clientes de afuera. Gano en promedio unos siete millones, "
           "pero varía de un mes a otro.", None)
f02_t5_good = t("Perfecto. Para independientes la aseguradora pide extractos bancarios de seis meses y la declaración "
                "de renta, si la hace. Con ese promedio, el arriendo queda bien dentro de lo que piden.")
f02_c6_good = c("Sí, declaro renta. Se los mando esta semana.", None)
f02_t5_bad = t("¿Siete millones dibujando? Uy, qué bueno sería. Con todo respeto, aquí mucha gente infla los "
               "ingresos, así que me va a tocar verificarle todo con lupa.")
f02_c6_bad = c("¿Cómo así? Yo no tengo por qué mentirle... Bueno, se los mando, pero la verdad eso me sonó muy feo.",
               None)
f02_t7 = t("Le mando por WhatsApp la lista de documentos y el enlace de la aseguradora.")

# --- f03 fault: unexplained jargon ---------------------------------------------------
f03_c0 = c("Buenas, mi llave. El médico me mandó esto pa la tensión y yo no le entiendo la letra, ¿usted me lo "
           "explica?", None)
f03_t1 = t("Claro que sí. A ver la fórmula... ¿Es la primera vez que toma algo para la tensión?")
f03_c2 = c("Sí, primera vez. Me dio un mareo en el trabajo y me mandaron pal médico.", None)
f03_t3_good = t("Le mandaron amlodipino de 5, una pastilla al día, siempre a la misma hora; es para bajarle la "
                "tensión. A algunas personas les hincha un poquito los tobillos al principio: si le pasa, le avisa "
                "al médico, no la deje por su cuenta.")
f03_c4_good = c("Ah, listo, una al día. ¿Y cuánto vale?", None)
f03_t3_bad = t("Le mandaron amlodipino 5 mg, bloqueador de canales de calcio, QD. Puede dar edema maleolar como "
               "efecto adverso; si aparece, consulte.")
f03_c4_bad = c("¿Bloqueador de qué? ¿Edema qué? Mijo, explíqueme en cristiano. ¿Cuántas me tomo y cuánto vale?",
               None)
f03_t5 = t("Una al día. La caja de treinta, genérica, vale 8.500; le dura el mes.")
f03_c6 = c("Ajá, dámela. ¿Y eso de la tensión se quita?", None)
f03_t7 = t("Eso depende de cada persona y lo define el médico en el control. Tómesela juicioso y no falte al "
           "control que le pongan.")

# --- f04 fault: vague next step ------------------------------------------------------
f04_c0 = c("Buenas tardes. Quiero solicitar una tarjeta de crédito, tengo cuenta aquí hace cinco años.", None)
f04_t1 = t("Buenas tardes, con gusto. ¿Para qué la usaría principalmente?")
f04_c2 = c("Pa emergencias más que todo, y pa la compra grande del mes en el automercado, que a veces no me da la "
           "quincena.", None)
f04_t3 = t("Perfecto. Ahorita el límite inicial es bajo, unos 300 dólares en bolívares, y va subiendo con el uso. "
           "¿Le sirve para empezar?")
f04_c4 = c("Bueno, es poquito, pero pa arrancar está bien.", None)
f04_t5_good = t("Le recibo hoy la planilla, la constancia de trabajo y los tres últimos recibos. La respuesta llega "
                "en diez días hábiles por SMS; si el viernes 22 no le ha llegado nada, me llama a esta extensión y "
                "yo le averiguo.")
f04_c6_good = c("Perfecto, anoto el viernes 22.", None)
f04_t5_bad = t("Le recibo la planilla y los papeles, y cualquier cosa le avisamos.")
f04_c6_bad = c("¿Y más o menos cuándo? La última vez que pedí algo aquí me dijeron lo mismo y nunca me avisaron.",
               "bad_experience")
f04_t7 = t("Gracias por confiar en nosotros. Aquí tiene su comprobante de recepción.")

# --- f05 fault: drops the price before asking anything --------------------------------
f05_c0 = c("Buenas. Vi en Instagram la moto de 150 que tienen en promoción. ¿Todavía está?", None)
f05_t1_good = t("Buenas, sí está. ¿Para qué la necesita: trabajo, la universidad? ¿Ha tenido moto antes?")
f05_c2_good = c("Pa ir al trabajo en la zona industrial, y los fines de semana visitar a mi mamá en Tocuyito. Es la "
                "primera que compro.", None)
f05_t1_bad = t("Buenas, sí está. Está en 1.450, pero se la dejo en 1.300 si se la lleva hoy.")
f05_c2_bad = c("¿Ya me la rebajas así de una? ¿Y eso, tiene algún detalle? Es pa ir al trabajo en la zona "
               "industrial y los fines de semana donde mi mamá en Tocuyito. Es la primera que compro.", None)
f05_t3 = t("Para ese recorrido la 150 le va bien, es estable en carretera. Como es su primera moto, ¿ya tiene "
           "licencia o la está sacando?")
f05_c4 = c("La estoy sacando, me la dan en dos semanas. ¿Me la pueden guardar hasta entonces?", None)
f05_t5 = t("Se la apartamos con 200 dólares y paga el resto al retirarla, con casco y primer servicio incluidos.")
f05_c6 = c("Déjame ver si reúno los 200 esta semana y te aviso, que ando apretado.", "no_money")
f05_t7 = t("Dale, sin problema. Te escribo el viernes a ver cómo vas.")

PAIRS = [
    rpair(
        id="esb70r_f01_bogota_fibra_suba",
        situation="Proveedor de internet, chat, Bogotá. Un cliente recién mudado necesita internet para teletrabajar "
                  "el lunes. Worse promete y garantiza la instalación para mañana sin poder hacerlo (sobrepromete); "
                  "better dice el plazo real y da una salida para el lunes.",
        better=[f01_c0, f01_t1, f01_c2, f01_t3, f01_c4, f01_t5_good, f01_c6_good, f01_t7],
        worse=[f01_c0, f01_t1, f01_c2, f01_t3, f01_c4, f01_t5_bad, f01_c6_bad, f01_t7],
    ),
    rpair(
        id="esb70r_f02_medellin_arriendo_independiente",
        situation="Inmobiliaria, visita a un apartamento en Laureles (Medellín). Una ilustradora independiente cuenta "
                  "cuánto gana. Worse duda en voz alta de que diga la verdad; better le explica qué documentos "
                  "necesita.",
        better=[f02_c0, f02_t1, f02_c2, f02_t3, f02_c4, f02_t5_good, f02_c6_good, f02_t7],
        worse=[f02_c0, f02_t1, f02_c2, f02_t3, f02_c4, f02_t5_bad, f02_c6_bad, f02_t7],
    ),
    rpair(
        id="esb70r_f03_barranquilla_drogueria_tension",
        situation="Droguería, Barranquilla. Un señor con su primera fórmula para la tensión pide que se la expliquen. "
                  "Worse contesta con jerga técnica sin explicar (QD, edema maleolar); better lo dice en palabras "
                  "sencillas.",
        better=[f03_c0, f03_t1, f03_c2, f03_t3_good, f03_c4_good, f03_t5, f03_c6, f03_t7],
        worse=[f03_c0, f03_t1, f03_c2, f03_t3_bad, f03_c4_bad, f03_t5, f03_c6, f03_t7],
    ),
    rpair(
        id="esb70r_f04_caracas_tarjeta_credito",
        situation="Banco, agencia en Caracas. Un cliente de cinco años pide una tarjeta de crédito. Worse cierra con "
                  "un siguiente paso vago ('cualquier cosa le avisamos'); better da plazo, fecha y qué hacer si no "
                  "llega la respuesta.",
        better=[f04_c0, f04_t1, f04_c2, f04_t3, f04_c4, f04_t5_good, f04_c6_good, f04_t7],
        worse=[f04_c0, f04_t1, f04_c2, f04_t3, f04_c4, f04_t5_bad, f04_c6_bad, f04_t7],
    ),
    rpair(
        id="esb70r_f05_valencia_moto_promocion",
        situation="Concesionario de motos, Valencia (Carabobo). Un comprador primerizo pregunta por la moto en "
                  "promoción. Worse rebaja el precio en la primera frase, sin preguntar nada, y el cliente sospecha; "
                  "better pregunta para qué la necesita.",
        better=[f05_c0, f05_t1_good, f05_c2_good, f05_t3, f05_c4, f05_t5, f05_c6, f05_t7],
        worse=[f05_c0, f05_t1_bad, f05_c2_bad, f05_t3, f05_c4, f05_t5, f05_c6, f05_t7],
    ),
]

# --- f06 fault: argues with the customer ----------------------------------------------
f06_c0 = c("Buenas, señorita. Me negaron la cita con el dermatólogo porque dicen que no tengo remisión, pero el médico "
           "general me dijo que él la había mandado por sistema.", None)
f06_t1 = t("Buenas. Revisemos. ¿Me regala su documento?")
f06_c2 = c("Sí, tome. La consulta con el general fue el martes pasado.", None)
f06_t3 = t("Veo la consulta del martes, pero la remisión no aparece cargada en el sistema.")
f06_c4 = c("¡Pero él me dijo que sí la había mandado! Yo lo vi escribiéndola.", None)
f06_t5_good = t("Le creo. A veces el médico la diligencia y no queda firmada en el sistema; pasa más de lo que uno "
                "cree.")
f06_c6_good = c("Ay, menos mal que me cree. ¿Y entonces qué hago? No puedo estar pidiendo permiso en el trabajo a "
                "cada rato.", None)
f06_t5_bad = t("No, señora, si la hubiera mandado aparecería. El sistema no se equivoca; seguro usted entendió mal.")
f06_c6_bad = c("¿Que yo entendí mal? Yo estaba ahí sentada, señorita. ¿Y entonces qué hago? No puedo estar pidiendo "
               "permiso en el trabajo a cada rato.", None)
f06_t7 = t("No tiene que volver: le escribo ya al consultorio del médico general para que la firme hoy, y cuando "
           "aparezca la llamo para darle la cita. ¿Me deja su celular?")

# --- f07 fault: talks about themselves -----------------------------------------------
f07_c0 = c("Hola, ¿qué más? Busco unos tenis pa caminar, que el ortopedista me mandó a caminar por la rodilla.", None)
f07_t1 = t("¡Hola! Con gusto. ¿Cuánto va a caminar y por dónde: calle, loma, caminadora?")
f07_c2 = c("Una hora diaria, por los lados del estadio, en plano. El ortopedista dijo que con buena "
           "amortiguación.", None)
f07_t3_good = t("Con la rodilla, la amortiguación es clave. ¿Sabe si pisa hacia adentro? Mire sus zapatos viejos: "
                "¿se gastan más por dentro o por fuera?")
f07_c4_good = c("Mmm... por dentro, creo. Sí, mire, estos se gastan de este lado.", None)
f07_t3_bad = t("Uy, caminar es lo mejor. Yo empecé a trotar el año pasado, me metí a un grupo de running en el "
               "Atanasio, bajé ocho kilos, corrí la media maratón de Medellín... ¡vieras lo que es eso!")
f07_c4_bad = c("Qué bien por usted, jaja. ¿Pero cuáles me sirven a mí pa la rodilla?", None)
f07_t5 = t("Le muestro estos dos: tienen buena amortiguación y soporte. Unos en 289 y otros en 420.")
f07_c6 = c("Cuatrocientos veinte es mucha plata pa unos tenis. Me mido los de 289.", "too_expensive")
f07_t7 = t("Claro. Camine un poquito por el almacén con ellos puestos y me dice cómo siente la rodilla.")

# --- f08 fault: an unasked lecture -----------------------------------------------------
f08_c0 = c("Buenas, quiero sacar cita con el cardiólogo. Me mandaron a hacer un electro por un chequeo del "
           "trabajo.", None)
f08_t1 = t("Buenas, con gusto. ¿Tiene la orden del médico del trabajo? ¿Y tiene seguro o sería particular?")
f08_c2 = c("La orden la tengo aquí. Seguro tengo, el de la empresa, pero no sé si cubre.", None)
f08_t3 = t("Déjeme ver... sí, su póliza cubre la consulta y el electro con cardiología; solo paga un deducible de 10 "
           "dólares. El doctor tiene cupo el martes a las 9 o el jueves a las 3.")
f08_c4 = c("El martes a las 9 no puedo, tengo una reunión. El jueves a las 3 está bien. Ah, ¿y es verdad que hay que "
           "ir en ayunas? Porque yo sin mi cafecito y mi cigarro de la mañana no soy nadie, jaja.", "no_time")
f08_t5_good = t("Para el electro no hace falta ayuno, puede desayunar normal.")
f08_c6_good = c("Ah, perfecto. Ahí estaré.", None)
f08_t5_bad = t("Para el electro no hace falta ayuno. Pero le digo una cosa: ese cigarro le está haciendo daño. El "
               "cigarrillo es de las primeras causas de infarto, debería dejarlo ya, y el café también le sube la "
               "tensión. Piense en su familia.")
f08_c6_bad = c("Eh... bueno, gracias, mija, yo vine fue por la cita. Pa regaños ya tengo a mi mujer.", None)
f08_t7 = t("Le queda el jueves a las 3 con el doctor Marcano. Venga quince minutos antes con la orden y el carnet "
           "del seguro.")

# --- f09 fault: recommends before asking -----------------------------------------------
f09_c0 = c("Buenas, ajá. Mi comadre me dijo que aquí tienen ahorro pa la Navidad, y yo quiero empezar a guardar "
           "algo.", None)
f09_t1_good = t("Buenas, bienvenida. Sí, tenemos varias formas de ahorro. ¿Para qué quiere ahorrar, y cada cuánto "
                "podría guardar algo: por quincena, por semana?")
f09_c2_good = c("Pa los regalos de diciembre y el estreno de los pelaos. Yo vendo fritos en la mañana, me entra plata "
                "todos los días, poquita.", None)
f09_t1_bad = t("Buenas, bienvenida. Le recomiendo nuestro CDAT a un año, con 500 mil de apertura; es el que más "
               "rinde.")
f09_c2_bad = c("¿Quinientos mil de una? No, mija, yo no tengo eso. Yo vendo fritos en la mañana, me entra plata "
               "poquita todos los días, y es pa los regalos de diciembre.", "no_money")
f09_t3 = t("Para eso le sirve el ahorro navideño: abre con 20 mil, consigna lo que pueda cuando pueda hasta "
           "noviembre, y el 1 de diciembre se lo entregamos con intereses.")
f09_c4 = c("¿Y si un día necesito sacar algo antes? A veces se me enferma un pelao.", None)
f09_t5 = t("Puede retirar antes; solo pierde los intereses de lo que saque, el ahorro no se lo quita nadie.")
f09_c6 = c("Ah, bueno, así sí. ¿Y tengo que venir hasta acá cada vez?", None)
f09_t7 = t("No, puede consignar por Nequi o en el corresponsal de la tienda de la esquina, con su número de cuenta.")

# --- f10 fault: closes before checking the thing works ---------------------------------
f10_c0 = c("Buenas, quiero un punto de venta pa mi bodegón. Los clientes me lo piden mucho y estoy perdiendo "
           "ventas.", None)
f10_t1 = t("Buenas, con gusto. ¿Qué conexión tiene en el bodegón: wifi, datos del teléfono?")
f10_c2 = c("Wifi, pero de una compañía chiquita que se cae a cada rato. Y la señal de celular ahí es malísima, "
           "estamos en un sótano.", None)
f10_t3 = t("El punto inalámbrico trabaja con wifi o con chip de datos. La mensualidad es de 15 dólares y la comisión "
           "de 1,5 % por venta.")
f10_c4 = c("Quince más la comisión... bueno, si vendo más, se paga solo.", None)
f10_t5_good = t("Antes de firmar, mañana le llevo un equipo de prueba y hacemos tres o cuatro transacciones con su "
                "wifi y con chip, para ver cuál aguanta en el sótano. Si ninguna sirve, no le hago firmar nada.")
f10_c6_good = c("Eso me parece serio. Mañana a las diez, antes de que llegue la gente.", None)
f10_t5_bad = t("Perfecto, entonces firme aquí y en ocho días le llega el equipo configurado. Funciona en cualquier "
               "lado.")
f10_c6_bad = c("¿En cualquier lado? En el sótano ni los mensajes me llegan... Bueno, firmo, pero si no sirve lo "
               "devuelvo, ¿ok?", None)
f10_t7 = t("De acuerdo. Le dejo mi número para cualquier cosa con el equipo.")

PAIRS += [
    rpair(
        id="esb70r_f06_bogota_eps_remision",
        situation="EPS, atención al usuario, Bogotá. A una afiliada le niegan la cita con dermatología porque la "
                  "remisión no aparece. Worse discute con ella y le dice que entendió mal; better le cree y explica "
                  "por qué pasa.",
        better=[f06_c0, f06_t1, f06_c2, f06_t3, f06_c4, f06_t5_good, f06_c6_good, f06_t7],
        worse=[f06_c0, f06_t1, f06_c2, f06_t3, f06_c4, f06_t5_bad, f06_c6_bad, f06_t7],
    ),
    rpair(
        id="esb70r_f07_medellin_tenis_rodilla",
        situation="Almacén deportivo, Medellín. Un cliente busca tenis para caminar por recomendación del ortopedista. "
                  "Worse se pone a hablar de sus propias carreras en vez de preguntar; better pregunta por la pisada.",
        better=[f07_c0, f07_t1, f07_c2, f07_t3_good, f07_c4_good, f07_t5, f07_c6, f07_t7],
        worse=[f07_c0, f07_t1, f07_c2, f07_t3_bad, f07_c4_bad, f07_t5, f07_c6, f07_t7],
    ),
    rpair(
        id="esb70r_f08_caracas_cita_cardiologo",
        situation="Clínica privada, recepción, Caracas. Un paciente pide cita con cardiología para un electro del "
                  "chequeo laboral y bromea con su café y su cigarro. Worse le suelta un sermón que no pidió; better "
                  "responde solo lo que preguntó.",
        better=[f08_c0, f08_t1, f08_c2, f08_t3, f08_c4, f08_t5_good, f08_c6_good, f08_t7],
        worse=[f08_c0, f08_t1, f08_c2, f08_t3, f08_c4, f08_t5_bad, f08_c6_bad, f08_t7],
    ),
    rpair(
        id="esb70r_f09_barranquilla_ahorro_navideno",
        situation="Cooperativa, Barranquilla. Una vendedora de fritos quiere ahorrar para diciembre. Worse recomienda "
                  "un CDAT de 500 mil antes de preguntar nada; better pregunta para qué y cada cuánto puede ahorrar.",
        better=[f09_c0, f09_t1_good, f09_c2_good, f09_t3, f09_c4, f09_t5, f09_c6, f09_t7],
        worse=[f09_c0, f09_t1_bad, f09_c2_bad, f09_t3, f09_c4, f09_t5, f09_c6, f09_t7],
    ),
    rpair(
        id="esb70r_f10_valencia_punto_venta_bodegon",
        situation="Proveedor de puntos de venta, Valencia (Carabobo). Un bodegón en un sótano con mala señal quiere "
                  "un punto de venta. Worse lo hace firmar sin probar que el equipo funcione allí; better propone "
                  "una prueba antes de firmar.",
        better=[f10_c0, f10_t1, f10_c2, f10_t3, f10_c4, f10_t5_good, f10_c6_good, f10_t7],
        worse=[f10_c0, f10_t1, f10_c2, f10_t3, f10_c4, f10_t5_bad, f10_c6_bad, f10_t7],
    ),
]

"""Gaming pairs, part B (written by hand for es_blind72, prefix esb72)."""
from common import c, gpair, t

# ---------------------------------------------------------------------------
# b01 ignored_customer - Castro (Chiloé), motores fuera de borda
_b01_open = c("Buenas, ¿cómo le va? Vengo a ver un motor fuera de borda, el mío ya tiene como quince años y me deja "
              "botado cada dos por tres.", None)

B01 = gpair(
    "esb72g_castro_motor_fuera_borda",
    "Tienda de motores y artículos de pesca, Castro (Chiloé)",
    "ignored_customer",
    "Un pescador artesanal de Castro va a una tienda de motores y artículos de pesca a ver un fuera de borda para su bote de madera.",
    [
        _b01_open,
        t("Buenas, bienvenido. Cuénteme, ¿qué motor tiene ahora y en qué bote lo usa? ¿Sale a pescar o más a mariscar?"),
        c("Un quince caballos, dos tiempos. El bote es de madera, de seis metros, pues. Salgo a la merluza y a veces "
          "llevo gente a Quinchao.", None),
        t("Ya. Bote de seis metros, pesca y algo de pasajeros. Para eso un veinte o un veinticinco de cuatro tiempos le "
          "anda bien, y gasta harto menos bencina que el dos tiempos. ¿Qué presupuesto anda trayendo?"),
        c("Ahí está el problema. No tengo más de dos millones y medio, y los nuevos que vi en Puerto Montt pasaban los "
          "tres y medio.", "no_money"),
        t("Entiendo. Con dos y medio veo dos caminos: un veinte caballos cuatro tiempos usado, revisado acá en el taller "
          "y con seis meses de garantía, que lo tengo en dos millones trescientos; o postular a los concursos de apoyo a "
          "la pesca artesanal que financian motores, que abren en marzo. Hay pescadores de acá que se lo han ganado."),
        c("Lo de los concursos no sabía. Pero no puedo esperar a marzo, este motor me deja tirado en cualquier momento.", None),
        t("Entonces veamos el usado. Se lo muestro ahora, y si quiere el sábado lo probamos en el muelle con su bote. Y "
          "le anoto lo del concurso para cuando le toque cambiar el próximo."),
        c("Ya, muéstremelo.", None),
    ],
    [
        _b01_open,
        t("Buenas, bienvenido. Cuénteme, ¿qué uso le da al motor? Quiero entender bien sus necesidades."),
        c("Salgo a la merluza y a veces llevo gente a Quinchao. Bote de madera, de seis metros.", None),
        t("Perfecto. ¿Y qué presupuesto maneja?"),
        c("No tengo más de dos millones y medio, eso es lo que hay.", "no_money"),
        t("Excelente. Mire, le quiero mostrar este de cuarenta caballos, inyección electrónica, trim hidráulico. Es lo "
          "último que nos llegó."),
        c("Pero ese es pa una lancha grande, pues. Mi bote es de madera, de seis metros, le va a quedar grande.", "no_need"),
        t("Buena observación. ¿Y qué otras cosas son importantes para usted en un motor?"),
        c("Que no gaste tanta bencina y que me alcance la plata, le estoy diciendo.", None),
        t("Perfecto. Con este de cuarenta va a tener potencia de sobra para lo que sea. Sale cuatro millones novecientos, "
          "pero se lo dejo en cuotas con tarjeta. ¿Le preparo la boleta?"),
        c("No, no. Usted no me escuchó nada. Voy a ver al taller de don Lucho.", None),
    ],
)

# ---------------------------------------------------------------------------
# b02 repeated_questions - Viña del Mar, seguro de contenido
_b02_open = c("Hola, buenas. Quería cotizar un seguro para las cosas de mi depa. Arriendo en Viña, y la semana pasada "
              "entraron a robar a dos departamentos del edificio.", None)

B02 = gpair(
    "esb72g_vinadelmar_seguro_contenido",
    "Corredora de seguros, atención telefónica, Viña del Mar",
    "repeated_questions",
    "Una contadora independiente que arrienda un departamento en Viña del Mar llama a una corredora para asegurar sus cosas tras robos en su edificio.",
    [
        _b02_open,
        t("Hola, buenas tardes, habla Ignacio. Qué susto lo del edificio. Como usted arrienda, la estructura la asegura el "
          "dueño, así que lo suyo sería un seguro de contenido. ¿Qué cosas le preocupan más, y cuánto valen más o menos?"),
        c("Eh, el notebook, que es mi pega, soy contadora independiente. La tele, la bici, y unas joyas de mi abuela que "
          "valen más por cariño que por plata. Todo junto, no sé, unos cuatro millones.", None),
        t("Ya. El notebook y la bici entran sin problema. Con las joyas, ojo: la mayoría de las pólizas las cubre solo "
          "hasta un tope y hay que declararlas. Y si el notebook es su herramienta de trabajo, conviene cubrirlo también "
          "fuera de la casa. ¿Lo saca seguido?"),
        c("Sí, a veces trabajo en cafés. ¿Y cuánto me saldría? Porque no quiero pagar un dineral, ya pago harto de "
          "arriendo.", "no_money"),
        t("Le cotizo dos opciones: contenido solo en la casa, unos catorce mil mensuales, y con el notebook cubierto "
          "afuera, unos diecinueve mil. Se las mando por correo con lo que cubre y lo que no, bien clarito, y usted "
          "elige. ¿A qué correo?"),
        c("Ya, mándamelas a constanza.rojas arroba gmail. Las reviso en la noche.", None),
    ],
    [
        _b02_open,
        t("Hola, buenas tardes, habla Ignacio. Para empezar, cuénteme, ¿qué es lo más importante para usted en un seguro?"),
        c("Que me cubra si me roban, po. El notebook sobre todo, trabajo con él.", None),
        t("Perfecto. ¿Y qué es lo que más le preocupa proteger?"),
        c("El notebook, le acabo de decir. Y unas joyas de mi abuela.", None),
        t("Entiendo. Déjeme preguntarle, ¿qué cosas tiene en el departamento que le gustaría asegurar?"),
        c("Oiga, el notebook, la tele, la bici y las joyas. Ya se lo dije.", None),
        t("Muy bien. Y para entender sus necesidades: si pudiera elegir, ¿qué le gustaría que cubriera su seguro?"),
        c("Mire, no tengo toda la tarde, estoy en horario de trabajo. ¿Me puede dar un precio o no?", "no_time"),
        t("Claro, enseguida. Solo una última pregunta para conocerla mejor: ¿qué es lo que más valora de un seguro?"),
        c("Es la misma pregunta del principio. Sabe qué, mándeme algo por correo y chao.", "brush_off"),
    ],
)

# ---------------------------------------------------------------------------
# b03 wrong_paraphrase - Bariloche, agencia de excursiones
_b03_open = c("Buenas tardes, queríamos ver alguna excursión para caminar un poco. Nosotros ya tenemos nuestros añitos, "
              "¿eh? Y él tiene la rodilla operada.", None)

B03 = gpair(
    "esb72g_bariloche_excursion_jubilados",
    "Agencia de excursiones, centro de Bariloche",
    "wrong_paraphrase",
    "Una pareja de jubilados de Rosario entra a una agencia de excursiones de Bariloche buscando una caminata tranquila.",
    [
        _b03_open,
        t("Buenas tardes, bienvenidos. ¿Cuánto les gusta caminar en un día normal, más o menos? ¿Una hora, dos? Y la "
          "rodilla, ¿le molesta más en la subida o en la bajada?"),
        c("Y, él camina una hora bien, en llano. La bajada es lo que más le cuesta. Nos gustaría ver un lago, algo "
          "lindo, no subir montañas.", None),
        t("Entonces nada de Refugio Frey ni de cerros con bajadas largas. Para ustedes está el Bosque de Arrayanes: se "
          "llega en catamarán y hay una pasarela de madera casi plana, una hora y media ida y vuelta. También la senda "
          "a la Cascada Los Alerces, que es cortita."),
        c("Ay, lo del catamarán suena lindo. ¿Cuánto sale? Porque nos dijeron que acá todo está en dólares.", None),
        t("Se paga en pesos: $95.000 por persona con el traslado desde el hotel, y los jubilados tienen un 15% de "
          "descuento con el carnet. Sale a las diez y vuelve a las cuatro. Si hay mucho viento se suspende y se devuelve todo."),
        c("Mirá vos… Lo charlamos esta noche y mañana te confirmamos, que él hoy está cansado.", "think_it_over"),
        t("Perfecto, descansen. Mañana abro a las nueve; si reservan antes de las seis todavía hay lugar para el jueves. "
          "Les dejo el folleto con el mapa de la pasarela."),
        c("Gracias, querido, muy amable.", None),
    ],
    [
        _b03_open,
        t("Buenas tardes, bienvenidos. Cuéntenme, ¿qué tipo de experiencia están buscando en Bariloche?"),
        c("Algo tranquilo, caminar un poquito y ver un lago. Nada de montaña, por la rodilla de él.", None),
        t("Perfecto, entonces si entiendo bien, lo que ustedes buscan es un desafío, algo de montaña para sentirse "
          "activos. Tenemos el trekking al Refugio Frey, seis horas con noche en el refugio. Es eso, ¿no?"),
        c("No, no, le dije nada de montaña. Él tiene la rodilla operada.", "no_need"),
        t("Claro, claro. O sea que la rodilla ya está recuperada y quieren probarse. Me encanta. Para eso lo ideal es la "
          "travesía de dos días al Tronador, con guía y porteador."),
        c("¿Usted me está escuchando? Dos días caminando no puede ni loco. Y eso debe salir una fortuna.", "too_expensive"),
        t("Perfecto, entonces lo que escucho es que el presupuesto no es problema si la experiencia vale la pena. "
          "¿Les reservo el Tronador para el sábado?"),
        c("Yo nunca dije eso. Vamos, Carlos, preguntamos en la agencia de al lado.", None),
    ],
)

# ---------------------------------------------------------------------------
# b04 pitch_to_upset - Puerto Montt, seguro de vida de un padre fallecido
_b04_open = c("Aló, buenos días. Eh… llamo porque mi papá falleció el domingo, y tenía un seguro de vida con ustedes. "
              "No sé muy bien qué tengo que hacer.", None)

B04 = gpair(
    "esb72g_puertomontt_seguro_vida_fallecimiento",
    "Compañía de seguros de vida, atención telefónica, Puerto Montt",
    "pitch_to_upset",
    "Una mujer de Puerto Montt llama a la compañía del seguro de vida de su padre, que murió hace cuatro días, para saber qué trámites hacer.",
    [
        _b04_open,
        t("Buenos días. Lo siento mucho, de verdad. Vamos con calma, yo la voy guiando. ¿Me puede dar el RUT de su papá "
          "para encontrar la póliza?"),
        c("Sí… es el 6.234.871-K. Perdone, estoy medio ida, estos días han sido muy largos.", None),
        t("No se preocupe, tómese su tiempo. Ya encontré la póliza: usted y su hermano son los beneficiarios. Para el "
          "pago necesitamos el certificado de defunción, copia del carnet de los dos y una cuenta bancaria. Todo se "
          "puede mandar por correo, no tiene que venir a la oficina."),
        c("Ah, qué bueno, porque mi hermano vive en Punta Arenas. ¿Y cuánto se demora? Es que el funeral lo tuvimos que "
          "pagar con tarjeta…", None),
        t("Con los documentos completos, el pago sale en máximo quince días hábiles. Le mando ahora un correo con la "
          "lista exacta y mi nombre, Verónica, para que me escriba directo a mí y no tenga que explicar todo de nuevo. "
          "¿A qué correo se lo envío?"),
        c("A paula.vera, todo junto, arroba hotmail punto com. Muchas gracias, de verdad.", None),
    ],
    [
        _b04_open,
        t("Buenos días, lamento mucho su pérdida. Para ayudarla, ¿me puede dar el RUT de su papá?"),
        c("Sí… es el 6.234.871-K. Perdone, estoy medio ida, estos días han sido muy largos.", None),
        t("La entiendo perfectamente. Ya encontré la póliza. Mire, le cuento algo importante, porque justamente en "
          "momentos así es cuando más se valora: ¿usted tiene seguro de vida propio? Tenemos un plan familiar con "
          "treinta por ciento de descuento este mes."),
        c("Eh… no, no tengo. Pero no estoy para pensar en eso ahora. Solo quiero saber qué hago con lo de mi papá.", "no_time"),
        t("Claro, claro. Pero piense en sus hijos: ¿quién los protegería si a usted le pasara algo? Su papá fue muy "
          "previsor, y usted podría seguir su ejemplo. Le tomo los datos al tiro, es un minutito."),
        c("Señorita, ayer enterré a mi papá. ¿Me puede decir qué papeles necesito, o no?", None),
        t("Sí, certificado de defunción y carnet. Entonces, ¿le dejo agendada una asesoría para el plan familiar? Es "
          "sin compromiso."),
        c("No. Voy a ir a la oficina a hablar con otra persona.", None),
    ],
)

# ---------------------------------------------------------------------------
# b05 blame - Coyhaique, estufa de combustión lenta
_b05_open = c("Hola, buenas. Ustedes me instalaron una combustión lenta hace un mes y se me llena la casa de humo cada "
              "vez que abro la puerta para echarle leña. Tengo a mi hija chica con tos.", None)

B05 = gpair(
    "esb72g_coyhaique_combustion_lenta_humo",
    "Venta e instalación de estufas a leña, Coyhaique",
    "blame",
    "Un profesor de Coyhaique llama a la empresa que le instaló una estufa de combustión lenta hace un mes porque el humo se devuelve a la casa.",
    [
        _b05_open,
        t("Buenas, don Andrés. Humo adentro con una niña chica no puede esperar, lo vemos ahora. Cuando se llena de humo, "
          "¿es solo al abrir la puerta, o también con la puerta cerrada? ¿Y pasa más los días de viento?"),
        c("Solo al abrir. Y sí, ahora que lo dice, los días de viento es peor.", None),
        t("Ya, eso apunta al tiraje. Puede ser que el cañón haya quedado corto respecto al techo, o el sombrerete, que con "
          "el viento de acá devuelve el humo. También pasa con leña húmeda, pero no quiero adivinar: ¿la leña que usa es seca, de este año?"),
        c("La compré seca, con sello, a un proveedor certificado. Me salió el doble que la de la calle, así que espero "
          "que esté seca, jaja.", None),
        t("Bien, entonces lo más probable es la instalación, y eso es responsabilidad nuestra. Le mando al técnico a "
          "medir el cañón y revisar el sombrerete, sin costo. Mientras, abra el tiraje al máximo un minuto antes de "
          "abrir la puerta, y ábrala lento. ¿Puede mañana en la tarde?"),
        c("Mañana trabajo hasta las cinco y media. ¿Tiene el sábado?", "no_time"),
        t("El sábado a las diez tengo. Si hay que alargar el cañón se hace ahí mismo, los materiales los llevamos "
          "nosotros. Le confirmo por WhatsApp el viernes."),
        c("Ya, sábado a las diez. Gracias.", None),
    ],
    [
        _b05_open,
        t("Buenas, don Andrés. Para entender bien su necesidad: ¿qué leña está quemando usted?"),
        c("Leña seca, con sello, de proveedor certificado.", None),
        t("Ya. Porque mire, en el noventa por ciento de los casos el humo es porque el cliente quema leña húmeda o la "
          "carga mal. ¿Está seguro de que está seca, o es de esa que venden en la calle?"),
        c("Le acabo de decir que es certificada, la pagué al doble. El problema es cuando abro la puerta.", None),
        t("Claro, lo que me está diciendo es que abre la puerta con el tiraje cerrado, ¿cierto? Eso es un error de uso, "
          "sale en el manual. Nosotros la instalamos según norma, eso se lo garantizo."),
        c("Nadie me explicó nada del tiraje cuando la instalaron. Y tengo a mi hija con tos, no es broma.", None),
        t("Entiendo su preocupación. Pero si no leyó el manual no es responsabilidad de la empresa. Si quiere le "
          "mandamos un técnico, pero la visita se cobra, treinta y cinco mil. ¿Cómo evalúa nuestra atención hasta ahora?"),
        c("¿Me van a cobrar por arreglar lo que ustedes instalaron mal? Ni muerto. Voy a reclamar al Sernac.", None),
    ],
)

# ---------------------------------------------------------------------------
# b06 monologue - Valparaíso, software de reservas para hostal
_b06_open = c("Hola, ¿qué tal? Mire, tengo un hostal chiquito en el cerro Concepción, ocho piezas, y se me están cruzando "
              "las reservas de Booking con las de Airbnb. La semana pasada tuve dos parejas para la misma pieza.", None)

B06 = gpair(
    "esb72g_valparaiso_software_hostal",
    "Empresa de software de reservas para alojamientos, Valparaíso",
    "monologue",
    "La dueña de un hostal de ocho piezas en el cerro Concepción llama a una empresa de software porque se le cruzan las reservas de distintas páginas.",
    [
        _b06_open,
        t("Hola, qué tal, habla Felipe. Uy, tener dos parejas en la puerta es lo peor. ¿Cómo lleva las reservas hoy? "
          "¿En un cuaderno, en una planilla?"),
        c("En una planilla de Excel, y yo misma bloqueo las fechas en cada página. Pero cuando entra una reserva a las "
          "dos de la mañana, no alcanzo.", None),
        t("Claro, el problema es el rato entre que entra una reserva y usted bloquea la otra página. Lo que hace un "
          "sistema como el nuestro es sincronizar Booking y Airbnb solo, en minutos. ¿Recibe también reservas directas, "
          "por WhatsApp o por teléfono?"),
        c("Sí, harto por WhatsApp, gente que ya vino. Pero oiga, yo no me llevo bien con la tecnología, ya probé una "
          "aplicación de esas y era un enredo, terminé volviendo al Excel.", "bad_experience"),
        t("Le agradezco que me lo diga. El plan básico es solo el calendario: ve las ocho piezas en una grilla, y cuando "
          "le escriben por WhatsApp anota ahí, igual que en el Excel. Nada más. Y la configuración inicial se la hacemos "
          "nosotros en una videollamada."),
        c("¿Y cuánto cuesta eso? Porque en temporada baja el hostal apenas se paga solo.", None),
        t("Veintinueve mil al mes más IVA hasta diez piezas, sin contrato anual: si en invierno no le sirve, lo da de "
          "baja. El primer mes es de prueba, gratis. Le propongo probarlo con las reservas de septiembre, que es cuando "
          "más se le llena."),
        c("Mmm, veintinueve lucas al mes para mí no es poco. Déjeme sacar la cuenta de cuánto perdí con la pareja que "
          "tuve que reubicar.", "think_it_over"),
        t("Me parece muy bien que saque esa cuenta. Le mando el link de prueba y un video de cinco minutos, y si le hace "
          "sentido, el jueves hacemos la configuración. ¿Le escribo el miércoles en la tarde?"),
        c("Ya, escríbame el miércoles.", None),
    ],
    [
        _b06_open,
        t("¡Hola! Qué bueno que llamó, habla Felipe. Mire, esto que me cuenta es súper común, y por eso creamos HostalPro, "
          "la plataforma número uno para alojamientos pequeños en Chile. Tenemos channel manager con más de cuarenta "
          "canales, motor de reservas para su web, pasarela de pagos, check-in online, facturación electrónica integrada, "
          "reportes de ocupación, tarifa dinámica con inteligencia artificial…"),
        c("Eh, perdone, yo lo único que quiero es que no se me crucen las…", None),
        t("¡Exacto! Y para eso está el channel manager. Pero además, y esto es lo que enamora a nuestros clientes, la "
          "tarifa dinámica le sube el precio sola cuando hay alta demanda, como en Año Nuevo en Valpo, que usted sabe que "
          "se repleta. Los hostales que la usan aumentan sus ingresos hasta un treinta por ciento. El plan Pro, que es el "
          "que le recomiendo, trae todo eso por ochenta y nueve mil al mes, con una relación de acompañamiento permanente."),
        c("¿Ochenta y nueve mil? Mire, en invierno el hostal apenas se paga solo. No me alcanza para eso.", "no_money"),
        t("La entiendo perfectamente, y por eso el Pro se paga solo con lo que va a ganar en Año Nuevo. Además le "
          "instalamos la app en el celular, le llegan notificaciones, reportes semanales, soporte por chat veinticuatro "
          "siete, capacitaciones mensuales por Zoom… ¿Qué le parece si partimos el lunes?"),
        c("No, mejor no. Ya probé una de esas aplicaciones y era un enredo. Sigo con mi Excel.", "bad_experience"),
    ],
)

# ---------------------------------------------------------------------------
# b07 closing_as_open_question - Santiago (Gran Avenida), automotora de usados
_b07_open = c("Wena, buenas. Ando viendo un auto pa trabajar en aplicación, algo que gaste poco. No tengo mucho pa'l "
              "pie eso sí.", "no_money")

B07 = gpair(
    "esb72g_santiago_automotora_usados_app",
    "Automotora de autos usados, Gran Avenida (Santiago)",
    "closing_as_open_question",
    "Un joven de San Bernardo que trabaja como conductor de aplicación visita una automotora de usados para ver un auto con el que trabajar.",
    [
        _b07_open,
        t("Buenas, ¿cómo estái? Soy Javier. ¿Pa qué aplicación pensai trabajar? Porque algunas piden auto de cierto año "
          "pa arriba."),
        c("Uber y DiDi. Me dijeron que piden del 2017 pa arriba. Y que sea sedán, con aire.", None),
        t("Ya, entonces descartamos todo lo anterior al 2017. ¿Cuánto tenís pa'l pie y cuánto podrías pagar de cuota al "
          "mes sin ahorcarte?"),
        c("Tengo como un millón ahorrado. De cuota, no sé, doscientos mil máximo. Pero hermano, el mes pasado me "
          "rechazaron un crédito en otra automotora porque no tengo contrato.", "bad_experience"),
        t("Eso pasa harto con los que trabajan a boleta. Hay financieras que aceptan las liquidaciones de la aplicación "
          "de los últimos meses. ¿Hace cuánto estás trabajando en esto?"),
        c("Cuatro meses no más en la aplicación. Antes trabajaba en una bodega con contrato.", None),
        t("Con cuatro meses puede que no alcance, no te voy a mentir. Lo que hago es mandar tus papeles a preevaluación "
          "hoy, sin costo, y mañana te digo si pasa. Si no pasa, vemos si te conviene juntar un poco más de pie antes. "
          "¿Te parece?"),
        c("Ya, dale. Te mando los papeles por WhatsApp.", None),
    ],
    [
        _b07_open,
        t("Buenas, bienvenido. Cuéntame, ¿qué te haría salir manejando un auto hoy mismo?"),
        c("Jaja, no sé po, que me alcance la plata. Tengo como un millón no más.", "no_money"),
        t("Perfecto. Mira este Corolla 2018, impecable. ¿Lo prefieres en gris o te muestro el blanco que llegó ayer?"),
        c("Eh… ¿y cuánto sale? Es que hace poco me rechazaron un crédito.", "bad_experience"),
        t("Ocho novecientos, pero eso lo resolvemos. ¿Qué necesitarías ver en este auto para firmar la promesa hoy?"),
        c("Ocho novecientos es mucho pa mí, hermano. Yo andaba buscando algo de seis, seis y medio.", "too_expensive"),
        t("Te entiendo. ¿Y qué día prefieres retirarlo, el viernes o el sábado? Así te lo dejo lavadito."),
        c("No, voy a seguir mirando. Gracias igual.", "brush_off"),
    ],
)

# ---------------------------------------------------------------------------
# b08 pitch_as_paraphrase - Osorno, estanque de frío de lechería
_b08_open = c("Aló, oiga, buenas. Habla Hernán Schwerter, del fundo Las Quemas. El estanque de frío no me está enfriando "
              "bien, la leche está quedando a ocho grados y la planta me la va a rechazar.", None)

B08 = gpair(
    "esb72g_osorno_estanque_frio_leche",
    "Proveedor de equipos de lechería, Osorno",
    "pitch_as_paraphrase",
    "Un productor de leche de las afueras de Osorno llama a su proveedor de equipos porque el estanque de frío no está enfriando bien.",
    [
        _b08_open,
        t("Buenas, don Hernán. Eso es urgente, a ocho grados no se la reciben. ¿Desde cuándo pasa? ¿Y el compresor está "
          "partiendo, se escucha?"),
        c("Desde ayer en la tarde. El compresor parte, hace ruido, pero como que no enfría. Y el ventilador de afuera "
          "está lleno de polvo, no sé si tendrá que ver.", None),
        t("Puede tener harto que ver: si el condensador está tapado no bota el calor y el equipo no enfría. Antes de "
          "mandar a alguien, ¿puede lavar el condensador con agua a baja presión, con el equipo apagado? Si en dos horas "
          "baja la temperatura, era eso. Si no, puede ser el gas, y ahí voy yo."),
        c("Ya, lo lavo al tiro. Pero si es gas, ¿cuánto me va a salir? Porque el año pasado otro técnico me cobró una "
          "barbaridad por una carga.", "bad_experience"),
        t("Una recarga con detección de fuga sale entre ciento veinte y ciento sesenta mil, según cuánto gas lleve. Si "
          "hay que soldar una fuga se lo digo antes de hacer nada. Lave el condensador y me llama a las cuatro con la temperatura."),
        c("Ya, a las cuatro lo llamo.", None),
    ],
    [
        _b08_open,
        t("Buenas, don Hernán, gracias por llamar. Cuénteme, ¿cómo ha sido su experiencia con el estanque?"),
        c("Bien hasta ayer. Ahora no enfría, la leche está a ocho grados.", None),
        t("Ya, entonces lo que usted me está diciendo es que su estanque ya cumplió su ciclo y necesita uno nuevo, "
          "¿cierto? Tenemos el de cinco mil litros con control digital, que le daría tranquilidad por años."),
        c("No, yo no dije eso. El estanque tiene seis años no más, lo que necesito es que me lo revisen hoy.", "no_need"),
        t("Claro, si entiendo bien, usted quiere algo que no le falle nunca más. O sea, lo que necesita es el estanque "
          "nuevo con contrato de mantención preventiva anual. ¿Lo resumí bien?"),
        c("¿Y cuánto sería eso?", None),
        t("El estanque con el contrato sale dieciocho millones, en cuotas. Entonces, para confirmar: lo que usted busca "
          "es renovar el equipo este mes, ¿es así?"),
        c("¿Dieciocho millones? Oiga, tengo la leche calentándose. Mándeme un técnico o llamo a otro.", "too_expensive"),
    ],
)

# ---------------------------------------------------------------------------
# b09 upsell_as_loop_closing - Bariloche (Cerro Catedral), alquiler de equipos de esquí
_b09_open = c("Hola, ¿qué tal? Necesito equipo completo para mí y mis dos hijas, por tres días. Ellas es la primera vez "
              "que esquían.", None)

B09 = gpair(
    "esb72g_bariloche_alquiler_esqui",
    "Alquiler de equipos de esquí, base del Cerro Catedral (Bariloche)",
    "upsell_as_loop_closing",
    "Un padre de Córdoba alquila equipos de esquí para él y sus dos hijas en un local de la base del Cerro Catedral.",
    [
        _b09_open,
        t("Hola, bienvenidos. ¿Qué edad y qué número de calzado tienen las chicas? Y vos, ¿ya esquiaste antes?"),
        c("Ocho y doce años. Calzan 32 y 37. Yo esquié hace mil años, en la facu, pero nada del otro mundo.", None),
        t("Perfecto. Para ellas, esquíes cortos de principiante; para vos, uno de pista blando, que perdona errores. El "
          "casco para las chicas es obligatorio en la escuelita. Camperas y pantalones, ¿los trajeron o necesitan también?"),
        c("Trajimos todo, eso lo compramos en Córdoba. ¿Cuánto es lo del equipo?", None),
        t("Tres días, tres equipos y casco para ellas: $312.000 en total. Si mañana a alguna le aprieta la bota, vienen y "
          "se la cambiamos sin cargo. ¿Les falta algo que quizás no pensaron, tipo antiparras?"),
        c("Antiparras tienen, gracias. Con eso estamos.", "no_need"),
        t("Listo. Pasen mañana a las ocho y media así se prueban todo antes de que se llene. Que lo disfruten."),
        c("Gracias, genio.", None),
    ],
    [
        _b09_open,
        t("Hola, bienvenidos. Equipo completo para tres, anotado. ¿Qué más les puedo sumar para que la experiencia en el "
          "cerro sea perfecta?"),
        c("Nada más, esquíes, botas y bastones.", "no_need"),
        t("Perfecto. Y para cerrar bien, ¿les agrego el seguro de rotura? Son $15.000 por día por equipo, para que "
          "vuelvan tranquilos."),
        c("¿Quince mil por día cada uno? No, dejá, es un montón.", "too_expensive"),
        t("Dale. ¿Y qué más necesitan? Tenemos cascos con cámara incorporada, así filman la primera bajada de las chicas. "
          "¿Qué más les puedo agregar?"),
        c("No, las chicas van a estar en la escuelita, no van a filmar nada.", "no_need"),
        t("Claro. Entonces, para redondear: ¿les sumo el pack de fotos profesionales en la pista y el almuerzo en el "
          "parador? ¿Qué más puedo hacer por ustedes hoy?"),
        c("Mirá, mañana tenemos que estar a las nueve y todavía no nos probamos las botas. Cobrame el equipo y listo.", "no_time"),
        t("Ya mismo. ¿Alguna otra cosita antes de que te cobre? Guantes térmicos, cuellos polares…"),
        c("No. Nada. El equipo, por favor.", "no_need"),
    ],
)

# ---------------------------------------------------------------------------
# b10 leading_tag_questions - Concepción, clínica dental
_b10_open = c("Hola, buenas tardes. Mi hija tiene hora para evaluación de ortodoncia, pero antes quería preguntar precios, "
              "porque no sé si estamos para eso ahora.", None)

B10 = gpair(
    "esb72g_concepcion_ortodoncia_hija",
    "Clínica dental privada, Concepción",
    "leading_tag_questions",
    "Una madre de San Pedro de la Paz llama a una clínica dental de Concepción para saber el precio de la ortodoncia de su hija de trece años.",
    [
        _b10_open,
        t("Buenas tardes. Claro, le explico. ¿La mandó el dentista o es algo que notó usted? Pregunto porque cambia lo que "
          "se ve en la evaluación."),
        c("La mandó la dentista del consultorio. Dice que tiene mordida cruzada y que es mejor tratarla ahora que está "
          "creciendo.", None),
        t("Ya. Si es por la mordida, es algo funcional, no solo estético, y sí conviene tratarlo a esta edad. La "
          "evaluación con radiografía sale cuarenta mil, y ahí la ortodoncista le dice qué aparato necesita. Los brackets "
          "metálicos están entre un millón y un millón trescientos, el tratamiento completo."),
        c("Uf. Es que un millón de golpe no lo tengo, con suerte llego a fin de mes.", "no_money"),
        t("No es de golpe: se paga un pie de ciento cincuenta mil y el resto en cuotas mientras dura el tratamiento, unos "
          "dos años, o sea unos cuarenta y cinco mil al mes. Y según su previsión le reviso si la evaluación tiene algún reembolso."),
        c("Fonasa. Mmm, cuarenta y cinco al mes quizás podría. Déjeme hacer la evaluación primero y ahí veo.", "think_it_over"),
        t("Me parece lo más razonable; la evaluación no la compromete a nada. ¿Le mantengo la hora del martes a las cuatro?"),
        c("Sí, el martes.", None),
    ],
    [
        _b10_open,
        t("Buenas tardes. Usted quiere lo mejor para su hija, ¿cierto?"),
        c("Eh, sí, obvio. Pero quería saber precios primero.", None),
        t("Claro. Y a los trece años una niña quiere una sonrisa bonita para el colegio, ¿no es así? Por eso las mamás "
          "prefieren los brackets estéticos de zafiro, que no se notan. Usted no querría que la molestaran por los "
          "fierros, ¿verdad?"),
        c("No, pero… la dentista la mandó por la mordida, no por estética. ¿Cuánto cuestan esos de zafiro?", None),
        t("Un millón novecientos el tratamiento. Pero en la salud de un hijo no se escatima, ¿no le parece? Y usted va a "
          "querer empezar antes de las vacaciones, ¿no?"),
        c("Un millón novecientos… no, eso no lo tengo ni en sueños. Con suerte llego a fin de mes.", "no_money"),
        t("Pero se puede en cuotas, así que no hay problema, ¿cierto? ¿La dejo agendada para la instalación la próxima semana?"),
        c("No, primero la evaluación y después veo si podemos. Gracias.", "think_it_over"),
    ],
)

PAIRS = [B01, B02, B03, B04, B05, B06, B07, B08, B09, B10]

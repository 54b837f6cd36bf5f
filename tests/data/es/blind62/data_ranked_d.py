"""Ranked pairs d01-d10 (hand-written by esb62's writer): two decent conversations, `better` is the deeper one."""
from common import c, rpair, t

_d01_open = c("Hola, buenas. Abrimos un gastrobar en la calle Paraíso el mes que viene y quiero tener vuestro verdejo "
              "por copas. ¿Cómo trabajáis con hostelería?", None)
_d02_open = c("Buenas tardes. Necesito sacarme el C1 de inglés antes de junio. Soy profesora en la universidad y me lo "
              "piden para dar clase en el grupo bilingüe. ¿Qué cursos tenéis?", None)
_d03_open = c("hola! me quiero dar de alta de autonomo, soy diseñador grafico. cuanto cobrais por llevarmelo todo?", None)
_d04_open = c("Buenas. Tengo doce hectáreas de almendro en Chinchilla y este año la helada de marzo me dejó sin media "
              "cosecha. Mi cuñado dice que me haga un seguro, pero yo nunca he tenido y no sé.", None)
_d05_open = c("Hola. Buscamos un armario para el dormitorio, que el piso es antiguo y no tiene empotrados. La pared "
              "tiene dos metros y pico, y hay un radiador en medio.", None)
_d06_open = c("Buenas. Se me ha encendido un testigo amarillo en el coche, uno que parece un motorcito. Va bien, ¿eh?, "
              "pero me da miedo que me deje tirada, que el sábado me voy a Benidorm.", None)
_d07_open = c("Hola, buenas. ¿Tenéis algo para dormir que no sea con receta? Llevo semanas que me despierto a las cuatro "
              "y ya no me duermo.", None)
_d08_open = c("Buenos días. Vengo a ver qué pienso tenéis para los terneros, que el que les doy no me convence, tardan "
              "mucho en coger peso.", None)
_d09_open = c("Buenas. Venimos a la jornada de puertas abiertas. Mi hija está en segundo de bachillerato y quiere hacer "
              "Medicina, pero claro, la nota... y queríamos ver qué otras opciones hay aquí en Albacete.", None)
_d10_open = c("Hola, buenas. Estamos mirando pisos por Carabanchel y queríamos saber cuánto nos daríais de hipoteca. "
              "Tenemos ahorrados unos veinte mil.", None)

PAIRS = [
    rpair(
        "esb62r_d01_valladolid_verdejo_gastrobar",
        "La dueña de un gastrobar que abre en Valladolid llama a una bodega de Rueda para servir su verdejo por copas. "
        "Better pregunta por la cocina, el público y el ritmo de venta antes de proponer, y baja el riesgo del primer "
        "pedido; worse da las condiciones estándar y el vino más vendido.",
        better=[
            _d01_open,
            t("Hola, enhorabuena por la apertura. Te cuento cómo trabajamos, pero antes: ¿qué cocina vais a tener y qué "
              "público esperáis, más de tapeo o de comidas?"),
            c("Tapeo, pinchos elaborados, mucho pescado, ostras los fines de semana. Gente de treinta a cincuenta que "
              "sale de trabajar.", None),
            t("Con pescado y ostras, el verdejo joven va muy bien, pero para copas te puede interesar también el "
              "fermentado en barrica, que aguanta mejor abierto de un día para otro. ¿Cuántas copas calculas vender al "
              "día y cuánto te va a durar abierta una botella?"),
            c("Ni idea, la verdad. Es la primera vez que monto algo así. Lo que no quiero es tirar vino.", None),
            t("Pues empezamos con poco: una caja de cada, joven y barrica, sin pedido mínimo el primer mes, y te dejo "
              "tapones de vacío para las abiertas. A las tres semanas miramos qué se ha movido y ajustamos."),
            c("Eso me da tranquilidad. Venga, mándame las condiciones y lo cerramos.", None),
        ],
        worse=[
            _d01_open,
            t("Hola, enhorabuena. Pues trabajamos con pedido mínimo de tres cajas, reparto semanal en Valladolid capital, "
              "y el verdejo joven sale a 5,20 la botella para hostelería."),
            c("Vale. Tres cajas son treinta y seis botellas, ¿no? Es que no sé cuánto voy a vender al principio.", None),
            t("Lo normal en un local de tu tamaño es moverlas en un par de semanas. Es nuestro vino más vendido por "
              "copas en Valladolid, funciona muy bien."),
            c("Bueno, si tú lo dices... Tenemos bastante pescado, así que blanco saldrá.", None),
            t("Perfecto, verdejo con pescado es un acierto. Te mando las condiciones y el primer pedido te lo servimos "
              "la semana que viene."),
            c("Vale, mándamelo y lo miro con calma antes de pedir.", "think_it_over"),
        ],
    ),
    rpair(
        "esb62r_d02_salamanca_academia_c1_profesora",
        "Una profesora de la Universidad de Salamanca necesita un C1 de inglés antes de junio. Better averigua qué "
        "certificados le aceptan, su nivel real por destrezas y su tiempo, y propone una prueba de nivel con un aviso "
        "honesto; worse le ofrece el curso de grupo estándar.",
        better=[
            _d02_open,
            t("Buenas tardes. Vamos a ver qué te encaja. ¿Tienes ya algún certificado, un B2? ¿Y sabes qué exámenes te "
              "aceptan: Cambridge, Aptis, la Escuela de Idiomas?"),
            c("Tengo el B2 de hace diez años, de la Escuela de Idiomas. Lo que acepten no lo sé seguro, creo que "
              "cualquiera oficial.", None),
            t("Te recomiendo confirmarlo con el vicerrectorado antes de elegir, porque cambia mucho la preparación. Y "
              "con ese B2 de hace diez años, ¿cómo lo llevas ahora? ¿Lees en inglés, hablas?"),
            c("Leo papers en inglés todo el día, eso no me cuesta. Pero hablar y escribir en formal... fatal. Y tiempo "
              "tengo poco, dos tardes como mucho.", None),
            t("Entonces lo sensato es una prueba de nivel gratis esta semana y, según salga, clases individuales "
              "centradas en hablar y escribir, dos tardes, con un examen tipo Aptis o Linguaskill, que tienen fechas "
              "casi cada mes. Si en la prueba vemos que junio es muy justo, te lo diré."),
            c("Me parece muy bien. ¿El jueves puedo hacer la prueba?", None),
        ],
        worse=[
            _d02_open,
            t("Buenas tardes. Tenemos el curso de preparación del C1 de Cambridge, de octubre a mayo, martes y jueves "
              "de siete a nueve, en grupos de ocho. Tiene muy buenos resultados."),
            c("De siete a nueve... Los jueves tengo consejo de departamento algunas semanas. ¿No hay otro horario?", None),
            t("También hay lunes y miércoles a la misma hora. El examen es en junio, así que llegas justo para lo que "
              "necesitas."),
            c("Bueno, lunes y miércoles podría. ¿Y cuánto cuesta?", None),
            t("Son 95 al mes, y la tasa del examen va aparte. Si quieres te hago ya la reserva de plaza."),
            c("Déjame que mire primero si la universidad acepta el de Cambridge y te digo.", "think_it_over"),
        ],
    ),
    rpair(
        "esb62r_d03_madrid_gestoria_alta_autonomo",
        "Un diseñador gráfico de Madrid pregunta por chat cuánto cuesta que una gestoría le lleve el alta de autónomo. "
        "Better pregunta por sus clientes y su facturación, detecta el cliente alemán (registro intracomunitario) y "
        "adapta la oferta a su bolsillo; worse da la tarifa estándar y, ante la queja del precio, solo la justifica.",
        better=[
            _d03_open,
            t("¡Hola! Te digo precio enseguida, que depende un poco de tu caso. ¿Tus clientes son empresas de España o "
              "tienes también de fuera? ¿Y cuánto calculas facturar al mes al principio?"),
            c("la mayoria son agencias de españa pero tengo una de berlin q me pasa bastante curro. al principio unos "
              "1200 al mes, no mas", None),
            t("Eso es importante: por el cliente de Berlín tienes que darte de alta en el registro de operadores "
              "intracomunitarios; si no, te toca cobrarle IVA español. Con 1.200 al mes te corresponde la cuota reducida "
              "el primer año, unos 80 euros. Llevártelo todo, con trimestres y renta, son 50 al mes."),
            c("ostras lo del registro ni idea. 50 al mes... es q con 1200 todo suma, me lo tengo q pensar",
              "think_it_over"),
            t("Normal. Otra opción: te hago el alta y el registro intracomunitario por 40, una sola vez, y el primer "
              "trimestre lo intentas tú. Si ves que te lías, pasas a la cuota mensual."),
            c("vale eso me encaja mas. cuando podemos hacer el alta?", None),
        ],
        worse=[
            _d03_open,
            t("¡Hola! Para autónomos tenemos el pack completo: alta en Hacienda y Seguridad Social, IVA trimestral, IRPF "
              "y renta, por 50 al mes."),
            c("vale. y el alta tiene coste aparte?", None),
            t("El alta va incluida si te quedas con nosotros al menos seis meses. Y la cuota de autónomos el primer año "
              "es la reducida, unos 80 euros."),
            c("uf 50 mas 80 al mes, con lo q voy a facturar al principio es un pico", "too_expensive"),
            t("Es lo que cuesta en cualquier gestoría de Madrid, más o menos. Y te olvidas de todo."),
            c("bueno, me lo pienso y te digo", "think_it_over"),
        ],
    ),
    rpair(
        "esb62r_d04_albacete_seguro_almendro_helada",
        "Un agricultor con almendros de secano en Chinchilla (Albacete) pregunta a una correduría por un seguro tras "
        "perder media cosecha por la helada. Better pregunta por variedades, edad y producción, responde a su "
        "desconfianza con franqueza (franquicia) y ofrece una simulación con sus parcelas; worse describe el producto "
        "en general.",
        better=[
            _d04_open,
            t("Buenas. Lo de la helada de marzo pilló a mucha gente. ¿Qué variedades tiene, de floración temprana o "
              "tardía? ¿Y cuántos años tienen los árboles?"),
            c("Guara la mayoría, y unas pocas de Lauranne. Tienen ocho años, ya en plena producción. Todo de secano.",
              None),
            t("La Guara florece antes que la Lauranne, por eso le pega más la helada. Con secano y plena producción, lo "
              "que más le interesa es el módulo de helada y granizo por parcela. ¿Cuánto saca en un año normal?"),
            c("Un año bueno, unos mil kilos de grano por hectárea. Pero oye, que esto no sea como los seguros de antes: "
              "mi padre pagaba y cuando caía el pedrisco nunca le cubrían nada.", "bad_experience"),
            t("Es la queja más común, y en parte tiene razón: hay franquicia y solo se cobra por encima de un porcentaje "
              "de daño. Le hago la simulación con sus parcelas y le marco, con números, en qué casos habría cobrado este "
              "año y en cuáles no. Con la subvención, le saldría entre 45 y 55 euros por hectárea. Lo ve y decide."),
            c("Así, con números de mis parcelas, sí. Te traigo mañana las referencias del catastro.", None),
        ],
        worse=[
            _d04_open,
            t("Buenas. Pues es buena idea. El seguro de almendro cubre helada, granizo, viento y otros riesgos, y está "
              "subvencionado por el Ministerio y por la Junta."),
            c("Ya, pero mi padre pagaba seguro y cuando caía el pedrisco nunca le cubrían nada.", "bad_experience"),
            t("Ahora es diferente, las coberturas han mejorado mucho. Para doce hectáreas calculo unos 600 euros al año, "
              "ya con la subvención."),
            c("Seiscientos euros... en un año malo como este, pues mira. Pero en uno bueno es dinero tirado.",
              "too_expensive"),
            t("Es como todos los seguros: se paga por si acaso. Le preparo la póliza con sus parcelas y la revisamos."),
            c("Vale, prepárala y la miro.", None),
        ],
    ),
    rpair(
        "esb62r_d05_toledo_armario_medida_radiador",
        "Una pareja de Toledo busca un armario para un dormitorio de piso antiguo con un radiador en la pared. Better "
        "pregunta dónde está el radiador y qué guardan, propone una solución y pide medir antes de dar precio; worse "
        "ofrece el modular más vendido y pasa por encima de los trajes del marido.",
        better=[
            _d05_open,
            t("Hola. Con un radiador en medio hay que verlo bien. ¿Está centrado o hacia un lado? ¿Y qué vais a guardar, "
              "más ropa colgada o doblada? ¿Sois dos?"),
            c("Está hacia la derecha, a unos sesenta centímetros de la esquina. Somos dos, y mi marido tiene trajes, que "
              "es comercial. Yo más doblado.", None),
            t("Entonces se podría hacer un armario a medida de metro y medio a la izquierda del radiador, con zona de "
              "colgar larga para los trajes, y encima del radiador una balda que no tape el calor. Antes de daros precio "
              "prefiero ir a medir, que en los pisos antiguos suelo y paredes están torcidos."),
            c("¿Y cuánto puede salir, más o menos? Que no queremos pasar de mil euros.", None),
            t("A medida y de ese tamaño, entre 900 y 1.200, según el frente. Si midiendo vemos que se va de mil, os "
              "propongo un modular con ajustes, que queda parecido y sale más barato. ¿Os viene bien que pase el sábado?"),
            c("El sábado por la mañana, sí.", None),
        ],
        worse=[
            _d05_open,
            t("Hola. Tenemos este modular de dos metros, puertas correderas, en blanco o roble, por 690 euros. Es de lo "
              "que más vendemos."),
            c("¿Y con el radiador? Que está justo en esa pared.", None),
            t("Podéis ponerlo en la parte donde no está el radiador, o si no, el de metro y medio, que son 520."),
            c("Es que si pongo el de metro y medio, mi marido no sé dónde mete los trajes. Tiene muchos, es comercial.",
              None),
            t("Lleva barra de colgar a lo largo de todo el armario, caben bien. Si lo pedís hoy, lo tenéis en diez días, "
              "montado."),
            c("Vale, lo pienso con él y volvemos el sábado.", "think_it_over"),
        ],
    ),
    rpair(
        "esb62r_d06_valladolid_taller_testigo_motor",
        "Una clienta entra en un taller de Valladolid con el testigo de motor encendido antes de un viaje. Better "
        "pregunta por los síntomas y propone una diagnosis con precio antes de reparar nada; worse adivina que son las "
        "bujías y presupuesta sin mirar.",
        better=[
            _d06_open,
            t("Buenas. Es el testigo de avería de motor: puede ser una tontería o algo que conviene mirar antes de un "
              "viaje. ¿Ha notado algo más, tirones, que corra menos, más consumo? ¿Cuándo se encendió?"),
            c("Se encendió anteayer al arrancar en frío. Tirones... igual un poco al subir la cuesta de la Circular. El "
              "consumo no me he fijado.", None),
            t("Vale: anteayer, en frío, y puede que algún tirón cuesta arriba. Le conecto la máquina de diagnosis, son "
              "diez minutos y 30 euros, y le digo qué código da. Si se puede dejar para la vuelta se lo digo, y si no, "
              "le doy precio antes de tocar nada."),
            c("¿Treinta euros solo por enchufar una máquina? Si luego no es nada, es tirar el dinero.", "too_expensive"),
            t("Lo entiendo. Si luego hacemos la reparación aquí, los treinta se descuentan. Y con el viaje a Benidorm "
              "por delante, prefiero que vaya tranquila."),
            c("Vale, míralo. Espero aquí.", None),
        ],
        worse=[
            _d06_open,
            t("Buenas. Ese es el testigo de motor. Suele ser de las bujías o las bobinas. Un cambio de bujías son unos "
              "90 euros con la mano de obra."),
            c("¿Y seguro que es eso? Porque el coche va bien, ¿eh?", None),
            t("En la mayoría de los casos es eso, sobre todo en un coche que ya tiene unos años. Y de paso le hacemos un "
              "repaso general para el viaje."),
            c("¿Y cuánto sería todo?", None),
            t("Bujías y repaso, unos 150. Se lo tenemos para el jueves."),
            c("Vale, el jueves. Pero si al final no era eso, me avisas antes, ¿eh?", None),
        ],
    ),
    rpair(
        "esb62r_d07_madrid_farmacia_insomnio_trabajo",
        "Una mujer pide en una farmacia de Madrid algo sin receta para dormir. Better pregunta desde cuándo, qué ha "
        "cambiado y qué medicación toma, elige según el tipo de insomnio y es honesta sobre cuándo ir al médico; worse "
        "le da la melatonina más vendida aunque ella dice que se duerme bien.",
        better=[
            _d07_open,
            t("Hola. Sí, hay cosas, pero déjame preguntarte un poco para no darte algo que no te vaya. ¿Desde cuándo te "
              "pasa? ¿Ha cambiado algo estas semanas? ¿Y tomas alguna medicación?"),
            c("Pues desde que cambié de trabajo, hace un mes. Estoy con mucho estrés. Medicación, la pastilla y ya.",
              None),
            t("Vale: un mes, desde el cambio de trabajo, y te despiertas de madrugada. La melatonina sirve más para "
              "dormirse que para no despertarse; para lo tuyo puede ir mejor valeriana con pasiflora unas semanas, que no "
              "da resaca. Pero te lo digo claro: si sigue así otro mes o te afecta de día, habla con tu médico, que "
              "despertarse de madrugada a veces es ansiedad y tiene mejor solución que una pastilla."),
            c("Ya, lo del médico... es que con el curro nuevo no tengo tiempo ni de pedir cita.", "no_time"),
            t("Te entiendo. Prueba esto dos semanas, son 9,80, y deja el móvil fuera de la cama. Si no notas nada, la "
              "cita telefónica se pide en un minuto y te pueden llamar en el descanso del trabajo."),
            c("Vale, me lo llevo y lo pruebo. Gracias por explicármelo.", None),
        ],
        worse=[
            _d07_open,
            t("Hola. Sí, tenemos melatonina, que es lo que más se vende. Esta de 1,9 miligramos va muy bien, 11,50."),
            c("¿Y eso sirve para despertarse de madrugada? Porque dormirme me duermo.", None),
            t("Regula el sueño en general, a mucha gente le va bien. Se toma media hora antes de acostarte."),
            c("Vale. ¿Y lo puedo tomar con la pastilla anticonceptiva?", None),
            t("Sí, no hay problema. Si en unas semanas no mejoras, consulta con tu médico."),
            c("Vale, pues me la llevo.", None),
        ],
    ),
    rpair(
        "esb62r_d08_salamanca_cooperativa_pienso_terneros",
        "Un ganadero de Vitigudino (Salamanca) pide en su cooperativa otro pienso porque sus terneros cogen poco "
        "peso. Better pregunta por el manejo, detecta que falta heno y que el agua puede influir, y junta pienso y "
        "visita del veterinario; worse vende el pienso de arranque y defiende su precio.",
        better=[
            _d08_open,
            t("Buenos días, Aurelio. ¿Cuántos terneros tiene ahora y de qué edad? ¿Están todavía con las madres en el "
              "campo o ya en el cebadero?"),
            c("Unos treinta, de cuatro a seis meses, todavía con las madres en la dehesa. Les echo el pienso en una "
              "tolva aparte.", None),
            t("Treinta terneros con la madre y tolva aparte. ¿Tienen heno o paja a libre disposición, y de dónde beben? "
              "A veces no es el pienso, es que les falta fibra o el agua no es buena."),
            c("Heno tienen poco, la verdad, que este año se ha dado mal. Y el agua la cogen del arroyo.", None),
            t("Pues ahí puede estar parte del problema. Le propongo el pienso de arranque, que tiene más proteína, a 395 "
              "la tonelada, y que el veterinario de la cooperativa vaya a ver los terneros y el agua, que a los socios "
              "no se les cobra. Si en un mes no ve diferencia en el peso, lo volvemos a mirar."),
            c("Trescientos noventa y cinco es caro, el mío me sale a trescientos sesenta. Pero si viene el veterinario, "
              "vale, probamos una tonelada.", "too_expensive"),
        ],
        worse=[
            _d08_open,
            t("Buenos días, Aurelio. Para terneros tenemos el pienso de arranque, con más proteína, a 395 la tonelada. "
              "Es el que más sale entre los socios de la zona."),
            c("Trescientos noventa y cinco... el mío me sale a trescientos sesenta. Es mucha diferencia.",
              "too_expensive"),
            t("Ya, pero este tiene mejor conversión, cogen peso antes. Al final le sale a cuenta."),
            c("Eso dicen todos los comerciales, que el suyo es el que más engorda.", None),
            t("Pruebe una tonelada y lo compara. Se la llevamos a Vitigudino el martes."),
            c("Bueno, venga, una tonelada para probar.", None),
        ],
    ),
    rpair(
        "esb62r_d09_albacete_universidad_puertas_abiertas",
        "Un padre y su hija de segundo de bachillerato van a la jornada de puertas abiertas del campus de Albacete: ella "
        "quiere Medicina pero teme no llegar a la nota. Better habla con la hija, descubre por qué le atrae la sanidad y "
        "abre Enfermería como profesión y no como plan B; worse da notas de corte y folletos al padre.",
        better=[
            _d09_open,
            t("Buenas, bienvenidos. ¿Y tú qué es lo que te tira de Medicina? ¿El trato con pacientes, la parte de "
              "ciencia, el hospital...?"),
            c("Pues... el hospital, ayudar a la gente. Mi abuela estuvo ingresada mucho tiempo y las enfermeras eran las "
              "que de verdad estaban ahí.", None),
            t("Eso que cuentas de las enfermeras es interesante. Aquí tienes Medicina y también Enfermería, que tiene "
              "prácticas en hospital desde segundo. No es un plan B, es otra profesión. ¿La has pensado, o la ves solo "
              "como segunda opción?"),
            c("Pues igual la he pensado más de lo que digo. Pero mi padre quiere Medicina.", None),
            t("Es una decisión vuestra. Os propongo que hoy vayáis a la charla de las doce de Enfermería y a la de "
              "Medicina, y que hables con estudiantes de las dos. Con la nota de la primera evaluación veis dónde estás, "
              "sin prisas."),
            c("Vale, me parece bien que vea las dos. Vamos, hija.", None),
        ],
        worse=[
            _d09_open,
            t("Buenas, bienvenidos. Medicina pidió el año pasado un 12,9 de nota de corte, de las más altas. Como "
              "alternativas en el campus tenéis Enfermería, con un 11,4, y Fisioterapia en Toledo."),
            c("Un doce nueve... Madre mía. ¿Y Enfermería tiene buena salida?", None),
            t("Sí, muy buena inserción laboral, casi del cien por cien. Y el campus está muy bien equipado. Os dejo los "
              "folletos de los dos grados."),
            c("Vale. Y las prácticas, ¿son en el hospital de aquí?", None),
            t("Sí, en el Hospital General y en centros de salud de la provincia. A las doce hay charlas de cada grado, "
              "por si queréis ir."),
            c("Vale, iremos a la de Medicina, y si eso a la otra. Gracias.", None),
        ],
    ),
    rpair(
        "esb62r_d10_madrid_hipoteca_pareja_carabanchel",
        "Una pareja joven pregunta en una oficina bancaria de Madrid cuánta hipoteca les darían con veinte mil euros "
        "ahorrados. Better pregunta ingresos, contratos y deudas, es honesto sobre que no llegan y les abre caminos "
        "(aval ICO, esperar al contrato fijo); worse da la oferta estándar y les deja descubrir solos que no llegan.",
        better=[
            _d10_open,
            t("Hola. Pues os lo calculo con vuestros datos. ¿Qué ingresos tenéis cada uno y qué tipo de contrato? ¿Y "
              "tenéis algún préstamo, coche, tarjetas?"),
            c("Yo 1.600 netos, indefinido. Ella 1.400, temporal hasta junio, en un hospital. Tenemos el coche, 180 al "
              "mes hasta el año que viene.", None),
            t("Vale: 3.000 entre los dos, un contrato temporal y 180 de coche que se acaba pronto. Os soy claro: para un "
              "piso de 250.000 en Carabanchel necesitaríais unos 75.000 entre entrada y gastos, y con veinte mil no "
              "llegáis. Hay dos caminos: el aval ICO para jóvenes, que cubre parte de la entrada, o esperar a que el "
              "contrato de ella sea fijo y ahorrar algo más."),
            c("Uf, setenta y cinco mil... Eso no lo tenemos ni de broma.", "no_money"),
            t("Ya. Con el aval ICO y vuestros veinte mil, con una cuota de unos 950, os daría para pisos de hasta unos "
              "200.000. Os preparo una simulación con los dos escenarios, ahora y con contrato fijo, y la veis en casa."),
            c("Vale, eso nos ayuda a saber qué mirar. Mándanosla.", None),
        ],
        worse=[
            _d10_open,
            t("Hola. Ahora mismo tenemos una hipoteca fija al 2,9 % a treinta años; financiamos hasta el 80 % del valor "
              "de tasación."),
            c("¿Y eso cuánto sería para un piso de doscientos cincuenta mil?", None),
            t("Os financiaríamos doscientos mil, con una cuota de unos 830 euros al mes. Los gastos van aparte."),
            c("¿Y los gastos cuánto son? Porque nosotros tenemos veinte mil.", None),
            t("Sobre un diez por ciento, unos veinticinco mil, más la entrada. Si queréis, os hago el estudio con "
              "vuestras nóminas."),
            c("Pues entonces no llegamos ni de lejos... Lo hablamos y ya volveremos.", "no_money"),
        ],
    ),
]

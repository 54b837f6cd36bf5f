"""Gaming pairs, file a (written by hand). Kinds 1-10 of SPEC, once each."""
from common import c, gpair, t

# --- a01 monologue -----------------------------------------------------------------
_a01 = c("Buenas tardes, joven, qué pena con usted. Es que yo quiero pasarme con el número que tengo, porque mi hijo "
         "me dijo que aquí salía más barato, pero la verdad yo de esto no entiendo mucho.", None)

# --- a02 closing_as_open_question ----------------------------------------------------
_a02 = c("Quiubo pues, buenas. Vengo a mirar una moto pa trabajar, ¿sí? Es que la mía ya está muy cascada y yo vivo "
         "de los domicilios.", None)

# --- a03 pitch_as_paraphrase ---------------------------------------------------------
_a03 = c("Buenos días, mi amor. Mire, yo tengo un abastico en Catia y quiero abrir una cuenta aparte pa'l negocio, "
         "porque tengo todo mezclado con la mía personal y eso es un despelote pa' sacar las cuentas.", None)

# --- a04 upsell_as_loop_closing --------------------------------------------------------
_a04 = c("Buenas, mi llave, ¿tiene acetaminofén en gotas pa bebé? El pelao mío tiene fiebre desde anoche y la "
         "pediatra me lo mandó, aquí tengo la fórmula.", None)

# --- a05 leading_tag_questions -------------------------------------------------------
_a05 = c("Épale, buenas. Necesito un caucho trasero pa' una Empire 150, que se me espichó otra vez y ya el parche "
         "no aguanta más.", None)

PAIRS = [
    gpair(
        id="esb70g_bogota_portabilidad_celular",
        business="operador de telefonía móvil, punto de atención en un centro comercial de Bogotá",
        kind="monologue",
        situation="Doña Gloria, pensionada, quiere traer su número de otro operador y un plan barato; usa el celular "
                  "sobre todo para WhatsApp con su hijo en Madrid y en la casa ya tiene internet.",
        good=[
            _a01,
            t("Buenas tardes, señora, con mucho gusto le ayudo, y tranquila, que lo vamos viendo paso a paso. "
              "¿Me cuenta para qué usa más el celular en el día a día?"),
            c("Ay, pues para hablar con mi hijo que está en Madrid, por WhatsApp, videollamada los domingos. Y para "
              "los grupos de la familia y de la iglesia. Llamadas normales casi no hago.", None),
            t("Listo. ¿Y las videollamadas las hace con el wifi de la casa o con los datos del celular? ¿Y cuánto "
              "está pagando hoy, más o menos?"),
            c("En la casa hay internet, sí. Pago como cuarenta y ocho mil al mes y se me acaban los datos a mitad de "
              "mes, no sé por qué, y ahí quedo incomunicada cuando salgo.", None),
            t("Entonces, a ver si le entendí: las videollamadas de los domingos son en la casa con wifi, afuera usa "
              "más que todo WhatsApp, y hoy paga unos 48 mil y los datos no le duran el mes. ¿Voy bien?"),
            c("Sí, eso. Aunque mi hijo dijo que me pasara al plan de ochenta y pico que tiene él, con todo "
              "ilimitado... eso sí ya es mucha plata para mí.", "no_money"),
            t("No tiene por qué irse a ese. Hay uno de 35.900 en el que WhatsApp no le descuenta datos, y trae 12 "
              "gigas para lo demás. Con lo que me cuenta le alcanza de sobra y paga menos que hoy. El cambio es "
              "gratis y el número sigue siendo el mismo. ¿Lo revisamos juntos en el folleto antes de decidir?"),
            c("Ah, bueno, eso sí me sirve. ¿Y si no me gusta me puedo devolver?", None),
            t("Sí, señora, ese plan no tiene cláusula de permanencia; si no le gusta, se cambia cuando quiera. Le "
              "anoto cómo mirar cuántos datos le quedan, y si quiere la llamo en quince días a ver cómo le ha ido."),
            c("Listo, joven, hagámosle. Traje la cédula.", None),
        ],
        gaming=[
            _a01,
            t("¡Bienvenida, señora! ¿Cómo quiere que sea su experiencia con nosotros? Mire, le cuento: tenemos el "
              "plan Hogar Total Conectado, con fibra de 500 megas, televisión con más de doscientos canales, "
              "plataforma de películas gratis seis meses, celular ilimitado y un 20 % de descuento el primer año..."),
            c("Ay, no, espere, es que yo solo quería...", None),
            t("Sí, sí, ya le termino, es para que tenga toda la información, porque aquí lo importante es su "
              "necesidad. El plan trae también roaming en América, seguro para el equipo y un celular de alta gama "
              "a 36 cuotas, que le sale casi regalado. Y como la fibra llega a todo Bogotá, ya no le tendría que "
              "pagar internet a nadie más."),
            c("Pero es que yo ya tengo internet en la casa, con eso estoy bien. Yo era por el celular nada más.",
              "no_need"),
            t("Claro, la escucho. Por eso mismo: con el combo unifica todo en una sola factura, ¿sí ve? Son solo "
              "189.900 al mes, que dividido en treinta días es menos que un tinto. Y los domingos, cuando hable con "
              "su familia, la imagen en el televisor se ve espectacular..."),
            c("¿Ciento ochenta y nueve mil? No, mijo, eso yo no lo puedo pagar, yo vivo de la pensión.", "no_money"),
            t("Lo entiendo perfectamente, y valoro mucho nuestra relación. Entonces le cuento del plan intermedio, "
              "de 129.900, que tiene casi todo lo mismo menos los canales premium, y el celular le queda a 24 "
              "cuotas, y además..."),
            c("No, no, déjelo así. Mejor vuelvo otro día con mi hijo y que él mire eso. Gracias.", "think_it_over"),
            t("¡Con gusto! ¿Hay algo más en lo que le pueda ayudar hoy? Le dejo mi tarjeta para cuando se decida "
              "por el combo."),
        ],
    ),
    gpair(
        id="esb70g_medellin_moto_domicilios",
        business="concesionario de motos, Itagüí (área metropolitana de Medellín)",
        kind="closing_as_open_question",
        situation="Un domiciliario que recorre más de 120 km diarios necesita cambiar una moto vieja que lo deja "
                  "varado; tiene un millón para la inicial y estuvo reportado en centrales de riesgo.",
        good=[
            _a02,
            t("Quiubo, bienvenido. Claro, miremos. ¿Cuántos kilómetros le mete al día, más o menos, y por dónde se "
              "mueve?"),
            c("Uf, hartísimos. Unos ciento veinte, ciento cincuenta. Me muevo por Envigado, Sabaneta, a veces subo "
              "hasta Las Palmas. La que tengo es una Bóxer del 2014 y ya me deja botado cada ocho días.", None),
            t("O sea que en un día normal son más de 120 kilómetros, con lomas, y la que tiene lo está dejando "
              "varado. ¿Qué le importa más en la nueva: que gaste poquito, que suba bien, o la cuota del mes?"),
            c("Pues todo, jaja. Pero sobre todo la cuota, hermano, porque yo gano por día. Tengo como un millón "
              "ahorrado pa la inicial, más no.", None),
            t("Bien. Para ese uso le mostraría dos: una de 125 que rinde unos 50 kilómetros por litro, y una de "
              "150 que sube mejor pero gasta un poquito más. Con un millón de inicial, la de 125 le queda en unos "
              "290 mil al mes a 36 meses. Antes de hablar de papeles, ¿las quiere probar en la vuelta a la manzana?"),
            c("Hágale. Pero le cuento de una vez: yo estuve reportado por un celular que no pagué hace años. Ya lo "
              "pagué, pero no sé si me salga el crédito.", None),
            t("Gracias por contarme, eso nos sirve. Si ya está a paz y salvo puede que no le afecte; con su "
              "autorización lo consultamos en dos minutos y le digo la verdad de lo que salga. Si no sale, miramos "
              "de contado dejando la Bóxer como parte de pago. ¿Le parece?"),
            c("Listo, parcero. Pruebo la de 125 y después miramos eso del crédito.", None),
        ],
        gaming=[
            _a02,
            t("¡Quiubo, bienvenido! Cuénteme, ¿qué le tendríamos que ofrecer hoy para que usted salga de aquí "
              "rodando en una moto nueva?"),
            c("Eh... pues primero mirar, ¿no? Yo le meto como ciento cincuenta kilómetros diarios, necesito una que "
              "no se me vare.", None),
            t("Perfecto. ¿Y cuál de los dos colores prefiere que le alistemos, la roja o la negra?"),
            c("Hermano, todavía no sé ni cuál moto. ¿Cuánto sale la cuota?", None),
            t("Eso lo cuadramos ahorita. ¿Cómo le gustaría pagar la inicial, en efectivo o con tarjeta?"),
            c("Es que tengo apenas un millón, y no sé si me salga el crédito, que estuve reportado.", "no_money"),
            t("Tranquilo, con un millón arrancamos. ¿Qué tendría que pasar para que firmemos la solicitud ya mismo, "
              "antes de que se vaya?"),
            c("Pues que me diga cuánto pago al mes, parce, ¿o no? Uno no firma a ciegas.", None),
            t("Claro que sí, la transparencia es clave en nuestra relación. Son unas cuotas muy cómodas. ¿La "
              "matrícula la dejamos a su nombre o al de alguien de la familia?"),
            c("Nada, hermano, así no se puede. Usted no me responde nada. Me voy pa otro lado.", None),
        ],
    ),
    gpair(
        id="esb70g_caracas_cuenta_abasto",
        business="banco, agencia en Catia, Caracas",
        kind="pitch_as_paraphrase",
        situation="La dueña de un abasto pequeño quiere separar la plata del negocio de la personal; le pagan por pago "
                  "móvil y en dólares en efectivo, y no quiere punto de venta por las comisiones.",
        good=[
            _a03,
            t("Buenos días, señora, claro que sí. ¿Y hoy cómo le pagan los clientes: efectivo, pago móvil, punto "
              "de venta, dólares?"),
            c("De todo, mi vida. Más que todo pago móvil, y efectivo en dólares. Punto no tengo; me lo han pedido, "
              "pero esos puntos cobran una comisión que ni te cuento.", "too_expensive"),
            t("Sí, las comisiones pesan. Entonces lo que me dice es: quiere separar la plata del negocio de la suya, "
              "le entra sobre todo por pago móvil y en dólares, y el punto lo ve caro. ¿Cuánto le entra por pago "
              "móvil en un mes, más o menos?"),
            c("Ay, no sé... como dos mil dólares al mes, en bolívares, claro. Y los dólares los guardo, que no me "
              "gusta tener eso en la casa pero bueno.", None),
            t("Para eso le sirve una cuenta de firma personal con su RIF y pago móvil comercial; no cobra "
              "mantenimiento si deja un saldo mínimo. Los dólares en efectivo se pueden depositar en una cuenta en "
              "divisas, pero le soy sincera: el depósito en efectivo cobra 1 %. ¿Le sirve o prefiere verlo con calma?"),
            c("Lo del pago móvil sí, de una. Lo de los dólares déjame pensarlo, que uno por eso los guarda, pa' no "
              "pagar comisión.", "think_it_over"),
            t("Perfecto, arrancamos con la cuenta del negocio. ¿Trajo el RIF de la firma personal y el registro "
              "mercantil?"),
            c("El RIF sí, el registro lo tengo en la casa. Te lo traigo mañana temprano.", None),
            t("Listo. Le dejo la planilla llena hoy con lo que hay, y mañana con el registro se la abro en el "
              "momento. Pregunte por mí, Yusmary."),
        ],
        gaming=[
            _a03,
            t("Buenos días, señora, bienvenida. Cuénteme un poquito más de su negocio: ¿cómo se imagina usted el "
              "éxito de su abasto?"),
            c("¿El éxito? Ay, mi amor, que no me falte la mercancía, jaja. Me pagan por pago móvil y en dólares en "
              "efectivo, eso es lo que hay.", None),
            t("Entiendo. O sea que lo que usted necesita es nuestra Cuenta Empresarial Oro, con tarjeta de débito "
              "internacional y punto de venta inalámbrico incluido, ¿correcto?"),
            c("No, mi vida, punto no. Esos puntos cobran una comisión que ni te cuento.", "too_expensive"),
            t("Claro, la escucho. Entonces, si la entendí bien, lo que usted busca es ahorrarse la comisión con el "
              "Punto Plus, que tiene tarifa plana de 35 dólares al mes, ¿cierto?"),
            c("¿Treinta y cinco dólares? ¿Y dónde dije yo eso? Yo lo que quiero es una cuenta pa' separar la plata "
              "del negocio, nada más.", "no_need"),
            t("Perfecto. Entonces lo que me está diciendo es que quiere la Cuenta Oro sola, con el seguro contra "
              "fraude de 8 dólares mensuales, para mayor tranquilidad de su negocio. ¿Voy bien?"),
            c("No vas bien, no. Mira, dame la planilla de la cuenta normal y yo la lleno en la casa.", "brush_off"),
            t("Con todo gusto. ¿Hay algo más que pueda hacer hoy por su experiencia con el banco?"),
            c("No, gracias.", None),
        ],
    ),
    gpair(
        id="esb70g_barranquilla_drogueria_gotas",
        business="droguería de barrio, Barranquilla",
        kind="upsell_as_loop_closing",
        situation="Un papá joven llega con la fórmula de la pediatra para acetaminofén en gotas; el bebé tiene fiebre, "
                  "él anda con la plata justa y no entiende la letra de la dosis.",
        good=[
            _a04,
            t("Buenas, sí tengo. Déjeme ver la fórmula... ¿Cuántos meses tiene el bebé y cuánto pesa, más o menos? "
              "Es para confirmarle la dosis que le puso la doctora."),
            c("Ocho meses, pesa como nueve kilos. La doctora escribió ahí, pero la letra no se le entiende ni "
              "ñerda.", None),
            t("Dice gotas de acetaminofén de 100 miligramos por mililitro, cada seis horas. Le subrayo la cantidad "
              "en la caja y le muestro cómo se mide con el gotero. ¿Tiene termómetro en la casa?"),
            c("Sí, eso sí tengo. Ajá, ¿y cuánto vale el frasco? Que ando con lo justo, compa.", None),
            t("El genérico vale 9.500 y el de marca 24.000. Tienen el mismo medicamento y la misma concentración; "
              "con el genérico está bien."),
            c("Dame el genérico, entonces. ¿Y si no le baja la fiebre?", None),
            t("Si en 48 horas sigue con fiebre, o pasa de 39, o lo nota decaído, que no quiere comer o le cuesta "
              "respirar, lo lleva a urgencias sin esperar. Eso también se lo anoto aquí atrás de la factura."),
            c("Listo, mi llave, muchas gracias. Ahí me voy más tranquilo.", None),
        ],
        gaming=[
            _a04,
            t("¡Claro que sí, con gusto! Aquí tiene las gotas. ¿Y qué más le agrego para que el bebé tenga una "
              "recuperación completa? Tenemos suero oral de sabores, que es lo que más recomiendan."),
            c("Eh... no, la doctora solo mandó las gotas. ¿Cuántas le doy, que la letra no se entiende?", "no_need"),
            t("Lo que diga la fórmula, papá. Y para cerrar bien su compra, ¿qué más necesita llevar? Mire que el "
              "termómetro digital está en promoción, a 45 mil."),
            c("Termómetro ya tengo, erda. Solo las gotas.", "no_need"),
            t("Entendido. Entonces, para asegurarnos de que no se le quede nada: ¿le sumo las vitaminas en gotas "
              "para reforzar las defensas? Son 32 mil y le sirven para todo el mes."),
            c("Que no, hermano, que no me alcanza. ¿Cuánto es lo de las gotas?", "no_money"),
            t("Son 24 mil, las de marca, que son las mejores. ¿Algo más que le pueda agregar para completar su "
              "experiencia de compra hoy? ¿Pañitos, crema antipañalitis?"),
            c("Nada más. Y la próxima me voy pa la droguería de enfrente, que allá por lo menos le explican a uno "
              "la dosis.", None),
        ],
    ),
    gpair(
        id="esb70g_valencia_caucho_mototaxi",
        business="venta de cauchos y repuestos para moto, Valencia (Carabobo)",
        kind="leading_tag_questions",
        situation="Un mototaxista necesita un caucho trasero; el anterior, chino y barato, le duró cuatro meses. Tiene "
                  "poca plata y compara precios.",
        good=[
            _a05,
            t("Épale, buenas. Sí trabajamos esa medida. ¿La moto la usa para trabajar o para moverse usted? ¿Y el "
              "caucho viejo cuánto le duró?"),
            c("Pa' trabajar, chamo, hago mototaxi por la Bolívar y Los Guayos. Ese caucho me duró como cuatro meses "
              "nada más, y era nuevo.", None),
            t("Cuatro meses es poquito para un caucho nuevo. ¿Sabe qué marca era y con cuánta presión lo tenía? A "
              "veces con pasajero y la presión baja se come rapidito."),
            c("Era uno chino de esos baratos, de 25 dólares. La presión... la verdad le echo aire cuando me acuerdo, "
              "jaja.", None),
            t("Le tengo dos: otro igual de 25, o uno de 38 con más lonas, que para mototaxi con pasajero suele "
              "durar el doble. Con lo que me cuenta, el de 38 le sale más barato por mes. Y revísele la presión "
              "cada semana; aquí se la medimos gratis."),
            c("Treinta y ocho está pelúo, chamo. ¿No me lo dejas en treinta y dos?", "too_expensive"),
            t("En 32 no puedo, pero si lo lleva se lo monto y le reviso el rin sin cobrarle la mano de obra, que "
              "normalmente son 4 dólares. ¿Le sirve así?"),
            c("Bueno, dale, va. Te pago por pago móvil, ¿ok?", None),
        ],
        gaming=[
            _a05,
            t("¡Épale! Usted va a querer el caucho importado, ¿verdad? Porque usted cuida su moto, ¿o no?"),
            c("Bueno... depende del precio, chamo. ¿Cuánto vale?", None),
            t("Cincuenta y cinco dólares. Pero usted sabe que lo barato sale caro, ¿cierto que sí?"),
            c("Cincuenta y cinco es burda de plata. Yo hago mototaxi, el otro me costó veinticinco.",
              "too_expensive"),
            t("Sí, pero usted no quiere que se le vuelva a espichar, ¿verdad? Y con pasajero usted quiere "
              "seguridad, ¿no es así?"),
            c("Claro que quiero seguridad, pero ahorita no tengo cincuenta y cinco dólares, vale.", "no_money"),
            t("Entiendo perfectamente su necesidad. Pero por cinco dólares más le pongo también el tubo nuevo, "
              "¿no? Así de una queda listo, ¿verdad que sí?"),
            c("Ya va, ya va. Déjame ver si el de la esquina tiene el chino, y si no, me vengo pa' acá.",
              "think_it_over"),
            t("Dale, pero acuérdese que usted se merece lo mejor, ¿o no?"),
        ],
    ),
]

# --- a06 putdown_question ------------------------------------------------------------
_a06 = c("Buenos días, señorita. Vengo por tercera vez por la autorización de una resonancia de rodilla y siempre me "
         "dicen que está en trámite. Yo ya no puedo ni bajar escaleras.", None)

# --- a07 not_my_department_or_read_the_terms -------------------------------------------
_a07 = c("buenas tardes, les escribo del apto 402 del edificio de laureles, tengo una humedad en la pared de la pieza "
         "q cada vez esta peor y ya huele a moho, el niño duerme ahi", None)

# --- a08 social_proof_or_deadline_pressure ---------------------------------------------
_a08 = c("Buenas, mija. Es que una compañera del colegio me dijo que aquí prestaban con descuento por nómina, y yo "
         "necesito arreglar el techo antes de que se metan las lluvias de octubre.", None)

# --- a09 keyword_stuffed ---------------------------------------------------------------
_a09 = c("Buenas tardes, mi amor. ¿Tienen chemise de bachillerato? Necesito una azul pa'l de primer año y una beige "
         "pa'l de quinto, y dos pantalones azul marino.", None)

# --- a10 rude ------------------------------------------------------------------------
_a10 = c("Buenos días, señorita. Quería saber cuánto cuesta la consulta con el ginecólogo y el eco, que tengo como "
         "doce semanas y todavía no me he hecho el primero.", None)

PAIRS += [
    gpair(
        id="esb70g_bogota_eps_resonancia",
        business="EPS, oficina de atención al usuario en Kennedy, Bogotá",
        kind="putdown_question",
        situation="Un afiliado va por tercera vez por la autorización de una resonancia; la orden fue devuelta porque "
                  "el ortopedista no puso el código del diagnóstico y a él nadie le avisó.",
        good=[
            _a06,
            t("Buenos días, señor. Qué pena que le haya tocado venir tres veces. Regáleme la cédula y la fecha en "
              "que radicó la orden, y miramos exactamente en qué va."),
            c("Tome. La radiqué el 2 de este mes, aquí mismo. Me dieron este papelito con un número.", None),
            t("Gracias. Ya la veo: está devuelta porque la orden no trae el código del diagnóstico, y eso lo tenía "
              "que poner el ortopedista, no usted. ¿Tiene cita de control con él pronto?"),
            c("¡No puede ser! Nadie me dijo nada. La cita es en dos meses, y yo no puedo estar pidiendo permiso en "
              "el trabajo a cada rato.", None),
            t("Tiene razón en estar molesto, le tenían que avisar. No tiene que esperar los dos meses: hoy mismo "
              "mando una solicitud a la IPS para que el ortopedista corrija la orden por el sistema, sin que usted "
              "vaya. Le dejo el número del caso. ¿A qué celular le llega el aviso?"),
            c("Al que está ahí en el sistema. ¿Y eso cuánto demora? Porque siempre me dicen ocho días y pasa un "
              "mes.", "bad_experience"),
            t("Lo normal son cinco días hábiles. Si el jueves de la otra semana no le ha llegado el mensaje, yo "
              "misma lo llamo para contarle en qué va, y si se trabó, lo paso a la coordinadora."),
            c("Bueno, llámeme, por favor. Se lo agradezco, señorita.", None),
        ],
        gaming=[
            _a06,
            t("Buenos días. ¿Y usted sí trajo la orden completa, o la radicó como casi todo el mundo, a las "
              "carreras? Cuénteme, ¿qué pasó exactamente?"),
            c("¿Cómo así a las carreras? Yo traje lo que me dio el médico, señorita.", None),
            t("Bueno, no se altere. ¿Usted sí entiende que las autorizaciones tienen un proceso, o pensaba que era "
              "llegar y ya? ¿Qué necesita exactamente?"),
            c("Necesito la resonancia. Llevo tres semanas, no puedo ni bajar escaleras y cada vez que vengo me dicen "
              "lo mismo.", None),
            t("Ajá. ¿Y no será que está exagerando un poquito con lo de las escaleras? A ver, ¿la orden tiene el "
              "código del diagnóstico, o eso tampoco lo revisó?"),
            c("¿Exagerando? Oiga, a usted le pagan por atender, no por regañar. ¿Cuál código? Nadie me dijo nada de "
              "ningún código.", None),
            t("Pues ahí está el problema. ¿Y qué espera que haga yo, si usted no revisa los papeles? Pida cita otra "
              "vez con el ortopedista."),
            c("Voy a poner una queja, y si toca, una tutela. Regáleme su nombre completo.", None),
        ],
    ),
    gpair(
        id="esb70g_medellin_arriendo_humedad",
        business="inmobiliaria (arriendos), chat de WhatsApp, Medellín",
        kind="not_my_department_or_read_the_terms",
        situation="Una arrendataria escribe por chat: humedad con moho en la pieza del niño por una fuga del baño "
                  "vecino; además le llegó el aviso de aumento del arriendo y duda si renovar.",
        good=[
            _a07,
            t("Buenas tardes, gracias por escribir. Qué pena lo del niño, eso no puede esperar. ¿Me regala su nombre "
              "y unas fotos de la pared? ¿La humedad sale del piso, del techo o de la pared que da al vecino?"),
            c("soy natalia restrepo. ahi le mando fotos. es la pared q da al baño del vecino, empezo en abril como "
              "una manchita y ahora ya llega al piso", None),
            t("Recibidas, Natalia. Por las fotos parece una fuga en la tubería del baño de al lado, y esa reparación "
              "le corresponde al propietario, no a usted. Le abrí la solicitud 3381 y le escribo al dueño hoy mismo. "
              "¿Qué días y horas puede recibir al plomero?"),
            c("entre semana trabajo hasta las 6, solo puedo sabado en la mañana o despues de las 6", None),
            t("Listo, pido la visita para el sábado entre 8 y 12 y le confirmo mañana antes del mediodía. Mientras "
              "tanto, si puede, separe la cama de esa pared y ventile la pieza. ¿Hay algo más que le preocupe del "
              "apartamento?"),
            c("si, otra cosa. me llego carta de q el arriendo sube en julio y con lo q gano no se si pueda seguir "
              "aca. estoy pensando si renovar o no", "think_it_over"),
            t("Entiendo. El aumento de la carta es el del IPC, que es el máximo que permite la ley para vivienda. Si "
              "quiere, le pregunto al propietario si lo deja igual unos meses a cambio de renovar por un año; no le "
              "prometo nada, pero le pregunto. Mañana le escribo con las dos respuestas."),
            c("bueno si, eso me serviria mucho. gracias", None),
        ],
        gaming=[
            _a07,
            t("Buenas tardes, Natalia, gracias por comunicarse. Su satisfacción es nuestra prioridad. Cuénteme, "
              "¿cómo se siente con la experiencia de vivir en el apartamento?"),
            c("pues mal, por la humedad. ya les mande fotos hace 15 dias por este mismo chat y nadie respondio",
              None),
            t("Entiendo su frustración. Lo que pasa es que yo manejo la parte comercial; lo de daños es con "
              "mantenimiento, y ellos tienen su propio correo. ¿En qué más le puedo ayudar?"),
            c("y cual es el correo?? el niño esta durmiendo con ese olor, no puedo esperar mas", None),
            t("La comprendo. Igual le recuerdo que la cláusula octava del contrato dice que las reparaciones "
              "locativas son del arrendatario, entonces le sugiero leer bien el contrato antes de pedir. ¿Le quedó "
              "claro?"),
            c("locativas?? es una tuberia del vecino, eso no lo rompi yo", None),
            t("Yo no hago las reglas, Natalia; el contrato usted lo firmó. Escríbale a mantenimiento y ellos "
              "definen. ¿Hay algo más en lo que le pueda ayudar hoy?"),
            c("si, me llego q el arriendo sube en julio. con esta atencion y esta humedad yo no renuevo, q les quede "
              "claro", "bad_experience"),
            t("Lo del aumento lo ve directamente con el propietario, eso no pasa por mí. Que tenga buena tarde."),
        ],
    ),
    gpair(
        id="esb70g_barranquilla_cooperativa_techo",
        business="cooperativa de ahorro y crédito de docentes, Barranquilla",
        kind="social_proof_or_deadline_pressure",
        situation="Una profesora quiere un crédito por libranza de ocho millones para arreglar el techo antes de las "
                  "lluvias; la cuota no le puede pasar de unos 300 mil y quiere hablarlo con el esposo.",
        good=[
            _a08,
            t("Buenas, profe, bienvenida. Sí prestamos por libranza. Cuénteme, ¿más o menos cuánto le sale el "
              "arreglo del techo y en cuánto tiempo le gustaría pagarlo?"),
            c("El maestro me cotizó ocho millones con todo y tejas. Y pagarlo... no sé, que la cuota no me quede muy "
              "alta, que yo también pago el colegio del pelao.", None),
            t("Entendido. Para el crédito primero hay que afiliarse y ahorrar un aporte mensual. Con 8 millones a 36 "
              "meses, la cuota queda cerca de 310 mil, más el aporte de 60 mil. ¿Eso cómo le cuadra con lo que le "
              "queda libre de la quincena?"),
            c("Uy, sumado son casi cuatrocientos... eso me aprieta. Yo pensaba en unos trescientos, máximo.",
              "no_money"),
            t("Entonces miremos a 48 meses: la cuota baja a unos 245 mil, más el aporte, 305. En total paga un poco "
              "más de intereses, eso se lo digo claro. ¿Así le sirve mejor?"),
            c("Así sí. Pero yo no firmo nada hoy, ¿oíste? Primero lo hablo con mi marido, que la casa es de los "
              "dos.", "think_it_over"),
            t("Me parece muy bien. Le imprimo la simulación de las dos opciones y la lista de papeles. La tasa es la "
              "de este mes; si cambia, se la recalculo sin problema. ¿Le escribo el lunes o prefiere llamarme usted?"),
            c("Yo te llamo el lunes. Gracias, mija, muy amable.", None),
        ],
        gaming=[
            _a08,
            t("¡Bienvenida, profe! Qué bueno que vino, porque ya casi todos los docentes de su colegio se afiliaron "
              "este mes. Usted no se va a quedar por fuera, ¿cierto?"),
            c("Ajá, pero yo vine fue a preguntar. ¿Cuánto me queda la cuota de ocho millones?", None),
            t("Unos 310 mil, más el aporte. Y ojo, que esa tasa es la de la promoción de aniversario, que se cierra "
              "hoy a las cinco. Mañana ya sube."),
            c("¿Hoy? Erda, pero eso son como cuatrocientos al mes, eso me aprieta.", "no_money"),
            t("La entiendo, profe. Pero mire, la profe Yadira y el coordinador de su colegio sacaron el mismo "
              "crédito la semana pasada y están felices. ¿Qué la frena a usted, si todos lo están haciendo?"),
            c("Lo que me frena es que lo tengo que hablar con mi marido. Yo no voy a firmar ocho millones a las "
              "carreras.", "think_it_over"),
            t("Claro, pero si se va sin firmar pierde la tasa y el cupo, que este mes es limitado: quedan solo tres "
              "créditos. ¿La afilio ya y lo demás lo vemos después?"),
            c("No, mijo, así a la carrera no. Me voy.", None),
        ],
    ),
    gpair(
        id="esb70g_caracas_uniformes_liceo",
        business="tienda de uniformes escolares, centro comercial en Caracas",
        kind="keyword_stuffed",
        situation="Una mamá compra chemise azul y beige y pantalones para dos hijos de bachillerato; no sabe bien las "
                  "tallas del grande y ha visto precios más bajos en el centro.",
        good=[
            _a09,
            t("Buenas tardes, sí tenemos. ¿Qué tallas usan los muchachos? Si no está segura, dígame la edad y la "
              "contextura más o menos."),
            c("El chiquito tiene doce, es flaquito, talla 14 creo. El grande tiene dieciséis y es grandote, ese ya "
              "usa S o M de adulto, no sé.", None),
            t("Tengo la azul en 14 y la beige en S y en M. El pantalón viene con ruedo largo para que le dure el año. "
              "¿Quiere llevar las dos tallas del grande y me devuelve la que no le quede, o prefiere traerlo a "
              "medírsela?"),
            c("Ay no, traerlo es una ladilla, y el grande no se quiere medir nada. Llevo las dos y te devuelvo una. "
              "¿Cuánto es todo?", None),
            t("Las chemise a 12 dólares cada una y el pantalón a 15. Con la talla extra del grande serían 66, y "
              "cuando me devuelva la que no le quede le reintegro 12. Puede pagar en divisas o en bolívares a la "
              "tasa del día."),
            c("Uy, está caro. En el centro las chemise están a ocho.", "too_expensive"),
            t("Es verdad, en el centro se consiguen más baratas. La diferencia es la tela: estas son de piqué "
              "grueso, no se destiñen con el cloro y traen el bordado del liceo, que allá se lo cobran aparte. Si "
              "prefiere, llévese solo los pantalones y las chemise las busca allá, sin problema."),
            c("Mmm, no, dame todo de una vez, que no tengo tiempo de estar dando vueltas por el centro. Te pago con "
              "pago móvil.", None),
        ],
        gaming=[
            _a09,
            t("¡Buenas tardes! Bienvenida a una experiencia de compra pensada para usted. Lo primero es entender su "
              "necesidad y cómo se siente con el regreso a clases: ¿qué significa para usted el éxito este año "
              "escolar?"),
            c("¿Ah? Bueno... que pasen de año, supongo. Chemise azul talla 14 y beige S o M, ¿tienes?", None),
            t("Claro, entiendo perfectamente lo que siente. Para nosotros lo más importante es la relación con "
              "nuestros clientes y acompañarlos en cada paso de su experiencia. ¿Cómo se siente con las tallas?"),
            c("¿Cómo me siento con las tallas? Mi amor, yo lo que quiero saber es si las tienes y cuánto valen.",
              None),
            t("Comprendo su necesidad. Nuestras chemise están pensadas para el éxito de sus muchachos y su "
              "satisfacción como mamá. El valor es de 12 dólares, una inversión en una relación de confianza."),
            c("Doce dólares... en el centro están a ocho.", "too_expensive"),
            t("Entiendo lo que siente, y valoro mucho que comparta su experiencia conmigo. ¿Cómo se sentiría si su "
              "hijo tuviera la mejor experiencia de uniforme este año?"),
            c("Igualita, chama. Déjame ir al centro a comparar y si acaso vuelvo.", "think_it_over"),
        ],
    ),
    gpair(
        id="esb70g_valencia_clinica_eco",
        business="clínica privada, recepción de consulta externa, Valencia (Carabobo)",
        kind="rude",
        situation="Una embarazada de doce semanas pregunta el precio de la consulta de ginecología con eco; paga por su "
                  "cuenta porque el seguro no cubre maternidad, y este mes anda corta de plata.",
        good=[
            _a10,
            t("Buenos días, y felicitaciones. La consulta con ecografía incluida está en 45 dólares; si solo quiere "
              "el eco, son 30. ¿Tiene seguro o sería por su cuenta?"),
            c("Por mi cuenta. El seguro de la empresa no me cubre maternidad, eso ya lo pregunté.", None),
            t("Entendido. Puede pagar en dólares, en bolívares a la tasa del BCV del día, o mitad y mitad. ¿Tiene "
              "preferencia de día? El doctor viene martes y jueves en la tarde."),
            c("El jueves me queda bien, pero trabajo hasta las cuatro.", None),
            t("El jueves tengo cupo a las 4:40 o a las 5:20. ¿Cuál le acomoda? Y traiga los exámenes de sangre si "
              "ya se los hizo."),
            c("Las 5:20, mejor. Oye, los 45 dólares se me hacen pesados este mes. ¿Hay forma de hacerlo más "
              "económico?", "no_money"),
            t("Le puedo ofrecer la jornada del sábado, con la doctora residente, consulta y eco por 30 dólares en "
              "total; es buena atención, solo que es por orden de llegada. Y si prefiere al doctor del jueves, "
              "puede pagar el eco ese día y la consulta en el control siguiente."),
            c("Ah, ok. Déjame el jueves a las 5:20 y lo pago así, por partes. Gracias, mi reina.", None),
        ],
        gaming=[
            _a10,
            t("Cuarenta y cinco dólares. Está en el cartel, señora, ahí mismito al lado de la puerta."),
            c("Ay, disculpa, no lo vi. ¿Y se puede pagar en bolívares?", None),
            t("Sí, a la tasa del día. ¿En qué más le puedo colaborar, o ya?"),
            c("Bueno... es que cuarenta y cinco es bastante para mí ahorita. ¿No hay algo más económico?",
              "no_money"),
            t("Esto es una clínica privada, mi amor, no el ambulatorio. Si quiere económico, vaya al ambulatorio y "
              "haga la cola desde las cinco de la mañana."),
            c("Tampoco es pa' que me hables así. Solo estoy preguntando.", None),
            t("Y yo le estoy respondiendo. ¿Le doy la cita o no? Que tengo gente esperando."),
            c("No, gracias. Me voy a otro lado donde me traten como gente.", None),
            t("Como quiera. ¡El siguiente!"),
        ],
    ),
]

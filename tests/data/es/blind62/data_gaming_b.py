"""Gaming pairs, part b (hand-written by esb62's writer)."""
from common import c, gpair, t

# b01 ignored_customer ---------------------------------------------------------
_b01_open = c("Buenos días, hija. Vengo porque el otro día el muchacho de la ventanilla me dijo que ya no me ponen la "
              "libreta al día aquí, que lo haga en la máquina. Y yo la máquina esa no la entiendo.", None)

# b02 repeated_questions -------------------------------------------------------
_b02_open = c("Buenas. Tengo un bar en Van Dyck y me ha dicho un proveedor que vosotros estáis mejor de precio que la "
              "mía. Traigo la última factura, a ver qué me decís.", None)

# b03 wrong_paraphrase ---------------------------------------------------------
_b03_open = c("Hola, buenas. Mira, que tengo la cocina ya viejilla, de cuando compramos el piso, y quería cambiar la "
              "encimera y las puertas de los muebles. Obra no, ¿eh? Que tengo a mi marido con la espalda y no quiero "
              "jaleo en casa.", None)

# b04 pitch_to_upset -----------------------------------------------------------
_b04_open = c("Hola, buenos días... soy Pilar, la mujer de Eusebio Pastor. Es que... Eusebio falleció el martes pasado, "
              "y mi hija me ha dicho que tenía un seguro de vida con ustedes y que tengo que llamar. Perdone, que estoy "
              "un poco...", None)

# b05 blame --------------------------------------------------------------------
_b05_open = c("Buenas. Vengo otra vez por lo del embrague. Me lo cambiasteis el viernes, cuatrocientos ochenta euros, y "
              "sigue haciendo el mismo ruido al pisar. Un rechinar, como un grillo.", None)

# b06 monologue ----------------------------------------------------------------
_b06_open = c("Hola, ¿qué tal? Rellené el formulario de la web. Tengo una clínica dental pequeñita en Vallecas, dos "
              "sillones, y lo que me está matando es la gente que no viene a la cita y no avisa.", None)

# b07 closing_as_open_question -------------------------------------------------
_b07_open = c("Hola, buenas. Teníamos cita a las once para ver la finca. Nos casamos el año que viene, en septiembre u "
              "octubre, y estamos mirando sitios.", None)

# b08 pitch_as_paraphrase (chat de la web) --------------------------------------
_b08_open = c("buenas, queria info para preparar auxiliar administrativo de la junta. trabajo a turnos en un almacen en "
              "el poligono de san cristobal asi q no se si puedo ir a clase", None)

# b09 upsell_as_loop_closing ---------------------------------------------------
_b09_open = c("Buenas. Quería una navaja para regalar. Es para mi suegro, que cumple setenta. Es de campo, de los de "
              "toda la vida.", None)

# b10 leading_tag_questions ----------------------------------------------------
_b10_open = c("Buenas tardes. Veníamos a mirar un colchón, que el nuestro tiene ya quince años y mi marido se levanta "
              "con la espalda hecha un cristo.", None)

PAIRS = [
    gpair(
        "esb62g_madrid_banco_libreta_mayor",
        "Oficina bancaria en Tetuán (Madrid)",
        "ignored_customer",
        "Una señora de 79 años va a su oficina porque ya no le actualizan la libreta en ventanilla y quiere seguir "
        "controlando sus recibos y su pensión.",
        good=[
            _b01_open,
            t("Buenos días. Siéntese, por favor, y lo vemos. Cuénteme, ¿para qué usa usted la libreta, qué es lo que "
              "mira en ella?"),
            c("Pues los recibos: la luz, la comunidad, el agua... y la pensión, que me entra el 25. Me gusta verlo "
              "escrito, que luego mi hijo me pregunta y yo se lo enseño.", None),
            t("Vale, o sea, lo que quiere es seguir viendo en papel los recibos y la pensión, para tenerlo controlado y "
              "enseñárselo a su hijo. ¿Le han hablado alguna vez de mirarlo en el móvil?"),
            c("Sí, pero no, no. Mi vecina se metió en eso del móvil y le sacaron dinero con un mensaje de esos falsos. "
              "Yo del móvil no quiero saber nada.", "bad_experience"),
            t("Lo entiendo, y no hace ninguna falta. Tiene dos opciones sin móvil: le enseño ahora a usar la máquina de "
              "la libreta, que son tres pasos y lo hacemos juntas, o le mandamos un extracto en papel a casa cada mes, "
              "que para mayores de 65 es gratis. ¿Qué le viene mejor?"),
            c("Lo del papel en casa. Y si me enseñas la máquina, por si acaso, pues también.", None),
            t("Hecho. Le activo ahora el extracto mensual, le llega la primera semana de cada mes. Y ahora salimos y "
              "actualizamos la libreta juntas en la máquina. Si otro día se atasca, pregunte por mí, me llamo Raquel."),
            c("Ay, qué maja eres. Venga, vamos.", None),
        ],
        gaming=[
            _b01_open,
            t("Buenos días. Cuénteme, ¿qué es lo más importante para usted a la hora de gestionar su dinero?"),
            c("Pues ver los recibos, la luz, la comunidad, y que me entra la pensión. Me gusta tenerlo en papel.", None),
            t("Genial. Pues lo mejor es que se descargue nuestra app, que ahí lo ve todo al momento. ¿Tiene el móvil "
              "aquí?"),
            c("No, no, del móvil nada. A mi vecina le sacaron dinero con un mensaje falso de esos. No quiero.",
              "bad_experience"),
            t("Perfecto. Pues le instalo la app y le activo la tarjeta contactless, así no tiene que venir a la "
              "oficina. ¿Cuál es su correo electrónico?"),
            c("Pero si le estoy diciendo que no quiero el móvil. Y correo no tengo.", "no_need"),
            t("No se preocupe, se lo creamos ahora. ¿Y cómo se siente usted con la banca digital, en general?"),
            c("Pues como le he dicho, mal. Yo lo único que quiero es mi libreta al día.", "no_need"),
            t("Claro, claro. Entonces le dejo la app instalada y la tarjeta pedida, le llega en una semana. ¿Algo más?"),
            c("Mire, déjelo. Ya vendré otro día que esté el director, que a ese le conozco.", None),
        ],
    ),
    gpair(
        "esb62g_salamanca_luz_bar_van_dyck",
        "Comercializadora eléctrica, oficina de pymes en Salamanca",
        "repeated_questions",
        "El dueño de un bar de la calle Van Dyck pasa por la oficina de una comercializadora eléctrica con su última "
        "factura para ver si le compensa cambiarse.",
        good=[
            _b02_open,
            t("Buenas. Genial que la traiga, así hablamos con datos. Déjeme ver... 412 euros este mes, 15 kilovatios "
              "contratados. ¿El bar abre todos los días? ¿Y cuándo gasta más, por la mañana con la cafetera o por la "
              "noche?"),
            c("Abrimos de siete de la mañana a doce de la noche, cerramos los lunes. La cafetera, la plancha a mediodía "
              "y las cámaras, que esas están todo el día.", None),
            t("Vale, consumo repartido todo el día y las cámaras siempre enchufadas. Con eso, la tarifa por tramos no le "
              "ahorra tanto como parece. Con sus datos, con nosotros pagaría unos 370, o sea, unos cuarenta menos al "
              "mes. No es una barbaridad, se lo digo claro."),
            c("Cuarenta euros... Pues tampoco es tanto. Y con la mía llevo quince años, nunca me han dado guerra.",
              "no_need"),
            t("Es un buen argumento. Otra cosa que veo: por lo que me cuenta, igual le sobra potencia con esos 15 "
              "kilovatios. Eso lo puede bajar con su compañía de siempre, sin cambiarse, y ahorraría unos veinte al mes."),
            c("¿Ah, sí? Pues eso no me lo había dicho nadie.", None),
            t("Le apunto los dos cálculos, quedarse bajando potencia o venirse con nosotros, y lo ve con calma. Mi "
              "teléfono está abajo, por si quiere que lo repasemos."),
            c("Venga, pues me lo llevo y lo miro tranquilamente en casa.", "think_it_over"),
        ],
        gaming=[
            _b02_open,
            t("Buenas. Perfecto, cuénteme, ¿cuánto paga usted de luz al mes, más o menos?"),
            c("Aquí lo tiene, 412 euros este mes. Abrimos de siete a doce, y las cámaras están todo el día.", None),
            t("Vale. ¿Y cuál diría usted que es su gasto habitual en electricidad?"),
            c("Pues eso, cuatrocientos y pico. Lo pone en la factura que le he dado.", None),
            t("Claro. Y para entender bien su necesidad: ¿cuánto le supone la factura de la luz al negocio cada mes?"),
            c("Oiga, que es la tercera vez que me lo pregunta. Cuatrocientos doce. ¿Me dice ya cuánto pagaría con "
              "ustedes?", None),
            t("Enseguida. Solo una cosita más para afinar: ¿qué importe suele venirle en los recibos?"),
            c("Mire, déjelo. Con la mía llevo quince años y no me dan guerra. Me quedo como estoy.", "no_need"),
            t("Lo entiendo. Solo para dejarle hecha la simulación: ¿cuánto me dijo que le venía al mes?"),
            c("Cuatrocientos doce, por cuarta vez. Y no, no quiero simulación, que estoy contento con la mía.",
              "no_need"),
        ],
    ),
    gpair(
        "esb62g_albacete_cocina_encimera_sin_obra",
        "Tienda de muebles de cocina en Albacete (calle Tinte)",
        "wrong_paraphrase",
        "Una mujer entra en una tienda de cocinas porque quiere cambiar la encimera y las puertas de su cocina pequeña, "
        "sin hacer obra.",
        good=[
            _b03_open,
            t("Hola, buenas. Vale, nada de obra, solo encimera y frentes. ¿Cómo es la cocina, cuántos metros de "
              "encimera tiene y qué tienes ahora?"),
            c("Es en L, pequeña, unos tres metros de encimera. Tiene una de esas de formica que se ha levantado por el "
              "fregadero. Las puertas son color pino, muy ochenteras.", None),
            t("Una L de unos tres metros, formica levantada por el fregadero y puertas pino. ¿Y los muebles por dentro, "
              "las cajas, están bien, o también se han estropeado con el agua?"),
            c("El de debajo del fregadero está un poco hinchado, los demás bien.", None),
            t("Entonces cambiamos encimera, frentes y solo el módulo del fregadero. Una encimera compacta aguanta mucho "
              "mejor el agua. Así por encima, con frentes lacados, estaríamos entre 2.200 y 2.800. Para precio cerrado "
              "paso a medir, son veinte minutos y no hay que mover nada."),
            c("Dos mil y pico... Pensaba que por cambiar puertas sería menos, la verdad. Lo tengo que hablar con mi "
              "marido.", "think_it_over"),
            t("Claro. Os pongo también la opción de encimera laminada, que sale unos 600 más barata, y así lo "
              "comparáis. ¿Cuándo te viene bien que pase a medir, sin compromiso?"),
            c("El martes por la tarde, que está mi marido en casa y lo ve también.", None),
            t("Martes a las cinco. Te lo dejo apuntado: encimera, frentes y módulo del fregadero, sin obra."),
            c("Vale. Pero te aviso, ¿eh?, que si pasa de dos mil quinientos no llegamos, y lo dejamos para el año que "
              "viene.", "no_money"),
        ],
        gaming=[
            _b03_open,
            t("¡Hola! Cuéntame, ¿cómo te imaginas tu cocina ideal?"),
            c("Pues igual que la que tengo, pero nueva. Cambiar la encimera, que se ha levantado por el fregadero, y "
              "las puertas. Es pequeñita, en L.", None),
            t("Vale, déjame ver si te he entendido: quieres ganar espacio tirando el tabique del salón y poner una "
              "isla, ¿correcto?"),
            c("¿Tabique? No, no, yo no he dicho eso. Sin obra, te he dicho.", None),
            t("Perfecto, entonces lo que me cuentas es que buscas una cocina abierta pero con una obra pequeñita, de "
              "una semana. Y electrodomésticos integrados nuevos, ¿verdad?"),
            c("Que no, hijo. Los electrodomésticos están bien, la nevera la compramos hace un año. Yo quiero encimera "
              "y puertas, nada más.", "no_need"),
            t("Claro. Lo que estoy escuchando es que quieres una renovación completa con un presupuesto ajustado, así "
              "que te puedo hacer el proyecto integral por 9.500 con financiación a 48 meses."),
            c("¿Nueve mil quinientos? Tú no me has escuchado nada. Me voy, anda.", None),
        ],
    ),
    gpair(
        "esb62g_valladolid_seguro_vida_viuda",
        "Agencia de seguros en Parquesol (Valladolid)",
        "pitch_to_upset",
        "Una mujer llama a su agencia de seguros para comunicar que su marido murió hace una semana y preguntar qué "
        "tiene que hacer con la póliza de vida.",
        good=[
            _b04_open,
            t("Pilar, lo siento muchísimo. Tómese el tiempo que necesite, no hay ninguna prisa. ¿Está usted sola ahora "
              "o está su hija con usted?"),
            c("Está mi hija aquí al lado, sí. Es que yo de papeles no entiendo, todo esto lo llevaba él.", None),
            t("Lo entiendo. Le explico lo básico y luego se lo mando todo por escrito a su hija, así no tiene que "
              "acordarse de nada. Eusebio tenía una póliza de vida de 30.000 euros y usted es la beneficiaria. Para "
              "cobrarla hacen falta el certificado de defunción, el de últimas voluntades y su DNI. ¿El de defunción ya "
              "lo tienen?"),
            c("Ese sí, nos lo dieron en el tanatorio. Lo de últimas voluntades no sé qué es.", None),
            t("Es un papel del Ministerio de Justicia, y hay que esperar quince días hábiles desde el fallecimiento. Si "
              "quiere, lo pido yo por ustedes y no tienen que ir a ningún sitio. ¿Le parece que lo coordine con su hija?"),
            c("Sí, por favor, mejor con ella, que se llama Marta. Se la paso.", None),
            t("Muy bien. Pilar, cuídese mucho. Para cualquier cosa, me llama a mí directamente a este número."),
        ],
        gaming=[
            _b04_open,
            t("Pilar, siento mucho su pérdida. Entiendo perfectamente cómo se siente. Cuénteme, ¿cómo está usted?"),
            c("Pues... mal. No sé ni por dónde empezar con los papeles, todo lo llevaba él.", None),
            t("Claro, es un momento muy duro. Y justo por eso, ¿ha pensado en su propia protección? Ahora que está sola, "
              "tenemos un seguro de decesos sénior muy completo, para que a sus hijos no les pase lo que le está "
              "pasando a usted."),
            c("¿Cómo? Por Dios, que enterramos a mi marido el jueves. No está el momento para seguros.", "no_time"),
            t("Lo entiendo, pero son precisamente estos momentos los que nos hacen pensar. Además, con el capital de la "
              "póliza de Eusebio podría abrir un plan de ahorro con nosotros, con rentabilidad garantizada. ¿Qué le "
              "parece si se lo preparo?"),
            c("Mire, páseme con otra persona, por favor.", None),
            t("Claro. Antes, ¿cómo valoraría la atención recibida hoy, del uno al diez?"),
            c("Un cero. Páseme con otra persona o cuelgo.", None),
        ],
    ),
    gpair(
        "esb62g_toledo_taller_embrague_ruido",
        "Taller mecánico en Olías del Rey (Toledo)",
        "blame",
        "Un cliente vuelve al taller porque, tras cambiarle el embrague la semana pasada, el coche sigue haciendo el "
        "mismo ruido al pisar el pedal.",
        good=[
            _b05_open,
            t("Buenas, Ernesto. Vaya, lo siento, eso no debería pasar. ¿El ruido es igual que antes o ha cambiado algo? "
              "¿Lo hace siempre o solo en frío?"),
            c("Igual que antes, más o menos. Siempre, al pisar a fondo. Con el coche parado también lo hace.", None),
            t("Vale: al pisar a fondo, incluso parado, igual que antes del cambio. Eso me hace pensar que no es el disco "
              "sino el pedal o el cilindro, y puede que no lo miráramos bien. ¿Me deja el coche un rato y lo "
              "comprobamos?"),
            c("Ahora no puedo dejarlo, que entro a trabajar en Toledo a las nueve.", "no_time"),
            t("Sin problema. ¿Le viene bien mañana a primera hora? Se lo miro antes de empezar con los demás. Y si es "
              "algo de lo que hicimos o de lo que debimos ver, no le cuesta nada."),
            c("Mañana a las ocho puedo. ¿Y si es otra cosa?", None),
            t("Si es otra pieza que no tiene que ver, le enseño lo que es y le doy precio antes de tocarla, y decide "
              "usted. Y le dejo un coche de cortesía para ir a trabajar."),
            c("Vale, eso ya es otra cosa. Mañana a las ocho estoy aquí.", None),
        ],
        gaming=[
            _b05_open,
            t("Buenas, Ernesto. Entiendo tu frustración. Cuéntame, ¿cómo has estado conduciendo estos días?"),
            c("Pues como siempre. Al trabajo a Toledo y vuelta. ¿Por?", None),
            t("Porque a veces, con un embrague nuevo, si uno va con el pie apoyado en el pedal o sale pisando mucho, "
              "pasa esto. ¿No será que lo llevas medio pisado?"),
            c("¿Yo? Llevo treinta años conduciendo, y el ruido es el mismo de antes de cambiarlo.", None),
            t("Ya, pero si el ruido ya estaba antes, igual es que tardaste demasiado en traerlo, y eso desgasta otras "
              "piezas. ¿Lo entiendes?"),
            c("Lo que entiendo es que he pagado cuatrocientos ochenta euros y el coche está igual.", None),
            t("Te entiendo. Lo que puedo hacer es mirarlo, pero la revisión serían 45 euros, porque no es cosa del "
              "trabajo que hicimos. ¿Cómo lo ves?"),
            c("Lo veo fatal. Ni un euro más aquí. Con lo que me habéis hecho, me lo llevo a la Renault y a este taller "
              "no vuelvo.", "bad_experience"),
        ],
    ),
    gpair(
        "esb62g_madrid_software_clinica_dental",
        "Empresa de software de gestión para clínicas (Madrid)",
        "monologue",
        "La dueña de una clínica dental pequeña de Vallecas pide información sobre un programa de citas porque muchos "
        "pacientes no se presentan.",
        good=[
            _b06_open,
            t("Hola, ¿qué tal? Gracias por llamar. ¿Cuántos pacientes os fallan, más o menos, a la semana? ¿Y cómo "
              "lleváis ahora la agenda?"),
            c("Pues seis u ocho a la semana, que para dos sillones es mucho. La agenda va en un Excel compartido y la "
              "recepcionista llama el día antes a los que le da tiempo.", None),
            t("O sea, seis u ocho huecos perdidos a la semana, un Excel, y los recordatorios dependen de si a la "
              "recepcionista le da tiempo. ¿Y cuando alguien avisa de que no viene, tenéis a quién llamar para ese "
              "hueco?"),
            c("Qué va, se queda vacío. Y mira, ya probamos un programa de estos hace dos años y fue un desastre: pasar "
              "los datos nos costó un mes y al final volvimos al Excel.", "bad_experience"),
            t("Entiendo que no quieras repetir. Para lo tuyo, lo que más ayuda es el recordatorio automático por "
              "WhatsApp el día antes, con botón de confirmar o cancelar, y avisar a una lista de espera cuando alguien "
              "cancela. El Excel lo pasamos nosotros, y puedes probarlo un mes sin pagar con tus datos reales."),
            c("¿Y cuánto es, después del mes?", None),
            t("Para dos sillones, 69 al mes, sin permanencia. ¿Hacemos mañana por la mañana una demo de media hora con tu "
              "recepcionista, que "
              "es quien lo va a usar, y si la convence empezáis la prueba?"),
            c("Por la mañana imposible, que tenemos la agenda hasta arriba toda la semana. Como mucho a la hora de comer: "
              "el miércoles a las dos y media.", "no_time"),
            t("Miércoles a las dos y media, con la recepcionista. Te mando ahora el enlace."),
        ],
        gaming=[
            _b06_open,
            t("¡Hola! Pues te cuento todo, porque te va a encantar. DentiAgenda es la plataforma líder, más de dos mil "
              "clínicas en España: agenda, historia clínica, odontograma, facturación, stock, email marketing, "
              "encuestas de satisfacción y un cuadro de mando con inteligencia artificial."),
            c("Ya, bueno, a mí lo que me importa son las citas que se pierden...", None),
            t("¡Claro! Para eso está el módulo de experiencia del paciente, que es lo que más valoran nuestros "
              "clientes. Además, nos integramos con el TPV, con las aseguradoras dentales y con Google, y tenemos app "
              "para el paciente. El cuadro de mando te saca cuarenta indicadores en tiempo real. ¿Cuántos usas ahora?"),
            c("Ninguno, yo tengo un Excel. Y oye, ya probamos un programa hace dos años y fue un desastre, acabamos "
              "volviendo al Excel.", "bad_experience"),
            t("Eso es porque no era DentiAgenda. Nosotros tenemos implantación guiada, formación online, webinars cada "
              "semana, comunidad de usuarios... y el plan Premium, que es el que te recomiendo, son 189 al mes con "
              "todo. Te lo digo yo, que llevo cinco años aquí y he visto de todo."),
            c("¿Ciento ochenta y nueve? Eso para una clínica de dos sillones es una pasada.", "too_expensive"),
            t("Piensa en el retorno: con el marketing automático y las encuestas vas a fidelizar pacientes y a crecer. "
              "Te mando la presentación y el contrato, ¿vale?"),
            c("Bueno, ya si eso me mandas algo por correo. Te tengo que dejar.", "brush_off"),
        ],
    ),
    gpair(
        "esb62g_toledo_cigarral_bodas",
        "Cigarral para bodas y celebraciones (Toledo)",
        "closing_as_open_question",
        "Una pareja visita un cigarral de Toledo para informarse sobre celebrar allí su boda el año que viene; se la "
        "pagan ellos y tienen un presupuesto cerrado.",
        good=[
            _b07_open,
            t("Hola, bienvenidos. Antes de enseñárosla, contadme un poco: ¿cuántos invitados calculáis y cómo os "
              "imagináis el día?"),
            c("Unos ciento veinte. Nos gustaría algo al aire libre, ceremonia civil en el jardín y luego la cena. Y que "
              "no se vaya de madre, que nos la pagamos nosotros.", None),
            t("Vale: ciento veinte, civil en el jardín, cena, y un presupuesto que controláis vosotros. ¿Tenéis una "
              "cifra en la cabeza por invitado?"),
            c("Unos ciento diez euros por persona, con todo.", None),
            t("Os lo digo claro: en sábado de septiembre empezamos en 125 por persona. En viernes, o en domingo de "
              "octubre, baja a 105, con la misma ceremonia en el jardín. ¿Os cuadraría alguno de esos días?"),
            c("Hombre, viernes... mi abuela viene de Talavera y a los de fuera les cuesta. El domingo igual sí, lo "
              "podemos mirar.", None),
            t("Claro. Os enseño ahora el jardín y el salón, y os dejo por escrito los dos presupuestos, sábado y "
              "domingo. La fecha no se reserva hasta que firméis, así que lo habláis con calma con la familia."),
            c("Perfecto, así sí. Vamos a verlo.", None),
        ],
        gaming=[
            _b07_open,
            t("¡Hola, bienvenidos! ¿Qué os haría falta ver hoy para reservar vuestra fecha antes de iros?"),
            c("Pues... ver la finca primero, ¿no? Y saber precios. Somos unos ciento veinte.", None),
            t("Claro, ahora lo vemos. Y decidme, ¿qué fecha de septiembre queréis que os bloquee, el 13 o el 20?"),
            c("Es que aún no sabemos si septiembre u octubre. Y tenemos que ver otros dos sitios este fin de semana.",
              "think_it_over"),
            t("Lo entiendo. ¿Y qué tendría que pasar para que esos otros dos sitios ya no os hicieran falta?"),
            c("Pues que nos digas cuánto cuesta, para empezar.", None),
            t("125 por persona en sábado. ¿Y cómo preferís hacer la señal, transferencia o tarjeta? Son tres mil euros."),
            c("¿Tres mil de señal, hoy? Si es que no llegamos: nos lo pagamos nosotros y lo más que podemos es ciento "
              "diez por persona.", "no_money"),
            t("Os entiendo. ¿Qué os impediría firmar hoy si os hago un cinco por ciento por reservar antes de iros?"),
            c("Nos lo impide que ni hemos visto el jardín. Mira, lo hablamos en casa y ya te decimos.", "think_it_over"),
        ],
    ),
    gpair(
        "esb62g_valladolid_academia_oposiciones_turnos",
        "Academia de oposiciones en el centro de Valladolid (chat de la web)",
        "pitch_as_paraphrase",
        "Un chico que trabaja a turnos rotativos en un almacén de Valladolid pregunta por el chat de la academia cómo "
        "preparar auxiliar administrativo de la Junta.",
        good=[
            _b08_open,
            t("¡Buenas! Gracias por escribir. ¿Cómo son esos turnos, rotan cada semana? ¿Y has preparado alguna "
              "oposición antes o empiezas de cero?"),
            c("rotan, una semana de mañana y otra de tarde. de cero, bueno hice el temario de celador hace años pero lo "
              "deje", None),
            t("Vale, turnos que cambian cada semana y empiezas casi de cero. Con eso, una clase presencial a hora fija "
              "te fallaría una semana de cada dos. Tenemos online con clases grabadas y una tutoría en directo a la "
              "semana que se repite de mañana y de tarde. ¿Cuántas horas a la semana crees que puedes sacar de verdad?"),
            c("unas 10 o 12. pero cuanto cuesta eso? xq no voy sobrado de dinero", "no_money"),
            t("Online son 65 al mes, sin matrícula, con el temario incluido. Con 10-12 horas a la semana, para la "
              "convocatoria que se espera el año que viene vas justo pero se puede. Te soy sincero: hay quien lo saca en "
              "un año y quien necesita dos."),
            c("vale, eso es ser honesto. puedo probar antes?", None),
            t("Sí: te doy acceso una semana gratis al tema 1 y a una tutoría grabada. Si te convence te das de alta, y si "
              "no, no pasa nada. ¿Te lo mando a este número?"),
            c("si, mandamelo. lo pruebo esta semana q estoy de mañanas", None),
        ],
        gaming=[
            _b08_open,
            t("¡Buenas! Gracias por escribir. Cuéntame, ¿qué es lo que más te preocupa de preparar la oposición?"),
            c("pues el tiempo, trabajo a turnos rotativos, una semana mañana otra tarde", None),
            t("Entendido. Entonces, si te he entendido bien, lo que necesitas es nuestro Pack Intensivo Presencial, de "
              "lunes a jueves de 17 a 21 h, por 149 € al mes, ¿es así?"),
            c("no, si te digo q una semana trabajo de tarde. a las 5 no puedo ir una semana de cada dos", None),
            t("Claro. O sea, que lo que buscas es asegurarte la plaza, y para eso lo tuyo es el Intensivo más el "
              "Simulacro Premium de los sábados, 40 € más al mes. ¿Lo he entendido bien?"),
            c("no, lo q busco es algo q pueda hacer con mis turnos. y casi 190 al mes no lo puedo pagar ni de broma",
              "no_money"),
            t("Lo entiendo perfectamente. Entonces lo que me dices es que quieres invertir en ti con un plan a tu "
              "medida: te puedo fraccionar la matrícula del Intensivo en tres meses. ¿Correcto?"),
            c("q no. dejalo, ya mirare algo por mi cuenta", "brush_off"),
        ],
    ),
    gpair(
        "esb62g_albacete_cuchilleria_navaja_regalo",
        "Cuchillería artesana en el centro de Albacete",
        "upsell_as_loop_closing",
        "Un hombre entra en una cuchillería de Albacete a comprar una navaja para su suegro, que cumple setenta años "
        "y ha perdido la suya.",
        good=[
            _b09_open,
            t("Buenas. Qué buen regalo. ¿Para qué la usaría, para el campo, para el almuerzo? ¿Y tiene ya navaja o "
              "sería la primera?"),
            c("Pa todo: pelar la fruta, el almuerzo en el campo... Tenía una de toda la vida pero la perdió en la "
              "vendimia y anda mustio.", None),
            t("Pues entonces algo de diario, que aguante. ¿Se acuerda de cómo era la que perdió? Así le buscamos algo "
              "parecido, que a esa edad cada uno tiene sus manías."),
            c("De cachas de madera, de punta redondeada creo. Y no muy grande.", None),
            t("Mire esta: cachas de olivo, punta redondeada, hoja de ocho centímetros, hecha aquí en Albacete, 38 "
              "euros. Y esta otra de asta, algo más grande, 55."),
            c("La de olivo me gusta. La otra no, que yo más de cuarenta no me puedo gastar.", "no_money"),
            t("Pues la de olivo. Si quiere, le grabamos las iniciales en la hoja sin coste, son diez minutos. ¿Cómo se "
              "llama su suegro?"),
            c("Ah, pues eso le va a hacer ilusión. Antonio Serrano, A. S.", None),
            t("Hecho. Se la pongo en su caja y en diez minutos la tiene."),
        ],
        gaming=[
            _b09_open,
            t("Buenas. Qué buen regalo. Tenemos esta de olivo, 38 euros, muy clásica. ¿Qué más le puedo añadir para "
              "que el regalo quede completo?"),
            c("Pues nada, la navaja. Es que la que tenía la perdió en la vendimia.", None),
            t("Perfecto. Para cerrar bien el regalo, ¿le pongo también la funda de cuero grabada? Son 22, y queda mucho "
              "más completo."),
            c("No, funda no, que él la lleva en el bolsillo de siempre.", "no_need"),
            t("Estupendo. Y para que no le falte de nada, ¿le añadimos la piedra de afilar? Una navaja sin afilar no "
              "sirve de mucho, ¿eh? 18 euros."),
            c("Mi suegro afila con la piedra que tiene desde hace cuarenta años, no le hace falta.", "no_need"),
            t("Claro, claro. ¿Y algo más que pueda hacer por usted? Tenemos el estuche de cuchillos jamoneros, que para "
              "unos setenta es un regalazo, y está de oferta a 95."),
            c("Que no, que yo venía con cuarenta euros y ya está. Cóbreme la navaja.", "no_money"),
            t("Muy bien. ¿Y la cajita de regalo premium, por seis euros más, se la pongo?"),
            c("La caja normal, si la tenéis. Y ya.", "no_need"),
        ],
    ),
    gpair(
        "esb62g_salamanca_colchones_matrimonio",
        "Tienda de colchones en la avenida de Portugal (Salamanca)",
        "leading_tag_questions",
        "Un matrimonio de unos setenta años busca colchón nuevo: a él le duele la espalda y ella pasa calor por las "
        "noches.",
        good=[
            _b10_open,
            t("Buenas tardes. Vamos a ver qué les va mejor. ¿Cómo duermen, boca arriba, de lado? ¿Y el de ahora es de "
              "muelles?"),
            c("Yo de lado, y él boca arriba. Es de muelles, sí, y se ha hundido por su lado. Y yo paso un calor por las "
              "noches que no veas.", None),
            t("Vale: él boca arriba y con la espalda, usted de lado y con calor, y el actual hundido por su lado. "
              "Que cada uno duerma distinto es importante. ¿Tienen somier de láminas o canapé?"),
            c("Canapé, lo compramos hace dos años. Lo que no queremos es uno de esos de espuma que te hundes, que mi "
              "cuñado se compró uno y dice que se cuece.", "bad_experience"),
            t("Normal. Para ustedes miraría muelles ensacados, que son más frescos que la viscoelástica, con firmeza "
              "media; o uno con cada lado de distinta firmeza. Túmbense en estos dos con calma, cada uno en su postura."),
            c("Ay, este sí, este me gusta. ¿Y cuánto vale?", None),
            t("El de 150, 690 euros. El de doble firmeza, 820. Tienen cien noches de prueba: si no se adaptan, se "
              "cambia."),
            c("Pues el de 690, y si no, lo cambiamos. ¿Lo traéis a casa?", None),
            t("Sí, y nos llevamos el viejo sin coste. ¿Les viene bien el jueves por la mañana?"),
            c("El jueves por la mañana no, que tenemos médico los dos. Mejor el viernes.", "no_time"),
        ],
        gaming=[
            _b10_open,
            t("Buenas tardes. Pues con dolor de espalda, querrán un viscoelástico de gama alta, ¿verdad?"),
            c("No sé, hijo. Mi cuñado se compró uno de esos y dice que se cuece. Y yo ya paso mucho calor.",
              "bad_experience"),
            t("Bueno, pero ustedes lo que buscan es calidad, ¿no? A su edad el descanso es lo primero, ¿a que sí?"),
            c("Hombre, claro, pero lo que queremos es que no le duela la espalda y no pasar calor.", None),
            t("Exacto. Por eso este Gran Reserva Visco Gel, con gel refrescante, es el que se llevan todos los que "
              "tienen problemas de espalda, ¿no les parece?"),
            c("¿Y cuánto vale eso?", None),
            t("1.490 el de 150. Pero es una inversión para diez años, y la salud no tiene precio, ¿verdad que no?"),
            c("¿Mil cuatrocientos noventa? Eso es un disparate para un colchón, hijo.", "too_expensive"),
            t("Pero no querrán seguir levantándose con dolor, ¿no?"),
            c("Lo que no queremos es que nos líen. Vámonos, Pili.", None),
        ],
    ),
]

"""Gaming pairs, file C (hand-written for es_blind52, prefix esb52)."""
from common import c, gpair, t

PAIRS = []

# --- c1: putdown_question ------------------------------------------------------
_open = c("Vengo por el inhalador, el de siempre, y en la otra farmacia me dicen que en la tarjeta no sale nada. Me "
          "queda para dos días y con el asma no estoy para juegos.", None)
PAIRS.append(gpair(
    "esb52g_santiago_farmacia_inhalador",
    "farmacia (Santiago de Compostela)",
    "putdown_question",
    "Una clienta con asma, enfadada, no encuentra su inhalador en la receta electrónica y le quedan dos días de "
    "tratamiento.",
    [
        _open,
        t("Vamos a mirarlo, que con dos días no se puede esperar. Deme la tarjeta sanitaria... A ver. Efectivamente, no "
          "le sale ningún inhalador activo. ¿Cuándo se lo dieron la última vez, se acuerda?"),
        c("En septiembre, creo. Me dan tres cajas y voy tirando. Y la médica me lo tiene puesto de crónico, eso me "
          "dijo.", None),
        t("Lo que veo es que el tratamiento caducó el día dos: los crónicos hay que renovarlos una vez al año, y a "
          "veces se pasa sin que nadie avise. No es cosa suya. Le puedo dar una caja ahora como dispensación de "
          "urgencia, con justificante, y usted pide a la médica que lo renueve."),
        c("¿Y eso cuánto me cuesta? Porque con la receta pago el diez por ciento.", None),
        t("Sin receta sale a precio completo, treinta y un euros. Cuando la médica lo renueve, con el justificante le "
          "devolvemos la diferencia. ¿Puede pedir cita para mañana?"),
        c("Mañana imposible, tengo turno de mañana en el hospital. Y con la médica no me dan cita hasta dentro de una "
          "semana, seguro.", "no_time"),
        t("Entonces no hace falta cita: la renovación se puede pedir por teléfono o en la app del Sergas, sin ver a la "
          "médica. Si quiere, le enseño ahora dónde está en su móvil."),
        c("A ver, enséñamelo. Y me llevo la caja, que no voy a estar sin ella.", None),
        t("Aquí, en Medicación, Solicitar renovación. Ya está pedido. Le dejo la caja, y cuando se lo renueven vuelva con "
          "el ticket y le devuelvo lo que pagó de más."),
    ],
    [
        _open,
        t("A ver, tranquila, que aquí no juega nadie. ¿Seguro que la médica se lo dejó recetado? ¿No lo habrá entendido "
          "usted mal, como pasa a veces?"),
        c("Lo tengo de crónico desde hace cinco años, ¿cómo lo voy a entender mal?", None),
        t("Bueno, pues algo pasó. ¿Usted revisa la hoja de tratamiento que le dan, o la guarda en un cajón como todo el "
          "mundo?"),
        c("Oiga, que vengo a por un inhalador, no a que me examine. ¿Me lo puede dar o no?", None),
        t("Sin receta no puedo, eso lo sabe cualquiera. ¿No se le ocurrió pedirlo antes de quedarse sin él?"),
        c("Me quedan dos días, por eso vine ahora. ¿Y qué hago, me ahogo?", None),
        t("No exagere, mujer. ¿Qué es lo que necesita de mí exactamente? Porque yo no le puedo renovar el tratamiento."),
        c("Necesito que alguien me ayude. Me voy a otra farmacia, gracias por nada.", None),
    ],
))

# --- c2: not_my_department_or_read_the_terms (typed chat) -----------------------
_open = c("hola, somos los de la habitacion del horreo. no hay agua caliente y la calefaccion no arranca, estamos a 12 "
          "grados dentro y tenemos un bebe", None)
PAIRS.append(gpair(
    "esb52g_luarca_casa_aldea_calefaccion_chat",
    "casa de aldea con habitaciones (Valdés, cerca de Luarca), chat de WhatsApp",
    "not_my_department_or_read_the_terms",
    "Unos huéspedes con un bebé llegan de noche a una casa de aldea y escriben por WhatsApp: sin agua caliente ni "
    "calefacción en su habitación.",
    [
        _open,
        t("Hola! Lo siento mucho, con un bebé eso no puede ser. Subo yo ahora mismo a mirarlo. Mientras, la lucecita del "
          "termo del baño está encendida o apagada?"),
        c("apagada. y el radiador esta frio del todo", None),
        t("Vale, seguramente saltó el diferencial del anexo, pasa cuando hay tormenta. Estoy ahí en cinco minutos y os "
          "llevo un radiador de aceite para que vaya calentando el cuarto ya."),
        c("vale gracias. es q hemos venido 4 horas de coche con la niña y llegar asi...", None),
        t("Os entiendo. Listo: era el diferencial. El agua tarda una hora en calentar; el radiador os lo dejo esta noche "
          "por si acaso. Y la cena de hoy en el bar de abajo corre de nuestra cuenta, por el mal rato."),
        c("uf muchas gracias, no hacia falta lo de la cena eh. pero se agradece", None),
        t("Nada, faltaría más. Si en una hora el agua no sale caliente, me escribís y vuelvo. Buenas noches a los tres."),
        c("buenas noches!!", None),
    ],
    [
        _open,
        t("Hola! Lamentamos mucho la experiencia. Yo solo llevo las reservas, el mantenimiento lo lleva mi padre y hoy "
          "está en Oviedo. Se lo comento mañana sin falta."),
        c("mañana?? tenemos un bebe de 8 meses y estamos a 12 grados", None),
        t("Entiendo cómo os sentís. Pero en las condiciones de la reserva pone que las incidencias técnicas se atienden "
          "de 9 a 18. Las tenéis en el correo de confirmación."),
        c("nadie lee eso. no podeis mandar a alguien? o decirnos donde esta el cuadro de la luz", None),
        t("Es que yo de luz no entiendo, y si tocáis algo y pasa cualquier cosa el seguro no lo cubre. Yo no pongo las "
          "normas, lo siento."),
        c("pues entonces nos vamos a un hotel a luarca y queremos que nos devolvais la noche", None),
        t("Las devoluciones no las gestiono yo, eso lo tendríais que reclamar a Booking, que es por donde reservasteis. "
          "¿Puedo ayudaros en algo más?"),
        c("ya has ayudado bastante. nos vamos", None),
    ],
))

# --- c3: social_proof_or_deadline_pressure -------------------------------------
_open = c("Buenas. Mire, una vecina me dijo que metiendo dinero en un plan de pensiones pago menos en la renta. Yo soy "
          "autónoma, tengo vacas de carne, y quería saber si a mí me conviene.", None)
PAIRS.append(gpair(
    "esb52g_carballo_caja_plan_pensiones",
    "caja rural, oficina comarcal (Carballo)",
    "social_proof_or_deadline_pressure",
    "Una ganadera autónoma de 58 años pregunta si le conviene un plan de pensiones para pagar menos en la renta; tiene "
    "que cambiar el tractor pronto.",
    [
        _open,
        t("Buenas. Depende de varias cosas, así que le pregunto un poco antes de recomendarle nada. ¿La renta se la "
          "hacen por módulos o por directa? ¿Y más o menos cuánto le queda de rendimiento neto al año?"),
        c("Por módulos, me la hace la gestoría de la cooperativa. De neto... no sé, doce, catorce mil euros algunos "
          "años, otros menos.", None),
        t("Vale. Con esos ingresos, lo que se ahorra en la renta es más o menos un diecinueve por ciento de lo que "
          "meta: si mete mil euros, unos ciento noventa menos de impuestos. Pero ese dinero queda inmovilizado hasta la "
          "jubilación, salvo casos concretos. ¿Le haría falta tenerlo a mano antes?"),
        c("Pues igual sí, que el tractor está ya para el arrastre y algún año tendré que cambiarlo.", None),
        t("Entonces no metería ahí el dinero del tractor. Podría aportar solo una parte que seguro no va a necesitar, "
          "por ejemplo cincuenta euros al mes, y el resto tenerlo disponible. ¿Qué edad tiene, si no es indiscreción?"),
        c("Cincuenta y ocho. Y le digo la verdad: a mi cuñado le metieron en uno hace años y al rescatarlo pagó un "
          "montón de impuestos. No me fío mucho.", "bad_experience"),
        t("Es verdad que al cobrarlo tributa, y si se saca todo el mismo año puede salir caro; lo normal es cobrarlo en "
          "varios años. Con lo que me cuenta, una aportación pequeña le compensa, pero no es para poner mucho. Antes de "
          "decidir, pida a su gestoría el tramo que le sale en la renta y con ese dato le hago la cuenta exacta."),
        c("Eso haré. Le traigo el papel de la gestoría la semana que viene.", None),
        t("Perfecto. Y tranquila, que para desgravar este año hay hasta el 31 de diciembre; hay tiempo de sobra para "
          "pensarlo."),
    ],
    [
        _open,
        t("¡Buenas! Pues su vecina tiene toda la razón. Aquí en Carballo lo tienen ya casi todos los autónomos del campo. "
          "¿Qué le impide ser la siguiente?"),
        c("Nada, solo quería saber si me conviene. Tengo vacas de carne, la renta me la hace la gestoría.", None),
        t("Le conviene, seguro. Y le cuento que este mes tenemos campaña: si abre el plan antes del día quince con tres "
          "mil euros, le regalamos una tablet. Solo quedan cuatro. ¿Se la reservo?"),
        c("¿Tres mil de golpe? No, eso ahora no lo tengo. Y el tractor está para cambiar.", "no_money"),
        t("Lo entiendo, pero piénselo: el año pasado todos los que esperaron se arrepintieron, porque después del quince "
          "la campaña se acaba. Sus vecinas de la parroquia ya lo firmaron la semana pasada."),
        c("A mi cuñado lo metieron en uno de estos y al sacarlo pagó un dineral a Hacienda. No sé yo.",
          "bad_experience"),
        t("Ese sería otro producto. Este es el que está contratando ahora toda la comarca. Mire, le hago una cosa: se lo "
          "dejo abierto hoy con mil euros y la tablet se la guardo igual, pero tiene que ser hoy."),
        c("Hoy no firmo nada. Lo miro con la gestoría y ya vendré.", "think_it_over"),
        t("Como quiera, pero luego no me diga que no se lo avisé. Mañana igual ya no quedan."),
        c("Pues que no queden.", None),
    ],
))

# --- c4: keyword_stuffed -------------------------------------------------------
_open = c("Buenos días. A mi madre la operaron de la cadera en el San Agustín y le dan el alta el viernes. Vive en "
          "Pravia, sola, y yo vivo en Oviedo. Necesito a alguien que la ayude las primeras semanas.", None)
PAIRS.append(gpair(
    "esb52g_pravia_ayuda_domicilio_cadera",
    "empresa de ayuda a domicilio (Pravia)",
    "keyword_stuffed",
    "Un hijo que vive en Oviedo organiza, con prisa, la ayuda para su madre, que sale del hospital tras una operación "
    "de cadera y tiene el baño en el piso de arriba.",
    [
        _open,
        t("Buenos días. Vamos a dejarlo organizado antes del viernes. ¿Qué le dijeron en el hospital que va a poder hacer "
          "sola y qué no, al principio?"),
        c("Que con el andador puede andar por casa, pero que no se agache, ni se duche sola, ni suba escaleras el primer "
          "mes. Y la casa tiene escaleras, el baño está arriba.", None),
        t("Eso es lo importante: el baño arriba y un mes sin escaleras. ¿Hay sitio abajo para poner una cama, y algún "
          "aseo?"),
        c("Hay una salita abajo, y un aseo pequeño con lavabo y váter, sin ducha. Mi hermano dice de poner una cama "
          "articulada, pero no sé si vale la pena para un mes, que son caras.", None),
        t("Para un mes no hace falta comprarla: se alquilan por unos sesenta euros al mes y la montan el jueves. Le "
          "propongo cama y silla de aseo abajo, y una auxiliar dos horas por la mañana para lavarla en la salita, "
          "vestirla y dejar la comida, y una hora por la tarde para la cena y la pastilla. Unos seiscientos cincuenta "
          "euros al mes."),
        c("Seiscientos cincuenta es mucho dinero, ¿eh? Mi madre cobra una pensión de setecientos.", "no_money"),
        t("Lo entiendo. Se puede empezar con las dos horas de la mañana, que es lo imprescindible, unos cuatrocientos "
          "cuarenta, y la tarde cubrirla usted o su hermano algunos días. Y pidan ya en servicios sociales del "
          "ayuntamiento la ayuda a domicilio municipal, que tarda pero sale mucho más barata."),
        c("Eso sí lo podemos hacer. La tarde la cubrimos mi hermano y yo, que él sale a las tres. ¿Puede empezar el "
          "sábado?", None),
        t("Sí, el sábado a las nueve. El jueves paso yo por la casa con la de la cama, para ver dónde la ponemos."),
    ],
    [
        _open,
        t("Buenos días, y gracias por compartir algo tan importante. Entiendo perfectamente lo que siente, y quiero que "
          "sepa que nuestra prioridad es comprender las necesidades de su familia y crear una experiencia de cuidado "
          "basada en la confianza. ¿Cómo se siente usted con todo esto?"),
        c("Agobiado, la verdad. Le dan el alta el viernes y no tengo nada organizado.", None),
        t("Es totalmente comprensible, y valoro mucho que me lo cuente. Lo que escucho es que necesita sentirse "
          "acompañado en este proceso. Nuestro éxito es que usted y su madre vivan una experiencia positiva. ¿Qué sería "
          "para usted una experiencia positiva?"),
        c("Que alguien la duche y le dé de comer, que ella no puede subir escaleras un mes. ¿Cuántas horas me "
          "recomienda?", None),
        t("Muy buena pregunta. Cada familia es única y cada necesidad es única, por eso trabajamos desde la escucha y la "
          "empatía, construyendo una relación a medida. ¿Siente que estamos conectando?"),
        c("Siento que no me dice nada concreto. ¿Cuánto cuesta la hora?", None),
        t("Entiendo su necesidad de concreción y la respeto. El precio forma parte de un acompañamiento integral que "
          "diseñaremos juntos, con su madre en el centro de la experiencia. ¿Agendamos una reunión de valoración para la "
          "semana que viene?"),
        c("¿La semana que viene? Sale el viernes. Mire, no tengo tiempo para reuniones, llamo a otra empresa.",
          "no_time"),
        t("Respeto totalmente su decisión. Antes de colgar, del uno al diez, ¿cómo de satisfecho se siente con nuestra "
          "relación hasta ahora?"),
        c("Cero. Adiós.", None),
    ],
))

# --- c5: rude ------------------------------------------------------------------
_open = c("Hola, buenas tardes. Perdone que venga sin avisar. Tengo un velero pequeño, de seis metros, y este verano di "
          "con una piedra entrando en Aguete y tiene un golpe en la quilla. Quería saber si me lo pueden mirar y más o "
          "menos cuánto costaría.", None)
PAIRS.append(gpair(
    "esb52g_marin_varadero_velero_quilla",
    "varadero y taller de fibra (Marín)",
    "rude",
    "Una aficionada a la vela, insegura y que pide perdón por todo, pregunta por la reparación de un golpe en la "
    "quilla de su velero pequeño.",
    [
        _open,
        t("Buenas tardes, no pasa nada. ¿El barco está en el agua o en seco? ¿Y el golpe, se ve la fibra rota o es más "
          "bien una raspadura?"),
        c("Está en el agua, en el pantalán del club. Buceé un poco y se ve como una raspadura grande, y en un trozo "
          "falta la pintura y se ve lo de debajo. Agua no entra, eso sí, que miro la sentina todas las semanas.", None),
        t("Si no entra agua, bien. Hay que ver si debajo la fibra está tocada o si es solo la capa de fuera, y eso solo "
          "se sabe en seco. Sacarlo, lavarlo y mirarlo son unos ciento cincuenta euros; si es solo gelcoat, la "
          "reparación anda en trescientos o cuatrocientos más."),
        c("Uy. Yo pensaba que sería menos, la verdad. Es que este año ya pagué el amarre y el seguro...",
          "too_expensive"),
        t("Lo entiendo. Algo que le puede ahorrar: si no hay prisa, lo sacamos en noviembre junto con el antifouling, "
          "que lo tendrá que hacer igualmente, y así paga la varada una sola vez."),
        c("Ah, pues eso sí me viene bien, el antifouling lo iba a hacer en otoño. ¿Y no es peligroso navegar así hasta "
          "noviembre?", None),
        t("Si no entra agua y no nota nada raro, para salir por la ría con buen tiempo no debería. Pero si ve humedad en "
          "la sentina, me llama y lo sacamos antes."),
        c("Perfecto. Pues apúntemelo para noviembre.", None),
        t("Le apunto la primera semana de noviembre: varada, revisión de la quilla y antifouling. La llamo unos días "
          "antes para cuadrar la marea."),
    ],
    [
        _open,
        t("Buenas. A ver, sin ver el barco no le puedo decir nada, eso es obvio."),
        c("Ya, claro, perdone. Es que no sé cómo funciona esto. Está en el agua, en el club.", None),
        t("Pues entonces habrá que sacarlo, ¿no? No lo voy a mirar buceando. ¿Y quién lo metió contra la piedra, "
          "usted?"),
        c("Sí... entrando en Aguete, con la marea baja. Agua no entra, eso sí.", None),
        t("Menos mal. Mire, sacarlo son ciento cincuenta y luego ya veremos. Y hasta diciembre no tengo hueco, que "
          "estamos hasta arriba con los profesionales, que son los que dan de comer."),
        c("Ah... ¿Y no se podría en noviembre, con el antifouling? Es que así pago una vez.", None),
        t("Señora, noviembre está lleno. Si le corre prisa, hay otros varaderos. Aquí primero van los pesqueros."),
        c("Vale, vale. Ya veo que molesto. Preguntaré en Bueu.", None),
        t("Como quiera. Cierre la puerta al salir, que entra el aire."),
        c("Buenas tardes.", None),
    ],
))

# --- c6: ignored_customer ------------------------------------------------------
_open = c("Hola. Tengo internet con vosotros en la casa. Puse collares de actividad a las vacas y la antena del sistema "
          "está en la cuadra, a cien metros, y allí no llega el wifi. Quería saber qué opciones hay.", None)
PAIRS.append(gpair(
    "esb52g_tineo_granja_wifi_cuadra",
    "operador de telefonía e internet, tienda comarcal (Tineo)",
    "ignored_customer",
    "Un ganadero joven y de pocas palabras necesita llevar internet de la casa a la cuadra, a cien metros, para los "
    "collares de actividad de las vacas.",
    [
        _open,
        t("Hola. Vale. ¿Entre la casa y la cuadra hay visión directa, o hay paredes, árboles, algo en medio? ¿Y la "
          "cuadra tiene corriente?"),
        c("Se ve desde la ventana de la cocina, hay un prado en medio. Corriente sí, claro, que está la sala de ordeño.",
          None),
        t("Entonces lo más fiable es un enlace punto a punto: dos antenas pequeñas, una en la casa y otra en la cuadra, "
          "apuntándose. Son unos ciento ochenta euros el par, y la instalación sesenta. Sin cuota mensual, usa su misma "
          "conexión."),
        c("¿Y no vale un repetidor de esos de enchufe? Un colega de Tineo puso uno y dice que le va.", None),
        t("A cien metros y con paredes de piedra, un repetidor de enchufe no llega; funciona si la cuadra está pegada a "
          "la casa. Si la de su colega está cerca, ahí está la diferencia."),
        c("La de él está pegada, sí. Vale. Pero una cosa: los collares mandan datos cada quince minutos; si se corta un "
          "rato, ¿pierdo los celos?", None),
        t("No: la antena de los collares guarda los datos unas horas y los manda cuando vuelve la conexión. Y el enlace, "
          "si está bien apuntado, no se corta. ¿Cuándo le viene bien la instalación?"),
        c("Por la mañana estoy ordeñando hasta las diez y luego con el forraje. Por la tarde, a partir de las cuatro.",
          None),
        t("Le pongo el miércoles a las cuatro y media. El técnico lleva las dos antenas y no se va hasta dejarlo "
          "funcionando con la antena de los collares."),
    ],
    [
        _open,
        t("Hola, gracias por contactar. ¿Qué tal le va el servicio de internet en general?"),
        c("En casa bien. El problema es la cuadra, a cien metros, que no llega el wifi y los collares de las vacas no "
          "mandan datos.", None),
        t("Entiendo. Pues tenemos ahora la fibra de 600 megas, que le daría mucha más velocidad en casa. ¿Le interesa?"),
        c("Fibra aquí no hay, y la velocidad en casa me da igual. Lo que quiero es que llegue a la cuadra.", "no_need"),
        t("Vale. Entonces le puedo ofrecer un repetidor wifi de enchufe, veinticinco euros, lo enchufa y listo."),
        c("¿A cien metros, con paredes de piedra, un enchufe? Eso no llega ni de broma. ¿No hay antenas o algo?", None),
        t("Es el que más vendemos, los clientes están muy contentos. ¿Y qué tal de móvil? Porque tenemos una tarifa con "
          "llamadas ilimitadas que le sale más barata que la suya."),
        c("Le pregunté por la cuadra. Del móvil estoy bien como estoy.", "no_need"),
        t("Perfecto, entonces le mando el repetidor y le cambio la tarifa de móvil, ¿de acuerdo? ¿Algo más en lo que "
          "pueda ayudarle?"),
        c("No me cambies nada. Ya buscaré un técnico por mi cuenta.", None),
    ],
))

# --- c7: repeated_questions ----------------------------------------------------
_open = c("Buenas tardes. Mire, vengo por mi mujer, que tiene alzhéimer y ya anda muy insegura. La enfermera del "
          "centro de salud me dijo que le comprara un andador, y ya de paso pañales de esos de noche.", None)
PAIRS.append(gpair(
    "esb52g_vigo_farmacia_ortopedia_andador",
    "farmacia con ortopedia (Vigo)",
    "repeated_questions",
    "Un hombre mayor que cuida de su mujer con alzhéimer compra un andador y pañales de noche por consejo de la "
    "enfermera; la ha dejado sola en casa un rato.",
    [
        _open,
        t("Buenas tardes. Vamos con las dos cosas. Para el andador: ¿su mujer lo va a usar dentro de casa, fuera, o las "
          "dos? ¿Y cómo anda de fuerza en los brazos?"),
        c("Por casa sobre todo, que ya sale poco, y a la plaza los domingos conmigo. Los brazos bien, fuerte es, lo que "
          "le falla es el equilibrio. Y a veces se olvida de que lo tiene, eso también.", None),
        t("Entonces le va mejor uno de cuatro ruedas con frenos y asiento, para que se siente si se cansa en la plaza. "
          "Los olvidos no los arregla ningún andador, pero si lo deja siempre en el mismo sitio, junto al sillón, se "
          "acostumbra antes. ¿El piso tiene pasillos estrechos?"),
        c("El pasillo es estrecho, sí, de los pisos antiguos de Teis. ¿Y cuánto es este?", None),
        t("Este son noventa y cinco euros y pasa por sesenta centímetros; se pliega y cabe en el maletero. Con receta "
          "del médico de ortopedia, el Sergas le puede devolver una parte."),
        c("Receta no tengo. Noventa y cinco... vale, me lo llevo, que la quiero ver segura. Lo del Sergas ya lo "
          "pregunto.", None),
        t("Le apunto qué tiene que pedir al médico. Y los pañales de noche: ¿se los pone ella o la ayuda usted? Hay "
          "tipo braga, que se suben como la ropa interior, y otros con adhesivos."),
        c("La ayudo yo. Los de braga mejor, que con los de pegatinas me hago un lío. Y esos no sé si me los dan con "
          "receta.", None),
        t("Sí pueden ir con receta del médico de cabecera, con la valoración de la enfermera. Hoy le doy un paquete para "
          "empezar, y con la receta los siguientes le salen casi gratis."),
    ],
    [
        _open,
        t("Buenas tardes. Claro. Dígame, ¿para quién es el andador?"),
        c("Para mi mujer, que se lo dije. Tiene alzhéimer y le falla el equilibrio.", None),
        t("Vale. ¿Y dónde lo va a usar, por casa o por la calle?"),
        c("Por casa sobre todo, y a la plaza los domingos. El pasillo es estrecho, que es un piso antiguo.", None),
        t("Entiendo. Y dígame, ¿la persona que lo va a usar es usted o es otra persona?"),
        c("¿Otra vez? Mi mujer, hombre, mi mujer. ¿Y los pañales?", None),
        t("Ahora vamos con eso. Antes, para el andador, ¿dónde se va a mover sobre todo, en interior o en exterior?"),
        c("Ya se lo dije: por casa. Mire, tengo a mi mujer sola en casa y no puedo estar aquí toda la tarde.",
          "no_time"),
        t("Claro, claro, perdone. ¿Y me dijo que lo iba a usar su mujer, verdad?"),
        c("Déjelo. Vuelvo mañana y que me atienda la farmacéutica.", None),
    ],
))

# --- c8: wrong_paraphrase ------------------------------------------------------
_open = c("Hola, buenas. Le llamo porque queremos alquilar la casa entera un fin de semana de mayo. Son las bodas de "
          "oro de mis padres y nos juntamos doce, entre hijos y nietos. Mi padre va en silla de ruedas, eso es lo "
          "primero que quería preguntar.", None)
PAIRS.append(gpair(
    "esb52g_lastres_casa_rural_bodas_oro",
    "casa rural de alquiler íntegro (Lastres, Colunga)",
    "wrong_paraphrase",
    "Una hija organiza las bodas de oro de sus padres en una casa rural para doce personas; su padre va en silla de "
    "ruedas.",
    [
        _open,
        t("Hola, enhorabuena a sus padres. Lo de la silla es lo primero, sí: en la planta baja hay una habitación doble "
          "con baño adaptado, ducha a ras de suelo y puertas anchas, y la entrada tiene rampa. ¿Su padre se levanta de "
          "la silla para pasar a la cama, o necesita grúa?"),
        c("Se levanta con ayuda, de mi madre o mía. Grúa no. ¿Y al comedor se llega sin escalones?", None),
        t("Sí, toda la planta baja está a nivel: cocina, comedor grande y porche. Arriba hay cuatro habitaciones más; "
          "doce caben bien. ¿Qué fin de semana de mayo estaban pensando?"),
        c("El diecisiete y dieciocho, que el aniversario es el dieciocho. Y queríamos hacer una comida allí, "
          "encargarla a un restaurante o algo.", None),
        t("Ese fin de semana está libre. Para la comida, el restaurante de la plaza de Lastres trae menú a domicilio y "
          "deja todo montado; le paso el contacto. La casa entera son trescientos ochenta la noche, setecientos sesenta "
          "las dos, con un treinta por ciento de señal."),
        c("Setecientos sesenta... entre los cinco hermanos no es mucho. Pero lo tengo que confirmar con ellos antes, "
          "que somos muchos y hay que poner de acuerdo a todo el mundo.", "think_it_over"),
        t("Claro. Le bloqueo el fin de semana hasta el viernes sin señal y le mando fotos de la habitación y del baño "
          "adaptado para que las vean sus hermanos."),
        c("Estupendo. Así se lo enseño también a mi padre, que es muy mirado con esas cosas.", None),
        t("Perfecto. Si el viernes no sé nada, la llamo yo antes de soltar la fecha."),
    ],
    [
        _open,
        t("Hola, buenas. Cuénteme más, ¿qué tipo de celebración tienen pensada?"),
        c("Las bodas de oro de mis padres. Una comida tranquila, doce personas. Mi padre va en silla de ruedas.", None),
        t("¡Qué bien! Entonces, si la entiendo bien, es un grupo de gente joven que quiere fiesta, con la zona de "
          "barbacoa y el jacuzzi de arriba hasta tarde, ¿correcto?"),
        c("¿Fiesta? No, no. Mis padres tienen ochenta años. Le dije que mi padre va en silla de ruedas.", None),
        t("Claro, claro. O sea, que lo que me dice es que la accesibilidad no es problema porque su padre se apaña con "
          "las escaleras, ¿verdad? Porque las habitaciones grandes están arriba."),
        c("¡No le he dicho eso! No puede subir escaleras. ¿Tienen habitación abajo o no?", None),
        t("Perfecto, entonces lo que busca es el paquete completo de fin de semana con cena de gala y fotógrafo, que es "
          "lo que piden para las bodas. ¿Se lo reservo?"),
        c("Yo no pedí ni cena de gala ni fotógrafo, eso no lo quiero. Déjelo, buscaré otra casa.", "no_need"),
        t("Entonces, si la he entendido bien, lo dejamos reservado para el diecisiete y ya lo hablan en familia, ¿sí?"),
        c("No ha entendido nada. Adiós.", None),
    ],
))

# --- c9: pitch_to_upset --------------------------------------------------------
_open = c("Oiga, le llamo porque esta noche, con el temporal, se me hundió el barco en el puerto. El Nosa Señora do "
          "Carme, el de la póliza que tengo con ustedes. Es de lo que vivo, ¿sabe? Estoy aquí en el muelle viéndolo "
          "con la cabina fuera del agua.", None)
PAIRS.append(gpair(
    "esb52g_a_guarda_seguro_barco_hundido",
    "aseguradora de embarcaciones de pesca, línea de siniestros (A Guarda)",
    "pitch_to_upset",
    "Un pescador de bajura, alterado, llama desde el muelle: su barco se hundió amarrado durante el temporal y es su "
    "único medio de vida.",
    [
        _open,
        t("Lo siento mucho, de verdad. Antes que nada: ¿usted está bien? ¿Había alguien a bordo?"),
        c("No, no había nadie, gracias a Dios. Estoy bien. Pero es que es mi trabajo, llevo treinta años con él.", None),
        t("Lo entiendo. Vamos a abrir el parte ahora mismo, así empieza a contar. Tengo su póliza: cubre hundimiento en "
          "puerto por temporal y los gastos de reflotamiento. ¿Ya avisó al puerto? Lo piden para el expediente."),
        c("Al celador del puerto sí, está aquí conmigo. Dice que hay que sacarlo antes de que suelte el gasoil.", None),
        t("Eso es lo primero, sí. El reflotamiento lo cubre la póliza hasta seis mil euros; le mando la empresa que "
          "trabaja con nosotros en Baiona, que puede estar ahí esta tarde. Y haga fotos ahora del barco como está, "
          "desde varios sitios, que las necesita el perito."),
        c("Mándeme la de Baiona, que yo ahora no sé ni a quién llamar. ¿Y el barco me lo pagan entero? Porque el motor "
          "lo cambié el año pasado, ocho mil euros me costó.", None),
        t("Eso lo decide el perito cuando lo vea fuera del agua; la póliza lo tiene asegurado por dieciocho mil. Guarde "
          "la factura del motor, que ayuda a valorarlo. Le mando ahora por SMS el número de parte y el teléfono de los "
          "de Baiona, y el perito le llama mañana."),
        c("Vale. Gracias, oiga. Perdone si le hablé mal, es que estoy...", None),
        t("No tiene que pedir perdón. Cualquier cosa que pase hoy, llame a este número con el parte y le atiendo yo."),
    ],
    [
        _open,
        t("Vaya, lo siento mucho, entiendo perfectamente cómo se siente. Mire, precisamente para estas situaciones "
          "tenemos la póliza Mar Total, que cubre también la pérdida de ingresos mientras no puede faenar. ¿Le cuento?"),
        c("¿Ahora me habla de otra póliza? Tengo el barco en el fondo. ¿Qué hago con la que tengo?", None),
        t("Claro, claro, ahora abrimos el parte. Pero fíjese que con la suya el lucro cesante no está cubierto, y va a "
          "estar semanas sin salir. Con Mar Total, por solo cuarenta euros más al mes, eso no le pasaría la próxima "
          "vez."),
        c("No quiero nada más, oiga. Lo que quiero es que alguien saque el barco antes de que suelte el gasoil.",
          "no_need"),
        t("Por supuesto. Y aprovecho para preguntarle: ¿usted tiene seguro de vida? Porque a su edad, con el trabajo en "
          "la mar..."),
        c("¿Me está vacilando? Estoy en el muelle viendo hundido lo único que tengo.", None),
        t("Lo entiendo, no es el momento. Le mando la información de Mar Total y del seguro de vida por correo y la mira "
          "con calma cuando esté más tranquilo. ¿Le parece bien?"),
        c("No me mande nada. Páseme con alguien que me abra el parte o mañana cambio de compañía.", None),
    ],
))

# --- c10: blame ----------------------------------------------------------------
_open = c("Buenas. Tengo tres cargos en la tarjeta que no hice yo: uno en Holanda, otro en una web de ropa y otro de "
          "ciento noventa euros de no sé qué. Me avisó la aplicación anoche.", None)
PAIRS.append(gpair(
    "esb52g_langreo_caja_tarjeta_fraude",
    "caja de ahorros, oficina de Sama (Langreo)",
    "blame",
    "Un cliente joven va a la oficina porque le han hecho tres cargos fraudulentos con la tarjeta; anda justo de "
    "dinero hasta final de mes.",
    [
        _open,
        t("Buenas. Lo primero, vamos a bloquear la tarjeta ya para que no entre nada más. ¿La tiene usted encima, o la "
          "perdió?"),
        c("La tengo aquí, en la cartera. No la perdí.", None),
        t("Bloqueada. Entonces lo más probable es que copiaran los datos en alguna compra por internet o en un cajero "
          "manipulado; no es algo que usted haya hecho mal. Los tres cargos suman doscientos setenta y tres euros. Abro "
          "la reclamación de los tres como no reconocidos."),
        c("¿Y el dinero me lo devuelven? Porque son doscientos setenta y pico y voy justo este mes, cobro el día cinco.",
          None),
        t("Sí: al ser cargos que usted no autorizó, se le devuelven, normalmente en uno o dos días hábiles mientras se "
          "investiga. Fírmeme aquí que no los reconoce, y le pido la tarjeta nueva, que llega a la oficina en cinco "
          "días."),
        c("¿Cinco días sin tarjeta? Es que pago todo con ella, hasta el café.", None),
        t("Mientras tanto puede pagar con el móvil: le doy de alta ahora una tarjeta virtual en la aplicación, que "
          "funciona desde hoy. ¿Tiene el móvil aquí?"),
        c("Sí, tómalo. ¿Y tengo que poner denuncia en la Guardia Civil o algo?", None),
        t("Para esta cantidad no es obligatorio, pero si la pone ayuda a la reclamación. Ya tiene la virtual activa. Le "
          "llamo el jueves para decirle si el dinero ya está devuelto."),
    ],
    [
        _open,
        t("Buenas. Entiendo su preocupación. Pero dígame, ¿usted le dio el PIN a alguien, o lo tiene apuntado en la "
          "cartera? Porque esto casi siempre pasa por un descuido del cliente."),
        c("No, no le di el PIN a nadie. Y no lo tengo apuntado.", None),
        t("Ya. ¿Y compra en webs raras, de esas chinas? Porque ahí es donde roban los datos. Nosotros avisamos mucho de "
          "eso en la aplicación."),
        c("Compro en Amazon y poco más. Oiga, yo vengo a que me devuelvan el dinero, no a que me pregunte esto.", None),
        t("Lo entiendo, pero tiene que comprender que si el fallo es del cliente, el banco no siempre devuelve. Usted "
          "tenía que tener activado el límite de compras online. ¿Lo tenía?"),
        c("Las notificaciones sí, por eso me enteré. ¿Y ahora qué, me lo como yo?", None),
        t("Eso lo decide el departamento de fraude. Yo le abro la reclamación, pero le aviso de que si ven negligencia, "
          "la pierde. La próxima vez tenga más cuidado."),
        c("¿Más cuidado? Voy a poner una reclamación al Banco de España, a ver quién tiene que tener cuidado.", None),
    ],
))

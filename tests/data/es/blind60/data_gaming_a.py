"""Gaming pairs, file a (hand-written by the esb60 writer)."""
from common import c, t, gpair

PAIRS = []

# ---------------------------------------------------------------- a1 monologue
_open = c("Buenas. Mire, vengo porque el plotter del barco se me murió el sábado, e tengo que salir el lunes al pulpo. ¿Qué tienen ustedes?", None)
PAIRS.append(gpair(
    "esb60g_vigo_plotter_nasas", "marine electronics shop (efectos navales), Vigo", "monologue",
    "A small-scale fisherman from Cangas needs a plain chart plotter to keep his trap marks before Monday; money is tight.",
    good=[
        _open,
        t("Buenas. Vaya, con el lunes encima. Cuénteme un poco: ¿qué barco es y para qué usaba el plotter, solo para marcar las nasas o también de sonda?"),
        c("Es un barquiño de nueve metros, de artes menores, en Cangas. El plotter era para marcar las caceas de nasas, nada más, la sonda va aparte y esa funciona bien. Era un Garmin viejo, de hace quince años o así.", None),
        t("Entonces le hace falta un plotter que guarde bien las marcas, y la sonda la deja como está. ¿Las marcas del viejo las tiene guardadas en algún lado o se perdieron?"),
        c("Ahí está el problema, ho. Estaban en la tarjetiña, pero a saber si se leen. Y yo de ordenadores nada, eh.", None),
        t("Tráigame la tarjeta y la probamos aquí en el momento; si se lee, se las pasamos al nuevo. ¿Y de dinero tiene pensada alguna cifra?"),
        c("Pues por ahí, quinientos o seiscientos, que el pulpo este año va como va. Ya sé que los hay de más de mil, pero esos son para los grandes.", None),
        t("Para lo que usted hace no necesita uno de mil. Hay uno de siete pulgadas, sin sonda, por 520 instalado, que guarda miles de marcas. Si la tarjeta se lee, el lunes sale con sus caceas. ¿Se lo montamos el jueves en el puerto?"),
        c("El jueves vale. Le traigo la tarjeta mañana por la mañana y ya me dice.", None),
        t("Perfecto. Mañana la probamos y le llamo antes de las doce para decirle si se leen las marcas."),
    ],
    gaming=[
        _open,
        t("¡Buenas! Mire, le cuento, porque aquí lo importante es su experiencia en el mar. Nosotros trabajamos con la serie combinada nueva: plotter, sonda CHIRP y radar en una sola pantalla de doce pulgadas, cartografía de toda la ría, conexión al móvil, alarma de fondeo, y todo con dos años de garantía."),
        c("Ya, pero yo solo quería...", None),
        t("Y espere, que esto le interesa: la sonda nueva le saca el fondo como una foto, ve las piedras, ve dónde se mete el pulpo, se acabó ir a ciegas. Y la instalación se la hacemos nosotros, cableado nuevo, antena nueva, todo. ¿Qué le parece?"),
        c("Home, la sonda ya la tengo y va bien. Era solo el plotter, para las marcas.", "no_need"),
        t("Claro, claro, le entiendo perfectamente, lo que usted necesita es fiabilidad. Por eso le digo: una sola pantalla, todo integrado, no anda mirando dos aparatos. Y el radar, con la niebla que mete la ría en invierno, eso es seguridad para usted y para los suyos. Son 2.900 más instalación, pero se lo financiamos a doce meses."),
        c("¿Dos mil novecientos? Ni de broma, carallo. Por eso me compro un barco de segunda.", "too_expensive"),
        t("Entiendo, entiendo. Pero piense en la inversión a largo plazo, en la tranquilidad. Tenemos también un mantenimiento anual que le cubre todo, y si lo deja hoy encargado le regalo la funda de la pantalla. Yo creo que es lo que le va, ¿no?"),
        c("Mire, yo radar no necesito ni lo quiero. Ya pregunto en otro sitio, gracias.", "no_need"),
    ],
))

# ---------------------------------------------------------------- a2 closing_as_open_question
_open = c("Aupa, buenas. Estaba mirando el híbrido ese gris del escaparate. Solo mirando, eh, que todavía no sé nada.", "brush_off")
PAIRS.append(gpair(
    "esb60g_bilbao_hibrido_zbe", "car dealer, Bilbao", "closing_as_open_question",
    "A nurse on shifts whose 2009 diesel will be shut out of Bilbao's low-emission zone comes in 'just to look'.",
    good=[
        _open,
        t("Aupa, mira con calma. Si te sirve te cuento lo que quieras del gris, pero antes, ¿qué coche llevas ahora y qué te ha hecho venir a mirar?"),
        c("Un diésel del 2009, que con lo de la zona de bajas emisiones de Bilbao no me van a dejar entrar. Y yo trabajo en Basurto, a turnos.", None),
        t("Vale, o sea que el problema es llegar a Basurto con la etiqueta que toca. ¿Cuántos kilómetros haces al día y dónde lo dejas por la noche, tienes garaje con enchufe?"),
        c("De Getxo a Basurto, ida y vuelta unos cuarenta. Garaje tengo, pero comunitario y sin enchufe, y la comunidad es un lío, ni te cuento.", None),
        t("Entonces un enchufable no tiene sentido mientras no tengáis punto de carga. El híbrido normal, el gris, lleva etiqueta ECO y no hay que enchufarlo a nada. Está en 27.900. ¿Cómo lo ves?"),
        c("Buf. Es más de lo que quería, yo había pensado en unos veinte mil como mucho.", "no_money"),
        t("Entendido. Tengo un seminuevo del mismo modelo, de 2021, con 38.000 kilómetros, por 19.500, etiqueta ECO y un año de garantía. Si quieres lo pruebas un día que libres, que ya sé que a turnos es complicado."),
        c("El sábado libro, sí. Pero antes de nada lo quiero hablar con mi marido, eh.", "think_it_over"),
        t("Claro. Os lo dejo reservado para probarlo el sábado a las once, venid los dos y sin compromiso. Te doy la ficha para que la miréis en casa."),
    ],
    gaming=[
        _open,
        t("¡Aupa! Qué bien que hayas entrado. Dime, ¿qué tendría que pasar para que hoy mismo te lo lleves a casa?"),
        c("¿Hoy? Uf, no, no. Yo venía a mirar nada más, que el mío con lo de la zona de bajas emisiones...", "brush_off"),
        t("Ya, lo de la ZBE, qué faena. Entonces cuéntame, ¿qué color te imaginas para tu coche nuevo, el gris o el blanco perla?"),
        c("No sé, el gris está bien... pero vamos, que no he decidido nada todavía.", "think_it_over"),
        t("Claro, claro. ¿Y cómo te sentirías más cómoda pagándolo, financiado a 48 meses o con una entrada?"),
        c("Oye, que no he dicho que me lo vaya a comprar. Ni sé lo que cuesta ni si me vale, que yo no tengo enchufe en el garaje.", None),
        t("Este no necesita enchufe, tranquila. Entonces, ¿qué día de esta semana te vendría mejor para la entrega, el jueves o el viernes?"),
        c("Ninguno. Con los 27.900 que pone ahí, ni jueves ni viernes. Me voy a mirar seminuevos a otro lado, agur.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- a3 pitch_as_paraphrase
_open = c("Buenos días. Venía a preguntar por un préstamo, que tengo que cambiar el tractor, el viejo ya no tira.", None)
PAIRS.append(gpair(
    "esb60g_siero_prestamo_tractor", "rural savings bank (caja rural), Pola de Siero, Asturias", "pitch_as_paraphrase",
    "A beef cattle farmer wants a loan for a used tractor and fears repayments that choke him in summer.",
    good=[
        _open,
        t("Buenos días, siéntese. ¿Qué tractor tiene mirado y para qué lo usa sobre todo?"),
        c("Uno de segunda mano, un John Deere del 2016, en Llanera, treinta y cinco mil piden. Pa segar y pa el carro del cucho, tengo sesenta vacas de carne aquí en Siero.", None),
        t("¿Cuánto tendría que financiar de esos 35.000? ¿Y cuándo le entran los ingresos fuertes, la venta de xatos, la PAC?"),
        c("Tengo ahorrado unos diez mil. Lo de la PAC entra en octubre-noviembre, y los xatos los vendo más en primavera. Lo que no quiero ye una cuota que me ahogue en verano.", None),
        t("Entonces serían 25.000, con la cuota pegada a cuando cobra. Se puede hacer con pagos semestrales, en noviembre y en abril, en vez de mensuales. Le saco el cuadro a cinco y a siete años para que vea la diferencia. ¿Le vale así?"),
        c("Eso me cuadra más, sí. Pero a ver el interés, que el banco de antes me clavó con las comisiones y todavía me acuerdo.", "bad_experience"),
        t("Normal que lo mire. Le pongo en el papel el interés, la TAE y todas las comisiones, la de apertura también, para que lo compare con quien quiera. ¿Se lo preparo para el jueves y lo repasamos juntos?"),
        c("El jueves baxo a Pola al mercáu, paso por aquí a media mañana.", None),
        t("Perfecto, el jueves a media mañana. Traiga la proforma del tractor y la última resolución de la PAC, y lo vemos con calma."),
    ],
    gaming=[
        _open,
        t("Buenos días, encantado. Cuénteme, ¿qué necesidades tiene su explotación?"),
        c("Pues el tractor, que el viejo ya no tira. Tengo uno mirado de segunda mano, treinta y cinco mil.", None),
        t("Vale, entonces si le he entendido bien, lo que usted necesita es nuestro Préstamo Agro Rural Plus a diez años, con seguro de vida vinculado y domiciliando la PAC, ¿es así?"),
        c("Hombre, yo no dije nada de diez años ni de seguros. Yo quiero pagar el tractor y ya, el seguro no me hace falta.", "no_need"),
        t("Claro, o sea que lo que usted busca es tranquilidad, y eso es justo lo que le da el seguro de vida: si le pasa algo, el tractor queda pagado. ¿Lo he resumido bien?"),
        c("Lo que busco ye que no me cobren de más. En el banco anterior me colaron un seguro y luego no había manera de quitarlo.", "bad_experience"),
        t("Le entiendo perfectamente. Entonces lo que me está diciendo es que quiere una relación de confianza a largo plazo, y por eso le encaja nuestra Cuenta Ganadera Premium, con tarjeta y seguro de explotación incluidos. ¿Correcto?"),
        c("No, ho, no ye correcto. Déjeme el papel del préstamo solo, que lo miro en casa con calma y ya veré.", "think_it_over"),
        t("Se lo preparo todo junto, préstamo, cuenta y seguro, que así le sale mejor el tipo. ¿Le parece?"),
        c("No me parece. Me voy a la otra caja, a ver si allí me escuchan.", None),
    ],
))

# ---------------------------------------------------------------- a4 upsell_as_loop_closing
_open = c("Buenos días. Mire, se me rompieron les gafes, me senté encima, fíu. ¿Tienen arreglo o hay que hacer otres?", None)
PAIRS.append(gpair(
    "esb60g_gijon_gafas_rotas", "optician, Gijón", "upsell_as_loop_closing",
    "A retired port worker sat on his reading glasses and wants them fixed cheaply.",
    good=[
        _open,
        t("Buenos días. A ver, déjemelas ver... se partió la varilla por la bisagra. ¿Las usa para todo o solo para leer?"),
        c("Pa leer el periódico y pa la tele. Son de hace tres años, me las hicieron aquí mesmo.", None),
        t("Pues tenemos su graduación en ficha. La varilla de esta montura ya no se fabrica, así que hay dos caminos: montura nueva con sus mismos cristales, si se pueden aprovechar, o todo nuevo. ¿Nota que ve peor que hace tres años?"),
        c("Pues pa la tele cuesta un poco más, la verdad. Pero oye, no me vendas la moto, que cobro la pensión que cobro.", "no_money"),
        t("Nada de motos. Le hago una revisión de la vista, que es gratis y son diez minutos. Si la graduación sigue igual, montamos sus cristales en una montura de 39 euros. Si cambió, se lo digo y usted decide."),
        c("Venga, mira a ver.", None),
        t("Ya está. De cerca está igual; de lejos ha subido un poco, un cuarto. Para leer sus cristales van perfectos; para la tele se podría cambiar, pero no es urgente. ¿Cómo lo quiere?"),
        c("Pues monto los viejos en la montura barata y ya, que pa la tele me arrimo más al sofá, jaja.", None),
        t("Hecho. Montura de 39, mañana por la tarde las tiene. Si dentro de unos meses la tele le sigue costando, se pasa y lo volvemos a mirar."),
    ],
    gaming=[
        _open,
        t("Buenos días. Uy, la varilla partida. Tranquilo, que le buscamos unas nuevas. ¿Para qué las usa?"),
        c("Pa leer el periódico y pa la tele, nada más.", None),
        t("Perfecto. Entonces le hacemos unas nuevas con su graduación. Y para cerrar bien el tema, ¿qué más le puedo añadir? ¿Le pongo el antirreflejante premium y el filtro de luz azul para la tele?"),
        c("¿Y eso cuánto ye? Que yo soy jubilado, eh, no me pongas muches coses.", "no_money"),
        t("Son 60 más, nada. ¿Y algo más para completar? Porque con un segundo par de sol graduadas al 50% le queda la visión cubierta todo el año, ¿qué me dice?"),
        c("Que no, ho. Yo de sol no necesito, tengo la gorra.", "no_need"),
        t("Muy bien. Entonces, para que no se me quede nada en el tintero, ¿le añadimos el seguro de rotura? Por 29 euros al año, que ya ve que se sienta encima de ellas, jaja."),
        c("Oye, que vine a arreglar unes gafes, no a amueblar la casa. Seguro tampoco quiero.", "no_need"),
        t("Vale, vale. Con lo que llevamos son 289. Y para cerrar, ¿algo más que le pueda añadir? ¿Un líquido limpiador, unas gamuzas?"),
        c("¿Doscientos ochenta y nueve? Pa eso me compro unes en el Carrefour por veinte duros. Esto ye un robo.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- a5 leading_tag_questions
_open = c("Kaixo, llamo del bar Iturri, en la Parte Vieja. Se nos ha jodido la vitrina de los pintxos y necesito una ya.", None)
PAIRS.append(gpair(
    "esb60g_donostia_vitrina_pintxos", "catering equipment supplier, Donostia", "leading_tag_questions",
    "A pintxos bar owner's twelve-year-old refrigerated counter display is leaking and noisy.",
    good=[
        _open,
        t("Kaixo. Vaya, y con el fin de semana encima. ¿Qué le pasa exactamente, no enfría o es otra cosa?"),
        c("Enfría a ratos. Gotea agua por debajo y el motor hace un ruido que parece un tractor. Tiene doce años.", None),
        t("Con doce años y ese ruido, puede ser el compresor. ¿Prefiere que le mandemos un técnico primero a ver si tiene arreglo, o ya lo tiene decidido?"),
        c("Pues mira, arreglarla ya la arreglamos dos veces y a los meses otra vez igual. Paso de seguir poniendo parches.", "bad_experience"),
        t("Entendido, entonces a cambiarla. ¿Cuánto mide el hueco en la barra y cuántas bandejas saca un sábado?"),
        c("Dos metros justos de barra. Los sábados ponemos unas quince bandejas, más o menos.", None),
        t("Para dos metros tengo dos: una de 1,80 con doce bandejas, por 2.400, y otra de 2 metros con dieciséis, por 3.100. Con quince bandejas, la de 1,80 se le queda corta. ¿Paso el lunes antes de que abra y se lo mido?"),
        c("Tres mil cien... es un pico, eh. Bueno, venid el lunes a las nueve y ya lo veo con mi socio.", "think_it_over"),
        t("Perfecto, el lunes a las nueve. Le llevo las dos fichas con precio cerrado y la instalación incluida para que lo habléis tranquilos."),
    ],
    gaming=[
        _open,
        t("Kaixo. Bueno, entonces querrá una nueva de las buenas, ¿verdad? Que con el bar lleno no se puede andar con chapuzas, ¿a que no?"),
        c("Hombre, nueva sí, pero tampoco quiero tirar la casa por la ventana, que el bar no está para muchos gastos.", "no_money"),
        t("Claro, claro. Pero usted sabe que lo barato sale caro, ¿no? Y ya que cambia, la pondrá de acero inoxidable con cristal curvo, que es lo que luce en la Parte Vieja, ¿a que sí?"),
        c("Pues no sé, la que tenía era recta y tampoco pasaba nada. Curva no me hace falta.", "no_need"),
        t("Ya, pero sus clientes se fijan, ¿verdad que sí? Y para quince bandejas lo suyo es la de dos metros veinte, ¿no le parece?"),
        c("Es que la barra mide dos metros justos, no entra una de dos veinte.", None),
        t("Bueno, se recorta un poco el mostrador, eso lo hace cualquier carpintero, ¿no? Total, son 3.900, pero merece la pena, ¿no cree?"),
        c("¿Recortar la barra? Ene, tú flipas. Mira, mándame los precios por mail y ya te diré algo.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a6 putdown_question
_open = c("Hola, buenas. Llamo porque el martes me hicieron un empaste ahí y desde entonces no puedo ni beber agua fría, me duele muchísimo.", None)
PAIRS.append(gpair(
    "esb60g_coruna_empaste_dolor", "dental clinic, A Coruña", "putdown_question",
    "A teacher phones with sharp pain since a deep filling done at the clinic on Tuesday.",
    good=[
        _open,
        t("Hola, buenas. Lo siento, eso es muy molesto. Dígame su nombre y miro su ficha... ¿El dolor es solo con el frío o le duele también sin tomar nada, por la noche por ejemplo?"),
        c("Soy Maruxa Rey. Con el frío sobre todo, un pinchazo que me sube hasta el oído. Y por la noche a veces también, esta noche casi no dormí.", None),
        t("Gracias, Maruxa. Veo que fue un empaste bastante profundo en una muela de abajo. Si le duele por la noche hay que mirarlo pronto. ¿Podría venir hoy? Tenemos un hueco a las siete y media."),
        c("¿Hoy a las siete y media? Uf, tengo reunión de padres en el colegio hasta las ocho, no llego de ninguna manera.", "no_time"),
        t("Entonces mañana a primera hora, a las nueve, antes de la consulta normal, con la doctora Seoane, que fue la que se lo hizo. Y esta noche, si le duele, puede tomar el antiinflamatorio que le indicaron el martes; ¿lo tiene en casa?"),
        c("Sí, tengo ibuprofeno. Pero oiga, ¿esto me lo van a cobrar otra vez? Porque el empaste ya lo pagué.", None),
        t("No, revisar un tratamiento nuestro no se cobra. Si hubiera que hacer algo más, la doctora se lo explica antes, con el precio, y usted decide."),
        c("Vale, pues mañana a las nueve allí estoy. Gracias, eh.", None),
        t("A usted. Le mando un mensaje con la cita, y si esta noche el dolor va a más, llame al teléfono de urgencias que viene en el mensaje."),
    ],
    gaming=[
        _open,
        t("Hola. Bueno, tranquila, que tampoco será para tanto, ¿no? ¿Qué es exactamente lo que nota?"),
        c("¿Cómo que no es para tanto? Esta noche casi no dormí. Me da un pinchazo con el frío que me sube hasta el oído.", None),
        t("Ya. ¿Y no será que usted tiene los dientes un poco sensibles de siempre y ahora se fija más? ¿Desde cuándo le pasa, de verdad?"),
        c("Desde el martes, desde el empaste. Antes no me pasaba nada, oiga.", None),
        t("Ajá. ¿Y siguió las indicaciones que le dimos, o se fue directa a tomar algo frío nada más salir, como hace todo el mundo?"),
        c("Pues esperé las dos horas que me dijeron. No sé a qué viene esto.", None),
        t("No, no, es para entenderla bien, que hay pacientes que se alarman mucho, ¿sabe? Si quiere le busco cita para la semana que viene, ¿le parece, o prefiere esperar a ver si se le pasa solo?"),
        c("¿La semana que viene? No, mire, déjelo. Me voy a mi dentista de antes, que por lo menos no me trata de quejica.", None),
    ],
))

# ---------------------------------------------------------------- a7 not_my_department_or_read_the_terms
_open = c("hola buenas, tenemos reservada la casa del 14 al 17 y el crio se ha puesto malo con fiebre, no creo q podamos ir. q hacemos con la señal?", None)
PAIRS.append(gpair(
    "esb60g_cangasdeonis_casarural_senal", "rural holiday cottage (casa rural), Cangas de Onís, Asturias", "not_my_department_or_read_the_terms",
    "WhatsApp chat: a father whose child has a fever asks what happens to the 150-euro deposit for next weekend.",
    good=[
        _open,
        t("Hola! Vaya, lo siento por el crío, que se mejore. Cuéntame, ¿preferís cambiar las fechas o anular del todo? Y la reserva ¿la hicisteis directamente con nosotros o por alguna web?"),
        c("directamente con vosotros, por telefono. pagamos 150 de señal. preferimos cambiar si se puede, el crio tenia mucha ilusion con los caballos", None),
        t("Pues la cambiamos sin problema y la señal vale para las nuevas fechas. ¿Qué fines de semana os vendrían bien? En noviembre tengo libres el del 21 y el del 28."),
        c("el 21 imposible, tengo guardia en el curro", "no_time"),
        t("Vale. Te guardo el del 28 hasta el viernes sin compromiso, y si no os cuadra buscamos otro, que la señal os sirve hasta Semana Santa. Lo de los caballos lo hablo con Manolo, el de la cuadra, para ese finde."),
        c("genial. lo hablo con mi mujer esta noche q ella trabaja algun sabado y te digo. muchas gracias de verdad", "think_it_over"),
        t("Nada, a vosotros. Te mando por aquí el cambio por escrito para que lo tengáis. ¡Que se mejore el guaje!"),
    ],
    gaming=[
        _open,
        t("Hola! Gracias por escribirnos, vuestra experiencia es lo más importante para nosotros. Respecto a la señal, todo viene en las condiciones de la reserva que aceptasteis, os recomiendo leerlas."),
        c("ya pero es q el crio tiene fiebre, no es q no queramos ir. no se puede cambiar la fecha?", None),
        t("Entiendo perfectamente cómo os sentís. Los cambios de fecha no los llevo yo, eso es cosa de la gestoría que nos lleva las reservas. Yo solo me ocupo de la casa."),
        c("pero si reservamos contigo por telefono. a quien llamo entonces", None),
        t("Te comprendo. Pero yo no pongo las normas, ojo. En el punto 4 de las condiciones pone que con menos de siete días la señal no se devuelve. ¿Hay algo más en lo que te pueda ayudar?"),
        c("pues si, en q me devuelvas la señal o me cambies el dia. 150 euros por un crio con fiebre me parece una pasada", None),
        t("Lo siento de veras, pero no depende de mí. Si quieres puedes poner una reclamación en la web, allí lo miran. ¿Cómo valorarías la atención recibida del 1 al 10?"),
        c("un 1. y la reseña en google te la pongo esta noche", None),
    ],
))

# ---------------------------------------------------------------- a8 social_proof_or_deadline_pressure
_open = c("Buenas. Mire, yo le dije por teléfono que viniera, pero ya le aviso que lo del robot lo estoy mirando para dentro de un par de años, eh.", "think_it_over")
PAIRS.append(gpair(
    "esb60g_ordes_robot_ordeno", "milking equipment dealer visiting a dairy farm, Ordes (A Coruña)", "social_proof_or_deadline_pressure",
    "A dairy farmer who milks 70 cows with her 72-year-old father is thinking about a milking robot 'in a couple of years'.",
    good=[
        _open,
        t("Buenas, y gracias por recibirme. Me parece muy bien, hoy no vengo a venderle nada. ¿Qué le hizo empezar a mirar lo del robot?"),
        c("Pues que ordeñamos mi padre y yo, dos veces al día, setenta vacas. Mi padre tiene setenta y dos años, e o rapaz está estudiando en Lugo, veterinaria. No sé si va a querer seguir con esto.", None),
        t("O sea, que lo que le preocupa es quién va a ordeñar cuando su padre no pueda, más que la sala en sí. ¿La sala de ordeño cómo está?"),
        c("La sala va bien, tiene ocho años. No la voy a tirar ahora, que aún funciona como el primer día.", "no_need"),
        t("Tiene lógica, hoy no tiene sentido cambiar nada. Lo que sí le puedo ofrecer: cuando venga su hijo de vacaciones, les llevo a ver una granja en Curtis que puso robot hace tres años, para que les cuenten lo bueno y lo malo. Sin compromiso ninguno."),
        c("Eso sí que estaría bien, que él vea cómo es. En Navidad viene.", None),
        t("Pues la llamo a principios de diciembre para cuadrar el día con los de Curtis. Y si antes le surge cualquier duda, tiene mi teléfono."),
        c("Vale, home. Y tómese un café antes de irse, que está hecho.", None),
    ],
    gaming=[
        _open,
        t("Buenas, encantado. Mire, entiendo perfectamente su situación, pero le digo una cosa: en esta comarca ya casi todos tienen robot. Los de Mesía, los de Frades, los Casal... ¿Qué necesitaría usted para no quedarse atrás?"),
        c("Pues los Casal tienen trescientas vacas y yo setenta. No es lo mismo, ¿eh?", None),
        t("Claro, claro. Pero las ayudas de la Xunta para modernizar se cierran este mes, y nosotros tenemos un precio de lanzamiento que solo le puedo mantener hasta el viernes. ¿Cómo se ve usted con el robot instalado en primavera?"),
        c("Yo no me veo, hijo. La sala tiene ocho años y aún la estamos pagando, no hay de dónde sacar más.", "no_money"),
        t("Le entiendo. Pero piense que sus vecinos ya se están ahorrando horas de ordeño mientras usted sigue en la sala. Mi jefe me deja hacerle un 12% solo si firmamos esta semana, después ya no se lo puedo garantizar."),
        c("Pues que no lo garantice. Yo esto lo tengo que hablar con mi padre y con el rapaz, que es el que va a seguir o no.", "think_it_over"),
        t("Perfecto, lo entiendo, la familia es lo primero. ¿Le parece si vuelvo el jueves con el contrato y lo hablamos los tres? Que el viernes se acaba la oferta."),
        c("El jueves estamos con el silo todo el día, no hay quien pare. Y mire, con tanta prisa se me quitan las ganas.", "no_time"),
    ],
))

# ---------------------------------------------------------------- a9 keyword_stuffed
_open = c("Oye, buenas. Tengo una sidrería en Cimavilla y los sábados se nos pierden las comandas entre la barra y la cocina. Me dijeron que vosotros teníais algo pa eso.", None)
PAIRS.append(gpair(
    "esb60g_gijon_sidreria_comandas", "point-of-sale / order-taking systems supplier, Gijón", "keyword_stuffed",
    "A cider-house owner loses paper orders between the bar and the kitchen on busy Saturdays.",
    good=[
        _open,
        t("Buenas. Sí, algo tenemos, pero antes cuéntame cómo lo hacéis ahora: ¿los camareros apuntan en papel y lo llevan a cocina?"),
        c("En papel, sí, en la libreta. Y con el jaleo de escanciar, a veces la comanda se queda en el bolsillo del mandil y la cocina ni se entera. Los clientes media hora esperando por unos oricios.", None),
        t("Ya veo, el fallo está en el paso de la libreta a la cocina. ¿Cuántos camareros sois un sábado y cuántas mesas, más o menos?"),
        c("Cuatro camareros y unas veinte mesas, más la terraza. Y te aviso que dos de ellos tienen sesenta años y el móvil lo usan pa llamar y gracias.", None),
        t("Importante eso. Lo nuestro es una comandera de mano que manda el pedido directo a una impresora en la cocina; son tres botones, pero si a ellos no les va, no vale de nada. Lo suyo sería que lo probarais dos semanas con dos aparatos, gratis, a ver si lo usan."),
        c("Prueba gratis vale, pero ojo, que yo ya tuve una caja registradora de esas modernas y el servicio técnico no cogía el teléfono nunca.", "bad_experience"),
        t("Normal que lo preguntes. El soporte lo tenemos aquí en Gijón y los fines de semana hay guardia hasta la una. Te dejo el número de la guardia y lo compruebas tú un sábado si quieres. ¿Te paso a instalarlo el martes, que cerráis?"),
        c("El martes vale, por la mañana.", None),
        t("Martes a las diez, entonces. Llevo los dos aparatos y la impresora, y les enseño a los cuatro en media hora."),
    ],
    gaming=[
        _open,
        t("¡Buenas! Gracias por contar con nosotros. Para nosotros lo importante es entender tus necesidades y acompañarte en tu experiencia como hostelero. ¿Cómo sientes que está tu negocio ahora mismo?"),
        c("Pues como te dije, que se pierden las comandas los sábados. Eso es lo que siento, jaja.", None),
        t("Te entiendo perfectamente, y valoro mucho que lo compartas. Lo que escucho es que buscas una experiencia de cliente de éxito, y nuestra solución está pensada justo para construir una relación a largo plazo con tu sidrería y con tus necesidades."),
        c("Ya, vale, pero ¿qué es, un programa, unas tablets? ¿Cuánto cuesta?", None),
        t("Es una solución integral de gestión de la experiencia. Lo importante es que sientas que vas a tener éxito y que tus clientes vivan una experiencia única. ¿Sientes que tu equipo está preparado para ese cambio?"),
        c("Yo lo que siento es que no me estás diciendo nada. Abro la cocina en diez minutos, oye, no estoy pa charlas.", "no_time"),
        t("Entiendo tus necesidades de tiempo y las valoro. Te propongo agendar una sesión de descubrimiento para entender mejor tus necesidades y construir juntos el éxito de tu negocio. ¿Cómo lo ves?"),
        c("Lo veo que no. Mándame un folleto con precios y si eso ya te llamo yo.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a10 rude
_open = c("Egun on. Mire, quería mandarle dinero a mi nieto, que está estudiando en Madrid, y mi hija dice que lo haga con el móvil, pero yo con el aparato este no me apaño.", None)
PAIRS.append(gpair(
    "esb60g_donostia_banco_transferencia", "bank branch, Donostia", "rude",
    "An elderly woman wants to send 200 euros a month to her grandson in Madrid and cannot manage the banking app.",
    good=[
        _open,
        t("Egun on. Sin problema, se lo hacemos aquí. ¿Tiene el número de cuenta de su nieto, algún papel donde lo lleve?"),
        c("Sí, aquí me lo apuntó mi hija. Son doscientos euros, para el alquiler, que el pobre anda justo.", None),
        t("Muy bien, doscientos a nombre de Iker Etxeberria. Le aviso antes de hacerla: en ventanilla la transferencia lleva tres euros de comisión. ¿Esto es una vez o va a ser todos los meses?"),
        c("¿Tres euros? Ene, para mandar doscientos... eso es carísimo. Y va a ser todos los meses hasta junio, que el alquiler no perdona.", "too_expensive"),
        t("Entonces le interesa dejarla como transferencia periódica: el día uno de cada mes sale sola hasta junio, no cuesta nada y usted no tiene que venir a hacer cola."),
        c("Ay, pues eso sí, que con la rodilla como la tengo... Pero que no me líe con cosas del móvil, que luego no sé dónde está el dinero.", None),
        t("Nada de móvil. Le firmo aquí la orden, le doy un papel con las fechas y cada mes le llega el aviso por carta, como siempre. ¿Se la preparo?"),
        c("Prepárala, prepárala. Eskerrik asko, maitia.", None),
        t("A usted. Y dígale a Iker que el día uno tendrá el dinero."),
    ],
    gaming=[
        _open,
        t("Egun on. Mire, eso lo hace cualquiera con la app en dos minutos. ¿De verdad no tiene a nadie que se lo enseñe?"),
        c("Mi hija me lo enseñó, pero no me acuerdo. Por eso vengo, hijo.", None),
        t("Ya. Pues en ventanilla son tres euros. Usted verá si le compensa venir a hacer cola para eso."),
        c("¿Tres euros? Pues sí que es caro mandarle doscientos euros a un nieto.", "too_expensive"),
        t("Es lo que hay, señora, esto no es una ONG. ¿El número de cuenta lo tiene o también se lo ha dejado en casa?"),
        c("Aquí lo tengo. Y no hace falta que me hable así, eh.", None),
        t("Vale, vale. A ver... esto va lento, ¿eh? ¿Algo más? Que tengo cola."),
        c("Nada más. Y el mes que viene me llevo la cuenta a otra caja, que allí por lo menos me miran a la cara.", None),
    ],
))

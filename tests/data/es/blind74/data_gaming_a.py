"""Gaming pairs a01-a10 of es_blind74 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- a01 monologue
OPEN = c("Hola, buenas. Mire, que me ha llegao un papel al buzón de ustedes, de las placas, y quería preguntar más o menos qué es lo que cuesta eso, porque la luz este verano nos ha venío por las nubes.", None)
PAIRS.append(gpair(
    "esb74g_doshermanas_placas_solares",
    "Instaladora de placas solares, llamada de una vecina de Montequinto (Dos Hermanas, Sevilla)",
    "monologue",
    "Una señora llama tras recibir un folleto de placas solares; quiere saber el precio porque la factura del verano ha sido muy alta.",
    [
        OPEN,
        t("Buenas tardes, le atiende Rocío. Claro que sí. Para darle un precio que tenga sentido necesito saber un par de cosas de su casa. ¿Es un chalé, un adosado, un piso?"),
        c("Un adosao, en Montequinto. Tenemos el tejao pa nosotros, eso sí.", None),
        t("Vale. ¿Y más o menos cuánto les ha venido la factura este verano? ¿Y quién está en casa durante el día?"),
        c("Pues la última fueron ciento ochenta y tantos euros, con los aires puestos to el día. Mi marido está jubilao y está en casa, yo trabajo por la mañana.", None),
        t("Entonces el gasto fuerte es de día, con el aire, y hay alguien en casa a esas horas. Es justo cuando producen las placas, así que en su caso el ahorro suele notarse. Un equipo para un adosado anda entre cuatro y seis mil euros instalado, según el tejado."),
        c("Ay, seis mil euros... eso es mucho dinero de golpe, hija. Yo no sé si nos lo podemos permitir ahora mismo.", "no_money"),
        t("Lo entiendo. Hay quien lo paga a plazos y la cuota sale parecida a lo que se ahorra, pero no quiero venderle nada sin ver el tejado. ¿Le parece que pase un técnico a mirarlo, sin compromiso, y así tienen un número real?"),
        c("Bueno... eso sí. Pero que venga por la tarde, que a esa hora está mi marido, que es el que se sube al tejao.", None),
        t("Perfecto, por la tarde y con los dos. ¿Les viene bien el jueves a las seis? Tengan a mano una factura del verano y otra del invierno, que con eso se hace el cálculo."),
        c("El jueves a las seis, vale. Ya le paso la dirección por el guasap.", None),
    ],
    [
        OPEN,
        t("¡Buenas tardes! Qué alegría que nos llame, porque mire, le cuento: llevamos doce años instalando, somos líderes en la provincia, paneles de última generación de 450 vatios, inversores híbridos, y lo más importante para nosotros es la experiencia del cliente. Con un equipo de seis kilovatios y una batería de diez usted se olvida de la compañía, se lo digo yo."),
        c("Ya, pero es que yo no sé si...", None),
        t("Espere, que le explico lo mejor, la batería. Con la batería guarda lo que produce de día y lo gasta de noche, y encima con la compensación de excedentes la factura se le queda en casi nada. Y tenemos la app, que usted ve en el móvil lo que produce en cada momento. A la gente le encanta."),
        c("Pero mi pregunta era lo que cuesta, más o menos.", None),
        t("A eso voy. El pack completo, paneles, batería, instalación, legalización y app, le sale por doce mil novecientos, pero financiado son ciento treinta y nueve al mes y se paga solo. Y además desgrava en el IRPF, que eso no se lo cuenta nadie. ¿Qué es lo que más le ilusiona de tener sus propias placas?"),
        c("¿Doce mil? Ojú. No, no, eso es una barbaridad pa lo que yo buscaba.", "too_expensive"),
        t("Entiendo perfectamente lo que siente, pero no es un gasto, es una inversión. La luz va a seguir subiendo, los que no se apunten ahora se van a arrepentir, y le damos veinticinco años de garantía en los paneles. Yo mismo tengo la batería en casa y estoy encantado. ¿Le mando el contrato por correo y lo va mirando?"),
        c("Mire, mándeme un folleto por guasap si eso, que ya lo veré con mi marido. Adiós.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a02 closing_as_open_question
OPEN = c("Buenas. Venía a ver la Berlingo esa gris que tenéis ahí fuera, la de segunda mano.", None)
PAIRS.append(gpair(
    "esb74g_badajoz_concesionario_furgoneta",
    "Concesionario de vehículos de ocasión, Badajoz",
    "closing_as_open_question",
    "Un ganadero de la zona de Olivenza entra a ver una furgoneta de segunda mano para trabajo y familia.",
    [
        OPEN,
        t("Buenos días, soy Javi. Es una Berlingo del diecinueve, ochenta mil kilómetros. ¿Para qué la va a usar, para trabajo, para la familia?"),
        c("Pa las dos cosas, acho. Tengo unas cabras en una finca por Olivenza y voy cargao de sacos, pero los findes llevo a los chiquinos.", None),
        t("O sea, que entre semana necesita carga y el fin de semana asientos para los niños. ¿Cuántos niños son y qué coche tiene ahora?"),
        c("Dos. Ahora tengo un Kangoo viejo que ya no pasa otra ITV, por eso miro. Pero no me quiero gastar más de doce mil, ¿eh?", None),
        t("Esta está en trece mil cuatrocientos, le soy sincero, se pasa de lo que dice. Tiene cinco plazas con anclajes Isofix, que para los niños le viene bien. Si quiere la probamos ahora por la carretera de Olivenza con algo de peso, y luego vemos el precio, que por su Kangoo algo se le puede descontar."),
        c("Bueno, probarla sí. Pero vamos, que hoy no firmo nada, que esto lo tengo que hablar con mi mujer.", "think_it_over"),
        t("Claro, hombre, ni se me ocurriría. Hoy la prueba, le calculo lo que le damos por el Kangoo y se lleva el papel pa verlo con su mujer. Si el sábado quieren venir con los niños a probar las sillitas, aquí estoy."),
        c("Eso me parece bien. Venga, dame las llaves.", None),
    ],
    [
        OPEN,
        t("¡Buenos días! Qué buen ojo. Dígame, ¿qué necesitaría que pasara para que hoy mismo se la llevara usted a casa?"),
        c("Hombre, pos primero saber cómo va, ¿no? Que no la he visto ni por dentro.", None),
        t("Claro, claro. Y una vez que la vea y le guste, ¿cómo prefiere pagarla, financiada o al contado?"),
        c("Acho, que no sé ni lo que cuesta. ¿Cuánto pides por ella?", None),
        t("Trece mil cuatrocientos, una ganga. Cuénteme, ¿qué le haría sentirse cómodo para dejar hoy una señal de quinientos euros y reservarla?"),
        c("Ná, yo de doce mil no paso, y eso ya se me va de lo que tengo.", "no_money"),
        t("Entiendo. Y si le consigo que el banco se lo deje en cuotas, ¿qué día le viene mejor para pasar a firmar, el lunes o el martes?"),
        c("Que no, hombre, que tengo que mirarlo con mi mujer y ver otras. Ya volveré.", "think_it_over"),
        t("Perfecto. ¿Y qué le diría usted a su mujer para convencerla de que esta es la buena?"),
        c("Yo a mi mujer le digo lo que me dé la gana. Venga, hasta luego.", None),
    ],
))

# ---------------------------------------------------------------- a03 pitch_as_paraphrase
OPEN = c("Buenas tardes. Llamaba porque este año quiero asegurar la viña, que el año pasado el pedrisco me dejó tiritando y no tenía ná.", None)
PAIRS.append(gpair(
    "esb74g_almendralejo_seguro_vinedo",
    "Oficina de seguros agrarios, Almendralejo (Tierra de Barros, Badajoz)",
    "pitch_as_paraphrase",
    "Un viticultor llama para asegurar su viña contra el granizo después de una mala campaña sin seguro.",
    [
        OPEN,
        t("Buenas tardes. Vaya, lo siento, el granizo del año pasado hizo mucho daño por Tierra de Barros. Para ver qué le encaja, ¿cuántas hectáreas tiene y de qué variedad?"),
        c("Unas once hectáreas, casi toa pardina y un poco de tempranillo, la mitad en espaldera.", None),
        t("¿Y qué le preocupa más, el pedrisco solo o también la helada y la sequía?"),
        c("El pedrisco, sobre to. La helada aquí no es mucho. Pero le digo una cosa, hace años tuve un seguro con otra entidad y el perito vino tarde y me pagaron una miseria.", "bad_experience"),
        t("Es normal que no se fíe. Le explico cómo va: la peritación la hace Agroseguro, no nosotros, pero yo le ayudo a dar el parte el mismo día y le sigo la pista al perito. Con pardina y el pedrisco como riesgo principal, le podría valer el módulo básico con granizo, que es más barato que el completo. ¿Le hago los números con sus once hectáreas?"),
        c("Hágalos, pero sin prisa, que yo esto lo miro con mi hijo, que es el que lleva los papeles.", "think_it_over"),
        t("Sin problema. Le mando el cálculo del básico y del completo, uno al lado del otro, y le recuerdo que el plazo para la viña cierra a final de mes. ¿A qué correo se lo mando, al suyo o al de su hijo?"),
        c("Al de mi hijo, que yo el correo no lo miro. Apunte.", None),
    ],
    [
        OPEN,
        t("Buenas tardes, encantado. Entonces, si le he entendido bien, lo que usted necesita es nuestro Seguro Viñedo Total, con todos los riesgos cubiertos, a treinta y ocho euros la hectárea, ¿es así?"),
        c("Eh... yo no he dicho eso. Yo le he dicho lo del pedrisco.", None),
        t("Claro, y por eso lo que estoy escuchando es que busca la máxima tranquilidad, que es justo lo que le da el Total con la ampliación de helada y sequía. ¿Lo he entendido bien?"),
        c("Pos no. Aquí helada casi no hay. Y treinta y ocho la hectárea me parece un disparate, en la cooperativa me dijeron bastante menos.", "too_expensive"),
        t("O sea, que lo que me dice es que le importa la calidad de la cobertura y prefiere un producto serio como el nuestro antes que algo barato, ¿correcto?"),
        c("Que no, hombre. Que yo ya tuve un seguro de estos y me tomaron el pelo con el perito, y no quiero pagar de más.", "bad_experience"),
        t("Perfecto, entonces lo que necesita es el Total con nuestro servicio de perito preferente, que son solo cuatro euros más por hectárea. ¿Se lo preparo?"),
        c("Mire, déjelo. Ya me lo hace el de la cooperativa.", "no_need"),
        t("Entiendo. Antes de colgar, ¿cómo valoraría su experiencia con nosotros hoy, del uno al diez?"),
        c("Pregúntemelo otro año. Buenas tardes.", None),
    ],
))

# ---------------------------------------------------------------- a04 upsell_as_loop_closing
OPEN = c("hola buenas queria una paletilla de bellota pa regalar a mi suegro q cumple 70, cuanto sale mas o menos", None)
PAIRS.append(gpair(
    "esb74g_aracena_jamon_regalo",
    "Tienda online de jamones y paletas ibéricas, Aracena (Sierra de Huelva)",
    "upsell_as_loop_closing",
    "Una clienta de Sevilla escribe por el chat de la web: quiere una paleta para el setenta cumpleaños de su suegro.",
    [
        OPEN,
        t("¡Hola! Muchas felicidades a su suegro. Las paletas de bellota 100% ibéricas de 5 a 5,5 kilos van de 180 a 210 €, y las de cebo de campo sobre 95-110 €. ¿Su suegro es de cortar él en casa o la prefiere loncheada?"),
        c("el corta, tiene jamonero y to, le encanta. pero 200 pavos se me va un poco la verdad", "no_money"),
        t("Normal, es un regalo y hay que ponerse un tope. ¿Cuánto pensaba gastarse?"),
        c("unos 130 o asi", None),
        t("Con 130 tiene dos opciones buenas: una paleta de cebo de campo 50% ibérica de 5 kilos por 105 €, con curación larga, o media paleta de bellota deshuesada por 125 €. Para alguien que corta en jamonero la entera luce más, yo iría a la de cebo. ¿Para cuándo la necesita?"),
        c("el cumple es el sabado 14. la de cebo entonces. llega a tiempo a sevilla?", None),
        t("Si hace el pedido hoy, llega el jueves por mensajería, y el envío es gratis a partir de 100 €. Le mando el enlace de la paleta de cebo y, si quiere, ponemos una tarjeta con la felicitación, que no cuesta nada."),
        c("genial, pon q es de parte de Ana y Manolo. gracias!!", None),
    ],
    [
        OPEN,
        t("¡Hola! Enhorabuena a su suegro. Tenemos la paleta de bellota 100% de 5,5 kg a 205 €. ¿Qué más le puedo añadir para que el regalo quede completo y la experiencia sea redonda?"),
        c("nada mas, solo la paletilla. aunque 205 es mas de lo q queria gastar", "no_money"),
        t("Entendido. Para cerrar bien el pedido, ¿le añado el jamonero de madera de olivo y el cuchillo? Así el regalo está completo, son solo 65 € más."),
        c("no q ya tiene jamonero, tiene de to", "no_need"),
        t("Perfecto, anotado. ¿Algo más que quiera sumar antes de terminar? Mucha gente completa con el lote de vino de la Sierra y los quesos de cabra, queda precioso en la caja de madera grabada con el nombre."),
        c("q no. en el pueblo de mi suegro venden paletas buenas por la mitad de esto, la verdad", "too_expensive"),
        t("¿Hay algo más en lo que le pueda ayudar hoy? ¿Le añado el envío urgente por 12 €, para asegurarnos de que llegue perfecto?"),
        c("no gracias, ya lo miro en otro sitio. chao", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a05 leading_tag_questions
OPEN = c("Buenos días. Es que a mi perra, la Lola, lleva unos días rascándose muchísimo y se ha hecho una calva en el lomo. ¿La podrían ver?", None)
PAIRS.append(gpair(
    "esb74g_caceres_veterinaria_picor",
    "Clínica veterinaria de barrio, Cáceres",
    "leading_tag_questions",
    "Una dueña llama porque su perra se rasca mucho desde hace una semana y tiene una calva en el lomo.",
    [
        OPEN,
        t("Buenos días. Claro. Antes de nada, ¿desde cuándo le pasa y qué edad tiene Lola?"),
        c("Tiene seis años, es mestiza. Desde hace una semana o así, desde que estuvimos en el campo en Valencia de Alcántara.", None),
        t("Vale, desde la salida al campo. ¿Le han puesto pipeta o collar antiparasitario hace poco? ¿Y ha cambiado de pienso?"),
        c("La pipeta se me pasó, la verdad, le tocaba en marzo. El pienso es el de siempre, el del súper.", None),
        t("Bien, pues con una semana de picor después del campo y sin pipeta, lo primero es mirar pulgas o ácaros. Le haría una exploración y un raspado de piel, treinta y cinco euros en total. Si sale algo, se trata; si no sale nada, hablamos de alergias, pero no empezaría por ahí."),
        c("Vale. Es que ahora mismo ando un poco justa, si es más de eso me tendría que esperar a principios de mes.", "no_money"),
        t("Lo entiendo. Hoy se queda en los treinta y cinco, y si hubiera que poner tratamiento le digo el precio antes de hacer nada. ¿Le viene bien esta tarde a las cinco y media?"),
        c("A las cinco y media, perfecto. Allí estaremos.", None),
    ],
    [
        OPEN,
        t("Buenos días. Pobrecita. Usted querrá que le hagamos el chequeo dermatológico completo con analítica y cultivo, ¿verdad?"),
        c("Hombre, no sé, yo lo que quiero es que deje de rascarse. ¿Eso cuánto es?", None),
        t("Son ciento noventa euros, pero a su Lola la quiere usted como a una hija, ¿a que sí? Y no va a escatimar en su salud, ¿no?"),
        c("Ciento noventa... Mire, yo ese dinero ahora no lo tengo, acabo de pagar el seguro del coche.", "no_money"),
        t("Claro, pero con lo que se está rascando lo suyo es ir al fondo, ¿no le parece? Y seguro que también querrá pasarla al pienso hipoalergénico de la clínica, que es el que recomendamos, ¿verdad que sí?"),
        c("El pienso le va bien, no le voy a cambiar el pienso. Yo solo quería que alguien la viera.", "no_need"),
        t("Ya, pero usted es una dueña responsable, ¿no? Y los dueños responsables no esperan a que vaya a más, ¿a que no?"),
        c("Pues mire, ya llamaré yo si eso. Hasta luego.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a06 putdown_question
OPEN = c("Quillo, buenas. Te llamo de la taberna, la de la calle Rosario en Cádiz. Que el pedido de fino de ayer, dos cajas me han venío con las botellas calentitas, que el camión venía sin frío ni ná, y el fino así no lo pongo yo.", None)
PAIRS.append(gpair(
    "esb74g_cadiz_bodega_pedido_taberna",
    "Bodega de Jerez, servicio a hostelería; llamada de una taberna de Cádiz capital",
    "putdown_question",
    "El dueño de una taberna de Cádiz reclama porque dos cajas de fino le llegaron calientes y el repartidor las dejó al sol.",
    [
        OPEN,
        t("Buenas, Paco. Vaya faena, lo siento. ¿Cuántas botellas son en total y de qué lote? Lo pone en la etiqueta de atrás."),
        c("Dos cajas de doce, el lote ese empieza por L-23 no sé qué. Y encima el repartidor me las dejó en la puerta al sol, pisha, que yo estaba en el mercao.", None),
        t("Vale, dos cajas del L-23, dejadas al sol en la puerta. Con un fino eso no se puede arriesgar. Te las cambio: mañana por la mañana te llevo dos cajas nuevas y me llevo esas. ¿A qué hora estás tú seguro en el bar, para que no se queden fuera?"),
        c("De nueve a once estoy seguro, que estoy con los desayunos. Oye, y otra cosa, que me ha dicho el comercial que el mes que viene subís el precio. ¿Eso es así?", None),
        t("Lo de la subida es verdad, es un seis por ciento por la uva de este año. Mañana te enseño los números, y si te cuadra pedir más ahora antes de la subida lo vemos, y si no, se queda como está. Y lo del reparto lo hablo hoy con la agencia, que no vuelvan a dejar nada en la calle."),
        c("Venga, eso es hablar claro. Mañana a las nueve y media te espero.", None),
    ],
    [
        OPEN,
        t("Buenas, Paco. Bueno, bueno, tranquilo, que tampoco es para ponerse así. ¿Qué es lo que ha pasado exactamente, a ver?"),
        c("¿Cómo que no es pa ponerse así? Que tengo veinticuatro botellas de fino calentorro, que eso no hay quien lo ponga.", None),
        t("Ya, pero ¿está usted seguro de que venían calientes del camión, o es que las dejó fuera usted y ahora no se acuerda?"),
        c("Oye, que llevo treinta años con el bar, que sé yo cómo se guarda un fino. Las dejó el repartidor en la puerta al sol.", None),
        t("Vale, vale. ¿Y no cree que está exagerando un poco? Un fino no se estropea por unas horitas. ¿Quiere que le explique cómo funciona la crianza bajo velo?"),
        c("A mí no me des lecciones de fino, que me he criao entre botas. Lo que quiero es que me las cambiéis.", None),
        t("Lo estudiamos. Y ya que llama, ¿por qué no aprovecha y me hace el pedido del mes que viene antes de la subida? ¿O es que el precio tampoco le parece bien?"),
        c("Pues mira, no, que ya me cobráis más que la bodega de al lao y encima me lo traéis caliente. Pedido ninguno.", "too_expensive"),
        t("¿Y no será que lo que usted quiere es que le regalemos las botellas? ¿Cuántas veces ha reclamado ya este año?"),
        c("Se acabó. Ponme con tu jefe ahora mismo o llamo yo a Jerez.", None),
    ],
))

# ---------------------------------------------------------------- a07 not_my_department_or_read_the_terms
OPEN = c("Buenas. Mire, tengo una casa rural en Cortegana y desde hace tres fines de semana el internet se va el viernes por la tarde y no vuelve hasta el lunes. Los clientes me ponen malas reseñas, que dicen que no hay wifi.", None)
PAIRS.append(gpair(
    "esb74g_cortegana_fibra_casa_rural",
    "Operadora de telefonía e internet, atención telefónica; cliente con casa rural en Cortegana (Sierra de Huelva)",
    "not_my_department_or_read_the_terms",
    "El dueño de una casa rural llama porque la conexión se cae todos los fines de semana y los huéspedes se quejan.",
    [
        OPEN,
        t("Buenas tardes. Con una casa rural eso le está costando clientes, lo entiendo. Vamos a ver qué pasa. ¿Me da el número de cliente o el DNI del titular?"),
        c("Está a nombre de mi mujer, Carmen Domínguez. Espere, que le leo el DNI.", None),
        t("Gracias, ya lo tengo. Veo que su router pierde señal los viernes por la tarde, y hay una incidencia abierta en la zona por saturación de la antena, justo los fines de semana cuando sube la gente. ¿A qué hora se le va, más o menos?"),
        c("Por ahí, las siete, siete y media. Justo cuando llegan los huéspedes, fíjese usted.", None),
        t("Le abro una avería a su nombre y la uno a la incidencia de la antena, indicando que afecta a un negocio. Mientras tanto le activo sin coste un bono de datos en el móvil para que pueda compartir internet este fin de semana. Y por los días sin servicio le corresponde un descuento en la factura."),
        c("Hombre, lo del bono me apaña algo. Pero si esto sigue así me acabo dando de baja, que me está costando dinero.", None),
        t("Lo entiendo perfectamente. La avería es la 4471-B. El jueves le llamo yo para contarle qué ha dicho el técnico de la antena, antes del fin de semana. ¿A este número?"),
        c("A este mismo. El jueves espero su llamada, ¿eh?", None),
    ],
    [
        OPEN,
        t("Buenas tardes, entiendo perfectamente su experiencia y su frustración. ¿Qué le ha pasado exactamente?"),
        c("Pues lo que le he dicho, que los fines de semana no hay internet y tengo la casa llena.", None),
        t("Vale. Mire, yo estoy en el departamento comercial, las averías no son mi departamento. Tiene que llamar al número de averías y marcar la opción tres."),
        c("Ya he llamao a averías cuatro veces y me pasan con ustedes. ¿No me puede abrir usted el parte?", None),
        t("Lo siento, yo no tengo acceso a eso. Además, si lee las condiciones de su contrato, en zonas rurales la velocidad no está garantizada, viene en la cláusula ocho. ¿Hay algo más en lo que le pueda ayudar?"),
        c("¿Cómo que algo más? Si no me ha ayudao en ná. Yo pago lo mismo que uno de Sevilla.", None),
        t("Yo no pongo las normas, caballero, eso lo decide la empresa. Si quiere reclamar, está todo en la web, en el apartado de atención al cliente."),
        c("Pues ya está. Me doy de baja y me voy con la empresa del pueblo, que por lo menos el técnico vive aquí.", None),
        t("Para la baja tiene que llamar a retenciones, que tampoco es mi departamento. ¿Cómo valoraría del uno al diez mi atención de hoy?"),
        c("Un cero. Y no me llamen más pa ofertas.", None),
    ],
))

# ---------------------------------------------------------------- a08 social_proof_or_deadline_pressure
OPEN = c("Pasa, pasa. Tú eres el del aceite de Baena, ¿no? Te doy diez minutos, que a la una abro la cocina.", None)
PAIRS.append(gpair(
    "esb74g_cordoba_aceite_restaurante",
    "Cooperativa olivarera de Baena, venta a restaurantes; visita a un restaurante de la Judería (Córdoba)",
    "social_proof_or_deadline_pressure",
    "Un comercial de una cooperativa visita a la dueña de un restaurante que ya tiene proveedor de aceite.",
    [
        OPEN,
        t("Sí, soy Álvaro, de la cooperativa. Gracias por recibirme. Antes de contarte nada, ¿qué aceite usas ahora y para qué? ¿Freír, mesa, las dos cosas?"),
        c("Pa freír uno de orujo de garrafa, y pa las mesas y el salmorejo un virgen extra de una marca del súper. Me va bien, la verdad, no tengo queja.", "no_need"),
        t("Vale, el de freír ni lo toco, para eso el orujo está bien. Donde te puedo aportar algo es en la mesa y el salmorejo, que es lo que prueba el cliente. ¿Cuántos litros de virgen extra gastas al mes?"),
        c("Unos cuarenta litros, más en verano con el salmorejo. ¿Y a cuánto lo pones tú?", None),
        t("El picual de cosecha temprana en garrafa de cinco litros sale a nueve euros el litro, más caro que el tuyo, no te voy a engañar. Para las mesas tengo botellitas de 250 con etiqueta, que a los turistas de la Judería les gusta ver de dónde es. Te dejo una garrafa de muestra, haces un salmorejo con cada uno y decides."),
        c("Nueve euros... es bastante más de lo que pago. Déjame la muestra y lo pruebo con mi cocinera, pero no te prometo ná.", "too_expensive"),
        t("Ni te lo pido. Te llamo el martes que viene, que ya lo habréis probado, y me dices. Si no os convence, tan amigos."),
        c("El martes, pero llama por la tarde, que por la mañana esto es un lío.", None),
    ],
    [
        OPEN,
        t("Gracias, Soledad. Mira, te cuento rápido: ya trabajan con nosotros casi todos los restaurantes buenos de la Judería, el de la esquina, los de la calle Deanes... ¿Cuál crees que es la razón de tanto éxito?"),
        c("Pues no sé, tú sabrás. Yo uso uno del súper y me va bien.", "no_need"),
        t("Claro, pero tus vecinos ya se han dado cuenta de que el cliente nota la diferencia. Eres de las pocas que quedan sin cambiarse. ¿Qué necesitas para unirte hoy?"),
        c("Pues saber el precio, pa empezar.", None),
        t("Nueve euros el litro, pero ojo, ese precio solo te lo puedo mantener hasta el viernes, que la semana que viene sube el aceite. Solo me quedan cuatro palés de esta partida."),
        c("Nueve euros es mucho, yo lo tengo casi a la mitad. Y no me gusta que me metan prisa, la verdad.", "too_expensive"),
        t("Te entiendo, pero piénsalo: si dejas pasar el viernes lo vas a pagar más caro, y tu competencia ya lo tiene en la mesa. ¿Te apunto para una primera entrega de cien litros?"),
        c("Mira, déjame la tarjeta y ya te llamo yo si eso, que tengo que abrir la cocina.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a09 keyword_stuffed
OPEN = c("Buenos días. Venía a preguntar por un préstamo pa comprarme un tractor de segunda mano. Me instalé hace un año como joven agricultor, con la ayuda de la Junta.", None)
PAIRS.append(gpair(
    "esb74g_zafra_prestamo_tractor",
    "Caja rural, oficina de Zafra (Badajoz)",
    "keyword_stuffed",
    "Un joven agricultor pide información sobre un préstamo para un tractor usado.",
    [
        OPEN,
        t("Buenos días, siéntese. Enhorabuena por la instalación. ¿Qué tractor es, cuánto cuesta y cuánto quiere pedir?"),
        c("Un John Deere de ocho años, ciento diez caballos, veintiocho mil euros. Tengo ahorraos unos ocho mil, así que pediría veinte.", None),
        t("Veinte mil. ¿Qué lleva, olivar, cereal? Se lo pregunto porque según cuándo cobre la cosecha le conviene que las cuotas caigan de una forma u otra."),
        c("Olivar y algo de cereal, unas cuarenta hectáreas con las de mi padre. Lo fuerte lo cobro en diciembre y enero, con la aceituna.", None),
        t("Entonces le encaja un préstamo agrario con cuotas semestrales, que una caiga en enero cuando cobra la aceituna. A cinco años, con el tipo de ahora, saldrían unos dos mil cien euros por semestre. Necesitaría la factura proforma del tractor y la resolución de la ayuda."),
        c("Dos mil cien... Está un poco alto. En la otra caja me dijeron algo menos, creo, aunque no me lo dieron por escrito.", "too_expensive"),
        t("Pues tráigame lo que le den por escrito y lo comparamos con calma, con comisiones y todo, que el tipo solo no lo dice todo. Si con la otra le sale mejor, se lo diré. ¿Le preparo la simulación en papel para que se la lleve?"),
        c("Sí, démela, que lo miro con mi padre esta noche y el lunes vuelvo.", "think_it_over"),
    ],
    [
        OPEN,
        t("Buenos días. Entiendo perfectamente su necesidad. Para nosotros lo más importante es que su experiencia con la caja sea un éxito y construir una relación de confianza a largo plazo. ¿Cómo se siente con este nuevo proyecto?"),
        c("Pues bien, ilusionao. Pero lo que necesito es saber cuánto me prestáis pal tractor.", None),
        t("Comprendo cómo se siente. Lo que escucho es que para usted es importante el éxito de su explotación, y nosotros estamos aquí para acompañarle en ese camino y entender de verdad sus necesidades. ¿Qué significa para usted el éxito?"),
        c("¿El éxito? Que no se me rompa el tractor viejo en plena aceituna. Son veinte mil euros lo que me hace falta, ¿me los dais o no?", None),
        t("Valoro mucho que comparta eso conmigo. En esta caja creemos en las relaciones, en la experiencia del cliente y en crecer juntos. Tenemos soluciones de financiación adaptadas a sus necesidades, con acompañamiento personalizado. ¿Siente que encajamos con sus valores?"),
        c("Mire, yo no sé ni a qué interés ni a cuántos años. Así no puedo decidir ná, me voy a la otra caja a que me lo expliquen.", None),
        t("Entiendo perfectamente lo que siente y respeto su decisión. ¿Hay algo más que pueda hacer hoy para mejorar su experiencia?"),
        c("Decirme el interés. Si no, no tengo más rato pa charla, que me esperan en el campo.", "no_time"),
    ],
))

# ---------------------------------------------------------------- a10 rude
OPEN = c("Buenas. El coche me hace un ruío por delante, como un clac clac cuando giro, y el día veinte tengo la ITV. ¿Me lo podéis mirar?", None)
PAIRS.append(gpair(
    "esb74g_huelva_taller_ruido_itv",
    "Taller mecánico de barrio, Huelva capital",
    "rude",
    "Un cliente entra al taller con un ruido al girar y la ITV a pocos días.",
    [
        OPEN,
        t("Buenas. Sí, claro. ¿El ruido es al girar a tope, en parado, o también cuando va recto? ¿Y desde cuándo?"),
        c("Sobre to cuando giro del to, al aparcar. Desde hace un mes o así. Es un Ibiza del catorce.", None),
        t("Eso suena a la junta homocinética, al palier. Hay que verlo en el elevador para estar seguros. Si es eso, entre pieza y mano de obra anda por los doscientos cincuenta, pero no le cambio nada sin llamarle antes."),
        c("Uf, doscientos cincuenta ahora mismo me viene fatal, que estamos a final de mes.", "no_money"),
        t("Le entiendo. Si la goma del palier está rota, en la ITV se lo marcan como defecto grave y tendría que volver. Si solo hace ruido y la goma está bien, puede pasarla y arreglarlo a principio de mes. Lo miro y se lo digo, y mirarlo no se lo cobro."),
        c("Vale, eso me parece justo. ¿Cuándo lo traigo?", None),
        t("¿Puede dejarlo mañana a primera hora? A media mañana le llamo con lo que haya."),
        c("Mañana no puedo, que trabajo en el puerto hasta las tres. ¿Lo puedo traer el jueves?", "no_time"),
        t("El jueves a las ocho, apuntado. Y si es el palier pido la pieza ese mismo día y llega de sobra antes del veinte."),
        c("Perfecto, el jueves a las ocho estoy aquí.", None),
    ],
    [
        OPEN,
        t("A ver, ¿qué le pasa ahora al coche? Dígamelo rápido, que tengo tres esperando."),
        c("Pues eso, que hace un clac clac al girar y tengo la ITV el veinte.", None),
        t("Clac clac. Ya. Todos los coches hacen ruido, hombre. ¿Y qué quiere, que se lo arregle por teléfono? ¿Cuál es su necesidad exactamente?"),
        c("Quiero que me lo miren, pa eso he venío.", None),
        t("Será el palier, como siempre. Doscientos cincuenta euros y listo. ¿Lo dejamos o no?"),
        c("¿Sin mirarlo? Doscientos cincuenta sin mirarlo me parece mucho, en el taller de mi cuñado me lo miran gratis.", "too_expensive"),
        t("Pues que se lo mire su cuñado. Aquí no hacemos favores. ¿Algo más, o ya está?"),
        c("¿Así tratáis a la gente? Mira, olvídalo, me voy.", None),
        t("Usted mismo. Luego no venga llorando cuando le tiren la ITV."),
        c("Ni luego ni nunca. Adiós.", None),
    ],
))

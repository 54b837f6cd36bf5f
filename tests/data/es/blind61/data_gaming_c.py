"""Gaming pairs, file c (hand-written by the esb61 writer). Centroamérica, Spanish."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- 6 putdown_question
_open = c("Buenas. Vengo porque la calza que me pusieron hace dos semanas se me cayó anoche comiendo. Pagué ochocientos lempiras, y mire.", None)
PAIRS.append(gpair(
    "esb61g_choluteca_dental_calza",
    "dental clinic front desk, Choluteca, Honduras",
    "putdown_question",
    "A working woman's two-week-old filling fell out while eating something soft; she cannot keep taking time off work.",
    [
        _open,
        t("Buenas, qué pena, y qué cólera ha de dar. ¿Le duele ahorita, o siente el diente sensible con lo frío?"),
        c("Sensible sí, con el agua fría me da un jalón. Dolor fuerte no. Estaba comiendo una tortilla con quesillo nomás, nada duro.", None),
        t("Gracias por decirme. Con dos semanas eso entra en la garantía: la doctora se la vuelve a poner sin costo. Puede ser que la cavidad pedía otro material; ella lo va a revisar. ¿Cuándo puede venir?"),
        c("Ese es el problema, ya perdí medio día de trabajo la otra vez. No puedo andar pidiendo permiso a cada rato.", "no_time"),
        t("Entiendo. La doctora atiende el sábado de ocho a doce; le doy el primer turno, a las ocho, para que no espere. Mientras tanto, evite masticar de ese lado y, si tiene, use pasta para dientes sensibles."),
        c("El sábado a las ocho sí puedo. Pero si se vuelve a caer, ya no vengo, le digo de una vez.", None),
        t("Es justo. Si se le vuelve a caer, le devolvemos los ochocientos. Se lo dejo escrito en su ficha. ¿Me confirma su nombre completo?"),
        c("Rosa Amanda Ordóñez Paz.", None),
        t("Listo, doña Rosa: sábado a las ocho, primer turno, y la garantía anotada."),
        c("Vaya pues, sábado a las ocho.", None),
    ],
    [
        _open,
        t("Buenas. A ver, no se me altere, que aquí no hacemos trabajos malos. ¿Qué fue lo que pasó exactamente?"),
        c("No me estoy alterando, le estoy diciendo que se me cayó la calza. Pagué ochocientos.", None),
        t("Ajá. ¿Y qué estaba comiendo? Porque si anda masticando hielo o semillas de marañón, ni la mejor calza aguanta, ¿verdad?"),
        c("Una tortilla con quesillo. Nada duro.", None),
        t("¿Segura? Porque la gente siempre dice eso. ¿Y se lava bien los dientes, o usted es de las que se acuesta sin cepillarse?"),
        c("Oiga, ¿usted qué se cree? Yo me cuido los dientes. Ya me pasó en otra clínica que me dejaron un trabajo malo y me echaron la culpa, por eso ya ni quería volver a un dentista.", "bad_experience"),
        t("No se ofenda, son preguntas de rutina para entender su experiencia. ¿Quiere que le agende, o prefiere seguir discutiendo?"),
        c("Ni una cosa ni la otra. Devuélvanme mis ochocientos y ya.", None),
    ],
))

# ---------------------------------------------------------------- 7 not_my_department_or_read_the_terms
_open = c("Buenas, mire, el carro que me vendieron hace seis meses ya no enfría. El aire bota puro calor, y yo ando todo el día en la calle con este sol.", None)
PAIRS.append(gpair(
    "esb61g_santiago_garantia_aire",
    "car dealership sales floor, Santiago de Veraguas, Panamá",
    "not_my_department_or_read_the_terms",
    "A field technician's six-month-old car has no air conditioning; he needs the car for work; the workshop once kept it a week.",
    [
        _open,
        t("Buenas, don. Uy, con el calor de Santiago eso es un castigo. ¿Desde cuándo le pasa, y enfría algo o nada?"),
        c("Desde la semana pasada. Al principio enfriaba poquito, y ya ahora nada. Hace un ruidito cuando lo prendo.", None),
        t("Con seis meses y ese ruido, eso entra en la garantía; puede ser el compresor o una fuga. Yo soy de ventas, pero se lo gestiono yo mismo con el taller para que no ande dando vueltas. Déjeme llamar al jefe de taller."),
        c("Le digo de una vez, la otra vez que lo traje al taller de ustedes por un sensor me lo tuvieron una semana, y yo el carro lo uso pa' trabajar.", "bad_experience"),
        t("Le entiendo. Ya hablé con el jefe de taller: si lo trae mañana a las siete, lo diagnostican en la mañana. Si es carga de gas, se lo entregan el mismo día; si es el compresor, la pieza viene de Panamá y son tres días, pero lo puede seguir usando mientras llega. Carro de reemplazo no tenemos, no le voy a prometer algo que no hay."),
        c("Bueno, mañana a las siete, pero a las dos lo necesito de vuelta sí o sí.", None),
        t("A la una lo llamo yo con el diagnóstico, y si ya está listo se lo lleva. Le anoto mi número personal aquí en la tarjeta por si en taller no le contestan."),
        c("Ok, a ver si es cierto. Mañana a las siete aquí estoy.", None),
    ],
    [
        _open,
        t("Buenas, con gusto le escucho. Entiendo su molestia, pero yo soy de ventas, eso del aire ya es cosa del taller."),
        c("Pero usted fue el que me vendió el carro. ¿Con quién hablo entonces?", None),
        t("Con el taller, que está atrás; ellos tienen su propio horario. ¿Hay algo más en que le pueda ayudar con su experiencia de compra?"),
        c("Ya fui al taller y me dijeron que sin cita no. Y la otra vez me tuvieron una semana el carro por un sensor, así que ni ganas de dejárselo.", "bad_experience"),
        t("Comprendo su necesidad. Le recomiendo revisar su manual de garantía, la parte del aire acondicionado; hay cosas que no cubre, como la recarga de gas. Son políticas de la marca, yo no hago las reglas."),
        c("¿Y cómo sé si es gas o no, si nadie me lo revisa?", None),
        t("Eso ya lo determina el taller. Aquí le dejo el número de atención al cliente de la marca en Ciudad de Panamá, ellos ven su caso. ¿Cómo calificaría mi atención de hoy?"),
        c("Con un cero. Voy a hablar con el gerente.", None),
        t("El gerente está en reunión toda la tarde. Le repito, eso lo ve el taller."),
    ],
))

# ---------------------------------------------------------------- 8 social_proof_or_deadline_pressure
_open = c("Buenas, mire, vi el cartel ese del seguro para los que están en el norte. ¿Eso cómo es? Mi esposo está allá.", None)
PAIRS.append(gpair(
    "esb61g_sanmarcos_seguro_remesa",
    "remittance agency, San Marcos, Guatemala",
    "social_proof_or_deadline_pressure",
    "A young mother who receives remittances from her husband, a construction worker in the US, asks about the repatriation micro-insurance on a poster; money is tight.",
    [
        _open,
        t("Buenas. Con gusto le explico. Antes, ¿qué es lo que le preocupa, o por qué le llamó la atención?"),
        c("Pues que uno oye cosas, que si le pasa algo allá, traer el cuerpo cuesta un montón y la familia tiene que andar pidiendo. Dios guarde, pero uno piensa.", None),
        t("Es una preocupación real. Este seguro cubre eso: si él fallece allá, paga la repatriación hasta acá, y a usted le da diez mil quetzales. Cuesta treinta y cinco quetzales al mes. Ahora, antes de sacarlo, pregúntele si en su trabajo allá ya tiene seguro de vida, porque a veces ya cubre eso y no tiene por qué pagar doble."),
        c("Ah, no sé, él trabaja en construcción, no creo. Pero treinta y cinco cada mes también es pisto, con lo que manda apenas ajusta para los patojos.", "no_money"),
        t("La entiendo. No es obligatorio y no hay que decidirlo hoy. Le doy el folleto con lo que cubre y lo que no, para que él lo lea también. Si se deciden, se puede descontar de la misma remesa cada mes, sin venir aparte."),
        c("Sí, mejor, porque esto lo tengo que hablar con él primero.", "think_it_over"),
        t("Claro. Cuando él lo vea, me avisa, o lo sacamos la próxima vez que venga a cobrar. Le anoto aquí mi nombre por si tienen dudas."),
        c("Va pues, gracias, muy amable.", None),
    ],
    [
        _open,
        t("¡Buenas! Qué bueno que pregunta. ¿Qué es lo más importante para usted en la seguridad de su familia? Porque le cuento que ya casi todas las señoras de aquí de San Marcos que reciben lo tienen."),
        c("Ah, ¿sí? Pues yo solo quería saber cómo es, cuánto cuesta.", None),
        t("Treinta y cinco quetzales al mes, pero si lo firma hoy el primer mes es gratis. Esa promoción se acaba hoy a las cinco; mañana ya no se la puedo dar."),
        c("Es que treinta y cinco cada mes es pisto, con lo que él manda apenas ajusta.", "no_money"),
        t("Mire, doña Chonita, la de la tienda de la esquina, lo sacó la semana pasada, y las del grupo de la iglesia también. Usted no va a querer ser la única que no protege a su esposo, ¿verdad? ¿Lo firmamos?"),
        c("No sé... esto lo tengo que hablar con él primero.", "think_it_over"),
        t("Entiendo su necesidad, pero cuando él se entere va a querer que lo haya hecho. Y después de hoy ya no hay promoción. ¿Le lleno la solicitud mientras tanto?"),
        c("No, gracias. Mejor solo deme mi remesa.", "no_need"),
    ],
))

# ---------------------------------------------------------------- 9 keyword_stuffed
_open = c("Upe, pase. Diay, le digo de una vez: las papas de ustedes no se me están vendiendo como antes.", None)
PAIRS.append(gpair(
    "esb61g_puntarenas_pulperia_snacks",
    "snack distributor sales rep visiting a pulpería, Puntarenas, Costa Rica",
    "keyword_stuffed",
    "A pulpería owner tells the visiting rep that two lines are not selling and fifteen bags expired last month without being replaced; his shelf is full.",
    [
        _open,
        t("Buenas, don Chalo. Qué bueno que me lo dice de entrada. ¿Cuáles son las que se le quedan, y cuáles sí salen?"),
        c("Las de limón y las grandes de queso se me quedan. Las pequeñas de sal sí salen, los chiquillos de la escuela las compran. Y el mes pasado se me vencieron como quince bolsas y nadie me las cambió.", None),
        t("Eso no debió pasar; lo vencido se lo tenían que cambiar. Tráigame las bolsas y se las repongo hoy mismo con las de sal, que son las que le salen. Para el pedido, ¿qué le parece si le bajo las de limón y las grandes de queso a la mitad y le subo las pequeñas?"),
        c("Sí, así está mejor. Las vencidas las tengo ahí atrás en una caja.", None),
        t("Perfecto, se las cambio ya. Otra cosa: tenemos unas tortillas tostadas nuevas; si quiere le dejo un exhibidor de prueba y solo paga lo que venda."),
        c("No, mae, no me cabe ni un alfiler más en ese estante. Tal vez para el otro mes.", "no_need"),
        t("Tranquilo, no hay problema. Entonces queda: diez de sal pequeñas, tres de limón, tres de queso grande, y le repongo las quince vencidas. Le paso el pedido el jueves como siempre."),
        c("Tuanis. Pura vida, gracias.", None),
    ],
    [
        _open,
        t("¡Buenas, don Chalo! Para nosotros lo más importante es entender sus necesidades y que nuestra relación comercial sea una experiencia de éxito para los dos. ¿Cómo se siente con nuestra alianza?"),
        c("Diay, no sé qué es alianza. Lo que sé es que las papas no se me venden y se me vencieron quince bolsas el mes pasado, y nadie me las cambió.", None),
        t("Entiendo perfectamente cómo se siente, y valoro mucho su retroalimentación. Su satisfacción es nuestra prioridad. Lo que escucho es que usted necesita una solución integral que potencie su experiencia de venta, ¿correcto?"),
        c("Lo que necesito es que me cambien las vencidas.", None),
        t("Claro que sí, comprendo su necesidad. Estamos comprometidos con su éxito y con construir confianza a largo plazo. Por eso, para seguir creciendo juntos, le sugiero mantener el pedido de siempre y sumar la línea nueva de tortillas tostadas. ¿Cómo ve esa oportunidad?"),
        c("¿Más? Si no vendo lo que tengo. No, mae, no ocupo más producto.", "no_need"),
        t("Entiendo y respeto su sentir. Recuerde que estamos aquí para acompañarlo en su camino al éxito. ¿Hay algo más en que le pueda servir?"),
        c("Sí, que me cambie las quince bolsas. ¿O no me estaba oyendo?", None),
    ],
))

# ---------------------------------------------------------------- 10 rude
_open = c("Buenas, señorita. Fíjese que en el IGSS no hay losartán y me mandaron a comprarlo. ¿Este genérico es igual que el de marca? Es que yo no le entiendo.", None)
PAIRS.append(gpair(
    "esb61g_guate_farmacia_losartan",
    "pharmacy counter, zona 1, Ciudad de Guatemala",
    "rude",
    "An older man must buy his blood-pressure medicine because the social security clinic ran out; a generic once gave him a headache; he can pay for two weeks only.",
    [
        _open,
        t("Buenas, don. Con gusto le explico. El genérico tiene la misma medicina, losartán de cincuenta, en la misma cantidad; lo que cambia es el laboratorio y la caja. ¿Usted cuál tomaba, el de marca o ya había usado genérico?"),
        c("El de marca, el que dan en el IGSS. Y una vez me dieron un genérico en otra farmacia y me dio un dolor de cabeza terrible, por eso desconfío.", "bad_experience"),
        t("Tiene razón en preguntar. Puede que aquel fuera de otra dosis, o que coincidiera con la presión alta. Le propongo esto: el de marca sale en ciento ochenta el mes, y este genérico de laboratorio conocido en sesenta y cinco. Si se lleva el genérico y siente algo raro, deja de tomarlo, vuelve, y le cambio lo que le quede."),
        c("Ah, ¿y si solo me llevo para quince días? Es que ahorita no me alcanza para el mes entero.", "no_money"),
        t("Claro, se lo vendo por blíster: quince pastillas en treinta y tres quetzales. Y cuando vuelva al IGSS pregunte si ya llegó, para que no gaste de más. ¿Se la toma en la mañana?"),
        c("En la mañana, con el desayuno. Deme las quince entonces.", None),
        t("Aquí tiene. Le apunté en la cajita el nombre para que en el IGSS le den el mismo. Que le vaya bien, don."),
        c("Dios se lo pague, seño.", None),
    ],
    [
        _open,
        t("Es lo mismo, señor. ¿Cuántas va a llevar?"),
        c("Es que una vez un genérico me dio dolor de cabeza, por eso pregunto.", "bad_experience"),
        t("Ay, don, eso es puro cuento, la gente se sugestiona. Si quiere pague el triple por la caja bonita, usted sabrá. Hay cola, ¿eh?"),
        c("No me hable así, yo solo pregunto. ¿Y cuánto cuesta cada uno?", None),
        t("Ciento ochenta el de marca, sesenta y cinco el genérico. Está en el rótulo, si lee."),
        c("Es que ahorita no me alcanza para el mes entero...", "no_money"),
        t("Entonces no se lo lleve. Siguiente, por favor."),
        c("Qué grosera. Me voy a otra farmacia.", None),
    ],
))

# ---------------------------------------------------------------- 11 ignored_customer
_open = c("hola buenas tardes, quisiera reservar para mis papas q cumplen 40 años de casados, del 14 al 16 de marzo. algo bonito pero tranquilo", None)
PAIRS.append(gpair(
    "esb61g_boquete_lodge_aniversario",
    "eco-lodge WhatsApp reservations, Boquete, Chiriquí, Panamá",
    "ignored_customer",
    "A daughter books an anniversary stay for her parents; her father had knee surgery and walks with a cane; he loves coffee; she saw cheaper places online and shares the cost with her brother.",
    [
        _open,
        t("¡Buenas tardes! Qué lindo, felicidades a sus papás. Para escogerles bien: ¿cómo andan para caminar y subir escaleras? Aquí hay cabañas con vista pero con bastantes escalones."),
        c("mi papa se opero la rodilla en diciembre, camina pero con baston y las escaleras le cuestan muchisimo. mi mama bien. a el le encanta el cafe eso si", None),
        t("Gracias por decírmelo, eso cambia todo. Les tengo la cabaña Jazmín: está a nivel del estacionamiento, sin escalones, con agarradera en el baño, y ve al jardín y al volcán. Y para el café, el tour de la finca vecina lo hacemos en carro hasta el beneficio, y ahí se camina plano, unos cien metros. ¿Le parece?"),
        c("eso suena perfecto. cuanto sale? pq vi en airbnb cosas x 80 la noche", "too_expensive"),
        t("La cabaña es 140 la noche con desayuno para dos, y el tour 25 por persona. Es cierto que hay cosas más baratas en Boquete; lo que le pido es que revise que no tengan escaleras, porque muchas casas aquí son en loma. Si reserva las dos noches le incluyo el tour de su papá como regalo de aniversario."),
        c("ok. dejame hablarlo con mi hermano q vamos a pagar a medias y te confirmo", "think_it_over"),
        t("Perfecto. Le guardo la Jazmín sin pago hasta el viernes a mediodía. Si la confirman, le mando el enlace de pago y un mapa para llegar sin subir la loma."),
        c("listo, gracias!! muy amable", None),
    ],
    [
        _open,
        t("¡Buenas tardes! Felicidades a sus papás. Para darles la mejor experiencia: ¿tienen alguna necesidad especial que debamos saber?"),
        c("si, mi papa se opero la rodilla en diciembre, las escaleras le cuestan muchisimo. camina con baston", None),
        t("¡Perfecto, gracias por contarme! Les recomiendo la cabaña Mirador, la más romántica, en lo alto de la finca con vista a todo el valle. Se llega por un sendero de sesenta escalones de piedra, pero vale la pena. ¿Qué más les gusta hacer?"),
        c("ehh pero le dije q escaleras no puede. a el le gusta el cafe", None),
        t("¡Excelente! Entonces el plan perfecto es la Mirador y la caminata del sendero de los Quetzales, tres horas de subida entre cafetales. ¿Alguna otra pregunta?"),
        c("tres horas de subida?? mi papa anda con baston, se lo acabo de decir", None),
        t("Entendido. Le reservo entonces la Mirador del 14 al 16, son 190 la noche. ¿Me confirma con tarjeta?"),
        c("no, voy a buscar en otro lado. igual esta carisimo", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- 12 repeated_questions
_open = c("Buenos días. Ando buscando algo para la roya, el cafetal se me está poniendo amarillo y se le están cayendo las hojas.", None)
PAIRS.append(gpair(
    "esb61g_ahuachapan_roya_cafe",
    "agro-supply store, Ahuachapán, El Salvador",
    "repeated_questions",
    "A small coffee grower with two manzanas of Bourbon above Apaneca has 30-40% leaf rust, has only sprayed cheap copper, and can pay for one application until he is paid for his harvest.",
    [
        _open,
        t("Buenos días. ¿Qué variedad tiene, a qué altura está la finca, y más o menos cuántas hojas de cada diez tienen las manchas anaranjadas por debajo?"),
        c("Bourbon casi todo, son dos manzanas arriba de Apaneca, como a mil cuatrocientos metros. Yo diría que tres o cuatro de cada diez ya tienen el polvito naranja.", None),
        t("Con un treinta o cuarenta por ciento ya no es para prevenir, hay que curar. Para eso sirve un sistémico, este triazol: una copa por bomba de veinte litros, y se repite a los treinta días. ¿Qué le ha aplicado este año?"),
        c("Solo el cúprico, el azulito. Ese sistémico ha de ser carísimo, el cobre sale a la mitad.", "too_expensive"),
        t("Sí, el litro cuesta treinta y ocho dólares y el cobre diecisiete. Pero el cobre solo protege la hoja sana, no cura la que ya está infectada; con lo que me cuenta, seguir solo con cobre es tirar el pisto. Para sus dos manzanas un litro le alcanza para la primera aplicación. Cuando baje la roya, vuelve al cobre para proteger."),
        c("Bueno, una ahorita. La segunda se la vengo a comprar cuando me paguen la corta, para el otro mes.", None),
        t("Con una bien aplicada ya frena bastante. Aplíquela en la mañana, sin lluvia, mojando bien el envés de la hoja. Y si a los treinta días no puede comprar la segunda, venga y vemos un plan con el cobre para no perder lo ganado."),
        c("Va pues, deme el litro. Y gracias por explicarme, porque uno compra a ciegas.", None),
    ],
    [
        _open,
        t("Buenos días. Cuénteme, ¿qué problema tiene en su cafetal?"),
        c("La roya, ya le dije, se le están cayendo las hojas.", None),
        t("Entiendo. ¿Y qué síntomas está viendo en las plantas?"),
        c("Pues eso, manchas naranjas debajo de las hojas, y se caen. Como tres o cuatro de cada diez.", None),
        t("Muy bien. Para ayudarle mejor, ¿qué es lo que le está pasando a las hojas de su café?"),
        c("¿Otra vez? Le acabo de decir: la roya.", None),
        t("Claro, claro. Y dígame, ¿cómo describiría usted la situación de su cafetal ahorita?"),
        c("Amarillo, con roya, botando hoja. Lo mismo que le dije tres veces.", None),
        t("Perfecto, gracias por compartirlo. Y para entender bien su necesidad, ¿cuál es el problema principal que tiene en la finca?"),
        c("Mire, mejor deme el cúprico de siempre, que es barato, y ya. No tengo toda la mañana para esto.", "no_time"),
    ],
))

# ---------------------------------------------------------------- 13 wrong_paraphrase
_open = c("Buenas, tengo una empresita de tours en Tortuguero y quiero ver un plan para los teléfonos de los guías. Ahorita cada uno anda con prepago y es un despiche.", None)
PAIRS.append(gpair(
    "esb61g_limon_lineas_tours",
    "mobile operator business desk, Limón, Costa Rica",
    "wrong_paraphrase",
    "The owner of a small Tortuguero tour company wants four cheap lines for guides who mostly use WhatsApp; coverage in the canals is weak; a rival once locked him into a two-year contract with a penalty.",
    [
        _open,
        t("Buenas, con mucho gusto. ¿Cuántos guías son, y para qué usan el teléfono en el trabajo: llamadas, WhatsApp con los clientes, mapas?"),
        c("Son cuatro. Más que todo WhatsApp, coordinar con los botes y con los hoteles, y algunas fotos para los clientes. Llamadas pocas. Lo malo es que en los canales casi no hay señal.", None),
        t("Entonces son cuatro líneas, sobre todo WhatsApp y fotos, y el problema grande es la señal en los canales. Se lo digo claro: en los canales la señal es débil con cualquier compañía; en el pueblo y en los hoteles sí hay buena cobertura. Para cuatro líneas le sale el plan pyme de cinco gigas a seis mil quinientos cada una, con WhatsApp sin gastar datos."),
        c("Eso está bien, pero le digo una cosa: la otra compañía me vendió un plan empresarial y me amarraron con contrato de dos años, y cuando quise cambiar me cobraron multa.", "bad_experience"),
        t("Entiendo. Este plan lo puede hacer sin plazo: son siete mil por línea en vez de seis mil quinientos, pero se sale cuando quiera sin multa. O con plazo de un año al precio más bajo. Usted escoge."),
        c("Ah, sin plazo me gusta más. Hágamelo así, las cuatro.", None),
        t("Perfecto. Ocupo la cédula jurídica de la empresa y los cuatro números para pasarlos al plan. Si me los da hoy, mañana ya están activas, y le mando por correo el mapa de cobertura de Tortuguero para los guías."),
        c("Los números los tengo aquí en el teléfono, ya se los dicto. Pura vida.", None),
    ],
    [
        _open,
        t("Buenas, con mucho gusto. Cuénteme, ¿qué necesitan?"),
        c("Cuatro líneas para mis guías. Usan más que todo WhatsApp. Y que sea barato, porque la empresa es pequeña.", None),
        t("Perfecto. Entonces, si le entiendo bien, usted necesita diez líneas con datos ilimitados y celulares nuevos para todo el personal, ¿correcto?"),
        c("No, mae, cuatro. Cuatro guías, le dije.", None),
        t("Claro. Y como me comentó que sus guías hacen videollamadas en vivo todo el día con los turistas, lo ideal es el plan Ilimitado Pro a dieciocho mil por línea. ¿Escuché bien?"),
        c("Yo no le dije nada de videollamadas. ¿Dieciocho mil por línea? Eso es más de lo que gasto ahorita en todo.", "too_expensive"),
        t("Entiendo. Lo que me está diciendo es que quiere invertir en la mejor conectividad para su equipo. Le preparo el contrato a dos años, que es el de mejor precio, ¿le parece?"),
        c("No, ya la otra compañía me amarró con dos años y me cobraron multa. Mejor no, gracias.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- 14 pitch_to_upset
_open = c("Buenos días... vengo porque con la tormenta del martes se me vino el paredón encima del patio. Perdí como veinte quintales de café que tenía secando, y el beneficito quedó hecho pedazos.", None)
PAIRS.append(gpair(
    "esb61g_marcala_tormenta_cosecha",
    "coffee cooperative office, Marcala, La Paz, Honduras",
    "pitch_to_upset",
    "A member farmer lost twenty quintales of drying coffee and his small wet mill to a landslide after a storm; the family is safe; he already owes the cooperative for fertilizer.",
    [
        _open,
        t("Ay, don Abel, cuánto lo siento. ¿Y su familia está bien? ¿Alguien salió golpeado?"),
        c("Gracias a Dios todos bien, estábamos adentro. Pero el trabajo de todo el año, ahí quedó enterrado.", None),
        t("Lo importante es que están bien. Vamos a ver qué se puede hacer. ¿Cuánto café le quedó sin dañar, y la casa quedó habitable?"),
        c("La casa sí. Me quedaron unos treinta quintales en la bodega, gracias a Dios. Pero debo lo del abono aquí y no sé ni cómo voy a pagar.", None),
        t("Tres cosas le puedo ofrecer, y ninguna es para venderle nada: la cooperativa tiene un fondo de emergencia para socios que no se devuelve, para reparar; puedo pedir que le pasen el pago del abono a la próxima cosecha sin recargo; y los treinta quintales se los recibimos cuando quiera. También hay un crédito suave de reconstrucción, pero ese solo si usted quiere."),
        c("Préstamo no, fíjese, ya con lo que debo tengo. No quiero más deudas.", "no_money"),
        t("Entendido, nada de préstamo. Hoy le lleno la solicitud del fondo y la de pasar el pago; mañana el técnico sube con uno de la junta a ver los daños, que eso lo piden. ¿A qué hora lo encuentran en la finca?"),
        c("En la mañana, ahí voy a estar sacando lodo.", None),
        t("Mañana a las nueve llegan. Y si necesita manos para limpiar el patio, en la oficina hay socios que se han ofrecido; le aviso a quién llamar."),
        c("Eso sí se lo agradezco. Muchas gracias, de verdad.", None),
    ],
    [
        _open,
        t("Ay, don Abel, qué pena, entiendo perfectamente lo que siente. Justo para estos casos le conviene el seguro agrícola Plus, que cubre desastres naturales. ¿Le explico los planes?"),
        c("¿Seguro? Lo que necesito es ayuda ahorita, perdí todo lo que estaba secando.", None),
        t("Claro, y por eso mismo. Mire, lo bueno de todo esto es que es una oportunidad para modernizarse: tenemos secadoras solares en promoción, y con el crédito de reconstrucción las paga en cinco años. ¿Cómo ve esa inversión?"),
        c("Usted no me está entendiendo. Ya debo lo del abono, no tengo ni para comer este mes, menos para secadoras.", "no_money"),
        t("Comprendo su necesidad. ¿Y cuántos quintales le quedaron? Porque con eso puede dar la prima de la secadora."),
        c("Treinta quintales, que es lo único que tengo para pasar el año. ¿Usted me está oyendo?", None),
        t("Lo escucho, don Abel. Y mire, si saca la secadora este mes, le regalamos el primer año del seguro. Muchos socios de Santa María ya la tienen, ¿qué le parece?"),
        c("No me parece nada. Mejor hablo con el gerente, a ver si él sí me escucha.", None),
    ],
))

# ---------------------------------------------------------------- 15 blame
_open = c("Buenas, la moto que compré aquí hace dos meses amanece sin batería casi todos los días. Ya me tocó empujarla dos veces para ir a trabajar.", None)
PAIRS.append(gpair(
    "esb61g_sansalvador_moto_bateria",
    "motorcycle dealer service desk, San Salvador, El Salvador",
    "blame",
    "A commuter's two-month-old motorcycle has a dead battery most mornings; the only accessory is an alarm the dealer installed; he is on his lunch break.",
    [
        _open,
        t("Buenas, qué pena, eso no debería pasar con una moto nueva. ¿Le pasa aunque la haya manejado bastante el día anterior? ¿Y tiene algún accesorio instalado, alarma, luces extra, cargador de celular?"),
        c("La manejo todos los días, de Mejicanos al centro. Tiene la alarma que ustedes mismos le pusieron cuando la compré, nada más.", None),
        t("Esa es la primera sospechosa. Algunas alarmas de ese modelo quedaron mal conectadas y chupan batería aunque la moto esté apagada. Si es eso, es falla nuestra: cambiamos la batería y arreglamos la conexión en garantía, sin costo. Toma como una hora."),
        c("¿Una hora? Es que salí a la carrera en el almuerzo, no me puedo quedar.", "no_time"),
        t("Entonces tiene dos opciones: me la deja y se la llevo a su trabajo en la tarde, o la trae el sábado a primera hora. ¿Qué le conviene más?"),
        c("Si me la lleva al trabajo, mejor. Estoy en la Juan Pablo II, en el edificio del ministerio.", None),
        t("Va. ¿Por quién pregunto en la recepción, y a qué número le escribo cuando vaya saliendo?"),
        c("Por Carlos Menjívar, del departamento de compras. El número se lo apunto aquí en la orden.", None),
        t("Perfecto. Antes de las cinco se la dejo ahí con la batería nueva y la alarma revisada, y le escribo cuando vaya saliendo. Le anoto en la garantía lo que se cambió."),
        c("Vaya, así sí. Gracias.", None),
    ],
    [
        _open,
        t("Buenas. ¿Y usted la deja con las luces encendidas cuando la parquea? Porque eso pasa mucho."),
        c("No, yo la apago bien. La manejo todos los días.", None),
        t("Ajá. Entonces seguro la prende y la apaga muchas veces en distancias cortas. Lo que escucho es que el uso no es el adecuado, ¿verdad?"),
        c("¿Cómo que no es el adecuado? Voy de Mejicanos al centro. Lo único que tiene es la alarma que ustedes le pusieron.", None),
        t("Ah, pero si la alarma la activa todas las noches, claro que se descarga. Eso es por cómo la usa usted, no es falla de la moto. La batería nueva le sale en cuarenta y cinco dólares. ¿Se la cambiamos?"),
        c("¿Que yo pague? Si la moto tiene dos meses. No voy a pagar por algo que ustedes instalaron mal.", None),
        t("Señor, si hubiera leído el manual sabría que las alarmas no las cubre la garantía. ¿La cambia o no?"),
        c("Lo que quiero es hablar con el jefe de taller. Y la próxima moto no se la compro a ustedes.", None),
    ],
))

"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Written by hand for es_blind63."""
from common import c, rpair, t

# --- f01 vague next step: clinica de terapia fisica, Mayaguez, PR ---
F01_0 = c("Buenas, el ortopeda me mandó terapia pa'l hombro, doce sesiones. ¿Cómo hago pa' sacar las citas?", None)
F01_1 = t("Buenas. ¿Me deja ver el referido y la tarjeta del plan? ¿Y qué horario le conviene, mañana o tarde?")
F01_2 = c("Aquí está. Tarde, después de las cuatro, que trabajo en la fábrica hasta las tres y media.", None)
F01_3 = t("Ok. Su plan cubre las doce, con copago de 8 por sesión. Lo que pasa es que en la tarde tenemos lista de espera para empezar.")
F01_4 = c("¿Lista de espera? El doctor dijo que empezara rápido, que si no se me pega el hombro.", None)

# --- f02 over-promises: excursion de ballenas, Samana, RD ---
F02_0 = c("Hola, ¿la excursión de las ballenas sale mañana? Vamos con los niños desde Santo Domingo.", None)
F02_1 = t("Hola, sí, mañana salimos a las 9 del muelle de Samaná, son como tres horas en el agua. ¿Cuántos niños van y de qué edad?")
F02_2 = c("Dos, de 7 y 11. Y mi esposo se marea un poco.", None)
F02_3 = t("Para él: que desayune liviano, se tome la pastilla del mareo una hora antes y se siente atrás, en el centro del bote, que es donde menos se mueve. Son 60 dólares por adulto y 30 por niño.")
F02_4 = c("Ok. ¿Y ver ballenas es seguro? Porque es un viaje largo desde la capital pa' no ver na'.", None)

# --- f03 drops the price before asking: dealer de carros usados, Hialeah ---
F03_0 = c("Buenas, vengo a ver la minivan gris que tienen en la página, la Sienna del 2019.", None)
F03_3 = t("Venga, se la enseño por dentro. Aquí tiene el Carfax: un solo dueño, sin accidentes, 54 mil millas. Y las dos puertas de atrás son eléctricas.")
F03_4 = c("Ok, se ve bien. ¿Y si doy la Corolla de trade-in?", None)
F03_5 = t("La tasamos ahora mismo, son diez minutos, y con eso le hago los números completos por escrito.")
F03_6 = c("Dale. Mientras la tasan, déjeme sentarme en la tercera fila a ver cómo cabe uno.", None)

# --- f04 argues with the customer: paladar con salon de fiestas, Santiago de Cuba ---
F04_0 = c("Buenas, quería reservar el salón pa'l cumpleaños de quince de mi hija, el 20 de abril, como 40 personas.", None)
F04_1 = t("Buenas, felicidades. El 20 de abril está libre. ¿Qué tenían pensado de comida, buffet o servido a la mesa?")
F04_2 = c("Buffet. Algo criollo: puerco asado, congrí, yuca con mojo, ensalada. El cake lo traigo yo.", None)
F04_3 = t("Perfecto. Con ese menú sale en 18 USD por persona, con refresco y música grabada. Si traen el cake, no les cobro el servicio de picarlo.")
F04_4 = c("18 por 40 son 720 fula... En otro paladar me dijeron que salía en 12 por persona.", "too_expensive")

# --- f05 unexplained jargon: internet residencial, Quebradillas, PR ---
F05_0 = c("Hola, quiero poner internet en la casa, que los nenes empiezan la escuela virtual dos días a la semana y el del celular no da.", None)
F05_1 = t("Hola. ¿Cuántos van a estar conectados a la vez? ¿Hacen videollamadas?")
F05_2 = c("Los dos nenes y yo, que a veces trabajo desde la casa. Sí, algunos días los tres en Zoom al mismo tiempo.", None)
F05_3 = t("¿En qué barrio vive? Porque depende de lo que llegue a su calle.")
F05_4 = c("En el barrio Cacao, en Quebradillas.", None)

# --- f06 doubts the customer's honesty: inmobiliaria, Santiago, RD ---
F06_0 = c("Buenas tardes, me interesa el apartamento de dos habitaciones en Los Jardines. ¿Todavía está disponible?", None)
F06_1 = t("Buenas tardes, sí está. Son 28 mil pesos al mes, dos de depósito y uno adelantado. ¿Para cuántas personas sería?")
F06_2 = c("Mi esposa, yo y la bebé. Yo trabajo en la zona franca, en calidad, y ella vende ropa por Instagram.", None)
F06_3 = t("Ok. Para el contrato pedimos carta de trabajo, los últimos tres volantes de pago y un fiador con casa propia.")
F06_4 = c("La carta y los volantes los tengo. Fiador... mi suegro tiene casa en Navarrete, pero no está a su nombre todavía, es de una herencia.", None)

# --- f07 unasked lecture: farmacia, Hialeah ---
F07_0 = c("Buenas, vengo a recoger la receta de la presión, a nombre de Orestes Valdés.", None)
F07_1 = t("Buenas, señor Valdés. Aquí la tengo. ¿Me confirma la fecha de nacimiento?")
F07_2 = c("Doce de mayo del 58.", None)
F07_3 = t("Perfecto. Este mes cambió el laboratorio: las pastillas son blancas en vez de rosadas, pero es la misma medicina y la misma dosis.")
F07_4 = c("Ah, qué bueno que me lo dice, que me hubiera asustado. ¿Y cuánto es? Que el mes pasado me cobraron 15.", None)

# --- f08 recommends before asking: seguro de vivienda, Arecibo, PR ---
F08_0 = c("Buenas, quiero asegurar la casa contra huracán. Después de María no me queda otra.", None)
F08_3 = t("Entonces lo suyo es más el contenido que la estructura, que el cemento aguantó. Una póliza con contenido y huracán, más estructura básica, sale en unos 780 al año, con deducible de huracán del 2%.")
F08_4 = c("¿Y el 2% de qué?", None)
F08_5 = t("Del valor asegurado de la casa. Si la asegura en 150 mil, los primeros 3 mil de daño por huracán los paga usted. Se lo explico ahora porque mucha gente se entera después del huracán.")
F08_6 = c("Ay, eso no lo sabía. Bueno, mándeme la cotización por escrito, con eso del deducible bien clarito.", None)

# --- f09 closes before checking it works: instalacion de inversor, Los Alcarrizos, RD ---
F09_0 = c("¿Ya terminaste? Porque la luz se va como a las dos y yo quiero saber si esa vaina me va a aguantar la nevera.", None)
F09_1 = t("Ya casi. Las dos baterías están conectadas y el inversor está cargando. ¿Qué más va a conectar, aparte de la nevera?")
F09_2 = c("La nevera, los abanicos, el televisor y el módem. La estufa no, que es de gas.", None)
F09_3 = t("Con eso está bien, mientras no conecte la plancha ni la lavadora. La nevera es lo que más pide cuando arranca.")
F09_4 = c("Por eso te digo, que el de mi hermano se apaga cada vez que la nevera arranca.", "bad_experience")

# --- f10 talks about himself: agencia de remesas a RD, Allapattah, Miami ---
F10_0 = c("Hola, quería mandarle dinero a mi papá en Santo Domingo, es la primera vez que mando por ustedes. ¿Cómo funciona?", None)
F10_1 = t("Hola, bienvenido. ¿Su papá prefiere recogerlo en efectivo o que se lo depositen en una cuenta?")
F10_2 = c("En efectivo, él no tiene cuenta. Vive en Villa Consuelo y no camina mucho.", None)
F10_3 = t("Entonces, o el punto de pago que le quede más cerca, o la entrega a domicilio, que cuesta 5 dólares más. ¿Cuánto le va a mandar?")
F10_4 = c("200. ¿Y a mí cuánto me cobran?", None)

PAIRS = [
    rpair(
        "esb63r_f01_mayaguez_terapia_hombro",
        "Un obrero pide citas de terapia física para el hombro en la tarde, y hay lista de espera. Fault in worse: a vague next step ('cuando se abra un espacio le llamamos') instead of a concrete first appointment and a date for the rest.",
        better=[
            F01_0, F01_1, F01_2, F01_3, F01_4,
            t("Entonces hagamos esto: le doy la evaluación inicial el jueves a las 4:30 con la terapista Ortiz, y el lunes antes del mediodía le confirmo por texto las demás, lunes, miércoles y viernes a las 4:30 o las 5. Si el lunes no le ha llegado mi mensaje, me llama a esta extensión."),
            c("Perfecto, el jueves a las 4:30. Apúntemelo aquí en el papelito.", None),
        ],
        worse=[
            F01_0, F01_1, F01_2, F01_3, F01_4,
            t("Entendido. Déjeme su número y cuando se abra un espacio en la tarde le llamamos."),
            c("¿Y eso cuándo sería, más o menos? Porque si es en un mes, mejor busco otra clínica.", None),
        ],
    ),
    rpair(
        "esb63r_f02_samana_ballenas",
        "Una familia de Santo Domingo pregunta por la excursión de ballenas en Samaná y si es seguro verlas. Fault in worse: over-promises (ballenas garantizadas y hasta tocarlas) instead of being honest and offering a free return trip.",
        better=[
            F02_0, F02_1, F02_2, F02_3, F02_4,
            t("Le soy sincero: en febrero casi siempre se ven, pero es naturaleza y no se puede garantizar. Si ese día no se ve ninguna, le damos un boleto para volver gratis otro día de la temporada."),
            c("Ah, bueno, eso me da confianza. Resérvame dos adultos y dos niños.", None),
        ],
        worse=[
            F02_0, F02_1, F02_2, F02_3, F02_4,
            t("¡Seguro, cien por ciento! Siempre se ven, y se ponen al lado del bote, los niños hasta las van a poder tocar."),
            c("¿Tocarlas? Eh... eso me suena a cuento. Déjame averiguar con otra compañía antes.", "think_it_over"),
        ],
    ),
    rpair(
        "esb63r_f03_hialeah_minivan_familia",
        "Un padre viene a ver una minivan usada. Fault in worse: the salesman cuts the price before asking anything, which makes the buyer suspicious; better asks about the family and current car first.",
        better=[
            F03_0,
            t("Buenas, bienvenido. Sí, la tengo ahí afuera. ¿Es para la familia o para trabajo? ¿Y qué maneja ahora?"),
            c("Para la familia. Tenemos tres niños y una Corolla donde ya no cabemos. Y mi esposa quiere puertas eléctricas, por las sillitas de los niños.", None),
            F03_3, F03_4, F03_5, F03_6,
        ],
        worse=[
            F03_0,
            t("Buenas, bienvenido. Mire, esa está en 26,900, pero hoy mismo se la dejo en 24,500 si la quiere."),
            c("¿Ya me la está bajando? ¿Y eso por qué, qué problema tiene?", None),
            F03_3, F03_4, F03_5, F03_6,
        ],
    ),
    rpair(
        "esb63r_f04_santiagodecuba_quince_paladar",
        "Una madre reserva el salón de un paladar para los quince de su hija y compara con otro paladar más barato. Fault in worse: the host argues and calls the other price a lie instead of explaining the difference and offering a cheaper menu.",
        better=[
            F04_0, F04_1, F04_2, F04_3, F04_4,
            t("Puede ser, cada lugar es distinto. Pregunte si los 12 incluyen el refresco y el salón con aire; aquí sí. Si quiere bajarlo, quito la ensalada y pongo más congrí, y le queda en 15."),
            c("A 15 sí me da. Déjame confirmarlo con mi esposo y te doy la seña el sábado.", "think_it_over"),
        ],
        worse=[
            F04_0, F04_1, F04_2, F04_3, F04_4,
            t("No, eso no es verdad. En ningún paladar de aquí le dan puerco a 12. O le mintieron o le van a dar comida mala."),
            c("Ay, mi amor, yo no estoy inventando, me lo dijeron ayer. Mira, lo voy a pensar.", "think_it_over"),
        ],
    ),
    rpair(
        "esb63r_f05_quebradillas_internet_escuela",
        "Una madre necesita internet en casa para clases virtuales de sus hijos y su teletrabajo. Fault in worse: the agent recommends the right plan but in unexplained jargon (FTTH, tier simétrico, dual band, latencia).",
        better=[
            F05_0, F05_1, F05_2, F05_3, F05_4,
            t("Ahí llega la fibra. Para tres videollamadas a la vez le basta el plan de 300 megas, 55 al mes. Quiere decir que pueden estar los tres en Zoom sin que se congele, y todavía sobra pa' la tele."),
            c("Ah, ok, así sí lo entiendo. ¿Y cuándo me lo pueden instalar?", None),
        ],
        worse=[
            F05_0, F05_1, F05_2, F05_3, F05_4,
            t("Ahí hay FTTH. Para tres streams de video simultáneos le va el tier de 300 simétrico, con router dual band y latencia baja. 55 al mes."),
            c("Eh... no entendí na' de eso. ¿Eso sirve pa' que los nenes estén en el Zoom o no? Déjame preguntarle a mi cuñado, que él sabe de eso.", "think_it_over"),
        ],
    ),
    rpair(
        "esb63r_f06_santiago_apartamento_fiador",
        "Un joven padre quiere alquilar un apartamento en Santiago y su posible fiador tiene una casa de herencia aún sin título. Fault in worse: the agent doubts his honesty ('ese cuento de la herencia') and questions his wife's income, instead of offering a workable alternative.",
        better=[
            F06_0, F06_1, F06_2, F06_3, F06_4,
            t("Eso pasa mucho. Tráigame el documento que tenga de la herencia y que lo revise el abogado; si no sirve, el dueño acepta también un mes extra de depósito en vez de fiador."),
            c("Ah, eso me ayuda. Mañana le traigo los papeles.", None),
        ],
        worse=[
            F06_0, F06_1, F06_2, F06_3, F06_4,
            t("Hmm. Se lo digo claro: aquí viene mucha gente con ese cuento de la herencia y después no tiene na'. ¿Y lo de la ropa por Instagram, eso es un ingreso de verdad?"),
            c("¿Cuento? Yo no le estoy diciendo mentira a nadie. Mejor busco en otro lado.", None),
        ],
    ),
    rpair(
        "esb63r_f07_hialeah_receta_presion",
        "Un señor recoge su receta de la presión y pregunta el precio. Fault in worse: an unasked lecture about diet with a stereotype about Cubans, instead of answering and offering a refill reminder.",
        better=[
            F07_0, F07_1, F07_2, F07_3, F07_4,
            t("Este mes son 15 también, el mismo copago. ¿Quiere que le ponga el recordatorio por texto para la próxima vez?"),
            c("Sí, póngamelo. Gracias, mija.", None),
        ],
        worse=[
            F07_0, F07_1, F07_2, F07_3, F07_4,
            t("15, igual. Y le digo una cosa, señor Valdés: con la presión usted tiene que dejar la sal, el cafecito y los chicharrones, que ustedes los cubanos comen muy pesado. Y caminar todos los días."),
            c("Oiga, yo no le pregunté na' de eso. Cóbreme y ya.", None),
        ],
    ),
    rpair(
        "esb63r_f08_arecibo_seguro_huracan",
        "Una dueña de casa de cemento en Arecibo quiere seguro contra huracán tras María. Fault in worse: the agent recommends a full 1,450 policy before asking anything about the house; the rest (contents-focused policy, deductible explained) is shared.",
        better=[
            F08_0,
            t("Buenas, tiene toda la razón. Para recomendarle bien: ¿la casa es de cemento o de madera? ¿Tiene hipoteca? ¿Y qué fue lo que se le dañó con María?"),
            c("Cemento, con techo de cemento. Ya está saldá. Con María se me mojó todo por las ventanas, los muebles, la nevera, los colchones.", None),
            F08_3, F08_4, F08_5, F08_6,
        ],
        worse=[
            F08_0,
            t("Buenas. Le recomiendo la póliza Hogar Total, que cubre estructura, contenido y huracán, 1,450 al año."),
            c("¿1,450? ¿Y eso sin saber ni cómo es mi casa? Es de cemento, y lo que se me dañó con María fue lo de adentro, por las ventanas.", "too_expensive"),
            F08_3, F08_4, F08_5, F08_6,
        ],
    ),
    rpair(
        "esb63r_f09_losalcarrizos_inversor_nevera",
        "Un técnico termina de instalar un inversor con baterías y el cliente teme que no aguante la nevera, como el de su hermano. Fault in worse: the installer asks for the signature and final payment before testing the nevera on battery.",
        better=[
            F09_0, F09_1, F09_2, F09_3, F09_4,
            t("Entonces vamos a probarlo ahora: bajo el breaker de la calle como si se fuera la luz, y vemos que la nevera arranque con el inversor. Si se apaga, lo ajusto antes de irme."),
            c("Eso. Dale, bájalo y vamos a ver.", None),
        ],
        worse=[
            F09_0, F09_1, F09_2, F09_3, F09_4,
            t("Tranquilo, este es más potente que el de su hermano. Fírmeme aquí la conformidad y el resto del pago, que tengo otra instalación en Herrera."),
            c("No, no, yo no firmo na' hasta ver la nevera prendida con eso. El de mi hermano también 'era potente'.", "bad_experience"),
        ],
    ),
    rpair(
        "esb63r_f10_allapattah_remesa_papa",
        "Un cliente nuevo manda 200 dólares a su padre en Villa Consuelo y pregunta cuánto le cobran. Fault in worse: the agent talks about his own family and history instead of answering the question.",
        better=[
            F10_0, F10_1, F10_2, F10_3, F10_4,
            t("Por 200 son 4.99 de envío, y con la tasa de hoy a él le llegan a 59 pesos por dólar. Con entrega a domicilio serían 9.99. Le enseño los dos totales en pantalla antes de pagar."),
            c("La de domicilio, que así no tiene que salir. Dale.", None),
        ],
        worse=[
            F10_0, F10_1, F10_2, F10_3, F10_4,
            t("Mire, yo también le mando todos los meses a mi mamá en Baní, desde hace doce años. Al principio usaba otra compañía y me cobraban un montón, por eso me vine a trabajar aquí. Mi mamá es igualita, no le gusta salir..."),
            c("Ok... pero, ¿a mí cuánto me cobran? Es que tengo el carro mal parqueado.", "no_time"),
        ],
    ),
]

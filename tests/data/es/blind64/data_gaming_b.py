"""Gaming pairs, part b (esb64). Written by hand."""
from common import c, t, gpair

PAIRS = []

# b01 ignored_customer -----------------------------------------------------
_o = c("Buenos días. Mire, que me han cobrado doce euros de comisión este trimestre y yo siempre he tenido la cuenta sin comisiones.", None)
PAIRS.append(gpair(
    id="esb64g_elche_banco_comision",
    business="oficina bancaria en Elche; clienta jubilada",
    kind="ignored_customer",
    situation="Una viuda reciente ve una comisión de mantenimiento en una cuenta que ya no recibe la pensión; quiere entender por qué, no contratar nada.",
    good=[
        _o,
        t("Buenos días. Lo miro. ¿Es la cuenta donde cobra usted la pensión?"),
        c("Sí, la de la pensión, de toda la vida. Bueno, no, la pensión ahora la cobro en la otra, la de mi marido... ay, no sé, hija, la que termina en cincuenta y ocho.", None),
        t("La que termina en cincuenta y ocho. Ya veo lo que ha pasado: en esa cuenta ya no entra la pensión desde marzo, porque se pasó a la otra, y por eso dejó de estar sin comisiones. No le han subido nada, es eso."),
        c("Ah, claro, que cuando murió mi marido lo cambiamos todo. ¿Y entonces qué hago?", None),
        t("Tiene dos caminos: juntarlo todo en la cuenta de la pensión y cerrar la otra, o dejarlas como están y pagar la comisión. ¿Usa mucho la del cincuenta y ocho, tiene recibos ahí?"),
        c("La luz y el agua, nada más. Lo de cerrar cuentas me da miedo, que la otra vez que hice un cambio aquí se me devolvió un recibo y me cortaron el agua.", "bad_experience"),
        t("Lo entiendo. Le propongo esto: paso la luz y el agua a la cuenta de la pensión, esperamos a que se carguen bien el mes que viene, y solo entonces cerramos la del cincuenta y ocho. Y pido que le devuelvan estos doce euros, que creo que me lo aceptan. ¿Le parece?"),
        c("Así sí. Pero hágamelo usted, que yo con el móvil no me aclaro.", None),
    ],
    gaming=[
        _o,
        t("Buenos días. Cuénteme, ¿qué uso le da a esa cuenta en su día a día?"),
        c("Pues casi nada, la luz y el agua. La pensión la cobro en la otra desde que murió mi marido.", None),
        t("Perfecto. ¿Y cómo se organiza con los gastos del mes? ¿Le gusta tener un colchoncito?"),
        c("Un colchón... bueno, algo tengo ahorrado. Pero lo que yo quiero es que no me cobren los doce euros.", None),
        t("Muy bien. Pues con esos ahorros le encaja de maravilla nuestro fondo Horizonte Tranquilo: rentabilidad estable y sin comisión de suscripción."),
        c("Yo no quiero fondos, hija. Lo que quiero es que me explique lo de la comisión.", "no_need"),
        t("Claro. ¿Y tiene tarjeta de crédito con nosotros? Porque con la tarjeta Oro y domiciliando la nómina..."),
        c("¿Qué nómina? Si estoy jubilada. Ya le he dicho que lo que quiero es saber por qué me cobran.", None),
        t("Entiendo. Le dejo el folleto del fondo para que lo mire con calma en casa, ¿vale? ¿Algo más en lo que le pueda ayudar?"),
        c("Déjelo. Ya vendrá mi sobrino a preguntar, que a él le harán más caso.", None),
    ],
))

# b02 repeated_questions ---------------------------------------------------
_o = c("hola, tengo un bar de tapas en poble sec y el tpv que tengo se cuelga cada dos por tres. estoy mirando otros", None)
PAIRS.append(gpair(
    id="esb64g_barcelona_tpv_bar",
    business="software de TPV para hostelería, chat de ventas; bar de tapas en Poble-sec (Barcelona)",
    kind="repeated_questions",
    situation="El dueño de un bar escribe por el chat de la web porque su TPV se cuelga en pleno servicio; es agosto y no tiene tiempo.",
    good=[
        _o,
        t("Hola! Vaya lata que se cuelgue en pleno servicio. Para recomendarte algo con sentido: cuantas mesas teneis y cuanta gente cobra a la vez?"),
        c("14 mesas y barra. cobramos 2, yo y un camarero. los findes se pone un tercero", None),
        t("Vale, 14 mesas, barra y hasta tres cobrando. Y que te importa mas: que no se cuelgue, que las comandas vayan solas a cocina, o los informes de caja?"),
        c("que no se cuelgue y que las comandas lleguen a cocina sin papelitos. lo de informes me da igual la verdad", None),
        t("Entendido: estabilidad y comandas a cocina. Para eso te va el plan basico con una tablet para sala y pantalla en cocina, 39 al mes sin permanencia. Y te lo dejo probar 15 dias en el bar: si un finde se te cuelga, lo devuelves y no pagas nada"),
        c("39 esta bien. pero ahora en agosto esto esta a tope, no me puedo poner a cambiar de sistema", "no_time"),
        t("Tiene todo el sentido. Te lo instalamos la primera semana de septiembre, un dia que cerreis. Y te paso un video de 5 min para que lo veas cuando puedas"),
        c("los lunes cerramos. apuntame el lunes 8 de septiembre", None),
    ],
    gaming=[
        _o,
        t("Hola! Para entender bien tus necesidades: como es tu negocio, cuantas mesas teneis?"),
        c("14 mesas y la barra. cobramos 2, y en finde 3", None),
        t("Genial. Y cuentame, que tamaño tiene tu local, cuanta gente puedes atender a la vez?"),
        c("pues eso, 14 mesas y barra, ya te lo he dicho", None),
        t("Perfecto. Y en cuanto a volumen, cuantos puntos de servicio dirias que tienes en sala?"),
        c("tio, 14 mesas. lo que quiero saber es si el vuestro se cuelga o no", None),
        t("Claro, lo entiendo. Para darte la mejor solucion: cuantos camareros trabajan a la vez en tu negocio?"),
        c("2, y 3 los findes, tambien te lo he dicho. mira ahora en agosto no tengo tiempo para esto", "no_time"),
        t("Sin problema! Solo una ultima pregunta para personalizar tu experiencia: que capacidad tiene tu local?"),
        c("paso. mandame info por mail y ya si eso", "brush_off"),
    ],
))

# b03 wrong_paraphrase -----------------------------------------------------
_o = c("Bon dia. Tengo una casa en Sóller, de mis padres, que la alquilo en verano con licencia. Hasta ahora lo hacía yo todo, pero ya no llego.", None)
PAIRS.append(gpair(
    id="esb64g_soller_gestion_alquiler",
    business="empresa de servicios para alquiler vacacional en Mallorca",
    kind="wrong_paraphrase",
    situation="Un propietario de setenta años quiere seguir llevando sus reservas y solo busca quien haga limpieza y entrega de llaves los sábados.",
    good=[
        _o,
        t("Bon dia. ¿Qué parte es la que ya no le llega: los anuncios y las reservas, o la limpieza y entregar las llaves?"),
        c("Idò, las reservas las llevo yo bien, con el ordenador, eso me gusta. Lo que me mata es bajar a Sóller cada sábado a limpiar y dar llaves, que yo vivo en Palma y tengo setenta años.", None),
        t("Entonces usted sigue con las reservas y nosotros hacemos la limpieza, la ropa de cama y la entrada y salida de los huéspedes los sábados. ¿Es así, o también quiere que atendamos las averías de la semana?"),
        c("Sí, eso, y si se rompe algo también, pero que me llamen a mí primero. Y no quiero que me cobren un porcentaje de todo, eh, que la otra empresa me pedía el veinte por ciento.", "too_expensive"),
        t("Para lo que usted quiere no tiene sentido un porcentaje. Lo hacemos por servicio: limpieza y cambio de ropa, noventa y cinco euros cada salida; entrada de huéspedes, veinticinco; averías, por horas y siempre avisándole antes. ¿Cuántas semanas la alquila?"),
        c("De junio a septiembre, unas catorce o quince semanas.", None),
        t("Le preparo un presupuesto con quince salidas y se lo mando por correo. Y si quiere, vamos un día juntos a la casa para ver llaves, lavadora y esas cosas."),
        c("Molt bé. El martes subo a Sóller, si quiere venir.", None),
    ],
    gaming=[
        _o,
        t("Bon dia. ¿Qué es lo que más le cuesta ahora mismo?"),
        c("Bajar a Sóller cada sábado a limpiar y dar llaves. Las reservas las llevo yo, eso me gusta.", None),
        t("Vale, entonces lo que me dice es que quiere olvidarse de todo, reservas incluidas, y que gestionemos nosotros la casa entera. ¿Correcto?"),
        c("No, no. Las reservas las quiero seguir llevando yo.", None),
        t("Claro. Lo que oigo es que quiere ganar más dinero con la casa, así que la subiríamos a nuestra plataforma premium con precios dinámicos y gestión integral, por un veinte por ciento de comisión."),
        c("Yo no he hablado de ganar más. Y el veinte por ciento es lo que me pedía la otra empresa, que me pareció un robo.", "too_expensive"),
        t("Entiendo. Entonces, si le he entendido bien, lo que busca es alquilarla todo el año, no solo en verano, para sacarle más rentabilidad. ¿Sí?"),
        c("Pero si la licencia es de temporada, home. Usted no me escucha.", None),
        t("Perfecto, pues resumo: gestión integral todo el año con comisión. ¿Le preparo el contrato?"),
        c("No, gracias. Ya buscaré a alguien que me haga solo la limpieza.", "no_need"),
    ],
))

# b04 pitch_to_upset -------------------------------------------------------
_o = c("Hola, buenas. Llamo porque... mi padre falleció hace dos semanas y quería dar de baja su línea y el fijo de su casa. Es que no sé muy bien cómo va esto.", None)
PAIRS.append(gpair(
    id="esb64g_valencia_linea_padre",
    business="operador de telefonía, atención telefónica; familia de Valencia",
    kind="pitch_to_upset",
    situation="Una hija en duelo llama para gestionar las líneas de su padre fallecido; su madre quiere conservar el móvil por los audios de él.",
    good=[
        _o,
        t("Lo siento mucho. No se preocupe, la guío yo y lo hacemos lo más sencillo posible. ¿Usted es familiar directa? Solo para saber qué papeles hacen falta."),
        c("Sí, soy su hija. Tengo el certificado de defunción, eso sí. Pero el móvil... es que mi madre lo quiere mantener un tiempo, tiene los mensajes de voz de él.", None),
        t("Claro, eso se puede hacer. En vez de darlo de baja, lo ponemos a nombre de su madre o de usted, con el mismo número, y se conservan los mensajes. ¿Sabe qué tarifa tenía él?"),
        c("Ni idea, creo que una antigua, pagaba unos veinte euros. A mí lo que me importa es que no se pierdan los audios, el dinero ahora es lo de menos.", None),
        t("Entonces hacemos esto: cambio de titular del móvil a su madre, sin tocar nada más, y baja del fijo. Me manda el certificado a este correo y en tres días está hecho. Si más adelante quieren cambiar la tarifa, lo miramos con calma, no hay ninguna prisa."),
        c("Vale. Muchas gracias, de verdad, me lo ha puesto muy fácil.", None),
        t("De nada. Le doy mi extensión por si su madre tiene cualquier duda, que me pregunte a mí directamente."),
    ],
    gaming=[
        _o,
        t("Lo siento mucho por su pérdida, entiendo cómo se siente. Y aprovechando, ¿ha pensado en unificar la línea de su padre con la suya? Con nuestro pack Familia le sale mucho mejor."),
        c("Eh... no sé, yo solo quería saber cómo se da de baja. Mi madre quiere mantener el móvil por los audios de él.", None),
        t("Pues precisamente para su madre tenemos un móvil senior con botón SOS, ideal para personas mayores que se quedan solas. Se lo incluyo en el pack por solo seis euros más."),
        c("Mi madre no quiere otro móvil. Quiere el de mi padre, con sus mensajes.", "no_need"),
        t("Entiendo perfectamente. ¿Y cómo tienen la fibra en casa de su madre? Porque si se queda sola le va a venir muy bien la tele en streaming, y con la portabilidad..."),
        c("Perdone, ¿me está vendiendo cosas? Mi padre murió hace dos semanas.", None),
        t("Solo quiero que tengan la mejor experiencia en un momento tan difícil. La oferta acaba el domingo, por eso se la comento."),
        c("Déjelo. Ya iré a la tienda a hacer los papeles. Qué falta de tacto.", None),
    ],
))

# b05 blame ----------------------------------------------------------------
_o = c("Buenas. Mira, que la cocina que me montasteis en junio, la puerta de debajo del fregadero se ha hinchado toda, está como abombada por abajo.", None)
PAIRS.append(gpair(
    id="esb64g_molina_cocina_fregadero",
    business="tienda e instaladora de cocinas en Molina de Segura (Murcia), posventa",
    kind="blame",
    situation="Un cliente ve hinchada la puerta del mueble del fregadero a los cuatro meses de montar la cocina; hay humedad dentro del mueble.",
    good=[
        _o,
        t("Buenas. Con cuatro meses eso no debería pasar. ¿Has visto si hay humedad dentro del mueble, o agua en el suelo del armario?"),
        c("Pues ahora que lo dices, el fondo del mueble está como manchao y huele un poco a humedad. Yo pensaba que era de fregar.", None),
        t("Puede ser un goteo del desagüe o de la toma del lavavajillas, que eso lo conectamos nosotros. No lo toques más: ¿te va bien que pase el montador a mirarlo el miércoles por la mañana?"),
        c("El miércoles por la mañana trabajo, acho. Solo puedo por la tarde o el sábado.", "no_time"),
        t("El miércoles a las cinco y media, entonces. Si es de la instalación, la puerta y el fondo te los cambiamos en garantía, sin coste. Y si es otra cosa, te lo explicamos y te digo qué opciones hay antes de hacer nada."),
        c("Vale. Es que me costó ocho mil euros la cocina, no quiero que se me estropee todo el mueble.", None),
        t("Normal. Mientras, pon un trapo o un cubo debajo del sifón por si gotea, y no guardes cartón ahí. El miércoles te llama Andrés antes de ir."),
        c("Ea, pues el miércoles. Gracias.", None),
    ],
    gaming=[
        _o,
        t("Buenas. Para entender bien lo que ha pasado: ¿cómo friegas normalmente, con mucha agua?"),
        c("Pues normal, como todo el mundo. Pero es que el fondo del mueble está manchao y huele a humedad.", None),
        t("Ya, eso es lo típico cuando se deja la bayeta mojada colgando de la puerta. La sueles dejar ahí, ¿verdad?"),
        c("A veces, pero eso no hincha una puerta en cuatro meses, digo yo. ¿No será una fuga?", None),
        t("Nuestras instalaciones no tienen fugas. El aglomerado hidrófugo hay que cuidarlo, y eso venía en las instrucciones que se te dieron. ¿Las leíste?"),
        c("Me costó ocho mil euros la cocina, no me puedes decir que es culpa mía por colgar un trapo.", None),
        t("Te entiendo, pero si es por mal uso no entra en garantía. Podemos cambiarte la puerta por ciento cuarenta euros más desplazamiento. ¿Te cuadra?"),
        c("No, no me cuadra. Que venga alguien a mirarlo o pongo una reclamación en Consumo.", None),
        t("Puedes hacerlo, pero te van a decir lo mismo: el mueble está bien montado. ¿Hay algo más en lo que te pueda ayudar?"),
        c("Ya hablaré con tu jefe.", None),
    ],
))

# b06 monologue ------------------------------------------------------------
_o = c("Buenas. Mira, tengo unas alcachofas en Almoradí y el programador del riego se me ha vuelto loco, riega cuando le da la gana. Quiero ver si me vendéis uno nuevo o qué.", None)
PAIRS.append(gpair(
    id="esb64g_almoradi_programador_riego",
    business="tienda de suministros agrícolas y riego en la Vega Baja (Alicante)",
    kind="monologue",
    situation="Un agricultor de alcachofa viene en plena recogida porque su programador de riego a pilas se queda abierto de noche.",
    good=[
        _o,
        t("Buenas. Antes de venderte nada, vamos a ver si es el programador. ¿Qué modelo tienes y cuántos años tiene?"),
        c("Pos uno de pilas, de los verdes, que tiene ya sus ocho o nueve años. Le cambié las pilas la semana pasada.", None),
        t("¿Y riega a deshora o se queda abierto? Porque si se queda abierto puede ser la electroválvula, no el programador."),
        c("A veces se queda abierto toda la noche, sí. Y otras no riega. El mes pasado se me encharcó media parcela.", None),
        t("Eso huele a electroválvula, o a tierra dentro del solenoide, que con nueve años es normal. Una válvula son unos cuarenta euros y un programador nuevo ciento y pico. Si me traes la válvula, la pruebo aquí en cinco minutos y te digo cuál es."),
        c("Acho, es que estoy hasta arriba con la recogida y no puedo estar de aquí pa allá.", "no_time"),
        t("Vale. Pues te llevas una válvula nueva, la cambias tú, que son dos roscas, y si no era eso me la devuelves sin usar y te llevas el programador. Así no haces dos viajes."),
        c("Eso me gusta. Dame la válvula.", None),
    ],
    gaming=[
        _o,
        t("¡Buenas! Pues mira, llegas en el mejor momento, porque nos acaba de entrar el Riego Smart: se controla desde el móvil, tiene sensor de humedad, estación meteorológica, te manda alertas por WhatsApp y se conecta con el abonado. Es lo que está poniendo todo el mundo en la Vega Baja."),
        c("Ya, pero yo lo que quiero saber es si...", None),
        t("Y escucha esto: te calcula el riego según la evapotranspiración, o sea, que ahorras hasta un treinta por ciento de agua, que con lo del trasvase te viene de lujo. Además lleva placa solar, olvídate de pilas. Y la app tiene históricos, gráficas, todo."),
        c("Nano, que yo tengo un programador de pilas de los verdes y lo que me pasa es que se queda abierto toda la noche.", None),
        t("Por eso, por eso, con el Smart eso no pasa nunca. Son seiscientos noventa más instalación, pero en dos campañas lo tienes amortizado, y si te llevas dos te hago precio. Te explico la instalación: los sensores van a veinte centímetros..."),
        c("¿Seiscientos noventa? Pijo, con eso me compro un motocultor. Yo con el de pilas me apaño.", "too_expensive"),
        t("Te entiendo, pero la experiencia es otra, de verdad. También tenemos la versión Lite a cuatrocientos veinte, que es casi lo mismo pero sin la estación..."),
        c("Que no, que no necesito nada de eso. Mira, ya pregunto en la cooperativa.", "no_need"),
    ],
))

# b07 closing_as_open_question ---------------------------------------------
_o = c("Hola, venía a informarme de lo de las oposiciones de auxiliar administrativo. Es que trabajo en una tienda y no sé si me da para prepararlas.", None)
PAIRS.append(gpair(
    id="esb64g_barcelona_academia_oposiciones",
    business="academia de oposiciones en Barcelona (Sants)",
    kind="closing_as_open_question",
    situation="Un dependiente con turnos rotativos y poco sueldo pregunta si puede preparar una oposición de auxiliar administrativo.",
    good=[
        _o,
        t("Hola, siéntate. Es la pregunta clave, lo de si te da. ¿Qué horario tienes en la tienda y cuántas horas a la semana crees que podrías dedicar de verdad?"),
        c("Hago turnos, a veces mañana, a veces tarde, y los sábados. Pues... no sé, diez horas a la semana, si me pongo serio.", None),
        t("Con turnos que cambian, unas clases presenciales con horario fijo te van a fallar. Tenemos la modalidad online, con clases grabadas y una tutoría en directo cada quince días. ¿Qué convocatoria estás mirando?"),
        c("Dicen que sale en primavera. Oye, el presencial de otra academia me lo dejaban en ciento veinte al mes, y esto no sé cuánto es.", None),
        t("El online son setenta y nueve al mes. Con diez horas semanales y el examen en primavera vas justo, pero es posible si empiezas ya. Te doy acceso gratis una semana al temario y a dos clases grabadas, y así ves si el ritmo te encaja con los turnos."),
        c("Vale, eso está bien. Pero prefiero probarlo y luego decidir, hoy no quiero pagar nada.", "think_it_over"),
        t("Perfecto, sin pagar nada. Te doy de alta la prueba ahora, y el jueves de la semana que viene te escribo para ver qué tal te ha ido."),
        c("Genial. Me llamo Marc, con c.", None),
    ],
    gaming=[
        _o,
        t("Hola, bienvenido. Cuéntame: ¿qué significaría para ti aprobar y tener una plaza fija?"),
        c("Pues hombre, tranquilidad. Pero trabajo a turnos y no sé si me da.", None),
        t("Genial, la tranquilidad. ¿Y qué te impide empezar a construir esa tranquilidad hoy mismo?"),
        c("Pues eso, los turnos. Y el dinero, que la tienda no paga mucho.", "no_money"),
        t("Entiendo. ¿Qué te va mejor, el presencial de tardes o el de mañanas?"),
        c("Es que ninguno, porque cambio de turno cada semana. Ya te lo he dicho.", None),
        t("Vale. ¿Y cómo prefieres pagar la matrícula, en efectivo o con tarjeta? Son ciento cincuenta y luego ciento veinte al mes."),
        c("Uf, ciento veinte al mes... Tengo que mirarlo con calma, no sé.", "think_it_over"),
        t("Claro. ¿Qué tendría que pasar para dejarlo cerrado antes de que te vayas? Porque la matrícula gratis es solo hoy."),
        c("Que no, que me lo pienso. Adéu.", "think_it_over"),
    ],
))

# b08 pitch_as_paraphrase --------------------------------------------------
_o = c("Hola, buenas. Tengo una panadería en Cartagena y he cogido un repartidor. Quiero una línea de móvil pa él, pa que le llamen los bares. Algo sencillo.", None)
PAIRS.append(gpair(
    id="esb64g_cartagena_linea_repartidor",
    business="tienda de operador de telefonía, sección empresas; panadería de Cartagena",
    kind="pitch_as_paraphrase",
    situation="La dueña de una panadería, ya clienta, quiere una sola línea móvil barata para su nuevo repartidor.",
    good=[
        _o,
        t("Hola. Una línea para el repartidor, algo sencillo. ¿La va a usar solo para llamadas, o también para el GPS y mandar fotos de los albaranes?"),
        c("Llamadas y el WhatsApp, y el Google Maps pa los repartos. Va por Cartagena y La Manga, no mucho más.", None),
        t("Entonces con diez gigas va sobrado. Hay una línea de empresa de diez gigas y llamadas ilimitadas por nueve euros al mes más IVA, sin permanencia. ¿La línea de la panadería ya es con nosotros?"),
        c("Sí, la mía es con vosotros, el fijo y mi móvil.", None),
        t("Pues la añadimos a tu cuenta, en la misma factura. Si el repartidor se va algún día, la das de baja sin penalización. ¿Te mando la SIM a la panadería o prefieres eSIM?"),
        c("A la panadería, que el chaval tiene un móvil viejo. Pero ahora estoy con el horno; mándamelo todo por correo y lo firmo esta tarde.", None),
        t("Hecho. Te mando el contrato ahora y, en cuanto lo firmes, la SIM te llega en cuarenta y ocho horas."),
    ],
    gaming=[
        _o,
        t("¡Hola! Cuéntame un poco cómo es tu día a día en la panadería."),
        c("Pues empezamos a las cuatro de la mañana y a las siete sale el repartidor a los bares. Por eso quiero una línea pa él.", None),
        t("Vale, entonces si te he entendido bien, lo que necesitas es digitalizar el negocio entero con nuestro Pack Negocio Total: fibra de un giga, tres líneas, centralita virtual y datáfono, por ochenta y nueve al mes. ¿Es así?"),
        c("No, yo quiero una línea. Una. Pa el repartidor.", "no_need"),
        t("Claro. O sea, lo que me dices es que quieres al repartidor conectado con la tienda en tiempo real, y para eso lo ideal es la centralita, que pasa las llamadas entre la tienda y él. ¿Correcto?"),
        c("Los bares le llaman al móvil y ya está. No necesito centralita.", "no_need"),
        t("Perfecto, entonces lo que te preocupa es el coste. Resumiendo: con el pack ahorras frente a contratarlo por separado. ¿Te lo dejo preparado?"),
        c("Lo que me preocupa es que no me escuchas. Ochenta y nueve euros pa un repartidor, pijo.", "too_expensive"),
        t("Entiendo, así que lo que buscas es algo más asequible: el Pack Negocio Lite a cincuenta y nueve, con dos líneas y fibra de seiscientos. ¿Eso encaja mejor con tus necesidades?"),
        c("Mira, ya lo miro en la tienda de la calle Carmen. Adiós.", "brush_off"),
    ],
))

# b09 upsell_as_loop_closing -----------------------------------------------
_o = c("Buenas noches, tengo una reserva a nombre de Ferrer. Oiga, una cosa, ¿la habitación da a la calle? Que mañana tengo un congreso a las ocho y necesito dormir.", None)
PAIRS.append(gpair(
    id="esb64g_valencia_hotel_congreso",
    business="hotel urbano de cuatro estrellas en Valencia, recepción",
    kind="upsell_as_loop_closing",
    situation="Un huésped llega de noche y solo pide una habitación sin ruido porque madruga para un congreso.",
    good=[
        _o,
        t("Buenas noches, señor Ferrer. Sí, la que tenía asignada da a la avenida. Le busco una interior. ¿Le importa que sea en un piso más bajo?"),
        c("Me da igual el piso, mientras no haya ruido. Y si puede ser lejos del ascensor.", None),
        t("Tengo la doscientos catorce, interior y al final del pasillo. ¿A qué hora necesita salir mañana? Lo digo por el desayuno, que abre a las siete."),
        c("A las siete y cuarto tengo que estar saliendo, el congreso es en el Palacio de Congresos. No me da tiempo a desayunar aquí, seguro.", None),
        t("Entonces le dejo un desayuno para llevar en recepción a las siete; viene incluido en su tarifa, no tiene coste. ¿Le pido también un taxi para las siete y cuarto?"),
        c("Sí, por favor, qué bien. Pues ya está, muchas gracias.", None),
        t("A usted. La doscientos catorce, aquí tiene la llave. Si hay cualquier ruido esta noche, marque el nueve y le cambiamos."),
    ],
    gaming=[
        _o,
        t("Buenas noches, señor Ferrer. Le busco algo más tranquilo, claro. Y para que su experiencia sea redonda, ¿qué más le puedo añadir? Tenemos upgrade a suite ejecutiva por cuarenta y cinco euros, muy silenciosa."),
        c("No, no, con una habitación interior normal me vale. Solo quiero dormir.", "no_need"),
        t("Perfecto. ¿Y qué más le incluyo? ¿Le añado el desayuno bufé? Son dieciocho euros, y el día se empieza con otra energía."),
        c("Salgo a las siete y cuarto, no me va a dar tiempo a desayunar.", "no_time"),
        t("Entonces, para cerrar bien, ¿qué le parece si le añado el parking, por si acaso, y el acceso al spa esta noche, que relaja mucho antes de un congreso?"),
        c("He venido en AVE. Y son las once de la noche, no voy a ir al spa. ¿Me da la llave, por favor?", "no_need"),
        t("Claro que sí. ¿Algo más que le pueda añadir? Tenemos salida tardía mañana por treinta, por si vuelve cansado."),
        c("Mañana a estas horas estoy en Madrid. La llave, por favor.", "no_need"),
    ],
))

# b10 leading_tag_questions ------------------------------------------------
_o = c("Hola. Soy autónoma, diseñadora, y me estoy planteando un seguro médico privado. Es que la última vez para el dermatólogo me daban cita a cinco meses.", None)
PAIRS.append(gpair(
    id="esb64g_palma_seguro_salud",
    business="agencia de seguros de salud en Palma",
    kind="leading_tag_questions",
    situation="Una diseñadora autónoma quiere un seguro sencillo para especialistas; tiene una alergia crónica y en enero va justa por el IVA.",
    good=[
        _o,
        t("Hola. Cinco meses es mucho, sí. Para ver qué te encaja: ¿lo quieres sobre todo para especialistas y pruebas, o también hospitalización, partos, dental?"),
        c("Especialistas y pruebas, sobre todo. Hospital... bueno, para eso está la pública, ¿no? Y dental no, que tengo un dentista de confianza en el barrio.", None),
        t("Para eso te va una póliza de especialistas con copago: sin hospitalización, cuota baja y unos euros por consulta. ¿Cuántas veces al año crees que irías?"),
        c("Pues no sé, dos o tres. Y otra cosa, tengo una alergia crónica. ¿Eso me lo van a excluir?", None),
        t("Mejor que me lo digas ahora. Hay que declararla en el cuestionario; normalmente no la excluyen, pero puede haber un periodo de carencia. Te lo confirmo por escrito antes de que firmes nada. Con tu edad y dos o tres consultas, serían unos treinta y ocho al mes y ocho euros por consulta."),
        c("Vale. Es que ahora en enero me toca pagar el trimestre del IVA y voy justa, preferiría empezar en febrero.", "no_money"),
        t("Sin problema, empieza el uno de febrero. Te mando hoy el cuestionario, y en cuanto tenga la respuesta sobre la alergia te la reenvío; hablamos la última semana de enero y la das de alta si te convence."),
        c("Perfecto, así sí.", None),
    ],
    gaming=[
        _o,
        t("Hola. Tú lo que quieres es no volver a esperar nunca, ¿verdad?"),
        c("Hombre, sí, claro. Sobre todo para especialistas.", None),
        t("Y ya que te pones, querrás hospitalización también, ¿no? Que nunca se sabe, ¿a que no?"),
        c("Pues no sé, para eso tengo la pública. Yo pensaba en algo más sencillo.", "no_need"),
        t("Ya, pero siendo autónoma no te puedes permitir una baja larga, ¿verdad? Y el dental lo incluimos, que siempre viene bien, ¿no crees?"),
        c("El dental no, que tengo mi dentista. ¿Y cuánto sería todo eso?", "no_need"),
        t("El completo son noventa y seis al mes. Es lo que se merece tu salud, ¿no te parece?"),
        c("¿Noventa y seis? Voy justa, que en enero pago el IVA. Eso no me lo puedo permitir.", "no_money"),
        t("Pero la salud no tiene precio, ¿a que no? Firmamos hoy y en febrero ni te acuerdas, ¿verdad?"),
        c("Me lo pienso, gracias.", "think_it_over"),
    ],
))

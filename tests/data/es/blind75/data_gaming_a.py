"""Gaming pairs, file a (written by hand). Kinds 1-10 once each."""
from common import c, gpair, t

# --- a01 monologue: cooperativa de cafe, Quetzaltenango
_a01 = c("Buenas tardes, seño. Fíjese que vengo a preguntar por lo de la secadora esa que dicen que compró la cooperativa. ¿Cómo funciona eso?", None)

# --- a02 closing_as_open_question: agencia de motos, San Salvador
_a02 = c("Buenas, vaya, ando viendo motos pa' trabajar, que la mía ya no aguanta. ¿Qué tienen en 150?", None)

# --- a03 pitch_as_paraphrase: kiosko de prepago, Tegucigalpa
_a03 = c("Buenas, joven. Quiero ver qué me recomienda pa' hablar con mi hijo por el WhatsApp, que se me acaba el saldo bien rapidito.", None)

# --- a04 upsell_as_loop_closing: laboratorio clinico, Merida
_a04 = c("Buenos días. Vengo a hacerme estos estudios que me mandó el doctor, ando en ayunas, hach tengo hambre. ¿Cuánto es?", None)

# --- a05 leading_tag_questions: caponeras, Managua
_a05 = c("Buenas. Ideay, ¿ustedes venden las caponeras, verdad? Ando viendo una pa'l chavalo mío.", None)

PAIRS = [
    gpair(
        "esb75g_xela_secadora_cafe",
        "cooperativa de café, servicio de secado (Quetzaltenango, Guatemala)",
        "monologue",
        "Don Efraín, pequeño caficultor de una aldea de San Juan Ostuncalco, llega a la oficina de la cooperativa a "
        "preguntar por la secadora solar nueva. Seca su café en el patio y en diciembre la lluvia le manchó casi un quintal.",
        good=[
            _a01,
            t("Buenas tardes, don. Sí, con gusto le cuento, pero primero dígame usted: ¿cómo está secando su café ahorita y cuánto saca más o menos por cosecha?"),
            c("Pues yo lo seco en el patio de la casa, en nylon y en la terraza. Saco unos... este, unos quince, dieciséis quintales de pergamino, cuando la cosecha viene buena.", None),
            t("Quince, dieciséis quintales, en patio. ¿Y qué le ha pasado con el secado, pues? ¿Qué lo trajo a preguntar justo ahorita?"),
            c("Ay, es que en diciembre me agarró el aguacero con el café tendido y se me manchó casi un quintal. El comprador me lo pagó como segunda. Ya no quiero que me pase eso.", None),
            t("Qué pena, don, eso duele. Entonces lo que busca es no depender del sol y de la lluvia para que no se le baje la calidad, ¿es así? La secadora cobra Q18 por quintal de pergamino seco; usted trae el café lavado y oreado, y se lo entregamos en tres o cuatro días."),
            c("Dieciocho por quintal... mmm, púchica, por los quince quintales ya me sale en sus buenos doscientos setenta. Eso ya es pisto, pues.", "too_expensive"),
            t("Sí, es pisto, no le voy a decir que no. Haga cuentas conmigo: ese quintal que se le manchó, ¿cuánto menos se lo pagaron?"),
            c("Como unos trescientos quetzales menos, más o menos.", None),
            t("O sea que con una sola mojada perdió más de lo que cuesta secar toda la cosecha aquí. Pero tampoco tiene que traerla toda: mucha gente trae solo lo de las semanas de lluvia. ¿Qué le parece si en la próxima cortada trae unos dos quintales, prueba, y ve cómo le sale la calidad en la catación?"),
            c("Eso sí me gusta más. Va pues, la otra semana le traigo los primeros, sin compromiso de traer todo.", None),
        ],
        gaming=[
            _a01,
            t("¡Buenas tardes, don! Qué bueno que pregunta. Mire, la secadora es una marquesina solar de ciento veinte metros, con camas africanas, plástico UV importado, ventiladores, todo. La compramos con apoyo de un proyecto y es lo más moderno que hay en todo el altiplano. El café sale parejito, con humedad de once, once y medio, y los compradores de Antigua nos lo pagan mejor, porque la experiencia de calidad que damos ya es conocida."),
            c("Ajá... y yo que lo seco en el patio, ¿cómo...?", None),
            t("¡Justo a eso voy! El patio ya es cosa del pasado, don. En el patio se le mancha, le caen hojas, se le mete el chucho, las gallinas... Aquí no. Aquí el café está protegido, hay control de temperatura, y si se compromete a traer toda su cosecha le damos el sello de calidad de la cooperativa, entra a la lista de café especial y eso abre puertas para la exportación. Y son Q18 por quintal, que no es nada para todo lo que recibe."),
            c("Es que yo solo saco unos quince quintales, no sé si...", None),
            t("Quince, veinte, cincuenta, ¡no importa! Todos son bienvenidos. Además fíjese que la cooperativa tiene el programa de abono orgánico, el de renovación con variedades resistentes a la roya y los talleres de los jueves. ¿Qué es lo que más le interesa? Porque todo eso va junto con la secadora si entra al plan completo."),
            c("Mire, seño, mejor me llevo un papelito de eso y lo platico con mi señora, ¿va?", "think_it_over"),
            t("¡Claro que sí! Aquí tiene el folleto, ahí viene todo. Y acuérdese de que los cupos del plan completo son limitados, así que no lo piense mucho. ¿Algo más en que le pueda servir?"),
            c("No, así está bien. Gracias.", None),
        ],
    ),
    gpair(
        "esb75g_sansalvador_moto_delivery",
        "agencia de motos (San Salvador, El Salvador)",
        "closing_as_open_question",
        "Kevin, repartidor de comida por aplicación, entra a una agencia de motos de la Alameda Juan Pablo II. Su moto "
        "usada ya no aguanta y solo trae unos 200 dólares para la prima.",
        good=[
            _a02,
            t("Buenas, bienvenido. Sí, tenemos varias en 150. Para ir viendo la correcta: ¿en qué trabaja con la moto y cuántos kilómetros anda más o menos al día?"),
            c("Hago delivery, con dos apps. Ando como unos ciento veinte, ciento treinta kilómetros diarios, de Soyapango a Santa Tecla y todo eso.", None),
            t("Uf, eso es bastante. Entonces le importa que gaste poco y que aguante el trote. ¿Y qué le ha fallado a la suya, para no repetir lo mismo?"),
            c("Es que la compré usada y el motor ya quemaba aceite. Pasaba más en el taller que trabajando, y cada día parado es pisto que no entra.", None),
            t("Cabal, por eso cuenta tanto el taller. Esta de 150 carburada le da como 110 kilómetros por galón, trae garantía de un año y tenemos servicio exprés de una hora para repartidores, para que no pierda el día. Al contado son $1,650. ¿Usted cómo tenía pensado lo del pago?"),
            c("Financiada, pues. Pero ahorita solo tengo como doscientos para la prima, no me alcanza pa' más.", "no_money"),
            t("Entiendo. Con $200 de prima la cuota sale como en $68 al mes a 24 meses, unos $16 a la semana. ¿Eso cómo le cuadra con lo que saca por semana?"),
            c("Mmm, sí podría, pero no sé, déjeme ver en otro lado también, que un chero me dijo que en otra agencia están dando más barato.", "think_it_over"),
            t("Me parece bien que compare, es bastante dinero. Le apunto la cotización con la cuota y el servicio exprés para que compare parejo, y si quiere la prueba aquí en el parqueo antes de irse."),
            c("Hoy no puedo, bróder, a las doce me tengo que conectar a la app. Mañana tempranito vengo a probarla.", "no_time"),
        ],
        gaming=[
            _a02,
            t("¡Buenas, bienvenido! Cuénteme, ¿qué lo trae por aquí hoy? Mire esta belleza, la 150 nueva. ¿Qué necesitaría usted para irse hoy mismo manejándola?"),
            c("Pues... primero saber cuánto cuesta, ¿no?", None),
            t("Claro, claro. $1,650, y con financiamiento. Le pregunto algo: si le consigo una cuota que le guste, ¿qué le impediría firmar ahorita?"),
            c("Es que solo ando doscientos pa' la prima. No me alcanza pa' andar firmando nada.", "no_money"),
            t("¡Con doscientos la hacemos! ¿Cómo prefiere dar la prima, en efectivo o con tarjeta?"),
            c("Ey, pero yo no le he dicho que me la llevo. Quiero ver en otras agencias primero.", "think_it_over"),
            t("Por supuesto, usted decide. Solo una pregunta: ¿en qué color se ve usted trabajando, rojo o negro?"),
            c("Ja, en ninguno, bróder. Voy a ver en otro lado. Gracias.", None),
            t("¿Qué tendría que pasar para que regrese hoy antes de las seis? Se la aparto si quiere."),
            c("Nada. Bye.", None),
        ],
    ),
    gpair(
        "esb75g_tegucigalpa_recarga_whatsapp",
        "kiosko de telefonía prepago (colonia Kennedy, Tegucigalpa, Honduras)",
        "pitch_as_paraphrase",
        "Doña Marta quiere hacer videollamadas por WhatsApp con su hijo que vive en Houston. Recarga de a 50 lempiras y vive "
        "de lo que él le manda.",
        good=[
            _a03,
            t("Buenas, doña, con gusto. ¿Y usted cómo habla con él, por videollamada o solo mensajitos y audios?"),
            c("Por video, pues, es que quiero ver al nieto. Los domingos hablamos como una hora, a veces más.", None),
            t("Ah, qué bonito. ¿Y cómo recarga ahorita, de a cuánto?"),
            c("De a cincuenta lempiras, con el paquete ese de los tres días. Pero el domingo en la tarde ya no tengo nada y me quedo a medias con el cipote.", None),
            t("Ya veo: usted recarga cincuenta, le dura tres días, y el domingo, que es cuando habla con él, ya se le acabó. Una hora de video se come casi un giga. ¿Tiene wifi en la casa o en algún lado cerca?"),
            c("No, en la casa no. La vecina tiene, pero no me gusta estar pidiendo.", None),
            t("Entonces le serviría el paquete semanal de 100 lempiras, que trae 4 gigas; lo recarga el sábado y le llega bien al domingo y le sobra para la semana. Eso sí, son cincuenta más de lo que gasta ahora."),
            c("Cien ya es bastante pa' mí, hijo. A veces no me alcanza ni pa' las tortillas.", "no_money"),
            t("Le entiendo, doña. Otra forma: siga con el de cincuenta, pero cómprelo el sábado en la noche y no entre semana, así le queda entero para el domingo. Pruébelo esta semana, y si no le alcanza, vemos el otro."),
            c("Ah, mire, eso sí. Deme el de cincuenta entonces, y me lo apunta en un papelito pa' que no se me olvide cuándo.", None),
        ],
        gaming=[
            _a03,
            t("¡Buenas, doña! Claro, cuénteme, ¿cómo se comunica usted con su hijo?"),
            c("Por video, los domingos. Yo recargo de a cincuenta, el paquete de tres días.", None),
            t("Perfecto. Entonces, si le entiendo bien, lo que usted necesita es un plan pospago Ilimitado de 699 lempiras al mes, con teléfono nuevo incluido, ¿es correcto?"),
            c("¿Pospago? No, mijo, yo no quiero contrato, yo solo quiero recargar.", "no_need"),
            t("Claro, claro. Lo que escucho es que usted busca tranquilidad, no quedarse nunca sin saldo, o sea el Ilimitado con el Galaxy de regalo pagando 699, ¿verdad?"),
            c("Setecientos no los tengo, hijo. Yo vivo de lo que él me manda.", "no_money"),
            t("Entonces lo que me dice es que quiere empezar con algo más tranqui: el plan Control de 399 con 10 gigas, ¿así es?"),
            c("No, lo que le digo es que quiero una recarga. Mejor voy a la pulpería de la esquina.", None),
        ],
    ),
    gpair(
        "esb75g_merida_laboratorio_glucosa",
        "laboratorio clínico privado (García Ginerés, Mérida, Yucatán)",
        "upsell_as_loop_closing",
        "Don Wilberth, 58 años, llega en ayunas con una orden médica para glucosa y hemoglobina glucosilada; su papá era "
        "diabético y tiene que irse a trabajar al centro.",
        good=[
            _a04,
            t("Buenos días, don. A ver la orden... glucosa en ayunas y hemoglobina glucosilada. ¿Desde qué hora no come?"),
            c("Desde las nueve de la noche. Nomás tomé agua.", None),
            t("Muy bien, son más de ocho horas. Los dos estudios son 420 pesos. ¿Es revisión de rutina o ya lleva tratamiento?"),
            c("El doctor me dijo que salí alto la vez pasada, que a ver si ya soy diabético. Mi papá lo era, por eso me dio miedo, mare.", None),
            t("Es normal que le preocupe, con lo de su papá. Lo bueno es que con estos dos el doctor va a tener una idea clara: la glucosilada le dice cómo ha estado su azúcar los últimos tres meses, no solo hoy. ¿Quiere que le mandemos los resultados por WhatsApp o pasa por ellos?"),
            c("Por WhatsApp mejor, que yo trabajo en el centro y no tengo tiempo de venir.", None),
            t("Listo, le llegan hoy después de las dos. Y si el doctor necesita algo más, con esta misma muestra se puede agregar en los próximos días sin volver a picarlo. Pase por aquí para la toma."),
            c("'Ta bien. Gracias, muchacha.", None),
        ],
        gaming=[
            _a04,
            t("¡Buenos días! Con gusto. Son glucosa y glucosilada, 420 pesos. ¿Algo más que le podamos agregar hoy para cuidar su salud? Tenemos el perfil de lípidos en 290."),
            c("No, nomás lo que dice la orden.", "no_need"),
            t("Perfecto. Y para cerrar su visita completita, ¿qué más le ponemos? Aprovechando el piquete, el perfil tiroideo está en promoción, y a su edad el antígeno prostático es muy recomendable."),
            c("Mare, no. Ni me lo pidió el doctor. ¿Cuánto saldría todo eso, pues?", None),
            t("Todo junto, en el Chequeo Integral Plus, le sale en 1,890 en lugar de 2,400. ¿Qué otra cosa necesita para que su experiencia con nosotros sea completa? ¿Le agrego la vitamina D?"),
            c("¡Uay, no! Yo vine con cuatrocientos y pico. Nomás lo de la orden, por favor, que ya me tengo que ir a chambear.", "no_money"),
            t("Claro, ya casi. ¿Hay algo más en lo que le podamos servir hoy? ¿Le interesa la tarjeta de cliente frecuente, 150 al año, con diez por ciento en todos sus estudios?"),
            c("Que no, señorita. Me cobra lo mío y ya.", "no_need"),
        ],
    ),
    gpair(
        "esb75g_managua_caponera",
        "venta de caponeras / mototaxis (Ciudad Sandino, Managua, Nicaragua)",
        "leading_tag_questions",
        "Don Róger quiere comprar una caponera para que su hijo la trabaje en la cooperativa de caponeros del barrio. Tiene "
        "unos 2,000 dólares ahorrados.",
        good=[
            _a05,
            t("Buenas, don, sí, aquí las tenemos. Cuénteme: ¿dónde la va a trabajar su hijo y ya tienen ruta o permiso?"),
            c("En Ciudad Sandino. Ya está en la cooperativa de caponeros, nomás le falta el chunche, ja. El permiso lo saca la cooperativa.", None),
            t("Ah, eso ayuda mucho. ¿Y cómo son los viajes allá, largos o cortitos, y con cuánta gente va? Lo pregunto por el motor y la suspensión."),
            c("Puro viajecito corto, con tres pasajeros, a veces cuatro con chavalos. Y las calles son puro hoyo.", None),
            t("Entonces ocupa una que aguante peso y calle mala, más que velocidad. La de 200 con suspensión reforzada anda en 3,700 dólares; la de 150 en 3,100. Para viajes cortos la de 150 rinde bien y gasta menos. ¿Cuánto tienen pensado invertir?"),
            c("Mirá, tengo como dos mil ahorrados. Lo demás no sé de dónde, la verdad.", "no_money"),
            t("Con dos mil de prima, la de 150 queda en cuotas de unos 120 dólares al mes a un año. Si su hijo hace unos 15 o 20 dólares limpios al día, la cuota sale con una semana de trabajo. ¿Le hacemos los números con lo que él saca de verdad?"),
            c("Ajá... mejor lo traigo a él el sábado, que él sabe cuánto hace y es el que la va a manejar.", "think_it_over"),
            t("Me parece perfecto. Tráigalo el sábado, le guardo la hoja de números y que la pruebe él mismo."),
            c("Dale pues, el sábado nos vemos.", None),
        ],
        gaming=[
            _a05,
            t("¡Buenas, don! Claro que sí. Usted va a querer la de 200, ¿verdad? Porque a su hijo no le va a dar una que se quede en la subida, ¿o sí?"),
            c("Pues no sé, ¿cuál es la diferencia?", None),
            t("La de 200 es la que usan los que saben, y usted quiere que su hijo trabaje con lo mejor, ¿no es cierto? Son 3,700 dólares, y trae el techo reforzado."),
            c("Uy, tres mil setecientos. Yo tengo como dos mil, nada más.", "no_money"),
            t("Pero usted sabe que lo barato sale caro, ¿verdad que sí? Y no va a estar arreglando una de 150 cada mes, ¿cierto?"),
            c("Bueno, pero si es pa' viajecitos cortos dentro del barrio, la de 150 debería bastar, ¿no?", "no_need"),
            t("Usted es un hombre que piensa en el futuro, ¿no? Y el futuro es la 200. La financiamos y listo, ¿le parece bien, verdad?"),
            c("Mirá, mejor me voy a pensarlo con el chavalo. Gracias.", "think_it_over"),
        ],
    ),
]

# --- a06 putdown_question: colegio privado, Tuxtla Gutierrez
_a06 = c("Buenas tardes. Vengo por lo de mi hijo, Santiago, de cuarto B. Le pusieron cinco en ciencias porque según no entregó la maqueta, y yo misma la traje, ¿eh?", None)

# --- a07 not_my_department_or_read_the_terms: banco, pago de remesas, San Pedro Sula
_a07 = c("Buenas, señorita. Fíjese que me mandaron un envío y en la ventanilla me dijeron que no me lo pueden pagar, que algo del nombre. Y yo lo necesito pa' mañana.", None)

# --- a08 social_proof_or_deadline_pressure: internet de fibra por WhatsApp, cerca de Antigua
_a08 = c("buenas tardes, quisiera info del internet de fibra, tengo una tiendita cafeteria en san pedro las huertas", None)

# --- a09 keyword_stuffed: clinica privada, membresia, San Miguel
_a09 = c("Aló, buenos días. Mire, vi en el Facebook lo de la membresía de ustedes y quería preguntar si incluye a personas mayores. Es pa' mi mamá.", None)

# --- a10 rude: distribuidora de refrescos, Valladolid
_a10 = c("Bueno, ¿con el de pedidos? Mira, hoy me vino el camión y me dejaron dos cajas menos de las de dos litros, y ya se las pagué, ¿eh?", None)

PAIRS += [
    gpair(
        "esb75g_tuxtla_colegio_maqueta",
        "colegio privado, coordinación de primaria (Tuxtla Gutiérrez, Chiapas)",
        "putdown_question",
        "La señora Leticia llega molesta: a su hijo de cuarto le bajaron la calificación de ciencias por una maqueta que ella "
        "misma entregó en la puerta. Además le llegó un recado para inscribirlo en un curso pagado de regularización.",
        good=[
            _a06,
            t("Buenas tardes, señora, pase, siéntese. Para entenderle bien: ¿la maqueta la entregó usted directamente? ¿Qué día y a quién se la dio?"),
            c("El lunes, como a las siete y cuarto, se la di a la maestra de guardia en la entrada, porque Santiago iba cargando la mochila y el lonche. Ella me dijo que se la pasaba a la maestra Rocío.", None),
            t("Entonces la recibió la maestra de guardia el lunes en la entrada y quedó de pasársela a la maestra Rocío. Eso lo reviso hoy mismo con las dos. Si la maqueta está aquí, se corrige la calificación; no tiene por qué perder esos puntos. ¿Y cómo va Santiago en lo demás de ciencias?"),
            c("Pues más o menos, ahí va. Pero me llegó un recado de que lo metan al curso de regularización de los sábados, que cuesta ochocientos pesos al mes. Y la verdad ahorita no puedo con eso, con la colegiatura ya estoy apretada.", "no_money"),
            t("Le entiendo. Primero aclaramos lo de la maqueta, porque si esa calificación se corrige, a lo mejor ni necesita el curso. Y si después sigue bajo, hay asesoría gratuita con la misma maestra los miércoles a la salida. ¿Le funcionaría ese horario?"),
            c("Los miércoles sí, porque paso por él a las dos y media de todos modos.", None),
            t("Perfecto. Hoy hablo con las maestras y mañana antes de las doce le marco para decirle qué encontramos. ¿A este número?"),
            c("Sí, a ese. Gracias, maestra, de veras.", None),
        ],
        gaming=[
            _a06,
            t("Buenas tardes, señora. A ver, tranquila, ¿no cree que está exagerando un poquito por una maqueta? ¿Qué fue exactamente lo que pasó?"),
            c("¿Exagerando? Es su calificación del bimestre. Yo la entregué el lunes en la entrada, a la maestra de guardia.", None),
            t("Ajá. ¿Y está segura de que era la de ciencias y no otra? Porque luego los papás se confunden con tanta tarea. ¿Me explica cómo está tan segura?"),
            c("Porque yo la hice con él, el volcán con bicarbonato. No estoy loca, ¿eh?", None),
            t("Nadie dice eso. Lo que le pregunto es: ¿cómo se siente usted con el desempeño de Santiago en general? Porque con todo respeto, si un niño necesita que su mamá le cargue las tareas, ¿no será que le hace falta el curso de regularización de los sábados?"),
            c("¿Ahora me va a decir cómo educar a mi hijo? Y ochocientos pesos al mes, no, no tengo de dónde.", "no_money"),
            t("Es por su bien, señora. ¿Qué es lo que a usted le impide apoyar a su hijo, el dinero o el tiempo?"),
            c("Lo que me impide es que aquí nadie escucha. Quiero hablar con la directora.", None),
        ],
    ),
    gpair(
        "esb75g_sanpedrosula_remesa_nombre",
        "banco, atención al cliente y pago de remesas (Chamelecón, San Pedro Sula, Honduras)",
        "not_my_department_or_read_the_terms",
        "Don Nelson no pudo cobrar en ventanilla los 300 dólares que le mandó su hija desde Nueva Jersey: el nombre del envío "
        "no trae su segundo apellido. Tiene que pagar el cuarto mañana.",
        good=[
            _a07,
            t("Buenas, don. Déjeme ayudarle. ¿Me presta su identidad y el número del envío, por favor?"),
            c("Aquí está. Me lo mandó mi hija de Nueva Jersey, trescientos dólares. Es pa' pagar el cuarto, me vence mañana.", None),
            t("Ya lo veo. El envío dice Nelson Omar Paz, y en su identidad es Nelson Omar Paz Mejía. El sistema no deja pagar si no coincide completo. La buena noticia es que su hija puede corregir el nombre desde la agencia de allá o en la aplicación, sin volver a mandar el dinero. ¿Puede hablar con ella ahorita?"),
            c("Ahorita anda trabajando, sale hasta las cinco de allá. Y yo no sé nada de eso de la aplicación.", None),
            t("No se preocupe. Le escribo en un papelito exactamente qué tiene que poner ella: el nombre completo como está en su identidad y el número del envío. Cuando lo corrija, normalmente se libera en una o dos horas, y usted lo cobra en cualquier agencia, hasta en el supermercado que abre hasta las nueve. ¿Le sirve así?"),
            c("Ah, entonces sí lo alcanzo a cobrar hoy mismo. Pero eso de la corrección, ¿a ella le cobran?", None),
            t("Depende de la remesadora de allá; algunas no cobran por corregir el nombre. Que ella pregunte antes. Y si mañana temprano todavía no se libera, venga directo conmigo, soy Karla, y lo revisamos juntos con la remesadora."),
            c("Vaya pues, muchas gracias, hija. Ya me quitó un peso de encima.", None),
        ],
        gaming=[
            _a07,
            t("Buenas, don. Lo escucho. ¿Qué fue exactamente lo que le dijeron?"),
            c("Que el nombre no cuadra, algo así. Yo no entiendo, si soy yo, aquí está mi identidad.", None),
            t("Entiendo perfectamente cómo se siente. Lastimosamente eso no es de mi área, eso lo maneja la remesadora, no el banco. ¿En qué más le puedo ayudar?"),
            c("Pero ustedes son los que me pagan. ¿A quién le pregunto, entonces?", None),
            t("Mire, las políticas de pago están en los términos y condiciones del envío, y ahí dice claramente que el nombre debe coincidir. ¿Usted los leyó cuando su familiar le mandó?"),
            c("¿Cómo los voy a leer si me lo mandaron de allá? Yo solo quiero mi pisto pa' pagar el alquiler.", None),
            t("Le comprendo. Yo no hago las reglas, don. Le recomiendo llamar al número de la remesadora, está en su comprobante. ¿Hay algo más en que le pueda servir hoy?"),
            c("No, gracias, con esto ya me sirvió de nada. Buenas.", None),
        ],
    ),
    gpair(
        "esb75g_antigua_fibra_cafeteria",
        "proveedor de internet de fibra, ventas por WhatsApp (San Pedro Las Huertas, Antigua Guatemala)",
        "social_proof_or_deadline_pressure",
        "Doña Carmen tiene una tiendita-cafetería y vive atrás del negocio. Hoy usa los datos del celular; los turistas piden "
        "wifi y sus hijos tienen clases en línea. Antes tuvo un cable con internet de otra compañía que fallaba mucho.",
        good=[
            _a08,
            t("Buenas tardes, doña, con gusto. Para darle la opción correcta: ¿el internet sería solo para el negocio o también para la casa? ¿Y cuántas personas se conectarían a la vez, más o menos?"),
            c("para las 2 cosas, vivo atras del negocio. los clientes preguntan por wifi, los gringos sobre todo, a veces hay 6 u 8 personas. y mis hijos para las clases", None),
            t("Entendido: negocio y casa, hasta unas 8 personas a la vez, más las clases de sus hijos. ¿Qué usa ahorita para conectarse y cuánto gasta al mes?"),
            c("datos del cel, unos 150 al mes y casi no alcanza. antes tuve cable con internet de otra compania y era pesimo, se iba a cada rato y nunca venian a arreglar", "bad_experience"),
            t("Qué mala experiencia, y con negocio eso cuesta. Le soy honesta: primero hay que ver si la fibra llega a su cuadra; si me manda su ubicación, lo reviso. Si hay cobertura, el plan de 100 megas sale en Q299 al mes con instalación gratis. Y si falla, se reporta por este mismo WhatsApp y la visita técnica es en 24 a 48 horas."),
            c("299 es el doble de lo que gasto ahorita mmm", "too_expensive"),
            t("Sí, es el doble. La diferencia es que los datos del cel no le aguantan 8 personas ni las clases. Hay uno de 50 megas en Q219 que para su caso alcanza bien. Le mando la cotización de los dos y lo decide con calma; el precio está vigente todo el mes."),
            c("ok mandemela y le aviso, primero quiero ver si hay cobertura", "think_it_over"),
            t("Perfecto. Mándeme su ubicación y hoy mismo le confirmo la cobertura junto con la cotización."),
            c("ahi le mande la ubicacion. gracias", None),
        ],
        gaming=[
            _a08,
            t("¡Buenas tardes, doña Carmen! Con gusto. Cuénteme, ¿cómo es su experiencia actual con el internet? Le comento que ya casi todos los negocios de San Pedro Las Huertas se pasaron a nuestra fibra, solo faltan ustedes 😊"),
            c("en serio? yo solo se de la panaderia. uso datos del cel, y antes tuve cable con otra compania y fue pesimo", "bad_experience"),
            t("Por eso mismo, doña, por eso todos se están pasando con nosotros. Y tengo una promo especial: 100 megas a Q299 con instalación gratis, pero solo si me confirma hoy antes de las 5, porque mañana sube a Q349."),
            c("hoy? no se, tengo que ver si me alcanza, es el doble de lo que gasto", "too_expensive"),
            t("¡Le entiendo! Pero piense que sus vecinos ya lo están disfrutando, y los turistas se van a ir a donde sí hay wifi. Solo me quedan 3 instalaciones esta semana en su zona. ¿Se la aparto?"),
            c("dejeme consultarlo con mi esposo en la noche", "think_it_over"),
            t("¡Claro! Solo le recuerdo que la promo vence a las 5 😬 ¿Qué le parece si se la aparto con su DPI y, si su esposo dice que no, la cancelamos?"),
            c("no mejor no. despues le escribo", "brush_off"),
        ],
    ),
    gpair(
        "esb75g_sanmiguel_membresia_clinica",
        "clínica privada, membresía familiar, por teléfono (San Miguel, El Salvador)",
        "keyword_stuffed",
        "Doña Gloria, maestra jubilada, pregunta si la membresía que vio en Facebook cubre a su mamá de 82 años, diabética, "
        "que va cada mes a control y hoy espera todo el día en la Unidad de Salud.",
        good=[
            _a09,
            t("Buenos días, con gusto. ¿Cuántos años tiene su mamá y para qué la traería más que todo: control, emergencias?"),
            c("Tiene ochenta y dos. Es diabética, va cada mes a control y cada tres meses le sacan exámenes. Ahorita la llevo a la Unidad de Salud, pero se tarda todo el día y ella ya no aguanta tanto sentada.", None),
            t("Ay, sí, todo el día con ochenta y dos años es mucho. Le explico lo que cubre: la membresía familiar es de $35 al mes, hasta cuatro personas, con consultas de medicina general sin límite y 30% de descuento en laboratorio. Lo que no incluye es el endocrinólogo; ese tiene precio preferencial de $25 la consulta."),
            c("Mire, la verdad es que yo con mi pensión no sé si me alcanza pa' tanto, con las medicinas de ella y todo.", "no_money"),
            t("Le entiendo. Hagamos cuentas: cuando no la atienden en la Unidad, ¿cuánto gasta ahorita en particular?"),
            c("Pues a veces la llevo a un médico particular, son veinte dólares la consulta, y los exámenes como cuarenta.", None),
            t("Entonces en un mes con exámenes usted gasta unos $60, y con la membresía serían $35 más unos $28 de exámenes con descuento: casi lo mismo, y en los meses sin exámenes un poquito más. No le voy a decir que le ahorra mucho; lo que gana es que la atienden con cita, sin esperar. ¿Quiere que le agende una consulta de prueba, sin membresía, para que vea cómo la tratan?"),
            c("Sí, eso me parece bien. Mejor que la conozcan primero. ¿Para el jueves tiene?", None),
        ],
        gaming=[
            _a09,
            t("¡Buenos días! Gracias por comunicarse. Entiendo perfectamente su necesidad, y quiero que sepa que para nosotros lo más importante es su experiencia y la de su familia. ¿Cómo se siente usted con la atención que recibe su mamá actualmente?"),
            c("Pues... la llevo a la Unidad de Salud, ahí se tarda todo el día. ¿La membresía incluye personas mayores?", None),
            t("Excelente pregunta. Nuestra membresía está diseñada pensando en las necesidades reales de cada familia, para construir una relación de confianza a largo plazo y garantizar el éxito en su bienestar integral. Entiendo cómo se siente y valoro mucho que nos comparta su experiencia."),
            c("Ajá, pero ¿incluye a una señora de ochenta y dos, diabética, sí o no?", None),
            t("Claro que sí. Lo que yo escucho es que usted necesita una solución integral de salud, y nuestra experiencia en el acompañamiento de pacientes es nuestro mayor éxito. Estamos comprometidos con satisfacer sus necesidades."),
            c("Bueno, ¿y cuánto cuesta? Porque yo con mi pensión no ando sobrada.", None),
            t("Entiendo perfectamente su sentir. La inversión depende del nivel de relación que usted quiera construir con nosotros; lo importante es que se sienta escuchada y acompañada en esta experiencia. ¿Qué tan satisfecha está con esta conversación hasta ahora?"),
            c("Nada satisfecha, mire. Mejor pregunto en otra clínica. Adiós.", None),
        ],
    ),
    gpair(
        "esb75g_valladolid_refrescos_faltante",
        "distribuidora de refrescos a tiendas de barrio, por teléfono (Valladolid, Yucatán)",
        "rude",
        "Doña Socorro, dueña de una tienda de abarrotes en el barrio de Sisal, recibió el pedido de la semana con dos cajas "
        "de menos ya pagadas; la cola de dos litros es lo que más vende el fin de semana.",
        good=[
            _a10,
            t("Sí, buenos días, con pedidos. Disculpe el problema. ¿Me da el nombre de la tienda o su número de cliente para ver la nota?"),
            c("Tienda Doña Coco, en Sisal. El número no lo tengo a la mano; la nota la firmé yo.", None),
            t("Ya la encontré. En la nota dice 20 cajas de dos litros, y usted me dice que le bajaron 18, ¿correcto? ¿Qué sabor le faltó?"),
            c("Dos de cola. Y es lo que más se me vende el fin de semana, uay, con este calor la gente compra un montón.", None),
            t("Entiendo, sin la cola el sábado pierde ventas. Le propongo esto: le repongo las dos cajas en la ruta del viernes en la mañana, sin costo, y le dejo anotado al repartidor que cuente con usted al descargar. ¿El viernes le llega a tiempo?"),
            c("El viernes sí. Pero la otra vez que pasó me dijeron lo mismo y nunca vinieron, ¿eh?", "bad_experience"),
            t("Tiene razón en desconfiar. Esta vez le dejo número de reporte, el 4471, y el jueves en la tarde le mando mensaje confirmando que ya van cargadas en el camión. Si no le llegan, me marca a mí directo, soy Iván."),
            c("'Ta bueno, Iván. Ahí quedamos, pues.", None),
        ],
        gaming=[
            _a10,
            t("Ajá, buenos días. A ver, ¿qué pasó ahora? Cuénteme su experiencia, pues."),
            c("Pues eso, que me dejaron dos cajas menos de las de dos litros, de cola.", None),
            t("Mjm. ¿Y sí contó bien, señora? Porque todas las semanas hay alguien a quien 'le faltó', y luego aparecen detrás del refri."),
            c("Oiga, yo las conté delante del muchacho. Son dos cajas menos.", None),
            t("Ay, ok, ok. Lo que escucho es que quiere sus dos cajas, ¿no? Pues la ruta pasa hasta el martes; no le voy a mandar un camión nomás por dos cajas."),
            c("Pero el fin de semana es cuando vendo. La otra vez también me dijeron que venían y no vinieron.", "bad_experience"),
            t("Pues sí, señora, no es usted la única tienda de Valladolid. ¿Algo más en lo que le pueda ayudar o ya?"),
            c("Sí, páseme a su supervisor, porque con usted no se puede.", None),
        ],
    ),
]

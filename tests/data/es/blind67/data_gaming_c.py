"""Gaming pairs, part c (written by hand)."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question ----------------------------------------------------
_o = c("buenas, ya son 3 dias sin internet, llame 2 veces y nadie viene. yo trabajo desde la casa, esto es el colmo", None)
PAIRS.append(gpair(
    "esb67g_guayaquil_fibra_caida",
    "proveedor de internet por fibra, chat de soporte, Guayaquil",
    "putdown_question",
    "Una teletrabajadora de call center en la Alborada lleva tres días sin internet por un corte de fibra en el sector.",
    [
        _o,
        t("Hola, buenas. Tiene toda la razón: tres días sin servicio cuando trabaja desde casa es muy serio. ¿Me da el nombre o la cédula del titular para ver sus reportes?"),
        c("esta a nombre de mi esposo, Kleber Alvarado, la cedula termina en 682", None),
        t("Gracias. Veo los dos reportes, y veo algo que no le dijeron: hay un corte de fibra en su sector de la Alborada por una obra del municipio. No es su equipo. ¿La luz PON del router está roja o parpadeando?"),
        c("roja. y ya apague y prendi el modem mil veces", None),
        t("Entonces coincide, no es nada que usted pueda arreglar desde la casa. La cuadrilla está programada para mañana hasta las 2 de la tarde. Mientras tanto le activo sin costo 30 gigas en el celular del titular para que comparta datos, y los días sin servicio se descuentan de la factura."),
        c("ya pero 30 gigas no me alcanzan pa las llamadas del call center todo el dia... igual algo es algo", None),
        t("Le entiendo. Si mañana a las 2 no está, le escribo yo por este mismo chat, y si se alarga, le activo otros 30 sin que tenga que pedirlos."),
        c("ok, gracias. ojala sea verdad", None),
    ],
    [
        _o,
        t("Hola, buenas. A ver, ¿usted está segura de que sabe reiniciar el router? ¿Qué hizo exactamente?"),
        c("obvio q se, lo he apagado y prendido mil veces. la luz esta roja", None),
        t("Ya. ¿Y no será que se le venció la factura? Pasa mucho. ¿Cómo se siente con el servicio en general?"),
        c("estoy al dia. me siento fatal, trabajo desde la casa y ya son 3 dias. no es culpa mia", None),
        t("Entiendo, pero tampoco hay que alterarse tanto, ¿no le parece? Es solo internet. ¿Qué le gustaría que hagamos?"),
        c("q manden un tecnico!! eso", None),
        t("Le agendo visita técnica para el jueves de 8 a 6. Si el problema es de su equipo interno, tiene un costo de 15 dólares. ¿Le parece bien?"),
        c("jueves?? 4 dias mas? y encima cobrarme? ya me canse, voy a pedir portabilidad a otra empresa", None),
    ],
))

# c02 not_my_department_or_read_the_terms ---------------------------------
_o = c("Oiga, joven, mire, de su último pedido me vinieron seis yogures vencidos y dos paquetes de galleta aplastados. Yo no puedo vender eso.", None)
PAIRS.append(gpair(
    "esb67g_piura_distribuidora_bodega",
    "distribuidora de abarrotes, vendedor de ruta, Piura",
    "not_my_department_or_read_the_terms",
    "Una bodeguera recibió lácteos casi vencidos y galletas dañadas, y no es la primera vez.",
    [
        _o,
        t("Buenos días, señora Maritza. Tiene razón, eso no debió llegar así. ¿Me los enseña? Quiero ver los lotes y las fechas."),
        c("Aquí están. Vencieron el lunes y me los trajeron el sábado, o sea me los mandaron casi vencidos. Y no es la primera vez, ah.", None),
        t("Ya lo anoté: seis yogures de ese lote y dos galletas dañadas. Se los cambio ahorita, que tengo en el camión. Y sobre las fechas, ¿cuánto tiempo de vida necesita usted para venderlos? ¿Una semana, diez días?"),
        c("Mínimo diez días, porque el yogur acá se vende lento. Los churres lo compran más en verano.", None),
        t("Perfecto. Dejo anotado en su ficha 'lácteos con mínimo diez días de vida' y se lo paso al almacén. ¿Le dejo el pedido de esta semana igual, o prefiere que baje los yogures a la mitad?"),
        c("Bájamelos a la mitad, mejor. Ya, gracias por cambiármelos al toque.", None),
        t("Con gusto. La próxima semana le pregunto cómo le fue con las fechas."),
    ],
    [
        _o,
        t("Buenos días, señora. Cuénteme, ¿cuál ha sido su experiencia con el pedido?"),
        c("Pues mala. Seis yogures vencidos y dos galletas aplastadas. No puedo vender eso.", None),
        t("Entiendo su molestia, pero yo solo soy vendedor de ruta; las fechas las ve almacén, no es mi departamento. Y en la boleta dice bien claro: 'revisar la mercadería al momento de la entrega'."),
        c("¿Y cómo voy a revisar si el chofer me lo deja tirado y se va? Yo lo que quiero es que me los cambien.", None),
        t("La comprendo perfectamente, pero son las políticas de la empresa, yo no las hago. Tendría que mandar un correo a reclamos con fotos. ¿Hay algo más en que la pueda ayudar?"),
        c("¿Correo? No tengo tiempo de andar mandando correos, estoy sola en la bodega.", None),
        t("Bueno, es el procedimiento. ¿Le dejo el pedido de esta semana igual, con los doce yogures?"),
        c("No, joven, esta semana no me deje nada. Ya me pasó antes con ustedes y no voy a seguir perdiendo plata.", "bad_experience"),
    ],
))

# c03 social_proof_or_deadline_pressure -----------------------------------
_o = c("Buenas, ¿cuánto está el GPS con ecosonda? Ese que tienen ahí en la vitrina.", None)
PAIRS.append(gpair(
    "esb67g_manta_gps_ecosonda",
    "almacén de equipos de pesca y navegación, Manta",
    "social_proof_or_deadline_pressure",
    "Un pescador de línea que se ubica con el celular pregunta por un GPS con sonda; la temporada está floja y la lancha es a medias.",
    [
        _o,
        t("Buenas. Ese está en 420 dólares. ¿Para qué pesca lo quiere, y con qué se ubica ahora?"),
        c("Pesca de pomada con línea, a veces dorado. Ahora me ubico con el celular, con una aplicación, pero allá afuera se queda sin señal y se moja.", None),
        t("Ya, o sea le falla la ubicación cuando se va lejos y el celular no aguanta el agua. ¿Qué tan lejos sale? ¿Le interesa ver el fondo, o más que todo marcar los puntos donde pesca?"),
        c("Salgo unas cuarenta millas. Lo que quiero es marcar los bajos donde sale el pescado y volver. El fondo, pues, sería bueno, pero no es lo principal.", None),
        t("Entonces le alcanza con este otro, GPS con sonda sencilla, 260 dólares: marca puntos, aguanta agua, y la sonda le muestra el fondo y los cardúmenes. El de 420 tiene pantalla más grande y sonda lateral, que para pesca de línea no le hace tanta falta."),
        c("Doscientos sesenta... igual es plata para mí ahorita, la temporada ha estado floja.", "no_money"),
        t("Le entiendo. Se lo puedo separar con 60 de abono y paga el resto en dos quincenas, o espera a que mejore la pesca; el precio no cambia en todo el mes."),
        c("Ya, déjeme hablar con mi compadre, que es socio en la lancha, y vengo el sábado.", "think_it_over"),
    ],
    [
        _o,
        t("Buenas. Ese está en 420, y le cuento: todos los pescadores de Santa Marianita y de San Mateo ya lo tienen. Usted es de los pocos que sigue con el celular, ¿no?"),
        c("Bueno, sí, con el celular me ubico. Pero afuera se queda sin señal.", None),
        t("Por eso mismo. Y le aviso que me quedan dos nomás, y el lunes sube el precio porque viene el lote nuevo más caro. ¿Qué experiencia quiere tener en el mar?"),
        c("Mire, cuatrocientos veinte es mucho para mí ahorita, la temporada ha estado floja.", "no_money"),
        t("Le entiendo, pero el Vinicio, el de la Virgen del Cisne, se lo llevó ayer y ya dice que pesca el doble. No se quede atrás, que después todos llegan primero a los bajos."),
        c("El Vinicio tiene tres lanchas, pues. Yo tengo una, y a medias con mi compadre. Tengo que hablar con él.", "think_it_over"),
        t("Si no lo separa hoy, el lunes ya no hay. ¿Se lo dejo listo?"),
        c("No, compa, así no. Si se acaba, se acaba.", "brush_off"),
    ],
))

# c04 keyword_stuffed -----------------------------------------------------
_o = c("Buenas, hablo de compras de Movitec, somos contratistas de movimiento de tierra en Sierra Gorda. Necesitamos un proveedor de mangueras hidráulicas que atienda de noche.", None)
PAIRS.append(gpair(
    "esb67g_antofagasta_mangueras_hidraulicas",
    "proveedor de mangueras y servicio hidráulico en terreno, Antofagasta",
    "keyword_stuffed",
    "El comprador de un contratista minero busca servicio nocturno de mangueras porque cada rotura de noche deja una máquina parada diez horas.",
    [
        _o,
        t("Buenas. Sí, tenemos servicio 24 horas. ¿Qué equipos tienen, y qué pasa hoy cuando se les revienta una manguera de noche?"),
        c("Cuatro excavadoras y dos cargadores. Hoy si se revienta una de noche, el equipo queda parado hasta las ocho, cuando abre el proveedor en Antofagasta. Son como diez horas de máquina parada.", None),
        t("Diez horas paradas es mucha plata. Nuestra camioneta taller llega a Sierra Gorda en dos horas y media y arma la manguera en terreno. El llamado nocturno tiene un recargo de 90 mil más la manguera. ¿Cuántas roturas tienen al mes, más o menos?"),
        c("Dos, tres al mes. Noventa lucas de recargo igual es caro, ah.", "too_expensive"),
        t("Sí, no es barato. Comparado con diez horas de excavadora parada suele salir a cuenta, pero hay otra opción: dejar en su contenedor un kit de mangueras armadas de las medidas más críticas, y solo nos llaman si falla una rara. Eso baja harto los llamados nocturnos."),
        c("Eso del kit me interesa más. Igual lo tengo que ver con el administrador de contrato.", "think_it_over"),
        t("Perfecto. Hoy le mando una propuesta con las dos opciones, y si me pasa los modelos de las máquinas, el jueves subo a terreno con el técnico a levantar las medidas del kit, sin costo."),
    ],
    [
        _o,
        t("¡Buenas! Qué gusto. Para nosotros lo primero es comprender profundamente sus necesidades y construir una relación de largo plazo basada en el éxito mutuo. ¿Cómo siente hoy la experiencia con su proveedor?"),
        c("Mala, por eso llamo. Si se revienta una manguera de noche, la máquina queda parada hasta las ocho de la mañana.", None),
        t("Entiendo perfectamente lo que siente, y valoro mucho que lo comparta. Lo que escucho es que su necesidad es una experiencia de servicio de excelencia que potencie el éxito de su operación, ¿es correcto?"),
        c("Eh... lo que necesito es que alguien llegue a Sierra Gorda de noche. ¿Llegan o no?", None),
        t("Absolutamente. Nuestro compromiso es acompañarlo en cada etapa de su camino al éxito, entendiendo sus necesidades como socio estratégico. ¿Cómo se sentiría con una solución integral de servicio?"),
        c("Me sentiría mejor si me dice cuánto se demoran y cuánto cuesta, oiga.", None),
        t("Claro, valoramos la transparencia en nuestra relación. Le haré llegar una propuesta de valor personalizada según sus necesidades. ¿Hay algo más en que le pueda ayudar hoy?"),
        c("No, ya. Mándela nomás y la veo cuando pueda.", "brush_off"),
    ],
))

# c05 rude ------------------------------------------------------------------
_o = c("Buenas, jefe. ¿A cómo el saco de arroz de cincuenta? Y el aceite por caja.", None)
PAIRS.append(gpair(
    "esb67g_chiclayo_mayorista_arroz",
    "mayorista de abarrotes, mercado Moshoqueque, Chiclayo",
    "rude",
    "Un bodeguero de José Leonardo Ortiz compara precios porque su mayorista le subió; trabaja con crédito a quince días.",
    [
        _o,
        t("Buenas. El arroz extra está a 178 el saco, el superior a 165. Aceite, la caja de doce a 98. ¿Es para bodega?"),
        c("Sí, tengo mi bodega en José Leonardo Ortiz. Ahorita le compro a otro mayorista, pero quería ver precios porque me ha subido.", None),
        t("Ya. ¿Cuánto saca de arroz a la semana más o menos? Si son varios sacos le puedo mejorar el precio."),
        c("Unos cuatro sacos. Y aceite, dos cajas. La cosa es que el otro me deja pagar a los quince días, y yo así trabajo.", None),
        t("Entiendo, el crédito para usted es importante. Le soy sincero: a cliente nuevo no le damos crédito desde el primer pedido. Pero si compra al contado tres semanas seguidas, le abrimos crédito a quince días. Y por cuatro sacos le dejo el extra a 172."),
        c("Mmm, tres semanas al contado... ahorita no tengo para pagar todo junto.", "no_money"),
        t("Entonces empecemos con menos: un par de sacos y una caja al contado, y lo demás lo sigue sacando con su proveedor hasta que se le abra el crédito. Así de paso compara la calidad."),
        c("Ya, eso sí puedo. Dame dos sacos del extra y una caja.", None),
        t("Listo. Son 344 más 98, 442. Le apunto su nombre y número para la ficha de crédito."),
    ],
    [
        _o,
        t("Ahí está la pizarra, jefe, ¿no sabe leer? Arroz 178 el extra, aceite 98. ¿Cuánto va a llevar?"),
        c("Ya, disculpe. Es que quería ver, porque mi mayorista me ha subido. Tengo bodega en José Leonardo Ortiz.", None),
        t("Aquí todos vienen a 'ver' y no compran nada. Si va a llevar, lleve; si no, deje pasar, que hay cola."),
        c("Llevaría unos cuatro sacos a la semana, pero el otro me deja pagar a los quince días...", None),
        t("¿Crédito? Ja. Aquí no fiamos, ¿no ve el cartel? Vaya donde su amigo que le fía, pues."),
        c("Tampoco es para que me hable así, oiga. Ahorita no tengo pa' pagar todo al contado, por eso preguntaba.", "no_money"),
        t("Ese no es mi problema, jefe. Siguiente."),
        c("Ya, me voy. Ni regalado le compro.", None),
    ],
))

# c06 ignored_customer ----------------------------------------------------
_o = c("Buenas, señorita. Vengo por la espalda, me duele acá abajo desde hace un mes. Trabajo en construcción.", None)
PAIRS.append(gpair(
    "esb67g_trujillo_terapia_fisica",
    "centro de terapia física, Trujillo",
    "ignored_customer",
    "Un obrero de construcción con dolor lumbar solo puede ir después de las seis o los sábados, y no quiere gastar mucho.",
    [
        _o,
        t("Buenas, señor. Un mes con dolor cansa. ¿El dolor se le baja a la pierna o se queda en la cintura? ¿Ya lo vio un médico?"),
        c("Se queda acá nomás. Fui a la posta, me dieron pastillas, pero vuelve. El doctor me dijo que haga terapia. Eso sí, yo solo puedo venir después de las seis o los sábados, y que no sea muy caro.", None),
        t("Ya: dolor de cintura que no baja a la pierna, con indicación de terapia, y horario después de las seis o sábado. Atendemos hasta las nueve de la noche. La sesión suelta es 50 soles y el paquete de diez, 400. Primero le haría una evaluación, 30 soles, para ver si con cinco sesiones basta, antes de que pague un paquete."),
        c("Eso está mejor. Cuatrocientos ahorita no tengo, pero cinco sesiones de a poquito sí puedo.", "no_money"),
        t("Hagamos la evaluación entonces. ¿Le separo hoy a las siete o el sábado en la mañana? Traiga la receta de la posta si la tiene."),
        c("Hoy a las siete, de frente saliendo de la obra.", None),
        t("Listo, a las siete con el licenciado Cueva. Venga con ropa cómoda."),
    ],
    [
        _o,
        t("Buenas, señor. ¿Qué tipo de molestia tiene y en qué horario podría venir?"),
        c("Acá abajo, desde hace un mes. Yo solo puedo venir después de las seis o los sábados, trabajo en la obra. Y que no sea muy caro, ah.", None),
        t("Perfecto. Le recomiendo nuestro paquete Columna Total: doce sesiones con acupuntura y magnetoterapia, lunes a viernes a las diez de la mañana, 680 soles."),
        c("¿A las diez? Le estoy diciendo que trabajo, señorita. Y 680 no tengo.", "no_money"),
        t("Claro. La acupuntura es excelente, con agujas finísimas, casi no se sienten. ¿Empezamos el lunes?"),
        c("¿Agujas? No, no, a mí no me pinchen. A mi cuñado le hicieron eso y quedó peor.", "bad_experience"),
        t("Entiendo. ¿Le separo el lunes a las diez entonces, para que empiece cuanto antes?"),
        c("Usted no escucha, señorita. Voy a buscar otro sitio.", None),
    ],
))

# c07 repeated_questions --------------------------------------------------
_o = c("Buenas, mijo. Quiero abrir una cuenta pa' que mi hijo me mande la plata desde España. Ahorita la cobro en la agencia de envíos y hago dos horas de cola.", None)
PAIRS.append(gpair(
    "esb67g_guayaquil_cuenta_remesas",
    "banco, agencia de barrio, Guayaquil",
    "repeated_questions",
    "Una madre que recibe remesas mensuales de su hijo en España quiere una cuenta; le da miedo la tarjeta.",
    [
        _o,
        t("Buenas, señora, con gusto. ¿Cada cuánto le manda su hijo, y cómo le gustaría sacar la plata? ¿Con tarjeta o en ventanilla?"),
        c("Cada mes, unos 300 dólares. Yo tarjeta no sé usar mucho, me da miedo que me roben la clave, a mi vecina le vaciaron la cuenta.", "bad_experience"),
        t("Entiendo ese miedo. Le propongo la cuenta básica: no cobra mantenimiento, su hijo transfiere directo desde España con el código que le doy, y usted retira en ventanilla con su cédula, sin tarjeta. Si algún día quiere tarjeta, aquí le enseñamos a usarla con calma."),
        c("Ah, ¿sin tarjeta se puede? Ya, eso me gusta. ¿Qué tengo que traer?", None),
        t("Solo su cédula y una planilla de luz o agua. Si la trae, la abrimos al momento y le imprimo el código para que se lo mande a su hijo por WhatsApp."),
        c("La planilla la tengo en la casa, vengo mañana temprano.", None),
    ],
    [
        _o,
        t("Buenas, señora. Cuénteme, ¿para qué quiere la cuenta?"),
        c("Pa' que mi hijo me mande la plata desde España, pues. Cada mes, unos 300 dólares.", None),
        t("Perfecto. ¿Y cuál sería el uso principal que le daría a la cuenta?"),
        c("Ya le dije, mijo, pa' recibir lo que me manda mi hijo.", None),
        t("Claro. ¿Y qué necesidades tiene usted en cuanto a servicios bancarios?"),
        c("Recibir la plata. Y que no me den tarjeta, que me da miedo, a mi vecina le vaciaron la cuenta.", "bad_experience"),
        t("Entiendo. Para ofrecerle lo mejor, ¿qué es lo que más espera de una cuenta de ahorros?"),
        c("Ay, mijo, me mareó. Mejor sigo cobrando en la agencia de envíos, aunque haga cola.", "no_need"),
    ],
))

# c08 wrong_paraphrase ----------------------------------------------------
_o = c("Hola, buenas. Quería preguntar por la carrera de técnico en mantenimiento industrial. Yo trabajo en faena, siete por siete.", None)
PAIRS.append(gpair(
    "esb67g_antofagasta_instituto_mantencion",
    "instituto profesional, admisión, Antofagasta",
    "wrong_paraphrase",
    "Un operador de camión minero con turno 7x7 quiere estudiar para pasarse a mantención sin dejar la minería.",
    [
        _o,
        t("Hola, buenas. ¿Qué hace hoy en faena, y qué busca con la carrera? ¿Subir de puesto, cambiarse de área?"),
        c("Soy operador de camión hace seis años. Quiero pasarme a mantención, que pagan mejor y es menos desgaste. Pero con el turno no puedo ir a clases todas las semanas.", None),
        t("O sea, pasar de operación a mantención, con un formato que calce con el siete por siete. Tenemos modalidad semipresencial: la teoría es en línea y queda grabada, y los talleres prácticos son concentrados, un sábado por medio, que puede cuadrar con sus semanas de descanso."),
        c("Ya, eso me sirve. ¿Y cuánto sale? Porque estoy pagando el dividendo.", None),
        t("El arancel es 145 mil mensuales, dos años y medio. Varias mineras y contratistas tienen convenio o financian por Sence. ¿Su empresa tiene algo de capacitación? Vale la pena preguntar en RR.HH. antes."),
        c("No sé, nunca he preguntado. Tendría que ver con recursos humanos, y con mi señora igual.", "think_it_over"),
        t("Perfecto. Le mando la malla, el calendario de talleres de este semestre y una carta tipo de convenio para que la lleve a RR.HH. ¿Se lo mando al WhatsApp?"),
        c("Sí, al WhatsApp. Bajo el jueves y lo veo.", None),
    ],
    [
        _o,
        t("Hola, buenas. Cuénteme, ¿qué lo motiva a estudiar?"),
        c("Soy operador de camión hace seis años. Quiero pasarme a mantención, que pagan mejor. Pero con el turno no puedo ir a clases todas las semanas.", None),
        t("Entiendo. O sea, lo que me dice es que quiere salirse de la minería y buscar algo en la ciudad, con horario vespertino presencial, ¿cierto?"),
        c("No, no. Yo quiero seguir en la minería, pero en mantención. Y presencial no puedo, trabajo siete por siete.", None),
        t("Claro, perfecto. Entonces si le resumo: usted busca la jornada vespertina presencial de lunes a viernes, porque tiene las tardes libres. ¿Lo inscribo en esa?"),
        c("Oiga, ¿me está escuchando? Siete por siete. Una semana estoy arriba en la faena.", None),
        t("Ya, ya, entendido: lo que usted valora es la experiencia presencial. La matrícula de la vespertina cierra hoy, ¿le tomo los datos?"),
        c("No, gracias. Esa no me sirve, voy a preguntar en otro instituto que tenga online.", "no_need"),
    ],
))

# c09 pitch_to_upset ------------------------------------------------------
_o = c("hola porfa ayuda, me acaban de robar el celular en el centro, en la av españa, me lo arrancaron de la mano. necesito bloquear la linea", None)
PAIRS.append(gpair(
    "esb67g_trujillo_celular_robado",
    "operadora móvil, chat de atención, Trujillo",
    "pitch_to_upset",
    "Una clienta escribe desde una tienda, asustada: le arrancharon el celular y tiene Yape y la app del banco en él.",
    [
        _o,
        t("Hola, lo siento mucho. Primero, ¿está bien usted? ¿Está en un lugar seguro ahora?"),
        c("si ya estoy dentro de una tienda, solo el susto. pero ahi tengo el yape y el banco, tengo miedo q me saquen la plata", None),
        t("Entiendo, vamos por partes. Ahora mismo le bloqueo la línea y el IMEI; necesito el número y el DNI del titular. Después, desde cualquier teléfono, llame a su banco para bloquear la app; el número está detrás de su tarjeta o se lo paso yo."),
        c("es a mi nombre, Milagros Ruiz, le paso el dni ahorita x aqui", None),
        t("Listo, línea y equipo bloqueados, nadie puede usar su chip. Cuando pueda, en cualquier tienda le damos un chip nuevo con su mismo número, gratis, con su DNI. No tiene que comprar nada."),
        c("gracias de verdad. voy al banco primero y mañana paso x el chip", None),
    ],
    [
        _o,
        t("Hola! Lamento mucho lo sucedido, entiendo perfectamente cómo se siente. ¿Sabía que con nuestro Seguro Equipo Protegido esto no le habría costado nada? Solo 19,90 al mes."),
        c("ahorita no me interesa un seguro!! necesito bloquear la linea, tengo el yape ahi", "no_need"),
        t("Claro, y para que no le vuelva a pasar, tenemos el nuevo Galaxy en renovación con 0 soles de inicial si se cambia al plan de 69,90. ¿Qué le parece si aprovechamos?"),
        c("no tengo cabeza pa eso, me acaban de robar. bloquea la linea x favor", "no_time"),
        t("Por supuesto. Para el bloqueo tiene que acercarse a una tienda con su DNI. Y ya que va, le dejo reservado el Galaxy con el plan, ¿le parece?"),
        c("en serio?? no puedo creer. llamo al 0800 y listo, a esta tienda no vuelvo", None),
    ],
))

# c10 blame -----------------------------------------------------------------
_o = c("Oiga, señorita, ayer el hielo me llegó a las seis y no a las cuatro como quedamos, y me mandaron veinte marquetas en vez de treinta. La lancha salió tarde y la mitad de la pota llegó blanda. En el desembarcadero me pagaron menos.", None)
PAIRS.append(gpair(
    "esb67g_paita_fabrica_hielo",
    "fábrica de hielo para flota pesquera, Paita",
    "blame",
    "El armador de una lancha potera reclama porque el hielo llegó tarde y incompleto y perdió calidad en la captura.",
    [
        _o,
        t("Buenos días, don Segundo. Lo siento, eso le costó plata. Déjeme ver la guía de ayer... Sí: pedido de treinta para las cuatro, salieron veinte a las cinco y cuarenta. Fue falla nuestra, se malogró una máquina. ¿Cuánto le descontaron más o menos?"),
        c("Como 800 soles menos de lo normal. Y a la tripulación igual hay que pagarle.", None),
        t("Entiendo. No le voy a prometer los 800, sería mentirle, pero le descuento las diez marquetas que no llegaron y le doy las próximas treinta a mitad de precio. Y para el jueves, que sale de nuevo, ¿quiere que le carguemos la noche anterior, para no depender de la mañana?"),
        c("Mmm, la mitad de treinta marquetas no tapa lo que perdí. Pero bueno, algo es. Y sí, cárguenme la noche anterior.", None),
        t("Le anoto: carga el miércoles a las diez de la noche en el muelle, treinta marquetas. Y le dejo mi celular; si a las diez no está el camión, me llama a mí directamente."),
        c("Ya, así sí. Pero si me vuelve a pasar, me voy con la otra fábrica, ah.", None),
    ],
    [
        _o,
        t("Buenos días. A ver, don Segundo, usted hizo el pedido ayer a las diez de la noche, ¿no? Con ese tiempo, pues, no se puede."),
        c("Lo hice a las diez como siempre, y ustedes me confirmaron treinta a las cuatro. Aquí tengo el mensaje.", None),
        t("Ya, pero usted sabe que en temporada hay que pedir con dos días. Y la pota se pone blanda si la tripulación no la estiba bien, ¿ha revisado eso con su gente?"),
        c("¿Ahora mi gente tiene la culpa? Llevamos quince años estibando igual. El problema fue su hielo.", None),
        t("Entiendo su experiencia, pero nosotros cumplimos con despachar. Lo que pasa en el mar ya es responsabilidad de la embarcación. ¿Le tomo el pedido del jueves?"),
        c("¿Y el descuento de las diez marquetas que no llegaron? Eso yo no lo pago.", None),
        t("Eso lo ve administración. Pero si quiere para el jueves, tiene que pedirlo hoy antes de las doce, ¿ya?"),
        c("No, señorita. Ya me fallaron una vez, el jueves le compro a la otra fábrica.", "bad_experience"),
    ],
))

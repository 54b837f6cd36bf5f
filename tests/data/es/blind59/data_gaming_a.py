"""Gaming pairs, file a (hand-written by the esb59 writer). Kinds: monologue ... rude."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- a1 monologue
_o = c("Buenas, pase nomás. Mi administrador me dijo que usted vende aireadores. Tenemos problemas con el oxígeno de madrugada, aunque ya tengo unos aireadores viejitos en las piscinas.", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_aireadores",
    "proveedor de aireadores para camaroneras, Guayaquil",
    "monologue",
    "Un vendedor de aireadores visita en su oficina de Urdesa a la dueña de una camaronera pequeña del Golfo; le baja el oxígeno de madrugada en algunas piscinas.",
    [
        _o,
        t("Gracias por recibirme, señora Mariela. Antes de mostrarle nada, cuénteme: ¿en cuántas piscinas le está bajando el oxígeno y a qué hora lo están midiendo?"),
        c("Ehh, en tres de las ocho, las más grandes. El muchacho mide a las cuatro de la mañana y ya ha salido en dos, dos y pico. Y el mes pasado se nos murió camarón en la piscina cinco, chuta, fue feo.", None),
        t("Uf, con dos miligramos el camarón ya sufre. ¿Los aireadores de esas tres piscinas están funcionando todos o hay algunos parados?"),
        c("Funcionan, pero son de paleta, de hace como ocho años, y dos motores se recalientan. El técnico me dice que los cambie todos, pero ñaño, la plata no está para comprar todo nuevo ahorita, con lo que están pagando las empacadoras.", "no_money"),
        t("Le entiendo, con el precio como está no tiene sentido cambiar todo. Entonces lo urgente son las tres piscinas grandes, de madrugada, y dos motores que se recalientan. ¿Qué le parece si primero mandamos al técnico a medir oxígeno dos noches y a revisar esos motores? A lo mejor rebobinando los dos y poniendo un solo aireador nuevo en la piscina cinco ya le alcanza."),
        c("¿Y eso cuánto me va a salir? La revisión, digo.", None),
        t("La visita de medición no se la cobramos. Si al final pone un aireador, le paso la cotización por escrito y usted la compara con calma con su técnico."),
        c("Ya, pues, eso sí me sirve. Mándelo el jueves, que yo estoy en la camaronera.", None),
    ],
    [
        _o,
        t("Gracias por recibirme, señora Mariela. ¿Qué le parece si primero le cuento de nosotros? Porque para nosotros lo importante es la relación a largo plazo. Mire, somos distribuidores exclusivos del aireador de paleta de dos caballos con motor reforzado, tenemos más de doscientos clientes en Balao, en Naranjal, en el Golfo, el motor viene con tres años de garantía, consume un treinta por ciento menos, y además está el modelo de inyector, que eso es lo último, eso lo están poniendo todas las camaroneras grandes..."),
        c("Ya, pero lo mío es de madrugada, en tres pisc...", None),
        t("Exacto, justamente de madrugada es cuando más se nota la diferencia, por eso le digo. El paquete que le recomiendo son doce aireadores, cuatro por piscina, con tablero de control automático, así usted ni se levanta, el sistema prende solito. Financiamiento a doce meses, instalación incluida. ¿Cómo lo ve? ¿Qué le parece?"),
        c("¿Doce? Oiga, si yo ni le he dicho cuántos tengo.", None),
        t("No se preocupe, eso lo vemos en la instalación. Le cuento también que tenemos repuestos en bodega en Durán, o sea usted nunca se queda parada, y el servicio técnico es veinticuatro siete. Nuestro compromiso es su éxito, señora."),
        c("Es que la plata ahorita no da para doce aireadores, ni soñando.", "no_money"),
        t("Justamente por eso está el financiamiento, y las cuotas se pagan solas con lo que usted deja de perder en mortalidad. Además el inyector..."),
        c("Déjeme su tarjeta nomás, yo le llamo cualquier rato.", "brush_off"),
        t("Claro, aquí tiene la tarjeta y el catálogo. Ahí está todo: los modelos, las curvas de oxígeno, los testimonios, la garantía. Cualquier cosa me escribe al WhatsApp, estoy para servirle."),
    ],
))

# ---------------------------------------------------------------- a2 closing_as_open_question
_o = c("Buen día, che. Quería consultar nomás por un crédito para una moto, para trabajar de delivery.", None)
PAIRS.append(gpair(
    "esb59g_asuncion_credito_moto",
    "cooperativa de ahorro y crédito, Asunción",
    "closing_as_open_question",
    "Un socio joven se acerca a la ventanilla de créditos de una cooperativa en Asunción para preguntar por un préstamo para comprarse una moto de trabajo.",
    [
        _o,
        t("Buen día, con gusto. ¿Ya sos socio de la cooperativa o sería tu primera vez con nosotros?"),
        c("Sí, soy socio, mi mamá me hizo socio hace como dos años, pero nunca saqué nada. Tengo ahorrado un poco, unos dos millones y medio.", None),
        t("Perfecto. ¿Y la moto ya la tenés vista? ¿Cuánto sale más o menos y cuánto podrías pagar por mes sin que te apriete?"),
        c("Una de 150, nueva está como catorce millones. Por mes... no sé, hago unos cuatro millones con el delivery pero le paso a mi mamá también. Más de un millón ya me dolería.", None),
        t("Bien. Entonces: moto de catorce, tenés dos y medio para la entrega y más de un millón por mes no querés. Con eso te simulo a 24 y a 36 meses y ves cuál te queda cómodo. Te digo honestamente: en 36 la cuota baja, pero pagás más interés en total."),
        c("Ah, mirá. Ndaje... Le quiero comentar a mi mamá antes, porque ella va a ser mi codeudora.", "think_it_over"),
        t("Tranquilo, es lo correcto. Te imprimo las dos simulaciones y la lista de papeles, y si quieren vienen los dos el sábado de mañana y lo vemos juntos."),
        c("Dale, jaha. El sábado vengo con ella.", None),
    ],
    [
        _o,
        t("Buen día, con gusto. Contame, ¿qué te imaginás cuando ya tengas tu moto nueva trabajando?"),
        c("Y... trabajar más pues, hacer más pedidos. Tengo ahorrado un poco, unos dos millones y medio.", None),
        t("Qué bueno. ¿Y qué te haría falta para que firmemos hoy mismo la solicitud, así ya arrancás el lunes?"),
        c("¿Hoy? No, yo venía a consultar nomás, todavía ni sé cuánto me sale la cuota.", "brush_off"),
        t("Claro, la cuota la vemos. ¿Preferís pagar por débito automático o en ventanilla cada mes?"),
        c("Che, ya te dije que no sé todavía. ¿Cuánto es el interés?", None),
        t("Es competitivo, no te preocupes por eso. ¿Qué día te queda mejor para retirar la moto, el viernes o el sábado?"),
        c("Nde... Mirá, mi mamá es mi codeudora y sin ella yo no firmo nada. Voy a hablar con ella primero.", "think_it_over"),
        t("Entiendo perfectamente. ¿Y qué es lo que ella necesitaría escuchar para decirte que sí hoy? ¿La llamamos ahora mismo?"),
        c("No, no, gracias. Ya me voy nomás.", None),
    ],
))

# ---------------------------------------------------------------- a3 pitch_as_paraphrase
_o = c("Buenas tardes, vera, vengo a ver qué pasa con el internet, que en la casa no avanza y los guaguas tienen clases virtuales en la tarde.", None)
PAIRS.append(gpair(
    "esb59g_quito_fibra",
    "proveedor de internet por fibra, agencia en Quito (Carcelén)",
    "pitch_as_paraphrase",
    "Una madre llega a la agencia de su proveedor de internet en el norte de Quito porque a sus hijos se les cortan las clases en línea.",
    [
        _o,
        t("Buenas tardes, señora. Qué pena. A ver, ayúdeme con su número de cédula o de contrato para ver su plan. ¿Desde cuándo le pasa?"),
        c("Es uno siete uno dos... ya le doy. Desde unas dos semanas, más o menos. Cuando los dos guaguas se conectan a la vez se les congela la clase, y el chiquito llora, ya no sabe qué hacer.", None),
        t("Ya veo, tiene el plan de 50 megas. ¿Dónde tienen el router y dónde se sientan los chicos para las clases?"),
        c("El router está en la sala, abajo. Ellos estudian arriba, en el cuarto. Ahí sí llega feíto, la rayita apenas.", None),
        t("Entonces puede que el plan sí alcance y el problema sea la señal arriba: router abajo, los chicos en el cuarto, y justo cuando se conectan los dos. Antes de cambiarle nada, le propongo mandar un técnico a medir la señal en el cuarto. Si es eso, se arregla moviendo el router o con un repetidor, que sale mucho más barato que subir de plan."),
        c("Ah ya, ¿y cuándo vendrían? Porque yo trabajo hasta las cinco.", None),
        t("Le agendo para el sábado en la mañana, sin costo, porque es un problema del servicio. Un día antes le llega un mensaje con el nombre del técnico."),
        c("Ya, bueno, gracias, joven. El sábado sí estoy.", None),
    ],
    [
        _o,
        t("Buenas tardes, señora. Cuénteme, ¿cómo es la experiencia de internet en su hogar?"),
        c("Mala, pues, por eso vengo. Cuando los dos guaguas se conectan a la vez se les congela la clase. Desde unas dos semanas.", None),
        t("Entonces, si le entiendo bien, lo que usted necesita es nuestro plan Familia Plus de 300 megas con dos routers mesh, a 45 dólares al mes, ¿correcto?"),
        c("No sé, yo no he dicho eso. Yo pago 25 ahorita y ya me parece caro para cómo funciona.", "too_expensive"),
        t("Claro, lo que escucho es que usted quiere una solución definitiva para que sus hijos tengan éxito en sus clases, o sea el plan de 300 megas, ¿verdad?"),
        c("Lo que quiero es que funcione lo que ya pago, señor. ¿No pueden mandar a alguien a ver?", "no_need"),
        t("Perfecto, le resumo para confirmar: usted busca más velocidad, más cobertura y tranquilidad, y eso es exactamente el Familia Plus. ¿Le parece si le hago el cambio de plan ahorita y el técnico le lleva los routers nuevos?"),
        c("Chuta, no me está escuchando. Déjelo así, mejor pongo el reclamo por la página.", None),
    ],
))

# ---------------------------------------------------------------- a4 upsell_as_loop_closing
_o = c("Buenas, che, tenés cable tipo C para Samsung? El mío ya no carga bien.", None)
PAIRS.append(gpair(
    "esb59g_cde_cable_cargador",
    "tienda de celulares y accesorios, Ciudad del Este",
    "upsell_as_loop_closing",
    "Un repartidor en moto entra a una tienda de accesorios de una galería del microcentro de Ciudad del Este a comprar un cable de carga.",
    [
        _o,
        t("Buenas. Sí, tenemos. ¿Es el cable nomás lo que falla o también el cargador, el cubito? ¿Probaste con otro cable?"),
        c("Probé con el de mi hermano y con ese carga bien. Así que es el cable, creo. Se me dobló en la moto.", None),
        t("Entonces es el cable, sí. Tengo el original a 60 mil y uno genérico reforzado a 25 mil. Si lo vas a llevar en la moto, el reforzado aguanta más los dobleces."),
        c("Y el original es mejor igual, ¿no?", None),
        t("Con tu cubito carga igual de rápido. La diferencia es la garantía: el original tiene seis meses, el genérico tres. Para el uso que le das, yo llevaría el reforzado."),
        c("Dale, dame el reforzado. ¿Se puede probar acá?", None),
        t("Sí, probalo con tu teléfono antes de irte. ¿Carga? Listo, guardá la boleta por la garantía."),
        c("Carga, sí. Aguyje, che.", None),
    ],
    [
        _o,
        t("Buenas. Sí, tenemos el original a 60 mil. ¿Algo más que pueda sumarte para completar tu experiencia?"),
        c("No, el cable nomás. Se me dobló en la moto.", "no_need"),
        t("Perfecto. Para cerrar bien tu consulta, ¿qué más te agrego? Tenemos cubito de carga rápida a 90 mil, que con el cable nuevo anda re bien."),
        c("No, el cubito anda bien, probé con el cable de mi hermano y carga normal.", "no_need"),
        t("Genial, anotado. ¿Y qué otra cosa necesitás para quedar cien por ciento satisfecho? Un vidrio templado, una funda antigolpe, un powerbank para la moto... ¿qué te sumo?"),
        c("Mba'e... che, vine por un cable y me querés vender media tienda. Y ya está caro luego tu cable de 60.", "too_expensive"),
        t("Te entiendo. Entonces, para cerrar el ciclo, ¿te llevás el cable con la funda en combo a 120 mil y listo?"),
        c("No, gracias. Dejá nomás, ya me arreglo en otro lado.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a5 leading_tag_questions
_o = c("Buenos días, señorita. Vea, necesito una bomba de agua para subir al tanque de la terraza, que la de ahora ya está haciendo un ruido fierísimo.", None)
PAIRS.append(gpair(
    "esb59g_cuenca_bomba_agua",
    "ferretería de barrio, Cuenca (Totoracocha)",
    "leading_tag_questions",
    "Un jubilado cuencano entra a la ferretería del barrio a comprar una bomba para subir agua al tanque de su casa de dos pisos.",
    [
        _o,
        t("Buenos días, don. ¿Cuántos pisos tiene que subir el agua y más o menos cuántas personas viven en la casa?"),
        c("Dos pisos y la terraza, o sea como nueve metros. Somos cuatro, ahora que se fue la guagua a estudiar a Quito.", None),
        t("Ya. ¿Y la bomba que tiene, de cuánto es? ¿Le ha durado?"),
        c("De medio caballo, me duró como diez años, no me quejo. Pero ahora suena y se calienta.", None),
        t("Con diez años bien le dio. Para nueve metros y cuatro personas, otra de medio caballo le sirve; una de uno sería gastar luz de gana. Tengo una nacional a 95 dólares con un año de garantía y una importada a 140 con dos años."),
        c("Ayayay, 140... Con la de 95 estaría bien, ¿no? Es que la plata está justita este mes.", None),
        t("Está bien, la de 95 le cumple. Eso sí, revise que el flotador del tanque funcione, porque si no la bomba trabaja en seco y se quema. Si quiere, el maestro que trabaja con nosotros se la instala por 20."),
        c("No, eso lo hago yo con mi hijo, gracias. Deme la de 95 nomás.", "no_need"),
    ],
    [
        _o,
        t("Buenos días, don. Usted va a querer una bomba que le dure, ¿no es cierto?"),
        c("Claro, pues, ¿quién no? La de ahora me duró como diez años.", None),
        t("Entonces lo lógico es la de un caballo importada, que es la que más dura, ¿verdad que sí?"),
        c("¿Un caballo? La que tengo es de medio y me subía bien el agua. Son nueve metros nomás.", "no_need"),
        t("Sí, pero con un caballo usted ya no se preocupa nunca más, y para su familia eso es lo más importante, ¿no le parece?"),
        c("Ya, ¿y cuánto es eso?", None),
        t("Doscientos diez con el tablero. No va a arriesgarse con una bomba barata que se quema al año, ¿cierto?"),
        c("Ayayay, doscientos diez. No, señorita, es demasiado para subir agua a un tanque.", "too_expensive"),
        t("Pero usted mismo me dijo que quiere algo que le dure, ¿no es así? Y seguro su esposa también prefiere lo mejor, ¿no?"),
        c("Mi esposa me va a decir que estoy loco si llego con eso. Déjeme ver en otra ferretería, más bien.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- a6 putdown_question
_o = c("Buenas, mire, yo me hice los exámenes de sangre el lunes aquí mismo, me dijeron que hoy estaban, y ahora en el laboratorio me dicen que no aparecen. Vine desde la Florida en dos buses, ñaño.", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_clinica_examenes",
    "clínica privada con laboratorio, Guayaquil (norte)",
    "putdown_question",
    "Una comerciante del mercado va a retirar sus resultados de laboratorio a una clínica del norte de Guayaquil y le dicen que no están; al día siguiente tiene cita con el especialista.",
    [
        _o,
        t("Buenos días, qué pena que le haya pasado eso, y más viniendo de tan lejos. Deme su número de cédula y el nombre del médico que le pidió los exámenes, por favor."),
        c("Cero nueve uno cinco... aquí está la cédula. El doctor Macías, el endocrinólogo. Tengo cita con él mañana a las diez y sin los resultados no me atiende.", None),
        t("Ya lo veo: la muestra está registrada, pero el perfil tiroideo se manda a un laboratorio externo y todavía no regresa. Los demás sí están. ¿Le sirve si le imprimo lo que hay y llamo ahora mismo al laboratorio externo para saber la hora exacta?"),
        c("Ya, pues, llame. Pero yo no puedo estar viniendo otra vez, trabajo en el mercado y cada día que falto pierdo.", None),
        t("Me dicen que sale hoy a las cuatro. Para que no tenga que volver, se lo envío al WhatsApp y además lo subo directo al sistema del doctor Macías para su cita de mañana. ¿Qué número le pongo?"),
        c("Al WhatsApp, el cero nueve nueve... ¿Y si no llega a las cuatro, qué hago?", None),
        t("Le dejo mi extensión y mi nombre, Karina. Si a las cinco no tiene nada, me llama y yo misma hablo con el doctor para que la atienda igual con los resultados que ya están."),
        c("Ya, Karina, gracias. Eso es lo que quería, que alguien me diera razón.", None),
    ],
    [
        _o,
        t("Buenos días. Tranquila, señora, no hay por qué alterarse. ¿Qué es exactamente lo que pasó?"),
        c("¿Cómo que no hay por qué alterarse? Me hice los exámenes el lunes, me dijeron que hoy estaban y no aparecen.", None),
        t("Ya. ¿Y usted sí se fijó bien en la fecha del comprobante, o capaz leyó mal?"),
        c("El comprobante dice miércoles, aquí está, vea. Yo sí sé leer, joven.", None),
        t("Ok, entiendo su sentir. ¿Pero no cree que está exagerando un poquito por un resultado que sale unas horas tarde? Para nosotros lo importante es su experiencia en la clínica."),
        c("¿Exagerando? Tengo cita mañana con el endocrinólogo y sin eso no me atiende. Vine desde la Florida en dos buses.", None),
        t("¿Y no había pensado en pedir la entrega de resultados a domicilio? Son cinco dólares nomás y así se evita estos malos ratos."),
        c("¿Cinco dólares más por algo que ustedes se demoraron? Ni loca, ya pagué suficiente.", "too_expensive"),
        t("Bueno, si no quiere... ¿Le puedo ayudar en algo más? ¿Cómo calificaría hoy su satisfacción con nosotros?"),
        c("Páseme con la jefa del laboratorio, por favor. Con usted ya no quiero hablar.", None),
    ],
))

# ---------------------------------------------------------------- a7 not_my_department_or_read_the_terms
_o = c("Buenas noches. Vengo de Pedro Juan en el coche de ustedes y mi valija llegó con la rueda rota y mojada adentro, che. Tengo la ropa de mi nene ahí.", None)
PAIRS.append(gpair(
    "esb59g_asuncion_omnibus_valija",
    "empresa de ómnibus de larga distancia, Terminal de Asunción",
    "not_my_department_or_read_the_terms",
    "Una pasajera que llega de Pedro Juan Caballero a la Terminal de Ómnibus de Asunción reclama en la boletería por su valija rota y mojada.",
    [
        _o,
        t("Buenas noches, señora. Uy, qué macana. ¿Me muestra el ticket de equipaje y la valija, por favor?"),
        c("Acá está. Mirá la rueda, partida. Y adentro está todo húmedo, parece que entró agua en la bodega.", None),
        t("Sí, se ve. Voy a hacer el acta de reclamo ahora, con foto de la valija y del ticket. ¿Se arruinó algo aparte de la ropa? ¿Algún aparato, documentos?"),
        c("No, ropa nomás, y unos papeles de la escuela del nene que se mojaron un poco. Lo que me importa es la valija, que era nueva, me costó 250 mil.", None),
        t("Le anoto todo. La empresa repone el equipaje dañado con la factura o con un valor según el acta; eso lo resuelve la gerencia en cinco días hábiles. Yo mismo le llamo el viernes para decirle qué decidieron. ¿A qué número?"),
        c("Al cero nueve ocho uno... Che, ¿y si no me llaman? Porque con otra empresa ya me pasó y me dejaron colgada.", "bad_experience"),
        t("Le entiendo. Le doy una copia del acta con el número de reclamo y mi nombre, Derlis. Si el viernes no le llamé, con ese número viene a esta ventanilla y lo buscamos al toque."),
        c("Bueno, dale. Guardo esto entonces. Gracias, Derlis.", None),
    ],
    [
        _o,
        t("Buenas noches. Entiendo perfectamente su frustración. Lamentablemente eso no es mi departamento, yo vendo pasajes nomás. ¿En qué más le puedo ayudar?"),
        c("¿Y quién me atiende entonces? Son las once de la noche, che.", None),
        t("Equipajes abre mañana a las siete. Igual le comento que en el reverso del pasaje dice que la empresa no se responsabiliza por daños al equipaje. ¿Usted leyó las condiciones cuando compró?"),
        c("¿Quién lee eso? La valija era nueva, me costó 250 mil, y llegó con la rueda partida y mojada.", None),
        t("Claro, escucho que para usted su valija es importante. Pero yo no hice las reglas, señora. Lo que puedo hacer es pasarle el número de atención al cliente, ahí la van a orientar en su necesidad."),
        c("Ya llamé a ese número en otro reclamo y nunca atendió nadie. Es una vergüenza.", "bad_experience"),
        t("Lamento que su experiencia no haya sido la mejor. De verdad no depende de mí, son políticas de la empresa. ¿Alguna otra consulta sobre pasajes?"),
        c("No. Mañana vengo con mi marido y que me atienda el encargado. Y nunca más viajo con ustedes.", None),
    ],
))

# ---------------------------------------------------------------- a8 social_proof_or_deadline_pressure
_o = c("Buenas, ingeniero. Sí, le escribí porque la cartonera que nos vende ahora nos está fallando con las entregas, y los sábados de corte no podemos estar esperando.", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_cajas_banano",
    "cartonera (cajas para banano de exportación), oficina en Guayaquil",
    "social_proof_or_deadline_pressure",
    "Un productor bananero de El Guabo, que vende su fruta a una exportadora, se reúne en Guayaquil con el vendedor de una cartonera porque su proveedor actual le entrega tarde.",
    [
        _o,
        t("Buenas, don Vicente. Gracias por escribirnos. ¿Cuántas cajas está sacando por semana y qué tipo de caja le pide su exportadora?"),
        c("Unas mil doscientas cajas semanales, caja 22XU, con el logo de la exportadora. Somos finca chica, 60 hectáreas en El Guabo.", None),
        t("¿Y qué es lo que le falla exactamente con el proveedor de ahora: el plazo, la calidad del cartón?"),
        c("El plazo. Dos veces este mes la caja llegó el sábado a las diez, con la fruta ya cortada. Casi se me pierde un contenedor. El precio sí está bien, 1,10 la caja.", None),
        t("Entiendo, con la fruta cortada no se puede esperar. Nosotros podemos entregar el jueves para el corte del sábado, así tiene un día de colchón. Mi precio con su logo sería 1,14; sé que es un poco más de lo que paga."),
        c("Cuatro centavos por caja son como 50 dólares a la semana, ñaño. Eso sí me pesa.", "too_expensive"),
        t("Es justo que lo mire. ¿Qué le parece si hacemos una prueba con un solo pedido de mil doscientas para el corte de la próxima semana, y usted compara cómo le llega? Si no le convence, sigue con su proveedor y no pasa nada."),
        c("Ya, una prueba sí. Mándeme la cotización por escrito y una muestra del cartón con el logo.", None),
    ],
    [
        _o,
        t("Buenas, don Vicente. Cuénteme, ¿cómo ha sido su experiencia con su cartonera actual?"),
        c("Mala con las entregas. Dos veces este mes la caja llegó el sábado a las diez, con la fruta ya cortada.", None),
        t("Le entiendo perfectamente. Mire, todas las fincas de El Guabo y de Pasaje ya se cambiaron con nosotros, prácticamente usted es el último de la zona. ¿Qué le parece?"),
        c("¿Todas? Mi vecino Ordóñez sigue con la misma cartonera que yo, que yo sepa.", None),
        t("Puede ser, pero los grandes sí, los que exportan en serio. Y le cuento que el precio de 1,14 se lo sostengo solo hasta el viernes, porque el lunes sube el papel kraft y ya no puedo hacer nada."),
        c("Ajá. Pero yo no decido así a la carrera, ñaño, tengo que hablar con mi hermano, que es socio.", "think_it_over"),
        t("Claro, la relación con su socio es importante. Pero piense que si el viernes no firma, el cupo anual se lo doy a otra finca que está esperando. ¿Qué necesita para decidir hoy?"),
        c("Si me pone así, mejor no. Yo pago 1,10 ahora y mi cartonera por lo menos no me apura.", "too_expensive"),
        t("Le entiendo. Solo le digo que después no se lamente cuando sus vecinos tengan la caja a tiempo y usted no. ¿Le reservo el cupo hasta el viernes?"),
        c("No me reserve nada. Gracias, ingeniero.", "no_need"),
    ],
))

# ---------------------------------------------------------------- a9 keyword_stuffed
_o = c("hola buenas tardes, vi su publicidad del sistema de caja. tengo una lomiteria en san lorenzo, cuanto sale?", None)
PAIRS.append(gpair(
    "esb59g_asuncion_caja_lomiteria",
    "software de caja y pedidos para gastronomía, Gran Asunción (San Lorenzo)",
    "keyword_stuffed",
    "Por WhatsApp, la dueña de una lomitería de San Lorenzo pregunta por un sistema de caja después de ver un anuncio; de noche se le mezclan los pedidos de las apps de delivery.",
    [
        _o,
        t("Hola, buenas tardes! Gracias por escribir. Te paso el precio enseguida, antes decime: cuantas cajas o puntos de cobro tenes y si trabajas con delivery por apps?"),
        c("una sola caja. delivery si, por monchis y pedidosya y tb por whatsapp directo. el tema es q a la noche se me arma un lio con los pedidos y no se cuanto vendi x cada lado", None),
        t("Entiendo, el lio es juntar los pedidos de las apps y de whatsapp y saber al cierre cuanto vendiste por cada canal. El sistema basico hace eso: cargas cada pedido con su origen y al cerrar te da el total por canal. Sale 180 mil por mes, sin contrato."),
        c("180 por mes... mi cuñado usa una planilla de excel nomas y le va bien jaja", "too_expensive"),
        t("Jaja si, con excel se puede si tenes quien cargue todo. La diferencia es que en la hora pico el sistema lo hace al cobrar, no despues. Si queres, proba 15 dias gratis y ves si te saca el lio del cierre o no."),
        c("dale, pero yo no tengo tiempo de aprender cosas complicadas eh, estoy sola con mi hija a la noche", "no_time"),
        t("Tranqui, la instalacion la hago yo en tu local y te enseño en media hora, un martes a la tarde antes de que abras. Te queda bien?"),
        c("el martes a las 4 si. pasame igual la ubicacion de tu oficina por las dudas", None),
    ],
    [
        _o,
        t("Hola, buenas tardes! Gracias por escribir. Para nosotros lo mas importante es entender tus necesidades y construir una relacion de confianza. Contame, como te sentis con la experiencia de tu negocio hoy?"),
        c("y bien, cansada jaja. cuanto sale el sistema?", None),
        t("Entiendo como te sentis. Nuestro sistema esta pensado para acompañar el exito de emprendedoras como vos, con foco en la experiencia del cliente y en tus necesidades reales. Lo que te ofrecemos es una relacion a largo plazo."),
        c("si pero cuanto sale? y sirve para los pedidos de monchis y pedidosya?", None),
        t("Excelente pregunta! Te escucho y valoro mucho tu inquietud. Nuestra solucion integral se adapta a cada necesidad para que tengas una experiencia de exito. Sentis que eso resuena con lo que buscas?"),
        c("no entendi nada che. sirve o no sirve para las apps", None),
        t("Comprendo totalmente tu sentir. Lo importante es que juntos entendamos tus necesidades y co-creemos una experiencia exitosa. Te puedo agendar una reunion de descubrimiento de necesidades de 45 minutos?"),
        c("45 minutos? no tengo tiempo para eso, tengo el local abierto de 6 a 12 de la noche", "no_time"),
        t("Perfecto, entiendo tu necesidad de tiempo. Te mando un brochure con nuestra propuesta de valor y seguimos construyendo esta relacion"),
        c("ok mandame nomas", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a10 rude
_o = c("Buenas tardes, ¿cuánto me cobra por cambiar la pantalla? Se me cayó en el Trole y se rompió toda.", None)
PAIRS.append(gpair(
    "esb59g_quito_pantalla_celular",
    "local de reparación de celulares, Quito (centro)",
    "rude",
    "Un taxista lleva su celular con la pantalla rota a un local de reparaciones del centro de Quito; trabaja con el teléfono y lo necesita pronto.",
    [
        _o,
        t("Buenas tardes. A ver, préstemelo. ¿Prende todavía? ¿Funciona el táctil o no responde?"),
        c("Prende, sí, pero abajo no responde, no puedo contestar las llamadas. Es un Xiaomi, lo compré hace un año.", None),
        t("Ya veo, es el Redmi Note. La pantalla original está en 75 dólares y una alternativa en 45. La alternativa se ve un poco menos brillante y gasta un poquito más de batería; la original queda como nueva. Las dos con tres meses de garantía."),
        c("Chuta, 75... es casi la mitad de lo que me costó el celular. ¿No es mejor comprarme otro?", "too_expensive"),
        t("Es una pregunta válida. Uno nuevo parecido le sale unos 180. Si el resto del teléfono anda bien, con la de 45 le sale a cuenta. ¿Lo usa mucho para fotos o videos, o más para llamadas y WhatsApp?"),
        c("Llamadas y WhatsApp nomás, para el trabajo. Y lo necesito para mañana, porque sin celular no me llaman para las carreras.", None),
        t("Entonces la de 45 le va bien. Si me lo deja ahora, se lo tengo mañana a las once. Le hago una nota con lo que se cambia y le pruebo el táctil delante de usted cuando lo recoja."),
        c("Ya, de ley. Mañana a las once estoy aquí.", None),
    ],
    [
        _o,
        t("¿Qué le pasó, se le cayó? Ajá, como a todos. A ver, deme."),
        c("Sí, en el Trole, con un frenazo. Prende, pero abajo no responde.", None),
        t("Obvio que no responde, si está hecho pedazos. Pantalla 75, y no le rebajo. ¿Alguna otra necesidad?"),
        c("¿75? Es casi la mitad de lo que me costó. ¿No hay algo más barato?", "too_expensive"),
        t("Hay una genérica, pero si usted quiere calidad, pague. Si no, vaya a la Ipiales, que allá le ponen cualquier cosa, y después viene llorando aquí."),
        c("Oiga, tranquilo. Solo le pregunté. Lo necesito para mañana porque trabajo con el celular.", None),
        t("Mañana, mañana... todos quieren para mañana. Tengo quince equipos antes que el suyo. Le entrego el lunes, si quiere. ¿Cómo calificaría mi atención del uno al diez?"),
        c("Cero, ñaño. Mejor me voy a otro lado.", None),
    ],
))

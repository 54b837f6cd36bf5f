"""Gaming pairs, file A (hand-written for es_blind52, prefix esb52)."""
from common import c, gpair, t

PAIRS = []

# --- a1: monologue -----------------------------------------------------------
_open = c("Buenas, le llamo de la cofradía de Cambados. Vimos lo de su programa para las etiquetas de la almeja "
          "y queríamos preguntar un par de cosas, porque ahora lo hacemos todo a mano en la lonja y es un lío.", None)
PAIRS.append(gpair(
    "esb52g_cambados_cofradia_etiquetas",
    "software de trazabilidad para cofradía de pescadores y mariscadoras (Cambados)",
    "monologue",
    "La administrativa de una cofradía llama a un proveedor de software porque las etiquetas de trazabilidad del "
    "marisco se hacen a mano y hubo una devolución por zona mal puesta.",
    [
        _open,
        t("Buenas, gracias por llamar. Claro, pregunte lo que quiera. Antes, para no contarle cosas que no le sirven: "
          "¿cómo lo hacen ahora, desde que llegan las mariscadoras hasta que sale la etiqueta?"),
        c("Pues mire, llegan con los sacos, se pesa en la báscula, la chica apunta en una libreta el lote y la zona, y "
          "por la tarde pasamos todo al ordenador en un Excel. Y las etiquetas las imprimimos con una plantilla que hizo "
          "un sobrino del secretario, que ya ni sabemos cómo va.", None),
        t("Vale, o sea que el dato se escribe dos veces, en la libreta y luego en el Excel, y las etiquetas dependen de "
          "una plantilla que nadie controla. ¿Dónde se les cuelan los errores, en el peso, en la zona...?"),
        c("En la zona, sobre todo. Cuando hay marea grande y vienen ochenta mujeres a la vez, alguna etiqueta sale con "
          "la zona que no es, y el mes pasado nos devolvieron una partida en Mercavigo por eso. Eso dolió.", None),
        t("Entiendo, una devolución por la zona es justo lo que se evita imprimiendo en la propia báscula: la "
          "mariscadora pasa su tarjeta, la zona sale del permiso del día y la etiqueta se hace allí, sin libreta. "
          "¿Quién lo usaría en el día a día?"),
        c("La chica de la báscula y yo, que soy la administrativa. Y el patrón mayor lo querrá ver, claro. Pero le digo "
          "ya que el año pasado nos vendieron unas básculas conectadas que no funcionaron nunca, y la junta quedó "
          "escaldada.", "bad_experience"),
        t("Normal que estén escaldados. Por eso no les pediría firmar nada a ciegas: lo instalamos en un solo puesto de "
          "báscula durante una marea, con nuestro técnico allí, y comparan las etiquetas con las de la libreta. Si no "
          "mejora, se recoge y no pagan nada. ¿Le sirve para presentarlo así a la junta?"),
        c("Así sí se lo puedo llevar. La junta es el jueves. Mándeme eso por escrito, lo de la prueba en un puesto, y le "
          "llamo el viernes.", None),
        t("Perfecto. Se lo mando hoy con la prueba y con el precio si luego se quedan con él, para que la junta lo vea "
          "todo junto. Hablamos el viernes."),
    ],
    [
        _open,
        t("¡Buenas! Qué bien que llame, de verdad. Mire, le cuento, porque esto le va a encantar: nuestro TrazaMar es "
          "lo más completo del mercado, básculas conectadas, impresora térmica, app para el móvil, panel para la junta, "
          "informes automáticos para la Xunta, y estamos integrados con las principales lonjas. Más de cuarenta "
          "cofradías trabajan ya con nosotros y la experiencia es espectacular. ¿Qué tal le suena?"),
        c("Bueno, suena a mucho. Nosotros lo que tenemos es un problema con las etiquetas, que...", None),
        t("¡Exacto, las etiquetas! Las etiquetas son clave. Con TrazaMar la etiqueta sale sola, con código QR, logotipo "
          "de la cofradía, en gallego y castellano, y si quieren en inglés para exportar. Y el panel de la junta les da "
          "en tiempo real kilos por mariscadora, por zona, por especie, comparativas con el año anterior... Y lo mejor, "
          "el módulo de facturación, que se lo integramos con la gestoría. ¿Ve por dónde voy?"),
        c("Ver, veo. Pero lo nuestro es con la zona, cuando viene mucha gente a la vez...", None),
        t("Claro, claro, la zona, todo eso lo lleva. Y escuche esto, que es lo que más gusta: el módulo de "
          "mariscadoras. Cada una tiene su app, ve lo que lleva ganado en la campaña, recibe avisos de mareas, de "
          "cierres sanitarios... En Vilanova lo tienen desde marzo y están encantadas. Y la formación va incluida, dos "
          "jornadas presenciales. ¿Qué más le puedo contar?"),
        c("Nada, nada, déjelo. Mándeme un folleto al correo de la cofradía y ya lo miraremos.", "brush_off"),
        t("¡Se lo mando ahora mismo! Le pongo también el vídeo de demostración y la tarifa del pack completo, que es el "
          "que le recomiendo. ¿La llamo el lunes para cerrar la instalación?"),
        c("Ya le llamaremos nosotros, si eso. Adiós.", "brush_off"),
    ],
))

# --- a2: closing_as_open_question ----------------------------------------------
_open = c("Buenos días. Soy de Casa Outeiro, en Lalín, tenemos sesenta vacas en ordeño. El técnico que nos llevaba la "
          "máquina se jubila en diciembre y me dijo un vecino que ustedes hacen mantenimiento.", None)
PAIRS.append(gpair(
    "esb52g_lalin_granja_ordeno",
    "mantenimiento de salas de ordeño y tanques de frío (Lalín)",
    "closing_as_open_question",
    "Un ganadero de leche busca quien le haga el mantenimiento de la sala de ordeño porque su técnico de siempre se "
    "jubila; le preocupa una avería de domingo como la del verano.",
    [
        _open,
        t("Buenos días. Sí, hacemos revisiones de ordeño y de tanque. Cuénteme cómo es la instalación: ¿sala, qué "
          "marca, de qué año?"),
        c("Una sala en espina, doce puntos, DeLaval, del 2009. El tanque es de seis mil litros, más nuevo. Funciona, "
          "¿eh? Pero cada vez pide más cosas.", None),
        t("Una sala del 2009 que va tirando pero pide cada vez más. ¿Qué le dio guerra este último año?"),
        c("Los pulsadores, sobre todo. Y en agosto se paró la bomba de vacío un domingo a las siete de la mañana y "
          "estuve hasta las diez llamando a gente, con las vacas berrando. Eso no quiero que vuelva a pasar.", None),
        t("Un domingo sin vacío con las vacas esperando es lo peor que le puede pasar. Entonces lo que le importa no es "
          "tanto la revisión como tener a alguien que coja el teléfono un domingo. Nosotros tenemos guardia de fin de "
          "semana desde Silleda, a cuarenta minutos. El contrato con guardia son 95 euros al mes, con las dos "
          "revisiones anuales incluidas."),
        c("Noventa y cinco al mes... con lo que están pagando la leche, no sé. El otro me cobraba las revisiones "
          "sueltas y ya.", "too_expensive"),
        t("Es razonable dudarlo. ¿Cuánto le venía costando al año con él, sumando revisiones y salidas por avería?"),
        c("Las dos revisiones, unos cuatrocientos, y averías... este año fueron más, igual ochocientos o mil entre "
          "todo.", None),
        t("Entonces andamos cerca de lo que paga ahora, y la diferencia es la guardia del domingo. También hay una "
          "modalidad solo de revisiones, a 40 al mes, y las salidas se pagan aparte. No tiene que decidirlo hoy: le paso "
          "las dos por escrito y lo habla en casa."),
        c("Sí, mándamelo, que lo quiero ver con mi hijo, que es el que va a quedar con la granja.", "think_it_over"),
    ],
    [
        _open,
        t("Buenos días, ¡qué bien que nos llame! Cuénteme, ¿qué haría falta para que hoy mismo dejemos firmado su "
          "contrato de mantenimiento premium?"),
        c("Hombre, hoy mismo... primero querría saber qué hacen y cuánto cuesta, ¿no?", None),
        t("Por supuesto. Hacemos mantenimiento integral con guardia 24 horas. Y dígame, ¿cómo prefiere pagarlo, "
          "domiciliado mensual o un pago anual con descuento?"),
        c("Todavía no le dije que lo quiero. Tengo una sala DeLaval del 2009, y lo que me preocupa es que un domingo se "
          "pare la bomba, como me pasó en agosto.", None),
        t("Lo entiendo perfectamente, eso es justo lo que cubre el premium. Entonces, ¿qué día le viene mejor que pase "
          "el técnico a dejar instalado el contrato, el martes o el jueves?"),
        c("Oiga, ¿y el precio? Que no me lo dijo.", None),
        t("Son 140 euros al mes, todo incluido. Y pregúntese: ¿qué le parecería dormir tranquilo desde esta misma "
          "semana? ¿Qué le impide decir que sí ahora?"),
        c("Me lo impide que es un dineral, ho. Ciento cuarenta al mes, con lo que nos pagan la leche, no lo puedo "
          "meter.", "no_money"),
        t("Claro, claro. ¿Y qué tendría que pasar para que lo pudiera meter? ¿Con quién tendría que hablar para que lo "
          "firmemos esta semana?"),
        c("Con nadie, que ya está. Llamo a otro. Buenos días.", None),
    ],
))

# --- a3: pitch_as_paraphrase ---------------------------------------------------
_open = c("Hola, buenas. Tengo una casa de aldea en Posada de Llanes, cuatro habitaciones, y me dijeron que ustedes "
          "hacen páginas web. La que tengo la hizo mi cuñado hace diez años y ya da un poco de pena.", None)
PAIRS.append(gpair(
    "esb52g_llanes_casa_aldea_web",
    "diseño web para alojamientos de turismo rural (Llanes)",
    "pitch_as_paraphrase",
    "La dueña de una casa de aldea, que además lleva vacas, quiere una web que se vea en el móvil porque la gente no "
    "encuentra los precios y la llama cuando está en el prado.",
    [
        _open,
        t("Hola, buenas. Sí, hacemos webs para alojamientos rurales. ¿Qué es lo que más le molesta de la que tiene "
          "ahora?"),
        c("Pues que en el móvil no se ve, se descuadra todo, y la gente me llama para preguntar precios porque no los "
          "encuentra. Y yo igual estoy en el prado con las vacas y no lo cojo.", None),
        t("O sea, que no encuentran los precios en el móvil, le llaman, y si está con las vacas se pierde la reserva. "
          "¿Cómo le entran las reservas ahora, por teléfono o también por Booking y esas?"),
        c("Booking sí, desde hace tres años. Me va bien, pero me come una comisión de la leche, el quince por ciento. "
          "Me gustaría que más gente reservara directo.", None),
        t("Entonces busca una web que se vea bien en el móvil, con los precios a la vista y que puedan reservar "
          "directo sin llamarla, para depender menos de Booking. ¿Lo entendí bien?"),
        c("Eso es. Pero no quiero complicarme, que yo de ordenadores poco, ¿eh? Y tampoco tengo mucho para gastar, "
          "esto es un complemento de la casería.", "no_money"),
        t("Entendido. Hay dos formas: una web sencilla con precios y un botón de WhatsApp, 450 euros una vez; o la "
          "misma con calendario de reservas y pago, 750 y 15 al mes. Con dos o tres reservas al año que le quite a "
          "Booking, la segunda se paga. Pero si lo que quiere es no complicarse, la primera ya le arregla lo del móvil."),
        c("La de WhatsApp me gusta más, la verdad. Lo del calendario me da miedo andar actualizándolo.", None),
        t("Pues empezamos por esa. Le paso una casa de Ribadesella que la tiene así, para que la vea en su móvil, y si "
          "le cuadra quedamos una tarde para hacer las fotos."),
    ],
    [
        _open,
        t("Hola, ¡encantado! Cuénteme, ¿qué necesita?"),
        c("Pues que la web no se ve en el móvil y la gente me llama para preguntar precios, y yo igual estoy con las "
          "vacas.", None),
        t("Vale, entonces lo que usted necesita es nuestro Pack Rural Pro, con web, motor de reservas, conexión con "
          "Booking y Airbnb y mantenimiento, por 69 euros al mes, ¿es así?"),
        c("Hombre, no sé, yo no dije eso. Yo quería que se viera bien en el móvil y ya.", "no_need"),
        t("Claro, lo que estoy oyendo es que quiere que se vea bien en el móvil, y eso es justo lo que hace el Pro, "
          "porque además se sincroniza con todos los portales. ¿Entiendo bien que le interesa tenerlo todo "
          "sincronizado?"),
        c("Que no, que a mí con Booking me llega. Y sesenta y nueve al mes es mucho para cuatro habitaciones.",
          "too_expensive"),
        t("Le entiendo. Entonces, si resumo bien, lo que busca es no pagar comisiones y tener más reservas directas, o "
          "sea, el Pro con el módulo de marketing de 20 euros más, que es el que da visibilidad. ¿Correcto?"),
        c("No, mire, eso lo está diciendo usted. Ya me lo pensaré.", "brush_off"),
        t("Perfecto, entonces lo que me dice es que le mando el contrato del Pro para que lo firme con calma, "
          "¿verdad?"),
        c("Tampoco le dije eso. Adiós, buenas.", None),
    ],
))

# --- a4: upsell_as_loop_closing ------------------------------------------------
_open = c("Buenas. Quería un aparato de esos de tomar la tensión, para mi padre, que en el centro de salud le salió "
          "alta y el médico quiere que se la tome en casa una semana.", None)
PAIRS.append(gpair(
    "esb52g_lugo_farmacia_tensiometro",
    "farmacia de barrio (Lugo)",
    "upsell_as_loop_closing",
    "Una hija compra un tensiómetro para su padre de 81 años, que vive solo en una aldea y tiene que controlarse la "
    "tensión una semana por indicación del médico.",
    [
        _open,
        t("Buenas. Sí, claro. ¿Su padre se la va a tomar él solo o le ayuda alguien?"),
        c("Él solo, que vive en la aldea, en Castroverde, y yo subo los fines de semana. Tiene ochenta y un años pero "
          "está muy espabilado. Eso sí, de la vista anda regular.", None),
        t("Entonces le conviene uno de brazo, que son más fiables que los de muñeca, con pantalla grande y un solo "
          "botón. Este tiene los números así de grandes y guarda las tomas, así usted las ve el fin de semana. ¿Es "
          "fuerte de brazo o más bien delgado?"),
        c("Delgadito, normal. ¿Y cuánto vale este?", None),
        t("Cuarenta y dos euros. Hay otro de veintinueve que mide bien también, pero la pantalla es pequeña y no guarda "
          "las tomas, tendría que apuntarlas él."),
        c("Uf, apuntarlas no lo va a hacer, lo conozco. Me llevo el de cuarenta y dos.", None),
        t("Bien. Le explico cómo tomarla: sentado, cinco minutos tranquilo antes, el brazo apoyado a la altura del "
          "corazón, por la mañana y por la noche, antes de las pastillas. Se lo apunto en la caja para que lo tenga a "
          "mano. ¿Alguna duda con eso?"),
        c("No, así está perfecto. Se lo pego en la nevera. Gracias, muller.", None),
        t("De nada. Si la semana que viene tiene dudas con los números, tráigalo y lo miramos juntas."),
    ],
    [
        _open,
        t("Buenas. Claro, aquí tiene este, de brazo, cuarenta y dos euros. ¿Qué más le puedo añadir para completar la "
          "experiencia de su padre?"),
        c("Nada más, solo eso.", "no_need"),
        t("Perfecto. Y para cerrar bien el tema, ¿le añado el pack de tiras de glucosa? Muchos mayores con la tensión "
          "alta tienen también el azúcar, y así va completo."),
        c("No, que azúcar no tiene. Es solo la tensión.", "no_need"),
        t("Claro, claro, entendido. ¿Algo más que necesite para quedarse tranquila? Tenemos este omega 3 para el "
          "corazón en oferta, dos por uno, que va muy bien con la tensión."),
        c("Mire, mi padre toma lo que le manda el médico y ya está. ¿Me cobra el aparato?", "no_need"),
        t("Enseguida. Y antes de cerrar, ¿le pongo también las pilas de repuesto y la funda? ¿Hay algo más que podamos "
          "hacer hoy por usted?"),
        c("No, nada más. Cóbreme ya, por favor, que tengo el coche en doble fila.", "no_time"),
        t("Cuarenta y dos. ¿Y qué tal fue su experiencia hoy con nosotros, del uno al diez?"),
        c("Un cinco, y porque el aparato parece bueno.", None),
    ],
))

# --- a5: leading_tag_questions -------------------------------------------------
_open = c("Buenos días, ho. Vengo porque vendimos el piso de mi madre, que en paz descanse, y me tocaron treinta mil "
          "euros. Y no quiero tenerlos ahí en la cuenta muertos de risa.", None)
PAIRS.append(gpair(
    "esb52g_aviles_caja_ahorros_deposito",
    "caja de ahorros, oficina de barrio (Avilés)",
    "leading_tag_questions",
    "Un jubilado de la siderurgia quiere colocar treinta mil euros de una herencia; salió escaldado de las "
    "preferentes y quiere ayudar a su nieta con un piso en dos o tres años.",
    [
        _open,
        t("Buenos días. Siento lo de su madre. Antes de hablar de productos, cuénteme: ¿ese dinero lo va a necesitar "
          "para algo en los próximos años, o es para guardar?"),
        c("Pues mira, igual dentro de dos o tres años le ayudo a la mi nieta con la entrada de un piso. Antes no, "
          "creo.", None),
        t("Vale, un horizonte de dos o tres años y puede que luego lo quiera disponible. ¿Y cómo lleva que el valor "
          "suba y baje? Hay gente que duerme mal si un mes ve que tiene menos."),
        c("Mal, mal. Yo en el 2008 tenía unas preferentes de esas y aún me acuerdo. No quiero sustos.",
          "bad_experience"),
        t("Lógico, después de aquello. Entonces encaja algo sin riesgo: un depósito a plazo fijo, con el capital "
          "garantizado. El de dos años está ahora al 2,1 % anual; con treinta mil serían unos mil doscientos sesenta "
          "euros brutos en los dos años. La pega es que si lo saca antes tiene una penalización pequeña."),
        c("¿Y eso de la penalización cuánto es? Porque si a la nieta le sale algo antes...", None),
        t("Pierde los intereses del último año; el capital no se toca nunca. Otra opción es partirlo: veinte mil a dos "
          "años y diez mil a uno, así tiene una parte antes por si la nieta se adelanta."),
        c("Eso me gusta más, lo de partirlo. Pero lo quiero hablar con la mi mujer, que el dinero de casa lo lleva "
          "ella.", "think_it_over"),
        t("Me parece bien. Le imprimo las dos simulaciones, todo a dos años y partido, y si quieren vienen los dos el "
          "jueves y lo firmamos o no, sin prisa."),
    ],
    [
        _open,
        t("Buenos días. Claro, con esa cantidad usted querrá rentabilizarla de verdad, ¿no es así?"),
        c("Bueno, rentabilizar... que no esté parado, sí. Pero sin líos.", None),
        t("Perfecto. Y a usted le interesará un fondo de inversión, que es lo que da rentabilidad hoy en día, "
          "¿verdad?"),
        c("No sé, ho. Yo tuve preferentes en el 2008 y salí escaldado. No quiero nada que baje.", "bad_experience"),
        t("Claro, pero esto no tiene nada que ver, ¿eh? Usted no va a querer quedarse con un plazo fijo que casi no da "
          "nada, ¿a que no? Este fondo mixto dio un seis por ciento el año pasado."),
        c("¿Y el año anterior qué dio?", None),
        t("Bueno, el anterior tuvo un ajuste, pero eso es el mercado. Usted es una persona que piensa a largo plazo, "
          "¿a que sí? Y querrá dejarle algo a la familia, ¿no?"),
        c("Yo lo que quiero es tenerlo para la mi nieta dentro de dos o tres años, y un fondo de esos no lo quiero. No "
          "me líe.", "no_need"),
        t("Entonces lo ponemos a nombre de los dos, ¿verdad? Seguro que su mujer estará de acuerdo, ¿no cree?"),
        c("Mi mujer va a decir lo mismo que yo. Me lo voy a pensar en casa, tranquilo.", "think_it_over"),
    ],
))

# --- a6: putdown_question ------------------------------------------------------
_open = c("Mire, le llamo porque el martes no fue nadie a casa de mi madre. Nadie. Tiene ochenta y nueve años y la "
          "encontré yo a las dos sin desayunar y sin la pastilla de la tensión. Y nadie me avisó.", None)
PAIRS.append(gpair(
    "esb52g_ferrol_ayuda_domicilio_falta",
    "empresa de ayuda a domicilio para mayores (Ferrol)",
    "putdown_question",
    "La hija de una usuaria de 89 años llama enfadada porque la auxiliar de la mañana no fue y nadie avisó a la "
    "familia.",
    [
        _open,
        t("Lo siento mucho, de verdad. Que su madre se quedara sin desayuno y sin la pastilla es grave. ¿Cómo está ella "
          "ahora?"),
        c("Ahora bien, ya comió y se tomó todo. Pero se asustó, pensó que la habíamos dejado sola. Y yo trabajo a "
          "turnos en Navantia, no puedo estar saliendo así.", None),
        t("Entiendo. Lo miro con el nombre de su madre... Carmen Piñeiro, en Canido, ¿verdad? Veo que la auxiliar de "
          "la mañana está de baja desde el lunes y la sustitución no quedó asignada. Es un fallo nuestro, no hay más. "
          "¿A usted la llamó alguien en algún momento?"),
        c("Nadie. Me enteré porque me llamó la vecina de abajo.", None),
        t("Entonces fallamos dos veces: no cubrimos la baja y no la avisamos. Lo que hago hoy: dejo asignada a Marta, "
          "que ya conoce a su madre de los sábados, hasta que vuelva la titular, y pongo su móvil como aviso "
          "obligatorio para cualquier cambio. ¿Le parece bien Marta?"),
        c("Marta sí, mi madre la quiere mucho. Pero esto no puede volver a pasar, eh, que ya me pasó con la empresa "
          "de antes y por eso cambié.", "bad_experience"),
        t("Lo entiendo, y tiene razón en exigirlo. Además, la hora del martes no se la vamos a cobrar. La llamo yo el "
          "viernes para confirmar que la semana fue bien. ¿A qué hora le viene mejor?"),
        c("A partir de las tres y media, que salgo del turno.", None),
        t("Apuntado, el viernes a las tres y media. Y si antes pasa cualquier cosa, este es mi teléfono directo."),
    ],
    [
        _open,
        t("Buenas. Vamos a ver, antes de nada, ¿seguro que fue así? ¿No será que su madre no oyó el timbre, como les "
          "pasa muchas veces a las personas mayores?"),
        c("¿Cómo que no oyó el timbre? La vecina estuvo con ella toda la mañana y no fue nadie.", None),
        t("Bueno, bueno, no se ponga así. ¿Qué es exactamente lo que le preocupa tanto, si su madre ya está bien?"),
        c("¡Me preocupa que tiene ochenta y nueve años y estuvo sin la pastilla de la tensión! ¿Le parece poco?", None),
        t("Entiendo cómo se siente. ¿Pero no cree que igual está exagerando un poco? Un día sin auxiliar no es el fin "
          "del mundo, ¿no? ¿Cómo podemos mejorar su experiencia?"),
        c("Mejorarla mandando a alguien. ¿Me está llamando exagerada?", None),
        t("No, no, para nada. Solo pregunto: ¿usted leyó el horario que le mandamos por correo? Porque muchas familias "
          "no lo leen y luego se quejan."),
        c("Yo leo todo, oiga. Páseme con la coordinadora, que con usted no hay manera.", None),
        t("Claro. ¿Y le puedo preguntar antes, con todo el respeto, si siempre se pone así o es solo hoy?"),
        c("Adiós. Mañana mismo llamo a los servicios sociales del concello.", None),
    ],
))

# --- a7: not_my_department_or_read_the_terms -----------------------------------
_open = c("Oye, vengo por la factura del Nova Estrela. Me dijisteis seiscientos por sacar, limpiar y pintar el fondo, "
          "y ahora me venís con novecientos ochenta. A ver qué es esto.", None)
PAIRS.append(gpair(
    "esb52g_bueu_varadero_factura",
    "varadero y taller de embarcaciones (Bueu)",
    "not_my_department_or_read_the_terms",
    "El armador de una embarcación de bajura protesta porque la factura de la varada sale casi 400 euros por encima del "
    "presupuesto: días de más en seco por la lluvia y un ánodo que nadie le consultó.",
    [
        _open,
        t("Buenas. Vamos a mirarla juntos, que la diferencia no es poca. A ver... el presupuesto eran seiscientos, y lo "
          "que sube son seis días más en seco y un ánodo. ¿A usted le dijo alguien que se quedaba más días?"),
        c("Nadie me dijo nada. Yo sé que llovió, pero eso no es culpa mía. Y lo del ánodo tampoco lo pedí.", None),
        t("Vale. Lo de la lluvia es verdad, con el casco mojado no se podía pintar, pero teníamos que haberle avisado "
          "antes de cargarle los días, y no lo hicimos. Y el ánodo estaba casi comido, pero igual había que "
          "preguntárselo. ¿Usted qué esperaba, que lo llamáramos?"),
        c("Claro, home. Si me llamas y me dices que el ánodo está comido, te digo que sí, que no soy tonto. Pero "
          "enterarme en la factura...", None),
        t("Tiene razón. Le propongo esto: los días por la lluvia no se los cobramos, porque no le avisamos; el ánodo "
          "sí, que está puesto y le hacía falta, son ochenta y cinco. Quedaría en seiscientos ochenta y cinco. Se la "
          "rehago ahora."),
        c("Hombre, así ya es otra cosa. Aunque ochenta y cinco por un ánodo me parece caro, en la tienda de Marín los "
          "tienen a cincuenta y pico.", "too_expensive"),
        t("La pieza sola sí, ronda los cincuenta; el resto es la mano de obra de cambiarlo en seco. Si quiere le pongo "
          "el desglose en la factura para que lo vea claro."),
        c("Vale, ponlo desglosado y te pago hoy. Y para la próxima, llamadme, que tenéis mi móvil.", None),
        t("Hecho. Y dejo apuntado en la ficha del barco que cualquier extra se consulta por teléfono antes."),
    ],
    [
        _open,
        t("Buenas. Entiendo su preocupación y le agradezco que venga. Pero las facturas no las hago yo, eso es cosa de "
          "administración, y hoy no están."),
        c("Pues tú eres el que me dio el presupuesto, ¿no? Seiscientos me dijiste.", None),
        t("Sí, pero el presupuesto es orientativo, lo pone en las condiciones de abajo, en la letra pequeña. ¿Usted las "
          "leyó cuando firmó?"),
        c("Yo firmé lo que me pusiste delante. Nadie me avisó de que se quedaba más días, ni del ánodo ese.", None),
        t("Comprendo cómo se siente, de verdad. Pero los días de estancia son la tarifa del varadero, yo no pongo las "
          "normas. Y el ánodo lo decidió el mecánico, eso ya no es mi departamento."),
        c("¿Y entonces quién me explica a mí esto? Porque novecientos ochenta así no los pago.", None),
        t("Le entiendo perfectamente. Lo que puede hacer es mandar una reclamación por escrito al correo que viene en "
          "la web, y le contestan en el plazo que marcan las condiciones."),
        c("¿Y el barco? ¿Me lo dejáis botar o no?", None),
        t("Eso tampoco depende de mí; hasta que no esté pagada la factura el sistema no me deja. Son las normas de la "
          "empresa, lo siento. ¿Hay algo más en lo que le pueda ayudar?"),
        c("Ayudar, dice. Mañana vengo con mi cuñado, que es abogado, y a ver qué normas son esas.", None),
    ],
))

# --- a8: social_proof_or_deadline_pressure -------------------------------------
_open = c("Hola, buenas tardes. Llamo por lo de internet. Vivo en un pueblo de Cangas del Narcea, en Bimeda, y lo que "
          "tengo va fatal, se corta cada dos por tres.", None)
PAIRS.append(gpair(
    "esb52g_cangas_narcea_internet_antena",
    "operador de internet rural por antena (Cangas del Narcea)",
    "social_proof_or_deadline_pressure",
    "Una vecina de un pueblo de montaña usa internet para videollamadas con los nietos y para vender miel; en verano su "
    "hija teletrabaja desde allí. Una antena de otra empresa le falló hace dos años.",
    [
        _open,
        t("Buenas tardes. Vamos a ver si le llega algo mejor. ¿Qué tiene ahora, por el cable del teléfono o por antena? "
          "¿Y para qué lo usa sobre todo?"),
        c("Por el cable de siempre, el ADSL. Lo uso para hablar con los nietos por videollamada, que están en Madrid, y "
          "para los pedidos de la miel, que vendo un poco por internet. Y en verano viene mi hija a trabajar desde aquí "
          "y se desespera.", None),
        t("Videollamadas, pedidos de la miel y en verano su hija teletrabajando: eso ya pide algo estable. Nosotros "
          "damos internet por antena desde el repetidor del Rañadoiro, pero antes tengo que comprobar que desde su casa "
          "se ve. ¿Me dice dónde está la casa exactamente?"),
        c("Es la de abajo de la capilla, en Bimeda. Mire, le digo la verdad: hace dos años vino otra empresa de antenas "
          "y aquello no funcionó ni una semana, se iba cuando llovía.", "bad_experience"),
        t("Gracias por decírmelo, así no le prometo lo que no sé. Lo de la lluvia suele pasar cuando la antena está al "
          "límite de cobertura. Lo que hago es mandar al técnico a medir la señal en su tejado, sin coste. Si no da con "
          "margen, se lo digo y no instalamos. Si da, son treinta y cinco euros al mes la de 50 megas, con la "
          "instalación gratis y un año de permanencia, o noventa de instalación sin permanencia."),
        c("Treinta y cinco... ahora pago veintiocho por el ADSL, pero claro, no funciona. Que venga a medir y ya veo.",
          None),
        t("Perfecto. El técnico anda por la zona los jueves. ¿Le viene bien este jueves por la mañana, o prefiere la "
          "semana que viene?"),
        c("El jueves por la mañana tengo que bajar a Cangas al médico. Mejor la otra semana.", "no_time"),
        t("Sin problema: le pongo el jueves 14 por la mañana y el técnico la llama media hora antes de subir."),
    ],
    [
        _open,
        t("¡Buenas tardes! Pues llama en el mejor momento. Mire, en Bimeda ya tienen nuestra antena casi todos los "
          "vecinos, y en el concejo más de seiscientas casas. ¿Qué necesita usted para unirse a ellos?"),
        c("¿Casi todos? Pues yo hablo con ellos todos los días y nadie me dijo nada.", None),
        t("Bueno, muchos, muchos. Y le cuento: esta semana tenemos la instalación gratis y el primer mes a cero, pero "
          "solo hasta el viernes, porque el técnico deja la zona. ¿Cómo lo ve?"),
        c("Yo hace dos años tuve otra antena y se iba con la lluvia. No quiero volver a lo mismo.", "bad_experience"),
        t("Entiendo su experiencia, de verdad. Pero fíjese, en Larón, el pueblo de al lado, lo pusieron el mes pasado "
          "trece casas y ni una queja. Si todos sus vecinos están contentos, algo será, ¿no cree?"),
        c("¿Y la señal en mi casa? Que yo estoy abajo de la capilla, que es un hoyo.", None),
        t("Eso se ve el día de la instalación. Lo importante es que la oferta se acaba el viernes y después son noventa "
          "euros. Solo me quedan dos huecos esta semana. ¿Se lo reservo?"),
        c("Pues no, hija, yo así con prisas no. Si no se sabe si llega, no firmo nada. Ya lo pensaré con calma.",
          "think_it_over"),
        t("Vale, pero luego no me diga que no se lo avisé, que la semana que viene en Bimeda lo tienen todos menos "
          "usted."),
        c("Pues que lo tengan. Buenas tardes.", None),
    ],
))

# --- a9: keyword_stuffed -------------------------------------------------------
_open = c("Buenas. Soy mariscadora a pie, de la cofradía de Ribeira. El invierno pasado resbalé en las piedras y "
          "estuve dos meses de baja, y con lo que me dio la Seguridad Social no llegaba. Quería ver si hay algún "
          "seguro para eso.", None)
PAIRS.append(gpair(
    "esb52g_ribeira_mariscadora_seguro",
    "correduría de seguros (Ribeira)",
    "keyword_stuffed",
    "Una mariscadora a pie que estuvo dos meses de baja por una caída busca un seguro que le complete los ingresos "
    "si vuelve a pasar.",
    [
        _open,
        t("Buenas. Dos meses de baja sin llegar a fin de mes es mucho. Para mirarle algo que encaje: ¿lo que le faltó "
          "fue dinero para el día a día mientras no podía ir a la playa, o tuvo también gastos médicos, fisio, cosas "
          "así?"),
        c("Lo del día a día. La fisio me la dio el Sergas, tarde, pero me la dio. Lo que pasa es que en la campaña "
          "buena yo saco mis cuarenta o cincuenta euros al día, y de baja me quedaba en una miseria.", None),
        t("Entonces le hace falta un seguro que le pague una cantidad por cada día de baja por accidente, para "
          "completar lo de la Seguridad Social. Hay pólizas de subsidio diario, por ejemplo treinta euros al día desde "
          "el octavo día. ¿Trabaja solo en la playa o hace algo más, batea, barco?"),
        c("Solo la playa, y según la marea. En verano ayudo a mi marido con las nasas, pero eso poco.", None),
        t("Vale. Para mariscadora a pie, la de treinta euros diarios sale por unos veintidós al mes. Ojo con dos "
          "cosas: la primera semana de baja no la paga, y si la baja es por enfermedad y no por accidente, tampoco."),
        c("Veintidós al mes... Mira, no sé si me compensa. Son doscientos y pico al año y igual no me pasa nada en "
          "diez años.", "too_expensive"),
        t("Es una pregunta justa. Con esos dos meses del año pasado habría cobrado unos mil seiscientos euros, más o "
          "menos seis años de cuotas. Ahora, si nunca tiene un accidente, lo habrá pagado sin usarlo. Hay también una "
          "de veinte euros al día que sale a quince al mes, si prefiere algo más barato."),
        c("La de quince igual. Lo hablo con las compañeras, que varias estamos igual, a ver si sale algo para el "
          "grupo de la cofradía.", "think_it_over"),
        t("Buena idea: si son varias de la misma agrupación, pido precio colectivo, que suele bajar. Le dejo las dos "
          "ofertas impresas, y si el lunes me dice cuántas son, lo pido."),
    ],
    [
        _open,
        t("Buenas, y gracias por compartir su experiencia conmigo. Entiendo perfectamente cómo se siente, y quiero "
          "que sepa que para nosotros lo más importante es entender sus necesidades y construir una relación de "
          "confianza a largo plazo. ¿Cómo se siente usted ahora mismo con su situación?"),
        c("Pues bien, ya estoy trabajando. Lo que quiero saber es si hay un seguro por si me vuelve a pasar.", None),
        t("Claro, y valoro muchísimo esa pregunta. Lo que estoy escuchando es que su necesidad es sentirse segura y "
          "protegida, y nuestro éxito es que usted tenga una experiencia de tranquilidad total. ¿Qué significa para "
          "usted la tranquilidad?"),
        c("Que me paguen algo si estoy de baja, mujer. ¿Hay eso o no?", None),
        t("Por supuesto, entiendo su necesidad y la comparto. Tenemos soluciones personalizadas pensadas para personas "
          "como usted, que ponen sus necesidades en el centro de la relación. ¿Siente que la estoy entendiendo?"),
        c("Siento que no me está diciendo nada. ¿Cuánto cuesta y cuánto paga al día?", None),
        t("Es una gran pregunta, y me encanta su implicación. El precio depende de sus necesidades y de cómo queramos "
          "construir juntas su experiencia de protección. Lo importante es que se sienta escuchada. ¿Se siente "
          "escuchada?"),
        c("Mira, no. Y ahora no tengo tiempo para esto, que baja la marea a las cuatro y tengo que estar en la playa.",
          "no_time"),
        t("Lo entiendo, y respeto su tiempo. Antes de que se vaya, ¿me valora del uno al diez cómo se sintió en nuestra "
          "relación de hoy? Su éxito es nuestro éxito."),
        c("Un dos. Adiós.", None),
    ],
))

# --- a10: rude -----------------------------------------------------------------
_open = c("Buenos días, neña. Quería que me actualizaras la libreta, que la máquina esa de fuera no me la coge, y "
          "además preguntar por un recibo del agua que me cobraron dos veces.", None)
PAIRS.append(gpair(
    "esb52g_gijon_caja_libreta_recibo",
    "caja de ahorros, oficina del centro (Gijón)",
    "rude",
    "Un jubilado va a la ventanilla a actualizar la libreta, que la máquina no lee, y a preguntar por un recibo del "
    "agua cobrado dos veces.",
    [
        _open,
        t("Buenos días. Sin problema, démela y se la actualizo aquí. ¿El recibo del agua de qué mes es, se acuerda?"),
        c("El de septiembre. Me lo cobraron el día cinco y otra vez el doce, lo vi en la libreta la otra vez que vine.",
          None),
        t("A ver... sí, aquí está: dos cargos del agua de cuarenta y un euros con veinte, el cinco y el doce, con la "
          "misma referencia. Parece un duplicado. Puedo devolver el segundo ahora mismo y le vuelve a la cuenta en dos "
          "o tres días. ¿Lo hago?"),
        c("Sí, sí, claro. Y mira, otra cosa: mi hija dice que me ponga la aplicación esa del móvil, que así no tendría "
          "que venir. Pero yo con eso no me apaño, ¿eh?", None),
        t("No tiene por qué. Si a usted le va bien venir, siga viniendo. La máquina de fuera no le cogía la libreta "
          "porque tiene la banda gastada; le hago una nueva ahora y ya le funciona en la máquina cuando haya cola. "
          "¿Le parece?"),
        c("Eso sí. Pero la cola no me importa, ¿eh? Que yo vengo a dar un paseo y así hablo con alguien.", None),
        t("Pues aquí nos tiene. Ya está: libreta nueva, el duplicado devuelto, y le apunto en esta hoja la referencia "
          "por si los del agua le dicen algo."),
        c("Muy bien, neña, muchas gracias. Así da gusto.", None),
    ],
    [
        _open,
        t("Buenos días. Para la libreta está la máquina, ¿eh? Que la ventanilla es para otras cosas."),
        c("Ya, pero es que la máquina no me la coge, ya lo probé dos veces.", None),
        t("Pues algo hará usted mal, porque a todo el mundo le funciona. A ver, démela... Qué vieja está esto. ¿Y lo "
          "del recibo qué es?"),
        c("Que el agua de septiembre me la cobraron dos veces, el cinco y el doce.", None),
        t("Sí, bueno, eso pasa. Lo tiene que reclamar usted en la empresa del agua, no nosotros. Tendría que tener la "
          "aplicación, ¿sabe? Así lo ve usted solo y no tiene que venir a hacer cola. Mire la cola que hay."),
        c("Yo con el móvil no me apaño, hija. Ya te lo digo, la aplicación no la quiero.", "no_need"),
        t("Ya, eso dicen todos. Pues apréndalo, que es muy fácil, hasta mi abuela lo usa. ¿Algo más o ya está? Que hay "
          "gente esperando."),
        c("Pues no, nada más, que ya veo que molesto. Voy a hablar con el director, que lo conozco de hace años.", None),
        t("Como quiera, el director está reunido toda la mañana. El siguiente, por favor."),
        c("Pues espero. Tengo toda la mañana, guapa.", None),
    ],
))

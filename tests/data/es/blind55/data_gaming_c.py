"""Gaming pairs, file c (written by hand). Kinds 6-15."""
from common import c, gpair, t

# c01 putdown_question: placas ya instaladas que no bajan la factura, Zafra
C01 = c("Oiga, le llamo porque hace cuatro meses que me pusieron ustedes las placas y la factura de la luz me viene casi "
        "igual. Cinco mil euros que me gasté, ¿eh? Yo no sé pa qué.", None)

# c02 not_my_department_or_read_the_terms: envíos de cerámica rotos, agencia de paquetería en Sevilla
C02 = c("Buenos días. Tengo una tienda online de cerámica de Triana y os mando unos treinta paquetes a la semana. Este mes "
        "me han llegado rotos cuatro platos y dos jarras, y los clientes me piden el dinero a mí.", None)

# c03 social_proof_or_deadline_pressure: puesto de una comercializadora en el mercadillo de Don Benito
C03 = c("Oye, ¿ustedes son los de la luz? Es que la vecina me ha dicho que le habéis bajao la factura y yo quería ver si a "
        "mí también.", None)

# c04 keyword_stuffed: autoescuela en Ronda (whatsapp)
C04 = c("holaa buenas, queria info del carnet de coche. trabajo en un restaurante los findes y necesito el carnet pa "
        "poder ir a trabajar a un hotel de la serrania", None)

# c05 rude: reserva de una comunión en un chiringuito de Chipiona
C05 = c("Buenas, mira, llamaba pa reservar pal sábado veinte. Somos unos veinticinco, es la comunión de mi sobrino y "
        "queríamos comer ahí en la playa.", None)

PAIRS = [
    gpair(
        "esb55g_zafra_placas_factura",
        "instaladora fotovoltaica, posventa; cliente en Zafra (Badajoz)",
        "putdown_question",
        "Un cliente que instaló placas hace cuatro meses llama enfadado porque la factura apenas ha bajado; en su casa no "
        "hay nadie de día.",
        good=[
            C01,
            t("Buenas. Entiendo el enfado, con ese dinero lo normal es notar la diferencia. Vamos a ver por qué. ¿Cuánto le "
              "venía antes y cuánto le viene ahora?"),
            c("Antes unos ciento diez, y ahora noventa y tantos. Eso no es ahorrar ná.", None),
            t("Vale. ¿Y en su casa cuándo se gasta más luz, de día o de noche? ¿Hay alguien por las mañanas?"),
            c("Por el día no hay nadie, trabajamos los dos en Zafra y los niños en el colegio. La lavadora y el lavavajillas "
              "los ponemos de noche, que antes nos dijeron que era más barato.", None),
            t("Ahí está buena parte. Las placas producen de día, y si a esa hora no hay nada encendido, esa luz se va a la "
              "red. Por eso le pregunto otra cosa: ¿en la factura le aparece un descuento por excedentes, la compensación?"),
            c("Ni idea. Yo miro el total y ya está. ¿Eso es otra cosa que hay que pagar?", None),
            t("No, al revés, es lo que le tienen que descontar por lo que vierte a la red. A veces la comercializadora tarda "
              "en activarlo y hay que reclamarlo. Mándeme una foto de la última factura y se lo miro hoy mismo, sin coste. Y "
              "si pone la lavadora y el lavavajillas con el programador a mediodía, lo notará ya el mes que viene."),
            c("Vale, le mando la foto. Pero como me diga que ahora tengo que comprar baterías, ya le digo que no, que no "
              "estoy pa gastar más.", "no_money"),
            t("No le voy a decir eso. Primero la compensación y los horarios; con eso debería bajar bastante. Si dentro de "
              "dos meses sigue sin cuadrar, lo miramos con los datos del inversor delante. Le llamo mañana cuando haya "
              "visto la factura."),
            c("Vale, espero su llamada. Y perdone el tono del principio, que venía caliente.", None),
        ],
        gaming=[
            C01,
            t("A ver, ¿usted de verdad esperaba que la factura se quedara a cero, o qué le contaron?"),
            c("Hombre, a cero no, pero noventa y tantos después de gastarme cinco mil euros... Antes pagaba ciento diez.",
              None),
            t("¿Y usted ha mirado alguna vez cómo consume, o pone las cosas cuando le da la gana? ¿Cuándo pone la "
              "lavadora, por ejemplo?"),
            c("Por la noche, que nos dijeron que era más barato. Y por el día no hay nadie, trabajamos los dos.", None),
            t("¿Y no se le ocurrió pensar que las placas por la noche no funcionan? Lo que necesita usted para aprovechar la "
              "instalación es una batería. ¿Cuándo quiere que se la pongamos?"),
            c("¿Una batería? ¿Y cuánto es eso?", None),
            t("Unos cuatro mil. ¿O prefiere seguir quejándose de la factura todos los meses?"),
            c("¿Cuatro mil más? Ni loco, ya me he gastado bastante con ustedes pa lo que me ha servío.", "too_expensive"),
            t("¿Entonces para qué llama? ¿Hay algo más en lo que pueda ayudarle?"),
            c("Sí, que me pase con el encargado. Y voy a poner una reseña.", None),
        ],
    ),
    gpair(
        "esb55g_sevilla_paqueteria_ceramica",
        "agencia de paquetería, Sevilla; clienta: tienda online de cerámica de Triana",
        "not_my_department_or_read_the_terms",
        "Una artesana que envía unos treinta paquetes a la semana ha tenido seis roturas en un mes y sus clientes le "
        "reclaman a ella.",
        good=[
            C02,
            t("Buenos días. Seis roturas en un mes es mucho; entiendo que le esté costando dinero y clientes. ¿Me da los "
              "números de envío? Y dígame, ¿iban a algún sitio en concreto o a todas partes?"),
            c("Te los paso. Tres iban a Alemania, y el resto a Madrid y a Bilbao. Van con papel de burbuja y caja doble, que "
              "lo embalo yo misma.", None),
            t("Vale, tomo nota. Las seis reclamaciones las abro yo ahora mismo, y le pido fotos de cada caja por fuera y por "
              "dentro, que es lo que miran. La cobertura básica cubre hasta cierto valor por paquete; ¿los platos valen más "
              "de cincuenta euros?"),
            c("Los pintados a mano, sí, de sesenta a noventa. Las jarras algo menos.", None),
            t("Entonces la cobertura básica no le cubre el valor entero. Hay un seguro por envío que cubre el valor "
              "declarado, un dos por ciento de ese valor, y además está la manipulación de frágil. Le mando las dos opciones "
              "por escrito."),
            c("Un dos por ciento más en cada envío... con lo justo que voy de margen. No sé yo.", "too_expensive"),
            t("Es razonable dudarlo. Mire los números: las roturas de este mes le han costado más de cuatrocientos euros; el "
              "seguro en todos los envíos de un mes le saldría por unos ciento sesenta, y si lo pone solo en los de más de "
              "cincuenta euros, menos. Hoy le mando el resumen y las reclamaciones abiertas, y el viernes la llamo con la "
              "respuesta de las seis."),
            c("Vale, lo veo con los números y te digo. El viernes por la mañana estoy en el taller.", "think_it_over"),
        ],
        gaming=[
            C02,
            t("Buenos días. Le agradezco que comparta su experiencia. ¿Los paquetes iban con seguro contratado?"),
            c("No, con lo normal. Pero van con papel de burbuja y caja doble, que lo embalo yo misma.", None),
            t("Ah, pues entonces yo ahí no puedo hacer nada. Las roturas son cosa del departamento de incidencias, yo solo "
              "llevo las cuentas de clientes. Y en las condiciones generales pone que la cerámica va por cuenta y riesgo del "
              "remitente."),
            c("¿Por cuenta y riesgo mío? Si os pago treinta envíos a la semana. ¿Me pasas con incidencias, entonces?", None),
            t("Incidencias no tiene teléfono, se hace por el formulario de la web. Las condiciones están ahí también; le "
              "recomiendo leerlas, que es muy importante para nuestra relación."),
            c("Ya rellené el formulario hace tres semanas y nadie me ha contestado. Por eso llamo.", None),
            t("Ya, pero eso lo lleva otro equipo, no depende de mí. Lo que sí puedo hacer es ofrecerle nuestro seguro "
              "premium para los próximos envíos. ¿Le interesa?"),
            c("Lo que me interesa es que alguien me pague lo roto, no un seguro. Si no, me voy con otra agencia, que ya me "
              "han llamado dos.", "no_need"),
            t("Está en su derecho. Le mando el enlace de las condiciones por correo."),
        ],
    ),
    gpair(
        "esb55g_donbenito_luz_bono_social",
        "comercializadora eléctrica, puesto en el mercadillo, Don Benito (Badajoz)",
        "social_proof_or_deadline_pressure",
        "Una viuda con pensión mínima se acerca al puesto porque a su vecina le bajaron la factura; ella tiene la tarifa "
        "regulada con bono social y no le conviene cambiar.",
        good=[
            C03,
            t("Sí, somos nosotros. Pues lo miramos con gusto. ¿Tiene por ahí una factura reciente, aunque sea en el móvil?"),
            c("Sí, aquí la tengo en foto. Es que yo no entiendo ná de lo que pone, la verdad.", None),
            t("A ver... usted tiene la tarifa regulada, la del Gobierno, y además tiene el bono social, que le hace un "
              "descuento grande. ¿Lo sabía?"),
            c("Sí, lo del bono me lo arregló mi nieta porque soy viuda y tengo la pensión mínima. ¿Y eso qué, es bueno o "
              "malo?", None),
            t("Para usted es muy bueno. Le voy a ser sincera: si se cambia con nosotros pierde el bono social, porque solo lo "
              "dan con la tarifa regulada. A su vecina le compensaba; a usted no. Yo no se la cambiaría."),
            c("Anda, pues mira qué bien que me lo dices. Entonces lo dejo como está, ¿no?", "no_need"),
            t("Como está. Lo único: el bono hay que renovarlo, y en su factura pone que le vence en marzo. Apúntelo o "
              "dígaselo a su nieta para que no se le pase."),
            c("Ay, pues se lo digo, que si no se me olvida. Gracias, hija, muy amable.", None),
            t("De nada. Si algún día cambia su situación, aquí estamos todos los jueves."),
        ],
        gaming=[
            C03,
            t("¡Sí! Y qué bien que venga, porque esta semana ya se ha cambiado con nosotros medio Don Benito. Su vecina, la "
              "del quinto, toda la calle... ¿Me deja ver la factura?"),
            c("Sí, aquí la tengo en foto. Yo no entiendo ná de lo que pone, ¿eh?", None),
            t("Vale, ya veo. Mire, esta oferta solo la tenemos hasta el sábado, que es cuando se acaba la campaña del "
              "mercado. Si firma hoy le regalamos además una batidora."),
            c("Una batidora... Es que yo tengo lo del bono social, que me lo arregló mi nieta. ¿Eso lo mantengo?", None),
            t("Eso ya lo hablaremos. Lo importante es que todas sus vecinas se han cambiado y están encantadas. ¿No va a ser "
              "usted la única que pague de más?"),
            c("Es que yo con estas cosas me lío. Prefiero preguntarle a mi nieta antes, que ella es la que sabe.",
              "think_it_over"),
            t("Su nieta lo va a entender perfectamente, toda la gente joven se está cambiando. Pero el sábado se acaba, ¿eh? "
              "Y quedan solo tres batidoras."),
            c("Pues que se acabe. Que a mí una vez me cambiaron la compañía en la puerta de casa y luego me cobraban el "
              "doble. Adiós.", "bad_experience"),
        ],
    ),
    gpair(
        "esb55g_ronda_autoescuela_carnet",
        "autoescuela, Ronda (Málaga), por whatsapp",
        "keyword_stuffed",
        "Una chica de diecinueve años necesita el carnet antes de junio para un trabajo en un hotel de la serranía; tiene "
        "las mañanas libres y ya dejó otra autoescuela.",
        good=[
            C04,
            t("Hola! Claro. Para orientarte bien: ya tienes el teórico aprobado o empiezas de cero? Y qué horario tienes "
              "libre entre semana?"),
            c("de cero. bueno el año pasado me apunte en otra autoescuela y lo deje pq no me daba la vida. entre semana "
              "tengo las mañanas libres", None),
            t("Vale, mañanas libres, perfecto, que las prácticas por la mañana son más fáciles de cuadrar. Para el teórico "
              "tienes los test en el móvil y clase presencial martes y jueves a las once. Cuándo empiezas en el hotel?"),
            c("en junio si tengo el carnet, si no se lo dan a otra. y cuanto sale todo? q tampoco me sobra", None),
            t("Matrícula y teórico son 190, y las prácticas a 30 la clase. La media está en unas 20 clases, pero depende de "
              "cada persona y no te voy a prometer menos. Las tasas de Tráfico van aparte, 94 euros. Se puede pagar por "
              "meses."),
            c("uff sale por mas de 800 entonces. en la otra me salia mas barata la clase", "too_expensive"),
            t("Puede ser, hay autoescuelas a 26 o 27. Lo que sí te digo es que aquí te cuadro las prácticas siempre en tus "
              "mañanas, para que no te pase como el año pasado. Si quieres, vienes el martes a una clase de teórico gratis "
              "y decides."),
            c("vale el martes voy. pero antes de pagar nada lo hablo con mi madre q me va a ayudar con el dinero",
              "think_it_over"),
            t("Perfecto. Te guardo sitio el martes a las 11. Trae el DNI y te enseño el calendario para llegar a junio."),
            c("ok, el martes a las 11 alli estoy. graciass", None),
        ],
        gaming=[
            C04,
            t("Hola! Mil gracias por escribirnos. En nuestra autoescuela lo más importante es entender tus necesidades y que "
              "vivas una experiencia de aprendizaje única. Cuéntame, cómo te sientes en tu camino hacia el carnet?"),
            c("pues nose, con ganas. lo necesito pa junio pa un trabajo. cuanto cuesta?", None),
            t("Te entiendo perfectamente y conecto mucho con tu necesidad. Para nosotros tu éxito es nuestro éxito, y con "
              "cada alumno construimos una relación de confianza y acompañamiento en todo el proceso."),
            c("ok pero cuanto cuesta y q horarios teneis? yo solo puedo por la mañana", None),
            t("Qué bonito que compartas eso conmigo. Entiendo que lo que sientes es que necesitas flexibilidad, y esa es "
              "justo nuestra filosofía: adaptamos la experiencia a cada persona para que logres tu éxito."),
            c("ya... el año pasado en otra autoescuela me decian cosas parecidas y al final nunca me daban clase por la "
              "mañana y lo deje", "bad_experience"),
            t("Comprendo cómo te sientes y valoro mucho tu feedback. Para seguir mejorando tu experiencia: del 1 al 10, cómo "
              "de satisfecha estás con nuestra atención hasta ahora?"),
            c("un 3. mira pasame los precios por escrito y ya veo", "brush_off"),
        ],
    ),
    gpair(
        "esb55g_chipiona_chiringuito_comunion",
        "chiringuito de playa, Chipiona (Cádiz)",
        "rude",
        "Una mujer llama para reservar comida para veinticinco personas tras la comunión de su sobrino; hay una invitada "
        "celíaca y no quieren que se dispare el precio.",
        good=[
            C05,
            t("Buenas, ¡enhorabuena por la comunión! El sábado veinte, déjame mirar... sí, tengo sitio para veinticinco en "
              "la terraza de atrás, con toldo. ¿Cuántos son niños, y a qué hora llegaríais más o menos?"),
            c("Niños unos ocho. Llegaríamos a las dos y media, después de la misa. Y hay una prima celíaca, ¿eso cómo lo "
              "hacéis?", None),
            t("A la celíaca le hacemos el pescado aparte, en una freidora solo para eso, y tenemos pan sin gluten. Para los "
              "niños hay menú de pollo o de chocos con papas. Para los mayores, ¿queréis menú cerrado o ir pidiendo al "
              "centro?"),
            c("Al centro mejor, que cada uno come una cosa. Pero que no se dispare, ¿eh? Que la comunión ya nos ha costao un "
              "pico.", None),
            t("Os propongo un menú al centro a treinta y dos por adulto con bebida: ensalada, tortillitas de camarones, "
              "fritura variada, un arroz y postre; los niños a doce. Así sabéis de antemano lo que vais a pagar. Para "
              "reservar pedimos una señal de cien euros."),
            c("Treinta y dos... en el de al lao me lo dejaban en veintiocho, pero sin arroz. Déjame que lo hable con mi "
              "hermana, que es la madre del niño.", "think_it_over"),
            t("Claro, habladlo. Te guardo la mesa hasta el miércoles sin señal. Y si al final lo queréis sin arroz, también "
              "se ajusta el precio."),
            c("Vale, miarma, el martes te digo algo seguro.", None),
        ],
        gaming=[
            C05,
            t("Sábado veinte... ¿veinticinco? ¿Y me llamas con una semana? Bueno. ¿Cuántos niños?"),
            c("Unos ocho. Y hay una prima celíaca, ¿eso cómo lo hacéis?", None),
            t("Pues como todo el mundo, señora, que no es la primera celíaca que viene. Que no pida pescado frito y ya está."),
            c("Hombre, es que lo que queremos precisamente es pescaíto frito, estamos en Chipiona. ¿No lo podéis hacer "
              "aparte?", None),
            t("Aparte, aparte... tengo una freidora y un sábado con la playa llena. No me complique el servicio. El menú son "
              "treinta y cinco por cabeza, niños también."),
            c("¿Treinta y cinco los niños también? Eso es mucho, ¿no? Si los niños se comen cuatro papas.", "too_expensive"),
            t("Es lo que hay; si no, a la hamburguesería. ¿Lo reservo o no? Que tengo cola de gente."),
            c("No, déjalo. Ya buscaremos otro sitio donde nos traten mejor.", None),
        ],
    ),
]

# c06 ignored_customer: cinta de goteo mordida por conejos, suministros agrícolas en Don Benito
C06 = c("Buenas. Traigo aquí un trozo de la cinta de goteo, mira cómo está, llena de agujeros. Tengo ocho hectáreas de "
        "tomate en las Vegas y se me está regando mal media parcela.", None)

# c07 repeated_questions: alta de autónoma para una peluquería, gestoría en Jerez
C07 = c("Hola, buenas. Voy a abrir una peluquería en la calle Porvenir el mes que viene y me han dicho que necesito una "
        "gestoría pa lo de autónomos y los papeles. No tengo ni idea de por dónde empezar.", None)

# c08 wrong_paraphrase: piso de alquiler para una enfermera, inmobiliaria en Málaga (chat)
C08 = c("hola, escribo por el anuncio del piso de la carretera de cadiz. soy enfermera, empiezo en el Regional el mes que "
        "viene y busco algo cerca", None)

# c09 pitch_to_upset: jamón de regalo en mal estado, cooperativa de Jerez de los Caballeros
C09 = c("Oiga, mire, estoy que trino. Les compré un jamón de bellota pa regalárselo a mi suegro por Navidad, lo ha abierto "
        "hoy y huele a rayos, tiene una parte verde por dentro. Ciento ochenta euros, ¿eh? Qué vergüenza he pasao.", None)

# c10 blame: cargos con tarjeta no reconocidos, oficina bancaria en Coria
C10 = c("Buenos días. Me han salido en la cuenta tres cargos que yo no he hecho, de una tienda de internet de no sé "
        "dónde, casi cuatrocientos euros. Yo no he comprao ná.", None)

PAIRS += [
    gpair(
        "esb55g_donbenito_goteo_tomate",
        "tienda de suministros agrícolas, Don Benito (Badajoz)",
        "ignored_customer",
        "Un agricultor de tomate de industria trae un trozo de cinta de goteo mordida por conejos; la cosecha empieza en "
        "dos semanas y no tiene gente para cambiar la cinta.",
        good=[
            C06,
            t("Buenas. Madre mía, esto son conejos o topillos, ¿no? Mira las mordidas. ¿Cuántas líneas están así, toda la "
              "parcela o una zona?"),
            c("Sobre to la zona que da al arroyo, unas tres hectáreas. Y sí, hay conejos a patadas este año.", None),
            t("Vale. ¿Y cuándo empieza la recogida? Porque eso decide si merece la pena cambiar cinta o parchear."),
            c("En dos semanas o así viene la máquina. No me da tiempo a cambiar tres hectáreas de cinta, ni tengo gente "
              "ahora.", None),
            t("Entonces no cambies la cinta ahora. Llévate manguitos de reparación, son baratos y se ponen a mano, y con eso "
              "aguantas hasta la cosecha. ¿Cuántos agujeros calculas por línea?"),
            c("Uf, no sé, tres o cuatro por línea en la zona mala. Ponme doscientos manguitos.", None),
            t("Te pongo doscientos cincuenta, que siempre faltan; son treinta y ocho euros. Y para el año que viene, antes "
              "de tender cinta nueva, piensa en cinta de pared más gruesa en la zona del arroyo. Eso ya lo hablamos en "
              "invierno con calma."),
            c("Lo de la cinta gruesa ya me lo dijo otro, y vale el doble. Eso pal año que viene ya veremos.",
              "too_expensive"),
            t("Sin prisa. Te llevo los manguitos al coche."),
            c("Gracias, hombre. A ver si aguanta la cosa hasta que venga la máquina.", None),
        ],
        gaming=[
            C06,
            t("Buenas. ¿Cuántas hectáreas tienes y cuándo empieza la recogida?"),
            c("Ocho hectáreas, y la recogida en dos semanas. Está mal sobre to la zona del arroyo, tres hectáreas, por los "
              "conejos.", None),
            t("Perfecto. Pues lo que te recomiendo es cambiar la cinta de las ocho hectáreas por la nueva de pared gruesa, "
              "que es antirroedores. Te sale por unos cuatro mil."),
            c("¿Cambiar ocho hectáreas ahora? Si te estoy diciendo que en dos semanas viene la máquina. Y no tengo gente.",
              "no_time"),
            t("Ya. ¿Y cuál dirías que es tu mayor preocupación ahora mismo?"),
            c("Que se me sequen las matas antes de recoger. Yo lo que quiero es algo pa tapar los agujeros ya.", None),
            t("Claro. Entonces la cinta gruesa es lo que necesitas, y si la pides hoy te entra el martes. Además te puedo "
              "poner el programador nuevo con wifi."),
            c("Que no, hombre. Que a dos semanas de la cosecha no me hace falta cinta nueva. Dame manguitos de reparación y "
              "ya está.", "no_need"),
            t("Manguitos no nos quedan, ya no los traemos. ¿Te preparo el presupuesto de la cinta?"),
            c("¿Que no tenéis manguitos? Pues ná, hombre. Me voy a la otra tienda.", None),
        ],
    ),
    gpair(
        "esb55g_jerez_gestoria_peluqueria",
        "gestoría y asesoría, Jerez de la Frontera (Cádiz)",
        "repeated_questions",
        "Una peluquera que abre su primer negocio con una aprendiza a media jornada pregunta qué trámites necesita y cuánto "
        "cobra la gestoría.",
        good=[
            C07,
            t("Hola, enhorabuena por la peluquería. Vamos por partes. ¿Ya estás dada de alta de autónoma, o todavía no has "
              "hecho nada?"),
            c("Nada todavía. Tengo el local alquilao desde el día uno y estoy pintando. Y voy a tener una chica, una "
              "aprendiza, a media jornada.", None),
            t("Vale, entonces hay que darte de alta en Hacienda y en la Seguridad Social antes de abrir, y como es tu primera "
              "vez te toca la cuota reducida el primer año, unos ochenta euros al mes. Con una empleada llevamos también su "
              "contrato y sus nóminas. ¿Vas a vender productos además de los servicios?"),
            c("Sí, champús y cosas así, poquito. ¿Y vosotros cuánto cobráis? Que con el alquiler y la chica voy a ir justa "
              "el primer año.", None),
            t("Autónoma con una trabajadora: sesenta euros al mes los impuestos y la contabilidad, y quince por nómina. El "
              "alta y los trámites de apertura te los hago sin coste si te quedas con nosotros. Dímelo con sinceridad, ¿te "
              "cuadra?"),
            c("Setenta y cinco al mes... me lo esperaba menos, la verdad. Una amiga lo lleva por internet por treinta.",
              "too_expensive"),
            t("Es verdad, hay gestorías online más baratas, y para alguien sin empleados pueden ir bien. Con una "
              "trabajadora, los contratos y las nóminas dan más guerra, y aquí me tienes a cinco minutos. Si quieres, "
              "empezamos con el alta, y si te quedas lo decides al acabar el primer trimestre."),
            c("Vale, eso me parece justo. ¿Qué te tengo que traer?", None),
            t("DNI, el contrato del local y la cuenta del banco. Con eso el lunes te dejo dada de alta."),
            c("Perfecto, mañana a primera hora te lo traigo todo, antes de que llegue el pintor.", None),
        ],
        gaming=[
            C07,
            t("Hola, enhorabuena. Para entender tu necesidad: ¿ya estás dada de alta de autónoma?"),
            c("No, nada todavía. Tengo el local y voy a tener una aprendiza a media jornada.", None),
            t("Genial. Y dime, ¿en qué punto estás con los trámites de autónomos?"),
            c("Pues eso, en ninguno. Que no he hecho nada, te lo acabo de decir.", None),
            t("Vale, vale. ¿Y vas a tener personal a tu cargo?"),
            c("Una chica, a media jornada. Que también te lo he dicho. ¿Cuánto cobráis?", None),
            t("Ahora llegamos. Antes, para tenerlo claro: ¿el alta en Hacienda y en la Seguridad Social la tienes hecha o "
              "no?"),
            c("Madre mía. Que no. Mira, que tengo al pintor esperando en el local, no tengo toda la mañana.", "no_time"),
            t("Perdona. Última pregunta: ¿vas a contratar a alguien o vas a estar tú sola?"),
            c("Déjalo. Me voy a la gestoría de enfrente, que allí por lo menos escuchan.", None),
        ],
    ),
    gpair(
        "esb55g_malaga_alquiler_enfermera",
        "agencia inmobiliaria de alquiler, Málaga, por chat",
        "wrong_paraphrase",
        "Una enfermera de Jaén que empieza en el Hospital Regional busca piso cerca, tranquilo para dormir de día tras las "
        "noches, con su gata, hasta 750 euros y sin coche.",
        good=[
            C08,
            t("Hola! Enhorabuena por la plaza. Ese piso está a unos 15 minutos andando del Regional. Para ver si te encaja: "
              "vives sola? Qué presupuesto tienes? Y vas a tener turnos de noche?"),
            c("sola, bueno con mi gata. hasta 750 como mucho. y si, noches, por eso necesito q sea tranquilo pa dormir de "
              "dia", None),
            t("Apuntado: sola con gata, hasta 750 y tranquilo para dormir de día. Ese piso sale a 720 y admiten mascotas "
              "pequeñas, pero te digo una cosa: da a una calle con bastante tráfico por la mañana. Tengo otro a 740 en "
              "Carranque, interior, más silencioso, a 20 minutos andando. Te interesa ver los dos?"),
            c("si, los dos. pero yo sigo en jaen hasta el dia 28, no puedo bajar a verlos antes", "no_time"),
            t("Sin problema. Te hago una videollamada desde cada piso, abriendo las ventanas para que oigas el ruido a la "
              "hora que tú quieras. Así decides con lo que ves y lo que oyes."),
            c("eso me vendria genial. y la fianza cuanto es? pq me han dicho q en malaga piden de todo, seis meses y tal, y "
              "eso no lo tengo", "no_money"),
            t("Aquí es un mes de fianza y un mes de garantía adicional, y nuestros honorarios los paga el propietario, como "
              "marca la ley. A la firma serían esos dos meses más la primera mensualidad. Te lo mando por escrito con el "
              "desglose."),
            c("vale, eso si lo puedo juntar. hacemos la videollamada el jueves a las 9 de la mañana?", None),
            t("Jueves a las 9 perfecto, que es cuando más tráfico hay. Te escribo 10 minutos antes."),
            c("genial, muchas gracias!!", None),
        ],
        gaming=[
            C08,
            t("Hola! Qué bien. Cuéntame qué buscas exactamente."),
            c("algo tranquilo pa dormir de dia q hago noches. hasta 750 como mucho. vivo sola con mi gata", None),
            t("Genial, entonces si te he entendido bien buscas algo animado, con vida, cerca de la playa, y el presupuesto "
              "es flexible hasta 1000, verdad?"),
            c("?? no. he dicho tranquilo y 750 maximo", None),
            t("Perfecto, tranquilo entonces. Y como tienes coche, te puedo enseñar uno en Teatinos con plaza de garaje a "
              "950, que te queda a 10 minutos del hospital en coche, no?"),
            c("yo no tengo coche, no he dicho nada de coche. y 950 no lo puedo pagar", "no_money"),
            t("Vale, a ver si lo tengo: quieres plaza de garaje para el futuro y no te importa estirarte un poco si el piso "
              "lo merece. Te reservo la visita el sábado?"),
            c("q no. ademas estoy en jaen hasta el 28, el sabado no puedo", "no_time"),
            t("Entendido, entonces te apunto el sábado a las 12 y, si quieres, dejamos ya una reserva de 500 euros para que "
              "no se te escape."),
            c("no. dejalo, ya miro en otra agencia", None),
        ],
    ),
    gpair(
        "esb55g_jerezcaballeros_jamon_regalo",
        "cooperativa de ibéricos con tienda online, Jerez de los Caballeros (Badajoz)",
        "pitch_to_upset",
        "Un cliente llama furioso: el jamón de bellota que regaló a su suegro por Navidad ha salido con moho y mal olor, y "
        "se va de viaje antes de Nochebuena.",
        good=[
            C09,
            t("Lo siento muchísimo, de verdad, y más siendo un regalo. Eso no puede ser. Para resolverlo rápido: ¿me da el "
              "número de pedido y me puede mandar un par de fotos de la pieza, de la parte verde y de la etiqueta?"),
            c("El pedido es el 4471. Las fotos se las mando ahora, que la pieza la tiene mi suegro en Fregenal.", None),
            t("Ya tengo el pedido. Con las fotos no le voy a pedir nada más: le mandamos otra pieza, del mismo lote no, de "
              "otro, y nos llevamos la mala. ¿Para cuándo la necesita? ¿Antes de Nochebuena?"),
            c("Claro, si es pa Nochebuena. Pero yo el veintitrés me voy a Sevilla, no voy a estar pa recibir ná.",
              "no_time"),
            t("Entonces la llevamos directamente a casa de su suegro en Fregenal, que está aquí al lado; vamos nosotros "
              "mismos el veintidós por la mañana y recogemos la otra. ¿Le parece bien, o prefiere que le devolvamos los "
              "ciento ochenta?"),
            c("No, no, que la lleven, que el hombre estaba ilusionado. Pero esta vez que la miren antes, ¿eh?, que con otra "
              "tienda ya me pasó algo parecido hace años.", None),
            t("Se la calo yo personalmente antes de que salga y le mando foto de la cala. Y le devuelvo los gastos de envío "
              "del primer pedido, que esto no tenía que haber pasado. Hoy le escribo con la hora de entrega."),
            c("Bueno, así sí. Gracias, ¿eh? Que al principio venía con ganas de guerra.", None),
        ],
        gaming=[
            C09,
            t("Lamento mucho su experiencia. Entiendo cómo se siente. ¿Me dice el número de pedido?"),
            c("El 4471. Y quiero una solución ya, que es pa Nochebuena.", None),
            t("Claro. Mire, precisamente para estas fechas tenemos la cesta Gran Reserva, con jamón de bellota de cinco años, "
              "lomo, caña y un vino de Barros, que es espectacular para quedar bien con su suegro. Son trescientos veinte "
              "euros, y a usted le hago un diez por ciento."),
            c("¿Me está vendiendo otra cosa? Que yo lo que quiero es que me cambien el jamón podrío.", "no_need"),
            t("Por supuesto, el cambio lo tramitamos; tarda de quince a veinte días hábiles. Pero si quiere quedar bien antes "
              "de Nochebuena, la cesta sale mañana mismo. ¿Se la preparo?"),
            c("¿Veinte días? Pa entonces ya es Reyes. Y trescientos veinte euros más, con lo que llevo gastao estas "
              "navidades, no los tengo.", "no_money"),
            t("Lo entiendo. ¿Y un estuche de lomo y caña de sesenta euros, para que no llegue con las manos vacías?"),
            c("Usted no tiene vergüenza. Quiero hablar con un responsable, y voy a poner una reclamación.", None),
        ],
    ),
    gpair(
        "esb55g_coria_cargos_tarjeta",
        "oficina bancaria, Coria (Cáceres)",
        "blame",
        "Una comerciante descubre tres cargos no reconocidos tras pinchar en un mensaje falso de un paquete; tiene la "
        "tienda sola y no puede ausentarse.",
        good=[
            C10,
            t("Buenos días. Vamos a pararlo lo primero: le bloqueo ahora mismo la tarjeta para que no haya más cargos. ¿Tiene "
              "la tarjeta con usted?"),
            c("Sí, aquí en el bolso la tengo. Por eso no entiendo cómo ha pasao.", None),
            t("Ya está bloqueada. Esto pasa muchas veces sin que la persona se dé cuenta: copian los datos en una web o con "
              "un mensaje falso. ¿Recuerda si estos días le llegó algún mensaje o llamada pidiéndole un código?"),
            c("Pues sí, ahora que lo dice, me llegó un mensaje de que tenía un paquete pendiente y le di a un enlace... ¿fue "
              "eso?", None),
            t("Es posible; es un engaño muy corriente y está muy bien hecho, cae muchísima gente. Ahora abrimos la "
              "reclamación de los tres cargos: el banco la estudia y, si procede, se los devuelve. Necesito que la firme y, "
              "si puede, que ponga denuncia en la Guardia Civil, que ayuda."),
            c("¿Denuncia? Ay, es que yo tengo la tienda sola y no puedo estar cerrando pa ir al cuartel, que allí se tira "
              "una toda la mañana.", "no_time"),
            t("Lo comprendo. La denuncia se puede empezar por internet o pedir cita a la hora que mejor le venga, y con la "
              "reclamación firmada hoy ya empieza a contar el plazo. La tarjeta nueva le llega en una semana, y le activo "
              "los avisos por SMS de cada compra, que son gratis, para que se entere al momento."),
            c("Eso de los avisos sí, por favor. Y la tarjeta nueva, que me la manden aquí a la oficina, que en casa no paro.",
              None),
            t("Hecho, aquí a la oficina. Le doy copia de la reclamación con el número, y en cuanto haya respuesta la llamo "
              "yo."),
            c("Muchas gracias, de verdad. Me voy más tranquila.", None),
        ],
        gaming=[
            C10,
            t("Buenos días. Para entender bien lo ocurrido: ¿a quién le ha dado usted los datos de la tarjeta?"),
            c("¿Yo? A nadie. La tarjeta la tengo aquí en el bolso.", None),
            t("Ya, pero esto no pasa solo. Seguro que ha pinchado en algún enlace o ha comprado en alguna página rara, "
              "¿verdad?"),
            c("Bueno, me llegó un mensaje de un paquete y le di al enlace... pero parecía de Correos.", None),
            t("Pues ahí lo tiene. Si usted facilita los datos, el banco no responde, eso viene en el contrato. Es un descuido "
              "suyo."),
            c("¿Cómo que un descuido mío? Que me han robado cuatrocientos euros. ¿Y no me van a devolver ná?", None),
            t("Reclamar puede, pero con lo que me cuenta lo veo difícil. Lo que sí le recomiendo es nuestro seguro de "
              "tarjetas, cuarenta euros al año, para que no le vuelva a pasar por despiste."),
            c("Encima quiere cobrarme. No quiero ningún seguro, lo que quiero es mi dinero.", "no_need"),
            t("Como quiera. Le bloqueo la tarjeta, y pase otro día a por la nueva."),
            c("¿Y ya está? ¿Ni me va a ayudar a reclamar los cargos? Quiero la hoja de reclamaciones.", None),
        ],
    ),
]

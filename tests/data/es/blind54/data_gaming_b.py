"""Gaming pairs, part B (written by hand). Rioplatense Spanish: Buenos Aires, Rosario, Cordoba, Montevideo, La Plata."""
from common import c, gpair, t

# b01 ignored_customer: financiera en Cordoba
B01_O = c("Buenas. Quería ver si me pueden dar un préstamo. Ochocientas lucas, es para arreglar la camioneta, que con eso laburo.", None)

# b02 repeated_questions: aire acondicionado en Rosario, por chat
B02_O = c("hola buenas, necesito un aire split para una habitacion. la pieza da al oeste y es ultimo piso, en verano es un horno", None)

# b03 wrong_paraphrase: prepaga en Belgrano, jubilado
B03_O = c("Buenas tardes, señorita. Vengo porque me llegó la factura de este mes y otra vez aumentó. Ya no sé cómo hacer.", None)

# b04 pitch_to_upset: banco en Pocitos, cuenta de un padre fallecido
B04_O = c("Hola... disculpá. Mi padre falleció el martes y tenía la cuenta acá. No sé bien qué tengo que hacer, me dijeron que viniera.", None)

# b05 blame: posventa de electrodomesticos en Quilmes, por telefono
B05_O = c("Hola, buenas tardes. Les compré un lavarropas hace cuatro meses y ahora se me para en la mitad del lavado, con toda el agua adentro. Y tengo tres chicos, imaginate la montaña de ropa.", None)

# b06 monologue: inmobiliaria con emprendimientos en pozo, Nunez
B06_O = c("Hola, buenas. Estamos buscando alquilar un tres ambientes por la zona. Tenemos un nene de dos años y en el dos ambientes ya no entramos.", None)

# b07 closing_as_open_question: tostadero que visita una cafeteria de Pichincha
B07_O = c("Hola, sí, pasá. Te aviso que con el tostador que tengo estoy bastante bien, pero la máquina me está dando problemas.", None)

# b08 pitch_as_paraphrase: linea de celular para un estudiante en Cordoba
B08_O = c("Hola, eh... quería sacar una línea de acá. Soy de Jujuy, vine a estudiar a la facu y mi número de allá no me anda bien.", None)

# b09 upsell_as_loop_closing: service de auto en La Plata
B09_O = c("Buen día, traigo el auto para el service de los veinte mil. Lo tenía reservado para hoy a las ocho.", None)

# b10 leading_tag_questions: clinica odontologica en el Cordon
B10_O = c("Buenas. Quería saber cuánto sale un implante. Se me partió una muela de abajo y me la tuvieron que sacar.", None)

PAIRS = [
    gpair(
        "esb54g_cordoba_prestamo", "financiera de préstamos personales, Córdoba centro", "ignored_customer",
        "Un repartidor necesita plata para arreglar la caja de su camioneta; figura en el Veraz por una deuda ya pagada y no puede pagar cuotas altas.",
        good=[
            B01_O,
            t("Buenas, pasá, sentate. Ochocientos mil para la camioneta. ¿Qué tiene? ¿Y de qué laburás con ella, repartos?"),
            c("Reparto de bebidas a los almacenes. Se le rompió la caja, y sin la camioneta no cobro. Te aviso de una: estoy en el Veraz, tuve un quilombo con una tarjeta hace dos años.", None),
            t("Gracias por decírmelo de entrada, nos ahorramos vueltas. ¿Esa deuda la terminaste de pagar o sigue abierta?"),
            c("La pagué el año pasado, tengo el libre deuda. Pero me sigue apareciendo igual.", None),
            t("Pasa, el historial queda un tiempo. Con el libre deuda lo podemos presentar; no te prometo los ochocientos, pero algo sale. ¿Cuánto podrías pagar por mes sin que te complique?"),
            c("Y... ciento veinte, ciento treinta como mucho. Ya me comí una financiera que me fundió con los intereses, no quiero repetir.", "bad_experience"),
            t("Entendido, por eso te digo el costo total y no solo la cuota. Ochocientos mil a doce meses te da una cuota de unos 118 mil, y en total devolvés cerca de un millón cuatrocientos. Es caro, no te voy a mentir. ¿El taller no te financia la caja?"),
            c("El taller solo con tarjeta, y tarjeta no tengo. Y el millón cuatro... uf, es un montón de interés.", "too_expensive"),
            t("Sí. Si te sirve, pedí menos: si el taller te pone una caja usada por quinientos, la cuota baja a unos 75. Traeme el presupuesto del taller y el libre deuda, y lo cargamos con el monto justo."),
            c("Dale, mañana paso con los papeles y el presupuesto.", None),
        ],
        gaming=[
            B01_O,
            t("Buenas, ¿cómo estás? Contame, ¿para qué necesitás el préstamo?"),
            c("Para arreglar la caja de la camioneta, laburo de reparto. Te aviso que estoy en el Veraz por una deuda vieja, ya la pagué.", None),
            t("Perfecto. ¿Y cuánto querés pedir?"),
            c("Ochocientas lucas. Pero más de ciento veinte por mes no puedo pagar, eso es lo que me preocupa.", None),
            t("Genial. Entonces te armo el de un millón y medio, así te sobra para otras cosas. A 18 meses te queda una cuota de 190. ¿Tenés el último recibo de sueldo?"),
            c("¿Un millón y medio? Te dije ochocientos. Y ciento noventa no lo puedo pagar.", "no_money"),
            t("Bárbaro. Cargamos los datos y el sistema te aprueba en el momento. ¿Tenés el DNI a mano?"),
            c("¿Y lo del Veraz, no te importa? La última financiera que me dio un préstamo así me fundió con los intereses.", "bad_experience"),
            t("No te preocupes por eso. ¿Cuál es tu CBU para depositártelo?"),
            c("No, pará. Así no. Me voy.", None),
        ],
    ),
    gpair(
        "esb54g_rosario_aire", "electrodomésticos y climatización, Rosario centro", "repeated_questions",
        "Un futuro padre consulta por chat por un aire para el cuarto del bebé, último piso al oeste; la instalación le preocupa por el gasto.",
        good=[
            B02_O,
            t("¡Hola! Te ayudo. ¿Cuánto mide la pieza más o menos? Con último piso y al oeste conviene ir un poco más arriba en frigorías, pero quiero ver el tamaño."),
            c("4x4 mas o menos. es para el cuarto del bebe, nace en diciembre", None),
            t("¡Felicitaciones! Para 16 metros en esas condiciones te recomiendo uno de 3000 frigorías inverter: es más silencioso, que con un bebé se agradece, y gasta menos luz. Sale 890 mil, en 6 cuotas sin interés. ¿Lo querés con instalación nuestra o tenés quién te lo instale?"),
            c("con instalacion. cuanto sale?", None),
            t("La instalación estándar, hasta tres metros de caño, son 180 mil."),
            c("uh 180 la instalacion? me matas. con todo lo del bebe no llego a eso ahora", "no_money"),
            t("Te entiendo. Dos opciones: la instalación entra en las 6 cuotas si la pagás junto con el equipo, y te quedan unos 180 por mes en total. O, si podés esperar, en octubre suele haber 12 cuotas y para diciembre llegás bien. ¿Qué te sirve más?"),
            c("lo de meter todo en 6 cuotas me sirve. lo hablo con mi novia hoy y mañana te confirmo", "think_it_over"),
            t("Dale. Te paso por acá el presupuesto completo, con el modelo y la instalación, así lo ven juntos."),
        ],
        gaming=[
            B02_O,
            t("¡Hola! Gracias por escribirnos. ¿Qué tamaño tiene el ambiente que querés climatizar?"),
            c("4x4, ultimo piso, al oeste", None),
            t("Perfecto. ¿Y cuántos metros cuadrados tiene la habitación, más o menos?"),
            c("4x4... 16 metros. como te dije", None),
            t("Genial. Para poder asesorarte bien, contame: ¿qué superficie tiene el espacio donde iría el equipo?"),
            c("che ya te lo dije dos veces. 16 metros. cuanto sale uno de 3000 con instalacion?", None),
            t("Claro, entiendo. ¿Y es para living, dormitorio, oficina? ¿Qué medidas tiene?"),
            c("es un dormitorio de 4x4!! me vas a preguntar lo mismo toda la tarde?", None),
            t("Disculpá, es para asegurarme de entender tu necesidad. Entonces, para cerrar: ¿cuántos metros tiene el ambiente?"),
            c("deja, lo compro en otro lado", None),
        ],
    ),
    gpair(
        "esb54g_belgrano_prepaga", "prepaga, sucursal Belgrano (CABA)", "wrong_paraphrase",
        "Un jubilado quiere bajar la cuota de la prepaga de él y su esposa sin que ella pierda a su cardiólogo.",
        good=[
            B03_O,
            t("Buenas tardes. Lo entiendo, tome asiento. ¿Me presta el carnet así veo su plan? ¿Cuánto le vino este mes?"),
            c("Acá tiene. Seiscientos ochenta mil, somos mi señora y yo. Con las dos jubilaciones... le juro que esto nos sale más que todo el resto junto.", None),
            t("Está en el plan 450. Antes de ver opciones quiero entender qué usan: ¿van seguido al médico? ¿Hay algún tratamiento en curso?"),
            c("Mi señora va al cardiólogo acá en el sanatorio de Belgrano, cada tres meses, y toma medicación. Yo, el control y poco más. Lo principal es que ella no pierda a su médico.", None),
            t("Entonces: bajar la cuota, pero que su señora siga con el mismo cardiólogo y la misma medicación. El plan 310 mantiene ese sanatorio y a ese médico en cartilla, y la medicación crónica sigue al 70%. Pierde la habitación individual y algunos profesionales de la cartilla alta. Quedaría en unos 490 mil."),
            c("Sigue siendo mucho para dos jubilados, le digo la verdad. Aunque son casi doscientos menos...", "no_money"),
            t("Es verdad, sigue siendo mucho. Le dejo por escrito la cartilla del 310 con el cardiólogo marcado, así lo verifica usted o su señora. El cambio rige desde el mes próximo y no tiene carencias, porque es el mismo prestador."),
            c("Sí, démelo, que lo vea ella. Si está su médico, el lunes vuelvo y lo firmo.", "think_it_over"),
            t("Perfecto. El lunes lo atiendo yo; pregunte por Carla."),
        ],
        gaming=[
            B03_O,
            t("Buenas tardes. Para entenderlo bien, ¿me cuenta qué le preocupa?"),
            c("Que aumentó otra vez. Seiscientos ochenta mil. Somos dos jubilados, no llegamos.", None),
            t("Entiendo. Entonces, si no me equivoco, lo que usted me dice es que el aumento no es el problema, sino que quiere más cobertura para su señora, ¿es así?"),
            c("No, no dije eso. Quiero pagar menos. Y que mi señora no pierda al cardiólogo.", None),
            t("Claro. O sea que usted está conforme con el servicio y lo que busca es sumar odontología para los dos. ¿Entendí bien?"),
            c("¿Qué odontología? No, señorita, escúcheme: quiero bajar la cuota.", None),
            t("Perfecto, entonces lo que a usted le importa es la tranquilidad de la habitación individual, así que le propongo mantener el 450 y sumar el adicional odontológico, que son solo 35 mil más."),
            c("Usted no me escucha. Treinta y cinco más no puedo, ni treinta y cinco ni nada.", "no_money"),
            t("Entiendo. Para resumir, usted quiere pensarlo con su señora y volver la semana que viene, ¿correcto?"),
            c("Quiero hablar con el supervisor.", None),
        ],
    ),
    gpair(
        "esb54g_montevideo_duelo", "banco, sucursal Pocitos (Montevideo)", "pitch_to_upset",
        "Una mujer cuyo padre murió hace días no sabe qué hacer con la cuenta de él, que sigue pagando débitos automáticos.",
        good=[
            B04_O,
            t("Lo siento mucho. Tomate el tiempo que necesites, te lo explico paso a paso. ¿Tenés a mano la partida de defunción, o todavía no te la dieron?"),
            c("Tengo una copia, sí. Lo que me preocupa es que le siguen debitando cosas: la cuota de la mutualista, el celular... y no sé si eso se puede parar.", None),
            t("Sí, se puede. Con la partida dejo la cuenta inmovilizada hoy mismo: no sale nada más, ni débitos ni tarjeta. Lo que haya queda ahí hasta que se haga la sucesión. ¿Tu padre tenía otros herederos, hermanos tuyos?"),
            c("Somos mi hermano y yo. Él vive en Buenos Aires.", None),
            t("Bien. Para retirar el saldo van a tener que presentar los dos el certificado de resultancias de autos de la sucesión; eso lo tramita un escribano. No tiene que ser ya. ¿Querés que te imprima la lista de lo que van a necesitar?"),
            c("Sí, por favor. Hoy no tengo cabeza para escribanos, de verdad.", None),
            t("Es lógico. Con la cuenta inmovilizada no hay ningún apuro. Te dejo mi nombre y el teléfono directo; cuando tu hermano pueda venir o mandar un poder, lo coordinamos."),
            c("Gracias. Pensé que iba a ser mucho peor.", None),
        ],
        gaming=[
            B04_O,
            t("Lo siento mucho. ¿Cómo te puedo ayudar hoy?"),
            c("Quiero saber qué hago con la cuenta. Le siguen debitando la mutualista y el celular.", None),
            t("Entiendo lo que estás viviendo. Justamente estos momentos nos hacen pensar en proteger a la familia, ¿no? ¿Vos tenés seguro de vida? Tenemos uno que con la cuenta sueldo sale 900 pesos por mes."),
            c("No... no vine por eso. Vine por los débitos de papá.", "no_need"),
            t("Claro. Y pensando en la herencia: cuando se libere la plata, ¿ya pensaste qué vas a hacer? Tenemos un plazo fijo en dólares que paga muy bien, te lo puedo dejar reservado."),
            c("Mi padre se murió el martes. No pensé en ninguna herencia.", None),
            t("Perdón, te entiendo perfectamente, solo quería que te lleves toda la información. Entonces, ¿te anoto para una entrevista con nuestro asesor de inversiones la semana que viene?"),
            c("Ahora no puedo pensar en eso. Decime cómo paro los débitos y me voy.", "no_time"),
            t("Para eso tenés que traer la partida de defunción y la sucesión. ¿Algo más en lo que te pueda ayudar?"),
            c("Nada. Ya está.", None),
        ],
    ),
    gpair(
        "esb54g_quilmes_lavarropas", "casa de electrodomésticos, servicio posventa, Quilmes (GBA sur)", "blame",
        "Una madre de tres chicos tiene un lavarropas en garantía que se detiene con error de desagote; el técnico de la instalación ya le había dejado una manguera mal puesta.",
        good=[
            B05_O,
            t("Buenas tardes, qué macana, con tres chicos el lavarropas no puede parar. Tiene un año de garantía, así que lo cubrimos. ¿Te aparece algún código en la pantallita cuando se para?"),
            c("Sí, dice E21. Y hace un ruido como que quiere desagotar y no puede.", None),
            t("Ese código es de desagote. A veces es solo el filtro de la bomba, que junta monedas o pelusa; está abajo a la derecha, detrás de una tapita. ¿Querés que lo revisemos juntas ahora, o preferís directamente la visita del técnico?"),
            c("Mirá, el técnico de ustedes ya vino una vez, para la instalación, y me dejó la manguera mal puesta: se me inundó el lavadero. No quiero que venga el mismo.", "bad_experience"),
            t("Tenés razón en estar molesta, y te pido disculpas por eso. Lo dejo anotado en el reclamo para que vaya otro técnico. Mientras, si querés, probamos lo del filtro: poné un trapo y una palangana, que sale agua."),
            c("Bueno, dale... esperá... ¡Ahí está! Tenía un broche de pelo y un montón de pelusa.", None),
            t("¡Ese era! Cerralo bien y probá un centrifugado solo. Igual te dejo el reclamo abierto una semana: si vuelve a salir el E21, llamás con el número 7731 y va el técnico, otro, sin costo."),
            c("Genial. Gracias, posta, me salvaste la tarde.", None),
        ],
        gaming=[
            B05_O,
            t("Buenas tardes. Contame qué pasó, así entiendo bien tu experiencia."),
            c("Se para a mitad del lavado con el agua adentro. Dice E21.", None),
            t("Ajá. ¿Y no lo estarás cargando de más? Con tres chicos seguro lo llenás hasta arriba. La mayoría de estos problemas son por mal uso."),
            c("Lo cargo normal, como dice el manual. Hace cuatro meses que lo tengo.", None),
            t("¿Segura? ¿Y qué jabón usás? Porque si ponés jabón para lavar a mano hace espuma y tapa todo. ¿Leíste en el manual la parte del filtro? Eso lo tiene que limpiar el cliente todos los meses."),
            c("Nadie me dijo nada de ningún filtro. El técnico que me lo instaló no me explicó nada, y encima me dejó la manguera floja.", None),
            t("Bueno, el manual lo explica. Si mandamos un técnico y es por mal uso, la visita la pagás vos, son 25 mil. ¿Querés la visita igual?"),
            c("¿Veinticinco lucas una visita por algo que está en garantía? Es un robo.", "too_expensive"),
            t("Son las condiciones de la garantía. Si no, podés limpiar el filtro vos. ¿Algo más?"),
            c("Sí: el teléfono de Defensa del Consumidor.", None),
        ],
    ),
    gpair(
        "esb54g_nunez_alquiler", "inmobiliaria con venta de emprendimientos en pozo, Núñez (CABA)", "monologue",
        "Una pareja con un hijo chico quiere alquilar un tres ambientes cerca del jardín del nene; vive del sueldo y tiene garantía de provincia.",
        good=[
            B06_O,
            t("Hola, ¿cómo están? Los ayudo. ¿Qué presupuesto manejan por mes, contando expensas? ¿Y hay algo que sí o sí tenga que tener: balcón, cochera, estar cerca de algún jardín?"),
            c("Hasta setecientos mil con expensas. Cochera no, no tenemos auto. Que esté cerca del jardín de Manuela Pedraza, donde va el nene.", None),
            t("Perfecto. Tengo dos en ese radio: uno en Cuba y Manuela Pedraza, 680 con expensas, contrafrente y luminoso; y otro sobre Cabildo a 620, pero da a la avenida y hay ruido. ¿Con qué garantía cuentan?"),
            c("La de mis suegros, que tienen casa en Provincia. ¿Sirve?", None),
            t("Estos dueños suelen pedir garantía de Capital o seguro de caución; les pregunto hoy si aceptan Provincia, así no perdés tiempo. ¿Podés ver el de Cuba el jueves a las seis de la tarde?"),
            c("El jueves a las seis salgo del laburo, llego tipo siete menos cuarto.", None),
            t("Lo pongo a las seis y cuarenta y cinco, entonces. Mañana te escribo con lo de la garantía."),
        ],
        gaming=[
            B06_O,
            t("¡Hola, bienvenidos! ¿Qué sueñan para su familia? Porque les cuento: alquilar hoy es tirar la plata. Tenemos un emprendimiento en pozo a tres cuadras, con amenities, pileta, laundry, SUM y parrilla en la terraza, y lo pagan en cuotas en dólares ajustadas por costo de construcción. Para una familia joven es la mejor decisión."),
            c("Ah... pero nosotros queríamos alquilar, no...", None),
            t("Los entiendo perfectamente. Pero piénsenlo: en tres años, en vez de recibos de alquiler, tienen una propiedad. El tres ambientes sale 185 mil dólares, treinta por ciento de anticipo y el resto en 36 cuotas. El barrio se revaloriza, los precios van a subir seguro, y la unidad del noveno tiene vista al río."),
            c("¿Treinta por ciento de anticipo? Ni en sueños tenemos eso. Vivimos del sueldo.", "no_money"),
            t("Por eso mismo: muchos clientes en su situación venden el auto o les piden una mano a los padres, y en dos años ya están adentro. Miren los renders: cocina integrada, isla de cuarzo, balcones aterrazados, que son lo más pedido del proyecto..."),
            c("No tenemos auto ni padres con plata. Y el nene necesita la pieza ahora, no en tres años.", "no_need"),
            t("Entiendo su necesidad. ¿Qué les parece si les mando el brochure y coordinamos una visita al showroom el sábado?"),
            c("No hace falta. Vamos a ver en otra inmobiliaria.", "brush_off"),
        ],
    ),
    gpair(
        "esb54g_rosario_cafeteria", "tostadero de café con venta a cafeterías, Rosario (Pichincha)", "closing_as_open_question",
        "La dueña de una cafetería chica está conforme con su café pero su máquina de espresso pierde presión; el vendedor de otro tostadero la visita.",
        good=[
            B07_O,
            t("Gracias por recibirme. Entonces el café te gusta y lo que te complica es la máquina. ¿Qué le pasa?"),
            c("Pierde presión, a la tarde, cuando hay más gente, el café sale aguado. Tiene como diez años.", None),
            t("¿Y cuántos kilos de café estás moviendo por mes, más o menos?"),
            c("Diez, doce kilos. Es un lugar chico, ocho mesas.", None),
            t("Te soy sincero: nuestro comodato pide mínimo quince kilos por mes para dejarte una máquina nueva, así que con doce no te conviene cambiar de tostador solo por eso. Lo que sí puedo hacer es mandarte nuestro técnico a revisar la tuya: muchas veces la pérdida de presión es la bomba o una junta, y sale mucho menos que una máquina."),
            c("Ah, mirá. ¿Y eso cuánto sería?", None),
            t("La visita son 20 mil, y si es la bomba, unos 90 más. Si después querés probar nuestro café, te dejo un kilo de muestra y lo comparás con el tuyo, sin compromiso."),
            c("Me gusta. Pero lo del café lo tengo que ver con mi socio, que es fanático del que tenemos.", "think_it_over"),
            t("Perfecto, que lo pruebe él también. ¿Te mando al técnico el martes, antes de que abras?"),
            c("El martes abrimos a las ocho; que venga siete y media.", None),
        ],
        gaming=[
            B07_O,
            t("Gracias por recibirme. Contame, ¿qué te gustaría mejorar en tu café? ¿Con qué máquina te gustaría arrancar, la de dos grupos o la de tres?"),
            c("Pará, yo no dije que quiero cambiar nada. La máquina pierde presión, eso es todo.", "no_need"),
            t("Claro, y por eso una máquina nueva en comodato te resuelve todo. ¿Cuándo te queda mejor que te la instalemos, el lunes o el miércoles?"),
            c("Con mi tostador estoy bien, hace seis años que trabajamos juntos.", "no_need"),
            t("Te entiendo. ¿Qué tendría que pasar para que firmes el comodato hoy? El mínimo es de veinte kilos por mes, nada más."),
            c("¿Veinte kilos? Yo muevo doce. No me da la plata para comprar café que no vendo.", "no_money"),
            t("Eso se acomoda, después lo movés con promos. ¿Qué te parece si dejamos la instalación para el lunes y firmamos ahora, así te aseguro el precio?"),
            c("No, hoy no firmo nada. Dejame tu tarjeta y lo hablo con mi socio.", "think_it_over"),
            t("¡Buenísimo! ¿Y a qué hora te llamo mañana para cerrar con tu socio?"),
            c("No me llames. Si me interesa, te llamo yo.", "brush_off"),
        ],
    ),
    gpair(
        "esb54g_cordoba_linea", "compañía de telefonía móvil, local del centro de Córdoba", "pitch_as_paraphrase",
        "Un estudiante jujeño recién llegado, con beca y wifi en la pensión, quiere una línea barata y conservar su número.",
        good=[
            B08_O,
            t("Hola, bienvenido a Córdoba. Te ayudo. ¿Para qué usás más el celu? ¿Tenés wifi donde vivís?"),
            c("En la pensión hay wifi. Afuera uso WhatsApp, el mapa para los colectivos y poco más. A mi vieja la llamo por WhatsApp también.", None),
            t("Entonces no necesitás un plan grande. ¿Querés mantener tu número de Jujuy? Se puede pasar a nuestra compañía."),
            c("Sí, mejor, que lo tiene toda mi familia. ¿Y cuánto sale por mes? Estoy con la beca, no me sobra nada.", None),
            t("Con lo que me contás te alcanza la prepaga con el pack de 4 gigas: 6 mil por mes, y WhatsApp no te consume datos. Si algún mes te quedás corto, cargás un pack extra. Sin contrato, lo dejás cuando quieras."),
            c("Ah, eso está bien. Dale.", None),
            t("Genial. Traeme el DNI y el chip de Jujuy; el cambio tarda dos días hábiles y mientras tanto seguís usando el tuyo."),
        ],
        gaming=[
            B08_O,
            t("¡Hola! Contame, ¿cómo es tu día a día con el celular?"),
            c("WhatsApp y el mapa, nada más. En la pensión tengo wifi.", None),
            t("Perfecto. O sea que lo que vos necesitás es nuestro plan Full 40 gigas, con Netflix y Spotify incluidos, a 25 mil por mes. ¿Es así?"),
            c("No, eh... Netflix lo veo en la compu. Y 25 lucas para mí es re caro, estoy con la beca.", "no_money"),
            t("Claro, te escucho. Entonces lo que me estás diciendo es que querés algo con cobertura en la ruta para cuando volvés a Jujuy, y para eso está el Full con roaming nacional. ¿Correcto?"),
            c("No dije nada de eso. Quiero lo más barato que haya.", None),
            t("Perfecto: lo que buscás es ahorrar, así que lo que te conviene es el Full con doce meses de permanencia, que te baja a 19 mil. ¿Lo dejamos así?"),
            c("Nah. En el kiosco de la esquina saco una prepaga por dos mangos y listo.", "too_expensive"),
        ],
    ),
    gpair(
        "esb54g_laplata_service", "taller de service de una concesionaria, La Plata", "upsell_as_loop_closing",
        "Una docente deja el auto para el service de los 20.000 km y lo necesita esa tarde para viajar; el mes viene ajustado.",
        good=[
            B09_O,
            t("Buen día. Sí, acá te tengo. Antes de entrarlo: ¿notaste algo raro, algún ruido, alguna luz en el tablero?"),
            c("Nada raro. Bueno, a veces cuando freno chilla un poquito, pero capaz es por la lluvia.", None),
            t("Lo anoto para que lo miren. El service de los veinte mil incluye aceite, filtros y revisión general: son 210 mil y te lo entrego a las 14. ¿Te viene bien ese horario?"),
            c("Sí, a las dos está bien. Lo necesito a la tarde porque mañana me voy a Chascomús.", None),
            t("Te llamo por el auto: ya está. El chillido es de las pastillas de freno, les queda un treinta por ciento; no es urgente, te dan para unos cinco mil kilómetros más. Si querés las cambiamos hoy, son 85 mil, o lo dejás para el próximo service. A Chascomús podés ir tranquila."),
            c("Ah, bueno. Entonces lo dejo para la próxima, este mes ya gasté bastante.", "no_money"),
            t("Me parece razonable. Lo dejo anotado en la orden para que las revisen en el próximo service. Pasá a buscarlo cuando quieras, está en la playa."),
            c("Perfecto, voy para allá.", None),
        ],
        gaming=[
            B09_O,
            t("Buen día. Perfecto, service de los veinte mil. ¿Qué más te podemos sumar hoy para que te vayas tranquila? Tenemos el tratamiento cerámico de pintura, 150 mil."),
            c("No, gracias, solo el service.", "no_need"),
            t("Bárbaro. ¿Algo más que necesites? Porque a esta altura muchos clientes aprovechan que el auto está en el elevador y cambian amortiguadores."),
            c("¿A los veinte mil kilómetros? Si anda perfecto.", "no_need"),
            t("Como prefieras. ¿Y te agrego la limpieza de inyectores y el juego de alfombras originales? ¿Algo más que te pueda sumar para cerrar bien tu experiencia?"),
            c("Che, me estás vendiendo todo el catálogo. ¿Cuánto es el service solo? Que este mes estoy con lo justo.", "no_money"),
            t("El service son 210. Con el cerámico y los inyectores queda en 430, pero es una inversión en el auto. ¿Lo dejamos todo?"),
            c("No. El service y nada más. Y a las dos lo necesito, ¿eh?", "no_need"),
        ],
    ),
    gpair(
        "esb54g_montevideo_implante", "clínica odontológica, Montevideo (Cordón)", "leading_tag_questions",
        "Un hombre al que le sacaron una muela pregunta por un implante; a su madre se le aflojó uno y el precio lo asusta.",
        good=[
            B10_O,
            t("Buenas, sentate. Te paso el precio, pero antes dejame preguntarte un par de cosas, porque depende. ¿Hace cuánto te la sacaron? ¿Te molesta para comer?"),
            c("Hace como dos meses. Mastico del otro lado, no me duele. Pero a mi madre le pusieron uno y se le aflojó al año, así que no sé si quiero.", "bad_experience"),
            t("Tiene sentido que dudes. A veces pasa por falta de hueso, por fumar, o porque no se estudió bien antes. En tu caso lo primero sería una tomografía para ver si hay hueso suficiente; sin eso no te puedo decir si el implante es buena idea."),
            c("Ta. ¿Y la tomografía cuánto sale?", None),
            t("Dos mil ochocientos pesos. Si hay hueso, el implante con la corona anda en 38 mil, en hasta seis pagos. Si no hay, vemos si conviene un puente, que es más barato."),
            c("Treinta y ocho mil es pila de plata, bo.", "too_expensive"),
            t("Lo es. Por eso prefiero que empieces por la tomografía y, con el resultado en la mano, decidas entre implante, puente o dejarlo así, que también es una opción si masticás bien. ¿Te doy hora para la tomografía?"),
            c("Sí, dale, eso sí. Un viernes, si puede ser.", None),
            t("El viernes a las diez tengo lugar. Te anoto."),
        ],
        gaming=[
            B10_O,
            t("Buenas. Vas a querer el implante suizo, ¿no? Porque en la boca no se ahorra, ¿verdad?"),
            c("No sé, vengo a averiguar. A mi madre le pusieron uno y se le aflojó al año.", "bad_experience"),
            t("Ah, pero seguro que fue uno barato, ¿no? Con el suizo eso no pasa, ¿o no? Y vos sos alguien que se cuida, se nota."),
            c("¿Y ese cuánto sale?", None),
            t("Cincuenta y dos mil con la corona. Que para toda la vida no es nada, ¿no es cierto? Lo empezamos esta semana, ¿te parece?"),
            c("¿Cincuenta y dos? No, eso es salado. Y ni me miraste la boca todavía.", "too_expensive"),
            t("Bueno, pero la salud no tiene precio, ¿verdad? Y seguro que querés volver a masticar de los dos lados cuanto antes, ¿no?"),
            c("Mirá, lo voy a pensar.", "think_it_over"),
        ],
    ),
]

"""Gaming pairs, file b (hand-written by the esb59 writer). Kinds: ignored_customer ... blame, then monologue ... leading_tag_questions."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- b1 ignored_customer
_o = c("Buenos días, mijita. Vengo a ver lo del plazo fijo, que me dijo mi compadre que aquí pagan bien. Pero le digo de una vez: yo ya perdí plata una vez en una cooperativa que se cerró.", "bad_experience")
PAIRS.append(gpair(
    "esb59g_cuenca_plazo_fijo",
    "cooperativa de ahorro y crédito, Cuenca (centro)",
    "ignored_customer",
    "Un jubilado cuencano llega a una cooperativa a preguntar por un depósito a plazo fijo con la liquidación de su jubilación; años atrás perdió ahorros en una cooperativa que cerró.",
    [
        _o,
        t("Buenos días, don Rigoberto. Qué duro lo que le pasó; con razón quiere estar seguro. ¿Cuándo fue eso, y qué pasó con su plata esa vez?"),
        c("Por el 2013, una chiquita de aquí de Cuenca, la cerró la Superintendencia. Recuperé algo por el seguro, pero no todo, ya le digo.", None),
        t("Le explico cómo es aquí, sin adornos. Estamos en el segmento uno, controlados por la Superintendencia de Economía Popular y Solidaria, y los depósitos tienen el seguro de depósitos hasta el límite que fija la ley, por persona. ¿Cuánto está pensando poner?"),
        c("Son veinte mil, la liquidación de la jubilación. Es todo lo que tengo, mijita.", None),
        t("Entonces con más razón vamos despacio. Los veinte mil quedan dentro de la cobertura. A un año le pagamos 7,5 por ciento anual; a seis meses, 6,8. Si necesita plata cada mes, también se le puede pagar el interés mensual en vez de al final. ¿Cómo se maneja con la pensión?"),
        c("La pensión me alcanza, justito. Pero antes de firmar quiero que mi hija lo vea, ella es contadora.", "think_it_over"),
        t("Me parece muy bien. Le imprimo la simulación a seis meses y a un año, con la tasa, el interés en dólares y la hoja del seguro de depósitos. Cuando venga con su hija, pregunten por mí, Paola."),
        c("Ya, mijita, Dios le pague. El lunes venimos.", None),
    ],
    [
        _o,
        t("Buenos días. ¡Qué bueno que nos visita! Cuénteme, ¿cuánto quiere invertir y a qué plazo?"),
        c("Son veinte mil, la liquidación. Pero como le digo, yo ya perdí en una cooperativa que se cerró, y tengo miedo, ¿ve?", "bad_experience"),
        t("Perfecto, veinte mil. ¿Y qué es lo más importante para usted en una inversión?"),
        c("Que sea seguro, pues. Que no me pase lo de la otra vez. ¿Ustedes tienen ese seguro de depósitos?", None),
        t("Excelente. Entonces le recomiendo a 721 días, que es donde está la mejor tasa, 8,25 por ciento. Lo importante es maximizar su rentabilidad, ¿no?"),
        c("¿Dos años? No, mijita, a mi edad no sé si llego a dos años. Y todavía no me dice lo del seguro.", "no_need"),
        t("Tranquilo, don, eso está todo en el contrato. ¿Le parece si firmamos a 721 días? ¿Desde qué cuenta lo va a transferir?"),
        c("Mejor lo consulto con mi hija, que es contadora. Usted no me ha contestado nada de lo que le pregunté.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- b2 repeated_questions
_o = c("buenas, soy de coronel oviedo, tengo una tiendita de celulares. ustedes venden fundas al por mayor? cuanto es el minimo", None)
PAIRS.append(gpair(
    "esb59g_cde_mayorista_fundas",
    "mayorista de accesorios de celular, Ciudad del Este",
    "repeated_questions",
    "Por WhatsApp, la dueña de una tiendita de celulares de Coronel Oviedo consulta a un mayorista de Ciudad del Este por fundas al por mayor.",
    [
        _o,
        t("Buenas! Si, vendemos por mayor. El minimo es 50 unidades, surtidas como quieras. Que modelos se venden mas en tu zona?"),
        c("samsung a14, a24 y los redmi 12 sobre todo. iphone poco, la gente alla compra mas samsung", None),
        t("Perfecto. Para esos tres modelos tengo funda de silicona a 9 mil por mayor y la antigolpe transparente a 14 mil. La de silicona sale mas rapido pero la antigolpe te deja mas margen. Cuantas vendes por semana mas o menos?"),
        c("unas 20 x semana. pero la vez pasada compre en otro lado y me vinieron la mitad con el agujero de la camara mal, quede con mercaderia parada", "bad_experience"),
        t("Que macana. Para que no te pase, te mando fotos de cada modelo puesto en el telefono antes de despachar, y si alguna viene mal te la cambio en el proximo envio sin costo. Para 20 por semana te sugiero empezar con 60: 30 de silicona y 30 antigolpe, repartidas en los tres modelos."),
        c("ok me parece. como me lo mandan a oviedo?", None),
        t("Por encomienda en el bus de la tarde: sale hoy y mañana temprano retiras en la terminal de Oviedo. La encomienda es 25 mil, la pagas vos al retirar."),
        c("dale, pasame el total y el alias para transferir", None),
    ],
    [
        _o,
        t("Buenas! Gracias por contactarnos. Contame, que modelos necesitas?"),
        c("samsung a14, a24 y redmi 12 sobre todo. el minimo cuanto es?", None),
        t("Genial. Y para entender mejor tu necesidad, que marcas de celulares son las que mas salen en tu tiendita?"),
        c("ya te dije, samsung y redmi. iphone casi nada", None),
        t("Perfecto, anotado. Y contame, que tipo de telefonos usa la mayoria de tus clientes?"),
        c("samsung y redmi che jaja. el minimo cuanto es? y como mandan a oviedo?", None),
        t("Excelente pregunta. Antes de eso, para darte la mejor experiencia: cuales son los modelos con mas rotacion en tu local?"),
        c("nde... es la tercera vez que te digo lo mismo. no tengo toda la tarde para esto, estoy atendiendo", "no_time"),
        t("Disculpa! Solo queria entender bien. Entonces, para resumir, que celulares tienen tus clientes?"),
        c("dejalo. le pregunto a otro mayorista de la galeria", None),
    ],
))

# ---------------------------------------------------------------- b3 wrong_paraphrase
_o = c("Buenas, ñaña. Necesito tres pasajes a Cuenca para el viernes, pero uno es para mi abuelita que tiene ochenta y dos años y se marea bastante.", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_pasajes_cuenca",
    "cooperativa de buses interprovinciales, Terminal Terrestre de Guayaquil",
    "wrong_paraphrase",
    "En la boletería de la Terminal Terrestre de Guayaquil, una mujer compra pasajes a Cuenca para ella, su hermano y su abuela, que se marea en las curvas.",
    [
        _o,
        t("Buenas. Claro. Una cosita antes: a Cuenca hay buses por Molleturo, por El Cajas, que es más rápido pero tiene harta curva y sube bastante; y por La Troncal, que es más largo pero más suave. ¿A qué hora quisieran salir?"),
        c("Ah, no sabía eso. Por el más suave, entonces. En la mañana, tipo nueve, para que la abuelita no llegue de noche.", None),
        t("Hay uno a las nueve y media por La Troncal, llega a Cuenca como a las dos y media. Para su abuelita le recomiendo adelante, asientos uno, dos y tres, que se mueven menos. Y por la edad tiene el cincuenta por ciento en su pasaje; traiga la cédula de ella."),
        c("¡Ah, qué bien! ¿Y cuánto sería todo?", None),
        t("Son 9 dólares el normal: los dos suyos 18 y el de la abuelita 4,50. Total 22,50."),
        c("Ya. ¿Y si ese día ella amanece mal y no podemos viajar?", None),
        t("Si nos avisa hasta dos horas antes, le cambio la fecha sin costo. Le anoto aquí el número de la boletería."),
        c("Listo, ñaña, deme los tres.", None),
    ],
    [
        _o,
        t("Buenas. Claro. Para entender bien su necesidad: entonces son tres pasajes de ida y vuelta para el fin de semana, ¿correcto?"),
        c("No, solo ida. Y es para el viernes, le dije.", None),
        t("Perfecto, entonces lo que escucho es que su abuelita prefiere viajar de noche para dormir en el bus. Tenemos el de las once de la noche por El Cajas."),
        c("¿De noche? Yo no dije eso. Se marea, le dije. Y por El Cajas peor, con esas curvas.", "no_need"),
        t("Entiendo. Entonces, si le comprendo bien, a ella no le importa el tiempo de viaje y quiere el ejecutivo con asiento cama, que es de 15 dólares. ¿Le aparto tres?"),
        c("¿Quince cada uno? Eso es plata, mijo. Yo nunca le hablé del ejecutivo.", "too_expensive"),
        t("Ok, déjeme confirmar lo que usted me dijo: tres pasajes en el ejecutivo de las once por El Cajas, el viernes. ¿Así quedamos?"),
        c("No, así no quedamos. Déjelo, voy a la boletería de al lado a ver si ahí me entienden.", None),
    ],
))

# ---------------------------------------------------------------- b4 pitch_to_upset
_o = c("Buenas tardes. Quiero dar de baja la línea de mi mamá. Falleció hace dos semanas y le siguen llegando las facturas.", None)
PAIRS.append(gpair(
    "esb59g_asuncion_linea_fallecida",
    "compañía de telefonía móvil, local en un shopping de Asunción",
    "pitch_to_upset",
    "Una mujer va al local de su compañía de teléfono en Asunción a dar de baja la línea de su madre, fallecida hace dos semanas.",
    [
        _o,
        t("Buenas tardes, señora. Mis condolencias, lo siento mucho. Le ayudo con eso ahora. ¿Trajo la cédula de ella y el certificado de defunción, o una copia?"),
        c("Sí, acá está todo. Perdón, todavía me cuesta hablar de esto.", None),
        t("No tiene que pedir perdón, tómese su tiempo. Veo la línea: hay una factura de este mes de 85 mil. ¿Usted quiere pagarla o prefiere que vea si corresponde anularla por la fecha?"),
        c("No sé... ella falleció el 3. ¿Eso cuenta?", None),
        t("Sí: el cargo es del ciclo que empezó el 5, después del fallecimiento, así que con el certificado lo anulo y queda en cero. Una pregunta más: en ese número está el WhatsApp de ella, con fotos y mensajes. ¿Quiere conservar el número un tiempo o darlo de baja ya?"),
        c("Ay, no había pensado en eso... Tiene los audios de ella. No lo quiero perder todavía.", None),
        t("Entonces lo podemos pasar a su nombre como prepago, sin plan y sin facturas, y así no se pierde nada. Cuando usted quiera, lo damos de baja."),
        c("Sí, eso. Gracias, de verdad, pensé que iba a ser un trámite horrible.", None),
    ],
    [
        _o,
        t("Buenas tardes. Lamento mucho su pérdida, entiendo perfectamente lo que siente. ¿Trajo la cédula de ella?"),
        c("Sí, acá está todo. Perdón, todavía me cuesta hablar de esto.", None),
        t("Claro. Ya que está acá, le cuento una oportunidad: en vez de dar de baja, puede transferir la línea a su nombre en el plan Ilimitado Familia, y le sumamos un equipo nuevo en 12 cuotas. ¿Qué le parece?"),
        c("No... yo vine solo a darla de baja. Y a ver qué pasa con la factura que llegó.", "no_need"),
        t("Entiendo su necesidad. Justamente con el plan Familia esa factura se absorbe en la cuenta nueva. Son solo 160 mil por mes por dos líneas. ¿Cuántas personas hay en su familia ahora?"),
        c("¿Ahora? Y... ahora somos menos, pues. No quiero otro plan, no puedo pagar eso con todos los gastos del velorio.", "no_money"),
        t("Le entiendo. Para que su experiencia sea completa, también tenemos un seguro de equipos muy solicitado. ¿Le interesaría?"),
        c("Me voy a ir. Vuelvo otro día con mi hermano, que él se encargue.", None),
    ],
))

# ---------------------------------------------------------------- b5 blame
_o = c("Buenas. Compré esta notebook acá hace tres semanas y desde ayer no prende. Tengo la factura.", None)
PAIRS.append(gpair(
    "esb59g_cde_notebook",
    "tienda de informática, Ciudad del Este (microcentro)",
    "blame",
    "Una estudiante universitaria vuelve a la tienda de Ciudad del Este donde compró su notebook porque dejó de encender tres semanas después.",
    [
        _o,
        t("Buenas. A ver, déjeme verla. ¿Qué pasó justo antes de que deje de prender? ¿Estaba cargando, se apagó sola?"),
        c("La dejé cargando a la noche y a la mañana nada. Ni la lucecita del cargador prende. La uso para la facu, tengo un parcial el jueves.", None),
        t("Si ni la luz del cargador prende, puede ser el cargador y no la máquina. Probemos con uno de acá... ¿Ve? Con este sí prende. Es el cargador."),
        c("Ah, menos mal. ¿Y eso entra en la garantía?", None),
        t("Sí, tiene seis meses. Le cambio el cargador ahora mismo por uno nuevo de la misma marca, y lo dejamos enchufado acá un rato para ver que cargue bien."),
        c("Perfecto. ¿Y si pasa de nuevo?", None),
        t("Si vuelve a pasar, la trae con esta factura y la boleta del cambio, y la mandamos al técnico del importador. Le anoto en la factura el cambio de hoy para que conste."),
        c("Listo, gracias. Pensé que iba a tener que pelear.", None),
    ],
    [
        _o,
        t("Buenas. Entiendo su situación. ¿Y qué le hizo usted? Porque estas notebooks no se descomponen solas."),
        c("Nada, la dejé cargando a la noche y a la mañana no prendió.", None),
        t("Ajá. ¿La dejó cargando toda la noche? Ahí está el problema, eso recalienta la batería. Para entender su necesidad: ¿la usa en la cama, sobre la colcha?"),
        c("A veces, sí. ¿Y eso qué tiene que ver? En la caja no decía nada de eso.", None),
        t("Y bueno, es un tema de uso. Si la batería se dañó por mal uso, la garantía no cubre. Tendría que pagar el diagnóstico, 150 mil, y ahí vemos."),
        c("¿150 mil? No tengo esa plata, che, soy estudiante.", "no_money"),
        t("Lamento que su experiencia no sea la esperada, pero no podemos hacernos cargo de los descuidos del cliente. ¿Hay algo más en que le pueda ayudar?"),
        c("Ni siquiera la probaste. Me voy a la Sedeco ahora mismo.", None),
    ],
))

# ---------------------------------------------------------------- b6 monologue
_o = c("Hola, buenas. Estamos viendo un seguro médico porque voy a tener un bebé, y con mi marido no tenemos nada, solo el IPS de él.", None)
PAIRS.append(gpair(
    "esb59g_asuncion_seguro_medico",
    "medicina prepaga de un sanatorio privado, Asunción",
    "monologue",
    "Una mujer embarazada de cuatro meses pregunta en la oficina comercial de una prepaga de Asunción por un seguro médico para ella y su bebé.",
    [
        _o,
        t("Hola, felicitaciones. ¿Para cuándo es el bebé y ya se está controlando en algún lado?"),
        c("Para octubre, tengo cuatro meses. Me controlo en el IPS pero hay mucha fila, y quería tener el parto en un sanatorio privado.", None),
        t("Le soy honesto con una cosa antes de seguir: casi todos los seguros tienen carencia para parto, o sea un tiempo de espera. El nuestro es de diez meses, así que este parto no entraría. El control del embarazo sí, desde el segundo mes."),
        c("Ah... nadie me dijo eso. Entonces no me sirve.", "no_need"),
        t("Para el parto no, y prefiero decírselo ahora. Le puede servir para el bebé: los recién nacidos de madre asegurada entran sin carencia, con pediatría, urgencias e internación. Y si el parto es en nuestro sanatorio, hay un paquete de parto particular, aparte del seguro. ¿Quiere que le pase los dos números para comparar?"),
        c("Mmm, sí, pasame. Pero lo tengo que ver con mi marido, él maneja la plata.", "think_it_over"),
        t("Claro. Le hago una hoja con el plan para usted y el bebé, el paquete de parto y lo que le cubre el IPS, así comparan tranquilos en casa. ¿Se la mando también por WhatsApp?"),
        c("Sí, por WhatsApp mejor, así él lo ve en el trabajo.", None),
    ],
    [
        _o,
        t("Hola, felicitaciones. Mire, le cuento: nuestro plan Oro es el más completo del mercado, tenemos el mejor sanatorio de Asunción, más de cuarenta especialidades, habitación privada, urgencias 24 horas, odontología básica, óptica, descuentos en farmacias, ambulancia propia, y la verdad las familias que se suman quedan encantadas, es una experiencia totalmente distinta."),
        c("Ah, qué bien. Yo lo que quería saber es por el parto, que es en oct...", None),
        t("Sí, sí, maternidad tenemos todo: sala de partos, neonatología de primer nivel, controles prenatales con ecografías incluidas. El plan Oro para los dos sale 1.350.000 por mes, y si suman al bebé, 450 más. Firmando hoy le regalamos la inscripción. Le hago la ficha, ¿le parece?"),
        c("¿Un millón trescientos? Uf, es un montón para nosotros, che.", "no_money"),
        t("Es una inversión en su familia, y además incluye el chequeo anual, el programa de bienestar, las charlas para mamás, el club de beneficios con descuentos en supermercados..."),
        c("Pero el parto, ¿entra o no entra? Porque ya tengo cuatro meses.", None),
        t("Todo lo de maternidad está en el folleto, ahí tiene el detalle de coberturas y carencias. Lo importante es que usted y su bebé tengan tranquilidad. ¿Con qué tarjeta le gustaría pagar?"),
        c("Dejá, luego lo veo con mi marido. Chau.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- b7 closing_as_open_question
_o = c("Qué fue, ñaño. Ando viendo una cocina industrial para mi huequita de encebollado en el Cristo del Consuelo. La que tengo ya está toda oxidada.", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_cocina_industrial",
    "almacén de equipos de cocina, Guayaquil (sector de la Bahía)",
    "closing_as_open_question",
    "El dueño de un puesto de encebollados del suroeste de Guayaquil busca una cocina industrial en un almacén cerca de la Bahía.",
    [
        _o,
        t("Qué tal, bienvenido. ¿Cuántas ollas tiene prendidas a la vez en la mañana y de qué tamaño son?"),
        c("Dos ollas grandes, de cincuenta litros, para el caldo, y una chica para el arroz. Arranco a las cuatro de la mañana.", None),
        t("Entonces le sirve una de tres quemadores, pero de alta presión para esas ollas de cincuenta. Tengo una nacional en acero a 280 y una de quemadores más grandes a 390. ¿Con qué gas trabaja, cilindro doméstico o industrial?"),
        c("Del doméstico, del azulito. ¿Tengo que cambiar eso también?", None),
        t("Para empezar, no. Con la de 280 y un regulador de alta presión le funciona con sus cilindros. Solo le aviso que con ollas así el cilindro doméstico se enfría en la madrugada y baja la llama; si le pasa, ahí conviene pensar en el industrial."),
        c("Ya. Igual 280 es bastante, ñaño, la venta está floja este mes.", "no_money"),
        t("Entiendo. Tenemos tres cuotas sin interés con la cédula, o la puede separar con 50 y la retira cuando complete. Lo que le acomode más."),
        c("La separo con 50 y el sábado vengo con el resto. Anóteme.", None),
    ],
    [
        _o,
        t("Qué tal, bienvenido. Dígame, ¿cómo se imagina su negocio con una cocina nueva?"),
        c("Más rápido, pues. Con la de ahora se me demora el caldo. Tengo dos ollas de cincuenta litros.", None),
        t("Qué bacán. Entonces, ¿cuál de estas dos se lleva hoy, la de 390 o la de 480 con horno?"),
        c("Ehh, no sé, ñaño, yo recién estoy viendo. ¿Funcionan con el cilindro doméstico?", "brush_off"),
        t("Sí, sí, funcionan. ¿Y cómo le gustaría pagar, con tarjeta o en efectivo?"),
        c("Tarjeta no tengo. Y la venta está floja, no tengo para 390 ahorita.", "no_money"),
        t("No hay problema. ¿Qué tendría que pasar para que se la lleve hoy mismo? ¿Le parece si se la mandamos mañana a primera hora a su local?"),
        c("Que me la regalen, ja. No, ñaño, déjeme dar la vuelta por la Bahía y después veo.", "think_it_over"),
        t("Claro. ¿Y a qué hora vuelve hoy para firmar la nota de venta, a las cuatro o a las cinco?"),
        c("A ninguna, gracias.", None),
    ],
))

# ---------------------------------------------------------------- b8 pitch_as_paraphrase
_o = c("Buenos días, señorita, ¿hay turno para hoy? Tengo un dolor de muela que no me deja ni dormir, ayayay.", None)
PAIRS.append(gpair(
    "esb59g_quito_consultorio_dental",
    "consultorio odontológico, Quito (Chillogallo)",
    "pitch_as_paraphrase",
    "Un guardia de seguridad llega sin cita a un consultorio dental del sur de Quito con dolor de muela desde hace días.",
    [
        _o,
        t("Buenos días. Uy, qué feo. Sí, tengo un espacio a las once con la doctora. ¿Qué muela es y desde cuándo le duele?"),
        c("Esta de abajo, la de atrás. Desde el domingo. Con el agua fría me mata, y anoche ya me dolía solita.", None),
        t("Ya. ¿Se le ha hinchado la cara o ha tenido fiebre?"),
        c("Hinchado un poquito aquí, sí. Fiebre no creo.", None),
        t("Entonces le pongo a las once. La consulta con radiografía es 25 dólares. La doctora le dice ahí si es una caries profunda, un tratamiento de conducto o una extracción, y cuánto cuesta cada cosa, antes de hacerle nada."),
        c("¿Y si es conducto, cuánto sale? Mi esposo se hizo uno en otro lado y le cobraron como doscientos.", None),
        t("Aquí un conducto de molar está en 180, y se puede pagar en dos partes, una por cita. Pero primero que la doctora vea; a veces no hace falta. Mientras tanto, si no es alérgico, puede tomarse un ibuprofeno."),
        c("Ya, a las once estoy aquí, señorita. Gracias.", None),
    ],
    [
        _o,
        t("Buenos días. Cuénteme, ¿qué es lo que le trae por aquí hoy?"),
        c("Un dolor de muela, aquí abajo atrás. Desde el domingo, no me deja dormir.", None),
        t("Entiendo. Entonces, si le escucho bien, usted busca recuperar la confianza en su sonrisa con nuestro Plan Sonrisa Total: limpieza, blanqueamiento y revisión completa por 199 dólares, ¿verdad?"),
        c("¿Blanqueamiento? No, señorita, me duele la muela. Solo quiero que me la vean.", "no_need"),
        t("Claro, lo que usted me dice es que quiere una solución integral para su salud bucal, y por eso le conviene el plan anual con ortodoncia preventiva, 45 al mes. ¿Lo activamos?"),
        c("Yo no he dicho nada de eso. Y 45 al mes no tengo, trabajo de guardia.", "no_money"),
        t("Perfecto, le resumo: usted quiere verse bien y sentirse bien, y el Plan Sonrisa Total es justo eso. ¿Le separo la primera cita de blanqueamiento?"),
        c("Ayayay, no. Me voy a otro consultorio, aquí solo quieren vender.", None),
    ],
))

# ---------------------------------------------------------------- b9 upsell_as_loop_closing
_o = c("Buenas, don. Necesito una resistencia para ducha eléctrica, de las brasileras. No sé el modelo, traje la quemada.", None)
PAIRS.append(gpair(
    "esb59g_asuncion_resistencia_ducha",
    "ferretería de barrio, Asunción (Barrio Obrero)",
    "upsell_as_loop_closing",
    "Una madre va a la ferretería del barrio en Asunción a comprar una resistencia para la ducha eléctrica, que se quemó con un chispazo.",
    [
        _o,
        t("Buenas. A ver la quemada... Sí, esta es de 220, 5500 vatios, tengo la misma. ¿Se le quemó de golpe o ya venía calentando poco?"),
        c("Ya venía tibia hace una semana y ayer hizo un chispazo y nada. Con este frío, che, los chicos no se quieren bañar.", None),
        t("Cuando hace chispazo, a veces también se daña el contacto o se afloja un cable. Cambie la resistencia con la llave de luz cortada, y si ve los cables de la ducha negros o derretidos, no la prenda y me avisa. La resistencia sale 35 mil."),
        c("Ah, mirá. ¿Y si están negros, qué hago?", None),
        t("Ahí le conviene llamar a un electricista. Le puedo pasar el número de uno que trabaja por acá, cobra unos 80 mil la visita. Pero primero mire; capaz es solo la resistencia."),
        c("Dale, primero miro yo. Llevo la resistencia nomás.", "no_need"),
        t("Perfecto. Guarde el ticket; si no le calza, me la trae sin usar y se la cambio."),
        c("Aguyje, don. Mañana le cuento.", None),
    ],
    [
        _o,
        t("Buenas. Sí, tengo la misma, 35 mil. ¿Qué más le puedo agregar para que su experiencia en casa sea completa?"),
        c("Nada más, la resistencia nomás.", "no_need"),
        t("Perfecto. Y para cerrar bien, ¿le sumo una ducha nueva completa? Tengo una digital de cuatro temperaturas a 290 mil, los clientes quedan chochos."),
        c("No, no, la ducha anda bien, solo se quemó la resistencia.", "no_need"),
        t("Anotado. ¿Algo más que necesite? ¿Cinta aisladora, un disyuntor, teflón, un termotanque para que no le pase nunca más?"),
        c("¿Un termotanque? No, don, eso sale un dineral. Estoy justa con la plata este mes.", "no_money"),
        t("Entiendo. Entonces, para cerrar el círculo, ¿le llevo la resistencia con dos de repuesto en combo, a 90 mil?"),
        c("Don, me dejé a los chicos solos en casa, no tengo tiempo para esto. Cobrame la resistencia nomás.", "no_time"),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
_o = c("Buenas tardes. Me pasó su número un amigo de Churute. Estoy por sembrar dos piscinas el próximo mes y quería ver precios de larva.", None)
PAIRS.append(gpair(
    "esb59g_guayaquil_larva_camaron",
    "laboratorio de larva de camarón, oficina de ventas en Guayaquil",
    "leading_tag_questions",
    "Un camaronero pequeño de la zona de Churute llama a la oficina de ventas de un laboratorio de larva en Guayaquil antes de sembrar dos piscinas.",
    [
        _o,
        t("Buenas tardes, gracias por llamar. ¿De cuántas hectáreas son las piscinas y a qué densidad acostumbra sembrar?"),
        c("Son dos de cinco hectáreas. Siembro a unos diez camarones por metro, más o menos, no me gusta cargar mucho.", None),
        t("Perfecto, eso es como un millón de larvas en total. ¿Con qué laboratorio ha trabajado y cómo le ha ido con la sobrevivencia?"),
        c("Con uno de Santa Elena. La última corrida me dio apenas un cuarenta y pico por ciento de sobrevivencia, me fue mal, mal. Por eso estoy viendo otro.", None),
        t("Cuarenta es bajo. Puede ser la larva, pero también el agua o el transporte. Nosotros le damos larva PL12 con análisis de PCR de cada lote, a 2,40 el millar. Si quiere, le mando el análisis del lote antes de que pague."),
        c("2,40... en Santa Elena me cobraban 2,10. Treinta centavos por millar ya son plata.", "too_expensive"),
        t("Es verdad. Lo que le puedo ofrecer es que siembre una piscina con nuestra larva y la otra con la que usted quiera, y compara la sobrevivencia. Así no arriesga las dos."),
        c("Eso me suena. Apárteme medio millón para el 15 y me manda el análisis.", None),
    ],
    [
        _o,
        t("Buenas tardes, gracias por llamar. Usted quiere la mejor sobrevivencia posible, ¿verdad?"),
        c("Claro, la última corrida me fue mal, cuarenta y pico por ciento.", None),
        t("Entonces va a querer nuestra larva premium PL15 de línea genética, ¿no es cierto? Es la que usan los grandes."),
        c("¿Premium? Yo siembro a diez por metro nomás, no cargo mucho. ¿Cuánto es?", None),
        t("Tres ochenta el millar. Pero usted no va a arriesgar su cosecha por unos centavos, ¿o sí?"),
        c("Chuta, tres ochenta. Eso es casi el doble de lo que pagaba.", "too_expensive"),
        t("Pero la calidad se paga, ¿no le parece? Y su familia depende de esta cosecha, ¿cierto? Le aparto el millón entonces, ¿sí?"),
        c("No me aparte nada. Mejor sigo con el de Santa Elena, aunque sea con el cuarenta por ciento.", "no_need"),
    ],
))

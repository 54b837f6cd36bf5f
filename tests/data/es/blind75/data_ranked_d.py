"""Ranked pairs d01-d10 (written by hand): two decent conversations, `better` is better in a way a sales coach would agree with."""
from common import c, rpair, t

_d01 = c("Buenos días. Vengo a ver si ustedes me compran mi café. Siempre se lo vendo al coyote, pero dicen que aquí pagan mejor.", None)
_d02 = c("hola buenas! queremos info para boda en marzo, como 80 personas. que paquetes tienen?", None)
_d03 = c("A ver, joven, ¿qué es eso del refri que me regalan? Porque nada es gratis, ¿eh?", None)
_d04 = c("Aló, buenas. ¿Cuánto cuesta una resonancia de rodilla? Es que me duele desde hace rato.", None)
_d05 = c("Hola, buenas. Quiero el paquete más grande que tengan, porque se me acaban los datos a mitad de semana y no puedo hacer nada.", None)

PAIRS = [
    rpair(
        "esb75r_d01_huehue_cafe_coyote",
        "Cooperativa cafetalera en Huehuetenango, Guatemala. Don Baltazar, caficultor de una aldea de La Libertad con unas "
        "30 cuerdas, pregunta si le compran su pergamino; siempre le ha vendido al coyote (intermediario) que sube a la aldea.",
        better=[
            _d01,
            t("Buenos días, don Baltazar, bienvenido. Sí compramos, pero el precio depende mucho de la calidad. ¿Cómo lo trabaja usted: lo despulpa el mismo día, cuánto lo fermenta, cómo lo seca?"),
            c("Lo despulpo el mismo día, en la tarde. Lo dejo fermentar una noche, lo lavo y lo seco en patio de cemento, unos seis, siete días si hay sol.", None),
            t("Eso va bien. ¿Y cuánto le paga el coyote y cuándo le paga? Porque eso también hay que compararlo, no solo el precio."),
            c("El coyote me paga al contado, ahí mismo en la aldea, como Q1,300 el quintal. Y no me cobra flete.", None),
            t("Esa es la ventaja de él: efectivo y en su casa. Aquí pagamos por catación; un café bien trabajado como el suyo anda entre Q1,450 y Q1,600, pero usted lo trae, y pagamos 70% al entregar y el resto al vender el lote, uno o dos meses después. Tráigame una muestra de dos libras, se la catamos gratis esta semana y le digo un precio real."),
            c("Ah, pues eso está bien, así sé si vale la pena el viaje. El lunes le traigo la muestra.", None),
        ],
        worse=[
            _d01,
            t("Buenos días, don, bienvenido. Sí, compramos. Ahorita estamos pagando Q1,500 el quintal de pergamino, ya con la prima de la cooperativa."),
            c("¿Mil quinientos? El coyote me da mil trescientos. ¿Y cuándo me pagan?", None),
            t("Le pagamos el 70% al entregar y el resto cuando se vende el lote. Tiene que hacerse socio; la inscripción es de Q200."),
            c("Mmm, el coyote me paga todo de una vez y llega hasta la aldea. Aquí tengo que pagar flete. Déjeme hacer cuentas.", "think_it_over"),
            t("Claro, haga sus cuentas. Aquí tiene el teléfono de la oficina para cuando se decida."),
            c("Va pues, gracias.", None),
        ],
    ),
    rpair(
        "esb75r_d02_antigua_boda_hotel",
        "Hotel pequeño en Antigua Guatemala, ventas de eventos por WhatsApp. Andrea y su novio preguntan por una recepción "
        "de boda para unas 80 personas en marzo; tienen abuelos de más de 80 años y unos Q40,000 de presupuesto.",
        better=[
            _d02,
            t("¡Hola, felicidades! Con gusto. Antes de mandarles paquetes: ¿qué es lo más importante para ustedes ese día, la comida, un lugar bonito para fotos, la fiesta larga? ¿Y tienen un presupuesto más o menos pensado?"),
            c("jaja todo! pero en serio, lo que mas nos importa es que la comida sea buena y que los abuelos esten comodos, hay varios de 80 y pico. presupuesto como 40 mil quetzales todo", None),
            t("Muy útil, gracias. Con abuelos de ochenta y pico les recomiendo el salón del patio de abajo, que no tiene gradas y tiene el baño cerca; el jardín de arriba es más bonito para fotos, pero hay que subir escaleras. Con 40 mil para 80 personas les alcanza el menú de tres tiempos con bebidas, sin barra libre, y queda margen para el DJ."),
            c("ay si lo de las gradas ni lo habiamos pensado. y la barra libre cuanto seria aparte?", None),
            t("Unos Q9,000 más por cinco horas, así que se pasarían. Una alternativa es barra libre solo dos horas, por Q4,000. ¿Quieren venir un sábado a probar el menú? La degustación para dos no tiene costo."),
            c("siii, el sabado 14 podemos?", None),
        ],
        worse=[
            _d02,
            t("¡Hola, felicidades! Claro, les comparto nuestros paquetes: Paquete Jardín Q520 por persona, Paquete Colonial Q610 y Paquete Real Q750. Todos incluyen montaje, menú de tres tiempos y meseros. La barra libre va aparte."),
            c("uy, 520 por 80 ya son mas de 41 mil, ya nos pasamos. nosotros andamos en 40 mil todo", "no_money"),
            t("Entiendo. Con el Paquete Jardín quedarían muy cerca, y se puede quitar el pastel o la decoración floral para ajustar. El jardín es nuestro espacio más bonito para fotos."),
            c("mmm ok, lo vamos a pensar con mi novio y le escribimos", "think_it_over"),
            t("¡Perfecto! Cualquier duda aquí estamos. Las fechas de marzo se llenan rápido."),
            c("ok gracias", None),
        ],
    ),
    rpair(
        "esb75r_d03_merida_refri_comodato",
        "Distribuidora de lácteos, visita a una tienda de esquina en Chuburná, Mérida. Don Manuel desconfía del "
        "refrigerador 'gratis' que le ofrecen en comodato; su tienda es muy chica y ya tiene el refri de los refrescos.",
        better=[
            _d03,
            t("Tiene razón, don Manuel, no es regalo: es comodato. Se lo prestamos mientras venda nuestros productos y tenga una compra mínima. Antes de decirle si le conviene: ¿cuánto vende ahorita de leche, yogures, quesos, y dónde los tiene?"),
            c("Pues leche vendo unos veinte litros al día, y yogur poco. Lo tengo todo en el refri de los refrescos, apretado. Y mira, espacio no tengo, hach chiquita la tienda.", None),
            t("Ya vi. El refri de una puerta mide 60 de ancho; si movemos el anaquel de las botanas de la entrada cabría, pero usted sabe si ese anaquel le vende. La compra mínima es de 3,000 pesos al mes, y con veinte litros diarios de leche ya casi llega. Y el refri sí le sube el recibo de luz, unos 150 a 200 pesos al bimestre."),
            c("Mmm, lo de la luz no me lo habían dicho los otros. El anaquel de las botanas vende bien, pero lo puedo pegar a la pared.", None),
            t("Entonces hagamos esto: mido el espacio con usted ahorita, y si cabe sin quitarle nada que venda, lo pedimos. Si en tres meses no llega al mínimo, nos lo llevamos sin cobrarle nada."),
            c("'Ta bueno, mide pues.", None),
        ],
        worse=[
            _d03,
            t("Es comodato, don Manuel: se lo prestamos sin costo mientras venda nuestros productos y compre un mínimo de 3,000 pesos al mes. Es un refri de una puerta, nuevo, con la marca iluminada."),
            c("Tres mil al mes... pues leche vendo unos veinte litros diarios, y yogur poco. ¿Y dónde lo pongo? La tienda es chiquita.", None),
            t("Con la leche casi llega al mínimo. El refri mide 60 de ancho; seguro le encontramos un lugarcito. Y un refri lleno de producto vende solo, la gente lo ve y compra."),
            c("Pues... a ver. Déjeme pensarlo y la otra semana que venga me dice.", "think_it_over"),
            t("Con gusto, don Manuel. El martes paso y lo vemos."),
            c("Sale.", None),
        ],
    ),
    rpair(
        "esb75r_d04_managua_resonancia_rodilla",
        "Clínica privada en Managua, Nicaragua, línea de citas. Doña Xiomara, 50 años, pide el precio de una resonancia de "
        "rodilla porque una amiga se la recomendó; no ha visto a ningún médico y el dolor empezó poco a poco.",
        better=[
            _d04,
            t("Buenos días. La resonancia de rodilla está en 280 dólares. ¿Algún médico se la indicó, o es por su cuenta?"),
            c("No, por mi cuenta. Una amiga me dijo que me la hiciera, que a ella así le encontraron lo del menisco.", None),
            t("Le pregunto porque a veces no hace falta: para muchos dolores de rodilla el ortopedista primero revisa y pide una radiografía, que cuesta 35 dólares. Si ve que es menisco o ligamento, entonces sí la resonancia. ¿Cómo le empezó el dolor, fue un golpe o poco a poco?"),
            c("Poco a poco. Me duele más al subir gradas, y en la mañana la siento tiesa.", None),
            t("Eso puede ser desgaste, y ahí muchas veces basta la radiografía. Yo no soy médico, pero le conviene empezar por la consulta de ortopedia, 40 dólares, y que él decida; así no gasta 280 si no hace falta. ¿Le agendo con el doctor Castillo esta semana?"),
            c("Ideay, sí, mejor. El jueves en la tarde, si se puede.", None),
        ],
        worse=[
            _d04,
            t("Buenos días. La resonancia de rodilla está en 280 dólares, incluye la lectura del radiólogo. Se la podemos hacer esta misma semana."),
            c("¡Uy! Doscientos ochenta, está cara. En otro lado me dijeron doscientos cincuenta.", "too_expensive"),
            t("Entiendo. La nuestra es en un equipo de 1.5 teslas, da mejor imagen. Y hay 10% de descuento pagando en efectivo; le quedaría en 252."),
            c("Ah, bueno, casi igual. ¿Y necesito orden médica?", None),
            t("No es obligatorio, pero es recomendable. ¿Le agendo para el jueves en la mañana?"),
            c("El jueves en la mañana no puedo, trabajo hasta la una. ¿No tiene el sábado?", "no_time"),
        ],
    ),
    rpair(
        "esb75r_d05_tegucigalpa_paquete_datos",
        "Centro de atención de telefonía prepago en Tegucigalpa, Honduras. Daniela, estudiante universitaria, pide 'el "
        "paquete más grande' porque se queda sin datos a media semana; tiene dos clases por Zoom a la semana.",
        better=[
            _d05,
            t("Hola, claro. Antes de vendértelo, ¿en qué se te van los datos? ¿Redes, videos, clases en línea?"),
            c("Pues TikTok, jaja, y las clases. Tengo dos clases por Zoom a la semana. Y en la U el wifi no sirve.", None),
            t("Zoom es lo que más come: una clase de hora y media gasta como un giga. El más grande es de 30 gigas al mes por 650 lempiras, pero con lo que me contás te alcanza el semanal de 150, con 6 gigas y TikTok sin consumir; son 600 al mes. Y en Zoom, si apagás la cámara cuando no te toca hablar, gastás la mitad."),
            c("Ah, no sabía lo del TikTok sin consumir. Pero ¿y si no me alcanza?", None),
            t("Si te quedás corta, le agregás una bolsa de un giga por 25. Probalo una semana; si ves que no te alcanza, te cambiás al mensual."),
            c("Va, dame el semanal entonces.", None),
        ],
        worse=[
            _d05,
            t("Hola, claro. El más grande es el mensual de 30 gigas a 650 lempiras, con redes sociales ilimitadas y 200 minutos."),
            c("Seiscientos cincuenta... es bastante pa' mí, pero ya no me quiero quedar sin datos.", "no_money"),
            t("Entiendo. También está el de 15 gigas a 400, pero ese sin redes ilimitadas. Con el de 30 ya no te preocupás en todo el mes."),
            c("Mmm, bueno, dame el de treinta, pues.", None),
            t("Listo, te queda activado. Vence el 12 del otro mes."),
            c("Gracias.", None),
        ],
    ),
]

_d06 = c("Buenas tardes, seño. Quiero pedir un préstamo de veinticinco mil para comprar dos máquinas industriales. Hago uniformes.", None)
_d07 = c("Buenas, hablo de Estelí. Quiero cotizar un envío de miel a San Salvador, son cuarenta cubetas de cinco galones.", None)
_d08 = c("Buenas, maestro. La moto se me apaga en los semáforos, y en la mañana me cuesta un montón arrancarla. Ha de ser el carburador, ¿verdad?", None)
_d09 = c("Buenas tardes. Quiero unos lentes buenos, que ya no veo bien las puntadas. Los del mercado ya no me sirven.", None)
_d10 = c("Buenas, señorita. Mi hijo me manda de Maryland y dice que le cobran mucho. Me pidió que preguntara cuál es la forma más barata.", None)

PAIRS += [
    rpair(
        "esb75r_d06_xela_credito_costurera",
        "Cooperativa de ahorro y crédito en Quetzaltenango, Guatemala. Doña Aurelia, costurera de uniformes escolares, pide "
        "Q25,000 para dos máquinas industriales; casi todo su ingreso le entra en diciembre y enero.",
        better=[
            _d06,
            t("Buenas tardes, doña Aurelia. Con gusto lo vemos. Cuénteme cómo funciona su trabajo: ¿en qué meses le entra más dinero y en cuáles menos?"),
            c("Pues en diciembre y enero es cuando hay más, por los uniformes; ahí saco hasta quince mil al mes. El resto del año saco unos cuatro mil, con arreglos y cositas.", None),
            t("Entonces la mayor parte le entra en dos meses, y una cuota fija de Q1,200 le pesaría mucho de febrero a noviembre. Podemos hacerle un plan con cuota baja de Q600 esos meses y abonos grandes en diciembre y enero. ¿Y necesita las dos máquinas ya, o con una crece primero?"),
            c("Fíjese que con una recta industrial ya haría el doble. La overlock se la puedo seguir alquilando a la vecina.", None),
            t("Entonces empezamos con una, unos Q12,000, con ese plan de temporada, y cuando la termine de pagar pedimos la segunda. Tráigame sus cuadernos de ventas del año pasado y el DPI, y lo metemos al comité del jueves."),
            c("Ah, mire, así sí duermo tranquila. El jueves le traigo todo.", None),
        ],
        worse=[
            _d06,
            t("Buenas tardes, doña Aurelia. Con gusto. ¿Cuánto gana al mes, más o menos?"),
            c("Depende: en diciembre y enero hasta quince mil, el resto como cuatro mil.", None),
            t("Bien. Para Q25,000 a 24 meses la cuota sería de unos Q1,250 al mes; con su promedio le alcanza. Necesitamos DPI, recibo de luz y un fiador."),
            c("Mil doscientos cincuenta... en los meses flojos va a estar apretado, pero bueno, las máquinas me hacen falta.", "no_money"),
            t("Puede pedirlo a 36 meses y la cuota baja a unos Q900. Tráigame los papeles y lo metemos al comité."),
            c("Va, déjeme ver lo del fiador y le traigo todo.", None),
        ],
    ),
    rpair(
        "esb75r_d07_esteli_carga_miel",
        "Empresa de carga terrestre, cotización por teléfono. Don Ramón, apicultor de Estelí, Nicaragua, manda su primer "
        "pedido de 40 cubetas de miel a un cliente en San Salvador y no tiene todavía el certificado sanitario.",
        better=[
            _d07,
            t("Buenas, don, con gusto. ¿Es la primera vez que manda a El Salvador? Lo pregunto por los papeles: la miel en la frontera pide certificado sanitario del IPSA y factura de exportación."),
            c("Sí, es la primera. El cliente me dijo que él se encargaba allá. El certificado... no, no lo tengo todavía.", None),
            t("Entonces ese es el primer paso; sin eso la carga se queda en El Guasaule. El IPSA tarda entre tres y cinco días. ¿Para cuándo la necesita su cliente?"),
            c("Para el 20. Mirá, yo pensaba mandarla el lunes.", None),
            t("Si saca el certificado esta semana, se llega al 20. La carga consolidada sale los jueves, son 380 dólares las 40 cubetas y llega en dos o tres días con la aduana. Le mando por WhatsApp la lista de documentos y la cotización por escrito."),
            c("Dale, mandámela. Mañana mismo voy al IPSA.", None),
        ],
        worse=[
            _d07,
            t("Buenas, don. Cuarenta cubetas a San Salvador en consolidado le salen en 380 dólares. Salimos lunes y jueves y llega en dos o tres días."),
            c("Trescientos ochenta, bueno. ¿Y el lunes que viene podría salir?", None),
            t("Sí, hay espacio. Necesito los datos del cliente y la factura. Recuerde llevar la documentación de exportación en regla."),
            c("¿Cuál documentación? El cliente dijo que él se encargaba.", None),
            t("Normalmente es certificado sanitario y factura; pregunte en el IPSA. Le reservo el lunes."),
            c("Bueno, pues. Reservámelo.", None),
        ],
    ),
    rpair(
        "esb75r_d08_leon_taller_moto",
        "Taller de motos en León, Nicaragua. Chepe trae su moto de 125: se le apaga en los semáforos y le cuesta arrancar "
        "en frío. Él cree que es el carburador; la bujía no la ha cambiado en dos años.",
        better=[
            _d08,
            t("Puede ser, pero antes de tocar el carburador quiero ver un par de cosas. ¿Desde cuándo le pasa, y cuándo le cambiaron la bujía y el filtro de aire?"),
            c("Como desde hace tres semanas. La bujía... no sé, desde que la compré, hace como dos años.", None),
            t("Mirá, aquí está la bujía: negra, carbonizada. Y el filtro de aire está lleno de polvo. Eso solo ya te da esos síntomas. Te cambio bujía y filtro, 350 córdobas con mano de obra, y la probamos. Si sigue apagándose, entonces sí limpio el carburador, que son 500 más."),
            c("Ah, ok. ¿O sea que a lo mejor no es el carburador?", None),
            t("A lo mejor no. Empecemos por lo barato. Dame media hora; tomate un fresco ahí enfrente."),
            c("Dale, maestro.", None),
        ],
        worse=[
            _d08,
            t("Sí, suena a carburador. Te lo limpio y te lo calibro, son 500 córdobas; mañana a mediodía te la tengo."),
            c("¿Hasta mañana? Es que la ocupo pa' trabajar hoy en la tarde.", "no_time"),
            t("Si me la dejás antes de las diez, te la tengo hoy a las cuatro. Y de una vez te reviso la bujía."),
            c("Dale, te la dejo.", None),
            t("Listo, pasá a las cuatro."),
            c("Gracias, maestro.", None),
        ],
    ),
    rpair(
        "esb75r_d09_sancristobal_lentes_bordadora",
        "Óptica en San Cristóbal de las Casas, Chiapas. Doña Petrona, bordadora de 62 años, ya no ve bien las puntadas y "
        "pide 'unos lentes buenos'; de lejos ve bien.",
        better=[
            _d09,
            t("Buenas tardes, señora. Le hacemos el examen de la vista, es gratis. Mientras, cuénteme: ¿para qué usa más los ojos en el día? ¿Borda muchas horas?"),
            c("Todo el día bordo, desde las siete hasta que se va la luz. Pa' caminar en la calle sí veo bien, nomás de cerquita no.", None),
            t("Entonces lo que más le importa es ver de cerca muchas horas seguidas. Hay lentes progresivos, que sirven para todo, pero cuestan unos 3,800 y cansan un poco al principio. Para bordar, unos monofocales de cerca le salen en 1,100 y le dan un campo de visión más amplio para la puntada."),
            c("¿Y los de mil cien sí son buenos? No quiero que se me rayen como los del mercado.", None),
            t("Sí, con antirreflejante y resistentes a rayones. Si después quiere unos para todo, los progresivos se pueden hacer más adelante. Pasemos al examen, y ya con la graduación le enseño los armazones."),
            c("Ándale, pues.", None),
        ],
        worse=[
            _d09,
            t("Buenas tardes, señora. Claro, le hacemos el examen gratis. Ya a su edad lo que más se recomienda son los progresivos, sirven de cerca y de lejos. Andan en 3,800 con antirreflejante."),
            c("Tres mil ochocientos... es mucho. Yo de lejos veo bien, nomás de cerca.", "too_expensive"),
            t("Le entiendo. También hay de cerca nada más, en 1,100. Son buenos, con antirreflejante."),
            c("Ah, esos mejor. ¿Y no se rayan?", None),
            t("Traen protección contra rayones. Pasemos al examen."),
            c("Ándale, pues.", None),
        ],
    ),
    rpair(
        "esb75r_d10_chalchuapa_remesa_app",
        "Agencia bancaria en Chalchuapa, Santa Ana, El Salvador. Don Salvador, jubilado, recibe 300 dólares cada quince días "
        "de su hijo en Maryland, que paga unos 12 dólares por envío en una agencia; el hijo le pidió averiguar lo más barato.",
        better=[
            _d10,
            t("Buenas, don Salvador. ¿Cómo le manda ahorita su hijo, por agencia o por aplicación, y cuánto le manda?"),
            c("Por una agencia de allá, en efectivo. Me manda trescientos cada quince días. Le cobran como doce dólares cada vez.", None),
            t("Entonces son unos 24 dólares al mes en comisiones. Si él manda desde su cuenta de banco de allá con una aplicación de envíos, hay algunas que cobran de 3 a 5 dólares y se lo depositan directo en su cuenta aquí. Nosotros tenemos convenio con dos; no siempre somos los más baratos, así que dígale que compare la comisión y el tipo de cambio en las dos."),
            c("Ajá. ¿Y yo qué tengo que hacer de este lado?", None),
            t("Usted solo necesita una cuenta de ahorro con nosotros; la abre hoy con su DUI y diez dólares. Le apunto el número de cuenta y su nombre exacto, para que él lo ponga igualito en la aplicación."),
            c("Ah, va, eso sí lo hago hoy. Él le sabe a esas cosas.", None),
        ],
        worse=[
            _d10,
            t("Buenas, don Salvador. La forma más barata es que su hijo le deposite a una cuenta con nosotros. ¿Ya tiene cuenta aquí?"),
            c("No, no tengo. ¿Y cuánto cuesta abrirla? Porque yo ya estoy jubilado y no quiero andar pagando mensualidades.", None),
            t("La cuenta de ahorro no tiene mensualidad; se abre con diez dólares. Su hijo le transfiere con nuestra aplicación asociada y le cobran menos que en la agencia."),
            c("¿Cuánto menos?", None),
            t("Depende de cuánto mande, pero es menos. Le abro la cuenta y le doy los datos para su hijo."),
            c("Va pues, ábramela.", None),
        ],
    ),
]

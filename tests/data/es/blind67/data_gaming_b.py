"""Gaming pairs, part b (written by hand)."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer ----------------------------------------------------
_o = c("Buenas, mijito. Quiero ver un plan pa' mí y pa' mi viejo, que la tarjeta de prepago nos tiene locos, se nos acaba y no sabemos cargarla.", None)
PAIRS.append(gpair(
    "esb67g_antofagasta_plan_jubilados",
    "tienda de telefonía móvil, Antofagasta",
    "ignored_customer",
    "Una jubilada quiere un plan para ella y su esposo: WhatsApp, videollamadas con los nietos y pensión corta.",
    [
        _o,
        t("Buenas, señora, con gusto la ayudo. ¿Para qué usan más el teléfono ustedes dos? ¿Llamadas, WhatsApp, videollamadas?"),
        c("WhatsApp, y las videollamadas con los nietos que están en Santiago, los domingos. Y mi viejo llama harto a su hermano a Tocopilla. Eso sí, somos jubilados, la pensión es cortita.", None),
        t("Entonces lo importante es que no se les corte la videollamada del domingo, que tengan minutos para Tocopilla y que sea una cuenta fija que no se dispare. Hay un plan de dos líneas con minutos libres y 15 gigas cada una, 9.990 las dos juntas, y se paga lo mismo todos los meses, sin cargar nada."),
        c("¿Nueve mil novecientos las dos? Mmm... ¿y eso alcanza pa' las videollamadas?", None),
        t("Una videollamada de media hora gasta más o menos medio giga, así que con 15 le sobra. Si quiere se lo dejo configurado ahora en su teléfono, y el próximo domingo en la tarde la llamo para ver si la videollamada anduvo bien."),
        c("Ya, hagámoslo. Pero ¿puedo traer a mi viejo mañana pa' que firme él lo suyo? Él es el titular de su número.", None),
    ],
    [
        _o,
        t("Buenas, señora. Cuénteme, ¿para qué usan más el teléfono?"),
        c("WhatsApp, y las videollamadas con los nietos que están en Santiago, los domingos. Y mi viejo llama harto a Tocopilla. Eso sí, somos jubilados, la pensión es cortita.", None),
        t("Perfecto. Le recomiendo el Plan Libre de 200 gigas, 24.990 por línea, con portabilidad y un iPhone en 36 cuotas. Es lo mejor que tenemos."),
        c("Ay, no, mijito, ¿veinticinco mil cada uno? Le dije que somos jubilados, no nos alcanza.", "no_money"),
        t("Claro, claro. Y además el iPhone tiene una cámara increíble para las fotos de los nietos. ¿Qué color prefiere, grafito o azul?"),
        c("Pero si el teléfono lo tengo bueno, me lo regaló mi hija. Yo quiero algo pa' no andar cargando nomás.", "no_need"),
        t("Entiendo. También está el plan de 100 gigas, 19.990, con el Samsung A55. ¿Se lo dejo reservado?"),
        c("No, ya, déjelo. Voy a esperar que venga mi hija pa' que me ayude ella.", "think_it_over"),
    ],
))

# b02 repeated_questions --------------------------------------------------
_o = c("Buenos días. Llamo de Congelados del Norte, planta de pota en Paita. Necesitamos transporte refrigerado a Callao, contenedores de exportación. ¿Tienen disponibilidad?", None)
PAIRS.append(gpair(
    "esb67g_paita_transporte_refrigerado",
    "empresa de transporte refrigerado, Paita",
    "repeated_questions",
    "El jefe de logística de una planta de pota busca transporte a -18 °C Paita-Callao; su transportista actual falló dos veces.",
    [
        _o,
        t("Buenos días. Sí, tenemos unidades con equipo de frío en Paita. ¿Cuántos viajes al mes serían y a qué temperatura viaja la carga?"),
        c("Menos dieciocho. Unos ocho viajes al mes, ahora en temporada alta de pota quizás diez. Fuera de temporada, tres o cuatro.", None),
        t("Entendido: menos dieciocho, ocho a diez viajes en temporada y tres o cuatro el resto del año. ¿Con quién trabajan ahora, y qué les está fallando, si algo falla?"),
        c("Con una empresa de Piura. Dos veces este año se les malogró el equipo de frío en carretera, a la altura de Chimbote, y tuvimos reclamo del cliente en China. Eso no puede volver a pasar.", None),
        t("Claro, una cadena de frío rota en exportación es gravísimo. Nuestras unidades llevan registrador de temperatura con GPS: usted ve en línea la temperatura cada cinco minutos, si sube de menos quince nos salta una alarma, y tenemos taller de apoyo en Chimbote y Trujillo. El viaje Paita-Callao está en 4.800 soles."),
        c("Mmm, la otra empresa me cobra 4.200. Seiscientos más por viaje, en diez viajes, es plata.", "too_expensive"),
        t("Es plata, sí. Le propongo un viaje de prueba a 4.200 para que vea el monitoreo funcionando, y si le convence, para el volumen de temporada le dejamos 4.500. ¿Cuándo sale el próximo contenedor?"),
        c("El jueves sale uno. Ya, hagamos la prueba, pero necesito acceso al monitoreo para mi jefe también.", None),
        t("Listo. Hoy le envío la propuesta con la tarifa de prueba y dos accesos al monitoreo, uno para usted y otro para su jefe. El miércoles en la tarde le confirmo placa y chofer."),
    ],
    [
        _o,
        t("Buenos días. Cuénteme, ¿qué es lo que buscan ustedes en un proveedor de transporte?"),
        c("Que no se me rompa la cadena de frío. Menos dieciocho, Paita-Callao, ocho a diez viajes al mes en temporada.", None),
        t("Excelente. ¿Y cuáles diría que son sus necesidades principales en transporte refrigerado?"),
        c("Eso le acabo de decir. Que la carga llegue a menos dieciocho. Ya tuvimos dos fallas de frío este año con otro transportista.", None),
        t("Entiendo. ¿Y qué es lo más importante para ustedes al momento de elegir una empresa de transporte?"),
        c("Oiga, la temperatura. La temperatura. ¿Me puede dar un precio o no?", None),
        t("Claro que sí. Antes, para conocerlo mejor: ¿qué espera usted de su proveedor logístico ideal?"),
        c("Mire, no tengo tiempo para esto, tengo carga en la cámara. Mándeme la tarifa al correo y si me interesa lo llamo.", "no_time"),
        t("Por supuesto. Y para armar la propuesta, una última pregunta: ¿cuáles diría que son sus prioridades como cliente?"),
        c("La temperatura, señorita. Hasta luego.", None),
    ],
))

# b03 wrong_paraphrase ----------------------------------------------------
_o = c("Buenas tardes. Quería información para trasladar a mi hijo, está en tercero de primaria. Nos hemos mudado de Chimbote porque a mí me trasladaron en el trabajo.", None)
PAIRS.append(gpair(
    "esb67g_trujillo_colegio_traslado",
    "colegio privado, secretaría, Trujillo",
    "wrong_paraphrase",
    "Un padre recién llegado de Chimbote busca colegio a mitad de año para su hijo tímido al que le cuesta la lectura.",
    [
        _o,
        t("Buenas tardes, y bienvenido a Trujillo. ¿Cómo se llama su hijo y cómo le iba en su colegio de Chimbote?"),
        c("Mateo. Le iba bien, pero le cuesta un poco la lectura, la profesora decía que lee lento. Allá tenía una maestra que le daba refuerzo los viernes.", None),
        t("Ya, o sea le iba bien en general y lo que necesita es seguir con apoyo en lectura, como el refuerzo de los viernes. Aquí hay psicopedagoga y taller de lectura dos tardes por semana, incluido en la pensión. ¿Qué otra cosa le preocupa del cambio?"),
        c("Que le cueste hacer amigos, es tímido. Y la pensión, ¿cuánto es? Porque la mudanza nos ha costado.", None),
        t("La pensión es de 480 soles, sin cuota de ingreso por ser traslado a mitad de año. Para lo de los amigos, le asignamos un compañero guía la primera semana. Y si quiere, Mateo puede venir un día a clases, con la psicopedagoga presente, antes de que ustedes decidan."),
        c("Eso me gusta. Cuatrocientos ochenta es un poco más de lo que pagábamos, pero lo hablo con mi señora y lo traemos el lunes a probar.", "think_it_over"),
        t("Perfecto. Los espero el lunes a las 7:45 en la puerta principal. Si pueden, traigan su libreta de notas y el informe de la maestra de refuerzo."),
    ],
    [
        _o,
        t("Buenas tardes. Cuénteme, ¿por qué está buscando cambiar a su hijo de colegio?"),
        c("Porque nos mudamos de Chimbote, a mí me trasladaron en el trabajo. Mateo está en tercero, le va bien, solo le cuesta un poco la lectura.", None),
        t("Entiendo. Entonces, si le escucho bien, Mateo tuvo problemas de conducta en su colegio anterior y por eso buscan un ambiente más estricto, ¿es así?"),
        c("No, no, yo no he dicho eso. Él es tranquilo, tímido más bien. Es la lectura nomás.", None),
        t("Claro, perfecto. Entonces lo que busca es un colegio con nivel más exigente, preuniversitario desde primaria, que es justo nuestro programa de excelencia, ¿correcto?"),
        c("Tampoco. Le digo que lee lento, no quiero que lo presionen más. Y con la mudanza la plata está justa.", "no_need"),
        t("Entendido. O sea, para resumir: usted quiere el programa de excelencia con refuerzo intensivo de matemáticas, 620 soles mensuales. ¿Lo inscribimos para el lunes?"),
        c("Usted no me ha escuchado nada. Mejor sigo buscando, gracias.", None),
    ],
))

# b04 pitch_to_upset ------------------------------------------------------
_o = c("Buenas... disculpe, vengo por el crédito de mi esposo, Jacinto Mero. Él... falleció la semana pasada, se viró la lancha saliendo de Jaramijó.", None)
PAIRS.append(gpair(
    "esb67g_manta_cooperativa_viuda",
    "cooperativa de ahorro y crédito, Manta",
    "pitch_to_upset",
    "La viuda de un pescador artesanal viene a preguntar qué pasa con el crédito de la lancha; teme que le cobren a ella.",
    [
        _o,
        t("Señora, lo siento muchísimo. Siéntese, por favor, tómese su tiempo. ¿Le traigo un vasito de agua?"),
        c("No, gracias. Es que me dijeron que ahora la deuda me la van a cobrar a mí, y yo no tengo cómo, tengo tres hijos.", None),
        t("Le explico con calma, porque creo que le puedo quitar ese peso. El crédito de su esposo tiene seguro de desgravamen: cuando el titular fallece, el seguro paga el saldo. A usted no se le cobra. ¿Ya tiene el acta de defunción, o todavía no se la dan?"),
        c("Todavía no, como no aparecía el cuerpo... recién lo encontraron el jueves. Mañana me dan el acta, creo.", None),
        t("Entonces no se preocupe por los plazos, tiene noventa días. Con el acta y las cédulas de los dos, yo misma armo el trámite, y mientras tanto dejo congelado el cobro de cuotas para que no le lleguen avisos. ¿Me deja su número para avisarle cuando conteste la aseguradora?"),
        c("Sí, por favor... Gracias, señorita. Pensé que me iban a quitar la casa.", None),
        t("Nadie le va a quitar nada. Aquí tiene mi tarjeta con mi celular; cuando tenga el acta, me escribe y la atiendo sin turno."),
    ],
    [
        _o,
        t("Lamento mucho su pérdida, señora, la acompaño en su sentimiento. ¿Cómo podemos ayudarla hoy?"),
        c("Es que me dijeron que la deuda me la van a cobrar a mí, y yo no tengo cómo, tengo tres hijos.", None),
        t("Entiendo perfectamente lo que siente. Y justamente estos momentos nos enseñan lo importante que es estar protegidos. ¿Usted ya cuenta con un seguro de vida propio? Tenemos el Plan Familia Segura, desde 12 dólares mensuales."),
        c("¿Un seguro? Señorita, yo vengo por la deuda de mi marido. No tengo ni para el entierro.", "no_money"),
        t("Claro, claro. Justamente para gastos así tenemos la cuenta de ahorro Futuro Seguro, se abre con solo 20 dólares. Así sus hijos quedan protegidos, ¿qué le parece?"),
        c("No me interesa nada de eso ahorita. ¿Me van a cobrar o no me van a cobrar?", "no_need"),
        t("Eso lo ve el área de cartera, tendría que sacar otro turno. Pero ya que está aquí, ¿le dejo el formulario del seguro para que lo piense con calma?"),
        c("No, señorita. Me voy. Ustedes no tienen corazón.", None),
    ],
))

# b05 blame -----------------------------------------------------------------
_o = c("Oiga, buenas. Ayer les traje el auto para la mantención de los cuarenta mil y hoy en la mañana había una mancha de aceite debajo, en el estacionamiento. Antes no botaba nada.", None)
PAIRS.append(gpair(
    "esb67g_antofagasta_taller_fuga_aceite",
    "taller mecánico, Antofagasta",
    "blame",
    "Un cliente vuelve al día siguiente de la mantención porque su auto pierde aceite.",
    [
        _o,
        t("Buenas, qué lata, disculpe. Lo miramos ahora mismo. Es el Yaris, ¿cierto? ¿La mancha era grande o unas gotas?"),
        c("El Yaris, sí. Una mancha como de una mano, negra. Y la tapa del aceite está bien cerrada, eso lo revisé yo.", None),
        t("Bien que lo revisara. En la de cuarenta mil se cambia aceite y filtro; lo más probable es que el filtro haya quedado mal apretado o que no se cambió el empaque del tapón del cárter. Lo subo a la rampla y en quince minutos le digo."),
        c("Ya, pero ando con el tiempo justo, tengo que estar en la pega a las nueve y media.", None),
        t("Entendido, lo paso primero. Si prefiere, le pido un Uber a cuenta del taller y se lo llevamos a la oficina a mediodía."),
        c("No, espero nomás, si son quince minutos.", None),
        t("Ya está: era el empaque del tapón del cárter, lo reutilizaron y no se debía. Error nuestro. Ya lo cambié y le rellené el aceite que perdió, sin costo."),
        c("Ya, menos mal. ¿Y si vuelve a gotear?", None),
        t("Le dejé anotado en la orden. Si ve otra gota esta semana, me manda una foto al WhatsApp y lo vemos al tiro, sin que tenga que pedir hora."),
        c("Ya, bacán. Gracias por la rapidez.", None),
    ],
    [
        _o,
        t("Buenas. A ver, ¿y usted no habrá pasado un lomo de toro muy fuerte? Porque el auto salió perfecto de acá."),
        c("No, pasé normal. Es de la casa a la pega, por la costanera.", None),
        t("Mmm. ¿Y no le echó aceite usted después, de otra marca? Porque pasa mucho, los clientes le echan cualquier cosa y después vienen a reclamar."),
        c("No le he echado nada. Lo traje ayer, se los dejé a ustedes. Revisé la tapa y estaba cerrada.", None),
        t("Entiendo su experiencia. Pero si lo estacionó en pendiente, el aceite se puede correr... ¿Usted estaciona en pendiente?"),
        c("¿Me está diciendo que es culpa mía? Antes de traerlo acá no botaba ni una gota.", None),
        t("No digo eso, solo que hay que ver. Si quiere lo revisamos, pero el diagnóstico cuesta 25 mil, porque la garantía no cubre mal uso."),
        c("¿Pagar 25 lucas por una embarrada de ustedes? Ni loco. Me voy al Sernac.", None),
    ],
))

# b06 monologue -----------------------------------------------------------
_o = c("Ya, joven, dígame rápido que tengo gente.", None)
PAIRS.append(gpair(
    "esb67g_trujillo_pos_bodega",
    "venta de POS y agentes de pago, visita a bodega, Trujillo",
    "monologue",
    "Un vendedor de POS visita una bodega en hora punta; el bodeguero ya tuvo un POS con alquiler fijo.",
    [
        _o,
        t("Gracias, señor, dos minutos nomás. ¿Hoy cómo le pagan sus clientes, todo efectivo o también Yape y tarjeta?"),
        c("Yape harto, los jóvenes sobre todo. Tarjeta me piden a veces, les digo que no tengo y se van. Pero ya tuve un POS de otro banco y me cobraban alquiler aunque no vendiera nada.", "bad_experience"),
        t("Ya, o sea pierde ventas por la tarjeta, pero no quiere volver a pagar un alquiler fijo como esa vez. Este no tiene alquiler: compra el equipo una vez, 99 soles, y solo paga 3,5% cuando le pagan con tarjeta. Si no vende, no paga. ¿Cuántas ventas con tarjeta cree que se le van a la semana?"),
        c("Unas cinco, seis, de veinte, treinta soles. Mmm... déjame pensarlo, vuelve el viernes que hay menos gente.", "think_it_over"),
        t("El viernes a las tres paso. Le dejo este volante con las comisiones para que lo vea con calma."),
    ],
    [
        _o,
        t("Gracias, señor. Le cuento rapidito: este es el nuevo POS Ya Cobra, acepta Visa, Mastercard, Amex, Diners, Yape, Plin, QR, tiene batería de doce horas, chip propio, imprime boleta electrónica, se conecta a su celular, le da reportes diarios, semanales y mensuales, y la plata le llega al día siguiente. Es la herramienta que todo bodeguero exitoso necesita hoy."),
        c("Ya, pero yo ya tuve uno de otro banco y me cobraban alquiler aunque no vendiera nada.", "bad_experience"),
        t("Claro, entiendo su experiencia, y por eso este es diferente: sin alquiler, sin contrato, 99 soles el equipo, comisión competitiva, atención 24 horas, capacitación, afiche gratis para su puerta, y además puede ser agente y cobrar recibos de luz y agua, que le trae más clientes. Los bodegueros que lo tienen venden hasta 20% más."),
        c("Joven, tengo gente esperando...", "no_time"),
        t("Un segundito, ya termino: también tiene préstamos preaprobados para stock, seguro contra robo opcional, y si se afilia hoy le regalamos el papel por tres meses. ¿Le lleno el formulario?"),
        c("No, ya, déjame el papelito nomás. Después veo.", "brush_off"),
    ],
))

# b07 closing_as_open_question --------------------------------------------
_o = c("Buenas, ¿aquí dan clases de inglés? Es que trabajo en la recepción de un hotel y cuando llegan los cruceros yo no entiendo nada, me quedo en blanco.", None)
PAIRS.append(gpair(
    "esb67g_manta_ingles_hoteleria",
    "academia de idiomas, Manta",
    "closing_as_open_question",
    "Un recepcionista de hotel con turnos rotativos quiere inglés para atender a turistas de crucero; está pagando una moto.",
    [
        _o,
        t("Buenas, sí. ¿Qué tanto inglés tiene? ¿Lo vio en el colegio o arranca de cero?"),
        c("El del colegio nomás, o sea nada. Leo un poquito, pero hablar, cero. Y trabajo en turnos rotativos, a veces de mañana, a veces de noche.", None),
        t("Entonces lo que más le sirve es conversación para recepción, no gramática de libro, y con horario que se adapte a los turnos. Tenemos inglés para hotelería, grupos pequeños, y puede cambiar de horario cada semana. Son 75 dólares al mes, tres meses."),
        c("Setenta y cinco... Chuta, ahorita estoy pagando la moto. ¿No hay algo más barato?", "no_money"),
        t("Están las clases grupales normales a 45, pero son de horario fijo y con sus turnos va a faltar mucho. ¿Qué le parece si primero hace la prueba de nivel y una clase gratis del de hotelería, y después decide?"),
        c("Ya, eso sí. ¿Cuándo puedo venir?", None),
        t("El martes a las cuatro o el jueves a las diez, usted escoge según su turno. Le anoto y le mando la dirección por WhatsApp."),
    ],
    [
        _o,
        t("¡Buenas! Claro que sí. ¿Cuándo le gustaría empezar, este lunes o el próximo?"),
        c("Eh... no sé, primero quiero saber cómo es. Trabajo en turnos rotativos.", None),
        t("Perfecto, tenemos horarios para todos. ¿Prefiere pagar el trimestre completo con descuento o mes a mes?"),
        c("¿Y cuánto es?", None),
        t("Setenta y cinco al mes, o 200 el trimestre. ¿Lo hacemos con tarjeta o en efectivo?"),
        c("Chuta, ahorita estoy pagando la moto. Setenta y cinco es bastante para mí.", "no_money"),
        t("Entiendo. Y si le consigo un 10% de descuento, ¿qué le impediría inscribirse ahora mismo?"),
        c("Que no sé ni cómo son las clases, ñaño. Déjeme averiguar en otros lados primero.", "think_it_over"),
    ],
))

# b08 pitch_as_paraphrase -------------------------------------------------
_o = c("hola buenas tardes cuanto esta el papanicolau?", None)
PAIRS.append(gpair(
    "esb67g_piura_clinica_papanicolaou",
    "clínica privada, WhatsApp de citas, Piura",
    "pitch_as_paraphrase",
    "Una mujer de 34 años pregunta por chat el precio de un Papanicolaou de rutina; trabaja entre semana.",
    [
        _o,
        t("Hola, buenas tardes. La consulta ginecológica con Papanicolaou está en 120 soles. Para orientarla mejor, ¿es control de rutina o tiene alguna molestia?"),
        c("rutina nomas, el ultimo me lo hice hace como 3 años en la posta. tengo 34", None),
        t("Perfecto, entonces es control de rutina y ya le toca. Con los 120 tiene la consulta y la muestra, y el resultado sale en 7 días. Si la doctora ve algo, ella le dirá si hace falta otro examen; no necesita llevar paquetes."),
        c("ya. y en la posta es gratis no? jaja es q alla demoran full con los resultados", "too_expensive"),
        t("Sí, en la posta es gratis y es buena opción si puede esperar. Aquí la diferencia es que escoge la hora y el resultado está en una semana. Usted ve lo que le acomoda."),
        c("mm ok. tienen el sabado en la mañana? en semana trabajo", None),
        t("Sí, el sábado hay a las 9:00 y a las 10:30 con la doctora Chunga. Le recuerdo: que no esté en su periodo y sin relaciones 48 horas antes. ¿Cuál le separo?"),
        c("la de 10:30 porfa. a nombre de Yesenia Zapata", None),
    ],
    [
        _o,
        t("Hola, buenas tardes! ¿Es control de rutina o tiene alguna molestia?"),
        c("rutina nomas, el ultimo me lo hice hace como 3 años en la posta. tengo 34", None),
        t("Perfecto, entonces lo que usted necesita es nuestro Chequeo Mujer Integral: Papanicolaou, ecografía transvaginal, mamografía y perfil hormonal, a 380 soles, ¿cierto?"),
        c("no, yo solo pregunte x el papanicolau. 380 es un monton", "too_expensive"),
        t("Claro, lo que le entiendo es que quiere cuidarse de verdad, y por eso el Chequeo Integral es lo suyo, ¿verdad? Este mes está a 340."),
        c("no me entendio. solo quiero el papanicolau, cuanto es eso solo?", "no_need"),
        t("El Papanicolaou suelto son 120, pero si lo que busca es tranquilidad, como me dice, lo completo es lo más recomendable. ¿Le separo el Integral para el sábado?"),
        c("ya no gracias, mejor me lo hago en la posta q es gratis", "too_expensive"),
    ],
))

# b09 upsell_as_loop_closing ----------------------------------------------
_o = c("Buenas, maestro. Cambio de aceite pa'l Toyota, es taxi, a gas. ¿Cuánto me demora?", None)
PAIRS.append(gpair(
    "esb67g_chiclayo_cambio_aceite_taxi",
    "lubricentro, Chiclayo",
    "upsell_as_loop_closing",
    "Un taxista con carro a GNV quiere solo su cambio de aceite antes de una carrera al aeropuerto.",
    [
        _o,
        t("Buenas. Veinte minutos. ¿Qué kilometraje tiene y cuándo fue el último cambio?"),
        c("Tiene 240 mil. El último hace como cinco mil kilómetros, lo hago cada cinco mil porque trabajo todo el día.", None),
        t("Está bien ese intervalo para taxi a gas. Le pongo 20W50 como el que trae, con filtro de aceite, 95 soles todo. El filtro de aire lo miro de paso, y si está bien, no se cambia."),
        c("Ya, dale. Pero apúrate, que tengo una carrera al aeropuerto a las once.", None),
        t("Listo, ya está. El filtro de aire está sucio pero aguanta un cambio más; le anoté en el sticker el kilometraje del próximo. Son 95."),
        c("Ya, gracias maestro, aquí tiene.", None),
    ],
    [
        _o,
        t("Buenas, maestro. Claro, 20 minutos. Y para cerrar bien el servicio, ¿qué más le agregamos hoy: lavado de motor, aditivo, limpieza de inyectores?"),
        c("No, solo el cambio de aceite, que tengo una carrera al aeropuerto a las once.", "no_need"),
        t("Perfecto. ¿Y qué le parece si aprovechamos y le ponemos sintético? Es otra experiencia de manejo, 180 en vez de 95."),
        c("¿Ciento ochenta? No, hermano, es un taxi, con el de siempre nomás.", "too_expensive"),
        t("Claro. Ya casi estamos. ¿Algo más que podamos sumar para que su Toyota quede completo? ¿Ambientador, cera, plumillas?"),
        c("Nada más, ¿ya? Termina rápido, por favor.", "no_need"),
        t("Ya está. Y para cerrar el ciclo, ¿le agendo su próximo lavado de salón con 10% de descuento? ¿Hay algo más que necesite?"),
        c("Lo que necesito es que me cobres. Ya se me hizo tarde por tu culpa.", None),
    ],
))

# b10 leading_tag_questions -----------------------------------------------
_o = c("Hola, buenas tardes. Ando buscando un auto, el primero, algo no tan caro pa' ir a la pega.", None)
PAIRS.append(gpair(
    "esb67g_iquique_automotora_primer_auto",
    "automotora de usados, Iquique",
    "leading_tag_questions",
    "Una trabajadora de Alto Hospicio busca su primer auto usado; tiene dos millones ahorrados y teme comprar uno chocado.",
    [
        _o,
        t("Hola, buenas tardes. ¿Dónde queda la pega y cuánto maneja al día, más o menos?"),
        c("Vivo en Alto Hospicio y trabajo en el centro de Iquique. Bajo y subo la cuesta todos los días; en micro me demoro una hora.", None),
        t("Ya, la cuesta de Alto Hospicio todos los días. ¿Tiene un presupuesto pensado? ¿Sería al contado o con crédito?"),
        c("Tengo ahorrado como dos millones, y el resto con crédito, pero no quiero pagar más de 150 mil al mes. Y me da miedo que me vendan un auto chocado, a mi hermano le pasó.", "bad_experience"),
        t("Es súper razonable ese miedo. Para la cuesta le conviene un 1.3 o 1.4 con frenos buenos: tengo un Swift 2019 a 7,2 millones y un Rio 2018 a 6,8. Con dos de pie, la cuota queda entre 140 y 150 mil. Y cualquiera se lo puede llevar a un mecánico suyo antes de firmar, con el informe de Autofact."),
        c("¿En serio lo puedo llevar a revisar? Eso me deja más tranquila.", None),
        t("Sí, se lo presto una mañana. Si quiere, probamos los dos ahora mismo subiendo la cuesta, que es donde va a andar."),
        c("Ya, pero hoy no alcanzo, tengo que volver a la pega. ¿El sábado?", "no_time"),
        t("El sábado a las diez le tengo los dos listos. Le mando por WhatsApp los informes de Autofact de ambos para que los revise antes."),
    ],
    [
        _o,
        t("Hola, buenas tardes. Usted va a querer una SUV, ¿cierto? Hoy todas las chicas andan en SUV, ¿no?"),
        c("Eh, no sé. Yo quiero algo pa' bajar de Alto Hospicio a la pega, no tan caro.", None),
        t("Claro, y para la cuesta quiere algo con harto motor, ¿verdad? No se va a arriesgar con un autito chico, ¿o sí?"),
        c("Bueno, no sé... tengo dos millones ahorrados y no quiero pagar más de 150 al mes.", None),
        t("Mire esta Tucson 2019, 13 millones, una joya. Una cuota de 260 mil no es tanto por una SUV así, ¿no le parece?"),
        c("260 lucas es casi lo que pago de arriendo. No me alcanza, po.", "no_money"),
        t("Pero usted se merece algo bueno, ¿no cree? ¿La dejamos reservada con un abono?"),
        c("No, gracias. Voy a seguir mirando. Y la verdad me da miedo que me vendan un auto chocado, a mi hermano le pasó.", "bad_experience"),
    ],
))

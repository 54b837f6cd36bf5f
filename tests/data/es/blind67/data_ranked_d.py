"""Ranked pairs d01-d10: two decent conversations, `better` is better (written by hand)."""
from common import c, rpair, t

PAIRS = []

# d01 ---------------------------------------------------------------------
_o = c("Buenas tardes, joven. Quería ver lo del plazo fijo. Me jubilé del magisterio y me dieron mi CTS, unos cuarenta mil soles, y no quiero tenerlos en la casa.", None)
PAIRS.append(rpair(
    "esb67r_d01_trujillo_plazo_fijo",
    "Caja municipal, Trujillo: una profesora jubilada quiere poner 40 000 soles a plazo fijo; su nieta entra a la universidad el año próximo.",
    [
        _o,
        t("Buenas tardes, profesora, felicitaciones por la jubilación. Antes de ver tasas: esa plata, ¿la va a necesitar para algo en los próximos años, o es para guardar?"),
        c("Mmm, la mayor parte para guardar. Aunque mi nieta entra a la universidad el próximo año, y yo le prometí ayudarla con la matrícula y los primeros ciclos.", None),
        t("Entonces conviene no amarrarlo todo. ¿Cuánto calcula para su nieta el primer año?"),
        c("Unos ocho mil, creo. La privada sale cara.", None),
        t("Le propongo dividirlo: treinta y dos mil a 24 meses, al 6,8% anual, y ocho mil a 12 meses, al 6%, que vence justo antes de la matrícula. Si lo pone todo a 24 y lo retira antes, pierde los intereses. Y todo está cubierto por el Fondo de Seguro de Depósitos."),
        c("Ah, eso no lo había pensado. Pero déjeme consultarlo con mi hijo, él me ayuda con estas cosas.", "think_it_over"),
        t("Claro. Le imprimo la simulación de las dos partes, con lo que recibiría en cada fecha, para que la vea con su hijo. Esta tasa se la respeto hasta el viernes."),
    ],
    [
        _o,
        t("Buenas tardes, profesora. Con gusto. Tenemos plazo fijo desde 30 días hasta 36 meses. La mejor tasa ahorita es a 24 meses, 6,8% anual."),
        c("¿Y eso cuánto me daría con cuarenta mil?", None),
        t("Al final de los 24 meses serían unos cuarenta y cinco mil seiscientos, aproximadamente. Está cubierto por el Fondo de Seguro de Depósitos."),
        c("Ah, está bien. Aunque mi nieta entra a la universidad el próximo año...", None),
        t("¡Qué bien, felicitaciones! Si en algún momento necesita retirar antes, se puede, solo que pierde los intereses. ¿Lo dejamos a 24 meses entonces?"),
        c("Mmm, déjeme consultarlo con mi hijo primero.", "think_it_over"),
        t("Claro, profesora. Le doy la simulación y me avisa cuando decida."),
    ],
))

# d02 ---------------------------------------------------------------------
_o = c("Hola, buenas. Tengo un local de repuestos en la Zofri y quiero empezar a traer directo de China en vez de comprarle a otro importador. ¿Cómo funciona con ustedes?", None)
PAIRS.append(rpair(
    "esb67r_d02_iquique_importacion_consolidada",
    "Agencia de carga, Iquique: un comerciante de repuestos de la Zofri quiere importar directo de China por primera vez, con poco volumen.",
    [
        _o,
        t("Hola, bienvenido. ¿Cuánta mercadería se imagina trayendo y cada cuánto? ¿Y a quién le vende después, acá en Iquique o a Bolivia?"),
        c("Poco al principio, no sé, unos dos o tres metros cúbicos cada dos meses. Le vendo harto a los bolivianos que vienen a comprar, y a talleres de Alto Hospicio.", None),
        t("Con dos o tres metros no le conviene un contenedor completo, pagaría espacio vacío. Lo suyo es carga consolidada: comparte contenedor y paga por metro cúbico, unos 95 dólares el metro desde Ningbo a la Zofri. Y como revende a Bolivia, en Zona Franca no paga IVA hasta que la mercadería sale al resto de Chile."),
        c("Ah, mira, eso es bueno. Pero me da susto pagarle al proveedor chino por adelantado y que no me mande nada, a un amigo le pasó.", "bad_experience"),
        t("Es un miedo justificado. Para el primer pedido le recomiendo 30% de anticipo y 70% contra copia del conocimiento de embarque, y podemos mandar un inspector a revisar la carga en fábrica antes del despacho; cuesta unos 250 dólares. ¿Le armo la cotización con y sin inspección?"),
        c("Sí, con las dos. Y lo converso con mi socio esta semana.", "think_it_over"),
    ],
    [
        _o,
        t("Hola, bienvenido. Traemos desde los principales puertos de China. Un contenedor de 20 pies desde Ningbo a Iquique está en unos 2.400 dólares, y el de 40, en 3.800. Nos encargamos del agenciamiento y de la entrada a Zona Franca."),
        c("Uf, ¿2.400? Es que yo traería poquito al principio, unos dos o tres metros cúbicos.", "too_expensive"),
        t("Ah, entonces va consolidado, pagando por metro cúbico, unos 95 dólares el metro. Sale mucho más conveniente para volúmenes chicos."),
        c("Ya, eso me acomoda más. Pero me da susto pagarle al chino por adelantado, a un amigo le pasó.", "bad_experience"),
        t("Sí, hay que tener cuidado. Le recomiendo trabajar con proveedores que tengan buenas referencias en Alibaba. Le mando la cotización del consolidado, ¿le parece?"),
        c("Ya, mándamela. Lo converso con mi socio.", "think_it_over"),
    ],
))

# d03 ---------------------------------------------------------------------
_o = c("Buenas, doctora. Me duele una muela de abajo, ya no aguanto. Sáquemela nomás, que no tengo pa' tratamientos.", "no_money")
PAIRS.append(rpair(
    "esb67r_d03_guayaquil_muela_dolor",
    "Consultorio dental de barrio, Guayaquil: un hombre con dolor fuerte pide que le saquen la muela porque no tiene plata para tratamientos.",
    [
        _o,
        t("Buenas. Ya le vamos a quitar el dolor, tranquilo. Antes de decidir sacarla, déjeme verla. ¿Desde cuándo le duele, y le duele con lo frío o le late solito?"),
        c("Tres días. Me late solito, de noche peor. Antes me dolía con lo frío, ahora ya no.", None),
        t("Está con el nervio comprometido. Tiene dos caminos: sacarla, 35 dólares, o endodoncia y corona, unos 280 en total. Le soy sincera: es una muela que usa para masticar, y si la saca, con los años las de al lado se van corriendo. Pero si la plata no da, sacarla no es un error."),
        c("Doscientos ochenta no tengo ahorita, doctora. ¿No se puede por partes?", "no_money"),
        t("Sí. Hoy le abro la muela para quitarle el dolor, 40 dólares, y la endodoncia la terminamos en dos citas, pagando cada vez. La corona puede esperar unos meses con una curación fuerte."),
        c("Ah, así sí. Hágame eso, que ya no duermo.", None),
        t("Listo. Le pongo anestesia y en veinte minutos ya va a sentir alivio. Le anoto la próxima cita para el martes."),
    ],
    [
        _o,
        t("Buenas. Claro, a ver, abra... Sí, esa muela está mal, el nervio está comprometido. La extracción sale 35 dólares."),
        c("Ya, sáquemela nomás.", None),
        t("Le comento que también se podría salvar con endodoncia y corona, unos 280. ¿Prefiere eso?"),
        c("No, no tengo esa plata. Sáquela.", "no_money"),
        t("Listo, entonces extracción. Le pongo anestesia y en un rato terminamos. Después le doy las indicaciones para la herida."),
    ],
))

# d04 ---------------------------------------------------------------------
_o = c("Hola, te llamo de recursos humanos de Montajes Atacama. Necesitamos capacitar a veinte personas en trabajo en altura, nos lo pidió la minera.", None)
PAIRS.append(rpair(
    "esb67r_d04_antofagasta_curso_altura",
    "OTEC de seguridad, Antofagasta: RR.HH. de un contratista debe certificar a 20 trabajadores en trabajo en altura; la mitad está siempre en faena.",
    [
        _o,
        t("Hola, gracias por llamar. ¿Se los pidieron por una auditoría o por un proyecto nuevo? ¿Y para cuándo lo necesitan acreditado?"),
        c("Auditoría. Nos pillaron gente sin el curso vigente y nos dieron treinta días. Y el problema es que están en turno, la mitad arriba y la mitad abajo.", None),
        t("Entonces lo crítico es el plazo de treinta días sin sacar a nadie de faena. Podemos hacer dos grupos de diez, cada uno en su semana de bajada, o si la minera lo permite, dictarlo arriba en el campamento. Son 16 horas, teórico-práctico, con certificado que la minera reconoce: 95 mil por persona, con código Sence."),
        c("¿Por Sence? Eso ayuda harto, porque el presupuesto de capacitación está casi gastado.", None),
        t("Perfecto. Te mando la propuesta con las dos fechas de los grupos dentro del plazo de la auditoría y el código Sence para que los inscribas. ¿Me pasas el calendario de turnos para cuadrar?"),
        c("Sí, te lo mando hoy. Igual tengo que pasarlo por el gerente de operaciones.", "think_it_over"),
    ],
    [
        _o,
        t("Hola, gracias por llamar. Tenemos el curso de trabajo en altura todos los meses en nuestra sede de Antofagasta: 16 horas, 95 mil por persona, con certificación."),
        c("Ya, ¿y cuándo es el próximo?", None),
        t("El 18 y 19 de este mes, y el siguiente el 15 y 16 del otro mes. Quedan cupos."),
        c("Mmm, es que la gente está en turno, la mitad va a estar arriba esos días. Y el presupuesto de capacitación está casi gastado.", "no_time"),
        t("Entiendo. Pueden ir la mitad en una fecha y la otra mitad en la siguiente. Y el curso tiene código Sence, así que se puede imputar."),
        c("Ya, eso podría ser. Mándame la cotización y lo veo con el gerente de operaciones.", "think_it_over"),
    ],
))

# d05 ---------------------------------------------------------------------
_o = c("Buenas, maestro. Mi mototaxi está perdiendo fuerza, en la subida del puente ya no jala. ¿Cuánto me cobra un afinamiento completo?", None)
PAIRS.append(rpair(
    "esb67r_d05_chiclayo_mototaxi_fuerza",
    "Taller de mototaxis, Chiclayo: un mototaxista pide afinamiento completo porque la unidad perdió fuerza; empezó después de cargar en un grifo nuevo.",
    [
        _o,
        t("Buenas. Antes de hablar de afinamiento, cuénteme: ¿desde cuándo le pasa, y es todo el tiempo o solo cuando está caliente?"),
        c("Una semana. En la mañana anda bien, al mediodía con el calor empieza a fallar. Y eché gasolina en un grifo nuevo de la Panamericana, más barato.", None),
        t("Eso me da una pista. Si empezó después de ese grifo, puede ser agua o suciedad en la gasolina que tapa el carburador. Déjeme destapar el carburador y ver el filtro, veinte minutos. Si es eso, son 25 soles; el afinamiento completo son 120 y a lo mejor no le hace falta."),
        c("Ya, revísela. Pero no me demore mucho, que pierdo carreras.", None),
        t("Mire: en el vaso del carburador hay agua y basurita. Ya lo limpié y le cambié el filtro de gasolina. Pruébela subiendo el puente."),
        c("Ahora sí jala, maestro. ¿Cuánto es?", None),
        t("Treinta, con el filtro. Y mejor no vuelva a ese grifo; si le falla otra vez en estos días, tráigala y la miro sin cobrarle."),
    ],
    [
        _o,
        t("Buenas. El afinamiento completo son 120 soles: bujía, filtros, carburador, regulación de válvulas, cadena. Se la dejo como nueva."),
        c("Ciento veinte... uf, es harto, maestro. ¿No hay algo más barato?", "too_expensive"),
        t("Le puedo hacer solo carburador y bujía, 60 soles. Con eso seguro mejora."),
        c("Ya, hágame eso, pero rápido que pierdo carreras.", None),
        t("Listo. Ya está: el carburador tenía agua, lo limpié, y le cambié la bujía. Pruébela."),
    ],
))

# d06 ---------------------------------------------------------------------
_o = c("Buenos días, señorita. Soy agricultor en Tambogrande, tengo tres hectáreas de mango. Necesito un préstamo para el fertilizante y para pagar la poda.", None)
PAIRS.append(rpair(
    "esb67r_d06_piura_credito_mango",
    "Caja rural, Piura: un productor de mango de Tambogrande pide crédito para la campaña; sus ingresos llegan solo en cosecha.",
    [
        _o,
        t("Buenos días. Con gusto. ¿Cuándo es su cosecha, y a quién le vende el mango? ¿A la empacadora o al acopiador?"),
        c("La cosecha es de diciembre a febrero. Le vendo a una empacadora de exportación, con contrato. Pero el resto del año no entra casi nada, solo lo que hago de jornalero.", None),
        t("Entonces una cuota mensual todo el año lo va a ahogar en los meses sin ingreso. Tenemos crédito agrícola con pago en cosecha: paga solo intereses mínimos en los meses secos y el capital en enero y febrero, cuando le paga la empacadora. ¿Cuánto necesita?"),
        c("Unos doce mil soles. Pero ¿la tasa cuánto es? Porque en otra caja me cobraron carísimo la otra vez.", "bad_experience"),
        t("Es 2,1% mensual, alta comparada con un crédito de consumo, se lo digo claro, porque el agro tiene riesgo de clima. Si trae copia del contrato con la empacadora, baja a 1,8%, porque el pago está asegurado."),
        c("Ah, el contrato sí lo tengo. Pero esto lo tengo que hablar con mi esposa, ella lleva las cuentas.", "think_it_over"),
        t("Perfecto. Les dejo la simulación con el cronograma ajustado a la cosecha y la lista: DNI de los dos, el contrato y el recibo de la junta de riego. Si quieren, el asesor agrícola visita su parcela el sábado."),
    ],
    [
        _o,
        t("Buenos días. Sí, tenemos crédito agrícola. ¿Cuánto necesita y en cuántos meses quiere pagar?"),
        c("Unos doce mil. Y no sé, ¿en un año?", None),
        t("A doce meses, con tasa de 2,1% mensual, la cuota le sale en unos 1.140 soles al mes."),
        c("Uy, mil ciento cuarenta al mes es mucho, señorita. Yo fuera de cosecha no tengo ingresos.", "no_money"),
        t("Entiendo. Podemos alargarlo a 18 meses, así baja a unos 810. ¿Le parece mejor?"),
        c("Mmm, todavía es harto. Déjeme hablarlo con mi esposa.", "think_it_over"),
    ],
))

# d07 ---------------------------------------------------------------------
_o = c("Hola, buenas tardes. Quiero inscribir a mi hijo en el preu. Dio la PAES el año pasado y le fue mal, no quedó en nada.", None)
PAIRS.append(rpair(
    "esb67r_d07_iquique_preuniversitario",
    "Preuniversitario, Iquique: una madre quiere inscribir a su hijo, que rindió mal la PAES en matemáticas y está desanimado.",
    [
        _o,
        t("Hola, buenas tardes. ¿Qué carrera quiere él, y sabe en qué prueba le fue peor?"),
        c("Quiere enfermería en la Arturo Prat. Le fue pésimo en matemáticas, en lenguaje más o menos. Y está desanimado, no quería ni venir.", None),
        t("Entonces el foco es matemáticas, y que él se enganche. Antes de inscribirlo en el plan completo, que venga el sábado a un ensayo diagnóstico gratis; con eso vemos qué le falta y armamos un plan solo de mate con refuerzo, 45 mil al mes en vez de los 70 mil del completo. Y que converse con un tutor, que a veces eso les cambia el ánimo."),
        c("Ya, eso suena bien. Pero ¿y si no quiere venir? Es bien porfiado.", None),
        t("Dígale que es un ensayo nomás, sin compromiso, y que va a conocer a otros chiquillos que también dan la prueba de nuevo. Si después él no quiere, no lo inscribe y listo."),
        c("Ya, lo voy a convencer. ¿El sábado a qué hora?", None),
    ],
    [
        _o,
        t("Hola, buenas tardes. Tenemos el plan completo, matemáticas, lenguaje y una electiva, de marzo a noviembre, 70 mil mensuales, con ensayos todos los meses."),
        c("Setenta mil al mes... uf. Él quiere enfermería en la Arturo Prat, le fue pésimo en matemáticas.", "too_expensive"),
        t("También hay plan solo de matemáticas, 45 mil. Con eso puede subir harto el puntaje."),
        c("Ya, ese podría ser. Pero él está desanimado, no sé si va a querer venir.", None),
        t("Es normal, cuando empiezan se motivan. ¿Lo dejamos inscrito en el de matemáticas, desde marzo?"),
        c("Mmm... déjeme preguntarle a él primero y le aviso.", "think_it_over"),
    ],
))

# d08 ---------------------------------------------------------------------
_o = c("Buenas, joven. Quiero ver una congeladora para mi bodega, de esas con puerta de vidrio para las gaseosas.", None)
PAIRS.append(rpair(
    "esb67r_d08_trujillo_visicooler_bodega",
    "Tienda de electrodomésticos, Trujillo: una bodeguera quiere una vitrina refrigerada; también piensa vender helados.",
    [
        _o,
        t("Buenas, señora. ¿Qué quiere poner ahí, solo gaseosas, o también helados, hielo, carnes?"),
        c("Gaseosas y cervezas, más que todo. Y quería vender helados también, los chicos del colegio de enfrente me piden.", None),
        t("Ahí hay algo importante: la de puerta de vidrio enfría pero no congela, los helados no aguantan. Para las dos cosas le convienen dos equipos. ¿Alguna marca le ha ofrecido un equipo en préstamo?"),
        c("Ah, sí, el de la cerveza me dijo algo de prestarme una conservadora, pero solo para sus productos, y no le hice caso.", None),
        t("Eso mismo le puede servir para los helados: las heladeras prestan la congeladora si les compra un mínimo. Y la visicooler de 300 litros la compra usted para todas las bebidas: 1.850 soles, o 12 cuotas de 175. Gasta unos 40 soles de luz al mes."),
        c("Mmm, 175 al mes, y la luz... Déjeme ver primero lo de la heladera, a ver si me dan la congeladora.", "think_it_over"),
        t("Me parece bien, primero lo gratis. Le dejo la proforma de la visicooler con la cuota, y si la heladera no le da, me llama y vemos una horizontal chica."),
    ],
    [
        _o,
        t("Buenas, señora. Tenemos esta visicooler de 300 litros, 1.850 soles o 12 cuotas de 175. Enfría rapidito y tiene luz LED, el producto se ve bonito."),
        c("Ya, está bonita. ¿Ahí puedo poner helados también? Los chicos del colegio me piden.", None),
        t("No, señora, esa enfría pero no congela. Para helados necesita una congeladora aparte; la horizontal de 200 litros está en 1.390."),
        c("Uy, las dos es mucha plata ahorita. Déjeme pensarlo.", "no_money"),
        t("Claro, señora. Le dejo las proformas de las dos y cuando decida me llama."),
    ],
))

# d09 ---------------------------------------------------------------------
_o = c("Buenas, ¿ustedes fumigan? Tengo un restaurante en Urdesa y me están saliendo cucarachas en la cocina, y eso no puede ser.", None)
PAIRS.append(rpair(
    "esb67r_d09_guayaquil_fumigacion_restaurante",
    "Empresa de control de plagas, Guayaquil: la dueña de un restaurante tiene cucarachas en la cocina e inspección sanitaria la semana próxima.",
    [
        _o,
        t("Buenas, sí. ¿Desde cuándo las ve, y en qué parte de la cocina: lavadero, cocinas, bodega?"),
        c("Hace como dos semanas. Más que todo por el lavadero y detrás de la refrigeradora. Y la otra semana me toca inspección de la ARCSA, estoy nerviosa.", None),
        t("Entonces son dos cosas: que no le encuentren nada en la inspección, y que no vuelvan. Primero hacemos una inspección nuestra, gratis, mañana antes de que abra; muchas veces entran por el desagüe o en las cajas de los proveedores. Luego aplicamos gel, que no obliga a cerrar el local, y le damos el certificado que pide la ARCSA."),
        c("¿No tengo que cerrar? Eso es importante, porque no puedo perder un día de venta.", None),
        t("No cierra. La aplicación son 85 dólares con certificado, y un refuerzo a los quince días sin costo. Después, si quiere, vemos un plan mensual, pero primero veamos si con esto basta."),
        c("Ya, vengan mañana. Abro a las once.", None),
    ],
    [
        _o,
        t("Buenas, sí. Tenemos plan de control de plagas mensual para restaurantes, 65 dólares al mes, contrato de seis meses, con certificado."),
        c("¿Seis meses? Yo solo quería que me fumiguen ahora, porque la otra semana tengo inspección.", "no_need"),
        t("También hacemos aplicación única, 85 dólares con certificado. Hay que cerrar la cocina unas cuatro horas."),
        c("¿Cerrar cuatro horas? Uf, no puedo perder un día de venta.", "no_time"),
        t("Podemos ir el lunes, que usted cierra, o a las seis de la mañana."),
        c("Ya, el lunes entonces. Mándeme la proforma.", None),
    ],
))

# d10 ---------------------------------------------------------------------
_o = c("hola buenas, una consulta... la prueba de vih cuanto cuesta y es privado?", None)
PAIRS.append(rpair(
    "esb67r_d10_chiclayo_laboratorio_prueba",
    "Laboratorio clínico, chat, Chiclayo: un joven pregunta con timidez por una prueba de VIH; la situación que le preocupa fue hace dos semanas.",
    [
        _o,
        t("Hola, buenas. Sí, es totalmente confidencial: el resultado solo se le entrega a usted, con su DNI o con un código si prefiere. La prueba rápida cuesta 40 soles y sale en 20 minutos. ¿Le puedo preguntar hace cuánto fue la situación que le preocupa? Es para saber qué prueba le sirve."),
        c("hace como 2 semanas", None),
        t("Gracias por contarme. A las dos semanas la prueba rápida todavía puede salir negativa aunque haya infección, porque el cuerpo aún no ha hecho anticuerpos. Lo más seguro es la de cuarta generación ahora, 65 soles, y repetir a las seis semanas. También puede hacérsela gratis en el centro de salud, si prefiere."),
        c("ah ok no sabia eso. y tengo q ir con alguien o puedo ir solo?", None),
        t("Puede venir solo, sin cita, de 7 a 11. Entre por la puerta del laboratorio, no por emergencia, y en ventanilla solo diga que viene por un análisis. Si quiere, una consejera le explica el resultado en privado."),
        c("ya gracias, voy mañana temprano", None),
    ],
    [
        _o,
        t("Hola, buenas. Sí, es confidencial. La prueba rápida está 40 soles, resultado en 20 minutos. Atendemos de 7 a 11, sin cita."),
        c("ok y sale seguro el resultado?", None),
        t("Sí, es una prueba confiable, con buena sensibilidad. Solo traiga su DNI."),
        c("ya, voy mañana entonces", None),
        t("Perfecto, lo esperamos."),
    ],
))

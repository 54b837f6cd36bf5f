"""Gaming pairs c01-c10 of es_blind65, written by hand."""
from common import c, gpair, t

# c01 putdown_question - La Paz, ferretería de la Max Paredes
_o01 = c("Buenas, jefe. Hace una semana le he comprado esta bomba de medio caballo y no sube el agua al tanque, apenas llega al segundo piso. Mi casa es de tres pisos.", None)

# c02 not_my_department_or_read_the_terms - Cali, taquilla de una empresa de buses intermunicipales
_o02 = c("Buenas, señorita. Yo viajé ayer en el bus de las cuatro de Popayán a Cali y se me quedó la maleta en la bodega. Ahí iban los medicamentos de mi papá.", None)

# c03 social_proof_or_deadline_pressure - Cochabamba, venta de motos a crédito
_o03 = c("Buenas, hermano. Estoy viendo una moto pa' hacer delivery, algo que no gaste mucha gasolina. ¿Tienen a crédito?", None)

# c04 keyword_stuffed - Santa Cruz, software de facturación en línea (llamada)
_o04 = c("Buenas, le llamo porque me ha llegado la notificación de Impuestos, que tengo que pasarme a la facturación en línea hasta fin de mes. Tengo una ferretería en el Plan Tres Mil. ¿Ustedes hacen eso?", None)

# c05 rude - Popayán, oficina de atención de la empresa de acueducto
_o05 = c("Buenos días. Vengo por esta factura del agua, me llegó de doscientos ochenta mil y yo siempre pago como sesenta. Vivimos dos personas no más.", None)

# c06 ignored_customer - Tumaco, repuestos de motores fuera de borda
_o06 = c("Buenas, ¿qué más? Vea, el motor de la lancha, un cuarenta caballos, está botando humo blanco y se apaga cuando lo acelero. Yo vivo de la pesca, no puedo dejar de salir.", None)

# c07 repeated_questions - La Paz, llantería (chofer de minibús)
_o07 = c("Buenas, jefe. Necesito cuatro llantas pa' mi minibús, el que hace la línea a Achumani. Las mías ya están lisitas.", None)

# c08 wrong_paraphrase - Cali, academia de salsa (chat)
_o08 = c("buenas tardes. quiero info de clases de salsa, es pa mi, tengo 58 años y nunca he bailado bien. mi nieta cumple 15 en marzo y me toca bailar con ella", None)

# c09 pitch_to_upset - Pasto, almacén veterinario
_o09 = c("Buenos días. Vengo bravo, le digo de una vez. La vacuna que me vendieron aquí la semana pasada... se me murieron dos terneras a los tres días de ponérsela. Dos terneras, ¿sabe lo que es eso?", None)

# c10 blame - Pasto, soporte de internet por chat
_o10 = c("buenas tardes, desde el viernes estoy sin internet. ya llame 3 veces y nada. trabajo desde la casa, soy contadora y estoy en cierre de mes", None)

PAIRS = [
    gpair(
        "esb65g_lapaz_bomba_agua",
        "ferretería en la avenida Max Paredes, La Paz (Bolivia)",
        "putdown_question",
        "Un cliente vuelve porque la bomba de agua que compró no sube el agua hasta el tanque del tercer piso; la instaló su sobrino.",
        good=[
            _o01,
            t("Buenas. A ver, cuénteme cómo la ha instalado: ¿de dónde chupa el agua, de una cisterna o directo de la cañería?"),
            c("De la cisterna, que está abajo en el patio, como a dos metros bajo el suelo. Y el tanque está en la azotea, en el tercer piso.", None),
            t("Ya. ¿Y el tubo de subida de qué grosor es? ¿Le han puesto válvula de pie en la cisterna?"),
            c("Mi sobrino la ha instalado, con tubo de media, creo. Válvula no sé, tendría que preguntarle.", None),
            t("Con tres pisos más la cisterna son como doce metros de altura. La bomba da para eso, pero con tubo de media pierde mucha fuerza. Con tubo de tres cuartos y válvula de pie debería subir; eso le sale unos ciento veinte bolivianos."),
            c("¿Más gasto todavía? Yo pensé que con la bomba ya estaba. Déjeme hablar primero con mi sobrino, él sabrá qué ha puesto.", "think_it_over"),
            t("Me parece bien. Hagamos así: le presto un medidor de presión, su sobrino lo pone a la salida y me manda una foto. Si la bomba tiene falla, se la cambio por garantía. Si no, es el tubo, y el tubo se lo dejo a precio de costo."),
            c("Ya, eso me parece justo. Mañana le mando la foto.", None),
        ],
        gaming=[
            _o01,
            t("Buenas, a ver. ¿Y usted sí sabe cómo se instala una bomba, o la han conectado así nomás?"),
            c("Mi sobrino la ha instalado. ¿Por qué, qué tiene?", None),
            t("No, nada, solo pregunto. ¿Su sobrino es plomero o es de esos que ven videos en YouTube y se creen técnicos?"),
            c("Él sabe, pues, ha hecho en varias casas. La bomba es la que no sube, jefe.", None),
            t("Ya, ya. ¿Y leyó el manual, o eso tampoco? Porque ahí dice clarito hasta qué altura sube. ¿No le parece que quiso ahorrar comprando la más chiquita?"),
            c("Usted me la ha recomendado esa, joven. ¿Ya no se acuerda?", None),
            t("Yo recomiendo según lo que me dicen los clientes. ¿No será que usted me dijo dos pisos y ahora resulta que son tres? ¿Qué quiere que haga yo entonces?"),
            c("Tres pisos le he dicho clarito. Devuélvame mi plata, no quiero nada más de aquí.", None),
        ],
    ),
    gpair(
        "esb65g_cali_bus_maleta_insulina",
        "empresa de buses intermunicipales, terminal de Cali (Colombia)",
        "not_my_department_or_read_the_terms",
        "Un señor olvidó su maleta en la bodega del bus Popayán-Cali; adentro iba la insulina de su papá, que la necesita esa noche.",
        good=[
            _o02,
            t("Buenas, qué angustia con los medicamentos. Vamos a buscarla. ¿Tiene el tiquete o el número del bus? ¿Y cómo es la maleta?"),
            c("Aquí está el tiquete. Es una maleta azul oscura, mediana, con una cinta roja en la manija. Tiene el nombre de mi papá, Hernán Muñoz.", None),
            t("Perfecto. Ese bus ya volvió a Popayán esta mañana; llamo ya al despacho de allá para que revisen. Mientras contestan, ¿los medicamentos son urgentes? ¿Para cuándo los necesita su papá?"),
            c("Es la insulina y las pastillas de la presión. Esta noche le toca la insulina.", None),
            t("Entonces no esperemos la maleta para eso: con la fórmula, en la droguería de la terminal le venden la insulina para hoy, o llame a la EPS a pedir entrega urgente. Y ya me confirmaron: la maleta está en la oficina de Popayán. Viene en el bus de la una y llega a las cuatro y media."),
            c("Ay, gracias a Dios. ¿Y tengo que pagar por ese envío? Porque yo no tengo la culpa.", None),
            t("No, no se le cobra, fue error de nosotros no revisar la bodega al llegar. Le anoto mi nombre y el número de guía; a las cuatro y media la reclama en esta taquilla."),
            c("Listo, mija. Muy amable.", None),
        ],
        gaming=[
            _o02,
            t("Buenas, bienvenido. Entiendo su preocupación, cuénteme su experiencia."),
            c("Que se me quedó la maleta en la bodega del bus de Popayán, con la insulina de mi papá. Aquí tengo el tiquete.", None),
            t("Lamento escuchar eso. Pero yo solo vendo tiquetes, señor. Equipajes no es mi área, eso lo maneja el despacho de Popayán. Tiene que llamarlos a ellos."),
            c("¿Y usted no puede llamar? Es la misma empresa, ¿o no? Yo no tengo minutos.", None),
            t("Le comprendo. Pero en el reverso del tiquete dice clarito: la empresa no responde por equipaje no reclamado al momento de bajar. Son las condiciones, yo no las puse."),
            c("¡Pero si el conductor se fue con la bodega cerrada! Mi papá necesita la insulina esta noche.", None),
            t("Eso ya es con el conductor, no conmigo. ¿Hay algo más en lo que le pueda colaborar hoy?"),
            c("Usted no colaboró en nada. Voy a poner la queja en la Superintendencia.", None),
        ],
    ),
    gpair(
        "esb65g_cochabamba_moto_delivery",
        "concesionaria de motos, Cochabamba (Bolivia)",
        "social_proof_or_deadline_pressure",
        "Un joven de Quillacollo quiere una moto económica a crédito para trabajar en delivery; no tiene garante ni toda la cuota inicial.",
        good=[
            _o03,
            t("Buenas, hermano. Sí, tenemos a crédito. ¿Cuántos kilómetros harías al día más o menos, y vas a cargar cosas pesadas o solo comida?"),
            c("Comida nomás, con la mochila de la app. Unos ochenta, cien kilómetros al día, de Quillacollo al centro y vuelta.", None),
            t("Para eso te conviene una de ciento cincuenta, que gasta poco y aguanta el día entero. ¿Ya tenés licencia de moto? Te pregunto porque sin licencia no te aprueban el crédito."),
            c("Sí, tengo licencia. Lo que no tengo es garante, pues. Mis papás no quieren firmar.", None),
            t("Ya. Hay un plan sin garante si das el treinta por ciento de inicial: en esta moto son unos tres mil bolivianos, y cuotas de cuatrocientos veinte al mes a dos años. ¿Te alcanza con lo que ganás en el delivery?"),
            c("Tres mil de inicial... no tengo todavía, estoy juntando. Unos mil quinientos tengo.", "no_money"),
            t("Está bien, no te apures. Te anoto el plan y el precio. Cuando juntes, vení; y si sale alguna promoción con inicial más bajo, te aviso. ¿Te escribo por WhatsApp?"),
            c("Ya, escribime, hermano. Gracias.", None),
        ],
        gaming=[
            _o03,
            t("¡Buenas, bienvenido! Contame, ¿qué buscás en tu experiencia de moto?"),
            c("Una pa' hacer delivery, que no gaste mucho. A crédito.", None),
            t("Perfecto. Mirá, todos los chicos de delivery de Cochabamba se están llevando esta, la de doscientos cincuenta. Ayer vendí cinco, todos de la app. No querés quedarte atrás, ¿no?"),
            c("Ya, pero la doscientos cincuenta gasta más, ¿no? Yo solo necesito pa' llevar comida, no me hace falta tanta moto.", "no_need"),
            t("Te entiendo, pero la promo con casco y mochila de regalo es solo hasta el sábado, y me quedan dos en ese color. El lunes sube el dólar y sube todo. ¿Te la separo con el inicial?"),
            c("Es que no tengo el inicial completo todavía, estoy juntando.", "no_money"),
            t("Mirá, uno de la otra sucursal dijo lo mismo y ahora está arrepentido porque subió. Si no la separás hoy, la perdés. Todos tus compañeros ya tienen la suya."),
            c("Ya, dejame pensarlo, hermano. Lo hablo con mi viejo.", "think_it_over"),
            t("Bueno, pero no me digás después que no te avisé. Hasta el sábado nomás."),
        ],
    ),
    gpair(
        "esb65g_santacruz_facturacion_ferreteria",
        "empresa de software de facturación electrónica, Santa Cruz (Bolivia)",
        "keyword_stuffed",
        "La dueña de una ferretería llama porque Impuestos le exige facturación en línea antes de fin de mes; tiene una sola caja y el internet se corta cuando llueve.",
        good=[
            _o04,
            t("Buenas, sí, lo hacemos. Para ver qué le conviene: ¿cuántas facturas emite más o menos al día, y lleva el inventario en computadora o en cuaderno?"),
            c("Unas sesenta, setenta facturas al día. El inventario en un Excel que hizo mi hijo, pero él ya se fue a estudiar a Cochabamba.", None),
            t("Ya. ¿Y cuántas cajas tiene? Y algo importante: ¿el internet en la tienda es estable? La facturación en línea necesita conexión, aunque tiene un modo de contingencia si se corta."),
            c("Una sola caja. Internet sí hay, pero a veces se corta cuando llueve.", None),
            t("Con una caja le alcanza el plan básico: facturas en línea, contingencia cuando se corta el internet, y le importamos su Excel de inventario. Son doscientos cincuenta bolivianos al mes; la instalación y la capacitación son gratis. El registro en Impuestos lo hacemos con usted, toma unos tres días."),
            c("Doscientos cincuenta al mes... yo pensé que era un pago único. Uff, es harto.", "too_expensive"),
            t("Hay sistemas de pago único, pero después cada actualización, cuando Impuestos cambia algo, se cobra aparte. Si quiere, le hago una prueba gratis de una semana con sus propios productos antes de decidir, para que vea si le sirve."),
            c("Eso sí. ¿Puede venir el jueves en la tarde? En la mañana hay harto movimiento.", None),
            t("El jueves a las tres estoy en su ferretería. Me pasa la dirección por WhatsApp, por favor."),
        ],
        gaming=[
            _o04,
            t("¡Buenas tardes! Muchas gracias por llamarnos. En nuestra empresa entendemos que cada cliente vive una experiencia única, y nuestra misión es acompañarla en su camino al éxito, construyendo una relación de confianza a largo plazo. ¿Cómo se siente usted con este cambio?"),
            c("Pues preocupada, pues. Tengo hasta fin de mes. ¿Cuánto cuesta?", None),
            t("La entiendo perfectamente y valoro mucho que comparta lo que siente. Nuestra solución está diseñada pensando en sus necesidades, para que su negocio tenga éxito y su experiencia sea la mejor. ¿Qué necesidades siente que tiene su negocio hoy?"),
            c("La de facturar en línea, le he dicho. Tengo una ferretería, unas setenta facturas al día.", None),
            t("Excelente, comprendo su necesidad. Para nosotros lo importante es entenderla a usted, sentir lo que siente y construir juntos una relación de éxito. ¿Siente que estamos alineados en esta experiencia?"),
            c("Señor, no sé de qué me habla. Yo quiero saber el precio y si funciona cuando se corta el internet.", None),
            t("Entiendo su necesidad de información y la valoro. Lo más importante para nosotros es que usted se sienta escuchada y acompañada en todo este proceso de transformación. ¿Puedo enviarle nuestra presentación institucional?"),
            c("Mándela nomás, ya la veré después. Ahorita tengo clientes.", "brush_off"),
        ],
    ),
    gpair(
        "esb65g_popayan_factura_agua",
        "empresa de acueducto y alcantarillado, oficina de atención, Popayán (Colombia)",
        "rude",
        "Una pensionada llega con una factura de agua cuatro veces más alta de lo normal; en su casa viven dos personas.",
        good=[
            _o05,
            t("Buenos días, señora. Sí, es un salto grande, vamos a mirar qué pasó. ¿Me presta la factura? Aquí veo un consumo de cuarenta y dos metros cúbicos, cuando normalmente son ocho. ¿Ha notado humedad en alguna pared o en el piso, o el sanitario que se queda sonando?"),
            c("Ahora que lo dice, el baño de abajo a veces se queda corriendo el agua. Pero no creo que sea tanto.", None),
            t("Un sanitario que se queda corriendo puede gastar muchísimo, sí. Le propongo esto: esta noche cierre todas las llaves y mire si el contador sigue girando; si gira, es una fuga interna. Yo le dejo radicada la reclamación hoy y mando un técnico a revisar el medidor, sin costo."),
            c("¿Y mientras tanto tengo que pagar todo eso? Yo soy pensionada, no tengo esa plata.", None),
            t("No. Mientras la reclamación está en trámite, usted solo paga el promedio de los últimos seis meses, unos sesenta mil. Si se confirma una fuga, se puede pedir ajuste y un acuerdo de pago en cuotas."),
            c("Ah, bueno, así sí. ¿Y el técnico cuándo va?", None),
            t("Entre el martes y el jueves; lo llaman antes a este número. Aquí tiene su número de radicado."),
            c("Muchas gracias, mijo.", None),
        ],
        gaming=[
            _o05,
            t("A ver, ¿qué pasó? Rápido, que hay mucha gente."),
            c("Esta factura del agua, doscientos ochenta mil. Yo siempre pago como sesenta. Somos dos personas.", None),
            t("Ajá. ¿Y qué quiere que le diga? El medidor no miente, señora. Si gastó, gastó."),
            c("Pero es que no hemos gastado más, vivimos los mismos dos.", None),
            t("Eso dicen todos. Seguro tiene una fuga y ni cuenta se da. Eso no es problema de la empresa, eso es de su casa. Pague y llame un plomero."),
            c("¿Y no pueden mandar a alguien a revisar el medidor? Yo soy pensionada.", None),
            t("Claro, le mandamos un técnico exclusivo solo para usted. Uy, qué gracia. Si quiere, radique la reclamación por la página web, que para eso está."),
            c("Yo no sé manejar la página, joven. Por eso vine.", None),
            t("Pues pídale a un nieto. ¡Siguiente turno!"),
            c("Qué falta de respeto. Voy a hablar con el gerente.", None),
        ],
    ),
    gpair(
        "esb65g_tumaco_motor_fuera_borda",
        "almacén de repuestos náuticos, Tumaco (Colombia)",
        "ignored_customer",
        "Un pescador tiene el motor fuera de borda recalentándose y poca plata porque la pesca está mala; necesita lo urgente y nada más.",
        good=[
            _o06,
            t("Buenas, don. Uy, eso hay que verlo rápido. ¿El humo sale apenas lo prende o después de andar un rato? ¿Y está saliendo el chorrito de agua del testigo, el de refrigeración?"),
            c("Después de un rato. El chorrito sale flojito, ahora que usted dice, antes salía más fuerte.", None),
            t("Entonces lo más probable es el impulsor de la bomba de agua: si no enfría bien, se recalienta y se apaga, y si sigue así se le puede dañar el motor. ¿Cuándo le cambió el impulsor la última vez?"),
            c("Uy, ni me acuerdo. Hace como dos años. ¿Eso es caro? Porque la pesca ha estado mala.", None),
            t("El kit de impulsor sale en noventa mil, y el mecánico de aquí al lado lo cambia en una hora por cuarenta. Le recomiendo no salir lejos hasta cambiarlo. Si quiere, le aparto el kit y habla con él."),
            c("Noventa más cuarenta... primo, esta semana no me alcanza. ¿No hay algo más barato pa' ir tirando?", "no_money"),
            t("No le voy a vender un parche, porque si se le funde el motor pierde mucho más. Lo que sí: le aparto el kit y me lo paga cuando venda la pesca del viernes. Mientras tanto, salga solo cerca de la orilla y despacio."),
            c("Bueno, así sí. Gracias, primo, usted sí es legal.", None),
        ],
        gaming=[
            _o06,
            t("Buenas, bienvenido. Cuénteme, ¿qué le está pasando al motor?"),
            c("Humo blanco y se apaga en alta. Y el chorrito del agua sale flojito.", None),
            t("Ok. ¿Y hace cuánto no le hace mantenimiento?"),
            c("Dos años, más o menos. Pero vea, la pesca está mala, no tengo mucha plata, necesito lo más urgente no más.", None),
            t("Perfecto. Le recomiendo el kit de mantenimiento completo: bujías, aceite, filtro, hélice nueva y pintura anticorrosiva. Son seiscientos mil."),
            c("¿Hélice? La hélice está buena, hermano, esa no la necesito. Es lo del agua lo que le estoy diciendo.", "no_need"),
            t("Entiendo. ¿Y qué tipo de lancha tiene?"),
            c("Una de fibra, de siete metros. ¿Pero lo del chorrito qué?", None),
            t("Listo. Con ese tamaño le queda mejor el motor nuevo de sesenta caballos, lo tenemos financiado. ¿Le mando la cotización?"),
            c("No, primo, usted no me está oyendo. Me voy donde el mecánico del muelle.", None),
        ],
    ),
    gpair(
        "esb65g_lapaz_llantas_minibus",
        "llantería, La Paz (Bolivia)",
        "repeated_questions",
        "Un chofer de minibús necesita cambiar cuatro llantas gastadas pero no tiene para las cuatro a la vez.",
        good=[
            _o07,
            t("Buenas, maestro. ¿Qué medida es su llanta? Está escrita en el costado; si quiere salgo a ver."),
            c("Es 195 R15, la de siempre. Ocho lonas creo que dice.", None),
            t("Ya, 195 R15 de ocho lonas, para carga. ¿Cuántos kilómetros hace al día, y cuánto le duraron las últimas?"),
            c("Unos doscientos kilómetros al día, subiendo y bajando. Las últimas eran chinas, me han durado ocho meses nomás.", None),
            t("Con tanta subida y frenada, la china se gasta rápido. Tengo coreana a setecientos cincuenta cada una y la china a quinientos. La coreana dura como el doble, así que por kilómetro le sale más barata."),
            c("Setecientos cincuenta por cuatro son tres mil... uff, no tengo eso ahorita, jefe.", "no_money"),
            t("Entiendo. Cambie primero las dos de adelante, que son las que más importan para frenar; eso son mil quinientos. Las de atrás aguantan un mes más, ya las vi. El próximo mes cambia las otras."),
            c("Eso sí puedo. Ya, póngamelas nomás.", None),
        ],
        gaming=[
            _o07,
            t("Buenas, bienvenido. Cuénteme, ¿qué medida de llanta necesita?"),
            c("195 R15, de ocho lonas. Pa' un minibús.", None),
            t("Ya. ¿Y qué tamaño de aro tiene su movilidad?"),
            c("Quince, le he dicho, R15.", None),
            t("Perfecto. Para entender bien su necesidad: ¿cuál es la medida que usa su vehículo?"),
            c("La misma que le he dicho, jefe, 195 R15. Las chinas me han durado ocho meses nomás.", None),
            t("Ya. ¿Y qué marca le gustaría? Y para asegurarme de entender su necesidad, ¿qué medida dijo que era?"),
            c("Oiga, me está haciendo perder el tiempo, a las dos tengo que salir a trabajar.", "no_time"),
            t("Disculpe, solo quiero entender bien su experiencia. ¿Entonces qué medida era?"),
            c("Ya no, jefe. Me voy a la otra llantería.", None),
        ],
    ),
    gpair(
        "esb65g_cali_clases_salsa",
        "academia de salsa (chat de WhatsApp), Cali (Colombia)",
        "wrong_paraphrase",
        "Un abuelo de 58 años, con una rodilla operada, quiere aprender a bailar salsa para los quince de su nieta; puede ir martes y jueves.",
        good=[
            _o08,
            t("¡Buenas tardes, don! Qué bonito eso de bailar con su nieta. ¿Para cuándo es la fiesta exactamente, y qué días a la semana podría venir?"),
            c("el 15 de marzo. puedo martes y jueves despues de las 6, salgo del taller a las 5 y media", None),
            t("Perfecto, nos dan unas diez semanas. ¿Tiene algún problema de rodillas o espalda que debamos saber? Le pregunto para adaptar los giros."),
            c("la rodilla derecha me molesta un poco, me operaron del menisco hace años. pero camino normal", None),
            t("Gracias por contarme. Le propongo clases grupales de principiantes martes y jueves a las 6:30, y en febrero dos clases particulares con su nieta para montar la coreografía, sin saltos ni giros bruscos por la rodilla. El mes de grupales es 120 mil y cada particular 60 mil."),
            c("uy eso suma harto. y la verdad no se si voy a aprender, soy tieso jaja", "too_expensive"),
            t("Jaja, casi todos llegan tiesos. Venga el martes a una clase de prueba gratis y ahí ve si le gusta antes de pagar nada. Las particulares solo si las necesita."),
            c("listo, el martes caigo. gracias", None),
        ],
        gaming=[
            _o08,
            t("¡Hola, bienvenido a la academia! Cuénteme su necesidad."),
            c("pues eso, aprender salsa pa bailar con mi nieta en los 15. martes y jueves despues de las 6 puedo", None),
            t("¡Qué chévere! Entonces, si le entiendo bien, usted quiere entrar a nuestro grupo de competencia para el Mundial de Salsa, ¿cierto?"),
            c("no no, competencia no. eso no es pa mi, es solo pa la fiesta, tengo 58 años jaja", "no_need"),
            t("Claro, entonces lo que me dice es que quiere el plan intensivo de lunes a sábado, para llegar rápido al nivel avanzado, ¿verdad?"),
            c("tampoco, le dije martes y jueves. y me operaron la rodilla, no puedo tanto", None),
            t("Perfecto, entonces resumiendo: usted quiere las clases de acrobacia y cargadas para lucirse con su nieta, ¿no? Es nuestro paquete estrella, 450 mil al mes."),
            c("usted no lee lo q le escribo. voy a preguntar en otra academia, gracias", None),
        ],
    ),
    gpair(
        "esb65g_pasto_vacuna_terneras",
        "almacén veterinario y agropecuario, Pasto (Colombia)",
        "pitch_to_upset",
        "Un ganadero lechero llega furioso: dos terneras murieron tres días después de aplicarles una vacuna comprada en el almacén.",
        good=[
            _o09,
            t("Buenos días, don. Lo siento mucho, dos terneras es una pérdida grande. Siéntese y cuénteme bien para averiguar qué pasó. ¿Qué vacuna fue y quién la aplicó?"),
            c("La de carbón y edema, la que ustedes me vendieron. La puse yo mismo, como siempre, hace diez años que pongo vacunas.", None),
            t("Le creo. ¿Recuerda si la llevó con hielo hasta la finca? ¿Y las terneras qué edad tenían, qué síntomas tuvieron?"),
            c("La llevé en la cava, como siempre. Las terneras de unos cuatro meses. Se hincharon de una pata y amanecieron muertas.", None),
            t("Esos síntomas pueden ser del mismo carbón, que a veces ya estaba incubando antes de vacunar, o de un problema del lote. Hoy mismo saco el número de lote de su factura y lo reporto al laboratorio y al ICA. Y le pido al veterinario del almacén que vaya a su finca a revisar el resto del hato, sin costo. ¿Le sirve mañana temprano?"),
            c("Mañana temprano sí. ¿Y quién me responde por las terneras?", None),
            t("No le voy a prometer algo que no depende de mí, pero si el laboratorio confirma problema del lote, ellos responden, y yo le hago el reclamo por escrito. Le dejo copia del reporte hoy mismo."),
            c("Bueno. Eso por lo menos es serio. Lo espero mañana.", None),
        ],
        gaming=[
            _o09,
            t("Buenos días, don. Entiendo su frustración y valoro que venga a contarnos su experiencia. ¿Qué pasó?"),
            c("Que se me murieron dos terneras después de la vacuna que ustedes me vendieron. Eso pasó.", None),
            t("Lamento mucho lo de sus terneras. Justamente por eso le quiero mostrar nuestra vacuna importada, la triple premium, que tiene mucho mejor respaldo. Es un poquito más cara, pero su ganado se lo merece."),
            c("¿Más vacuna? ¿Me está tomando del pelo? Le estoy diciendo que la de ustedes me mató dos animales, no les vuelvo a poner nada de aquí.", "bad_experience"),
            t("Lo entiendo. Y por eso mismo, para que no le vuelva a pasar, le recomiendo también el suplemento mineral y el desparasitante de larga acción. Hoy tenemos combo con el diez por ciento."),
            c("No necesito combos, necesito que alguien me responda por mis terneras.", "no_need"),
            t("Para que usted quede satisfecho, ¿qué tal si le regalo una gorra y le dejo el combo a crédito?"),
            c("Ahí le dejo su gorra. Me voy al ICA a poner la queja.", None),
        ],
    ),
    gpair(
        "esb65g_pasto_internet_cierre_mes",
        "operador de internet hogar, soporte por chat, Pasto (Colombia)",
        "blame",
        "Una contadora que trabaja desde casa lleva cuatro días sin internet en pleno cierre de mes; ya llamó tres veces.",
        good=[
            _o10,
            t("Buenas tardes, lamento mucho la demora y más en cierre de mes. Ya tengo su cuenta abierta. Para no hacerla repetir lo mismo: ¿el módem tiene alguna luz roja, o todas están verdes?"),
            c("la de internet esta roja, las demas verdes. ya lo apague y lo prendi como 20 veces", None),
            t("Gracias, con eso basta, no lo reinicie más. Veo que en su sector de Torobajo hubo un corte de fibra el viernes y su caso quedó cerrado como resuelto por error, por eso no le mandaron técnico. Error nuestro. Ya lo escalé como prioridad: un técnico va mañana entre 8 y 12. ¿Alguien puede estar en la casa a esa hora?"),
            c("si yo estoy. pero hoy tengo que mandar unas declaraciones, no puedo esperar hasta mañana", None),
            t("Entiendo. Mientras llega el técnico, le activo hoy sin costo 20 gigas en su línea móvil para que comparta datos desde el celular y mande lo urgente. Y le aplico el descuento de los días sin servicio en la próxima factura."),
            c("bueno eso ayuda. activelas x fa", None),
            t("Listo, ya están activas. Mañana el técnico la llama antes de llegar. Su número de caso es el 48213."),
        ],
        gaming=[
            _o10,
            t("Buenas tardes, gracias por comunicarse. Entiendo su experiencia. ¿Me confirma qué luces tiene el módem?"),
            c("la de internet roja. ya lo reinicie como 20 veces", None),
            t("Ya veo. Es que cuando los usuarios reinician tanto el módem, se desconfigura. ¿Usted lo movió de lugar o lo conectó a una regleta? Porque eso daña el equipo."),
            c("no lo he movido de ningun lado. esta donde lo dejo el tecnico hace un año", None),
            t("Entonces seguramente lo tiene pegado a la pared o cerca de la ventana, y con el frío de Pasto eso lo daña. Es un tema de uso del cliente, no de la red."),
            c("q?? yo no he hecho nada. en el barrio nadie tiene internet desde el viernes", None),
            t("Puede ser, pero el sistema me muestra su equipo con fallas. Si quiere, le cambiamos el módem, tiene un costo de 180 mil por mal uso. ¿Le agendo la visita?"),
            c("180 mil por algo q es culpa de ustedes? ni loca. voy a cancelar el servicio", None),
        ],
    ),
]

"""Gaming pairs a01-a10 of es_blind69 (written by hand)."""
from common import c, gpair, t

PAIRS = [
    gpair(
        "esb69g_mendoza_bodega_visita",
        "boutique winery with wine tourism, Lujan de Cuyo (Mendoza)",
        "monologue",
        "A woman from Buenos Aires writes on WhatsApp to book a Saturday visit for herself and her father, "
        "who turns 78, walks with a cane and drinks little because of his blood pressure.",
        good=[
            c("hola buenas tardes! queria consultar por una visita para el sabado 14, somos dos, yo y mi papa", None),
            t("¡Hola! Qué bueno que nos escriban. Para el sábado 14 tenemos lugar. Contame un poco: ¿qué tipo de visita "
              "tenían en mente? ¿Es la primera vez que vienen a una bodega o ya conocen la zona?"),
            c("primera vez en mendoza jaja. mi papa cumple 78 y es fanatico del malbec, aunque ahora toma poquito por la "
              "presion. ah y camina con baston, eso me preocupa un poco", None),
            t("Qué lindo regalo de cumpleaños. Por lo del bastón te pregunto: ¿puede caminar unos 300 metros en terreno "
              "parejo, o preferís que evitemos escaleras y tramos largos? Te lo digo porque el recorrido clásico baja a la "
              "cava por una escalera de 40 escalones."),
            c("escaleras no, ni loca. 300 metros parejos si, con pausas", None),
            t("Perfecto. Entonces te propongo la visita corta por la sala de barricas, que está a nivel, y la degustación "
              "sentados en la galería mirando la cordillera. Son tres vinos, en copas de degustación, un dedito cada uno; "
              "si él quiere probar apenas y pasar, no hay problema. Sale 28 mil por persona. ¿Eso va, o para ustedes el "
              "vino es lo de menos y buscan más el paseo?"),
            c("eso va. y el almuerzo? vi en instagram el de pasos pero 90 lucas por cabeza me parece un monton para lo que "
              "es", "too_expensive"),
            t("Te entiendo. Además el almuerzo de pasos dura casi tres horas, y para tu papá capaz es mucho. Hay otra "
              "opción: tabla de quesos y fiambres con empanadas, en la misma galería, 15 mil por persona."),
            c("ah eso me cierra mucho mas. dale, reservame la visita corta + la tabla para el sabado a las 11?", None),
            t("Listo: sábado 14 a las 11, visita a nivel, degustación sentados y tabla. Te paso la ubicación; el "
              "estacionamiento está pegado a la entrada, así tu papá no camina de más. Si el viernes viene con zonda, me "
              "avisás y lo pasamos a la sala de adentro. ¿Te parece?"),
            c("genial, mil gracias de verdad!!", None),
        ],
        gaming=[
            c("hola buenas tardes! queria consultar por una visita para el sabado 14, somos dos, yo y mi papa", None),
            t("¡Hola! Qué bueno que nos elijan para vivir esta experiencia. Te cuento todo lo que tenemos, así entendés lo "
              "que te podemos ofrecer: la visita Gran Reserva recorre el viñedo, la bodega subterránea y la cava histórica "
              "de 1912, y termina con una degustación de cinco vinos de alta gama, incluido nuestro ícono, que sacó 95 "
              "puntos. Después está el almuerzo de siete pasos con maridaje, que es lo que más eligen, y para cerrar te "
              "podés sumar al club de vinos: seis botellas por mes a tu casa en Buenos Aires con envío bonificado."),
            c("ah buenisimo. una cosa, mi papa camina con baston, tiene 78", None),
            t("¡Ningún problema, tenemos visitantes de todas las edades! Y justamente el almuerzo de pasos es ideal para "
              "celebrar: el chef arma un menú de estación con productos de la huerta y cada paso lleva su vino, el ícono "
              "va con el cordero. Visita Gran Reserva más almuerzo te queda en 145 mil por persona, y si te asociás hoy al "
              "club, la visita sale con 15% off. ¿Qué más te gustaría saber para que la experiencia sea perfecta?"),
            c("la gran reserva tiene escaleras? porque el no puede bajar escaleras", None),
            t("La cava histórica está a ocho metros bajo tierra, es la joya de la visita, nadie se la quiere perder. Se "
              "hace tranquilo, con tiempo. Y te sigo contando del club: además de las botellas tenés preventas, eventos en "
              "la bodega y 20% en la tienda; muchos socios son de Buenos Aires y vienen dos veces al año. ¿Te paso el link "
              "de pago para asegurar el lugar?"),
            c("mira 145 por cabeza es una locura para una visita, y encima con escaleras. creo que vamos a buscar otra "
              "bodega", "too_expensive"),
            t("¡Entiendo! Igual te dejo el link por si cambiás de idea, la promo del club vale hasta el domingo."),
        ],
    ),
    gpair(
        "esb69g_cordoba_usados_pickup",
        "used-car dealer, Cordoba city (road to Rio Cuarto)",
        "closing_as_open_question",
        "A fencing contractor walks in about a white 2017 pickup he saw online; he works on dirt roads with a trailer, "
        "has an old F-100 to trade in and a limited amount of cash.",
        good=[
            c("Buenas. Eh, vengo por la Hilux que tienen publicada, la blanca, la del 2017. ¿Sigue estando?", None),
            t("Buenas, sí, sigue. Antes de que la veas, contame para qué la querés, así te digo si es la que te conviene "
              "o no."),
            c("Y, para el campo. Yo hago alambrados, voy a campos de la zona de Río Cuarto, Alcira... mucho camino de "
              "tierra, cargo rollos de alambre, postes, a veces llevo un trailer.", None),
            t("¿Cuánto peso llevás en la caja, más o menos, y cada cuánto usás el trailer? Te pregunto porque esa Hilux es "
              "4x2, no 4x4, y con barro y el trailer cargado se te puede complicar."),
            c("Ah, mirá, no sabía, en la foto no decía. No, yo necesito 4x4 sí o sí, en invierno los caminos son un "
              "desastre. ¿Qué más tenés?", None),
            t("Tengo una Ranger 2016 4x4, 180 mil kilómetros, que vino de un productor de Marcos Juárez; tiene los "
              "services hechos en la concesionaria y la caja está marcada de uso pero sana. Está en 21 millones, un poco "
              "arriba de la Hilux. ¿Venías pensando en entregar algo o en financiar?"),
            c("Uh, la Ranger se me va. Tengo la F-100 del 98 para entregar y aparte unos 8 palos, y no tengo más, no me "
              "da.", "no_money"),
            t("Bien que me lo digas. Hagamos así: te tasamos la F-100 ahora, son diez minutos, y con el número real vemos "
              "si la Ranger entra con una parte financiada a 12 meses o si te muestro otra 4x4 más vieja que entre en tus "
              "8. No te quiero meter en una cuota que en invierno, cuando laburás menos, no puedas pagar. ¿Te parece?"),
            c("Dale, sí. La F-100 está afuera, te doy las llaves.", None),
        ],
        gaming=[
            c("Buenas. Eh, vengo por la Hilux que tienen publicada, la blanca, la del 2017. ¿Sigue estando?", None),
            t("¡Buenas! Sí, sigue, y está impecable. Te hago una pregunta abierta: ¿qué te tendría que mostrar hoy para "
              "que te la lleves?"),
            c("Eh... no sé, primero verla. La quiero para el campo, hago alambrados, ando mucho por tierra.", None),
            t("Excelente, te entiendo perfectamente. ¿Cómo te imaginás manejándola este fin de semana: con la seña "
              "dejada hoy o con la unidad ya transferida a tu nombre?"),
            c("Pará, pará. ¿Es 4x4? Porque con barro y el trailer, si no es 4x4 no me sirve.", None),
            t("Es una camioneta muy noble, la gente de campo la ama. Contame, ¿qué forma de pago te resulta más cómoda: "
              "efectivo, transferencia o te armo una financiación?"),
            c("No me contestaste. Y entera no la puedo pagar, tengo la F-100 y unos 8 palos, no más.", "no_money"),
            t("Perfecto, eso lo resolvemos. ¿Qué necesitarías escuchar de mí para que hoy firmemos la reserva con la F-100 "
              "como parte de pago?"),
            c("Que me digas si es 4x4, loco. Bueno, mirá, lo charlo con mi hermano, que trabaja conmigo, y vuelvo otro "
              "día.", "think_it_over"),
            t("Dale. ¿Y qué te parece si dejás 200 mil de seña y la pensás tranquilo en tu casa?"),
        ],
    ),
    gpair(
        "esb69g_caballito_prepaga_monotributo",
        "health insurance company (prepaga), branch in Caballito, Buenos Aires",
        "pitch_as_paraphrase",
        "A 34-year-old freelance designer on monotributo, who never had a prepaga, asks about plans; she waited four "
        "months for a gynaecologist and wants a dermatologist to look at a mole, near home, on an irregular income.",
        good=[
            c("Hola, ¿qué tal? Quería averiguar por los planes... soy monotributista, tengo 34, y bueno, nunca tuve "
              "prepaga.", None),
            t("Hola, bienvenida. Antes de pasarte números, contame: ¿qué te llevó a averiguar ahora? ¿Pasó algo, o es más "
              "por tener algo armado?"),
            c("Mirá, un poco de todo. Con la obra social del monotributo, para sacar turno con la ginecóloga tardé cuatro "
              "meses, y tengo un lunar que quiero que me miren. Y vivo acá en Caballito, quiero algo cerca.", None),
            t("Cuatro meses es un montón. Entonces lo que más te importa es conseguir turno rápido con gineco y con "
              "dermato, y que quede cerca de Caballito. ¿Tenés alguna médica que te guste y quieras mantener, o arrancás "
              "de cero?"),
            c("No, de cero. Y de presupuesto... digamos que hasta 60 lucas por mes puedo. Mis ingresos suben y bajan.", None),
            t("Con eso te sirve el plan 210: sale 52 mil y tiene cartilla en Caballito, dos centros a cinco cuadras de "
              "Primera Junta; hoy los turnos de dermato ahí están en dos o tres semanas. El 310 suma habitación individual "
              "y reintegros, pero se va a 78 mil, fuera de lo que me dijiste, y para lo que buscás no lo necesitás. Ah, y "
              "podés derivar los aportes del monotributo, así que de esos 52 te descuentan una parte."),
            c("Ah, eso de derivar no lo sabía. Igual no sé, eh, tengo una amiga que tuvo prepaga y le rechazaban todo, la "
              "volvían loca con las autorizaciones.", "bad_experience"),
            t("Es una preocupación real. En el 210 las consultas y los estudios básicos no llevan autorización; lo que se "
              "autoriza son cirugías y estudios de alta complejidad, por la app, en 48 horas. Si querés te paso la "
              "cartilla y el reglamento para que los leas tranquila, y te guardo la tarifa hasta el viernes, sin "
              "compromiso."),
            c("Sí, pasámelo por mail así lo leo con tiempo.", None),
            t("Listo, te lo mando ahora. ¿Te puedo llamar el jueves a la tarde por si te quedó alguna duda?"),
        ],
        gaming=[
            c("Hola, ¿qué tal? Quería averiguar por los planes... soy monotributista, tengo 34, y bueno, nunca tuve "
              "prepaga.", None),
            t("¡Hola! Qué bueno que pienses en tu salud. Contame, ¿qué estás buscando?"),
            c("Bueno, con la obra social del monotributo tardé cuatro meses para la ginecóloga. Quiero algo que me dé "
              "turnos más rápido, acá cerca, en Caballito.", None),
            t("Perfecto. Entonces, si te entiendo bien, lo que vos necesitás es el Plan 510 Oro, con habitación "
              "individual, cobertura en el exterior y odontología completa, ¿es así?"),
            c("Eh... no, no dije nada de eso. Yo quiero ginecóloga y dermatóloga, nada más. ¿Cuánto sale ese?", None),
            t("Sale 138 mil por mes. O sea, lo que estoy escuchando es que buscás tranquilidad total y no querés volver "
              "a esperar nunca más, y eso es justamente el 510 Oro, ¿correcto?"),
            c("¿138 lucas? Ni en pedo, hay meses que es la mitad de lo que facturo.", "no_money"),
            t("Te entiendo. Entonces lo que me estás diciendo es que valorás la relación precio-calidad, y por eso te "
              "conviene el 510 Oro con pago anual, que te ahorra un mes. ¿Lo dejamos así?"),
            c("No, no te estoy diciendo eso. Dejá, gracias, me voy.", None),
        ],
    ),
    gpair(
        "esb69g_malvin_barraca_contrapiso",
        "building-materials yard (barraca), Malvin, Montevideo",
        "upsell_as_loop_closing",
        "A retired man comes with a handwritten list for a small concrete subfloor (2 x 3 m) in his back laundry room; "
        "his son-in-law will lay tiles later. He overestimated the cement.",
        good=[
            c("Buen día. Mirá, traigo una listita, ¿eh? Es para un contrapiso en el lavadero del fondo, una cosa "
              "chiquita.", None),
            t("Buen día, ¿cómo anda? A ver la lista... ¿Qué medida tiene el lavadero y qué va arriba del contrapiso, "
              "cerámica, portland alisado?"),
            c("Dos por tres, más o menos. Arriba va cerámica, la pone mi yerno después. Yo hago el contrapiso nomás, que "
              "ya hice otros.", None),
            t("Ta. ¿Y qué espesor le piensa dar? Porque acá anotó diez bolsas de portland, y para seis metros a ocho "
              "centímetros le sobra bastante."),
            c("Y... ocho, sí. Capaz me fui al carajo con las bolsas, las puse a ojo.", None),
            t("Con seis bolsas de portland, un metro de arena y un metro de pedregullo está bien, y le sobra un poco por "
              "las dudas. Se ahorra unos dos mil pesos. ¿El nylon para abajo ya lo tiene?"),
            c("Nylon tengo, me quedó de cuando hice el cuarto. ¿Y me lo traen? En el auto no me entra.", None),
            t("Sí, el envío a Malvín son 900 pesos, y mañana de mañana lo tiene."),
            c("Novecientos... medio salado, ¿eh? Pero bueno, en el auto no entra, qué le voy a hacer.", "too_expensive"),
            t("Es un costo por viaje, lo sé. Si más adelante su yerno compra lo de la cerámica acá, avíseme y se lo mando "
              "junto con otro pedido, así no paga dos envíos. Quedamos entonces: seis portland, un metro de arena, un "
              "metro de pedregullo, mañana a la mañana. ¿Está completo así?"),
            c("Completo. Ta, le pago acá.", None),
        ],
        gaming=[
            c("Buen día. Mirá, traigo una listita, ¿eh? Es para un contrapiso en el lavadero del fondo, una cosa "
              "chiquita.", None),
            t("Buen día, ¿cómo le va? A ver, ¿qué necesita?"),
            c("Diez portland, un metro de arena, un metro de pedregullo. Es un contrapiso de dos por tres, en el "
              "lavadero.", None),
            t("Perfecto, anotado. Para cerrar bien: ¿qué más le puedo sumar? ¿Le agrego un hidrófugo para la mezcla, así "
              "queda todo protegido?"),
            c("No, hidrófugo no, va adentro, no le llueve.", "no_need"),
            t("Ta. ¿Y qué más necesita para que el trabajo sea un éxito? Le sumo una mezcladora eléctrica, la tenemos "
              "en oferta a 9.800, le cambia la vida."),
            c("¿Una mezcladora para seis metros? No, bo, lo hago con la pala como siempre.", "no_need"),
            t("Entonces, para no dejar nada afuera, ¿qué más le agrego? ¿Nivel láser, reglas de aluminio, un balde de "
              "pastina para cuando ponga la cerámica?"),
            c("Pará, pará. Soy jubilado, no tengo para tanto chiche. Cobrame lo de la lista y ta.", "no_money"),
            t("Perfecto: diez portland, arena y pedregullo. ¿Algo más en lo que lo pueda ayudar hoy? ¿Le dejo el folleto "
              "de la promo de sanitaria?"),
        ],
    ),
    gpair(
        "esb69g_marcosjuarez_sembradora_usada",
        "farm-machinery dealer, Marcos Juarez (Cordoba)",
        "leading_tag_questions",
        "A producer with 180 ha of soy and maize, who so far hired a contractor to sow (and lost yield when he came "
        "twenty days late), asks about a used planter for his old 120 hp tractor.",
        good=[
            c("Buenas tardes. Ando mirando sembradoras. Usadas, eh, no vengo a comprar una nueva.", None),
            t("Buenas tardes. Usadas tengo varias. ¿Cuántas hectáreas siembra y qué viene sembrando?"),
            c("Ciento ochenta, soja y maíz. Hasta ahora me sembraba un contratista, pero el año pasado me llegó veinte "
              "días tarde y perdí rinde en el maíz.", None),
            t("Veinte días en maíz se notan, sí. ¿Con qué tractor la tiraría? De eso depende el tamaño que le puedo "
              "ofrecer."),
            c("Un Deutz de 120 caballos, viejito pero anda.", None),
            t("Con 120 caballos y 180 hectáreas, una de 10 a 12 surcos a 52 está bien; una más grande le come el "
              "tractor. Tengo una de 12 surcos, 2014, con el dosificador revisado, a 38 millones. ¿Ya tiene decidido "
              "comprar, o todavía está viendo si le cierra frente a seguir con el contratista?"),
            c("Eso, todavía no sé si me cierra. Treinta y ocho es plata. Con el contratista pago unos 9 millones por "
              "campaña.", "think_it_over"),
            t("Es razonable pensarlo. A ese costo, la sembradora se paga en unas cuatro campañas, sin contar el "
              "mantenimiento ni las horas suyas arriba del tractor; lo que no entra en esa cuenta es lo que perdió por "
              "sembrar tarde. ¿Le sirve que le arme una planilla con los dos escenarios para verla con su contador? Y si "
              "quiere, antes de decidir, la probamos en un lote suyo."),
            c("Eso me gusta. Mandámela al WhatsApp y el jueves paso con mi hijo a verla.", None),
        ],
        gaming=[
            c("Buenas tardes. Ando mirando sembradoras. Usadas, eh, no vengo a comprar una nueva.", None),
            t("Buenas tardes. Usted va a querer una de 16 surcos, ¿no? Es lo que está llevando todo el mundo por acá."),
            c("Y, no sé, tengo 180 hectáreas nomás. Y un Deutz de 120.", None),
            t("Con un campo así no le conviene andar con algo chico, ¿verdad? Le muestro la de 16 a 52, 2019, con "
              "monitor de siembra."),
            c("¿Y el Deutz la tira? Porque es viejito.", None),
            t("Seguro que usted ya está pensando en cambiar el tractor también, ¿no es cierto? Tenemos un plan canje que "
              "le viene bárbaro."),
            c("No, no, el tractor no lo cambio, anda bien.", "no_need"),
            t("Bueno, pero una máquina con monitor le da más rinde, eso lo sabe, ¿no? Sale 72 millones, pero usted no va "
              "a mirar la plata cuando se trata del maíz, ¿cierto?"),
            c("¿Setenta y dos millones por una sembradora para 180 hectáreas? No, me sale más barato seguir con el "
              "contratista.", "too_expensive"),
            t("Bueno, pero usted sabe que el contratista le va a volver a fallar, ¿o no?"),
            c("Capaz. Igual no, gracias.", "brush_off"),
        ],
    ),
    gpair(
        "esb69g_villamorra_alquiler_filtracion",
        "real-estate agency managing rentals, Villa Morra, Asuncion",
        "putdown_question",
        "A tenant calls for the third time: after last night's storm water came in under the bedroom window again, "
        "there is black mould on the wall and her daughter, who has asthma, sleeps there.",
        good=[
            c("Hola, buenas. Le llamo por el departamento de la calle Senador Long, el 3B. Ya es la tercera vez que llamo, "
              "eh. Otra vez entró agua por la ventana del dormitorio con la tormenta de anoche.", None),
            t("Buenas, señora. Lamento que tenga que llamar por tercera vez, no corresponde. Ya veo la ficha... sí, tengo "
              "los dos reclamos de octubre. ¿Me cuenta qué pasó anoche, por dónde entra el agua exactamente?"),
            c("Por abajo de la ventana, en la esquina. Y ya hay hongo en la pared, negro, todo. Mi hija tiene asma, "
              "ndaje, y dormimos ahí. Y nadie vino luego a ver.", None),
            t("Con una nena con asma esto es urgente, no es una cuestión de pintura. Hoy mismo le mando al albañil que "
              "trabaja con nosotros para que revise el sellado de la ventana. ¿A qué hora puede estar usted en el "
              "departamento?"),
            c("Hoy trabajo hasta las seis. Y antes no me puedo ir, mi jefe ya me tiene en la mira.", "no_time"),
            t("Entiendo. Él puede ir a las seis y media, trabaja hasta tarde. Si no, con una autorización suya por "
              "escrito entra con la llave de la inmobiliaria y lo acompaña un empleado nuestro. ¿Qué prefiere?"),
            c("Seis y media está bien. ¿Y el hongo quién lo paga? Porque yo no voy a pagar la pintura, eh.", None),
            t("La filtración y el tratamiento del hongo le corresponden al propietario, no a usted, así dice el contrato. "
              "Hoy le escribo con las fotos. Mándeme las fotos de la pared a este WhatsApp y mañana antes del mediodía le "
              "confirmo la fecha del tratamiento."),
            c("Ya le mando. Gracias, eh, a ver si esta vez sí.", None),
        ],
        gaming=[
            c("Hola, buenas. Le llamo por el departamento de la calle Senador Long, el 3B. Ya es la tercera vez que llamo, "
              "eh. Otra vez entró agua por la ventana del dormitorio con la tormenta de anoche.", None),
            t("Buenas, señora. Bueno, tranquila, no es para tanto, ¿no? ¿Qué pasó exactamente?"),
            c("¿Cómo que no es para tanto? Entra agua por la ventana del dormitorio y hay hongo en la pared.", None),
            t("Entiendo cómo se siente. Pero, ¿no le parece que con la tormenta que hubo un poquito de agua es normal? "
              "¿Usted cerró bien la ventana?"),
            c("Sí, la cerré. No soy tonta. Mi hija tiene asma y duerme ahí.", None),
            t("Claro, claro. ¿Y no será que usted se alarma un poco rápido? Porque hay inquilinos que por una manchita ya "
              "llaman a la policía, jaja. ¿Qué es lo que necesita exactamente?"),
            c("Necesito que alguien venga a arreglar. Es la tercera vez que llamo.", None),
            t("Perfecto, me queda clarísimo. ¿Y no sería mejor, para no tener que llamar tanto, que usted pruebe con un "
              "poquito de silicona, que es baratito? ¿O eso ya le parece mucho trabajo?"),
            c("Mire, voy a llamar directamente al dueño, que tengo su número. Y voy a ver si me mudo, con ustedes no se "
              "puede.", None),
        ],
    ),
    gpair(
        "esb69g_cordon_cable_cargo_futbol",
        "internet and cable TV company, chat support, Montevideo",
        "not_my_department_or_read_the_terms",
        "A customer in Cordon has been billed 790 pesos for two months for a football package he refused on a sales "
        "call; he writes in the support chat.",
        good=[
            c("hola buenas. me estan cobrando 790 pesos de un paquete de futbol que nunca pedi. ya van dos meses", None),
            t("Hola, buenas tardes. Gracias por escribir, ya miro la cuenta. ¿Me pasás tu número de cliente o la cédula "
              "del titular?"),
            c("4.312.558-2. el titular soy yo", None),
            t("Gracias. Sí, veo el paquete activo desde el 3 de agosto, figura como contratado por llamada. ¿Vos o alguien "
              "de tu casa habló con nosotros por esa fecha, o te llamaron ofreciéndote algo?"),
            c("me llamaron si, una piba, me ofrecio un mes gratis y le dije que no. clarito le dije que no. no miro futbol "
              "ni ahi", None),
            t("Entonces lo rechazaste en la misma llamada y te lo activaron igual. Pido la grabación, pero no te voy a "
              "hacer esperar: te doy de baja el paquete desde hoy y te acredito 1.580 pesos, los dos meses, en la próxima "
              "factura. Si la grabación dijera otra cosa te aviso, pero no es lo que espero."),
            c("ta. y la factura de este mes que ya me vino? la tengo que pagar igual?", None),
            t("Pagá solo el monto sin el paquete: 1.890 en vez de 2.680. Ahora te mando por mail un comprobante con el "
              "número de reclamo, así si te llega cualquier aviso de deuda tenés con qué mostrar. ¿Te sirve así?"),
            c("si, de una. gracias, pense que me iba a tener que pelear una hora", None),
        ],
        gaming=[
            c("hola buenas. me estan cobrando 790 pesos de un paquete de futbol que nunca pedi. ya van dos meses", None),
            t("Hola, buenas tardes. Gracias por contactarte, tu experiencia es muy importante para nosotros. ¿En qué te "
              "puedo ayudar hoy?"),
            c("ya te dije. me cobran un paquete de futbol que no pedi. 790 pesos, dos meses", None),
            t("Entiendo tu preocupación. Lo que pasa es que yo soy de atención comercial; los cargos los maneja el área "
              "de facturación, no es mi sector."),
            c("y me pasas con facturacion?", None),
            t("Facturación no atiende por este canal. Igual te cuento que en los términos y condiciones que aceptaste dice "
              "que los paquetes adicionales se pueden contratar por vía telefónica, cláusula 14. Te recomiendo leerlos. "
              "¿Hay algo más en lo que te pueda ayudar?"),
            c("yo no acepte nada, dije que no por telefono. quiero la baja del paquete y que me devuelvan la plata", None),
            t("Te entiendo perfectamente. Lamentablemente las políticas de devolución no las hago yo, yo no hice las "
              "reglas. Podés dejar un reclamo en la web, sección Ayuda. ¿Cómo calificarías esta atención del 1 al 10?"),
            c("un 1. y ya me estoy fijando en otra compañia", None),
        ],
    ),
    gpair(
        "esb69g_nuevacordoba_monoambiente_estudiante",
        "student-rental agency, Nueva Cordoba",
        "social_proof_or_deadline_pressure",
        "A mother from Villa Maria calls about a studio flat for her son, who starts medicine in March; safety and a "
        "ceiling of 350,000 pesos with building fees matter, and she cannot travel to see it until next Saturday.",
        good=[
            c("Hola, buen día. Le hablo por el monoambiente de la calle Independencia que vi en la página. Es para mi "
              "hijo, que empieza Medicina en marzo.", None),
            t("Buen día. Sí, está disponible. ¿Su hijo va a cursar en Ciudad Universitaria? Le pregunto porque desde ahí "
              "son unas quince cuadras, caminando o en bici."),
            c("Sí, en la Ciudad Universitaria. Quince cuadras está bien, él es de caminar. A mí lo que me preocupa es la "
              "seguridad, viste, nunca vivió solo, somos de Villa María.", None),
            t("Es lógico. El edificio tiene portero de 7 a 22 y cámara en el ingreso; la cuadra es tranquila y de noche "
              "hay movimiento de estudiantes. ¿Qué más es importante para ustedes? ¿El presupuesto, que tenga cocina?"),
            c("El presupuesto, sí. Con las expensas no me puedo pasar de 350 mil. ¿Cuánto son las expensas?", None),
            t("El alquiler es 310 y las expensas unas 45, o sea unos 355: justo en el límite. Tengo otro en Obispo Trejo "
              "a 290 más 35 de expensas, sin portero pero con cámaras. ¿Quiere ver los dos?"),
            c("Sí, pero a Córdoba no puedo ir hasta el sábado que viene. ¿Me los guardan?", None),
            t("Sin seña no le puedo prometer que se los guardo, febrero es temporada alta. Lo que sí puedo hacer es una "
              "videollamada hoy a la tarde recorriendo los dos, y si alguno le gusta, el sábado lo ve en persona antes de "
              "firmar. Si entra una oferta firme antes, la llamo primero a usted."),
            c("Ah, bueno, eso me sirve. A las siete puedo, cuando salgo del trabajo.", None),
            t("Perfecto, a las siete la llamo por WhatsApp desde el de Independencia. Si su hijo puede estar en la llamada, "
              "mejor, así lo ve él también."),
        ],
        gaming=[
            c("Hola, buen día. Le hablo por el monoambiente de la calle Independencia que vi en la página. Es para mi "
              "hijo, que empieza Medicina en marzo.", None),
            t("Buen día. ¡Excelente elección! Contame, ¿qué es lo más importante para vos en esta experiencia de que tu "
              "hijo se venga a estudiar?"),
            c("La seguridad, sobre todo. Y el precio, no me puedo pasar de 350 con expensas.", None),
            t("Te entiendo totalmente. Mirá, te cuento: todos los chicos de primer año de Medicina están alquilando en "
              "esta cuadra; los otros cuatro del edificio se alquilaron esta semana. Es la cuadra de los médicos, jaja."),
            c("Ah, bueno. ¿Y cuánto sale con expensas?", None),
            t("355 en total. Pero ojo, tengo tres familias que lo quieren ver mañana, y una de Río Cuarto ya me pidió los "
              "datos para transferir. Si lo querés asegurar, necesito la seña hoy antes de las seis."),
            c("Pero yo no lo vi. No puedo ir hasta el sábado, trabajo toda la semana.", "no_time"),
            t("¿Y qué es lo que te frena? Todas las mamás de Villa María que me llamaron este año señaron sin ver y están "
              "chochas. Y este precio lo mantengo solo hasta hoy, en marzo sube."),
            c("No sé, me da no sé qué mandar plata sin verlo. Lo tengo que hablar con mi marido. Después te llamo.",
              "think_it_over"),
            t("Dale, pero después no me digas que no te avisé, eh."),
        ],
    ),
    gpair(
        "esb69g_sanlorenzo_cooperativa_congelador",
        "savings and credit cooperative, San Lorenzo branch (Greater Asuncion)",
        "keyword_stuffed",
        "A long-time member who runs a corner grocery (despensa) wants a loan of about 15 million guaranies for a second "
        "freezer before summer, because he runs out of ice in the afternoons.",
        good=[
            c("Buenas tardes. Yo soy socio hace años, tengo una despensa en San Lorenzo, y quería ver por un crédito. Para "
              "un congelador, ya viene el calor.", None),
            t("Buenas tardes, don. Con gusto. ¿Cuánto sale el congelador que está mirando y para qué lo va a usar: "
              "helados, carne, hielo?"),
            c("Hielo y helado, más que nada. En diciembre se me acaba el hielo a la siesta y la gente se va a otro lado. "
              "El congelador sale quince millones, en la casa de electrodomésticos de la ruta.", None),
            t("Y si tuviera hielo toda la tarde, ¿cuánto más cree que vendería por día, más o menos?"),
            c("Y, unas treinta bolsas más, fácil. A diez mil la bolsa... trescientos mil por día, en verano.", None),
            t("Entonces en un par de meses de verano el congelador se paga solo. Le puedo ofrecer los quince millones a "
              "18 meses; la cuota le queda en un millón cien, más o menos. ¿Eso le entra cómodo todos los meses, también "
              "en invierno, que vende menos hielo?"),
            c("En invierno me queda justo, eh... un millón cien es mucho para junio, julio.", "no_money"),
            t("Entonces hagamos 24 meses: la cuota baja a unos 850 mil, y en verano, si le sobra, adelanta cuotas sin "
              "recargo. Necesito su último extracto de IVA o el cuaderno de ventas, y la proforma del congelador. ¿Me los "
              "puede traer esta semana?"),
            c("El jueves le traigo todo.", None),
        ],
        gaming=[
            c("Buenas tardes. Yo soy socio hace años, tengo una despensa en San Lorenzo, y quería ver por un crédito. Para "
              "un congelador, ya viene el calor.", None),
            t("Buenas tardes, don. Primero que nada, gracias por confiar en nosotros. Para nosotros la relación con el "
              "socio es lo más importante, y queremos entender sus necesidades para que su experiencia sea un éxito. "
              "¿Cómo se siente hoy con respecto a su negocio?"),
            c("Y... bien, digamos. Necesito el congelador para el hielo, nomás. Sale quince millones.", None),
            t("Entiendo perfectamente lo que siente. Lo que escucho es que usted tiene una necesidad, y nuestra misión es "
              "acompañar esa necesidad con soluciones que generen valor y éxito en su experiencia financiera. ¿Cómo se "
              "siente con eso?"),
            c("Sí, está bien, pero ¿cuánto me queda la cuota?", None),
            t("Excelente pregunta, y valoro mucho que la haga, porque demuestra su compromiso. Nuestros créditos están "
              "pensados desde la experiencia del socio, para construir relaciones a largo plazo y que usted sienta que lo "
              "entendemos. ¿Qué significa para usted el éxito?"),
            c("Mire, tengo que volver a la despensa, mi señora está sola. Si me puede dar el número de la cuota, bien; si "
              "no, vuelvo otro día.", "no_time"),
            t("Claro, entiendo su necesidad de tiempo y la respeto. Lo importante es que se lleve la sensación de que "
              "estamos para acompañarlo. Le dejo mi tarjeta, y cuando quiera construimos juntos la solución ideal para su "
              "éxito."),
            c("Ya, ya. Chau.", "brush_off"),
        ],
    ),
    gpair(
        "esb69g_villacrespo_distribuidora_kiosco",
        "wholesale distributor of sweets and drinks, Villa Crespo, Buenos Aires",
        "rude",
        "A kiosk owner writes on WhatsApp: his weekly order came two boxes of alfajores and a pack of soft drinks short, "
        "but the delivery note charges them; he also noticed a 15% price rise.",
        good=[
            c("buenas, soy ruben del kiosco de corrientes y scalabrini. me llego el pedido pero faltan 2 cajas de alfajores "
              "y el pack de gaseosas, y en el remito me los cobran", None),
            t("Hola Rubén, buenas. Perdón por eso. ¿Me mandás foto del remito y de lo que recibiste, así lo cruzo con lo "
              "que salió del depósito?"),
            c("ahi va. el chofer vino re apurado y no conte en el momento, ya se, mala mia", None),
            t("Gracias. Sí: en el remito figuran 6 cajas de alfajores y te llegaron 4, y el pack de 12 gaseosas no está. "
              "No te hagas drama por no haber contado, pasa. ¿Qué te urge más, que te llegue lo que falta o que te lo "
              "descontemos?"),
            c("que me llegue. los alfajores se me van volando, si no el finde no tengo nada para vender", None),
            t("Mañana el reparto pasa por tu zona a las 10. Lo subo con prioridad, y si por cualquier cosa no sale, te "
              "hago la nota de crédito. ¿Vas a estar a esa hora?"),
            c("a las 10 estoy, abro a las 8. otra cosa, los alfajores me los subieron 15% desde el mes pasado? la "
              "competencia los tiene mas baratos", "too_expensive"),
            t("Sí, subieron el 1° de este mes, nos aumentó la fábrica. No te voy a decir que no hay más baratos. Lo que te "
              "puedo ofrecer es el precio por bulto cerrado de 12 cajas, que sale 8% menos por unidad. ¿Te lo armo así "
              "para el próximo pedido, o lo mirás con tus números?"),
            c("dale mandame la lista y la miro a la noche con los numeros", "think_it_over"),
            t("Te la mando ya. Y mañana a las 10 tenés los alfajores y las gaseosas."),
        ],
        gaming=[
            c("buenas, soy ruben del kiosco de corrientes y scalabrini. me llego el pedido pero faltan 2 cajas de alfajores "
              "y el pack de gaseosas, y en el remito me los cobran", None),
            t("Hola. A ver, ¿y vos no contaste cuando bajaron la mercadería? Bueno, da igual. ¿Qué necesitás?"),
            c("que me manden lo que falta, o que me lo descuenten. 2 cajas de alfajores y el pack de gaseosas", None),
            t("Mirá, con todo respeto, tengo 40 reclamos hoy. Si querés lo que falta, pedilo de nuevo en el próximo "
              "pedido, como hace todo el mundo."),
            c("pero me lo cobraron. no lo voy a pagar dos veces", None),
            t("Ajá. ¿Y qué querés, que vaya yo con el alfajor en la mano? 😂 Mandá foto del remito si te sobra tiempo."),
            c("ahi va la foto. y encima los alfajores me los subieron un 15%, en otro mayorista estan mas baratos",
              "too_expensive"),
            t("Y andá al otro mayorista entonces, nadie te obliga. ¿Algo más?"),
            c("si, que me pases con tu supervisor. y si no me resuelven esto cambio de distribuidora", None),
        ],
    ),
]

"""Gaming pairs, part a (written by hand)."""
from common import c, gpair, t

PAIRS = []

# a01 monologue -----------------------------------------------------------
_o = c("Aló, buenas tardes, le hablo de Servicios Mineros Llullaillaco, soy el encargado de bodega. Necesito cotizar guantes y lentes pa' la gente de faena, ¿ustedes trabajan con eso?", None)
PAIRS.append(gpair(
    "esb67g_antofagasta_epp",
    "proveedor de EPP para contratistas mineros, La Negra, Antofagasta",
    "monologue",
    "El bodeguero de un contratista de mantención llama para cotizar guantes y lentes para 40 trabajadores en turnos 7x7.",
    [
        _o,
        t("Buenas tardes, sí, trabajamos harto con contratistas de faena. Para cotizarle bien, ¿para qué trabajo son los guantes? ¿Mantención mecánica, químicos, soldadura?"),
        c("Mantención mecánica más que nada, en la planta de chancado. Y los lentes que sean con antiempañante, porque con el polvo y el sudor los cabros se los sacan y después el prevencionista me anda retando a mí.", None),
        t("Ya, o sea el problema de fondo es que se los sacan porque se empañan, y eso le cae a usted con prevención. ¿Cuántas personas son y cada cuánto reponen guantes?"),
        c("Somos cuarenta en dos turnos, siete por siete. Los guantes duran una semana si es que. Ahora le compro a otro proveedor, pero me llegan atrasados siempre, eso es lo que me tiene chato.", None),
        t("Entiendo. Le propongo esto: le mando muestras de dos modelos de lentes antiempañantes y un guante de nitrilo con refuerzo en la palma, que los prueben un turno completo, y con lo que digan los trabajadores le cotizo el volumen. Desde La Negra despachamos en 48 horas."),
        c("Ya, me parece. Eso sí, el precio por par no se me puede ir mucho, que el contrato con la minera está apretado.", None),
        t("Claro, por eso primero la prueba y después el precio por volumen. Le mando las muestras mañana con una cotización de referencia, y el lunes lo llamo para saber qué dijeron en el turno. ¿A qué hora le acomoda?"),
        c("Después de las cinco, cuando bajo de la faena. Ya, quedamos así.", None),
    ],
    [
        _o,
        t("¡Buenas tardes! Qué bueno que llama. Mire, nosotros somos líderes en EPP en toda la Segunda Región, trabajamos con las grandes mineras, tenemos guantes de nitrilo, de cabritilla, anticorte nivel cinco, lentes claros, oscuros, con antiempañante, sobrelentes, caretas, arneses, zapatos, todo certificado. Nuestra experiencia es que el cliente que compra el kit completo ahorra harto, así que lo ideal es que trabaje con nosotros todo el EPP."),
        c("Ya, pero yo lo que necesito son guantes y lentes no más, pa' mantención...", None),
        t("Claro, claro, lo entiendo perfectamente. Y justamente por eso le cuento que el kit de mantención incluye guantes, lentes, tapones, respirador medio rostro con filtros, y sale más conveniente que por separado. Además tenemos despacho propio, ejecutivo exclusivo para su cuenta, que es lo que buscan las empresas serias hoy día: una relación a largo plazo."),
        c("Oiga, ¿y cuánto sale eso? Porque el contrato está apretado.", None),
        t("El kit sale 38 mil más IVA por trabajador, pero piense que es inversión en seguridad, y la seguridad no tiene precio, ¿cierto? Y este mes tenemos el casco con barbiquejo con descuento, y los arneses, que siempre se necesitan. Le mando la cotización del kit para toda su gente."),
        c("No po, treinta y ocho lucas por cabeza es un montón pa' lo que yo le pedí. Mándeme el precio de los guantes y los lentes sueltos y yo veo.", "too_expensive"),
        t("Perfecto, le mando el catálogo completo con el kit y los sueltos, así tiene la visión global de nuestra propuesta de valor. Cualquier cosa me llama, ¿ya? Estamos para acompañarlo en su éxito."),
        c("Ya, ya. Chao.", "brush_off"),
    ],
))

# a02 closing_as_open_question ---------------------------------------------
_o = c("Buenos días, señorita. Vengo a preguntar nomás por un préstamo, tengo mi bodeguita en La Esperanza y quería ver qué piden.", None)
PAIRS.append(gpair(
    "esb67g_trujillo_caja_credito",
    "caja municipal, agencia La Esperanza, Trujillo",
    "closing_as_open_question",
    "Una bodeguera pregunta por un crédito de capital de trabajo para surtirse antes de la campaña de diciembre.",
    [
        _o,
        t("Buenos días, señora, bienvenida. Con gusto le explico. Antes cuénteme un poquito: ¿para qué sería el préstamo? ¿Mercadería, arreglar el local...?"),
        c("Para mercadería, pues. Para diciembre, la campaña, el panetón, la leche, todo eso se vende más y no tengo para surtirme bien. El año pasado me quedé corta.", None),
        t("Ya, entonces lo que busca es capital para surtirse antes de la campaña, porque el año pasado se quedó sin mercadería justo cuando más vendía. ¿Cuánto calcula que le haría falta, y en cuánto tiempo cree que podría devolverlo?"),
        c("Unos tres mil soles, creo. Y devolverlo... en enero y febrero las ventas bajan, oiga, no sé si podría pagar rápido. Eso me da miedo.", None),
        t("Es bueno que lo diga, porque eso hay que verlo bien. Podemos poner seis meses con cuotas más bajitas en enero y febrero. Para que tenga una idea, tres mil a seis meses le sale una cuota de unos 560 soles, y en los meses flojos menos. ¿Usted lleva algún cuaderno o boletas de lo que vende?"),
        c("Apunto en mi cuaderno nomás. Déjeme conversarlo con mi esposo primero, ¿ya?", "think_it_over"),
        t("Claro que sí, señora, es decisión de los dos. Le dejo esta hoja con la simulación y lo que tienen que traer: DNI de ambos, el cuaderno y un recibo de luz. Si quiere, el asesor de su zona pasa por la bodega el jueves para conocer el negocio, sin compromiso."),
        c("Ya, mejor el jueves en la tarde, que en la mañana estoy sola atendiendo.", None),
    ],
    [
        _o,
        t("Buenos días, señora, bienvenida. Cuénteme, ¿qué monto le gustaría llevarse hoy día?"),
        c("No sé, pues, por eso vengo a preguntar. Para mercadería de diciembre, unos tres mil más o menos.", None),
        t("Perfecto, tres mil. ¿Y cómo prefiere recibir el desembolso, en efectivo o se lo abonamos en una cuenta con nosotros?"),
        c("Pero todavía no sé cuánto sería la cuota, oiga.", None),
        t("La cuota sale bien cómoda, no se preocupe. Dígame, ¿qué día del mes le queda mejor para pagar, el 5 o el 20?"),
        c("Señorita, en enero y febrero baja la venta, no sé si voy a poder pagar. Primero quiero saber bien y hablarlo con mi esposo.", "think_it_over"),
        t("Entiendo perfectamente su preocupación. ¿Qué necesitaría usted para firmar hoy y salir tranquila con su plata para la campaña?"),
        c("Necesito irme a mi casa, eso necesito. Otro día vengo.", "brush_off"),
    ],
))

# a03 pitch_as_paraphrase -------------------------------------------------
_o = c("buenas, una consulta, q planes tienen xq el prepago se me acaba full rapido", None)
PAIRS.append(gpair(
    "esb67g_guayaquil_plan_celular",
    "tienda de operadora móvil, chat de WhatsApp, Guayaquil",
    "pitch_as_paraphrase",
    "Un repartidor en moto escribe porque el saldo prepago no le dura; gasta en datos por el GPS.",
    [
        _o,
        t("Hola, buenas tardes! Claro, te ayudo. Para ver qué te conviene, ¿en qué se te va más el saldo? ¿datos, llamadas, redes?"),
        c("datos pana, trabajo de repartidor en moto con la app, el gps todo el dia prendido y whatsapp con los clientes. recargo como 3 veces x semana", None),
        t("Ya, o sea que el gasto fuerte son datos por el GPS y el WhatsApp en la jornada, y recargas unas tres veces por semana. ¿Más o menos cuánto se te va en recargas al mes?"),
        c("unos 25 dolares creo, a veces 30. pero nada con contrato ah, ya me clavaron una vez con un plan q no podia cancelar", "bad_experience"),
        t("Te entiendo, nadie quiere quedar amarrado. Hay un paquete prepago mensual de 15 GB a $15, sin contrato, y un pospago de 20 GB a $17,99 que igual se cancela cuando quieras sin multa. Con lo que me cuentas, el prepago mensual podría alcanzarte. ¿Quieres probar ese un mes y ves?"),
        c("ya, el de 15 x mes suena bien. se activa desde el mismo chip?", None),
        t("Sí, mismo chip y mismo número. Marcas *611#, opción 3, o te lo activo yo si me pasas el número. A fin de mes me escribes y vemos si te alcanzó o te conviene el de 20."),
        c("listo, te paso el numero. gracias ñaño", None),
    ],
    [
        _o,
        t("Hola, buenas tardes! Claro que sí. ¿En qué se te va más el saldo?"),
        c("datos pana, trabajo de repartidor en moto con la app, el gps todo el dia prendido y whatsapp con los clientes. recargo como 3 veces x semana", None),
        t("Ok, entonces lo que tú necesitas es nuestro Plan Ilimitado Full de $29,99 con 18 meses y celular nuevo incluido, ¿correcto?"),
        c("no, yo no dije eso. nada de contrato, ya me clavaron una vez", "bad_experience"),
        t("Claro, lo que te escucho decir es que buscas tranquilidad, y eso es justo el Plan Ilimitado Full: te olvidas de recargar y estrenas un Samsung para la moto. ¿Te entendí bien?"),
        c("no me entendiste nada. 30 dolares es mas de lo q gasto ahora y el cel lo tengo bueno", "too_expensive"),
        t("Perfecto, entonces lo que necesitas es el Plan Ilimitado Full sin equipo, a $24,99 por 12 meses. ¿Así lo activamos?"),
        c("ya deja nomas, sigo recargando. chao", "no_need"),
    ],
))

# a04 upsell_as_loop_closing ----------------------------------------------
_o = c("Buenas, compa. Necesito una hélice pa' un Yamaha cuarenta, la mía se dobló ayer contra un palo que venía flotando allá frente a San Mateo.", None)
PAIRS.append(gpair(
    "esb67g_manta_helice_motor",
    "almacén de repuestos marinos y pesca, Manta",
    "upsell_as_loop_closing",
    "Un pescador artesanal llega con la hélice doblada; sale al mar de madrugada y la necesita hoy.",
    [
        _o,
        t("Buenas, maestro. Sí hay. ¿Sabe el paso de la que tenía, o trae la vieja para comparar?"),
        c("Aquí la traigo, mire, está toda chueca. Es de aluminio. Salgo mañana en la madrugada, así que la necesito hoy mismo.", None),
        t("A ver... es de trece de paso. Tengo una igualita en aluminio a 85 dólares. ¿Y el motor sonaba raro después del golpe, vibraba?"),
        c("Un poquito de vibración, sí, pero pensé que era la hélice nomás.", None),
        t("Puede ser la hélice, pero a veces el golpe daña el buje de goma. Antes de que se lleve nada más, le monto la nueva aquí atrás en el tanque y la probamos cinco minutos. Si ya no vibra, se va solo con la hélice."),
        c("Ya, pero rapidito, que todavía tengo que ir a comprar el hielo.", None),
        t("Diez minutos, maestro. Y su hélice vieja no la bote: en el taller de al lado la enderezan por unos 20 dólares y le queda de repuesto en la lancha."),
        c("Ah, eso sí me sirve, pa' no quedarme botado afuera. Dale.", None),
    ],
    [
        _o,
        t("Buenas, maestro. Sí hay, de trece de paso, 85 dólares. ¿Qué más le puedo agregar para que salga tranquilo al mar?"),
        c("Nada más, la hélice nomás. Salgo mañana en la madrugada.", None),
        t("Perfecto. Para cerrar bien su necesidad, ¿qué le parece si le sumamos una hélice de acero inoxidable de repuesto? Sale 240, pero dura el triple."),
        c("No, compa, 240 es plata. Con la de aluminio me basta.", "too_expensive"),
        t("Entendido. ¿Y algo más que podamos sumar hoy? Tenemos el kit de mantenimiento, aceite de cola, bujías, filtro, para que su experiencia en el mar sea completa."),
        c("Ya le dije que no. El motor está bien, el problema fue el palo.", "no_need"),
        t("Claro, claro. Último punto para cerrar el círculo: ¿le incluyo un chaleco salvavidas nuevo o unas bengalas? ¿Hay algo más que necesite?"),
        c("Lo que necesito es que me cobre la hélice, que tengo que ir por el hielo y ya se me hace tarde.", "no_time"),
    ],
))

# a05 leading_tag_questions -----------------------------------------------
_o = c("Buenas, joven. Guá, vengo a ver las mototaxis, quiero sacar una pa' trabajar en Castilla.", None)
PAIRS.append(gpair(
    "esb67g_piura_mototaxi",
    "concesionario de mototaxis, Piura",
    "leading_tag_questions",
    "Un mototaxista que alquila la unidad de su primo quiere comprar la suya con 4000 soles ahorrados.",
    [
        _o,
        t("Buenas, bienvenido. ¿Ya ha trabajado en mototaxi antes, o sería la primera vez?"),
        c("He manejado la de mi primo, alquilada, dos años ya. Ahora quiero la mía pa' no estar pagando la tarjeta diaria.", None),
        t("Ya, o sea ya conoce la chamba y quiere dejar de pagar el alquiler de cada día. ¿Cuánto tiene pensado dar de inicial, y cuánto saca en un día normal?"),
        c("Tengo juntado como cuatro mil soles. En un día bueno saco ochenta, noventa limpio; los días flojos, cincuenta.", None),
        t("Con eso le alcanza la inicial de la 150, que es la que más sale para Castilla, aguanta bien la arena. A 24 meses la cuota es de unos 340, como siete días de trabajo flojo. La 200 es más fuerte, pero la cuota sube a 430 y para su zona no le hace falta."),
        c("Mmm, la 150 está bien. Pero quiero preguntar en la otra tienda también, de repente está más barata.", "think_it_over"),
        t("Me parece muy bien que compare. Le anoto la proforma con precio, cuota y lo que incluye: SOAT, placa y el primer mantenimiento gratis, para que compare con lo mismo. ¿Le parece si lo llamo el sábado?"),
        c("Ya, llámeme el sábado. Gracias, joven.", None),
    ],
    [
        _o,
        t("Buenas, bienvenido. Usted va a querer la de 200, ¿no es cierto? Es la más potente."),
        c("No sé, pues, yo quiero una pa' trabajar en Castilla nomás.", None),
        t("Claro, y para trabajar quiere la que le dure años, ¿verdad? Porque nadie quiere estar en el taller cada semana, ¿no?"),
        c("Sí, pero la 200 cuánto sale. Tengo cuatro mil de inicial nomás.", None),
        t("Con cuatro mil está perfecto, y una cuota de 430 al mes no es nada para un mototaxista, ¿cierto? Eso lo saca en una semana, ¿no?"),
        c("Guá, ni tanto. Hay días que hago cincuenta soles. 430 es harto pa' mí.", "no_money"),
        t("Pero usted es trabajador, se le ve, y al final la 200 es la que le conviene, ¿no le parece? ¿Firmamos la proforma de una vez?"),
        c("No, joven, déjeme pensarlo. Voy a ver en la otra tienda.", "think_it_over"),
    ],
))

# a06 putdown_question ----------------------------------------------------
_o = c("Señorita, disculpe, pero esto ya es el colmo. Es la segunda vez que me cambian la cita de mi mamá con el cardiólogo, y nosotras venimos desde Ferreñafe.", None)
PAIRS.append(gpair(
    "esb67g_chiclayo_clinica_cita",
    "clínica privada, admisión, Chiclayo",
    "putdown_question",
    "Una hija llega molesta con su madre hipertensa: la cita con el cardiólogo se reprogramó por segunda vez y les avisaron tarde.",
    [
        _o,
        t("Tiene toda la razón de estar molesta, señora, y le pido disculpas. Déjeme ver qué pasó. ¿Me da el nombre de su mamá?"),
        c("Rosa Elvira Sánchez. Tenía cita hoy a las diez, y recién anoche me llamaron para decirme que el doctor no venía. Y ya habíamos pagado el carro.", None),
        t("Ya lo veo: el doctor Ugaz tuvo una emergencia y se movieron todas sus citas. Eso no quita que a ustedes les avisaron tarde y gastaron en el viaje. ¿Cómo está su mamá ahorita? ¿Siente algo o es control?"),
        c("Es control, pero tiene la presión alta y ya se le está acabando la pastilla. Eso es lo que me preocupa.", None),
        t("Entonces lo urgente es la receta, no solo la cita. Tengo dos opciones: hoy a las doce la ve la doctora Vílchez, también cardióloga, y le renueva la receta; o el jueves a las nueve con el doctor Ugaz, que ya conoce el caso. En ninguna se le vuelve a cobrar la consulta."),
        c("Mmm... yo quería con el doctor Ugaz, pero el jueves no puedo, trabajo. Mejor la de las doce, ¿no? Pa' no volver.", "no_time"),
        t("Perfecto, le separo las doce con la doctora Vílchez y dejo anotado que el próximo control sea con el doctor Ugaz. Pueden esperar en la sala del segundo piso, y si su mamá necesita algo, me avisa."),
        c("Ya, gracias, señorita. Así sí.", None),
    ],
    [
        _o,
        t("Buenos días. A ver, señora, ¿no será que usted no leyó el mensaje que le mandamos? ¿Qué fue exactamente lo que pasó?"),
        c("¿Qué mensaje? A mí me llamaron anoche a las nueve. Venimos desde Ferreñafe, oiga.", None),
        t("Ya, ya. ¿Y usted siempre se altera así, o hoy es un día especial? Cuénteme con calma, ¿cómo se siente con la atención?"),
        c("¿Cómo quiere que me sienta? Mi mamá tiene la presión alta y se le acaba la pastilla.", None),
        t("Entiendo. ¿Pero no cree que está exagerando un poquito? Las reprogramaciones pasan en todas las clínicas. ¿Qué le gustaría que hagamos, entonces?"),
        c("Que la atienda alguien hoy, eso quiero. No es exagerar.", None),
        t("Si quiere hoy, tendría que ser consulta nueva con otro médico, 120 soles. ¿Le separo?"),
        c("¿Encima pagar otra vez? No, señorita, ya fue suficiente. Me la llevo a otra clínica y voy a poner mi queja en el libro de reclamaciones.", None),
    ],
))

# a07 not_my_department_or_read_the_terms ---------------------------------
_o = c("hola, oye me cobraron 4.990 de mantencion en la cuenta corriente y cuando la abri me dijeron q era gratis. q onda", None)
PAIRS.append(gpair(
    "esb67g_iquique_banco_mantencion",
    "banco, chat de la app, Iquique",
    "not_my_department_or_read_the_terms",
    "Un trabajador de bodega en la ZOFRI reclama un cobro de mantención en una cuenta que le vendieron como gratuita.",
    [
        _o,
        t("Hola, buenas tardes. Entiendo la molestia, lo revisamos. ¿Me confirmas los últimos cuatro dígitos de la cuenta y de qué mes es el cobro?"),
        c("termina en 3381, es de este mes. los meses anteriores no me cobraron nada", None),
        t("Gracias. Ya veo lo que pasó: la cuenta es sin costo mientras reciba un abono de remuneraciones al mes, y este mes no llegó el sueldo. ¿Cambiaste algo con tu empleador?"),
        c("ah chuta, si. me cambie de pega, ahora estoy en una bodega de la zofri y me pagan a la cuenta rut. no cache eso", None),
        t("Ahí está. Como es la primera vez, puedo pedir la devolución de los 4.990, queda en 48 horas hábiles. Para que no se repita hay dos caminos: pedir en la pega que te depositen acá, o pasar la cuenta a un plan que no depende del sueldo, que cuesta 2.500 al mes."),
        c("no, pagar 2.500 por una cuenta q casi no uso no. voy a ver si en la pega me cambian el deposito", "no_need"),
        t("Me parece bien. Dejo pedida la devolución ahora y te mando por aquí el certificado de cuenta para que lo entregues en remuneraciones. Si el próximo mes no alcanza a llegar el depósito, escríbeme antes del 25 y lo vemos."),
        c("ya bacan, gracias", None),
    ],
    [
        _o,
        t("Hola, buenas tardes! Tu experiencia es muy importante para nosotros. ¿Qué fue exactamente lo que pasó?"),
        c("eso, q me cobraron 4.990 de mantencion y cuando abri la cuenta me dijeron q era gratis", None),
        t("Entiendo tu molestia. Lamentablemente las comisiones las define el área comercial, no es mi departamento. Están en el contrato que firmaste, anexo de tarifas, ahí sale todo."),
        c("nadie lee ese anexo po. yo quiero saber xq me cobraron este mes y no los otros", None),
        t("Te entiendo perfectamente. Las condiciones están publicadas en la web, sección Tarifas y Comisiones. Yo no hago las reglas, solo las informo. ¿Hay algo más en que te pueda ayudar?"),
        c("o sea no me vas a decir nada. y la devolucion?", None),
        t("Las devoluciones las ve el área de reclamos, tendrías que ir a la sucursal o llamar al 600. ¿Cómo calificarías la atención recibida hoy?"),
        c("pesima. voy a cerrar la cuenta, ya me paso lo mismo con el otro banco y no me la vuelvo a comer", "bad_experience"),
    ],
))

# a08 social_proof_or_deadline_pressure -----------------------------------
_o = c("Buenas tardes, joven. Vengo a averiguar por la carrera de enfermería técnica, es para mi hija, ella está terminando quinto.", None)
PAIRS.append(gpair(
    "esb67g_chiclayo_instituto_enfermeria",
    "instituto técnico de salud, Chiclayo",
    "social_proof_or_deadline_pressure",
    "Una madre pregunta por enfermería técnica para su hija; tiene otro hijo en el colegio y el padre trabaja en Lima.",
    [
        _o,
        t("Buenas tardes, señora, bienvenida. ¿Su hija ya tiene decidido enfermería, o todavía está viendo opciones?"),
        c("Ella dice que sí, le gusta, su tía es enfermera en el Almanzor. Pero yo quiero saber bien cuánto es, porque tengo otro hijo en el colegio todavía.", None),
        t("Claro. Son seis ciclos, tres años. La pensión es de 390 soles al mes y la matrícula 150 por ciclo; las prácticas son en Las Mercedes y en postas. ¿Su hija podría venir a una clase de prueba? Así ve si le gusta de verdad antes de que usted pague nada."),
        c("Ay, eso sería bueno. Trescientos noventa... mmm, es un poquito alto para nosotros ahorita, la verdad.", "no_money"),
        t("Le entiendo. Hay media beca para quienes sacan buen puntaje en la admisión, y se puede pagar por quincenas. ¿Cómo le va a su hija en el colegio?"),
        c("Bien, es aplicada, está en tercio superior. Pero igual tengo que hablarlo con su papá, él está trabajando en Lima.", "think_it_over"),
        t("Claro, conversen tranquilos. El examen de admisión es el 15 de enero y la clase de prueba es este sábado a las nueve. Le doy la hoja con costos y becas, y si me deja un número le confirmo la clase para su hija."),
        c("Ya, aquí le anoto. El sábado la traigo.", None),
    ],
    [
        _o,
        t("Buenas tardes, señora, bienvenida. ¿Qué expectativas tiene para el futuro de su hija? Porque le cuento que enfermería es lo más pedido este año, todas las chicas de los colegios de acá se están matriculando con nosotros."),
        c("Ah, ¿sí? Ella dice que le gusta, su tía es enfermera. Pero primero quiero saber cuánto es, tengo otro hijo en el colegio.", None),
        t("La pensión es 390 al mes, pero escuche: solo quedan cuatro vacantes en el turno mañana y el descuento de matrícula vence hoy a las seis. ¿Cómo se imagina a su hija con el uniforme blanco?"),
        c("Oiga, 390 es un poquito alto para nosotros ahorita...", "no_money"),
        t("La entiendo perfectamente, señora. Pero todas las mamás que vinieron esta semana dijeron lo mismo y ya separaron, porque después no hay. ¿Qué necesita para asegurar el cupo de su hija hoy?"),
        c("Necesito hablar con su papá, está trabajando en Lima.", "think_it_over"),
        t("Claro, pero si lo deja para mañana pierde el descuento y seguro la vacante. Con cien soles nomás la separa ahorita."),
        c("No, joven, yo no separo nada sin que la chica venga a ver primero. Si aquí no hay vacante, habrá en otro lado.", "think_it_over"),
    ],
))

# a09 keyword_stuffed -----------------------------------------------------
_o = c("Hola, buenas. Tengo una Hilux del 2019 y los neumáticos están pelados, necesito cambiarlos. ¿Qué tiene?", None)
PAIRS.append(gpair(
    "esb67g_iquique_neumaticos_hilux",
    "venta de neumáticos y alineación, Iquique",
    "keyword_stuffed",
    "Un supervisor de contratista que sube a faena en altura dos veces por semana necesita neumáticos para su camioneta.",
    [
        _o,
        t("Hola, buenas. ¿Por dónde la anda trayendo más, ciudad o camino de ripio?"),
        c("Ripio harto. Soy supervisor de una contratista en Collahuasi, subo dos veces a la semana. El resto, ciudad.", None),
        t("Ya, mucho ripio y altura. Para eso le conviene un all terrain y no uno de carretera. ¿Los que tiene ahora le duraron bien, o se le cortaron?"),
        c("Son los de carretera que traía de fábrica, y uno se me cortó en el costado el mes pasado. Por eso mismo vengo.", None),
        t("Eso calza con el ripio, al de carretera se le rompen los costados. En su medida tengo dos all terrain: uno chino a 98 mil cada uno y un BFGoodrich a 165 mil. El chino anda bien en ciudad, pero en ripio el BF dura casi el doble."),
        c("Uf, 165 lucas por rueda... son como 660 las cuatro. Es harto.", "too_expensive"),
        t("Es harto, sí. Hay seis cuotas sin interés con tarjeta, y la alineación y balanceo van incluidos. O cambia las dos de adelante ahora y las de atrás el próximo mes."),
        c("Ya, eso de a dos me acomoda. ¿Me las puede poner mañana temprano, antes de subir?", None),
        t("Mañana a las ocho la tengo lista. Cuando venga revisamos las de atrás para ver cuánto les queda."),
        c("Perfecto, a las ocho estoy.", None),
    ],
    [
        _o,
        t("¡Hola! Bienvenido. Para nosotros lo más importante es entender sus necesidades y que su experiencia sea un éxito. ¿Cómo se siente hoy en su relación con sus neumáticos?"),
        c("Eh... mal, po. Están pelados. Por eso vengo.", None),
        t("Entiendo perfectamente lo que siente. Lo que escucho es que usted necesita una solución que responda a sus necesidades y le entregue una experiencia de conducción exitosa. ¿Es correcto?"),
        c("Sí, supongo. Subo a Collahuasi, harto ripio. ¿Qué tiene?", None),
        t("Excelente, valoro mucho que comparta eso conmigo. Nuestro compromiso es construir una relación de confianza y acompañarlo en su éxito, con soluciones premium que satisfacen plenamente las necesidades de clientes como usted."),
        c("Ya, pero ¿cuáles? ¿Cuánto salen?", None),
        t("Entiendo su necesidad de información. La solución premium está en 165 mil por unidad, pensada para su experiencia y su éxito en el camino. ¿Cómo se siente con esta propuesta de valor?"),
        c("Siento que me está hablando un robot, oiga. 165 lucas la rueda sin explicarme nada, no. Voy a cotizar a otro lado.", "too_expensive"),
    ],
))

# a10 rude ------------------------------------------------------------------
_o = c("Aló, buenas, ¿de la distribuidora? Le habla Narcisa, de la cevichería La Playita, en el Suburbio. Quería hacer un pedido de camarón pa'l fin de semana.", None)
PAIRS.append(gpair(
    "esb67g_guayaquil_camaron_cevicheria",
    "distribuidora de mariscos, Guayaquil",
    "rude",
    "La dueña de una cevichería de barrio quiere pedir camarón para el fin de semana y busca algo más económico.",
    [
        _o,
        t("Buenas, doña Narcisa, con gusto. ¿Cuánto necesita y qué talla está trabajando?"),
        c("Unas veinte libras. El que me traían era el 41-50, pero está carísimo ahora, mijo, no sé si hay algo más económico.", "too_expensive"),
        t("Sí, subió harto con la exportación. ¿Para qué platos lo usa? Porque para ceviche se puede un camarón más pequeño sin que se note, pero en el apanado sí se ve la talla."),
        c("El ceviche es lo que más sale. El apanado poquito, los domingos nomás.", None),
        t("Entonces le sugiero quince libras del 61-70 para el ceviche, a 3,20 la libra en vez de 4,50, y cinco libras del 41-50 para el apanado. Se ahorra como veinte dólares en el pedido."),
        c("Ah, ya, eso me sirve. Pero el sábado temprano, ah, que abro a las nueve.", None),
        t("El camión pasa por el Suburbio a las siete y media. Le confirmo por WhatsApp con el total, y si el ceviche le queda bien con el chiquito, lo dejamos fijo las próximas semanas."),
        c("Ya mijo, dale. Gracias.", None),
    ],
    [
        _o,
        t("Sí, sí, distribuidora. Rápido, señora, que tengo otra llamada. ¿Cuánto quiere?"),
        c("Ay, disculpe. Veinte libras del 41-50, pero está carísimo ahora, ¿no tendrá algo más económico?", "too_expensive"),
        t("Señora, el precio del camarón no lo pongo yo, ¿ya? Si quiere barato, compre en la Caraguay y después no se queje de que huele feo."),
        c("Mijo, yo solo le pregunté. Es que el ceviche es lo que más sale y no me alcanza la plata pa' tanto 41-50.", "no_money"),
        t("Ajá. Todos dicen lo mismo. Lleve el 61-70 entonces, que es lo más barato. ¿Algo más o ya?"),
        c("¿Y a cómo es ese? ¿Y a qué hora llega? Yo abro a las nueve el sábado.", None),
        t("Tres veinte. Llega cuando llegue el camión, señora, no le puedo dar hora. ¿Confirma o no confirma?"),
        c("Sabe qué, no confirmo nada. Con ese trato mejor llamo a otro proveedor.", None),
    ],
))

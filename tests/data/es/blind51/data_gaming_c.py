"""Gaming pairs c01-c10 (esb51), written by hand. Costa Rica and Panama."""
from common import c, gpair, t

PAIRS = []

# 1. putdown_question - electricity utility, Arraiján (Panama)
o = c("Buenas, me llegó la luz de 180 dólares y yo siempre pago como 60. Eso no puede ser.", None)
PAIRS.append(gpair(
    "esb51g_arraijan_power_bill", "electricity distributor call centre, Arraiján (Panama)", "putdown_question",
    "A man who lives with his wife, both out at work all day, calls about a power bill three times the usual.",
    [o,
     t("Buenas, con razón está preocupado, es el triple. ¿Me da el número de contrato para ver el historial?"),
     c("Es el 300 4512. Y le digo, en la casa somos dos y trabajamos todo el día afuera.", None),
     t("Gracias. Aquí veo que los dos meses anteriores la lectura fue estimada, no la tomaron en el medidor, y este mes vino el ajuste. ¿El medidor está dentro de la cerca?"),
     c("Sí, detrás del portón, y tengo un perro bravo. A lo mejor por eso no entró nadie.", None),
     t("Puede ser. Le programo una lectura real el martes en la mañana, y mientras tanto pongo el recibo en reclamo para que no le corten. ¿El martes le sirve?"),
     c("El martes trabajo, no hay nadie en la casa.", "no_time"),
     t("¿Y el sábado de 8 a 12? O si prefiere, me manda una foto del medidor por la app y con eso ajustamos."),
     c("Mejor la foto, esta noche se la mando. Gracias.", None),
     t("Perfecto. Con la foto le recalculo y en una semana le llega el recibo corregido.")],
    [o,
     t("Buenas. ¿Y usted está seguro de que no deja el aire prendido todo el día, o es que no se da cuenta de lo que gasta?"),
     c("Somos dos y trabajamos afuera todo el día. Ni aire tenemos en el cuarto.", None),
     t("Ajá. ¿Y no será que algún vecino se le está pegando a la luz y usted ni cuenta se ha dado?"),
     c("¿Qué? No, nada que ver. Yo pregunto por qué me subió el triple.", None),
     t("Entiendo su necesidad. ¿Pero usted sabe leer un recibo? Porque ahí dice clarito que es un ajuste de consumo."),
     c("Claro que sé leer. ¿Ajuste de qué? Eso es lo que quiero que me explique.", None),
     t("¿Ve? Se altera por nada. ¿Quiere que le haga un arreglo de pago en tres cuotas?"),
     c("No quiero arreglo de pago, quiero que revisen el medidor. Ya me cansé.", "no_need"),
     t("Bueno, si no quiere el arreglo, tiene que pagar el total antes del 15 o se le corta. ¿Algo más en que pueda servirle?")],
))

# 2. not_my_department_or_read_the_terms - household-goods shipping Miami to Panama
o = c("Buenas, me acaban de entregar la mudanza que mandé de Miami y vienen tres cajas aplastadas, una con la vajilla de mi abuela hecha pedazos.", None)
PAIRS.append(gpair(
    "esb51g_panama_household_move_damage", "international moving and shipping company, Panama City", "not_my_department_or_read_the_terms",
    "A Panamanian woman moving home from Miami calls while the delivery crew is still at her door: three boxes arrived crushed.",
    [o,
     t("Buenas, qué pena, y más siendo de su abuela. ¿Ya firmó el recibo de entrega o los muchachos todavía están ahí?"),
     c("Todavía están aquí, pero me están apurando para que firme.", None),
     t("No firme limpio. Escriba en el recibo 'tres cajas aplastadas, pendiente de revisión' y tómeles fotos antes de abrirlas más. ¿Puede hacer eso ya?"),
     c("Ya, ya lo anoté. ¿Y eso lo cubre el seguro? Porque yo pagué el seguro aparte.", None),
     t("Sí, usted tiene la póliza de todo riesgo. Yo abro el reclamo con la aseguradora hoy mismo; solo necesito las fotos y el valor aproximado de lo que se rompió."),
     c("La vajilla no tiene precio para mí, pero bueno... como 400 dólares, creo.", None),
     t("Lo pongo así y esta tarde le mando el número de reclamo. La aseguradora suele responder en dos semanas; yo le doy seguimiento y le escribo cada viernes.")],
    [o,
     t("Buenas, entiendo cómo se siente. Pero los daños en tránsito no los ve mi departamento, eso es de la aseguradora."),
     c("¿Y cómo hablo con la aseguradora? Ustedes me la vendieron.", None),
     t("Tiene que llamarlos directamente. Y le recomiendo leer la póliza, porque ahí dice que las cajas empacadas por el cliente no tienen cobertura completa. ¿La leyó?"),
     c("Las empacaron ustedes en Miami, yo tengo el recibo.", None),
     t("Bueno, eso lo decide el ajustador, yo no hice las reglas. Lo importante ahora es que firme el recibo de entrega para que los muchachos se puedan ir."),
     c("¿Y si firmo ya no puedo reclamar? Yo no voy a firmar así.", None),
     t("Eso depende de los términos y condiciones, están en nuestra página web. ¿Hay algo más en lo que la pueda ayudar?"),
     c("Sí: deme el nombre de su jefe. Esto no se queda así.", None)],
))

# 3. social_proof_or_deadline_pressure - solar panels door to door, Liberia (CR)
o = c("Buenas, ¿qué se le ofrece? Si es para vender algo, le digo de una vez que ando ocupada.", "no_time")
PAIRS.append(gpair(
    "esb51g_liberia_solar_doorstep", "solar panel installer, door-to-door, Liberia, Guanacaste (Costa Rica)", "social_proof_or_deadline_pressure",
    "A salesman knocks on the door of a widow who lives alone, has no air conditioning and pays little for electricity.",
    [o,
     t("Buenas, doña, le quito un minuto nada más. Soy de Sol de Guanacaste, instalamos paneles solares. ¿Cuánto le viene de luz, más o menos?"),
     c("Como 35 mil. Aquí no tengo aire, solo abanico.", None),
     t("¿Y ha pensado poner aire, o va a venirse alguien más a vivir con usted?"),
     c("No, qué va. Vivo sola. Mi nieto viene a veces de Nicoya, pero nada más un fin de semana.", None),
     t("Entonces le digo honestamente: con 35 mil de luz, los paneles tardan demasiados años en pagarse. Por ahora no le conviene. Le dejo la tarjeta por si un día pone aire o le sube el recibo."),
     c("Ah, qué raro, un vendedor que dice que no compre. Démela, pues.", None),
     t("Con gusto. Que tenga buena tarde, doña.")],
    [o,
     t("Buenas, doña, rapidito. Todos sus vecinos de esta calle ya pusieron paneles con nosotros, solo falta usted. ¿Qué necesitaría para sumarse hoy?"),
     c("Diay, a mí me viene poquita luz. No ocupo eso.", "no_need"),
     t("La entiendo, pero la señora de la casa verde y don Mario firmaron ayer. Y la instalación gratis es solo hoy; mañana ya cuesta 300 mil."),
     c("Pues que les vaya bien. A mi hermana le pusieron unos en Santa Cruz y ahora le gotea el techo por los tornillos.", "bad_experience"),
     t("Justamente por eso tantos vecinos confían en nosotros. Si firma antes de que me vaya, le regalo el primer mantenimiento. ¿Qué la detiene?"),
     c("Que ando ocupada, ya se lo dije. Buenas tardes.", "no_time"),
     t("Solo recuerde que la promo vence hoy a las 6 y va a ser la única de la calle sin paneles. ¿Le dejo el contrato para que lo firme con calma?")],
))

# 4. keyword_stuffed - bank remittances to Nicaragua, San José (CR)
o = c("Buenas, fijate que yo le mando plata a mi mamá a Chinandega cada quincena y me dijeron que aquí sale más barato. ¿Es cierto?", None)
PAIRS.append(gpair(
    "esb51g_sanjose_remesas_nicaragua", "bank remittance desk, San José (Costa Rica)", "keyword_stuffed",
    "A Nicaraguan construction worker living in San José asks whether this bank is cheaper than the agency he uses to send money home.",
    [o,
     t("Buenas. Puede ser, depende de cuánto mande. ¿Cuánto le manda cada quincena y cómo lo recibe ella?"),
     c("Unos cien dólares. Ella va a una agencia en el centro de Chinandega y lo saca en efectivo.", None),
     t("¿Y cuánto le cobran ahora por cada envío?"),
     c("Como siete dólares, y a veces el cambio sale malo. Pero es rapidito, en diez minutos ya lo tiene ella.", None),
     t("Con nosotros, si tiene cuenta aquí, el envío de cien le sale en cuatro dólares y ella lo retira en la misma cadena de agencias. El cambio se lo muestro antes de enviar. Eso sí: para la cuenta ocupa cédula de residencia."),
     c("Ay, es que yo ando con el pasaporte nomás. La residencia la tengo en trámite.", None),
     t("Entonces mientras le sale la residencia, lo que usa ahora le sirve bien. Le anoto su número y cuando tenga la cédula me escribe y abrimos la cuenta en veinte minutos."),
     c("Ah, está bueno. Gracias por decirme la verdad.", None)],
    [o,
     t("¡Buenas! Qué importante lo que me comparte. Para nosotros lo primero es entender sus necesidades y su experiencia como cliente, y construir una relación de confianza a largo plazo."),
     c("Ajá... ¿pero sale más barato o no?", None),
     t("Entiendo perfectamente cómo se siente. Nuestra solución de remesas está pensada para que su familia sienta el éxito y la cercanía que usted necesita."),
     c("Yo lo que necesito es saber cuánto cobran. En otro lado ya me cobraron comisiones escondidas y no vuelvo a caer.", "bad_experience"),
     t("Lo que escucho es que para usted la transparencia es un valor importante en la relación. Nosotros entendemos esa necesidad y la ponemos en el centro de la experiencia."),
     c("Mirá, no te entiendo nada. Mejor sigo con la agencia que tengo.", "no_need"),
     t("Entiendo. ¿Cómo calificaría su experiencia hoy? Su opinión es muy importante para nuestro éxito.")],
))

# 5. rude - US mailbox / courier service (casillero), Panama City, chat
o = c("hola buenas, compre unos zapatos en amazon hace 3 semanas, dice entregado en su bodega de miami pero aqui no me ha llegado nada", None)
PAIRS.append(gpair(
    "esb51g_panama_casillero_package", "Miami mailbox and courier service (casillero), Panama City", "rude",
    "A customer chats with her casillero company: a parcel marked delivered to their Miami warehouse three weeks ago has not reached Panama.",
    [o,
     t("Hola, buenas. Déjame revisarlo. ¿Me pasas tu número de casillero y el tracking de Amazon?"),
     c("PTY 20418, el tracking es TBA3301987", None),
     t("Gracias. Llegó a Miami el 2 y voló a Panamá el 5, pero está detenido en aduana porque pasa de 100 dólares y falta la factura. ¿Los zapatos costaron más de 100?"),
     c("si, 128 con el envio. nadie me aviso nada", None),
     t("Tienes razón, el aviso se fue a un correo viejo de tu cuenta; ya lo corregí. Si me mandas la factura de Amazon en PDF, la subo hoy y te llega en 2 o 3 días hábiles."),
     c("ok y el impuesto cuanto sale?", None),
     t("Sobre 128 serían unos 19 dólares, más tu tarifa por libra. Te lo confirmo cuando aduana lo libere, antes de cobrarte."),
     c("ok, ahi te mando la factura", None)],
    [o,
     t("Hola. ¿Ya revisaste la app? Ahí sale todo, para eso está."),
     c("si la revise, por eso escribo. dice entregado en miami y ya", None),
     t("Bueno, ¿y qué quieres que haga? Movemos miles de paquetes al día, el tuyo no es el único."),
     c("no digo que sea el unico, solo quiero saber donde esta", None),
     t("Tracking. Si no me lo das, no adivino."),
     c("PTY 20418, TBA3301987. y no tienes que hablarme asi", None),
     t("Está en aduana, falta factura. Súbela y ya. ¿Algo más o eso es todo?"),
     c("olvidalo. voy a cancelar el casillero y me paso a otro, ustedes son un desastre", None)],
))

# 6. ignored_customer - surf school, Santa Teresa (CR)
o = c("Hola, buenas. Quería ver lo de las clases de surf para mi hijo de 10 años. Es la primera vez.", None)
PAIRS.append(gpair(
    "esb51g_santateresa_surf_kid", "surf school, Santa Teresa, Puntarenas (Costa Rica)", "ignored_customer",
    "A mother on holiday asks about a first surf lesson for her ten-year-old, who has asthma and is afraid of the sea.",
    [o,
     t("Hola, qué tuanis. ¿Él ya nada bien? ¿Y hay algo que deba saber de él?"),
     c("Nada bien en piscina, pero el mar le da miedo. Y tiene asma, anda con el inhalador.", None),
     t("Gracias por decírmelo. Para la primera vez le recomiendo una clase privada en la mañana, en la parte de Playa Carmen donde rompe suave. El instructor tiene curso de primeros auxilios y el inhalador queda en la orilla, a la vista."),
     c("¿Privada? ¿Y eso cuánto sale?", None),
     t("La privada son 60 dólares la hora y la grupal 40. En la grupal son seis chiquitos por instructor; para un niño con miedo, a veces es mucho."),
     c("Ay, 60 está caro para nosotros... pero bueno, la primera vez privada y después vemos.", "too_expensive"),
     t("Me parece bien. Mañana a las 8, que la marea está baja. Si se siente bien, la segunda puede ser en grupo.")],
    [o,
     t("¡Hola! Qué bueno. Cuénteme, ¿hay algo importante que deba saber de él antes de la clase?"),
     c("Sí, tiene asma y el mar le da miedo. Solo ha nadado en piscina.", None),
     t("¡Perfecto! Lo meto en la clase grupal de las 10 en Playa Hermosa, es la más divertida, con olas buenas."),
     c("¿Olas buenas? Le acabo de decir que le da miedo. ¿No hay algo más tranquilo?", None),
     t("Le va a encantar, los chiquitos se motivan entre ellos. ¿Tiene alguna otra pregunta?"),
     c("Sí, lo del asma. ¿Los instructores saben qué hacer si le da una crisis?", None),
     t("Son 40 dólares, incluye tabla y licra. ¿Le reservo para mañana?"),
     c("Mejor no. Lo voy a pensar con el papá.", "think_it_over")],
))

# 7. repeated_questions - San Blas (Guna Yala) tour operator, Panama City
o = c("Xopá, buenas. Quiero armar un viaje a San Blas con mis frenes, somos ocho, para el puente del 3 de noviembre.", None)
PAIRS.append(gpair(
    "esb51g_sanblas_group_trip", "tour operator for Guna Yala (San Blas) trips, Panama City", "repeated_questions",
    "A university student organising a trip for eight friends over a November holiday writes to a San Blas tour operator.",
    [o,
     t("¡Buenas! Ocho para el 3 de noviembre, buenísimo. ¿Quieren ir y volver el mismo día o quedarse a dormir en la isla?"),
     c("Quedarnos dos noches, en cabañas. Pero nada muy caro, casi todos somos estudiantes.", None),
     t("Dos noches en cabaña compartida, con 4x4 desde la ciudad, lancha y comidas, sale en 185 por persona. El 4x4 los recoge a las 5 de la mañana."),
     c("Uff, 185 está pesado pa' nosotros. Pensábamos como 130.", "too_expensive"),
     t("Entiendo. Si duermen en hamaca en vez de cabaña, baja a 140. Las hamacas son techadas, al lado del mar, y el impuesto de la comarca ya va incluido."),
     c("Hamacas, nítido, a los pelaos les va a gustar. ¿Cómo reservamos?", None),
     t("Con 30 por persona de depósito. Para el puente se llena, pero no hay apuro hoy; si me confirman el viernes todavía hay espacio."),
     c("Ofi, el viernes te confirmo cuando hable con el grupo.", "think_it_over")],
    [o,
     t("¡Buenas! Con gusto. ¿Cuántas personas serían?"),
     c("Ocho, como te dije.", None),
     t("Perfecto. ¿Y para qué fecha están pensando?"),
     c("El 3 de noviembre, el puente.", None),
     t("Listo. Y el grupo, ¿de cuántos pax estaríamos hablando?"),
     c("Ocho, fren. Ocho personas.", None),
     t("Ok. ¿Tienen alguna fecha en mente para vivir la experiencia?"),
     c("Ya te lo dije dos veces. ¿Me vas a dar el precio o no? Porque otra agencia ya me cotizó y la estoy comparando.", "think_it_over"),
     t("Claro, claro. Para cotizarte bien, ¿cuántas personas viajarían en total?"),
     c("Olvídate. Me voy con la otra.", None)],
))

# 8. wrong_paraphrase - agricultural supply store, coffee leaf rust, León Cortés / Tarrazú (CR)
o = c("Buenas, don. Mire, tengo un problema con la roya en el cafetal, ya se me están cayendo las hojas en la parte de abajo.", None)
PAIRS.append(gpair(
    "esb51g_leoncortes_coffee_rust", "agricultural supply store, San Pablo de León Cortés (Costa Rica)", "wrong_paraphrase",
    "A smallholder coffee farmer comes to the agro-supply store about leaf rust on the lower, damper part of his plot.",
    [o,
     t("Buenas, qué mala noticia. ¿Qué variedad tiene y cuánta área está afectada?"),
     c("Caturra casi todo, como tres manzanas. La parte de abajo, la más húmeda, es la que está peor.", None),
     t("¿Ya le echó algo este año, o sería el primer tratamiento?"),
     c("Le eché cobre en mayo, pero con estas lluvias no sé si se lavó. Diay, no quiero gastar de más si no sirve.", None),
     t("En la parte baja puede que se haya lavado, sí. Lo mejor es que el técnico vaya a ver antes de recomendarle producto. La visita no se cobra si compra el tratamiento aquí; si no, son 15 mil."),
     c("Mmm, 15 mil por una visita... Bueno, si al final compro, no se cobra, ¿verdad?", None),
     t("Así es. Y si el técnico ve que con otra aplicación de cobre alcanza, eso le va a recomendar, aunque sea lo más barato."),
     c("Bueno, mándemelo el miércoles entonces.", None)],
    [o,
     t("Buenas, don. ¿Qué es lo que más le preocupa de su cafetal?"),
     c("La roya, en la parte de abajo. Ya se están cayendo las hojas.", None),
     t("Entiendo. O sea que me dice que quiere renovar todo el cafetal con una variedad resistente, ¿correcto?"),
     c("No, yo no he dicho eso. Es solo una parte, como tres manzanas.", None),
     t("Perfecto, entonces lo que escucho es que ya probó de todo, nada le funciona y necesita el programa completo de sistémicos para toda la finca."),
     c("Tampoco. Le eché cobre una vez nada más. Y no tengo plata para un programa de toda la finca.", "no_money"),
     t("Claro, si entendí bien, usted está dispuesto a invertir esta temporada para no perder la cosecha. El programa completo sale en 480 mil."),
     c("Usted no me está oyendo. Mejor le pregunto al ingeniero de la cooperativa.", None)],
))

# 9. pitch_to_upset - bank fraud (SINPE Móvil scam), San José (CR)
o = c("¡Me robaron! Me llamaron diciendo que eran del banco y ahora me faltan 400 mil de la cuenta. ¡Ayúdeme, por favor!", None)
PAIRS.append(gpair(
    "esb51g_sanjose_bank_fraud", "bank branch, San José (Costa Rica)", "pitch_to_upset",
    "A frightened customer rushes into the branch after a phone scammer posing as the bank emptied 400,000 colones from his account.",
    [o,
     t("Tranquilo, ya lo ayudo. Primero lo importante: ¿todavía puede entrar a la app o le cambiaron la clave?"),
     c("No sé, no puedo entrar. Me dice clave incorrecta.", None),
     t("Le bloqueo ya el acceso digital y la tarjeta para que no saquen más. Ya está. ¿A qué hora fue la llamada? ¿Les dio algún código?"),
     c("Como a las 10. Les di un código que me llegó por mensaje, pensé que eran ustedes. Qué tonto fui.", None),
     t("No es tonto, esa gente es muy hábil. Abro el reclamo con la hora y la cuenta destino del SINPE, y también hay que poner la denuncia en el OIJ. No le puedo prometer que aparezca la plata, pero entre más rápido, mejor."),
     c("¿Y lo del OIJ tengo que ir hoy?", None),
     t("Idealmente hoy. Le doy el número de reclamo para que lo lleve, y mañana a las 9 lo llamo para decirle si se pudo congelar algo en la cuenta destino.")],
    [o,
     t("Lamento mucho lo que le pasó. ¿Cómo se siente con la seguridad de su cuenta? Porque justo tenemos el Seguro Protección Total contra fraude, por 4.900 al mes."),
     c("¿Qué? ¡Me acaban de robar y me quiere vender algo!", None),
     t("Entiendo su frustración, por eso mismo le conviene. Y si se pasa a la tarjeta Platinum, trae alertas en tiempo real y cobertura de hasta un millón."),
     c("No quiero ninguna tarjeta. Quiero que bloquee la cuenta ya, me pueden seguir sacando plata.", "no_need"),
     t("Claro que sí. Mientras tanto, ¿le activo el seguro para que quede protegido desde hoy? Es solo firmar aquí."),
     c("¡Que no! Ni plata tengo ahora, me dejaron en cero.", "no_money"),
     t("Perfecto, le entiendo. Le dejo el folleto, y el bloqueo lo puede hacer usted por la app. ¿Algo más en que le pueda servir?"),
     c("¡No puedo entrar a la app! Llame a su jefe ya.", None)],
))

# 10. blame - pineapple exporter and Panamanian importer, B2B (CR to Panama)
o = c("Oye, buenas, te llamo por la carga de piña que nos llegó ayer. Como un tercio viene pasada, amarilla por dentro, y mis clientes no me la quieren.", None)
PAIRS.append(gpair(
    "esb51g_pineapple_export_panama", "pineapple grower and exporter, Buenos Aires de Puntarenas (Costa Rica), selling to a Panama City importer", "blame",
    "A Panama City fruit importer calls his Costa Rican pineapple supplier: a third of a truckload arrived overripe after a day stuck at the Paso Canoas border.",
    [o,
     t("Buenas, don Rubén, qué mala noticia. ¿Me puede mandar fotos de la fruta cortada y de las etiquetas de las cajas? Así veo de qué lote es."),
     c("Ya te las mando. Son como 300 cajas de 900.", None),
     t("Gracias. ¿El camión llegó con el termo prendido? ¿Alguien vio la temperatura al abrir?"),
     c("Mi muchacho dice que marcaba 12 grados, pero la carga pasó un día entero en Paso Canoas por el tranque en la frontera.", None),
     t("Entonces hay que ver las dos cosas: el registro del termo y la fecha de corta. Si el lote se cortó muy pintón, es nuestro. Hoy le mando los dos datos, y de una vez le acredito 150 cajas, que seguro nos tocan."),
     c("Mmm, 150 de 300... No me convence tanto. Eso lo tengo que ver con mi socio.", "think_it_over"),
     t("Me parece justo. Cuando tengamos el registro del termo, lo vemos los tres en una llamada el jueves y ajustamos el crédito con datos."),
     c("Ofi, el jueves entonces.", None)],
    [o,
     t("Buenas, don Rubén. Entiendo su preocupación, pero la piña salió de aquí perfecta. ¿Ustedes la metieron al frío apenas llegó?"),
     c("Apenas llegó, sí. Pero ya venía pasada, se veía al abrir el camión.", None),
     t("Es que muchas veces las bodegas allá no tienen la temperatura correcta. ¿Usted revisa su cuarto frío todos los días?"),
     c("Oye, la fruta venía amarilla por dentro desde el camión. No me eches la culpa a mí.", None),
     t("Lo que escucho es que hubo un problema de manejo en destino. Seguramente sus muchachos la tiraron al descargar y se golpeó."),
     c("Mira, con otro proveedor tico me pasó igual y al final me comí yo la pérdida. Si no me das crédito, busco otra finca.", "bad_experience"),
     t("Bueno, nosotros no respondemos por lo que pase después de la frontera, eso está en las condiciones de venta. Para la próxima revise la carga antes de firmar."),
     c("Perfecto. Para la próxima le compro a otro. Chao.", None)],
))

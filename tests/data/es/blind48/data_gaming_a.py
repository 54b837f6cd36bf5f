"""Gaming pairs, file A (kinds 1-10). Written by hand."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- a1 monologue
op = c("Buenas. Mire, yo me voy a mudar pa' Los Alcarrizos el mes que viene y quería saber qué hago con el internet, si me lo llevan o qué.", None)
PAIRS.append(gpair(
    "esb48g_losalcarrizos_traslado_internet",
    "tienda de telefonía e internet, Santo Domingo Oeste (RD)",
    "monologue",
    "Una señora se muda de casa y solo quiere saber si le trasladan el internet que ya tiene; presupuesto apretado.",
    [
        op,
        t("Buenas tardes, con gusto le ayudo. ¿Me dice su nombre? Y cuénteme, ¿el internet que tiene ahora es con nosotros, y quién lo usa en la casa?"),
        c("Carmen Batista. Sí, es con ustedes, el de 30 megas. Lo usan mis dos muchachos pa' la escuela virtual y yo veo mis novelas, na' más.", None),
        t("Perfecto, doña Carmen. ¿Y la dirección nueva ya la tiene? Porque lo primero es ver si allá llega la fibra o si va por la otra red."),
        c("Es en Pueblo Nuevo, detrás de la bomba. Pero mire, yo no quiero pagar más de lo que pago, que con la mudanza ando apretá.", None),
        t("Entendido: el mismo servicio, sin subir la mensualidad, y que los muchachos sigan con la escuela. Déjeme chequear... Sí, Pueblo Nuevo tiene cobertura. El traslado se hace con el mismo plan y el mismo precio; lo único es la visita del técnico, que son 500 pesos una sola vez. ¿Eso le funciona?"),
        c("¿Quinientos? Ay, no, yo pensaba que eso era gratis. Eso nadie me lo había dicho.", "too_expensive"),
        t("Le entiendo, nadie quiere un gasto extra en plena mudanza. Lo que sí hay: si usted pide el traslado con 15 días de anticipación, la visita sale sin costo. ¿Para qué fecha es la mudanza?"),
        c("El 15, si Dios quiere. Ta bien, si lo pido ahora sale gratis, vamo' a hacerlo.", None),
        t("Listo. Le dejo la solicitud para el 14, así los muchachos no pierden ni un día de clase. Le llega un mensaje con el número de orden y el técnico la llama un día antes. ¿Le parece?"),
        c("Ta bien, mi amor, gracias.", None),
    ],
    [
        op,
        t("¡Buenas tardes, bienvenida! Qué bueno que vino, porque justo ahora tenemos la mejor experiencia en conectividad del país. Mire, le explico: con la mudanza es el momento perfecto pa' subir a fibra de 200 megas, que trae 150 canales, la app de películas, el Wi-Fi 6 que llega hasta el patio, y si le agrega la línea móvil le damos 20 gigas. También está el plan familiar, que es el que más se vende, y el paquete con el decodificador 4K..."),
        c("Ajá, pero yo na' más quería saber del traslado...", None),
        t("Claro, claro, ¿y qué es lo más importante para usted en un servicio? Porque el traslado se hace, pero fíjese que su plan es viejo, ya no se vende, entonces lo ideal es migrar. El de 200 megas sale en 3,450 al mes con instalación incluida y el primer mes a mitad de precio. Los clientes que se mudan casi siempre aprovechan, porque ya que viene el técnico, ¿verdad?, se hace todo de una vez, y el router nuevo tiene control parental, usted ve desde el celular quién está conectado..."),
        c("Yo pago mil y pico ahora. Tres mil y pico no me da, mi amor.", "no_money"),
        t("La entiendo perfectamente. Pero véalo como una inversión en sus hijos: la escuela virtual, la tarea, todo. Y el plan trae seguro de equipos, asistencia 24 horas, y si paga automático con tarjeta le descuentan 5%. También está el de 100 megas en 2,600, con 90 canales; mucha gente empieza con ese y después sube. Y en Los Alcarrizos la instalación es rapidito, dos o tres días, porque allá tenemos cuadrilla..."),
        c("Mire, déjeme hablar con mi hijo mayor y yo vuelvo.", "think_it_over"),
        t("¡Perfecto! ¿Hay algo más en lo que le pueda ayudar hoy? Llévese este folleto con todos los planes y cuando vuelva pregunte por mí, que yo le tengo la promoción guardada."),
        c("Ta bien. Pero el traslado mío, ¿se hace o no se hace?", None),
    ],
))

# ---------------------------------------------------------------- a2 closing_as_open_question
op = c("Hola, buenas. Nosotros estamos mirando lo de la Isla Saona, pero acho, vimos unos precios allá en la playa más baratos que aquí en el hotel.", "too_expensive")
PAIRS.append(gpair(
    "esb48g_puntacana_excursion_saona",
    "mostrador de excursiones en un hotel de Bávaro, Punta Cana (RD)",
    "closing_as_open_question",
    "Una pareja boricua de vacaciones compara la excursión a Saona del hotel con la de los vendedores de playa; a ella le da mareo en los botes.",
    [
        op,
        t("Hola, bienvenidos. Sí, en la playa venden la Saona también, y a veces más barata. ¿Qué día les gustaría ir y qué es lo que más les interesa del paseo?"),
        c("Pues mira, nos vamos el sábado. Lo que queremos es la piscina natural y la playa, y que no sea un barco lleno de gente janguiando, que ella se marea.", None),
        t("Ok: antes del sábado, piscina natural y playa, grupo tranquilo, y cuidado con el mareo. Les cuento la diferencia honesta: la de la playa suele ir en catamarán grande, con 80 personas y música. La nuestra va en lancha rápida de 20 personas. La lancha es más rápida pero brinca más; el catamarán es más suave aunque haya más gente. ¿Qué le cae peor a ella, el brinco o la bulla?"),
        c("El brinco, definitivamente. En el ferry de Culebra vomitó hasta el desayuno. ¿Y cuánto es el de ustedes?", None),
        t("La lancha es 95 dólares por persona con almuerzo. Con lo que me dicen, yo les recomendaría el catamarán del jueves, que es 85 y va con menos gente que el del fin de semana. Si lo comparan con lo de la playa, chequeen que incluya el transporte del hotel y el almuerzo, que ahí suele estar la diferencia."),
        c("Déjame hablarlo con ella esta noche en la cena y mañana te digo.", "think_it_over"),
        t("Perfecto. No les aparto nada sin su ok. Aquí tienen el itinerario; yo estoy en el mostrador de 8 a 4. Y si escogen otro, pregunten si el bote tiene baño, que para quien se marea ayuda."),
        c("Wepa, gracias, mano. Mañana pasamos.", None),
    ],
    [
        op,
        t("¡Hola, bienvenidos! ¿Qué tendría que pasar para que ustedes se llevaran la Saona hoy mismo con nosotros?"),
        c("Eh... no sé, que el precio sea más o menos como el de la playa, supongo.", None),
        t("Excelente, me encanta que estén abiertos. Y cuéntenme, ¿qué día les funciona mejor, el jueves o el viernes?"),
        c("Pero si todavía no sabemos cuánto es, ni cómo es el bote. Ella se marea.", None),
        t("Entiendo perfectamente, su experiencia es lo primero. Es 95 por persona, lancha rápida, súper chévere. ¿Cómo prefieren pagar, tarjeta o cash? En cash les regalo las fotos."),
        c("No, espérate. Noventa y cinco es más caro que lo de la playa, y en lancha ella no aguanta.", "too_expensive"),
        t("¿Y qué tendría que hacer yo para ganarme su confianza ahora mismo? ¿Les pongo los dos cupos del jueves y después vemos el detalle?"),
        c("No, no, tranquilo. Vamos a mirar allá afuera primero.", "think_it_over"),
        t("Claro. ¿Y a qué hora vuelven hoy para dejarles eso confirmado?"),
        c("No sé, bro. Ya veremos.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- a3 pitch_as_paraphrase
op = c("Buenos días. Yo soy socio aquí hace años y necesito un préstamito pa' arreglar el techo, que desde Fiona se me filtra en el cuarto.", None)
PAIRS.append(gpair(
    "esb48g_riopiedras_coop_prestamo_techo",
    "cooperativa de ahorro y crédito, Río Piedras, San Juan (PR)",
    "pitch_as_paraphrase",
    "Un socio retirado pide un préstamo pequeño para reparar un techo dañado por el huracán; vive del seguro social.",
    [
        op,
        t("Buenos días, bienvenido. ¿Cómo es su nombre? Cuénteme, ¿qué le dijeron que hay que hacerle al techo y si ya tiene un estimado?"),
        c("Wilfredo Ortiz. Sí, el contratista me dio un estimado de cuatro mil doscientos: sellado, cambiar unas planchas de zinc del anexo y la impermeabilización.", None),
        t("Perfecto, don Wilfredo. ¿Y cuánto tiene en acciones aquí, y cuánto le resulta cómodo pagar al mes sin que le afecte lo demás?"),
        c("En acciones tengo como tres mil. Pero eso no lo quiero tocar, eso es pa' una emergencia. Al mes... ciento y pico, no más, que yo vivo del seguro social.", None),
        t("Entonces, si le entendí bien: necesita unos 4,200 para el techo, no quiere tocar sus acciones y la mensualidad no debe pasar de unos 150. Hay un préstamo con garantía de acciones: sus acciones se quedan ahí, no se tocan, pero sirven de garantía y la tasa es más baja que la del personal. A 36 meses le sale alrededor de 130. ¿Cómo lo ve?"),
        c("¿Y si me pasa algo, eso les toca pagarlo a mis hijos? Porque mi compadre cogió uno en otra cooperativa y cuando se murió fue un lío pa' la familia.", "bad_experience"),
        t("Buena pregunta, y entiendo la preocupación después de lo de su compadre. Aquí los préstamos traen un seguro de vida que salda la deuda si el socio fallece; va incluido, no es un cargo aparte. Le doy el papel que lo explica para que sus hijos lo lean también."),
        c("Ah, bueno. Dame el papel, que lo leo con mi hija el domingo y el lunes vengo con el estimado firmado.", "think_it_over"),
        t("Excelente. Le separo cita para el lunes a las 10. Traiga el estimado, la identificación y la carta del seguro social. Si algo cambia, me llama a este número."),
        c("Perfecto, gracias, mija.", None),
    ],
    [
        op,
        t("Buenos días, ¡bienvenido! Cuénteme, ¿qué le trae por aquí hoy?"),
        c("Pues eso, el techo. El contratista me dio cuatro mil doscientos.", None),
        t("Ok, entonces lo que estoy escuchando es que lo que usted necesita es nuestro préstamo Hogar Plus de diez mil a 84 meses, con la tarjeta de crédito de la cooperativa incluida, ¿correcto?"),
        c("¿Diez mil? No, no, yo dije cuatro mil doscientos. Y tarjeta no quiero, yo no uso eso.", "no_need"),
        t("Claro, le entiendo. O sea, que lo que usted busca es tranquilidad, y eso se logra con un colchón: el Hogar Plus le cubre el techo y le sobra pa' cambiar las ventanas a las de huracán, ¿no es así?"),
        c("Yo no he dicho na' de ventanas. Yo vivo del seguro social, mija, yo no puedo con un pago grande.", "no_money"),
        t("Entiendo perfectamente su situación. Si le resumo: usted quiere la mensualidad más baja posible, y la forma de lograrlo es estirarlo a 84 meses con el seguro de desempleo opcional, ¿estamos de acuerdo?"),
        c("¿Seguro de desempleo? Si yo estoy retirao. Mira, déjalo así, yo le pregunto a mi hija y vuelvo otro día.", "think_it_over"),
        t("¡Perfecto! Para confirmar, ¿usted se lleva hoy la solicitud del Hogar Plus para traerla firmada?"),
        c("No, mija. Yo me llevo mi sombrero.", None),
    ],
))

# ---------------------------------------------------------------- a4 upsell_as_loop_closing
op = c("Klk, jefe. Necesito doce planchas de zinc calibre 26, de 12 pies, y los tornillos con arandela.", None)
PAIRS.append(gpair(
    "esb48g_santiago_ferreteria_zinc",
    "ferretería de barrio, Santiago de los Caballeros (RD)",
    "upsell_as_loop_closing",
    "Un maestro de obra compra zinc para reponer un techo que se voló con un aguacero; la dueña de la casa le dio un presupuesto fijo.",
    [
        op,
        t("Klk, ¿cómo va? Doce de calibre 26 a 12 pies, eso lo tengo. ¿Es techo nuevo o cambiando las viejas? Pa' saber cuántos tornillos le pongo."),
        c("Cambiando. Es una casita en Cienfuegos, se le voló medio techo con el aguacero del viernes. Las correas tan buenas, yo las revisé.", None),
        t("Ok, reemplazo sobre correas buenas. Con doce planchas van como 10 tornillos por plancha; le pongo 130 pa' que no se quede corto. ¿Tiene sellador pa' los solapes o lo necesita?"),
        c("Eso sí lo tengo, me sobró de otra obra. ¿Cuánto me sale todo? Que la señora me dio un presupuesto fijo.", None),
        t("Las planchas a 980 son 11,760 y los tornillos 1,300: total 13,060. En efectivo le hago el 3%. ¿Se lo lleva usted o se lo mando en el camión? El envío a Cienfuegos es 500."),
        c("Diache, lo del camión no. Yo tengo la camioneta de mi primo.", "no_need"),
        t("Perfecto, sin envío: 13,060, y con el 3% en efectivo queda en 12,670. Si la señora necesita la factura a su nombre, se la hago así."),
        c("Ta bueno, ponla a nombre de ella, Altagracia Rodríguez. Ahora vengo con la camioneta.", None),
    ],
    [
        op,
        t("¡Klk! Doce planchas y los tornillos, anotado. ¿Y qué más le puedo agregar pa' que el trabajo le quede completo? ¿Sellador, un taladro nuevo, guantes?"),
        c("No, eso lo tengo. Na' más eso.", "no_need"),
        t("Perfecto. Y pa' cerrar bien el círculo con usted: ¿le agrego el canalón? Porque un techo sin canalón, usted sabe cómo es."),
        c("Manito, la casa no tiene canalón ni lo va a tener. Es una casita sencilla.", "no_need"),
        t("Entiendo, entiendo. ¿Hay algo más que necesite para que su experiencia hoy sea completa? Tenemos las correas galvanizadas en oferta, y la pintura anticorrosiva pa' que el zinc dure."),
        c("Las correas tan buenas. Y la señora tiene el presupuesto contao, no me hagas gastarle lo que no tiene.", "no_money"),
        t("Claro, claro. Pa' asegurarnos de que no se nos quede nada: ¿le sumo la garantía extendida de las planchas? Son solo 150 por plancha."),
        c("¿Garantía de zinc? Jefe, dame la factura de lo que pedí, que ya me tengo que ir.", "no_need"),
        t("¡Listo! Y antes de irse, ¿cómo calificaría su experiencia hoy del 1 al 10?"),
        c("Un cinco, y porque el zinc lo tenían.", None),
    ],
))

# ---------------------------------------------------------------- a5 leading_tag_questions
op = c("Hola, buenas. Estoy buscando mi primer carro, algo usado, pa' ir al trabajo. Soy enfermera en Centro Médico.", None)
PAIRS.append(gpair(
    "esb48g_bayamon_dealer_primer_carro",
    "dealer de carros usados, Bayamón (PR)",
    "leading_tag_questions",
    "Una enfermera joven busca su primer carro usado para turnos de noche, con un pre-aprobado de la cooperativa y un préstamo de estudiante.",
    [
        op,
        t("¡Hola! Felicidades por el primer carro. ¿Cómo te llamas? Cuéntame cómo es tu día: ¿de dónde sales, cuántas millas más o menos, y si trabajas turnos de noche?"),
        c("Keishla. Salgo de aquí mismo, de Bayamón, como quince millas ida y vuelta. Y sí, a veces hago turnos de noche, por eso no quiero que se me quede botao en el expreso.", None),
        t("Eso es clave: confiable pa' salir de noche y que no gaste mucho. ¿Tienes un presupuesto pensado o una mensualidad que te convenga? ¿Y financias con banco, cooperativa o con nosotros?"),
        c("La cooperativa me pre-aprobó doce mil. Pero no quiero pagar más de 250 al mes con el seguro y todo, que tengo el préstamo de estudiante.", None),
        t("Ok, Keishla: menos de doce mil, confiable pa' turnos de noche, y 250 al mes con seguro. Tengo dos que te pueden servir: un Corolla 2016 con 78 mil millas en 10,900, y un Accent 2018 en 9,500 con menos millas. El Corolla tiene mejor historial de mantenimiento; te enseño el Carfax de los dos. ¿Quieres probarlos?"),
        c("El Accent me gusta más por el precio, pero a una amiga se le dañó la transmisión de uno al año de comprarlo. Me da miedo.", "bad_experience"),
        t("Te entiendo, y vale la pena tomarlo en serio. Pruébalos los dos, y si te interesa el Accent, llévalo a tu mecánico de confianza antes de firmar; nosotros te damos el permiso. Y cualquiera de los dos sale con 30 días de garantía en motor y transmisión."),
        c("Dale, eso me gusta. ¿Lo puedo traer el sábado con mi papá, que él sabe de carros?", None),
        t("Claro. Te los aparto hasta el sábado a las 12, sin depósito. Aquí tienes mi tarjeta y te mando los Carfax por texto."),
        c("Perfecto, nos vemos el sábado.", None),
    ],
    [
        op,
        t("¡Hola! Felicidades. Tú vas a querer algo nuevecito, con pantalla y cámara, ¿verdad que sí?"),
        c("Eh, lo que necesito es que prenda y que no me deje botá. No tiene que ser nuevo.", None),
        t("Claro, y como enfermera tú mereces ir segura, ¿no crees? Por eso una SUV es lo mejor pa' ti, ¿o no?"),
        c("¿Una guagua grande? Yo estaba pensando en algo pequeño que gaste poco.", "no_need"),
        t("Te entiendo perfectamente. Pero en el expreso a las tres de la mañana uno quiere algo alto y fuerte, ¿verdad? Esta Tucson 2021 te queda en 420 al mes, que con tu sueldo no es na', ¿cierto?"),
        c("¿Cuatrocientos veinte? No, mano, no más de 250, ya te dije. Tengo el préstamo de estudiante.", "no_money"),
        t("Sí, sí. Pero tú no quieres arriesgarte con un carrito viejo, ¿verdad que no? Uno se arrepiente después, ¿tú no has visto eso?"),
        c("Sabes qué, déjalo así. No me estás escuchando.", None),
        t("¡Espérate! Tú sabes que esta oferta no la vas a encontrar en ningún otro sitio, ¿verdad?"),
        c("Bye.", None),
    ],
))

# ---------------------------------------------------------------- a6 putdown_question
op = c("Oiga, señorita, aquí me están cobrando 4,800 pesos de una sonografía que mi seguro cubre. Yo tengo mi carnet de la ARS al día.", None)
PAIRS.append(gpair(
    "esb48g_laromana_clinica_cobro_sonografia",
    "caja de una clínica privada, La Romana (RD)",
    "putdown_question",
    "Un paciente molesto porque le cobran una sonografía que su ARS cubre; falta una autorización previa que la clínica no pidió.",
    [
        op,
        t("Buenas, señor. Vamos a ver eso juntos. ¿Me presta el carnet y la factura? ¿La sonografía se la mandó el doctor hoy mismo?"),
        c("Sí, el doctor Peña, hace una hora. Y allá adentro nadie me dijo que había que pagar.", None),
        t("Gracias. Ya veo: la ARS la rechazó porque pide autorización previa para sonografías abdominales y no se solicitó antes. Eso nos tocaba pedirlo a nosotros, no a usted. ¿Tiene unos minutos para que la solicite ahora?"),
        c("¿Y eso cuánto tarda? Porque me dieron permiso en el trabajo hasta las once y ya son las diez y media.", "no_time"),
        t("Entre 10 y 20 minutos, normalmente. Si se tiene que ir, le propongo esto: no le cobro nada ahora, dejo la autorización en proceso y le llamo cuando la ARS responda. Si la aprueba, no paga nada; si la rechaza, le explico por qué antes de cobrarle un peso. ¿Le parece?"),
        c("Eso sí. Pero que me llamen de verdad, que la otra vez aquí mismo me dijeron lo mismo y nadie llamó.", "bad_experience"),
        t("Tiene razón en pedirlo. Le anoto mi nombre, Yaniris, y la extensión directa de caja, la 214. Le llamo antes de las 4 de hoy, con aprobación o sin ella."),
        c("Ta bien, Yaniris. Gracias, que usted sí me resolvió.", None),
    ],
    [
        op,
        t("Buenas. Tranquilo, señor, no hay que alterarse así, ¿qué fue exactamente lo que pasó?"),
        c("¿Cómo que alterarse? Yo nada más le estoy diciendo que mi seguro cubre eso.", None),
        t("Entiendo cómo se siente. ¿Pero usted leyó su contrato con la ARS, o lo firmó sin leer como hace todo el mundo?"),
        c("Yo tengo ese seguro hace ocho años y nunca me han cobrado una sonografía.", None),
        t("Ok, le escucho. ¿Y no será que usted se confundió y no trajo la autorización? ¿Usted sabe lo que es una autorización previa?"),
        c("Mire, yo no soy ningún bruto. Nadie me dijo que había que traer na'.", None),
        t("Nadie ha dicho eso, señor. ¿Cómo le puedo ayudar para que su experiencia sea mejor? Si paga ahora, después usted reclama a la ARS."),
        c("Yo no voy a pagar 4,800 pesos de algo que no debo. Quiero hablar con su supervisora.", None),
        t("¿Y usted cree que la supervisora le va a decir algo distinto?"),
        c("Llámela, que yo espero aquí sentado.", None),
    ],
))

# ---------------------------------------------------------------- a7 not_my_department_or_read_the_terms
op = c("Buenas tardes. Llamo porque con el huracán se me metió el agua por el techo y se me dañaron el colchón, la nevera y el plafón de la cocina. Quiero hacer la reclamación.", None)
PAIRS.append(gpair(
    "esb48g_carolina_seguro_reclamacion_huracan",
    "centro de llamadas de una aseguradora de propiedad, Carolina (PR)",
    "not_my_department_or_read_the_terms",
    "Una asegurada llama tras un huracán para reclamar daños por agua y no entiende el deducible del 2%; no tiene luz ni internet.",
    [
        op,
        t("Buenas tardes, lamento mucho lo que pasó. ¿Están usted y su familia bien? Deme su número de póliza y abrimos la reclamación ahora mismo."),
        c("Sí, gracias a Dios estamos bien. La póliza es la HP-2231. Oye, ¿y eso del deducible del dos por ciento qué es? Porque yo no entiendo na'.", None),
        t("Se lo explico fácil: en daños por huracán, usted asume la primera parte, que es el 2% de la cantidad por la que está asegurada la casa. Su casa está asegurada por 150 mil, así que el deducible es 3 mil. Si los daños suman 9 mil, el seguro paga 6 mil. ¿Tiene fotos del daño?"),
        c("Tres mil... ay, bendito. ¿Y eso hay que pagarlo antes de que vengan?", None),
        t("No, no tiene que pagar nada por adelantado: se resta de lo que le pagamos. Tome fotos de todo antes de botar nada; del colchón, aunque sea una foto con la etiqueta. El ajustador la llama en 3 a 5 días. Y si hay que poner una lona en el techo, guarde el recibo, que eso también se reclama."),
        c("Ah, qué bueno saber eso. Mi sobrino puso una lona ayer, le pido el recibo.", None),
        t("Perfecto. Su número de reclamación es el 88-4410. Se lo mando por texto con la lista de lo que hay que guardar. ¿A qué número la llamamos?"),
        c("Al 787-555-0143. Muchas gracias, muchacho, que me tenía loca esto.", None),
    ],
    [
        op,
        t("Buenas tardes, gracias por llamar, su experiencia es importante para nosotros. ¿En qué le puedo ayudar hoy?"),
        c("Pues ya le dije, el techo, el agua, el colchón. Y quiero saber lo del deducible del dos por ciento.", None),
        t("Entiendo su preocupación. Lo del deducible no lo manejo yo, eso está en su póliza, en la sección de riesgos catastróficos. ¿Tiene la póliza a mano?"),
        c("No, la póliza se me mojó con lo demás. Por eso le pregunto a usted.", None),
        t("Claro. Mire, yo no hago las reglas, la compañía lo pone así en los términos. Para reclamaciones tiene que entrar a la página web y llenar el formulario; eso no es de este departamento."),
        c("¿Y no me la puede abrir usted? Yo no tengo luz ni internet desde el lunes.", None),
        t("La entiendo perfectamente. ¿Hay algo más en lo que le pueda ayudar hoy? Para reclamaciones el número es otro, el 1-800, y abren de 8 a 5."),
        c("Muchacho, llevo cuarenta minutos en espera pa' esto. Cuando esto pase yo me busco otro seguro.", None),
        t("Lamento escuchar eso. Le recuerdo que al final de la llamada recibirá una encuesta de satisfacción."),
        c("Sí, ya sé lo que le voy a poner.", None),
    ],
))

# ---------------------------------------------------------------- a8 social_proof_or_deadline_pressure
op = c("Buenas. Quería preguntar por un inversor, porque con estos apagones yo no puedo trabajar en el salón. Se me va la luz en pleno secado.", None)
PAIRS.append(gpair(
    "esb48g_sanfrancisco_inversor_salon",
    "tienda de inversores y baterías, San Francisco de Macorís (RD)",
    "social_proof_or_deadline_pressure",
    "La dueña de un salón de belleza pregunta por un inversor para los apagones de la tarde; tiene poco dinero.",
    [
        op,
        t("Buenas, con mucho gusto. Pa' saber qué tamaño le conviene: ¿qué equipos quiere mantener prendidos cuando se va la luz? ¿Las secadoras de casco, las planchas, o más bien luces y abanicos?"),
        c("Eh... yo quisiera todo, pero las de casco gastan mucho, ¿verdad? Lo más importante es la plancha de pelo, el secador de mano, las luces y un abanico.", None),
        t("Sí, las de casco gastan muchísimo, eso un inversor no lo aguanta bien. ¿Y cuántas horas al día le quitan la luz más o menos?"),
        c("Depende. Hay días que cuatro horas, otros que na'. Casi siempre en la tarde.", None),
        t("Para secador de mano, plancha, luces y abanico unas cuatro horas, lo que va es un inversor de 3,000 vatios con cuatro baterías: 68 mil instalado. Le soy honesta: las de casco no las va a poder usar con eso; para eso hace falta planta."),
        c("Ay, eso es mucho cuarto pa' mí ahora. Yo estaba pensando en treinta, treinta y pico.", "no_money"),
        t("La entiendo. Con 35 mil puede poner uno de 1,500 con dos baterías: le aguanta luces, abanico y el secador de mano por ratos, pero no la plancha y el secador juntos. También hay financiamiento a 12 meses con la cooperativa. No tiene que decidir hoy."),
        c("Déjeme sacar cuentas con mi esposo, y el sábado le digo cuál.", "think_it_over"),
        t("Perfecto. Le apunto las dos opciones en este papel con precio y lo que aguanta cada una. Si quiere, antes del sábado paso por el salón a ver el contador y lo que tiene conectado."),
        c("Ay sí, eso me conviene. Gracias, mi amor.", None),
    ],
    [
        op,
        t("¡Buenas! Mire, llegó en el momento perfecto. ¿Qué es lo que más le preocupa de los apagones? Porque todo el mundo en la calle del Carmen se ha puesto inversor con nosotros este mes."),
        c("Pues eso, que se me va la luz en pleno secado. ¿Cuánto cuesta uno?", None),
        t("Entiendo su necesidad. El de 5,000 vatios, que es el que tienen los demás salones de aquí, sale en 98 mil. Pero ese precio es solo hasta hoy, mañana sube con el contenedor nuevo."),
        c("¿Noventa y ocho mil? Eso es demasiado, yo no gano eso en tres meses.", "no_money"),
        t("La escucho. Pero piénselo: la peluquería de la esquina ya lo puso y le están quitando las clientas. ¿Usted va a dejar que se le vayan?"),
        c("Yo tengo mis clientas de hace quince años, eso no me quita el sueño. Yo quería algo pequeño, no eso.", "no_need"),
        t("Perfecto, ¿y qué le parece si le aparto el último que me queda al precio viejo con un depósito de diez mil? Mire que solo quedan dos y uno ya está medio vendido."),
        c("No, déjeme pensarlo. Yo no compro na' a la carrera.", "think_it_over"),
        t("Como usted quiera, pero después no me diga que no le avisé. Mañana ya no le puedo hacer ese precio."),
        c("Ta bien.", None),
    ],
))

# ---------------------------------------------------------------- a9 keyword_stuffed
op = c("Saludos. Tengo un food truck de pinchos en La Guancha y quiero abrir una cuenta comercial. Ahora mismo to' lo cobro en efectivo y en ATH Móvil a mi cuenta personal.", None)
PAIRS.append(gpair(
    "esb48g_ponce_banco_cuenta_foodtruck",
    "sucursal bancaria, Ponce (PR)",
    "keyword_stuffed",
    "El dueño de un food truck quiere separar el dinero del negocio y poder cobrar con tarjeta sin que los cargos se le coman la ganancia.",
    [
        op,
        t("Saludos, bienvenido. ¿Cómo se llama el negocio, y tiene registro de comerciante o está incorporado?"),
        c("Pinchos El Nene. Tengo el registro de comerciante, pero no es corporación, es a mi nombre.", None),
        t("Perfecto, entonces la cuenta se abre como negocio individual con su registro. ¿Cuánto mueve más o menos al mes, y qué le molesta de cobrar a la cuenta personal?"),
        c("Como seis, siete mil en temporada. Lo que pasa es que se me mezcla todo y el contable me regaña en abril. Y hay gente que quiere pagar con tarjeta y no puedo.", None),
        t("Entonces quiere separar el dinero del negocio y poder cobrar con tarjeta. La cuenta comercial básica no cobra mensualidad si mantiene 1,500 de balance; si no, son 12 al mes. Para tarjetas hay un lector que se conecta al celular: 2.6% por transacción, sin renta."),
        c("¿Doce al mes y encima el 2.6? Acho, eso se come la ganancia de un pincho.", "too_expensive"),
        t("Le entiendo. Si mantiene los 1,500, no paga los 12. Y el lector solo cobra cuando lo usa: si la mayoría sigue pagando en efectivo o ATH, casi no le cuesta. Puede abrir la cuenta hoy y dejar el lector para cuando vea que lo necesita."),
        c("Ok, eso sí. Abro la cuenta hoy y lo del lector lo pienso pa' las fiestas de diciembre.", "think_it_over"),
        t("Perfecto. Necesito su licencia, el registro de comerciante y un depósito inicial de 100. En veinte minutos salimos."),
        c("Aquí tiene todo.", None),
    ],
    [
        op,
        t("¡Saludos! Primero que nada, quiero que sepa que entiendo su necesidad y que para nosotros la relación con el cliente es lo más importante. ¿Cómo se siente hoy con su experiencia financiera?"),
        c("Eh... bien, supongo. Yo lo que quiero es una cuenta comercial.", None),
        t("Excelente. Lo que escucho es que usted busca una experiencia bancaria que lo ayude a alcanzar el éxito de su negocio. Nosotros entendemos sus necesidades y queremos construir una relación a largo plazo basada en la confianza y el éxito mutuo."),
        c("Ok... ¿y cuánto cobran al mes por la cuenta?", None),
        t("Muy buena pregunta, y entiendo perfectamente cómo se siente con los cargos. Nuestra propuesta de valor está pensada para que su experiencia sea exitosa, y cada necesidad tiene su solución dentro de nuestra relación comercial."),
        c("Mano, pero ¿cuánto es? Porque si es mucho no me conviene, yo vendo pinchos, no soy Walmart.", "too_expensive"),
        t("Lo entiendo y valoro su sinceridad. Quiero que sienta que aquí su éxito es nuestro éxito. ¿Hay algo más en lo que le pueda ayudar para mejorar su experiencia hoy?"),
        c("¿Algo más? Si no me ha dicho na' todavía. Mire, yo tengo que abrir el truck a las cuatro, vuelvo otro día.", "no_time"),
        t("¡Claro! Gracias por su confianza, fue un placer entender sus necesidades."),
        c("Ajá.", None),
    ],
))

# ---------------------------------------------------------------- a10 rude
op = c("Saludo, jefe. Yo soy motoconchista y el motor mío se me jodió. Quiero ver si me financian uno, pero no tengo mucho pa' inicial.", None)
PAIRS.append(gpair(
    "esb48g_santiago_motor_motoconchista",
    "concesionario de motocicletas, Santiago (RD)",
    "rude",
    "Un motoconchista con poco inicial quiere financiar un motor nuevo para seguir trabajando en su parada.",
    [
        op,
        t("Saludo, ¿cómo está? Vamos a ver qué se puede hacer. ¿Qué motor tenía y cuántas horas al día lo trabaja?"),
        c("Un 125 viejo, ya tiene como ocho años. Yo lo trabajo de seis de la mañana a siete de la noche en la parada de la Estrella Sadhalá.", None),
        t("Doce horas diarias: necesita algo rendidor y que aguante. ¿Cuánto puede poner de inicial, y cuánto hace al día más o menos, pa' ver qué cuota le conviene sin que lo ahorque?"),
        c("Tengo como ocho mil pesos. Al día saco mil quinientos, dos mil en un día bueno, pero de ahí sale la gasolina y la comida.", None),
        t("Con ocho mil de inicial, el 150 de trabajo queda en 58 mil. A 18 meses serían unos 3,200 quincenales, o el pago semanal de 1,600, que a los motoconchistas les acomoda más. También le aceptamos el viejo como parte del inicial, si quiere."),
        c("¿Semanal? Eso me gusta. Pero el viejo no se lo doy, ese lo voy a arreglar pa' mi hijo.", "no_need"),
        t("Perfecto, el viejo se queda con usted. Entonces: 8 mil de inicial y 1,600 a la semana. Necesito su cédula, un recibo de luz y un garante. ¿Tiene a alguien que le sirva de garante?"),
        c("Mi cuñado, que trabaja en la zona franca. ¿Puedo venir mañana con él?", None),
        t("Claro. Venga mañana antes de las cinco y, si todo está en orden, sale con el motor ese mismo día."),
        c("Dale, mañana vengo.", None),
    ],
    [
        op,
        t("Ajá. ¿Y usted qué quiere que yo haga si no tiene inicial? ¿Qué tipo de motor es el que está buscando?"),
        c("Un 150, algo de trabajo. Yo tengo ocho mil.", None),
        t("¿Ocho mil? Con eso no le sale ni el casco. Mire, ¿cuánto gana usted en el día, si se puede saber?"),
        c("Mil quinientos, dos mil. Yo trabajo todo el día, yo pago mis cosas.", None),
        t("Ya, ya. Todos dicen lo mismo y después uno tiene que ir a quitarles el motor. ¿Hay algo más en lo que le pueda ayudar?"),
        c("¿Cómo que todos dicen lo mismo? Yo nunca le he quedado mal a nadie.", None),
        t("Lo entiendo. Si quiere, llene ese formulario y déjelo ahí, que cuando tenga un chance lo veo. Ahora estoy con un cliente de verdad."),
        c("¿Un cliente de verdad? Tranquilo, jefe, que yo me voy a comprar donde me respeten.", None),
        t("Como quiera. Cierre la puerta al salir, que se mete el calor."),
        c("Diablo, qué gente.", None),
    ],
))

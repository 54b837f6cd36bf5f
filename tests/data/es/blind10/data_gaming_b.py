"""Gaming pairs, kinds 6-10 (esb10). Hand-written."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question - ayuntamiento, Getafe (Madrid), hablado
o = c("Buenos días. A ver, es que me ha llegado una notificación porque dicen que estoy haciendo obra en el baño sin licencia, y yo pensaba que para un baño no hacía falta nada.", None)
PAIRS.append(gpair(
    "esb10g_getafe_obrabano", "ayuntamiento, ventanilla de urbanismo (Getafe)", "putdown_question",
    "Vecino recibe un requerimiento por reformar el baño sin presentar declaración responsable.",
    [o,
     t("Buenos días. Vamos a verlo. ¿Me enseña la notificación? ¿Y qué está haciendo exactamente: azulejos y sanitarios, o también tuberías o tabiques?"),
     c("Aquí la tiene. Pues azulejos, plato de ducha en vez de bañera y, bueno, el fontanero ha movido un poco el desagüe.", None),
     t("Vale. Cambiar acabados no necesita nada, pero mover el desagüe sí pide una declaración responsable de obra menor. Esto no es una multa: es un requerimiento para presentarla en diez días."),
     c("Ah, bueno, menos mal. ¿Y eso cuánto cuesta? Porque la obra ya me está saliendo por un ojo.", None),
     t("La tasa es el 4% del presupuesto. Si fontanero y albañil le han presupuestado unos 5.000, serían 200 euros. ¿Tiene el presupuesto por escrito?"),
     c("Doscientos euros por un papel... Hombre, me parece muchísimo para mover un tubo.", "too_expensive"),
     t("Es dinero, lo entiendo; el 4% lo fija la ordenanza y no lo puedo tocar. Lo que sí puedo es ayudarle a rellenarla ahora mismo, y así no tiene que volver ni pagar a un gestor."),
     c("Vale, el presupuesto lo tengo en el móvil. Venga, hagámoslo ahora.", None)],
    [o,
     t("Buenos días. A ver, ¿de verdad pensaba que podía hacer obra sin preguntar a nadie? Cuénteme, ¿qué ha hecho exactamente?"),
     c("Pues el baño, azulejos, el plato de ducha... y el fontanero ha movido el desagüe. Yo no sabía que había que pedir nada.", None),
     t("Ya. ¿Y no se le ocurrió mirarlo en la web, que está todo ahí? Bueno, le escucho: ¿qué es lo que más le preocupa de este proceso?"),
     c("Pues cuánto me va a costar, porque la obra ya me está saliendo carísima.", None),
     t("El 4% del presupuesto. ¿Tampoco sabía eso? Entiendo su frustración, pero es que la gente se mete en obras sin informarse. ¿Tiene el presupuesto, o también se le ha olvidado?"),
     c("Oiga, un respeto, que yo vengo a arreglarlo. ¿Me va a ayudar o no?", None),
     t("Claro que le ayudo. No se lo estará tomando a lo personal, ¿verdad? Rellene este impreso y tráigalo con el presupuesto. ¿Alguna otra duda que pueda resolverle hoy?"),
     c("Ninguna. Ya se lo lleva mi gestor, que por lo menos me trata bien.", None)]))

# 6 putdown_question - aseguradora de coche, Bilbao, chat
o = c("hola, ayer me dieron un golpe por detras en un semaforo en indautxu y el otro se fue sin dar los datos. que hago, me lo cubre el seguro?", None)
PAIRS.append(gpair(
    "esb10g_bilbao_golpetrasero", "aseguradora de automóvil (Bilbao)", "putdown_question",
    "Asegurada escribe tras un golpe por detrás; el otro conductor se fugó.",
    [o,
     t("Hola, siento el susto. ¿Estáis bien tú y quien fuera contigo? ¿Conseguiste la matrícula o algún testigo?"),
     c("estoy bien, un poco de cuello nada mas. la matricula la apunte a medias, 4 numeros y la primera letra. una señora lo vio y me dio su telefono", None),
     t("Eso ayuda mucho. Tienes todo riesgo con franquicia de 300: si identificamos al otro, se lo reclamamos a su seguro y no pagas nada; si no, lo cubre tu póliza y pagas la franquicia. ¿Has puesto denuncia en la Ertzaintza?"),
     c("no, pensaba que no hacia falta. y si no lo encuentran pago yo 300 por algo que no es culpa mia? pues vaya", None),
     t("Es injusto, sí. Por eso conviene denunciar hoy: con media matrícula y la testigo hay bastantes opciones de encontrarlo. Y por el cuello, que te vea un médico de nuestro centro concertado, sin coste, aunque sea leve."),
     c("lo del medico esta semana no puedo, tengo turnos de noche toda la semana", "no_time"),
     t("Entonces ve a urgencias o a tu médico antes de 72 horas, que luego cuesta vincular la lesión al golpe. Te abro ya el parte con lo que me has dicho; pásame nombre y teléfono de la testigo."),
     c("vale, te lo paso ahora. gracias de verdad", None)],
    [o,
     t("Hola. ¿Seguro que fue él quien te dio a ti y no frenaste de golpe? Es que pasa mucho. Cuéntame qué ocurrió exactamente."),
     c("estaba parada en el semaforo en rojo. PARADA. me dio por detras", None),
     t("Vale, vale, no te pongas así. ¿Y cómo es que no le pediste los datos? ¿No sabes que es lo primero que hay que hacer?"),
     c("se fue corriendo!! apunte parte de la matricula y una testigo me dio su telefono", None),
     t("Bueno, algo es algo. Entiendo tu frustración. ¿Y no estarás exagerando lo del cuello? Porque eso luego hay que demostrarlo. ¿Cómo de satisfecha estás con nuestra atención hasta ahora?"),
     c("nada satisfecha. llevo 9 años con vosotros y es el primer parte que doy", None),
     t("Te agradezco la sinceridad, valoramos mucho nuestra relación contigo. ¿Hay algo más en lo que pueda ayudarte?"),
     c("si, en pasarme con alguien que me trate como a una persona", None)]))

# 7 not_my_department_or_read_the_terms - comercializadora, Tarragona, chat
o = c("hola, este mes me habeis cobrado 180 euros de luz y normalmente pago 60. alguien me lo explica?", None)
PAIRS.append(gpair(
    "esb10g_tarragona_facturadoble", "comercializadora eléctrica (Tarragona)", "not_my_department_or_read_the_terms",
    "Cliente recibe una factura de luz de 180 euros cuando suele pagar 60.",
    [o,
     t("Hola, vamos a verlo. ¿Me das el DNI del titular? Y dime, ¿ha cambiado algo en casa este mes, algún aparato nuevo, alguien más viviendo?"),
     c("39xxxxxxK. no ha cambiado nada, somos los mismos dos", None),
     t("Gracias. La factura es de 62 días, no de 30: el mes pasado la distribuidora no envió la lectura y se facturó a cero. Son dos meses juntos, unos 90 cada uno."),
     c("ah vale, pero 90 al mes tampoco es lo normal, yo pago 60. y 180 de golpe ahora mismo no los tengo", "no_money"),
     t("Tienes razón en las dos cosas. Los 90 vienen del consumo de noche, un 40% más, seguramente calefacción. Y los 180 te los fracciono en tres recibos de 60 sin coste. ¿Te lo hago así?"),
     c("si porfa. y lo de la noche tiene sentido, pusimos un radiador en el cuarto del niño", None),
     t("Hecho, te llegan tres recibos de 60. Si quieres, el lunes te llamo y miramos si te compensa una tarifa con horas baratas por la noche para el radiador."),
     c("vale, llamame por la tarde", None)],
    [o,
     t("¡Hola! Entiendo lo importante que es para ti entender tu factura. Las lecturas las hace la distribuidora, no nosotros, así que eso no es de mi departamento. ¿Hay algo más en lo que pueda ayudarte?"),
     c("como que no? la factura me la cobrais vosotros", None),
     t("Totalmente de acuerdo en que es frustrante. En las condiciones generales, cláusula 7, se explica cómo funcionan las estimaciones. Te recomiendo leerlas con calma, ahí está todo."),
     c("no me voy a leer 30 paginas. solo quiero saber por que pago 180. no puedo pagar eso de golpe", "no_money"),
     t("Comprendo tu necesidad. El fraccionamiento lo lleva cobros, que atiende solo por teléfono de 9 a 14. Yo no pongo las normas, ¿eh? 😊 ¿Cómo valorarías esta conversación del 1 al 10?"),
     c("un 1. trabajo de 8 a 3, a esa hora no puedo llamar", "no_time"),
     t("Lo siento mucho, tomo nota de tu feedback para seguir mejorando tu experiencia. También puedes usar el formulario de reclamaciones de la web."),
     c("pues me cambio de compañia y listo", None)]))

# 7 not_my_department_or_read_the_terms - clínica dental, Alicante, hablado
o = c("Hola, buenas. A ver, es que me hicieron un empaste aquí hace tres semanas y, o sea, se me ha caído un trozo comiendo pan. Y me duele con lo frío.", None)
PAIRS.append(gpair(
    "esb10g_alicante_empastecaido", "clínica dental (Alicante)", "not_my_department_or_read_the_terms",
    "Paciente vuelve a recepción porque un empaste de hace tres semanas se ha roto.",
    [o,
     t("Vaya, lo siento. ¿Recuerda con quién se lo hizo? ¿Le duele solo con frío o también sin tocarlo?"),
     c("Con el doctor Sanchis. Solo con lo frío, pero pega un pinchazo que, uf.", None),
     t("Vale, veo el empaste del 14 de marzo. Si se cae en los primeros seis meses, la reparación no se cobra. El doctor tiene hueco mañana a las 9:30 o el jueves a las 17. ¿Cuál le viene mejor?"),
     c("Mañana a las 9:30 imposible, llevo a los críos al cole. Y el jueves trabajo hasta las seis.", "no_time"),
     t("Entiendo. El jueves a las 19 queda un último hueco, si llega. Mientras, evite lo frío y masticar por ese lado, y si el dolor se vuelve continuo, llame y le vemos ese mismo día."),
     c("A las siete sí llego. Pero, ¿seguro que no me cobráis? Porque en la clínica donde iba antes me cobraban hasta el aire.", "bad_experience"),
     t("Seguro: entra en la garantía de tratamientos y se lo doy por escrito en la cita. Le apunto el jueves a las 19 con el doctor Sanchis."),
     c("Vale, muchas gracias, guapa.", None)],
    [o,
     t("Hola, buenas. Entiendo perfectamente cómo se siente, su experiencia es muy importante para nosotros. Yo soy de recepción; de lo clínico no le puedo decir nada, eso es cosa del doctor."),
     c("Ya, pero yo lo que quiero es que me lo arreglen. ¿Me dan cita?", None),
     t("Claro. La agenda del doctor Sanchis la lleva su auxiliar, yo no tengo acceso. Y si se cobra o no, viene en el presupuesto que firmó, apartado de garantías."),
     c("¿Y cómo voy a saber lo que firmé hace tres semanas? Me dolía la muela, firmé y ya.", None),
     t("Le entiendo, de verdad, pero yo no pongo las normas. Lo que sí puedo es darle el teléfono de la auxiliar, que atiende de diez a una. ¿Hay algo más que necesite?"),
     c("A esa hora estoy trabajando, no puedo llamar.", "no_time"),
     t("Puede escribir a atención al paciente, responden en 48-72 horas. ¡Gracias por confiar en nosotros!"),
     c("¿Confiar? Con un empaste que se cae a las tres semanas... Me voy a otro sitio.", None)]))

# 8 social_proof_or_deadline_pressure - autoconsumo solar, Córdoba, hablado
o = c("Hola, pasa, pasa. Mira, te llamé porque la vecina se ha puesto placas y quería ver si a nosotros nos salen a cuenta, que la luz está por las nubes.", None)
PAIRS.append(gpair(
    "esb10g_cordoba_placassolares", "instaladora de autoconsumo solar (Córdoba)", "social_proof_or_deadline_pressure",
    "Matrimonio jubilado recibe en casa a un comercial de placas solares.",
    [o,
     t("Gracias. Antes de hablar de placas, ¿me enseñas una factura? ¿Cuántos vivís aquí y a qué horas estáis en casa?"),
     c("Mi mujer y yo, jubilados, estamos casi todo el día. Gastamos sobre todo en verano, el aire, y en invierno la bomba de calor. Unos 95 al mes.", None),
     t("Estando de día en casa aprovecháis bien el sol. ¿El tejado es solo vuestro? ¿Hacia dónde mira?"),
     c("Nuestro, casa de una planta, mira al sur más o menos. Pero oye, una instalación de esas son ocho o nueve mil euros, y con la pensión...", "no_money"),
     t("Con vuestro consumo no hace falta tanto: seis placas, unos 5.200 instalado, y con la bonificación del IBI se recupera en unos seis años. No hay que decidir hoy: te dejo el estudio por escrito y lo comparas con otros dos presupuestos."),
     c("Seis años... Bueno, no está mal. Lo miro con mi mujer y con mi hijo, que él entiende más de esto.", "think_it_over"),
     t("Perfecto. Si queréis, vuelvo un día que esté tu hijo y lo repasamos juntos."),
     c("Venga, el sábado que viene viene a comer. Te llamo.", None)],
    [o,
     t("Hola, gracias. Tu vecina es una clienta encantada, y en esta calle ya van cinco casas con nuestras placas. Cuéntame, ¿qué es lo que más te preocupa de tu factura?"),
     c("Pues que pagamos unos 95 al mes, y somos jubilados, estamos todo el día en casa.", None),
     t("Entiendo perfectamente tu necesidad. Mira, la subvención se acaba este mes, y la oferta de 7.900 con batería solo la puedo mantener hasta el viernes. Todo el barrio se está apuntando. ¿Qué te frena?"),
     c("Hombre, me frena que son casi ocho mil euros. Con la pensión no llego a tanto.", "no_money"),
     t("Por eso mismo: si esperas, pierdes la subvención y sube el precio. Tu vecina firmó el mismo día y está encantadísima. ¿Qué necesitarías para no quedarte atrás?"),
     c("Necesitaría hablarlo con mi mujer y mi hijo, que ocho mil euros no se deciden en una tarde.", "think_it_over"),
     t("Claro, pero después del viernes ya no tengo hueco en la cuadrilla: esta semana hemos firmado doce casas en Córdoba. ¿Lo dejamos reservado con una señal de 500?"),
     c("Que no, hombre, que no firmo nada hoy. Si se acaba, que se acabe.", "no_need")]))

# 8 social_proof_or_deadline_pressure - seguro de salud, Santa Cruz de Tenerife, chat
o = c("buenas, estoy mirando un seguro de salud para mi y mis dos hijas, la pequeña tiene asma y en la publica el neumologo tarda meses", None)
PAIRS.append(gpair(
    "esb10g_tenerife_segurosalud", "aseguradora de salud (Santa Cruz de Tenerife)", "social_proof_or_deadline_pressure",
    "Madre sola busca seguro de salud; la hija pequeña tiene asma.",
    [o,
     t("Hola, gracias por escribir. ¿Qué edades tenéis? ¿Y lo que más te importa es el especialista de la peque o también urgencias, dentista...?"),
     c("yo 41, las niñas 9 y 6. el neumologo sobre todo, y urgencias pediatricas. dentista no, ya tenemos", None),
     t("Una cosa importante: el asma hay que declararlo. Las consultas de neumología están cubiertas desde el primer día, pero las pruebas de función pulmonar tienen 6 meses de carencia. Prefiero que lo sepas ya."),
     c("vaya. 6 meses es bastante. y cuanto sale para las tres?", None),
     t("Sin copago, 118 € al mes las tres; con copago de 5 € por consulta, 79 €. ¿Cuántas veces al año suele ir la peque al médico?"),
     c("unas 6 o 7 entre pediatra y urgencias. aun asi 79 es mucho para mi, estoy sola con las niñas", "no_money"),
     t("Entiendo. Otra opción: solo tú y la pequeña, 54 € con copago, y la mayor sigue con la pública, que le va bien. Te mando las tres opciones por escrito, sin prisa."),
     c("eso me cuadra mas. mandamelo y lo miro este finde", "think_it_over")],
    [o,
     t("¡Hola! Gracias por confiar en nosotros 😊 Este mes más de 3.000 familias canarias se han pasado a nuestro Plan Familia, y la promo sin carencias acaba el domingo. ¿Cuál es tu principal necesidad?"),
     c("el neumologo para la pequeña, tiene asma. y urgencias pediatricas", None),
     t("¡Perfecto, lo cubrimos todo! Las familias de tu colegio con niños asmáticos ya lo tienen con nosotros, por algo será. Son 118 € al mes las tres, pero solo hasta el domingo a las 23:59."),
     c("118 es mucho para mi, estoy sola con las niñas. y lo de sin carencias incluye las pruebas de la niña?", "no_money"),
     t("Entiendo tu preocupación. Lo importante es no quedarse fuera: el lunes vuelven las carencias y el precio sube un 15%. Quedan pocas plazas. ¿Te mando el enlace para contratar ahora?"),
     c("no me has contestado lo de las pruebas. y esto no lo decido con prisas, me lo tengo que mirar bien", "think_it_over"),
     t("¡Claro, sin presión! Solo te recuerdo que tus vecinos ya lo están aprovechando. ¿Hay algo más que pueda hacer por ti hoy?"),
     c("no. buscare otra aseguradora que me conteste a lo que pregunto", None)]))

# 9 keyword_stuffed - cooperativa frutícola, Alcarràs (Lleida), hablado
o = c("Bon dia... bueno, buenos días. Soy el Jordi, el hijo del Pere. Es que mi padre se jubila, me quedo las fincas de melocotón, y no sé si seguir con la cooperativa o ir por libre.", None)
PAIRS.append(gpair(
    "esb10g_lleida_relevocooperativa", "cooperativa frutícola (Alcarràs, Lleida)", "keyword_stuffed",
    "Hijo de un socio que se jubila duda entre seguir en la cooperativa o vender por libre.",
    [o,
     t("Bon dia, Jordi. Cuéntame: ¿cuántas hectáreas son, y qué te hace pensar en ir por libre?"),
     c("Ocho hectáreas. Es que un amigo vende directo a un almacén de Mercabarna y dice que le pagan como diez céntimos más el kilo.", None),
     t("Puede ser, en años buenos. ¿Y tu amigo pone él el frío y el transporte, o se lo hace el almacén?"),
     c("Creo que lo hace él todo, tiene dos cámaras. Yo cámaras no tengo; lo de mi padre siempre fue todo a la cooperativa.", None),
     t("Ahí está la diferencia: con ocho hectáreas esos diez céntimos se te van en frío y portes, y el riesgo de impagos es tuyo. Aquí cobras más tarde, es verdad, pero seguro. Te preparo las dos vías con la producción de tu padre de los tres últimos años."),
     c("Ya, lo de cobrar tarde es lo que me mata. El año pasado a mi padre le liquidasteis en marzo, un año entero sin ver un duro.", "bad_experience"),
     t("Es una queja justa. Desde este año hay anticipo del 40% en septiembre para socios; no lo arregla todo, pero ayuda. ¿Te enseño los números el jueves con calma?"),
     c("El jueves estoy en la poda todo el día. El viernes por la tarde sí.", "no_time")],
    [o,
     t("Bon dia, Jordi. Para nosotros la relación con cada socio es lo más importante, y entendemos perfectamente tus necesidades y lo que sientes en este momento de transición."),
     c("Ya, gracias. Pero lo que quiero saber es si me compensa seguir o vender por libre. Un amigo cobra diez céntimos más.", None),
     t("Entiendo lo que sientes. Nuestra filosofía es acompañar la experiencia del socio en todo su recorrido, porque tu éxito es nuestro éxito, y creemos en una relación de confianza y en escuchar tus necesidades."),
     c("Vale, pero ¿cuánto pagáis el kilo, y cuándo? Que a mi padre el año pasado le liquidasteis en marzo, y eso no puede ser.", "bad_experience"),
     t("Es muy importante que te sientas escuchado, Jordi. Entiendo tu necesidad de liquidez, y queremos que tu experiencia como nuevo socio sea un éxito. Sentimos que, juntos, podemos crecer en esta relación."),
     c("Tío, llevas tres frases y no me has dicho ni un número. Mira, me lo pienso y lo hablo con mi padre.", "think_it_over"),
     t("¡Claro! Entiendo perfectamente lo que necesitas y lo que sientes. ¿Cómo de satisfecho estás con esta conversación?"),
     c("Pues poco, la verdad.", None)]))

# 9 keyword_stuffed - software de gestión para clínicas, Donostia, chat (B2B)
o = c("kaixo, tengo una clinica de fisio con 3 fisios y llevamos la agenda en papel y excel. estoy mirando programas, el vuestro manda recordatorios por whatsapp?", None)
PAIRS.append(gpair(
    "esb10g_donostia_softwareclinica", "software de gestión para clínicas (Donostia)", "keyword_stuffed",
    "Dueña de una clínica de fisioterapia pregunta por un programa de agenda y facturación.",
    [o,
     t("¡Kaixo! Sí, recordatorios por WhatsApp y SMS. Antes de contarte más: ¿qué es lo que más os falla ahora con el papel y el Excel?"),
     c("los no shows sobre todo, 4 o 5 a la semana. y cuando alguien cambia cita por telefono nadie se entera", None),
     t("Vale: ausencias y agenda compartida. ¿Trabajáis con mutuas, que también haya que facturarles?"),
     c("si, con dos mutuas, y eso lo hace mi socia a mano a fin de mes, le lleva una tarde entera", None),
     t("Entonces os encaja el plan Clínica: agenda compartida, recordatorio 24 h antes y facturación a mutuas. Para 3 fisios, 69 €/mes. Con cuatro ausencias menos al mes ya se paga, pero eso lo tenéis que comprobar vosotras."),
     c("69 al mes... otros que he visto estan por 40", "too_expensive"),
     t("Los de 40 que conozco no facturan a mutuas; pregúntalo antes de decidir. Propuesta: 30 días gratis, sin tarjeta, y os migro yo el Excel de pacientes."),
     c("ok eso si. lo hablo con mi socia y te digo el lunes", "think_it_over")],
    [o,
     t("¡Kaixo! Gracias por escribirnos. Entendemos perfectamente tus necesidades: nuestra solución está pensada para mejorar la experiencia del paciente, la relación clínica-paciente y llevar tu centro al éxito 🚀"),
     c("vale pero manda recordatorios por whatsapp o no", None),
     t("¡Gran pregunta! Nuestra plataforma integra comunicación omnicanal para que tus pacientes se sientan escuchados y acompañados en toda su experiencia. Entiendo lo que sientes con el papel: nadie quiere sentirse desbordado."),
     c("eso es un si o un no? y cuanto cuesta para 3 fisios", None),
     t("Entiendo tu necesidad de claridad 😊 Nuestros planes se adaptan a cada relación y cada necesidad, buscando una experiencia de éxito compartido. ¿Te agendo una demo con un consultor de experiencia de cliente?"),
     c("no tengo tiempo para demos de una hora, tengo pacientes todo el dia. solo queria el precio", "no_time"),
     t("¡Entiendo lo que sientes! Te envío nuestro dossier de valor para que conozcas nuestra visión. ¿Hay algo más en lo que pueda acompañarte?"),
     c("no, gracias. mandalo si quieres", "brush_off")]))

# 10 rude - ferretería, Santiago de Compostela, hablado
o = c("Bos días. Ay, perdone, mire, es que necesito algo para la humedad de la pared, que me sale moho en el dormitorio, y no sé muy bien qué comprar.", None)
PAIRS.append(gpair(
    "esb10g_santiago_mohopared", "ferretería (Santiago de Compostela)", "rude",
    "Señora mayor busca algo para el moho del dormitorio.",
    [o,
     t("Bos días. ¿El moho sale en una pared que da a la calle o en una interior? ¿En toda la pared o en las esquinas?"),
     c("Da a la calle, la del norte. Sale en la esquina de arriba, al lado del armario. Y los cristales por la mañana están chorreando.", None),
     t("Eso suena a condensación más que a una gotera. Primero, limpiar con este antimoho, 6,50. Luego ventilar diez minutos por la mañana y separar el armario un palmo de la pared. ¿Tiene calefacción en ese cuarto?"),
     c("Poca, hijo, que la luz está carísima. Y un deshumidificador de esos no me lo puedo permitir, eso ya lo miré.", "no_money"),
     t("No le hace falta de momento. Empiece con el antimoho y la ventilación, y si en dos semanas vuelve a salir, me lo dice y miramos un absorbedor de humedad de los de 8 euros."),
     c("Ay, qué bien. Pues me llevo el antimoho. ¿Esto cómo se echa?", None),
     t("Pulveriza, deja diez minutos y pasa una bayeta. Con guantes y la ventana abierta. Se lo apunto en el ticket."),
     c("Moitas grazas, filliño.", None)],
    [o,
     t("A ver, ¿para qué es exactamente? Rápido, que tengo cola. ¿Pared de fuera o de dentro?"),
     c("De fuera, la del norte, la esquina de arriba. Y los cristales por la mañana están chorreando.", None),
     t("Pues condensación, lo de siempre. ¿No ventila usted nunca o qué? Una pregunta: ¿qué espera conseguir, milagros?"),
     c("Ventilo lo que puedo, hijo, que en invierno hace frío y la calefacción con la pensión no la pongo.", None),
     t("Ya, ya. Pues llévese el deshumidificador, 189 euros, y se acabó el problema. ¿Algo más?"),
     c("¿Ciento ochenta y nueve? Yo eso no lo puedo pagar, hombre.", "no_money"),
     t("Entonces el antimoho, 6,50, y no me venga en dos semanas con que vuelve a salir, que ya le he dicho lo que hay. ¿Le he resuelto su necesidad?"),
     c("Me ha quitado las ganas de volver. Cóbreme eso y me voy.", None)]))

# 10 rude - operadora de fibra, Madrid (Carabanchel), chat
o = c("hola, llevo 3 dias sin internet en casa, en carabanchel. teletrabajo y estoy tirando de los datos del movil", None)
PAIRS.append(gpair(
    "esb10g_madrid_sininternet", "operadora de fibra y móvil (Madrid, Carabanchel)", "rude",
    "Clienta que teletrabaja lleva tres días sin fibra.",
    [o,
     t("Hola, siento el lío, y más teletrabajando. ¿Me confirmas el DNI del titular? ¿El router tiene alguna luz en rojo?"),
     c("la de internet parpadea en rojo, las otras verdes. ya lo he reiniciado mil veces", None),
     t("Gracias por probarlo. Hay una avería abierta en tu zona desde el lunes, en la caja de la calle; el técnico va mañana por la mañana. Mientras, te activo 50 GB extra en el móvil sin coste."),
     c("lo de los gigas si, gracias. pero mañana por la mañana tengo reuniones, no puedo estar pendiente de un tecnico", "no_time"),
     t("No hace falta: la avería es en la calle y no tiene que entrar en casa. Si después sigue sin ir, te llamo y buscamos hueco por la tarde. Y te descuento los días sin servicio en la próxima factura."),
     c("vale, eso ya es algo. me avisas cuando este arreglado?", None),
     t("Sí, te mando un SMS en cuanto el técnico cierre la avería. Tu número de incidencia es el 7734120."),
     c("ok gracias", None)],
    [o,
     t("Hola. ¿Has probado a reiniciar el router? Que el 90% de las consultas son eso."),
     c("si, mil veces. la luz de internet parpadea en rojo. llevo 3 dias asi", None),
     t("Pues hay una avería en tu zona, ya lo sabemos, no hace falta que nos escribáis todos 🙄 ¿Qué es lo que más te preocupa de tu experiencia con nosotros?"),
     c("que teletrabajo y voy con los datos del movil. quiero saber cuando se arregla y si me descontais estos dias", None),
     t("Cuando se arregle, se arreglará. Y el descuento, si lo quieres, pide la hoja de reclamaciones como todo el mundo. ¿Algo más o ya?"),
     c("que manera de tratar a un cliente. llevo 6 años con vosotros", None),
     t("Pues 6 años y todavía no sabes que las averías las arregla el técnico, no yo. ¿Cómo de satisfecha estás con la atención recibida?"),
     c("cero. dame el numero de la baja que me voy", None)]))

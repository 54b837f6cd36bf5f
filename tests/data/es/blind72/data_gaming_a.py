"""Gaming pairs, part A (written by hand for es_blind72, prefix esb72)."""
from common import c, gpair, t

# ---------------------------------------------------------------------------
# a01 monologue - Puerto Montt, proveedor de redes para salmoneras
_a01_open = c("Aló, buenas, habla Patricio Oyarzún, jefe del centro Quillaipe. Necesito cotizar mallas loberas, "
              "se nos metieron los lobos el jueves y nos rompieron dos jaulas.", None)

A01 = gpair(
    "esb72g_puertomontt_mallas_loberas",
    "Proveedor de redes para la salmonicultura, Puerto Montt",
    "monologue",
    "El jefe de un centro de cultivo de salmones del seno de Reloncaví llama a un proveedor de redes tras un ataque de lobos marinos.",
    [
        _a01_open,
        t("Buenas, don Patricio, habla Camila de Redes Sur. Uf, qué mala noticia. Antes de cotizar, cuénteme: "
          "¿cuántas jaulas tienen y de qué medida son? ¿Y las loberas que tienen ahora son de qué material?"),
        c("Son doce jaulas cuadradas de treinta por treinta. Las loberas que tenemos son de nylon, tienen como cuatro "
          "años ya, estaban medias pasadas. Los lobos las mordieron por abajo.", None),
        t("Ya, o sea que el daño fue por el fondo y la malla ya venía cansada. ¿Usted quiere reponer solo las dos "
          "jaulas dañadas o está pensando en cambiar las doce?"),
        c("Mire, a mí me gustaría cambiar todas, pero la plata la aprueba la gerencia y este año andan apretados. "
          "Las doce de una no me las aprueban ni a palos.", "no_money"),
        t("Entendible. Lo podemos hacer por etapas: primero las dos rotas, con poliéster de alta tenacidad, que es lo "
          "que mejor aguanta la mordida, y le armo una cotización aparte para las otras diez, con el detalle, para que "
          "la lleve a gerencia. ¿Para cuándo necesita las dos primeras?"),
        c("Para ayer, jaja. La cosecha de esas jaulas es en tres semanas y no quiero perder más pescado.", None),
        t("Entonces hagamos esto: mañana a primera hora le mando un técnico a medir, y las dos loberas se las tengo "
          "confeccionadas en diez días hábiles. Hoy antes de las seis le llegan las dos cotizaciones al correo. "
          "¿Le sirve que el técnico vaya en la lancha de las ocho?"),
        c("Sí, perfecto, lo espero en la rampa de Chaparano. Mándeme las cotizaciones no más.", None),
    ],
    [
        _a01_open,
        t("¡Don Patricio, qué bueno que nos llama! Mire, le cuento altiro: en Redes Sur tenemos más de veinte años de "
          "experiencia acompañando a la industria, trabajamos con las principales salmoneras de la región y nuestro foco "
          "es la relación de largo plazo con el cliente. Tenemos loberas de poliéster, de Dyneema, mallas peceras, "
          "pajareras, servicio de lavado e impregnación, y ahora último el sistema de cámaras submarinas, que es lo mejor que hay."),
        c("Ya, pero lo que yo necesito es...", None),
        t("Y déjeme contarle lo de las cámaras, porque esto le cambia la vida: usted ve desde la oficina en tiempo real si "
          "hay un lobo merodeando, le llega la alerta al celular y se ahorra las pérdidas. Y si toma el paquete completo, "
          "loberas para las doce jaulas, cámaras y contrato de mantención anual, le hacemos un descuento por volumen "
          "súper bueno. ¿Cómo lo ve? ¿Qué le parece?"),
        c("Oiga, yo le dije que tengo dos jaulas rotas, no le estoy pidiendo cámaras.", "no_need"),
        t("Claro, claro, lo entiendo perfectamente, y justamente por eso le hablo de una solución integral, porque si "
          "repone dos no más el lobo se va a ir a la más débil, eso lo hemos visto mil veces. Nosotros trabajamos con un "
          "enfoque de prevención, no de parche. Le agendo una presentación con nuestro gerente comercial para que vea "
          "todo el portafolio, ¿le acomoda el martes o el miércoles?"),
        c("Ando con la cosecha encima, señorita, no tengo tiempo pa presentaciones.", "no_time"),
        t("¡No se preocupe! La presentación dura una horita no más, y le cuento que además ahora tenemos financiamiento "
          "a doce meses, y el servicio de lavado de redes en nuestra planta de Chinquihue, que es de las más modernas del sur…"),
        c("Sabe qué, mándeme algo por correo y yo lo veo.", "brush_off"),
    ],
)

# ---------------------------------------------------------------------------
# a02 closing_as_open_question - Bariloche, cabañas
_a02_open = c("hola buenas! queria consultar por una cabaña para las vacaciones de invierno, somos 2 adultos y 3 nenes. "
              "tienen disponibilidad la segunda semana de julio?", None)

A02 = gpair(
    "esb72g_bariloche_cabana_invierno",
    "Complejo de cabañas, Bariloche",
    "closing_as_open_question",
    "Una madre de Neuquén escribe por WhatsApp a un complejo de cabañas de Bariloche para las vacaciones de invierno.",
    [
        _a02_open,
        t("Hola! Gracias por escribir 😊 Sí, para la segunda semana de julio todavía tenemos. Para recomendarte bien: "
          "¿cuántas noches pensaban quedarse y vienen en auto o en micro?"),
        c("vamos en auto desde neuquen, serian 6 noches. los chicos tienen 4, 7 y 11. la idea es ir al catedral algunos "
          "dias pero no todos porque el pase esta carisimo", None),
        t("Perfecto. Con auto y tres chicos te conviene una cabaña de 2 dormitorios con cocina completa, así cocinan y no "
          "gastan en restaurantes. Estamos a 10 minutos del Catedral, y los días que no suban tienen Colonia Suiza y el "
          "Circuito Chico cerca. ¿Te importa si tiene escalera? Lo pregunto por el de 4."),
        c("ah si mejor sin escalera, el mas chico se tira por todos lados jaja. y cuanto sale?", None),
        t("La de planta baja para 5 sale $180.000 la noche esa semana, o sea $1.080.000 las 6 noches. Se reserva con el "
          "30% y si cancelás hasta 30 días antes te devolvemos la seña completa. Si querés te la dejo bloqueada 48 horas "
          "sin seña, así lo charlás tranqui."),
        c("uf es bastante... dejame que lo hablo con mi marido y te confirmo", "think_it_over"),
        t("Dale, sin problema. Te la bloqueo hasta el jueves a las 20 y te mando fotos y cómo llegar. Si necesitan algo "
          "más económico también hay un monoambiente grande, aunque para cinco queda justo. Cualquier cosa me escribís."),
        c("genial, gracias! mañana te aviso", None),
    ],
    [
        _a02_open,
        t("Hola! Qué lindo que nos hayan elegido 😊 Contame, ¿qué haría falta para que dejes la reserva confirmada hoy mismo?"),
        c("jaja bueno primero saber el precio no? y si hay alguna sin escalera porque tengo un nene de 4", None),
        t("Obvio! Tenemos la de planta baja, $180.000 la noche. Decime, ¿preferís señar por transferencia o con tarjeta?"),
        c("para, todavia no te dije cuantas noches ni nada. y me parece caro, en booking vi cosas mas baratas por la zona", "too_expensive"),
        t("Entiendo lo que me decís. ¿Qué tendría que pasar para que esta cabaña sea la elegida por tu familia? Si "
          "confirmás ahora te dejo la seña en 20% en vez de 30%. ¿A nombre de quién hago la reserva?"),
        c("a nombre de nadie por ahora. lo tengo que hablar con mi marido", "think_it_over"),
        t("Perfecto! ¿Y cuándo te parece que van a poder confirmar, hoy a la noche o mañana temprano? Así te la guardo."),
        c("no se, cuando lo hablemos. gracias igual", "brush_off"),
    ],
)

# ---------------------------------------------------------------------------
# a03 pitch_as_paraphrase - Santiago, isapre
_a03_open = c("Hola, buenas tardes. Mire, me llegó la carta de que me suben el plan y la verdad ya estoy pagando como "
              "cuatro lucas más que mi siete por ciento, y con esto va a ser más todavía.", None)

A03 = gpair(
    "esb72g_santiago_isapre_alza_plan",
    "Isapre, sucursal telefónica, Santiago",
    "pitch_as_paraphrase",
    "Un profesor de 38 años llama a su isapre en Santiago porque le llegó la carta de alza del precio base de su plan.",
    [
        _a03_open,
        t("Buenas tardes, don Rodrigo. La carta de adecuación le llega a todos en esta época y es harto susto, lo entiendo. "
          "Para buscarle algo que le calce, ¿me cuenta quiénes están en el plan y dónde se atienden normalmente?"),
        c("Eh, somos yo y mi hija de seis años. Yo casi no voy al médico, la que va es ella, al pediatra en la clínica "
          "de Independencia, y una vez al año a la urgencia por algún resfrío.", None),
        t("Ya. Entonces lo que más usan es pediatra y urgencia infantil, y usted casi nada. Hay planes con prestador "
          "preferente en esa misma clínica que le quedarían bajo su siete por ciento; la diferencia es que si van a otra "
          "clínica les cubren menos. ¿Eso le complicaría?"),
        c("No, si siempre vamos a la misma, queda cerca de la casa. Pero oiga, ¿y si me cambio pierdo algo? Porque una "
          "vez me cambié de plan y me quedé sin cobertura de un examen por no sé qué carencia.", "bad_experience"),
        t("Qué bueno que lo dice. Dentro de la misma isapre no le aplican carencias nuevas ni a usted ni a su hija; lo "
          "que cambia es la red de clínicas. Le mando por correo su plan actual al lado de dos opciones, con lo que "
          "pagaría cada mes en pesos, ¿le parece?"),
        c("Ya, mándemelo. Lo veo con calma el fin de semana.", "think_it_over"),
        t("Perfecto, le llega hoy antes de las cinco. Tiene hasta fin de mes antes de que se aplique el alza, así que hay "
          "tiempo. ¿Le parece que lo llame el lunes para ver dudas? ¿A qué hora le acomoda?"),
        c("Después de las cuatro, que salgo del colegio.", None),
    ],
    [
        _a03_open,
        t("Buenas tardes, don Rodrigo, gracias por llamar. Cuénteme, ¿cómo ha sido su experiencia con nosotros?"),
        c("Bien, bien, el problema es la plata no más. Con el alza no me alcanza.", "no_money"),
        t("Ya, entonces lo que estoy escuchando es que usted valora mucho su salud y la de su familia y quiere una "
          "cobertura más completa; o sea, lo que necesita es nuestro plan Premium Libre Elección, con acceso a todas "
          "las clínicas. ¿Lo entendí bien?"),
        c("No, no. Yo quiero pagar menos, no más. Ese plan debe salir un ojo de la cara.", "too_expensive"),
        t("Claro, lo que usted me dice es que quiere el mejor valor por su plata, y justamente por eso el Premium es "
          "ideal: por solo 1,2 UF más tiene cobertura internacional y dental. Eso es lo que busca, ¿cierto?"),
        c("No po, no es eso. Mi hija va siempre a la misma clínica, para qué quiero cobertura internacional.", "no_need"),
        t("Perfecto, entonces para resumir: usted busca proteger a su hija con la mejor cobertura, así que lo que "
          "necesita es el Premium con el adicional dental. ¿Le mando el contrato para firmar digital?"),
        c("Sabe qué, no. Voy a cotizar en otra isapre y ahí veo.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------------------
# a04 upsell_as_loop_closing - Concepción, ferretería
_a04_open = c("Wena, jefe. Necesito diez planchas de zinc acanalado de 3,66 y tornillos autoperforantes pa madera, "
              "es pa un techo en Hualpén.", None)

A04 = gpair(
    "esb72g_concepcion_ferreteria_zinc",
    "Ferretería de barrio, Concepción",
    "upsell_as_loop_closing",
    "Un maestro techador compra materiales en una ferretería de Concepción para cambiar el techo de una casa antes de las lluvias.",
    [
        _a04_open,
        t("Buenas, maestro. Planchas de 3,66 tengo en 0,35 y en 0,4 de espesor. ¿El techo queda muy expuesto al viento? "
          "Porque cerca de la costa conviene la más gruesa."),
        c("Sí, es en un cerrito, le pega harto. Pero el cliente anda corto de plata, me pidió que le saliera lo más "
          "barato posible.", "no_money"),
        t("Ya. La diferencia es como mil doscientos por plancha, doce lucas en total. Con viento fuerte la delgada se "
          "levanta en los bordes, así que yo le pondría la de 0,4 aunque sea en la primera corrida. ¿Cuántos tornillos "
          "calcula? Para diez planchas le irían unos ciento cincuenta."),
        c("Ya, dame la de 0,4 en todas mejor, no quiero que me llamen en julio porque se voló el techo. Y tornillos "
          "dame doscientos, siempre se pierden.", None),
        t("Listo: diez de 0,4 y doscientos autoperforantes con golilla. ¿Tiene fieltro para abajo, y caballete? "
          "Pregunto pa que no tenga que volver mañana."),
        c("Caballete no había pensado, dame cuatro. El fieltro ya lo compró el caballero.", None),
        t("Cuatro caballetes. Le queda en ciento cuarenta y tres mil con IVA. ¿Se lo lleva o se lo mandamos? El despacho "
          "a Hualpén es gratis sobre cien lucas y llega mañana antes de las diez."),
        c("Despacho, mañana temprano. Boleta no más.", None),
    ],
    [
        _a04_open,
        t("Buenas, maestro, bienvenido. Diez planchas de 3,66 y autoperforantes, anotado. ¿Qué más le puedo agregar "
          "para que su experiencia de compra sea completa?"),
        c("Nada más, eso es lo que necesito.", "no_need"),
        t("Perfecto. Para cerrar bien el círculo: ¿ya tiene atornillador? Tenemos el inalámbrico de 20 volts en oferta "
          "con dos baterías, justo pa techos."),
        c("Tengo, jefe. Llevo veinte años techando.", "no_need"),
        t("Claro, claro. ¿Y qué más le sumamos para que no le falte nada? Arnés de seguridad, escalera telescópica, "
          "sellador de poliuretano… ¿qué más necesita para dejar la pega redondita?"),
        c("Oiga, ya le dije. ¿Me va a vender las planchas o no? Tengo la camioneta mal estacionada afuera.", "no_time"),
        t("Sí, al tiro. Una última cosita: ¿le agrego la garantía extendida del zinc por tres mil? Es para cerrar el "
          "ciclo de su compra con total tranquilidad."),
        c("No. Cóbreme lo que le pedí no más.", "no_need"),
    ],
)

# ---------------------------------------------------------------------------
# a05 leading_tag_questions - Neuquén, concesionaria de camionetas
_a05_open = c("Buenas, ¿qué tal? Ando mirando camionetas, una doble cabina. Laburo en Añelo, en el yacimiento, y la "
              "que tengo ya no da más.", None)

A05 = gpair(
    "esb72g_neuquen_camioneta_yacimiento",
    "Concesionaria de autos y camionetas, Neuquén capital",
    "leading_tag_questions",
    "Un operario de una empresa de servicios petroleros de Vaca Muerta entra a una concesionaria de Neuquén a mirar camionetas.",
    [
        _a05_open,
        t("Buenas, ¿cómo andás? Soy Maxi. Contame un poco: ¿la usás para ir al yacimiento todos los días o también para "
          "la familia? ¿Y cuántos kilómetros le hacés por semana, más o menos?"),
        c("Todos los días Neuquén–Añelo, ida y vuelta son como doscientos kilómetros. Y los findes la uso con mi señora "
          "y los pibes. La empresa no me pide 4x4, pero hay tramos de ripio que cuando llueve son un desastre.", None),
        t("Bien. Para tanta ruta y ripio de vez en cuando, una 4x2 con buen despeje te alcanza, y gastás menos en gasoil "
          "y en service que con una 4x4. ¿Tenés pensado un presupuesto, o la idea es financiar?"),
        c("Y… la idea era entregar la mía y financiar el resto. Pero con las tasas como están me da miedo engancharme en "
          "cuotas. A un compañero se le fueron a las nubes.", "bad_experience"),
        t("Te entiendo, es un miedo razonable. Tenemos planes en pesos a tasa fija, la cuota no cambia, y antes de "
          "firmar nada te muestro el total que terminás pagando. Si querés hoy te tasamos la tuya y te armo dos números, "
          "4x2 y 4x4, para que veas la diferencia real."),
        c("Dale, pero no firmo nada hoy, ¿eh? Lo tengo que hablar con mi señora.", "think_it_over"),
        t("Obvio, hoy no firmás nada. Te tasamos la tuya, te llevás los dos presupuestos impresos y si querés el sábado "
          "vienen los dos a probarla. ¿Te queda bien el sábado a la mañana?"),
        c("El sábado a las diez, dale.", None),
    ],
    [
        _a05_open,
        t("¡Buenas! Bienvenido. Vos vas a querer la 4x4 tope de gama, ¿no? Con lo que se gana en el yacimiento no te vas "
          "a conformar con menos, ¿no es cierto?"),
        c("Eh… no sé, la verdad la 4x4 no sé si la necesito. Es más que nada ruta.", "no_need"),
        t("Pero para el ripio de Añelo la 4x4 es fundamental, ¿o no? Y automática, porque doscientos kilómetros por día "
          "no los vas a hacer cambiando marchas, ¿verdad?"),
        c("Y, automática estaría bueno, sí. ¿Cuánto sale esa?", None),
        t("Está en cuarenta y dos palos. Pero vos sabés que una camioneta así es una inversión, ¿no? Y a tu familia la "
          "querés segura, ¿no es así?"),
        c("Sí, obvio, pero cuarenta y dos palos es una locura. Con esa plata me compro una usada con pocos kilómetros "
          "y me sobra.", "too_expensive"),
        t("Bueno, pero una usada no te da la garantía de fábrica, ¿cierto? Y vos no querés quedarte tirado en la ruta 7, "
          "¿no? ¿Te parece bien que arranquemos con los papeles de la financiación?"),
        c("No, pará. Dejá, voy a mirar en otro lado y después veo.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------------------
# a06 putdown_question - Temuco, estufa a pellet
_a06_open = c("Aló, buenas. Mire, yo compré una estufa a pellet con ustedes en abril y se me apaga sola, ya van tres "
              "noches que amanezco con la casa helada. Estoy aburrida ya.", None)

A06 = gpair(
    "esb72g_temuco_estufa_pellet_apaga",
    "Tienda de calefacción a pellet y leña, Temuco",
    "putdown_question",
    "Una jubilada de Temuco llama al servicio técnico de la tienda donde compró su estufa a pellet porque se apaga sola en la noche.",
    [
        _a06_open,
        t("Buenas tardes, señora. Lo siento mucho, con el frío que está haciendo tres noches así es harto. Para ayudarla, "
          "¿me puede decir el modelo, o lo que sale en la boleta? Y cuando se apaga, ¿aparece algo en la pantallita?"),
        c("Es la de ocho kilos… espere que busco… dice Austral 8. Y en la pantalla sale una E y un dos, creo.", None),
        t("Ya, E2. Ese código normalmente es que el fuego se ahoga, y lo más común es que el brasero se llenó de ceniza "
          "o que el pellet trae mucho polvo. ¿Cada cuánto le está limpiando el brasero? ¿Y qué pellet usa?"),
        c("El brasero lo limpio cada tanto, una vez a la semana será. Y el pellet lo compro en la feria, en sacos, que "
          "sale más barato que el de la tienda.", None),
        t("Eso nos da una pista. Con uso diario el brasero hay que vaciarlo todos los días, y algunos pellets de feria "
          "vienen húmedos y dejan más ceniza. Pero no le voy a decir que cambie de pellet sin ver la estufa, porque "
          "también puede ser el sensor. Le mando un técnico, ¿le sirve mañana en la mañana?"),
        c("¿Y me van a cobrar la visita? Porque la otra vez vino un técnico por la cocina a gas y me cobró veinte lucas "
          "por mirarla no más.", "bad_experience"),
        t("No, señora, la estufa está en garantía hasta abril; la visita, y el repuesto si es falla, no le cuestan nada. "
          "Esta noche vacíe el brasero antes de prenderla, y si se apaga igual me llama a este número. Mañana entre nueve "
          "y once pasa Jorge. ¿Me da la dirección?"),
        c("Ya, mijito, anote: Las Encinas 0455, Pueblo Nuevo.", None),
    ],
    [
        _a06_open,
        t("Buenas tardes, señora. Antes que todo, tranquila, no es para tanto. ¿Qué es exactamente lo que usted cree que "
          "le está pasando a la estufa?"),
        c("¿Cómo que no es para tanto? Llevo tres noches con la casa helada. Se apaga sola, ya le dije.", None),
        t("Ya, ya. ¿Y usted está segura de que la prende como dice el manual, o la prende como la de leña, como hacen "
          "muchas personas mayores?"),
        c("Oiga, yo la prendo con el botón, como me enseñó el joven que me la vendió. Tonta no soy.", None),
        t("Nadie ha dicho eso, señora. Pero cuénteme, ¿qué pellet le echa? No me diga que compra ese de saco de la "
          "feria, ¿o sí?"),
        c("Sí, de la feria, porque el de ustedes está carísimo. ¿Qué tiene?", "too_expensive"),
        t("Bueno, ahí está entonces. ¿Cómo espera que funcione una estufa de ese nivel con pellet de mala calidad? "
          "¿Le parece lógico? Le recomiendo el nuestro, sale cinco mil novecientos el saco."),
        c("Mire, yo lo que quiero es que me manden a alguien a revisarla, no que me traten como vieja lesa. Voy a ir "
          "al Sernac.", None),
    ],
)

# ---------------------------------------------------------------------------
# a07 not_my_department_or_read_the_terms - Valparaíso, internet por fibra
_a07_open = c("hola llevo 4 dias sin internet en el cerro alegre, trabajo desde la casa y ya perdi dos entregas. "
              "quiero saber cuando vuelve y que me descuenten estos dias", None)

A07 = gpair(
    "esb72g_valparaiso_fibra_corte",
    "Compañía de internet y telefonía, chat de atención, Valparaíso",
    "not_my_department_or_read_the_terms",
    "Un diseñador que trabaja desde su casa en el cerro Alegre escribe al chat de su compañía de internet tras cuatro días sin servicio.",
    [
        _a07_open,
        t("Hola Tomás, soy Valentina. Cuatro días sin internet trabajando desde la casa es un problemón, lo siento. Ya "
          "revisé tu dirección: hay un corte de fibra en el sector por un poste que se cayó en el temporal del sábado, y "
          "la cuadrilla está programada para el jueves. ¿Se te cortó de golpe o venía fallando desde antes?"),
        c("de golpe, el sabado en la noche. y nadie me aviso nada, me entere por un vecino. y el jueves es harto, tengo "
          "una reunion el miercoles", None),
        t("Tienes toda la razón con lo del aviso, debimos avisarte. Para el miércoles: si tu celular es con nosotros, te "
          "puedo activar 50 GB extra sin costo para que compartas internet desde el teléfono."),
        c("si es con ustedes, pero la señal aca en el cerro es malisima, no creo que me sirva de mucho", "no_need"),
        t("Puede ser, en algunas calles del cerro la 4G es débil. Te los dejo activados igual, por si acaso. Lo del "
          "descuento: corresponde por ley descontar los días sin servicio, yo misma dejo la solicitud ingresada ahora y "
          "sale en tu próxima boleta. Tu número de reclamo es 4471-209. ¿Quieres que te avise por SMS si la cuadrilla "
          "adelanta la visita?"),
        c("ya, avisame por sms. gracias, por lo menos alguien me responde", None),
    ],
    [
        _a07_open,
        t("Hola Tomás! Gracias por contactarnos, para nosotros tu experiencia es muy importante. ¿Me cuentas en qué te "
          "puedo ayudar hoy?"),
        c("lo que puse arriba. 4 dias sin internet, cuando vuelve y quiero el descuento", None),
        t("Entiendo. Los cortes masivos los ve el área técnica, yo estoy en atención comercial, así que no manejo "
          "información de la reparación. ¿Hay algo más en lo que te pueda ayudar?"),
        c("como que no manejas informacion?? y el descuento quien lo ve", None),
        t("El descuento lo ve facturación, no es mi área. Te sugiero leer tu contrato, la cláusula 12 habla de "
          "interrupciones del servicio y ahí sale todo. Yo no pongo las reglas, pero con gusto te acompaño en lo que necesites."),
        c("no me estas ayudando en nada. dame el numero de facturacion entonces", None),
        t("Facturación no tiene número directo, se hace por el formulario web. Antes de terminar, ¿cómo evaluarías la "
          "atención de hoy del 1 al 5?"),
        c("1. apenas vuelva la señal me cambio de compañia", None),
    ],
)

# ---------------------------------------------------------------------------
# a08 social_proof_or_deadline_pressure - Santiago, colegio particular
_a08_open = c("Hola, buenos días. Eh, vengo a preguntar por la admisión para cuarto básico. Mi hijo está en otro "
              "colegio y… no sé, no está muy contento allá.", None)

A08 = gpair(
    "esb72g_santiago_colegio_admision",
    "Colegio particular pagado, oficina de admisión, La Reina (Santiago)",
    "social_proof_or_deadline_pressure",
    "Una madre visita la oficina de admisión de un colegio particular en La Reina para ver un cupo de cuarto básico para su hijo de 9 años.",
    [
        _a08_open,
        t("Buenos días, bienvenida. Soy Francisca, de admisión, tome asiento. Cuénteme un poquito de su hijo: ¿cómo se "
          "llama y qué es lo que no le está gustando del colegio donde está?"),
        c("Se llama Benjamín. Es que es un curso de cuarenta y cinco niños y él es más tímido, como que se pierde. La "
          "profesora dice que es inteligente pero que no participa.", None),
        t("Ya. O sea, un curso muy grande donde Benja queda medio invisible. Acá los cursos son de veintiocho, y en "
          "lenguaje y matemática hay dos profesoras por sala hasta sexto. ¿Qué le gustaría a usted que cambiara para él?"),
        c("Que lo conozcan, que no sea un número. Pero le soy honesta, vi el arancel en la página y no sé si nos "
          "alcanza, son como trescientos cincuenta mensuales más la matrícula.", "no_money"),
        t("Se agradece la honestidad. Sí, son trescientos cuarenta y ocho mil en diez cuotas, más la matrícula. Hay un "
          "fondo de becas parciales, hasta un treinta por ciento, que se postula con antecedentes; no le puedo prometer "
          "que le toque, pero puede postular. ¿Le gustaría que Benjamín venga un día a clases de prueba antes de decidir nada?"),
        c("Eso me gustaría, sí. Igual tengo que conversarlo con su papá, estamos separados y el colegio lo pagamos a "
          "medias.", "think_it_over"),
        t("Claro. Le dejo las fechas de clase de prueba de este mes y el formulario de beca. La admisión cierra el "
          "treinta de septiembre, así que hay tiempo para que lo conversen. ¿Le mando la información a usted y al papá?"),
        c("Sí, a los dos. Le anoto los correos.", None),
    ],
    [
        _a08_open,
        t("Buenos días, bienvenida. Qué buena decisión venir, le cuento que este año la demanda ha sido impresionante. "
          "¿Qué es lo que más valora en la experiencia educativa de su hijo?"),
        c("Eh… que lo conozcan, supongo. Él es tímido y en su curso son cuarenta y cinco.", None),
        t("Perfecto. Mire, le soy honesta: para cuarto básico nos quedan solo dos cupos, y hay familias de Chicureo y "
          "Las Condes por confirmar. Todas las familias que vinieron esta semana ya matricularon. ¿Le gustaría asegurar "
          "el cupo de Benjamín hoy?"),
        c("¿Hoy? No, si recién estoy viendo. Ni siquiera lo conocen a él.", "think_it_over"),
        t("La entiendo perfectamente. Pero además la matrícula a valor congelado es solo hasta este viernes, después "
          "sube un quince por ciento, y la mayoría de los apoderados aprovecha. ¿Cómo le acomoda pagar la matrícula, "
          "cheque o transferencia?"),
        c("Mire, el arancel además lo encuentro carísimo para lo que he visto. Y tengo que hablarlo con el papá.", "too_expensive"),
        t("Claro, pero piense que nuestros exalumnos quedan todos en la Católica o en la Chile. Si lo deja pasar, el "
          "próximo año no va a haber cupo. ¿Le dejo el cupo reservado con el cincuenta por ciento de la matrícula?"),
        c("No, gracias. Déjeme el folleto no más.", "brush_off"),
    ],
)

# ---------------------------------------------------------------------------
# a09 keyword_stuffed - Centenario (Neuquén), seguro contra granizo
_a09_open = c("Buen día. Mire, soy Osvaldo Rivas, tengo doce hectáreas de pera y manzana en Centenario. El granizo de "
              "la semana pasada me dejó media chacra marcada y nunca tuve seguro. Quiero ver qué hay.", None)

A09 = gpair(
    "esb72g_centenario_seguro_granizo",
    "Aseguradora agrícola, oficina de Neuquén",
    "keyword_stuffed",
    "Un productor de peras y manzanas de Centenario va a una aseguradora agrícola después de que el granizo le arruinó parte de la cosecha.",
    [
        _a09_open,
        t("Buen día, don Osvaldo. Lamento lo del granizo, esa tormenta pegó fuerte en toda la zona. Para no venderle "
          "cualquier cosa, cuénteme: ¿tiene malla antigranizo en alguna parte? ¿Y qué porcentaje de fruta se le marcó?"),
        c("Malla no tengo, sale una fortuna. Y se me marcó como un cuarenta por ciento, la pera sobre todo. Eso ya va a "
          "industria, no a empaque.", None),
        t("Le aviso algo de entrada, para que no se lleve una sorpresa: el daño de este año ningún seguro lo cubre, "
          "porque ya ocurrió. Lo que sí podemos es asegurar la temporada que viene. ¿Usted le vende a un empaque o "
          "exporta directo? Eso cambia el valor que conviene asegurar."),
        c("Le vendo a un empaque de Cipolletti. Y la verdad, un vecino tuvo seguro hace unos años y cuando le cayó la "
          "piedra tardaron seis meses en pagarle, y le pagaron la mitad.", "bad_experience"),
        t("Eso pasa, no se lo voy a negar. Le muestro cómo se tasa acá: el perito va dentro de los diez días del evento, "
          "el porcentaje de daño queda en un acta que usted firma y se paga según eso. Le preparo una cotización por "
          "hectárea, pera y manzana por separado, con la franquicia bien clara. ¿La vemos ahora o se la mando?"),
        c("Mándemela, que la quiero mirar con mi hijo, que es el que lleva los números.", "think_it_over"),
        t("Perfecto. Se la mando hoy por WhatsApp, con un ejemplo de cuánto habría cobrado este año con un cuarenta por "
          "ciento de daño. Las pólizas para la temporada próxima se toman hasta fin de agosto. ¿Lo llamo en quince días?"),
        c("Sí, llámeme. Gracias por ser claro.", None),
    ],
    [
        _a09_open,
        t("Buen día, don Osvaldo. Primero quiero que sepa que entiendo perfectamente lo que siente, y que para nosotros "
          "su experiencia como productor es lo más importante. Estamos acá para acompañarlo en este proceso y construir "
          "juntos una relación de éxito."),
        c("Gracias… ¿y qué seguro tienen para el granizo?", None),
        t("Excelente pregunta. Lo que buscamos es entender sus necesidades en profundidad, porque cada productor es "
          "único y cada experiencia es única. Nuestra propuesta de valor está centrada en usted, en su tranquilidad y en "
          "su éxito a largo plazo. ¿Cómo se siente con respecto a la protección de su chacra?"),
        c("¿Y cómo me voy a sentir? Mal. Perdí media cosecha. Pero le pregunto concreto: ¿cuánto sale por hectárea?", None),
        t("Lo entiendo, y valoro mucho que comparta cómo se siente. El costo depende de sus necesidades, y lo importante "
          "es que usted sienta que la relación vale la pena; nuestros clientes dicen que tener un aliado es una "
          "experiencia invaluable. ¿Qué significa para usted el éxito en esta temporada?"),
        c("Mire, joven, yo vine a preguntar un precio. A mi vecino una aseguradora lo tuvo seis meses esperando, y "
          "también le hablaban lindo.", "bad_experience"),
        t("Entiendo perfectamente su experiencia y la de su vecino. Justamente por eso nuestra filosofía es la escucha "
          "activa y el acompañamiento. ¿Le parece si agendamos una reunión de descubrimiento de necesidades la semana que viene?"),
        c("No, deje. Si no me puede decir un número me voy a otra oficina.", None),
    ],
)

# ---------------------------------------------------------------------------
# a10 rude - Concepción, taller de automotora
_a10_open = c("Hola, buenas tardes, quería agendar la mantención del auto, creo que le toca la de los veinte mil, y de "
              "paso preguntar por un ruido que hace al frenar.", None)

A10 = gpair(
    "esb72g_concepcion_taller_mantencion",
    "Servicio técnico de automotora, Concepción",
    "rude",
    "Una enfermera de Talcahuano llama al taller de la automotora donde compró su auto para agendar la mantención y preguntar por un ruido en los frenos.",
    [
        _a10_open,
        t("Buenas tardes, con Sebastián del taller. Claro que sí. ¿Me da la patente para ver el historial? Y el ruido, "
          "¿es como un chirrido agudo o más bien un golpe?"),
        c("La patente es RT KL 42. Es como un chirrido, sobre todo en la mañana, cuando está húmedo. No sé si es grave.", None),
        t("Ya, aquí está: la de diez mil la hizo con nosotros en marzo. Un chirrido en la mañana con humedad muchas "
          "veces es óxido superficial en los discos y se quita solo al frenar un par de veces; si sigue durante el día "
          "pueden ser las pastillas. Lo revisamos en la mantención sin costo extra. ¿Qué días le acomodan?"),
        c("Uy, es que trabajo por turnos en el hospital, no puedo dejar el auto un día entero, no tengo cómo moverme.", "no_time"),
        t("Entiendo. La de veinte mil toma unas tres horas; si lo deja a las ocho se lo entregamos a las once. ¿Hay algún "
          "día que salga de turno de noche y pueda pasar directo?"),
        c("El jueves salgo a las ocho. ¿Y cuánto sale? Porque la otra vez me cobraron más de lo que me dijeron por "
          "teléfono.", "bad_experience"),
        t("Hace bien en preguntar. Sale ciento nueve mil novecientos con todo incluido. Si hay que cambiar pastillas la "
          "llamo antes y usted decide; no se hace nada sin su autorización. La dejo el jueves a las ocho y cuarto, "
          "¿le mando la confirmación por WhatsApp?"),
        c("Sí, por WhatsApp. Gracias, muy amable.", None),
    ],
    [
        _a10_open,
        t("Ya, a ver, ¿qué es exactamente lo que necesita? Dígame rápido, que tengo la línea llena."),
        c("Eh… la mantención de los veinte mil. Patente RT KL 42. Y el ruido es como un chirrido en las mañanas.", None),
        t("Mire, señora, si me va a describir ruidos por teléfono no vamos a llegar a ningún lado, para eso está el "
          "mecánico. ¿Qué día quiere venir? Tengo martes a las diez."),
        c("Es que trabajo por turnos, el martes no puedo. ¿No tiene algo más temprano?", "no_time"),
        t("Temprano quiere todo el mundo, señora. Para eso hay que agendar con un mes de anticipación, como hace la "
          "gente organizada. ¿Martes o no?"),
        c("¿Y cuánto sale? Porque la otra vez me cobraron más de lo que me habían dicho.", "bad_experience"),
        t("Sale lo que sale, no soy adivino. Bueno, ¿le puedo ayudar en algo más? Tengo otros clientes esperando."),
        c("No. Lo llevo a otro taller, qué manera de atender.", None),
    ],
)

PAIRS = [A01, A02, A03, A04, A05, A06, A07, A08, A09, A10]

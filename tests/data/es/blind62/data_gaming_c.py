"""Gaming pairs, part c (hand-written by esb62's writer)."""
from common import c, gpair, t

# c01 putdown_question ---------------------------------------------------------
_c01_open = c("Hola, buenas. Mira, es que mi niña, tiene cinco meses, tiene los mofletes y los bracitos rojos y como "
              "ásperos, y se rasca. No sé si darle alguna crema o qué.", None)

# c02 not_my_department_or_read_the_terms --------------------------------------
_c02_open = c("Hola, buenos días. A ver si me pueden ayudar. Terminé el grado en junio, pedí el título, y me han "
              "contratado en una empresa de Múnich, pero me piden un papel de que tengo el título, en inglés, y lo "
              "necesitan para el día 20.", None)

# c03 social_proof_or_deadline_pressure ----------------------------------------
_c03_open = c("Hola. Mira, yo tengo la fibra con vosotros, y en el cuarto donde teletrabajo va fatal, se me cortan las "
              "videollamadas. Y ya me están mirando raro en el curro.", None)

# c04 keyword_stuffed ----------------------------------------------------------
_c04_open = c("Buenos días. Venía a informarme por lo de la herencia de mi padre, que falleció en junio. Somos mi "
              "hermana y yo, y hay un piso en Santa Teresa y algo en el banco. No sabemos ni por dónde empezar.", None)

# c05 rude ---------------------------------------------------------------------
_c05_open = c("Buenos días, muchacha. Vengo a preguntar cuándo se va a pagar la uva, que estamos en febrero y no hemos "
              "visto un duro. Y otra cosa, que quería que me explicarais lo de la reestructuración del viñedo.", None)

# c06 ignored_customer ---------------------------------------------------------
_c06_open = c("Hola, buenas tardes. Llamé ayer. Vengo por mi madre, que tiene alzhéimer; bueno, todavía anda y habla, "
              "pero el otro día se salió de casa por la noche y la encontró la Guardia Civil en la carretera. Ya no "
              "puede estar sola.", None)

# c07 repeated_questions -------------------------------------------------------
_c07_open = c("Buenos días, llamo de Quesos Villalón, una quesería pequeña. Queremos empezar a mandar queso fresco a "
              "unas tiendas de Madrid, y la empresa que teníamos nos ha dejado tirados.", None)

# c08 wrong_paraphrase ---------------------------------------------------------
_c08_open = c("Buenas. A ver, que esta noche ceno en casa de unos amigos, hacen cordero al horno, y me toca llevar el "
              "vino. Yo de vino no tengo ni idea, eh, pero no quiero quedar fatal.", None)

# c09 pitch_to_upset -----------------------------------------------------------
_c09_open = c("Buenos días. Mire, estoy que no duermo. Ayer me llegó un mensaje de ustedes, del banco, diciendo que me "
              "habían bloqueado la cuenta, le di al enlace, puse las claves, y esta mañana me faltan dos mil trescientos "
              "euros. ¡Dos mil trescientos!", None)

# c10 blame --------------------------------------------------------------------
_c10_open = c("Buenas, mira, te llamo de la casa rural El Chaparral, en Los Yébenes. Llevamos tres días sin internet, ni "
              "una rayita, y el viernes me entran dos familias que vienen a teletrabajar. Estoy desesperada.", None)

PAIRS = [
    gpair(
        "esb62g_valladolid_farmacia_piel_bebe",
        "Farmacia en el barrio de La Rondilla (Valladolid)",
        "putdown_question",
        "Una madre primeriza entra en la farmacia porque su bebé de cinco meses tiene la piel de las mejillas y los "
        "brazos roja y áspera.",
        good=[
            _c01_open,
            t("Hola. A ver, cuéntame un poco más. ¿Desde cuándo lo tiene? ¿Lo ha visto la pediatra? ¿Y le estáis "
              "echando algo ahora?"),
            c("Hará dos semanas. La pediatra no, que la cita es el mes que viene. Le echo la crema de bebé que me "
              "regalaron en el hospital, pero nada, sigue igual. Bueno, igual peor.", None),
            t("Vale: dos semanas, mofletes y brazos, se rasca, y la crema del hospital no le hace nada. Suena a piel "
              "atópica, que en bebés es muy común, aunque eso lo tiene que decir la pediatra. ¿Cómo la bañáis, todos "
              "los días, con qué gel?"),
            c("Todos los días, con el gel de bebé del súper. Es que si no, no se duerme.", None),
            t("Entiendo, el baño la relaja. Se puede seguir bañando, pero cortito, con agua templada y un gel sin "
              "perfume, y al salir, con la piel aún húmeda, un emoliente para piel atópica. Este es el que más "
              "recomendamos: 14,90 el bote grande."),
            c("Uf, quince euros un bote de crema... y la otra ni le hizo nada. ¿No hay algo más barato?",
              "too_expensive"),
            t("Sí, esta de marca de farmacia tiene la misma base y son 8,50. Lo importante es echarla dos veces al día y "
              "en cantidad. Y yo pediría que os adelanten la cita: si hay heridas, supura o tiene fiebre, a urgencias de "
              "pediatría, ¿vale?"),
            c("Vale, pues la de 8,50 y el gel. Y mañana llamo al centro de salud a ver si me la adelantan.", None),
            t("Muy bien. Si quieres, vuelve en unos días y me cuentas cómo va."),
        ],
        gaming=[
            _c01_open,
            t("Hola. A ver, ¿y no se te ha ocurrido llevarla a la pediatra antes de venir aquí? ¿Qué le estás echando?"),
            c("La cita es el mes que viene, no me la dan antes. Le echo la crema que me regalaron en el hospital.", None),
            t("Ya. ¿Y la bañas todos los días con gel de supermercado, a que sí? ¿No sabes que eso a los bebés les "
              "destroza la piel?"),
            c("Pues... sí, la baño todos los días. Nadie me había dicho nada.", None),
            t("Es que es de manual. Bueno, ¿y qué esperas que te dé, una crema milagrosa? Llévate esta, que es la buena, "
              "14,90. ¿La vas a saber echar o te lo explico despacito?"),
            c("No hace falta que me hables así. Y quince euros por una crema, cuando la otra no le hizo nada...",
              "too_expensive"),
            t("Pues si te parece cara, ¿prefieres que la niña siga rascándose?"),
            c("Prefiero irme a otra farmacia donde me traten como a una persona. Adiós.", None),
        ],
    ),
    gpair(
        "esb62g_madrid_universidad_certificado_titulo",
        "Secretaría de una facultad de universidad pública (Ciudad Universitaria, Madrid)",
        "not_my_department_or_read_the_terms",
        "Un ingeniero recién graduado necesita un justificante del título en inglés para firmar un contrato en "
        "Alemania, y el plazo le vence en diez días.",
        good=[
            _c02_open,
            t("Buenos días. Vamos a verlo. ¿Me dices tu DNI? ¿Y las tasas del título las pagaste ya?"),
            c("Sí, en julio. Te apunto el DNI aquí. Es que la empresa me dice que sin eso no me hacen el contrato.", None),
            t("Vale, ya te veo: tasas pagadas en julio. El título físico tarda meses todavía, pero lo que necesitas es el "
              "certificado supletorio, que tiene la misma validez y lo sacamos aquí. Y en inglés está el Suplemento "
              "Europeo al Título, que viene en los dos idiomas. ¿Eso le valdría a la empresa?"),
            c("Creo que sí, me pedían \"proof of degree\". ¿Y cuánto tarda? Porque si son semanas no llego.", None),
            t("El supletorio te lo dejo pedido hoy y suele estar en tres o cuatro días. El Suplemento tarda más, unas "
              "dos semanas, y no te lo puedo prometer antes del 20. Te propongo esto: mandas a la empresa el supletorio "
              "y un correo nuestro confirmando que el Suplemento está en trámite. ¿Te lo redacto yo?"),
            c("Sí, por favor, eso me salva. ¿El supletorio se paga aparte?", None),
            t("No, va incluido en las tasas que pagaste. Lo pido ahora y te escribo en cuanto esté firmado, con el "
              "correo para la empresa."),
            c("Genial, muchas gracias, de verdad.", None),
        ],
        gaming=[
            _c02_open,
            t("Buenos días. Entiendo tu preocupación. ¿El título lo pediste por sede electrónica?"),
            c("Sí, pagué las tasas en julio. Pero es que la empresa necesita algo en inglés para el día 20.", None),
            t("Ya, pero lo de los documentos en inglés no es de esta secretaría. Eso es cosa de Relaciones "
              "Internacionales, en el edificio de enfrente."),
            c("Es que en Relaciones Internacionales ya he estado y me han mandado aquí.", None),
            t("Pues yo ahí no te sé decir. Los plazos del título están en la normativa, que está colgada en la web: "
              "entre seis meses y un año. Yo no pongo los plazos."),
            c("No quiero el título físico, quiero saber si hay algún certificado provisional o algo, lo que sea.", None),
            t("Todo eso viene en la normativa, léetela con calma, que está todo explicado. ¿Te puedo ayudar en algo más?"),
            c("En algo más no, porque en esto tampoco me has ayudado. Quiero poner una queja. ¿Dónde es, o tampoco es "
              "aquí?", None),
        ],
    ),
    gpair(
        "esb62g_madrid_telefonia_wifi_teletrabajo",
        "Tienda de una operadora de telefonía en Usera (Madrid)",
        "social_proof_or_deadline_pressure",
        "Una mujer que teletrabaja entra en la tienda de su operadora porque en su cuarto de trabajo se le cortan las "
        "videollamadas.",
        good=[
            _c03_open,
            t("Hola. Vaya, con videollamadas de trabajo eso es un problema. ¿Qué velocidad tienes contratada? ¿Y el "
              "router dónde está, en el mismo cuarto o lejos?"),
            c("Tengo 300 megas. El router está en el salón, al lado de la tele, y yo trabajo en el cuarto del fondo, "
              "con dos paredes en medio.", None),
            t("Vale, 300 megas y dos paredes entre el router y tu mesa. Casi seguro que no es la fibra, es el wifi que no "
              "llega. ¿Has probado a hacer una llamada desde el salón, al lado del router?"),
            c("Pues en el salón va perfecto, sí. Ahora que lo dices.", None),
            t("Entonces no te hace falta subir de velocidad. Tienes dos opciones: un amplificador mesh en el pasillo, 4 "
              "euros al mes alquilado o 69 comprado; o un cable de red por el rodapié, que son quince euros."),
            c("Lo del cable ni de broma, que vivo de alquiler. Lo del amplificador... ¿cuatro euros al mes para "
              "siempre? Déjame pensar si lo compro o lo alquilo.", "think_it_over"),
            t("Claro. Comprado te sale mejor a partir del año y medio. Si quieres, te presto uno de prueba una semana y "
              "ves si las llamadas van bien antes de decidir nada."),
            c("¿En serio? Pues eso sí, dámelo y te digo.", None),
            t("Te lo doy ahora. Si el viernes no te va bien, vuelves y buscamos otra cosa."),
        ],
        gaming=[
            _c03_open,
            t("Hola. Entiendo perfectamente. Mira, ¿sabes lo que están haciendo tus vecinos de Marcelo Usera? Pasarse "
              "a la fibra de 1 giga. En tu portal ya lo tienen seis."),
            c("Bueno, a mí lo de los vecinos... yo lo que quiero es que no se me corten las videollamadas en el cuarto.",
              None),
            t("Claro, y eso lo soluciona el giga. Además, hoy tengo una promo que solo dura hasta las ocho: 1 giga más "
              "una segunda línea móvil por solo quince euros más al mes. Mañana ya son veinticinco."),
            c("¿Quince más? Si ya pago cincuenta y dos. Y yo creo que el problema es que el router está lejos, no la "
              "velocidad.", "too_expensive"),
            t("Puede, pero la mayoría de los que teletrabajan en el barrio ya se han pasado y ninguno se ha quejado. ¿De "
              "verdad quieres ser la única con las llamadas cortándose? La promo se acaba hoy."),
            c("Pues igual sí, porque ciento ochenta euros más al año no me los gasto así a lo loco. Lo tengo que "
              "hablar con mi pareja, que pagamos a medias.", "think_it_over"),
            t("Te entiendo, pero mañana ya no te lo puedo dejar así. ¿Lo firmamos y, si tu pareja dice que no, ya lo "
              "miramos?"),
            c("No, gracias. Me busco un amplificador de esos por internet y ya está.", "no_need"),
        ],
    ),
    gpair(
        "esb62g_toledo_gestoria_herencia_piso",
        "Gestoría administrativa en la calle Comercio (Toledo)",
        "keyword_stuffed",
        "Un hombre de unos cincuenta años va a una gestoría porque su padre murió hace cuatro meses y tiene que hacer "
        "la herencia del piso con su hermana.",
        good=[
            _c04_open,
            t("Buenos días. Siento lo de su padre. Vamos por partes. ¿Su padre hizo testamento? ¿Y vive su madre?"),
            c("Testamento sí, ante notario aquí en Toledo. Mi madre murió hace años. Nos deja todo a medias a los dos.",
              None),
            t("Vale: testamento, sin viuda, mitad y mitad. Eso lo simplifica. Una cosa importante: el impuesto de "
              "sucesiones hay que presentarlo en seis meses desde el fallecimiento, o sea, antes de diciembre. ¿Están "
              "de acuerdo los dos en qué hacer con el piso, quedárselo o venderlo?"),
            c("Venderlo, seguramente. Mi hermana vive en Madrid y yo ya tengo mi casa. Pero ¿cuánto nos va a costar "
              "todo esto? Que me han dicho que la plusvalía es una barbaridad.", None),
            t("Le explico: sucesiones, entre hijos y en Castilla-La Mancha, con las bonificaciones, probablemente salga "
              "muy poco o nada. La plusvalía municipal sí hay que pagarla, y depende de los años que lo tuviera su padre "
              "y del valor del suelo; se la calculo con el recibo del IBI. Nuestros honorarios por la herencia completa "
              "son 650 más IVA; notario y registro van aparte."),
            c("Seiscientos cincuenta... Lo tengo que hablar con mi hermana, que esto lo pagamos a medias.",
              "think_it_over"),
            t("Por supuesto. Le doy por escrito la lista de papeles que necesitamos y el presupuesto desglosado, para que "
              "se lo mande. Y ojo con el plazo de diciembre, que ahí no conviene dormirse."),
            c("Vale, gracias. Se lo mando esta tarde y la llamo la semana que viene.", None),
        ],
        gaming=[
            _c04_open,
            t("Buenos días. Ante todo, entiendo perfectamente cómo se siente, y quiero que sepa que nuestra relación "
              "con cada cliente se basa en la escucha y en entender sus necesidades. ¿Cómo se siente usted con todo "
              "este proceso?"),
            c("Pues perdido, por eso vengo. ¿Qué papeles hacen falta y cuánto cuesta?", None),
            t("Es totalmente comprensible sentirse así. Nuestra experiencia nos dice que cada herencia es única, y por "
              "eso acompañamos a cada familia en su camino hacia una solución de éxito, entendiendo sus necesidades "
              "emocionales y patrimoniales."),
            c("Ya. Pero ¿hay algún plazo? Que me han dicho algo de seis meses.", None),
            t("Qué buena pregunta. Los plazos forman parte de la experiencia, y lo importante es que usted se sienta "
              "escuchado y acompañado en todo momento. ¿Qué necesita para sentirse tranquilo?"),
            c("Necesito que me diga cuánto cobran y qué tengo que traer. Nada más.", None),
            t("Le entiendo perfectamente. Nuestra propuesta de valor es una relación de confianza a largo plazo, con un "
              "servicio integral de acompañamiento. ¿Siente que hemos conectado con su necesidad?"),
            c("Pues no mucho. Mire, ya preguntaré en otra gestoría, que tengo el coche en zona azul.", "brush_off"),
        ],
    ),
    gpair(
        "esb62g_albacete_cooperativa_vino_liquidacion",
        "Cooperativa vinícola de Villarrobledo (Albacete)",
        "rude",
        "Un socio mayor va a la oficina de la cooperativa a preguntar cuándo cobrará la uva de la vendimia y si le "
        "conviene arrancar airén para plantar tempranillo.",
        good=[
            _c05_open,
            t("Buenos días, Gregorio. Lo de la uva: el consejo rector aprobó el primer pago para el 15 de marzo, el 40 %. "
              "Sé que se está haciendo largo; este año el vino se ha vendido más tarde. ¿Le corre prisa por algo?"),
            c("Pues hombre, que tengo que pagar la poda y los jornales. No me llega hasta marzo.", None),
            t("Entiendo. Hay una opción: un anticipo a cuenta con la Caja Rural al 2 %, que luego se descuenta de la "
              "liquidación. ¿Quiere que se lo mire?"),
            c("Préstamos no, que ya tuve uno con el banco y me comieron los intereses.", "bad_experience"),
            t("Lo entiendo, no es obligatorio; se lo dejo dicho por si acaso. Lo de la reestructuración: ¿qué quiere "
              "hacer, cuántas hectáreas de airén tiene?"),
            c("Seis hectáreas, en vaso, viejas. Mi hijo dice que el tempranillo se paga mejor, pero yo ya tengo setenta "
              "años...", None),
            t("Se paga mejor, es verdad, pero la viña nueva tarda tres o cuatro años en dar uva. La ayuda cubre buena "
              "parte del arranque y la plantación, y el plazo se abre en abril. Si quiere, le pido que el técnico vaya a "
              "la finca con usted y con su hijo y les haga los números."),
            c("Eso sí, que venga el técnico y que lo vea mi hijo, que al final es el que va a tirar de esto.", None),
            t("Se lo apunto para la primera semana de abril y le llamo para concretar el día."),
            c("Vale, pero el lunes no, que los lunes llevo a mi mujer a diálisis a Albacete y no estoy en todo el día.",
              "no_time"),
        ],
        gaming=[
            _c05_open,
            t("Buenos días. La uva se paga cuando se paga, Gregorio, como todos los años. ¿Algo más?"),
            c("Hombre, es que tengo que pagar la poda y los jornales. Alguna fecha sabréis.", None),
            t("Pues el 15 de marzo, que está puesto en el tablón. ¿No lo ha leído, o es que no se lee los tablones?"),
            c("No me he fijado, no. ¿Y lo de la reestructuración?", None),
            t("Mire, con setenta años, ¿para qué va a arrancar la viña ahora? Que lo haga su hijo, si acaso."),
            c("Eso lo decidiré yo, ¿no? Por eso pregunto.", None),
            t("Bueno, pues ahí tiene los papeles de la ayuda, son cuarenta páginas. Se los lee y, si no entiende algo, "
              "vuelve otro día, que hoy estoy liada."),
            c("Muy bien, pues ya me atenderá el gerente cuando pueda, que contigo no hay quien hable.", None),
        ],
    ),
    gpair(
        "esb62g_salamanca_residencia_madre_alzheimer",
        "Residencia de mayores privada en Santa Marta de Tormes (Salamanca)",
        "ignored_customer",
        "Una mujer visita una residencia porque su madre, con alzhéimer moderado, ya no puede vivir sola y a veces se "
        "sale de casa.",
        good=[
            _c06_open,
            t("Buenas tardes. Qué susto, lo siento mucho. Siéntese. Antes de enseñarle nada, cuénteme: ¿cómo es su madre "
              "en el día a día, qué hace sola y en qué necesita ayuda?"),
            c("Se viste sola, come sola, pero se le olvida si ha comido. Y por las tardes se pone nerviosa, dice que se "
              "quiere ir a su casa, al pueblo. Eso es lo que me da miedo, que se escape.", None),
            t("Vale. Se vale bastante por sí misma, pero por la tarde se agita y quiere irse, y usted lo que necesita es "
              "que esté segura sin tenerla atada ni encerrada en un cuarto. ¿Es así?"),
            c("Eso. Que no la aten, por Dios. Y que no esté todo el día delante de la tele.", None),
            t("Tenemos una unidad para personas con demencia que caminan: las puertas de fuera van con código, pero "
              "dentro hay un jardín cerrado por donde puede pasear cuando se pone nerviosa, y no usamos sujeciones. Por "
              "las tardes hay taller de memoria y huerto. ¿Quiere verlo ahora?"),
            c("Sí. ¿Y el precio? Porque con su pensión y lo que pongamos mis hermanos... no sé yo si llegamos.",
              "no_money"),
            t("En habitación compartida son 1.850 al mes. Puede pedir también la prestación vinculada de la Junta por su "
              "grado de dependencia, que ayuda bastante; le explico cómo. Y nada de firmar hoy: véalo, háblelo con sus "
              "hermanos, y si quiere, su madre puede venir un día a probar el centro de día."),
            c("Eso del día de prueba me parece muy bien. Lo hablo con mis hermanos y te llamo.", "think_it_over"),
        ],
        gaming=[
            _c06_open,
            t("Buenas tardes. Entiendo. Cuénteme, ¿qué es lo más importante para usted en una residencia?"),
            c("Que esté segura, que no se escape, porque se pone nerviosa por las tardes. Y que no la aten, eso sobre "
              "todo.", None),
            t("Perfecto. Mire, le enseño nuestra habitación individual premium, con baño adaptado, televisión de 43 "
              "pulgadas y vistas al Tormes."),
            c("Ya, pero la tele le da igual. ¿Por dónde pasea cuando se pone nerviosa? ¿Las puertas cómo son?", None),
            t("Las individuales son las más demandadas. ¿Su madre prefiere cama de 90 o de 105?"),
            c("No lo sé. ¿Me puede contestar a lo de si se puede escapar? Y a lo de las sujeciones.", None),
            t("Claro. La individual premium son 2.600 al mes, y ahora con la matrícula gratis. ¿Qué le ha parecido?"),
            c("Dos mil seiscientos no los podemos pagar entre tres hermanos y una pensión de setecientos euros. Y sigue "
              "sin contestarme.", "no_money"),
            t("Le dejo el folleto, ahí viene todo. ¿Tiene alguna otra duda?"),
            c("Todas las que le he dicho. Me voy a ver la de Carbajosa, gracias.", None),
        ],
    ),
    gpair(
        "esb62g_valladolid_transporte_frio_queseria",
        "Empresa de transporte refrigerado con base en Valladolid (clientes de empresa)",
        "repeated_questions",
        "La gerente de una quesería pequeña de Villalón de Campos llama a una empresa de transporte para mandar queso "
        "fresco a cuatro tiendas de Madrid dos veces por semana.",
        good=[
            _c07_open,
            t("Buenos días. Cuénteme: ¿cuánto mandaríais, cada cuánto y a cuántos puntos de entrega en Madrid?"),
            c("Dos veces por semana, martes y viernes. Unos ochenta kilos cada vez, en cajas, a cuatro tiendas: dos en "
              "Chamberí, una en La Latina y otra en Pozuelo.", None),
            t("Ochenta kilos, martes y viernes, cuatro entregas, y queso fresco, así que entre dos y seis grados. ¿Qué os "
              "pasó con la empresa de antes? Para no repetirlo."),
            c("Pues que un día el camión llegó a las tres a una tienda que cierra a las dos, se volvió con el queso y lo "
              "tuvimos que tirar. Cuatrocientos euros a la basura, y no nos lo pagaron. Así que ahora voy con pies de "
              "plomo.", "bad_experience"),
            t("Entiendo. Nosotros tenemos ruta fija a Madrid esos días, saliendo de Valladolid a las cinco, y las tiendas "
              "con horario de mañana van las primeras. Si se estropea mercancía por culpa nuestra, el seguro la cubre, "
              "y se lo pongo por escrito."),
            c("Vale. ¿Y cuánto es, más o menos? Que nosotros somos pequeños.", None),
            t("Con ese volumen, unos 95 euros por viaje con las cuatro entregas. Le mando la propuesta con el horario de "
              "cada tienda, y si quiere empezamos con dos semanas de prueba."),
            c("Noventa y cinco... con la otra pagábamos setenta y algo. Me parece mucho para ochenta kilos.",
              "too_expensive"),
            t("Es más, sí; la diferencia es el frío controlado hasta la puerta y el seguro. Le pongo en la propuesta "
              "también la opción de juntar las dos tiendas de Chamberí en una parada, que baja a 85. Lo mira con "
              "calma y me dice."),
            c("Vale, mándemela. Pero no le digo nada hasta hablarlo con mi socio, que las cuentas las lleva él.",
              "think_it_over"),
        ],
        gaming=[
            _c07_open,
            t("Buenos días. Genial, cuénteme, ¿qué volumen de mercancía moveríais?"),
            c("Unos ochenta kilos, dos veces por semana, martes y viernes, a cuatro tiendas de Madrid.", None),
            t("Perfecto. ¿Y cuántos kilos, más o menos, serían por envío?"),
            c("Ochenta, le acabo de decir. Queso fresco, tiene que ir en frío.", None),
            t("Entendido. Para dimensionarlo bien: ¿qué carga aproximada tendría cada viaje?"),
            c("Pues la misma, ochenta kilos. Oiga, ¿y a qué hora llegarían? Que con la empresa de antes llegaron tarde, "
              "tuvimos que tirar el queso y ahora me da mucho miedo.", "bad_experience"),
            t("Claro. Y dígame, ¿cuántas cajas o palés serían por envío, aproximadamente?"),
            c("Mire, no sé si me está escuchando. Ya busco otra empresa, que tengo la producción esperando.", None),
        ],
    ),
    gpair(
        "esb62g_madrid_vinoteca_cena_cordero",
        "Vinoteca de barrio en Lavapiés (Madrid)",
        "wrong_paraphrase",
        "Un chico entra en una vinoteca a comprar vino para una cena en casa de unos amigos; van a hacer cordero y él "
        "va justo de dinero.",
        good=[
            _c08_open,
            t("Buenas. Pues para eso estamos. ¿Cuántos sois y cuántas botellas quieres llevar? ¿Y más o menos cuánto te "
              "quieres gastar por botella?"),
            c("Somos seis. Dos botellas, digo yo. Y pues... unos quince euros cada una como mucho, que ando a final de "
              "mes.", None),
            t("Seis personas, dos botellas, hasta quince cada una. ¿Sabes qué suelen beber ellos? ¿Son de Rioja, de "
              "Ribera, o les da igual?"),
            c("El que invita es de Valladolid, así que Ribera, seguro. Lo que no sé es si llevarle un Ribera a uno de "
              "Valladolid es buena idea, igual se ríe de mí.", None),
            t("Ja, ja, es un riesgo. Te propongo esto: un Ribera de una bodega pequeña que seguro que no conoce, 13,50, y "
              "para variar, una garnacha de Gredos, de aquí de Madrid, 11,90, que con cordero va muy bien. Así llevas "
              "algo que él no ha probado."),
            c("Me mola lo del vino de Madrid, que le voy a picar con eso. Y son veinticinco y poco, perfecto.", None),
            t("Pues las dos. Si quieres, te las pongo en una bolsa con una nota de qué es cada una, por si te preguntan y "
              "no te acuerdas."),
            c("Sí, porfa, que si no me lían.", None),
        ],
        gaming=[
            _c08_open,
            t("Buenas. ¡Qué planazo! Cuéntame, ¿qué experiencia quieres que vivan tus amigos esta noche?"),
            c("Pues que esté bueno y no quedar fatal. Somos seis, cordero al horno. Y como mucho quince euros por "
              "botella.", None),
            t("Perfecto, déjame ver si te he entendido: buscas un gran reserva para regalar al anfitrión, algo especial, "
              "sobre los cuarenta euros, ¿verdad?"),
            c("No, no, de regalo no. Es para bebérnoslo en la cena. Y he dicho quince, eh.", None),
            t("Vale, entonces lo que me dices es que quieres impresionar, así que un Rioja de alta expresión, que es lo "
              "que piden los que saben. Este de 32 es perfecto, ¿sí?"),
            c("Que no quiero impresionar a nadie, tío, que no me puedo gastar treinta y dos pavos en una botella.",
              "no_money"),
            t("Entendido. Lo que estoy escuchando es que para ti lo importante es la calidad por encima del precio. Te "
              "pongo dos de estas, 64 en total."),
            c("Lo que estás escuchando no es lo que te digo. Paso, me pillo dos en el súper y listo.", None),
        ],
    ),
    gpair(
        "esb62g_albacete_banco_estafa_sms",
        "Oficina de una caja rural en el barrio de Franciscanos (Albacete)",
        "pitch_to_upset",
        "Un hombre de unos sesenta años llega alterado a su oficina: un SMS falso le sacó las claves y le han quitado "
        "2.300 euros.",
        good=[
            _c09_open,
            t("Buenos días, siéntese, por favor. Lo primero: vamos a bloquear ahora mismo el acceso y la tarjeta, para "
              "que no pueda salir nada más. ¿Me deja el DNI?"),
            c("Tome. Es que eran los ahorros para operar de la rodilla a mi mujer en la privada, que en la pública nos "
              "daban un año.", None),
            t("Ya está todo bloqueado, no puede salir ni un euro más. Veo los movimientos: dos transferencias, de 1.500 "
              "y 800, a otro banco, ayer a las diez y diez de la noche. ¿Le llegó algún código que diera a alguien?"),
            c("Me llegó un código y me llamó uno diciendo que era de seguridad del banco, y se lo di. Soy tonto, soy "
              "tonto.", None),
            t("No es usted tonto: estas bandas engañan a muchísima gente, y muy bien. Vamos a hacer tres cosas: pido ya "
              "la retrocesión de las transferencias, que a veces se llega a tiempo; le preparo un papel con los datos "
              "para la denuncia; y abrimos reclamación formal. No le puedo prometer que recupere el dinero, pero lo "
              "vamos a intentar todo."),
            c("¿Y la denuncia dónde la pongo? ¿Tiene que ser hoy?", None),
            t("En la comisaría o por internet y luego va a firmarla. Mejor hoy. Yo le llamo mañana a las doce para "
              "decirle qué ha contestado el otro banco."),
            c("Vale. Gracias, de verdad, que venía con el corazón en la boca.", None),
        ],
        gaming=[
            _c09_open,
            t("Buenos días. Entiendo perfectamente cómo se siente, es una situación muy frustrante. Cuénteme, ¿tenía "
              "usted contratado nuestro Seguro Protección Tarjetas?"),
            c("¿Seguro? ¡Yo qué sé! Que me han quitado dos mil trescientos euros, que eran para la operación de mi "
              "mujer.", None),
            t("Claro, y justo por eso le interesa nuestra Cuenta Plus Seguridad: seguro contra fraude hasta 3.000 euros, "
              "alertas por SMS y gestor personal, por solo 8 euros al mes. Si la hubiera tenido ayer, ahora estaría "
              "cubierto."),
            c("¿Me está vendiendo algo? ¡Que me han robado! ¿Me van a devolver el dinero o no?", None),
            t("Eso ya lo verá el departamento de fraude. Pero piense que le puede volver a pasar. ¿Qué le parece si se la "
              "dejo contratada hoy y así se queda tranquilo?"),
            c("Lo que me parece es que ocho euros al mes no se los pago a un banco que ha dejado que me roben. Después de "
              "esto, no quiero nada más de ustedes.", "bad_experience"),
            t("Bueno, le dejo el folleto por si cambia de opinión. ¿Algo más?"),
            c("¿Algo más? ¡Que me bloqueen la cuenta, que todavía no lo ha hecho nadie! Quiero hablar con el director.",
              None),
        ],
    ),
    gpair(
        "esb62g_toledo_internet_rural_tormenta",
        "Proveedor local de internet por radioenlace en los Montes de Toledo (Los Yébenes)",
        "blame",
        "La dueña de una casa rural de Los Yébenes llama porque lleva tres días sin internet desde una tormenta y el "
        "viernes llegan huéspedes que teletrabajan.",
        good=[
            _c10_open,
            t("Buenas. Vaya, tres días y con clientes el viernes, entiendo el agobio. Vamos a ver. ¿La luz del aparato "
              "de la antena, el que está en la pared, está encendida? ¿Y pasó algo hace tres días, tormenta, corte de "
              "luz?"),
            c("El martes hubo tormenta por la tarde, sí. La lucecita está encendida pero en naranja; antes estaba "
              "verde.", None),
            t("Vale: desde la tormenta del martes, luz naranja en vez de verde. Eso suele ser que la antena se ha movido "
              "o que le ha afectado el rayo. Por teléfono no se arregla, hay que subir al tejado. ¿Mañana por la mañana "
              "hay alguien en la casa?"),
            c("Yo estoy todo el día. Pero ¿eso me lo vais a cobrar? Que el año pasado, con la otra compañía, me cobraron "
              "ochenta euros por una visita y no arreglaron nada.", "bad_experience"),
            t("Si es la antena o la orientación, entra en el mantenimiento y no se cobra. Solo si hubiera que cambiar el "
              "aparato por el rayo sería la pieza, unos 60, y se lo diría antes de cambiarla. Y le descuento los días "
              "sin servicio en la factura."),
            c("Vale, me parece justo. ¿A qué hora vendría el técnico?", None),
            t("Mañana entre las nueve y las once; se llama Rubén y la llama al salir de Orgaz. Si por lo que sea no "
              "queda arreglado, le dejamos un router 4G de préstamo para el fin de semana."),
            c("Ay, qué alivio. Muchas gracias.", None),
        ],
        gaming=[
            _c10_open,
            t("Buenas. Entiendo su frustración. Dígame, ¿ha desenchufado usted el aparato de la antena en los últimos "
              "días?"),
            c("Pues lo desenchufé y lo volví a enchufar, sí, como me dijisteis la otra vez. Pero nada.", None),
            t("Ya. Es que muchas veces el problema viene de que los clientes tocan los cables o mueven la antena. ¿Está "
              "segura de que no ha subido nadie al tejado?"),
            c("¿Al tejado? Nadie. Hubo una tormenta el martes, eso sí.", None),
            t("Pues ahí lo tiene. Si no tiene protector de sobretensiones, eso es responsabilidad del cliente. Se lo "
              "dijimos en la instalación."),
            c("A mí nadie me dijo nada de ningún protector. Yo lo que necesito es internet para el viernes.", None),
            t("Le mando un técnico, pero la visita son 70 euros, porque el daño viene de su instalación eléctrica. ¿Le "
              "parece bien?"),
            c("¿Setenta euros porque cayó un rayo? Eso no lo pago ni loca. Me paso a la otra compañía, que me llevan "
              "llamando dos meses y me lo dejan más barato.", "too_expensive"),
        ],
    ),
]

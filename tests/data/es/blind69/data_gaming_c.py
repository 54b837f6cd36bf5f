"""Gaming pairs c01-c10 of es_blind69 (written by hand)."""
from common import c, gpair, t

PAIRS = [
    gpair(
        "esb69g_godoycruz_instituto_ingles",
        "English institute for children and teenagers, Godoy Cruz (Mendoza)",
        "putdown_question",
        "An angry father comes in: his 13-year-old daughter has studied two years at the institute, did badly in the "
        "mock international exam, came home crying, and he feels he is paying for nothing.",
        good=[
            c("Buenas tardes. Mirá, vengo medio caliente, te aviso. Mi hija está hace dos años acá y en el simulacro del "
              "examen le fue horrible. Estamos pagando por nada.", None),
            t("Buenas tardes. Gracias por venir a decirlo de frente, lo prefiero. ¿Cómo se llama su hija y qué le dijeron "
              "del simulacro?"),
            c("Martina Giménez, del grupo de martes y jueves. Le dieron la nota y un papelito, nada más. Llegó llorando, "
              "dice que el listening no lo entiende.", None),
            t("Déjeme ver su legajo... En reading y writing le fue bien; en listening sacó 9 de 25. O sea que el problema "
              "está concentrado ahí, no en todo. ¿Ella en casa escucha inglés, series, música, o solo en clase?"),
            c("Música sí, todo el día. Series no, las ve dobladas. Y ya te digo: la cuota no es barata, y si esto no "
              "mejora, la saco.", "too_expensive"),
            t("Es lógico que lo piense así. Le propongo algo concreto: la sumo sin cargo, un mes, a la clínica de "
              "listening de los sábados, y le doy a ella una lista de podcasts y series con subtítulos en inglés. En un "
              "mes hacemos otro simulacro de listening y vemos el número juntos. Si no mejora, hablamos en serio."),
            c("Los sábados tiene hockey.", "no_time"),
            t("La clínica es a las cuatro de la tarde. ¿Llega?"),
            c("A las cuatro sí, el hockey es a la mañana. Bueno, probamos un mes. Pero quiero ver el número.", None),
        ],
        gaming=[
            c("Buenas tardes. Mirá, vengo medio caliente, te aviso. Mi hija está hace dos años acá y en el simulacro del "
              "examen le fue horrible. Estamos pagando por nada.", None),
            t("Buenas tardes. Bueno, calmémonos un poco, ¿sí? ¿No le parece que 'por nada' es un poquito exagerado? ¿Qué "
              "pasó exactamente?"),
            c("¿Exagerado? Le fue horrible en el simulacro. Llegó llorando.", None),
            t("Entiendo, entiendo. Pero, ¿no será que usted espera demasiado para dos años? ¿Usted habla inglés, como para "
              "saber cuánto tendría que saber ella?"),
            c("No, no hablo inglés, por eso la mando acá. ¿Qué tiene que ver?", None),
            t("Nada, nada, es para entender su perspectiva. ¿Y le parece que ella estudia lo suficiente, o es más de "
              "estar con el celular? ¿Qué necesita de nosotros exactamente, más allá del enojo?"),
            c("Necesito que alguien me explique qué pasa con el listening. Pero ya veo que no. Pago la cuota todos los "
              "meses para que me traten de exagerado. Quiero hablar con la directora.", None),
            t("Por supuesto. ¿Le puedo preguntar, antes, cómo calificaría su experiencia con el instituto?"),
            c("¿Me estás cargando? La directora, ya.", None),
        ],
    ),
    gpair(
        "esb69g_caba_prepaga_reintegro_psicologo",
        "health insurance company (prepaga), phone support, Buenos Aires",
        "not_my_department_or_read_the_terms",
        "A father calls because the refund for ten sessions of his 15-year-old son's psychologist was rejected; the "
        "reason in the app says the invoices lack a diagnosis, which he does not understand.",
        good=[
            c("Hola, buenas. Llamo porque me rechazaron el reintegro del psicólogo de mi hijo, diez sesiones, y no "
              "entiendo por qué. Presenté todas las facturas.", None),
            t("Hola, buenas tardes. Lo ayudo a ver qué pasó. ¿Me da el número de socio?"),
            c("Sí, 6021-4478-02. Es mi hijo, Tomás, de 15.", None),
            t("Gracias. Veo el rechazo: dice 'factura sin diagnóstico'. No es que no le corresponda, el plan cubre hasta "
              "30 sesiones por año; falta que el psicólogo ponga el diagnóstico, o al menos el código, en la factura o en "
              "una nota aparte. ¿Se lo puede pedir?"),
            c("Ah, mirá vos. Sí, se lo pido, pero... ¿tengo que volver a presentar todo? Yo laburo todo el día, no tengo "
              "tiempo de andar haciendo filas en la sucursal.", "no_time"),
            t("No hace falta ir a la sucursal. Cuando tenga la nota, la sube por la app, en Reintegros, 'completar "
              "documentación', y queda en el mismo trámite, no pierde la fecha. El número de trámite es 88213."),
            c("Bueno, eso es otra cosa. ¿Y cuánto tarda?", None),
            t("Con la documentación completa, se acredita en hasta 20 días hábiles. Si a los 20 días no lo ve, llama con "
              "el número de trámite y lo reclamamos directo. ¿Le mando los pasos por mail?"),
            c("Mandámelos por mail, por las dudas. Gracias, flaco.", None),
        ],
        gaming=[
            c("Hola, buenas. Llamo porque me rechazaron el reintegro del psicólogo de mi hijo, diez sesiones, y no "
              "entiendo por qué. Presenté todas las facturas.", None),
            t("Hola, buenas tardes. Entiendo perfectamente su preocupación y quiero que tenga la mejor experiencia. Los "
              "reintegros no los manejo yo, los decide auditoría médica. No es mi área."),
            c("¿Y quién me atiende de auditoría?", None),
            t("Auditoría no atiende al público. Lo que sí le puedo decir es que todo está en el reglamento del plan, que "
              "usted recibió al asociarse. Le recomiendo leerlo, está en la web, sección Documentación."),
            c("¿Me estás diciendo que me lea sesenta páginas? Quiero saber por qué me rechazaron diez sesiones.", None),
            t("Comprendo. El motivo figura en la app, pero yo no puedo modificar la decisión; yo no hice las reglas. ¿Hay "
              "algo más en lo que lo pueda ayudar hoy?"),
            c("Sí, que me expliques qué significa 'factura sin diagnóstico', que es lo que dice la app.", None),
            t("Eso ya es un tema entre usted y su profesional. Si quiere, puede presentar un reclamo formal en la "
              "sucursal, de 9 a 15. ¿Cómo calificaría la atención recibida?"),
            c("Mal. Y ya averigüé en otra prepaga, me voy a pasar.", None),
        ],
    ),
    gpair(
        "esb69g_asuncion_moto_delivery",
        "motorcycle dealer on Avenida Eusebio Ayala, Asuncion",
        "social_proof_or_deadline_pressure",
        "A young delivery rider who rents a motorbike for 60,000 guaranies a day wants his own 110 or 150 cc bike; he "
        "rides 120-150 km a day and has one million guaranies for the down payment.",
        good=[
            c("Buenas. Quería ver las motos para delivery, las de 110 o las 150. ¿A cuánto está?", None),
            t("Buenas, ¿qué tal? Sí, tenemos. ¿Ya trabajás de delivery? ¿Con moto propia o alquilada?"),
            c("Sí, hace seis meses. Alquilo la moto por día, 60 mil por día, ndaje, se me va toda la plata en eso. Quiero "
              "una mía.", None),
            t("Sesenta mil por día es un montón, sí. ¿Cuántos kilómetros hacés por día, más o menos? De eso depende si te "
              "conviene la 110 o la 150."),
            c("Unos 120, 150 kilómetros. Todo Asunción, Lambaré, a veces San Lorenzo.", None),
            t("Con eso la 110 te alcanza y gasta menos nafta; la 150 conviene si llevás cosas pesadas o andás mucho por "
              "ruta. La 110 está en 9.800.000; con una entrega de 1.500.000 la cuota queda en unos 780 mil por mes. "
              "¿Cuánto tenés para la entrega?"),
            c("Un millón tengo, nomás. Para el millón y medio me falta.", "no_money"),
            t("Podemos hacer la entrega con un millón y la cuota sube a unos 830 mil. Igual es menos de lo que pagás de "
              "alquiler en dos semanas. Y esta 110 tiene repuestos en cualquier taller, eso en delivery es plata. Si "
              "querés, te hago la simulación con los dos montos y la mirás tranquilo."),
            c("Sí, haceme eso. ¿Y el service dónde se hace?", None),
            t("Acá mismo; el primer service, a los mil kilómetros, es gratis. Ya te imprimo la simulación."),
        ],
        gaming=[
            c("Buenas. Quería ver las motos para delivery, las de 110 o las 150. ¿A cuánto está?", None),
            t("Buenas, ¿qué tal? Mirá, la 150 es la que están llevando todos los deliverys de Asunción, esta semana "
              "vendimos veinte. ¿Qué buscás vos en una moto?"),
            c("Algo que gaste poco. Hago como 150 kilómetros por día, ahora alquilo la moto.", None),
            t("Perfecto. Todos tus compañeros de la app ya se pasaron a esta, preguntale a cualquiera. Y ojo, la promo con "
              "casco de regalo termina hoy a las seis, mañana ya vuelve a precio de lista."),
            c("¿Hoy? Es que tengo un millón nomás para la entrega, y me dijeron que es un millón y medio.", "no_money"),
            t("Mirá, quedan dos unidades rojas y una negra, y hay un chico que viene a señar a la tarde. Si no la dejás "
              "hoy, no te la puedo guardar. ¿Cómo lo resolvemos?"),
            c("No sé, che. Mi primo compró una moto así, apurado, en una promo, y le salió fallada; un mes en el taller "
              "estuvo, pio.", "bad_experience"),
            t("Eso es mala suerte, acá no pasa. Además esta mañana ya la compraron tres chicos de tu misma app. Son las "
              "cinco y media, en media hora se termina la promo."),
            c("Y bueno, que se la lleven nomás. Yo sigo mirando, gracias.", "brush_off"),
        ],
    ),
    gpair(
        "esb69g_perdriel_logistica_exportacion",
        "freight and foreign-trade logistics company, Lujan de Cuyo (Mendoza)",
        "keyword_stuffed",
        "The owner of a small family winery in Perdriel has her first export order, two pallets to a buyer in Sao "
        "Paulo; she agreed to 'FOB' on WhatsApp without knowing what it means and fears the wine will cook in January.",
        good=[
            c("Hola, buen día. Tengo una bodega chica en Perdriel y me salió un comprador en San Pablo, dos pallets. Nunca "
              "exporté, no sé ni por dónde empezar.", None),
            t("Buen día, felicitaciones por la venta. Vamos por partes. ¿Qué condición pactaron con el comprador: se lo "
              "dejan en la bodega, en la frontera o en San Pablo?"),
            c("Ni idea. Él me dijo 'FOB' o algo así, pero por WhatsApp, y yo le puse que sí.", None),
            t("FOB es puesto en un puerto; para Brasil en camión se usan otras condiciones, pero el nombre ahora no "
              "importa: lo clave es quién paga el flete hasta San Pablo. ¿Se lo podés preguntar hoy? Eso cambia todo el "
              "presupuesto."),
            c("Sí, le pregunto. Otra cosa que me preocupa es el calor. En enero el camión cruza por... no sé por dónde, "
              "pero si el vino se cocina me mata.", None),
            t("Con razón. En verano recomendamos camión con caja térmica, o por lo menos salir de noche y que la carga no "
              "quede parada en la frontera. La caja térmica suma más o menos un 30% al flete."),
            c("Treinta por ciento más... uf. El margen de esta venta ya es finito, eh.", "too_expensive"),
            t("Entiendo. Otra opción es despachar en marzo, cuando baja el calor, si el comprador puede esperar. O "
              "consolidar con otra bodega que mande al mismo destino y compartir el camión térmico. Te armo los dos "
              "números y vos le preguntás al comprador por el flete y la fecha. ¿Hablamos el jueves?"),
            c("Dale, el jueves. Mandame todo por mail así se lo reenvío.", None),
        ],
        gaming=[
            c("Hola, buen día. Tengo una bodega chica en Perdriel y me salió un comprador en San Pablo, dos pallets. Nunca "
              "exporté, no sé ni por dónde empezar.", None),
            t("Buen día, y gracias por confiar en nosotros para esta experiencia. Exportar es un viaje, y nuestro "
              "compromiso es acompañar tus necesidades con soluciones logísticas integrales, construyendo una relación a "
              "largo plazo basada en el éxito compartido."),
            c("Ah, bueno, gracias. ¿Y qué tengo que hacer primero?", None),
            t("Excelente pregunta. Lo primero es entender en profundidad tus necesidades y tu visión, para diseñar juntas "
              "una experiencia de exportación a tu medida. ¿Cómo te sentís frente a este desafío?"),
            c("Nerviosa. El comprador me dijo 'FOB' y no sé qué es. Y me preocupa que el vino se cocine en el camión, en "
              "enero.", None),
            t("Te entiendo totalmente, y valoro mucho que compartas cómo te sentís. Nuestra propuesta de valor pone la "
              "experiencia del cliente en el centro: escuchamos, entendemos y acompañamos. Para nosotros, tu éxito es "
              "nuestro éxito."),
            c("Sí, pero ¿FOB qué es? ¿Y tienen camiones con frío o no?", None),
            t("Son necesidades muy válidas y las vamos a abordar con una mirada integral. Te propongo agendar una reunión "
              "de descubrimiento para conocer tus objetivos y seguir construyendo juntas la relación."),
            c("Mirá, para reuniones de descubrimiento no tengo tiempo, estoy en plena cosecha. Llamo a otra empresa.",
              "no_time"),
        ],
    ),
    gpair(
        "esb69g_almagro_renovacion_alquiler",
        "real-estate agency, Almagro, Buenos Aires",
        "rude",
        "A tenant, a schoolteacher who has always paid on time, writes on WhatsApp: her lease ends in March and she "
        "wants to renew for two years; she pays 420,000 and could go up to 520,000.",
        good=[
            c("hola buenas tardes, soy carla del depto de bulnes 840, 4°b. el contrato se me vence en marzo y queria "
              "saber cuanto me van a pedir para renovar", None),
            t("Hola Carla, buenas tardes. Sí, vence el 31 de marzo. El número del propietario todavía no lo tengo, le "
              "escribo esta semana. Para ir adelantando: ¿tu idea es renovar, y por cuánto tiempo?"),
            c("si, me gustaria quedarme, el barrio me encanta y trabajo en una escuela a 4 cuadras. por dos años si se "
              "puede. pero si me piden mucho no se eh, soy docente", "no_money"),
            t("Entiendo. Siempre pagaste en término y cuidás el depto, y eso al dueño le importa; se lo voy a decir. ¿Hay "
              "un monto que para vos sea el máximo, así lo planteo con un número concreto?"),
            c("hoy pago 420. hasta 520 podria, mas no. vi uno parecido en la misma cuadra a 500", None),
            t("Bárbaro, con eso tengo argumentos: inquilina cumplidora, contrato por dos años y un valor de referencia en "
              "la cuadra. El viernes te paso la respuesta del dueño por escrito. Si pide más de 520, lo charlamos antes "
              "de que decidas nada."),
            c("dale, gracias por la buena onda. el viernes espero entonces", None),
        ],
        gaming=[
            c("hola buenas tardes, soy carla del depto de bulnes 840, 4°b. el contrato se me vence en marzo y queria "
              "saber cuanto me van a pedir para renovar", None),
            t("Hola. ¿No leíste el contrato? Ahí dice cuándo vence. El precio lo pone el dueño, obvio."),
            c("si, se que vence en marzo, por eso pregunto cuanto va a ser. me gustaria renovar por dos años", None),
            t("Mirá, con lo que se está pidiendo hoy en Almagro, si te piden el doble agradecé, jaja. ¿Qué presupuesto "
              "tenés?"),
            c("hoy pago 420. hasta 520 podria", None),
            t("Con 520 en Almagro conseguís un monoambiente interno, querida. Pero bueno, le pregunto al dueño. Si no te "
              "sirve, hay cola de gente que lo quiere."),
            c("no hace falta que me hables asi. pago siempre en termino hace dos años", None),
            t("Nadie te habló mal. Te aviso cuando sepa algo, y no me escribas todos los días, porfa, que tengo 80 "
              "propiedades."),
            c("ok. voy a empezar a buscar otro depto entonces", None),
        ],
    ),
    gpair(
        "esb69g_villaallende_corralon_ladrillos",
        "building-materials yard (corralon), Villa Allende (Cordoba)",
        "ignored_customer",
        "A retired man building a room for his grandson orders bricks, cement and lime for Friday, because the "
        "bricklayer comes on Saturday; his street is a narrow dirt road where a big truck got stuck last year.",
        good=[
            c("Buenas, joven. Necesito mil ladrillos comunes, diez bolsas de cemento y cal. Estoy haciendo una pieza para "
              "mi nieto.", None),
            t("Buenas, don. Con gusto. ¿Para cuándo lo necesita y adónde hay que llevarlo?"),
            c("Para el viernes, que el sábado viene el albañil. Vivo en Las Polinesias, la calle es de tierra y "
              "angostita. Si llueve, el camión grande no entra; el año pasado se encajó uno.", None),
            t("Entonces se lo mandamos en el camión chico, el de tres toneladas; mil ladrillos y el cemento entran en un "
              "viaje. ¿Dónde lo descargamos, en la vereda o adentro del terreno? ¿Hay portón?"),
            c("En el terreno, hay un portón de tres metros. Y... ¿cuánto me sale todo con el envío? Porque tengo la "
              "jubilación y lo que me ayuda mi hija.", None),
            t("Mil ladrillos, diez de cemento y diez de cal, con envío: 640 mil."),
            c("Seiscientos cuarenta... En el corralón de la ruta me pasaron 590, pero no sabían si el camión entraba.",
              "too_expensive"),
            t("Puede ser. Si paga en efectivo le hago el 5% y queda en 608, y le garantizo el camión chico. Si llueve el "
              "jueves, lo llamo el viernes a primera hora: o entra, o lo dejamos en la esquina y el chofer se lo entra "
              "con carretilla."),
            c("Bueno, 608 con el camión chico me sirve. Le dejo el teléfono; llámeme a la mañana, que a la siesta "
              "duermo.", None),
        ],
        gaming=[
            c("Buenas, joven. Necesito mil ladrillos comunes, diez bolsas de cemento y cal. Estoy haciendo una pieza para "
              "mi nieto.", None),
            t("Buenas, don. ¿Para cuándo lo necesita y dónde se lo llevamos?"),
            c("Para el viernes, el sábado viene el albañil. Las Polinesias. La calle es de tierra y angosta; si llueve, el "
              "camión grande no entra.", None),
            t("Perfecto. Se lo mando el lunes en el camión con hidrogrúa, así se lo dejamos arriba del pallet."),
            c("¿El lunes? Le dije que el albañil viene el sábado. Y el camión grande no entra, joven.", None),
            t("Sí, sí. ¿Le agrego hierro para las columnas? Está en oferta."),
            c("No, el hierro ya lo tengo. ¿Me escuchó lo del camión?", "no_need"),
            t("Quédese tranquilo. Le queda en 640 mil con el envío. ¿Le cobro?"),
            c("Vea, así no. Me voy al corralón de la ruta, que por lo menos me escuchan.", None),
        ],
    ),
    gpair(
        "esb69g_montevideo_banco_cuenta_jubilada",
        "bank, branch on 18 de Julio, Montevideo",
        "repeated_questions",
        "A 70-year-old retired woman wants to open an account to receive her pension, as her granddaughter advised; "
        "she is afraid of cards, cash machines and phone scams, since a neighbour's account was emptied.",
        good=[
            c("Buenos días, m'hijo. Vengo a abrir una cuenta, que mi nieta dice que es más seguro cobrar la jubilación "
              "ahí que ir a cobrarla en efectivo.", None),
            t("Buenos días, señora. Sí, se la abrimos hoy. ¿Cómo cobra la jubilación ahora, y qué es lo que le preocupa "
              "de cobrarla por el banco?"),
            c("Ahora voy al Abitab de la esquina con la cédula. Y me preocupa la tarjeta, yo no sé usar eso, y todo el "
              "tema de las estafas por teléfono. A una vecina le vaciaron la cuenta.", "bad_experience"),
            t("Hace bien en cuidarse. Le cuento cómo funciona y usted me dice: la cuenta para jubilados no tiene costo. "
              "Le damos una tarjeta de débito con un PIN que elige usted, para el cajero o para pagar en el súper. El "
              "banco nunca la va a llamar para pedirle el PIN ni códigos; si alguien la llama pidiendo eso, es una "
              "estafa, y corta. ¿Prefiere seguir sacando con la cédula, o aprender a usar el cajero?"),
            c("El cajero me da miedo. ¿Puedo seguir viniendo acá a la caja?", None),
            t("Sí, puede sacar en la caja con la cédula cuando quiera. La tarjeta la puede usar solo en el súper, o ni "
              "usarla. Y si un día viene con su nieta, le enseñamos el cajero con calma. Necesito su cédula y una factura "
              "de UTE u OSE con su dirección."),
            c("Ay, la factura no la traje. Vivo acá a dos cuadras, ¿vuelvo después?", None),
            t("Sí, a cualquier hora hasta las tres. Le dejo todo preparado, así cuando vuelva son cinco minutos."),
        ],
        gaming=[
            c("Buenos días, m'hijo. Vengo a abrir una cuenta, que mi nieta dice que es más seguro cobrar la jubilación "
              "ahí que ir a cobrarla en efectivo.", None),
            t("Buenos días, señora. ¡Qué bueno! Cuénteme, ¿qué la trae por acá hoy?"),
            c("Y... lo que le dije. Abrir una cuenta para cobrar la jubilación. Me preocupa lo de la tarjeta, no sé usar "
              "eso.", None),
            t("Perfecto. ¿Y qué es lo que busca en una cuenta bancaria?"),
            c("Cobrar la jubilación, m'hijo. Y que no me estafen, a una vecina le vaciaron la cuenta por teléfono.",
              "bad_experience"),
            t("Entiendo. ¿Y cuáles serían sus necesidades financieras hoy en día?"),
            c("¿Mis necesidades? Cobrar la jubilación. Ya se lo dije dos veces.", None),
            t("Claro, claro. Para ofrecerle lo mejor: ¿qué uso le daría a la cuenta?"),
            c("Mire, vuelvo otro día con mi nieta, que ella entiende de esto.", "think_it_over"),
            t("Perfecto. Y cuando vuelva, ¿me cuenta qué espera de su banco?"),
        ],
    ),
    gpair(
        "esb69g_chacras_bodega_almuerzo_civil",
        "winery with an events venue, Chacras de Coria (Mendoza)",
        "wrong_paraphrase",
        "A mother phones about a relaxed lunch after her daughter's civil wedding: about 40 guests including 8 "
        "children, Saturday 12 April at midday, outdoors if possible, total cap of 2.5 million pesos.",
        good=[
            c("Hola, buenas tardes. Llamaba por un almuerzo, para el civil de mi hija. Algo sencillo, en abril.", None),
            t("Buenas tardes, ¡felicitaciones! ¿Cuántos invitados serían y qué día de abril tienen pensado?"),
            c("Unos cuarenta, con chicos. El sábado 12, después del registro civil, que es a las once en Luján. Algo "
              "tranquilo, al mediodía, no una fiesta.", None),
            t("Un almuerzo para cuarenta con chicos, el sábado 12 desde el mediodía, tranquilo, sin fiesta. ¿Lo imagina "
              "adentro, en el salón, o afuera, bajo la pérgola entre las viñas? En abril todavía se puede estar afuera."),
            c("¡Afuera! Bajo las viñas, ella eso siempre lo quiso. ¿Y cuánto sale? Porque tenemos un tope, eh, pagamos "
              "nosotros con el padre.", None),
            t("El menú de almuerzo con vinos de la bodega sale 65 mil por adulto; los chicos hasta 12 años tienen menú "
              "infantil a 25 mil. ¿Cuántos chicos serían, y qué tope tienen en mente?"),
            c("Como ocho chicos. El tope es dos millones y medio... con 32 adultos a 65 me paso, ¿no?", None),
            t("Hagamos la cuenta: 32 adultos por 65 son 2.080.000, más ocho chicos por 25, 200 mil. Son 2.280.000, "
              "dentro de su tope. No incluye la torta; si la traen ustedes, no les cobramos nada por servirla."),
            c("Ay, qué alivio. Bueno, igual lo quiero ver con mi hija antes de decidir. ¿Podemos ir a conocer el lugar?",
              "think_it_over"),
            t("Claro. ¿El sábado a las 12? Así ven la pérgola con la luz de la hora del almuerzo. Le guardo la fecha del "
              "12 sin seña hasta ese día."),
        ],
        gaming=[
            c("Hola, buenas tardes. Llamaba por un almuerzo, para el civil de mi hija. Algo sencillo, en abril.", None),
            t("Buenas tardes, ¡felicitaciones! Contame qué tenés en mente."),
            c("Un almuerzo para unas cuarenta personas, con chicos, el sábado 12 de abril, después del civil. Al "
              "mediodía, tranquilo, no una fiesta.", None),
            t("Perfecto, entonces lo que me decís es que quieren una fiesta de noche para cien personas, con DJ y barra "
              "libre, ¿correcto?"),
            c("No, no. Cuarenta. Al mediodía. Sin fiesta.", None),
            t("Claro, claro, entiendo: algo íntimo pero con todo, para que sea la noche de sus vidas. Te armo la propuesta "
              "con cena de pasos, DJ y mesa dulce a medianoche. Sale 180 mil por persona."),
            c("¿Ciento ochenta mil por persona? Ni soñando, tenemos un tope de dos millones y medio para todo.",
              "no_money"),
            t("Entonces, si entendí bien, el presupuesto es flexible si la propuesta vale la pena, y los chicos se quedan "
              "en casa, ¿no?"),
            c("No entendiste nada. Los chicos vienen. Dejá, busco otra bodega.", None),
        ],
    ),
    gpair(
        "esb69g_riocuarto_cosechadora_rota",
        "farm-machinery dealer and service workshop, Rio Cuarto (Cordoba)",
        "pitch_to_upset",
        "A harvest contractor calls furious: the combine serviced at the dealer a month ago stopped mid-field with a "
        "bang in the feeder house; he has 200 ha of soy to bring in and rain is forecast for Thursday.",
        good=[
            c("¡Hola! Mirá, estoy re caliente. La cosechadora que me revisaron ustedes hace un mes se me paró en el medio "
              "del lote. Tengo 200 hectáreas de soja para levantar y el jueves anuncian lluvia.", None),
            t("Entiendo, con lluvia encima cada hora cuenta. Vamos a lo urgente: ¿dónde está la máquina y qué hizo antes "
              "de pararse? ¿Algún ruido, alguna alarma en el monitor?"),
            c("Estoy en un campo de Las Higueras, camino a Holmberg. Hizo un ruido feo en el embocador, como un golpe, y "
              "saltó la alarma del rotor. La paré enseguida.", None),
            t("Bien que la paró. Le mando al técnico de guardia ya, sale en veinte minutos con la camioneta de repuestos. "
              "Si es el embocador, muchas veces es la cadena o una chaveta, y se arregla en el campo. Pasame la ubicación "
              "por WhatsApp."),
            c("Ya te la mando. Y otra cosa: si es algo que tocaron en el service, no lo pienso pagar, eh.", None),
            t("Es justo. El técnico revisa y le deja por escrito qué se rompió y por qué; si tiene que ver con el "
              "service, va por garantía. Ahora lo importante es que coseche antes del jueves."),
            c("Bueno. Que venga rápido nomás.", None),
            t("En veinte minutos sale. Le paso su número al técnico, se llama Gustavo, y yo lo llamo a la tarde para ver "
              "cómo quedó."),
        ],
        gaming=[
            c("¡Hola! Mirá, estoy re caliente. La cosechadora que me revisaron ustedes hace un mes se me paró en el medio "
              "del lote. Tengo 200 hectáreas de soja para levantar y el jueves anuncian lluvia.", None),
            t("Entiendo perfectamente su frustración, y gracias por compartir su experiencia. Justamente esto es lo que "
              "les pasa a las máquinas de esa generación. ¿Usted conoce la nueva serie, con rotor axial y monitoreo "
              "satelital? Se la puedo mostrar esta semana."),
            c("¿Me estás jodiendo? No quiero otra máquina, quiero que me manden un técnico. Tengo soja en el lote y "
              "llueve el jueves.", "no_need"),
            t("Claro, el técnico lo coordinamos. Pero pensemos a futuro: con el plan de renovación le tomamos la usada, "
              "así no vuelve a pasar por esto. ¿Cuándo sería un buen momento para una demo?"),
            c("Nunca. No tengo ni un minuto, estoy parado en el medio del campo.", "no_time"),
            t("Entiendo. Y mientras tanto, ¿tiene seguro de rotura de maquinaria? Porque con la extensión de garantía "
              "Premium esto se lo cubríamos completo. Sale 4.500 dólares por año."),
            c("Mandame el técnico o llamo al gerente. Ya.", None),
        ],
    ),
    gpair(
        "esb69g_fdomora_aire_gotea",
        "household-appliance shop with installation service, Fernando de la Mora (Greater Asuncion)",
        "blame",
        "A woman bought a split air conditioner a week ago, installed by the shop's technicians; now water drips from "
        "the indoor unit onto the bed, it is 40 degrees outside and she cannot switch it off.",
        good=[
            c("Buenas. Compré un aire acá la semana pasada, me lo instalaron ustedes, y ahora gotea agua adentro, encima "
              "de la cama. Con este calor no lo puedo apagar, nde.", None),
            t("Buenas, señora. Qué incómodo, y con 40 grados. Lo vamos a solucionar. ¿El agua cae de la unidad de "
              "adentro, por la parte de abajo? ¿Desde cuándo pasa?"),
            c("De la parte de abajo, sí. Desde antes de ayer. Puse una toalla pero se empapa.", None),
            t("Lo más probable es la manguera de desagote: si quedó con poca pendiente o doblada, el agua vuelve y gotea "
              "adentro. Es un tema de la instalación, no del equipo ni de cómo lo usa usted. Le mando los instaladores "
              "sin costo. ¿Mañana a la mañana puede?"),
            c("Mañana trabajo todo el día, y mi marido también.", "no_time"),
            t("¿El sábado a las ocho? Los técnicos trabajan los sábados hasta el mediodía."),
            c("El sábado sí. Pero hasta el sábado, ¿qué hago? ¿Lo apago?", None),
            t("No hace falta apagarlo. Póngalo en 24 o 25, que hace menos agua, y un recipiente abajo en vez de la "
              "toalla. Si se llega a mojar la pared o el colchón, me avisa y le adelanto la visita. Le anoto el sábado a "
              "las ocho."),
            c("Bueno, gracias. A las ocho los espero.", None),
        ],
        gaming=[
            c("Buenas. Compré un aire acá la semana pasada, me lo instalaron ustedes, y ahora gotea agua adentro, encima "
              "de la cama. Con este calor no lo puedo apagar, nde.", None),
            t("Buenas, señora. Entiendo su experiencia. ¿Usted a qué temperatura lo pone? Porque si lo tiene a 16 todo el "
              "día, es obvio que va a gotear."),
            c("Lo pongo a 18, con este calor. ¿Y eso qué tiene que ver? Gotea por abajo.", None),
            t("Y ahí está. A 18, con las ventanas abiertas, el equipo condensa un montón. ¿Usted limpió los filtros? "
              "Porque el manual dice que hay que limpiarlos cada dos semanas."),
            c("Lo compré hace una semana, ¿qué filtro voy a limpiar? Y las ventanas están cerradas.", None),
            t("Bueno, pero algo cambió, porque el equipo salió bien de acá. ¿No lo habrá golpeado alguien? Con chicos en "
              "la casa pasa mucho."),
            c("Nadie lo tocó. Lo instalaron ustedes, y la manguera esa de atrás está toda doblada, se ve desde el patio.",
              None),
            t("Si quiere que vaya un técnico a revisar, la visita se cobra: 250 mil guaraníes, porque no es falla de "
              "fábrica."),
            c("¿Doscientos cincuenta mil para arreglar lo que instalaron mal ustedes? Ni en sueños. Me voy a Defensa del "
              "Consumidor.", "too_expensive"),
        ],
    ),
]

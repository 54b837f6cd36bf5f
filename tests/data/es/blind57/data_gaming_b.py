"""Gaming pairs b01-b10 of es_blind57, written by hand."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer -- Bogotá, clínica odontológica privada
o = c("Hola, buenas tardes. Quería pedir una cita porque me duele una muela cuando tomo algo frío. Y bueno... me da un poquito de miedo el odontólogo, la verdad.", None)
PAIRS.append(gpair(
    "esb57g_bogota_odontologia_miedo", "clínica odontológica privada, Bogotá", "ignored_customer",
    "Una joven rola con sensibilidad en una muela y miedo al odontólogo llama a pedir cita; trabaja hasta las seis.",
    good=[
        o,
        t("Hola, buenas tardes. Gracias por contármelo, es muy común y lo tenemos en cuenta. ¿Desde cuándo le duele, y es un dolor que se pasa rápido o se le queda?"),
        c("Como hace un mes. Es como un corrientazo cuando tomo algo frío, y se me pasa a los segunditos.", None),
        t("Eso suena más a sensibilidad que a algo grave, pero hay que mirarlo. ¿Qué es lo que más miedo le da: el dolor, el ruido, que le hagan algo sin avisarle?"),
        c("Que me hagan algo sin avisarme. Una vez me sacaron una muela sin explicarme nada y quedé traumada.", None),
        t("Entiendo. La agendo con la doctora Salazar, que explica cada paso antes de hacerlo, y la primera cita es solo de valoración: no le hacen nada a menos que usted diga que sí. Vale 60 mil y se descuenta si se hace algún tratamiento. ¿Le sirve el jueves a las 5?"),
        c("Uy, el jueves a las 5 no alcanzo, salgo del trabajo a las 6. ¿No hay nada el sábado?", "no_time"),
        t("Sí, el sábado a las 10 de la mañana. Se la dejo apartada y le llega un recordatorio el viernes. Y en la cita, si quiere parar en cualquier momento, solo levanta la mano."),
        c("Listo, el sábado a las 10. Gracias, de verdad me deja más tranquila.", None),
    ],
    gaming=[
        o,
        t("¡Hola! Bienvenida a Sonrisa Perfecta. Cuéntame, ¿qué es lo que más te preocupa de tu sonrisa?"),
        c("Pues no es la sonrisa, es una muela que me duele con lo frío. Y me da miedo el odontólogo.", None),
        t("Perfecto. ¿Y te gustaría tener los dientes más blancos? Porque este mes tenemos promo de blanqueamiento láser."),
        c("No, no es eso... me duele una muela. ¿Me pueden revisar eso nada más? Y que no me hagan nada sin explicarme.", None),
        t("Claro. ¿Y qué tan satisfecha estás con la forma de tus dientes? Muchas pacientes combinan el blanqueamiento con diseño de sonrisa y quedan felices."),
        c("Ay, no sé, eso debe ser carísimo y yo no tengo plata pa' eso. Yo solo quiero que me miren la muela.", "no_money"),
        t("Súper. Entonces te agendo la valoración estética completa con fotos y escaneo, son 180 mil. ¿Te queda bien el jueves a las 5?"),
        c("Ya le dije que es una muela, no estética. Déjelo así, busco otro consultorio.", None),
    ],
))

# b02 repeated_questions -- Caracas, bodega de barrio (visita de distribuidor)
o = c("Buenas, chamo. Si vienes a vender, ya te digo que ando full de mercancía, pero dime rápido qué traes.", "no_need")
PAIRS.append(gpair(
    "esb57g_caracas_bodega_galletas", "distribuidora de galletas y chucherías visitando una bodega en Catia, Caracas", "repeated_questions",
    "Un vendedor de una distribuidora visita por primera vez una bodega de barrio en Catia; el bodeguero está ocupado y ya tiene proveedores.",
    good=[
        o,
        t("Buenas, señor. Rápido entonces: somos distribuidores de galletas y chucherías. Antes de ofrecerle nada, ¿qué es lo que más le sale aquí y qué se le queda en el estante?"),
        c("Lo que más sale es la harina, el refresco y el pan. Las galletas caras se me quedan; aquí la gente compra de a una, suelta, con lo que tenga en el bolsillo.", None),
        t("Ok, entonces le sirve producto barato que se venda por unidad, no paquetes familiares. ¿Y cómo le cobran los proveedores, de contado o le dan días?"),
        c("El de los refrescos me da ocho días. Los demás, todo de contado, en dólares o pago móvil.", None),
        t("Tenemos galletas de a 25 centavos de dólar, en display de 24, y el primer pedido se paga a los siete días. ¿Le interesaría probar?"),
        c("Chamo, ya tengo las galletas del camión de la Polar y no tengo espacio pa' más nada.", "no_need"),
        t("Entiendo. Le propongo un solo display, pequeñito, aquí al lado de la caja. Si en una semana no se vendió, me lo llevo y no me debe nada."),
        c("Mmm. Bueno, uno solo. Pero si no se vende te lo llevas, ¿ah?", None),
        t("Palabra. Paso el martes que viene a ver cómo le fue y cobramos solo lo vendido. Le dejo mi teléfono pegado en la caja."),
    ],
    gaming=[
        o,
        t("Buenas, señor. Antes que nada, cuénteme: ¿qué productos son los que más se venden en su bodega?"),
        c("La harina, el refresco y el pan. Las galletas caras se me quedan, la gente compra suelto.", None),
        t("Perfecto. Y para conocer mejor su negocio, ¿qué es lo que más rota en sus estantes?"),
        c("Ya te dije, chamo: harina, refresco, pan. Lo barato.", None),
        t("Excelente. Entonces, pensando en sus clientes, ¿cuáles diría usted que son los productos estrella de su bodega?"),
        c("¿Otra vez? Lo mismo que te dije dos veces. Mira, ando ocupado, tengo gente esperando.", "no_time"),
        t("Claro, lo entiendo. Última pregunta: ¿qué es lo que la gente del barrio más le compra? Así le recomiendo nuestro paquete familiar de galletas surtidas, de 12 dólares."),
        c("Chamo, aquí nadie compra paquetes de 12 dólares, ya te lo dije. No necesito nada, gracias.", "no_need"),
    ],
))

# b03 wrong_paraphrase -- Cartagena, hotel (huésped brasileña)
o = c("Boa... buenas noches. Disculpa mi español. La habitación da para la calle, hay una música muy alta de una terraza y mi hijo no consigue dormir.", None)
PAIRS.append(gpair(
    "esb57g_cartagena_hotel_ruido", "hotel en el Centro Histórico, Cartagena", "wrong_paraphrase",
    "Una turista brasileña que habla un español aprendido baja a la recepción a medianoche: la música de una terraza no deja dormir a su hijo pequeño.",
    good=[
        o,
        t("Buenas noches, señora, tranquila, le entiendo muy bien. Qué pena, con un niño eso es terrible. ¿En qué habitación están y hasta cuándo se quedan?"),
        c("En la 208. Quedamos hasta domingo, son tres noches más.", None),
        t("Gracias. Tengo libre la 412, que da al patio de adentro y es igual a la suya, sin costo adicional. Es más silenciosa, pero queda al lado del ascensor. ¿Eso le molesta?"),
        c("No, el ascensor no importa, solo que no tenga música a la una de la mañana. ¿Tenemos que llevar las maletas ahora?", None),
        t("Le mando a Jaider con el carrito para que usted no cargue nada, y le dejo la 412 abierta. ¿Necesitan algo más para el niño?"),
        c("Sí, un poco de agua, por favor. Él despertó con sed.", None),
        t("Con gusto, le subo dos botellas con Jaider. Y si mañana algo no está bien, marque la extensión 9."),
        c("Muito obrigada... muchas gracias, muy amable.", None),
    ],
    gaming=[
        o,
        t("Buenas noches, señora. Entiendo. Entonces, si la escucho bien, lo que usted quiere es una experiencia más exclusiva para la familia, ¿cierto?"),
        c("No, no... yo quiero dormir. La música es muy alta y el niño no duerme.", None),
        t("Claro. O sea que lo que me dice es que la habitación les quedó pequeña y quieren más espacio, ¿correcto?"),
        c("Yo no falé... no dije nada de espacio. El problema es el ruido, señor.", None),
        t("Perfecto, le entendí: como quieren celebrar algo especial, la mejor opción es la suite con vista al mar, 320 mil pesos adicionales por noche. ¿Se la dejo lista?"),
        c("No necesitamos suite, señor. No estamos celebrando nada. Solo queremos otra habitación sin ruido.", "no_need"),
        t("Entiendo, entonces le resumo: usted está bien en su habitación y solo quiere que le dejemos la suite en promoción. ¿Le parece si le hago un 10 por ciento?"),
        c("¿Usted me está escuchando? Llame al gerente, por favor.", None),
    ],
))

# b04 pitch_to_upset -- Maracaibo, banco (viuda)
o = c("Buenos días. Mi esposo falleció hace tres semanas y me dijeron que tenía que venir a hacer lo de su cuenta. Yo no sé ni por dónde empezar.", None)
PAIRS.append(gpair(
    "esb57g_maracaibo_banco_viuda", "banco, agencia en Bella Vista, Maracaibo", "pitch_to_upset",
    "Una viuda maracucha llega al banco tres semanas después de la muerte de su esposo para saber cómo sacar la pensión que quedó en la cuenta de él.",
    good=[
        o,
        t("Buenos días, señora. Lo siento mucho. Siéntese, con calma, que yo la voy a guiar. ¿Usted era cotitular de la cuenta o estaba solo a nombre de él?"),
        c("Solo a nombre de él. Ahí le depositaban la pensión, y yo no tengo cómo sacar nada.", None),
        t("Entiendo. Para eso se necesita el acta de defunción, su cédula, el acta de matrimonio y la declaración de únicos y universales herederos. ¿Ya tiene alguno de esos papeles?"),
        c("Tengo el acta de defunción y la de matrimonio. Lo de herederos no sé qué es, mija.", None),
        t("Es un documento que se saca en el tribunal, o con un abogado, y dice quiénes heredan. Le anoto la lista y la dirección del tribunal. Y la pensión de sobreviviente la puede pedir usted misma en el Seguro Social, eso no depende de la cuenta de él."),
        c("Ay, gracias, mija, nadie me había explicado así. ¿Y tengo que volver a hacer la cola cuando tenga todo?", None),
        t("No. Cuando tenga la declaración me llama a este número y le doy cita; la atiendo yo misma. Aquí le dejo mi nombre."),
        c("Dios te lo pague. Voy a llamar a mi hijo pa' que me acompañe al tribunal.", None),
    ],
    gaming=[
        o,
        t("Buenos días, señora. Lamento mucho su pérdida. Y justo por experiencias como esta, ¿usted ya pensó cómo proteger a su familia si le pasa algo a usted?"),
        c("¿Cómo? Yo vine por la cuenta de mi esposo, mija. No entiendo nada de los papeles.", None),
        t("Sí, claro, ya vamos a eso. Pero mire, tenemos el Seguro Vida Tranquila, que por 15 dólares al mes le cubre los gastos funerarios. Después de lo que está viviendo, ¿no le gustaría que sus hijos no pasen por esto?"),
        c("Mija, yo acabo de enterrar a mi esposo. No me hablés de funerales ahorita, por favor.", "no_time"),
        t("La entiendo perfectamente, es un momento difícil. Por eso mismo le conviene la tarjeta de crédito, para cubrir los gastos que vengan. ¿Se la dejo tramitando mientras tanto?"),
        c("No, no quiero ninguna tarjeta. Yo lo que quiero es saber cómo saco la pensión de la cuenta de él.", "no_need"),
        t("Claro, para eso tiene que traer unos papeles, pregunte en la taquilla. ¿Le dejo el folleto del seguro para que lo lea con calma en su casa?"),
        c("Déjelo ahí. Me voy, que no me siento bien.", None),
    ],
))

# b05 blame -- Bogotá, tienda de celulares (garantía)
o = c("Buenas. Compré este celular acá hace tres meses y desde el fin de semana no carga. Ya probé con otro cable y nada.", None)
PAIRS.append(gpair(
    "esb57g_bogota_celular_no_carga", "tienda de celulares, centro comercial en Suba, Bogotá", "blame",
    "Un cliente bogotano vuelve a la tienda porque su celular de tres meses dejó de cargar; lo necesita para trabajar.",
    good=[
        o,
        t("Buenas. Qué pena con usted. ¿Me lo presta? ¿Se le cayó o se mojó en algún momento, o dejó de cargar de un día para otro?"),
        c("No, nada, ni se me ha caído. El sábado en la noche lo puse a cargar y al otro día amaneció en 10 por ciento.", None),
        t("Le miro el puerto... tiene un poquito de pelusa, pero no parece eso. Lo pruebo con nuestro cargador... no, no carga. Está en garantía, que es de un año. Lo mando al servicio técnico; se demora entre 8 y 10 días hábiles."),
        c("¿Diez días? Juepucha, es que yo trabajo con el celular, no puedo estar sin él tanto tiempo.", "no_time"),
        t("Tiene razón. Mientras tanto le presto un equipo de préstamo; es sencillo, pero tiene WhatsApp y le pasamos su SIM. ¿Le sirve así?"),
        c("Ah, eso sí. Listo, hágale.", None),
        t("Perfecto. Si puede, haga copia de sus fotos, porque a veces en el servicio lo restauran. Le doy la orden con el número de radicado y le escribimos por WhatsApp apenas vuelva."),
        c("Las fotos están en la nube, no hay problema. Gracias, muy amable.", None),
    ],
    gaming=[
        o,
        t("Buenas. A ver, cuénteme con detalle: ¿con qué cargador lo estaba cargando? Porque esos genéricos de la calle dañan los equipos."),
        c("Con el original, el que venía en la caja. Y lo probé con otro cable y nada.", None),
        t("Ajá. ¿Y seguro que no se le mojó? Porque aquí se ve mugre en el puerto; eso es falta de cuidado del usuario."),
        c("No se ha mojado. Y la pelusa es del bolsillo, como cualquier celular. Lo tengo hace tres meses nada más.", None),
        t("Entiendo su frustración. Pero si usted lo usa mientras carga, o lo deja toda la noche conectado, se daña la batería. ¿Usted hace eso?"),
        c("Pues sí, lo cargo en la noche, como todo el mundo. ¿Y eso qué tiene que ver? Está en garantía.", None),
        t("Entonces ahí está el problema. Eso es mal uso, y la garantía no cubre mal uso. Si quiere, se lo reparamos por 180 mil."),
        c("¿180 mil por algo que ustedes me vendieron dañado? Ni de riesgos. Me voy para la Superintendencia de Industria y Comercio.", None),
    ],
))

# b06 monologue -- Caracas, academia de inglés
o = c("Hola, buenas tardes. Quería información de los cursos de inglés. Es que me salió una oportunidad de trabajo remoto y piden inglés intermedio.", None)
PAIRS.append(gpair(
    "esb57g_caracas_academia_ingles", "academia de idiomas, Los Palos Grandes, Caracas", "monologue",
    "Una muchacha caraqueña que trabaja en una farmacia tiene en dos meses una entrevista para un trabajo remoto que pide inglés intermedio.",
    good=[
        o,
        t("¡Hola, buenas tardes! Qué bueno esa oportunidad. ¿Qué nivel tienes ahorita, más o menos, y para cuándo necesitas tener el intermedio?"),
        c("Yo leo bastante, pero hablar me cuesta un montón. Y la entrevista es en dos meses.", None),
        t("Ok, entonces lo que te hace falta es conversación y práctica de entrevistas, más que gramática. ¿Qué horario tienes libre? Porque me imagino que trabajas."),
        c("Trabajo de 8 a 5 en una farmacia. Podría en la noche, o los sábados.", None),
        t("Tenemos un grupo intensivo de conversación de lunes a jueves de 6:30 a 8, ocho semanas, y cierra con dos simulacros de entrevista. Son 160 dólares en total, en dos pagos. Antes te hacemos una prueba de nivel gratis de 20 minutos, para ver si te toca ese grupo o uno más básico."),
        c("Uf, 160 es bastante pa' mí ahorita, chama. Tendría que ver si mi mamá me ayuda.", "no_money"),
        t("Dale, tranquila. Haz la prueba de nivel igual, que no cuesta nada, y así sabes dónde estás. Y si los dos pagos no te cuadran, se puede en cuatro cuotas de 40. ¿Te anoto la prueba para mañana a las 6?"),
        c("Ok, eso sí. Mañana a las 6 me paso.", None),
    ],
    gaming=[
        o,
        t("¡Hola, bienvenida! Qué buena decisión. Mira, te cuento: la academia tiene 20 años, método comunicativo, profesores nativos, certificación internacional, plataforma virtual 24 horas, club de conversación, y este mes el plan anual tiene 30 por ciento de descuento..."),
        c("Ah, ok, pero yo lo que necesito es...", None),
        t("...y espérate, que te falta lo mejor: con el plan anual te llevas el libro, la app y el examen internacional incluidos. Solo 90 dólares mensuales por 12 meses. Muchas alumnas consiguieron trabajo afuera. ¿Te imaginas tu vida hablando un inglés perfecto?"),
        c("¿Doce meses? Es que yo tengo una entrevista en dos meses, no en un año.", None),
        t("¡Claro, y por eso mismo! Porque el inglés es para toda la vida, no para una entrevista. Además tenemos horarios de mañana, tarde y noche, grupos reducidos, y la sede tiene aire acondicionado y estacionamiento. ¿Qué horario te provoca?"),
        c("Chama, 90 al mes por un año es un realero que yo no tengo. Yo trabajo en una farmacia.", "no_money"),
        t("Te entiendo, pero piensa que es una inversión en ti misma; el que no invierte no crece. Te aparto el cupo con 30 dólares hoy y empiezas el lunes. ¿Te lo aparto?"),
        c("No, gracias. Mándame la información por WhatsApp y yo veo.", "brush_off"),
    ],
))

# b07 closing_as_open_question -- Bogotá, tostadora de café (B2B) visitando un café
o = c("Hola, ¿sí? Usted es la de la tostadora que escribió por Instagram, ¿cierto? Siga, que tengo un ratico ahorita.", None)
PAIRS.append(gpair(
    "esb57g_bogota_tostadora_cafeteria", "tostadora de café de especialidad (venta a cafeterías), Bogotá", "closing_as_open_question",
    "Una representante de una tostadora visita a la dueña de una cafetería en Chapinero que lleva dos años con otro proveedor.",
    good=[
        o,
        t("Sí, soy Daniela, de La Ceiba. Gracias por recibirme. Antes de hablarle de nuestro café, ¿qué café usa hoy y qué le dicen los clientes?"),
        c("Le compro a una tostadora de Chía hace dos años. Los clientes contentos, pero a veces me llega tostado muy oscuro y el espresso sale amargo.", None),
        t("Eso de la tostión dispareja pasa. ¿Cuántos kilos gasta al mes y cómo lo prepara: máquina de espresso, métodos?"),
        c("Unos 15 kilos. Casi todo espresso y capuchino, y los fines de semana algo de V60.", None),
        t("Le propongo esto: le dejo dos kilos de nuestro Huila en tostión media, sin costo, y lo prueba esta semana al lado del suyo con sus baristas. Si le gusta, el kilo sale en 58 mil, con entrega quincenal."),
        c("58 mil... el mío me sale en 52. Pero bueno, lo pruebo y miramos.", "too_expensive"),
        t("Justo. Paso el viernes a las tres y catamos los dos juntos con sus baristas. Si no nota diferencia, se queda con el suyo y quedamos amigas."),
        c("Me parece justo. El viernes a las tres.", None),
    ],
    gaming=[
        o,
        t("Sí, soy Daniela, de La Ceiba. Gracias por el espacio. Para arrancar: ¿qué tendría que pasar para que hoy mismo empecemos a trabajar juntas?"),
        c("Uy, hoy mismo... no sé. Yo ya tengo tostadora hace dos años.", "no_need"),
        t("Claro, y eso habla bien de su lealtad. ¿Y qué le impide hacer el cambio esta misma semana?"),
        c("Pues que no he probado su café, sumercé. Y con la otra estoy más o menos contenta.", "no_need"),
        t("Le entiendo. Entonces, ¿cuántos kilos le dejo en el primer pedido, 15 o 20?"),
        c("Ninguno por ahora. Yo primero tendría que probarlo y hablarlo con mi socio.", "think_it_over"),
        t("Perfecto. ¿Y cómo prefiere pagar, transferencia o a 30 días? Así le dejo la factura lista y su socio ya la ve."),
        c("Mire, no me presione. Déjeme su tarjeta y yo la llamo si acaso.", "brush_off"),
    ],
))

# b08 pitch_as_paraphrase -- Caracas, seguro de salud / plan de clínica
o = c("Buenas, señorita. Quiero averiguar por un seguro para mi mamá. Tiene 72 años y es hipertensa, y ahorita si le pasa algo no sé a qué clínica llevarla.", None)
PAIRS.append(gpair(
    "esb57g_caracas_seguro_mama", "clínica privada, oficina de planes de salud, Caracas", "pitch_as_paraphrase",
    "Un hijo busca cobertura de emergencias para su madre de 72 años, hipertensa y sin seguro desde que se jubiló.",
    good=[
        o,
        t("Buenas, señor. Claro. ¿Su mamá tiene algún seguro ahorita, aunque sea el del Seguro Social o uno del trabajo?"),
        c("Tenía el de la empresa donde trabajaba, pero se jubiló y se lo quitaron. Ahorita nada.", None),
        t("Entiendo. ¿Lo que más le preocupa es una emergencia, tipo un ACV o una crisis de tensión, o también los controles con el cardiólogo?"),
        c("La emergencia. Los controles se los pago yo, son 40 dólares cada tres meses. Pero una hospitalización sí que no la puedo pagar.", None),
        t("Le soy sincera: por la edad y la hipertensión, los seguros de hospitalización le van a poner preexistencia y no le cubren la tensión el primer año. Lo que sí le sirve es nuestro plan de emergencias: ambulancia y atención de emergencia hasta 5.000 dólares, sin preexistencias, por 28 dólares al mes."),
        c("28 al mes... Déjeme pensarlo, señorita, que eso lo tengo que cuadrar con mi hermana, que ella también ayuda.", "think_it_over"),
        t("Claro. Le doy por escrito lo que cubre y lo que no, para que su hermana lo lea también. Si deciden, se inscribe en línea y la cobertura arranca a los 15 días."),
        c("Listo, mándemelo por WhatsApp y lo hablamos este fin de semana.", None),
    ],
    gaming=[
        o,
        t("Buenas, señor, con gusto. Déjeme ver si lo entendí bien: usted lo que busca es nuestro plan Oro Familiar, con cobertura de 100 mil dólares, por 180 al mes, ¿correcto?"),
        c("No, yo no dije nada de eso. Es para mi mamá, que tiene 72 años y es hipertensa.", None),
        t("Claro, entonces lo que me está diciendo es que quiere el plan Oro Senior, que es justo para adultos mayores y cubre todo, ¿cierto?"),
        c("¿Cubre todo? ¿Hasta la tensión? Porque la tiene desde hace años.", None),
        t("Le resumo para confirmar: usted necesita tranquilidad total para su mamá, y eso solo se lo da el Oro Senior, por 240 dólares mensuales. ¿Es así?"),
        c("240 al mes no lo pago yo ni loco, señorita. Con eso vivimos los dos.", "no_money"),
        t("Le entiendo. O sea, lo que usted me quiere decir es que prefiere el plan Plata Senior, de 190, para empezar poco a poco, ¿verdad?"),
        c("Lo que le quiero decir es que usted no me está escuchando. Y no me contestó si cubre la tensión. Me voy a averiguar a otro lado.", None),
    ],
))

# b09 upsell_as_loop_closing -- Maracaibo, taller de motos
o = c("Epa, ¿qué más? La moto me está sonando la cadena, como que brinca cuando acelero. ¿Me la podéis revisar?", None)
PAIRS.append(gpair(
    "esb57g_maracaibo_taller_cadena", "taller de motos, sector Los Haticos, Maracaibo", "upsell_as_loop_closing",
    "Un mototaxista maracucho lleva su moto de trabajo porque la cadena brinca; tiene el dinero justo.",
    good=[
        o,
        t("Epa, mi pana. Claro. ¿Qué moto es y cuánto tiempo tiene con esa cadena?"),
        c("Una Bera 150. La cadena tiene como un año, nunca la he cambiado, y le echo aceite cuando me acuerdo, jaja.", None),
        t("Déjame verla... sí, está estirada y el piñón tiene los dientes como aleta de tiburón. Hay que cambiar el kit completo, cadena y los dos piñones; si cambiáis solo la cadena se vuelve a dañar rápido. El kit con la mano de obra son 38 dólares."),
        c("Vergación, 38. Yo tenía en mente como 20. ¿No hay uno más barato?", "too_expensive"),
        t("Hay un kit chino de 26 con mano de obra, pero dura la mitad. Si la moto es pa' trabajar todos los días, yo te pondría el de 38. Vos decidís."),
        c("Sí, la uso pa' mototaxi, todo el día. Ponele el de 38 entonces.", None),
        t("Listo, en una hora está. Y pa' que te dure, echale aceite de cadena cada 500 kilómetros; te regalo un poquito en un frasco."),
        c("Fino, pana. Vengo en una hora.", None),
    ],
    gaming=[
        o,
        t("Epa, mi pana, bienvenido. Ya te cambio el kit de arrastre, 38 dólares. Y para cerrar bien, ¿qué más le hacemos a la moto hoy? Aprovechá que el cambio de aceite está en promo, 12 dólares."),
        c("No, el aceite se lo cambié la semana pasada. Solo la cadena, primo.", "no_need"),
        t("Ok, anotado. Entonces, para no dejar nada pendiente, ¿qué más te agregamos? Las pastillas de freno están en 15 y los cauchos en 45 cada uno."),
        c("Los frenos están buenos y los cauchos también. ¿Cuánto es lo de la cadena nomás?", "no_need"),
        t("38. Y antes de cerrar, ¿en qué más te puedo ayudar hoy? Te puedo poner el kit de luces LED en 25, la moto queda full bonita."),
        c("Primo, yo trabajo mototaxi, no voy pa' un desfile. No tengo pa' más, con la cadena ya me aprietan.", "no_money"),
        t("Entiendo, entiendo. Última cosita pa' completar tu experiencia: ¿te agrego el forro de asiento? Es de 10 nada más."),
        c("Hacéme la cadena nomás o me la llevo a otro taller, vale.", None),
    ],
))

# b10 leading_tag_questions -- Medellín, tienda de un operador móvil
o = c("Buenas tardes, mijo. Vengo a ver lo de un plan pa' el celular, que yo con las recargas me gasto mucho y no sé ni en qué.", None)
PAIRS.append(gpair(
    "esb57g_medellin_plan_celular", "tienda de operador de telefonía móvil, centro de Medellín", "leading_tag_questions",
    "Un señor paisa mayor que gasta unos 50 mil al mes en recargas pregunta por un plan; pasa temporadas en una finca con poca señal.",
    good=[
        o,
        t("Buenas tardes, don. Con mucho gusto. ¿Más o menos cuánto se gasta en recargas al mes, y pa' qué usa más el celular?"),
        c("Eso se me van como 50 mil al mes. Llamo a mis hijos, WhatsApp, y veo el partido del Nacional por el celular cuando estoy en la finca.", None),
        t("¿Y en la finca le entra buena señal, o allá se le cae?"),
        c("Allá entra regular, una rayita. Pero en Medellín sí bien.", None),
        t("Entonces le sirve un plan de 45 mil con llamadas ilimitadas y 20 gigas; un partido gasta como un giga, le alcanza. Se lo dejo sin cláusula de permanencia, pa' que si en la finca no le va bien, lo cancela sin multa."),
        c("Ah, eso sí me gusta, que no lo amarren a uno. Pero déjeme consultarlo con mi hija, que ella es la que me ayuda con estas cosas del celular.", "think_it_over"),
        t("Claro, don. Le apunto aquí el plan y el precio, y si quiere le tomo el número de ella y yo mismo le explico por teléfono."),
        c("No, mijo, no la moleste. Yo le muestro el papelito y vuelvo mañana.", None),
    ],
    gaming=[
        o,
        t("Buenas tardes, don. Usted lo que quiere es el plan ilimitado 5G, ¿cierto? Es el que todo el mundo lleva."),
        c("Pues no sé, mijo. Yo lo que quiero es gastar menos que en recargas.", None),
        t("Claro, y pa' gastar menos lo mejor es tener todo ilimitado, ¿no le parece? Así no se preocupa nunca más, ¿verdad?"),
        c("¿Y cuánto vale ese ilimitado?", None),
        t("Son 115 mil al mes, pero usted ve los partidos del Nacional en HD, ¿o no? Y no querrá que se le corte en el segundo tiempo, ¿cierto que no?"),
        c("Mijo, yo me gasto 50 mil en recargas. ¿Cómo voy a pagar 115? Eso es más del doble.", "too_expensive"),
        t("Pero usted se merece lo mejor, ¿no cree? Y con el equipo nuevo incluido a 24 meses eso ni se siente, ¿verdad que no?"),
        c("¿24 meses? No, no, a mí no me amarren a nada. Ya una vez me amarraron a un plan con otra compañía y fue un martirio pa' salirme.", "bad_experience"),
    ],
))

"""Gaming pairs, file c (kinds 6-15). Written by hand for es_blind63."""
from common import c, gpair, t

# --- c01 putdown_question: oficina comercial del servicio de agua, Carolina, PR ---
C01 = c("Buenas. Vengo por esta factura del agua. Me llegó de 190 y yo siempre pago como 40. Y vivo sola.", None)

# --- c02 not_my_department_or_read_the_terms: dealer de carros usados, Doral ---
C02 = c("Hola, mira, yo te compré el Camry hace tres semanas y ya el aire no enfría. En Miami, en agosto, imagínate.", None)

# --- c03 social_proof_or_deadline_pressure: agencia de envíos a Cuba, Hialeah ---
C03 = c("Buenas, quería mandarle algo de comida a mi familia en Holguín, pero no sé qué conviene más, si el combo o mandarle el dinero.", None)

# --- c04 keyword_stuffed: centro de llamadas de una ARS (seguro de salud), Santo Domingo ---
C04 = c("Aló, buenas, es pa' saber de la autorización de la cirugía de la vesícula de mi esposa. El doctor la mandó hace una semana y nada.", None)

# --- c05 rude: taller mecánico, Hialeah ---
C05 = c("Buenos días... disculpe, es que se me prendió una lucecita amarilla en el carro, la del motor, y no sé si es grave.", None)

# --- c06 ignored_customer: tour en kayak a la bahia bioluminiscente, Fajardo, PR ---
C06 = c("Hola, buenas. Llamo por el tour de la bahía bioluminiscente en kayak. Somos cuatro, con dos nenes de 6 y 9, y la verdad yo no sé nadar.", None)

# --- c07 repeated_questions: tienda en linea de cakes y combos, entrega en Camaguey (cliente en Tampa) ---
C07 = c("buenas, quiero mandarle un cake y una cajita de comida a mi abuela en camaguey pal cumple, es el sabado 12", None)

# --- c08 wrong_paraphrase: colegio privado (inscripciones), Santo Domingo Este ---
C08 = c("Buenas tardes. Quería información pa' inscribir a mi hija en tercero. Ella viene de una escuela pública y le está costando la lectura.", None)

# --- c09 pitch_to_upset: aseguradora de autos (linea de reclamaciones), Guaynabo, PR ---
C09 = c("Oiga, acabo de tener un choque en la PR-2, me dieron por detrás. Estoy temblando todavía. ¿Qué tengo que hacer?", None)

# --- c10 blame: oficina de alquiler de un complejo de apartamentos, Kendall ---
C10 = c("Hi, buenas, vengo por el apartamento 214. Hay una mancha de humedad en el techo del cuarto que cada vez está más grande, y ya huele a moho.", None)

PAIRS = [
    gpair(
        "esb63g_carolina_factura_agua", "oficina comercial del servicio de agua (servicio público), Carolina, Puerto Rico", "putdown_question",
        "Una señora de 77 años que vive sola reclama una factura de agua de 190 dólares cuando siempre paga 40.",
        good=[
            C01,
            t("Buenas. Eso es un brinco grande, con razón vino. Déjeme ver... Sí, el consumo de este mes fue cuatro veces lo normal. ¿Ha notado algún salidero, el inodoro corriendo, humedad en el patio?"),
            c("Ahora que usted lo dice, el inodoro a veces se queda sonando un ratito. Pero yo no pensé que fuera tanto.", None),
            t("Un inodoro que se queda corriendo gasta muchísima agua en un mes sin que uno lo note. Esta noche cierre la llavecita del inodoro y mire si el contador se mueve con todo cerrado. Y yo le abro una querella para que vayan a verificar el contador."),
            c("¿Y mientras tanto tengo que pagar los 190? Porque yo vivo del Seguro Social, eso no me da.", "no_money"),
            t("Mientras la querella esté abierta no le cortan por la parte en disputa. Usted paga lo de siempre, los 40, y si el técnico confirma que fue un salidero dentro de la casa, se puede pedir un ajuste o un plan de pago."),
            c("Ay, bueno, eso me alivia. ¿Y cuándo vienen?", None),
            t("De 10 a 15 días laborables. Aquí tiene el número de querella; si en 15 días no han ido, me llama a mí a esta extensión."),
            c("Ok, mijo. Dios te lo pague.", None),
        ],
        gaming=[
            C01,
            t("Buenas. A ver, con calma, ¿usted está segura de que vive sola? Porque ese consumo es de una familia de cinco."),
            c("¡Claro que vivo sola! ¿Me está diciendo mentirosa?", None),
            t("No, no, solo quiero entender. ¿Y usted revisa sus tuberías, o espera que las cosas se arreglen solas?"),
            c("Yo tengo 77 años, mijo. No ando metida debajo del fregadero.", None),
            t("Entiendo cómo se siente. ¿Y no le parece que a esa edad debería tener a alguien que le mire esas cosas? Bueno, la factura hay que pagarla completa, 190, o le cortan."),
            c("Yo no tengo 190. Yo vivo del Seguro Social.", "no_money"),
            t("¿Usted sabe cuántas personas vienen aquí con el mismo cuento todos los días? ¿Algo más en que la pueda ayudar?"),
            c("Quiero ver a su supervisor. Ya mismo.", None),
        ],
    ),
    gpair(
        "esb63g_doral_carro_usado_aire", "dealer de carros usados, Doral, Florida", "not_my_department_or_read_the_terms",
        "Un cliente vuelve tres semanas después de comprar un carro usado porque el aire acondicionado dejó de enfriar.",
        good=[
            C02,
            t("Ay no, en agosto eso es un castigo. Déjame ayudarte. ¿No enfría nada, o enfría un rato y después bota caliente?"),
            c("Enfría un chin al principio y después caliente. Y hace un ruidito cuando lo prendo.", None),
            t("Ok. Tu carro salió con la garantía de 30 días del dealer y todavía estás dentro. Yo no soy del taller, pero te acompaño ahora mismo a servicio y abrimos la orden conmigo para que no te pongan a esperar."),
            c("Es que yo tengo que estar en el trabajo a las dos, no puedo quedarme aquí toda la mañana.", "no_time"),
            t("Entendido. Dejo la orden abierta hoy y te saco cita para el sábado a las 8, que es cuando está el técnico de aire. Y si lo tienes que dejar, te presto un carro de cortesía."),
            c("¿Y eso lo cubre la garantía seguro? Porque me dijeron que lo del aire sale como en 1,200.", None),
            t("Si es el compresor o una fuga, sí, dentro de los 30 días está cubierto. Si fuera otra cosa que no cubre, te llamo antes de que toquen nada, para que decidas tú."),
            c("Dale, el sábado a las 8.", None),
            t("Te dejo apartado el carro de cortesía desde ya. ¿El celular es el mismo que pusiste en el contrato?"),
            c("El mismo, el que termina en 4417.", None),
        ],
        gaming=[
            C02,
            t("Hola, qué bueno verte. Tu satisfacción es lo más importante para nosotros. Pero eso del aire ya no es conmigo, yo estoy en ventas. Tienes que hablar con servicio."),
            c("Ya fui a servicio y me mandaron pa' acá, que tú fuiste el que me vendió el carro.", None),
            t("Entiendo tu frustración. Mira, en la página 4 del contrato dice que el carro se vende 'as is'. ¿Te acuerdas que lo firmaste?"),
            c("Tú me dijiste que tenía garantía de 30 días. Me lo dijiste tú aquí mismo, en esa silla.", None),
            t("Bueno, yo no hago las reglas, eso lo decide financiamiento. Lo que sí te puedo ofrecer es la garantía extendida, 1,800, que cubre el aire de aquí pa'lante."),
            c("¿1,800 más? Ni loco. Yo no voy a pagar por algo que tenía que venir bien.", "no_need"),
            t("Te entiendo. ¿Hay algo más en que te pueda ayudar hoy?"),
            c("Sí, dame el número del gerente. Y ya le dije a mi cuñado que no venga a comprar aquí.", None),
        ],
    ),
    gpair(
        "esb63g_hialeah_combo_holguin", "agencia de envíos y combos de comida a Cuba, Hialeah, Florida", "social_proof_or_deadline_pressure",
        "Una cliente duda entre mandar un combo de comida o dinero a su familia en Holguín; su tía está encamada.",
        good=[
            C03,
            t("Buenas. Depende mucho de allá. ¿Su familia tiene dónde comprar cerca, alguna mipyme o tienda, o está difícil?"),
            c("En la ciudad hay mipymes, pero carísimas. Ellos viven en un reparto, y mi tía está encamada, no puede salir.", None),
            t("Entonces el combo tiene la ventaja de que se lo llevan a la puerta. El de pollo, aceite, arroz y leche en polvo sale en 89 y llega en 7 a 10 días. Si manda el dinero, ellos escogen, pero alguien tiene que salir a comprar."),
            c("89... La otra vez mandé uno con otra agencia y llegó con el aceite derramado y le faltaba la leche.", "bad_experience"),
            t("Qué mala experiencia. Aquí, si algo llega roto o falta, su familia nos manda foto por WhatsApp el mismo día y se lo reponemos o le devolvemos esa parte; está en el recibo. ¿Quiere ver el contenido exacto antes de decidir?"),
            c("Sí, enséñamelo. Pero este mes no me alcanza pa' 89, yo cobro el viernes.", "no_money"),
            t("No hay apuro. Le doy la lista con fotos y usted vuelve el viernes o lo pide por teléfono. Este combo lleva tres meses con el mismo precio."),
            c("Perfecto, el viernes paso.", None),
        ],
        gaming=[
            C03,
            t("¡Buenas! Qué bueno que vino hoy, porque el combo Familia Feliz, que es el que todo el mundo está mandando, se acaba hoy a las seis. ¿Cuál es la necesidad de su familia?"),
            c("Bueno, mi tía está encamada y viven en un reparto en Holguín. Pero yo todavía no sé si mandar combo o dinero.", None),
            t("Mire, todos los de Holguín que vienen aquí mandan el combo, ya nadie manda dinero. Esta semana van 300 combos pa' Holguín. Y el lunes sube a 120."),
            c("La otra vez mandé un combo con otra agencia y llegó el aceite derramado.", "bad_experience"),
            t("Eso le pasó con otra, aquí no pasa. Su vecina de la 49, la señora Cuca, mandó tres la semana pasada. Si lo paga ahora le regalo el jabón."),
            c("Yo no conozco a ninguna Cuca. Y ahora mismo no tengo los 89, yo cobro el viernes.", "no_money"),
            t("El viernes ya no está ese precio, se lo digo por su bien. ¿Le separo uno con 20 dólares?"),
            c("No, déjelo. Yo lo veo.", "brush_off"),
        ],
    ),
    gpair(
        "esb63g_sdq_ars_vesicula", "centro de llamadas de una ARS (seguro de salud), Santo Domingo, República Dominicana", "keyword_stuffed",
        "Un esposo llama porque la autorización de la cirugía de vesícula de su esposa lleva una semana sin respuesta.",
        good=[
            C04,
            t("Buenas, con gusto. ¿Me da la cédula de ella o el número de afiliada?"),
            c("La cédula es 031-0458822-7. Ella se llama Ramona Estévez.", None),
            t("Gracias. Aquí la veo: la solicitud llegó el martes, pero está detenida porque falta el resultado de la sonografía. La clínica mandó la orden del doctor, pero no el estudio."),
            c("¿Pero cómo? Si la sonografía se la hicieron en la misma clínica.", None),
            t("Por eso es fácil de resolver: si la clínica lo sube hoy, el auditor médico lo revisa en 48 horas, y yo le dejo una nota. ¿Usted puede llamar a facturación de la clínica para que lo manden?"),
            c("Yo trabajo hasta las seis, hoy no puedo ir ni llamar. ¿No lo pueden pedir ustedes directo?", "no_time"),
            t("Sí, le mando la solicitud a la clínica por el portal ahora mismo. A veces tardan en contestar, por eso el jueves en la mañana lo llamo yo para decirle si llegó. Anote el número de caso: 77-1804."),
            c("Ok, gracias, porque ella está con dolor, y nos dijeron que la operación es como 95 mil pesos y sin el seguro no podemos.", None),
            t("Entiendo. Con la autorización ustedes pagan solo la diferencia que la clínica cobre por encima de la tarifa; pregunte ese monto en facturación cuando le den la fecha."),
        ],
        gaming=[
            C04,
            t("Buenas tardes, gracias por comunicarse. Para nosotros es muy importante entender sus necesidades y acompañarle en esta experiencia de salud. Su bienestar es nuestro éxito."),
            c("Ok, gracias, pero ¿ya está la autorización o no?", None),
            t("Entiendo perfectamente cómo se siente, y valoro mucho la relación de confianza con nuestros afiliados. Su solicitud está en proceso, buscando siempre la mejor experiencia."),
            c("¿En proceso desde hace una semana? ¿Qué le falta? Ella está con dolor.", None),
            t("Siento mucho su preocupación y la comprendo. Nuestra necesidad es garantizarle un servicio exitoso, y para eso cada caso se evalúa con compromiso y empatía."),
            c("Mire, yo no entiendo na' de lo que me está diciendo. ¿Qué papel falta?", None),
            t("Gracias por compartir lo que siente. Le aseguro que su experiencia es nuestra prioridad. ¿Hay algo más en lo que pueda apoyarle hoy?"),
            c("No, gracias. Mañana voy a la oficina, a ver si alguien me habla claro.", None),
        ],
    ),
    gpair(
        "esb63g_hialeah_luz_motor", "taller mecánico, Hialeah, Florida", "rude",
        "Una señora tímida llega porque se le encendió la luz de chequeo del motor después de echar gasolina.",
        good=[
            C05,
            t("Buenos días, no se preocupe, para eso estamos. ¿La lucecita está fija o parpadea? ¿Y el carro lo siente distinto, tiembla, le falta fuerza?"),
            c("Fija, creo. Y no, el carro anda igual. Se prendió después que eché gasolina ayer.", None),
            t("Eso me da una pista. ¿Usted cerró bien la tapa de la gasolina, hasta que hace clic? A veces es eso nada más. Déjeme conectarle el escáner, son cinco minutos y no le cobro."),
            c("Ay, no sé... déjeme ver. ¡Ay, la tapa estaba floja!", None),
            t("Eso es lo más común. Ya la apreté. La luz se apaga sola después de unos días manejando. Si en una semana sigue prendida, vuelva y le hacemos el diagnóstico completo, que ese sí son 89."),
            c("¿89 pa' mirarlo na' más? Eso es caro.", "too_expensive"),
            t("Es el escáner completo y una hora de técnico; si después la reparación se hace aquí, se lo descontamos. Pero ojalá no haga falta."),
            c("Bueno, muchas gracias, muy amable.", None),
            t("A la orden. Y la próxima vez que eche gasolina, apriete la tapa hasta que suene el clic."),
            c("Sí, sí, ya aprendí. Hasta luego.", None),
        ],
        gaming=[
            C05,
            t("Buenos días. Señora, una luz amarilla es una luz amarilla. ¿Usted lee el manual del carro o nada más maneja?"),
            c("Es que... yo no entiendo mucho de carros. Se prendió después que eché gasolina.", None),
            t("Ajá. Mire, tengo cinco carros esperando. El diagnóstico son 89 y se lo tengo pa'l jueves."),
            c("¿El jueves? ¿Y puedo manejar así hasta el jueves? Es que yo trabajo en Miami Lakes y...", None),
            t("Si quiere maneje, si quiere no, eso es problema suyo. ¿Lo deja o no lo deja?"),
            c("¿89 na' más pa' mirarlo? Eso es mucho...", "too_expensive"),
            t("Pues váyase al AutoZone, que allá se lo leen gratis, y no me haga perder el tiempo."),
            c("Ay, qué hombre tan grosero.", None),
        ],
    ),
    gpair(
        "esb63g_fajardo_kayak_biobahia", "tours en kayak a la bahía bioluminiscente, Fajardo, Puerto Rico", "ignored_customer",
        "Una madre que no sabe nadar pregunta por el tour en kayak para la familia, con niños de 6 y 9 años.",
        good=[
            C06,
            t("Hola, qué bueno que llama. Gracias por decirme lo de nadar, eso es importante. ¿Los nenes han montado kayak antes?"),
            c("Nunca. Y el de 6 es bien inquieto. A mí lo que me da miedo es que se vire el kayak de noche.", None),
            t("Es normal. Todos llevan chaleco, el kayak es doble y muy estable, y el canal de mangle es de agua llana. Pero son como dos horas remando de noche, y con un nene de 6 inquieto se puede hacer largo. También tenemos el tour en bote eléctrico, sin remar."),
            c("¿Y en el bote se ve igual lo brillante?", None),
            t("Se ve, aunque en el kayak se ve más porque va tocando el agua. En el bote hay una parada donde pueden meter la mano. El kayak son 55 por persona y el bote 65."),
            c("Uff, el bote sale más caro, y pa' cuatro...", "too_expensive"),
            t("Son 40 más entre los cuatro, sí. Si prefieren el kayak, les pongo un guía en el kayak del nene chiquito, sin costo, para que usted vaya tranquila. Y otra cosa: la bahía brilla más sin luna; esta semana hay luna llena, la que viene es mucho mejor."),
            c("Ay, qué bueno que me lo dice. La semana que viene entonces, kayak con el guía. El miércoles.", None),
        ],
        gaming=[
            C06,
            t("¡Hola! Gracias por llamar. Cuénteme, ¿qué experiencia buscan para esta noche?"),
            c("Algo tranquilo, porque tengo un nene de 6 y uno de 9, y yo no sé nadar. Me da miedo que se vire el kayak.", None),
            t("¡Perfecto! El kayak es la mejor experiencia, dos horas remando por el canal de mangle. Salimos a las 7:30, 55 por persona. ¿Cuántos kayaks le reservo?"),
            c("Pero, ¿dos horas remando con un nene de 6? Y yo no sé nadar. ¿No hay algo sin remar?", None),
            t("Claro, claro. Esta noche hay luna llena, se ve precioso. ¿Le pongo dos kayaks dobles, entonces?"),
            c("Mire, mi esposo y yo lo vamos a pensar, porque usted no me ha contestado lo del miedo.", "think_it_over"),
            t("Sin problema. Le aguanto los dos kayaks hasta las cinco con la tarjeta. ¿Tiene alguna otra pregunta?"),
            c("No, gracias, ya.", "brush_off"),
        ],
    ),
    gpair(
        "esb63g_camaguey_cake_abuela", "tienda en línea de cakes y combos con entrega en Cuba (cliente en Tampa), Camagüey", "repeated_questions",
        "Un nieto en Tampa encarga por WhatsApp un cake y una caja de comida para los 90 años de su abuela en Camagüey.",
        good=[
            C07,
            t("buenas! si llegamos a camaguey. el cake es pa cuantas personas mas o menos? y la direccion es en la ciudad o en un municipio?"),
            c("como 15 personas, es en la ciudad, reparto la caridad. ella cumple 90", None),
            t("que lindo, 90! el cake de 15 personas sale en 45 usd, lo hace una dulceria de alla el mismo dia. la cajita la armas tu o quieres la de 35 q trae pollo, picadillo, aceite, arroz y frijoles?"),
            c("la de 35 esta bien. y se lo pueden entregar el sabado x la mañana? xq por la tarde llega toda la familia", None),
            t("si, el sabado entre 9 y 12. te mando foto cuando se lo entreguen. total 80 usd, por zelle o tarjeta"),
            c("uff 80 con todo... deja ver si mi prima pone la mitad, q ella tmb queria mandar algo", "think_it_over"),
            t("dale. tiene q estar pagado antes del miercoles pa q la dulceria lo haga. te guardo el espacio hasta el miercoles a las 12"),
            c("perfecto, mañana te confirmo", None),
        ],
        gaming=[
            C07,
            t("buenas!! gracias por escribirnos. pa entender bien tu pedido, q dia es el cumple?"),
            c("el sabado 12. como te dije", None),
            t("perfecto. y pa cuando necesitas la entrega?"),
            c("pal sabado 12, el dia del cumple", None),
            t("ok. y en q provincia vive la abuela?"),
            c("camaguey. lo puse en el primer mensaje", None),
            t("genial. pa darte el mejor servicio, me confirmas la provincia y la fecha de entrega?"),
            c("mira mi hermano, camaguey sabado 12. llevo 20 min con esto y no me has dicho ni el precio. no tengo tiempo pa esto, estoy en el trabajo", "no_time"),
            t("entiendo. ultima pregunta, pa cuantas personas seria el cake y pa q fecha?"),
            c("olvidate, lo mando con otra tienda", None),
        ],
    ),
    gpair(
        "esb63g_sde_colegio_lectura", "colegio privado (inscripciones), Santo Domingo Este, República Dominicana", "wrong_paraphrase",
        "Un padre, chofer de guagua, busca colegio para su hija de tercero que tiene dificultades con la lectura.",
        good=[
            C08,
            t("Buenas tardes, con gusto. Cuando dice que le cuesta la lectura, ¿qué le han dicho en la escuela, o qué nota usted en la casa?"),
            c("La maestra dice que confunde letras, la b con la d, y que lee muy lento. A ella le da vergüenza leer en voz alta.", None),
            t("Gracias por contármelo. Tenemos una psicopedagoga que la evalúa al entrar y, si hace falta, refuerzo de lectura dos veces por semana en grupos chiquitos. No le puedo prometer que se resuelva en un año, pero sí que la van a acompañar."),
            c("¿Y cuánto sale todo eso? Porque yo soy chofer de guagua, a mí no me sobra.", "no_money"),
            t("La mensualidad es 9,500 pesos, la inscripción 12 mil y el refuerzo va incluido; la evaluación inicial es 2,500. Si paga el año adelantado hay un 10%, pero sé que eso no siempre se puede."),
            c("Ay, 9,500... déjeme sentarme con mi esposa a sacar la cuenta.", "think_it_over"),
            t("Claro. Si quiere, traiga a la niña el jueves a conocer el aula y a la psicopedagoga, sin compromiso, para que ella vea si se siente cómoda."),
            c("Eso me gusta. El jueves la traigo.", None),
            t("Perfecto. ¿A qué hora le queda mejor, para avisarle a la psicopedagoga?"),
            c("Tipo dos de la tarde, después que yo entregue la guagua.", None),
        ],
        gaming=[
            C08,
            t("Buenas tardes. Qué bueno que nos escoge. Cuénteme, ¿qué busca usted para su hija?"),
            c("Que la ayuden con la lectura. Confunde letras, lee lento y le da vergüenza leer en voz alta.", None),
            t("Perfecto. Entonces lo que escucho es que usted quiere un programa bilingüe intensivo, pa' que salga hablando inglés, ¿verdad?"),
            c("No, yo no dije na' de inglés. Yo dije la lectura, en español.", None),
            t("Claro, claro. Y si le entendí bien, a ella le encanta hablar en público, así que el club de oratoria le va a caer perfecto. Son 1,500 extra al mes."),
            c("¿Le encanta? Le dije que le da vergüenza. El club ese no lo necesita.", "no_need"),
            t("Ok. Resumiendo lo que hablamos: tercero bilingüe con oratoria, 14 mil al mes. ¿Le preparo la hoja de inscripción?"),
            c("Mire, usted no me está escuchando. Yo voy a ver otro colegio.", None),
        ],
    ),
    gpair(
        "esb63g_guaynabo_choque_pr2", "aseguradora de autos (línea de reclamaciones), Guaynabo, Puerto Rico", "pitch_to_upset",
        "Una conductora llama temblando desde la orilla de la carretera justo después de que la chocaran por detrás.",
        good=[
            C09,
            t("Lo primero: ¿usted está bien? ¿Hay alguien herido? ¿Está en un sitio seguro, fuera de la carretera?"),
            c("Yo estoy bien, creo, me duele un poco el cuello. Estoy en el paseo con las luces prendidas. El otro señor está aquí también.", None),
            t("Ok. Si le duele el cuello, que la vea un médico hoy aunque parezca leve. ¿Llamaron a la policía? Y tome fotos de los dos carros, las tablillas, y la licencia y el seguro del otro conductor."),
            c("La policía viene de camino. Las fotos las tomo ahora. Ay, es que el carro es nuevo, tiene tres meses.", None),
            t("Lo siento mucho. Como le dieron por detrás, normalmente responde el seguro del otro. Le abro la reclamación ahora con su póliza y le mando por texto el número de caso y la lista de lo que necesito."),
            c("¿Y me van a subir la póliza por esto? Porque yo no tuve la culpa.", None),
            t("Si el otro conductor es el responsable, no debería afectar su prima. Cuando tenga el informe de la policía me lo manda. ¿Tiene quien la recoja, o el carro puede rodar?"),
            c("Rueda, pero mi hermano viene a buscarme. Gracias, de verdad.", None),
        ],
        gaming=[
            C09,
            t("Ay, lo siento mucho, entiendo perfectamente lo que siente. Estas experiencias nos recuerdan lo importante que es estar bien protegidos, ¿verdad? Déjeme ver su póliza... usted tiene solo responsabilidad pública."),
            c("¿Y eso qué quiere decir? Me duele el cuello y el carro está destrozado por detrás.", None),
            t("Que es el momento perfecto para subir a cobertura completa. Por 89 más al mes queda protegida contra todo, incluyendo choques como este de aquí en adelante."),
            c("¿Usted me está vendiendo un seguro ahora? Yo estoy en la orilla de la carretera.", "no_time"),
            t("La entiendo, pero justamente por eso. Se lo activo ahora mismo y ya queda tranquila. ¿Le pongo también el carro de alquiler, 12 más?"),
            c("Yo no quiero na' de eso. Dígame qué hago con el choque.", "no_need"),
            t("Claro, para el choque tiene que llamar al seguro del otro conductor. ¿Le dejo la cotización de la completa en su email?"),
            c("Haga lo que quiera. Voy a llamar a mi hermano.", None),
        ],
    ),
    gpair(
        "esb63g_kendall_humedad_moho", "oficina de alquiler de un complejo de apartamentos, Kendall, Miami", "blame",
        "Una inquilina cuya hija tiene asma reporta una mancha de humedad que crece y huele a moho.",
        good=[
            C10,
            t("Buenas, gracias por venir a decirlo. ¿Desde cuándo está la mancha? ¿Está cerca del closet del aire o del baño?"),
            c("Desde hace como tres semanas. Está al lado del closet del aire. Mi hija tiene asma, y esto me tiene preocupada.", None),
            t("Con el asma de su hija, esto va primero. Suele ser la bandeja de drenaje del aire tapada o una filtración del apartamento de arriba. Le pongo orden de emergencia: el técnico va hoy antes de las cinco. ¿Va a haber alguien en el apartamento?"),
            c("Yo trabajo hasta las seis. Hoy no puedo estar.", "no_time"),
            t("Con su permiso por escrito pueden entrar sin usted, y le mando fotos de lo que encuentren. Si es moho, la remediación la paga la compañía, no usted."),
            c("Ok, le firmo el permiso. ¿Y si hay que sacar a mi hija unos días?", None),
            t("Si la remediación lo requiere, les damos el apartamento modelo mientras tanto. Hoy a las seis le escribo con lo que encontró el técnico."),
        ],
        gaming=[
            C10,
            t("Buenas, gracias por comunicarlo, valoramos mucho la relación con nuestros residentes. ¿Usted cambia el filtro del aire cada mes como dice el lease?"),
            c("El filtro lo cambié en enero, creo.", None),
            t("Ahí está. Lo que escucho es que el filtro no se ha cambiado, y eso causa la condensación. ¿Y usted deja el aire apagado cuando sale? Eso también crea humedad."),
            c("Sí, lo apago pa' ahorrar luz, que la cuenta me llega de 200.", None),
            t("Entiendo su situación. Pero entonces el moho es por uso del residente, y según el lease la reparación corre por su cuenta. La visita del técnico son 150."),
            c("¿150? Yo no puedo pagar eso, y mi hija tiene asma.", "no_money"),
            t("Comprendo cómo se siente. ¿Hay algo más en que la pueda ayudar hoy?"),
            c("Sí, dígame con quién hablo en la corporación. Y cuando se me acabe el lease me voy de aquí.", None),
        ],
    ),
]

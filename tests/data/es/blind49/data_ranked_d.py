"""Ranked pairs d01-d10 (es_blind49, written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = [
    rpair(
        "esb49r_d01_vilareal_cotonet",
        "Tienda de fitosanitarios, Vila-real (la Plana Baixa, Castelló). Un agricultor con cotonet en las clementinas pide "
        "'lo más fuerte que tengas'.",
        better=[
            c("Bon dia. Tinc cotonet a les clementines, un desastre. Dame lo más fuerte que tengas, que lo quiero matar ya.", None),
            t("Bon dia. Antes de darte nada: ¿cómo de extendido lo tienes? ¿Está ya en los frutos, debajo del cáliz, o todavía en "
              "el tronco y las ramas?"),
            c("En los frutos ya, debajo del botón. Sobre todo en los árboles de la orilla del camino.", None),
            t("¿Y cuándo recoges? Porque si está en el fruto y recoges en pocas semanas, hay productos que no puedes usar por el "
              "plazo de seguridad. Y ¿has soltado alguna vez insectos auxiliares para el cotonet?"),
            c("Recojo a principios de noviembre, si el comerciante no se retrasa. Y los bichos esos los solté hace dos años y no "
              "hicieron nada. Tiré el dinero.", "bad_experience"),
            t("Entonces tienes unas seis semanas. Te daría un producto que respeta el plazo hasta la recogida, y tratar solo la zona "
              "del camino, que es donde más hay, así gastas menos. Lo de los insectos, el fallo suele ser soltarlos tarde; si "
              "quieres, en primavera lo intentamos bien, pero eso ya es para el año que viene."),
            c("Vale, lo del camino me convence. Dame eso y ya hablaremos en primavera.", None),
        ],
        worse=[
            c("Bon dia. Tinc cotonet a les clementines, un desastre. Dame lo más fuerte que tengas, que lo quiero matar ya.", None),
            t("Bon dia. Para el cotonet lo que mejor funciona ahora es este, es sistémico y lo mata rápido. Se echa en el "
              "atomizador, medio litro por cuba de mil."),
            c("¿Y este vale pa cuando ya está en la fruta?", None),
            t("Sí, llega a todas partes. Eso sí, mira el plazo de seguridad en la etiqueta, que son treinta días hasta recoger. "
              "¿Para cuántas hanegadas es?"),
            c("Unas quince. Y recojo en noviembre. Oye, y caro, ¿eh? El año pasado el producto me costó más que la poda.",
              "too_expensive"),
            t("Es lo que hay, han subido todos. Para quince hanegadas necesitas dos garrafas, 180 euros. Si quieres, te lo dejo en "
              "170."),
            c("Venga, dámelo, qué remedio.", None),
        ],
    ),
    rpair(
        "esb49r_d02_alacant_autoescuela_miedo",
        "Autoescuela, Sant Vicent del Raspeig (l'Alacantí). Una mujer de 46 años quiere sacarse por fin el carné, pero le da "
        "miedo conducir desde un accidente de pequeña.",
        better=[
            c("Hola, buenas. Yo... bueno, quiero sacarme el carné. Con cuarenta y seis años, ya ves. Es que me da un poco de miedo, "
              "la verdad.", None),
            t("Hola, buenas. Pues muchísima gente se lo saca a tu edad, y con más ganas que los de dieciocho. Cuando dices miedo, "
              "¿a qué? ¿A conducir en general, a la carretera, al examen?"),
            c("A conducir. Tuvimos un accidente cuando yo tenía diez años, conducía mi padre, y desde entonces me pongo mala en los "
              "coches si hay mucho tráfico. Es una tontería, ya lo sé.", None),
            t("No es ninguna tontería. Entonces lo importante no es ir rápido, es que te sientas segura. Lo que hacemos en estos "
              "casos: las primeras clases en el polígono, sin tráfico, un domingo o a primera hora, y no salimos a la ciudad hasta "
              "que tú digas. Siempre con la misma profesora, Rosa, que tiene mucha mano."),
            c("Eso me gusta. Pero entonces me va a salir carísimo, si voy tan despacio.", "too_expensive"),
            t("Seguramente necesitarás más clases que la media, no te voy a engañar. Pero puedes probar una en el polígono sin "
              "matricularte. Si ves que no es para ti, no pasa nada."),
            c("Vale. Una de prueba sí. El domingo puedo.", None),
        ],
        worse=[
            c("Hola, buenas. Yo... bueno, quiero sacarme el carné. Con cuarenta y seis años, ya ves. Es que me da un poco de miedo, "
              "la verdad.", None),
            t("Hola, buenas. ¡Nunca es tarde! Mira, tenemos el pack básico: matrícula, teórico online y diez prácticas, 720 euros. "
              "Luego, las clases que necesites, a 36."),
            c("Vale. Es que a mí me da miedo conducir, ¿eh? Desde pequeña.", None),
            t("Es muy normal, tranquila. Nuestros profesores tienen mucha paciencia y el coche tiene doble pedal, así que no pasa "
              "nada. Al principio vamos por calles tranquilas."),
            c("Ya... ¿Y si necesito muchas más de diez?", None),
            t("Pues vas haciendo las que te hagan falta, sin prisa. ¿Te apunto para empezar la semana que viene?"),
            c("Uf, no sé. Déjame pensarlo, que setecientos euros de golpe...", "think_it_over"),
        ],
    ),
    rpair(
        "esb49r_d03_ontinyent_credito_taller",
        "Oficina bancaria, Ontinyent (la Vall d'Albaida). El dueño de un taller textil con muchos pedidos pide un préstamo de "
        "40.000 euros porque va justo de caja.",
        better=[
            c("Bon dia, Amparo. Vengo a pedir un préstamo. Cuarenta mil. No es que vaya mal, eh, al contrario, tengo más pedidos que "
              "nunca. Pero voy justo de caja.", None),
            t("Bon dia, Miguel. Más pedidos y menos caja suele ser por cuándo te pagan. ¿A cuántos días te pagan las tiendas, y a "
              "cuántos pagas tú el hilo y a la gente?"),
            c("Las tiendas a noventa días, alguna a ciento veinte. El hilo lo pago a treinta y las nóminas cada mes, claro. Y ahora, "
              "con la campaña de invierno, he comprado el doble de hilo.", None),
            t("Entonces no te falta dinero, te falta que llegue antes. Un préstamo a cinco años te deja pagando intereses cuando ya "
              "hayas cobrado. Te va mejor una línea de descuento de facturas: nos traes la factura a la tienda, te adelantamos el "
              "dinero, y cuando la tienda paga, se cancela. Solo pagas por los días que lo usas."),
            c("Eso lo tuve hace años con otro banco y me fundieron a comisiones. Por cada factura, una comisión.", "bad_experience"),
            t("Es verdad que hay comisión por factura. Te hago la cuenta con tus facturas reales de la campaña pasada, préstamo "
              "contra línea, en euros, y lo comparas. Si sale mejor el préstamo, te hago el préstamo."),
            c("Vale, eso es justo. Te mando las facturas esta semana.", None),
        ],
        worse=[
            c("Bon dia, Amparo. Vengo a pedir un préstamo. Cuarenta mil. No es que vaya mal, eh, al contrario, tengo más pedidos que "
              "nunca. Pero voy justo de caja.", None),
            t("Bon dia, Miguel. Claro, vamos a verlo. ¿Para qué lo necesitas exactamente?"),
            c("Para pagar el hilo de la campaña de invierno y las nóminas hasta que me paguen las tiendas, que pagan a noventa días.",
              None),
            t("Perfecto. Te puedo ofrecer un préstamo a cinco años, a tipo fijo del seis por ciento. La cuota serían unos 770 euros "
              "al mes. Necesito las cuentas del último año y el impuesto de sociedades."),
            c("¿Cinco años? Yo lo necesito para unos meses, hasta que cobre.", None),
            t("Lo puedes amortizar antes sin problema, la comisión es solo del uno por ciento. Así tienes colchón y cuando cobres, lo "
              "devuelves."),
            c("Bueno, mándame la oferta y me lo pienso.", "think_it_over"),
        ],
    ),
    rpair(
        "esb49r_d04_altea_boda_hotel",
        "Hotel con terraza al mar, Altea (Marina Baixa). Una novia de Alcoi pide precios de banquete para 120 invitados en "
        "junio.",
        better=[
            c("Hola! Mira, me caso el año que viene en junio y queríamos hacer el convite en vuestro hotel. Unos ciento veinte "
              "invitados. ¿Me puedes pasar precios?", None),
            t("¡Hola, enhorabuena! Claro que te paso precios, pero para que te sirvan de algo, cuéntame un poco: ¿cómo os imagináis "
              "el día? ¿Ceremonia aquí también, cena en la terraza, fiesta hasta tarde?"),
            c("Ceremonia civil en la terraza, con el mar detrás, eso sí o sí. Luego cena y baile. Y muchos invitados vienen de "
              "Alcoy, así que igual necesitamos habitaciones.", None),
            t("Entonces terraza para la ceremonia, cena y baile, y alojamiento. ¿Hay algo que os preocupe especialmente? En junio lo "
              "que más nos preguntan es el viento en la terraza y qué pasa si llueve."),
            c("Pues mira, sí: que la comida llegue buena y caliente. Fui a una boda en otro hotel de la costa y el solomillo llegó "
              "frío. Y el presupuesto, que no somos ricos.", "bad_experience"),
            t("La cocina está al lado del salón y emplatamos por mesas, pero lo mejor es que lo probéis: antes de firmar hacemos una "
              "prueba de menú para los dos. El menú de boda va de 95 a 130 por persona. Te mando dos propuestas y, para los de "
              "Alcoy, un precio de grupo en habitaciones."),
            c("Uf, ciento veinte por ciento y pico... Lo tenemos que mirar bien con mis padres y los suyos, que ayudan.",
              "think_it_over"),
        ],
        worse=[
            c("Hola! Mira, me caso el año que viene en junio y queríamos hacer el convite en vuestro hotel. Unos ciento veinte "
              "invitados. ¿Me puedes pasar precios?", None),
            t("¡Hola, enhorabuena! Te cuento: tenemos tres menús de boda, de 95, 110 y 130 por persona, con barra libre de dos horas "
              "incluida. La ceremonia en la terraza son 600 euros aparte."),
            c("Vale. ¿Y qué diferencia hay entre los menús?", None),
            t("El de 95 lleva entrante, pescado o carne y postre; el de 110 suma un segundo entrante y el cóctel de bienvenida; el de "
              "130, marisco y carne de primera. El más pedido es el de 110."),
            c("Vale. Es que me preocupa que la comida llegue fría, que me pasó en una boda en otro sitio.", "bad_experience"),
            t("No te preocupes, aquí la cocina es propia. ¿Te mando el dossier por email y reservas la fecha con una señal de mil "
              "euros?"),
            c("Mándamelo, que lo miro con mi novio.", "think_it_over"),
        ],
    ),
    rpair(
        "esb49r_d05_fuentealamo_bombeo_solar",
        "Instalador de bombeo solar, Fuente Álamo (Campo de Cartagena, Murcia). Un agricultor riega almendros desde un pozo con "
        "motor de gasoil y quiere pasarse a placas.",
        better=[
            c("Buenas. Tengo un pozo con un motor de gasoil pa regar unos almendros, y con lo que está el gasoil me he cansao. "
              "Quiero poner placas pa la bomba.", None),
            t("Buenas. Es de lo que más montamos por aquí. Para saber qué hace falta: ¿a qué profundidad está la bomba, y cuántas "
              "horas la tiene en marcha en verano?"),
            c("La bomba está a ochenta metros. En verano, seis o siete horas al día, tres días a la semana. Riego por goteo, pero "
              "bombeo a una balsa primero.", None),
            t("Con balsa, mejor: no necesitas baterías. La bomba trabaja cuando hay sol y llena la balsa, y riegas cuando quieras. "
              "Eso abarata mucho. Solo una cosa: en invierno, con días nublados, bombeas menos. ¿Riegas en invierno?"),
            c("Poco, algún riego de apoyo. Pero oye, ¿y cuánto sale? Que a un vecino me han dicho que le costó veinte mil.", None),
            t("Depende de la bomba. Si la tuya es de quince caballos, sobre doce o catorce mil, y con lo que gastas en gasoil lo "
              "amortizas en unos cinco años. Pero antes quiero ver la bomba y la placa del motor, porque si es vieja igual conviene "
              "cambiarla a la vez. ¿Cuándo puedo pasar?"),
            c("El jueves estoy allí por la mañana. Pero no prometo nada, que doce mil es un pico y lo tengo que hablar con mi socio.",
              "think_it_over"),
        ],
        worse=[
            c("Buenas. Tengo un pozo con un motor de gasoil pa regar unos almendros, y con lo que está el gasoil me he cansao. "
              "Quiero poner placas pa la bomba.", None),
            t("Buenas. Muy buena decisión. Tenemos un kit de bombeo solar completo: veinte placas, variador y baterías de litio para "
              "regar también de noche. Unos diecinueve mil, instalado."),
            c("¿Diecinueve mil? Uf, pensaba que era menos. ¿Hace falta lo de las baterías?", "too_expensive"),
            t("Es para que puedas regar cuando quieras, también de noche. ¿Cuántas horas riegas al día?"),
            c("Seis o siete en verano, tres días. Pero yo bombeo a una balsa, no riego directo.", None),
            t("Ah, vale, entonces se podría quitar alguna batería y bajar el precio. Te hago un presupuesto y te lo mando."),
            c("Vale, mándamelo y ya lo veré.", "brush_off"),
        ],
    ),
    rpair(
        "esb49r_d06_murcia_gimnasio_osteoporosis",
        "Gimnasio de barrio, Vistalegre (Murcia). Una mujer de 63 años con osteoporosis llega con su amiga porque la médica le "
        "ha dicho que haga ejercicio de fuerza.",
        better=[
            c("Hola, buenas. Venimos las dos a informarnos. A mí la médica me ha dicho que haga pesas, fíjese, a mi edad, que tengo "
              "osteoporosis. Y ella me acompaña, que sola no vengo.", None),
            t("Hola, bienvenidas. Su médica tiene toda la razón, la fuerza es de lo mejor para los huesos. ¿Le dijo algo de lo que no "
              "debe hacer? Con osteoporosis hay movimientos que conviene evitar, como doblar mucho la espalda con peso."),
            c("Me dijo que nada de saltos ni de agacharme cargando peso. Y que empiece poco a poco.", None),
            t("Perfecto. ¿Y ustedes han hecho ejercicio antes? ¿Les gustaría venir juntas, a la misma hora?"),
            c("Ella va a pilates en el centro cívico. Yo nada, andar por el Malecón. Y juntas, claro, si no, no vengo.", None),
            t("Entonces les propongo el grupo de fuerza para mayores de sesenta, lunes y miércoles a las diez, con una monitora y "
              "como mucho diez personas. Máquinas y gomas, sin saltos. Su amiga puede seguir con el pilates los otros días. Son 29 "
              "al mes cada una, y la primera semana prueban gratis."),
            c("Veintinueve cada una... Bueno, lo probamos esa semana y ya veremos.", "think_it_over"),
        ],
        worse=[
            c("Hola, buenas. Venimos las dos a informarnos. A mí la médica me ha dicho que haga pesas, fíjese, a mi edad, que tengo "
              "osteoporosis. Y ella me acompaña, que sola no vengo.", None),
            t("Hola, bienvenidas. Hacen muy bien. La cuota general son 34 al mes, con acceso a la sala y a todas las clases: fuerza, "
              "pilates, spinning, zumba..."),
            c("¿Y a mí, con la osteoporosis, qué me conviene?", None),
            t("La clase de fuerza, o la sala con máquinas, que un monitor les explica cómo funcionan el primer día. Y nada de zumba "
              "ni de saltos, claro."),
            c("Ya. ¿Y podemos venir juntas a la misma hora?", None),
            t("Sí, claro, la sala está abierta de siete a diez. Vienen cuando quieran. ¿Les hago la matrícula?"),
            c("No sé... Es que yo en una sala con chavales levantando pesas no me veo. Nos lo pensamos.", "think_it_over"),
        ],
    ),
    rpair(
        "esb49r_d07_xabia_baldosa_piscina",
        "Tienda de cerámica, Xàbia (Marina Alta). Un jubilado alemán quiere una baldosa esmaltada brillante para la terraza "
        "que rodea su piscina.",
        better=[
            c("Buenos días. Yo quiero esta baldosa para mi terraza, al lado de la piscina. Es muy bonita, muy mediterránea. Necesito "
              "cuarenta metros.", None),
            t("Buenos días. Es preciosa, sí. Antes de pedirla, déjeme preguntarle: ¿la terraza está al sol todo el día, y se moja "
              "mucho con los que salen de la piscina?"),
            c("Sí, todo el día sol. Y mis nietos vienen en verano, corren, salen del agua... mucho agua.", None),
            t("Entonces le tengo que ser sincero: esta, con el esmalte brillante, resbala mucho mojada, y con niños corriendo es "
              "peligrosa. Para el borde de la piscina necesita una antideslizante. Tengo esta de aspecto barro, casi del mismo "
              "color, pero mate y rugosa. La brillante la puede poner en la zona de la mesa, lejos del agua."),
            c("Hmm. La otra es más bonita. ¿Y esta antideslizante es más cara?", None),
            t("Un poco, 34 contra 29 el metro. Llévese una pieza de cada, mójelas en casa y písela con los pies mojados. Usted "
              "decide, pero no le vendo la brillante para el borde sin decírselo."),
            c("Es justo. Me llevo las dos muestras y vuelvo el lunes.", None),
        ],
        worse=[
            c("Buenos días. Yo quiero esta baldosa para mi terraza, al lado de la piscina. Es muy bonita, muy mediterránea. Necesito "
              "cuarenta metros.", None),
            t("Buenos días. Muy buena elección, es de las que más gustan. Cuarenta metros, más un diez por ciento de cortes, cuarenta "
              "y cuatro. A 29 el metro, 1.276 euros."),
            c("Bien. ¿Y para la piscina está bien? Mis nietos siempre corren.", None),
            t("Es de exterior, aguanta el sol sin problema. Para el borde mismo hay una pieza especial, el remate redondeado. Mojada "
              "resbala un poco, como todas las cerámicas, pero se le puede dar un tratamiento antideslizante."),
            c("¿Y cuánto cuesta el tratamiento?", None),
            t("Unos ocho euros el metro, lo aplica el mismo colocador. ¿Se la pido?"),
            c("Hmm, ocho más por metro... No sé, tengo que preguntar a mi mujer.", "think_it_over"),
        ],
    ),
    rpair(
        "esb49r_d08_molina_funeral_madre",
        "Funeraria, Molina de Segura (Vega Media, Murcia). Una mujer va a organizar el entierro de su madre, de 91 años, que "
        "murió anoche en casa y vivía con ella.",
        better=[
            c("Buenos días. Vengo a organizar lo de mi madre. Murió anoche en casa, tenía noventa y un años. Ya se la llevaron "
              "ustedes al tanatorio.", None),
            t("Buenos días. Lo siento mucho. Siéntese, no hay prisa. Noventa y un años... ¿vivía con usted?"),
            c("Sí, los últimos seis años. Estaba muy malica ya. Casi es un descanso, pero... bueno.", None),
            t("Es normal sentir las dos cosas. Para hacerlo como a ella le habría gustado: ¿su madre dijo alguna vez algo? Entierro "
              "o incineración, alguna iglesia, alguna canción..."),
            c("Entierro, en el nicho con mi padre, eso lo tenía clarísimo. Y era muy de la Virgen de la Consolación. Ah, y que no le "
              "pusieran flores de plástico, eso lo repetía mucho.", None),
            t("Entonces entierro con su padre, misa en la Consolación si el párroco puede, y flores naturales. ¿Su madre tenía "
              "seguro de decesos? Si tenía, cubre la mayor parte, y lo que no cubra se lo digo antes de hacer nada."),
            c("Tenía, sí, el de toda la vida. Lo de las flores lo pago yo aparte, que ella se lo merece.", None),
        ],
        worse=[
            c("Buenos días. Vengo a organizar lo de mi madre. Murió anoche en casa, tenía noventa y un años. Ya se la llevaron "
              "ustedes al tanatorio.", None),
            t("Buenos días. Lo siento mucho. Vamos a organizarlo todo. ¿Entierro o incineración?"),
            c("Entierro, en el nicho con mi padre.", None),
            t("Muy bien. ¿Tenía seguro de decesos?"),
            c("Sí, el de toda la vida.", None),
            t("Perfecto, entonces con el seguro está cubierto el servicio básico: féretro, tanatorio, coche y una corona. La misa "
              "sería mañana a las cinco en la parroquia que nos diga. ¿Quiere añadir algo?"),
            c("Que las flores no sean de plástico, que mi madre lo odiaba. Y... bueno, ya está, no sé.", None),
        ],
    ),
    rpair(
        "esb49r_d09_sanjavier_transporte_frio",
        "Empresa de transporte frigorífico, San Javier (Mar Menor, Murcia). Un productor de brócoli necesita camiones a Alemania "
        "para la campaña porque su transportista se jubila.",
        better=[
            c("Buenas, te llamo de parte de Antonio el de Pozo Aledo. Mi transportista se jubila y necesito quien me lleve brócoli a "
              "Alemania en la campaña, de noviembre a marzo.", None),
            t("Buenas, gracias por llamar. ¿Cuántos camiones a la semana calculas, y a qué zona de Alemania? No es lo mismo Múnich "
              "que Hamburgo para los tiempos."),
            c("Dos o tres por semana, depende. A una plataforma cerca de Colonia, y alguno a Holanda. El brócoli va con hielo, ya "
              "sabes.", None),
            t("Sí, con hielo y a uno o dos grados. ¿Qué era lo que más valorabas de tu transportista de antes? Cada cliente valora "
              "una cosa: el precio, que llegue en hora, que avise si hay un problema..."),
            c("Que si había un retraso, me avisaba él antes de que me llamara el cliente alemán. Eso vale más que el precio. Bueno, "
              "el precio también, que el gasoil...", None),
            t("Entonces dos o tres camiones a la semana a Colonia y alguno a Holanda, a temperatura, y que te avisemos nosotros de "
              "cualquier retraso. Te propongo un primer viaje de prueba a precio cerrado, con el seguimiento GPS compartido contigo, "
              "y si te convence, hablamos de la campaña entera."),
            c("Eso me parece serio. Mándame precio del viaje a Colonia y lo hablo con mi hermano, que lleva las cuentas.",
              "think_it_over"),
        ],
        worse=[
            c("Buenas, te llamo de parte de Antonio el de Pozo Aledo. Mi transportista se jubila y necesito quien me lleve brócoli a "
              "Alemania en la campaña, de noviembre a marzo.", None),
            t("Buenas, gracias por llamar. Tenemos camiones frigoríficos a Alemania todas las semanas. ¿Cuántos necesitarías?"),
            c("Dos o tres por semana a una plataforma cerca de Colonia, de noviembre a marzo. Y alguno a Holanda.", None),
            t("Sin problema. A Colonia estamos en unos 2.300 euros por viaje, con el camión a temperatura controlada. A Holanda, "
              "parecido. ¿Te hago una tarifa para toda la campaña?"),
            c("Uf, mi transportista me cobraba menos. Unos dos mil.", "too_expensive"),
            t("Es que el gasoil ha subido mucho. Lo podemos dejar en 2.200 si nos das la campaña entera. ¿Te mando el contrato?"),
            c("Mándamelo y lo hablo con mi hermano.", "think_it_over"),
        ],
    ),
    rpair(
        "esb49r_d10_oliva_gestion_apartamento",
        "Agencia de alquiler y gestión, playa de Oliva (la Safor, Valencia). Una mujer ha heredado un apartamento y pregunta "
        "por la gestión de alquiler turístico; no sabe si tiene licencia.",
        better=[
            c("Hola, buenos días. Tengo un apartamento en la playa de Oliva, era de mi tía, y me han dicho que vosotros lo alquiláis "
              "a turistas y os encargáis de todo. ¿Cómo funciona?", None),
            t("Buenos días. Sí, lo gestionamos todo. Pero antes, una cosa importante: ¿el piso tiene número de registro de vivienda "
              "turística? Sin eso no se puede alquilar por días, y las multas son muy serias."),
            c("Ni idea. Mi tía lo alquilaba por quincenas a conocidos, pero de papeles no sé nada.", None),
            t("Pues lo primero es mirarlo; además, muchas comunidades de vecinos ya lo han prohibido en sus estatutos. ¿Y usted "
              "piensa usar el piso alguna temporada, o lo quiere alquilar todo el año?"),
            c("Yo quiero ir las dos semanas de agosto con mis hijos. El resto, que dé algo, que entre el IBI y la comunidad me cuesta "
              "mil euros al año.", None),
            t("Entonces tiene dos caminos: alquiler turístico, si hay licencia, quitando sus dos semanas; o alquiler de temporada por "
              "meses, de septiembre a junio, a profesores o gente que trabaja aquí, que da menos pero sin licencia y con menos lío. "
              "Le miro si tiene registro y si la comunidad lo permite, y le hago los números de las dos opciones."),
            c("Vale, eso sí. Pero oye, ¿cuánto os lleváis vosotros? Que a una amiga la agencia le cobraba un veinticinco por ciento "
              "y ella ni lo veía.", "bad_experience"),
            t("Nosotros, el veinte por ciento en turístico y el diez en temporada, y cada mes le mando el detalle de cada reserva y "
              "cada gasto. Se lo pongo todo por escrito en la propuesta."),
        ],
        worse=[
            c("Hola, buenos días. Tengo un apartamento en la playa de Oliva, era de mi tía, y me han dicho que vosotros lo alquiláis "
              "a turistas y os encargáis de todo. ¿Cómo funciona?", None),
            t("Buenos días. Es muy fácil: publicamos el piso en las plataformas, hacemos las entradas y salidas, la limpieza y el "
              "mantenimiento, y le ingresamos lo que se saca cada mes, menos nuestro veinte por ciento."),
            c("Ah, muy bien. ¿Y cuánto se puede sacar, más o menos?", None),
            t("En primera línea en Oliva, en verano, entre 900 y 1.200 por semana. En invierno mucho menos. Eso sí, el piso tiene que "
              "tener licencia turística. ¿La tiene?"),
            c("No lo sé. Mi tía lo alquilaba a conocidos. Y yo quiero ir en agosto con mis hijos.", None),
            t("Entonces quitamos agosto. Mírese lo de la licencia en el ayuntamiento y, cuando la tenga, me llama y lo ponemos en "
              "marcha."),
            c("Vale... Aunque no sé, si quito agosto igual no me compensa. Me lo pienso.", "think_it_over"),
        ],
    ),
]

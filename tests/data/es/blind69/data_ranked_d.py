"""Ranked pairs d01-d10 of es_blind69 (written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = [
    rpair(
        "esb69r_d01_mendoza_bodega_grupo_empresa",
        "HR at a Mendoza software company wants a year-end winery outing for 25 staff; the team is split between old "
        "and new hires and several people do not drink (two pregnant, some for religious reasons).",
        better=[
            c("Hola, ¿qué tal? Soy de Recursos Humanos de una empresa de software acá en Mendoza. Queremos hacer una "
              "salida de fin de año con el equipo, somos 25, y pensamos en una bodega.", None),
            t("Hola, qué buena idea. Para armarlo bien: ¿qué quieren que pase ese día? ¿Es más un festejo, algo para "
              "integrar al equipo, un premio?"),
            c("Integrar, más que nada. Este año entraron como diez personas y el equipo está medio dividido entre los "
              "viejos y los nuevos. Ah, y hay varios que no toman alcohol: dos embarazadas y otros por religión.", None),
            t("Entonces una degustación clásica, parados escuchando al enólogo, no es lo mejor: los que no toman quedan "
              "afuera y no se mezcla nadie. Tenemos un taller de corte: en grupos de cinco arman su propio blend y "
              "compiten; los que no toman hacen de nariz y de jurado, y les servimos jugo de uva de la bodega. Después, "
              "almuerzo en mesas largas. Sale 85 mil por persona."),
            c("Me encanta lo de los grupos. El precio es un poco más de lo que tengo aprobado, eh, tenía 70.",
              "too_expensive"),
            t("Los grupos los armo mezclando viejos y nuevos, que es lo que buscan. Para entrar en 70, saco el almuerzo "
              "de pasos y hacemos empanadas y asado en la galería, que además es más charlado. ¿Te paso las dos versiones "
              "para que las presentes?"),
            c("Sí, pasámelas, las llevo a la reunión del lunes.", None),
        ],
        worse=[
            c("Hola, ¿qué tal? Soy de Recursos Humanos de una empresa de software acá en Mendoza. Queremos hacer una "
              "salida de fin de año con el equipo, somos 25, y pensamos en una bodega.", None),
            t("Hola, qué buena idea. Para grupos de 25 tenemos la visita con degustación de cuatro vinos y almuerzo de "
              "pasos. ¿Para qué fecha sería?"),
            c("Para mediados de diciembre, un viernes. Ah, hay varios que no toman alcohol: dos embarazadas y otros por "
              "religión.", None),
            t("No hay problema, a los que no toman les servimos agua o gaseosa durante la degustación. La visita dura una "
              "hora y media y el almuerzo dos horas. Sale 85 mil por persona."),
            c("Está un poco arriba de lo que tengo aprobado, tenía 70.", "too_expensive"),
            t("Para grupos de más de 20 te puedo hacer un 10%, te queda en 76.500. Es lo mejor que puedo. ¿Te mando la "
              "propuesta formal?"),
            c("Dale, mandámela y la presento el lunes.", None),
        ],
    ),
    rpair(
        "esb69r_d02_palermo_prepaga_familia_asma",
        "A father of two (4 and 7) asks a Buenos Aires prepaga about family plans; the older boy has asthma and a "
        "pulmonologist the family does not want to lose.",
        better=[
            c("Buenas, queremos ver planes familiares. Somos mi mujer, yo y dos nenes, de 4 y 7.", None),
            t("Buenas, bienvenido. ¿Qué usan hoy y qué es lo que más les importa? ¿Tienen médicos que quieran mantener?"),
            c("Tenemos la obra social de mi laburo, pero es un desastre. El más grande tiene asma y lo atiende un "
              "neumonólogo del Gutiérrez, el doctor Paz, que es un genio. No lo queremos perder.", None),
            t("Entonces lo primero es ver si el doctor Paz atiende por algún plan nuestro, porque si no, el resto da "
              "igual. Lo busco... Atiende en su consultorio por el plan 400, no por el 300. ¿Cuánto usan guardia y "
              "nebulizaciones, más o menos?"),
            c("Este invierno fuimos a la guardia como cinco veces. Y el inhalador lo compramos todos los meses.", None),
            t("Con ese uso, el 400 te da el inhalador al 70% y guardia pediátrica sin copago. Sale 390 mil los cuatro; "
              "derivando los aportes de tu obra social, baja a unos 280. El 300 sale 90 mil menos, pero perdés al doctor "
              "Paz y pagás copago en cada guardia, y en un invierno como este se come la diferencia. Te armo la cuenta "
              "con los números de este año."),
            c("Mmm, igual son números grandes. Lo tengo que ver con mi señora.", "think_it_over"),
        ],
        worse=[
            c("Buenas, queremos ver planes familiares. Somos mi mujer, yo y dos nenes, de 4 y 7.", None),
            t("Buenas, bienvenido. Para familia tenemos tres planes: el 200, el 300 y el 400. El 200 sale 240 mil, el 300, "
              "300 mil, y el 400, 390, los cuatro integrantes."),
            c("Ajá. El más grande tiene asma, ¿eso cambia algo?", None),
            t("Todos los planes cubren el asma, es una enfermedad crónica y tiene cobertura por ley. Para una familia con "
              "chicos el que más sale es el 300: buena cartilla pediátrica y guardia en los sanatorios principales."),
            c("¿Y el doctor Paz, del Gutiérrez, está? Es su neumonólogo.", None),
            t("Déjeme ver... En el 300 no, está en el 400. Pero en el 300 tiene muchos neumonólogos muy buenos."),
            c("Mmm, no sé, el nene lo quiere mucho. Lo tengo que ver con mi señora.", "think_it_over"),
        ],
    ),
    rpair(
        "esb69r_d03_cordoba_plan_ahorro_viajante",
        "A travelling salesman whose 22-year-old car broke down twice this month comes to a Cordoba dealer about the "
        "radio-advertised savings plan (plan de ahorro) with instalments 'from 180,000'.",
        better=[
            c("Buenas tardes. Vengo por el plan de ahorro del auto chico, el que anuncian en la radio, 'cuotas desde 180 "
              "mil'.", None),
            t("Buenas tardes. Sí, es ese. Antes de contarle del plan: ¿para cuándo necesita el auto?"),
            c("Y... lo antes posible. Mi auto tiene 22 años y este mes me dejó tirado dos veces. Soy viajante, hago "
              "Córdoba, Villa María, San Francisco.", None),
            t("Entonces le tengo que ser honesto: el plan de ahorro no le da el auto ya. Se adjudica por sorteo o "
              "licitación, y puede tardar meses o años. Y la cuota de 180 es la de arranque, se ajusta con el precio del "
              "auto. Si lo necesita ya para trabajar, le conviene un usado con crédito prendario. ¿Cuánto puede poner de "
              "entrada?"),
            c("Ah, mirá, yo pensé que me lo daban enseguida. De entrada tengo el auto viejo y unos 3 millones.", None),
            t("Con eso le puedo mostrar un 2018 del mismo modelo; con el crédito, la cuota le queda en unos 320 mil. Más "
              "que 180, sí, pero lo maneja este mes, y la cuota es fija en pesos por 24 meses. ¿Lo quiere ver?"),
            c("Trescientos veinte es bastante más de lo que pensaba, eh. Igual, veámoslo.", "too_expensive"),
        ],
        worse=[
            c("Buenas tardes. Vengo por el plan de ahorro del auto chico, el que anuncian en la radio, 'cuotas desde 180 "
              "mil'.", None),
            t("Buenas tardes. Sí, es un plan excelente: 84 cuotas, desde 180 mil, sin interés. Se adjudica todos los "
              "meses, por sorteo o licitación."),
            c("¿Y cuándo me dan el auto?", None),
            t("Depende: si sale sorteado, puede ser el primer mes. Si lo quiere asegurar, puede licitar con cuotas "
              "adelantadas. Mucha gente lo tiene en seis meses o un año."),
            c("Uh, es que yo lo necesito ya, mi auto me dejó tirado dos veces este mes. Soy viajante.", None),
            t("Entonces le conviene licitar. Con unas veinte cuotas adelantadas tiene muchas chances de tenerlo en uno o "
              "dos meses. Le paso la solicitud."),
            c("Veinte cuotas no tengo. Tengo 3 millones y el auto viejo... Bueno, dejame la solicitud y lo pienso.",
              "think_it_over"),
        ],
    ),
    rpair(
        "esb69r_d04_montevideo_alquiler_perro",
        "A couple who both work for the state in Montevideo's Centro look for a two-bedroom rental; they have a large "
        "German shepherd and the Contaduria guarantee.",
        better=[
            c("Hola, buenas. Estamos buscando alquiler, dos dormitorios, para mí y mi pareja. Vimos varios en la web.",
              None),
            t("Hola. Antes de mostrarles nada, ¿qué es lo que no puede faltar? ¿Y cómo vienen con garantía y mascotas?"),
            c("Tenemos un perro, un ovejero grande, Toribio. Eso es lo que nos está matando, en todos lados nos dicen "
              "que no. Garantía tenemos la de Contaduría, trabajamos los dos en el Estado.", None),
            t("Qué bien que me lo dicen primero, así no les hago perder tiempo. De dos dormitorios y que acepten perro "
              "grande tengo tres: La Blanqueada con patio, Prado y Malvín Norte. Los tres aceptan Contaduría. ¿Qué zona "
              "les queda mejor por los trabajos?"),
            c("Trabajamos los dos en el Centro. La Blanqueada sería ideal. ¿Cuánto sale?", None),
            t("27 mil más 2.500 de gastos comunes. El dueño pide que el perro figure en el contrato y un depósito extra "
              "de un mes por posibles daños. ¿Eso les entra?"),
            c("El depósito extra nos complica un poco, justo con los gastos de la mudanza... pero si tiene patio, capaz "
              "lo hacemos.", "no_money"),
            t("Le puedo preguntar al dueño si acepta el depósito en dos pagos. Mientras tanto, ¿lo quieren ver mañana a "
              "las seis?"),
        ],
        worse=[
            c("Hola, buenas. Estamos buscando alquiler, dos dormitorios, para mí y mi pareja. Vimos varios en la web.",
              None),
            t("Hola. Tenemos muchas opciones de dos dormitorios: Pocitos, Punta Carretas, Cordón, La Blanqueada, Prado. "
              "¿Qué rango de precio manejan?"),
            c("Hasta 30 mil, más o menos.", None),
            t("Perfecto. Entonces les recomiendo el de Cordón, 26 mil, reciclado, o el de Punta Carretas, 29.500, con "
              "balcón. ¿Tienen garantía?"),
            c("Sí, Contaduría. Ah, y tenemos un perro, un ovejero grande.", None),
            t("Ah, el de Cordón no acepta mascotas. El de Punta Carretas tampoco, pero puedo preguntar. Hay uno en La "
              "Blanqueada que sí, con patio, a 27 mil."),
            c("Bueno, ese. Lo del perro nos pasa en todos lados, ya estamos medio cansados.", None),
            t("Los paso a buscar mañana a las seis y vemos los tres, por si el de Punta Carretas afloja."),
        ],
    ),
    rpair(
        "esb69r_d05_asuncion_techo_goteras",
        "A woman at a hardware and building-supplies store in Asuncion asks the price of zinc sheets because her roof "
        "leaks; the leaks are at the ridge and around the screws, and the sheets are old but whole.",
        better=[
            c("Buenas. Necesito chapas, se me llueve toda la casa. ¿A cuánto está la chapa de zinc?", None),
            t("Buenas. La calibre 27 está a 95 mil la de tres metros. ¿Cuántas chapas tiene el techo y por dónde entra el "
              "agua, por todos lados o en algunos puntos?"),
            c("Son como veinte chapas. Y entra por tres o cuatro lugares, sobre todo cerca de la cumbrera y donde están "
              "los tornillos.", None),
            t("Si entra por los tornillos y la cumbrera, muchas veces no hace falta cambiar las chapas: son las arandelas "
              "de goma, que se secan con el sol, y la cumbrera, que se levanta con el viento. ¿Las chapas están oxidadas "
              "o agujereadas?"),
            c("Óxido no tanto. Están viejas, pero enteras, creo. Mi cuñado sube y mira.", None),
            t("Entonces le propongo tornillos autoperforantes con arandela nueva, sellador para la cumbrera, y si su "
              "cuñado ve alguna chapa agujereada, cambiamos esa sola. Le sale unos 600 mil, en vez de casi dos millones "
              "por veinte chapas. Y si después sigue goteando, vuelve y le descuento eso de las chapas."),
            c("Ah, mirá vos. ¿Y si no queda bien? Porque una vez un techista me cobró y siguió igual.", "bad_experience"),
            t("Lo del descuento se lo dejo escrito en la factura. Y le explico a su cuñado cómo poner los tornillos sin "
              "apretarlos de más, que es donde casi siempre falla."),
        ],
        worse=[
            c("Buenas. Necesito chapas, se me llueve toda la casa. ¿A cuánto está la chapa de zinc?", None),
            t("Buenas. La calibre 27 está a 95 mil la de tres metros; la 25, más gruesa, a 130 mil. ¿Cuántas necesita?"),
            c("Son como veinte chapas en el techo. El agua entra por la cumbrera y por los tornillos.", None),
            t("Le conviene cambiar todo, y de paso poner la 25, que dura más. Veinte chapas de 25, cumbrera nueva y "
              "tornillos: le queda en unos 2.900.000. En efectivo le hago un 5%."),
            c("Uf, casi tres millones... Es mucho. ¿Y con la 27?", "too_expensive"),
            t("Con la 27 le queda en 2.100.000. También es buena, para una casa alcanza. Le incluyo los tornillos con "
              "arandela."),
            c("Bueno, lo hablo con mi marido y vengo el sábado.", "think_it_over"),
        ],
    ),
    rpair(
        "esb69r_d06_villadelrosario_tractor_tambo",
        "A dairy farmer from Villa del Rosario (Cordoba) asks about financing a 140 hp tractor; milk prices are low "
        "right now and he has an old 90 hp tractor to trade in.",
        better=[
            c("Buen día. Me interesa el tractor de 140 caballos que tienen en la vidriera, el rojo. Quiero saber cómo es "
              "la financiación.", None),
            t("Buen día. Tenemos financiación de banco y de fábrica. Para ver cuál le conviene: ¿qué produce y cuándo le "
              "entra la plata en el año?"),
            c("Tambo y algo de maíz para silo, en Villa del Rosario. La leche entra todos los meses, pero justo ahora, "
              "con el precio de la leche, estamos apretados.", None),
            t("Con tambo el ingreso es mensual y parejo, pero ahora está bajo. ¿Cuánto podría pagar por mes sin ahogarse, "
              "siendo realista? Prefiero armarlo con ese número antes que venderle una cuota que en marzo no pueda "
              "pagar."),
            c("Unos cuatro millones por mes, más no. Y tengo un tractor viejo de 90 para entregar.", None),
            t("Con el viejo en parte de pago y cuatro millones, con la línea de fábrica a 48 meses llegamos, justo. Le "
              "propongo además seis meses de gracia, para que empiece a pagar cuando se acomode el precio de la leche. "
              "¿Le tasamos el viejo esta semana?"),
            c("Eso me sirve. Pero no firmo nada hasta hablarlo con mi contador.", "think_it_over"),
        ],
        worse=[
            c("Buen día. Me interesa el tractor de 140 caballos que tienen en la vidriera, el rojo. Quiero saber cómo es "
              "la financiación.", None),
            t("Buen día. Es el 140 con doble tracción, cabina con aire y toma de fuerza de dos velocidades. Tenemos línea "
              "de fábrica a 48 meses con tasa subsidiada, o crédito bancario a 36."),
            c("¿Y cuánto quedan las cuotas?", None),
            t("Con la línea de fábrica, financiando el 70%, unos 5,2 millones por mes. Con el banco, más alto, unos 6,5."),
            c("Cinco millones por mes ahora no puedo, con el precio de la leche estamos apretados. Tengo un tractor viejo "
              "para entregar.", "no_money"),
            t("Con el usado en parte de pago baja a unos cuatro millones. ¿Le tasamos el viejo esta semana?"),
            c("Dale. Igual lo hablo con mi contador antes de firmar.", "think_it_over"),
        ],
    ),
    rpair(
        "esb69r_d07_boedo_kiosco_snacks_sintacc",
        "A distributor's rep visits a kiosk owner in Boedo, next to a school and across from an office, to offer a new "
        "line of gluten-free snacks and cereal bars; space is tight and a past 'healthy' line expired on her shelf.",
        better=[
            c("Hola, pibe. ¿Qué me traés hoy? Mirá que no tengo mucho lugar, eh.", None),
            t("Hola, Norma. Te quería mostrar una línea de snacks sin TACC y barritas de cereal. Pero antes contame: "
              "¿quién te compra más, los chicos del colegio o la gente de la oficina de enfrente?"),
            c("A la mañana los de la oficina, café y alfajor. A la tarde los chicos del colegio, porquerías: caramelos, "
              "papitas. Y algunas madres me preguntan por cosas sin TACC; hay una celíaca que me pide siempre y nunca "
              "tengo.", None),
            t("Entonces no te conviene el exhibidor completo, que son 40 productos. Te propongo arrancar con seis: tres "
              "sin TACC para esas madres y tres barritas para los de la oficina. Te lo dejo al lado de la caja, ocupa lo "
              "que una caja de zapatos."),
            c("¿Y si no se vende? La última vez que me dejaron cosas 'saludables' se me vencieron todas.",
              "bad_experience"),
            t("Por eso pocas. Lo que esté a dos meses de vencer te lo cambio en mi visita, y si en un mes no rota, me lo "
              "llevo y no pagás nada. ¿Probamos así?"),
            c("Así sí, dale.", None),
        ],
        worse=[
            c("Hola, pibe. ¿Qué me traés hoy? Mirá que no tengo mucho lugar, eh.", None),
            t("Hola, Norma. Te traigo la nueva línea saludable: snacks sin TACC, barritas, frutos secos. Viene con un "
              "exhibidor de 40 productos y te lo dejo en consignación el primer mes."),
            c("¿Cuarenta? Acá eso no lo compra nadie, pibe. A la tarde vienen los chicos del colegio y quieren papitas.",
              "no_need"),
            t("Te sorprendería, hay mucha demanda de productos saludables. Seguro alguna madre te pregunta por cosas sin "
              "TACC."),
            c("Sí, una celíaca me pide siempre. Pero la última vez que me dejaron cosas saludables se me vencieron todas.",
              "bad_experience"),
            t("Podés achicar a media línea, 20 productos, y los vencidos te los cambio. ¿Te lo dejo?"),
            c("Bueno, dejá los 20 y vemos cómo anda.", None),
        ],
    ),
    rpair(
        "esb69r_d08_montevideo_factura_electronica",
        "The owner of a clothes shop in Montevideo's Centro must switch to electronic invoicing; about 30 tickets a day, "
        "done by a shop assistant who gets nervous with computers; the accountant wants monthly reports.",
        better=[
            c("Hola, buenas. Tengo una tienda de ropa en el Centro y me dijeron que tengo que pasar a factura "
              "electrónica. ¿Ustedes tienen el programa?", None),
            t("Hola, sí. ¿Cuántas facturas o tickets hacen por día, más o menos, y quién los hace, vos o alguien que "
              "trabaja contigo?"),
            c("Unos 30 tickets por día, más en diciembre. Los hace la chica que atiende, Lucía, que es muy buena pero se "
              "pone nerviosa con la compu. Y mi contador me pide todo a fin de mes.", None),
            t("Entonces lo más importante es que Lucía lo use rápido y sin miedo, y que a tu contador le llegue el "
              "reporte sin que vos hagas nada. El plan básico tiene un botón para el ticket y le manda el resumen al "
              "contador solo. Te propongo una capacitación de una hora con Lucía en el local, y que lo prueben un mes."),
            c("¿Cuánto sale?", None),
            t("890 pesos por mes, la capacitación está incluida. Y si en el mes Lucía no se siente cómoda, lo das de baja "
              "sin costo."),
            c("Mmm, mi contador me recomendó otro que era más barato. Lo hablo con él.", "think_it_over"),
            t("Dale. Si quiere, que me llame y le muestro cómo le llega el reporte. Te dejo mi número."),
        ],
        worse=[
            c("Hola, buenas. Tengo una tienda de ropa en el Centro y me dijeron que tengo que pasar a factura "
              "electrónica. ¿Ustedes tienen el programa?", None),
            t("Hola, sí. Nuestro sistema está homologado por la DGI: emite e-tickets y e-facturas, tiene control de stock, "
              "reportes, multiusuario y app para el celular. Te lo muestro en la pantalla."),
            c("Ajá. Yo lo que quiero es algo simple, la chica que atiende se pone nerviosa con la compu.", None),
            t("Es muy intuitivo. Mirá: acá elegís el producto, el medio de pago y emitís. Además tenés el módulo de stock, "
              "que te avisa cuando te queda poco de cada talle."),
            c("¿Cuánto sale?", None),
            t("El plan básico, 890 por mes; el completo, con stock, 1.450. Para una tienda de ropa te recomiendo el "
              "completo."),
            c("Mi contador me recomendó otro que era más barato. Lo hablo con él.", "think_it_over"),
        ],
    ),
    rpair(
        "esb69r_d09_chacras_posada_ruido",
        "A guest at a small inn near the wineries of Chacras de Coria complains at breakfast that the kitchen noise at "
        "six woke them; they are celebrating their tenth anniversary and have two nights left.",
        better=[
            c("Buenos días. Quería decirle que anoche no pudimos dormir. La habitación da a la cocina, y a las seis de la "
              "mañana ya estaban con las ollas.", None),
            t("Buenos días, lo siento mucho, y gracias por decírmelo. ¿Están de paseo o vinieron por algo en particular? "
              "¿Cuántas noches les quedan?"),
            c("Vinimos por nuestro aniversario, diez años. Nos quedan dos noches; mañana vamos al Valle de Uco, "
              "temprano.", None),
            t("Entonces merecen dormir bien. Tengo libre la habitación del fondo, la que da a las viñas, lejos de la "
              "cocina. Se la cambio hoy mismo sin cargo, y a la tarde les dejo un espumante por el aniversario. ¿Les "
              "parece bien que les mudemos las valijas mientras están afuera?"),
            c("Ay, ¿en serio? Sí, perfecto. Ahora nos vamos a Maipú y volvemos a las siete.", None),
            t("Listo, a las siete está todo en la otra habitación. Y voy a hablar con la cocina para que arranque a las "
              "siete y no a las seis, que no es la primera vez que me lo dicen."),
        ],
        worse=[
            c("Buenos días. Quería decirle que anoche no pudimos dormir. La habitación da a la cocina, y a las seis de la "
              "mañana ya estaban con las ollas.", None),
            t("Buenos días, lo siento mucho. La cocina arranca temprano por el desayuno, no lo podemos evitar. Le puedo "
              "hacer un 10% de descuento en la noche de ayer."),
            c("Bueno, el descuento está bien, pero nos quedan dos noches y es nuestro aniversario. No quiero otra noche "
              "igual.", None),
            t("Entiendo. Le puedo dar tapones para los oídos, tenemos en la recepción. Y si quiere, veo si se libera "
              "alguna habitación para mañana."),
            c("¿Mañana? El problema es hoy. Bueno, ¿y el descuento es en todo o solo lo de anoche?", None),
            t("Solo la noche de ayer. Lo de la habitación se lo confirmo mañana a la mañana."),
        ],
    ),
    rpair(
        "esb69r_d10_sanlorenzo_prestamo_carrito",
        "A woman who has sold chipa and empanadas from a table outside a university in San Lorenzo for three years asks "
        "an Asuncion bank for 80 million guaranies for a food truck; she nets about 5 million a month, partly without "
        "invoices.",
        better=[
            c("Buenas tardes. Quiero un préstamo para comprar un carrito de comida, un food truck. Son 80 millones.", None),
            t("Buenas tardes. Cuénteme del proyecto: ¿ya trabaja en gastronomía o es algo nuevo? ¿Dónde lo pondría?"),
            c("Hace tres años que vendo chipa y empanadas en una mesa frente a la universidad, en San Lorenzo. Me va "
              "bien, pero se me llena y no tengo dónde cocinar.", None),
            t("O sea que el negocio ya funciona y lo que le falta es capacidad. ¿Cuánto vende por mes, más o menos, y "
              "cuánto le queda limpio?"),
            c("Y, vendo unos 15 millones por mes; limpio me quedan 5, más o menos. No tengo factura de todo, eh.", None),
            t("Le voy a ser honesta: con 5 millones limpios, la cuota de 80 millones a tres años le come más de la mitad, "
              "y sin facturas el banco no se lo aprueba. Lo que sí puedo aprobar es un carrito más chico, de unos 35 "
              "millones, con una cuota de 1,4 millones. Con seis meses de facturación volvemos a hablar del grande."),
            c("Mmm, yo quería el grande. Con treinta y cinco no me alcanza para el que vi.", "no_need"),
            t("La entiendo. Si quiere, le paso el contacto de dos fabricantes de acá que hacen carritos a 30, 35 "
              "millones; mírelos y decida. Y empiece a facturar todo desde ahora, así el grande llega."),
        ],
        worse=[
            c("Buenas tardes. Quiero un préstamo para comprar un carrito de comida, un food truck. Son 80 millones.", None),
            t("Buenas tardes. Para 80 millones necesito su cédula, la constancia de RUC, seis meses de facturación y un "
              "codeudor. ¿Los tiene?"),
            c("Cédula y RUC sí. Facturas tengo de algunas cosas nomás. Vendo chipa y empanadas hace tres años en San "
              "Lorenzo.", None),
            t("Sin la facturación completa es difícil. ¿Tiene un codeudor con sueldo?"),
            c("Mi hermano es funcionario público, capaz él.", None),
            t("Con su hermano de codeudor lo podemos presentar. La cuota a 36 meses le quedaría en unos 3,2 millones. Le "
              "armo la carpeta y la mando a análisis; en unos diez días le avisamos."),
            c("Tres millones dos... es mucho, pero bueno, probemos.", "too_expensive"),
        ],
    ),
]

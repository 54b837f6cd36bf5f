"""Ranked pairs f01-f10 (written by hand): both sides share every turn (same variables) except one fault in
`worse` and the customer's reaction to it."""
from common import c, t, rpair

# f01: drops the price before asking anything
f01_c0 = c("Buenas tardes. ¿Esa sala gris de la vitrina es la que anunciaron en el periódico?", None)
f01_t1 = t("Buenas tardes. Sí, ésa es, la Milán de tres piezas. ¿Le gustó por algo en especial?")
f01_c2 = c("Pues el color, y que se ve resistente. Tenemos un perro que se sube a todo, y el departamento es chico.", None)
f01_t3_better = t("¿Cuánto mide la pared donde iría? El sofá grande mide 2.10, para que no le quede apretado el departamento.")
f01_c4_better = c("Como 2.40, sí cabe. Pero ¿la tela aguanta al perro?", None)
f01_t3_worse = t("Mire, de una vez le hago un 15% de descuento: se la dejo en 14,400 en lugar de 16,900, nomás hoy.")
f01_c4_worse = c("Ah... ¿y tanto descuento así de rápido? ¿Tiene algún detalle? Yo ni le había preguntado el precio. Lo que quiero saber es si la tela aguanta al perro.", None)
f01_t5 = t("La tela es antimanchas: se limpia con trapo húmedo y no se le pegan tanto los pelos. La sala es nueva, de bodega, y su precio de lista es 16,900, o 329 a la semana. ¿Quiere ver cómo se limpia? Le echo agua a la muestra.")
f01_c6 = c("Órale, sí se limpia fácil. Déjeme medir bien la pared y regreso el sábado con mi esposo.", "think_it_over")

# f02: argues with the customer
f02_c0 = c("Buenas, le hablo porque cada que llueve se me va la señal de la tele y el internet. Ahorita está lloviendo y no tengo nada.", None)
f02_t1 = t("Buenas tardes, qué mal. ¿Me da su número de cuenta para revisar su línea?")
f02_c2 = c("Es la 4418 0923. Vivo en la Cacho, y le digo, nomás con lluvia pasa; en seco funciona bien.", None)
f02_t3_better = t("Ya la veo. Que falle sólo con lluvia suele ser agua que se mete en un conector de afuera o en el cable que baja del poste. En su línea veo caídas justo los días que llovió. ¿El cable le entra por una ventana o por la pared?")
f02_c4_better = c("Por la ventana, y la verdad se ve medio pelado donde dobla.", None)
f02_t3_worse = t("Ya la veo. Pero mire, la lluvia no tiene nada que ver, eso es un mito; la señal no se va por el agua. Debe ser otra cosa en su casa.")
f02_c4_worse = c("¿Cómo que un mito? Le estoy diciendo que cada vez que llueve pasa, no me lo estoy inventando. Y el cable que entra por la ventana se ve medio pelado.", None)
f02_t5 = t("Ese tramo pelado puede ser justo por donde entra el agua. Le agendo un técnico para cambiar el cable de afuera y sellar el conector; como es falla de la red, no tiene costo. ¿Le queda mañana entre 9 y 1?")
f02_c6 = c("Mañana trabajo, no hay nadie en la casa hasta las cuatro.", "no_time")
f02_t7 = t("Entonces se lo dejo pasado mañana de 4 a 7, y el técnico le marca al llegar. Su folio es 61204.")

# f03: doubts the customer's honesty
f03_c0 = c("Buenas. Oiga, hace tres semanas me cambiaron aquí la bomba de agua del Jetta y ayer se me volvió a calentar en la Constitución.", None)
f03_t1 = t("Buenas tardes, qué susto, y más en la Constitución. ¿Se le subió la aguja hasta arriba o nomás un poco? ¿Vio si tiraba agua?")
f03_c2 = c("Hasta arriba, y salió vapor del cofre. Le eché agua y llegué como pude. Traigo la nota de la bomba.", None)
f03_t3_better = t("Gracias por traer la nota, sigue en garantía. Puede ser la bomba, una manguera o el termostato, que esa vez no se cambió.")
f03_c4_better = c("Ok, ¿y eso me lo van a cobrar?", None)
f03_t3_worse = t("A ver, ¿seguro que fue aquí? Porque nuestras bombas no fallan así. ¿No lo llevó a otro taller después, o le echó agua de la llave en lugar de anticongelante?")
f03_c4_worse = c("¿Me está diciendo mentiroso? Aquí está su nota, con su sello. Y sí, le eché agua porque me quedé tirado, ¿qué quería?", None)
f03_t5 = t("Si es la bomba o algo que tocamos nosotros, va por nuestra cuenta. Déjemelo una hora para hacerle prueba de presión al sistema y le digo exactamente qué falló.")
f03_c6 = c("Una hora está bien, aquí espero. Pero si es otra cosa, ya no traigo mucho dinero, eh.", "no_money")
f03_t7 = t("Si es otra cosa, primero le digo qué es y cuánto cuesta antes de tocar nada, y usted decide.")

# f04: an unasked lecture
f04_c0 = c("Buenas, ¿cuánto cuesta el tapete azul chiquito, el de las grecas?", None)
f04_t1 = t("Buenas tardes, marchanta. Ése es de 60 por 90, teñido con añil. Está en 1,400. ¿Es para usted o para regalar?")
f04_c2 = c("Para mí, para la entrada del depa. ¿No me lo deja en mil?", "too_expensive")
f04_t3_better = t("En mil no puedo, lleva como dos semanas de telar. Se lo dejo en 1,250.")
f04_c4_better = c("Mmm, 1,250... va, está bien, me lo llevo.", None)
f04_t3_worse = t("Mire, señorita, le voy a explicar algo: la gente viene y regatea sin saber lo que cuesta hacer esto. La grana cochinilla se cría en el nopal, se seca, se muele, eso viene desde antes de los españoles... Aquí no es tianguis. Se lo dejo en 1,250.")
f04_c4_worse = c("Ok, ok, deme el de 1,250. Pero no era para tanto, eh, nomás pregunté.", None)
f04_t5 = t("Para la entrada le recomiendo ponerle un antiderrapante abajo, porque la lana se corre en piso de loseta. Lo tengo en 80.")
f04_c6 = c("No, eso no, gracias, ya tengo uno en la casa.", "no_need")
f04_t7 = t("Sale, entonces nomás el tapete. Se lo envuelvo en papel para que no se ensucie.")

# f05: a vague next step
f05_c0 = c("Buenas tardes, le hablo de una planta de electrodomésticos en El Marqués, Querétaro. Queremos cambiar las tarimas de madera por plásticas para exportación.", None)
f05_t1 = t("Buenas tardes. ¿Qué los está llevando a cambiar? ¿Es la fumigación, el peso, que se rompen?")
f05_c2 = c("La fumigación. Cada embarque a Estados Unidos es un trámite, y el mes pasado nos regresaron uno por el sello. Mandamos como 600 tarimas al mes.", None)
f05_t3 = t("O sea que el problema es el trámite de la madera y el riesgo de rechazo, con unas 600 al mes. La plástica no requiere fumigación. La que les sirve es la de 1.20 por 1.00, con carga dinámica de una tonelada; sale en 690, contra unos 280 de la de madera, pero dura años si la recuperan.")
f05_c4 = c("690 está fuerte si no las recuperamos, porque se van con el embarque y no regresan.", "too_expensive")
f05_t5_better = t("Para las de un solo viaje tenemos una de plástico reciclado, en 340, también sin fumigación. Le mando dos muestras de cada una; le llegan el jueves, y el lunes siguiente le marco para saber cómo aguantaron la carga.")
f05_c6_better = c("Perfecto, el jueves las espero.", None)
f05_t5_worse = t("Para las de un solo viaje tenemos una de plástico reciclado, en 340, también sin fumigación. Le podemos mandar muestras; ya le avisamos cuándo.")
f05_c6_worse = c("¿Cómo que ya me avisan? Ocupo saber cuándo; tenemos embarque el día 20.", None)

PAIRS = [
    rpair(
        "esb68r_f01_guadalajara_sala_descuento",
        "Mueblería en Guadalajara. Una clienta pregunta por la sala gris anunciada; tiene un perro y un departamento chico.",
        better=[f01_c0, f01_t1, f01_c2, f01_t3_better, f01_c4_better, f01_t5, f01_c6],
        worse=[f01_c0, f01_t1, f01_c2, f01_t3_worse, f01_c4_worse, f01_t5, f01_c6],
    ),
    rpair(
        "esb68r_f02_tijuana_senal_lluvia",
        "Cable e internet en Tijuana. Un cliente de la colonia Cacho pierde la señal cada vez que llueve.",
        better=[f02_c0, f02_t1, f02_c2, f02_t3_better, f02_c4_better, f02_t5, f02_c6, f02_t7],
        worse=[f02_c0, f02_t1, f02_c2, f02_t3_worse, f02_c4_worse, f02_t5, f02_c6, f02_t7],
    ),
    rpair(
        "esb68r_f03_monterrey_bomba_garantia",
        "Taller mecánico en Monterrey. Un cliente regresa porque su Jetta se volvió a calentar tres semanas después de cambiarle la bomba de agua.",
        better=[f03_c0, f03_t1, f03_c2, f03_t3_better, f03_c4_better, f03_t5, f03_c6, f03_t7],
        worse=[f03_c0, f03_t1, f03_c2, f03_t3_worse, f03_c4_worse, f03_t5, f03_c6, f03_t7],
    ),
    rpair(
        "esb68r_f04_oaxaca_tapete_regateo",
        "Puesto de tapetes en el mercado de artesanías de Oaxaca. Una clienta regatea un tapete chico para la entrada de su departamento.",
        better=[f04_c0, f04_t1, f04_c2, f04_t3_better, f04_c4_better, f04_t5, f04_c6, f04_t7],
        worse=[f04_c0, f04_t1, f04_c2, f04_t3_worse, f04_c4_worse, f04_t5, f04_c6, f04_t7],
    ),
    rpair(
        "esb68r_f05_queretaro_tarimas_exportacion",
        "Fabricante de tarimas de plástico en Querétaro. Una planta de electrodomésticos quiere dejar la tarima de madera por la fumigación de exportación.",
        better=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_better, f05_c6_better],
        worse=[f05_c0, f05_t1, f05_c2, f05_t3, f05_c4, f05_t5_worse, f05_c6_worse],
    ),
]

# f06: over-promises
f06_c0 = c("Hola, buenas. Me interesa el seguro de gastos médicos, nomás para mí. Tengo 38 años.", None)
f06_t1 = t("Hola, buenas tardes. Con gusto. ¿Tiene alguna enfermedad o cirugía previa que debamos declarar? Es importante, para que después no le rechacen nada.")
f06_c2 = c("Pues hace dos años tuve una hernia de disco; me dieron terapia, no me operaron. El doctor dice que a lo mejor algún día sí hay que operar.", None)
f06_t3_better = t("Gracias por decírmelo. Le soy honesto: al declararla, lo más probable es que la aseguradora excluya la columna o le ponga un periodo de espera. Eso lo deciden ellos al revisar su solicitud, no yo. Todo lo demás se cubre normal.")
f06_c4_better = c("Ah, o sea que lo de la hernia a lo mejor no me lo cubren. Bueno, por lo menos lo sé desde ahorita.", None)
f06_t3_worse = t("No se preocupe, con nosotros eso queda cubierto sin problema. Nuestro plan cubre todo, hasta 10 millones.")
f06_c4_worse = c("¿En serio? ¿Aunque ya la tenga? En otra aseguradora me dijeron que no.", None)
f06_t5 = t("Le cotizo el plan con suma asegurada de 3 millones y deducible de 20 mil: son unos 1,750 al mes. Lo que resuelva la aseguradora sobre la columna se lo entrego por escrito antes de que pague nada.")
f06_c6 = c("1,750 está bien. Mándeme la solicitud y la lleno.", None)

# f07: closes before checking the thing works
f07_c0 = c("Hola, qué tal. Tengo una birriería en Tlaquepaque y quiero un sistema para las comandas, que los meseros ya no anden con papelito.", None)
f07_t1 = t("Hola, qué tal. ¿Cuántas mesas y meseros tienen, y cómo pasan hoy las comandas a la cocina?")
f07_c2 = c("Son quince mesas, cuatro meseros. Ahorita gritan o llevan el papel a la cocina. Ya tengo una impresora de tickets en la cocina, la compré hace años.", None)
f07_t3 = t("Con quince mesas, cada mesero manda la orden desde su celular directo a la impresora de la cocina. El plan para su tamaño es de 590 al mes, sin plazo forzoso.")
f07_c4 = c("Me late. ¿Cuándo empezamos?", None)
f07_t5_better = t("Primero déjeme checar que su impresora sea compatible; mándeme foto de la etiqueta de atrás. Si no lo es, se lo digo antes de firmar, para que no pague por algo que no le va a funcionar.")
f07_c6_better = c("Ahorita se la mando. Qué bueno que pregunta, porque está viejita.", None)
f07_t5_worse = t("¡Hoy mismo! Le mando el contrato y el cargo del primer mes, y mañana le activamos todo.")
f07_c6_worse = c("Oiga, ¿y mi impresora sí jala con su sistema? Está bien viejita. No vaya a ser que pague y luego no sirva.", None)

# f08: recommends before asking
f08_c0 = c("Buenas, ando viendo minisplits. Ya no aguantamos el calor en la noche.", None)
f08_t1_better = t("Buenas tardes, sí está pesado este verano. ¿Es para una recámara o para más espacio? ¿Más o menos cuántos metros tiene, y le da el sol de la tarde?")
f08_c2_better = c("Para la recámara, como de cuatro por cuatro. Le da el sol toda la tarde, es la del poniente.", None)
f08_t1_worse = t("Buenas tardes. Le recomiendo este inverter de dos toneladas, es el que más se llevan, enfría rapidísimo. Está en 389 a la semana.")
f08_c2_worse = c("¿Dos toneladas? Es nomás para una recámara de cuatro por cuatro, la del poniente... ¿no está muy grande? Y 389 a la semana está pesado.", "too_expensive")
f08_t3 = t("Para una recámara de cuatro por cuatro con sol de la tarde, una tonelada inverter le basta y gasta menos luz. Está en 229 a la semana, o 12,900 de contado, con instalación básica.")
f08_c4 = c("Ah, eso ya está mejor. ¿Y la instalación cuándo?", None)
f08_t5 = t("Se instala dos días después de firmar. Ocupo que alguien esté en la casa, como tres horas.")
f08_c6 = c("Mi esposa está en las mañanas. El jueves estaría bien.", None)

# f09: unexplained jargon
f09_c0 = c("Buenos días. Soy alfarera, hago barro negro en San Bartolo. Quiero un préstamo para comprar un horno de gas, porque el de leña ya se está cayendo.", None)
f09_t1 = t("Buenos días. ¿Cuánto cuesta el horno que quiere, y cómo vende su trabajo: en el taller, a tiendas, en ferias?")
f09_c2 = c("El horno son como 45 mil. Vendo a tiendas de Oaxaca y a un señor que se lleva a Guadalajara. Saco como 15 mil al mes, pero depende de la temporada.", None)
f09_t3_better = t("Le puedo ofrecer los 45 mil a 18 meses. Le quedaría un pago de unos 3,200 cada mes. En total, con intereses, pagaría unos 57 mil, o sea unos 12 mil de intereses. No le pido casa ni carro de garantía, sólo un aval: alguien que responda si usted no puede pagar.")
f09_c4_better = c("Doce mil de intereses... es bastante. Aunque con el horno de gas se me quiebran menos piezas.", "too_expensive")
f09_t3_worse = t("Le puedo ofrecer los 45 mil a 18 meses con un CAT de 48.6% sin IVA, tasa ordinaria fija, amortización mensual con pagos iguales y garantía quirografaria con obligado solidario.")
f09_c4_worse = c("Ay, perdón, no le entendí nada. ¿Cuánto pagaría al mes? ¿Y qué es eso del obligado?", None)
f09_t5 = t("Le dejo todo escrito en esta hoja: cuánto paga cada mes, cuánto paga en total, y qué tiene que hacer la persona que le sirva de aval. Llévesela y platíquelo con calma.")
f09_c6 = c("Sí, lo platico con mi hermana, ella sería la aval. Regreso el viernes.", "think_it_over")

# f10: talks about themselves instead of the customer
f10_c0 = c("Buenas tardes, quería preguntar por el programa de inglés de primaria. Mi hijo entra a primero y en el kínder casi no le enseñaron.", None)
f10_t1 = t("Buenas tardes. Con gusto. ¿Qué les gustaría que lograra su hijo con el inglés, y cómo va él, ya entiende algo?")
f10_c2 = c("Entiende colores y números, nada más. Queremos que de grande no batalle, como yo batallé en el trabajo.", None)
f10_t3_better = t("Entonces la meta es que de grande no batalle, y hoy conoce colores y números. ¿Cómo es él con las cosas nuevas, se avienta o es más tímido?")
f10_c4_better = c("Es tímido. Si no entiende algo, mejor se queda callado.", None)
f10_t3_worse = t("¡Ay, no sabe cómo la entiendo! Yo viví seis años en Canadá y le juro que el primer año no entendía nada. Mis hijos, en cambio, hablan perfecto; el grande ya está en la prepa y hasta da clases...")
f10_c4_worse = c("Ah... qué bien. Pero ¿cómo les enseñan aquí a los niños de primero?", None)
f10_t5 = t("En primero son diez horas de inglés a la semana con maestra bilingüe, y a los que entran sin saber les damos apoyo en grupo chico los primeros dos meses, donde se animan más a hablar. Le puedo agendar una clase muestra.")
f10_c6 = c("Me interesa la clase muestra. Pero la colegiatura la tengo que ver con mi esposo, ya vi que no está barata.", "think_it_over")

PAIRS += [
    rpair(
        "esb68r_f06_monterrey_gmm_hernia",
        "Agente de seguros de gastos médicos en Monterrey. Un hombre de 38 años con antecedente de hernia de disco quiere asegurarse.",
        better=[f06_c0, f06_t1, f06_c2, f06_t3_better, f06_c4_better, f06_t5, f06_c6],
        worse=[f06_c0, f06_t1, f06_c2, f06_t3_worse, f06_c4_worse, f06_t5, f06_c6],
    ),
    rpair(
        "esb68r_f07_tlaquepaque_comandas_birrieria",
        "Software de comandas para restaurantes, Guadalajara. El dueño de una birriería en Tlaquepaque quiere dejar las comandas en papel.",
        better=[f07_c0, f07_t1, f07_c2, f07_t3, f07_c4, f07_t5_better, f07_c6_better],
        worse=[f07_c0, f07_t1, f07_c2, f07_t3, f07_c4, f07_t5_worse, f07_c6_worse],
    ),
    rpair(
        "esb68r_f08_monterrey_minisplit",
        "Tienda de electrodomésticos a crédito en Monterrey. Un cliente busca un minisplit porque no aguantan el calor en la noche.",
        better=[f08_c0, f08_t1_better, f08_c2_better, f08_t3, f08_c4, f08_t5, f08_c6],
        worse=[f08_c0, f08_t1_worse, f08_c2_worse, f08_t3, f08_c4, f08_t5, f08_c6],
    ),
    rpair(
        "esb68r_f09_oaxaca_credito_alfarera",
        "Microfinanciera en Oaxaca. Una alfarera de barro negro de San Bartolo Coyotepec pide un préstamo para un horno de gas.",
        better=[f09_c0, f09_t1, f09_c2, f09_t3_better, f09_c4_better, f09_t5, f09_c6],
        worse=[f09_c0, f09_t1, f09_c2, f09_t3_worse, f09_c4_worse, f09_t5, f09_c6],
    ),
    rpair(
        "esb68r_f10_queretaro_colegio_ingles",
        "Colegio particular en Querétaro. Una mamá pregunta por el programa de inglés porque su hijo entra a primero casi sin saber nada.",
        better=[f10_c0, f10_t1, f10_c2, f10_t3_better, f10_c4_better, f10_t5, f10_c6],
        worse=[f10_c0, f10_t1, f10_c2, f10_t3_worse, f10_c4_worse, f10_t5, f10_c6],
    ),
]

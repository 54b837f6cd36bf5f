"""Ranked pairs d01-d10 (two decent conversations; `better` goes deeper), hand-written for es_blind52."""
from common import c, rpair, t

PAIRS = []

# --- d01 -----------------------------------------------------------------------
_open = c("Buenos días. Le llamo de la cofradía de Cedeira. Queremos cambiar la cámara frigorífica de la lonja, que tiene "
          "veinte años y este verano nos dio dos sustos. Quería un presupuesto.", None)
PAIRS.append(rpair(
    "esb52r_d01_cedeira_cofradia_camara",
    "El gerente de una cofradía pide presupuesto para cambiar la cámara frigorífica de la lonja después de dos averías "
    "con marisco dentro. Better busca qué falló y para qué la usan, y ofrece una salida que la junta puede pagar; worse "
    "mide la cámara y presupuesta una nueva.",
    [
        _open,
        t("Buenos días. Con gusto. Antes del presupuesto: ¿qué fueron esos dos sustos? ¿Y qué guardan en la cámara, "
          "cuánto y cuánto tiempo?"),
        c("Se paró el compresor dos veces en agosto, una con mil kilos de percebe y nécora dentro. Lo salvamos con "
          "hielo. Guardamos de un día para otro, y a veces todo el fin de semana, cuando no hay subasta.", None),
        t("Entonces lo crítico no es tanto el tamaño como que no se pare con producto dentro un fin de semana. Hay dos "
          "caminos: cambiar la cámara entera, unos veintiocho mil euros, o, si los paneles están bien, cambiar solo el "
          "equipo de frío con dos compresores, uno de reserva, y una alarma que avise al móvil. Eso anda en once mil. "
          "Para saber cuál, tengo que ver paneles y puertas."),
        c("Once mil ya me suena mejor. Veintiocho no lo aprueba la junta ni de broma, con las cuentas como están.",
          "no_money"),
        t("Pues primero lo miro. Voy el martes, reviso paneles, juntas y suelo, y le digo con sinceridad si la cámara "
          "aguanta diez años más con equipo nuevo o no. La visita no se cobra."),
        c("El martes hay subasta hasta las once. Después de las once, perfecto.", None),
        t("A las once y media estoy ahí. Y si mientras tanto vuelve a fallar, este es el teléfono de guardia."),
    ],
    [
        _open,
        t("Buenos días. Claro. ¿De qué medidas es la cámara actual?"),
        c("Unos cuatro por cinco, y dos metros y medio de alto. Tiene veinte años. En agosto se paró el compresor dos "
          "veces con producto dentro.", None),
        t("Vale. Para esas medidas le recomiendo una cámara nueva de panel de cien milímetros con equipo compacto; sale "
          "en unos veintiocho mil euros instalada, con dos años de garantía."),
        c("Veintiocho mil... eso no lo aprueba la junta ni de broma, con las cuentas como están.", "no_money"),
        t("Entiendo. Se puede financiar a cinco años, serían unos quinientos y pico al mes. Le mando el presupuesto "
          "detallado por correo para que lo presenten en la junta."),
        c("Bueno, mándelo y ya veremos qué dicen.", "brush_off"),
        t("Se lo mando hoy mismo. Cualquier duda, me llama."),
    ],
))

# --- d02 -----------------------------------------------------------------------
_open = c("Buenas. Estoy mirando lo del robot de ordeño. Tengo cincuenta y cinco vacas y quería saber precios, que en la "
          "feria de Silleda vi uno y me gustó.", None)
PAIRS.append(rpair(
    "esb52r_d02_grado_granja_robot_ordeno",
    "Un ganadero de Grado pregunta precios de un robot de ordeño. Better descubre que el motivo real es que su hijo "
    "no seguirá con la granja si tiene que ordeñar a horas fijas toda la vida, y propone que el hijo vea una granja "
    "con robot; worse da precio, ayudas y un estudio de rentabilidad.",
    [
        _open,
        t("Buenas. Se lo digo, pero antes: ¿qué le hace pensar en el robot ahora? ¿Qué le gustaría que cambiara?"),
        c("Pues mire, le seré sincero: mi hijo dice que si tiene que ordeñar a las seis de la mañana y a las seis de la "
          "tarde toda la vida, no se queda con la casería. Tiene veinticuatro años. Y yo ya tengo la espalda hecha "
          "polvo.", None),
        t("Entonces el robot no es tanto para producir más como para que su hijo vea una vida posible en la granja. Eso "
          "cambia la conversación. Un robot para cincuenta y cinco vacas ronda los ciento cincuenta mil con la "
          "adaptación de la nave, y hay ayudas de modernización de hasta un cuarenta por ciento si se incorpora un "
          "joven. ¿Su hijo ya está dado de alta como joven agricultor?"),
        c("No, todavía no. Pero ciento cincuenta mil, aun con ayudas... no sé si para cincuenta y cinco vacas sale a "
          "cuenta.", "too_expensive"),
        t("Es la pregunta correcta, y la tienen que responder ustedes dos. Le propongo ir con su hijo a una granja de "
          "Salas que lo tiene hace tres años con sesenta vacas, y que les cuenten ellos los números y cómo les cambió "
          "la vida, sin mí delante. Después, si quieren, hacemos los números con su gestor."),
        c("Eso me gusta. Que lo vea el guaje, que al final es él quien va a decidir.", None),
        t("Hablo con ellos y le propongo un par de días. Páseme el número de su hijo y lo llamo a él directamente."),
    ],
    [
        _open,
        t("Buenas. El que vio en Silleda es el modelo nuevo. Para cincuenta y cinco vacas va bien con una unidad. Sale "
          "por unos ciento cincuenta mil, con la adaptación de la nave. ¿Cuántos litros sacan ahora?"),
        c("Unos treinta por vaca. Pero ciento cincuenta mil... no sé si para cincuenta y cinco vacas sale a cuenta.",
          "too_expensive"),
        t("Con el robot suelen subir entre un cinco y un diez por ciento, porque ordeñan más veces. Y hay ayudas de "
          "modernización que pueden llegar al cuarenta por ciento. Le preparo un estudio de rentabilidad con sus "
          "números."),
        c("Vale. Prepárelo y lo hablo con mi hijo, que es el que se va a quedar con la granja.", "think_it_over"),
        t("Perfecto. Se lo mando esta semana. Y si quieren ver uno funcionando, me dicen."),
        c("Ya le diré.", "brush_off"),
    ],
))

# --- d03 -----------------------------------------------------------------------
_open = c("Hola. Tengo una casa de turismo rural en Ribadeo, seis habitaciones. En verano lleno, pero de noviembre a "
          "marzo no viene ni el apuntador. Me dijeron que ustedes asesoran en esto.", None)
PAIRS.append(rpair(
    "esb52r_d03_ribadeo_turismo_rural_invierno",
    "La dueña de una casa de turismo rural quiere llenar en invierno. Better pregunta quién vino los inviernos "
    "pasados, encuentra un público de observación de aves y propone una prueba sin gasto; worse propone una campaña "
    "estándar de redes sociales.",
    [
        _open,
        t("Hola. Sí. Antes de proponerle nada: ¿quién le viene en verano, y quién le vino, aunque fueran pocos, el "
          "invierno pasado?"),
        c("En verano familias, por la playa de As Catedrais. En invierno, cuatro gatos: alguna pareja de Madrid en un "
          "puente, y unos señores que venían a ver aves a la ría, un grupo de seis, que repitieron.", None),
        t("Ese grupo es interesante: la ría del Eo en invierno es de lo mejor para aves, y ese público viaja justo en "
          "invierno y entre semana. Antes que publicidad, yo probaría eso: desayuno temprano, termo de café para el día "
          "y un guía ornitólogo de la zona. ¿Tiene el contacto de aquel grupo?"),
        c("Sí, el señor me escribe por Navidad. Pero no sé, pagar un guía para luego no llenar... este invierno no "
          "estoy para inventos caros.", "no_money"),
        t("Lo entiendo. Por eso empezaría sin gastar: le pregunto al guía si trabaja a comisión por cliente, y usted le "
          "escribe al señor preguntando si vendrían en febrero y si conocen otros grupos. Si dicen que sí, montamos el "
          "paquete; si no, no ha perdido nada."),
        c("Eso sí. Le escribo esta semana y le cuento qué contesta.", None),
        t("Perfecto. Yo mientras hablo con el guía de Ribadeo y el viernes le paso sus condiciones."),
    ],
    [
        _open,
        t("Hola. Sí, es un problema muy común. Lo que mejor funciona en invierno son las ofertas en plataformas y las "
          "redes sociales. ¿Tiene Instagram?"),
        c("Tengo, pero lo llevo poco. Subo alguna foto en verano.", None),
        t("Le propongo una campaña de invierno: escapadas románticas con cena y un veinte por ciento de descuento, "
          "anunciadas en Instagram y Facebook, con unos doscientos euros al mes de publicidad. Las publicaciones se las "
          "llevamos nosotros por ciento cincuenta al mes."),
        c("Trescientos cincuenta al mes en invierno, cuando no entra nada... me parece mucho para probar.",
          "too_expensive"),
        t("Se puede empezar solo con la publicidad, sin la gestión, y las fotos las sube usted. Le mando una guía "
          "sencilla."),
        c("Bueno, mándemela y la miro.", "brush_off"),
        t("Se la mando hoy. Y en un mes vemos cómo va."),
    ],
))

# --- d04 -----------------------------------------------------------------------
_open = c("Buenas. Mi madre toma nueve pastillas al día y ya se lía, el otro día se tomó dos veces la de la tensión. "
          "Quería un pastillero de esos de la semana.", None)
PAIRS.append(rpair(
    "esb52r_d04_monforte_farmacia_pastillas",
    "Una hija pide un pastillero para su madre, que se repitió una pastilla de la tensión. Better pregunta quién "
    "prepara las pastillas y cuál es el error exacto, ofrece la preparación en blíster con un mes de prueba y respeta "
    "que el pastillero pueda bastar; worse vende el pastillero y menciona el servicio de pasada.",
    [
        _open,
        t("Buenas. Se lo enseño, pero antes: ¿quién le prepara las pastillas ahora, ella sola? ¿Y el lío es de "
          "olvidarse, de repetir, o de confundir unas con otras?"),
        c("Ella sola, y yo paso los domingos. Es de repetir: no se acuerda de si ya la tomó. Y las cajas se parecen, "
          "blancas todas.", None),
        t("Si no se acuerda de si ya la tomó, un pastillero ayuda, pero lo tiene que llenar alguien sin errores. "
          "Nosotros hacemos el SPD: preparamos aquí las pastillas de la semana en un blíster sellado, con día y hora, y "
          "ella solo abre la casilla; si está vacía, ya la tomó. Son ocho euros a la semana."),
        c("Ocho euros a la semana son treinta y tantos al mes... el pastillero son diez euros y ya está.",
          "too_expensive"),
        t("Es verdad, y el pastillero le puede valer si usted se lo llena los domingos. La ventaja del SPD es que lo "
          "preparamos con la receta delante y no hay error al llenarlo; con nueve pastillas es fácil equivocarse. Si "
          "quiere, probamos un mes y, si ve que con el pastillero se apaña, lo deja."),
        c("Un mes de prueba vale. Así veo si ella se aclara.", None),
        t("Perfecto. Tráigame la hoja de tratamiento y todas las cajas que tenga en casa, y el lunes le tengo el primer "
          "blíster."),
    ],
    [
        _open,
        t("Buenas. Tenemos este de siete días con cuatro tomas: mañana, mediodía, tarde y noche. Las casillas son "
          "grandes y se abren fácil. Doce euros."),
        c("¿Y no hay otro más barato? En el bazar los vi a tres euros.", "too_expensive"),
        t("Los hay, pero cierran mal y las letras son pequeñas; para una persona mayor este va mejor. También tenemos un "
          "servicio en el que le preparamos las pastillas en blíster, el SPD, por ocho euros a la semana."),
        c("No, eso no, que lo lleno yo los domingos.", "no_need"),
        t("Muy bien. Pues el de doce, entonces. Si quiere, le explico cómo organizarlo."),
        c("Vale, gracias. Me lo llevo.", None),
    ],
))

# --- d05 -----------------------------------------------------------------------
_open = c("Buenas. Soy autónomo, carpintero, y necesito una furgoneta, que la mía tiene trescientos mil kilómetros. "
          "Quería ver un préstamo de unos veinte mil.", None)
PAIRS.append(rpair(
    "esb52r_d05_oviedo_caja_prestamo_furgoneta",
    "Un carpintero autónomo pide un préstamo para una furgoneta. Better pregunta cómo son sus ingresos durante el año, "
    "adapta la cuota a los meses flojos y le ayuda a comparar con otro banco de forma honesta; worse ofrece la cuota "
    "estándar y reacciona a las objeciones.",
    [
        _open,
        t("Buenas. Vamos a verlo. ¿Cómo son sus ingresos a lo largo del año, parecidos todos los meses o con meses "
          "flojos?"),
        c("Muy desiguales. En primavera y verano mucho trabajo, cocinas, reformas; en enero y febrero casi nada.", None),
        t("Entonces una cuota fija alta le puede ahogar en enero. Le propongo o el préstamo a siete años, que deja la "
          "cuota en unos trescientos, o a cinco con dos meses al año de carencia, que puede usar en invierno. ¿Con cuál "
          "estaría más tranquilo?"),
        c("Lo de la carencia en invierno me viene bien. Pero en el otro banco me ofrecieron un tipo más bajo, creo que "
          "un punto menos.", "too_expensive"),
        t("Puede ser, y le animo a comparar la TAE, no solo el tipo, que ahí entran las comisiones. Si me trae la oferta "
          "por escrito, la comparamos juntos y, si la suya es mejor, se lo digo."),
        c("Vale, se la traigo el lunes.", None),
        t("Hasta el lunes. Traiga también los dos últimos trimestres del IVA, y con eso le doy respuesta en el día."),
    ],
    [
        _open,
        t("Buenas. Claro. Para veinte mil le puedo ofrecer cinco años al siete por ciento, una cuota de unos "
          "cuatrocientos. ¿Le parece bien?"),
        c("Cuatrocientos al mes... En enero y febrero casi no tengo trabajo, no sé si llego a eso.", "no_money"),
        t("Entonces se puede alargar a siete años, que queda en unos trescientos. Así tiene más holgura."),
        c("Mejor. Pero en el otro banco me ofrecieron un punto menos.", "too_expensive"),
        t("Nuestro tipo es bastante competitivo, y además somos la caja de aquí de toda la vida. Traiga la "
          "documentación y lo tramitamos."),
        c("Ya lo pensaré.", "think_it_over"),
    ],
))

# --- d06 -----------------------------------------------------------------------
_open = c("Buenos días... Soy Ramón, de Sarria. Me viene una chica una hora por la mañana, la Rosa. Mi hija dice que pida "
          "más horas. Yo no sé.", None)
PAIRS.append(rpair(
    "esb52r_d06_sarria_ayuda_domicilio_tardes",
    "Un señor mayor y tímido llama él mismo porque su hija le dice que pida más horas de ayuda a domicilio. Better le "
    "pregunta a él qué se le hace cuesta arriba, descubre que son las tardes solas y la cena, y se ofrece a hacer el "
    "trámite; worse sigue el plan que dio la hija por teléfono.",
    [
        _open,
        t("Buenos días, Ramón. Gracias por llamar usted mismo. Su hija dice más horas, pero usted dice que no sabe. ¿Qué "
          "le parece a usted? ¿Hay algo del día que se le haga cuesta arriba?"),
        c("Pues... las tardes. Se me hacen muy largas. Y la cena, que no tengo ganas de hacerla y ceno un café con "
          "galletas.", None),
        t("Entonces no es tanto ayuda con la casa como compañía por la tarde y cenar algo de verdad. Podría ir Rosa, u "
          "otra persona, una hora a las siete: le prepara la cena, cenan charlando y le deja todo recogido. ¿Eso le "
          "gustaría?"),
        c("Eso sí. Pero no sé cuánto cuesta, que yo tengo la pensión justa, ¿eh?", "no_money"),
        t("Una hora más al día son unos ciento noventa euros al mes. Como ya tiene la ayuda del concello por la mañana, "
          "puede pedir que se la amplíen por la tarde y pagaría mucho menos. Si quiere, llamo yo a la trabajadora "
          "social y se lo pido."),
        c("Sí, llámela usted, que yo con los papeles me lío.", None),
        t("La llamo hoy y mañana le cuento lo que me diga. Y se lo comento también a su hija, si le parece bien."),
    ],
    [
        _open,
        t("Buenos días, Ramón. Su hija ya nos llamó la semana pasada. Nos dijo que querían subir a dos horas por la "
          "mañana, para la limpieza y la compra. ¿Se lo apunto?"),
        c("Bueno... si ella lo dice. Pero la casa ya me la tiene limpia la Rosa.", "no_need"),
        t("Con dos horas le puede hacer también la compra y dejarle la comida hecha. Son ciento noventa euros más al "
          "mes."),
        c("Ciento noventa... eso es mucho para mí, yo tengo la pensión justa.", "no_money"),
        t("Puede pedir al concello que se lo amplíe dentro de la ayuda municipal, que sale más barato. Le mando los "
          "papeles a su hija para que lo tramite."),
        c("Vale, mándeselos a ella.", None),
    ],
))

# --- d07 -----------------------------------------------------------------------
_open = c("Buenas. El motor del Marusía se calienta. Ayer, volviendo de las nasas, la aguja se me fue al rojo y tuve que "
          "venir despacio. Quería que lo miraran a ver qué es.", None)
PAIRS.append(rpair(
    "esb52r_d07_muros_taller_motor_calienta",
    "Un patrón de bajura trae un motor que se calienta. Better hace dos preguntas de diagnóstico y empieza por lo "
    "barato y probable (toma de mar, rodete); worse apunta directamente al intercambiador, lo caro, y rebaja cuando el "
    "cliente protesta.",
    [
        _open,
        t("Buenas. ¿El agua por el escape salía como siempre, con fuerza, o poca? ¿Y cuándo se cambió el rodete de la "
          "bomba de agua por última vez?"),
        c("Ahora que lo dice, salía poca agua. El rodete... ni idea, igual dos años. Lo cambiaba el mecánico de antes.",
          None),
        t("Poca agua por el escape apunta a la bomba o a la toma de mar: un rodete gastado o un plástico en el filtro. Es "
          "lo más barato y lo más común, así que empiezo por ahí: filtro, rodete y toma. Si es eso, unos ochenta euros "
          "con la pieza. Si no, miramos el intercambiador, que ya es más caro."),
        c("¿Y cuánto sería lo del intercambiador, por si acaso? Que no quiero sustos.", None),
        t("Limpiarlo, unos doscientos; cambiarlo, más de seiscientos. Pero no le toco nada de eso sin llamarle antes. "
          "¿Cuándo me lo puede traer al muelle?"),
        c("Mañana no salgo por el tiempo. Te lo dejo en el muelle a las nueve.", None),
        t("A las nueve estoy. Por la tarde le digo qué era."),
    ],
    [
        _open,
        t("Buenas. Si se calienta tanto, lo normal en un motor de esos años es que el intercambiador esté sucio o "
          "picado. Lo mejor es cambiarlo, unos seiscientos cincuenta con mano de obra."),
        c("¿Seiscientos cincuenta? Uf. ¿No habrá algo más barato que mirar antes?", "too_expensive"),
        t("Se puede limpiar en vez de cambiarlo, unos doscientos, pero si está picado volverá a fallar. Y de paso le "
          "cambio el rodete."),
        c("Bueno, pues límpielo primero y ya veremos. Mañana se lo dejo en el muelle.", None),
        t("Perfecto, a las nueve. Le llamo cuando esté."),
        c("Vale. Hasta mañana.", None),
    ],
))

# --- d08 -----------------------------------------------------------------------
_open = c("Buenas. Tengo una sidrería en Cimadevilla y el datáfono que tengo con el otro banco me cobra una barbaridad "
          "de comisión. Quería saber qué me dan ustedes.", None)
PAIRS.append(rpair(
    "esb52r_d08_gijon_sidreria_datafono",
    "El dueño de una sidrería compara datáfonos por la comisión. Better pregunta volumen, estacionalidad y clientes "
    "extranjeros, ofrece una tarifa sin cuota, es claro sobre lo que sale más caro y responde a su mala experiencia "
    "con una prueba; worse da la tarifa estándar y minimiza el problema del wifi.",
    [
        _open,
        t("Buenas. Para darle una cifra que le sirva: ¿cuánto cobra con tarjeta al mes, más o menos, y cambia mucho entre "
          "verano e invierno? ¿Tiene muchos clientes extranjeros?"),
        c("En agosto igual treinta mil con tarjeta, en invierno ocho o diez. Extranjeros en verano muchos, franceses, "
          "ingleses. Y ahora me cobran una cuota fija de veinticinco al mes más el uno por ciento.", None),
        t("Con tanta diferencia entre meses, le conviene sin cuota fija, solo porcentaje, para no pagar cuota en los "
          "meses flojos. Le puedo dar un cero sesenta y cinco para tarjetas europeas. Las de fuera de Europa, que son "
          "menos, van al uno ochenta; eso no se lo escondo."),
        c("El cero sesenta y cinco está bien. Pero cambiar me da una pereza... la última vez que cambié, el datáfono "
          "nuevo no iba con el wifi del bar y estuve una semana cobrando en efectivo.", "bad_experience"),
        t("Entonces mejor no depender del wifi: le doy uno con tarjeta SIM propia, que funciona aunque se caiga el wifi. "
          "Y no hace falta cambiar de banco: el datáfono puede abonar en su cuenta de ahora. Se lo dejo quince días de "
          "prueba al lado del suyo, y cobra con el que quiera."),
        c("Así sí. Tráigamelo el lunes, que cerramos y estoy haciendo cuentas.", None),
        t("El lunes a las once se lo llevo y lo dejamos configurado con usted delante."),
    ],
    [
        _open,
        t("Buenas. Tenemos un datáfono con una comisión del cero ochenta por ciento y una cuota de quince euros al mes. "
          "Es de los más baratos del mercado."),
        c("¿Cuota de quince al mes? En invierno cobro poco con tarjeta, eso no me compensa.", "too_expensive"),
        t("La cuota se quita si factura más de doce mil al mes de media. En verano seguro que llega."),
        c("En verano sí, pero en invierno no. Además, la última vez que cambié, el datáfono nuevo no iba con el wifi y "
          "estuve una semana cobrando en efectivo.", "bad_experience"),
        t("Los nuestros funcionan muy bien, no suele haber problemas con eso. Le dejo la oferta por escrito y lo "
          "piensa."),
        c("Vale, déjemela.", "brush_off"),
    ],
))

# --- d09 -----------------------------------------------------------------------
_open = c("Boas. La láctea me está pagando menos porque la grasa me bajó al tres cuatro. Quería uno de esos correctores "
          "que suben la grasa, que me dijeron que la coope los tiene.", None)
PAIRS.append(rpair(
    "esb52r_d09_vilalba_cooperativa_grasa_leche",
    "Un ganadero socio pide un corrector de grasa porque la láctea le penaliza. Better busca la causa (silo nuevo y "
    "más pienso), propone paja larga y un análisis antes de gastar, y deja el corrector como segunda opción; worse "
    "vende el corrector y pregunta por la ración al final.",
    [
        _open,
        t("Boas. Los tenemos, sí, pero antes quiero saber por qué bajó, que si no tapamos el problema. ¿Desde cuándo "
          "baja, y cambiaste algo en la ración?"),
        c("Desde que abrí el silo de hierba nuevo, hará un mes. Y les metí más pienso, que la leche bajó un poco.", None),
        t("Eso es muy típico: silo más húmedo o más picado, más pienso, la vaca rumia menos y baja la grasa. Antes de "
          "gastar en un corrector, probaría a meter dos kilos de paja larga por vaca y bajar un poco el pienso. Me llevo "
          "una muestra del silo para analizar, son veinticinco euros."),
        c("Paja tengo. Pero la láctea ya me descuenta este mes, ¿eh? No puedo esperar mucho.", None),
        t("En diez o quince días con la paja se nota en el análisis. Si para entonces no sube, probamos el corrector, "
          "que son cuarenta euros por vaca al mes; pero prefiero que no lo gastes si no hace falta."),
        c("Bueno, vale, probamos con la paja. Coge la muestra hoy mismo si puedes.", None),
        t("Paso esta tarde a las cinco y la cojo. El martes tienes el resultado."),
    ],
    [
        _open,
        t("Boas. Sí, tenemos uno con grasa protegida. Se dan doscientos gramos por vaca y día y suele subir dos o tres "
          "décimas en un par de semanas."),
        c("¿Y cuánto sale?", None),
        t("Unos cuarenta euros por vaca al mes. Con cincuenta vacas, dos mil al mes."),
        c("¿Dos mil al mes? Para eso me quedo con el descuento de la láctea.", "too_expensive"),
        t("Se puede dar solo a las de principio de lactación, que son las que más bajan, y queda en la mitad. ¿Cambiaste "
          "algo en la ración últimamente?"),
        c("Abrí el silo nuevo hace un mes. Bueno, mándame un saco para las frescas y ya veo.", None),
        t("Te lo llevo mañana. Y si quieres, otro día miramos el silo."),
    ],
))

# --- d10 -----------------------------------------------------------------------
_open = c("Hola, buenas. Tengo dos apartamentos rurales en Cangas de Onís, y el seguro que tengo es el de hogar de toda "
          "la vida. Un amigo me dijo que no me cubre si es alquiler turístico. ¿Es verdad?", None)
PAIRS.append(rpair(
    "esb52r_d10_cangas_onis_seguro_apartamentos",
    "El dueño de dos apartamentos rurales pregunta si su seguro de hogar le cubre. Better pregunta qué le preocupa, "
    "dice claramente lo que la póliza nueva no cubre y ofrece revisar la actual antes de cambiar; worse vende la "
    "póliza completa sin hablar de exclusiones.",
    [
        _open,
        t("Hola. Su amigo tiene bastante razón: muchos seguros de hogar excluyen la actividad turística, y si un cliente "
          "se hace daño o rompe algo, la compañía puede negarse. ¿Qué le preocupa más: daños en el edificio, que se "
          "lesione un cliente, o las cancelaciones?"),
        c("Que se lesione alguien. El año pasado una señora se cayó en la escalera de piedra de fuera; menos mal que no "
          "fue nada, pero me quedé una semana sin dormir.", None),
        t("Entonces lo esencial es la responsabilidad civil de la actividad, de al menos trescientos mil euros. Tenemos "
          "una póliza para alojamientos rurales con eso, más continente y contenido, por unos trescientos veinte al año "
          "los dos apartamentos. Lo que no cubre: cancelaciones de clientes, ni destrozos hechos a propósito si no hay "
          "denuncia. Eso se lo digo ya."),
        c("Trescientos veinte... ahora pago ciento noventa por el de hogar. Es bastante más.", "too_expensive"),
        t("Es más, sí. La diferencia es que con el de hogar, si pasa algo con un cliente, probablemente no le cubre "
          "nada. Tráigame su póliza y le señalo la cláusula de exclusión; si me equivoco y sí le cubre, no le hace falta "
          "cambiar."),
        c("Me parece justo. Se la traigo el jueves.", None),
        t("El jueves la miramos juntos. Y si le cubre, se lo digo igual."),
    ],
    [
        _open,
        t("Hola. Es verdad, el de hogar no sirve para alquiler turístico. Tenemos una póliza específica para alojamientos "
          "rurales, trescientos veinte euros al año los dos apartamentos. Es muy completa."),
        c("Trescientos veinte... ahora pago ciento noventa. Es bastante más.", "too_expensive"),
        t("Es que cubre mucho más: continente, contenido, responsabilidad civil de trescientos mil euros, asistencia "
          "veinticuatro horas. Es la que tienen casi todos los apartamentos de la zona."),
        c("Ya. El año pasado una señora se cayó en la escalera de fuera y me asusté. Eso entra, ¿no?", None),
        t("Sí, eso lo cubre la responsabilidad civil. ¿Se la preparo?"),
        c("Déjeme pensarlo unos días y le llamo.", "think_it_over"),
    ],
))

"""Ranked pairs f01-f10 (hand-written by esb62's writer): both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

# f01 Toledo, tienda de vinos: drops the price before asking anything ---------------
_f01_open = c("Buenas. Quería una caja de vino para regalar a mi jefe por Navidad. Algo de aquí, de Toledo, que él es "
              "de fuera.", None)
_f01_ask = t("Buenas. Qué buena idea, regalar algo de la tierra. ¿Sabe si le gusta más el tinto o el blanco? ¿Y qué "
             "presupuesto lleva pensado?")
_f01_ans = c("Tinto, creo. Y presupuesto, pues unos cincuenta euros, que es el jefe pero tampoco quiero pasarme.", None)
_f01_disc = t("Buenas. Mire, para regalo de empresa le hago directamente un 15 % de descuento en cualquier caja, que "
              "estamos en campaña.")
_f01_disc_re = c("Ah... bueno, gracias. Pero si todavía no sé ni lo que quiero. Tinto, creo, y unos cincuenta euros, "
                 "que es el jefe pero tampoco quiero pasarme.", None)
_f01_t2 = t("Con cincuenta le hago una caja de tres tintos de la provincia: una garnacha de Méntrida, un tinto de la "
            "Sierra de San Vicente y un vino de pago de Malpica, que llama mucho la atención a la gente de fuera.")
_f01_c2 = c("Eso de que sean los tres de aquí me gusta. ¿Me lo podéis envolver?", None)
_f01_t3 = t("Claro, en caja de madera con una tarjeta que explica cada vino. Se la preparo en diez minutos.")
_f01_c3 = c("Perfecto, me doy una vuelta por la calle Ancha y vuelvo.", None)

# f02 Madrid, escuela de música: vague next step ---------------------------------
_f02_open = c("Hola, buenas. Tengo cuarenta y cinco años y siempre he querido aprender a tocar el piano. ¿Es muy tarde "
              "para empezar?", None)
_f02_t1 = t("Hola. Para nada, tenemos muchos alumnos adultos que empiezan de cero. ¿Qué te gustaría tocar: clásica, "
            "canciones, acompañarte cantando? ¿Y tienes piano en casa?")
_f02_c1 = c("Canciones, pop, lo que oigo en la radio. Piano no tengo, tendría que comprarme un teclado, supongo.", None)
_f02_t2 = t("Para pop te va mejor un profesor de piano moderno, que trabaja con acordes desde el primer día. Un teclado "
            "de 88 teclas con peso lo encuentras de segunda mano por unos 300. Las clases individuales son 120 al mes, "
            "una hora a la semana.")
_f02_c2 = c("Ciento veinte al mes... es un capricho, pero bueno, me lo quiero dar. ¿Qué horarios hay?", None)
_f02_next = t("Con Carlos, el de moderno, quedan huecos los martes a las ocho y los sábados a las once. Te reservo una "
              "clase de prueba gratis este sábado a las once y, si te gusta, el lunes te mando el contrato por correo.")
_f02_next_re = c("El sábado a las once, perfecto. Apúntame.", None)
_f02_vague = t("Pues ahora mismo los horarios los están cuadrando los profesores. Te apunto en una lista y ya te diremos "
               "algo cuando sepamos.")
_f02_vague_re = c("Ya... ¿y eso cuándo sería, más o menos? Porque si no me llamáis, igual acabo apuntándome en otro "
                  "sitio.", None)

# f03 Valladolid, seguros: doubts the customer's honesty --------------------------
_f03_open = c("Buenas, vengo a dar un parte. Se me ha roto la lavadora, bueno, la goma, y se ha inundado la cocina y ha "
              "calado al vecino de abajo.", None)
_f03_t1 = t("Buenas. Vaya faena. ¿Cuándo pasó? ¿Y ha cerrado ya la llave del agua?")
_f03_c1 = c("Anoche, a las once o así. Sí, cerré la llave en cuanto lo vi. El vecino tiene una mancha grande en el "
            "techo de la cocina.", None)
_f03_t2 = t("Vale. Su póliza cubre los daños por agua en su casa y a terceros, con una franquicia de 150 euros. ¿Tiene "
            "fotos de su cocina y del techo del vecino?")
_f03_c2 = c("Hice fotos, sí. Pero oye, la franquicia esa ¿la pago yo? Es que pensaba que me cubría todo.", None)
_f03_ok = t("Sí, los primeros 150 de lo suyo los paga usted; lo del vecino lo cubre entero la responsabilidad civil. Hoy "
            "mismo pido el perito, y con las fotos suele venir en 48 horas.")
_f03_ok_re = c("Bueno, si lo del vecino está cubierto, me quedo más tranquilo. Le mando las fotos ahora.", None)
_f03_doubt = t("Sí, los primeros 150 son suyos. Eso sí, el perito va a comprobar que la goma se rompió de verdad y que no "
               "llevaba tiempo goteando, que hay mucha gente que aprovecha un parte para arreglarse la cocina entera.")
_f03_doubt_re = c("¿Cómo que aprovechar? ¿Me está llamando mentiroso? Llevo veinte años pagando este seguro y es el "
                  "primer parte que doy.", None)

# f04 Albacete, taller: closes before checking it works ---------------------------
_f04_open = c("Buenas, el aire del coche no enfría nada, y con el calor que hace aquí en julio no hay quien vaya. Creo "
              "que es el gas.", None)
_f04_t1 = t("Buenas. ¿Desde cuándo le pasa? ¿No enfría nada o enfría poco? ¿Y se lo han recargado alguna vez?")
_f04_c1 = c("Ha ido enfriando menos poco a poco, desde el verano pasado. Recargado nunca, el coche tiene seis años.", None)
_f04_t2 = t("Eso cuadra con una pérdida lenta de gas. Le hago la recarga con tinte detector de fugas, 75 euros, y así, "
            "si hay una fuga, se ve. Son cuarenta minutos.")
_f04_c2 = c("Setenta y cinco... en la gasolinera me dijeron que ellos por cincuenta. Bueno, hazlo, que tú por lo menos "
            "lo miras.", "too_expensive")
_f04_check = t("Ya está recargado. Antes de que se vaya, arrancamos y le mido la temperatura en la salida: siete grados, "
               "está bien. No se ve tinte por ningún lado. Si en un mes vuelve a enfriar menos, venga y buscamos la fuga "
               "con la lámpara sin coste.")
_f04_check_re = c("Siete grados, madre mía, qué gusto. Gracias, majo.", None)
_f04_rush = t("Ya está recargado. Son 75, se lo cobro y listo, que tengo otro coche esperando.")
_f04_rush_re = c("¿Y no lo arrancamos a ver si enfría? Que no quiero llegar a casa y que siga igual.", None)

# f05 Salamanca, farmacia: an unasked lecture --------------------------------------
_f05_open = c("Hola. Dame algo para las quemaduras del sol, que ayer me quedé dormido en la piscina de La Aldehuela. "
              "Tengo la espalda como un cangrejo.", None)
_f05_t1 = t("Hola. Uf, a ver. ¿Te han salido ampollas? ¿Tienes fiebre o escalofríos?")
_f05_c1 = c("Ampollas no, solo rojo, y me escuece un montón. Fiebre no creo.", None)
_f05_t2 = t("Vale, entonces es una quemadura superficial. Te va bien un gel de aloe o un aftersun frío, de la nevera, "
            "varias veces al día, y si te duele mucho, un ibuprofeno. El gel son 8,95.")
_f05_c2 = c("El gel vale. ¿Y puedo volver mañana a la piscina? Que he quedado con los colegas.", None)
_f05_tip = t("Mañana mejor a la sombra o con camiseta, porque esa piel se vuelve a quemar enseguida. Si vas, crema del "
             "50 en lo que no tapes.")
_f05_tip_re = c("Vale, camiseta entonces. Me llevo el gel.", None)
_f05_lecture = t("Mira, te voy a decir una cosa: cada quemadura de estas suma para un melanoma dentro de veinte años. Los "
                 "jóvenes os creéis que no pasa nada, y luego vienen los disgustos. La crema es cada dos horas, no una "
                 "vez y ya, y quedarse dormido al sol es una irresponsabilidad.")
_f05_lecture_re = c("Vale, vale... yo solo quería el gel, no una charla. Cóbrame, anda.", None)

# f06 Madrid, reformas: over-promises ---------------------------------------------
_f06_open = c("Hola, buenas. Queremos reformar la cocina entera, y nos corre prisa porque en septiembre nace el niño y "
              "queremos tenerlo todo listo. ¿Cuánto tardáis?", None)
_f06_t1 = t("Hola, enhorabuena. Depende de lo que haya que hacer. ¿Vais a cambiar solo muebles o también instalaciones: "
            "fontanería, electricidad, gas? ¿Y el piso de qué año es?")
_f06_c1 = c("Es un piso de los setenta, en Moratalaz. Queremos quitar la cocina de gas, poner placa de inducción en la "
            "otra pared y cambiar los azulejos.", None)
_f06_t2 = t("Vale: quitar el gas, electricidad nueva para la inducción, alicatado y muebles. En un piso de los setenta "
            "eso suele traer sorpresas en las tuberías. ¿Cuándo querríais empezar?")
_f06_c2 = c("Lo antes posible. Estamos en mayo, o sea que tenemos tres meses, y no nos podemos ir de casa mientras, así "
            "que tiene que ser rápido.", None)
_f06_real = t("Os digo lo realista: la obra en sí, entre cuatro y cinco semanas, más dos o tres de espera de muebles. "
              "Para llegar a septiembre habría que empezar a mediados de junio como tarde, y os dejo una semana de "
              "margen por si salen sorpresas. Antes os hago presupuesto cerrado con visita.")
_f06_real_re = c("Cinco semanas sin cocina con esta barriga... bueno, si llegamos a septiembre, vale. ¿Cuándo puedes "
                 "venir a verla?", None)
_f06_promise = t("Tranquilos, eso en dos semanas os lo dejamos terminado, con muebles y todo. Nosotros no tenemos "
                 "retrasos nunca, y lo de las tuberías no os preocupéis, que seguro que están bien.")
_f06_promise_re = c("¿Dos semanas? Hombre, eso me suena demasiado bonito. En otra empresa nos dijeron mes y medio como "
                    "poco.", None)

# f07 Valladolid, cooperativa: unexplained jargon ---------------------------------
_f07_open = c("Buenas. Este año quiero sembrar cebada en las tierras de Tordesillas que eran de mi tío, y no sé cuánto "
              "abono echar. Él siempre echaba lo mismo y la cosecha era una miseria.", None)
_f07_t1 = t("Buenas. ¿Cuántas hectáreas son? ¿De secano? ¿Y sabe qué echaba su tío y cuánto sacaba?")
_f07_c1 = c("Catorce hectáreas, secano. Echaba un saco de ese del triple quince, no sé cuánto por hectárea, y sacaba dos "
            "mil kilos, dos mil quinientos en un año bueno.", None)
_f07_t2 = t("Vale. Lo primero sería un análisis de tierra, que la cooperativa lo hace por 35 euros la muestra, y así no "
            "echamos a ciegas. Con lo que me dice, seguramente le falte nitrógeno en primavera.")
_f07_c2 = c("¿Treinta y cinco por muestra? ¿Y cuántas hacen falta? No me quiero gastar un dineral antes de sembrar.",
            "too_expensive")
_f07_plain = t("Con una o dos basta para catorce hectáreas, si la tierra es parecida. Luego, al sembrar, un abono de "
               "fondo, menos cantidad que el de su tío, y en febrero o marzo, cuando la cebada empieza a crecer, un "
               "segundo abonado con nitrógeno, que es lo que le hace llenar el grano. Las cantidades se las doy con el "
               "análisis.")
_f07_plain_re = c("Vale, eso lo entiendo. Dos muestras, y me dices cuándo venís a cogerlas.", None)
_f07_jargon = t("Con una o dos basta. Luego le planteamos un fondo con un 8-15-15 a 250, y cobertera fraccionada con "
                "NAC 27, unas 80 UF de N, ajustando según el NDVI en ahijado.")
_f07_jargon_re = c("Eh... ¿NAC qué? Mira, no te he entendido nada. Yo no sé qué es eso de las UF.", None)

# f08 Toledo, gestoría: argues with the customer -----------------------------------
_f08_open = c("Buenos días. Vengo a ver cómo va lo de la transferencia de la furgoneta que le compré a mi cuñado. Hace "
              "tres semanas que os lo dejé y no sé nada.", None)
_f08_t1 = t("Buenos días. Dígame su nombre y lo busco.")
_f08_c1 = c("Felisa Gómez. La furgoneta del reparto, una Berlingo blanca.", None)
_f08_t2 = t("Aquí está. Lo tenemos parado porque falta el justificante del impuesto de transmisiones, el 620, y sin él "
            "Tráfico no lo tramita.")
_f08_c2 = c("¿Cómo que falta? Si yo os traje ese papel con todo lo demás, en un sobre marrón. Me acuerdo "
            "perfectamente.", None)
_f08_calm = t("Puede que se haya traspapelado aquí, perdone. Lo busco ahora en el archivo de la semana, y si no aparece, "
              "con su DNI lo descargo yo de la sede de la Junta en cinco minutos y no tiene que traer nada.")
_f08_calm_re = c("Ah, bueno, pues mejor así. Gracias, que la furgoneta la necesito para el reparto.", None)
_f08_argue = t("No, señora, aquí no está. Si lo hubiera traído, estaría en la carpeta. Lo tendrá usted en casa. Tráigalo y "
               "ya lo seguimos.")
_f08_argue_re = c("¿En casa? Que lo traje, que me acuerdo perfectamente. Búsquelo usted, que yo tengo la furgoneta parada "
                  "y no me puedo pasar aquí la vida.", None)

# f09 Salamanca, muebles: recommends before asking ---------------------------------
_f09_open = c("Buenas tardes. Estoy buscando un sofá cama. Para el cuarto del ordenador, que es pequeño.", None)
_f09_ask = t("Buenas tardes. ¿Para quién sería, para que duerma alguien de visita de vez en cuando o para usarlo a "
             "diario? ¿Y cuánto mide el cuarto, más o menos?")
_f09_ans = c("Para cuando vienen mis nietos de Madrid, dos o tres veces al año. El cuarto tiene dos metros y medio por "
             "tres, con la mesa del ordenador.", None)
_f09_pitch = t("Buenas tardes. Mire, este de aquí es el mejor que tenemos: sistema italiano, colchón de 18 centímetros, "
               "para dormir todos los días. 1.290 euros.")
_f09_pitch_re = c("Huy, no, eso no me hace falta. Es para cuando vienen mis nietos de Madrid, dos o tres veces al año, y "
                  "el cuarto es pequeño, dos metros y medio por tres, con la mesa del ordenador.", "no_need")
_f09_t2 = t("Para dos o tres veces al año y en un cuarto así, lo práctico es un sofá cama de apertura de libro, que "
            "abierto deja paso junto a la mesa. Este tiene colchón de doce centímetros, suficiente para unas noches, y "
            "son 420.")
_f09_c2 = c("Eso ya me cuadra más. ¿Y caben dos? Son chavales ya, de quince y diecisiete.", None)
_f09_t3 = t("Abierto es de 135, caben, aunque a esa edad igual prefieren uno en el sofá cama y otro en un colchón "
            "hinchable. Se lo llevamos y lo montamos sin coste en Salamanca capital.")
_f09_c3 = c("Pues me lo quedo. El de 420.", None)

# f10 Madrid, tienda de bicis: talks about himself --------------------------------
_f10_open = c("Hola. Estoy pensando en comprarme una bici eléctrica para ir a trabajar, de Chamberí a Méndez Álvaro. "
              "Pero no tengo ni idea.", None)
_f10_t1 = t("Hola. Buena idea para ese trayecto. ¿Cuántos kilómetros son, más o menos? ¿Y dónde la dejarías, en casa y "
            "en el trabajo?")
_f10_c1 = c("Unos siete kilómetros. En casa la tendría que subir en el ascensor, es un cuarto. En el trabajo hay sitio "
            "para bicis en el garaje.", None)
_f10_t2 = t("Vale: siete kilómetros, con cuesta a la vuelta, y subirla en ascensor. Entonces importa el peso y que quepa: "
            "una plegable eléctrica o una urbana ligera, de unos 18 kilos.")
_f10_c2 = c("Plegable, mejor, que el ascensor es de los antiguos. ¿Cuánto cuestan?", None)
_f10_focus = t("Las plegables decentes, entre 1.200 y 1.800. Esta de 1.390 te da para ida y vuelta toda la semana con una "
               "carga. Si quieres, te la dejo para que la pruebes en la calle y la metas en el ascensor del portal de al "
               "lado, que es de los antiguos también.")
_f10_focus_re = c("Mil trescientos noventa... es un pellizco, la verdad. Pero si me ahorro el abono, igual sale. La "
                  "pruebo, venga.", "too_expensive")
_f10_self = t("Las plegables, entre 1.200 y 1.800. Yo tengo una de estas, y el verano pasado me hice el Camino de "
              "Santiago desde Ponferrada. Bueno, con esta no, con la de montaña, pero me recorrí todo el Bierzo; tengo "
              "las fotos en el Instagram de la tienda, mira, mira.")
_f10_self_re = c("Ya... muy bonito. Pero yo lo que quiero saber es si esta me cabe en el ascensor.", None)

PAIRS = [
    rpair(
        "esb62r_f01_toledo_vinos_regalo_jefe",
        "Un cliente busca en una tienda de vinos de Toledo una caja de vino de la tierra para regalar a su jefe. Fallo "
        "en worse: el vendedor ofrece un descuento antes de preguntar nada; el cliente se queda descolocado y tiene que "
        "contar él solo lo que necesita.",
        better=[_f01_open, _f01_ask, _f01_ans, _f01_t2, _f01_c2, _f01_t3, _f01_c3],
        worse=[_f01_open, _f01_disc, _f01_disc_re, _f01_t2, _f01_c2, _f01_t3, _f01_c3],
    ),
    rpair(
        "esb62r_f02_madrid_escuela_musica_piano_adulto",
        "Un adulto de 45 años pregunta en una escuela de música de Madrid por clases de piano moderno. Fallo en worse: "
        "un siguiente paso vago (\"ya te diremos algo\") en vez de una clase de prueba concreta; el cliente empieza a "
        "pensar en otras escuelas.",
        better=[_f02_open, _f02_t1, _f02_c1, _f02_t2, _f02_c2, _f02_next, _f02_next_re],
        worse=[_f02_open, _f02_t1, _f02_c1, _f02_t2, _f02_c2, _f02_vague, _f02_vague_re],
    ),
    rpair(
        "esb62r_f03_valladolid_seguro_parte_lavadora",
        "Un asegurado de Valladolid da un parte por una fuga de la lavadora que ha calado al vecino. Fallo en worse: el "
        "agente insinúa que el cliente podría estar exagerando el parte; el cliente se siente llamado mentiroso.",
        better=[_f03_open, _f03_t1, _f03_c1, _f03_t2, _f03_c2, _f03_ok, _f03_ok_re],
        worse=[_f03_open, _f03_t1, _f03_c1, _f03_t2, _f03_c2, _f03_doubt, _f03_doubt_re],
    ),
    rpair(
        "esb62r_f04_albacete_taller_aire_acondicionado",
        "Un conductor de Albacete lleva el coche al taller porque el aire acondicionado enfría poco. Fallo en worse: el "
        "mecánico cobra y lo despacha sin comprobar que ahora enfría; el cliente pide probarlo.",
        better=[_f04_open, _f04_t1, _f04_c1, _f04_t2, _f04_c2, _f04_check, _f04_check_re],
        worse=[_f04_open, _f04_t1, _f04_c1, _f04_t2, _f04_c2, _f04_rush, _f04_rush_re],
    ),
    rpair(
        "esb62r_f05_salamanca_farmacia_quemadura_sol",
        "Un chico pide en una farmacia de Salamanca algo para una quemadura de sol. Fallo en worse: un sermón "
        "no pedido sobre el melanoma y la irresponsabilidad; el cliente solo quiere pagar e irse.",
        better=[_f05_open, _f05_t1, _f05_c1, _f05_t2, _f05_c2, _f05_tip, _f05_tip_re],
        worse=[_f05_open, _f05_t1, _f05_c1, _f05_t2, _f05_c2, _f05_lecture, _f05_lecture_re],
    ),
    rpair(
        "esb62r_f06_madrid_reforma_cocina_bebe",
        "Una pareja de Moratalaz (Madrid) quiere reformar la cocina antes de que nazca su hijo en septiembre. Fallo en "
        "worse: el reformista promete dos semanas y cero sorpresas en un piso de los setenta; la clienta desconfía.",
        better=[_f06_open, _f06_t1, _f06_c1, _f06_t2, _f06_c2, _f06_real, _f06_real_re],
        worse=[_f06_open, _f06_t1, _f06_c1, _f06_t2, _f06_c2, _f06_promise, _f06_promise_re],
    ),
    rpair(
        "esb62r_f07_valladolid_cooperativa_abonado_cebada",
        "Un agricultor que hereda tierras en Tordesillas (Valladolid) pregunta en la cooperativa cómo abonar la cebada. "
        "Fallo en worse: la explicación del plan de abonado va en jerga técnica sin explicar (UF, NAC 27, NDVI, "
        "ahijado); el cliente no entiende nada.",
        better=[_f07_open, _f07_t1, _f07_c1, _f07_t2, _f07_c2, _f07_plain, _f07_plain_re],
        worse=[_f07_open, _f07_t1, _f07_c1, _f07_t2, _f07_c2, _f07_jargon, _f07_jargon_re],
    ),
    rpair(
        "esb62r_f08_toledo_gestoria_transferencia_furgoneta",
        "Una repartidora de Toledo pregunta en la gestoría por la transferencia de una furgoneta parada por un papel que "
        "ella dice haber entregado. Fallo en worse: el gestor le lleva la contraria y le dice que lo tendrá en casa; la "
        "clienta se enfada.",
        better=[_f08_open, _f08_t1, _f08_c1, _f08_t2, _f08_c2, _f08_calm, _f08_calm_re],
        worse=[_f08_open, _f08_t1, _f08_c1, _f08_t2, _f08_c2, _f08_argue, _f08_argue_re],
    ),
    rpair(
        "esb62r_f09_salamanca_muebles_sofa_cama_nietos",
        "Una abuela de Salamanca busca un sofá cama para un cuarto pequeño donde duermen sus nietos unas noches al año. "
        "Fallo en worse: el vendedor recomienda el modelo más caro antes de preguntar nada; la clienta lo rechaza y "
        "explica ella misma lo que necesita.",
        better=[_f09_open, _f09_ask, _f09_ans, _f09_t2, _f09_c2, _f09_t3, _f09_c3],
        worse=[_f09_open, _f09_pitch, _f09_pitch_re, _f09_t2, _f09_c2, _f09_t3, _f09_c3],
    ),
    rpair(
        "esb62r_f10_madrid_bici_electrica_plegable",
        "Un oficinista de Chamberí (Madrid) pregunta por una bici eléctrica para ir al trabajo y subirla en un ascensor "
        "antiguo. Fallo en worse: el vendedor se pone a hablar de sus propias rutas en bici; el cliente tiene que volver "
        "a su pregunta.",
        better=[_f10_open, _f10_t1, _f10_c1, _f10_t2, _f10_c2, _f10_focus, _f10_focus_re],
        worse=[_f10_open, _f10_t1, _f10_c1, _f10_t2, _f10_c2, _f10_self, _f10_self_re],
    ),
]

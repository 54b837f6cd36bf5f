"""Ranked pairs d01-d10: two decent conversations, `better` is better. Written by hand in Spanish."""
from common import c, rpair, t

PAIRS = []

# d01 — riego por goteo para olivar, Úbeda (Jaén)
_o = c("Buenas. Quería presupuesto para poner goteo en una finca de olivar de doce hectáreas, aquí en Úbeda.", None)
PAIRS.append(rpair(
    "esb4r_d01_ubeda_riego_olivar",
    "Un olivarero de secano pide presupuesto de riego por goteo a una empresa de instalaciones agrícolas.",
    better=[
        _o,
        t("Buenas. Antes del presupuesto: ¿de dónde sacaría el agua? ¿Tiene pozo, o es de una comunidad de regantes?"),
        c("Hay un pozo viejo de mi padre, pero no sé si tiene papeles. Lo que quiero es que el olivar aguante los años secos, que el último cogí la mitad.", None),
        t("Pues lo primero son los papeles: sin la concesión de la Confederación no se puede regar, y la multa es gorda. ¿Miramos primero si el pozo está inscrito?"),
        c("Uf, papeles. En plena recogida no tengo tiempo de ir a la Confederación ni a ningún sitio.", "no_time"),
        t("Lo entiendo, con la aceituna no hay tiempo para nada. Deme el polígono y la parcela y lo consulto yo esta semana. Y para que sepa de qué cifras hablamos: entre dos mil y dos mil quinientos euros la hectárea."),
        c("Eso sí. Polígono catorce, parcela ciento dos. El presupuesto, que lo vea mi hijo.", None),
        t("Apuntado. El viernes le llamo con lo del pozo; si está en regla, vamos a la finca a medir."),
    ],
    worse=[
        _o,
        t("Buenas. ¿Qué marco de plantación tiene, tradicional o intensivo?"),
        c("Tradicional, de los de toda la vida. Lo que quiero es que aguante los años secos, que el último cogí la mitad.", None),
        t("Con dos goteros por árbol va sobrado. Para tradicional sale entre dos mil y dos mil quinientos la hectárea, con filtro, cabezal y programador: unos veintisiete mil en total."),
        c("Es mucho dinero de golpe. Yo pensaba en menos.", "too_expensive"),
        t("Hay ayudas de la Junta para modernizar regadíos que cubren una parte. Le preparo el presupuesto detallado y se lo mando con la información de las ayudas."),
        c("Bueno, mándemelo y lo miro con mi hijo.", "think_it_over"),
    ],
))

# d02 — implante dental, Chiclayo
_o = c("Buenas, doctor. Quería saber cuánto cuesta un implante. Me sacaron una muela hace como dos años.", None)
PAIRS.append(rpair(
    "esb4r_d02_chiclayo_implante_dental",
    "Un señor de cincuenta y ocho años pregunta en una clínica dental cuánto cuesta un implante.",
    better=[
        _o,
        t("Buenas, don Segundo. Le digo el precio, pero antes: ¿qué le molesta más, masticar o cómo se ve? ¿Y tiene diabetes o algún problema de salud?"),
        c("Masticar, porque como todo de un lado. Diabetes sí tengo, controlada con pastillas.", None),
        t("Con la diabetes controlada se puede, pero necesito su último análisis y una radiografía para ver si queda hueso. El implante con corona sale entre tres mil y tres mil quinientos soles; un puente, unos mil ochocientos, pero hay que tallar las muelas de al lado."),
        c("Tres mil quinientos es harto para mí, doctor. Mi hijo dice que en Trujillo lo hacen más barato.", "too_expensive"),
        t("Puede ser. Compare lo mismo: marca del implante y si incluye la corona. Hágase primero la radiografía, son sesenta soles, y le doy el presupuesto exacto por escrito para que compare."),
        c("Ya, eso me parece justo. ¿Me la toman hoy?", None),
        t("Ahorita mismo. Y el análisis tráigamelo cuando lo tenga."),
    ],
    worse=[
        _o,
        t("Buenas, don Segundo. El implante completo, con corona, sale en tres mil quinientos soles. Lo puede pagar en tres cuotas sin intereses."),
        c("Tres mil quinientos es harto para mí, doctor. Mi hijo dice que en Trujillo lo hacen más barato.", "too_expensive"),
        t("Nosotros usamos implantes alemanes con garantía; lo barato a veces sale caro. En cuotas serían unos mil ciento sesenta al mes."),
        c("¿Y duele? Porque tengo diabetes.", None),
        t("Con anestesia no duele. Si la diabetes está controlada, no hay problema; traiga su último análisis. ¿Le separo cita para la evaluación?"),
        c("Deme un folletito, mejor, y lo veo en la casa.", "brush_off"),
    ],
))

# d03 — microcrédito para panadería, Popayán
_o = c("Buenos días. Tengo una panadería en el barrio Bolívar y quiero un préstamo de ocho millones. ¿Qué necesito?", None)
PAIRS.append(rpair(
    "esb4r_d03_popayan_microcredito_panaderia",
    "La dueña de una panadería de barrio pide un microcrédito en una cooperativa financiera.",
    better=[
        _o,
        t("Buenos días, doña Nubia. ¿Para qué es la plata, y cuánto vende más o menos al mes?"),
        c("Para un horno nuevo. El mío tiene veinte años y se me apaga; esta semana perdí dos horneadas. Vendo como seis millones al mes.", None),
        t("¿Ya lo vio un técnico? Pregunto porque a veces el arreglo sale en cuatrocientos mil y no en ocho millones."),
        c("Sí, dice que no vale la pena. Igual lo quiero más grande, que me piden pan para dos tiendas más.", None),
        t("Entonces el préstamo tiene sentido. Ocho millones a veinticuatro meses son unas cuatrocientas treinta mil mensuales. ¿Eso le deja margen para la harina y el ayudante?"),
        c("Uy, cuatrocientas treinta es harto. Con lo del ayudante no sé si me alcanza cada mes.", "no_money"),
        t("Hagamos la cuenta con sus números: tráigame el cuaderno de ventas de los últimos tres meses y lo miramos juntas. Si no da, se pide menos o a más plazo, contando ya lo de las dos tiendas."),
    ],
    worse=[
        _o,
        t("Buenos días, doña Nubia. Le pido cédula, un recibo de servicio, las ventas de los últimos tres meses y una referencia. ¿Para qué es la plata?"),
        c("Para un horno nuevo, el mío se me apaga. Vendo como seis millones al mes.", None),
        t("Muy bien. Ocho millones a veinticuatro meses quedan en unas cuatrocientas treinta mil mensuales. Si trae los papeles esta semana, el desembolso sale en ocho días."),
        c("Uy, cuatrocientas treinta es harto. No sé si me alcanza cada mes.", "no_money"),
        t("Lo pasamos a treinta y seis meses y baja a unas trescientas veinte mil."),
        c("Bueno, así mejor. Le traigo los papeles el lunes.", None),
    ],
))

# d04 — internet en una aldea, Becerreá (Lugo)
_o = c("Buenas tardes. Vivo en una aldea de Becerreá y quiero poner internet en casa, que viene mi hijo en verano y tiene que trabajar desde aquí.", None)
PAIRS.append(rpair(
    "esb4r_d04_lugo_internet_aldea",
    "Una señora mayor de una aldea pregunta en la tienda de telefonía por internet para que su hijo teletrabaje en verano.",
    better=[
        _o,
        t("Buenas tardes. ¿Qué hace su hijo desde ahí: correos, videollamadas, archivos grandes? ¿Y en la aldea el móvil tiene buena cobertura?"),
        c("Reuniones por el ordenador, de esas con la cara. El móvil en casa va regular; en la huerta va mejor.", None),
        t("Para videollamadas hace falta algo estable, y la fibra no llega a su aldea, se lo digo ya. Hay router 4G con antena exterior, treinta y cinco al mes, o satélite, sesenta. Con la cobertura que me cuenta, yo probaría primero el 4G."),
        c("Sesenta al mes para dos meses de verano, eso no lo pago.", "too_expensive"),
        t("Lógico. El 4G sin permanencia: si la antena no le da para las videollamadas, lo devuelve en catorce días sin coste."),
        c("Eso está bien. Pero yo de esto no entiendo; háblelo usted con mi hijo, que viene el sábado.", "think_it_over"),
        t("Perfecto. Déjeme su número y el de su hijo; le llamo el sábado y se lo explico a él."),
    ],
    worse=[
        _o,
        t("Buenas tardes. En las aldeas de Becerreá la fibra no llega. Lo que más se pone es satélite, que va bien para teletrabajar: sesenta euros al mes e instalación gratis."),
        c("Sesenta al mes para dos meses de verano, eso no lo pago.", "too_expensive"),
        t("Entonces el 4G, treinta y cinco al mes. Depende de la cobertura, pero en muchas aldeas va bien."),
        c("¿Y valdrá para las reuniones de mi hijo, esas con la cara?", None),
        t("Normalmente sí. Si quiere se lo doy de alta hoy y en tres días lo tiene en casa."),
        c("Lo hablo con mi hijo primero, que viene el sábado.", "think_it_over"),
    ],
))

# d05 — venta online para una bodega chica, Cafayate (Salta)
_o = c("Hola, tenemos una bodega chica en Cafayate y queremos vender online. ¿Ustedes hacen tiendas?", None)
PAIRS.append(rpair(
    "esb4r_d05_cafayate_tienda_online_bodega",
    "Una bodeguera pregunta a una agencia de software por una tienda online para vender su vino.",
    better=[
        _o,
        t("Hola. Sí, hacemos. Contame primero: ¿quién te compraría online, gente que ya los conoce o gente nueva?"),
        c("Más que nada turistas que pasan por la bodega, prueban y después nos escriben desde Buenos Aires o Córdoba pidiendo cajas.", None),
        t("¿Y hoy cómo lo resolvés cuando te escriben?"),
        c("Por WhatsApp: les paso el CBU y lo mando por encomienda. Pero se me rompen botellas y es un lío.", None),
        t("Entonces el problema es más el envío que la tienda. Una tienda completa son cuarenta mil por mes y para tu volumen quizás no vale la pena. Te propongo un catálogo con pago online conectado a tu WhatsApp, doce mil por mes, y te paso un correo que trabaja con cajas de telgopor para vino."),
        c("Doce mil sí. Pero estamos en plena vendimia, no tengo ni un minuto hasta abril.", "no_time"),
        t("No hay apuro. Te mando un ejemplo armado con dos de tus vinos para que lo mires cuando puedas, y te escribo a mediados de abril."),
    ],
    worse=[
        _o,
        t("Hola. Sí, tenemos un plan de tienda online para bodegas: catálogo, carrito, medios de pago y cálculo de envío. Son cuarenta mil por mes."),
        c("Cuarenta mil es bastante para lo que vendemos. Somos chicos.", "too_expensive"),
        t("Está el plan inicial, de veinticinco mil, con hasta treinta productos. Para una bodega chica alcanza."),
        c("¿Y el envío? Porque se me rompen las botellas en la encomienda.", None),
        t("El plan calcula el costo de envío solo, con el correo que elijas. El embalaje lo manejás vos."),
        c("Mandame la info por mail y después de la vendimia lo veo.", "brush_off"),
    ],
))

# d06 — farmacia, León (Nicaragua): pastillas de la presión
_o = c("Buenas, muchacha. Deme enalapril, que se me acabaron y no he podido ir al centro de salud.", None)
PAIRS.append(rpair(
    "esb4r_d06_leon_farmacia_presion",
    "Una señora mayor pide en la farmacia de su barrio las pastillas de la presión que se le acabaron hace días.",
    better=[
        _o,
        t("Buenas, doña Chepita. ¿De cuántos miligramos las toma, y cuántos días lleva sin ellas?"),
        c("De diez, una en la mañana. Llevo como cuatro días sin tomarlas, y ando con un dolor de cabeza aquí atrás.", None),
        t("Ese dolor, con cuatro días sin pastillas, me preocupa. ¿Me deja tomarle la presión? Es un momentito y no le cobro."),
        c("Ay, no, que me está esperando mi nieto en la moto.", "no_time"),
        t("Es un minuto, mientras le busco las pastillas. Si la tiene muy alta, no es para irse en moto."),
        c("Bueno, pues, tómemela.", None),
        t("Tiene dieciséis sobre diez, alta. Le doy una tira de diez para que no se quede sin ellas, pero mañana temprano vaya al centro de salud; y si el dolor aumenta o se le nubla la vista, váyase directo a emergencias del hospital."),
    ],
    worse=[
        _o,
        t("Buenas, doña Chepita. ¿De cuántos miligramos?"),
        c("De diez, una en la mañana. Llevo como cuatro días sin tomarlas, y ando con un dolor de cabeza aquí atrás.", None),
        t("Aquí tiene, la caja de treinta son ciento veinte córdobas. Para el dolor de cabeza le doy también acetaminofén."),
        c("¿Tanto la caja? Deme nomás una tira, que no ando mucha plata.", "no_money"),
        t("Va, la tira de diez son cuarenta. Y vaya al centro de salud cuando pueda, para que le renueven la receta."),
        c("Sí, cuando tenga tiempo voy. Gracias, muchacha.", None),
    ],
))

# d07 — transporte de madera, Paillaco / Valdivia
_o = c("Buenas tardes. Le hablo del aserradero Los Coihues, de Paillaco. Necesitamos flete para llevar madera dimensionada a Santiago, un par de camiones a la semana.", None)
PAIRS.append(rpair(
    "esb4r_d07_valdivia_flete_madera",
    "El gerente de un aserradero pide a una empresa de transporte de Valdivia un flete semanal a Santiago.",
    better=[
        _o,
        t("Buenas tardes. ¿Con quién lo mueven ahora, y qué no les está funcionando? Para saber qué le tengo que resolver."),
        c("Con un transportista de acá, pero tiene dos camiones no más, y cuando se le echa a perder uno quedamos botados con la madera en cancha.", None),
        t("O sea que lo que le importa es la regularidad más que el precio. Tenemos once camiones en la región: si uno falla, sale otro al día siguiente. El viaje a Santiago queda en un millón cien, con carpa."),
        c("Es harto más de lo que pago ahora, eso sí. Como cien lucas más por viaje.", "too_expensive"),
        t("Se lo entiendo. Le propongo un mes de prueba con un viaje a la semana, y el otro lo sigue haciendo su transportista; así compara sin dejar a nadie y ve lo que le ahorra no tener la madera parada."),
        c("Eso me gusta más. Mándeme la propuesta y la veo con mi socio.", "think_it_over"),
        t("Se la mando hoy. El jueves le llamo para ver qué dijo su socio."),
    ],
    worse=[
        _o,
        t("Buenas tardes. A Santiago, camión de veintiocho toneladas con carpa, queda en un millón cien el viaje. Con dos viajes semanales le hago un cinco por ciento."),
        c("Es harto más de lo que pago ahora. Como cien lucas más por viaje.", "too_expensive"),
        t("Tenemos once camiones y seguro de carga completo. La diferencia se justifica."),
        c("¿Y si se les echa a perder un camión? Eso es lo que me tiene aburrido con el de ahora.", None),
        t("Tenemos respaldo, sale otro. Le mando la propuesta con las tarifas."),
        c("Ya, mándela y la veo con mi socio.", "think_it_over"),
    ],
))

# d08 — audífonos, Santa Ana (El Salvador)
_o = c("Buenos días. Vengo con mi papá, que ya no oye bien. Queremos ver lo de los aparatos para el oído.", None)
PAIRS.append(rpair(
    "esb4r_d08_santa_ana_audifonos",
    "Una hija trae a su padre de setenta y nueve años a un centro auditivo; el padre no está muy convencido.",
    better=[
        _o,
        t("Buenos días. Don, ¿dónde nota usted que le cuesta más oír: en la casa, en la iglesia, con la tele?"),
        c("Con todo respeto, yo oigo bien. Lo que pasa es que en misa el padre habla bajito, y en la mesa, cuando hablan todos a la vez, me pierdo.", "no_need"),
        t("Eso de la mesa con varias voces es de lo primero que se nota. Le propongo la prueba de audición, que es gratis y son veinte minutos; si sale que oye bien, se va tranquilo sin comprar nada."),
        c("Bueno, eso sí. Pero esos aparatos… mi compadre pagó como mil dólares y los tiene guardados en una gaveta.", "bad_experience"),
        t("Pasa mucho cuando no se ajustan bien. Hay desde trescientos cincuenta el par, y aquí se los lleva un mes a prueba, con dos citas de ajuste; si no le sirven, los devuelve."),
        c("Hágame la prueba, pues, a ver qué sale.", None),
    ],
    worse=[
        _o,
        t("Buenos días. Para su papá le recomendaría un retroauricular, que es fácil de manejar para personas mayores. El par está en seiscientos cincuenta dólares."),
        c("Ay, es bastante. ¿No hay algo más económico?", "too_expensive"),
        t("Hay uno básico de trescientos cincuenta el par. Primero le hacemos la prueba de audición, que es gratis, para ver cuánto le falta."),
        c("Yo oigo bien, señorita. Lo que pasa es que el padre en misa habla bajito.", "no_need"),
        t("Con la prueba salimos de dudas, don. Son veinte minutos."),
        c("Bueno, hagámosla, ya que estamos aquí.", None),
    ],
))

# d09 — licencia de obra en el ayuntamiento, Cáceres (parte antigua)
_o = c("Buenos días. Quiero cambiar las ventanas y arreglar el baño de mi casa, y me han dicho que necesito un permiso. ¿Qué tengo que traer?", None)
PAIRS.append(rpair(
    "esb4r_d09_caceres_permiso_obra",
    "Un vecino pregunta en el ayuntamiento qué permiso necesita para cambiar ventanas y reformar el baño.",
    better=[
        _o,
        t("Buenos días. Depende de la obra. ¿Dónde está la casa? ¿Y las ventanas nuevas serían iguales que las de ahora, mismo material y color?"),
        c("En la calle Caleros, en la parte antigua. Son de madera y quería ponerlas de aluminio blanco, que no hay que pintarlas.", None),
        t("Entonces ojo: en la parte antigua las ventanas a la calle tienen que guardar el estilo, y el aluminio blanco casi seguro no se lo aprueban. El baño es una comunicación previa sencilla: un impreso y la tasa."),
        c("Pues el carpintero ya me ha presupuestado el aluminio, que sale mucho más barato que la madera. No me haga gastar de más.", "too_expensive"),
        t("Le entiendo. Hay aluminio imitación madera, en color oscuro, que suelen aceptar y no cuesta lo que la madera. Antes de encargar nada, le pido cita con el técnico de Patrimonio; es gratis y le dice qué le aprueban."),
        c("Eso sí, que no quiero tirar el dinero. ¿Cuándo puede ser?", None),
        t("Atiende martes y jueves. Le apunto el jueves a las diez; traiga fotos de la fachada y el presupuesto del carpintero."),
    ],
    worse=[
        _o,
        t("Buenos días. Para obra menor tiene que presentar una comunicación previa: este impreso, el presupuesto de la obra y el pago de la tasa."),
        c("¿Y todo eso lo tengo que traer yo? Porque yo trabajo por las mañanas.", "no_time"),
        t("Se puede presentar por la sede electrónica, o que lo traiga otra persona con una autorización firmada."),
        c("Vale. ¿Y con eso ya puedo cambiar las ventanas?", None),
        t("Sí, a los quince días, si no le dicen nada. Si la casa está en la parte antigua, a lo mejor le piden algo más."),
        c("Está en la calle Caleros. Bueno, ya lo traerá mi yerno.", None),
    ],
))

# d10 — veterinaria, Yerba Buena (Tucumán): perro mayor
_o = c("Buenas tardes. El Toby tiene catorce años y ya casi no quiere caminar. ¿Le pueden dar algo para el dolor?", None)
PAIRS.append(rpair(
    "esb4r_d10_tucuman_perro_mayor",
    "Una señora lleva a su perro de catorce años al veterinario porque ya no quiere caminar.",
    better=[
        _o,
        t("Buenas tardes. ¿Desde cuándo está así? ¿Le cuesta levantarse, o se levanta y después no quiere caminar?"),
        c("Le cuesta levantarse, sobre todo a la mañana. Después camina un poco, pero ya no quiere ir a la plaza.", None),
        t("¿Y come bien? ¿Toma agua normal?"),
        c("Come, sí. Agua toma un montón, más que antes.", None),
        t("Eso del agua quiero revisarlo, porque si le doy un antiinflamatorio y tiene el riñón flojo, le hago daño. Lo reviso ahora y le saco sangre: el análisis son dieciocho mil y mañana tengo el resultado."),
        c("Dieciocho mil… estamos justos este mes. ¿No le puede dar algo y listo?", "no_money"),
        t("Le doy hoy algo suave, que no afecta el riñón, para que pase mejor las mañanas, y el análisis lo hacemos cuando pueda, pero no más de dos semanas. Sin análisis no le doy el antiinflamatorio fuerte."),
    ],
    worse=[
        _o,
        t("Buenas tardes. A esa edad es muy común la artrosis. ¿Le cuesta más a la mañana?"),
        c("Sí, a la mañana le cuesta levantarse. Después camina un poco.", None),
        t("Es artrosis, seguro. Le doy un antiinflamatorio para perros, medio comprimido por día con la comida, y un suplemento para las articulaciones."),
        c("¿Y cuánto sale todo?", None),
        t("El antiinflamatorio, nueve mil; el suplemento, catorce mil por mes."),
        c("El suplemento no, estamos justos. Lo del dolor, sí.", "no_money"),
    ],
))

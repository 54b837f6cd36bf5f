"""Ranked pairs f01-f10 (hand-written by the esb59 writer): both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01 fault: argues with the customer
_o = c("Buenas, veci. Quiero una pintura para exteriores, para la fachada. Color blanco hueso.", None)
_t1 = t("Buenas. Claro. ¿De cuántos metros es la fachada, más o menos, y ya está pintada o es enlucido nuevo?")
_c2 = c("Como unos cuarenta metros. Ya está pintada, pero se está pelando. La pintó mi cuñado hace dos años con una pintura de la Ipiales y no duró nada.", None)
_t3 = t("Si se está pelando, hay que lijar y sellar primero; si no, la pintura nueva se pela igual. Para cuarenta metros a dos manos le alcanza una caneca de cinco galones de exteriores, 95 dólares, y un galón de sellador, 18.")
_c4 = c("Ciento trece... ¿Y el sellador es necesario? Yo creo que pintando encima ya está.", "no_need")
PAIRS.append(rpair(
    "esb59r_f01_quito_pintura_fachada",
    "Un cliente de una ferretería del sur de Quito quiere pintura para la fachada de su casa, que se está pelando. Falla en worse: discute con el cliente.",
    [
        _o, _t1, _c2, _t3, _c4,
        t("Le entiendo, es plata. Sin sellar, la pintura nueva se agarra de la vieja que está suelta y se vuelve a pelar. Si quiere ahorrar, lije solo las partes peladas y selle esas; con un litro le alcanza, 6 dólares."),
        c("Ah, ya, eso sí. Deme la caneca y el litro de sellador.", None),
    ],
    [
        _o, _t1, _c2, _t3, _c4,
        t("No, veci, ahí se equivoca. Eso piensa todo el mundo y por eso les pasa lo que les pasa. El sellador va, yo llevo quince años en esto, no me discuta."),
        c("Oiga, solo le pregunté. Ya, deme la caneca nomás, el sellador no.", "no_need"),
    ],
))

# ---------------------------------------------------------------- f02 fault: doubts the customer's honesty
_o = c("Buen día. Vengo a pedir la refinanciación de mi préstamo. Me quedé sin trabajo hace dos meses y no estoy llegando con la cuota.", None)
_t1 = t("Buen día, señor. Lamento lo del trabajo. Vamos a ver qué opciones hay. ¿Cuánto le falta pagar y de cuánto es la cuota hoy?")
_c2 = c("Me faltan como dieciocho cuotas de 900 mil. Ahora hago changas de electricista, saco unos dos millones por mes, depende.", None)
_t5 = t("Si estiramos a 30 cuotas, le quedaría en unos 580 mil por mes. ¿Eso lo puede pagar con lo que entra?")
_c6 = c("Ajustado, pero sí. Mejor que ahora, seguro.", None)
_t7 = t("Le armo la solicitud hoy. El comité se reúne el jueves y el viernes le llamo con la respuesta.")
PAIRS.append(rpair(
    "esb59r_f02_asuncion_refinanciacion",
    "Un socio de una cooperativa de Asunción que perdió su empleo pide refinanciar su préstamo. Falla en worse: duda de la honestidad del socio.",
    [
        _o, _t1, _c2,
        t("Entiendo. Para la refinanciación el comité pide algún respaldo de ingresos. Como son changas, sirve una declaración jurada suya con lo que gana más o menos y, si tiene, capturas de transferencias de clientes de los últimos meses."),
        c("Sí, tengo las transferencias en el celular. ¿Y a cuánto me quedaría la cuota?", None),
        _t5, _c6, _t7,
    ],
    [
        _o, _t1, _c2,
        t("Mmm... ¿dos millones de changas, seguro? Porque mucha gente viene a decir que perdió el trabajo para pagar menos y después resulta que sigue cobrando. Voy a necesitar el finiquito y el certificado del IPS de que ya no aporta."),
        c("¿Me está diciendo mentiroso? El finiquito le traigo, pero no me hable así, che.", None),
        _t5, _c6, _t7,
    ],
))

# ---------------------------------------------------------------- f03 fault: drops the price before asking anything
_o = c("Buenas, ñaño. ¿Cuánto está ese Motorola de la vitrina, el azul?", None)
_t3 = t("Para eso el azul va bien: batería de 5.000, le dura el día entero con el GPS prendido. Si quiere uno más barato que le dure igual, el Samsung de al lado está en 189, pero la cámara es peor.")
_c4 = c("La cámara no me importa. Pero igual, ¿no hay en cuotas? Ahorita no tengo para pagar todo de una.", "no_money")
_t5 = t("Con tarjeta de crédito, seis meses sin intereses. O con la cédula, a crédito directo, pero ahí sí hay interés.")
_c6 = c("Tarjeta tengo. Deme el Samsung, entonces, a seis meses.", None)
PAIRS.append(rpair(
    "esb59r_f03_guayaquil_celular_taxista",
    "Un taxista pregunta el precio de un celular en una tienda del centro de Guayaquil. Falla en worse: baja el precio antes de preguntar nada.",
    [
        _o,
        t("Buenas. Ese está en 239. ¿Para qué lo va a usar más: fotos, redes, juegos? Así le digo si le conviene ese u otro."),
        c("Más que nada WhatsApp y la app de la cooperativa de taxis. Y que dure la batería, que paso todo el día en la calle.", None),
        _t3, _c4, _t5, _c6,
    ],
    [
        _o,
        t("Buenas. Ese está en 239, pero para usted se lo dejo en 210 ahorita mismo, y le regalo la funda."),
        c("¿210 así de una? ¿Y por qué tan barato, está fallado o qué? Es para WhatsApp y la app de los taxis, que dure la batería.", None),
        _t3, _c4, _t5, _c6,
    ],
))

# ---------------------------------------------------------------- f04 fault: an unasked lecture
_o = c("Buenos días, señorita. Vengo a sacar turno para la nutricionista. Me mandó el médico porque tengo el azúcar un poco alto.", None)
_t1 = t("Buenos días. Claro. ¿Tiene la orden del médico? Con la orden, la primera consulta es 30 dólares.")
_c2 = c("Aquí está. Y... ¿hay en la tarde? Trabajo en el mercado 10 de Agosto hasta las cuatro.", None)
_t5 = t("Listo, jueves a las cuatro y media. Traiga sus últimos exámenes de sangre y, si puede, una lista de lo que come en un día normal.")
_c6 = c("Ya, eso sí puedo. Gracias, señorita.", None)
PAIRS.append(rpair(
    "esb59r_f04_cuenca_turno_nutricion",
    "Una comerciante del mercado 10 de Agosto pide turno con la nutricionista en una clínica de Cuenca. Falla en worse: un sermón que nadie pidió.",
    [
        _o, _t1, _c2,
        t("Sí, los martes y jueves hay a las cuatro y media. ¿Le pongo este jueves?"),
        c("El jueves, perfecto.", None),
        _t5, _c6,
    ],
    [
        _o, _t1, _c2,
        t("Sí, hay a las cuatro y media. Pero le digo una cosa: el azúcar alto es por el pan, las colas y el arroz que comemos aquí en la sierra; tiene que dejar el mote y el pan, y caminar todos los días, porque si no termina con diabetes como medio mundo. ¿Le pongo este jueves?"),
        c("Ya, señorita, para eso voy a la nutricionista, ¿no? Póngame el jueves.", None),
        _t5, _c6,
    ],
))

# ---------------------------------------------------------------- f05 fault: a vague next step
_o = c("hola buenas, quiero poner internet en mi casa en el km 8 acaray, llega la fibra ahi?", None)
_t1 = t("Hola! Pasame la ubicacion exacta o la calle y te confirmo la cobertura")
_c2 = c("calle tupi, cerca del colegio. tenemos otra empresa pero se corta a cada rato cuando llueve, ya estoy cansada", None)
_t3 = t("Ahi tenemos fibra, si. El plan de 300 megas sale 180 mil por mes y la instalacion es gratis. Como es fibra, la lluvia no la afecta como a la antena o al cable viejo")
_c4 = c("ah buenisimo. y cuando pueden venir a instalar? trabajo todo el dia, solo el sabado puedo", None)
PAIRS.append(rpair(
    "esb59r_f05_cde_fibra_hogar",
    "Una vecina del km 8 Acaray, en Ciudad del Este, pide por WhatsApp fibra óptica para su casa porque su internet actual se corta con la lluvia. Falla en worse: un próximo paso vago.",
    [
        _o, _t1, _c2, _t3, _c4,
        t("Este sabado tengo lugar de 8 a 12. Te reservo ahora: mandame foto de tu cedula y una factura de la ANDE a tu nombre, y el viernes a la tarde te escribe el tecnico con su nombre y la hora exacta"),
        c("dale, te mando ya las fotos", None),
    ],
    [
        _o, _t1, _c2, _t3, _c4,
        t("Ok, dejame ver. Te vamos a avisar cuando haya lugar, ahi te contactamos"),
        c("y mas o menos cuando? porque ya me paso con otra empresa que me dijeron lo mismo y nunca vinieron. si es asi sigo con la que tengo nomas", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- f06 fault: over-promises
_o = c("Buenas, ingeniera. Tengo mortalidad en dos piscinas de la camaronera, en Taura, y un amigo me dijo que ustedes tienen un probiótico bueno.", None)
_t1 = t("Buenas. ¿Desde cuándo tiene la mortalidad, cuántos días de cultivo tienen esas piscinas y ya mandó a hacer análisis?")
_c2 = c("Están en día sesenta. Empezó hace una semana, encuentro muerto en la orilla cada mañana. Análisis no he mandado, cuesta.", None)
_t5 = t("Le dejo igual el precio para que lo tenga: el probiótico está en 38 dólares el galón, y para sus dos piscinas serían unos cuatro galones al mes.")
_c6 = c("Ya. Déjeme ver primero, ingeniera. Le aviso.", "think_it_over")
PAIRS.append(rpair(
    "esb59r_f06_taura_probiotico_camaron",
    "Un camaronero de Taura llama a una distribuidora de insumos acuícolas de Guayaquil por un probiótico; tiene mortalidad en dos piscinas. Falla en worse: promete de más.",
    [
        _o, _t1, _c2,
        t("Antes de venderle nada, mande muestras al laboratorio; el análisis en fresco con PCR sale 45 dólares y en dos días sabe si es vibrio o un virus. El probiótico ayuda con bacterias, pero no cura un virus, y no quiero que gaste de gana."),
        c("Chuta, 45... Bueno, si me ahorra botar plata en producto, lo mando.", None),
        _t5, _c6,
    ],
    [
        _o, _t1, _c2,
        t("Con nuestro probiótico eso se le corta en una semana, se lo garantizo. Lo aplica en el agua y en el balanceado, y la mortalidad se le va a cero. Es lo que usan todos los grandes."),
        c("¿A cero? Ajá... Eso mismo me dijeron con otro producto el año pasado y se me murió la piscina igual.", "bad_experience"),
        _t5, _c6,
    ],
))

# ---------------------------------------------------------------- f07 fault: closes before checking the thing works
_o = c("Buenas, che. Vengo a retirar mi celular, lo dejé el martes para cambio de batería.", None)
_t1 = t("Buenas. ¿A nombre de quién?")
_c2 = c("Rossana Giménez. Es un Samsung A32.", None)
_t3 = t("Acá está. Le cambiamos la batería por una original; son 180 mil con la mano de obra.")
_c4 = c("Ah, pensé que me iba a salir menos. Me dijeron 150 por teléfono.", "too_expensive")
PAIRS.append(rpair(
    "esb59r_f07_asuncion_retiro_celular",
    "Una clienta retira su celular de un servicio técnico de Asunción después de un cambio de batería. Falla en worse: cobra y cierra sin probar el equipo.",
    [
        _o, _t1, _c2, _t3, _c4,
        t("Tiene razón, en la orden dice 150, perdón; son 150. Antes de que pague, prendámoslo juntos: carga, marca cien por ciento, y hagamos una llamada de prueba, porque al abrirlo a veces se afloja el micrófono."),
        c("Anda todo, se escucha bien. Te transfiero.", None),
    ],
    [
        _o, _t1, _c2, _t3, _c4,
        t("Tiene razón, en la orden dice 150, perdón; son 150. ¿Efectivo o transferencia? Firme acá que retira conforme y listo."),
        c("Pará, ¿no lo vamos a prender primero? La otra vez en otro local me entregaron el celu y después no andaba el micrófono.", "bad_experience"),
    ],
))

# ---------------------------------------------------------------- f08 fault: recommends before asking
_o = c("Buenas tardes. Quiero abrir una cuenta para mi hija, tiene quince años. Ella trabaja vendiendo en las vacaciones y quiere ahorrar.", None)
_t3 = t("Entonces le conviene la cuenta de ahorro junior: sin mínimo mensual, ella deposita lo que quiera y puede retirar cuando junte. Con la cédula de las dos y una planilla de luz, la abrimos ahora.")
_c4 = c("Ya. ¿Y cobra mantenimiento? Porque en el banco me cobraban por todo.", None)
_t5 = t("No cobra mantenimiento. Solo si pide tarjeta de débito, 5 dólares al año, pero para ahorrar no la necesita.")
_c6 = c("Perfecto, sin tarjeta. Aquí están las cédulas.", None)
PAIRS.append(rpair(
    "esb59r_f08_quito_cuenta_hija",
    "Una madre quiere abrir una cuenta de ahorro para su hija de quince años en una cooperativa de Quito. Falla en worse: recomienda un producto antes de preguntar.",
    [
        _o,
        t("Buenas tardes, qué bueno. ¿Ella quiere ahorrar para algo en especial o es para ir guardando? ¿Y va a depositar ella misma o usted?"),
        c("Quiere comprarse una laptop para el colegio, en diciembre. Ella misma deposita lo que vende, a veces diez, a veces treinta, depende.", None),
        _t3, _c4, _t5, _c6,
    ],
    [
        _o,
        t("Buenas tardes. Le recomiendo nuestra cuenta Ahorro Futuro a plazo: deposita mínimo 20 dólares al mes durante tres años y le pagamos el 6 por ciento. Es la mejor para jóvenes."),
        c("¿Tres años? No, ella quiere comprarse una laptop para diciembre. Y no siempre tiene veinte, a veces deposita diez, a veces treinta.", "no_need"),
        _t3, _c4, _t5, _c6,
    ],
))

# ---------------------------------------------------------------- f09 fault: unexplained jargon
_o = c("Buenas, ingeniera. Nosotros siempre le hemos vendido la fruta a una exportadora, pero ahora un comprador de Chile me quiere comprar directo. No sé ni por dónde empezar con el envío.", None)
_t1 = t("Buenas, don Jacinto. Qué bueno. ¿Cuántas cajas por semana le pide el comprador y ya hablaron de quién paga el flete?")
_c2 = c("Un contenedor por semana, unas mil ochenta cajas. Del flete no hablamos; él me dijo que le pase precio puesto allá o puesto aquí, no entendí bien.", None)
_t5 = t("Usted solo se encarga de tener la fruta empacada el día del corte; nosotros coordinamos el contenedor, el barco y los papeles. Nuestro servicio cuesta 350 dólares por contenedor.")
_c6 = c("350 por contenedor... a la semana, son como 1.400 al mes. Eso lo tengo que conversar con mi esposa, que ella lleva las cuentas.", "think_it_over")
PAIRS.append(rpair(
    "esb59r_f09_guayaquil_exportar_banano_chile",
    "Un productor bananero que siempre vendió a una exportadora consulta a una agencia de comercio exterior de Guayaquil para exportar directo a Chile. Falla en worse: jerga sin explicar.",
    [
        _o, _t1, _c2,
        t("Eso es lo primero que hay que decidir. Puesto aquí quiere decir que usted entrega la fruta cargada en el barco en Guayaquil, y de ahí el flete y el riesgo son de él. Puesto allá, usted paga el barco y el seguro hasta Chile. Para empezar, a usted le conviene puesto aquí: arriesga menos."),
        c("Ah, ya entiendo. Puesto aquí, entonces. ¿Y qué tengo que hacer yo?", None),
        _t5, _c6,
    ],
    [
        _o, _t1, _c2,
        t("Ok, entonces le cotizo FOB y CFR Valparaíso. Para FOB necesita booking, VGM y cumplir el cut-off; nosotros le sacamos el BL y la DAE, y el fito con Agrocalidad en cuarenta y ocho horas."),
        c("Ingeniera, no le entendí nada. Yo soy agricultor, hábleme claro. ¿Qué tengo que hacer yo?", None),
        _t5, _c6,
    ],
))

# ---------------------------------------------------------------- f10 fault: talks about himself instead of the customer
_o = c("Buenas tardes. Soy directora de una escuela en Capiatá y queremos llevar a los chicos de sexto grado de excursión a la represa de Itaipú, en noviembre. ¿Alquilan buses?", None)
_t1 = t("Buenas tardes, directora. Sí, alquilamos. ¿Cuántos chicos y docentes serían, y es ida y vuelta en el día?")
_c2 = c("Son 42 chicos y 5 docentes. Ida y vuelta en el día, salimos tempranito. Los padres están preocupados por la seguridad, eso es lo primero que me preguntan.", None)
_t5 = t("Para 47 personas, bus de 50 asientos, ida y vuelta en el día, son 4.500.000 con peajes incluidos.")
_c6 = c("Uf, es más de lo que juntamos con la rifa. No nos alcanza así como está.", "no_money")
PAIRS.append(rpair(
    "esb59r_f10_capiata_excursion_itaipu",
    "La directora de una escuela de Capiatá (Gran Asunción) pide a una empresa de ómnibus un bus para una excursión escolar a Itaipú. Falla en worse: el vendedor habla de sí mismo.",
    [
        _o, _t1, _c2,
        t("Es lógico. Para un viaje así de largo mandamos dos choferes que se turnan, el bus tiene cinturón en todos los asientos y el seguro cubre a cada pasajero. Le mando la póliza y la habilitación de la DINATRAN para que se la muestre a los padres."),
        c("Ah, eso les va a tranquilizar. ¿Cuánto sería?", None),
        _t5, _c6,
    ],
    [
        _o, _t1, _c2,
        t("Mire, yo llevo veintidós años en esto. Empecé de guarda en un colectivo, y ahora tengo mi propia flota. Hice ese viaje mil veces, conozco cada pozo de la ruta. A mis hijos los llevé a Itaipú cuando eran chicos y nunca nos pasó nada."),
        c("Ajá... Bueno, a los padres yo les tengo que mostrar papeles, no historias. ¿Cuánto sería?", None),
        _t5, _c6,
    ],
))

"""Gaming pairs b01-b10 of es_blind53 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer: Mazatenango, cooperativa de ahorro y credito
o = c("Buenos días, vengo a preguntar por un préstamo para mi tortillería.", None)
PAIRS.append(gpair(
    "esb53g_mazate_prestamo_tortilleria",
    "Cooperativa de ahorro y crédito, Mazatenango (Suchitepéquez, GT)",
    "ignored_customer",
    "La dueña de una tortillería quiere una máquina; no tiene fiador y le fue mal con una financiera.",
    [
        o,
        t("Buenos días, siéntese. ¿Para qué sería el préstamo en la tortillería, qué quiere comprar o arreglar?"),
        c("Una máquina tortilladora. Ahorita hacemos todo a mano con mi hija y no damos abasto.", None),
        t("¿Y más o menos cuánto vende al día, y cuánto cuesta la máquina que vio?"),
        c("Vendo unos 400 quetzales diarios. La máquina usada sale en 18 mil. Pero no tengo fiador, y con una financiera me fue mal, me cobraron hasta lo que no.", "bad_experience"),
        t("Le entiendo. Aquí, siendo asociada, puede dejar la misma máquina como garantía en vez de fiador. La tasa es del 18 % anual, fija, y le doy la tabla de pagos completa para que vea cada quetzal."),
        c("¿Y la cuota de cuánto me quedaría?", None),
        t("A dos años, unos 900 al mes. Con lo que vende son como dos días de venta al mes. Si le parece mucho, lo ponemos a tres años."),
        c("A dos está bien. Pero primero le quiero enseñar la tabla a mi hija, ella lleva las cuentas.", "think_it_over"),
        t("Perfecto. Llévese la tabla y la lista de papeles. Si vienen las dos el lunes, lo metemos al comité esa semana."),
    ],
    [
        o,
        t("¡Buenos días! Cuénteme, ¿cuál es su necesidad?"),
        c("Una máquina tortilladora, para no hacer todo a mano.", None),
        t("Excelente. ¿Y tiene alguna preocupación sobre el préstamo?"),
        c("Sí, que no tengo fiador. Y con una financiera me fue mal, me cobraron de más.", "bad_experience"),
        t("Muy bien, gracias por compartir. Entonces le hacemos el préstamo de consumo con fiador, a cuatro años. Aquí tiene la lista de requisitos."),
        c("Pero le estoy diciendo que no tengo fiador... y cuatro años es mucho.", None),
        t("Ajá, anotado. ¿Y de cuánto le gustaría que fuera la cuota?"),
        c("Unos 900 al mes, más de eso no me alcanza.", None),
        t("Perfecto. Con fiador y a cuatro años la cuota le queda en 1,350. ¿Algo más en lo que le pueda servir?"),
        c("Mil trescientos cincuenta no lo puedo pagar, ya se lo dije. Mejor voy a preguntar al banco.", "no_money"),
    ],
))

# b02 repeated_questions: Danli, reparacion de celulares (chat)
o = c("buenas, se me quebro la pantalla del cel, cuanto sale cambiarla?", None)
PAIRS.append(gpair(
    "esb53g_danli_pantalla_celular",
    "Taller de celulares, Danlí (El Paraíso, HN)",
    "repeated_questions",
    "Un cliente escribe por WhatsApp: pantalla quebrada, duda entre reparar o comprar otro.",
    [
        o,
        t("Buenas! Que modelo es y ademas de la pantalla, el cel funciona? suena, vibra, carga?"),
        c("es un samsung a12. si suena y carga, solo q la pantalla no se ve nada", None),
        t("Ok. La pantalla del A12 original sale en 1,800 lps y la generica en 950. La generica se ve un poco menos brillante y dura menos, se lo digo de una vez"),
        c("uff. por 1,800 mejor me compro otro cel no?", "too_expensive"),
        t("Depende. Uno nuevo parecido anda en 4,500. Si la bateria esta buena y tiene fotos que quiere guardar, conviene reparar. Como le dura la bateria?"),
        c("todo el dia, la bateria esta buena. y si tengo fotos de mi bicha q no he pasado", None),
        t("Entonces yo lo repararia. Traigalo y le hago el diagnostico gratis antes de cambiar nada, por si es solo el vidrio"),
        c("va, mañana paso en la tarde", None),
        t("Perfecto, atendemos hasta las 6"),
        c("ok, salgo del trabajo a las 5 y llego como a las 5 y media", None),
    ],
    [
        o,
        t("Buenas! Con gusto. Cuenteme, que modelo de telefono tiene?"),
        c("samsung a12", None),
        t("Perfecto. Y para entender mejor su necesidad, que marca es su cel?"),
        c("samsung, ya le dije. el a12. solo quiero saber si vale la pena o mejor compro otro, ando corto de pisto", None),
        t("Ok entiendo. Y para ayudarle mejor, cual es el equipo que tiene actualmente?"),
        c("ideay? el a12, samsung. cuanto sale la pantalla?", None),
        t("Claro! Antes de darle precio, me confirma el modelo exacto de su dispositivo?"),
        c("mire mejor lo llevo a otro lado, ahi le dejo", None),
    ],
))

# b03 wrong_paraphrase: Zacapa, riego por goteo
o = c("Buenas, quiero cotizar riego por goteo para dos manzanas de tomate, allá por Estanzuela.", None)
PAIRS.append(gpair(
    "esb53g_zacapa_riego_goteo",
    "Sistemas de riego, Zacapa (GT)",
    "wrong_paraphrase",
    "Un productor de tomate con un pozo que no da abasto en verano cotiza riego por goteo; un sistema anterior se le tapó.",
    [
        o,
        t("Buenas. ¿De dónde sacaría el agua: pozo, río o la muni? ¿Y cómo riega ahorita?"),
        c("De un pozo. Riego con manguera y por gravedad, pero en verano el agua ya no alcanza.", None),
        t("Entonces lo que lo limita es el agua, no tanto el terreno. ¿Sabe cuántos galones por hora saca el pozo?"),
        c("Ni idea, la verdad. La bomba es de dos caballos.", None),
        t("Con goteo gasta como la mitad del agua que con manguera. Antes de cotizar conviene medir el caudal del pozo; le puedo ir a medir el martes, sin costo."),
        c("Es que ya vino uno de otra empresa, me vendió un sistema y las cintas se taparon al mes. Por eso desconfío.", "bad_experience"),
        t("Eso pasa cuando no ponen filtro para agua de pozo con sarro. De paso le reviso lo que le quedó instalado; a lo mejor se recupera parte."),
        c("Eso me gustaría. Venga el martes, pues, temprano antes del calor.", None),
        t("Trato hecho. ¿Me manda la ubicación por WhatsApp?"),
        c("Ahorita se la mando. Es pasando el puente, la casa del portón verde.", None),
    ],
    [
        o,
        t("¡Buenas! ¿Qué es lo más importante para usted en un sistema de riego?"),
        c("Que me ahorre agua. El pozo ya no da en verano.", None),
        t("Entiendo. Entonces, si lo escucho bien, usted quiere ampliar a cinco manzanas y meter riego automático con computadora, ¿verdad?"),
        c("No, no. Dos manzanas, ya le dije. Y computadora para qué.", "no_need"),
        t("Claro, claro. O sea que lo que me dice es que el agua le sobra y la quiere aprovechar al máximo con aspersores, ¿correcto?"),
        c("Al revés, el agua me falta. ¿Me está poniendo atención?", None),
        t("Perfecto, entonces resumiendo: quiere el sistema completo con fertirriego y bomba solar, y el presupuesto no es problema. ¿Le preparo la cotización?"),
        c("¿Quién le dijo que el presupuesto no es problema? Ya me vendieron un sistema caro que se tapó al mes. No, gracias.", "bad_experience"),
    ],
))

# b04 pitch_to_upset: Comayagua, seguro de vida de un fallecido
o = c("Buenas... mi esposo falleció hace dos semanas y me dijeron que tenía un seguro de vida con ustedes.", None)
PAIRS.append(gpair(
    "esb53g_comayagua_seguro_viuda",
    "Aseguradora, oficina de Comayagua (HN)",
    "pitch_to_upset",
    "Una viuda reciente viene a reclamar el seguro de vida de su esposo; tiene deudas del entierro.",
    [
        o,
        t("Mi más sentido pésame, señora. Siéntese, con calma. ¿Me permite su nombre y el de su esposo para buscar la póliza?"),
        c("Rosa Amaya. Él se llamaba Julio César Amaya. Perdone, todavía no me acostumbro a decirlo así.", None),
        t("No tiene que disculparse. Aquí está la póliza y usted es la beneficiaria. Necesitamos el acta de defunción, su identidad y la de él. ¿Ya le dieron el acta en el Registro?"),
        c("No, todavía no. Me dijeron que tarda, y yo ni sé hacer esas cosas, él se encargaba de todo.", None),
        t("Le entiendo. Le escribo en una hoja, paso por paso, qué tiene que pedir y dónde. Cuando tenga el acta, me llama y le reviso los papeles antes de que venga, para que no haga viajes de balde."),
        c("Gracias, mija. ¿Y más o menos cuánto tarda el pago? Porque ya tengo deudas del entierro.", None),
        t("Con los papeles completos, unos quince días hábiles. Le doy mi número directo para que me llame a mí y no a la central."),
    ],
    [
        o,
        t("Lo siento mucho. Entiendo perfectamente lo que siente. Y justamente por eso, ¿ha pensado en cómo queda protegida usted ahora?"),
        c("Yo... no sé. Solo vine por lo del seguro de él.", None),
        t("Claro. Mire, momentos así nos enseñan la importancia de planificar. Tenemos el plan Familia Protegida, desde 850 lempiras al mes, que la cubre a usted y a sus hijos."),
        c("Señorita, no es el momento, por favor. Solo quiero saber qué papeles necesito.", "no_time"),
        t("Lo comprendo. ¿Y si le dejo la cotización para cuando esté más tranquila? Con el pago del seguro de su esposo la podría pagar fácil."),
        c("¿Con el dinero de mi esposo? No puedo creer lo que me está diciendo.", None),
        t("Disculpe, no quise ofenderla. ¿Hay algo más en lo que le pueda ayudar hoy?"),
        c("Quiero hablar con su jefe, por favor.", None),
    ],
))

# b05 blame: Juticalpa, internet caido (chat)
o = c("buenas, ya son 4 dias sin internet en la colonia y yo vendo por facebook, me esta afectando", None)
PAIRS.append(gpair(
    "esb53g_juticalpa_internet_caido",
    "Cable e internet, Juticalpa (Olancho, HN)",
    "blame",
    "Una clienta que vende por redes lleva cuatro días sin servicio por una falla en su colonia.",
    [
        o,
        t("Buenas, que pena con usted. Me da su numero de contrato o el nombre del titular?"),
        c("contrato 20815, a nombre de marlen zuniga", None),
        t("Gracias, Marlen. Si, en su sector hay una falla de fibra desde el lunes, se cayo un poste con la lluvia. No es su equipo."),
        c("y para cuando? y me van a cobrar el mes completo?? xq he pagado por nada", None),
        t("La cuadrilla dice que mañana antes del mediodia. Y le aplico el descuento de los dias sin servicio en la proxima factura, ya lo deje anotado en su cuenta."),
        c("ok. la otra vez tambien dijeron mañana y fue una semana", "bad_experience"),
        t("Tiene razon en dudar. Le escribo yo mañana a las 12 para confirmarle si ya volvio, y si no, le doy la fecha nueva sin cuentos."),
        c("va pues, quedo pendiente", None),
        t("Gracias por la paciencia, Marlen. Algo mas que necesite?"),
        c("no, solo eso. ojala si vuelva, q el viernes tengo que entregar pedidos", None),
    ],
    [
        o,
        t("Buenas! Lamento su experiencia. Para entender su necesidad, ya reinicio el router?"),
        c("si, mil veces. y los vecinos tampoco tienen", None),
        t("Entiendo. Lo que pasa es que muchos clientes ponen el router en el suelo o junto a la tele y despues se quejan. Donde lo tiene usted?"),
        c("en una mesa, como siempre. le digo que es toda la colonia", None),
        t("Ok. Pero si usted no pago a tiempo, el sistema a veces corta. Reviso... si, el mes pasado pago dos dias tarde."),
        c("pague tarde pero pague, y despues tuve internet 2 semanas. eso no tiene nada q ver", None),
        t("Bueno, igual le recomiendo no depender tanto del internet para vender. Hay algo mas en que le pueda ayudar?"),
        c("si, cancelar. ya me canse, me voy con la otra compañia", None),
    ],
))

# b06 monologue: Villa Nueva, etiquetas colgantes
o = c("Buenas, me pasaron su número. Necesito cotizar etiquetas colgantes para unas playeras, es un pedido chiquito.", None)
PAIRS.append(gpair(
    "esb53g_villanueva_etiquetas",
    "Imprenta de etiquetas para confección, Villa Nueva (Guatemala, GT)",
    "monologue",
    "El dueño de un taller de confección necesita etiquetas colgantes para un pedido de exportación pequeño.",
    [
        o,
        t("Buenas, con gusto. ¿Cuántas playeras son y para cuándo necesita las etiquetas?"),
        c("Son 3,000 playeras para un cliente en El Salvador. Las tengo que entregar en tres semanas.", None),
        t("¿Ya tiene el diseño o hay que hacerlo? ¿Y lleva código de barras?"),
        c("El logo lo tengo. Código de barras sí, el cliente lo pide. Pero el último proveedor me cobró el diseño aparte y me salió carísimo.", "bad_experience"),
        t("Aquí el ajuste del diseño va incluido si ya trae el logo. Para 3,000 en cartulina con código le sale en 0.45 cada una, entregadas en ocho días hábiles."),
        c("Uy, en el centro me dijeron 0.35.", "too_expensive"),
        t("Puede ser. Lo que cambia es el grosor de la cartulina y el ojalillo. Mañana le mando muestra física de las dos calidades, y usted compara con la de ellos."),
        c("Va, mándeme la muestra al taller, estoy toda la mañana.", None),
    ],
    [
        o,
        t("¡Buenas! Qué bueno que nos contactó. Mire, somos líderes en soluciones de empaque y etiquetado, trabajamos con las maquilas más grandes de Villa Nueva y Amatitlán. Etiqueta tejida, estampada, colgantes, bolsas, cinta, stickers, todo. Para nosotros la experiencia del cliente es lo primero."),
        c("Ah, ok. Es para unas 3,000 playeras...", None),
        t("¡Perfecto! Para eso le recomiendo el paquete integral: etiqueta tejida para el cuello, colgante de lujo con cordón, bolsa individual con sello, y además diseño gráfico profesional. Y le cuento que tenemos máquinas alemanas, nuevecitas."),
        c("Es que yo solo necesito el colgante, el logo ya lo tengo.", "no_need"),
        t("Claro, y el colgante de lujo es justamente el más pedido: cartulina de 400 gramos, laminado mate, hilo dorado. Los clientes de El Salvador y Honduras lo aman. Y si sube a 10,000 unidades el precio baja muchísimo."),
        c("¿10,000? No, no tengo para tanto. ¿Cuánto sale el de 3,000?", "no_money"),
        t("Se lo mando todo en la presentación corporativa, son veinte páginas con nuestro portafolio. ¿Algo más que quiera saber?"),
        c("No, ya está. Mándeme lo que sea por correo.", "brush_off"),
    ],
))

# b07 closing_as_open_question: Marcala, contrato de cafe a futuro
o = c("Buenas, me dijeron que ustedes están haciendo contratos pa' la otra cosecha. ¿Cómo es eso?", None)
PAIRS.append(gpair(
    "esb53g_marcala_contrato_cafe",
    "Exportadora de café, Marcala (La Paz, HN)",
    "closing_as_open_question",
    "Un productor pregunta por contratos a futuro; la roya le bajó la cosecha y un comprador ya lo hizo perder antes.",
    [
        o,
        t("Buenas. Es un contrato a futuro: usted se compromete a entregar cierta cantidad y le fijamos el precio desde ya. Antes de explicarle más, ¿cuántos quintales saca en un año normal?"),
        c("En un año bueno, unos sesenta de pergamino. Pero este año la roya me pegó duro.", None),
        t("Entonces no le conviene comprometer los sesenta. Lo que se suele hacer es amarrar la mitad o menos, por si la cosecha sale corta."),
        c("¿Y si el precio sube después? Hace dos años firmé con un coyote, el precio subió y yo perdí.", "bad_experience"),
        t("Ese es el riesgo y no se lo voy a esconder: si sube, lo amarrado se queda al precio del contrato. Lo demás lo vende al precio del día. Por eso es bueno no amarrarlo todo."),
        c("Mmm. Lo quiero hablar en la cooperativa primero, con el técnico.", "think_it_over"),
        t("Me parece muy bien. Le dejo una copia del contrato modelo para que el técnico lo lea, y si me invitan, paso a la reunión de la cooperativa el otro jueves."),
    ],
    [
        o,
        t("¡Buenas! Es bien sencillo. Cuénteme, ¿cuántos quintales le gustaría amarrar hoy?"),
        c("Hoy no, primero quiero entender cómo funciona. Yo saco unos sesenta en año bueno, pero este año la roya me pegó.", "think_it_over"),
        t("Claro. ¿Y qué le impide firmar ahorita mismo, si el precio está buenísimo?"),
        c("Pues que hace dos años firmé con otro comprador y salí perdiendo.", "bad_experience"),
        t("Le entiendo. Entonces, ¿prefiere amarrar los sesenta completos, o solo cincuenta para ir con cuidado?"),
        c("¿Cincuenta? Si le estoy diciendo que la roya me pegó, ni sé cuánto voy a sacar.", None),
        t("Perfecto. ¿Y a qué cuenta le depositamos el anticipo, la de la cooperativa o la suya?"),
        c("A ninguna. Ya le dije que lo tengo que consultar. Buenas tardes.", "think_it_over"),
    ],
))

# b08 pitch_as_paraphrase: Chimaltenango, laboratorio clinico
o = c("Buenos días, ¿cuánto cuesta el examen del azúcar? Ando con mucha sed y cansado.", None)
PAIRS.append(gpair(
    "esb53g_chimal_laboratorio_glucosa",
    "Laboratorio clínico, Chimaltenango (GT)",
    "pitch_as_paraphrase",
    "Un hombre con sed y cansancio, hijo de madre diabética, pregunta por el examen de glucosa; no trae mucho dinero.",
    [
        o,
        t("Buenos días. La glucosa en ayunas sale en 35 quetzales. ¿Desde cuándo anda así, y alguien en su familia tiene diabetes?"),
        c("Como un mes. Mi mamá es diabética, por eso me asusté.", None),
        t("Hizo bien en venir. ¿Hoy viene en ayunas, sin desayunar?"),
        c("No, me tomé un café con pan en el camino.", None),
        t("Entonces hoy no saldría bien. Venga mañana antes de las ocho sin comer. Si quiere le agrego la hemoglobina glicosilada, que muestra cómo ha estado el azúcar en tres meses; sale en 120, pero no es obligatoria."),
        c("Mmm, 120 más... mejor solo la glucosa por ahora, no ando con mucho.", "no_money"),
        t("Está bien, empezamos con la glucosa. Si sale alta, el médico le dirá si hace falta la otra. Aquí tiene la hoja con las indicaciones."),
        c("Gracias, seño. Mañana vengo tempranito.", None),
        t("¿Trae su DPI? Lo registramos de una vez para que mañana no haga cola."),
        c("Sí, aquí está. Mañana entro a trabajar a las nueve, así que a las siete ya estoy aquí.", None),
    ],
    [
        o,
        t("¡Buenos días! Cuénteme, ¿qué le preocupa?"),
        c("Que ando con sed y cansado, y mi mamá es diabética.", None),
        t("Entiendo. Entonces lo que usted necesita es nuestro Chequeo Ejecutivo Completo, con perfil de lípidos, tiroides, hígado y orina, en 650. ¿Verdad que eso es lo que busca?"),
        c("No, yo solo venía por lo del azúcar, lo demás no lo necesito.", "no_need"),
        t("Claro, si lo entiendo bien, lo que busca es tranquilidad total sobre su salud, y por eso el chequeo completo es lo ideal, ¿cierto?"),
        c("Lo que busco es no gastar de más. Seiscientos cincuenta es casi lo que gano en una semana.", "no_money"),
        t("Entonces, para confirmar: usted quiere el paquete con descuento a 550, pagando hoy. ¿Lo registro así?"),
        c("No, gracias. En el centro de salud me lo hacen casi regalado.", "too_expensive"),
    ],
))

# b09 upsell_as_loop_closing: Choluteca, taller de motos
o = c("Buenas, vengo a que me le cambien el aceite a la moto, nomás eso.", None)
PAIRS.append(gpair(
    "esb53g_choluteca_taller_moto",
    "Taller de motos, Choluteca (HN)",
    "upsell_as_loop_closing",
    "Un trabajador trae la moto solo para cambio de aceite; anda justo de dinero y los frenos chillan.",
    [
        o,
        t("Buenas, con gusto. ¿Cuántos kilómetros lleva desde el último cambio, y ha notado algo raro?"),
        c("Unos tres mil. Raro no... bueno, frena un poquito feo, chilla.", None),
        t("El aceite se lo cambio en veinte minutos, son 350 con filtro. Si quiere le reviso las pastillas del freno sin costo, nomás para decirle cómo están."),
        c("Revíselas, pero no le prometo cambiarlas hoy, ando justo.", "no_money"),
        t("Va. Ya está el aceite. Las pastillas le quedan como al veinte por ciento: aguantan unas dos semanas, no más. Cambiarlas sale en 280 con mano de obra."),
        c("Mejor las cambio la otra quincena, ¿le parece?", "think_it_over"),
        t("Está bien, nomás no lo deje pasar de dos semanas. Se lo anoto en la factura para que no se le olvide."),
        c("Va pues, gracias. ¿Cuánto le debo?", None),
    ],
    [
        o,
        t("¡Buenas! Con gusto. Para cerrar bien el servicio, ¿qué más le agregamos hoy? ¿Afinado completo?"),
        c("No, solo el aceite.", "no_need"),
        t("Perfecto. ¿Y para que la experiencia quede completa le cambiamos también la cadena y el kit de arrastre?"),
        c("La cadena la cambié hace un mes.", "no_need"),
        t("Excelente. ¿Algo más que le pueda agregar? Hay llantas en promoción, y el lavado con cera sale en 150."),
        c("No, ya le dije, el aceite nada más. Ni traigo para más.", "no_money"),
        t("Entendido. Entonces, para cerrar el ciclo, ¿le incluimos el aditivo para motor? Son solo 120."),
        c("Mire, cámbieme el aceite y ya, que tengo que irme a trabajar.", "no_time"),
    ],
))

# b10 leading_tag_questions: Siguatepeque, celular para la abuela
o = c("Buenas, ando buscando un celular para mi abuela, pa' que pueda hablar con mis tíos que están en los Estados.", None)
PAIRS.append(gpair(
    "esb53g_sigua_celular_abuela",
    "Tienda de celulares, Siguatepeque (Comayagua, HN)",
    "leading_tag_questions",
    "Un muchacho busca un celular fácil para su abuela, que ve poco, para videollamadas con hijos emigrados; tiene unos 3,000 lempiras.",
    [
        o,
        t("Buenas. ¿Su abuela ya ha usado celular de pantalla, o tiene de los de teclas?"),
        c("Tiene uno de teclitas. Casi no ve bien, usa lentes.", None),
        t("Entonces le conviene pantalla grande y letra grande. ¿Tiene wifi en la casa o usaría datos?"),
        c("Hay wifi en la casa de mi tía, al lado. Y presupuesto tengo como 3,000 lempiras, no más.", None),
        t("Con 3,000 le alcanza este de 6.5 pulgadas, en 2,800. Le dejo puesto el WhatsApp, la letra grande y los contactos de sus tíos con foto, así ella solo toca la cara."),
        c("Eso está bueno. Pero déjeme preguntarle a mi mamá, ella es la que pone la mitad.", "think_it_over"),
        t("Claro. Si quiere, traiga a las dos el sábado: le enseñamos a su abuela en diez minutos y ahí deciden."),
        c("Va, el sábado venimos.", None),
    ],
    [
        o,
        t("¡Buenas! Usted quiere lo mejor para su abuela, ¿verdad?"),
        c("Sí, claro, pero que sea fácil de usar. Ella casi no ve.", None),
        t("Entonces le va a gustar el de gama alta, ¿no es cierto? Tiene la mejor cámara para videollamadas."),
        c("¿Y cuánto sale?", None),
        t("Doce mil. Pero por su abuela vale la pena, ¿no cree?"),
        c("Uy, no. Yo traigo como tres mil nada más.", "no_money"),
        t("Bueno, pero usted no quiere que ella se pierda ver bien a sus hijos por una mala cámara, ¿verdad? Hay plan de cuotas."),
        c("Para una señora que no sabe ni contestar, ese celular es demasiado. Gracias.", "no_need"),
    ],
))

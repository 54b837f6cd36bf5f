"""esb30 gaming pairs, part A."""
from common import c, gpair, t

PAIRS = []

o = c("Buenas... eh, ando viendo motos, pues. Es para trabajar, hago mandados de una farmacia.", None)
PAIRS.append(gpair(
    "esb30g_sps_moto_reparto", "motorcycle dealer, San Pedro Sula, Honduras", "monologue",
    "Counter, spoken. A delivery rider wants a motorcycle; no banks.",
    [o, t("Buenas, bienvenido. ¿Y cuántos viajes hace al día, y por dónde?"),
     c("Uy, unos veinte. Todo ciudad, con esos baches... la que tengo ya no da, gasta un montón.", None),
     t("Veinte viajes y una moto que le come el pisto en gasolina. ¿La pagaría de contado o en cuotas?"),
     c("Es que al banco no voy, le digo de una vez. A mi hermano le quitaron la moto por dos cuotas atrasadas.", "bad_experience"),
     t("Cualquiera queda asustado. Tenemos crédito directo, sin banco: prima de L 3,000 y L 650 por semana. ¿Le sirve semanal?"),
     c("Pues... semanal sí me cuadra, así me pagan a mí. ¿Y cuál sería?", None),
     t("La 125, rinde unos 110 kilómetros por galón. ¿La prueba en la cuadra y le imprimo el plan de pagos para leerlo con calma?")],
    [o, t("¡Bienvenido! ¿Qué lo trae por acá? Mire, esta es la Turbo 200, la más vendida: doble disco, tablero digital, luces LED..."),
     c("Eh, sí, pero es para reparto, yo solo...", None),
     t("¡Para reparto es perfecta! Parrilla reforzada, asiento ancho, garantía de dos años, primer servicio gratis."),
     c("¿Y cuánto gasta? Porque la gasolina...", None),
     t("Poquito. Viene en rojo, negro y azul mate. Financiamiento con el banco en 24 horas. ¿Qué le parece la experiencia hasta ahora?"),
     c("Ya, ya. Mire, mejor me llevo un folleto y lo veo en la casa.", "brush_off")]))

o = c("Buenos días, seño. Vengo a cobrar lo que me mandó mi hijo, aquí traigo el código.", None)
PAIRS.append(gpair(
    "esb30g_xela_remesa_cuenta", "remittance counter of a bank agency, Quetzaltenango, Guatemala", "closing_as_open_question",
    "Counter, spoken. An older woman collects her son's remittance; the clerk offers accounts.",
    [o, t("Buenos días, doña. Ya se lo reviso. ¿Viene cada mes a cobrar aquí?"),
     c("Cada mes. Vengo de San Mateo en camioneta, una hora.", None),
     t("Una hora, y de regreso con el dinero en la bolsa. Hay una cuenta donde su hijo deposita y usted saca en el cajero del pueblo. ¿Se la explico, o sigue así?"),
     c("Ay no, mija. Yo en bancos no confío. Cuando cerró el banco de aquí, a mi papá no le devolvieron nada.", "bad_experience"),
     t("Tiene razón de desconfiar, no le insisto. Le dejo este papelito con lo que cuesta y cómo se protege el dinero, por si lo platica con su hijo."),
     c("Bueno, eso sí. Él sabe de esas cosas. Se lo enseño el domingo.", "think_it_over"),
     t("Perfecto. Aquí están sus 2,400 quetzales, cuéntelos con calma.")],
    [o, t("Buenos días, doña. Antes de entregarle, ¿qué le parecería que su hijo le deposite a una cuenta con nosotros?"),
     c("¿Una cuenta? No, yo solo vengo a cobrar, mija.", "no_need"),
     t("La entiendo perfectamente. ¿Y qué necesitaría para abrirla hoy mismo, mientras le preparo el efectivo?"),
     c("Es que yo en bancos no confío. A mi papá le cerraron el banco y perdió todo.", "bad_experience"),
     t("Claro. Por eso mismo: ¿con qué documento prefiere que la abramos, su DPI o el de su hijo?"),
     c("Deme mi dinero, por favor, que ya se me va la camioneta.", "no_time")]))

o = c("hola buenas, quisiera saber que planes de internet tienen en tres rios. es para que mis hijos hagan las tareas", None)
PAIRS.append(gpair(
    "esb30g_cartago_internet_tareas", "cable and internet provider, WhatsApp, Cartago, Costa Rica", "pitch_as_paraphrase",
    "WhatsApp chat. A parent wants home internet for the children's online classes.",
    [o, t("¡Hola, pura vida! ¿Cuántos se conectan a la vez y qué usan más: clases por video, series, juegos?"),
     c("somos 4. los 2 chiquitos en zoom en la tarde y yo veo netflix en la noche", None),
     t("Dos videollamadas a la vez en la tarde y series en la noche. ¿Tiene servicio ahora?"),
     c("tengo uno de otra compañia pero se cae cada rato y pago 22 mil. no quiero pagar mas que eso", None),
     t("Para eso 50 megas le sobran; sale en ₡19.900. ¿Me pasa la dirección para ver si hay fibra en su calle?"),
     c("dale ya se la mando. y cuanto dura la instalacion", None),
     t("De 2 a 4 días hábiles. Le confirmo la cobertura hoy antes de las 5 por aquí.")],
    [o, t("¡Hola, pura vida! ¿Qué es lo más importante para usted en su experiencia de internet?"),
     c("que no se caiga y que no sea caro. es para tareas", None),
     t("Entonces, si le entiendo bien, lo que necesita es nuestro Plan Total Hogar: 300 megas + 150 canales HD por ₡38.900, ¿correcto?"),
     c("no, yo no dije nada de canales. 38 mil es un monton", "too_expensive"),
     t("Le escucho. O sea que busca lo mejor para los chicos, y eso es el Plan Total, ¿verdad? ¿Le mando el contrato?"),
     c("no. busco algo para tareas y ya. dejelo asi, gracias", "no_need")]))

o = c("Buenas tardes. Ando buscando el losartán de cincuenta para mi mamá, aquí traigo la receta.", None)
PAIRS.append(gpair(
    "esb30g_santaana_farmacia_losartan", "pharmacy counter, Santa Ana, El Salvador", "upsell_as_loop_closing",
    "Counter, spoken. A daughter buys her mother's blood-pressure pills; the public clinic ran out.",
    [o, t("Buenas tardes. Sí lo tenemos. ¿Lo quiere para todo el mes?"),
     c("Para el mes. El que le dan en la Unidad de Salud se acabó.", None),
     t("Son 30 pastillas: genérico a $6.50, de marca a $18. ¿Cuál prefiere?"),
     c("La genérica, que ando justa de pisto este mes.", None),
     t("Listo. ¿Su mamá se toma la presión en la casa, o solo en la Unidad?"),
     c("Solo cuando va a consulta, cada tres meses.", None),
     t("Aquí se la tomamos gratis cuando quiera, solo la trae. ¿Le aclaro algo de la receta?")],
    [o, t("Buenas tardes. Sí hay. ¿Y qué más le agrego para su mamá? El complejo B le ayuda mucho."),
     c("No, solo la pastilla. Ando justa de pisto.", "no_money"),
     t("Entendido. ¿Algo más en lo que le pueda ayudar? El tensiómetro digital está en oferta, $34.99."),
     c("No, gracias, a ella se la toman en la Unidad de Salud.", "no_need"),
     t("Para cerrar, ¿qué más le incluyo? ¿La de marca, que es más confiable, o la membresía de puntos por $5?"),
     c("La de marca está carísima. El genérico, ya le dije.", "too_expensive")]))

o = c("Buenas, chele. Fijate que el cafetal se me está poniendo amarillo abajo, las hojas con un polvito naranja.", None)
PAIRS.append(gpair(
    "esb30g_matagalpa_coop_roya", "coffee cooperative farm-supply shop, Matagalpa, Nicaragua", "leading_tag_questions",
    "Counter, spoken with voseo. A smallholder describes leaf rust on old coffee plants.",
    [o, t("Buenas, don. Suena a roya. ¿Cuántas manzanas tenés y qué variedad?"),
     c("Tres manzanas de caturra, viejitas. Arriba hay sombra, abajo casi nada.", None),
     t("Caturra vieja, y la roya peor donde pega el sol. ¿Ya aplicaste algo este año?"),
     c("Nada. El año pasado compré un fungicida caro y no me hizo nada, boté la plata.", "bad_experience"),
     t("Quizás se aplicó tarde. Te recomiendo cobre, C$850 el kilo, y que el técnico de la cooperativa vea la finca, gratis. ¿Te queda el jueves?"),
     c("El jueves ando en el corte donde mi cuñado. El sábado sí.", "no_time"),
     t("Dale, sábado. El técnico te dice cuánto cobre ocupás antes de que comprés nada.")],
    [o, t("Buenas, don. Es roya. Usted va a querer el sistémico importado, ¿verdad? Su café lo vale, ¿no?"),
     c("¿Y cuánto cuesta ese?", None),
     t("C$3,200 el litro. Pero no va a arriesgar la cosecha por ahorrarse unos pesos, ¿cierto?"),
     c("Ideay, el año pasado compré uno así de caro y no me sirvió de nada.", "bad_experience"),
     t("Pero ese no era este, ¿verdad que no? Y usted quiere lo mejor para su finca, ¿no es así?"),
     c("Yo quiero lo que funcione, no lo más caro. Esa plata no la tengo.", "no_money")]))

o = c("Aló, sí, buenas... mire, me apareció un cargo de 89 dólares en la tarjeta, de una tienda que no conozco.", None)
PAIRS.append(gpair(
    "esb30g_panama_banco_cargo", "bank card call centre, Panama City", "putdown_question",
    "Phone call. A cardholder reports a charge she does not recognise.",
    [o, t("Buenas tardes. Lamento el susto. ¿Me dice la fecha y el nombre que aparece?"),
     c("Dice... eh, 'SHOPMAX INTL', del 14. Ese día yo estaba en David donde mi suegra.", None),
     t("SHOPMAX, 89 dólares, el 14, y usted no lo reconoce. ¿Tiene la tarjeta con usted?"),
     c("Sí, aquí la tengo en la mano.", None),
     t("Le bloqueo la tarjeta y abro un reclamo; el monto queda en disputa, sin intereses. La nueva llega en cinco días hábiles a Vía España, ¿le sirve?"),
     c("Uy, cinco días... con esa pago todo. Bueno, ni modo, mejor eso que otro cargo.", None),
     t("Mientras, use la débito. Su reclamo es el 44817; en diez días hábiles le llamamos con el resultado.")],
    [o, t("Buenas tardes. Antes de alarmarnos, ¿seguro que no fue alguien de su casa? ¿Qué pasó exactamente?"),
     c("¿Cómo que alguien de mi casa? Vivo sola. Yo no compré nada.", None),
     t("Entiendo su sentir. ¿Pero no se está alterando un poquito por 89 dólares? ¿Revisó bien su estado de cuenta?"),
     c("¡Claro que lo revisé! Por eso llamo.", None),
     t("¿Y suele poner la tarjeta en páginas raras? Casi siempre es descuido del cliente, ¿me explico?"),
     c("Mire, ¿sabe qué? Páseme con un supervisor.", None)]))

o = c("Buenos días. Me cobraron el bus de octubre y en octubre el bus no pasó ni una semana, por lo del puente caído.", None)
PAIRS.append(gpair(
    "esb30g_mixco_colegio_bus", "private school office, Mixco, Guatemala", "not_my_department_or_read_the_terms",
    "Counter, spoken. A mother was billed for a school bus that did not run.",
    [o, t("Buenos días, señora. Qué pena. ¿De qué alumno es, para ver el estado de cuenta?"),
     c("De Josué Morales, tercero primaria. Son Q450, y yo lo llevé en moto todo el mes.", None),
     t("Q450 de octubre, y usted lo llevó por su cuenta. Eso lo autoriza contabilidad, pero yo le llevo el caso; no la mando de ventanilla en ventanilla."),
     c("Se lo agradezco, porque la otra vez me tuvieron dando vueltas una semana.", None),
     t("¿Prefiere que se los devuelvan o que se los abonen a noviembre?"),
     c("Abonado a noviembre está bien.", None),
     t("Hoy lo firma la contadora y mañana le mando el recibo por WhatsApp. Cualquier cosa, me escribe a mí, Karla.")],
    [o, t("Buenos días. Entiendo su preocupación y su experiencia con el bus. ¿Ya revisó el reglamento que firmó en enero?"),
     c("¿El reglamento? Yo solo quiero que me devuelvan lo del bus.", None),
     t("Le comprendo. Pero eso lo ve contabilidad, no es mi departamento. Y el reglamento dice que el bus se paga completo."),
     c("Trabajo todo el día. ¿Entonces nadie aquí me puede resolver?", None),
     t("Contabilidad atiende martes y jueves de 8 a 10. Yo no hago las reglas. ¿Cómo calificaría mi atención del 1 al 10?"),
     c("Ni me pregunte. Voy a hablar con la directora.", None)]))

o = c("Upe, buenas. Vengo a ver la Hilux gris que tienen en Facebook.", None)
PAIRS.append(gpair(
    "esb30g_sancarlos_usados_hilux", "used-car lot, Ciudad Quesada, Costa Rica", "social_proof_or_deadline_pressure",
    "Lot visit, spoken. A dairy farmer looks at a high-mileage pickup.",
    [o, t("Buenas, pura vida. Ahí está. ¿Para qué la ocuparía?"),
     c("Para la lechería, mae. Jalar pacas por lastre, con barro en invierno.", None),
     t("Lastre, barro y carga. Es 4x4 diésel, con 210 mil kilómetros. ¿Cuánto pensaba invertir?"),
     c("Unos siete millones. La tienen en ocho y medio, mucho para ese kilometraje.", "too_expensive"),
     t("El kilometraje pesa, cierto. Le enseño los mantenimientos, y si quiere la lleva a su mecánico antes de hablar de precio."),
     c("Diay, sí. Mi mecánico está en Florencia, el sábado podría.", None),
     t("El sábado, entonces. Si alguien da prima antes, le escribo primero, sin presión.")],
    [o, t("Buenas, pura vida. ¡Buen ojo! Esa la andan buscando todos los finqueros de San Carlos. ¿Qué valora más en su experiencia de manejo?"),
     c("Que aguante el barro, es para la lechería. Pero ocho y medio es mucho para 210 mil kilómetros.", "too_expensive"),
     t("Le escucho. Pero ya vinieron tres a verla y uno vuelve mañana con la prima. Tiene que ser hoy."),
     c("Mae, yo no compro un carro en un ratito. Quiero que la vea mi mecánico.", "think_it_over"),
     t("Entiendo su necesidad, pero el precio solo se lo sostengo hasta las cinco. Sus vecinos ya se pasaron a diésel, ¿verdad?"),
     c("No sé qué hacen mis vecinos. Si se la venden, ni modo. Gracias.", "brush_off")]))

o = c("Buenas, le hablo de una empresa de software de Managua. Queremos un retiro de tres días en marzo.", None)
PAIRS.append(gpair(
    "esb30g_sanjuansur_hotel_retiro", "beach hotel, San Juan del Sur, Nicaragua", "keyword_stuffed",
    "Phone call, B2B. A company books a working retreat for 18 on a fixed budget.",
    [o, t("¡Buenas! ¿Cuántos serían y qué quieren hacer: trabajar, descansar, las dos cosas?"),
     c("Somos 18. Trabajo en la mañana, playa en la tarde. Tenemos 4,000 dólares, todo incluido.", None),
     t("18, mañanas de trabajo, 4,000 dólares. ¿Ocupan internet estable? Aquí a veces falla con lluvia."),
     c("Sí, es clave. Tenemos clientes en Estados Unidos.", None),
     t("Hay sala con fibra y planta eléctrica. Dos noches con comidas: 4,300, se pasa un poco. En habitaciones de tres, 3,850."),
     c("Mmm, compartir de a tres... tengo que consultarlo con mi jefe.", "think_it_over"),
     t("Le mando las dos opciones hoy y le sostengo del 12 al 14 hasta el viernes, sin compromiso.")],
    [o, t("¡Buenas! Lo primero es entender sus necesidades y construir una relación de éxito. ¿Qué sienten que necesitan?"),
     c("Pues... un retiro de tres días para 18, con sala para trabajar. Tenemos 4,000 dólares.", None),
     t("Lo que escucho es que buscan una experiencia transformadora de éxito para su equipo. ¿Cómo se sienten con esa visión?"),
     c("Eh... bien, supongo. ¿La sala tiene internet? ¿Entra en los 4,000?", None),
     t("Nuestra conectividad está alineada con sus necesidades y su experiencia integral. El valor es clave para su éxito."),
     c("Mándeme la propuesta, pues, y la veo.", "brush_off")]))

o = c("buenas tienen el kit de arrastre para una xr 150? cuanto sale", None)
PAIRS.append(gpair(
    "esb30g_tegus_taller_kit", "motorcycle repair shop, WhatsApp, Tegucigalpa, Honduras", "rude",
    "WhatsApp chat. A rider asks for a chain and sprocket kit.",
    [o, t("¡Buenas! Sí hay. ¿Es la XR150L? ¿De qué año?"),
     c("si la L, 2019. suena feo la cadena y brinca cuando acelero", None),
     t("Si brinca, casi seguro es el kit gastado. Original L 1,450, alterno L 850; la instalación, L 200."),
     c("el alterno dura? una vez compre uno barato y a los 2 meses ya no servia", "bad_experience"),
     t("Dura como la mitad. Con uso diario le conviene el original. Tráigala y se la revisamos sin costo."),
     c("va, mañana temprano la llevo", None)],
    [o, t("si hay. que año? igual todas las XR son lo mismo"),
     c("2019. suena feo la cadena y brinca cuando acelero", None),
     t("pues obvio, si no le da mantenimiento pasa eso. L 1,450 el original"),
     c("uy ta caro. no hay algo mas barato", "too_expensive"),
     t("alterno de 850, pero despues no venga a llorar cuando se le reviente jaja. que mas necesita?"),
     c("que forma de atender. busco en otro lado", None)]))

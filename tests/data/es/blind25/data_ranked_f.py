from common import c, rpair, t

PAIRS = []


def add(id, sit, head, good, bad, tail):
    """Shared head and tail; `good` / `bad` are the one trainee turn and the customer's reaction that differ."""
    PAIRS.append(rpair(id, sit, head + good + tail, head + bad + tail))


# f01: argues with the customer
h = [c("Buenas. El aire que me instalaron la semana pasada hace un ruido de noche, como un traqueteo, y no me deja dormir.", None),
     t("Lo siento. ¿El ruido viene de la unidad de adentro o de la de afuera? ¿Todo el rato o al arrancar?"),
     c("De la de afuera, que está pegada a la ventana del cuarto. Cuando arranca, traquetea como un minuto.", None)]
add("esb25r_f01_isabela_aire_traqueteo", "AC installer, Isabela, PR: a new outdoor unit rattles at night.", h,
    [t("Eso suena a que la base no quedó nivelada o le faltan las gomas. Es de la instalación, lo cubrimos nosotros."),
     c("Ah, ok. ¿Y cuándo pueden venir? Trabajo hasta las cinco.", None)],
    [t("Eso es normal al arrancar, todos los compresores hacen ruido. Usted estaba acostumbrado a un aire viejo; este es de los más silenciosos."),
     c("Mire, yo he tenido aires toda la vida y un traqueteo así no es normal. ¿Van a venir o no?", None)],
    [t("El técnico va el jueves a las cinco y media a revisar la base de la unidad de afuera, sin costo."),
     c("Está bien, el jueves entonces.", None)])

# f02: doubts the customer's honesty
h = [c("Buenas, compré esta licuadora el sábado y ya no prende. Aquí tengo la factura.", None),
     t("Buenas, lo siento. Déjeme probarla. ¿Qué pasó: se apagó de repente, olió a algo?"),
     c("Estaba haciendo un jugo de chinola y se apagó, con un olorcito a quemado.", None)]
add("esb25r_f02_santodomingo_licuadora_cambio", "Appliance store, Santo Domingo: a three-day-old blender stopped working.", h,
    [t("Suena al motor. Con factura y a los tres días, se la cambio ahora o le devuelvo el dinero, como prefiera."),
     c("Cámbiemela. Pero si esta marca sale mala, la próxima vez me dan el dinero.", None)],
    [t("Mmm. ¿Seguro que no le echó hielo entero o la tuvo mucho rato prendida? Porque eso no se quema solo."),
     c("Oiga, ¿me está diciendo mentirosa? Chinola y agua nada más. No vine a que me acusen.", None)],
    [t("Le hago el cambio, y le anoto en la factura que si la nueva falla en el primer mes, le devolvemos el dinero."),
     c("Está bien. Gracias.", None)])

# f03: drops the price before asking anything
h = [c("Hola, buenas. ¿Cuánto sale alquilar un carro por una semana?", None)]
add("esb25r_f03_sosua_alquiler_carro", "Car rental, Sosúa, DR: a tourist asks the weekly price.", h,
    [t("Hola. ¿Qué van a hacer: quedarse por Sosúa y Cabarete, o ir a Samaná por la montaña? ¿Cuántos son?"),
     c("Somos cuatro y queremos ir a Samaná y a Las Terrenas un par de días.", None)],
    [t("Para usted se lo dejo en 30 dólares el día en vez de 40. El mejor precio de la costa, no lo va a encontrar más barato."),
     c("¿Así de una? Bueno... somos cuatro y vamos a Samaná. ¿Qué carro es?", None)],
    [t("Para cuatro y esa carretera, le conviene una yipeta pequeña, no el carrito económico, que en las subidas sufre."),
     c("¿Yipeta? Eso sale más caro, ¿no? Con un carrito nos arreglamos.", "too_expensive"),
     t("Un poco más, sí. Le cotizo los dos, con seguro completo, y usted elige."),
     c("Dale, cotíceme los dos.", None)])

# f04: an unasked lecture
h = [c("Buenas, mija. Las tirillas de la glucosa, las de la máquina Accu-Chek. Las de cincuenta.", None),
     t("Buenas. Aquí están. ¿Se las cubre su plan médico? Con la receta salen más baratas."),
     c("Sí, tengo el Vital, pero la tarjeta se me quedó en la casa.", None)]
add("esb25r_f04_ponce_farmacia_tirillas", "Pharmacy, Ponce, PR: a man with diabetes buys glucose strips.", h,
    [t("No se preocupe, lo busco en el sistema con su seguro social."),
     c("Ah, qué bien. Tome, aquí se lo escribo.", None)],
    [t("Lo busco. Y con todo respeto, usted debería cuidarse más: nada de pan, nada de refresco, caminar todos los días. La diabetes no es juego."),
     c("Mija, yo vine por las tirillas, no por un sermón. Eso me lo dice el médico. Tome el número.", None)],
    [t("Listo, ya lo tengo. Con el Vital le salen a 5 de copago."),
     c("Ah, bueno. Dámelas.", None)])

# f05: a vague next step
h = [c("Buenas, me chocaron la moto el sábado y quiero saber cómo va el reclamo. Es pa trabajar, sin moto no como.", None),
     t("Buenas, lo siento. ¿Me da su cédula?"),
     c("72.198.443.", None),
     t("Ya lo veo. El perito vio la moto y el taller mandó el presupuesto: 2,3 millones en repuestos. Falta la aprobación de la aseguradora."),
     c("¿Y eso cuánto se demora? Llevo cuatro días parado.", None)]
add("esb25r_f05_barranquilla_reclamo_moto", "Insurance broker, Barranquilla: a mototaxi driver chases his claim.", h,
    [t("Máximo cinco días hábiles. La reviso el miércoles y lo llamo antes de las doce, salga o no salga."),
     c("Bueno, el miércoles espero su llamada.", None)],
    [t("Eso ya está en proceso. Nosotros le avisamos cuando haya novedades."),
     c("¿Cuándo es cuando haya novedades? La última vez que me dijeron eso aquí, me tuvieron un mes esperando.", "bad_experience")], [])

# f06: over-promises
h = [c("Hola. Nos casamos en mayo y queremos la luna de miel en su hotel de Las Terrenas. ¿Qué habitación nos recomienda?", None),
     t("¡Felicidades! ¿Qué es lo más importante para ustedes: la vista, la privacidad, estar cerca de la playa?"),
     c("La vista al mar, sin duda. Y algo tranquilo, lejos de la piscina y la música.", None)]
add("esb25r_f06_lasterrenas_luna_miel", "Boutique hotel, Las Terrenas, DR: a couple books their honeymoon.", h,
    [t("Las suites del ala norte tienen vista al mar y están lejos de la piscina: 210 la noche. La vista la garantizo; el piso exacto se asigna al llegar."),
     c("Perfecto. ¿Lo de la vista lo puede poner en la confirmación?", None)],
    [t("La suite del tercer piso, 210. Le garantizo la mejor vista del hotel, la más privada, y upgrade gratis a la presidencial, que casi siempre está libre."),
     c("¿En serio? ¿Y todo eso lo ponen en la confirmación?", None)],
    [t("Sí, le pongo en la confirmación todo lo que hablamos."),
     c("Entonces reservamos del 18 al 23 de mayo.", None)])

# f07: closes before checking the thing works
h = [c("Buenas, ¿ya quedó el internet? La máquina de tarjetas y el ATH Móvil dependen de eso, y abro la panadería a las seis.", None),
     t("Buenas. El router está instalado y la señal llega bien. ¿La máquina de tarjetas va por cable o por wifi?"),
     c("Por cable. El celular del ATH Móvil, por wifi.", None)]
add("esb25r_f07_bayamon_internet_panaderia", "Internet installer, Bayamón, PR: a bakery needs its card terminal online by 6 a.m.", h,
    [t("Antes de irme probamos las dos: ¿me hace una venta de un dólar con su tarjeta, y un pago de prueba por ATH Móvil?"),
     c("Dale... la de tarjeta pasó. El ATH Móvil también. ¡Ea, qué bueno!", None)],
    [t("Perfecto, entonces ya está todo. Fírmeme aquí la orden, que cierro el trabajo."),
     c("¿Y no lo vamos a probar? Si mañana a las seis no pasa la tarjeta, ¿quién me ayuda?", None)],
    [t("Le dejo mi número directo; si mañana falla algo, me escribe y vengo antes de las siete."),
     c("Bueno. Gracias.", None)])

# f08: recommends before asking
h = [c("Buenas, ando buscando abono pa la finca. ¿Qué tiene?", None)]
add("esb25r_f08_lavega_abono_cacao", "Farm supply store, La Vega, DR: a cocoa farmer asks for fertiliser.", h,
    [t("Buenas. ¿Qué está sembrando, y en qué etapa: recién sembrado o en producción?"),
     c("Cacao, ya en producción. Las mazorcas están saliendo chiquitas.", None)],
    [t("Buenas. Llévese el 15-15-15, que es el que más sale: el saco de 50 kilos a 2,900."),
     c("¿Y eso sirve pa cacao? Es cacao en producción, y las mazorcas me salen chiquitas.", None)],
    [t("Para cacao en producción con mazorca chiquita, lo que suele faltar es potasio. Primero un análisis de suelo, 1,500 pesos, y mientras, una fórmula alta en potasio."),
     c("¿Un análisis? Nunca he hecho eso. Mi papá abonaba a ojo y le iba bien.", "no_need"),
     t("Se puede a ojo, pero el análisis dice qué le sobra, y a veces ahorra la mitad del abono."),
     c("Bueno, hago el análisis. Si me ahorro abono, vale la pena.", None)])

# f09: unexplained jargon
h = [c("Buenas, mija. Tengo una tiendita de ropa en Porlamar y quiero un punto de venta. Los clientes me preguntan si acepto tarjeta.", None),
     t("Buenas. ¿Cuánto vende al mes, más o menos, y sus clientes pagan con débito o crédito?"),
     c("Unos 3,000 dólares al mes. Casi todos gente de tierra firme, con débito.", None)]
add("esb25r_f09_porlamar_punto_venta", "Bank merchant services, Margarita Island, Venezuela: a clothes shop wants a card terminal.", h,
    [t("Le sirve el punto de débito. Cobramos 2% de cada venta, el dinero le llega a su cuenta al día siguiente, y el equipo se alquila a 15 al mes."),
     c("Ah, o sea que de cada 100 me quedan 98 al día siguiente. Está bien.", None)],
    [t("Le sirve el POS con MDR del 2%, liquidación T+1, adquirencia nacional y terminal en comodato con fee de 15 más conciliación en el portal."),
     c("Mija, no entendí ni la mitad. ¿Eso cuánto me cobran a mí?", None)],
    [t("Le dejo la solicitud: con el RIF y un estado de cuenta, en una semana tiene el punto."),
     c("Está bien, traigo los papeles el lunes.", None)])

# f10: talks about themselves instead of the customer
h = [c("Buenas. Me mudo a Cartagena por trabajo, soy enfermera en el Hospital Universitario, y busco un apartamento de una habitación.", None),
     t("¡Bienvenida! ¿Cuánto quiere pagar al mes, y cómo va a llegar al hospital?"),
     c("Hasta un millón doscientos. No tengo carro, me toca en bus, y tengo turnos de noche.", None)]
add("esb25r_f10_cartagena_arriendo_enfermera", "Letting agent, Cartagena: a night-shift nurse looks for a flat.", h,
    [t("Con turnos de noche, mejor algo cerca, sin esperar bus a las once. En Zaragocilla hay uno de un millón cien."),
     c("Eso me sirve. ¿Queda cerca del hospital?", None)],
    [t("Ay, yo también viví en Zaragocilla cuando llegué de Montería, cogía bus a las cinco de la mañana, y mi hermana también era enfermera... Bueno, allá hay uno de un millón cien."),
     c("Ajá... ¿y ese queda cerca del hospital? Es que salgo de noche.", None)],
    [t("A diez minutos a pie, y la calle tiene buena luz de noche. Se lo muestro el sábado a las diez."),
     c("Listo. Eso sí, los dos meses de depósito no los tengo completos, ¿se puede en cuotas?", "no_money")])

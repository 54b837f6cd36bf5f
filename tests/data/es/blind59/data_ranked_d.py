"""Ranked pairs d01-d10 (hand-written by the esb59 writer): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01
_o = c("Buenas, ingeniero. Quería ver precios de balanceado, del 35 de proteína. Estoy gastando mucho y el camarón no me está creciendo como antes.", None)
PAIRS.append(rpair(
    "esb59r_d01_duran_balanceado_camaron",
    "Un camaronero pequeño de Durán pide precio de balanceado a un vendedor de una fábrica de alimento; su camarón crece menos y gasta más comida.",
    [
        _o,
        t("Buenas, don Segundo. Le paso precios, claro. Antes, ¿cuánto le está creciendo por semana y a qué densidad tiene sembrado?"),
        c("Ahorita como un gramo a la semana, antes sacaba uno y medio. Tengo a doce por metro. Y el factor de conversión se me fue a uno ocho.", None),
        t("Con ese factor está botando comida. A veces no es el balanceado sino cómo se da: ¿está alimentando al voleo o con comederos, y cuántas veces al día?"),
        c("Al voleo, dos veces, en la mañana y en la tarde. Siempre lo he hecho así.", None),
        t("Entonces le propongo esto antes de venderle nada: mi técnico va una semana, ponemos comederos de prueba en una piscina y ajustamos la ración según lo que sobra. Si con eso baja el factor, a lo mejor sigue con su balanceado y solo cambia el manejo. Para que lo tenga, el nuestro de 35 está a 31,50 el saco."),
        c("Me parece serio eso. Pero la semana que viene estoy con la cosecha de la piscina tres, mejor la otra.", "no_time"),
        t("Perfecto, lo agendo para el lunes 20. Le mando por WhatsApp la ficha del balanceado y lo que necesitamos que tenga listo en la piscina."),
    ],
    [
        _o,
        t("Buenas, don Segundo. Claro. Nuestro balanceado de 35 de proteína está a 31,50 el saco, con harina de pescado de primera y aditivo para crecimiento. Con ese el camarón le crece más rápido."),
        c("31,50... yo pago 30 al que tengo. ¿Y en verdad crece más?", "too_expensive"),
        t("Sí, en nuestros clientes hemos visto hasta un veinte por ciento más de crecimiento. Y por volumen, desde cien sacos se lo dejo en 30,80."),
        c("Ya, pero no sé si es el balanceado o qué. El factor se me fue a uno ocho.", None),
        t("Eso suele ser calidad del alimento; con el nuestro baja. ¿Le hago un pedido de cien sacos de prueba?"),
        c("Déjeme pensarlo, ingeniero. Le aviso la otra semana.", "think_it_over"),
        t("Perfecto, le mando la cotización por WhatsApp y quedo atento."),
    ],
))

# ---------------------------------------------------------------- d02
_o = c("Buen día. Quiero sacar un préstamo de quince millones, para... para cosas personales.", None)
PAIRS.append(rpair(
    "esb59r_d02_asuncion_prestamo_tarjetas",
    "Una socia de una cooperativa de Asunción pide un préstamo personal; el motivo real, que le cuesta decir, son dos tarjetas de crédito que ya no puede pagar.",
    [
        _o,
        t("Buen día, señora. Con gusto le ayudo. Si no le molesta contarme, ¿para qué lo piensa usar? No es curiosidad: según el destino hay líneas con tasas muy distintas."),
        c("Y... la verdad es para pagar las tarjetas. Tengo dos, y ya no me alcanza el sueldo para los mínimos. Me da vergüenza decirlo.", None),
        t("No tiene por qué, le pasa a mucha gente. Entonces lo que usted busca es pagar menos por mes, no más plata. ¿Cuánto debe en total y cuánto paga hoy entre las dos?"),
        c("Como catorce millones entre las dos. Pago casi dos millones por mes y la deuda no baja.", None),
        t("Tenemos una línea de consolidación: cancelamos directo las tarjetas y usted queda con una sola cuota, a una tasa más baja que la personal. A 36 meses serían unos 560 mil por mes. Le pido una sola cosa: que una de las tarjetas la demos de baja, para que no vuelva a crecer."),
        c("¿Dar de baja? Mmm, no sé, la uso para emergencias... Dejame pensar eso.", "think_it_over"),
        t("Es razonable. Le preparo la simulación con y sin la baja, y lo piensa con calma. Traiga los extractos de las dos tarjetas cuando vuelva."),
    ],
    [
        _o,
        t("Buen día, señora. Con gusto. Tenemos préstamo personal a 36 meses; por quince millones serían unos 620 mil por mes. ¿Trae su liquidación de sueldo?"),
        c("Sí, acá está. ¿620? Uf, es bastante para mi sueldo, pero bueno...", "no_money"),
        t("Si quiere, a 48 meses baja a unos 500 mil. Con su antigüedad sale aprobado seguro."),
        c("A 48, mejor. Igual lo que quiero es pagar unas tarjetas que tengo.", None),
        t("Perfecto, con la plata en la cuenta las paga y listo. Le cargo la solicitud a 48 y en dos días hábiles le avisamos."),
        c("Bueno, dale.", None),
    ],
))

# ---------------------------------------------------------------- d03
_o = c("Aló, buenas. Quería una cita con el cardiólogo, por favor, para mi papá. Tiene setenta años y dice que se cansa subiendo las gradas.", None)
PAIRS.append(rpair(
    "esb59r_d03_quito_cita_cardiologo",
    "Una hija llama al call center de una clínica de Quito para pedir cita de cardiología para su padre de setenta años.",
    [
        _o,
        t("Buenas tardes. Claro, le ayudo. Antes de agendar, una pregunta de rutina: ¿su papá tiene ahora dolor de pecho, falta de aire estando quieto, o se le hinchan los pies?"),
        c("Dolor no. Falta de aire solo cuando sube. Los pies sí se le hinchan un poco en la tarde.", None),
        t("Gracias. No suena a emergencia, pero si tuviera dolor de pecho o falta de aire en reposo, vayan directo a emergencia, no esperen la cita. El primer turno con el cardiólogo es el jueves 14 a las nueve; la consulta es 40 dólares e incluye electrocardiograma."),
        c("¿Hasta el 14? Son como diez días... ¿No hay antes?", None),
        t("Con cardiología no, pero hay medicina interna antes, a 25 dólares, y el internista le puede pedir los exámenes para que llegue al cardiólogo con todo listo. Si el internista ve que no hace falta, cancela la del 14 sin costo."),
        c("Ay, eso me parece bien. Pero entre semana trabajo, no lo puedo llevar.", "no_time"),
        t("Entonces le pongo el internista el sábado a las nueve y mantengo el cardiólogo el 14. Le llega la confirmación por mensaje."),
    ],
    [
        _o,
        t("Buenas tardes. Claro. El primer turno con el cardiólogo es el jueves 14 a las nueve. La consulta es 40 dólares con electrocardiograma. ¿A nombre de quién?"),
        c("¿Hasta el 14? ¿No hay antes?", None),
        t("Lamentablemente no, la agenda del doctor está llena. Si quiere le pongo en lista de espera por si alguien cancela."),
        c("Ya, póngalo. A nombre de Luis Alfredo Pazmiño. Es que se cansa bastante, me preocupa.", None),
        t("Listo, quedó el 14 a las nueve, y en lista de espera. Que venga en ayunas por si el doctor pide exámenes. Si se siente mal antes, llévelo a emergencia."),
        c("Ya, gracias, señorita.", None),
    ],
))

# ---------------------------------------------------------------- d04
_o = c("Buenas, che. Quiero poner cámaras en mi depósito, que me están faltando cosas. ¿Cuánto sale un kit de cuatro?", None)
PAIRS.append(rpair(
    "esb59r_d04_cde_camaras_deposito",
    "El dueño de un depósito de mercaderías en Ciudad del Este pide precio de un kit de cámaras porque le falta mercadería.",
    [
        _o,
        t("Buenas. Un kit de cuatro arranca en 1.800.000 instalado. Para no venderte algo que no sirva: ¿lo que te falta desaparece de noche, con el depósito cerrado, o de día, con gente trabajando?"),
        c("Y... de día, creo. Al cierre cuento las cajas y faltan, pero a la mañana estaba todo. Tengo tres empleados.", None),
        t("Entonces lo importante es ver la puerta de carga y el pasillo de las cajas con buena imagen, para reconocer caras, más que la visión nocturna. ¿Querés ver las cámaras desde tu celular cuando no estás?"),
        c("Sí, eso sí, que ando en la calle todo el día. Pero no quiero gastar más de dos millones, eh.", "no_money"),
        t("Con dos millones se puede: cuatro cámaras de 4 megapíxeles, grabador con un mes de grabación y la app en tu celular, 1.950.000 instalado. Paso mañana, vemos juntos dónde van y recién ahí confirmás."),
        c("Dale, mañana a las nueve, antes de que lleguen los chicos.", None),
    ],
    [
        _o,
        t("Buenas. Tengo un kit de cuatro cámaras con visión nocturna, grabador y app, a 1.950.000 instalado. Es el que más sale."),
        c("¿Y con eso veo desde el celular?", None),
        t("Sí, desde donde estés. Y tiene detección de movimiento, te avisa si alguien entra de noche."),
        c("Ah, bueno. Lo que pasa es que me faltan cosas de día, con los chicos trabajando.", None),
        t("Igual graba todo el día. Te lo instalo mañana a la mañana, si querés."),
        c("Mmm, dale, mañana a las nueve.", None),
    ],
))

# ---------------------------------------------------------------- d05
_o = c("Buenas tardes, señor. Quiero un impermeabilizante para la losa, que con estos aguaceros se me está filtrando en el cuarto.", None)
PAIRS.append(rpair(
    "esb59r_d05_cuenca_impermeabilizante",
    "Una señora entra a una ferretería de Cuenca a comprar impermeabilizante porque se le filtra agua por el techo en la temporada de lluvias.",
    [
        _o,
        t("Buenas tardes. Claro. ¿Dónde le sale la mancha: en el medio del techo, o pegada a una pared o a una esquina?"),
        c("En la esquina, junto a la pared donde está el bajante del agua.", None),
        t("Ah, entonces puede no ser la losa sino la unión con la pared, o el bajante tapado. Si pinta toda la losa y la falla es en la esquina, gasta de gana. ¿Alguien puede subir a ver si el bajante está limpio y si hay una fisura en esa esquina?"),
        c("Mi hijo puede subir el domingo. Pero yo quería arreglar todo de una vez, ¿ve?, que el año pasado ya pinté con uno barato y no duró nada.", "bad_experience"),
        t("Entiendo. Entonces llévese un galón de impermeabilizante elastomérico, 32 dólares, y malla para reforzar la esquina. Si el domingo ven que el resto de la losa también está agrietado, me trae la factura y se lo cambio por la caneca de cuatro galones pagando la diferencia."),
        c("Ya, eso está bien. Deme el galón y la malla.", None),
    ],
    [
        _o,
        t("Buenas tardes. Para losa le recomiendo este elastomérico; la caneca de cuatro galones está en 110 y le alcanza para unos cuarenta metros. Dura cinco años."),
        c("¿110? Ayayay, está carito.", "too_expensive"),
        t("Es que es de buena calidad, no es como los baratos. Si quiere, tengo el de un galón a 32, pero ese alcanza para unos diez metros."),
        c("Mi losa es como de sesenta metros. Pero la mancha es solo en una esquina.", None),
        t("Igual le conviene impermeabilizar toda la losa, así se asegura. Le dejo la caneca en 105."),
        c("Ya, bueno, llevo la caneca. Ojalá funcione.", None),
    ],
))

# ---------------------------------------------------------------- d06
_o = c("Buenos días. Le llamo de una empacadora de camarón en Durán. Necesitamos cotizar transporte de personal, unos ochenta trabajadores.", None)
PAIRS.append(rpair(
    "esb59r_d06_guayaquil_transporte_personal",
    "La jefa de talento humano de una empacadora de camarón de Durán llama a una cooperativa de transporte de Guayaquil para cotizar buses para su personal.",
    [
        _o,
        t("Buenos días, gracias por llamar. Para cotizar bien: ¿en qué turnos entran y salen, y de qué sectores viene la gente?"),
        c("Tres turnos: seis de la mañana, dos de la tarde y diez de la noche. La mayoría viene de Guayaquil, del suburbio y de la Trinitaria, y unos pocos de Durán mismo.", None),
        t("El turno de las diez de la noche es el más delicado. ¿Hoy cómo llegan, y qué es lo que quieren resolver con el transporte?"),
        c("Llegan en bus urbano y en camionetas. Se nos atrasan, y en el turno de la noche ya asaltaron a dos chicas en la parada. Por eso gerencia quiere algo propio.", None),
        t("Entonces lo clave es la noche: recorrido con paradas cerca de las casas, y que la salida de las diez deje a la gente en la puerta en los sectores más complicados. Le armo dos rutas desde Guayaquil y una corta en Durán, para los tres turnos. ¿Me pasa la lista de barrios, sin nombres?"),
        c("Sí, se la mando hoy. Eso sí, el presupuesto lo aprueba el gerente general, y él va a comparar con otras dos cooperativas.", "think_it_over"),
        t("Perfecto, es lo normal. El jueves le mando la propuesta con el precio por ruta y por mes, así la compara línea por línea."),
    ],
    [
        _o,
        t("Buenos días, gracias por llamar. Con gusto. Tenemos buses de cuarenta pasajeros con aire acondicionado; para ochenta personas serían dos buses por turno. ¿Cuántos turnos tienen?"),
        c("Tres: seis de la mañana, dos de la tarde y diez de la noche.", None),
        t("Perfecto, seis recorridos por día. El precio referencial es de 4.800 dólares mensuales por bus. Le mando la propuesta formal."),
        c("¿Casi diez mil al mes? Chuta, eso está alto, pensábamos en algo como siete.", "too_expensive"),
        t("Podemos ver una tarifa especial si firman por un año. ¿Desde dónde vienen los trabajadores?"),
        c("De Guayaquil, la mayoría del suburbio y la Trinitaria. Mándeme la propuesta y la reviso con gerencia.", "think_it_over"),
        t("Con gusto, hoy mismo se la envío al correo."),
    ],
))

# ---------------------------------------------------------------- d07
_o = c("Buenas tardes. Tengo una chipería en Luque y quiero entrar en su app de delivery. ¿Qué tengo que hacer?", None)
PAIRS.append(rpair(
    "esb59r_d07_luque_chiperia_delivery",
    "El dueño de una chipería de Luque llama a una app de delivery para darse de alta; vende sobre todo por mostrador en la mañana.",
    [
        _o,
        t("Buenas tardes, gracias por escribirnos. Se lo explico, y también le cuento lo que cuesta, para que decida bien. ¿Hoy cuánto vende por día y hace delivery propio?"),
        c("Unas doscientas chipas por día, la mayoría a la mañana, a la gente que va al trabajo. Delivery propio no, solo mostrador.", None),
        t("Nuestra comisión es del 25 por ciento por pedido. Con la chipa a 3.000, le quedarían 2.250. ¿Con ese margen le sigue conviniendo?"),
        c("¿Veinticinco? Uf, eso es mucho, la chipa no deja tanto.", "too_expensive"),
        t("Es la pregunta correcta. Hay quienes ponen la chipa a 3.500 en la app para cubrir, y otros que venden solo combos, por ejemplo seis chipas con cocido, donde el margen aguanta. Podemos empezar un mes sin costo de alta, solo con combos, y usted mira los números."),
        c("Así me gusta más. Mandame el contrato para leer y te confirmo el lunes.", "think_it_over"),
    ],
    [
        _o,
        t("Buenas tardes, qué bueno. El alta es rápida: necesitamos su RUC, fotos de los productos y el menú con precios. En una semana está en la app."),
        c("Ah, joya. ¿Y cuánto cuesta?", None),
        t("No tiene costo de alta. Trabajamos con una comisión del 25 por ciento por pedido, y le damos visibilidad con miles de usuarios en Luque y San Lorenzo."),
        c("¿Veinticinco? Uf, eso es mucho, la chipa no deja tanto.", "too_expensive"),
        t("Es lo estándar del mercado, pero el volumen que gana lo compensa. Muchos negocios duplican sus ventas."),
        c("Y bueno, probamos. Mandame el contrato.", None),
    ],
))

# ---------------------------------------------------------------- d08
_o = c("hola, trabajo desde casa y en las videollamadas se me congela todo, quiero subir de plan. que planes tienen?", None)
PAIRS.append(rpair(
    "esb59r_d08_quito_teletrabajo_internet",
    "Un cliente de un proveedor de internet de Quito escribe por el chat de la página: teletrabaja y las videollamadas se le congelan por la tarde.",
    [
        _o,
        t("Hola! Claro, te ayudo. Antes de subirte de plan, para no cobrarte de mas: te conectas por wifi o por cable? y el corte pasa todo el dia o a ciertas horas?"),
        c("por wifi, desde el cuarto. pasa mas en la tarde, de 3 a 6, justo cuando tengo reuniones con el cliente de estados unidos", None),
        t("Ok. Tu plan es de 100 megas, que para videollamadas sobra. Puedes hacer una prueba? sientate junto al router y haz un test de velocidad a las 4. Si ahi va bien, el problema es el wifi del cuarto, no el plan"),
        c("el router esta en la sala, lejos. y sinceramente no tengo tiempo de andar haciendo pruebas, trabajo todo el dia", "no_time"),
        t("Entiendo. Entonces te mando un tecnico sin costo que mide la señal en tu cuarto en ese horario. Si es el wifi, te deja un repetidor en comodato por 3 dolares al mes; si es la linea, te la arreglamos. Te queda el jueves a las 2?"),
        c("jueves a las 2 si. gracias, pense que me iban a vender el plan mas caro y ya", None),
    ],
    [
        _o,
        t("Hola! Claro. Tenemos el de 200 megas a 32 dolares y el de 400 a 42. Para teletrabajo te recomiendo el de 400, que es el mas estable."),
        c("yo pago 25 por el de 100. 42 es bastante, pero si se arregla...", "too_expensive"),
        t("Con el de 400 ya no deberias tener cortes. Ademas incluye un router nuevo de doble banda, que llega mejor a otros cuartos."),
        c("ah ok, el router esta en la sala y yo trabajo en el cuarto. eso ayudaria?", None),
        t("Si, el router nuevo tiene mejor alcance. Te hago el cambio y el tecnico instala el router el jueves."),
        c("dale, el jueves despues de las 2", None),
    ],
))

# ---------------------------------------------------------------- d09
_o = c("Buenas, joven. Vengo porque me dijeron que ustedes fumigan con dron. Tengo banano en Naranjal y la avioneta ya no me quiere venir, por lo chiquito de la finca.", None)
PAIRS.append(rpair(
    "esb59r_d09_naranjal_fumigacion_dron",
    "Un productor bananero de Naranjal visita la oficina en Guayaquil de una empresa de fumigación con drones porque la avioneta ya no atiende fincas pequeñas.",
    [
        _o,
        t("Buenas, don Abelardo. Sí, fumigamos con dron. ¿Cuántas hectáreas son y qué está controlando, sigatoka?"),
        c("Doce hectáreas. Sigatoka negra, sí. La avioneta me cobraba por ciclo y ahora dice que con menos de cincuenta hectáreas no le conviene.", None),
        t("Entiendo. Con doce hectáreas el dron le sale bien. ¿Tiene casas, escuela o agua cerca de la finca? El dron vuela bajo, pero igual hay deriva y eso cambia cómo planificamos."),
        c("Hay un estero de un lado y la casa de mi hermano. Él tiene guaguas chiquitos.", None),
        t("Entonces dejamos una franja sin aplicar junto al estero y la casa, y ese pedacito lo hace su gente con bomba de mochila. El ciclo le sale 28 dólares la hectárea, con el producto suyo. Le propongo un primer vuelo y usted compara el control con lo que le hacía la avioneta."),
        c("28... la avioneta me cobraba 24. Pero ya no viene, así que... ¿cuándo pueden ir?", "too_expensive"),
        t("El martes en la mañana, antes de que se levante el viento. Mi piloto le llama el lunes para confirmar el producto y la dosis con su técnico."),
    ],
    [
        _o,
        t("Buenas, don Abelardo. Sí, fumigamos con dron: equipos de cuarenta litros, con GPS, aplicamos una hectárea en seis minutos. ¿Cuántas hectáreas son?"),
        c("Doce. Para sigatoka.", None),
        t("Perfecto. Le sale 28 dólares la hectárea, con el producto suyo. Con doce hectáreas se hace en una mañana."),
        c("28... la avioneta me cobraba 24. Pero ya no viene, así que... ¿cuándo pueden ir?", "too_expensive"),
        t("El martes en la mañana. Le mando el contrato y el piloto le llama para coordinar."),
        c("Ya, el martes.", None),
    ],
))

# ---------------------------------------------------------------- d10
_o = c("Buenas. Tengo una casa de cambios y una tienda en el microcentro, con nueve empleados. Quiero ver líneas corporativas, porque cada uno usa su número y es un quilombo.", None)
PAIRS.append(rpair(
    "esb59r_d10_cde_lineas_corporativas",
    "El dueño de una casa de cambios y una tienda en Ciudad del Este pide líneas corporativas a una compañía telefónica; cada empleado atiende con su número personal.",
    [
        _o,
        t("Buenas. Con gusto. Cuando dice quilombo, ¿qué es lo que más le complica: que los clientes llaman al celular personal del empleado, los gastos, o que cuando alguien se va se lleva los clientes?"),
        c("Eso último, justamente. El mes pasado se fue un cajero y se llevó en su WhatsApp los contactos de los compristas brasileros. Perdí clientes.", None),
        t("Entonces lo que necesita es que el número sea de la empresa, no del empleado. Con líneas a nombre de su RUC, cuando alguien se va, la línea y su WhatsApp Business quedan con usted. ¿Los nueve atienden clientes o solo algunos?"),
        c("Cinco atienden clientes. Los otros cuatro son de depósito y limpieza, no necesitan.", None),
        t("Entonces cinco líneas con datos y WhatsApp Business, a 95 mil cada una, y no le pongo las otras cuatro. Total 475 mil por mes."),
        c("Y bueno, lo tengo que hablar con mi socio, que él paga las cuentas.", "think_it_over"),
        t("Claro. Le armo la propuesta con las cinco líneas y cómo se pasa cada número de WhatsApp a la empresa, y si quiere se la explico a su socio el martes."),
    ],
    [
        _o,
        t("Buenas. Con gusto. Para nueve empleados le conviene el pack Pyme de diez líneas, con datos ilimitados y WhatsApp Business, a 85 mil cada una. Total 850 mil por mes."),
        c("¿Diez? Son nueve, y algunos ni atienden clientes.", "no_need"),
        t("El pack es de diez; la décima le queda de repuesto. Y con ilimitados nadie se queda sin datos."),
        c("Mmm. Lo que me preocupa es que el mes pasado un cajero se fue y se llevó los contactos de los clientes.", None),
        t("Con líneas corporativas el número es de la empresa, eso se lo resuelve. Le mando la propuesta del pack."),
        c("Y bueno, mandame. Lo tengo que hablar con mi socio.", "think_it_over"),
    ],
))

"""Ranked pairs d01-d10 (hand-written by the esb61 writer): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- d01
_open = c("Buenas. Fíjese que este año creo que le voy a vender al coyote. Él paga al contado.", None)
PAIRS.append(rpair(
    "esb61r_d01_solola_cooperativa_cafe",
    "Coffee cooperative office, Sololá, Guatemala. A member with fifteen quintales of parchment says he will sell to a middleman who pays cash; the real reason is his daughter's school enrolment in January.",
    [
        _open,
        t("Buenas, don Pascual, gracias por avisarme de frente. ¿Qué es lo que le pesa más, que él pague al contado o el precio?"),
        c("Su precio es mejor, eso lo sé. Pero ustedes pagan en partes, y yo en enero tengo que inscribir a la patoja en el básico. Necesito unos mil quinientos para entonces.", None),
        t("Entonces el problema es enero, no el precio. La cooperativa da anticipo de hasta el cuarenta por ciento al entregar en diciembre; con sus quince quintales eso le da como dos mil cuatrocientos en la mano, y el resto en marzo con el precio mejor. Con el coyote perdería como mil doscientos."),
        c("¿Y ese anticipo es seguro? Porque la otra vez me dijeron de un anticipo y tardó un mes.", "bad_experience"),
        t("Esa vez se atrasó el banco, y tiene razón en desconfiar. Este año el fondo ya está aprobado. Le dejo escrito el monto y la fecha, el quince de diciembre, y si ese día no lo tiene, me busca a mí. ¿Apartamos su entrega para la primera semana de diciembre?"),
        c("Va, si me lo da por escrito, le entrego a ustedes.", None),
        t("Se lo firmo ahorita. Y que le vaya bien a la patoja en el básico."),
    ],
    [
        _open,
        t("Buenas, don Pascual. Mire, le conviene quedarse: nuestro precio este año es de mil cuatrocientos el quintal de pergamino, más la prima de comercio justo, y el coyote le está pagando mil doscientos. Son doscientos por quintal."),
        c("Sí, eso lo sé. Pero ustedes pagan en partes.", None),
        t("Así es, un pago en diciembre y el ajuste en marzo, cuando se vende el contenedor. Pero al final del año gana más con nosotros, y además tiene la asistencia técnica y el abono a crédito."),
        c("Mmm. Déjeme pensarlo, pues.", "think_it_over"),
        t("Claro, piénselo. Le doy la hoja con los precios para que compare bien, y cualquier cosa aquí estoy."),
        c("Gracias. Ahí le aviso.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- d02
_open = c("Buenas, ¿qué me da para dormir? Ya tengo como dos semanas de no pegar el ojo.", None)
PAIRS.append(rpair(
    "esb61r_d02_liberia_farmacia_insomnio",
    "Pharmacy, Liberia, Guanacaste, Costa Rica. A woman on blood-pressure medicine has slept badly for two weeks; she wakes at three in the morning, worried about layoffs at work.",
    [
        _open,
        t("Buenas. Qué feo no dormir. Antes de darle algo, ¿le cuesta quedarse dormida o se despierta a media noche? ¿Y toma alguna medicina?"),
        c("Me despierto como a las tres y ya no me vuelvo a dormir. Tomo la de la presión, el enalapril. Y bueno, ando con unos problemas en el trabajo, dicen que van a recortar gente.", None),
        t("Con esa preocupación es muy común despertarse así. Le puedo dar melatonina, que es suave y no choca con el enalapril: una tableta media hora antes de acostarse, por dos o tres semanas. Las pastillas para dormir que anuncian en la tele no se las recomiendo, la dejan como de goma al día siguiente."),
        c("¿Y eso sí sirve? Porque una vez compré unas pastillas naturales de esas y no me hicieron nada.", "bad_experience"),
        t("Le soy honesta: a unas personas les ayuda más que a otras, no es mágica. Si en tres semanas sigue igual, o se siente muy decaída, vaya al EBAIS, porque el insomnio por estrés a veces necesita otra cosa. La caja de treinta sale en cuatro mil quinientos."),
        c("Bueno, deme una caja y pruebo.", None),
        t("Aquí tiene. Y un consejo que sí sirve: si se despierta a las tres, no agarre el celular; levántese, tómese algo tibio y vuelva a la cama cuando le dé sueño."),
    ],
    [
        _open,
        t("Buenas. ¿Es para usted? ¿Toma alguna medicina?"),
        c("Sí, para mí. Tomo el enalapril de la presión.", None),
        t("Perfecto. Le recomiendo melatonina, no choca con el enalapril. Una tableta media hora antes de acostarse. La caja de treinta sale en cuatro mil quinientos."),
        c("Uy, un poquito cara. ¿No hay algo más barato?", "too_expensive"),
        t("Está la de quince tabletas en dos mil quinientos. Pruébela, y si no le funciona, consulte en el EBAIS."),
        c("Bueno, deme la de quince.", None),
    ],
))

# ---------------------------------------------------------------- d03
_open = c("Buenas, ¿usted es el de las recargas? Mi vecina me dijo que ustedes ponen la maquinita.", None)
PAIRS.append(rpair(
    "esb61r_d03_danli_pulperia_recargas",
    "Telecom top-up distributor visiting a pulpería, Danlí, Honduras. The owner sells top-ups from her own phone, runs out of balance and loses customers; all her cash is tied up in stock.",
    [
        _open,
        t("Sí, buenas, doña. Antes de explicarle, ¿cuánta gente le pide recargas al día, y cómo las hace ahora?"),
        c("Como unas veinte personas al día. Ahorita las hago desde mi teléfono, con el saldo de mi chip, pero a veces se me acaba y la gente se va a la otra pulpería.", None),
        t("Ah, entonces pierde clientes cuando se le acaba el saldo, y encima no gana nada. Con la terminal gana un seis por ciento de cada recarga. El saldo se compra por adelantado; lo normal es arrancar con cinco mil lempiras. ¿Eso cómo le cuadra?"),
        c("Cinco mil de golpe no tengo, la verdad, ya tengo todo metido en mercadería.", "no_money"),
        t("Entonces arranque con mil. Con veinte recargas al día de cincuenta en promedio, mil le duran un día; lo repone por depósito o conmigo cuando paso martes y viernes, y al mes ya sabe cuánto le conviene tener. La terminal no se paga, solo el saldo."),
        c("Con mil sí puedo empezar. Déjemela pues.", None),
        t("Listo. Se la instalo ahorita y le enseño a usarla con una recarga de prueba a su propio número."),
    ],
    [
        _open,
        t("Sí, buenas. Mire, la terminal es gratis; usted solo compra el saldo por adelantado y gana un seis por ciento en cada recarga, de todas las compañías."),
        c("Ajá. ¿Y cuánto hay que meter de saldo?", None),
        t("El paquete de inicio es de cinco mil lempiras, y de ahí lo va reponiendo. Con eso gana más o menos trescientos lempiras por cada cinco mil vendidos."),
        c("Uy, cinco mil de golpe no tengo, ya todo lo tengo metido en mercadería.", "no_money"),
        t("Le entiendo. Puede empezar con dos mil quinientos, es lo mínimo. Piénselo y la próxima semana paso de nuevo."),
        c("Va, déjeme ver cómo me va esta semana.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d04
_open = c("Buenas, vengo a ver esa camioneta roja de la entrada. ¿Qué precio tiene?", None)
PAIRS.append(rpair(
    "esb61r_d04_santatecla_camioneta_dialisis",
    "Car dealership, Santa Tecla, El Salvador. A man asks about a tall red SUV; he needs the car mainly to take his mother, a wheelchair user, to dialysis three times a week, and lifts her alone.",
    [
        _open,
        t("Buenas. Esa está en treinta y dos mil, con gusto se la enseño. ¿Para qué la usaría más, para ver si le va a servir?"),
        c("Para todo, pues. Pero más que todo para llevar a mi mamá a las hemodiálisis, tres veces por semana al Rosales. Ella anda en silla de ruedas.", None),
        t("Gracias por contarme, eso cambia lo que le conviene. La roja es alta; subir a su mamá desde la silla tres veces por semana va a ser pesado para los dos. ¿Quién la sube, usted solo?"),
        c("Yo solo, sí. Y ya me duele la espalda con el carrito que tengo, que es bajito. Aunque tampoco quiero algo muy caro.", None),
        t("Entonces le enseño esta minivan de puerta corrediza: el asiento queda a la altura de la silla, pasa a su mamá de lado sin levantarla, y la silla cabe atrás sin desarmarla. Sale en veintiséis mil, seis menos que la roja. Tráigase a su mamá un día y probamos subirla, sin compromiso."),
        c("Fíjese que no había pensado en eso. El sábado la traigo, que no tiene diálisis.", None),
        t("El sábado a las diez la tengo lista en la sombra. Y si les queda más fácil, se la llevo a su casa para que prueben allá."),
    ],
    [
        _open,
        t("Buenas. Esa está en treinta y dos mil, es la versión full: cámara, sensores, siete asientos. ¿Quiere verla por dentro?"),
        c("Sí, va. Es que es para llevar a mi mamá al hospital, anda en silla de ruedas.", None),
        t("Perfecto, en el baúl le cabe la silla doblada sin problema, y tiene estribos para subir. Se la puedo financiar a sesenta meses con el veinte por ciento de prima."),
        c("Treinta y dos mil es bastante. No sé si me alcanza.", "no_money"),
        t("Le saco la cuota para que vea: con seis mil cuatrocientos de prima quedan como quinientos cincuenta al mes. Llévese la cotización y lo piensa con calma."),
        c("Bueno, me la llevo y lo veo.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d05
_open = c("Buenas, mijo. Mi hija dice que me haga un plan, que gasto mucho en recargas. ¿Cuál me conviene?", None)
PAIRS.append(rpair(
    "esb61r_d05_lastablas_plan_jubilado",
    "Phone company store, Las Tablas, Los Santos, Panamá. A retired man spends 20-25 dollars a month on top-ups, calls landlines a lot, travels monthly to a hospital in the capital, and was once charged for services he never asked for.",
    [
        _open,
        t("Buenas, don. Con gusto. ¿Cuánto le mete de recarga al mes, más o menos, y en qué se le va: llamadas, WhatsApp?"),
        c("Como veinte, veinticinco dólares. Llamo bastante, a mi compadre, a la cooperativa, a la clínica... y el WhatsApp pa' ver las fotos de los nietos. De internet no sé mucho, ajá.", None),
        t("Ya veo. ¿Y esas llamadas son a celulares o a teléfonos fijos? Porque eso cambia el paquete."),
        c("A la clínica y a la cooperativa, fijo. A mi compadre al celular. Ah, y voy a Panamá cada mes al Santo Tomás, pa' la cita del corazón.", None),
        t("Entonces le recomiendo no hacer plan con contrato: quédese en prepago y compre el paquete mensual de doce dólares, que trae llamadas ilimitadas a todo, fijos incluidos, y WhatsApp. Le sirve igual en la capital. Se ahorra como diez dólares al mes y no queda amarrado."),
        c("¿Y eso se renueva solo? Porque una vez me activaron un paquete de esos y me siguieron cobrando cosas que yo nunca pedí.", "bad_experience"),
        t("Se renueva solo cuando usted recarga doce o más, y nada más eso. Le bloqueo los servicios de cobro extra para que no le vuelva a pasar, y le apunto en un papelito el número para revisar el saldo."),
    ],
    [
        _open,
        t("Buenas, don. Para usted el plan postpago de quince dólares es buenísimo: llamadas ilimitadas a celulares, tres gigas y WhatsApp ilimitado."),
        c("¿Quince? Ajá. ¿Y a los fijos? Porque llamo a la clínica y a la cooperativa.", None),
        t("A fijos trae cien minutos, le deben alcanzar. Es con contrato de doce meses, y se le cobra a fin de mes."),
        c("¿Contrato? Déjeme preguntarle a mi hija primero, ella es la que sabe de eso.", "think_it_over"),
        t("Claro, don. Aquí le apunto el plan y el precio para que ella lo vea, y cuando quiera regresa."),
        c("Gracias, mijo.", None),
    ],
))

# ---------------------------------------------------------------- d06
_open = c("Buenas, ¿qué tiene para el monte? El cañal se me está llenando.", None)
PAIRS.append(rpair(
    "esb61r_d06_retalhuleu_herbicida_cana",
    "Agro-input store, Retalhuleu, Guatemala. A small cane grower wants a herbicide; his field is full of purple nutsedge (coyolillo), which his usual cheap product only burns back.",
    [
        _open,
        t("Buenas. Depende del monte. ¿Qué es lo que más le sale, hoja ancha, zacate o coyolillo? ¿Y de qué tamaño está la caña?"),
        c("Más que todo coyolillo, ese que tiene la bolita abajo. La caña tiene como dos meses, está por la rodilla.", None),
        t("El coyolillo es necio: con el herbicida normal de hoja ancha se quema arriba y vuelve a salir de la bolita. Para ese hay uno específico, el halosulfurón, que se lleva la raíz y no le hace daño a la caña a esa altura. Es más caro, trescientos cincuenta el sobre para una manzana."),
        c("¿Trescientos cincuenta? Yo siempre le echo el 2,4-D, que sale a setenta el litro.", "too_expensive"),
        t("¿Y el coyolillo se le ha ido con el 2,4-D?"),
        c("Pues... no, a los quince días ya está otra vez.", None),
        t("Por eso. Con el 2,4-D le tocan tres o cuatro pasadas, y entre producto y jornales le sale más caro que una pasada del otro. Si quiere, pruébelo en una manzana nomás y compare con la de al lado; si no ve diferencia, la próxima regresa al de siempre."),
    ],
    [
        _open,
        t("Buenas. Para el cañal lo que más se lleva es el 2,4-D con ametrina: un litro de cada uno por manzana, unas doce bombas de mochila. Le limpia hoja ancha y zacate."),
        c("Ajá. ¿Y eso cuánto sale?", None),
        t("Los dos juntos, doscientos diez por manzana. Aplíquelo en la mañana, sin viento, y no le eche encima del cogollo de la caña."),
        c("Va, deme para dos manzanas.", None),
        t("Aquí tiene. Use guantes y mascarilla, y lave bien la bomba después."),
        c("Va, gracias. Ahí le cuento cómo me fue con el coyolillo.", None),
    ],
))

# ---------------------------------------------------------------- d07
_open = c("Buenas, quería saber si tienen habitación para este fin de semana. Somos dos adultos y dos chiquitos.", None)
PAIRS.append(rpair(
    "esb61r_d07_manuelantonio_hotel_familia",
    "Hotel reservations by phone, Manuel Antonio, Costa Rica. A mother books for the weekend; one child is a toddler who has just learned to walk; she has a cheaper quote elsewhere.",
    [
        _open,
        t("Buenas, sí tenemos. ¿Qué edades tienen los chiquitos? Así le doy la que mejor les sirva."),
        c("Una de siete y el bebé de año y medio, que ya camina y se mete en todo.", None),
        t("Entonces les recomiendo la familiar de primer piso: no tiene balcón ni gradas, y da al jardín, lejos de la piscina, que no tiene cerca. Las del segundo piso tienen mejor vista, pero el balcón es abierto y con un bebé que camina no se lo aconsejo. ¿Ocupan cuna?"),
        c("Sí, cuna sí. ¿Y cuánto sale? Porque en otro hotel me dieron precio de noventa.", "too_expensive"),
        t("La de primer piso sale en ciento diez con desayuno para los cuatro, y la cuna no se cobra. Si la de noventa no incluye desayuno, se emparejan; si lo incluye, es buen precio, tómela. Le aparto la nuestra hasta mañana al mediodía sin cobrarle."),
        c("Bueno, apártemela a nombre de Karina Mora. Mañana le confirmo con mi esposo.", "think_it_over"),
        t("Listo, doña Karina, apartada hasta mañana a las doce. Si vienen, la cuna va a estar armada cuando entren."),
    ],
    [
        _open,
        t("Buenas, sí tenemos. Para cuatro personas tengo la familiar del segundo piso con vista al mar, ciento diez la noche con desayuno."),
        c("¿Con vista al mar? Qué rico. ¿Tiene balcón?", None),
        t("Sí, un balcón grande con hamaca, y la piscina queda justo abajo. ¿Se la aparto?"),
        c("Mmm, es que en otro hotel me dieron noventa.", "too_expensive"),
        t("Entiendo. La nuestra incluye desayuno para los cuatro y parqueo. Si quiere se la aparto hasta mañana al mediodía sin cobrarle."),
        c("Bueno, apártemela. Mañana le confirmo con mi esposo.", "think_it_over"),
    ],
))

# ---------------------------------------------------------------- d08
_open = c("Hey, buenas. Quiero sacar la licencia de buceo, la básica. Tengo cuatro días aquí en Roatán.", None)
PAIRS.append(rpair(
    "esb61r_d08_roatan_curso_buceo",
    "Dive shop, West End, Roatán, Honduras. A Honduran tourist wants an Open Water course in four days; he had asthma as a child and still uses an inhaler now and then.",
    [
        _open,
        t("¡Buenas! Cuatro días alcanza justo para el Open Water. Antes de inscribirlo, ¿sabe nadar bien? ¿Y tiene alguna condición de salud, asma, oídos, presión?"),
        c("Nadar sí, bien. Asma tuve de chiquito, ahora casi nada, a veces uso el inhalador cuando hay mucho polvo.", None),
        t("Gracias por decírmelo. Con asma, el formulario médico pide que un doctor lo autorice antes de meterse al agua con tanque. Aquí en West End hay una clínica que lo ve hoy mismo, cuesta cuarenta dólares. Si el doctor dice que sí, empezamos mañana."),
        c("Púchica, eso no lo sabía. Y con los trescientos cincuenta del curso, más la clínica... en Utila me dijeron que sale más barato.", "too_expensive"),
        t("Es cierto, en Utila sale como cincuenta menos; si va para allá, es buena opción. La firma del doctor se la van a pedir en cualquier escuela seria. Vaya a la clínica primero; si el doctor dice que no, le recomiendo snorkel guiado en Half Moon Bay a treinta y cinco la salida, y no pierde el viaje."),
        c("Va, me voy a la clínica ahorita, de una vez.", None),
        t("Perfecto. Le anoto la dirección. Si le dan el sí y se queda con nosotros, mañana a las ocho empezamos con la teoría."),
    ],
    [
        _open,
        t("¡Buenas! Cuatro días alcanza para el Open Water. Son trescientos cincuenta dólares, incluye libro, equipo, cuatro inmersiones en el arrecife y la certificación."),
        c("Va, está bien. En Utila me dijeron que sale un poco más barato, pero ya estoy aquí.", None),
        t("Perfecto. Empezamos mañana a las ocho con teoría y piscina, y del segundo al cuarto día al mar. ¿Le lleno la inscripción?"),
        c("Sí, dale.", None),
        t("Listo. Aquí está el formulario médico; lea las preguntas y firme abajo."),
        c("Aquí dice asma... yo tuve de chiquito y a veces uso inhalador. ¿Eso es problema?", None),
        t("Ah, con eso tiene que ir donde un doctor que le firme. Hay una clínica aquí en West End. Si no lo autoriza, le devolvemos el dinero."),
    ],
))

# ---------------------------------------------------------------- d09
_open = c("Buenas, mi hija en Estados Unidos dice que mejor me abra una cuenta pa' que me deposite ahí la remesa. ¿Eso cómo es?", None)
PAIRS.append(rpair(
    "esb61r_d09_suchitoto_cuenta_remesas",
    "Bank branch, Suchitoto, El Salvador. An older woman from a rural canton wants an account to receive her daughter's remittances; she withdraws almost everything for bills and keeps savings in a tin at home.",
    [
        _open,
        t("Buenas, doña. Se la puedo abrir, claro. Antes, ¿cómo usa usted el dinero cuando le llega? ¿Lo saca todo para pagar cosas, o le gusta ir guardando algo?"),
        c("Pues lo saco casi todo, para la luz, el agua, la comida. Y un poquito guardo en la casa, en una latita.", None),
        t("Entonces le conviene que la cuenta tenga tarjeta para sacar en el cajero o en la tienda corresponsal de su cantón, y lo de la latita lo puede dejar en la cuenta, que ahí no se lo roban. ¿Hay alguna tienda con el rótulo del banco cerca de su casa?"),
        c("Sí, la de don Tino tiene el rótulo. Pero, ¿eso cobra? Porque a mi comadre le cobraban por todo en su cuenta.", "bad_experience"),
        t("Le digo claro: abrir la cuenta y recibir es gratis. Sacar en la tienda de don Tino o en nuestros cajeros, gratis; en cajero de otro banco le cobran un dólar. Y si la cuenta queda en cero no pasa nada, no cobra mantenimiento."),
        c("Ah, entonces sí. ¿Qué papeles ocupo?", None),
        t("Solo su DUI y un recibo de luz. Si los trae, en veinte minutos sale con la tarjeta, y le ayudo a mandarle el número de cuenta a su hija por WhatsApp."),
    ],
    [
        _open,
        t("Buenas, doña. Claro, la cuenta de ahorro Remesa Fácil es gratis: la remesa se la depositan directo y la saca con tarjeta en cualquier cajero."),
        c("¿En cualquier cajero? El más cerquita está en el centro, yo vivo en el cantón.", None),
        t("En el centro tenemos dos. Sacar en los nuestros no cobra; en otros bancos, un dólar."),
        c("Ah, pues... a mi comadre le cobraban por todo en su cuenta, por eso pregunto.", "bad_experience"),
        t("Esta no cobra mantenimiento. Solo necesita su DUI y un recibo de luz, y en veinte minutos se la abro."),
        c("Va, mañana vengo con los papeles.", None),
    ],
))

# ---------------------------------------------------------------- d10
_open = c("Buenas, ¿cuánto cuesta el chequeo completo ese que anuncian? El de ciento cincuenta.", None)
PAIRS.append(rpair(
    "esb61r_d10_chitre_laboratorio_certificado",
    "Private clinic and laboratory, Chitré, Herrera, Panamá. A man asks for the 150-dollar check-up package; he actually needs a health certificate for a new job at a sugar mill and wants to check his blood sugar.",
    [
        _open,
        t("Buenas. Ese es el paquete ejecutivo, ciento cincuenta. ¿Para qué lo necesita? ¿Se lo pidió un médico, o es para algún trámite?"),
        c("Es que me salió un trabajo en el ingenio y me piden un certificado de salud. Y de paso quería ver cómo ando del azúcar, que mi papá es diabético.", None),
        t("Entonces no le hace falta el paquete completo. Para el certificado del trabajo piden orina, heces y la firma del médico; con la glucosa en ayunas para lo del azúcar, todo le sale en treinta y ocho dólares."),
        c("¿En serio? Yo pensé que tenía que hacerme todo eso. ¿Y el colesterol no?", None),
        t("Si quiere agregarlo, son doce más; con su papá diabético no está de más, pero para el trabajo no es obligatorio. Venga en ayunas de seis y media a nueve, y el certificado sale al día siguiente."),
        c("Es que mañana no puedo, tengo que ir a Santiago, y empiezo el lunes.", "no_time"),
        t("Entonces venga el jueves en ayunas; le pido al laboratorio que saque los resultados esa misma tarde y el doctor firma el viernes temprano. Le llega a tiempo para el lunes."),
    ],
    [
        _open,
        t("Buenas. El paquete ejecutivo incluye hemograma, glucosa, perfil de lípidos, función renal y hepática, orina, heces y consulta con el médico. Ciento cincuenta dólares."),
        c("Uy, ciento cincuenta... es que lo necesito pa' un trabajo en el ingenio, me piden certificado de salud.", "too_expensive"),
        t("Con el paquete le damos el certificado también. Y esta semana hay diez por ciento de descuento, le quedaría en ciento treinta y cinco."),
        c("¿Y el certificado lo dan el mismo día? Es que empiezo el lunes.", None),
        t("Los resultados salen al día siguiente y el médico firma el certificado en la consulta. Venga en ayunas cualquier día, de seis y media a nueve, y si quiere lo paga con tarjeta en dos partes."),
        c("Ok, voy a ver y vengo.", "think_it_over"),
    ],
))

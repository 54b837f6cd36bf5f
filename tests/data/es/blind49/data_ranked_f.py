"""Ranked pairs f01-f10 (es_blind49, written by hand): both sides share every turn (same variables) except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 - fault: argues with the customer
o = c("Bon dia. Mira, que el sector tres de los olivos, el de la parte de arriba, echa muy poquita agua. Los goteros hacen gota, "
      "gota, y los del sector uno van que da gusto.", None)
t1 = t("Bon dia, Pepa. Vamos a ver qué pasa. ¿Desde cuándo lo notas? ¿Fue de golpe o poco a poco?")
c1 = c("Poco a poco, desde el verano. Y eso que ese sector es el que más lo necesita, que es donde la tierra es más flojita.", None)
b_t2 = t("Vale. Poco a poco suele ser que se están tapando los goteros con cal, o que el filtro está sucio, y en la parte de "
         "arriba se nota antes porque el agua llega con menos presión. Hay que mirarlo allí.")
b_c2 = c("¿Y si es la cal? Que aquí el agua es dura, dura.", None)
w_t2 = t("Hombre, Pepa, eso no puede ser. La instalación la calculamos bien y los tres sectores tienen la misma presión. Lo más "
         "seguro es que os lo parezca a vosotros, porque la tierra de arriba chupa más.")
w_c2 = c("¿Que me lo parece a mí? Que lo veo con mis ojos, Xavi. Los goteros de arriba hacen la mitad de charco. ¿Vas a venir a "
         "verlo o no?", None)
t3 = t("Rubén pasa el martes a las nueve, limpia el filtro y mide la presión en el sector tres. Si es cal, que aquí el agua es "
       "muy dura, se hace un lavado con ácido por la tubería y en un par de riegos queda limpio.")
c3 = c("Vale. ¿Y eso me lo vais a cobrar? Que lo pusisteis hace un año.", None)
t4 = t("La visita y la limpieza del filtro entran en la garantía. El lavado con ácido, si hace falta, es solo el producto, unos "
       "treinta euros, y te enseñamos a hacerlo tú para la próxima vez.")
PAIRS.append(rpair(
    "esb49r_f01_lliria_goteo_olivos",
    "Empresa instaladora de riego, Llíria (Camp de Túria, Valencia). Una agricultora llama porque los goteros de un sector de "
    "olivos echan poca agua un año después de la instalación.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# f02 - fault: doubts the customer's honesty
o = c("Hola, buenas. Llamo por la fianza del apartamento de Les Rotes, el de julio. Dejamos el piso hace tres semanas y todavía "
      "no nos habéis devuelto los quinientos euros.", None)
t1 = t("Hola, buenas. Perdone la espera. Déjeme que busque la reserva... ¿a nombre de quién estaba?")
c1 = c("De Carmen Ortuño. Dejamos las llaves en el buzón el día 31, como nos dijisteis, y el piso limpio. Hasta mandé fotos.", None)
b_t2 = t("Aquí está, Carmen. Gracias por las fotos, se ve todo en orden. Déjeme ver por qué no ha salido todavía la devolución.")
b_c2 = c("Vale. Es que quinientos euros no son una tontería, eh, y nadie me contestaba los correos.", None)
w_t2 = t("Aquí está. Bueno, las fotos las puede hacer cualquiera antes de recoger... ¿Seguro que no se rompió nada? Porque a veces "
         "la gente no lo dice y luego aparece.")
w_c2 = c("¿Cómo que seguro? Le digo que lo dejamos perfecto. ¿Me está llamando mentirosa? Mire el informe de su limpiadora, que "
         "lo tendrán.", None)
t3 = t("El informe de la limpiadora dice que todo estaba correcto. La devolución se quedó sin firmar por las vacaciones de una "
       "compañera; la tramito hoy mismo, a la cuenta desde la que pagaron.")
c3 = c("¿Y cuándo me llega?", None)
t4 = t("En dos o tres días laborables. Le mando ahora un correo con el justificante, y si el viernes no lo tiene, me llama a mí "
       "directamente: soy Sonia.")
PAIRS.append(rpair(
    "esb49r_f02_denia_fianza",
    "Agencia de alquiler vacacional, Dénia (Marina Alta, Alicante). Una clienta reclama la fianza de 500 euros tres semanas "
    "después de dejar el apartamento.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# f03 - fault: drops the price before asking anything
o = c("Hola, buenas tardes. Estamos mirando sofás, a ver qué hay.", None)
b_t1 = t("Buenas tardes, pasad. ¿Para qué salón es, y quién lo va a usar más? Lo digo porque hay sofás muy bonitos que para ver "
         "una peli de dos horas son un castigo.")
b_c1 = c("Para el salón de casa, que el que tenemos tiene quince años. Y él tiene la espalda fatal, tiene que tener buen "
         "respaldo.", None)
w_t1 = t("Buenas tardes, pasad. Mirad, os lo digo ya: cualquier sofá de la exposición os lo dejo con un veinte por ciento de "
         "descuento si os lo lleváis esta semana.")
w_c1 = c("Ah... bueno. Nosotros veníamos a mirar, sin más. Él tiene la espalda fatal y tiene que ser uno con buen respaldo.",
         "brush_off")
t2 = t("Para la espalda lo importante es un asiento firme, que no se hunda, y el respaldo alto, hasta la cabeza. Este tiene el "
       "asiento de espuma de alta densidad y el respaldo reclinable por zonas. Siéntate, a ver qué tal.")
c2 = c("Uf, pues sí, este se está bien. Mucho mejor que el nuestro. ¿Cuánto vale?", None)
t3 = t("Este, en tres plazas, sale a 1.190 de tarifa, con el transporte a casa.")
c3 = c("Uf. Es más de lo que pensábamos gastarnos. Lo tenemos que pensar, que este mes vamos justos.", "think_it_over")
t4 = t("Claro. Os apunto la referencia y las medidas, y si queréis, traed el sábado la medida de la pared para asegurar que cabe.")
PAIRS.append(rpair(
    "esb49r_f03_sedavi_sofa",
    "Tienda de muebles, Sedaví (l'Horta Sud, Valencia). Una pareja mira sofás; él tiene problemas de espalda.",
    better=[o, b_t1, b_c1, t2, c2, t3, c3, t4],
    worse=[o, w_t1, w_c1, t2, c2, t3, c3, t4],
))

# f04 - fault: an unasked lecture
o = c("Buenas. Que quería sacarme una tarjeta, que empiezo a trabajar en el almacén de fruta y me piden una cuenta pa la "
      "nómina.", None)
t1 = t("Buenas. Muy bien. ¿Tienes ya cuenta con nosotros, o la abrimos ahora? Déjame el DNI.")
c1 = c("No, cuenta no tengo. Mi madre tiene aquí, pero yo nada. Aquí está el DNI.", None)
b_t2 = t("Pues te abro la cuenta joven, que hasta los veinticinco no tiene comisiones, y con ella va una tarjeta de débito "
         "gratis. ¿La quieres también en el móvil, para pagar con el teléfono?")
b_c2 = c("Sí, en el móvil sí, que la cartera siempre se me olvida.", None)
w_t2 = t("Pues te abro la cuenta joven. Pero antes déjame que te diga una cosa: a tu edad la gente se gasta la primera nómina en "
         "tonterías. Lo inteligente es ahorrar al menos el veinte por ciento cada mes, no pedir créditos para el coche y empezar "
         "un plan de pensiones cuanto antes. ¿Sabes lo que es el interés compuesto?")
w_c2 = c("Ehh... no. Yo solo quería la tarjeta, pa cobrar. Acho, que mi madre ya me da la charla en casa.", None)
t3 = t("Ya está abierta. La tarjeta te llega a casa en una semana, y mientras la puedes usar en el móvil desde hoy con la app. "
       "La nómina la cobras en este número de cuenta; te lo apunto para que se lo des a la empresa.")
c3 = c("Vale. ¿Y si me la roban o algo?", None)
t4 = t("Llamas a este teléfono, que está veinticuatro horas, o la bloqueas desde la app. Y si ves algún cargo raro, vienes aquí y "
       "lo miramos.")
PAIRS.append(rpair(
    "esb49r_f04_lorca_cuenta_joven",
    "Oficina bancaria, Lorca (Murcia). Un chaval de dieciocho años que empieza a trabajar en un almacén de fruta quiere su "
    "primera cuenta y tarjeta.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# f05 - fault: vague next step
o = c("Hola, buenos días. Soy Laia Miralles, arquitecta. Estoy con un proyecto de cuarenta viviendas en Castelló y me interesa "
      "vuestro porcelánico gris de 60x120 de la serie Pedra. Necesitaría muestras y saber plazos.", None)
t1 = t("Buenos días, Laia. Encantado. ¿Cuántos metros calculáis y para cuándo haría falta el material en obra?")
c1 = c("Unos tres mil metros, los suelos de todas las viviendas. En obra para marzo. Y la constructora me aprieta con el "
       "precio, eso te lo digo ya.", None)
t2 = t("Tres mil metros para marzo los podemos servir, ese formato lo fabricamos aquí en l'Alcora cada seis semanas. Para ese "
       "volumen el precio de proyecto es distinto al de tarifa; te lo tiene que cerrar el jefe de zona.")
c2 = c("Vale. ¿Y cuándo tendría las muestras y ese precio? Porque el jueves de la semana que viene presento a la propiedad.", None)
b_t3 = t("Te mando hoy por mensajero tres piezas en gris y dos en el tono arena, para que tengas alternativa; te llegan mañana. "
         "Y el precio de proyecto te lo manda Jordi, el jefe de zona, por escrito el lunes antes de las dos. Te paso su móvil por "
         "si quieres llamarle antes.")
b_c3 = c("Perfecto, así llego al jueves. Gracias.", None)
w_t3 = t("Lo paso al departamento de muestras y a mi jefe de zona, y ya te diremos algo.")
w_c3 = c("¿Ya me diréis algo cuándo? Si el jueves no tengo nada, la constructora pone el que le da la gana. Mira, lo pido también "
         "a otro fabricante, por si acaso.", "think_it_over")
t4 = t("Entendido. Te escribo ahora un correo con las referencias y los metros que hemos hablado.")
PAIRS.append(rpair(
    "esb49r_f05_lalcora_muestras_porcelanico",
    "Fabricante de azulejo, l'Alcora (l'Alcalatén, Castelló). Una arquitecta pide muestras y plazos de un porcelánico para 40 "
    "viviendas; presenta a la propiedad en diez días.",
    better=[o, t1, c1, t2, c2, b_t3, b_c3, t4],
    worse=[o, t1, c1, t2, c2, w_t3, w_c3, t4],
))

# f06 - fault: over-promises
o = c("Buenas. Tenemos una casa en el Camp d'Elx, con un campo de granados y un motor pa regar. La factura de la luz se nos ha "
      "ido a trescientos euros en verano. Queremos placas.", None)
t1 = t("Buenas. Trescientos en verano es mucho, sí. ¿El motor de riego va con la misma luz de la casa? ¿Y riega de día o de "
       "noche?")
c1 = c("Con la misma, sí. Riego de noche, que es cuando nos toca el agua. Y el aire acondicionado, de día, claro.", None)
t2 = t("Entonces de día las placas le cubren el aire y la casa. Pero el motor, de noche, seguiría tirando de la red, porque las "
       "placas no producen de noche, salvo con baterías, que para un motor salen caras. Con ocho placas y compensación de "
       "excedentes, lo que sobra de día se le descuenta en la factura.")
c2 = c("¿Y cuánto me ahorraría? ¿Y cuándo lo tendríamos? Que en julio esto es un horno.", None)
b_t3 = t("Calculo que la factura de verano bajaría a la mitad, más o menos; el riego de noche lo seguirá pagando. Y de plazos: "
         "la instalación son dos días, pero entre el permiso y la compañía eléctrica, para que empiece a compensar pasan uno o dos "
         "meses. Para este julio vamos justos, no se lo voy a prometer.")
b_c3 = c("Bueno, por lo menos eres claro. Pásame el presupuesto y lo hablo con mi mujer.", "think_it_over")
w_t3 = t("Se olvida de la luz, no va a pagar prácticamente nada, ni en verano. Y se la instalamos la semana que viene, así que "
         "este julio ya lo disfruta.")
w_c3 = c("¿Nada? Eso mismo me dijeron los de la otra empresa que vino el año pasado y luego era todo mentira. Ya no me fío de "
         "esas cosas.", "bad_experience")
t4 = t("Le mando el presupuesto hoy con el cálculo de ahorro mes a mes, para que lo compare con sus facturas.")
PAIRS.append(rpair(
    "esb49r_f06_elx_placas_granados",
    "Instalador de autoconsumo, Camp d'Elx (Baix Vinalopó, Alicante). Una familia con casa, granados y motor de riego quiere "
    "placas porque paga 300 euros de luz en verano.",
    better=[o, t1, c1, t2, c2, b_t3, b_c3, t4],
    worse=[o, t1, c1, t2, c2, w_t3, w_c3, t4],
))

# f07 - fault: closes before checking the thing works
o = c("Buenos días. Aquí está el programador, el que se ha muerto. Desde el lunes no abre ningún sector, y los limoneros con este "
      "calor...", None)
t1 = t("Buenos días. Vamos a ver... Sí, la placa está quemada, seguramente por la tormenta del domingo. ¿Se le fue la luz en la "
       "caseta?")
c1 = c("Se fue, sí, un rato. Y cuando volvió, el programador ya no encendía. A mi vecino dice que le pasó igual.", None)
t2 = t("Pues le cambio el programador por uno igual, así los cables de las electroválvulas van al mismo sitio. Y le pongo un "
       "protector de sobretensión, que vale veinte euros y evita que vuelva a pasar con otra tormenta.")
c2 = c("Lo del protector vale, si son veinte euros. Venga, ponlo.", None)
b_t3 = t("Ya está conectado. Antes de irme vamos a abrir los seis sectores uno a uno, y usted conmigo mira que en cada uno salga "
         "agua por los goteros del final de la fila, que es donde llega con menos presión.")
b_c3 = c("El cinco tarda un poco, ¿no? Ah, ya sale. Vale, van todos.", None)
w_t3 = t("Ya está conectado y programado como lo tenía. Me firma aquí el parte y me voy, que tengo otro aviso en Redován.")
w_c3 = c("¿Y no lo pruebas? Que yo de esto no entiendo. Si esta noche no abre el sector cinco, me quedo otra vez sin riego.", None)
t4 = t("Le dejo mi teléfono. Si esta noche en el riego ve algún sector que no abre, me llama y vengo mañana a primera hora.")
PAIRS.append(rpair(
    "esb49r_f07_callosa_programador_riego",
    "Servicio técnico de riego, Callosa de Segura (Vega Baja, Alicante). Un técnico cambia el programador quemado de una finca "
    "de limoneros con el agricultor delante.",
    better=[o, t1, c1, t2, c2, b_t3, b_c3, t4],
    worse=[o, t1, c1, t2, c2, w_t3, w_c3, t4],
))

# f08 - fault: recommends before asking
o = c("Buenos días. Llamo de Teruel. A mi marido lo operan en La Fe la semana que viene y yo necesito quedarme cerca. Una "
      "semana, o más, no sé, depende de cómo salga.", None)
b_t1 = t("Buenos días. Mucho ánimo con la operación. Para buscarle lo que mejor le vaya: ¿va a estar usted sola? ¿Y tiene coche o "
         "irá andando al hospital?")
b_c1 = c("Sola, sí. Coche no, vengo en el autobús. Y lo que me preocupa es no saber cuántos días. No quiero pagar noches que no "
         "use.", None)
w_t1 = t("Buenos días. Le recomiendo nuestra habitación superior con vistas a la Ciudad de las Artes, con desayuno buffet y "
         "acceso al spa. Es la más cómoda para estancias largas, 115 la noche.")
w_c1 = c("Yo no voy de vacaciones, señorita. Voy a estar en el hospital todo el día. Vengo sola, sin coche, y no sé cuántos días "
         "me voy a quedar. No quiero pagar spa ni noches que no use.", "no_need")
t2 = t("Entiendo. Tenemos una tarifa para familiares de pacientes de La Fe: habitación individual, 58 la noche, sin desayuno "
       "obligatorio, y puede alargar o acortar la estancia avisando el día antes, sin penalización. Estamos a diez minutos andando "
       "de la entrada principal.")
c2 = c("Ay, eso está muy bien. ¿Y si se alarga a dos semanas? Porque con la pensión no llego a mucho.", "no_money")
t3 = t("A partir de la segunda semana se la dejamos en 52. Y en recepción le damos un bono para el comedor del hospital, que sale "
       "más barato que comer fuera.")
c3 = c("Pues resérveme desde el lunes, y ya le voy diciendo.", None)
PAIRS.append(rpair(
    "esb49r_f08_valencia_hotel_lafe",
    "Hotel junto al hospital La Fe, València. Una mujer de Teruel necesita alojamiento mientras operan a su marido, sin fecha de "
    "salida clara.",
    better=[o, b_t1, b_c1, t2, c2, t3, c3],
    worse=[o, w_t1, w_c1, t2, c2, t3, c3],
))

# f09 - fault: unexplained jargon
o = c("Buenas tardes. Quería un préstamo de quince mil euros pa poner goteo en los almendros. El presupuesto lo tengo aquí, el "
      "del de los riegos.", None)
t1 = t("Buenas tardes. A ver el presupuesto... muy bien. ¿A cuántos años le gustaría devolverlo? ¿Y cuándo cobra usted la "
       "almendra?")
c1 = c("La almendra la cobro en octubre o noviembre, depende de la cooperativa. Y años... no sé, cinco. Yo no quiero dejar "
       "deudas a mis hijos.", None)
b_t2 = t("A cinco años. Le explico lo que paga: el interés es fijo, el mismo todos los años, así que no le sube aunque suban los "
         "tipos. Puede pagar una vez al año, en noviembre, cuando cobra la almendra. Y si un año le va bien y quiere devolver antes, "
         "solo le cobramos un poquito, medio euro por cada cien que adelante.")
b_c2 = c("Vale, eso lo entiendo. ¿Y cuánto pagaría cada año?", None)
w_t2 = t("A cinco años, con tipo fijo al 5,5, TAE del 5,9, comisión de apertura del 0,5, amortización anual por sistema francés y "
         "comisión por amortización anticipada del 0,5 sobre el capital amortizado. Vinculado a domiciliación y seguro de "
         "protección de pagos.")
w_c2 = c("Hija, no he entendido ni la mitad. ¿Eso qué es, cuánto pago yo al año? Lo tendré que mirar con mi hijo, que él entiende "
         "de estas cosas.", "think_it_over")
t3 = t("Con quince mil, pagando una vez al año en noviembre, serían unos 3.500 euros cada año durante cinco años.")
c3 = c("¿Y tengo que hacerme algún seguro? Porque al de mi cuñado el banco le metió uno que no sirvió pa na.", "bad_experience")
t4 = t("No es obligatorio. Le explico lo que cubre y lo que cuesta, y usted decide. Se lo preparo todo por escrito para que lo vea "
       "con su hijo, si quiere.")
PAIRS.append(rpair(
    "esb49r_f09_caravaca_prestamo_goteo",
    "Caja rural, Caravaca de la Cruz (Noroeste, Murcia). Un agricultor de 66 años pide 15.000 euros para poner goteo en los "
    "almendros.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

# f10 - fault: talks about themselves instead of the customer
o = c("Hola, buenas. Queríamos una casa pa un fin de semana de noviembre, algo tranquilito. Mi marido está recuperándose de la "
      "rodilla y no puede hacer grandes caminatas.", None)
t1 = t("Hola, buenas. Tenemos la casa pequeña, para dos, toda en planta baja. ¿Qué les apetece hacer esos días, descansar en la "
       "casa o salir un poco por la sierra?")
c1 = c("Un poco de las dos cosas. Él quiere ver la sierra, pero sin subir cuestas. Y que la casa tenga chimenea, que eso nos "
       "encanta.", None)
b_t2 = t("La casa tiene chimenea y le dejamos la leña preparada. ¿Le operaron hace poco? Lo pregunto por saber cuánto puede "
         "andar y qué paseo recomendarles.")
b_c2 = c("En septiembre. Anda bien por llano, media hora o así, pero las cuestas todavía no. ¿Hay algo llanito pa él?", None)
w_t2 = t("La casa tiene chimenea, sí. Yo es que la sierra me la conozco entera, subo todos los domingos al Morrón, que son "
         "ochocientos metros de desnivel. El año pasado hice la travesía completa en un día con los del club de montaña. "
         "Espectacular, se ve hasta el Mar Menor.")
w_c2 = c("Ya... Pues mi marido no está pa morrones, eh. ¿Hay algo llanito pa él?", None)
t3 = t("Sí. Desde el aparcamiento de arriba, al que se sube en coche, hay un paseo llano hasta los pozos de la nieve, unos dos "
       "kilómetros. La casa son 120 la noche, la leña incluida.")
c3 = c("Ciento veinte la noche es un poquito más de lo que pensábamos, pero con la chimenea y el paseo... venga, va.",
       "too_expensive")
t4 = t("Se la reservo para el sábado 15 y el domingo 16. Y si por la rodilla tienen que cancelar, avísenme hasta el jueves y no se "
       "cobra nada.")
PAIRS.append(rpair(
    "esb49r_f10_alhama_casa_rural",
    "Casa rural, Sierra Espuña (Alhama de Murcia). Una mujer reserva un fin de semana tranquilo para ella y su marido, que se "
    "recupera de una operación de rodilla.",
    better=[o, t1, c1, b_t2, b_c2, t3, c3, t4],
    worse=[o, t1, c1, w_t2, w_c2, t3, c3, t4],
))

"""esb30 ranked pairs d01-d10: two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

o = c("Buenas, seño. Mi esposo está en Carolina del Norte y quiere saber qué sale más barato: mandarme a cuenta o que yo venga a cobrar.", None)
PAIRS.append(rpair(
    "esb30r_d01_toto_remesa_cuenta", "Remittance counter, Totonicapán, Guatemala. A wife asks the cheapest way to receive money; she keeps cash at home.",
    [o, t("Le explico las dos, pero primero: ¿cómo usa usted el dinero? ¿Todo en efectivo?"),
     c("Todo en efectivo: la tienda, el colegio de los patojos, y guardo un poquito en la casa.", None),
     t("¿Y se siente segura guardándolo en la casa?"),
     c("No mucho, el año pasado robaron donde mi vecina. Pero a mi cuñada el banco le cobró comisiones que nadie le explicó.", "bad_experience"),
     t("A cuenta le sale Q20 más barato cada envío. Hay una cuenta sin comisión de manejo: saca lo que ocupa y el resto no queda en la casa. Le doy por escrito qué cobra y qué no."),
     c("Ah, eso sí. Se lo mando en foto a mi esposo.", "think_it_over"),
     t("Cuando decidan, viene con su DPI y en 15 minutos queda. Mientras, él sigue mandando como siempre.")],
    [o, t("Mandar a cuenta sale Q20 más barato por envío que cobrar en ventanilla. Necesitaría abrir una cuenta con nosotros."),
     c("Ah, pero del banco no sé mucho. A mi cuñada le cobraron comisiones que nadie le explicó.", "bad_experience"),
     t("Nuestra cuenta de ahorro no cobra manejo, solo en cajeros de otros bancos. Es segura."),
     c("Mmm. Lo voy a hablar con mi esposo.", "think_it_over"),
     t("Aquí tiene el folleto con las tarifas. Cuando decidan, viene con su DPI."),
     c("Gracias, seño.", None)]))

o = c("Buenas, don Álvaro. Le vengo a decir que este año voy a entregar el café al beneficio de la par. Pagan más por fanega.", "too_expensive")
PAIRS.append(rpair(
    "esb30r_d02_tarrazu_coop_adelanto", "Coffee cooperative office, Tarrazú, Costa Rica. A member plans to sell to a private mill; the real issue is cash for pickers in December.",
    [o, t("Gracias por decírmelo de frente, Mario. ¿Qué le ofrecen ellos y qué es lo que más le pesa este año?"),
     c("Pagan todo al entregar. Aquí uno espera la liquidación hasta agosto, y yo pago a los cogedores cada sábado.", None),
     t("Entonces no es tanto el precio: la plata le llega tarde y los sábados hay planilla."),
     c("Eso, mae. Al final ustedes pagan mejor, lo sé. Pero en diciembre no me sirve.", None),
     t("Hay adelanto de cosecha para socios: ₡25.000 por fanega al entregar, el resto en la liquidación, sin interés."),
     c("Vea qué cosa, no sabía. ¿Y cuánto cobran por eso?", None),
     t("Nada, se rebaja de la liquidación. El lunes le llevo el papel a la finca para que lo lean con su esposa.")],
    [o, t("Qué pena oír eso, Mario. Recuerde que la cooperativa al final paga mejor; está en los números de cinco años."),
     c("Sí, sé que al final pagan mejor. Pero necesito la plata en diciembre para los cogedores.", None),
     t("Hay un adelanto de ₡25.000 por fanega para socios, sin interés. Si quiere, le doy el formulario."),
     c("Mmm, déjeme sacar números con mi esposa.", "think_it_over"),
     t("Aquí tiene el formulario. Cualquier cosa me llama."),
     c("Va, gracias, don Álvaro.", None)]))

o = c("Buenas tardes, quería preguntar si el colegio da becas. Este año se nos complicó la mensualidad de mi hijo.", None)
PAIRS.append(rpair(
    "esb30r_d03_comayaguela_colegio_beca", "Private school office, Comayagüela, Honduras. A mother asks about scholarships after her husband lost his job.",
    [o, t("Sí hay, y gracias por venir antes de que se acumule. ¿Qué cambió este año, si no le incomoda?"),
     c("Mi esposo perdió el trabajo en la maquila. Yo vendo comida, pero no alcanza para los L 3,800.", "no_money"),
     t("Lo siento. ¿Cómo va el cipote en el colegio? Lo pregunto porque hay dos tipos de beca."),
     c("Bien, es de los primeros de la clase. No lo quiero sacar, es feliz aquí.", None),
     t("Con esas notas aplica a la académica, hasta 50%, y además a la de situación familiar. Se pueden combinar. El plazo es el 30."),
     c("¿De verdad? Yo pensé que me iban a decir que lo pasara a la pública.", None),
     t("No. Le doy la lista de papeles y, si quiere, revisamos juntas la solicitud el jueves antes de entregarla.")],
    [o, t("Sí, hay beca académica y beca de situación familiar. Aquí tiene el formulario y los requisitos."),
     c("Gracias. Mi esposo perdió el trabajo y no nos alcanza para los L 3,800.", "no_money"),
     t("Lo siento mucho. Aplique a la de situación familiar, que cubre hasta 30%. El plazo es el 30."),
     c("¿Solo 30%? Ni así sé si vamos a poder.", "no_money"),
     t("Puede intentar. Lo entrega en secretaría con las constancias."),
     c("Bueno, voy a ver.", "think_it_over")]))

o = c("Buenas, tengo 12 taxis y quiero líneas para los conductores, que estén conectados todo el día.", None)
PAIRS.append(rpair(
    "esb30r_d04_panama_lineas_taxis", "Phone company business desk, Panama City. A taxi-fleet owner wants lines for 12 drivers.",
    [o, t("Con gusto. ¿Para qué usan el teléfono en el turno: mapas, la app de viajes, llamadas?"),
     c("La app y WhatsApp con la central. Llamadas casi nada. Cada uno usa prepago y se quedan sin saldo en plena carrera.", None),
     t("Datos todo el día y que nunca se queden sin saldo. ¿Le preocupa más el gasto o el control?"),
     c("El control. Uno me dice que no le llegó el viaje porque no tenía datos, y pierdo plata.", None),
     t("Entonces plan empresarial de datos: 15 gigas a 14.99 por línea, con un panel donde usted ve el consumo de cada conductor."),
     c("Son casi 180 al mes... es bastante.", "too_expensive"),
     t("Probemos 3 líneas un mes, sin contrato, y vea si bajan los viajes perdidos. Le mando la cotización hoy.")],
    [o, t("Para flotas tenemos el Plan Empresa: 15 gigas, minutos ilimitados, a 19.99 por línea."),
     c("Minutos casi no usan. Es más la app de viajes y WhatsApp.", None),
     t("Entonces el Plan Datos: 15 gigas a 14.99. Por las 12, 179.88 al mes."),
     c("Es bastante. Tengo que verlo con mis socios.", "think_it_over"),
     t("Le mando la cotización y si tienen dudas me escriben."),
     c("Ok, gracias.", None)]))

o = c("Buenas. ¿Cuál es la moto más barata que tienen? Con que camine, ya.", None)
PAIRS.append(rpair(
    "esb30r_d05_soyapango_moto_barata", "Motorcycle dealer, Soyapango, El Salvador. A buyer asks for the cheapest bike; he rides steep roads with his family.",
    [o, t("La más barata es la 110, $1,150. Antes de llevarla, ¿por dónde la va a andar y quién más se sube?"),
     c("Vivo en Panchimalco, pura cuesta. Y llevo a la señora y al bicho a la escuela.", None),
     t("Cuesta arriba con tres, la 110 se va a forzar. La 150 sube sin problema: $1,490."),
     c("Uy, yo venía a gastar lo menos. Son 340 más.", "too_expensive"),
     t("Cierto. Si la 110 le dura la mitad, al final sale más cara, pero usted decide. ¿Prueba las dos en la calle de atrás, que tiene subida?"),
     c("Va, pruebo las dos.", None),
     t("Y si se decide por la 150, le explico las cuotas sin banco para que no salga todo de un solo.")],
    [o, t("La más barata es la 110, $1,150, con garantía de un año."),
     c("¿Y esa aguanta? Vivo en Panchimalco, pura cuesta.", None),
     t("Aguanta, es motor sencillo. Si quiere más fuerza, la 150 en $1,490."),
     c("Uy, 340 más. Mejor la 110.", "too_expensive"),
     t("Perfecto. ¿Efectivo o cuotas?"),
     c("Efectivo. Démela.", None)]))

o = c("Buenas, deme el jarabe más fuerte que tenga para la tos. Llevo dos semanas tosiendo.", None)
PAIRS.append(rpair(
    "esb30r_d06_esteli_farmacia_tos", "Pharmacy counter, Estelí, Nicaragua. A customer wants the strongest cough syrup after two weeks of coughing.",
    [o, t("Dos semanas es bastante. Antes de darle algo: ¿tos seca o con flema? ¿Ha tenido fiebre?"),
     c("Con flema, amarillenta. Y fiebre en las noches, no mucha.", None),
     t("Flema amarilla, dos semanas, fiebre de noche: eso un jarabe no lo quita. Puede ser una infección que tiene que ver un médico."),
     c("Es que no tengo tiempo de hacer fila en el centro de salud, trabajo todo el día.", "no_time"),
     t("El médico de al lado atiende de 5 a 8 de la noche, C$300. Mientras, un expectorante, C$120, para sacar la flema, no para callar la tos."),
     c("De 5 a 8 sí puedo. Deme el expectorante.", None),
     t("Aquí tiene. Si le falta el aire o sube la fiebre, no espere a la noche.")],
    [o, t("Para la tos tengo este jarabe con dextrometorfano, bastante fuerte. C$180."),
     c("¿Y sirve si tengo flema? Me sale amarilla.", None),
     t("Con flema mejor el expectorante, C$120. Si en unos días no mejora, vaya al médico."),
     c("No tengo tiempo para ir al médico. Deme el expectorante.", "no_time"),
     t("Aquí tiene. Cada ocho horas."),
     c("Gracias.", None)]))

o = c("Buenos días. Mi hijo me mandó a abrir una cuenta, pero le digo de una vez: yo no confío en los bancos, ya me fregaron una vez.", "bad_experience")
PAIRS.append(rpair(
    "esb30r_d07_jutiapa_banco_desconfia", "Bank branch, Jutiapa, Guatemala. An older man sent by his son distrusts banks; his savings are in a barrel at home.",
    [o, t("Le agradezco que me lo diga, don. ¿Qué le pasó, si se puede saber?"),
     c("En el 2001 cerró el banco donde tenía lo de la venta de un terreno. Me devolvieron la mitad, después de dos años.", None),
     t("Perdió la mitad y esperó dos años. Con eso, cualquiera. ¿Y qué le preocupa a su hijo?"),
     c("Que tengo el pisto en la casa, en un tonel. Dice que me lo pueden robar.", None),
     t("Ahora hay un seguro de depósitos que cubre hasta cierto monto por persona si el banco cierra. ¿Y si empieza con poquito y deja el resto donde está, hasta sentirse seguro?"),
     c("Mmm. Puede ser... pero lo voy a pensar.", "think_it_over"),
     t("Claro. Le doy este papel del seguro para que lo lea con su hijo. Si vuelve, pregunte por mí, Hilda.")],
    [o, t("Le entiendo, don, pero hoy los bancos son muy seguros y los supervisa la Superintendencia."),
     c("Eso decían en el 2001 y el banco cerró igual. Me devolvieron la mitad.", "bad_experience"),
     t("Fue un caso raro. Además ahora hay seguro de depósitos. La cuenta de ahorro se abre con Q200."),
     c("Hmm. Voy a pensarlo, mejor.", "think_it_over"),
     t("Aquí tiene el folleto; cuando guste, viene."),
     c("Sí, gracias.", None)]))

o = c("hola, cuanto sale la habitacion doble para el sabado 8", None)
PAIRS.append(rpair(
    "esb30r_d08_monteverde_hotel_aniversario", "Small hotel, WhatsApp, Monteverde, Costa Rica. A couple's anniversary weekend.",
    [o, t("¡Hola, pura vida! La doble sale en $85 con desayuno. ¿Vienen de paseo o es una ocasión especial? Para darle la mejor opción."),
     c("es nuestro aniversario, 10 años jaja. mi esposa quiere ver el bosque nuboso", None),
     t("¡Felicidades! Hay una con balcón al bosque en $105, y la caminata de madrugada sale de aquí; a esa hora se ven quetzales."),
     c("suena lindo pero 105 se nos sale, ya con la gasolina y todo", "too_expensive"),
     t("La de $85 también tiene vista, sin balcón. Le guardo cualquiera hasta el miércoles sin pagar nada."),
     c("la de 85 esta bien. guardamela porfa", None),
     t("¡Listo! ¿A nombre de quién? Y dígame la hora de llegada, que les dejamos algo sencillo por el aniversario.")],
    [o, t("¡Hola, pura vida! La doble sale en $85 con desayuno. El sábado 8 hay disponibilidad."),
     c("ok. tiene vista al bosque?", None),
     t("Sí, todas. También está la de balcón en $105."),
     c("mmm 105 se nos sale. la de 85 esta bien", "too_expensive"),
     t("Perfecto. ¿A nombre de quién? Pedimos el 50% por SINPE para confirmar."),
     c("ya te paso el nombre", None)]))

o = c("Buenas, quiero un sistema de inventario para la ferretería. Tengo un desorden.", None)
PAIRS.append(rpair(
    "esb30r_d09_sps_software_ferreteria", "Software vendor call, San Pedro Sula, Honduras. A hardware-store owner whose cement stock does not add up.",
    [o, t("¿Qué es lo que más le duele del desorden: se le acaba lo que más vende, no cuadra la caja, no sabe qué hay en bodega?"),
     c("Que no cuadra. A fin de mes faltan bolsas de cemento y no sé si es robo o ventas sin anotar.", None),
     t("Lo principal es saber adónde se van las bolsas. ¿Cuántos venden y cómo cobran ahora?"),
     c("Somos tres, anotamos en un cuaderno. En la otra tienda tuve un programa, pero era de contabilidad, otra cosa.", None),
     t("Entonces empecemos solo con caja e inventario: cada venta rebaja el inventario. L 1,200 al mes."),
     c("¿Y si mis empleados no lo usan?", None),
     t("Un mes de prueba; capacito a los tres un sábado, y al final vemos juntos si ya cuadra el cemento. Si no sirve, no sigue.")],
    [o, t("Nuestro sistema controla inventario, compras, ventas, clientes y reportes. L 1,200 al mes."),
     c("Lo que quiero es que cuadre. A fin de mes me faltan bolsas de cemento.", None),
     t("Con el sistema cada venta rebaja el inventario y usted ve las diferencias. Hay mes de prueba."),
     c("Una vez compré un programa y nadie lo usó, era muy complicado.", "bad_experience"),
     t("Este es sencillo. Le mando un video tutorial para sus empleados."),
     c("Bueno, mándelo y lo vemos.", "brush_off")]))

o = c("Buenas, importo muebles de China y necesito un contenedor en Colón antes del 15 de noviembre, para la temporada.", None)
PAIRS.append(rpair(
    "esb30r_d10_colon_carga_contenedor", "Freight forwarder call, Colón, Panama. An importer needs a container before Christmas season.",
    [o, t("¿De qué puerto sale y cuándo está lista la carga en fábrica?"),
     c("De Ningbo. La fábrica dice que el 10 de octubre.", None),
     t("Le soy honesto: son 30 a 35 días de tránsito, más aduana. Embarcando el 12 llega justo; con cualquier atraso de fábrica o transbordo, no llega al 15."),
     c("Se lo agradezco. Mi anterior agente me prometía fechas y nunca cumplía, por eso lo cambié.", None),
     t("Dos opciones: apurar a la fábrica al 5 de octubre, o mandar por aéreo lo que más se vende en Navidad. El aéreo sale unas cuatro veces más."),
     c("Aéreo me mata el margen. Mejor hablo con la fábrica.", "too_expensive"),
     t("Le reservo espacio en el buque del 6, cancelable sin costo hasta el 1. Usted me confirma con la fábrica esta semana.")],
    [o, t("Con gusto. Ningbo–Colón son 30 a 35 días. ¿Cuándo está lista la carga?"),
     c("El 10 de octubre, según la fábrica.", None),
     t("Si embarca el 12, debería llegar a tiempo. Le reservo espacio en ese buque."),
     c("¿Seguro? Mi anterior agente me prometía fechas y nunca cumplía.", "bad_experience"),
     t("Normalmente cumplimos. Le mando la reserva y la cotización hoy."),
     c("Bueno, mándela.", None)]))

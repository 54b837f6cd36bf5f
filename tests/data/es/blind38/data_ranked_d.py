"""Ranked pairs d01-d10 (esb38): two decent conversations, better / worse."""
from common import c, rpair, t

P = []

o = c("Hola, buenas. Queríamos alquilar un barco para nuestro aniversario, el día 14. Somos dos.", None)
P.append(rpair("esb38r_d01_puertocalero_barco_aniversario",
 "Boat rental, Puerto Calero (Lanzarote): couple's anniversary trip; she gets seasick.",
 [o, t("¡Enhorabuena! ¿Cómo os lo imagináis: navegar tranquilos, bañaros en alguna cala, el atardecer...?"),
  c("Bañarnos en Papagayo y luego el atardecer. Ella se marea un poco, eso sí.", None),
  t("Entonces salid a las cinco, cuando baja el viento, en el velero de diez metros, que se mueve menos que una lancha. Baño en Papagayo y vuelta con la puesta de sol. ¿Qué presupuesto teníais?"),
  c("Unos trescientos. ¿Llega?", None),
  t("Son 340 las tres horas, con patrón y cava. La lancha son 260, pero con mareo no te la recomiendo. Te guardo el 14 sin pagar nada hasta el jueves."),
  c("Guárdamelo. Lo hablo con ella, pero creo que sí.", "think_it_over")],
 [o, t("¡Enhorabuena! Tenemos lancha de seis metros, 260 las tres horas; velero de diez, 340; y catamarán compartido, 75 por persona."),
  c("Ah, vale. ¿Y cuál me recomiendas?", None),
  t("La lancha es la más popular: va rápida a Papagayo y tenéis más rato de baño. Con patrón incluido."),
  c("Ella se marea un poco, ¿eh? No sé.", None),
  t("En verano el mar suele estar tranquilo. ¿Te la reservo para el 14? ¿A qué hora?"),
  c("Uf, no sé. Déjame que lo hable con ella y te digo.", "think_it_over")]))

o = c("Buenas. El abono está por las nubes. ¿Tienes algo más barato que el que me llevo siempre?", "too_expensive")
P.append(rpair("esb38r_d02_vicar_abono_analisis",
 "Farm supply store, Vícar (Almería): grower wants cheaper fertiliser.",
 [o, t("Está caro para todos. Antes de cambiar: ¿cuándo te hicieron el último análisis de suelo y de agua?"),
  c("Uf, hace tres o cuatro años. Echo lo de siempre.", None),
  t("Ahí puede estar el ahorro: muchas veces se echa potasio de más. El análisis son 60 euros y con él ajustamos la receta; hay quien ahorra un veinte por ciento."),
  c("Sesenta euros más... ahora mismo ando justito, ¿eh?", "no_money"),
  t("Si te llevas el abono de la campaña con nosotros, el análisis te lo descuento. Y hoy llévate un saco del de siempre para no parar."),
  c("Así sí. Apúntame el análisis para el martes.", None)],
 [o, t("Sí, tengo un genérico de la misma composición, un quince por ciento más barato. Se lo lleva mucha gente este año."),
  c("¿Y funciona igual? El año pasado probé uno barato y se me quedó la planta floja.", "bad_experience"),
  t("Este es bueno, sale de la misma fábrica, solo cambia la marca. Te doy la ficha técnica."),
  c("Bueno, dame la ficha y un saco para probar.", None),
  t("Aquí tienes. Si notas algo raro, me dices."),
  c("Vale, ya te cuento.", None)]))

o = c("Hola. Las toallas que os compramos en marzo ya están grises. No puede ser.", None)
P.append(rpair("esb38r_d03_puertocruz_toallas_grises",
 "Hotel textile supplier, Puerto de la Cruz (Tenerife): towels turning grey.",
 [o, t("Lo siento, hay que mirarlo. ¿Las lavan ustedes o una lavandería externa? ¿Sabe a qué temperatura?"),
  c("Una lavandería de Güímar. La temperatura no sé, la verdad.", None),
  t("El gris suele venir del lavado, cal o poco blanqueante, más que de la toalla. Pido a la lavandería la ficha del programa, y si es la toalla, se la cambio sin discutir."),
  c("No quiero líos con la lavandería, que nos hacen buen precio.", None),
  t("Sin líos, solo pido la ficha. Y le dejo diez toallas nuevas para comparar un mes lado a lado."),
  c("Eso sí. Pásate el lunes y lo vemos con la gobernanta.", None)],
 [o, t("Lo siento mucho. Le mando un lote de reposición con un veinte por ciento de descuento para que no le falten."),
  c("¿Con descuento? Yo lo que quiero es que no se pongan grises otra vez.", None),
  t("Es algodón de 550 gramos, debería aguantar. Puede que fuera un lote malo."),
  c("Pues si vuelve a pasar, me voy a otro proveedor, ¿eh?", None),
  t("Entendido. Le confirmo la reposición para el jueves."),
  c("Venga, el jueves.", None)]))

o = c("Bon dia. Hago sobrasada en Campos y quiero mandar a tres tiendas de Barcelona cada semana. ¿Cuánto cuesta?", None)
P.append(rpair("esb38r_d04_campos_sobrasada_envio",
 "Freight forwarder, Mallorca: small producer ships weekly to Barcelona shops.",
 [o, t("Bon dia. ¿Cuántos kilos por envío? ¿Y necesita frío, o la curada aguanta?"),
  c("Unos ochenta kilos. La curada aguanta, pero en agosto se me pone blanda.", None),
  t("Entonces grupaje refrigerado de junio a septiembre y normal el resto, que es la mitad de precio. ¿Las tres tiendas reciben a la misma hora?"),
  c("Dos por la mañana y una solo por la tarde, la que más compra.", None),
  t("Hago reparto de mañana para dos y de tarde para la grande. Con ochenta kilos, unos 95 euros semanales en invierno. Le paso invierno y verano por escrito."),
  c("Noventa y cinco... contaba con algo menos. Mándamelo y echo cuentas.", "too_expensive")],
 [o, t("Bon dia. Grupaje a Barcelona, ochenta kilos, unos 110 euros por envío, entrega en 48 horas."),
  c("¿Va con frío? En agosto la sobrasada se me pone blanda.", None),
  t("Refrigerado son unos 160. Le aconsejo refrigerado todo el año, así va seguro."),
  c("Ciento sesenta a la semana es mucho para mí, ¿eh?", "too_expensive"),
  t("Si cierra para todo el año, le hago un cinco por ciento."),
  c("Bueno, lo pienso y te digo algo.", "think_it_over")]))

o = c("Buenas, acho. Me duele la espalda de agacharme en la lechuga. ¿Cuánto vale la sesión?", None)
P.append(rpair("esb38r_d05_murcia_fisio_espalda",
 "Physiotherapy clinic, Murcia: farm worker with back pain asks the price.",
 [o, t("Buenas. La sesión son 35 euros. Pero antes, ¿desde cuándo le duele y le baja a la pierna?"),
  c("Desde el invierno. A la pierna no, se queda en los riñones. Me levanto como un viejo y tengo cuarenta.", None),
  t("Suena a sobrecarga de la faena. La primera sesión es de valoración: veo cómo se agacha y le enseño dos ejercicios para el tajo. Luego vemos si hacen falta más, sin bonos de entrada."),
  c("Es que trabajo de siete a tres, de lunes a sábado. Tiempo, poquito.", "no_time"),
  t("Tengo a las cuatro y media, le da para ducharse. ¿El jueves?"),
  c("El jueves a las cuatro y media. Venga.", None)],
 [o, t("Buenas. La sesión suelta, 35; el bono de diez, 300, que sale más a cuenta."),
  c("¡Diez sesiones! Si es de agacharme. Con una o dos me vale, digo yo.", "no_need"),
  t("La espalda a veces va lenta. Empiece con una suelta y vemos."),
  c("Vale. Pero solo puedo por la tarde, trabajo hasta las tres.", None),
  t("Tengo el jueves a las cuatro y media."),
  c("Apúntame.", None)]))

o = c("Buenas, mi niño. Soy el presidente de una comunidad en Schamann. Unos vecinos quieren placas en la azotea y otros no quieren ni oír hablar.", None)
P.append(rpair("esb38r_d06_laspalmas_placas_comunidad",
 "Solar installer, Las Palmas: jokey community president, split neighbours.",
 [o, t("Lo típico, ja, ja. ¿Qué frena a los que no quieren: el dinero, la azotea, que no se fían?"),
  c("Los mayores dicen que no van a vivir para amortizarlo. Y otro que la azotea es para tender.", None),
  t("Con autoconsumo compartido se apunta solo quien quiere y paga su parte, y las placas van elevadas: se tiende debajo. Le preparo una hoja para la junta con lo que paga cada uno y cuándo lo recupera."),
  c("Ay, mi niño, tú no conoces a mis vecinos. Ya veremos qué dicen, ¡ja, ja!", "think_it_over"),
  t("¿Cuándo es la junta? Si quiere, voy y respondo dudas en diez minutos."),
  c("En noviembre. Ven, ven, que te van a freír a preguntas.", None)],
 [o, t("Claro. Para un edificio así, unas veinte placas, unos 18.000 euros entre todos; con subvención, algo menos."),
  c("¡Dieciocho mil! Los mayores eso no lo pagan, te lo digo yo.", "too_expensive"),
  t("Se puede repartir en cuotas de comunidad. Le mando el presupuesto y lo presenta en la junta."),
  c("Mándamelo, mándamelo. Ya veremos qué dicen, ¡ja, ja!", "think_it_over"),
  t("Perfecto, se lo envío hoy."),
  c("Venga, mi niño.", None)]))

o = c("Hola. En Booking nos están machacando por el wifi. ¿Qué nos podéis ofrecer?", None)
P.append(rpair("esb38r_d07_corralejo_wifi_hotel",
 "Telecom provider, Corralejo (Fuerteventura): hotel gets bad wifi reviews.",
 [o, t("Antes de ofrecer nada: ¿de qué se quejan, de que va lento, de que se corta, de que no llega a las habitaciones?"),
  c("No llega a las habitaciones del fondo, el bloque B. En recepción va como un tiro.", None),
  t("Entonces no es la velocidad contratada, es cobertura: faltan puntos de acceso en el B. ¿Cuántas habitaciones tiene y de qué son las paredes?"),
  c("Veinte. Paredes gordas, de piedra de las de antes.", None),
  t("Con piedra hace falta un punto cada dos o tres habitaciones. Le mando un técnico a medir gratis y presupuesto solo del bloque B."),
  c("Eso me gusta. Que venga un martes, que el fin de semana estamos a tope.", None)],
 [o, t("Podemos subirles a fibra de un giga por 40 euros más al mes. Los huéspedes lo van a notar."),
  c("¿Seguro? En recepción va bien; lo malo es el bloque B.", None),
  t("Más velocidad se nota en todas partes, y si en el B sigue flojo, ponemos un repetidor."),
  c("Cuarenta más al mes... no sé si me lo aprueba el dueño.", "think_it_over"),
  t("Le mando la oferta y la ve con él."),
  c("Vale, mándala.", None)]))

o = c("Hola, organizo una boda en Formentera en junio. Tengo ciento cincuenta invitados alojados en Ibiza. ¿Hacen precio de grupo?", None)
P.append(rpair("esb38r_d08_ibiza_ferry_boda",
 "Ferry company, Ibiza: wedding planner moving guests to Formentera.",
 [o, t("Sí. ¿Van todos a la misma hora? ¿Y vuelven esa noche o al día siguiente?"),
  c("Ida todos a las cinco. La vuelta es el problema: la fiesta acaba a las dos.", None),
  t("A las dos no hay línea regular. La ida, en la línea de las cinco con tarifa de grupo, y de vuelta un barco fletado a las dos y media. ¿Cuántos volverían esa noche?"),
  c("Unos cien. Pero el fletado sonará carísimo, ¿no?", "too_expensive"),
  t("Uno de 120 plazas son 3.200 euros, unos 32 por invitado. Le mando las dos partidas por separado para que los novios vean cada coste."),
  c("Vale. Se lo paso a los novios y te digo.", "think_it_over")],
 [o, t("Sí, a partir de cincuenta personas, un veinte por ciento. Ida y vuelta, 32 euros por persona."),
  c("¿A qué hora es la última vuelta?", None),
  t("A las nueve y media de la noche."),
  c("Uy, la fiesta acaba a las dos. ¿Qué hago?", None),
  t("Para horarios especiales tiene que preguntar a fletes. Le paso el correo."),
  c("Vale, pásamelo y pregunto.", None)]))

o = c("Hola. Queremos comprar un piso en Cartagena, pero no tenemos ahorros para la entrada. ¿Hay algo que hacer?", None)
P.append(rpair("esb38r_d09_cartagena_hipoteca_jovenes",
 "Bank branch, Cartagena: young couple without savings for a deposit.",
 [o, t("Depende. ¿Qué edad tenéis y cómo son vuestros contratos?"),
  c("Treinta y uno y veintinueve. Los dos indefinidos, él en la refinería y yo en un colegio.", None),
  t("Con menos de 35 y fijos, entráis en los avales del ICO: hasta el 95 %. Pero hacen falta impuestos y notaría, unos 12.000 en un piso de 130.000. ¿Los tenéis?"),
  c("Unos ocho mil. Mis padres a lo mejor nos dejan el resto, pero no me gusta pedirles.", None),
  t("Con ocho mil os llega para un piso de unos 90.000. Os hago dos simulaciones, a 90 y a 130, y lo habláis en casa sin compromiso."),
  c("Vale. Las miramos este fin de semana.", "think_it_over")],
 [o, t("Normalmente financiamos el 80 % de la tasación; necesitáis el 20 % más los gastos."),
  c("Eso son más de treinta mil. No los tenemos.", "no_money"),
  t("Hay avales del ICO para jóvenes, hasta el 95 %. Os dejo el folleto y pedís cita con el gestor."),
  c("¿Y cuánto tarda la cita?", None),
  t("Unas dos semanas. Os la pido."),
  c("Pídela, sí.", None)]))

o = c("¡Buenas, chacho! Me han dicho que tú traes pescado de La Santa. ¿Qué tienes?", None)
P.append(rpair("esb38r_d10_arrecife_pescado_restaurante",
 "Fish supplier, Arrecife (Lanzarote): jokey chef who already has a fisherman friend.",
 [o, t("¡Buenas! Lo que salga cada día: vieja, cherne, sama, a veces bocinegro. ¿Qué se te mueve más en la carta?"),
  c("La vieja sancochada se vende sola. Pero mi pescador me falla cuando hay mar de fondo.", None),
  t("Con la mar nos pasa a todos. Lo que sí hago es avisarte la víspera por WhatsApp si no hay vieja, para que cambies la pizarra. ¿Cuántos kilos pides a la semana?"),
  c("Unos quince. Pero el pescador es mi compadre, ¿eh? No le puedo quitar todo, ¡ja, ja!", "no_need"),
  t("Ni te lo pido, ja, ja. Sigue con él y cuéntame para los días que falle. Te escribo el lunes con lo que haya."),
  c("Tú escríbeme, tú escríbeme... y ya veremos, ¡ja, ja!", "brush_off")],
 [o, t("¡Buenas! Vieja a 18 el kilo, cherne a 16, sama a 20. Reparto martes y viernes."),
  c("Caro, ¿eh? Mi compadre me la deja a dieciséis.", "too_expensive"),
  t("Es de anzuelo, del día. A partir de diez kilos te la dejo a diecisiete."),
  c("Ya, ya... déjame que lo piense, ¡ja, ja!", "think_it_over"),
  t("Cuando quieras. Te dejo mi número."),
  c("Venga, apunto.", None)]))

PAIRS = P

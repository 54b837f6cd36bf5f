"""esb40 gaming pairs, kinds 6-10."""
from common import c, gpair, t

PAIRS = []

o = c("Oiga, la fijación de los esquís que me alquilaron esta mañana se ha soltado dos veces. Me he caído en plena Escornacrabes. Casi me mato.", None)
PAIRS.append(gpair(
 "esb40g_baqueira_alquiler_esquis", "ski rental shop, Baqueira (Lleida)", "putdown_question",
 "An experienced skier storms back to the rental counter: his binding released twice on a black run.",
 [o,
  t("Vaya, lo siento. ¿Está bien? ¿Se ha hecho daño?"),
  c("Un golpe en la cadera, nada más. Pero estoy muy cabreado.", None),
  t("Con razón. Déjeme los esquís y miro la fijación ahora. ¿Me dice su peso y su nivel, para ver el DIN que le pusieron?"),
  c("Ochenta y cinco kilos, nivel alto. Se lo dije al chico de esta mañana.", None),
  t("Tiene un 5 y para usted iría en un 8. Fallo nuestro. Le doy otros esquís ajustados y le devuelvo el día de hoy."),
  c("Vale. Eso sí, ajústelos delante de mí.", None)],
 [o,
  t("A ver, ¿no estará exagerando un poco? ¿Qué pasó exactamente?"),
  c("¿Exagerando? Me he caído dos veces en una negra porque se suelta la fijación.", None),
  t("Entiendo cómo se siente. Y dígame, ¿de verdad esquía a nivel de negra, o le cuesta un poco?"),
  c("Llevo treinta años esquiando. Ochenta y cinco kilos, nivel alto, se lo dije al chico.", None),
  t("Ya. ¿Y no será que no encajó bien la bota? Sabe cómo se entra en una fijación, ¿no?"),
  c("Mire, quiero el dinero de hoy o la hoja de reclamaciones.", None)]))

o = c("hola, no me deja emitir facturas desde ayer, me sale error verifactu y hoy tengo que facturar a 3 clientes", None)
PAIRS.append(gpair(
 "esb40g_terrassa_software_facturas", "invoicing software support chat, Terrassa (Barcelona)", "putdown_question",
 "A self-employed electrician writes to support: invoices fail with an error and he must bill today.",
 [o,
  t("Hola, vamos a ello. ¿Qué texto exacto sale en el error? Si puedes, mándame captura."),
  c("pone 'certificado no valido o caducado'. yo no he tocado nada", None),
  t("Es el certificado digital: caducó ayer, por eso falla desde entonces. No es nada que hayas hecho tú. ¿Tienes ya el nuevo?"),
  c("no, ni sabia que caducaba. y que hago con las facturas de hoy", None),
  t("Guárdalas como borrador y se envían en cuanto esté el certificado; tienes margen legal. Te mando los pasos para renovarlo, son 15 minutos."),
  c("vale gracias, lo hago ahora", None)],
 [o,
  t("Hola! ¿Has probado a leer el manual antes de escribir, o qué parte no entiendes exactamente?"),
  c("el manual? me sale un error, no es que no sepa facturar", None),
  t("Vale, te entiendo. ¿Y seguro que no has tocado la configuración? Suele ser eso, ¿qué cambiaste?"),
  c("nada. pone certificado no valido o caducado", None),
  t("Ah, ¿y no te llegó el aviso de caducidad? ¿No miras el correo?"),
  c("mira, pago 30 al mes por esto. si hoy no facturo me cambio de programa", None)]))

o = c("Buenos días. Soy Pilar, del restaurante El Cierzo de Zaragoza. Me han llegado cuatro botellas rotas de las veinticuatro de garnacha y el sábado tengo un banquete.", None)
PAIRS.append(gpair(
 "esb40g_calatayud_bodega_roturas", "winery, trade orders, Calatayud (Zaragoza)", "not_my_department_or_read_the_terms",
 "A restaurant owner phones the winery: part of her order arrived broken days before a banquet.",
 [o,
  t("Buenos días, Pilar. Lo siento. ¿Tiene fotos de la caja y el albarán?"),
  c("Sí, y el repartidor firmó que venía mojada.", None),
  t("Con eso reclamo yo a la agencia; usted no tiene que hacer nada. ¿Le mando hoy las cuatro de reposición?"),
  c("Sí, pero que lleguen el viernes como muy tarde. No me puedo quedar corta.", None),
  t("Salen hoy en urgente y llegan el jueves. Le paso el seguimiento por WhatsApp y el jueves a mediodía la llamo para confirmar."),
  c("Vale. Así sí. Gracias.", None)],
 [o,
  t("Buenos días, Pilar. Entiendo perfectamente su frustración. Pero las roturas son cosa de la agencia de transporte, no de mi departamento."),
  c("Ya, pero el pedido se lo hice a ustedes, no a la agencia.", None),
  t("Claro, y valoramos mucho nuestra relación. Pero en las condiciones de venta, punto siete, pone que las incidencias se reclaman en 24 horas."),
  c("¡Si me ha llegado hoy! ¿Y quién me manda las botellas para el sábado?", None),
  t("Yo no hago reposiciones, eso es logística. Le paso su correo y que le contesten. ¿Algo más en que pueda ayudarle?"),
  c("Sí: buscar otra bodega. Ya me pasó en Navidad y me dijeron lo mismo.", "bad_experience")]))

o = c("Buenos días. Mire, me ha llegado la factura del agua y... es el doble de siempre. Vivo solo, ¿eh? No he hecho nada raro.", None)
PAIRS.append(gpair(
 "esb40g_badalona_agua_factura", "water utility customer office, Badalona (Barcelona)", "not_my_department_or_read_the_terms",
 "A retired man brings a water bill that is double the usual amount to the counter.",
 [o,
  t("Buenos días. A ver, lo miramos juntos. ¿Me deja la factura?"),
  c("Tome. Siempre pago unos 30 y ahora 64.", None),
  t("Este trimestre el consumo es estimado: no se leyó el contador. ¿Podría hacerle una foto y decirme qué marca?"),
  c("Está en el rellano. Hombre, sí, una foto sí sé hacer.", None),
  t("Con la foto rehago la factura con la lectura real, y si hubiera una fuga también se vería. Mándela a este WhatsApp de la oficina."),
  c("Ah, pues ahora subo y se la mando. Gracias, hija.", None)],
 [o,
  t("Buenos días. ¿Qué tal su experiencia con nosotros? Mire, yo solo llevo altas y bajas; facturación es otro departamento."),
  c("Pues dígame dónde está, que he venido hasta aquí.", None),
  t("Es por teléfono, el 900. Y el contrato dice que las lecturas pueden ser estimadas. ¿Leyó las condiciones al darse de alta?"),
  c("Hace cuarenta años, ¿cómo voy a acordarme? Es el doble de lo de siempre.", None),
  t("Ya, entiendo lo que siente. Yo no hago las normas. ¿Algo más en lo que pueda ayudarle?"),
  c("Nada. Usted no ayuda en nada. Me voy a Consumo.", None)]))

o = c("Buenas. Soy Javier, enólogo de una bodega de Cenicero. Antes de nada: precio de barrica de roble francés de 225 litros y plazo.", None)
PAIRS.append(gpair(
 "esb40g_cenicero_toneleria_barricas", "cooperage selling to wineries, Cenicero (La Rioja)", "social_proof_or_deadline_pressure",
 "A winemaker wants price and lead time for French oak barrels before talking about anything else.",
 [o,
  t("Buenas, Javier. 780 € la francesa de grano fino, tostado medio; seis semanas. ¿Para qué vino es, crianza o algo más largo?"),
  c("Un reserva de tempranillo. Usamos americano, pero queremos probar francés en un lote.", None),
  t("¿Cuántas barricas es el lote?"),
  c("Veinte. Pero 780 se nos va: el americano nos cuesta la mitad.", "too_expensive"),
  t("Es normal, el francés es más caro de origen. Podéis hacer diez francesas y diez americanas con el mismo vino y comparar en cata a los doce meses."),
  c("Eso me gusta. Mándame oferta de diez y la paso a dirección.", "think_it_over"),
  t("Hoy la tienes, con el precio cerrado hasta fin de mes y la ficha del tostado.")],
 [o,
  t("Buenas, Javier. Antes del precio, ¿sabías que las grandes bodegas de Haro ya trabajan con nuestra barrica? ¿Qué necesidades tenéis?"),
  c("Precio y plazo, te he dicho. Es para un reserva; queremos probar francés.", None),
  t("Claro. 780, pero esta semana hay promoción a 720 que acaba el viernes a las dos. Tres bodegas de Cenicero ya se han apuntado."),
  c("¿Y a mí qué me importan los demás? Esto lo tiene que ver dirección.", "think_it_over"),
  t("Lo entiendo, pero el roble de este lote se acaba. Si no cerramos ahora, la siguiente tanda va a marzo y con precio nuevo."),
  c("Pues a marzo. No compro barricas con prisas.", "think_it_over")]))

o = c("Buenas. Vi el folleto de las placas. Tengo una casa en las afueras y la luz me sale carísima, unos 140 al mes.", None)
PAIRS.append(gpair(
 "esb40g_alcaniz_placas_solares", "solar installer stand at a local fair, Alcañiz (Teruel)", "social_proof_or_deadline_pressure",
 "A homeowner stops at a solar panel stand asking whether panels make sense for his house.",
 [o,
  t("Buenas. ¿Ese gasto es todo el año, o sobre todo en verano con el aire o en invierno?"),
  c("En invierno, que calentamos con bomba de calor. Y de día no hay nadie, trabajamos los dos.", None),
  t("Eso importa: las placas producen de día. Sin nadie en casa y sin batería ahorraríais poco. ¿Habéis pensado en batería?"),
  c("No. ¿Y eso cuánto sube?", None),
  t("Unos 4.000 € más. Con batería ahorraríais unos 60 € al mes; sin ella, unos 25. Os hago el estudio con los dos números."),
  c("Uf, 4.000... Vale, pero con los números en la mano lo hablo con mi mujer.", "think_it_over"),
  t("Claro. Os lo mando el lunes y, si queréis, paso a ver el tejado cuando os vaya bien.")],
 [o,
  t("¡Buenas! ¿Sabe que en su calle ya las han puesto cuatro vecinos? ¿Cuál es su relación con la factura de la luz?"),
  c("Pues mala, 140 al mes. Pero de día no hay nadie en casa.", None),
  t("Perfecto. Y la subvención se acaba este mes: si firmamos hoy, entra; mañana no le garantizo nada."),
  c("¿Hoy? Si no sé ni cuánto me voy a ahorrar.", None),
  t("Todos los de su zona ahorran un 70 %, se lo digo yo. Y me quedan dos instalaciones a este precio."),
  c("A mi cuñado se las pusieron con prisas y aún espera al instalador. Hoy no firmo nada.", "bad_experience")]))

o = c("Buenas tardes. Queremos reservar del 27 al 31 de diciembre para dos adultos y dos niños (5 y 8 años). ¿Tienen habitación familiar y guardaesquís?", None)
PAIRS.append(gpair(
 "esb40g_vielha_hotel_reserva", "mountain hotel, Vielha (Val d'Aran)", "keyword_stuffed",
 "A parent writes to a hotel to book a family room for a ski week over New Year.",
 [o,
  t("Buenas tardes. Sí: nos queda una familiar con dos camas y sofá cama, y hay guardaesquís con secabotas. ¿Vienen en coche?"),
  c("Sí, desde Lleida. ¿Hay parking? Y la media pensión, ¿es obligatoria?", None),
  t("Parking cubierto a 10 € la noche. La media pensión no es obligatoria. Con desayuno, las cuatro noches son 620 €."),
  c("Es algo más de lo que pensábamos, la verdad.", "too_expensive"),
  t("La del 27 es la noche más cara: del 28 al 31 serían 470 €. ¿Se la guardo 24 horas para que lo piensen?"),
  c("Sí, por favor. Mañana le digo algo.", "think_it_over")],
 [o,
  t("¡Buenas tardes! Para nosotros lo más importante es entender sus necesidades y que su experiencia sea un éxito desde el primer momento."),
  c("Gracias. ¿Pero tienen habitación familiar esos días?", None),
  t("Entiendo lo que siente. Nuestra relación con las familias se basa en escuchar, y siento que su necesidad es una experiencia de montaña inolvidable."),
  c("Sí, bueno. ¿Y el guardaesquís? ¿Y el precio?", None),
  t("Comprendo. Cada familia tiene necesidades únicas y nuestro compromiso es acompañarles. ¿Cómo de satisfechos se sienten hasta ahora?"),
  c("Nada satisfechos: tres preguntas sin respuesta. Buscaré otro hotel.", None)]))

o = c("Hola. Hacemos embutidos en Igualada. Necesito 20.000 etiquetas adhesivas de 8x5 a cuatro colores. Precio y plazo, por favor.", None)
PAIRS.append(gpair(
 "esb40g_igualada_etiquetas_embutidos", "label printer, Igualada (Barcelona)", "keyword_stuffed",
 "A cured-meat producer's buyer asks for a label quote by email; current labels peel off in the cold room.",
 [o,
  t("Hola. A 20.000, couché a cuatro colores: 0,028 € la unidad, unos 560 € más 90 de clichés. Diez días. ¿Van a cámara?"),
  c("Sí, a 4 grados. Y las de ahora se despegan con la humedad.", None),
  t("Entonces couché no: necesitan adhesivo para frío. Sube a 0,033, unos 660 €. ¿Qué etiquetadora usan?"),
  c("Una Herma de hace años. Y 660... ahora pagamos unos 500.", "too_expensive"),
  t("Lo entiendo. Les mando 200 de prueba con adhesivo de frío; si aguantan una semana en cámara, ven si la diferencia compensa."),
  c("Vale, mándalas a la atención de Jordi, de producción.", None)],
 [o,
  t("Hola. Para nosotros el éxito de nuestros clientes es lo primero, y entendemos que cada necesidad de etiquetado es una experiencia única."),
  c("Ya. ¿Precio de 20.000?", None),
  t("Por supuesto. Antes quiero entender su necesidad y cómo se siente con su proveedor, porque buscamos relaciones de confianza a largo plazo."),
  c("Con el actual, regular: se despegan en cámara. Pero necesito un número.", None),
  t("Entiendo cómo se siente y valoro su experiencia. Le propongo una reunión para comprender a fondo sus necesidades y co-crear una solución de éxito."),
  c("No tengo tiempo para reuniones. O me pasas precio por correo o nada.", "no_time")]))

o = c("Buenos días. Es que... me ha llegado una carta de Hacienda y no entiendo lo que dice. Mi mujer era la que llevaba estas cosas.", None)
PAIRS.append(gpair(
 "esb40g_teruel_gestoria_carta", "tax adviser's office (gestoría), Teruel", "rude",
 "A recently widowed man brings a letter from the tax office that he does not understand.",
 [o,
  t("Buenos días. Siéntese, tranquilo. ¿Me deja la carta?"),
  c("Tome. Mi mujer falleció en marzo y ahora todo esto me toca a mí.", None),
  t("Lo siento mucho. Esto es un requerimiento: piden el certificado de la pensión de viudedad. No es una multa. Tiene diez días."),
  c("Ah... menos mal. ¿Y eso me lo pueden hacer ustedes? ¿Cuánto cobran?", None),
  t("Sí, contestarlo son 40 €. Si quiere, también le hacemos la renta, pero eso lo hablamos en mayo, sin prisa."),
  c("Lo de la carta sí, hágamelo. Lo otro ya veremos.", "think_it_over"),
  t("Tráigame el certificado de la pensión mañana o pasado y lo presento el mismo día.")],
 [o,
  t("A ver, ¿qué le pasa? Rápido, que tengo gente esperando."),
  c("Una carta de Hacienda. Mi mujer llevaba estas cosas y... falleció en marzo.", None),
  t("Ya, eso le pasa a mucha gente. Trae. Uf, es un requerimiento, hombre, no hace falta ser ingeniero."),
  c("Pues yo no sé lo que es un requerimiento. Por eso vengo.", None),
  t("Que le piden un papel. Son 40 € y me lo trae ya, que no voy a estar persiguiéndole. ¿Alguna pregunta más o ya está?"),
  c("Cuarenta euros por este trato... Se lo pediré a mi sobrino.", None)]))

o = c("Hola. Compré estas botas aquí hace dos semanas y me destrozan el empeine. No aguanto ni una hora esquiando.", None)
PAIRS.append(gpair(
 "esb40g_puigcerda_botas_esqui", "ski and mountain shop, Puigcerdà (Girona)", "rude",
 "A customer comes back with ski boots bought in the shop that hurt badly.",
 [o,
  t("Vaya, dos semanas sufriendo. ¿Dónde le aprieta exactamente, arriba en el empeine o a los lados?"),
  c("Aquí arriba. Y se me duermen los dedos.", None),
  t("Es presión en el empeine. Podemos ensanchar la carcasa en caliente y ajustar la plantilla. Si aun así no va, se las cambiamos."),
  c("¿Y eso se paga? Porque ya me costaron 420 euros.", None),
  t("No, el ajuste de botas compradas aquí es gratis. Déjemelas una hora y luego se las prueba con los calcetines de esquí."),
  c("Vale. Vuelvo a las seis.", None)],
 [o,
  t("Ya, las botas nuevas duelen. ¿Qué esperaba, zapatillas? Se tienen que hacer al pie."),
  c("Dos semanas ya. Y se me duermen los dedos.", None),
  t("Pues apriete menos los ganchos, que eso lo sabe todo el mundo. Madre mía, ¿esquía con calcetines de algodón?"),
  c("Con los de esquí; estos son los de calle. ¿Me las pueden arreglar o no?", None),
  t("Se pueden ensanchar, 35 €. Y hoy no, que es sábado y estoy solo. Venga el martes."),
  c("¿Pagar por unas botas que me vendieron ustedes? Deme una hoja de reclamaciones.", None)]))

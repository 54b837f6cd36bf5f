from common import c, gpair, t

P = []

o = c("Buenos días, maja. Me ha llegado una carta de que se me acaba el plazo fijo, y no sé yo qué hacer con eso.", None)
P.append(gpair("esb36g_leon_plazofijo", "Rural savings bank, village near León", "monologue",
 "A retired farmer at the counter; his fixed-term deposit is about to mature.",
 [o, t("Vence el día quince, sí. ¿Ese dinero lo tiene pensado para algo, o es un ahorro para estar tranquilo?"),
  c("Pues... para lo que venga. Medicinas, el entierro. Yo de bolsa nada, eh, que mi cuñado perdió mucho con unas preferentes.", "bad_experience"),
  t("Nada de bolsa, entonces. ¿Prefiere poder sacarlo en cualquier momento o le da igual dejarlo un año quieto?"),
  c("Un año quieto no me importa. Pero si pasa algo con la Pilar, quiero poder sacarlo.", None),
  t("Le cuadra un año con cancelación: si lo necesita, lo saca y solo pierde intereses. ¿Le imprimo las condiciones y lo mira con su hija?"),
  c("Eso. Que lo vea la chavala, que ella entiende más. El lunes vuelvo.", "think_it_over")],
 [o, t("¡Buenos días! Justo tenemos una experiencia nueva para usted: el Fondo Horizonte Mixto, gestión profesional, la clave del éxito hoy en día..."),
  c("Eh... yo lo que quería...", None),
  t("Sí, sí. Los plazos fijos ya no dan nada, ¿eh? El fondo ha dado un cuatro y pico, y le regalamos una batería de cocina. ¿Qué le parece?"),
  c("Es que yo eso de la bolsa... ya le dije a mi hija que no.", "no_need"),
  t("Ya, pero su relación con nosotros merece lo mejor. Lo firma hoy y si en cinco años no le convence, lo cambiamos. Le preparo los papeles, ¿vale?"),
  c("Déjelo, maja. Ya vendré otro día.", "brush_off")]))

o = c("Oye, el John Deere verde que tenéis fuera, el de segunda mano, ¿cuántas horas tiene?", None)
P.append(gpair("esb36g_tafalla_tractor", "Agricultural machinery dealer, Tafalla (Navarra)", "closing_as_open_question",
 "A cereal farmer asks about a used tractor he saw on the lot.",
 [o, t("Seis mil doscientas, con el embrague nuevo del año pasado. ¿Para qué labores lo quieres? ¿Sustituye a otro?"),
  c("Al viejo, que pierde aceite por todos lados. Es para cereal, unas ciento veinte hectáreas, y el remolque.", None),
  t("De potencia va bien. Eso sí, con tu grada de cinco metros va justo, así que pruébalo antes. ¿Cuándo te viene bien?"),
  c("Ya. Es que con la siembra encima no tengo un rato hasta noviembre, majo.", "no_time"),
  t("Pues te lo llevo un sábado a la finca, lo enganchas y sales de dudas. Te lo reservo sin señal."),
  c("Venga, eso sí. El sábado veinte, a primera hora.", None)],
 [o, t("Seis mil doscientas y está de lujo. Para entender bien tu necesidad: ¿qué tendría que pasar para que te lo llevaras hoy?"),
  c("¿Hoy? Hombre, primero dime el precio y si tira con una grada de cinco metros.", None),
  t("Treinta y ocho mil. Y dime, ¿qué te impide dejar la señal ahora y lo dejamos apalabrado?"),
  c("Que treinta y ocho mil por un tractor con seis mil horas es un disparate, eso me impide.", "too_expensive"),
  t("Te entiendo perfectamente. ¿Qué día te viene mejor para firmar, el jueves o el viernes?"),
  c("Ninguno. Ya lo hablaré con mi hermano, que el dinero es de los dos.", "think_it_over")]))

o = c("hola buenas, en la casa de la aldea el internet se corta cada dos por tres y mi padre ya no puede ni ver el tiempo en la tablet", None)
P.append(gpair("esb36g_lalin_internet", "Telecom shop, WhatsApp, Lalín (Pontevedra)", "pitch_as_paraphrase",
 "A customer says the 4G internet at her father's village house keeps cutting out.",
 [o, t("Hola! Vaya rollo. ¿Tenéis fibra o es por antena, con router 4G? ¿Y se corta a ciertas horas o todo el rato?"),
  c("por antena, la cajita blanca. sobre todo por la tarde, y en la cocina peor que en la sala", None),
  t("Por la tarde suele ser saturación de la antena, y en la cocina las paredes de piedra. ¿Dónde tenéis la cajita?"),
  c("en la sala, detras de la tele", None),
  t("Ahí pierde mucho. Ponedla en la ventana; si mañana sigue igual, os mando un técnico a medir la cobertura, gratis."),
  c("vale lo pruebo hoy y te digo mañana. gracias!!", None)],
 [o, t("Hola! Si no te he entendido mal, lo que necesitáis es nuestra fibra 600 megas con TV por 54,90 al mes, ¿correcto?"),
  c("fibra? si a la aldea no llega la fibra jaja. yo solo quiero que no se corte", None),
  t("Vale, o sea que lo que buscas es estabilidad total, y eso es justo el pack Rural Plus con router 5G, a 39,90. ¿Te lo tramito?"),
  c("a ver, ya pagamos 30 y encima no funciona. no pienso pagar mas", "too_expensive"),
  t("Lo que te escucho es que valoras el precio, así que te dejo el Rural Plus a 34,90 seis meses. ¿Te encaja?"),
  c("que no, que solo queria saber por que se corta. ya llamo a otro", "no_need")]))

o = c("Buenas. Vengo a por algo pa la tos de mi marido, que lleva una semanuca que no para, sobre todo de noche.", None)
P.append(gpair("esb36g_cabuerniga_farmacia", "Village pharmacy, Valle de Cabuérniga (Cantabria)", "upsell_as_loop_closing",
 "A woman buys something for her husband's cough.",
 [o, t("Buenas, Maite. ¿Tos seca o con mocos? ¿Fiebre, le cuesta respirar?"),
  c("Seca, seca. Fiebre no. Y toma la pastilla de la tensión, eh, la de siempre.", None),
  t("Bien que me lo dice. Le doy un jarabe que no choca con esa. Si en cinco días sigue igual o le sube la fiebre, al médico, ¿vale?"),
  c("Vale. ¿Y cuánto es? Que la otra vez me cobrasteis un dineral por un jarabe.", None),
  t("Este son 6,40. Hay uno de marca más caro, pero para lo que tiene le sirve igual."),
  c("Pues ese. Gracias, maja.", None)],
 [o, t("Buenas. Para entender bien su necesidad: ¿qué tipo de tos es?"),
  c("Seca, de noche sobre todo. Y toma la pastilla de la tensión.", None),
  t("Perfecto, le pongo este jarabe. Y para cerrar bien: ¿qué más le añado? ¿Un pack de vitaminas de invierno?"),
  c("No, no, las vitaminas ya se las manda el médico cuando toca.", "no_need"),
  t("Entendido. ¿Algo más que pueda hacer por usted? ¿Un humidificador? Con la tos de noche cambia la experiencia."),
  c("Ay, no, hija, que con la pensión no está una para humidificadores. Cóbrame el jarabe y ya.", "no_money"),
  t("Claro. Y ya que está, ¿le apunto al club de fidelidad? Es un momento.")]))

o = c("Buenas, ho. El tanque de la leche ya no enfría bien, el técnico dice que el compresor ta pa tirar.", None)
P.append(gpair("esb36g_navia_tanque", "Dairy co-op supply shop, Navia (Asturias)", "leading_tag_questions",
 "A member farmer needs to replace his old milk cooling tank.",
 [o, t("Vaya. ¿De cuántos litros es el que tienes y cuántas vacas ordeñas?"),
  c("Mil quinientos. Ordeño treinta y cinco, y no pienso crecer, que los guajes no quieren seguir con esto.", None),
  t("Con uno de dos mil vas sobrado. Cuesta nueve mil cuatrocientos y la cooperativa te lo financia en la liquidación, a doce meses."),
  c("Nueve mil... Buf. Tengo que mirar números con la parienta, que este año el pienso nos mató.", "think_it_over"),
  t("Te lo apunto. Y si el compresor se para antes, te dejamos uno de alquiler para no perder leche."),
  c("Eso ta bien. El viernes, cuando baje a por pienso, te digo algo.", None)],
 [o, t("¡Buenas! Tú querrás ya el de cuatro mil litros, ¿verdad? Así vas preparado para crecer, ¿no?"),
  c("¿Crecer? Si tengo treinta y cinco vacas y los guajes no quieren seguir.", None),
  t("Ya, pero un tanque bueno es para toda la vida, ¿a que sí? Y tú no eres de los que escatiman, ¿eh?"),
  c("Escatimar no, pero cuatro mil litros pa mí es tirar el dinero. No me hace falta.", "no_need"),
  t("Te ahorras disgustos, ¿verdad? Te lo dejo en catorce mil, precio de socio. Bien, ¿no?"),
  c("Catorce mil no los tengo, ho, ni los voy a tener este año.", "no_money"),
  t("Pero la tranquilidad no tiene precio, ¿no crees?")]))

o = c("Mire, llamo porque ayer la chica llegó a las diez y media, y mi ama estaba esperando desde las nueve y media sin desayunar. Ochenta y ocho años tiene.", None)
P.append(gpair("esb36g_bilbao_ayudadomicilio", "Home-care agency for the elderly, Bilbao", "putdown_question",
 "A daughter phones because the carer arrived an hour late to her 88-year-old mother.",
 [o, t("Lo siento mucho, eso no puede pasar. ¿Su madre está bien? ¿Es la primera vez?"),
  c("Está bien, pero asustada. Es la segunda vez este mes, y nadie nos avisó.", None),
  t("Dos retrasos sin avisar y su madre sola sin saber qué pasaba: eso es lo grave. Hoy hablo con la coordinadora: si hay retraso, le llamamos a usted antes."),
  c("Bueno. Pero si vuelve a pasar, yo busco otra empresa, ¿eh?", None),
  t("Lo entiendo. El viernes le llamo para contarle cómo queda, y si quiere ponemos la visita a las nueve en punto."),
  c("Vale. Espero su llamada.", None)],
 [o, t("Entiendo su frustración. Pero, ¿no cree que se está agobiando un poco por una hora? ¿Qué pasó exactamente?"),
  c("¿Agobiando? Mi madre estuvo una hora sin desayunar y sin saber si venía alguien.", None),
  t("Ya. ¿Y su madre no puede hacerse un café sola, o se ha acostumbrado a que se lo hagan todo?"),
  c("Tiene Parkinson. Por eso les pagamos, precisamente.", None),
  t("¿Y no cree que su familia espera demasiado de un servicio así? ¿Cómo valora nuestra relación?"),
  c("Fatal. Páseme con la coordinadora o mañana nos damos de baja.", None)]))

o = c("Hola, buenas. Teníamos reserva para este finde, pero la carretera está cortada por la nieve, lo ha dicho la Guardia Civil. ¿Qué pasa con la señal?", None)
P.append(gpair("esb36g_picos_casarural", "Rural tourism house, Picos de Europa (Asturias)", "not_my_department_or_read_the_terms",
 "A guest must cancel because snow closed the road and asks about the deposit.",
 [o, t("Sí, está cortada desde Cangas. ¿Cuánto dejasteis de señal? ¿Preferís recuperarla o cambiar de fecha?"),
  c("Cien euros. Mejor el dinero, la verdad, que no sabemos cuándo podremos volver.", None),
  t("Las condiciones dicen que no, pero con la carretera cortada no es culpa vuestra. Os devuelvo los cien esta semana. ¿Me pasas la cuenta por WhatsApp?"),
  c("¡Ah, qué bien! Pensé que nos ibas a poner pegas. Te la mando ahora.", None),
  t("Y si en primavera os apetece volver, avisadme, que os guardo la habitación de la galería."),
  c("Pues igual sí, eh. Gracias, de verdad.", None)],
 [o, t("Hola. Entiendo vuestra situación y valoro mucho la relación. ¿Qué dicen exactamente las condiciones que aceptasteis?"),
  c("Que la señal no se devuelve, supongo. Pero es que la carretera está cortada, no es que no queramos ir.", None),
  t("Ya, pero las normas no las pongo yo, las pone la plataforma. Yo solo llevo las llaves. Leed las condiciones, que está todo ahí."),
  c("Pero la casa es vuestra, ¿no? Alguien decidirá.", None),
  t("Las devoluciones no son mi departamento, de verdad. ¿Hay algo más en lo que pueda ayudaros?"),
  c("Ya veo. Pues pondremos una reseña contando esto, y no volvemos.", None)]))

o = c("Buenos días. Pedí información de los paneles porque la factura de la luz, con el ordeño, es una burrada. Trescientos y pico al mes.", None)
P.append(gpair("esb36g_vilalba_solar", "Solar installer visiting a dairy farm, Vilalba (Lugo)", "social_proof_or_deadline_pressure",
 "A small dairy farmer asked for information about solar panels.",
 [o, t("Buenos días. ¿Me deja ver un par de facturas? Si ordeña de madrugada y de noche, los paneles le dan menos de lo que parece."),
  c("Ordeño a las seis y a las siete de la tarde. El tanque sí tira todo el día.", None),
  t("Cubrirían el tanque y la bomba, no el ordeño: un tercio de la factura, no la mitad. Son unos once mil; con la subvención de la Xunta, siete y pico."),
  c("Siete mil... Es que el año pasado me vendieron una bomba de calor que no valió para nada. No me fío de estas cosas.", "bad_experience"),
  t("Normal. Le dejo el estudio por escrito con sus números, y que lo mire alguien de confianza, el técnico de la cooperativa. Sin prisas."),
  c("Eso me parece mejor. Déjemelo, que lo vemos con calma.", "think_it_over")],
 [o, t("¿Qué le parecería ahorrar como sus vecinos? En la parroquia ya lo tienen casi todos, el de Casa Pena también."),
  c("¿El de Pena? Pues no me dijo nada. Yo quiero saber cuánto me ahorraría a mí.", None),
  t("Un montón, como a ellos. Y la subvención de la Xunta se acaba el viernes, después ya no hay. ¿Qué necesitaría para dejarlo firmado hoy?"),
  c("Hoy no firmo nada, hombre. Esto lo tengo que hablar con mi mujer y con el banco.", "think_it_over"),
  t("Pero quedan dos instalaciones este mes y una ya es de un vecino suyo. ¿Le guardo la otra?"),
  c("No, no. Deje el papel ahí encima y ya llamaré yo.", "brush_off")]))

o = c("Hola. Tengo once camiones y nunca sé dónde está cada uno. Lo llevo todo por teléfono y me vuelvo loco.", None)
P.append(gpair("esb36g_vitoria_flotas", "Fleet-tracking software (B2B), video call, Vitoria-Gasteiz", "keyword_stuffed",
 "The owner of a small haulage firm with eleven lorries asks about tracking software.",
 [o, t("Hola, Iker. ¿Qué te cuesta más: saber dónde están, dar a los clientes la hora de llegada o las horas de los conductores?"),
  c("Lo de los clientes. Me llaman veinte veces al día preguntando cuándo llega el camión.", None),
  t("Para eso está el enlace de seguimiento: el cliente ve el camión en el mapa y tú dejas de coger llamadas. Son 19 euros por camión al mes."),
  c("Diecinueve por once, más de doscientos al mes... Para una empresa como la mía es mucho.", "too_expensive"),
  t("Lo es. Pruébalo gratis un mes con dos camiones; si las llamadas no bajan a la mitad, no te compensa. ¿Lo montamos el lunes?"),
  c("Vale, con dos sí. El lunes.", None)],
 [o, t("Hola, Iker. Entiendo perfectamente cómo te sientes, y para nosotros tu experiencia y tu éxito son lo primero en esta relación."),
  c("Ya, gracias. Pero ¿qué hace el programa exactamente?", None),
  t("Nuestra solución entiende tus necesidades y las convierte en una experiencia de éxito. Escuchamos, entendemos y sentimos tu empresa."),
  c("Vale, pero mis clientes me llaman veinte veces al día. ¿Eso lo arregla o no?", None),
  t("Totalmente. Entiendo esa necesidad y siento que juntos construiremos una relación de éxito. ¿Cómo de satisfecho te sientes?"),
  c("Poco. Mándame un PDF con precios y ya lo miraré.", "brush_off")]))

o = c("Buenos días. Me dijo la vecina que dan una ayuda para quitar la bañera y poner un plato de ducha. Yo ya no puedo meter la pierna.", None)
P.append(gpair("esb36g_reinosa_ayuntamiento", "Town hall counter, Reinosa (Cantabria)", "rude",
 "An older widow asks about the grant for adapting her bathroom.",
 [o, t("Sí, es la ayuda de accesibilidad, la tramitamos aquí. ¿Vive usted sola? ¿Tiene más de sesenta y cinco?"),
  c("Setenta y nueve. Sola, desde que murió mi marido. Pero yo con papeles no me apaño, hija.", None),
  t("No se preocupe, se los relleno yo. Hace falta el DNI, el presupuesto del fontanero y la renta. ¿Tiene ya presupuesto?"),
  c("No. Y si tengo que adelantar yo el dinero, no sé... con la viudedad no llego.", "no_money"),
  t("La ayuda cubre hasta el setenta por ciento, pero se cobra después. Pregunte al fontanero si le espera al cobro, muchos lo hacen. Venga el jueves y lo hacemos juntas."),
  c("El jueves a las diez estoy aquí. Gracias, maja.", None)],
 [o, t("Buenos días. A ver, ¿qué necesita? Rápido, que hay cola."),
  c("Lo de la ayuda para quitar la bañera... yo ya no puedo meter la pierna.", None),
  t("Uy, la vecina. Si hiciéramos caso a las vecinas... Está en la web, ¿tiene internet o tampoco?"),
  c("No, hija, yo de internet nada. Por eso vengo.", None),
  t("Pues es un lío de papeles, y a su edad casi ni compensa. ¿Algo más?"),
  c("Bueno. No le molesto más. Ya preguntaré a mi sobrino.", None)]))

PAIRS = P

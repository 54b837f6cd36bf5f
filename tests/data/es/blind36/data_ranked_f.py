from common import c, rpair, t

# Each pair: the two sides share every turn (same variables) except the fault (w*) and the reaction to it.
P = []

a = c("Buenas. En casa, en la aldea, el móvil no tiene cobertura dentro. Tengo que salir a la era para llamar.", None)
b = t("Buenas. ¿En qué aldea es? ¿Y os pasa con todas las compañías o solo con la nuestra?")
c1 = c("En Vilarello. La vecina es de otra y tampoco, solo fuera. Y mi madre está sola, si le pasa algo...", None)
g3 = t("Entonces es la zona, no el teléfono. Hay una forma de que el móvil llame por el wifi de casa. ¿Tenéis internet?")
g4 = c("Tenemos el de antena, sí. ¿Con ese vale?", None)
w3 = t("Pues en nuestro mapa Vilarello sale en verde, con 4G. Será el teléfono, o que lo tiene mal configurado.")
w4 = c("¿Cómo que el teléfono? Si es nuevo, y a la vecina le pasa igual. Yo sé lo que vivo en mi casa, ho.", None)
s5 = t("Hagamos una cosa: le activo las llamadas por wifi, que van con el internet de casa, también el de antena, y lo prueba esta noche. Si no va, vuelve y buscamos otra cosa.")
s6 = c("Bueno, probaremos. Mañana le digo.", None)
P.append(rpair("esb36r_f01_becerrea_cobertura",
 "Mobile phone shop, Becerreá (Lugo): a customer has no indoor coverage in her village. Fault in worse: argues with the customer.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

a = c("Hola. Compré estas botas hace una semana y me hacen daño en el talón. ¿Las puedo devolver?", None)
b = t("Hola. ¿Tienes el tique? ¿Y las has usado en el monte o solo por casa?")
c1 = c("Aquí está el tique. Solo por casa y una vuelta por el parque, para probarlas. Mira, la suela está limpia.", None)
g3 = t("Sí, están como nuevas. ¿Te rozan al subir cuestas? A veces es la talla y no el modelo.")
g4 = c("Al subir, sí. El pie me baila un poco.", None)
w3 = t("Ya... eso dicen todos, y luego han subido al Gorbea. ¿Seguro que no las has sacado al monte?")
w4 = c("¿Me estás llamando mentirosa? Te digo que solo por casa. Mira la suela.", None)
s5 = t("Vale. Tienes treinta días: te devuelvo el dinero o te las cambio. Si quieres, pruébate medio número menos, que a veces el talón roza por holgura.")
s6 = c("Me pruebo la otra talla. Si no, el dinero.", None)
P.append(rpair("esb36r_f02_vitoria_botas",
 "Outdoor sports shop, Vitoria-Gasteiz: a customer wants to return hiking boots that hurt. Fault in worse: doubts the customer's honesty.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

a = c("Hola, buenas. Somos doce, un club de montaña, y queríamos la casa entera para el puente de diciembre. ¿Qué precio tiene?", None)
b = t("Hola. La casa entera son 480 la noche, con mínimo de tres noches en puentes.")
c1 = c("Uf, se nos va un poco. Somos jubilados casi todos, eh.", "too_expensive")
g3 = t("Entiendo. Antes de hablar de precio: ¿cuántas habitaciones necesitáis de verdad? ¿Hay parejas? ¿Usaréis la cocina?")
g4 = c("Hay cuatro parejas, así que con ocho habitaciones sobra. Y comemos fuera casi siempre.", None)
w3 = t("Bueno, por ser grupo os lo dejo en 400 la noche, que es casi un veinte por ciento menos.")
w4 = c("Vaya, qué rápido baja. ¿Y si cogemos cuatro noches, lo dejas en 350?", None)
s5 = t("Os preparo por correo una propuesta con las habitaciones y el precio, y la comentáis en el club.")
s6 = c("Perfecto. La junta es el jueves, ya os diremos.", "think_it_over")
P.append(rpair("esb36r_f03_roncal_grupo",
 "Rural tourism house, Roncal valley (Navarra): a hiking club asks the price for a group. Fault in worse: drops the price before asking anything.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

a = c("Hola. Quiero abrir una cuenta para cobrar la nómina. Empiezo el lunes en un taller de Mieres.", None)
b = t("¡Enhorabuena! ¿Tienes ya cuenta en otro banco o es la primera?")
c1 = c("La primera. Tengo diecinueve. Solo quiero cobrar y tener la tarjeta en el móvil.", None)
g3 = t("Pues te va la cuenta joven, sin comisiones hasta los veinticinco, y la tarjeta en el móvil. Necesito tu DNI y el contrato.")
g4 = c("Traigo el DNI. El contrato me lo dan el lunes.", None)
w3 = t("Bien. Y un consejo, que a tu edad se gasta todo: ahorra el veinte por ciento de cada nómina y nada de criptomonedas, que veo mucho chaval arruinado.")
w4 = c("Ya, vale... Yo solo venía a por la cuenta, eh.", None)
s5 = t("Con el DNI te la abro ahora, y el contrato me lo traes la semana que viene. Sin comisiones hasta los veinticinco.")
s6 = c("Genial. Aquí tienes el DNI.", None)
P.append(rpair("esb36r_f04_mieres_cuenta",
 "Rural savings bank, Mieres (Asturias): a 19-year-old opens his first account for his salary. Fault in worse: an unasked lecture.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

a = c("Buenas tardes. Necesito a alguien que duerma con mi padre por las noches. Tiene alzhéimer y se levanta desorientado.", None)
b = t("Lo siento, es muy duro. ¿Cuántas noches a la semana? ¿Y desde cuándo lo necesitáis?")
c1 = c("Todas las noches, desde ya. Llevo tres semanas sin dormir yo.", None)
s3 = t("Tenemos auxiliares de noche con experiencia en demencias. Son 75 euros la noche, o 1.900 al mes todas las noches.")
s4 = c("Es mucho... pero no puedo más. Mi hermano me ayuda a pagar.", None)
g5 = t("Pues mañana a las diez le llama la coordinadora para ir a conocer a su padre, y si todo va bien, la auxiliar empieza el jueves por la noche.")
g6 = c("¿El jueves ya? Ay, gracias. Mañana a las diez estoy pendiente.", None)
w5 = t("Muy bien, pues lo paso al departamento y ya le llamaremos cuando tengamos a alguien.")
w6 = c("¿Y eso cuándo es? Porque yo no aguanto muchas noches más así.", None)
P.append(rpair("esb36r_f05_valladolid_noches",
 "Home-care agency, Valladolid: a daughter needs a night carer for her father with dementia. Fault in worse: a vague next step.",
 [a, b, c1, s3, s4, g5, g6], [a, b, c1, s3, s4, w5, w6]))

a = c("Oye, la cosechadora se ha quedado parada con la correa del cilindro rota. Tengo cuarenta hectáreas de trigo sin cosechar.", None)
b = t("Vaya. ¿Qué modelo es y de qué año? Miro si tenemos la correa.")
c1 = c("Una Claas Lexion del 2012. Y no me digas que tarda, que en estos días cada día cuenta.", None)
g3 = t("No la tengo: viene de Alemania, tres o cuatro días. La pido ahora por urgente, y te paso el teléfono de un cosechador que tiene hueco esta semana.")
g4 = c("Tres o cuatro días... bueno, al menos lo sé. Pásame el teléfono de ese.", None)
w3 = t("Tranquilo, mañana a mediodía la tienes aquí seguro, te lo garantizo.")
w4 = c("¿Mañana? Pues perfecto, entonces no llamo a nadie y espero.", None)
s5 = t("Te mando un mensaje en cuanto salga el pedido, con el número de seguimiento.")
s6 = c("Vale, estaré pendiente del móvil.", None)
P.append(rpair("esb36r_f06_aranda_cosechadora",
 "Agricultural machinery workshop, Aranda de Duero (Burgos): a combine harvester is stopped mid-harvest. Fault in worse: over-promises delivery.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

a = c("Kaixo. Quiero cambiar el datáfono, que es lentísimo y en la cola de la mañana se me van clientes.", None)
b = t("Kaixo. ¿Cobras solo con el datáfono o va conectado a la caja registradora? ¿Qué caja tienes?")
c1 = c("Va conectado a la caja, una Olivetti de hace años. Lo paso todo por ahí.", None)
g3 = t("Entonces antes de nada probemos si el nuevo habla con tu Olivetti: te traigo uno mañana a las seis, antes de abrir, y hacemos tres cobros reales.")
g4 = c("A las seis estoy horneando, pero vente, sí.", None)
w3 = t("El nuevo cobra en dos segundos. Firmamos ahora el contrato y el lunes te lo instalan.")
w4 = c("Vale, firmo. Pero ¿seguro que va con mi caja? Que es vieja.", None)
s5 = t("Si no fuera compatible, te lo retiramos sin coste. Son 19 euros al mes, sin permanencia.")
s6 = c("Bueno, pues así sí.", None)
P.append(rpair("esb36r_f07_tolosa_datafono",
 "Payment terminal provider (B2B), bakery in Tolosa (Gipuzkoa): the baker wants a faster card terminal. Fault in worse: closes before checking it works with her till.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

a = c("Buenas. Se me ha roto el teléfono y quiero otro. Pero nada complicado, eh.", None)
g1 = t("Buenas. ¿Para qué lo usa sobre todo? ¿Llamar, WhatsApp, fotos?")
g2 = c("Llamar y el WhatsApp de la familia, que mi hija manda fotos de los nietos. Lo demás no lo toco.", None)
w1 = t("Buenas. Le recomiendo este, que tiene la mejor cámara de su precio y pantalla grande. 249 euros.")
w2 = c("Uy, no, hijo. Yo no necesito cámaras ni pantallas, solo llamar y ver las fotos que manda mi hija.", "no_need")
s3 = t("Entonces le va este, de teclas grandes y con WhatsApp, muy fácil. Son 89 euros, y le paso los contactos del viejo si la tarjeta está bien.")
s4 = c("Eso. Y me pone las letras grandes, que no veo.", None)
s5 = t("Hecho. Y si en casa se lía con algo, vuelva cuando quiera y se lo explico otra vez.")
s6 = c("Ay, gracias, hijo.", None)
P.append(rpair("esb36r_f08_benavente_movil",
 "Phone shop, Benavente (Zamora): an older woman needs a new mobile phone. Fault in worse: recommends before asking.",
 [a, g1, g2, s3, s4, s5, s6], [a, w1, w2, s3, s4, s5, s6]))

a = c("Buenas. Me han dicho que ya llega la fibra al pueblo. ¿Eso qué es, y me hace falta? Yo solo tengo el fijo.", None)
b = t("Buenas. ¿Para qué usa ahora el teléfono? ¿Hay alguien en casa que use internet?")
c1 = c("Para hablar con mis hijos. Y mi nieto, cuando viene en verano, se queja de que no hay internet.", None)
g3 = t("La fibra es internet por un cable nuevo, rápido. El fijo sigue igual, con el mismo número, y su nieto tendría internet en casa. Son 30 euros al mes con el fijo.")
g4 = c("¿Treinta? Ahora pago veintidós solo por el fijo.", "too_expensive")
w3 = t("Pues le instalamos FTTH simétrica de 300, con ONT y router wifi 6, y el fijo pasa a VoIP con portabilidad. Son 30 al mes.")
w4 = c("¿Cómo? No he entendido nada, hijo. ¿Eso es para mí o para los jóvenes?", None)
s5 = t("Piénselo sin prisa. Si quiere, vuelva en julio con su nieto y lo vemos los tres.")
s6 = c("Eso. Cuando venga el chaval lo vemos.", "think_it_over")
P.append(rpair("esb36r_f09_potes_fibra",
 "Telecom shop, Potes (Cantabria): an older woman asks what fibre is and whether she needs it. Fault in worse: unexplained jargon.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

a = c("Buenas. Quiero vender la casa de mi hermano, que murió en primavera. Está en Posada, cerca de Llanes. No sé ni por dónde empezar.", None)
b = t("Lo siento mucho por su hermano. ¿La casa está ya a su nombre, o falta la herencia?")
c1 = c("Estamos con la herencia, somos tres hermanas. Y la casa tiene goteras, eh, no está para enseñar.", None)
g3 = t("Primero la herencia; sin eso no se firma la venta, pero se puede ir preparando. ¿Las tres queréis vender?")
g4 = c("Una de mis hermanas no lo tiene claro, le tiene cariño a la casa. Lo tenemos que hablar.", "think_it_over")
w3 = t("Mire, yo llevo veinte años en esto, he vendido más de trescientas casas en la comarca, y la semana pasada cerré una en Poo en diez días.")
w4 = c("Ya... qué bien. Pero lo mío es que estamos con la herencia, y no sé si mis hermanas querrán.", "think_it_over")
s5 = t("Le propongo ir a ver la casa el sábado, sin compromiso, y le doy un valor aproximado para que lo habléis las tres.")
s6 = c("Vale, el sábado. Pero sin compromiso, eh.", None)
P.append(rpair("esb36r_f10_llanes_casa",
 "Estate agency, Llanes (Asturias): an older woman wants to sell her late brother's house. Fault in worse: talks about himself instead of the customer.",
 [a, b, c1, g3, g4, s5, s6], [a, b, c1, w3, w4, s5, s6]))

PAIRS = P

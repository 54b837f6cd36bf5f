"""Ranked pairs f01-f10 (esb38): both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

P = []

# f01 fault: unexplained jargon
o = c("Hola, tengo reserva para mañana en el aeropuerto del sur. ¿Qué seguro me recomienda? Es la primera vez que alquilo.", None)
a1 = t("Hola. ¿Van a moverse mucho por la isla o más por la zona de playa?")
b1 = c("Queremos subir al Teide y a Masca. Son carreteras de curvas, ¿no?", None)
g2 = t("Sí, y estrechas. Con el seguro básico, si hay un golpe pagan ustedes hasta 1.000 euros; con el completo, nada, y son 14 euros al día. Para Masca yo lo cogería.")
h2 = c("Vale, se entiende. Cinco días, setenta euros... mejor que mil.", None)
w2 = t("Sí. Le recomiendo el SCDW con franquicia cero, sin depósito en TC y con cobertura de TP y lunas, mejor que el CDW básico.")
x2 = c("Perdone... ¿SCDW? ¿TC? No he entendido nada.", None)
a3 = t("Se lo dejo apuntado en la reserva y mañana en el mostrador se lo enseño en el contrato antes de firmar.")
b3 = c("Vale, mañana lo vemos allí.", None)
P.append(rpair("esb38r_f01_tenerifesur_alquiler_seguro", "Car rental, Tenerife South: first-time renter asks which insurance to take.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f02 fault: drops the price before being asked
o = c("Buenas. ¿Tenéis malla antitrips? Tengo que cambiar la de las bandas de una nave en Vícar.", None)
a1 = t("Sí. ¿Cuántos metros necesitas y de qué densidad era la que tenías?")
b1 = c("Unos seiscientos metros, la de 20 por 10. La compraba en otro almacén, pero se me rompió a los dos años.", None)
g2 = t("Seiscientos metros de la de 20 por 10 son 540 euros.")
h2 = c("Un poco más que en el otro almacén. ¿Y esa cuánto aguanta?", "too_expensive")
w2 = t("Seiscientos metros de la de 20 por 10. Mira, te la dejo a 480 en vez de 540, para que no te vayas al otro almacén.")
x2 = c("Vaya, rebajada sin pedirla. ¿Y esa cuánto aguanta, o es de las que se rompen?", None)
a3 = t("Lleva tratamiento UV para cuatro años, con garantía por escrito. Si se rompe antes, te la cambio.")
b3 = c("Bueno, pues prepárame los seiscientos metros para el lunes.", None)
P.append(rpair("esb38r_f02_vicar_malla_antitrips", "Greenhouse supplies, Vícar (Almería): grower replacing insect mesh.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f03 fault: doubts the customer's honesty
o = c("Hola. Quiero sacarme el carnet, pero tengo dislexia y he suspendido el teórico dos veces en otra autoescuela.", None)
a1 = t("Hola. Gracias por contarlo. ¿Qué te pasaba en el examen: leer las preguntas, el tiempo, los nervios?")
b1 = c("Leer. Me lío con las preguntas largas y se me acaba el tiempo.", None)
g2 = t("Tráfico adapta el examen con dislexia: más tiempo o preguntas leídas. Hace falta un informe que lo acredite. ¿Tienes alguno?")
h2 = c("Sí, del instituto, de la psicopedagoga. Nadie me dijo que servía.", None)
w2 = t("Ya... mucha gente dice que tiene dislexia para que le den más tiempo. ¿Tienes un informe de verdad?")
x2 = c("¿En serio? Sí, lo tengo, del instituto. No me hace gracia que me hables así.", None)
a3 = t("Con ese informe pedimos la adaptación a Tráfico y te preparamos con test en audio. La matrícula son 150 euros.")
b3 = c("Ciento cincuenta... lo hablo con mi madre, que es la que paga, y vuelvo.", "think_it_over")
P.append(rpair("esb38r_f03_laspalmas_autoescuela_dislexia", "Driving school, Las Palmas: student with dyslexia failed theory twice elsewhere.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f04 fault: an unasked lecture
o = c("Hola. Quiero meter más vinos de Mallorca en la carta, que los turistas los piden. ¿Qué me traes?", None)
a1 = t("Hola. ¿Cuántas referencias quieres meter y a qué precio en carta?")
b1 = c("Cuatro o cinco. Que no pasen de cuarenta en carta; el que quiere más caro ya pide champán.", None)
g2 = t("Te traigo cinco de Binissalem y Pla i Llevant que en carta quedan entre 26 y 38. ¿Los probamos el martes antes del servicio?")
h2 = c("El martes perfecto, a las seis.", None)
w2 = t("Perfecto. Antes déjame contarte: la manto negro es autóctona, la DO Binissalem es de 1991, el suelo de call vermell le da... es apasionante. Te traigo cinco que quedan entre 26 y 38. ¿Los probamos el martes?")
x2 = c("Ya, sé lo que es la manto negro, llevo veinte años aquí. El martes a las seis.", None)
a3 = t("Apuntado: martes a las seis con las cinco botellas.")
b3 = c("Y trae el precio de cada una por escrito, que luego se me olvida.", None)
P.append(rpair("esb38r_f04_deia_vinos_mallorca", "Wine distributor, Deià (Mallorca): restaurant wants local wines under a price cap.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f05 fault: vague next step
o = c("Buenas. Llamo por el descalcificador que me pusieron en Corralejo. Desde hace una semana el agua sabe salada.", None)
a1 = t("Buenas. ¿Ha cambiado algo últimamente? ¿Ha echado sal usted o ha ido alguien a revisarlo?")
b1 = c("Eché sal hace dos semanas, como siempre. Nadie ha venido. Y tengo dos niños pequeños bebiendo esa agua.", None)
a2 = t("Que no beban de ese grifo hasta que lo miremos: seguramente la válvula de regeneración se ha quedado abierta. No es peligroso, pero hay que ajustarla.")
b2 = c("Vale. ¿Y cuándo vienen? Que esto es un incordio.", None)
g3 = t("El técnico está mañana en La Oliva. Le pongo de nueve a once y le llama media hora antes. Si no le viene bien, me llama a este número.")
h3 = c("Mañana de nueve a once, perfecto.", None)
w3 = t("Paso el aviso a los técnicos y ya le diremos algo cuando tengan hueco.")
x3 = c("La última vez que me dijeron eso tardaron tres semanas. Así no, ¿eh?", "bad_experience")
P.append(rpair("esb38r_f05_corralejo_descalcificador_salado", "Water treatment installer, Fuerteventura: softener makes tap water salty.",
 [o, a1, b1, a2, b2, g3, h3], [o, a1, b1, a2, b2, w3, x3]))

# f06 fault: over-promises
o = c("Hello... perdón, hola. Me gusta el apartamento de Mojácar Playa. ¿Puedo alquilarlo a turistas cuando no estoy?", None)
a1 = t("Hola. ¿Cuántas semanas al año lo usarían ustedes?")
b1 = c("Solo dos meses en invierno. El resto, alquilar para pagar la hipoteca.", None)
g2 = t("Entonces la licencia es clave: en Andalucía hay que inscribirlo como vivienda turística, y la comunidad de vecinos puede prohibirlo. Antes de firmar pido las actas y le digo si se puede.")
h2 = c("Good, muy bien. Es importante para nosotros.", None)
w2 = t("Sin problema ninguno: la licencia turística se la saco yo en dos semanas, eso está hecho. Y en verano se alquila todo, seguro.")
x2 = c("¿Seguro? Mi hermano en Málaga esperó seis meses y al final la comunidad dijo no.", "bad_experience")
a3 = t("Le mando esta tarde por correo la documentación del piso y los gastos de comunidad.")
b3 = c("Okay. Lo miramos con mi esposa y contestamos.", "think_it_over")
P.append(rpair("esb38r_f06_mojacar_licencia_turistica", "Estate agent, Mojácar (Almería): British buyer wants to holiday-let the flat.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f07 fault: closes before checking the part fits
o = c("Buenas. Se me ha roto el impulsor de la bomba de agua del motor de la lancha. Mañana tengo salidas con turistas.", None)
a1 = t("Buenas. ¿Qué motor es, marca y modelo? ¿Tiene el número de serie?")
b1 = c("Un Yamaha de 115, del 2016. El número no lo tengo aquí.", None)
g2 = t("Del 2016 hay dos impulsores distintos según la serie. Mándeme foto de la placa del motor y le confirmo cuál antes de cobrarle nada.")
h2 = c("Ahora bajo al barco y te mando la foto.", None)
w2 = t("Perfecto, es este. Son 48 euros. ¿Se lo cobro ya y se lo lleva?")
x2 = c("Venga, cóbramelo... Oye, ¿seguro que es este? El año pasado me vendieron una junta que no era.", "bad_experience")
a3 = t("Lo tengo en stock y abrimos a las ocho, así sale a la mar a su hora.")
b3 = c("Eso es lo que necesito. Gracias.", None)
P.append(rpair("esb38r_f07_puertodelcarmen_impulsor_lancha", "Marine shop, Puerto del Carmen (Lanzarote): charter skipper needs a pump impeller.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f08 fault: argues with the customer
o = c("Hola. Los huéspedes se quejan de que el café del desayuno está amargo desde que cambiamos al vuestro.", None)
a1 = t("Gracias por decírnoslo. ¿Se quejan del solo o también del café con leche?")
b1 = c("Sobre todo del solo. Son casi todos ingleses y alemanes, que lo toman largo.", None)
g2 = t("Entonces puede ser la molienda: para café largo en máquina automática hay que abrirla un poco. Lo ajustamos, y si sigue, cambiamos a un tueste más suave.")
h2 = c("Vale, probamos.", None)
w2 = t("Pues no está amargo: es un arábica de altura, de lo mejor del mercado. Igual sus huéspedes están acostumbrados a café malo.")
x2 = c("El café es para mis huéspedes, no para usted. Si no se arregla, volvemos al de antes.", "no_need")
a3 = t("Mañana a las siete paso con el técnico y ajustamos la molienda durante el desayuno.")
b3 = c("A las siete está bien.", None)
P.append(rpair("esb38r_f08_menorca_cafe_amargo_hotel", "Coffee supplier, Menorca hotel: guests say the breakfast coffee is bitter.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f09 fault: talks about himself instead of the customer
o = c("Buenos días. Vengo a preguntar por la ayuda de las placas solares, que mi vecino dice que hay dinero.", None)
a1 = t("Buenos días. ¿Ya tiene las placas puestas o está pensando en ponerlas?")
b1 = c("Pensando. Pero si no hay ayuda, no las pongo, que no llego.", "no_money")
g2 = t("Ahora hay una deducción en la renta y una bonificación del IBI del ayuntamiento, el cincuenta por ciento durante tres años. ¿Usted hace la declaración?")
h2 = c("Me la hace mi hija. Lo del IBI no lo sabía.", None)
w2 = t("Mire, yo las puse el año pasado y estoy encantado, pago doce euros de luz. A mí me costaron seis mil y me devolvieron algo en la renta. Mi cuñado también las puso...")
x2 = c("Me alegro por usted. Pero a mí, ¿qué ayuda me toca?", None)
a3 = t("Le imprimo la hoja de la bonificación del IBI, la mitad durante tres años, y los requisitos de la deducción en la renta.")
b3 = c("Vale, me lo llevo y lo miramos en casa.", "think_it_over")
P.append(rpair("esb38r_f09_molina_ayuntamiento_ayudas_solares", "Town hall information desk, Molina de Segura (Murcia): resident asks about solar grants.",
 [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f10 fault: recommends before asking
o = c("buenas. oye que estamos tirando mucha fruta del buffet, casi un tercio. que me puedes ofrecer", None)
g1 = t("Buenas. ¿Qué fruta sobra más, y sobra entera o ya cortada?")
h1 = c("la sandia y el melon cortados, a media mañana ya estan feos. el platano y la manzana casi no se tiran", None)
w1 = t("Buenas. Le recomiendo pasarse a nuestra fruta cortada en bandejas de dos kilos, envasada; así no tira nada.")
x1 = c("cortada ya la tenemos y es la que mas tiramos, sandia y melon. la entera casi no se tira", None)
a2 = t("Entonces el problema es cortar demasiado de golpe. Le propongo sandía y melón en medias piezas, y que cocina corte bandejas pequeñas cada hora. Menos desperdicio y menos precio por kilo.")
b2 = c("eso lo tengo que hablar con el jefe de cocina, que van a tope", "think_it_over")
a3 = t("Si quiere, paso el jueves y lo hablamos los tres en diez minutos.")
b3 = c("vale el jueves a las 11", None)
P.append(rpair("esb38r_f10_puertocruz_fruta_buffet", "Fruit wholesaler, Puerto de la Cruz (Tenerife), WhatsApp: hotel buffet wastes fruit.",
 [o, g1, h1, a2, b2, a3, b3], [o, w1, x1, a2, b2, a3, b3]))

PAIRS = P

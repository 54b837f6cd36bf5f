"""esb33 ranked pairs f01-f10 (hand-written): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []
P = PAIRS.append

# f01: argues with the customer
o = c("Hola. Os llamo porque la fibra me va lentísima por las noches, y pago 600 megas.", None)
a1 = t("Hola. ¿Lo has medido con cable o por wifi? ¿Y desde cuándo pasa?")
b1 = c("Por wifi, con el móvil. Desde hace un par de semanas, más o menos.", None)
a2 = t("Vale. Por wifi es normal no ver los 600, pero si antes te iba bien, algo ha cambiado. ¿Me haces esta noche una prueba con cable?")
b2 = c("Vale, tengo un cable por ahí. Esta noche lo pruebo.", None)
x2 = t("Pues no puede ser. En el sistema tu línea está perfecta, da los 600. Será que no lo estás midiendo bien.")
y2 = c("Oye, que no soy tonto. Me va lenta, lo diga tu sistema o no.", None)
a3 = t("Te dejo abierta la incidencia 4471. Si con cable sale por debajo de 300, llamas y vamos directos al técnico.")
b3 = c("Vale, apuntado.", None)
P(rpair("esb33r_f01_fibra_lenta", "Fibre support call (Madrid): slow speed at night, measured over wifi.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f02: doubts the customer's honesty
o = c("Hola, buenas. Me he roto el tobillo jugando al pádel y quería congelar la cuota dos meses.", None)
a1 = t("Vaya, lo siento. Por lesión se puede congelar hasta tres meses. ¿Tienes el informe de urgencias?")
b1 = c("Sí, en el móvil. ¿Y eso cuesta algo? Que este mes ya me habéis cobrado.", None)
a2 = t("Con informe no cuesta nada. Mándamelo por aquí y lo congelo desde hoy.")
b2 = c("Te lo mando ya.", None)
x2 = t("Con informe no cuesta nada. Aunque se nos cuela mucha gente con informes de otros... mándamelo y ya comprobaremos si es tuyo.")
y2 = c("¿Perdona? Que voy con muletas, tío. Te lo mando, pero vaya tela.", None)
a3 = t("Listo: congelada del 3 de marzo al 3 de mayo. Si te recuperas antes, la reactivas desde la app.")
b3 = c("Genial. A ver si en mayo ya estoy dando guerra.", None)
P(rpair("esb33r_f02_gimnasio_congelar", "Gym front desk (Valencia): a member with a broken ankle asks to freeze his fee.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f03: drops the price before asking anything
o = c("Buenas. ¿Cuánto me cobraríais por cambiar el embrague de un Golf de 2012? En otro taller me piden 900.", None)
a1 = t("Buenas. Antes de darle precio, ¿qué le nota: patina, cuesta meter las marchas, hace ruido?")
b1 = c("Patina al subir cuestas, sobre todo en frío.", None)
x1 = t("Buenas. ¿900? Se lo dejo en 650 ahora mismo. Y ¿qué le nota, por cierto?")
y1 = c("¿650 sin verlo? Qué raro... Bueno, patina al subir cuestas, sobre todo en frío.", None)
a2 = t("¿Cuántos kilómetros tiene? ¿El embrague es el original?")
b2 = c("180.000, y es el original. Pero tampoco quiero gastarme 900 si no hace falta.", None)
a3 = t("Entonces es probable que sí. Lo pruebo en carretera diez minutos antes de tocar nada y le digo qué es.")
b3 = c("Vale, mañana a primera hora se lo traigo.", None)
P(rpair("esb33r_f03_taller_embrague", "Car workshop (Santiago de Compostela): a price request for a clutch on a high-mileage car.",
 [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3]))

# f04: an unasked lecture
o = c("Hola, quería cambiar la cuenta donde me cargáis los recibos de la luz, que me he cambiado de banco.", None)
a1 = t("Claro. ¿Me confirma el titular del contrato y el DNI?")
b1 = c("Alberto Ruiz Pazos. El DNI acaba en 456J.", None)
a2 = t("Gracias. ¿Me dicta el IBAN nuevo?")
b2 = c("ES21 0081 0200 1234 5678 9012.", None)
x2 = t("Gracias. Por cierto, mirando su consumo, debería poner la lavadora de noche y bajar la calefacción, que gasta más que la media. Bueno, ¿me dicta el IBAN?")
y2 = c("Oye, que solo llamaba por la cuenta, no te he pedido consejos. ES21 0081 0200 1234 5678 9012.", None)
a3 = t("Hecho. El próximo recibo, el del día 5, ya va a la cuenta nueva. Le llega la confirmación por correo.")
b3 = c("Perfecto, gracias.", None)
P(rpair("esb33r_f04_luz_cuenta", "Electricity company, phone (Madrid): a customer only wants to change his bank account.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f05: a vague next step
o = c("Hola, me estoy comprando un piso en Vigo y el banco me ofrece su seguro de hogar. Quería comparar con el vuestro.", None)
a1 = t("Hola. ¿Cuántos metros tiene y qué os ofrece el banco, a qué precio?")
b1 = c("85 metros. El del banco son 380 al año, y si no lo cojo me suben el tipo de la hipoteca.", None)
a2 = t("Es habitual. Nosotros, con las mismas coberturas, 240. Pero haz la cuenta: si te suben el diferencial un 0,1%, puede ser más que la diferencia.")
b2 = c("Ya... no sé. Tengo que hacer números con el banco antes de decidir.", "think_it_over")
a3 = t("Normal. Te mando hoy el presupuesto con las coberturas punto por punto, y el viernes te llamo para ver qué te ha dicho el banco. ¿A media mañana te va bien?")
b3 = c("El viernes a las once, vale.", None)
x3 = t("Normal. Pues nada, ya te diremos algo, o nos dices tú.")
y3 = c("Eh... vale. ¿Me mandáis algo por escrito al menos? Bueno, da igual, ya veré.", "brush_off")
P(rpair("esb33r_f05_seguro_hipoteca", "Home insurer, phone (Vigo): a buyer compares the bank's tied insurance with ours.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3]))

# f06: over-promises
o = c("Buenas tardes. Queremos vender el piso de Triana y necesitamos el dinero antes de verano, que hemos dado la señal de otra casa.", None)
a1 = t("Buenas tardes. ¿Cuánto pensáis pedir y de qué fecha exacta hablamos?")
b1 = c("Queremos 280.000. Y la otra la firmamos el 30 de junio.", None)
a2 = t("Son cuatro meses. Por lo que se vende en Triana, 280 es posible pero justo; a 265 iría más rápido. Plazos no os puedo garantizar, pero sí revisar el precio con vosotros cada tres semanas según las visitas.")
b2 = c("Nos da miedo bajar, la verdad. Pero vale, empezamos en 280 y vamos viendo.", None)
x2 = t("Tranquilos, a 280 en Triana os lo vendo en un mes, seguro. Eso os lo garantizo yo.")
y2 = c("¿En un mes? Otro agente nos dijo lo mismo con el piso de mi madre y tardó un año. No sé si fiarme.", "bad_experience")
a3 = t("Os preparo el encargo y el jueves vengo a hacer fotos. La comisión es un 3% más IVA, y solo si se vende.")
b3 = c("Un 3%... nos parece mucho, la verdad. Lo hablamos el jueves con el contrato delante.", "too_expensive")
P(rpair("esb33r_f06_inmobiliaria_venta", "Estate agency (Seville): sellers who must sell before a fixed completion date.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f07: closes before checking the thing works
o = c("Hola. Quiero pasarme con vosotros, que con mi compañía no tengo cobertura en casa, en Chelva.", None)
a1 = t("Hola. ¿Cuántas líneas serían y qué usáis más, llamadas o datos?")
b1 = c("Dos, la mía y la de mi mujer. Llamadas sobre todo, y el WhatsApp.", None)
a2 = t("Vale. Lo primero es que tengáis cobertura, que es por lo que os vais. Os doy dos tarjetas de prueba gratis una semana: si en casa funcionan, hacemos la portabilidad.")
b2 = c("Eso me gusta. Que una vez me cambié y fue peor.", None)
x2 = t("Vale. Pues os hago la portabilidad de las dos ahora mismo, 15 euros cada una, y en 24 horas estáis con nosotros.")
y2 = c("¿Y la cobertura? Que una vez me cambié y fue peor. No sé, no lo veo claro.", "bad_experience")
a3 = t("Os apunto los datos y el teléfono de la tienda. Cualquier cosa, me llamáis.")
b3 = c("Venga, gracias.", None)
P(rpair("esb33r_f07_movil_cobertura", "Phone shop (Valencia province): a couple switch operator because of no signal at their village home.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f08: recommends before asking
o = c("Hola, buenas. Últimamente veo borroso de cerca, me cuesta leer el móvil.", None)
a1 = t("Hola. ¿Cuántos años tiene? ¿Usa gafas ahora? ¿Le pasa también de lejos?")
b1 = c("Cuarenta y seis. Nunca he llevado gafas, y de lejos veo perfecto.", None)
x1 = t("Hola. Lo que necesita son unas progresivas. Las mejores que tenemos son estas, 450 euros con antirreflejante.")
y1 = c("¿450? Si solo me cuesta leer el móvil... ¿No me mira la vista antes?", "too_expensive")
a2 = t("Le hago ahora una revisión, son diez minutos y no cuesta nada.")
b2 = c("Vale, tengo tiempo.", None)
a3 = t("Es vista cansada, lo normal a su edad. De lejos está perfecto, así que le bastan unas gafas de cerca, desde 60 euros con cristales.")
b3 = c("Ah, pues mucho mejor. ¿Me enseñas monturas?", None)
P(rpair("esb33r_f08_optica_cerca", "Optician (Madrid): a 46-year-old with new trouble reading up close.",
 [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3]))

# f09: unexplained jargon
o = c("Hola, buenas. Queremos pedir una hipoteca y no entendemos nada de lo que nos ofrecen. Fija, variable, mixta...", None)
a1 = t("Hola. ¿A cuántos años la pedís y cómo de estables son vuestros ingresos?")
b1 = c("A 25 años. Yo soy funcionaria y él autónomo, así que lo suyo va a rachas.", None)
a2 = t("Con ingresos a rachas os conviene saber lo que pagáis cada mes. Con la fija la cuota no cambia nunca, 870 euros. La variable empieza en 790, pero puede subir si suben los tipos, como en 2023.")
b2 = c("Uf, subir no, que no llegamos. La fija, creo. Pero lo quiero hablar con él.", "think_it_over")
x2 = t("Os cuadra una mixta: TIN fijo del 2,6% cinco años y luego euríbor más 0,79 de diferencial, con bonificaciones por vinculación. TAE del 3,1.")
y2 = c("Eh... no he entendido nada. Mejor lo pienso y vuelvo con él.", "think_it_over")
a3 = t("Claro. Os preparo una hoja con la cuota mes a mes de cada opción y la vemos los tres el jueves.")
b3 = c("Vale, el jueves por la tarde.", None)
P(rpair("esb33r_f09_banco_hipoteca", "Bank branch (Valencia): a couple, one civil servant and one self-employed, choosing a mortgage type.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f10: talks about themselves
o = c("Hola, buenas. Venimos del Camino y la reserva es para mañana, me equivoqué de fecha. ¿Tenéis algo para esta noche?", None)
a1 = t("Vaya, lo que menos apetece después de caminar. ¿Cuántos sois? ¿Una doble?")
b1 = c("Dos, una doble. Y sin lujos, que después de un mes de camino vamos justitos de dinero.", None)
a2 = t("Tengo una doble interior esta noche, 65 con desayuno, y la reserva de mañana va a continuación, sin cambiaros de habitación.")
b2 = c("65 es algo más de lo que pensábamos... pero vale, solo queremos dormir.", "too_expensive")
x2 = t("Uy, yo hice el Camino Francés hace tres años y acabé con los pies destrozados, me acuerdo perfectamente... Bueno, tengo una doble interior esta noche, 65 con desayuno, y la de mañana va a continuación.")
y2 = c("Ya... oye, que estamos reventados. ¿Nos la das o no?", None)
a3 = t("Aquí tenéis la llave, la 112. El desayuno es de siete a once.")
b3 = c("Mil gracias.", None)
P(rpair("esb33r_f10_hotel_peregrinos", "Hotel reception (Santiago de Compostela): two tired pilgrims booked the wrong night.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

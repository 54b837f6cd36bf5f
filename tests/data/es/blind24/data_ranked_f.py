from common import c, rpair, t

# f01: drops the price before asking anything
a0 = c("Oiga, vengo a ver lo de mi plan. Estoy pagando 599 y me quiero cambiar de compañía.", "too_expensive")
a1 = t("Va, lo vemos. ¿Cuántos datos usa al mes y qué le pesa más, el precio o el servicio?")
a2 = c("Uso como 6 gigas. Es el precio: en la otra me ofrecen 399 con más gigas.", "too_expensive")
a1w = t("No se vaya, ahorita mismo le bajo el plan a 399, sin preguntas.")
a2w = c("Órale... ¿y por qué no me lo ofrecieron antes? Igual es mucho, uso como 6 gigas nomás.", "too_expensive")
a3 = t("Con 6 gigas le queda el plan de 349 con 10 gigas; mismo número y sin penalización, porque ya terminó su plazo.")
a4 = c("¿Neta? Nadie me había dicho que podía bajar de plan.", None)
a5 = t("Se lo cambio ahorita y desde el próximo corte paga 349. Le imprimo la comparación para que la revise.")
a6 = c("Ándale, sí, hágalo.", None)

# f02: doubts the customer's honesty
b0 = c("Buenas, ayer deposité cinco mil en el cajero de aquí y no me aparecen.", None)
b1 = t("Buenas. Vamos a rastrearlo. ¿Trae el comprobante que le dio el cajero?")
b2 = c("No me dio, decía que no tenía papel. Pero fue a las 7:20 de la noche, en el de la entrada.", None)
b3 = t("Sin comprobante también se puede: con la hora y el cajero pedimos el cuadre, y si sobró dinero se le abona. ¿Me confirma su número de cuenta?")
b4 = c("Sí, termina en 3318. ¿Y cuánto tarda?", None)
b3w = t("Mmm, sin comprobante no sé... ¿seguro que sí lo depositó? A veces la gente se confunde de cajero.")
b4w = c("¡Claro que lo deposité! ¿Me está diciendo mentiroso? Mi cuenta termina en 3318.", None)
b5 = t("Hoy se levanta la aclaración; el cuadre del cajero tarda de 3 a 5 días hábiles. Le doy el folio y mi extensión.")
b6 = c("Ese dinero es para surtir el puesto. Ni modo, espero. Gracias.", None)

# f03: an unasked lecture
e0 = c("hola, abren a las 6 am? quiero ir antes del trabajo", None)
e1 = t("¡Hola! Sí, abrimos a las 5:30. ¿Qué te gustaría hacer a esa hora?")
e2 = c("cardio y algo de pesas. tengo como 45 min antes de irme a la oficina", None)
e3 = t("Con 45 minutos te armamos una rutina corta de cardio y fuerza. El plan mañanero, de 5:30 a 12, cuesta $590.")
e4 = c("ah va, esta bien de precio", None)
e3w = t("Con 45 minutos se puede. Pero ojo: en ayunas pierdes músculo, el desayuno es la comida más importante, come avena y huevo y duerme 8 horas. El plan mañanero cuesta $590.")
e4w = c("ok... no te pregunte lo del desayuno jaja. pero va, el precio esta bien", None)
e5 = t("¿Quieres venir mañana a una clase de prueba gratis? Solo trae tu INE.")
e6 = c("mañana no puedo, tengo junta temprano. el jueves si", "no_time")
e7 = t("Listo, te apunto el jueves a las 6. Te mando la ubicación.")

# f04: a vague next step
g0 = c("Buenas, soy el del Tsuru blanco, el taxi. ¿Cómo va lo de la transmisión? Cada día parado pierdo.", None)
g1 = t("Buenas, don Chuy. Ya la abrimos: es el clutch y el collarín. La pieza no la tenemos aquí.")
g2 = c("¿Y cuánto me va a salir? Ya de por sí ando flojo de chamba.", None)
g3 = t("$3,200 con mano de obra. Es pieza genérica con garantía de 6 meses.")
g4 = c("Está pesado, la verdad, pero ni modo, lo ocupo para trabajar. ¿Cuándo queda?", "no_money")
g5 = t("La pieza llega mañana a las 10 y se lo entrego el jueves a las 2. Mañana a las 12 le marco para confirmarle.")
g6 = c("Va, jueves a las 2. Espero su llamada.", None)
g5w = t("La pieza ya está pedida. En cuanto llegue, le avisamos.")
g6w = c("¿Pero más o menos cuándo? ¿Mañana, la otra semana? Necesito saber para ver qué hago.", None)

# f05: over-promises
h0 = c("hola, me pueden prestar 20 mil? nunca he tenido tarjeta ni nada", None)
h1 = t("¡Hola! Te explico cómo funciona. ¿Para qué lo necesitas y cómo recibes tus ingresos?")
h2 = c("para una plancha nueva para mi puesto de tacos. todo es en efectivo, no tengo recibos", None)
h3 = t("Sin historial, el primer préstamo suele ser de $3,000 a $8,000 y va subiendo si pagas a tiempo. Los 20 mil no te los puedo prometer. Solicitar no afecta tu buró.")
h4 = c("ah ok, pues con 8 me compro una usada. como la pido?", None)
h3w = t("¡Claro! Con nosotros se aprueba seguro: en 10 minutos tienes tus 20 mil en la cuenta, sin importar el historial.")
h4w = c("a poco? va, a ver. como la pido?", None)
h5 = t("Descarga la app, sube tu INE y una selfie, y te damos respuesta al momento.")
h6 = c("sale, ahorita la hago. ya me habian rechazado en otra app, ojala aqui si", "bad_experience")

# f06: closes before checking the thing works
k0 = c("Buenas, tengo una ferretería y quiero un sistema de cobro. Vendo clavos y alambre por kilo, con báscula.", None)
k1 = t("Buenas. ¿Qué báscula tiene, marca y modelo? ¿Y cuántas cajas de cobro?")
k2 = c("Una Torrey, creo que la L-EQ. Una sola caja. Ahorita cobro con calculadora.", None)
k3 = t("El sistema cuesta $4,900 de licencia más $250 al mes de soporte. Incluye inventario y cortes de caja.")
k4 = c("Mmm, está bien de precio. Pero lo que más me urge es lo de la báscula.", None)
k5 = t("Antes de que pague, vamos a su local: conectamos la báscula y, si no lee el peso, no le vendo nada.")
k6 = c("Me parece justo. ¿Pueden ir el sábado?", None)
k5w = t("Perfecto, entonces le genero la factura y le instalo el lunes. ¿Le parece?")
k6w = c("Espérese, ¿seguro que sirve con mi báscula? No quiero pagar y que luego no jale; ya me pasó con una terminal.", "bad_experience")

# f07: unexplained jargon
m0 = c("Buenas tardes, joven. Se me congelan las videollamadas con mis nietos, los que viven en Texas.", None)
m1 = t("Buenas tardes, señora. ¿Desde dónde hace las llamadas, cerca del módem o en otro cuarto?")
m2 = c("En la recámara; el aparatito está en la sala. Como a dos cuartos.", None)
m3 = t("Entonces la señal se debilita con las paredes. Podemos poner un segundo aparatito, un repetidor, en el pasillo, y la señal llega fuerte a la recámara.")
m4 = c("Ah, ya entendí. ¿Y eso cuánto cuesta?", None)
m3w = t("Ok, lo que pasa es que tiene mucha latencia y el RSSI está bajo en la banda de 5 GHz. Le conviene un mesh o un AP en modo bridge.")
m4w = c("¿Mande? Ay, joven, no le entendí nada. ¿Eso cuánto cuesta?", None)
m5 = t("Son $49 al mes con instalación gratis, o $899 si lo compra. Un técnico puede ir el viernes en la mañana.")
m6 = c("El viernes sí. Mejor los 49 al mes, que si se descompone no sea problema mío.", None)

# f08: talks about themselves
n0 = c("Buenas, necesito un traje para una entrevista de trabajo. Es en un banco, el lunes.", None)
n1 = t("Buenas, qué buena noticia. ¿Qué presupuesto trae? ¿Ya tiene zapatos y camisa?")
n2 = c("Como tres mil, más no puedo. Zapatos sí, camisa no.", None)
n3 = t("Con tres mil le alcanza un traje azul marino de $2,400 y una camisa blanca de $490. El azul marino va con todo y luego le sirve para el trabajo.")
n4 = c("Va, me lo mido.", None)
n3w = t("Uy, yo cuando entré aquí llegué en jeans, ja, y mi jefa casi me corre. Luego me compré mi primer traje, uno gris, y me fue súper. Bueno, le enseño uno azul marino de $2,400 y una camisa de $490.")
n4w = c("Ah... ok. Sí, enséñemelo, traigo algo de prisa.", None)
n5 = t("Pásele al probador. Si el pantalón le queda largo, el dobladillo queda para el sábado, sin costo.")
n6 = c("Me queda bien. ¿Lo puedo pagar a meses con tarjeta? Ando justo hasta que me paguen.", None)
n7 = t("Sí, a 3 meses sin intereses. Mucha suerte el lunes.")

# f09: argues with the customer
p0 = c("Vengo a renovar el seguro del coche, pero le digo: el año pasado el siniestro tardó dos meses en pagarse.", "bad_experience")
p1 = t("Buenas. Déjeme ver su póliza. ¿Qué pasó en ese siniestro?")
p2 = c("Me chocaron por atrás. El ajustador llegó tarde y luego tardaron un montón en pagarle al taller.", None)
p3 = t("Dos meses es demasiado, tiene razón, y lo siento. Aquí veo el retraso con el taller en su expediente.")
p4 = c("Pues sí, anduve dos meses en Uber. ¿Y este año qué me garantiza que no pasa igual?", "bad_experience")
p3w = t("Bueno, pero dos meses no es tanto: el contrato dice hasta 30 días hábiles y luego el taller también se tarda. No fue culpa de la aseguradora.")
p4w = c("Pues para mí sí fue mucho, anduve dos meses en Uber. ¿Y este año qué me garantiza que no pasa igual?", "bad_experience")
p5 = t("Puede elegir taller de agencia, que le paga directo la aseguradora; cuesta $1,100 más al año. Le cotizo las dos opciones para que compare.")
p6 = c("Está caro lo de la agencia, pero cotíceme las dos y lo pienso.", "think_it_over")

# f10: recommends before asking
q0 = c("Buenas, vengo a preguntar por clases para mi hijo, tiene 16.", None)
q1 = t("Buenas. ¿Qué le gustaría a él, o a usted, que le dieran las clases?")
q2 = c("Pues... lo molestan en la prepa. Quiero que agarre confianza, no que se pelee.", None)
q1w = t("Le recomiendo el box, es lo que más piden los chavos. Tres días por semana, $750.")
q2w = c("Eh... no sé si box. Lo molestan en la prepa y no quiero que ande peleándose.", "no_need")
q3 = t("Entiendo. Le puede servir jiu-jitsu o el grupo de acondicionamiento; en los dos se trabaja la confianza, sin golpes a la cara. ¿Él qué dice?")
q4 = c("No le he dicho, la verdad. Es medio penoso, no sé si quiera. Lo tengo que platicar con él.", "think_it_over")
q5 = t("Tráigalo a ver una clase, sin uniforme ni nada, y que él escoja. Si no le late, no pasa nada.")
q6 = c("Eso sí. El sábado lo traigo, a ver qué dice.", None)

PAIRS = [
rpair("esb24r_f01_gdl_celular_plan", "Phone shop, Guadalajara. A customer paying 599 a month wants to switch carriers.",
 [a0, a1, a2, a3, a4, a5, a6], [a0, a1w, a2w, a3, a4, a5, a6]),
rpair("esb24r_f02_mty_banco_deposito", "Bank branch, Monterrey. A market vendor's ATM cash deposit of 5,000 pesos has not appeared.",
 [b0, b1, b2, b3, b4, b5, b6], [b0, b1, b2, b3w, b4w, b5, b6]),
rpair("esb24r_f03_cdmx_gym_horario", "Gym WhatsApp, Mexico City. An office worker wants to train at 6 am before work.",
 [e0, e1, e2, e3, e4, e5, e6, e7], [e0, e1, e2, e3w, e4w, e5, e6, e7]),
rpair("esb24r_f04_mty_taller_transmision", "Car repair shop, Monterrey, phone. A taxi driver loses money every day his car is off the road.",
 [g0, g1, g2, g3, g4, g5, g6], [g0, g1, g2, g3, g4, g5w, g6w]),
rpair("esb24r_f05_cdmx_app_prestamo", "Lending app chat, Mexico City. A taco vendor with no credit history wants 20,000 pesos for a griddle.",
 [h0, h1, h2, h3, h4, h5, h6], [h0, h1, h2, h3w, h4w, h5, h6]),
rpair("esb24r_f06_gdl_ferreteria_pos", "Point-of-sale software, B2B, Guadalajara. A hardware shop sells nails and wire by weight.",
 [k0, k1, k2, k3, k4, k5, k6], [k0, k1, k2, k3, k4, k5w, k6w]),
rpair("esb24r_f07_mty_internet_lento", "Internet provider phone line, Monterrey. A retired teacher's video calls to her grandchildren freeze.",
 [m0, m1, m2, m3, m4, m5, m6], [m0, m1, m2, m3w, m4w, m5, m6]),
rpair("esb24r_f08_gdl_depto_traje", "Department store, Guadalajara. A young man needs a suit for a bank job interview on Monday.",
 [n0, n1, n2, n3, n4, n5, n6, n7], [n0, n1, n2, n3w, n4w, n5, n6, n7]),
rpair("esb24r_f09_cdmx_seguro_auto", "Bank branch insurance desk, Mexico City. A customer renewing car insurance had a slow claim last year.",
 [p0, p1, p2, p3, p4, p5, p6], [p0, p1, p2, p3w, p4w, p5, p6]),
rpair("esb24r_f10_mty_gym_clases_hijo", "Gym and martial-arts school, Monterrey. A father asks about classes for his 16-year-old son.",
 [q0, q1, q2, q3, q4, q5, q6], [q0, q1w, q2w, q3, q4, q5, q6]),
]

from common import c, rpair, t

# f01 argues with the customer
a0 = c("Buenas, desde que actualicé el celular la batería no me dura ni medio día.", None)
a1 = t("Buenas. ¿Qué modelo es y cuándo lo actualizó?")
a2 = c("Un Redmi Note 12, la semana pasada. Antes me duraba todo el día.", None)
a5 = t("Aquí está: Facebook gasta el 40% en segundo plano. Le desactivo eso; si mañana sigue igual, revisamos la batería, el cambio cuesta 35.")
a6 = c("35 ahorita no tengo... pero probemos con lo de Facebook primero.", "no_money")

# f02 doubts the customer's honesty
b0 = c("Buenos días. Ayer deposité 200 en ventanilla y hoy no me aparece en la cuenta. Aquí tengo el comprobante.", None)
b1 = t("Buenos días. Permítame el comprobante, por favor.")
b2 = c("Aquí está. Es para la cuota del crédito, que vence hoy.", None)
b5 = t("Está registrado: entró después del cierre y se acredita hoy a las 12. No hay mora, el comprobante es de ayer. Le firmo una constancia.")
b6 = c("Ya, gracias. Fírmela por si acaso.", None)

# f03 drops the price before asking anything
e0 = c("buenas, quiero cambiarme de operadora. cuanto esta el plan de 15 gigas", None)
e3 = t("Déjeme ver Puerto Bolívar... hay antena nueva en el muelle, 4G buena. Le presto un chip de prueba tres días antes de la portabilidad.")
e4 = c("bacan. la vez pasada me cambie y me amarraron un año con contrato", "bad_experience")
e5 = t("Este es sin permanencia: si no le gusta, se va cuando quiera. Pruebe el chip y me escribe.")
e6 = c("ya, paso por el chip en la tarde", None)

# f04 an unasked lecture
h0 = c("Buenas, un casco para moto, algo no tan caro. El mío se rajó.", None)
h1 = t("Buenas. ¿Qué talla usa? ¿Lo quiere cerrado o abierto?")
h2 = c("Cerrado, talla M creo. Ando en la moto todo el día, hago carreras.", None)
h5 = t("El de 30 no tiene certificación. Si quiere, el de 45 se lo dejo en dos pagos, hoy y en quince días.")
h6 = c("Ya, en dos pagos sí. Me lo llevo.", None)

# f05 a vague next step
k0 = c("Buenas, tengo un departamento en Santa Marianita y quiero arrendarlo por temporada. ¿Ustedes lo manejan?", None)
k1 = t("Buenas. Sí. ¿Cuántos cuartos tiene, está amoblado, y qué fechas lo quiere libre para usted?")
k2 = c("Dos cuartos, amoblado. Libre en diciembre, que vienen mis hijos de España.", None)
k3 = t("Cobramos el 20% de lo arrendado, con limpieza y check-in incluidos. En temporada alta saca unos 90 la noche.")
k4 = c("20% es bastante, ah. Una señora de Facebook me cobraba 15.", "too_expensive")

# f06 over-promises
m0 = c("buenas, me mude a los ceibos y necesito internet urgente, el lunes empiezo a trabajar desde casa", None)
m1 = t("Buenas. Déjeme ver cobertura. ¿Me da la dirección exacta?")
m2 = c("los ceibos, calle quinta, manzana 12. es casa", None)
m3 = t("Hay cobertura. El plan de 200 megas está en 28 y la instalación es gratis.")
m4 = c("28 ta bien, pago lo mismo en el departamento de antes. lo importante es que este antes del lunes", None)

# f07 closes before checking the thing works
n0 = c("Buenas, quiero una ecosonda para mi lancha. Un pana tiene una Garmin y encuentra el pescado de ley.", None)
n1 = t("Buenas. ¿La lancha es de fibra, de cuántos pies? ¿A qué profundidad pesca?")
n2 = c("De fibra, 28 pies. Pesco a unos 80 metros, a veces más.", None)
n3 = t("Para 80 metros la Striker 4 alcanza bien. Sale en 260 con el transductor.")
n4 = c("260, ya. Mi pana la compró en Colombia y dice que le dura cinco años.", None)

# f08 recommends before asking
p0 = c("Buenas, quería unos lentes. Ya no veo bien de cerca, no puedo leer el celular.", None)
p3 = t("Primero hay que medir la vista: el examen aquí es gratis y toma quince minutos. ¿Tiene tiempo ahora?")
p4 = c("Ahorita no, tengo el carro mal parqueado. ¿Mañana temprano?", "no_time")
p5 = t("Mañana a las 9. Con la medida le digo si bastan lentes de lectura, que salen desde 35.")
p6 = c("Ya, mañana a las 9.", None)

# f09 unexplained jargon
q0 = c("Buenas, me dijeron que ustedes ponen sensores para ver el oxígeno de las piscinas desde el celular.", None)
q1 = t("Buenas. Sí. ¿Cuántas piscinas tiene y hay señal de celular en la finca?")
q2 = c("Seis piscinas en Chongón. Señal hay, pero floja.", None)
q5 = t("Los seis sensores con la antena salen en 3.900, más 40 al mes. Si quiere, instalamos uno de prueba en una piscina por un mes, a 150.")
q6 = c("Ya, hagamos la prueba de un mes en la piscina dos.", None)

# f10 talks about themselves
s0 = c("Buenas, quiero un préstamo chiquito para mi puesto de pescado frito en Las Palmas. Necesito una cocina industrial.", None)
s1 = t("Buenas. ¿Cuánto cuesta la cocina y cuánto vende en un día normal?")
s2 = c("La cocina está en 650. Vendo unos 80 diarios, más los fines de semana.", None)
s5 = t("Entonces rápido: cédula, planilla de luz y la cédula de su garante. Si me los trae mañana, la cocina la compra el viernes.")
s6 = c("En otra cooperativa me cobraron unos intereses de locura y me atrasé. ¿Aquí es igual?", "bad_experience")
s7 = t("La tasa aquí es 18% anual. Se la muestro por escrito, con todas las cuotas, antes de que firme.")

PAIRS = [
rpair("esb47r_f01_guayaquil_bateriacelular", "A customer's phone battery drains fast since an update (phone shop counter).",
[a0, a1, a2, t("Pasa después de algunas actualizaciones: a veces una app se queda gastando. Déjeme revisar el consumo por aplicación."),
c("Ya, revise nomás.", None), a5, a6],
[a0, a1, a2, t("No, eso no es por la actualización, las actualizaciones mejoran la batería. Seguro es algo que usted hace."),
c("Oiga, le digo que antes me duraba todo el día. ¿Me va a revisar o no?", None), a5, a6]),

rpair("esb47r_f02_manta_depositocooperativa", "A member's deposit is not showing and her loan payment is due today (cooperative counter).",
[b0, b1, b2, t("Gracias. Lo reviso en el sistema, deme un minuto."),
c("Ya, gracias. Es que me preocupa la mora.", None), b5, b6],
[b0, b1, b2, t("Mmm. A veces traen comprobantes que no son de aquí. ¿Seguro que depositó en esta cooperativa?"),
c("¿Me está diciendo mentirosa? Tiene el sello de ustedes, mire bien.", None), b5, b6]),

rpair("esb47r_f03_machala_portabilidad", "A customer wants to switch mobile operator and asks the price of a 15 GB plan (WhatsApp).",
[e0, t("Buenas. Sale en 18 al mes. ¿Qué uso le da, más redes o llamadas? ¿Y qué no le gusta de su operadora?"),
c("redes y videos. la otra me cobra 16 y la señal en puerto bolivar es pesima", None), e3, e4, e5, e6],
[e0, t("Buenas. Está en 18, pero si se cambia hoy se lo dejo en 14 con descuento especial."),
c("ah ya. y por que tan rapido el descuento? la otra me cobra 16 y la señal en puerto bolivar es pesima", None), e3, e4, e5, e6]),

rpair("esb47r_f04_guayaquil_cascomoto", "A motorcycle taxi rider wants an affordable full-face helmet (shop counter).",
[h0, h1, h2, t("Para todo el día, uno cerrado con buena ventilación, por el calor. Este certificado está en 45; pruébeselo."),
c("Uy, 45. Pensaba gastar unos 30.", "too_expensive"), h5, h6],
[h0, h1, h2, t("¿Sabe que los motociclistas son los que más se matan en Guayaquil? Se meten entre los carros, no respetan nada; tienen que ser responsables. Este certificado está en 45."),
c("Yo vine por un casco, no por un sermón. Y 45 es mucho, pensaba unos 30.", "too_expensive"), h5, h6]),

rpair("esb47r_f05_santamarianita_arriendotemporada", "An owner wants an agency to manage seasonal rentals of his beach flat (phone).",
[k0, k1, k2, k3, k4, t("Esa diferencia cubre limpieza y daños. Si le parece, voy el jueves a las 10 a tomar fotos y el lunes le mando el anuncio para que lo apruebe."),
c("Ya, el jueves a las 10 le espero.", None)],
[k0, k1, k2, k3, k4, t("Esa diferencia cubre limpieza y daños. Bueno, lo vemos y cualquier cosa le aviso."),
c("¿Cómo que cualquier cosa? Quiero saber cuándo empezamos. Mejor sigo viendo otras opciones.", "think_it_over")]),

rpair("esb47r_f06_guayaquil_instalacionfibra", "A customer who starts remote work on Monday needs home internet installed urgently (chat).",
[m0, m1, m2, m3, m4, t("Le digo la verdad: la agenda está en 3 a 5 días hábiles, puede caer el lunes mismo. Lo ingreso hoy con prioridad y, si no llega, le presto un módem 4G."),
c("ya, me parece honesto. ingreselo", None)],
[m0, m1, m2, m3, m4, t("Tranquilo, mañana mismo se lo instalan, eso es seguro, cien por ciento."),
c("bacan, entonces cancelo lo del otro proveedor y me quedo con ustedes", None)]),

rpair("esb47r_f07_esmeraldas_ecosonda", "A fisherman wants a fish finder like his friend's for his fibreglass boat (shop counter).",
[n0, n1, n2, n3, n4, t("Bien. Antes de cobrarle: el transductor va en el espejo. Mándeme una foto de la popa para ver si calza; si instalada no marca bien, se la cambio."),
c("Ya, le mando foto de la popa ahorita.", None)],
[n0, n1, n2, n3, n4, t("Aquí tiene garantía. ¿La facturo a su nombre? Firme aquí y llévesela."),
c("Ya... ¿y si no le calza a mi lancha? La popa tiene un escalón.", None)]),

rpair("esb47r_f08_guayaquil_optica", "A 47-year-old can no longer read his phone and wants glasses (optician's counter).",
[p0, t("Buenas. ¿Tiene una medida reciente? ¿Le cuesta solo de cerca o también de lejos, manejando?"),
c("Medida no tengo. De lejos veo bien, solo de cerca. Tengo 47 años.", None), p3, p4, p5, p6],
[p0, t("Buenas. Le recomiendo progresivos fotocromáticos con antirreflejo, 280, lo mejor para su edad."),
c("¿280? Si solo quiero leer el celular. Y ni me ha preguntado nada.", "too_expensive"), p3, p4, p5, p6]),

rpair("esb47r_f09_chongon_sensoresoxigeno", "A shrimp farmer asks about pond oxygen sensors read from a phone (phone call).",
[q0, q1, q2, t("Con señal floja, ponemos una antena en la casa de la finca que junta los datos de los seis sensores y los manda por internet. Si se cae la señal, se guardan y se envían después."),
c("Ah, ya entiendo. ¿Y cuánto sale eso?", None), q5, q6],
[q0, q1, q2, t("Con señal floja, ponemos un gateway LoRaWAN con backhaul 4G, telemetría MQTT con buffer local y SLA de 99,9."),
c("No le entendí nada, ingeniero. ¿Eso funciona allá o no?", None), q5, q6]),

rpair("esb47r_f10_esmeraldas_microcredito", "A fried-fish vendor asks a cooperative for a small loan for an industrial stove (counter).",
[s0, s1, s2, t("Con 80 diarios, una cuota de unos 60 al mes se maneja sin apretarla. ¿Tiene a alguien que le sirva de garante?"),
c("Mi hermana, que trabaja en el municipio. Pero tengo que volver al puesto en media hora.", None), s5, s6, s7],
[s0, s1, s2, t("¡Qué bacán! Mi mamá tenía un puesto de encocado en el malecón, yo crecí ahí, vendíamos full los domingos, uf, qué tiempos. Con 80 diarios, una cuota de 60 se maneja. ¿Tiene garante?"),
c("Ya... qué bien. Sí, mi hermana. Es que tengo que volver al puesto en media hora.", None), s5, s6, s7]),
]

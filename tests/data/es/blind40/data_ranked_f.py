"""esb40 ranked pairs f01-f10: the sides share every turn except one fault in worse and the reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
o = c("Hola. Los crampones que me vendisteis son malos: se mueven en la bota.", None)
a = t("Vaya. ¿Los has traído con las botas? Déjame ver.")
b = c("Aquí están. Y no es el ajuste, eh, que lo hice con las instrucciones.", None)
e = t("Ponte la bota y da unos pasos por la rampa. Si en la primera salida notas algo, vuelve y lo miramos.")
f = c("Vale. Pero si se vuelven a mover, me devolvéis el dinero, que ya me pasó con otros.", "bad_experience")
PAIRS.append(rpair(
 "esb40r_f01_benasque_tienda_crampones",
 "A climber returns to a Benasque mountain shop saying the crampons he bought are faulty; the bar is set for a bigger boot.",
 [o, a, b,
  t("Vamos a comprobarlo juntos. La barra está en el agujero largo; con tu 42 va en el corto. Lo cambio y pruébalo."),
  c("A ver... Ahora no se mueve nada. Pues sería eso.", None), e, f],
 [o, a, b,
  t("Que sí es el ajuste, hombre. Estos crampones son de los mejores y no se mueven. La barra está en el largo y va en el corto: no son malos."),
  c("Vale, vale, tampoco hace falta ponerse así.", None), e, f]))

# f02: doubts the customer's honesty
o = c("Buenas noches. Acabamos de entrar en la 214 y las sábanas tienen manchas. Y hay pelos en la ducha.", None)
a = t("Buenas noches. Lo siento mucho. ¿Han tocado algo o está tal cual?")
b = c("Tal cual. Ni nos hemos sentado. Traemos a los niños, que están reventados del viaje.", None)
e = t("Aquí tienen la llave. Mañana en el desayuno les invito al café, para compensar.")
f = c("Vale. Buenas noches.", None)
PAIRS.append(rpair(
 "esb40r_f02_cambrils_hotel_habitacion",
 "A family arriving late at a Cambrils hotel reports a dirty room at reception.",
 [o, a, b,
  t("No tienen por qué esperar ahí. Les doy ahora la 310, ya revisada, y mando a revisar la 214."),
  c("Ah, perfecto. Gracias.", None), e, f],
 [o, a, b,
  t("Qué raro, la 214 la revisó la gobernanta esta tarde. ¿Seguro que las manchas no son de ahora, con las maletas? Bueno, les doy la 310."),
  c("¿Me está llamando mentirosa? Estaba así. Denos la otra y ya.", None), e, f]))

# f03: drops the price before asking anything
o = c("Hola, tengo una tienda gourmet en Gràcia. Me interesan vuestros piquillos y la menestra en tarro. ¿Precios?", None)
e = t("Con 60 de cada, portes pagados a partir de 200 €. Te mando unos tarros de muestra para que los pruebes en tienda.")
f = c("Vale, mándamelos y según lo que digan los clientes, decido. ¿Caducidad? Que roto despacio.", "think_it_over")
g = t("Un año desde fábrica; te llegan con ocho meses como mínimo. Salen el lunes.")
PAIRS.append(rpair(
 "esb40r_f03_calahorra_conservas_tienda",
 "A Barcelona delicatessen owner asks a Calahorra cannery for prices of jarred peppers and vegetables.",
 [o,
  t("Hola. El piquillo de 290 g, 3,10 € la unidad; la menestra, 3,80. ¿Qué cliente tienes y cuánto moverías?"),
  c("Barrio con poder adquisitivo y turistas. Unas 60 unidades al mes de cada uno, para empezar.", None), e, f, g],
 [o,
  t("Hola. El piquillo, 3,10, pero a ti te lo dejo en 2,60, y la menestra en 3,20. Un descuentazo para empezar."),
  c("Hombre, ¿y tanto descuento? ¿Tan mal se venden? Unas 60 al mes de cada uno.", None), e, f, g]))

# f04: an unasked lecture
o = c("Buenas. ¿Cuánto cuesta un blanqueamiento? Tengo una boda en junio.", None)
a = t("Buenas. En clínica, 290 €, con revisión previa. ¿Ha tenido sensibilidad en los dientes alguna vez?")
b = c("Un poco con el frío. Y fumo, eso sí, unos cinco al día.", None)
e = t("El 14 de abril a las 17:00 para la revisión, y el blanqueamiento una semana después.")
f = c("Perfecto. ¿Se puede pagar en dos veces? Que este mes voy pillada.", "no_money")
g = t("Sí: mitad en la revisión y mitad el día del blanqueamiento.")
PAIRS.append(rpair(
 "esb40r_f04_huesca_dental_blanqueamiento",
 "A woman asks a Huesca dental clinic about teeth whitening before a wedding; she mentions she smokes.",
 [o, a, b,
  t("Con algo de sensibilidad ponemos antes un gel protector. Y con tabaco el resultado dura menos; se lo digo para que lo sepa."),
  c("Vale, lo tengo en cuenta. ¿Hay cita antes de mayo?", None), e, f, g],
 [o, a, b,
  t("Bueno, lo del tabaco... Cinco al día multiplican el riesgo de periodontitis, cáncer oral, pérdida de hueso. Debería dejarlo, no por el blanqueamiento, por su salud."),
  c("Ya, ya, mi médico me lo dice cada mes. Yo preguntaba por el blanqueamiento. ¿Hay cita antes de mayo?", None), e, f, g]))

# f05: a vague next step
o = c("Buenas. La furgoneta hace un ruido raro al frenar, como un chirrido. La necesito para trabajar, soy fontanero.", None)
a = t("Buenas. ¿Chirría siempre o solo al frenar fuerte? ¿Desde cuándo?")
b = c("Siempre que freno. Desde hace una semana. Y vibra un poco el volante.", None)
d = t("Suena a pastillas gastadas y quizá discos. La subimos al elevador ahora, diez minutos.")
e = c("Vale. ¿Y cuánto sería si hay que cambiar? Que en el otro taller me clavaron 400 por lo mismo.", None)
PAIRS.append(rpair(
 "esb40r_f05_sabadell_taller_furgoneta",
 "A plumber brings his van to a Sabadell garage because the brakes squeal; he needs it for work.",
 [o, a, b, d, e,
  t("Pastillas, unos 120; con discos, 290. Si me la dejas mañana a las 8, a la 1 la tienes, y antes de tocar los discos te llamo."),
  c("Perfecto, mañana a las 8 la traigo.", None)],
 [o, a, b, d, e,
  t("Pastillas, unos 120; con discos, 290. Déjamela cuando puedas y ya te diremos algo cuando esté."),
  c("¿Cuando esté? Sin furgoneta no trabajo. Necesito saber cuándo.", None)]))

# f06: over-promises
o = c("Hola. Somos una empresa de Zaragoza, 40 personas. Queremos un día de esquí el 5 de diciembre con forfait y comida.", None)
a = t("Hola. Para grupos de más de 30, forfait y menú en pistas, 68 € por persona. ¿Cuántos esquían y cuántos empiezan?")
b = c("La mitad no ha esquiado nunca. Y la fecha no se puede mover, es el día de la empresa.", None)
e = t("La comida se cierra diez días antes; hasta entonces podéis cancelar sin coste.")
f = c("Vale. Mándame la propuesta y la reviso con mi jefe.", "think_it_over")
PAIRS.append(rpair(
 "esb40r_f06_cerler_forfait_empresa",
 "A company organiser asks a Cerler ski resort about a staff ski day on a fixed date early in the season.",
 [o, a, b,
  t("Para los principiantes, dos horas de clase por 22 € más. Eso sí, el 5 de diciembre es principio de temporada: si falta nieve, os devolvemos el forfait."),
  c("Bien saberlo. ¿Y la comida, si se cancela?", None), e, f],
 [o, a, b,
  t("Para los principiantes, dos horas de clase por 22 € más. Y tranquilo: el 5 de diciembre está todo abierto seguro, aquí siempre hay nieve para el puente."),
  c("Perfecto, así lo vendo a dirección. ¿Y la comida cómo va?", None), e, f]))

# f07: closes before checking the thing works
o = c("Bon dia. Somos la cooperativa de Valls. Queremos una impresora de etiquetas para el aceite. Trabajamos con el programa Agrosoft.", None)
a = t("Bon dia. Para botellas de 75 cl y garrafas de 5 litros, la LT-400 va bien: 890 €. ¿Cuántas etiquetas imprimís al día?")
b = c("En campaña, unas 2.000. Y llevan lote y fecha, que salen del programa.", None)
e = t("Os llevo yo la máquina el martes y la configuro con vuestro técnico.")
f = c("Vale, el martes por la mañana estamos.", None)
PAIRS.append(rpair(
 "esb40r_f07_valls_coop_etiquetadora",
 "An olive-oil cooperative in Valls wants a label printer that must print batch codes from its software.",
 [o, a, b,
  t("Entonces lo clave es que el Agrosoft le pase el lote. Antes de pedirla, os dejo la de demostración una semana y comprobamos que imprime desde vuestro programa."),
  c("Eso me parece bien, no vaya a ser.", None), e, f],
 [o, a, b,
  t("Con 2.000 al día va sobrada. Os la pido hoy y la tenéis el martes. ¿Lo hacemos por transferencia?"),
  c("¿Seguro que va con Agrosoft? La última impresora no leía el programa y acabamos escribiendo el lote a mano.", "bad_experience"), e, f]))

# f08: recommends before asking
o = c("Hola. Acabo de empezar a trabajar en el puerto y me piden una cuenta para la nómina.", None)
e = t("Con la nómina domiciliada, la cuenta básica no tiene comisiones y lleva tarjeta de débito y Bizum. Podrías cerrar la otra.")
f = c("Eso sí. ¿Qué tengo que traer?", None)
g = t("DNI y el contrato. Si los traes, lo dejamos hecho en veinte minutos.")
h = c("Vale, pero hoy no me da tiempo, entro a las tres. Vengo el lunes.", "no_time")
PAIRS.append(rpair(
 "esb40r_f08_tarragona_banco_cuenta",
 "A young woman starting her first job at the port of Tarragona asks a bank for an account for her salary.",
 [o,
  t("¡Enhorabuena! ¿Tienes ya cuenta en otro banco? ¿Y qué usas más, tarjeta, Bizum, efectivo?"),
  c("Tengo una de estudiante, pero me cobran 6 euros al mes. Uso Bizum para todo.", None), e, f, g, h],
 [o,
  t("¡Enhorabuena! Te abro la Cuenta Plus con tarjeta de crédito y seguro de vida, que para una nómina es lo mejor."),
  c("¿Tarjeta de crédito y seguro? Yo solo quiero cobrar. Tengo una de estudiante que me cobra 6 euros y uso Bizum.", "no_need"), e, f, g, h]))

# f09: unexplained jargon
o = c("Buenas. Tenemos una fábrica de calzado en Arnedo, 25 personas. Los pedidos por tallas y colores nos lían en el Excel. ¿Vuestro programa lo resuelve?", None)
a = t("Buenas. ¿Cuántos modelos sacáis por temporada y cuántas tallas por modelo?")
b = c("Unos 40 modelos, del 35 al 46, y cuatro o cinco colores cada uno.", None)
e = t("Le preparo una demo con dos de sus modelos reales. ¿Le va el jueves a las diez en la fábrica?")
f = c("El jueves a las diez, vale. Aunque ya probamos un programa de estos y lo dejamos a los tres meses.", "bad_experience")
PAIRS.append(rpair(
 "esb40r_f09_arnedo_calzado_erp",
 "A shoe manufacturer in Arnedo asks a software vendor whether its program handles orders by size and colour.",
 [o, a, b,
  t("Con eso, cada modelo es una ficha con su cuadro de tallas y colores: mete el pedido en una pantalla y le dice cuántos pares cortar de cada."),
  c("Eso es lo que necesito. ¿Lo podemos ver funcionando?", None), e, f],
 [o, a, b,
  t("Sí: el módulo de matrices de SKU con explosión de BOM por variante, integrado vía API con el MRP y el SGA."),
  c("Perdone, pero no he entendido nada. ¿Eso quiere decir que sí?", None), e, f]))

# f10: talks about themselves instead of the customer
o = c("Hola. Yo soy holandesa, vivo en Sitges desde seis meses. Quiero mejorar mi español para hablar con los vecinos y en el médico.", None)
a = t("¡Hola! ¿Qué situaciones le cuestan más ahora mismo?")
b = c("Entender cuando hablan rápido. Y en el médico tengo miedo de no entender las cosas importantes.", None)
e = t("El grupo de conversación B1, martes y jueves por la mañana, 120 € al mes. ¿Quiere una clase de prueba gratis?")
f = c("Sí, pero el martes no puedo, tengo voluntariado. ¿El jueves?", "no_time")
PAIRS.append(rpair(
 "esb40r_f10_sitges_academia_espanol",
 "A Dutch resident of Sitges asks a language school for Spanish classes for daily life and doctor visits.",
 [o, a, b,
  t("Eso es muy concreto, y mejor. En conversación B1 practicamos justo eso: escuchar a velocidad real y situaciones como el médico o la farmacia."),
  c("Perfecto, eso es lo que busco.", None), e, f],
 [o, a, b,
  t("Ay, la entiendo tanto. Yo viví tres años en Utrecht y con el neerlandés sufrí muchísimo, en el médico, en la tienda... fue durísimo, y yo además..."),
  c("Ah... sí. Bueno, ¿pero qué curso tiene para mí?", None), e, f]))

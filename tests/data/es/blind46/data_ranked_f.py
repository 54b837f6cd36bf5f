from common import c, t, rpair

N = None
PAIRS = []

# f01: worse argues with the customer
o = c("Buenas, señorita. Me han cobrado doce soles de comisión en mi cuenta de ahorros y nadie me avisó.", N)
a1 = t("Buenas tardes. Déjeme revisar su cuenta. ¿Me presta su DNI, por favor?")
a2 = c("Aquí tiene. Es la cuenta donde me depositan mi pensión.", N)
b1 = t("Gracias. Ya veo: es la comisión por saldo menor a 500. Entiendo que le moleste; nadie se lo explicó al abrirla.")
b2 = c("Claro, pues. Yo pensé que era gratis.", N)
w1 = t("Ya veo. Pero sí se le avisó, señora: está en el contrato que firmó y en el tarifario. No es un cobro indebido.")
w2 = c("Yo no firmé nada de comisiones. ¿Me está diciendo mentirosa?", N)
a3 = t("Como ahí recibe su pensión, puedo pasarla a la cuenta pensionista, que no cobra mantenimiento, y pedir la devolución de este mes. ¿Le parece?")
a4 = c("Ya, hágalo. Aunque la verdad estaba pensando llevarme mi pensión a otro banco.", "think_it_over")
a5 = t("La devolución le aparece en 48 horas; aquí tiene la constancia. Y si algún otro cobro no le cuadra, pregunte por mí.")
PAIRS.append(rpair("esb46r_f01_arequipa_caja_comision", "Arequipa: a pensioner complains at a caja about a fee she was never told about.",
[o, a1, a2, b1, b2, a3, a4, a5], [o, a1, a2, w1, w2, a3, a4, a5]))

# f02: worse doubts the customer's honesty
o = c("Buenas, joven. El celular que compré aquí hace dos semanas ya no carga.", N)
a1 = t("Buenas tardes. ¿Me lo muestra? ¿Desde cuándo no carga, y con qué cargador lo probó?")
a2 = c("Desde ayer. Con el mismo que vino en la caja. No se me ha caído ni nada.", N)
b1 = t("Gracias. El puerto está limpio y sin golpes. Lo pruebo con nuestro cargador... tampoco. Entonces es falla del equipo.")
b2 = c("Ya, ¿y ahora? Lo necesito para mi trabajo.", N)
w1 = t("Hmm. ¿Seguro que no se le cayó o se le mojó? Porque todos dicen eso y después el técnico encuentra humedad.")
w2 = c("Le estoy diciendo que no. ¿Para qué le voy a mentir?", N)
a3 = t("Como está dentro de los 30 días de la tienda, se lo cambio por uno nuevo hoy mismo. Solo necesito su boleta.")
a4 = c("Aquí está. Menos mal, porque con mi anterior celular de esta marca me pasó igualito.", N)
a5 = t("Listo, aquí tiene el nuevo. Pásele sus datos, y si falla algo vuelve conmigo.")
PAIRS.append(rpair("esb46r_f02_piura_celular_garantia", "Piura: a customer's two-week-old phone stopped charging.",
[o, a1, a2, b1, b2, a3, a4, a5], [o, a1, a2, w1, w2, a3, a4, a5]))

# f03: worse drops the price before asking anything
o = c("Buenas, ¿a cómo tienen las cajas para torta de veinte centímetros?", N)
b1 = t("Buenas. A 1.20 la unidad. ¿Cuántas usa al mes, y para qué tipo de negocio?")
b2 = c("Unas trescientas al mes. Es para mi pastelería, en el centro.", N)
w1 = t("Buenas. Están a 1.20, pero a usted se la dejo a un sol, para que lleve varias.")
w2 = c("¿A un sol? ¿Y por qué tan barato, son más delgadas? Yo uso unas trescientas al mes.", N)
a3 = t("¿Y le gustaría que vayan con su logo? En un color sale 1.35 la caja, desde mil unidades.")
a4 = c("Con logo sería bacán, pero mil es harto para mí... déjeme sacar cuentas.", "think_it_over")
a5 = t("Claro. Le mando la cotización con y sin logo para que las compare tranquila.")
a6 = c("Ya, gracias, mándemela por WhatsApp.", N)
PAIRS.append(rpair("esb46r_f03_trujillo_cajas_torta", "Trujillo: a pastry shop owner asks a packaging supplier for cake boxes.",
[o, b1, b2, a3, a4, a5, a6], [o, w1, w2, a3, a4, a5, a6]))

# f04: worse gives an unasked lecture
o = c("Buenas, quiero retirar cinco mil de mi cuenta de ahorros. Es para comprarme una moto.", N)
a1 = t("Buenas tardes. Claro. ¿Me da su DNI y su tarjeta, por favor?")
a2 = c("Aquí tiene. ¿Puedo sacar todo en efectivo o hay límite?", N)
b1 = t("En ventanilla sí, hasta diez mil sin aviso. Si la moto la paga en la tienda, también puedo transferirle, es más seguro que andar con efectivo.")
b2 = c("Ah, mejor transferencia, no había pensado en eso. Aquí está la cuenta de la tienda.", N)
w1 = t("En ventanilla sí. Pero permítame decirle: a su edad gastarse los ahorros en una moto no es buena idea. La moto se devalúa, esa plata debería estar invertida.")
w2 = c("Oiga, no le he pedido consejo. Es mi plata, y la necesito para chambear de delivery.", N)
a3 = t("Ya está. Aquí tiene su constancia. ¿Algo más?")
a4 = c("No, eso es todo, gracias.", N)
PAIRS.append(rpair("esb46r_f04_piura_banco_retiro", "Piura: a young man withdraws his savings at a bank counter to buy a motorbike.",
[o, a1, a2, b1, b2, a3, a4], [o, a1, a2, w1, w2, a3, a4]))

# f05: worse ends on a vague next step
o = c("hola buenas tardes, quisiera saber si todavia puedo postular a la beca por rendimiento, salgo del colegio este año", N)
a1 = t("¡Hola! Sí, todavía estás a tiempo. ¿En qué puesto de tu promoción estás y qué carrera te interesa?")
a2 = c("tercio superior, puesto 12 de 90. quiero ingenieria industrial. mis papas no pueden pagar la pension completa", N)
a3 = t("Con tercio superior calificas a la beca de 50%, y con buen puntaje en el examen puede llegar a 70%. La pensión de industrial es 1,450; con beca quedaría entre 435 y 725.")
a4 = c("uy, 725 igual es bastante para nosotros... 435 si podriamos", "no_money")
b1 = t("Entonces lo clave es el examen: es el 14 de diciembre y la inscripción cierra el 30 de noviembre. Hoy te mando el link, los documentos y el temario, y el martes te llamo por si tienes dudas.")
b2 = c("ya, genial, gracias. espero el link", N)
w1 = t("Ya. Entonces déjanos tus datos y más adelante te contactamos con la información de la beca.")
w2 = c("ok... y cuando seria eso? no quiero que se me pase la fecha", N)
PAIRS.append(rpair("esb46r_f05_lima_beca_universidad", "Lima: a school leaver asks a university about a merit scholarship.",
[o, a1, a2, a3, a4, b1, b2], [o, a1, a2, a3, a4, w1, w2]))

# f06: worse over-promises the installation date
o = c("buenas, me acabo de mudar a sachaca y necesito internet urgente, trabajo remoto. cuanto demoran en instalar?", N)
a1 = t("¡Hola! Te ayudo. Pásame tu dirección para ver la cobertura, por favor.")
a2 = c("urb. los girasoles mz c lote 8, sachaca", N)
a3 = t("Gracias. Sí hay fibra en tu zona: 300 megas a 99 soles.")
a4 = c("ok el precio esta bien. pero cuando? el lunes empiezo en mi chamba nueva", N)
b1 = t("Te soy honesta: en Sachaca la instalación está demorando de 5 a 7 días. Para el lunes te doy un chip con 50 gigas gratis mientras tanto, y si se libera un técnico antes, te aviso.")
b2 = c("ya, mejor saberlo. con el chip me salvo. dale, hagamoslo", N)
w1 = t("¡Tranquilo! Te lo instalamos mañana mismo, sin falta.")
w2 = c("bacan!! entonces ya no busco otra opcion. dale", N)
a5 = t("Listo, te llega un SMS con la confirmación de tu pedido.")
PAIRS.append(rpair("esb46r_f06_arequipa_instalacion_fibra", "Arequipa: a remote worker who just moved needs home internet fast.",
[o, a1, a2, a3, a4, b1, b2, a5], [o, a1, a2, a3, a4, w1, w2, a5]))

# f07: worse closes before checking the printer works with the customer's system
o = c("Buenas, necesito una ticketera para mi minimarket, para las boletas electrónicas.", N)
a1 = t("Buenas. ¿Qué sistema de facturación usa, y en qué computadora?")
a2 = c("El que me dio mi contador, en una laptop con Windows 10. Y no quiero botar plata, ah, la anterior me salió cara y no duró nada.", "bad_experience")
a3 = t("Entiendo. Esta de 80 milímetros, USB, está a 320 soles, con un año de garantía.")
a4 = c("Ya, ese precio está bien. ¿Y funciona con mi sistema?", N)
b1 = t("Eso hay que comprobarlo antes de que pague. ¿Trajo la laptop? La instalamos aquí e imprimimos una boleta de prueba.")
b2 = c("Sí, está en el carro. Ahorita la traigo.", N)
w1 = t("Sí, funciona con todos. ¿Paga con tarjeta o en efectivo?")
w2 = c("Efectivo. Ojalá funcione, porque no tengo tiempo de estar regresando.", N)
PAIRS.append(rpair("esb46r_f07_lima_ticketera_minimarket", "Lima: a minimarket owner buys a receipt printer at a computer shop.",
[o, a1, a2, a3, a4, b1, b2], [o, a1, a2, a3, a4, w1, w2]))

# f08: worse uses unexplained jargon
o = c("Buenas tardes. Queremos comprar un departamento de 180 mil y nos dijeron que hay un crédito del Estado.", N)
a1 = t("Buenas tardes. Sí, el crédito Mivivienda. ¿Ya tienen la cuota inicial, y cuánto ganan juntos al mes?")
a2 = c("Tenemos dieciocho mil ahorrados. Juntos ganamos como cinco mil quinientos.", N)
b1 = t("Con eso califican. Además el Estado les da un bono, una ayuda que no se devuelve, de unos 25 mil, y eso baja lo que se presta. A veinte años, la cuota saldría en unos 1,350, con todos los costos incluidos.")
b2 = c("Ah, ya entendí. 1,350 es bastante, pero sí lo podemos pagar.", N)
w1 = t("Con eso califican. Aplica el BBP más el bono verde, la TEA referencial es 9.5% y la TCEA con desgravamen y seguro del bien sale 11.2%, con cuota en cronograma de 1,350.")
w2 = c("Eh... perdón, no entendí casi nada. ¿Qué es el BBP? ¿La TCEA es lo que pagamos?", N)
a3 = t("Les propongo una precalificación gratis: traen sus boletas y en tres días les digo el monto exacto que les aprobarían.")
a4 = c("Ya, pero déjenos conversarlo en casa primero, es una decisión grande.", "think_it_over")
PAIRS.append(rpair("esb46r_f08_piura_credito_vivienda", "Piura: a couple asks a bank about a state-backed mortgage.",
[o, a1, a2, b1, b2, a3, a4], [o, a1, a2, w1, w2, a3, a4]))

# f09: worse talks about himself instead of the customer
o = c("hola, quiero llevar a mi mama a cusco por su cumpleaños 70, que me recomiendas? ella se cansa rapido", N)
a1 = t("¡Hola! Qué lindo regalo. ¿Cuántos días tienen, y tu mamá tiene algún problema de salud, presión, corazón?")
a2 = c("4 dias. presion un poco alta, controlada con pastillas", N)
b1 = t("Gracias por contarme. Con presión alta conviene dormir las primeras noches en el Valle Sagrado, que está más bajo que Cusco, y dejar la ciudad para el final. Así se aclimata mejor.")
b2 = c("ah no sabia eso, me parece buenazo", N)
w1 = t("Ah, mi mamá también es hipertensa. Cuando la llevé, le hice todo el recorrido en dos días; se cansó, pero yo feliz de verla en Machu Picchu, fue un viaje increíble para mí...")
w2 = c("aja... ya, pero para mi mama que me recomiendas?", N)
a3 = t("Te armo 4 días con hotel en el Valle, tren a Machu Picchu y una tarde libre para descansar. Sale alrededor de 1,900 por persona.")
a4 = c("uy 1900 es mas de lo que pensaba... dejame ver con mis hermanos si nos dividimos", "think_it_over")
PAIRS.append(rpair("esb46r_f09_cusco_viaje_mama", "Cusco: a daughter plans a birthday trip for her 70-year-old mother with a travel agent.",
[o, a1, a2, b1, b2, a3, a4], [o, a1, a2, w1, w2, a3, a4]))

# f10: worse recommends before asking
o = c("Buenos días. Llamo de una minera pequeña en Caylloma. Necesitamos detectores de gases para la labor.", N)
b1 = t("Buenos días. Para recomendarle bien: ¿qué gases les preocupan y cuántos trabajadores entran por turno?")
b2 = c("Monóxido, sobre todo, por los disparos, y oxígeno bajo en los frentes ciegos. Entran unos doce por turno.", N)
w1 = t("Buenos días. Le recomiendo el multigás de cuatro sensores, el más completo, a 3,900 soles cada uno.")
w2 = c("¿Tres mil novecientos cada uno? Es un montón. Nosotros medimos monóxido y oxígeno nomás, entran unos doce por turno.", "too_expensive")
a3 = t("Para monóxido y oxígeno le sirve el detector de dos gases, a 1,650, y con cuatro equipos cubre a los supervisores de cada frente.")
a4 = c("Eso está mejor. ¿Vienen con certificado de calibración?", N)
a5 = t("Sí, salen calibrados con certificado, y la recalibración cada seis meses la hacemos en Arequipa.")
a6 = c("Perfecto. Mándeme la cotización por cuatro, que la aprueban esta semana.", N)
PAIRS.append(rpair("esb46r_f10_arequipa_detector_gases", "Arequipa: a small mine's safety officer asks a supplier for gas detectors.",
[o, b1, b2, a3, a4, a5, a6], [o, w1, w2, a3, a4, a5, a6]))

from common import c, gpair, t

P = []

o = c("Oiga, me llegó una carta del IRS que dice que debo $1,800. ¡Y ustedes me hicieron los taxes!", None)
P.append(gpair("esb31g_santaana_tax_irs_letter", "tax preparation office, Santa Ana CA", "putdown_question",
    "Frightened client with an IRS notice about unreported delivery-app income.",
    [o, t("Entiendo el susto. ¿Me la enseña? Quiero ver qué dice antes de decirle nada."),
     c("Aquí está. Dice algo de un 1099 de Uber Eats.", None),
     t("Es un 1099 de sus entregas de 2022. Ese papel no estaba en lo que revisamos. ¿Le llegó por correo o en la app?"),
     c("En la app, creo... ni sabía que contaba. ¿Y ahora cuánto me cobran ustedes por arreglarlo?", None),
     t("La respuesta al IRS va sin costo, porque debimos preguntarle por trabajos de apps. Y con su millaje la deuda puede bajar bastante. ¿Lo tiene apuntado?"),
     c("Sí, en la app. Se lo traigo el lunes.", None)],
    [o, t("A ver, calma. ¿Usted leyó bien la carta, o nomás vio el número y se asustó?"),
     c("La leí. Dice $1,800. Ustedes me prepararon la declaración.", None),
     t("Entiendo cómo se siente. ¿Pero no será que, como mucha gente, no nos trajo todos sus papeles?"),
     c("Les traje lo que tenía. Nadie me preguntó de las apps.", None),
     t("¿Y de verdad cree que es culpa nuestra que usted no revise sus propios documentos? ¿Qué más necesita hoy?"),
     c("Que alguien me ayude, no que me regañe. Me voy con otro preparador.", None)]))

o = c("Buenas, compré un carro con ustedes hace un mes y ya se prendió la luz del check engine. Me dijeron que traía garantía.", None)
P.append(gpair("esb31g_fortworth_dealer_warranty", "used car dealership, Fort Worth TX (phone)", "not_my_department_or_read_the_terms",
    "Buyer's check-engine light came on a month after purchase.",
    [o, t("Lo siento. ¿A nombre de quién está la compra? Reviso qué cubre su garantía."),
     c("Rigoberto Salinas. Un Altima 2018, el gris.", None),
     t("Tiene 90 días en motor y transmisión. Hay que escanearlo para saber si es eso o algo menor, y el escaneo es gratis. ¿Lo trae mañana?"),
     c("Mañana trabajo, ¿no puede ser el sábado?", "no_time"),
     t("El sábado hay servicio de 8 a 12; le aparto a las 8. Si es algo que no cubre la garantía, le llamamos con el precio antes de tocar nada."),
     c("Ok, a las 8 ahí estoy.", None)],
    [o, t("¡Gracias por llamar! Su satisfacción es importante. Yo estoy en ventas; las garantías las ve servicio."),
     c("Ya llamé a servicio y me mandaron con usted, porque usted me lo vendió.", None),
     t("Entiendo. Lo que cubre viene en el contrato que firmó, página 4. Le recomiendo leerlo con calma."),
     c("No lo tengo a la mano. ¿Nomás dígame si me cubren o no?", None),
     t("Yo no hago las políticas, señor. Cualquier duda es con servicio. ¿Algo más en que le pueda ayudar?"),
     c("Sí, en decirle a todos que no le compren aquí.", None)]))

o = c("Hola, buenas. Mi hija de 13 necesita frenos, se lo dijo el dentista de la escuela, y quería saber precios.", None)
P.append(gpair("esb31g_queens_ortho_braces", "orthodontic clinic, Queens NY (phone)", "social_proof_or_deadline_pressure",
    "A mother on a tight budget asks about braces for her daughter on Medicaid.",
    [o, t("Hola, claro. ¿Tiene aseguranza dental o Medicaid? Eso cambia mucho el precio."),
     c("Tiene Medicaid, pero me dijeron que no cubre frenos.", None),
     t("A veces sí, si el caso es serio; el ortodoncista lo evalúa en la consulta, que es gratis. Si no lo cubre, son unos $4,500, en pagos."),
     c("Ay, $4,500... eso no lo tengo, ni en pagos creo.", "no_money"),
     t("Por eso primero la consulta: si Medicaid lo aprueba, usted no paga. Tengo sábado a las 11 o martes a las 4. ¿Cuál le conviene?"),
     c("El martes a las 4, que ella sale a las 3.", None)],
    [o, t("¡Hola! Ahorita casi todas las niñas de su edad andan con Invisalign. ¿Qué es lo más importante para usted en la sonrisa de su hija?"),
     c("Que esté bien... pero tiene Medicaid, ¿eso sirve?", None),
     t("Mire, la promoción de Invisalign a $3,900 se acaba este viernes y la otra semana ya está llena. ¿Qué le detiene para apartar hoy con $300?"),
     c("Es mucho dinero, tengo que hablarlo con su papá.", "think_it_over"),
     t("Claro, pero casi todas las familias de la P.S. 19 ya apartaron. No querrá que su hija sea la única sin tratamiento, ¿verdad?"),
     c("Mire, no me presione. Ya veré.", "brush_off")]))

o = c("Buenas, le hablo de un rancho en Delano, tenemos 40 acres de uva. Se nos tapan los goteros y ya no sé qué hacer.", None)
P.append(gpair("esb31g_delano_irrigation_drip", "irrigation supply dealer, Delano CA (phone)", "keyword_stuffed",
    "Grape grower's drip emitters keep clogging.",
    [o, t("Ok. ¿El agua es de pozo o del distrito, y cuándo limpiaron el filtro?"),
     c("De pozo. El filtro... pues desde que lo instalaron hace como tres años.", None),
     t("Con agua de pozo casi siempre es sarro, y un filtro sucio lo empeora. Antes de venderle nada, le mando un técnico: $150 la visita, y si compra algo se descuenta."),
     c("¿$150 nomás por ir a ver? Ya me han cobrado visitas y al final no arreglaron nada.", "bad_experience"),
     t("Es justo. El técnico le hace la prueba del agua y le deja por escrito qué limpiar usted mismo. Si no encuentra la causa, no le cobro. ¿Jueves temprano?"),
     c("Jueves temprano, antes de que pegue el calor.", None)],
    [o, t("Gracias por compartir. Entiendo perfectamente sus necesidades y cómo se siente. Nuestra relación con los agricultores es clave para su éxito."),
     c("Ok... ¿pero qué hago con los goteros?", None),
     t("Excelente pregunta. Lo que escucho es que busca una experiencia de riego exitosa. Nuestra misión es entender sus necesidades. ¿Cómo se siente con su sistema actual?"),
     c("Mal, por eso le hablo. ¿Manda a alguien o no?", None),
     t("Siento su frustración y valoro su confianza. El éxito de su rancho es nuestro éxito. ¿Cuál es su necesidad más importante hoy?"),
     c("Que me contesten. Mejor llamo a otro distribuidor.", None)]))

o = c("Hola, el bill del agua me llegó de $340 y siempre pago como $60.", None)
P.append(gpair("esb31g_sanantonio_water_bill", "city water utility counter, San Antonio TX", "rude",
    "Resident with a water bill five times the usual.",
    [o, t("Uy, es un brinco grande. ¿Me da su número de cuenta para ver la lectura del medidor?"),
     c("Es 88 20 41 7. Somos nomás mi esposo y yo, no gastamos tanto.", None),
     t("Marcó 31,000 galones y usted usa unos 5,000. Eso suena a fuga. ¿Ha visto agua en el patio, o se oye correr el toilet?"),
     c("Ahora que lo dice... el toilet de atrás sí hace ruido en la noche.", None),
     t("Puede ser eso. Si lo arregla y me trae el recibo del plomero o la pieza, le aplicamos ajuste por fuga. Lo demás lo puede pagar en 3 meses."),
     c("Ay, qué alivio. Hoy le hablo al plomero.", None)],
    [o, t("Ajá, como todos. ¿Número de cuenta? Rápido, que tengo fila."),
     c("Perdón... es 88 20 41 7.", None),
     t("Aquí dice 31,000 galones. ¿Qué quiere que le diga? El medidor no miente."),
     c("Pero no gastamos eso. ¿No me ayuda a ver qué pasó?", None),
     t("Señora, no soy plomero. Pague o pida plan de pagos. ¿Algo más? ¿No? Siguiente."),
     c("Qué grosero. Voy a poner una queja.", None)]))

o = c("hola necesito cotizacion pa mudarme de queens a kissimmee en julio. cuanto sale mas o menos", None)
P.append(gpair("esb31g_queens_movers_longdistance", "long-distance movers, Queens NY (chat)", "ignored_customer",
    "Customer moving to Florida fears a price hike on delivery day.",
    [o, t("¡Hola! ¿Cuántos cuartos son, y hay elevador?"),
     c("2 cuartos. 4to piso sin elevador. y tengo miedo q me pase como a mi cuñado q le cobraron el doble al llegar", "bad_experience"),
     t("Le entiendo. Le doy estimado binding: el precio no cambia si no cambia la carga. Con las escaleras, entre $3,800 y $4,200. ¿Me manda un video de los cuartos?"),
     c("ok y las escaleras las cobran aparte?", None),
     t("Ya van en ese rango; se lo pongo por escrito línea por línea. ¿Su fecha es fija? Entre semana baja unos $300."),
     c("puedo el martes 16. te mando el video en la noche", None)],
    [o, t("¡Hola! Para entender su necesidad, ¿cuántos cuartos y en qué piso vive?"),
     c("2 cuartos, 4to piso sin elevador. y porfa sin cargos sorpresa, a mi cuñado le cobraron el doble al llegar", "bad_experience"),
     t("Perfecto. Con elevador y carga normal, unos $2,900. ¿Qué fecha le gustaría?"),
     c("dije SIN elevador. y lo de los cargos?", None),
     t("Entendido. ¿Tiene algún mueble especial, piano o caja fuerte?"),
     c("no. me vas a contestar lo de los cargos o no", None),
     t("Excelente. Le reservo el 16 de julio a $2,900. ¿Está satisfecha con la atención?"),
     c("no. ese precio va a cambiar el dia de la mudanza, ya se como es. paso", "bad_experience")]))

o = c("Hola, mi hijo acaba de sacar la licencia y quiero agregarlo al seguro, pero me da miedo cuánto va a subir.", None)
P.append(gpair("esb31g_tampa_autoins_teen", "auto insurance agency, Tampa FL (phone)", "repeated_questions",
    "A parent adds a 16-year-old driver and fears the price.",
    [o, t("Es normal, con un conductor nuevo sube. ¿Qué edad tiene y qué carro va a manejar?"),
     c("16. Va a manejar el Corolla viejo, el 2012.", None),
     t("¿Cómo le va en la escuela? Con promedio de B o más, baja como 15%."),
     c("Saca puras A y B. Pero aun así no sé si me alcanza, ya pago 160.", "no_money"),
     t("Con el descuento y sólo en el Corolla, quedaría en $245, o sea $85 más. Si toma el curso de manejo en línea, baja otros $15."),
     c("Sigue siendo bastante. Déjeme hablarlo con su papá.", "think_it_over"),
     t("Claro. Le mando los dos números por email, con y sin curso; le duran 30 días.")],
    [o, t("¡Felicidades a su hijo! Para entender su necesidad, ¿cuántos años tiene?"),
     c("16. Va a manejar el Corolla 2012.", None),
     t("Perfecto. ¿Y qué edad tiene el nuevo conductor que quiere agregar?"),
     c("Ya le dije, 16. ¿Cuánto me va a subir?", None),
     t("Claro. Para asegurarme: ¿el joven es mayor o menor de 18?"),
     c("Menor. 16. ¿Hay descuento por buenas calificaciones o no?", None),
     t("Buena pregunta. Antes, ¿cuál es su fecha de nacimiento, para ver su edad?"),
     c("Sabe qué, mejor lo cotizo en otro lado.", None)]))

o = c("Buenas, busco un teléfono sencillo pa' mi mamá, tiene 78 años, nomás pa' llamadas.", None)
P.append(gpair("esb31g_miami_phone_grandma", "prepaid phone store, Miami FL", "wrong_paraphrase",
    "A son buys a simple phone for his elderly mother who video-calls family in Cuba.",
    [o, t("Claro. ¿Ella usa sólo llamadas normales, o también WhatsApp con la familia?"),
     c("Ay, sí, mi tía la llama por video desde Cuba todos los domingos. Pero con botones chiquitos no puede.", None),
     t("Entonces un smartphone, pero sencillo. Este Moto de $99: le pongo letra grande y sólo tres íconos."),
     c("¿$99? Yo pensaba gastar como 50.", "too_expensive"),
     t("Hay uno de $49, pero la cámara no sirve pa' video. Pa' lo de los domingos vale el de $99. El prepago es $25 al mes, sin contrato; sólo se suma el tax."),
     c("Bueno, el de 99. ¿Me lo deja con el WhatsApp puesto?", None)],
    [o, t("¡Perfecto! Para entender bien, ¿qué le gusta hacer a su mamá con el teléfono?"),
     c("Llamadas, y los domingos la videollamada con mi tía en Cuba.", None),
     t("Ok, entonces lo que me dice es que su mamá toma muchas fotos y necesita buena cámara y mucha memoria, ¿correcto?"),
     c("No... yo no dije nada de fotos.", None),
     t("Entendido. Si resumo: quiere el iPhone 15 de 256 GB pa' que guarde todo, y plan ilimitado, ¿cierto?"),
     c("¿Un iPhone? Eso es carísimo pa' lo que ella necesita.", "too_expensive"),
     t("Comprendo. Su mamá quiere lo mejor para estar conectada. ¿Le armo el iPhone con el plan familiar?"),
     c("No me está escuchando. Voy a la tienda de enfrente.", None)]))

o = c("Se me inundó la troca con la tormenta y el ajustador dice que es pérdida total. ¡Es con lo que trabajo!", None)
P.append(gpair("esb31g_houston_autoins_flood", "auto insurance agent, Houston TX (phone)", "pitch_to_upset",
    "A contractor's flooded pickup is a total loss; he needs to keep working.",
    [o, t("Lo siento mucho, de verdad. Paso por paso: ¿usted y su familia están bien? ¿Necesita carro de renta ya?"),
     c("Estamos bien, gracias a Dios. Sí, mañana tengo trabajo en Katy.", None),
     t("Su póliza tiene renta de 30 días; le abro la reservación ahorita. Le pagan el valor de mercado de la troca. ¿Todavía la debía?"),
     c("Debo como 14 mil. ¿Y si me dan menos de lo que debo?", None),
     t("Tiene GAP en el préstamo, aquí lo veo; cubre la diferencia. El pago llega en unos 10 días. Le mando por texto la reservación y la lista de papeles."),
     c("Uf, bueno. Eso me quita un peso.", None)],
    [o, t("Lo siento mucho, imagino cómo se siente. Para que no vuelva a pasar, ¿ya conoce nuestra cobertura Premium contra desastres?"),
     c("¿Premium? Lo que necesito es saber cuándo me pagan y con qué me muevo.", None),
     t("Lo entiendo. Y aprovechando, hay préstamo express pa' troca nueva con tasa preferente. ¿Qué le parecería salir manejando esta semana?"),
     c("No estoy pa' comprar nada. Estoy sin troca y sin trabajar.", "no_money"),
     t("Por eso le conviene: primer pago en 90 días. ¿Con qué le gustaría que empezáramos hoy?"),
     c("Con mi reclamo, oiga. Páseme a su supervisor.", None)]))

o = c("Oigan, vinieron ayer a arreglar el aire y otra vez no enfría. Pagué $450 y la casa está a 90 grados.", None)
P.append(gpair("esb31g_mcallen_ac_repair", "home AC repair company, McAllen TX (phone)", "blame",
    "Homeowner's AC failed again the day after a paid repair.",
    [o, t("Lo siento mucho, y con este calor. ¿Prende y echa aire caliente, o ni prende?"),
     c("Prende, se oye la unidad de afuera, pero echa aire tibio.", None),
     t("El trabajo de ayer tiene garantía de 30 días: la visita no le cuesta. Puedo mandar al técnico hoy a las 3. ¿Va a haber alguien?"),
     c("A las 3 no, llego a las 5 del trabajo.", "no_time"),
     t("Le pongo a las 5:30. Si es la misma pieza, se cambia sin cargo; si es otra cosa, le decimos el precio antes de hacer nada."),
     c("Está bien. Pero que ahora sí quede.", None)],
    [o, t("Entiendo su frustración. Para ayudarle: ¿le movió al termostato después de que se fue el técnico?"),
     c("No, lo puse en 72 como siempre.", None),
     t("¿Y cuándo cambió el filtro? Porque si no lo cambia, ¿qué espera que pase?"),
     c("El técnico dijo que el filtro estaba bien. ¿Me lo van a arreglar o no?", None),
     t("La unidad trabaja bien; el problema es cómo la usa usted. Otra visita son $89. ¿Cómo quiere pagarla?"),
     c("¿Pagar otra vez? Ni loco. Ya pagué $450 por algo que no sirve.", None)]))

PAIRS = P

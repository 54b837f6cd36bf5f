from common import c, gpair, t

P = []

o = c("Hola, tuve un choque el martes y quiero saber si el seguro me cubre un carro de renta mientras arreglan el mío.", None)
P.append(gpair("esb31g_sandiego_autoins_rental", "auto insurance claims line, San Diego CA", "ignored_customer",
    "After a rear-end crash, a house cleaner needs a rental car to keep working.",
    [o, t("Lamento lo del choque. ¿Usted está bien? ¿Ya abrió el reclamo?"),
     c("Estoy bien, gracias. Lo abrí en la aplicación, pero no dice nada de la renta y necesito carro pa' trabajar.", None),
     t("Déjeme ver su póliza... Sí tiene renta: $30 al día hasta 30 días. ¿Dónde está su carro?"),
     c("En el taller de la Palm Avenue, dicen que tardan dos semanas.", None),
     t("Le aparto un económico en el Enterprise a dos cuadras del taller; si escoge uno de más de $30, la diferencia la paga usted. ¿Lo recoge mañana a las 9?"),
     c("Perfecto, a las 9 estoy ahí.", None)],
    [o, t("Lamento escuchar eso. Para entenderla mejor, ¿cómo fue el accidente?"),
     c("Me pegaron por atrás en un alto. Lo que urge es la renta, limpio casas y sin carro no llego.", None),
     t("Entiendo. ¿Y hace cuánto es cliente nuestra?"),
     c("Como cuatro años. ¿Entonces sí me cubren la renta o no?", None),
     t("Qué bueno, cuatro años de relación. Con el plan Platinum tendría ajustador prioritario. ¿Lo revisamos?"),
     c("No quiero otro plan, quiero un carro pa' mañana. ¿Me está escuchando?", "no_need"),
     t("Claro que sí. Entonces, del 1 al 10, ¿qué tan satisfecha está con su cobertura?"),
     c("Un dos. Adiós.", None)]))

o = c("buenas quiero pasarme con ustedes pero con mi mismo numero, se puede? ahora tengo metro", None)
P.append(gpair("esb31g_nyc_carrier_portin", "phone carrier web chat, Washington Heights NY", "repeated_questions",
    "Customer wants to port two lines; her cousin warned her about a hidden activation fee.",
    [o, t("¡Claro que se puede! Necesito su número de cuenta de Metro y el PIN de transferencia. ¿Los tiene?"),
     c("el pin no, donde lo saco", None),
     t("En la app de Metro o marcando *611. ¿Cuántas líneas pasaría y cuánto paga ahora?"),
     c("2 lineas, pago 80. pero mi prima dice q ustedes cobran un activation fee escondido", "bad_experience"),
     t("Su prima tiene razón en parte: son $35 por línea, pero esta semana no se cobra si trae su número. Le quedan las 2 en $70 con todo. Se lo dejo por escrito aquí."),
     c("ok dejame sacar el pin y te escribo mas tarde", None)],
    [o, t("¡Bienvenida! Para entender sus necesidades, ¿con qué compañía tiene el servicio ahora?"),
     c("con metro, ya te dije", None),
     t("Perfecto. ¿Y quién es su proveedor actual de telefonía?"),
     c("metro pcs. cuanto me cobran por pasarme?", None),
     t("Muy bien. Para asegurarme de entenderle, ¿con qué compañía está hoy?"),
     c("METRO. tu lees lo que te escribo??", None),
     t("¡Gracias por su paciencia! ¿Y qué compañía le da el servicio actualmente?"),
     c("olvidalo, me quedo donde estoy", None)]))

o = c("Hola, este, necesito guardar unas cosas como tres meses mientras nos mudamos a la casa nueva.", None)
P.append(gpair("esb31g_austin_storage_size", "self-storage office, Austin TX", "wrong_paraphrase",
    "Family needs a small unit for three months between houses.",
    [o, t("Claro. ¿Qué cosas son, más o menos?"),
     c("Eh, unas 20 cajas, un sofá y la cama de mi hijo. Lo demás se va con nosotros.", None),
     t("Le alcanza una de 5x10. ¿Hay algo que se dañe con el calor, fotos, papeles, madera buena?"),
     c("Pues... unas fotos y papeles de la familia.", None),
     t("Entonces la 5x10 con clima, $89 al mes, más $20 de admin una sola vez y el candado, que puede traer el suyo. Nada más."),
     c("Está un poco cara, en otro lado vi una de $65.", "too_expensive"),
     t("Esa ha de ser sin clima; con el verano de Austin no arriesgaría las fotos. O le doy la sin clima a $69 y mete los papeles en caja de plástico."),
     c("Mmm, déjeme verlas las dos y ahí decido.", "think_it_over")],
    [o, t("¡Perfecto! Para entenderle bien, ¿qué va a guardar?"),
     c("Unas 20 cajas, un sofá y una cama. Como tres meses.", None),
     t("Ok, lo que escucho es que tiene los muebles de toda una casa y necesita espacio por lo menos un año, ¿correcto?"),
     c("No, le dije tres meses. Y no es toda la casa.", None),
     t("Entiendo. Para confirmar: le preocupa mucho el clima y quiere la 10x20 climatizada, ¿verdad?"),
     c("Yo nunca dije eso. Y una tan grande ni la necesito.", "no_need"),
     t("Perfecto, si le entendí bien, le aparto la 10x20 por 12 meses con descuento anual, ¿le parece?"),
     c("No me entendió nada. Gracias, ahí nos vemos.", None)]))

o = c("Buenas... mi esposo falleció hace dos semanas y necesito ver qué hago con su línea del celular.", None)
P.append(gpair("esb31g_miami_phone_widow", "cellphone store, Miami FL", "pitch_to_upset",
    "A recent widow asks what to do with her late husband's phone line.",
    [o, t("Lo siento muchísimo, señora. Vamos con calma. ¿Quiere cancelar la línea o quedarse con el número?"),
     c("Ay, no sé... ese número lo tienen todos sus clientes del taller. Quizás mi hijo lo quiera.", None),
     t("Entonces no hay que decidir hoy. La paso a su nombre sin costo y, si su hijo la quiere, se la transferimos luego. ¿Le preocupa algún cargo?"),
     c("Sí, me dijeron que me iban a cobrar lo que faltaba del teléfono de él.", None),
     t("Con el certificado de defunción ese saldo se perdona. Me lo trae o lo manda por email y yo me encargo. Aquí tiene mi número directo."),
     c("Gracias, mijo. Se lo traigo la otra semana.", None)],
    [o, t("Lo siento mucho por su pérdida, entiendo cómo se siente. ¿Qué necesita hoy para que su experiencia sea más fácil?"),
     c("No sé qué hacer con su línea... me dijeron que hay un cargo por el teléfono.", None),
     t("Claro. Y en momentos así lo importante es estar conectada con la familia: el plan familiar ilimitado con iPhone 15 a $0 de enganche. ¿Qué le parece?"),
     c("Yo no necesito otro teléfono, mijo. Nomás quiero resolver lo de mi esposo.", "no_need"),
     t("La entiendo. Con cuatro líneas sus hijos también quedan cubiertos, y se ahorra el cargo del equipo de él. ¿Le armo la propuesta?"),
     c("Ahorita no puedo con esto. Ya vendrá mi hijo a verlo.", "no_time")]))

o = c("Hola, me llegó un bill de $240 de la limpieza de mi hija, y ustedes me dijeron que la aseguranza la cubría completa.", None)
P.append(gpair("esb31g_brooklyn_dental_bill", "pediatric dental clinic, Brooklyn NY (phone)", "blame",
    "A mother got a surprise bill after the clinic said cleaning was covered.",
    [o, t("Perdón por la sorpresa. ¿Me da el nombre y fecha de nacimiento de su hija?"),
     c("Camila Reyes, 3 de mayo de 2015. Fue en enero.", None),
     t("La limpieza sí se cubrió; las radiografías no, porque le tomaron unas hace 8 meses en otra clínica. Eso lo debimos verificar antes y no lo hicimos."),
     c("Yo ni sabía que había límite. Y no tengo pa' pagar eso de golpe, eh.", "no_money"),
     t("Como fue falla nuestra, le bajo el bill a $90, lo que nos cuesta el laboratorio, y lo paga en tres meses sin interés. ¿Le sirve?"),
     c("Sí, así sí. Gracias por explicarme.", None)],
    [o, t("Entiendo su frustración. Para ayudarle, ¿usted revisó su cobertura antes de la cita, como dice el formulario que firmó?"),
     c("Yo pregunté aquí y me dijeron que sí cubría.", None),
     t("¿Y preguntó específicamente por radiografías? Porque eso es responsabilidad del paciente."),
     c("¿Cómo voy a saber yo de radiografías? Ustedes son los que saben.", None),
     t("Si las anteriores fueron en otra clínica, ¿por qué no nos avisó? Así no habría este bill. ¿Cómo lo quiere pagar?"),
     c("No voy a pagar nada hasta hablar con la doctora.", None)]))

o = c("hola vi su anuncio de clases de ingles, cuanto cuestan", None)
P.append(gpair("esb31g_la_esl_classes", "adult English school, Los Angeles CA (text)", "monologue",
    "A line cook working nights asks about English classes.",
    [o, t("¡Hola! Depende del horario. ¿Para qué quiere el inglés: trabajo, ciudadanía, los hijos?"),
     c("pa el trabajo, soy cocinero y quiero subir a manager. trabajo de 2 a 11 de la noche", None),
     t("Le quedarían las de la mañana, martes y jueves de 9 a 11. Son $120 al mes, sin inscripción. ¿Ha estudiado inglés antes?"),
     c("si, ya pague un curso en linea y fue dinero tirado. no se si otra vez", "bad_experience"),
     t("Le entiendo; solo en línea cuesta. Aquí es en salón con maestro. La primera clase es gratis: venga el martes y si no le sirve, no paga nada."),
     c("ok el martes voy", None)],
    [o, t("¡Hola! Tenemos Inglés Total: 3 niveles, maestros certificados, app, clases mañana y noche, certificado al final, y este mes la inscripción baja de $150 a $99. ¡El curso con más éxito de la zona!"),
     c("ok pero cuanto al mes? yo trabajo de noche", None),
     t("¡Excelente pregunta! $189 al mes con libros, plataforma, conversación con nativos y preparación para la ciudadanía. Muchos alumnos consiguen mejor trabajo en 6 meses. Le mando el link para que aplique ya."),
     c("esta caro, y no me dijiste el horario", "too_expensive"),
     t("Es una inversión en su futuro. Y los sábados hay club de conversación, talleres de entrevista y descuento si trae a un amigo. ¿Le mando la aplicación?"),
     c("no gracias, ya fue", "brush_off")]))

o = c("Hola, buenas. Quería una cotización pa' mi carro. Ahorita tengo liability nomás, de los baratos.", None)
P.append(gpair("esb31g_houston_autoins_quote", "auto insurance agency, Houston TX (phone)", "closing_as_open_question",
    "Price-shopping driver with a paid-off car wants a quote to compare.",
    [o, t("Con gusto. ¿Qué carro es, y está pagado o lo debe?"),
     c("Un Camry 2017, pagado. Lo uso pa'l trabajo, unas 20 millas al día.", None),
     t("Si está pagado, el liability puede estar bien. Con nosotros $78 al mes; cobertura completa, $131. ¿Cuánto paga ahora?"),
     c("Pago 85, o sea que sí me ahorro. Pero déjeme comparar con otras dos que me cotizaron.", "think_it_over"),
     t("Claro. Le mando la cotización por email con el desglose, sin cargos de póliza escondidos; el precio le dura 30 días."),
     c("Órale, mándemela. Yo le llamo.", None)],
    [o, t("¡Claro! Y para darle el mejor servicio, ¿qué fecha quiere que empiece su nueva póliza, hoy o mañana?"),
     c("Eh, primero quiero saber el precio.", None),
     t("Por supuesto: $78. ¿Y con qué tarjeta le gustaría hacer el primer pago, débito o crédito?"),
     c("Está bien el precio, pero quiero compararla con las otras que me cotizaron.", "think_it_over"),
     t("Entiendo. ¿Y qué tendría que ofrecerle yo para que no tenga que comparar y lo dejemos listo en esta llamada?"),
     c("Nada. Mándeme la cotización por email y ya veré.", "brush_off")]))

o = c("Buenas, tengo un restaurantito en Hialeah y el sistema de cobro se nos cae los fines de semana.", None)
P.append(gpair("esb31g_hialeah_pos_freeze", "restaurant POS software vendor, Hialeah FL (phone)", "pitch_as_paraphrase",
    "Small restaurant owner's card terminal freezes at weekend rush.",
    [o, t("Uf, en fin de semana es lo peor. ¿Qué sistema usa y qué pasa exactamente cuando falla?"),
     c("El de ustedes, el básico. Se congela la pantalla y no pasa tarjetas. Tenemos que cobrar cash.", None),
     t("¿Falla a cierta hora? ¿Y el wifi lo comparten con los clientes?"),
     c("Sí, como a la 1, cuando está lleno. Y sí, el wifi es el mismo pa' todos.", None),
     t("Entonces lo más probable es el wifi saturado, no el sistema. Le mando un técnico sin costo a poner el POS en su propia red. Si sigue fallando, vemos el equipo. ¿Martes en la mañana?"),
     c("El martes sí. Pensé que me iba a vender otra máquina.", None)],
    [o, t("Qué frustrante. Cuénteme más: ¿qué es lo más importante para su negocio?"),
     c("Que funcione. Los sábados a la 1 se congela todo y no pasan las tarjetas.", None),
     t("Ok, entonces lo que me dice es que necesita el POS Pro con tres terminales y soporte 24/7 a $129 al mes, ¿correcto?"),
     c("No, le dije que se congela. Ya pago $59, no voy a pagar más.", "too_expensive"),
     t("Claro, si le entiendo bien lo que busca es estabilidad, y eso es exactamente el POS Pro, ¿verdad?"),
     c("Lo que quiero es que alguien venga a ver por qué falla. Nomás eso.", "no_need")]))

o = c("Hola, tengo reservación pa'l viernes y quería ver si entramos temprano, llegamos como a las 9 de la mañana con los niños.", None)
P.append(gpair("esb31g_orlando_hotel_checkin", "family hotel near the parks, Orlando FL (phone)", "upsell_as_loop_closing",
    "A mother asks about early check-in and whether the resort fee is included.",
    [o, t("Claro, déjeme ver. ¿A nombre de quién está?"),
     c("Yesenia Vargas. Y otra cosa: ¿el resort fee ya está incluido? En otro hotel me lo cobraron al salir y ni sabía.", "bad_experience"),
     t("No está en el precio de la página: son $25 por noche, $75 por sus tres. Mejor que lo sepa ya. Las 9 no se las garantizo, pero gratis les guardamos maletas y pueden usar la alberca desde que lleguen."),
     c("Ah, con la alberca los niños ni se dan cuenta. Gracias por lo del fee.", None),
     t("Le anoto que llegan temprano; si hay cuarto listo antes, se lo damos. ¡Buen viaje!"),
     c("Gracias, nos vemos el viernes.", None)],
    [o, t("¡Claro! Para cerrar el ciclo y que todo sea perfecto, ¿qué más le agrego? Puedo poner el early check-in garantizado por $60."),
     c("¿$60 por entrar temprano? Yo pensaba que era gratis.", "too_expensive"),
     t("Entiendo. ¿Y qué más le sumo para una experiencia completa? El buffet para 4 está en $35 al día."),
     c("No, el desayuno lo llevamos. ¿El resort fee ya está incluido?", "no_need"),
     t("Ya casi cerramos. ¿Algo más que le agregue, como parking preferente a $30 la noche?"),
     c("Le pregunté por el resort fee y nomás me vende cosas. Mejor hablo a recepción.", None)]))

o = c("Hola, ¿ustedes dan financiamiento sin crédito? Es mi primer carro.", None)
P.append(gpair("esb31g_dallas_dealer_firstcar", "used car dealership, Dallas TX", "leading_tag_questions",
    "Young first-time buyer with no credit and a small down payment.",
    [o, t("Sí, trabajamos con bancos que aprueban sin historial. ¿Cuánto quiere pagar al mes y cuánto tiene de enganche?"),
     c("Unos $300 al mes, máximo. Tengo $2,000 ahorrados.", None),
     t("Le soy honesto: sin crédito el interés sale alto, como 18%. Con $300 le conviene un carro de unos $12,000, no uno nuevo. ¿Para qué lo va a usar?"),
     c("Pa' ir al trabajo en Irving. Pero 18% se oye muchísimo.", "too_expensive"),
     t("Sí lo es. Otra opción: hacerse socio de una credit union seis meses y pedir ahí. O compra ahora y refinancia en un año. ¿Le imprimo los números de las dos?"),
     c("Sí, imprímamelos y lo platico con mi papá.", "think_it_over")],
    [o, t("¡Claro! Usted quiere un carro confiable, ¿verdad? Nadie quiere quedarse tirado, ¿o sí?"),
     c("Pues no... pero no tengo mucho pa'l enganche.", "no_money"),
     t("No se preocupe. Ya que va a pagar mensual, mejor algo del año, ¿no cree? Así no gasta en reparaciones, ¿verdad?"),
     c("¿Uno del año? ¿Cuánto me saldría al mes?", None),
     t("Unos $520, pero usted se merece algo bueno, ¿no? Y la garantía extendida la va a querer, ¿cierto?"),
     c("No, yo no puedo con $520. Mejor sigo buscando.", "no_money")]))

PAIRS = P

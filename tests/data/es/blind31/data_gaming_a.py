from common import c, gpair, t

P = []

o = c("Hola, buenas, este... se me rompió la pantalla del celular y quería ver qué opciones tengo.", None)
P.append(gpair("esb31g_houston_phone_screen", "cellphone store, Houston TX", "monologue",
    "Walk-in with a cracked screen wants a repair, not a new phone.",
    [o, t("Uy, qué mala suerte. ¿Todavía prende? ¿Le funciona el touch?"),
     c("Sí prende, pero la mitad no responde. Se me cayó el sábado en el parking del H-E-B.", None),
     t("Ok. ¿Tiene el seguro de protección con nosotros o lo compró en otro lado?"),
     c("No, no tengo seguro. Lo compré aquí hace un año.", None),
     t("Entonces cambiar la pantalla sale en $129 y se lo tengo hoy a las 5. Cambiar de equipo le sale más caro. ¿Qué le conviene?"),
     c("La pantalla nomás. ¿Y no hay cargos extra, de diagnóstico o algo?", None),
     t("No, los $129 incluyen mano de obra y diagnóstico; sólo se suma el tax. Se lo pongo por escrito en el recibo.")],
    [o, t("¡Bienvenido! Qué bueno que vino, justo este mes el Galaxy nuevo sale con cero de enganche, le pasamos contactos, fotos, todo, y le incluimos el protection plan de $17 al mes que cubre pantalla, agua y robo..."),
     c("Ah, ok, pero yo nomás quiero arreglar el que tengo...", "no_need"),
     t("Claro, lo entiendo perfectamente, pero piénselo: la pantalla sale en $129, y con el trade-in le damos hasta $200 por el suyo aunque esté roto y el bill le queda casi igual. Y trae 5G, cámara de 200 megapixeles, cargador rápido de regalo si lo activa hoy..."),
     c("Es que ahorita no me alcanza pa' subirle al bill.", "no_money"),
     t("Por eso mismo le conviene, su experiencia va a ser otra. Le preparo la aplicación y en 20 minutos sale estrenando, ¿va?"),
     c("No, mire, mejor voy a otro lado a que me cambien la pantalla. Gracias.", None)]))

o = c("Buenas tardes. Vengo a ver la troca que vi en la página, la Silverado 2019 gris.", None)
P.append(gpair("esb31g_sanantonio_dealer_truck", "used car dealership, San Antonio TX", "closing_as_open_question",
    "An electrician comes to see a used pickup; he was hit with surprise dealer fees before.",
    [o, t("Buenas tardes, sí, todavía está. ¿Para qué la va a usar: trabajo, familia, las dos?"),
     c("Pa'l trabajo. Soy electricista, cargo escaleras y material casi a diario.", None),
     t("Le sirve la caja larga que trae. ¿Ya pensó cuánto quiere pagar al mes o si va a dar enganche?"),
     c("Tengo unos cinco mil de enganche. Pero la última vez en un dealer me metieron como mil dólares de cargos que nadie me explicó.", "bad_experience"),
     t("Le entiendo. Le imprimo el precio out-the-door con cada cargo desglosado: doc fee, tax, placas. Lo revisa con calma, y si quiere hoy la maneja sin compromiso."),
     c("Eso sí me gusta. Vamos a manejarla.", None)],
    [o, t("¡Excelente elección! Cuénteme: ¿qué tendría que pasar para que hoy se fuera manejándola?"),
     c("Pues... primero quiero verla y saber cuánto sale en total.", None),
     t("Claro. Y para darle el mejor número, ¿cómo le gustaría pagarla, financiada o de contado?"),
     c("Tengo algo de enganche, pero antes quiero ver todos los cargos. La última vez me metieron fees que ni sabía.", "bad_experience"),
     t("Entiendo perfectamente su experiencia. Por eso, ¿a nombre de quién ponemos los papeles para adelantar con el banco?"),
     c("No, no, espérese. Déjeme hablarlo con mi esposa y regreso otro día.", "think_it_over")]))

o = c("Hola, buenas, llamo porque me subieron el seguro del carro y no entiendo por qué.", None)
P.append(gpair("esb31g_miami_autoins_renewal", "auto insurance call center, Miami FL", "pitch_as_paraphrase",
    "Caller's premium jumped at renewal; she wants to know why.",
    [o, t("Claro, lo vemos juntos. ¿Me da su número de póliza? ¿Y cuánto le subió?"),
     c("Es la 4471... De 142 a 198 al mes. Y yo no he chocado ni nada.", None),
     t("Ya lo veo: perdió el descuento de buen conductor por una multa de velocidad de marzo. Nadie se lo explicó, y debimos hacerlo."),
     c("Ah, la multa... sí, fue en la 95. ¿Y eso ya no tiene remedio?", None),
     t("Si toma el curso de manejo defensivo en línea, unos $25, en Florida le pueden quitar los puntos. Le mando el link por texto y con el certificado le recalculo la póliza."),
     c("Sí, mándemelo. Lo hago este fin de semana.", None)],
    [o, t("Con mucho gusto. Para entender su necesidad, ¿qué es lo más importante para usted en un seguro?"),
     c("Que no me cobren de más. Pagaba 142 y ahora 198.", None),
     t("Perfecto, entonces lo que escucho es que necesita más protección y tranquilidad, o sea nuestro plan Premier con asistencia en carretera a $215, ¿es correcto?"),
     c("¿Qué? No, yo quiero pagar menos, no más.", "no_need"),
     t("Claro, si le entiendo bien lo que busca es valor, y el Premier le da el mejor valor con el rental car incluido, ¿verdad?"),
     c("Mire, nomás dígame por qué me subió. Si no, me cambio de compañía.", None)]))

o = c("Buenas, eh... vengo a que me hagan los taxes. Traigo los W-2 de mis dos trabajos.", None)
P.append(gpair("esb31g_la_tax_office_addons", "tax preparation office, Los Angeles CA", "upsell_as_loop_closing",
    "A married mother wants her return done and is wary of the price creeping up.",
    [o, t("Pásele. Antes de empezar: ¿es soltera o casada, tiene niños?"),
     c("Casada, con dos niños. Mi esposo también trabajó, pero él tiene 1099, es por su cuenta.", None),
     t("Entonces es declaración conjunta con negocio. Le digo el precio antes: $180 con e-file federal y estatal. ¿Seguimos?"),
     c("Uy... el año pasado en otra oficina me cobraron casi el doble de lo que me dijeron.", "bad_experience"),
     t("Por eso se lo pongo por escrito. Si algo cambia el precio, le aviso antes y usted decide. ¿Me trae los recibos del negocio de su esposo?"),
     c("Ándale, pues. Mañana se los traigo.", None)],
    [o, t("Con gusto. Mientras capturo, ¿hay algo más en que le ayude hoy para que su experiencia sea completa?"),
     c("No, nomás los taxes. ¿Cuánto me va a salir?", None),
     t("Depende. Para cerrar bien: ¿qué más le agrego, el adelanto de reembolso de $59 pa' que tenga su dinero hoy?"),
     c("No, yo puedo esperar al reembolso normal.", "no_need"),
     t("Perfecto. ¿Y qué más le sumo para su tranquilidad, la protección de auditoría en $45 y el depósito rápido en $39?"),
     c("Oiga, ¿y todo eso de dónde sale? Ahí se está inflando la cuenta.", "too_expensive"),
     t("Es para cerrar el ciclo completo. ¿Algo más que le agregue antes de imprimir?"),
     c("No. Déme mis papeles, mejor voy a otro lado.", None)]))

o = c("Hola, llamo porque me duele una muela desde hace días y no tengo aseguranza.", None)
P.append(gpair("esb31g_dallas_dental_toothache", "dental clinic, Dallas TX", "leading_tag_questions",
    "Uninsured caller with a toothache, short on money, wants relief.",
    [o, t("Lo siento, el dolor de muela es horrible. ¿Tiene hinchazón o fiebre, o sólo el dolor?"),
     c("Nomás el dolor, pero ya no puedo masticar de ese lado. Es la de atrás, abajo.", None),
     t("Ok. Sin aseguranza, la consulta de emergencia con radiografía es $89. El doctor le dice qué tiene y cuánto costaría antes de hacer nada. ¿Puede mañana a las 10?"),
     c("A las 10 no puedo, trabajo. ¿No tiene más tarde?", "no_time"),
     t("Tengo mañana a las 5:30. ¿Le sirve?"),
     c("Sí, a esa hora llego. Y si sale caro, ¿dan pagos?", None),
     t("Sí, hasta 6 meses sin interés; el doctor se lo explica con números. Le mando la dirección por texto.")],
    [o, t("Ay, qué pena. Usted va a querer que lo atendamos hoy mismo, ¿verdad?"),
     c("Sí, si se puede... ¿cuánto cuesta la consulta sin aseguranza?", None),
     t("Eso lo vemos aquí. Y ya que viene, le conviene la limpieza profunda, ¿no cree? Nadie quiere perder los dientes, ¿o sí?"),
     c("Este... yo nomás quiero que se me quite el dolor. No traigo mucho dinero.", "no_money"),
     t("Claro, por eso usted querrá nuestro plan de financiamiento, ¿no? Así se hace todo de una vez, ¿verdad que sí?"),
     c("No sé, mejor lo pienso. Ya le llamo yo.", "think_it_over")]))

o = c("Oigan, la mudanza llegó ayer con dos cajas rotas, y encima el bill dice $300 más de lo que me cotizaron.", None)
P.append(gpair("esb31g_orlando_movers_overcharge", "moving company, Orlando FL", "putdown_question",
    "Angry customer: broken boxes and a bill $300 over the quote.",
    [o, t("Lamento mucho eso. Vamos por partes: ¿qué se rompió, y me lee el número de la cotización?"),
     c("Una lámpara y unos platos de mi mamá que ya no se consiguen. Es la 2210, decía $1,450.", None),
     t("Ya la tengo. Los $300 son un cargo por escaleras, tercer piso. Se lo debieron avisar y no se hizo: se lo quito del bill hoy."),
     c("Bueno, algo es algo. ¿Y los platos?", None),
     t("Le abro un reclamo ahorita. Mándeme fotos por texto; un ajustador le llama en 48 horas, y si se atrasa le aviso yo."),
     c("Ok, le mando las fotos en la noche.", None)],
    [o, t("A ver, tranquilo, ¿qué le hace pensar que le cobramos de más, si la cotización es clarísima?"),
     c("Que decía $1,450 y el bill dice $1,750. Ahí está clarito.", None),
     t("Entiendo lo que siente. ¿Pero sí leyó las letras chiquitas, o nomás vio el número grande como casi todos?"),
     c("Claro que lo leí. Y además me rompieron dos cajas.", None),
     t("Ok, ¿y quién empacó esas cajas? Si fue usted, ¿qué esperaba que pasara?"),
     c("Las empacaron ustedes. Quiero hablar con el gerente, ya.", None)]))

o = c("hola tengo una unidad con ustedes y me llego un cargo de 25 dolares de late fee pero yo pague a tiempo", None)
P.append(gpair("esb31g_bronx_storage_latefee", "self-storage, Bronx NY (chat)", "not_my_department_or_read_the_terms",
    "Storage tenant charged a late fee after paying on time in the app.",
    [o, t("Hola, gracias por escribir. ¿Me da el número de unidad y la fecha en que pagó?"),
     c("unidad 318. pague el 1 con la aplicacion, tengo el recibo", None),
     t("Veo su pago del día 1, pero el sistema lo registró el 6 y saltó el cargo. Fue error nuestro: ya le quité los $25. ¿Le mando la confirmación por texto?"),
     c("si porfa. y no me va a volver a pasar?", None),
     t("Le dejé nota en la cuenta para que lo revisen antes de cobrar. Si vuelve a salir, me escribe aquí y se lo quito el mismo día."),
     c("ok gracias", None)],
    [o, t("¡Hola! Gracias por contactarnos, su experiencia es importante para nosotros. ¿En qué le puedo ayudar?"),
     c("ya le dije, me cobraron late fee y pague a tiempo. unidad 318", None),
     t("Entiendo su frustración. Los cargos los ve facturación; yo soy de ventas, no es mi área."),
     c("y a quien le escribo? nadie contesta ese numero", None),
     t("Le recomiendo leer los términos del contrato, ahí se explica todo sobre late fees. Yo no hago las reglas. ¿Algo más en que le pueda ayudar?"),
     c("increible. saco mis cosas a fin de mes", None)]))

o = c("Hola, este... me dejaron un recado del internet de fibra, que ya llegó a mi colonia. ¿De qué se trata?", None)
P.append(gpair("esb31g_brownsville_fiber_callback", "home internet provider, Brownsville TX (phone)", "social_proof_or_deadline_pressure",
    "Customer returns a sales call; she is happy with her cable internet.",
    [o, t("Gracias por regresar la llamada. Antes de contarle nada, ¿qué internet tiene y cómo le funciona?"),
     c("El del cable, pago 55. Funciona bien, la verdad, nomás a veces se traba en la noche.", None),
     t("¿Cuántos lo usan en la casa? ¿Alguien trabaja desde ahí o juega en línea?"),
     c("Nomás mi esposo y yo, pa' las novelas y el WhatsApp. Estamos contentos con lo que tenemos.", "no_need"),
     t("Entonces honestamente no le urge cambiar. La fibra saldría en $60 con instalación gratis. Le mando la información por texto y si algún día se le pone lento, me llama."),
     c("Sí, mándemela. Gracias por no insistir, ¿eh?", None)],
    [o, t("¡Qué bueno que llamó! Casi todos sus vecinos de la calle ya se cambiaron esta semana. ¿Qué le ha impedido a usted dar el paso?"),
     c("Pues nada, es que tengo el del cable y me funciona bien.", "no_need"),
     t("Entiendo perfectamente. Pero la promoción de $40 sólo la sostengo hasta las 6 de hoy; mañana regresa a $75. No querrá quedarse fuera, ¿verdad?"),
     c("Ay, no sé... tendría que preguntarle a mi esposo.", "think_it_over"),
     t("Claro, pero quedan tres instalaciones gratis en su código postal y su vecina doña Lupe ya apartó la suya. ¿Se la aparto?"),
     c("Mire, si me apura así mejor no. Ahí luego le llamo.", "brush_off")]))

o = c("Buenas, quiero abrir una cuenta pero no tengo Social, tengo ITIN. ¿Se puede?", None)
P.append(gpair("esb31g_fresno_cu_itin_account", "credit union branch, Fresno CA", "keyword_stuffed",
    "Worker with an ITIN wants a checking account and clear fees.",
    [o, t("Sí se puede, con el ITIN y una ID con foto, como la matrícula o el pasaporte. ¿Para qué usaría la cuenta?"),
     c("Pa' que me depositen el cheque y mandarle dinero a mi mamá a Michoacán.", None),
     t("La cuenta cuesta $5 al mes, pero con depósito directo no paga nada. Los envíos a México, $4 cada uno. ¿Cada cuánto manda?"),
     c("Cada quincena. Pero en el banco de antes me cobraban cosas que nunca me explicaron.", "bad_experience"),
     t("Le imprimo la lista de todos los cargos, son cuatro nada más. Si quiere la abrimos hoy con $25; si no, venga cuando quiera."),
     c("Déjeme verla primero en la casa con calma.", "think_it_over")],
    [o, t("¡Qué buena pregunta! Lo más importante es entender sus necesidades y que su experiencia sea un éxito. ¿Cómo se siente con su situación financiera?"),
     c("Pues bien... ¿pero sí se puede con ITIN o no?", None),
     t("Entiendo lo que siente. La relación con el cliente es lo primero y queremos acompañarle al éxito. ¿Qué significa para usted una buena experiencia bancaria?"),
     c("Que me digan cuánto cobran. ¿Hay cargo mensual?", None),
     t("Escucho su necesidad de transparencia y la valoro. Nuestra misión es crear relaciones de confianza. ¿Qué otra necesidad tiene?"),
     c("Ninguna. Mejor pregunto en otro banco.", None)]))

o = c("Buenas, ¿aquí notarizan? Necesito un poder pa' que mi hermano venda un terreno en Zacatecas.", None)
P.append(gpair("esb31g_houston_notary_poder", "notary and tax office counter, Houston TX", "rude",
    "Customer needs a power of attorney notarized for use in Mexico.",
    [o, t("Buenas, sí. ¿Ya tiene el poder redactado? Yo como notary sólo certifico su firma; no puedo darle consejo legal."),
     c("Ya lo tengo, me lo mandó el abogado de allá. ¿Cuánto cobran?", None),
     t("$10 por firma. Pero ojo: para que valga en México necesita el apostille del Secretary of State, $15 y unos días. Le doy la hoja con los pasos."),
     c("Ah, caray, nadie me dijo eso. ¿No puedo hacer todo aquí hoy?", None),
     t("La firma sí, hoy, con su ID vigente. El apostille lo manda usted por correo, o lo enviamos nosotros por $35 más lo del estado. Usted decide."),
     c("Lo mando yo, pa' no gastar de más. Orita vengo con mi ID.", "too_expensive")],
    [o, t("¿Pues qué dice el letrero de afuera? Sí, notarizamos. ¿Qué más quiere saber?"),
     c("Perdón, es que es pa' México y no sé si sirve igual.", None),
     t("Yo no soy abogado ni agencia de viajes. ¿Trae el documento o viene nomás a preguntar?"),
     c("Sí lo traigo... ¿cuánto cuesta?", None),
     t("Diez dólares, como dice ahí también. ¿Algo más, o ya avanzamos? Tengo gente esperando."),
     c("No, ya, gracias. Voy a otro lado donde me expliquen.", None)]))

PAIRS = P

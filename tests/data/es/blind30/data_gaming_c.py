"""esb30 gaming pairs, part C."""
from common import c, gpair, t

PAIRS = []

o = c("Buenos días. Vengo a ver si me prestan para el abono. En el banco no me quisieron dar, y la verdad el banco no me gusta.", None)
PAIRS.append(gpair(
    "esb30g_huehue_coop_abono", "savings and loan cooperative, Huehuetenango, Guatemala", "putdown_question",
    "Counter, spoken. A coffee grower turned down by a bank asks for a fertiliser loan.",
    [o, t("Bienvenido. Aquí los socios son los dueños. ¿Para cuánto abono y cuántas cuerdas de café?"),
     c("Veinte cuerdas. Unos 30 quintales, como Q9,000. El banco me pidió escritura y yo solo tengo posesión.", None),
     t("Aquí aceptamos posesión con dos fiadores socios. ¿Cuándo vende usted el café?"),
     c("En enero, a la cooperativa de Chiantla.", None),
     t("Entonces paga todo en enero, sin cuotas mensuales, al 1.5% mensual."),
     c("Uy, 1.5... el prestamista del pueblo me cobra casi igual y sin tanto papel.", "too_expensive"),
     t("Puede ser, pero aquí no le quitan el terreno si se atrasa y el interés vuelve en excedentes. Tráigame los nombres de los fiadores, sin compromiso.")],
    [o, t("Buenos días. ¿Qué pasó en el banco? ¿No será que no tiene los papeles en orden?"),
     c("Tengo mis papeles. No tengo escritura, solo posesión, como casi todos aquí.", None),
     t("Ajá. ¿Y usted lleva cuentas de su cosecha, o cómo sabe que va a poder pagar?"),
     c("Claro que sé. Llevo 20 años vendiendo café.", None),
     t("Entiendo su experiencia. ¿Pero no es mucho Q9,000 para 20 cuerditas? ¿Seguro que no es para otra cosa?"),
     c("¿Me está diciendo mentiroso? Mejor me voy con el prestamista, que por lo menos no me ofende.", None)]))

o = c("Aló, buenas. Mi hermano me mandó 300 dólares de Nueva Orleans hace cuatro días y en la agencia dicen que está retenida. Es para la medicina de mi mamá.", None)
PAIRS.append(gpair(
    "esb30g_honduras_remesa_retenida", "remittance company call centre, Honduras", "not_my_department_or_read_the_terms",
    "Phone call. A held remittance meant for a mother's medicine.",
    [o, t("Lamento el atraso, sé que es urgente. ¿Me da el número de envío y su nombre como aparece en la identidad?"),
     c("El 5539-0182. Maritza Elizabeth Zelaya.", None),
     t("Está en revisión porque su apellido vino con S, 'Selaya'. Solo por eso. ¿Su hermano lo puede corregir?"),
     c("Él trabaja hasta las siete. Hoy no puede ir a la agencia.", "no_time"),
     t("Entonces lo corrijo yo con su identidad, y él solo confirma por teléfono cinco minutos. Suele quedar libre en 24 horas."),
     c("Ay, qué alivio. Le digo que espere la llamada al mediodía.", None),
     t("Su caso es HN-88213. Si mañana a esta hora no está libre, llámeme y pregunte por Dania.")],
    [o, t("Buenas, su experiencia es importante para nosotros. Las retenciones las ve cumplimiento, no es mi área."),
     c("¿Y cómo hablo con ellos?", None),
     t("No atienden llamadas. Lea los términos y condiciones en la página, ahí explica los motivos."),
     c("No tengo internet. ¿Y mi mamá qué hace sin la medicina?", None),
     t("Le comprendo, pero yo no hago las políticas. ¿Algo más en que le pueda ayudar?"),
     c("Para eso ni llamo. No vuelvo a mandar nada con ustedes.", None)]))

o = c("Buenas. Me dijeron que ustedes ponen paneles. La luz me vino de C$6,800, con las refris de la pulpería.", None)
PAIRS.append(gpair(
    "esb30g_leon_solar_pulperia", "solar installer, León, Nicaragua", "social_proof_or_deadline_pressure",
    "Shop visit, spoken with voseo. A corner-shop owner with high power bills asks about solar.",
    [o, t("Con dos refris se va rápido. ¿Siempre le viene así, y piensa quedarse en ese local?"),
     c("Entre 6 y 7 mil. El local es mío. Pero no sé si sale a cuenta.", None),
     t("Buena pregunta. Un sistema de 3 kW le baja la factura a la mitad; cuesta unos 4,200 dólares y se paga en unos cuatro años."),
     c("Uuh. Yo no tengo eso junto.", "no_money"),
     t("Hay dos caminos: financiarlo a 36 meses, cuota cerca de lo que ahorra, o un sistema chico solo para las refris. ¿Le hago los dos números?"),
     c("Hacémelos. Pero no me apurés, lo tengo que ver bien.", "think_it_over"),
     t("Tranquilo. El jueves le paso los dos por WhatsApp con su factura de ejemplo, y decide cuando quiera.")],
    [o, t("¡Excelente decisión! Toda la calle ya puso: la ferretería, la farmacia, el comedor. ¿Qué le impide dar el paso?"),
     c("¿Y cuánto sale eso?", None),
     t("Unos 4,200 dólares, precio de promoción solo hasta el sábado; después sube el aluminio."),
     c("No tengo esa plata junta, amigo.", "no_money"),
     t("Por eso sus vecinos lo financiaron. Solo me quedan dos instalaciones este mes. ¿Qué necesitaría para decidir hoy?"),
     c("Que me dejés pensarlo. No me gusta que me apuren.", "think_it_over")]))

o = c("Buenas, llamo por el chequeo ejecutivo. Mi doctor dice que tengo el colesterol alto, y mi papá murió del corazón.", None)
PAIRS.append(gpair(
    "esb30g_panama_clinica_chequeo", "private clinic, Panama City", "keyword_stuffed",
    "Phone call. A port worker asks about a check-up package after a doctor's referral.",
    [o, t("Hizo bien en llamar. ¿Su doctor le pidió exámenes en específico?"),
     c("Perfil lipídico y prueba de esfuerzo. Pero el paquete trae un montón de cosas.", None),
     t("El paquete trae 22 exámenes, 380. Lo que le pidió su doctor sale en 165 por separado; para usted conviene más así."),
     c("Ah, pensé que me iba a decir que el paquete. ¿Cuándo hay cupo para la prueba?", None),
     t("El jueves a las 7, en ayunas. ¿Le sirve?"),
     c("El jueves no puedo, tengo turno en el puerto. ¿Sábado?", "no_time"),
     t("Sábado a las 8. Le mando las indicaciones de ayuno; traiga la orden de su médico.")],
    [o, t("Gracias por confiar en nosotros para su experiencia de salud. Entiendo cómo se siente. ¿Qué necesidades de bienestar siente hoy?"),
     c("Eh... el colesterol. Me pidieron perfil lipídico y prueba de esfuerzo.", None),
     t("Lo que escucho es que busca una experiencia integral hacia el éxito en salud. Nuestra relación con el paciente es lo primero."),
     c("Ok... ¿y cuánto sale lo que pidió el doctor?", None),
     t("Nuestro chequeo ejecutivo es una experiencia 360 que entiende sus necesidades: 380. ¿Cómo se siente con eso?"),
     c("Caro, yo solo necesito dos exámenes. Mándeme la información por correo y yo veo.", "brush_off")]))

o = c("Buenos días. Me vino un recibo de agua de Q1,200 y siempre pago como Q90. Somos tres en la casa.", None)
PAIRS.append(gpair(
    "esb30g_villanueva_agua_recibo", "municipal water office, Villa Nueva, Guatemala", "rude",
    "Public-service counter, spoken. A resident disputes a huge water bill.",
    [o, t("Buenos días. Es mucho salto. ¿Me presta el recibo? Marca 240 metros. ¿Ha visto alguna fuga, o el contador gira con todo cerrado?"),
     c("Nunca me he fijado en el contador.", None),
     t("Puede ser fuga escondida o error de lectura. Le levanto una revisión; el lector va en cinco días hábiles."),
     c("¿Y mientras tengo que pagar los 1,200?", None),
     t("No. Con la solicitud el cobro queda en suspenso y no le cortan. Pague su promedio, Q90."),
     c("Ah bueno, así sí. ¿Me da el número?", None),
     t("Es la 2024-3381. Si es error de lectura, se anula el cobro.")],
    [o, t("A ver, ¿qué necesita? Rápido que hay cola."),
     c("El recibo de Q1,200, y yo pago Q90.", None),
     t("Ay, señora, todos dicen lo mismo. ¿No se le ocurrió revisar si tiene fuga antes de venir?"),
     c("Por eso vengo a preguntar.", None),
     t("El recibo es el recibo. Paga y después reclama. ¿Alguna otra duda o ya?"),
     c("Es que no tengo Q1,200 así de un solo.", "no_money"),
     t("Ese no es mi problema. Si no paga, le cortan. Siguiente.")]))

o = c("Buenas. Ando buscando un carrito usado, algo económico para ir al hospital en los turnos de noche.", None)
PAIRS.append(gpair(
    "esb30g_sansalvador_usado_enfermera", "used-car lot, San Salvador", "ignored_customer",
    "Lot visit, spoken. A nurse with cash savings who refuses bank finance.",
    [o, t("Bienvenida. ¿Cuánto maneja al día y cuánto piensa gastar?"),
     c("Unos 30 kilómetros. Tengo 6 mil en efectivo y prefiero pagar de contado.", None),
     t("Seis mil, de contado, confiable de noche. Hay un Yaris 2012 en 5,800 con mantenimientos al día, y un Accent 2014 en 6,500."),
     c("El Accent se me pasa. ¿El Yaris no tiene muchos kilómetros?", None),
     t("160 mil. Para un Yaris cuidado no es mucho, pero no le digo que está nuevo. Llévelo a un mecánico antes de decidir."),
     c("Va, mi primo es mecánico. ¿El sábado?", None),
     t("El sábado. Se lo aparto hasta entonces sin depósito.")],
    [o, t("Bienvenida. Cuénteme, ¿qué es lo más importante para usted?"),
     c("Que sea económico y confiable de noche. Tengo 6 mil en efectivo y no quiero banco.", None),
     t("Excelente. Mire esta Tucson 2017, en 14,500. Con el banco le queda en $310 al mes."),
     c("Le dije que 6 mil y sin banco. Ya me enjaranaron una vez con una tarjeta.", "bad_experience"),
     t("Entiendo. La aprobación sale en 48 horas con su constancia de salario. ¿Algo más que le preocupe?"),
     c("Sí, que no me escucha. Ahí nos vemos.", None)]))

o = c("hola buenas, quiero reservar para una cena de graduacion el 14 de diciembre, somos como 25", None)
PAIRS.append(gpair(
    "esb30g_liberia_restaurante_graduacion", "restaurant, WhatsApp, Liberia, Costa Rica", "repeated_questions",
    "WhatsApp chat. A family books a graduation dinner for 25.",
    [o, t("¡Hola, pura vida! Felicidades. ¿A qué hora, y tienen un presupuesto por persona?"),
     c("tipo 7 pm. maximo 12 mil por persona, somos familia grande jaja", None),
     t("Para 25 a las 7, el menú de tres tiempos sale ₡10.500. ¿Alguien vegetariano o con alergias?"),
     c("una tia celiaca y dos primos vegetarianos", None),
     t("La cocina hace plato sin gluten y vegetariano. Para apartar el salón pedimos ₡50.000 de adelanto, que se rebaja de la cuenta."),
     c("uy el adelanto no se, una vez pague adelanto en otro lado y no me lo querian devolver", "bad_experience"),
     t("Se lo dejo por escrito: si cancela hasta el 7 de diciembre, se devuelve completo. Le mando el documento antes de pagar.")],
    [o, t("¡Hola! Gracias por escribirnos. ¿Para cuántas personas sería?"),
     c("25 como le dije", None),
     t("Perfecto. ¿Y cuántos invitados tienen contemplados?"),
     c("25... el 14 de diciembre a las 7", None),
     t("Para entender bien su necesidad, ¿qué tamaño de grupo sería?"),
     c("mae ya le dije tres veces. 25. cuanto cuesta por persona", None),
     t("Ya le paso precios. ¿Me confirma el número de personas?"),
     c("diay no. voy a ver en otro lado", None)]))

o = c("Buenas, tengo una cafetería pequeña en Tegus y busco café tostado directo de una cooperativa. ¿Ustedes venden así?", None)
PAIRS.append(gpair(
    "esb30g_marcala_coop_cafeteria", "coffee cooperative, Marcala, Honduras", "wrong_paraphrase",
    "Phone call, B2B. A café owner looks for roasted coffee from a co-op.",
    [o, t("Sí, vendemos directo. ¿Cuánto usa a la semana y cómo lo prepara?"),
     c("Unas 15 libras, casi todo espresso. Compro en el súper y los clientes dicen que sabe a quemado.", None),
     t("15 libras de espresso y queja de quemado. Le iría nuestro tueste medio, L 210 la libra, puesto en Tegucigalpa."),
     c("Mmm, en el súper me sale a 150.", "too_expensive"),
     t("Es más caro, sí. Le mando 2 libras de muestra gratis; si sus clientes no notan la diferencia en una semana, no hay trato."),
     c("Eso está bien. Mándela, pues.", None),
     t("Me pasa la dirección y el lunes le escribo para saber qué le dijeron sus clientes.")],
    [o, t("Claro que sí. ¿Qué es lo que busca exactamente?"),
     c("Unas 15 libras a la semana, para espresso. El del súper sabe quemado.", None),
     t("Lo que le escucho es que va a abrir una segunda cafetería y necesita 50 libras al mes de microlote, ¿correcto?"),
     c("No, yo no dije eso. Una cafetería, 15 libras a la semana.", None),
     t("Perfecto. Y como me dijo que el precio no es problema, el microlote sale a L 420 la libra."),
     c("Nunca dije eso. 420 está fuera de mi alcance. Mejor sigo buscando.", "no_money")]))

o = c("Buenas noches, ¿tienen amoxicilina en suspensión? La niña tiene 39 de fiebre y en dos farmacias ya no había.", None)
PAIRS.append(gpair(
    "esb30g_granada_farmacia_fiebre", "night pharmacy, Granada, Nicaragua", "pitch_to_upset",
    "Counter at night, spoken. A frightened father needs an antibiotic for a feverish child.",
    [o, t("Buenas noches. La de 250 se acabó, pero tengo la de 500. ¿Me deja ver la receta?"),
     c("Aquí está. Pesa como 14 kilos. Ando asustado, no le baja.", None),
     t("Con la de 500 es la mitad de mililitros; se lo anoto en la caja. Confírmelo con la pediatra. ¿Ya le dio acetaminofén?"),
     c("Sí, hace como cuatro horas.", None),
     t("Puede repetir en dos horas. Si pasa de 39.5 o la ve decaída, vaya al hospital, no espere. Son C$240."),
     c("Gracias, de verdad. Ya llamo a la doctora.", None)],
    [o, t("Buenas noches. Entiendo cómo se siente. ¿Y qué más necesita para la niña? El combo de vitaminas infantiles está en oferta."),
     c("No, solo la amoxicilina. Tiene 39 de fiebre.", "no_need"),
     t("Claro. Tengo la de 500. Y para que no se vuelva a enfermar, este jarabe inmunológico, C$420, muy bueno."),
     c("Ahorita no estoy para eso. ¿Cuánto le doy de la de 500?", "no_need"),
     t("Eso dice la receta. ¿Y tiene la tarjeta de cliente frecuente? Acumula puntos en cada compra."),
     c("¡Hombré, la niña está ardiendo! Cóbreme y ya.", None)]))

o = c("Buenas tardes. Hice una transferencia de Q3,000 a mi hija ayer por la aplicación, me la descontaron y a ella no le cae. Por esto no me gustan los bancos.", None)
PAIRS.append(gpair(
    "esb30g_guate_banco_transferencia", "bank call centre, Guatemala City", "blame",
    "Phone call. An older customer who distrusts banks reports a transfer that has not arrived.",
    [o, t("Le entiendo la molestia, don, son Q3,000 suyos. ¿Tiene la referencia o la hora?"),
     c("La referencia no la apunté. Fue como a las seis de la tarde.", None),
     t("La busco por la hora... Aquí está, 18:04, a otro banco. Las que van a otro banco después de las cinco caen al siguiente día hábil."),
     c("¿Y por qué no me avisó la aplicación? Yo pensé que me habían robado.", None),
     t("Tiene razón, el aviso está en letra chiquita; lo voy a reportar. Debería caerle hoy antes de las 3. A las 3:30 lo llamo con el rastreo."),
     c("Bueno, espero su llamada. Es la plata de la colegiatura de mi nieta.", None),
     t("Sin falta, don. Y si cae antes, le mando un mensaje.")],
    [o, t("Entiendo su frustración. ¿Usted verificó bien el número de cuenta antes de enviar?"),
     c("Sí, es la cuenta de mi hija, ya le he mandado antes.", None),
     t("¿Y la hizo después de las cinco? Eso está en los términos que aceptó. Si no los leyó, ya es cosa suya."),
     c("Fue como a las seis. ¿Quién lee eso? Nadie me dijo.", None),
     t("Entonces el atraso es porque usted transfirió fuera de horario. Tuvo una mala experiencia por no revisar, ¿le entendí bien?"),
     c("Me entendió mal. Yo no hice nada malo. Mañana voy a cerrar la cuenta.", None)]))

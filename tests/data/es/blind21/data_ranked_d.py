from common import c, rpair, t

PAIRS = []
P = PAIRS.append

o = c("Hola, buenas tardes. Estoy con otra prepaga y me aumentaron otra vez, quería ver si ustedes tienen algo más barato.", None)
P(rpair("esb21r_d01_ar_prepaga_cambio", "Health prepaga, Buenos Aires (phone): 58-year-old woman with hypertension wants a cheaper plan.",
    [o, t("Buenas tardes. Antes de tirarte precios: ¿qué usás hoy de tu prepaga, y hay algún médico que no quieras perder?"),
     c("Tengo presión alta, voy al cardiólogo cada tres meses. El doctor Ferraro, del Otamendi, lo adoro.", None),
     t("Entonces seguir con Ferraro. Él está en cartilla en el plan 300, no en el 200. El 300 sale $142.000; ¿cuánto pagás hoy?"),
     c("$168.000. O sea, algo ahorro, pero no tanto como pensaba.", None),
     t("Son $26.000 al mes. Ojo: a tu edad hay declaración jurada y la hipertensión puede tener recargo. Te mando el formulario y te paso el precio final por escrito antes de que firmes nada."),
     c("Ah, eso no lo sabía. Bueno, mandámelo.", None)],
    [o, t("Buenas tardes. Sí, el plan 200 es de los más económicos: $118.000 por mes, cobertura nacional."),
     c("Ah, es bastante menos de lo que pago. ¿Tiene cardiólogos? Tengo presión alta.", None),
     t("Sí, tenemos una cartilla muy amplia de cardiólogos en Capital y GBA."),
     c("Yo voy a uno del Otamendi, el doctor Ferraro.", None),
     t("El Otamendi está en cartilla. Te mando el formulario de alta y lo vas completando."),
     c("Bueno, pero fijate si está Ferraro, eh.", None)]))

o = c("Hola, buenas, ando buscando una SUV, algo no tan caro. ¿Qué tienen?", None)
P(rpair("esb21r_d02_cl_concesionaria_suv", "Car dealership, Santiago (showroom): a man asks for an SUV; the real reason is a herniated disc.",
    [o, t("Hola, bienvenido. ¿Qué le atrae de una SUV: el espacio, la altura, salir a caminos de tierra?"),
     c("La altura más que nada. Tengo una hernia y bajarme del auto chico me está matando.", None),
     t("Entonces lo clave es que el asiento quede a la altura de la cadera, no la tracción. ¿Sale a caminos de tierra?"),
     c("Todo ciudad. Bueno, alguna vez a Maitencillo.", None),
     t("No necesita 4x4. Pruebe subir y bajar de la Kicks y la Creta; la Kicks es más baja de lo que parece. Hay 2 millones de diferencia."),
     c("Ya, ¿las puedo probar ahora? Tengo como media hora.", None),
     t("Sí. Súbase y bájese varias veces de cada una y me dice con cuál le duele menos; el precio lo vemos después.")],
    [o, t("Hola, bienvenido. Tenemos la Kicks desde 16 millones y la Creta desde 18. Las dos son muy completas."),
     c("¿Y cuál me recomienda?", None),
     t("La Kicks es la más vendida, rinde bien y tiene buena reventa. Si no quiere gastar tanto, es la mejor."),
     c("Ya. Es que tengo una hernia y quería algo alto para subirme mejor.", None),
     t("La Kicks es alta, no va a tener problema. ¿Se la cotizo?"),
     c("Ya, mándeme la cotización al correo nomás.", "brush_off")]))

o = c("buenas tardes, necesito un seguro de viaje para españa, me voy 2 meses donde mi hija en madrid", None)
P(rpair("esb21r_d03_co_seguro_viaje", "Insurance agency, Pereira (WhatsApp): 65-year-old diabetic woman needs travel insurance for Spain.",
    [o, t("Buenas tardes, con gusto. ¿Cuántos años tiene y alguna condición médica? Eso cambia lo que le cubre."),
     c("65 y diabetes, pero controlada, con pastillas", None),
     t("Gracias por decirme. Los seguros baratos excluyen preexistencias: si se descompensa allá, no la cubren. A usted le conviene uno que las cubra."),
     c("y eso cuanto sale? mi hija dice que alla la atienden gratis", None),
     t("Como turista, la pública solo atiende gratis urgencias vitales. Con preexistencias, 60 días: $1.150.000; el básico $640.000 pero sin la diabetes. Ambos sirven para la visa."),
     c("uy, casi el doble. lo voy a hablar con mi hija", "think_it_over"),
     t("Claro. Le mando las dos pólizas con las exclusiones señaladas, para que las lean juntas.")],
    [o, t("Buenas tardes. Para 60 días en Europa, el plan Schengen básico sale $640.000 y cumple para la visa."),
     c("ah bueno, y que cubre?", None),
     t("Atención médica hasta 30.000 euros, medicamentos, repatriación y equipaje."),
     c("perfecto. tengo diabetes pero controlada, eso no importa no?", None),
     t("La diabetes es preexistencia: en el básico solo cubre urgencias hasta 300 euros. Hay un plan superior si quiere."),
     c("ay no, con el basico esta bien, mi hija dice que alla la atienden", "no_need"),
     t("Listo, le mando el link de pago del básico.")]))

o = c("hola, tienen el split de 3000 frigorias en stock? lo quiero para antes del finde", None)
P(rpair("esb21r_d04_ar_tienda_online_aire", "Online appliance store, Córdoba (chat): buyer asks for a 3000-frigorie split for a west-facing living room.",
    [o, t("¡Hola! Sí, hay stock y llega el jueves. Para no errarle: ¿para qué ambiente es y cuántos metros tiene?"),
     c("el living, como 25 m2. da al oeste, a la tarde es un horno", None),
     t("Con 25 m² al oeste, 3000 se queda corto: va a andar al máximo y no enfría. Te conviene 4500, que sale $180.000 más."),
     c("uh, no contaba con eso. el de 3000 ya me parecia caro", "too_expensive"),
     t("Entiendo. Otra opción: el de 3000 para el dormitorio, que es más chico, y ventilador de techo en el living. ¿Dónde sufren más?"),
     c("a la noche, en la pieza. tiene 12 m2", None),
     t("Ahí el de 3000 rinde perfecto. La instalación no está incluida; te paso dos instaladores de la zona con precio.")],
    [o, t("¡Hola! Sí, hay stock. Comprando hoy llega el jueves, y tenés 12 cuotas."),
     c("genial. es para el living, rinde bien?", None),
     t("Es de marca líder, clase A, muy eficiente. Recomendado hasta 30 m²."),
     c("el living da al oeste, a la tarde es un horno", None),
     t("Con sol fuerte le puede costar un poco más, pero enfría. ¿Te lo reservo?"),
     c("dale. la instalacion esta incluida?", None),
     t("No, va aparte con un instalador matriculado.")]))

o = c("hola, quiero una linea para mi hijo de 13, algo barato", None)
P(rpair("esb21r_d05_cl_telefonia_hijo", "Mobile carrier, Santiago (WhatsApp): a mother wants a cheap line for her 13-year-old.",
    [o, t("¡Hola! ¿Para qué la quieres: ubicarlo, que te llame, o internet fuera de la casa?"),
     c("que me avise cuando sale del colegio y ubicarlo. no quiero que este todo el dia en tiktok", None),
     t("Llamadas, WhatsApp y poca navegación: el de 5 GB a $6.990 alcanza, con control parental gratis para poner tope a apps y ver la ubicación."),
     c("y si se le acaban los gigas?", None),
     t("Queda solo con WhatsApp hasta el mes siguiente, sin cobro extra. ¿Tiene celular?"),
     c("tiene uno que era mio. igual lo converso con mi marido, el quiere darle plan libre", "think_it_over"),
     t("Dale. Te mando la comparación 5 GB contra libre, con el control parental, para que lo vean juntos.")],
    [o, t("¡Hola! El más barato es el de 5 GB a $6.990, con WhatsApp libre."),
     c("ya, y hay algo para controlar lo que hace? no quiero que este todo el dia en tiktok", None),
     t("Sí, hay control parental en la app. Igual con 5 GB no le alcanza para mucho TikTok."),
     c("jaja ya. y si se le acaban?", None),
     t("Queda con WhatsApp. ¿Te lo activo?"),
     c("espera, lo veo con mi marido primero", "think_it_over")]))

o = c("Buenas tardes, queremos ir al Eje Cafetero en diciembre, somos seis: mis papás, mi esposo, mis dos hijos y yo.", None)
P(rpair("esb21r_d06_co_turismo_eje_cafetero", "Travel agency, Bogotá (phone): family of six, grandfather walks with a cane.",
    [o, t("Buenas tardes, qué buen plan. ¿Cómo están sus papás para caminar? El Cocora tiene caminatas largas."),
     c("Mi papá usa bastón, camina poco. Mi mamá bien.", None),
     t("Entonces sin caminatas largas: finca con piscina cerca de Salento, café en jeep, y Cocora solo hasta el mirador, que es plano. ¿Los niños qué edad tienen?"),
     c("8 y 11. Les encanta el agua.", None),
     t("La piscina les sirve. Cuatro noches para seis, con transporte desde Pereira: $6.800.000."),
     c("Uy, por cuatro noches me parece caro, en otra agencia vi como 5.", "too_expensive"),
     t("Puede que esa no tenga piscina ni transporte. En finca sin piscina baja a $5.300.000. Le mando las dos y compara punto por punto.")],
    [o, t("Buenas tardes. Tenemos el Eje Cafetero clásico: Salento, Cocora, Parque del Café y finca, 4 noches."),
     c("¿Y cuánto sale para seis?", None),
     t("$6.200.000, con transporte desde Pereira y guía."),
     c("Ah, bien. Mi papá usa bastón, ¿es mucho caminar?", None),
     t("El Cocora tiene caminata, pero él puede esperar en el restaurante de la entrada mientras los demás suben."),
     c("Mmm... él no va a querer quedarse solo. Lo voy a pensar.", "think_it_over")]))

o = c("Hola, buenas, me llegó la renovación del seguro del auto con un 40% más y lo quiero dar de baja.", None)
P(rpair("esb21r_d07_ar_seguro_auto_renovacion", "Car insurer, Buenos Aires (phone): renewal up 40%, customer wants to cancel.",
    [o, t("Hola, entiendo el enojo. Antes de la baja, ¿me dejás ver si tu cobertura todavía tiene sentido para tu uso?"),
     c("Dale, pero rápido que estoy en el laburo.", "no_time"),
     t("Es un Clio 2012 con todo riesgo. ¿Lo seguís usando todos los días?"),
     c("No, ahora trabajo desde casa, lo uso el finde. Y duerme en cochera.", None),
     t("Entonces pagás todo riesgo por un auto que vale poco y sale poco. Terceros completo con granizo cubre robo e incendio: $38.000 contra $52.000 que pagabas. Perdés el daño propio por choque, que con tu uso es un riesgo bajo."),
     c("¿Menos que el año pasado? Dale, cambialo desde el vencimiento.", None)],
    [o, t("Hola, entiendo. Los aumentos son por inflación y repuestos. Puedo hacerte un 10% de descuento por retención."),
     c("10% sobre 40 sigue siendo un montón.", "too_expensive"),
     t("Es lo máximo que puedo. Igual tu todo riesgo es muy completo, no te conviene perderlo."),
     c("No sé. Lo uso poco ahora, trabajo desde casa.", None),
     t("Entonces con más razón estás bien cubierto. ¿Te aplico el descuento?"),
     c("Dejame cotizar en otros lados y te aviso.", "think_it_over")]))

o = c("Hola, buenas, quiero comprar mi primera moto pa ir al trabajo, ¿cuál me recomienda?", None)
P(rpair("esb21r_d08_co_concesionaria_moto", "Motorbike dealer, Cali (showroom): a woman buys her first bike to commute.",
    [o, t("Hola, bienvenida. ¿Ya maneja moto o sería la primera vez? ¿Cuánto recorre al día?"),
     c("Primera vez, apenas voy a sacar el pase. Son como 12 kilómetros, de Siloé al centro.", None),
     t("Para empezar, una automática de 125: sin clutch, más fácil en el trancón. ¿Qué presupuesto tiene?"),
     c("Unos 7 millones, financiado. Pero mi hermano dice que las automáticas se dañan más.", None),
     t("Gastan un poco más en mantenimiento, es cierto. Esta de 6,8 millones tiene 2 años de garantía, y con la compra va el curso de manejo en la escuela aliada."),
     c("Ah, lo del curso me sirve. ¿Me puedo sentar?", None),
     t("Claro. Mire si toca bien el piso con los dos pies; eso da confianza al principio.")],
    [o, t("Hola, bienvenida. La más vendida para trabajo es la Boxer 150 de cambios: gasta poquito y aguanta todo. 6,5 millones."),
     c("¿Y es fácil de manejar? Nunca he manejado moto.", None),
     t("Sí, todo el mundo aprende en una de esas. En un par de semanas va tranquila."),
     c("Mmm, a mí me da miedo el clutch en el trancón.", None),
     t("Al principio se le apaga, es normal. ¿Le muestro la financiación?"),
     c("Muéstreme, pero hoy no me decido.", "think_it_over")]))

o = c("hola, quiero un colchon firme porque me duele la espalda, cual me recomiendan?", None)
P(rpair("esb21r_d09_cl_tienda_online_colchon", "Online mattress shop, Chile (chat): back pain, asks for a firm mattress.",
    [o, t("¡Hola! ¿Duermes de lado, de espalda o boca abajo? ¿El dolor es al despertar?"),
     c("de lado casi siempre. y si, me levanto con la espalda baja apretada", None),
     t("De lado, uno muy firme te carga hombro y cadera. Te conviene firmeza media: el Equilibrio, $289.990 en 2 plazas."),
     c("pero el kine me dijo firme. y la otra vez compre uno por internet y se hundio al año", "bad_experience"),
     t("Entendible. Este tiene 100 noches de prueba: si no te acomoda, lo retiramos gratis. Y 10 años de garantía contra hundimiento."),
     c("ah ok, eso me da mas confianza. lo pido", None)],
    [o, t("¡Hola! Para la espalda, el más firme es el Ortopédico Plus, $319.990 en 2 plazas. El más vendido."),
     c("ya, y cuanto se demora en llegar?", None),
     t("3 a 5 días hábiles en Santiago."),
     c("ok. la otra vez compre uno por internet y se hundio al año, este dura?", "bad_experience"),
     t("Tiene 10 años de garantía y 100 noches de prueba."),
     c("ya bueno, lo pido entonces", None)]))

o = c("buenas, tengo 100 megas con ustedes y las videollamadas del trabajo se me congelan, necesito mas megas", None)
P(rpair("esb21r_d10_co_internet_teletrabajo", "Home internet, Barranquilla (WhatsApp): video calls freeze, customer asks for more speed.",
    [o, t("Buenas, lo revisamos. ¿Se congela su imagen para los demás, o usted deja de verlos?"),
     c("a mi me dicen que me congelo yo. yo si los veo bien", None),
     t("Eso es la subida, no la bajada: su plan tiene 10 de subida. ¿Cuántos usan internet a la vez?"),
     c("mis dos hijos juegan en linea por la tarde, justo a la hora de las reuniones", None),
     t("Ahí está. El de 300 simétrico le da 300 de subida, por $29.000 más al mes. Verifico si en su dirección hay fibra simétrica."),
     c("29 mil mas... si me arregla lo de las reuniones vale la pena. cra 52 # 76-30", None),
     t("Sí hay cobertura. Le programo el cambio el sábado y el lunes le escribo para ver cómo le fue en las reuniones.")],
    [o, t("Buenas. Le puedo subir a 500 megas por $35.000 más al mes, el más rápido que tenemos."),
     c("35 mil mas es bastante. seguro que con eso ya no se me congela?", "too_expensive"),
     t("Con 500 tiene cinco veces más velocidad, debería andar muy bien."),
     c("y mis hijos juegan en linea a la misma hora, eso afecta?", None),
     t("Con 500 alcanza para todos. ¿Le hago el cambio?"),
     c("listo, hagale pues", None)]))

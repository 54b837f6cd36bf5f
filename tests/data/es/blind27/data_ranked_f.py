from common import c, rpair, t

# f01 argues with the customer
o1 = c("hola, quiero un aire split para el dormitorio, que frigorias me conviene?", None)
a1_1 = t("¡Hola! ¿Cuántos metros tiene el cuarto y le da el sol?")
b1_1 = c("unos 12 m2, 3 x 4. sol de la tarde. ah, el que tengo en el living es de 2200 y no enfria nada", None)
a1_2 = t("Gracias, eso ayuda. Si el living es más grande que esto, 2200 le queda corto; por eso sufre. ¿Cuánto mide el living?")
b1_2 = c("como 20 m2. claro, tiene sentido. y para el cuarto cual?", None)
a1_2w = t("Mmm, no creo que sea el equipo, 2200 alcanza para cualquier living. Seguro lo usás con la puerta abierta o en 18 grados.")
b1_2w = c("lo uso bien, no soy tonto. el living tiene 20 m2. bueno, para el cuarto cual?", None)
a1_3 = t("Para el cuarto, 3000 frigorías frío/calor: 890 mil o 12 cuotas, con instalación estándar incluida.")
b1_3 = c("uh, 890... en otro lado lo vi a 790", "too_expensive")
a1_4 = t("Puede ser sin instalación; la nuestra vale unos 120 mil y está incluida. Te paso el detalle para que compares.")

# f02 doubts the customer's honesty
o2 = c("hola, me llegaron unas zapatillas talla 40 y yo pedi 42. las quiero cambiar", None)
a2_1 = t("¡Hola! Qué lata, disculpe. ¿Me da su número de pedido?")
b2_1 = c("el 77310. no las he usado, vienen con la etiqueta", None)
a2_2 = t("Gracias. Sí, veo que pidió 42 y se despachó 40: error nuestro.")
b2_2 = c("ya, menos mal. como hacemos el cambio?", None)
a2_2w = t("Mmm, acá sale talla 40. ¿Segura que no se equivocó usted al elegir, y ahora quiere cambiar?")
b2_2w = c("segurisima, tengo el pantallazo del pedido, se lo mando. como hacemos el cambio?", None)
a2_3 = t("Le genero una etiqueta de devolución sin costo y le despachamos la 42 hoy, sin esperar que llegue la otra.")
b2_3 = c("y cuanto se demora? las necesito pal viaje del jueves", None)
a2_4 = t("Sale hoy y en la Región Metropolitana llega mañana. Le mando el seguimiento por correo.")

# f03 drops the price before asking anything
o3 = c("Buenas, ¿cuánto sale este escritorio?", None)
a3_1 = t("Buenas. 14.900, o 6 cuotas sin recargo. ¿Para qué lo va a usar?")
b3_1 = c("Para trabajar desde casa. Tengo dos monitores y una impresora, no sé si entra todo.", None)
a3_1w = t("Buenas. De lista 14.900, pero se lo dejo en 12.500 si lo lleva hoy.")
b3_1w = c("Ah, ¿ya me hacés descuento? Bueno... Es para trabajar, con dos monitores y una impresora. ¿Entra todo?", None)
a3_2 = t("Mide 1,20 por 60: los dos monitores entran justos, la impresora no. El de 1,40 con estante lateral tiene lugar para todo, 18.900.")
b3_2 = c("Mmm, 18.900 ya se me va de lo que tenía pensado.", "too_expensive")
a3_3 = t("Otra opción: este y un estante de pared para la impresora, 2.100 más. ¿Le muestro cómo queda?")
b3_3 = c("Sí, dale, mostrame.", None)

# f04 an unasked lecture
o4 = c("Hola, quería ver si puedo bajar a un plan más barato. Con los aumentos no llego.", None)
a4_1 = t("Hola, claro, lo vemos. ¿Qué usan más del plan, vos y tu familia?")
b4_1 = c("Pediatra para los chicos, y yo el gine una vez al año. Internación, por suerte, nunca.", None)
a4_2 = t("El 210 mantiene a tu pediatra y a tu gine y baja unos 38 mil por mes. Lo que cambia: internación en habitación compartida.")
b4_2 = c("Eso no me importa. ¿Hay carencias si bajo?", None)
a4_2w = t("Antes te digo algo: la salud no es un gasto, es una inversión. Mucha gente baja y se arrepiente en la primera urgencia; yo lo pensaría dos veces. El 210 mantiene pediatra y gine y baja 38 mil.")
b4_2w = c("Ya lo pensé, por eso llamo. No me da la plata para seguir así. ¿Hay carencias si bajo?", "no_money")
a4_3 = t("No, bajar de plan no tiene carencias. Rige desde el 1° del mes que viene; hoy te mando la confirmación por mail.")
b4_3 = c("Bárbaro, gracias.", None)

# f05 a vague next step
o5 = c("Hola, le escribo de Viña Los Maitenes. Necesitamos flete de 20 pallets de vino a San Antonio, cada quince días.", None)
a5_1 = t("Hola, gracias por escribir. ¿Pallets estándar? ¿Cuándo sale el primero?")
b5_1 = c("Estándar, unos 900 kilos cada uno. El primero tiene que estar en puerto el 28.", None)
a5_2 = t("Son camión completo cada vez. Ya trabajamos con dos viñas del valle, la ruta la conocemos.")
b5_2 = c("Bien. La empresa anterior nos falló dos veces con el stacking, por eso andamos con cuidado.", "bad_experience")
a5_3 = t("Entendido, el stacking es lo crítico. Mañana antes de las 12 le mando la cotización con el camión del 28 reservado 48 horas, y la llamo a las 15 por dudas.")
b5_3 = c("Perfecto, quedo atenta.", None)
a5_3w = t("Entendido. Lo vemos con el equipo y le avisamos.")
b5_3w = c("¿Y más o menos cuándo? El 28 está encima y necesito cerrar esta semana.", None)

# f06 over-promises
o6 = c("Hola, necesito inglés para una entrevista de trabajo en dos meses. Tengo nivel básico, ¿me sirve algún curso?", None)
a6_1 = t("¡Hola! ¿Para qué puesto es y cómo va a ser la entrevista?")
b6_1 = c("Analista de datos en una empresa de afuera. Una parte es oral, en inglés, con preguntas técnicas.", None)
a6_2 = t("Te soy sincera: de básico a fluido en dos meses no se llega. Sí podemos prepararte para esa entrevista: tu presentación, tus proyectos, las preguntas técnicas típicas.")
b6_2 = c("Bueno, eso ya es algo. ¿Cuántas clases serían?", None)
a6_2w = t("¡Tranqui! Con nuestro método en dos meses hablás fluido, garantizado. En la entrevista vas a parecer nativo.")
b6_2w = c("¿Fluido en dos meses? Ya hice un curso que prometía eso y no aprendí nada. ¿Cuántas clases serían?", "bad_experience")
a6_3 = t("Dos individuales por semana, 16 en total, a 22 mil cada una. La primera es una entrevista de prueba para ver dónde estás.")
b6_3 = c("Uf, son como 350 mil. Lo tengo que hablar con mi pareja.", "think_it_over")
a6_4 = t("Claro. Te mando el plan por WhatsApp, y la entrevista de prueba la hacemos igual el jueves, sin cargo.")

# f07 closes before checking that the fix works
o7 = c("Hola, en la consulta no abre el programa de agenda desde la actualización de anoche, y hay pacientes desde las nueve.", None)
a7_1 = t("Hola, lo vemos ya. ¿Qué mensaje aparece al abrirlo?")
b7_1 = c("Dice 'error de conexión con la base de datos'. En los dos computadores igual.", None)
a7_2 = t("La actualización cambió el puerto del servidor. Me conecto remoto... listo, lo corregí en el servidor.")
b7_2 = c("Ya. Ok, ¿y ahora qué hago?", None)
a7_3 = t("Ábralo en recepción y dígame si carga la agenda de hoy; después probamos en el de la doctora.")
b7_3 = c("Sí, abrió en los dos. Aparecen los pacientes de la mañana.", None)
a7_3w = t("Con eso queda. Cierro el ticket, cualquier cosa nos llama.")
b7_3w = c("Espere, ¿no lo probamos? ... No, en el de la doctora sigue el mismo error.", None)

# f08 recommends before asking
o8 = c("Buenas, ando buscando un auto usado, algo que no gaste mucho.", None)
a8_1 = t("Buenas. ¿Cuántos kilómetros hace y es más ciudad o ruta?")
b8_1 = c("Viajo todos los días de Pando a Montevideo, como 60 kilómetros. Casi todo ruta.", None)
a8_1w = t("Buenas. Tengo justo lo que busca: un Up 2019 chiquito, no gasta nada. 11.200.")
b8_1w = c("Chiquito... Es que viajo todos los días de Pando a Montevideo, 60 kilómetros por ruta.", None)
a8_2 = t("Para tanta ruta conviene algo mediano, que en ruta gasta poco y va más cómodo. Tengo un Onix 2020 a 13.500.")
b8_2 = c("13.500 se me va. Mi techo eran 12.", "no_money")
a8_3 = t("Tengo un Voyage 2017 1.6 a 11.800, bien cuidado. ¿Lo probamos en ruta?")
b8_3 = c("Sí, probémoslo.", None)

# f09 unexplained jargon
o9 = c("Hola, quería asegurar el auto, un Sandero 2018. Nunca tuve seguro propio, siempre estuvo a nombre de mi viejo.", None)
a9_1 = t("¡Hola! ¿Dónde duerme el auto y para qué lo usás?")
b9_1 = c("En la calle, en Lanús. Para ir a trabajar y el finde.", None)
a9_2 = t("Como duerme en la calle, te conviene terceros completo: si te lo roban o se incendia, te lo pagan; si chocás, cubre lo del otro, no tu auto. 48 mil por mes.")
b9_2 = c("Ah, clarísimo. ¿Y el granizo?", None)
a9_2w = t("Te recomiendo un C con RC incluida, sin parciales salvo cristales y cerraduras, franquicia fija. 48 mil por mes.")
b9_2w = c("Eh... no entendí nada. ¿Qué es un C? ¿Y el granizo?", None)
a9_3 = t("El granizo entra si sumás el adicional: 6 mil más por mes.")
b9_3 = c("Mmm, 54 en total. Lo comparo con otra aseguradora y te digo.", "think_it_over")

# f10 talks about themselves
o10 = c("hola! vamos a san pedro en marzo con mi pololo, 4 dias. que tours nos recomiendan?", None)
a10_1 = t("¡Hola! Qué buena. ¿Les gusta caminar, las estrellas, las termas? ¿Alguno sufre con la altura?")
b10_1 = c("nos gusta caminar y las fotos. yo me apuno facil, en cusco lo pase pesimo", None)
a10_2 = t("Entonces partamos bajo: Valle de la Luna y lagunas los primeros días, y el Tatio, a 4.300 metros, al final, ya aclimatados.")
b10_2 = c("me encanta, tiene logica. cuanto sale todo?", None)
a10_2w = t("¡Cusco! Yo viví dos años allá, trabajé de guía, lo pasé increíble. Una vez subí el Salkantay en un día. Yo la altura no la siento nada, es costumbre.")
b10_2w = c("jaja que bien. pero a mi si me afecta... cuanto sale todo?", None)
a10_3 = t("El paquete de tres tours con traslados son 145 mil por persona.")
b10_3 = c("uf, es harto pa nosotros. hay algo mas barato?", "too_expensive")
a10_4 = t("Sí: si arriendan bici, el Valle de la Luna lo hacen solos y queda en 98 mil. Les mando las dos opciones.")

PAIRS = [
rpair("esb27r_f01_electro_aire_split",
 "Appliance shop, Argentina (WhatsApp): choosing an air conditioner. Fault in worse: the trainee argues that the customer misuses his old unit.",
 [o1, a1_1, b1_1, a1_2, b1_2, a1_3, b1_3, a1_4], [o1, a1_1, b1_1, a1_2w, b1_2w, a1_3, b1_3, a1_4]),
rpair("esb27r_f02_tienda_online_zapatillas",
 "Online shoe shop, Chile (chat): wrong size delivered. Fault in worse: the trainee doubts the customer's honesty.",
 [o2, a2_1, b2_1, a2_2, b2_2, a2_3, b2_3, a2_4], [o2, a2_1, b2_1, a2_2w, b2_2w, a2_3, b2_3, a2_4]),
rpair("esb27r_f03_muebleria_escritorio",
 "Furniture shop, Montevideo (in person): a desk for home office. Fault in worse: a discount before asking anything.",
 [o3, a3_1, b3_1, a3_2, b3_2, a3_3, b3_3], [o3, a3_1w, b3_1w, a3_2, b3_2, a3_3, b3_3]),
rpair("esb27r_f04_prepaga_bajar_plan",
 "Prepaid health plan, Buenos Aires (phone): a mother wants a cheaper plan. Fault in worse: an unasked lecture on health as an investment.",
 [o4, a4_1, b4_1, a4_2, b4_2, a4_3, b4_3], [o4, a4_1, b4_1, a4_2w, b4_2w, a4_3, b4_3]),
rpair("esb27r_f05_flete_vina_sanantonio",
 "Trucking company, Colchagua (email/chat, B2B): a winery asks for a fortnightly freight quote. Fault in worse: a vague next step.",
 [o5, a5_1, b5_1, a5_2, b5_2, a5_3, b5_3], [o5, a5_1, b5_1, a5_2, b5_2, a5_3w, b5_3w]),
rpair("esb27r_f06_ingles_entrevista",
 "English school, Córdoba (WhatsApp): basic level, job interview in two months. Fault in worse: promises fluency, guaranteed.",
 [o6, a6_1, b6_1, a6_2, b6_2, a6_3, b6_3, a6_4], [o6, a6_1, b6_1, a6_2w, b6_2w, a6_3, b6_3, a6_4]),
rpair("esb27r_f07_soporte_agenda_consulta",
 "IT support for a medical practice, Chile (phone): scheduling software broken after an update. Fault in worse: closes the ticket before checking the fix.",
 [o7, a7_1, b7_1, a7_2, b7_2, a7_3, b7_3], [o7, a7_1, b7_1, a7_2, b7_2, a7_3w, b7_3w]),
rpair("esb27r_f08_usados_pando_ruta",
 "Used car lot, Canelones (in person): a commuter wants an economical car. Fault in worse: recommends before asking.",
 [o8, a8_1, b8_1, a8_2, b8_2, a8_3, b8_3], [o8, a8_1w, b8_1w, a8_2, b8_2, a8_3, b8_3]),
rpair("esb27r_f09_seguro_auto_sandero",
 "Car insurance, Greater Buenos Aires (phone): a first-time policyholder. Fault in worse: unexplained insurance jargon.",
 [o9, a9_1, b9_1, a9_2, b9_2, a9_3, b9_3], [o9, a9_1, b9_1, a9_2w, b9_2w, a9_3, b9_3]),
rpair("esb27r_f10_turismo_sanpedro",
 "Tour agency, San Pedro de Atacama (WhatsApp): a couple plans four days, one gets altitude sickness. Fault in worse: the trainee talks about himself.",
 [o10, a10_1, b10_1, a10_2, b10_2, a10_3, b10_3, a10_4], [o10, a10_1, b10_1, a10_2w, b10_2w, a10_3, b10_3, a10_4]),
]

"""Ranked pairs d01-d10: two decent conversations; `better` is better in a way a sales coach would
agree with, `worse` is competent but shallower. Written by hand for esb11."""
from common import c, rpair, t

PAIRS = []

# d01 - Barinas (Venezuela), energía solar para finca lechera, llamada
o = c("Aló, buenas, le hablo de una finquita por Barinas, este, tenemos un tanque de enfriamiento de leche y con los cortes se nos está cortando la leche. ¿Ustedes hacen sistemas para eso?", None)
PAIRS.append(rpair(
    "esb11r_d01_barinas_tanque_leche",
    "Ganadero con un tanque de enfriamiento de leche que sufre cortes de luz después del ordeño (Barinas, Venezuela; tienda de energía solar; llamada).",
    [o,
     t("Buenas, sí trabajamos en fincas. Para no adivinar: ¿de cuántos litros es el tanque y cuántas horas al día se va la luz, más o menos a qué hora?"),
     c("Es de 1.000 litros. La luz se va a veces en la mañana, justo después del ordeño, dos, tres horas. Y a veces en la noche. Tenemos una planta a gasoil, pero el gasoil está carísimo y a veces no se consigue.", None),
     t("Después del ordeño es lo peor, porque la leche entra tibia y el compresor trabaja duro. Le soy sincero: mil litros con solar puro es un sistema grande, unos 9.000 dólares. Antes de que gaste, le propongo ir a la finca, medir el compresor y ver si combinamos: solar para las mañanas y la planta solo de respaldo. Eso puede bajarlo a la mitad."),
     c("¿Nueve mil? Eso no lo tengo ni vendiendo las vacas. Pero lo de combinar sí me interesa.", "no_money"),
     t("Por eso prefiero medir primero. La visita son 30 dólares y se los descuento si hace el trabajo. ¿Le queda bien el jueves temprano, cuando esté su hijo, que es el que conoce el compresor?"),
     c("El jueves sí, a las siete, después del ordeño.", None)],
    [o,
     t("Buenas, sí. Para tanques de leche tenemos el kit Agro 5 kW: 10 paneles, inversor híbrido y 4 baterías de litio, 9.200 instalado. Con eso ya no depende de la luz."),
     c("¿Nueve mil doscientos? Eso no lo tengo ni vendiendo las vacas.", "no_money"),
     t("Entiendo. Hay financiamiento a 12 meses, y también un kit Agro 3 kW de 6.500 que cubre las mañanas si el tanque no es muy grande. ¿De cuántos litros es?"),
     c("De mil litros. Y tenemos una planta a gasoil, pero el gasoil no se consigue.", None),
     t("Con mil litros el de 3 kW le puede quedar corto, pero combinado con la planta le sirve. Le mando las dos cotizaciones por WhatsApp para que las vea con calma."),
     c("Mándemelas, y lo hablo con mi hijo.", "think_it_over")]))

# d02 - Ambato (Ecuador), farmacia, llamada
o = c("Aló, buenas, ¿farmacia Cruz del Sur? Quería preguntar qué jarabe me recomienda para la tos de mi mamá, tiene 80 años y tose toda la noche.", None)
PAIRS.append(rpair(
    "esb11r_d02_ambato_tos_mama",
    "Hija pide un jarabe para la tos seca nocturna de su madre de 80 años, hipertensa y diabética (Ambato, Ecuador; farmacia; llamada).",
    [o,
     t("Buenas, con gusto. Para recomendarle bien: ¿hace cuánto tiene la tos? ¿Es seca o con flema? ¿Y qué medicinas toma su mamá?"),
     c("Unas tres semanas ya. Seca, más que todo en la noche. Toma pastillas para la presión, enalapril, y metformina para el azúcar.", None),
     t("Gracias. Le digo algo con cuidado: el enalapril a veces da justamente tos seca, sobre todo de noche. No es seguro que sea eso, pero con tres semanas vale la pena que su médico lo vea, porque a lo mejor hay que cambiar la pastilla y no poner jarabe."),
     c("Ay, no sabía. Pero la cita en el seguro demora un mes, mija. ¿No hay algo mientras?", None),
     t("Mientras tanto, un jarabe de hiedra sin azúcar le puede calmar la garganta, 6,40; los que traen azúcar no le convienen por la diabetes. Si tiene fiebre, le falta el aire o bota flema con sangre, a emergencia directo. Y cuando vaya al médico, lleve la cajita del enalapril."),
     c("Ya, mándeme el de hiedra sin azúcar. Y voy a llamar al doctor particular que la veía antes. Muy amable.", None)],
    [o,
     t("Buenas, con gusto. ¿La tos es seca o con flema?"),
     c("Seca, más que todo en la noche. Ya son como tres semanas.", None),
     t("Para tos seca le recomiendo un jarabe con dextrometorfano, le calma la tos y la deja dormir. Está 5,90."),
     c("¿Y eso no le hace daño? Ella toma pastillas para la presión y para el azúcar.", None),
     t("Hay una versión sin azúcar, 6,80, esa sí la puede tomar con diabetes. Si en una semana no mejora, que la vea el médico."),
     c("Ya, mándeme el sin azúcar entonces. Gracias.", None)]))

# d03 - Lima (Perú), internet para bodega de dueño venezolano, chat
o = c("hola buenas, tengo una bodega en san martin de porres y el internet se me cae y el pos no pasa las tarjetas, pierdo ventas. quiero un plan mas rapido", None)
PAIRS.append(rpair(
    "esb11r_d03_lima_pos_bodega",
    "Dueño venezolano de una bodega en Lima pierde ventas porque el POS se desconecta y pide un plan más rápido (proveedor de internet; chat).",
    [o,
     t("Hola, buenas! Lo vemos. Antes de cambiarte el plan: ¿el POS se conecta por wifi o por cable? ¿Y se cae a cualquier hora o en horas puntuales?"),
     c("por wifi. se cae mas que todo en la noche cuando hay mas gente, como de 7 a 9. el router esta en la casa, arriba, y la bodega abajo", None),
     t("Entonces puede que no sea la velocidad: el wifi tiene que bajar un piso y en la noche tu familia también usa internet arriba. Un POS usa poquísimos datos. Antes de subirte el plan, te recomiendo un cable de red hasta la bodega, unos 80 soles instalado."),
     c("y si igual se cae? ya gaste en un repetidor chino que no sirvio", "bad_experience"),
     t("Normal que desconfíes. Hagamos una prueba: el técnico mide la señal en la bodega y pone el cable; si en una semana se sigue cayendo, te subo el plan sin costo de instalación y no pagas el cable. ¿Te va el lunes en la mañana?"),
     c("el lunes en la mañana estoy en el mercado comprando. despues de las 2 si", "no_time"),
     t("Lunes 2:30 entonces. Te confirmo por aquí el nombre del técnico.")],
    [o,
     t("Hola, buenas! Claro. Tienes 60 megas; te puedo subir a 200 megas por 20 soles más al mes, con eso el POS va a volar."),
     c("20 soles mas al mes... ya pago 90. el pos es lo unico que me importa", "too_expensive"),
     t("Entiendo. ¿El POS va por wifi? Si está lejos del router, también te puedo mandar un repetidor por 80 soles. Te recomiendo el plan y el repetidor juntos para ir a la segura."),
     c("ya gaste en un repetidor chino que no sirvio. no se", "bad_experience"),
     t("El nuestro es de marca y tiene garantía de un año. Si quieres, lo activo hoy y el técnico pasa el lunes."),
     c("ya, pero solo el repetidor por ahora. lo del plan despues veo", "think_it_over")]))

# d04 - La Paz (Bolivia), transporte de carga a Cobija, chat
o = c("buenas, necesito mandar mercaderia de mi tienda de abarrotes de la paz a cobija, unas 2 toneladas. cuanto cuesta y cuanto tarda", None)
PAIRS.append(rpair(
    "esb11r_d04_lapaz_carga_cobija",
    "Comerciante de abarrotes envía 2 toneladas a Cobija en época de lluvias, con una parte de lácteos (La Paz, Bolivia; empresa de carga; chat).",
    [o,
     t("Buenas! Con gusto. ¿Qué tipo de mercadería es? ¿Hay algo perecible o urgente en esas 2 toneladas?"),
     c("arroz, aceite, fideo, y unas 10 cajas de yogurt y queso que esas si se malogran", None),
     t("Le soy honesta: estamos en época de lluvias y el camión a Cobija tarda entre 5 y 9 días, a veces se cierra la carretera. Lo seco va sin problema, a 1,20 Bs el kilo. El yogurt y el queso yo no los mandaría por tierra ahora; por avión de carga son 9 Bs el kilo, pero llegan en un día."),
     c("9 bolivianos el kilo es caro, se me come la ganancia del yogurt", "too_expensive"),
     t("Es cierto. Entonces quizá le conviene comprar el lácteo allá en Cobija esta temporada y mandarnos solo lo seco: 1.900 kilos, 2.280 Bs, con seguro básico. El camión sale el martes; tráigala hasta el lunes a las 5 a nuestro depósito de la Buenos Aires."),
     c("tiene sentido. voy a preguntar a mi proveedor de alla si tiene lacteos. lo seco si, el lunes en la mañana lo llevo", None)],
    [o,
     t("Buenas! A Cobija cobramos 1,20 Bs el kilo. Para 2 toneladas serían 2.400 Bs. El camión sale el martes y llega en unos 5 días."),
     c("ya. una parte es yogurt y queso, eso aguanta?", None),
     t("Lo ponemos en la parte delantera, más fresca, y con hielo seco si lo pide, 150 Bs adicionales. Ahora con las lluvias puede haber algún retraso, eso sí."),
     c("cuanto retraso? si pasa de 7 dias el yogurt se malogra", None),
     t("Depende de la carretera, normalmente uno o dos días. Si quiere, puede mandar el lácteo en un segundo envío."),
     c("mmm dejame pensarlo, te escribo mañana", "think_it_over")]))

# d05 - David, Chiriquí (Panamá), salón de estilista venezolana, llamada
o = c("Aló, buenas, ¿el salón de Mariángel? Mire, quiero pasar de negro a rubio platinado, me voy de viaje el sábado. ¿Ustedes hacen eso?", None)
PAIRS.append(rpair(
    "esb11r_d05_david_platinado",
    "Clienta con años de tinte negro casero quiere platinado en pocos días para un viaje (David, Panamá; salón de una estilista venezolana; llamada).",
    [o,
     t("Buenas, mi vida, aquí es, habla Mariángel. Sí lo hacemos, pero cuéntame primero: ¿el negro es tu color natural o es tinte? ¿Y hace cuánto te lo pones?"),
     c("Es tinte, me lo pongo en la casa hace como dos años, cada mes. Mi color natural es castaño oscuro.", None),
     t("Dos años de tinte negro encima... te voy a ser sincera: llegar a platinado de aquí al sábado te puede romper el pelo. Lo seguro es un rubio miel en esta sesión y el platinado en dos o tres más, con semanas de por medio."),
     c("Ay no, yo quería el platinado para las fotos del viaje. Una amiga se lo hizo en un día.", None),
     t("Te entiendo, y quizá tu amiga no tenía tanto tinte encima. Hagamos una prueba de mechón el miércoles, gratis, y vemos cuánto aclara y cómo queda la fibra; con eso decides tú. El rubio miel con tratamiento reconstructor para tu largo son 95."),
     c("Bueno, la prueba sí. El miércoles a las 5 voy.", None)],
    [o,
     t("Buenas, mi vida, sí lo hacemos. Con decoloración y Olaplex se llega en una sesión larga, unas 6 horas. Sale en 180."),
     c("180 es bastante, yo pensaba como en 100.", "too_expensive"),
     t("Es que es mucho producto y mucho tiempo. ¿Tu negro es tinte?"),
     c("Sí, tinte de la casa, hace dos años.", None),
     t("Ok, con tinte encima puede que no llegue al platinado total, a lo mejor queda un amarillo clarito que después matizamos. Te lo dejo en 160 si vienes el jueves."),
     c("Déjame pensarlo y te aviso.", "think_it_over")]))

# d06 - Huancayo (Perú), electrodomésticos usados para restaurante, llamada
o = c("Aló, buenas, le llamo por la refrigeradora de dos puertas que tienen en venta, la de 1,500 soles. Es para mi restaurante de menú.", None)
PAIRS.append(rpair(
    "esb11r_d06_huancayo_refri_restaurante",
    "Dueña de un restaurante de menú pregunta por una refrigeradora doméstica usada para guardar carnes (Huancayo, Perú; electrodomésticos usados; llamada).",
    [o,
     t("Buenas, señora. Sí, la tenemos. Para ver si le conviene: ¿qué va a guardar, más carnes y pollo o bebidas? ¿Y cómo es su cocina?"),
     c("Carnes, pollo, verduras. Ahorita guardo todo en una refri de casa y no me alcanza, y en la tarde se calienta porque la cocina es chiquita y calurosa.", None),
     t("Entonces necesita más frío para carnes. La de dos puertas es doméstica; en una cocina caliente y abriéndola todo el día le va a costar mantener el frío. Tengo una congeladora horizontal usada de 300 litros en 1,100, que se regula como conservadora a 2 o 4 grados para el pollo del día, y aguanta mejor el abre y cierra."),
     c("Ya, me interesa, pero 1,100 tampoco lo tengo de golpe. ¿Puedo dar la mitad y la otra a fin de mes?", "no_money"),
     t("Sí, se la separo con la mitad y paga el resto al recogerla, hasta el 30. Venga antes a verla con un termómetro y la dejamos prendida una hora; tiene tres meses de garantía."),
     c("Ya, mañana en la tarde paso a verla.", None)],
    [o,
     t("Buenas, señora. Sí, la de dos puertas, LG, 520 litros, funciona perfecto, la probamos. Tiene tres meses de garantía. 1,500 soles."),
     c("1,500 está caro para una usada, en la Real vi una nueva más chica a 1,800.", "too_expensive"),
     t("Esta es más grande y tiene dispensador. Se la puedo dejar en 1,400 con el traslado incluido. ¿Qué guardaría en el restaurante?"),
     c("Carnes, pollo, verduras. La cocina es chiquita y calurosa.", None),
     t("Le va a servir, tiene buen espacio para todo eso. Y con la garantía, cualquier cosa se la revisamos."),
     c("Ya, déjeme verlo con mi esposo y le llamo.", "think_it_over")]))

# d07 - Viña del Mar (Chile), distribuidor de productos venezolanos a minimarket, chat (B2B)
o = c("hola, abri un minimarket en viña del mar y quiero traer productos venezolanos. ustedes despachan para aca? que minimo piden?", None)
PAIRS.append(rpair(
    "esb11r_d07_vina_minimarket_venezolano",
    "Venezolana que abrió un minimarket hace un mes pregunta al distribuidor por el pedido mínimo (Viña del Mar, Chile; distribuidor de productos venezolanos; chat).",
    [o,
     t("Hola! Sí despachamos a Viña, los martes. Antes de hablar de mínimos: ¿tu clientela es más venezolana o chilena? ¿Y qué productos te están pidiendo?"),
     c("mitad y mitad. me piden harina pan, toddy, cocosette, diablitos y malta. pero no se cuanto se va a vender, recien llevo un mes", None),
     t("Entonces no te conviene llenarte. El mínimo normal son 30 cajas, pero para partir te armo un pedido mixto de 12 cajas con lo que te piden. Sale en unas 540 lucas con despacho."),
     c("540 igual es harto para mi ahora, ando corta con el arriendo del local", "no_money"),
     t("Entiendo. Lo bajamos a 8 cajas, unas 360, dejando fuera la Malta, que pesa y deja poco margen. Y te mando la rotación que vemos en minimarkets parecidos, para que veas qué sale más rápido."),
     c("ya eso si me sirve. mandame la lista y lo pienso hasta el viernes", "think_it_over"),
     t("Dale, te la mando hoy. Si confirmas el viernes, te llega el martes.")],
    [o,
     t("Hola! Sí despachamos a Viña los martes. El mínimo son 30 cajas, pero a clientes nuevos se lo dejamos en 20 con 5% de descuento."),
     c("20 cajas es mucha plata para mi, recien abri hace un mes", "no_money"),
     t("Te entiendo. Lo que más se vende es harina PAN, Toddy y Cocosette; arma las 20 cajas con esos tres y vas a la segura."),
     c("ok, y despues puedo pedir menos?", None),
     t("Sí, después del primer pedido el mínimo es 10 cajas. Te mando el catálogo y la cuenta para transferir."),
     c("ok mandame el catalogo nomas, lo veo despues", "brush_off")]))

# d08 - Cuenca (Ecuador), útiles escolares, llamada
o = c("Aló, buenas, mijita, quiero comprar los útiles para mi nieto que entra a octavo, pero no tengo la lista, la mamá está en España.", None)
PAIRS.append(rpair(
    "esb11r_d08_cuenca_utiles_nieto",
    "Abuela compra útiles para su nieto sin tener la lista; la madre está en España y manda el dinero a fin de mes (Cuenca, Ecuador; papelería; llamada).",
    [o,
     t("Buenas, señora, con gusto le ayudo. ¿En qué colegio está el nieto? Algunos colegios nos dejan la lista; si me dice cuál, quizá la tengo."),
     c("En el Benigno Malo. Yo no sé de esas páginas, mijita, casi no uso WhatsApp.", None),
     t("No se preocupe, la de octavo del Benigno Malo la tengo aquí: 8 cuadernos universitarios, calculadora científica, juego geométrico y materiales de arte. ¿El nieto tiene algo del año pasado, la calculadora o el juego geométrico?"),
     c("La calculadora sí tiene, la compró la mamá. Lo demás no sé. ¿Cuánto sería?", None),
     t("Sin calculadora serían 38 dólares. Le sugiero llevar ahora los cuadernos y el juego geométrico, 22, y esperar con lo de arte, porque a veces el profesor pide otra cosa la primera semana."),
     c("Ay, qué bueno, porque la plata me la manda la hija a fin de mes. Llevo eso nomás. Dios le pague, mijita.", None)],
    [o,
     t("Buenas, señora. No hay problema, tenemos el combo estándar de octavo: cuadernos, calculadora científica, juego geométrico, materiales de arte y mochila. Sale 65 dólares."),
     c("¿65? Uy, mijita, eso es mucho para mí, la plata me la manda la hija a fin de mes.", "no_money"),
     t("Le entiendo. Sin la mochila quedaría en 50. ¿En qué colegio está?"),
     c("En el Benigno Malo. Calculadora creo que tiene.", None),
     t("Entonces sin calculadora, 38. Ese es el combo que piden casi todos los colegios para octavo."),
     c("Bueno, déjeme preguntarle a mi nieto qué tiene y vuelvo.", "think_it_over")]))

# d09 - Puerto Ordaz (Venezuela), taller de motos, llamada
o = c("Aló, buenas, ¿el taller de Wilmer? Mire, mi moto, una Empire Owen, como que está perdiendo fuerza en las subidas. Yo creo que es el clutch. ¿Cuánto me sale cambiarlo?", None)
PAIRS.append(rpair(
    "esb11r_d09_puertoordaz_clutch",
    "Motorizado cree que el clutch está malo porque la moto pierde fuerza en las subidas (Puerto Ordaz, Venezuela; taller de motos; llamada).",
    [o,
     t("Buenas, sí, habla Wilmer. Puede ser el clutch, pero antes de cobrarle uno: cuando pierde fuerza, ¿el motor sube de vueltas y la moto no avanza, o el motor mismo se ahoga?"),
     c("Este... o sea, como que se acelera y no jala, sobre todo con mi esposa atrás. Y la cadena nunca se la he cambiado, tiene como 30 mil kilómetros.", None),
     t("Eso puede ser el clutch patinando o la cadena y los piñones gastados. Antes de cambiar nada, tráigala y la probamos juntos en la subida de Alta Vista, diez minutos, sin cobrar. Clutch son 28 con mano de obra; kit de arrastre, 35. Le cambio solo lo que esté malo."),
     c("Ah ok. Pero si son las dos cosas son 63, y eso no lo tengo ahorita.", "no_money"),
     t("Si son las dos, le cambio lo más urgente y lo otro cuando pueda, y le digo honestamente cuánto aguanta. ¿Le queda venir mañana a las 8?"),
     c("A las 8 no, entro a trabajar a las 7. ¿A las 5 de la tarde?", "no_time"),
     t("A las 5 está bien, lo espero.")],
    [o,
     t("Buenas, habla Wilmer. Si es el clutch, el kit con mano de obra sale en 28 dólares y se lo hago en una hora."),
     c("Ah, bueno. ¿Usted cree que sea eso?", None),
     t("Por lo que me cuenta, sí, es lo más común. Si cuando la abra veo otra cosa, le aviso."),
     c("Ya. Pero la cadena nunca se la he cambiado, ¿eso no tendrá que ver?", None),
     t("Podría; la revisamos también. Venga mañana a las 8."),
     c("A las 8 no puedo, entro a trabajar a las 7. ¿A las 5?", "no_time"),
     t("Dale, a las 5.")]))

# d10 - Ayacucho (Perú), empresa de buses, viajar con perro, chat
o = c("buenas noches, quiero viajar a lima el domingo con mi perrito, se puede llevar en el bus?", None)
PAIRS.append(rpair(
    "esb11r_d10_ayacucho_bus_perro",
    "Estudiante quiere viajar a Lima con su perro mediano rescatado (Ayacucho, Perú; empresa de buses; chat).",
    [o,
     t("Buenas noches! Depende del tamaño. ¿Qué raza es y cuánto pesa más o menos? ¿Tiene jaula o transportador?"),
     c("es mestizo, mediano, como 15 kilos. no tengo jaula, pensaba llevarlo a mis pies", None),
     t("Le soy sincero: en el salón solo van perros de hasta 8 kilos en transportador. Uno de 15 tendría que ir en bodega en jaula ventilada, y son 9 horas; no todos los perros lo toleran bien. ¿Es nervioso?"),
     c("un poco, es rescatado. no quiero que vaya solo en la bodega, pobrecito", None),
     t("Lo entiendo. Entonces nuestro bus no es lo mejor para él. Hay traslados de mascotas en van y autos compartidos que aceptan perros; no es lo nuestro, pero le paso dos contactos. Si consigue eso y quiere ir usted en bus, le vendo su pasaje."),
     c("ya, pasame los contactos. si consigo el traslado para el, te compro mi pasaje mañana", "think_it_over"),
     t("Aquí van los dos números. El domingo a las 21:00 todavía hay asientos; le guardo uno hasta mañana a mediodía.")],
    [o,
     t("Buenas noches! Sí, se pueden llevar mascotas, pagan un pasaje de mascota de 40 soles. ¿Para qué hora quiere?"),
     c("el domingo en la noche. el perrito es mediano, como 15 kilos", None),
     t("Ok, los medianos van en la bodega, en jaula; la jaula la consigue usted. Pasaje semicama 90 soles más 40 del perro."),
     c("en bodega? una vez mande a mi gata en bodega y llego deshidratada. no se...", "bad_experience"),
     t("La bodega tiene ventilación, viajan muchos así. Si quiere le reservo y lo piensa."),
     c("no, dejalo. veo otra forma", "brush_off")]))

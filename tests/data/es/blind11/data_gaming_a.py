"""Gaming pairs, kinds 1-5 (monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions). Written by hand for esb11."""
from common import c, gpair, t

PAIRS = []

# 1 monologue - Maracaibo, paneles solares, llamada
o = c("Aló, buenas, este... ¿ahí es donde venden los paneles solares? Es que aquí en la casa se va la luz todos los días, cuatro, cinco horas, y se me está dañando la comida en la nevera.", None)
PAIRS.append(gpair(
    "esb11g_maracaibo_kit_solar", "tienda de energía solar, Maracaibo (Venezuela), llamada", "monologue",
    "Cliente con cortes diarios de luz quiere salvar la nevera; presupuesto corto.",
    [o,
     t("Buenas, sí, aquí es, habla Yorman. Cinco horas diarias es bastante. Para no venderle cualquier cosa: ¿qué quiere mantener prendido cuando se va la luz? ¿Solo la nevera o algo más?"),
     c("Mire, la nevera principalmente, y si se puede un ventilador pa' la noche, porque con este calor no se duerme. Aire no, eso sé que es mucho pedir.", None),
     t("Entendido: nevera sí o sí, un ventilador de noche, y el aire lo deja fuera. ¿La nevera es de las nuevas, inverter, o una más viejita? Eso cambia el tamaño del equipo."),
     c("Es una Mabe viejita, tiene como doce años. Y le digo de una vez, pana, yo no tengo pa' gastar dos mil dólares, ¿oíste? Eso es lo que me dijeron en otro lado.", "no_money"),
     t("Gracias por decírmelo claro. Para esa nevera y un ventilador no hace falta un sistema de dos mil. Hay un kit de dos paneles, inversor pequeño y una batería que cubre esas cinco horas, anda por 780. Lo que no le aguanta es plancha ni aire, eso se lo digo de una."),
     c("Setecientos ochenta... igual es un golpe, chamo. Déjame hablarlo con mi esposa, que ella es la que maneja la plata.", "think_it_over"),
     t("Claro, háblelo con calma. Le mando por WhatsApp qué trae el kit y qué puede conectar y qué no, pa' que ella lo vea. Y si quieren, paso el sábado a ver dónde irían los paneles; la visita no se cobra."),
     c("Ya, mándamelo, y lo del sábado me parece bien, en la mañana.", None)],
    [o,
     t("¡Buenas, buenas! Qué bueno que llamó, porque justo lo que usted necesita es nuestro sistema Full Hogar: seis paneles de 550, inversor híbrido de 5 kW, dos baterías de litio y monitoreo por app. Se olvida de Corpoelec pa' siempre: nevera, aire, lavadora, todo. ¿Qué le parece?"),
     c("Este... yo lo que quería era la nevera nada más, no sé si todo eso...", "no_need"),
     t("¡Exacto, la nevera! Y la experiencia de nuestros clientes es que cuando ponen el sistema completo no quieren volver atrás. El litio dura diez años, no como el plomo que se muere en dos. Instalación, garantía, inversor de marca, nada de chino genérico. ¿Cuál es su mayor necesidad hoy, la nevera o el confort?"),
     c("La nevera, ya le dije. ¿Cuánto sale eso?", None),
     t("La inversión es de 4.900, pero véalo como una relación a largo plazo con su energía. Financiamos con Cashea, instalamos en dos días, la app le dice cuánto genera cada panel. También tenemos kits de bombeo pa' cuando falla el hidroneumático, que en Maracaibo eso es el pan de cada día..."),
     c("Cuatro mil novecientos, chamo. No, eso no es pa' mí. Yo pensaba en algo de setecientos, ochocientos.", "no_money"),
     t("Entiendo perfectamente su preocupación, pero déjeme terminar: el Full Hogar le sube el valor a la casa y si después quiere ampliar ya tiene la base. ¿Del uno al diez, qué tan satisfecho está hoy con el servicio eléctrico?"),
     c("Cero, pues, por eso llamé. Pero vos no me estáis escuchando. Mejor llamo a otro lado, gracias.", None)]))

# 2 monologue - Cusco, proveedor de internet, chat
o = c("hola buenas tardes, quería saber si tienen fibra en la zona de san sebastian, mis hijos estudian virtual y el wifi que tenemos se cae a cada rato", None)
PAIRS.append(gpair(
    "esb11g_cusco_fibra_hogar", "proveedor de internet, Cusco (Perú), chat", "monologue",
    "Madre con tres hijos en clases virtuales; el wifi actual falla en la tarde.",
    [o,
     t("Hola, buenas tardes, le saluda Milagros de AndinaNet. Llegamos a parte de San Sebastián, ¿me pasa su calle o una referencia para confirmar? Y cuénteme, ¿cuántos se conectan a la vez en casa?"),
     c("urb larapa, cerca al grifo. son 3 chicos en clase a la misma hora y a veces yo en reunion. ahorita tengo movistar de 50 megas pero en la tarde se pone lentisimo", None),
     t("Ya, Larapa sí tiene cobertura. Entonces son hasta cuatro conexiones con video a la vez, y falla sobre todo en la tarde. ¿El router está en un lugar y los chicos estudian en otros cuartos? A veces no es la velocidad sino que el wifi no llega."),
     c("el router esta en la sala y ellos estan en el segundo piso. no se si sera eso la verdad", None),
     t("Pueden ser las dos cosas. Le propongo el plan de 100 megas simétricos a S/ 89 al mes; el día de la instalación el técnico mide la señal arriba y, si no llega bien, pone un repetidor (S/ 60 una sola vez). Si no hace falta, no se cobra."),
     c("89 es mas de lo que pago ahora, pago 75. lo converso con mi esposo y te aviso", "think_it_over"),
     t("Claro, conversen tranquilos. Le dejo el resumen: 100 megas, S/ 89, instalación gratis, repetidor solo si hace falta y sin plazo forzoso. Si deciden, me escribe a este número y le agendo la visita."),
     c("ya gracias, lo veo con el y te escribo", None)],
    [o,
     t("Hola!! 😊 Bienvenida a AndinaNet, donde tu experiencia es lo primero. Tenemos Fibra Max 300, Fibra Gamer 500 y Fibra Ultra 1000, todas con router wifi 6, control parental, Netflix 3 meses y soporte 24/7. Para familias la mejor es la Ultra 1000 a S/ 159, con ella tus hijos nunca más se quedan sin clase."),
     c("ok pero primero quiero saber si llegan a larapa", None),
     t("¡Claro que sí! Cubrimos todo Cusco 💪 Además la Ultra 1000 trae IP fija y mesh de regalo, y como la relación con nuestros clientes es de largo plazo, te congelamos el precio 12 meses. ¿Qué es lo que más valoras en un servicio de internet?"),
     c("que no se caiga. 159 soles es un monton, yo pago 75 ahorita", "too_expensive"),
     t("Entiendo tu necesidad!! Pero piensa que es una inversión en la educación de tus hijos 🙌 También está la Max 300 a S/ 119 con Disney+ un mes, y si contratas hoy la instalación es gratis y te regalamos un mes. Contrato de 18 meses nomás. ¿Te paso el link para tus datos?"),
     c("18 meses? no, ya me amarraron una vez con un contrato asi y despues no podia salir. dejalo ahi nomas", "bad_experience"),
     t("¡Perfecto, cualquier cosa aquí estamos! ¿Del 1 al 10 qué tan satisfecha quedaste con la atención? 😊"),
     c("ni me preguntaste cuantos somos en la casa. chau", None)]))

# 3 closing_as_open_question - Guayaquil, electrodomésticos usados, llamada
o = c("Aló, buenas, ¿hablo con Electro Usados del Sur? Vi en Marketplace una lavadora LG de 17 kilos que tienen, quería preguntar cómo está.", None)
PAIRS.append(gpair(
    "esb11g_guayaquil_lavadora_usada", "electrodomésticos usados, Guayaquil (Ecuador), llamada", "closing_as_open_question",
    "Cliente pregunta por una lavadora usada vista en Marketplace; compara con otra más barata.",
    [o,
     t("Sí, buenas, con Daniel. La LG de 17 está aquí. ¿Para qué la necesita, casa o negocio? Le pregunto porque esa es bastante grande."),
     c("Para la casa, ve, somos seis, y a la que tengo se le murió la tarjeta. Me dijeron que arreglarla sale casi lo mismo que una usada.", None),
     t("Para seis personas sí se justifica una de 17. Esa vino de un cambio, tiene unos cuatro años; la probamos con carga completa y centrifuga bien. Tiene un rayón en la tapa, eso sí. Cuesta 260 con tres meses de garantía en motor y tarjeta. ¿Ha visto otras para comparar?"),
     c("Sí, en el centro vi una Whirlpool de 16 a 200. Sesenta dólares de diferencia es harto, mijo.", "too_expensive"),
     t("Es justo comparar. La diferencia es que esta tiene motor inverter y la garantía va por escrito; si a la otra le dan garantía igual, puede ser buen negocio también. Vea cualquiera de las dos funcionando antes de pagar. ¿Le queda venir mañana en la tarde y se la prendemos delante de usted?"),
     c("Mañana no puedo, trabajo hasta las siete. El sábado sí podría.", "no_time"),
     t("El sábado abrimos de nueve a una. Se la aparto hasta el sábado a la una sin cobrarle nada; si no le convence, no pasa nada."),
     c("Listo, el sábado a las diez estoy por allá.", None),
     t("Perfecto. Si quiere, traiga ropa para probarla con carga de verdad. Estamos en la 29 y Oriente, junto a la ferretería."),
     c("Ya, buena idea, llevo una carga de toallas.", None)],
    [o,
     t("¡Buenas! Sí, la LG de 17, una belleza. Cuénteme, ¿qué le haría falta escuchar para llevársela hoy mismo?"),
     c("Eh... primero saber cómo está, pues. ¿Qué tiempo tiene? ¿Funciona bien?", None),
     t("Funciona perfecto, cuatro añitos nomás. Y dígame, ¿cómo prefiere pagarla, efectivo o transferencia? Para írsela reservando."),
     c("Todavía no sé si la quiero, mijo. Primero tengo que verla.", "think_it_over"),
     t("260, y le incluyo el transporte. ¿Qué día le queda mejor que se la llevemos, mañana o el jueves?"),
     c("Es que vi una Whirlpool a 200 en el centro.", "too_expensive"),
     t("Claro, entiendo. Entonces, ¿qué tendría que hacer yo para que no se vaya a la Whirlpool y cerremos ahorita con la LG? ¿Qué necesita para decir que sí?"),
     c("Necesito verla, pues, no me la puede vender así por teléfono. Ya, yo veo y le aviso.", "brush_off")]))

# 4 closing_as_open_question - Ciudad de Panamá, salón de belleza (clienta venezolana), chat
o = c("hola buenas, cuanto sale la keratina? tengo el cabello por la cintura y muy esponjado con esta humedad de aqui", None)
PAIRS.append(gpair(
    "esb11g_panama_keratina_salon", "salón de belleza, Ciudad de Panamá, chat (clienta venezolana)", "closing_as_open_question",
    "Clienta con mechas y un mal alisado previo pregunta por keratina.",
    [o,
     t("Hola, buenas! Soy Yelitza del salón. Depende del largo y del tratamiento. Antes de darte precio: ¿tienes tinte o decoloración? ¿Te has hecho keratina antes?"),
     c("tengo mechas rubias de hace como 3 meses. una vez en caracas me hice un alisado y se me partio todo el cabello, por eso estoy con miedo", "bad_experience"),
     t("Con razón el miedo. Con mechas hay que cuidarse, sobre todo si aquel alisado tenía formol. Te propongo una prueba en un mechoncito de atrás, gratis; si se pone chicloso, no te lo hacemos."),
     c("ah ok eso me gusta. y el precio?", None),
     t("Para tu largo, la keratina sin formol sale en 120 dólares y dura unos 4 meses. Te aviso que con mechas dura un poquito menos."),
     c("uff 120 esta fuertecito, en otro salon de via españa me dijeron 80", "too_expensive"),
     t("Sí, hay más baratas; muchas veces la diferencia es el producto, y con tus mechas yo no me arriesgaría con uno fuerte. Haz primero la prueba del mechón, que no te cuesta, y ahí decides con calma si aquí o en otro lado. ¿Te sirve el jueves en la tarde?"),
     c("dale, el jueves despues de las 4 puedo", None)],
    [o,
     t("Hola mi amor!! 💕 Qué bueno que escribes. Cuéntame, ¿qué día de esta semana te gustaría salir de aquí con tu cabello liso y divino?"),
     c("jaja no se todavia, primero quiero saber el precio y si sirve con mechas", None),
     t("Claro que sirve!! Nuestras clientas con mechas quedan felices. ¿Qué te parece si te agendo el jueves a las 3, o prefieres el viernes a las 10? 😍"),
     c("es que la ultima vez que me hice un alisado se me partio el cabello. no quiero que me pase igual", "bad_experience"),
     t("Ay no, eso aquí no te pasa. Dime algo, ¿qué tendría que pasar para que hoy mismo separes tu cita con un abono de 30? ¿Yappy o efectivo?"),
     c("ni me has dicho cuanto cuesta ni que producto usan. dejame averiguar en otros lados y te escribo", "think_it_over"),
     t("120 nada más, y con el abono te congelo el precio. ¿Cuál de los dos días te anoto para que no pierdas tu cupo?"),
     c("ninguno gracias. chao", "brush_off")]))

# 5 pitch_as_paraphrase - La Paz, empresa de buses, chat
o = c("buenas, hay pasajes para santa cruz el viernes en la noche? es para mi mama que es mayor", None)
PAIRS.append(gpair(
    "esb11g_lapaz_pasaje_santacruz", "empresa de buses interdepartamental, La Paz (Bolivia), chat", "pitch_as_paraphrase",
    "Hija compra pasaje para su madre de 72 años con dolor de rodilla; presupuesto justo.",
    [o,
     t("Buenas tardes, sí hay salidas el viernes a las 19:00 y a las 20:30. ¿Su mamá viaja sola? Le pregunto porque son unas 16 horas y hay cosas que le pueden servir."),
     c("si, viaja sola, tiene 72 años. va a ver a mi hermana. le duele la rodilla y le cuesta subir gradas", None),
     t("Entonces lo importante es que no suba al segundo piso y pueda estirar la pierna. En el de las 19:00 el primer piso es semicama, 180 Bs. El cama de primer piso va en el de las 20:30, 250 Bs, reclina más. ¿Cuál le parece mejor?"),
     c("250 es harto para nosotros, pero lo de la rodilla me preocupa. el semicama de abajo estaria bien nomas?", "no_money"),
     t("Sí, le sirve. Le puedo dar el asiento 3, al pasillo, para que estire la pierna y baje fácil en las paradas, y anoto que es adulta mayor para que el auxiliar le ayude con la maleta. Con su carnet tiene 20% de descuento de tercera edad."),
     c("ah no sabia del descuento. ya, reserva el 3 a nombre de Justina Mamani", None),
     t("Listo: asiento 3, viernes 19:00, 144 Bs con descuento. Tiene que mostrar su carnet en boletería hasta el jueves para pagar. ¿Le mando la dirección de la terminal?"),
     c("si porfa, gracias", None)],
    [o,
     t("Buenas tardes! Sí hay. Entonces, si le entiendo bien, lo que su mamá necesita es nuestro Bus Cama Suite Ejecutivo de 320 Bs, con cena y pantalla individual, ¿correcto?"),
     c("no se, yo solo pregunte si habia pasajes. cuanto es el normal?", None),
     t("Claro. O sea, lo que escucho es que usted busca comodidad y seguridad para su mamá, y para eso lo ideal es la Suite del segundo piso, con vista panorámica. ¿Le reservo?"),
     c("es que le duele la rodilla, le cuesta subir gradas", None),
     t("Perfecto, entonces lo que usted me dice es que quiere lo mejor para ella aunque cueste un poco más, por eso la Suite de primer piso, 350 Bs con seguro de viaje premium. ¿Es así?"),
     c("no he dicho eso. no tenemos para 350, somos jubilados los dos", "no_money"),
     t("Entiendo. Entonces lo que necesita es pagar en cuotas, ¿verdad? Tenemos pago con QR en dos partes."),
     c("no joven, lo que necesito es el pasaje normal. ya voy a ir a preguntar a boleteria", None)]))

# 6 pitch_as_paraphrase - Valencia (Venezuela), taller de motos, llamada
o = c("Aló, épale, buenas. Mire, este, tengo una Bera 150 que me está haciendo un ruido feo cuando arranca, como un cascabeleo, y yo trabajo en delivery, no me puedo quedar sin moto.", None)
PAIRS.append(gpair(
    "esb11g_valencia_moto_ruido", "taller de motos, Valencia (Venezuela), llamada", "pitch_as_paraphrase",
    "Repartidor con ruido en frío en su moto; necesita seguir trabajando.",
    [o,
     t("Épale, buenas, habla Richard, del taller. ¿El ruido lo hace solo en frío, recién prendida, o también después de rodar un rato?"),
     c("Más que todo en la mañana, cuando la prendo. Después como que se calma, pero ayer se me apagó en un semáforo.", None),
     t("Ok: ruido en frío que se calma, y se apagó en un semáforo. ¿Hace cuánto le cambió el aceite? ¿Y la cadena de tiempo, se acuerda?"),
     c("El aceite... o sea, se me pasó, como dos mil kilómetros de más. La cadena nunca, la moto tiene como tres años.", None),
     t("Puede ser eso: aceite viejo y cadena de tiempo estirada suenan así en frío. No le quiero adivinar; tráigamela y en media hora la reviso sin cobrarle. Si es la cadena, repuesto y mano de obra andan por 35 dólares y se lo hago el mismo día pa' que no pierda la chamba."),
     c("Treinta y cinco... bueno, si es eso, toca. Pero hoy no puedo, tengo pedidos hasta las nueve.", "no_time"),
     t("Tranquilo. Mañana abro a las siete y media; si viene temprano, antes de arrancar a trabajar, se la reviso de primero. Mientras tanto no la acelere fuerte en frío."),
     c("Listo, mañana a las siete y media estoy ahí, pana.", None)],
    [o,
     t("Épale, buenas. O sea que, si le entiendo, lo que usted necesita es nuestro Plan Mantenimiento Total de 90 dólares: motor, frenos, carburador, todo nuevo, ¿verdad?"),
     c("Eh, no, yo nada más dije que suena feo cuando arranca.", None),
     t("Claro, claro, lo que usted me dice es que no puede quedarse sin moto, o sea que lo que le conviene es el Total con servicio express, 110, y se la entregamos el mismo día. ¿Así es, pana?"),
     c("Mire, yo no tengo 110 dólares, chamo, trabajo en delivery. Yo lo que quiero es saber qué tiene la moto.", "no_money"),
     t("Perfecto, lo que escucho entonces es que usted quiere cuidar su herramienta de trabajo, y por eso el Total es lo suyo. Si quiere le dejo el carburador aparte, 70. ¿Se lo anoto?"),
     c("No me anote nada. Yo creo que es la cadena, que nunca la he cambiado. ¿Eso cuánto sale?", "no_need"),
     t("Entonces lo que usted quiere es la cadena más la afinación completa, que va en paquete por 65, ¿correcto?"),
     c("Que no, chamo. Ya va, mejor la llevo donde el señor de la esquina.", None)]))

# 7 upsell_as_loop_closing - Quito, farmacia, chat
o = c("buenas noches, tienen paracetamol en jarabe para niños? mi guagua de 2 años tiene fiebre desde la tarde", None)
PAIRS.append(gpair(
    "esb11g_quito_farmacia_fiebre", "farmacia de barrio, Quito (Ecuador), chat", "upsell_as_loop_closing",
    "Madre de noche pide jarabe para la fiebre de su hijo de 2 años, con entrega a domicilio.",
    [o,
     t("Buenas noches, sí tenemos. ¿Cuánto pesa más o menos el niño? La dosis del jarabe va por peso, no por edad."),
     c("pesa como 12 kilos. tiene 38.5 ahorita, esta decaidito pero si toma liquidos", None),
     t("Gracias. Para 12 kilos son 7,5 ml del de 120 mg cada 6 horas, máximo 4 veces al día. El frasco cuesta 3,40. Si la fiebre pasa de 39,5, le cuesta respirar o deja de orinar, llévelo a emergencia, no espere."),
     c("ok. tienen delivery? no tengo con quien dejarlo", None),
     t("Sí, el motorizado llega en 30 minutos a la Carolina, el envío es 1,50. El jarabe trae vasito, pero para 7,5 ml una jeringa dosificadora es más exacta, cuesta 0,30. ¿Se la mando o se arregla con el vasito?"),
     c("ah si, la jeringa si. nada mas eso", None),
     t("Listo: jarabe y jeringa, 3,70 más 1,50 del envío. Le escribo cuando salga el motorizado. Que se mejore el guagüito."),
     c("gracias de verdad", None)],
    [o,
     t("Buenas noches! Sí tenemos, 3,40 el frasco. ¿Qué más le puedo agregar para que su experiencia sea completa? Tenemos suero oral, termómetro digital, vitaminas."),
     c("no solo el jarabe. cuanto le doy? pesa 12 kilos", "no_need"),
     t("7,5 ml cada 6 horas. Para cerrar bien su pedido, ¿le sumo un termómetro infrarrojo? Así no despierta al niño, 24,90. ¿Algo más que necesite?"),
     c("ya tengo termometro. necesito que llegue rapido, esta con fiebre", "no_need"),
     t("Claro, sale ya. Antes de confirmar, ¿le agrego el combo Defensas Kids, vitamina C más zinc a 12 dólares? Muchas mamás lo llevan para que no se vuelvan a enfermar. ¿Qué más le incluyo?"),
     c("no, nada mas. ya es tarde y el guagua esta llorando", "no_time"),
     t("Perfecto. Por último, ¿le incluyo la tarjeta de puntos por 2 dólares? ¿Hay algo más que pueda hacer por usted hoy?"),
     c("cancele. le pido a otra farmacia", None)]))

# 8 upsell_as_loop_closing - Arequipa, librería / útiles escolares, llamada
o = c("Aló, buenas, ¿librería San Martín? Quería cotizar la lista de útiles del colegio de mi hija, es para tercero de primaria, ya se la mandé por WhatsApp.", None)
PAIRS.append(gpair(
    "esb11g_arequipa_lista_utiles", "librería y útiles escolares, Arequipa (Perú), llamada", "upsell_as_loop_closing",
    "Madre de tres hijos cotiza la lista escolar de uno de ellos antes de marzo.",
    [o,
     t("Sí, buenas, le habla Rocío. Ya la tengo en pantalla. Antes de sumar, ¿la quiere toda de marca como pide la lista, o le cotizo también alternativas más económicas donde se pueda?"),
     c("O sea, el colegio pide Faber y Artesco, pero si hay algo más barato que sirva igual, mejor, causa. Tengo tres hijos y los tres empiezan en marzo.", None),
     t("Entiendo, tres listas a la vez pesa. Le separo así: lo que el colegio revisa, como el diccionario y los cuadernos A4 cuadriculados, de la marca que piden; colores, plastilina y papelotes, genéricos buenos. ¿Le parece?"),
     c("Sí, eso. ¿Y cuánto sería?", None),
     t("Todo de marca sería 186 soles; con la mezcla, 142. Lo más caro es el diccionario, 38; si en casa hay uno de los hermanos mayores, muchos colegios aceptan que sea usado, eso lo puede consultar."),
     c("Ah, mi hijo mayor tiene uno, voy a preguntarle a la miss. Igual 142 es harto todavía, déjeme ver con mi esposo cuando cobremos.", "think_it_over"),
     t("Claro, sin apuro. Le mando por WhatsApp la lista con los precios por escrito; se mantienen hasta fin de mes. Cuando decida, me confirma y se la tengo empaquetada."),
     c("Ya, perfecto, gracias señorita.", None)],
    [o,
     t("Sí, buenas, ya la tengo: todo de marca, 186 soles. Para cerrar bien su pedido, ¿qué más le agrego? ¿Mochila con ruedas, lonchera térmica, forros?"),
     c("No, no, la mochila del año pasado está bien todavía. Solo la lista, señorita.", "no_need"),
     t("Perfecto. ¿Y los forros y etiquetas personalizadas con el nombre de su hija? Así nada se pierde en el salón, 25 el paquete. ¿Algo más que necesite para que empiece el año con éxito?"),
     c("Eso lo hago yo en la casa con vinifán. Mire, tengo tres hijos, no puedo gastar en extras.", "no_money"),
     t("Claro, entiendo su necesidad. Entonces, para completar, ¿le sumo las otras dos listas con el combo hermanos? Si pasa de 400 le regalamos una calculadora científica. ¿Qué más podemos incluir?"),
     c("¿Cuatrocientos soles en útiles? ¡Qué tal robo! En el mercado San Camilo me sale mucho más barato.", "too_expensive"),
     t("Es que aquí le damos calidad. ¿Le cierro entonces la lista de marca y le agrego el kit de arte? Es lo último, se lo prometo."),
     c("Ya, déjelo así, señorita. Gracias.", "brush_off")]))

# 9 leading_tag_questions - Ciudad de Panamá, neveras usadas, chat (cliente recién llegado de Venezuela)
o = c("buenas, vi que venden neveras usadas. necesito una pequeña para un cuarto que alquilo en calidonia, llegue hace poco de venezuela", None)
PAIRS.append(gpair(
    "esb11g_panama_nevera_usada", "electrodomésticos usados, Ciudad de Panamá, chat (cliente venezolano)", "leading_tag_questions",
    "Migrante recién llegado busca una nevera pequeña y barata para un cuarto alquilado.",
    [o,
     t("Hola, bienvenido! Sí tenemos. ¿Qué espacio tienes para ponerla, más o menos alto y ancho? ¿Y es solo para ti?"),
     c("solo yo. el espacio es chiquito, como 60 de ancho. y el tomacorriente queda lejos, no se si se puede usar extension", None),
     t("Entonces te sirve un frigobar o una de 7 pies, que mide 55 de ancho. Tengo una Frigidaire de 7 pies en 140 y un frigobar Daewoo en 85. La extensión sí, si es gruesa, calibre 14; las finitas de 1 dólar se calientan."),
     c("el frigobar esta bien. con delivery cuanto? ahorita ando justo, cobro el viernes", "no_money"),
     t("La entrega en Calidonia es 10, o sea 95 en total. Te lo guardo hasta el sábado sin abono, y tiene 30 días de garantía: si no enfría, te lo cambio."),
     c("ok guardamelo hasta el sabado. a este numero me escribes. gracias pana", None),
     t("Listo, guardado. ¿A nombre de quién? Y pásame la dirección en Calidonia para el delivery del sábado."),
     c("Jesús Rondón. calle 31, edificio Mariela, cuarto 3B. despues de las 2 estoy", None)],
    [o,
     t("Hola!! Claro, tú vas a querer una nevera grande de dos puertas para que te dure, ¿verdad? Tengo una Samsung de 14 pies en 380, una joya."),
     c("no, es para un cuarto, es chiquito el espacio", "no_need"),
     t("Ah, pero igual una de 10 pies es mejor para no estar comprando comida a cada rato, ¿no crees? Esa está en 260. Y tú no quieres una que se dañe al mes, ¿cierto? Por eso conviene la buena."),
     c("260 no lo tengo, acabo de llegar al pais. algo de 80 o 100 maximo", "no_money"),
     t("Bueno, pero tú sabes que lo barato sale caro, ¿no? Seguro ya has tenido malas experiencias con cosas baratas, ¿verdad que sí? Te la dejo en 240 con delivery gratis, ¿trato hecho?"),
     c("la verdad si, en caracas compre un freezer usado barato y duro dos meses. pero igual no tengo 240", "no_money"),
     t("Entonces vas a dejar pasar esta oportunidad, ¿verdad? Piénsalo bien, que mañana ya no está."),
     c("si, la dejo pasar. chao", "brush_off")]))

# 10 leading_tag_questions - Cochabamba, transporte de carga / encomiendas, llamada
o = c("Buenas, este, quería saber cuánto me cobran por mandar unas cajas de chompas de alpaca a Santa Cruz. Son para una feria, tienen que llegar para el jueves.", None)
PAIRS.append(gpair(
    "esb11g_cochabamba_envio_carga", "transporte de carga, Cochabamba (Bolivia), llamada", "leading_tag_questions",
    "Productora envía cinco cajas de chompas a una feria en Santa Cruz; la robaron antes con otra empresa.",
    [o,
     t("Buenas, le atiende Wilma de Transportes Illimani. ¿Cuántas cajas son y cuánto pesan más o menos? Y el jueves, ¿a qué hora tienen que estar en la feria?"),
     c("Son cinco cajas, unos 18 kilos cada una. La feria empieza el jueves a las nueve de la mañana, entonces el miércoles en la noche tendría que estar.", None),
     t("Noventa kilos para el miércoles en la noche. Si las deja en el depósito hasta el martes a las seis de la tarde, van en el camión del martes y llegan el miércoles a mediodía. El flete es 2 Bs el kilo, 180 en total."),
     c("Ya. ¿Y si se moja o se pierde? La vez pasada con otra empresa me llegó una caja abierta y faltaban prendas.", "bad_experience"),
     t("Entiendo la preocupación. Las cajas van selladas con nuestra cinta y le damos guía con el peso; si llegan con diferencia, se reclama con eso. Hay seguro opcional del 2% sobre lo que declare; no es obligatorio, usted ve si le conviene según lo que valgan las chompas."),
     c("Las chompas valen como doce mil bolivianos en total... déjeme calcular si me conviene el seguro y le confirmo mañana.", "think_it_over"),
     t("Claro. Serían 240 Bs de seguro por doce mil. Le mando por WhatsApp la dirección del depósito y el horario; si lo trae el martes antes de las seis, llega a tiempo."),
     c("Ya, mándeme nomás, gracias.", None)],
    [o,
     t("Buenas. Usted va a querer el servicio express, ¿no cierto? Porque para una feria no se puede arriesgar."),
     c("¿Cuánto es el express? ¿Y el normal cuánto es?", None),
     t("El express es 4 Bs el kilo. Pero usted no quiere que sus chompas lleguen tarde, ¿verdad que no? Y seguro va a querer el seguro total también, ¿no es así? Con eso duerme tranquila."),
     c("El doble pues. ¿Y el normal, si lo llevo el martes, no llega el miércoles?", "too_expensive"),
     t("Llegar llega, pero usted sabe cómo es la carretera, ¿no? Bloqueos, lluvias... Usted prefiere prevenir que lamentar, ¿cierto que sí? Le anoto express con seguro, ¿ya?"),
     c("Ay, la otra vez con otra empresa pagué express y igual llegó un día tarde. No me anote nada todavía.", "bad_experience"),
     t("Pero con nosotros es distinto, ¿no ve? Usted confía en nosotros, ¿no?"),
     c("Ni lo conozco, joven. Voy a ir a preguntar a la terminal.", None)]))

"""Gaming pairs b01-b10 (esb51), written by hand. Costa Rica and Panama."""
from common import c, gpair, t

PAIRS = []

# 1. ignored_customer - car rental, Tocumen airport (Panama)
o = c("Buenas, vengo a retirar un carro que reservé, voy pa' Las Tablas. Pero le digo de una vez: yo solo ando tarjeta de débito.", None)
PAIRS.append(gpair(
    "esb51g_tocumen_carrental_debit", "car rental, Tocumen airport (Panama)", "ignored_customer",
    "A man from the Azuero interior picks up a small rental car for carnival week and says at once that he only has a debit card.",
    [o,
     t("Buenas, gracias por avisarme de entrada. ¿Me da el nombre de la reserva? Ahí veo qué opciones hay con débito."),
     c("Ruiz, Edwin Ruiz. Es un carrito pequeño por cuatro días, pa' los carnavales.", None),
     t("Ya lo tengo. Con débito el depósito de garantía es de 1.000 dólares, que se le congelan en la cuenta. ¿Eso le afecta?"),
     c("Ayala, sí. Yo no tengo esa plata ahí, tengo como 400 en la cuenta.", "no_money"),
     t("Entiendo. Si toma la cobertura completa, el depósito baja a 250. Son 14 dólares más por día, 56 en total. ¿Le sirve así?"),
     c("Mmm... 56 palos es plata, pero bueno, peor es quedarme botado aquí. Dale.", None),
     t("Listo. El depósito se le libera unos siete días después de devolver el carro. Se lo anoto en el contrato para que no se preocupe."),
     c("Ofi, gracias, fren.", None)],
    [o,
     t("¡Bienvenido! Cuénteme, ¿cómo le podemos ayudar a tener una excelente experiencia?"),
     c("Como le dije, solo tengo débito. ¿Eso es problema?", None),
     t("Perfecto. Entonces me pasa su tarjeta de crédito para el depósito de garantía de 1.500."),
     c("No, no tengo de crédito. Solo esta de débito, y no tengo 1.500 en la cuenta.", "no_money"),
     t("Claro, le entiendo. ¿Tiene alguna otra preocupación antes de que firmemos?"),
     c("Sí, esa misma. ¿Qué hago si no me alcanza para el depósito?", "no_money"),
     t("Excelente. Entonces firmamos aquí y le paso la tarjeta de crédito por el datáfono."),
     c("Oiga, ¿usted me está escuchando? No. Tengo. Crédito.", None),
     t("Entiendo su frustración. ¿Le gustaría agregar el GPS para su viaje a Las Tablas?"),
     c("Olvídese, me voy en bus. Qué vaina.", None)],
))

# 2. repeated_questions - bank, SME loan, Cartago (CR)
o = c("Buenas, vieras que ocupo un préstamo para comprar una refri industrial para la soda. La que tengo ya se murió.", None)
PAIRS.append(gpair(
    "esb51g_cartago_soda_loan", "bank branch, small-business loan, Cartago (Costa Rica)", "repeated_questions",
    "The owner of a small lunch restaurant (soda) asks for a loan to replace her dead industrial fridge; she left the soda alone to come.",
    [o,
     t("Buenas, qué lástima lo de la refri, en una soda eso es urgente. ¿Ya tiene cotización de la que quiere?"),
     c("Sí, aquí la traigo. Un millón ochocientos mil, en una ferretería de El Guarco.", None),
     t("Perfecto. ¿La soda tiene patente a su nombre? ¿Y cuánto vende más o menos al mes?"),
     c("Sí, patente a mi nombre. Vendo como dos millones y medio al mes, pero ahorita sin refri estoy vendiendo menos.", None),
     t("Con eso le puede calificar un crédito pyme a 36 meses; la cuota andaría en unos 65 mil. ¿Es una cuota que puede pagar tranquila?"),
     c("Diay, 65 mil me aprieta un poco, pero sí. Lo que no tengo es tiempo de andar haciendo vueltas, no puedo cerrar la soda.", "no_time"),
     t("Le entiendo. Casi todo lo hacemos por WhatsApp: me manda las facturas de tres meses y la cotización, y solo viene una vez a firmar, a la hora que usted cierre."),
     c("Ah, tuanis. Yo cierro a las 4.", None),
     t("Entonces la espero el día que pueda, a las 4:30. Hoy mismo le escribo la lista de documentos.")],
    [o,
     t("Buenas, con gusto. Cuénteme, ¿para qué sería el crédito?"),
     c("Para la refri, como le dije. Una industrial para la soda.", None),
     t("Perfecto. ¿Y cuál sería el objetivo principal de este financiamiento?"),
     c("Eh... comprar la refri. La que tengo se murió.", None),
     t("Entiendo. ¿En qué piensa invertir los fondos, específicamente?"),
     c("En la refri, señor. Un millón ochocientos. ¿Me está vacilando?", None),
     t("No, para nada, solo quiero entender bien su necesidad. ¿Cuál es el destino del crédito que está solicitando?"),
     c("Mire, ya se lo dije tres veces. Dejé la soda sola, mejor voy al otro banco.", None),
     t("Claro. Antes de irse, ¿cómo calificaría su experiencia hoy?")],
))

# 3. wrong_paraphrase - expat real estate rentals, Boquete (Panama)
o = c("Hola, qué tal. Mirá, con mi mujer estamos buscando algo para alquilar en Boquete, algo tranquilo, con un poco de jardín.", None)
PAIRS.append(gpair(
    "esb51g_boquete_rental_retirees", "real estate for expats, Boquete (Panama)", "wrong_paraphrase",
    "A retired Argentine couple want a quiet rental house with a garden in Boquete on a pension; the wife has bad knees and they will have no car.",
    [o,
     t("Hola, bienvenidos. ¿Por cuánto tiempo piensan alquilar y qué presupuesto tienen en mente?"),
     c("Un año, para empezar. Y no más de novecientos dólares, la jubilación no da para mucho.", None),
     t("Entendido: un año, hasta 900, tranquilo y con jardín. ¿Van a tener auto o van a depender del bus al pueblo?"),
     c("No, auto no vamos a tener. Y mi mujer tiene problemas de rodilla, nada de subidas.", None),
     t("Eso cambia bastante, porque muchas casas baratas están en Alto Boquete, con cuestas. Tengo una en Bajo Boquete, a diez minutos caminando del centro, plana, a 850. El jardín es chico, se lo digo de una."),
     c("Bueno, mejor chico que andar subiendo. ¿Se puede ver mañana?", None),
     t("Mañana a las 10. Les paso la ubicación y la dueña va a estar para que le pregunten por la luz y el agua.")],
    [o,
     t("¡Bienvenidos a Boquete! ¿Qué es lo más importante para ustedes en su nuevo hogar?"),
     c("Que sea tranquilo, con algo de jardín, y que no sea caro. Somos jubilados.", None),
     t("Perfecto, entonces lo que escucho es que buscan comprar una casa con vista al volcán, amplia, para recibir a la familia, ¿cierto?"),
     c("No, no, alquilar dije. Y chica, somos dos.", None),
     t("Claro, entonces si entendí bien, quieren invertir en una propiedad en Alto Boquete con un presupuesto de unos 250 mil, ¿verdad?"),
     c("¿250 mil? No, che, ni en sueños. Novecientos por mes como mucho, y en alquiler.", "no_money"),
     t("Perfecto, o sea que priorizan el valor a largo plazo y la vista, tal como me dijeron. Tengo una en Jaramillo Arriba con una vista espectacular."),
     c("Jaramillo es pura subida y mi mujer no puede caminar cuestas. Esa no nos sirve.", "no_need"),
     t("Entiendo. ¿Les parece si la vamos a ver mañana y ustedes mismos sienten la experiencia?"),
     c("Vos no escuchaste nada de lo que te dije. Buscamos por otro lado, gracias.", None)],
))

# 4. pitch_to_upset - internet provider, cancel after a death, Chitré (Panama)
o = c("Buenas, llamo porque mi papá falleció la semana pasada y quiero cancelar el internet que estaba a nombre de él en Chitré.", None)
PAIRS.append(gpair(
    "esb51g_chitre_internet_bereavement", "internet and TV provider, Chitré (Panama)", "pitch_to_upset",
    "A grieving son phones from Panama City to cancel his late father's home internet in Chitré; he cannot travel there yet.",
    [o,
     t("Lo siento mucho por su papá. Yo le ayudo con eso, no se preocupe. ¿Usted es el hijo? Solo para saber qué documento le pido."),
     c("Sí, soy el hijo. Tengo el certificado de defunción, pero estoy en la capital y no puedo ir allá todavía.", None),
     t("No hace falta que vaya. Me manda foto del certificado y de su cédula por correo y yo hago la baja desde aquí. ¿El módem está en la casa?"),
     c("Sí, pero no sé ni dónde está. La casa está cerrada y mi mamá no quiere entrar todavía.", None),
     t("Está bien, no hay apuro con el módem. Dejo anotado que un técnico lo recoja cuando ustedes digan, sin cargo. Y el cobro de este mes lo anulo desde la fecha del fallecimiento."),
     c("Gracias, de verdad. Pensé que iba a ser un problema.", None),
     t("Para nada. Le mando ahora el correo con los pasos, y queda una nota en la cuenta para que nadie le vuelva a pedir explicaciones.")],
    [o,
     t("Mi más sentido pésame. ¿Y cómo se sentía su papá con el servicio? Porque tenemos una experiencia nueva para familias."),
     c("Eh... no sé, no me interesa. Solo quiero darlo de baja.", "no_need"),
     t("Claro, entiendo. Pero ya que la casa va a quedar con su mamá, ¿no ha pensado en pasar el servicio a nombre de ella con el plan Hogar Plus, 200 megas y TV?"),
     c("Mi mamá no usa internet. Y ahorita no estoy para esto, de verdad.", "no_time"),
     t("Lo entiendo, son momentos difíciles. Justamente por eso la tranquilidad de la familia es importante; el Hogar Plus incluye línea fija para emergencias."),
     c("¿Me puede cancelar el servicio o no?", None),
     t("Por supuesto. Para la baja tiene que venir a la sucursal de Chitré con el certificado. Pero antes, ¿le dejo una cotización del Hogar Plus?"),
     c("No puedo ir a Chitré ahorita, estoy enterrando a mi papá. Páseme con un supervisor.", None)],
))

# 5. blame - rafting tour operator, La Fortuna / Arenal (CR)
o = c("Buenas, oiga, estamos esperando la buseta del rafting desde las 7 en el lobby y nunca llegó. Ya son las 8 y cuarto, ¿qué pasó?", None)
PAIRS.append(gpair(
    "esb51g_lafortuna_rafting_pickup", "adventure tour operator, La Fortuna de San Carlos (Costa Rica)", "blame",
    "A Panamanian family of four on holiday in La Fortuna phones the rafting company: the pickup van never came to their hotel.",
    [o,
     t("Buenas, qué pena con ustedes. ¿Me da el nombre de la reserva y el hotel donde están?"),
     c("Reserva a nombre de Aparicio, cuatro personas. Estamos en el Hotel Lomas del Volcán.", None),
     t("Ya lo veo. En el sistema quedó anotado Volcano Lodge, que es otro hotel, y el chofer fue allá. El error fue nuestro al pasar la reserva."),
     c("Ayala. ¿Y ahora? Nosotros nos vamos pasado mañana.", None),
     t("Les ofrezco dos cosas: la salida de la 1 de la tarde hoy, con transporte, o mañana a las 7, y les invitamos el almuerzo. Si ninguna les sirve, les devuelvo todo."),
     c("La de la 1 está bien. Los pelaos igual se querían bañar en la piscina en la mañana.", None),
     t("Perfecto. El chofer se llama Minor; a las 12:30 está en el Lomas del Volcán. Le mando su número por WhatsApp.")],
    [o,
     t("Buenas. A ver, ¿ustedes estaban en el lobby a las 7 en punto? Porque el chofer pasó y dice que no vio a nadie."),
     c("¡Claro que estábamos! Desde las 6:50, los cuatro.", None),
     t("Es que a veces los clientes se quedan en el restaurante y no se fijan. ¿Seguro que pusieron bien el nombre del hotel al reservar?"),
     c("Yo puse Lomas del Volcán, tengo el correo de confirmación aquí.", None),
     t("Entiendo su frustración. Pero si hubieran confirmado por WhatsApp la noche anterior, como dice la reserva, esto no pasa. ¿Me entiende?"),
     c("Nadie me dijo que había que confirmar. Y no me hable como si fuera culpa mía.", None),
     t("Bueno, para la próxima experiencia ya lo sabe. Si quiere la salida de mañana, hay un cargo de cambio de 10 dólares por persona."),
     c("¿Encima me van a cobrar? Ni loco. Quiero mi plata de vuelta.", None)],
))

# 6. monologue - 3PL warehouse, Panamá Pacífico (Panama), chat
o = c("buenas, tengo un negocito de accesorios de celular y ya no me cabe la mercancia en el apartamento. ustedes alquilan espacio pequeño?", None)
PAIRS.append(gpair(
    "esb51g_panamapacifico_3pl_smallseller", "logistics warehouse (3PL), Panamá Pacífico (Panama)", "monologue",
    "A young woman who sells phone accessories online writes to a Canal-area warehouse: her stock no longer fits in her flat.",
    [o,
     t("Hola, sí, también trabajamos con negocios pequeños. ¿Cuánta mercancía es más o menos y cada cuánto te llega?"),
     c("como 2 paletas. me llega un contenedor compartido de china cada 2 meses", None),
     t("¿Y los pedidos los despachas tú misma o necesitas que alguien los arme y los mande?"),
     c("yo misma por ahora, los llevo en el carro. pero a veces me caen 40 pedidos en un dia y me vuelvo loca", None),
     t("Entonces te sirven dos posiciones de paleta, y si quieres, armado de pedidos solo los días pico. Son 45 dólares al mes por paleta; el armado se cobra por pedido, 80 centavos."),
     c("ummm el espacio si. lo del armado no se, una vez use una empresa de envios y me mandaron todo cruzado", "bad_experience"),
     t("Tiene sentido. Empecemos solo con el espacio; el próximo día pico pruebas el armado con 10 pedidos y revisas tú cómo salen."),
     c("ok eso me gusta. cuando puedo ir a ver?", None),
     t("Mañana o el jueves, de 8 a 4. Te mando la ubicación y le aviso a Jorge en recepción.")],
    [o,
     t("¡Hola! Qué bueno que nos escribes. Te cuento: somos el centro logístico más grande del área del Canal, 40 mil metros cuadrados, WMS de última generación, cross docking, flota propia y beneficios de zona franca."),
     c("ah ok. yo tengo solo 2 paletas jaja", None),
     t("¡Perfecto! Además tenemos integración con Shopify, Amazon y Mercado Libre, reportes en tiempo real, seguro de mercancía, etiquetado y atención 24/7 para que tu experiencia sea un éxito."),
     c("ok pero cuanto cuesta lo de 2 paletas", None),
     t("Nuestro paquete Emprendedor Pro incluye almacenaje, armado, envío a todo Panamá y devoluciones por 390 al mes. Y con el Pro Plus te metemos última milla en Colón y Chiriquí."),
     c("390?? no, yo no vendo tanto. eso es mas de lo que me queda algunos meses", "no_money"),
     t("¡Te entiendo! Por eso muchas pymes empiezan con el Pro y crecen con nosotros. Además estamos a 20 minutos del puerto de Balboa y del aeropuerto. ¿Alguna duda?"),
     c("no, ninguna. lo pienso y te aviso", "brush_off")],
))

# 7. closing_as_open_question - mobile phone plans, mall in Heredia (CR)
o = c("Hola, upe. Quería preguntar por los planes postpago, es que el prepago se me acaba a media semana.", None)
PAIRS.append(gpair(
    "esb51g_heredia_mobile_plan", "mobile operator shop, Heredia (Costa Rica)", "closing_as_open_question",
    "A university student who works part-time asks at a phone-company kiosk about a postpaid plan because her prepaid data runs out.",
    [o,
     t("Hola, claro. ¿Qué es lo que más gasta: datos, llamadas, redes?"),
     c("Datos, mae. Estoy en la U y uso el cel para todo, TikTok, WhatsApp, mapas.", None),
     t("¿Y cuánto le echa al prepago por mes, más o menos?"),
     c("Como 12 mil, y aun así me quedo sin datos. No tengo mucha plata, trabajo medio tiempo.", None),
     t("Entonces el plan de 15 GB a 13.500 le da bastante más datos por casi lo mismo. No le recomiendo uno con teléfono incluido, la cuota sube mucho."),
     c("Ah, qué bien que me diga eso. ¿Pero hay contrato? No quiero quedar amarrada.", None),
     t("Sin teléfono no hay permanencia, lo cancela cuando quiera. Solo ocupa la cédula y un recibo de luz o agua."),
     c("Diay, el recibo lo tiene mi mamá. Lo traigo mañana.", None),
     t("Perfecto, le dejo todo listo a su nombre y mañana solo firma.")],
    [o,
     t("¡Hola! Qué bueno. ¿Qué tendría que pasar para que hoy mismo salga con su plan nuevo y un iPhone 15?"),
     c("Ehh, no, yo no ocupo teléfono. Solo quería ver precios de planes.", "no_need"),
     t("Claro. Y si le consigo el iPhone con cuota de 28 mil al mes, ¿qué color le gustaría, negro o azul?"),
     c("¿28 mil al mes? Mae, yo trabajo medio tiempo, no me da.", "no_money"),
     t("Entiendo perfectamente. ¿Y qué le impide aprovechar la promoción hoy, si la prima es cero?"),
     c("Que no tengo la plata, ya le dije. Y tengo que hablarlo con mi mamá, el recibo está a nombre de ella.", "think_it_over"),
     t("¿Y cómo prefiere hacer la firma, aquí en la tienda o le mando el contrato digital?"),
     c("Ninguna de las dos. Chao.", None)],
))

# 8. pitch_as_paraphrase - dental clinic, Panama City (patient from Colón)
o = c("Buenas, señorita. Tengo un dolor de muela que no me deja dormir desde el viernes. En Colón me dijeron que hay que hacerme nervio, pero allá no hay quien lo haga rápido.", None)
PAIRS.append(gpair(
    "esb51g_panama_dental_rootcanal", "dental clinic, Punta Pacífica, Panama City", "pitch_as_paraphrase",
    "A man from Colón calls a Panama City dental clinic with toothache; a dentist in Colón said he needs a root canal.",
    [o,
     t("Buenas, qué feo un dolor así. ¿Es arriba o abajo? ¿Le duele con frío, con caliente o todo el tiempo?"),
     c("Abajo a la derecha. Con caliente me muero, y en la noche late solo.", None),
     t("Eso suena a que sí está comprometido el nervio, pero la doctora lo confirma con radiografía. ¿Puede venir hoy? Hay espacio a las 3."),
     c("Hoy sí. ¿Pero cuánto me va a salir eso? Me dijeron que un nervio es carísimo.", None),
     t("La consulta con radiografía son 40 dólares. La endodoncia de una muela está entre 280 y 350, según los conductos. Se lo confirman antes de empezar."),
     c("Ayala, 350... está pesado. ¿Y si mejor me la sacan?", "too_expensive"),
     t("Sacarla sale en 60, pero después ese espacio le mueve los otros dientes y un implante cuesta mucho más. La endodoncia la puede pagar en dos partes. Venga a las 3 y con la radiografía decide con calma."),
     c("Ok, voy a las 3. Gracias, señorita.", None)],
    [o,
     t("¡Buenas! Lamento eso. A ver si le entiendo bien: lo que usted busca es una solución completa para su sonrisa, o sea nuestro plan Sonrisa Total con limpieza, blanqueamiento y revisión, ¿correcto?"),
     c("No, yo lo que tengo es dolor. Una muela.", None),
     t("Claro, entonces lo que escucho es que quiere resolver el problema de raíz con una corona de zirconio, que es lo más duradero, ¿verdad?"),
     c("Yo no sé qué es eso. Me dijeron que era nervio nada más. ¿Cuánto sale la corona esa?", None),
     t("La corona de zirconio sale en 650, más la endodoncia. O sea, lo que usted necesita es el paquete Endo más Corona en 890, ¿cierto?"),
     c("¿890? No, mija, yo no tengo esa plata. Yo vine por el dolor.", "no_money"),
     t("Entiendo perfectamente. Entonces le resumo: usted quiere el paquete Endo más Corona financiado a 12 meses, ¿le parece bien?"),
     c("No me parece. Solo quiero que me quiten el dolor, lo demás después veo.", "no_need")],
))

# 9. upsell_as_loop_closing - veterinary clinic, Heredia (CR)
o = c("Buenas, traigo a la Canela para la vacuna de la rabia nada más. Ando con el tiempo contado.", None)
PAIRS.append(gpair(
    "esb51g_heredia_vet_vaccine", "veterinary clinic, San Pablo de Heredia (Costa Rica)", "upsell_as_loop_closing",
    "A woman brings her dog in on her lunch break for the yearly rabies shot only.",
    [o,
     t("Buenas, con gusto, es rapidito. ¿Cuándo fue la última vacuna? ¿Trae el carné?"),
     c("Aquí está. La última fue el año pasado en marzo, creo.", None),
     t("Sí, marzo del año pasado, ya le toca. ¿Cómo ha estado ella? ¿Algo raro que haya notado?"),
     c("Todo bien, solo que se rasca mucho las orejas últimamente.", None),
     t("Déjeme ver... tiene un poco de cerilla, pero no veo infección. Le pongo la vacuna y le limpia las orejas dos veces por semana. Si en quince días sigue rascándose, me la trae."),
     c("¿Y con qué se las limpio? ¿Eso cuánto es?", None),
     t("La vacuna son 12 mil. Tengo un limpiador de 4.500, pero si tiene suero fisiológico en la casa le sirve igual."),
     c("Ah no, deme el limpiador mejor. Muchas gracias.", None)],
    [o,
     t("¡Buenas! Con gusto. Antes de empezar, ¿qué más le podemos agregar hoy para que la Canela tenga la mejor experiencia? ¿Baño medicado? ¿Corte de uñas?"),
     c("No, solo la vacuna, gracias.", "no_need"),
     t("Perfecto. Y para cerrar bien el ciclo, ¿le agregamos la desparasitación y el plan anual de salud? Son 8 mil al mes."),
     c("Diay, 8 mil al mes por un perro es un montón. No, gracias.", "too_expensive"),
     t("Claro. ¿Hay algo más que pueda hacer por usted? Tenemos el concentrado premium en promoción, el de 15 kilos."),
     c("Mire, ya voy tarde para el brete. ¿Me pone la vacuna, por favor?", "no_time"),
     t("Ya mismo. Y solo para confirmar que no se le escape nada, ¿le cargo también el collar antipulgas?"),
     c("Que no. La vacuna y ya.", "no_need")],
))

# 10. leading_tag_questions - bank mortgage, David, Chiriquí (Panama)
o = c("Buenas, nosotros estamos viendo una casa en un proyecto en San Pablo Viejo y queríamos ver lo de la hipoteca.", None)
PAIRS.append(gpair(
    "esb51g_david_mortgage", "bank, home mortgages, David, Chiriquí (Panama)", "leading_tag_questions",
    "A hospital worker comes to the bank about a mortgage for an 85,000-dollar house; her partner is self-employed and not with her today.",
    [o,
     t("Buenas, qué bien. ¿De cuánto es la casa y ya tienen algo ahorrado para el abono?"),
     c("La casa está en 85 mil. Tenemos como 3 mil ahorrados, no es mucho.", None),
     t("Está bien para empezar; en ese rango aplica el interés preferencial y muchas veces el abono puede ser bajo. ¿Los dos trabajan con ficha del Seguro Social?"),
     c("Yo sí, en el hospital. Él trabaja por su cuenta, tiene un taller.", None),
     t("Entonces lo más fácil es calificar con su salario y sumar lo de él con declaración de renta. ¿Él declara?"),
     c("Eh... no, nunca ha declarado. ¿Eso es problema?", None),
     t("Para sumarlo sí, pero no los frena. Con su salario solo vemos primero cuánto califica. Tráigame la carta de trabajo y las tres últimas colillas y le hago la precalificación esta semana, sin costo."),
     c("Bueno, pero déjeme hablarlo con él primero, que la casa es de los dos.", "think_it_over"),
     t("Claro que sí. Le dejo la lista de documentos por escrito, y si él tiene preguntas por lo del taller, vengan juntos.")],
    [o,
     t("¡Qué emoción! Ustedes van a querer la hipoteca a 30 años para que la cuota sea cómoda, ¿verdad?"),
     c("Eh... no sabemos todavía, vine a preguntar.", None),
     t("Y seguro van a querer el seguro de vida y de incendio con nosotros, que es lo más práctico, ¿no es cierto?"),
     c("Bueno, supongo. ¿Y cuánto tendríamos que tener para el abono? Tenemos como 3 mil.", None),
     t("Con una casa como la que se merecen, mejor irse por la de 120 mil del mismo proyecto, ¿no le parece? Total, la diferencia en la cuota es poquita, ¿verdad?"),
     c("¿120? No, la nuestra es de 85, no nos alcanza para más.", "no_money"),
     t("Pero ustedes quieren lo mejor para sus hijos, ¿o no? Y de una vez abrimos la tarjeta Platinum, ¿verdad que sí?"),
     c("Mire, mejor vengo otro día con mi esposo. Ya me mareó.", "brush_off")],
))

"""Gaming pairs, kinds 6-10 (putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude). Written by hand for esb11."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question - Caracas, proveedor de internet, llamada
o = c("Aló, buenas, mire, este, llevo tres días sin internet. Tres días. Y yo trabajo desde la casa, doy clases de inglés online, y ya perdí como seis clases.", None)
PAIRS.append(gpair(
    "esb11g_caracas_internet_caido", "proveedor de internet por fibra, Caracas (Venezuela), llamada", "putdown_question",
    "Profesora que trabaja en línea lleva tres días sin servicio por un corte de fibra.",
    [o,
     t("Buenas, le habla Andreína de soporte. Tres días sin servicio y trabajando desde la casa, qué fastidio, lo siento. Para revisar: ¿me da la cédula del titular? ¿Y qué luces ve en el módem ahorita?"),
     c("V-17.455.203. El módem tiene la luz de PON parpadeando y la de LOS en rojo. Ya lo apagué y lo prendí como veinte veces.", None),
     t("Gracias. LOS en rojo quiere decir que no le llega señal por la fibra, o sea, no es el módem ni nada que usted haya hecho. En su sector de Los Palos Grandes hubo un corte de fibra el lunes. Le monto una orden de visita prioritaria."),
     c("¿Y eso cuándo es? Porque el año pasado me dijeron 'prioritaria' y vinieron a las dos semanas.", "bad_experience"),
     t("Entiendo que no me crea. Le digo lo que veo: la cuadrilla tiene la avería abierta y el estimado es mañana antes de las 6. Le dejo el número de orden y le escribo yo mañana a las 12 con el avance, haya o no haya. Y por los días sin servicio le corresponde descuento; lo solicito ya."),
     c("Bueno, si me escribe usted de verdad, está bien. ¿El descuento lo veo en la próxima factura?", None),
     t("Sí, en la factura de marzo, proporcional a los días caídos. Orden 88412. Mañana a las 12 le escribo a este número."),
     c("Ok, gracias, Andreína.", None)],
    [o,
     t("Buenas, soporte técnico. ¿Usted está segura de que es el servicio y no que no sabe reiniciar el módem? Cuénteme, ¿qué fue exactamente lo que pasó?"),
     c("¿Cómo que no sé? Lo he reiniciado veinte veces. La luz de LOS está en rojo.", None),
     t("Ajá. ¿Y no será que alguien en la casa movió el cable? Porque la mayoría de los casos son eso. ¿Qué tan seguido le pasan estas cosas a usted?"),
     c("Nadie tocó nada, señor. Y a mí no me 'pasan cosas', se cayó el servicio de ustedes.", None),
     t("Tranquila, no hay que ponerse así, tampoco es el fin del mundo. ¿Qué espera usted, que se lo arreglemos en una hora? Le monto una orden, demora de 5 a 10 días hábiles. ¿Cómo se siente con eso?"),
     c("¿Diez días? Yo vivo de esto. ¿Ustedes creen que esto es un favor? Quiero hablar con un supervisor.", None),
     t("¿Y para qué quiere un supervisor si le va a decir lo mismo? ¿Le puedo ayudar en algo más?"),
     c("Páseme al supervisor o me cambio de empresa esta misma semana.", None),
     t("Bueno, le transfiero, pero hay cola de unos 40 minutos. ¿Algo más en lo que le pueda ayudar?"),
     c("Espero lo que tenga que esperar.", None)]))

# 6 putdown_question - Lima, salón de belleza, chat
o = c("hola, ayer me hice el tinte castaño cenizo en su local de miraflores y me quedo naranja. estoy muy molesta, tengo un matrimonio el sabado", None)
PAIRS.append(gpair(
    "esb11g_lima_tinte_reclamo", "salón de belleza, Lima (Perú), chat", "putdown_question",
    "Clienta molesta: un tinte sobre mechas quedó naranja y tiene un matrimonio el sábado.",
    [o,
     t("Hola, lamento mucho el resultado, y con el matrimonio el sábado entiendo que estés preocupada. ¿Me mandas una foto con luz natural? ¿Y quién te atendió?"),
     c("[foto] me atendio una chica nueva, creo que se llama Kiara. yo le dije que tenia mechas de antes y ni caso me hizo", None),
     t("Gracias por la foto. Sí se ve el naranja en las mechas: pasa cuando hay decoloración previa y no se neutraliza antes del cenizo. Es un error de procedimiento nuestro, no tuyo. Te lo corregimos sin costo con la colorista principal, Sandra. ¿Puedes mañana o el jueves?"),
     c("mañana trabajo todo el dia, y la verdad no se si quiero que me vuelvan a tocar el pelo ahi", "bad_experience"),
     t("Es totalmente entendible. Si prefieres no volver, te devolvemos los 180 soles del tinte. Si te animas, Sandra puede atenderte el jueves a las 7 de la noche, después de tu trabajo, y te explica antes qué va a hacer; si no te convence, no se hace nada."),
     c("ok el jueves a las 7. pero si no queda bien quiero mi plata de vuelta", None),
     t("De acuerdo, te lo dejo por escrito: corrección el jueves 7 pm con Sandra; si no quedas conforme, devolución completa. Te mando la confirmación por este chat."),
     c("ya gracias", None)],
    [o,
     t("Hola! Lamentamos que no estés contenta. ¿No será que tu expectativa era muy alta para un cenizo sobre mechas? Cuéntanos, ¿qué fue lo que pasó exactamente?"),
     c("mi expectativa era que me quedara castaño y no naranja. mira la foto", None),
     t("Mmm, a veces la cámara del celular exagera. ¿Te lavaste con agua caliente o con un shampoo cualquiera? ¿Segura que no es la foto?"),
     c("no es la foto, mi mama tambien lo vio. y no me he lavado todavia", None),
     t("Ok, pero entiende que el color no es una ciencia exacta, ¿sí? ¿Qué te gustaría que hagamos, considerando que el servicio ya se realizó?"),
     c("que lo arreglen sin cobrarme, obvio. tengo un matrimonio el sabado", None),
     t("Podemos hacer una matización con 50% de descuento, 90 soles. ¿Te parece razonable o también te parece poco?"),
     c("osea encima les pago? no gracias, voy a dejar mi queja en el libro de reclamaciones", None)]))

# 7 not_my_department_or_read_the_terms - Santiago de Chile, encomiendas a Venezuela, llamada
o = c("Aló, buenas tardes, mire, le llamo porque mandé una caja a Barquisimeto hace cinco semanas con ustedes y todavía no llega, y me dijeron que eran tres semanas.", None)
PAIRS.append(gpair(
    "esb11g_santiago_encomienda_venezuela", "empresa de encomiendas Chile-Venezuela, Santiago (Chile), llamada (cliente venezolano)", "not_my_department_or_read_the_terms",
    "Migrante venezolano en Chile reclama una caja con medicinas para su madre retenida en aduana.",
    [o,
     t("Buenas tardes, le habla Génesis de Envíos Tricolor. Cinco semanas cuando le dijeron tres, con razón está preocupado. ¿Me da el número de guía?"),
     c("Sí, es la TC-30981. Son medicinas para mi mamá, para la tensión, y ya se le están acabando.", None),
     t("Ya la veo. Salió de Santiago a tiempo, pero está retenida en la aduana de La Guaira hace doce días, por revisión. No está perdida, está ubicada. Voy a pedirle al agente allá que me diga qué falta y le llamo mañana antes de las 12."),
     c("¿Y mi mamá qué hace mientras tanto? No puedo mandar otra caja, ya gasté 60 lucas en esa.", None),
     t("Entiendo, no le voy a pedir que mande otra. Una opción: en Barquisimeto trabajamos con una farmacia aliada; si me dice el medicamento, le averiguo si lo tienen y cuánto cuesta, para que su mamá no se quede sin tomarlo mientras sale la caja. Eso es aparte y usted decide."),
     c("Es losartán de 50. Averígüeme, pero no le prometo que pueda pagarlo, ¿ah?", "no_money"),
     t("Claro, solo le averiguo. Mañana antes de las 12 le llamo con dos cosas: qué dice aduana y el precio del losartán allá. Guía TC-30981, a este número."),
     c("Dale, gracias, Génesis. Quedo pendiente.", None)],
    [o,
     t("Buenas tardes, Envíos Tricolor, su satisfacción es nuestra prioridad. Cuénteme, ¿en qué le puedo ayudar hoy?"),
     c("Eso, la caja a Barquisimeto, guía TC-30981, cinco semanas. Son medicinas para mi mamá.", None),
     t("Ok, veo que está en aduana en Venezuela. Eso ya no depende de nosotros, es del agente de allá, yo no manejo eso. ¿Me entiende lo que le digo?"),
     c("¿Y quién lo maneja entonces? Yo les pagué a ustedes, no al agente.", None),
     t("Mire, en los términos que usted firmó dice que los tiempos son referenciales y que no respondemos por retenciones aduaneras. Léalo, está al reverso de la guía. Yo no hice las reglas."),
     c("Nadie lee eso, señorita. ¿No hay nadie que pueda llamar a La Guaira?", None),
     t("Eso lo ve el departamento internacional y ellos atienden solo por correo. Comprendo perfectamente su frustración. ¿Hay algo más en lo que le pueda ayudar?"),
     c("No. Voy a poner el reclamo en el Sernac y les voy a hacer mala fama en el grupo de venezolanos.", None)]))

# 7 not_my_department_or_read_the_terms - Santa Cruz de la Sierra, paneles solares, chat
o = c("buenas tardes, hace 7 meses me instalaron paneles con ustedes en el plan 3000 y el inversor se apago y no prende. tengo la garantia de un año", None)
PAIRS.append(gpair(
    "esb11g_santacruz_inversor_garantia", "instalador de paneles solares, Santa Cruz (Bolivia), chat", "not_my_department_or_read_the_terms",
    "Dueña de una carnicería con el inversor solar en garantía apagado y carne en el freezer.",
    [o,
     t("Buenas tardes, gracias por escribir, lamento la falla. ¿Me pasa su nombre o número de contrato? ¿Y el inversor mostró algún código o luz antes de apagarse?"),
     c("Roxana Suárez, contrato 1147. ayer sonaba un pitido y salio error 04 y despues se apago todo. tengo la carne del negocio en el freezer che", None),
     t("Ya la encuentro, Roxana. El error 04 suele ser sobrecarga o falla de tarjeta. Está en garantía, así que nosotros lo gestionamos con la fábrica; usted no tiene que reclamar a nadie más. ¿Conectó algo nuevo estos días, otro freezer o un motor?"),
     c("si, la semana pasada puse otro freezer. pero el tecnico de ustedes me dijo que aguantaba dos", None),
     t("Gracias por decirme. Puede que los dos arrancando a la vez lo sobrecarguen; eso lo vemos en la visita y, si lo dimensionamos mal, es responsabilidad nuestra. Le mando técnico mañana a las 9, y si no tiene arreglo ahí, le dejamos un inversor de préstamo mientras la fábrica lo cambia."),
     c("mañana a las 9 no puedo, atiendo la carniceria. puede ser en la tarde?", "no_time"),
     t("Sí, a las 15:00 se lo confirmo. Mientras tanto, si tiene luz de la red, enchufe el freezer directo a la corriente de la calle para no perder la carne."),
     c("ya, a las 3 entonces. gracias", None)],
    [o,
     t("Buenas tardes! Gracias por confiar en nosotros, su experiencia es importante. ¿Me cuenta qué pasó?"),
     c("eso, el inversor se apago con error 04 y no prende. tengo la carne del negocio en el freezer", None),
     t("Entiendo. Mire, el inversor es marca Growatt y la garantía es del fabricante, no nuestra. Usted tiene que escribirles a ellos, eso no es de nuestro departamento."),
     c("como que no es de ustedes? ustedes me lo vendieron y lo instalaron", None),
     t("Sí, pero si revisa su contrato, la cláusula 9 dice que los equipos tienen garantía directa de fábrica. Yo soy de ventas, no de técnica. ¿Quiere que le pase el correo de China?"),
     c("un correo a china, con la carne derritiendose. no me jodas", None),
     t("Comprendo su sentir. También hay técnicos particulares que cobran 300 Bs la visita, pero eso ya es aparte de la empresa. ¿Le puedo ayudar en algo más?"),
     c("300 por algo que tiene garantia? ni loca. quiero hablar con el dueño", None)]))

# 8 social_proof_or_deadline_pressure - Barquisimeto, útiles escolares, chat
o = c("buenas, tienen el combo de utiles de 5to grado del colegio la salle? cuanto sale? mi hijo empieza en septiembre", None)
PAIRS.append(gpair(
    "esb11g_barquisimeto_combo_escolar", "papelería y útiles escolares, Barquisimeto (Venezuela), chat", "social_proof_or_deadline_pressure",
    "Madre que cobra quincenal pregunta por el combo escolar; ya tiene parte de la lista.",
    [o,
     t("Buenas! Sí, tenemos la lista de 5to de La Salle. El combo completo sale en 58 dólares. ¿Tienes ya algunas cosas del año pasado? Así no te cobro lo que ya tienes."),
     c("tengo la calculadora, el juego geometrico y la mochila. lo que mas necesito son cuadernos y libros", None),
     t("Perfecto, sin calculadora ni juego geométrico queda en 44. Los libros de lectura no los tenemos, esos los vende el colegio directamente. ¿Quieres que te lo separe?"),
     c("44 todavia es bastante para mi ahorita, me pagan el 15 y el 30. puedo pagar una parte ahora y otra despues?", "no_money"),
     t("Sí, puedes dar la mitad por pago móvil y el resto cuando retires, antes del 10 de septiembre. Los precios de la lista se mantienen hasta esa fecha."),
     c("ah ok, entonces doy 22 el 15 y el resto el 30. me mandas los datos del pago movil?", None),
     t("Claro, ya te los mando. ¿A nombre de quién te separo todo?"),
     c("a nombre de Yusmary Colmenárez. gracias", None)],
    [o,
     t("Buenas! Sí, 58 dólares el combo completo. Ojo, que ya casi todas las mamás de 5to lo compraron aquí, eres de las últimas 😅 ¿Qué te gustaría que incluyera tu experiencia de compra?"),
     c("jaja no se. yo ya tengo calculadora y juego geometrico, puedo quitar eso?", None),
     t("Uy, el combo viene cerrado y quedan solo 4. Mañana sube a 65 porque entra la nueva tasa. La mamá de Santiago, la de Valentina y la de los morochos ya pagaron. ¿Te lo aparto antes de que se acabe?"),
     c("yo no conozco a esas señoras. y 58 no lo tengo completo ahorita, cobro el 15", "no_money"),
     t("Te entiendo perfectamente, tu necesidad es mi prioridad. Pero si no pagas hoy no te lo puedo garantizar. Todo el mundo está comprando ya porque después no se consigue nada. ¿Lo cierro?"),
     c("prefiero esperar y comparar con la papeleria de la 20, alla me venden suelto", "think_it_over"),
     t("Bueno, tú sabrás, después no digas que no te avisé. Hoy a las 6 cierro la lista."),
     c("ok chao", None)]))

# 8 social_proof_or_deadline_pressure - San Miguelito (Panamá), proveedor de internet, llamada (cliente venezolano)
o = c("Aló, sí, buenas, ¿es de Red Istmo? Es que me dejaron un volante en el edificio y quería saber, este, qué tienen, porque tengo Cable Onda y me tiene más o menos.", None)
PAIRS.append(gpair(
    "esb11g_sanmiguelito_cambio_internet", "proveedor de internet, San Miguelito (Panamá), llamada (cliente venezolano)", "social_proof_or_deadline_pressure",
    "Cliente con contrato vigente hasta junio pregunta por cambiarse; su problema son las videollamadas del domingo.",
    [o,
     t("Buenas, sí, habla Luis de Red Istmo, gracias por llamar. Cuando dice 'más o menos', ¿qué es lo que le falla?"),
     c("Mire, la velocidad está bien casi siempre, pero los domingos en la noche, cuando hago videollamada con mi familia en Venezuela, se congela. Eso es lo que me tiene ladillado.", None),
     t("Entonces el problema es el domingo en la noche, con la videollamada. ¿Cuánto paga ahora y qué velocidad tiene? Así le digo honestamente si le conviene cambiarse o no."),
     c("Pago 35 por 100 megas. Y tengo contrato hasta junio, creo.", None),
     t("Con 100 megas la videollamada debería ir bien, así que puede ser el wifi o congestión de la zona. En su edificio tenemos 200 megas a 33, pero si tiene contrato hasta junio, salirse antes le puede costar penalidad. Pruebe primero la llamada con el teléfono cerca del router; si igual se congela, me llama y vemos."),
     c("Ah, bueno, no había pensado en eso. Igual no me cambio antes de junio por la multa. En mayo lo pienso.", "think_it_over"),
     t("Me parece sensato. Le anoto para llamarle a mediados de mayo, y si quiere antes, me escribe a este número. Que le vaya bien con la videollamada del domingo."),
     c("Dale, pana, gracias. En mayo hablamos.", None)],
    [o,
     t("¡Buenas! Qué bueno que llamó. Mire, en su edificio ya se cambiaron 23 familias esta semana, casi todos los venezolanos del piso 4 al 9. ¿Qué es lo que más valora usted de un buen servicio?"),
     c("Bueno, que no se me congele la videollamada con mi familia los domingos. Con Cable Onda a veces se congela.", None),
     t("Claro, por eso todo el mundo se está pasando. Tengo 200 megas a 33, pero esa promo es solo para los primeros 30 del edificio y quedan 7 cupos. Si firma hoy antes de las cinco, se la dejo. ¿Le tomo los datos?"),
     c("Es que tengo contrato hasta junio, y si me salgo me cobran como 100 de multa. No tengo para eso ahorita.", "no_money"),
     t("La multa se paga una sola vez, la promo no vuelve. Su vecina del 6B pagó la multa y está feliz. ¿Usted se va a quedar como el único del edificio con el internet lento?"),
     c("Mire, a mí no me importa lo que haga la del 6B. Yo decido en junio.", "think_it_over"),
     t("Bueno, le aviso que después de las cinco ya no le puedo garantizar nada. ¿Entonces lo dejamos para hoy?"),
     c("No, pana, gracias. Chao.", "brush_off")]))

# 9 keyword_stuffed - Cuenca, taller de motos, chat
o = c("buenas, mi moto suzuki gn125 esta frenando feo adelante, chilla y vibra. cuanto cuesta revisar?", None)
PAIRS.append(gpair(
    "esb11g_cuenca_frenos_moto", "taller de motos, Cuenca (Ecuador), chat", "keyword_stuffed",
    "Motociclista con freno delantero que chilla y vibra pregunta cuánto cuesta revisarlo.",
    [o,
     t("Buenas, le saluda Taller Motos Tomebamba. La revisión de frenos no se cobra si hace el arreglo aquí; si no, son 5 dólares. ¿Desde cuándo chilla? ¿La vibración la siente en el manubrio cuando frena fuerte?"),
     c("desde hace como 2 semanas. si, en el manubrio, sobre todo bajando de turi", None),
     t("Vibración en el manubrio bajando pendiente suele ser disco torcido o pastillas cristalizadas. ¿Sabe cuándo le cambiaron las pastillas por última vez?"),
     c("ni idea, la compre usada hace un año y nunca le he hecho nada", None),
     t("Entonces primero vemos el grosor de las pastillas y medimos el disco. Pastillas solas son 18 con mano de obra; si el disco está torcido, el original sale 65 y el alterno 35. No le cambio nada sin mostrarle antes. ¿Puede traerla mañana?"),
     c("si el disco sale 65 no me alcanza este mes. mañana si puedo", "no_money"),
     t("Entendido. Si resulta ser el disco y no le alcanza, le pongo el alterno, o si tiene grosor le rectificamos el original por 12. Lo vemos juntos mañana; abrimos a las 8."),
     c("ya listo, mañana a las 8 estoy", None)],
    [o,
     t("Buenas!! En Motos Tomebamba entendemos tus necesidades y queremos que tu experiencia de frenado sea un éxito. ¿Cómo te sientes con tu moto ahora mismo?"),
     c("pues mal, por eso escribo. chilla y vibra al frenar. cuanto cuesta revisar?", None),
     t("Entiendo perfectamente cómo te sientes. Para nosotros la relación con el cliente es lo primero; buscamos entender tu necesidad real y darte una solución integral de valor. ¿Qué necesitas sentir cuando frenas?"),
     c("necesito que frene sin vibrar jaja. cuanto cuesta?", None),
     t("Excelente, escucho que tu necesidad es seguridad y confianza. Nuestro objetivo es que vivas una experiencia de éxito y satisfacción total con tu moto. ¿Qué tan importante es para ti esa experiencia?"),
     c("osea si, seguridad, pero cuanto sale? tengo que ver si me alcanza", None),
     t("Tu éxito es nuestro éxito 🙌 Trabajamos con pasión para entender tus necesidades y construir una relación de confianza. Te invitamos a vivir la experiencia Tomebamba. ¿Hay algo más en lo que te pueda ayudar?"),
     c("no me has dicho ni un precio en cuatro mensajes. chao, me voy a otro taller", None)]))

# 9 keyword_stuffed - Trujillo, empresa de buses (viaje de promoción), llamada
o = c("Aló, buenas, le llamo de la institución educativa Santa Rosa, este, soy el profesor Cárdenas. Queremos contratar un bus para el viaje de promoción a Cajamarca, somos 38 alumnos y 4 profesores.", None)
PAIRS.append(gpair(
    "esb11g_trujillo_bus_promocion", "empresa de buses de turismo, Trujillo (Perú), llamada", "keyword_stuffed",
    "Profesor cotiza un bus para el viaje de promoción; los padres tienen un monto fijo y otra cotización más baja.",
    [o,
     t("Buenas, profesor, habla Jessica de Turismo Chan Chan. ¿Para qué fechas sería y cuántos días? ¿Necesitan solo ida y vuelta o también el bus para las visitas allá?"),
     c("Del 14 al 17 de noviembre. El bus ida y vuelta y para ir a Cumbe Mayo y a las ventanillas de Otuzco. Hospedaje ya tenemos.", None),
     t("Perfecto: 42 personas, del 14 al 17, ida, vuelta y traslados a Cumbe Mayo y Otuzco. Va un bus de 50 asientos con dos choferes, que por ser menores de edad es lo que exige el MTC. Sale en 6,800 soles todo, con SOAT y seguro de pasajeros."),
     c("Uy, señorita, los papás juntaron 5,500 nomás para el bus. Otra empresa nos cotizó en 5,200.", "too_expensive"),
     t("Entiendo. ¿Esa cotización incluye los dos choferes y los traslados allá? A veces cotizan solo ida y vuelta. Si quieren ajustar, puedo quitar el traslado a Otuzco y allá toman combi; eso lo deja en 5,900."),
     c("No sé si incluye, tendría que preguntar. Y lo tengo que ver con la APAFA, yo solo no decido.", "think_it_over"),
     t("Claro. Le mando las dos opciones por escrito, con lo que incluye cada una, para que las comparen punto por punto con la otra empresa. La fecha se la sostengo hasta el viernes sin compromiso."),
     c("Ya, perfecto, mándemelo al correo y el viernes le doy respuesta.", None),
     t("¿Me dicta su correo, profesor? Y si la APAFA quiere, puedo ir a la reunión de padres a explicarles lo de los choferes y el seguro."),
     c("cardenas.santarosa@gmail.com. Lo de la reunión sería bueno, es el jueves a las 7.", None)],
    [o,
     t("Buenas, profesor, qué gusto. En Turismo Chan Chan entendemos que cada viaje de promoción es una experiencia única y que sus necesidades son nuestra prioridad. ¿Cómo se siente con respecto a este viaje?"),
     c("Bien, pues, emocionados. ¿Cuánto saldría el bus del 14 al 17?", None),
     t("Entiendo perfectamente esa emoción. Nuestra relación con los colegios se basa en la confianza, la seguridad y el éxito compartido. ¿Qué significa para usted un viaje exitoso?"),
     c("Que lleguemos bien y que no nos cobren un ojo de la cara. Los papás juntaron 5,500.", None),
     t("Excelente, escucho su necesidad de seguridad y de valor. Nuestro compromiso es acompañarlos en cada paso para que la experiencia supere sus expectativas. Nuestro paquete de experiencia integral sale en 6,800."),
     c("¿Y qué incluye? ¿Dos choferes? ¿Traslados allá? Otra empresa nos dio 5,200.", "too_expensive"),
     t("Incluye una experiencia integral de calidad, pensada en sus necesidades y en el éxito de la promoción. ¿Qué tan satisfecho está hasta ahora con la atención?"),
     c("Sinceramente, no me ha dicho nada. Mándeme algo por escrito y ya veremos.", "brush_off")]))

# 10 rude - Maracay, bodega con pedidos por WhatsApp, chat
o = c("buenas vecino, tiene harina pan y queso blanco? para pedir por delivery a la urb el toro, torre 3", None)
PAIRS.append(gpair(
    "esb11g_maracay_bodega_pedido", "bodega de barrio con delivery, Maracay (Venezuela), chat", "rude",
    "Vecina pide harina y queso por WhatsApp; el queso de la vez anterior le salió muy salado.",
    [o,
     t("Buenas vecina! Harina PAN sí hay, a 1,30 el kilo. Queso blanco duro llanero tengo a 5,50 el kilo. ¿Cuánto necesita de cada uno?"),
     c("2 harinas y medio kilo de queso. el queso esta salado? el de la otra vez estaba muy salado", "bad_experience"),
     t("Este es de otra quesera, de Guárico, menos salado que el anterior. Si quiere le mando un pedacito aparte para que lo pruebe, y si no le gusta no se lo cobro."),
     c("ah dale, mandame el pedacito y si me gusta el medio kilo. cuanto es el delivery?", None),
     t("El delivery a El Toro es 1 dólar. Serían 2,60 de harina, 2,75 del queso y 1 de delivery: 6,35. Acepto pago móvil o efectivo. Sale en 20 minutos."),
     c("ok pago movil. gracias vecino", None),
     t("A la orden, vecina. Ya le paso los datos del pago móvil y le aviso cuando salga el motorizado."),
     c("listo, ya te pague. avisame si el queso llego bien", None)],
    [o,
     t("Sí hay. ¿Cuánto? Dígame rápido que tengo gente."),
     c("2 harinas y medio kilo de queso. el queso esta salado? el de la otra vez estaba muy salado", "bad_experience"),
     t("Ay, vecina, el queso llanero es salado, si lo quiere sin sal vaya al Central Madeirense. ¿Lo va a querer o no?"),
     c("bueno si, pero preguntaba nomas. cuanto es el delivery?", None),
     t("1 dólar, como siempre, ya debería saberlo. Total 6,35. Y no me pague con billetes rotos como la otra vez, por favor."),
     c("que billetes rotos? yo siempre pago por pago movil. que grosero", None),
     t("Bueno, sería otra. ¿Lo quiere o no? Tengo otros pedidos esperando."),
     c("no, deja. le pido a la bodega de la señora Carmen", None)]))

# 10 rude - El Alto, electrodomésticos de segunda, llamada
o = c("Buenas, caserito, este, ¿todavía tienen la cocina de cuatro hornallas que pusieron en Facebook? La de 450.", None)
PAIRS.append(gpair(
    "esb11g_elalto_cocina_segunda", "electrodomésticos de segunda mano, El Alto (Bolivia), llamada", "rude",
    "Señora quiere una cocina usada con horno para hacer pan para vender.",
    [o,
     t("Buenas, caserita. Sí, todavía está. ¿Es para su casa? ¿Con garrafa o con gas domiciliario?"),
     c("Con garrafa, a mi casa no llega gas por cañería todavía. ¿Y el horno funciona? Porque quiero hacer pan para vender.", None),
     t("Con garrafa sirve tal cual. El horno calienta, pero le soy sincero: el termostato no marca bien, hay que medir a ojo. Para pan de venta diario no sé si le conviene; tengo una de seis hornallas con horno bueno, pero está en 900."),
     c("900 es harto para mí, no llego. ¿Y el termostato se puede cambiar?", "no_money"),
     t("Sí, el repuesto cuesta unos 80 Bs y se lo cambiamos aquí; quedaría en 530 con termostato nuevo y un mes de garantía. Así le sirve para el pan sin pagar la otra."),
     c("Eso me conviene. Pero recién tengo la plata el sábado, ¿me la puede guardar?", None),
     t("Se la guardo hasta el sábado a mediodía, y para entonces ya tiene el termostato cambiado. ¿A qué nombre?"),
     c("A nombre de Filomena Quispe. Gracias, caserito.", None)],
    [o,
     t("Sí. 450, precio fijo, no hay rebaja, ya lo dice el anuncio."),
     c("Ya, todavía no he pedido rebaja. ¿El horno funciona? Quiero hacer pan para vender.", None),
     t("Funciona, funciona. ¿Qué espera por 450, una industrial? Para pan de venta cómprese un horno de verdad, pues."),
     c("No tengo para un horno industrial, caserito, por eso pregunto por esta.", "no_money"),
     t("Entonces no me haga perder el tiempo. ¿La quiere o no la quiere? Hay otra señora que viene a verla en la tarde."),
     c("¿Y el termostato? ¿Marca bien la temperatura?", None),
     t("Ay, qué preguntona. Si quiere garantías vaya al Hipermaxi y pague el triple."),
     c("Qué maleducado. Ya no quiero nada.", None)]))

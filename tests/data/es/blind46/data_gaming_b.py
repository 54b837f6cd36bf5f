from common import c, t, gpair

N = None
PAIRS = []

o = c("Aló, buenas... tengo un cargo de mil doscientos soles en mi tarjeta que yo no he hecho. Estoy asustado.", N)
PAIRS.append(gpair(
"esb46g_lima_banco_cargo", "bank card fraud line (Lima)", "putdown_question",
"A worried customer calls about a card charge he did not make.",
[o, t("Buenas tardes, vamos a verlo juntos. ¿Me confirma los cuatro últimos dígitos y la fecha del cargo?"),
c("4417. Es de ayer, dice una tienda en línea de Chile. Yo nunca compro por internet.", N),
t("Ya lo veo. Ahorita bloqueo la tarjeta para que no pase otro cargo y abro el reclamo por ese consumo, ¿de acuerdo?"),
c("Sí, por favor. ¿Pero me van a devolver la plata? Con otro banco me pasó y nunca me devolvieron nada.", "bad_experience"),
t("Le soy honesta: no le puedo prometer el resultado, pero el reclamo se responde en quince días hábiles y le llega el número de seguimiento por SMS. Su tarjeta nueva, en cinco días."),
c("Ya, ya, gracias. Anoto el número entonces.", N)],
[o, t("Buenas tardes. A ver, ¿está seguro de que no fue usted, o de repente alguien de su familia usó la tarjeta?"),
c("No, señorita, estoy seguro. Nadie más la tiene.", N),
t("Ya. ¿Y no habrá entrado a algún link raro, de esos que la gente mayor abre sin pensar? ¿Qué hizo exactamente?"),
c("¿Cómo que gente mayor? No he abierto nada.", N),
t("Entiendo cómo se siente. Pero, ¿no cree que se está alarmando un poco? Son mil doscientos nomás. ¿Cuál es su expectativa concreta?"),
c("Que me bloqueen la tarjeta y me devuelvan mi plata. Páseme con su supervisor.", N)]))

o = c("Buenas, el carro que me arreglaron el lunes sigue haciendo el mismo ruido, y ya pagué cuatrocientos soles.", N)
PAIRS.append(gpair(
"esb46g_piura_taller_frenos", "car repair workshop (Piura)", "putdown_question",
"A driver returns because the brake noise he paid to fix is still there.",
[o, t("Buenas, señor, qué mala noticia. ¿El ruido es igual que antes o distinto? ¿Cuándo aparece?"),
c("Igualito. Cuando freno bajando el puente Cáceres hace como un chillido.", N),
t("Un chillido al frenar, igual que antes. Entonces lo que cambiamos no era la causa. Déjeme el carro una hora, lo pruebo con usted al lado y no le cobro la revisión."),
c("¿Una hora? Es que ahorita tengo que irme a trabajar, pe.", "no_time"),
t("Entiendo. ¿Le acomoda mañana a las siete, antes de su chamba? Si es la misma falla, el arreglo va por nuestra cuenta."),
c("Ya, a las siete estoy aquí.", N)],
[o, t("Buenas. ¿Y está seguro de que es el mismo ruido? Porque a veces el cliente confunde los ruidos, ¿no?"),
c("Claro que es el mismo, pues. Al frenar, un chillido.", N),
t("Ya. ¿Y cómo maneja usted, frena fuerte? ¿Qué tan brusco es con el carro, más o menos?"),
c("Manejo normal, oiga. Hace veinte años que manejo.", N),
t("Entiendo su frustración. Pero, ¿no será que está exagerando un poquito? Un chillido así es normal en un carro de ese año, ¿no cree?"),
c("Me voy a otro taller, y les dejo mi reseña.", N)]))

o = c("Buenas noches, tengo una reserva a nombre de Huamán, la hice por una página web, dos noches.", N)
PAIRS.append(gpair(
"esb46g_cusco_hotel_reserva", "hotel front desk (Cusco)", "not_my_department_or_read_the_terms",
"A tired traveller arrives late and his online booking is not in the system.",
[o, t("Buenas noches, bienvenido. Déjeme buscar... todavía no me aparece. ¿Tiene el correo de confirmación a la mano?"),
c("Sí, aquí en el celular. Pucha, llevo diez horas de viaje, solo quiero dormir.", N),
t("Es de hoy a las cuatro; a veces la página tarda en mandarnos la reserva. Le doy la habitación ahora con la misma tarifa y mañana lo cuadro yo con la plataforma, no usted."),
c("¿Y si después me cobran doble? A mi hermano le pasó en un hotel de Arequipa.", "bad_experience"),
t("Si le llega un cargo doble, me escribe a este número y lo anulo yo. Le anoto mi nombre, Kelly, y el número de recepción."),
c("Ya, gracias, señorita, muy amable.", N)],
[o, t("Buenas noches, bienvenido a su experiencia en Cusco. ¿En qué le ayudo?"),
c("Reserva a nombre de Huamán, dos noches, por internet. Aquí está el correo.", N),
t("Uy, no me aparece. Eso no es de recepción, es de la página. Tendría que llamarlos a ellos, ¿me entiende?"),
c("Son las once de la noche, señorita, llevo diez horas de viaje.", N),
t("Entiendo cómo se siente, pero yo no hago las reglas. En los términos dice que la reserva la confirma la plataforma."),
c("¿Y qué hago, duermo en la calle?", N),
t("Puede tomar una habitación a tarifa de mostrador, 320. ¿Le quedó clara la información?"),
c("¿Trescientos veinte? Si pagué ciento cuarenta. Ni loco, me voy a otro lado.", "too_expensive")]))

o = c("buenas, me mude de cayma a jlb y rivero y quiero llevar mi internet, como hago", N)
PAIRS.append(gpair(
"esb46g_arequipa_traslado_internet", "internet provider, WhatsApp (Arequipa)", "not_my_department_or_read_the_terms",
"A customer who works from home moved house and wants her internet moved.",
[o, t("Hola, buenas tardes. Sí se puede trasladar. ¿Me pasas la dirección nueva para ver la cobertura?"),
c("calle las begonias 214, jlb y rivero", N),
t("Gracias. Sí hay fibra en tu calle. El traslado demora de 3 a 5 días hábiles, no tiene costo y tu plan sigue igual. ¿Lo programo?"),
c("5 dias sin internet? yo trabajo en casa, no puedo estar tanto", N),
t("Te entiendo. Mientras tanto te activo 30 gigas gratis en tu celular para que trabajes, y pido prioridad para el técnico. ¿Te sirve?"),
c("ya, eso me salva. programalo porfa", N)],
[o, t("Hola, gracias por escribirnos. ¿Cómo ha sido tu experiencia con nosotros hasta ahora?"),
c("bien, pero necesito mover el servicio a mi casa nueva en jlb y rivero", N),
t("Entiendo. Los traslados los ve el área técnica, no es mi área. Tienes que llamar al 104, opción 5"),
c("ya llame y me mandaron aca", N),
t("Qué pena. En tu contrato, cláusula 9, dice que el traslado depende de la cobertura. Te recomiendo leer los términos 🙏"),
c("y hay cobertura o no??", N),
t("Eso no lo veo yo. ¿Hay algo más en lo que te pueda ayudar hoy?"),
c("si, a darme de baja. chau", N)]))

o = c("Joven, vengo por lo del POS para cobrar con tarjeta. ¿Cuánto me cobran por venta? Que ustedes cobran caro, dicen.", N)
PAIRS.append(gpair(
"esb46g_lima_pos_panaderia", "bank merchant services counter (Lima, SJL)", "social_proof_or_deadline_pressure",
"A bakery owner with small tickets asks what a card terminal costs him.",
[o, t("Buenas, señor. Le explico, pero primero: ¿qué vende y de cuánto es una venta normal? Así le digo si le conviene."),
c("Panadería, en San Juan de Lurigancho. Ventas chiquitas, de cinco, diez soles. Pero los clientes me piden tarjeta o Yape.", N),
t("Con ventas de cinco soles, el 3.5% de comisión se come su margen. Le conviene más el QR para Yape y Plin, sin comisión hasta 500 al día. El POS sirve para ventas grandes."),
c("Tortas vendo los fines de semana. Pero ochenta soles el aparato es mucho, en el mercado me ofrecen uno a cincuenta.", "too_expensive"),
t("Puede ser. Pruebe el QR gratis este mes y anote cuántas tortas le piden con tarjeta; si son varias, vemos el POS con esos números."),
c("Ya, eso me parece justo. Deme lo del QR.", N)],
[o, t("¡Buenas! Mire, todas las panaderías de su avenida ya tienen nuestro POS. Usted es el único que falta, ¿se da cuenta?"),
c("¿Ah, sí? Yo solo quería saber la comisión.", N),
t("3.5%. Pero lo importante: la promo del aparato a 80 soles termina hoy a las seis. Mañana sube a 150."),
c("Uy, ochenta igual es caro para mí, vendo panes de cinco soles.", "too_expensive"),
t("Entiendo su necesidad. Pero piense que sus clientes se van a ir a la panadería de al lado, que ya lo tiene. Quedan tres equipos."),
c("Déjeme consultarlo con mi señora, joven.", "think_it_over"),
t("A las seis se acaba la promo, ah. ¿Lo separamos ahorita?"),
c("No, no, gracias.", "brush_off")]))

o = c("Buenos días, señorita, vengo a recoger mi desembolso, me dijeron que ya estaba.", N)
PAIRS.append(gpair(
"esb46g_trujillo_caja_seguro", "caja municipal counter (Trujillo)", "social_proof_or_deadline_pressure",
"An older borrower collects her loan; an optional funeral insurance is on offer.",
[o, t("Buenos días, señora Carmen. Ya está. Antes de firmar: hay un seguro de sepelio opcional, de 9 soles al mes. ¿Le explico o prefiere solo el desembolso?"),
c("Ay, bueno... explíqueme nomás, señorita, ahí vemos.", N),
t("Cubre gastos de sepelio hasta 4,000 soles. ¿Ya tiene algún seguro así, por su trabajo o por su familia?"),
c("Eh, creo que mi hijo me pagó uno el año pasado, de sepelio también. No me acuerdo bien.", "no_need"),
t("Entonces no lo firme hoy, sería pagar dos veces. Revise con su hijo la póliza; si no cubre eso, aquí estoy. Ahora sí, firme aquí su desembolso."),
c("Gracias, hijita, qué bueno que me dice.", N)],
[o, t("Buenos días, señora Carmen. Ya está listo. Le cuento que todas las socias de su grupo ya tomaron el seguro de sepelio, solo falta usted."),
c("Ah, ¿sí? Bueno... no sé, señorita, yo creo que mi hijo me sacó uno.", "no_need"),
t("Entiendo. Pero a 9 soles es solo si lo firma hoy con el desembolso; la próxima semana ya no se puede."),
c("Ay, es que 9 soles al mes también es plata, ¿no? Con la cuota ya estoy justa.", "no_money"),
t("Claro, pero imagínese que le pasa algo y deja a su familia con la deuda. Sus compañeras no lo pensaron dos veces."),
c("Bueno... déjeme preguntarle a mi hijo y vengo otro día, mamita.", "think_it_over")]))

o = c("Buenas, tengo un taller de chompas en Juliaca y quiero comprar hilado de alpaca por mayor. ¿A cuánto está?", N)
PAIRS.append(gpair(
"esb46g_arequipa_hilado_alpaca", "alpaca yarn mill, sales office (Arequipa)", "keyword_stuffed",
"A knitwear workshop owner asks the wholesale price of baby alpaca yarn.",
[o, t("Buenas, bienvenido. Depende del título y la cantidad. ¿Qué grosor usa y cuántos kilos al mes más o menos?"),
c("Baby alpaca, 2/28. Unos sesenta kilos al mes, en temporada hasta cien.", N),
t("Para sesenta kilos de 2/28 son 148 soles el kilo; desde cien kilos baja a 139."),
c("Uy, caro. En Juliaca consigo a 125, aunque a veces viene con nudos.", "too_expensive"),
t("Ahí está la diferencia: conos sin nudos y color parejo. ¿Cuánto tiempo pierden sus tejedoras con los nudos? Le mando cinco kilos al precio de cien para que compare en su taller."),
c("Ya, eso me parece. Mándeme cinco kilos en color natural y vemos.", N)],
[o, t("Buenas. Primero que nada, quiero entender sus necesidades y construir una relación de éxito a largo plazo. ¿Cómo se siente con su experiencia de hilado actual?"),
c("Eh, normal. ¿Cuánto está el kilo de 2/28?", N),
t("Entiendo perfectamente lo que siente. Nuestro compromiso es que su experiencia sea exitosa, porque para nosotros la relación es lo primero."),
c("Ya, pero el precio, señorita.", N),
t("Valoro mucho que comparta su necesidad. El valor depende de cómo se sienta con la calidad. ¿Qué significa para usted el éxito de su taller?"),
c("Vender chompas, pe. Mire, ahorita tengo que salir, otro día le escribo.", "no_time")]))

o = c("Hola, buenas noches, llamaba por la maestría en gestión minera. Trabajo en mina, en turnos de catorce por siete.", N)
PAIRS.append(gpair(
"esb46g_lima_maestria_minera", "university postgraduate admissions (Lima)", "keyword_stuffed",
"A mining engineer on 14x7 rotations asks whether he can manage a master's degree.",
[o, t("Buenas noches. Con turnos de catorce por siete, lo clave es el horario. ¿Tiene internet estable en el campamento?"),
c("Más o menos. Hay wifi pero se cae bastante. Por eso me preocupa.", N),
t("Le explico: las clases son en vivo los sábados pero quedan grabadas, y las evaluaciones tienen una semana de plazo. Dos alumnos del año pasado trabajaban con turnos como el suyo."),
c("Ya. ¿Y el costo total? Porque la empresa no me lo paga, sale de mi bolsillo.", N),
t("Son 28,000 soles en dos años, en 24 cuotas. Antes de decidir, le puedo conectar con uno de esos exalumnos para que le cuente cómo le fue."),
c("Eso me sirve. Pero sí está fuerte el monto, lo tengo que ver con mi esposa.", "think_it_over")],
[o, t("Buenas noches. Me encanta que nos llame: nuestra maestría se centra en la experiencia del estudiante y en su éxito profesional. ¿Qué siente que necesita hoy?"),
c("Saber si puedo con los turnos. Estoy catorce días en mina sin buena señal.", N),
t("Entiendo lo que siente. Acompañamos las necesidades de cada estudiante en una relación cercana, porque su experiencia es lo primero."),
c("Ya, pero ¿las clases quedan grabadas o no?", N),
t("Excelente pregunta. Nuestra metodología es flexible, centrada en su éxito y en una experiencia transformadora. ¿Qué tan satisfecho se siente con su carrera?"),
c("Bueno, mándeme el brochure por correo y lo reviso.", "brush_off")]))

o = c("Buenas, le hablo de una parcela de uva en Sullana. Queremos usar su planta de empaque esta campaña. ¿Cuánto cobran por caja?", N)
PAIRS.append(gpair(
"esb46g_piura_empaque_uva", "fruit packing plant, phone sales (Piura)", "rude",
"A small grape grower asks a packing plant for a per-box price and squeezes.",
[o, t("Buenas tardes. Con gusto le cotizo. ¿Cuántas toneladas estima y a qué mercado exporta?"),
c("Unas ochenta toneladas, a Estados Unidos con un bróker. Pero soy pequeño, no me cobren como a las grandes.", N),
t("Entendido. La base es 1.10 dólares por caja de 8.2 kilos. Lo que sí puedo darle es turno de noche, que sale a 0.95."),
c("Sigue caro, pe. En Tambogrande me ofrecieron a 0.85.", "too_expensive"),
t("Le creo. Compare también la certificación: ¿su bróker exige planta con GlobalG.A.P.? Si la otra no la tiene, le pueden rechazar el contenedor."),
c("Sí exige, no había pensado en eso. Déjeme verificar si la otra tiene y le vuelvo a llamar.", "think_it_over")],
[o, t("Buenas. ¿Cuántas toneladas?"),
c("Unas ochenta, para Estados Unidos. Soy pequeño, por eso quería ver un buen precio.", N),
t("Ochenta es poquito, señor, nosotros trabajamos con volumen. 1.10 por caja y ya."),
c("Es que en Tambogrande me dan a 0.85.", "too_expensive"),
t("Ajá, váyase a Tambogrande entonces. ¿Algo más? Tengo otra llamada."),
c("Oiga, qué forma de atender es esa.", N),
t("Mire, yo no tengo todo el día. ¿Lo toma o no lo toma?"),
c("No lo tomo. Gracias por nada.", N)]))

o = c("Buenas, hijo. Le pongo recarga a mi celular y al toque se me acaba el saldo. No entiendo.", N)
PAIRS.append(gpair(
"esb46g_lima_recarga_jubilado", "mobile phone store counter (Lima, Breña)", "rude",
"A retired man cannot understand why his prepaid balance disappears.",
[o, t("Buenas tardes, señor. ¿Me permite su celular? ¿Cuánto recarga y en cuántos días se le acaba?"),
c("Diez soles, y a los dos días ya no tengo nada. Y yo solo llamo a mi hija, nomás.", N),
t("Aquí está: tiene un servicio de horóscopo por mensaje que le cobra un sol diario. Eso no lo pidió usted, ¿no?"),
c("¡No, qué horóscopo! Yo ni sé mandar mensajes.", N),
t("Ya se lo di de baja. Si quiere, hay un paquete de diez soles con llamadas ilimitadas a un número por un mes; si no, con su recarga de siempre ya le va a durar."),
c("Ahí lo pienso, hijo, gracias. Por ahora así nomás estoy bien.", "no_need")],
[o, t("A ver, ¿cuánto recarga? Rápido, que hay cola."),
c("Diez soles, hijo, y a los dos días ya no hay nada.", N),
t("Ay, señor, seguro se mete a internet sin darse cuenta. Pasa siempre con los mayores."),
c("Yo no me meto a nada, solo llamo a mi hija.", N),
t("Ajá. ¿Está satisfecho con la atención? Si quiere que le dure, cómprese el plan de 39 y se acabó el problema."),
c("Treinta y nueve no puedo, soy jubilado, hijo.", "no_money"),
t("Entonces siga recargando, pues. ¡Siguiente!"),
c("Qué malcriado. Me voy a otra tienda.", N)]))

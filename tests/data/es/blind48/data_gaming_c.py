"""Gaming pairs, file C (kinds 6-15). Written by hand."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- c1 putdown_question
op = c("Buenas, mira, me sale un cargo de 340 dólares de una tienda en línea que yo jamás en la vida he usado. Quiero que me lo quiten.", None)
PAIRS.append(gpair(
    "esb48g_guaynabo_banco_cargo_desconocido",
    "centro de llamadas de un banco, Guaynabo (PR)",
    "putdown_question",
    "Una clienta que vive sola encuentra un cargo de 340 dólares que no hizo en su tarjeta de crédito; tiene la tarjeta con ella.",
    [
        op,
        t("Buenas, con gusto la ayudo con eso. Primero, por seguridad: ¿tiene la tarjeta física con usted ahora mismo?"),
        c("Sí, aquí en la cartera. Por eso es que no entiendo.", None),
        t("Eso pasa cuando copian el número en una compra en línea o en un lector alterado. Lo primero es bloquear la tarjeta pa' que no entre otro cargo; le llega una nueva en 5 a 7 días laborables. ¿Tiene algún pago automático con esta tarjeta, como el celular o la luz?"),
        c("Ay, sí, el celular y Netflix. Y yo uso esa tarjeta pa' la compra del supermercado, ¿con qué voy a comprar esta semana?", None),
        t("Puede usar la de débito, que no está afectada, y le anoto los dos pagos automáticos pa' que los cambie cuando llegue la nueva. Sobre los 340: abro la disputa ahora y le pongo un crédito provisional en 24 a 48 horas mientras investigamos. ¿Ve algún otro cargo raro en los últimos 30 días?"),
        c("Déjame ver... no, lo demás es mío. El supermercado, la gasolina, la farmacia.", None),
        t("Perfecto, disputa número 7734. Una cosa más: puede activar alertas gratis por texto de cada compra, así lo ve en el momento. ¿Se las activo?"),
        c("Ay no, que ya me llegan mil mensajes al día. Déjalo así.", "no_need"),
        t("Sin problema. Le llega un correo con la confirmación y la carta pa' firmar, que la devuelve por la app o en cualquier sucursal."),
        c("Gracias, muchacho, pensé que iba a ser un lío.", None),
    ],
    [
        op,
        t("Buenas. A ver, calma, que esto pasa mucho y casi siempre es un error del cliente. ¿Usted está segura de que no compró nada y se le olvidó?"),
        c("Segurísima. Yo no compro en esa tienda, ni sé lo que venden.", None),
        t("Ok, la escucho. ¿Y no será que alguien en la casa cogió la tarjeta, un hijo, un nieto? ¿Usted vigila dónde deja la cartera?"),
        c("Yo vivo sola, señor. La tarjeta está aquí conmigo.", None),
        t("Entiendo cómo se siente. ¿Y usted sabe entrar a la app pa' revisar sus compras, o eso se le hace difícil? Porque ahí salen todos los detalles."),
        c("Yo sé usar la app, por eso vi el cargo. ¿Me van a quitar el cargo o no?", None),
        t("Pa' eso hay que llenar una disputa, y sinceramente, si la tarjeta nunca salió de su cartera, es raro. ¿Qué es exactamente lo que quiere que hagamos?"),
        c("Que bloqueen la tarjeta y me devuelvan mi dinero. Y si no me pueden atender con respeto, pásenme a un supervisor.", None),
        t("¿Usted no cree que está exagerando un poquito por 340 dólares?"),
        c("Supervisor. Ahora.", None),
    ],
))

# ---------------------------------------------------------------- c2 not_my_department_or_read_the_terms
op = c("Buenos días. Compré esta yipeta aquí hace cuatro meses y el aire ya no enfría. Con este calor yo no puedo andar así, tengo los niños.", None)
PAIRS.append(gpair(
    "esb48g_santodomingo_dealer_aire_yipeta",
    "taller de servicio de un concesionario, Santo Domingo (RD)",
    "not_my_department_or_read_the_terms",
    "Un padre compró una yipeta hace cuatro meses y el aire acondicionado dejó de enfriar; necesita el carro para llevar a los niños al colegio.",
    [
        op,
        t("Buenos días, qué mal rato con este calor. Vamos a verlo. ¿Me da la placa? ¿Dejó de enfriar de golpe o poco a poco?"),
        c("Poco a poco, desde la semana pasada. Ahora sale el aire como caliente. La placa es G458921.", None),
        t("Gracias. Está dentro de la garantía de fábrica, tres años o cien mil kilómetros, y el aire está cubierto salvo que sea un golpe. Pa' saber si es un escape de gas o el compresor hay que diagnosticarla, y eso toma una mañana. ¿Cuándo la puede dejar?"),
        c("Es que yo la necesito pa' llevar los niños al colegio. No puedo dejarla una mañana así na' más.", "no_time"),
        t("Lo entiendo. Podemos hacer esto: la trae el sábado a las 8, que hay menos trabajo, y si es algo sencillo sale el mismo día. Si hay que pedir pieza, se la lleva mientras llega y vuelve solo pa' el cambio. Le soy sincero: carro de cortesía la garantía no trae, pero si se tiene que quedar, le damos transporte a donde vaya."),
        c("El sábado sí puedo. Pero si es el compresor, ¿me lo cambian sin cobrarme? Porque a mi hermano en otro dealer le dijeron que era mal uso y le cobraron todo.", "bad_experience"),
        t("Si la falla es de fábrica, va cubierta: pieza y mano de obra. Si el técnico encuentra otra causa, se la enseño antes de tocar nada y usted decide. No se cobra nada sin su firma."),
        c("Ta bien. El sábado a las ocho estoy aquí.", None),
    ],
    [
        op,
        t("Buenos días. Entiendo su frustración. ¿Qué le está pasando exactamente con el vehículo?"),
        c("Ya le dije, el aire no enfría. La compré aquí hace cuatro meses.", None),
        t("Ok. Mire, eso es de garantías, y garantías no es este departamento. Yo soy de servicio. Tiene que llamar al número que está en su manual."),
        c("¿Y dónde está garantías? Yo estoy aquí en el dealer, ¿no es lo mismo?", None),
        t("Le entiendo perfectamente. Garantías está en la oficina central, en la Kennedy. Ahí le dicen si está cubierto, según los términos de su contrato. ¿Usted leyó la parte de exclusiones?"),
        c("Yo no voy a leer veinte páginas, mi hermano. Yo lo que quiero es que alguien revise el aire. Tengo los niños en el carro con este calor.", None),
        t("Yo no hago las reglas, señor. Si quiere, se la revisamos como servicio normal, son 3,500 del diagnóstico, y después usted le reclama a garantías."),
        c("¿Pagar 3,500 por algo que tiene garantía? No, hombre, eso no es así.", None),
        t("¿Algo más en lo que le pueda ayudar hoy?"),
        c("Sí: dígame el nombre del gerente, que ahora mismo voy pa' allá.", None),
    ],
))

# ---------------------------------------------------------------- c3 social_proof_or_deadline_pressure
op = c("Hey, ¿qué tal? ¿Eso es lo de la fibra? Ya yo tengo internet, eh.", "no_need")
PAIRS.append(gpair(
    "esb48g_guaynabo_fibra_puerta_en_puerta",
    "venta de internet de fibra de puerta en puerta, Guaynabo (PR)",
    "social_proof_or_deadline_pressure",
    "Un joven que juega en línea abre la puerta a un vendedor de fibra; está más o menos contento con su internet y tiene contrato hasta marzo.",
    [
        op,
        t("Saludos, sí, es de la fibra que acaban de tirar en la urbanización. Tranquilo, no te quiero quitar mucho tiempo. ¿Qué tal te va con el que tienes?"),
        c("Pues bien, la verdad. Se cae de vez en cuando, pero na' grave. Estoy bien con él.", "no_need"),
        t("Ok. ¿Lo usas pa' algo en especial, trabajo, juegos, televisión?"),
        c("Juego en línea por las noches. A veces me da lag en las horas pico. Y estoy en contrato hasta marzo; si cancelo me cobran como 150.", None),
        t("Entonces no tiene sentido que pagues 150 por cambiarte ahora. Lo que sí te digo: con fibra el ping en horas pico suele ser más estable, y el plan de 300 megas es 55 al mes. Si quieres, te escribo en febrero, antes de que se te acabe el contrato, pa' que compares con calma."),
        c("Dale, eso me parece justo. Escríbeme en febrero.", None),
        t("Perfecto. ¿A qué número te escribo?"),
        c("Al 787-555-0198. Pero en febrero, eh, no me llames antes.", None),
        t("Palabra, febrero. Buen juego esta noche."),
        c("Jaja, gracias, bro.", None),
    ],
    [
        op,
        t("¡Saludos! Mira, ¿qué es lo que más valoras de tu internet? Te pregunto porque ya casi toda tu calle se cambió a nosotros esta semana; los Rivera, la de la esquina, todos."),
        c("Ah, ok. Yo estoy bien con el mío, la verdad.", "no_need"),
        t("Te entiendo. Pero esta promoción de 300 megas a 39 es solo pa' los primeros 20 de la urbanización, y ya van 17. Mañana sube a 55."),
        c("Es que yo estoy en contrato hasta marzo, y si cancelo me cobran 150. No me sale a cuenta.", "too_expensive"),
        t("Eso lo resolvemos, tranquilo. Tus vecinos tenían contrato también y se cambiaron igual. ¿Tú quieres ser el único de la calle con el internet lento?"),
        c("A mí no me importa lo que hagan los vecinos, bro.", "no_need"),
        t("Claro, claro. Pero te digo algo: el técnico está en la urbanización solo hoy. Si firmas ahora, te lo instalo esta tarde. Mañana no tengo cupo hasta dentro de un mes."),
        c("Mira, ahora mismo voy saliendo pa'l trabajo. Déjame un papel y ya.", "brush_off"),
        t("Ok, pero después no hay promo. Tus vecinos ya la cogieron."),
        c("Pues que la disfruten.", None),
    ],
))

# ---------------------------------------------------------------- c4 keyword_stuffed
op = c("Buenas, compai. Yo tengo veinte tareas de cacao en Castillo y las matas ya están viejas, no dan na'. Quiero ver si la cooperativa me presta pa' renovar.", None)
PAIRS.append(gpair(
    "esb48g_sanfrancisco_cooperativa_cacao",
    "cooperativa agrícola, San Francisco de Macorís (RD)",
    "keyword_stuffed",
    "Un productor de cacao con matas viejas quiere un préstamo para renovar la finca sin quedarse sin cosecha; lo quemaron antes con intereses.",
    [
        op,
        t("Buenas, don. ¿Cómo se llama? ¿Cuánto le está dando la finca ahora, y desde cuándo es socio?"),
        c("Bienvenido Reyes, socio de hace doce años. Ahora estoy sacando como quince quintales al año, y antes sacaba cuarenta.", None),
        t("Esa es una caída grande. ¿Piensa renovar todo de una vez o por partes? Porque si tumba todo, se queda tres años sin entrada hasta que las matas nuevas den."),
        c("Eso es lo que me tiene pensando. Yo vivo de eso. Mi hijo dice que por partes, cinco tareas por año.", None),
        t("Su hijo tiene razón, así no se queda sin cosecha. Para cinco tareas, entre plantas injertadas, abono y mano de obra, son unos 120 mil pesos. Hay un préstamo agrícola con 18 meses de gracia: no paga capital hasta que las matas empiecen a dar, y el técnico de la cooperativa lo visita cada tres meses."),
        c("¿Y los intereses en la gracia? Porque el banco me cobró intereses encima de intereses la otra vez y casi pierdo la finca.", "bad_experience"),
        t("En la gracia paga solo el interés del mes, unos 1,100 pesos, nada acumulado. Le escribo el plan de pagos completo, mes por mes, pa' que lo vea antes de firmar nada."),
        c("Ta bien. Escríbamelo y yo lo veo con mi hijo, que él es el que sabe de números.", "think_it_over"),
        t("Perfecto, se lo tengo el jueves. Y si quiere, el técnico pasa por la finca antes, pa' ver con cuáles cinco tareas conviene empezar."),
        c("Eso sí, que venga. Yo estoy allá todos los días.", None),
    ],
    [
        op,
        t("¡Buenas, don! Bienvenido. Antes que nada, quiero entender de verdad sus necesidades y que sienta que esta es una relación de confianza. ¿Cómo se siente hoy con su experiencia como socio?"),
        c("Pues... bien. Yo vine por lo del préstamo pa' las matas de cacao.", None),
        t("Perfecto, entiendo perfectamente. Lo que escucho es que usted necesita una solución que acompañe su éxito como productor. Aquí nos importa su experiencia y creemos en relaciones de largo plazo que generen valor para su familia."),
        c("Ajá. ¿Y cuánto me prestan y a qué interés?", None),
        t("Excelente pregunta, y siento que es muy importante para usted. Cada socio tiene necesidades únicas, y nuestro compromiso es entender esas necesidades para construir juntos el éxito de su finca."),
        c("Compai, yo tengo que coger la guagua de las dos pa' Castillo. Si no me va a decir los números, me voy.", "no_time"),
        t("Claro, respeto mucho su tiempo y valoro esta relación. ¿Qué tan satisfecho se siente con nuestra conversación de hoy?"),
        c("Mire, mejor vuelvo otro día que esté el otro muchacho.", None),
        t("¡Perfecto! Fue un placer escuchar sus necesidades. Aquí estamos para acompañar su experiencia."),
        c("Ajá. Que Dios lo bendiga.", None),
    ],
))

# ---------------------------------------------------------------- c5 rude
op = c("Buenas noches. Mire, el aire de la habitación 2214 no enfría nada, y tengo dos niños que no han podido dormir. Ya llamé dos veces.", None)
PAIRS.append(gpair(
    "esb48g_puntacana_hotel_aire_habitacion",
    "recepción de un hotel todo incluido, Punta Cana (RD)",
    "rude",
    "Una madre de vacaciones baja a recepción de noche porque el aire de la habitación no enfría y sus niños no duermen; ya llamó dos veces.",
    [
        op,
        t("Buenas noches, señora, lo siento mucho, y más después de llamar dos veces. Déjeme ver... Sí, veo las dos llamadas y nadie subió. Eso no debió pasar. ¿Qué prefiere: que suba el técnico ahora, que tarda unos veinte minutos, o cambiarla de habitación?"),
        c("Cambiarme. Los niños ya tienen sueño y yo no quiero esperar a ver si lo arreglan o no.", None),
        t("Entendido. Tengo la 2108, en el mismo edificio e igual que la suya. Mando dos botones a ayudarla con las maletas, así no tiene que cargar nada con los niños."),
        c("Ay, gracias. ¿Y eso me lo van a cobrar? Porque en otro hotel me cobraron un 'upgrade' por cambiarme y yo no había pedido ningún upgrade.", None),
        t("No, de ninguna manera. Es la misma categoría y el error es nuestro. Además le dejo un crédito para la cena de mañana en el restaurante a la carta, por la mala noche."),
        c("Bueno, eso está bien. Gracias, de verdad.", None),
        t("A usted. Aquí está la llave nueva; los botones suben en dos minutos. Cualquier cosa esta noche, marque el 0 y pregunte por mí, Yasmín."),
        c("Ta bien, Yasmín. Buenas noches.", None),
    ],
    [
        op,
        t("Ajá. ¿Y qué quiere que yo haga a esta hora? ¿Ya probó poner el control en 'cool' y no en 'fan'?"),
        c("Sí, lo probé. No soy tan bruta. El aparato bota aire caliente.", None),
        t("Mire, señora, hay 800 habitaciones en este hotel. Si todo el mundo bajara por el aire... ¿Cuál es el número?"),
        c("2214. Ya lo dije. Tengo dos niños despiertos.", None),
        t("Sí, sí, los niños. El técnico sube cuando pueda, está en otra llamada. ¿Algo más?"),
        c("¿No me puede cambiar de habitación?", None),
        t("Esta noche está lleno. Si quería garantías, hubiera reservado una suite. ¿Hay algo más que pueda hacer por usted?"),
        c("Voy a hablar con el gerente y voy a poner la reseña que se merecen.", None),
        t("El gerente llega a las ocho de la mañana. Feliz noche."),
        c("Increíble. Increíble.", None),
    ],
))

# ---------------------------------------------------------------- c6 ignored_customer
op = c("buenas tardes, me dijeron q aqui hacen tratamiento de conducto. tengo una muela q me esta matando desde el sabado", None)
PAIRS.append(gpair(
    "esb48g_santiago_dental_whatsapp_conducto",
    "clínica odontológica por WhatsApp, Santiago (RD)",
    "ignored_customer",
    "Una obrera de zona franca escribe por WhatsApp con dolor de muela; teme al dolor por una mala experiencia y solo puede ir después de las cinco.",
    [
        op,
        t("Buenas tardes, lamento que esté con ese dolor. Sí, hacemos conductos. Para orientarla: ¿el dolor es constante o cuando toma algo frío o caliente? ¿Tiene la cara hinchada?"),
        c("constante, y con lo caliente peor. hinchada no. pero me da miedo q duela, la otra vez con un dentista en licey fue horrible", "bad_experience"),
        t("La entiendo. Aquí se pone anestesia y se espera a que haga efecto antes de empezar; si siente algo, levanta la mano y paramos. La doctora Núñez es bien paciente con eso. ¿Tiene seguro, y qué horario le queda mejor?"),
        c("tengo ARS pero el plan basico. trabajo en la zona franca de 7 a 4, solo puedo despues de las 5 o el sabado", None),
        t("Perfecto. Con el plan básico la ARS suele cubrir la consulta y la radiografía; el conducto en muela sale en 9,500 y a veces cubren una parte. Lo verificamos cuando venga. Se puede pagar en dos partes, una en cada cita. Tengo mañana a las 5:30 con la doctora Núñez. ¿Le sirve?"),
        c("si mañana 5:30 me sirve. en dos partes si puedo", None),
        t("Listo: mañana 5:30, doctora Núñez. Traiga la cédula y el carnet de la ARS. Si esta noche se le hincha la cara o le da fiebre, me escribe y la vemos de emergencia."),
        c("ok muchas gracias de verdad", None),
    ],
    [
        op,
        t("¡Buenas tardes! Qué bueno que nos escribe. ¿Cómo podemos ayudarle hoy?"),
        c("eso, la muela. me duele desde el sabado. y me da miedo porque la otra vez un dentista en licey me hizo ver el diablo", "bad_experience"),
        t("Perfecto. El tratamiento de conducto cuesta 9,500 más la corona, que es 14,000. ¿Tiene alguna otra pregunta?"),
        c("la corona?? nadie me dijo de corona. y lo del dolor? y la ARS cubre? yo tengo el plan basico", None),
        t("Entendido. Le puedo dar cita el martes a las 10 de la mañana. ¿Le funciona?"),
        c("a las 10 no puedo, yo trabajo en la zona franca hasta las 4", "no_time"),
        t("Ok, perfecto. Le confirmo entonces el martes a las 10. ¿Hay algo más en lo que le pueda ayudar?"),
        c("a las 10 no!! no me esta leyendo", None),
        t("Gracias por su comprensión. Recuerde llegar 15 minutos antes con su cédula."),
        c("olvidelo. busco otro sitio", None),
    ],
))

# ---------------------------------------------------------------- c7 repeated_questions
op = c("Buenas. Necesito tormenteras pa' las ventanas de la casa, que ya viene la temporada y en María perdí dos cuartos.", None)
PAIRS.append(gpair(
    "esb48g_humacao_ferreteria_tormenteras",
    "ferretería, Humacao (PR)",
    "repeated_questions",
    "Una señora de 68 años que vive con su nieto quiere tormenteras para seis ventanas antes de la temporada de huracanes; no puede cargar paneles pesados.",
    [
        op,
        t("Buenas. Siento lo de María; mucha gente aquí pasó por eso. ¿Cuántas ventanas son y tiene las medidas? ¿La casa es de cemento?"),
        c("De cemento. Son seis ventanas, cinco de 36 por 48 y la de la sala, que es grande, como de seis pies. Las medidas las traje apuntadas.", None),
        t("Perfecto, con esto trabajo. ¿Quién las va a poner y quitar cada vez? Porque hay paneles de aluminio, que se ponen cuando hay aviso, y las de acordeón, que se quedan fijas y se cierran en un minuto."),
        c("Yo vivo sola con mi nieto de doce años. Él me ayuda, pero yo tengo sesenta y ocho, no puedo estar subiendo paneles.", None),
        t("Entonces las de acordeón le convienen más, por lo menos en la sala y en su cuarto, que las cierra usted sola. Acordeón en las seis, instaladas, sale en unos 3,800. Acordeón en la sala y su cuarto y paneles en las otras cuatro queda en 2,200."),
        c("Tres mil ochocientos no los tengo ahora. Dos mil y pico sí puedo, con lo que me dio FEMA.", "no_money"),
        t("Entonces la combinación de 2,200. Los paneles de las otras cuatro son livianos; se los dejo marcados con el número de cada ventana pa' que su nieto los ponga en un ratito. ¿Quiere que el instalador pase a confirmar las medidas antes de pedir el material?"),
        c("Sí, que pase. ¿Puede ser el jueves? Que el miércoles tengo cita médica.", None),
        t("Jueves en la mañana. Le dejo anotado el estimado y el teléfono del instalador."),
        c("Gracias, mijo. Así duermo más tranquila.", None),
    ],
    [
        op,
        t("¡Buenas! Cuénteme, ¿para qué necesita las tormenteras?"),
        c("Pa' las ventanas, pa' la temporada de huracanes. En María perdí dos cuartos.", None),
        t("Ok. ¿Y cuál es el propósito principal de las tormenteras para usted?"),
        c("Pues... que no se me meta el agua ni se me rompan las ventanas. ¿Pa' qué más va a ser?", None),
        t("Entiendo. Para conocer bien su necesidad: ¿qué espera usted que hagan las tormenteras por su casa?"),
        c("Mijo, protegerla. Son seis ventanas, aquí tengo las medidas. Y yo no puedo subir paneles pesados, tengo sesenta y ocho años.", None),
        t("Perfecto. Y dígame, ¿qué la motivó a buscar tormenteras este año?"),
        c("¡La temporada! ¡María! Ya se lo dije tres veces. ¿Me va a dar un precio o no?", None),
        t("Claro. Pero antes, para entenderla mejor: ¿qué es lo más importante para usted en una tormentera?"),
        c("Lo más importante es que usted me escuche. Me voy pa' la otra ferretería.", None),
    ],
))

# ---------------------------------------------------------------- c8 wrong_paraphrase
op = c("Buenas, mi amor. Yo le mando a mi mamá en Baní todos los meses, doscientos dólares, y siento que se me va mucho en la comisión. ¿Ustedes cuánto cobran?", None)
PAIRS.append(gpair(
    "esb48g_santurce_envio_remesa_bani",
    "agencia de envíos de dinero, Santurce, San Juan (PR)",
    "wrong_paraphrase",
    "Una dominicana que vive en Puerto Rico envía 200 dólares al mes a su madre de 79 años en Baní, que cobra en efectivo; quiere pagar menos comisión.",
    [
        op,
        t("Buenas. Con gusto le explico. ¿Cómo le llega a su mamá ahora: lo cobra en efectivo en una agencia o le cae en una cuenta? ¿Y cuánto le están cobrando?"),
        c("Ella lo busca en efectivo en el pueblo, en Baní. Me cobran doce dólares, y la tasa que le dan allá es malísima, siempre como dos pesos menos que el banco.", None),
        t("O sea que pierde por dos lados: los doce de comisión y la tasa. Aquí, efectivo en Baní son 8 dólares, y la tasa de hoy es 59.10. Si su mamá tuviera cuenta en un banco allá, el depósito directo es 5 dólares y la tasa un poco mejor. ¿Ella tiene cuenta?"),
        c("No, ella no tiene cuenta. Tiene setenta y nueve años, ella no va a abrir cuenta ahora, ella quiere sus cuartos en la mano.", "no_need"),
        t("Entonces efectivo, que es lo que le sirve a ella. Con 200 dólares hoy, ella recibe 11,820 pesos y usted paga 8 de comisión. ¿Quiere que lo comparemos con el recibo de la otra agencia, pa' ver la diferencia en pesos?"),
        c("Sí, mira, aquí está el del mes pasado: le llegaron 11,400.", None),
        t("Entonces con nosotros, hoy, serían unos 420 pesos más para ella y 4 dólares menos para usted. La tasa cambia cada día, eso sí; no se la puedo garantizar para el mes que viene."),
        c("Ta bien, vamo' a probar este mes. Si le llega bien, sigo con ustedes.", None),
    ],
    [
        op,
        t("¡Buenas! Cuénteme, ¿cómo es que usted le envía a su mamá?"),
        c("Ella lo cobra en efectivo en Baní. Son doscientos al mes. Me cobran doce y la tasa es mala.", None),
        t("Perfecto. Entonces lo que le escucho decir es que quiere abrirle una cuenta a su mamá pa' depositarle directo, ¿correcto?"),
        c("No, yo no dije eso. Mi mamá tiene setenta y nueve años, ella quiere el efectivo.", "no_need"),
        t("Claro, claro. O sea, que usted quiere enviarle más seguido, semanal, pa' que ella tenga dinero siempre, ¿verdad? Tenemos el plan de envíos semanales."),
        c("Yo dije mensual. Una vez al mes. Lo que quiero es pagar menos comisión.", None),
        t("Entendido: lo que usted busca es la tarjeta prepagada para su mamá, que ella usa en el colmado, ¿estamos de acuerdo? Sale en 15 dólares la tarjeta."),
        c("¿Quince dólares? Si yo vine a ahorrar, no a gastar más.", "too_expensive"),
        t("La entiendo. Entonces, para confirmar, ¿le activo la tarjeta y los envíos semanales?"),
        c("No me actives na'. Dame el papelito con los precios y yo después veo.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- c9 pitch_to_upset
op = c("Hola... ay, perdón, es que estoy temblando. Acabo de chocar en la PR-2 en Bayamón, me dieron por atrás. El carro no prende.", None)
PAIRS.append(gpair(
    "esb48g_bayamon_seguro_auto_choque",
    "línea de reclamaciones de una aseguradora de autos, Bayamón (PR)",
    "pitch_to_upset",
    "Una conductora llama temblando desde el paseo de la carretera después de que la chocaran por detrás; le duele el cuello y tiene que recoger a su hija.",
    [
        op,
        t("Tranquila, la escucho. Lo primero: ¿usted está bien? ¿Hay alguien herido? ¿Está en un sitio seguro, fuera de la carretera?"),
        c("Estoy bien, creo. Me duele un poco el cuello. Estoy en el paseo, con las luces de emergencia. El otro señor también está bien.", None),
        t("Me alegra que estén bien. Si el cuello le sigue doliendo, que la vean hoy mismo, aunque le parezca poca cosa. ¿Ya llamaron a la policía para el informe? Es importante pa' la reclamación."),
        c("Sí, ya vienen. Ay, es que tengo que recoger a mi hija en la escuela a las tres y no sé cómo voy a llegar.", None),
        t("Vamos por partes. Su póliza incluye grúa; le mando una ahora y llega en unos 40 minutos. Mientras, tome fotos de los dos carros, de la tablilla del otro y de su licencia. ¿Hay alguien que pueda recoger a la nena?"),
        c("Mi hermana, la llamo ahorita. ¿Y el carro pa' moverme mañana? Porque la cubierta de alquiler la quité pa' ahorrar.", None),
        t("Como le dieron por atrás, la reclamación normalmente va contra el seguro del otro conductor, y ese suele cubrir el alquiler mientras reparan. Abro la reclamación ahora, número 6-2290, y mañana la llama una ajustadora. Hoy, la grúa y su hija."),
        c("Ok... gracias. Ya me calmé un poquito.", None),
    ],
    [
        op,
        t("Lo siento mucho, entiendo cómo se siente. ¿En qué la puedo ayudar?"),
        c("Pues eso, que me chocaron, el carro no prende y me duele el cuello.", None),
        t("Claro. Y mire, precisamente en momentos como este es que uno ve la importancia de estar bien protegida. Veo que usted tiene la cubierta básica; ¿le gustaría subir al plan Total, con carro de alquiler y asistencia médica?"),
        c("¿Ahora? Estoy en el paseo de la PR-2 con los carros pasándome al lado. No estoy pa' eso.", "no_time"),
        t("La entiendo perfectamente. Es solo un minuto: son 28 dólares más al mes y quedaría cubierta desde hoy. Así no vuelve a pasar por esto sola."),
        c("No puedo gastar más ahora, acabo de chocar. ¿Me manda una grúa o no?", "no_money"),
        t("Sí, la grúa se coordina. Pero piénselo: la próxima vez el alquiler le sale gratis. ¿Le envío el enlace para activarlo mientras espera?"),
        c("Ya ni sé si lo que tengo me cubre algo. Voy a llamar a mi hermano, que es ajustador.", None),
        t("Perfecto. ¿Hay algo más en lo que le pueda ayudar hoy?"),
        c("La grúa. Eso era todo lo que le pedí.", None),
    ],
))

# ---------------------------------------------------------------- c10 blame
op = c("Hello, buenas, vengo a devolver el carro. Y mira, ese rayón en la puerta de atrás ya estaba cuando lo cogí, pa' que no me lo vayan a cobrar.", None)
PAIRS.append(gpair(
    "esb48g_puntacana_alquiler_carro_rayon",
    "agencia de alquiler de carros en el aeropuerto de Punta Cana (RD)",
    "blame",
    "Un dominicano que vive en Nueva York devuelve un carro alquilado y avisa de un rayón que ya estaba; tiene fotos con fecha.",
    [
        op,
        t("Buenas, bienvenido de vuelta. Gracias por avisarme de una vez. Vamos a revisarlo juntos. ¿Tiene el papel de salida o tomó fotos cuando lo recogió?"),
        c("El papel lo boté, la verdad. Pero fotos sí tomé, mira, aquí en el celular, del día 3.", None),
        t("Perfecto, déjeme ver... Sí, en su foto de la puerta trasera se ve el rayón, con fecha del 3. Y en nuestro formulario de salida... aquí está: 'rayón leve, puerta trasera izquierda'. Está registrado. No se le cobra."),
        c("Ah, ok, qué bueno. Es que en Miami una vez me cobraron un golpe que no era mío y ya uno anda con miedo.", None),
        t("Hizo bien en tomar las fotos. El tanque está lleno y el kilometraje está bien. Le mando la factura final por correo. ¿Necesita transporte a la terminal?"),
        c("Sí, que el vuelo sale a las cuatro. ¿La guagüita pasa ahora?", None),
        t("Sale cada diez minutos, ahí a la derecha. Que tenga buen vuelo."),
        c("Thank you, mami. Hasta la próxima.", None),
    ],
    [
        op,
        t("Buenas. Entiendo su preocupación. Pero el carro salió perfecto de aquí; ¿qué fue lo que le pasó con la puerta?"),
        c("No me pasó na'. Te estoy diciendo que ya estaba así cuando lo cogí.", None),
        t("Lo que escucho es que usted no revisó bien el carro al recibirlo. Eso es responsabilidad del cliente, está en el contrato."),
        c("Yo sí lo revisé. Tengo fotos, mira, del día 3, ahí se ve el rayón.", None),
        t("Esas fotos pueden ser de cualquier día. ¿Usted parqueó en la calle en Bávaro? Porque ahí es que pasan esas cosas, la gente parquea donde sea."),
        c("Parqueé en el hotel. La foto tiene la fecha, mírala bien.", None),
        t("Entiendo cómo se siente. Pero el formulario dice que salió sin daños, y usted lo firmó. Son 250 dólares del rayón; si hubiera comprado el seguro completo, que usted no quiso, no pagaría nada."),
        c("Yo no voy a pagar 250 dólares por algo que no hice. Llama al supervisor.", None),
        t("Puedo llamarlo, pero le va a decir lo mismo. ¿Va a pagar con la misma tarjeta?"),
        c("No voy a pagar na'. Y si me lo cargan, llamo a la tarjeta pa' disputarlo.", None),
    ],
))

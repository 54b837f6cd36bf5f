"""Gaming pairs, part C (written by hand for es_blind72, prefix esb72)."""
from common import c, gpair, t

# ---------------------------------------------------------------------------
# c01 putdown_question - Santiago (Ñuñoa), banco
_c01_open = c("Buenos días, señorita. Vengo porque me llegó la cartola y hay un cobro de dieciocho mil pesos que no sé "
              "qué es. Yo no he pedido nada.", None)

C01 = gpair(
    "esb72g_nunoa_banco_cobro_mantencion",
    "Sucursal bancaria, Ñuñoa (Santiago)",
    "putdown_question",
    "Un jubilado de Ñuñoa va a la sucursal de su banco porque le apareció en la cartola un cobro que no entiende.",
    [
        _c01_open,
        t("Buenos días, don Guillermo. Revisemos juntos, ¿me presta su carnet? … Ya, aquí está: es la comisión de "
          "mantención de la cuenta corriente. Hasta el mes pasado no se la cobraban porque la pensión le llegaba a esta "
          "cuenta. ¿Cambió algo con su pensión?"),
        c("Ah… sí, mi hija me la cambió a la cuenta RUT, porque decía que ahí no me cobraban nada. ¿Y por eso me "
          "cobran?", None),
        t("Exacto, por eso. Usted no hizo nada malo, es que la exención dependía de ese depósito. Hay dos caminos: volver "
          "a recibir la pensión acá y la comisión desaparece, o si usa poco esta cuenta, pasarla a una cuenta vista que no "
          "cobra mantención. ¿Para qué usa la cuenta corriente hoy?"),
        c("Para pagar la luz y el agua con PAC, y la chequera, que ya casi no uso. Pero no me haga cambiar nada, mire que "
          "la otra vez que me cambiaron de plan quedé como dos meses sin chequera.", "bad_experience"),
        t("Lo entiendo, y no le voy a cambiar nada sin que usted lo decida. Lo más simple sería volver a recibir la "
          "pensión acá: yo hago el formulario y usted solo firma, y los PAC siguen igual. Y este cobro de dieciocho mil "
          "se lo devuelvo como excepción, por esta vez."),
        c("¿Me lo devuelve? Ya, eso me gusta. Pero déjeme consultarlo con mi hija, que ella me maneja estas cosas.", "think_it_over"),
        t("Claro. Le imprimo el formulario y le anoto las dos opciones en una hoja para que se la muestre. La devolución "
          "ya quedó ingresada, la ve en la cartola del próximo mes. Cualquier cosa pregunte por mí, Daniela."),
        c("Muchas gracias, mijita. Muy amable.", None),
    ],
    [
        _c01_open,
        t("Buenos días. A ver, no se altere, don. ¿Usted revisa su cartola todos los meses, o solo cuando le llega algo raro?"),
        c("No me estoy alterando, señorita. Le estoy preguntando por un cobro.", None),
        t("Ya, ya. ¿Y no será que usted mismo firmó algo y no se acuerda? Pasa harto con la gente mayor. ¿Qué fue "
          "exactamente lo que hizo en los últimos meses?"),
        c("Yo no he firmado nada. Mi hija me cambió la pensión a otro banco, nada más.", None),
        t("Ahí está. ¿Y nadie le explicó que si saca la pensión se le cobra mantención? ¿No lee lo que firma? Si quiere "
          "evitar el cobro, le puedo ofrecer nuestra tarjeta de crédito Oro, con ella queda exento."),
        c("No quiero ninguna tarjeta de crédito, oiga. Nunca he tenido y no voy a empezar ahora.", "no_need"),
        t("Bueno, es su decisión. ¿Hay algo más en lo que le pueda ayudar, o eso sería todo?"),
        c("Sí: quiero hablar con el jefe de la sucursal. No me gustó cómo me habló.", None),
    ],
)

# ---------------------------------------------------------------------------
# c02 not_my_department_or_read_the_terms - Puerto Montt, isapre y licencia médica
_c02_open = c("Buenas tardes. Me rechazaron la licencia, la de la tendinitis. Trabajo en la planta fileteando salmón y no "
              "puedo mover la mano, y ahora no me van a pagar los días. ¿Qué hago?", None)

C02 = gpair(
    "esb72g_puertomontt_isapre_licencia_rechazada",
    "Isapre, sucursal de Puerto Montt",
    "not_my_department_or_read_the_terms",
    "Una operaria de una planta de proceso de salmón en Puerto Montt va a la sucursal de su isapre porque le rechazaron una licencia por tendinitis.",
    [
        _c02_open,
        t("Buenas tardes, señora Marisol. Veamos qué pasó, ¿me da su RUT? … Ya, aparece rechazada por reposo "
          "injustificado. Eso pasa a veces cuando el formulario viene con poco detalle. ¿Tiene algún examen, una ecografía de la mano?"),
        c("Sí, me hicieron una ecografía en la clínica. Acá la tengo en el celular.", None),
        t("Perfecto, eso sirve. Otra cosa importante: si la tendinitis es por el trabajo, por el fileteo, debería "
          "pagarla la mutual de seguridad y no la isapre, y ahí le pagan el cien por ciento. ¿Su médico le preguntó si "
          "era por el trabajo?"),
        c("No, nada. Pero ya fui una vez a la mutual por otra cosa y me mandaron de vuelta diciendo que no era laboral. "
          "Pura pérdida de tiempo.", "bad_experience"),
        t("Entiendo que no quiera pasar por eso de nuevo. Hagamos las dos cosas en paralelo: yo ingreso ahora la "
          "apelación con la ecografía, y estamos dentro del plazo. Y le anoto cómo pedir en la mutual que la evalúen "
          "como enfermedad profesional, por si acaso."),
        c("Ya. ¿Y en cuánto me responden? Porque con la plata del mes estoy justa.", None),
        t("La apelación la resuelve la COMPIN y puede demorar hasta treinta días, a veces menos. Le doy el número de "
          "ingreso y mi correo; si en dos semanas no sabe nada, me escribe y yo averiguo."),
        c("Ya, gracias. Por lo menos ahora sé qué hacer.", None),
    ],
    [
        _c02_open,
        t("Buenas tardes. Para entender su situación, ¿me cuenta qué necesita hoy?"),
        c("Que me expliquen por qué me rechazaron la licencia. No puedo mover la mano.", None),
        t("Mire, las licencias las revisa contraloría médica, yo estoy en atención comercial, así que no le puedo decir "
          "por qué se rechazó. Le recomiendo leer su contrato de salud, ahí salen todas las condiciones."),
        c("¿Y quién me puede decir entonces? Porque yo no me voy a leer un contrato de cuarenta páginas, llevo dos "
          "semanas sin sueldo.", None),
        t("La apelación es en la COMPIN, eso ya no es de la isapre. Yo no pongo las reglas, lo siento. ¿Hay algo más "
          "que pueda hacer por usted hoy?"),
        c("¿Y dónde queda la COMPIN? ¿Qué papeles llevo?", None),
        t("Eso lo tiene que averiguar en la página de ellos, no es mi área. Le agradezco su visita. ¿Me ayuda contestando "
          "una breve encuesta de satisfacción?"),
        c("¿Encuesta? Usted no me ayudó en nada. Me voy a la Superintendencia.", None),
    ],
)

# ---------------------------------------------------------------------------
# c03 social_proof_or_deadline_pressure - San Martín de los Andes, estufas a pellet
_c03_open = c("Hola, buen día. Estamos pensando en pasarnos de la leña al pellet, porque ya no damos más de cargar leña. "
              "¿Nos podés explicar cómo es?", None)

C03 = gpair(
    "esb72g_sanmartinandes_estufa_pellet",
    "Local de estufas y calefacción, San Martín de los Andes",
    "social_proof_or_deadline_pressure",
    "Un matrimonio de San Martín de los Andes que calefacciona con leña va a un local de estufas a averiguar por una a pellet.",
    [
        _c03_open,
        t("Buen día. Sí, claro. Primero contame un poco de la casa: ¿cuántos metros tiene, y la leña la usan para toda la "
          "casa o solo el living?"),
        c("Unos noventa metros, una planta. La salamandra está en el living y a las piezas el calor casi no llega. Y mi "
          "marido tiene problemas de espalda, por eso lo de la leña.", None),
        t("Entiendo. Para noventa metros en una planta, una de nueve kilovatios con salida canalizada les lleva aire "
          "caliente a las piezas. Dos cosas que tienen que saber antes: necesita luz para funcionar, si se corta la luz "
          "se apaga; y acá el pellet sale más caro que la leña por caloría."),
        c("Uy, lo de la luz no sabía. Acá en invierno se corta cada dos por tres con las nevadas.", None),
        t("Claro. Hay quienes dejan la salamandra de respaldo para esos días, y hay quienes le ponen una batería, que se "
          "paga aparte. ¿Pensaban sacar la salamandra?"),
        c("No, la salamandra se queda, es linda. ¿Y cuánto sale todo, con instalación?", None),
        t("La estufa canalizada a dos ambientes, instalada, está en dos millones ochocientos mil; con tarjeta se puede "
          "en cuotas. Y antes de decidir, vengan a verla funcionando, que la tenemos prendida en el local."),
        c("Es plata, eh. Lo tenemos que pensar tranquilos. ¿Nos das el presupuesto por escrito?", "think_it_over"),
        t("Sí, ahora te lo imprimo, con el consumo estimado de pellet por mes para que lo comparen con lo que gastan en "
          "leña. Si quieren, el sábado pasa el técnico a ver por dónde saldría el caño, sin cargo."),
        c("Dale, el sábado a la mañana está bien.", None),
    ],
    [
        _c03_open,
        t("¡Buen día! Mirá, excelente momento para preguntar: en el barrio de ustedes ya se pasaron al pellet un montón "
          "de familias, este invierno instalamos más de cuarenta. ¿Qué es lo que más valorás en una experiencia de calefacción?"),
        c("Y, que caliente toda la casa. La salamandra no llega a las piezas. Y mi marido con la espalda no puede más "
          "con la leña.", None),
        t("Perfecto, entonces la de nueve kilovatios canalizada, que es la que elige todo el mundo. Y te cuento: el "
          "precio va atado al dólar y el lunes entra lista nueva con un veinte por ciento más. Los que se decidieron "
          "esta semana se ahorraron una fortuna. ¿La dejamos reservada hoy?"),
        c("Pará, pará. ¿Y si se corta la luz? Acá con las nevadas se corta seguido.", None),
        t("Eso no es problema, todos nuestros clientes están chochos, nadie se quejó nunca. Además me quedan dos en "
          "depósito y una la está por señar una pareja de Junín. ¿Te la reservo con el cincuenta por ciento?"),
        c("Es mucha plata para decidir así. Dos millones ochocientos no los tenemos ahora, tendríamos que ver.", "no_money"),
        t("Por eso te digo, hoy con el precio viejo te conviene. Mañana puede ser tarde, y los que esperaron después se "
          "arrepintieron. ¿Tarjeta o transferencia?"),
        c("No, no, dejá. Lo pensamos en casa.", "think_it_over"),
    ],
)

# ---------------------------------------------------------------------------
# c04 keyword_stuffed - Viña del Mar, courier para emprendimiento
_c04_open = c("hola! tengo un emprendimiento de ropa tejida, vendo por insta, y necesito mandar unos 30 paquetes al mes a "
              "distintas regiones. cuanto me saldria?", None)

C04 = gpair(
    "esb72g_vinadelmar_courier_emprendimiento",
    "Empresa de courier y envíos, WhatsApp comercial, Viña del Mar",
    "keyword_stuffed",
    "Una emprendedora de Viña del Mar que vende ropa tejida por Instagram escribe al WhatsApp de un courier para cotizar envíos a regiones.",
    [
        _c04_open,
        t("Hola! Gracias por escribirnos. Para cotizarte bien: ¿qué tamaño y peso tiene más o menos un paquete típico? "
          "¿Y a qué regiones mandas más?"),
        c("son chalecos y gorros, en bolsa, menos de 1 kilo casi siempre. mando harto a santiago y conce, y de repente "
          "al sur, puerto montt, punta arenas", None),
        t("Perfecto. Con menos de 1 kg, a Santiago y Conce te sale $3.490, a Puerto Montt $5.990 y a Punta Arenas $7.900 "
          "porque va en avión. Con 30 al mes entras al plan pyme: retiramos en tu casa dos veces por semana sin costo. "
          "¿Hoy cómo lo haces, vas a la sucursal?"),
        c("si voy a la sucursal y me demoro una hora en la fila jaja. pero igual encuentro caro lo de punta arenas, en "
          "otra parte me cobraban 6 y algo", "too_expensive"),
        t("Es justo que compares. Punta Arenas no te lo puedo bajar, el avión es lo que cuesta. Lo que sí: el retiro te "
          "ahorra las horas de fila, y si a Punta Arenas mandas pocos, puedes seguir mandando esos por el otro courier y "
          "el resto con nosotros. ¿Te armo la cotización con tus números reales?"),
        c("ya dale, mandamela. la veo con mi socia y te aviso", "think_it_over"),
        t("Listo, te la mando en una hora con un ejemplo de un mes de 30 envíos. Si les hace sentido, el primer retiro "
          "puede ser el martes."),
        c("buenisimo, gracias!!", None),
    ],
    [
        _c04_open,
        t("Hola!! Muchas gracias por escribirnos 🙌 Para nosotros es fundamental entender tus necesidades y acompañarte en "
          "tu camino al éxito como emprendedora. Cuéntanos, ¿cómo te sientes con tu experiencia de envíos actual?"),
        c("eh bien supongo. pero cuanto sale mandar un paquete de 1 kilo a santiago?", None),
        t("Te entiendo perfectamente 💛 Sabemos que cada emprendimiento es único y que tu experiencia es lo más "
          "importante. Nuestro compromiso es construir una relación de largo plazo basada en la confianza, la cercanía y "
          "el éxito compartido. ¿Qué significa para ti un envío exitoso?"),
        c("que llegue? jaja. me pasas los precios porfa? a santiago, conce y punta arenas", None),
        t("¡Excelente! Valoramos mucho que compartas tus necesidades. Nuestra solución integral está pensada para que "
          "sientas que tus clientes son nuestros clientes y vivan una experiencia memorable. Un ejecutivo te contactará "
          "para entender en profundidad tu realidad y co-crear la mejor propuesta."),
        c("ya pero yo pregunte un precio nomas. la otra empresa me lo dio al tiro", None),
        t("¡Te entiendo totalmente! Y valoro mucho tu sinceridad. Para nosotros la escucha activa es un valor, y por eso "
          "queremos conocerte mejor antes de hablar de números. ¿Cuándo te acomoda una reunión de descubrimiento?"),
        c("no tengo tiempo pa reuniones, tengo que tejer 20 chalecos esta semana. mejor sigo con la otra", "no_time"),
    ],
)

# ---------------------------------------------------------------------------
# c05 rude - Villa La Angostura, cabañas
_c05_open = c("Hola, ¿recepción? Mirá, estamos en la cabaña siete, la calefacción no anda y hace un frío tremendo. "
              "Tenemos un bebé de ocho meses.", None)

C05 = gpair(
    "esb72g_villalaangostura_cabana_calefaccion",
    "Complejo de cabañas, recepción nocturna, Villa La Angostura",
    "rude",
    "Un turista de Buenos Aires alojado en un complejo de cabañas de Villa La Angostura llama a recepción a las once de la noche porque la calefacción no funciona.",
    [
        _c05_open,
        t("Hola, sí, recepción. Uy, con un bebé no pueden pasar la noche así. ¿La estufa es la de tiro balanceado, la de "
          "la pared del living? ¿Ves una llamita adentro, el piloto?"),
        c("Es una de la pared, sí. No sé qué es el piloto, no veo ningún fuego adentro.", None),
        t("Entonces se apagó el piloto, pasa a veces con el viento. Voy ya mismo con la linterna y la prendo, son cinco "
          "minutos. Y les llevo un caloventor para la pieza del bebé. ¿Necesitan algo más, una frazada?"),
        c("Sí, una frazada más nos vendría bien. Pero che, ¿esto puede volver a pasar a la madrugada? Porque anoche "
          "también hacía frío y pensamos que era normal.", None),
        t("Puede pasar si sopla fuerte, así que el caloventor se los dejo toda la estadía y les muestro cómo se prende el "
          "piloto, es un botón. Mañana temprano mantenimiento revisa la salida de afuera. Y por la noche de ayer les "
          "descuento una noche; no es justo que hayan pasado frío."),
        c("Ah, no esperaba eso. Gracias, te esperamos.", None),
    ],
    [
        _c05_open,
        t("Recepción. Mirá, son las once de la noche, ¿no podía esperar a mañana?"),
        c("¿Esperar? Te digo que tenemos un bebé y la cabaña está helada.", None),
        t("Ay, bueno. ¿Y probaron prenderla? Porque la mitad de los que llaman es porque no saben usar una estufa, "
          "¿entendés? Fijate el botón que dice piloto."),
        c("No sé qué es el piloto. No hay ningún fuego adentro. ¿Podés venir a verla?", None),
        t("Estoy sola en la recepción, no puedo ir a cada cabaña a prender estufas. Si querés pasá vos a buscar un "
          "caloventor, y dejá un depósito, que si se rompe lo pagás. ¿Algo más en lo que te pueda ayudar?"),
        c("¿En serio? Son las once, está nevando y tengo un bebé. Mañana nos vamos y dejamos la reseña que corresponde.", None),
    ],
)

# ---------------------------------------------------------------------------
# c06 ignored_customer - Concepción, ferretería y hongos en la pared
_c06_open = c("Hola, buenas. Tengo unas manchas negras de hongos en la pared de la pieza de mis niños, en la esquina de la "
              "ventana. Quería ver qué pintura o qué cosa me sirve.", None)

C06 = gpair(
    "esb72g_concepcion_ferreteria_hongos",
    "Ferretería y materiales de construcción, Concepción",
    "ignored_customer",
    "Una madre de Chiguayante va a una ferretería de Concepción por manchas de hongos en la pared del dormitorio de sus hijos.",
    [
        _c06_open,
        t("Hola, buenas tardes. Antes de la pintura, cuénteme un poco: ¿esa pared da hacia afuera? ¿Y en las mañanas los "
          "vidrios amanecen mojados?"),
        c("Sí, es pared de afuera, y los vidrios amanecen chorreando, los tengo que secar con un paño. Duermen los dos "
          "niños ahí, y calefaccionamos con una estufa a parafina.", None),
        t("Ya. Eso es condensación: la parafina bota harto vapor de agua, y en la pared fría se condensa en la esquina. "
          "Si solo pinta, en un mes vuelve. Lo primero es ventilar diez minutos en la mañana, y si se puede, no usar la "
          "parafina dentro de la pieza. Después sí: limpiar con fungicida y pintar con antihongos."),
        c("Es que la parafina es lo único que tenemos, la eléctrica con la cuenta de la luz sale un ojo. Ventilar sí puedo.", None),
        t("Entendible. Entonces ventile harto y deje la puerta de la pieza abierta cuando esté prendida la estufa. Para "
          "la pared: el limpiador fungicida sale cuatro mil novecientos, y para una esquina le alcanza con un cuarto de "
          "galón de antihongos, seis mil quinientos."),
        c("Ah, pensé que me iba a salir más caro. Ya, llevo el limpiador y el cuarto de galón.", None),
        t("Perfecto. Limpie, deje secar dos días con la pieza ventilada y ahí pinta. Si en un mes vuelve a salir, pase "
          "y vemos si hay una filtración, que eso ya es otra cosa."),
        c("Ya, gracias, súper clarito.", None),
    ],
    [
        _c06_open,
        t("Hola, buenas tardes. Cuénteme, ¿dónde están las manchas y qué calefacción usan en la casa?"),
        c("En la pieza de los niños, en la esquina de la ventana. Usamos estufa a parafina, y los vidrios amanecen "
          "mojados.", None),
        t("Perfecto. Para eso tenemos la pintura antihongos premium, el galón a veintiocho mil. Con dos manos le queda perfecto."),
        c("¿Y no vuelve a salir? Porque mi vecina pintó con una de esas y al mes le salió de nuevo. ¿No será por la "
          "parafina?", "bad_experience"),
        t("Muy buena pregunta. Le recomiendo además el sellador hidrorrepelente para el exterior, catorce mil. ¿Cuántos "
          "metros tiene la pieza?"),
        c("Como tres por tres. Pero oiga, ¿y lo de la estufa? Los niños duermen ahí, ¿les hace mal?", None),
        t("Entonces le van dos galones de pintura y un sellador, setenta mil. ¿Lo paga con débito o crédito?"),
        c("¿Setenta mil? No tengo esa plata. Y no me respondió nada de lo que le pregunté. Mejor pregunto en otro lado.", "no_money"),
    ],
)

# ---------------------------------------------------------------------------
# c07 repeated_questions - Puerto Montt / Calbuco, ropa de trabajo para acuicultura
_c07_open = c("Buenas tardes, le habla Carolina Mansilla, de adquisiciones de Servicios Acuícolas Calbuco. Necesito "
              "cotizar cuarenta trajes de agua para operarios de pontón, con entrega antes de fin de mes.", None)

C07 = gpair(
    "esb72g_puertomontt_trajes_agua_ponton",
    "Proveedor de ropa de trabajo y seguridad, Puerto Montt",
    "repeated_questions",
    "La encargada de compras de una empresa de servicios a salmoneras de Calbuco llama a un proveedor de ropa de trabajo para comprar trajes de agua.",
    [
        _c07_open,
        t("Buenas tardes, Carolina. Con gusto. ¿Los operarios trabajan con alimento o también con mortalidad? Pregunto "
          "porque para mortalidad conviene el PVC más grueso, que aguanta mejor el cloro y los cortes."),
        c("Las dos cosas. Y los chiquillos se quejan de que los trajes que tenemos se rajan en las rodillas al mes. Son "
          "unos chinos que compramos baratos.", None),
        t("Entonces le recomiendo el de PVC de 0,5 con refuerzo en rodilla. Es más caro que el que tienen, treinta y dos "
          "mil el conjunto, pero en pontón dura seis a ocho meses. ¿Qué tallas necesita?"),
        c("Treinta y dos lucas por cuarenta es casi un millón trescientos. El presupuesto que me aprobaron es de "
          "novecientos.", "no_money"),
        t("Ya. Le propongo dos opciones: veinte reforzados para los de mortalidad, que es donde más se rompen, y veinte "
          "estándar a veintidós mil para los de alimento, eso queda en un millón ochenta; o los cuarenta reforzados con "
          "pago a sesenta días. Le mando las dos por correo hoy."),
        c("Mándeme las dos, lo tengo que ver con el jefe de operaciones. Las tallas se las mando mañana.", "think_it_over"),
        t("Perfecto. Le llegan antes de las seis, con stock confirmado para entregar el veinticinco en Calbuco. Quedo "
          "atento a las tallas."),
        c("Ya, gracias.", None),
    ],
    [
        _c07_open,
        t("Buenas tardes, Carolina, gracias por llamar. Cuénteme, ¿qué es lo que necesitan?"),
        c("Cuarenta trajes de agua para operarios de pontón, para antes de fin de mes.", None),
        t("Perfecto. ¿Y qué tipo de ropa de trabajo están buscando?"),
        c("Trajes de agua, le dije. Cuarenta. Los que tenemos se rajan en las rodillas.", None),
        t("Ya. ¿Y para qué los van a usar exactamente? ¿Qué necesidad tienen?"),
        c("Para trabajar en pontón, con alimento y mortalidad. Oiga, ¿me está anotando?", None),
        t("Sí, sí, por supuesto. Solo para entender bien sus necesidades: ¿qué producto estaría buscando?"),
        c("Mire, tengo reunión en diez minutos. Mándeme una cotización de cuarenta trajes de agua y ya.", "no_time"),
        t("Claro. Antes de cotizar, una última cosita: ¿cuántos trajes necesitarían?"),
        c("Cuarenta. Por cuarta vez. Olvídese, le pido a otro proveedor.", None),
    ],
)

# ---------------------------------------------------------------------------
# c08 wrong_paraphrase - Puente Alto (Santiago), colegio particular subvencionado
_c08_open = c("Buenas tardes. Eh, mi hijo tiene seis años y tiene diagnóstico de TEA, de autismo. Lo queremos cambiar de "
              "colegio y quería saber si acá tienen apoyo, programa de integración, esas cosas.", None)

C08 = gpair(
    "esb72g_puentealto_colegio_pie",
    "Colegio particular subvencionado, Puente Alto (Santiago)",
    "wrong_paraphrase",
    "Un padre de Puente Alto pregunta en un colegio particular subvencionado si pueden recibir a su hijo de seis años con diagnóstico de TEA.",
    [
        _c08_open,
        t("Buenas tardes, bienvenido. Sí, tenemos Programa de Integración, PIE. Para contarle qué le serviría a su hijo, "
          "¿cómo se llama y qué apoyos tiene hoy?"),
        c("Se llama Tomás. En el jardín tenía una educadora diferencial dos veces por semana. Él habla bien, pero se "
          "desregula con el ruido, los recreos son difíciles para él.", None),
        t("Ya. O sea, lo que más le cuesta a Tomás no es lo académico, sino el ruido y los recreos. En el PIE hay "
          "educadora diferencial y psicóloga, y hay una sala de calma a la que puede salir cuando se sature. No le voy a "
          "mentir: los cupos PIE son cinco por curso, y para primero quedan dos."),
        c("Ya. ¿Y el PIE se paga aparte? Porque con el copago ya estamos justos, mi señora no está trabajando.", None),
        t("No, el PIE no tiene costo, lo financia el Estado; el copago es el mismo para todos, treinta y dos mil al mes. "
          "Eso sí, la postulación es por el Sistema de Admisión Escolar, no directo con nosotros. ¿Lo conoce?"),
        c("Sí, el SAE. Pero el año pasado postulamos a otro colegio y no quedamos, y la verdad me da miedo pasar por eso "
          "de nuevo.", "bad_experience"),
        t("Lo entiendo. Para tener más opciones, ponga varios colegios con PIE en la lista, no solo uno. Y si quiere, "
          "venga un día con Tomás a conocer la sala de calma y a la educadora antes de postular, así ve si le acomoda. "
          "¿Le sirve el jueves después de clases?"),
        c("Sí, el jueves. Gracias, de verdad.", None),
    ],
    [
        _c08_open,
        t("Buenas tardes, bienvenido. Cuénteme, ¿qué está buscando para su hijo?"),
        c("Que lo apoyen. Tiene autismo, se desregula con el ruido, los recreos le cuestan mucho.", None),
        t("Perfecto, entonces si entiendo bien, lo que usted busca es un colegio de alta exigencia académica, que lo "
          "prepare desde chico para la PAES. Tenemos el programa de excelencia con inglés intensivo. Es eso, ¿cierto?"),
        c("No, no dije eso. Lo académico no es lo que me preocupa. Es el ruido, los recreos.", "no_need"),
        t("Claro, entonces lo que escucho es que quiere que se integre con los demás sin apoyos especiales, para que no "
          "se sienta distinto. Eso es muy bonito. ¿Lo matriculamos en el curso regular?"),
        c("¿Cómo sin apoyos? Si le estoy diciendo que necesita apoyo. ¿Tienen PIE o no?", None),
        t("Sí, tenemos, pero entiendo que usted prefiere no usarlo. Para resumir: su hijo necesita desafíos y usted "
          "quiere un colegio exigente. ¿Le agendo la entrevista para el programa de excelencia?"),
        c("Usted no ha escuchado nada de lo que le dije. Voy a preguntar en otro colegio.", None),
    ],
)

# ---------------------------------------------------------------------------
# c09 pitch_to_upset - Neuquén (ruta 22), seguro automotor
_c09_open = c("Hola, hola, ¿me escuchás? Me acaban de chocar de atrás, un camión, en la ruta 22 a la altura de Plottier. "
              "Estoy bien pero estoy temblando, no sé qué hacer.", None)

C09 = gpair(
    "esb72g_neuquen_seguro_choque_ruta22",
    "Compañía de seguros automotor, línea de asistencia, Neuquén",
    "pitch_to_upset",
    "Una mujer llama a su aseguradora desde la ruta 22, cerca de Plottier, nerviosa, justo después de que un camión le chocó el auto de atrás.",
    [
        _c09_open,
        t("Te escucho. Primero: ¿estás bien vos? ¿Hay alguien herido? ¿El auto está en un lugar seguro, fuera de la ruta?"),
        c("Estoy bien, creo. Me duele un poco el cuello. El auto está en la banquina, el camionero también paró.", None),
        t("Bien. Si te duele el cuello, que te revisen aunque parezca poco. Ahora tranqui, vamos paso a paso: sacale "
          "foto a la patente del camión, al registro y a la póliza del chofer, y a los dos vehículos. ¿Podés?"),
        c("Sí, sí, ya le estoy sacando. El tipo está bien, tiene seguro. ¿Tengo que llamar a la policía?", None),
        t("Con dolor de cuello, sí, conviene que quede la exposición policial. Ya te abrí el número de siniestro, te lo "
          "mando por WhatsApp. ¿El auto anda, o necesitás grúa?"),
        c("El baúl está hecho pelota, pero anda. Igual prefiero la grúa, no quiero manejar así.", None),
        t("Perfecto, la grúa sale para ahí, llega en unos cuarenta minutos. Quedate en la banquina con las balizas. Te "
          "llamo yo en media hora para ver cómo seguís."),
        c("Gracias, en serio. Ya estoy más tranquila.", None),
    ],
    [
        _c09_open,
        t("Buenas tardes, gracias por comunicarte. ¿Me das tu número de póliza?"),
        c("No lo sé, no lo tengo a mano… estoy al costado de la ruta, me chocó un camión.", None),
        t("No te preocupes, con tu DNI lo busco. … Ya está. Mirá, veo que tenés terceros completo. Justamente por "
          "situaciones como esta te conviene pasarte al todo riesgo, que por una diferencia chica te cubre tu propio auto "
          "siempre. ¿Te interesa que te lo cotice?"),
        c("¿Ahora me estás vendiendo algo? Me duele el cuello, tengo el baúl destrozado. ¿Me mandan una grúa o no?", None),
        t("Sí, claro, ya lo gestionamos. Pero pensalo, porque si te vuelve a pasar vas a estar cubierta al cien. Además "
          "el todo riesgo trae auto de reemplazo, que hoy te vendría bárbaro. ¿Te lo dejo activado desde mañana?"),
        c("No quiero nada, no es el momento. Quiero la grúa.", "no_time"),
        t("Entendido. Te paso con el área de siniestros. ¿Hay algo más en lo que te pueda ayudar hoy?"),
        c("Sí, que alguien me atienda como la gente. Estoy sola en la ruta.", None),
    ],
)

# ---------------------------------------------------------------------------
# c10 blame - Valparaíso, banco y fraude con tarjeta
_c10_open = c("Aló, buenas. Oiga, me llegaron tres notificaciones de compras en la tarjeta que yo no hice, de una tienda "
              "en el extranjero. Como cuatrocientas lucas en total.", None)

C10 = gpair(
    "esb72g_valparaiso_banco_fraude_tarjeta",
    "Banco, línea de emergencias de tarjetas, Valparaíso",
    "blame",
    "Un trabajador portuario de Valparaíso llama a su banco porque aparecieron en su tarjeta de crédito tres compras por internet que no hizo.",
    [
        _c10_open,
        t("Buenas tardes, don Cristián. Lo primero es cortar esto: ¿me autoriza a bloquear la tarjeta ahora mismo? Así no "
          "pasa ninguna compra más."),
        c("Sí, sí, bloquéela al tiro.", None),
        t("Listo, bloqueada. Ahora, ¿la tarjeta física la tiene usted? ¿Y le llegó en estos días algún mensaje o llamada "
          "pidiéndole claves o códigos?"),
        c("La tengo aquí en la billetera. Y… ahora que lo dice, el lunes me llegó un mensaje de que tenía un paquete "
          "retenido en Correos, y pagué dos mil pesos en un link. Chuta, ¿fue eso?", None),
        t("Puede haber sido eso. Esos mensajes falsos están hechos para engañar a cualquiera. Lo importante: usted "
          "desconoce las compras, y por ley el banco le tiene que restituir el monto mientras se investiga. Ingreso el "
          "desconocimiento ahora y le llega una tarjeta nueva en cinco días hábiles."),
        c("Ya. ¿Y la tarjeta nueva me la cobran?", None),
        t("En caso de fraude la reposición no tiene costo. Le mando por correo el número del desconocimiento y el "
          "comprobante del bloqueo. Y ojo: Correos nunca cobra por link; si le vuelve a llegar uno, bórrelo."),
        c("Ya, gracias. Qué rabia igual.", None),
    ],
    [
        _c10_open,
        t("Buenas tardes, don Cristián. Para entender bien su situación: ¿usted entregó su clave o algún código a alguien?"),
        c("No que yo sepa… bueno, el lunes pagué dos mil pesos en un link de Correos por un paquete.", None),
        t("Ahí está el problema, don. Eso es phishing, sale en todas las noticias, y el banco manda correos todos los "
          "meses advirtiendo. Si usted metió sus datos en un link, la responsabilidad es suya, ¿me entiende?"),
        c("¿Cómo que mía? Me robaron cuatrocientas lucas. ¿Y la tarjeta? ¿La bloquearon al menos?", None),
        t("La puedo bloquear, sí. Pero tiene que entender que el banco no puede hacerse cargo de los descuidos de cada "
          "cliente. Si hubiera leído las recomendaciones de seguridad, esto no pasaba. ¿Me sigue?"),
        c("Le sigo, sí. Me está diciendo que es culpa mía que me hayan estafado.", None),
        t("No lo digo yo, lo dicen los términos de uso. Puede presentar un reclamo, pero no le aseguro nada. ¿Le puedo "
          "ayudar con algo más?"),
        c("Con nada más. Voy a ir a la sucursal y al Sernac, y si no me devuelven la plata me cambio de banco.", None),
    ],
)

PAIRS = [C01, C02, C03, C04, C05, C06, C07, C08, C09, C10]

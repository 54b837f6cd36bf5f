"""Gaming pairs, file b (hand-written by the esb60 writer)."""
from common import c, t, gpair

PAIRS = []

# ---------------------------------------------------------------- b1 ignored_customer
_open = c("Buenes. Traigo el coche pa la revisión de los sesenta mil. Y de paso, que hace un ruidín delante cuando giro.", None)
PAIRS.append(gpair(
    "esb60g_oviedo_taller_revision", "official car dealer workshop, Oviedo", "ignored_customer",
    "A driver brings his car for the 60,000 km service, mentions a clicking noise, needs it by Friday and was overcharged last time.",
    good=[
        _open,
        t("Buenos días. Perfecto. Cuénteme lo del ruido: ¿cuándo lo hace, girando parado o en marcha, y hacia qué lado?"),
        c("En marcha, al girar a la izquierda, tipo clac-clac. Empezó hace un par de semanas, al volver de Cangas.", None),
        t("Vale, clac-clac girando a la izquierda; puede ser una homocinética o algo de la suspensión. Lo miramos en el elevador con la revisión. ¿Necesita el coche para algún día concreto?"),
        c("El viernes me voy a León, a ver a mi madre. Y ya le digo que la última vez aquí me cobrasteis cuatrocientos euros y salí con la cara a cuadros.", "bad_experience"),
        t("Entendido: viernes sin falta, y sin sorpresas. La revisión de los sesenta mil son 290 cerrados. Si lo del ruido necesita pieza, le llamo antes de tocar nada, le digo el precio y usted decide si se hace ahora o a la vuelta. ¿Le parece?"),
        c("Así sí. Llámame al móvil, que en el trabajo no cojo el fijo.", None),
        t("Apuntado el móvil. Se lo tengo el jueves por la tarde, y si la pieza no llegara a tiempo le digo claramente si puede viajar tranquilo o no."),
    ],
    gaming=[
        _open,
        t("Buenos días. Cuénteme, ¿qué es lo que más le preocupa del coche?"),
        c("Lo del ruido, un clac-clac al girar a la izquierda. Y que el viernes me voy a León y lo necesito sí o sí.", None),
        t("Muy bien. Le pongo entonces el Pack Confort de los sesenta mil: revisión, pastillas, discos, líquido de frenos, limpieza de inyectores y ozono. Así va tranquilo. ¿Algo más que le preocupe?"),
        c("Hombre, lo que me preocupa es el precio. La última vez me cobrasteis cuatrocientos y no sabía ni de qué.", "bad_experience"),
        t("Perfecto, tomo nota. ¿Y cómo suele usar el coche, mucha ciudad?"),
        c("Mucha carretera, Oviedo-León casi todos los meses. Pero, ¿y el ruido? ¿Me lo vais a mirar o no?", None),
        t("Genial. Pues con el Pack Confort son 780 y se lo tenemos el lunes que viene. ¿Le parece bien?"),
        c("¿El lunes? Si te dije que el viernes me voy. Y setecientos ochenta no los pago, ho, ni loco. Dame las llaves, que me lo llevo a otro taller.", "too_expensive"),
    ],
))

# ---------------------------------------------------------------- b2 repeated_questions
_open = c("Buenos días, soy Xosé, de mantenimiento de Conservas Ría de Vigo. Se nos paró la cinta de la línea de mejillón, rompió el motorreductor, y estamos con la campaña a tope.", None)
PAIRS.append(gpair(
    "esb60g_vigo_conservera_motorreductor", "industrial parts distributor (gear motors), Vigo", "repeated_questions",
    "A cannery maintenance chief needs a replacement gear motor at once; the mussel line and twenty workers are stopped.",
    good=[
        _open,
        t("Buenos días, Xosé. Vamos a ello. ¿Tiene a mano la placa del motorreductor, marca y referencia?"),
        c("Sí, la tengo aquí delante. Es un SEW, pone KA47, 1,1 kilovatios, relación 28,37. Tiene once años.", None),
        t("KA47, 1,1 kW, 28,37. Lo miro... Idéntico no lo tengo en Vigo, hay uno en Madrid que llegaría mañana al mediodía. Uno equivalente, mismo eje hueco y misma brida, sí lo tengo aquí hoy. ¿Cuánto tiempo puede estar parada la línea?"),
        c("Ni una hora más, si puede ser. Tengo veinte mujeres esperando y el mejillón no espera.", None),
        t("Entonces el equivalente. Las medidas de anclaje coinciden, se lo confirmo por escrito con el plano. Son 640 euros. Si le vale, lo mando con el repartidor ahora y llega antes de las doce."),
        c("Seiscientos cuarenta... el de la otra vez me parece que lo pagamos bastante más barato. Pero bueno, hoy no estoy para regatear.", "too_expensive"),
        t("Lo entiendo, ha subido bastante estos años. Le mando el plano ahora mismo al correo para que lo vea el de turno, y el motor sale a las once."),
        c("Venga, dale. Mándalo a mantenimiento arroba, que lo lee el que esté.", None),
        t("Hecho. Le llamo cuando salga el repartidor para que tengan a alguien en el muelle."),
    ],
    gaming=[
        _open,
        t("Buenos días, Xosé. Para entenderle bien: ¿qué es lo que necesita exactamente?"),
        c("Un motorreductor. Se nos rompió el de la cinta del mejillón.", None),
        t("Vale. Y cuénteme, ¿qué tipo de equipo es el que les está dando el problema?"),
        c("El motorreductor, ya le digo. SEW, KA47, 1,1 kilovatios. Lo tengo aquí delante.", None),
        t("Perfecto. ¿Y me podría decir qué marca y qué modelo es el que se les averió?"),
        c("¿Otra vez? SEW, KA47. ¿Lo apunta o no lo apunta? Que tengo la línea parada.", None),
        t("Sí, sí, disculpe, es para asegurarme de que le entiendo bien. Y entonces, ¿qué es lo que más le urge ahora mismo?"),
        c("¡El motor, hombre! Mire, déjelo, llamo a otro proveedor.", None),
    ],
))

# ---------------------------------------------------------------- b3 wrong_paraphrase
_open = c("Kaixo. Mire, se me ha partido una muela de abajo y el dentista de la mutua dice que hay que sacarla. Quería saber qué se pone luego, implante o puente o lo que sea.", None)
PAIRS.append(gpair(
    "esb60g_bilbao_dentista_implante", "dental clinic, Bilbao", "wrong_paraphrase",
    "A diabetic man in his late fifties asks what can replace a lower molar that must be pulled; he fears surgery.",
    good=[
        _open,
        t("Kaixo. Claro. Antes de nada, ¿qué muela es, y le han dicho ya cuándo se la sacan?"),
        c("La de abajo a la derecha, no la del fondo, la de antes. La sacan la semana que viene. Y le digo ya una cosa: soy diabético, y me da miedo lo de la cirugía del implante.", None),
        t("Gracias por decirlo, es importante. ¿Tiene la diabetes controlada? ¿Sabe cómo salió la última analítica?"),
        c("Más o menos. La hemoglobina esa la tenía en siete y pico, y dice el médico de cabecera que no está mal.", None),
        t("Con eso el implante suele ir bien, aunque cicatriza algo más despacio. La otra opción es un puente, pero hay que tallar las dos muelas de al lado, que veo que están sanas. El implante con la corona está en unos 1.200. ¿Qué le preocupa más, el precio o la intervención?"),
        c("La intervención. Y el precio, hombre, todo. Mi cuñado se puso uno en una clínica de esas baratas y se le cayó a los dos años.", "bad_experience"),
        t("Entiendo el miedo. Le propongo una consulta con la periodoncista, sin coste, para que le vea el hueso después de la extracción y le explique paso a paso cómo sería con su diabetes. Y si al final prefiere puente, también se hace. ¿Le viene bien dentro de un mes?"),
        c("Dentro de un mes bien. Pero lo hablo con mi mujer antes de meterme en nada.", "think_it_over"),
        t("Claro. Le doy la cita para el día 12, y si cambia algo, nos llama."),
    ],
    gaming=[
        _open,
        t("Kaixo. Le escucho. ¿Qué es lo que le preocupa?"),
        c("Pues eso, qué me pongo después de sacarla. Y que soy diabético, y me da miedo la cirugía.", None),
        t("Vale, si le he entendido bien, lo que me está diciendo es que quiere recuperar toda la sonrisa y que la estética es lo más importante para usted, ¿correcto?"),
        c("No, yo no he dicho nada de estética. Es una muela de abajo, no se ve.", None),
        t("Claro, claro. Entonces lo que me dice es que el precio no le importa siempre que sea lo mejor, y por eso le propongo dos implantes con carga inmediata, ¿lo he entendido bien?"),
        c("¿Dos implantes? Si es una muela. Y claro que me importa el precio, que no estoy para gastos.", "no_money"),
        t("Perfecto, o sea que lo único que le frena es la financiación. Eso se soluciona: lo pagamos en 24 meses sin intereses. ¿Le reservo la cirugía para el día 5?"),
        c("Que no, hombre, que no me escucha. Lo del miedo a la cirugía ni lo ha oído. Déjelo, ya preguntaré en otra clínica.", None),
    ],
))

# ---------------------------------------------------------------- b4 pitch_to_upset
_open = c("Buenas tardes. Mi padre falleció hace dos semanas y... perdone. Me dijeron que tenía que venir por lo de su cuenta, que está bloqueada, y tengo la factura del tanatorio sin pagar.", None)
PAIRS.append(gpair(
    "esb60g_coruna_banco_fallecimiento", "bank branch, A Coruña", "pitch_to_upset",
    "A grieving son needs to pay his late father's funeral bill from the blocked account and does not know where to start.",
    good=[
        _open,
        t("Buenas tardes. Lo siento mucho. Tómese el tiempo que necesite, ¿quiere un vaso de agua?"),
        c("No, no, gracias. Es que es todo papeleo, y yo no sé por dónde empezar.", None),
        t("Es normal, nadie lo sabe. Vamos por partes. Lo que más le aprieta es la factura del tanatorio, ¿verdad? Esa se puede pagar directamente desde la cuenta de su padre aunque esté bloqueada; solo necesito la factura y el certificado de defunción."),
        c("El certificado lo traigo. La factura me la mandaron por correo, la tengo en el móvil.", None),
        t("Con eso vale: me la reenvía a este correo y la pago hoy. Para lo demás, el reparto de la cuenta, hará falta el certificado de últimas voluntades y el testamento o la declaración de herederos; se lo apunto. ¿Tiene hermanos o es usted solo?"),
        c("Somos tres, mi hermana está en Suiza. Todo esto me supera, la verdad, no sé ni cuándo voy a tener tiempo de ir al notario.", None),
        t("Lo entiendo. Con lo demás no hay prisa. Le dejo la lista por escrito, y cuando tengan los papeles me pide cita y lo hacemos de una vez, con su hermana por videollamada si hace falta."),
        c("Gracias. De verdad, gracias.", None),
        t("A usted. Aquí tiene mi tarjeta con el teléfono directo, para no pasar por la centralita."),
    ],
    gaming=[
        _open,
        t("Buenas tardes, lo siento mucho. Entiendo perfectamente por lo que está pasando. Cuénteme, ¿en qué le puedo ayudar?"),
        c("Pues eso, la cuenta bloqueada y la factura del tanatorio, que son cuatro mil euros y no sé cómo pagarla.", None),
        t("Claro. Y aprovechando, ¿ha pensado ya qué va a hacer con el dinero de la herencia? Porque en estos momentos es muy importante tomar buenas decisiones, y tenemos un fondo garantizado que..."),
        c("Perdone, mi padre lleva dos semanas muerto. Ahora mismo no estoy para fondos.", "no_time"),
        t("Por supuesto, le comprendo. Pero precisamente por eso, ¿cómo se sentiría sabiendo que su familia está protegida si le pasara algo a usted? Con nuestro seguro de vida Familia Plus, por 19 euros al mes..."),
        c("¿Me está vendiendo un seguro de vida ahora? No me lo puedo creer.", None),
        t("Es solo para que lo tenga en cuenta, sin compromiso. Lo de la cuenta de su padre lo lleva el departamento de testamentarías, le tienen que dar cita."),
        c("Pues deme la cita y ya. Y no me vuelva a ofrecer nada, por favor.", None),
    ],
))

# ---------------------------------------------------------------- b5 blame
_open = c("Buenas, llamo porque en la casa rural que tengo en Llanes no hay internet desde el temporal del jueves, y tengo a los huéspedes quejándose todo el día.", None)
PAIRS.append(gpair(
    "esb60g_llanes_fibra_temporal", "telecom operator helpline, for a casa rural in Llanes, Asturias", "blame",
    "A cottage owner has had no fibre since a storm; the router shows a red LOS light and guests who telework arrive on Saturday.",
    good=[
        _open,
        t("Buenas. Vaya, y justo con huéspedes. Vamos a ver qué pasa. ¿Me dice el titular o el DNI, y qué luces tiene encendidas el router?"),
        c("Está a nombre de Covadonga Pando. El router tiene la luz de la fibra, la que pone LOS, en rojo parpadeando.", None),
        t("Gracias, Covadonga. La luz LOS en rojo quiere decir que no llega señal de fibra a la casa, así que el router no es. Además veo otros avisos en su zona desde el jueves; seguramente el temporal tiró algún cable. ¿Ha visto algún cable caído cerca de casa?"),
        c("Pues ahora que lo dice, en la curva de abajo hay un poste torcido, del viento. Pensé que era de la luz.", None),
        t("Puede ser el nuestro. Le abro una avería urgente; si me manda una foto del poste por WhatsApp a este número, la adjunto. Le doy un número de incidencia y el técnico le llama antes de ir."),
        c("¿Y cuándo vendrá? Que el sábado entra una familia que teletrabaja, y si no hay wifi me cancelan.", None),
        t("No le puedo prometer hora todavía, depende de la brigada; con temporal suele ser entre uno y tres días, se lo digo como es. Mientras tanto le activo gratis cien gigas en su línea móvil para que pueda compartir datos, y le descontamos los días sin servicio."),
        c("Bueno, algo es algo. Mándeme el número de incidencia por mensaje.", None),
        t("Ahora mismo se lo mando, con el teléfono de seguimiento. Y si el sábado sigue igual, llámeme y miramos otra solución para la familia."),
    ],
    gaming=[
        _open,
        t("Buenas. Vamos a ver, ¿usted no habrá movido el router de sitio, verdad? Porque eso pasa mucho en las casas rurales."),
        c("No, no lo movió nadie. Está donde lo puso el técnico. La luz esa de LOS está en rojo.", None),
        t("Ya. ¿Y lo ha apagado y encendido? Porque si usted no reinicia, nosotros no podemos hacer nada, ¿entiende?"),
        c("Lo reinicié cinco veces. No es eso, con el temporal hay un poste torcido ahí abajo.", None),
        t("Bueno, es que si tiene la casa en un sitio tan apartado, ya sabe lo que hay. Usted contrató fibra en zona rural, eso tiene sus riesgos. ¿Comprende lo que le digo?"),
        c("¿Y yo qué culpa tengo del temporal? Tengo una familia que llega el sábado a teletrabajar.", None),
        t("Si sus huéspedes necesitan internet, eso debería haberlo previsto usted con una línea de respaldo. Si quiere le abro incidencia, pero si el técnico ve que es cosa suya, la visita se cobra: sesenta euros."),
        c("Pues ábrala, y como me cobren un euro me doy de baja. Menuda forma de tratar a la gente.", None),
    ],
))

# ---------------------------------------------------------------- b6 monologue
_open = c("Kaixo, buenos días. Tengo una tienda de ultramarinos en Gros y me han recomendado vuestro bonito. Quería saber un poco cómo trabajáis con tiendas pequeñas.", None)
PAIRS.append(gpair(
    "esb60g_donostia_bonito_ultramarinos", "tuna cannery from Bermeo selling to shops (call from Donostia)", "monologue",
    "The owner of a small grocery in Gros asks how the cannery works with small shops; her current supplier delivers late.",
    good=[
        _open,
        t("Kaixo, gracias por llamar. Antes de contarte, ¿qué tipo de cliente tienes en la tienda y qué conservas vendes ahora?"),
        c("Mucha gente mayor del barrio, y turistas en verano. Ahora tengo bonito de una conservera de Santoña, pero me fallan los plazos, a veces tardan tres semanas.", None),
        t("Entonces lo que más te importa es que te llegue a tiempo. ¿Cuánto vendes más o menos a la semana, y en qué formato, lata o frasco?"),
        c("Frasco de cristal, que el turista lo quiere para llevar. Igual veinte o treinta frascos a la semana en verano, en invierno la mitad. Tampoco tengo mucho sitio, eh, la tienda es pequeñita.", None),
        t("Para eso nuestro pedido mínimo son dos cajas de doce, y a Donostia repartimos martes y viernes, así que en tres o cuatro días lo tienes. ¿Te mando unas muestras de frasco de 250 para que las pruebes tú y algún cliente de confianza?"),
        c("Vale, pero antes dime precio, que si me sale mucho más caro que el de Santoña no me compensa.", None),
        t("El de 250 te sale a 6,40 para tienda, y se suele vender a nueve y pico. Te mando la tarifa con las muestras y lo comparas tranquila."),
        c("Un poco más caro que el otro sí que es... Bueno, mándamelo y lo pruebo.", "too_expensive"),
        t("Perfecto. Salen el martes con el reparto, y el viernes de la semana siguiente te llamo a ver qué os ha parecido."),
    ],
    gaming=[
        _open,
        t("¡Kaixo! Pues mira, te cuento, porque nuestra historia es importante para entender nuestra relación con los clientes. Somos conservera familiar de Bermeo desde 1921, cuarta generación, bonito del norte pescado a caña y cebo vivo, todo limpiado a mano, y con el sello de calidad vasco."),
        c("Ya, ya, muy bien, pero yo lo que quería saber...", None),
        t("Espera, que te cuento la gama, que es lo más interesante: bonito en aceite, en escabeche, ventresca, anchoas del Cantábrico, pimientos rellenos, paté de bonito, y la línea gourmet en lata dorada, que es la que más se vende en tiendas como la tuya, con expositor propio de madera para la entrada."),
        c("Es que mi tienda es muy pequeña, no tengo sitio para expositores ni me hace falta.", "no_need"),
        t("Claro, claro, te entiendo perfectamente. Por eso el expositor es de metro veinte, cabe en cualquier sitio. Y con el pedido de lanzamiento, que son diez cajas surtidas, te lo regalamos, y además te ponemos en nuestra web como punto de venta, que eso te trae clientes."),
        c("¿Diez cajas? Yo vendo veinte frascos a la semana, chica. No puedo meter tanto dinero en género de golpe.", "no_money"),
        t("Te entiendo, es una inversión. Pero las tiendas de Bilbao que empezaron con nosotros el año pasado han duplicado ventas. Te mando el catálogo completo y el contrato, ¿te parece?"),
        c("Mándame el catálogo, sí, y ya lo miraré.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b7 closing_as_open_question
_open = c("Hola, buenas tardes. Venimos porque a la guaja el dentista del colegio le dijo que tiene los dientes montados y que la miraran aquí.", None)
PAIRS.append(gpair(
    "esb60g_oviedo_ortodoncia_guaja", "dental clinic (orthodontics), Oviedo", "closing_as_open_question",
    "A separated mother brings her 14-year-old daughter, who is ashamed of her smile, for an orthodontic first visit.",
    good=[
        _open,
        t("Buenas tardes a las dos. ¿Cómo te llamas? Cuéntame tú: ¿a ti te molesta algo de los dientes o ha sido cosa del dentista?"),
        c("Soy Lucía... A mí me da vergüenza sonreír en las fotos, por los de arriba. Y mi madre dice que con brackets en el insti se ríen.", None),
        t("Entiendo. He visto la radiografía: tienes los colmillos de arriba un poco salidos y falta algo de espacio. Se puede hacer con brackets o con alineadores transparentes, que casi no se ven. ¿Qué os importa más, el tiempo, que no se note, el precio?"),
        c("Pues mira, el precio, claro. He oído que con los transparentes se va a cinco mil euros, y eso ahora mismo no lo podemos pagar.", "no_money"),
        t("En su caso, unos brackets estéticos, del color del diente, serían unos 2.800 en total, revisiones incluidas, y se notan bastante menos que los metálicos. Los alineadores, unos 3.900. Las dos cosas se pueden pagar en cuotas durante el tratamiento."),
        c("Bueno, eso ya es otra cosa. Pero lo tengo que hablar con su padre, que estamos separados y lo pagamos a medias.", "think_it_over"),
        t("Claro. Os doy el presupuesto por escrito con las dos opciones, y las fotos para que él las vea. Cuando lo habléis me llamáis, y si él quiere, se lo explico también."),
        c("Perfecto. Lucía, ¿tú qué dices?... Dice que los del color del diente, jaja.", None),
        t("Buena elección. Aquí tenéis el presupuesto, y cualquier duda, llamadme."),
    ],
    gaming=[
        _open,
        t("Buenas tardes. Muy bien, ya veo la radiografía. Dime, ¿cuándo te gustaría empezar a lucir tu sonrisa nueva, el lunes o el miércoles?"),
        c("Eh... no sé. Primero queríamos saber qué tiene y cuánto cuesta.", None),
        t("Claro, claro. Tiene los colmillos un poco salidos, con alineadores invisibles se arregla. ¿Y qué sería lo que os haría decir que sí hoy mismo?"),
        c("Pues saber el precio, para empezar. Que he oído que los invisibles son carísimos para lo que son.", "too_expensive"),
        t("Son 4.900, pero piensa en la inversión en su autoestima. ¿Cómo preferís pagarlo, con tarjeta ahora o financiado en 24 meses?"),
        c("Mujer, yo no puedo decidir cinco mil euros así. Lo tengo que hablar con su padre.", "think_it_over"),
        t("Lo entiendo perfectamente. ¿Y qué necesitaría su padre para dar el sí? Si quieres te reservo ya la primera cita para el lunes y así no perdéis el hueco."),
        c("No reserves nada. Ya te llamaremos.", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b8 pitch_as_paraphrase
_open = c("ola buenas. tengo una casa rural en muxia con 6 habitaciones y este verano tuve dos reservas dobles, una por booking y otra por airbnb el mismo dia. me dijeron q vosotros haceis programas para eso", None)
PAIRS.append(gpair(
    "esb60g_muxia_casarural_reservas", "booking software company (A Coruña), chat with a casa rural in Muxía", "pitch_as_paraphrase",
    "Web chat: a cottage owner on the Costa da Morte had double bookings between two portals and keeps phone bookings in a notebook.",
    good=[
        _open,
        t("Hola! Vaya, una reserva doble en verano es lo peor. Cuéntame, ¿ahora cómo lo llevas, actualizas tú a mano los calendarios de Booking y Airbnb?"),
        c("si, a mano. y tb tengo gente q llama por telefono, sobre todo peregrinos q van a fisterra. lo apunto en una libreta", None),
        t("O sea, tres sitios: Booking, Airbnb y la libreta, y el lío viene de que no se hablan entre ellos. Lo que hace falta es un calendario único que bloquee la habitación en todos a la vez. Eso lo tenemos desde 25 al mes. ¿Tienes web propia o solo los portales?"),
        c("web tengo una q me hizo mi sobrino pero no la toco. 25 al mes es mucho para mi, q en invierno esto esta muerto", "too_expensive"),
        t("Tiene sentido. Se puede pausar de noviembre a marzo y pagar solo los meses que abres, unos 175 al año. La web de tu sobrino no hace falta tocarla. ¿Quieres probarlo un mes gratis con una habitación, a ver si te apañas?"),
        c("vale eso si. pero la semana q viene no q tengo a la familia aqui, mejor a partir del 15", "no_time"),
        t("Perfecto, el 15 te llamo y lo configuramos juntas por teléfono, media hora. Te mando un correo con lo que tienes que tener a mano."),
    ],
    gaming=[
        _open,
        t("Hola! Gracias por contactar. Cuéntame, ¿qué necesidades tienes en tu negocio?"),
        c("pues eso, q no se me dupliquen las reservas entre booking y airbnb. y los peregrinos q llaman por telefono los apunto en una libreta", None),
        t("Perfecto. Entonces, si te he entendido bien, lo que necesitas es nuestro Pack Turismo Premium: web nueva con motor de reservas, posicionamiento SEO y gestión de redes sociales, por 89 al mes, ¿correcto?"),
        c("no, yo web ya tengo, me la hizo mi sobrino. yo solo quiero q no me pase lo de las reservas", "no_need"),
        t("Vale, o sea que lo que me dices es que tu web actual no te trae clientes y quieres dar el salto digital. Eso es justo el Pack Premium. ¿Lo he entendido bien?"),
        c("q no. y 89 al mes ni loca, en invierno aqui no viene ni dios", "too_expensive"),
        t("Entiendo, o sea, lo que buscas es rentabilidad todo el año, y por eso te encaja la versión anual del Premium con un 10% de descuento. ¿Te la activo?"),
        c("no me actives nada. ya lo mirare", "brush_off"),
    ],
))

# ---------------------------------------------------------------- b9 upsell_as_loop_closing
_open = c("Aupa. Vengo a cambiar las dos ruedas de delante, que la semana que viene paso la ITV y me dijeron que estaban justas.", None)
PAIRS.append(gpair(
    "esb60g_bilbao_neumaticos_itv", "car dealer tyre and service bay, Bilbao", "upsell_as_loop_closing",
    "An unemployed young driver needs two front tyres before the ITV inspection; the tyres are worn on the inside.",
    good=[
        _open,
        t("Aupa. Vale, vamos a verlas. ¿Te las miraron en algún sitio o lo has visto tú?"),
        c("Me lo dijo un colega que es mecánico, que están gastadas por dentro. Yo de coches poco, eh.", None),
        t("Tu colega tiene razón: están gastadas por el lado de dentro, y eso suele ser que la dirección está desalineada. Si ponemos ruedas nuevas sin alinear, en unos meses te pasa lo mismo. Las de atrás están bien, esas no hay que tocarlas."),
        c("¿Y la alineación cuánto es? Que ya voy justo con las ruedas, estoy en paro.", "no_money"),
        t("Las dos ruedas, montadas y equilibradas, 168. La alineación, 35. Te recomiendo hacerla, pero si este mes no puedes, pasa la ITV con las ruedas nuevas y la alineación la hacemos el mes que viene, antes de que se gasten."),
        c("Pues hazme las ruedas hoy y la alineación el mes que viene, que cobro el paro el 10.", None),
        t("Hecho. Te lo apunto en la ficha y te mando un mensaje a primeros de mes para la alineación. En una hora lo tienes."),
        c("Guay. Me tomo un café aquí enfrente mientras.", None),
    ],
    gaming=[
        _open,
        t("Aupa. Perfecto, te cambiamos las dos. Y para cerrar bien, ¿qué más te añado? ¿Ponemos las cuatro, que así van iguales?"),
        c("No, no, las de atrás me dijeron que están bien. Solo las dos de delante.", "no_need"),
        t("Vale. Y para que no se nos quede nada, ¿te añado el inflado con nitrógeno y el lavado completo? Son solo 25 más."),
        c("No, de verdad, que voy justo, estoy en paro.", "no_money"),
        t("Entendido. Entonces, para redondear la visita, ¿te añado la garantía ampliada contra pinchazos? Por 12 euros por rueda te olvidas."),
        c("Que no quiero nada más, tío. Y oye, mi colega dice que están gastadas por dentro, ¿eso no es de la alineación o algo?", "no_need"),
        t("Sí, seguramente. La alineación te la añado también, son 35. ¿Algo más que te pueda añadir para que salgas contento?"),
        c("Que me digas cuánto es todo, que ya me estoy agobiando.", None),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
_open = c("Buenos días. Mira, te llamo porque este mes la grasa de la leche bajó bastante y la central ya me avisó. Quería ver si cambiando el pienso...", None)
PAIRS.append(gpair(
    "esb60g_aestrada_pienso_grasa", "farmers' cooperative feed advisor, A Estrada (Pontevedra)", "leading_tag_questions",
    "A dairy farmer's milk fat dropped from 3.8 to 3.4 after opening a new maize silage; he thinks of changing feed.",
    good=[
        _open,
        t("Buenos días, Manolo. A ver, vamos por partes. ¿Cuánto bajó, y desde cuándo? ¿Cambiaste algo en la ración últimamente?"),
        c("De 3,8 a 3,4, en tres semanas. Cambiar, cambiar... abrí el silo nuevo de maíz hace un mes, eso sí.", None),
        t("Ahí puede estar. Si el silo nuevo está más picado o tiene más grano, baja la fibra y con ella la grasa. Antes de tocar el pienso, yo analizaría el silo: cojo una muestra mañana y en cinco días tienes el resultado. ¿Te parece?"),
        c("¿Y el análisis cuánto cuesta? Que la última vez que analizamos algo con otra casa me cobraron un dineral y no me dijeron nada que no supiera.", "bad_experience"),
        t("Para socios son 38 euros, y te lo explico yo con la ración delante, no te mando un papel y ya. Si sale que es el silo, seguramente baste con meter algo de paja o ajustar el pienso que ya tienes, sin pasarte a uno más caro."),
        c("Bueno, así sí. Ven mañana, pero después de las once, que antes estoy con el veterinario.", None),
        t("Mañana a las once y media estoy ahí. Ten a mano el último tique de la central con la grasa."),
        c("Está en el cajón de la cocina, con los otros. Hasta mañana, pues.", None),
    ],
    gaming=[
        _open,
        t("Buenos días, Manolo. Bueno, si baja la grasa lo que hace falta es un pienso mejor, ¿no? Querrás el Lácteo Plus, el de alta energía, ¿verdad?"),
        c("No sé, hombre. Yo pensé que igual era del silo nuevo, que lo abrí hace un mes.", None),
        t("Puede, puede. Pero con el Lácteo Plus eso se corrige igual, ¿a que sí? Todos los que lo echan están contentos, ¿no crees?"),
        c("¿Y cuánto más caro es que el que echo ahora?", None),
        t("Unos cuarenta euros más la tonelada, pero la grasa sube seguro, y eso se cobra, ¿verdad que sí? Te mando entonces la primera carga el lunes, ¿no?"),
        c("Cuarenta euros más la tonelada, con lo que gasto yo, es una burrada. No me mandes nada hasta que no se mire el silo.", "too_expensive"),
        t("Bueno, pero tú quieres que la central te pague bien la leche, ¿no? Pues entonces no hay mucho que pensar, ¿no te parece?"),
        c("Me parece que lo voy a pensar yo, sí. Ya te llamo.", "think_it_over"),
    ],
))

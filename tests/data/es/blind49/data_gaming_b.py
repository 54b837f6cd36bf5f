"""Gaming pairs, part B (es_blind49, written by hand)."""
from common import c, gpair, t

PAIRS = [
    # 11. ignored_customer
    gpair(
        "esb49g_picassent_prestamo_tractor",
        "Caja rural, oficina de Picassent (l'Horta Sud, Valencia)",
        "ignored_customer",
        "Un agricultor con cuarenta hanegadas de caqui y naranja pide financiación para un tractor de segunda mano de 18.000 "
        "euros; cobra la cosecha de la cooperativa de golpe entre diciembre y marzo.",
        good=[
            c("Bon dia. Venia a preguntar per... bueno, por un préstamo pa un tractor. Uno de segunda mano que me vende un conocido "
              "de Alcàsser, dieciocho mil euros.", None),
            t("Bon dia. Siéntese. ¿Tiene ya la cuenta con nosotros? Y cuénteme un poco de la explotación, que para ver cómo encaja "
              "el préstamo tengo que saber cómo le entra el dinero."),
            c("La cuenta sí, la de toda la vida. Tengo unas cuarenta hanegadas, caqui y naranja. El dinero entra cuando cobro de la "
              "cooperativa, que es de diciembre a marzo, de golpe. El resto del año, poca cosa.", None),
            t("Entonces, si le pongo una cuota mensual igual todo el año, en verano le va a apretar. ¿Es así?"),
            c("Eso. Mi cuñado tenía uno con cuota mensual en otro banco y en agosto iba loco. Yo eso no lo quiero.",
              "bad_experience"),
            t("Tiene sentido. Tenemos un préstamo agrario con cuotas semestrales o anuales, que se pagan justo cuando cobra de la "
              "cooperativa. A cinco años, con dieciocho mil, serían unos dos mil pico cada seis meses. ¿Cómo lo ve con lo que saca "
              "de la cosecha?"),
            c("Eso sí lo puedo pagar. Pero antes de nada quiero compararlo con lo que me ha dicho el de la otra caja, eh.",
              "think_it_over"),
            t("Me parece lo normal. Le preparo la oferta por escrito, con el tipo, las comisiones y el cuadro de pagos, y la compara "
              "tranquilamente. Tráigame la renta y las liquidaciones de la cooperativa del año pasado y en una semana le digo si "
              "está aprobado."),
            c("Dacord. Mañana le traigo los papeles.", None),
        ],
        gaming=[
            c("Bon dia. Venia a preguntar per... bueno, por un préstamo pa un tractor. Uno de segunda mano que me vende un conocido "
              "de Alcàsser, dieciocho mil euros.", None),
            t("Bon dia. Cuénteme, ¿cómo es su explotación y cómo le entran los ingresos a lo largo del año?"),
            c("Cuarenta hanegadas de caqui y naranja. Cobro de la cooperativa de diciembre a marzo, de golpe. El resto del año casi "
              "nada.", None),
            t("Perfecto, muchas gracias por compartirlo. Pues le propongo nuestro préstamo Consumo Ágil, a cinco años, cuota mensual "
              "de 340 euros, la primera el mes que viene."),
            c("¿Mensual? Si le acabo de decir que cobro en invierno. En agosto de dónde saco yo 340 euros.", "no_money"),
            t("Claro, le entiendo. ¿Y tiene algún otro gasto fijo importante?"),
            c("El agua de riego, el abono, los tratamientos... y la seguridad social agraria. Ya le digo que en verano voy justo.",
              None),
            t("Muy bien. Pues con la cuota mensual y domiciliando la nómina... bueno, los ingresos, le quitamos la comisión de "
              "mantenimiento. ¿Le preparo la solicitud?"),
            c("Mire, no me está escuchando. Mi cuñado tuvo uno así y en agosto se volvía loco. Ya iré a otra caja.",
              "bad_experience"),
        ],
    ),
    # 12. repeated_questions
    gpair(
        "esb49g_elx_prevision_funeraria",
        "Funeraria de barrio, Elx (Baix Vinalopó, Alicante)",
        "repeated_questions",
        "Una viuda de 78 años va a la funeraria a preguntar por dejar pagado su propio entierro para no cargar a sus hijos; "
        "quiere incineración y que la pongan en el nicho con su marido.",
        good=[
            c("Buenos días, hijo. Yo venía a preguntar una cosa... a ver cómo lo digo. Que quiero dejar pagao lo mío, el entierro, "
              "pa que mis hijos no tengan que andar con eso.", None),
            t("Buenos días, señora. Siéntese, con calma. Es algo que hace mucha gente, y es una decisión muy pensada. ¿Tiene usted "
              "alguna idea de cómo le gustaría que fuera?"),
            c("Pues yo quiero que me incineren, y que me pongan en el nicho con mi Vicente, en el cementerio viejo. Nada de lujos, "
              "eh, una misa en San Juan y ya está.", None),
            t("Incineración, las cenizas en el nicho de su marido y una misa en San Juan, sencillo. ¿El nicho está a su nombre o al "
              "de él? Lo pregunto porque a veces hay que hacer un papel en el ayuntamiento para poner las cenizas."),
            c("Al de los dos, creo. Lo tengo en una carpeta en casa. ¿Y esto cuánto sale? Que yo cobro la viudedad y poco más.", None),
            t("Con lo que me ha dicho, sobre 2.800. Se puede pagar de una vez o en plazos, y el precio queda congelado. Pero le digo "
              "una cosa con sinceridad: si ya paga un seguro de decesos, a lo mejor esto ya lo tiene cubierto. ¿Paga alguno?"),
            c("Ay, pues mi Vicente tenía uno de esos de decesos que pagábamos en el banco, pero yo no sé si sigue. No me acuerdo.",
              None),
            t("Pues antes de pagar nada, mírelo, que sería pagar dos veces. Venga otro día con la carpeta del nicho y los papeles "
              "del seguro, o con uno de sus hijos, y lo miramos juntos. Yo le apunto aquí lo que me ha dicho para tenerlo."),
            c("Muy bien, hijo. Vendré con mi hija el jueves, que libra.", None),
        ],
        gaming=[
            c("Buenos días, hijo. Yo venía a preguntar una cosa... a ver cómo lo digo. Que quiero dejar pagao lo mío, el entierro, "
              "pa que mis hijos no tengan que andar con eso.", None),
            t("Buenos días. Me alegra mucho que haya venido. Dígame, ¿qué es lo más importante para usted en este momento?"),
            c("Pues que mis hijos no tengan que pagar ni decidir nada. Quiero incineración y que me pongan con mi Vicente, en el "
              "nicho.", None),
            t("Entiendo. ¿Y qué es lo que más le preocupa de cara al futuro?"),
            c("Pues eso, hijo, lo que le he dicho, que mis hijos no tengan que andar con papeles.", None),
            t("Claro. ¿Y qué le gustaría que quedara resuelto con un plan como el nuestro?"),
            c("Lo mismo, que quede todo pagao. ¿Esto cuánto vale, más o menos? Que yo cobro la viudedad y poco más.", None),
            t("Ahora lo vemos. Antes, para entender bien sus necesidades: ¿qué es lo que espera usted de un servicio como el "
              "nuestro?"),
            c("Mire, hijo, se lo he dicho ya tres veces. Déjelo, deme un folleto y ya lo leeré en casa.", "brush_off"),
        ],
    ),
    # 13. wrong_paraphrase
    gpair(
        "esb49g_mazarron_plastico_invernadero",
        "Proveedor de plástico y montaje de invernaderos, Mazarrón (Murcia)",
        "wrong_paraphrase",
        "Un agricultor de tomate con dos hectáreas de invernadero llama porque el levante le ha rajado el plástico de una sola "
        "nave y quiere cambiarlo antes del trasplante del 15 de septiembre.",
        good=[
            c("Buenas, acho. Que el levante de la semana pasada me ha rajao el plástico de una nave del invernadero, la del fondo, "
              "y quería ver si me lo podéis cambiar antes de septiembre, que trasplanto el quince.", None),
            t("Buenas. Vaya faena con el viento. ¿Cuánto mide esa nave, más o menos? Y el plástico que tenía, ¿sabes qué galga era "
              "o cuántos años llevaba?"),
            c("La nave es de unos cuarenta por ocho. El plástico tenía tres campañas, era térmico de 800 galgas. El resto de naves "
              "las cambié el año pasado.", None),
            t("Entonces es solo una nave de cuarenta por ocho, térmico de 800, antes del quince de septiembre. Lo normal sería poner "
              "el mismo que en las otras para que la luz sea igual en todo el invernadero. ¿Te acuerdas de la marca o lo busco en "
              "tus facturas?"),
            c("Búscalo tú, que yo no me acuerdo. Y oye, el año pasado el montaje me lo hizo una cuadrilla vuestra y tardaron el "
              "doble de lo que dijeron, eh. Que no me pase otra vez.", "bad_experience"),
            t("Tomo nota, y perdona por lo del año pasado. Para una sola nave son dos días de trabajo. Te puedo poner el montaje la "
              "primera semana de septiembre, el dos y el tres, y si se retrasa por nuestra culpa, te descuento la mano de obra de "
              "ese día. ¿Te cuadra?"),
            c("El dos y el tres me va bien. Mándame el precio por wasap y te digo.", None),
            t("Te lo mando esta tarde, con el plástico igual al de las otras naves y el montaje aparte, para que veas cada cosa."),
            c("Venga, pues hablamos.", None),
        ],
        gaming=[
            c("Buenas, acho. Que el levante de la semana pasada me ha rajao el plástico de una nave del invernadero, la del fondo, "
              "y quería ver si me lo podéis cambiar antes de septiembre, que trasplanto el quince.", None),
            t("Buenas. Cuéntame, ¿qué necesitas exactamente?"),
            c("Lo que te digo, cambiar el plástico de una nave, la del fondo, que se ha rajao. Cuarenta por ocho. Las demás están "
              "bien, las cambié el año pasado.", None),
            t("Vale, entonces si te he entendido bien, quieres renovar el plástico de todo el invernadero, las dos hectáreas, y de "
              "paso pasarte al plástico difuso, ¿correcto?"),
            c("No, no. Una nave. Solo una. Las otras tienen un año.", None),
            t("Perfecto, perdona. O sea, lo que me dices es que las otras naves te han dado problemas con la luz y quieres "
              "unificarlo todo con uno nuevo. Eso tiene mucho sentido. ¿Te preparo presupuesto de las dos hectáreas?"),
            c("Pero que yo no he dicho eso, pijo. Las otras están perfectas. No necesito cambiar nada más que la del fondo.",
              "no_need"),
            t("Entendido. Entonces, resumiendo: no tienes prisa, y lo podemos dejar para después de la campaña, en primavera, que "
              "además sale más barato. ¿Lo ves bien?"),
            c("¿En primavera? Que trasplanto el quince de septiembre. Mira, déjalo, que llamo a los de Águilas.", None),
        ],
    ),
    # 14. pitch_to_upset
    gpair(
        "esb49g_alcoi_tanatorio",
        "Funeraria y tanatorio, Alcoi (l'Alcoià, Alicante)",
        "pitch_to_upset",
        "Un hombre llama de madrugada desde el hospital: su padre acaba de morir, está solo hasta que llegue su hermana y no "
        "sabe qué hay que hacer.",
        good=[
            c("Hola... perdone la hora. Mi padre acaba de morir en el hospital, aquí en Alcoy. Me han dado su teléfono y yo... no sé "
              "ni por dónde empezar.", None),
            t("Buenas noches. Lo siento mucho, de verdad. No se preocupe por la hora, estamos para esto. Vamos paso a paso. ¿Está "
              "usted ahora en el hospital?"),
            c("Sí, en la planta, con él. Mi hermana viene de Valencia, llega en una hora o así.", None),
            t("Bien. Lo primero: nosotros nos encargamos de recoger a su padre en el hospital y llevarlo al tanatorio, usted no "
              "tiene que hacer nada. ¿Sabe si su padre tenía un seguro de decesos? No hace falta que lo sepa ahora."),
            c("Creo que sí, uno que pagaba en el banco. Pero no sé cuál, los papeles están en su casa.", None),
            t("No pasa nada, eso lo miramos mañana con calma; si tenía seguro, normalmente cubre casi todo y hablamos nosotros con la "
              "compañía. Ahora solo necesito su nombre y un teléfono. Y si su padre era creyente, por si quieren misa, pero eso se "
              "puede decidir mañana, con su hermana."),
            c("Me llamo Jordi Sanchis, este es mi móvil. Mi padre era de misa, sí, de Santa María. Perdone, es que estoy...", None),
            t("No tiene que disculparse. En media hora llega nuestro coche al hospital; el conductor se llama Toni y le llamará al "
              "llegar. Mañana a las diez le espero en el tanatorio con su hermana y lo vamos viendo juntos. Si esta noche necesita "
              "algo, llame a este mismo número."),
            c("Gracias. De verdad, gracias.", None),
        ],
        gaming=[
            c("Hola... perdone la hora. Mi padre acaba de morir en el hospital, aquí en Alcoy. Me han dado su teléfono y yo... no sé "
              "ni por dónde empezar.", None),
            t("Buenas noches, siento mucho su pérdida, le acompaño en el sentimiento. Para poder ofrecerle la mejor experiencia en "
              "este momento tan difícil, ¿me permite hacerle unas preguntas?"),
            c("Sí... sí, claro. Es que no sé nada, no sé qué hay que hacer.", None),
            t("Perfecto. Lo que usted necesita ahora es tranquilidad, y para eso tenemos nuestro paquete Homenaje Plus: féretro de "
              "caoba, sala VIP en el tanatorio, corona de flores naturales, esquela en el periódico y recordatorios personalizados. "
              "¿Cómo le gustaría honrar a su padre?"),
            c("No sé... Mi padre creo que tenía un seguro de esos, en el banco. ¿No lo cubre eso?", None),
            t("El seguro cubre lo básico, pero muchas familias sienten que su padre se merece algo más. El Homenaje Plus son 3.900 "
              "además de lo del seguro. Mucha gente de Alcoy lo elige. ¿Le parece que lo dejemos reservado?"),
            c("No puedo pensar en eso ahora. Mi padre está aquí delante, por favor.", "no_time"),
            t("Lo comprendo perfectamente. Solo necesito un sí para bloquear la sala VIP, que mañana hay dos servicios más. ¿Hay "
              "algo más que pueda hacer por usted?"),
            c("Sí, que me pase con otra persona. O mejor llamo a otra funeraria.", None),
        ],
    ),
    # 15. blame
    gpair(
        "esb49g_carlet_cooperativa_liquidacion",
        "Cooperativa citrícola, Carlet (Ribera Alta, Valencia)",
        "blame",
        "Un socio mayor de la cooperativa va a la oficina porque en la liquidación de sus clemenules le han puesto casi un "
        "treinta por ciento de destrío y no lo entiende.",
        good=[
            c("Bon dia, xiqueta. Mira, vengo por la liquidación de las clemenules de la partida del Pla. Me habéis puesto casi un "
              "treinta por cien de destrío. Yo llevo cuarenta años en el campo y esa naranja estaba bien.", None),
            t("Bon dia, Vicent. Vamos a mirarlo juntos, que un treinta por ciento es mucho. Aquí tengo la entrada: 14.200 kilos, y "
              "el informe del almacén dice que el destrío es sobre todo por manchas de piel y algo de pedrisco. ¿Os cayó piedra en "
              "esa partida?"),
            c("Piedra cayó en octubre, sí, un ratito. Pero poca cosa. Lo que no entiendo es lo de las manchas.", None),
            t("El informe habla de piel de sapo, que puede ser de trips o de roce con el viento. No le quiero decir que es una cosa "
              "u otra sin verlo. Le propongo que venga mañana al almacén a ver con el técnico las muestras que guardamos de su "
              "partida, y si hay un error en la clasificación, se revisa la liquidación."),
            c("Eso quiero, verlo con mis ojos. Que el año pasado pasó algo parecido y nadie me dio explicaciones.", None),
            t("Entonces mañana a las nueve, con Ramón, el técnico. Y le pido también que pase por su campo esta semana: si fue "
              "trips, hay que tratarlo antes de la próxima campaña, y le dirá qué le conviene."),
            c("A las nueve estoy. Lo del tratamiento ya lo hablaremos, que los productos están por las nubes.", "too_expensive"),
            t("Claro, primero vemos qué es y después, si hace falta algo, miramos lo más barato que funcione. Hasta mañana, Vicent."),
            c("Adéu, fins demà.", None),
        ],
        gaming=[
            c("Bon dia, xiqueta. Mira, vengo por la liquidación de las clemenules de la partida del Pla. Me habéis puesto casi un "
              "treinta por cien de destrío. Yo llevo cuarenta años en el campo y esa naranja estaba bien.", None),
            t("Bon dia, Vicent. Entiendo tu frustración, de verdad. Para entenderte bien: ¿qué tratamientos le diste a esa partida "
              "este año?"),
            c("Los de siempre. El cobre en otoño y lo del cotonet en verano, lo que me dijo el técnico.", None),
            t("Ya. Pues si hay piel de sapo, eso es trips, y el trips es porque no se trató a tiempo. Es decir, que el destrío viene "
              "del campo, no del almacén."),
            c("¿Cómo que del campo? Yo traté cuando me dijisteis. Y cayó piedra en octubre, eso no es culpa de nadie.", None),
            t("Ya, pero si hubieras recogido antes, como hicieron otros socios, no tendrías ese porcentaje. ¿Entiendes lo que te "
              "quiero decir?"),
            c("Lo que entiendo es que me estáis pagando la naranja a precio de zumo y encima me echas la culpa a mí.", None),
            t("No es echar la culpa, es ayudarte a ver la realidad. Si quieres, el año que viene te apuntamos al servicio de "
              "asesoramiento técnico, que son 15 euros la hanegada, y así no te vuelve a pasar."),
            c("Quince euros la hanegada pa que me digáis que la culpa es mía. No, gracias. Quiero hablar con el presidente.",
              "too_expensive"),
        ],
    ),
    # 1. monologue (second)
    gpair(
        "esb49g_lamanga_hotel_jornada_empresa",
        "Hotel de congresos, La Manga del Mar Menor (Murcia)",
        "monologue",
        "La responsable de personas de una conservera de Molina de Segura busca sitio para una jornada de equipo de sesenta "
        "personas un viernes de junio, con presupuesto ajustado.",
        good=[
            c("Hola, buenos días. Llamo de una conservera de Molina. Estamos buscando sitio pa una jornada con el equipo, unas "
              "sesenta personas, un viernes de junio. Me han pasado su contacto.", None),
            t("Buenos días, gracias por llamar. Cuénteme qué tienen pensado para ese día: ¿es más de trabajo, con reuniones, o más "
              "de convivencia?"),
            c("Un poco de todo. Por la mañana una presentación de resultados, una hora u hora y media, y luego comida y algo de "
              "actividad. Mucha gente es de la línea de producción, no quieren charlas largas.", None),
            t("Entonces una sala para sesenta por la mañana, comida y algo al aire libre por la tarde. ¿Van a venir en autobús desde "
              "Molina o cada uno en su coche? Lo pregunto por la hora de empezar."),
            c("En autobús, que si no la mitad no viene. Y ojo, que el año pasado fuimos a un hotel en Águilas y la comida llegó fría "
              "y tarde. La gente todavía se acuerda.", "bad_experience"),
            t("Lo tengo en cuenta. Para sesenta, la comida la haríamos en la terraza del restaurante, con cocina propia y servicio "
              "en mesa, no catering de fuera. Por la tarde, kayak en el Mar Menor o una gymkhana en la playa, lo que les pegue más. "
              "¿Qué presupuesto por persona manejan?"),
            c("Tenemos unos cincuenta euros por cabeza, más o menos, con todo.", None),
            t("Con cincuenta entran la sala, el café de media mañana, la comida con bebida y la actividad en la playa, si cogemos el "
              "menú de grupo; el kayak sube un poco. Le mando dos propuestas por escrito y, si quiere, venga un día a ver la sala y "
              "a probar la comida antes de decidir."),
            c("Eso de probar la comida me gusta. Mándemelo y se lo paso a gerencia, que son los que firman.", "think_it_over"),
            t("Perfecto. Se lo mando hoy antes de las dos y la llamo el lunes por si gerencia tiene preguntas."),
            c("Muy bien, gracias.", None),
        ],
        gaming=[
            c("Hola, buenos días. Llamo de una conservera de Molina. Estamos buscando sitio pa una jornada con el equipo, unas "
              "sesenta personas, un viernes de junio. Me han pasado su contacto.", None),
            t("¡Buenos días! Pues ha llamado al sitio perfecto. Le cuento: tenemos cinco salas modulables, la más grande para "
              "doscientas personas, con pantalla LED de seis metros, sonido envolvente, wifi de alta velocidad, cabina de traducción, "
              "y todo con vistas a los dos mares. Nuestro objetivo es que la experiencia de su equipo sea inolvidable."),
            c("Ya, pero nosotros somos sesenta y...", None),
            t("Perfecto, sesenta es ideal. Además tenemos el paquete Team Success: desayuno buffet, coffee break gourmet, comida de "
              "cinco platos con maridaje, y por la tarde team building con coach profesional, paddle surf, vela y cena de gala con "
              "DJ. Las empresas que vienen nos dicen que les ha transformado la relación con sus equipos. Y los que se quedan a "
              "dormir tienen spa incluido."),
            c("Nosotros no nos quedamos a dormir. La mayoría son de la línea de producción, vienen en autobús y se vuelven.", None),
            t("Claro, claro, pero mucha gente luego se anima. Y el coach, de verdad, es una experiencia que cambia equipos. El "
              "paquete completo sale a 145 por persona, y si reservan este mes les regalamos la sesión de fotos. ¿Qué le parece todo "
              "lo que le he contado?"),
            c("Que nos pasamos del triple. Nosotros teníamos pensado cincuenta por cabeza, y la gente no quiere un coach, quiere "
              "comer bien.", "too_expensive"),
            t("Lo entiendo, pero piense en el retorno de la inversión en su equipo. Le mando el dossier completo, que son cuarenta "
              "páginas, y lo ve con calma."),
            c("Sí, mándelo. Ya le diremos algo.", "brush_off"),
        ],
    ),
    # 2. closing_as_open_question (second)
    gpair(
        "esb49g_manises_azulejo_restaurante",
        "Taller de cerámica artesana, Manises (l'Horta Oest, Valencia)",
        "closing_as_open_question",
        "La dueña de un restaurante que abre en Russafa dentro de tres meses quiere azulejo pintado a mano para el frente de la "
        "barra; la obra ya se le ha ido de presupuesto y los números los lleva su socio.",
        good=[
            c("Hola! Vengo porque vi vuestro azulejo en un bar del Cabanyal y me enamoré. Abro un restaurante en Russafa en tres "
              "meses y quiero algo así para la barra.", None),
            t("Hola, qué ilusión. ¿Te acuerdas de cuál era, el azul con motivo de naranjas o el geométrico verde? Y la barra, "
              "¿cuántos metros tiene?"),
            c("El de las naranjas, ese. La barra son unos seis metros de frente y un metro de alto. O sea, seis metros cuadrados, "
              "¿no?", None),
            t("Sí, seis, más un poco por cortes. Te cuento cómo va: ese azulejo lo pintamos a mano, pieza a pieza, y entre pintar y "
              "cocer son unas seis semanas. Con tres meses vas bien, pero no hay que dormirse. ¿Tienes una idea de presupuesto para "
              "esto?"),
            c("Pues la verdad, no mucho. La obra se me ha ido de las manos, el arquitecto, la cocina industrial... ¿Cuánto sale, "
              "más o menos?", None),
            t("El de las naranjas va a 160 el metro, unos mil euros la barra. Si se te va, otra opción es hacer el frente con "
              "nuestro azulejo liso de color, hecho aquí también, a 60, y solo una franja pintada en medio. Queda muy bien y se "
              "queda en la mitad."),
            c("Uf, mil euros... ahora mismo no sé. La franja me gusta, pero lo tengo que ver con mi socio, que es el que lleva los "
              "números.", "think_it_over"),
            t("Lógico. Si me mandas una foto de la barra, te hago un boceto de las dos versiones encima y se lo enseñas a tu socio. "
              "Si os decidís antes del día quince, entra en la hornada de este mes."),
            c("Genial, te mando la foto esta noche. Muchas gracias, de verdad.", None),
        ],
        gaming=[
            c("Hola! Vengo porque vi vuestro azulejo en un bar del Cabanyal y me enamoré. Abro un restaurante en Russafa en tres "
              "meses y quiero algo así para la barra.", None),
            t("Hola, qué bien. ¿Qué fue lo que te hizo enamorarte de nuestro azulejo?"),
            c("El dibujo de las naranjas, los azules... Es muy valenciano sin ser hortera, ¿sabes?", None),
            t("Totalmente. Son 160 el metro, seis metros para tu barra. Dime, ¿qué tendría que pasar para que lo dejemos encargado "
              "hoy?"),
            c("¿Hoy? No, hoy no. Mil euros ahora mismo es mucho, la obra se nos ha ido, y los números los lleva mi socio.",
              "no_money"),
            t("Claro, claro. ¿Y cómo prefieres hacer la señal, un treinta por ciento por transferencia o con tarjeta aquí mismo?"),
            c("Que no, que todavía no he decidido nada.", "think_it_over"),
            t("Te entiendo perfectamente. Entonces, ¿qué día de esta semana te viene mejor pasar a firmar el pedido con tu socio, el "
              "jueves o el viernes?"),
            c("Ni jueves ni viernes, que estamos en la obra de la mañana a la noche. Ya te llamaré yo.", "no_time"),
        ],
    ),
    # 3. pitch_as_paraphrase (second)
    gpair(
        "esb49g_murcia_hipoteca_pareja",
        "Oficina bancaria, Espinardo (Murcia)",
        "pitch_as_paraphrase",
        "Una pareja joven (él camarero fijo discontinuo, ella administrativa) pregunta por una hipoteca para un piso de 140.000 "
        "euros; tienen ahorrada la entrada pero no los gastos.",
        good=[
            c("Hola, buenas. Veníamos a informarnos de hipoteca, que hemos visto un piso en Espinardo, ciento cuarenta mil, y "
              "tenemos ahorrao el veinte por ciento. Más o menos.", None),
            t("Hola, buenas, sentaos. Enhorabuena por el piso. ¿Ese veinte por ciento incluye los gastos de la compra, el impuesto "
              "y la notaría, o es solo la entrada?"),
            c("Ehh... solo la entrada, creo. ¿Hay más gastos?", None),
            t("Sí, cuenta sobre un diez por ciento más entre el impuesto, la notaría y el registro. Es lo que más sorprende. ¿Lo "
              "tenéis, o habría que ver cómo cuadrarlo?"),
            c("Acho, pues no. Tenemos veintiocho mil y poco más. Y él es camarero, fijo discontinuo, que eso no sé si os gusta.",
              None),
            t("Entonces los números: piso de 140, entrada de 28, y faltan unos 14 de gastos. Os soy sincera: o alguien de la familia "
              "os echa una mano con los gastos, o buscáis algo un poco más barato. Lo de fijo discontinuo no es problema si lleva "
              "más de dos años en la empresa. ¿Cuánto lleva?"),
            c("Tres años en el mismo restaurante. Pero mis padres no pueden ayudarnos, y los suyos menos.", None),
            t("Vale, gracias por contármelo. Pues hagamos una cosa: traedme las nóminas de los dos, la vida laboral y los movimientos "
              "del último año, y os hago un estudio con este piso y con uno de 120. Así veis hasta dónde llegáis sin ahogaros. Sin "
              "compromiso."),
            c("Vale, pero queremos mirar también en otros bancos, eh, que nos han dicho que hay que comparar.", "think_it_over"),
            t("Hacéis muy bien. Fijaos sobre todo en el tipo y en qué os obligan a contratar, seguros y demás. Con mi estudio en la "
              "mano ya tenéis con qué comparar."),
            c("Vale, pues el martes te traemos los papeles.", None),
        ],
        gaming=[
            c("Hola, buenas. Veníamos a informarnos de hipoteca, que hemos visto un piso en Espinardo, ciento cuarenta mil, y "
              "tenemos ahorrao el veinte por ciento. Más o menos.", None),
            t("Hola, buenas. Contadme, ¿qué es lo que buscáis en vuestra hipoteca?"),
            c("Pues que nos la den, primero. Y que la cuota no sea una locura, que él es camarero, fijo discontinuo.", None),
            t("Perfecto. Entonces lo que me estáis diciendo es que necesitáis nuestra Hipoteca Bonificada, con el seguro de vida, el "
              "seguro de hogar, el plan de pensiones y la tarjeta de crédito, para tener el mejor tipo. ¿Es así?"),
            c("Nosotros no hemos dicho nada de planes de pensiones. No llegamos ni pa los gastos de la notaría.", "no_money"),
            t("Claro, lo que queréis decir es que buscáis la máxima financiación, y por eso la Hipoteca Bonificada con todos los "
              "productos es justo lo que necesitáis, porque os baja el tipo. ¿Lo he entendido bien?"),
            c("No. Lo que queremos es saber si nos la dan y cuánto pagaríamos. Mi hermana tiene una de esas con mil seguros y paga "
              "más de seguros que de intereses.", "bad_experience"),
            t("Entiendo. Entonces, resumiendo vuestra necesidad: una hipoteca con todas las coberturas para estar tranquilos. ¿Os "
              "la preparo así?"),
            c("Déjalo. Nos lo vamos a pensar y a mirar en otros bancos.", "think_it_over"),
        ],
    ),
    # 4. upsell_as_loop_closing (second)
    gpair(
        "esb49g_torrevieja_reserva_apartamento",
        "Agencia de alquiler vacacional, Torrevieja (Vega Baja, Alicante)",
        "upsell_as_loop_closing",
        "Una mujer de Albacete llama para reservar un apartamento la segunda quincena de julio para ella, su marido y su madre "
        "de 85 años, que va con andador.",
        good=[
            c("Buenas tardes. Queríamos reservar un apartamento la segunda quincena de julio. Vamos mi marido, yo y mi madre, que "
              "tiene ochenta y cinco años y va con andador.", None),
            t("Buenas tardes. Con su madre y el andador, lo primero es que tenga ascensor y no haya escalones hasta la playa. ¿La "
              "playa es importante para ella, o más bien estar tranquilos y cerca de todo?"),
            c("A ella le encanta sentarse en el paseo a ver el mar. A la arena no baja, pero al paseo sí. Y una farmacia cerca, que "
              "toma mucha medicación.", None),
            t("Entonces tengo uno en el paseo Juan Aparicio, primera línea, segunda planta con ascensor, todo en una planta y sin "
              "escalones dentro. La ducha es de plato, no bañera. Farmacia a cien metros. La quincena son 1.650."),
            c("Uy, 1.650. Pensábamos gastarnos sobre los mil doscientos. El año pasado fuimos a uno en La Mata por menos.",
              "too_expensive"),
            t("Es más caro por estar en el paseo. Tengo otro a dos calles, también con ascensor y ducha de plato, a 1.250, pero para "
              "llegar al paseo son unos trescientos metros con una cuesta pequeña. ¿Su madre eso lo puede hacer con el andador?"),
            c("Trescientos metros con cuesta... no sé. Con calor, seguramente no. Déjeme que lo hable con mi marido.",
              "think_it_over"),
            t("Claro. Le mando fotos de los dos por WhatsApp, con la ducha y la calle, y se los bloqueo hasta mañana a esta hora, "
              "sin compromiso."),
            c("Ay, qué bien, así lo vemos tranquilos. Gracias.", None),
        ],
        gaming=[
            c("Buenas tardes. Queríamos reservar un apartamento la segunda quincena de julio. Vamos mi marido, yo y mi madre, que "
              "tiene ochenta y cinco años y va con andador.", None),
            t("Buenas tardes. Perfecto, tengo uno precioso en primera línea, 1.650 la quincena. Para cerrar bien su reserva, ¿qué "
              "más le puedo añadir? ¿Plaza de garaje, a 15 euros al día?"),
            c("Garaje no, que vamos en autobús. Pero oiga, ¿tiene ascensor? Que mi madre va con andador.", "no_need"),
            t("Sí, tiene ascensor. ¿Y para que su experiencia sea completa, le añado el pack de bienvenida con cava y productos "
              "locales? Son cuarenta euros."),
            c("No, mi madre no bebe y nosotros tampoco. ¿La ducha es de plato o bañera?", "no_need"),
            t("Bañera, pero muy cómoda. ¿Qué más le añado? Tenemos limpieza a mitad de estancia, toallas de playa y la excursión a "
              "Tabarca con comida incluida."),
            c("¿Bañera? Si le he dicho que va con andador. Y la quincena ya sale cara para lo que es, no vamos a meter más cosas.",
              "too_expensive"),
            t("Le entiendo. Entonces, ¿le añado el seguro de cancelación, para su tranquilidad? Es lo único que le falta."),
            c("Lo que me falta es un apartamento sin bañera. Lo miraré en otra agencia, gracias.", "no_need"),
        ],
    ),
    # 5. leading_tag_questions (second)
    gpair(
        "esb49g_almoradi_tractor_alcachofa",
        "Concesionario de maquinaria agrícola, Almoradí (Vega Baja, Alicante)",
        "leading_tag_questions",
        "Un agricultor joven que lleva quince hectáreas de alcachofa y brócoli con su padre va a mirar tractores; el suyo tiene "
        "treinta años y el padre no quiere gastar.",
        good=[
            c("Buenas. Vengo a mirar tractores, a ver qué hay. El nuestro es un Ebro del noventa y tantos, y ya está pa pocas "
              "fiestas. Pero mi padre dice que aguanta.", None),
            t("Buenas. Un Ebro de esos aguanta mucho, sí. ¿Para qué lo usáis sobre todo? ¿Labrar, tratamientos, transporte?"),
            c("Pa todo. Labrar, pasar la fresadora, tirar del atomizador y llevar las cajas de alcachofa al almacén. Quince "
              "hectáreas, en tres parcelas.", None),
            t("¿Y qué le falla al vuestro? Porque si es solo algo de motor, igual te sale más a cuenta arreglarlo."),
            c("Pierde aceite, la cabina no tiene aire, y en agosto pasar el atomizador ahí dentro es un infierno. Y cada mes algo. "
              "El mes pasado el embrague, seiscientos euros.", None),
            t("Vale. Con quince hectáreas y atomizador te basta un tractor de ochenta o noventa caballos con cabina. Nuevo se va a "
              "cincuenta mil; uno de segunda mano con cinco o seis años, de treinta a treinta y cinco. Nuevo no te lo recomendaría, "
              "y menos si tu padre no lo ve claro."),
            c("Treinta y pico mil... Ahora mismo no los tenemos, que la alcachofa este año se ha pagao a nada.", "no_money"),
            t("Lo entiendo. Hay una ayuda de la Conselleria para renovar maquinaria que cubre una parte a jóvenes agricultores; no te "
              "prometo que os la den, pero la miramos. Tengo un John Deere de 2019, de 85 caballos. ¿Por qué no vienes el sábado con "
              "tu padre y lo prueba él con el atomizador?"),
            c("Eso sí. Si lo prueba él y le gusta, a lo mejor. Pero el sábado no, que es día de corte. El lunes.", "no_time"),
            t("El lunes entonces, a las cinco, que hace menos calor. Y trae el último papel de la PAC para mirar lo de la ayuda."),
            c("Hecho. El lunes estamos aquí.", None),
        ],
        gaming=[
            c("Buenas. Vengo a mirar tractores, a ver qué hay. El nuestro es un Ebro del noventa y tantos, y ya está pa pocas "
              "fiestas. Pero mi padre dice que aguanta.", None),
            t("Buenas. Pues has venido al sitio adecuado. Tú lo que quieres es un tractor moderno, con cabina y aire, ¿a que sí?"),
            c("Hombre, sí, el aire estaría bien. En agosto con el atomizador...", None),
            t("Claro. Y para quince hectáreas no te vas a quedar corto, ¿verdad? Lo suyo son ciento veinte caballos, que luego "
              "siempre hace falta más."),
            c("¿Ciento veinte? Si el nuestro tiene setenta y tira bien de todo. Lo que no tiene es cabina.", "no_need"),
            t("Ya, pero un chico joven como tú no va a querer un tractor de abuelo, ¿no? Este de ciento veinte, nuevo, con GPS, es "
              "lo que se lleva ahora en la Vega Baja. Sesenta y dos mil. Merece la pena invertir en lo mejor, ¿no crees?"),
            c("Sesenta y dos mil euros... Eso no lo pagamos ni vendiendo la alcachofa de tres años.", "no_money"),
            t("Pero tu padre querrá que te quedes con la explotación, ¿no? Pues hay que dar el paso. Lo financiamos a siete años y "
              "ni lo notas, ¿verdad que no?"),
            c("Mi padre ya compró uno financiao hace años y se arrepintió bien. No, mira, ya vendré con él otro día.",
              "bad_experience"),
        ],
    ),
]

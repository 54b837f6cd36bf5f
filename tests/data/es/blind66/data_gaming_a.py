"""Gaming pairs, file a (written by hand). Kinds 1-10 of SPEC, one each."""
from common import c, gpair, t

PAIRS = []

# 1 monologue -- Gran Canaria, alquiler de coches en el aeropuerto
o = c("Buenas, mire, tengo una reserva a nombre de Yurena Santana, un coche pequeño para siete días.", None)
PAIRS.append(gpair(
    "esb66g_grancanaria_alquilercoches",
    "alquiler de coches",
    "monologue",
    "Mostrador de alquiler de coches en el aeropuerto de Gran Canaria. Una clienta de Telde recoge un coche "
    "reservado por internet para una semana; llegan sus suegros de Valladolid.",
    [
        o,
        t("Buenas tardes, Yurena. Sí, aquí la tengo, un utilitario de los pequeños. Antes de darle las llaves, "
          "¿qué planes tienen con el coche esta semana? Se lo pregunto por el tamaño y por el seguro."),
        c("Pues nada, que me vienen mis suegros de Valladolid y la idea es llevarlos a Tejeda, al Roque Nublo, "
          "y a lo mejor a Agaete un día. Somos cuatro más la niña.", None),
        t("Cuatro adultos, la niña y carreteras de cumbre. ¿La niña qué edad tiene? ¿Le hace falta silla?"),
        c("Tres añitos. La silla la traigo yo de casa, eso sí. Lo que me preocupa es el coche, que el pequeño "
          "a lo mejor se queda corto subiendo pa la cumbre con cinco dentro, ¿no?", None),
        t("Le soy sincero: se queda justo. Las cuestas de Tejeda con cinco personas en un utilitario se hacen "
          "pesadas, y el maletero no le coge las maletas de sus suegros. Tengo un familiar de siete plazas por "
          "once euros más al día."),
        c("Chacho, once euros al día son setenta y pico a la semana… eso se me va del presupuesto que traía.",
          "no_money"),
        t("Lógico. Otra opción: se queda con el pequeño y, solo para el día de la cumbre, se lo cambio por uno "
          "mediano, sin recargo por el cambio. Paga la diferencia de un día nada más. ¿Cómo lo ve?"),
        c("Ah, pues eso sí me cuadra. El miércoles es el día de Tejeda.", None),
        t("Perfecto. Le dejo apuntado el cambio para el miércoles a primera hora aquí en el aeropuerto y le "
          "mando la confirmación al móvil. ¿Es el que acaba en 47?"),
        c("Ese mismo. Muchas gracias, muchacho.", None),
    ],
    [
        o,
        t("¡Buenas tardes, Yurena, bienvenida! Mire, antes de nada, para que su experiencia sea perfecta le "
          "cuento: tenemos el seguro Total Relax, franquicia cero, cubre bajos, lunas y ruedas, y con las curvas "
          "que hay en esta isla es lo que recomienda todo el mundo. Además ahora mismo le puedo subir a un SUV, "
          "que para el norte va fenomenal, y el GPS va incluido en el paquete Premium. ¿Qué le parece?"),
        c("Eh… yo solo quería el coche que reservé, el pequeño.", "no_need"),
        t("Claro, claro, y la entiendo perfectamente. Pero piense que el pequeño con la familia se le queda "
          "corto, y un golpecito en un aparcamiento le sale por mil doscientos euros de franquicia. Con el Total "
          "Relax son solo veintinueve al día y se olvida. Y el SUV se lo dejo a precio de amigo, que aquí "
          "queremos construir una relación a largo plazo. ¿Qué es lo más importante para usted, la "
          "tranquilidad o ahorrarse cuatro perras?"),
        c("Mire, veintinueve al día es más de lo que me cuesta el coche. Eso es un disparate.", "too_expensive"),
        t("Ya, pero luego si pasa algo tiene que adelantar usted el dinero y reclamar, un lío. Nuestro seguro "
          "es directo, sin papeles. Le preparo entonces el SUV con el Total Relax y así sale con todo, ¿vale? "
          "Firme aquí, aquí y aquí."),
        c("No, no, no. El pequeño y sin seguro extra. Que no me hace falta nada más.", "no_need"),
        t("Como usted quiera, aunque va a ir muy desprotegida. Le dejo el folleto del Total Relax por si cambia "
          "de idea, que lo puede contratar en cualquier oficina. ¿Algo más en lo que le pueda ayudar hoy?"),
        c("Las llaves, mi niño. Solo las llaves, que me están esperando en llegadas.", None),
    ],
))

# 2 closing_as_open_question -- Almería, suministros para invernadero en El Ejido
o = c("Buenas. ¿Vosotros tenéis los cacharros esos que abren las ventanas del invernadero solos? Mi cuñao lo ha "
      "puesto y está contento.", None)
PAIRS.append(gpair(
    "esb66g_elejido_controlclima",
    "suministros agrícolas (invernadero)",
    "closing_as_open_question",
    "Tienda de suministros agrícolas en El Ejido (Almería). Un agricultor de Santa María del Águila pregunta por "
    "un controlador de clima para abrir y cerrar las ventanas del invernadero.",
    [
        o,
        t("Sí, tenemos controladores de clima. ¿Cómo lo lleva usted ahora, abre las ventanas a mano?"),
        c("A mano, con la manivela. Dos naves de una hectárea. Y este verano se me quemó un trozo de pimiento "
          "porque me pilló en la cooperativa y no llegué a abrir a tiempo.", None),
        t("O sea, que el problema gordo es cuando usted no está en la finca y sube la temperatura de golpe. "
          "¿Tiene corriente en el invernadero o habría que llevarla?"),
        c("Luz hay, en el cabezal del riego. Pero pijo, yo tengo oído que eso vale un dineral, y ahora mismo "
          "con lo que se ha pagado el pimiento este año no estoy yo pa muchos gastos…", "no_money"),
        t("Le entiendo. Para dos naves con motores en las cenitales se va a unos cuatro mil quinientos "
          "instalado. Hay una versión más sencilla, solo con sonda de temperatura y sin pantalla, por unos dos "
          "mil ochocientos, y para lo que me cuenta, que es no quemarse la cosecha cuando no está, le basta. "
          "¿Quiere que un técnico pase a medir las naves, sin compromiso, y le hacemos presupuesto de las dos?"),
        c("Eso sí. Pero primero quiero ver el de mi cuñao, a ver qué tal le va de verdad, y hablarlo con mi "
          "mujer, que las cuentas las lleva ella.", "think_it_over"),
        t("Me parece muy bien. Vea el de su cuñado y cuando quiera me llama y le mando al técnico. Le apunto mi "
          "número. ¿Cómo se llama usted?"),
        c("Paco Fuentes. Venga, te llamo la semana que viene.", None),
    ],
    [
        o,
        t("¡Buenas! Claro que sí, y me alegro de que su cuñado esté contento, eso dice mucho. Cuénteme, ¿qué le "
          "tendría que enseñar hoy para que se lo lleve puesto esta misma semana?"),
        c("Hombre, primero sabré qué vale, ¿no? Que yo solo venía a preguntar.", "brush_off"),
        t("Por supuesto, y me encanta que lo pregunte. Para dos naves ronda los cuatro mil quinientos. Ahora "
          "dígame, ¿cómo prefiere pagarlo, al contado con un descuentito o en doce meses con la financiera?"),
        c("Ni una cosa ni la otra, que este año el pimiento se ha pagado a nada y no tengo pa gastos.",
          "no_money"),
        t("Le entiendo perfectamente, el campo está muy duro. Justo por eso, ¿qué fecha le viene mejor para la "
          "instalación, antes o después de trasplantar?"),
        c("Oye, que te estoy diciendo que no tengo el dinero. No me preguntes la fecha.", "no_money"),
        t("Claro, claro. Entonces, pensando en el éxito de su próxima campaña, ¿qué necesitaría ver para firmar "
          "hoy la reserva con solo trescientos euros de señal?"),
        c("Necesito irme, que tengo faena. Ya le pregunto a mi cuñao dónde lo compró él.", "brush_off"),
    ],
))

# 3 pitch_as_paraphrase -- Granada, tienda de telefonía en el Zaidín
o = c("Hola, buenas. Venía a ver una línea pa mi madre, que está con una compañía que le cobra un pastón y ella "
      "solo llama a mi hermana y a mí.", None)
PAIRS.append(gpair(
    "esb66g_granada_lineamovil",
    "telefonía móvil",
    "pitch_as_paraphrase",
    "Tienda de telefonía en el Zaidín (Granada). Una clienta busca una línea móvil barata para su madre, de 78 "
    "años, que solo usa el teléfono para llamar.",
    [
        o,
        t("Buenas. ¿Y su madre el móvil para qué lo usa, además de llamar? ¿WhatsApp, fotos de los nietos, algo?"),
        c("Qué va, WhatsApp no sabe. Llamar y ya. Bueno, y recibir, que la que llama casi siempre soy yo.", None),
        t("Vale. ¿Cuánto paga ahora, más o menos? ¿Y sabe si tiene permanencia con ellos?"),
        c("Veintidós euros al mes, creo. Permanencia no sé, eso lo tendría que mirar, que el contrato lo firmó "
          "ella sola en un stand del centro comercial.", None),
        t("Pues para llamar y poco más le vale nuestra tarifa básica, llamadas ilimitadas y un giga, a siete "
          "euros. No le pongo nada más porque no lo va a usar. Antes de cambiar, traiga una factura suya y "
          "miramos juntas lo de la permanencia, no vaya a ser que le cobren por irse."),
        c("Uy, siete euros. ¿Y no la van a liar luego con cosas? Que a mi madre ya la liaron una vez con un "
          "seguro del móvil que ni sabía que tenía.", "bad_experience"),
        t("Entiendo la desconfianza. Esta tarifa no lleva seguro ni nada añadido, y las condiciones van en una "
          "hoja. Si quiere se la imprimo y se la lleva para leerla con calma antes de decidir nada."),
        c("Sí, dámela, que la miro con mi hermana y el jueves me paso con la factura.", "think_it_over"),
    ],
    [
        o,
        t("Buenas, y gracias por confiar en nosotros. Para entender bien su necesidad: ¿qué es lo más importante "
          "para su madre en su día a día?"),
        c("Pues hablar con nosotras. Ella solo llama, no sabe hacer más.", None),
        t("Entonces, si no me equivoco, lo que ustedes necesitan es nuestra tarifa Familia Total, con fibra y "
          "tres líneas, para estar todas conectadas por cincuenta y cinco euros. ¿Es así?"),
        c("No, no, fibra no. Mi madre no tiene ni ordenador, y yo ya tengo mi internet en casa.", "no_need"),
        t("Claro, la escucho. O sea, lo que me está diciendo es que lo que valoran es estar tranquilas, es "
          "decir, el Pack Senior Plus, con smartphone de pantalla grande y botón SOS, a veinte euros al mes. "
          "¿Lo he entendido bien?"),
        c("No, no lo ha entendido. Eso es casi lo que paga ahora. Yo quiero algo baratito pa llamar.",
          "too_expensive"),
        t("Perfecto, entonces resumiendo: lo que necesitan es tranquilidad y que su madre no se sienta sola, "
          "que es justo el Senior Plus, y además le regalamos la funda. ¿Correcto?"),
        c("Mire, déjelo. Me paso por otra tienda, que aquí no me escucha nadie.", None),
    ],
))

# 4 upsell_as_loop_closing -- Jaén, tienda de una almazara cooperativa
o = c("Buenos días. Vengo a por aceite pa el bar, garrafas de cinco litros. ¿Qué tenéis?", None)
PAIRS.append(gpair(
    "esb66g_manchareal_aceitebar",
    "almazara cooperativa (venta de aceite)",
    "upsell_as_loop_closing",
    "Tienda de una almazara cooperativa en Mancha Real (Jaén). El dueño de un bar de tapas de Jaén capital viene "
    "a comprar aceite para la cocina.",
    [
        o,
        t("Buenos días. Tenemos el virgen extra de esta campaña y el virgen, que es más barato. ¿Para qué lo va "
          "a usar sobre todo, para freír o para las tostás y los aliños?"),
        c("Pa todo, la verdad. Freímos mucho, los flamenquines, las berenjenas… y luego en la mesa se pone una "
          "aceitera.", None),
        t("Pues le diría dos cosas distintas: para la freidora, el virgen en garrafa, que le sale mejor de "
          "precio y aguanta bien la temperatura; y para la mesa, un virgen extra de picual, que es el que nota "
          "la gente. ¿Cuántos litros gasta a la semana?"),
        c("Unos cuarenta litros, entre una cosa y otra. Lo que pasa es que ahora lo compro en el Makro y me sale "
          "más barato que aquí, eso seguro.", "too_expensive"),
        t("Puede ser en el virgen extra, no se lo discuto. Para cuarenta litros a la semana le podemos hacer "
          "precio de hostelería y llevárselo al bar cada quince días. Le preparo el número con los dos aceites "
          "y lo compara con su factura del Makro, ¿le parece?"),
        c("Venga, hazme el número. Pero hoy me llevo dos garrafas del virgen pa probarlo en la freidora.", None),
        t("Perfecto. Dos de virgen, y le apunto el precio de hostelería en esta tarjeta. Cuando lo compare, me "
          "llama."),
        c("Hecho. Y si mis cocineros no se quejan, el mes que viene hablamos.", None),
    ],
    [
        o,
        t("Buenos días, bienvenido. Tenemos el virgen extra de esta campaña, que es una maravilla. ¿Cuántas "
          "garrafas le pongo?"),
        c("Ponme cuatro de cinco litros.", None),
        t("Cuatro, estupendo. Y para cerrar bien su pedido, ¿qué más le añado? Tenemos el estuche regalo de "
          "tres botellas de cosecha temprana, ideal para sus clientes."),
        c("No, eso no, que es pa la cocina. Con las garrafas voy servido.", "no_need"),
        t("Entendido, me quedo con eso. Entonces, para asegurarme de que no se lleva nada pendiente, ¿le incluyo "
          "también la crema de aceite y las aceitunas aliñadas? Así completa la experiencia en su barra."),
        c("Que no, hombre. Aceitunas tengo de mi suegro, de sobra.", "no_need"),
        t("Perfecto, perfecto. Una última cosa para cerrar el círculo: ¿qué más necesita su negocio hoy? "
          "Tenemos la suscripción Club Almazara a veinte euros al mes, con envíos de…"),
        c("Chiquillo, que tengo el bar abierto y se me va la mañana. Cóbrame las garrafas y ya está.", "no_time"),
        t("Claro, enseguida. ¿Algo más antes de cobrarle? ¿Un jabón de aceite de oliva para la señora?"),
        c("Nada más, por Dios. Cóbrame.", None),
    ],
))

# 5 leading_tag_questions -- Tenerife, tienda de muebles en La Laguna
o = c("Buenas, ando buscando un sofá, pero algo que no sea muy grande, que el piso es chiquitito.", None)
PAIRS.append(gpair(
    "esb66g_lalaguna_sofa",
    "tienda de muebles",
    "leading_tag_questions",
    "Tienda de muebles en La Laguna (Tenerife). Una clienta busca un sofá para el piso que acaba de alquilar con "
    "su pareja.",
    [
        o,
        t("Buenas. ¿Trae las medidas de la pared donde iría? Y una cosa, ¿el piso es suyo o alquilado? Lo digo "
          "por si se mudan dentro de unos años."),
        c("Alquilado, sí. La pared son dos metros justos, más o menos, y hay una puerta al lado. Ah, y tenemos "
          "un perro, un bardino, que suelta pelo que da miedo.", None),
        t("Vale, dos metros con una puerta al lado: iría uno de dos plazas, de metro setenta como mucho. Con el "
          "perro le recomiendo tela antimanchas o funda lavable, que el pelo sale con un trapo. ¿Qué "
          "presupuesto traen pensado?"),
        c("Pues… unos cuatrocientos. Más no, que este mes, con la fianza del piso, estamos tiesos.", None),
        t("Con cuatrocientos tiene este de metro sesenta con funda lavable, trescientos ochenta y nueve. El de "
          "al lado es más bonito, pero la tela es normal y con el bardino no se lo recomiendo. Siéntese en los "
          "dos, a ver cuál le resulta cómodo."),
        c("Este está bien, sí. Pero ños, no sé, me gustaría que lo viera mi pareja antes, que luego se queja.",
          "think_it_over"),
        t("Claro que sí. Le hago una foto de la etiqueta con las medidas, y si quieren se lo reservo hasta el "
          "sábado sin pagar nada. Vengan los dos y lo prueban."),
        c("Perfecto, resérvemelo hasta el sábado. ¿Ustedes abren por la mañana?", None),
        t("Sí, de diez a dos. Les espero."),
    ],
    [
        o,
        t("¡Buenas, bienvenida! Para entender su necesidad: lo más importante en un sofá es que sea cómodo, "
          "¿verdad que sí?"),
        c("Hombre, cómodo sí, pero sobre todo que quepa.", None),
        t("Claro. Y usted querrá que le dure muchos años, no uno de esos baratos que se hunden, ¿a que sí? Este "
          "chaise longue de piel es el que se lleva todo el mundo."),
        c("Ese es enorme, mi niño. En mi piso no entra ni de broma.", "no_need"),
        t("Bueno, las medidas siempre se apañan. Pero la piel es lo que más le conviene, ¿no cree? Es para toda "
          "la vida, y una inversión así no se hace todos los días, ¿no le parece?"),
        c("Tenemos un perro que lo araña todo. Y mil novecientos euros… no, no, eso ahora no lo puedo pagar.",
          "no_money"),
        t("Ya, pero usted se merece lo mejor, ¿o no? Y con la financiación son cuotas pequeñitas, eso lo puede "
          "pagar cualquiera, ¿verdad?"),
        c("Mire, no. Ya miraré en otro sitio con más calma.", "brush_off"),
    ],
))

# 6 putdown_question -- Almería, taller mecánico en Huércal de Almería
o = c("Buenas. Oye, que me cambiasteis las pastillas el lunes y desde entonces el coche chirría que da vergüenza. "
      "Y me costó ciento y pico.", None)
PAIRS.append(gpair(
    "esb66g_huercal_frenos",
    "taller mecánico",
    "putdown_question",
    "Taller mecánico en Huércal de Almería. Un cliente vuelve tres días después de cambiar las pastillas de freno "
    "porque el coche chirría al frenar.",
    [
        o,
        t("Buenas. ¿Me dice la matrícula y lo busco? ¿El ruido es al frenar suave o también cuando frena fuerte?"),
        c("Sobre todo al frenar despacito, en las rotondas. Un chirrido agudo, como un pito.", None),
        t("Vale. A veces las pastillas nuevas chirrían los primeros días hasta que asientan, pero no le voy a "
          "decir eso sin mirarlo. ¿Tiene ahora media hora? Lo subo al elevador y lo vemos juntos."),
        c("Media hora ahora no, que entro a las cuatro en el almacén. Pijo, qué rollo.", "no_time"),
        t("Normal. ¿Le viene bien mañana a las ocho y media, antes del trabajo? Si es cosa del montaje, la "
          "revisión y lo que haga falta corren de nuestra cuenta."),
        c("A las ocho y media sí puedo. Pero que no me cobréis otra vez, ¿eh?, que ya me pasó en otro taller y "
          "me clavaron por la misma avería dos veces.", "bad_experience"),
        t("Si el fallo es nuestro no le cobramos nada, se lo dejo escrito en la orden ahora mismo. Le apunto "
          "mañana a las ocho y media."),
        c("Vale. Hasta mañana entonces.", None),
    ],
    [
        o,
        t("Buenas. A ver, antes de alarmarnos: ¿seguro que no es usted, que frena muy brusco? ¿Cómo conduce "
          "normalmente?"),
        c("¿Cómo que brusco? Llevo treinta años conduciendo y el coche nunca ha hecho esto.", None),
        t("Le entiendo, le entiendo. Pero dígame, ¿no estará exagerando un poco con el ruido? ¿Qué es "
          "exactamente lo que usted cree que oye?"),
        c("No lo creo, lo oigo. Y lo oye mi mujer, y el vecino cuando aparco.", None),
        t("Vale, vamos a ver. ¿Ha pensado que a lo mejor es normal y que usted no está acostumbrado a unos "
          "frenos que funcionan bien? ¿Qué espera de nosotros exactamente?"),
        c("Que lo miréis, eso espero. No que me llaméis tonto.", None),
        t("Nadie le llama tonto. Solo le pregunto: ¿ha lavado el coche con agua a presión estos días? Porque si "
          "ha hecho eso, ¿no le parece lógico que chirríe?"),
        c("Mira, me voy. Que me lo mire otro taller, que aquí no vuelvo.", None),
    ],
))

# 7 not_my_department_or_read_the_terms -- Las Palmas, clínica dental
o = c("Buenos días, mire, es que me han cobrado una radiografía que en el presupuesto no venía, y yo firmé el "
      "presupuesto, ¿me entiende?", None)
PAIRS.append(gpair(
    "esb66g_laspalmas_clinicadental",
    "clínica dental",
    "not_my_department_or_read_the_terms",
    "Recepción de una clínica dental en Las Palmas de Gran Canaria. Un paciente trae la factura de un empaste con "
    "un cargo de radiografía que no venía en el presupuesto.",
    [
        o,
        t("Buenos días. Déjeme ver la factura y el presupuesto, por favor. ¿Es el empaste del día doce?"),
        c("Ese. En el presupuesto ponía sesenta euros el empaste y ya está. Y me han pasado ochenta y cinco por "
          "el banco.", None),
        t("Sí, lo veo: veinticinco euros de una radiografía periapical, que es la placa pequeña de una sola "
          "muela. ¿La doctora le comentó en la consulta que le iba a hacer una?"),
        c("Me hizo una foto de la muela, sí, pero nadie me dijo que eso se cobraba aparte. Yo pensé que "
          "entraba.", None),
        t("Tiene razón en que el presupuesto no la recogía, y eso es fallo nuestro. Lo consulto ahora mismo con "
          "la coordinadora, pero si el presupuesto firmado no la incluía, le devolvemos los veinticinco. ¿Me "
          "da dos minutos?"),
        c("Sí, claro, espero.", None),
        t("Confirmado: le hacemos la devolución a la misma cuenta, en tres o cuatro días hábiles. Aquí tiene el "
          "justificante. Y he pedido que en los presupuestos pongan siempre si hay radiografía."),
        c("Pues muchas gracias, de verdad. Así da gusto.", None),
    ],
    [
        o,
        t("Buenos días, gracias por venir, su experiencia como paciente es muy importante para nosotros. ¿Qué ha "
          "pasado exactamente?"),
        c("Lo que le digo: veinticinco euros de una radiografía que no venía en el presupuesto.", None),
        t("Entiendo su malestar. Lo que pasa es que yo estoy en recepción y la facturación la lleva la central "
          "de Madrid, no es mi departamento. Además, en el presupuesto, en la letra pequeña de atrás, pone que "
          "las pruebas diagnósticas se pueden facturar aparte. ¿Usted lo leyó?"),
        c("¿Qué letra pequeña? Yo firmé lo que me dieron. Nadie me explicó nada.", None),
        t("Ya, le comprendo perfectamente. Pero las normas no las hago yo. ¿Ha pensado en llamar al teléfono de "
          "atención al paciente? Está en la web."),
        c("Chacho, que estoy aquí delante. ¿No me puede atender usted?", None),
        t("Es que de verdad no me corresponde. Lo que sí puedo hacer es darle la hoja de reclamaciones. ¿Hay "
          "algo más en lo que le pueda ayudar hoy?"),
        c("Pues démela, y se acabó. Y el resto del tratamiento me lo hago en otra clínica.", None),
    ],
))

# 8 social_proof_or_deadline_pressure -- Granada, inmobiliaria (compra de piso en la Chana)
o = c("Hola, buenas. Venimos del piso de la Chana. Nos ha gustado, pero hay cosas que no nos cuadran, la "
      "verdad.", None)
PAIRS.append(gpair(
    "esb66g_granada_pisochana",
    "inmobiliaria (compraventa)",
    "social_proof_or_deadline_pressure",
    "Inmobiliaria en Granada capital. Una pareja joven vuelve a la oficina después de visitar un piso en el "
    "barrio de la Chana; habla ella.",
    [
        o,
        t("Buenas, pasad, sentaos. ¿Qué es lo que no os cuadra? Contadme."),
        c("Pues la cocina está pa reformar entera y no sabemos cuánto costaría. Y el banco todavía no nos ha "
          "dicho cuánto nos presta.", None),
        t("Son dos dudas muy razonables. Lo de la cocina: os puedo pedir un presupuesto orientativo a un "
          "reformista con el que trabajamos, sin compromiso. Y lo del banco, ¿con cuál estáis hablando y "
          "cuánto pediríais?"),
        c("Con el de mi nómina. Pedimos ciento veinte mil, pero no nos contestan hasta la semana que viene. Y "
          "sin saber eso no vamos a decidir nada, ¿sabes?", "think_it_over"),
        t("Lógico, no os voy a pedir que firméis nada sin la respuesta del banco. Os propongo esto: os paso el "
          "presupuesto de la cocina esta semana, y cuando tengáis lo del banco nos sentamos con números. Si "
          "alguien hace una oferta antes, os aviso, pero no os voy a meter prisa."),
        c("Vale, eso está bien. Y el propietario, ¿bajaría algo por lo de la cocina?", None),
        t("No lo sé, y no os quiero prometer nada. Se lo puedo preguntar cuando haya una oferta concreta. Con "
          "el presupuesto de la reforma en la mano tendréis un argumento más sólido."),
        c("Perfecto. Pues esperamos tu llamada con lo de la cocina.", None),
    ],
    [
        o,
        t("¡Hola! Qué bien que os haya gustado. Contadme, ¿qué sentisteis al entrar? Para mí es importante "
          "entender vuestra experiencia."),
        c("Bien, bien, es muy luminoso. Pero la cocina está pa reformar entera y el banco todavía no nos ha "
          "dicho nada.", None),
        t("Os entiendo perfectamente. Pero os digo una cosa: ese piso lo han visto cuatro parejas esta semana y "
          "una ya ha dicho que hace oferta el lunes. En la Chana todo lo que sale así vuela; toda la gente de "
          "vuestra edad está comprando ahora, antes de que suban los tipos."),
        c("Ya, pero sin saber lo del banco no podemos ofertar nada. Tenemos que esperar.", "think_it_over"),
        t("Claro, claro. Por eso os propongo dejar una señal de tres mil euros hoy y el piso es vuestro. El "
          "propietario solo la acepta hasta las dos; después se lo doy al siguiente. ¿Qué necesitáis para "
          "tomar la decisión ahora?"),
        c("¿Tres mil euros hoy? Illo, que no tenemos eso así en la mano, está todo metido en un plazo fijo.",
          "no_money"),
        t("Lo entiendo. Pero pensad que en un mes ese piso estará vendido y os arrepentiréis. Los demás estarán "
          "dentro y vosotros todavía de alquiler. ¿De verdad lo queréis dejar escapar?"),
        c("Mira, lo tenemos que hablar tranquilamente en casa. Ya te llamamos nosotros.", "think_it_over"),
    ],
))

# 9 keyword_stuffed -- Tenerife, gestión de alquiler vacacional en Adeje
o = c("Hola, buenas tardes. Le llamo porque tengo un apartamento en Playa Paraíso que alquilo yo por mi cuenta, "
      "y ya no doy abasto, ¿sabe? Quería saber cómo trabajan ustedes.", None)
PAIRS.append(gpair(
    "esb66g_adeje_gestionvacacional",
    "gestión de alquiler vacacional",
    "keyword_stuffed",
    "Empresa de gestión de alquiler vacacional en Adeje (Tenerife). Una propietaria que vive en Los Realejos "
    "alquila ella sola un apartamento en Playa Paraíso y llama para informarse.",
    [
        o,
        t("Buenas tardes. Con gusto se lo explico, pero antes, ¿qué es lo que más le está pesando ahora mismo? "
          "¿Las entradas y salidas, la limpieza, los mensajes de los huéspedes?"),
        c("Todo un poco, pero sobre todo bajar desde Los Realejos cada vez que entra alguien. Eso son dos horas "
          "de coche, ida y vuelta, y con el trabajo no llego.", None),
        t("Entiendo, lo que le come es la distancia y las entregas de llaves. Nosotros hacemos check-in, "
          "limpieza, lavandería y atención al huésped, y cobramos un veinte por ciento de lo que se facture. "
          "¿Cuántas noches lo tiene ocupado al año, más o menos?"),
        c("Pues el año pasado unas doscientas noches. Lo que pasa es que un veinte por ciento… eso es mucho, mi "
          "niño. Una amiga mía paga un quince con otra empresa.", "too_expensive"),
        t("Sí, hay empresas al quince; normalmente no incluyen la lavandería ni la reposición. También le puedo "
          "ofrecer solo llaves y limpieza, sin gestión de reservas, con una tarifa fija por entrada. Si quiere "
          "le mando las dos opciones por escrito con números hechos sobre sus doscientas noches."),
        c("Mándemelo, sí, al correo. Y lo miro con mi marido, que el piso es de los dos.", "think_it_over"),
        t("Perfecto. ¿Me da el correo? Se lo envío hoy mismo, y el viernes la llamo por si tienen dudas."),
        c("Apunte: mariacarmen, con c, punto delgado, arroba gmail. El viernes mejor por la tarde.", None),
    ],
    [
        o,
        t("¡Buenas tardes! Gracias por su llamada. Para nosotros lo importante es entender sus necesidades y "
          "construir una relación de confianza basada en la experiencia y el éxito compartido. ¿Cómo siente "
          "usted que está siendo su experiencia como propietaria?"),
        c("Pues cansada, la verdad. Lo que quiero saber es qué hacen ustedes y cuánto cobran.", None),
        t("La entiendo perfectamente y valoro mucho lo que siente. Nuestra filosofía es acompañar al "
          "propietario en todo su viaje, entendiendo sus necesidades para generar experiencias de éxito para "
          "usted y para el huésped. ¿Qué significa el éxito para usted?"),
        c("Que no me toque bajar desde Los Realejos cada vez que viene alguien. ¿Ustedes hacen la entrega de "
          "llaves o no?", None),
        t("Qué bonito lo que me dice. Escucho su necesidad de tranquilidad y la entiendo. Nuestra relación con "
          "cada propietario es única, por eso adaptamos la experiencia a lo que cada uno siente que necesita. "
          "¿Cómo se sentiría si alguien la entendiera de verdad?"),
        c("Muchacho, yo le pregunto una cosa concreta y usted me habla como un folleto. ¿Cuánto cobran?", None),
        t("Comprendo su necesidad de claridad, y la valoro. Nuestro modelo se basa en el éxito compartido. Lo "
          "mejor es que le envíe nuestra presentación corporativa y sienta usted misma la experiencia. ¿Le "
          "parece?"),
        c("No hace falta, gracias. Ya llamaré a otra empresa que me diga las cosas claras.", "brush_off"),
    ],
))

# 10 rude -- Jaén, farmacia en Linares
o = c("Buenas tardes, hija. Que el médico me ha dicho que me tome la tensión en casa y no sé ni qué aparato "
      "comprar.", None)
PAIRS.append(gpair(
    "esb66g_linares_tensiometro",
    "farmacia",
    "rude",
    "Farmacia en Linares (Jaén). Un jubilado quiere un tensiómetro porque el médico le ha pedido que se tome la "
    "tensión en casa.",
    [
        o,
        t("Buenas tardes. Le ayudo. ¿El médico le ha dicho cuántas veces al día se la tiene que tomar? ¿Y usted "
          "ve bien los números pequeños?"),
        c("Por la mañana y por la noche, una semana. Y de vista regular, llevo gafas de cerca pero siempre se "
          "me olvidan.", None),
        t("Entonces le va bien uno de brazo, que es más fiable que el de muñeca, con la pantalla grande. Este "
          "tiene los números bien gordos y guarda las mediciones, así se las enseña al médico. Vale cuarenta y "
          "dos euros."),
        c("Cuarenta y dos euros por un aparatillo… en el Lidl vi uno de esos por veinte, ¿eh?", "too_expensive"),
        t("Sí, los hay de veinte, pero suelen ser de muñeca y en personas mayores fallan más. Tengo otro de "
          "brazo por veintinueve, con la pantalla algo más pequeña. Si quiere, le tomo la tensión ahora con los "
          "dos y ve con cuál lee mejor los números."),
        c("Hala, pues venga, tómamela.", None),
        t("Mire los dos. ¿Con cuál distingue los números sin gafas? Y cuando lo tenga en casa, tráigamelo un día "
          "y le enseño a apuntar las tomas en la hoja para el médico."),
        c("Con el de veintinueve los veo bien. Me lo llevo. Gracias, hija, eres un sol.", None),
    ],
    [
        o,
        t("Buenas tardes, cuénteme su necesidad. Aunque vamos, un tensiómetro es un tensiómetro, no tiene mucha "
          "ciencia."),
        c("Ya, pero es que yo no sé cuál es mejor, de brazo, de muñeca…", None),
        t("Pues el de brazo, como todo el mundo. Lo pone en la caja, que está escrito. Cuarenta y dos euros."),
        c("Cuarenta y dos es mucho pa mí, hija, con la pensión que tengo. ¿No hay otro?", "no_money"),
        t("Hay uno de muñeca, pero si luego le da mal la tensión no venga a quejarse. A ver, que tengo cola, ¿se "
          "lo lleva o no? ¿Algo más en lo que le pueda ayudar?"),
        c("Bueno, bueno, no se ponga así. ¿Me explica por lo menos cómo se pone?", None),
        t("Viene en el folleto, con dibujitos y todo. Si no lo entiende, que se lo explique un nieto, que para "
          "eso están. ¡Siguiente!"),
        c("Pues me lo compro en la farmacia de la plaza, que allí me tratan como a una persona.", None),
    ],
))

"""Gaming pairs a01-a10 of es_blind57, written by hand."""
from common import c, gpair, t

PAIRS = []

# a01 monologue -- Medellín, concesionario de motos
o = c("Buenas, qué más pues. Vengo a mirar motos, es que estoy trabajando de domiciliario y la que tengo ya me tiene mamado.", None)
PAIRS.append(gpair(
    "esb57g_medellin_moto_domiciliario", "concesionario de motos, Medellín", "monologue",
    "Un domiciliario paisa que trabaja con dos apps llega a un concesionario en la avenida Guayabal buscando cambiar su moto vieja; tiene un tope de cuota mensual.",
    good=[
        o,
        t("Buenas, bienvenido. ¿Cómo es que se llama usted? Cuénteme, ¿qué moto tiene ahora y qué es lo que le está fallando?"),
        c("Juan Camilo. Tengo una Boxer viejita, del 2014, y vive en el taller, parce. La semana pasada se me apagó subiendo por Robledo con un pedido encima.", None),
        t("Uy, qué mamera, y con el pedido encima. ¿Cuántas horas al día anda en ella y más o menos cuántos kilómetros le mete?"),
        c("Eso le meto unas diez horas, fácil 120, 150 kilómetros diarios. Yo trabajo con dos apps.", None),
        t("Entonces lo que más le importa es que no lo deje tirado y que gaste poquito, ¿cierto? ¿O hay algo más que le pese, tipo la comodidad o cargar la maleta?"),
        c("Eso, que no me vare y que no me coma la plata en gasolina. Y la cuota, hermano, que yo más de unos 350 al mes no puedo pagar.", None),
        t("Listo. Con ese uso le mostraría dos: una 125 de inyección que gasta poquito y trae dos años de garantía, y la 100, que es más barata. A crédito la 125 le queda en unos 380 y la 100 en 310. Las dos las puede prender y sentarse ahorita."),
        c("Ve, la 125 me gusta, pero 380 ya se me pasa. Déjeme pensarlo y lo hablo con mi señora, que ella es la que maneja las cuentas.", "think_it_over"),
        t("Claro, tiene sentido. Le imprimo las dos simulaciones con la cuota exacta; la 125 con una cuota inicial un poquito mayor le baja a unos 345. ¿Prefiere que lo llame el sábado o vienen los dos?"),
        c("Mejor venimos el sábado en la mañana los dos. Deme las hojas.", None),
    ],
    gaming=[
        o,
        t("¡Bienvenido, mi hermano! ¿Qué experiencia de movilidad está buscando hoy? Mire, le cuento: tenemos la línea nueva de 150, frenos ABS, tablero digital, la que todos los domiciliarios están pidiendo, y el crédito sale aprobado en media hora con solo la cédula, y le regalamos el casco y el primer mantenimiento..."),
        c("Ah bueno, pero es que yo lo que...", None),
        t("Y espere le digo lo mejor: suspensión reforzada para las lomas de Medellín, llantas anchas, tanque de 14 litros, imagínese, usted casi no tanquea. Y asistencia en vía. ¿Qué es lo que más le emociona de todo eso?"),
        c("Pues... yo venía era por algo que no gastara tanto, la que tengo es una Boxer y...", None),
        t("¡Claro que sí, lo entiendo perfecto! Y justamente por eso esta es la ideal, porque el rendimiento es espectacular y la reventa también, estas motos no pierden valor. Y los colores: negra mate, roja y azul. Yo le recomiendo la negra mate, que es la que más se vende. ¿Cómo se ve usted en ella?"),
        c("Hermano, ¿y cuánto es la cuota de eso?", None),
        t("Eso lo miramos ahorita con el asesor de crédito, no se preocupe, lo importante es que usted salga montado hoy. Y además tenemos el seguro todo riesgo, el SOAT incluido, el kit de luces, el baúl..."),
        c("No, no, pare. Yo ni sé cuánto vale y usted ya me tiene montado. Una de 150 con ABS no la puedo pagar, yo vivo es de los domicilios. Gracias, voy a mirar en otro lado.", "no_money"),
    ],
))

# a02 closing_as_open_question -- Caracas, tienda de celulares
o = c("Epa, buenas. Chamo, ¿ustedes tienen Redmi? Es que se me partió la pantalla del mío y ya no se ve nada.", None)
PAIRS.append(gpair(
    "esb57g_caracas_celular_delivery", "tienda de celulares, Sabana Grande, Caracas", "closing_as_open_question",
    "Un muchacho caraqueño que hace delivery en moto rompió la pantalla de su teléfono y necesita uno barato para trabajar ese mismo día.",
    good=[
        o,
        t("Epa, buenas. Sí, tenemos varios. Antes de mostrarte, ¿qué teléfono tenías y para qué lo usas más? Así no te pongo a ver cosas que no te hacen falta."),
        c("Tenía un Redmi 9, pana. Lo uso pa' trabajar, hago delivery en moto: WhatsApp, el mapa y el pago móvil. Eso es todo.", None),
        t("Ok, entonces te hace falta batería que aguante el día en la calle y buen GPS; la cámara no tanto, ¿es así?"),
        c("Exacto. Y que no sea muy caro, que ahorita ando corto, tengo como 120 dólares.", None),
        t("Con 120 te alcanza el Redmi A3: batería de 5.000 y sale en 109. Hay otro en 145 con más memoria, pero para lo que usas, el A3 te resuelve. Si quieres lo prendes aquí y pruebas el mapa. El vidrio templado sale en 5 aparte, por si te interesa."),
        c("Dale, el A3. Pero el vidrio no, chamo, que en la esquina el buhonero me lo pone por 2.", "too_expensive"),
        t("Tranquilo, como tú veas. Te lo dejo con el chip puesto y el WhatsApp pasado, así sales a trabajar de una."),
        c("Fino. Te pago por pago móvil, ¿va?", None),
    ],
    gaming=[
        o,
        t("¡Epa, mi pana! Bienvenido. Cuéntame, ¿qué te haría salir feliz hoy de la tienda con un equipo nuevo?"),
        c("Bueno, un teléfono que sirva, chamo. Que no sea caro, el mío se partió.", None),
        t("Perfecto, te entiendo. Mira este Redmi Note 13, 5G, 256 gigas, la cámara es otra cosa. ¿Lo prefieres en negro o en azul?"),
        c("Ehh, ¿y cuánto cuesta ese?", None),
        t("Está en 260, pero vale cada dólar. ¿Cómo te queda más cómodo pagarlo: Zelle, efectivo o pago móvil?"),
        c("¿260? No, vale, eso es demasiado pa' un teléfono. Yo lo uso es pa' WhatsApp y el mapa.", "too_expensive"),
        t("Te escucho. Entonces dime, ¿qué tendría que pasar para que te lo lleves hoy mismo? Porque si lo dejas, mañana no sé si queda."),
        c("Pana, yo no necesito 5G ni 256 gigas. Yo necesito uno pa' trabajar y ya.", "no_need"),
        t("Entiendo perfecto. ¿Y qué te parece si lo apartamos con 50 y el resto lo pagas el viernes? ¿Con cuánto lo quieres apartar?"),
        c("Con nada, hermano. Me voy pa' la otra tienda, gracias.", None),
    ],
))

# a03 pitch_as_paraphrase -- Bogotá, banco
o = c("Buenos días, sumercé. Vengo a preguntar por un CDT, es que tengo una platica de una liquidación y no quiero tenerla quieta en la cuenta.", None)
PAIRS.append(gpair(
    "esb57g_bogota_cdt_liquidacion", "banco, oficina de Chapinero, Bogotá", "pitch_as_paraphrase",
    "Una señora bogotana recibió una liquidación y quiere guardarla sin riesgo para la universidad de su hija, que empieza en dos años.",
    good=[
        o,
        t("Buenos días, con mucho gusto. Siga, siéntese. ¿Para qué tiene pensada esa plata y para cuándo la podría necesitar?"),
        c("Es para la universidad de mi hija, ella entra en dos años. Son como 18 millones. Y no quiero riesgos, ¿oyó? Ya perdí plata una vez con una de esas cooperativas.", None),
        t("Entiendo; después de eso lo primero es que la plata esté segura y lista en dos años. ¿La necesitaría toda de una vez o por semestres?"),
        c("Pues la matrícula es por semestre, pero la primera sí la necesito completica al comienzo.", None),
        t("Entonces le propongo dos CDT: uno a 18 meses con la plata del primer semestre y otro a 24 con el resto. Están cubiertos por el seguro de depósitos de Fogafín hasta 50 millones. Hoy la tasa a 18 meses está en 9,2 efectivo anual. ¿Le hago la simulación con los dos?"),
        c("Ay, pero déjeme mirar en el otro banco también, que mi cuñado dice que allá pagan más.", "think_it_over"),
        t("Me parece muy bien que compare. Le imprimo la simulación con la tasa de hoy, para que la ponga al lado de la del otro banco; esta tasa se la sostengo hasta el viernes. Y le dejo mi extensión por si tiene dudas."),
        c("Listo, démela. Si me sale parecido me quedo acá, que aquí tengo la nómina.", None),
    ],
    gaming=[
        o,
        t("Buenos días, sumercé, qué gusto. Cuénteme, ¿cuál es su sueño financiero?"),
        c("¿Sueño? Ay, pues que mi hija entre a la universidad. Para eso es la plata, la necesito en dos años, y no quiero nada de riesgo.", None),
        t("Perfecto. Entonces lo que estoy escuchando es que usted necesita nuestro Fondo Crecer Plus, que da rentabilidades de hasta el 14 por ciento, ¿cierto?"),
        c("No, yo dije un CDT. ¿Eso de fondo no es de los que sube y baja?", None),
        t("Le entiendo. O sea que lo que usted busca en realidad es hacer crecer su plata sin límites, y para eso el Fondo Crecer Plus con seguro de vida incluido es justo lo que me está pidiendo, ¿verdad?"),
        c("Mire, yo ya perdí plata con una cooperativa que me prometía el 14 por ciento. No quiero volver a pasar por eso.", "bad_experience"),
        t("Claro, entonces si la entiendo bien lo que necesita es seguridad, y por eso le incluyo el seguro de vida, que por solo 85 mil al mes le protege todo. ¿Le parece bien así?"),
        c("No me parece, joven. Eso no es lo que le dije. Yo no quiero fondo ni seguro; deme el CDT o me voy para el otro banco.", "no_need"),
    ],
))

# a04 upsell_as_loop_closing -- Barranquilla, panadería por WhatsApp
o = c("buenas, es pa encargar unos pasteles de pollo y pan de bono pa el sabado, es un cumpleaños", None)
PAIRS.append(gpair(
    "esb57g_barranquilla_panaderia_cumple", "panadería de barrio, pedidos por WhatsApp, Barranquilla", "upsell_as_loop_closing",
    "Un papá costeño encarga por WhatsApp pasabocas para el cumpleaños de su hijo de siete años; la torta ya la tiene.",
    good=[
        o,
        t("Buenas! Claro que si. Para cuantas personas es el cumpleaños y a que hora lo necesitas?"),
        c("somos como 40, es el de mi pelao que cumple 7. lo necesito pa las 3 de la tarde", None),
        t("Listo, 40 personas. Los pasteles de pollo los quieres grandes o de coctel? Los de coctel se calculan de a 3 por persona"),
        c("los de coctel mejor que son pelaos. y pan de bono unos 50. cuanto sale eso?", None),
        t("Serian 120 pasteles de coctel a 1.200 = 144.000 y 50 pan de bono a 1.000 = 50.000. Total 194.000. Te lo tengo listo el sabado a las 2"),
        c("ey eso esta caro, en la panaderia de la esquina me dan el pan de bono a 800", "too_expensive"),
        t("Te entiendo. El nuestro lleva queso costeño de verdad, por eso el precio. Si quieres bajamos a 40 pan de bono, que con niños casi siempre sobra, y te queda en 184.000. Tu decides"),
        c("listo, dejalo en 40. te mando el abono por nequi ahorita", None),
    ],
    gaming=[
        o,
        t("Buenas!! Con gusto te atendemos 😊 Cuentame, que mas te podemos agregar para que la celebracion sea un exito?"),
        c("pues eso, pasteles de pollo y pan de bono pa 40 personas", None),
        t("Perfecto, anotado. Y para cerrar bien el pedido, que mas te agrego? Tenemos torta de tres leches de 40 porciones en 180.000, es la que mas piden para cumpleaños"),
        c("no, la torta ya la tengo, me la hace mi hermana", "no_need"),
        t("Super! Entonces para no dejar nada por fuera, que mas le sumamos? El combo de gaseosas de 12 litros sale en 60.000 y los platos y vasos desechables en 25.000"),
        c("no mija, solo lo que te pedi. cuanto es?", "no_need"),
        t("Claro! Ya casi terminamos. Solo una cosita mas para completar tu experiencia: le agrego la decoracion de globos con el nombre del niño? esta en 90.000, queda divina"),
        c("ey no, ya me estas mareando. yo pregunte por pasteles y pan de bono nada mas. dejalo asi que lo encargo en otro lado", None),
    ],
))

# a05 leading_tag_questions -- Maracaibo, repuestos / aire acondicionado de carro
o = c("Epa primo, ¿qué es la que hay? Vengo porque el aire del carro no está enfriando nada, y con este calor de Maracaibo no se aguanta.", None)
PAIRS.append(gpair(
    "esb57g_maracaibo_aire_carro", "tienda de repuestos y taller de aire automotriz, Maracaibo", "leading_tag_questions",
    "Un maracucho con un Corolla 2008 cuyo aire dejó de enfriar dos meses después de una recarga de gas.",
    good=[
        o,
        t("Epa, primo, ¿cómo estáis? Vergación, sin aire aquí no se vive. ¿Qué carro es y desde cuándo te está fallando?"),
        c("Un Corolla 2008. Hace como dos semanas empezó a echar aire tibio, y ahorita sale caliente de una vez.", None),
        t("¿Y le habéis hecho algo últimamente? ¿Lo cargaron de gas, o suena algo cuando lo prendéis?"),
        c("Lo cargaron hace dos meses en un taller de Las Delicias, y ahora como que suena un clic y ya.", None),
        t("Si lo cargaron hace dos meses y ya se botó, lo más seguro es una fuga, y el clic puede ser el embrague del compresor. Yo no te vendería un compresor todavía: que el técnico de aquí al lado le haga la prueba de fuga, son 10 dólares. Si es un empaque, el kit sale en 15; si es el compresor, ahí hablamos. Si lo dejáis una hora te lo revisa hoy."),
        c("Ah, menos mal, pensé que me ibais a decir compresor de una vez. Pero una hora no puedo, primo, tengo que buscar a los chamos al colegio a las doce.", "no_time"),
        t("Tranquilo. Traelo mañana a las siete, que a esa hora no hay cola, y a las ocho ya sabéis qué tiene. Te anoto para que el técnico te espere."),
        c("Dale, primo, mañana a las siete estoy aquí.", None),
    ],
    gaming=[
        o,
        t("Epa, mi primo, bienvenido. ¿Qué necesitáis hoy para estar fresquito? Ya sabéis que lo que os conviene es un compresor nuevo, ¿verdad que sí?"),
        c("Bueno, no sé, primo, es que lo cargaron hace dos meses nomás.", None),
        t("Claro, y si ya lo cargaron y no enfría, es el compresor, ¿no es cierto? Vos no queréis estar cargando gas cada rato, ¿o sí?"),
        c("No, pero ¿no será una fuga? Eso me dijo mi cuñado.", None),
        t("Ay, primo, pero vos queréis que quede bueno de verdad, ¿no? Entonces lo mejor es el original Denso, que sale en 380. No os vais a poner con chimbos, ¿verdad?"),
        c("¿380? Vergación, primo, yo no tengo esa plata ahorita. Con lo que gano no me da.", "no_money"),
        t("Pero la comodidad de tu familia con este calor vale más que eso, ¿no creéis? Y lo podéis pagar en dos partes, así sí os cuadra, ¿verdad que sí?"),
        c("Dejame pensarlo mejor, primo. Voy a que me revisen primero la fuga y después veo.", "think_it_over"),
    ],
))

# a06 putdown_question -- Bogotá, EPS
o = c("Buenas tardes. Llevo tres semanas esperando que me autoricen una resonancia de la rodilla y nadie me da razón. Ya vine dos veces.", None)
PAIRS.append(gpair(
    "esb57g_bogota_eps_resonancia", "EPS, oficina de atención al usuario, Bogotá", "putdown_question",
    "Un señor con dolor de rodilla lleva tres semanas esperando la autorización de una resonancia; la orden fue devuelta sin que le avisaran.",
    good=[
        o,
        t("Buenas tardes, señor. Tres semanas y dos viajes hasta acá, entiendo que esté cansado. Regáleme su cédula y miro en qué va la solicitud."),
        c("79.456.321. El ortopedista me la mandó con prioridad porque no puedo ni subir escaleras.", None),
        t("Ya la veo. Está radicada el 3 de marzo, pero la devolvieron porque a la orden le faltó el código del diagnóstico, y a usted nadie le avisó. Eso no es culpa suya. ¿Tiene la orden original a mano?"),
        c("Sí, aquí la tengo en la carpeta. Pero no me vaya a decir que vuelva a pedir cita con el ortopedista, que eso es otro mes.", None),
        t("No, no hace falta. Con la historia clínica que tengo aquí completo el código y la radico otra vez como prioritaria. La respuesta sale en máximo cinco días hábiles y le llega por mensaje de texto. ¿El celular terminado en 418 sigue siendo el suyo?"),
        c("Sí, ese es. ¿Y si en cinco días no me llega nada?", None),
        t("Le doy el número de radicado y mi nombre. Si el jueves de la otra semana no le ha llegado, me llama a esta extensión y yo lo escalo con la coordinadora, sin que tenga que volver a venir."),
        c("Bueno, listo. Le agradezco, señorita; por lo menos usted sí me explicó.", None),
    ],
    gaming=[
        o,
        t("Buenas tardes, caballero. Bueno, cálmese un poquito, ¿sí? ¿Qué es exactamente lo que según usted está pasando?"),
        c("¿Según yo? Tres semanas esperando una resonancia, eso es lo que pasa.", None),
        t("Ajá. ¿Y usted sí radicó bien la orden, o la trajo incompleta como hace la mayoría de la gente?"),
        c("Yo la traje tal cual me la dio el médico. ¿Qué quiere decir, que es culpa mía?", None),
        t("No, no, tranquilo. Solo quiero entender su experiencia. ¿Usted sí ha revisado el correo, o es de los que no lo abren nunca?"),
        c("Claro que lo reviso. Nadie me ha mandado nada. Y no puedo ni subir escaleras, ¿sí me entiende?", None),
        t("Sí le entiendo, pero no hay necesidad de alzar la voz, ¿no cree? ¿Qué le parece si se sienta y esperamos a ver si el sistema se actualiza?"),
        c("No, señorita. Páseme con la coordinadora o pongo la queja en la Superintendencia. Ya me cansé.", None),
    ],
))

# a07 not_my_department_or_read_the_terms -- Caracas, remesas
o = c("Buenas, mi amor. Mi hija me mandó una remesa desde Madrid el lunes y todavía no me ha llegado, y ella dice que allá le sale como enviada.", None)
PAIRS.append(gpair(
    "esb57g_caracas_remesa_retenida", "agencia de remesas, taquilla en Chacao, Caracas", "not_my_department_or_read_the_terms",
    "Una señora caraqueña espera una remesa de su hija en Madrid; la orden está retenida por una letra distinta en el nombre.",
    good=[
        o,
        t("Buenas, señora. Vamos a ver qué pasó. ¿Usted tiene el número de la operación que le mandó su hija?"),
        c("Sí, ella me lo mandó por WhatsApp, espérese que lo busco... aquí está: MDR-558190.", None),
        t("Gracias. Ya la veo: está retenida porque en la orden su nombre dice Carmen Elena y en la cédula dice Helena, con hache. El sistema la frena por eso, pero no es nada grave."),
        c("¡Ay, vale! Esa muchacha siempre me lo escribe sin hache. ¿Y ahora qué, tiene que mandarla otra vez? Allá le cobran comisión.", None),
        t("No hace falta. Yo hago aquí una corrección de beneficiario con su cédula y sale liberada hoy en la tarde. ¿La quiere cobrar en efectivo en dólares o que se la pasemos a su cuenta?"),
        c("En efectivo, mi amor, que en la cuenta eso me lo cambian a bolívares.", None),
        t("Listo. Firme aquí la corrección. Desde las tres ya la puede retirar en esta misma taquilla, y si viene mañana también está. Y dígale a su hija que la próxima vez ponga Helena con hache."),
        c("Ay, Dios te bendiga. Ya mismito la llamo.", None),
    ],
    gaming=[
        o,
        t("Buenas, señora. Cuénteme, ¿cómo ha sido su experiencia con nuestro servicio de remesas?"),
        c("Pues mala, porque la plata no me ha llegado. Desde el lunes.", None),
        t("Ok, entiendo su preocupación. Mire, eso lo maneja la oficina de Madrid, nosotros aquí solo pagamos lo que llega. No es de mi área."),
        c("Pero mi hija allá dice que ya salió. ¿Usted no puede ver dónde está?", None),
        t("Yo la entiendo, pero yo no hice las reglas. En el comprobante que le dieron a su hija están los términos y condiciones, y ahí dice que puede tardar hasta cinco días hábiles. ¿Ella los leyó?"),
        c("Mi amor, yo no tengo ese comprobante, lo tiene ella en España. Yo necesito esa plata pa' las medicinas de mi esposo.", None),
        t("Sí, la entiendo perfectamente, y su satisfacción es muy importante para nosotros. Le recomiendo llamar al 0800 o que su hija escriba a Madrid. ¿Hay algo más en lo que la pueda ayudar?"),
        c("¿Algo más? Si no me ha ayudado en nada. Voy a llamar a mi hija a ver si ella me resuelve desde allá.", None),
    ],
))

# a08 social_proof_or_deadline_pressure -- finca cafetera, Andes (Antioquia)
o = c("Buenos días, mijo. Vengo a averiguar por abono pa' la traviesa, que ya vamos a arrancar a fertilizar el cafetal.", None)
PAIRS.append(gpair(
    "esb57g_andes_abono_cafetal", "almacén agropecuario, Andes (Antioquia)", "social_proof_or_deadline_pressure",
    "Un caficultor mayor con cuatro hectáreas de variedad Castillo baja al pueblo a comprar abono; las hojas nuevas se le están poniendo amarillas.",
    good=[
        o,
        t("Buenos días, don. Con mucho gusto. ¿Cuántas hectáreas tiene y qué le echó la última vez?"),
        c("Son cuatro hectáreas, casi todo Castillo. El año pasado le eché el 17-6-18 y medio respondió, pero la hoja se me puso amarillita en la parte de arriba.", None),
        t("¿Y le ha hecho análisis de suelo? Porque lo amarillo en las hojas nuevas puede ser falta de magnesio o de azufre, y ahí el 17-6-18 solo no alcanza."),
        c("Análisis hace como cinco años no le hago. Es que eso vale, y uno ya sabe cómo es la finca.", None),
        t("Le entiendo. El Comité lo está haciendo subsidiado, sale en 40 mil la muestra y le dan la recomendación en dos semanas; así no bota plata en abono que no necesita. Mientras tanto, pa' la traviesa le puedo dar el 17-6-18 con un poquito de sulfato de magnesio."),
        c("¿Y cuánto me sale eso pa' las cuatro hectáreas? Porque la carga está bien pagada, pero tampoco es pa' botar la plata.", None),
        t("Calculando unos 20 bultos, le sale en 3 millones 100, más el magnesio, 380 mil. Le doy la bolsita para la muestra y el lunes que baje al pueblo la lleva al Comité."),
        c("Mmm, está caro, pero bueno. Deme la bolsita, y por ahora apárteme 10 bultos; cuando llegue el análisis le compro el resto.", "too_expensive"),
    ],
    gaming=[
        o,
        t("Buenos días, don. ¿Cómo le ha ido con la cosecha? Le cuento que todos los caficultores de la vereda La Chaparrala ya se pasaron a nuestro abono NutriCafé Premium."),
        c("¿Ah sí? Yo normalmente le echo el 17-6-18, mijo. Lo que quería era saber precios.", None),
        t("Claro, y lo respeto. Pero fíjese que don Aníbal y los Restrepo ya lo compraron y les está rindiendo. ¿Usted qué cree que le falta a su finca para estar al nivel de ellos?"),
        c("Pues mi finca es otra cosa; lo de los Restrepo son 40 hectáreas y yo tengo cuatro. ¿Cuánto vale el bulto de ese?", None),
        t("Está en 210 mil el bulto, pero solo hasta hoy a las cinco, porque mañana llega el aumento. Y ya quedan poquitos, los de la cooperativa se están llevando todo."),
        c("¡210 mil! Eso es casi el doble de lo que pago por el otro. No, mijo, eso está muy caro pa' mí.", "too_expensive"),
        t("Le entiendo, don, pero piénselo: si no lo aparta hoy se queda sin él, y sus vecinos van a sacar más carga que usted. ¿Le aparto al menos diez bultos antes de que se acaben?"),
        c("Que se acaben, mijo. Yo no compro a las carreras. Me voy a pensar esto con calma y averiguo en el Comité.", "think_it_over"),
    ],
))

# a09 keyword_stuffed -- Medellín, software de facturación para restaurante
o = c("Hola, buenas. Tengo un restaurante en Laureles y la DIAN me está exigiendo la factura electrónica. Necesito un sistema que no sea complicado, porque mis meseros no son muy de computador.", None)
PAIRS.append(gpair(
    "esb57g_medellin_facturacion_restaurante", "empresa de software de punto de venta, Medellín", "keyword_stuffed",
    "La dueña de un restaurante de 14 mesas en Laureles tiene plazo hasta fin de mes para emitir factura electrónica y cuentas apretadas.",
    good=[
        o,
        t("Hola, buenas, con gusto. ¿Cuántas mesas maneja y cómo cobran hoy: caja registradora, papel...?"),
        c("Son 14 mesas. Hoy cobramos con una registradora viejita y la comanda en papelito. La contadora hace todo a mano a fin de mes.", None),
        t("Ok. ¿Lo que más le preocupa es la factura electrónica para cumplir con la DIAN, o también quiere que las comandas lleguen a la cocina sin papel?"),
        c("Lo de la DIAN es lo urgente, me dieron plazo hasta fin de mes. Lo de la cocina sería bueno, pero no sé si da para tanto.", None),
        t("Entonces empezamos por lo urgente. El plan básico hace la factura electrónica desde la caja, se aprende en una tarde y vale 89 mil al mes. Lo de las comandas a cocina se puede agregar después, si le gusta; no tiene que decidirlo hoy."),
        c("¿89 mil? Mmm, es que ando con las cuentas apretadas desde la pandemia. ¿No hay algo más barato?", "no_money"),
        t("Hay un plan de 49 mil que solo factura, sin inventario ni reportes; para 14 mesas le alcanza. Le propongo una demostración con su contadora, y le activamos 15 días gratis para que los meseros lo prueben en un servicio de verdad."),
        c("Eso sí me gusta. Venga el martes a las tres, que a esa hora está quieto el restaurante y la contadora puede.", None),
    ],
    gaming=[
        o,
        t("¡Hola! Qué alegría. Para nosotros lo más importante es entender tus necesidades y construir una relación de éxito a largo plazo. Cuéntame, ¿qué experiencia quieres crear para tu negocio?"),
        c("Eh... pues necesito la factura electrónica, la DIAN me dio plazo a fin de mes. Y algo fácil pa' los meseros.", None),
        t("Te escucho, y siento tu preocupación. Entiendo que tu necesidad es transformar la experiencia de tu restaurante para alcanzar el éxito. Nuestra solución acompaña tu camino y potencia la relación con tus clientes."),
        c("Ajá... ¿pero sí hace la factura electrónica? ¿Y cuánto vale?", None),
        t("¡Excelente pregunta! Sentimos que el valor está en la experiencia completa. Nuestros clientes sienten que crecen con nosotros, porque entendemos sus necesidades y construimos confianza. ¿Cómo te sientes con esa visión?"),
        c("Mijo, yo no le entiendo nada. Le pregunté si hace la factura y cuánto vale. Con visiones no les pago a los meseros.", None),
        t("Te entiendo completamente y valoro tu honestidad. Para que tu experiencia sea un éxito, te propongo agendar una sesión de descubrimiento de necesidades donde profundizamos en tu relación con la tecnología. ¿Te parece?"),
        c("No, gracias. Mándeme la información por correo y yo la miro.", "brush_off"),
    ],
))

# a10 rude -- Barranquilla, proveedor de internet (llamada)
o = c("Aló, buenas. Ajá, mire, yo llamé el lunes porque el internet no sirve, me dijeron que venía el técnico el miércoles y nadie vino. Yo trabajo desde la casa, señorita.", None)
PAIRS.append(gpair(
    "esb57g_barranquilla_internet_tecnico", "operador de internet hogar, línea de atención, Barranquilla", "rude",
    "Un barranquillero que trabaja desde casa lleva días sin internet; la visita técnica se cerró como 'cliente no encontrado' aunque él estaba.",
    good=[
        o,
        t("Buenas tardes, señor. Qué pena con usted, y más si trabaja desde la casa. ¿Me regala la cédula del titular para ver qué pasó con la visita?"),
        c("1.045.667.210. A nombre de Rafael Orozco.", None),
        t("Gracias, don Rafael. Veo la orden: el técnico la cerró el miércoles como cliente no encontrado. ¿Usted estuvo en la casa ese día?"),
        c("¡Toda la mañana, señorita! Yo no me moví de ahí. Eso es mentira.", None),
        t("Le creo. Dejo anotado el reclamo por esa visita, le aplico el descuento por los días sin servicio en la próxima factura y le programo una visita prioritaria para mañana entre 8 y 12. ¿Le sirve?"),
        c("Mañana en la mañana no puedo, tengo que llevar a mi mamá a la clínica. ¿No hay en la tarde?", "no_time"),
        t("Sí, mañana de 2 a 6. Le anoto que el técnico lo llame media hora antes al 300 512 8841. Si a las 6 no ha llegado, marca a este número con el caso 55231 y yo lo sigo."),
        c("Bueno, mija, gracias. Ojalá esta vez sí venga.", None),
    ],
    gaming=[
        o,
        t("Sí, señor, ¿y qué quiere que haga yo? Dígame rápido la cédula, que tengo una fila de llamadas."),
        c("1.045.667.210. Oiga, pero no me hable así, que yo estoy pagando un servicio.", None),
        t("Ajá. Aquí dice cliente no encontrado. O sea que usted no estaba. ¿Qué más quiere que le diga?"),
        c("¡Yo estuve toda la mañana en la casa! No me diga que no estaba.", None),
        t("Pues eso es lo que dice el sistema, y el sistema no miente, señor. ¿Usted sí se fijó si tiene el router prendido, o eso también se le olvidó?"),
        c("Nojoda, claro que está prendido. Hágame el favor y me programa la visita otra vez.", None),
        t("La próxima disponible es en ocho días. Si no le sirve, ya es cosa suya. ¿Algo más? Ah, y al final califique la llamada: ¿qué tan satisfecho está con la atención?"),
        c("Satisfechísimo, imagínese. Voy a cancelar ese servicio y me paso a otra empresa, se lo juro.", None),
    ],
))

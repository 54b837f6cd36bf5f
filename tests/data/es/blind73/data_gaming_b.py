"""Gaming pairs, file b (written by hand). Kinds 11-15, then 1-5."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer - Los Angeles (Boyle Heights), dental office front desk
_open = c("Oiga, buenas, ¿me pueden ver hoy? Traigo una muela que me está matando desde el domingo.", None)
PAIRS.append(gpair(
    "esb73g_boyleheights_dentista_muela",
    "dental office, front desk - Boyle Heights, Los Angeles, CA",
    "ignored_customer",
    "A Mexican warehouse worker with a throbbing molar and no dental insurance walks in asking to be seen the same day; he starts work at four.",
    [
        _open,
        t("Buenas, claro, déjeme ver qué tengo. ¿De qué lado es la muela, y le duele todo el tiempo o nomás cuando come o toma algo frío?"),
        c("De este lado, abajo. Al principio nomás con lo frío, pero desde ayer me late solita, hasta en la noche. Ya me tomé como seis Advil.", None),
        t("Ok, si ya le late sola y no lo deja dormir, conviene verlo hoy. Tengo un espacio a las 3:40 para consulta de emergencia con radiografía, son 65 dólares. ¿Le da tiempo?"),
        c("A las 3:40... yo entro a la bodega a las cuatro, no llego.", "no_time"),
        t("¿Y a las 12:30? Tengo otro hueco; es más apretado, pero se lo hago."),
        c("Ah, eso sí. Pero le digo de una vez, yo les tengo pavor a los dentistas. Uno en Tijuana me sacó una muela casi sin anestesia y todavía me acuerdo.", "bad_experience"),
        t("Gracias por decírmelo. Le aviso a la doctora para que vaya despacio y le explique cada cosa antes de hacerla; si quiere parar, levanta la mano y se para. Hoy nada más es ver qué tiene y quitarle el dolor, nada de tratamientos grandes sin que usted diga."),
        c("Bueno, así sí. ¿Y si es de sacarla o de endodoncia, cuánto sale? Porque no tengo aseguranza.", None),
        t("Depende de lo que salga en la radiografía. La doctora le da el presupuesto por escrito antes de hacer nada, y si es algo grande tenemos plan de pagos sin intereses a seis meses. Le anoto a las 12:30, ¿me da su nombre y un teléfono?"),
        c("Jesús Ramírez, al 323 555 0148. Ahí nos vemos.", None),
    ],
    [
        _open,
        t("Buenas, bienvenido. Cuénteme, ¿hace cuánto no se hace una limpieza completa?"),
        c("Uy, ni me acuerdo. Pero ahorita lo que traigo es una muela que me late, ya me tomé como seis Advil.", None),
        t("Ajá. ¿Y cómo se siente con su sonrisa en general? Porque este mes tenemos un paquete de limpieza profunda y blanqueamiento en 399."),
        c("Mi sonrisa no me importa ahorita, joven. Me duele la muela. Y no tengo aseguranza.", "no_need"),
        t("Perfecto, lo entiendo. ¿Le gustaría agendar la evaluación completa con la doctora? Tengo el jueves 14 a las 3:40."),
        c("¿El 14? Eso es la otra semana. Y a las 3:40 no puedo, entro a trabajar a las cuatro.", "no_time"),
        t("Muy bien, entonces le queda el jueves 14 a las 3:40 con evaluación, limpieza y la consulta de blanqueamiento. ¿Alguna otra pregunta?"),
        c("¿Pero no me oyó? Ni puedo a esa hora ni me aguanto hasta el jueves. Mejor me voy a la clínica de la Whittier.", None),
    ],
))

# 12 repeated_questions - Houston (Spring Branch), prepaid phone store
_open = c("Hola, buenas. Mire cómo quedó mi teléfono, se me cayó en el trabajo y ya no se ve nada la pantalla.", None)
PAIRS.append(gpair(
    "esb73g_houston_pantalla_rota",
    "prepaid mobile phone store - Spring Branch, Houston, TX",
    "repeated_questions",
    "A Honduran house cleaner who takes her clients' calls on her phone comes in with a shattered screen on a one-year-old cheap Moto.",
    [
        _open,
        t("Uy, sí, quedó feo. ¿Todavía suena cuando le llaman, o se apagó del todo?"),
        c("Suena y vibra, pero no veo quién es. Es un Moto de los baratos, lo compré aquí mismo el año pasado.", None),
        t("Ok, entonces el teléfono sirve, es la pantalla. ¿Cuando lo compró le pusieron el seguro de protección?"),
        c("No, ese no lo quise porque era como ocho dólares al mes y yo pago el plan de cuarenta nomás.", None),
        t("Bueno. Tiene dos caminos: cambiarle la pantalla aquí, 89 dólares y queda listo mañana, o un Moto nuevo parecido en 129. Como el suyo tiene apenas un año, yo le cambiaría la pantalla. ¿Usted qué prefiere?"),
        c("La pantalla. Pero hasta mañana... púchica, yo recibo las llamadas de las clientas de limpieza por ahí, no me puedo quedar sin teléfono, maje.", "no_time"),
        t("Entiendo. Le presto un teléfono de préstamo con su mismo chip hoy, sin costo, y así le entran las llamadas. Mañana a las cinco me trae el de préstamo y se lleva el suyo."),
        c("Ah, va pues, así sí. ¿Y los contactos no se me borran?", None),
        t("No, la reparación no toca sus datos. Y los contactos los pasamos al de préstamo con su cuenta de Google; se lo hago ahorita delante de usted."),
        c("Bueno, hágale.", None),
    ],
    [
        _open,
        t("Hola, bienvenida. Para poder ayudarle mejor: ¿cómo usa usted normalmente su teléfono?"),
        c("Pues para todo, para el WhatsApp, para las clientas, yo hago limpieza de casas. Pero ahorita no veo nada, mire la pantalla.", None),
        t("Entiendo. Y dígame, ¿para qué diría usted que usa más su teléfono en el día a día?"),
        c("Ya le dije, para las clientas de limpieza. ¿Me lo puede arreglar o no?", None),
        t("Claro. Solo para entender bien su necesidad: ¿cuál es el uso principal que le da a su equipo?"),
        c("¿Otra vez? Llamadas y WhatsApp, mija. Yo no tengo tiempo pa' esto, tengo una casa a la una.", "no_time"),
        t("Perfecto. Y pensando en su día a día, ¿qué es lo que más hace con el celular? Así le recomiendo el equipo ideal, porque el Galaxy S24 está en promoción."),
        c("Yo no quiero otro teléfono, quiero que me arreglen este. Déjelo, ya me voy.", "no_need"),
    ],
))

# 13 wrong_paraphrase - New York (Washington Heights), tax preparer
_open = c("Buenas, mi amor. Yo tengo un salón aquí en la 181 y este año me dijeron que tengo que hacer los taxes de otra manera, y la verdad yo no entiendo na' de eso.", None)
PAIRS.append(gpair(
    "esb73g_washingtonheights_taxes_salon",
    "tax preparation office - Washington Heights, Manhattan, NY",
    "wrong_paraphrase",
    "A Dominican salon owner who rents two chairs to independent stylists needs her first self-employed return after her old preparer vanished.",
    [
        _open,
        t("Buenas, bienvenida. Vamos a ver. Cuénteme cómo funciona el salón: ¿usted trabaja ahí sola, o hay más gente?"),
        c("Yo peino, y le alquilo dos sillas a dos muchachas, cada una me paga 200 a la semana. Ellas no son empleadas mías, cada una cobra lo suyo.", None),
        t("Ok: usted trabaja por su cuenta y cobra alquiler de dos sillas, 200 semanales cada una, y ellas no están en nómina. ¿Y los años anteriores quién le hacía los taxes?"),
        c("Un muchacho del barrio, pero este año desapareció con los papeles de medio mundo, ni el teléfono contesta. Por eso vine aquí, pero ya no confío mucho.", "bad_experience"),
        t("Con razón. Aquí todo se lo dejo por escrito y usted se lleva copia de cada papel. Para su caso va el Schedule C del salón. ¿Guarda recibos de los productos, la renta del local y la luz?"),
        c("Tengo casi todo en una caja de zapatos, ja. Y los Zelle de las muchachas salen en el banco.", None),
        t("Con eso trabajamos. La preparación serían 325, federal y estado. Tráigame la caja y tres meses de estados de cuenta, y lo revisamos juntas antes de mandar nada."),
        c("Trescientos veinticinco... el muchacho me cobraba 150. Déjame hablarlo con mi esposo, que él es el de los números.", "think_it_over"),
        t("Claro. Le dejo el precio por escrito con lo que incluye, para que él lo vea. Si se deciden, me escribe por WhatsApp y le doy cita el sábado."),
        c("Ta bien, mi amor, gracias.", None),
    ],
    [
        _open,
        t("Buenas, bienvenida. Cuénteme de su negocio, ¿cómo funciona el salón?"),
        c("Yo peino, y le alquilo dos sillas a dos muchachas, me pagan 200 a la semana cada una. Ellas trabajan por su cuenta.", None),
        t("Perfecto, entonces si entendí bien: usted tiene dos empleadas en nómina y necesita que le llevemos la nómina cada dos semanas, ¿correcto?"),
        c("No, no, no son empleadas, ellas me alquilan la silla. Y te digo que ando con cuidado, el muchacho que me hacía los taxes desapareció con los papeles de medio barrio.", "bad_experience"),
        t("Claro, lo que escucho es que el negocio está creciendo y quiere formalizarlo: abrir una LLC y llevar la contabilidad mensual con nosotros. Eso es el paquete Negocio Pro, 180 al mes."),
        c("Yo no dije na' de eso. Yo lo que quiero es hacer los taxes de este año, y ya. Eso de 180 al mes no me hace falta.", "no_need"),
        t("Entiendo, entonces para confirmar: usted quiere empezar con la contabilidad mensual y dejar los taxes para después, ¿así es?"),
        c("Mira, mejor me voy. Tú no me estás oyendo na'.", None),
    ],
))

# 14 pitch_to_upset - Miami, phone company call centre
_open = c("Óigame, buenas. Yo llamo para quitar la línea de mi esposo, que falleció hace dos semanas. No sé ni cómo se hace esto.", None)
PAIRS.append(gpair(
    "esb73g_miami_linea_esposo_fallecido",
    "mobile phone company, call centre - Miami, FL",
    "pitch_to_upset",
    "A Cuban widow calls to close her late husband's line and finds out his voicemail greeting, which she listens to, would be deleted.",
    [
        _open,
        t("Señora, lo siento muchísimo. Tómese su tiempo, yo la ayudo con todo. ¿Me dice el nombre de su esposo y el número de la línea?"),
        c("Rogelio Fuentes, el 305 555 0192. Cuarenta y un años casados, mi'jo.", None),
        t("Cuarenta y un años... de verdad, lo siento. Ya veo la línea. Para cerrarla solo hace falta una copia del certificado de defunción, y no se le cobra nada por cancelar antes de tiempo. ¿Lo tiene a mano o prefiere mandarlo después?"),
        c("Lo tiene mi hijo, él me lo manda. Pero, ay, mira, una cosa... el buzón de voz tiene la voz de él. A veces llamo nada más pa' oírlo. Si la quito, ¿eso se pierde?", None),
        t("Qué bueno que me lo pregunta antes. Sí, al cerrar la línea se borra el buzón. Tiene dos opciones: la suspendemos unos meses a 10 dólares y el buzón se queda, o antes de cerrarla le grabamos el saludo y se lo mandamos como audio para que lo guarde siempre. No tiene que decidir hoy."),
        c("Ay, Dios mío... déjame pensarlo con mi hijo, que él sabe de esas cosas del audio.", "think_it_over"),
        t("Claro que sí. Le dejo la línea como está, sin cambios, y anoto en la cuenta que usted llamó, para que nadie le vuelva a preguntar lo mismo. Cuando su hijo tenga el certificado, me llama directo, soy Daniel, extensión 4471."),
        c("Gracias, mi'jo. Que Dios te bendiga, de verdad.", None),
    ],
    [
        _open,
        t("Lamento mucho su pérdida, señora, y gracias por compartirlo. Le cuento que tenemos una opción muy buena para usted en este momento: en vez de cancelar, pasamos la línea a su nombre con el plan Ilimitado Familiar y le regalamos un iPad para videollamadas con sus nietos. ¿Qué le parece?"),
        c("¿Un iPad? No, mi'jo, yo lo que quiero es cerrar la línea de Rogelio. Yo ya tengo mi teléfono.", "no_need"),
        t("La entiendo. Lo que escucho es que quiere mantenerse conectada con la familia, y en momentos así el Ilimitado es ideal. Además, si cancela ahora hay un cargo de terminación de 150, pero si la pasa a su nombre se lo quitamos."),
        c("¿Ciento cincuenta? ¿Porque él se murió? Ay, no, yo ahora no tengo ese dinero, con lo del entierro.", "no_money"),
        t("Por eso le conviene el plan nuevo: solo 85 al mes con todo incluido, y hoy el seguro del equipo va gratis el primer mes. ¿Le activo el cambio?"),
        c("Tú no tienes corazón. Pásame a un supervisor, por favor.", None),
    ],
))

# 15 blame - Chicago (Cicero), car dealer service department
_open = c("Buenas. Compré una Equinox aquí hace tres semanas y ya se le prendió la luz del check engine. Y da como jalones cuando acelero.", None)
PAIRS.append(gpair(
    "esb73g_cicero_servicio_equinox",
    "car dealership service department - Cicero, IL (Chicago area)",
    "blame",
    "A Mexican factory worker brings back the used SUV he bought three weeks ago with a check-engine light and jerking on acceleration.",
    [
        _open,
        t("Buenas, qué mal, tres semanas nomás. Perdone la molestia. ¿Desde cuándo se prendió la luz, y los jalones son en frío o ya caliente?"),
        c("Desde el lunes. Los jalones más cuando arranco en la mañana y en la subida de la 55. Mi esposa ya no la quiere manejar.", None),
        t("Ok: luz desde el lunes, jalones en frío y subiendo. Puede ser de bujías o bobinas, pero no quiero adivinar. Usted la compró con la garantía de 30 días, así que el diagnóstico no le cuesta. ¿Me la puede dejar hoy?"),
        c("Hoy no puedo dejarla, entro a las dos en la fábrica y no tengo cómo llegar.", "no_time"),
        t("Le entiendo. Le puedo dar un carro de préstamo mientras la revisamos, o la trae el sábado temprano y se la tengo ese mismo día. ¿Qué le acomoda?"),
        c("Si me presta carro, se la dejo ahorita. Pero oiga, si es algo grande, ¿quién lo paga? Porque yo ya no tengo para meterle.", None),
        t("Si es de motor o transmisión y sale en estos 30 días, lo cubre la garantía; si es otra cosa, le llamo antes con el precio y usted decide. Nada se hace sin su autorización. Deme las llaves y le saco el préstamo."),
        c("Ta bueno. Pero mejor mándeme texto, que en la fábrica no oigo el teléfono.", None),
        t("Texto entonces. Le escribo hoy antes de las seis con lo que encontremos."),
    ],
    [
        _open,
        t("Buenas. A ver, antes que nada, ¿qué gasolina le está echando? Porque eso casi siempre es gasolina mala de las gasolineras baratas."),
        c("La de siempre, la regular del Speedway. Desde el lunes se prendió la luz.", None),
        t("Ahí está. Y déjeme adivinar: ¿la arranca y se va luego luego sin calentarla, verdad? Muchos clientes las maltratan las primeras semanas y luego nos las traen."),
        c("Oiga, yo la manejo normal. La compré aquí hace tres semanas, ¿no tiene garantía?", None),
        t("La garantía cubre defectos, no maltrato. Lo que escucho es que usted quiere una solución: el diagnóstico son 180, y si sale que fue por el uso, eso corre por su cuenta. ¿Se la dejo anotada?"),
        c("¿Ciento ochenta por revisar un carro que ustedes me vendieron? No manches. Ahorita no traigo para eso.", "no_money"),
        t("Pues si la hubiera cuidado no estaríamos aquí, ¿no cree? ¿Qué quiere hacer?"),
        c("Quiero hablar con el gerente, el que me la vendió. Ya.", None),
    ],
))

# 1 monologue - Los Angeles (Van Nuys), card terminal sales to a small restaurant (B2B)
_open = c("Buenas, ¿usted es el de las maquinitas de tarjeta? Fíjese que la que tengo me cobra un montón y ya no sé ni cuánto.", None)
PAIRS.append(gpair(
    "esb73g_vannuys_pupuseria_terminal",
    "card payment terminals for small business (B2B field sales) - Van Nuys, Los Angeles, CA",
    "monologue",
    "A Salvadoran pupusería owner, burned by a door-to-door terminal seller, wants to know whether she is overpaying for card payments.",
    [
        _open,
        t("Buenas, sí, soy yo. Para decirle si le conviene cambiar o no, primero necesito ver lo que tiene. ¿Tiene a mano el último estado de cuenta de la maquinita?"),
        c("Aquí lo tengo, mire. Yo no le entiendo a todos esos números. Vendo como unos doce mil al mes con tarjeta, lo demás es efectivo.", None),
        t("A ver... le cobran 3.9 por ciento más 30 centavos por pasada, y aparte 49.95 de renta del equipo y un cargo de 19.99 que le dicen 'PCI'. En total anda como en 560 al mes. ¿Usted sabía lo de la renta del equipo?"),
        c("No, yo pensé que la maquinita era mía. Me la vendió un señor que pasó por aquí, bien amable, y ya ni contesta. Por eso ahora desconfío de todos ustedes los de las maquinitas.", "bad_experience"),
        t("Y tiene razón en desconfiar. Con nosotros sería 2.6 por ciento por pasada, sin renta, y la terminal es suya por 199. Con lo que usted vende, le bajaría a unos 320 al mes. Pero antes hay que ver su contrato actual, porque algunos cobran por cancelar antes de tiempo."),
        c("Ay, ¿y cómo sé yo eso del contrato?", None),
        t("Si me deja tomarle foto, se lo reviso y le digo cuánto le cobrarían por salirse. Si sale muy caro, a lo mejor le conviene esperar a que se le venza. Hoy no le hago firmar nada."),
        c("Bueno, tómele foto. Pero ahorita viene la hora del almuerzo y se me llena, venga mejor el martes a las tres, que está muerto.", "no_time"),
        t("El martes a las tres aquí estoy, con los números del contrato y la comparación por escrito."),
        c("Va pues, gracias, joven.", None),
    ],
    [
        _open,
        t("¡Buenas! Sí, y qué bueno que pregunta, porque le traigo lo último. Nuestra terminal Smart Pro tiene pantalla táctil, acepta Apple Pay, Google Pay, tarjeta con chip, imprime recibos, se conecta a su inventario y le manda reportes al celular. Además trae programa de lealtad para sus clientes y pedidos en línea. Es lo que usan los restaurantes más exitosos de Los Ángeles."),
        c("Ajá... pero yo lo que quiero saber es si me van a cobrar menos que la que tengo.", None),
        t("¡Exacto, y por eso le va a encantar! Con el reporte inteligente usted entiende su negocio, ve cuántas pupusas vende por hora, qué día se le llena más, y así hace crecer la relación con sus clientes. El paquete completo son 89 al mes con tableta para la cocina e impresora de comandas, y se lo instalamos en dos días."),
        c("¿Ochenta y nueve al mes aparte de lo de las pasadas? Yo no necesito tableta para la cocina, aquí somos mi hermana y yo nomás.", "no_need"),
        t("Claro, y cuando crezca ya lo tiene listo. Mire, también incluye nómina para empleados y tarjetas de regalo, y si firma hoy le regalamos el primer mes. Solo necesito su licencia de negocio y un cheque anulado. ¿Le parece bien empezar?"),
        c("Mire, joven, ya viene la gente del almuerzo. Déjeme su tarjeta y yo le llamo.", "brush_off"),
    ],
))

# 2 closing_as_open_question - Miami (Kendall), mattress store
_open = c("Hola, qué tal. Estamos viendo colchones, el nuestro ya está hecho pelota y me levanto con la espalda a la miseria.", None)
PAIRS.append(gpair(
    "esb73g_kendall_colchon_espalda",
    "mattress store - Kendall, Miami, FL",
    "closing_as_open_question",
    "An Argentine couple shop for a mattress: he has low-back pain and sleeps on his side, she sleeps hot; budget about 1,000-1,200.",
    [
        _open,
        t("Hola, bienvenidos. ¿Cuántos años tiene el colchón que tienen ahora? ¿Y el dolor es abajo, en la cintura, o más arriba?"),
        c("Y, tendrá como diez años. Me duele acá abajo, la zona lumbar. Cuando me levanto estoy como un viejito, y tengo cuarenta y dos, eh.", None),
        t("¿Y usted duerme de costado, boca arriba o boca abajo? ¿Y su señora tiene alguna preferencia?"),
        c("Yo de costado. Ella boca arriba, y es muy calurosa, dice que los de espuma dan calor. Ah, y no queremos gastar una fortuna, tenemos como mil, mil doscientos.", None),
        t("Entonces: usted de costado con dolor lumbar, ella boca arriba y calurosa, y hasta unos 1,200. Les haría probar dos: este híbrido de resortes con espuma fresca, medio firme, en 1,099 la queen, y este de látex en 1,249. Acuéstense cada uno en su posición unos cinco minutos, sin apuro."),
        c("El híbrido me gustó, a mí me sostiene. A ella le gustó más el de látex, pero se nos va un poco del presupuesto. ¿Y si en una semana me sigue doliendo?", "too_expensive"),
        t("Pregunta justa. Los dos tienen 100 noches de prueba: si no le funciona, lo cambiamos o le devolvemos el dinero menos 99 del retiro. Y le digo honesto: la espalda tarda unas tres semanas en acostumbrarse, no se asuste la primera semana."),
        c("Bueno, lo hablamos esta noche tranquilos y mañana te confirmo. ¿Me pasás la cotización de los dos?", "think_it_over"),
        t("Claro, se las mando por WhatsApp con las medidas y lo de la prueba por escrito. Cuando se decidan, entregamos de martes a sábado."),
    ],
    [
        _open,
        t("¡Hola, bienvenidos! Contame, ¿qué tendría que tener el colchón ideal para que hoy mismo se lo lleven a casa?"),
        c("Y, no sé, que no me duela la espalda. Ella es calurosa también.", None),
        t("Perfecto. Prueben este, el Cloud Elite. ¿Cómo se imaginan durmiendo en él esta misma noche? Porque tenemos entrega express."),
        c("Está lindo, pero dice 2,399. Nosotros pensábamos en mil, mil doscientos como mucho.", "too_expensive"),
        t("Entiendo. ¿Qué les resulta más cómodo: pagarlo en 24 cuotas sin interés o con tarjeta y llevarse de regalo las almohadas?"),
        c("Pará, pará. No te dije que lo íbamos a comprar. Queremos ver otros.", "think_it_over"),
        t("Claro, me parece genial. Solo para ir avanzando, ¿la entrega la prefieren el martes o el miércoles?"),
        c("Ninguno. Vamos, gorda, que acá nos quieren vender a la fuerza.", None),
    ],
))

# 3 pitch_as_paraphrase - Chicago (Humboldt Park), insurance agency
_open = c("Saludos. Mira, el landlord me está pidiendo un seguro de inquilino pa' renovar el lease, y yo no tengo idea de eso, la verdad.", None)
PAIRS.append(gpair(
    "esb73g_humboldtpark_seguro_inquilino",
    "insurance agency - Humboldt Park, Chicago, IL",
    "pitch_as_paraphrase",
    "A Puerto Rican tenant needs the cheapest renters policy that meets his landlord's 100k liability requirement before renewing his lease.",
    [
        _open,
        t("Saludos, con gusto te ayudo. ¿El landlord te dio por escrito lo que pide? A veces piden una cantidad mínima de responsabilidad civil."),
        c("Sí, aquí en el email dice liability de cien mil, y que lo ponga a él como interested party, algo así.", None),
        t("Perfecto, eso es sencillo. Ahora, aparte de lo que pide el landlord: ¿qué tienes en el apartamento que te dolería perder si hay un fuego o te roban? Muebles, computadora, herramientas..."),
        c("Pues los muebles, la tele, y la laptop del trabajo, pero esa es de la compañía. Tampoco es que tenga mucho, bro. Yo quiero lo más barato que cumpla, nada fancy.", None),
        t("Entendido: lo mínimo que pide el landlord, y cubrir muebles y tele, sin la laptop porque es de la compañía. Con 100 mil de responsabilidad y 15 mil de pertenencias sale en 14 al mes, deducible de 500. ¿Y el carro lo tienes asegurado con alguien?"),
        c("Sí, con otra compañía, y no lo voy a cambiar, que me costó un montón conseguir ese precio.", "no_need"),
        t("Está bien, no hace falta. Te dejo solo el de inquilino. ¿Te lo emito hoy y le mando el certificado al landlord directo?"),
        c("Dale, pero déjame leer la póliza antes de pagar, que a mí ya me jodieron una vez con la letra chiquita.", "bad_experience"),
        t("Claro. Te mando la póliza y un resumen de una página por email; cuando la leas me contestas y la activo. No se cobra nada hasta entonces."),
    ],
    [
        _open,
        t("Saludos. Cuéntame, ¿qué es lo más importante para ti en un seguro?"),
        c("Que cumpla con lo que pide el landlord, cien mil de liability. Y que sea barato, bro.", None),
        t("Entonces, si te entiendo bien, lo que necesitas es nuestro plan Hogar Total Plus con cobertura de inundación, joyas y mascotas por 42 al mes, ¿correcto?"),
        c("¿Inundación? Vivo en un tercer piso, y no tengo joyas ni perro. No, eso no.", "no_need"),
        t("Claro, lo que escucho es que quieres proteger a tu familia y tus cosas, y para eso lo ideal es combinarlo con el seguro de tu carro, así ahorras. ¿Me confirmas que quieres el combo hogar y auto?"),
        c("No, yo no dije eso. El carro lo tengo con otra compañía y estoy bien ahí.", "no_need"),
        t("Perfecto, entonces lo que necesitas es tranquilidad total, y eso es el Plus con el combo. ¿Lo activamos?"),
        c("Mano, tú no escuchas. Déjalo, voy a buscar por internet.", None),
    ],
))

# 4 upsell_as_loop_closing - Houston, car dealer finance office
_open = c("Hi, ok, ya me dijeron que pase con usted para firmar. Nomás quiero estar segura que el payment sale como me dijeron, trescientos ochenta y algo.", None)
PAIRS.append(gpair(
    "esb73g_houston_financiamiento_civic",
    "car dealership finance office - Houston, TX",
    "upsell_as_loop_closing",
    "A bilingual Mexican-American buyer of a used Civic sits down in the finance office wanting to confirm the monthly payment she was quoted.",
    [
        _open,
        t("Hola, Brenda, pase. Sí, lo revisamos juntas antes de firmar nada. Aquí está: Civic 2021, 72 meses, 7.9 por ciento, pago de 384.60. ¿Es lo que le dijeron en el piso?"),
        c("Yes, eso mismo. ¿Y el down payment de los dos mil ya está ahí? Porque lo di con mi debit card.", None),
        t("Sí, aquí aparece: dos mil de enganche y el trade-in de su Corolla en 4,500. Ahora, le tengo que ofrecer una sola cosa y usted decide: el GAP. Si el carro se pierde en un choque, cubre la diferencia entre lo que paga el seguro y lo que todavía debe. Son 695, o unos 11 más al mes. ¿Ya tiene algo así con su aseguranza?"),
        c("Mmm, no sé, tengo Progressive, full coverage. A mi prima le vendieron uno de esos y cuando chocó le salieron con que no le cubría nada.", "bad_experience"),
        t("Pasa, a veces por las exclusiones. Le digo honesto: con 2,000 de enganche y el trade-in, usted debe menos de lo que vale el carro, así que el GAP le sirve poco. Y Progressive también lo vende, a veces más barato. Yo no lo pondría."),
        c("Oh, ok, thank you por decirme. Entonces no, sin el GAP.", "no_need"),
        t("Perfecto, se lo marco como rechazado; aquí donde dice 'declined' firma usted. Y revisemos la fecha del primer pago: el 15 de cada mes, ¿le acomoda o prefiere otra fecha por su cheque?"),
        c("Si se puede el 20 mejor, porque me pagan el 15 y el 30.", None),
        t("Se puede, le queda el 20. Lea la hoja con calma y firme donde están las banderitas amarillas; cualquier cosa que no le cuadre, me pregunta antes."),
    ],
    [
        _open,
        t("¡Hola, Brenda, felicidades por su Civic! Antes de cerrar, ¿qué más le podemos agregar para que su experiencia sea completa? Le recomiendo la garantía extendida de 7 años."),
        c("Umm, no, gracias, I'm good. Nomás quiero ver que el payment sea de trescientos ochenta y algo.", "no_need"),
        t("Claro. Y para cerrar con broche de oro, ¿le incluyo el paquete de protección de llantas y rines? Son solo 18 más al mes; en Houston con los baches es un must."),
        c("No, las llantas están nuevas. ¿Cuánto sale ya el pago con todo?", "no_need"),
        t("Con la garantía y las llantas quedaría en 452. ¿Y qué más le puedo añadir? Tenemos protección de pintura y reemplazo de llave, que si la pierde son 400 dólares."),
        c("¿Cuatrocientos cincuenta? No, no. Yo dije que no quería la garantía. Eso no lo puedo pagar, my budget es 400 máximo.", "no_money"),
        t("Entiendo, entonces le quito la pintura y le dejo lo demás, que ya es lo mínimo para cerrar bien. ¿Algo más que quiera añadir antes de firmar?"),
        c("I'm not signing this. Quiero hablar con el manager y que me impriman el contrato como me lo prometieron.", None),
    ],
))

# 5 leading_tag_questions - Brooklyn (Sunset Park), optical shop
_open = c("Buenas tardes, aquí le traigo la receta de mi niño, la maestra dice que no ve el pizarrón.", None)
PAIRS.append(gpair(
    "esb73g_sunsetpark_lentes_nino",
    "optical shop - Sunset Park, Brooklyn, NY",
    "leading_tag_questions",
    "A Mexican (Puebla) garment worker brings her nine-year-old's first glasses prescription; the boy is covered by Child Health Plus.",
    [
        _open,
        t("Buenas tardes. Déjeme ver la receta... ¿Es la primera vez que el niño va a usar lentes?"),
        c("Sí, la primera. Tiene nueve años. Tiene el Child Health Plus, la tarjetita esta.", None),
        t("Con ese plan le cubren un par de lentes al año, con los armazones de esta sección. ¿El niño juega fútbol o algo donde se le puedan romper?"),
        c("Uy, sí, juega en el parque todas las tardes, es bien tremendo. Ya rompió los lentes de sol de su papá.", None),
        t("Entonces le conviene un armazón flexible, de estos que se doblan y no se rompen; varios están cubiertos. Y que él escoja el color, así se los pone con más ganas. ¿Lo llama para que se los pruebe?"),
        c("Sí, Kevin, ven. Oiga, ¿y lo del antirreflejo que me dijeron en otro lado? Ahí me querían cobrar ochenta más.", None),
        t("Para un niño de nueve años que casi no usa computadora, no hace falta. Lo que sí le recomiendo es que sean de policarbonato, que no se quiebran, y ese ya viene incluido con el plan."),
        c("Ah, qué bueno. ¿Y cuándo estarían? Yo nomás puedo venir los sábados, por el trabajo.", None),
        t("En siete a diez días. Le mando mensaje, y el sábado que venga se los ajustamos al niño sin cobro."),
    ],
    [
        _open,
        t("¡Buenas tardes! Usted quiere lo mejor para su hijo, ¿verdad que sí?"),
        c("Pues sí, claro. Tiene el Child Health Plus, ¿eso cubre los lentes?", None),
        t("Cubre lo básico, pero esos armazones son feítos y se rompen. Para un niño de nueve años usted va a querer unos de marca, ¿no? Mire estos Ray-Ban junior."),
        c("¿Y cuánto salen esos?", None),
        t("189 el armazón, más el antirreflejo y el filtro de luz azul, que para la escuela son necesarios, ¿cierto? Todo queda en 320."),
        c("Trescientos veinte... no, yo no tengo ese dinero. Yo trabajo en la costura, no me alcanza.", "no_money"),
        t("Pero la vista de su hijo no tiene precio, ¿o sí? Usted no quiere que le vaya mal en la escuela, ¿verdad?"),
        c("No me haga sentir mal. Deme los que cubre el seguro y ya, o me voy a la óptica de la Quinta.", "no_need"),
        t("Está bien, pero le va a tocar volver en dos meses con los lentes rotos, ¿verdad? Bueno, escoja de esa caja."),
        c("Ándele. Kevin, ven, escoge tú.", None),
    ],
))

"""Gaming pairs, kinds 1-5 (monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions). Written by hand, in Spanish."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- Madrid, telecom, vosotros
_o = c("Hola, buenas. Nos acabamos de mudar a un piso en Lavapiés y queremos poner fibra, pero no tenemos ni idea de qué nos hace falta.", None)
PAIRS.append(gpair(
    "esb3g_madrid_fibra", "telecom shop (fibre broadband), Madrid, Spain", "monologue",
    "A young couple who just moved into a flat in Lavapiés come into a phone shop to get fibre; one of them works from home on video calls.",
    [_o,
     t("¡Buenas! Pues vamos a ver qué os encaja. ¿Para qué vais a usar internet en casa, sobre todo?"),
     c("Eh, pues yo teletrabajo tres días, con videollamadas casi todo el rato. Y ella ve series, poco más.", None),
     t("Vale. ¿Y los móviles? ¿Los tenéis ya con alguna compañía?"),
     c("Sí, con otra, y estamos contentos. Eso no lo queremos tocar.", "no_need"),
     t("Perfecto, entonces solo fibra. Para videollamadas importa más que la subida sea estable que tener muchísima velocidad. Con 300 megas vais sobrados: 30 euros al mes, sin permanencia. ¿Qué os habíais planteado gastar?"),
     c("Bueno, pensábamos en algo así, unos treinta. Lo que me preocupa es la instalación, que el lunes tengo reuniones todo el día.", None),
     t("Se puede pedir por la tarde o en sábado. ¿Os viene mejor el sábado por la mañana?"),
     c("El sábado sí. ¿Y si el router no llega bien al cuarto donde trabajo?", None),
     t("Si el técnico ve que no llega, os deja un repetidor gratis el primer mes y, si no os convence, lo devolvéis. Os lo apunto todo y os doy el resumen por escrito, ¿vale?"),
     c("Vale, así sí. Venga, apúntalo.", None)],
    [_o,
     t("¡Buenas, chicos! ¿Qué experiencia queréis vivir en vuestro nuevo hogar? Os cuento: tenemos el pack Fusión Total, lo más completo, fibra de 1 giga, dos líneas con datos ilimitados, la tele con todo el fútbol y las series, y encima el primer mes gratis."),
     c("Eh, bueno, nosotros solo queríamos la fibra, los móviles ya los...", "no_need"),
     t("Ya, ya, pero escuchad: lo que necesitáis es tenerlo todo junto, una sola factura, una sola relación con la compañía. Y el fútbol, ¿a quién no le gusta? Con el giga conectáis veinte aparatos y ni lo notáis, y el router es wifi 6, lo último de lo último."),
     c("Vale, pero es que yo teletrabajo y lo que quiero es que no se me corten las videollamadas. ¿Cuánto sería todo eso?", None),
     t("Buena pregunta. Son 89,90 al mes, pero pensad en todo lo que lleva: fibra, móviles, tele, plataforma de series, la app, atención preferente... O sea, al final sale baratísimo. Y la instalación es rapidísima, el técnico va el lunes mismo."),
     c("¿Noventa euros? Nosotros pensábamos en unos treinta. Y el lunes no puedo, que tengo reuniones.", "too_expensive"),
     t("Lo del lunes se mira, tranquilos. Lo importante es que tengáis la mejor experiencia. Y mirad, este mes regalamos una tablet si os lleváis las dos líneas, y la permanencia es solo de 24 meses, que se pasan volando. ¿Os lo preparo?"),
     c("Mejor nos lo pensamos. Venga, Lucía, vámonos.", "think_it_over")]))

# 2. monologue -- Monterrey, B2B software, usted
_o = c("Buenas tardes, le llamo porque tenemos el inventario en Excel y ya se nos pierden pedidos. Me pasaron su número.", None)
PAIRS.append(gpair(
    "esb3g_monterrey_software_pedidos", "B2B software (order / inventory management), Monterrey, Mexico", "monologue",
    "The owner of a small metal-parts workshop in Monterrey phones a software vendor: orders get lost between the salesman's notebook and the Excel sheet.",
    [_o,
     t("Buenas tardes, gracias por llamar. Cuénteme, ¿qué pasa exactamente cuando se pierde un pedido?"),
     c("Pues mire, el vendedor lo anota en su libreta, luego alguien lo pasa al Excel, y a veces no se pasa. El cliente llama enojado y ni sabemos de qué nos habla.", None),
     t("¿Cuántos pedidos manejan a la semana, más o menos, y cuántas personas le mueven al Excel?"),
     c("Unos cuarenta pedidos, y somos tres. Ahorita no quiero nada carísimo, eh, somos un taller chico.", "no_money"),
     t("Entendido: taller chico, cuarenta pedidos, tres personas, y el hoyo está entre la libreta y el Excel. Entonces lo urgente es que el pedido se capture una sola vez, ¿es así?"),
     c("Exacto, eso. Que lo capture el vendedor desde el celular y ya.", None),
     t("Para eso le sirve solo el módulo de pedidos, sin el sistema completo: 900 pesos al mes para tres usuarios. Le propongo un mes de prueba con sus datos reales; si no le baja los pedidos perdidos, no paga nada."),
     c("Novecientos... Déjeme verlo con mi socio, que él lleva las cuentas.", "think_it_over"),
     t("Claro. ¿Le mando la propuesta por escrito hoy y el jueves nos conectamos los tres veinte minutos para resolver las dudas de su socio?"),
     c("Órale, el jueves en la mañana está bien.", None)],
    [_o,
     t("Buenas tardes, qué gusto. Antes que nada, ¿cuál es su visión de éxito para su empresa? Le platico: somos líderes en ERP en el norte del país, más de quinientos clientes, y el sistema integra inventario, contabilidad, nómina, facturación, CRM e inteligencia de negocio en una sola plataforma en la nube."),
     c("Ah, bueno, pues yo nomás quería lo de los pedidos que se...", None),
     t("Sí, claro, los pedidos también, todo está integrado. Usted ve en un tablero en tiempo real cómo va su negocio, tiene reportes automáticos, alertas de inventario mínimo, todo desde el celular. Y la implementación incluye capacitación para todo su personal y soporte 24/7."),
     c("Ajá... ¿y eso cuánto cuesta, más o menos?", None),
     t("La licencia empresarial está en 7,500 pesos al mes más la implementación, pero piense en el retorno: nuestros clientes reportan 30% más de productividad. No le vendemos un software, le vendemos una experiencia y una relación de largo plazo. ¿Ya le comenté que trae módulo de recursos humanos?"),
     c("Siete mil quinientos al mes no los tengo, joven. Yo facturo poquito.", "no_money"),
     t("Lo entiendo perfectamente, por eso manejamos financiamiento a 18 meses. Y fíjese que el módulo de nómina le ahorra el contador. Le voy a mandar una presentación de cuarenta láminas con todos nuestros casos de éxito, ¿sí?"),
     c("Mándemela si quiere. Ahorita ando ocupado, luego la veo.", "brush_off")]))

# 3. closing_as_open_question -- Bogotá, car insurance, usted
_o = c("Buenos días. Acabo de comprar un carro usado y me dijeron que tengo que sacar seguro, pero no entiendo bien qué cubre cada uno.", None)
PAIRS.append(gpair(
    "esb3g_bogota_seguro_carro", "car insurance agency, Bogotá, Colombia", "closing_as_open_question",
    "A woman in Bogotá who just bought a used car asks an insurance adviser what the policies cover; she is also getting quotes elsewhere.",
    [_o,
     t("Buenos días, con mucho gusto le explico. Primero, ¿el carro para qué lo usa? ¿Para ir al trabajo, para salir de Bogotá?"),
     c("Para el trabajo, de Suba a Chapinero, todos los días. Y de vez en cuando a Villeta el fin de semana.", None),
     t("¿Y en la noche dónde lo deja? ¿Tiene parqueadero?"),
     c("Sí, en el conjunto hay parqueadero cubierto. Lo que me da miedo es un choque y que me toque pagarle al otro.", None),
     t("Entonces lo que más le preocupa es la responsabilidad civil, los daños a terceros, y el robo pesa menos porque lo guarda cubierto. Hay una póliza básica con terceros y asistencia en vía por 95 mil al mes, y una completa por 160 mil. Con su uso, la básica le cubre lo que me dice."),
     c("Mmm, la completa sí se me sale. Igual estoy cotizando en otras dos aseguradoras.", "think_it_over"),
     t("Me parece bien que compare. Le mando las dos cotizaciones por correo con lo que cubre cada una, para que las ponga lado a lado. ¿Le marco el viernes para resolver dudas?"),
     c("Sí, el viernes después de las cinco, por favor.", None)],
    [_o,
     t("Buenos días, qué bueno que nos buscó. Cuénteme, ¿qué tan pronto quiere estar protegida, hoy mismo o mañana?"),
     c("Eh, no sé, primero quería entender qué cubre cada uno.", None),
     t("Claro que sí. Tenemos el Todo Riesgo Plus, que cubre todo. Y dígame, ¿con qué tarjeta le gustaría pagar la primera cuota, débito o crédito?"),
     c("Espere, ni me ha dicho cuánto vale.", None),
     t("Son 185 mil mensuales, una inversión en su tranquilidad. ¿Qué necesitaría ver para que firmemos la póliza hoy?"),
     c("Uy, 185 mil es harto. Yo quería algo de terceros nada más, y me dijeron que por menos de cien lo consigo.", "too_expensive"),
     t("Entiendo, pero ¿cuánto vale para usted la tranquilidad de su familia? ¿A qué correo le envío la póliza para que quede activa ya?"),
     c("A ninguno todavía. Voy a comparar con las otras aseguradoras y le aviso.", "think_it_over"),
     t("Perfecto. ¿Y qué tendría que pasar para que nos escoja a nosotros hoy mismo y no a ellos?"),
     c("Que me deje de presionar, señor. Hasta luego.", None)]))

# 4. closing_as_open_question -- Lima, gym, WhatsApp chat, tú
_o = c("hola buenas noches, queria info de precios, quiero volver a entrenar pero tuve una lesion de rodilla hace unos meses", None)
PAIRS.append(gpair(
    "esb3g_lima_gimnasio", "gym chain (WhatsApp sales chat), Lima, Peru", "closing_as_open_question",
    "A young man in Lima messages a gym on WhatsApp for prices; he wants to train again after a knee injury and is short of money.",
    [_o,
     t("Hola, buenas noches! Claro, te paso precios. Antes cuentame de la rodilla: ya te dio de alta el traumatologo? Y que te gustaria lograr?"),
     c("si ya me dieron de alta, hice terapia. quiero bajar unos kilos y fortalecer la pierna sin volver a lesionarme", None),
     t("Perfecto. A que hora podrias venir normalmente? Tenemos sede en Miraflores y en Surco"),
     c("en las mañanas temprano antes de chambear. vivo en surco", None),
     t("Entonces te va Surco, abre 5:30. El mensual es 159 soles, el trimestral sale 129 al mes. Yo empezaria con el mensual + 2 sesiones con el fisio (incluidas) para armar una rutina q cuide la rodilla"),
     c("mmm 159 esta caro, en el gym de mi barrio pagaba 90", "too_expensive"),
     t("Te entiendo. La diferencia es el fisio y el seguimiento, q para tu rodilla vale. Si quieres probar antes te doy pase de 3 dias gratis esta semana y decides tranqui. Te sirve?"),
     c("ya eso si. el jueves voy", None)],
    [_o,
     t("Hola, buenas noches!! Que bueno que quieras volver. Dime, que te motiva mas a empezar HOY mismo: bajar de peso o verte mejor?"),
     c("las dos cosas creo, pero primero queria saber precios y si es seguro con mi rodilla", None),
     t("Claro! La rodilla la vemos aca, tranqui. Dime, que plan te acomoda mas, el anual VIP o el semestral?"),
     c("nose, cuanto es el mensual?", None),
     t("El mensual es 189, pero el anual te sale a 99 al mes, un ahorrazo. Como te gustaria pagarlo, en una cuota o en tres?"),
     c("uff no tengo para pagar un año de golpe, recien estoy volviendo a chambear", "no_money"),
     t("Te entiendo, por eso va en 3 cuotas sin intereses. Que necesitarias para empezar mañana mismo?"),
     c("q alguien me diga si puedo entrenar con la rodilla, eso te pregunte al inicio", None),
     t("Obvio, tenemos entrenadores buenazos. Entonces, a que correo te mando el contrato del anual?"),
     c("a ninguno. ya veo otro gym", None)]))

# 5. pitch_as_paraphrase -- Buenos Aires, mobile plan, vos / usted
_o = c("Hola, querido. Mirá, me vino la factura del celular carísima este mes y no entiendo por qué.", None)
PAIRS.append(gpair(
    "esb3g_buenosaires_factura_celular", "mobile phone shop, Buenos Aires, Argentina", "pitch_as_paraphrase",
    "A retired woman in Buenos Aires comes into a phone shop because her bill went up; she uses the phone for WhatsApp with her grandchildren and to call her sister.",
    [_o,
     t("Hola, ¿cómo le va? A ver, ¿me deja ver la factura así vemos juntos de dónde sale el aumento?"),
     c("Sí, acá la tengo. Yo uso el teléfono para el WhatsApp con mis nietos y para llamar a mi hermana, nada más.", None),
     t("Mire, acá está: el aumento es un paquete de datos extra que se activó solo cuando se le terminaron los datos, el día 20. ¿Usted hace videollamadas con los nietos?"),
     c("Y sí, los domingos, una hora más o menos. ¿Eso gasta mucho?", None),
     t("Bastante, sí. O sea que usted usa WhatsApp, la videollamada del domingo y llamadas a su hermana, y lo que le subió la factura es ese paquete automático, ¿es así?"),
     c("Exacto, eso. Yo no pedí ningún paquete.", None),
     t("Se lo desactivo ahora mismo, y le muestro cómo hacer la videollamada con el wifi de su casa, que no gasta datos. Con eso su plan actual le alcanza, no hace falta cambiarlo. ¿Le parece?"),
     c("¡Ay, sí, qué alivio! Mostrame cómo es lo del wifi.", None)],
    [_o,
     t("Hola, ¿cómo le va? Contame, ¿cómo usa el celular en su día a día?"),
     c("Para el WhatsApp con mis nietos y llamar a mi hermana, nada más. Pero la factura me vino carísima.", None),
     t("Entonces, si entendí bien, lo que usted necesita es nuestro plan Ilimitado 30 gigas a 18.900 por mes, ¿es así?"),
     c("No, no, yo no dije eso. Yo quiero pagar menos, no más.", "no_need"),
     t("Claro, lo que escucho es que usted no quiere más sorpresas, o sea un plan sin límites, que es el Ilimitado. Y por lo de sus nietos, necesita un teléfono con buena cámara, ¿le entendí bien? El Galaxy nuevo está en 24 cuotas."),
     c("Querido, mi teléfono anda bárbaro. Lo que quiero saber es por qué me cobraron de más.", "no_need"),
     t("Perfecto, entonces resumiendo: usted busca tranquilidad, y la tranquilidad es el Ilimitado con el equipo nuevo. ¿Lo dejamos armado?"),
     c("No me entendés nada, nene. Dejá, me voy a otra sucursal.", None)]))

# 6. pitch_as_paraphrase -- Santiago de Chile, bank, tú
_o = c("Hola, buenas. Tengo un carro de sopaipillas y empanadas y la gente me pide pagar con tarjeta, po. Quería ver qué opciones hay.", None)
PAIRS.append(gpair(
    "esb3g_santiago_cobro_tarjeta", "bank branch (small-business accounts), Santiago, Chile", "pitch_as_paraphrase",
    "A street-food vendor in Santiago asks a bank executive how to take card payments; his accountant scolds him for mixing business and personal money.",
    [_o,
     t("Hola, buenas. ¿Cuánto vendes más o menos al día, y hoy cómo recibes la plata?"),
     c("Unas 150 lucas en un día bueno. Casi todo efectivo y algunas transferencias a mi cuenta personal, y el contador me reta porque mezclo todo.", None),
     t("Entonces son dos cosas: cobrar con tarjeta en la calle, y separar la plata del negocio de la tuya para que el contador no te rete. ¿Eso es?"),
     c("Eso, tal cual.", None),
     t("Para lo primero te sirve un lector chico que va con el celular: cobra 2,9% por venta y no tiene arriendo mensual. Para lo segundo, una cuenta vista emprendedor, sin mantención el primer año. ¿Quieres probar el lector un mes antes de abrir la cuenta?"),
     c("Ya, pero el 2,9 igual es harto para mí. ¿No hay algo más barato?", "too_expensive"),
     t("Con débito es 1,5%, y la mayoría de tus clientes paga con débito. Te hago una simulación con los números de un día bueno y la conversas con tu contador antes de decidir."),
     c("Ya, bacán. Mándamela al correo.", None)],
    [_o,
     t("¡Hola! Qué buena que te acerques. Cuéntame, ¿cómo te imaginas tu negocio en cinco años?"),
     c("Eh... no sé, po. Ahora quiero cobrar con tarjeta, nomás.", None),
     t("Entonces lo que tú necesitas es nuestra Cuenta Pyme Full con línea de crédito y seguro de desgravamen, ¿cierto?"),
     c("No, yo no hablé de crédito. Quiero un lector de tarjetas.", "no_need"),
     t("Claro, te escucho: lo que me dices es que quieres crecer, y para crecer necesitas la Cuenta Pyme Full con la tarjeta de crédito empresa, ¿te entendí bien?"),
     c("No me entendiste. ¿Y cuánto cuesta esa cuenta?", None),
     t("La mantención es de 0,35 UF al mes. Si resumo lo que conversamos: buscas un banco que te acompañe, y eso es la Cuenta Full con el crédito preaprobado de cinco millones, ¿es eso?"),
     c("No po, yo no quiero deberle al banco. Mi papá quedó endeudado con un crédito así y perdió el local.", "bad_experience"),
     t("Te entiendo perfecto. Entonces lo que necesitas es tranquilidad financiera, que es justo lo que te da la Cuenta Full. ¿Te la dejo abierta?"),
     c("Gracias, pero voy a ver en otro lado.", "brush_off")]))

# 7. upsell_as_loop_closing -- Cancún, hotel, usted
_o = c("Buenas noches. Tenemos reservación a nombre de Ortega. Venimos muertos, el vuelo se retrasó cuatro horas.", None)
PAIRS.append(gpair(
    "esb3g_cancun_hotel_llegada", "beach hotel front desk, Cancún, Mexico", "upsell_as_loop_closing",
    "A tired couple check in near midnight at a Cancún hotel after a four-hour flight delay; they only want their room, water and breakfast times.",
    [_o,
     t("Buenas noches, señor Ortega, bienvenidos. Qué pesadilla lo del vuelo. Ya tengo su reservación: cama king, tres noches. ¿Es correcto?"),
     c("Sí, eso. ¿A qué hora es el desayuno? Mañana queremos dormir.", None),
     t("El desayuno es de 7 a 11:30, así que pueden dormir tranquilos. ¿Necesitan algo esta noche, agua, algo de cenar?"),
     c("Agua sí, y si hay algo de cenar a esta hora...", None),
     t("El room service está abierto hasta la una. Les mando la carta a la habitación y dos botellas de agua de cortesía. ¿Quieren que avise que no los molesten mañana con la limpieza?"),
     c("Sí, por favor, hasta medio día. Muchas gracias.", None),
     t("Listo. El elevador está a la derecha, habitación 512. Cualquier cosa, marquen el cero."),
     c("Gracias, señorita, que descanse.", None)],
    [_o,
     t("Buenas noches, bienvenidos. Ya tengo su reservación, cama king, tres noches. Antes de cerrar, ¿qué más puedo agregar para que su experiencia sea perfecta? Tenemos upgrade a suite con vista al mar por solo 90 dólares la noche."),
     c("No, gracias, con la habitación estamos bien. Solo queremos dormir.", "no_need"),
     t("Claro. Y para cerrar el círculo, ¿qué más les puedo sumar? ¿El paquete de spa para pareja? Tiene 20% de descuento para huéspedes."),
     c("No, de verdad. Son casi las doce de la noche.", "no_time"),
     t("Entendido. Solo para asegurarme de que tengan todo: ¿les agrego el todo incluido premium? Son 65 dólares por persona al día y ya no se preocupan por nada."),
     c("¿Podemos subir a la habitación, por favor? ¿A qué hora es el desayuno?", None),
     t("De 7 a 11:30. ¿Y algo más que les pueda ofrecer? ¿La cena romántica en la playa para mañana? Se agota rápido."),
     c("Señorita, ya le dije que no. Nomás denos la llave.", "no_need")]))

# 8. upsell_as_loop_closing -- Sevilla, hardware store, tú
_o = c("Buenas, mira, el grifo de la cocina gotea y quiero arreglarlo yo. ¿Qué me llevo?", None)
PAIRS.append(gpair(
    "esb3g_sevilla_ferreteria_grifo", "neighbourhood hardware store, Seville, Spain", "upsell_as_loop_closing",
    "A man in Seville wants to fix a dripping kitchen tap himself and asks what part to buy.",
    [_o,
     t("Buenas. ¿Gotea por el caño o por la base, donde la maneta?"),
     c("Por el caño, gota a gota, toda la noche. Es un monomando de hace diez años o así.", None),
     t("Entonces casi seguro es el cartucho. ¿Te has traído el viejo o sabes la marca?"),
     c("Pues no, no lo he desmontado todavía. Tengo una foto, mira.", None),
     t("Por la foto es un cartucho de 35 milímetros, 12 euros. Llévatelo, y si al desmontar no es ese, me lo traes con el tique y te lo cambio."),
     c("Ah, pues genial. ¿Hace falta alguna herramienta rara?", None),
     t("Una llave Allen pequeña y una inglesa. ¿Tienes en casa?"),
     c("Sí, de eso tengo. Venga, me llevo el cartucho.", None)],
    [_o,
     t("Buenas, ¿qué tal? Cuéntame qué necesitas."),
     c("Eso, que el grifo de la cocina gotea y quiero arreglarlo yo.", None),
     t("Vale, pues un cartucho, 12 euros. Y para cerrar bien, ¿qué más te pongo? Con un grifo de hace años lo suyo es cambiarlo entero; tengo este monomando extraíble por 89."),
     c("No, no, el grifo está bien, solo gotea. Con el cartucho me apaño.", "no_need"),
     t("Perfecto. ¿Algo más que te pueda añadir para que la experiencia sea redonda? El kit de fontanería, 45 euros, que siempre hace falta."),
     c("Herramientas tengo en casa, gracias.", "no_need"),
     t("Genial. Y para no dejarme nada: ¿te añado el filtro antical? Con el agua de aquí los grifos se mueren. Son 29,90."),
     c("Mira, que acabo de pagar la luz y no estoy para gastos. Cóbrame el cartucho y ya.", "no_money"),
     t("Claro. ¿Y alguna otra cosita que te pueda sumar hoy? Tenemos oferta en pilas."),
     c("Que no, hombre. El cartucho.", "no_need")]))

# 9. leading_tag_questions -- Los Altos de Jalisco, tractor dealer (farming), usted
_o = c("Buenas, vengo a ver tractores. El mío ya tiene sus añitos y se me descompone cada rato.", None)
PAIRS.append(gpair(
    "esb3g_jalisco_tractor", "farm machinery dealer, Tepatitlán (Los Altos de Jalisco), Mexico", "leading_tag_questions",
    "A small maize grower with 15 rain-fed hectares visits a tractor dealer because his old tractor keeps breaking down; money is tight.",
    [_o,
     t("Buenas, pásele. ¿Cuántas hectáreas trabaja y qué siembra?"),
     c("Quince hectáreas de maíz, de temporal. Y a veces le barbecho a un vecino.", None),
     t("¿Y qué se le descompone al suyo, el motor, la hidráulica?"),
     c("La hidráulica, y ya no hallo refacciones. Pero tampoco traigo para uno nuevo de esos grandotes, eh.", "no_money"),
     t("Con quince hectáreas no necesita uno grande; uno de 60 caballos le sobra. Hay nuevos y seminuevos revisados con seis meses de garantía. ¿Cómo anda de presupuesto, o pensaba financiarlo?"),
     c("Pues pensaba en unos 300 mil, y algo a crédito si se puede pagar después de la cosecha.", None),
     t("Con eso alcanza un seminuevo de 60 caballos, este 2019 en 340 mil, y el crédito se paga a cosecha. ¿Quiere venir el sábado a probarlo en el terreno?"),
     c("Este sábado no se va a poder, andamos en la siembra. Pero el otro sábado sí vengo con mi hijo, que él es el que lo va a manejar.", "no_time")],
    [_o,
     t("Buenas, pásele. Usted quiere un tractor que le dure, ¿verdad que sí?"),
     c("Pues sí, claro. El mío se me descompone cada rato.", None),
     t("Y no quiere volver a batallar con refacciones, ¿o sí? Por eso lo mejor es este de 110 caballos, el más nuevo, ¿no cree?"),
     c("Pues está bonito, pero yo nomás tengo quince hectáreas. ¿Para qué tanto tractor?", "no_need"),
     t("Pero usted va a querer crecer, ¿no? Nadie se queda con quince hectáreas toda la vida, ¿verdad? Y su familia se merece lo mejor, ¿a poco no?"),
     c("Pues sí, pero ¿cuánto cuesta ese?", None),
     t("1.2 millones, pero con el crédito es una mensualidad cómoda. Es una buena inversión, ¿verdad que sí? Usted es un hombre que sabe lo que vale, ¿no?"),
     c("No, señor, eso es un dineral. Yo con trescientos mil apenas la armo.", "no_money"),
     t("Bueno, pero vale más endeudarse un poquito y tener lo mejor, ¿no le parece?"),
     c("Ya me endeudé una vez con una camioneta y casi pierdo el rancho. Mejor me voy a ver seminuevos.", "bad_experience")]))

# 10. leading_tag_questions -- San Juan, Puerto Rico, electronics store, tú
_o = c("Hola, estoy buscando una laptop pa' la universidad. Estudio enfermería y los exámenes son online.", None)
PAIRS.append(gpair(
    "esb3g_sanjuan_laptop", "electronics store, San Juan, Puerto Rico", "leading_tag_questions",
    "A nursing student in San Juan looks for a laptop for classes and locked-down online exams, with a budget of about 600 dollars.",
    [_o,
     t("¡Hola! Buenísimo. ¿Qué te pide la universidad? ¿Te dieron alguna lista de requisitos?"),
     c("Sí, webcam, ocho de RAM mínimo y que corra el programa ese de exámenes que te bloquea la pantalla. Y que la batería dure, porque en el hospital no hay dónde enchufar.", None),
     t("¿Y qué presupuesto tienes en mente?"),
     c("Como 600, máximo. Eso es lo que me queda de la beca Pell.", None),
     t("Pues mira esta de 549: ocho de RAM, webcam HD y unas nueve horas de batería, y está en la lista de compatibles del programa de exámenes, te la enseño. ¿La quieres probar?"),
     c("Déjame ver el teclado... Ok, está bien. ¿Y la garantía extendida que me ofrecieron en otra tienda vale la pena?", None),
     t("Para una laptop que vas a cargar al hospital, la de accidentes puede valer: 79 por dos años. Pero no es obligatoria; tienes 30 días para añadirla si quieres."),
     c("Ok, me llevo la laptop y lo de la garantía lo pienso.", "think_it_over")],
    [_o,
     t("¡Hola! Para la universidad tú quieres lo mejor, ¿verdad? Esta es la de 1,299, la más rápida. Se siente premium, ¿no?"),
     c("Está brutal, pero no sé... yo solo necesito algo pa' clases y exámenes.", "no_need"),
     t("Claro, pero tú no quieres que se te congele en medio de un examen, ¿verdad? Y vas a querer que te dure toda la carrera, ¿no es así?"),
     c("Sí, obvio, pero mi presupuesto es 600. No tengo más.", "no_money"),
     t("Pero la educación es una inversión, ¿no crees? Y con el plan de pagos son solo 60 al mes, eso no es nada, ¿verdad?"),
     c("Pa' mí sí es algo, mija. Ya tengo el préstamo estudiantil encima.", "no_money"),
     t("Entiendo. Pero la garantía extendida sí te la vas a llevar, ¿verdad? Porque nadie quiere perder su laptop, ¿cierto?"),
     c("Mira, lo voy a pensar y a lo mejor vuelvo con mi mamá.", "think_it_over")]))

"""Ranked pairs f01-f10 (same turns except one fault in `worse` and the customer's reaction), written by hand for es_blind72."""
from common import c, rpair, t

# ---------------------------------------------------------------------------
# f01 Calbuco / Puerto Montt, cabo para cultivo de choritos - fault: drops the price before asking anything
_f01_open = c("Buenas, necesito cotizar cabo pa long-line, pa los choritos. Unos dos mil metros.", None)
_f01_t1 = t("Buenas. ¿Qué diámetro usa, y es para línea madre o para las cuelgas?")
_f01_c1 = c("Línea madre, de veintidós milímetros. El que tenía se me cortó en el temporal de junio, se me fue una línea "
            "entera al fondo.", None)
_f01_t2_better = t("Uf, qué pérdida. ¿Dónde se cortó, en el amarre con la boya o en el medio? ¿Y era de polipropileno?")
_f01_c2_better = c("En el amarre, con la boya. Sí, polipropileno, el más barato que había.", None)
_f01_t2_worse = t("Ya. Mire, para que no se vaya a otro lado, le hago altiro un quince por ciento de descuento sobre la "
                  "lista, y si lleva los dos mil metros, un veinte.")
_f01_c2_worse = c("Ah… ¿y por qué tanto descuento? ¿Está malo el cabo o qué? Mire, el que tenía se cortó en el amarre, con "
                  "la boya, no quiero que me pase lo mismo.", None)
_f01_t3 = t("Si se corta en el amarre, lo que falla es el roce. Le recomiendo polipropileno para el tramo largo y poliéster "
            "trenzado solo en los amarres, con guardacabo. Así no paga poliéster en los dos mil metros.")
_f01_c3 = c("Eso me hace sentido. ¿Y el poliéster cuánto más sale?", None)
_f01_t4 = t("Como el doble por metro, pero en los amarres son unos cien metros en total, así que el total sube poco. Le "
            "mando hoy por WhatsApp la cotización con las dos opciones.")

F01 = rpair(
    "esb72r_f01_calbuco_cabo_choritos",
    "Un mitilicultor de Calbuco llama a un proveedor de cabos y boyas de Puerto Montt para reponer la línea madre de su cultivo de choritos.",
    # fault in worse: offers 15-20% off before asking anything; the customer gets suspicious of the product
    [_f01_open, _f01_t1, _f01_c1, _f01_t2_better, _f01_c2_better, _f01_t3, _f01_c3, _f01_t4],
    [_f01_open, _f01_t1, _f01_c1, _f01_t2_worse, _f01_c2_worse, _f01_t3, _f01_c3, _f01_t4],
)

# ---------------------------------------------------------------------------
# f02 Independencia (Santiago), internet para videollamadas - fault: unexplained jargon
_f02_open = c("Hola, mijito. Quiero poner internet en la casa, pa hablar con mis nietos que están en Canadá por "
              "videollamada. Vivo sola en Independencia.", None)
_f02_t1 = t("Hola, señora. Qué bonito, hablar con los nietos. ¿Hoy usa el celular para eso, o un computador? ¿Y alguien "
            "más usaría el internet en la casa?")
_f02_c1 = c("El celular, con los datos, pero se corta a cada rato y se me acaban los gigas. Nadie más, yo sola.", None)
_f02_t2_better = t("Entonces con el plan más básico de internet a la casa le sobra: le instalan un aparatito, y con eso el "
                   "celular se conecta solo cuando está en la casa, sin gastar sus datos. Las videollamadas no se le van a cortar.")
_f02_c2_better = c("Ah, ¿y el aparatito ese lo instalan ustedes? Porque yo de cables no entiendo nada.", None)
_f02_t2_worse = t("Entonces le va el plan de cuatrocientos megas simétricos por fibra FTTH, con ONT y router dual band "
                  "incluidos, y con wifi 6 tiene cobertura en toda la casa.")
_f02_c2_worse = c("¿Cómo? No le entendí nada, mijito. ¿Eso lo instalan ustedes? Porque yo de cables no entiendo nada.", None)
_f02_t3 = t("Sí, el técnico va a la casa, lo deja funcionando y le conecta el celular antes de irse. Si quiere, le deja "
            "probando una videollamada. Son dieciséis mil novecientos al mes.")
_f02_c3 = c("Ya, eso sí. ¿Y cuándo pueden ir?", None)
_f02_t4 = t("El jueves en la mañana. Dejo anotado que el técnico la llame media hora antes de llegar.")

F02 = rpair(
    "esb72r_f02_independencia_internet_abuela",
    "Una señora que vive sola en Independencia llama a una compañía de internet para poder hacer videollamadas con sus nietos en Canadá.",
    # fault in worse: technical jargon with no explanation; the customer is lost
    [_f02_open, _f02_t1, _f02_c1, _f02_t2_better, _f02_c2_better, _f02_t3, _f02_c3, _f02_t4],
    [_f02_open, _f02_t1, _f02_c1, _f02_t2_worse, _f02_c2_worse, _f02_t3, _f02_c3, _f02_t4],
)

# ---------------------------------------------------------------------------
# f03 Bariloche, clases de esquí - fault: over-promises
_f03_open = c("Hola, ¿qué tal? Queremos clases de esquí para mi novia, nunca esquió. Tenemos cuatro días en Bariloche.", None)
_f03_t1 = t("Hola, bienvenidos. ¿Ella hace algún deporte, patina, anda en bici? ¿Y vos esquiás?")
_f03_c1 = c("Yo esquío un poco. Ella sale a correr, pero le tiene miedo a la velocidad, esa es la verdad.", None)
_f03_t2_better = t("Perfecto, que corra le ayuda. Con cuatro días, lo realista es que con dos clases privadas ya baje sola "
                   "las pistas verdes, frenando y girando tranquila. Las azules, según cómo se sienta; no la vamos a apurar.")
_f03_c2_better = c("Bien, eso me gusta, que no la apuren. ¿Y cuánto salen las privadas?", None)
_f03_t2_worse = t("Perfecto. Con nuestro método, en cuatro días la tenés bajando desde la cumbre del Catedral con vos, te "
                  "lo garantizo. Todos nuestros alumnos terminan en las rojas.")
_f03_c2_worse = c("¿Desde la cumbre? Mmm… ella le tiene miedo a la velocidad, no quiero que la apuren. ¿Y cuánto salen "
                  "las privadas?", None)
_f03_t3 = t("La privada de dos horas sale $140.000, con Julia, una instructora que trabaja mucho con gente que tiene "
            "miedo. Les recomiendo la primera bien temprano, que la pista escuela está vacía.")
_f03_c3 = c("Ok. Reservame una para mañana a las nueve, y según cómo le vaya vemos la otra.", None)
_f03_t4 = t("Listo, mañana a las nueve en la base, al lado de la boletería. Que traiga guantes y antiparras; el resto lo "
            "alquilan ahí.")

F03 = rpair(
    "esb72r_f03_bariloche_clases_esqui",
    "Un turista pide clases de esquí en una escuela del Cerro Catedral para su novia, que nunca esquió y le tiene miedo a la velocidad.",
    # fault in worse: guarantees she will ski from the summit in four days; the customer is put off
    [_f03_open, _f03_t1, _f03_c1, _f03_t2_better, _f03_c2_better, _f03_t3, _f03_c3, _f03_t4],
    [_f03_open, _f03_t1, _f03_c1, _f03_t2_worse, _f03_c2_worse, _f03_t3, _f03_c3, _f03_t4],
)

# ---------------------------------------------------------------------------
# f04 Neuquén, auto usado en parte de pago - fault: doubts the customer's honesty
_f04_open = c("Buenas. Quería ver cuánto me toman mi auto en parte de pago. Es un Gol Trend 2016, tiene ciento veinte mil "
              "kilómetros.", None)
_f04_t1 = t("Buenas. Dale, lo miramos. ¿Qué te querés llevar, algo en particular? ¿Y el Gol tiene los service al día?")
_f04_c1 = c("Un Cronos o algo así, más grande, porque viene un bebé. El Gol tiene todos los service en la concesionaria, "
            "tengo los papeles acá.", None)
_f04_t2_better = t("Buenísimo, con los service en concesionaria lo tasamos mejor. Veo un raspón en la puerta de atrás, "
                   "¿tuvo algún choque?")
_f04_c2_better = c("Ese raspón es de un estacionamiento, nada más. Choque nunca tuvo.", None)
_f04_t2_worse = t("Mirá, te digo de entrada: con ciento veinte mil kilómetros seguro que algo tiene, a mí no me vas a decir "
                  "que nunca lo chocaste. Y papeles de service consigue cualquiera.")
_f04_c2_worse = c("¿Me estás diciendo mentiroso? Nunca tuvo un choque, ese raspón es de un estacionamiento. Si querés, "
                  "revisalo.", None)
_f04_t3 = t("Lo revisa el mecánico ahora, son veinte minutos, y con eso te doy un número firme. Mientras, te muestro el "
            "Cronos que entró la semana pasada.")
_f04_c3 = c("Dale. Pero te aviso que en otra concesionaria me ofrecieron bastante por el Gol, así que lo voy a comparar.", "think_it_over")
_f04_t4 = t("Está bien que compares. Te doy el número por escrito y lo llevás a donde quieras.")

F04 = rpair(
    "esb72r_f04_neuquen_usado_parte_pago",
    "Un hombre que espera un bebé quiere entregar su auto en parte de pago en una concesionaria de Neuquén para llevarse uno más grande.",
    # fault in worse: doubts his word about the car and his papers; the customer takes offence
    [_f04_open, _f04_t1, _f04_c1, _f04_t2_better, _f04_c2_better, _f04_t3, _f04_c3, _f04_t4],
    [_f04_open, _f04_t1, _f04_c1, _f04_t2_worse, _f04_c2_worse, _f04_t3, _f04_c3, _f04_t4],
)

# ---------------------------------------------------------------------------
# f05 Concepción, devolución de un taladro - fault: argues with the customer
_f05_open = c("Hola. Vengo a devolver este taladro, lo compré el sábado y no perfora el hormigón. Acá está la boleta.", None)
_f05_t1 = t("Hola, buenas. A ver… ¿qué broca usó, y lo tenía en la posición de percutor, la del martillito?")
_f05_c1 = c("Usé la broca que venía, y no sé cuál es la del martillito. Estuve una hora y no le hizo nada al muro.", None)
_f05_t2_better = t("Ya, entonces puede ser eso: la broca que viene es para madera y metal; para hormigón va una de widia, y "
                   "el selector en el martillo. No es que usted lo haya hecho mal, nadie lo explica. ¿Lo probamos aquí en "
                   "el bloque de muestra?")
_f05_c2_better = c("Ya, probemos. Pero si no funciona me lo cambian.", None)
_f05_t2_worse = t("No, señor, el taladro no está malo. El problema es que usted no sabe usarlo. Usó broca de madera en "
                  "hormigón, eso no funciona nunca, y no le voy a recibir un taladro bueno.")
_f05_c2_worse = c("Oiga, yo no vine a que me retaran. Si no funciona me lo cambian, para eso tengo la boleta.", None)
_f05_t3 = t("Probémoslo ahora en el bloque de muestra, con broca de widia y el selector en martillo. Si no perfora, se lo "
            "cambiamos al tiro.")
_f05_c3 = c("Ya… ahí sí perfora. Entonces era la broca no más.", None)
_f05_t4 = t("Era la broca. Se la dejo a dos mil ochocientos la de seis milímetros, y le marco el selector con un punto rojo "
            "para que no se confunda.")

F05 = rpair(
    "esb72r_f05_concepcion_devolucion_taladro",
    "Un cliente vuelve a una ferretería de Concepción a devolver un taladro que, según él, no perfora el hormigón.",
    # fault in worse: argues and tells him he does not know how to use it; the customer bristles
    [_f05_open, _f05_t1, _f05_c1, _f05_t2_better, _f05_c2_better, _f05_t3, _f05_c3, _f05_t4],
    [_f05_open, _f05_t1, _f05_c1, _f05_t2_worse, _f05_c2_worse, _f05_t3, _f05_c3, _f05_t4],
)

# ---------------------------------------------------------------------------
# f06 Coyhaique, leña seca para el invierno - fault: vague next step
_f06_open = c("Buenas tardes. Necesito leña pa'l invierno, unos diez metros. ¿Tienen seca?", None)
_f06_t1 = t("Buenas tardes. Sí. ¿Para qué la usa, combustión lenta o cocina? ¿Y tiene dónde guardarla bajo techo?")
_f06_c1 = c("Para una combustión lenta. Tengo leñera techada, caben como doce metros. El año pasado le compré a uno en la "
            "calle y estaba verde, se me llenó el cañón de hollín.", None)
_f06_t2 = t("Esta es lenga seca, bajo veinticinco por ciento de humedad; se la medimos con el higrómetro delante suyo. Diez "
            "metros son cuatrocientos veinte mil, con despacho.")
_f06_c2 = c("Ya, está bien. ¿Cuándo me la traen?", None)
_f06_t3_better = t("El camión va a su sector el martes, entre las nueve y la una. Lo llamo el lunes en la tarde para "
                   "confirmarle la hora exacta. ¿Me da la dirección?")
_f06_c3_better = c("Pasaje Los Coigües 1120, población Clotario Blest. El martes estoy todo el día.", None)
_f06_t3_worse = t("Eso depende de los camiones, pero más o menos pronto. Nosotros le avisamos.")
_f06_c3_worse = c("¿Cómo que más o menos pronto? Necesito saber el día, yo trabajo. Bueno… anote: Pasaje Los Coigües 1120, "
                  "población Clotario Blest.", None)
_f06_t4 = t("Anotado. Y cuando llegue, mida la humedad con el camionero antes de firmar la guía.")

F06 = rpair(
    "esb72r_f06_coyhaique_lena_seca",
    "Un vecino de Coyhaique compra diez metros de leña seca para su estufa de combustión lenta en una leñería certificada.",
    # fault in worse: no day, no time, 'we will let you know'; the customer has to chase it
    [_f06_open, _f06_t1, _f06_c1, _f06_t2, _f06_c2, _f06_t3_better, _f06_c3_better, _f06_t4],
    [_f06_open, _f06_t1, _f06_c1, _f06_t2, _f06_c2, _f06_t3_worse, _f06_c3_worse, _f06_t4],
)

# ---------------------------------------------------------------------------
# f07 Viña del Mar, seguro de viaje a Mendoza - fault: an unasked lecture
_f07_open = c("hola, necesito un seguro de viaje pa ir a mendoza en auto, 5 dias, somos 2", None)
_f07_t1 = t("Hola! Claro. ¿Qué fechas viajan, y alguno tiene alguna enfermedad o toma remedios?")
_f07_c1 = c("del 14 al 19. mi pareja es asmatica pero controlada, usa inhalador", None)
_f07_t2_better = t("Ok. Hay planes que no cubren enfermedades preexistentes; te recomiendo uno que cubre crisis agudas de "
                   "preexistencias hasta USD 1.000, así si le da una crisis en Mendoza la urgencia queda cubierta.")
_f07_c2_better = c("perfecto, eso justo me preocupaba. cuanto sale y como pago?", None)
_f07_t2_worse = t("Ok. Antes te comento: el asma es una de las principales causas de urgencias en viajes, y con la altura "
                  "en la cordillera puede empeorar. Mucha gente no lleva el inhalador a mano y es un error grave; siempre "
                  "hay que llevar uno de repuesto y revisar el vencimiento. Eso hay que pensarlo antes de viajar.")
_f07_c2_worse = c("ya… ella sabe cuidarse, lleva años con asma. yo solo te pregunte por el seguro. cuanto sale?", None)
_f07_t3 = t("El plan que cubre crisis de preexistencias hasta USD 1.000 sale $24.800 los dos, por 5 días. Se paga con "
            "tarjeta o transferencia en el link que te mando.")
_f07_c3 = c("dale mandame el link", None)
_f07_t4 = t("Listo. Cuando pagues te llega la póliza al correo; guárdala en el celular para mostrarla en la frontera.")

F07 = rpair(
    "esb72r_f07_vinadelmar_seguro_viaje",
    "Un joven de Viña del Mar escribe a una corredora para contratar un seguro de viaje para ir en auto a Mendoza con su pareja asmática.",
    # fault in worse: a health lecture nobody asked for; the customer is annoyed
    [_f07_open, _f07_t1, _f07_c1, _f07_t2_better, _f07_c2_better, _f07_t3, _f07_c3, _f07_t4],
    [_f07_open, _f07_t1, _f07_c1, _f07_t2_worse, _f07_c2_worse, _f07_t3, _f07_c3, _f07_t4],
)

# ---------------------------------------------------------------------------
# f08 Peñalolén (Santiago), colegio particular, kínder - fault: talks about herself
_f08_open = c("Hola, buenas tardes. Quería información del colegio para mi hija, va a entrar a kínder. Nos cambiamos a "
              "Peñalolén hace poco.", None)
_f08_t1 = t("Buenas tardes, bienvenida. ¿Cómo se llama su hija, y qué es lo que más le importa a usted en un colegio?")
_f08_c1 = c("Se llama Emilia. Me importa que no sea tan académico en kínder, que jueguen, y que esté cerca, porque "
            "trabajo en Providencia y no tengo auto.", None)
_f08_t2_better = t("Ya, juego y cercanía. En kínder trabajamos por rincones, no hay tareas para la casa, y desde su sector "
                   "la micro pasa por la puerta. ¿A qué hora tendría que dejarla?")
_f08_c2_better = c("A las siete cuarenta, entro a las ocho y media a la pega.", None)
_f08_t2_worse = t("Ya. Mire, yo llevo veinte años en educación, trabajé en colegios británicos, hice un magíster en "
                  "Barcelona, y le digo que este es el mejor proyecto en que he estado. Mis propias hijas estudiaron aquí "
                  "y hoy las dos son médicas.")
_f08_c2_worse = c("Ah… qué bien. Pero, ¿en kínder juegan o es muy académico? Y yo entro a las ocho y media a la pega, la "
                  "tendría que dejar a las siete cuarenta.", None)
_f08_t3 = t("Para eso hay recepción desde las siete y media, sin costo, y en kínder el juego es la mitad del día. ¿Le "
            "gustaría venir con Emilia a conocer la sala?")
_f08_c3 = c("Sí, me gustaría. Pero el arancel, ¿cuánto es? Porque con el cambio de casa estamos apretados.", "no_money")
_f08_t4 = t("La colegiatura de kínder es de doscientos diez mil mensuales. Le doy hora para la visita, y ahí le explico "
            "también las becas que hay.")

F08 = rpair(
    "esb72r_f08_penalolen_colegio_kinder",
    "Una madre recién llegada a Peñalolén pide información en un colegio particular para la entrada a kínder de su hija.",
    # fault in worse: the admissions officer talks about her own career and daughters; the mother has to repeat her question
    [_f08_open, _f08_t1, _f08_c1, _f08_t2_better, _f08_c2_better, _f08_t3, _f08_c3, _f08_t4],
    [_f08_open, _f08_t1, _f08_c1, _f08_t2_worse, _f08_c2_worse, _f08_t3, _f08_c3, _f08_t4],
)

# ---------------------------------------------------------------------------
# f09 Cochamó, internet 4G para cabañas - fault: closes before checking it works
_f09_open = c("Hola, tengo unas cabañas en Cochamó y los turistas reclaman que no hay wifi. Me dijeron que ustedes tienen "
              "un internet con chip, sin cable.", None)
_f09_t1 = t("Hola. Sí, el plan hogar 4G: un router con chip. ¿Cuántas cabañas son, y qué señal de celular tiene allá hoy?")
_f09_c1 = c("Son cuatro cabañas. Señal… en la casa tengo una rayita, a veces dos; en el patio agarra mejor.", None)
_f09_t2_better = t("Con una o dos rayitas puede andar o no, depende de dónde ponga la antena. Antes de venderle nada, le "
                   "presto un router de prueba una semana: lo pone en el patio, prueba una videollamada, y si anda lo "
                   "contratamos. Si no anda, me lo devuelve y no paga nada.")
_f09_c2_better = c("Ah, eso me parece justo. La otra vez compré un repetidor por internet y no sirvió de nada.", None)
_f09_t2_worse = t("Perfecto, con eso le anda. Le dejo firmado el contrato a dieciocho meses y el router le llega en tres "
                  "días. ¿Me firma aquí?")
_f09_c2_worse = c("¿Y si no me anda? La otra vez compré un repetidor por internet y no sirvió de nada. No quiero quedar "
                  "amarrado dieciocho meses.", "bad_experience")
_f09_t3 = t("Lo importante es ponerlo donde más señal haya, en el patio o en altura, y de ahí llevar el wifi a las "
            "cabañas con un repetidor exterior.")
_f09_c3 = c("¿Y ese repetidor cuánto sale? Porque las cabañas están como a cuarenta metros.", None)
_f09_t4 = t("El repetidor exterior sale cuarenta y cinco mil. Primero veamos que el router agarre bien; si agarra, le "
            "cotizo el repetidor.")

F09 = rpair(
    "esb72r_f09_cochamo_internet_4g_cabanas",
    "El dueño de cuatro cabañas en Cochamó pregunta en una tienda de telefonía de Puerto Montt por internet 4G con chip para dar wifi a sus turistas.",
    # fault in worse: asks for the signature on an 18-month contract before checking the signal works there
    [_f09_open, _f09_t1, _f09_c1, _f09_t2_better, _f09_c2_better, _f09_t3, _f09_c3, _f09_t4],
    [_f09_open, _f09_t1, _f09_c1, _f09_t2_worse, _f09_c2_worse, _f09_t3, _f09_c3, _f09_t4],
)

# ---------------------------------------------------------------------------
# f10 Villa La Angostura, cabaña con perro - fault: recommends before asking
_f10_open = c("hola! queria consultar por alojamiento en villa la angostura para enero, somos una pareja con un perro", None)
_f10_t1_better = t("Hola! Gracias por escribir. ¿Qué fechas serían, y qué tamaño tiene el perro? Tenemos dos cabañas que "
                   "aceptan mascotas.")
_f10_c1_better = c("del 10 al 17 de enero. es un ovejero aleman, grande, y se escapa si no hay cerco jaja", None)
_f10_t1_worse = t("Hola! Te recomiendo nuestra cabaña Mirador, con jacuzzi y vista al lago, ideal para parejas. Está a "
                  "$160.000 la noche.")
_f10_c1_worse = c("suena lindo pero vamos con un perro grande, un ovejero aleman, y se escapa si no hay cerco. del 10 al 17 "
                  "de enero. esa acepta perros?", None)
_f10_t2 = t("Para un ovejero que se escapa, la que sirve es la cabaña Ñire: tiene el parque cerrado con cerco de metro y "
            "medio. Es más simple, sin jacuzzi, y sale $120.000 la noche. Las mascotas pagan $10.000 por estadía por la limpieza.")
_f10_c2 = c("la ñire me sirve. 7 noches son 840 mil mas los 10 del perro no? es un poco mas de lo que pensabamos", "too_expensive")
_f10_t3 = t("Sí, $850.000 en total. Si les sirve, del 11 al 17 son seis noches y queda en $730.000; o les guardo la Ñire "
            "48 horas mientras lo piensan.")
_f10_c3 = c("guardamela 48 horas porfa, lo hablo con mi novia", "think_it_over")

F10 = rpair(
    "esb72r_f10_villalaangostura_cabana_perro",
    "Un joven escribe a un complejo de cabañas de Villa La Angostura para alojarse en enero con su pareja y su perro.",
    # fault in worse: pitches the jacuzzi cabin before asking anything; the customer has to bring up the dog himself
    [_f10_open, _f10_t1_better, _f10_c1_better, _f10_t2, _f10_c2, _f10_t3, _f10_c3],
    [_f10_open, _f10_t1_worse, _f10_c1_worse, _f10_t2, _f10_c2, _f10_t3, _f10_c3],
)

PAIRS = [F01, F02, F03, F04, F05, F06, F07, F08, F09, F10]

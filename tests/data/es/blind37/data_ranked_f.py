"""esb37 ranked pairs f01-f10: both sides share every turn except one fault in worse and the customer's reaction."""
from common import c, rpair, t

N = None


def f(id, situation, before, good, bad, after):
    """better = before + good + after; worse = before + bad + after (good/bad: the trainee turn and the reaction)."""
    return rpair(id, situation, before + good + after, before + bad + after)


PAIRS = []

# f01 argues with the customer
a = [c("Buenas, ayer me alinearon aquí y la troca se sigue jalando pa' la derecha.", N),
     t("Buenas, qué mala onda. ¿Se jala todo el tiempo o nomás al frenar?"),
     c("Todo el tiempo, sobre todo en la Constitución, a 80.", N)]
z = [t("Listo: la delantera derecha traía 28 libras y las otras 35. La inflé y la alineación está en rango. Dé una vuelta y me dice."),
     c("Ya quedó derechita. Gracias.", N)]
PAIRS.append(f("esb37r_f01_monterrey_llantera_alineacion",
 "Monterrey tyre shop, a pickup still pulls after an alignment. Fault in worse: the trainee argues that his alignment was perfect and blames the road before checking.", a,
 [t("Lo reviso con usted ahorita. Puede ser la alineación o una llanta baja; si fue la alineación, se la rehago sin costo."),
  c("Órale, gracias. Aquí espero.", N)],
 [t("Pues yo mismo la alineé y quedó perfecta, la máquina no miente. Esa avenida tiene desnivel, por eso se jala."),
  c("¿O sea que me lo estoy inventando? Pues revísela, ¿no?", N)], z))

# f02 doubts the customer's honesty
a = [c("Buenos días. En mi cuenta me cobraron 640 de minibar, y nosotros ni lo abrimos.", N),
     t("Buenos días, lo revisamos. ¿Me da su número de cuarto?"),
     c("El 2207. Salimos el sábado.", N)]
z = [t("Listo, el cargo quedó en cero. Le imprimo la cuenta corregida."),
     c("Perfecto. ¿Me la manda también por correo?", N),
     t("Sí, al correo del registro. Buen viaje.")]
PAIRS.append(f("esb37r_f02_cancun_hotel_minibar",
 "Cancún resort checkout, disputed minibar charge. Fault in worse: the trainee suggests the guest is lying.", a,
 [t("Gracias. El sensor marcó dos cervezas y unas papas el martes; a veces se mueven al limpiar y cobra solo. Se lo quito ahorita."),
  c("Ah, qué bien, gracias.", N)],
 [t("Marca dos cervezas y unas papas el martes. ¿Seguro que nadie en su cuarto las tomó? Muchos huéspedes dicen que no abrieron nada."),
  c("¿Me está diciendo mentirosa? Somos dos y ninguno toma cerveza.", N)], z))

# f03 drops the price before asking anything
a = [c("Qué onda. ¿Cuánto sale la tapa rígida pa' una Tacoma 2021?", N)]
z = [t("Para herramienta le conviene la que trae chapa de tres puntos; la sencilla se abre con un desarmador. Esa sale en 16,900 instalada."),
     c("Mmm, está cara, pero si no me la roban ya se pagó sola. ¿Cuándo me la ponen?", "too_expensive"),
     t("Mañana a las 10; en hora y media queda.")]
PAIRS.append(f("esb37r_f03_chihuahua_tapa_tacoma",
 "Chihuahua pickup accessories, a plumber asks the price of a hard bed cover. Fault in worse: the trainee cuts the price before asking anything, and the customer haggles harder.", a,
 [t("Qué onda. Depende de pa' qué la quiera: ¿cuidar herramienta o que se vea bonita? La sencilla sale en 14,500."),
  c("Pa' la herramienta. Soy plomero, me la han robado dos veces.", N)],
 [t("Qué onda. La rígida sale en 14,500, pero ahorita se la dejo en 12 mil, ándele."),
  c("Si de volada la bajó a 12, déjemela en 10. Es pa' la herramienta, me la han robado dos veces.", "too_expensive")], z))

# f04 an unasked lecture
a = [c("Buenas tardes. ¿Tiene suero oral? Trabajo en obra y con este calor ando todo mareado.", N),
     t("Buenas tardes. Sí tengo. ¿Desde cuándo anda mareado y ahorita cómo se siente?"),
     c("Desde ayer en la tarde. Ahorita nomás cansado, con dolor de cabeza.", N)]
z = [t("Son 64 los dos. Tengo el paquete de seis en 170, por si quiere tener en la obra."),
     c("No, con dos. Ahorita ando corto de lana.", "no_money"),
     t("Va, 64. Y si le da vómito o se le nubla la vista, váyase a urgencias, no espere.")]
PAIRS.append(f("esb37r_f04_hermosillo_farmacia_suero",
 "Hermosillo pharmacy, a construction worker with heat symptoms. Fault in worse: an unasked lecture on how workers fail to hydrate.", a,
 [t("Llévese dos sueros y tómelos a traguitos durante la jornada."),
  c("Va, gracias. ¿Cuánto es?", N)],
 [t("Mire, el golpe de calor mata gente en las obras. Ustedes no se hidratan, toman refresco, no usan gorra, trabajan al mediodía... Llévese dos sueros a traguitos."),
  c("Ya, ya, no me regañe, no vine a eso. ¿Cuánto es?", N)], z))

# f05 a vague next step
a = [c("Buenos días. Me llegó el recibo del agua de 1,900 y siempre pago 180. No hemos cambiado nada en la casa.", N),
     t("Buenos días. Qué susto. ¿Me da su contrato? ¿Y ha visto humedad o charcos en el patio o la banqueta?"),
     c("Es el 33-04819. Ahora que lo dice, hay un pedazo del jardín que siempre está mojado.", N),
     t("Puede ser una fuga después del medidor. Pido una inspección; si se confirma y la repara, le ajustamos el recibo al promedio."),
     c("¿Y cuándo van? Trabajo toda la semana.", N)]
PAIRS.append(f("esb37r_f05_merida_agua_fuga",
 "Mérida water utility, a bill ten times the usual. Fault in worse: the next step is vague ('they will let you know').", a,
 [t("El inspector va el jueves entre 8 y 11; si no puede, lo paso al sábado. Su folio es 5572 y el martes le marco para confirmar."),
  c("El jueves no puedo, trabajo. El sábado mejor.", "no_time")],
 [t("Eso lo programa el área de inspecciones. Ellos le avisan cuando puedan ir."),
  c("¿Y cuándo es eso? ¿Me quedo esperando con el recibo de 1,900?", N)], []))

# f06 over-promises
a = [c("hola! estamos viendo su hotel para la boda en septiembre, 80 invitados en la playa. nos preocupa la lluvia", N),
     t("¡Hola, felicidades! Gracias por contarme. ¿La ceremonia la imaginan al atardecer?"),
     c("si a las 6, con la puesta de sol", N)]
z = [t("Caben 80 sentados. El paquete de boda con terraza de respaldo sale en 1,650 por invitado."),
     c("uf, 1650 x 80... lo vemos con mi novio y te escribo", "think_it_over"),
     t("Claro. Les mando fotos de la terraza y de la playa para que lo vean juntos.")]
PAIRS.append(f("esb37r_f06_tulum_boda_lluvia",
 "Tulum beach hotel, September wedding. Fault in worse: the trainee guarantees it will not rain instead of explaining the covered backup.", a,
 [t("Les soy honesta: en septiembre llueve casi todas las tardes un rato. Por eso apartamos la terraza techada como plan B, sin costo, y se decide ese día a las 3."),
  c("ah ok, eso me da mas tranquilidad. la terraza cabe para 80?", N)],
 [t("No se preocupen: aquí en la tarde casi nunca llueve, y si llueve se quita en cinco minutos, se lo garantizo."),
  c("mmm a mi prima le llovio toda la ceremonia en playa en septiembre. y si llueve, cabemos en otro lado los 80?", "bad_experience")], z))

# f07 closes before checking the thing works
a = [c("Buenas. Ya probé su sistema de facturación una semana. Lo que me importa es la carta porte, tengo 6 camiones.", N),
     t("Buenas. Qué bueno. ¿Cómo le fue en la prueba?"),
     c("Las facturas normales, bien. La carta porte no la he podido hacer, me marca error en la clave del material.", N)]
z = [t("Mire, el error era la clave del material: la manzana no es peligrosa, lleva la clave general. Ahí está, ya se timbró."),
     c("Ahora sí. Mándeme el contrato y lo firmo.", N)]
PAIRS.append(f("esb37r_f07_cuauhtemoc_facturacion_cartaporte",
 "Cuauhtémoc, Chih., billing software for a small trucking firm. Fault in worse: the trainee asks for the annual contract before checking the waybill feature works.", a,
 [t("Antes de hablar de contrato, hagamos juntos una carta porte en pantalla con una ruta real suya."),
  c("Va, la de mañana a Chihuahua. Lleva manzana.", N)],
 [t("Ese error es común, luego se arregla. ¿Le genero el contrato anual para que no pierda el precio de la prueba?"),
  c("No, espérese. Primero quiero ver que salga la carta porte; si no, no firmo. La de mañana lleva manzana.", "think_it_over")], z))

# f08 unexplained jargon
a = [c("Buenas tardes, joven. Quiero poner internet en mi casa para hablar por video con mis nietos, que están en Monterrey.", N),
     t("Buenas tardes. Qué bonito. ¿Usa celular o tableta para las videollamadas? ¿Alguien más usa internet en la casa?"),
     c("El celular. Nomás vivimos mi esposa y yo.", N)]
z = [t("Instalamos en dos días, y el técnico le deja la videollamada probada en su celular antes de irse."),
     c("Bueno, pues el jueves en la mañana.", N),
     t("Jueves de 9 a 12. Le llamo un día antes.")]
PAIRS.append(f("esb37r_f08_merida_internet_abuelos",
 "Mérida home internet for an older couple. Fault in worse: unexplained jargon (FTTH, symmetric megabits, ONT, dual band).", a,
 [t("Le basta el plan más chico, de 389 al mes, que alcanza de sobra para videollamadas. Le ponemos un aparatito en la sala que da señal a toda la casa."),
  c("Ah, qué bien. ¿Y cuándo lo pueden instalar?", N)],
 [t("Le basta el de 80 megas simétrico por FTTH, de 389. Le instalamos la ONT con wifi dual band en la sala."),
  c("¿La o-qué? Ay, joven, yo de eso no entiendo. Mejor lo veo con mi nieto.", "think_it_over")], z))

# f09 talks about himself instead of the customer
a = [c("Buenas. Quiero llevar a mi papá a pescar, cumple 70. Él pescaba de joven en Guaymas.", N),
     t("¡Qué buen regalo! ¿Cómo anda su papá pa' la lancha: se marea, aguanta el sol?"),
     c("Aguanta bien, pero cuatro horas máximo. Y nada de mar abierto, con las olas se cansa.", N)]
z = [t("Si no pican, salimos otro día dos horas sin costo. Y la lancha trae toldo."),
     c("Va, por mi papá lo que sea. El sábado.", N),
     t("Sábado a las 7 en el muelle fiscal. Yo mismo los llevo.")]
PAIRS.append(f("esb37r_f09_cozumel_pesca_papa",
 "Cozumel fishing charter, a 70th-birthday trip. Fault in worse: the trainee talks about his own fishing records instead of the customer's father.", a,
 [t("Entonces pesca cerca de la costa, en el arrecife: agua tranquila, barracuda y pargo. Cuatro horas, 5,800 la lancha."),
  c("Suena bien. ¿Y si nos va mal y no pican?", N)],
 [t("¡Yo también empecé con mi papá! A los 12 ya sacaba barracudas de 10 kilos, tengo fotos con un marlín de 180... Costa, cuatro horas, 5,800 la lancha."),
  c("Ah... qué bien. Oiga, ¿y si no pican? Es su cumpleaños.", N)], z))

# f10 recommends before asking
a = [c("Buenas, ocupo fertilizante pa'l trigo, tengo 20 hectáreas en el Valle del Yaqui.", N)]
z = [t("Entonces lo que ocupa es urea, no mezcla. Para 20 hectáreas, unos 80 bultos, a 620."),
     c("620 está caro. En la Unión me la dejan en 580.", "too_expensive"),
     t("Si lleva los 80, se la dejo en 595 con flete al ejido. A 580 no llego, y allá la recoge usted."),
     c("Deje hacer cuentas con lo del diésel y le marco en la tarde.", "think_it_over")]
PAIRS.append(f("esb37r_f10_yaqui_fertilizante_trigo",
 "Valle del Yaqui farm supply, wheat fertiliser, a hard haggler. Fault in worse: the trainee recommends a premium blend before asking about crop stage or soil test.", a,
 [t("Buenas. ¿En qué etapa va el trigo y ya le hizo análisis de suelo este año?"),
  c("Va en amacollamiento. El análisis salió bajo en nitrógeno nomás.", N)],
 [t("Buenas. Le recomiendo la triple 17 premium, 980 el bulto. Es la que más rinde."),
  c("¿La triple? Si el análisis me salió bajo en nitrógeno nomás. Va en amacollamiento.", "no_need")], z))

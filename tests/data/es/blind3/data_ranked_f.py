"""Ranked pairs f01-f10: both sides share every turn (same Python objects) except one fault in `worse`
and the customer's reaction to it. Written by hand, in Spanish."""
from common import c, rpair, t

PAIRS = []

# f01 -- Málaga, car repair garage. Fault: argues with the customer.
o = c("Hola, buenas. El aire del coche echa aire caliente otra vez. El verano pasado me lo recargasteis aquí mismo.", None)
t1 = t("Buenas. Vaya, y con el calor que hace. ¿Echa caliente desde que lo enciende, o empieza frío y luego se calienta?")
c2 = c("Empieza fresquito y a los diez minutos ya caliente. Yo creo que pierde gas, porque el año pasado me pasó igual.", None)
t5 = t("Se lo miro hoy mismo y esta tarde le llamo con lo que sea y el precio, antes de tocar nada.")
c6 = c("Vale, pues os lo dejo. Llamadme antes de las seis, que luego recojo a los niños.", None)
PAIRS.append(rpair(
    "esb3r_f01_malaga_taller_aire",
    "A woman in Málaga brings her car to the garage that recharged its air conditioning last summer; it blows warm again and she suspects a leak.",
    [o, t1, c2,
     t("Puede que sí, si se ha vaciado en un año. Lo que hago es meterle tinte detector y buscar la fuga antes de recargar, para no cobrarle otra recarga que se vuelva a ir. La prueba son 30 euros y se descuentan si lo reparamos."),
     c("Vale, eso tiene sentido. ¿Cuánto tardáis?", None),
     t5, c6],
    [o, t1, c2,
     t("No, no creo que sea gas. Eso de que pierde gas lo dice todo el mundo, y casi siempre es el compresor o el ventilador. Las recargas que hacemos aquí no se pierden."),
     c("Hombre, yo no soy mecánica, pero me está pasando lo mismo que el año pasado... Y un compresor es carísimo, eh.", "too_expensive"),
     t5, c6]))

# f02 -- Itapúa, crop insurance claim (farming). Fault: doubts the customer's honesty.
o = c("Buenas tardes, señorita. Le llamo porque anoche cayó granizo en mi chacra de soja, en Hohenau, y se me perdió una parte grande.", None)
t1 = t("Buenas tardes. Qué mala noticia, lo lamento. ¿Me da su número de póliza, y más o menos cuántas hectáreas quedaron dañadas?")
c2 = c("La póliza es la 30-4471. Tengo cuarenta hectáreas, y calculo que quince quedaron tumbadas.", None)
t5 = t("El perito puede ir pasado mañana a la mañana. Le mando ahora por WhatsApp el número de reclamo y la lista de documentos; hasta que pase, no coseche esas quince hectáreas.")
c6 = c("Pasado mañana está bien, voy a estar en la chacra.", None)
PAIRS.append(rpair(
    "esb3r_f02_itapua_seguro_granizo",
    "A soybean farmer in Hohenau (Itapúa) phones his crop insurer to report hail damage on fifteen of his forty hectares.",
    [o, t1, c2,
     t("Gracias, ya la tengo. Para el reclamo, saque fotos hoy de las partes dañadas, con fecha, y no toque nada hasta que pase el perito."),
     c("Ya saqué fotos esta mañana. ¿Cuándo viene el perito? Porque si llueve se pudre todo.", None),
     t5, c6],
    [o, t1, c2,
     t("Ajá. Quince de cuarenta es mucho para un granizo, ¿eh? Le aviso que hay productores que aprovechan para inflar los daños. ¿Está seguro de que no eran parcelas que ya venían flojas?"),
     c("¿Me está diciendo mentiroso? Pago este seguro hace ocho años y nunca reclamé nada.", None),
     t5, c6]))

# f03 -- Toluca, print shop (B2B). Fault: drops the price before asking anything.
o = c("Buenos días, le hablo de Laboratorios Nevado, en Toluca. Necesitamos cotizar instructivos para la caja de un medicamento.", None)
t3 = t("El papel biblia lo tenemos en bodega y el doblez en ocho lo hace la máquina, así que el 20 sí llegamos. ¿El archivo final lo mandan ustedes o lo formamos aquí? Con eso le paso la cotización hoy en la tarde.")
c4 = c("Lo mandamos nosotros. Le aviso que tengo otras dos cotizaciones y lo decide mi jefa.", "think_it_over")
t5 = t("Perfecto. Le mando la cotización con la fecha de entrega comprometida por escrito, y una muestra del papel para que su jefa la vea.")
c6 = c("Muy bien, quedo atenta.", None)
PAIRS.append(rpair(
    "esb3r_f03_toluca_imprenta_instructivos",
    "A purchasing assistant at a pharmaceutical lab in Toluca asks a print shop to quote 50,000 folded medicine leaflets.",
    [o,
     t("Buenos días, con gusto. ¿Cuántas piezas, de qué tamaño y en qué papel los manejan? ¿Para cuándo los necesitan?"),
     c("Son cincuenta mil, tamaño carta doblado en ocho, papel biblia. Los necesitamos para el 20 del mes que entra.", None),
     t3, c4, t5, c6],
    [o,
     t("Buenos días. Mire, para empezar le hago un 25% de descuento sobre lista, y si me confirma hoy, otro 5%. ¿De cuántas piezas hablamos?"),
     c("Eh... primero le tendría que decir qué necesitamos, ¿no? Son cincuenta mil, tamaño carta doblado en ocho, papel biblia, para el 20 del mes que entra. ¿Y descuento sobre qué, si todavía no me da precio?", None),
     t3, c4, t5, c6]))

# f04 -- Barranquilla, nutrition clinic (healthcare). Fault: an unasked lecture.
o = c("Buenas, doctora. El médico me mandó porque tengo el azúcar alta, prediabetes dijo. Yo manejo taxi doce horas y como en la calle.", None)
t1 = t("Buenas, don Álvaro. Gracias por venir. Cuénteme cómo es un día normal de comida, desde que se levanta.")
c2 = c("Tinto con pan en la mañana; al mediodía un corrientazo, arroz, plátano, carne y jugo; y en la noche lo que haya. Y gaseosa, eso sí, pa' aguantar el calor.", None)
t5 = t("Nos vemos en un mes con un control de azúcar, y me cuenta qué le funcionó y qué no. Le dejo mi WhatsApp por si tiene dudas en la calle.")
c6 = c("Listo, doctora. En un mes vengo.", None)
PAIRS.append(rpair(
    "esb3r_f04_barranquilla_nutricion_taxista",
    "A taxi driver in Barranquilla with prediabetes is sent to a nutritionist; he works twelve-hour shifts and eats on the street.",
    [o, t1, c2,
     t("Gracias por la sinceridad. No le voy a pedir que deje de comer en la calle, porque su trabajo es así. Empecemos por dos cosas: la gaseosa por agua con limón, y en el corrientazo media porción de arroz y más ensalada. ¿Eso lo ve posible?"),
     c("Lo del arroz sí. Lo de la gaseosa me va a doler, pero lo intento.", None),
     t5, c6],
    [o, t1, c2,
     t("Bueno, déjeme explicarle: la diabetes tipo 2 es una epidemia. La insulina la produce el páncreas, y cuando usted abusa de los azúcares simples las células se vuelven resistentes. La gaseosa es veneno, el plátano tiene un índice glucémico altísimo y el sedentarismo del taxista es de lo peor. Usted tiene que cambiar su estilo de vida completo."),
     c("Ajá... doctora, yo vine pa' que me diga qué comer, no pa' una clase. Y comer sano en la calle sale caro.", "too_expensive"),
     t5, c6]))

# f05 -- Sucre, municipal licensing office (public service). Fault: a vague next step.
o = c("Buenos días. Quiero abrir una salteñería en el garaje de mi casa y me dijeron que necesito licencia de funcionamiento. ¿Qué tengo que hacer?", None)
t1 = t("Buenos días, señora. ¿Su casa está en zona residencial o comercial? ¿Y va a tener mesas para que coman ahí, o solo para llevar?")
c2 = c("Es por San Roque, residencial. Solo para llevar, unas dos sillitas nomás.", None)
t3 = t("Para solo venta y pocas sillas es licencia de categoría menor, más simple. Necesita su carnet, el folio real de la casa, el certificado de manipulación de alimentos y el pago de 180 bolivianos.")
c4 = c("El certificado de manipulación no lo tengo. ¿Eso tarda mucho? Quería abrir antes de Carnaval.", None)
PAIRS.append(rpair(
    "esb3r_f05_sucre_licencia_salteneria",
    "A woman in Sucre asks the municipal office how to get a licence to sell salteñas from her garage before Carnival.",
    [o, t1, c2, t3, c4,
     t("El curso lo da el Servicio de Salud, dura un sábado, y el próximo es el 8; le anoto la dirección. Con ese certificado vuelve a esta ventanilla, el inspector pasa en cinco días hábiles y le entregamos la licencia. Llega antes de Carnaval."),
     c("Ay, perfecto. Entonces el 8 hago el curso y el lunes 10 estoy aquí.", None)],
    [o, t1, c2, t3, c4,
     t("Eso depende de Salud. Usted presente lo que tenga y ya le vamos a avisar cuando esté. A veces es rápido, a veces no."),
     c("¿Cómo que me van a avisar? ¿Cuándo? ¿A quién llamo? Si no llego a Carnaval, este año mejor ni abro.", None)]))

# f06 -- Mendoza, freight forwarder (logistics). Fault: over-promises.
o = c("Hola, ¿qué tal? Te llamo de una bodega chica de Luján de Cuyo. Tenemos que mandar un contenedor de vino a Shanghái para una feria, y es la primera vez que exportamos a China.", None)
t1 = t("Hola, qué bueno. ¿Para cuándo tiene que estar allá, y es un contenedor de veinte pies completo?")
c2 = c("De veinte, completo, unas mil cajas. La feria es el 12 de mayo y tiene que estar en el stand el 10.", None)
t3 = t("¿Ya tienen el registro del importador en China y las etiquetas en chino? Eso suele ser lo que más demora en aduana.")
c4 = c("El importador dice que sí, las etiquetas las estamos haciendo. Lo que me preocupa es el precio: la última vez que cotizamos un flete a Asia nos mataron.", "too_expensive")
PAIRS.append(rpair(
    "esb3r_f06_mendoza_flete_vino_china",
    "The export manager of a small Mendoza winery asks a freight forwarder about sending a container of wine to a trade fair in Shanghai, their first shipment to China.",
    [o, t1, c2, t3, c4,
     t("Hoy el flete a Shanghái anda en 2.800 dólares más gastos. El barco tarda unos 40 días desde Valparaíso, más el cruce de la cordillera, así que tendría que salir de la bodega a fin de febrero para llegar con margen. La aduana china no te la puedo garantizar, pero te conecto con nuestro agente allá para que revise los papeles antes de embarcar."),
     c("Es justo, gracias por ser claro. Mandame la cotización y el contacto del agente.", None)],
    [o, t1, c2, t3, c4,
     t("Quedate tranquilo, nos encargamos de todo. Te garantizo que llega al stand a tiempo aunque salga en marzo, y la aduana china con nosotros pasa en un día, nunca tuvimos un problema. El flete te lo dejo en 2.000."),
     c("¿Seguro? Mirá que si no llega a la feria perdemos el año... Bueno, mandame la cotización y lo hablo con los dueños.", "think_it_over")]))

# f07 -- Ponce, internet provider (telecom). Fault: closes before checking the thing works.
o = c("Buenas, mire, ayer vino el técnico y me cambió el router, y ahora ni la impresora ni la tablet de mi esposa se conectan.", None)
t1 = t("Buenas, don Efraín. Vamos a resolverlo. El router nuevo tiene otro nombre de red y otra contraseña. ¿Tiene el papelito que dejó el técnico o la etiqueta de abajo del router?")
c2 = c("Aquí está la etiqueta. Dice una con 5G y otra sin 5G. Yo no sé cuál es cuál.", None)
t3 = t("La impresora seguramente solo ve la que no dice 5G. En la tablet, vaya a Ajustes, Wi-Fi, escoja esa red y escriba la contraseña de la etiqueta. Yo lo espero.")
c4 = c("Ok... ya puse la contraseña. Está dando vueltas, espérese.", None)
PAIRS.append(rpair(
    "esb3r_f07_ponce_router_nuevo",
    "An elderly man in Ponce calls his internet provider: after a technician replaced the router, his wife's tablet and the printer no longer connect.",
    [o, t1, c2, t3, c4,
     t("Tranquilo, lo espero. ¿Ya le sale el abanico del Wi-Fi arriba? Abra cualquier página para confirmar, y después hacemos la impresora juntos."),
     c("¡Ya! Abrió el periódico. Vamos con la impresora, que mi esposa tiene que imprimir unas recetas.", None)],
    [o, t1, c2, t3, c4,
     t("Perfecto, entonces ya quedó. Le voy a cerrar el caso como resuelto. La impresora es lo mismo, lo hace usted después. ¿Algo más en que le pueda ayudar?"),
     c("Espérese, que todavía no conecta. ¿Y si no me sale lo de la impresora? Yo no sé de esto, mijo.", None)]))

# f08 -- Trujillo, education technology supplier (B2B, education). Fault: recommends before asking.
o = c("Buenas tardes, soy la directora del colegio San Martín de Porres, en Trujillo. Estamos viendo equipos para los alumnos y quería conversar.", None)
t3 = t("Para plataformas que funcionan en el navegador bastan Chromebooks sencillas, mucho más baratas que una laptop. Y no hace falta uno por alumno: con dos carritos de 25 y horarios por aula alcanza. Lo del segundo piso se arregla con un punto de acceso más.")
c4 = c("Eso suena más razonable. El presupuesto que nos aprobó la promotora es de 60 mil soles, no más.", None)
t5 = t("Con 60 mil entran las cincuenta Chromebooks, los dos carritos y el punto de acceso, y sobra para capacitar a los profesores. Le propongo prestarle diez equipos dos semanas para que los prueben en quinto grado.")
c6 = c("Eso me gusta. Lo presento a la promotora el lunes y le confirmo.", "think_it_over")
PAIRS.append(rpair(
    "esb3r_f08_trujillo_colegio_equipos",
    "The principal of a small private school in Trujillo contacts an education-technology supplier about devices for pupils.",
    [o,
     t("Buenas tardes, directora, con gusto. ¿Para qué grados serían y qué quieren que hagan los chicos con los equipos? ¿Tienen wifi en las aulas?"),
     c("Para cuarto, quinto y sexto de primaria, unos noventa alumnos. Queremos que usen las plataformas de lectura y matemática. Wifi hay, pero flojo en el segundo piso.", None),
     t3, c4, t5, c6],
    [o,
     t("Buenas tardes, directora. Lo que le recomiendo son nuestras laptops de 14 pulgadas con Windows y Office, ochenta unidades con carrito de carga. Es lo que usan los mejores colegios de Lima."),
     c("Ay, no sé, laptops para niños de primaria... Todavía no le he dicho qué queremos. Son noventa alumnos de cuarto a sexto, para plataformas de lectura y matemática, y el wifi es flojo en el segundo piso.", "no_need"),
     t3, c4, t5, c6]))

# f09 -- Salamanca, bank branch (savings). Fault: unexplained jargon.
o = c("Buenas. Tengo unos veinte mil euros ahorrados en la cuenta y me han dicho que ahí pierden valor. Quería ver qué hago con ellos.", None)
t1 = t("Buenas, Marisa. Hace bien en preguntar. ¿Va a necesitar parte de ese dinero pronto, o es para dejarlo años?")
c2 = c("Pues una parte sí: mi hija empieza la universidad en Madrid el año que viene y habrá que pagar piso. Unos ocho mil, calculo. El resto no lo toco.", None)
t5 = t("Le propongo empezar solo con el depósito para su hija, y lo del fondo lo vemos con calma otro día, con ejemplos de cuánto podría bajar en un año malo.")
c6 = c("Sí, así mejor. Lo del depósito lo hacemos hoy.", None)
PAIRS.append(rpair(
    "esb3r_f09_salamanca_ahorros_enfermera",
    "A nurse in Salamanca asks her bank adviser what to do with 20,000 euros of savings; about 8,000 will be needed next year for her daughter's university.",
    [o, t1, c2,
     t("Entonces lo separamos en dos. Los ocho mil de su hija, en un depósito a un año, sin riesgo, que da alrededor de un 2,5%. Los doce mil restantes, si no los va a tocar en cinco años o más, en un fondo que invierte en muchas empresas a la vez: sube y baja, pero a largo plazo suele dar más que un depósito."),
     c("Vale, eso lo entiendo. Lo de que baje me da un poco de miedo, la verdad.", None),
     t5, c6],
    [o, t1, c2,
     t("Entonces lo separamos. Los ocho mil, a un depósito con TAE del 2,5%. El resto, a un fondo indexado de renta variable global, UCITS, con un TER del 0,2%, de acumulación y traspasable sin tributar, con horizonte de cinco años y una volatilidad en torno al 15% anualizada."),
     c("Perdone, pero no he entendido la mitad. ¿TER? ¿Volatilidad? Yo soy enfermera, no economista. Mejor lo pienso.", "think_it_over"),
     t5, c6]))

# f10 -- El Paso, home remodelling contractor (trades), US Spanish. Fault: talks about themselves.
o = c("Buenas tardes. Mi suegra se viene a vivir con nosotros y usa andadera. Queremos arreglar el baño de abajo para que ella pueda usarlo sola.", None)
t1 = t("Buenas tardes. Qué bonito que se venga con ustedes. ¿Ella puede estar de pie un rato, o necesita sentarse para bañarse?")
c2 = c("De pie aguanta poquito. Y la tina está alta, ella no puede subir la pierna. Esa es la bronca.", None)
t5 = t("Le propongo ir el sábado a medir la puerta y el baño, y con eso le doy un presupuesto por escrito, separando lo urgente, la regadera y las barras, de lo que puede esperar.")
c6 = c("Sí, el sábado. Nomás le digo que no tenemos mucho, porque la mudanza también nos está costando.", "no_money")
PAIRS.append(rpair(
    "esb3r_f10_elpaso_bano_accesible",
    "A couple in El Paso ask a contractor to adapt their downstairs bathroom for the husband's mother, who uses a walker and is moving in.",
    [o, t1, c2,
     t("Entonces lo principal es quitar la tina y poner una regadera sin escalón, con asiento y barras. ¿La puerta del baño es ancha? Con andadera necesita unas 32 pulgadas."),
     c("Uy, la puerta es angosta, la andadera apenas pasa de lado. No lo había pensado.", None),
     t5, c6],
    [o, t1, c2,
     t("Mire, yo de esto sé bastante. Llevo veintidós años en el negocio, empecé con mi papá en Juárez y he hecho baños para medio El Paso, hasta para un juez. El año pasado me dieron un premio en la cámara de comercio. Mi equipo es lo mejor que hay."),
     c("Qué bien... pero, ¿y qué le haría al baño de mi suegra? Porque la tina está alta y no puede subir.", None),
     t5, c6]))

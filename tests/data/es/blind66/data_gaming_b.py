"""Gaming pairs, file b (written by hand). Kinds 11-15 and 1-5 of SPEC, one each."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer -- Almería, internet para un cortijo cerca de Níjar
o = c("Buenas. Vivo en un cortijo camino de Fernán Pérez y necesito internet que funcione, que trabajo desde casa "
      "con videollamadas.", None)
PAIRS.append(gpair(
    "esb66g_nijar_internetcortijo",
    "telefonía e internet rural",
    "ignored_customer",
    "Tienda de telefonía en Níjar (Almería). Un cliente que vive en un cortijo a seis kilómetros del pueblo busca "
    "una conexión fiable para teletrabajar.",
    [
        o,
        t("Buenas. Vamos a ver qué llega allí. ¿Me da la dirección o la ubicación del cortijo? ¿Y qué tiene "
          "ahora?"),
        c("Ahora tengo una antena de radioenlace con otra empresa, pero cuando hace levante se va cada dos por "
          "tres. Me ha dejado tirado en reuniones, un desastre.", None),
        t("Lo miro… Fibra no llega a esa zona, se lo digo claro. Lo que sí llega es buena cobertura 4G de la "
          "antena de Fernán Pérez. Con un router 4G de exterior, el viento no le afecta como al radioenlace. "
          "¿Cuánto tiempo pasa en videollamada al día?"),
        c("Unas cuatro horas, a veces más. Y subo archivos al servidor de la empresa por la tarde.", None),
        t("Con eso se va a unos ciento cincuenta gigas al mes, así que le pondría la tarifa 4G ilimitada, "
          "treinta y cinco euros. Como no se lo puedo garantizar sin probarlo en su casa, le propongo llevarse "
          "el router quince días de prueba; si le falla en una reunión, lo devuelve sin coste."),
        c("Treinta y cinco… con la otra pago veintinueve. Aunque si funciona, los pago con gusto. Lo de la "
          "prueba me gusta.", "too_expensive"),
        t("Pues le preparo la prueba. Póngalo en la ventana que mira al pueblo, y si de aquí al viernes de la "
          "semana que viene no va fino, me llama y lo recogemos."),
        c("Venga, trato hecho.", None),
    ],
    [
        o,
        t("¡Buenas! Para ayudarle mejor, cuénteme: ¿qué es lo más importante para usted en su conexión?"),
        c("Que no se corte. Trabajo con videollamadas, y con lo que tengo ahora, cuando hace levante, me quedo "
          "sin nada.", None),
        t("Perfecto. Pues tenemos fibra de un giga simétrico a treinta euros, con la tele de regalo tres meses."),
        c("¿Fibra? Pero si al cortijo no llega fibra, que estoy a seis kilómetros del pueblo. Eso ya lo miré "
          "yo.", None),
        t("Bueno, eso se mira. ¿Y cuántas personas viven en casa? ¿Ven mucha tele?"),
        c("Mi mujer y yo. Tele no vemos. Lo que le digo es lo del trabajo, que si no tengo conexión me quedo "
          "sin cobrar.", None),
        t("Genial. Entonces le pongo la fibra con el pack de fútbol, que el primer mes es gratis. ¿Le cuadra? "
          "Y, del uno al diez, ¿cómo de satisfecho está con la atención?"),
        c("Del uno al diez, un cero. No me ha escuchado ni una palabra. Me voy a Almería a otra tienda.", None),
    ],
))

# 12 repeated_questions -- Tenerife, clínica de fisioterapia en Santa Cruz
o = c("Hola, buenos días. Quería pedir cita, que tengo la espalda fatal desde hace dos semanas, aquí abajo, en los "
      "riñones.", None)
PAIRS.append(gpair(
    "esb66g_santacruz_fisioterapia",
    "clínica de fisioterapia",
    "repeated_questions",
    "Clínica de fisioterapia en Santa Cruz de Tenerife. Una cajera de supermercado llama para pedir cita por un "
    "dolor lumbar.",
    [
        o,
        t("Buenos días. Vamos a buscarle hueco. ¿Le viene de algún golpe, de algún esfuerzo, o apareció sin más?"),
        c("De cargar cajas en el súper, creo. Yo soy cajera pero también repongo. Y de estar ocho horas de "
          "pie.", None),
        t("Vale, esfuerzo y postura. ¿El dolor le baja a la pierna, o se le duerme algo?"),
        c("No, pierna no. Es aquí, como un nudo. Lo que pasa es que yo fui a un fisio hace un año, me dio tres "
          "sesiones y me quedé igual. Tirar el dinero.", "bad_experience"),
        t("Lo entiendo, y no le voy a vender un bono de diez de entrada. Primera sesión de valoración, cuarenta "
          "euros: la fisio la explora, la trata y le dice cuántas sesiones harían falta y por qué. Si no ve "
          "mejoría, lo deja. ¿Qué horario le va mejor con los turnos?"),
        c("Esta semana tengo turno de tarde, así que por la mañana. ¿El jueves puede ser?", None),
        t("El jueves a las diez con Nayra. Le mando un mensaje con la dirección; venga con ropa cómoda."),
        c("Perfecto. A ver si esta vez hay suerte.", None),
    ],
    [
        o,
        t("Buenos días, vamos a ver su necesidad. Cuénteme, ¿dónde le duele exactamente?"),
        c("En la zona lumbar, aquí en los riñones. Desde hace dos semanas.", None),
        t("Entiendo. ¿Y en qué parte de la espalda diría usted que siente la molestia?"),
        c("Abajo, ya le digo. En los riñones.", None),
        t("Vale. Para entender bien su experiencia, ¿cuál es la zona que más le molesta?"),
        c("Chacho, la lumbar. ¿Me da la cita o no? Que a las dos entro a trabajar y no tengo toda la mañana.",
          "no_time"),
        t("Sí, sí, claro. Solo una cosa más: ¿desde cuándo tiene usted este dolor?"),
        c("Dos semanas, se lo he dicho al principio. ¿Usted me está escuchando?", None),
        t("Perfectamente. Entonces, resumiendo, ¿cuánto tiempo hace que le duele y dónde? Y ya le ofrezco "
          "nuestro bono de diez sesiones."),
        c("Mire, déjelo. Ya fui una vez a un fisio que me vendió un bono y me tomó el pelo, y no quiero otro.",
          "bad_experience"),
    ],
))

# 13 wrong_paraphrase -- Jaén, maquinaria agrícola en Úbeda
o = c("Buenas. Quería ver una vareadora de esas de batería. Tengo trescientos olivos y cogemos la aceituna mi "
      "hijo y yo los fines de semana.", None)
PAIRS.append(gpair(
    "esb66g_ubeda_vareadora",
    "maquinaria agrícola",
    "wrong_paraphrase",
    "Tienda de maquinaria agrícola en Úbeda (Jaén). Un olivarero pequeño, con trescientos olivos, busca una "
    "vareadora para recoger con su hijo.",
    [
        o,
        t("Buenas. Trescientos olivos, entre dos y los fines de semana. ¿Los olivos cómo son, de varios pies, "
          "grandes, de los antiguos?"),
        c("De los antiguos, tres pies cada uno, algunos bien altos. Hasta ahora vareábamos a mano, pero tengo "
          "sesenta y ocho años y los hombros ya no me dan.", None),
        t("Entonces necesita alcance y que no pese. Esta de batería con pértiga telescópica llega a tres metros "
          "y medio y pesa dos kilos y medio. Con una batería hace media jornada; para el día entero haría falta "
          "una segunda."),
        c("¿Y cuánto es el invento?", None),
        t("Seiscientos noventa con una batería, ochocientos sesenta con dos. Yo empezaría con una, y si ve que "
          "se le queda corta, la segunda la compra luego."),
        c("Pues es una pasta, no te creas. Mi vecino tiene una que le costó bastante menos en internet.",
          "too_expensive"),
        t("Puede salir más barata por internet. Lo que le doy aquí es el taller: si se le rompe en plena "
          "campaña, la trae y en dos días la tiene. Si quiere, la prueba el sábado en la finca de demostración "
          "antes de decidir."),
        c("Eso sí. El sábado me paso con el niño y la probamos.", None),
    ],
    [
        o,
        t("Buenas, bienvenido. Cuénteme su necesidad."),
        c("Pues eso, que tengo trescientos olivos, los recogemos mi hijo y yo, y los hombros ya no me dan pa "
          "varear a mano.", None),
        t("Entonces, si le he entendido bien, tiene usted una explotación grande y va a contratar cuadrilla, así "
          "que necesita algo profesional, de gasolina, para uso intensivo. ¿Correcto?"),
        c("No, no, cuadrilla ninguna. Somos mi hijo y yo, los fines de semana.", None),
        t("Claro, claro. O sea, que lo que me está diciendo es que quiere mecanizar del todo, por eso le vendría "
          "el vibrador de tronco para el tractor. ¿Lo he entendido bien?"),
        c("¡Qué vibrador ni qué vibrador! Si no tengo tractor. Y los olivos son de tres pies, eso no hay quien "
          "lo vibre.", "no_need"),
        t("Perfecto, le escucho. Resumiendo: quiere algo robusto para toda la temporada y que le dure muchos "
          "años, así que el paquete de vibrador más paraguas sería lo ideal, unos once mil euros. ¿Le preparo "
          "el presupuesto?"),
        c("Once mil euros pa trescientos olivos… eso no lo saco yo ni en diez campañas, hombre. Usted no me ha "
          "escuchado na.", "too_expensive"),
    ],
))

# 14 pitch_to_upset -- Granada, baja de las líneas de un padre fallecido
o = c("Hola… vengo a dar de baja el teléfono de mi padre. Falleció hace dos semanas y… bueno, no sé qué papeles "
      "hacen falta.", None)
PAIRS.append(gpair(
    "esb66g_granada_bajafallecido",
    "telefonía (tienda)",
    "pitch_to_upset",
    "Tienda de telefonía en el Camino de Ronda (Granada). Una mujer viene a dar de baja las líneas de su padre, "
    "que murió hace dos semanas.",
    [
        o,
        t("Lo siento mucho. Siéntese, por favor, sin prisa. Para la baja necesito el certificado de defunción y "
          "su DNI. ¿Los trae, o prefiere que le apunte lo que hace falta y vuelve otro día?"),
        c("Los traigo, sí, me lo dijo mi hermano. Es el fijo de casa y un móvil.", None),
        t("Vale. Un detalle antes de tocar nada: en el móvil, ¿hay algo que quieran conservar? El número, por "
          "ejemplo, por si alguien de la familia lo quiere mantener. Una vez de baja, el número se pierde."),
        c("Ay, pues no había caído… mi madre a lo mejor quiere el número, que es el que tiene todo el mundo del "
          "pueblo. Pero no sé, lo tendría que hablar con ella.", "think_it_over"),
        t("No hay ninguna prisa. Puedo dar de baja hoy el fijo y dejar el móvil en suspenso un mes, sin coste, y "
          "así lo habla con su madre. Si lo quiere, se pasa a su nombre; si no, se da de baja."),
        c("Eso, eso mejor. Gracias, de verdad, que estos días no tengo la cabeza pa nada.", None),
        t("Es normal. El fijo ya está tramitado; le doy el resguardo y le apunto aquí mi nombre, para que si "
          "vuelve no tenga que explicarlo todo otra vez."),
        c("Muchas gracias, hijo.", None),
    ],
    [
        o,
        t("Lo siento mucho, de verdad. La acompaño en el sentimiento. Y cuénteme, ¿cómo está viviendo usted esta "
          "experiencia en lo que a comunicaciones se refiere?"),
        c("¿Cómo que cómo la vivo? Pues fatal, mi padre se ha muerto. Solo quiero dar de baja las líneas.", None),
        t("Claro, la entiendo. Y justo en estos momentos la familia necesita estar unida y comunicada. Mire, si "
          "en vez de dar la baja pasamos las líneas a su nombre, le hago la tarifa Familia con fibra y tres "
          "móviles por sesenta y cinco euros. Tendría usted más tranquilidad, ¿no cree?"),
        c("Yo ya tengo mi compañía y estoy bien con ella. No quiero nada, solo la baja.", "no_need"),
        t("Lo entiendo perfectamente. Pero piense que ahora su madre se queda sola, y con la teleasistencia de "
          "nuestra tarifa Senior, por solo diez euros más, usted estaría tranquila. ¿Qué le parece si lo "
          "dejamos hecho ya?"),
        c("Pero ¿usted me está vendiendo algo? ¿Ahora? ¿Con el certificado de defunción en la mano?", None),
        t("Solo le ofrezco lo que necesita su familia. Es una oferta que se acaba este mes. ¿Algo más en lo que "
          "pueda ayudarla?"),
        c("Que me haga la baja. Y rápido, que no aguanto más aquí.", None),
    ],
))

# 15 blame -- Las Palmas, inmobiliaria que gestiona alquileres (moho en un piso)
o = c("Buenas, le llamo del piso de la calle Pío XII, el tercero. Mire, me ha salido moho en la pared del cuarto, "
      "negro, detrás del armario, y tengo un niño chico con asma.", None)
PAIRS.append(gpair(
    "esb66g_laspalmas_humedadalquiler",
    "inmobiliaria (gestión de alquileres)",
    "blame",
    "Inmobiliaria que gestiona alquileres en Las Palmas de Gran Canaria (barrio de Schamann). Un inquilino llama "
    "porque ha aparecido moho en un dormitorio.",
    [
        o,
        t("Buenas, gracias por avisar tan rápido; con un niño con asma, esto es urgente. ¿Desde cuándo lo ha "
          "visto? ¿Es solo detrás del armario o sube por más sitios?"),
        c("Lo vi el domingo al mover el armario. Es una mancha como de un metro, y en la esquina del techo "
          "también hay un poco.", None),
        t("Vale. ¿La pared está mojada al tocarla, o es solo la mancha? Se lo pregunto porque puede ser una "
          "filtración del vecino de arriba o condensación, y no se arreglan igual."),
        c("Húmeda sí está, fría y húmeda. Y el de arriba tuvo una avería en la bañera hace un mes, que me lo "
          "dijo la vecina.", None),
        t("Eso apunta a filtración. Le mando mañana al fontanero y al pintor para que lo valoren, y hoy hablo "
          "con el propietario y con el administrador de la comunidad. Mientras, separe el armario y, si puede, "
          "que el niño no duerma en ese cuarto. ¿Le viene bien mañana a las nueve?"),
        c("Mañana a las nueve estoy trabajando, pero está mi suegra en casa. Le doy su número.", None),
        t("Perfecto, deme el número. Le aviso yo cuando salga el fontanero y le cuento lo que diga."),
        c("Apunte: seis, cero, nueve… Gracias, de verdad, que estaba agobiado.", None),
    ],
    [
        o,
        t("Buenas. Gracias por llamar, valoramos mucho nuestra relación con los inquilinos. Cuénteme, ¿ustedes "
          "ventilan el piso a diario?"),
        c("Sí, abrimos las ventanas por la mañana. Pero es que la pared está mojada.", None),
        t("Entiendo. Lo que pasa es que el moho casi siempre es condensación, de tender la ropa dentro y no "
          "ventilar. Secan la ropa en casa, ¿verdad? Porque entonces es cosa suya."),
        c("La ropa la tendemos en la azotea. Y el de arriba tuvo una fuga en la bañera hace un mes.", None),
        t("Ya, pero eso habría que demostrarlo. Y pegar el armario a la pared tampoco ayuda, eso lo sabe todo el "
          "mundo. ¿Qué cree usted que podría hacer para mejorar su experiencia en la vivienda?"),
        c("¿Yo? Que lo arreglen ustedes, que para eso pago novecientos euros al mes. Mi niño tiene asma.", None),
        t("Comprendo su preocupación. Le recomiendo comprar un deshumidificador y lejía, y si en un mes sigue "
          "igual, nos vuelve a llamar. Según el contrato, el mantenimiento ordinario es cosa del inquilino."),
        c("Pues voy a llamar a consumo, y al propietario directamente. Esto no se queda así.", None),
    ],
))

# 1 monologue -- Almería, comercial de fertilizantes en La Mojonera
o = c("Buenos días. Tú eres el de los abonos, ¿no? Pasa, pasa, que tengo un rato antes de que venga el camión.",
      None)
PAIRS.append(gpair(
    "esb66g_lamojonera_fertilizantes",
    "fertilizantes para invernadero (visita comercial)",
    "monologue",
    "Un comercial de una empresa de fertilizantes visita a una agricultora de La Mojonera (Almería) en el "
    "almacén de su finca.",
    [
        o,
        t("Buenos días, sí, soy Javier. Gracias por recibirme. No le quiero robar mucho rato: ¿qué tiene plantado "
          "ahora y a quién le compra el abono?"),
        c("Pepino holandés en una nave y tomate cherry en la otra. El abono se lo compro a la cooperativa desde "
          "siempre, y el técnico de la cooperativa me hace los planes.", None),
        t("Entonces el plan de abonado ya lo tiene resuelto. ¿Hay algo que le esté dando guerra esta campaña? "
          "¿El cherry le raja, le sale culo negro, algo así?"),
        c("Pues mira, el cherry sí me raja bastante cuando riego después de un día de calor. El técnico dice "
          "que es normal.", None),
        t("Es habitual, pero se puede reducir. Tenemos un calcio que va por el riego y que a otros agricultores "
          "de la zona les ha bajado el rajado. No le digo que cambie de proveedor: le dejo un bidón para que lo "
          "pruebe en media nave y compare con la otra mitad."),
        c("Bueno, probar no cuesta. Pero si luego vale un ojo de la cara, no te compro, ¿eh? Que la cooperativa "
          "me lo da más barato y a pagar al final de campaña.", "too_expensive"),
        t("Me parece justo. El precio se lo digo ya: veintiocho euros el bidón de veinte litros, y también "
          "trabajamos con pago a final de campaña. Me paso la semana que viene a ver cómo va esa media nave."),
        c("Vale, pásate el jueves, que el martes vamos a la subasta.", None),
    ],
    [
        o,
        t("Buenos días, sí, Javier, encantado. Mire, se lo cuento rápido porque sé que su tiempo vale oro: somos "
          "la empresa líder en nutrición vegetal del Poniente, tenemos veinte productos, bioestimulantes, "
          "correctores de carencias, ácidos húmicos, y un servicio técnico que le hace el plan de abonado gratis. "
          "Nuestra relación con los agricultores es a largo plazo, y el éxito de su cosecha es nuestro éxito. "
          "¿Qué le parece?"),
        c("Ya, pues… yo lo compro todo en la cooperativa y estoy bien servida, la verdad.", "no_need"),
        t("Perfecto, me alegro, pero déjeme enseñarle el catálogo. Este es nuestro bioestimulante estrella, con "
          "algas del norte de Europa; este otro es el corrector de hierro, que con el agua de aquí es "
          "imprescindible; este es para el cuajado, que en pimiento hace maravillas; y este es el pack completo "
          "de campaña, que sale a cuenta…"),
        c("Yo no tengo pimiento, tengo pepino y cherry.", None),
        t("¡Mejor todavía! Para pepino tenemos una línea específica, y en cherry el calcio es fundamental, y el "
          "potasio para el color, y el magnesio. Le preparo el pack completo para las dos naves con el descuento "
          "de cliente nuevo, y así empieza a notar la diferencia ya. ¿Cuál es su mayor necesidad ahora mismo?"),
        c("Mi mayor necesidad es que el camión llega en cinco minutos, chiquillo. Déjame el papel y ya lo miro.",
          "no_time"),
        t("Claro, claro. Le dejo el catálogo, la tarifa y la hoja de pedido, ya rellena con el pack; solo tiene "
          "que firmar. Le llamo mañana para cerrarlo. ¿Algo más que necesite saber?"),
        c("No, nada. Ya te llamo yo si eso.", "brush_off"),
    ],
))

# 2 closing_as_open_question -- Tenerife, coches de ocasión en Santa Cruz
o = c("Buenas, ando mirando algo pa mi hija, que se sacó el carné y tiene que subir todos los días a la "
      "universidad, a La Laguna.", None)
PAIRS.append(gpair(
    "esb66g_santacruz_cocheocasion",
    "concesionario de coches de ocasión",
    "closing_as_open_question",
    "Concesionario de coches de segunda mano en Santa Cruz de Tenerife. Un padre busca un coche para su hija, "
    "que acaba de sacarse el carné.",
    [
        o,
        t("Buenas. ¿Y ella sube desde dónde? ¿Lo va a usar solo para la universidad o también los fines de "
          "semana, para ir al sur?"),
        c("Desde Santa Cruz, por la autopista. Y algún fin de semana a la playa, a El Médano. Es un coche pa "
          "aprender, que los primeros golpes se los va a dar, ¿sabe?", None),
        t("Entonces mejor algo pequeño, fácil de aparcar en La Laguna y barato de seguro. ¿Hasta cuánto quiere "
          "gastar?"),
        c("Seis mil como mucho, y al contado. Nada de financiación, que con el coche de mi mujer nos metieron "
          "una y acabamos pagando el doble.", None),
        t("Al contado, entendido. Tengo este Ibiza de 2016 con setenta mil kilómetros a cinco mil novecientos, "
          "y un Corsa de 2015 a cinco mil doscientos. Los dos con un año de garantía."),
        c("Cinco mil novecientos por el Ibiza… en Wallapop he visto alguno por cinco mil. ¿Ese precio es "
          "cerrado?", "too_expensive"),
        t("Entre particulares los verá más baratos, sí; la diferencia es la garantía y la revisión hecha. Yo "
          "primero dejaría que su hija los pruebe, y luego hablamos de precio. ¿Le viene bien el sábado?"),
        c("El sábado por la mañana venimos los dos. Y si lo puedo llevar a mi mecánico a que lo vea, mejor.",
          None),
        t("Claro que puede. El sábado a las once se los tengo preparados."),
    ],
    [
        o,
        t("Buenas, ¡enhorabuena a su hija! Es un momento muy especial. Cuénteme, ¿qué tendría que tener un coche "
          "para que se lo lleve hoy mismo?"),
        c("Hoy no, hombre, que la niña ni lo ha visto. Vengo solo a mirar.", "brush_off"),
        t("Claro, claro, mirar es el primer paso. Tengo este Golf de 2019, una joya, a once mil. ¿Cómo lo "
          "prefiere, con financiación a cinco años o con entrada y cuotas?"),
        c("Financiación no, ni hablar, que con el coche de mi mujer nos metieron una y acabamos pagando el "
          "doble.", "bad_experience"),
        t("Lo entiendo perfectamente, su experiencia es importante para nosotros. Entonces, ¿qué color cree que "
          "le gustaría más a su hija, el blanco o el gris?"),
        c("Y yo qué sé, muchacho. Le estoy diciendo que once mil es mucho dinero pa un coche de aprender.",
          "too_expensive"),
        t("Le escucho. Y si le consigo un descuento de quinientos euros ahora mismo, ¿a nombre de quién hacemos "
          "el contrato, suyo o de ella?"),
        c("De nadie. Ya vendré con la niña otro día, si eso.", "brush_off"),
    ],
))

# 3 pitch_as_paraphrase -- Jaén, caja rural en Torredonjimeno
o = c("Buenos días. Quería información de un préstamo, que quiero poner riego en una finca de olivar, diez "
      "hectáreas.", None)
PAIRS.append(gpair(
    "esb66g_torredonjimeno_prestamoriego",
    "banca rural (préstamo agrario)",
    "pitch_as_paraphrase",
    "Oficina de una caja rural en Torredonjimeno (Jaén). Un olivarero pide información de un préstamo para "
    "poner riego por goteo en su olivar.",
    [
        o,
        t("Buenos días. ¿Ya tiene presupuesto del riego y el agua concedida, o está empezando a mirarlo?"),
        c("Presupuesto tengo, de un instalador de Martos: treinta y ocho mil euros. El agua la tenemos de la "
          "comunidad de regantes, eso está arreglao.", None),
        t("Bien. ¿Y cuánto pondría usted y cuánto pediría? ¿Ha mirado si le entran ayudas de la Junta para "
          "modernizar el regadío?"),
        c("Tengo ahorrados unos diez mil. Las ayudas… eso me da pereza, que el año pasado pedí una y tardaron "
          "catorce meses en pagarla.", None),
        t("Catorce meses es lo normal, por desgracia. Pero se puede pedir un préstamo puente que adelante la "
          "ayuda. Le calculo dos escenarios: veintiocho mil a ocho años, y lo mismo con la ayuda amortizando "
          "una parte cuando llegue. ¿Cuánto le deja la cosecha al año, más o menos, para que la cuota sea "
          "cómoda?"),
        c("Depende del año. Este bien; el pasado, con la sequía, casi na. Por eso no quiero una cuota que me "
          "ahogue.", None),
        t("Precisamente. Le preparo las simulaciones con una cuota anual que se paga después de la campaña, en "
          "febrero, en vez de todos los meses. Se las doy impresas y las mira con calma."),
        c("Vale. Me las llevo y se las enseño a mi hijo, que él entiende más de números.", "think_it_over"),
    ],
    [
        o,
        t("Buenos días, gracias por venir. Cuénteme, ¿cuál es su necesidad?"),
        c("Pues eso, un préstamo de unos veintiocho mil pa el riego. Tengo diez mil ahorrados y el resto lo "
          "pido.", None),
        t("Entonces, si le entiendo bien, lo que usted necesita es proteger su patrimonio, y para eso está "
          "nuestro plan de ahorro Oliva Futuro, al tres por ciento. ¿Es así?"),
        c("No, no es así. Yo no quiero ahorrar, quiero gastarme el dinero en el riego.", "no_need"),
        t("Claro, le escucho. O sea, lo que me dice es que quiere tranquilidad con su inversión, así que lo que "
          "necesita es el préstamo con el seguro de vida y el seguro de cosecha vinculados, que le bajan el "
          "tipo. ¿Lo he entendido bien?"),
        c("Seguro de cosecha ya tengo, el agrario de siempre, y no lo voy a cambiar. ¿Y cuánto me cuesta todo "
          "eso al año?", "no_need"),
        t("Eso lo vemos luego. Resumiendo lo que usted necesita: préstamo, seguro de vida, seguro de hogar y la "
          "tarjeta oro para los gastos de la campaña. ¿Correcto?"),
        c("Pues no, no es correcto. Con tanto seguro ya no me salen las cuentas. Lo pienso y ya vendré.",
          "think_it_over"),
    ],
))

# 4 upsell_as_loop_closing -- Gran Canaria, taller en Telde (recogida tras la revisión)
o = c("Buenas, vengo a buscar el Clio blanco, el de la revisión del aceite.", None)
PAIRS.append(gpair(
    "esb66g_telde_revision",
    "taller mecánico",
    "upsell_as_loop_closing",
    "Taller en Telde (Gran Canaria). Una clienta recoge su coche después de la revisión de aceite y filtros; por "
    "la mañana había comentado un ruidito al arrancar en frío.",
    [
        o,
        t("Buenas, ya lo tiene listo: aceite y filtros cambiados. Una cosa: esta mañana me dijo que hacía un "
          "ruidito al arrancar en frío. ¿Lo sigue notando igual, o a veces más?"),
        c("Igual, solo por las mañanas, un par de segundos. ¿Es grave?", None),
        t("No parece grave: es la correa auxiliar, que está algo seca. No es urgente, aguanta meses, pero en "
          "algún momento habrá que cambiarla, unos sesenta euros. Se lo apunto en la hoja para la próxima vez, "
          "¿le parece?"),
        c("Sí, mejor la próxima, que este mes voy justita con las cosas del colegio de los niños.", "no_money"),
        t("Sin problema. Si el ruido dura más o chirría al girar, me llama y la metemos. Son ochenta y nueve "
          "euros de la revisión, lo que le dije."),
        c("Perfecto. ¿Con tarjeta puede ser?", None),
        t("Claro. Aquí tiene la factura; la próxima revisión le toca a los cuarenta y cinco mil kilómetros."),
        c("Gracias, mi niño. Hasta la próxima.", None),
    ],
    [
        o,
        t("Buenas, ya lo tiene listo. Antes de cobrarle, para cerrar bien y que no se vaya con nada pendiente: "
          "¿qué más le podemos hacer hoy? Tenemos limpieza de inyectores por setenta euros."),
        c("No, no, con la revisión me vale.", "no_need"),
        t("Perfecto. Y para cerrar el ciclo, ¿le cambiamos también las escobillas y le ponemos el tratamiento "
          "antilluvia en las lunas? Con la calima que hay siempre viene bien."),
        c("Las escobillas las cambié en verano. Y aquí llueve cuatro días al año, muchacho.", "no_need"),
        t("Le escucho, le escucho. Entonces, para asegurarnos de que su experiencia es completa, ¿qué le parece "
          "si aprovechamos y le hacemos la carga del aire acondicionado? Es el momento perfecto."),
        c("El aire va perfecto. Oiga, ¿cuánto es lo de la revisión? Que tengo que ir a por los niños y no me "
          "da tiempo.", "no_time"),
        t("Ochenta y nueve. ¿Algo más que le pueda añadir? ¿Alfombrillas de goma, o el ambientador de regalo "
          "por diez euros más?"),
        c("Nada más. Y lo del ruidito que le dije esta mañana, ¿lo miraron o no?", None),
    ],
))

# 5 leading_tag_questions -- Granada, óptica en el Realejo
o = c("Buenas tardes. Traigo esto del oculista, que me ha dicho que necesito gafas pa leer. Pa el periódico y el "
      "móvil, vamos.", None)
PAIRS.append(gpair(
    "esb66g_granada_optica",
    "óptica",
    "leading_tag_questions",
    "Óptica en el Realejo (Granada). Un jubilado trae la receta del oftalmólogo para hacerse unas gafas de cerca.",
    [
        o,
        t("Buenas tardes. A ver la receta… Le ha puesto solo graduación de cerca. ¿Usted de lejos ve bien? "
          "¿Conduce?"),
        c("De lejos veo estupendamente, conduzco y todo. Lo mío es la letra chica.", None),
        t("Entonces con unas monofocales de cerca va perfecto; progresivas no le hacen falta. ¿Dónde las va a "
          "usar, en casa o las lleva encima?"),
        c("En casa pa leer, pero también en el bar pa ver el móvil. Y siempre las pierdo, ¿eh? Las de la "
          "farmacia las he perdido todas.", None),
        t("Entonces le propondría dos pares sencillos: uno para casa y otro para la chaqueta, con cristal básico "
          "y antirreflejante. Los dos le salen por noventa euros, montura incluida. Uno solo, cincuenta y "
          "cinco."),
        c("Noventa… eso es más de lo que pensaba gastarme. Las de la farmacia valen diez euros.",
          "too_expensive"),
        t("Es verdad. La diferencia es que las de farmacia llevan la misma graduación en los dos ojos, y usted, "
          "según la receta, tiene uno distinto del otro; por eso le cansan. Si quiere, empiece con un par y el "
          "segundo más adelante."),
        c("Hala, pues un par, y ya veremos. Escójame usted una montura que no sea muy de viejo.", None),
    ],
    [
        o,
        t("Buenas tardes. Usted querrá ver bien de cerca y de lejos, ¿verdad? Porque a su edad lo suyo son unas "
          "progresivas, ¿no le parece?"),
        c("Hombre, de lejos veo bien, que conduzco. El médico solo me ha puesto de cerca. Progresivas no me "
          "hacen falta.", "no_need"),
        t("Ya, pero dentro de nada le harán falta, y mejor prevenir, ¿a que sí? Y usted no querrá un cristal "
          "cualquiera, querrá el de alta gama, que es más fino, ¿verdad?"),
        c("¿Y eso cuánto vale?", None),
        t("Con la montura, cuatrocientos noventa. Es una inversión en su salud visual, y la salud no tiene "
          "precio, ¿no está de acuerdo?"),
        c("¿Cuatrocientos noventa? Niño, que yo cobro la pensión mínima. Eso no lo puedo pagar.", "no_money"),
        t("Lo entiendo, pero se puede financiar. Seguro que usted se merece ver bien, ¿no cree? Y su familia "
          "querrá que esté bien atendido, ¿a que sí?"),
        c("Mire, me llevo la receta y lo hablo con mi hija, que ella sabe de estas cosas.", "think_it_over"),
    ],
))

"""Ranked pairs d01-d10 (written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 -- Las Palmas, alquiler de coches: "el más barato"
o = c("Buenas, ¿cuál es el coche más barato que tienen pa este fin de semana? De viernes a domingo.", None)
PAIRS.append(rpair(
    "esb66r_d01_laspalmas_cochebarato",
    "Oficina de alquiler de coches en Las Palmas de Gran Canaria. Un chico pide el coche más barato para el fin "
    "de semana. Better pregunta para qué es antes de reservar; worse reserva lo pedido y solo ofrece otro coche "
    "de pasada.",
    [
        o,
        t("Buenas. El más barato es un Picanto, treinta y un euros al día. Antes de reservarlo, ¿a dónde van a "
          "ir? Se lo pregunto por si se les queda chico."),
        c("Vamos a subir a la cumbre, a Artenara, cinco amigos, con las mochilas pa acampar.", None),
        t("Entonces le aviso: en el Picanto caben cuatro, no cinco, y con mochilas de acampada no cierra el "
          "maletero. Tengo un Dacia de siete plazas a cincuenta y dos al día. Entre cinco sale más barato por "
          "cabeza que alquilar dos pequeños."),
        c("Cincuenta y dos… Eso lo tengo que hablar con los demás, que el dinero lo ponemos a escote.",
          "think_it_over"),
        t("Claro. Se lo dejo reservado sin pagar hasta mañana a las doce; si no me dicen nada, se libera. ¿Le "
          "mando el precio por WhatsApp para que lo pase al grupo?"),
        c("Sí, mándemelo, y mañana le digo.", None),
    ],
    [
        o,
        t("Buenas. El más barato es un Picanto, treinta y un euros al día. ¿Se lo reservo?"),
        c("Sí, sí. ¿Entran bien las mochilas? Que vamos de acampada a la cumbre.", None),
        t("Tiene un maletero pequeño, pero algo entra. Si quiere algo más grande, tengo un Dacia de siete plazas "
          "a cincuenta y dos."),
        c("Ah, no, cincuenta y dos ya es mucho. Con el pequeño nos apañamos.", "too_expensive"),
        t("Perfecto. Le reservo el Picanto de viernes a domingo. Necesito la tarjeta y el carné del conductor."),
        c("Venga. Ahora se los paso.", None),
    ],
))

# d02 -- Almería, tienda de riego en La Mojonera: "quiero un programador nuevo"
o = c("Buenas, quiero un programador de riego nuevo, que el mío ya no hace caso, hay sectores que no riegan "
      "cuando les toca.", None)
PAIRS.append(rpair(
    "esb66r_d02_lamojonera_programadorriego",
    "Tienda de riego en La Mojonera (Almería). Un agricultor pide un programador nuevo. Better diagnostica antes "
    "de vender y encuentra que el fallo probable es una electroválvula; worse vende el programador que le piden.",
    [
        o,
        t("Buenas. Antes de venderle uno: ¿le falla siempre el mismo sector o va cambiando? ¿Y en la pantalla "
          "sale que está regando?"),
        c("Siempre el sector tres, el del fondo. Y en la pantalla pone que riega, sí, pero los goteros ni "
          "gotean.", None),
        t("Pues entonces el programador da la orden bien; lo que casi seguro falla es la electroválvula del "
          "sector tres, o el cable que va hasta ella. Un programador nuevo son cuatrocientos euros; una "
          "electroválvula, cuarenta y cinco. Le mando mañana al técnico a medir y, si es la válvula, la cambia "
          "allí mismo."),
        c("Mañana no puedo, que tengo a la cuadrilla arrancando la mata. ¿Podría ser el viernes?", "no_time"),
        t("El viernes a primera hora. Y si al final fuera el programador, el técnico lleva uno en la furgoneta y "
          "lo deja puesto ese mismo día."),
        c("Venga, el viernes. Y gracias por no venderme el aparato a lo loco.", None),
    ],
    [
        o,
        t("Buenas. Tenemos este de seis sectores, muy fiable, cuatrocientos euros. ¿Cuántos sectores tiene "
          "usted?"),
        c("Cuatro. Pero el que me falla es solo el tres, los otros van bien.", None),
        t("Pues este le sirve y le sobran dos. Se lo instalamos por cincuenta euros más. Si luego sigue fallando, "
          "lo miramos."),
        c("Cuatrocientos cincuenta… es un dinero, pero si lo arregla… Bueno, venga.", "too_expensive"),
        t("Perfecto. ¿Le viene bien que vaya el técnico el viernes?"),
        c("El viernes, sí.", None),
    ],
))

# d03 -- Jaén, almazara privada en Villacarrillo: ¿dejar la cooperativa?
o = c("Buenas tardes. Vengo a preguntar qué pagáis la aceituna este año, que estoy pensando en dejar la "
      "cooperativa.", None)
PAIRS.append(rpair(
    "esb66r_d03_villacarrillo_almazara",
    "Almazara privada en Villacarrillo (Jaén). Un olivarero que siempre ha llevado la aceituna a la cooperativa "
    "pregunta precios. Better averigua por qué quiere cambiar (cobrar tarde) y propone una prueba con una "
    "parcela; worse da precios correctos y espera.",
    [
        o,
        t("Buenas tardes. Se lo digo, pero antes: ¿qué es lo que no le convence de la cooperativa? Porque según "
          "lo que sea, le compensa venir o no."),
        c("Pues que liquidan tarde, muy tarde. La campaña pasada no cobré la última parte hasta septiembre. Y "
          "yo a la cuadrilla la tengo que pagar en enero.", None),
        t("Entonces lo que le importa es cobrar pronto, más que unos céntimos. Aquí pagamos por rendimiento y "
          "precio del día, a treinta días de la entrega. A final de año el precio le puede salir algo por "
          "debajo del de la cooperativa; eso no se lo escondo."),
        c("Ya… si pagáis menos, no sé yo. Mi padre siempre decía que las almazaras privadas te la clavan en el "
          "rendimiento.", "bad_experience"),
        t("Por eso el rendimiento lo ve usted: la muestra se analiza delante de usted y se lleva el papel. "
          "Pruebe esta campaña con una parcela y el resto a la cooperativa, y compare lo que cobra y cuándo."),
        c("Hombre, así sí. Con la del Chorrillo pruebo, que son cuatrocientos olivos.", None),
    ],
    [
        o,
        t("Buenas tardes. Pagamos según el precio del día y el rendimiento, y liquidamos a treinta días. Ahora "
          "mismo el picual está sobre tres ochenta el kilo de aceite."),
        c("Ya. Pues la cooperativa dice que a final de año pagará más. Tendré que echar cuentas.",
          "think_it_over"),
        t("Puede ser, pero aquí el dinero lo tiene en el mes. Y el rendimiento lo analizamos delante de usted."),
        c("Bueno, eso de cobrar en el mes está bien. Ya lo pensaré.", "think_it_over"),
        t("Tómese su tiempo. Si se decide, venga antes de diciembre para darle cupo."),
        c("Vale, gracias.", None),
    ],
))

# d04 -- Granada, fibra para teletrabajar en el Albaicín
o = c("Hola, quería contratar fibra, la más rápida que tengáis. Vivo en el Albaicín, cerca de San Nicolás, y "
      "trabajo desde casa subiendo archivos muy pesados.", None)
PAIRS.append(rpair(
    "esb66r_d04_albaicin_fibrateletrabajo",
    "Tienda de telefonía en Granada. Una diseñadora del Albaicín quiere la fibra más rápida. Better comprueba la "
    "cobertura, avisa del permiso de fachada, ajusta la velocidad a lo que usa y cubre el hueco con un router 4G; "
    "worse vende la más cara y no avisa de los plazos.",
    [
        o,
        t("Hola. Primero miro si llega fibra a tu calle, que en el Albaicín hay zonas donde no. ¿Me dices la "
          "dirección exacta?"),
        c("Calle Algibe de Trillo, el siete.", None),
        t("Llega fibra a tu número, pero la instalación por fachada necesita permiso de la comunidad, y en el "
          "Albaicín a veces tarda. Para subir archivos lo que importa es la subida: con seiscientos megas "
          "simétricos vas sobrada; la de un giga no la vas a notar y son doce euros más."),
        c("Ah, pues mejor la de seiscientos. ¿Y el permiso cuánto tarda? Porque tengo una entrega a fin de mes "
          "y con lo que tengo ahora voy fatal.", None),
        t("No te lo puedo asegurar; normalmente de dos a cuatro semanas. Mientras, te dejo un router 4G con "
          "datos ilimitados el primer mes, sin coste, para que no pierdas la entrega."),
        c("Pues hecho. Pero no me pongáis permanencia, que la última compañía me tuvo un año atada con un "
          "servicio malísimo.", "bad_experience"),
        t("Sin permanencia en la fibra; solo hay que devolver el router si te das de baja. Te lo pongo por "
          "escrito en el contrato."),
    ],
    [
        o,
        t("Hola. La más rápida es la de un giga, cuarenta y dos euros al mes. ¿Me dices la dirección para ver la "
          "cobertura?"),
        c("Calle Algibe de Trillo, el siete. Subo archivos muy pesados, por eso la quiero rápida.", None),
        t("Sí, llega fibra. Con la de un giga vas a ir perfecta para el trabajo. La instalación tarda unos diez "
          "días."),
        c("Vale. Pero no me pongáis permanencia, que la última compañía me tuvo un año atada.", "bad_experience"),
        t("Tiene doce meses de permanencia por la instalación, pero tranquila, que no vas a querer irte."),
        c("Mmm… bueno. Lo pienso esta noche y vuelvo mañana.", "think_it_over"),
    ],
))

# d05 -- Tenerife, tienda de colchones en el Puerto de la Cruz
o = c("Buenas, mi niño. Queremos un colchón nuevo, que el que tenemos ya tiene veinte años y mi marido se "
      "levanta con la espalda hecha polvo.", None)
PAIRS.append(rpair(
    "esb66r_d05_puertodelacruz_colchon",
    "Tienda de colchones en el Puerto de la Cruz (Tenerife). Una pareja de jubilados; habla ella. Better pregunta "
    "por los dos durmientes y el calor y propone un colchón de doble firmeza con una alternativa más barata; "
    "worse recomienda firme para la espalda sin preguntar por ella.",
    [
        o,
        t("Buenas. Veinte años ya es, sí. ¿A usted también le molesta, o solo a su marido? ¿Y duermen con calor?"),
        c("A mí no, yo duermo como una piedra, y me gusta blandito. Él es el de la espalda. Y calor sí, que en "
          "verano aquí en el Puerto es horrible, aunque pongamos el ventilador.", None),
        t("Entonces no les vale cualquiera: él necesita firmeza y usted no. Hay colchones con dos firmezas, una "
          "por lado, y con tejido transpirable. Este de uno sesenta y cinco, seiscientos noventa euros. Túmbense "
          "los dos, cada uno en su lado."),
        c("Uy, seiscientos noventa… Eso es mucho pa nosotros, con la pensión.", "no_money"),
        t("Lo entiendo. Hay uno parecido, de firmeza media igual para los dos y sin el tejido fresco, por "
          "cuatrocientos diez. Pruébenlos los dos; y si quieren, el caro se puede pagar en tres meses sin "
          "intereses."),
        c("Vamos a probar el caro y el otro, a ver qué dice él, que es muy mirado.", None),
    ],
    [
        o,
        t("Buenas. Para la espalda, lo mejor es un colchón firme. Este de muelles ensacados de firmeza alta está "
          "muy bien valorado, quinientos cincuenta euros en uno sesenta."),
        c("Ah, firme. Yo lo prefiero blandito, la verdad, pero bueno, si es por él…", None),
        t("A la larga se acostumbra uno. Y es el que más se vende para problemas de espalda."),
        c("Quinientos cincuenta… Nos lo pensamos y volvemos otro día con mi hija.", "think_it_over"),
        t("Perfecto, aquí les espero. Les apunto el modelo en una tarjeta."),
        c("Muchas gracias, mi niño.", None),
    ],
))

# d06 -- Granada, farmacia en Motril: "algo pa dormir"
o = c("Hola, buenas. ¿Tienes algo pa dormir que no necesite receta? Que llevo unas semanas que no pego ojo.",
      None)
PAIRS.append(rpair(
    "esb66r_d06_motril_insomnio",
    "Farmacia en Motril (Granada). Una mujer de unos cincuenta años pide algo para dormir. Better pregunta cómo "
    "es el insomnio, qué toma y qué lo causa, aconseja algo suave y la deriva a la médica con un plazo; worse "
    "despacha melatonina correctamente pero sin saber qué le pasa.",
    [
        o,
        t("Hola. Te ayudo. ¿Desde cuándo te pasa, y qué es, que te cuesta dormirte o que te despiertas de "
          "madrugada?"),
        c("Me despierto a las cuatro y ya no me duermo. Hará un mes. Es que mi madre está malica y estoy yo con "
          "ella, y le doy muchas vueltas a la cabeza.", None),
        t("Vaya, lo siento. ¿Tomas alguna medicación, para la tensión o para lo que sea?"),
        c("Sí, para el tiroides, una pastilla por la mañana. Y cafés, muchos, pa aguantar el día.", None),
        t("Te puedo dar una de valeriana con pasiflora, suave, para probar dos semanas; no choca con lo del "
          "tiroides. El café, a partir de las cuatro de la tarde, mejor quitarlo. Y si en dos semanas sigues "
          "despertándote, díselo a tu médica, que con lo de tu madre a lo mejor necesitas algo más que una "
          "pastilla."),
        c("Ya… es que a la médica no tengo tiempo ni de ir, con todo el lío que llevo.", "no_time"),
        t("Lo entiendo. Puedes pedir consulta telefónica y no tienes que moverte de casa. Mientras, prueba esto "
          "y pásate en dos semanas a contarme."),
    ],
    [
        o,
        t("Hola. Sí, tenemos melatonina y valeriana. La melatonina va muy bien, veinte comprimidos, nueve euros."),
        c("¿Y eso engancha? Que no quiero acabar dependiendo de pastillas.", None),
        t("No, no engancha. Tómatela media hora antes de acostarte. Si en un par de semanas no notas nada, ve al "
          "médico."),
        c("Vale. ¿Y con la pastilla del tiroides no pasa nada?", None),
        t("No, son compatibles. Eso sí, evita el café por la tarde."),
        c("Uf, lo del café va a ser difícil. Bueno, me llevo la melatonina.", None),
    ],
))

# d07 -- Tenerife, gestión de viviendas vacacionales en el Puerto de la Cruz
o = c("Buenas. Mire, yo heredé un apartamento en el Puerto, de mi tía, y no sé si meterlo en vacacional o "
      "alquilarlo normal. Me han dicho que ustedes lo llevan todo.", None)
PAIRS.append(rpair(
    "esb66r_d07_puertodelacruz_herenciavacacional",
    "Empresa de gestión de viviendas vacacionales en el Puerto de la Cruz (Tenerife). Un propietario de La "
    "Orotava duda entre alquiler vacacional y de larga temporada. Better pregunta qué busca, avisa de la licencia "
    "y de la comunidad y propone un siguiente paso sin compromiso; worse vende el vacacional con una cifra "
    "optimista.",
    [
        o,
        t("Buenas. Sí, lo llevamos, pero antes de venderle nada: ¿qué busca usted, sacar el máximo, o tener poco "
          "lío y un ingreso fijo?"),
        c("Poco lío, sobre todo. Yo trabajo en La Orotava y tengo dos hijos. Pero si da más, pues también me "
          "interesa, claro.", None),
        t("Lógico. Le tengo que decir dos cosas: para vacacional hace falta licencia, y en el Puerto hay "
          "limitaciones según el edificio. Y el vacacional da más en bruto, pero tiene meses flojos, limpieza y "
          "más gastos. ¿Sabe si la comunidad permite viviendas vacacionales?"),
        c("Ni idea. Y la licencia esa, ¿no me la pueden sacar ustedes? Que yo de papeles no sé nada, y con la "
          "herencia ya he pasado un calvario con el notario.", None),
        t("Se la tramitamos, pero antes hay que ver los estatutos de la comunidad. Le propongo: me deja mirar "
          "los estatutos esta semana, sin coste, y le hago una comparación de lo que le quedaría limpio con "
          "vacacional y con larga temporada. Luego decide usted."),
        c("Eso está bien. Pero no me quiero atar a nada todavía, ¿eh? Que mi mujer todavía habla de venderlo.",
          "think_it_over"),
        t("No firma nada. Solo me deja una copia de los estatutos y la referencia catastral, y el lunes le llamo "
          "con los números."),
    ],
    [
        o,
        t("Buenas. Sí, lo llevamos todo. En el Puerto el vacacional da bastante más que el alquiler normal, "
          "fácil el doble. Nosotros gestionamos por un veinte por ciento."),
        c("¿El doble? ¿Y qué hace falta?", None),
        t("La licencia, que se la tramitamos nosotros, y tenerlo amueblado. ¿Está amueblado?"),
        c("Amueblado sí, con los muebles de mi tía, viejos pero apañados. Pero un veinte por ciento me parece "
          "mucho.", "too_expensive"),
        t("Es lo normal en la zona, y le quitamos todo el trabajo. Si quiere le preparo el contrato y empezamos "
          "ya con la licencia."),
        c("No, no, déjeme pensarlo, que lo tengo que hablar en casa.", "think_it_over"),
    ],
))

# d08 -- Almería, taller de neumáticos en Roquetas de Mar: "¿cuánto por alinear?"
o = c("Hola, ¿cuánto cobráis por alinear? Que el coche se me va pa la derecha.", None)
PAIRS.append(rpair(
    "esb66r_d08_roquetas_alineacion",
    "Taller de neumáticos en Roquetas de Mar (Almería). Una clienta pide alinear la dirección. Better pregunta "
    "qué pasó y revisa las ruedas antes de alinear, y encuentra un bulto peligroso; worse alinea lo pedido y "
    "menciona el bulto después, sin insistir.",
    [
        o,
        t("Hola. La alineación son treinta y cinco euros. Pero antes, ¿desde cuándo se le va? ¿Ha pasado algo, "
          "un bordillo, un bache?"),
        c("Desde hace una semana o así. Bordillo… pues ahora que lo dices, sí, me subí a uno aparcando en el "
          "Mercadona.", None),
        t("Entonces le miro primero las ruedas y la presión, que son cinco minutos y no se lo cobro. A veces es "
          "una rueda baja o un bulto en el neumático, y alinear no lo arreglaría."),
        c("Es que tengo prisa, voy a recoger a mi hijo al instituto. ¿No me lo podéis alinear y ya?", "no_time"),
        t("Cinco minutos, se lo prometo; si lo alineo sin mirar y es la rueda, vuelve la semana que viene y se ha "
          "gastado treinta y cinco euros para nada… Mire, ya está: la delantera derecha tiene un bulto en el "
          "lateral, del bordillo. Esa rueda hay que cambiarla, que es peligroso. Son setenta euros; luego, si "
          "sigue tirando, se alinea."),
        c("Pijo, setenta euros… Bueno, si es peligroso, cámbiala.", "too_expensive"),
    ],
    [
        o,
        t("Hola. La alineación son treinta y cinco euros, y ahora mismo tengo hueco. ¿Se lo hago?"),
        c("Sí, venga, que tengo prisa, tengo que recoger a mi hijo.", None),
        t("Ya está alineado. Le he visto también un bulto en la rueda delantera derecha; le aconsejo cambiarla "
          "pronto."),
        c("¿Un bulto? ¿Y eso es urgente? Porque este mes vamos justos.", "no_money"),
        t("Es recomendable cambiarla cuanto antes. Son setenta euros. Si no, vuelva cuando pueda."),
        c("Vale, ya vendré la semana que viene, a ver cómo vamos.", "think_it_over"),
    ],
))

# d09 -- Las Palmas, clínica dental: paciente con miedo
o = c("Buenas… mire, me duele una muela desde hace días, pero le digo la verdad, yo al dentista le tengo "
      "pánico. Llevo diez años sin ir.", None)
PAIRS.append(rpair(
    "esb66r_d09_laspalmas_miedodentista",
    "Clínica dental en Las Palmas de Gran Canaria. Un hombre de cuarenta años llama por un dolor de muela; tiene "
    "miedo al dentista. Better pregunta qué le asusta y adapta la primera visita; worse tranquiliza en general y "
    "da cita.",
    [
        o,
        t("Gracias por decírmelo, es más común de lo que cree, y nos ayuda a organizarlo. ¿Qué es lo que más le "
          "agobia: el dolor, la aguja, el ruido, o que le echen la bronca por los años sin venir?"),
        c("Jajaja, un poco todo. Pero sobre todo la aguja. De chico me hicieron un empaste sin esperar a que "
          "hiciera efecto la anestesia, y desde entonces nada.", "bad_experience"),
        t("Eso no debería haber pasado. Lo que hacemos aquí: primero una visita solo para mirar, sin tocar nada, "
          "y la doctora le explica lo que hay. Si hace falta anestesia, se pone antes un gel y se espera lo que "
          "haga falta. Y si levanta la mano, se para. ¿Cómo lo ve?"),
        c("Solo mirar… eso sí. ¿Y cuánto cuesta esa visita?", None),
        t("La primera visita con radiografía, veinte euros. Si luego hay que hacer algo, le damos el presupuesto "
          "por escrito antes. ¿Le viene bien mañana a primera hora, que está más tranquilo?"),
        c("Mañana a las nueve, vale. Aunque igual a las ocho y media me arrepiento, ¿eh?", None),
        t("Si se arrepiente, llame y lo movemos, sin problema. Pero venga, que por lo menos le quitamos el dolor."),
    ],
    [
        o,
        t("Buenas. No se preocupe, nuestros dentistas son muy cuidadosos. ¿Le viene bien mañana a las nueve para "
          "verle la muela?"),
        c("Eh… sí, supongo. ¿Me van a pinchar?", None),
        t("Depende de lo que tenga. Si hay que hacer un empaste o una endodoncia, sí, con anestesia; no se nota "
          "nada."),
        c("Ya, eso me dijeron la última vez y lo noté todo. Mire, igual espero a ver si se me pasa.",
          "bad_experience"),
        t("Yo no esperaría, que con dolor suele ir a peor. Le dejo la cita de mañana a las nueve, y si no viene, "
          "llame para anularla."),
        c("Vale, vale. Ya veré.", "brush_off"),
    ],
))

# d10 -- Jaén, inmobiliaria: vender la casa heredada en Cazorla
o = c("Buenas. Quería poner en venta una casa en Cazorla, la de mi abuela. ¿Qué necesitáis pa anunciarla?", None)
PAIRS.append(rpair(
    "esb66r_d10_cazorla_casaherencia",
    "Inmobiliaria en Jaén capital. Un hombre quiere vender la casa que ha heredado con sus dos hermanas en "
    "Cazorla. Better descubre que una hermana no quiere vender y propone una valoración que los tres puedan ver; "
    "worse tasa y prepara el anuncio.",
    [
        o,
        t("Buenas. Escrituras, nota simple y certificado energético, que ese se lo podemos hacer nosotros. Una "
          "pregunta: ¿la casa es solo suya o la han heredado entre varios?"),
        c("Entre tres: mis dos hermanas y yo. Yo vivo en Jaén, una hermana en Madrid y la otra en Cazorla.",
          None),
        t("¿Y están los tres de acuerdo en vender, y en el precio? Se lo pregunto porque en las herencias lo "
          "que más frena una venta no suele ser el comprador, sino ponerse de acuerdo."),
        c("Pues… ahí está el tema. La de Cazorla no quiere vender, dice que es la casa de la familia. Pero los "
          "gastos los pagamos los demás, el IBI, y el tejado se está cayendo.", None),
        t("Entonces, antes de anunciarla, lo útil es una valoración por escrito que vean los tres, con lo que "
          "cuesta mantenerla. A veces la salida es que la hermana que quiere quedársela compre la parte de los "
          "otros. La valoración no le cuesta nada; si luego venden con nosotros, cobramos el tres por ciento. ¿Le "
          "preparo eso para que lo hablen?"),
        c("Eso estaría bien, que así no parezco yo el malo. El puente vamos los tres a Cazorla; si la tienes pa "
          "entonces, la miramos allí.", None),
    ],
    [
        o,
        t("Buenas. Escrituras, nota simple y certificado energético. ¿Cuántos metros tiene y en qué estado "
          "está?"),
        c("Unos ciento cincuenta metros, dos plantas. El tejado está regular, habría que arreglarlo.", None),
        t("Por la zona, sin reformar, podríamos sacarla por unos ochenta mil. Le preparo el anuncio con fotos "
          "esta semana; nuestra comisión es el tres por ciento."),
        c("Ochenta mil… Mis hermanas pensaban que valía más, la verdad. Y una ni quiere venderla.",
          "think_it_over"),
        t("Es el precio de mercado. Si quieren, la ponen más cara al principio y luego bajamos. Hablen entre "
          "ustedes y me dicen."),
        c("Vale, lo hablo con ellas y te llamo.", "think_it_over"),
    ],
))

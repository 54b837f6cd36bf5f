"""esb40 ranked pairs d01-d10: two decent conversations, better is better."""
from common import c, rpair, t

PAIRS = []

o = c("Hola, soy Marc, distribuidor en Barcelona. ¿Me pasas tarifa de vuestro crianza para canal? Necesito el número ya.", None)
PAIRS.append(rpair(
 "esb40r_d01_haro_bodega_distribuidor",
 "A Barcelona wine distributor phones a Haro winery and asks straight away for the trade price of its crianza.",
 [o,
  t("Hola, Marc. A canal, 6,40 € la botella; por palé, 5,90. ¿A qué clientes lo moverías, restaurante o tienda?"),
  c("Restaurantes del Eixample, sobre todo. Buscan riojas que no sean los de siempre.", None),
  t("Entonces, más que el crianza, te encaja la garnacha de viñas viejas, que no está en cartas de Barcelona: 7,80 a canal. ¿Les preocupa la rotación?"),
  c("Mucho. Si no vende, no repiten. Y a ese precio en carta se va a 30 y pico.", "too_expensive"),
  t("Lógico. Te mando seis botellas de cada uno, las llevas a dos o tres restaurantes, y pedimos lo que les guste."),
  c("Me parece bien. Mándalas al almacén de Sant Adrià.", None)],
 [o,
  t("Hola, Marc. A canal, 6,40 € la botella; por palé, 5,90. Te mando la tarifa completa por correo."),
  c("Vale. ¿Y portes a Barcelona?", None),
  t("Gratis a partir de 300 botellas; por debajo, 45 € el envío."),
  c("Bien. ¿Plazo?", None),
  t("48 horas desde el pedido. Te adjunto también las fichas técnicas."),
  c("Vale, lo miro y te digo.", "think_it_over")]))

o = c("Buenas. Logística en PLAZA. Gastamos unas 400 bobinas de film al mes. ¿A cuánto me la dejas?", None)
PAIRS.append(rpair(
 "esb40r_d02_zaragoza_film_estirable",
 "A warehouse manager in Zaragoza's logistics park asks a packaging supplier for a price on stretch film.",
 [o,
  t("Buenas. De 23 micras, a 400 al mes, 11,20 € la bobina. ¿Enfardáis a mano o con máquina?"),
  c("Con dos máquinas de plato. Y se nos rompe el film a menudo, la verdad.", None),
  t("Si se rompe, puede ser el preestirado mal ajustado. Con uno de 17 micras y la máquina bien ajustada gastaríais menos. ¿Cuánto pesa un palé?"),
  c("Entre 500 y 700 kilos. ¿Y ese cuánto cuesta?", None),
  t("13,50, pero cada bobina envuelve un 40 % más de palés. Un técnico os ajusta las máquinas gratis y probáis dos semanas; si no baja el gasto, seguís con el de 23."),
  c("13,50 es bastante más... Pero si el ajuste no me cuesta nada, que venga.", "too_expensive")],
 [o,
  t("Buenas. De 23 micras, a 400 al mes, 11,20 € la bobina. Si cerráis un año, 10,80."),
  c("Ahora pagamos 11,50. Y se nos rompe bastante.", None),
  t("El nuestro es de primera calidad, se rompe menos. Y os ahorráis 30 céntimos por bobina."),
  c("Vale. Mándame oferta a un año y la comparo con la de nuestro proveedor.", "think_it_over"),
  t("Te la mando hoy. Gracias por llamar.")]))

o = c("Hola. Me dijeron que necesito una endodoncia y... mire, le soy sincera, me da pánico. La última vez lo pasé fatal.", "bad_experience")
PAIRS.append(rpair(
 "esb40r_d03_lleida_dental_endodoncia",
 "A frightened patient at a Lleida dental clinic needs a root canal after a bad experience elsewhere.",
 [o,
  t("Gracias por decírmelo, nos ayuda mucho. ¿Qué pasó la última vez?"),
  c("Se me pasó la anestesia a mitad y el dentista siguió. Y no me decía nada de lo que hacía.", None),
  t("Normal que tenga miedo. Aquí acordamos una señal, levantar la mano, y paramos al momento. Y le explico cada paso. ¿Le ayudaría?"),
  c("Sí... eso sí. ¿Y cuánto dura?", None),
  t("Una hora. Si prefiere, la partimos en dos citas más cortas, al mismo precio: 220 €."),
  c("En dos, mejor. ¿Tiene algo por la mañana temprano?", None),
  t("El martes a las 8:30. Así no está todo el día pensando en ello.")],
 [o,
  t("Es normal, le pasa a mucha gente. Tranquila, hoy la anestesia es muy buena y no se nota nada."),
  c("Ya... eso me dijeron la otra vez.", "bad_experience"),
  t("Se hace en una sesión de una hora, 220 €. Si nota molestias, le pongo más anestesia."),
  c("Vale. ¿Qué día puede ser?", None),
  t("El martes a las 11:00 o el jueves a las 16:00."),
  c("El martes. Bueno... a ver qué tal.", None)]))

o = c("Hola, buenas. Tengo 48 años y no he esquiado nunca. Mis hijos sí, y me da rabia quedarme en la cafetería. ¿Qué me recomendáis?", None)
PAIRS.append(rpair(
 "esb40r_d04_lamolina_escuela_esqui",
 "A 48-year-old beginner asks a La Molina ski school what to book for a three-day stay.",
 [o,
  t("¡Qué bien que te animes! ¿Cuántos días vas a estar y cómo estás de forma?"),
  c("Tres días. De forma, normal, camino mucho. Pero me da miedo caerme: la rodilla derecha la tengo tocada.", None),
  t("Entonces, particulares los dos primeros días, a tu ritmo y sin forzar la rodilla. El tercero ya puedes bajar una azul fácil con tus hijos."),
  c("¿Particulares no es carísimo?", "too_expensive"),
  t("58 € la hora; con dos horas al día basta. El grupo son 40 € por tres horas, pero con diez personas vas al ritmo de todos."),
  c("Vale, dos horas particulares mañana y pasado, por la mañana.", None),
  t("De 10 a 12 los dos días, con Laia, que trabaja mucho con adultos.")],
 [o,
  t("¡Genial! Tenemos cursillo de iniciación en grupo, tres horas al día, 40 €. Es lo que hace casi todo el mundo."),
  c("¿Y si me cuesta? Tengo una rodilla tocada.", None),
  t("No te preocupes, los monitores están acostumbrados. Vas a ir muy bien."),
  c("Vale, pues apúntame los tres días.", None),
  t("Hecho, de 10 a 13. Ven con el material de alquiler ya puesto.")]))

o = c("Buenos días. Soy la responsable de RRHH de una empresa de moldes de Terrassa. Queremos inglés para 8 personas de oficina técnica. ¿Qué precio tenéis?", None)
PAIRS.append(rpair(
 "esb40r_d05_terrassa_academia_empresa",
 "An HR manager asks a language academy for in-company English for eight technical staff.",
 [o,
  t("Buenos días. In company, unos 45 € la hora por grupo. Antes de proponer nada: ¿para qué usan el inglés en el día a día?"),
  c("Llamadas con clientes alemanes y suecos. Los correos los entienden, pero al teléfono se bloquean.", None),
  t("Entonces no tanto gramática como práctica de llamadas técnicas. ¿Tienen niveles parecidos?"),
  c("Qué va. Dos se defienden y el resto, muy básico.", None),
  t("Dos grupos, pues: uno de 2 para llamadas reales y otro de 6 de base. Hacemos prueba de nivel gratis en su oficina y ajusto la propuesta."),
  c("Bien, pero el presupuesto de formación es el que es. Lo consulto con gerencia.", "think_it_over"),
  t("Claro. Le mando dos opciones de precio y, cuando lo hable, fijamos la prueba.")],
 [o,
  t("Buenos días. In company, 45 € la hora. Un grupo de 8, dos horas por semana, material incluido."),
  c("¿Y qué trabajaríais?", None),
  t("Seguimos el método de la escuela por niveles del Marco Europeo. Al final pueden certificarse."),
  c("Vale. Lo consulto con gerencia.", "think_it_over"),
  t("Perfecto. Le mando la propuesta por correo hoy mismo.")]))

o = c("Buenas. ¿Tenéis libre la empacadora de la cooperativa la semana del 10? Tengo que empacar la alfalfa.", None)
PAIRS.append(rpair(
 "esb40r_d06_binefar_coop_empacadora",
 "A farmer asks his Binéfar cooperative for the baler in a week when it is already booked.",
 [o,
  t("Buenas, Tomás. Esa semana está reservada entera, lo siento. ¿Cuántas hectáreas son y cuándo está lista la alfalfa?"),
  c("Doce hectáreas. Lista el 10, y si llueve la pierdo.", None),
  t("Dos opciones: el 14 la tengo libre, pero son cuatro días de riesgo; o Emilio, de Tamarite, alquila la suya, 30 € más la hora. Con esa previsión, yo no esperaría."),
  c("Treinta más la hora... Aunque si se me moja la alfalfa pierdo mucho más.", "too_expensive"),
  t("Eso mismo. Te paso su número y, si se libera un día de la nuestra, te aviso el primero."),
  c("Vale, dame el número. Y apúntame por si acaso.", None)],
 [o,
  t("Buenas, Tomás. Esa semana está reservada. Te la puedo apuntar para el 14."),
  c("¿El 14? No me sirve, la alfalfa está lista el 10.", "no_time"),
  t("Es lo que hay, todo el mundo está igual. Si quieres, el 14 te la guardo."),
  c("Bueno, apúntamela. A ver si no llueve.", None),
  t("Apuntado el 14 a primera hora.")]))

o = c("hola, teletrabajo y las videollamadas se me cortan cada dos por tres. quiero subir a 1 giga", None)
PAIRS.append(rpair(
 "esb40r_d07_girona_fibra_teletrabajo",
 "A remote worker writes to her internet provider's chat asking to upgrade to 1 Gb because video calls drop.",
 [o,
  t("Hola. Antes de subir: ¿se te corta por cable o por wifi? ¿Y en qué parte de la casa trabajas?"),
  c("wifi. en el despacho, al final del pasillo. el router esta en el salon", None),
  t("Entonces no es la velocidad: tus 300 Mb sobran para videollamadas. Es que el wifi no llega bien. Un equipo mesh, 4 €/mes, lo arreglaría."),
  c("ya puse un repetidor de esos y fatal, se desconectaba", "bad_experience"),
  t("Los repetidores baratos dan ese problema; el mesh es distinto. Pruébalo 30 días: si no mejora, lo devuelves sin coste."),
  c("vale, probamos. mandamelo", None),
  t("Hecho. Te llega en 48 h y te mando por aquí cómo colocarlo.")],
 [o,
  t("Hola. Claro, te subo a 1 Gb. Son 10 € más al mes y te mandamos un router nuevo."),
  c("vale. y con eso ya no se me cortara?", None),
  t("Deberías notar mucha mejora, es el triple de velocidad. Si sigue, nos llamas y lo miramos."),
  c("ok, hazlo", None),
  t("Hecho, el cambio es efectivo mañana.")]))

o = c("Buenas tardes. Llamo de una asociación de catadores. Queremos un encuentro en Barbastro en mayo, unas 30 personas, dos noches.", None)
PAIRS.append(rpair(
 "esb40r_d08_barbastro_hotel_grupo",
 "A tasting association phones a Barbastro hotel about a two-night group meeting in the Somontano.",
 [o,
  t("Buenas tardes. ¿Qué fechas manejáis y qué programa tenéis? Para ver qué espacios os hacen falta además de las habitaciones."),
  c("El 16 y 17. Catas en una sala por la mañana y bodegas por la tarde. Hay bastante gente mayor.", None),
  t("Tenemos sala con luz natural, buena para catar, y ascensor. A los mayores les pongo en las plantas bajas. ¿Cómo iréis a las bodegas?"),
  c("Ni idea todavía. ¿Lo organizáis vosotros?", None),
  t("Rutas no, pero trabajamos con un autocar de aquí y os paso precio. Doble con desayuno, 85 € la noche; sala, 150 € al día."),
  c("Bien. Lo paso a la junta y te digo.", "think_it_over"),
  t("Os guardo las habitaciones hasta el día 30 sin compromiso.")],
 [o,
  t("Buenas tardes. Sí, tenemos disponibilidad. Doble con desayuno, 85 € la noche. ¿Qué fechas?"),
  c("El 16 y 17 de mayo. También necesitamos sala para catar.", None),
  t("Tenemos sala, 150 € al día. Os mando presupuesto con todo."),
  c("Vale. Lo paso a la junta.", "think_it_over"),
  t("Perfecto, quedo a la espera.")]))

o = c("Buenos días. Me ha subido el seguro del piso de 210 a 265 euros. Quiero saber por qué o me voy a otro.", "too_expensive")
PAIRS.append(rpair(
 "esb40r_d09_logrono_seguro_hogar",
 "A customer of a Logroño insurance office complains that her home insurance renewal went up sharply.",
 [o,
  t("Buenos días. Tiene derecho a saberlo. Ha subido por la revisión anual y por el parte del agua de febrero."),
  c("Lo del agua fue culpa del vecino de arriba, ¿eh?", None),
  t("Entonces reviso el parte: si consta que el origen era del vecino, no debe contar en su contra. ¿Tiene el informe del perito?"),
  c("En casa. ¿Y si es así, en cuánto se queda?", None),
  t("Unos 225. Y tiene cobertura de joyas: ¿la sigue necesitando? Si no, son 20 € menos."),
  c("No, las joyas se las di a mi hija. Quítela. Le mando el informe esta tarde.", None),
  t("Con el informe lo recalculo y le confirmo el precio mañana, antes de que renueve.")],
 [o,
  t("Buenos días. Ha subido por la revisión anual y por un parte de este año. Le puedo aplicar un 10 % de fidelidad."),
  c("¿Y se queda en cuánto?", None),
  t("En unos 238 €. Es de los más competitivos del mercado."),
  c("Bueno... sigue siendo más que antes. Lo miraré.", "too_expensive"),
  t("Claro. Si decide quedarse, no tiene que hacer nada: se renueva solo.")]))

o = c("Hola. Tengo una panadería en Granollers y dos tiendas más. Quiero cambiar de TPV. ¿Cuánto cuesta el vuestro?", None)
PAIRS.append(rpair(
 "esb40r_d10_granollers_tpv_panaderia",
 "A baker with three shops asks a point-of-sale software company for its price.",
 [o,
  t("Hola. 39 € al mes por tienda, hardware aparte. ¿Qué le falla del que tiene? Así veo si el nuestro lo resuelve."),
  c("No me cuadra el stock entre tiendas. Hago el pan en el obrador y no sé qué sobra en cada sitio hasta la noche.", None),
  t("Eso lo hacemos: stock en tiempo real de las tres tiendas desde el móvil. ¿Hace también encargos, tartas o así?"),
  c("Muchos, los fines de semana. Ahora van en una libreta.", None),
  t("El módulo de encargos va incluido. Le propongo un mes en una sola tienda, sin permanencia, y ve si le cuadra el stock."),
  c("Un mes en la de la plaza, vale. Pero en diciembre no, que con la campaña no tengo tiempo ni de respirar.", "no_time"),
  t("Entendido: lo instalamos la segunda semana de enero, fuera de la hora punta. Le llamo el día 8 para fijar el día.")],
 [o,
  t("Hola. 39 € al mes por tienda, hardware aparte. Incluye ventas, stock, encargos, informes y app."),
  c("¿El stock se ve entre tiendas?", None),
  t("Sí, en tiempo real. Y los informes de ventas por producto."),
  c("Vale, me interesa. ¿Cómo seguimos?", None),
  t("Le mando el contrato y le instalamos las tres tiendas la semana que viene."),
  c("¿Las tres a la vez? Uf, en plena campaña de Navidad no tengo tiempo para líos.", "no_time")]))

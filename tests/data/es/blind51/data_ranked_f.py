"""Ranked pairs f01-f10 (esb51), written by hand: both sides share every turn except one fault in
`worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 - argues with the customer: internet provider, Liberia (CR)
c0 = c("Buenas, el internet en la noche anda lentísimo, no se puede ver ni una película. Y pago por 100 megas.", None)
t1 = t("Buenas, qué mala nota. ¿Me puede hacer una prueba de velocidad desde el celular, pegado al módem y después en el cuarto?")
c2 = c("Ya la hice. Pegado al módem me da 95, pero en el cuarto me da 8.", None)
t3_b = t("Gracias, eso ayuda mucho. Entonces la línea llega bien y lo que falla es que la señal no alcanza al cuarto. ¿Qué hay entre el módem y el cuarto?")
c4_b = c("Dos paredes y la refri, más o menos.", None)
t3_w = t("Entonces no está lento, señor. Si pegado al módem da 95, el internet está perfecto; el problema es su casa, no el servicio.")
c4_w = c("Diay, ¿perfecto? Yo pago para usar internet en mi casa, no pegado a un chunche en la sala.", None)
t5 = t("Le propongo que vaya un técnico el viernes a ver dónde conviene poner el módem o un repetidor. La visita no tiene costo.")
c6 = c("Bueno, el viernes en la tarde está bien.", None)
PAIRS.append(rpair(
    "esb51r_f01_liberia_internet_speed",
    "A customer in Liberia complains that his 100-megabit internet is unusable at night; near the modem it is fast, in his bedroom it is not. Fault in worse: argues with him.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6],
))

# f02 - doubts the customer's honesty: car rental return, Tocumen (Panama)
c0 = c("Buenas, vengo a devolver el carro. Lo llené en la bomba de la entrada del aeropuerto.", None)
t1 = t("Buenas, gracias. Déjeme revisar... la aguja está un poquito abajo de lleno.")
c2 = c("Sí, es que de la bomba hasta aquí hay su trechito, con el tranque.", None)
t3_b = t("Tiene razón, con el tranque baja un poco. Está dentro de lo normal, no le cobro nada de combustible.")
c4_b = c("Ah, nítido. Gracias.", None)
t3_w = t("Ajá. Mucha gente dice que llenó y no es cierto. ¿Seguro que lo llenó? ¿Tiene el recibo?")
c4_w = c("Oiga, claro que lo llené. Aquí está el recibo, mírelo. No me trate de mentiroso.", None)
t5 = t("Listo, le cierro el contrato. El depósito se le libera en la tarjeta en unos cinco días hábiles.")
c6 = c("Ok. ¿Me puede mandar el cierre por correo?", None)
t7 = t("Claro, ya se lo envié. Buen viaje.")
PAIRS.append(rpair(
    "esb51r_f02_tocumen_rental_return",
    "A traveller returns a rental car at Tocumen; the fuel needle sits just under full after the drive from the petrol station. Fault in worse: doubts his honesty.",
    [c0, t1, c2, t3_b, c4_b, t5, c6, t7],
    [c0, t1, c2, t3_w, c4_w, t5, c6, t7],
))

# f03 - drops the price before asking anything: eco-lodge, La Fortuna (CR), company retreat
c0 = c("Buenas, le escribo de una empresa de software en San José. Queremos hacer un retiro para 20 personas en La Fortuna en marzo.", None)
t1_b = t("Buenas, qué bien. ¿Qué tipo de retiro es: más de trabajo, con sala de reuniones, o más de paseo? ¿Y cuántas noches?")
c2_b = c("Dos noches. Queremos una mañana de talleres y el resto paseo. El presupuesto es de unos 150 dólares por persona por noche.", None)
t1_w = t("Buenas, qué bien. Para grupos de 20 le puedo hacer de una vez un 20 por ciento de descuento; quedaría en 120 dólares por persona por noche.")
c2_w = c("Ah... bueno, gracias. Nosotros teníamos 150 de presupuesto. Son dos noches, una mañana de talleres y el resto paseo.", None)
t3 = t("Perfecto. Tenemos el salón del jardín con proyector para los talleres, y en la tarde pueden ir a las aguas termales o a los puentes colgantes.")
c4 = c("Suena bien. ¿Y la comida va incluida?", None)
t5 = t("Desayuno y cena incluidos; el almuerzo del día de talleres se lo servimos en el salón. Hoy le mando la propuesta por escrito.")
c6 = c("Perfecto, la reviso con mi jefa y le contesto el lunes.", "think_it_over")
PAIRS.append(rpair(
    "esb51r_f03_lafortuna_company_retreat",
    "An office manager at a San José software firm asks a La Fortuna lodge about a two-night retreat for 20. Fault in worse: offers a discount before asking anything.",
    [c0, t1_b, c2_b, t3, c4, t5, c6],
    [c0, t1_w, c2_w, t3, c4, t5, c6],
))

# f04 - unasked lecture: bank withdrawal for a family trip, Panama City
c0 = c("Buenas, quiero sacar 3.000 de mi cuenta de ahorros. Es para el viaje de los pelaos a Orlando.", None)
t1 = t("Buenas, con gusto. ¿Me presta la cédula? ¿Lo quiere en efectivo o transferido a otra cuenta?")
c2 = c("Mejor en un cheque de gerencia, es para pagarle a la agencia de viajes.", None)
t3_b = t("Perfecto. El cheque de gerencia cuesta 5 dólares. ¿A nombre de qué agencia lo hago?")
c4_b = c("A nombre de Viajes Istmo, S.A.", None)
t3_w = t("Perfecto. Permítame un consejo: 3.000 es casi todo su ahorro y un viaje se va en una semana. Lo ideal es tener seis meses de gastos guardados antes de gastar en paseos.")
c4_w = c("Eh... gracias, pero eso ya lo hablé con mi esposo y está decidido. Hágalo a nombre de Viajes Istmo, S.A.", None)
t5 = t("Listo, aquí tiene su cheque de gerencia. Me firma aquí el recibo, por favor.")
c6 = c("Ya. Gracias.", None)
PAIRS.append(rpair(
    "esb51r_f04_panama_bank_withdrawal",
    "A father withdraws most of his savings as a cashier's cheque to pay a travel agency for a family trip. Fault in worse: an unasked lecture about saving.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6],
))

# f05 - vague next step: building lot for sale, Nosara (CR)
c0 = c("Hola, buenas. Me interesa el lote de mil metros en Guiones que vi en su página. ¿Todavía está disponible?", None)
t1 = t("Hola, sí, todavía está. ¿Lo quiere para construir su casa o como inversión?")
c2 = c("Para construir, queremos vivir ahí. Pero un amigo me dijo que en Nosara a veces no dan agua para lotes nuevos.", None)
t3 = t("Su amigo tiene razón, es lo más importante. Sin la carta de disponibilidad de agua de la ASADA no le dan permiso de construcción. Ya la pedimos para ese lote.")
c4 = c("¿Y cuándo sale eso? Porque no quiero pagar la reserva antes de saber.", "think_it_over")
t5_b = t("Me parece muy sensato. La ASADA se reúne el martes; el miércoles le mando la carta o la respuesta que den, sea cual sea, y hasta entonces no le pido ningún depósito.")
c6_b = c("Perfecto, quedo pendiente el miércoles.", None)
t5_w = t("Sí, claro. Nosotros le avisamos cuando sepamos algo.")
c6_w = c("¿Y eso más o menos cuándo sería? Porque tengo otro lote en vista y no quiero quedarme esperando.", "think_it_over")
PAIRS.append(rpair(
    "esb51r_f05_nosara_lot_water",
    "A Costa Rican buyer who wants to build a home asks about a lot in Nosara and worries about the water-availability letter. Fault in worse: a vague next step.",
    [c0, t1, c2, t3, c4, t5_b, c6_b],
    [c0, t1, c2, t3, c4, t5_w, c6_w],
))

# f06 - over-promises: freight forwarder, Shanghai to Colón (Panama)
c0 = c("Buenas, tengo 400 cajas de juguetes listas en Shanghái y necesito tenerlas en Colón para vender en Navidad. ¿Qué tiempo es?", None)
t1 = t("Buenas. ¿Cuándo estaría la carga lista en el puerto allá, y para qué fecha la necesita en su bodega?")
c2 = c("Lista el lunes. La necesito en la bodega antes del 15 de diciembre, a más tardar.", None)
t3_b = t("El buque del jueves hace transbordo en Busan y el tránsito estimado es de 32 días: llegaría a Manzanillo entre el 8 y el 12. No se lo puedo garantizar, los transbordos a veces se atrasan, pero todavía da para el 15.")
c4_b = c("Ok, entonces no hay que arriesgarse. Lo mandamos en ese.", None)
t3_w = t("Tranquilo, con el buque del jueves le llega el 8 de diciembre sí o sí. Se lo garantizo, yo conozco a la gente de la naviera.")
c4_w = c("¿Garantizado? Nítido, entonces ya les digo a mis clientes que el 10 tengo mercancía.", None)
t5 = t("Le mando la reserva hoy. Necesito la factura comercial y la lista de empaque antes del miércoles.")
c6 = c("Ofi, mañana se las mando.", None)
PAIRS.append(rpair(
    "esb51r_f06_colon_christmas_freight",
    "A Colón Free Zone toy importer needs a container from Shanghai in his warehouse before mid-December. Fault in worse: guarantees an arrival date the forwarder cannot control.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6],
))

# f07 - closes before checking the thing works: card terminal for a soda, Puntarenas (CR)
c0 = c("Buenas, ¿usted es el del banco? Llevo dos semanas esperando el datáfono, los turistas me piden pagar con tarjeta.", None)
t1 = t("Buenas, sí, disculpe la espera. ¿Dónde lo quiere, aquí en la caja? ¿Y qué tal la señal de celular aquí adentro?")
c2 = c("Aquí en la caja. La señal es regular, a veces el WhatsApp se queda pegado.", None)
t3 = t("Le traje el que usa chip de dos compañías: si una falla, agarra la otra. La comisión es del 3 por ciento por venta y la plata le cae al día siguiente.")
c4 = c("Diay, 3 por ciento es bastante para una soda... pero sin tarjeta estoy perdiendo clientes.", "too_expensive")
t5_b = t("Le entiendo. Antes de irme hagamos una venta de prueba de 100 colones con su tarjeta y la anulamos, para ver que pase con la señal de aquí.")
c6_b = c("Dele... ahí salió el papelito. Pura vida, sí funciona.", None)
t5_w = t("Le entiendo. Bueno, ya quedó instalado. Firme aquí el acta de entrega y ya puede cobrar.")
c6_w = c("Bueno, firmo. Ojalá funcione con esta señal, porque el sábado llegan los del crucero.", None)
t7 = t("Cualquier falla me llama a este número y vengo el mismo día.")
PAIRS.append(rpair(
    "esb51r_f07_puntarenas_card_terminal",
    "A bank technician installs a card terminal at a small seafront restaurant where the mobile signal is weak. Fault in worse: closes without a test payment.",
    [c0, t1, c2, t3, c4, t5_b, c6_b, t7],
    [c0, t1, c2, t3, c4, t5_w, c6_w, t7],
))

# f08 - recommends before asking: tour desk, Boquete (Panama)
c0 = c("Buenas, estamos dos días en Boquete y queremos hacer algún tour. ¿Qué nos recomienda?", None)
t1_b = t("Bienvenidos. ¿Qué les gusta más: caminar, ver pájaros, el café? ¿Y qué tanto caminan normalmente?")
c2_b = c("Nos gusta caminar, pero tranquilo. Mi esposo tiene la rodilla operada. Y él es fanático del café.", None)
t1_w = t("Bienvenidos. Lo que no se pueden perder es subir al Volcán Barú de madrugada, para ver los dos océanos al amanecer. Sale a las 11 de la noche.")
c2_w = c("¿A las 11 de la noche? No, mi esposo tiene la rodilla operada, eso no es para nosotros. A él le gusta el café y caminar tranquilo.", "no_need")
t3 = t("Entonces les va a gustar el tour de café en una finca de Jaramillo, con cata de geisha, y el primer tramo del sendero El Pianista, que es casi plano.")
c4 = c("Eso suena perfecto. ¿Cuánto es el del café?", None)
t5 = t("35 por persona, con transporte. Sale mañana a las 9.")
c6 = c("Uy, 35 cada uno... bueno, va, es el café que él quería probar.", "too_expensive")
PAIRS.append(rpair(
    "esb51r_f08_boquete_tour_desk",
    "A couple in their sixties, one with an operated knee, ask a Boquete tour desk what to do in two days. Fault in worse: recommends a night volcano climb before asking anything.",
    [c0, t1_b, c2_b, t3, c4, t5, c6],
    [c0, t1_w, c2_w, t3, c4, t5, c6],
))

# f09 - unexplained jargon: customs broker, Balboa (Panama), first-time importer
c0 = c("Buenas, es la primera vez que importo algo. Compré un horno en Italia para mi panadería y me dicen que llega a Balboa en dos semanas. ¿Qué tengo que hacer?", None)
t1 = t("Buenas, con gusto la ayudo. ¿El proveedor le mandó algún documento del envío? ¿Y el precio que pagó incluía el flete hasta Panamá?")
c2 = c("Me mandó un papel que dice 'bill of lading'. El precio incluía llevarlo hasta el barco nada más.", None)
t3_b = t("Ese papel es el conocimiento de embarque, es como el título del horno: guárdelo bien. Como el flete no estaba incluido, se paga al llegar. Y ojo: el puerto le da unos días gratis para retirarlo; después cobra por cada día.")
c4_b = c("Ah, ok, ahora sí entiendo. ¿Cuántos días gratis?", None)
t3_w = t("Ok, entonces es FOB. Al arribo se pagan el flete collect, el THC y la liberación del BL, y tiene cinco free days antes del demurrage.")
c4_w = c("Perdón... no le entendí casi nada. ¿Qué es todo eso?", None)
t5 = t("Lo importante: tiene cinco días para retirarlo sin cargo. Yo me encargo de la aduana; mi servicio cuesta 250, más los impuestos del horno, que le calculo con la factura.")
c6 = c("250 además de los impuestos... bueno, sola no sé hacerlo. Mándeme la cotización.", "too_expensive")
PAIRS.append(rpair(
    "esb51r_f09_balboa_first_import",
    "A bakery owner importing her first oven from Italy asks a customs broker what to do when it lands at Balboa. Fault in worse: unexplained shipping jargon.",
    [c0, t1, c2, t3_b, c4_b, t5, c6],
    [c0, t1, c2, t3_w, c4_w, t5, c6],
))

# f10 - talks about himself: turtle-nesting tour, Tortuguero (CR)
c0 = c("Buenas, queremos el tour de tortugas de esta noche. Mi hija quiere estudiar biología marina, está emocionadísima.", None)
t1_b = t("¡Qué bonito! ¿Qué le interesa más a ella, las tortugas, los arrecifes? ¿Ha hecho algún voluntariado?")
c2_b = c("Las tortugas, desde chiquita. No ha hecho nada todavía, tiene 16.", None)
t1_w = t("¡Qué bonito! Yo empecé igual, ¿sabe? Llevo 22 años de guía, trabajé con una universidad de Florida y tengo fotos mías publicadas en revistas. He visto más de cinco mil desoves.")
c2_w = c("Ah... qué bien. Ella tiene 16 y le encantan las tortugas desde chiquita.", None)
t3 = t("Esta noche vamos a ver tortuga verde, con suerte desovando. Y aquí en el pueblo la estación de conservación recibe voluntarios jóvenes en vacaciones; le paso el contacto.")
c4 = c("¡Ay, qué maravilla! ¿Y el tour cuánto es?", None)
t5 = t("Son 30 dólares por persona, más la entrada al parque. Salimos a las 8 de la noche; traigan ropa oscura y nada de flash.")
c6 = c("Perfecto, ahí estaremos.", None)
PAIRS.append(rpair(
    "esb51r_f10_tortuguero_turtle_tour",
    "A mother books a night turtle-nesting tour for herself and her 16-year-old, who wants to study marine biology. Fault in worse: the guide talks about himself.",
    [c0, t1_b, c2_b, t3, c4, t5, c6],
    [c0, t1_w, c2_w, t3, c4, t5, c6],
))

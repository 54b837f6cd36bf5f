"""Ranked pairs f01-f10 (hand-written by the esb61 writer): both sides share every turn (same variables) except
one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# ---------------------------------------------------------------- f01  fault: drops the price before asking anything
_c0 = c("Buenas, ¿cuánto está la 150 azul?", None)
_t1_b = t("Buenas. Está en diecisiete mil quinientos. ¿Para qué la va a usar: para ir al trabajo, al campo, con carga?")
_c2_b = c("Para ir a trabajar a la finca de flores, son como quince kilómetros de terracería, y a veces llevo a mi esposa.", None)
_t1_w = t("Buenas. Está en diecisiete mil quinientos, pero a usted se la dejo en dieciséis mil, y si paga hoy le regalo el casco.")
_c2_w = c("¿Así de rápido la baja? Entonces el precio de antes estaba inflado... Bueno, es para ir a trabajar a la finca de flores, quince kilómetros de terracería, y a veces llevo a mi esposa.", None)
_t3 = t("Para terracería con dos personas le conviene más la 150 de doble propósito que la azul, que es de calle: tiene más suspensión y llanta de tacos. Esa está en dieciocho mil.")
_c4 = c("Uy, dieciocho mil ya se me sale, yo traigo como dieciséis nada más.", "no_money")
_t5 = t("Entiendo. Con dieciséis de contado le alcanza la doble propósito usada del año pasado, con siete mil kilómetros y garantía de seis meses; o la nueva con cuatro mil de enganche y el resto en doce cuotas. ¿Quiere verlas las dos?")
_c6 = c("Enséñeme la usada, pues.", None)
PAIRS.append(rpair(
    "esb61r_f01_chimaltenango_moto_precio",
    "Motorcycle dealer, Chimaltenango, Guatemala. A flower-farm worker asks the price of a street bike; he rides fifteen kilometres of dirt road, sometimes with his wife, and has about 16,000 quetzales.",
    [_c0, _t1_b, _c2_b, _t3, _c4, _t5, _c6],
    [_c0, _t1_w, _c2_w, _t3, _c4, _t5, _c6],
))

# ---------------------------------------------------------------- f02  fault: over-promises the delivery
_c0 = c("Buenas, ocupo un congelador para los helados y las carnes. El que tengo ya no congela bien.", None)
_t1 = t("Buenas, don Mario. ¿Qué tanto mete ahí, y dónde lo pondría? Así le digo el tamaño.")
_c2 = c("Helados de la distribuidora, unas cuatro cajas, y el pollo y la carne que vendo. Lo pondría donde está el otro, tengo como metro y medio.", None)
_t3 = t("Con metro y medio le cabe el horizontal de trescientos litros; le entran los helados y la carne separados con la canasta. Está en trescientos ochenta mil, y le recibimos el viejo.")
_c4 = c("Trescientos ochenta... en Ciudad Quesada lo vi en trescientos cincuenta.", "too_expensive")
_t5_b = t("Puede ser; ese no incluye transporte hasta Zarcero ni llevarse el viejo, nosotros sí. El congelador viene de la bodega de San José y el camión sube los jueves, así que se lo instalo el jueves en la tarde. Si por algo se atrasa, le aviso el miércoles.")
_c6_b = c("Jueves está bien. Así le digo al de los helados que me traiga el pedido el viernes.", None)
_t5_w = t("Puede ser; ese no incluye transporte hasta Zarcero ni llevarse el viejo, nosotros sí. Y mañana a primera hora se lo tengo instalado, eso se lo garantizo yo.")
_c6_w = c("¿Mañana? Diay, qué dicha. Entonces le digo al de los helados que me traiga el pedido pasado mañana.", None)
_t7 = t("Listo. Le apunto la dirección y su teléfono, y le dejo la factura con el recibo del congelador viejo.")
PAIRS.append(rpair(
    "esb61r_f02_zarcero_pulperia_congelador",
    "Appliance distributor, Zarcero, Alajuela, Costa Rica. A pulpería owner needs a chest freezer for ice cream and meat; the unit ships from San José on Thursdays.",
    [_c0, _t1, _c2, _t3, _c4, _t5_b, _c6_b, _t7],
    [_c0, _t1, _c2, _t3, _c4, _t5_w, _c6_w, _t7],
))

# ---------------------------------------------------------------- f03  fault: unexplained jargon
_c0 = c("Buenas, estoy abriendo una cafetería aquí por el parque y necesito internet. Para el wifi de los clientes y para cobrar con tarjeta.", None)
_t1 = t("Buenas, felicidades por el negocio. ¿Cuántas mesas va a tener, más o menos, y el cobro con tarjeta es con datáfono del banco?")
_c2 = c("Unas doce mesas. Sí, el banco me da el datáfono, pero me dijeron que necesita internet estable o si no se traba.", None)
_t3_b = t("Para eso le conviene la fibra óptica de cincuenta megas: es un cable que llega hasta el local y casi no se cae con la lluvia. Y le separamos el wifi en dos: uno para los clientes, con una clave que usted cambia, y otro solo para la caja, así si los clientes se ponen a ver videos no se le traba el cobro.")
_c4_b = c("Ah, eso está bueno, que no se me mezcle lo de los clientes con la caja. ¿Y cuánto es?", None)
_t3_w = t("Para eso le recomiendo FTTH simétrico de cincuenta megas con ONT incluida, y le configuramos dos SSID con VLAN separada y QoS priorizando el POS.")
_c4_w = c("Ay, perdone, pero no le entendí ni papa. ¿Cuánto es, y eso me sirve o no?", None)
_t5 = t("Son mil cuatrocientos lempiras al mes, la instalación es gratis y el contrato es a un año. Se instala en dos o tres días.")
_c6 = c("Mil cuatrocientos... es más de lo que pensaba. Voy a verlo con mi socio y le aviso.", "think_it_over")
_t7 = t("Claro. Le dejo la cotización con todo por escrito, y si tienen dudas me escriben a este número.")
PAIRS.append(rpair(
    "esb61r_f03_santarosa_internet_cafeteria",
    "Internet provider store, Santa Rosa de Copán, Honduras. A woman opening a twelve-table café needs customer wifi and a stable line for the card terminal.",
    [_c0, _t1, _c2, _t3_b, _c4_b, _t5, _c6, _t7],
    [_c0, _t1, _c2, _t3_w, _c4_w, _t5, _c6, _t7],
))

# ---------------------------------------------------------------- f04  fault: doubts the customer's honesty
_c0 = c("Buenas, ayer compré este glucómetro aquí y no prende. Le cambié las baterías y nada.", None)
_t1 = t("Buenas, qué pena. ¿Me lo presta? ¿Trae la factura o el ticket?")
_c2 = c("Aquí está el ticket. Es para mi papá, es diabético, y hoy no le pude medir el azúcar en la mañana.", None)
_t3_b = t("A ver... sí, no prende ni con baterías nuevas, viene malo de fábrica. Qué pena que su papá se quedó sin medirse hoy.")
_c4_b = c("Sí, me preocupó, porque él es bien descuidado con eso.", None)
_t3_w = t("A ver... no prende. ¿Y seguro que no se le cayó o le cayó agua? Porque mucha gente los arruina y después viene a decir que vinieron malos.")
_c4_w = c("¿Me está diciendo mentirosa? Lo saqué de la caja anoche y no prendió. Ni lo toqué casi.", None)
_t5 = t("Le cambio este por uno nuevo y lo probamos aquí mismo con una tirita, para que se vaya segura de que funciona.")
_c6 = c("Está bien. ¿Y las tiritas? Las que trae la caja son poquitas, y en el Seguro no siempre hay.", None)
_t7 = t("El bote de cincuenta está en dieciocho dólares y el de veinticinco en diez. Si su papá se mide una vez al día, el de cincuenta le dura casi dos meses.")
PAIRS.append(rpair(
    "esb61r_f04_apopa_farmacia_glucometro",
    "Pharmacy, Apopa, El Salvador. A woman returns a glucometer bought yesterday for her diabetic father; it will not switch on even with new batteries.",
    [_c0, _t1, _c2, _t3_b, _c4_b, _t5, _c6, _t7],
    [_c0, _t1, _c2, _t3_w, _c4_w, _t5, _c6, _t7],
))

# ---------------------------------------------------------------- f05  fault: a vague next step
_c0 = c("Buenas, soy productor de caña de por El Coco. Tengo ocho hectáreas y quiero ver si me reciben la caña esta zafra, que el trapiche donde la llevaba cerró.", None)
_t1 = t("Buenas, bienvenido. ¿Para cuándo calcula que está lista su caña, y la corta usted o necesitaría que la cortemos nosotros?")
_c2 = c("Pa' mediados de enero. Cortadores no tengo... ¿y cuánto me descuentan si ustedes cortan? Porque con lo que me cobraba el otro trapiche casi no me quedaba nada.", "bad_experience")
_t3 = t("Nueve dólares por tonelada de corte y alce, más el flete; desde El Coco son como cuatro. Le pagamos por tonelada según la sacarosa, la mitad a los quince días de la entrega y el resto al cierre de zafra. Todo va por escrito en el contrato, sin cargos sorpresa.")
_c4 = c("Bueno, así sí me interesa. ¿Qué sigue?", None)
_t5_b = t("Lo primero es que el inspector pase a medir el lote y tomar muestra. Lo pongo para el martes a las nueve; el lunes le escribo para confirmar, y el contrato lo firmamos el viernes aquí. ¿Me da su número?")
_c6_b = c("Se lo apunto aquí en el papel. Martes a las nueve, ahí lo espero en la finca.", None)
_t5_w = t("Perfecto. Déjeme sus datos y nosotros le avisamos cualquier cosa.")
_c6_w = c("¿Y más o menos cuándo? Porque la caña no espera, y si en dos semanas no sé nada me toca ir a ver al otro ingenio.", None)
PAIRS.append(rpair(
    "esb61r_f05_penonome_ingenio_colono",
    "Sugar mill cane-procurement office, Penonomé, Coclé, Panamá. An independent grower with eight hectares lost his usual buyer and wants to deliver this harvest; he has no cutters.",
    [_c0, _t1, _c2, _t3, _c4, _t5_b, _c6_b],
    [_c0, _t1, _c2, _t3, _c4, _t5_w, _c6_w],
))

# ---------------------------------------------------------------- f06  fault: talks about himself instead of the customer
_c0 = c("Buenas, queremos ir a Tikal mañana. ¿Cuál nos recomienda, el del amanecer o el normal?", None)
_t1 = t("Buenas. Depende de lo que quieran. ¿Qué les llama más: ver animales y la neblina en los templos, o recorrer con calma las plazas?")
_c2 = c("Queremos ver animales, sobre todo. Pero fíjese que a mi esposa le cuesta madrugar, y estamos de luna de miel, ja.", None)
_t3_b = t("Felicidades. Entonces les explico bien los dos, para que lo decidan con la señora. Si lo que quieren es ver animales, el del amanecer es mejor, pero sí hay que madrugar bastante.")
_c4_b = c("¿Bastante cuánto? ¿A qué hora sería?", None)
_t3_w = t("Felicidades. Fíjese que yo llevo quince años de guía en Tikal; mi abuelo era chiclero y me enseñó la selva desde patojo. Una vez vi un jaguar cruzando la calzada, fue lo más bonito de mi vida. He llevado gente de todo el mundo, hasta a unos de la tele.")
_c4_w = c("Qué interesante... pero, ¿a qué hora hay que salir para ver animales? Eso es lo que le pregunté.", None)
_t5 = t("El del amanecer sale de Flores a las tres de la mañana y llega antes de que salga el sol; es cuando más animales se ven. El normal sale a las seis; también se ven monos y pájaros, pero menos. El del amanecer cuesta ochenta quetzales más por persona.")
_c6 = c("Uy, ochenta más por cada uno, y a las tres... no sé. Déjeme preguntarle a ella y le aviso en la noche.", "think_it_over")
_t7 = t("Claro. Les guardo dos cupos en los dos tours hasta las ocho de la noche; si no me avisa, los suelto sin problema.")
PAIRS.append(rpair(
    "esb61r_f06_flores_tikal_amanecer",
    "Tour desk of a small lodge, Flores, Petén, Guatemala. A honeymooning Guatemalan couple want to see wildlife at Tikal but the wife hates early mornings.",
    [_c0, _t1, _c2, _t3_b, _c4_b, _t5, _c6, _t7],
    [_c0, _t1, _c2, _t3_w, _c4_w, _t5, _c6, _t7],
))

# ---------------------------------------------------------------- f07  fault: an unasked lecture
_c0 = c("Buenas, vengo a ver lo de un crédito para comprarme un pickup usado. Es pa' bajar el café al recibidor, que ya me sale carísimo pagar flete.", None)
_t1 = t("Buenas, don Rigo. ¿Cuánto está pagando de flete por cosecha, y cuánto cuesta el pickup que anda viendo?")
_c2 = c("Como seiscientos mil de flete en la cosecha. El pickup es un Hilux 2010, el dueño pide cinco millones y medio.", None)
_t3_b = t("Con seiscientos mil al año de flete, buena parte de la cuota se le paga con lo que se ahorra; tiene sentido. ¿Cuánto tiene para prima?")
_c4_b = c("Como un millón, que tengo ahorrado de la cosecha pasada.", None)
_t3_w = t("Mire, don Rigo, le voy a decir algo por su bien: muchos productores se endeudan con carros, después el precio del café baja y no pueden pagar. Usted debería diversificar, sembrar aguacate, llevar cuentas de costos y pensar en el retiro. El café no es para siempre.")
_c4_w = c("Diay, yo no le vine a pedir consejos, le vine a pedir un crédito. Tengo un millón de prima, ahorrado de la cosecha pasada.", None)
_t5 = t("Con un millón de prima le financiamos cuatro y medio a cinco años; la cuota le queda en unos noventa y cinco mil al mes, o si prefiere, pagos más grandes en cosecha. Ocupo la factura proforma del pickup, la revisión técnica al día y sus entregas del beneficio.")
_c6 = c("Mejor lo de pagar en cosecha, que en tiempo muerto no me entra casi nada.", None)
_t7 = t("Perfecto, lo armamos con pagos en cosecha. Le dejo la lista de papeles, y cuando los traiga, en una semana le tenemos respuesta.")
PAIRS.append(rpair(
    "esb61r_f07_grecia_credito_pickup",
    "Coffee cooperative credit office, Grecia, Alajuela, Costa Rica. A grower pays about 600,000 colones a harvest in freight and wants a loan for a used pickup; cash is short outside harvest months.",
    [_c0, _t1, _c2, _t3_b, _c4_b, _t5, _c6, _t7],
    [_c0, _t1, _c2, _t3_w, _c4_w, _t5, _c6, _t7],
))

# ---------------------------------------------------------------- f08  fault: argues with the customer
_c0 = c("Buenas. Ando viendo pickup, pero de esa marca china no estoy muy seguro. Dicen que no aguantan.", None)
_t1 = t("Buenas, bienvenido. Qué bueno que pregunta. ¿Para qué la usaría, y qué es lo que le han contado?")
_c2 = c("Para la finca de palma, por Santa Rita, camino de tierra. Mi cuñado es mecánico y dice que los chinos se desbaratan a los dos años y que no hay repuestos.", "bad_experience")
_t3_b = t("Es una duda razonable, y hace unos años tenía razón: los primeros que entraron dieron problemas. Estos traen cinco años de garantía de motor, y los repuestos los tenemos aquí mismo en bodega; si quiere le enseño la lista de precios de repuestos.")
_c4_b = c("Mmm, ¿cinco años? Eso no lo sabía.", None)
_t3_w = t("No, eso no es cierto. Su cuñado está equivocado, eso es puro prejuicio de gente que no sabe. Los chinos de ahora son mejores que muchos japoneses.")
_c4_w = c("Oiga, mi cuñado tiene veinte años de mecánico, de carros sabe más que usted. No venga a decir que no sabe.", None)
_t5 = t("Le propongo algo: tráigase a su cuñado, que la revise él mismo, que vea el motor y la bodega de repuestos. Si a él no le convence, no hay problema.")
_c6 = c("Eso sí. El sábado lo traigo y que él diga.", None)
PAIRS.append(rpair(
    "esb61r_f08_elprogreso_pickup_china",
    "Car dealership, El Progreso, Yoro, Honduras. An oil-palm farmer doubts a Chinese-brand pickup because his brother-in-law, a mechanic, says they fall apart.",
    [_c0, _t1, _c2, _t3_b, _c4_b, _t5, _c6],
    [_c0, _t1, _c2, _t3_w, _c4_w, _t5, _c6],
))

# ---------------------------------------------------------------- f09  fault: closes before checking the thing works
_c0 = c("Buenas, mi hermano me quiere mandar el dinero por la aplicación esa, para ya no venir a hacer cola. ¿Cómo le hago?", None)
_t1 = t("Buenas. Se lo puedo dejar listo ahorita. ¿Trae su DUI y el teléfono donde la quiere usar?")
_c2 = c("Sí, aquí está. El teléfono es este, ya está viejito pero funciona.", None)
_t3 = t("Le creo la cuenta con su DUI y su número, y le llega un código por mensaje para confirmar. Ya se lo mandé, ¿me lo dice?")
_c4 = c("Cuatro, siete, uno, nueve.", None)
_t5_b = t("Listo, la cuenta está creada. Antes de que se vaya, instalemos la aplicación aquí en su teléfono y hagamos una prueba de un dólar, para ver que sí le funciona en este modelo.")
_c6_b = c("Va... ah, fíjese que me dice que no es compatible. ¿Y ahora?", None)
_t5_w = t("Listo, ya está. Su hermano ya le puede mandar, y usted lo ve en la aplicación. Que le vaya bien.")
_c6_w = c("Gracias... ah, pero espere, la quise bajar y me dice que no es compatible con mi teléfono. ¿Y ahora qué le digo a mi hermano?", None)
_t7 = t("Con este modelo no corre la aplicación, pero su hermano igual le puede mandar a la cuenta, y usted retira con el código en la tienda de la esquina, sin cola. Le anoto cómo.")
PAIRS.append(rpair(
    "esb61r_f09_juayua_app_remesas",
    "Remittance agency, Juayúa, Sonsonate, El Salvador. A young man wants to receive his brother's remittances through a mobile app; his phone is old.",
    [_c0, _t1, _c2, _t3, _c4, _t5_b, _c6_b, _t7],
    [_c0, _t1, _c2, _t3, _c4, _t5_w, _c6_w, _t7],
))

# ---------------------------------------------------------------- f10  fault: recommends before asking
_c0 = c("Buenas, quería una cita, es que me duele la espalda desde hace días.", None)
_t1_b = t("Buenas. Con gusto. Para darle la cita correcta, ¿dónde le duele exactamente, desde cuándo, y se golpeó o cargó algo pesado?")
_c2_b = c("Abajo, en la cintura, como desde el lunes. Estuve cargando cajas en el trabajo, en la Zona Libre.", None)
_t1_w = t("Buenas. Para eso le recomiendo nuestro paquete de fisioterapia de diez sesiones; sale en doscientos dólares y puede empezar mañana.")
_c2_w = c("¿Diez sesiones? Si ni me ha preguntado qué tengo. Eso no, yo solo quiero que me vea un doctor; esto empezó el lunes cargando cajas en la Zona Libre.", "no_need")
_t3 = t("¿Y el dolor se le baja a la pierna, o siente hormigueo o se le duerme el pie?")
_c4 = c("No, solo en la cintura. Pero me cuesta agacharme.", None)
_t5 = t("Entonces lo primero es la consulta con el médico general, veinticinco dólares; él ve si es un jalón muscular o si hace falta placa o terapia. Tengo hoy a las cuatro o mañana a las ocho.")
_c6 = c("Hoy a las cuatro no puedo, salgo a las cinco. Mañana a las ocho sí, pero tengo que pedir permiso.", "no_time")
_t7 = t("Le dejo mañana a las ocho con el doctor Ríos. Si antes de eso el dolor le baja a la pierna o se le duerme el pie, vaya a urgencias.")
PAIRS.append(rpair(
    "esb61r_f10_colon_clinica_espalda",
    "Private clinic reception, Colón, Panamá. A warehouse worker from the Free Zone has had low back pain since lifting boxes on Monday.",
    [_c0, _t1_b, _c2_b, _t3, _c4, _t5, _c6, _t7],
    [_c0, _t1_w, _c2_w, _t3, _c4, _t5, _c6, _t7],
))

from common import c, rpair, t

o = c("Hola, mira, somos seis en la startup y buscamos despacho privado en Chamberí. ¿Qué tenéis?", None)
D1 = rpair("esb42r_d01_madrid_coworking_private_office",
 "Startup founder on a video call asks a coworking for a six-person office; a funding round may double the team.",
[o, t("Hola. Tenemos uno para seis y otro para doce. Antes de enseñártelos: ¿cómo veis el equipo dentro de un año?"),
c("Depende de la ronda. Si cerramos, igual somos doce en otoño. Si no, seguimos seis.", None),
t("Entonces no os ato a nada grande: el de seis, 1.900 € al mes con tres meses mínimo, y si cerráis la ronda pasáis al de doce sin penalización."),
c("Mmm. 1.900 es más de lo que pagábamos en el anterior.", "too_expensive"),
t("Es más, sí. Incluye salas, limpieza y luz, que antes pagabais aparte, ¿no? Te lo desgloso y lo comparas con tus facturas."),
c("Vale, desglósamelo y lo veo con mi socio esta semana.", "think_it_over")],
[o, t("Hola. Te enseño el de seis: ventana exterior, mobiliario y acceso 24 horas."),
c("Pinta bien. ¿Precio?", None),
t("1.900 € al mes, con contrato de doce meses."),
c("Doce meses... es que igual crecemos en otoño si cerramos la ronda.", "think_it_over"),
t("Si crecéis, vemos qué hay libre en ese momento. ¿Te mando el contrato?"),
c("Vale, mándamelo y lo miro con mi socio.", "think_it_over")])

o = c("hola, queremos cambiar de programa de facturacion. cual me recomendais?", None)
D2 = rpair("esb42r_d02_barcelona_invoicing_multicurrency",
 "Translation agency manager asks by chat which invoicing plan to choose.",
[o, t("¡Hola! Depende de cómo facturéis. ¿Cuántas facturas emitís al mes y qué os falla del programa actual?"),
c("unas 200, somos una agencia de traduccion. lo peor es que cada cliente paga en una divisa y lo hacemos a mano", None),
t("Entonces lo clave es la multidivisa: el Pro la hace sola con el cambio del día; el Básico no. El Pro son 45 €/mes."),
c("45 no esta mal. pero nos da miedo migrar todo el historico", None),
t("Lo importamos nosotros desde Excel. Si queréis, migramos antes un mes de prueba y comprobáis que cuadra."),
c("eso me convence. lo hacemos con marzo", None)],
[o, t("¡Hola! El más completo es el Pro, 45 €/mes: multidivisa, informes, conexión bancaria y app."),
c("multidivisa nos viene bien, trabajamos con clientes de fuera. y el historico?", None),
t("Se puede importar desde Excel; hay una guía en el centro de ayuda."),
c("vale. me da un poco de miedo hacerlo nosotros, pero lo miramos", "think_it_over"),
t("Perfecto. Te dejo el enlace de alta por si os animáis."),
c("ok gracias", None)])

o = c("Hola, buenas. Eh, soy programador autónomo y todo el mundo me dice que me haga una SL. ¿Me conviene?", None)
D3 = rpair("esb42r_d03_valencia_gestoria_sl_or_autonomo",
 "Freelance developer phones his gestoría asking whether to set up a limited company.",
[o, t("Hola. Depende de tus números. ¿Cuánto facturas al año y qué gastos tienes?"),
c("Este año unos setenta mil. Gastos, pocos: el portátil y el coworking.", None),
t("¿Y necesitas todo eso para vivir, o podrías dejar parte en la empresa?"),
c("Pues... vivo con unos treinta. El resto lo ahorro.", None),
t("Entonces puede compensarte, pero la SL cuesta más de gestionar: unos 120 € al mes frente a tus 50. Te hago una simulación con tus cifras y lo ves."),
c("Vale, mándamela. Eso sí, hasta que pase el trimestre no la miro, que voy a tope.", "no_time")],
[o, t("Hola. Por regla general, a partir de cuarenta o cincuenta mil de beneficio suele compensar la SL."),
c("Facturo unos setenta mil, así que sí, ¿no?", None),
t("Seguramente. La constitución son 600 € más notario, y la gestión mensual, 120 €."),
c("Ciento veinte al mes... ahora pago cincuenta. No sé si me compensa.", "too_expensive"),
t("A tu nivel suele compensar. Si quieres, empezamos el papeleo."),
c("Déjame pensarlo y te digo.", "think_it_over")])

o = c("Buenas: os escribo de una startup de quince personas y queremos pasar los portátiles a renting. ¿Qué precios tenéis?", None)
D4 = rpair("esb42r_d04_malaga_laptop_fleet_renting",
 "Málaga startup emails about renting fifteen laptops.",
[o, t("Buenas: os paso precios enseguida. Para no daros equipo de más o de menos: ¿a qué se dedica cada persona?"),
c("Diez en ventas y soporte, tres desarrolladores y dos diseñadoras.", None),
t("Entonces no hace falta lo mismo para todos: para ventas, equipo básico a 29 €/mes; para desarrollo y diseño, uno potente a 65. Mucho menos que quince potentes."),
c("Tiene sentido. Aunque las diseñadoras ya se quejan de los 'potentes' que tienen.", None),
t("Pues que lo prueben: os dejamos un equipo de diseño dos semanas antes de firmar y, si no les va, subimos de gama."),
c("Genial. Se lo digo y os confirmo.", None)],
[o, t("Buenas: nuestro equipo estándar son 49 €/mes a 36 meses, reparación incluida. Para quince, 735 € al mes."),
c("Vale. ¿Sirve para diseño? Tenemos dos diseñadoras.", None),
t("Sí, va bien para todo. Si alguna necesita más, hay un modelo a 65 €."),
c("735 al mes es algo más de lo que pensábamos, la verdad.", "too_expensive"),
t("Es un precio muy competitivo para quince equipos. ¿Te preparo el contrato?"),
c("Déjame comentarlo con dirección.", "think_it_over")])

o = c("Hola. Te digo de entrada: la última centralita nos la colaron con cuatro años de permanencia y aún la pagamos. Ojo con lo que me ofreces.", "bad_experience")
D5 = rpair("esb42r_d05_madrid_switchboard_burnt_customer",
 "Small-firm owner, burnt by a four-year switchboard contract, phones a provider.",
[o, t("Normal que vengas con la mosca detrás de la oreja. ¿Qué pasó exactamente: subió el precio, o el servicio no era lo prometido?"),
c("Las dos. Era 'todo incluido' y luego cada extensión se cobraba aparte.", None),
t("Vale. Precio por extensión por escrito, sin permanencia y baja desde el panel. ¿Cuántas extensiones necesitáis?"),
c("Siete. ¿Y la baja es de verdad así? Eso lo dicen todos.", "bad_experience"),
t("Te lo enseño en la prueba: un mes gratis con las siete, y si no te convence, te das de baja tú mismo y no pagas nada."),
c("Vale, eso me vale. Empezamos la prueba.", None)],
[o, t("Tranquilo, con nosotros no hay permanencia. ¿Cuántas extensiones necesitáis?"),
c("Siete. Pero lo de 'sin permanencia' también me lo dijeron los otros.", "bad_experience"),
t("Lo nuestro es verdad, está en el contrato. Siete extensiones, 56 € al mes."),
c("El precio está bien. Mándamelo y lo leo con lupa.", "think_it_over"),
t("Perfecto, te lo envío hoy."),
c("Venga, gracias.", None)])

o = c("Hola. Estoy comparando tres agencias para nuestras campañas de Google. He visto vuestras reseñas y las de otras dos.", None)
D6 = rpair("esb42r_d06_barcelona_ads_agency_comparison",
 "E-commerce founder who compares agencies online has a first video call.",
[o, t("Gracias por incluirnos. Para compararnos bien: ¿en qué os vais a fijar, precio, resultados, forma de trabajar?"),
c("Resultados. Y que no me aten un año, que ya nos pasó.", "bad_experience"),
t("Entendido. ¿Qué sería un buen resultado para vosotros?"),
c("Bajar el coste por lead. Ahora nos sale a unos cuarenta euros.", None),
t("Os propongo un piloto de dos meses sin permanencia, con objetivo de bajar de 30 €. Si no llegamos, os vais sin más. Así comparáis en igualdad."),
c("Me gusta. Tengo las otras reuniones esta semana; el viernes os digo.", "think_it_over")],
[o, t("¡Gracias por incluirnos! Te mando el dossier con casos de éxito: más de cien clientes."),
c("Vale. ¿Y cómo trabajáis? ¿Hay permanencia?", None),
t("Normalmente seis meses, lo que necesita una campaña para optimizarse."),
c("Seis meses... ya nos pasó con otra agencia y fue un error.", "bad_experience"),
t("Es el estándar del sector, pero se puede hablar. Mira el dossier y lo vemos."),
c("Vale, lo comparo con las otras y te digo.", "think_it_over")])

o = c("Buenas. Oiga, mi hijo dice que mire lo del renting para la furgoneta del trabajo. Yo soy fontanero, de esto no entiendo mucho.", None)
D7 = rpair("esb42r_d07_valencia_van_renting_plumber",
 "An older plumber, not into paperwork or apps, phones about renting a van.",
[o, t("Buenas. Se lo explico fácil: paga una cuota al mes y va dentro el seguro, las revisiones y las ruedas. ¿Qué furgoneta lleva ahora?"),
c("Una Kangoo de 2009. Me da guerra, pero la tengo pagada.", None),
t("Entonces la pregunta es si le compensa. ¿Cuánto se gasta al año en taller y seguro con ella?"),
c("Uf, este año, entre una cosa y otra, unos dos mil.", None),
t("Una nueva con todo le saldría por unos 320 al mes, casi 3.900 al año. Es más, pero sin sustos. ¿Me paso por su taller y lo miramos con papeles?"),
c("Hombre, es bastante más de lo que gasto. Lo tengo que pensar con mi mujer.", "think_it_over"),
t("Claro. Le dejo los números en papel y el jueves por la tarde le llamo.")],
[o, t("Buenas. El renting incluye mantenimiento, todo riesgo sin franquicia y neumáticos. ¿Qué kilometraje anual hace?"),
c("¿Kilometraje? Pues... voy por Valencia y los pueblos de alrededor.", None),
t("Le pongo 20.000 km. Una Kangoo nueva a 48 meses, unos 320 € más IVA. Le mando la oferta al correo y firma online."),
c("¿Online? Eso lo mira mi hijo. Oiga, y si la mía está pagada, ¿me compensa?", None),
t("Depende del caso, pero en general sí: se olvida de averías."),
c("Bueno, ya lo mirará mi hijo.", "brush_off")])

o = c("Buenas, tengo un chiringuito en la Malagueta y quiero un TPV en tablet para los camareros. Lo que más me importa: en la playa la cobertura es mala.", None)
D8 = rpair("esb42r_d08_malaga_beach_bar_pos",
 "Beach-bar owner phones about a tablet till system; mobile coverage on the beach is poor.",
[o, t("Buenas. Le digo la verdad: las comandas funcionan sin conexión, pero cobrar con tarjeta sí necesita internet."),
c("Ah. ¿Y cómo cobro en la terraza, entonces?", None),
t("Con un datáfono con su propia SIM, o con un repetidor wifi desde la barra. ¿Cuánto hay de la barra al final de la terraza?"),
c("Unos treinta metros. Y en agosto tengo ochenta mesas, ¿eh?", None),
t("Un repetidor lo cubre. Propongo venir un sábado a mediodía y probarlo con sus mesas; si se cae, no lo contrata."),
c("¿Un sábado de julio? Ni de broma, que me muero. Un martes por la mañana sí.", "no_time"),
t("Martes a las once, antes de abrir. Se lo confirmo por WhatsApp.")],
[o, t("Buenas. Nuestro TPV es de los más completos: comandas, cocina, inventario y cobro integrado, en tablet."),
c("¿Y sin cobertura? En la playa va fatal.", None),
t("Tiene modo sin conexión, así que no se preocupe."),
c("Bueno, si es así... ¿Cuánto cuesta?", None),
t("59 € al mes con tres tablets. Se lo instalamos la semana que viene."),
c("Vale, pero antes déjeme ver qué tienen otros chiringuitos.", "think_it_over")])

o = c("Hola. Somos una startup de ocho y la gestoría nos cobra 300 al mes por las nóminas. Queremos algo más barato.", "too_expensive")
D9 = rpair("esb42r_d09_madrid_payroll_switch",
 "Startup COO on a video call wants cheaper payroll; the real problem is errors.",
[o, t("Entendido. Antes de hablar de precio: ¿estáis contentos con cómo lo hacen, o hay algo más?"),
c("Pues... nos han liado dos veces con el convenio y una empleada cobró mal tres meses.", None),
t("Eso es más grave que el precio. ¿Quién lo detectó?"),
c("Ella misma. Fue un mal trago, casi se nos va.", None),
t("Entonces necesitáis que alguien revise el convenio antes de cada nómina. Lo hacemos por 220 al mes, y revisamos gratis las nóminas actuales por si hay más errores."),
c("Eso me interesa más que ahorrar ochenta euros. ¿Qué necesitas?", None)],
[o, t("Entendido. Hacemos nóminas a 25 € por trabajador: os saldría por 200 al mes."),
c("Bien, cien menos. ¿Y qué incluye?", None),
t("Nóminas, seguros sociales, contratos, altas y bajas. Lo de una gestoría normal."),
c("Vale. Lo malo es que con la actual tuvimos líos con el convenio.", None),
t("Tenemos experiencia con todos los convenios. ¿Os preparo el presupuesto?"),
c("Sí, mándamelo y lo comparamos.", "think_it_over")])

o = c("buenas, pagamos 180 al mes de fibra y moviles y me parece una barbaridad para 4 personas. o me bajais algo o me voy", "too_expensive")
D10 = rpair("esb42r_d10_barcelona_telecom_bill_review",
 "Small design studio owner complains by chat about a telecom bill.",
[o, t("Hola. Vamos a mirarlo. ¿Usáis mucho el fijo y cuántos datos gastáis en los móviles?"),
c("el fijo casi nadie. los moviles lo normal, whatsapp, mapas", None),
t("Lo veo: fijo con centralita (40 €) y cuatro ilimitadas, y gastáis menos de 10 GB cada uno. Con fijo básico y líneas de 30 GB os quedáis en 105 € al mes."),
c("anda. y por que nadie me lo dijo antes", None),
t("Tienes razón, debimos revisarlo. Si te parece, lo cambio hoy, sin permanencia nueva."),
c("si, cambialo", None)],
[o, t("Hola. Siento que lo veas caro. Te puedo aplicar un 15% de descuento durante 12 meses."),
c("eso cuanto es", None),
t("Te quedarías en 153 € al mes, con lo mismo."),
c("bueno, algo es. aunque sigue siendo caro", "too_expensive"),
t("Es el máximo que puedo hacer. ¿Te lo aplico?"),
c("vale, aplicalo, pero igual miro un comparador", "think_it_over")])

PAIRS = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10]

from common import c, rpair, t

P = []

o = c("Buenas, quiero cambiar mi carro por uno más grande. ¿Cuánto me dan por el mío?", None)
P.append(rpair("esb31r_d01_houston_dealer_tradein",
    "Car dealership, Houston TX: a mother wants to trade in her Civic for something bigger.",
    [o, t("Se lo valuamos en 15 minutos. Mientras, ¿por qué lo quiere cambiar? ¿Le falla o ya le queda chico?"),
     c("Ya nos queda chico; viene el tercer bebé y no caben tres sillas atrás.", None),
     t("¡Felicidades! Entonces lo que importa es que quepan tres sillas. ¿Todavía debe algo del suyo, y cuánto quiere pagar al mes?"),
     c("Debo como 6 mil. Y no quiero pasar de 450, mi esposo a veces se queda sin horas extra.", None),
     t("Le enseño dos: una Sienna 2019 y una Pacifica 2020, caben tres sillas. Con su carro quedan en unos $430. Traiga las sillas y las probamos."),
     c("Ay, buena idea. El sábado las traigo.", None)],
    [o, t("Con gusto se lo valúo. ¿Qué año es y cuántas millas tiene?"),
     c("Un Civic 2018, como 70 mil millas. Ya nos queda chico.", None),
     t("Le puedo dar $11,500. Tenemos una Highlander 2021 muy bonita en $34,000. ¿Quiere verla?"),
     c("Uy, se oye caro. No queremos pasar de 450 al mes.", "too_expensive"),
     t("Con su carro de enganche quedaría en $560. También tengo una RAV4 en $420 al mes."),
     c("Pues... lo voy a pensar. Gracias.", "think_it_over")]))

o = c("hola los datos se me acaban a mitad de mes y me cobran extra, que hago", None)
P.append(rpair("esb31r_d02_elpaso_phone_data",
    "Carrier chat, El Paso TX: family plan runs out of data every month.",
    [o, t("¡Hola! Vamos a ver por qué se acaban. ¿Lo puede ver en la app, en 'uso por línea'?"),
     c("deja ver... la de mi hijo se come casi todo, 9 gigas", None),
     t("¿Él tiene wifi en la casa y en la escuela? A veces el teléfono no se conecta solo y gasta datos en videos."),
     c("en la casa si pero a veces se le desconecta", None),
     t("Le pongo un límite de 5 gigas a su línea pa' que no le cobren extra, y revisen que el wifi quede guardado. Si el otro mes sigue faltando, vemos un plan más grande."),
     c("si esta bien, mejor eso q pagar mas", None)],
    [o, t("¡Hola! Qué molesto. ¿Cuántas líneas tiene en su plan?"),
     c("3 lineas, yo y mis dos hijos", None),
     t("Le recomiendo el ilimitado: $15 más al mes y se acaban los cargos extra."),
     c("15 mas? ya pago 110, no se", "too_expensive"),
     t("Con los cargos extra a veces paga $20, así que sale igual y ya no se preocupa. Se lo cambio hoy si quiere."),
     c("ok dejame verlo con mi esposo", "think_it_over")]))

o = c("Buenas, eh, soy jardinero, trabajo por mi cuenta, y este año pagué un montón de taxes. ¿Cómo le hago pa' que no me pase otra vez?", None)
P.append(rpair("esb31r_d03_riverside_tax_selfemployed",
    "Tax office, Riverside CA: a self-employed gardener was hit with a big tax bill.",
    [o, t("Se puede arreglar. ¿Más o menos cuánto ganó, y guarda los recibos de gasolina, herramienta, todo eso?"),
     c("Como 48 mil. Recibos... algunos, en la troca, pero se me pierden.", None),
     t("Dos cosas: los gastos sin apuntar le subieron el impuesto, y el IRS quiere pagos cada tres meses. ¿Le es más fácil mandarnos foto de los recibos por WhatsApp?"),
     c("Sí, eso sí. ¿Y cuánto cobran por lo de cada tres meses?", None),
     t("$40 por trimestre: calculamos cuánto mandar y se lo dejamos listo pa' pagar en línea. El primero vence el 15 de abril. ¿Empezamos con ese y ve si le sirve?"),
     c("Va, empezamos con ese.", None)],
    [o, t("Tiene que hacer pagos estimados cada trimestre al IRS. Así no le cae todo junto en abril."),
     c("Ah, ok. ¿Y cómo sé cuánto mandar?", None),
     t("Se calcula con lo que gana. Le preparamos los cuatro pagos por $160 al año y usted los manda en las fechas."),
     c("¿160? Ta' caro pa' nomás unos pagos, ¿no?", "too_expensive"),
     t("Es lo normal; si no, el IRS le pone multa. Le dejo el folleto con las fechas y cuando quiera se inscribe."),
     c("Ok, deje lo veo.", "think_it_over")]))

o = c("Hola, buenas... este, hace como cinco años que no voy al dentista, me da pánico, pero ya me duele una muela.", None)
P.append(rpair("esb31r_d04_elpaso_dental_fear",
    "Dental clinic, El Paso TX (phone): a frightened man who has avoided dentists for years.",
    [o, t("Gracias por llamar, eso cuesta. ¿Qué le da más miedo: el dolor, las agujas, que lo regañen por el tiempo?"),
     c("Todo, jaja. Pero más la aguja. La última vez me dolió muchísimo y el doctor ni me hizo caso.", "bad_experience"),
     t("Aquí nadie lo regaña. La primera cita es sólo revisar y radiografía, sin agujas. Y si luego hace falta, ponemos gel antes. ¿Así le parece?"),
     c("Así sí. ¿Y cuánto es? No tengo aseguranza.", None),
     t("$89 con radiografía. Le doy la primera de la mañana, las 8, pa' que no pase el día nervioso. ¿El jueves?"),
     c("El jueves a las 8, va.", None)],
    [o, t("Claro, lo atendemos. ¿Tiene aseguranza dental?"),
     c("No, no tengo. Y la verdad me dan miedo las agujas.", None),
     t("No se preocupe, el doctor es muy bueno. El examen con radiografía es $89. Tengo el jueves a las 2 o el viernes a las 10."),
     c("Eh... el jueves a las 2, creo. ¿Pero me van a inyectar?", None),
     t("Depende de lo que encuentre el doctor. Le mando recordatorio por texto un día antes."),
     c("Ok... ahí nos vemos, supongo.", None)]))

o = c("Buenos días. Necesito mudar la oficina: somos una agencia de viajes, 8 escritorios, de Doral a Coral Gables.", None)
P.append(rpair("esb31r_d05_doral_office_move",
    "Commercial movers, Miami FL (phone): a travel agency moving offices.",
    [o, t("Buenos días. ¿Qué les preocupa más: el costo, no poder trabajar esos días, o las computadoras?"),
     c("Que no podemos cerrar. Si llaman y no contestamos, se van con otra agencia.", None),
     t("Entonces en fin de semana: empacamos el viernes a las 6 y el lunes amanecen conectados. ¿Quién les instala internet y teléfonos allá?"),
     c("La compañía de internet... que todavía no he llamado.", None),
     t("Llámela hoy, tardan dos semanas en dar cita. Nosotros dejamos todo etiquetado. En fin de semana son $400 más; le mando cotización cerrada por escrito."),
     c("Vale la pena. Mándemela.", None)],
    [o, t("Buenos días. Con 8 escritorios, archivos y computadoras, le calculo camión grande y 4 personas."),
     c("Ok. ¿Y cuánto tardan?", None),
     t("Un día completo. $2,600, entre semana; martes o miércoles de la otra semana."),
     c("Es que entre semana tenemos clientes... y otra compañía me dio $2,100.", "too_expensive"),
     t("El nuestro incluye seguro y empaque de computadoras. En fin de semana serían $400 más."),
     c("Déjeme comparar bien y le aviso.", "think_it_over")]))

o = c("hola quiero el seguro mas barato que tengan pa mi carro, nomas lo que pide la ley", None)
P.append(rpair("esb31r_d06_sanantonio_autoins_minimum",
    "Auto insurance chat, San Antonio TX: a driver wants the legal minimum on a financed car.",
    [o, t("¡Hola! Se lo cotizo. Antes: ¿el carro ya está pagado o lo está financiando?"),
     c("lo estoy pagando, me faltan 2 años", None),
     t("Ojo: el banco casi siempre pide cobertura completa. Con sólo liability le pueden poner su propio seguro y cobrárselo carísimo. ¿Tiene el contrato del préstamo a la mano?"),
     c("ah no sabia. pero no me alcanza pa full, gano poquito", "no_money"),
     t("Le armo el full con deducible de $1,000 en vez de $500: $118 en vez de $149, y cumple con el banco. Revise su contrato y me confirma."),
     c("ok deja busco el contrato y te aviso hoy", None)],
    [o, t("¡Hola! El mínimo en Texas es liability 30/60/25, $62 al mes. ¿Qué carro es?"),
     c("un sentra 2021. lo estoy financiando", None),
     t("Para financiado le recomiendo cobertura completa: $149 al mes con deducible de $500."),
     c("149?? no, yo quiero lo mas barato, no me alcanza", "no_money"),
     t("Es lo que suele pedir el banco. Si quiere le hago la de $62 y usted verifica con ellos."),
     c("ok la de 62", None)]))

o = c("Buenas tardes. Ya tengo cinco años de residente y quiero aplicar pa' la ciudadanía. ¿Ustedes ayudan?", None)
P.append(rpair("esb31r_d07_bronx_citizenship_help",
    "Immigration forms help desk at a community center, Bronx NY.",
    [o, t("Sí. Antes de llenar nada, pa' evitar sorpresas: ¿algún arresto, o viajes de más de seis meses fuera?"),
     c("Arrestos no. Estuve cuatro meses en Guatemala cuando murió mi papá, en 2021.", None),
     t("Eso no rompe su residencia, pero se anota. El gobierno cobra $710 en línea. ¿Su familia gana menos de unos $60,000? Puede que le toque la mitad."),
     c("Ganamos como 45 mil, somos cuatro. ¿De verdad puedo pagar menos?", None),
     t("Es probable, con la forma de reducción y sus taxes. Nuestra ayuda es $150. Tráigame taxes y green card el martes y lo llenamos juntos."),
     c("¡Qué bueno! El martes vengo.", None)],
    [o, t("Sí, con gusto. Le llenamos la N-400; nuestro servicio es $150 y el gobierno cobra $710."),
     c("Uy, entre todo casi 900. Ahorita no lo tengo completo.", "no_money"),
     t("Lo puede ir juntando. Necesitamos green card, pasaporte y sus viajes de los últimos cinco años."),
     c("Ok. Viajé a Guatemala en 2021, como cuatro meses.", None),
     t("Perfecto, eso va en la forma. Cuando tenga el dinero hacemos la cita."),
     c("Bueno, ya le llamo cuando junte.", None)]))

o = c("Hola, buenas, ando buscando salón pa' los quince de mi hija, en octubre. Como 150 personas.", None)
P.append(rpair("esb31r_d08_sanantonio_quince_venue",
    "Event hall, San Antonio TX: a mother shopping for a quinceañera venue.",
    [o, t("¡Felicidades! ¿Ya tienen fecha fija, y cuánto quieren gastar en el salón?"),
     c("El 12 de octubre, su cumpleaños. Unos 8 mil, máximo; ya gastamos mucho en el vestido.", None),
     t("El sábado 12, para 150, son $9,200. Y de una vez: se suma 20% de servicio, que muchos salones no avisan. El viernes 11 sale en $7,400 con todo."),
     c("¿20% más? Qué bueno que me dice. ¿Y en viernes sí va la gente?", None),
     t("Si la misa es el sábado, cuesta; si hacen todo el viernes en la noche, muchas familias lo hacen. Le mando los dos presupuestos completos pa' que lo platique."),
     c("Sí, porfa, y la otra semana venimos a verlo.", None)],
    [o, t("¡Felicidades! Tenemos paquetes Plata, Oro y Diamante para 150, con DJ, mesas, comida y pastel."),
     c("Qué bonito. ¿Cuánto sale el Oro?", None),
     t("El Oro, $9,200 en sábado. Incluye decoración y cuatro horas de DJ."),
     c("Uy, nos pasamos. Pensábamos en unos 8 mil.", "too_expensive"),
     t("El Plata está en $7,900 sin decoración. Le dejo los precios y lo platica en familia."),
     c("Sí, lo vamos a pensar.", "think_it_over")]))

o = c("Buenas. Tengo una compañía chica de trocas, 12 unidades, en Laredo. Me interesa lo del GPS que anuncian.", None)
P.append(rpair("esb31r_d09_laredo_fleet_gps",
    "Fleet GPS software sales, Laredo TX (phone): a small trucking owner.",
    [o, t("Mucho gusto. ¿Qué quiere resolver: saber dónde andan, el diésel, los clientes que preguntan a qué hora llega?"),
     c("El diésel. Se me va mucho y no sé si manejan mal o alguien está vendiendo.", None),
     t("El sistema marca ralentí, velocidad y dónde cargan con la tarjeta. Son $35 por troca al mes. ¿Ha tenido GPS antes?"),
     c("Uno barato hace años. Se caía la señal en la carretera a Monterrey y lo quité.", "bad_experience"),
     t("Entonces no me crea a mí: le pongo tres trocas un mes, gratis, en la ruta a Monterrey. Si el diésel no se ve claro o la señal no aguanta, lo quitamos."),
     c("Así sí. Empiece con las tres de Monterrey.", None)],
    [o, t("Mucho gusto. Le da ubicación en vivo, historial, alertas de velocidad, control de diésel y reportes de horas. $35 por troca al mes."),
     c("Lo que me interesa es el diésel, se me va mucho.", None),
     t("El reporte de diésel le dice cuánto gasta cada troca y dónde cargó. El contrato es de 12 meses."),
     c("12 meses... Ya tuve uno que se caía la señal y lo quité.", "bad_experience"),
     t("Nuestra cobertura es muy buena. Le mando la propuesta para las 12 y la revisa."),
     c("Ok, mándela y la veo.", "brush_off")]))

o = c("Buenos días, vengo al cambio de aceite. Y nomás eso, eh, que la otra vez salí pagando $400.", None)
P.append(rpair("esb31r_d10_pharr_dealer_oilchange",
    "Dealership service lane, Pharr TX: a wary customer in for an oil change.",
    [o, t("Nomás el aceite, $69 con filtro. ¿Qué pasó la otra vez, si me permite? Pa' no repetirlo."),
     c("Me cambiaron frenos y un filtro de aire. Los frenos sí, pero sentí que me vieron la cara.", "bad_experience"),
     t("Le hago el aceite y reviso lo demás sin costo. Si veo algo, se lo enseño con foto y usted decide; hoy no paga nada fuera de los $69. ¿Cuántas millas trae?"),
     c("Como 62 mil. Ya me tocaba la transmisión, creo.", None),
     t("En su modelo toca a los 60 mil, pero puede esperar al próximo servicio sin problema. Se lo anoto."),
     c("Ah, ok, gracias por no empujármelo.", None)],
    [o, t("Claro. El sintético es $69. ¿Cuántas millas trae?"),
     c("Como 62 mil.", None),
     t("A los 60 mil toca el fluido de transmisión, $189, y la rotación, $30. Se lo hacemos de una vez."),
     c("No, nomás el aceite. Ahorita no tengo pa' más.", "no_money"),
     t("Sin problema, nomás el aceite. Le dejo anotado lo de la transmisión pa' la próxima."),
     c("Ok, gracias.", None)]))

PAIRS = P

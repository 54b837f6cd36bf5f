"""esb17 gaming pairs, kinds 11-15."""
from common import c, gpair, t

P = "esb17g_"
PAIRS = []

o = c("Buenas, mi perrita ya no quiere comer desde antier, tiene catorce años", None)
PAIRS.append(gpair(P + "cdmx_veterinaria_perrita", "veterinary clinic, Portales, CDMX", "ignored_customer",
    "A woman's 14-year-old dog stopped eating; money is short and she fears needless tests.", [o,
    t("Pásela. ¿Toma agua? ¿Ha vomitado o la ve decaída?"),
    c("Agua poquita. Vomitó una vez. ¿Cuánto es la consulta?", None),
    t("350. Con su edad y el vómito quizá convenga un análisis de sangre, 900, pero primero la reviso y le digo si de verdad hace falta."),
    c("Es que no traigo para todo. Y a su edad no quiero que la piquen por gusto", "no_money"),
    t("Entendido. La reviso ahorita y le digo qué urge y qué puede esperar. Si hace falta el análisis, lo paga en dos partes."),
    c("Sí, revísela por favor", None)], [o,
    t("Claro, cuénteme todo lo que le preocupa, la escucho."),
    c("Que ya está viejita. Y no sé cuánto me va a salir, ando justa", None),
    t("Muy bien. Le propongo chequeo geriátrico completo: sangre, orina, ultrasonido y placas. Son 3,800."),
    c("¿3,800? Le acabo de decir que ando justa, no traigo eso", "no_money"),
    t("Perfecto. ¿Alguna otra duda? También le recomiendo nuestro plan de bienestar anual."),
    c("¿Me oyó? Quiero saber por qué no come", None),
    t("Claro. Entonces, ¿la anotamos para el chequeo completo?"),
    c("No. Me la llevo con el doctor de la otra cuadra", None)]))

o = c("Buenas, nomás vengo a ver por qué me descontaron 200 de comisión este mes", None)
PAIRS.append(gpair(P + "mty_banco_comision", "bank branch, San Nicolás de los Garza, Monterrey", "ignored_customer",
    "A factory worker queries a 200-peso fee; he already carries two debts.", [o,
    t("Vamos viendo. Es cobro por reposición de tarjeta del día 3. ¿Pidió una tarjeta nueva?"),
    c("Sí, se me perdió. Pero nadie me dijo que costaba", None),
    t("Se lo debieron avisar. Le levanto aclaración; no le prometo que se lo devuelvan, pero en cinco días hábiles le contestan."),
    c("Bueno. Y en el cajero me sale un crédito preaprobado, pero ya traigo deudas, no quiero más", "no_need"),
    t("Entonces no se lo ofrezco. Le mando el folio de la aclaración por mensaje."),
    c("Gracias, muy amable", None)], [o,
    t("Con gusto. Antes, ¿me permite preguntarle cómo ve sus finanzas este año?"),
    c("Apretadas, ya traigo dos deudas. Por eso me preocupan los 200", None),
    t("Qué bien. Le tengo un crédito de nómina preaprobado de 60 mil a 36 meses. ¿Qué planes tiene para ese dinero?"),
    c("Le digo que ya tengo deudas. No quiero otro crédito", "no_need"),
    t("Entiendo. La mensualidad sería de 2,450, descontada directo. ¿Le imprimo el contrato?"),
    c("¿Y lo de mis 200 pesos?", None),
    t("Eso lo ve en la línea de aclaraciones. ¿Entonces a 24 o a 36 meses?"),
    c("Ni a 24 ni a 36. Con permiso", "no_need")]))

o = c("hola, me quiero cambiar de compañia pero sin perder mi numero, se puede?", None)
PAIRS.append(gpair(P + "gdl_portabilidad_prepago", "mobile carrier kiosk, Plaza del Sol, Guadalajara", "repeated_questions",
    "A woman wants to port her number to prepaid and fears losing her WhatsApp.", [o,
    t("Sí, se llama portabilidad y es gratis. ¿Lo quiere en prepago o plan?"),
    c("prepago, gasto como 200 al mes. me da miedo perder mis whats y mis fotos", None),
    t("El WhatsApp va con el número y el teléfono, no con la compañía; no se pierde nada. Sólo ocupo su NIP, le llega marcando al 051."),
    c("ah ok. pero hoy no traje mi INE", None),
    t("Con una foto de su INE basta. Si no la tiene, el NIP dura cinco días."),
    c("si tengo foto en el cel. va, marco al 051", None)], [o,
    t("¡Claro! Cuénteme, ¿qué busca en su nueva compañía?"),
    c("prepago, algo de 200 al mes, y no perder mi numero ni mis whats", None),
    t("Perfecto. ¿Y qué es lo más importante para usted en un servicio de telefonía?"),
    c("ya le dije, no perder mi numero y gastar poco", None),
    t("Ok. Para entenderla mejor, ¿qué tipo de plan le interesa y cuánto quiere gastar?"),
    c("prepago. 200. es la tercera vez", None),
    t("Claro. ¿Y qué sería lo ideal para usted en cuanto a número y presupuesto?"),
    c("ay no, ya ni se. luego vengo con calma", "brush_off")]))

o = c("buenas, tengo una taqueria en la Doctores, busco proveedor de carne y tortilla, que me entregue antes de las 7", None)
PAIRS.append(gpair(P + "cdmx_insumos_taqueria", "meat distributor (B2B), Central de Abasto, CDMX", "repeated_questions",
    "A taquería owner looks for a supplier that delivers before 7 am.", [o,
    t("Buenas. ¿Cuánto mueve a la semana de carne y de tortilla?"),
    c("unos 80 kilos de pastor y 40 de suadero, tortilla como 60 kilos diarios", None),
    t("Carne sí; tortilla no manejamos, le paso un molino que entrega en la Doctores. ¿Por qué deja a su proveedor actual?"),
    c("dos veces me llego tarde y abri sin pastor", None),
    t("Entonces manda la puntualidad. Nuestra ruta pasa 6:30. Pastor marinado, 135 el kilo. Le propongo una semana de prueba sin contrato."),
    c("el mio me lo deja en 128... pero si llega a tiempo lo pago. va la prueba", "too_expensive")], [o,
    t("¡Claro! Para entender su negocio, ¿cuánta carne mueve por semana?"),
    c("80 kilos de pastor y 40 de suadero", None),
    t("Perfecto. ¿Y más o menos cuál es su consumo semanal de proteína?"),
    c("pues eso, 120 kilos entre los dos", None),
    t("Muy bien. Para cotizarle bien, ¿cuántos kilos compra a la semana?"),
    c("ya le dije tres veces. y la entrega antes de las 7? no tengo tiempo pa esto, ya tengo que ir a picar", "no_time"),
    t("Claro. ¿Y qué volumen maneja, para ver qué ruta le toca?"),
    c("olvidelo", None)]))

o = c("Buenos días, traigo esta orden del doctor, glucosa y perfil de lípidos. Vengo en ayunas", None)
PAIRS.append(gpair(P + "mty_laboratorio_orden", "clinical laboratory, Linda Vista, Guadalupe NL", "wrong_paraphrase",
    "A man brings a routine order for two blood tests and needs results before Friday.", [o,
    t("Buenos días. ¿Cuántas horas lleva de ayuno? Para lípidos piden de 10 a 12."),
    c("Desde las diez de la noche. Ocupo los resultados para el viernes, tengo cita", None),
    t("Diez horas está bien. Salen mañana a las cuatro, se los mando por correo. Son 480 los dos."),
    c("Está bien. ¿Aceptan tarjeta?", None),
    t("Sí. Pase al cubículo dos, en cinco minutos lo llaman."),
    c("Gracias", None)], [o,
    t("Buenos días. A ver si le entendí: quiere un chequeo completo porque se ha sentido mal, ¿verdad?"),
    c("No, yo no dije eso. Nomás glucosa y lípidos, lo de la orden", None),
    t("Claro, entonces lo que me dice es que le preocupa el corazón; le conviene el paquete cardio con electro, 2,300."),
    c("No me preocupa nada, es de rutina. No ocupo paquete", "no_need"),
    t("Perfecto. Resumiendo: paquete cardio y resultados en una semana, ¿correcto?"),
    c("¿Una semana? Tengo cita el viernes. Nomás lo de la orden o me voy a otro lado", None)]))

o = c("Hola, quiero cotizar una mudanza chiquita, de un cuarto, de la Narvarte a Puebla", None)
PAIRS.append(gpair(P + "cdmx_mudanza_puebla", "moving company, phone quote, Benito Juárez CDMX", "wrong_paraphrase",
    "A student moves one room of belongings to a third floor walk-up in Puebla.", [o,
    t("Claro. ¿Qué muebles grandes lleva y hay elevador en los dos lados?"),
    c("Cama matrimonial, escritorio, refri chico y unas quince cajas. Allá es tercer piso sin elevador", None),
    t("Va en camioneta de 3.5 con dos cargadores. El tercer piso sin elevador se cobra aparte. ¿Qué fecha?"),
    c("El sábado 30. ¿Cuánto todo? En otro lado me dijeron 6 mil", None),
    t("7,400 con escaleras y seguro de carga. Revise si el otro incluye seguro y escaleras; si sí, es buen precio."),
    c("Mm, está más caro. Déjeme ver lo del otro y le aviso", "too_expensive")], [o,
    t("Perfecto. Si le entendí bien, es mudanza de casa completa con embalaje de todo, ¿correcto?"),
    c("No, es un cuarto. Cama, escritorio, refri chico y cajas", None),
    t("Claro, entonces lo que escucho es que tiene cosas frágiles y quiere empaque premium. Son 12 mil."),
    c("¿Cuáles frágiles? Yo no dije eso", None),
    t("Y como me comentó que la fecha es flexible, lo agendamos entre semana, ¿le parece?"),
    c("Nunca dije eso. Es el sábado 30, entre semana trabajo", "no_time"),
    t("Ok, le mando cotización de mudanza completa con empaque. ¿Algo más?"),
    c("No, gracias. Ya vi que no me escucha", None)]))

o = c("Buenas... mi papá falleció hoy en la mañana en la casa. No sé ni qué hacer, me dijeron que les hablara", None)
PAIRS.append(gpair(P + "gdl_funeraria_cremacion", "funeral home, phone line, Guadalajara", "pitch_to_upset",
    "A man whose father died this morning at home calls about cremation.", [o,
    t("Lo siento mucho. Vamos paso a paso, yo le ayudo. ¿Ya tienen el certificado de defunción?"),
    c("Sí, vino el doctor de la familia. Mi papá quería que lo cremaran", None),
    t("Entonces ya está lo más importante. Podemos pasar por él en dos horas. La cremación con trámites es de 18,500; si tienen seguro o plan, lo revisamos."),
    c("No sé ni qué tenemos. Déjeme hablar con mis hermanas antes", "think_it_over"),
    t("Tómense el tiempo que necesiten. Le mando por mensaje qué incluye y mi número directo; cuando me marquen, salimos."),
    c("Gracias, de verdad", None)], [o,
    t("Lamento su pérdida, entiendo lo que siente. En estos momentos uno ve lo importante de estar protegido. ¿Usted ya tiene su plan de previsión?"),
    c("¿Mi plan? No, oiga... le hablo por mi papá", None),
    t("Claro, y para que su familia no pase por esto otra vez, el plan familiar cubre a cuatro por 890 al mes. ¿Cómo ve?"),
    c("Ahorita no estoy para eso, por favor", "no_time"),
    t("Lo entiendo, pero si lo contrata hoy le doy 20% en el servicio de su papá. ¿Lo dejamos listo?"),
    c("No lo puedo creer. Le hablo a otra funeraria", None)]))

o = c("Oigan, me acaban de vaciar la cuenta, hay cargos de 14 mil que yo no hice en tiendas en línea. ¡Es mi renta!", None)
PAIRS.append(gpair(P + "cdmx_banco_cargos", "bank call centre, CDMX", "pitch_to_upset",
    "A furious customer finds 14,000 pesos of unknown online charges on her debit card.", [o,
    t("Lo siento mucho. Primero bloqueo su tarjeta para que no haya más cargos. ¿Me da los últimos cuatro dígitos?"),
    c("4417. Ya van tres cargos, uno de hace una hora", None),
    t("Listo, bloqueada. Levanto la aclaración de los tres; en compras en línea se suele abonar en 10 días hábiles. Le doy el folio."),
    c("¿Diez días? Tengo que pagar la renta el lunes", None),
    t("Pido abono provisional urgente. No le garantizo el lunes, pero le llamo el viernes con respuesta."),
    c("Bueno. Por favor llámeme", None)], [o,
    t("Entiendo su frustración y valoro su llamada. Justo por eso, ¿conoce el Seguro Protección Total? Por 99 al mes cubre cargos no reconocidos."),
    c("¿Me está vendiendo algo? ¡Me robaron 14 mil!", None),
    t("Claro, y con la Tarjeta Platino tendría protección premium y salas VIP. ¿Se la tramitamos?"),
    c("No quiero ninguna tarjeta, quiero mi dinero", "no_need"),
    t("Entiendo perfectamente su necesidad. ¿Le activo el seguro para que no vuelva a pasar?"),
    c("¿Y bloquear la tarjeta no? Páseme a un supervisor ya", None)]))

o = c("Oiga, hace dos semanas les pagué 14 mil por la transmisión y el carro sigue haciendo el mismo ruido", None)
PAIRS.append(gpair(P + "mty_taller_transmision", "transmission workshop, Guadalupe, Monterrey", "blame",
    "A repaired car still makes the same noise two weeks and 14,000 pesos later.", [o,
    t("Eso no debería pasar, lo revisamos hoy. ¿Es igual que antes? ¿En qué velocidad lo oye?"),
    c("Igualito, de segunda a tercera. Y ya me habían quedado mal en otro taller, por eso vine aquí", None),
    t("Entiendo el coraje. Lo subimos a prueba con el técnico que lo armó; si es de nuestro trabajo, entra en garantía sin costo."),
    c("¿Y cuánto tarda? Ocupo el carro pa trabajar, no me puedo quedar sin él toda la semana", "no_time"),
    t("Hoy a las seis le doy diagnóstico. Si son más días, le conseguimos traslado al trabajo."),
    c("Va, se lo dejo", None)], [o,
    t("A ver, cuénteme. ¿Cómo lo ha manejado? Si le mete los cambios en caliente, la transmisión no aguanta."),
    c("Normal, como siempre. El ruido es el mismo de antes", None),
    t("Entiendo su experiencia. ¿Le cambió el aceite como le dijimos? Muchos clientes no lo hacen y luego nos culpan."),
    c("Nadie me dijo nada del aceite", None),
    t("Viene en la nota. Si no la leyó, ya no es garantía. Revisarlo otra vez son 1,500."),
    c("¿Encima le pago? Ni loco. Me voy a Profeco", None)]))

o = c("buenas, la lavadora q compre aca hace 4 meses ya no centrifuga, la ropa sale empapada", None)
PAIRS.append(gpair(P + "gdl_lavadora_garantia", "appliance store service desk, Tonalá, Guadalajara", "blame",
    "A mother of three's four-month-old washing machine stopped spinning.", [o,
    t("Qué lata. Está en garantía. ¿Le marca algún código en la pantalla?"),
    c("sale E21. tengo 3 niños, lavo diario, estoy tendiendo todo chorreando", None),
    t("E21 suele ser drenado: filtro tapado, que usted limpia en cinco minutos, o la bomba. Le mando el video del filtro; si no se quita, agendo técnico."),
    c("va, pero si no se quita ocupo q vengan pronto", None),
    t("El técnico va el jueves, sin costo por garantía."),
    c("el jueves trabajo, no puedo. el sabado?", "no_time"),
    t("Sábado de 9 a 1. Queda apartado.")], [o,
    t("Lamento su experiencia. Para entender, ¿cuántos kilos le mete? Muchas señoras la sobrecargan."),
    c("lo q dice el manual, no la lleno", None),
    t("¿Y usa el detergente recomendado? Otro hace espuma y daña la bomba, y eso no lo cubre la garantía."),
    c("uso el de siempre. me esta diciendo q yo la descompuse?", None),
    t("Sólo digo que es raro que falle en cuatro meses si se usa bien. El técnico sería con costo, 650 la visita."),
    c("pues no. ya me paso con la licuadora q compre aqui. no vuelvo a comprar con ustedes", "bad_experience")]))

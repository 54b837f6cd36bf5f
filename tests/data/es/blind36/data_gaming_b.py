from common import c, gpair, t

P = []

o = c("Hola. Queremos comprarle a mis tíos la casa de mi abuela, y veníamos a preguntar por una hipoteca.", None)
P.append(gpair("esb36g_estella_hipoteca", "Rural savings bank branch, Estella (Navarra)", "ignored_customer",
 "A young couple asks about a mortgage for an old family house in the village.",
 [o, t("Enhorabuena. ¿Cuánto piden y cuánto tenéis ahorrado? ¿Hay algo que os preocupe en especial?"),
  c("Piden noventa mil, tenemos veinte. Y nos da miedo el variable, que a mis padres el euríbor los ahogó en 2008.", "bad_experience"),
  t("Pues miramos solo fijo: algo más caro, pero sabéis siempre lo que pagáis. A treinta años, unos 330 al mes. ¿Os cuadra?"),
  c("Cuadrar, cuadra. Pero la casa necesita tejado nuevo, y eso no sé de dónde sale.", None),
  t("La obra puede ir en la misma hipoteca. Traed el presupuesto, os hago la simulación con las dos cosas y lo miráis en casa."),
  c("Vale. Pedimos presupuesto al tejador y volvemos.", None)],
 [o, t("¡Enhorabuena! ¿Qué es lo que más os preocupa de este paso?"),
  c("El variable. A mis padres el euríbor los ahogó en 2008, no queremos pasar por eso.", "bad_experience"),
  t("Perfecto. Tenemos la Hipoteca Joven variable, euríbor más 0,59, la más barata de la zona. ¿Alguna otra duda?"),
  c("Pero si te acabamos de decir que variable no... Y la casa necesita tejado, ¿eso cómo va?", "no_need"),
  t("Eso ya lo veremos. Para la variable necesito nóminas y vida laboral. ¿Os viene bien el martes para firmar la solicitud?"),
  c("No sé, la verdad. Vamos a preguntar en otro banco.", "think_it_over")]))

o = c("Buenas tardes. Llamaba por la boda de mi hija, para septiembre del año que viene. Seremos unos ciento veinte.", None)
P.append(gpair("esb36g_santiago_pazo", "Manor house wedding venue near Santiago de Compostela", "repeated_questions",
 "The bride's mother phones to ask about a wedding date and menu.",
 [o, t("Buenas tardes y enhorabuena. Ciento veinte caben bien en el salón. ¿Tenéis día pensado? ¿La ceremonia es aquí o en la iglesia?"),
  c("El sábado doce, si puede ser. En la iglesia de la parroquia, a cinco minutos. Y la consuegra quiere pulpo sí o sí.", None),
  t("El doce está libre. Pulpo a feira de entrante lo hacemos aquí mismo. Ese menú sale a 115 el cubierto."),
  c("¡Ay, madre! Ciento quince por ciento veinte... eso se nos va de las manos.", "too_expensive"),
  t("Es mucho, sí. Hay uno de 92 con pulpo y sin el segundo de carne, que casi nadie termina. ¿Venís a probar los dos un sábado?"),
  c("Eso sí. El sábado vamos mi hija y yo.", None)],
 [o, t("Buenas tardes. Para entender bien vuestra necesidad: ¿cuántos invitados calculáis?"),
  c("Ya le digo, unos ciento veinte.", None),
  t("Perfecto. ¿Y de cuánta gente estaríamos hablando, más o menos?"),
  c("Pues ciento veinte, se lo acabo de decir. ¿Tienen libre el sábado doce?", None),
  t("Ahora lo miramos. Antes, para hacerme una idea del volumen: ¿sería una boda grande o más íntima?"),
  c("Mire, déjelo. Llamaré a otro pazo, que no estoy para repetir todo tres veces.", None)]))

o = c("Hola, buenas. Vengo por mi hijo, tiene catorce años y ha suspendido el inglés. No sé si tenéis algo pa él.", None)
P.append(gpair("esb36g_oviedo_academia", "Language academy, Oviedo", "wrong_paraphrase",
 "A mother asks about English classes for her son, who failed English at school.",
 [o, t("Hola. ¿Qué le cuesta más: la gramática del instituto, hablar, entender? ¿Y cuándo recupera?"),
  c("La gramática, los exámenes. Hablar habla algo, que juega a la consola en inglés. Recupera en junio.", None),
  t("Le iría bien un grupo pequeño de refuerzo, dos tardes, centrado en los exámenes. Son 65 al mes, y la primera clase es gratis."),
  c("Es que el año pasado lo apunté a otra academia y no hizo nada, se aburría. No sé...", "bad_experience"),
  t("Por eso la prueba: que venga el martes, y si no le engancha, no paga nada. Y cada mes le cuento a usted cómo va."),
  c("Vale, el martes lo traigo. A ver qué dice el guaje.", None)],
 [o, t("Hola. Cuéntame, ¿qué buscáis exactamente?"),
  c("Que apruebe en junio. Lo que le cuesta es la gramática, los exámenes del instituto.", None),
  t("Vale, si no te he entendido mal, quieres que saque el B2 este año para ir preparando la universidad, ¿verdad?"),
  c("¿El B2? No, no, yo solo quiero que apruebe el inglés del instituto.", None),
  t("Claro, o sea que te preocupa su futuro profesional. Para eso está el intensivo Cambridge, cuatro tardes y 140 al mes. ¿Le apunto?"),
  c("¿Ciento cuarenta al mes? Eso no lo puedo pagar, con dos críos en casa.", "no_money")]))

o = c("Buenos días. Llamo porque... mi marido falleció el mes pasado, y la luz está a su nombre. No sé qué tengo que hacer.", None)
P.append(gpair("esb36g_ourense_cambiotitular", "Electricity supplier, phone line (customer in a village of Ourense)", "pitch_to_upset",
 "A recent widow wants to put the electricity contract in her own name.",
 [o, t("Lo siento muchísimo, señora. Se lo hago yo desde aquí, no tiene que ir a ninguna oficina. ¿Me dice su nombre y el DNI, cuando pueda?"),
  c("Carmen Vázquez Outeiro. El DNI... un momentiño, que sin las gafas no veo nada.", None),
  t("Tranquila, sin prisa. Después le pediré el certificado de defunción. La tarifa y el precio se quedan igual."),
  c("¿Igual? Ah, bueno. Es que me daba miedo que me subieran algo.", None),
  t("Nada cambia, solo el nombre. Le mando un sobre con franqueo pagado para el certificado, y el jueves la llamo para confirmarle que está hecho."),
  c("Muchas gracias, hijo. Es usted muy amable.", None)],
 [o, t("Le acompaño en el sentimiento. Y aprovechando el cambio, ¿qué le parecería mejorar su experiencia con la tarifa Hogar Tranquilo, con mantenimiento incluido?"),
  c("¿Mantenimiento? No sé... yo solo quiero poner la luz a mi nombre. Esto lo llevaba él.", "no_need"),
  t("Precisamente, ahora que está sola, le irá muy bien tener quien le resuelva las averías. Son solo ocho euros más al mes."),
  c("Ocho euros más... Con la pensión que me queda no puedo, de verdad.", "no_money"),
  t("Lo entiendo. ¿Y si le añadimos el seguro de hogar? Así está protegida en esta nueva etapa."),
  c("Mire, ya llamaré con mi hijo. Ahora no estoy para esto.", "no_time")]))

o = c("Buenas. La lavadora que me vendisteis hace dos meses pierde agua por abajo. Tengo la cocina hecha un charco cada vez que lavo.", None)
P.append(gpair("esb36g_ponferrada_lavadora", "Appliance shop, Ponferrada (León)", "blame",
 "A customer comes back because a two-month-old washing machine leaks.",
 [o, t("Vaya faena. ¿Desde cuándo pierde? ¿Es al llenar o al centrifugar?"),
  c("Desde hace una semana. Al centrifugar, creo. Pongo una toalla, pero así no puedo seguir.", None),
  t("Está en garantía, no le cuesta nada. Le mando al técnico el jueves por la mañana: si es la goma o la bomba, la arregla allí, y si no, se la cambiamos."),
  c("¿El jueves por la mañana? Es que trabajo de mañanas en la residencia.", "no_time"),
  t("Pues el jueves por la tarde o el sábado a primera hora. ¿Qué le viene mejor?"),
  c("El sábado. Gracias, majo.", None)],
 [o, t("Vaya. Para entender qué ha pasado: ¿cuánta ropa le mete? Porque muchas veces es que se carga de más."),
  c("Lo normal, la ropa de casa. Somos tres.", None),
  t("Ya. ¿Y la nivelaron bien? Si el suelo de la cocina no está recto, eso es de la instalación, no de la lavadora."),
  c("La instalasteis vosotros, majo. Vino vuestro chico.", None),
  t("Bueno, pero el suelo es suyo. Y muchos usan un detergente que no es y hace espuma. ¿Cuál usa usted?"),
  c("Mire, no me líe. Quiero la hoja de reclamaciones.", None)]))

o = c("Pase, pase. Ya le dije por teléfono que lo de internet no lo entiendo mucho. Las reservas las cojo por teléfono y las apunto en la libreta.", None)
P.append(gpair("esb36g_liebana_reservas", "Booking software (B2B), visit to a rural tourism house, Liébana (Cantabria)", "monologue",
 "A salesperson visits the older owner of two rural tourism houses.",
 [o, t("Gracias. ¿Y qué tal le va con la libreta? ¿Le ha pasado apuntar a dos familias el mismo fin de semana?"),
  c("Una vez, en agosto. Un disgusto... Pero casi todo me viene por teléfono, gente que repite.", None),
  t("Entonces no necesita portales. Lo que le evitaría ese disgusto es un calendario en el móvil que avisa si se pisa una fecha. Doce euros al mes, sin comisiones."),
  c("Doce euros al mes por lo que hago yo con un boli... No sé yo.", "too_expensive"),
  t("Es para pensarlo. Se lo dejo puesto gratis hasta Semana Santa, apunta igual que en la libreta, y si no le ayuda, lo borramos."),
  c("Bueno, probar se puede probar. Pero me lo explica despacito.", None)],
 [o, t("Por eso vengo. Con nuestra plataforma su casa sale en Booking, Airbnb y veinte portales a la vez, con precios que suben solos en los puentes, pago con tarjeta, check-in online... Una experiencia completa."),
  c("Ya, pero yo...", None),
  t("Y lo mejor, el panel: ocupación, precio medio, la competencia de la comarca. 49 al mes más el tres por ciento, y en un año duplica reservas. ¿Qué le parece?"),
  c("Es que a mí casi todo me viene por teléfono, gente que repite. No necesito tanto.", "no_need"),
  t("Eso es porque aún no está en los portales. Y el mes que viene sale la app nueva, con chat con los huéspedes, traducción automática, todo integrado..."),
  c("Déjeme un folleto, ande, y ya lo miraré.", "brush_off")]))

o = c("Buenas. Mi padre tiene ochenta y cuatro años, vive solo en la aldea, y desde la caída del invierno no se apaña igual. Quería informarme.", None)
P.append(gpair("esb36g_lugo_cuidador", "Home-care agency office, Lugo", "closing_as_open_question",
 "A son asks about help at home for his father, who lives alone in a village.",
 [o, t("Claro. ¿Qué le cuesta más ahora: asearse, la comida, la casa? ¿Y él qué opina de que vaya alguien?"),
  c("La ducha y la compra. Y él... no quiere a nadie en casa. Dice que no es un inválido.", None),
  t("Es muy habitual. Podemos empezar poquiño: dos mañanas a la semana, ducha y compra, y que conozca antes a la auxiliar. Son 14 euros la hora."),
  c("Está bien, pero primero tengo que convencerlo a él. Hoy no le puedo decir que sí.", "think_it_over"),
  t("Claro que no. Si quiere, la coordinadora va el viernes a tomar un café con su padre, sin compromiso, y él decide."),
  c("Eso igual funciona. Con un café lo convence cualquiera.", None)],
 [o, t("Claro. Cuéntame tu necesidad. ¿Qué día te vendría mejor para que empiece la auxiliar, el lunes o el miércoles?"),
  c("Eh... no sé aún. Primero quería saber qué hacéis, y mi padre no quiere a nadie en casa.", None),
  t("Te entiendo perfectamente. Y si empezamos el lunes, ¿cómo prefieres pagar, domiciliado o por transferencia?"),
  c("Es que no sé ni cuánto cuesta.", None),
  t("Catorce la hora. ¿Y qué tendría que pasar para dejar hoy la ficha hecha?"),
  c("Que me dejes pensarlo, mujer. Ya vendré con él.", "think_it_over")]))

o = c("Buenas. Me ha llegado el recibo del seguro del tractor y ha subido casi cien euros. Quiero saber por qué.", None)
P.append(gpair("esb36g_palencia_seguro", "Insurance agency, Palencia (Tierra de Campos)", "pitch_as_paraphrase",
 "A farmer asks why his tractor insurance premium went up.",
 [o, t("Vamos a verlo. ¿Tuvo algún parte este año? Suele subir por eso."),
  c("Uno, sí, en julio le di a un poste con el remolque. Una tontería.", None),
  t("Ahí está: el poste lo pagó el seguro y le quitaron la bonificación. Lo que puedo hacer es quitarle la rotura de lunas, que no usa en diez años, y baja unos cuarenta euros."),
  c("Vale. Pero la responsabilidad civil no me la toque, eh, que ahí no juego.", None),
  t("Eso se queda igual. Le preparo el cambio y el lunes viene a firmar."),
  c("El lunes voy a la feria de Medina. Mejor el martes.", "no_time")],
 [o, t("Entiendo. Entonces, si le he entendido bien, lo que usted necesita es nuestro Todo Riesgo Agro Plus por 890 al año, con asistencia en el campo. ¿Correcto?"),
  c("¿Cómo que todo riesgo? Lo que quiero es saber por qué ha subido.", None),
  t("O sea que lo que busca es más tranquilidad, y eso es justo el Agro Plus: grúa, lunas, todo. ¿Se lo hago?"),
  c("Que no, hombre. Ochocientos noventa por un tractor de veinte años es un atraco.", "too_expensive"),
  t("Lo que le escucho es que quiere lo mejor al mejor precio: el Agro Plus con un diez por ciento menos. ¿Le parece?"),
  c("Me parece que me voy a otra correduría.", None)]))

o = c("Hola, buenas. Mañana paso la ITV y se me ha fundido la luz de la matrícula. ¿Me la cambiáis ahora?", None)
P.append(gpair("esb36g_santander_itv", "Car workshop, Santander", "upsell_as_loop_closing",
 "A customer needs a number-plate bulb changed before the vehicle inspection.",
 [o, t("Sí, en diez minutos. ¿Hay algo más que le preocupe para la ITV? Ruidos, frenos..."),
  c("Pues ahora que lo dices, el limpia de atrás no va. No sé si eso lo miran.", None),
  t("Lo miran, pero no es grave. Si es el fusible, son dos euros; si es el motor, mejor después de la ITV y le doy precio antes."),
  c("Vale. Lo que sea, me lo dices antes de tocar nada, que a fin de mes voy justa.", None),
  t("Era el fusible. Matrícula y limpia, ocho euros en total. Listo para mañana."),
  c("¡Qué bien! Muchas gracias.", None)],
 [o, t("Claro. ¿Y qué más le hacemos para que su experiencia en la ITV sea un éxito? ¿Le cambiamos ya las escobillas?"),
  c("No, las escobillas están bien. Solo la luz.", "no_need"),
  t("Perfecto. Y para cerrar el círculo, ¿le añadimos el cambio de aceite, ya que está aquí?"),
  c("El aceite lo cambié en marzo. Solo la luz, por favor.", "no_need"),
  t("Entendido. ¿Algo más que le pueda añadir? La revisión pre-ITV completa son 49 euros."),
  c("Mira, tengo a la niña en el coche y no tengo toda la mañana. ¿Me cambias la bombilla o no?", "no_time")]))

o = c("Buenos días. Vengo porque mis hijos dicen que pongo la tele muy alta. Yo oigo bien, eh, pero para que se callen.", None)
P.append(gpair("esb36g_zamora_audifonos", "Hearing-aid centre, Zamora", "leading_tag_questions",
 "An older man comes in because his children say he plays the TV too loud.",
 [o, t("Buenos días. Hacemos una prueba de diez minutos, gratis, y salimos de dudas. ¿Hay algún sitio donde note que le cuesta?"),
  c("Pues... en el bar, con jaleo, no me entero de la partida. En casa, bien.", None),
  t("Es lo típico: la prueba sale una pérdida leve en agudos. No le obligo a nada; con esto hay quien espera un año y se vuelve a medir."),
  c("Eso. Que esos aparatos... mi hermano tiene unos de tres mil euros en el cajón, que no los aguanta.", "bad_experience"),
  t("Pasa mucho, por eso no se los recomiendo todavía. Le apunto revisión en seis meses, y si en el bar sigue igual, probamos unos en préstamo un mes."),
  c("Así sí. En seis meses vuelvo.", None)],
 [o, t("¡Buenos días! Usted ya se habrá dado cuenta de que no oye como antes, ¿verdad?"),
  c("Yo oigo bien. Son los hijos, que exageran.", "no_need"),
  t("Ya, pero en el bar, con ruido, cuesta, ¿a que sí? Y querrá oír bien a los nietos, ¿no?"),
  c("A los nietos los oigo de sobra, que gritan mucho.", None),
  t("Pues lo suyo son los recargables invisibles, los que se lleva todo el mundo. No le importa invertir en su salud, ¿verdad?"),
  c("Invertir... Mi hermano tiene unos de tres mil en un cajón. Yo de esto no quiero saber nada.", "bad_experience"),
  t("Pero los suyos serán distintos, ¿a que sí?")]))

PAIRS = P

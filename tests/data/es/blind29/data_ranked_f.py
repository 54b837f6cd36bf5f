from common import c, t, rpair

# f01: worse argues with the customer
o = c("Buenas, me dijeron que tengo que operarme la vesícula. ¿Cuánto cuesta particular? Por la EPS me la dan en cuatro meses.", None)
a1 = t("Buenas. Con gusto. ¿Ya tiene la ecografía y la orden del cirujano?")
b1 = c("Sí, tengo la ecografía. Me dan cólicos cada semana, ya no aguanto.", None)
a2 = t("Entiendo. La laparoscopia particular sale en 9,5 millones con todo: cirujano, anestesia y una noche.")
b2 = c("Uf, es harta plata. Un amigo se operó en otra clínica por siete.", "too_expensive")
a4 = t("Le mando el desglose al correo hoy y le separo valoración con el cirujano el martes, sin compromiso.")
F1 = rpair("esb29r_f01_bogota_clinica_vesicula",
  "Patient in pain asks a Bogotá private clinic the price of gallbladder surgery and compares with a friend's price.",
  [o, a1, b1, a2, b2,
   t("Puede ser; a veces no incluyen la noche ni la anestesia. Pida el desglose allá y compárelo con el nuestro."),
   c("Eso sí. Mándeme el suyo y comparo.", "think_it_over"), a4],
  [o, a1, b1, a2, b2,
   t("No, señor, eso es imposible. Nadie opera por siete con calidad; su amigo se equivocó."),
   c("Pues él se operó allá y está bien. No me diga que mi amigo miente.", None), a4])

# f02: worse drops the price before asking anything
o = c("Hola, buenas, estoy pensando en pasarme a ustedes, pero primero quiero ver qué me conviene.", None)
a2 = t("Para taxista con Waze, el de 49,90 trae datos ilimitados en apps de mapas. ¿Cómo es la señal de su operador en su ruta?")
b2 = c("Se cae en la Panamericana Norte. Pero ojo, ya me pasé una vez y me cobraron doble un mes.", "bad_experience")
a3 = t("Le doy un chip de prueba una semana para que vea la señal en su ruta, y si se porta, el primer recibo lo reviso yo.")
b3 = c("Ya, pruebo el chip y le digo.", "think_it_over")
F2 = rpair("esb29r_f02_lima_portabilidad_taxista",
  "Taxi driver in Lima thinks of porting his number; the worse rep offers a discount before asking anything.",
  [o, t("Claro, bienvenido. ¿Cuánto paga hoy y para qué usa más el celular?"),
   c("Pago 55 soles. Uso harto datos para Waze, soy taxista.", None), a2, b2, a3, b3],
  [o, t("¡Bienvenido! Le hago 30% de descuento en cualquier plan si se porta hoy."),
   c("Ya... pero ni sabe qué uso. Pago 55, uso datos para Waze, soy taxista.", None), a2, b2, a3, b3])

# f03: worse doubts the customer's honesty
o = c("Buenas, me interesa el apartamento de Laureles. Soy independiente, diseñadora.", None)
a1 = t("Buenas, qué bien. El canon es 2,2 millones y piden ingresos de tres veces el canon. ¿Cómo los certifica?")
b1 = c("Con extractos de seis meses y la declaración de renta. Gano unos siete millones, aunque varía.", None)
a3 = t("Le mando el formulario de la aseguradora y, si quiere, vemos el apartamento el jueves a las cinco.")
b3 = c("El jueves no puedo, tengo entrega de un proyecto. ¿El viernes?", "no_time")
a4 = t("El viernes a las cinco queda agendado.")
F3 = rpair("esb29r_f03_medellin_arriendo_independiente",
  "Self-employed designer applies to rent a flat in Medellín; the worse agent suggests she inflates her income.",
  [o, a1, b1,
   t("Con extractos y declaración sirve. Si un mes varía mucho, la aseguradora a veces pide codeudor; se lo digo desde ya."),
   c("Ah, bueno, mi hermano podría ser codeudor si toca.", None), a3, b3, a4],
  [o, a1, b1,
   t("Mmm, siete millones siendo independiente... ¿seguro? Muchos inflan los extractos."),
   c("¿Perdón? Yo no invento nada. Qué falta de respeto.", None), a3, b3, a4])

# f04: worse uses unexplained jargon
o = c("Buenos días. Tengo una panadería en Carcelén y quiero cambiar el horno, el mío gasta mucho gas.", None)
a1 = t("Buenos días. ¿Cuántas latas hornea por tanda y cuántas tandas al día?")
b1 = c("Diez latas, unas seis tandas. Gasto como cuatro cilindros por semana.", None)
a3 = t("Cuesta 6.800 dólares; con el ahorro de gas se paga en unos tres años. Hay financiamiento a 24 meses.")
b3 = c("Es harto dinero para mí ahorita. Déjeme verlo con mi esposa.", "no_money")
a4 = t("Claro. Le mando la cotización con el cálculo del gas, y si quieren ven uno funcionando en una panadería de La Kennedy.")
F4 = rpair("esb29r_f04_quito_horno_panaderia",
  "Baker in Quito wants an oven that uses less gas; the worse rep answers in technical jargon.",
  [o, a1, b1,
   t("Le sirve un horno rotativo de diez latas: el aire da vueltas, cocina parejo y gasta menos, unos dos cilindros y medio por semana."),
   c("Eso me interesa. ¿Y el precio?", None), a3, b3, a4],
  [o, a1, b1,
   t("Le va un rotativo con quemador modulante, intercambiador tubular de 60.000 BTU y vaporizador."),
   c("Disculpe, no le entendí nada. ¿Eso gasta menos o no? ¿Y cuánto cuesta?", None), a3, b3, a4])

# f05: worse gives a vague next step
o = c("Buenas tardes, vengo por la casa de Prebo. Mi hija se va del país y yo me quiero mudar a algo más pequeño.", None)
a1 = t("Buenas tardes. Entiendo. ¿Va a vender su casa para comprar esta, o tiene el dinero aparte?")
b1 = c("Tengo que vender la mía primero. Es en El Viñedo, cuatro cuartos.", None)
a2 = t("Entonces hay que coordinar las dos ventas. La de Prebo cuesta 58 mil dólares; una como la suya en El Viñedo se vende entre 70 y 80.")
b2 = c("Ah, bueno, pero no quiero regalar la mía. Otra inmobiliaria me la tasó bajísimo.", "bad_experience")
F5 = rpair("esb29r_f05_valencia_casa_venta",
  "Older woman in Valencia (Venezuela) must sell her house to buy a smaller one; the worse agent ends without a concrete next step.",
  [o, a1, b1, a2, b2,
   t("Hagamos así: el martes a las diez voy con el tasador, le doy el precio por escrito, y el jueves le digo si el dueño de Prebo espera 90 días."),
   c("Perfecto, el martes lo espero.", None)],
  [o, a1, b1, a2, b2,
   t("Tranquila, nosotros la ayudamos. Cualquier cosa la llamamos y vamos viendo."),
   c("¿Y cuándo sería eso? Porque así mismito me dijeron la otra vez.", None)])

# f06: worse over-promises
o = c("Buenas, queremos ir a Orlando con los niños en diciembre, pero no tenemos visa americana.", None)
a1 = t("Buenas, qué plan tan bonito. ¿Ya tienen pasaporte los cuatro? ¿Han viajado fuera del país?")
b1 = c("Pasaportes sí. Fuimos a Panamá el año pasado. Yo soy empleado y mi esposa tiene una tienda.", None)
a3 = t("Pidamos las citas ya, y si no salen a tiempo, les cotizo Punta Cana, que no pide visa. El trámite son 250 mil por persona.")
b3 = c("¿250 mil cada uno solo por llenar un formulario? Está caro.", "too_expensive")
a4 = t("Incluye asesoría y entrevista de práctica. Si solo quieren el formulario, son 120 mil.")
F6 = rpair("esb29r_f06_barranquilla_visa_orlando",
  "Family in Barranquilla wants Orlando but has no US visa; the worse agent guarantees the visa.",
  [o, a1, b1,
   t("Eso ayuda. Les llenamos el formulario, pero la visa la decide el consulado, nadie la puede garantizar, y las citas tardan meses."),
   c("Ah, caramba. ¿Entonces diciembre no alcanza?", None), a3, b3, a4],
  [o, a1, b1,
   t("Tranquilo, con nosotros la visa sale sí o sí, y la cita se la conseguimos rapidito."),
   c("¿Sí o sí? A mi cuñado le dijeron lo mismo y se la negaron.", "bad_experience"), a3, b3, a4])

# f07: worse recommends before asking
o = c("Hola, buenas. Estamos tres días en Cusco y queremos ver Machu Picchu, pero no sabemos cómo.", None)
a2 = t("Entonces lo más cómodo es tren desde Ollantaytambo, una noche en Aguas Calientes y subir en bus, sin apuro.")
b2 = c("Suena bien. ¿Cuánto sale por persona?", None)
a3 = t("Unos 380 dólares con tren, bus, entrada y hotel. Para mañana ya no hay entradas; para pasado sí.")
b3 = c("Pasado mañana nos sirve. ¿Reservo aquí mismo?", None)
F7 = rpair("esb29r_f07_cusco_machu_picchu",
  "Daughter and elderly mother at a Cusco tour desk; the worse guide recommends a two-day trek before asking who is travelling.",
  [o, t("¡Bienvenidos! ¿Cuántos son, y alguien tiene problemas con la altura o con caminar mucho?"),
   c("Somos dos; mi mamá tiene 68 años y se cansa rápido con la altura.", None), a2, b2, a3, b3],
  [o, t("¡Bienvenidos! Lo mejor es el Camino Inca corto, dos días caminando. ¡Les va a encantar!"),
   c("¿Dos días caminando? Mi mamá tiene 68 años y se cansa con la altura. Eso no es para nosotras.", "no_need"), a2, b2, a3, b3])

# f08: worse closes before checking the repair works
o = c("Buenas, le traigo la moto porque el freno de adelante quedó esponjoso después del cambio de pastillas que me hicieron acá.", None)
a1 = t("Buenas, don Carlos. Qué pena. ¿Desde cuándo lo siente así?")
b1 = c("Desde que me la entregaron el sábado. Casi me estrello en una bajada.", None)
a2 = t("Eso es aire en el líquido, quedó mal purgado. Error nuestro. Se lo purgo ya, sin costo.")
b2 = c("Bueno, pero rapidito, que tengo que recoger a mi hija a las cinco.", None)
a4 = t("Cualquier cosa que note esta semana, me la trae y se la reviso de una.")
F8 = rpair("esb29r_f08_pereira_freno_moto",
  "Rider in Pereira returns with a spongy front brake after a pad change; the worse mechanic hands it back without a test.",
  [o, a1, b1, a2, b2,
   t("Listo, purgado. Antes de entregársela, probémosla juntos en la bajada de la esquina."),
   c("Sí, probemos... Ahora sí frena firme.", None), a4],
  [o, a1, b1, a2, b2,
   t("Listo, purgado. Fírmeme aquí el recibo de entrega y se puede ir."),
   c("¿Y no la va a probar? La otra vez tampoco la probaron y mire.", "bad_experience"), a4])

# f09: worse gives an unasked lecture
o = c("Buenos días, señorita. Quería un préstamo para una motobomba; tengo dos hectáreas de palta en Virú.", None)
a1 = t("Buenos días. ¿Cuánto cuesta la motobomba y cuándo cosecha?")
b1 = c("Ocho mil soles. Cosecho en abril, pero la plata me entra en mayo.", None)
a3 = t("El crédito con pago a la cosecha sale al 24% anual. Con título, la evaluación es en cinco días.")
b3 = c("¿24? En la caja municipal me ofrecieron 21. Lo voy a comparar.", "too_expensive")
a4 = t("Compárelo bien, también las comisiones. Le dejo la simulación impresa para ponerla al lado de la otra.")
F9 = rpair("esb29r_f09_trujillo_credito_palta",
  "Avocado farmer near Trujillo asks a bank for a pump loan; the worse adviser lectures him on debt.",
  [o, a1, b1,
   t("Le conviene pago a la cosecha: cuotas pequeñas hasta mayo y una mayor cuando cobre. ¿La chacra tiene título?"),
   c("Sí, titulada. Eso de pagar en mayo me acomoda.", None), a3, b3, a4],
  [o, a1, b1,
   t("Antes le explico: muchos agricultores se endeudan sin planificar y pierden la chacra. Hay que ahorrar, llevar cuentas y no gastar en fiestas."),
   c("Señorita, llevo veinte años en esto. Solo quiero el préstamo.", None), a3, b3, a4])

# f10: worse talks about herself
o = c("Buenas, veci. ¿Ustedes hacen tortas sin gluten? Mi hija es celíaca y cumple el sábado.", None)
a1 = t("Buenas, sí hacemos. ¿Para cuántas personas y de qué sabor le gusta a ella?")
b1 = c("Para unos veinte. Le encanta el chocolate. Ah, y nada de trazas, porque se enferma.", None)
a3 = t("Para veinte son 120 mil. Con la mitad de abono se la separo.")
b3 = c("Uy, más cara que una normal... Bueno, es el cumpleaños. Regáleme el número para el abono.", "too_expensive")
a4 = t("Claro, a la orden. Le mando el Nequi, y el viernes la foto de la torta.")
F10 = rpair("esb29r_f10_bogota_torta_sin_gluten",
  "Mother orders a gluten-free cake at a Bogotá bakery counter; the worse baker talks about her own family story.",
  [o, a1, b1,
   t("Sin trazas, entendido. La hacemos el viernes temprano, antes de usar harina normal, con utensilios aparte."),
   c("Ay, qué bueno, nadie me lo había explicado así. ¿Cuánto vale?", None), a3, b3, a4],
  [o, a1, b1,
   t("Ay, yo sé lo que es, mi cuñada es celíaca y sufrió mucho. Yo empecé con las tortas sin gluten por ella, hace diez años, fue toda una historia..."),
   c("Qué bien... pero ¿cómo evitan las trazas? ¿Y cuánto vale?", None), a3, b3, a4])

PAIRS = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10]

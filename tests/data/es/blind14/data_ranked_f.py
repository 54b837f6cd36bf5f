from common import c, rpair, t

# f01 taller (Valencia): worse argues with the customer about what he feels in the pedal
_a0 = c("Buenas. El coche da tirones al salir en primera, sobre todo por la mañana. Creo que es el embrague.", None)
_a1 = t("Buenas. ¿Patina en las cuestas o huele a quemado? ¿Cuántos kilómetros tiene?")
_a2 = c("Tiene 140.000. Quemado no huele, pero el pedal está más duro que antes.", None)
_a3b = t("Pedal duro y tirones en frío pueden ser el embrague o los soportes del motor. Lo miro hoy y le digo cuál antes de tocar nada.")
_a4b = c("Vale. ¿Y si es el embrague?", None)
_a3w = t("No, no, el embrague no es. Con 140.000 un embrague está nuevo; son los soportes, seguro. Llevo treinta años en esto.")
_a4w = c("Pues yo lo noto en el pedal, oiga. No sé para qué me pregunta si ya lo sabe.", None)
_a5 = t("Si fuera embrague, unos 650 con mano de obra; si son soportes, unos 200. Le llamo antes de mediodía.")
_a6 = c("Seiscientos cincuenta... Bueno, a ver qué sale. Llámeme al móvil.", None)
_a7 = t("Si sale el embrague, le digo también qué vale el coche, para que decida si compensa.")

# f02 inmobiliaria (Barcelona): worse doubts the customer's income
_b0 = c("Hola, me interesa el piso de la calle Olzinelles. Soy enfermera en el Clínic, cobro unos 2.100.", None)
_b1 = t("Hola. ¿Para cuándo lo necesitas y vives sola o acompañada?")
_b2 = c("Sola, con un gato. Para el mes que viene, que venden el piso donde estoy.", None)
_b3b = t("El propietario acepta mascotas pequeñas. Para la solicitud necesito las tres últimas nóminas y el contrato de trabajo.")
_b4b = c("Sin problema, te los mando hoy.", None)
_b3w = t("Ya... 2.100 de enfermera, ¿seguro? Mucha gente infla el sueldo. Mándame nóminas, vida laboral y, a poder ser, un aval.")
_b4w = c("¿Perdona? Es lo que cobro, con las guardias. Te mando las nóminas, pero me ha sentado fatal.", None)
_b5 = t("La renta son 1.050 con comunidad incluida, y dos meses de fianza.")
_b6 = c("Mil cincuenta por ese tamaño me parece mucho, la verdad. ¿Es negociable?", "too_expensive")
_b7 = t("Se lo pregunto al propietario. ¿Lo vemos el jueves a las siete?")

# f03 muebles (Sevilla): worse drops the price before asking anything
_c0 = c("Buenas. Estoy mirando mesas de comedor extensibles. Esta de roble está bonita.", None)
_c1b = t("Buenas. ¿Para cuántos la usan a diario y cuántos son cuando se juntan?")
_c2b = c("A diario cuatro, pero en Navidad nos juntamos doce.", None)
_c1w = t("Esa está en 890, pero hoy se la dejo en 750 si se la lleva.")
_c2w = c("Ah... pues yo aún no sé ni si me cabe. Somos cuatro, y en Navidad doce.", None)
_c3 = t("Esta abre a 2,40 y caben doce justos. ¿Cuánto mide el comedor?")
_c4 = c("Unos tres y medio por tres. Pero yo tenía pensado gastar unos 600, no más.", "no_money")
_c5 = t("Le cabe abierta. Por ese dinero tengo esta de chapa de roble, 620, que abre igual. Tóquelas y compare.")
_c6 = c("Pues no se nota tanto. Lo hablo con mi marido y vengo el sábado.", "think_it_over")
_c7 = t("Le apunto las medidas y las dos referencias en una tarjeta.")

# f04 gas (Madrid): worse gives an unasked lecture on saving energy
_d0 = c("Hola, quería cambiar la cuenta donde me cobran el gas, y de paso preguntar por qué la última factura es tan alta.", None)
_d1 = t("Claro. ¿El nuevo IBAN? ... Hecho, desde la próxima factura. ¿La alta es la de diciembre y enero?")
_d2 = c("Sí. 180 euros, y normalmente pago 60.", None)
_d3b = t("Es una lectura real tras tres estimadas: en otoño le estimaron por debajo y ahora se regulariza. Es consumo atrasado, no un error.")
_d4b = c("Ah, vale. O sea, que lo he gastado pero no me lo habían cobrado.", None)
_d3w = t("En invierno hay que tener cuidado: calefacción a 19, purgar radiadores, no ventilar mucho rato. Cada grado de más es un 7%. Y es una lectura real tras tres estimadas.")
_d4w = c("Oiga, no le he pedido consejos, la calefacción la pongo como quiero. ¿Es un error o no?", None)
_d5 = t("No es error, es lo que no se cobró en otoño. Si le viene mal de golpe, se puede fraccionar en tres meses sin coste.")
_d6 = c("En tres mejor, que este mes vamos justos.", None)
_d7 = t("Hecho: tres recibos de 60 más el consumo de cada mes.")

# f05 gestoría (A Coruña): worse leaves a vague next step
_e0 = c("Buenas. Mi padre falleció en octubre y nos deja un piso a los tres hermanos. No sabemos qué hay que pagar ni cuándo.", None)
_e1 = t("Lo siento mucho. Hay seis meses para sucesiones y plusvalía municipal. ¿Hay testamento?")
_e2 = c("Sí, ante notario en Betanzos. Y uno de mis hermanos vive en Suiza.", None)
_e3 = t("El de Suiza puede firmar con un poder. Por todo el trámite son 600 euros más los impuestos que salgan.")
_e4 = c("Seiscientos... entre tres, bueno. Pero lo tengo que hablar con mis hermanos.", "think_it_over")
_e5b = t("Claro. Hoy le mando la lista de papeles y el presupuesto por escrito, y el lunes 14 le llamo. El plazo acaba el 20 de abril.")
_e6b = c("Perfecto, así se lo reenvío a ellos.", None)
_e5w = t("Claro, háblelo con calma. Ya le iremos diciendo algo, y cuando lo tengan claro nos dicen.")
_e6w = c("Pero... ¿qué papeles hacen falta? ¿Y hasta cuándo tenemos exactamente?", None)

# f06 cocinas (Málaga): worse over-promises the deadline
_g0 = c("Hola, queremos cambiar la cocina entera. Nos casamos en junio y la queremos lista antes, que viene la familia.", None)
_g1 = t("¡Enhorabuena! ¿Qué quieren cambiar: muebles, encimera, también fontanería y luz?")
_g2 = c("Todo, tiene cuarenta años. En otro sitio nos pidieron 12.000, para que se haga una idea.", None)
_g3 = t("Con obra completa, entre 9.000 y 13.000. Puedo ajustar con encimera laminada y muebles de gama media.")
_g4 = c("Eso encaja mejor. ¿Y de plazo?", None)
_g5b = t("Unas seis semanas desde la firma: cuatro de fabricación y dos de obra. Firmando antes de abril, llegamos con margen.")
_g6b = c("Nos da tiempo. Lo miramos este fin de semana y le decimos.", "think_it_over")
_g5w = t("No se preocupen, en una semana la tienen lista, me encargo yo personalmente.")
_g6w = c("¿En una semana? Otro nos dijo dos meses... Bueno, si usted lo dice, mejor.", None)
_g7 = t("Les mando el presupuesto detallado el martes.")

# f07 TPV (Cádiz): worse closes before checking the customer's tablets work
_h0 = c("Buenas, tengo un bar de tapas en La Viña y quiero un TPV en tablet para pedir desde la mesa.", None)
_h1 = t("Buenas. ¿Cuántos camareros y cómo llega ahora la comanda a cocina?")
_h2 = c("Tres. Ahora la gritamos, literal, y hay una impresora de tickets vieja en la barra.", None)
_h3 = t("Con tablets y una impresora en cocina, la comanda sale sola. Son 45 al mes, y las tablets las tengo a 150.")
_h4 = c("Tablets ya tengo, dos de mi hija y una mía. Eso me ahorro.", None)
_h5b = t("Puede que valgan. Antes de firmar me paso y las pruebo con el programa y con su impresora; si alguna no va, se lo digo.")
_h6b = c("Mejor, que no quiero sorpresas en pleno Carnaval.", None)
_h5w = t("Perfecto, firmamos hoy y la semana que viene lo dejamos funcionando. ¿Me da el número de cuenta?")
_h6w = c("Espera, ¿y si mis tablets no valen? Antes de firmar quiero verlo funcionando.", "think_it_over")
_h7 = t("Mañana a las once me paso, antes de que abran.")

# f08 audífonos (Elche): worse recommends before asking
_i0 = c("Buenas. Vengo con mi padre, que no oye bien la tele y se enfada cuando se lo decimos.", None)
_i1b = t("Buenas. ¿Desde cuándo lo notan? ¿Le cuesta también con ruido, en un bar o en una comida?")
_i2b = c("Un par de años. En las comidas familiares ya ni se entera, y él dice que hablamos bajo.", None)
_i1w = t("Buenas. Para eso lo mejor es el invisible recargable, 2.400 el par. Es el que más se lleva.")
_i2w = c("¿Ya? Si ni le ha mirado. Y él dice que oye bien, que hablamos bajo.", None)
_i3 = t("Lo primero es una audiometría, gratis, quince minutos. Así lo ve él mismo y no es cosa de ustedes.")
_i4 = c("Eso está bien. Pero los audífonos son carísimos, ¿no? Mi tía se gastó tres mil.", "too_expensive")
_i5 = t("Los hay desde 900 el par hasta más de 2.000; depende de la pérdida. Con la prueba le digo qué necesita.")
_i6 = c("Y si luego no se los pone... los de mi tía están en un cajón.", "bad_experience")
_i7 = t("Por eso hay un mes de prueba con devolución. ¿Hacemos la audiometría ahora?")

# f09 luz (Reus): worse explains with unexplained jargon
_j0 = c("Hola, tengo una tienda de ropa en Reus. Desde que me pasé con vosotros pago más, y me prometieron lo contrario.", None)
_j1 = t("Vamos a verlo. ¿Tiene la factura de antes del cambio y la última?")
_j2 = c("Aquí están. Antes unos 140, ahora 190.", None)
_j3b = t("La diferencia es la potencia, la parte fija que paga use la luz o no. Le pusieron más de la que tenía, y eso se paga cada día.")
_j4b = c("O sea, que pago por una potencia que no uso. ¿Se puede bajar?", None)
_j3w = t("Le han pasado a 3.0TD con 15 kW en P1 y P2; el término de potencia le penaliza, y los peajes y cargos de punta suben.")
_j4w = c("No he entendido nada. ¿Me lo dice en cristiano? ¿Se puede bajar o no?", None)
_j5 = t("Sí: la bajamos a lo que tenía y revisamos lo cobrado de más desde julio. Abro la reclamación ahora.")
_j6 = c("Vale. Pero no sé si quedarme con vosotros después de esto.", "think_it_over")
_j7 = t("Lo entiendo. Cuando llegue la factura corregida la comparamos con la de antes y usted decide.")

# f10 autoescuela (Vigo): worse talks about herself
_k0 = c("Hola, quiero sacarme el carné. Tengo 34 años y me da bastante miedo conducir, la verdad.", None)
_k1 = t("Hola. Mucha gente empieza a tu edad. ¿Has conducido alguna vez o sería desde cero?")
_k2 = c("Desde cero. Una vez cogí el coche de mi ex en un descampado y casi me como un muro.", None)
_k3b = t("Entonces vamos despacio: primeras clases en un polígono sin tráfico, hasta que estés cómoda. ¿Qué horario tienes?")
_k4b = c("Trabajo a turnos en Citroën, una semana de mañana y otra de tarde.", None)
_k3w = t("Ja, a mí me pasó igual: a los 18 estampé el 127 de mi padre contra un contenedor. Luego hice rallies de aficionada, ¿sabes? Veinte años dando clase.")
_k4w = c("Ah... vale. Yo quería saber cómo sería lo mío. Trabajo a turnos en Citroën, una semana de mañana y otra de tarde.", None)
_k5 = t("Te adapto las prácticas a cada semana. Teórico más diez prácticas son 590; sueltas, 32.")
_k6 = c("¿Diez? Yo voy a necesitar el doble, seguro, y eso se me va de presupuesto.", "no_money")
_k7 = t("Empieza con el paquete y a mitad miramos juntas cuántas más necesitas. Puedes pagar por meses.")

PAIRS = [
    rpair("esb14r_f01_valencia_taller_embrague", "Taller (Valencia, Patraix). Tirones al arrancar. Fallo de worse: discute con el cliente sobre lo que nota.",
          [_a0, _a1, _a2, _a3b, _a4b, _a5, _a6, _a7], [_a0, _a1, _a2, _a3w, _a4w, _a5, _a6, _a7]),
    rpair("esb14r_f02_sants_inmobiliaria_nomina", "Inmobiliaria (Barcelona, Sants). Enfermera pide un alquiler. Fallo de worse: duda de su sueldo.",
          [_b0, _b1, _b2, _b3b, _b4b, _b5, _b6, _b7], [_b0, _b1, _b2, _b3w, _b4w, _b5, _b6, _b7]),
    rpair("esb14r_f03_sevilla_muebles_mesa", "Tienda de muebles (Sevilla, Los Remedios). Mesa extensible. Fallo de worse: rebaja el precio antes de preguntar nada.",
          [_c0, _c1b, _c2b, _c3, _c4, _c5, _c6, _c7], [_c0, _c1w, _c2w, _c3, _c4, _c5, _c6, _c7]),
    rpair("esb14r_f04_madrid_gas_factura", "Comercializadora de gas (Madrid). Cambio de cuenta y factura alta. Fallo de worse: sermón de ahorro que nadie pidió.",
          [_d0, _d1, _d2, _d3b, _d4b, _d5, _d6, _d7], [_d0, _d1, _d2, _d3w, _d4w, _d5, _d6, _d7]),
    rpair("esb14r_f05_coruna_gestoria_herencia", "Gestoría (A Coruña). Herencia de un piso entre tres hermanos. Fallo de worse: siguiente paso vago.",
          [_e0, _e1, _e2, _e3, _e4, _e5b, _e6b], [_e0, _e1, _e2, _e3, _e4, _e5w, _e6w]),
    rpair("esb14r_f06_malaga_cocina_boda", "Reformas de cocina (Málaga). Pareja quiere la cocina antes de la boda. Fallo de worse: promete un plazo imposible.",
          [_g0, _g1, _g2, _g3, _g4, _g5b, _g6b, _g7], [_g0, _g1, _g2, _g3, _g4, _g5w, _g6w, _g7]),
    rpair("esb14r_f07_cadiz_bar_tpv", "TPV para hostelería (Cádiz). Bar de tapas. Fallo de worse: cierra antes de comprobar que sus tablets funcionan.",
          [_h0, _h1, _h2, _h3, _h4, _h5b, _h6b, _h7], [_h0, _h1, _h2, _h3, _h4, _h5w, _h6w, _h7]),
    rpair("esb14r_f08_elche_audifonos_padre", "Centro auditivo (Elche). Hija con su padre. Fallo de worse: recomienda un modelo antes de preguntar.",
          [_i0, _i1b, _i2b, _i3, _i4, _i5, _i6, _i7], [_i0, _i1w, _i2w, _i3, _i4, _i5, _i6, _i7]),
    rpair("esb14r_f09_reus_luz_potencia", "Comercializadora de luz (Reus). Tienda paga más tras cambiarse. Fallo de worse: jerga sin explicar.",
          [_j0, _j1, _j2, _j3b, _j4b, _j5, _j6, _j7], [_j0, _j1, _j2, _j3w, _j4w, _j5, _j6, _j7]),
    rpair("esb14r_f10_vigo_autoescuela_miedo", "Autoescuela (Vigo). Mujer de 34 años con miedo a conducir. Fallo de worse: la profesora habla de sí misma.",
          [_k0, _k1, _k2, _k3b, _k4b, _k5, _k6, _k7], [_k0, _k1, _k2, _k3w, _k4w, _k5, _k6, _k7]),
]

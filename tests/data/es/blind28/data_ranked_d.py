"""Ranked pairs esb28 d01-d10: two decent conversations, `better` is better. Hand-written in Spanish (Mexico)."""
from common import c, rpair, t

P = []

o = c("Buenas. Quiero que me suban el límite de la tarjeta, necesito unos 40 mil más.", None)
P.append(rpair("esb28r_d01_banco_limite", "Bank branch, Monterrey: customer asks for a 40,000-peso credit limit increase.",
  [o, t("Buenas. Claro, lo revisamos. ¿Para qué lo necesita? Así veo qué le conviene."),
   c("Para la operación de vesícula de mi mamá. No tiene seguro y el hospital pide anticipo.", None),
   t("Lamento lo de su mamá. En la tarjeta la tasa anda en 60% anual. ¿Lo pagaría en un mes o le tomaría más?"),
   c("En un mes imposible. Pensaba irlo pagando en un año.", None),
   t("Entonces le conviene un préstamo personal a 12 meses, tasa fija de 28%: unos 3,900 al mes. Se autoriza en dos días."),
   c("Ah, no sabía. Pero el hospital me pide el anticipo el viernes.", "no_time"),
   t("Llega si lo meto hoy. Y si se atrasa, le subo el límite como respaldo.")],
  [o, t("Buenas. Déjeme ver su historial... Es buen cliente. Le puedo subir 35 mil."),
   c("¿Nada más 35? Necesito 40, es para la operación de mi mamá.", None),
   t("Es lo máximo que me da el sistema. La puede diferir a meses, o sin intereses si el hospital tiene."),
   c("No sé si tenga. Y la tasa de la tarjeta está cara, ¿no?", "too_expensive"),
   t("Anda en 60%. Si quiere le dejo hecho el aumento y usted ve."),
   c("Bueno, hágale. Ni modo.", None)]))

o = c("Hola, quiero información de entrenadores personales. Quiero ponerme en forma para la boda de mi hermana.", None)
P.append(rpair("esb28r_d02_gym_entrenador", "Gym, Mérida (front desk): woman asks about personal training before a wedding.",
  [o, t("¡Qué padre! ¿Para cuándo es la boda y qué le gustaría lograr?"),
   c("En cuatro meses. Quiero bajar unos 6 kilos. Lo he intentado sola y a las tres semanas lo dejo.", None),
   t("Cuatro meses alcanza. ¿Qué pasa a las tres semanas, qué hace que lo deje?"),
   c("Me aburro, y salgo tarde del trabajo. Además los entrenadores cobran un montón.", "too_expensive"),
   t("Entonces necesita variedad y horario flexible. Una sesión semanal con entrenador y rutina en app los otros días: 1,200 al mes."),
   c("Eso sí lo puedo pagar. ¿Puedo probar primero?", None),
   t("La primera es sin costo. ¿Le queda el jueves a las 8 de la noche?")],
  [o, t("¡Qué padre! Hay paquetes de 8, 12 y 20 sesiones. El de 12 es el más popular, 3,400 al mes."),
   c("Uf. Quiero bajar 6 kilos en cuatro meses, pero siempre lo dejo a las tres semanas.", None),
   t("Con 12 sesiones no lo deja, el entrenador la motiva. Y le damos plan de alimentación."),
   c("Mmm, 3,400 es mucho para mí ahorita.", "no_money"),
   t("Entiendo. El de 8 sesiones sale en 2,500. ¿Le parece?"),
   c("Déjeme pensarlo y le aviso.", "think_it_over")]))

o = c("Buenas tardes, pago 100 megas y en las videollamadas del trabajo se me congela todo.", None)
P.append(rpair("esb28r_d03_internet_homeoffice", "Internet provider, Guadalajara (phone): home worker's video calls freeze.",
  [o, t("Buenas tardes. ¿Está por cable o wifi? ¿En qué cuarto trabaja?"),
   c("Wifi. Trabajo en el estudio, al fondo; el módem está en la entrada.", None),
   t("Le corro prueba... Al módem le llegan 98 megas: el servicio está bien, el wifi no llega al fondo."),
   c("Ah. Me dijeron que subiera el plan a 300.", None),
   t("Subir el plan no ayuda si el wifi no llega. Le ofrezco un repetidor, 49 al mes; si no mejora lo devuelve sin costo."),
   c("Ok, pero si no sirve lo quito, eh. Ya me han vendido cosas que no sirven.", "bad_experience"),
   t("Tiene 30 días para devolverlo. El técnico lo instala mañana y lo prueba con usted en el estudio.")],
  [o, t("Buenas tardes. Le corro prueba... Al módem le llegan 98 megas, la línea está bien."),
   c("Pues en el estudio se congela. Trabajo desde casa.", None),
   t("Para home office le conviene el de 300 megas, son 200 más al mes, más estable."),
   c("Mmm, 200 más. ¿Y eso sí lo arregla?", None),
   t("Debería mejorar bastante. Se lo cambio hoy y lo nota mañana."),
   c("Ay, no sé. Déjeme verlo con mi esposo.", "think_it_over")]))

o = c("Qué onda, buenas. Se me prendió el foquito del motor y me da miedo agarrar carretera el viernes.", None)
P.append(rpair("esb28r_d04_taller_check_engine", "Car workshop, Querétaro: check-engine light before a road trip.",
  [o, t("Buenas, hizo bien en traerlo. ¿Lo siente diferente? ¿Jalonea, gasta más?"),
   c("No, igual. Y la neta, la última vez en un taller me cobraron cosas que ni tenía.", "bad_experience"),
   t("Le paso el escáner, son 350, y le enseño el código en la pantalla."),
   c("Ándale, pero enséñemelo, eh.", None),
   t("Mire: P0420, catalizador bajo. No es peligroso, puede viajar. Cambiarlo son 7 mil, y puede esperar a la verificación."),
   c("¿En serio? Pensé que me iba a salir con algo urgente.", None),
   t("En serio. Si el foco parpadea o jalonea, se orilla y me llama.")],
  [o, t("Buenas. Déjelo y le paso el escáner, son 350."),
   c("Va. Nomás que el viernes salgo a carretera.", None),
   t("Sale P0420, el catalizador. Hay que cambiarlo: 7 mil con mano de obra."),
   c("¿Siete mil? Uy, eso no lo tengo ahorita.", "no_money"),
   t("Se lo pongo la otra semana si quiere. Mientras, maneje con cuidado."),
   c("¿Pero sí puedo salir el viernes o no?", None),
   t("Pues sí, pero mejor cámbielo pronto.")]))

o = c("buenas tardes, vi su publicacion de casas en tlajomulco. cuanto cuestan?", None)
P.append(rpair("esb28r_d05_inmobiliaria_tlajomulco", "Real-estate developer, Guadalajara area (Facebook chat): young father asks about houses.",
  [o, t("Buenas tardes! Desde 980 mil. ¿La busca para vivir? ¿Dónde trabajan?"),
   c("para vivir, con mi esposa y mi bebe. yo trabajo en el centro de gdl, ella en zapopan", None),
   t("Le soy honesto: de Tlajomulco al centro es 1h15 en hora pico. ¿Les funciona, o prefieren más cerca aunque más chico?"),
   c("uy no sabia. pues es que cerca todo esta carisimo", "too_expensive"),
   t("Sí sube. En Tonalá tenemos a 45 minutos del centro, desde 1.1 millones. ¿Saben cuánto les presta Infonavit?"),
   c("como 900 mil entre los dos creo. lo tengo que ver bien con ella", "think_it_over"),
   t("Va. Les mando cómo revisarlo en la app, y si quieren el sábado los llevo a ver los dos.")],
  [o, t("Buenas tardes! Desde 980 mil, con Infonavit o banco. Le mando fotos del modelo Jacaranda, 2 recámaras."),
   c("se ve bonita. yo trabajo en el centro de gdl, queda lejos?", None),
   t("Hay buena conexión por carretera, y ya hay escuelas y súper cerca. ¿Visita la casa muestra?"),
   c("si, pero entre semana no puedo, trabajo todo el dia", "no_time"),
   t("Abrimos sábado y domingo de 10 a 6. ¿Le agendo el sábado?"),
   c("ok el sabado a las 11", None)]))

o = c("Buenas, me llegó la renovación del seguro del carro y subió casi 3 mil. Quiero algo más barato.", None)
P.append(rpair("esb28r_d06_seguro_renovacion", "Car insurer, Puebla (phone): renewal premium jumped.",
  [o, t("Buenas. Es un buen brinco. Antes de moverle, ¿cómo usa hoy el carro? ¿Igual que el año pasado?"),
   c("No, ahora trabajo en casa, lo saco el fin nada más. Y ya está viejito, es 2014.", None),
   t("Eso cambia mucho. ¿Qué le preocuparía más: chocar a alguien o que le roben el carro?"),
   c("Chocar a alguien, eso sí. El carro ya no vale tanto.", None),
   t("Entonces limitada: responsabilidad civil alta, gastos médicos y robo, sin daños propios. De 11 mil baja a unos 6,500."),
   c("Órale. ¿Pero si me chocan no me cubren lo mío?", None),
   t("Lo suyo no, lo del otro sí. Se lo mando por escrito con lo que cubre y lo que no.")],
  [o, t("Buenas. Puedo subirle el deducible de 5 a 10%, así baja a unos 9,800."),
   c("Mmm, baja poco. ¿No hay algo más barato? Ya casi no lo uso.", None),
   t("Está la limitada, sin daños propios, en 6,500."),
   c("Esa. Aunque en otra aseguradora me dieron 5 mil.", "too_expensive"),
   t("Puede ser; revise que tenga la misma responsabilidad civil. ¿Se la dejo en limitada?"),
   c("Sí, la limitada.", None)]))

o = c("Buenas, quiero una tele para mi abuelo. La suya ya no sirve.", None)
P.append(rpair("esb28r_d07_tele_abuelo", "Electronics store, Torreón: grandson buys a TV for his elderly grandfather.",
  [o, t("Buenas. ¿Qué ve su abuelo? ¿Cómo se lleva con los controles?"),
   c("Noticias y futbol en tele abierta. Con el control se hace bolas, la anterior era de perillas.", None),
   t("Entonces que sea fácil: que prenda directo en tele abierta. ¿Cómo ve, y a qué distancia se sienta?"),
   c("Ve poco, usa lentes. Se sienta a dos metros. Traigo 6 mil.", None),
   t("A dos metros, 43 pulgadas va bien: 5,800. Se la dejo prendiendo en el canal 2 y le sumo un control de botones grandes, 250."),
   c("Me late. Pero déjeme medir el mueble de su cuarto y le confirmo.", "think_it_over"),
   t("Se la aparto hasta mañana sin costo. Si no cabe, vemos la de 40.")],
  [o, t("Buenas. Le recomiendo esta de 50 pulgadas 4K, con todas las apps, 7,900. Muy buena imagen."),
   c("Es que mi abuelo nomás ve tele abierta. Y con el control se hace bolas.", None),
   t("Tiene entrada de antena. Y el control trae botón directo a las apps, es muy fácil."),
   c("Él no usa apps. Y traigo 6 mil nada más.", "no_money"),
   t("Entonces la de 43, 5,800. Misma marca, también 4K."),
   c("Va, esa. Ojalá le entienda.", None)]))

o = c("Buenas, pásele. Ya tenemos proveedor de químicos, eh, nomás lo recibo por cortesía.", "no_need")
P.append(rpair("esb28r_d08_hotel_quimicos", "Cleaning-supplies distributor visits a hotel housekeeping manager, Puerto Vallarta (B2B).",
  [o, t("Gracias por el tiempo. No vengo a cambiarle todo. ¿Con qué batallan más hoy en limpieza?"),
   c("Las manchas de bloqueador en toallas. Tiramos como 80 al mes.", None),
   t("Ochenta al mes es un dineral. ¿Con qué las lavan y a qué temperatura?"),
   c("Con el detergente del proveedor, en caliente. Y el dueño no va a querer cambiar de proveedor.", "no_need"),
   t("No tiene que cambiar. Prueba de un mes: nuestro desmanchador solo para toallas, 20 marcadas, y comparamos."),
   c("Una prueba así sí la puedo autorizar yo.", None),
   t("Le traigo el producto el lunes con una hoja para contar las toallas rescatadas.")],
  [o, t("Gracias. Le traigo el catálogo: detergentes, desengrasantes, cloro, aromatizantes, 15% abajo de su proveedor."),
   c("Ajá. Lo que más nos duele son las manchas de bloqueador en toallas.", None),
   t("Para eso nuestro desmanchador es muy bueno. Cambie todo el surtido y le sostengo el 15%."),
   c("Todo no, eso lo decide el dueño. Déjeme el catálogo y se lo enseño.", "think_it_over"),
   t("Claro. ¿Le marco la otra semana?"),
   c("Sí, márqueme.", None)]))

o = c("Hola, buenas. Necesito inglés para una promoción, me dan tres meses. ¿Ustedes me dejan listo?", None)
P.append(rpair("esb28r_d09_ingles_promocion", "Language school, Monterrey (front desk): plant supervisor needs English for a promotion.",
  [o, t("Hola. Le soy sincero: depende de dónde empieza. ¿Qué tendría que hacer en inglés en el puesto nuevo?"),
   c("Juntas con los gringos de la planta, por videollamada. Leo más o menos, pero hablar, nada.", None),
   t("Entonces la clave es conversación. En tres meses no sale bilingüe, pero sí se defiende en juntas si practica diario."),
   c("¿Diario? Uy, salgo a las 7 de la planta, no sé si me dé la vida.", "no_time"),
   t("Hay conversación en línea de 8 a 9. Si no puede diario, tres veces por semana y app los otros días."),
   c("Eso sí. ¿El examen de ubicación cuánto cuesta?", None),
   t("Es gratis, 30 minutos. ¿Se lo agendo el sábado?")],
  [o, t("¡Hola! Claro, el intensivo de tres meses es justo para eso. Muchos alumnos consiguieron su ascenso."),
   c("Ah, qué bien. Leo más o menos, pero hablar, nada. Y salgo tarde de la planta.", None),
   t("El intensivo es de 7 a 9 de la noche, lunes a viernes, y lo deja conversando."),
   c("¿Cuánto cuesta?", None),
   t("4,200 al mes, más 500 de inscripción y libros."),
   c("Uf, pesado. En línea vi cursos de 300 al mes.", "too_expensive"),
   t("Aquí es con maestro en vivo. Le quito la inscripción si se inscribe esta semana.")]))

o = c("buenas tardes. tengo un despacho contable y queremos cambiar el internet, el actual se cae en cierres de mes", None)
P.append(rpair("esb28r_d10_despacho_internet", "Business telecom sales, Morelia (WhatsApp): accounting office wants a new internet provider.",
  [o, t("Buenas tardes. En cierre, lo peor. ¿Cuántos son y qué usan más: SAT, sistema en la nube, teléfono?"),
   c("somos 9. todo en la nube, el contpaq y el sat. y el fijo con clientes", None),
   t("9 personas en la nube más telefonía. Cuando falla, ¿se cae todo o se pone lento?"),
   c("se cae todo como media hora. y el proveedor tarda dias en venir", None),
   t("Lo clave es la respuesta. El empresarial de 200 megas trae 2 líneas y técnico en 4 horas por contrato: 1,450 al mes."),
   c("mmm ahorita pagamos 900. y es a 24 meses? eso no me late", "too_expensive"),
   t("Es a 12. Y sumo respaldo 4G que entra solo si cae la fibra. Le mando el contrato para que lo lea con calma.")],
  [o, t("Buenas tardes! Tenemos el empresarial de 200 megas con 2 líneas fijas, 1,450 al mes."),
   c("ok. somos 9, todo en la nube. aguanta?", None),
   t("Claro, 200 megas alcanzan de sobra para 9."),
   c("y si se cae cuanto tardan? con el actual tardan dias", None),
   t("Nuestra respuesta empresarial es de 4 horas. ¿Le agendo la instalación?"),
   c("dejeme comparar con otra cotizacion que me mandaron", "think_it_over")]))

PAIRS = P

from common import c, rpair, t

# f01 refaccionaria, Tijuana: argues with the customer
a0 = c("Buenas, compré una batería aquí la semana pasada y ya se me volvió a descargar. El Tsuru no arranca en las mañanas.", None)
a1 = t("Buenas, qué mala onda. ¿Se le prende el foco de la batería en el tablero cuando va manejando? ¿Y trae el ticket?")
a2 = c("Sí, se prende a ratos en la noche cuando prendo las luces. Aquí está el ticket. Yo digo que la batería salió mala.", None)
a3b = t("Puede ser, no lo descarto. Que se prenda el foco manejando a veces es el alternador, que no la carga. Lo bueno es que se mide: con el multímetro en cinco minutos sabemos si es la batería o el alternador.")
a4b = c("Órale, mídale pues. Yo nomás quiero que arranque.", None)
a3w = t("No, no es la batería, eso se lo aseguro. Nuestras baterías no salen malas; si se prende el foco es el alternador, punto. Usted cambió la batería cuando tenía que cambiar el alternador.")
a4w = c("Oiga, pues yo no sé de eso, pero antes de la batería nueva sí arrancaba. No me diga que la culpa es mía.", None)
a5 = t("Ya medí: la batería está bien, 12.6 volts, pero con el motor prendido marca 12.1, el alternador no está cargando. El alternador reconstruido sale en 1,450 instalado.")
a6 = c("¿1,450? Ah, caray. ¿No hay otra cosa más barata?", "too_expensive")
a7 = t("Puedo revisar primero los carbones, a veces es solo eso, 280. Si con eso no carga, vamos por el alternador. Son 20 minutos.")

# f02 remesas, San Salvador: doubts the customer's honesty
b0 = c("Buenas, vengo a cobrar una remesa de mi hermano. Es más grande que las otras, como dos mil dólares.", None)
b1 = t("Buenas, con gusto. Me regala su DUI y el código, por favor.")
b2 = c("Aquí está. Es para el techo de la casa de mi mamá, con las lluvias se nos está cayendo.", None)
b3b = t("Gracias. Como el monto pasa de mil dólares, la ley nos pide una declaración de origen y destino de fondos; es de rutina, se la pedimos a todos. Usted ya me dijo el destino, así que es rápido.")
b4b = c("Ah, va pues. ¿Qué le pongo?", None)
b3w = t("Dos mil dólares... ¿y seguro que se los manda su hermano? Con montos así vemos mucho dinero raro. Va a tener que llenar una declaración, y le aviso que eso se revisa.")
b4w = c("¿Dinero raro? Mi hermano trabaja en construcción en Maryland, oiga. No me trate como delincuente. ¿Qué le pongo?", None)
b5 = t("En origen pone 'ahorro de trabajo de su hermano' y en destino 'reparación de vivienda'. Firma aquí abajo y se lo pago.")
b6 = c("Ya está. ¿Me lo puede dar una parte en billetes de 20? Es para pagarle al albañil.", None)
b7 = t("Claro. Se lo cuento aquí en la ventanilla: mil en billetes de 20 y el resto en de 100. Le recomiendo no andarlo todo en la bolsa.")

# f03 gimnasio, Monterrey: drops the price before asking anything
e0 = c("Qué onda, ¿cuánto está la mensualidad? Quiero empezar a entrenar para un medio maratón.", None)
e1b = t("Qué onda. Son 800 al mes. ¿Para cuándo es el medio maratón y cómo andas corriendo ahorita? Así te digo qué te sirve de aquí.")
e2b = c("Es en marzo, el de Monterrey. Ahorita corro 8 kilómetros, pero me duelen las rodillas.", None)
e1w = t("Son 800 al mes, pero mira, te la dejo en 550 si te inscribes hoy, y sin inscripción.")
e2w = c("Eh... ¿y por qué tan barato de repente? Bueno, es para el medio maratón de marzo. Corro 8 kilómetros, pero me duelen las rodillas.", None)
e3 = t("Para rodillas y medio maratón te sirve el área de fuerza de pierna y el club de corredores que sale martes y jueves de Fundidora. El coach revisa la técnica de zancada.")
e4 = c("Órale, lo del club me late. Pero la neta ando corto este mes, acabo de pagar el seguro del carro.", "no_money")
e5 = t("Te entiendo. Ven una semana gratis al club de corredores y decides con calma; si te quedas, pagas en la quincena.")
e6 = c("Va, el martes le caigo al club.", None)

# f04 laboratorio, Guatemala: an unasked lecture
g0 = c("buenas, me pidieron en el trabajo un perfil de lipidos y glucosa. cuanto cuesta y a que hora puedo ir", None)
g1 = t("¡Buenas! El perfil de lípidos con glucosa sale en Q185. Es en ayunas de 10 a 12 horas, de 6:30 a 10 de la mañana, de lunes a sábado.")
g2 = c("ok. es que entro a las 7 y salgo a las 4. el sabado nada mas puedo", None)
g3b = t("Entonces el sábado le queda bien, abrimos a las 6:30. ¿Su empresa necesita el resultado con algún formato o sello?")
g4b = c("si, con sello y firma del quimico. es para el expediente de salud ocupacional", None)
g3w = t("El sábado está bien. Ya que se hace el perfil, le recomiendo dejar las frituras, el pollo frito y el exceso de tortillas, y caminar 30 minutos diarios; el colesterol alto es de las primeras causas de infarto en el país.")
g4w = c("eh ok... yo solo pregunte el horario, ni tengo el colesterol alto q yo sepa. es para el expediente de salud ocupacional, lo piden con sello y firma", None)
g5 = t("El informe sale con sello y firma del químico biólogo; se lo mandamos al correo y también impreso. Resultados el mismo sábado a las 2.")
g6 = c("ah perfecto. y no puedo tomar ni cafe en la mañana?", None)
g7 = t("Ni café, solo agua pura. Le agendo el sábado a las 6:45 para que no haga cola, ¿a nombre de quién?")

# f05 tarimas para maquila, Chihuahua: a vague next step
h0 = c("Buenas, le hablo de la planta aeroespacial del Complejo Industrial. Necesitamos tarimas con tratamiento térmico para exportación, unas 600 al mes.", None)
h1 = t("Buenas, con gusto. ¿Qué medida y qué carga llevan? ¿Las necesitan con sello NIMF-15 y certificado por lote?")
h2 = c("120 por 100, carga de 800 kilos. Sí, con sello y certificado por lote. El proveedor actual nos deja plantados cada quincena.", None)
h3 = t("Las hacemos en 120 por 100, con tratamiento y sello en nuestra planta. Para 600 al mes el precio anda en 285 por tarima, con entrega semanal de 150.")
h4 = c("285 está arriba de lo que pagamos, el actual nos cobra 250. Aunque si cumplen...", "too_expensive")
h5b = t("Entiendo. Le propongo: el jueves le llevo tres tarimas de muestra con su certificado para que las prueben en su línea de empaque, y el viernes le llega la cotización formal al correo. ¿Le queda el jueves a las 10?")
h6b = c("El jueves a las 10 está bien. Pregunte por mí en la caseta, Gabriela Trevizo.", None)
h5w = t("Entiendo. Déjeme ver qué podemos hacer con el precio y nosotros le avisamos. Cualquier cosa estamos en contacto.")
h6w = c("¿Y cuándo me avisan? Necesito resolver esto antes de fin de mes, el de ahorita ya me tiene harta.", None)

# f06 bienes raíces, Hermosillo: over-promises
i0 = c("Buenas, me interesa la casa de Villa Bonita, la de 1.2 millones. Quiero meter mi crédito Infonavit. ¿Cómo está el trámite?", None)
i1 = t("Buenas, con gusto. ¿Ya revisó en Mi Cuenta Infonavit cuánto le prestan? ¿Su esposa también cotiza?")
i2 = c("Me sale que me prestan como 900 mil. Mi esposa no trabaja formal. Tengo ahorrado como 150 mil.", None)
i3 = t("Entonces le faltarían unos 300 mil más gastos de escrituración, que son como 5 o 6 por ciento. Con su ahorro no alcanza esta; tendríamos que ver una más cerca del millón.")
i4 = c("Ya me lo temía. Una de un millón también me sirve. El otro asesor me dijo que sí se podía con esta y nunca me regresó la llamada.", None)
i5b = t("Con una de un millón sí cuadra. Le soy claro: la aprobación depende de Infonavit, del avalúo y de su historial, y suele tardar de cuatro a ocho semanas. Lo que sí le aseguro es que le llamo cada viernes con el avance.")
i6b = c("Así sí, prefiero saber la verdad. ¿Qué papeles le llevo?", None)
i5w = t("Con una de un millón, no se preocupe: con Infonavit se lo aprueban seguro, tengo conocidos allá. En dos semanas está firmando escrituras, se lo garantizo.")
i6w = c("¿Seguro? Eso mismo me dijo el otro asesor... Bueno, ¿qué papeles le llevo?", None)
i7 = t("Identificación, acta de matrimonio, RFC, CURP y su último recibo de nómina. Con eso arrancamos esta semana, y el sábado le enseño dos casas de un millón en la misma zona.")

# f07 instalación de fibra, Tegucigalpa: closes before checking it works
j0 = c("Buenas, ¿ya quedó instalado? Mañana empiezo a trabajar desde la casa a las 7, para un call center de Estados Unidos.", None)
j1 = t("Ya quedó el módem conectado y con luz verde. ¿En qué cuarto va a trabajar, y la computadora va por cable o por wifi?")
j2 = c("En el cuarto de atrás, por wifi. La compu de la empresa no tiene puerto de cable, creo.", None)
j3b = t("Entonces antes de firmar nada vamos a medir allá atrás. Abra la compu en su lugar de trabajo y hacemos una prueba de velocidad y una llamada de prueba.")
j4b = c("Ah, sí, mejor. Mire, aquí dice 12 megas nada más, y el plan es de 50.", None)
j3w = t("Perfecto, el wifi llega a toda la casa. Fírmeme aquí la orden de trabajo y quedamos. Cualquier cosa, llama al centro de servicio.")
j4w = c("Bueno, firmo... pero a ver, déjeme probar allá atrás antes de que se vaya. Mire, aquí dice 12 megas nada más, y el plan es de 50.", None)
j5 = t("Las paredes de bloque le bajan la señal. Le pongo un repetidor en el pasillo, va incluido en la instalación, y volvemos a medir.")
j6 = c("Ahora sí, 46 megas. Uf, qué alivio, mañana no me puede fallar.", None)
j7 = t("Con eso está bien para sus llamadas. Le dejo mi número directo por si mañana a las 7 algo falla.")

# f08 abono para café, Marcala (La Paz, Honduras): recommends before asking
k0 = c("Buenas, ¿qué abono me recomienda para el café? Ya viene la primera fertilización del año.", None)
k1b = t("Buenas. Depende: ¿cuántas manzanas tiene, qué edad tiene el cafetal, y alguna vez se hizo análisis de suelo?")
k2b = c("Son tres manzanas, cerca de Marcala. Cafetal de unos 6 años. Análisis nunca he hecho.", None)
k1w = t("Para café lo mejor es el 18-5-15, el que lleva todo mundo en Marcala. Le recomiendo 10 quintales.")
k2w = c("¿Diez quintales? Si ni me ha preguntado cuántas manzanas tengo. Son tres, cerca de Marcala, cafetal de unos 6 años. Análisis nunca he hecho.", None)
k3 = t("Para tres manzanas de seis años, el 18-5-15 le sirve de base, unos 6 quintales en la primera. Pero le recomiendo un análisis de suelo, cuesta 600 lempiras, y así ya no abona a ciegas.")
k4 = c("¿600 el análisis? Púchica, mejor le echo lo de siempre. Ya está caro el abono como para pagar más.", "too_expensive")
k5 = t("Le entiendo. Con análisis a veces se ahorra un par de quintales al año, y eso vale más de 600. Pero si este año no se puede, arranque con los 6 quintales y lo hacemos antes de la segunda fertilización.")
k6 = c("Vaya pues, deme los seis, y lo del análisis lo pienso para la otra.", "think_it_over")

# f09 plan de celular, Tijuana: unexplained jargon
m0 = c("Buenas tardes, yo cruzo diario a San Diego a trabajar y el teléfono allá no me sirve. ¿Qué plan me sirve para los dos lados?", None)
m1 = t("Buenas tardes. ¿Allá qué usa más, llamadas o WhatsApp y mapa? ¿Y cuánto tiempo pasa del otro lado?")
m2 = c("Ocho horas, en una obra en Chula Vista. Uso WhatsApp para hablar con mi esposa y el mapa a veces. Llamadas poquitas.", None)
m3b = t("Le sirve el plan de 349: lo que trae aquí, llamadas y datos, lo usa igual en Estados Unidos sin cobro extra. Son 10 GB; si se le acaban no le cobran más, nomás el internet se pone lento hasta el otro mes.")
m4b = c("Ah, ok. ¿Y mi teléfono sirve allá? Es uno viejito, un Motorola.", None)
m3w = t("Le sirve el plan de 349: trae roaming en EUA con FUP de 10 GB, después hace throttling a 128 kbps, y VoLTE si su equipo soporta banda 66. Nomás hay que revisar el IMEI.")
m4w = c("Ay, joven, no le entendí nada. ¿Eso qué quiere decir? ¿Y mi teléfono sirve allá? Es uno viejito, un Motorola.", None)
m5 = t("Déjeme revisarlo... sí, su Motorola funciona allá. Lo que sí, ese plan es de contrato a 12 meses.")
m6 = c("¿Doce meses? Uy, déjeme pensarlo. Esta obra se acaba en junio y luego no sé si vuelva a cruzar.", "think_it_over")
m7 = t("Es razonable. También está la versión sin plazo por 389, 40 pesos más, y la cancela cuando deje de cruzar.")

# f10 alineación, Santa Tecla (El Salvador): talks about himself
n0 = c("Buenas, vos, caí en un hoyo en la Panamericana y ahora el carro se me jala para la derecha. ¿Me lo pueden ver?", None)
n1 = t("Buenas, claro. ¿Se jala siempre o solo al frenar? ¿Y el timón quedó torcido cuando vas derecho?")
n2 = c("Siempre, y sí, el timón quedó medio torcido. Y vibra arriba de 80.", None)
n3b = t("Puede ser alineación, pero la vibración me hace pensar que también se dobló el rin o se dañó la llanta. Lo subimos y revisamos rin, llanta y terminales antes de alinear, para no alinear algo golpeado.")
n4b = c("Va. ¿Y cuánto sale eso? Ando con lo justo esta quincena.", None)
n3w = t("Ah, a mí me pasó igualito con mi Corolla, vos. Íbamos para El Tunco con la familia, caí en un hoyo en la Litoral, se me reventó la llanta y la cambié yo en plena calle con los cipotes llorando. Desde ahí ando con cuidado, ¿ves? Bueno, lo subimos y revisamos.")
n4w = c("Ajá... qué mala suerte. Oí, pero ¿cuánto sale lo mío? Ando con lo justo esta quincena.", None)
n5 = t("La revisión es gratis. La alineación son 25 dólares. Si el rin está doblado, enderezarlo son 30 más; eso te lo digo antes de hacerlo.")
n6 = c("Ok, revisalo. Si es el rin lo dejo para la otra quincena, ahorita solo alcanza para la alineación.", "no_money")
n7 = t("Va, te aviso lo que encuentre y vos decidís. Media hora y te digo.")

PAIRS = [
rpair("esb12r_f01_tijuana_bateria_alternador",
 "Refaccionaria (Tijuana, BC). Cliente cree que la batería nueva salió mala. Falla en worse: discute con el cliente y le echa en cara que cambió lo que no era, en vez de proponer medir.",
 [a0, a1, a2, a3b, a4b, a5, a6, a7], [a0, a1, a2, a3w, a4w, a5, a6, a7]),
rpair("esb12r_f02_sansalvador_remesa_grande",
 "Ventanilla de remesas (San Salvador). Clienta cobra 2,000 dólares de su hermano para el techo de su mamá. Falla en worse: duda de su honestidad ('dinero raro') en vez de explicar que la declaración es de rutina.",
 [b0, b1, b2, b3b, b4b, b5, b6, b7], [b0, b1, b2, b3w, b4w, b5, b6, b7]),
rpair("esb12r_f03_monterrey_gym_maraton",
 "Gimnasio (Monterrey, NL). Corredor que prepara un medio maratón pregunta la mensualidad. Falla en worse: baja el precio antes de preguntar nada.",
 [e0, e1b, e2b, e3, e4, e5, e6], [e0, e1w, e2w, e3, e4, e5, e6]),
rpair("esb12r_f04_guatemala_lab_lipidos",
 "Chat de laboratorio (Ciudad de Guatemala). Empleado necesita un perfil de lípidos para salud ocupacional. Falla en worse: sermón no pedido sobre frituras y tortillas.",
 [g0, g1, g2, g3b, g4b, g5, g6, g7], [g0, g1, g2, g3w, g4w, g5, g6, g7]),
rpair("esb12r_f05_chihuahua_tarimas_maquila",
 "Llamada B2B (Chihuahua, Chih.). Compradora de planta aeroespacial busca tarimas con tratamiento térmico. Falla en worse: siguiente paso vago ('nosotros le avisamos').",
 [h0, h1, h2, h3, h4, h5b, h6b], [h0, h1, h2, h3, h4, h5w, h6w]),
rpair("esb12r_f06_hermosillo_casa_infonavit",
 "Inmobiliaria (Hermosillo, Son.). Comprador con crédito Infonavit y 150 mil ahorrados. Falla en worse: promete aprobación segura en dos semanas.",
 [i0, i1, i2, i3, i4, i5b, i6b, i7], [i0, i1, i2, i3, i4, i5w, i6w, i7]),
rpair("esb12r_f07_tegucigalpa_fibra_callcenter",
 "Instalación de fibra a domicilio (Tegucigalpa, Honduras). Clienta empieza mañana a trabajar desde casa para un call center. Falla en worse: pide la firma antes de medir la señal donde ella trabaja.",
 [j0, j1, j2, j3b, j4b, j5, j6, j7], [j0, j1, j2, j3w, j4w, j5, j6, j7]),
rpair("esb12r_f08_marcala_abono_cafe",
 "Agroservicio (Marcala, La Paz, Honduras). Caficultor pide abono para la primera fertilización. Falla en worse: recomienda fórmula y cantidad antes de preguntar nada.",
 [k0, k1b, k2b, k3, k4, k5, k6], [k0, k1w, k2w, k3, k4, k5, k6]),
rpair("esb12r_f09_tijuana_plan_cruce",
 "Tienda de telefonía (Tijuana, BC). Albañil que cruza a diario a San Diego busca un plan que sirva en los dos lados. Falla en worse: jerga sin explicar (FUP, throttling, VoLTE, banda 66).",
 [m0, m1, m2, m3b, m4b, m5, m6, m7], [m0, m1, m2, m3w, m4w, m5, m6, m7]),
rpair("esb12r_f10_santatecla_alineacion_bache",
 "Taller de llantas y alineación (Santa Tecla, El Salvador). Cliente cayó en un hoyo y el carro se jala. Falla en worse: el empleado cuenta su propia anécdota en vez de hablar del carro del cliente.",
 [n0, n1, n2, n3b, n4b, n5, n6, n7], [n0, n1, n2, n3w, n4w, n5, n6, n7]),
]

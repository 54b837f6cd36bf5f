from common import c, rpair, t

# f01 argues with the customer
A1 = c("Buenas, ando buscando estufa. Eléctrica, que de gas no quiero ni verla.", None)
B1 = t("Buenas. ¿Y eso? ¿Tuvo algún problema con gas?")
C1 = c("Mi tía tuvo un fuego en la cocina con un cilindro. Desde ahí, no.", "bad_experience")
D1 = t("Con razón. Eléctrica, entonces. ¿De cuántas hornillas y cuánto espacio tiene?")
E1 = c("Cuatro hornillas, 30 pulgadas. Y que no gaste tanta luz, que LUMA me tiene frita.", None)
D1w = t("Bueno, eso sería un cilindro viejo. Las de gas de ahora son más seguras que las eléctricas, y con los apagones le conviene gas. Eso no tiene discusión.")
E1w = c("Mira, no me vas a convencer. Eléctrica, de 30 pulgadas, y que no gaste tanta luz.", "no_need")
F1 = t("La vitrocerámica de 30 está en 649: calienta rápido y gasta menos que la de espiral. ¿Quiere verla prendida?")
G1 = c("Sí, enséñamela.", None)

# f02 doubts the customer's honesty
A2 = c("Buenas, anoche me chocaron el carro parqueado frente a la casa y el que fue se dio a la fuga. Quiero abrir la reclamación.", None)
B2 = t("Lo siento, qué rabia. ¿Está usted bien? ¿Alguien vio algo o hay cámara?")
C2 = c("Sí, estoy bien. El vecino tiene cámara, se ve una pickup blanca pero no la tablilla.", None)
D2 = t("Eso ayuda mucho. Pídale el video y haga reporte a la policía, que se lo van a pedir. ¿Qué daño tiene?")
E2 = c("La puerta de atrás y el guardafango, hundidos. El reporte ya lo hice esta mañana.", None)
D2w = t("Ok. Le tengo que preguntar: ¿está segura de que no fue usted dando reversa? Mucha gente dice fuga y después sale otra cosa.")
E2w = c("¿Me estás llamando mentirosa? Está en el video del vecino. La puerta de atrás y el guardafango, hundidos, y el reporte a la policía ya está hecho.", None)
F2 = t("Con su cobertura de choque y el reporte, el deducible es 500. Abro el caso ahora y el ajustador la llama en 48 horas.")
G2 = c("¿500? Yo pensé que si no fue mi culpa no pagaba nada. Déjame ver si me conviene reclamar.", "think_it_over")

# f03 drops the price before asking anything
A3 = c("buenas, cuanto vale la noche pa 2 adultos y 2 niños el puente de octubre?", None)
D3 = t("¡Buenas! Para darle el precio correcto: ¿qué noches serían y qué edades tienen los niños?")
E3 = c("del sabado al lunes. los niños tienen 6 y 9", None)
D3w = t("¡Buenas! La familiar está en 520 mil la noche, pero a usted se la dejo en 420 y los niños gratis.")
E3w = c("y asi de una me rebaja 100? q tiene de malo la habitacion? es del sabado al lunes, los niños tienen 6 y 9", None)
F3 = t("Dos noches en la familiar: dos camas dobles, frente a la piscina, desayuno incluido, y los menores de 10 no pagan. Le queda en 840 mil.")
G3 = c("840 ta bien, pero el año pasado fuimos a un hotel en Coveñas y la piscina estaba cerrada sin avisar", "bad_experience")
H3 = t("Le confirmo que la piscina está abierta ese puente, y si por algo se cierra le devolvemos una noche. ¿Se la reservo?")
I3 = c("ok, reservala a nombre de Katherine Pérez", None)

# f04 unasked lecture
A4 = c("Buenas, deme algo pa la acidez, que anoche comí en un bautizo y tengo el pecho ardiendo.", None)
B4 = t("Buenas. ¿El ardor es detrás del pecho y le sube a la garganta? ¿Algún dolor que le baje al brazo?")
C4 = c("Ardor na más, como que me sube. Al brazo no.", None)
D4 = t("Eso suena a acidez de la comida. Le doy estas tabletas masticables, 150 pesos: una ahora y otra si vuelve en 4 horas.")
E4 = c("Perfecto, eso.", None)
D4w = t("Eso suena a acidez. Le doy estas tabletas, 150 pesos. Pero mire, usted tiene que dejar la fritura, el cerdo y el romo, y no acostarse con la barriga llena. A su edad ya eso no se puede.")
E4w = c("Mire, yo vine por una pastilla, no a que me regañen. Una vez al año voy a un bautizo.", None)
F4 = t("Si no se le quita en dos días, o le da dolor de pecho con falta de aire, vaya al médico sin esperar.")
G4 = c("Ta bien. Cóbreme.", None)

# f05 vague next step
A5 = c("Buenas, el carro da un golpe cuando cambia de segunda a tercera. ¿Me lo pueden mirar?", None)
B5 = t("Claro. ¿Es automático? ¿Desde cuándo, y alguna vez le cambiaron el aceite de transmisión?")
C5 = c("Automático, un Corolla 2014. Hace como un mes. El aceite de transmisión... creo que nunca.", None)
D5 = t("Puede ser aceite viejo o un solenoide. Primero miro el nivel y el color del aceite y leo el código. Déjemelo hoy.")
E5 = c("Hoy lo puedo dejar, pero lo necesito pa ir a trabajar el lunes.", None)
F5 = t("Hoy le reviso el aceite y el código, y a las 4 lo llamo con lo que tiene y el precio. Si es solo el aceite, el sábado está listo.")
G5 = c("Perfecto, espero su llamada a las 4.", None)
F5w = t("Déjelo y nosotros le avisamos cuando sepamos algo.")
G5w = c("¿Y cuándo más o menos? Sin carro no llego al trabajo el lunes; así a ciegas no lo puedo dejar.", "no_time")

# f06 over-promises
A6 = c("Buenas, quiero el aire de 12 mil BTU que está en promoción, pero me lo tienen que instalar antes del sábado, que llega mi mamá.", None)
B6 = t("Buenas. ¿En qué barrio vive, y ya tiene punto eléctrico y hueco para el tubo?")
C6 = c("En el Prado. Tiene el punto, allá había uno viejo.", None)
D6 = t("Eso ahorra trabajo. Está en 1.690.000 con instalación básica. Le soy honesto: la cuadrilla está llena hasta el jueves; le doy viernes en la mañana, y si el técnico encuentra algo distinto podría pasar al lunes.")
E6 = c("Viernes en la mañana me sirve. Ojalá no salga nada raro.", None)
D6w = t("Tranquila, eso es fácil. Está en 1.690.000 con instalación básica, y se lo instalamos mañana mismo a las 8, sin falta. Se lo garantizo.")
E6w = c("¿Mañana? Qué bueno. Con ustedes una vez me quedaron mal con una entrega, pero si me lo garantiza...", "bad_experience")
F6 = t("Dejo anotado el punto eléctrico que ya existe, y el técnico la llama una hora antes de llegar.")
G6 = c("Listo, pásame los datos pa pagar.", None)

# f07 closes before checking the thing works
A7 = c("Hola, me quiero cambiar pa ustedes con mi número. El celular lo compré en Santo Domingo, ¿sirve aquí?", None)
B7 = t("Hola, bienvenida. ¿Qué plan tiene ahora y por qué se quiere cambiar?")
C7 = c("Pago 55 con la otra, ilimitado. Me cambio porque en mi casa en Trujillo Alto no tengo señal.", None)
D7 = t("Antes de firmar nada verifico el celular. Marque *#06# y mándeme el número que sale.")
E7 = c("Ya, ahí te mandé el número.", None)
D7w = t("Perfecto, la cambiamos hoy. Firme aquí el contrato de 24 meses y en media hora pasamos el número; el celular seguro sirve, casi todos sirven.")
E7w = c("Espérate. A mi prima le pasó eso: firmó y el celular no agarraba. Verifica primero; ahí te mandé el número ese del *#06#.", "bad_experience")
F7 = t("Es compatible con nuestra red y con 5G, y en su calle hay buena cobertura. El ilimitado está en 50, sin cargo por pasar el número.")
G7 = c("50, cinco menos que ahora y con señal. Dale, hazlo.", None)

# f08 recommends before asking
A8 = c("Hola, quiero cambiar de look, estoy aburrida de mi pelo negro.", None)
D8 = t("¡Me encanta! ¿Qué tienes en mente, y cuánto tiempo le quieres dedicar? Hay colores que hay que retocar cada mes.")
E8 = c("Algo más claro, pero no quiero estar aquí cada mes, trabajo mucho y no me da la vida.", None)
D8w = t("¡Me encanta! Lo que te va es un rubio platino, está de moda y con tu piel se ve brutal.")
E8w = c("¿Platino? Eso hay que retocarlo cada mes, y yo trabajo mucho, no me da la vida pa eso.", "no_time")
F8 = t("Entonces mechas balayage en caramelo: aclaran sin línea de raíz y aguantan tres o cuatro meses. Son 4,800 pesos.")
G8 = c("4,800... ta un chin alto, pero si me dura tanto vale la pena.", "too_expensive")
H8 = t("Si quieres, hoy te hago una mecha de prueba gratis y decides con calma.")
I8 = c("Dale, la prueba hoy.", None)

# f09 unexplained jargon
A9 = c("Buenas, necesito un seguro médico, me quedé sin el del trabajo. Yo no sé nada de eso.", None)
B9 = t("Con calma lo vemos. ¿Cuántos son en la casa y cuánto gana al año, más o menos? Es para ver si le toca ayuda del gobierno.")
C9 = c("Yo sola. Como 32 mil al año, limpiando casas.", None)
D9 = t("Con eso le toca subsidio. El plan Plata le queda en 65 al mes. El deducible, lo que usted paga de su bolsillo antes de que el seguro empiece a pagar, es 750; pero el médico de cabecera le cuesta 10 por visita desde el primer día.")
E9 = c("Ah, ok, eso sí lo entiendo. ¿Y las medicinas?", None)
D9w = t("Con eso califica para APTC y CSR. El Silver le queda en 65 de premium, con 750 de deducible, coaseguro del 20%, MOOP de 3,000 y copago de 10 en PCP dentro del HMO.")
E9w = c("Mijo, no entendí ni la mitad. ¿Y las medicinas?", None)
F9 = t("Las genéricas le salen en 5. Si toma algo fijo, dígame cuál y lo busco en la lista del plan.")
G9 = c("Ok. Mándame todo eso por email y yo lo miro, que ahora estoy trabajando en una casa.", "brush_off")

# f10 talks about themselves
A10 = c("Buenas, ¿qué playa nos recomienda pa ir con los niños mañana? Que no sea peligrosa.", None)
B10 = t("Buenas. ¿Cuántos años tienen los niños y saben nadar?")
C10 = c("4 y 7. El grande nada un poquito, el chiquito nada.", None)
D10 = t("Entonces les recomiendo Playa Blanca, aquí cerca: agua mansa, poco profunda y con salvavidas.")
E10 = c("Suena bien. ¿Y cómo se llega, cuánto cuesta, hay dónde comer?", None)
D10w = t("Uy, yo de pelao iba todos los domingos a Playa Blanca con mi papá; él tenía una lancha y yo me tiraba de la punta, era lo máximo. Allá les enseñé a nadar a mis sobrinos, imagínese. Eso es manso.")
E10w = c("Ajá... qué bien. ¿Y cómo se llega, cuánto cuesta, hay dónde comer?", None)
F10 = t("En lancha desde la playa del hotel, 10 minutos, 25 mil por persona ida y vuelta; el de 4 no paga. Allá hay kioscos de pescado frito, un almuerzo sale en unos 35 mil.")
G10 = c("Perfecto. ¿A qué hora salen las lanchas?", None)
H10 = t("Desde las 8. Vayan temprano, antes de la gente y del sol fuerte.")

PAIRS = [
rpair("esb13r_f01_bayamon_estufa_electrica", "Tienda de enseres en Bayamón (PR): clienta quiere estufa eléctrica. Falla en worse: discute con la clienta.",
 [A1, B1, C1, D1, E1, F1, G1], [A1, B1, C1, D1w, E1w, F1, G1]),
rpair("esb13r_f02_miamilakes_reclamacion_choque", "Aseguradora de autos en Miami Lakes: choque con fuga, carro parqueado. Falla en worse: duda de la honestidad de la clienta.",
 [A2, B2, C2, D2, E2, F2, G2], [A2, B2, C2, D2w, E2w, F2, G2]),
rpair("esb13r_f03_covenas_hotel_puente", "Hotel de playa en Coveñas (CO): familia pregunta precio para un puente. Falla en worse: rebaja el precio antes de preguntar nada.",
 [A3, D3, E3, F3, G3, H3, I3], [A3, D3w, E3w, F3, G3, H3, I3]),
rpair("esb13r_f04_santodomingo_farmacia_acidez", "Farmacia en Santo Domingo (RD): señor con acidez después de un bautizo. Falla en worse: sermón que nadie pidió.",
 [A4, B4, C4, D4, E4, F4, G4], [A4, B4, C4, D4w, E4w, F4, G4]),
rpair("esb13r_f05_humacao_transmision", "Taller de mecánica en Humacao (PR): golpe en la transmisión. Falla en worse: siguiente paso vago.",
 [A5, B5, C5, D5, E5, F5, G5], [A5, B5, C5, D5, E5, F5w, G5w]),
rpair("esb13r_f06_barranquilla_instalacion_aire", "Almacén de electrodomésticos en Barranquilla (CO): aire acondicionado que debe quedar instalado antes del sábado. Falla en worse: promete de más.",
 [A6, B6, C6, D6, E6, F6, G6], [A6, B6, C6, D6w, E6w, F6, G6]),
rpair("esb13r_f07_trujilloalto_portabilidad", "Compañía de celulares en Trujillo Alto (PR): clienta quiere pasar su número con un celular comprado en RD. Falla en worse: cierra antes de comprobar que el equipo funciona.",
 [A7, B7, C7, D7, E7, F7, G7], [A7, B7, C7, D7w, E7w, F7, G7]),
rpair("esb13r_f08_sanpedro_salon_color", "Salón de belleza en San Pedro de Macorís (RD): clienta aburrida de su pelo negro. Falla en worse: recomienda antes de preguntar.",
 [A8, D8, E8, F8, G8, H8, I8], [A8, D8w, E8w, F8, G8, H8, I8]),
rpair("esb13r_f09_hialeah_seguro_medico", "Agencia de seguros médicos en Hialeah (Miami): mujer que perdió el seguro del trabajo. Falla en worse: jerga sin explicar.",
 [A9, B9, C9, D9, E9, F9, G9], [A9, B9, C9, D9w, E9w, F9, G9]),
rpair("esb13r_f10_rodadero_playa_ninos", "Hotel en El Rodadero, Santa Marta (CO): familia pide una playa segura para los niños. Falla en worse: habla de sí mismo.",
 [A10, B10, C10, D10, E10, F10, G10, H10], [A10, B10, C10, D10w, E10w, F10, G10, H10]),
]

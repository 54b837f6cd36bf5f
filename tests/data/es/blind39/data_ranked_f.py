"""esb39 ranked pairs f01-f10 (hand-written): both sides share every turn except one fault in `worse`
(the W turns) and the customer's reaction to it (the R turns)."""
from common import c, rpair, t

# f01 argues with the customer
A0 = c("Buenas tardes. Le hablo de la planta de Puerto Interior. Anoche encontré dormido al guardia de la caseta dos, a las tres de la mañana. Es la segunda vez.", None)
A1 = t("Buenas tardes, ingeniero. Gracias por avisarme directo. ¿Tiene foto o quedó en cámara?")
A2 = c("Lo grabé con el celular. Y con todo respeto, si vuelve a pasar, cancelamos el contrato.", None)
A3 = t("Tiene razón en molestarse. Mándeme el video; hoy cambio a ese guardia y pongo rondín con checador cada hora en la caseta dos.")
A4 = c("Está bien. Eso es lo que quería oír.", None)
A3W = t("Mire, ingeniero, nuestros guardias no se duermen; a lo mejor descansaba los ojos. Son doce horas, tampoco hay que exagerar.")
A4R = c("¿Exagerar? Estaba roncando. Con esto ya estamos viendo otra empresa de vigilancia.", "bad_experience")
A5 = t("Mañana a las nueve le mando el reporte por escrito, con el nombre del guardia nuevo y la bitácora de rondines.")
A6 = c("Mándelo con copia a compras, ellos llevan el contrato.", None)
A7 = t("Con copia a compras. Y el viernes paso a revisar la semana con usted.")

# f02 doubts the customer's honesty
B0 = c("Buenas. Les compré una máquina de poste hace cuatro meses y ya se quemó el motor. Está en garantía, ¿verdad?", None)
B1 = t("Buenas. Sí, el motor tiene un año. ¿Qué pasó exactamente, hizo ruido, olió a quemado?")
B2 = c("Olió a quemado a media mañana y se paró. La operadora dice que venía calentándose desde hace días.", None)
B3 = t("Calentarse días antes suele ser capacitor o balero. La revisamos aquí; si es defecto, la garantía lo cubre completo.")
B4 = c("Ándele. ¿Y cuánto tardan? Es la única máquina de poste que tengo.", None)
B3W = t("Mmm, casi nunca se queman a los cuatro meses. ¿Seguro que no la conectaron a 220 o la forzaron con piel gruesa?")
B4R = c("Oiga, ¿me está diciendo mentiroso? Es la misma piel de siempre. Y es la única máquina de poste que tengo.", None)
B5 = t("Le presto una máquina mientras revisamos la suya; en tres días le damos diagnóstico.")
B6 = c("Bueno. Se la mando mañana con mi hijo.", None)
B7 = t("Aquí lo esperamos. Le doy folio de garantía en cuanto llegue.")

# f03 drops the price before asking anything
C0 = c("Buenas tardes. Vi su software de producción para mueblerías en Aguascalientes. ¿De qué se trata?", None)
C1 = t("Claro. Antes, ¿cómo controlan hoy los pedidos y qué les está fallando?")
C2 = c("En pizarrón y libreta. Se pierden los pedidos especiales, de medidas distintas, y quedamos mal con las entregas.", None)
C1W = t("Claro. Y de una vez: si contrata este mes le dejo 30% de descuento, queda en 2,100 al mes.")
C2R = c("Eh... ni sé todavía si me sirve. Nos manejamos con pizarrón y libreta; se pierden los pedidos especiales.", None)
C3 = t("Con el sistema cada pedido especial es una orden con medidas y fecha, y el taller la ve en pantalla. ¿Cuántos manejan al mes?")
C4 = c("Unos cuarenta, y en diciembre más.", None)
C5 = t("Le propongo una demostración en su taller con dos de sus carpinteros, para ver si de verdad la usan.")
C6 = c("Va, el jueves en la mañana.", None)

# f04 an unasked lecture
D0 = c("Buen día. El comprador de Texas nos pide GlobalG.A.P. para la lechuga. ¿Ustedes hacen la auditoría y cuánto cuesta?", None)
D1 = t("Buen día. Sí. ¿Es su primera certificación o ya tienen alguna?")
D2 = c("Primera. Son 30 hectáreas en Celaya y una empacadora chiquita.", None)
D3 = t("Primera vez, con 30 hectáreas y empaque: la auditoría son dos días, 48 mil. Antes conviene una preauditoría de un día, 15 mil, para ver qué falta.")
D4 = c("¿Entre las dos, 63 mil? ¿Y la preauditoría es obligatoria?", None)
D3W = t("Primero le explico por qué existe esto: la inocuidad es responsabilidad de todos; hubo brotes de E. coli en lechuga y no es un papel, es una cultura. La auditoría son 48 mil y la preauditoría 15.")
D4R = c("Ingeniero, con todo respeto, eso ya lo sé; no le pedí la plática. ¿La preauditoría es obligatoria?", None)
D5 = t("No es obligatoria, pero muchas fincas que no la hacen reprueban la primera vez y pagan otra auditoría.")
D6 = c("Bueno, lo tengo que ver con mi papá, él es el dueño.", "think_it_over")
D7 = t("Le mando las dos cotizaciones hoy y el lunes les llamo a los dos.")

# f05 a vague next step
E0 = c("Buenas tardes. Soy Javier, de logística de una planta de arneses en Querétaro. Queremos cambiar el cartón por charolas plásticas retornables.", None)
E1 = t("Buenas tardes, Javier. ¿Qué piezas van en las charolas y cuántos viajes hacen al día?")
E2 = c("Arneses de tablero, doce viajes diarios a Celaya. El cartón se rompe y el cliente nos ha devuelto material golpeado.", None)
E3 = t("La charola tiene que proteger el conector; necesito una pieza de muestra para la cavidad. ¿Cuántas charolas en el circuito?")
E4 = c("Unas 1,500. Pero el presupuesto de este año ya está casi gastado; esto sería para enero.", "no_money")
E5 = t("Para enero, perfecto. El jueves paso por la pieza y el 20 le entrego prototipo y cotización, a tiempo para el presupuesto de diciembre.")
E6 = c("Me sirve. El jueves lo espero en la caseta dos.", None)
E5W = t("Va, sin problema. Déjeme ver con ingeniería y ya le avisamos cualquier cosa.")
E6R = c("¿Y como cuándo? Si no la meto al presupuesto en diciembre, se va otro año.", None)

# f06 over-promises
F0 = c("Buenas. Necesito mandar un tráiler de brócoli congelado de Irapuato a Laredo el lunes. El cliente lo quiere del otro lado el martes temprano.", None)
F1 = t("Buenas. ¿A qué hora está lista la carga y quién hace el trámite aduanal?")
F2 = c("Lista el lunes a mediodía. El agente aduanal es de Laredo, ya trabajamos con él.", None)
F3 = t("Son unas 11 horas; llegamos de madrugada. El cruce depende de la fila y de si toca revisión: normalmente antes de las diez, con revisión puede ser en la tarde.")
F4 = c("Ok, eso se lo explico al cliente. Ya nos ha tocado un día entero en revisión.", None)
F3W = t("Llegamos de madrugada y cruzamos temprano, se lo garantizo. Con nosotros nunca hay revisión ni retraso.")
F4R = c("¿Nunca? A todos les toca revisión. El año pasado otra línea me dijo lo mismo y se quedó dos días.", "bad_experience")
F5 = t("Por eso va con monitoreo de temperatura cada hora y le aviso cuando entre a la fila. El flete con termo son 42 mil.")
F6 = c("Es lo que pago con mi línea de siempre, y ellos no tienen lugar el lunes. Va.", None)
F7 = t("Le mando la cotización por escrito; si confirma, le aparto el tráiler del lunes.")

# f07 closes before checking the thing works
G0 = c("Buenas tardes. Ocupo un compresor para el taller de calzado; tenemos seis pistolas de pegamento y dos máquinas neumáticas.", None)
G1 = t("Buenas tardes. ¿Trabajan todos al mismo tiempo o por turnos?")
G2 = c("Casi todos al mismo tiempo, en la mañana.", None)
G3 = t("Entonces necesita unos 10 caballos y tanque de 500 litros. Este sale en 62 mil.")
G4 = c("Está caro, pero el que tengo ya no da.", "too_expensive")
G5 = t("Antes de cerrar: este es trifásico. ¿Su taller tiene corriente trifásica? Si no, hay que poner transformador o buscar otro.")
G6 = c("Uy, no sé. Le pregunto al electricista y le mando foto del medidor.", None)
G5W = t("Perfecto, se lo facturo y mañana se lo llevamos. ¿Contado o tarjeta?")
G6R = c("Contado. Nomás una duda, ¿conecta a la luz normal? En el taller tenemos 220 de dos fases nada más.", None)

# f08 recommends before asking
H0 = c("buenas noches, quiero estudiar algo de analisis de datos. trabajo en compras en una planta y todo es excel", None)
H1 = t("¡Buenas noches! ¿Qué le gustaría hacer que hoy no puede con Excel? ¿Cuánto tiempo a la semana tiene?")
H2 = c("hacer tableros para mi jefe sin pasar horas copiando. tengo como 5 horas a la semana, no mas", None)
H1W = t("¡Buenas noches! Le recomiendo nuestra maestría en ciencia de datos: dos años, Python y machine learning.")
H2R = c("dos años?? no, no tengo tiempo. solo quiero hacer tableros para mi jefe sin pasar horas copiando. tengo 5 horas a la semana", "no_time")
H3 = t("Para eso hay un curso de Power BI de ocho semanas, en línea, tres horas por semana, con sus propios datos de compras.")
H4 = c("eso si. cuanto cuesta", None)
H5 = t("6,900. Muchas plantas lo pagan como capacitación; le damos constancia DC-3 para su empresa.")
H6 = c("ok lo consulto con recursos humanos a ver si me lo pagan", "think_it_over")

# f09 unexplained jargon
I0 = c("Buenas tardes. En la planta de San Luis se nos cae el internet dos o tres veces por semana y se para el sistema de producción, que está en la nube.", None)
I1 = t("Buenas tardes. ¿Cuánto dura cada caída y cuánto les cuesta una hora de línea parada?")
I2 = c("Media hora, a veces una. Una hora parada son como 200 mil pesos.", None)
I3 = t("Le conviene un enlace dedicado: una fibra solo para ustedes, misma velocidad de subida y bajada, y un contrato que nos obliga a reparar en cuatro horas o le descontamos.")
I4 = c("Eso me sirve. ¿Y cuánto cuesta?", None)
I3W = t("Le conviene un enlace dedicado simétrico con SLA de 99.7, última milla en fibra, CPE administrado y QoS con BGP.")
I4R = c("Perdone, no le entendí nada. ¿Eso qué significa para mí? ¿Y cuánto cuesta?", None)
I5 = t("14,500 al mes por 100 megas. Y le sugiero dejar su internet actual de respaldo.")
I6 = c("Es el triple de lo que pago. Lo tengo que justificar con el corporativo.", "too_expensive")
I7 = t("Con una sola hora de paro evitada al año se paga. Le armo esa cuenta en una hoja para el corporativo.")

# f10 talks about themselves
J0 = c("Buenas. Siembro sorgo en 40 hectáreas por Pénjamo y el año pasado la granizada me tumbó la mitad. ¿Qué seguro me sirve?", None)
J1 = t("Buenas. Qué pérdida. ¿Es de temporal o de riego, y tiene crédito de avío?")
J2 = c("Temporal. Y sí, con la financiera rural; ellos piden seguro.", None)
J3 = t("Le sirve uno que cubra granizo y sequía, que es lo que pide la financiera. Ojo: en temporal cubre lo invertido por hectárea, no la cosecha esperada.")
J4 = c("Ah, eso no lo sabía. ¿Y cuánto sale por hectárea?", None)
J3W = t("Yo también vengo del campo, fíjese; mi papá sembraba sorgo en Abasolo, y yo llevo quince años en seguros, agente número uno de la región tres años seguidos.")
J4R = c("Ah, qué bien. Pero yo le preguntaba qué seguro me sirve a mí. ¿Cuánto sale por hectárea?", None)
J5 = t("Unos 1,100 por hectárea, con granizo y sequía.")
J6 = c("44 mil... con lo que se perdió el año pasado, la verdad no traigo.", "no_money")
J7 = t("La financiera puede incluir la prima en el crédito de avío. Le doy la carta para que lo pidan.")

PAIRS = [
rpair("esb39r_f01_silao_guardia_dormido", "Guard company supervisor; a plant engineer in Silao reports a sleeping guard (phone). Fault: argues with the customer.",
[A0, A1, A2, A3, A4, A5, A6, A7], [A0, A1, A2, A3W, A4R, A5, A6, A7]),
rpair("esb39r_f02_leon_maquina_poste", "Sewing-machine dealer in León; a workshop claims warranty on a burnt motor. Fault: doubts the customer's honesty.",
[B0, B1, B2, B3, B4, B5, B6, B7], [B0, B1, B2, B3W, B4R, B5, B6, B7]),
rpair("esb39r_f03_aguascalientes_software_muebles", "Production-software vendor; a furniture maker asks what it is. Fault: drops the price before asking anything.",
[C0, C1, C2, C3, C4, C5, C6], [C0, C1W, C2R, C3, C4, C5, C6]),
rpair("esb39r_f04_celaya_globalgap", "Certification body; a first-time lettuce exporter in Celaya asks about an audit (phone). Fault: an unasked lecture.",
[D0, D1, D2, D3, D4, D5, D6, D7], [D0, D1, D2, D3W, D4R, D5, D6, D7]),
rpair("esb39r_f05_queretaro_charolas_retornables", "Plastic-packaging maker; a harness plant's logistics lead in Querétaro. Fault: a vague next step.",
[E0, E1, E2, E3, E4, E5, E6], [E0, E1, E2, E3, E4, E5W, E6R]),
rpair("esb39r_f06_irapuato_flete_laredo", "Refrigerated carrier; a frozen-vegetable exporter in Irapuato books a run to Laredo (phone). Fault: over-promises.",
[F0, F1, F2, F3, F4, F5, F6, F7], [F0, F1, F2, F3W, F4R, F5, F6, F7]),
rpair("esb39r_f07_sanfrancisco_compresor", "Machinery shop; a shoe workshop buys an air compressor. Fault: closes before checking it will work (power supply).",
[G0, G1, G2, G3, G4, G5, G6], [G0, G1, G2, G3, G4, G5W, G6R]),
rpair("esb39r_f08_queretaro_curso_datos", "Private university continuing education (chat); a purchasing clerk wants data skills. Fault: recommends before asking.",
[H0, H1, H2, H3, H4, H5, H6], [H0, H1W, H2R, H3, H4, H5, H6]),
rpair("esb39r_f09_sanluis_enlace_dedicado", "Business telecom; a plant manager in San Luis Potosí with internet outages (phone). Fault: unexplained jargon.",
[I0, I1, I2, I3, I4, I5, I6, I7], [I0, I1, I2, I3W, I4R, I5, I6, I7]),
rpair("esb39r_f10_penjamo_seguro_sorgo", "Crop-insurance agent; a rain-fed sorghum farmer near Pénjamo hit by hail. Fault: talks about himself instead of the customer.",
[J0, J1, J2, J3, J4, J5, J6, J7], [J0, J1, J2, J3W, J4R, J5, J6, J7]),
]

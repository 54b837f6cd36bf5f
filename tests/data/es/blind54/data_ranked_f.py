"""Ranked pairs f01-f10 (written by hand): both sides share every turn (same variables) except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01 fault: drops the price before asking anything (electrodomesticos en Once)
F01_O = c("Hola, ¿cuánto está el televisor de 50 pulgadas de la vidriera?", None)
F01_T1 = t("Hola. Está 690 mil, o en 12 cuotas de 57.500 sin interés.")
F01_C1 = c("Uh. Lo vi en otro lado a 640.", "too_expensive")
F01_T2_B = t("Puede ser, a veces es otro modelo con la misma pulgada. ¿Para qué lo querés, qué mirás más? Así vemos si vale la diferencia o te sirve uno más barato.")
F01_C2_B = c("Fútbol, más que nada. Y los chicos juegan a la Play.", None)
F01_T2_W = t("Bueno, te lo dejo en 630 y te regalo el soporte de pared. ¿Te lo llevás?")
F01_C2_W = c("Uy, qué rápido bajó... ¿Tiene algo raro? Yo lo quiero para el fútbol, y los chicos juegan a la Play.", None)
F01_T3 = t("Para fútbol y consola este tiene 120 hercios, que en las jugadas rápidas se ve sin estela; el de 640 que viste seguramente es el de 60, y en los partidos se nota. Si querés, te pongo un partido en los dos y los comparás.")
F01_C3 = c("Dale, mostrame.", None)
F01_T4 = t("Vení, que están los dos acá al fondo.")

# f02 fault: doubts the customer's honesty (inmobiliaria en Rosario)
F02_O = c("Buenas, me interesa el departamento de calle Mendoza. Trabajo por mi cuenta, soy monotributista.", None)
F02_T1 = t("Buenas. Perfecto, se puede. ¿Para cuándo lo necesitarías y cuántos van a vivir?")
F02_C1 = c("Para el mes que viene, yo solo. Soy programador, trabajo para una empresa de afuera y facturo todos los meses.", None)
F02_T2_B = t("Bien. A los monotributistas el dueño les pide las últimas seis facturas o una certificación de ingresos del contador. ¿Eso lo tenés a mano?")
F02_C2_B = c("Sí, le pido la certificación al contador. ¿Y garantía? Tengo la de mi viejo, que tiene casa acá en Rosario.", None)
F02_T2_W = t("Ajá. Mirá, con los que trabajan para afuera siempre hay mucho chamuyo, eh. ¿Seguro que facturás eso todos los meses? Porque después no pagan y el problema es mío.")
F02_C2_W = c("Che, no me conocés y ya me tratás de chanta. Facturo todos los meses, te traigo la certificación del contador. ¿Y garantía? Tengo la de mi viejo, que tiene casa acá en Rosario.", None)
F02_T3 = t("La garantía propietaria de Rosario sirve. Con la certificación y el informe de dominio de la casa de tu papá lo presentamos al dueño esta semana. ¿Querés verlo el jueves?")
F02_C3 = c("El jueves no puedo, tengo reuniones todo el día. ¿El viernes?", "no_time")
F02_T4 = t("Viernes a las diez, entonces. Te paso la dirección exacta por WhatsApp.")

# f03 fault: unexplained jargon (banco en Montevideo, prestamo hipotecario)
F03_O = c("Hola, buenas. Queremos saber si podemos sacar un préstamo para comprar un apartamento. Somos pareja, trabajamos los dos.", None)
F03_T1 = t("Hola, buenas. Sí, lo vemos. ¿Cuánto ganan entre los dos, más o menos, y cuánto tienen ahorrado?")
F03_C1 = c("Entre los dos, unos noventa mil líquidos. Ahorrado, unos quince mil dólares.", None)
F03_T2_B = t("Con esos ingresos la cuota no puede pasar de un tercio, o sea unos treinta mil pesos por mes. El banco presta hasta el noventa por ciento del valor, y el préstamo se ajusta por inflación, así que la cuota en pesos sube un poco cada año, más o menos como suelen subir los sueldos. Con eso llegan a un apartamento de unos cien mil dólares.")
F03_C2_B = c("Ah, o sea que la cuota va subiendo con la inflación. Entendido. ¿Y con quince mil ahorrados nos alcanza para entrar?", None)
F03_T2_W = t("Con esos ingresos la RCI máxima es del treinta por ciento, financiamos hasta el noventa por ciento del valor de tasación, en UI, a una TEA de 4,9 más spread, sistema francés. Llegan a unos cien mil dólares.")
F03_C2_W = c("Perdón... no entendí casi nada. ¿Qué es UI? ¿Eso cuánto es por mes, en pesos? ¿Y con quince mil ahorrados nos alcanza para entrar?", None)
F03_T3 = t("Con quince mil cubren el diez por ciento y parte de los gastos de escribano, que van aparte y son cerca de un cinco por ciento. Quedarían justos. Les armo una simulación por escrito con la cuota en pesos, mes a mes.")
F03_C3 = c("Dale. La miramos en casa con calma y volvemos.", "think_it_over")
F03_T4 = t("Perfecto. Cuando quieran, pidan hora conmigo y la repasamos juntos.")

# f04 fault: over-promises (taller mecanico en Alta Cordoba)
F04_O = c("Hola, el auto se me está recalentando. Ayer en la Circunvalación la aguja se me fue arriba de todo.", None)
F04_T1 = t("Hola. ¿Seguiste andando así o paraste enseguida? ¿Pierde agua, ves manchas abajo?")
F04_C1 = c("Paré enseguida. Manchas no vi, pero el depósito del agua estaba casi vacío.", None)
F04_T2 = t("Bien que paraste. Puede ser una manguera, la bomba de agua o, con mala suerte, la junta de la tapa de cilindros. Hasta no hacerle la prueba de presión no sé cuál es.")
F04_C2 = c("Lo necesito para el lunes sí o sí, hago reparto con el auto. ¿Llegás?", None)
F04_T3_B = t("Te soy sincero: si es manguera o bomba, el lunes lo tenés. Si es la junta, no, porque la tapa va a rectificar y eso lleva una semana. Lo reviso mañana temprano y a las doce te llamo con el diagnóstico y el precio antes de tocar nada; así, si es la junta, tenés tiempo de conseguir otro auto para el lunes.")
F04_C3_B = c("Bueno, prefiero saberlo. Dale, mañana a las ocho te lo traigo.", None)
F04_T3_W = t("Quedate tranquilo, es la bomba, seguro. El lunes lo tenés listo, ochenta lucas todo.")
F04_C3_W = c("¡Buenísimo! Ochenta y el lunes. Mañana a las ocho te lo traigo, entonces.", None)

# f05 fault: vague next step (clinica de diagnostico en Recoleta, por telefono)
F05_O = c("Hola, me hice una resonancia de columna hace diez días y todavía no tengo el informe. El martes tengo turno con el traumatólogo.", None)
F05_T1 = t("Hola, te ayudo. ¿Me pasás tu DNI así lo busco?")
F05_C1 = c("Sí, 31.442.907.", None)
F05_T2 = t("Lo encontré. Las imágenes están, pero el informe quedó pendiente porque el médico que informa columna estuvo de licencia. Te pido disculpas.")
F05_C2 = c("¿Y ahora? Ese turno me costó dos meses conseguirlo, no lo puedo perder.", None)
F05_T3_B = t("Lo entiendo. Ya mismo lo marco como urgente con la fecha de tu turno: el informe va a estar firmado el viernes antes de las 18, y te llega por mail y por WhatsApp. Si el viernes a las 18 no lo tenés, llamame directo al interno 214 y lo resuelvo yo.")
F05_C3_B = c("Bueno, eso me deja más tranquila. Espero al viernes, entonces.", None)
F05_T3_W = t("Sí, entiendo. Ya lo paso al área de informes; en cuanto esté, te avisamos.")
F05_C3_W = c("¿Y eso cuándo sería? Porque 'te avisamos' me lo dijeron la semana pasada también, y acá estoy.", "bad_experience")

# f06 fault: argues with the customer (riego para citricos en Salto)
F06_O = c("Buen día. Preciso una bomba para el riego de los citrus. La que tengo es de tres caballos y no me da presión al final de la línea.", None)
F06_T1 = t("Buen día. ¿Cuántas hectáreas riega, qué largo tienen las líneas y cada cuánto limpian los filtros? Un filtro tapado da justo eso.")
F06_C1 = c("Cuatro hectáreas de naranja, líneas de unos ciento cincuenta metros. Los filtros los limpio yo todas las semanas. La bomba tiene quince años.", None)
F06_T2_B = t("Entonces no parece el filtro. Puede ser la bomba gastada, o que las líneas quedaron largas para ese caudal, o las dos cosas.")
F06_C2_B = c("Eso mismo pensaba yo. ¿Y cómo sabemos cuál es?", None)
F06_T2_W = t("Mire, con todo respeto, casi siempre es el filtro. Si los limpiara bien no le pasaría; se lo digo por experiencia.")
F06_C2_W = c("¿Me vas a enseñar a mí a limpiar un filtro? Hace cuarenta años que riego, m'hijo.", None)
F06_T3 = t("Le propongo ir el jueves con el manómetro y medir la presión a la salida de la bomba y al final de la línea; con eso sabemos si es la bomba y qué potencia precisa. La visita son 1.500 pesos y se descuentan si compra.")
F06_C3 = c("Mil quinientos por venir a mirar... Bueno, que sea el jueves de mañana.", "too_expensive")

# f07 fault: talks about himself instead of the customer (parrillero a domicilio en Carrasco, por chat)
F07_O = c("hola, me pasaron tu contacto. necesito asador para el cumple de 15 de mi hija, en casa, somos unas 60 personas", None)
F07_T1 = t("¡Hola! Qué lindo, felicitaciones. ¿Para qué fecha es? ¿Tienen parrillero en la casa o llevo todo?")
F07_C1 = c("es el sabado 14 de marzo. tenemos parrillero pero chico, para 15 personas maximo", None)
F07_T2_B = t("Entonces llevo mi parrilla móvil y la armo en el fondo. De los sesenta, ¿cuántos son adolescentes? Los gurises comen distinto: más chorizo y pan, menos achuras.")
F07_C2_B = c("unos 35 son amigos de ella, el resto adultos. los adultos si quieren achuras", None)
F07_T2_W = t("Entonces llevo mi parrilla móvil. Te cuento que hace quince años que hago esto: arranqué en un restorán de la rambla, hice casamientos en Punta, el cumple de un jugador de Peñarol, y ahora tengo tres parrilleros conmigo. Mi especialidad es el costillar al asador.")
F07_C2_W = c("ah mira. pero unos 35 van a ser amigos de ella, gurises de 15, no se si comen costillar. los adultos si quieren achuras", None)
F07_T3 = t("Para esa mezcla armo chorizo, pamplona y pan para los chicos, y asado, vacío y achuras para los grandes. Sale 780 pesos por persona, con ensaladas y el servicio incluido.")
F07_C3 = c("uf, son como 47 mil. mas de lo q calculaba", "too_expensive")

# f08 fault: unasked lecture (gimnasio en el Cordon, Montevideo, por chat)
F08_O = c("buenas, cuanto sale el mes? quiero arrancar a entrenar, quiero ganar algo de musculo", None)
F08_T1 = t("¡Buenas! El pase libre son 1.700 por mes y el de tres veces por semana, 1.300. ¿Entrenaste antes?")
F08_C1 = c("nunca. laburo en un deposito de 7 a 16, podria venir despues", None)
F08_T2_B = t("Perfecto, a esa hora está tranquilo. Como nunca entrenaste, la primera semana un profe te arma la rutina y te enseña la técnica, sin costo. Para empezar te alcanza con tres veces por semana.")
F08_C2_B = c("buenisimo. dame el de tres veces entonces", None)
F08_T2_W = t("Perfecto. Pero te digo algo: para ganar músculo el gimnasio es el treinta por ciento, lo demás es la comida. Nada de ultraprocesados, nada de refresco, proteína en cada comida, dos litros de agua y ocho horas de sueño. Si comés como come la mayoría, vas a venir al cuete.")
F08_C2_W = c("bo, yo pregunte el precio nomas. como lo que puedo, laburo todo el dia. dame el de tres veces y listo", None)
F08_T3 = t("Dale, el de tres veces. ¿Te anoto para arrancar el lunes a las cinco? Ese día un profe te arma la rutina.")
F08_C3 = c("el lunes no puedo, tengo que llevar a mi vieja al medico. el martes si", "no_time")
F08_T4 = t("Martes a las cinco, entonces. Traé la cédula y el carné de salud.")

# f09 fault: closes before checking it works (instalacion de fibra en Rosario)
F09_O = c("Hola, ¿vos sos el técnico de la fibra? Pasá. El router lo quiero en el escritorio del fondo, que ahí trabajo.", None)
F09_T1 = t("Hola, sí. Dale. ¿Qué usás en el escritorio, compu con cable o wifi? ¿Y quién más se conecta en la casa?")
F09_C1 = c("La compu con cable. Y mis dos hijos con los celulares, y la tele del living por wifi.", None)
F09_T2_B = t("Bien. Ya quedó instalado. Antes de irme probemos: un test de velocidad en tu compu y otro con el celu desde el living, que es lo más lejos.")
F09_C2_B = c("Dale. En la compu dice 300, joya. En el living... 40 nomás, y la tele se corta.", None)
F09_T2_W = t("Bien. Ya quedó instalado. Firmame acá la conformidad de la instalación y ya estás.")
F09_C2_W = c("¿Ya? ¿No lo probamos? Fijate: en el living el celu dice 40 y la tele se corta.", None)
F09_T3 = t("Son las dos paredes de ladrillo entre el escritorio y el living. Te puedo poner un repetidor en el pasillo: el primer mes no se cobra, después son 2.500 por mes.")
F09_C3 = c("¿Otro abono más por el repetidor? Ya pago bastante con el plan.", "too_expensive")
F09_T4 = t("Es entendible. Otra opción, sin costo: muevo el router al pasillo y a tu compu le tiro un cable largo por el zócalo. Probemos así y vemos los números.")

# f10 fault: recommends before asking (bicicleteria en Nueva Cordoba)
F10_O = c("Hola, quiero una bici. Algo para moverme, no entiendo mucho.", None)
F10_T1_B = t("Hola, te ayudo. ¿Para moverte por dónde? ¿Ciudad, para ir al laburo, o también salir a las sierras los fines de semana? ¿Y más o menos cuánto querés gastar?")
F10_C1_B = c("Para ir a la facu y al laburo, todo por el centro. Y tengo unas cuatrocientas lucas.", None)
F10_T1_W = t("Hola. Te recomiendo esta mountain bike rodado 29, con suspensión delantera y 21 cambios, es la que más sale. Está 560 mil.")
F10_C1_W = c("Uh, me pasé. Tengo unas cuatrocientas lucas. Y es para ir a la facu y al laburo, todo por el centro... ¿hace falta suspensión?", "no_money")
F10_T2 = t("Para el centro no te hace falta suspensión: pesa más y te cansa en las subidas de Nueva Córdoba. Te sirve más una urbana rodado 28 con siete cambios; esta está 380 mil, con guardabarros y portaequipaje.")
F10_C2 = c("Me gusta. ¿Y el candado? El año pasado me afanaron una en la puerta de la facu.", None)
F10_T3 = t("Entonces te recomiendo un candado en U, no uno de cadena finita; sale 35 mil. Pero antes probala: dale una vuelta a la manzana.")
F10_C3 = c("Dale, la pruebo.", None)

PAIRS = [
    rpair(
        "esb54r_f01_once_televisor",
        "Casa de electrodomésticos en Once (CABA). Un cliente pregunta el precio de un televisor de 50 pulgadas y dice que lo vio más barato. Falla en worse: baja el precio antes de preguntar nada.",
        better=[F01_O, F01_T1, F01_C1, F01_T2_B, F01_C2_B, F01_T3, F01_C3, F01_T4],
        worse=[F01_O, F01_T1, F01_C1, F01_T2_W, F01_C2_W, F01_T3, F01_C3, F01_T4],
    ),
    rpair(
        "esb54r_f02_rosario_monotributista",
        "Inmobiliaria en Rosario (centro). Un programador monotributista que factura al exterior quiere alquilar un departamento. Falla en worse: duda de la honestidad del cliente.",
        better=[F02_O, F02_T1, F02_C1, F02_T2_B, F02_C2_B, F02_T3, F02_C3, F02_T4],
        worse=[F02_O, F02_T1, F02_C1, F02_T2_W, F02_C2_W, F02_T3, F02_C3, F02_T4],
    ),
    rpair(
        "esb54r_f03_montevideo_hipoteca",
        "Banco en Montevideo. Una pareja joven pregunta si puede sacar un préstamo hipotecario para un apartamento. Falla en worse: jerga sin explicar (RCI, UI, TEA, spread, sistema francés).",
        better=[F03_O, F03_T1, F03_C1, F03_T2_B, F03_C2_B, F03_T3, F03_C3, F03_T4],
        worse=[F03_O, F03_T1, F03_C1, F03_T2_W, F03_C2_W, F03_T3, F03_C3, F03_T4],
    ),
    rpair(
        "esb54r_f04_altacordoba_recalentamiento",
        "Taller mecánico en Alta Córdoba. Un repartidor tiene el auto recalentando y lo necesita para el lunes. Falla en worse: promete diagnóstico, plazo y precio sin haber revisado el auto.",
        better=[F04_O, F04_T1, F04_C1, F04_T2, F04_C2, F04_T3_B, F04_C3_B],
        worse=[F04_O, F04_T1, F04_C1, F04_T2, F04_C2, F04_T3_W, F04_C3_W],
    ),
    rpair(
        "esb54r_f05_recoleta_resonancia",
        "Centro de diagnóstico en Recoleta (CABA), por teléfono. A una paciente le falta el informe de una resonancia y tiene turno con el traumatólogo el martes. Falla en worse: próximo paso vago ('te avisamos').",
        better=[F05_O, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_B, F05_C3_B],
        worse=[F05_O, F05_T1, F05_C1, F05_T2, F05_C2, F05_T3_W, F05_C3_W],
    ),
    rpair(
        "esb54r_f06_salto_riego",
        "Agropecuaria en Salto (Uruguay). Un citricultor veterano pide una bomba nueva porque no tiene presión al final de las líneas de goteo. Falla en worse: discute con el cliente sobre cómo limpia los filtros.",
        better=[F06_O, F06_T1, F06_C1, F06_T2_B, F06_C2_B, F06_T3, F06_C3],
        worse=[F06_O, F06_T1, F06_C1, F06_T2_W, F06_C2_W, F06_T3, F06_C3],
    ),
    rpair(
        "esb54r_f07_carrasco_asado",
        "Parrillero a domicilio en Carrasco (Montevideo), por chat. Una madre necesita asado para sesenta invitados al cumpleaños de quince de su hija. Falla en worse: habla de sí mismo en vez de preguntar por los invitados.",
        better=[F07_O, F07_T1, F07_C1, F07_T2_B, F07_C2_B, F07_T3, F07_C3],
        worse=[F07_O, F07_T1, F07_C1, F07_T2_W, F07_C2_W, F07_T3, F07_C3],
    ),
    rpair(
        "esb54r_f08_cordon_gimnasio",
        "Gimnasio en el Cordón (Montevideo), por chat. Un joven que trabaja en un depósito pregunta el precio para empezar a entrenar. Falla en worse: sermón no pedido sobre alimentación.",
        better=[F08_O, F08_T1, F08_C1, F08_T2_B, F08_C2_B, F08_T3, F08_C3, F08_T4],
        worse=[F08_O, F08_T1, F08_C1, F08_T2_W, F08_C2_W, F08_T3, F08_C3, F08_T4],
    ),
    rpair(
        "esb54r_f09_rosario_instalacion",
        "Instalación de fibra óptica en una casa de Rosario. El cliente trabaja en el escritorio del fondo y la familia usa wifi en el living. Falla en worse: pide la firma de conformidad antes de probar que funcione.",
        better=[F09_O, F09_T1, F09_C1, F09_T2_B, F09_C2_B, F09_T3, F09_C3, F09_T4],
        worse=[F09_O, F09_T1, F09_C1, F09_T2_W, F09_C2_W, F09_T3, F09_C3, F09_T4],
    ),
    rpair(
        "esb54r_f10_nuevacordoba_bici",
        "Bicicletería en Nueva Córdoba. Una estudiante que no sabe de bicis quiere una para moverse. Falla en worse: recomienda una bici cara antes de preguntar uso y presupuesto.",
        better=[F10_O, F10_T1_B, F10_C1_B, F10_T2, F10_C2, F10_T3, F10_C3],
        worse=[F10_O, F10_T1_W, F10_C1_W, F10_T2, F10_C2, F10_T3, F10_C3],
    ),
]

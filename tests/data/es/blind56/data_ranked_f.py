"""Ranked pairs f01-f10 of es_blind56 (hand-written): both sides share every turn (same variables)
except one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 — fault: argues with the customer
f01_o = c("Hola, ando buscando un notebook pa mi hijo que entra a la universidad. Va a estudiar arquitectura en la USACH.", None)
f01_t1 = t("Hola, buenas. ¿Sabe qué programas le piden en la carrera? En arquitectura suelen usar AutoCAD o Revit, que piden harta máquina.")
f01_c1 = c("Sí, la lista dice AutoCAD, Revit y SketchUp. Y no puedo gastar más de seiscientas lucas.", None)
f01_t2 = t("Con esa lista y ese tope, le recomendaría este de 16 GB de RAM con tarjeta de video dedicada, a 589 mil. Los de 8 GB se quedan cortos con Revit.")
f01_c2 = c("Pero mi sobrino dice que lo mejor es un Mac, que los arquitectos usan Mac.", None)
f01_t3_good = t("Hay arquitectos que usan Mac, es cierto. El detalle es que Revit no tiene versión para Mac, y un Mac que corra bien lo demás parte sobre el millón. Si su hijo va a usar Revit, este le sirve más y queda en su presupuesto. Pregúntele a él si usan Revit desde primer año.")
f01_c3_good = c("Ah, no sabía lo de Revit. Ya, le pregunto a él en la noche, pero creo que es este.", "think_it_over")
f01_t3_bad = t("No, eso es un mito. Su sobrino está equivocado: los Mac son para diseñadores gráficos, no para arquitectos. Créame, llevo años vendiendo esto.")
f01_c3_bad = c("Bueno, mi sobrino es arquitecto, así que algo sabrá. Mejor le pregunto a él y vuelvo.", "think_it_over")
f01_t4 = t("Claro. Le anoto el modelo y el precio en esta tarjeta; el precio es el mismo de la web, así que también lo puede comprar en línea.")
f01_c4 = c("Ya, gracias.", None)
PAIRS.append(rpair(
    "esb56r_f01_santiago_notebook_arquitectura",
    "Tienda de computación en Santiago centro. Una madre busca notebook para su hijo que entra a estudiar arquitectura. Falla en worse: discute con la clienta.",
    better=[f01_o, f01_t1, f01_c1, f01_t2, f01_c2, f01_t3_good, f01_c3_good, f01_t4],
    worse=[f01_o, f01_t1, f01_c1, f01_t2, f01_c2, f01_t3_bad, f01_c3_bad, f01_t4],
))

# f02 — fault: doubts the customer's honesty
f02_o = c("Buenas tardes, señorita. Tuve un choque ayer en la Javier Prado, un taxi me chocó por atrás. Quiero reportar el siniestro con mi seguro vehicular.", None)
f02_t1 = t("Buenas tardes, señor. Lamento lo del choque. ¿Usted y sus acompañantes están bien? ¿Llamó a la policía?")
f02_c1 = c("Estamos bien, solo el susto. La policía vino y me dieron el número de la denuncia. El taxista se fue antes, eso sí.", None)
f02_t2_good = t("Entiendo. Con la denuncia policial alcanza para abrir el siniestro, aunque el taxista se haya ido. ¿Tiene la placa del taxi o alguna foto?")
f02_c2_good = c("Mi esposa le tomó foto a la placa, sí. Se la mando por WhatsApp.", None)
f02_t2_bad = t("Ajá. ¿Y está seguro de que fue así? Porque cuando el otro se va, muchas veces el asegurado... usted me entiende. Vamos a tener que revisar bien su versión.")
f02_c2_bad = c("¿Me está diciendo mentiroso? Tengo la denuncia y la foto de la placa. Si así me van a tratar, mejor ni uso el seguro.", None)
f02_t3 = t("Le abro el siniestro con el número de denuncia y la foto de la placa. El procurador lo llama hoy para coordinar la inspección del auto, que puede ser en su casa o en el taller afiliado.")
f02_c3 = c("Ya, pero la inspección que sea en la tarde; en la mañana no puedo, trabajo.", "no_time")
f02_t4 = t("Le dejo anotado: inspección en la tarde. Su número de siniestro es el 7734.")
PAIRS.append(rpair(
    "esb56r_f02_lima_siniestro_vehicular",
    "Aseguradora, atención telefónica, Lima. Un asegurado reporta un choque por alcance de un taxi que se dio a la fuga. Falla en worse: duda de la honestidad del cliente.",
    better=[f02_o, f02_t1, f02_c1, f02_t2_good, f02_c2_good, f02_t3, f02_c3, f02_t4],
    worse=[f02_o, f02_t1, f02_c1, f02_t2_bad, f02_c2_bad, f02_t3, f02_c3, f02_t4],
))

# f03 — fault: drops the price before asking anything
f03_o = c("Hola, buenas. Tengo una tiendita en Valparaíso y quiero llevar chompas de alpaca pa vender allá. ¿Venden por mayor?", None)
f03_t1_good = t("Hola, buenas, sí vendemos por mayor. Cuénteme de su tienda: ¿a qué tipo de cliente le vende, turistas o gente de allá?")
f03_c1_good = c("Turistas, sobre todo de los cruceros, en el Cerro Alegre. Buscan cosas que se vean auténticas.", None)
f03_t1_bad = t("Hola, sí. Mire, a usted le dejo las chompas a 85 soles en vez de 110, descuento especial. Y si lleva más, le bajo más todavía.")
f03_c1_bad = c("Ah... pero si todavía no sabe qué quiero. ¿Y por qué bajan tan fácil? Me da desconfianza, ¿son de alpaca de verdad?", None)
f03_t2 = t("Le muestro las dos calidades que tenemos: esta es baby alpaca y esta, mezcla de alpaca con acrílico. Tóquelas, la diferencia se nota. Todas llevan su etiqueta de composición.")
f03_c2 = c("Sí, se nota harto. La baby alpaca es la que quiero.", None)
f03_t3 = t("¿Cuántas piezas le pongo en la cotización? Desde treinta van todas con precio por mayor, y con boleta para que pase tranquila la aduana.")
f03_c3 = c("Unas cuarenta pa empezar. Mándemela por WhatsApp, que tengo que sacar cuentas con el cambio antes de decidir.", "think_it_over")
PAIRS.append(rpair(
    "esb56r_f03_cusco_chompas_por_mayor",
    "Taller y tienda de tejidos de alpaca, Cusco. Una comerciante chilena quiere comprar chompas por mayor para su tienda en Valparaíso. Falla en worse: baja el precio antes de preguntar nada.",
    better=[f03_o, f03_t1_good, f03_c1_good, f03_t2, f03_c2, f03_t3, f03_c3],
    worse=[f03_o, f03_t1_bad, f03_c1_bad, f03_t2, f03_c2, f03_t3, f03_c3],
))

# f04 — fault: an unasked lecture
f04_o = c("Buenas, quería información del APV. Me dijeron que con eso pago menos impuesto.", None)
f04_t1 = t("Buenas tardes. Sí, según el régimen que elija. ¿Usted trabaja con contrato y le descuentan impuesto en la liquidación? ¿Más o menos cuánto gana?")
f04_c1 = c("Sí, con contrato. Gano como un millón ochocientos líquido, y me descuentan como cuarenta lucas de impuesto.", None)
f04_t2_good = t("Con ese sueldo le conviene el régimen B: lo que ahorra se descuenta de la base del impuesto. Por ejemplo, con cien lucas al mes de APV pagaría unas diez lucas menos de impuesto al mes.")
f04_c2_good = c("¿Cien lucas? Uf, eso no lo tengo todos los meses. Tengo dos hijos en el colegio.", "no_money")
f04_t2_bad = t("Antes de eso, le digo algo: en Chile la gente ahorra muy poco y después se queja de las pensiones. Hay que pensar en el futuro, dejar de gastar en cosas innecesarias, tarjetas, celulares caros... El APV es una buena forma de ordenarse, porque si no, la plata se va.")
f04_c2_bad = c("Oiga, yo le pregunté por el impuesto no más, no vine a que me retaran. Y ahorrar harto no puedo, tengo dos hijos en el colegio.", "no_money")
f04_t3 = t("Se puede partir con lo que quiera, incluso veinte lucas, y lo puede suspender cuando quiera, sin multa. Con veinte lucas el ahorro en impuesto es de unas dos lucas al mes, y la plata queda a su nombre.")
f04_c3 = c("Ya, con veinte sí podría. Déjeme ver cuánto me queda libre a fin de mes y lo abro por la web.", "think_it_over")
f04_t4 = t("Perfecto. Le mando el link y una simulación con veinte, treinta y cincuenta lucas para que compare.")
PAIRS.append(rpair(
    "esb56r_f04_santiago_apv_impuesto",
    "AFP, sucursal en Santiago. Un trabajador dependiente pregunta por el ahorro previsional voluntario para pagar menos impuesto. Falla en worse: un sermón que nadie pidió.",
    better=[f04_o, f04_t1, f04_c1, f04_t2_good, f04_c2_good, f04_t3, f04_c3, f04_t4],
    worse=[f04_o, f04_t1, f04_c1, f04_t2_bad, f04_c2_bad, f04_t3, f04_c3, f04_t4],
))

# f05 — fault: a vague next step
f05_o = c("Buenos días, ingeniero. Le llamo de Montajes Chili, somos contratistas en Cerro Verde. Tenemos tres cilindros de una grúa Liebherr que pierden aceite por el vástago, y dos tienen el cromo rayado.", None)
f05_t2 = t("Buenos días. Si el cromo está rayado no basta con cambiar sellos; hay que rectificar o recromar el vástago, y eso tarda entre diez y quince días. ¿La grúa está parada o la están usando así?")
f05_c2 = c("Parada, y nos está costando plata. Quince días es demasiado, nos penalizan si no cumplimos el cronograma.", "no_time")
f05_t3 = t("Entiendo. Puedo priorizar: sellos nuevos al que no está rayado, que sale en tres días, y los dos rayados a recromado con turno preferente, en diez días.")
f05_c3 = c("Ya, eso sirve. ¿Y cuándo me confirma el precio y el recojo?", None)
f05_t4_good = t("Hoy antes de las cinco le mando la cotización por correo, y el camión recoge los cilindros mañana a las ocho en su base de Uchumayo si me confirma hasta las seis.")
f05_c4_good = c("Perfecto, antes de las seis le confirmo.", None)
f05_t4_bad = t("Apenas tengamos todo listo le avisamos. Vamos viendo.")
f05_c4_bad = c("¿Vamos viendo? Ingeniero, necesito una fecha, así no le puedo decir nada a mi jefe. Voy a cotizar en otro taller también.", "think_it_over")
PAIRS.append(rpair(
    "esb56r_f05_arequipa_cilindros_grua",
    "Taller de hidráulica industrial, Arequipa (llamada). Un contratista minero necesita reparar cilindros de una grúa parada. Falla en worse: siguiente paso vago.",
    better=[f05_o, f05_t2, f05_c2, f05_t3, f05_c3, f05_t4_good, f05_c4_good],
    worse=[f05_o, f05_t2, f05_c2, f05_t3, f05_c3, f05_t4_bad, f05_c4_bad],
))

# f06 — fault: over-promises
f06_o = c("Buenas, vivo en el Cerro Cordillera y quiero poner internet de fibra. Trabajo desde la casa, hago clases online.", None)
f06_t1 = t("Buenas. Para clases online lo importante es la estabilidad y la velocidad de subida, más que la de bajada. ¿Me da la dirección para revisar si llega la fibra a su calle?")
f06_c1 = c("Pasaje Castillo 32. Es un pasaje con escalera; los técnicos de la otra compañía nunca quisieron subir.", None)
f06_t2 = t("Sí, hay fibra en Castillo. El plan de 500 megas simétricos, con 500 de subida, sale 19.990.")
f06_c2 = c("Ya, me sirve. ¿Y cuándo me la pueden instalar? Tengo clases todos los días desde el lunes.", None)
f06_t3_good = t("La instalación se agenda entre tres y siete días hábiles. Como es pasaje con escalera, dejo anotado en la orden que el técnico suba a pie; si tiene algún problema, me avisan a mí. Antes del lunes no se lo puedo asegurar.")
f06_c3_good = c("Ya, por lo menos me lo dice claro. El lunes me voy a un café entonces. Agéndelo.", None)
f06_t3_bad = t("Se lo instalamos mañana mismo, sin falta, y le garantizo que nunca se le va a caer, ni con temporal. Con nosotros se olvida de los problemas.")
f06_c3_bad = c("¿Mañana? Eso mismo me dijo la otra compañía y esperé tres semanas. Perdone, pero no le creo mucho.", "bad_experience")
f06_t4 = t("Le dejo la orden con su teléfono y el detalle del pasaje. El técnico la llama el día antes para confirmar la hora.")
PAIRS.append(rpair(
    "esb56r_f06_valparaiso_fibra_cerro",
    "Compañía de internet, tienda en el plan de Valparaíso. Una profesora que hace clases online quiere fibra en un pasaje con escalera del Cerro Cordillera. Falla en worse: promete de más.",
    better=[f06_o, f06_t1, f06_c1, f06_t2, f06_c2, f06_t3_good, f06_c3_good, f06_t4],
    worse=[f06_o, f06_t1, f06_c1, f06_t2, f06_c2, f06_t3_bad, f06_c3_bad, f06_t4],
))

# f07 — fault: closes before checking the thing works
f07_o = c("Hola, buenas. Tengo una cevichería en Barranco y quiero un sistema para que los mozos manden los pedidos a la cocina desde el celular.", None)
f07_t1 = t("Hola, buenas. ¿Cuántos mozos son y qué usan ahora en cocina para ver los pedidos, papel o una ticketera?")
f07_c1 = c("Cuatro mozos. En cocina tenemos una ticketera Epson que compramos hace años, todavía funciona. No quiero comprar otra.", None)
f07_t2 = t("Perfecto, muchos locales trabajan con Epson. El sistema cuesta 120 soles al mes, con la app para los mozos y reportes de ventas.")
f07_c2 = c("120 está bien. Los fines de semana hay mucha gente y los pedidos se pierden, eso es lo que quiero arreglar.", None)
f07_t3_good = t("Antes de firmar hay que ver si su modelo de ticketera se conecta por red. ¿Me manda una foto de la etiqueta de atrás? Si sirve, mañana hacemos una prueba con un pedido de mentira, y recién ahí firmamos.")
f07_c3_good = c("Ya, le mando la foto ahorita. Mañana en la mañana está bien, antes de abrir.", None)
f07_t3_bad = t("Perfecto, entonces firmamos hoy y el lunes ya está funcionando. Le mando el contrato digital y me paga el primer mes por transferencia.")
f07_c3_bad = c("¿Y si mi ticketera no es compatible? Es viejita. Prefiero no firmar nada hasta ver que funcione.", "think_it_over")
f07_t4 = t("Le dejo mi número. Mándeme por WhatsApp la foto de la etiqueta de la ticketera y lo vemos.")
PAIRS.append(rpair(
    "esb56r_f07_lima_comandas_cevicheria",
    "Proveedor de software para restaurantes, visita a una cevichería en Barranco, Lima. Falla en worse: cierra antes de comprobar que funciona con la ticketera.",
    better=[f07_o, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3_good, f07_c3_good, f07_t4],
    worse=[f07_o, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3_bad, f07_c3_bad, f07_t4],
))

# f08 — fault: recommends before asking
f08_o = c("Hola, buenas. Necesito un taladro.", None)
f08_t1_good = t("Hola, buenas. ¿Para qué lo va a usar? ¿Colgar cosas en la casa o trabajos más seguidos? ¿Y en qué tipo de muro?")
f08_c1_good = c("Pa colgar unas repisas y una tele. Es departamento, los muros son de hormigón.", None)
f08_t1_bad = t("Hola. Llévese este, es el mejor que tenemos: inalámbrico, 20 volts, dos baterías, 129 lucas. Es el que compran los maestros.")
f08_c1_bad = c("¿129 lucas? Si es pa colgar unas repisas y una tele no más. Es departamento, de hormigón.", "too_expensive")
f08_t2 = t("Para hormigón necesita uno con percutor, porque uno normal no entra. Este con cable, de 650 watts y percutor, sale 34.990 y le sobra para repisas y la tele.")
f08_c2 = c("Ah, ese sí. ¿Y las brocas vienen?", None)
f08_t3 = t("Trae un set básico, pero para hormigón le recomiendo esta broca de concreto de 8 milímetros, 2.990, con tarugos del mismo número.")
f08_c3 = c("Ya, démelo todo.", None)
PAIRS.append(rpair(
    "esb56r_f08_santiago_taladro_depto",
    "Ferretería en Ñuñoa, Santiago. Un cliente pide un taladro sin decir para qué. Falla en worse: recomienda antes de preguntar.",
    better=[f08_o, f08_t1_good, f08_c1_good, f08_t2, f08_c2, f08_t3, f08_c3],
    worse=[f08_o, f08_t1_bad, f08_c1_bad, f08_t2, f08_c2, f08_t3, f08_c3],
))

# f09 — fault: unexplained jargon
f09_o = c("Buenas, señorita. Quiero un préstamo personal para terminar el segundo piso de mi casa. Unos quince mil soles.", None)
f09_t1 = t("Buenas tardes, señor. ¿En cuánto tiempo le gustaría pagarlo y cuánto podría pagar al mes, más o menos?")
f09_c1 = c("En dos años, creo. Podría pagar unos setecientos al mes, no más. Mi sueldo me lo depositan en este banco.", None)
f09_t2_good = t("Como su sueldo llega aquí, tiene una tasa preferente. Quince mil a veinticuatro meses le queda en unos 760 de cuota; eso ya incluye intereses y seguro, y en total pagaría unos 18,200. Si quiere bajar a setecientos, lo estiramos a veintisiete meses.")
f09_c2_good = c("Ah, ya entiendo. Setecientos a veintisiete meses está bien.", None)
f09_t2_bad = t("Con abono de haberes califica a una TEA preferencial de 18.9%, TCEA de 21.4% con desgravamen incluido; cuota de 760 sin periodo de gracia, método francés, con ITF aplicable al desembolso.")
f09_c2_bad = c("Señorita, no le entendí nada. ¿TCEA qué es? Mejor vengo con mi hijo, que él sabe de eso.", "think_it_over")
f09_t3 = t("Si prefiere, le imprimo la simulación con la cuota, el plazo y el total a pagar, para que la revise en su casa.")
f09_c3 = c("Ya, imprímamela, por favor.", None)
PAIRS.append(rpair(
    "esb56r_f09_lima_prestamo_segundo_piso",
    "Banco, agencia en Los Olivos, Lima. Un cliente pide un préstamo personal para construir el segundo piso. Falla en worse: jerga sin explicar.",
    better=[f09_o, f09_t1, f09_c1, f09_t2_good, f09_c2_good, f09_t3, f09_c3],
    worse=[f09_o, f09_t1, f09_c1, f09_t2_bad, f09_c2_bad, f09_t3, f09_c3],
))

# f10 — fault: talks about himself instead of the customer
f10_o = c("Hola, buenas. Queremos hacer el tour en bici por el Valle Sagrado, mi hijo de doce y yo. ¿Es muy difícil?", None)
f10_t1 = t("Hola, buenas. Depende de la ruta. ¿Ustedes montan bici seguido? ¿Y cuántos días llevan en Cusco?")
f10_c1 = c("Mi hijo monta todo el tiempo; yo los domingos en la ciclovía de Lima. Llegamos hace cuatro días.", None)
f10_t2_good = t("Con cuatro días ya están aclimatados. Para ustedes la mejor es la ruta de Maras y Moray: casi todo bajada, unos treinta kilómetros, con camioneta de apoyo si alguno se cansa. La de Lares tiene subidas en altura; esa no se la recomiendo con un chico de doce.")
f10_c2_good = c("Perfecto, la de Maras. ¿Y cuánto sale?", None)
f10_t2_bad = t("Uy, yo hice Lares el año pasado en cuatro horas, una locura. Una vez bajé del Abra Málaga casi sin frenos, y en la Inca Jungle le gané a todos los guías. Yo monto desde los diez años, mi papá me enseñó en Urubamba.")
f10_c2_bad = c("Ya... qué bien. Pero ¿cuál nos conviene a nosotros? ¿Y cuánto sale?", None)
f10_t3 = t("La de Maras y Moray sale 180 soles por persona, con bici, casco, almuerzo y la camioneta de apoyo; el chico de doce paga 150. Salimos mañana a las siete y media.")
f10_c3 = c("330 los dos, está bien. Pero mañana no podemos, ya tenemos Machu Picchu. ¿Pasado mañana hay?", "no_time")
f10_t4 = t("Sí, pasado mañana hay cupo. Los recogemos a las siete y media en su hotel.")
PAIRS.append(rpair(
    "esb56r_f10_cusco_bici_valle_sagrado",
    "Agencia de tours en bicicleta, Cusco. Una madre limeña y su hijo de doce años quieren hacer un tour en bici por el Valle Sagrado. Falla en worse: el vendedor habla de sí mismo.",
    better=[f10_o, f10_t1, f10_c1, f10_t2_good, f10_c2_good, f10_t3, f10_c3, f10_t4],
    worse=[f10_o, f10_t1, f10_c1, f10_t2_bad, f10_c2_bad, f10_t3, f10_c3, f10_t4],
))

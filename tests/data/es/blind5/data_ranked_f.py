"""esb5 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t


def _f01():
    c0 = c("Buenos días. Me hice unos laboratorios el lunes y me dijeron que en 24 horas los tenía en el email. Ya es jueves y nada, y tengo cita con el endocrino mañana.", None)
    t1 = t("Buenos días. ¿Me da su nombre y fecha de nacimiento para buscarla?")
    c2 = c("Carmen Rosado, 12 de marzo del 61.", None)
    t3_b = t("Aquí la veo. Tiene razón, debieron llegarle el martes: los de sangre están listos, pero la tiroides la enviamos a un laboratorio de referencia y tarda más. Debieron avisarle, disculpe.")
    c4_b = c("Ah, ok. Pero mañana tengo la cita, ¿qué hago?", None)
    t3_w = t("Aquí la veo. Pero mire, aquí nunca decimos 24 horas para estas pruebas: la tiroides se manda afuera y siempre tarda de tres a cinco días. Usted tuvo que haber entendido mal.")
    c4_w = c("¿Que yo entendí mal? La muchacha me lo dijo clarito. Y mañana tengo la cita, ¿qué hago?", None)
    t5 = t("Le imprimo ahora los de sangre, que ya están, y la tiroides se la envío directo a la oficina del endocrino en cuanto llegue, hoy o mañana temprano. ¿Tiene el email de la oficina?")
    c6 = c("Está en la tarjeta de la cita, aquí la tengo. ¿Eso me cuesta algo más?", None)
    t7 = t("No, nada. Y le dejo mi extensión por si mañana a las 9 no ha llegado.")
    return rpair(
        "esb5r_f01_bayamon_laboratorio_resultados",
        "Laboratorio clínico en Bayamón (Puerto Rico); una señora reclama resultados atrasados un día antes de su cita. Falla en worse: discute con la clienta.",
        better=[c0, t1, c2, t3_b, c4_b, t5, c6, t7],
        worse=[c0, t1, c2, t3_w, c4_w, t5, c6, t7],
    )


def _f02():
    c0 = c("Saludos. Yo soy motoconchista y quiero sacar un motor nuevo a financiamiento, el mío ya está acabao.", None)
    t1 = t("Saludos. Con gusto. ¿Cuánto hace más o menos en un día de trabajo, y trabaja todos los días?")
    c2 = c("Un día bueno 2,000 pesos, uno malo 1,200. De lunes a sábado. Pero talonario no tengo, eso es en efectivo.", None)
    t3_b = t("Con ingresos en efectivo se puede. Nos sirve una carta de la parada o de la asociación, y si tiene una cuenta o libreta donde deposita, mejor. ¿Tiene algo de eso?")
    c4_b = c("Tengo carta de la parada de La Estrella y una cuenta en la cooperativa donde meto algo cada semana.", None)
    t3_w = t("Le voy a ser franco: muchos motoconchistas me dicen 2,000 diarios y después no pagan. ¿Usted está seguro de que hace eso de verdad?")
    c4_w = c("Oiga, yo no vine a que me digan mentiroso. Tengo carta de la parada de La Estrella y una cuenta en la cooperativa donde meto algo cada semana.", None)
    t5 = t("Con la carta y los estados de la cooperativa se aprueba. El motor de 150 le queda en 3,400 pesos semanales a 18 meses, con 15 mil de inicial. ¿Cómo le queda eso?")
    c6 = c("El inicial de 15 mil ahora mismo no lo tengo completo, tengo como 10.", "no_money")
    t7 = t("Se puede con 10 mil de inicial y la cuota sube a 3,650, o espera dos semanas y completa. Le dejo las dos por escrito y usted decide.")
    return rpair(
        "esb5r_f02_santiago_financiera_motor",
        "Financiera de motores en Santiago de los Caballeros; un motoconchista sin talonario quiere financiar un motor nuevo. Falla en worse: duda de la honradez del cliente.",
        better=[c0, t1, c2, t3_b, c4_b, t5, c6, t7],
        worse=[c0, t1, c2, t3_w, c4_w, t5, c6, t7],
    )


def _f03():
    c0 = c("Buenas. Me dijeron que ustedes distribuyen productos de El Salvador y Honduras. Yo tengo una tiendita en Gulfton.", None)
    t1_b = t("Buenas. Sí, distribuimos. ¿Qué es lo que más le piden sus clientes, y qué no le está llegando bien hoy?")
    c2_b = c("Lo que más me piden es la crema salvadoreña y el quesillo, y el proveedor que tengo llega tarde, a veces con la crema ya vencida.", None)
    t1_w = t("Buenas. Sí, distribuimos, y a usted le dejo todo con 15% de descuento desde el primer pedido.")
    c2_w = c("¿15% sin saber ni qué le voy a comprar? Eso me suena raro. Lo que más me piden es la crema salvadoreña y el quesillo, y el que tengo llega tarde, a veces con la crema vencida.", None)
    t3 = t("Lo de la crema es clave porque es refrigerada. Pasamos martes y viernes con camión frío, y lo que se venza se lo cambiamos. ¿Cuánta crema mueve por semana?")
    c4 = c("Como 40 botes, y quesillo unas 30 libras.", None)
    t5 = t("Con ese volumen, la crema le sale en 3.10 el bote y el quesillo en 5.80 la libra. Pedido mínimo de 150 dólares.")
    c6 = c("El que tengo me da la crema a 2.95. Aunque llegue tarde, la diferencia se nota.", "too_expensive")
    t7 = t("Le entiendo. Hagamos un pedido de prueba de dos semanas: si deja de botar crema vencida, la diferencia sale pagada. Si no, sigue con el suyo.")
    return rpair(
        "esb5r_f03_houston_distribuidora_bodega",
        "Distribuidora de productos centroamericanos en Houston; la dueña de una tiendita en Gulfton pregunta por el servicio. Falla en worse: baja el precio antes de preguntar nada.",
        better=[c0, t1_b, c2_b, t3, c4, t5, c6, t7],
        worse=[c0, t1_w, c2_w, t3, c4, t5, c6, t7],
    )


def _f04():
    c0 = c("Buenas, el doctor me mandó con la nutricionista porque salí con el azúcar un poco alta. ¿Qué días atiende?", None)
    t1 = t("Buenas. Atiende lunes, miércoles y viernes. ¿Le queda mejor en la mañana o en la tarde?")
    c2 = c("En la tarde, salgo a las 4. Trabajo de turno en la maquila.", None)
    t3_b = t("Tengo el miércoles a las 4:45. La primera consulta es de una hora, con medidas y plan de comidas, y cuesta 600 lempiras. ¿Le sirve?")
    c4_b = c("¿600? Está un poco caro, pero si me lo pide el doctor... ¿Lo cubre el seguro del trabajo?", "too_expensive")
    t3_w = t("Tengo el miércoles a las 4:45. Y mientras tanto, ya sabe: nada de refrescos, nada de baleadas en la noche, ni pan dulce con el café. El azúcar alta es la puerta de la diabetes y la gente no hace caso. La consulta cuesta 600 lempiras.")
    c4_w = c("Yo solo le pregunté la hora, pa' sermones ya tengo a mi mujer. ¿600? Está un poco caro... ¿Lo cubre el seguro del trabajo?", "too_expensive")
    t5 = t("El del IHSS no lo cubre, pero si la empresa le da seguro privado, le damos la factura para el reembolso. ¿Sabe cuál tiene?")
    c6 = c("Creo que es privado, el carnet dice Seguros Atlántida. Apúnteme el miércoles.", None)
    t7 = t("Listo, miércoles a las 4:45. Traiga el carnet y los resultados del azúcar que le dio el doctor.")
    return rpair(
        "esb5r_f04_sanpedrosula_nutricion_cita",
        "Clínica de nutrición en San Pedro Sula; un trabajador de maquila con azúcar alta pide cita. Falla en worse: un sermón que nadie pidió.",
        better=[c0, t1, c2, t3_b, c4_b, t5, c6, t7],
        worse=[c0, t1, c2, t3_w, c4_w, t5, c6, t7],
    )


def _f05():
    c0 = c("Buenas, soy contadora y llevo la contabilidad de 15 pymes. Quiero un sistema donde pueda ver la facturación electrónica de todos sin entrar a cada portal.", None)
    t1 = t("Buenas. ¿Hoy cómo lo hace: descarga los XML de cada cliente del portal de la SAT uno por uno?")
    c2 = c("Exacto, uno por uno, cada fin de mes. Me toma como tres días.", None)
    t3 = t("El sistema jala las facturas de todos sus clientes automáticamente, con el permiso de cada uno, y se las ordena por cliente y por mes. Para 15 empresas son 1,200 quetzales al mes.")
    c4 = c("Suena bien, pero mis clientes son desconfiados para dar accesos. Y no sé si ahorita me da el presupuesto para eso.", "no_money")
    t5_b = t("Es normal; el permiso es solo de consulta, no pueden emitir ni anular nada. Le propongo: el jueves a las 10 hacemos una prueba en línea con dos clientes de su confianza, y el viernes le mando precio por empresa para que arranque solo con las que le convengan.")
    c6_b = c("Dale, el jueves a las 10. Hoy mismo hablo con dos clientes.", None)
    t5_w = t("Es normal; el permiso es solo de consulta, no pueden emitir ni anular nada. Cualquier cosa, nosotros le estamos avisando y vemos cómo lo hacemos.")
    c6_w = c("¿Avisando de qué? Bueno... mándeme algo por correo y yo lo veo.", "brush_off")
    t7 = t("Perfecto, le escribo hoy mismo.")
    return rpair(
        "esb5r_f05_guatemala_software_contadora",
        "Software para pymes en Ciudad de Guatemala; una contadora con 15 clientes quiere centralizar la facturación electrónica. Falla en worse: siguiente paso vago.",
        better=[c0, t1, c2, t3, c4, t5_b, c6_b, t7],
        worse=[c0, t1, c2, t3, c4, t5_w, c6_w, t7],
    )


def _f06():
    c0 = c("Buenas, abro una cafetería en Doral el lunes que viene y necesito internet para la caja y el datáfono. ¿Cuánto se demoran en instalar?", None)
    t1 = t("Buenas, felicidades por la apertura. ¿El local ya tiene cableado de alguna compañía o es nuevo?")
    c2 = c("Es nuevo, antes era una oficina de seguros. Creo que tenían internet, pero no sé de quién.", None)
    t3_b = t("Si había servicio, puede que el cable ya llegue y sea rápido, pero no se lo aseguro hasta que lo vea el técnico; normalmente son de 5 a 7 días hábiles. Para que el lunes no se quede sin cobrar, le presto un hotspot 4G para la caja mientras tanto.")
    c4_b = c("Ok, eso me salva. Si no cobro con tarjeta el primer día, me muero.", None)
    t3_w = t("No se preocupe, se lo instalo mañana mismo, garantizado. Para el lunes está volando.")
    c4_w = c("¿Mañana? ¡Perfecto! Entonces le digo al de la caja que venga a configurarla el jueves.", None)
    t5 = t("Necesito la licencia del local a su nombre y una identificación. El plan de negocio de 300 megas sale en 89 al mes, sin contrato anual.")
    c6 = c("89 está bien si no hay contrato. ¿La licencia puede estar a nombre de la LLC?", None)
    t7 = t("Sí, a nombre de la LLC, con el documento de registro del estado. Le mando la lista por texto y abrimos la orden hoy.")
    return rpair(
        "esb5r_f06_doral_internet_cafeteria",
        "Proveedor de internet para negocios en Doral (Miami); una cubana abre una cafetería en pocos días. Falla en worse: promete una instalación que no puede garantizar.",
        better=[c0, t1, c2, t3_b, c4_b, t5, c6, t7],
        worse=[c0, t1, c2, t3_w, c4_w, t5, c6, t7],
    )


def _f07():
    c0 = c("Buenas, ocupo una bomba para subir agua del tanque al segundo piso. Allá arriba casi no llega presión.", None)
    t1 = t("Buenas. ¿El tanque está en el suelo o enterrado? ¿Y cuántos metros hay más o menos hasta la ducha de arriba?")
    c2 = c("En el suelo, en el patio. Hasta arriba serán unos 8 metros. El tubo es de media.", None)
    t3_b = t("Con 8 metros, esta de medio caballo le da buena presión; se lo confirmo con la tabla del fabricante: a 8 metros da unos 30 litros por minuto, alcanza para la ducha y la pila a la vez. ¿Tiene tomacorriente cerca del tanque?")
    c4_b = c("Sí, hay un tomacorriente en la pila. ¿Cuánto sale?", None)
    t3_w = t("Le voy a dar la de medio caballo, que es la que más se vende. Se la facturo de una vez, ¿verdad?")
    c4_w = c("Diay, espere, ¿esa sí sube hasta arriba? No quiero llevármela y que no sirva. Tomacorriente hay en la pila. ¿Cuánto sale?", None)
    t5 = t("Son 68 mil colones, con un año de garantía. Le recomiendo también una válvula check para que no se le regrese el agua, 4,500.")
    c6 = c("Bueno. ¿Y la válvula va antes o después de la bomba?", None)
    t7 = t("Antes, en la entrada, para que no se descebe. Le doy la tabla del fabricante, y si se la lleva y no le da presión arriba, me la devuelve en 15 días.")
    return rpair(
        "esb5r_f07_heredia_ferreteria_bomba",
        "Ferretería en Heredia (Costa Rica); una señora necesita una bomba para subir agua al segundo piso. Falla en worse: intenta cerrar la venta sin comprobar que la bomba sirve.",
        better=[c0, t1, c2, t3_b, c4_b, t5, c6, t7],
        worse=[c0, t1, c2, t3_w, c4_w, t5, c6, t7],
    )


def _f08():
    c0 = c("Buenas, vengo a ver lo de unos lentes. Ya no veo bien de cerca, soy costurera y se me hace difícil enhebrar.", None)
    t1_b = t("Buenas. ¿De lejos ve bien, para ver la tele o el bus? ¿Y usa lentes ahorita o sería la primera vez?")
    c2_b = c("De lejos bien, gracias a Dios. Nunca he usado. Es para la costura y para leer el celular.", None)
    t1_w = t("Buenas. Le recomiendo de una vez los progresivos con antirreflejo y filtro azul, 180 dólares; son los más completos, sirven para todo.")
    c2_w = c("¿180? Yo solo vine porque no veo de cerca para coser. De lejos veo bien y nunca he usado lentes.", "no_need")
    t3 = t("Entonces lo primero es medirle la vista; el examen es gratis con la compra y tarda 15 minutos. ¿Tiene tiempo ahorita?")
    c4 = c("Ahorita no, tengo que ir a entregar unos vestidos antes de las 12. ¿Puede ser en la tarde?", "no_time")
    t5 = t("A las 3 tengo espacio. Si solo es de cerca, unos lentes de lectura salen en 45 con un marco sencillo.")
    c6 = c("Ah, así sí. A las 3 vengo.", None)
    t7 = t("Le apunto a las 3. Traiga una de sus agujas si quiere, y probamos a la distancia a la que cose.")
    return rpair(
        "esb5r_f08_santaana_optica_lentes",
        "Óptica en Santa Ana (El Salvador); una costurera ya no ve de cerca. Falla en worse: recomienda antes de preguntar.",
        better=[c0, t1_b, c2_b, t3, c4, t5, c6, t7],
        worse=[c0, t1_w, c2_w, t3, c4, t5, c6, t7],
    )


def _f09():
    c0 = c("Saludos. Tengo un chinchorro en Piñones y quiero dejar la caja de cuadernito. ¿Qué me recomiendan?", None)
    t1 = t("Saludos. ¿Cuántas personas cobran, y la gente pide en la mesa o en la barra?")
    c2 = c("En la barra, yo y mi hija cobramos. Y la cocina es aparte, les gritamos los pedidos.", None)
    t3_b = t("Entonces le sirve una tableta en la barra para cobrar y una pantalla en la cocina donde salen los pedidos solos, sin gritar. Si se va el internet, sigue guardando todo y lo sube cuando vuelve.")
    c4_b = c("Ay, lo de la pantalla en la cocina me encanta. ¿Cuánto es?", None)
    t3_w = t("Le recomiendo nuestro POS en la nube con KDS integrado, modo offline-first con sync, gateway tokenizado PCI y reportes de COGS por SKU.")
    c4_w = c("Nena, no entendí ni la mitad. ¿Eso es una caja registradora o qué? ¿Cuánto es?", None)
    t5 = t("Son 59 al mes con la tableta y la pantalla de cocina incluidas, y la comisión por tarjeta es 2.6%.")
    c6 = c("59 al mes más la comisión... en temporada baja aquí no entra tanto. Déjame pensarlo.", "think_it_over")
    t7 = t("Claro. Si quiere, le dejo la tableta un fin de semana de prueba sin costo, y con lo que venda ve si le compensa.")
    return rpair(
        "esb5r_f09_pinones_pos_chinchorro",
        "Software de punto de venta para pymes en Puerto Rico; la dueña de un chinchorro en Piñones quiere dejar el cuaderno. Falla en worse: jerga sin explicar.",
        better=[c0, t1, c2, t3_b, c4_b, t5, c6, t7],
        worse=[c0, t1, c2, t3_w, c4_w, t5, c6, t7],
    )


def _f10():
    c0 = c("Buenos días. Somos un grupo de la iglesia, como 20 personas, y queremos ir a Esquipulas el 15 de enero, para la fiesta del Cristo Negro.", None)
    t1 = t("Buenos días, qué bonito. ¿Sería ir y volver el mismo día o quedarse una noche? ¿Y en el grupo hay personas mayores o con dificultad para caminar?")
    c2 = c("Una noche, regresando el 16. Somos casi todas señoras mayores, dos con bastón.", None)
    t3_b = t("Entonces un microbús con aire, asientos de adelante para las de bastón y un hotel a dos cuadras de la Basílica para no caminar mucho. El 15 hay muchísima gente, así que saldríamos a las 4 de la mañana.")
    c4_b = c("Sí, eso está bien. ¿Y cuánto sale por persona?", None)
    t3_w = t("¡Ay, Esquipulas! Yo fui el año pasado con mi familia y fue lo más lindo: mi mamá lloró en la Basílica, comimos en un comedor buenísimo, compré dulces de allá y nos agarró una lluvia... Yo siempre digo que a Esquipulas hay que ir una vez en la vida.")
    c4_w = c("Qué bueno, joven, me alegro por su mamá. ¿Y cuánto sale por persona?", None)
    t5 = t("Transporte, hotel una noche y desayuno, 85 dólares por persona, con seguro de viaje incluido.")
    c6 = c("Fíjese que 85 es mucho para algunas hermanas, son pensionadas. Y el año pasado fuimos con otra agencia y nos dejaron en un hotel bien feo.", "no_money")
    t7 = t("Se entiende. Si se quedan tres por cuarto en vez de dos, baja a 72, y el hotel se lo enseño en fotos reales. Le dejo la cotización para la reunión del grupo del domingo.")
    return rpair(
        "esb5r_f10_santaana_viaje_esquipulas",
        "Agencia de viajes en Santa Ana (El Salvador); una señora organiza la peregrinación de su iglesia a Esquipulas. Falla en worse: el asesor habla de sí mismo.",
        better=[c0, t1, c2, t3_b, c4_b, t5, c6, t7],
        worse=[c0, t1, c2, t3_w, c4_w, t5, c6, t7],
    )


PAIRS = [_f01(), _f02(), _f03(), _f04(), _f05(), _f06(), _f07(), _f08(), _f09(), _f10()]

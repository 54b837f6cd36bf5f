"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's
reaction to it. Written by hand in Spanish."""
from common import c, rpair, t

PAIRS = []

# f01 — botellas para mezcal, Santiago Matatlán (Oaxaca). Fault: drops the price before asking anything.
_o = c("Buenas tardes. Hago mezcal en Santiago Matatlán y necesito botellas. ¿En cuánto me da el millar de las de setecientos cincuenta?", None)
_t2 = t("Con corcho y para tienda, la que más se usa es la botella tipo Oaxaca, de vidrio grueso. Pero vea la muestra antes, porque con corcho sintético algunas botellas no cierran parejo.")
_c2 = c("Eso me pasó con otro proveedor: se salía el mezcal por el corcho y me regresaron una caja de Monterrey.", "bad_experience")
_t3 = t("Por eso. Le mando doce botellas con sus corchos para que las pruebe en su envasado, y con la muestra le paso por escrito el precio del pedido mensual.")
_c3 = c("Ándele, mándelas a Matatlán. Si cierran bien, le hago el pedido.", None)
PAIRS.append(rpair(
    "esb4r_f01_oaxaca_botellas_mezcal",
    "Un productor de mezcal pide a un mayorista de envases el precio del millar de botellas.",
    better=[
        _o,
        t("Buenas tardes. Sí las manejamos. Antes de darle precio: ¿para qué venta son, y las quiere con corcho o con tapa rosca?"),
        c("Para tiendas de Oaxaca y un cliente en Monterrey. Con corcho, que se ve más fino. Serían unas dos mil al mes.", None),
        _t2, _c2, _t3, _c3,
    ],
    worse=[
        _o,
        t("Buenas tardes. Para que no se me vaya: el millar se lo dejo en ocho mil quinientos, ya con un quince por ciento de descuento. Es mi mejor precio."),
        c("Pues si de entrada me baja el quince, a lo mejor todavía tiene más margen, ¿no? Son para tiendas de aquí y un cliente de Monterrey, con corcho, unas dos mil al mes.", "too_expensive"),
        _t2, _c2, _t3, _c3,
    ],
))

# f02 — fisioterapia, Zacatecas. Fault: unexplained jargon.
_o = c("Buenas tardes. Me manda el ortopedista por lo de la espalda. Soy chofer de tráiler y ya no aguanto las horas sentado.", None)
_t1 = t("Buenas tardes. ¿Dónde le duele exactamente? ¿Se le baja el dolor a alguna pierna?")
_c1 = c("Aquí abajo, en la cintura, del lado derecho. A veces me llega a la nalga, pero no más abajo.", None)
_t3 = t("Serían seis sesiones, dos por semana al principio. Como anda en carretera, las podemos hacer los sábados, y le dejo una rutina de diez minutos para las paradas.")
_c3 = c("Los sábados sí puedo. ¿Cuánto cuesta cada una?", None)
_t4 = t("Trescientos cincuenta pesos. Si quiere, empezamos este sábado a las nueve, y la rutina se la mando por WhatsApp.")
PAIRS.append(rpair(
    "esb4r_f02_zacatecas_fisio_espalda",
    "Un trailero con dolor de espalda llega a una clínica de fisioterapia enviado por el ortopedista.",
    better=[
        _o, _t1, _c1,
        t("Que no baje por la pierna es buena señal. Por lo que me cuenta, son los músculos y las articulaciones de la cintura, de tantas horas sentado con la vibración del camión. Se trabaja con ejercicios y terapia, y le enseño cómo sentarse en la cabina."),
        c("Ah, ok. ¿Y cuántas sesiones serían? Porque estoy en carretera casi toda la semana.", "no_time"),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("Bien. Por la exploración parece una lumbalgia mecánica con componente facetario y posible disfunción sacroilíaca; haremos terapia manual, control motor y trabajo de core con progresión de cargas."),
        c("Perdón, señorita, no le entendí nada. ¿Es grave o no? ¿Y cuántas sesiones serían? Porque estoy en carretera casi toda la semana.", "no_time"),
        _t3, _c3, _t4,
    ],
))

# f03 — internet para un restaurante, Cochabamba. Fault: argues with the customer.
_o = c("Buenas. Tengo una pensión en el centro, un restaurante chico, y quiero cambiar el plan de internet, que se me corta a mediodía justo cuando cobro con QR.", None)
_t1 = t("Buenas, don Freddy. ¿Cuántos aparatos se conectan a mediodía? ¿El QR, los celulares de los meseros, los clientes también usan el wifi?")
_c1 = c("Los clientes sí, les doy la clave. A mediodía hay unas cuarenta personas comiendo.", None)
_t3 = t("Lo que le propongo es un segundo router solo para la caja, con su propia clave. Son cuarenta bolivianos más al mes, sin cambiar de plan.")
_c3 = c("Cuarenta más… ya pago bastante. Déjeme ver con mi señora, que ella lleva las cuentas.", "think_it_over")
_t4 = t("Claro. Si quiere, mañana a mediodía pasa el técnico a medir, sin costo, y con eso deciden.")
PAIRS.append(rpair(
    "esb4r_f03_cochabamba_internet_pension",
    "El dueño de un restaurante de menú llama a su compañía de internet porque la conexión se le cae a la hora de más clientes.",
    better=[
        _o, _t1, _c1,
        t("Ahí está el problema: cuarenta celulares en un plan de veinte megas. No hace falta subir todo: separamos el wifi de los clientes del de la caja, y el QR no se queda sin señal."),
        c("Ah, ya. Yo pensaba que ustedes me daban menos de lo que pago.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("No, don Freddy, el plan no se corta, eso es imposible; nuestro servicio es estable. Seguramente es su celular."),
        c("¿Cómo que mi celular? Se corta en la caja y en el de mi hija, todos los días a la misma hora. No me diga que me lo invento.", None),
        _t3, _c3, _t4,
    ],
))

# f04 — cargo duplicado en el banco, Mérida (Badajoz). Fault: doubts the customer's honesty.
_o = c("Buenos días. Me han cobrado dos veces la compra del supermercado con la tarjeta, ochenta y siete euros cada una, el sábado.", None)
_t1 = t("Buenos días. Vamos a verlo. ¿Me deja la tarjeta o el DNI?")
_c1 = c("Aquí tiene. En el súper me dijeron que la primera vez no salió el tique y la volvieron a pasar.", None)
_t3 = t("Abro una reclamación por cargo duplicado; le escaneo el tique, que así va más rápido. En unos diez días hábiles le devuelven el importe, antes si el supermercado lo anula.")
_c3 = c("¿Diez días? Es que con ese dinero pago la luz, que este mes voy justo.", None)
_t4 = t("Le entiendo. Le dejo autorizado que la cuenta quede en descubierto sin comisión hasta que entre la devolución, y le doy el número de reclamación para que pueda seguirla.")
PAIRS.append(rpair(
    "esb4r_f04_merida_cargo_duplicado",
    "Un cliente jubilado reclama en su oficina bancaria un cargo de tarjeta duplicado.",
    better=[
        _o, _t1, _c1,
        t("Ya lo veo: dos cargos de ochenta y siete con treinta, el sábado, con un minuto de diferencia. Encaja con lo que le dijeron en la caja."),
        c("Eso es. ¿Y ahora qué hago, voy al súper o me lo devuelven ustedes?", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("Veo dos cargos, sí. ¿Seguro que no hizo usted dos compras seguidas? Es que mucha gente reclama y luego resulta que era suyo."),
        c("¿Cómo que si estoy seguro? Hice una compra, una. Tengo el tique aquí. ¿Y ahora qué hago?", None),
        _t3, _c3, _t4,
    ],
))

# f05 — seguro agrario de pedrisco, Medina de Rioseco (Valladolid). Fault: vague next step.
_o = c("Buenas. Quería asegurar la cebada contra el pedrisco, que el año pasado me cayó una piedra en mayo y me dejó sin media cosecha.", None)
_t1 = t("Buenas, Julián. ¿Cuántas hectáreas tiene de cebada este año? Y el año pasado, ¿tenía algún seguro?")
_c1 = c("Ochenta hectáreas. El año pasado no tenía nada; lo dejé porque con el seguro de antes me pagaron una miseria, y tarde.", "bad_experience")
_t2 = t("Eso pasa cuando el capital asegurado se queda bajo. Con el seguro de cereal cubre pedrisco e incendio, y tiene subvención. Para ochenta hectáreas, la prima le saldría en unos mil cuatrocientos euros, ya descontada la subvención.")
_c2 = c("Mil cuatrocientos es dinero, pero media cosecha es mucho más. Lo que no quiero es que me paguen tarde otra vez.", None)
PAIRS.append(rpair(
    "esb4r_f05_valladolid_seguro_pedrisco",
    "Un agricultor de cereal de Tierra de Campos pregunta a su agente por un seguro de pedrisco.",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("El perito va en los días siguientes al parte y la indemnización suele llegar en unos dos meses. Le preparo la póliza con sus parcelas y se la llevo el jueves a la cooperativa para que la firme; el plazo para la cebada acaba el veinte de diciembre."),
        c("El jueves estoy en la cooperativa por la mañana. Tráigala y la firmo.", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("El perito va cuando puede, depende de los partes que haya. Ya le prepararemos algo y le diremos cosa, no se preocupe."),
        c("Bueno, pues ya me dirá usted. Yo miraré también por otro lado.", "brush_off"),
    ],
))

# f06 — óptica, Pasto (Nariño). Fault: over-promises.
_o = c("Buenas tardes. Soy profesora y llevo una semana con dolor de cabeza cuando corrijo cuadernos. Me dijeron que puede ser la vista.", None)
_t1 = t("Buenas tardes, profe. ¿El dolor le da cuando lee de cerca, o también con el computador? ¿Usa gafas?")
_c1 = c("De cerca, sobre todo en la noche. Gafas nunca he usado; tengo cuarenta y tres años.", None)
_t2 = t("A esa edad es muy común que empiece la vista cansada. Le hago el examen ahora, son quince minutos, y salimos de dudas.")
_c2 = c("Bueno. Pero si necesito gafas, las necesito ya, que el lunes empiezo a corregir exámenes finales.", None)
PAIRS.append(rpair(
    "esb4r_f06_pasto_optica_profesora",
    "Una profesora con dolores de cabeza al leer entra en una óptica para ver si necesita gafas.",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("Si la fórmula es sencilla, tengo lentes en stock y las tiene el viernes. Si sale astigmatismo, van a laboratorio y tardan unos ocho días; en ese caso le presto unas de lectura provisionales para el lunes."),
        c("Listo, me parece. Hagamos el examen.", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("Tranquila, profe: sea lo que sea, se las tengo mañana mismo, y le garantizo que se le quita el dolor de cabeza."),
        c("¿Mañana mismo, seguro? Eso mismo me dijeron en otra óptica con las de mi mamá y tardaron tres semanas.", "bad_experience"),
    ],
))

# f07 — programa de caja en un almacén, Catamarca. Fault: closes before checking that it works.
_o = c("Hola, ayer me instalaron el programa de caja, pero la balanza no le pasa el peso a la computadora.", None)
_t1 = t("Hola, Norma. ¿Qué balanza tenés? Marca y modelo, está en la etiqueta de atrás.")
_c1 = c("Es una Systel, la Croma. La que usamos para el fiambre y el queso.", None)
_t2 = t("Esa va por cable USB y hay que activarla en el programa. Andá a Configuración, Periféricos, y elegí Systel en la lista de balanzas. ¿Ya está?")
_c2 = c("Listo, ya la elegí. Dice conectada.", None)
PAIRS.append(rpair(
    "esb4r_f07_catamarca_balanza_caja",
    "La dueña de un almacén llama al soporte del programa de caja porque la balanza no pasa el peso.",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("Bien. Ahora poné algo en la balanza, un paquete de yerba, y cargá un producto por peso en la caja. ¿Qué peso te aparece en la pantalla?"),
        c("Medio kilo, 0,500. ¡Ahora sí! Gracias, che.", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("Perfecto, ya quedó. Te cierro el reclamo entonces. ¿Algo más en lo que te pueda ayudar?"),
        c("Pará, pará, que pongo el queso y en la caja sigue en cero. No quedó nada.", None),
    ],
))

# f08 — farmacia, Soria. Fault: recommends before asking.
_o = c("Buenas. A mi hija le han salido unas manchas rojas en los brazos y quería una crema.", None)
_t2 = t("Puede ser irritación por el gel o por el agua del río. Lo primero, vuelva a su gel de siempre. Para el picor, una crema calmante sin corticoide, que a esa edad es lo más suave. Son seis cincuenta.")
_c2 = c("Vale. ¿Y si no se le va?", None)
_t3 = t("Si en tres o cuatro días no mejora, o le salen ampollas o fiebre, llévela a su pediatra del centro de salud.")
_c3 = c("Muy bien, muchas gracias.", None)
PAIRS.append(rpair(
    "esb4r_f08_soria_farmacia_manchas",
    "Una madre pide en la farmacia una crema para unas manchas rojas que le han salido a su hija.",
    better=[
        _o,
        t("Buenas. ¿Cuántos años tiene la niña? ¿Le pican, desde cuándo? ¿Ha cambiado de jabón, de detergente, ha comido algo nuevo?"),
        c("Seis años. Le pican mucho, desde el domingo. Pues ahora que lo dice, estuvimos en el pueblo, se bañó en el río, y usamos otro gel.", None),
        _t2, _c2, _t3, _c3,
    ],
    worse=[
        _o,
        t("Para eso lo mejor es esta crema de hidrocortisona, dos veces al día, y verá cómo se le van. Son nueve euros."),
        c("Eh… ¿y eso vale para una niña de seis años? Le pican mucho desde el domingo; estuvimos en el pueblo, se bañó en el río y usamos otro gel.", None),
        _t2, _c2, _t3, _c3,
    ],
))

# f09 — limpieza dental, Estelí (Nicaragua). Fault: an unasked lecture.
_o = c("Buenos días, doctor. Vengo a la limpieza, que ya me tocaba.", None)
_t1 = t("Buenos días, don Róger. Siéntese. ¿Alguna molestia, sangrado de encías, algo que le duela?")
_c1 = c("Me sangran un poco al cepillarme, pero nada más.", None)
_t3 = t("La limpieza son ochocientos córdobas. Si el sangrado sigue, en tres meses le hago una más profunda.")
_c3 = c("¿Ochocientos? La otra vez me cobraron seiscientos.", "too_expensive")
_t4 = t("Subió el material este año. Hoy le hago la normal y la profunda la dejamos para cuando pueda.")
PAIRS.append(rpair(
    "esb4r_f09_esteli_limpieza_dental",
    "Un paciente habitual llega a su dentista para la limpieza anual.",
    better=[
        _o, _t1, _c1,
        t("Ya lo veo: hay sarro debajo de la encía, por eso sangra. Hoy se lo quito y le enseño a pasar el hilo en esa zona. ¿Usted fuma?"),
        c("Sí, unos cinco al día. Ya sé que no debería.", None),
        _t3, _c3, _t4,
    ],
    worse=[
        _o, _t1, _c1,
        t("Ya lo veo, hay sarro. Y antes de empezar le tengo que decir: el cigarro le está acabando la boca, el fumador pierde los dientes y tiene más cáncer oral, y a su edad ya lo debería haber dejado hace rato. Mire esas manchas."),
        c("Yo vine a la limpieza, doctor, no a que me regañen.", None),
        _t3, _c3, _t4,
    ],
))

# f10 — repuestos agrícolas, Chillán (Ñuble). Fault: talks about himself instead of the customer.
_o = c("Buenas. Se me cortó la correa de la enfardadora y estoy en plena cosecha de pasto. ¿Tiene para una New Holland 570?", None)
_t1 = t("Buenas. ¿Es la correa del alimentador o la del volante? ¿Trae la vieja, para ver el número?")
_c1 = c("La del volante. Aquí la traigo, está medio borrada pero algo se lee.", None)
_t2 = t("Sí, se lee. Tengo la original, a cuarenta y ocho mil, y una alternativa a veintinueve. Para plena temporada, con el uso que le va a dar, le recomendaría la original.")
_c2 = c("Veintinueve me sirve más ahora, ando corto. Pero si se me corta de nuevo pierdo el día.", "no_money")
PAIRS.append(rpair(
    "esb4r_f10_chillan_correa_enfardadora",
    "Un agricultor entra en una tienda de repuestos agrícolas con la correa rota de su enfardadora.",
    better=[
        _o, _t1, _c1, _t2, _c2,
        t("Entonces lleve la alternativa. Aguanta bien si la tensa cada dos o tres días; le presto la herramienta y le muestro cómo. Y si se le corta esta temporada, me la trae y le descuento lo que pagó de la original."),
        c("Ya, así sí. Envuélvala no más, que va a llover.", None),
    ],
    worse=[
        _o, _t1, _c1, _t2, _c2,
        t("Mire, yo trabajé doce años en la New Holland de Los Ángeles antes de poner esta tienda, y mi papá tenía una 570 en el fundo de Bulnes que le duró veinte temporadas con pura original. Yo siempre digo que lo barato sale caro; a mí nunca me ha fallado una original."),
        c("Ya, pero yo no soy usted, y ando corto. Deme la de veintinueve y me voy, que va a llover.", "no_money"),
    ],
))

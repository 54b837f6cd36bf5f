"""Ranked pairs d01-d10 of es_blind53 (two decent conversations; better is better). Written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 Huehuetenango, despulpadora de cafe
o = c("Buenas, ando viendo despulpadoras. La mía ya está bien gastada.", None)
PAIRS.append(rpair(
    "esb53r_d01_huehue_despulpadora",
    "Un caficultor de Huehuetenango quiere cambiar su despulpadora; tiene poca agua y problemas con la municipalidad por las aguas mieles.",
    [
        o,
        t("Buenas. ¿Cuánta cereza despulpa en un día fuerte de cosecha? ¿Y cómo anda de agua en la finca?"),
        c("En el pico, unos doce quintales diarios. Agua hay poca, de un nacimiento, y la muni ya nos regañó por tirar las aguas mieles al río.", None),
        t("Entonces le conviene una despulpadora de las que trabajan casi sin agua, aunque sale un poco más cara; le quita el problema con la muni. La de su tamaño sale en 14,500."),
        c("Está más cara que la normal, ¿verdad? La de cilindro la vi en 9,000.", "too_expensive"),
        t("Sí, son cinco mil más. A cambio usa como la décima parte del agua y se ahorra las multas. Si quiere lo llevo a ver la de don Aníbal, en la aldea de al lado, que la tiene desde hace dos cosechas."),
        c("Eso sí, me gustaría verla trabajando. Don Aníbal es conocido de mi papá.", None),
        t("Va. Hablo con él y hoy en la tarde le confirmo el día por teléfono."),
    ],
    [
        o,
        t("Buenas. Tenemos varias. ¿Qué capacidad necesita?"),
        c("En el pico, unos doce quintales diarios.", None),
        t("Para eso la de cilindro número tres le va bien. Sale en 9,000 y es de las que más se venden aquí en Huehue, con un año de garantía."),
        c("Ah, buen precio. ¿Y gasta mucha agua?", None),
        t("Lo normal de una de cilindro. Si quiere se la apartamos con el 30 %."),
        c("Déjeme pensarlo, que el agua es lo que nos preocupa.", "think_it_over"),
        t("Claro, aquí la tenemos. Cualquier cosa me llama."),
    ],
))

# d02 Choloma / San Pedro Sula, agujas para maquila
o = c("Buenas, soy jefe de mantenimiento en una maquila de Choloma. Necesito cotizar agujas, unas dos mil cajas al año.", None)
PAIRS.append(rpair(
    "esb53r_d02_choloma_agujas_maquila",
    "El jefe de mantenimiento de una maquila cotiza agujas porque se le quiebran muchas; el proveedor actual lo culpa a él.",
    [
        o,
        t("Buenas, con gusto. ¿Ya tienen proveedor? Le pregunto para saber qué es lo que no les está funcionando."),
        c("Sí, pero se nos quiebran mucho las agujas en las overlock, y el proveedor dice que es culpa de nosotros.", None),
        t("¿En qué tela se quiebran más, y qué número de aguja usan?"),
        c("En el jersey grueso, con la número 11.", None),
        t("Ahí puede estar: para jersey grueso la 11 se queda corta, lo normal es 12 o 14 de punta bola. Le mando dos cajas de prueba de cada una, sin costo, y contamos quiebres una semana en una línea."),
        c("Eso me sirve más que un precio, la verdad. Mándelas el lunes.", None),
        t("El lunes en la mañana se las llevo yo, y de paso veo las máquinas con su mecánico."),
    ],
    [
        o,
        t("Buenas. Claro, ¿qué marca y número usan?"),
        c("De la marca que sea, número 11, para overlock.", None),
        t("Para dos mil cajas al año le puedo dar un 12 % menos que la lista, con entrega en 48 horas en Choloma."),
        c("Suena bien el precio. Pero fíjese que se nos quiebran mucho con el proveedor de ahorita.", None),
        t("Las nuestras son de acero alemán, de buena calidad, no se le van a quebrar tanto. Hoy le mando la cotización formal."),
        c("Va pues, mándela y la paso a compras.", "think_it_over"),
        t("Perfecto, quedo atento."),
    ],
))

# d03 Ciudad de Guatemala, remesas
o = c("Buenas, seño. Vengo cada rato a cobrar lo que me manda mi hija, y cada vez la cola está más larga.", None)
PAIRS.append(rpair(
    "esb53r_d03_guate_remesa_cola",
    "Una señora de Mixco que cobra remesas en la agencia central se queja de la cola; le pesa el viaje y andar con efectivo.",
    [
        o,
        t("Buenas, doña. Sí, los sábados se pone feo. ¿Cada cuánto le manda su hija, y cómo hace usted para venir?"),
        c("Cada quince días. Vengo desde Mixco en camioneta, pierdo la mañana y me da miedo andar con el pisto en la bolsa.", None),
        t("Entonces lo que más le pesa es el viaje y andar con el efectivo. ¿Tiene cuenta en algún banco?"),
        c("No, nunca he tenido. Me da desconfianza, mi comadre dice que le cobraban por todo.", "bad_experience"),
        t("Le entiendo. Hay una cuenta básica sin cuota de manejo; su hija le manda directo ahí y usted saca en el cajero o en la agencia de Mixco, a dos cuadras del mercado. Por recibir no le cobran."),
        c("Mmm, lo voy a hablar con mi hija, ella sabe más de eso.", "think_it_over"),
        t("Me parece. Le doy este papel con lo que necesita para abrirla y el teléfono de la agencia de Mixco."),
    ],
    [
        o,
        t("Buenas, doña. Sí, los sábados es cuando más gente viene. Entre semana está más tranquilo."),
        c("Es que entre semana trabajo, solo el sábado puedo.", "no_time"),
        t("Entonces le recomiendo venir temprano; abrimos a las ocho y a esa hora casi no hay nadie."),
        c("Ajá, pero vengo desde Mixco, y a esa hora casi ni pasa la camioneta.", None),
        t("También puede cobrar en la agencia de Mixco, es la misma empresa y le pagan igual."),
        c("Ah, mire, no sabía. Voy a probar allá.", None),
        t("Con gusto, doña. Allá atienden de ocho a cinco."),
    ],
))

# d04 Tegucigalpa, picop para contratista
o = c("Buenas, soy contratista y ando viendo un picop nuevo, algo que aguante.", None)
PAIRS.append(rpair(
    "esb53r_d04_tegus_picop_contratista",
    "Un contratista de construcción busca picop para cargar material a colonias empinadas.",
    [
        o,
        t("Buenas. ¿Qué le toca cargar más seguido, y por dónde anda: solo ciudad o también aldeas?"),
        c("Bloque, cemento, varilla. Unas tres toneladas a la semana, y subo a colonias de la montaña, bien empinadas.", None),
        t("¿Lleva gente también, o solo material?"),
        c("A veces dos ayudantes, nada más.", None),
        t("Entonces le conviene cabina sencilla, diésel, con muelles reforzados. La doble cabina es más cómoda pero carga menos en el palangana. Sale en 890 mil."),
        c("Uy, pensaba en menos. Un amigo compró una de gasolina en 700 y dice que va bien.", "too_expensive"),
        t("Para ciudad plana, sí. Para esas cuestas con carga, la de gasolina se le calienta y gasta el doble. Traiga una carga de bloque el sábado y la probamos subiendo a El Hatillo; usted decide con eso."),
    ],
    [
        o,
        t("Buenas. Tenemos la doble cabina 4x4, que es la que más sale. Muy cómoda y aguantadora."),
        c("¿Y cuánto carga?", None),
        t("Una tonelada en el palangana. Sale en 950 mil, y hay financiamiento con el 20 % de prima."),
        c("Está algo cara. ¿No hay algo más barato?", "too_expensive"),
        t("Está la de gasolina en 700 mil, también buena. Las dos con garantía de tres años."),
        c("La de gasolina suena mejor. Déjeme hablarlo con mi socio.", "think_it_over"),
        t("Perfecto, aquí le dejo las dos cotizaciones. Cualquier duda me llama."),
    ],
))

# d05 Coban, ultrasonido en clinica
o = c("Buenas, ¿a cuánto tienen el ultrasonido de estómago?", None)
PAIRS.append(rpair(
    "esb53r_d05_coban_ultrasonido",
    "Una mujer pide precio de ultrasonido por su cuenta; tiene dolor del lado derecho y calentura.",
    [
        o,
        t("Buenas. El abdominal completo sale en 350. ¿Se lo mandó un médico o viene por su cuenta?"),
        c("Por mi cuenta. Me duele aquí del lado derecho desde ayer, y tengo como calentura.", None),
        t("Con dolor del lado derecho y calentura, lo mejor es que la vea el médico hoy mismo; puede ser el apéndice, y eso no espera. La consulta es 150 y, si él lo pide, el ultrasonido se lo hacemos de una vez."),
        c("Es que no quería gastar en consulta, por eso venía directo al ultrasonido.", "no_money"),
        t("Le entiendo. Pero el ultrasonido solo no le dice qué hacer; podría pagar 350 y seguir igual. Y si el médico ve que no hace falta, se ahorra el ultrasonido."),
        c("Bueno, tiene razón. ¿El doctor está ahorita?", None),
        t("Sí, en veinte minutos la pasa. Siéntese aquí y me avisa si el dolor aumenta."),
    ],
    [
        o,
        t("Buenas. El abdominal completo sale en 350 quetzales. ¿Quiere agendarlo?"),
        c("Sí, ¿hay para hoy? Me duele del lado derecho desde ayer.", None),
        t("Hay a las tres de la tarde. Tiene que venir con seis horas de ayuno."),
        c("¿Hasta las tres? Uy, es que me duele bastante.", None),
        t("Si le duele mucho, también puede pasar antes con el médico general, la consulta es 150."),
        c("Mejor espero el ultrasonido, no quiero gastar doble.", "no_money"),
        t("Como usted guste. Queda a las tres, traiga su DPI."),
    ],
))

# d06 La Ceiba, wifi para hostal (chat)
o = c("buenas, tengo un hostal en la ceiba y los huespedes se quejan del wifi. que planes tienen?", None)
PAIRS.append(rpair(
    "esb53r_d06_laceiba_wifi_hostal",
    "La dueña de un hostal escribe porque los huéspedes se quejan del wifi; el problema real es la cobertura del segundo piso.",
    [
        o,
        t("Buenas! De que se quejan exactamente: que es lento, o que en algunos cuartos no llega?"),
        c("mas que todo que en los cuartos de arriba no agarra. abajo en la recepcion va bien", None),
        t("Entonces puede que no sea el plan sino que la señal no sube al segundo piso. Cuantos cuartos son y de que es la construccion?"),
        c("12 cuartos, de bloque. tenemos plan de 20 megas", None),
        t("Con 20 megas para 12 cuartos anda justo pero sirve. Yo pondria primero dos repetidores en malla arriba, unos 3,500 lps instalados, antes de subir el plan. Si despues siguen lentos, subimos a 50"),
        c("ah ok, pense q me iba a vender el plan mas caro jaja. cuando pueden venir", None),
        t("El tecnico puede pasar el miercoles en la mañana a medir la señal cuarto por cuarto, sin costo"),
    ],
    [
        o,
        t("Buenas! Para hoteles tenemos el plan negocios de 50 megas a 1,900 lps y el de 100 a 2,800"),
        c("tenemos 20 megas ahorita. el problema es mas en los cuartos de arriba", None),
        t("Con 100 megas la señal le va a llegar mas fuerte a todo el hotel, eso ayuda bastante"),
        c("2,800 es bastante pa un hostal chiquito", "too_expensive"),
        t("Le entiendo. El de 50 es buena opcion intermedia, y le regalamos la instalacion"),
        c("ok mandeme la info al correo y despues le escribo", "brush_off"),
        t("Perfecto, aqui quedo pendiente"),
    ],
))

# d07 Quetzaltenango, colegio y devolucion de inscripcion
o = c("Buenos días. Vengo a preguntar si me devuelven la inscripción, creo que no voy a inscribir a mi hija el otro año.", None)
PAIRS.append(rpair(
    "esb53r_d07_xela_colegio_retiro",
    "Una madre quiere retirar a su hija del colegio; la razón de fondo es que la niña sufre burlas.",
    [
        o,
        t("Buenos días, señora. Claro, vemos lo de la devolución. ¿Me cuenta qué pasó? Su hija lleva tres años con nosotros."),
        c("Pues mire, ella ya no quiere venir. Llora en las mañanas y no me dice por qué.", None),
        t("Eso preocupa. ¿Desde cuándo empezó, y le ha comentado algo de compañeras o de alguna maestra?"),
        c("Desde el segundo semestre. Una vez dijo que unas patojas se burlan de ella por los lentes.", None),
        t("Gracias por decírmelo; eso hay que atenderlo antes que cualquier trámite. ¿Le parece reunirse mañana con la psicóloga y la maestra guía? La devolución se la tramito igual si al final decide irse."),
        c("Sí, me parece. Pero si no cambia nada, me la llevo, ¿eh?", None),
        t("Está bien, es su decisión. Mañana a las siete y media la esperan en orientación."),
    ],
    [
        o,
        t("Buenos días. Sí, la inscripción es reembolsable hasta noviembre. ¿Es por el costo? Tenemos descuento por pronto pago."),
        c("No, no es el pisto. Es que mi hija ya no está contenta aquí.", None),
        t("Qué pena. A veces los cambios de grado cuestan. Si quiere le damos el 10 % de descuento en la mensualidad del otro año, para que lo piense."),
        c("Mmm, gracias, pero no creo que sea eso. Lo voy a pensar con mi esposo.", "think_it_over"),
        t("Claro. Le doy el formulario de devolución por si acaso, y cualquier cosa me llama."),
        c("Va, gracias.", None),
    ],
))

# d08 Santa Rosa de Copan, cuenta de ahorro para un muchacho
o = c("Buenas, ¿cómo hago pa' abrir una cuenta de ahorro? Ya empecé a trabajar en el beneficio.", None)
PAIRS.append(rpair(
    "esb53r_d08_santarosa_ahorro_moto",
    "Un muchacho con su primer trabajo en un beneficio de café quiere ahorrar; su meta es la prima de una moto.",
    [
        o,
        t("¡Buenas! Felicidades por el trabajo. ¿Está ahorrando para algo en especial, o es para ir guardando?"),
        c("Pa' una moto. Quiero juntar la prima, unos 8 mil lempiras.", None),
        t("Buena meta. ¿Cada cuánto le pagan y cuánto cree que puede apartar sin quedarse corto?"),
        c("Me pagan por semana. Unos 400 a la semana, no más, que le ayudo a mi mamá.", None),
        t("Con 400 semanales junta los 8 mil en unos cinco meses. Le sugiero el ahorro programado: se lo descontamos cada lunes y gana un poquito más. Si un mes no puede, lo pausa sin multa."),
        c("Eso me sirve, porque si lo tengo en la bolsa me lo gasto, jaja. ¿Qué papeles traigo?", None),
        t("Su identidad y 200 lempiras de aportación de socio. ¿Le queda bien venir el sábado?"),
    ],
    [
        o,
        t("Buenas. Tenemos ahorro a la vista, ahorro a plazo fijo y ahorro navideño. Para abrir necesita identidad y 200 de aportación."),
        c("¿Y cuál es la diferencia?", None),
        t("El de la vista lo saca cuando quiera; el plazo fijo paga más interés pero lo deja un año; el navideño se lo entregan en diciembre."),
        c("Un año es mucho, yo quiero juntar pa' una moto en unos meses.", None),
        t("Entonces el de la vista le va bien. ¿Lo abrimos hoy?"),
        c("Hoy no traje la identidad. Vengo el sábado.", None),
        t("Perfecto, el sábado atendemos hasta las doce."),
    ],
))

# d09 Peten, moto para la parcela
o = c("Buenas, necesito una moto pa' la parcela, queda como a quince kilómetros de San Benito.", None)
PAIRS.append(rpair(
    "esb53r_d09_peten_moto_parcela",
    "Un agricultor de Petén busca moto para ir a su parcela por una brecha lodosa, con carga; desconfía de las motos baratas.",
    [
        o,
        t("Buenas. ¿Cómo es el camino? ¿Y en invierno se pone muy lodoso?"),
        c("Es brecha. En invierno es puro lodo, hasta los picops se quedan pegados.", None),
        t("Entonces necesita moto de montaña, con llanta de tacos y más altura. ¿Va a llevar carga, la bomba de fumigar, cosas así?"),
        c("Sí, la bomba de mochila y a veces un quintal de maíz atrás.", None),
        t("Esta 150 de trabajo es la que mejor le va: parrilla reforzada, y los repuestos los hay aquí en Santa Elena, que eso importa. Sale en 19,500. La de 200 es más bonita pero más cara, y los repuestos hay que pedirlos a la capital."),
        c("Diecinueve y medio... ajá. Mi hermano tuvo una de esas chinas y se le desbarató en un año.", "bad_experience"),
        t("No le prometo milagros. Llévela el sábado a su brecha, con la bomba, una hora, y usted mismo ve si aguanta."),
    ],
    [
        o,
        t("Buenas. Para campo tenemos esta 150 de montaña y la de 200, que es más potente."),
        c("¿Cuál me recomienda? El camino es brecha.", None),
        t("La de 200 es la mejor, aguanta todo. Sale en 26,000 con financiamiento a 18 meses."),
        c("Uy, eso ya es bastante pisto para mí.", "no_money"),
        t("Entonces la de 150, en 19,500. También es buena para brecha."),
        c("Es que mi hermano tuvo una china y se le desbarató en un año, por eso pregunto.", "bad_experience"),
        t("Esta es de buena marca y tiene un año de garantía. Si gusta se la apartamos con 2 mil."),
    ],
))

# d10 Choluteca, farmacia y tos de un nino
o = c("Buenas, deme un jarabe pa' la tos, es pa' mi cipote.", None)
PAIRS.append(rpair(
    "esb53r_d10_choluteca_jarabe_tos",
    "Una madre pide jarabe para la tos de su hijo de tres años, que tiene calentura y le silba el pecho.",
    [
        o,
        t("Buenas. ¿Cuántos años tiene el niño, y desde cuándo tiene la tos?"),
        c("Tiene tres años. Desde el jueves, y anoche tuvo calentura.", None),
        t("¿Y cómo lo oye respirar? ¿Se le hunde aquí entre las costillas, o le silba el pecho?"),
        c("Pues sí, como que le silba un poquito cuando duerme.", None),
        t("Con tres años, calentura y silbido, mejor que lo vea el médico hoy; el centro de salud atiende hasta las cuatro. Un jarabe para la tos no le va a resolver eso. Para la calentura sí le doy acetaminofén en gotas, con la dosis por su peso."),
        c("Ay, es que en el centro de salud uno se tarda todo el día.", "no_time"),
        t("Lo sé. Pero si le cuesta respirar o se le ponen morados los labios, no espere: váyase directo a emergencia del hospital. Le apunto la dosis del acetaminofén aquí en la caja."),
    ],
    [
        o,
        t("Buenas. ¿Cuántos años tiene?"),
        c("Tres años. Desde el jueves con tos, y anoche calentura.", None),
        t("Para esa edad este jarabe natural de miel y hierbas está bueno, y el acetaminofén en gotas para la calentura. Las dos cosas salen en 230."),
        c("¿Doscientos treinta? ¿No hay algo más barato?", "too_expensive"),
        t("El jarabe genérico sale en 90, igual le sirve. Y si no mejora en tres días, llévelo al médico."),
        c("Va, deme el genérico y las gotas.", None),
        t("Aquí tiene. Cinco mililitros de jarabe cada ocho horas."),
    ],
))

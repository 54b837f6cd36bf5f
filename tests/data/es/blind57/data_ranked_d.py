"""Ranked pairs d01-d10 of es_blind57 (two decent conversations; `better` is better), written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 Bogotá, banco: crédito para el horno de una panadería
o = c("Buenas tardes. Vengo por un crédito de libre inversión, unos 25 millones. Tengo una panadería y el horno ya no da más.", None)
PAIRS.append(rpair(
    "esb57r_d01_bogota_credito_horno",
    "Banco, oficina en Kennedy, Bogotá. El dueño de una panadería pide un crédito de libre inversión para cambiar el horno.",
    better=[
        o,
        t("Buenas tardes, don. Con gusto. Antes de hablar de montos, cuénteme: ¿el horno es para reemplazar el que tiene o para producir más?"),
        c("Las dos cosas. El que tengo se la pasa dañando y pierdo tandas enteras de pan. Con uno nuevo podría surtir a dos tiendas que me están pidiendo.", None),
        t("Entonces es una inversión del negocio, no un gasto personal. Para eso el libre inversión es de lo más caro, está al 26 por ciento; hay una línea para equipos de microempresa al 19, con el horno como garantía. ¿Tiene cámara de comercio y algún registro de ventas?"),
        c("Cámara de comercio sí, hace seis años. Las ventas las tengo en un cuaderno, y lo que entra por Nequi.", None),
        t("Con el cuaderno y los extractos de Nequi de seis meses alcanza para el estudio. Le hago la simulación de las dos opciones para que vea la diferencia en la cuota."),
        c("Uy, pero eso de papeles me da pereza. La vez pasada, en otro banco, me tuvieron dos meses pidiéndome cosas y al final nada.", "bad_experience"),
        t("Le entiendo. Por eso le doy hoy la lista completa en una sola hoja, y con eso la respuesta sale en diez días. Si falta algo, lo llamo yo; no lo pongo a venir otra vez."),
    ],
    worse=[
        o,
        t("Buenas tardes, don. Con gusto. Para 25 millones de libre inversión, ¿hace cuánto tiene cuenta con nosotros?"),
        c("Hace como cuatro años. Ahí me entra lo de la panadería.", None),
        t("Perfecto. Con esa antigüedad le puedo ofrecer el libre inversión a 60 meses; la tasa está en 26 efectivo anual y la cuota le queda en unos 740 mil."),
        c("740 mil... es harto, pero si el horno nuevo me rinde, se paga solo.", "too_expensive"),
        t("Así es. Necesito su cédula, los extractos de seis meses y la cámara de comercio. Con eso lo radicamos hoy."),
        c("Los extractos no los tengo impresos, ¿sirven los de la app?", None),
        t("Sí, me los manda al correo y yo los anexo. La respuesta le llega en unos diez días."),
    ],
))

# d02 Medellín, concesionario: moto para la esposa que está aprendiendo
o = c("Buenas, joven. Vengo a mirar una moto pa' mi señora, que se va a ir en moto al trabajo.", None)
PAIRS.append(rpair(
    "esb57r_d02_medellin_moto_esposa",
    "Concesionario de motos en Envigado (área de Medellín). Un señor quiere comprarle una moto de sorpresa a su esposa, que está sacando el pase.",
    better=[
        o,
        t("Buenas, don. Qué bien. ¿Ella ya maneja moto o está aprendiendo? ¿Y más o menos qué estatura tiene?"),
        c("Está aprendiendo, está sacando el pase. Es bajita, como uno cincuenta y cinco. Y le da nervio, la verdad.", None),
        t("Entonces le conviene algo bajito y liviano, automático, para que no se preocupe por los cambios en las lomas. La mejor forma de saber es que ella se monte y vea si pone los dos pies en el piso. ¿Podría venir con ella?"),
        c("Es que ella trabaja hasta el sábado al mediodía, y yo quería dejarle eso listo como sorpresa.", "no_time"),
        t("Qué detalle. Le propongo esto: el sábado abrimos hasta las seis; si vienen a las dos, ella prueba la automática de 110 y la de 125, y la sorpresa es que usted ya escogió el color. Le dejo las dos separadas para la prueba."),
        c("Listo, eso me parece. ¿Y la de 110 cuánto vale, más o menos, pa' ir haciendo cuentas?", None),
        t("La 110 está en 6,9 millones y la 125 en 8,2, con el SOAT aparte. Le imprimo las dos con la cuota a 24 y 36 meses para que las mire con calma."),
    ],
    worse=[
        o,
        t("Buenas, don. Para una señora lo ideal es una scooter automática. Mire esta de 125, es la que más se vende para mujeres."),
        c("Ah, está bonita. ¿Y no es muy pesada? Es que ella es bajita y está aprendiendo.", None),
        t("Pesa 110 kilos, es de las livianas. Es automática, no tiene que hacer cambios. Está en 8,2 millones."),
        c("Mmm, es un poquito más de lo que pensaba. Déjeme hablarlo con ella.", "think_it_over"),
        t("Claro. Le doy la cotización, y si quiere la traen el sábado para que la pruebe."),
        c("Listo, gracias.", None),
    ],
))

# d03 Caracas, tienda de celulares: abuela que quiere hacer videollamadas
o = c("Buenas tardes, mijo. Quiero un teléfono pa' hablar con mis nietos que están en Chile. Por videollamada, que dicen que se puede.", None)
PAIRS.append(rpair(
    "esb57r_d03_caracas_celular_abuela",
    "Tienda de celulares en Catia, Caracas. Una abuela que vive sola y cobra pensión quiere ver por videollamada a su hija y sus nietos, que emigraron a Chile.",
    better=[
        o,
        t("Buenas tardes, señora. Claro que se puede. ¿Usted tiene teléfono ahorita, o sería el primero de esos con pantalla?"),
        c("Tengo uno de teclitas, de los viejitos. Los de pantalla me dan como miedo, no veo bien las letras pequeñitas.", None),
        t("Entonces le busco uno con pantalla grande y le pongo las letras grandotas. ¿Alguien le ayuda con el teléfono en la casa, o vive sola?"),
        c("Vivo sola con mi perrito. Mi hija está en Santiago con los niños. Y no quiero gastar mucho, mijo, que la pensión es poquita.", None),
        t("Tengo un Samsung A05 en 95 dólares, pantalla grande y buena batería. Si le parece, se lo configuro aquí mismo: le pongo WhatsApp, agrego a su hija y hacemos una videollamada de prueba con ella ahorita, para que usted aprenda el botoncito."),
        c("¿Ahorita mismo? ¡Ay, sí, que ella a esta hora está despierta!", None),
        t("Perfecto. Y le anoto en un papelito los tres pasos para llamar, con dibujitos, para que lo pegue en la nevera."),
    ],
    worse=[
        o,
        t("Buenas tardes, señora. Para videollamadas le sirve cualquier Android con cámara de adelante. Este Samsung A05 está en 95 dólares y tiene pantalla grande."),
        c("¿95? Ay, mijo, es que yo cobro pensión y eso no me da. ¿No hay uno más baratico?", "no_money"),
        t("Hay un Tecno en 70, con la cámara más básica. Para videollamada le sirve igual."),
        c("Bueno, el de 70 entonces. ¿Y cómo hago pa' llamar a mi hija?", None),
        t("Se descarga WhatsApp, agrega el número de ella y le da al botón de la camarita. Cualquier nieto se lo configura en un minuto."),
        c("Pero mis nietos están en Chile, mijo... bueno, yo veo cómo hago.", None),
    ],
))

# d04 Barranquilla, clínica privada: chequeo después del infarto del hermano
o = c("Buenas, quiero hacerme un chequeo completo, de todo. Mi hermano tuvo un infarto la semana pasada y me asusté.", None)
PAIRS.append(rpair(
    "esb57r_d04_barranquilla_chequeo_corazon",
    "Clínica privada en Barranquilla, mostrador de programas de prevención. Un trabajador portuario de 52 años quiere un chequeo porque su hermano tuvo un infarto.",
    better=[
        o,
        t("Buenas, don. Lamento lo de su hermano. ¿Cómo sigue él?"),
        c("Ya está en la casa, gracias a Dios. Le pusieron dos stents. Tiene 54, dos años más que yo.", None),
        t("Qué bueno que ya esté en la casa. Con ese antecedente lo primero es el corazón. ¿Usted sabe cómo anda de tensión, colesterol, azúcar? ¿Fuma?"),
        c("Fumé hasta hace cinco años. La tensión una vez me dijeron que estaba alta, pero no volví al médico. El colesterol, ni idea.", None),
        t("Entonces no le recomendaría el chequeo ejecutivo de 1,8 millones, que trae muchas cosas que a usted no le dicen mucho. Le sirve más la valoración cardiovascular: cardiólogo, electro, perfil de lípidos, glicemia y prueba de esfuerzo, en 620 mil. Si el cardiólogo ve algo más, se amplía."),
        c("Ah, mucho mejor. Pero la prueba de esfuerzo, ¿se puede un sábado? Entre semana estoy en el puerto desde las seis.", None),
        t("Los sábados hacemos pruebas de esfuerzo de 7 a 11. Le agendo los laboratorios ese mismo día en ayunas, y el cardiólogo le lee todo el sábado siguiente."),
    ],
    worse=[
        o,
        t("Buenas, don. Para eso tenemos el chequeo ejecutivo, el más completo: 40 exámenes, cardiología, ecografía abdominal, optometría, audiometría. Está en 1,8 millones."),
        c("Uy, 1,8... es bastante. ¿No hay algo más sencillo?", "too_expensive"),
        t("Está el básico, de 750 mil, pero no trae cardiología. Por lo de su hermano yo le diría el ejecutivo; es la tranquilidad."),
        c("Sí, eso es lo que quiero, tranquilidad. Pero déjeme mirar primero si la prepagada me cubre algo.", "think_it_over"),
        t("Claro. Le doy el folleto con los exámenes y el número para agendar; si la prepagada lo cubre, solo paga el copago."),
        c("Listo, gracias, mija.", None),
    ],
))

# d05 Maracaibo, repuestos: pastillas de freno que chillan
o = c("Epa, primo. Dame unas pastillas de freno pa' un Aveo 2010, que me están chillando.", None)
PAIRS.append(rpair(
    "esb57r_d05_maracaibo_frenos_aveo",
    "Venta de repuestos en la avenida La Limpia, Maracaibo. Un cliente pide pastillas de freno; el pedal también vibra.",
    better=[
        o,
        t("Epa, primo. ¿Chillan siempre que frenáis, o solo en la mañana, o cuando frenáis duro?"),
        c("Siempre. Y ahora como que vibra el pedal también, cuando bajo el puente.", None),
        t("Si vibra el pedal, seguro los discos están torcidos o gastados. Si le ponéis pastillas nuevas a discos malos, en dos semanas vuelven a chillar. ¿Le han cambiado los discos alguna vez?"),
        c("Ni idea, el carro era de mi cuñado. Primo, yo vine por unas pastillas nomás, no tengo pa' discos ahorita.", "no_money"),
        t("Tranquilo. Hacé esto: te vendo las pastillas, 22 dólares, y que el mecánico mida los discos cuando las monte. Si están dentro de la medida se rectifican por 15 y no tenés que comprar nuevos. Te anoto la medida mínima en el recibo."),
        c("Ah, bueno, así sí. Dame las pastillas y le digo al mecánico.", None),
        t("Listo. Y si el mecánico te dice que hay que cambiarlos, venite con la medida y te busco los más económicos que sirvan."),
    ],
    worse=[
        o,
        t("Epa, primo. Para el Aveo 2010 tengo dos: las nacionales en 15 y las Bosch en 22. Las Bosch duran más y hacen menos ruido."),
        c("Dame las Bosch. ¿Y el pedal que vibra también se quita con eso?", None),
        t("Eso puede ser de los discos. Si sigue vibrando, que el mecánico los revise."),
        c("Ok, vale. ¿Y cuánto salen los discos, por si acaso?", None),
        t("Unos 40 el par. Pero primero montá las pastillas y vemos."),
        c("Dale, primo. Cobrame las pastillas; lo de los discos lo veo después.", "think_it_over"),
    ],
))

# d06 Fredonia (Antioquia), finca cafetera: secador parabólico
o = c("Buenas, doctor. Lo llamé porque quiero montar un secador parabólico, es que el café me lo están castigando en la cooperativa.", None)
PAIRS.append(rpair(
    "esb57r_d06_fredonia_secador_cafe",
    "Un técnico de una empresa de secadores visita una finca cafetera en Fredonia (Antioquia). El caficultor cree que su problema es de secado.",
    better=[
        o,
        t("Buenas, don Jairo. Antes de hablar del secador, ¿qué le dijeron exactamente en la cooperativa? ¿Humedad alta, o defectos, como sabor a fermento?"),
        c("Que llegaba con 13 de humedad y lo querían en 11. Y una vez me dijeron que tenía sabor a fermento.", None),
        t("Son dos cosas distintas. La humedad sí es de secado; el fermento suele venir de dejar el café mucho tiempo en el tanque. ¿Cómo lo seca ahora y cuánto saca en cosecha?"),
        c("En la marquesina del patio, que es pequeña, y cuando llueve lo meto a la casa. Saco unas 60 arrobas de pergamino en la traviesa, y más en la principal.", None),
        t("Con esa producción un parabólico de 6 por 12 le alcanza, y cuesta unos 4 millones con plástico y estructura. Pero si no cuadramos lo del fermento, lo van a seguir castigando. Le propongo ir el sábado, mirar el tanque y el patio, y ahí le paso la cotización ajustada."),
        c("¿4 millones? Uy, eso es un billete. Pero bueno, venga el sábado y miramos.", "too_expensive"),
        t("Listo, el sábado a las 8. Y no compre plástico todavía, que primero medimos dónde le pega el sol."),
    ],
    worse=[
        o,
        t("Buenas, don Jairo. El parabólico es buena opción. ¿Cuánto café saca al año?"),
        c("Unas 60 arrobas en la traviesa y como 150 en la principal.", None),
        t("Para eso le sirve uno de 6 por 12 metros. Con estructura en guadua y plástico calibre 6 le sale en unos 4 millones, instalado."),
        c("¿4 millones? Uy, eso es un billete. ¿No se puede más pequeño?", "too_expensive"),
        t("Uno de 6 por 8 sale en 2,8, pero en cosecha se le queda corto. Yo le diría el de 6 por 12."),
        c("Déjeme pensarlo y lo llamo la otra semana.", "think_it_over"),
    ],
))

# d07 Bogotá, software de nómina electrónica para un contador
o = c("Buenas tardes. Soy contador, manejo la nómina de varias empresas pequeñas y con lo de la nómina electrónica me estoy enloqueciendo. ¿Su programa hace eso?", None)
PAIRS.append(rpair(
    "esb57r_d07_bogota_nomina_contador",
    "Empresa de software contable en Bogotá, llamada de un contador independiente con once clientes pequeños.",
    better=[
        o,
        t("Buenas tardes. Sí, la hace. Para ver si le sirve de verdad: ¿cuántas empresas y cuántos empleados maneja en total, y cómo lo hace hoy?"),
        c("Son once empresas, unos 140 empleados. Hoy lo hago en Excel y después lo subo uno por uno en la página de la DIAN. Me gasto tres días cada mes.", None),
        t("Tres días al mes es mucho. ¿Lo que más tiempo le quita es armar la liquidación o transmitirla a la DIAN?"),
        c("La transmisión. La liquidación la tengo bien armada en mis Excel, y esos no los quiero soltar.", None),
        t("Entonces no tiene que dejar sus Excel: el programa importa su plantilla y transmite todo en lote. Le soy honesto: si una empresa tiene varios centros de costo, ahí toca ajustar a mano. Le activo 30 días gratis con dos de sus empresas y lo acompaño en la primera transmisión."),
        c("Me parece, pero este mes estoy en cierre de año, no tengo cabeza pa' montar nada nuevo hasta enero.", "no_time"),
        t("Perfecto, lo dejamos para la segunda semana de enero, antes de la nómina del 15. Le escribo el 8 para agendar la primera sesión."),
    ],
    worse=[
        o,
        t("Buenas tardes. Sí: nuestro programa hace liquidación y nómina electrónica, transmite directo a la DIAN y maneja varias empresas. El plan para contadores cubre hasta 20 empresas por 250 mil al mes."),
        c("250 mil... ¿Y tengo que pasar todo a su programa? Porque yo trabajo en Excel.", None),
        t("Lo ideal es trabajar dentro del programa, aunque hay importador de Excel. La liquidación queda más ordenada en el sistema."),
        c("Mmm, no sé. Yo tengo mis plantillas muy bien armadas, no quiero empezar de cero.", "no_need"),
        t("Le entiendo. Le envío un video de la demostración y el enlace de prueba gratis para que lo mire cuando pueda."),
        c("Listo. En enero lo miro con calma, que ahora estoy en cierre.", "no_time"),
    ],
))

# d08 Caracas, remesas desde España
o = c("Buenas. Mi hijo me manda plata desde Valencia, la de España, todos los meses, y entre comisiones se pierde un montón. ¿Qué me recomienda?", None)
PAIRS.append(rpair(
    "esb57r_d08_caracas_remesa_espana",
    "Agencia de remesas en Chacao, Caracas. Un señor recibe cada mes dinero de su hijo en España y pierde mucho en comisiones.",
    better=[
        o,
        t("Buenas, señor. Para recomendarle bien: ¿cuánto le manda más o menos, y usted la usa en dólares en efectivo o la necesita en bolívares?"),
        c("Son 200 euros al mes. Con eso pago el condominio, que es en bolívares, y el mercado, que lo pago en dólares.", None),
        t("¿Y ahorita cómo se la manda, y cuánto le llega aquí?"),
        c("Por una casa de cambio de allá, y aquí me llegan como 180 dólares. Nunca sé cuánto me van a descontar.", None),
        t("Entonces se le va casi un 15 por ciento. Con nosotros él envía desde la app con comisión fija de 4 euros y usted retira dólares en efectivo aquí; le llegarían unos 205, según el cambio del día. Lo del condominio lo cambia usted a bolívares cuando lo necesite."),
        c("Suena bien, pero ya una vez probamos una app de esas y la plata se quedó trabada una semana.", "bad_experience"),
        t("Es lógico que desconfíe. Propóngale a su hijo mandar 50 euros el primer mes por aquí y el resto como siempre; si llega bien, cambian todo."),
    ],
    worse=[
        o,
        t("Buenas, señor. Tenemos envíos desde España con comisión fija de 4 euros, y usted retira en dólares en efectivo o lo recibe en bolívares en su cuenta."),
        c("¿Y cuánto me llegaría por 200 euros?", None),
        t("Según el cambio de hoy, unos 205 dólares. Su hijo descarga la app, se registra y envía."),
        c("Bueno, pero ya una vez probamos una app y la plata se quedó trabada una semana.", "bad_experience"),
        t("Eso con nosotros no pasa, somos una empresa regulada. Le doy el folleto para que su hijo lo vea."),
        c("Ok, yo se lo mando por WhatsApp a ver qué dice.", None),
    ],
))

# d09 Medellín, tienda de barrio: nevera exhibidora en comodato
o = c("Buenas, pues. ¿Usted es el de los lácteos? Siga, siga, pero rapidito que ya va a llegar la gente del colegio.", "no_time")
PAIRS.append(rpair(
    "esb57r_d09_medellin_tienda_nevera",
    "Un vendedor de una empresa de lácteos visita una tienda de barrio en Manrique, Medellín; la tendera perdió yogures porque su nevera vieja no enfría bien.",
    better=[
        o,
        t("Sí, doña Luz, el de Lácteos La Montaña. Rapidito: la otra vez me dijo que el yogur se le dañaba. ¿Qué fue lo que pasó?"),
        c("Que la nevera mía es vieja y no enfría bien abajo. Se me dañaron como diez yogures y me tocó botarlos.", None),
        t("Ahí está el problema. Le podemos dejar una exhibidora en comodato, sin pagar nada por ella, con la condición de vender mínimo 40 unidades a la semana. ¿Cuánto vende ahorita de lo nuestro?"),
        c("Como 30, más o menos. Pero, pues, la luz, mijo. Otra nevera me sube el recibo, y ya me llega carísimo.", "no_money"),
        t("Es justo lo que hay que mirar. La exhibidora gasta unos 35 mil pesos al mes. Si la pone en vez de la vieja, no además, el recibo casi ni sube. Y con 40 unidades a la semana, su ganancia es como de 80 mil al mes."),
        c("Ah, en vez de la vieja... eso no lo había pensado. ¿Y si no llego a las 40?", None),
        t("El primer mes no cuenta, es de prueba. Si en el segundo no llega, hablamos antes de retirarla. Le traigo la nevera el jueves temprano."),
    ],
    worse=[
        o,
        t("Sí, doña Luz, el de Lácteos La Montaña. Le cuento que tenemos exhibidoras en comodato: se la dejamos gratis si vende mínimo 40 unidades a la semana."),
        c("Ah, ¿gratis? ¿Y la luz quién la paga?", None),
        t("La luz sí corre por su cuenta, pero la nevera es nueva y gasta poquito."),
        c("Pues no sé, mijo. Yo ya tengo mi nevera, y el recibo me llega carísimo.", "no_need"),
        t("Le entiendo. Piénselo y la semana que viene, cuando pase, le pregunto."),
        c("Listo, mijo. Déjeme el papelito con el teléfono y yo le aviso.", "brush_off"),
    ],
))

# d10 Barranquilla, salón de eventos: fiesta de quince años
o = c("Buenas tardes. Estoy cotizando salones pa' los quince de mi hija, en noviembre. ¿Cuánto cuesta aquí?", None)
PAIRS.append(rpair(
    "esb57r_d10_barranquilla_quince_anos",
    "Salón de eventos en el norte de Barranquilla. Una mamá cotiza la fiesta de quince de su hija con un presupuesto que va reuniendo con su esposo.",
    better=[
        o,
        t("Buenas tardes, qué emoción. Depende mucho de lo que quieran. ¿Cuántos invitados serían, y qué es lo más importante para ella en la fiesta?"),
        c("Como 120 personas. A ella lo que le importa es el vals y la hora loca, que sea bien bailable. La comida, que sea buena pero sencilla.", None),
        t("Entonces la plata hay que ponerla en el sonido y la pista, no en una comida de cinco tiempos. ¿Tienen un presupuesto pensado?"),
        c("Mi esposo y yo tenemos como 12 millones, pero ajá, eso lo estamos reuniendo de a poquito.", None),
        t("Con 12 le armo: salón, DJ con luces y hora loca incluida, y plato fuerte con pasabocas, en 11,4 para 120. El paquete de 15 trae fotógrafo y decoración temática, pero eso lo pueden conseguir aparte más barato."),
        c("Ay, eso me sirve. Pero tengo que mostrárselo a mi esposo, que está trabajando en Cartagena.", "think_it_over"),
        t("Claro. Se lo mando por WhatsApp desglosado, y le aparto la fecha de noviembre ocho días sin costo, para que lo hablen con calma."),
    ],
    worse=[
        o,
        t("Buenas tardes, qué emoción. Tenemos tres paquetes para quince: el Plata en 11 millones, el Oro en 15 y el Diamante en 19, para 120 personas."),
        c("Uy, el Diamante ni pensarlo. ¿Qué trae el Oro?", "too_expensive"),
        t("Salón, comida de tres tiempos, DJ, decoración y fotógrafo. Es el más pedido."),
        c("Está bonito, pero 15 se nos pasa. Tenemos como 12.", "no_money"),
        t("Entiendo. El Plata entra en su presupuesto: trae salón, comida y DJ. Le mando los tres por WhatsApp para que los compare."),
        c("Listo, los miro con mi esposo.", "think_it_over"),
    ],
))

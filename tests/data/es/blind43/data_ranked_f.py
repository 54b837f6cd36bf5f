from common import c, t, rpair


def f01():
    o = c("Hola, busco un microondas. Pero de la marca Tecnar no, eh, ya se me rompieron dos.", "bad_experience")
    a1 = t("Buenas. Anotado, otra marca entonces. ¿Para qué lo usa más: calentar, descongelar, cocinar?")
    b1 = c("Calentar la comida del laburo y descongelar. Somos dos.", None)
    x1 = t("Mire, Tecnar es la marca que menos falla, seguro fue la instalación eléctrica de su casa. ¿Para qué lo usa más?")
    y1 = c("La instalación está perfecta, ¿eh? Bueno... calentar y descongelar, somos dos.", None)
    a2 = t("Con uno de 20 litros sin grill le alcanza. Este Kelmar sale 185 mil, o 6 cuotas sin interés.")
    b2 = c("185... en el súper vi uno a 160.", "too_expensive")
    a3 = t("Puede ser. El nuestro tiene dos años de garantía y service en Córdoba. Si prefiere el del súper, está bien también.")
    b3 = c("Mmm, por la garantía me quedo con este. En seis cuotas.", None)
    return rpair("esb43r_f01_cordoba_microondas_marca",
     "Appliance store, Córdoba. Worse argues with the customer about the brand that failed her twice.",
     [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3])


def f02():
    o = c("Hola, buenas. Tenemos reserva para la visita de las 11, a nombre de Gómez. Somos cuatro.", None)
    a1 = t("Bienvenidos. Mmm, no la veo en la planilla. ¿La hicieron por la web o por WhatsApp?")
    b1 = c("Por WhatsApp, el lunes. Acá tengo el mensaje de confirmación.", None)
    a2 = t("Gracias. Seguro quedó sin pasar a la planilla, error nuestro. La de las 11 tiene lugar: los sumo ya.")
    b2 = c("Ah, qué alivio. Veníamos desde San Rafael.", None)
    x2 = t("Mmm, a veces la gente muestra mensajes de otra bodega. ¿Seguro que fue con nosotros? Déjeme ver bien ese número.")
    y2 = c("¿Me está diciendo mentirosa? Es su número, mírelo. Venimos desde San Rafael.", None)
    a3 = t("Arrancamos en cinco minutos. ¿Alguno maneja? Para quien maneja hay jugo de uva en la degustación.")
    b3 = c("Yo manejo, así que jugo para mí.", None)
    return rpair("esb43r_f02_maipu_reserva_visita",
     "Winery visitor centre, Maipú (Mendoza). Worse doubts the visitor's honesty about her booking.",
     [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3])


def f03():
    o = c("Buenas, vengo por el Corsa gris que publicaron. ¿Sigue disponible?", None)
    a1 = t("Buenas, sí, sigue. ¿Para quién es y qué uso le va a dar: ciudad, ruta, primer auto?")
    b1 = c("Para mi hija, que empieza la facu en Rosario. Primer auto.", None)
    x1 = t("Sí, sigue. Y mire, a usted se lo dejo en 9 millones en vez de 10, ya mismo.")
    y1 = c("Eh... ¿ya me lo baja? ¿Qué tiene, algún problema?", None)
    a2 = t("Es un 2012 con 140 mil kilómetros, único dueño, service al día. Para ciudad va bien y el repuesto es barato.")
    b2 = c("¿Lo puede ver mi mecánico antes? A mí ya me vendieron uno chocado una vez.", "bad_experience")
    a3 = t("Claro. ¿Lo trae mañana a la mañana? O lo llevamos nosotros al taller que usted diga.")
    b3 = c("A la mañana no puedo, laburo. A la tarde sí, y si está bien lo señamos.", "no_time")
    return rpair("esb43r_f03_rosario_corsa_usado",
     "Used-car lot, Rosario. Worse drops the price before asking anything, which makes the buyer suspicious.",
     [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3])


def f04():
    o = c("Buenas. Quiero sumar a mi señora al plan. Ella trabaja en negro y no tiene obra social.", None)
    a1 = t("Buenas. Claro. ¿Qué edad tiene y está con algún tratamiento?")
    b1 = c("42. Nada, sana. Bueno, fuma, pero nada más.", None)
    a2 = t("Perfecto. Sumarla a su plan son 74 mil más por mes, sin carencia para consultas.")
    b2 = c("74... ¿no hay algo más barato? Es mucho para nosotros ahora.", "no_money")
    x2 = t("Uy, tendría que dejar de fumar, eh, el cigarrillo es la primera causa de... Bueno, sumarla son 74 mil más por mes.")
    y2 = c("Eso es cosa de ella, no vine a eso. ¿Y 74 mil? ¿No hay algo más barato? Es mucho ahora.", "no_money")
    a3 = t("Hay un plan solo ambulatorio, 46 mil, sin internación. Le mando los dos y lo charlan.")
    b3 = c("Dale, mandámelos y lo hablamos esta noche.", "think_it_over")
    return rpair("esb43r_f04_tucuman_prepaga_esposa",
     "Prepaid health plan desk, Tucumán. Worse gives an unasked lecture about smoking.",
     [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3])


def f05():
    o = c("hola, pedi el cambio de domicilio hace dos semanas. me mude a vaqueros y sigo sin internet", None)
    a1 = t("¡Hola! Perdón por la demora. ¿Me pasás tu DNI o número de cliente?")
    b1 = c("28.441.902. trabajo desde casa y estoy usando los datos del celu, me sale una fortuna", None)
    a2 = t("Lo veo: quedó pendiente porque faltaba la caja en tu calle. La instalaron el viernes.")
    b2 = c("y entonces? cuando vienen? la otra empresa me tuvo un mes esperando, por eso me cambie", None)
    a3 = t("Te agendé el técnico para el jueves entre 9 y 13 y te bonifico medio mes. El miércoles a la tarde te confirmo por acá.")
    b3 = c("jueves a la mañana perfecto. gracias", None)
    x3 = t("Ya está pasado a la cuadrilla, en estos días te van a estar llamando para coordinar.")
    y3 = c("en estos dias cuando? necesito una fecha, no puedo seguir pagando datos", None)
    return rpair("esb43r_f05_vaqueros_cambio_domicilio",
     "Internet provider chat, Vaqueros (Salta). Worse ends with a vague next step.",
     [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3])


def f06():
    o = c("Buenas, vengo a ver semilla de maíz. Por Villa María el año pasado la sequía me mató.", None)
    a1 = t("Buenas. ¿Cuántas hectáreas y cuánto rindió el año pasado, más o menos?")
    b1 = c("Ciento veinte. Saqué 45 quintales cuando lo normal son 80. Y el híbrido que me vendieron era carísimo.", None)
    a2 = t("Para su zona, con riesgo de seca, le recomiendo este híbrido tolerante. Sale 190 dólares la bolsa.")
    b2 = c("190... el del año pasado era 210 y no sirvió de nada.", None)
    a3 = t("Ningún híbrido hace milagros sin agua, se lo digo de frente. En los ensayos de la zona con seca rindió 15% más que el promedio. Le paso los datos.")
    b3 = c("Bueno, eso es serio. Pasame los ensayos y lo hablo con mi hijo.", "think_it_over")
    x3 = t("Con este híbrido, llueva o no llueva, saca 90 quintales seguro. Se lo garantizo.")
    y3 = c("¿90 seguro con seca? Lo mismo me dijo el del año pasado. Dejá, no te creo.", "bad_experience")
    return rpair("esb43r_f06_villa_maria_semilla_maiz",
     "Agricultural co-op input store, Villa María (Córdoba). Worse over-promises the yield.",
     [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3])


def f07():
    o = c("Buenas, se me quemó la bomba del tanque. Necesito una ya, estoy sin agua en casa.", None)
    a1 = t("Uh, sin agua es urgente. ¿Trajo la vieja o una foto de la chapita?")
    b1 = c("Traje la foto, mirá. Es de medio HP, la tenía hace como diez años.", None)
    a2 = t("Tengo esta de medio HP, 145 mil, misma medida de caño. Le queda igual.")
    b2 = c("145... ¿es lo último? En otro lado me dijeron 120.", "too_expensive")
    a3 = t("La de 120 es de menos potencia, fijate. Antes de cobrarte la conecto acá a la manguera y la ves andar, así no volvés con una que no sirve.")
    b3 = c("Dale, probala. Si anda me la llevo.", None)
    x3 = t("Es esa, te la facturo ya y te la llevás. Si no anda, volvé.")
    y3 = c("¿Y si no anda me quedo otra noche sin agua? Mejor averiguo en el otro lado.", "think_it_over")
    return rpair("esb43r_f07_godoy_cruz_bomba_agua",
     "Hardware store, Godoy Cruz (Mendoza). Worse closes the sale without checking the pump works.",
     [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3])


def f08():
    o = c("Buenas tardes. Soy cañero en Monteros, cobré la zafra y quiero saber qué hago con la plata.", None)
    a1 = t("Buenas tardes. ¿Para cuándo va a necesitar esa plata? ¿Tiene gastos de la próxima campaña?")
    b1 = c("En agosto pago fertilizante y la gente. Hasta ahí no la toco.", None)
    x1 = t("Buenas tardes. Le recomiendo nuestro fondo de acciones, es el que más rindió este año.")
    y1 = c("¿Acciones? No, eso sube y baja, no es para mí. La necesito en agosto, para el fertilizante y la gente.", "no_need")
    a2 = t("Entonces algo que se pueda sacar en agosto sin perder: plazos fijos encadenados hasta agosto, o un fondo de liquidez diaria.")
    b2 = c("¿Y cuál rinde más? Porque la plata se me hace agua con la inflación.", None)
    a3 = t("El plazo fijo rinde un poco más; el fondo le da libertad. Ninguno le gana seguro a la inflación, se lo digo claro. ¿Le armo los dos números?")
    b3 = c("Sí, armámelos. Lo decido el lunes con mi contador.", "think_it_over")
    return rpair("esb43r_f08_monteros_zafra_inversion",
     "Bank branch, Monteros (Tucumán). Worse recommends a product before asking anything.",
     [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3])


def f09():
    o = c("Hola querido, el internet me anda lento a la noche y mi nieta no puede hacer la tarea. ¿Qué puede ser?", None)
    a1 = t("Hola. ¿Está conectada por cable o por wifi? ¿Y dónde está el aparato en la casa?")
    b1 = c("Por wifi. El aparato está en el living y ella estudia en la pieza del fondo.", None)
    a2 = t("Seguro es eso: la señal se debilita con las paredes. La velocidad que llega a la casa está bien, la acabo de medir.")
    b2 = c("Ah, mirá vos. ¿Y se arregla sin cambiar de plan? Porque el plan más caro no lo pago.", None)
    a3 = t("Sí. Le pongo un repetidor, un aparatito que lleva la señal hasta la pieza: 32 mil, o 3 mil por mes en la factura. ¿Lo probamos el jueves con su nieta?")
    b3 = c("Dale, el jueves a la tarde está ella.", None)
    x3 = t("Sí. Le pongo un nodo mesh con backhaul inalámbrico en 5 GHz: 32 mil, o 3 mil por mes en la factura. ¿Lo agendo?")
    y3 = c("¿Un nodo qué? No entendí nada, querido. Mejor que te llame mi yerno y lo decide él.", "think_it_over")
    return rpair("esb43r_f09_alta_gracia_wifi_nieta",
     "Internet provider phone support, Alta Gracia (Córdoba). Worse proposes the fix in unexplained jargon.",
     [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3])


def f10():
    o = c("Buenas noches. Llego el viernes con mi hijo, que va en silla de ruedas. ¿Tienen habitación accesible?", None)
    a1 = t("Buenas noches. Sí, dos en planta baja. ¿Qué necesita él en el baño: ducha a nivel, barras, altura de cama?")
    b1 = c("Ducha a nivel sí o sí, y barras. La cama no tan alta, que se pasa solo.", None)
    a2 = t("La 104 tiene ducha a nivel, barras a los dos lados y cama de 50 cm. ¿Le mando fotos del baño?")
    b2 = c("Sí, por favor. Ya me pasó de llegar a un hotel y que la ducha tuviera escalón.", None)
    x2 = t("Mire, este hotel es mi casa: lo reformé yo, viajé a Europa a ver hoteles y el baño de la 104 lo diseñé yo. Estoy muy orgulloso.")
    y2 = c("Qué bien... ¿pero la ducha es a nivel o tiene escalón? Ya me pasó de llegar y que tuviera.", None)
    a3 = t("A nivel, sin escalón. Le mando las fotos y, si le sirve, se la reservo a 85 mil la noche con desayuno.")
    b3 = c("85 está un poco arriba de lo que pensaba, pero si el baño es así, la tomo.", "too_expensive")
    return rpair("esb43r_f10_salta_hotel_accesible",
     "Hotel reception by phone, Salta. Worse talks about himself instead of the guest's needs.",
     [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3])


PAIRS = [f01(), f02(), f03(), f04(), f05(), f06(), f07(), f08(), f09(), f10()]

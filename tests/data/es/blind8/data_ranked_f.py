"""esb8 ranked pairs f01-f10: the sides share every turn but one fault in `worse` and the reaction to it."""
from common import c, rpair, t


def f01():
    o = c("hola, les escribo porque de noche internet se pone lentisimo, tipo de 9 a 12. de dia anda bien", None)
    a1 = t("Hola, gracias por escribir. ¿Desde cuándo pasa y con qué lo notás: series, juegos, videollamadas?")
    a2 = c("hace como un mes. lo noto con netflix, se pixela todo, y mi hijo dice que el juego le da lag", None)
    a5 = t("Para confirmarlo, mañana a las 22 hacé un test de velocidad conectado por cable y mandame la captura; con eso abro el reclamo de red.")
    a6 = c("ok. pero despues no me quieran vender un plan mas caro, eh, ya me paso con otra compañia que me dijeron que era el plan", "bad_experience")
    a7 = t("No: si es la red, es problema nuestro y no cambia tu plan. Con la captura abro el reclamo y el viernes te escribo con el avance.")
    return rpair(
        "esb8r_f01_ciudaddelacosta_internet_noche",
        "Proveedor de internet, chat (Ciudad de la Costa, Uruguay): la conexión se pone lenta todas las noches. Falla en worse: discute con el cliente.",
        better=[o, a1, a2,
                t("Entiendo: de día bien y de 21 a 24 lento, desde hace un mes. Eso encaja con congestión de la red del barrio en horario pico; pasa, y no es culpa tuya."),
                c("ah, pense que era mi modem. mis vecinos dicen lo mismo", None),
                a5, a6, a7],
        worse=[o, a1, a2,
               t("Mirá, eso no puede ser: nuestra red está dimensionada para el horario pico y no tenemos reportes en tu zona. Seguramente es tu wifi o algo de tu casa."),
               c("como que no puede ser? te digo que pasa todas las noches. no estoy inventando", None),
               a5, a6, a7],
    )


def f02():
    o = c("Buenas, me robaron las cuatro ruedas del auto anoche, me lo dejaron sobre ladrillos en la puerta de casa, en barrio General Paz.", None)
    a1 = t("Uh, qué mal momento, lo siento. ¿Usted está bien? ¿Ya hizo la denuncia policial?")
    a2 = c("Sí, bien, gracias. La denuncia la hice a las 7 de la mañana en la comisaría.", None)
    a5 = t("Para el reclamo necesito la denuncia, fotos del auto como quedó y, si tiene, la factura de las cubiertas. Su póliza cubre una rueda sin franquicia y las otras tres con el 10%: unos 60 mil en total.")
    a6 = c("60 mil... ¿Y eso lo tengo que poner yo antes de que me paguen?", None)
    a7 = t("No, se descuenta de la indemnización; no tiene que poner la plata antes. Le mando al WhatsApp el link para subir todo y el inspector lo llama mañana.")
    return rpair(
        "esb8r_f02_cordoba_seguro_ruedas",
        "Aseguradora, atención telefónica (Córdoba): un asegurado denuncia el robo de las cuatro ruedas. Falla en worse: duda de la honestidad del cliente.",
        better=[o, a1, a2,
                t("Bien, con la denuncia hecha avanzamos rápido. ¿Tiene algo más que sirva, como cámaras de algún vecino?"),
                c("Sí, el de al lado tiene cámara, dice que se ve una camioneta a las 3 de la mañana.", None),
                a5, a6, a7],
        worse=[o, a1, a2,
               t("Bien. Le pregunto, y no lo tome a mal: ¿está seguro de que no las sacó algún conocido? Con ruedas tenemos muchos casos arreglados, y el inspector va a revisar."),
               c("¿Arreglados? ¿Me está diciendo que miento? Tengo la denuncia y la cámara del vecino, se ve una camioneta a las 3.", None),
               a5, a6, a7],
    )


def f03():
    o = c("Hola, cuanto sale la visita con degustacion? somos 6 amigas y vamos el sabado", None)
    a3 = t("Incluye el recorrido por la bodega y la cava, y cuatro vinos con un enólogo que explica todo desde cero. ¿Es un paseo o festejan algo?")
    a4 = c("es el cumple de una amiga! queriamos almorzar tambien pero sin gastar una fortuna", None)
    a5 = t("Con almuerzo de tres pasos en el viñedo son 48 mil por persona, y por el cumple le ponemos una torta sin cargo. Más económico: visita con tabla de quesos, 32 mil.")
    a6 = c("la tabla me gusta mas para el bolsillo. lo consulto con las chicas y te confirmo hoy", "think_it_over")
    a7 = t("Dale. Les guardo el sábado a las 11 hasta esta noche, sin seña.")
    return rpair(
        "esb8r_f03_maipu_bodega_visita",
        "Bodega con turismo, WhatsApp (Maipú, Mendoza): un grupo de amigas pregunta por la visita con degustación. Falla en worse: baja el precio antes de preguntar nada.",
        better=[o,
                t("¡Hola! La visita con degustación de cuatro vinos sale 25 mil por persona. ¿Qué les gustaría: algo tranquilo, aprender de vinos, también almorzar?"),
                c("lindo! y que incluye? alguna es medio novata con el vino jaja", None),
                a3, a4, a5, a6, a7],
        worse=[o,
               t("¡Hola! Sale 25 mil por persona, pero a ustedes seis se la dejo en 20 mil, ¿dale? Descuento especial."),
               c("ah joya. y por que el descuento? es la misma visita que la normal?", None),
               a3, a4, a5, a6, a7],
    )


def f04():
    o = c("Hola, ¿qué tal? Busco un protector solar, me voy a Florianópolis la semana que viene. La última vez volví como un camarón.", None)
    a1 = t("¡Qué lindo! ¿Qué tipo de piel tenés, te quemás fácil? ¿Y lo querés para cara, cuerpo o los dos?")
    a2 = c("Re blanca, me quemo en diez minutos. Para todo. Y que no sea pegajoso, odio esa sensación.", None)
    a5 = t("El de cuerpo en gel, 200 ml, 24 mil; el de cara con color, 19 mil. Con tu prepaga tienen 15% de descuento.")
    a6 = c("Uf, 43 lucas en protector. En el súper hay uno a 12 mil.", "too_expensive")
    a7 = t("Hay más baratos, sí. Si querés gastar menos, llevá el de cuerpo, que es lo esencial, y usalo también en la cara con cuidado de los ojos.")
    return rpair(
        "esb8r_f04_palermo_farmacia_protector",
        "Farmacia (Palermo, Buenos Aires): una clienta de piel muy blanca busca protector solar para la playa. Falla en worse: un sermón que nadie pidió.",
        better=[o, a1, a2,
                t("Entonces factor 50, en gel, que no queda pegajoso y es resistente al agua. Para la cara, uno fluido con color que no brilla."),
                c("Ah, el de la cara me encanta. ¿Cuánto sale todo?", None),
                a5, a6, a7],
        worse=[o, a1, a2,
               t("Entonces factor 50 en gel, no pegajoso, y uno fluido con color para la cara. Y te digo algo: volver como camarón es gravísimo, cada quemadura suma para el melanoma; tenés que evitar el sol de 11 a 16, usar sombrero, remera con filtro y olvidarte de broncearte."),
               c("Eh... bueno, ya sé, gracias. Solo quería el protector, no un sermón.", None),
               a5, a6, a7],
    )


def f05():
    o = c("Hola, buenas tardes. Con mi pareja queremos comprar nuestro primer depto en Ñuñoa y queríamos saber si nos alcanza para un crédito hipotecario.", None)
    a1 = t("Buenas tardes, qué buena noticia. ¿Cuánto cuesta el depto que miran, con cuánto pie cuentan y cuál es la renta líquida de los dos?")
    a2 = c("Unas 4.000 UF, pie de 400 que nos costó harto juntar. Yo gano 1,4 millones y ella 1,2, los dos con contrato indefinido. Eso sí, me queda un año de un crédito de consumo.", None)
    a3 = t("Con 400 UF de pie el banco financia el 90%, así que llegan justo. El dividendo a 25 años quedaría cerca de 780 mil; por el consumo puede que pidan un codeudor o esperar unos meses.")
    a4 = c("780 lucas... es harto, hoy pagamos 650 de arriendo. Lo tenemos que conversar.", "think_it_over")
    a7 = t("Les dejo mi tarjeta con mi correo directo.")
    return rpair(
        "esb8r_f05_nunoa_banco_hipotecario",
        "Banco, ejecutiva hipotecaria (Ñuñoa, Santiago): una pareja consulta por su primer crédito hipotecario. Falla en worse: próximo paso vago.",
        better=[o, a1, a2, a3, a4,
                t("Es razonable. Propongo esto: me mandan hoy las últimas tres liquidaciones de cada uno y el certificado del consumo, y el jueves les tengo la preaprobación con el dividendo exacto. Así conversan con números reales."),
                c("Ya, bacán. Esta noche te mando todo.", None),
                a7],
        worse=[o, a1, a2, a3, a4,
               t("Claro, conversen tranquilos. Cualquier cosa nos avisan y vemos qué se puede hacer."),
               c("Ya... pero, ¿qué tenemos que mandar? ¿Cuándo sabríamos si nos aprueban?", None),
               a7],
    )


def f06():
    o = c("Buenas. El auto se me recalentó en la rambla, salió humo blanco, lo traje con la grúa. El viernes me voy a Rocha con la familia, ¿llegan?", None)
    a1 = t("Buenas. Primero: ¿paró el motor apenas vio el humo o siguió andando?")
    a2 = c("Paré al toque, apenas lo vi. Estaba en el tráfico, ta.", None)
    a3 = t("Bien hecho, eso ayuda mucho. Lo miré recién: pierde agua por la bomba. Hay que cambiar bomba y correa, unos 14 mil pesos con mano de obra.")
    a4 = c("Uf, 14 mil justo antes de las vacaciones, no me da. ¿No se puede emparchar?", "no_money")
    a7 = t("Le dejo mi número directo. Firme acá la orden de trabajo y déjeme las llaves.")
    return rpair(
        "esb8r_f06_montevideo_taller_bomba",
        "Taller mecánico (Montevideo): un auto recalentado llega en grúa; el dueño viaja el viernes. Falla en worse: promete un plazo que no controla.",
        better=[o, a1, a2, a3, a4,
                t("Emparchar no, se rompe en la ruta y es peor. Sobre el viernes: pido la bomba hoy; si llega mañana, el jueves a la tarde lo tiene. Si el proveedor no la tiene, lo llamo mañana a las 10 para que vea otra opción. No le prometo lo que no depende de mí."),
                c("Ta, prefiero saberlo así. Espero la llamada mañana.", None),
                a7],
        worse=[o, a1, a2, a3, a4,
               t("Emparchar no, se rompe en la ruta y es peor. Y quédese tranquilo: el jueves a mediodía lo tiene pronto, se lo garantizo. Váyase a Rocha sin problema."),
               c("¿Seguro? Mire que ya reservé la cabaña y no me devuelven la seña, eh.", None),
               a7],
    )


def f07():
    o = c("Buenas tardes. Necesito una silla de ruedas para mi mamá, la operaron de la cadera y sale del sanatorio el lunes.", None)
    a1 = t("Buenas tardes, que se recupere pronto. ¿La va a usar unos meses o siempre? ¿Y quién la va a empujar?")
    a2 = c("Dos o tres meses, dijo el traumatólogo. La empujo yo, y la tengo que llevar a kinesiología en mi auto, un Vitz.", None)
    a3 = t("Entonces le conviene una plegable liviana de aluminio: esta pesa 12 kilos y el apoyapiés se saca. Cuesta 1.800.000 guaraníes, o se alquila a 250 mil por mes.")
    a4 = c("¿Alquilar? Eso me conviene, comprarla ahora no puedo, con todo lo del sanatorio.", "no_money")
    a7 = t("Plegada mide 80 por 30, de las más compactas. El depósito de 300 mil se devuelve entero cuando la trae.")
    return rpair(
        "esb8r_f07_asuncion_ortopedia_silla",
        "Ortopedia (Asunción): una hija necesita una silla de ruedas para su madre operada y la llevará en un auto chico. Falla en worse: cierra antes de comprobar que la silla entra en el auto.",
        better=[o, a1, a2, a3, a4,
                t("Por tres meses el alquiler le sale menos de la mitad. Antes de cerrar, probemos si entra en el baúl del Vitz, que es chico. ¿Lo tiene cerca? La llevamos y la plegamos ahí."),
                c("Sí, está en la esquina... Mire, entró justito, sacando el apoyapiés. Dale, la alquilo.", None),
                a7],
        worse=[o, a1, a2, a3, a4,
               t("Por tres meses el alquiler le sale menos de la mitad. Listo, le preparo el contrato: 250 mil del primer mes más 300 de depósito. ¿Efectivo o tarjeta?"),
               c("Tarjeta. Ojalá entre en el Vitz, eh, que es chiquito.", None),
               a7],
    )


def f08():
    o = c("Hola, buenas. Quería un seguro para una casa que tengo en La Barra, ta. Es de veraneo.", None)
    a3 = t("Eso es clave: el seguro de hogar común no cubre cuando la casa está alquilada a terceros. Necesitás la cobertura de alquiler temporario, con daños de inquilinos y responsabilidad civil.")
    a4 = c("¿Y eso cuánto sale? Porque el año pasado un inquilino me rompió el deck y lo tuve que pagar yo.", None)
    a5 = t("Unos 3.400 por mes, o 3.000 con alarma monitoreada. Cubre el deck, los muebles y los daños de inquilinos, con franquicia de 5.000.")
    a6 = c("Mmm, 3.400 es bastante más de lo que pensaba. Con lo que me dejan los alquileres...", "too_expensive")
    a7 = t("Lo entiendo. Un solo daño como el del deck ya paga el año. Te mando las condiciones por escrito, las leés tranquilo y el lunes te llamo.")
    return rpair(
        "esb8r_f08_labarra_seguro_veraneo",
        "Aseguradora, oficina comercial (Maldonado, Uruguay): el dueño de una casa de veraneo que alquila en temporada pide un seguro. Falla en worse: recomienda antes de preguntar.",
        better=[o,
                t("Hola. ¿La usan ustedes nomás o la alquilan en temporada? ¿Y vive alguien ahí el resto del año?"),
                c("La alquilamos enero y febrero por Airbnb. El resto del año está cerrada, vamos algún fin de semana.", None),
                a3, a4, a5, a6, a7],
        worse=[o,
               t("Hola. Para casas de veraneo te recomiendo nuestro Hogar Plus: incendio, robo y daños por agua, 2.100 pesos por mes."),
               c("Ah, bien. ¿Y eso cubre si la alquilo? Porque la alquilamos enero y febrero por Airbnb, y el resto del año está cerrada.", None),
               a3, a4, a5, a6, a7],
    )


def f09():
    o = c("Buenas, eh, cobré una indemnización y no quiero que se me haga agua, viste. ¿Qué me conviene, un plazo fijo?", None)
    a1 = t("Buenas. ¿Cuánto tiempo podés dejar la plata sin tocarla? ¿La vas a necesitar para algo puntual?")
    a2 = c("Y... un año por lo menos. Quiero comprar un terreno en Luján, pero no sé cuándo, el año que viene quizás.", None)
    a5 = t("Para eso existe la opción de precancelar: después de 90 días podés retirarla antes, cobrando una tasa menor por ese período.")
    a6 = c("Ah, bueno. Igual es mucha plata, no sé si poner todo junto. Lo quiero hablar con mi hermano, que sabe de esto.", "think_it_over")
    a7 = t("Me parece bien. Te imprimo una simulación de los dos, con montos distintos, así lo miran juntos.")
    return rpair(
        "esb8r_f09_mendoza_banco_plazofijo",
        "Banco, sucursal (Mendoza): un cliente cobró una indemnización y quiere protegerla de la inflación. Falla en worse: jerga sin explicar.",
        better=[o, a1, a2,
                t("Hay dos opciones. El plazo fijo común paga un interés fijo: sabés hoy cuánto cobrás, pero si la inflación sube, perdés. El UVA se ajusta por la inflación más un poquito, o sea que tu plata mantiene el valor, pero tiene que quedar mínimo 90 días."),
                c("Ah, entonces para que no se me haga agua, el de la inflación. ¿Y si necesito sacarla antes, por el terreno?", None),
                a5, a6, a7],
        worse=[o, a1, a2,
               t("Te recomendaría un UVA precancelable a 180 días: ajusta por CER más una TNA del 1%. El tradicional hoy está a TNA 32, TEA 37, pero con la inflación esperada el UVA te da mejor rendimiento real."),
               c("Eh... perdón, no entendí nada. ¿UVA, CER? Yo quiero que no se me haga agua y poder sacarla si aparece el terreno.", None),
               a5, a6, a7],
    )


def f10():
    o = c("Hola, ¿qué tal? Estamos en Puerto Varas y queremos ir dos días a Chiloé. Somos jubilados, venimos de Córdoba, Argentina.", None)
    a1 = t("¡Bienvenidos! ¿Qué les interesa de Chiloé: iglesias, pueblos, naturaleza, comida? ¿Y prefieren excursión guiada o ir por su cuenta?")
    a2 = c("Las iglesias de madera, los palafitos. Y comer curanto. Guiada mejor, no queremos manejar.", None)
    a5 = t("Hay un tour de dos días en minibús, a ritmo tranquilo: Ancud, Castro con los palafitos, iglesias sin escaleras largas y curanto en Dalcahue, con noche en Castro. Sale 210 mil pesos chilenos por persona, todo incluido.")
    a6 = c("210 mil cada uno por dos días... En Córdoba con eso hacemos una semana en las sierras.", "too_expensive")
    a7 = t("Lo entiendo. Más económico es ir en bus de línea hasta Castro y tomar allá un tour de día: cerca de la mitad, con menos comodidad.")
    return rpair(
        "esb8r_f10_puertovaras_turismo_chiloe",
        "Agencia de turismo (Puerto Varas, Chile): una pareja de jubilados argentinos quiere conocer Chiloé en dos días. Falla en worse: el vendedor habla de sí mismo.",
        better=[o, a1, a2,
                t("Perfecto: iglesias, palafitos, curanto, guiado y sin manejar. ¿Cómo andan para caminar? Algunas iglesias tienen escaleras."),
                c("Caminar, poquito. Mi marido tiene problemas de rodilla.", None),
                a5, a6, a7],
        worse=[o, a1, a2,
               t("¡Ay, Chiloé! Yo fui el verano pasado con mi pololo y fue lo más lindo de mi vida. Dormimos en un palafito en Castro, comimos curanto como tres veces, en Cucao vimos el atardecer y después él se pidió unas empanadas de..."),
               c("Qué lindo... Pero nosotros no caminamos mucho, mi marido tiene la rodilla mala. ¿Qué hay para nosotros?", None),
               a5, a6, a7],
    )


PAIRS = [f01(), f02(), f03(), f04(), f05(), f06(), f07(), f08(), f09(), f10()]

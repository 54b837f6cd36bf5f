"""Gaming pairs, part C (written by hand). Rioplatense Spanish: Buenos Aires, Rosario, Cordoba, Montevideo, Canelones."""
from common import c, gpair, t

# c01 putdown_question: banco en Flores, chat de la app
C01_O = c("hola, me cobraron 12 mil de mantenimiento de cuenta y yo nunca pedi nada. esto q es??", None)

# c02 not_my_department_or_read_the_terms: courier internacional en Cordoba, por telefono
C02_O = c("Hola, te llamo por un paquete que viene de afuera. Hace dos semanas que figura 'retenido en depósito' y nadie me dice nada.", None)

# c03 social_proof_or_deadline_pressure: gimnasio en Pocitos
C03_O = c("Hola, buenas tardes. Quería averiguar horarios y precios. El traumatólogo me dijo que tengo que fortalecer la espalda, tengo una lumbalgia que no me deja vivir.", None)

# c04 keyword_stuffed: sistema de gestion para una ferreteria de Arroyito
C04_O = c("Hola, sí. Te escribí por la web por lo del sistema de facturación. Tengo una ferretería en Arroyito y el sistemita que uso ya no da más.", None)

# c05 rude: cafe en Guemes, Cordoba, clienta celiaca
C05_O = c("Hola, ¿qué tal? Una pregunta: ¿tienen algo sin TACC? Soy celíaca, y con las medialunas de la vitrina ya me imagino que no...", None)

# c06 ignored_customer: veterinaria y agropecuaria en San Jacinto, Canelones
C06_O = c("Buen día. Preciso vacuna de mancha y gangrena para unos terneros. Son cuarenta.", None)

# c07 repeated_questions: centro medico en Almagro, turnos por telefono
C07_O = c("Hola, buen día. Necesito un turno con cardiólogo, me lo pidió el clínico para un control. Te llamo del laburo, así que rapidito si se puede.", None)

# c08 wrong_paraphrase: inmobiliaria en Fisherton, tasacion de una casa heredada
C08_O = c("Hola, buenas. Quería consultar por una tasación. Es la casa de mis viejos en Fisherton; fallecieron los dos y somos tres hermanos.", None)

# c09 pitch_to_upset: aseguradora, robo de auto en Lanus, por telefono
C09_O = c("Hola... eh, me robaron el auto. Anoche, de la puerta de mi casa. Me levanté y no estaba. No sé ni por dónde empezar.", None)

# c10 blame: tarjeta de credito con compras desconocidas, Montevideo, por telefono
C10_O = c("Buenas tardes. Miré el estado de cuenta de la tarjeta y tengo tres compras en dólares que yo no hice. Una de casi trescientos dólares.", None)

PAIRS = [
    gpair(
        "esb54g_flores_comision", "banco, atención por chat, sucursal Flores (CABA)", "putdown_question",
        "A una clienta le cobran mantenimiento porque su cuenta sueldo pasó a caja de ahorro común al cambiar de trabajo; solo la usa para pagar servicios.",
        good=[
            C01_O,
            t("Hola, gracias por escribir. Lo reviso ya. ¿Me confirmás si en esa cuenta cobrás el sueldo?"),
            c("la cobraba. cambie de trabajo en marzo y el nuevo me paga en otro banco. pero la cuenta la sigo usando para pagar cosas", None),
            t("Ahí está la explicación: cuando dejó de entrar el sueldo, la cuenta pasó de cuenta sueldo a caja de ahorro común, que tiene mantenimiento. Te tendría que haber llegado un aviso, pero entiendo que no es algo que uno lea. Al ser el primer cobro, te lo devuelvo hoy."),
            c("ah bueno, gracias. pero el mes q viene me lo vuelven a cobrar no?", None),
            t("Sí, si la dejás así. Tenés tres opciones: si el nuevo empleador te deja elegir banco, pedís que te pague acá y vuelve a ser gratis; la pasás al paquete básico, que cuesta 4.500 por mes; o, si ya no la necesitás, te ayudo a cerrarla."),
            c("4500 por una cuenta q uso para pagar la luz? en el banco digital no me cobran nada", "too_expensive"),
            t("Es cierto, esos bancos no cobran mantenimiento. Si acá solo pagás servicios, capaz te conviene eso y cerrar esta. Antes de cerrarla te paso la lista de débitos automáticos que tenés adheridos, para que no se te corte ninguno."),
            c("si pasamela, no me acordaba de los debitos. lo pienso el finde y te escribo", "think_it_over"),
            t("Perfecto. Los 12 mil ya te los devolví, los vas a ver hoy. Te mando la lista por acá."),
        ],
        gaming=[
            C01_O,
            t("Hola. ¿Usted lee los resúmenes que le mandamos todos los meses, o van directo a la papelera? Cuénteme, ¿qué le pasó exactamente?"),
            c("no, no los leo. quien lee eso. me cobraron 12 mil sin avisar", None),
            t("Le avisamos por mail en marzo. ¿No le parece que está dramatizando un poco por una comisión que cobran todos los bancos? ¿Qué siente que no se hizo bien?"),
            c("no estoy dramatizando, son 12 lucas. y yo nunca pedi cambiar nada de la cuenta", None),
            t("Bueno, usted cambió de trabajo, ¿no? ¿Pensaba que la cuenta sueldo iba a seguir gratis para siempre? Para no pagar tanto tiene el paquete básico a 4.500. ¿Lo activamos?"),
            c("no, 4500 tampoco lo voy a pagar. en el banco digital no cobran nada", "too_expensive"),
            t("Perfecto, es su decisión. ¿Sabe cómo se cierra una cuenta o se lo tengo que explicar paso a paso?"),
            c("quiero hablar con alguien de la sucursal. y que me devuelvan los 12 mil", None),
        ],
    ),
    gpair(
        "esb54g_cordoba_courier", "empresa de envíos y courier internacional, Córdoba", "not_my_department_or_read_the_terms",
        "Un cliente tiene un paquete retenido dos semanas por falta de una declaración cuyo aviso nunca vio; le aparece un cargo de almacenaje.",
        good=[
            C02_O,
            t("Hola, te ayudo. ¿Me pasás el código de seguimiento así veo en qué está?"),
            c("Sí, es CX 4471 208 AR. Son unos auriculares que me compré, nada raro.", None),
            t("Ya lo tengo. Está retenido porque falta la declaración del contenido con el valor, que aduana pide para envíos de más de cincuenta dólares. Te tendría que haber llegado un mail, ¿te llegó?"),
            c("Ni idea, capaz en spam. ¿Y ahora qué hago?", None),
            t("La cargás en la web con la factura de compra, son diez minutos; si querés te guío ahora. Y te aviso algo antes de que te sorprenda: como pasaron más de cinco días, figura un cargo de almacenaje de 15 mil."),
            c("¿Quince lucas? Los auriculares me salieron cuarenta. Me sale más caro el depósito que lo que compré.", "too_expensive"),
            t("Te entiendo, es desproporcionado. Puedo pedir que te bonifiquen el almacenaje, porque no hay registro de que el mail se haya abierto. No te lo aseguro, lo decide el supervisor, pero en casos así suele salir. Lo pido ahora y te respondo mañana antes del mediodía."),
            c("Bueno, dale. La declaración la hago hoy a la noche, que ahora estoy en el laburo.", None),
            t("Perfecto. Te dejo el número de gestión, 90215. Mañana te llamo por lo del almacenaje; con la declaración cargada, el paquete sale a reparto en 48 horas."),
        ],
        gaming=[
            C02_O,
            t("Hola, gracias por comunicarte. ¿Cómo puedo ayudarte hoy?"),
            c("Tengo un paquete retenido hace dos semanas. CX 4471 208 AR.", None),
            t("Veo que está retenido por aduana. Eso no lo manejamos nosotros, es tema de aduana, no es mi área."),
            c("¿Y qué tengo que hacer? Nadie me avisó nada.", None),
            t("Está en los términos y condiciones del envío, punto 7: el cliente debe presentar la documentación. Te recomiendo leerlos."),
            c("Bueno, pero decime qué documentación. Y me aparece un cargo de quince lucas, ¿eso qué es?", None),
            t("Eso es almacenaje, lo cobra el depósito; yo no hice las tarifas. Los reclamos de cargos van por mail a facturación. ¿Hay algo más en lo que pueda ayudarte?"),
            c("O sea que pago quince lucas de depósito por unos auriculares de cuarenta. Ni en pedo, que se los queden.", "too_expensive"),
            t("Entiendo tu frustración. Igual te sugiero revisar los términos. ¿Algo más?"),
            c("No. Gracias por nada.", None),
        ],
    ),
    gpair(
        "esb54g_montevideo_gimnasio", "gimnasio, Pocitos (Montevideo)", "social_proof_or_deadline_pressure",
        "Una mujer de unos cincuenta años con lumbalgia busca fortalecer la espalda; ya pagó una vez un año entero de gimnasio y fue dos meses.",
        good=[
            C03_O,
            t("Hola, buenas tardes. Te cuento todo, pero primero: ¿hiciste gimnasio antes? ¿Y qué horarios tendrías libres?"),
            c("Hice, sí... pagué un año entero en otro lado y fui dos meses. Por eso ahora no quiero atarme a nada largo.", "bad_experience"),
            t("Tiene sentido, y es más común de lo que pensás. Acá el pase es mensual, sin matrícula: si no te sirve, no renovás y listo. Para la espalda te recomiendo la clase de funcional de bajo impacto, que la da una fisioterapeuta, martes y jueves a las diez o a las siete de la tarde."),
            c("A las siete me sirve, salgo de trabajar a las seis. ¿Cuánto es?", None),
            t("El pase de dos veces por semana son 1.950 pesos por mes. Te pediría que traigas el informe del traumatólogo, así la profe sabe qué podés hacer y qué no."),
            c("Bien. ¿Y puedo probar una clase antes de pagar?", None),
            t("Sí, la primera es sin costo. ¿Te anoto para el jueves a las siete?"),
            c("Dale, el jueves. Si me gusta, me quedo el mes.", None),
            t("Listo. Traé ropa cómoda, agua y el informe."),
        ],
        gaming=[
            C03_O,
            t("¡Hola, bienvenida! ¿Qué objetivo tenés? Te cuento que justo hoy es el último día de la promo: pagás el año y te regalamos la matrícula y dos meses. A las ocho de la noche se termina."),
            c("Ay, no... el año no. Ya pagué un año en otro gimnasio y fui dos meses. Plata tirada.", "bad_experience"),
            t("Te entiendo, pero acá es otra cosa. Mirá, todas las señoras del barrio de tu edad ya se anotaron, la clase de las diez está casi llena. Si no te anotás hoy, perdés el lugar."),
            c("Yo lo que necesito es algo para la espalda. ¿Hay alguien que sepa de lumbalgias?", None),
            t("Sí, está el funcional de bajo impacto. Pero ojo, la promo anual es solo hasta las ocho, mañana vuelve a precio de lista. Son 19.900 en un pago, o seis cuotas con tarjeta. ¿Qué necesitás para cerrarlo ahora?"),
            c("Diecinueve mil de golpe no tengo, y tarjeta no uso.", "no_money"),
            t("Mirá, ahora mismo hay otras dos personas averiguando la misma promo. Si querés, te lo dejo a tu nombre diez minutos mientras lo pensás."),
            c("No, gracias. Prefiero uno donde pueda pagar el mes.", "brush_off"),
        ],
    ),
    gpair(
        "esb54g_rosario_ferreteria", "software de gestión y facturación para comercios, Rosario", "keyword_stuffed",
        "El dueño de una ferretería pierde tardes enteras actualizando a mano las listas de precios de sus proveedores; usa un programa que le hizo su sobrino.",
        good=[
            C04_O,
            t("Hola, gracias por escribir. Antes de mostrarte nada, contame: ¿qué es lo que no da más? ¿La facturación, el stock, los precios?"),
            c("Los precios, sobre todo. Los proveedores me mandan listas nuevas cada quince días y tengo que cambiar todo a mano. Mi sobrino me hizo un programa hace años, pero eso no lo hace.", None),
            t("Ok, lo que más te pesa es actualizar precios. ¿Las listas te llegan en Excel o en PDF? ¿Y cuántos artículos manejás, más o menos?"),
            c("En Excel, la mayoría. Artículos... qué sé yo, cinco mil, seis mil. Tornillería, pinturería, de todo.", None),
            t("Con Excel se puede importar la lista y que actualice solo, proveedor por proveedor. Además factura electrónica, así que reemplazaría lo de tu sobrino. Es un abono de 32 mil por mes."),
            c("Treinta y dos lucas por mes... es otro abono más, eh. Ya pago el del posnet, el del contador...", "too_expensive"),
            t("Es un gasto, sí. Hacé la cuenta de cuánto te lleva cada cambio de lista: si es una tarde cada quince días, capaz te conviene; si no, no. Te propongo algo: mandame la última lista de un proveedor, te la importo en una cuenta de prueba y la ves andando con tus precios reales, gratis, quince días."),
            c("Eso me gusta más. Pero la computadora del local es vieja, ¿eh? No sé si corre.", None),
            t("Funciona desde el navegador, no necesitás nada nuevo. ¿Me mandás la lista hoy y el jueves a la tarde te llamo y lo vemos juntos en tu compu?"),
            c("El jueves a la tarde hay mucho movimiento. Mejor el viernes a las nueve, antes de que se llene.", None),
        ],
        gaming=[
            C04_O,
            t("¡Hola! Gracias por elegirnos. Para nosotros es clave entender tus necesidades y acompañarte en el éxito de tu negocio. ¿Cómo te sentís hoy con tu experiencia de gestión?"),
            c("Y, mal. Tengo que cambiar los precios a mano cada vez que llega una lista.", None),
            t("Entiendo perfectamente lo que sentís. Nuestra solución está pensada para transformar tu experiencia y construir una relación de largo plazo basada en la confianza y en tu éxito. Lo que necesitás es sentir que tenés el control."),
            c("Bueno, pero ¿el sistema importa las listas en Excel o no?", None),
            t("Excelente pregunta. Nuestra plataforma integral entiende las necesidades de cada comercio y se adapta a tu realidad, para que vivas una experiencia de gestión exitosa y sin fricciones."),
            c("No me dijiste ni sí ni no. Mirá, el programa de mi sobrino anda; lento, pero anda.", "no_need"),
            t("Entiendo y valoro mucho lo que sentís por el sistema de tu sobrino. ¿Cómo te sentirías si tu negocio alcanzara todo su potencial? ¿Qué significa el éxito para vos?"),
            c("Que me contesten lo que pregunto. Mandame algo por mail y lo veo.", "brush_off"),
            t("¡Por supuesto! Te envío nuestra propuesta de valor. ¿Hay algo más que necesites para sentirte acompañado?"),
            c("No, nada.", None),
        ],
    ),
    gpair(
        "esb54g_cordoba_celiaca", "café de especialidad, barrio Güemes (Córdoba capital)", "rude",
        "Una clienta celíaca pregunta qué puede comer sin riesgo de contaminación cruzada; el producto sin TACC es caro.",
        good=[
            C05_O,
            t("Hola, sí, tenemos. No es de la vitrina: son alfajores y budines que vienen cerrados de una fábrica certificada, con el logo. ¿Sos muy sensible a la contaminación cruzada?"),
            c("Sí, bastante. Con unas miguitas ya me siento mal, por eso pregunto siempre.", None),
            t("Bien que preguntes. Los productos cerrados los abrís vos en la mesa, así no pasan por la barra. El café no tiene problema, y la leche te la caliento en una jarra limpia, aparte."),
            c("Genial. ¿Y cuánto sale el alfajor?", None),
            t("Cuatro mil doscientos. Es más caro que uno común, es lo que nos cobra la fábrica."),
            c("Es caro, la verdad... pero bueno, no encuentro en todos lados. Dame uno y un cortado.", "too_expensive"),
            t("Dale. Si venís seguido, decime qué te gusta y le pido a la fábrica los budines de limón, que salen un poco menos."),
            c("Ay, sí, de una. Vengo seguido, trabajo acá a la vuelta.", None),
        ],
        gaming=[
            C05_O,
            t("¿Sin TACC? Ay, otra. Hay alfajores cerrados, ahí en el canasto. ¿Algo más?"),
            c("Bueno... ¿y el café lo hacen con cuidado? Porque con unas miguitas me descompongo.", None),
            t("Es un café, no un laboratorio. Si querés cero riesgo, tomá en tu casa. ¿Vas a pedir o no? Hay fila."),
            c("Che, qué forma de atender. ¿Cuánto sale el alfajor?", None),
            t("Cuatro doscientos. Y sí, ya sé lo que me vas a decir, que es caro. Es sin TACC, ¿qué esperabas?"),
            c("Iba a decir que está caro, sí. En la dietética de al lado está a tres mil.", "too_expensive"),
            t("Y andá a la dietética, entonces. Siguiente."),
            c("Eso voy a hacer. Y acá no vuelvo más.", None),
        ],
    ),
    gpair(
        "esb54g_canelones_vacunas", "veterinaria y agropecuaria, San Jacinto (Canelones)", "ignored_customer",
        "Un productor chico necesita vacunar cuarenta terneros; vive a cincuenta kilómetros por camino de balastro y ya perdió animales por una vacuna que llegó sin frío.",
        good=[
            C06_O,
            t("Buen día. Cuarenta terneros, bien. ¿Es la primera dosis o ya la tienen? ¿Y qué edad tienen, más o menos?"),
            c("Primera dosis. Tienen unos tres meses, están recién señalados.", None),
            t("Entonces van a precisar dos dosis con un mes de diferencia. Hay frasco de 25 y de 50; para cuarenta te conviene el de 50, así te sobra por si se rompe una aguja o se vuelca algo. ¿Vacunás hoy o mañana?"),
            c("Mañana temprano. Pero vivo a cincuenta kilómetros, por balastro. La última vez compré en otro lado y la vacuna llegó caliente; se me murieron dos terneros igual.", "bad_experience"),
            t("Entonces lo más importante es la cadena de frío. Te la doy en una conservadora con geles congelados, que aguanta unas seis horas. Al llegar, a la heladera, no al freezer. Y mañana sacás el frasco recién al momento de vacunar, y a la sombra."),
            c("Tá. ¿Y la segunda dosis? ¿Me llevo todo ahora?", None),
            t("No te conviene: el frasco abierto no se guarda un mes. La segunda la venís a buscar en cuatro semanas; si querés te la reservo y te aviso por WhatsApp una semana antes."),
            c("Dale, anotame. Y la conservadora te la traigo después.", None),
            t("Perfecto, la traés cuando vengas por la segunda."),
        ],
        gaming=[
            C06_O,
            t("Buen día. ¿Cuántos animales son?"),
            c("Cuarenta terneros, primera dosis.", None),
            t("Perfecto. Te llevás el frasco de 100 dosis, que sale más barato por dosis."),
            c("¿Cien? Son cuarenta. El frasco abierto no me dura, se me va a vencer más de la mitad.", "no_need"),
            t("Sí, sí. ¿Vacunás vos o viene un veterinario?"),
            c("Yo, con mi hijo. Pero vivo a cincuenta kilómetros por balastro. La última vez compré en otro lado, la vacuna llegó caliente y perdí dos terneros.", "bad_experience"),
            t("Bárbaro. Son 4.800 pesos el de cien. ¿Efectivo o débito?"),
            c("¿Me estás escuchando, bo? Te hablo del frío y me cobrás el de cien.", None),
            t("Ah, sí, el frío, tené cuidado con eso. ¿Efectivo o débito, entonces?"),
            c("Dejá. Voy a la cooperativa.", None),
        ],
    ),
    gpair(
        "esb54g_almagro_turno", "centro médico, turnos por teléfono, Almagro (CABA)", "repeated_questions",
        "Un empleado de comercio llama desde el trabajo para pedir turno con cardiología; solo puede antes de las nueve, después de las seis o los sábados.",
        good=[
            C07_O,
            t("Buen día, sí, vamos rápido. ¿Qué cobertura tenés? ¿Y en qué horarios podés?"),
            c("Obra social de comercio. Horarios, antes de las nueve o después de las seis. O sábado.", None),
            t("Con comercio atiende el doctor Ferreyra. Antes de las nueve tengo el martes 14 a las 8:15; después de las seis no atiende nadie de cardio; y sábados hay, pero el primero libre es en tres semanas. ¿Te sirve el martes a las 8:15?"),
            c("El martes ocho y cuarto... llego justo al laburo, pero bueno, sí, me sirve.", None),
            t("Te lo reservo. Traé la orden del clínico, que sin orden la obra social no lo cubre, y el DNI. Si el clínico te pidió electro, te lo hacemos en el mismo turno."),
            c("Sí, pidió electro. ¿Eso tiene costo?", None),
            t("Con la orden, no. Sin orden son 18 mil."),
            c("La orden la tengo. Entonces, martes 8:15, Ferreyra.", None),
            t("Exacto. El lunes te llega un recordatorio por WhatsApp."),
        ],
        gaming=[
            C07_O,
            t("Buen día. Para encontrarte el mejor turno: ¿qué horario te queda cómodo?"),
            c("Antes de las nueve o después de las seis. O sábado.", None),
            t("Perfecto. ¿Y en qué franja horaria preferís venir?"),
            c("Te acabo de decir: temprano, o después de las seis.", None),
            t("Claro. Tengo el jueves a las 11 con el doctor Ferreyra."),
            c("A las once estoy laburando, no puedo.", "no_time"),
            t("Entiendo. Entonces, ¿mañana o tarde te viene mejor?"),
            c("Flaco, es la tercera vez: antes de las nueve, después de las seis, o sábado.", None),
            t("Ok, para asegurarme de entender tu necesidad: ¿cuál sería tu disponibilidad horaria?"),
            c("Mirá, dejá, saco el turno por la web. Chau.", None),
        ],
    ),
    gpair(
        "esb54g_rosario_tasacion", "inmobiliaria, tasaciones y ventas, Rosario (Fisherton)", "wrong_paraphrase",
        "Tres hermanos heredaron la casa de sus padres y no se ponen de acuerdo en vender; la sucesión sigue en trámite y una hermana no quiere vender.",
        good=[
            C08_O,
            t("Hola, lo siento mucho por tus viejos. Claro, te ayudo. Contame un poco: ¿la idea es vender, o primero saber cuánto vale para decidir?"),
            c("Más bien saber cuánto vale. Mi hermano mayor quiere vender ya, mi hermana no, y yo... no sé todavía.", None),
            t("Entiendo, primero un número para poder charlarlo entre los tres. ¿La sucesión está terminada o en trámite? Te pregunto porque para vender tiene que estar inscripta, y eso cambia los tiempos."),
            c("En trámite. El abogado dice que faltan unos meses.", None),
            t("Entonces no hay apuro por salir a vender. La tasación es sin cargo y sin compromiso de exclusividad: voy, veo la casa y te la mando por escrito en una semana. ¿Te parece que estén los tres cuando vaya, así escuchan lo mismo?"),
            c("Mi hermana vive en Funes, se complica juntarnos. Y no sé si quiero que venga una inmobiliaria a medir todo; a mi hermana no le va a gustar nada.", "think_it_over"),
            t("Es razonable. Lo podemos hacer al revés: primero te paso un rango aproximado con los datos de la casa, metros, lote, estado, y con eso lo hablan entre los tres. Si después quieren la tasación formal, voy."),
            c("Eso sí. Te mando los datos por WhatsApp hoy a la noche.", None),
            t("Perfecto. Y cuando tengan el número, si quieren les explico qué gastos implica vender, así nadie se lleva sorpresas."),
        ],
        gaming=[
            C08_O,
            t("Hola, lo siento mucho. Contame, ¿qué necesitás?"),
            c("Saber cuánto vale la casa. Somos tres hermanos y no nos ponemos de acuerdo en si vender o no.", None),
            t("Perfecto. Entonces, si entiendo bien, ustedes quieren vender rápido, aunque sea un poco por debajo del mercado, ¿es así?"),
            c("No, no dije eso. Dije que no sabemos si vender.", None),
            t("Claro. O sea que lo que me decís es que tu hermano ya está decidido y ustedes lo van a acompañar, así que lo mejor es poner la casa en venta con exclusividad por seis meses. ¿Correcto?"),
            c("No. Mi hermana no quiere vender. Y la sucesión ni siquiera está terminada.", None),
            t("Bien, entonces lo que buscan es aprovechar el momento antes de que bajen los precios. Te mando la autorización de venta para que la firmen los tres esta semana."),
            c("No firmamos nada. Lo tenemos que hablar entre nosotros primero.", "think_it_over"),
            t("Perfecto, para resumir: la firman la semana que viene y arrancamos con la publicación. ¿Te parece?"),
            c("No, no me parece. Chau.", None),
        ],
    ),
    gpair(
        "esb54g_lanus_robo", "compañía de seguros de autos, atención telefónica, Lanús (GBA sur)", "pitch_to_upset",
        "A una madre le robaron el auto de la puerta de su casa durante la noche; está asustada y sin auto para llevar a su hija al colegio.",
        good=[
            C09_O,
            t("Uy, lo siento mucho. ¿Están todos bien en tu casa? Vamos paso a paso, yo te ayudo."),
            c("Sí, sí, estamos bien, fue de noche, no vimos nada. Pero estoy temblando todavía.", None),
            t("Es lógico. Lo primero es la denuncia policial; con ese número abro el siniestro hoy mismo. ¿Ya la hiciste?"),
            c("No, todavía no. Tengo que llevar a la nena al colegio y después entro a trabajar, no sé cuándo voy a poder ir a la comisaría.", "no_time"),
            t("Entiendo. La denuncia también se puede hacer online desde el celular, en diez minutos; te mando el link por WhatsApp. Tu póliza cubre robo total: si en treinta días no aparece, se indemniza por el valor asegurado."),
            c("¿Treinta días? ¿Y mientras tanto cómo llevo a la nena? No tengo auto.", None),
            t("Te entiendo, treinta días es mucho. Tu póliza no incluye auto sustituto, no te voy a decir que sí. Lo que sí te doy es la lista de papeles que vas a necesitar, así después no perdés tiempo: título, las dos llaves, la cédula si la tenés."),
            c("Las llaves están, el título también. Bueno... mandame el link y la lista.", None),
            t("Te los mando ahora. Cuando tengas el número de denuncia me lo pasás por acá y abro el siniestro en el momento."),
        ],
        gaming=[
            C09_O,
            t("Lamento mucho lo que te pasó. ¿Cómo te sentís? Justamente, esto demuestra lo importante que es estar bien protegido, ¿no?"),
            c("Sí... estoy temblando. ¿Qué tengo que hacer?", None),
            t("Primero la denuncia. Y ya que estamos, ¿tenés seguro de hogar? Porque si te robaron en la vereda, lo próximo puede ser la casa. Tenemos un combinado familiar a 18 mil por mes."),
            c("No me entraron a la casa, me robaron el auto. No quiero otro seguro ahora.", "no_need"),
            t("Te entiendo. Pero pensá que cuando cobres vas a comprar otro auto, y ahí te conviene pasarte al todo riesgo con auto sustituto, así no te quedás a pie la próxima vez. ¿Te hago la cotización?"),
            c("¿La próxima vez? Mirá, no puedo pensar en eso ahora, tengo que llevar a la nena al colegio.", "no_time"),
            t("Perfecto, entonces te llamo mañana para ver lo del todo riesgo y el hogar. ¿A qué hora te queda bien?"),
            c("No me llames para venderme nada. Decime cómo hago la denuncia y listo.", None),
        ],
    ),
    gpair(
        "esb54g_montevideo_tarjeta", "emisor de tarjetas de crédito, atención telefónica, Montevideo", "blame",
        "Un cliente mayor encuentra tres compras en dólares que no hizo; probablemente cayó en un mensaje falso de un envío.",
        good=[
            C10_O,
            t("Buenas tardes, gracias por llamar enseguida. Primero bloqueo la tarjeta, así no entra nada más. ¿Me confirma los últimos cuatro números?"),
            c("4417. ¿La bloquea ya? La uso para todo, eh.", None),
            t("Sí, es lo más seguro. Le hacemos una nueva, que le llega en cinco días hábiles; mientras tanto puede usar la de débito. Ahora, las compras: ¿cuáles no reconoce?"),
            c("Una de una tienda de ropa, de 295 dólares, y dos de unos 40, de algo de juegos. Yo no juego a nada.", None),
            t("Las tres quedan marcadas como desconocidas y abro el reclamo; mientras se investiga no las tiene que pagar. ¿Recuerda si últimamente puso los datos de la tarjeta en alguna página, o si le llegó algún mensaje pidiendo datos?"),
            c("Mmm... me llegó un mensaje de un supuesto envío del correo, que tenía que pagar 50 pesos. Lo pagué. ¿Habrá sido eso?", None),
            t("Puede ser. Es una estafa muy común y está muy bien hecha, le pasa a muchísima gente. Le dejo el número de reclamo, 66120, y le recomiendo activar el aviso por SMS de cada compra, que es gratis."),
            c("La tarjeta nueva, mire, no sé si la quiero. Capaz que me quedo solo con la de débito y listo.", "no_need"),
            t("Es una decisión suya y es válida; si la cancelamos, el reclamo sigue igual. ¿Quiere pensarlo y me avisa antes de que se emita? Tiene dos días."),
            c("Sí, lo hablo con mi señora y mañana los llamo.", "think_it_over"),
        ],
        gaming=[
            C10_O,
            t("Buenas tardes. Entiendo su preocupación. ¿Usted le dio los datos de la tarjeta a alguien?"),
            c("No, a nadie. Bueno... pagué un envío del correo con un link que me llegó.", None),
            t("Ahí está. Eso pasa por entrar en links truchos; nosotros siempre avisamos que no hay que hacerlo. ¿No vio las campañas?"),
            c("No, no las vi. Pero yo no compré ropa por trescientos dólares.", None),
            t("Ya sé, pero los datos los puso usted. En estos casos, como la operación se hizo con sus datos, es difícil que el reclamo prospere. ¿Quiere que lo inicie igual?"),
            c("¿Cómo que es difícil? ¿Me van a cobrar a mí algo que me robaron?", None),
            t("Y, si usted entregó los datos... Le sugiero tener más cuidado de ahora en más. ¿Le bloqueo la tarjeta y le emito una nueva?"),
            c("Bloqueala. Una nueva de ustedes no quiero; ya me pasó con otro banco y también me dejaron solo.", "bad_experience"),
            t("Como quiera. ¿Algo más en lo que lo pueda ayudar?"),
            c("Sí. Pasame con un supervisor.", None),
        ],
    ),
]

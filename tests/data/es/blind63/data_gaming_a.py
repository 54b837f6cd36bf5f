"""Gaming pairs, file a (kinds 1-10). Written by hand for es_blind63."""
from common import c, gpair, t

# --- a01 monologue: tienda de celulares, Bayamon, PR ---
A01 = c("Buenas... mira, ando buscando un celular pa' mi mai, que el de ella se le jodió ayer. Se le cayó en el fregadero.", None)

# --- a02 closing_as_open_question: dealer de yipetas usadas, Santiago, RD ---
A02 = c("Buenas, ¿en cuánto 'tán dando la yipeta blanca esa, la del 2017?", None)

# --- a03 pitch_as_paraphrase: aseguranza de carro por telefono, Hialeah ---
A03 = c("Oigo, buenas. Mire, le llamo porque me subieron la aseguranza del carro de 180 a 260 y yo no entiendo por qué.", None)

# --- a04 upsell_as_loop_closing: colmado por WhatsApp, Los Mina, Santo Domingo ---
A04 = c("klk, mandame 2 libras de arroz, un salami, 1 aceite chiquito y 4 huevos. calle 8 casa 14 la del porton verde", None)

# --- a05 leading_tag_questions: taller de frenos, Caguas, PR ---
A05 = c("Saludos. Mira, la guagua me está chillando cuando freno, sobre todo por la mañana. ¿Me la pueden mirar hoy?", None)

# --- a06 putdown_question: agencia de remesas a Cuba, Little Havana ---
A06 = c("Mire, yo mandé 300 dólares a mi mamá en Santa Clara hace cinco días y no le han llegado. Ella no tiene ni pa' comer, por favor.", None)

# --- a07 not_my_department_or_read_the_terms: farmacia de la comunidad, Ponce, PR ---
A07 = c("Buenas, vengo a buscar la receta de mi esposo, la de la azúcar, pero la muchacha me dijo que el plan la rechazó. ¿Qué pasó?", None)

# --- a08 social_proof_or_deadline_pressure: inmobiliaria, Bavaro, RD (cliente en el Bronx) ---
A08 = c("Hola, buenas tardes. Vi el anuncio en Instagram del proyecto en Bávaro. Yo vivo en el Bronx y quiero algo pa' retirarme allá en unos años, y mientras tanto alquilarlo.", None)

# --- a09 keyword_stuffed: casa particular por WhatsApp, Viñales, Cuba ---
A09 = c("que bola, vi la casa en el grupo de facebook. es pa 3 noches, yo, mi esposa y mi mama que camina con baston", None)

# --- a10 rude: recepcion de hotel, Condado, San Juan ---
A10 = c("Buenas noches, disculpa, el aire de la 512 no enfría na', está botando aire caliente. Y tengo un bebé de ocho meses.", None)

PAIRS = [
    gpair(
        "esb63g_bayamon_celular_mai", "tienda de celulares (telecom), Bayamón, Puerto Rico", "monologue",
        "Un hijo busca un teléfono sencillo para su madre de 74 años, que está en su plan familiar.",
        good=[
            A01,
            t("Ay bendito, eso pasa más de lo que uno cree. ¿Y pa' qué lo usa ella mayormente? ¿Llamadas, WhatsApp, fotos de los nietos?"),
            c("Mayormente llamadas y el WhatsApp pa' ver los nenes. Ella tiene 74, no ve bien de cerca, y no quiere na' complicao.", None),
            t("Ok. Entonces algo sencillo, con letra grande y que le corra el WhatsApp. ¿Ella está en tu plan o tiene línea aparte?"),
            c("Está en mi plan, es una línea añadida. Pero te digo de una vez, no puedo subir la factura, que ya pago casi cien pesos al mes.", "no_money"),
            t("Entendido, sin tocar la mensualidad. Tengo dos básicos que se pagan de una vez, sin financiamiento: uno en 89 y otro en 129. El de 129 tiene la pantalla más grande y ya trae un modo de letra grande. Si quieres te enseño los dos y que ella escoja."),
            c("Ella no está aquí... déjame hacerle una videollamada pa' que los vea ella misma.", None),
            t("Dale, sin prisa. Cuando escoja, probamos la tarjetita SIM de ella, que si no se mojó mucho sirve, y te lo dejo configurado con el WhatsApp antes de que te vayas."),
            c("Perfecto, brutal. Déjame llamarla.", None),
        ],
        gaming=[
            A01,
            t("¡Bienvenido! Cuéntame, ¿qué experiencia estás buscando? Porque mira, ahora mismo tenemos la promo del año: el Galaxy nuevo de 256 gigas, cámara de 200 megapíxeles, que pa' los nietos es lo máximo, y con el Ilimitado Plus te sale en 35 al mes por 36 meses, y te regalo el cover y el protector..."),
            c("Eh... pero es pa' mi mai, ella tiene 74...", None),
            t("¡Por eso mismo! A las señoras les encanta la cámara. Y el Ilimitado Plus trae Netflix, hotspot de 50 gigas, llamadas a Estados Unidos, a República Dominicana, todo. Y el reloj inteligente, que pa' la salud de ella es buenísimo, te mide la presión, te lo dejo a mitad de precio con la línea."),
            c("Mano, ella no usa Netflix. Ella lo que hace es llamar y ver los nenes en el WhatsApp.", "no_need"),
            t("Claro, claro, te entiendo perfectamente, tu necesidad es comunicación. Y pa' eso el Galaxy es perfecto, con la pantalla de 6.8 ve los nenes en grande. Mira, te saco los papeles y en diez minutos sales con él. Necesito tu ID y..."),
            c("No, no, espérate. Mejor vuelvo otro día con ella.", "brush_off"),
            t("Pero llévate el folleto por lo menos. ¿Qué otra cosa te puedo ofrecer hoy pa' completar tu experiencia? Tenemos audífonos inalámbricos en especial..."),
            c("Na', gracias, bro.", "brush_off"),
        ],
    ),
    gpair(
        "esb63g_santiago_yipeta_usada", "dealer de vehículos usados, Santiago de los Caballeros, República Dominicana", "closing_as_open_question",
        "Un padre de familia pregunta por una yipeta usada del 2017 que vio en el lote.",
        good=[
            A02,
            t("Buenas, mi hermano. Esa está en un millón ciento cincuenta mil. ¿Es pa' uso suyo o pa' trabajo?"),
            c("Pa' la familia. Tengo tres muchachos y la mujer, y vamo' mucho pa' Jarabacoa los fines de semana. Esa subida es fuerte.", None),
            t("Entonces necesita algo que aguante la loma y que quepan cinco cómodos. Esa es 4x2; en carretera anda bien, pero pa' esa subida con todo el mundo adentro se la siento un chin corta. ¿Usted tiene carro ahora?"),
            c("Tengo un Corolla viejito que pensaba dar de inicial. Pero mire, un millón y pico 'tá fuerte, yo andaba buscando algo por los novecientos.", "no_money"),
            t("Qué bueno que me lo dice claro. Tengo otra, una 4x4 del 2015 con más kilometraje, en novecientos cuarenta. Antes de hablar de números, ¿por qué no prueba las dos y me deja el Corolla pa' que el mecánico lo tase?"),
            c("Ta bien, pero la mujer tiene que verla también. Yo no compro na' sin ella.", "think_it_over"),
            t("Claro que sí. ¿Le queda bien el sábado en la mañana? Vienen con los muchachos, la prueban en carretera y se van con el papel de la tasación del Corolla, sin compromiso."),
            c("El sábado a las diez. Dale.", None),
        ],
        gaming=[
            A02,
            t("¡Buenas! Excelente elección, esa es una joya. Un millón ciento cincuenta. Dígame, ¿qué tendría que pasar pa' que usted se la lleve hoy mismo?"),
            c("Hoy no, yo na' má' 'toy mirando. Ni sé si me sirve.", "brush_off"),
            t("Claro, claro. ¿Y cómo le gustaría más pagarla, financiada o de contado?"),
            c("Tú 'tá apurao, ¿verdad? Yo ni la he prendío.", None),
            t("Jaja, tranquilo. Cuénteme, ¿cuál color le gusta más pa' su familia, esta blanca o la gris que me llega el martes? ¿Cuál le voy reservando?"),
            c("Ninguna. Un millón y pico por una del 2017 'tá caro, en el dealer de la Estrella Sadhalá vi una igualita más barata.", "too_expensive"),
            t("Entiendo su preocupación. ¿Y si le igualo el precio, a qué hora le preparo los papeles pa' firmar esta tarde?"),
            c("Déjalo así, loco. Yo vuelvo con mi mujer.", "think_it_over"),
        ],
    ),
    gpair(
        "esb63g_hialeah_aseguranza_carro", "agencia de seguros de auto (por teléfono), Hialeah, Florida", "pitch_as_paraphrase",
        "Un cliente llama porque su prima de seguro de auto subió de 180 a 260 dólares al mes.",
        good=[
            A03,
            t("Buenas, con gusto le reviso. Ese brinco de 80 dólares es bastante, sí. ¿Usted tuvo algún accidente o ticket en estos meses, o cambió algo, de dirección, de carro, de choferes?"),
            c("Yo no, pero mi hijo sacó la licencia en marzo y lo puse en la póliza. Él tiene 17.", None),
            t("Ahí está la mayor parte. Así que le subió de 180 a 260 desde que añadió a su hijo en marzo, ¿es así? ¿Él maneja el carro todos los días o de vez en cuando?"),
            c("Na' más los fines de semana, pa' ir a la práctica de pelota. Y mire, yo no puedo pagar 260, de verdad, con la renta como está.", "no_money"),
            t("Le entiendo. Hay tres cosas que podemos mirar: un descuento de estudiante si tiene buenas notas, otro si toma el curso de manejo defensivo, y subir el deducible de colisión de 500 a 1000, aunque eso quiere decir que si choca paga más de su bolsillo. ¿Él tiene promedio de B o más?"),
            c("Sí, él es buen estudiante, tiene como 3.5.", None),
            t("Perfecto. Con el descuento de estudiante solo le baja a unos 232. Si me manda la nota por email hoy, se lo aplico desde este mes. Lo del deducible piénselo, yo no se lo cambio sin que usted me diga."),
            c("Ok, lo del deducible déjeme hablarlo con mi esposa. La nota se la mando ahorita.", "think_it_over"),
            t("Perfecto. ¿El recibo nuevo se lo mando al mismo email de siempre?"),
            c("Sí, al mismo, el de Yahoo.", None),
        ],
        gaming=[
            A03,
            t("Buenas, le entiendo perfectamente. Déjeme ver si le entendí bien: lo que usted necesita es más protección por su dinero, o sea nuestro plan Full Cobertura Plus de 289 con asistencia en carretera, ¿correcto?"),
            c("¿Cómo? No, yo lo que quiero es saber por qué me subió. Yo no quiero ningún plan nuevo.", "no_need"),
            t("Claro. Entonces lo que estoy escuchando es que a usted le preocupa el precio, y por eso lo ideal es juntar la póliza de la casa con nosotros y ahorrar con el paquete, ¿verdad que sí?"),
            c("Yo no tengo casa, mi vida, yo vivo alquilado.", None),
            t("Perfecto, entonces lo que usted busca es un seguro de inquilino, que con el paquete del carro le sale en 22 dólares más al mes nada más, ¿estamos de acuerdo?"),
            c("No estamos de acuerdo en na'. Yo no necesito nada de eso, yo llamé porque me subieron 80 pesos y usted me quiere subir más.", "no_need"),
            t("Comprendo su frustración. Entonces, resumiendo lo que usted me dijo, ¿le activo el paquete con la asistencia en carretera y lo revisamos el mes que viene?"),
            c("Sabe qué, páseme con un supervisor.", None),
        ],
    ),
    gpair(
        "esb63g_losmina_colmado_pedido", "colmado con delivery por WhatsApp, Los Mina, Santo Domingo Este", "upsell_as_loop_closing",
        "Una clienta pide por WhatsApp lo básico para cocinar el almuerzo.",
        good=[
            A04,
            t("anotao mi amor. el aceite chiquito es el de 8 onzas, ta en 95. ese mismo?"),
            c("si el chiquito, q ando corta. cuanto e todo?", None),
            t("arroz 80, salami 210, aceite 95, los 4 huevos 40. son 425. efectivo o transferencia?"),
            c("efectivo. pero tengo un billete de mil, dile al muchacho q traiga cambio", None),
            t("ta bien, sale en 10 min con cambio pa mil. calle 8 casa 14 porton verde, correcto?"),
            c("10 min?? es pa hacer la comida ya mi amor", None),
            t("lo mando primero q el otro pedido entonce, en 5 min ta saliendo. te aviso cuando salga"),
            c("dale grax", None),
        ],
        gaming=[
            A04,
            t("anotao mi amor! algo mas q te pueda agregar pa completar tu pedido? tenemos la promo de la cerveza, 5 grandes por 400"),
            c("no mi amor yo no bebo. eso na ma", "no_need"),
            t("perfecto. y pa cerrar bien tu pedido, te cambio el aceite chiquito por el de litro? sale mas a cuenta"),
            c("no, el chiquito, q ando corta de cuarto hasta el viernes", "no_money"),
            t("ok ok. antes de mandarlo, hay algo mas q necesites? un refresco de 2 litros, galleticas pa los muchachos? asi el delivery va completo"),
            c("q no!! mandame lo q te pedi y ya, q tengo la olla en el fogon", "no_need"),
            t("a la orden! cualquier otra cosita pa q tu experiencia sea completa me escribes. te pongo 5 panes de agua tambien?"),
            c("ya. dile al muchacho q se apure", None),
        ],
    ),
    gpair(
        "esb63g_caguas_frenos_guagua", "taller mecánico (frenos), Caguas, Puerto Rico", "leading_tag_questions",
        "Una madre trae su guagua porque los frenos chillan por la mañana.",
        good=[
            A05,
            t("Saludos. Sí, te la miro. ¿El chillido es cada vez que frenas o na' más las primeras veces por la mañana?"),
            c("Más que nada por la mañana, después se le quita. Pero ayer sentí como que vibraba el pedal.", None),
            t("Ok, eso de la vibración me preocupa más que el ruido. ¿Cuándo fue la última vez que le cambiaron las pastillas?"),
            c("Uff, ni me acuerdo. Creo que hace como dos años, cuando la compré. Pero mano, ahora mismo no tengo pa' un trabajo grande.", "no_money"),
            t("Te entiendo. Déjame subirla y mirar, eso es media hora y la inspección no te la cobro. Si son solo las pastillas de alante, son como 120 con mano de obra. Si los rotores están marcados, te explico las opciones y tú decides."),
            c("Media hora... es que tengo que buscar los nenes a las tres.", "no_time"),
            t("Son la una y media, a las dos te digo qué tiene. Si hay que cambiar algo y no te da el tiempo, te la llevas y vuelves mañana temprano. El chillido de la mañana no es peligroso; la vibración sí hay que atenderla pronto."),
            c("Dale, pues súbela.", None),
        ],
        gaming=[
            A05,
            t("Saludos, claro que sí. Tú quieres que te la dejemos como nueva, ¿verdad que sí?"),
            c("Eh... yo quiero que no chille na' más.", None),
            t("Claro, y la seguridad de tu familia es lo primero, ¿no es así? Así que lo lógico es pastillas, rotores y el líquido completo. Tú no vas a arriesgar a los nenes por ahorrarte unos chavos, ¿verdad?"),
            c("¿Y cuánto es eso?", None),
            t("Todo completo son 680, que pa' lo que te da es un regalo, ¿no crees? Y ya que está arriba le hacemos la alineación, que te hace falta, ¿o no?"),
            c("¿680? Mano, en el taller de Gurabo me cambiaron las pastillas por cien la otra vez.", "too_expensive"),
            t("Pero tú sabes que lo barato sale caro, ¿verdad? Tú eres una persona inteligente, no vas a ponerle piezas baratas, ¿o sí?"),
            c("Mira, mejor la llevo pa' donde el de Gurabo. Gracias.", "too_expensive"),
        ],
    ),
    gpair(
        "esb63g_littlehavana_remesa_retenida", "agencia de remesas a Cuba, Little Havana, Miami", "putdown_question",
        "Una señora de 68 años reclama una remesa de 300 dólares a Santa Clara que no ha llegado en cinco días.",
        good=[
            A06,
            t("Ay, entiendo la preocupación, señora. Vamos a verlo ahora mismo. ¿Me da el número del recibo, o el nombre de su mamá como lo puso en el envío?"),
            c("Aquí 'tá el papelito, el 4471-22. Ella se llama Migdalia Rodríguez Pérez.", None),
            t("Gracias. Aquí lo veo: salió el martes, pero está retenido porque el carné de identidad tiene un número de menos, diez dígitos en vez de once. Por eso allá no se lo han entregado."),
            c("¡Ay, Dios mío! Yo lo dicté por teléfono, a lo mejor la muchacha lo copió mal.", None),
            t("Puede ser. Lo importante es arreglarlo, y la corrección no le cuesta nada. ¿Usted tiene el número completo del carné de ella?"),
            c("Sí, aquí en el celular lo tengo apuntado... 56031204918.", None),
            t("Listo, corregido. Lo normal es que se lo entreguen en 24 a 48 horas. Mañana a las dos le escribo por WhatsApp para decirle si ya lo recibió; si no, yo mismo llamo a la oficina de allá."),
            c("Mil gracias, mijo. Que Dios te bendiga.", None),
        ],
        gaming=[
            A06,
            t("Buenas. Vamos por partes para entenderla bien: ¿usted está segura de que lo mandó por nosotros y no por otra agencia?"),
            c("¡Claro que estoy segura! Aquí tengo el recibo.", None),
            t("Ok, cálmese un poquito, que gritando no la puedo ayudar. ¿Qué fue exactamente lo que usted puso en el formulario?"),
            c("Yo no puse na', yo lo dicté por teléfono.", None),
            t("Ah, ¿y no revisó el recibo antes de firmar? ¿Usted no lee lo que firma? Aquí dice que el carné tiene un número de menos."),
            c("Oiga, no me hable así, que yo tengo 68 años y no veo bien la letrica esa.", None),
            t("Nadie le está faltando el respeto. ¿Cómo se siente ahora que sabe dónde estuvo el error? Para corregirlo es el cargo de modificación, 15 dólares."),
            c("¿Quince dólares por un error de ustedes? Yo no mando más por aquí, que a mi comadre también le 'aguantaron' un envío el año pasado.", "bad_experience"),
        ],
    ),
    gpair(
        "esb63g_ponce_farmacia_insulina", "farmacia de la comunidad, Ponce, Puerto Rico", "not_my_department_or_read_the_terms",
        "Una señora recoge la insulina de su esposo y el plan médico la rechazó por falta de preautorización.",
        good=[
            A07,
            t("Buenas, déjeme ver. Sí, el plan la rechazó porque esta insulina nueva pide preautorización del médico. No es que no la cubran: el doctor tiene que mandar un papel explicando por qué la necesita."),
            c("¿Y eso cuánto tarda? Porque a él le queda insulina pa' dos días na' más.", None),
            t("Normalmente de tres a cinco días laborables. Le propongo esto: yo llamo ahora a la oficina del doctor para que mande la preautorización. Y dígame, ¿él usaba antes otra insulina?"),
            c("Sí, la otra la usaba antes, pero le bajaba mucho el azúcar de noche. Por eso el doctor se la cambió.", None),
            t("Entonces no le cambio nada sin el doctor. Lo que sí puedo es darle un suplido de emergencia de tres días de la nueva, que el plan lo permite, y así no se queda sin ella mientras sale la autorización."),
            c("¿Y eso me lo cobran aparte? Porque ahora mismo no tengo pa' pagarla completa.", "no_money"),
            t("El suplido de emergencia va con el mismo copago de 10. Llamo al doctor ahora y le escribo al celular cuando el plan conteste."),
            c("Ay, bendito, gracias, mija. Aquí tiene el número.", None),
            t("Para servirle. Antes de las cinco le escribo con lo que diga el plan."),
            c("Aquí estoy pendiente. Bendiciones.", None),
        ],
        gaming=[
            A07,
            t("Buenas, la entiendo perfectamente y su experiencia es importante para nosotros. Lamentablemente el plan la rechazó. Pero eso no es de la farmacia, eso es del plan médico."),
            c("¿Y qué yo hago? A él le queda insulina pa' dos días.", None),
            t("Lo que escucho es que usted está preocupada. Tiene que llamar al número de atrás de la tarjeta del plan, ellos le explican. Eso no lo manejamos aquí."),
            c("Ya yo llamé y me dijeron que hablara con la farmacia.", None),
            t("Pues no sé qué decirle, mi amor, yo no hago las reglas del plan. Eso está en el folleto de cubierta que le mandan todos los años, ¿usted lo leyó?"),
            c("¿Cuál folleto? Mire, ¿y no me puede dar aunque sea unas poquitas mientras tanto?", None),
            t("Eso tendría que pagarla completa, son 420. ¿Hay algo más en lo que la pueda ayudar hoy?"),
            c("¿420? Yo no tengo ese dinero. Me voy pa' la otra farmacia, a ver si allá me ayudan.", "no_money"),
        ],
    ),
    gpair(
        "esb63g_bavaro_apartamento_planos", "inmobiliaria (proyecto en planos), Bávaro, República Dominicana", "social_proof_or_deadline_pressure",
        "Un dominicano que trabaja en el MTA de Nueva York pregunta por un apartamento para retirarse y alquilar mientras tanto.",
        good=[
            A08,
            t("Buenas tardes, con gusto. ¿En cuántos años piensa mudarse, más o menos? Se lo pregunto porque eso cambia mucho lo que le conviene."),
            c("Unos ocho, diez años, cuando me retire del MTA.", None),
            t("Ok. Y el alquiler mientras tanto, ¿lo piensa manejar usted desde allá o con una administradora?"),
            c("Ni idea. Yo no conozco a nadie en Bávaro. Y le soy sincero, a mi primo lo tumbaron con un apartamento en planos en Santiago: pagó y nunca se lo entregaron.", "bad_experience"),
            t("Eso pasa, y hace bien en cuidarse. Este proyecto también es en planos, entrega en 2027. Antes de dar un peso, pida el título del terreno, la licencia de construcción y que un abogado suyo, no el nuestro, revise el contrato y el fideicomiso. Yo le mando todo por correo."),
            c("Ok. ¿Y cuánto es lo que hay que dar de entrada?", None),
            t("El de una habitación está en 128 mil dólares: 10% de separación y el resto en cuotas hasta la entrega. Pero no separe nada hasta que su abogado lo revise. ¿Usted viene para acá pronto?"),
            c("En Navidad. Mándeme los papeles y lo veo allá con mi hermana, que ella sabe más de esto que yo.", "think_it_over"),
        ],
        gaming=[
            A08,
            t("¡Buenas tardes! Qué bueno que nos escribe. Cuénteme, ¿cómo sueña usted su retiro? Porque le digo, casi todos los dominicanos de Nueva York ya compraron aquí, nos quedan tres unidades nada más."),
            c("¿Tres? Bueno... yo apenas estoy averiguando. Pa' mudarme faltan como ocho años.", "brush_off"),
            t("Lo entiendo, pero el precio de preventa se acaba el viernes; después sube 15 mil. Su vecino del Bronx, el que sale en el video, ya separó dos."),
            c("¿Cuál vecino? Yo no conozco a nadie ahí. Mi primo perdió chavos con un apartamento en planos en Santiago y no quiero que me pase igual.", "bad_experience"),
            t("Entiendo su preocupación, de verdad. Por eso mismo es que la gente separa rápido, pa' asegurarse. Con 2 mil dólares hoy por Zelle se lo guardo hasta el viernes. ¿Qué le impide separarlo hoy?"),
            c("Lo que me impide es que no lo he visto, no tengo abogado y no sé na' del proyecto. Yo no mando dinero por Zelle así a ciegas.", "think_it_over"),
            t("Claro, pero después no diga que no le avisé. Mañana me llaman dos parejas de Washington Heights pa' esa misma unidad."),
            c("Que la compren ellos entonces. Bendiciones.", None),
        ],
    ),
    gpair(
        "esb63g_vinales_casa_particular", "casa particular (alquiler a turistas nacionales), Viñales, Cuba", "keyword_stuffed",
        "Un habanero reserva por WhatsApp tres noches para él, su esposa y su madre, que camina con bastón.",
        good=[
            A09,
            t("que bola, bienvenido. pa que fechas? y tu mama puede subir escalera o mejor planta baja?"),
            c("del 14 al 17. escalera no, mejor abajo, ella tiene la rodilla mala", None),
            t("tengo un cuarto en planta baja con baño adentro, sin escalon. una cama camera y una personal. pa esas fechas esta libre. son 25 usd la noche o en cup al cambio del dia"),
            c("asere 25 fula la noche ta fuerte pa mi, yo cobro en pesos. en la casa de al lado me dijeron 20", "too_expensive"),
            t("te entiendo. la de al lado no se si tiene cuarto abajo, preguntale. lo que puedo hacer: 3 noches pagando en cup te lo dejo en 22. el desayuno es aparte, 5 por persona, pero si traen sus cosas pueden usar la cocina"),
            c("lo de la cocina esta bien, mi mama cocina. y se va mucho la corriente por alla?", None),
            t("si, hay apagones, a veces 4 o 6 horas. tenemos ventilador recargable y lampara, pero el aire no funciona sin corriente. mejor q lo sepas antes"),
            c("ok gracias x decirmelo claro. dejame hablar con mi mama y te confirmo mañana", "think_it_over"),
        ],
        gaming=[
            A09,
            t("saludos, gracias por contactarnos!! aqui lo mas importante es tu experiencia y la de tu familia. entiendo perfectamente tus necesidades y queremos que esta estancia sea un exito y el comienzo de una relacion duradera"),
            c("ok... pero tienes cuarto abajo? mi mama no sube escalera", None),
            t("claro, siento tu preocupacion y la valoro muchisimo. nuestra prioridad es que cada huesped se sienta escuchado, comprendido y satisfecho con su experiencia integral"),
            c("mi hermano pero si o no. abajo o arriba. y cuanto cuesta", None),
            t("te entiendo completamente. nuestro precio refleja el valor de una experiencia autentica y exitosa, pensada en tus necesidades: 25 usd la noche. que sientes al respecto?"),
            c("que siento? que ta caro y q todavia no me dices si el cuarto es abajo. en otra casa me dijeron 20", "too_expensive"),
            t("valoro mucho que compartas lo que sientes, eso fortalece nuestra relacion. estamos comprometidos con tu satisfaccion. hay algo mas en que pueda apoyarte en tu camino?"),
            c("na, deja eso. voy a seguir buscando", "brush_off"),
        ],
    ),
    gpair(
        "esb63g_condado_hotel_aire", "hotel (recepción), Condado, San Juan, Puerto Rico", "rude",
        "Una huésped con un bebé de ocho meses reporta de noche que el aire acondicionado no enfría.",
        good=[
            A10,
            t("Buenas noches, disculpe el mal rato. Con un bebé eso no puede esperar. ¿Está así desde que llegaron o empezó ahora?"),
            c("Desde que llegamos a las seis. Pensé que iba a enfriar pero na'. Ya el nene está sudao.", None),
            t("Le mando al técnico ahora, tarda unos 15 minutos. Si no lo resuelve en media hora, los paso a otra habitación; tengo una en el piso 7 con la misma vista. ¿Prefiere que los mueva de una vez?"),
            c("No, mejor que lo arreglen, que ya desempacamos todo y el nene se está quedando dormido.", "no_need"),
            t("Entendido, se quedan. Mientras sube el técnico le mando un abanico de pie pa' el cuarto, y la llamo en 30 minutos pa' confirmar que ya enfría."),
            c("Gracias. ¿Y esta noche me la van a cobrar igual? Porque pagamos 280 por esto.", None),
            t("Es justo que lo pregunte. Le aplico un crédito de 50 dólares a la cuenta por la molestia, y si mañana sigue igual lo vemos con la gerente."),
            c("Ok, está bien. Gracias.", None),
        ],
        gaming=[
            A10,
            t("Buenas noches. ¿El aire? ¿Usted lo puso en 'cool' o lo dejó en 'fan'? Porque eso pasa mucho."),
            c("Lo puse en cool, en 68. No soy bruta.", None),
            t("Ajá. Bueno, mantenimiento se fue a las diez. Mañana temprano mando a alguien. ¿Algo más?"),
            c("¿Mañana? Tengo un bebé de ocho meses sudando. ¿No me pueden cambiar de cuarto?", None),
            t("Estamos llenos, señora, es fin de semana largo. Abra el balcón, que esto es Condado, la brisa es gratis."),
            c("¿Usted me está vacilando? ¿Yo pagué 280 dólares pa' abrir un balcón?", None),
            t("Le entiendo perfectamente, su experiencia es importante. Si quiere, llene la encuesta de satisfacción en la app. Siguiente, por favor."),
            c("Quiero hablar con el gerente ahora mismo.", None),
        ],
    ),
]

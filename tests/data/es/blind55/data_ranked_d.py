"""Ranked pairs d01-d10 (written by hand): two decent conversations, `better` deeper than `worse`."""
from common import c, rpair, t

# d01: servicio de recogida de aceituna de la cooperativa, Martos
D01 = c("Buenas, Manolo. Oye, este año mi hijo se ha ido a trabajar a Alemania y yo solo no puedo con la aceituna. ¿La "
        "cooperativa sigue teniendo el servicio ese de recogida?", None)

# d02: reserva de aniversario, hotel de playa en Conil
D02 = c("Hola, buenas. Quería reservar dos noches pa mediados de septiembre. Es que cumplimos veinticinco años de casados "
        "y quiero darle una sorpresa a mi mujer.", None)

# d03: blanqueamiento antes de la boda, clínica dental en Badajoz
D03 = c("Buenas tardes. Quería preguntar por un blanqueamiento, que me caso en seis semanas y en las fotos quiero salir "
        "bien.", None)

# d04: inglés B1 para un camarero de hotel, academia en Almería
D04 = c("Hola, buenas. Trabajo de camarero en un hotel de Aguadulce y me han dicho que si saco el B1 de inglés me pueden "
        "pasar a recepción. ¿Qué cursos tenéis?", None)

# d05: coche rechazado en la ITV, taller en Cáceres
D05 = c("Buenas. Me han echado el coche pa atrás en la ITV y tengo un mes pa volver. Aquí traigo el papel, pero no "
        "entiendo la mitad de lo que pone.", None)

PAIRS = [
    rpair(
        "esb55r_d01_martos_recogida_aceituna",
        "Un socio mayor de una cooperativa oleícola de Martos (Jaén) pregunta por el servicio de recogida porque su hijo "
        "ya no puede ayudarle. Better pregunta por los olivos y la finca antes de dar precio y descubre que la máquina no "
        "sirve en toda la finca; worse da el precio y la fecha directamente.",
        better=[
            D01,
            t("Buenas, Antonio. Sí, lo seguimos teniendo. Antes de apuntarte, cuéntame cómo es lo tuyo: ¿cuántas matas, son "
              "de varios pies, y la finca está en llano o en cuesta?"),
            c("Unas novecientas matas, casi todas de tres pies, de las viejas de mi abuelo. Y está en la ladera que da a la "
              "Peña, bastante empiná.", None),
            t("Vale, eso cambia la cosa. El vibrador con olivos de tres pies y en esa pendiente va regular: hay que vibrar "
              "cada pie y el tractor no entra en toda la finca. Seguramente habría que mezclar máquina donde entre y "
              "cuadrilla con varas y mantos en lo empinado, y eso sube el precio por kilo. ¿Qué tenías tú en la cabeza?"),
            c("Pues lo que me cobró el vecino el año pasado, doce céntimos el kilo. Más de eso no me sale a cuenta con lo que "
              "está pagando la cooperativa.", "too_expensive"),
            t("Te entiendo. Hagamos una cosa: el jueves subo contigo a la finca, vemos qué parte coge la máquina y te doy un "
              "precio por escrito de cada parte. Si no te cuadra, te digo quién tiene cuadrilla por la zona."),
            c("Venga, el jueves después del café. Así lo vemos los dos.", None),
        ],
        worse=[
            D01,
            t("Buenas, Antonio. Sí, claro. Son catorce céntimos el kilo con vibrador y mantos, y te lo descontamos de la "
              "liquidación. ¿Te apunto?"),
            c("Catorce... el vecino el año pasado me cobró doce. Más de eso no me sale a cuenta.", "too_expensive"),
            t("Es la tarifa de este año, ha subido el gasoil. Pero no tienes que adelantar nada, va en la liquidación. La "
              "cuadrilla puede ir a tu finca la segunda semana de diciembre."),
            c("Bueno, pues apúntame, que solo no puedo. Son novecientas matas, en la ladera de la Peña.", None),
            t("Apuntado, segunda semana de diciembre. Te llamo unos días antes para confirmar."),
            c("Vale, Manolo. Pero llámame, ¿eh?, que en diciembre se me echa el tiempo encima.", None),
        ],
    ),
    rpair(
        "esb55r_d02_conil_aniversario_hotel",
        "Un hombre llama a un hotel de Conil (Cádiz) para reservar por su aniversario. Better pregunta qué le haría "
        "ilusión a su mujer, descubre la operación de rodilla y asigna una habitación sin escaleras con vista al mar; "
        "worse vende bien la habitación pero deja lo de la rodilla a la suerte.",
        better=[
            D02,
            t("¡Enhorabuena, veinticinco años! Con mucho gusto. Para acertar con la sorpresa, cuénteme: ¿qué le gusta a "
              "ella, cómo se imagina un fin de semana perfecto?"),
            c("Pues ella es de playa, de levantarse y ver el mar. Lo único es que la operaron de la rodilla en primavera y "
              "todavía le cuestan las escaleras.", None),
            t("Muy bien que me lo diga. Las habitaciones con vista al mar en primera línea están en el edificio antiguo, que "
              "no tiene ascensor. Le puedo dar una en la planta baja con terraza al mar, sin escalones hasta la arena. Sale a "
              "ciento cuarenta la noche con desayuno."),
            c("Ciento cuarenta... yo había visto en la web una de ciento veinte.", "too_expensive"),
            t("Sí, la de ciento veinte es interior, da al patio. Si lo que ella quiere es despertarse viendo el mar, yo "
              "escogería la de la terraza, pero usted decide. Y si me dice a qué hora llegan, les dejamos una botella de fino "
              "y flores en la habitación; eso corre de nuestra cuenta por el aniversario."),
            c("Pues la de la terraza. Llegaremos el viernes sobre las seis.", None),
            t("Hecho. Le mando la confirmación con la habitación ya asignada, la ciento cuatro, para que no haya sorpresas "
              "de las malas."),
        ],
        worse=[
            D02,
            t("¡Enhorabuena! Pues tenemos habitaciones con vista al mar a ciento cuarenta la noche con desayuno, o interiores "
              "a ciento veinte. ¿Cuál prefiere?"),
            c("Ciento cuarenta... Bueno, ella es de playa, de levantarse y ver el mar. La de vista al mar.", None),
            t("Perfecto, vista al mar. Y por el aniversario les dejamos una botella de fino en la habitación. ¿Qué día "
              "llegan?"),
            c("El viernes sobre las seis. Ah, y que no tenga muchas escaleras, que a ella la operaron de la rodilla.", None),
            t("Se lo anoto en observaciones, y en recepción intentarán darles una planta baja si hay disponibilidad. Le mando "
              "la confirmación por correo."),
            c("Vale, gracias. A ver si hay suerte.", None),
        ],
    ),
    rpair(
        "esb55r_d03_badajoz_blanqueamiento_boda",
        "Un novio pide un blanqueamiento seis semanas antes de la boda en una clínica de Badajoz. Better pregunta por "
        "empastes y sensibilidad, avisa de que el empaste no blanquea y propone revisión primero; worse vende el "
        "blanqueamiento con un gel para la sensibilidad.",
        better=[
            D03,
            t("Buenas tardes, y enhorabuena. Antes de decirle nada, un par de cosas: ¿tiene empastes o alguna funda en los "
              "dientes de delante? ¿Y nota sensibilidad con el frío?"),
            c("Tengo un empaste en una paleta, de cuando me caí de chico con la bici. Y sí, con el helado a veces me da un "
              "calambrazo.", None),
            t("Vale, eso es importante. El blanqueamiento aclara el diente natural, pero el empaste no cambia de color, así "
              "que podría quedar más oscuro que los demás y notarse en las fotos. Y con sensibilidad hay que ir con cuidado. "
              "Lo sensato es una revisión y una limpieza primero; el doctor le dirá si conviene blanquear y si luego habría "
              "que cambiar el empaste para igualar el color."),
            c("Vaya, no sabía lo del empaste. ¿Y todo eso me da tiempo en seis semanas? Que entre la boda y el trabajo no "
              "tengo ni un hueco.", "no_time"),
            t("Da tiempo si empezamos esta semana: revisión y limpieza en una cita, el blanqueamiento a las dos semanas y el "
              "empaste después. Le busco horas a última hora de la tarde. ¿El jueves a las siete y media le viene?"),
            c("El jueves a las siete y media me viene bien, sí.", None),
        ],
        worse=[
            D03,
            t("Buenas tardes, y enhorabuena. Tenemos blanqueamiento en clínica, una sesión de hora y media, por doscientos "
              "ochenta euros, y con férulas para casa por trescientos cincuenta. Le da tiempo de sobra."),
            c("¿Y cuál es mejor? Es que tengo un empaste en una paleta y con el helado a veces me da un calambrazo.", None),
            t("El de clínica es más rápido. Para la sensibilidad le damos un gel y una pasta especial, y con eso va bien."),
            c("Vale, el de clínica. Tendría que ser por la tarde, que por la mañana trabajo.", None),
            t("Sin problema, el jueves a las siete y media. Le hago la reserva."),
            c("Perfecto, pues el jueves.", None),
        ],
    ),
    rpair(
        "esb55r_d04_almeria_ingles_camarero",
        "Un camarero de un hotel de Aguadulce (Almería) necesita el B1 para pasar a recepción y tiene turnos rotativos. "
        "Better pregunta si necesita el título o hablar con clientes, adapta el horario y propone una prueba de nivel; "
        "worse ofrece el curso estándar y resuelve los turnos con clases grabadas.",
        better=[
            D04,
            t("Hola. Qué buena oportunidad. Una pregunta: ¿en el hotel te piden el título oficial, o lo que quieren es que te "
              "defiendas hablando con los clientes? Porque no es lo mismo prepararse una cosa que la otra."),
            c("Pues las dos cosas, me parece. El título pal expediente, pero el jefe dice que lo que importa es que hable con "
              "los guiris sin trabarme. Yo leo algo, pero hablar me da vergüenza.", None),
            t("Vale. ¿Y qué horario tienes? En hostelería suele ser de locos."),
            c("Turnos rotativos, una semana de mañana y otra de tarde. Por eso no me he apuntao nunca a ná, que me pierdo la "
              "mitad de las clases.", "no_time"),
            t("Para eso tenemos grupos espejo: la misma clase de B1 a las diez de la mañana y a las ocho de la tarde, y vas a "
              "la que te toque esa semana. Y los viernes hay un taller de conversación de recepción: check-in, quejas, "
              "reservas. Son noventa al mes. ¿Te hago ahora la prueba de nivel, que son veinte minutos, para ver en qué punto "
              "estás de verdad?"),
            c("Venga, hazme la prueba. Y si me cuadra, me apunto ya.", None),
        ],
        worse=[
            D04,
            t("Hola. Tenemos el curso de B1 lunes y miércoles de siete a nueve, de octubre a mayo, con preparación del examen "
              "oficial. Son ochenta al mes."),
            c("Es que yo tengo turnos rotativos, una semana de mañana y otra de tarde. Me perdería la mitad de las clases.",
              "no_time"),
            t("Entiendo. En ese caso, las clases quedan grabadas en la plataforma y las puedes ver cuando quieras. Y los "
              "exámenes de prueba se hacen online."),
            c("Bueno, eso ayuda. Aunque a mí lo que más me cuesta es hablar, me da vergüenza.", None),
            t("Con la práctica se quita. En clase hacemos ejercicios de speaking para el examen. ¿Te apunto para octubre?"),
            c("Déjame que lo mire con el cuadrante del hotel y te digo.", "think_it_over"),
        ],
    ),
    rpair(
        "esb55r_d05_caceres_itv_rechazada",
        "Un conductor trae a un taller de Cáceres el informe de una ITV desfavorable. Better explica cada defecto, separa "
        "lo obligatorio de lo recomendable antes de dar precios y se adapta a que acaba de pagar el seguro; worse da un "
        "presupuesto de todo y solo separa lo obligatorio cuando el cliente se queja.",
        better=[
            D05,
            t("Buenas, a ver ese papel... Pone dos defectos graves: holgura en la rótula de dirección del lado derecho y la "
              "luz de matrícula fundida. Y uno leve, desgaste de los neumáticos de delante. ¿Quiere que le explique qué es "
              "cada cosa antes de hablar de precios?"),
            c("Sí, por favor, que a mí me suena todo a chino.", None),
            t("La luz de matrícula es una bombilla, dos euros, y se la cambio ahora mismo. La rótula es una pieza de la "
              "dirección que tiene juego: eso sí es de seguridad y hay que arreglarlo para pasar, unos noventa euros con "
              "montaje. Los neumáticos son leves: no le impiden pasar, pero les quedan pocos milímetros. ¿Cuántos kilómetros "
              "hace al mes?"),
            c("Poco, lo uso pa ir al pueblo los fines de semana. Y las ruedas ahora mismo no me las puedo permitir, que "
              "acabo de pagar el seguro.", "no_money"),
            t("Entonces haga ahora lo obligatorio, bombilla y rótula, y las ruedas déjelas para dentro de unos meses; se lo "
              "apunto en la factura para que no se le olvide. Si me lo deja el martes, el miércoles lo tiene listo para "
              "volver a la ITV."),
            c("El martes se lo traigo a primera hora. Gracias por explicármelo, que en otro sitio me querían cambiar medio "
              "coche.", None),
        ],
        worse=[
            D05,
            t("Buenas, a ver... rótula de dirección, luz de matrícula y neumáticos. Se lo dejo todo arreglado: rótula, "
              "bombilla y dos neumáticos delanteros, unos doscientos setenta euros en total."),
            c("¿Doscientos setenta? Ahora mismo eso no me lo puedo permitir, que acabo de pagar el seguro.", "no_money"),
            t("Los neumáticos son un defecto leve; si quiere, los dejamos. Lo obligatorio es la rótula y la bombilla, unos "
              "noventa y dos euros."),
            c("Ah, pues entonces solo eso. ¿Cuándo se lo traigo?", None),
            t("El martes, y el miércoles lo tiene listo para la ITV."),
            c("Vale, el martes a primera hora.", None),
        ],
    ),
]

# d06: colchón para un dolor de espalda, tienda de muebles en Écija
D06 = c("Buenas. Venimos a por un colchón, que mi marío se levanta toas las mañanas con la espalda hecha polvo y el médico "
        "dice que a lo mejor es del colchón.", None)

# d07: placas para la depuradora de un chalé, Lepe
D07 = c("Hola, buenas. Tengo un chalé en las afueras de Lepe con piscina, y la depuradora me dispara la luz en verano. "
        "Quería saber cuánto me costarían unas placas.", None)

# d08: licencia de terraza para un bar, ayuntamiento de Jaén
D08 = c("Buenos días. Tengo un bar en la calle Cerón y quiero sacar unas mesas a la calle pa la primavera. ¿Qué tengo que "
        "hacer?", None)

# d09: factura de teléfono alta, tienda de una operadora en Mérida
D09 = c("Buenas tardes. Vengo porque la factura del teléfono me viene en noventa y cinco euros al mes y me parece una "
        "barbaridad pa lo que yo uso.", None)

# d10: transporte frigorífico para una cooperativa de fresa de Moguer
D10 = c("Buenos días, llamo de una cooperativa de fresa de Moguer. Estamos buscando transporte frigorífico pa Alemania "
        "esta campaña, que el que teníamos nos falló dos veces el año pasado.", None)

PAIRS += [
    rpair(
        "esb55r_d06_ecija_colchon_espalda",
        "Un matrimonio busca colchón en una tienda de Écija porque él se levanta con dolor de espalda. Better pregunta "
        "dónde le duele y cómo duerme, desmonta el mito del colchón duro y ofrece prueba en casa; worse recomienda el "
        "colchón firme de entrada y cierra la venta.",
        better=[
            D06,
            t("Buenas. Vamos a ver qué le pasa a él exactamente. ¿Dónde le duele, en la parte de abajo de la espalda o más "
              "arriba? ¿Y cómo duerme, boca arriba, de lado...?"),
            c("Abajo, en los riñones. Duerme de lao, siempre del mismo. Y yo boca arriba. El colchón que tenemos tiene doce "
              "años, de muelles, y ya tiene un hoyo en su lao.", None),
            t("Doce años y con hoyo: ahí tiene buena parte del problema. Quien duerme de lado necesita que el hombro y la "
              "cadera se hundan un poco y la cintura quede sujeta; un colchón muy duro no le va bien, aunque se diga mucho. "
              "¿Se tumban en estos tres, cada uno en su postura, y me dicen?"),
            c("Venga. Eso sí, no nos queremos ir de seiscientos, que ahora estamos con la boda de la niña.", None),
            t("Con seiscientos tienen este del medio, de muelles ensacados, en su medida. Y lo importante: tienen sesenta "
              "noches para probarlo en casa; si a él no le mejora la espalda, se lo cambiamos por otra firmeza."),
            c("Eso de probarlo me convence. Este del medio, sí, que él dice que se está como en la gloria.", None),
        ],
        worse=[
            D06,
            t("Buenas. Para la espalda lo mejor es un colchón firme. Este de aquí es viscoelástico de firmeza alta, el que "
              "más nos piden para dolores de espalda. Está en quinientos noventa."),
            c("¿Firme? Es que él duerme de lao. El nuestro tiene doce años y tiene un hoyo en su lao.", None),
            t("Con doce años ya toca cambiarlo, eso seguro. Este firme le va a sujetar bien. Si quiere, que se tumbe un "
              "momento."),
            c("A ver... dice que está duro, pero que se está bien. Y está dentro de lo que queríamos gastar.", None),
            t("Pues se lo llevamos el viernes. Y tiene dos años de garantía."),
            c("Venga, el viernes.", None),
        ],
    ),
    rpair(
        "esb55r_d07_lepe_placas_piscina",
        "Un vecino de Lepe (Huelva) pide precio de placas por el gasto de la depuradora. Better pregunta consumos y "
        "orientación del tejado, es honesto en que hacia el norte no le compensaría y ofrece una alternativa con números; "
        "worse da el precio de un kit estándar y manda al técnico.",
        better=[
            D07,
            t("Hola. Vamos a ver si le compensa antes de hablar de precio. ¿Cuánto le viene la factura en verano y en "
              "invierno? ¿Y hacia dónde mira el tejado?"),
            c("En verano unos ciento cuarenta, en invierno sesenta o así. El tejado, ni idea. La fachada da al norte, eso sí "
              "lo sé, porque en invierno la entrada está fresquísima.", None),
            t("Eso es importante. Si el tejado es a dos aguas, la parte de atrás mirará al sur y perfecto; si es a un agua "
              "hacia el norte, las placas producirían bastante menos y no se lo recomendaría. ¿Me manda una foto del tejado o "
              "la dirección, para verlo en el satélite?"),
            c("Te mando la dirección. ¿Y si al final en el tejado no se puede, qué?", None),
            t("Entonces hay otra opción: una pérgola junto a la piscina con las placas encima, que además le da sombra. Es "
              "algo más cara, pero le hago los números de las dos, y si no salen, se lo digo. La depuradora funciona de día, "
              "que es justo cuando producen."),
            c("Vale, mándame las dos opciones y lo miro con mi mujer.", "think_it_over"),
        ],
        worse=[
            D07,
            t("Hola. Para una vivienda con piscina, lo normal es un kit de cuatro kilovatios, que sale por unos cinco mil "
              "quinientos instalado y se amortiza en seis o siete años."),
            c("Cinco mil quinientos... es mucho dinero. En verano me vienen unos ciento cuarenta de luz y en invierno "
              "sesenta.", "too_expensive"),
            t("Con esos consumos el kit de cuatro va bien. Y hay deducciones en la renta por instalar placas, que le "
              "devuelven una parte."),
            c("Ah, eso no lo sabía. Bueno, ¿y cuándo podríais venir a verlo?", None),
            t("El técnico puede pasar el lunes a mirar el tejado, y le damos el presupuesto cerrado."),
            c("El lunes bien, mejor por la tarde, que por la mañana estoy en el almacén.", None),
        ],
    ),
    rpair(
        "esb55r_d08_jaen_licencia_terraza",
        "El dueño de un bar de Jaén pregunta en el ayuntamiento por la licencia de terraza. Better pregunta cuántas mesas "
        "y qué anchura tiene la acera, le avisa de que solo le cabrán mesas pequeñas, y le da una cita en su día de "
        "cierre; worse le da el impreso y los plazos correctos.",
        better=[
            D08,
            t("Buenos días. Es una licencia de ocupación de vía pública. Para decirle exactamente lo que necesita: ¿cuántas "
              "mesas quiere sacar, y la acera delante del bar qué anchura tiene, más o menos?"),
            c("Cuatro mesas con sus sillas. La acera tendrá dos metros, dos y pico. ¿Y pa cuándo lo tendría? Que en Semana "
              "Santa es cuando más gente pasa.", None),
            t("Con dos metros hay que dejar un paso libre para peatones, así que seguramente le dejen mesas pegadas a la "
              "fachada, de dos sillas, no de cuatro. Se lo digo ya para que no se lleve un chasco. La resolución suele tardar "
              "de uno a dos meses, así que para llegar a Semana Santa tendría que presentarlo este mes."),
            c("¿Uno a dos meses? Ufff. Es que esta semana no tengo tiempo de ponerme con papeles, estoy solo en el bar.",
              "no_time"),
            t("Lo entiendo. Se puede presentar por la sede electrónica a cualquier hora, o que venga alguien con una "
              "autorización suya. Le doy la lista: plano sencillo con medidas, seguro de responsabilidad civil y pago de la "
              "tasa. Y si quiere, le doy cita un lunes, que es cuando cierra, para revisarlo conmigo antes de presentarlo."),
            c("Eso me viene bien, el lunes. Mi hija me hace el plano, que ella sabe de eso.", None),
        ],
        worse=[
            D08,
            t("Buenos días. Es una licencia de ocupación de vía pública. Aquí tiene la solicitud; tiene que adjuntar un plano "
              "de la terraza, el seguro de responsabilidad civil y el justificante de la tasa, que va por mesa y temporada."),
            c("Vale. ¿Y pa cuándo lo tendría? Que en Semana Santa es cuando más gente pasa.", None),
            t("El plazo de resolución es de uno a dos meses. Si lo presenta este mes, debería llegar."),
            c("Ufff. Es que esta semana no tengo tiempo de ponerme con papeles, estoy solo en el bar.", "no_time"),
            t("También se puede presentar por la sede electrónica, a cualquier hora. En la hoja viene la dirección."),
            c("Vale, pues lo intentaré por internet. Gracias.", None),
        ],
    ),
    rpair(
        "esb55r_d09_merida_factura_telefono",
        "Un jubilado de Mérida se queja de que paga noventa y cinco euros de teléfono. Better repasa qué usa cada uno en "
        "casa y descubre un paquete de fútbol que nadie ve desde hace dos años; worse aplica un descuento temporal y ofrece "
        "más velocidad.",
        better=[
            D09,
            t("Buenas tardes. Vamos a mirar qué tiene contratado y qué usa de verdad. ¿Me deja el DNI? A ver... tiene fibra, "
              "dos móviles, el fijo y un paquete de televisión con fútbol. ¿Quién usa cada cosa en casa?"),
            c("Pues en casa estamos mi mujer y yo. Los móviles, uno cada uno. Lo de la tele con el fútbol lo puso mi hijo "
              "cuando vivía con nosotros, pero se fue a Madrid hace dos años.", None),
            t("¿Y ustedes ven el fútbol o los canales de pago?"),
            c("Yo veo el Mérida cuando lo echan por la tele normal, y poco más. El fútbol ese de pago no lo pongo nunca.",
              None),
            t("Entonces está pagando veintiocho euros al mes por algo que no usa desde hace dos años. Si lo quitamos y le "
              "dejo fibra, fijo y los dos móviles con los datos que gastan, que es poco, se queda en cuarenta y nueve, sin "
              "permanencia nueva."),
            c("¿Cuarenta y nueve? Eso ya es otra cosa. Quítelo ahora mismo, hijo.", None),
            t("Hecho. Lo notará en la factura del mes que viene; le doy el resumen impreso para que se lo enseñe a su mujer."),
        ],
        worse=[
            D09,
            t("Buenas tardes. A ver... sí, tiene una tarifa completa. Lo que puedo hacer es aplicarle un descuento de "
              "fidelización de quince euros al mes durante doce meses, y se le queda en ochenta."),
            c("Ochenta sigue siendo mucho pa lo que yo uso, que somos mi mujer y yo y no hacemos ná de particular.",
              "too_expensive"),
            t("Entiendo. También puedo subirle la fibra a un giga sin coste, para que le saque más partido."),
            c("Hijo, si yo internet lo uso pa leer el periódico. Lo de la fibra déjelo; el descuento sí, algo es algo.",
              "no_need"),
            t("Perfecto, le aplico el descuento. En la próxima factura ya lo verá."),
            c("Vale, gracias.", None),
        ],
    ),
    rpair(
        "esb55r_d10_moguer_frigorifico_fresa",
        "Una cooperativa de fresa de Moguer (Huelva) busca transporte frigorífico a Alemania tras dos fallos del anterior. "
        "Better pregunta qué falló, responde a eso con el registro de temperatura y propone una prueba antes del pico; "
        "worse da precio y ofrece descuento por exclusividad.",
        better=[
            D10,
            t("Buenos días. Cuénteme qué pasó esas dos veces, que así sé qué es lo que no puede volver a pasar."),
            c("Una vez el camión llegó tarde a la carga y perdimos el hueco en el almacén de Múnich. La otra, el equipo de "
              "frío se paró en Francia y la fruta llegó a ocho grados. Nos devolvieron doce palés.", None),
            t("Eso es lo peor que le puede pasar a la fresa. Nosotros llevamos registrador de temperatura en cada camión y "
              "usted lo ve en el móvil en tiempo real, con alarma si pasa de cuatro grados. ¿Cuántos camiones calculan a la "
              "semana, y en qué meses es el pico?"),
            c("En marzo y abril, de ocho a diez camiones a la semana. El resto, tres o cuatro. El año pasado pagábamos dos "
              "mil ochocientos el viaje completo.", None),
            t("Nosotros estamos en tres mil cien el viaje a Múnich, con doble conductor, que es lo que permite llegar en "
              "treinta horas. Le propongo algo de poco riesgo: empezamos con dos camiones a la semana en febrero, antes del "
              "pico, y si cumplimos en hora y en temperatura, hablamos del volumen de marzo."),
            c("Trescientos más por viaje es mucho con diez camiones a la semana. Pero lo de probar en febrero me parece "
              "sensato. Lo llevo al consejo rector el jueves.", "think_it_over"),
        ],
        worse=[
            D10,
            t("Buenos días. Sí, hacemos Alemania toda la temporada. El viaje completo a Múnich son tres mil cien euros, con "
              "doble conductor y equipo de frío revisado. ¿Cuántos camiones necesitarían?"),
            c("En marzo y abril, de ocho a diez a la semana. Tres mil cien es mucho, el año pasado pagábamos dos mil "
              "ochocientos.", "too_expensive"),
            t("Con ese volumen le puedo dejar el viaje en tres mil si nos da la campaña entera en exclusiva. Nuestra flota es "
              "nueva y cumplimos plazos."),
            c("Ya, eso mismo nos dijo el otro. Lo llevo al consejo rector el jueves y le decimos.", "think_it_over"),
            t("Perfecto, le mando hoy mismo la oferta por escrito."),
            c("Vale, mándemela al correo de la cooperativa y la estudiamos.", None),
        ],
    ),
]

"""Gaming pairs, part A (written by hand). Rioplatense Spanish: Buenos Aires, Rosario, Cordoba, Montevideo."""
from common import c, gpair, t

# a01 monologue: heladera en Avellaneda
A01_O = c("Hola, buenas... eh, estoy buscando una heladera. Se me rompió la mía el fin de semana y tengo todo metido en la conservadora de mi cuñado.", None)

# a02 closing_as_open_question: prepaga en Cordoba, por WhatsApp
A02_O = c("hola buenas tardes, queria averiguar por un plan para mi y mi hijo de 6 años. soy monotributista", None)

# a03 pitch_as_paraphrase: lector de tarjetas para un almacen de La Teja
A03_O = c("Buenas. Vos sos el de las maquinitas de tarjeta, ¿no? Pasá, pasá. Te aviso que tengo cinco minutos, a las once me cae el camión de la leche.", None)

# a04 upsell_as_loop_closing: gimnasio en Rosario
A04_O = c("Hola, ¿qué tal? Quería averiguar para anotarme. Me operaron la rodilla hace unos meses y el kinesiólogo me dijo que haga musculación.", None)

# a05 leading_tag_questions: concesionaria en Moron
A05_O = c("Buenas. Ando buscando un auto para laburar, hago remís en Castelar y el mío ya tiene cuatrocientos mil kilómetros.", None)

# a06 putdown_question: internet por fibra en Caballito, por telefono
A06_O = c("Hola, mirá, te llamo porque hace una semana que se me corta internet todas las noches y ya estoy podrido. Trabajo desde casa.", None)

# a07 not_my_department_or_read_the_terms: inmobiliaria en Palermo, por chat
A07_O = c("hola! vi el aviso del 2 ambientes de guemes. sigue disponible? no tengo garantia propietaria, soy de corrientes", None)

# a08 social_proof_or_deadline_pressure: insumos agricolas en Pergamino
A08_O = c("Buen día, Gustavo. Vengo a ver lo de la semilla para la soja de primera. Este año son ciento ochenta hectáreas, las mías y las que le alquilo al Rossi.", None)

# a09 keyword_stuffed: mutualista en Montevideo
A09_O = c("Hola, buen día. Te consulto: estoy pensando en cambiarme de mutualista con mi bebé. Estoy en una del Centro y vivo en Malvín, y cada vez que tengo que llevar a la gurisa al pediatra es un viaje.", None)

# a10 rude: parrilla en San Telmo, por telefono
A10_O = c("Hola, ¿qué tal? Quería reservar para el sábado a la noche, somos quince. Es el cumple de setenta de mi viejo.", None)

PAIRS = [
    gpair(
        "esb54g_avellaneda_heladera", "casa de electrodomésticos, Avellaneda (GBA)", "monologue",
        "Una mujer que vive con su madre necesita reemplazar ya una heladera rota; tiene un hueco de 60 cm y el presupuesto justo.",
        good=[
            A01_O,
            t("Uh, qué garrón, y con este calor. Te ayudo. ¿Dónde la vas a poner? ¿Tenés medido el hueco? Así no te muestro algo que después no entra."),
            c("Sí, sí, lo medí. Tengo sesenta de ancho y arriba hay una alacena, así que no puede pasar de uno setenta, más o menos.", None),
            t("Perfecto, sesenta por uno setenta. ¿Y cuántos son en casa? ¿El freezer lo usás mucho o es más para el día a día?"),
            c("Somos mi mamá y yo nomás. Freezer poco, algún helado, las milanesas que preparo el domingo... nada del otro mundo.", None),
            t("Bien, entonces no te hace falta una grande. Tengo dos que entran justo: una cíclica de uno sesenta y cinco, la más simple, a 780 mil, y una no frost de uno setenta, que no se descongela nunca, a un millón cincuenta. Las dos en 12 cuotas sin interés con Visa o Master bancaria."),
            c("Uf... la no frost me encantaría, pero doce cuotas de casi noventa lucas no llego, eh. Estoy justa con la jubilación de mamá y lo mío.", "no_money"),
            t("Te entiendo, y no tiene sentido que te ahorques. La cíclica te queda en unas 65 por mes y para dos personas anda bárbara. Lo único es que dos veces por año la tenés que descongelar. ¿Eso te molestaría?"),
            c("No, la de antes era así y me arreglaba. ¿Y cuándo me la traen? Porque otra semana sin heladera no aguanto.", None),
            t("Si la dejamos hecha hoy, te la llevamos el jueves a la mañana, sin cargo acá en Avellaneda, de 8 a 13. ¿Te sirve, o preferís que te la separe y lo charlás antes con tu mamá?"),
            c("No, dale, el jueves está mi mamá en casa. Hacemos la cíclica.", None),
        ],
        gaming=[
            A01_O,
            t("¡Hola! ¿Qué te trae por acá hoy? Vení que te muestro lo que es una verdadera experiencia de frío: esta es la French Door inverter, 540 litros, dispenser de agua, freezer abajo, luz LED, la manejás desde el celular, te avisa si dejaste la puerta abierta. Es la que más sale, la gente que la prueba no vuelve a otra cosa."),
            c("Ah, es linda, pero yo tengo un hueco chico, eh...", None),
            t("Tranqui, eso se soluciona, muchos clientes corren la alacena y listo. Y mirá la tecnología: el compresor inverter te ahorra un cuarenta por ciento de luz, o sea que se paga sola. Diez años de garantía en el motor, cajón de verduras con humedad controlada, fábrica de hielo. Lo que vos necesitás es tranquilidad, y esto es tranquilidad."),
            c("Pero... ¿cuánto sale?", None),
            t("Está tres millones cuatrocientos, pero no pienses en el total: son 18 cuotas, y con la Visa del Provincia te bonifico el envío, la instalación y el primer service. Y la tenés en negro o en acero, el acero te queda espectacular en cualquier cocina. ¿Te tomo los datos?"),
            c("No, no, pará. ¿Tres palos y medio? Ni en pedo tengo esa plata. Y no corro ninguna alacena, alquilo.", "no_money"),
            t("Te entiendo perfectamente. Pero pensala como una inversión a diez años, y con la promo hoy pagás menos de lo que va a salir el mes que viene. Te muestro también la de 480 litros, que es parecida, tiene el mismo panel digital y el dispenser y..."),
            c("Mirá, dejá. Voy a dar una vuelta y veo.", "brush_off"),
            t("¡Dale! Cualquier cosa que necesites acá estamos. ¿Hay algo más en lo que te pueda ayudar hoy?"),
            c("No, gracias.", None),
        ],
    ),
    gpair(
        "esb54g_cordoba_prepaga", "prepaga (medicina privada), Córdoba capital", "closing_as_open_question",
        "Una monotributista consulta por WhatsApp un plan para ella y su hijo asmático; el padre del nene paga la mitad de los gastos de salud.",
        good=[
            A02_O,
            t("¡Hola! Buenas tardes, soy Flor, de la sucursal Nueva Córdoba. Te ayudo. Para orientarte bien: ¿hoy tienen alguna cobertura o se atienden en el hospital?"),
            c("tengo la obra social del monotributo pero es un desastre, nunca hay turno. al nene lo llevo al de niños casi siempre", None),
            t("Entiendo, lo de los turnos es un tema. ¿Hay algo puntual por lo que lo llevás seguido? Te pregunto porque algunas cosas tienen carencia o cuentan como preexistencia, y prefiero decírtelo de entrada."),
            c("si, tiene asma. en invierno vamos a la guardia cada dos por tres", None),
            t("Gracias por contarme. El asma se declara como preexistencia; igual, si derivás tu aporte del monotributo, guardia y pediatría las tenés desde el primer día, y la medicación crónica con 70%. Lo que sí tiene carencia de seis meses es internación programada. El plan que mejor te queda es el 210, con el Privado y dos clínicas del centro: unos 95 mil por mes, ya descontado lo que aportás."),
            c("ah bueno, no es tan terrible. pero lo tengo q charlar con el papa del nene, el paga la mitad de todo lo de salud", "think_it_over"),
            t("Obvio, tiene sentido. ¿Te mando la cartilla y el detalle de la cuota por escrito así se lo pasás? Y si querés te escribo el jueves para ver qué dijeron, sin compromiso."),
            c("dale si mandamelo. el jueves a la tarde mejor xq a la mañana laburo", None),
            t("Perfecto, jueves tipo 17. Ya te lo mando. ¡Gracias por escribir!"),
        ],
        gaming=[
            A02_O,
            t("¡Hola! ¡Qué lindo que nos elijas! Contame, ¿qué te haría sentir más tranquila para arrancar hoy mismo con nosotros?"),
            c("y no se, primero saber cuanto sale y q cubre. el nene tiene asma", None),
            t("Re entiendo. Tenemos el plan 310 que cubre todo, 128 mil por mes los dos. ¿Con qué fecha de alta te gustaría empezar, el 1 o el 15?"),
            c("eh para, no me dijiste si el asma la cubren o si es preexistencia", None),
            t("Eso lo ve auditoría médica, quedate tranqui. ¿Cómo preferís abonar, débito automático o tarjeta? Con débito te bonifico el primer mes."),
            c("no se, 128 es bastante mas de lo q pensaba", "too_expensive"),
            t("¿Y qué tendría que pasar para que lo firmemos hoy? ¿Si te hago un 10% los primeros tres meses, arrancamos?"),
            c("no, hoy no firmo nada. lo tengo q hablar con el papa del nene", "think_it_over"),
            t("Perfecto. ¿Qué te parece si te mando el formulario ya completo y lo firman esta noche? ¿A qué hora te queda cómodo que te llame mañana para cargar la tarjeta?"),
            c("no me llames. si me interesa te escribo yo", "brush_off"),
        ],
    ),
    gpair(
        "esb54g_montevideo_lector", "medios de cobro para comercios, Montevideo (La Teja)", "pitch_as_paraphrase",
        "El dueño de un almacén pierde algunas ventas chicas por no aceptar débito; el vendedor lo visita en el local.",
        good=[
            A03_O,
            t("Sí, soy Martín. Cinco minutos alcanzan, tranquilo. Decime, ¿hoy cómo te pagan los clientes? ¿Casi todo efectivo?"),
            c("Y, sí, la mayoría efectivo. Pero cada vez más me vienen con la de débito o con el celular, y como no tengo, se me van al súper de la esquina. Pila de veces pasa.", None),
            t("O sea que no querés cambiar cómo cobrás todo, sino no perder al que viene sin efectivo. ¿Más o menos cuántos se te van por día así?"),
            c("Tá, exacto. Y qué sé yo... cuatro, cinco por día. Compras chicas, doscientos, trescientos pesos.", None),
            t("Con ese movimiento no te conviene un POS con alquiler fijo, porque pagás el mes aunque vendas poco. Te sirve más el lector chico que va con el celular: no tiene costo mensual, pagás solo la comisión de cada venta, en débito menos del dos por ciento, y la plata te entra en 48 horas. ¿Tenés cuenta en algún banco?"),
            c("En el BROU, sí. ¿Y el aparatito ese cuánto sale?", None),
            t("Dos mil novecientos pesos, una sola vez. Si querés te lo dejo en tres pagos."),
            c("Mmm, tá. No es mucho, pero antes de meterme lo quiero hablar con mi señora, que es la que lleva las cuentas.", "think_it_over"),
            t("Me parece bien. Te dejo las comisiones por escrito y paso el martes a esta hora, después del camión. Si para el martes no lo vieron, no pasa nada."),
            c("Dale, el martes. Pero vení después de las once y media, ¿eh?", None),
        ],
        gaming=[
            A03_O,
            t("Sí, Martín, un gusto. Para entender bien tu negocio, contame: ¿qué es lo que más te preocupa hoy a la hora de cobrar?"),
            c("Que se me van clientes porque no tengo para tarjeta. Cuatro, cinco por día, compras chicas.", None),
            t("Perfecto. Entonces, si te entendí bien, lo que precisás es nuestro Plan Comercio Plus: POS inalámbrico, cuenta empresarial y la app de gestión, a 1.490 por mes. ¿Es así?"),
            c("No, bo, yo no dije eso. Yo vendo poco con tarjeta, no preciso ninguna cuenta empresarial.", "no_need"),
            t("Claro, lo que me estás diciendo es que querés crecer y no perder ventas, y para crecer hay que profesionalizarse, ¿correcto? O sea que lo que buscás es el Comercio Plus con la impresora de tickets incluida."),
            c("¿Mil quinientos por mes para cobrar cuatro compras de doscientos pesos? Es un disparate, es salado eso.", "too_expensive"),
            t("Entiendo. Entonces lo que a vos te importa es la cuota mensual, o sea que lo que necesitás es el Comercio Plus anual, que te deja el mes a 1.290. ¿Lo dejamos así?"),
            c("Mirá, ahí me cayó el camión. Dejame un papelito y después veo.", "brush_off"),
            t("Dale. Entonces te anoto como interesado en el Comercio Plus anual, ¿sí?"),
            c("No me anotes en nada, bo.", "no_need"),
        ],
    ),
    gpair(
        "esb54g_rosario_gimnasio", "gimnasio de barrio, Rosario (Echesortu)", "upsell_as_loop_closing",
        "Una mujer operada del ligamento cruzado viene a anotarse con indicación del kinesiólogo; solo puede ir tres tardes por semana.",
        good=[
            A04_O,
            t("Hola, bienvenida. Qué bueno que vengas con indicación del kine. ¿Qué te hicieron en la rodilla? ¿Te dio alguna pauta de lo que podés y no podés hacer?"),
            c("Ligamento cruzado. Me dio una hoja con ejercicios, la tengo acá en el celu. Nada de saltos por ahora.", None),
            t("Buenísimo. Pasámela así se la muestro al profe de la tarde, que trabaja mucho con rehabilitación. ¿Qué días y horarios podrías venir?"),
            c("Tres veces por semana, a la tarde, después de las seis. Más no puedo, tengo al nene.", None),
            t("Entonces te conviene el pase de tres veces, que son 28 mil por mes; el libre no lo vas a aprovechar. Te sugiero lunes, miércoles y viernes a las seis y media, que es cuando está Nico, el profe que te decía."),
            c("Ah, mirá. Está bien de precio, eh. En el de la vuelta de casa me pedían 35.", None),
            t("Antes de pagar nada, ¿querés hacer una clase de prueba el lunes, a ver si te sentís cómoda con Nico y con el lugar?"),
            c("Dale, sí, prefiero. Si me gusta, el lunes mismo pago el mes.", None),
            t("Listo, te anoto el lunes 18:30. Traé la hoja del kine y el apto físico si lo tenés."),
        ],
        gaming=[
            A04_O,
            t("¡Hola, bienvenida! ¿Qué objetivo te gustaría lograr con nosotros?"),
            c("Rehabilitar la rodilla, me operaron del cruzado. Quiero el pase de tres veces por semana, a la tarde.", None),
            t("Genial, tres veces por semana, anotado. ¿Y qué más te puedo sumar para que tu experiencia sea completa? Tenemos el plan nutricional con la licenciada, son 15 mil más por mes."),
            c("No, no, gracias. Lo de la comida lo tengo más o menos controlado.", "no_need"),
            t("Perfecto. ¿Hay algo más que necesites? Porque para la rodilla te vendría bárbaro el pack de diez sesiones con personal trainer, así cerramos bien tu plan."),
            c("¿Y cuánto es eso?", None),
            t("Noventa mil el pack. Y ya que estamos, ¿te sumo la remera y el bidón del gimnasio? ¿Algo más que pueda hacer por vos hoy?"),
            c("¿Noventa lucas? No, con lo que pago la cuota del club del nene no me da. Yo vine por el pase de tres veces y nada más.", "no_money"),
            t("Claro, claro. ¿Y si te agrego aunque sea el plan nutricional, así no te vas con las manos vacías? ¿Algo más?"),
            c("Dejá, otro día vengo. Chau.", "brush_off"),
        ],
    ),
    gpair(
        "esb54g_moron_remis", "concesionaria 0 km y planes de ahorro, Morón (GBA oeste)", "leading_tag_questions",
        "Un remisero necesita cambiar su auto de trabajo (mucho kilometraje, GNC, baúl grande) y desconfía de los planes de ahorro.",
        good=[
            A05_O,
            t("Buenas, ¿cómo va? Cuatrocientos mil, le sacaste todo el jugo. Contame cómo lo usás: ¿cuántos kilómetros hacés por día? ¿Andás con GNC?"),
            c("Unos doscientos por día, sí, a gas, si no no me cierra. Y necesito baúl grande, llevo mucha gente a Ezeiza.", None),
            t("Ok: mucho kilómetro, gas y baúl. ¿Y cómo pensabas pagarlo? ¿Entregás el tuyo, tenés algo ahorrado, pensabas financiar?"),
            c("Entrego el mío y tengo unos tres palos guardados. Lo demás en cuotas. Pero plan de ahorro no, eh, ni loco. Mi cuñado entró en uno, le aumentaban la cuota todos los meses y el auto nunca se lo adjudicaron.", "bad_experience"),
            t("Es entendible, a mucha gente le pasó eso con la inflación. Descartamos el plan, entonces. Lo que te puedo ofrecer es un prendario: con tu usado más los tres millones te queda financiar unos nueve y medio. En 36 cuotas fijas en pesos ronda los 490 mil por mes."),
            c("Uh... medio pesado. Un mes malo y estoy al horno.", "no_money"),
            t("Tal cual, no quiero que quedes ahorcado. Se puede estirar a 48, que baja a unos 390, o ir a la versión base del sedán, que para remís rinde igual y tiene el mismo baúl. ¿Te armo las dos por escrito con el costo total, así las comparás tranquilo?"),
            c("Sí, armámelas. Y mañana te traigo el auto así lo tasan.", None),
            t("Dale, mañana a la mañana lo ve el tasador. Las dos opciones te las mando hoy por WhatsApp."),
        ],
        gaming=[
            A05_O,
            t("¡Buenas! ¿Qué te trae hoy por acá? Para laburar vas a querer la versión full, ¿no? Con todo el día arriba del auto, el confort es lo primero, ¿verdad?"),
            c("Y... no sé si full. Es para remís, a gas. Lo que necesito es baúl.", None),
            t("Claro, baúl. Y el GNC en un cero kilómetro no te conviene por la garantía, ¿no es cierto? Mejor nafta y te olvidás, ¿o no?"),
            c("No, a nafta no me cierra, hago doscientos kilómetros por día.", None),
            t("Bueno, eso lo vemos. Y para pagarlo, el plan de ahorro es lo más conveniente, ¿verdad? Cuotas bajas, y un auto siempre es una buena inversión, ¿no?"),
            c("Plan de ahorro ni en pedo. Mi cuñado estuvo años pagando y nunca vio el auto.", "bad_experience"),
            t("Bueno, pero eso le habrá pasado por no licitar, ¿no? Vos sos un tipo que sabe lo que quiere, a vos no te va a pasar, ¿no es cierto? ¿Te muestro la full en rojo, que es la que más lindo queda?"),
            c("Me estás vendiendo algo que no te pedí, viejo. Dejá, paso por la agencia de Haedo.", None),
        ],
    ),
    gpair(
        "esb54g_caballito_fibra", "proveedor de internet por fibra, Caballito (CABA)", "putdown_question",
        "Un diseñador que trabaja desde casa pierde la conexión todas las noches a la hora de sus reuniones con clientes del exterior.",
        good=[
            A06_O,
            t("Hola, te pido disculpas, una semana así con el laburo en casa es un bajón. Te ayudo. ¿A qué hora se corta, más o menos, y cuánto tiempo queda sin señal?"),
            c("Tipo nueve, nueve y media. Se va diez, quince minutos y vuelve. Y justo a esa hora tengo las reuniones con clientes de afuera.", None),
            t("O sea, un corte todos los días a la misma hora, de un cuarto de hora, justo en tus reuniones. ¿Se cae todo, wifi y cable, o solo el wifi? ¿Alguna luz del módem cambia?"),
            c("Todo. La luz de LOS se pone roja. Ya lo reinicié mil veces.", None),
            t("Gracias, eso ayuda un montón: la luz roja de LOS indica que no llega la señal de la fibra, no es nada de tu casa. Y veo cortes registrados en tu nodo estas noches. Te mando un técnico a revisar la conexión de afuera: tengo mañana de 8 a 13 o el viernes de 14 a 18."),
            c("Mañana a la mañana no puedo, tengo que ir a lo de un cliente. Y el viernes tampoco me puedo quedar toda la tarde esperando.", "no_time"),
            t("Entiendo. Te puedo pedir la primera visita del viernes, a las 14, y te llaman media hora antes de llegar. Como es de afuera, si no estás igual pueden revisar la caja del edificio. Y te cargo un crédito por los días con cortes en la próxima factura."),
            c("Bueno, eso está mejor. Dale, el viernes a las dos.", None),
            t("Listo, te queda el reclamo 48213 y te llega un SMS con la confirmación. ¿Querés que le anote algo más al técnico?"),
            c("No, eso. Gracias, che.", None),
        ],
        gaming=[
            A06_O,
            t("Hola, entiendo tu frustración. ¿No será que tenés el router metido adentro de un mueble, como hace casi todo el mundo? Contame, ¿qué pasó exactamente?"),
            c("No, está arriba de la biblioteca, a la vista. Se corta todo, todas las noches a las nueve.", None),
            t("Ajá. ¿Y sabés reiniciarlo bien, o lo desenchufás y lo enchufás enseguida? Porque hay que esperar treinta segundos, eh. ¿Qué sentís que está fallando?"),
            c("Sí, sé reiniciar un router, gracias. Se pone roja la luz de LOS.", None),
            t("Bueno, tampoco es para ponerse así. Quince minutos por día no es el fin del mundo, ¿no estarás exagerando un poquito? ¿Cuántos dispositivos tenés conectados? ¿No estarás bajando películas?"),
            c("¿Me estás cargando? Pago treinta lucas por mes para que me anden las reuniones. Mandame un técnico.", None),
            t("Puedo mandarte un técnico, pero si viene y el problema es de tus equipos, la visita se cobra. ¿Estás seguro de que querés eso?"),
            c("Con la empresa anterior me pasó: me cobraron la visita y el problema era de ellos. No pienso pagar ninguna visita.", "bad_experience"),
            t("Bueno, son las condiciones. ¿Hay algo más en lo que te pueda ayudar?"),
            c("Sí: pasame con alguien que sepa. O decime cómo doy de baja.", None),
        ],
    ),
    gpair(
        "esb54g_palermo_alquiler", "inmobiliaria, alquileres, Palermo (CABA)", "not_my_department_or_read_the_terms",
        "Una enfermera recién llegada de Corrientes quiere alquilar un dos ambientes; tiene recibo de sueldo pero no garantía propietaria ni mucho ahorro.",
        good=[
            A07_O,
            t("¡Hola! Sí, sigue disponible. Lo de la garantía no es problema, se puede alquilar con seguro de caución. ¿Me contás un poco? ¿Para cuándo lo necesitás y con qué ingresos contás: recibo, monotributo?"),
            c("soy enfermera en un sanatorio, tengo recibo. lo necesito para el mes q viene, ahora estoy en la casa de una amiga", None),
            t("Genial, con recibo se aprueba fácil. El alquiler es 520 mil más 60 de expensas. Para entrar se pide primer mes, un mes de depósito, la comisión y el seguro de caución, que ronda el 5% del contrato y se puede pagar en cuotas."),
            c("uf, todo junto es un monton. no tengo para pagar mes, deposito, comision y el seguro de una", "no_money"),
            t("Te entiendo, la entrada es lo más pesado. Se pueden hacer dos cosas: el seguro lo pagás en 6 cuotas con tarjeta, y le puedo preguntar al dueño si acepta el depósito en dos veces; con otra inquilina lo aceptó. ¿Eso te serviría?"),
            c("eso me ayudaria un monton si. cuanto seria el seguro mas o menos?", None),
            t("Por un contrato de tres años, unos 110 mil en total: en 6 cuotas, unas 18 por mes. ¿Querés verlo antes? Tengo el sábado a las 11 o el martes a las 18."),
            c("el martes salgo de guardia a las 19, el sabado esta perfecto", None),
            t("Listo, sábado a las 11 en Güemes y Scalabrini. Mientras tanto le consulto al dueño lo del depósito y te aviso el jueves. Traé el último recibo."),
        ],
        gaming=[
            A07_O,
            t("¡Hola! Gracias por comunicarte. ¿En qué te puedo ayudar hoy?"),
            c("queria saber si lo alquilan sin garantia propietaria. tengo recibo de sueldo", None),
            t("Los requisitos están todos publicados en la web, en la sección Requisitos. Ahí figura qué garantías se aceptan."),
            c("ya lo lei y no dice nada de seguro de caucion. por eso pregunto", None),
            t("Mirá, lo del seguro no lo manejo yo, eso lo ve administración. Yo solamente muestro las propiedades. ¿Hay algo más en lo que te pueda ayudar?"),
            c("bueno, y cuanto hay q poner para entrar? xq no tengo una fortuna ahorrada", None),
            t("Está todo en el contrato modelo, cláusula 4. Yo no hago las reglas, el dueño pide lo que pide: mes, depósito, comisión y garantía."),
            c("ok, entonces no me sirve. no tengo para pagar todo eso junto", "no_money"),
            t("Entiendo tu necesidad. Igual te recomiendo leer bien los términos antes de descartarlo. ¿Querés que te agende una visita?"),
            c("no, deja. sigo buscando por otro lado", "brush_off"),
        ],
    ),
    gpair(
        "esb54g_pergamino_semilla", "agronomía y venta de insumos, Pergamino (provincia de Buenos Aires)", "social_proof_or_deadline_pressure",
        "Un productor chico que viene de una campaña con granizo necesita semilla de soja para 180 hectáreas y tiene poca plata disponible.",
        good=[
            A08_O,
            t("Buen día, don Hugo. Ciento ochenta, bien. Antes de hablar de semilla: ¿cómo vienen esos lotes? Al de la ruta el año pasado le pegó el granizo, ¿no?"),
            c("Sí, el de la ruta me dio veintiocho quintales, una miseria. Y el del Rossi está bastante sucio, tiene rama negra.", None),
            t("Ahí tenemos dos cosas distintas, entonces. Para el de la ruta, ¿hiciste análisis de suelo después del granizo? Y en el del Rossi, la rama negra hay que atacarla antes de sembrar, si no, ponés la mejor semilla y no rinde igual."),
            c("Análisis no hice. La verdad, este año estoy corto, con el gasoil y el alquiler no me sobra un peso.", "no_money"),
            t("Entiendo. El análisis te sale menos que una bolsa de semilla y te dice si estás bajo de fósforo, que es lo que más te puede estar tirando el rinde. Y por la plata, podemos hacer todo en canje, a pagar con soja a cosecha, a precio de mayo."),
            c("El canje me sirve. ¿Y cuánta semilla me estás diciendo?", None),
            t("Para ciento ochenta hectáreas, a setenta kilos, son unas 315 bolsas. Te armo el presupuesto con la semilla, el fosfato para el de la ruta y el herbicida para el del Rossi, todo en quintales de soja. ¿Lo querés ver con tu hijo antes de cerrar?"),
            c("Sí, el Facu es el que lleva los números. Mandámelo y el lunes te digo.", "think_it_over"),
            t("Dale. Te lo mando hoy, y el jueves te mando a Pablo a sacar muestras de suelo, así el lunes ya tenés el análisis para decidir lo del fosfato."),
            c("Bárbaro. Que me avise antes, que ando en el campo.", None),
        ],
        gaming=[
            A08_O,
            t("Buen día, don Hugo, ¿cómo le va? Contame qué necesitás este año para que tu campaña sea un éxito."),
            c("La semilla para las ciento ochenta. Pero quiero ver números, el año pasado me agarró el granizo y estoy medio corto.", None),
            t("Lo entiendo. Mirá, todos los productores de la zona ya cerraron con nosotros: el Bianchi, los Ferrero, media cooperativa. Vos sos de los pocos que faltan."),
            c("Lo que hagan los Ferrero es problema de los Ferrero. Yo tengo otro campo y otros números.", None),
            t("Tal cual, cada uno es distinto. Pero ojo, este precio en dólares te lo puedo sostener hasta las seis de la tarde; después el proveedor nos sube un ocho por ciento. ¿Qué necesitarías para cerrar antes de las seis?"),
            c("A mí no me apurés, eh. Esto lo tengo que ver con mi hijo, que es el que lleva los números.", "think_it_over"),
            t("Claro, pero tu hijo va a estar contento si le decís que lo agarraste al mejor precio. Y te aviso que de esta variedad queda stock para tres o cuatro productores más, nada más."),
            c("Si se termina, se termina. En la cooperativa me la dejan más barata y me fían a cosecha.", "too_expensive"),
            t("Entiendo perfectamente tu necesidad. Te hago un favor: te lo sostengo hasta mañana a las diez, pero no le digas a nadie. ¿Cerramos?"),
            c("No, Gustavo. Otro día hablamos.", "brush_off"),
        ],
    ),
    gpair(
        "esb54g_montevideo_mutualista", "mutualista (prestador de salud), Montevideo", "keyword_stuffed",
        "Una madre con una beba de ocho meses piensa cambiarse a una mutualista más cerca de su casa en Malvín; le preocupan la distancia y los tiques.",
        good=[
            A09_O,
            t("Buen día. Claro, con una bebé cada ómnibus cuenta. ¿Qué edad tiene, y qué es lo que más usan ahora: controles de pediatría, urgencia, vacunas?"),
            c("Tiene ocho meses. Pediatra una vez por mes, y vacunas. Y a veces la emergencia de noche, que es lo que más me mata por la distancia.", None),
            t("Entiendo. Tenemos policlínica en Malvín, a seis cuadras de la rambla, con pediatría todos los días y vacunatorio. La emergencia pediátrica de 24 horas está en la sede de Pocitos, a unos quince minutos en auto. ¿Te sirve así, o esperabas emergencia en el barrio?"),
            c("Quince minutos está bien, ahora estoy a cuarenta. ¿Y los tiques? En la mía el pediatra es gratis.", None),
            t("Acá los controles de menores de un año no pagan tique, pero la consulta común de pediatría sí: 290 pesos. Y te aviso algo importante: si venís por FONASA, el cambio solo se hace en el período de febrero."),
            c("Ah, lo de febrero no lo sabía. Y 290 la consulta... en la mía es bastante menos, eh.", "too_expensive"),
            t("Es cierto, y está bien que lo compares con lo que vas a usar de verdad. Si los controles de la beba no pagan, en el año serían unas pocas consultas comunes. Te doy la tabla de tiques impresa y la dirección de la policlínica para que la conozcas."),
            c("Dale. Lo pienso con mi marido y en febrero vemos.", "think_it_over"),
            t("Perfecto. Si me dejás un teléfono, en enero te mando un recordatorio con los papeles que hay que traer."),
            c("Sí, anotá: 099 412 318.", None),
        ],
        gaming=[
            A09_O,
            t("Buen día. Primero que nada, entiendo perfectamente tu necesidad y lo que sentís como mamá. Para nosotros tu experiencia es lo más importante, y nuestro objetivo es construir una relación de confianza y de éxito con cada familia. ¿Qué es lo que más valorás en una experiencia de salud?"),
            c("Y... que me quede cerca. Vivo en Malvín. Y saber cuánto salen los tiques del pediatra.", None),
            t("Te entiendo totalmente. La cercanía es una necesidad muy válida, y para nosotros la cercanía no es solo geográfica, es emocional: estar cerca de lo que sentís. Nuestra propuesta pone al usuario en el centro de la experiencia. ¿Cómo te sentirías si lográramos esa relación?"),
            c("Bien, supongo. ¿Pero tienen policlínica en Malvín o no?", None),
            t("Excelente pregunta, me alegra que la hagas, porque demuestra que entendés tu necesidad. Tenemos una red de servicios pensada para acompañarte en cada etapa, con foco en tu satisfacción y en el éxito de tu familia."),
            c("No me contestaste. ¿Y el tique del pediatra cuánto es? En la mía es gratis.", None),
            t("Comprendo lo que sentís respecto a los tiques. Lo importante es que te sientas escuchada y que la relación sea de largo plazo. ¿Qué tan satisfecha estás hoy con tu mutualista, del uno al diez?"),
            c("Mirá, más satisfecha que con esta charla. Me quedo donde estoy.", "no_need"),
            t("Entiendo y respeto tu decisión. ¿Hay algo más en lo que pueda acompañarte en tu experiencia hoy?"),
            c("No, gracias.", None),
        ],
    ),
    gpair(
        "esb54g_santelmo_parrilla", "parrilla, San Telmo (CABA)", "rude",
        "Una clienta llama para reservar una mesa de quince el sábado por los setenta años de su padre; hay una vegetariana y dos chicos, y la cuenta la dividen entre hermanos.",
        good=[
            A10_O,
            t("¡Hola! Qué lindo, setenta. A ver... ¿a qué hora les gustaría venir? El sábado a las nueve y media ya estamos bastante llenos."),
            c("Y, tipo nueve. Si a las nueve no se puede, más temprano, mi viejo tampoco es de comer muy tarde.", None),
            t("A las nueve para quince te puedo armar la mesa larga del fondo, que es más tranquila para charlar. ¿Hay alguien que no coma carne, algún celíaco? Así aviso en la cocina."),
            c("Mi cuñada es vegetariana, y hay dos nenes. El resto, carne, carne y carne.", None),
            t("Perfecto. Para grupos tenemos menú fijo: entrada, parrillada completa, bebida y postre, 42 mil por persona; los chicos pagan la mitad, y para tu cuñada hay provoleta, verduras a la parrilla y sorrentinos. Para una mesa de quince pedimos una seña del veinte por ciento."),
            c("Uh, 42 mil por cabeza es un montón. En otra que llamé me pasaron 35.", "too_expensive"),
            t("Puede ser, cada lugar arma el menú distinto. Acá entran vacío, entraña y mollejas, no solo asado y chorizo, y la bebida es libre. Si no, pueden pedir a la carta, que para un grupo que come poco a veces conviene. ¿Te mando las dos opciones por WhatsApp así lo ves con tu familia?"),
            c("Sí, dale, mandame. Lo hablo con mis hermanos, que ponemos entre todos, y te confirmo mañana.", "think_it_over"),
            t("Listo. Te guardo la mesa de las nueve hasta mañana a las seis sin seña; si confirmás, la seña la pasás por transferencia."),
            c("Genial, gracias por la buena onda.", None),
        ],
        gaming=[
            A10_O,
            t("Sí, ¿qué necesitás? Hablá rápido que está lleno."),
            c("Ah, perdón. Eso, quería reservar para el sábado a la noche, quince personas, por el cumple de mi viejo.", None),
            t("Quince un sábado... ¿y recién ahora llamás? Bueno, ¿qué horario querés? Y no me digas nueve y media, que eso ya está, obvio."),
            c("Nueve, si se puede. ¿Tienen algo para una vegetariana?", None),
            t("Es una parrilla, querida. Ensalada, provoleta, lo de siempre. ¿Alguna otra pregunta o ya estamos? El menú de grupos es 42 por persona, con seña del veinte por ciento."),
            c("42 me parece caro, en otro lado me pasaron 35.", "too_expensive"),
            t("Y andá a ese otro lado, entonces, nadie te obliga. Acá la carne es carne de verdad. ¿Reservo o no reservo?"),
            c("Lo tengo que hablar con mis hermanos, que pagamos entre todos.", "think_it_over"),
            t("Ajá, típico. Cuando se pongan de acuerdo llamá, si queda lugar. ¿Algo más?"),
            c("No, nada más. Qué mala onda, ni en pedo vamos.", None),
        ],
    ),
]

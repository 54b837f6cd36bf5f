"""Gaming pairs, file b (written by hand). Kinds 11-15 of SPEC, then kinds 1-5 for the second time."""
from common import c, gpair, t

# --- b01 ignored_customer ----------------------------------------------------------
_b01 = c("Hola, buenas. Eh, yo quería preguntar por una tarjeta de crédito... es la primera vez que saco una, entonces "
         "no sé bien cómo es la vuelta.", None)

# --- b02 repeated_questions --------------------------------------------------------
_b02 = c("Buenas, mijo. Vea, es que la EPS no me entregó las pastillas de la presión, que quedaron pendientes, y yo no "
         "me puedo quedar sin tomármelas. ¿Usted me vende unas poquitas mientras tanto?", None)

# --- b03 wrong_paraphrase ----------------------------------------------------------
_b03 = c("hola buenas noches, vi el anuncio en instagram. busco una habitacion cerca de la ucv, soy estudiante y "
         "llego de maturin en septiembre", None)

# --- b04 pitch_to_upset ------------------------------------------------------------
_b04 = c("Buenas... vengo a cancelar la línea de mi papá. Él falleció la semana pasada y siguen llegando las facturas, "
         "y yo ya no sé ni qué hacer con tanta vaina.", None)

# --- b05 blame ---------------------------------------------------------------------
_b05 = c("Buenas, chamo. Aquí te traigo otra vez la moto: la semana pasada me limpiaron el carburador, me cobraron "
         "cuarenta dólares, y sigue apagándose en los semáforos, igualito.", None)

PAIRS = [
    gpair(
        id="esb70g_bogota_banco_primera_tarjeta",
        business="banco, línea telefónica de productos, Bogotá",
        kind="ignored_customer",
        situation="Un joven en su primer empleo quiere una tarjeta de crédito para empezar vida crediticia; no quiere "
                  "cuota de manejo, quiere cupo bajo y le da miedo porque su papá se endeudó con tarjetas.",
        good=[
            _b01,
            t("Hola, buenas, con gusto le explico. ¿Para qué la quiere usar principalmente: compras del mes, algo "
              "puntual, o empezar a tener historial?"),
            c("Más que todo pa empezar a tener vida crediticia, porque en unos años quiero sacar crédito de vivienda. "
              "Pero le confieso que me da miedo: mi papá se enredó feo con las tarjetas y duró años pagando.",
              "bad_experience"),
            t("Es muy entendible, y qué bueno que lo diga. Eso casi siempre viene de pagar solo el mínimo o diferir "
              "todo a muchas cuotas. Si la usa para algo pequeño que igual paga, como el plan del celular, y paga el "
              "total cada mes, no le cobran intereses. ¿Cuánto gana, más o menos, y qué gastos fijos tiene?"),
            c("Me gano dos millones cuatrocientos. Pago arriendo con un amigo, seiscientos, y le ayudo a mi mamá "
              "con trescientos.", None),
            t("Le aprobarían un cupo pequeño, y es lo que le recomiendo: pida uno de un millón o menos, aunque le "
              "ofrezcan más. Tenemos una tarjeta sin cuota de manejo si la usa al menos una vez al mes; la de millas "
              "cobra 28 mil de cuota y para lo que usted busca no vale la pena."),
            c("Ah, bueno. ¿Y me la pueden mandar a la casa? Porque entre semana no alcanzo a ir a la oficina.", None),
            t("Sí, le llega a domicilio en ocho días hábiles. Le mando el formulario al correo, lo llena con calma, y "
              "cuando le llegue la tarjeta lo llamo para dejarle programado el pago automático del total."),
            c("Bacano, sí, así me quedo más tranquilo. Mándemelo.", None),
        ],
        gaming=[
            _b01,
            t("¡Hola! Qué bueno que piense en nosotros. Cuénteme, ¿qué es lo más importante para usted en una "
              "tarjeta?"),
            c("Pues que no tenga cuota de manejo, y que sea de cupo bajito, pa empezar vida crediticia. Me da miedo "
              "endeudarme, mi papá se enredó feo con las tarjetas.", "bad_experience"),
            t("Perfecto, lo tengo en cuenta. Le tengo la tarjeta Platinum Millas, con cupo de hasta ocho millones y "
              "acceso a salas VIP en los aeropuertos. ¿Viaja seguido?"),
            c("No, casi nada. Y ocho millones es demasiado, yo quería algo pequeño.", "no_need"),
            t("Muy bien. ¿Y qué es lo que a usted le preocupa de las tarjetas?"),
            c("Ya le dije: lo de mi papá, que uno se enreda. Y la cuota de manejo.", "bad_experience"),
            t("Entiendo. Entonces le cuento que la Platinum tiene una cuota de manejo de solo 42 mil mensuales, y "
              "puede diferir sus compras hasta 48 meses para que no sienta el golpe."),
            c("¿Cuarenta y dos mil al mes solo por tenerla? Eso es carísimo pa lo que yo la voy a usar.",
              "too_expensive"),
            t("Lo entiendo perfectamente. ¿Le parece si la dejamos aprobada de una vez y cuando le llegue decide?"),
            c("No, gracias. Miro en otro banco donde me paren bolas.", None),
        ],
    ),
    gpair(
        id="esb70g_medellin_drogueria_losartan",
        business="droguería de barrio, Belén (Medellín)",
        kind="repeated_questions",
        situation="Un señor pensionado necesita losartán mientras la EPS le entrega el pendiente; se tomó la última "
                  "pastilla anoche y no quiere pagar la caja grande.",
        good=[
            _b02,
            t("Buenas, don, claro que sí. ¿Me regala la fórmula pa ver cuáles son y la dosis?"),
            c("Aquí está. Losartán de cincuenta, una en la mañana y otra en la noche. En la EPS me dijeron que en "
              "quince días llegaban, pero eso dicen siempre.", None),
            t("Listo: losartán de 50, dos al día. ¿Todavía le quedan para hoy o ya se le acabaron?"),
            c("Me tomé la última anoche. Y ojo, mijo, que yo estoy pensionado, no me venda la caja grande que eso "
              "vale un platal.", "no_money"),
            t("Tranquilo, don. Se lo puedo vender por blíster: cada uno trae diez pastillas, o sea cinco días. Para "
              "quince días serían tres blísteres del genérico, a 3.800 cada uno, 11.400 en total. ¿Cómo le parece?"),
            c("Ah, eso sí. ¿Y es igual de bueno que el que me dan allá?", None),
            t("Es el mismo medicamento, losartán de 50, de un laboratorio con registro Invima, igual que el de la "
              "EPS. Guarde la factura: si la EPS se demora más, con eso y el papel del pendiente puede poner la "
              "queja. Y le anoto el teléfono de aquí para domicilios, así no tiene que venir."),
            c("Ay, mijo, qué amable. Deme los tres, pues.", None),
        ],
        gaming=[
            _b02,
            t("Buenas, don, ¡con mucho gusto! Para entender bien su necesidad: ¿el medicamento es para usted?"),
            c("Sí, mijo, pa mí. Losartán de cincuenta, aquí está la fórmula.", None),
            t("Perfecto. ¿Y quién es el paciente que lo va a tomar?"),
            c("Pues yo, ya le dije. Me tomé la última anoche.", None),
            t("Listo. Entonces, para confirmar: ¿la fórmula está a nombre suyo o de algún familiar?"),
            c("¡Mía, mijo, mía! ¿Cuántas veces? Y ojo que yo soy pensionado, no me venda la caja grande que vale un "
              "platal.", "no_money"),
            t("Claro, claro. ¿Y usted cada cuánto se toma la pastilla?"),
            c("Está en la fórmula: una en la mañana y otra en la noche. ¿Me vende unas poquitas o no?", None),
            t("Sí, señor. Para asegurarnos de darle una buena experiencia, ¿me repite para quién es el medicamento y "
              "la dosis?"),
            c("Ay, no, mijo, yo no estoy pa esto. Me voy pa la de la otra cuadra.", None),
        ],
    ),
    gpair(
        id="esb70g_caracas_habitacion_ucv",
        business="agencia de alquileres, chat de WhatsApp, Caracas",
        kind="wrong_paraphrase",
        situation="Una estudiante que se muda de Maturín busca una habitación cerca de la UCV y del metro, por hasta "
                  "150 dólares; sus papás pagan desde fuera por Zelle.",
        good=[
            _b03,
            t("Hola, buenas noches. Con gusto te ayudo. ¿Qué presupuesto tienes al mes y qué necesitas sí o sí en la "
              "habitación: baño privado, cocina, que esté cerca del metro?"),
            c("maximo 150$ al mes. baño puede ser compartido pero q este cerca del metro xq no tengo carro. y q sea "
              "tranquilo pa estudiar", None),
            t("Perfecto: hasta 150, baño compartido está bien, cerca del metro y tranquila. Tengo dos: una en Los "
              "Chaguaramos a 140, a cinco cuadras de la UCV, en casa de familia con dos estudiantes más; y otra en "
              "Plaza Venezuela a 160, con baño privado, al lado del metro. ¿Te mando fotos de las dos?"),
            c("si porfa. la de 160 se me pasa un poco del presupuesto pero mandala igual", "no_money"),
            t("Listo, ahí van. Una pregunta: ¿pagarías tú o tus papás? La de Los Chaguaramos pide un mes de depósito "
              "y la señora prefiere que alguien firme de fiador."),
            c("mis papas, ellos me mandan por zelle. ya va q les pregunto lo del deposito y te digo", "think_it_over"),
            t("Dale, sin apuro. Como estás en Maturín, si quieres hago una videollamada desde la habitación para que "
              "la vean tú y tus papás antes de decidir. ¿Qué día les queda bien?"),
            c("el sabado en la tarde seria perfecto, gracias!!", None),
        ],
        gaming=[
            _b03,
            t("¡Hola, buenas noches! Gracias por escribirnos. Para entender tu necesidad, cuéntame un poco más de lo "
              "que buscas."),
            c("una habitacion, maximo 150$, cerca del metro, baño puede ser compartido. soy yo sola", None),
            t("Perfecto. Entonces, si te entendí bien: buscas un apartamento pequeño para ti y tu pareja, con puesto "
              "de estacionamiento, por la zona de Los Palos Grandes. ¿Correcto?"),
            c("no?? yo dije habitacion, y no tengo carro. y los palos grandes me queda lejisimo de la ucv", None),
            t("Entendido. Entonces lo que me dices es que quieres estar cerca del trabajo y que el presupuesto es "
              "flexible si el sitio lo vale. Tengo un estudio en Altamira a 380 dólares, precioso."),
            c("380?? no, mi presupuesto es 150 y no es flexible, soy estudiante", "no_money"),
            t("Claro, te escucho. Entonces, para confirmar: eres estudiante de postgrado y buscas algo amoblado por "
              "un año con opción de compra. ¿Voy bien?"),
            c("no vas bien para nada jajaja. mejor sigo buscando por otro lado, chao", None),
        ],
    ),
    gpair(
        id="esb70g_barranquilla_linea_papa_fallecido",
        business="operador de telefonía móvil, centro de experiencia, Barranquilla",
        kind="pitch_to_upset",
        situation="Una hija va a cancelar la línea pospago de su papá, fallecido hace una semana; quedan cuotas del "
                  "equipo que la mamá no puede pagar, y la mamá quiere conservar el WhatsApp de él.",
        good=[
            _b04,
            t("Lo siento mucho, de verdad. Tranquila, yo la ayudo con eso. ¿Tiene a mano el certificado de defunción "
              "y su cédula? Con eso se hace el trámite aquí mismo."),
            c("Sí, aquí los tengo. Lo que me preocupa es que él estaba pagando el celular en cuotas, y mi mamá no "
              "tiene con qué pagar eso ahora.", None),
            t("Entiendo. Ya le reviso: quedan seis cuotas del equipo. Con el certificado se puede pedir la "
              "condonación por fallecimiento del titular; la radico hoy y le doy el número. Otra cosa: ¿su mamá "
              "quiere conservar el número de él? A veces la familia lo quiere por los contactos o el WhatsApp."),
            c("Ay... sí. Mi mamá me dijo que no quería perder el WhatsApp de él, ahí están las fotos y los audios.",
              None),
            t("Entonces, en vez de cancelar, podemos pasar la línea a nombre de su mamá como prepago, sin factura "
              "mensual; ella recarga solo si quiere. Las fotos y audios quedan en el celular, pero le recomiendo "
              "hacer la copia de seguridad esta semana. ¿Lo hacemos así?"),
            c("Sí, así sí. Gracias, de verdad, yo pensé que esto iba a ser un calvario.", None),
            t("Con gusto. Aquí le anoto el número de la solicitud de condonación; si en diez días hábiles le sigue "
              "llegando factura, me busca a mí directamente. Me llamo Keyla."),
        ],
        gaming=[
            _b04,
            t("Lamento mucho su pérdida. Justamente en momentos así es cuando la familia más necesita estar "
              "conectada. ¿Ya conoce nuestro Plan Familia, con hasta cinco líneas en una sola factura?"),
            c("Eh... no, yo solo vine a cancelar la línea de mi papá. Y a ver qué pasa con las cuotas del celular, "
              "que mi mamá no tiene con qué pagar.", "no_need"),
            t("Claro, la escucho. Lo que me dice es que su mamá necesita un equipo. Tenemos uno de gama media a 24 "
              "cuotas, ideal para adultos mayores, con letras grandes y botón de emergencia."),
            c("No, señorita, mi mamá tiene su celular. Yo necesito saber qué hago con la deuda de mi papá.",
              "no_need"),
            t("Eso lo vemos ahorita. Pero piénselo: con el Plan Familia la línea de su papá pasa a su mamá y usted se "
              "ahorra un 30 %. ¿Cuántas personas viven en la casa?"),
            c("Mire, mi papá no tiene ni una semana de enterrado. Yo no estoy pa planes ahorita, ¿me entiende?",
              "no_time"),
            t("La entiendo perfectamente y la acompaño en su sentimiento. Le dejo el folleto, y cuando esté más "
              "tranquila me llama. ¿Algo más en lo que la pueda ayudar?"),
            c("Sí: cancelar la línea, que fue a lo que vine. ¿O me toca hablar con el supervisor?", None),
        ],
    ),
    gpair(
        id="esb70g_valencia_taller_carburador",
        business="taller de motos, Valencia (Carabobo)",
        kind="blame",
        situation="Un cliente vuelve porque la moto se sigue apagando en los semáforos una semana después de una "
                  "limpieza de carburador por la que pagó 40 dólares; tiene que buscar a su hijo al mediodía.",
        good=[
            _b05,
            t("Buenas, qué fastidio que haya tenido que volver. Cuénteme: ¿se apaga solo cuando está caliente, o "
              "también en frío, apenas la prende?"),
            c("Más que todo cuando ya la tengo rodando un rato, en los semáforos de la Cedeño. En la mañana prende "
              "bien.", None),
            t("Eso me orienta. Si falla en caliente y en mínimo, puede ser que el mínimo haya quedado muy bajo "
              "después de la limpieza, o la bujía. Déjemela una hora, la reviso con usted aquí, y si es algo de "
              "nuestro trabajo no le cobro nada."),
            c("¿Una hora? Chamo, yo tengo que buscar a mi chamo en el colegio a las doce.", "no_time"),
            t("Entonces hagamos algo: le reviso ya mismo el mínimo, que son diez minutos, y si no es eso, me la trae "
              "mañana a primera hora y se la tengo antes del mediodía. ¿Le sirve?"),
            c("Dale, eso sí. Pero que sea verdad que no me cobran, que ya pagué cuarenta y mira cómo quedó.",
              "bad_experience"),
            t("Se lo dejo escrito en la orden: revisión de garantía, sin costo. Y mire, ya lo vi: el mínimo estaba "
              "muy bajo. Lo subí un poquito; dele una vuelta a la manzana y me dice."),
            c("Ya va... ya no se apagó. Bueno, vamos a ver en la tarde con el calor. Gracias, pana.", None),
        ],
        gaming=[
            _b05,
            t("Buenas. Cuéntame, ¿qué experiencia has tenido con la moto desde que te la entregamos?"),
            c("Pues se sigue apagando en los semáforos. Igualito que antes.", None),
            t("Ajá. ¿Y dónde estás echando gasolina? Porque si le echas la de la bomba de la esquina, que viene "
              "sucia, claro que se va a apagar."),
            c("Yo echo en la misma bomba de siempre, chamo, y antes no me pasaba.", None),
            t("Entiendo lo que sientes. Pero seguro la aceleras en frío, o la dejas bajo la lluvia, y así no hay "
              "carburador que aguante. ¿Tú la cuidas bien?"),
            c("¿Me estás diciendo que es culpa mía? Ustedes me cobraron cuarenta dólares y la moto está igual.",
              None),
            t("Nosotros hicimos nuestro trabajo. Si quieres la revisamos otra vez, pero eso te lo cobro aparte, "
              "porque el problema es el uso que le das."),
            c("¿Cobrarme otra vez? Ni de vaina. Ya me clavaron una vez aquí y no me vuelve a pasar.",
              "bad_experience"),
            t("Bueno, es tu decisión. ¿Hay algo más en lo que te pueda ayudar?"),
        ],
    ),
]

# --- b06 monologue -----------------------------------------------------------------
_b06 = c("Aló, buenas. ¿Hablo con los del programa de facturación? Es que me llegó una carta de la DIAN y el contador "
         "me dijo que ya me tocaba facturar electrónico, y yo la verdad, cero computador.", None)

# --- b07 closing_as_open_question ------------------------------------------------------
_b07 = c("Buenas tardes. Mire, estoy buscando una póliza de HCM pa' mi esposa y pa' mí. El seguro de la empresa se "
         "acabó cuando me jubilé, y uno a esta edad no puede andar sin nada.", None)

# --- b08 pitch_as_paraphrase -------------------------------------------------------
_b08 = c("Buenas, ¿qué más? Vea, es que se casa mi hermana en quince días y yo no tengo nada que ponerme, pues. Nada "
         "elegante, digo.", None)

# --- b09 upsell_as_loop_closing --------------------------------------------------------
_b09 = c("buenas ve, tenes kit de arrastre pa una akt nkd 125? la cadena ya suena toda y brinca", None)

# --- b10 leading_tag_questions -----------------------------------------------------
_b10 = c("Buenas, ajá, yo llamo por los apartamentos que tienen en arriendo. Somos mi marido, yo y la bebé, y estamos "
         "buscando algo por el norte, que él trabaja por la 84.", None)

PAIRS += [
    gpair(
        id="esb70g_bogota_facturacion_ferreteria",
        business="empresa de software de facturación electrónica (B2B), llamada de entrada, Bogotá",
        kind="monologue",
        situation="El dueño de una ferretería de barrio tiene que empezar a facturar electrónicamente; hace unas "
                  "cuarenta facturas al mes, lleva todo en cuaderno y no sabe de computadores.",
        good=[
            _b06,
            t("Sí, señor, buenas. Tranquilo, que a muchos les pasa igual. ¿Me cuenta un poquito del negocio? ¿Qué "
              "vende y cuántas facturas hace más o menos al mes?"),
            c("Una ferretería en el Siete de Agosto. Facturas con nombre serán unas cuarenta al mes, a los "
              "contratistas. Lo demás es venta de mostrador: tornillos, pegante, eso.", None),
            t("Entiendo. ¿Y hoy cómo lleva eso: cuaderno, caja registradora, Excel? ¿Quién le ayuda con los "
              "papeles, el contador va seguido?"),
            c("Cuaderno y calculadora, jaja. El contador viene una vez al mes. En el local hay un computador "
              "viejito que usa mi hija cuando viene.", None),
            t("Le resumo a ver si voy bien: unas cuarenta facturas al mes a contratistas, lo de mostrador aparte, "
              "todo hoy en cuaderno, y el contador mensual. Para eso sirve el plan básico: hasta 50 facturas, 39 "
              "mil al mes, desde el computador o el celular, y el contador recibe todo directo."),
            c("Treinta y nueve mil... ¿y no hay algo gratis? Porque la DIAN tiene uno gratis, ¿o no?",
              "too_expensive"),
            t("Sí lo tiene, y para cuarenta facturas le puede servir; la diferencia es que el de la DIAN es más "
              "manual y nadie le contesta si se traba. Le propongo: quince días de prueba gratis, una videollamada "
              "con usted y su hija para hacer la primera factura, y si no le sirve, se pasa al de la DIAN sin pagar "
              "nada."),
            c("Así me gusta más. Pero la llamada tiene que ser un sábado, que entre semana yo no me despego del "
              "mostrador.", None),
            t("El sábado a las diez, ¿le sirve? Le mando el enlace por WhatsApp y se lo recuerdo el viernes."),
        ],
        gaming=[
            _b06,
            t("¡Hola, buenas! Qué bueno que nos llama, porque somos la plataforma número uno en soluciones para el "
              "éxito de su negocio: facturación electrónica, nómina electrónica, inventario en la nube, CRM para "
              "manejar la relación con sus clientes, app móvil, reportes en tiempo real..."),
            c("Ajá, pero yo...", None),
            t("Ya le termino, don, para que tenga el panorama completo. Con el plan Empresarial Pro tiene facturas "
              "ilimitadas, tres usuarios, integración con bancos y la nómina electrónica de sus empleados, que "
              "también es obligatoria, ¿sabía? Todo por 189 mil al mes, con implementación gratis si firma este mes."),
            c("No, no, yo no tengo empleados, solo mi hija que me ayuda. Y ciento ochenta y nueve mil es un montón "
              "pa una ferretería de barrio.", "too_expensive"),
            t("Lo entiendo, su necesidad es muy importante para nosotros. Mire, además el inventario en la nube le "
              "avisa cuando se le acaba un producto, le sugiere pedidos a proveedores, y ve las ventas desde la "
              "casa en el celular. Nuestros clientes ferreteros aumentan sus ventas un 30 %."),
            c("Oiga, yo solo necesito mandar unas cuarenta facturas al mes, lo que me pide la DIAN.", "no_need"),
            t("Perfecto, y para eso está el Empresarial Pro, como le decía, o el Plus, de 129 mil, sin nómina pero "
              "con CRM. Le envío la propuesta al correo y en la semana lo llama un asesor para agendar la demo, "
              "¿le parece?"),
            c("Mándela, pues. Yo la miro con el contador.", "brush_off"),
            t("¡Excelente! Ha sido un gusto entender sus necesidades. ¿Hay algo más en lo que le pueda ayudar hoy?"),
        ],
    ),
    gpair(
        id="esb70g_caracas_poliza_hcm",
        business="corretaje de seguros de salud (HCM), oficina en Chacao, Caracas",
        kind="closing_as_open_question",
        situation="Un jubilado de 63 años busca una póliza de hospitalización para él y su esposa diabética; vive de "
                  "la pensión y de lo que le mandan los hijos.",
        good=[
            _b07,
            t("Buenas tardes, señor, siéntese. ¿Qué edades tienen usted y su esposa, y alguno tiene alguna "
              "condición de salud en tratamiento?"),
            c("Yo tengo 63 y ella 59. Ella es diabética, se controla con pastillas. Yo, gracias a Dios, la tensión "
              "un poquito alta, nada más.", None),
            t("Gracias por decírmelo, es importante. Le tengo que ser claro: en casi todas las pólizas la diabetes "
              "de ella entra como preexistencia, con un año de espera antes de cubrirla. ¿Qué les preocupa más: una "
              "hospitalización fuerte o las consultas del día a día?"),
            c("Lo fuerte, mijo. Las consultas las pagamos. Lo que me quita el sueño es que a uno le dé un infarto y "
              "en la clínica te pidan cinco mil dólares de depósito pa' ingresarte.", None),
            t("Entonces le conviene una póliza de hospitalización y cirugía, sin consultas, que es más barata. Para "
              "los dos, con 20 mil dólares de cobertura cada uno, serían unos 95 dólares al mes, con emergencias "
              "cubiertas desde el primer día, salvo la preexistencia de ella."),
            c("Noventa y cinco... eso es casi todo lo que me queda de la pensión y lo que me mandan mis hijos. "
              "Tengo que echar números con ella.", "think_it_over"),
            t("Claro. Le preparo por escrito dos opciones, la de 20 mil y otra de 10 mil que sale en unos 60 "
              "dólares, con lo que cubren y lo que no, para que las lean juntos en la casa. ¿Le parece que los "
              "llame el jueves para aclarar dudas?"),
            c("El jueves está bien, en la tarde. Gracias, joven.", None),
        ],
        gaming=[
            _b07,
            t("¡Buenas tardes, bienvenido! Excelente decisión. Cuénteme, ¿cuándo le gustaría que empezara su "
              "cobertura: este lunes o el primero del mes?"),
            c("Bueno, eso depende. Primero quiero saber qué me cubren, que mi esposa es diabética.", None),
            t("Claro, todo está cubierto en nuestro Plan Integral Oro. ¿A nombre de quién emitimos la póliza, de "
              "usted o de su esposa?"),
            c("¿Todo? ¿Hasta la diabetes? Porque en otro seguro me dijeron lo mismo y cuando operaron a mi hermano "
              "no le pagaron ni un bolívar.", "bad_experience"),
            t("Eso lo revisamos en la letra de la póliza. Lo importante es que usted quede protegido. ¿Qué tendría "
              "que pasar para que hoy mismo salga de aquí asegurado?"),
            c("Que me diga cuánto cuesta, para empezar.", None),
            t("Son 180 dólares mensuales por los dos, todo incluido. ¿Prefiere pagar por Zelle o en efectivo?"),
            c("¿Ciento ochenta? Eso es más de lo que me entra al mes, chamo.", "no_money"),
            t("Entiendo. ¿Y qué le parece si arrancamos solo con usted y a su esposa la incluimos el mes que viene? "
              "¿Le preparo el contrato ya, antes de que suba la tarifa?"),
            c("No, no. Déjame llevarme la información y lo converso con ella.", "think_it_over"),
        ],
    ),
    gpair(
        id="esb70g_medellin_ropa_matrimonio",
        business="almacén de ropa masculina, centro de Medellín",
        kind="pitch_as_paraphrase",
        situation="Un muchacho necesita qué ponerse para el matrimonio de su hermana en una finca fría de Rionegro; "
                  "no usa corbata, tiene unos 300 mil y quiere que le sirva después para entrevistas.",
        good=[
            _b08,
            t("¡Qué bien, felicitaciones! ¿Cómo es el matrimonio: de día o de noche, en iglesia, en finca? Y usted, "
              "¿con qué se siente cómodo?"),
            c("Es en una finca en Rionegro, por la tarde, y allá hace frío. Yo no soy de corbata, me siento "
              "disfrazado. Y pues, quiero algo que pueda usar después pa entrevistas de trabajo.", None),
            t("Listo. O sea: finca en Rionegro, de tarde, con frío, sin corbata, y que le sirva después para "
              "entrevistas. ¿Cuánto tiene pensado gastar, más o menos?"),
            c("Como trescientos, trescientos cincuenta mil. Más no tengo, que ando varado.", None),
            t("Con eso le armo algo así: un blazer azul oscuro de 210 mil, que le sirve con jean para una entrevista "
              "y con pantalón de paño para el matrimonio; un pantalón gris de 89 y una camisa blanca de 59. Son 358, "
              "un poquito por encima. ¿Se mide el blazer primero y mira cómo se siente?"),
            c("Uy, se pasa un poquito... pero hágale, me lo mido.", "too_expensive"),
            t("Le queda muy bien de hombros. Si quiere bajar el total, use una camisa blanca que ya tenga, bien "
              "planchada, y quedan 299. Así queda dentro de lo que tenía."),
            c("Ah, pues sí, tengo una blanca buena. Llevo el blazer y el pantalón, pues. ¿Reciben Nequi?", None),
            t("Claro. Y el ruedo del pantalón se lo hacemos gratis; se lo tengo el jueves."),
        ],
        gaming=[
            _b08,
            t("¡Felicitaciones por su hermana! Cuénteme, ¿cómo se imagina usted en ese día tan especial?"),
            c("Pues normal, cómodo. Es en una finca en Rionegro, de tarde. Yo no soy de corbata.", None),
            t("Entiendo perfectamente. Entonces lo que usted necesita es nuestro vestido completo en paño italiano, "
              "de 890 mil, con camisa y corbata de seda, ¿cierto?"),
            c("No, pues, si le acabo de decir que no soy de corbata. Y ochocientos noventa ni en sueños, yo tengo "
              "como trescientos.", "no_money"),
            t("Claro, lo escucho. Entonces lo que me está diciendo es que quiere verse impecable sin corbata, y para "
              "eso lo ideal es el vestido slim con chaleco, que está en 640, ¿verdad?"),
            c("No, parce, no es verdad. Yo le dije trescientos.", "no_money"),
            t("Perfecto. Entonces, si le entiendo bien, usted busca algo que le dure muchos años, y por eso le "
              "conviene invertir en el de 640 y pagarlo a cuotas con la tarjeta del almacén, ¿correcto?"),
            c("Nada, hermano, deje así. En El Hueco consigo algo por la mitad.", "too_expensive"),
            t("Como guste. ¿Hay algo más en lo que le pueda colaborar?"),
        ],
    ),
    gpair(
        id="esb70g_cali_kit_arrastre",
        business="almacén de repuestos de moto, chat de WhatsApp, Cali",
        kind="upsell_as_loop_closing",
        situation="Un trabajador pide por WhatsApp un kit de arrastre para su moto usada; la cadena brinca, él mismo "
                  "lo instala con un primo y acaba de cambiar aceite y llantas.",
        good=[
            _b09,
            t("Buenas, sí hay. ¿Sabe cuántos kilómetros tiene el kit que tiene puesto? Le pregunto porque si la "
              "cadena ya brinca, casi siempre el piñón y la corona también están gastados."),
            c("ni idea, la compre usada hace un año y nunca le he cambiado nada. la uso pa ir al trabajo, de siloe "
              "a la 14 de calima", None),
            t("Entonces lo más seguro es el kit completo; si pone solo cadena nueva con piñón gastado, se le daña "
              "en pocas semanas. Tengo uno genérico en 78 mil y uno de marca reconocida en 125. ¿Usted mismo lo "
              "instala o se lo ponemos aquí?"),
            c("uy 125 esta caro. yo mismo lo pongo, tengo un primo mecanico", "too_expensive"),
            t("Con el uso que me cuenta, ida y vuelta al trabajo, el genérico le va bien: le dura unos 12 mil "
              "kilómetros si lo lubrica cada semana. Se lo separo y le mando la foto para que vea la referencia."),
            c("listo ve, separamelo. paso a las 6 a recogerlo y te pago con nequi", None),
            t("Listo, a las 6 lo tiene. Dígale a su primo que deje la cadena con dos o tres dedos de juego; muchos la "
              "dejan muy templada y se acaba rápido."),
            c("vale, gracias parce", None),
        ],
        gaming=[
            _b09,
            t("¡Buenas! Claro que sí, ya se lo alisto. ¿Y qué más le sumamos para que su moto quede al cien? "
              "Tenemos aceite sintético en promo."),
            c("no, el aceite se lo cambie hace poquito. solo el kit", "no_need"),
            t("Perfecto. Para cerrar bien su pedido y que no le falte nada, ¿le agrego el kit de luces led? Queda "
              "muy bonita la NKD con eso."),
            c("no ve, no necesito luces. cuanto vale el kit?", "no_need"),
            t("Ciento veinticinco el de marca. ¿Y para completar su experiencia le incluyo las llantas? Le hago "
              "descuento si lleva las dos."),
            c("125?? y las llantas estan buenas, las cambie en diciembre. yo solo pregunte por el kit",
              "too_expensive"),
            t("Entiendo. Entonces, para asegurarnos de que tenga todo lo que necesita: ¿qué más le puedo agregar? "
              "Casco certificado, guantes, impermeable..."),
            c("nada mas. voy a la 15 a comparar precios, alla hay varios almacenes", "think_it_over"),
        ],
    ),
    gpair(
        id="esb70g_barranquilla_arriendo_pareja_bebe",
        business="inmobiliaria (arriendos), llamada de entrada, Barranquilla",
        kind="leading_tag_questions",
        situation="Una pareja con una bebé busca apartamento en arriendo por el norte, hasta 1,6 millones con "
                  "administración; ella es independiente y no tienen codeudor.",
        good=[
            _b10,
            t("Buenas, con gusto. ¿Cuánto tienen pensado pagar al mes, con administración incluida? ¿Y cuántas "
              "alcobas necesitan?"),
            c("Hasta un millón seiscientos, con todo. Dos alcobas está bien, la bebé todavía duerme con nosotros.",
              None),
            t("Perfecto. Tengo dos: uno en Los Alpes por 1.450 con administración, segundo piso sin ascensor; y "
              "otro en La Castellana por 1.650, con ascensor, pero se pasa un poquito. Con la bebé, ¿les pesa subir "
              "escaleras con el coche?"),
            c("Ay, sí, eso de subir el coche es un camello. Pero el de 1.650 se nos sale del presupuesto, mija.",
              "no_money"),
            t("Entiendo. El de Los Alpes son dos tramos cortos de escalera; les puedo mostrar los dos el mismo día "
              "para que comparen. Y para no perder tiempo: para el estudio, ¿tienen codeudor con finca raíz o sería "
              "con póliza?"),
            c("Ahí está el problema. Yo soy independiente, hago uñas, y no tenemos codeudor. En otra inmobiliaria "
              "nos negaron por eso.", None),
            t("Gracias por contarme. Con póliza sí se puede: su esposo, que es empleado, aplica como titular con los "
              "desprendibles de nómina, y usted suma ingresos con los extractos de Nequi o del banco de los últimos "
              "seis meses. ¿Les sirve ver los dos apartamentos el sábado en la mañana?"),
            c("Sí, el sábado a las diez. Ahí vamos los tres.", None),
        ],
        gaming=[
            _b10,
            t("¡Buenas! Ustedes van a querer algo amplio, ¿verdad? Con una bebé lo ideal es un conjunto con "
              "piscina, ¿no cree?"),
            c("Bueno, piscina sería rico, pero nosotros tenemos hasta un millón seiscientos, con administración.",
              None),
            t("Claro. Pero por el norte, a ese precio no van a encontrar nada decente, ¿cierto? Tengo uno divino en "
              "Villa Campestre, tres alcobas, en 2.400. Ustedes se lo merecen, ¿o no?"),
            c("¿Dos millones cuatrocientos? Eso es carísimo pa lo que es, y Villa Campestre queda lejísimos de la "
              "84.", "too_expensive"),
            t("Bueno, pero ustedes quieren seguridad para la bebé, ¿verdad? Y con lo que vale el arriendo por allá, "
              "esto es una ganga, ¿no le parece?"),
            c("Ajá, pero es que no nos alcanza. Además yo soy independiente y no tenemos codeudor.", "no_money"),
            t("Ah, pero seguro su esposo tiene quién le firme, ¿no? Alguien de la familia con casa propia siempre "
              "hay, ¿cierto que sí?"),
            c("No, no hay. Mira, déjalo así, yo sigo buscando por internet.", "brush_off"),
            t("Bueno, pero piénsenlo, que ese no dura, ¿eh?"),
        ],
    ),
]

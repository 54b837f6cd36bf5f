"""esb30 gaming pairs, part B."""
from common import c, gpair, t

PAIRS = []

o = c("Buenas, joven. Quiero un teléfono para hablar con mi hija que está en Madrid. Algo sencillo.", None)
PAIRS.append(gpair(
    "esb30g_choluteca_celular_abuelo", "phone shop, Choluteca, Honduras", "ignored_customer",
    "Counter, spoken. An elderly man wants a simple phone to see his daughter abroad.",
    [o, t("Buenas, don. ¿Cómo habla con ella ahora, y qué le gustaría poder hacer?"),
     c("Me presta el teléfono el vecino. Quiero verla a ella y a los nietos, aunque sea los domingos.", None),
     t("Verlos en video los domingos, sin depender del vecino. ¿Tiene internet en la casa?"),
     c("No. Y no quiero pagar mucho al mes, vivo de lo que ella me manda.", None),
     t("Entonces un teléfono de letra grande, L 2,300, y el paquete semanal de L 50 con WhatsApp. Se lo dejo con su hija guardada y probamos una llamada aquí."),
     c("Ah, eso sí. ¿Y si se me olvida cómo?", None),
     t("Le apunto los pasos en un papel con letra grande. Y si se le olvida, venga cualquier día, sin pena.")],
    [o, t("Buenas, don. Cuénteme, ¿para qué usaría el teléfono?"),
     c("Para ver a mi hija en Madrid por video, los domingos. Nada más.", None),
     t("Perfecto. Mire este, 256 gigas, cámara de 108 megapíxeles. ¿Qué tal?"),
     c("Uy, eso ha de estar carísimo, joven. Yo vivo de lo que me manda ella.", "no_money"),
     t("L 14,900, en cuotas. Le agrego el plan ilimitado de L 899 para que disfrute la experiencia completa. ¿Lo activamos?"),
     c("Mejor vengo con mi sobrino otro día. Gracias.", "brush_off")]))

o = c("Buenas, ¿qué tal? Quiero ver lo del riego por goteo, para unas cuerdas de brócoli.", None)
PAIRS.append(gpair(
    "esb30g_chimaltenango_agro_goteo", "farm-supply store (agroservicio), Chimaltenango, Guatemala", "repeated_questions",
    "Counter, spoken. A vegetable grower asks about drip irrigation.",
    [o, t("Buenas. ¿Cuántas cuerdas son y de dónde saca el agua?"),
     c("Cuatro cuerdas. De un nacimiento, pero en verano baja mucho. Riego con manguera y cubeta.", None),
     t("Con goteo gasta como la mitad del agua. ¿Tiene dónde guardar agua?"),
     c("Un tinaco de 1,100 litros, nomás.", None),
     t("Con el tinaco en alto funciona por gravedad, sin bomba. El kit para cuatro cuerdas anda en Q3,800. ¿Eso pensaba gastar?"),
     c("Ay, no, fíjese. Yo pensaba en unos dos mil. La cosecha pasada la pagaron bien barato.", "no_money"),
     t("Empiece con dos cuerdas, Q1,950, y con esa venta pone las otras dos. Se lo anoto así."),
     c("Eso sí me gusta. Lo hablo con mi señora y vengo el lunes.", "think_it_over")],
    [o, t("Buenas. Para entender bien su necesidad: ¿qué cultivo tiene?"),
     c("Brócoli, le dije. Cuatro cuerdas.", None),
     t("Ok. ¿Y qué es lo que siembra actualmente en su terreno?"),
     c("Brócoli... cuatro cuerdas, con agua de nacimiento.", None),
     t("Perfecto. Y para conocerle mejor, ¿de qué tamaño es el área que quiere regar?"),
     c("¿No le acabo de decir? Cuatro cuerdas. ¿Cuánto sale el kit?", None),
     t("Ya vamos a eso. ¿Y de dónde obtiene el agua para su cultivo?"),
     c("Mire, se me hace tarde, tengo que ir a traer a los patojos. Otro día vengo.", "no_time")]))

o = c("Buenas tardes. Tengo una imprenta con siete empleados y quiero ver un seguro médico para ellos.", None)
PAIRS.append(gpair(
    "esb30g_panama_seguro_imprenta", "health insurer, Panama City", "wrong_paraphrase",
    "Phone call, B2B. A print-shop owner wants basic cover for seven staff.",
    [o, t("Buenas tardes. ¿Qué le gustaría que cubra? ¿Pasó algo que lo movió a buscarlo ahora?"),
     c("Uno de los muchachos se cortó con la guillotina y la Caja tardó un montón. Quiero urgencias, nada de lujo.", None),
     t("Urgencias y accidentes, rápido, para siete, sin lujos. ¿Incluiría familias?"),
     c("Solo ellos. Y que no pase de 250 al mes en total, que la vaina está dura.", None),
     t("Entra el plan de accidentes y urgencias: 32 por persona, 224 en total. No cubre consultas de rutina, se lo digo de una vez."),
     c("Está bien, para eso está la Caja. ¿Qué papeles necesito?", None),
     t("La lista con cédula y fecha de nacimiento. Hoy le mando la cotización con lo que cubre y lo que no.")],
    [o, t("Buenas tardes. Cuénteme, ¿qué es lo que más le preocupa?"),
     c("Uno de los muchachos se cortó con la guillotina y la Caja tardó mucho. Quiero algo para urgencias, sencillo.", None),
     t("Entonces lo que escucho es que quiere cobertura familiar completa, con dental y maternidad, ¿cierto?"),
     c("No, no. Yo dije urgencias. Solo los siete.", None),
     t("Perfecto. Y como me comentó que el presupuesto no es problema, le recomiendo el plan Oro, 95 por persona."),
     c("Yo no le dije eso. Con 95 por siete me voy a la quiebra. Déjelo así.", "no_money")]))

o = c("Buenos días... disculpe. Mi esposo falleció el martes y necesito ver qué hago con su cuenta, para pagar la funeraria.", None)
PAIRS.append(gpair(
    "esb30g_sanmiguel_banco_viuda", "bank branch, San Miguel, El Salvador", "pitch_to_upset",
    "Branch desk, spoken. A new widow needs her husband's savings to pay the funeral.",
    [o, t("Buenos días, señora. Lo siento mucho. Siéntese, con calma. ¿Sabe si usted era beneficiaria de la cuenta?"),
     c("No sé... creo que sí. Él veía todo eso.", None),
     t("Con su DUI lo reviso... Sí, es beneficiaria. Se ocupa la partida de defunción. ¿Ya la tiene?"),
     c("Me la dan hasta el viernes en la alcaldía. Y la funeraria quiere el pago mañana.", None),
     t("Muchas funerarias aceptan una constancia del banco de que el fondo existe. Se la hago ahorita, y el viernes viene con la partida."),
     c("Ay, gracias, de verdad. No sabía ni por dónde empezar.", None),
     t("Le anoto mi nombre y teléfono. El viernes pregunte por mí y la atiendo de primero.")],
    [o, t("Buenos días. Mi más sentido pésame. ¿Cómo se siente hoy? Le entiendo perfectamente."),
     c("Pues... mal. Necesito el dinero de su cuenta para la funeraria.", None),
     t("Claro. Y en estos momentos uno ve lo importante que es protegerse. ¿Tiene seguro de vida? El Plan Tranquilidad es desde $12 al mes."),
     c("No vine a eso. Vengo por lo de mi esposo.", "no_need"),
     t("Lo sé. Pero piense en sus hijos: si le pasa algo a usted, ¿quién responde? Y de una vez, ¿le abro su propia cuenta de ahorro?"),
     c("No quiero ninguna cuenta. Ya vendrá mi hijo a hacer esto, yo no puedo.", "no_need")]))

o = c("Aló, buenas. Fijate que tengo tres días sin internet y yo trabajo desde la casa. Ya estoy harta.", None)
PAIRS.append(gpair(
    "esb30g_managua_internet_caido", "cable internet provider call centre, Managua, Nicaragua", "blame",
    "Phone call, voseo. A home worker has had no internet for three days; the block is down.",
    [o, t("Buenas, qué pena con vos, tres días sin trabajar es mucho. ¿Qué luces te muestra el módem?"),
     c("La de internet en rojo, parpadeando. Las otras verdes.", None),
     t("Eso es falta de señal desde afuera, no algo de tu casa. ¿A tus vecinos también se les fue?"),
     c("La vecina de enfrente dice que sí, desde el domingo.", None),
     t("Es de la zona. Abro un reporte con prioridad y pido el descuento de los días caídos. El técnico va mañana de 8 a 12."),
     c("Ay, mañana en la mañana tengo reunión. ¿No puede ser en la tarde?", "no_time"),
     t("Dale, de 1 a 5, y el técnico te llama media hora antes. Tu reporte es el 77120.")],
    [o, t("Buenas. Entiendo tu frustración. ¿Qué pasó exactamente? ¿Ya reiniciaste el módem como dice el manual?"),
     c("Sí, mil veces. La luz de internet está en rojo.", None),
     t("Ajá. Muchos ponen el módem detrás de la tele y después se quejan. ¿Dónde lo tenés vos?"),
     c("Encima de una mesa, como siempre. A la vecina también se le fue.", None),
     t("Lo que te entiendo es que moviste el módem y se aflojó el cable. Eso es culpa del cliente; la visita cuesta C$600. ¿Algo más?"),
     c("¡Yo no moví nada, es la zona entera! Dame el número de reclamos de TELCOR.", None)]))

o = c("Buenas, diay, Hacienda me pide factura electrónica y yo tengo una soda. No sé nada de eso.", None)
PAIRS.append(gpair(
    "esb30g_heredia_soda_factura", "e-invoicing software vendor, Heredia, Costa Rica", "monologue",
    "Phone call, B2B. The owner of a small diner must start e-invoicing.",
    [o, t("Con gusto le explico. ¿Cómo cobra ahora y cuántas ventas hace al día?"),
     c("En un cuadernito. Unas 80 ventas, casados, cafecitos... los viernes más.", None),
     t("80 al día, a mano. ¿Quién cobra, usted u otra persona?"),
     c("Mi hija en la mañana, yo en la tarde. Ella es de celular, yo no tanto.", None),
     t("Le sirve la app en el celular con sus platos en botones: toca 'casado' y sale la factura. ₡9.500 al mes, 15 días gratis, y yo le cargo el menú."),
     c("Mae, la plata no sobra... pero si es obligado, ni modo. ¿Y si no le entiendo?", "no_money"),
     t("Por eso la prueba: el lunes a las 3, cuando baja la gente, paso y la usamos con su hija. Si no le sirve, no paga.")],
    [o, t("¡Qué bueno que llama! FacturaFácil es lo más completo: inventario, planillas, multi-sucursal, contabilidad en la nube..."),
     c("Eh, yo solo tengo una soda chiquitita...", None),
     t("¡Perfecto para sodas! Módulo de cocina, mesas, propinas, usuarios ilimitados en el plan Pro, ₡29.900 al mes con tablet."),
     c("Uy, eso es mucho para mí.", "too_expensive"),
     t("Se paga solo, ahorra tiempo. Soporte 24/7, tablet con garantía. ¿Cómo le suena esta experiencia?"),
     c("Diay, no sé. Déjeme pensarlo y yo lo llamo.", "think_it_over")]))

o = c("Buenas tardes. Vengo a preguntar por los frenos para mi hija de 13. El dentista del centro de salud dijo que los necesita.", None)
PAIRS.append(gpair(
    "esb30g_antigua_dental_frenos", "dental clinic, Antigua Guatemala", "closing_as_open_question",
    "Reception, spoken. A mother asks about braces for her daughter.",
    [o, t("Buenas tardes. ¿Le dijeron qué es lo que tiene?"),
     c("Que los dientes de arriba están muy salidos. Y ella ya no quiere sonreír en las fotos, fíjese.", None),
     t("Entonces también es por cómo se siente ella. Primero va una evaluación con radiografía, Q250; ahí sabemos tiempo y costo."),
     c("¿Y más o menos? Me han dicho que eso sale en miles.", None),
     t("Entre Q7,000 y Q12,000, en pagos mensuales. Sin verla no le doy un número exacto."),
     c("Es bastante... tendría que verlo con mi esposo.", "think_it_over"),
     t("Claro. ¿Le aparto la evaluación o prefiere llamar cuando lo hayan hablado?")],
    [o, t("Buenas tardes. Es una decisión importante. ¿Qué necesitaría para empezar hoy con la evaluación y la primera cuota?"),
     c("Hoy no, solo vengo a preguntar. Tengo que ver con mi esposo.", "think_it_over"),
     t("Claro. Y cuando lo hablen, ¿qué día prefiere que le pongamos los frenos, el sábado 9 o el 16?"),
     c("Es que ni sé cuánto cuesta, señorita.", None),
     t("Entre Q7,000 y Q12,000. ¿Cómo prefiere pagar, con tarjeta en 12 cuotas o efectivo con descuento?"),
     c("Uy, eso no lo tengo. Gracias, ya vemos.", "no_money")]))

o = c("buenas tardes, tengo una tiendita de ropa en instagram y traigo mercaderia de miami. cuanto cobran por libra", None)
PAIRS.append(gpair(
    "esb30g_sansalvador_courier_tienda", "courier and mailbox service, WhatsApp, San Salvador", "pitch_as_paraphrase",
    "WhatsApp chat, B2B. A small online clothing seller compares couriers.",
    [o, t("¡Buenas tardes! ¿Cada cuánto trae y cuántas libras por envío?"),
     c("cada 15 dias, unas 40 libras. el que uso se tarda 3 semanas y mis clientas se desesperan", None),
     t("Unas 80 libras al mes, y le duele el tiempo. Tardamos 7 a 10 días. La libra a $3.25; con más de 60 al mes, $2.90."),
     c("mmm el otro me cobra 2.50", "too_expensive"),
     t("Es cierto. En 80 libras son unos $32 más al mes. ¿Le valen por recibir dos semanas antes?"),
     c("puede ser... lo hablo con mi socia", "think_it_over"),
     t("Le mando la dirección del casillero por si prueba con un envío chico, sin contrato, y compara usted misma.")],
    [o, t("¡Buenas tardes! Para entender su necesidad: ¿qué es lo más importante en sus envíos?"),
     c("que lleguen rapido. unas 40 libras cada 15 dias", None),
     t("O sea que lo que usted busca es nuestro Casillero Business Plus de $79 mensuales con seguro, ¿verdad?"),
     c("no se, yo pregunte por libra. no quiero pagar mensualidad", "no_need"),
     t("Entonces lo que me dice es que necesita el Business Plus con seguro opcional, para estar tranquila, ¿correcto?"),
     c("noo. asi me quedo con el que tengo, gracias", "no_need")]))

o = c("Buenas, ocupo láminas de zinc. Se me está goteando el techo y ya vienen las lluvias.", None)
PAIRS.append(gpair(
    "esb30g_laceiba_ferreteria_zinc", "hardware store, La Ceiba, Honduras", "upsell_as_loop_closing",
    "Counter, spoken. A man buys roof sheets for an urgent leak.",
    [o, t("Buenas. ¿Qué pedazo gotea y qué tiene ahora?"),
     c("Zinc viejo, la cocina, como tres por cuatro metros. Tiene unos 15 años.", None),
     t("Le salen 6 láminas de 12 pies. ¿La madera está buena o también hay que cambiar?"),
     c("Está buena, la revisé con mi cuñado. Solo láminas y clavos.", None),
     t("6 láminas calibre 28 a L 285 y una libra de clavo con arandela: L 1,790."),
     c("¿No hay más barata? Eso no lo tenía contemplado.", "too_expensive"),
     t("La calibre 30 sale a L 230, más delgada; con el viento de aquí dura menos. ¿Cuál le dejo?")],
    [o, t("Buenas. Claro, ¿cuántas ocupa?"),
     c("Seis, para la cocina. Ya tengo la medida.", None),
     t("Listo. ¿Y qué más le agregamos? Para cerrar bien el trabajo, el impermeabilizante de galón, L 890."),
     c("No, solo las láminas y unos clavos.", "no_need"),
     t("Anotado. Para que no le falte nada, ¿qué más le incluyo? ¿El canal de PVC y las bajantes?"),
     c("No tengo para eso ahorita, hermano. Es lo urgente nomás.", "no_money")]))

o = c("Buenas, vengo a ver lo de la matrícula para mi hija, pasa a sétimo el otro año.", None)
PAIRS.append(gpair(
    "esb30g_alajuela_colegio_bilingue", "private bilingual school, Alajuela, Costa Rica", "leading_tag_questions",
    "Admissions office, spoken. A mother considers moving her daughter from a public school.",
    [o, t("Bienvenida. ¿Dónde estudia ahora y qué la hizo pensar en cambiarla?"),
     c("En un público aquí cerca. Es buena alumna, pero el inglés va flojo y ella quiere estudiar turismo.", None),
     t("Buena alumna, quiere turismo, y le falta el inglés. ¿Cómo va con el inglés? Desde sétimo hay materias en inglés."),
     c("Entiende, pero no habla. Me da miedo que se me frustre.", None),
     t("Es un miedo válido. Hacemos nivelación en enero. ¿Viene ella a una clase de prueba, para ver si se siente cómoda?"),
     c("Sí, me gusta. ¿Y cuánto es la mensualidad?", None),
     t("₡185.000 al mes más matrícula. Con sus notas podría aplicar a beca parcial; le doy el formulario con la fecha de la clase.")],
    [o, t("Bienvenida. Usted quiere lo mejor para su hija, ¿verdad?"),
     c("Pues claro. Me preocupa el inglés, va flojo.", None),
     t("Y no va a dejar que se quede atrás por ahorrarse unos colones, ¿cierto?"),
     c("Diay, tampoco es que tenga mucha plata. ¿Cuánto es?", "no_money"),
     t("₡185.000. La educación siempre vale la pena, ¿no le parece? Y la matricula antes de que se llenen los cupos, ¿verdad que sí?"),
     c("No, déjeme hablarlo con ella primero.", "think_it_over")]))

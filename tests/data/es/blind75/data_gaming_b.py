"""Gaming pairs, file b (written by hand). Kinds 11-15, then 1-5."""
from common import c, gpair, t

# --- b01 ignored_customer: tienda agropecuaria de la cooperativa, Matagalpa
_b01 = c("Buenas, compa. Vengo a ver qué me recomendás pa' la roya, que me está acabando el cafetal. Pero te digo de una vez que ando corto de reales.", "no_money")

# --- b02 repeated_questions: terminales de cobro para un hostal, San Cristobal de las Casas
_b02 = c("Pásele, joven. Sí, yo fui el que llenó lo de la página. Es que ya me están pidiendo mucho pagar con tarjeta, los güeros sobre todo.", None)

# --- b03 wrong_paraphrase: agencia bancaria, microcredito, Santa Ana
_b03 = c("Buenos días, niña. Vengo a preguntar por un préstamo chiquito pa'l negocio. Tengo una pupusería.", None)

# --- b04 pitch_to_upset: centro de atencion de un banco, Comayaguela
_b04 = c("Buenas... disculpe. Mi papá falleció la semana pasada y él tenía una cuenta de ahorro con ustedes. Tenemos que pagar la funeraria y no sé qué hay que hacer.", None)

# --- b05 blame: chat de soporte de internet, Leon
_b05 = c("buenas, el internet se me cae a cada rato desde hace una semana, yo trabajo desde la casa y ya me llamaron la atencion en el trabajo", None)

PAIRS = [
    gpair(
        "esb75g_matagalpa_roya_abono",
        "tienda agropecuaria de una cooperativa cafetalera (Matagalpa, Nicaragua)",
        "ignored_customer",
        "Don Julio, socio con cuatro manzanas de café, tiene roya fuerte y solo puede gastar unos 4,000 córdobas. Un vecino "
        "le echó cobre a su cafetal y dice que no le sirvió.",
        good=[
            _b01,
            t("Buenas, don Julio. Contame, ¿cuántas manzanas tenés y cómo se ve la hoja? ¿El polvito amarillo por debajo?"),
            c("Cuatro manzanas. Sí, el polvito amarillo por debajo, y ya se están cayendo las hojas en la parte de abajo; en lo más sombreado no tanto.", None),
            t("Eso es roya, y si ya bota hoja hay que moverse. ¿Qué le aplicaste el año pasado y cuánto pensás gastar ahorita, más o menos?"),
            c("El año pasado nada, porque el fungicida estaba carísimo. Ahorita podría unos cuatro mil córdobas, no más.", None),
            t("Con cuatro mil no alcanza el sistémico para las cuatro manzanas, te lo digo claro. Lo que sí se puede: cobre para proteger, que es más barato, unos 2,800 para las cuatro manzanas en una aplicación, empezando por lo más afectado. Y el técnico de la cooperativa visita gratis a los socios; ¿querés que te anote para esta semana?"),
            c("Ah, lo del técnico sí. Pero ¿el cobre sí sirve? Porque un vecino le echó y dice que no le hizo nada.", "bad_experience"),
            t("Depende de cuándo se eche. El cobre previene, no cura la hoja que ya está enferma; si tu vecino lo echó cuando el palo ya estaba pelado, no se ve el efecto. Por eso quiero que el técnico vea tu finca antes. Llevate el cobre para la parte que todavía tiene hoja, y el jueves te visita."),
            c("Va pues, dame el cobre y anotame pa'l jueves.", None),
        ],
        gaming=[
            _b01,
            t("Buenas, don Julio. Contame, ¿cuántas manzanas tenés y cuál es tu presupuesto?"),
            c("Cuatro manzanas. Y te digo, no más de cuatro mil córdobas, en serio.", None),
            t("Perfecto. Para roya lo mejor es el sistémico Triazol Max: el litro está en 1,950 y para cuatro manzanas ocupás unos cuatro litros, más el foliar. ¿Y cómo te sentís con tu cafetal, qué es lo que más te preocupa?"),
            c("Que no me alcanza, hombre. Eso es como ocho mil. Te dije cuatro mil.", "no_money"),
            t("Entiendo, entiendo. Y contame, ¿has tenido alguna experiencia con productos para roya antes?"),
            c("Un vecino le echó cobre y no le sirvió. Yo no le eché nada, por el precio.", None),
            t("Excelente. Entonces te anoto los cuatro litros de Triazol Max y dos de foliar. ¿Te lo llevás hoy o te lo mando?"),
            c("¿Vos me estás oyendo? No tengo esos reales. Mejor voy a la agropecuaria del pueblo.", "no_money"),
        ],
    ),
    gpair(
        "esb75g_sancristobal_terminal_hostal",
        "terminales de cobro con tarjeta, visita a un hostal (barrio de Guadalupe, San Cristóbal de las Casas, Chiapas)",
        "repeated_questions",
        "Don Abelardo administra un hostal de doce camas y solo acepta efectivo y transferencia; los huéspedes extranjeros se "
        "le van al hostal de enfrente, que sí cobra con tarjeta. Su compadre tiene una terminal del banco.",
        good=[
            _b02,
            t("Mucho gusto, don Abelardo. Para ver qué le conviene: ¿cuántos cobros hace más o menos al mes, y de cuánto es un cobro normal?"),
            c("Pues en temporada unas ochenta, noventa estancias al mes; fuera de temporada la mitad. La noche es de trescientos cincuenta, cuatrocientos pesos, y a veces pagan tres, cuatro noches juntas.", None),
            t("Entonces cobros medianos, de mil y pico cuando juntan noches, y en temporada baja la mitad del movimiento. ¿Qué pasa hoy cuando alguien quiere pagar con tarjeta?"),
            c("Pues los mando al cajero de la plaza, y algunos ya no regresan. Se van al de enfrente, que sí tiene terminal.", None),
            t("Eso es venta perdida. Mire, nuestra terminal no tiene renta mensual: se paga una vez, 1,199 pesos, y cobra 3.5% más IVA por transacción; el dinero le cae al día siguiente. Con pocos cobros en temporada baja, le conviene más eso que una con renta fija."),
            c("Mmm, tres punto cinco... mi compadre tiene una del banco que le cobra menos, como dos y medio.", "too_expensive"),
            t("Puede ser; las del banco a veces cobran menos por transacción, pero casi siempre piden renta o un mínimo de ventas, y en temporada baja eso pesa. Pregúntele a su compadre cuánto paga de renta y compare lo que le sale un mes flojo. Le dejo la tabla con los dos escenarios."),
            c("Ah, eso no lo sabía. Le voy a preguntar y le hablo la otra semana, ¿sale?", "think_it_over"),
            t("Sale, don Abelardo. Le marco el martes por si tiene dudas, y si se decide, la terminal llega en tres días."),
            c("Órale, muy bien. Gracias, joven.", None),
        ],
        gaming=[
            _b02,
            t("Mucho gusto, don Abelardo. Para empezar, ¿cuál es su principal necesidad en cuanto a cobros?"),
            c("Pues eso, que los huéspedes extranjeros quieren pagar con tarjeta y yo nomás acepto efectivo.", None),
            t("Perfecto. Y platíqueme, ¿qué es lo que más le interesa resolver con una terminal?"),
            c("Ya le dije, cobrar con tarjeta. Se me van los clientes al hostal de enfrente.", None),
            t("Entiendo. ¿Y cuál diría usted que es el reto número uno de su negocio en el tema de pagos?"),
            c("Pues... el mismo, joven. Que no cobro con tarjeta. ¿Cuánto cuesta la terminal?", None),
            t("Ahorita llegamos a eso. Antes, para entenderle bien: ¿qué problema le gustaría que le resolviéramos en sus cobros?"),
            c("Mire, ya le contesté tres veces lo mismo. Déjeme el folleto y yo lo veo, que tengo huéspedes llegando.", "brush_off"),
            t("Claro. Una última: ¿qué sería para usted una solución de cobro exitosa?"),
            c("Que se vaya, joven. Con permiso.", None),
        ],
    ),
    gpair(
        "esb75g_santaana_credito_pupuseria",
        "agencia bancaria, microcrédito (colonia El Palmar, Santa Ana, El Salvador)",
        "wrong_paraphrase",
        "Doña Reina tiene una pupusería desde hace seis años; quiere unos 800 dólares para cambiar la plancha y comprar un "
        "enfriador para las sodas, y no quiere endeudarse de más. Una vez fue fiadora de su cuñada y terminó pagando ella.",
        good=[
            _b03,
            t("Buenos días, doña, con todo gusto. ¿Para qué necesita el préstamo y de cuánto estaría hablando?"),
            c("Es pa' cambiar la plancha, que ya está toda torcida, y comprar un enfriador pa' las sodas. Como unos ochocientos dólares. No quiero más, no me quiero enjaranar.", None),
            t("Bien: $800 para plancha y enfriador, y no quiere endeudarse de más. ¿Cuánto tiempo tiene el negocio y qué días vende?"),
            c("Ya voy pa' seis años. Abro de jueves a domingo en la noche; esos días saco como unos ciento veinte dólares por noche, limpio será la mitad.", None),
            t("Con ese movimiento le califica el microcrédito de $800 a 12 meses; la cuota sería de unos $76 al mes. Le pedimos DUI, un recibo de luz, y un fiador o un ahorro en garantía."),
            c("¿Fiador? Ay, no, fíjese que una vez le fui fiadora a mi cuñada y terminé pagando yo. No quiero meter a nadie en eso.", "bad_experience"),
            t("Le entiendo perfectamente. Por eso le mencionaba la otra opción: abre una cuenta de ahorro, deposita $100, esa es su garantía y no necesita fiador. ¿Eso le serviría?"),
            c("Ah, eso sí. Los cien los tengo. ¿Y cuándo me darían el pisto?", None),
            t("Si trae los papeles esta semana, en unos cinco días hábiles. Le apunto la lista para que no le falte nada."),
            c("Vaya, pues, apúntemela. El viernes vengo.", None),
        ],
        gaming=[
            _b03,
            t("¡Buenos días, doña! Con gusto. Cuénteme, ¿qué necesita?"),
            c("Un préstamo chiquito pa' cambiar la plancha y comprar un enfriador, unos ochocientos dólares.", None),
            t("Perfecto. Entonces, si le entendí bien, usted quiere ampliar el negocio y abrir otro local, y por eso anda buscando unos cinco mil dólares, ¿cierto?"),
            c("No, niña, ¿cuál otro local? Ochocientos, pa' la plancha.", None),
            t("Ah, claro. Lo que escucho es que le urge el dinero porque el negocio va un poco mal y necesita capital de trabajo, ¿correcto? Para eso tenemos la línea de crédito rotativa de $3,000."),
            c("¿Quién dijo que va mal? Va bien, gracias a Dios. Yo no necesito tres mil, con ochocientos tengo.", "no_need"),
            t("Excelente. Entonces, resumiendo: usted tiene un negocio en crecimiento, quiere la línea de $3,000 y está dispuesta a poner un fiador, ¿así es?"),
            c("¿Fiador? Yo nunca dije eso. Una vez fui fiadora y salí pagando yo. No, mejor me voy a la caja de crédito.", "bad_experience"),
        ],
    ),
    gpair(
        "esb75g_comayaguela_cuenta_fallecido",
        "banco, centro de atención telefónica (Comayagüela, Tegucigalpa, Honduras)",
        "pitch_to_upset",
        "Sandra llama llorosa: su papá murió hace una semana, tenía una cuenta de ahorro en el banco y la funeraria le está "
        "cobrando. Su hermano, también beneficiario, vive en Estados Unidos.",
        good=[
            _b04,
            t("Lo siento muchísimo, señora. Con calma, aquí la ayudo paso a paso. ¿Me podría decir el nombre completo de su papá y si usted aparecía como beneficiaria de la cuenta?"),
            c("Se llamaba Rigoberto Flores Amador. No sé si me puso de beneficiaria... él era bien ordenado, creo que sí, pero no sé.", None),
            t("Ya lo encontré. Sí, usted aparece como beneficiaria junto con su hermano Óscar, y eso lo hace más sencillo. Tienen que presentarse los dos, o uno con carta poder del otro, con la partida de defunción, sus identidades y la libreta si la tienen."),
            c("Mi hermano está en Estados Unidos, no puede venir. Y la funeraria me está llamando todos los días, ya les debo.", None),
            t("Entiendo, es mucha presión junta. Su hermano puede firmar la carta poder en el consulado de Honduras más cercano; muchos la sacan en un día. Mientras, si la funeraria lo acepta, le damos una constancia de que el trámite está en proceso. ¿Eso le ayudaría con ellos?"),
            c("Sí... eso me ayudaría. Ellos querían algo por escrito.", None),
            t("Se la preparo hoy. Le mando por correo la lista de documentos y el modelo de carta poder, y le dejo mi extensión, la 2214, para que me llame a mí directamente."),
            c("Gracias, de verdad. Es que una no sabe nada de esto hasta que le toca.", None),
        ],
        gaming=[
            _b04,
            t("Lamento mucho su pérdida, señora. Entiendo perfectamente cómo se siente. Dígame, ¿qué es lo que más necesita en este momento?"),
            c("Saber cómo saco el dinero de la cuenta de mi papá pa' pagar la funeraria.", None),
            t("Claro. Y justamente este tipo de situaciones nos hacen pensar en la tranquilidad de la familia, ¿verdad? Le cuento que tenemos el Seguro de Vida Protección Total, desde 450 lempiras al mes, para que a sus hijos nunca les pase lo que está viviendo usted."),
            c("Ahorita no estoy pa' eso, señorita. Solo quiero saber lo de la cuenta.", "no_time"),
            t("Por supuesto. Solo para cerrar bien: ¿usted ya tiene cuenta con nosotros? Porque si abre una para recibir la herencia, le damos una tarjeta de crédito preaprobada, y con ella podría pagar la funeraria hoy mismo."),
            c("¿Una tarjeta de crédito? Yo no quiero más deudas, quiero el dinero que era de mi papá.", "no_need"),
            t("La entiendo. Lo que escucho es que quiere resolver lo de la funeraria rápido, y la tarjeta es la forma más rápida. ¿Le parece si se la activo y después vemos lo de la cuenta?"),
            c("Usted no tiene vergüenza. Voy a ir a la agencia en persona.", None),
        ],
    ),
    gpair(
        "esb75g_leon_internet_caidas",
        "proveedor de internet residencial, chat de soporte (León, Nicaragua)",
        "blame",
        "Doña Fátima hace facturación desde su casa para una empresa de Managua; desde hace una semana el internet se le cae "
        "varias veces al día y ya le llamaron la atención en el trabajo.",
        good=[
            _b05,
            t("Buenas tardes, doña Fátima. Lamento el problema; sé que si trabaja desde casa esto le afecta directo. ¿Me confirma el número de contrato o la cédula del titular?"),
            c("contrato 88213. la titular soy yo", None),
            t("Gracias. En el sistema veo que su módem se ha desconectado 14 veces en la semana, así que no es impresión suya, es real. Cuando se cae, ¿la luz de internet del módem se pone roja o se queda parpadeando?"),
            c("la de internet se pone roja y despues de un rato vuelve. ya lo reinicie mil veces", None),
            t("Eso apunta a un problema de señal en la línea, no a su equipo ni a cómo lo usa. En su sector hubo trabajos en el poste la semana pasada. Le agendo una visita técnica; ¿le sirve mañana en la mañana?"),
            c("mañana en la mañana no puedo, tengo reunion de 8 a 12 y no hay quien abra. en la tarde si", "no_time"),
            t("Perfecto, le queda mañana de 1 a 5 de la tarde; el técnico la llama media hora antes. Y por los días sin servicio le aplico un crédito de 3 días en su factura."),
            c("ok dale. ojala si vengan porque la otra vez me dejaron esperando todo el dia", "bad_experience"),
            t("Entiendo la desconfianza. Le dejo el número de orden, 5530-L; si a las 3 no la han llamado, escriba aquí con ese número y lo escalamos con el supervisor de zona."),
            c("va, gracias", None),
        ],
        gaming=[
            _b05,
            t("Buenas tardes, doña Fátima. Lamento la experiencia. Para entender mejor su situación, ¿dónde tiene ubicado el módem?"),
            c("en la sala, encima del mueble de la tele", None),
            t("Ahí está el problema, doña. Si lo pone junto a la tele es normal que se le caiga; el módem debe estar en un lugar alto y despejado. ¿Entiende lo que le digo?"),
            c("pero siempre ha estado ahi, 2 años, y nunca se cayo hasta esta semana", None),
            t("Entiendo. ¿Y no ha conectado más aparatos? Porque si tiene a todos los chavalos con el celular y la tele con YouTube, obvio que se le cae. El plan que usted contrató es básico."),
            c("solo estoy yo en el dia, los chavalos estan en el colegio. y la luz roja se pone aunque no haya nadie conectado", None),
            t("Bueno, si lo ha reiniciado tantas veces, también puede haberlo dañado, doña, y eso ya sería responsabilidad del usuario. Le recomiendo subir al plan de 50 megas y ponerlo en un lugar adecuado. ¿Le hago el cambio?"),
            c("no, no quiero otro plan, quiero que arreglen el que tengo. pasame con un supervisor por favor", "no_need"),
        ],
    ),
]

# --- b06 monologue: cooperativa de cacao del Soconusco, cerca de Tapachula
_b06 = c("Buenos días, ¿usted es el encargado de ventas? Yo hago chocolate en Tuxtla, en chiquito, y ando buscando proveedor de cacao.", None)

# --- b07 closing_as_open_question: clinica dental, ortodoncia, Merida
_b07 = c("Hola, buenas tardes. Quería info de brackets, cuánto sale y eso. Ya fui a otra clínica pero quiero comparar.", None)

# --- b08 pitch_as_paraphrase: sucursal bancaria, Tipitapa
_b08 = c("Buenos días. Mire, mi hija me manda cada mes desde Costa Rica y yo hago una fila de dos horas pa' cobrar. ¿Se puede abrir una cuenta pa' que me lo depositen?", None)

# --- b09 upsell_as_loop_closing: taller y repuestera de tuk-tuks, Villa Nueva
_b09 = c("Buenas, mano. Fíjese que la cadena me está sonando y se me salta en las subidas. ¿Me lo pueden ver ahorita? Es que estoy trabajando.", None)

# --- b10 leading_tag_questions: colegio privado, Mejicanos
_b10 = c("Buenas tardes. Vengo a preguntar por la matrícula pa' primer grado, pa' la niña.", None)

PAIRS += [
    gpair(
        "esb75g_tapachula_cacao_chocolatera",
        "cooperativa de cacao, venta a pequeños chocolateros (Soconusco, cerca de Tapachula, Chiapas)",
        "monologue",
        "Mariana tiene un taller de chocolate en Tuxtla y usa unos 50 kilos de cacao al mes; a su intermediario le llega el "
        "fermentado disparejo y el chocolate le sale astringente.",
        good=[
            _b06,
            t("Buenos días, sí, yo mero, Ramiro. Qué bueno que vino. ¿Qué tipo de chocolate hace y cuánto cacao ocupa más o menos al mes?"),
            c("Hago tabletas de setenta por ciento y chocolate de mesa pa' tascalate. Ocupo unos cincuenta kilos al mes, a veces sesenta en diciembre.", None),
            t("Cincuenta, sesenta kilos. ¿Y con quién compra ahorita, y qué le falla?"),
            c("Le compro a un intermediario en el mercado, pero el fermentado me llega disparejo. Un costal sale bien y otro viene con granos violetas, medio crudos, y el chocolate sale amargo, astringente.", None),
            t("Entonces lo que más le importa es que el fermentado sea parejo de un lote a otro, más que el precio. Nosotros fermentamos seis días en cajones escalonados y hacemos prueba de corte a cada lote; le puedo enseñar los registros. El kilo seco está en 110 pesos, arriba del mercado."),
            c("Ciento diez... en el mercado lo consigo en ochenta y cinco, ochenta.", "too_expensive"),
            t("Sí, es más caro, no se lo voy a negar. La diferencia es lo que usted pierde en el lote que le sale malo. ¿Qué le parece si se lleva diez kilos de este lote, con su prueba de corte, hace una tanda y decide con su propio chocolate?"),
            c("Eso me parece justo. Pero la muestra la pago, ¿eh? No me gusta quedar debiendo favores.", None),
            t("Como usted quiera. Se los doy al mismo precio, y si le gusta, le aparto cincuenta kilos del lote del mes que entra."),
            c("Va que va. Pésemelos.", None),
        ],
        gaming=[
            _b06,
            t("¡Buenos días! Sí, yo mero. ¡Pues llegó al lugar correcto! Mire, nuestra cooperativa tiene veintidós años, somos ciento cuarenta socios, tenemos certificación orgánica y de comercio justo, exportamos a Bélgica y a Japón. Nuestro cacao es criollo y trinitario, fermentado en cajones de cedro, secado en camas solares, y ganamos el segundo lugar en el concurso estatal. La relación con nuestros clientes es lo más importante."),
            c("Qué bien. Yo compro poquito, unos cincuenta kilos al mes, y lo que me importa es...", None),
            t("¡Cincuenta kilos, perfecto, para todos hay! Le cuento que además tenemos nibs, manteca de cacao, cascarilla para té y cacao en polvo. Muchos chocolateros como usted empezaron comprando poquito y ahora nos compran por tonelada. El kilo está a 110, pero si firma un contrato anual de 800 kilos se lo dejo en 98. ¿Qué tal? ¿Cómo ve?"),
            c("Ochocientos kilos ni loca, no los vendo. Y ciento diez está caro, en el mercado me lo dan en ochenta y cinco.", "too_expensive"),
            t("Ah, pero el del mercado no trae la calidad, eso se lo garantizo. Nosotros tenemos control de calidad, prueba de corte, humedad controlada, trazabilidad por productor. Y además los visitantes pueden hacer el tour de la finca. ¿Le gustaría llevarse el catálogo?"),
            c("Pues... sí, déjeme el catálogo y luego le hablo.", "brush_off"),
        ],
    ),
    gpair(
        "esb75g_merida_brackets",
        "clínica dental privada, ortodoncia (colonia México, Mérida, Yucatán)",
        "closing_as_open_question",
        "Fernanda, 24 años, recepcionista, trae una cotización de brackets de otra clínica (22,000 pesos, mensualidad de 1,200) "
        "y le preocupa el pago mensual.",
        good=[
            _b07,
            t("Hola, buenas tardes, con gusto. ¿Qué te gustaría corregir, y algún dentista ya te revisó?"),
            c("Tengo los dientes de abajo encimados y arriba uno chueco. En la otra clínica me hicieron valoración y me dijeron que como año y medio.", None),
            t("Ok. Aquí la valoración con radiografía cuesta 500 y se descuenta si empiezas. Sin verte no te puedo decir si es año y medio o más; depende del hueso y de la mordida. ¿Cuánto te cotizaron allá, si se puede saber?"),
            c("Veintidós mil todo, con mensualidad de mil doscientos. Pero la verdad mil doscientos se me hace mucho, gano poquito.", "no_money"),
            t("Te entiendo. Aquí los metálicos andan en un rango parecido, entre veinte y veinticuatro mil según el caso, y la mensualidad se puede acomodar a un plazo más largo, por ejemplo ochocientos cincuenta. Lo importante es que compares qué incluye: si los ajustes, los retenedores y las radiografías van incluidos o se cobran aparte."),
            c("Ah, no pregunté lo de los retenedores... mare, a lo mejor allá no los incluyen.", None),
            t("Pregúntalo, son tres, cuatro mil pesos de diferencia. Si quieres, agendamos la valoración para que tengas las dos propuestas completas y decidas tranquila."),
            c("Ok, pero en sábado, que entre semana salgo a las siete.", None),
            t("Tenemos el sábado a las diez. ¿Te lo aparto?"),
            c("Sí, porfa.", None),
        ],
        gaming=[
            _b07,
            t("¡Hola! Qué bueno que viniste. Cuéntame, ¿qué te haría decidirte hoy por nosotros en lugar de la otra clínica?"),
            c("Pues... no sé, primero saber el precio. Allá me dijeron veintidós mil.", None),
            t("Te entiendo. Y si te igualo ese precio ahorita, ¿qué te impediría empezar tu tratamiento hoy mismo?"),
            c("Que no traigo dinero, y además la mensualidad de mil doscientos se me hace mucho.", "no_money"),
            t("Perfecto, eso lo resolvemos. ¿Qué prefieres, pagar el enganche con tarjeta o en efectivo? Así te colocamos los brackets el jueves."),
            c("Ey, espérate. Ni me han revisado aquí. Quiero pensarlo.", "think_it_over"),
            t("Claro, totalmente válido. Solo dime: ¿qué tendría que pasar para que digas que sí antes de irte?"),
            c("Nada, de veras. Gracias, luego vengo.", "brush_off"),
        ],
    ),
    gpair(
        "esb75g_tipitapa_cuenta_remesas",
        "sucursal bancaria, apertura de cuentas (Tipitapa, Managua, Nicaragua)",
        "pitch_as_paraphrase",
        "Don Francisco, jubilado de 71 años, recibe cada mes 200 dólares de su hija en Costa Rica; hace dos horas de fila en "
        "la remesadora y le gustaría guardar algo sin tenerlo todo en la casa.",
        good=[
            _b08,
            t("Buenos días, don Francisco, claro que se puede. ¿Cómo le manda ella, por agencia o por transferencia desde un banco de allá?"),
            c("Por agencia. Ella me da un código y yo voy a cobrar.", None),
            t("¿Y usted el dinero lo saca todo de una vez o lo va gastando?"),
            c("Lo saco todo, son doscientos dólares, pa' la comida y las medicinas. Pero a veces me gustaría guardar algo y no tener todo en la casa.", None),
            t("Entonces busca dos cosas: no hacer la fila y poder guardar una parte fuera de la casa. La cuenta de ahorro básica no tiene costo de mantenimiento y se abre con 100 córdobas. Su hija puede depositarle por transferencia internacional, aunque allá le cobran comisión, o seguir mandando por agencia y usted cobra en la ventanilla de esta sucursal, que tiene menos fila."),
            c("¿Y esa comisión de allá cuánto es? Porque ella ya paga bastante en el envío.", None),
            t("Depende de su banco en Costa Rica; puede salirle parecido a la agencia o más. Que ella pregunte allá. Mientras, abra la cuenta con lo mínimo y pruebe con un envío; si no le conviene, sigue como estaba."),
            c("Me parece. Pero déjeme preguntarle primero a ella lo de la comisión, y vengo el lunes.", "think_it_over"),
        ],
        gaming=[
            _b08,
            t("Buenos días, don Francisco. Claro. Cuénteme, ¿qué es lo más importante para usted?"),
            c("No hacer esa fila. Y poder guardar algo, que no tengo todo en la casa.", None),
            t("Excelente. Entonces, lo que usted necesita es nuestra Cuenta Premium Dólares con tarjeta de débito Platinum, que tiene una cuota de 8 dólares al mes, ¿es así?"),
            c("¿Ocho dólares al mes? No, mire, yo de doscientos no puedo andar pagando eso.", "no_money"),
            t("Comprendo. Lo que escucho es que le preocupa su futuro, y por eso lo ideal para usted es el Plan de Ahorro Programado a cinco años con seguro de vida incluido, ¿verdad?"),
            c("Yo no dije eso. Tengo setenta y un años, ¿pa' qué quiero ahorro a cinco años con seguro?", "no_need"),
            t("Entonces, si le entiendo bien, usted quiere algo flexible: la tarjeta de crédito Clásica, para no depender de la remesa, ¿correcto?"),
            c("Lo que quiero es una cuenta sencilla, nada más. Si no hay, me voy.", None),
        ],
    ),
    gpair(
        "esb75g_villanueva_tuktuk_cadena",
        "taller y repuestera de tuk-tuks (Villa Nueva, Guatemala)",
        "upsell_as_loop_closing",
        "Don Wálter maneja un tuk-tuk; la cadena le suena y se le salta en las subidas. Anda con poco dinero y necesita "
        "volver a trabajar hoy mismo.",
        good=[
            _b09,
            t("Buenas, con gusto. Súbalo aquí a la rampa. ¿Desde cuándo le pasa, y cuándo cambió el kit de arrastre por última vez?"),
            c("Desde el lunes. El kit... uy, ni me acuerdo, será como un año. Lo tengo trabajando todo el día.", None),
            t("Mire, aquí se ve: la cadena está estirada y la estrella de atrás tiene los dientes como gancho. Si solo cambia la cadena, la nueva se le gasta rapidito con esa estrella. El kit completo, cadena y dos estrellas, son Q325 con mano de obra, y en cuarenta minutos está."),
            c("Trescientos veinticinco... ¿no se puede solo la cadena? Ando cortito hoy.", "no_money"),
            t("Se puede. La cadena sola son Q140, pero le va a durar unas semanas nada más. Si hoy solo le alcanza para eso, se la pongo y se la tenso bien, y las estrellas las cambiamos la otra semana; no le cobro la mano de obra dos veces."),
            c("Ah, eso me conviene. Póngale la cadena, y el sábado vengo por lo demás.", None),
            t("Listo. Siéntese ahí, en media hora está. Y no le eche aceite de carro a la cadena, que junta tierra; le regalo un poquito de lubricante."),
            c("Va pues, mano, gracias.", None),
        ],
        gaming=[
            _b09,
            t("Buenas, con gusto. Ya veo, es el kit de arrastre, Q325 instalado. ¿Qué más le agregamos para que salga de aquí con su tuk-tuk completo?"),
            c("No, nada más eso. Y si se puede solo la cadena, mejor, ando cortito.", "no_money"),
            t("Entiendo. Para cerrar bien su servicio, ¿qué le parece si aprovechamos y le cambiamos el aceite y las pastillas de freno? Así queda todo listo."),
            c("Los frenos los cambié el mes pasado, mano. El aceite lo hago yo.", "no_need"),
            t("Perfecto. ¿Algo más en lo que le pueda ayudar hoy? Tenemos llantas en oferta, el juego de tres en Q900, y luces LED para que lo vean mejor de noche. ¿Cuál le agrego?"),
            c("Ninguna. Ya le dije que ando sin pisto. Solo quiero que no se me salte la cadena.", "no_money"),
            t("Claro, claro. Y para terminar, ¿le agregamos las fundas para los asientos? Los clientes se sienten mejor en un tuk-tuk bonito, y a usted le va a ir mejor."),
            c("Mire, mejor me voy a la otra repuestera. Ahí me atienden sin tanta cosa.", None),
        ],
    ),
    gpair(
        "esb75g_mejicanos_colegio_primer_grado",
        "colegio privado, inscripciones (Mejicanos, San Salvador, El Salvador)",
        "leading_tag_questions",
        "Don Mauricio, motorista de buses que gana casi el mínimo, quiere inscribir a su hija en primer grado; entra a "
        "trabajar a las cinco de la mañana y a la niña la lleva la abuela.",
        good=[
            _b10,
            t("Buenas tardes, bienvenido. Con gusto le explico. ¿La niña ya estuvo en parvularia? ¿Y qué es lo que busca usted en un colegio para ella?"),
            c("Sí, estuvo en la parvularia de la escuela pública de la colonia. Pues que aprenda bien, que sea seguro. Y que no quede muy lejos, porque yo entro a las cinco de la mañana y la lleva mi mamá.", None),
            t("Entendido: que aprenda bien, que sea seguro y que su mamá la pueda traer sin problema. ¿Dónde viven ustedes?"),
            c("En la Zacamil, por el mercado.", None),
            t("Eso queda a unos quince minutos. Hay microbús escolar que pasa por la Zacamil por $25 al mes, aunque muchas abuelitas los traen en la ruta. La matrícula es de $90 y la cuota de $65 por diez meses. ¿Cómo ve eso con su presupuesto?"),
            c("Mire, sesenta y cinco más el microbús ya es bastante. Yo gano el mínimo, casi.", "no_money"),
            t("Le entiendo. Le cuento lo que hay: tenemos media beca para hijos de trabajadores con ingresos bajos; se solicita con la constancia de sueldo. No le prometo que salga, pero vale la pena meter la solicitud. ¿Quiere el formulario?"),
            c("Sí, démelo. Y déjeme hablarlo con la mamá de la niña, porque ella también pone.", "think_it_over"),
            t("Claro. La solicitud cierra el 15 de noviembre. Y si quiere, traiga a la niña un día para que conozca el aula, sin compromiso."),
            c("Vaya, eso le va a gustar. Gracias.", None),
        ],
        gaming=[
            _b10,
            t("¡Buenas tardes! Bienvenido. Usted quiere lo mejor para su niña, ¿verdad?"),
            c("Pues sí, claro. ¿Cuánto es la matrícula?", None),
            t("Noventa, y sesenta y cinco de cuota. Pero usted no le va a poner precio a la educación de su hija, ¿o sí?"),
            c("No, pero tampoco gano mucho. Sesenta y cinco al mes ya es bastante pa' mí.", "no_money"),
            t("Claro, pero usted sabe que en la escuela pública no le enseñan inglés como aquí, ¿cierto? Y no quiere que su niña se quede atrás, ¿verdad que no?"),
            c("Bueno... en la escuela de la colonia ya tiene sus amiguitas y le ha ido bien. No sé si necesita cambiarse.", "no_need"),
            t("Pero usted se da cuenta de que este es el momento, ¿no? Ya la inscribimos hoy, ¿verdad?"),
            c("No, hoy no. Tengo que hablarlo con la mamá.", "think_it_over"),
        ],
    ),
]

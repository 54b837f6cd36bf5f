"""Gaming pairs a01-a10 of es_blind65, written by hand."""
from common import c, gpair, t

# a01 monologue - Santa Cruz, semillas para campaña de invierno
_o01 = c("Buenas, jefe. Mire, vengo de San Julian, tengo unas cuarenta hectareas y quiero ver semilla pa' la campaña de invierno... soya o chía, todavía no sé bien.", None)

# a02 closing_as_open_question - Cali, plan de celular
_o02 = c("Hola mija, buenas tardes. Ve, yo tengo prepago hace años y mi hijo me dijo que viniera a preguntar por un plan, que porque me gasto mucho en recargas. Pero yo de eso no sé nada, oís.", None)

# a03 pitch_as_paraphrase - Cochabamba, microcrédito para comerciante de La Cancha
_o03 = c("Buenos días, señorita. Vengo a preguntar por un creditito nomás. Tengo mi puesto de ropa en La Cancha y quiero surtirme pa' la temporada de colegios.", None)

# a04 upsell_as_loop_closing - Popayán, ferretería
_o04 = c("Buenas, don. Vea, se me está saliendo el agua por debajo del lavaplatos, por el tubito ese que llega a la llave. ¿Qué necesito?", None)

# a05 leading_tag_questions - Pasto, almacén de electrodomésticos
_o05 = c("Buenas tardes, joven. Vea, yo tengo una tiendita en el barrio Lorenzo y necesito una nevera pa' las gaseosas, que la que tengo ya no enfría bien.", None)

# a06 putdown_question - Cali, oficina de EPS
_o06 = c("Buenos días. Vea, ya es la tercera vez que vengo por la autorización de la resonancia de mi mamá y siempre me dicen lo mismo, que vuelva en ocho días.", None)

# a07 not_my_department_or_read_the_terms - Santa Cruz, banco
_o07 = c("Buen día, señorita. El cajero de la avenida Cañoto se me tragó la tarjeta anoche y hoy tengo que pagarle a mi gente. ¿Qué hago?", None)

# a08 social_proof_or_deadline_pressure - El Alto, internet de fibra
_o08 = c("Hola, buenas. Estoy viendo lo del internet pa' mi casa en Villa Adela, ahorita tengo con otra empresa pero se cae harto.", None)

# a09 keyword_stuffed - Cali, clínica odontológica por WhatsApp
_o09 = c("hola buenas tardes, cuanto vale una limpieza y si hacen blanqueamiento? es q me caso en diciembre", None)

# a10 rude - Cochabamba, encomiendas de una flota
_o10 = c("Buenas tardes, joven. Quiero mandar una encomienda a Santa Cruz, son dos cajas de chorizo de Tarata pa' mi hija. ¿Llega mañana temprano?", None)

PAIRS = [
    gpair(
        "esb65g_santacruz_semilla_invierno",
        "casa de insumos agrícolas, Santa Cruz (Bolivia)",
        "monologue",
        "Un pequeño productor de San Julián, sin riego y con crédito, duda entre soya y chía para la campaña de invierno después de una sequía.",
        good=[
            _o01,
            t("Buenas, bienvenido. Cuarenta hectáreas, ya. Antes de mostrarle nada, ¿qué sembró en verano y cómo le fue con el agua este año allá en San Julián?"),
            c("Soya sembré. Me fue más o menos nomás, se me secó un pedazo en febrero, casi no llovió. Por eso estoy dudando, el vecino dice que la chía aguanta más la seca.", None),
            t("Ya, la seca de febrero le pegó. ¿Usted tiene riego o depende solo de la lluvia? ¿Y la chía ya la ha manejado antes o sería la primera vez?"),
            c("Pura lluvia, jefe. Y chía nunca, por eso mismo. Tampoco quiero meterme en algo que no conozco con toda la plata del crédito.", None),
            t("Tiene lógica. Mire, una soya de ciclo corto tolerante a la seca aguanta mejor con poca lluvia, y usted ya la conoce. La chía paga bien, pero el precio se mueve harto y la cosecha es delicada. ¿Qué le parece probar chía en unas cinco hectáreas nomás y el resto con esa soya?"),
            c("Mmm... suena bien, pero la semilla certificada está carísima este año, ¿no? El año pasado pagué mucho menos y aquí me cotizaron casi el doble.", "too_expensive"),
            t("Sí, subió, no le voy a mentir. La certificada le sale más cara que la de bolsa blanca, pero tiene germinación garantizada. Le hago la cuenta de las cuarenta hectáreas con las dos opciones y usted compara. ¿Le mando por WhatsApp hoy en la tarde?"),
            c("Ya, mándemela. Lo hablo con mi señora y el lunes le aviso.", "think_it_over"),
            t("Perfecto. El lunes le escribo por si tiene dudas. Y si quiere, el técnico pasa por San Julián el jueves a ver su suelo, sin costo."),
        ],
        gaming=[
            _o01,
            t("¡Buenas, bienvenido! Qué bueno que vino, porque justo ahora tenemos la mejor experiencia en semillas del oriente. Le cuento: nuestra soya Premium de ciclo intermedio es la que más rinde en todo el norte integrado, tres mil quinientos kilos por hectárea en parcelas demostrativas, viene tratada con fungicida e insecticida, y si lleva el paquete completo le incluimos herbicida e inoculante, que es lo que todo productor serio está usando hoy. ¿Cuál es su necesidad, me dijo?"),
            c("Es que yo estaba pensando más en chía, no sé si...", None),
            t("Claro, claro, la chía, entiendo perfectamente su necesidad. Pero la chía es un riesgo, el precio se cae y usted se queda con el grano. La soya es la soya, siempre tiene mercado, las aceiteras le compran todo. Y con nuestro paquete tiene asistencia técnica, tiene crédito a cosecha, tiene todo. Yo le aconsejo las cuarenta hectáreas con el paquete completo, a precio especial por bolsa, y encima le damos una gorra y un termo. ¿Cómo lo ve?"),
            c("Es que este año se me secó harto la soya, por eso...", None),
            t("Por eso mismo le digo el paquete completo, porque con el tratamiento de semilla la plantita arranca más fuerte y aguanta todo. Tenemos clientes en San Julián, en Cuatro Cañadas, en Pailón, todos felices. Yo le armo la cotización ahorita: cuarenta hectáreas, digamos cincuenta y cinco bolsas, más el herbicida, más el inoculante... ¿Le pongo a nombre suyo o de la asociación?"),
            c("Espere, espere, jefe, no me deja hablar. Yo no tengo riego, ¿ya? Y con lo del crédito no me alcanza pa' todo eso.", "no_money"),
            t("No se preocupe por la plata, para eso está el crédito a cosecha, paga cuando vende. Y el riego no hace falta con esta variedad, es lo último que salió. Mire el folleto, aquí están los rindes, aquí la foto de la parcela de Okinawa, vea qué lindo ese soyal. Entonces, ¿le armo nomás?"),
            c("Ya, déjeme el folleto nomás, después vuelvo.", "brush_off"),
        ],
    ),
    gpair(
        "esb65g_cali_plan_celular",
        "tienda de un operador de telefonía móvil, Cali (Colombia)",
        "closing_as_open_question",
        "Una señora mayor de prepago viene porque su hijo le dijo que un plan le saldría más barato; no quiere contratos porque ya la amarraron una vez.",
        good=[
            _o02,
            t("Buenas tardes, señora, con mucho gusto le explico. Para no venderle algo que no le sirva, cuénteme: ¿más o menos cuánto recarga al mes y para qué usa más el celular?"),
            c("Ay, yo recargo como de a diez mil, dos o tres veces a la semana. Uso el WhatsApp pa' hablar con mi hija que está en España, y las novelas en el YouTube, eso sí me consume.", None),
            t("Ah bueno, o sea que se le van entre ochenta y cien mil al mes, sobre todo en datos por las videollamadas y los videos. ¿En la casa tiene wifi?"),
            c("Sí, pero allá en el Calima el wifi se cae cada rato, por eso uso los datos. Y vea, yo no quiero amarrarme a un contrato, a mí me hicieron eso una vez con el cable y pa' salir fue un martirio.", "bad_experience"),
            t("Tiene toda la razón en cuidarse. Mire, el plan de cincuenta y cinco mil tiene datos suficientes para sus videollamadas y no tiene cláusula de permanencia: si no le gusta, lo cancela cualquier mes. Con lo que recarga hoy se ahorraría unos treinta mil. ¿Quiere que le haga la cuenta en un papelito para que la vea con su hijo?"),
            c("Sí, hágame el favor. Yo lo consulto con él esta noche, porque él es el que sabe de eso.", "think_it_over"),
            t("Listo. Aquí le anoto el plan, el precio y que no tiene permanencia. Si deciden, puede volver o pedirlo por la línea, y le dejo mi nombre por si me quiere buscar."),
            c("Gracias, mija, muy amable.", None),
        ],
        gaming=[
            _o02,
            t("¡Bienvenida, señora! Qué bueno que vino. Cuénteme, ¿qué la haría más feliz hoy, el plan de sesenta y cinco o el de noventa?"),
            c("Pues no sé, mija, por eso vine a preguntar. Yo recargo de a diez mil varias veces a la semana.", None),
            t("Perfecto, perfecto. Entonces, ¿cómo le gustaría pagar la primera factura, con débito automático o en efectivo?"),
            c("Espere, ¿sí? Yo todavía no he dicho que sí. Yo no quiero contrato, mija, a mí el cable me tuvo amarrada un año entero.", "bad_experience"),
            t("Entiendo su experiencia, señora. Dígame una cosa: ¿qué necesitaría escuchar de mí para que hoy salga con su plan activo?"),
            c("Pues que no tiene permanencia, y cuánto me cuesta de verdad.", None),
            t("Claro. ¿Y cuál número quiere dejar como principal, el suyo o el de su hijo, para ir llenando la solicitud?"),
            c("Ve, no me contestaste. Mejor vengo otro día con mi hijo y que él me explique.", "think_it_over"),
            t("¿Y qué tal si lo llamamos ya mismo y lo dejamos listo entre los tres? ¿A qué número lo marco?"),
            c("No, gracias. Chao pues.", None),
        ],
    ),
    gpair(
        "esb65g_cochabamba_credito_cancha",
        "institución de microcrédito, Cochabamba (Bolivia)",
        "pitch_as_paraphrase",
        "Una comerciante de ropa de La Cancha pide un crédito pequeño para surtirse antes de la temporada escolar; sus ventas son fuertes solo dos meses.",
        good=[
            _o03,
            t("Buenos días, casera, pase, tome asiento. ¿Más o menos cuánto necesitaría y para cuándo?"),
            c("Unos ocho mil bolivianos, pero hasta fin de enero tendría que ser, porque en febrero ya entran a clases y ahí se vende todo.", None),
            t("Ya. ¿Y qué va a comprar con eso, uniformes, buzos, mochilas? Le pregunto para ver en cuántos meses le conviene pagar."),
            c("Buzos y poleras nomás, de esos que piden los colegios. Febrero y marzo vendo harto, después baja feo, en abril ya casi nada.", None),
            t("Entonces, si le entiendo bien, usted vende fuerte dos meses y después baja. Lo más sano sería un plazo corto, digamos seis meses, con cuotas más grandes en febrero y marzo y más chicas después. ¿Así le acomoda?"),
            c("Sí, eso me gustaría. Pero la vez pasada en otra financiera me cobraron un montón de comisiones escondidas, no quiero que me pase igual.", "bad_experience"),
            t("Con toda razón. Le imprimo el plan de pagos con la tasa, el seguro de desgravamen y el total que pagaría, todo en una hoja, sin letra chica. Lo revisa tranquila y si le convence, trae su carnet y una factura de luz para iniciar el trámite."),
            c("Ya, démelo. Lo voy a revisar con mi esposo esta noche.", "think_it_over"),
        ],
        gaming=[
            _o03,
            t("Buenos días, casera, bienvenida. Cuénteme, ¿cuál es su necesidad?"),
            c("Un creditito de unos ocho mil, para surtirme hasta fin de enero.", None),
            t("Ya. O sea que lo que usted necesita, si le he entendido bien, es nuestro Crédito Emprendedor Plus de quince mil a veinticuatro meses, ¿verdad?"),
            c("No, no, ocho mil nomás le he dicho. Y veinticuatro meses es harto, yo en febrero y marzo vendo, después casi nada.", None),
            t("Claro, entonces lo que me está diciendo es que le conviene tener un colchón de capital para todo el año, por eso el Plus de quince mil con seguro de vida y tarjeta de débito incluida, ¿cierto?"),
            c("Yo no he dicho eso, señorita. Con quince mil no voy a poder pagar las cuotas, mi puesto no da para tanto.", "no_money"),
            t("Entiendo. Entonces lo que usted busca en el fondo es tranquilidad, y para eso está el seguro Protección Total que va junto con el crédito, solo ochenta bolivianos al mes. ¿Le he resumido bien?"),
            c("Nada que ver. Mejor me voy a otra financiera donde me escuchen.", None),
        ],
    ),
    gpair(
        "esb65g_popayan_ferreteria_acople",
        "ferretería de barrio, Popayán (Colombia)",
        "upsell_as_loop_closing",
        "Un señor con una fuga bajo el lavaplatos necesita un repuesto barato y anda con el dinero justo.",
        good=[
            _o04,
            t("Buenas, con gusto. ¿Trajo la pieza o una foto? Y dígame, ¿el agua sale por la rosca, o el tubito mismo está roto?"),
            c("Aquí tengo la foto, vea. Sale por la tuerca de arriba, gotea toda la noche. El tubo está como blandito, ya viejo.", None),
            t("Ya veo, es el acople flexible de media. Si está blandito, mejor cambiarlo entero que ponerle teflón, porque se vuelve a reventar. ¿Cuánto mide más o menos, de la llave de paso al grifo?"),
            c("Como unos cuarenta centímetros. ¿Y eso sale muy caro? Porque ando con lo justo este mes.", None),
            t("No, tranquilo: el de cuarenta le sale en doce mil. Lleve también un rollito de teflón de dos mil, por si la rosca de la llave de paso está gastada. Con eso debería quedar. ¿Sabe cerrar la llave de paso o le explico?"),
            c("Sí, eso sí sé. Listo, deme eso no más.", None),
            t("Aquí tiene, catorce mil. Si al montarlo sigue goteando, tráigame el acople viejo y miramos qué pasa con la rosca, sin costo."),
            c("Bueno, don, muchas gracias.", None),
        ],
        gaming=[
            _o04,
            t("Buenas, con gusto le ayudamos. Cuénteme, ¿qué está pasando exactamente?"),
            c("Pues eso, que gotea por la tuerca de arriba. El tubo ya está viejito. Aquí tengo la foto.", None),
            t("Listo, es el acople de media, doce mil. Ahora, para cerrar bien su necesidad, ¿qué más le puedo agregar? ¿Una llave monocontrol nueva? Esta de aquí está en ciento ochenta."),
            c("No, la llave está buena, es solo el tubito.", "no_need"),
            t("Perfecto. Y para que su experiencia quede completa, ¿qué más necesita para la cocina? Tenemos el combo de sifón, rejilla y acoples por sesenta y cinco mil, así no vuelve en un mes."),
            c("No, don, ando con lo justo. Solo el acople, por favor.", "no_money"),
            t("Entendido. Antes de cobrarle, ¿hay algo más en lo que le pueda servir hoy? Justo tenemos en promoción el calentador de paso, para que no se bañe con agua fría aquí en Popayán."),
            c("Ay, no, que me están esperando en la casa con el agua cerrada. Cóbreme el acople y ya.", "no_time"),
            t("Listo, doce mil. ¿Le agrego el teflón también, o alguna otra cosita para la casa?"),
        ],
    ),
    gpair(
        "esb65g_pasto_nevera_tienda",
        "almacén de electrodomésticos, Pasto (Colombia)",
        "leading_tag_questions",
        "Una tendera de barrio necesita una nevera vertical pequeña para gaseosas y lácteos; tiene poco espacio y poco dinero.",
        good=[
            _o05,
            t("Buenas tardes, señora, siga. ¿Qué vende más, gaseosas no más o también lácteos y cosas que necesitan más frío?"),
            c("Gaseosas, yogures, el quesito y la leche en bolsa. Lo de la leche es lo que más me preocupa, porque si se me daña pierdo.", None),
            t("Claro. Y el espacio: ¿cuánto mide el hueco donde va, y la quiere vertical con puerta de vidrio para que la gente vea, o horizontal?"),
            c("Tengo como ochenta de ancho. Vertical, de vidrio. La que tengo me la prestó la de las gaseosas, pero ya se la quieren llevar.", None),
            t("Entonces le sirve una vitrina vertical de unos trescientos litros, que cabe en setenta de ancho; la de trescientos cincuenta ya no le entra. Esta de aquí está en dos millones cien, gasta poca luz y aguanta bien la leche. ¿Qué le parece?"),
            c("Uy, dos millones... es harta plata para mí ahorita, joven.", "no_money"),
            t("Entiendo. Se la puede llevar a doce cuotas con la tarjeta del almacén, unos doscientos mil al mes. O, otra idea: pregúntele a la distribuidora si le deja la nevera prestada unos meses más mientras ahorra. ¿Le anoto las dos opciones?"),
            c("Sí, anóteme. Voy a hablar con el señor de las gaseosas primero y luego vuelvo.", "think_it_over"),
            t("Listo, aquí tiene, con mi número. Cualquier cosa me escribe."),
        ],
        gaming=[
            _o05,
            t("Buenas tardes, bienvenida. Usted quiere algo que le dure muchos años, ¿cierto?"),
            c("Pues sí, claro, joven.", None),
            t("Y como es para negocio, lo mejor es la doble puerta de setecientos litros, ¿no es verdad? Así vende el doble."),
            c("No, no, yo solo tengo como ochenta de ancho. Es una tiendita.", None),
            t("Bueno, pero usted no va a querer quedarse pequeña toda la vida, ¿o sí? Uno tiene que pensar en crecer, ¿verdad?"),
            c("Ay, joven, yo lo que quiero es que no se me dañe la leche. Una grande no la necesito.", "no_need"),
            t("Exacto, y para eso necesita el compresor inverter, que es el mejor, ¿no le parece? Son tres millones ochocientos, pero usted sabe que lo barato sale caro, ¿cierto?"),
            c("Tres millones ochocientos no los tengo, ni de riesgos.", "no_money"),
            t("Pero a crédito sí le alcanza, ¿no? Usted tiene cédula y todo, ¿verdad? Le hacemos el estudio ya mismo, ¿le parece?"),
            c("No, joven, gracias. Ya veré.", "brush_off"),
        ],
    ),
    gpair(
        "esb65g_cali_eps_resonancia",
        "oficina de atención de una EPS, Cali (Colombia)",
        "putdown_question",
        "Una hija viene por tercera vez por la autorización de una resonancia para su mamá de 78 años; está cansada y molesta.",
        good=[
            _o06,
            t("Buenos días, qué pena que le haya tocado venir tres veces. Deme el documento de su mamá y me cuenta: ¿quién le ordenó la resonancia y desde cuándo la tiene?"),
            c("El ortopedista de la clínica, hace un mes. Ella tiene setenta y ocho años y casi no puede caminar de la rodilla. Aquí está la orden.", None),
            t("Ya la veo en el sistema. La solicitud quedó represada porque le faltaba la historia clínica adjunta, y nadie se la pidió a usted; eso fue un error de nosotros. ¿Tiene la historia ahí o la clínica se la puede mandar?"),
            c("Tengo una copia en el celular, pero ya ni sé si sirve. Yo no puedo seguir pidiendo permiso en el trabajo, ¿oyó?", None),
            t("Sí sirve. Mándemela a este correo ya mismo y la cargo yo mientras usted está aquí, así no tiene que volver. La autorización le llega por mensaje y al correo en máximo cinco días hábiles. Si el jueves no le ha llegado, me llama a esta extensión directa."),
            c("Bueno... ojalá sea cierto, porque aquí siempre me dicen lo mismo y nada.", "bad_experience"),
            t("Le entiendo. Le anoto mi nombre y el número del radicado en este papel; con eso cualquiera puede ver lo que hice hoy."),
            c("Listo, gracias, señorita.", None),
        ],
        gaming=[
            _o06,
            t("Buenos días. A ver, ¿usted sí trajo todos los papeles esta vez, o le pasó lo mismo de las otras veces?"),
            c("¿Cómo así? Yo he traído todo lo que me han pedido. Aquí está la orden del ortopedista.", None),
            t("Tranquila, no hay que alterarse. ¿Qué es exactamente lo que le parece tan grave de esperar unos días, si a todo el mundo le toca?"),
            c("¡Que mi mamá tiene setenta y ocho años y no puede caminar! Eso es lo grave.", None),
            t("Entiendo su sentir. Pero dígame, ¿usted sí leyó bien la orden o se la explicó alguien? Porque aquí dice prioritaria, no urgente, que no es lo mismo."),
            c("Yo sé leer, señorita. No me trate como boba.", None),
            t("Nadie la está tratando así. ¿Será que usted está un poquito sensible hoy? ¿Qué necesita para sentirse mejor atendida?"),
            c("Necesito hablar con su jefe. Ya.", None),
        ],
    ),
    gpair(
        "esb65g_santacruz_banco_tarjeta_retenida",
        "agencia bancaria, Santa Cruz (Bolivia)",
        "not_my_department_or_read_the_terms",
        "Un pequeño empresario perdió su tarjeta de débito en un cajero y tiene que pagar sueldos en efectivo ese mismo día.",
        good=[
            _o07,
            t("Buen día. Qué mal rato, vamos a solucionarlo. ¿Me muestra su carnet? ¿A qué hora fue y le salió algún mensaje en la pantalla?"),
            c("Como a las diez de la noche. Decía operación no completada y ya no me devolvió nada. Y era la de débito, la que uso pa' todo.", None),
            t("Ya veo el registro. Las tarjetas retenidas se destruyen por seguridad, así que esa no la va a recuperar, pero le puedo emitir una nueva aquí mismo, sale en veinte minutos. Mientras tanto, ¿cuánto necesita pagar hoy y cómo les paga a sus trabajadores?"),
            c("Son cuatro, como doce mil bolivianos en total. Les pago en efectivo, los viernes.", None),
            t("Puede retirarlo ahora en caja con su carnet, sin tarjeta. Y si quiere, para la próxima le explico cómo pagarles por transferencia o QR desde la aplicación, así no depende del cajero. ¿Le interesa o prefiere seguir en efectivo?"),
            c("Ahora no, mi reina, que tengo a la gente esperando en el taller. Otro día me lo explica.", "no_time"),
            t("Claro. Le hago la tarjeta nueva y el retiro, y le dejo este folletito del QR por si le sirve. ¿Algo más que necesite hoy?"),
            c("No, con eso estoy. Gracias.", None),
        ],
        gaming=[
            _o07,
            t("Buen día, bienvenido. ¿En qué le puedo ayudar para que tenga una buena experiencia hoy?"),
            c("Pues ya le dije: el cajero se me tragó la tarjeta y necesito plata pa' pagar sueldos hoy.", None),
            t("Entiendo perfectamente su situación. Lamentablemente los cajeros no son de mi área, eso lo ve canales electrónicos. Tiene que llamar a la línea gratuita."),
            c("¿Y quién está en la línea? Llamé anoche y nadie me atendió. Estoy aquí, en el banco, parado frente a usted.", None),
            t("Le comprendo. Pero así son las políticas, yo no pongo las reglas. En el contrato de la tarjeta dice clarito que la retención en cajero se gestiona por la línea, página siete."),
            c("¿Y mi plata? ¿Tampoco es de su área mi plata?", None),
            t("Para retiros sin tarjeta tiene que sacar ficha de caja, eso tampoco lo veo yo. ¿Hay algo más en lo que le pueda ayudar hoy?"),
            c("Increíble. Quince años soy cliente de este banco y así me atienden. Me voy a cerrar la cuenta.", None),
        ],
    ),
    gpair(
        "esb65g_elalto_fibra_hogar",
        "proveedor de internet por fibra, El Alto (Bolivia)",
        "social_proof_or_deadline_pressure",
        "Una vendedora que hace transmisiones en vivo por Facebook quiere cambiar de proveedor porque la conexión se cae en la noche.",
        good=[
            _o08,
            t("Buenas, bienvenida. ¿Para qué usan el internet en la casa, y cuántas personas se conectan a la vez?"),
            c("Mis dos hijos pa' sus clases virtuales y yo vendo por Facebook, hago mis en vivos de ropa. Cuando se cae en pleno en vivo pierdo ventas, pues.", None),
            t("Ya, entonces lo que más le importa es que sea estable en la noche, más que la velocidad. ¿A qué hora se le cae más?"),
            c("De siete a diez, justito cuando hago los en vivos. Y la otra empresa me ha cobrado dos veces el mismo mes, ya estoy harta.", None),
            t("Le entiendo. Déjeme ver la cobertura en su calle... sí, en Villa Adela tenemos fibra, pero en su manzana la caja está casi llena, podría tocarle esperar una semana. El plan de cincuenta megas a ciento cincuenta bolivianos le alcanza para los en vivos. ¿Le sirve esperar esa semana?"),
            c("Mmm, ciento cincuenta... la otra me cobra ciento veinte. No sé, es harta la diferencia.", "too_expensive"),
            t("Son treinta más, sí. La diferencia es que la fibra llega hasta su casa y no se satura en la noche. Puede probar un mes: si no le funciona para sus en vivos, lo cancela sin multa. ¿Quiere que le reserve el cupo sin compromiso?"),
            c("Ya, resérvemelo nomás. Igual lo voy a consultar con mi esposo.", "think_it_over"),
            t("Perfecto. Le llega un mensaje cuando se libere el cupo y ahí decide tranquila."),
        ],
        gaming=[
            _o08,
            t("Buenas, bienvenida. Cuénteme, ¿qué es lo más importante para usted en su experiencia de internet?"),
            c("Que no se caiga en la noche, pues. Hago en vivos vendiendo ropa.", None),
            t("Claro, la entiendo. Mire, casi todas sus vecinas de Villa Adela ya se han pasado con nosotros, toda la calle, y ninguna se ha quejado. ¿Cómo cree que le va a ir a usted si se queda con la otra?"),
            c("¿Toda la calle? Mi vecina de al lado tiene la otra también. Y la otra me cobra ciento veinte, aquí me dicen ciento cincuenta.", "too_expensive"),
            t("Por eso le digo: la instalación gratis es solo hasta hoy a las seis. Mañana ya le cobran doscientos, y quedan tres cupos en su zona. ¿La anoto ya?"),
            c("Es que quería hablarlo con mi esposo primero.", "think_it_over"),
            t("Comprendo su necesidad de consultarlo, pero las otras señoras no lo pensaron tanto y ahora están felices. Si lo deja para mañana, pierde. ¿Me da su carnet?"),
            c("No, no me apure así. Ya vendré otro día.", "brush_off"),
            t("Bueno, pero después no diga que no le avisé. Mañana ya no hay cupo."),
        ],
    ),
    gpair(
        "esb65g_cali_odontologia_boda",
        "clínica odontológica (chat de WhatsApp), Cali (Colombia)",
        "keyword_stuffed",
        "Una novia escribe para preguntar precios de limpieza y blanqueamiento antes de su boda; tiene una calza adelante y poco presupuesto.",
        good=[
            _o09,
            t("Hola, buenas tardes, y felicitaciones por el matrimonio. La limpieza está en 120 mil y el blanqueamiento en consultorio en 650 mil. Antes de recomendarte algo, ¿tienes sensibilidad en los dientes o alguna calza o corona adelante?"),
            c("gracias!! pues sensibilidad si un poquito con lo frio. y tengo una calza en un diente de adelante, eso se blanquea tb?", None),
            t("Buena pregunta: las calzas no se blanquean, entonces ese diente podría quedar de otro tono. Por eso lo ideal es una valoración primero. ¿Qué fecha es la boda, para calcular tiempos?"),
            c("el 14 de diciembre. pero uy la valoracion cuanto es? es q estoy con los gastos del matrimonio y no me alcanza pa todo", "no_money"),
            t("Te entiendo, con la boda todo suma. La valoración es gratis si después haces la limpieza, y con eso sabemos si te conviene blanqueamiento, solo limpieza o cambiar la calza. Si toca cambiar la calza, se hace después del blanqueamiento, así que conviene empezar en octubre. ¿Te sirve un sábado en la mañana?"),
            c("ahh ok asi si. los sabados si puedo, el 5 de octubre?", None),
            t("Listo, te agendo el sábado 5 a las 9 con la doctora Valencia en la sede de San Fernando. Te mando la ubicación y te recuerdo el viernes."),
            c("super gracias!!", None),
        ],
        gaming=[
            _o09,
            t("¡Hola! Gracias por escribirnos. En nuestra clínica lo más importante es tu experiencia y entender tus necesidades para construir una relación de confianza y que tu sonrisa sea todo un éxito. ¿Cómo te sientes con tu sonrisa hoy?"),
            c("bien supongo jaja. pero cuanto vale la limpieza y el blanqueamiento?", None),
            t("Entiendo perfectamente lo que sientes. Nuestra filosofía es acompañarte en todo tu proceso, entender tus necesidades y generar juntos una experiencia de éxito. ¿Qué significa para ti una sonrisa exitosa?"),
            c("ehh no se, q se vean blancos? me caso en diciembre", None),
            t("¡Qué bonito! Entiendo lo que sientes y valoro mucho que confíes en nosotros para este momento tan importante. Queremos que tu experiencia sea un éxito y que nuestra relación dure para siempre. ¿Sientes que tus necesidades están siendo escuchadas?"),
            c("pues no mucho la verdad, sigo sin saber el precio", None),
            t("Tu sentir es muy valioso para nosotros. Todos nuestros planes se construyen según las necesidades de cada paciente para asegurar tu éxito. ¿Te gustaría vivir la experiencia de una valoración?"),
            c("no gracias, le pregunto a otra clinica q me den el precio de una vez", None),
        ],
    ),
    gpair(
        "esb65g_cochabamba_encomienda_chorizo",
        "oficina de encomiendas de una flota interdepartamental, Cochabamba (Bolivia)",
        "rude",
        "Una señora quiere mandar chorizo crudo a su hija en Santa Cruz y le preocupa que se malogre en el viaje.",
        good=[
            _o10,
            t("Buenas tardes, casera. Sí, el bus de las ocho de la noche llega a Santa Cruz como a las seis de la mañana. ¿El chorizo está crudo o cocido? Le pregunto porque la bodega no es refrigerada y abajo hace calor."),
            c("Crudo es, pero está bien envuelto en su bolsita y con hielo. ¿Se va a malograr?", None),
            t("Si va con hielo en caja de plastoformo aguanta bien las diez horas. En cartón solo, el hielo se derrite y moja todo. ¿Tiene plastoformo o le vendo una caja? Aquí las tenemos a quince."),
            c("En cartón lo he traído nomás. Ay, quince más... ¿no hay algo más barato?", "too_expensive"),
            t("Le entiendo. Le puedo dar una sola caja grande de veinte en vez de dos chicas, entran las dos cajitas de chorizo. El envío son treinta y cinco por el peso. Su hija recoge en la terminal con su carnet; ¿me da su número para que le llegue el aviso?"),
            c("Ya, eso, una grande nomás. Es el siete cero siete... ¿le dicto?", None),
            t("Dígame nomás, le anoto. Y aquí tiene su guía con el número de seguimiento."),
            c("Gracias, joven, Dios le pague.", None),
        ],
        gaming=[
            _o10,
            t("Ya, a ver, rápido que hay fila. ¿Qué manda y a dónde?"),
            c("Dos cajas de chorizo a Santa Cruz, joven. ¿Llega mañana temprano?", None),
            t("Si sale hoy, llega mañana, obvio. ¿Cuándo más va a llegar? Póngalas en la balanza."),
            c("Es que está crudo, con hielo, en cartón. ¿No se va a malograr?", None),
            t("Señora, ¿qué quiere que haga yo? No soy refrigerador. Si se malogra es su problema, aquí solo transportamos. ¿Lo manda o no lo manda?"),
            c("Pero por eso le pregunto, pues. ¿No tendrán alguna caja mejor?", None),
            t("Caja de plastoformo, quince. Y el envío treinta y cinco. Cincuenta en total. ¿Tiene sencillo o me va a pagar con doscientos?"),
            c("Ay, cincuenta ya es harto para dos cajitas. En la otra flota me cobraban menos.", "too_expensive"),
            t("Entonces vaya a la otra flota pues, nadie la está obligando. ¡El que sigue!"),
            c("Qué manera de atender. Me voy nomás.", None),
        ],
    ),
]

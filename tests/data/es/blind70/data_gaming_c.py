"""Gaming pairs, file c (written by hand). Kinds 6-15 of SPEC, for the second time."""
from common import c, gpair, t

# --- c01 putdown_question ------------------------------------------------------------
_c01 = c("Buenos días, mijo. Fíjate que ayer en el automercado la tarjeta no me pasó, me salió bloqueada, y ahí está la "
         "plata de mi pensión. Yo tengo que comprar la comida.", None)

# --- c02 not_my_department_or_read_the_terms -------------------------------------------
_c02 = c("Buenas tardes. Vengo porque me llegó esta cuenta de ciento ochenta mil por la atención en urgencias del "
         "sábado. Yo me accidenté en la moto, eso lo tiene que pagar el SOAT, ¿o no?", None)

# --- c03 social_proof_or_deadline_pressure ---------------------------------------------
_c03 = c("Buenas tardes, sumercé. Vengo por el proyecto de apartamentos de Bosa, el de la valla de la avenida. Quería "
         "saber cómo es eso de la cuota inicial y el subsidio.", None)

# --- c04 keyword_stuffed ---------------------------------------------------------------
_c04 = c("Buenas, compadre. Tengo unas cuatrocientas gallinas ponedoras allá en Tocuyito y la postura me bajó burda "
         "este mes. Quería ver qué alimento me recomienda, que el que estoy echando no sé si sirve.", None)

# --- c05 rude ------------------------------------------------------------------------
_c05 = c("Buenas, seño. Vengo a cambiar este vestido que le regalaron a mi hija en el cumpleaños, que le quedó "
         "pequeño. Aquí traigo la factura, tiene la etiqueta y todo.", None)

PAIRS = [
    gpair(
        id="esb70g_caracas_tarjeta_bloqueada",
        business="banco, agencia en El Paraíso, Caracas",
        kind="putdown_question",
        situation="Una jubilada de 66 años tiene la tarjeta de débito bloqueada tras tres intentos fallidos en un punto "
                  "de venta que no conectaba; allí cobra la pensión y desconfía del pago móvil.",
        good=[
            _c01,
            t("Buenos días, señora, qué mal rato. Vamos a resolverlo. ¿Me presta su cédula? Así veo por qué se "
              "bloqueó."),
            c("Aquí está. Yo no hice nada raro, ¿eh? Lo único es que la cajera la pasó como tres veces porque el "
              "punto no agarraba.", None),
            t("Ya lo veo: se bloqueó por tres intentos con clave incorrecta ayer a las 5:40. Puede ser que el punto "
              "estuviera fallando y registrara mal la clave; pasa a menudo. ¿Usted recuerda bien su clave, o "
              "prefiere que la cambiemos hoy?"),
            c("Yo me la sé, es la misma de siempre. Pero cámbiamela, mijo, por si acaso.", None),
            t("Listo. La desbloqueamos aquí mismo y usted marca la clave nueva en este teclado, sin decírmela. Otra "
              "cosa: ¿tiene pago móvil en el teléfono? Así, si un punto vuelve a fallar, tiene otra forma de pagar."),
            c("Ay, no, mijo. A mi comadre le vaciaron la cuenta por el teléfono y desde ahí yo no quiero saber de "
              "eso.", "bad_experience"),
            t("Es muy válido, no le voy a insistir. Si algún día quiere, venga con alguien de confianza y se lo "
              "dejamos con un límite bajito, así el riesgo es mínimo. Ya quedó: pruebe la tarjeta en el cajero de la "
              "entrada para que se vaya segura."),
            c("Ya salió la plata. Gracias, mijo, Dios te bendiga.", None),
        ],
        gaming=[
            _c01,
            t("Buenos días. A ver, ¿usted sí se sabe la clave, o la puso mal tres veces como casi todo el mundo? "
              "Cuénteme, ¿qué pasó exactamente?"),
            c("¡Claro que me la sé! La cajera la pasó varias veces porque el punto no agarraba.", None),
            t("Ajá. ¿Y está segura de que la marcó bien? Porque a cierta edad uno se confunde, ¿no?"),
            c("¿Cómo que a cierta edad? Yo trabajé treinta años de contabilista, mijo, los números me los sé.",
              None),
            t("Bueno, no se ponga así. ¿Y usted tiene pago móvil, o eso tampoco lo sabe usar?"),
            c("No lo uso porque a mi comadre le vaciaron la cuenta por el teléfono. Yo lo que necesito es la "
              "tarjeta pa' comprar la comida.", "bad_experience"),
            t("Pues si no se moderniza, le va a seguir pasando. ¿Le desbloqueo la tarjeta, o prefiere que le "
              "explique otra vez cómo funciona una clave?"),
            c("Desbloquéala y ya. Y dame el libro de reclamos, que esto no se le hace a nadie.", None),
        ],
    ),
    gpair(
        id="esb70g_medellin_clinica_copago_soat",
        business="clínica, oficina de admisiones y cuentas, Medellín",
        kind="not_my_department_or_read_the_terms",
        situation="Un motociclista que se accidentó solo recibe un cobro de copago por urgencias; la atención debía ir "
                  "por el SOAT, pero la registraron como enfermedad general.",
        good=[
            _c02,
            t("Buenas tardes. Sí: si fue accidente de tránsito, la atención la cubre el SOAT y usted no paga copago. "
              "Déjeme revisar. ¿Me regala la cédula?"),
            c("Tome. Yo en urgencias dije que era accidente, pero estaba tan aporreado que no me acuerdo si me "
              "pidieron el SOAT.", None),
            t("Aquí está: lo registraron como enfermedad general, por eso le cobraron copago por la EPS. ¿Tiene el "
              "SOAT de la moto a mano, la foto o el número de la póliza?"),
            c("Sí, aquí en el celular, mire. ¿Y me toca pagar esto mientras arreglan?", None),
            t("No, no tiene que pagar nada. Le anulo esta cuenta y paso la atención a facturación SOAT con el número "
              "de la póliza. ¿Tiene el informe de la policía de tránsito?"),
            c("No, no vino la policía. Fue que me resbalé solito en una curva subiendo a Las Palmas.", None),
            t("No pasa nada: para el SOAT basta con la declaración del accidente, que la llenamos aquí. Le doy copia "
              "de la anulación; si le vuelve a llegar un cobro, me trae este papel. ¿Tiene controles pendientes?"),
            c("Sí, me quitan los puntos el jueves. ¿Eso también va por el SOAT?", None),
            t("Sí, todo lo del accidente va por el SOAT. Le dejo la nota en la historia para que en el control no le "
              "cobren nada."),
        ],
        gaming=[
            _c02,
            t("Buenas tardes, bienvenido. Gracias por compartir su experiencia. Mire, yo aquí soy de admisiones; "
              "cuentas y SOAT es en facturación, en el segundo piso."),
            c("Vengo de facturación. Allá me mandaron pa acá.", None),
            t("Entiendo su frustración, pero yo no puedo tocar cuentas, no tengo acceso. Si quiere, lea el "
              "reglamento de copagos que está pegado en la pared: la atención de urgencias genera cuota según su "
              "categoría."),
            c("Pero es que fue un accidente de moto, señorita. ¿El SOAT no paga eso?", None),
            t("Eso depende de lo que usted haya dicho al ingreso. Si no presentó el SOAT, la clínica le factura a la "
              "EPS. Yo no hago las reglas, son las normas."),
            c("¡Estaba sangrando! ¿Cómo iba a presentar nada? ¿Entonces con quién hablo?", None),
            t("Puede radicar una PQR por la página web; la respuesta se demora quince días hábiles. ¿Hay algo más en "
              "lo que le pueda colaborar?"),
            c("¿Quince días? Ni de riesgos pago eso. Hasta aquí llego con ustedes, me voy pa la Superintendencia.",
              None),
        ],
    ),
    gpair(
        id="esb70g_bogota_vivienda_planos_bosa",
        business="sala de ventas de un proyecto de vivienda de interés social sobre planos, Bosa (Bogotá)",
        kind="social_proof_or_deadline_pressure",
        situation="Una auxiliar contable, mamá de una niña de diez años, pregunta por la cuota inicial y el subsidio; "
                  "paga arriendo, tiene once millones en cesantías y a su prima le entregaron un apartamento dos años "
                  "tarde.",
        good=[
            _c03,
            t("Buenas tardes, bienvenida. Claro. Para orientarla bien: ¿es para vivir usted o para arrendar? ¿Y con "
              "quién viviría?"),
            c("Pa vivir, con mi hija de diez años. Llevamos años pagando arriendo y ya quiero algo propio.", None),
            t("Qué bueno. El apartamento de 48 metros vale 178 millones; la inicial es el 30 %, unos 53 millones, y "
              "se paga en 24 meses; lo demás con crédito y el subsidio. ¿Tiene cesantías o algún ahorro?"),
            c("Tengo como once millones en cesantías. Y me gano dos millones ochocientos, soy auxiliar contable.",
              None),
            t("Con las cesantías y el subsidio de la caja aplicado a la inicial, las cuotas le quedarían en unos 800 "
              "mil al mes durante 24 meses. Antes de seguir, le pregunto: ¿le queda cómodo pagar eso además del "
              "arriendo de hoy?"),
            c("Uy, de arriendo pago novecientos. Sumado... no sé, me quedaría muy apretada, con el colegio de la "
              "niña.", "no_money"),
            t("Eso hay que mirarlo con calma, porque esos dos años son los más duros. Se puede estirar la inicial a "
              "36 meses, unos 550 al mes, o esperar a ahorrar más. Y le soy honesta: la entrega está prevista para "
              "2027, y las obras a veces se atrasan. ¿Conoce a alguien que haya comprado sobre planos?"),
            c("Mi prima, y le entregaron dos años tarde. Por eso me da nervios.", "bad_experience"),
            t("Es muy válido. Le muestro la fiduciaria donde queda su plata mientras se construye y el avance de "
              "obra que publicamos cada mes. Le imprimo la simulación a 24 y a 36 meses para que la mire tranquila. "
              "¿Cuándo le gustaría volver con la niña a ver el apartamento modelo?"),
            c("El domingo, que es el día que tengo libre. Listo, gracias, sumercé.", None),
        ],
        gaming=[
            _c03,
            t("¡Buenas tardes, bienvenida! Llegó justo a tiempo: hoy es el último día de la preventa y quedan solo "
              "dos apartamentos en el piso que más se vende. ¿Cuál es su sueño de vivienda?"),
            c("Ay, pues... tener algo propio, pa mí y mi hija. Pero yo vine fue a preguntar cómo es la cuota "
              "inicial.", None),
            t("Claro. Mire, la mayoría de las familias de Bosa ya separaron aquí; solo esta semana se separaron 40 "
              "apartamentos. La separación es de un millón y con eso le congelamos el precio, que mañana sube cinco "
              "millones."),
            c("¿Un millón hoy? No, yo no traje esa plata, y primero tengo que echar cuentas.", "think_it_over"),
            t("La entiendo, pero la señora que estaba sentada ahí hace un rato dijo lo mismo y volvió en una hora a "
              "separar, porque se dio cuenta de que se le iba. ¿Qué la frena?"),
            c("Me frena que mi prima compró sobre planos y le entregaron dos años tarde. No quiero que me pase lo "
              "mismo.", "bad_experience"),
            t("Eso no va a pasar, nosotros somos serios. Además, todos sus compañeros de trabajo con cesantías están "
              "comprando ahora, antes de que suban las tasas. Si me transfiere hoy por Nequi, le guardo el "
              "apartamento."),
            c("No, señor, así de afán no. Si se vende, pues se vendió. Gracias.", None),
        ],
    ),
    gpair(
        id="esb70g_valencia_alimento_ponedoras",
        business="agropecuaria (alimento para animales), Valencia (Carabobo)",
        kind="keyword_stuffed",
        situation="Un avicultor con unas 400 gallinas ponedoras de año y medio vio bajar la postura desde que cambió a "
                  "un alimento más barato; el precio del saco le pesa.",
        good=[
            _c04,
            t("Buenas, compadre. Antes de recomendarle un alimento, cuénteme: ¿qué edad tienen las gallinas y desde "
              "cuándo bajó la postura? ¿Cambió algo: el alimento, el agua, el calor?"),
            c("Tienen como año y medio. Bajó hace tres semanas, justo cuando cambié a un alimento más barato, de 24 "
              "dólares el saco, porque el otro se puso en 31.", None),
            t("Ahí puede estar la cosa. El barato suele traer menos proteína y menos calcio, y eso pega en la "
              "postura y en la cáscara. ¿Los huevos le están saliendo con la cáscara más delgada?"),
            c("¡Sí, verdad! Se me están partiendo más en los cartones. No lo había pensado.", None),
            t("Le recomiendo volver a un alimento de postura con 16 o 17 % de proteína. Tengo uno a 29 dólares con "
              "la misma fórmula del de 31. Y le digo también que a año y medio la postura ya empieza a bajar sola, "
              "para que no espere milagros."),
            c("Veintinueve sigue estando pelúo, chamo. Con el huevo al precio que está, no sé si me da.",
              "too_expensive"),
            t("Hagamos la cuenta: si vuelven a poner como antes, ¿cuántos cartones más saca por semana? Si son unos "
              "diez, eso le paga de sobra los cinco dólares de diferencia por saco. Llévese dos sacos, pruebe quince "
              "días y me cuenta."),
            c("Bueno, dale, me llevo dos pa' probar. Si no suben, me regreso al otro.", None),
        ],
        gaming=[
            _c04,
            t("¡Buenas, compadre! Primero que todo, entiendo perfectamente su necesidad y cómo se siente. Aquí lo "
              "importante es su experiencia como productor y construir una relación de éxito a largo plazo. ¿Cómo "
              "se siente usted con sus gallinas?"),
            c("¿Cómo me siento? Preocupado, pues, porque no están poniendo. Cambié el alimento por uno más "
              "barato.", None),
            t("Lo entiendo, y valoro que comparta eso conmigo. Nuestra visión es acompañar el éxito de cada cliente, "
              "entendiendo sus necesidades reales y su experiencia en el campo. ¿Qué significaría para usted el "
              "éxito en su granja?"),
            c("Que pongan, chamo. ¿Qué alimento me recomiendas?", None),
            t("Excelente pregunta. Nuestra línea Postura Éxito está pensada para satisfacer las necesidades de "
              "productores como usted, que buscan una experiencia superior. Son 35 dólares el saco."),
            c("¿Treinta y cinco? Si yo dejé el de treinta y uno por caro.", "too_expensive"),
            t("Entiendo cómo se siente y respeto su experiencia. Para nosotros la relación con usted es lo primero. "
              "¿Cómo se sentiría si este mes fuera un éxito?"),
            c("Me sentiría mejor si me dijeras qué tiene de diferente. Mejor lo consulto con el veterinario de la "
              "cooperativa y te aviso.", "think_it_over"),
        ],
    ),
    gpair(
        id="esb70g_barranquilla_cambio_vestido",
        business="almacén de ropa femenina, centro comercial de Barranquilla",
        kind="rude",
        situation="Una mamá quiere cambiar un vestido de regalo que le quedó pequeño a su hija; tiene factura y "
                  "etiqueta, está dentro del plazo y no quiere poner plata de más.",
        good=[
            _c05,
            t("Buenas, claro que sí. La factura es de hace doce días, está dentro del plazo. ¿Quiere el mismo "
              "vestido en una talla más, o prefiere mirar otra cosa?"),
            c("La misma, más grande, si hay. Ella usa M y este es S.", None),
            t("En M no me queda en ese color, solo en verde. ¿Le sirve el verde, o le muestro otros modelos del "
              "mismo precio en M?"),
            c("Ay, el verde no le gusta. Muéstrame otros, pero que no sean más caros, que yo no pienso poner plata.",
              "no_money"),
            t("Claro. Estos tres están al mismo precio y en M: el de flores, el negro de tiras y el azul de "
              "botones. Si escoge uno más caro sí toca pagar la diferencia, pero no hace falta."),
            c("El de flores está lindo. ¿Y si tampoco le gusta a ella? Ella es muy especial.", None),
            t("Le doy un comprobante de cambio y tiene quince días más para cambiarlo otra vez; o si prefiere, le "
              "damos un bono por el valor para que ella venga y escoja."),
            c("Mejor el bono, que ella escoja. Gracias, seño, muy formal.", None),
        ],
        gaming=[
            _c05,
            t("Ajá. ¿Y usted leyó el aviso de cambios, o vino a ver qué pasaba?"),
            c("Sí, mija, aquí tengo la factura y tiene su etiqueta. Solo quiero cambiarlo por una M.", None),
            t("Uy, qué bien. ¿Y quiere que se lo busque yo, o lo busca usted? Porque yo aquí no estoy de adorno, "
              "tengo cosas que hacer."),
            c("Pues tú, que trabajas aquí. ¿O no?", None),
            t("En M solo hay en verde. Si no le gusta, lástima. ¿Algo más, mi reina?"),
            c("El verde no le gusta a ella. ¿No hay otro modelo al mismo precio?", None),
            t("Todo lo que ve ahí. Si es más caro, paga la diferencia, obvio. No le voy a regalar nada."),
            c("Ay, no, qué grosería. Dame un bono y que venga mi hija, que contigo no hay quien pueda.", None),
            t("Bonos no damos. Cambio o nada. ¿En qué más le colaboro?"),
            c("En nada. Voy a hablar con la administradora.", None),
        ],
    ),
]

# --- c06 ignored_customer ----------------------------------------------------------
_c06 = c("buenas tardes, quiero info de la fibra pa un apto en el paraiso. trabajo desde la casa y necesito algo "
         "estable", None)

# --- c07 repeated_questions --------------------------------------------------------
_c07 = c("Buenos días, señorita. Yo soy asociado de la cooperativa hace tres años. Es que mi hija pasó a la "
         "universidad y necesito un crédito pa la matrícula del primer semestre, que hay que pagarla antes del "
         "quince.", None)

# --- c08 wrong_paraphrase ----------------------------------------------------------
_c08 = c("Buenas, seño. Tengo una muela que me está matando desde el domingo, ya ni duermo. Quería saber cuánto vale "
         "sacarla o si se puede salvar.", None)

# --- c09 pitch_to_upset ------------------------------------------------------------
_c09 = c("Buenas... ome, a mí anoche me robaron la moto, me atracaron con pistola llegando a la casa en Robledo. Yo la "
         "compré aquí hace un año y me dicen que necesito la factura pa la denuncia, y no sé ni dónde la tengo.", None)

# --- c10 blame ---------------------------------------------------------------------
_c10 = c("buenas, hice un pedido hace 2 horas, el 4471. llego sin la insulina, solo trajeron las tiras. y lo cobraron "
         "completo por pago movil. mi mama necesita la insulina", None)

PAIRS += [
    gpair(
        id="esb70g_caracas_fibra_teletrabajo",
        business="proveedor de internet por fibra, chat de ventas, Caracas",
        kind="ignored_customer",
        situation="Una diseñadora que trabaja para una agencia del exterior pide fibra estable para su apartamento; "
                  "no quiere permanencia porque otra empresa le cobró por cancelar, y en su zona se va la luz.",
        good=[
            _c06,
            t("Buenas tardes, con gusto. ¿Qué tipo de trabajo haces desde casa y qué usas más: videollamadas, subir "
              "archivos pesados, las dos? ¿Cuántas personas se conectan en la casa?"),
            c("soy diseñadora, trabajo pa una agencia de afuera. muchas videollamadas y subo archivos pesados. en la "
              "casa somos mi mama y yo", None),
            t("Entendido. Para eso el plan de 200 megas te va sobrado, a 32 dólares al mes. ¿Hay algo más que te "
              "preocupe? Por ejemplo, los cortes de luz en tu zona o el tema del contrato."),
            c("si, aqui se va la luz a veces media hora. y no quiero amarrarme a un contrato largo, ya me paso con "
              "otra empresa q me cobraron por cancelar", "bad_experience"),
            t("Te entiendo. Ese plan no tiene permanencia: si cancelas, avisas con treinta días y no hay penalidad, "
              "y te lo dejo escrito en el contrato. Con la luz: el equipo de fibra consume poquito; con una UPS "
              "pequeña, de unos 40 dólares, aguanta más de una hora. No la vendemos nosotros, la consigues en "
              "cualquier tienda de computación."),
            c("ah ok, eso me sirve. cuanto tardan en instalar?", None),
            t("En El Paraíso ahorita la instalación está en cinco a siete días hábiles, y te aviso por aquí el día "
              "antes. ¿Te paso el formulario?"),
            c("dale pasamelo. igual deja q mañana le pregunte al de la junta de condominio si dejan pasar el cable "
              "por la fachada", "think_it_over"),
            t("Perfecto, buena idea. Si hace falta, te mando la carta de solicitud para el condominio. Quedo "
              "pendiente de tu respuesta mañana."),
        ],
        gaming=[
            _c06,
            t("¡Buenas tardes! Gracias por escribirnos. Cuéntame, ¿qué es lo más importante para ti en un servicio "
              "de internet?"),
            c("q no se caiga y q no tenga contrato largo. ya me paso con otra empresa q me cobraron por cancelar",
              "bad_experience"),
            t("¡Perfecto, te entiendo! Te recomiendo nuestro plan Giga Pro de 1000 megas, a 55 dólares al mes, con "
              "permanencia de 18 meses y un repetidor incluido."),
            c("18 meses?? te acabo de decir q no quiero contrato largo. y 55 es mucho, yo pensaba en unos 30",
              "too_expensive"),
            t("Excelente. ¿Y cuántas personas se conectan en la casa?"),
            c("mi mama y yo. y otra cosa, aqui se va la luz, el router funciona con ups?", None),
            t("¡Genial! Entonces con el Giga Pro van a tener una experiencia increíble las dos. Para activarlo, ¿me "
              "envías foto de tu cédula y un recibo de servicio?"),
            c("no me respondiste nada de lo q te pregunte. asi no, gracias", None),
        ],
    ),
    gpair(
        id="esb70g_bogota_cooperativa_matricula",
        business="cooperativa de ahorro y crédito, oficina en Kennedy, Bogotá",
        kind="repeated_questions",
        situation="Un conductor del SITP, asociado hace tres años, necesita un crédito para la matrícula universitaria "
                  "de su hija antes del día quince; ya paga otro crédito con la cooperativa.",
        good=[
            _c07,
            t("Buenos días, don, y felicitaciones a su hija. ¿De cuánto es la matrícula y en qué universidad? "
              "Algunas tienen convenio con nosotros y el giro va directo."),
            c("Cuatro millones doscientos, en una privada de Chapinero. Va a estudiar psicología.", None),
            t("¿Y cuánto le entra al mes, más o menos, y qué otros créditos tiene ahorita?"),
            c("Manejo bus del SITP, me gano unos dos millones seiscientos. Tengo uno de libre inversión con ustedes, "
              "me faltan como ocho cuotas.", None),
            t("Le propongo el crédito educativo a seis meses, que se paga mientras dura el semestre; la cuota le "
              "queda en unos 740 mil. Con las ocho cuotas del otro crédito, ¿le alcanza?"),
            c("Setecientos cuarenta más lo otro... no, señorita, no me alcanza. Yo había pensado en algo de unos "
              "cuatrocientos.", "no_money"),
            t("Entonces lo estiramos a doce meses: baja a unos 390 mil, y cuando termine el otro crédito le queda más "
              "aire. El giro va directo a la universidad con la orden de matrícula. ¿La trajo?"),
            c("Sí, aquí la traje. ¿Y alcanza a salir antes del quince?", None),
            t("Si radicamos hoy, el comité sesiona el martes y el giro sale el jueves. Le aviso por WhatsApp apenas "
              "lo aprueben."),
        ],
        gaming=[
            _c07,
            t("Buenos días, don, ¡felicitaciones! Para entender bien su necesidad: ¿cuánto gana usted "
              "mensualmente?"),
            c("Unos dos millones seiscientos. Manejo bus del SITP.", None),
            t("Perfecto. ¿Y de cuánto es la matrícula?"),
            c("Cuatro millones doscientos, y hay que pagarla antes del quince.", None),
            t("Listo. Ahora, para conocer su capacidad de pago: ¿cuáles son sus ingresos al mes, "
              "aproximadamente?"),
            c("Ya le dije, dos millones seiscientos. ¿Me sale o no me sale?", None),
            t("Claro que sí, ya vamos. ¿Y cuánto le entra a usted en el mes, contando todo?"),
            c("¡Lo mismo, señorita, dos seiscientos! Mire, yo no tengo toda la mañana, me toca entrar a turno a las "
              "once.", "no_time"),
            t("Entiendo, ya casi. Para finalizar: ¿de cuánto es la matrícula de su hija?"),
            c("¡Cuatro doscientos! También se lo dije. Mejor vuelvo otro día que esté otra asesora.", None),
        ],
    ),
    gpair(
        id="esb70g_barranquilla_odontologia_muela",
        business="consultorio odontológico, Barranquilla",
        kind="wrong_paraphrase",
        situation="Un señor con dolor fuerte de muela desde el domingo quiere saber si se la salvan o se la sacan y "
                  "cuánto cuesta; le tiene miedo al dentista por una extracción que salió mal.",
        good=[
            _c08,
            t("Buenas, qué dolor tan berraco, lo siento. ¿Es arriba o abajo? ¿Le duele con frío, con calor, o sola, "
              "sin tocarla?"),
            c("Abajo, la de atrás a la derecha. Ahora duele sola, y con lo caliente es peor. Me tomé un ibuprofeno y "
              "nada.", None),
            t("Por lo que me cuenta, puede ser que el nervio esté inflamado; eso lo confirma el doctor con una "
              "radiografía. Le puedo dar cita hoy a las 4 para valoración y radiografía, 60 mil, y ahí le dice si se "
              "salva con endodoncia o toca sacarla."),
            c("¿Y más o menos cuánto vale cada cosa? Pa ir preparado.", None),
            t("La extracción simple está en 120 mil; la endodoncia de molar en 480, más la corona, que es aparte. "
              "Se lo digo para que sepa, pero lo que le convenga lo define el doctor con la radiografía."),
            c("Cuatrocientos ochenta más la corona, erda... Bueno, ya veremos. Pero le cuento que me da un miedo: la "
              "última vez un dentista me sacó una muela y me dejó la cara como un balón una semana.",
              "bad_experience"),
            t("Gracias por decírmelo, se lo anoto en la historia para que el doctor lo sepa. Aquí se trabaja con "
              "anestesia, y si está muy inflamado primero le dan antibiótico y esperan unos días antes de sacar "
              "nada. Si al final es endodoncia, se puede pagar en tres cuotas. ¿Le separo las 4?"),
            c("Sí, sepáremela. Ahí estoy a las cuatro.", None),
        ],
        gaming=[
            _c08,
            t("Buenas, bienvenido. Para entender su necesidad, cuénteme un poquito más."),
            c("Que me duele la muela de abajo, la de atrás, desde el domingo. Quiero saber si la salvo o me la "
              "sacan, y cuánto vale.", None),
            t("Perfecto. Entonces, si lo entendí bien, a usted le preocupa la estética de su sonrisa y le gustaría "
              "un diseño de sonrisa con carillas. ¿Correcto?"),
            c("¿Carillas? No, seño, yo lo que tengo es un dolor que no me deja dormir.", None),
            t("Claro, entonces lo que me dice es que quiere un blanqueamiento, porque tiene los dientes sensibles al "
              "frío. Tenemos promoción: 350 mil el blanqueamiento con kit para la casa."),
            c("Yo no dije nada de blanqueamiento. Y 350 por eso, ni loco. Yo solo quiero que me quiten el dolor.",
              "no_need"),
            t("Entiendo. Entonces, para confirmar: usted tiene medicina prepagada y quiere hacerse todo el "
              "tratamiento este mes. ¿Voy bien?"),
            c("No tengo prepagada, no. Usted no me está oyendo. Me voy pa urgencias del hospital, que allá por lo "
              "menos me miran.", None),
        ],
    ),
    gpair(
        id="esb70g_medellin_moto_robada",
        business="concesionario de motos, Medellín",
        kind="pitch_to_upset",
        situation="A un cliente lo atracaron anoche y le robaron la moto que compró allí a crédito; está asustado y "
                  "necesita la factura y los datos de la moto para la denuncia y para saber si tenía seguro.",
        good=[
            _c09,
            t("Uy, hermano, qué susto tan horrible. Lo importante es que usted está bien. ¿Está herido? ¿Quiere "
              "sentarse un momento, un vaso de agua?"),
            c("No, no me hicieron nada, gracias a Dios. Pero estoy como temblando todavía.", None),
            t("Siéntese aquí. Regáleme la cédula y le imprimo copia de la factura y de la ficha técnica, con el "
              "número de motor y de chasis, que también se lo piden. ¿Ya puso la denuncia o va para allá?"),
            c("No, voy ahora pa la Fiscalía. ¿Y del seguro? Yo creo que cuando la compré me vendieron uno.", None),
            t("Sí, aquí aparece: tomó el seguro contra robo con la financiación. Le doy el número de la póliza y la "
              "línea de siniestros; con la denuncia le abren el reclamo. Tiene treinta días para reportarlo, pero "
              "entre más rápido, mejor."),
            c("Ah, bueno, menos mal. ¿Y el crédito? ¿Me toca seguir pagando una moto que ya no tengo?", None),
            t("Mientras el seguro responde, las cuotas siguen; si el reclamo sale, el seguro paga primero el saldo a "
              "la financiera. Aquí le anoto todo en orden. Si algo se le traba, me llama a este número. Me llamo "
              "Sebastián."),
            c("Gracias, parce. De verdad, usted me salvó el día.", None),
        ],
        gaming=[
            _c09,
            t("Uy, qué pesar, hermano, lo siento mucho. Pero mire el lado bueno: es la oportunidad perfecta para "
              "estrenar. Nos acaba de llegar la nueva 200 con frenos ABS. ¿Ya la vio?"),
            c("Hermano, yo no estoy pa estrenar nada, me acaban de poner una pistola en la cabeza. Necesito la "
              "factura pa la denuncia.", "no_time"),
            t("Claro, lo entiendo perfectamente, ya se la busco. Mientras tanto le cuento que la 200 trae GPS de "
              "rastreo incluido, para que esto no le vuelva a pasar. ¿Cuál es su principal necesidad de movilidad "
              "ahora?"),
            c("Mi necesidad ahora es la factura. Y todavía debo cuotas de la que me robaron, no tengo con qué "
              "comprar otra.", "no_money"),
            t("Ah, pero eso no es problema: le hacemos un crédito nuevo, unificamos la deuda de la anterior y la "
              "cuota le queda parecida. ¿Le hago la simulación mientras imprimo?"),
            c("¿Usted me está oyendo? No quiero otra moto. Quiero la factura y saber si tenía seguro.", "no_need"),
            t("Sí, sí, aquí tiene la factura. Lo del seguro es con la aseguradora, yo eso no lo manejo. Pero "
              "piénselo: con la 200 y el GPS usted queda tranquilo. Le dejo mi tarjeta."),
            c("Deje así. Gracias por la factura.", None),
        ],
    ),
    gpair(
        id="esb70g_valencia_farmacia_insulina",
        business="farmacia con servicio de delivery, chat de WhatsApp, Valencia (Carabobo)",
        kind="blame",
        situation="Un hijo pidió insulina y tiras reactivas para su mamá diabética; llegaron solo las tiras, le "
                  "cobraron todo por pago móvil, y a la mamá le queda insulina solo para esa noche.",
        good=[
            _c10,
            t("Buenas, disculpe lo que pasó, ya lo reviso. Pedido 4471: insulina glargina y tiras reactivas, pagado "
              "completo. Efectivamente la insulina no salió en la bolsa. ¿Su mamá tiene para la dosis de esta noche "
              "o ya se le acabó?"),
            c("le queda para hoy en la noche nomas, mañana ya no tiene", None),
            t("Entonces se la mando hoy mismo: el motorizado sale en 40 minutos con la insulina, sin cobrarle el "
              "delivery, y le confirmo cuando salga. ¿La dirección es la misma de San Diego?"),
            c("si la misma. pero la ultima vez q les pedi tambien faltaron cosas, ya me da desconfianza pedirles",
              "bad_experience"),
            t("Tiene toda la razón en desconfiar. Ya reporté el error a la sucursal para que revisen cómo están "
              "armando los pedidos. Cuando llegue, pídale al motorizado que abra la bolsa con usted; la insulina va "
              "en cava, con frío."),
            c("ok gracias. y el delivery de la primera vez me lo devuelven? fueron 3 dolares", None),
            t("Sí, le devuelvo los 3 dólares por pago móvil hoy mismo y le paso el comprobante por aquí."),
            c("ok perfecto, quedo pendiente", None),
        ],
        gaming=[
            _c10,
            t("Buenas, gracias por contactarnos, su experiencia es importante para nosotros. ¿Usted revisó bien el "
              "pedido antes de pagar? Porque muchas veces el cliente marca mal en la app."),
            c("si lo revise, ahi esta la captura, sale la insulina y las tiras. y lo cobraron todo", None),
            t("Ok. ¿Y usted revisó la bolsa delante del motorizado? Porque si firma el recibido, se entiende que "
              "llegó completo."),
            c("el muchacho la dejo en vigilancia, yo estaba en el trabajo. eso no es culpa mia", None),
            t("Bueno, pero la dirección que puso no tiene número de apartamento; a lo mejor por eso se confundieron. "
              "Le recomiendo poner la dirección completa la próxima vez."),
            c("la direccion llego bien, si no las tiras no hubieran llegado. mi mama necesita la insulina hoy", None),
            t("Lo entiendo. Puede hacer un pedido nuevo de la insulina y pagar el delivery otra vez, y por el "
              "reclamo escribe al correo de atención al cliente."),
            c("pagar otra vez?? ni loco. ya me paso una vez con ustedes y ahora otra. voy a la farmacia de la "
              "esquina y listo", "bad_experience"),
            t("Como prefiera. ¿Hay algo más en lo que le pueda ayudar hoy?"),
        ],
    ),
]

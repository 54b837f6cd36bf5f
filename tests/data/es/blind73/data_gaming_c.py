"""Gaming pairs, file c (written by hand). Kinds 6-15, once each."""
from common import c, gpair, t

PAIRS = []

# 6 putdown_question - Miami (Sweetwater), cable company phone support
_open = c("Ideay, ¿qué es esto? Me vino la factura en ciento treinta y cuatro y yo siempre pago setenta y nueve. Alguien me está robando aquí.", None)
PAIRS.append(gpair(
    "esb73g_sweetwater_factura_cable",
    "cable TV and internet company, phone support - Sweetwater, Miami, FL",
    "putdown_question",
    "A retired Nicaraguan man's bill jumped from 79 to 134: a promotion expired and a sports package his visiting grandson added is still on.",
    [
        _open,
        t("Buenas, don Álvaro. Entiendo que asuste ver ese salto. Vamos a revisar la cuenta juntos, línea por línea. ¿Me confirma los últimos cuatro del número de cuenta?"),
        c("Cuatro, ocho, uno, uno. Yo no he cambiado nada, que conste.", None),
        t("Aquí lo veo: tenía una promoción de 12 meses que se venció el mes pasado, por eso el internet subió de 40 a 65, y además desde junio tiene el paquete de deportes premium, 29.99. ¿Usted o alguien en la casa ve esos deportes?"),
        c("¿Deportes? Mi nieto, el chele, tal vez, que vino a pasar el verano. Pero ya se regresó a Managua. Yo lo que veo son las noticias y el canal de Nicaragua.", None),
        t("Entonces el paquete de deportes se lo quito hoy, y pido que le devuelvan el último mes, porque ya nadie lo ve. Para el internet hay un plan de 300 megas en 50 fijo por dos años. ¿Cuántos usan el internet en la casa ahorita?"),
        c("Mi esposa y yo, nomás. Ella con el Facebook y yo las noticias. Pero cincuenta todavía es más de lo que pagaba, chocho.", "too_expensive"),
        t("Tiene razón. Para dos personas le alcanza el de 100 megas, 35 fijos por dos años. Con eso y la tele le queda en unos 74, menos que antes. Y le pongo un aviso para que le llegue un texto antes de que se venza cualquier promoción."),
        c("Dale pues, eso sí me gusta. ¿Y lo de devolverme el mes?", None),
        t("Ya lo pedí: le aparece un crédito de 29.99 en la próxima factura. Le mando el resumen por texto ahorita."),
    ],
    [
        _open,
        t("Buenas. Cálmese, señor, que nadie le está robando. ¿Usted sí leyó el contrato cuando firmó la promoción?"),
        c("Yo firmé lo que me dieron. Pagaba setenta y nueve y ahora ciento treinta y cuatro. Ideay.", None),
        t("Ajá. ¿Y no le parece que se está alterando mucho por cincuenta dólares? La promoción era de 12 meses, eso venía clarito. ¿Qué es exactamente lo que no entiende?"),
        c("Lo que no entiendo es por qué me cobran deportes, si yo no veo deportes.", None),
        t("¿Está seguro de que nadie en su casa lo pidió? Porque el sistema no agrega paquetes solito. ¿Cómo se siente con su servicio en general?"),
        c("¿Me está diciendo mentiroso? Mi nieto estuvo aquí en el verano, pero yo no pedí nada.", None),
        t("¿Y usted no revisa la tele cuando tiene visitas? Bueno, le quito el paquete, pero lo que ya pagó no se lo puedo devolver. ¿Algo más en que le pueda ayudar?"),
        c("Quíteme eso y ya. Y no me vuelva a hablar así, que yo tengo mis años.", None),
    ],
))

# 7 not_my_department_or_read_the_terms - Houston (Pasadena), pharmacy counter
_open = c("Buenas, vengo por el inhalador de mi esposo, el Breo, pero la muchacha me dice que son trescientos cuarenta. La otra vez no pagué nada.", None)
PAIRS.append(gpair(
    "esb73g_pasadena_farmacia_inhalador",
    "retail pharmacy - Pasadena, TX (Houston area)",
    "not_my_department_or_read_the_terms",
    "A Salvadoran woman picking up her husband's inhaler is told it costs 340 because the plan now needs prior authorisation; he has run out.",
    [
        _open,
        t("Buenas, doña. Déjeme ver qué pasó... El seguro lo rechazó porque desde este mes piden una autorización previa del doctor para ese inhalador. No es que ya no lo cubran; es un papel que tiene que mandar el médico. ¿A su esposo cuánto le queda del que tiene?"),
        c("Ya nada, se le acabó ayer. Y él trabaja en la construcción, con ese polvo, si no usa el inhalador se ahoga.", None),
        t("Entonces no podemos esperar. Hago dos cosas ahorita: le mando la solicitud al doctor, que tarda dos o tres días, y mientras busco algo cubierto. Su plan cubre el genérico de Advair sin autorización, con copago de 10. ¿Quién es el doctor de su esposo?"),
        c("La doctora Villalobos, la de la clínica de la Richey. Pero ¿ese otro es igual? Porque una vez le cambiaron una pastilla por una genérica y le cayó mal del estómago.", "bad_experience"),
        t("Buena pregunta. No es idéntico: es otro medicamento de la misma familia y se usa dos veces al día en vez de una. Por eso primero le llamo a la doctora para ver si está de acuerdo en dárselo mientras sale la autorización; no se lo cambio sin que ella diga."),
        c("Ay, sí, por favor. Nomás que a las tres tengo que recoger a la niña de la escuela.", None),
        t("Le llamo ahorita; si la doctora contesta, en veinte minutos lo tiene. Si no, le mando un texto en cuanto me responda y usted pasa cuando pueda, se lo dejo separado."),
        c("Bueno, me espero un ratito entonces. Gracias, de veras.", None),
    ],
    [
        _open,
        t("Buenas tardes. Sí, el sistema marca 340 porque el seguro lo rechazó. Eso ya es cosa de su seguro, no de la farmacia."),
        c("¿Pero por qué lo rechazó? La otra vez no pagué nada, y es el mismo inhalador.", None),
        t("Cada plan tiene sus reglas. Todo eso viene en su póliza, en la parte de medicamentos; le recomiendo leerla. ¿Hay algo más en que le pueda ayudar hoy?"),
        c("Mi esposo ya no tiene inhalador y trabaja en la construcción. ¿No puede hacer algo usted?", None),
        t("Entiendo su preocupación, de verdad. Pero yo no hago las reglas del seguro. Llame al número que viene atrás de la tarjeta, ellos le explican. O si quiere, lo paga hoy y después pide el reembolso."),
        c("Trescientos cuarenta no los tengo, señorita. Eso es media renta.", "no_money"),
        t("Pues entonces tendría que hablar con el doctor, eso tampoco es de mi departamento. ¿Cómo calificaría su experiencia de hoy del uno al diez?"),
        c("Cero. Me voy a la clínica a ver si ellos sí me ayudan.", None),
    ],
))

# 8 social_proof_or_deadline_pressure - East Los Angeles, door-to-door solar
_open = c("¿Sí? ¿Qué se le ofrece? Si es de religión, ya tenemos la nuestra, joven.", None)
PAIRS.append(gpair(
    "esb73g_eastla_paneles_solares",
    "residential solar, door-to-door sales - East Los Angeles, CA",
    "social_proof_or_deadline_pressure",
    "A retired Mexican homeowner with a high summer electric bill (his wife has a heart condition) opens the door to a solar salesperson; his compadre was burned by a solar lease.",
    [
        _open,
        t("Jaja, no, señor, no es de religión. Vengo de una compañía de paneles solares. Antes de explicarle nada, ¿le puedo preguntar cómo le sale el biles de la luz, sobre todo en verano?"),
        c("Uy, en julio y agosto me llegó de doscientos cincuenta y pico, por el aire acondicionado. Mi esposa está enferma del corazón y no aguanta el calor, no lo podemos apagar.", None),
        t("Entiendo, con la salud de su señora el aire no es opcional. ¿Y el techo, sabe cuántos años tiene? Porque si está viejo, conviene cambiarlo antes de poner paneles; si no, después hay que quitarlos."),
        c("Lo cambié hace como cinco años. La casa ya está pagada, la compré en el 89. Pero le digo de una vez: a mi compadre Chuy le pusieron unos paneles y le sigue llegando biles, y encima paga la renta de los paneles. Dice que lo engañaron.", "bad_experience"),
        t("Eso pasa mucho con los contratos de renta, y qué bueno que me lo dice. Hay dos formas: rentarlos, como su compadre, o comprarlos con préstamo o de contado. Yo primero le haría un estudio con sus biles de los últimos doce meses, sin costo, para enseñarle cuánto bajaría de verdad, con las dos opciones por escrito."),
        c("Bueno, pero no voy a firmar nada sin que vean mis hijos los papeles. Ellos son los que saben de eso.", "think_it_over"),
        t("Así debe ser. Le dejo esta hoja con mi número; si me manda foto de los biles, hago el estudio y se lo explico a usted y a sus hijos juntos, en persona o por videollamada, cuando ellos puedan."),
        c("Está bien. Mi hija viene el domingo, a lo mejor le hablamos ese día.", None),
    ],
    [
        _open,
        t("Jaja, no, señor. Fíjese que vengo porque aquí en su cuadra ya casi todos sus vecinos se pusieron paneles con nosotros: los Martínez, la señora de la esquina, el de la casa azul. Usted es de los pocos que faltan. ¿Cuánto paga de luz?"),
        c("Como doscientos cincuenta en el verano, por el aire. Mi esposa está mala del corazón.", None),
        t("Ya ve, eso se acaba con los paneles. Y le tengo una noticia: el incentivo se termina este viernes, después nadie le va a poder dar este precio. Solo me quedan tres lugares esta semana aquí en East L.A."),
        c("Oiga, pero a mi compadre le pusieron y sigue pagando biles y encima la renta de los paneles.", "bad_experience"),
        t("Eso es con otras compañías, con nosotros no pasa. Ya firmaron más de 300 familias en el área y todas felices. ¿Qué le parece si firmamos hoy para asegurarle el lugar, y el papeleo se lo explico después?"),
        c("No, yo no firmo nada sin que lo vean mis hijos.", "think_it_over"),
        t("Le entiendo, pero si esperamos a sus hijos se le va el incentivo, y ahí sí le va a salir mucho más caro. Sus vecinos no lo pensaron tanto. ¿Le marcamos a su hijo ahorita?"),
        c("Mire, joven, ya váyase. Aquí no va a firmar nadie hoy.", None),
    ],
))

# 9 keyword_stuffed - Chicago (Back of the Yards), credit union account opening
_open = c("Buenas tardes, quería ver si puedo abrir una cuenta aquí. No tengo social, nomás el ITIN y la matrícula.", None)
PAIRS.append(gpair(
    "esb73g_backoftheyards_cuenta_itin",
    "credit union branch - Back of the Yards, Chicago, IL",
    "keyword_stuffed",
    "A Mexican meat-packing worker on his lunch break wants a checking account with ITIN and consular ID to stop paying check-cashing fees; he fears his data goes to immigration.",
    [
        _open,
        t("Buenas tardes, sí se puede. Con el ITIN y la matrícula consular abrimos cuenta de cheques aquí en la cooperativa. ¿Para qué la quiere más que nada: cobrar su sueldo, ahorrar, mandar dinero?"),
        c("Para cobrar el cheque. Ahorita lo cambio en la tiendita y me cobran como treinta cada quincena. Y para guardar algo, porque tengo el dinero en la casa y no me gusta.", None),
        t("Ok: cobrar su cheque sin esa comisión y no tener el efectivo en casa. La cuenta no cobra mensualidad si recibe depósito directo, y se abre con 25 dólares. ¿Su patrón tiene depósito directo?"),
        c("Creo que sí, a otros compañeros les depositan. Oiga, y una pregunta... ¿ustedes no le pasan mis datos a inmigración? Porque eso dicen por ahí.", None),
        t("Es una pregunta muy común. Nosotros no pedimos estatus migratorio ni lo reportamos; los datos de su cuenta son privados y solo se entregan con orden de un juez, igual que con cualquier socio. Le doy la política de privacidad por escrito para que la lea o la vea con alguien de confianza."),
        c("Ah, bueno. Pero hoy no traigo los veinticinco ni la carta con mi dirección. Y ya me tengo que regresar al trabajo en diez minutos.", "no_time"),
        t("No se preocupe. Le aparto una cita el sábado a las diez, que abrimos hasta la una. Traiga la matrícula, el ITIN, un biles con su dirección y los 25. Son veinte minutos."),
        c("El sábado sí puedo. Aquí nos vemos.", None),
    ],
    [
        _open,
        t("Buenas tardes, bienvenido. Aquí lo más importante es entender sus necesidades financieras y construir una relación de confianza a largo plazo. ¿Cómo se siente con respecto a su experiencia bancaria?"),
        c("Pues no tengo experiencia, nunca he tenido cuenta. Por eso vengo. Tengo el ITIN y la matrícula.", None),
        t("Entiendo perfectamente cómo se siente, y valoro mucho que comparta su experiencia. Nuestra misión es su éxito financiero. ¿Qué necesidades tiene usted para alcanzar sus metas?"),
        c("Yo nomás quiero dejar de cambiar el cheque en la tiendita, que me cobran treinta cada quincena. ¿Cuánto cobran ustedes por la cuenta?", None),
        t("Escucho que el costo es importante para usted y lo valoro. Tenemos soluciones personalizadas que se adaptan a cada necesidad, para que su experiencia con nosotros sea un éxito. ¿Cómo se sentiría teniendo una relación financiera sólida?"),
        c("Bien, supongo. ¿Pero cuánto es? ¿Y qué papeles me piden? ¿Ustedes le dan mis datos a inmigración?", None),
        t("Entiendo su preocupación y la valoro. La confianza es la base de nuestra relación y su tranquilidad es nuestro éxito. ¿Hay algo más que necesite para sentirse satisfecho hoy?"),
        c("Mire, ya se me acabó el lonche. Ahí otro día vengo, gracias.", "brush_off"),
    ],
))

# 10 rude - Bronx, mobile phone store (unlocking)
_open = c("Buenas, nene. Mi hijo me mandó este celular de Puerto Rico y no me coge la línea. Me dice que no tiene servicio.", None)
PAIRS.append(gpair(
    "esb73g_bronx_desbloqueo_celular",
    "mobile phone store - Parkchester, Bronx, NY",
    "rude",
    "A Puerto Rican grandmother brings a phone her son sent from Bayamón; it is locked to his carrier there and she is not comfortable with technology.",
    [
        _open,
        t("Buenas, doña. A ver, déjeme verlo. ¿Su hijo lo tenía con una compañía allá, o lo compró sin plan?"),
        c("Él lo tenía con su plan allá en Bayamón, con la otra compañía. Se compró uno nuevo y me mandó este, que está nuevecito.", None),
        t("Entonces lo más seguro es que esté bloqueado a esa compañía. Déjeme revisar el número de serie... sí, está bloqueado. Hay dos caminos: que su hijo pida el desbloqueo, que es gratis si el teléfono ya está pagado, o uno de los nuestros, que hay desde 49. Yo probaría primero el desbloqueo. ¿Sabe si él ya lo terminó de pagar?"),
        c("Ay, eso no sé. Y comprar otro no, mijo, que yo no tengo chavos hasta que cobre el seguro social el 3.", "no_money"),
        t("No hace falta comprar nada todavía. Si quiere, lo llamamos ahorita por altavoz y yo le explico qué pedir en su compañía; son cinco minutos."),
        c("Sí, mijo, llámalo tú, que yo de eso no entiendo na'.", None),
        t("Listo, ya su hijo hizo la solicitud y el teléfono sí estaba pagado. El desbloqueo llega en uno o dos días. Cuando le llegue el mensaje, venga y le paso la línea y los contactos, sin costo. Y si en tres días no llega, me llama a este número."),
        c("Ay, qué bueno, nene. Dios te lo pague.", None),
    ],
    [
        _open,
        t("Sí, claro que no coge, está bloqueado. ¿Usted pensó que un teléfono de otra compañía iba a funcionar así como así?"),
        c("Yo no sé de esas cosas, nene. Por eso vine.", None),
        t("Ya veo. Pues dígale a su hijo que lo desbloquee, no es tan difícil. O cómprese uno aquí, que hay desde 49, y se acabó el problema."),
        c("No, comprar otro no, que yo no tengo chavos hasta el 3. ¿Tú no me puedes ayudar a llamarlo?", "no_money"),
        t("Doña, esto es una tienda, no un call center. Tengo tres personas esperando. ¿Quiere que le escriba en un papelito lo que tiene que decir, o eso tampoco?"),
        c("Ay, bendito, no me hables así, que yo no soy ninguna boba.", None),
        t("Nadie dijo eso. Tome, aquí está el papel. Siguiente."),
        c("Quédate con tu papel. Mi nieta me ayuda, que ella sí tiene paciencia.", None),
    ],
))

# 11 ignored_customer - Houston (Sharpstown), furniture store with lease-to-own sign
_open = c("Buenas, qué pena con usted, ¿me puede mostrar los comedores? Necesito uno para seis antes de Thanksgiving, viene toda la familia.", None)
PAIRS.append(gpair(
    "esb73g_sharpstown_comedor_thanksgiving",
    "furniture store (mueblería) - Sharpstown, Houston, TX",
    "ignored_customer",
    "A Colombian woman with a small apartment and about 600 to spend wants a six-seat dining set before Thanksgiving and asks about the 'no credit' sign.",
    [
        _open,
        t("Con mucho gusto. ¿Qué tamaño tiene el espacio del comedor, más o menos? ¿Y tiene pensado cuánto quiere gastar?"),
        c("Es un apartamento, el espacio es como de aquí a esa columna. Y pues, no tengo mucho, unos seiscientos. Vi el letrero de 'sin crédito' afuera, ¿cómo es eso?", None),
        t("En ese espacio le caben bien estos dos de seis sillas: el de madera clara en 549 y el de vidrio en 599. Lo de 'sin crédito' es renta con opción a compra: si lo paga en 90 días, paga el precio más 40 de la cuenta; si se pasa, termina pagando casi el doble en un año. Se lo digo para que decida sabiendo."),
        c("Uy, no, a mi cuñada le pasó eso con una nevera, terminó pagando como tres veces. Yo no quiero meterme en eso.", "bad_experience"),
        t("Entonces tiene una opción más segura: el apartado. Deja un 20 por ciento, va abonando, y se lo entregamos ya pagado antes de Thanksgiving. ¿A usted le pagan semanal o quincenal?"),
        c("Quincenal. Con el apartado me alcanza, creo. Doy ciento diez ahora y el resto en tres quincenas.", None),
        t("Perfecto, el de madera clara, 549: ciento diez hoy y tres pagos de unos 146, y la entrega el 20 de noviembre. ¿Le aparto ese día de entrega?"),
        c("Sí, el 20 está bien. Ay, qué bueno, ya me quité ese pendiente.", None),
    ],
    [
        _open,
        t("Con gusto. ¿Para cuántas personas lo necesita, y qué espacio tiene?"),
        c("Para seis. Es un apartamento, el espacio es pequeño. Y tengo unos seiscientos.", None),
        t("Perfecto. Venga, le enseño este: mesa extensible para diez, con vitrina de regalo. Es el más bonito de la tienda, está en 1,899."),
        c("Ay no, es muy grande, no me cabe. Y le dije que tengo seiscientos, qué pena.", "no_money"),
        t("No se preocupe, con el plan sin crédito lo paga en cómodas cuotas de 39 a la semana. ¿Qué le preocupa de llevárselo?"),
        c("Pues que a mi cuñada le pasó eso con una nevera, terminó pagando como tres veces lo que valía.", "bad_experience"),
        t("Entiendo. Entonces se lo dejo con el plan y la vitrina. Lo quiere para antes de Thanksgiving, ¿verdad?"),
        c("¿Pero usted me está escuchando? No me cabe y no quiero ese plan. Déjelo, me voy pa' Rooms To Go.", "no_need"),
    ],
))

# 12 repeated_questions - Miami (Westchester), health insurance marketplace enrollment office
_open = c("Buenas, ajá, vengo por lo del Obamacare, que me dijeron que ya abrieron las inscripciones.", None)
PAIRS.append(gpair(
    "esb73g_westchester_obamacare",
    "health insurance marketplace enrollment office - Westchester, Miami, FL",
    "repeated_questions",
    "A Colombian (Barranquilla) nail technician, self-employed like her husband, wants coverage for the family of three; last year's plan left them owing at tax time.",
    [
        _open,
        t("Buenas, sí, bienvenida. Para ver qué le sale, ¿a quiénes quiere asegurar, y alguno tiene seguro ahora por el trabajo?"),
        c("A mí, a mi esposo y a la niña de seis años. Nadie tiene, mi esposo trabaja en construcción por su cuenta y yo hago uñas en un salón.", None),
        t("Ok, tres personas, los dos por cuenta propia. ¿Cuánto calculan ganar entre los dos este año, más o menos? Con eso se calcula la ayuda del gobierno."),
        c("Uy, eso varía mucho, mija. Unos treinta y ocho, cuarenta mil, por ahí. Pero le advierto que el año pasado teníamos uno y en los taxes nos tocó devolver un montón, quedamos debiendo.", "bad_experience"),
        t("Eso pasa cuando el ingreso que se pone al inscribirse queda corto y al final del año el IRS ajusta la ayuda. Por eso ponemos el cálculo más real posible, y si a mitad de año ganan más, lo actualizamos. ¿La niña tiene algún doctor que quieran mantener?"),
        c("Sí, la pediatra de ella, la doctora Ospina, en el Doral. A ella no la quiero cambiar.", None),
        t("Con unos 39 mil para tres, hay un plan plata con la doctora Ospina en la red por unos 45 al mes los tres, con deducible bajo, y a la niña a lo mejor le sale gratis por KidCare. Le anoto todo y lo confirmamos con sus papeles."),
        c("¿Cuarenta y cinco los tres? Ay, bueno. Pero ya me tengo que ir, tengo clienta a las cuatro. ¿Puedo volver el sábado?", "no_time"),
        t("Claro, el sábado de nueve a dos. Traiga los documentos de inmigración y el seguro social de los tres, y el cálculo de ingresos; si tiene los taxes del año pasado, mejor."),
        c("Listo, mija, el sábado nos vemos.", None),
    ],
    [
        _open,
        t("Buenas, bienvenida. Para empezar, ¿cuántas personas viven en su casa?"),
        c("Tres, mi esposo, la niña de seis y yo.", None),
        t("Perfecto. ¿Y cuántos miembros tiene su hogar?"),
        c("Tres, le dije. ¿Cuánto me sale?", None),
        t("Ya vamos. ¿Cuál es su ingreso familiar aproximado?"),
        c("Unos treinta y ocho, cuarenta mil.", None),
        t("Ok. Y entonces, ¿cuántas personas van en la aplicación, y cuánto ganan al año en total?"),
        c("Ay, mija, ¿otra vez? Tres personas, cuarenta mil. Yo tengo una clienta a las cuatro, no tengo toda la tarde.", "no_time"),
        t("Entiendo, es solo para asegurarme de entender sus necesidades. ¿Cuántos dependientes tiene y cuál es su ingreso?"),
        c("Mire, me voy. Llamo al número del gobierno y ya.", None),
    ],
))

# 13 wrong_paraphrase - Los Angeles (Huntington Park), event hall rental
_open = c("Buenas tardes, quería información del salón para una quinceañera, es para mi hija, en junio.", None)
PAIRS.append(gpair(
    "esb73g_huntingtonpark_salon_quince",
    "event hall rental (salón de fiestas) - Huntington Park, Los Angeles, CA",
    "wrong_paraphrase",
    "A Mexican mother plans her daughter's quinceañera for 150 guests on a firm 4,000 total budget; a comadre cooks and a cousin DJs.",
    [
        _open,
        t("Buenas tardes, felicidades. ¿Ya tiene fecha, y como cuántos invitados piensan tener?"),
        c("El sábado 14 de junio, si está libre. Como unos ciento cincuenta, contando niños. La comida la va a hacer mi comadre, ella hace unos tamales y unas carnitas para chuparse los dedos.", None),
        t("El 14 lo tengo libre. Entonces: 150 personas y la comida la traen ustedes. Para eso le conviene el paquete de solo salón, con mesas, sillas, manteles y limpieza, en 2,800. ¿Ya tienen DJ, pastel, decoración?"),
        c("El DJ es un primo. La decoración no sé, vi unas cosas en TikTok bien bonitas, pero eso sale caro. Y el presupuesto que tenemos es como cuatro mil, con todo.", None),
        t("Ok, con cuatro mil en total, si el salón son 2,800, le quedan 1,200 para pastel, decoración y vestido... va a estar apretado. ¿El vestido ya lo tienen?"),
        c("Ya, el vestido se lo regaló la madrina. Pero sí, 2,800 se me hace mucho, la verdad. En el salón de la Pacific me dijeron 2,200.", "too_expensive"),
        t("Se lo entiendo. La diferencia es que aquí va incluida la limpieza y el guardia de seguridad, que allá se pagan aparte, como 400. Si lo quiere comparar, le doy todo por escrito. Y si la fiesta es de 5 a 11 en vez de 4 a 12, le bajo a 2,500."),
        c("Mmm, de cinco a once está bien. Déjeme enseñarle el papel a mi esposo y le aviso esta semana.", "think_it_over"),
        t("Perfecto. Le aparto el 14 sin depósito hasta el viernes; si me confirma, el depósito es de 500. Le mando todo por mensaje ahorita."),
    ],
    [
        _open,
        t("Buenas tardes, felicidades. Cuénteme un poco de lo que tienen en mente."),
        c("Como ciento cincuenta personas, el 14 de junio. La comida la hace mi comadre y el DJ es un primo. Tenemos como cuatro mil en total.", None),
        t("Perfecto, entonces si la entiendo bien: son como 250 invitados, quieren el paquete todo incluido con banquete, DJ profesional y hora loca, y el presupuesto es flexible, ¿correcto?"),
        c("No, no. Ciento cincuenta. La comida y el DJ los ponemos nosotros. Y el presupuesto no es flexible, es cuatro mil y ya.", None),
        t("Claro, lo que escucho es que quiere que su hija tenga la fiesta de sus sueños sin preocuparse de nada, y para eso el paquete Princesa es ideal: 9,500 con banquete, DJ, fotógrafo y decoración."),
        c("¿Nueve mil quinientos? Yo no dije eso. No tenemos ese dinero, ni aunque vendiéramos la troca.", "no_money"),
        t("Entonces, para confirmar: le interesa el Princesa pero con plan de pagos, ¿verdad? Se lo divido en cinco meses."),
        c("No, señorita. Ya me voy, aquí no entienden lo que uno dice.", None),
    ],
))

# 14 pitch_to_upset - New York (East Harlem), money transfer shop
_open = c("Joven, por favor, ayúdeme. Mi mamá está internada en Atlixco y ayer le mandé mil dólares para el hospital y mi hermana no lo puede cobrar, le dicen que no hay sistema.", None)
PAIRS.append(gpair(
    "esb73g_eastharlem_envio_hospital",
    "remittance / money transfer shop - East Harlem, Manhattan, NY",
    "pitch_to_upset",
    "A Poblano man whose mother needs surgery in Atlixco cannot get his transfer paid out because the pickup branch's system is down.",
    [
        _open,
        t("Ahorita lo vemos, don. Qué angustia, lo siento mucho por su mamá. ¿Me da el recibo o el número de envío?"),
        c("Aquí está. Mi hermana fue a la Elektra y le dicen que no hay sistema, que vuelva mañana. Pero el hospital le pide el dinero hoy para la operación.", None),
        t("Ya lo encontré. El envío está bien, listo para cobrar; el problema es de esa sucursal. Puedo cambiar el lugar de pago a otra tienda que sí tenga sistema, como la Coppel del centro de Atlixco, o depositarlo a una cuenta de su hermana. ¿Qué le queda más fácil a ella?"),
        c("Ella no tiene cuenta. La Coppel está a diez minutos de su casa, sí.", None),
        t("Entonces lo cambio a Coppel, sin costo para usted; tarda unos minutos en reflejarse. Llámele a su hermana ahorita, y yo me quedo con usted hasta que confirmemos que allá ya lo ven."),
        c("Gracias, joven. Es que estoy desesperado, ni dormí.", None),
        t("Me imagino. Que lleve su INE y este número nuevo, que se lo anoto aquí grandote. Si en la Coppel le ponen cualquier pretexto, me marca aquí y lo resuelvo por teléfono con ellos."),
        c("Ya me contestó, ya va para allá. Dios se lo pague.", None),
    ],
    [
        _open,
        t("Lamento mucho lo de su mamá, don. Mientras lo reviso, ¿sabía que con nuestra tarjeta Familia Plus sus envíos salen sin comisión después del quinto? Se la puedo activar ahorita mismo."),
        c("No, joven, ahorita no estoy para tarjetas. Mi mamá necesita ese dinero hoy para la operación.", "no_time"),
        t("Lo entiendo perfectamente. Justo por eso le conviene el Envío Express Premium: llega en diez minutos garantizado, por solo 24.99 más, y con el seguro de envío por 5. ¿Se lo hago?"),
        c("No quiero otro envío, quiero que cobren el que ya mandé. Ya pagué la comisión ayer.", "no_need"),
        t("Claro, ese está detenido en la sucursal de allá, eso no depende de nosotros. Pero aprovechando, ¿ya tiene recargas para el celular de su hermana? Para que estén comunicados en estos momentos tan difíciles tenemos paquetes desde 20."),
        c("¿Usted me está vendiendo cosas mientras mi mamá está en el hospital? Quiero hablar con su encargado.", None),
    ],
))

# 15 blame - Los Angeles (Lynwood), internet installation no-show
_open = c("Oiga, pedí el día en el trabajo, sin goce de sueldo, para la instalación de ocho a doce, y ya es la una y nadie vino. Ni una llamada.", None)
PAIRS.append(gpair(
    "esb73g_lynwood_instalacion_internet",
    "internet provider, phone support - Lynwood, Los Angeles, CA",
    "blame",
    "A Mexican (Jalisco) worker took an unpaid day off for an internet installation and the technician never came.",
    [
        _open,
        t("Don Gerardo, le pido una disculpa; eso no debió pasar, y menos si perdió el día. Déjeme ver qué pasó con la orden."),
        c("Sí, véalo, porque yo estuve aquí sentado toda la mañana, viendo por la ventana.", None),
        t("Aquí veo que al técnico le cambiaron la ruta a las nueve y el sistema no le mandó aviso a usted. Es falla nuestra. Le pongo un crédito de 50 en la cuenta por el día perdido y lo agendo como prioridad. ¿Qué día le afecta menos en el trabajo?"),
        c("Pues ninguno, oiga. Entre semana no puedo volver a faltar, el mayordomo ya me anda trayendo.", "no_time"),
        t("Entendido. Tengo el sábado a las ocho, primer servicio del día, que es el que menos se atrasa. Y le dejo una nota para que el técnico le llame media hora antes de llegar."),
        c("El sábado a las ocho sí. Pero si me vuelven a dejar plantado, cancelo todo y me voy con la competencia, se lo digo desde ahorita.", "bad_experience"),
        t("Es justo. Le doy mi extensión directa; si el sábado a las 8:30 el técnico no le ha llamado, me marca y lo escalo en el momento. El crédito de 50 ya está aplicado, le llega la confirmación por texto."),
        c("Ya llegó. Ok, el sábado entonces.", None),
    ],
    [
        _open,
        t("Buenas tardes. A ver, ¿usted confirmó la cita respondiendo SÍ al mensaje de texto de ayer? Porque si no se confirma, el sistema la cancela."),
        c("¿Cuál mensaje? A mí no me llegó nada. Yo pedí el día y aquí estuve toda la mañana.", None),
        t("Pues el sistema dice que se mandó. A lo mejor el técnico tocó y usted no oyó. ¿Tiene perro? Porque si hay perro suelto, los técnicos no entran."),
        c("El perro estaba amarrado atrás, y yo estuve en la sala viendo por la ventana. No tocó nadie.", None),
        t("Entiendo su frustración. Lo que le puedo ofrecer es otra cita el jueves de ocho a doce, y esta vez confirme el mensaje, ¿sí? Así evitamos estos problemas."),
        c("¿El jueves? No puedo volver a faltar, me corren. Y no me diga que es mi culpa.", "no_time"),
        t("Nadie le dice que es su culpa, pero la cita se perdió porque usted no confirmó. Si no puede el jueves, el siguiente espacio es en dos semanas. ¿Se lo aparto?"),
        c("Cancéleme todo. Me voy con la otra compañía, ya me tienen harto.", None),
    ],
))

# esb41 ranked pairs d01-d10: two decent conversations, better is deeper
from common import c, rpair, t

N = None
PAIRS = []
R = PAIRS.append

o = c("Buenas, eh, quería saber la forma más barata de mandar cien euros al mes a mis hijos en Valencia. Venezuela, no la de aquí, ¿eh?", N)
R(rpair("esb41r_d01_madrid_remesa_mensual", "Money transfer shop, Madrid: Venezuelan builder sends 100 euros a month to his children.",
    [o,
     t("Jaja, Venezuela, entendido. ¿Allá quién lo recibe, y lo prefieren en dólares efectivo o en bolívares a la cuenta?"),
     c("La mamá de los niños. Ella prefiere dólares, los bolívares se le van en nada.", N),
     t("Entonces le conviene dólares con retiro en agencia: comisión 4,90 y no pierde en el cambio. ¿Ella puede ir a una agencia en el centro?"),
     c("Sí, trabaja cerca. ¿Pero 4,90 cada mes? Un compañero dice que con Binance sale gratis.", "too_expensive"),
     t("Puede salir más barato, es verdad, pero ella tendría que vender las criptos allá, con su riesgo. Pruebe este mes con nosotros y compare lo que recibe."),
     c("Vale, probamos este mes. Ponga cien.", N)],
    [o,
     t("Buenas. Cien euros a Venezuela: comisión 3,50 y llegan en bolívares a la cuenta que me diga."),
     c("Ajá. ¿Y en dólares no se puede? La mamá prefiere dólares.", N),
     t("Sí, en dólares efectivo son 4,90, con retiro en agencia."),
     c("¿4,90 cada mes? Un compañero dice que con Binance sale gratis.", "too_expensive"),
     t("Cada uno tiene sus opciones; nosotros somos agencia autorizada. ¿Se lo hago en dólares?"),
     c("Bueno... hágalo en dólares.", N)]))

o = c("hola necesito 3 lineas, para mi, mi esposo y mi hija de 14. algo q no salga tan caro porfa", N)
R(rpair("esb41r_d02_santiago_tres_lineas", "Mobile operator chat, Santiago: Venezuelan mother wants three cheap lines for the family.",
    [o,
     t("Hola Yolimar. Para no cobrarte gigas que no usan: ¿quién usa más datos, y tu hija lo usa en el colegio o en la casa con wifi?"),
     c("mi esposo, es chofer de uber. mi hija casi todo con wifi. yo whatsapp no mas", N),
     t("Entonces: tu esposo, plan libre de 19.990; tú y tu hija, 10 gigas de 6.990 cada una. Total 33.970."),
     c("uy igual es harto, ahora pagamos 30 en prepago entre los tres", "too_expensive"),
     t("Si tu hija sigue en prepago de 3.000, quedan 30.980 y tu esposo tiene datos libres para trabajar. ¿Así te sirve?"),
     c("ahi si. pero dejame hablarlo con el en la noche", "think_it_over")],
    [o,
     t("Hola Yolimar! Tenemos el plan familiar: 3 líneas, 60 gigas compartidos, 34.990 al mes. ¿Te lo dejo listo?"),
     c("es harto, ahora pagamos como 30 entre los tres en prepago", "too_expensive"),
     t("Incluye roaming a Latinoamérica y redes libres. Lo vale. ¿Te lo cotizo con portabilidad?"),
     c("mmm no se, dejame hablarlo con mi esposo", "think_it_over"),
     t("Dale, aquí quedo atenta."),
     c("ok gracias", N)]))

o = c("Buenas, compa. Busco mi primer carro aquí. Tengo como diez mil y necesito algo pa' ir al aeropuerto.", N)
R(rpair("esb41r_d03_miami_primer_carro", "Used car lot, Miami: young Colombian with a new Florida licence buys his first car.",
    [o,
     t("Buenas. ¿A qué horas va y viene, y desde cuándo tiene licencia de Florida?"),
     c("Entro a las cinco de la mañana, salgo a las dos. La licencia la tengo hace dos meses.", N),
     t("Con licencia nueva y 23 años el seguro le va a salir caro, y eso cambia el presupuesto: un Civic Si puede pagar 350 al mes; un Corolla, la mitad. ¿Ya cotizó seguro?"),
     c("No había pensado en eso. Yo quería el Civic, la verdad.", N),
     t("Es buen carro. Le doy los VIN de los dos con su Carfax y cotiza el seguro de cada uno antes de decidir."),
     c("Me parece. Deme los VIN y mañana le digo.", "think_it_over")],
    [o,
     t("Buenas. Con diez mil tengo este Civic 2017, 72 mil millas, 9.500. Muy bueno para ir y volver."),
     c("Uy, me gusta. ¿Es confiable de madrugada? Entro a las cinco.", N),
     t("Los Honda no fallan. Aquí tiene el Carfax, limpio."),
     c("Está bien. Déjeme pensarlo hasta el fin de semana.", "think_it_over"),
     t("Claro. Se lo guardo hasta el sábado."),
     c("Listo, gracias.", N)]))

o = c("Hola, mi reina, ¿cuánto me sale la keratina? Tengo el pelo que es un estropajo desde que di a luz.", N)
R(rpair("esb41r_d04_bogota_keratina_lactancia", "Hair salon, Bogotá: Venezuelan new mother, breastfeeding, asks for keratin.",
    [o,
     t("Hola, bienvenida. ¿Cuánto tiene el bebé, está lactando? Le pregunto porque cambia el producto."),
     c("Cuatro meses, sí, le doy pecho.", N),
     t("Entonces no le haría keratina con formol, por los vapores. Hay un botox capilar sin formol: alisa menos, pero quita el frizz. 120 mil."),
     c("Ay, yo quería liso liso. Y 120 mil... la verdad ando justa.", "no_money"),
     t("Hoy una hidratación de 40 mil, y cuando termine la lactancia hacemos la keratina completa."),
     c("Sí, eso me sirve. Hágame la hidratación.", N)],
    [o,
     t("Hola, bienvenida. La keratina, para su largo, son 180 mil y dura tres meses. ¿Se la hacemos hoy?"),
     c("180... ando justa, estoy recién parida.", "no_money"),
     t("Tenemos botox capilar sin formol, 120 mil, más suave."),
     c("¿Y ese deja liso?", N),
     t("Deja el pelo manejable, no tan liso. Es buena opción."),
     c("Mmm, déjeme pensarlo y vuelvo la otra semana.", "think_it_over")]))

o = c("Hola, buenas tardes. Estoy interesada en la habitación de Lavapiés. Soy estudiante de máster, venezolana, y no tengo avalista en España. ¿Es posible?", N)
R(rpair("esb41r_d05_madrid_habitacion_master", "Room rental by WhatsApp, Madrid: Venezuelan master's student without a guarantor, scammed once before.",
    [o,
     t("Hola, Andreína. Puede ser. ¿Cómo te mantienes durante el máster: beca, ahorros, trabajo?"),
     c("Ahorros, unos 9.000 €, y mis padres me ayudan desde Panamá.", N),
     t("Con certificado de saldo y la matrícula, el propietario suele aceptar sin aval. Son 520 con gastos y un mes de fianza. ¿Cuándo entrarías?"),
     c("En septiembre. ¿Hay que pagar algo para reservar? Me estafaron una vez con una reserva por Idealista.", "bad_experience"),
     t("Sin verla ni firmar no te pido nada. Te la enseño por videollamada el jueves y, si te gusta, firmas y pagas todo a la vez."),
     c("Perfecto, el jueves a las 18h me viene bien.", N)],
    [o,
     t("Hola, Andreína. El propietario pide avalista o tres meses por adelantado, además de la fianza."),
     c("Tres meses más la fianza son más de 2.000 €... es mucho de golpe.", "no_money"),
     t("Puedo preguntar si acepta un certificado de saldo. Para reservarla es una señal de 200 €."),
     c("Me estafaron una vez con una reserva por Idealista. Prefiero verla primero.", "bad_experience"),
     t("Vale, cuando estés en Madrid te la enseño."),
     c("De acuerdo, ya te escribo.", "brush_off")]))

o = c("Buenas, vengo por lo de la visa. Tengo contrato en una constructora y me dijeron que ustedes hacen todo el trámite. ¿Cuánto cobran?", N)
R(rpair("esb41r_d06_santiago_visa_hija_chilena", "Visa paperwork service, Santiago: Colombian builder asks for a work visa; he has a Chilean-born daughter.",
    [o,
     t("Buenas. Antes del precio, para ver qué visa le corresponde: ¿tiene familia aquí, pareja o hijos chilenos?"),
     c("Sí, mi hija nació aquí hace un año.", N),
     t("Eso cambia todo: por vínculo con hija chilena el trámite es más directo y no depende de su empleador. Cobramos 90 mil por armarlo."),
     c("No sabía. ¿Pero 90 mil? Un compañero lo hizo solo por internet.", "too_expensive"),
     t("Se puede hacer solo, es cierto. Le doy la lista de papeles; si se enreda, viene y lo revisamos."),
     c("Lo hago yo con mi señora, que es buena para eso. Gracias por la honestidad.", "no_need")],
    [o,
     t("Buenas. Visa temporaria por contrato: 120 mil, con formulario, revisión y seguimiento. ¿Trae el contrato?"),
     c("Aquí está. ¿Cuánto demora?", N),
     t("Entre cuatro y ocho meses. Le pido pasaporte, antecedentes y contrato firmado ante notario."),
     c("120 mil es caro, compadre. Un compañero lo hizo solo por internet.", "too_expensive"),
     t("Puede hacerlo solo, pero si se lo rechazan pierde meses. Con nosotros va revisado."),
     c("Ya, déjeme pensarlo y le aviso.", "think_it_over")]))

o = c("Doctora, buenos días. Tengo una muela que me está matando desde el domingo, pero le digo de una vez: plata no tengo mucha.", N)
R(rpair("esb41r_d07_bogota_muela_dolor", "Dental clinic, Bogotá: Venezuelan odd-jobs worker with toothache and little money.",
    [o,
     t("Buenos días. Primero el dolor. ¿Qué muela es, y le duele con el frío o todo el tiempo?"),
     c("Esta de abajo, a la derecha. Todo el tiempo, y de noche peor. No he dormido.", N),
     t("Puede ser el nervio. Le tomo una radiografía y hoy hago lo urgente para quitarle el dolor; lo demás, por partes."),
     c("¿Y el resto cuánto sale? Porque yo vivo del rebusque.", N),
     t("Si es endodoncia, 350 mil, en tres cuotas. Hoy solo radiografía y lo urgente: 90 mil."),
     c("Uy, 350 es un platal. Hoy hágame lo urgente y lo otro lo voy viendo.", "no_money")],
    [o,
     t("Buenos días. Para esa muela lo probable es endodoncia y corona: 350 mil y 600 mil. Le doy cuotas."),
     c("¡Casi un millón! Doctora, yo eso no lo tengo.", "no_money"),
     t("Sin corona la muela se puede partir. Pero podemos empezar por la endodoncia."),
     c("¿Y hoy me quita el dolor, al menos?", N),
     t("Sí, hoy abro y le pongo medicación: 150 mil."),
     c("Bueno, toca. Lo demás lo pienso.", "think_it_over")]))

o = c("Hi... perdón, ¿habla español? Queremos abrir una cuenta. Tenemos ITIN y el pasaporte venezolano vencido.", N)
R(rpair("esb41r_d08_miami_cuenta_itin", "Bank branch, Miami: Venezuelan cleaning couple with ITIN and an expired passport open an account.",
    [o,
     t("Sí, claro, tranquilos. Con ITIN, pasaporte aunque esté vencido y el recibo del caso, lo vemos. ¿Para qué van a usar la cuenta?"),
     c("Limpiamos casas, y los clientes quieren pagarnos por Zelle. Y para no andar con el cash.", N),
     t("Les sirve la cuenta básica con Zelle: cero al mes si no baja de 100. ¿Pueden dejar ese mínimo?"),
     c("Cien sí. A veces a fin de mes queda en nada, la verdad.", N),
     t("Si baja de cien, cobra 5 ese mes. Les pongo alerta de saldo por texto para que no pase."),
     c("Está bien. ¿La abrimos hoy? Tenemos media hora, luego hay una casa.", N)],
    [o,
     t("Sí, claro. Les abro la cuenta corriente estándar con Zelle: 12 al mes, gratis si mantienen 1.500."),
     c("Mil quinientos no tenemos siempre, mija. Somos limpiadores.", "no_money"),
     t("Entonces la básica: 5 al mes si baja de 100. Zelle incluido."),
     c("Esa mejor. ¿Se abre hoy? Tenemos media hora.", N),
     t("Sí, en veinte minutos. Denme los documentos."),
     c("Aquí están.", N)]))

o = c("Hola, buenas, tengo una arepera en Tetuán y los clientes me piden pagar con tarjeta. Eh, ¿cuánto cuesta el datáfono ese?", N)
R(rpair("esb41r_d09_madrid_datafono_arepera", "Card terminal sales (phone), Madrid: Colombian owner of a small arepa shop.",
    [o,
     t("Buenas. Depende de lo que cobre con tarjeta. ¿Cuántos tickets hace al día y de cuánto?"),
     c("Unos cuarenta, de diez, doce euros. Los findes más.", N),
     t("Unos 400 al día. Le va mejor sin cuota fija: 1,2% por operación, sin permanencia. El de 25 al mes solo compensa facturando bastante más."),
     c("Ah, vale. El del banco me cobraba 30 de mantenimiento y lo devolví.", N),
     t("Por eso, sin cuota. Se lo mando esta semana y, si el primer mes no le convence, lo devuelve sin coste."),
     c("Vale, mándemelo. Pero el jueves, que el miércoles cierro.", N)],
    [o,
     t("Buenas. Tenemos el TPV Pro: 25 al mes, comisión del 0,6%, acepta Bizum y Apple Pay."),
     c("25 al mes... el del banco me cobraba 30 y lo devolví porque no me salía.", "bad_experience"),
     t("Este es más barato y con mejor comisión. Y entra Bizum, que sus clientes usan mucho."),
     c("Ya, pero yo vendo arepas, no es un restaurante grande. Déjeme verlo con mi mujer.", "think_it_over"),
     t("Claro. Le mando la propuesta por correo."),
     c("Vale, gracias.", N)]))

o = c("hola buenas, cuanto sale un flete de estacion central a maipu? es una mudanza chica", N)
R(rpair("esb41r_d10_santiago_flete_mudanza", "Removals by WhatsApp, Santiago: Colombian woman with a small move and a tight budget.",
    [o,
     t("Hola! Para cotizarte justo: ¿qué cosas son y hay ascensor en los dos lados?"),
     c("cama, refri, lavadora, tele y unas 10 cajas. aca 4to piso sin ascensor, alla primer piso", N),
     t("Va en camioneta, no necesitas camión. Con dos peonetas por el 4to piso, 55 mil. ¿Qué día?"),
     c("55 es harto, en marketplace un caballero me cobraba 35", "too_expensive"),
     t("Puede ser. Nosotros vamos con dos peonetas y seguro si se rompe algo. Si bajas tú las cajas antes, te lo dejo en 48."),
     c("ya, dale, bajo las cajas yo. el sabado en la mañana", N)],
    [o,
     t("Hola! De Estación Central a Maipú, camión 3/4 con dos peonetas: 70 mil."),
     c("70?? es una mudanza chica, en marketplace me cobraban 35", "too_expensive"),
     t("En camioneta serían 55, si cabe todo. ¿Qué cosas son?"),
     c("cama, refri, lavadora, tele y unas cajas", N),
     t("Eso cabe en camioneta: 55 con seguro incluido. Cualquier cosa me avisas."),
     c("ok, lo veo y te aviso", "brush_off")]))

"""esb17 gaming pairs, kinds 6-10."""
from common import c, gpair, t

P = "esb17g_"
PAIRS = []

o = c("Buenas, hablo porque la resina que me pusieron el jueves me duele horrible con lo frío", None)
PAIRS.append(gpair(P + "cdmx_dental_resina", "dental clinic, Del Valle, CDMX", "putdown_question",
    "A patient phones: a filling done last week hurts with cold drinks.", [o,
    t("Qué pena que le duela. ¿Sólo con lo frío o también al morder?"),
    c("Con lo frío, y poquito al morder del lado derecho. Ya me estoy tomando ibuprofeno", None),
    t("Sensibilidad unos días es normal, pero si duele al morder puede estar alta la resina. ¿Puede venir mañana a que el doctor la revise? Sin costo."),
    c("Mañana trabajo hasta las seis, en la mañana no puedo", "no_time"),
    t("Le tengo 6:40 de la tarde. ¿Le alcanza a llegar?"),
    c("Sí, a esa hora sí", None)], [o,
    t("Claro, cuénteme. ¿Pero no será que está exagerando un poquito? ¿Qué pasó exactamente?"),
    c("¿Exagerando? No puedo ni tomar agua. Eso pasó", None),
    t("Entiendo su experiencia. ¿Y no será que aprieta los dientes, como la gente que no se cuida? ¿Cómo anda su higiene?"),
    c("Me lavo tres veces al día, oiga. Antes de la resina no me dolía", None),
    t("Ok. ¿Y está segura de que es esa muela? Los pacientes se confunden mucho. ¿Qué tan satisfecha está con nuestro servicio?"),
    c("Nada satisfecha. Quiero hablar con el doctor, no con usted", None)]))

o = c("oiga el sistema no me deja hacer el corte de caja desde ayer, tengo la tienda abierta y no se cuanto vendi", None)
PAIRS.append(gpair(P + "mty_software_corte", "point-of-sale software vendor, support line, Guadalupe NL", "putdown_question",
    "A corner-shop owner's till software will not close the day after a power cut.", [o,
    t("Qué mal, lo resolvemos. ¿Qué mensaje le sale cuando le da corte?"),
    c("error de sincronizacion. ayer se fue la luz en la tarde, no se si tenga q ver", None),
    t("Sí tiene que ver: quedó una venta a medias. La cierro desde aquí con conexión remota, son cinco minutos."),
    c("ahorita no puedo, tengo fila de gente. le marco a las 3?", "no_time"),
    t("Claro, a las tres. Mientras, siga vendiendo normal; el corte sale después con todo."),
    c("ah ok, eso me preocupaba. gracias", None)], [o,
    t("Tranquilo, no es para tanto. ¿Qué fue exactamente lo que le picó?"),
    c("no le pique nada, le doy corte y sale error", None),
    t("Ajá. ¿Y sí sabe dónde está el botón de corte, o le mando otra vez el video? A algunos les cuesta la tecnología."),
    c("llevo 3 años usando su sistema joven", None),
    t("Ok, ok. ¿Ya intentó apagar y prender, o es mucho pedir? ¿Cómo va su experiencia con nosotros?"),
    c("pesima. paseme a su supervisor", None)]))

o = c("Buenas, mire este recibo, me llegó de 1,870 y siempre pago como 400. Vivo sola", None)
PAIRS.append(gpair(P + "gdl_agua_recibo", "municipal water utility counter, Guadalajara centro", "not_my_department_or_read_the_terms",
    "A woman living alone gets a water bill four times the usual.", [o,
    t("Déjeme verlo. Sí marca el triple. ¿Ha revisado si el medidor gira con todo cerrado?"),
    c("Ya, con todo cerrado no se mueve. Y el mes pasado nadie vino a leer, aquí dice estimado", None),
    t("Tiene razón, dice lectura estimada. Le abro una aclaración para que un inspector lea el medidor; mientras, no le corren recargos."),
    c("¿Y cuándo va? Trabajo, no puedo estar esperando en la casa todo el día", "no_time"),
    t("Le doy horario: jueves de 8 a 12 o sábado de 9 a 1. Aquí está su folio."),
    c("El sábado, por favor", None)], [o,
    t("Buenas. Entiendo su preocupación y valoro que se acerque. Lo de consumo no lo vemos aquí, eso es de medición."),
    c("¿Y dónde está medición?", None),
    t("En otro edificio, por Federalismo. Atrás del recibo vienen las condiciones: el usuario es responsable de su toma."),
    c("Aquí dice lectura estimada. Nadie vino a leer", None),
    t("Eso no lo decido yo, señora, yo no hago las reglas. ¿Algo más en que le pueda ayudar?"),
    c("Pues en nada me ayudó. ¿Con quién me quejo?", None),
    t("Hay un buzón en la página. ¿Cómo calificaría su experiencia de hoy?"),
    c("Ay, por favor", None)]))

o = c("Oiga, me chocaron el carro estacionado, el otro se fue y ahora me dicen que pague deducible de 9 mil", None)
PAIRS.append(gpair(P + "cdmx_seguro_choque", "car insurance claims line, CDMX", "not_my_department_or_read_the_terms",
    "A driver whose parked car was hit by a car that fled is told to pay the deductible.", [o,
    t("Qué coraje, lo siento. ¿Levantó denuncia o hay video de la calle?"),
    c("Sí, denuncia, y el vecino tiene cámara, se ve el carro", None),
    t("Eso ayuda. Sin tercero identificado se cobra deducible, pero con video y placa pedimos recuperarlo cuando localicen al responsable."),
    c("O sea que sí pago ahorita. No tengo 9 mil así nomás", "no_money"),
    t("Por ahora sí, y el taller se lo deja a 6 meses. Hoy abro el reclamo de recuperación con su denuncia y le mando el folio."),
    c("Bueno, al menos hay chance. Mándeme el folio", None)], [o,
    t("Entiendo perfectamente su sentir. Le comento: el deducible viene en las condiciones generales, página 14, inciso c."),
    c("Pero yo no tuve la culpa, estaba estacionado", None),
    t("Comprendo. Eso ya es tema del ajustador, no de atención a clientes. Yo sólo veo pólizas."),
    c("¿Y el ajustador? Me colgó", None),
    t("No tengo su extensión. Lea su póliza con calma, ahí viene todo. ¿Algo más en que le sirva?"),
    c("Nada. Me voy a Condusef", None)]))

o = c("Buenas, venimos a ver los depas de preventa, rentamos y queremos ver si nos alcanza con el Infonavit", None)
PAIRS.append(gpair(P + "mty_preventa_depa", "flat presale office, Cumbres, Monterrey", "social_proof_or_deadline_pressure",
    "A renting couple asks whether their Infonavit credit reaches a presale flat.", [o,
    t("Bienvenidos. ¿Saben cuánto les presta Infonavit a cada uno?"),
    c("A mí como 900 mil, a ella no sabemos, lleva un año cotizando", None),
    t("Primero que ella saque su precalificación, son diez minutos en la app. El de dos recámaras está en 1.9 millones. ¿Cuánto tienen de ahorro?"),
    c("Como 150 mil. La neta se nos hace mucho 1.9", "too_expensive"),
    t("Es precio de Cumbres. Traigan las dos precalificaciones y hacemos números reales; si no da, se los digo."),
    c("Va, lo vemos con calma", "think_it_over")], [o,
    t("¡Bienvenidos! Qué bueno que vienen hoy: ya se vendió el 85%. Todos sus futuros vecinos ya apartaron."),
    c("Pues apenas estamos viendo si nos alcanza", None),
    t("Por eso les comento que el precio de 1.9 sólo lo sostengo hasta el viernes; el lunes sube 8%. ¿Cómo se sienten?"),
    c("Presionados, la verdad. Ella ni sabe cuánto le presta Infonavit", None),
    t("Las parejas jóvenes de Cumbres ya se decidieron. El apartado es de 20 mil y hoy se los congelo. ¿Lo apartamos?"),
    c("No traemos 20 mil para apartar nada", "no_money"),
    t("A las seis viene un matrimonio a ver el mismo. Si no lo apartan, se va."),
    c("Pues que se lo lleven. Gracias", "brush_off")]))

o = c("hola info de los cursos de ingles porfa, en mi chamba me piden b1 para subir de puesto", None)
PAIRS.append(gpair(P + "cdmx_ingles_callcenter", "English school for adults, WhatsApp, Tlalpan CDMX", "social_proof_or_deadline_pressure",
    "A call-centre agent on rotating shifts needs a B1 certificate for a promotion.", [o,
    t("¡Hola! ¿Qué nivel sientes que tienes y qué horario te deja tu trabajo?"),
    c("entiendo algo pero hablar nada. trabajo en call center y rolan turnos cada mes", None),
    t("Con turnos que rotan un grupo fijo te va a costar. Hay modalidad flexible: reservas clase en la app con 24 h. Antes, un examen de ubicación gratis."),
    c("cuanto es al mes? ya pague un curso en linea y nunca lo use, no quiero tirar mi lana otra vez", "bad_experience"),
    t("1,350 sin plazo forzoso; si un mes no puedes, lo pausas. Haz el examen y con el resultado decides."),
    c("ok, mañana descanso, puedo ir a las 11?", None)], [o,
    t("¡Hola! Buena decisión. 9 de cada 10 compañeros de call center que entran con nosotros ya subieron de puesto."),
    c("a poco. y como son los horarios? rolan mis turnos", None),
    t("Súper flexibles. Pero ojo: la inscripción gratis termina hoy a las 8; después son 1,800."),
    c("hoy? es q no se q turno me toque el otro mes", "think_it_over"),
    t("Ya van 40 inscritos esta semana y quedan 3 lugares. ¿Te lo aparto con tu tarjeta?"),
    c("no traigo tarjeta y hasta la quincena no tengo pa la mensualidad", "no_money"),
    t("Después de hoy no te respeto la promo, eh. Todos tus compañeros aprovecharon."),
    c("ni modo. bye", "brush_off")]))

o = c("Buenas tardes, quería ver lo del jardín para una boda civil, unos sesenta invitados en octubre", None)
PAIRS.append(gpair(P + "gdl_hotel_boda", "boutique hotel events desk, Colonia Americana, Guadalajara", "keyword_stuffed",
    "The bride's mother asks about a garden for a 60-guest civil wedding with a fixed budget.", [o,
    t("Felicidades. ¿Tienen fecha y un presupuesto pensado?"),
    c("El sábado 18. Tenemos como 120 mil para todo, con comida", None),
    t("Jardín con cena para sesenta arranca en 95 mil; le queda margen para flores o música. En octubre a veces llueve, ¿quieren la terraza techada de respaldo?"),
    c("Ay sí, mi hija se muere si le llueve. ¿Sigue libre el 18?", None),
    t("Sí. Se los bloqueo una semana sin costo para que vengan a verlo con los novios."),
    c("Perfecto, venimos el miércoles", None)], [o,
    t("¡Felicidades! Lo más importante es entender sus necesidades y crear una experiencia única. ¿Cómo se siente con este momento?"),
    c("Contenta. ¿Cuánto cuesta el jardín para sesenta?", None),
    t("Entiendo perfectamente. Nuestro compromiso es una relación de confianza y que su evento sea un éxito; el paquete experiencia integra todo lo que necesita sentir."),
    c("Sí, pero ¿cuánto es? Tenemos 120 mil para todo", None),
    t("La escucho y valoro que me lo comparta. Cada boda es una historia de éxito. ¿Qué significa para usted una boda exitosa?"),
    c("Que me diga el precio. Mejor mándeme todo por correo y lo veo", "brush_off")]))

o = c("Buen día, soy de compras de una planta de autopartes. Ocupo 300 uniformes retardantes a flama, tengo auditoría en seis semanas", None)
PAIRS.append(gpair(P + "mty_uniformes_planta", "industrial uniform supplier (B2B), Santa Catarina, Monterrey", "keyword_stuffed",
    "A plant's purchasing lead needs 300 flame-retardant uniforms certified before an audit.", [o,
    t("Buen día. ¿Qué norma le pide el auditor y qué tallas maneja?"),
    c("NFPA 2112. Las tallas se las paso, hay hasta 3XL", None),
    t("Nuestra tela está certificada en esa norma, con certificado por lote. 300 en seis semanas sí llegamos si confirma tallas esta semana. Son 1,180 por pieza."),
    c("Uf, mi proveedor actual me da 950", "too_expensive"),
    t("¿El suyo está certificado NFPA 2112 o sólo es retardante? Si cumple, quédese con él; si no, se lo rechazan. Mándeme su ficha y le digo."),
    c("Buen punto, no sé. Le mando la ficha hoy", None)], [o,
    t("Buen día, gracias por la confianza. Lo importante es entender sus necesidades y construir una relación de éxito. ¿Cómo se siente con su proveedor?"),
    c("Bien, pero no me da la norma. ¿Manejan NFPA 2112?", None),
    t("Entiendo perfectamente su necesidad. Nuestra experiencia nos permite acompañar a cada cliente en su camino al éxito con soluciones de valor."),
    c("¿Eso es sí o no? Tengo auditoría en seis semanas", None),
    t("Valoro su urgencia. Le propongo una sesión de descubrimiento de dos horas para entender su experiencia a fondo."),
    c("No tengo tiempo para sesiones. Mándeme ficha y precio y ya", "no_time")]))

o = c("Joven, buenas tardes. ¿El genérico de la losartán es igual que el de patente? El de patente ya no me alcanza", None)
PAIRS.append(gpair(P + "cdmx_farmacia_generico", "neighbourhood pharmacy, Iztacalco, CDMX", "rude",
    "An elderly man asks whether the generic of his blood-pressure pill is the same.", [o,
    t("Buenas tardes. Sí, misma sustancia y dosis, 50 miligramos. ¿Se la toma una al día?"),
    c("Una en la mañana. Pero mi comadre dice que el genérico no le hizo nada", "bad_experience"),
    t("Es una duda común. Éste es intercambiable, aprobado por Cofepris. Si quiere, venga en una semana y le tomo la presión gratis para que se quede tranquilo."),
    c("Ah, bueno. ¿Y cuánto es?", None),
    t("La caja de 30, 89 pesos. La de patente está en 520."),
    c("Ándele, deme una", None)], [o,
    t("Sí, señor, es lo mismo. Lo dice la caja."),
    c("Es que no veo bien las letras. Mi comadre dice que el genérico no le sirvió", "bad_experience"),
    t("Ay, su comadre. Si no confía, llévese la de patente y ya. ¿Qué va a querer? Hay fila."),
    c("No me alcanza la de patente, por eso le pregunto", "no_money"),
    t("Pues el genérico. ¿Es todo? ¿Satisfecho con su experiencia?"),
    c("Ya no me dieron ganas. Voy a la de enfrente", None)]))

o = c("que onda, se me zafa la cadena de la moto a cada rato, que ocupo cambiar?", None)
PAIRS.append(gpair(P + "gdl_refacciones_moto", "motorbike parts shop, Oblatos, Guadalajara", "rude",
    "A delivery rider's chain keeps slipping; he has little cash and must work tomorrow.", [o,
    t("¿Qué moto es y cuántos kilómetros trae esa cadena?"),
    c("una 150 de trabajo, la cadena ya trae como 20 mil, nunca la he cambiado", None),
    t("Con 20 mil ya está estirada y casi siempre se come el sprocket. Si cambias sólo la cadena dura poco. El kit completo son 780."),
    c("no me sale, traigo 500 y mañana tengo que salir a repartir", "no_money"),
    t("Va. Déjamela: si el sprocket aguanta, cadena sola son 420 y sale hoy. Si no, te tenso la tuya y el viernes hacemos el kit."),
    c("sale, gracias carnal", None)], [o,
    t("Pues la cadena, ¿no? Si se zafa es la cadena. ¿Qué más quieres que te diga?"),
    c("ya pero cual, es una 150", None),
    t("Hay mil de 150. ¿Ni el modelo sabes? Tráela y luego vemos, ando ocupado."),
    c("es q no tengo tiempo de venir y regresar, trabajo todo el dia", "no_time"),
    t("Pues ese es tu problema. El kit son 780, ¿lo quieres o no? Y aprende a darle mantenimiento."),
    c("780? en la otra refaccionaria esta mas barato y me tratan mejor", "too_expensive")]))

"""Gaming pairs B (esb38)."""
from common import c, gpair, t

P = []

o = c("Hola, buenas. Me han dicho que necesito un implante y quería saber cómo va esto con ustedes.", None)
P.append(gpair("esb38g_cartagena_clinica_implante", "dental clinic, Cartagena (Murcia), phone", "ignored_customer",
 "Diabetic patient asks about an implant her insurer won't cover.",
 [o, t("Hola. ¿Ya tiene diagnóstico de otro dentista o sería la primera consulta?"),
  c("Me lo dijo el de la mutua, pero no me lo cubre. Y soy diabética, no sé si eso influye.", None),
  t("Hace bien en decirlo: influye en la cicatrización. El doctor pedirá una analítica reciente. ¿Tiene una de menos de tres meses?"),
  c("Sí, de febrero, lo llevo controlado con pastillas. ¿Y el precio más o menos?", None),
  t("Implante con corona, entre 1.100 y 1.300; la primera visita con escáner es gratis. ¿Le viene el martes a las cinco?"),
  c("Uf, a las cinco recojo a mi nieto. ¿No tienen por la mañana?", "no_time"),
  t("El jueves a las diez. Traiga la analítica y sale con presupuesto cerrado.")],
 [o, t("Hola. Cuénteme, ¿qué le preocupa del tratamiento?"),
  c("Que soy diabética y no sé si me lo pueden poner. Y el precio, que la mutua no lo cubre.", None),
  t("Perfecto. Este mes tenemos promoción de implantes con corona de zirconio, lo mejor que hay. ¿Le reservo ya la cirugía?"),
  c("Pero... lo de la diabetes, ¿no hay que mirarlo antes?", None),
  t("Tranquila, es muy habitual. La promoción son 1.490 con zirconio. ¿Le va el martes a las cinco?"),
  c("A las cinco no puedo, y nadie me ha contestado lo del azúcar. Llamaré a otro sitio.", None)]))

o = c("Buenos días, soy Encarni, de una cooperativa de La Mojonera. Necesitamos frigoríficos a Alemania para el pepino, de noviembre a marzo.", None)
P.append(gpair("esb38g_lamojonera_transporte_frigorifico", "refrigerated haulier, Almería", "repeated_questions",
 "Vegetable co-op needs reefer trucks to Germany; past hauliers failed at peak.",
 [o, t("Buenos días, Encarni. ¿Cuántos camiones a la semana y a qué destinos?"),
  c("Ocho a doce semanales, casi todo Hamburgo y algo de Múnich. El de ahora nos llega tarde los lunes.", None),
  t("Los lunes son el cuello de botella de toda la zona. ¿A qué hora tiene que estar el camión en muelle?"),
  c("A las seis de la tarde como tarde. Y te aviso: probamos dos empresas nuevas y las dos nos fallaron en diciembre.", "bad_experience"),
  t("Entonces empecemos con dos camiones fijos los lunes de octubre, antes del pico, y lo ve. Le mando tarifas y las penalizaciones por retraso que asumimos por escrito."),
  c("Lo de las penalizaciones por escrito me interesa. Mándalo y lo paso al consejo rector.", "think_it_over")],
 [o, t("Buenos días, Encarni. Para entender bien sus necesidades: ¿qué volumen mueven?"),
  c("Ocho a doce camiones por semana, Hamburgo sobre todo.", None),
  t("Perfecto. ¿Y cuántos envíos semanales estaríamos hablando, más o menos?"),
  c("Ocho a doce, te lo acabo de decir. Lo que me importa es la carga de los lunes.", None),
  t("Claro. ¿Y a qué destinos van, para ver cuántos camiones necesitan?"),
  c("Hamburgo. Ocho a doce. Mira, estoy en una reunión, mándame un correo y ya.", "brush_off")]))

o = c("Buenas, mi niño. Quería saber si puedo pasar a La Gomera con el coche y mi perra, que es grandita.", None)
P.append(gpair("esb38g_loscristianos_ferry_perro", "ferry line, Los Cristianos-La Gomera, phone", "wrong_paraphrase",
 "Resident wants to cross with car and a 30 kg dog.",
 [o, t("Buenas. Sí, se puede. ¿Qué día quiere ir y cuánto pesa la perra?"),
  c("El viernes por la mañana, y vuelvo el domingo. Unos treinta kilos, es una podenca.", None),
  t("Con treinta kilos no va en el salón: o se queda en el coche, en bodega, o en las perreras de cubierta. ¿Cómo lleva los viajes?"),
  c("En el coche duerme. Pero me da miedo el calor en la bodega.", None),
  t("Entonces perrera de cubierta, que tiene sombra. Ida viernes a las nueve, vuelta domingo a las siete, con residente: 148 €."),
  c("Chacho, 148... ¿no hay nada más barato?", "too_expensive"),
  t("Con residente ya es lo más bajo; un miércoles serían 126. Si el viernes es fijo, es ese."),
  c("Sí, el viernes es fijo. Resérvamelo con la perrera.", None)],
 [o, t("Buenas. Cuénteme, ¿qué tenía pensado?"),
  c("Ir el viernes con el coche y la perra, y volver el domingo.", None),
  t("Perfecto, entonces si no me equivoco van dos adultos con coche el viernes y vuelven el mismo día, ¿correcto?"),
  c("No, voy yo sola, y vuelvo el domingo.", None),
  t("Ah, estupendo. O sea que la perra es pequeña y va en transportín con usted, ¿lo he entendido bien?"),
  c("Que no, que tiene treinta kilos. ¿Usted me está escuchando?", None),
  t("Sí, claro. Le hago dos adultos ida y vuelta el viernes con mascota en cabina, 210 €. ¿Confirmo?"),
  c("Ni se le ocurra. Lo compro en la taquilla.", None)]))

o = c("Buenos días. Mi marido falleció hace dos semanas y... perdone. No sé qué tengo que hacer con su cuenta.", None)
P.append(gpair("esb38g_laorotava_banco_viuda", "bank branch, La Orotava (Tenerife)", "pitch_to_upset",
 "Recent widow at the counter; the pension went into the joint account.",
 [o, t("Lo siento mucho. Tómese su tiempo, estamos aquí. ¿La cuenta era solo de él o de los dos?"),
  c("De los dos. Pero la pensión entraba ahí, la de él. Y no sé si voy a poder pagar la luz.", None),
  t("Vamos a eso primero. Al ser conjunta, puede seguir pagando recibos. Para lo demás hace falta el certificado de defunción y el de últimas voluntades. ¿Tiene el primero?"),
  c("Ese sí, me lo dieron en el tanatorio. El otro no sé ni qué es.", None),
  t("Se pide al Ministerio de Justicia y tarda unos días. Si quiere, lo pido yo desde aquí y le apunto en un papel lo que falta, con calma."),
  c("Ay, sí, mi niña, gracias. Que estoy perdida.", None)],
 [o, t("Lo siento mucho, le acompaño en el sentimiento. ¿Cómo se encuentra usted?"),
  c("Mal. La pensión de él entraba en la cuenta y no sé si podré pagar los recibos.", None),
  t("La entiendo perfectamente. Por eso, en momentos así, muchas clientas valoran nuestro seguro de decesos y un plan de ahorro. ¿Ha pensado en proteger a sus hijos?"),
  c("¿Ahora? Yo lo que quiero es saber qué hago con la cuenta.", "no_need"),
  t("Lo vemos, lo vemos. Pero el seguro son solo doce euros al mes y sus hijos no pasan por esto. ¿Se lo dejo preparado?"),
  c("No me puedo creer que me venda esto hoy. Me voy a la otra oficina.", None)]))

o = c("hola llevo tres dias sin internet desde la dana y teletrabajo. ya he reiniciado el router mil veces", None)
P.append(gpair("esb38g_murcia_fibra_dana", "telecom operator chat, Murcia", "blame",
 "Fibre down for three days after a storm; customer works from home.",
 [o, t("Hola, siento lo de los tres días, y más teletrabajando. Dime el DNI del titular y miro si hay avería en tu zona."),
  c("48xxxxxx5G. vivo en la huerta, por puente tocinos", None),
  t("Hay una avería en una caja de Puente Tocinos desde el martes, por agua. No es tu router. Previsión: el jueves. Mientras, ¿te mando un router 4G de préstamo?"),
  c("el 4g que me mandasteis en enero no cogia ni una raya, estoy entre bancales", "bad_experience"),
  t("Entonces no te lo mando a ciegas. Te activo 50 GB extra en el móvil hasta que se arregle y te descuento los días sin servicio. ¿Allí el móvil va bien?"),
  c("el movil si. vale eso me sirve, gracias", None)],
 [o, t("Hola. Entiendo tu frustración. Pregunta: ¿has tocado los cables o cambiado el router de sitio con la tormenta?"),
  c("no he tocado nada. solo reiniciarlo", None),
  t("Es que reiniciarlo tantas veces lo desconfigura, les pasa a muchos clientes. Y en zona de huerta el contrato ya avisa de que la cobertura puede fallar, ¿lo sabías?"),
  c("osea que la culpa es mia por vivir donde vivo??", None),
  t("No digo eso, pero con la protección de línea tendrías técnico en 24 horas. ¿La has valorado?"),
  c("lo que voy a valorar es irme a otra compañia", None)]))

o = c("¡Hombre! ¿Otra vez por aquí? Pasa, que te invito a un café... del de la competencia, ¡ja, ja!", None)
P.append(gpair("esb38g_ibiza_beachclub_cafe", "coffee roaster rep visiting a beach club, Ibiza", "monologue",
 "Friendly owner, happy with his coffee supplier, contract until October.",
 [o, t("¡Ja, ja! Acepto, así sé contra qué compito. ¿Qué tal os va con él este verano?"),
  c("Pues bien. Los guiris no se quejan, la máquina va y el comercial me trae cruasanes.", "no_need"),
  t("Los cruasanes no los igualo, ja, ja. ¿Hay algo que cambiarías, el precio, el técnico...?"),
  c("El técnico tarda, eso sí. En julio tuve un grupo parado dos días. Pero tengo contrato hasta octubre.", None),
  t("Entonces ahora no toca. Paso en septiembre, antes de renovar, y hago una cata con tu equipo. Si no convence, seguimos con los cafés."),
  c("¡Tú pasa cuando quieras, que aquí café hay siempre! Ya veremos, ya veremos.", "brush_off")],
 [o, t("¡Ja, ja! Justo de eso te quería hablar. Nuestro arábica de especialidad tostado en Palma, máquina en comodato, técnico propio, formación de baristas, carta de fríos... La experiencia del cliente se dispara. ¿Qué te parece?"),
  c("Ya, está muy bien, pero yo con el mío estoy contento, ¿eh?", "no_need"),
  t("¡Claro! Pero además te incluimos molino nuevo, cartelería con tu logo y un precio que mejora cualquier oferta. Y para tu éxito, una fiesta de lanzamiento con DJ. Te dejo el contrato."),
  c("Uf, qué ritmo, me has dejado sin aire. Déjalo ahí y ya si eso lo miro.", "brush_off"),
  t("¡Genial! Te llamo el lunes y lo cerramos, que se acaba la oferta.")]))

o = c("Buenas tardes. Tengo una casa rural en Haría y cada dos por tres nos cortan el agua. Me han hablado de una desaladora pequeña.", None)
P.append(gpair("esb38g_haria_desaladora_casa_rural", "water systems installer, Lanzarote", "closing_as_open_question",
 "Rural guesthouse with a cistern suffers water cuts.",
 [o, t("Buenas tardes. ¿Cuánta agua gastan al día y de cuánto es el aljibe?"),
  c("Aljibe de diez mil litros. Con la casa llena, dos mil al día, y en agosto los cortes fueron de una semana.", None),
  t("O sea, el aljibe le dura cinco días y el corte siete. ¿Cómo lo resolvieron en agosto?"),
  c("Con camión cisterna, que tarda y cobra una barbaridad.", None),
  t("Antes que una desaladora, unos doce mil más mantenimiento, le puede bastar un segundo depósito de diez mil, unos 2.500 instalado. Le hago números de las dos."),
  c("Doce mil ni loco, eso ya te lo digo. Lo del depósito mándamelo.", "too_expensive")],
 [o, t("Buenas tardes. ¿Qué le impide dejar hoy resuelto lo del agua para siempre?"),
  c("Pues saber primero qué necesito. Tengo aljibe de diez mil litros.", None),
  t("Perfecto. ¿Y cuándo le viene mejor que se la instalemos, este mes o el que viene?"),
  c("Oiga, que no le he dicho que la quiera. ¿Cuánto cuesta eso?", None),
  t("Unos doce mil, con financiación. ¿Qué prefiere, domiciliar las cuotas o pagar la entrada con tarjeta?"),
  c("Ninguna. Doce mil euros para una casa de seis plazas no me da. Ya lo pensaré.", "no_money")]))

o = c("Buenos días. Tengo una panadería en Lorca y los clientes piden pagar con tarjeta. ¿Qué me cobran por un datáfono?", None)
P.append(gpair("esb38g_lorca_banco_datafono", "bank branch, Lorca (Murcia)", "pitch_as_paraphrase",
 "Small bakery wants a card terminal for low-value sales.",
 [o, t("Buenos días. Depende del uso. ¿Cuántas ventas con tarjeta calcula al día y de qué importe?"),
  c("Pocas, veinte o treinta. Una barra y un par de magdalenas, dos o tres euros.", None),
  t("Con tickets tan pequeños le conviene sin mínimo por operación. ¿Tiene wifi en la tienda?"),
  c("No. Y mi cuñado tiene uno de otro banco y le cobran hasta cuando no lo usa.", "bad_experience"),
  t("Eso es la cuota fija. El de SIM no tiene cuota, solo 0,4 % por venta: con sus cifras, unos 10 euros al mes. Le dejo las comisiones por escrito y lo compara."),
  c("Déjemelo. Lo miro el domingo con calma.", "think_it_over")],
 [o, t("Buenos días. Cuénteme, ¿cómo es su negocio?"),
  c("Una panadería pequeña. Veinte o treinta cobros al día, de dos o tres euros.", None),
  t("Entonces, si lo he entendido bien, lo que usted necesita es el Pack Comercio Plus: datáfono, TPV en la nube y cuenta negocios, 39 al mes, ¿es así?"),
  c("¿Treinta y nueve al mes? Eso es lo que me dejan las tarjetas en una semana.", "too_expensive"),
  t("Lo entiendo. Lo que me dice es que quiere crecer tranquilo, y eso es el Plus con seguro de comercio. ¿Lo activamos?"),
  c("Yo no he dicho eso. Solo quiero el aparato para cobrar. Déjelo.", "no_need")]))

o = c("Buenas, mi niño. Vengo a por goteros, que los de la platanera se me atascan todos con la cal del pozo.", None)
P.append(gpair("esb38g_galdar_riego_goteros", "irrigation supplies counter, Gáldar (Gran Canaria)", "upsell_as_loop_closing",
 "Banana grower's drippers clog with limescale from well water.",
 [o, t("Buenas. ¿Qué gotero lleva ahora? ¿Y los limpia con algo?"),
  c("Los normales, de cuatro litros. ¿Limpiarlos con qué?", None),
  t("Con agua de pozo de aquí, cambiarlos solo le dura unos meses. Lo que funciona es pasar ácido nítrico diluido cada quince días; el bote son 9 euros. ¿Tiene inyector?"),
  c("Un venturi viejo que no uso. Pero lo del ácido me da cosa, ¿eh?", None),
  t("Normal: con guantes y le apunto la dosis. Cambie solo los peores y pruebe un mes. ¿Cuántos le pongo?"),
  c("Dame doscientos y el bote. Si funciona, vengo a por el resto.", None)],
 [o, t("Buenas. ¿Cuántos quiere? ¿Y qué más le pongo para que se vaya con todo?"),
  c("Doscientos. Es que se me atascan con la cal del pozo.", None),
  t("Perfecto, doscientos. Y para cerrar bien: ¿le añado el filtro de anillas de dos pulgadas? ¿Y un programador nuevo?"),
  c("Filtro ya tengo, mi niño. Y el programador va bien.", "no_need"),
  t("Estupendo. ¿Y algo más para completar? Manguera de dieciséis en oferta. ¿Cuántos rollos le pongo?"),
  c("Chacho, que vine a por goteros. Cóbrame y me voy.", "no_need")]))

o = c("Hola! Busco casa cerca de Mojácar, con piscina. Máximo 250.000 euros. Soy Klaus, de Colonia.", None)
P.append(gpair("esb38g_mojacar_inmobiliaria_aleman", "estate agent, Mojácar (Almería), WhatsApp", "leading_tag_questions",
 "Retired German buyer; his wife does not drive; fears illegal rural houses.",
 [o, t("¡Hola, Klaus! ¿Es para vivir todo el año o para vacaciones? ¿Y necesitan tiendas y médico cerca?"),
  c("Para vivir, con mi esposa, somos jubilados. Ella no conduce. Médico cerca es importante.", None),
  t("Entonces mejor pueblo que cortijo, aunque el campo sea más barato. Tengo dos en Turre y una en Garrucha por menos de 250.000. En el campo hay casas sin licencia; eso lo reviso siempre."),
  c("Sí, un amigo en Albox tuvo casa ilegal. Tenemos miedo.", "bad_experience"),
  t("Con razón. Les paso nota simple y certificado urbanístico de cada una antes de venir, y su abogado lo revisa. ¿Cuándo vendrían?"),
  c("Quizás en marzo. Primero vemos los papeles.", "think_it_over")],
 [o, t("¡Hola, Klaus! Usted quiere vistas al mar, ¿verdad? Todos los alemanes lo quieren."),
  c("Vistas bien, pero más importante médico cerca. Mi esposa no conduce.", None),
  t("Claro. Pero con piscina y vistas, 250.000 se queda corto, ¿no cree? Mejor subir a 320, ¿a que sí?"),
  c("No. 250 es el máximo. No podemos más.", "no_money"),
  t("Entiendo. Tengo un cortijo precioso en el campo de Albox a 240, perfecto para ustedes, ¿no le parece?"),
  c("Albox, campo... Un amigo allí tuvo casa ilegal. Y sin coche, imposible. No, gracias.", "bad_experience")]))

PAIRS = P

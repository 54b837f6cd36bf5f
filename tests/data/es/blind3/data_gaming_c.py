"""Gaming pairs, kinds 11-15 (ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame). Written by hand, in Spanish."""
from common import c, gpair, t

PAIRS = []

# 21. ignored_customer -- Arequipa, vet clinic, usted
_o = c("Buenas tardes, doctor. Mi perrito Coco no quiere comer desde hace dos días y está bien decaído. Ya tiene doce años.", None)
PAIRS.append(gpair(
    "esb3g_arequipa_veterinaria", "veterinary clinic, Arequipa, Peru", "ignored_customer",
    "A woman in Arequipa brings her 12-year-old dog, who has stopped eating and drinks a lot; she has little money and her daughter is helping her pay.",
    [_o,
     t("Buenas tardes, señora. A ver, vamos a revisarlo. ¿Ha vomitado, ha tenido diarrea? ¿Toma agua?"),
     c("Vomitó ayer una vez. Agua sí toma, harta, más de lo normal.", None),
     t("¿Y orina más de lo normal también? ¿Toma alguna medicina?"),
     c("Sí, ahora que dice, pide salir a cada rato. Medicina no. Doctor, una cosa: no tengo mucha plata, ¿ya? Mi hija me está ayudando.", "no_money"),
     t("Gracias por decírmelo, señora. Tomar y orinar mucho a su edad puede ser el riñón o diabetes. Lo más útil es un análisis de sangre básico, 120 soles; con eso sabemos qué es antes de gastar en otra cosa. La ecografía puede esperar."),
     c("Ciento veinte sí puedo. ¿Hoy mismo?", None),
     t("Sí, le saco la muestra ahora y mañana a mediodía tenemos resultados; yo la llamo para explicarle. Mientras, comida blanda y que tenga agua siempre."),
     c("Gracias, doctor. Aquí le dejo mi número.", None)],
    [_o,
     t("Buenas tardes, señora. Cuénteme, ¿qué le preocupa de Coco?"),
     c("Que no come y toma mucha agua. Y vomitó ayer.", None),
     t("Entiendo. ¿Y cómo se siente usted con todo esto?"),
     c("Preocupada, doctor. Y le digo de frente: no tengo mucha plata, mi hija me está ayudando.", "no_money"),
     t("Claro. Entonces le hacemos el perfil completo: hemograma, bioquímica, ecografía abdominal, radiografía de tórax y orina. Son 650 soles. ¿Alguna pregunta?"),
     c("¿650? Doctor, le acabo de decir que no tengo. ¿No hay algo más básico?", "no_money"),
     t("Lo básico no nos dice mucho a su edad. Y también le recomiendo el plan de salud senior, 80 soles al mes, incluye vacunas. ¿Alguna otra duda?"),
     c("Mi duda es si Coco se va a morir, doctor, y usted no me escucha. Me lo llevo a otra veterinaria.", None)]))

# 22. ignored_customer -- Barcelona, coworking (B2B), vosotros
_o = c("Hola, buenas. Somos un estudio pequeño de videojuegos, somos tres, y buscamos sitio fijo. Lo importante para nosotros es poder grabar voces sin ruido.", None)
PAIRS.append(gpair(
    "esb3g_barcelona_coworking", "coworking space (B2B memberships), Barcelona, Spain", "ignored_customer",
    "Three founders of a small game studio in Barcelona need desks, a quiet room for voice recording and access at night before deadlines.",
    [_o,
     t("Hola, bienvenidos. ¿Qué grabáis exactamente, voces de personajes? ¿Cuántas horas a la semana, más o menos?"),
     c("Sí, voces de personajes, unas seis horas a la semana. Y a veces trabajamos de noche, antes de entregas.", None),
     t("Vale. La sala de pódcast está aislada y se reserva por horas; seis horas entran en la tarifa. El acceso 24 horas solo lo tienen los puestos fijos. Tres fijos son 750 al mes."),
     c("Uf, 750 se nos va bastante. En otro coworking del Poblenou nos piden 600.", "too_expensive"),
     t("Lo entiendo. ¿Allí tienen sala aislada? Porque si no, acabaréis alquilando un estudio aparte. Otra opción: dos fijos y un flexible, 620, y el que venga de noche usa uno de los fijos."),
     c("En el otro no hay sala, no. Lo de dos fijos y uno flexible tiene sentido.", None),
     t("Venid una semana de prueba gratis, grabad en la sala y comprobad el ruido vosotros mismos. Si no os sirve, no pasa nada."),
     c("Perfecto, el lunes venimos con el micro.", None)],
    [_o,
     t("Hola, bienvenidos. Contadme, ¿qué necesitáis para que vuestro espacio sea un éxito?"),
     c("Lo principal es grabar voces sin ruido. Y a veces trabajamos de noche.", None),
     t("Genial. Os enseño la zona abierta, que es nuestra joya: luz natural, mesas compartidas, música ambiente todo el día y un rollo de comunidad brutal."),
     c("Ya, pero con música no podemos grabar. ¿Tenéis alguna sala aislada?", None),
     t("Tenemos el plan flexible, 180 por persona, entras de nueve a siete cuando quieras. ¿Qué os parece?"),
     c("Es que te he dicho que a veces trabajamos de noche. Si cierra a las siete no nos vale.", "no_need"),
     t("Perfecto. Y los viernes hacemos afterwork con cerveza gratis, viene gente de startups muy top. ¿Alguna pregunta más?"),
     c("Mira, gracias, pero no nos has escuchado nada. Vamos a mirar otros.", None)]))

# 23. repeated_questions -- Tarrazú, Costa Rica, farm supplies, usted
_o = c("Buenas, habla don Rigo, de Tarrazú. Tengo el análisis de suelo de la finca y quiero ver qué abono me recomiendan pa'l café.", None)
PAIRS.append(gpair(
    "esb3g_tarrazu_abono_cafe", "farm supplies store (phone), Tarrazú, Costa Rica", "repeated_questions",
    "A coffee grower calls a farm-supply store with his soil analysis (acid soil, low potassium) to ask which fertiliser to buy for four hectares during the harvest.",
    [_o,
     t("Buenas, don Rigo, pura vida. ¿Cuántas hectáreas son y qué le salió en el análisis? ¿Me lo puede mandar por WhatsApp?"),
     c("Son cuatro hectáreas. Ya se lo mando. Dice que está ácido, pH 4.8, y bajo en potasio.", None),
     t("Recibido. Con ese pH, antes del abono le conviene encalar; si no, la mata no aprovecha el fertilizante. ¿Encaló el año pasado?"),
     c("No, el año pasado no, la plata no dio; el café estaba a mal precio.", None),
     t("Entonces con más razón conviene encalar primero: la cal cuesta poco y hace rendir el abono, que está caro. Para cuatro hectáreas, unos 40 sacos de cal dolomita y después una fórmula alta en potasio. Le cotizo las dos cosas por separado."),
     c("Está bien. ¿Me lo pueden subir a la finca?", None),
     t("Sí, los martes subimos a Tarrazú. Le mando la cotización hoy y usted me confirma."),
     c("Listo, mándemela y lo hablo con mi hijo, que él lleva las cuentas.", "think_it_over")],
    [_o,
     t("Buenas, don Rigo. Cuénteme, ¿cuáles son sus necesidades con la finca?"),
     c("Tengo el análisis de suelo, quiero saber qué abono echarle al café. Son cuatro hectáreas.", None),
     t("Perfecto. ¿Y qué es lo que usted busca para su cafetal, exactamente?"),
     c("Abono, como le dije. El análisis dice pH 4.8 y bajo en potasio.", None),
     t("Entiendo. ¿Y cuál diría usted que es su principal necesidad hoy con el terreno?"),
     c("Diay, ya le dije: abonar. ¿Me está escuchando?", None),
     t("Claro, don Rigo. Solo para entenderlo bien: ¿qué tamaño tiene la finca y qué cultiva?"),
     c("Café, cuatro hectáreas. Es la tercera vez. Mire, ahorita no tengo tiempo pa' esto, estoy en plena cogida.", "no_time"),
     t("Perfecto. Entonces, ¿qué le gustaría lograr este año con su café?"),
     c("Que me atiendan. Llamo a otro lado.", None)]))

# 24. repeated_questions -- Los Angeles, health coverage enrolment chat, US Spanish
_o = c("hola perdi mi trabajo y el seguro medico con el. mi esposa esta embarazada de 5 meses, q opciones tengo", None)
PAIRS.append(gpair(
    "esb3g_losangeles_seguro_medico", "health coverage enrolment helper (chat), Los Angeles, USA", "repeated_questions",
    "A man in Los Angeles who just lost his job and its health insurance writes to an enrolment helper; his wife is five months pregnant.",
    [_o,
     t("Hola, lamento lo del trabajo. Lo más urgente es que tu esposa siga con sus citas prenatales. ¿Cuándo perdiste el seguro y cuánto entra ahora en la casa, más o menos?"),
     c("el viernes pasado. ahora solo entra lo de ella, como 2500 al mes. yo estoy cobrando el desempleo", None),
     t("Con esos ingresos es muy probable que tu esposa califique para Medi-Cal por embarazo, gratis o casi, y tú quizás también. ¿Son ciudadanos o residentes? Lo pregunto solo porque cambia el programa."),
     c("ella es ciudadana, yo residente. pero ya intente medi-cal hace años y me rechazaron, fue un relajo", "bad_experience"),
     t("Entiendo. Las reglas han cambiado desde entonces, y por el embarazo ella tiene prioridad. Te ayudo a llenar la solicitud por teléfono, son unos 30 minutos. ¿Mañana a las 10 te sirve?"),
     c("a las 10 tengo una entrevista de trabajo. puede ser a las 3?", "no_time"),
     t("Claro, mañana a las 3. Ten a mano los talones de pago de ella y tu carta del desempleo."),
     c("ok, gracias x la ayuda", None)],
    [_o,
     t("¡Hola! Gracias por contactarnos. Cuéntame, ¿cuál es tu situación actual con el seguro?"),
     c("lo perdi con el trabajo. mi esposa esta embarazada, necesito algo ya", None),
     t("Entiendo. ¿Y actualmente tienes algún tipo de cobertura médica?"),
     c("no, ya te dije q lo perdi", None),
     t("Ok. Para entender mejor tus necesidades: ¿hay alguien en tu familia que necesite atención médica pronto?"),
     c("mi esposa. embarazada. 5 meses. lo puse en el primer mensaje", None),
     t("Gracias. ¿Y cuál dirías que es tu nivel de ingresos? Por ejemplo, ¿trabajas actualmente?"),
     c("no trabajo, x eso perdi el seguro. hermano lee lo q escribo", None),
     t("Perfecto. Para ofrecerte la mejor experiencia: ¿tienes actualmente seguro médico? Los planes privados Oro empiezan en 890 al mes."),
     c("890 no lo tengo ni de broma. olvidalo", "no_money")]))

# 25. wrong_paraphrase -- Montevideo, moving company, vos / ustedes
_o = c("Buenas, queríamos pedir presupuesto para una mudanza. Nos vamos de una casa en el Prado a un apartamento chico en Pocitos.", None)
PAIRS.append(gpair(
    "esb3g_montevideo_mudanza", "moving company, Montevideo, Uruguay", "wrong_paraphrase",
    "A retired couple moving from a house to a small fourth-floor flat (with a lift) ask for a quote; they are giving most furniture to the parish.",
    [_o,
     t("Buenas. ¿Van a llevar todo o dejan cosas? Porque de casa a apartamento chico suele sobrar."),
     c("No, llevamos poco: el dormitorio, la heladera, el living y unas cuarenta cajas. El resto lo donamos a la parroquia.", None),
     t("¿En qué piso es el apartamento? ¿Tiene ascensor?"),
     c("Cuarto piso, con ascensor, pero chiquito. El ropero no entra, eso ya lo medimos.", None),
     t("Entonces: dormitorio sin ropero, heladera, living y cuarenta cajas, a un cuarto piso con ascensor chico. Con un camión mediano y tres personas alcanza: 14.000 pesos."),
     c("Eh, 14 mil me parece bastante. Una empresa de un conocido nos pidió 11.", "too_expensive"),
     t("Puede ser. Nosotros incluimos seguro de carga y el embalaje de la vajilla; si la embalan ustedes, queda en 12.000. Les dejo el presupuesto detallado y lo comparan tranquilos."),
     c("Bueno, dejanos el papel y te llamamos esta semana.", "think_it_over")],
    [_o,
     t("Buenas. Contame, ¿qué van a llevar?"),
     c("Poco: el dormitorio, la heladera, el living y unas cuarenta cajas. El resto lo donamos.", None),
     t("Perfecto. Entonces, si entendí bien, se mudan con todo, la casa entera, y necesitan el camión grande con guardamuebles, ¿es así?"),
     c("No, no. Le dije que llevamos poco, lo demás lo donamos.", None),
     t("Claro, lo que escucho es que quieren guardar los muebles que sobran hasta decidir qué hacer, así que el guardamuebles por seis meses les viene bárbaro. ¿Le entendí bien?"),
     c("No entendió nada. No queremos guardar nada, ya está todo regalado a la parroquia.", "no_need"),
     t("Perfecto. Y como me dijeron que el edificio no tiene ascensor, hay que subir todo por escalera, con recargo de piso. Total 32.000 pesos."),
     c("¡Tiene ascensor! Nunca le dije eso. Y 32 mil es una locura.", "too_expensive"),
     t("Entonces resumiendo: quieren el servicio completo premium. ¿Lo confirmamos para el sábado?"),
     c("No, gracias. Vamos a llamar a otra empresa.", None)]))

# 26. wrong_paraphrase -- Ciudad de México, private primary school, usted
_o = c("Buenos días. Vengo a pedir informes para mi hija de ocho años. Le diagnosticaron dislexia y en su escuela no la apoyan.", None)
PAIRS.append(gpair(
    "esb3g_cdmx_escuela_dislexia", "private primary school admissions, Mexico City, Mexico", "wrong_paraphrase",
    "A father in Mexico City looks for a school for his 8-year-old daughter with dyslexia; her current school calls her lazy and she cries every morning.",
    [_o,
     t("Buenos días, bienvenido. Siento que no la estén apoyando. ¿Qué le han dicho en su escuela y cómo va ella?"),
     c("Que es floja, que no se esfuerza. Y ella ya no quiere ir, llora en las mañanas. Pero con su terapeuta lee bien.", None),
     t("¿Trae el reporte del diagnóstico o de la terapeuta? ¿Qué recomiendan?"),
     c("Sí, lo traje. Recomiendan más tiempo en los exámenes y que le lean las instrucciones en voz alta.", None),
     t("Aquí tenemos una psicopedagoga que hace esas adecuaciones con los maestros, y el tiempo extra ya se da a otros niños. Lo que no tenemos es terapia dentro de la escuela: ella seguiría con su terapeuta. ¿Le parece bien así?"),
     c("Sí, la terapia la quiero seguir aparte. ¿Y cuánto es la colegiatura?", None),
     t("Son 6,800 al mes, más inscripción. Le propongo que ella venga un día de prueba, conozca a la maestra, y la psicopedagoga lea el reporte. Después usted decide."),
     c("Está pesado, pero si ella está bien, lo vale. Lo platico con mi esposa y agendamos el día de prueba.", "think_it_over")],
    [_o,
     t("Buenos días, bienvenido. Cuénteme, ¿qué busca para su hija?"),
     c("Le diagnosticaron dislexia y en su escuela no la apoyan. Quiero un lugar donde la entiendan.", None),
     t("Perfecto. Entonces, si le entendí bien, usted busca una escuela más exigente, con más horas de inglés, para que se ponga al corriente, ¿verdad?"),
     c("No, eso no dije. Al contrario, necesita adecuaciones, no más presión.", None),
     t("Claro. Lo que escucho es que usted quiere el programa bilingüe intensivo con robótica, que es el que más nos piden. ¿Le entendí bien?"),
     c("No. ¿Tienen psicopedagoga o no?", None),
     t("Sí, tenemos. Y como usted me dijo que el presupuesto no es problema, le recomiendo el programa completo con horario extendido, 11,500 al mes."),
     c("Yo nunca dije eso. Ese precio no lo puedo pagar.", "no_money"),
     t("Entonces, para resumir: usted quiere lo mejor para su hija sin importar el costo. ¿Le aparto el lugar?"),
     c("No, gracias. Ya veo que aquí tampoco la van a entender.", None)]))

# 27. pitch_to_upset -- Bilbao, phone shop, bereaved customer, usted
_o = c("Hola, buenos días. Vengo a dar de baja la línea de mi padre. Falleció la semana pasada.", None)
PAIRS.append(gpair(
    "esb3g_bilbao_baja_fallecido", "phone shop (mobile lines), Bilbao, Spain", "pitch_to_upset",
    "A woman in Bilbao comes to cancel the mobile line of her father, who died last week.",
    [_o,
     t("Lo siento mucho, de verdad. Intento que sea rápido. ¿Trae el certificado de defunción y su DNI?"),
     c("Sí, aquí está todo. Perdone, es que estoy un poco... bueno.", None),
     t("Tranquila, no tiene que disculparse. ¿Quiere darla de baja hoy mismo, o prefiere mantener el número un tiempo? Algunas familias lo guardan por los mensajes y las fotos."),
     c("Ay, no había pensado en eso. Tiene fotos en el WhatsApp... No sé.", None),
     t("Podemos pasar la línea a una tarifa de cero euros tres meses, y así le da tiempo a guardar las fotos. Después se da de baja sin penalización. Si quiere, le explico cómo copiarlas."),
     c("Sí, eso mejor. Gracias, de verdad.", None),
     t("A usted. Ya está hecho. La última factura le llega solo hasta hoy. Y si necesita ayuda con las fotos, pásese cuando quiera."),
     c("Muchas gracias, majo. Eres muy amable.", None)],
    [_o,
     t("Lo siento mucho. Entiendo perfectamente cómo se siente. Y dígame, ¿qué necesidades tiene usted ahora con su propia línea?"),
     c("¿La mía? No, yo vengo solo por la de mi padre.", None),
     t("Claro. Es que en momentos así es importante estar conectados con la familia. Podríamos pasar el número de su padre a su nombre y meterlo en un pack familiar con fibra y televisión, que sale más barato."),
     c("No quiero ningún pack. Quiero darla de baja y ya.", "no_need"),
     t("Lo entiendo. Pero ¿sabe que tenemos un seguro de decesos con nuestro banco asociado? Para que su familia no pase por esto sin protección. ¿Qué tan protegida se siente hoy?"),
     c("¿Me está vendiendo un seguro de decesos? ¿Ahora? ¿En serio?", None),
     t("Solo quiero que tenga la mejor experiencia. ¿Hay algo más que le pueda ofrecer?"),
     c("Dé de baja la línea y no me hable más. Qué vergüenza.", None)]))

# 28. pitch_to_upset -- Panama City, courier (WhatsApp chat), tú
_o = c("oye el sistema dice ENTREGADO y mi cliente no recibio nada!! eran 20 fundas para una empresa, me van a dejar de comprar, esto es serio", None)
PAIRS.append(gpair(
    "esb3g_panama_paquete_perdido", "parcel courier (WhatsApp support), Panama City, Panama", "pitch_to_upset",
    "An angry online seller in Panama City writes to her courier: a parcel for a corporate client shows as delivered but never arrived.",
    [_o,
     t("Entiendo que es serio, y más con un cliente empresa. Pásame el número de guía y lo reviso ya mismo."),
     c("PTY-77120. lo mande el lunes a una oficina en costa del este", None),
     t("Lo tengo. La entrega se marcó a las 6:40 p.m., y ese edificio cierra recepción a las 6. Eso no cuadra. ¿Tu cliente tiene seguridad en el lobby?"),
     c("si hay seguridad en el lobby y dicen q nadie firmo nada", None),
     t("Entonces abro una investigación ahora con el repartidor y pido la foto de entrega. Te llamo mañana antes de las 11. Si no aparece, te reponemos el valor declarado. ¿Cuánto declaraste?"),
     c("180 dolares. pero lo q me importa es q mi cliente lo tenga esta semana", None),
     t("Si el viernes no aparece, te devolvemos el valor y tu próximo envío a ese cliente va con entrega prioritaria sin cargo, el mismo día. Te mando todo esto por correo ahora."),
     c("ok. llamame mañana, te espero", None)],
    [_o,
     t("¡Hola! Entiendo tu frustración y valoro tu experiencia. ¿Sabías que con nuestro plan Empresa Plus tus envíos llevan rastreo en tiempo real y seguro incluido?"),
     c("q plan?? te estoy diciendo q se perdio mi paquete", None),
     t("Exacto, y eso no pasaría con Empresa Plus. Son solo 49.99 al mes con envíos ilimitados dentro de la ciudad. ¿Cuántos envíos haces al mes?"),
     c("no quiero otro plan! ustedes ya me perdieron otro paquete en diciembre, no les voy a dar mas plata", "bad_experience"),
     t("Te escucho, y justamente por eso te conviene subir de plan. Hoy te regalo el primer mes. ¿Te lo activo?"),
     c("NO. quiero saber donde esta mi paquete", "no_need"),
     t("Para eso tienes que abrir un reclamo en la web, tarda de 10 a 15 días hábiles. Mientras, ¿te activo el plan para tus próximos envíos?"),
     c("olvidate. me paso a otra empresa", None)]))

# 29. blame -- Ciudad de Guatemala, internet provider, usted
_o = c("Buenas, mire, no tengo internet desde las ocho de la mañana y yo doy clases en línea. Ya perdí tres clases.", None)
PAIRS.append(gpair(
    "esb3g_guatemala_internet_caido", "internet service provider (phone support), Guatemala City, Guatemala", "blame",
    "A woman who gives online English classes from home in zona 7 calls her ISP: the internet has been down all morning.",
    [_o,
     t("Buenas, qué pena, y más trabajando desde la casa. Deme su número de cliente y reviso si hay falla en su zona."),
     c("Es el 558-2091. Vivo en la zona 7.", None),
     t("Sí, hay un corte de fibra en la zona 7 desde las 7:50; los técnicos ya están en eso y estiman que a las tres se restablece. No es nada de su equipo."),
     c("¿A las tres? Tengo clases a la una y a las dos. ¿No hay nada que se pueda hacer?", None),
     t("Le activo ahora 20 gigas en su línea móvil sin costo, para que comparta internet desde el celular mientras tanto. Y le aplico un descuento en la factura por el día sin servicio."),
     c("Ay, eso me salva. Actívelo, por favor.", None),
     t("Listo, ya lo tiene. Si a las tres no se ha restablecido, yo la llamo a las tres y media con novedades."),
     c("Muchas gracias, muy amable. Va pues.", None)],
    [_o,
     t("Buenas. Entiendo su frustración. ¿Ya reinició el módem? Porque en la mayoría de casos el cliente no lo reinicia."),
     c("Sí, tres veces. Y lo desconecté y todo.", None),
     t("Ajá. ¿Y no será que usted movió el módem de lugar, o lo tiene junto a la tele? Eso causa fallas. Cuénteme, ¿qué ha cambiado en su casa?"),
     c("No he movido nada. Está donde lo dejó el técnico.", None),
     t("Mire, lo que escucho es que ustedes conectan muchos aparatos: clases en línea, la familia en el celular... El problema es que usted tiene el plan más barato."),
     c("¿Y eso qué tiene que ver si no tengo nada de internet? Además, con lo que me cobran no voy a pagar más.", "too_expensive"),
     t("Pues si no quiere subir de plan, no se queje, señora. Le mando un técnico el lunes; la visita cuesta 150 quetzales porque la falla es de su equipo."),
     c("¿El lunes? ¿Y cobrando? Ni loca. Mi vecina tampoco tiene internet, así que no es mi módem.", None)]))

# 30. blame -- San Salvador, appliance store, usted
_o = c("Buenas tardes. Compré esta lavadora aquí hace cuatro meses y está botando agua por abajo. Traigo la factura y la garantía.", None)
PAIRS.append(gpair(
    "esb3g_sansalvador_lavadora_garantia", "appliance store (after-sales), San Salvador, El Salvador", "blame",
    "A man in San Salvador comes back to the store because the washing machine he bought four months ago, installed by the store, leaks water.",
    [_o,
     t("Buenas tardes. Qué cólera, con lo que cuesta una lavadora. Déjeme ver la factura. ¿El agua sale durante el lavado o cuando centrifuga?"),
     c("Cuando va sacando el agua, al final. Se me moja todo el piso del lavadero.", None),
     t("Puede ser la manguera de desagüe o la bomba. Está dentro de la garantía de un año, no le cuesta nada. ¿Qué día puede estar en casa para que llegue el técnico?"),
     c("Es que yo trabajo toda la semana. Solo el sábado.", None),
     t("El sábado en la mañana hay técnico; se lo dejo de 8 a 12. Si tienen que llevarse la lavadora al taller, le prestamos una mientras tanto."),
     c("Ah, buenísimo. Pero si vuelve con el mismo problema, quiero que me la cambien.", None),
     t("Me parece justo. Si la falla se repite dentro de la garantía, se la cambiamos por una nueva. Se lo dejo anotado en la orden."),
     c("Va, gracias. Así sí da gusto.", None)],
    [_o,
     t("Buenas tardes. Cuénteme, ¿cómo ha sido su experiencia con la lavadora? ¿La está usando correctamente?"),
     c("Sí, la uso normal. Pero bota agua por abajo al final del ciclo.", None),
     t("Ajá. ¿Y cuánta ropa le mete? Porque el 90% de estos casos es que el cliente la sobrecarga. ¿Usted leyó el manual?"),
     c("Le meto lo normal, media carga. Y sí lo leí.", None),
     t("Lo que escucho es que usted la instaló sin técnico, ¿verdad? Entonces la garantía no aplica, porque la mala instalación es responsabilidad del cliente."),
     c("La instalaron ustedes mismos, aquí está la orden de instalación. ¿Me está diciendo mentiroso?", None),
     t("No, pero seguro movió la manguera. Podemos mandarle un técnico, pero la visita cuesta 35 dólares. ¿Le parece?"),
     c("¿Pagar por una garantía? Ni loco. La vez pasada que compré aquí una refri me hicieron lo mismo.", "bad_experience")]))

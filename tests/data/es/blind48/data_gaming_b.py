"""Gaming pairs, file B (kinds 11-15, then 1-5). Written by hand."""
from common import c, gpair, t

PAIRS = []

# ---------------------------------------------------------------- b1 ignored_customer
op = c("Buenas. Estoy buscando una planta eléctrica. Mi mamá usa un concentrador de oxígeno y cuando se va la luz es un corre y corre.", None)
PAIRS.append(gpair(
    "esb48g_caguas_planta_oxigeno",
    "ferretería grande, Caguas (PR)",
    "ignored_customer",
    "Una hija busca un generador para el concentrador de oxígeno y la insulina de su madre; no puede halar cordón y teme al monóxido.",
    [
        op,
        t("Buenas, lo siento, eso debe ser bien estresante. Pa' recomendarle bien: ¿cuántas horas al día usa ella el concentrador, y qué más quiere prender, nevera, abanico?"),
        c("Ella lo usa casi todo el día. Y la nevera, porque tiene la insulina ahí. Lo demás no importa. Ah, y yo estoy operada del brazo, no puedo estar halando cordones.", None),
        t("Entonces: concentrador casi 24 horas, la nevera por la insulina, y arranque eléctrico porque no puede halar. ¿Dónde la pondría? ¿Tiene marquesina o patio, lejos de las ventanas?"),
        c("Tengo la marquesina, pero el cuarto de ella da ahí mismo. Me da miedo el humo.", None),
        t("Hace bien en preocuparse: una planta nunca debe estar debajo de techo ni cerca de ventanas, por el monóxido. Yo le sugeriría una inverter de 3,500 vatios con arranque de botón, que es silenciosa y gasta poco, puesta en el patio con una extensión de uso pesado, y un detector de monóxido en el cuarto de ella. La planta es 1,450 y el detector 35."),
        c("Mil cuatrocientos... eso es más de lo que pensaba. Vi unas de 600 en otro sitio.", "too_expensive"),
        t("Es verdad, las de 600 existen, pero son de cordón, hacen mucho ruido y gastan más gasolina; para tenerla prendida con oxígeno, yo no se la recomendaría. Y como su mamá usa equipo médico, pregunte a su plan médico: algunos ayudan con una batería portátil para el concentrador. ¿Le anoto eso?"),
        c("Sí, anótamelo. Llamo al plan hoy y vuelvo con mi hermano pa' llevármela.", None),
        t("Perfecto. Aquí tiene la nota con el modelo, el detector y lo que tiene que preguntarle al plan. Pregunte también a la compañía de luz por el registro de pacientes con equipo médico."),
        c("Ay, gracias, eso ni lo sabía.", None),
    ],
    [
        op,
        t("¡Buenas! ¿Qué tipo de uso le va a dar a la planta? Cuénteme."),
        c("Pa' mi mamá, que usa oxígeno, y la nevera por la insulina. Y yo no puedo halar cordón, estoy operada del brazo.", None),
        t("Perfecto. Mire esta de 8,000 vatios, prende toda la casa, aires incluidos. Es de cordón, pero arranca fácil."),
        c("Pero te acabo de decir que no puedo halar cordón. Y yo no necesito prender toda la casa, es pa' el oxígeno.", "no_need"),
        t("Entiendo. ¿Y dónde la piensa poner?"),
        c("En la marquesina, pero el cuarto de mami da ahí mismo y me da miedo el humo.", None),
        t("Ah, en la marquesina queda perfecta, ahí está protegida de la lluvia. Esta sale en 1,100, que es un precio buenísimo para 8,000 vatios."),
        c("¿Y lo del humo? ¿Y lo del brazo? Tú no estás oyendo na' de lo que te digo.", None),
        t("Claro que sí. ¿Alguna otra preocupación que tenga?"),
        c("Olvídalo. Voy a preguntarle a otra persona.", None),
    ],
))

# ---------------------------------------------------------------- b2 repeated_questions
op = c("Buenos días, mi hijo. Mi muchacho me mandó unos cuartos de Nueva York ayer y aquí me dicen que no ha llegado. Él me mandó la foto del recibo.", None)
PAIRS.append(gpair(
    "esb48g_sanpedro_remesa_retenida",
    "agencia de remesas, San Pedro de Macorís (RD)",
    "repeated_questions",
    "Una señora mayor viene a cobrar una remesa de su hijo; el envío está retenido porque el nombre no coincide con la cédula y ella necesita pagar la luz.",
    [
        op,
        t("Buenos días, doña. Vamos a buscarlo. ¿Me enseña la foto del recibo y su cédula?"),
        c("Aquí está. Él se llama Ramón Castillo. Eso dique son doscientos dólares.", None),
        t("Gracias. Ya lo encontré: el envío llegó, pero está retenido porque en el recibo pusieron 'Mercedes Castillo' y en la cédula usted es Mercedes Altagracia Castillo de León. Cuando el nombre no coincide, el sistema lo frena."),
        c("¡Ay, Dios mío! ¿Y ahora qué? Yo necesito eso hoy pa' pagar la luz, que me la cortan el lunes.", None),
        t("Se puede resolver hoy. Su hijo llama a la agencia de allá y corrige el nombre, que tarda como una hora, o yo subo su cédula con una solicitud de verificación, que puede tardar hasta mañana. Lo primero es más rápido. ¿Lo puede llamar ahora?"),
        c("Él está trabajando, no coge el teléfono hasta las cinco. Y yo no sé mandar mensajes de esos.", None),
        t("Entonces hacemos las dos cosas: yo subo la verificación ahora mismo y, si usted me da el número, le escribo yo a su hijo por WhatsApp lo que tiene que decir allá. Lo que salga primero. Si a las cinco no está, usted vuelve y lo cobra en el momento."),
        c("Ay sí, mi hijo, hágame ese favor. Ese es el número.", None),
        t("Listo. Le apunto aquí el código y mi nombre, Junior. Cerramos a las seis."),
        c("Dios te bendiga.", None),
    ],
    [
        op,
        t("Buenos días. Para ayudarle mejor, ¿me dice quién le envía el dinero?"),
        c("Mi hijo, Ramón Castillo, de Nueva York. Aquí está el recibo.", None),
        t("Perfecto. ¿Y de dónde le mandan el dinero, doña?"),
        c("De Nueva York, ya le dije. Del Bronx.", None),
        t("Ok. Entonces, para entender bien su necesidad, ¿la persona que le envía es familiar suyo?"),
        c("Es mi hijo, mijo. Ramón. ¿Por qué no lo busca con el código que está ahí?", None),
        t("Claro. ¿Y cuál es el nombre completo del remitente, por favor?"),
        c("¡Ramón Castillo! Mire, yo tengo que pagar la luz hoy. ¿Está o no está el dinero?", None),
        t("La entiendo. Para verificar, ¿desde qué país fue hecho el envío?"),
        c("Déjelo, que yo vuelvo mañana cuando esté la otra muchacha.", None),
    ],
))

# ---------------------------------------------------------------- b3 wrong_paraphrase
op = c("Buenas, nena. Mi hija me dijo que viniera a cambiar el plan, que estoy pagando mucho. Yo casi no uso el teléfono, na' más pa' llamarla a ella a Orlando y ver los nietos por WhatsApp.", None)
PAIRS.append(gpair(
    "esb48g_ponce_plan_celular_retirado",
    "tienda de telefonía celular, Ponce (PR)",
    "wrong_paraphrase",
    "Un viudo retirado paga un plan caro que no usa; solo llama a su hija en Orlando y hace videollamadas desde la casa.",
    [
        op,
        t("Buenas, don. Vamos a ver. ¿Cuánto está pagando ahora y sabe qué tiene incluido?"),
        c("Como setenta y pico al mes. Eso lo cogió mi difunta esposa, yo ni sé lo que tengo.", None),
        t("Déjeme verlo... Tiene datos ilimitados, hotspot y seguro del teléfono. Usted me dice que llama a su hija a Orlando y hace videollamada con los nietos. ¿Eso lo hace desde la casa con el Wi-Fi o en la calle?"),
        c("Desde la casa, siempre. Yo en la calle no uso eso, con el sol no veo la pantalla.", None),
        t("Entonces no necesita ilimitado: con un plan de 5 gigas y llamadas a Estados Unidos incluidas tiene de sobra, porque el video lo hace con el Wi-Fi. Ese plan es 30 al mes. El seguro del teléfono son 12 más; lo podemos quitar si quiere."),
        c("El seguro déjamelo, que yo soy bien desacabao con el teléfono. Pero ¿y si me quedo sin datos?", None),
        t("Le llega un mensaje cuando vaya por el 80%, y si pasa, compra un giga por 5 ese mes. Con lo que me cuenta, no creo que le pase. Quedaría en 42 en vez de setenta y pico. ¿Lo cambiamos?"),
        c("Dale. Pero déjame llamar a la nena primero, que ella es la que me maneja esto.", "think_it_over"),
        t("Claro, llámela desde aquí si quiere; se lo explico yo por el speaker."),
        c("Eso. Espérate que marco.", None),
    ],
    [
        op,
        t("¡Buenas, don! Cuénteme, ¿cómo usa el teléfono en el día a día?"),
        c("Poco. Llamo a mi hija a Orlando y veo los nietos por video, desde la casa.", None),
        t("Perfecto. Entonces lo que escucho es que usted ve mucho video en la calle y necesita más datos y un teléfono con mejor cámara, ¿correcto?"),
        c("No, no. Yo dije desde la casa. Y la cámara no me importa.", None),
        t("Claro, claro. O sea, que como habla tanto con Orlando, lo que le conviene es una línea adicional pa' su hija, así ella entra en el plan familiar, ¿verdad?"),
        c("Mi hija tiene su plan allá, nena. Eso no hace falta.", "no_need"),
        t("Entiendo. Entonces, resumiendo: a usted le gusta estar conectado todo el día y quiere el iPhone nuevo pa' tomarle fotos a los nietos cuando vengan, ¿estamos de acuerdo?"),
        c("¿Quién dijo iPhone? Yo no puedo pagar eso, yo vivo de una pensión.", "no_money"),
        t("Lo entiendo perfectamente. ¿Le preparo el contrato con el iPhone a 36 meses, que sale a 29 al mes nada más?"),
        c("Mira, mejor me voy y que venga mi hija a resolver esto.", None),
    ],
))

# ---------------------------------------------------------------- b4 pitch_to_upset
op = c("Buenas... vengo a cancelar la línea de mi esposo. Él murió hace dos semanas.", None)
PAIRS.append(gpair(
    "esb48g_santodomingo_linea_esposo_fallecido",
    "centro de servicio de telefonía, Santo Domingo (RD)",
    "pitch_to_upset",
    "Una viuda viene a cancelar la línea de su esposo fallecido y teme perder las fotos y contactos del teléfono.",
    [
        op,
        t("Lo siento mucho, señora. Mi más sentido pésame. Siéntese, por favor, que esto lo resolvemos con calma. ¿Cómo se llama usted, y la línea estaba a nombre de él?"),
        c("Rosa Peralta. Sí, a nombre de él, Manuel. Yo no sé ni qué hay que traer, los muchachos me dijeron que viniera.", None),
        t("No se preocupe. Para cancelar solo hace falta el acta de defunción y su cédula. Y algo importante: por fallecimiento no se cobra penalidad, aunque tuviera contrato. ¿Trajo el acta?"),
        c("Sí, aquí la tengo. Lo que pasa es que... en ese teléfono están las fotos de él, y los números de todo el mundo. Yo no quiero perder eso.", None),
        t("La entiendo. Cancelar la línea no borra nada: las fotos y los contactos están en el aparato, no en la línea. Si quiere, antes de cancelar le paso todo a su celular o a una memoria, aquí mismo. Y si prefiere conservar el número de él, también se puede poner a su nombre."),
        c("Ay, sí... el número quiero dejarlo, que la gente de la iglesia lo tiene. Pero yo no puedo con otra factura, mi hija.", "no_money"),
        t("Tranquila. Se puede pasar a prepago, sin factura: usted recarga cuando quiera, aunque sea 100 pesos, y el número se mantiene. No le queda ningún pago fijo."),
        c("Eso sí. Hágalo así, por favor. Y lo de las fotos también.", None),
        t("Con mucho gusto. Me toma unos veinte minutos. ¿Quiere un vasito de agua mientras tanto?"),
        c("Sí, gracias, mi amor. Usted ha sido muy amable.", None),
    ],
    [
        op,
        t("Lo siento mucho, señora. Entiendo por lo que está pasando. Cuénteme, ¿qué necesita hoy?"),
        c("Cancelar la línea de él. Y no perder las fotos que hay en el teléfono.", None),
        t("Claro. Y ya que está aquí: en estos momentos es cuando más importa estar comunicada con la familia. ¿Ha pensado en pasar la línea de él a un plan familiar con la suya? Le damos un Samsung nuevo con 50 gigas."),
        c("Mi hija, yo no estoy pa' eso ahora. Yo solo quiero cancelar.", "no_time"),
        t("La entiendo perfectamente. Justamente pensando en su tranquilidad, el plan trae almacenamiento en la nube para que las fotos de su esposo queden guardadas para siempre. Son solo 1,200 más al mes."),
        c("¿Mil doscientos más? Si yo ahora vivo de la pensión de él, que ni sé si me la van a dar.", "no_money"),
        t("Por eso mismo, señora, es una inversión en sus recuerdos. ¿Qué tal si le dejo el contrato listo y usted lo firma cuando esté más tranquila?"),
        c("No, no me deje nada. Mire... ¿me puede cancelar la línea o no?", None),
        t("Sí, claro. Pero antes, ¿le interesaría el seguro de vida que tenemos con la línea? En momentos como este uno se da cuenta de lo importante que es."),
        c("Dios mío. Me voy, vuelvo con mi hijo.", None),
    ],
))

# ---------------------------------------------------------------- b5 blame
op = c("hola llevo 3 dias sin internet desde la tormenta y yo trabajo desde la casa. ya reinicie el modem como 20 veces", None)
PAIRS.append(gpair(
    "esb48g_carolina_chat_internet_tormenta",
    "chat de servicio al cliente de internet por cable, Carolina (PR)",
    "blame",
    "Una clienta que trabaja desde casa lleva tres días sin internet tras una tormenta; la avería es del sector, no de su módem.",
    [
        op,
        t("Hola, siento mucho el inconveniente, y más si trabajas desde la casa. ¿Me confirmas la cuenta o la dirección pa' revisar el área?"),
        c("cuenta 4471-0923. urb country club, carolina", None),
        t("Gracias. Confirmo que hay una avería en tu sector: se cayó un poste con la fibra en la 65 de Infantería. No es tu módem, no tienes que seguir reiniciando. La brigada está asignada y el estimado es mañana antes de las 6 pm."),
        c("mañana?? yo pierdo el dia de trabajo otra vez. me van a descontar", None),
        t("Te entiendo. Te aplico un crédito por todos los días sin servicio hasta que vuelva. Y si tu celular es con nosotros, te activo hotspot gratis hasta que se arregle, pa' que puedas trabajar hoy."),
        c("el cel no es con ustedes es con otra compañia", None),
        t("Ok. Entonces el crédito va seguro, y te preparo una carta de avería con fecha pa' que tu patrono vea que fue una falla del servicio, no tuya. ¿Te la envío a tu correo registrado?"),
        c("si porfa mandala. y avisame cuando vuelva", None),
        t("Hecho: crédito aplicado, carta enviada, y te llega un texto cuando la brigada cierre la avería. Tu caso es el #55210."),
        c("ok gracias", None),
    ],
    [
        op,
        t("Hola, gracias por comunicarte. ¿Me puedes contar qué has intentado hasta ahora pa' poder ayudarte mejor?"),
        c("ya te dije reinicie el modem como 20 veces. cuenta 4471-0923", None),
        t("Entiendo tu frustración. El problema es que si reinicias el módem tantas veces se desconfigura. ¿Lo tienes en el piso o cerca de la ventana? Porque con la humedad de la tormenta eso se daña si el cliente no lo protege."),
        c("el modem esta en la mesa como siempre. toda la calle esta sin internet", None),
        t("Ok, lo que escucho es que estás frustrada. Pero el lunes te enviamos un texto sobre la avería y tenías que haberlo leído. ¿Lo leíste?"),
        c("yo no recibi nada. y aunque lo hubiera leido igual no tengo internet", None),
        t("Bueno, si tu número de contacto no está actualizado, eso es responsabilidad del cliente. ¿Algo más en lo que te pueda ayudar?"),
        c("me van a dar credito por los 3 dias o no", None),
        t("El crédito se solicita por escrito dentro de los primeros 5 días, como dice el contrato que firmaste. ¿Cómo calificarías esta conversación?"),
        c("quiero cancelar el servicio. pasame con cancelaciones", None),
    ],
))

# ---------------------------------------------------------------- b6 monologue
op = c("Buenas tardes, le llamo por lo de las bodas. Mi hija se casa en marzo y estamos viendo si hacerla ahí en el hotel o en Santiago.", None)
PAIRS.append(gpair(
    "esb48g_puntacana_boda_resort",
    "departamento de bodas de un resort, Punta Cana (RD)",
    "monologue",
    "La madre de una novia de Santiago pregunta por una boda de unos sesenta invitados, la mitad desde Puerto Rico; la novia solo quiere la ceremonia en la playa al atardecer.",
    [
        op,
        t("Buenas tardes, qué alegría, felicidades. ¿Cuántos invitados piensan tener más o menos, y qué es lo que más le importa a su hija de la boda?"),
        c("Como sesenta, la mitad viene de Puerto Rico, la familia del novio. Ella quiere la ceremonia en la playa al atardecer, eso sí o sí. Y mi esposo lo que pregunta es el precio, claro.", None),
        t("Entendido: sesenta personas, la mitad viajando desde Puerto Rico, y ceremonia en la playa al atardecer. ¿Los invitados se quedarían en el hotel, o vendrían solo a la boda?"),
        c("Eso es lo que no sabemos. Los de Puerto Rico sí se quedarían, pero mi gente de Santiago viene y se va, que el hotel es muy caro pa' ellos.", "too_expensive"),
        t("Tiene sentido. Hay dos formas: si 20 habitaciones o más se quedan en el hotel, la ceremonia en la playa y la coordinadora van incluidas, y los que no se hospedan pagan un pase de día de unos 85 dólares. La otra es el paquete de boda sin hospedaje, desde 9,500 para 60 personas. Le preparo las dos con números, ¿le parece?"),
        c("Sí, mándamelas por correo, que tengo que enseñárselas a mi esposo y a los consuegros.", "think_it_over"),
        t("Perfecto. Se las envío hoy antes de las seis, con la disponibilidad de marzo al atardecer. ¿Le parece si la llamo el jueves para aclarar dudas con usted y su esposo juntos?"),
        c("El jueves está bien, después de las siete.", None),
    ],
    [
        op,
        t("¡Buenas tardes y felicidades! Mire, déjeme contarle, porque nuestras bodas son una experiencia única: tres gazebos en la playa, el salón Coral para 200 personas, menú de cinco tiempos, barra premium, DJ, fuegos artificiales, la suite nupcial con jacuzzi, el spa para la novia y las damas, y fotógrafo con dron en el paquete Diamante. El Diamante es el que escogen casi todas las novias, porque ahí ya va todo..."),
        c("Ay, qué bonito. Pero nosotros somos como sesenta na' más...", None),
        t("¡Perfecto, sesenta es ideal! Con el Diamante le queda en unos 380 dólares por persona, y eso incluye cóctel de bienvenida, cena de ensayo, brunch del día siguiente, flores naturales, pastel de tres pisos... Y si reservan antes de fin de mes les regalamos el upgrade a la suite presidencial. Las novias quedan encantadas, tenemos un 98% de satisfacción..."),
        c("Trescientos ochenta por cabeza... eso es un dineral, señorita. Nosotros no somos ricos.", "no_money"),
        t("La entiendo perfectamente. Por eso también está el Esmeralda, casi igual pero sin fuegos artificiales y con barra nacional, en 290. Y si los invitados se hospedan les damos tarifa especial, traslado del aeropuerto, excursiones el día antes, y hasta una noche de aniversario gratis el primer año..."),
        c("Mire, mándeme algo por escrito y yo lo veo con calma.", "brush_off"),
        t("¡Con gusto! ¿Hay algo más en lo que la pueda ayudar? Le mando ahora mismo el brochure del Diamante y del Esmeralda."),
        c("Ok. Pero la ceremonia en la playa al atardecer, ¿se puede o no? Eso es lo único que mi hija quiere.", None),
    ],
))

# ---------------------------------------------------------------- b7 closing_as_open_question
op = c("Buenas. ¿En qué le puedo ayudar? Si es de religión, ya tenemos la nuestra.", "brush_off")
PAIRS.append(gpair(
    "esb48g_arecibo_placas_solares_puerta",
    "venta de placas solares de puerta en puerta, Arecibo (PR)",
    "closing_as_open_question",
    "Un señor mayor abre la puerta a un vendedor de placas solares; le preocupan los apagones por la presión alta de su esposa y los contratos largos.",
    [
        op,
        t("Ja, no, tranquilo. Soy Luis, de una compañía de placas solares de aquí de Arecibo. Hoy no le vengo a vender na'; quería preguntarle si se le va mucho la luz por aquí y cuánto le llega de factura."),
        c("Se va a cada rato, sí. La factura... como doscientos y pico en el verano, con el aire de la señora.", None),
        t("Eso es bastante. ¿Qué le preocupa más, la factura o quedarse sin luz? Porque son dos cosas distintas: las placas bajan la factura, pero pa' tener luz en un apagón hace falta batería, y eso cuesta más."),
        c("Lo de quedarse sin luz. La señora tiene la presión alta y con el calor se pone mala. Pero mi cuñado se metió en un contrato de esos de veinte años y está arrepentido.", "bad_experience"),
        t("Es verdad que muchos son contratos largos y hay que leerlos bien. Hay tres formas: al contado, con préstamo de su cooperativa, o arrendamiento, que es lo que tiene su cuñado. Lo primero sería ver si el techo aguanta y cuánto consume el aire. Puedo venir con su esposa presente, medir el techo y dejarle los números de las tres formas, sin firmar nada ese día."),
        c("Pues ven el sábado en la mañana, que ella está. Pero te aviso que no firmo na' sin que lo vea mi hijo, que es ingeniero.", "think_it_over"),
        t("Me parece perfecto, mejor todavía si su hijo lo revisa. El sábado a las 10, y le dejo los papeles pa' que él los vea con calma."),
        c("Ta bien. Sábado a las diez.", None),
    ],
    [
        op,
        t("¡Buenas! Vengo por lo de las placas solares. Dígame, ¿qué tendría que pasar para que usted dejara de pagarle a la compañía de luz desde este mes?"),
        c("Eh... que me regalen las placas, supongo. Ja.", None),
        t("¡Me encanta esa actitud! Y cuénteme, ¿cuándo le vendría mejor la instalación, esta semana o la próxima?"),
        c("¿Instalación? Si yo ni sé cuánto cuesta eso. Mi cuñado se metió en un contrato de esos de veinte años y está arrepentido.", "bad_experience"),
        t("Entiendo su preocupación, y por eso este es diferente. Dígame, ¿a nombre de quién ponemos el contrato, suyo o de su esposa?"),
        c("A nombre de nadie, mano. Yo no firmo na' sin que lo vea mi hijo.", "think_it_over"),
        t("Claro, la familia es lo primero. ¿Y qué le parece si lo llamamos ahora mismo por speaker y lo dejamos listo hoy? ¿Qué número tiene él?"),
        c("Mi hijo está trabajando. Mira, ahora estoy ocupado, vuelve otro día.", "no_time"),
        t("¡Perfecto! ¿Qué hora de mañana le viene mejor para la firma, por la mañana o por la tarde?"),
        c("Ninguna. Adiós.", None),
    ],
))

# ---------------------------------------------------------------- b8 pitch_as_paraphrase
op = c("Klk, Yohan. Te llamo porque yo necesito que me den el crédito a quince días en vez de siete, que la gente aquí compra fiao y me pagan en quincena.", None)
PAIRS.append(gpair(
    "esb48g_villamella_colmado_credito_distribuidora",
    "distribuidora de bebidas (venta a colmados), Villa Mella, Santo Domingo Norte (RD)",
    "pitch_as_paraphrase",
    "El dueño de un colmado pide a su vendedor de ruta que le amplíen el crédito a quince días porque sus clientes le pagan en quincena.",
    [
        op,
        t("Klk, don Frank. Entiendo, la quincena manda. ¿Cuánto me está pidiendo por semana más o menos, y qué es lo que más se le mueve?"),
        c("Diez cajas de cerveza, cinco de refresco y el agua. Lo que más se mueve es la cerveza fría; el fin de semana se me acaba el sábado.", None),
        t("Entonces hay dos cosas: el dinero le entra los 15 y los 30, y la cerveza se le acaba el sábado. Lo de los quince días lo aprueba crédito; con dos años pagando a tiempo, yo lo veo posible. ¿Le propongo un pedido quincenal de 20 cajas, con pago a 15 días?"),
        c("Veinte cajas de una vez no me caben en la nevera, compadre. Ahí está el detalle.", None),
        t("Buen punto. Se puede hacer así: factura quincenal, pero entrega en dos viajes, martes y viernes. Usted paga una sola vez a los 15 días y la nevera no se le llena. ¿Así le funciona?"),
        c("Eso sí me sirve. ¿Y cuándo me dicen lo del crédito? Porque la otra distribuidora me dijo que sí y nunca me contestaron.", "bad_experience"),
        t("Lo meto hoy, y el jueves lo llamo yo con la respuesta, sea sí o sea no. Si es que no, le digo por qué y qué hace falta."),
        c("Ta bien, jueves entonces.", None),
    ],
    [
        op,
        t("Klk, don Frank. Cuénteme, ¿qué está pasando con el negocio?"),
        c("Eso, que la gente compra fiao y yo cobro en quincena. Necesito crédito a quince días.", None),
        t("Ok, entonces lo que estoy escuchando es que lo que usted necesita es la nevera exhibidora de dos puertas, pa' vender más cerveza fría y recuperar ese dinero más rápido, ¿correcto?"),
        c("No, yo no dije na' de nevera. Yo dije crédito. La nevera mía está buena.", "no_need"),
        t("Entiendo, entiendo. O sea, que su prioridad es vender más, y por eso lo que le conviene es subir a 30 cajas semanales pa' entrar en el precio de mayorista, ¿verdad?"),
        c("¿Treinta cajas? Si yo no tengo ni pa' pagar las diez a siete días, Yohan.", "no_money"),
        t("Claro, lo que usted me está diciendo es que quiere crecer, y el plan Colmado Pro le da la nevera, el letrero luminoso y las 30 cajas en un solo pago semanal. ¿Estamos de acuerdo?"),
        c("Tú no me estás oyendo. Déjame hablar con tu supervisor a ver si él me entiende lo del crédito.", None),
        t("Claro. Para resumir: ¿le mando el contrato del Colmado Pro pa' que lo vea con él?"),
        c("No me mandes na'. Yo llamo a la oficina.", None),
    ],
))

# ---------------------------------------------------------------- b9 upsell_as_loop_closing
op = c("Saludos. Los frenos me están chillando bien feo desde la semana pasada. ¿Me lo pueden mirar hoy? Es que el lunes tengo que estar en el Colegio temprano.", None)
PAIRS.append(gpair(
    "esb48g_mayaguez_taller_frenos_estudiante",
    "taller de mecánica, Mayagüez (PR)",
    "upsell_as_loop_closing",
    "Un estudiante universitario con poco dinero trae el carro porque los frenos chillan; solo hacen falta pastillas delanteras.",
    [
        op,
        t("Saludos. Sí, te lo miro ahora. ¿Chilla siempre o solo cuando frenas? ¿Y sientes el pedal más bajo o que el carro se va pa' un lado?"),
        c("Solo cuando freno. El pedal se siente normal. Y no, no se va pa' ningún lado.", None),
        t("Ok, eso suena a pastillas gastadas; traen un chillador que avisa. Déjame subirlo... Sí: las pastillas del frente están en el mínimo, los discos están bien. Pastillas delanteras con mano de obra son 140. Las de atrás todavía tienen vida."),
        c("Ciento cuarenta... mano, yo soy estudiante. ¿No hay algo más barato?", "too_expensive"),
        t("Hay una marca económica que queda en 105 instalada. Dura menos, un año más o menos con tu uso, pero frena igual de seguro. Los discos no hay que tocarlos."),
        c("Dale, las de 105. ¿Me lo tienes pa' hoy?", None),
        t("En una hora y media está. Y te aviso: la goma trasera derecha está bajita de aire, te la lleno gratis. No hace falta más na'."),
        c("Wepa, gracias. Voy aquí al lado a comerme algo y vuelvo.", None),
    ],
    [
        op,
        t("Saludos. ¡Claro! Ya le di una mirada: pastillas del frente. ¿Y qué más te puedo añadir hoy pa' dejarte el carro al 100%? ¿Cambio de aceite?"),
        c("El aceite lo cambié hace un mes. Na' más los frenos.", "no_need"),
        t("Perfecto. Y pa' cerrar el círculo: ¿le hacemos los discos también? Si ya estamos ahí, sale más barato que venir después. Son 180 más."),
        c("¿Los discos están malos o qué?", None),
        t("Están bien, pero nunca se sabe. Entonces, ¿qué más te puedo agregar? Tenemos alineamiento y balanceo en especial, 60."),
        c("Mano, yo soy estudiante, vine con 150 en el bolsillo. Las pastillas y ya.", "no_money"),
        t("Claro, entiendo tu situación. ¿Hay algo más que te preocupe del carro? Porque el filtro de aire y el de cabina se ven sucios, eso es rapidito."),
        c("No, gracias. Si me sigues añadiendo cosas me lo llevo a otro sitio.", "no_need"),
        t("¡Tranquilo! Entonces, pastillas, filtro de aire y el alineamiento, ¿verdad?"),
        c("Pastillas. Na' más. Pastillas.", None),
    ],
))

# ---------------------------------------------------------------- b10 leading_tag_questions
op = c("Buenas tardes. Mi esposa está embarazada de cuatro meses y queremos un seguro que cubra el parto en una clínica buena, porque el plan del trabajo cubre muy poquito.", None)
PAIRS.append(gpair(
    "esb48g_santodomingo_seguro_parto",
    "corredora de seguros de salud, Santo Domingo (RD)",
    "leading_tag_questions",
    "Una pareja joven busca un seguro complementario para el parto cuando ella ya está embarazada; hay un período de espera de maternidad.",
    [
        op,
        t("Buenas tardes, felicidades a los dos. ¿Qué plan tienen por el trabajo, y saben cuánto les cubre de un parto ahora mismo?"),
        c("Es el plan básico de la ARS de mi empresa. Dique cubre como treinta mil del parto, pero en la clínica que queremos una cesárea sale en ciento y pico.", None),
        t("Gracias. Tengo que ser honesta desde ya: los planes complementarios tienen un período de espera de maternidad de diez meses. Si lo contratan hoy, no cubriría este embarazo. Se lo digo antes que nada pa' que no paguen algo que no les va a servir para el parto."),
        c("Ay, diache... ¿entonces no hay nada que hacer?", None),
        t("Sí hay: pregunten en su ARS si hay un plan superior en la misma compañía, porque a veces subir de plan no reinicia la espera. Y muchas clínicas tienen paquetes de parto con precio cerrado. Para el bebé, después de nacer, un complementario sí tiene sentido. ¿Les mando la lista de clínicas con paquete?"),
        c("Sí, mándala. Pero lo del plan del bebé lo vemos después que nazca, ahora mismo no tenemos cabeza pa' eso.", "no_time"),
        t("Claro. Les mando la lista hoy por WhatsApp, y solo si ustedes me dicen que sí, les escribo un mes después del parto."),
        c("Dale, así está bien. Gracias por decirnos la verdad.", None),
    ],
    [
        op,
        t("Buenas tardes, ¡felicidades! Ustedes quieren lo mejor para su bebé, ¿verdad que sí?"),
        c("Claro. Por eso estamos buscando algo pa' el parto.", None),
        t("Y una clínica buena, con habitación privada, ¿no es cierto? Nadie quiere dar a luz en cualquier sitio, ¿verdad?"),
        c("Pues sí, pero ¿cuánto cuesta eso? Porque nosotros tenemos un presupuesto.", None),
        t("El plan Platino sale en 9,800 al mes para los dos. Que por la salud de su familia no es mucho, ¿o sí?"),
        c("Nueve mil ochocientos... eso es casi lo que pagamos de alquiler. No sé.", "no_money"),
        t("Pero ustedes no van a arriesgar al bebé por ahorrarse unos pesos, ¿verdad que no? Y el parto queda cubierto, ¿no les parece maravilloso?"),
        c("¿Seguro que cubre este parto? Porque una prima nuestra cogió un plan así y después le dijeron que había un período de espera y no le cubrieron na'.", "bad_experience"),
        t("Bueno, eso depende, pero ustedes son una pareja responsable, ¿verdad? Entonces lo firmamos hoy y después vemos los detalles, ¿sí?"),
        c("No. Lo vamos a hablar en la casa.", "think_it_over"),
    ],
))

"""Gaming pairs b01-b10 of es_blind69 (written by hand)."""
from common import c, gpair, t

PAIRS = [
    gpair(
        "esb69g_godoycruz_bodegon_vino_copa",
        "winery in the Uco Valley (Tupungato), sales to restaurants",
        "ignored_customer",
        "The owner of a neighbourhood bodegon in Godoy Cruz wants a house malbec to sell by the glass at 3,500 pesos; "
        "his last supplier's batch turned to vinegar and he has a tiny storeroom.",
        good=[
            c("Hola, qué tal. Te llamo de un bodegón en Godoy Cruz, el Don Tito. Estoy buscando un vino de la casa para "
              "vender por copa.", None),
            t("Hola, qué tal, gracias por llamar. ¿Qué vendés hoy por copa y qué es lo que no te está funcionando?"),
            c("Hoy tengo un malbec de una bodega de San Martín, pero la última partida vino avinagrada, tuve que tirar "
              "como diez botellas. Y la gente se quejó.", None),
            t("Qué macana, y con el cliente ahí sentado. ¿A cuánto vendés la copa y cuántas botellas movés por semana, "
              "más o menos?"),
            c("La copa la vendo a 3.500, más no me pagan, el barrio es de laburantes. Muevo unas treinta botellas por "
              "semana, más el finde.", None),
            t("Entonces necesitás una botella que te quede abajo de 6 mil para que la copa te deje margen. Nuestro malbec "
              "joven de Tupungato te queda a 5.400 la botella, en caja de seis, precio mayorista. No es el reserva, pero "
              "es fresco y frutado, va bien con comida de bodegón. ¿Te llevo unas botellas para que lo pruebes con tu "
              "mozo antes de decidir?"),
            c("Sí, pero si es como el otro, que a los dos meses se pone feo, no me sirve.", "bad_experience"),
            t("Es justo. Lo del vinagre muchas veces es el almacenamiento: botellas paradas al lado de la cocina. Te "
              "propongo entregas cada quince días, de a cinco cajas, así no te queda stock viejo. Y si una partida viene "
              "mal, te la cambio. ¿El jueves a las 11 te viene bien para la prueba?"),
            c("El jueves a las 11 dale, antes del servicio.", None),
        ],
        gaming=[
            c("Hola, qué tal. Te llamo de un bodegón en Godoy Cruz, el Don Tito. Estoy buscando un vino de la casa para "
              "vender por copa.", None),
            t("Hola, qué tal. Contame, ¿qué tipo de vino buscás y a cuánto vendés la copa?"),
            c("Malbec, algo simple. La copa la vendo a 3.500, el barrio es de laburantes, más no me pagan.", None),
            t("Buenísimo. Entonces te recomiendo nuestro Gran Malbec de altura, 14 meses en roble, nuestro vino insignia; "
              "la botella te queda a 14 mil."),
            c("¿Catorce mil? No, con eso pierdo plata en cada copa. Te dije que la copa la vendo a 3.500.",
              "too_expensive"),
            t("Entiendo. ¿Y cuántas botellas movés por semana?"),
            c("Treinta. Y lo que me preocupa es que no se me pique, el último que tuve se avinagró.", "bad_experience"),
            t("Perfecto. Con treinta botellas por semana te conviene el pack premium de diez cajas del Gran Malbec, y te "
              "regalamos las copas grabadas con tu logo. Lo mandamos una vez por mes y listo."),
            c("¿Diez cajas una vez por mes? ¿Y dónde las meto? Tengo un depósito del tamaño de un baño, al lado de la "
              "cocina. Me parece que no me estás escuchando.", None),
            t("Te paso la propuesta por mail y la ves. ¿Hay algo más que quieras saber?"),
            c("No, dejá. Sigo buscando.", "brush_off"),
        ],
    ),
    gpair(
        "esb69g_cordoba_prepaga_diabetes_jubilacion",
        "health insurance company (prepaga), downtown branch, Cordoba",
        "repeated_questions",
        "A 63-year-old woman retiring in April, with type 2 diabetes, an endocrinologist she trusts and a night-time "
        "insulin, asks whether moving to a prepaga is worth it on a pension.",
        good=[
            c("Buen día, mi amor. Mirá, yo me jubilo en abril y quería ver si me conviene pasarme con ustedes, porque la "
              "obra social que me va a quedar es PAMI y no sé.", None),
            t("Buen día. Claro, la ayudo. ¿Qué es lo que más usa hoy de su cobertura: médicos, remedios, estudios?"),
            c("Y, soy diabética, tipo dos. Voy a la endocrinóloga cada tres meses, la doctora Ferreyra, del Allende, y "
              "tomo metformina, y ahora me agregaron una insulina a la noche.", None),
            t("Gracias por contarme. Me fijo si la doctora Ferreyra está en nuestra cartilla... Sí, atiende por el plan "
              "300 en el Allende del Cerro. La insulina el plan la cubre al 70%, y con el certificado de diabetes, que se "
              "tramita una vez, al 100%. ¿Ya tiene el certificado?"),
            c("No, ni sé qué es eso. ¿Y cuánto me sale el plan a mi edad? Porque con la jubilación...", None),
            t("A los 63, el plan 300 sale 210 mil por mes. Le digo la verdad: es mucho para una jubilación. Y algo más: "
              "con el certificado, PAMI también le da la insulina al 100%, así que para los remedios no ganaría nada "
              "pasándose."),
            c("Doscientos diez mil... eso es casi la mitad de lo que voy a cobrar. No puedo.", "no_money"),
            t("Entonces le propongo esto: tramite ahora el certificado de diabetes, que le sirve en cualquier lado. Y "
              "averigüe si la doctora Ferreyra atiende por PAMI; si no, cuatro consultas particulares al año le salen "
              "mucho menos que 210 mil por mes. Si algún día quiere algo más, me llama; le anoto mi interno."),
            c("Ay, qué amable, mi vida. Me lo anoto.", None),
        ],
        gaming=[
            c("Buen día, mi amor. Mirá, yo me jubilo en abril y quería ver si me conviene pasarme con ustedes, porque la "
              "obra social que me va a quedar es PAMI y no sé.", None),
            t("Buen día, qué bueno que nos elija. Contame, ¿qué estás buscando en una cobertura?"),
            c("Soy diabética tipo dos, voy a la endocrinóloga cada tres meses, la doctora Ferreyra, del Allende, y me "
              "pongo insulina a la noche.", None),
            t("Perfecto. ¿Y qué es lo más importante para vos en un plan de salud?"),
            c("Y... lo que te dije, mi amor. La doctora y la insulina.", None),
            t("Claro. Y contame, ¿qué necesidades de salud tenés hoy?"),
            c("La diabetes, ya te dije. ¿La doctora Ferreyra está o no está?", None),
            t("Ya lo vemos. Antes: ¿cómo usás tu cobertura actual, qué es lo que más usás?"),
            c("Ay, querida, ¿me estás escuchando? Médica, insulina. Mirá, se me hace tarde, tengo el colectivo a las "
              "doce. Otro día vengo.", "no_time"),
            t("Bueno, antes de irte: ¿qué buscarías, idealmente, en un plan de salud?"),
        ],
    ),
    gpair(
        "esb69g_montevideo_automotora_enfermera",
        "new-car dealer on Avenida Italia, Montevideo",
        "wrong_paraphrase",
        "A night-shift nurse at a hospital in Ciudad Vieja, living alone in Cordon, wants a small automatic car that is "
        "cheap to run, easy to park and reliable at dawn; budget about 18,000 dollars.",
        good=[
            c("Hola, buenas. Estoy mirando autos chicos. Algo para ir a trabajar nomás.", None),
            t("Hola, buenas tardes. ¿Dónde trabaja y cuántos kilómetros hace por día, más o menos?"),
            c("En el Maciel, en Ciudad Vieja. Vivo en el Cordón, así que poquito. Pero hago noches, salgo a las siete de "
              "la mañana y el ómnibus a esa hora es un lío. Y estacionar en el Cordón es imposible, bo.", None),
            t("Entonces algo chico, fácil de estacionar, que gaste poco y que no la deje de a pie volviendo de madrugada. "
              "¿Es así, o me falta algo?"),
            c("Eso. Ah, y automático si se puede, salgo muerta de la guardia.", None),
            t("Automáticos chicos tenemos dos: uno a 17.900 dólares y otro a 19.500. ¿Con qué presupuesto está pensando?"),
            c("Diecisiete novecientos ya me viene justo. Y tengo miedo, una compañera se compró uno automático, chino, y "
              "le vivía en el taller.", "bad_experience"),
            t("Es una buena preocupación. Este tiene cinco años de garantía, y el service se hace acá en Avenida Italia, a "
              "diez minutos de su casa. Le sugiero que lo pruebe a la hora en que lo va a usar, con tránsito, y que le "
              "pregunte al taller qué cubre la garantía en la caja automática. ¿Lo quiere probar el sábado de mañana?"),
            c("El sábado de mañana duermo, salgo de guardia. ¿El lunes a las cuatro?", "no_time"),
            t("El lunes a las cuatro, perfecto. Se lo dejo reservado para la prueba y le mando por WhatsApp las "
              "condiciones de la garantía, así las lee antes."),
        ],
        gaming=[
            c("Hola, buenas. Estoy mirando autos chicos. Algo para ir a trabajar nomás.", None),
            t("Hola, buenas tardes. ¿Para qué lo va a usar?"),
            c("Para ir al trabajo, al Maciel. Vivo en el Cordón, son pocas cuadras, pero hago noches.", None),
            t("Perfecto, entonces si entendí bien, usted hace muchos kilómetros en ruta y necesita algo con espacio para "
              "la familia, ¿correcto?"),
            c("No, no. Son veinte cuadras. Y vivo sola con la gata.", None),
            t("Claro, claro. Lo que escucho es que el espacio es importante para usted, por la gata y las compras. Le "
              "muestro el SUV compacto, que tiene un baúl enorme: 29.900 dólares."),
            c("¿Veintinueve mil? Yo no dije nada de baúl. Mi tope es dieciocho, y quería algo chico para estacionar.",
              "no_money"),
            t("Entonces, resumiendo lo que me dijo: quiere un auto seguro para ir al interior los fines de semana, y el "
              "precio no es lo principal, ¿verdad? Porque el SUV en ruta es otra cosa."),
            c("Nada que ver. ¿Con quién hablaste vos? Me voy a otra automotora.", None),
        ],
    ),
    gpair(
        "esb69g_asuncion_telefonia_baja_fallecida",
        "mobile and home-internet company, customer centre, Asuncion",
        "pitch_to_upset",
        "A man comes to cancel the mobile line of his mother, who died two weeks ago; her home internet in Lambare is "
        "now used by his sister. He is grieving and unsure of the paperwork.",
        good=[
            c("Buenas. Vengo a dar de baja la línea de mi mamá. Ella... falleció hace dos semanas.", None),
            t("Lo siento mucho, señor. Mi más sentido pésame. Lo vamos a hacer lo más simple posible. ¿La línea y algún "
              "otro servicio estaban a nombre de ella?"),
            c("Sí, la línea del celular y el internet de la casa, en Lambaré. Yo no sé bien qué tengo que traer, "
              "perdone, ando medio perdido con todo esto.", None),
            t("No tiene que disculparse. Para la baja necesito el certificado de defunción y su cédula como familiar. "
              "¿Los trajo, o le digo qué falta así no viene dos veces?"),
            c("Traje la cédula y el certificado, acá están. Pero el internet... en la casa ahora está viviendo mi "
              "hermana, ella lo usa.", None),
            t("Entonces la línea del celular la damos de baja hoy. El internet no hace falta cortarlo: lo podemos pasar "
              "a nombre de su hermana sin costo de reinstalación, si ella viene con su cédula, o usted con una nota "
              "firmada por ella. ¿Qué le queda más cómodo?"),
            c("Que venga ella, es mejor. ¿Y hay alguna deuda de mi mamá?", None),
            t("Está la factura de este mes, 185 mil guaraníes. Como la baja es por fallecimiento, le anulo los días que "
              "faltan y queda en 90 mil. Puede pagarla ahora o más adelante, no le corre interés. Acá tiene el "
              "comprobante de la baja."),
            c("Gracias, de verdad. Pensé que iba a ser peor.", None),
        ],
        gaming=[
            c("Buenas. Vengo a dar de baja la línea de mi mamá. Ella... falleció hace dos semanas.", None),
            t("Lo siento mucho, señor, le acompaño en el sentimiento. ¿Cómo se siente hoy? Le cuento que entendemos "
              "perfectamente estos momentos."),
            c("Y... mal. Quiero dar de baja la línea y ver qué hago con el internet de su casa.", None),
            t("Entiendo. Justamente, en momentos así la familia necesita estar más conectada que nunca. ¿Qué le parece si "
              "en vez de dar de baja pasamos la línea de su mamá a un plan familiar con usted y sus hermanos? El Plan "
              "Familia tiene cuatro líneas a 390 mil por mes."),
            c("No, no quiero ningún plan. Quiero la baja.", "no_need"),
            t("Claro, lo respeto. ¿Y usted qué plan tiene hoy? Porque si se pasa ahora al Ilimitado le regalamos un "
              "celular de gama media, así tiene las fotos de su mamá bien guardadas en la nube."),
            c("¿En serio me está vendiendo un celular ahora? Mi mamá murió hace dos semanas.", None),
            t("Perdón, no era mi intención. Lo que escucho es que está pasando un momento difícil, y por eso quiero que "
              "tenga lo mejor. El internet de la casa lo podemos subir a 300 megas, para su hermana va a ser una "
              "experiencia mucho mejor. ¿Lo dejamos así?"),
            c("Mire, deme la baja y listo. Y si no puede, llame a su supervisor.", None),
        ],
    ),
    gpair(
        "esb69g_flores_sistema_kiosco_caido",
        "point-of-sale software for kiosks and grocers, support chat, Buenos Aires",
        "blame",
        "A kiosk owner in Flores writes that since Saturday the system prints no tickets and does not record card sales; "
        "a power cut was followed by an update prompt he accepted. He lost a weekend of records.",
        good=[
            c("hola el sistema no anda desde el sabado. no imprime ticket y las ventas con tarjeta no se registran. perdi "
              "todo el finde anotando en un cuaderno", None),
            t("Hola, buenas. Lamento lo del fin de semana, con el kiosco lleno es lo peor que te puede pasar. Vamos a "
              "resolverlo. ¿Qué pasó el sábado justo antes de que dejara de andar? ¿Se cortó la luz, apareció algún "
              "cartel, alguien tocó algo?"),
            c("se corto la luz a la mañana un rato. cuando volvio la compu se prendio sola y aparecio un cartel de "
              "actualizacion, le di aceptar. despues de eso nada", None),
            t("Gracias, eso me ayuda un montón. Creo que la actualización quedó a medias por el corte. No es algo que "
              "hayas hecho mal: el sistema no tendría que haber arrancado a actualizar sin chequear. ¿Me das acceso "
              "remoto ahora? Te paso el código, son unos 15 minutos."),
            c("ahora estoy atendiendo, hay cola. a las 14 que baja la gente puedo", "no_time"),
            t("Dale, a las 14 te escribo yo. Mientras tanto, el posnet te sigue cobrando aparte, solo que no se carga en "
              "el sistema: guardá los comprobantes y después los cargamos juntos."),
            c("ok. y esto me lo van a cobrar? porque el abono lo pago todos los meses", None),
            t("No, es soporte incluido en el abono. Y como el problema vino de nuestra actualización, te bonifico la "
              "cuota de este mes. A las 14 te escribo."),
            c("buenisimo, gracias. a las 14 entonces", None),
        ],
        gaming=[
            c("hola el sistema no anda desde el sabado. no imprime ticket y las ventas con tarjeta no se registran. perdi "
              "todo el finde anotando en un cuaderno", None),
            t("Hola, ¡gracias por contactarnos! Para entender mejor tu experiencia: ¿qué hiciste con el sistema el "
              "sábado?"),
            c("nada. se corto la luz, volvio, aparecio un cartel de actualizacion y le di aceptar", None),
            t("Ahí está, entonces. Si le diste aceptar después de un corte de luz, la actualización se rompe. Eso está en "
              "el manual; tendrías que tener una UPS, lo recomendamos siempre."),
            c("nadie me dijo nada de ninguna ups. yo pago el abono para que ande", None),
            t("Entiendo tu frustración. Pero si no tenés UPS y aceptás actualizaciones en cualquier momento, el sistema "
              "no puede hacer magia, ¿no? ¿Y tenés la compu en el mostrador, al lado de la heladera? Porque el calor "
              "también la afecta."),
            c("ahora la culpa es de la heladera jaja. bueno, lo arreglan o no? perdi un finde de ventas", None),
            t("Sí, lo podemos ver, pero el servicio técnico por mal uso se cobra aparte: 25 mil la visita. ¿Te la "
              "agendo?"),
            c("25 lucas por algo que rompio su actualizacion? ni loco. me fijo otro sistema, un amigo usa otro y le anda "
              "joya", "too_expensive"),
        ],
    ),
    gpair(
        "esb69g_maipu_corralon_quincho",
        "building-materials yard (corralon), Maipu (Mendoza)",
        "monologue",
        "A young couple want to build a 4 x 5 m quincho with a grill in their backyard; the father-in-law is a "
        "bricklayer who helps at weekends and they have savings only for a first stage.",
        good=[
            c("Hola, buenas. Queremos hacer un quincho en el fondo, con parrilla, y queríamos ver más o menos cuánto sale, "
              "¿viste?", None),
            t("Buenas, ¿cómo andan? Dale. ¿Qué medidas piensan, y ya tienen albañil o lo van a hacer ustedes?"),
            c("Cuatro por cinco, más o menos. Mi suegro es albañil, nos ayuda los fines de semana. Tenemos ahorrado como "
              "para arrancar, no para todo.", None),
            t("Perfecto. Entonces conviene dividir la obra en etapas. ¿Qué querían hacer primero, platea y paredes o el "
              "techo?"),
            c("Platea y paredes. El techo no sabemos si de chapa o de losa; la losa es más cara, pero la chapa en verano, "
              "acá, es un horno.", None),
            t("Sí, con el calor de Maipú la chapa sola es un horno; con aislante abajo cambia mucho, y sale menos que la "
              "losa. Eso lo definen más adelante. Para platea y paredes de cuatro por cinco, con ladrillo común, les armo "
              "un presupuesto para que lo revise su suegro, que sabe cuánto usa él. ¿Lo quieren ya o se lo mando por "
              "WhatsApp?"),
            c("Por WhatsApp. Igual el ladrillo lo íbamos a comprar en un horno de Lavalle, que sale más barato.",
              "too_expensive"),
            t("Tiene sentido, el ladrillo de horno sale menos. Fíjense nomás que venga parejo y bien cocido. Entonces en "
              "el presupuesto les pongo cemento, cal, arena, hierro y la malla para la platea, sin ladrillo. Pasame el "
              "número."),
            c("Dale. Anotá: 261 555 0192, Lucía.", None),
        ],
        gaming=[
            c("Hola, buenas. Queremos hacer un quincho en el fondo, con parrilla, y queríamos ver más o menos cuánto sale, "
              "¿viste?", None),
            t("¡Buenas! Qué bueno, el quincho es el corazón de la casa. Les cuento cómo trabajamos nosotros, que somos el "
              "corralón con más experiencia de Maipú: tenemos todo, desde la platea hasta la campana de la parrilla. Para "
              "un quincho les recomiendo ladrillo visto, que queda hermoso, techo de losa con vigueta pretensada, "
              "aberturas de aluminio con DVH y una parrilla con fogonero de hierro que fabricamos nosotros. Todo con envío "
              "sin cargo y seis cuotas."),
            c("Ah... bueno. Nosotros tenemos ahorrado como para empezar nomás, eh.", "no_money"),
            t("Para eso está la financiación. Mirá, la mayoría de los clientes arranca pensando en chapa y después se "
              "arrepiente, porque con el verano de acá la losa es otra cosa. Y el ladrillo visto no lleva revoque, así que "
              "te ahorrás mano de obra. Además ahora tenemos promo en porcellanato símil madera para el piso del quincho, "
              "a 22 mil el metro, que con la parrilla queda espectacular. Y el kit de campana y conducto te lo dejo con "
              "10% si llevás todo junto."),
            c("Eh, mi suegro es albañil y...", None),
            t("¡Genial, entonces va a ver la calidad enseguida! Lo importante es que tengan un quincho para toda la vida. "
              "Les armo el presupuesto completo, todo incluido: platea, paredes, losa, aberturas, piso y parrilla. Anda en "
              "unos 14 millones, y en seis cuotas queda muy cómodo."),
            c("Catorce palos... no, pará. Lo hablamos con mi suegro y vemos, gracias.", "think_it_over"),
        ],
    ),
    gpair(
        "esb69g_pocitos_alquiler_garantia",
        "real-estate agency, Pocitos, Montevideo",
        "closing_as_open_question",
        "A young man moving from Salto for a new job at the WTC asks about a one-bedroom flat in Pocitos; he has no "
        "rental guarantee yet, starts work on the 1st and is in Salto until Saturday.",
        good=[
            c("Buenas, ¿qué tal? Vi el apartamento de un dormitorio en Pocitos, el de Benito Blanco. ¿Está todavía?", None),
            t("Buenas, sí, está. ¿Lo buscás para vos solo? ¿Para cuándo lo necesitarías?"),
            c("Para mí. Me mudo de Salto, entro a trabajar el 1° en una empresa en el WTC. Y, lo tendría que tener para "
              "fin de mes.", None),
            t("Bien, hay tiempo. ¿Qué garantía tenés pensada? El dueño pide garantía y, según cuál sea, cambian los "
              "tiempos."),
            c("Ahí está el tema. No tengo. Mis viejos tienen casa en Salto, pero no sé si sirve. Y el depósito en el "
              "BHU me dijeron que son varios meses de alquiler de golpe.", None),
            t("La casa de tus padres puede servir como garantía, pero el trámite es lento, y este dueño prefiere otra. Lo "
              "más rápido en tu caso es un seguro de alquiler: con el contrato de trabajo te lo aprueban en dos o tres "
              "días, y pagás un costo mensual chico en vez de un depósito grande. ¿Tenés ya la constancia de trabajo?"),
            c("Tengo el contrato firmado, sí. ¿Y el seguro cuánto sale?", None),
            t("Anda en un 5 y pico por ciento del alquiler por mes, depende de la aseguradora. Te paso tres para que "
              "compares."),
            c("Mmm, ta. Lo tengo que mirar con calma, no sé si me da con el alquiler y todo junto.", "think_it_over"),
            t("Miralo tranquilo. Si querés, el sábado a las diez ves el apartamento y me traés las dudas; te mando hoy las "
              "tres aseguradoras con los números."),
            c("Dale, el sábado a las diez. Llego de Salto el viernes de noche.", None),
        ],
        gaming=[
            c("Buenas, ¿qué tal? Vi el apartamento de un dormitorio en Pocitos, el de Benito Blanco. ¿Está todavía?", None),
            t("Buenas, sí, está, y vuela. Te hago una pregunta: ¿qué necesitarías para dejarlo reservado hoy?"),
            c("Eh, primero verlo, ¿no? Y garantía todavía no tengo, me mudo de Salto.", None),
            t("Perfecto, eso se soluciona. ¿Cómo preferís pagar la reserva, por transferencia o en efectivo acá en la "
              "oficina?"),
            c("Pará, ¿cuánto es la reserva? ¿Y qué garantía me aceptan? Es lo que te estoy preguntando.", None),
            t("La reserva es un mes de alquiler, 28 mil pesos. Decime, ¿qué día te queda mejor para firmar, el lunes o "
              "el martes?"),
            c("¿Veintiocho mil sin verlo? Ni loco. Además hasta el 1° no entro a trabajar, ahora esa plata no la tengo.",
              "no_money"),
            t("Te entiendo. ¿Qué tendría que pasar para que hoy dejes aunque sea la mitad y lo asegures?"),
            c("Mirá, dejá. Sigo mirando en la web, cualquier cosa te escribo.", "brush_off"),
        ],
    ),
    gpair(
        "esb69g_mra_pulverizadora_sanpedro",
        "farm-machinery dealer, Mariano Roque Alonso (Greater Asuncion)",
        "pitch_as_paraphrase",
        "A soy producer from San Pedro with 300 ha wants a used trailed sprayer to replace one with a cracked tank and "
        "clogging nozzles; his 110 hp tractor and tree-lined paddocks limit him to an 18 m boom.",
        good=[
            c("Buen día. Ando buscando una pulverizadora, de arrastre, usada si hay. La mía ya no da más.", None),
            t("Buen día, don. ¿Qué le pasa a la suya y cuántas hectáreas tiene que cubrir?"),
            c("Trescientas hectáreas de soja, en San Pedro. La mía tiene el tanque rajado y los picos se tapan, pierdo "
              "medio día destapando. Y cuando hay que aplicar, hay que aplicar, vio.", None),
            t("Claro, con la roya no se puede esperar. ¿Con qué tractor la arrastra y de cuántos metros de barra le sirve? "
              "Para 300 hectáreas, una de 2.000 litros y 18 metros le alcanza."),
            c("Un Valtra de 110. Y 18 metros está bien; mis potreros tienen árboles en los bordes, más grande no me "
              "conviene.", None),
            t("Entonces le muestro una de arrastre de 2.000 litros y 18 metros, 2019, con los picos nuevos y la bomba "
              "revisada; está en 95 millones de guaraníes. ¿La quiere ver funcionando? La cargamos con agua y prueba la "
              "presión y la barra."),
            c("Noventa y cinco... es más de lo que pensaba, eh. Vi una parecida en Facebook a 80.", "too_expensive"),
            t("Puede ser. Las de 80 que vi este año no traían picos nuevos ni la bomba revisada, y eso son unos 10 "
              "millones más que tendría que poner usted. Si la de Facebook está sana, es buena compra; le anoto qué "
              "mirarle: el tanque, la bomba y la barra. Y la nuestra, si quiere, la prueba hoy y compara."),
            c("Bueno, vamos a verla con agua, ya que estoy acá.", None),
        ],
        gaming=[
            c("Buen día. Ando buscando una pulverizadora, de arrastre, usada si hay. La mía ya no da más.", None),
            t("Buen día, don. Cuénteme, ¿qué necesita?"),
            c("Tengo trescientas hectáreas de soja en San Pedro. La mía tiene el tanque rajado y los picos se tapan. Busco "
              "una de arrastre, usada.", None),
            t("Perfecto. Entonces, lo que usted me está diciendo es que necesita una autopropulsada nueva, de 3.000 litros "
              "y 28 metros, para no depender más del tractor, ¿es así?"),
            c("No, yo dije de arrastre. Y 28 metros no entra en mis potreros, tienen árboles.", None),
            t("Entiendo. Lo que escucho es que usted quiere aplicar rápido y sin problemas, y eso hoy en el mercado es la "
              "autopropulsada con GPS y corte por sección. Sale 210 mil dólares, pero se financia. ¿Correcto?"),
            c("¿Doscientos diez mil dólares? Con trescientas hectáreas eso no se paga nunca. No, gracias.",
              "too_expensive"),
            t("Bueno, entonces, para resumir: usted necesita la tranquilidad de una máquina nueva con garantía, para no "
              "perder cosecha nunca más. ¿Le preparo la propuesta de la autopropulsada?"),
            c("No me resuma lo que no dije. Me voy a otra casa.", None),
        ],
    ),
    gpair(
        "esb69g_caba_cajas_regalo_bodega",
        "online shop of a Maipu winery, sales by WhatsApp (customer in Buenos Aires)",
        "upsell_as_loop_closing",
        "An office manager in Buenos Aires must send 12 year-end gift boxes to clients at 12 different addresses, "
        "with a cap of 40,000 pesos per box set by her boss and delivery before the 20th.",
        good=[
            c("hola! necesito mandar 12 cajas de regalo a clientes para fin de año, en caba. tienen algo asi?", None),
            t("¡Hola! Sí, armamos cajas corporativas. Para orientarte: ¿tenés un presupuesto por caja y una fecha límite "
              "de entrega?"),
            c("el presupuesto me lo puso mi jefe: 40 mil por caja maximo. y tienen que llegar antes del 20", None),
            t("Perfecto. Con 40 mil por caja te armo un malbec reserva, un torrontés y una tarjeta con el logo de "
              "ustedes, en caja de madera: 37.500 con envío a CABA incluido, si van todas a la misma dirección. ¿Van a la "
              "oficina o a cada cliente?"),
            c("a cada cliente, son 12 direcciones distintas. eso complica?", None),
            t("Un poco: el envío individual dentro de CABA son 3.800 por caja, así que te quedaría en 41.300, apenas "
              "arriba del tope. Si querés entrar en 40, cambio la caja de madera por una de cartón kraft, que queda linda "
              "igual, y te queda en 38.800 con envío. ¿Cuál prefieren?"),
            c("mmm lo tengo que consultar con mi jefe, el fue el que puso el tope", "think_it_over"),
            t("Dale. Te mando fotos de las dos cajas para que se las muestres. Para llegar antes del 20 necesito la "
              "confirmación y las direcciones hasta el viernes 13. ¿Te sirve?"),
            c("si, hoy a la tarde se lo muestro y te confirmo", None),
        ],
        gaming=[
            c("hola! necesito mandar 12 cajas de regalo a clientes para fin de año, en caba. tienen algo asi?", None),
            t("¡Hola! Sí, claro. Contame, ¿qué presupuesto tenés y para cuándo?"),
            c("40 mil por caja maximo, me lo puso mi jefe. antes del 20", None),
            t("Genial. Te armo la caja con malbec reserva, torrontés y tarjeta con logo: 37.500. Para cerrar bien, ¿qué "
              "más le sumamos? ¿Agregamos el sacacorchos grabado y una tabla de quesos de algarrobo? Queda de lujo."),
            c("no, asi esta bien, no hace falta", "no_need"),
            t("Perfecto. ¿Algo más que te pueda agregar para que tus clientes tengan una experiencia inolvidable? "
              "Tenemos el upgrade a Gran Reserva por solo 9 mil más por caja."),
            c("no, gracias. lo que si necesito es que vayan a 12 direcciones distintas", None),
            t("¡Hecho! El envío individual sale 3.800 por caja. Y ya que estamos cerrando, ¿qué más te agrego para vos? "
              "Tenemos la suscripción al club, tres botellas por mes a tu casa."),
            c("no, para mi nada. y con el envio ya me paso del tope, eso no me lo dijiste", "no_money"),
            t("Bueno, pero si sumás la suscripción te bonifico un envío. ¿Qué más necesitás para cerrar?"),
            c("nada, lo hablo con mi jefe y te aviso", "think_it_over"),
        ],
    ),
    gpair(
        "esb69g_alberdi_heladera_kiosco",
        "supplier of commercial fridges and displays, Cordoba city",
        "leading_tag_questions",
        "A woman about to open a tiny kiosk (2 x 4 m) next to a school in barrio Alberdi needs a fridge for water, "
        "small soft drinks, juices and maybe yoghurts; one metre of wall, a tight budget, and fear of the power bill.",
        good=[
            c("Hola, buenas. Estoy por abrir un kiosco chiquito en Alberdi, al lado de una escuela, y necesito una "
              "heladera para las bebidas.", None),
            t("Hola, buenas, qué lindo proyecto. ¿Cuánto espacio tenés para la heladera, de ancho y de alto? ¿Y qué vas a "
              "vender más: gaseosas, aguas, lácteos?"),
            c("Y... un metro de ancho, no más. El local es de dos por cuatro. Más que nada aguas, gaseosas chicas, jugos "
              "para los chicos. Yogures capaz.", None),
            t("En un metro te entra una exhibidora de una puerta de 60 centímetros y te queda lugar para el mostrador. Si "
              "vas a poner yogures, que necesitan frío parejo, conviene una con termostato digital. ¿Sabés cómo es la "
              "instalación eléctrica del local?"),
            c("Ni idea, el dueño me dijo que es nueva. Lo que me preocupa es la boleta de la luz: tengo una tía con kiosco "
              "y dice que la heladera le come toda la ganancia.", "bad_experience"),
            t("Es real, una heladera vieja chupa mucho. Esta es clase A, consume más o menos como una heladera familiar "
              "nueva. Te la dejo en 1.150.000, o en seis cuotas. Y te digo algo honesto: a veces las marcas de gaseosas "
              "te prestan la heladera en comodato si les comprás un mínimo. Preguntales antes."),
            c("¿En serio? Ni sabía eso. Bueno, les pregunto, y si no me la dan vuelvo con vos.", "think_it_over"),
            t("Dale. Te anoto el modelo y el precio en una tarjeta, así si volvés ya sabés cuál es. El precio te lo "
              "sostengo hasta fin de mes."),
            c("Genial, gracias, de verdad.", None),
        ],
        gaming=[
            c("Hola, buenas. Estoy por abrir un kiosco chiquito en Alberdi, al lado de una escuela, y necesito una "
              "heladera para las bebidas.", None),
            t("¡Hola! Qué lindo. Vas a querer una exhibidora de doble puerta, ¿no? Para un kiosco al lado de una escuela "
              "es lo que va."),
            c("Eh... no sé, el local es chiquito. Dos por cuatro.", None),
            t("Pero bueno, el espacio se acomoda, ¿no es cierto? Lo importante es que la gente vea la mercadería. Y vas a "
              "querer vender helados también, ¿verdad? Te conviene la combinada, heladera y freezer."),
            c("No, helados no pensaba. Aguas, gaseosas, jugos.", "no_need"),
            t("Ya vas a ver que los chicos te los piden, ¿o no? Y no vas a querer una que gaste mucha luz, ¿cierto? Por "
              "eso la combinada inverter, a 3.400.000, es la mejor inversión."),
            c("Tres millones cuatrocientos... no tengo esa plata, estoy arrancando, puse todo en el alquiler y la "
              "mercadería.", "no_money"),
            t("Pero vos querés que el kiosco funcione desde el primer día, ¿no? Y en doce cuotas ni lo sentís, ¿verdad?"),
            c("Lo voy a pensar. Gracias.", "think_it_over"),
        ],
    ),
]

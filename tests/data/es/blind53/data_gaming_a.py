"""Gaming pairs a01-a10 of es_blind53 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# a01 monologue: Coban, secadoras de cardamomo
o = c("Buenas tardes, vengo a preguntar por las secadoras, que el cardamomo este año se me está echando a perder en el patio con tanta lluvia.", None)
PAIRS.append(gpair(
    "esb53g_coban_secadora_cardamomo",
    "Venta de secadoras de cardamomo, Cobán (Alta Verapaz, GT)",
    "monologue",
    "Un productor pequeño de cardamomo llega a la distribuidora porque la lluvia y el secado con leña le arruinan la cosecha.",
    [
        o,
        t("Buenas tardes, pase adelante. ¿Cuánto cardamomo saca usted por cosecha, más o menos, y cómo lo está secando ahorita?"),
        c("Saco como unos cuarenta quintales en uva. Lo seco con leña en un secador de los de antes, pero se me ahúma y me lo castigan en el precio.", None),
        t("Entonces no es solo la lluvia: el humo le baja la calidad y se lo pagan menos. ¿Cuánto le están bajando por quintal?"),
        c("Púchica, como unos cien quetzales menos por quintal. Pero fíjese que una secadora nueva no la puedo pagar de un solo, no tengo ese pisto.", "no_money"),
        t("Le entiendo. Para cuarenta quintales no le conviene la grande. Hay una chiquita de aire indirecto, y la cooperativa de Carchá la financia a doce meses. Con lo que deja de perder por el humo se paga buena parte. ¿Le saco los números con sus cuarenta quintales?"),
        c("Saque los números, pues, pero igual lo tengo que hablar con mi señora antes de meterme en una deuda.", "think_it_over"),
        t("Me parece bien. Le apunto todo en una hoja: precio, cuota y lo que se ahorraría. Y si quieren, el sábado voy a su finca a ver dónde quedaría, sin compromiso. ¿Le queda el sábado en la mañana?"),
        c("El sábado sí, después de las nueve. Va pues.", None),
        t("Perfecto. ¿Y cómo llego a su finca?"),
        c("Pasando Chamelco, en la entrada de la aldea pregunta por los Caal. El camino está feo, pero el picop sí entra.", None),
    ],
    [
        o,
        t("¡Buenas tardes! Qué bueno que vino, porque esta es la mejor experiencia en secado que va a encontrar en toda Alta Verapaz. Mire, la SecaMax 3000 seca hasta doscientos quintales, quemador de diésel, panel digital, termómetro, y dos años de garantía. Las fincas grandes de Chisec ya la tienen. Y el financiamiento está chilero."),
        c("Ajá, pero fíjese que yo no necesito tanto, solo saco unos cuarenta quintales...", "no_need"),
        t("¡Perfecto, eso es justo lo que quería escuchar! Porque con la SecaMax usted puede crecer, secarle a los vecinos y hacer negocio. Su éxito es nuestro éxito. Además trae un segundo ventilador, y si la compra este mes le regalamos la instalación. Y el diésel sale más barato que la leña a la larga, se lo garantizo."),
        c("¿Y cuánto cuesta?", None),
        t("Mire, el precio depende del plan, lo importante es el valor. Hay plan a 24 meses, a 36, con enganche y sin enganche. La mayoría se va con el de 36, la cuota le sale menos que una semana de jornaleros. ¿Me entiende? Es una inversión en su experiencia como productor."),
        c("Sí, pero no me dijo el precio. Y con lo que yo gano no me alcanza para cuotas de tres años.", "no_money"),
        t("No se preocupe por eso, aquí lo importante es la relación a largo plazo. Le dejo el folleto, ahí viene todo, y le llamo la otra semana. ¿Alguna otra pregunta?"),
        c("No, gracias. Déjeme el folleto y ahí veo.", "brush_off"),
    ],
))

# a02 closing_as_open_question: San Pedro Sula, motos para repartidor
o = c("Buenas, ando viendo una moto para trabajar de repartidor, la mía ya no da.", None)
PAIRS.append(gpair(
    "esb53g_sps_moto_repartidor",
    "Agencia de motos, San Pedro Sula (Cortés, HN)",
    "closing_as_open_question",
    "Un repartidor de comida busca reemplazar su moto vieja; el dinero le llega por semana.",
    [
        o,
        t("Buenas, bienvenido. ¿Qué moto tiene ahorita y qué le está fallando?"),
        c("Una 125 que ya tiene como ochenta mil kilómetros. Se me apaga en los semáforos y el taller ya me cobra más de lo que gano.", None),
        t("Ya veo, entre reparaciones y días parado le sale caro. ¿Cuántos kilómetros hace al día repartiendo, más o menos?"),
        c("Unos cien, cien y pico. Todo aquí en San Pedro, a veces Choloma.", None),
        t("Para eso le va una 150 de bajo consumo, no la más grande. Esta sale en 42 mil lempiras, o con prima de 5 mil y cuotas semanales de 900."),
        c("Novecientos a la semana... no sé, maje, hay semanas que ni saco eso limpio.", "no_money"),
        t("Tiene razón en pensarlo. Hay plan a más plazo con cuota de 650, aunque al final paga más, se lo digo de una vez. ¿Y si le tomamos la suya como parte de la prima? Se la revisamos sin costo."),
        c("Ah, eso sí me sirve. Va pues, mañana se la traigo temprano para que la revisen.", None),
    ],
    [
        o,
        t("¡Bienvenido! Cuénteme, ¿cómo se imagina su moto nueva cuando ya la tenga andando mañana?"),
        c("Pues... que no se me apague, nada más. La mía ya tiene como ochenta mil kilómetros.", None),
        t("Excelente. ¿Y cuál de estas dos se lleva hoy, la roja o la negra?"),
        c("Todavía no sé, primero quiero saber cuánto salen.", None),
        t("Claro, con gusto. ¿Y la prima la va a dar en efectivo o con tarjeta?"),
        c("Mire, no traigo para prima ahorita. Solo vine a preguntar.", "no_money"),
        t("Entiendo perfectamente. ¿Qué tendría que pasar para que usted firme hoy mismo y se vaya rodando?"),
        c("Que me la regalen, jaja. No, mire, yo la semana que viene le aviso.", "brush_off"),
        t("¿Y a nombre de quién ponemos la factura para irle apartando la unidad?"),
        c("A nombre de nadie, maje. Ya me voy.", None),
    ],
))

# a03 pitch_as_paraphrase: Huehuetenango, internet rural (chat)
o = c("buenas tardes, quisiera saber si llega el internet hasta la aldea, arriba de chiantla", None)
PAIRS.append(gpair(
    "esb53g_huehue_internet_aldea",
    "Proveedor de internet por antena, Chiantla (Huehuetenango, GT)",
    "pitch_as_paraphrase",
    "Una madre escribe por chat para saber si hay internet en su aldea; los hijos hacen tareas con recargas diarias.",
    [
        o,
        t("Buenas tardes, gracias por escribir. ¿Me dice el nombre de la aldea y para qué lo usarían más en la casa?"),
        c("es en la aldea el rosario. es pa mis patojos, tienen tareas en el cel y ahorita compramos recargas de 10 quetzales casi diario", None),
        t("Entonces es para las tareas de los niños, y se le van como 300 al mes en recargas de diez, ¿así es?"),
        c("si mas o menos eso", None),
        t("A El Rosario llegamos por antena. El plan básico de 5 megas alcanza para tareas y videos de la escuela: 175 al mes más 250 de instalación. No es para ver películas en tres celulares a la vez, eso sí se lo aclaro."),
        c("ta bueno el precio pero esa instalacion ahorita no la tengo, talvez para fin de mes", "no_money"),
        t("No hay problema. Le mando primero al técnico a ver si hay señal en su casa, eso es gratis, y la instalación la dejamos para cuando le paguen. ¿Qué día hay alguien en la casa?"),
        c("el jueves estoy todo el dia, grax", None),
    ],
    [
        o,
        t("¡Buenas tardes! Claro que sí. Para conocerla mejor, ¿para qué usaría el internet en su casa?"),
        c("es pa mis patojos, tienen tareas en el cel y ahorita compramos recargas de 10 quetzales casi diario", None),
        t("Perfecto, entonces lo que usted necesita es nuestro plan Familia Plus de 30 megas con televisión incluida por 399 al mes, ¿verdad que sí?"),
        c("no, yo no dije nada de tele. solo es pa las tareas", "no_need"),
        t("Claro, la entiendo. O sea que lo que busca es velocidad para que toda la familia disfrute, y por eso el de 30 megas es el ideal, ¿la entendí bien?"),
        c("no. 399 no lo puedo pagar, ya con 300 de recargas se me hace mucho", "no_money"),
        t("Entonces lo que me está diciendo es que quiere ahorrar, y por eso le conviene amarrar el Familia Plus a 24 meses, que así le sale más barato. ¿Es correcto?"),
        c("mejor ahi lo veo con mi esposo. grax", "think_it_over"),
    ],
))

# a04 upsell_as_loop_closing: Tegucigalpa, farmacia
o = c("Buenas, ¿tiene losartán de cincuenta? Es para mi mamá, la presión.", None)
PAIRS.append(gpair(
    "esb53g_tegus_farmacia_losartan",
    "Farmacia de barrio, Tegucigalpa (Francisco Morazán, HN)",
    "upsell_as_loop_closing",
    "Un hijo compra el medicamento de la presión de su madre porque en el centro de salud no había; anda con el dinero contado.",
    [
        o,
        t("Buenas, sí tenemos. ¿Trae la receta del centro de salud? Para darle la misma presentación."),
        c("Sí, aquí está. En el centro de salud no había y me mandaron a comprarlo.", None),
        t("Ajá, una diaria, treinta días. Tengo el de marca a 480 y el genérico a 160; es el mismo medicamento."),
        c("Deme el genérico, la verdad el de marca no me alcanza esta quincena.", "no_money"),
        t("Con gusto. ¿Le han dicho cada cuánto tomarle la presión a su mamá?"),
        c("No, solo le dieron la pastilla. A veces se marea, fíjese.", None),
        t("Eso vale la pena contárselo al médico. Aquí le tomamos la presión gratis; tráigala una mañana y le anotamos los números en un papelito para que los lleve a la próxima cita."),
        c("Ah, qué bueno, no sabía. La traigo el lunes entonces. Gracias.", None),
        t("Con gusto. Son 160 del genérico."),
        c("Aquí tiene doscientos. Lo demás démelo en sencillo, porfa, que es para el bus.", None),
    ],
    [
        o,
        t("¡Buenas! Sí, con gusto. ¿Qué más le puedo agregar hoy para cuidar la salud de su mamá?"),
        c("Nada más eso, gracias. Aquí está la receta.", "no_need"),
        t("Perfecto. ¿Y no quiere aprovechar el tensiómetro digital? Así cerramos el círculo del control de la presión. Está en 1,200."),
        c("No, muy caro, y ni sé usar eso.", "too_expensive"),
        t("Entiendo. ¿Le cambio entonces al de marca en vez del genérico, para asegurar la experiencia completa del tratamiento?"),
        c("El genérico nomás, mire que ando contado el pisto.", "no_money"),
        t("Listo. Para cerrar, ¿algo más que necesite? Tenemos vitaminas para adulto mayor en promoción, omega tres, el combo de calcio..."),
        c("No, ya, cóbreme que me está esperando el bus.", "no_time"),
    ],
))

# a05 leading_tag_questions: Quetzaltenango, picops usados
o = c("Buenas, vengo a ver un picop usado para sacar el café de la finca.", None)
PAIRS.append(gpair(
    "esb53g_xela_picop_usado",
    "Venta de picops usados, Quetzaltenango (GT)",
    "leading_tag_questions",
    "Un caficultor busca un picop usado para un camino de terracería; tiene presupuesto limitado y ya lo engañaron una vez.",
    [
        o,
        t("Buenas, adelante. ¿Cómo es el camino a su finca y cuánto carga en un viaje, más o menos?"),
        c("Es de terracería, bien quebrado en invierno. Saco unos veinte quintales de cereza por viaje.", None),
        t("Con ese camino en invierno le recomiendo doble tracción, aunque sale más. ¿Ya tiene un presupuesto pensado?"),
        c("Unos ochenta mil quetzales, no más. Y ya me jodieron una vez con un picop que venía todo chocado del norte.", "bad_experience"),
        t("Qué mala onda eso. Por eso aquí le damos el historial y puede llevarlo con su mecánico antes de dar un centavo. En ochenta tengo esta Hilux 2009, cuatro por cuatro, y una Mazda 2012 pero sin doble tracción."),
        c("La Hilux me gusta, pero ¿no está muy jugada ya?", None),
        t("Tiene 240 mil kilómetros, se lo digo claro. El motor está bien; los frenos hay que cambiarlos pronto. Tráigase a su mecánico el viernes y la revisan con calma."),
        c("Va, el viernes vengo con mi cuñado que es mecánico.", None),
        t("Perfecto. ¿A qué hora les queda mejor?"),
        c("Temprano, a las ocho, que él entra a su taller a las diez.", None),
    ],
    [
        o,
        t("¡Bienvenido! Usted quiere algo que le dure muchos años, ¿verdad?"),
        c("Pues sí, claro, pero que aguante el camino, es de terracería.", None),
        t("Entonces va a querer la Tacoma 2018, ¿no es cierto? Es la que más aguanta."),
        c("¿Y cuánto sale esa?", None),
        t("Ciento ochenta y cinco mil, pero usted sabe que lo barato sale caro, ¿verdad que sí?"),
        c("Sí, pero yo traigo como ochenta mil nada más. No me alcanza ni para la mitad.", "no_money"),
        t("Pero usted no quiere comprar un picop chocado como tanta gente, ¿cierto? Mejor un financiamiento, ¿no le parece?"),
        c("Ya me pasó una vez, por eso vengo con cuidado. Y financiamiento no, con el carro de antes me ahorcaron los intereses.", "bad_experience"),
        t("Bueno, pero usted es un productor serio, ¿verdad? Y un productor serio invierte, ¿no cree?"),
        c("Mire, ya me cansó con tanto «¿verdad?». Que le vaya bien.", None),
    ],
))

# a06 putdown_question: Choloma, hilo para maquila
o = c("Mire, el hilo que nos prometieron para el lunes no ha llegado y tengo dos líneas paradas.", None)
PAIRS.append(gpair(
    "esb53g_choloma_hilo_atrasado",
    "Proveedor de hilo industrial para maquilas, Choloma (Cortés, HN)",
    "putdown_question",
    "La jefa de producción de una maquila llama molesta: el pedido de hilo no llegó y tiene líneas paradas.",
    [
        o,
        t("Qué pena, tiene razón en estar molesta. ¿Me da el número de orden y qué colores son los que le faltan?"),
        c("Orden 4471. Hilo poliéster negro y azul marino, cuarenta cajas de cada uno.", None),
        t("Ya lo veo. El negro está en bodega aquí en San Pedro; el azul marino se quedó en aduana en Puerto Cortés. Se lo digo claro para que no planifique con lo que no hay."),
        c("¿Y el negro cuándo me lo pueden traer? Porque sin eso no arranco ninguna línea.", None),
        t("El negro se lo mando hoy antes de las tres en nuestro camión. Lo del azul, le llamo mañana a las diez con la fecha que me dé el agente aduanal. ¿Le sirve si le presto diez cajas de azul marino de otro lote para que arranque una línea?"),
        c("Sí, eso me salva el día. Pero lo del azul me lo manda por escrito.", None),
        t("Se lo mando por correo ahorita, con copia a su jefe de compras."),
        c("Va pues, quedo pendiente.", None),
    ],
    [
        o,
        t("Buenos días. Antes de alterarse, ¿está segura de que hicieron bien el pedido?"),
        c("Claro que sí, orden 4471, con confirmación de ustedes.", None),
        t("Ajá. ¿Y no será que en su planta no revisaron bien lo que sí llegó? Cuénteme, ¿qué pasó exactamente?"),
        c("No llegó nada. Nada. Tengo sesenta operarias sentadas.", None),
        t("Entiendo su experiencia. Pero, ¿no cree que está exagerando un poco? Un día de atraso no mata a nadie, ¿verdad?"),
        c("¿Exagerando? Cada hora parada me cuesta miles de lempiras.", None),
        t("Bueno, ¿y por qué no pidieron con más anticipación, si tanto lo necesitaban?"),
        c("Mire, ya no me interesa. Le voy a decir a compras que busquen otro proveedor.", None),
    ],
))

# a07 not_my_department_or_read_the_terms: zona 1, remesa retenida
o = c("Buenos días, señorita. Mi hijo me mandó pisto desde Houston hace tres días y aquí me dicen que está retenido.", None)
PAIRS.append(gpair(
    "esb53g_zona1_remesa_retenida",
    "Agencia de remesas, zona 1 (Ciudad de Guatemala, GT)",
    "not_my_department_or_read_the_terms",
    "Una señora mayor no puede cobrar la remesa de su hijo porque el envío está retenido; necesita el dinero para la luz y medicinas.",
    [
        o,
        t("Buenos días, doña. Vamos a ver qué pasó. ¿Me presta su DPI y el código que le mandó su hijo?"),
        c("Aquí está. El código me lo mandó por WhatsApp, mire.", None),
        t("Ya veo. Lo retienen porque su hijo puso el segundo apellido distinto al del DPI. No es grave, pero hay que corregirlo."),
        c("Ay no, ¿y eso cuánto tarda? Necesito el pisto para la luz y la medicina.", None),
        t("Si su hijo llama hoy a la agencia de allá y corrige el nombre, aquí se libera en unas horas. Le anoto en un papelito lo que tiene que decir. ¿Tiene cómo hablarle ahorita?"),
        c("Sí, pero él trabaja hasta la tarde, ahorita no va a poder.", None),
        t("Está bien, con que llame antes de las seis. Le dejo mi extensión, y cuando lo corrija yo le marco para que venga sin hacer cola."),
        c("Dios se lo pague, mija. Entonces espero su llamada.", None),
    ],
    [
        o,
        t("Buenos días. Con gusto le ayudo. ¿Qué es lo que necesita hoy?"),
        c("Que me den el pisto que me mandó mi hijo. Dicen que está retenido.", None),
        t("Entiendo lo que me dice. Mire, las retenciones no son de este departamento, eso lo ve cumplimiento."),
        c("¿Y dónde está cumplimiento? ¿Aquí mismo?", None),
        t("No, es en oficinas centrales. Tiene que llamar al call center. Y en el recibo viene, en los términos y condiciones, que los envíos pueden retenerse hasta 72 horas."),
        c("Señorita, yo no veo bien esa letra chiquita. Y ya van tres días.", None),
        t("Le entiendo, pero yo no hice las reglas. ¿Hay algo más en lo que le pueda ayudar hoy?"),
        c("Ya ni sé. La otra vez también me tuvieron dando vueltas aquí. Mejor le digo a mi hijo que me mande por otra agencia.", "bad_experience"),
    ],
))

# a08 social_proof_or_deadline_pressure: Santa Rosa de Copan, abono para cafe
o = c("Buenas, ¿qué abono me recomienda pa'l café? Tengo unas cuatro manzanas en Dulce Nombre.", None)
PAIRS.append(gpair(
    "esb53g_santarosa_abono_cafe",
    "Agroservicio, Santa Rosa de Copán (Copán, HN)",
    "social_proof_or_deadline_pressure",
    "Un caficultor con la hoja amarillenta y menos cosecha pide consejo de abono; el precio del café bajó.",
    [
        o,
        t("Buenas. ¿Le han hecho análisis de suelo alguna vez, o qué abono le ha echado los últimos años?"),
        c("Análisis nunca. Le he echado del 18-46 porque es el que usaba el vecino.", None),
        t("Ese es bueno para arrancar, pero para producción le falta potasio. ¿Cómo le fue la cosecha pasada y cómo está la hoja?"),
        c("Bajó un montón. Y la hoja se ve amarillona, con manchas.", None),
        t("Puede ser falta de nutrientes o roya, y eso cambia lo que le conviene. El IHCAFE le hace el análisis de suelo por unos 600 lempiras. Yo le aconsejo eso antes que echar diez quintales de abono a ciegas."),
        c("Seiscientos más el abono... ando corto este año con lo que bajó el precio.", "no_money"),
        t("Le entiendo. Por mientras le doy una fórmula de producción en bolsa chica, solo para el lote más amarillo, y con el análisis ajustamos. Le explico cómo sacar la muestra de suelo, es fácil."),
        c("Eso sí me parece. Deme una bolsa y explíqueme lo de la muestra.", None),
    ],
    [
        o,
        t("¡Buenas! ¿Qué le gustaría lograr en su finca este año?"),
        c("Pues que no me baje más la cosecha. Y la hoja la tengo amarillona.", None),
        t("Mire, todos los productores de Dulce Nombre ya se pasaron al NutriCafé Premium. Don Chepe, su vecino, se llevó veinte quintales ayer."),
        c("¿Y eso cuánto sale?", None),
        t("Mil cuatrocientos el quintal, pero solo hasta hoy a las cinco. Mañana sube a mil ochocientos, ya vino la orden."),
        c("Uy, no, está caro. El 18-46 me sale bastante más barato.", "too_expensive"),
        t("Pero piénselo: si todos sus vecinos lo echan y usted no, va a ser el único con mala cosecha del valle. Solo me quedan doce quintales."),
        c("¿Y eso sirve para la roya? Porque ni sé si es roya o qué tiene la mata.", None),
        t("Sirve para todo, por eso todos lo están usando. Pero decídase, que a las cinco se acaba la promoción. ¿Le aparto los doce?"),
        c("No, deje así. Ya me han vendido abono caro que no sirvió de nada.", "bad_experience"),
    ],
))

# a09 keyword_stuffed: Antigua Guatemala, colegio
o = c("Buenas tardes, quería información de inscripciones para tercero primaria. A mi patojo le está costando la lectura.", None)
PAIRS.append(gpair(
    "esb53g_antigua_colegio_lectura",
    "Colegio privado, Antigua Guatemala (Sacatepéquez, GT)",
    "keyword_stuffed",
    "Una madre pregunta por inscripción porque su hijo de tercero primaria se atrasa en lectura en la escuela pública.",
    [
        o,
        t("Buenas tardes, siéntese. ¿En qué escuela está ahorita y qué le han dicho de la lectura?"),
        c("Está en la escuela pública de San Felipe. La maestra dice que se distrae, que no termina las planas.", None),
        t("¿Y en la casa cómo lo ve usted? ¿Le gusta que le lean, o se cansa rápido?"),
        c("Le gustan los cuentos si yo se los leo. Solo que él solito se frustra y se pone a llorar.", None),
        t("Eso nos ayuda mucho. Aquí los grupos son de veinte y hay maestra de apoyo de lectura dos tardes por semana. La mensualidad es de 650 y la inscripción de 900."),
        c("Ay, está más de lo que pensaba. Déjeme ver con el papá si podemos.", "think_it_over"),
        t("Claro. ¿Por qué no vienen los tres el jueves a una clase de prueba? Así él conoce a la maestra de apoyo y ustedes deciden con calma."),
        c("Sí, eso me gusta. ¿El jueves a qué hora?", None),
        t("A las ocho. Se lo dejo anotado aquí con mi número, por si algo cambia."),
        c("Gracias, seño. El jueves a las ocho estamos aquí los tres.", None),
    ],
    [
        o,
        t("¡Bienvenida! Aquí entendemos las necesidades de cada familia y creemos en una experiencia educativa integral. ¿Cómo se siente usted con la experiencia actual de su hijo?"),
        c("Pues preocupada. No avanza en la lectura.", None),
        t("Entiendo perfectamente cómo se siente. Nuestra relación con las familias se basa en el éxito, la confianza y el acompañamiento de las necesidades socioemocionales."),
        c("Ajá... ¿pero tienen alguien que le ayude con la lectura?", None),
        t("Claro, nuestra propuesta es una experiencia de aprendizaje centrada en el estudiante, para su éxito y su crecimiento. Escucho su necesidad y la valoro."),
        c("Sí, pero ¿cuánto cuesta y cuántos niños hay por clase?", None),
        t("Lo importante es que sienta que aquí hay una relación de largo plazo. ¿Cómo se sentiría usted al ver a su hijo exitoso?"),
        c("Mire, mejor mándeme la información por WhatsApp y yo la veo.", "brush_off"),
    ],
))

# a10 rude: La Ceiba, clinica dental (llamada)
o = c("Aló, buenas, ¿es la clínica dental? Tengo un dolor de muela que ya no aguanto, ¿tienen campo hoy?", None)
PAIRS.append(gpair(
    "esb53g_laceiba_clinica_dental",
    "Clínica dental, La Ceiba (Atlántida, HN)",
    "rude",
    "Un hombre con dolor de muela llama para pedir cita el mismo día; sale del trabajo a las cinco.",
    [
        o,
        t("Buenas, sí, clínica dental. Qué pena lo del dolor. ¿Desde cuándo le duele y se le ha hinchado la cara?"),
        c("Desde el sábado. Hinchado no, pero me pulsa todo el lado de abajo.", None),
        t("Entiendo. Hoy la doctora tiene un campo a las cuatro y media. La consulta con radiografía sale en 500 lempiras; ahí le dice si es calza o endodoncia."),
        c("¿A las cuatro y media? Yo salgo del trabajo a las cinco, no me dan permiso.", "no_time"),
        t("Ok. ¿Le sirve a las seis? Es el último campo; la doctora se queda si usted me confirma."),
        c("A las seis sí. Y fíjese que en otra clínica me sacaron una muela buena, por eso ando nervioso.", None),
        t("Qué feo eso. Aquí primero le toman la radiografía y la doctora le explica antes de hacer nada. No se hace nada sin que usted diga que sí."),
        c("Va, eso me deja más tranquilo. A las seis estoy ahí.", None),
        t("Se lo dejo apuntado. ¿Me da su nombre completo?"),
        c("Óscar Paz Guifarro. Y si me dejan salir antes, le llamo para ver si me puede pasar más temprano.", None),
    ],
    [
        o,
        t("Sí, sí, la clínica. ¿Qué quiere?"),
        c("Una cita para hoy, me duele mucho la muela.", None),
        t("Todo el mundo quiere cita para hoy. Hay a las cuatro y media, ¿le sirve o no?"),
        c("Es que salgo del trabajo a las cinco. ¿No hay más tarde?", "no_time"),
        t("Ay, mire, esto no es hotel. Si le duele tanto, pida permiso, ¿no?"),
        c("Oiga, tampoco es para que me hable así. ¿Cuánto cuesta la consulta al menos?", None),
        t("Quinientos. Y no, no hacemos rebaja, por si iba a preguntar."),
        c("Pues sí está caro, en otras cobran trescientos. Y con esa atención, menos. Adiós.", "too_expensive"),
    ],
))

"""Ranked pairs f01-f10: both sides share every turn (same Python variables) except one fault in `worse`
and the customer's reaction to it. Written by hand for es_blind9."""
from common import c, rpair, t

# f01 Puebla, taller: worse argues with the customer about the noise
F01_0 = c("Buenas. ¿Ya revisó mi coche? Es lo del tronido de adelante cuando doy vuelta", None)
F01_3 = t("Vuelta cerrada y despacio: eso suele ser la junta homocinética. Vamos a hacer justo esa maniobra aquí en el patio.")
F01_4 = c("Ándele, ahí está, ¿ya lo oyó?", None)
F01_5 = t("Sí. Es la homocinética izquierda: el hule está roto y ya se le salió la grasa. Con pieza y mano de obra son 2,100. No es para mañana, pero no la deje más de un mes.")
F01_6 = c("Uy, 2,100. ¿Me la cambia hasta la quincena? Ahorita no me alcanza", "no_money")
F01_7 = t("Claro, le aparto la pieza. Tráigalo el sábado 15 temprano y en una mañana queda.")

# f02 Manizales, banco: worse doubts the customer's honesty
F02_0 = c("Buenas, me aparece un cobro en la tarjeta de credito de 870 mil en una tienda de ropa en Medellin, y yo no he ido a Medellin este año", None)
F02_1 = t("Ya lo veo, señor: 870.000 el sabado 12 a las 4 de la tarde, compra presencial con chip. ¿Tiene la tarjeta fisica con usted ahora?")
F02_2 = c("Si, aqui la tengo, nunca la he prestado", None)
F02_5 = t("Le bloqueo esta tarjeta ya y le pido una nueva. La reclamacion queda con radicado 30218; mientras se investiga, ese cobro no le genera intereses ni cuenta para el pago minimo.")
F02_6 = c("Y en cuanto me responden?", None)
F02_7 = t("Maximo 15 dias habiles. La respuesta le llega al correo, y yo le hago seguimiento el viernes de la otra semana y lo llamo.")

# f03 Monterrey, telefonia: worse drops the price before asking anything
F03_0 = c("hola, quiero ver si me pueden bajar el plan, pago 599 y se me hace mucho", "too_expensive")
F03_3 = t("Revise sus ultimos tres meses: no ha pasado de 3 gigas. Con ese uso le queda el plan de 299: 6 gigas, redes y llamadas ilimitadas. Se lo cambio en el siguiente corte, sin penalizacion.")
F03_4 = c("299? orale, si. y no pierdo mi numero verdad?", None)
F03_5 = t("No, conserva su numero y su equipo. Le llega un SMS de confirmacion hoy mismo.")
F03_6 = c("va, gracias", None)

# f04 Pereira, consultorio: worse gives an unasked lecture
F04_0 = c("Buenas tardes doctora, vengo por el certificado medico pa un trabajo de conductor, me lo piden pa el lunes", None)
F04_1 = t("Con gusto. Le tomo la presion y le reviso la vista. ¿Toma algun medicamento o tiene alguna enfermedad?")
F04_2 = c("No, nada. Bueno, fumo, pero poquito", None)
F04_3 = t("La presion esta en 128/82, normal, y la vista 20/20 en los dos ojos. Para el certificado esta apto.")
F04_4 = c("Ah bueno, que alivio. ¿Y me lo entrega hoy?", None)
F04_7 = t("Aqui tiene, firmado y con sello. Vale por seis meses.")

# f05 Leon, curtiduria: worse leaves a vague next step
F05_0 = c("Buenas tardes, ¿tienen piel de becerro en color miel? Ocupo unos 40 pies para un pedido de botines", None)
F05_1 = t("Buenas tardes. ¿En qué calibre la ocupa y para cuándo?")
F05_2 = c("Calibre 1.2 a 1.4. El pedido lo entrego el 20, entonces la ocupo a más tardar el lunes", None)
F05_3 = t("En miel tengo poquita en bodega, no sé si llegue a 40 pies; el resto viene de la tenería esta semana. El pie está en 68 pesos.")
F05_4 = c("68 está bien, es lo que pagué la otra vez. ¿Me la puede asegurar?", None)

# f06 Calarca, secador de cafe: worse over-promises
F06_0 = c("Buenas, estoy pensando en un secador de silo pequeño, es que en cosecha se me llueve el cafe en la marquesina y en la cooperativa me lo castigan por humedad", None)
F06_1 = t("Buenas. ¿Cuantas arrobas de pergamino seca en una semana de cosecha fuerte?")
F06_2 = c("Como 60 arrobas por semana en el pico", None)
F06_3 = t("Para eso le sirve el silo de 25 arrobas por tanda, con quemador de carbon o gas. Seca en unas 24 horas sin depender del sol. Vale 14 millones instalado.")
F06_4 = c("Es plata. Pero si me quita ese problema de la lluvia...", None)
F06_7 = t("Le propongo que vaya a ver uno funcionando donde don Octavio, en Barcelona, y hable con el antes de decidir. ¿Le sirve el sabado?")

# f07 CDMX, instalacion de internet: worse closes before checking it works where it is used
F07_0 = c("Buenas, pásele. El módem va aquí en la sala, pero yo trabajo en el cuarto de atrás, al fondo", None)
F07_1 = t("Buenas tardes. Lo dejo aquí en la sala junto a la ventana, que es por donde entra la fibra. En unos 40 minutos queda.")
F07_2 = c("Va, aquí ando", None)
F07_5 = t("Aquí atrás le llegan solo 12 megas de los 100, la señal se pierde con las dos paredes. Le pongo un repetidor en el pasillo, viene incluido en su paquete.")
F07_6 = c("Sale, póngalo", None)
F07_7 = t("Listo: en su escritorio ya le dan 92 megas. Ahora sí, fírmeme de conformidad y le dejo la contraseña pegada en el refri.")

# f08 Santa Rosa de Cabal, tienda: worse recommends before asking
F08_0 = c("Buenas joven, ¿usted es el del datafono? La vecina me dijo que anda ofreciendo", None)
F08_3 = t("Si casi todo es efectivo y Nequi, un datafono con costo fijo no le conviene. Le sirve mas el QR: no paga equipo, le recibe Nequi y tarjetas, y solo paga comision cuando lo usan.")
F08_4 = c("Ah, eso si me sirve. ¿Y pa ponerlo que necesito?", None)
F08_5 = t("Su cedula, el RUT y una cuenta o Nequi a su nombre. Se lo activo hoy y le dejo el QR plastificado en el mostrador.")
F08_6 = c("Es que ahorita estoy sola atendiendo, venga mañana temprano", "no_time")

# f09 Toluca, credito automotriz: worse uses unexplained jargon
F09_0 = c("Buenas tardes, ya me decidí por el sedán blanco, pero no lo puedo pagar de contado. ¿Cómo está el crédito?", None)
F09_1 = t("Felicidades. ¿Cuánto quiere dar de enganche y a cuántos meses le gustaría?")
F09_2 = c("Tengo 60 mil de enganche. Y de mensualidad no más de 6 mil, que tengo a mis niños en la escuela", None)
F09_5 = t("Puede hacer pagos adelantados sin penalización, y se reduce el plazo o la mensualidad, lo que usted elija.")
F09_6 = c("Bueno, déjeme lo platico con mi esposo esta noche", "think_it_over")
F09_7 = t("Claro. Le imprimo la corrida con todo desglosado y le aparto el sedán blanco hasta el sábado.")

# f10 Armenia, veterinaria: worse talks about himself
F10_0 = c("Buenas tardes doctor, traigo a la Negra, tiene 13 años y desde la semana pasada casi no come y toma mucha agua", None)
F10_1 = t("Buenas tardes. A ver, Negra, venga. ¿Ha vomitado? ¿Y orina mas de lo normal?")
F10_2 = c("No ha vomitado. Orina harto, hasta se orino en la sala, y ella nunca hacia eso", None)
F10_5 = t("Los dos examenes valen 160 mil y mañana a mediodia tengo resultados. Con eso sabemos si es riñon, azucar u otra cosa, y que tratamiento le sirve.")
F10_6 = c("Uy, 160... es que ando apretada este mes, no me alcanza para los dos", "no_money")
F10_7 = t("Podemos empezar solo con el de sangre, 95 mil, que es el que mas nos dice, y el de orina lo hacemos despues si hace falta. Y si necesita, se lo dejo en dos pagos.")

PAIRS = [
rpair("esb9r_f01_puebla_tronido",
  "Puebla: una clienta vuelve por el tronido al dar vuelta. Worse le discute que el ruido no existe ('son ideas suyas'); better admite que quiza no hizo la maniobra y le pide que se la muestre.",
  better=[F01_0,
    t("Ya lo saqué a dar la vuelta y no lo escuché, pero a lo mejor no hice la maniobra que usted hace. ¿Me acompaña y me enseña cuándo suena?"),
    c("Sí, claro. Suena cuando doy vuelta cerrada para meterlo a mi cochera", None),
    F01_3, F01_4, F01_5, F01_6, F01_7],
  worse=[F01_0,
    t("Ya lo saqué a dar la vuelta y no suena nada, señora. Son ideas suyas; a veces uno se sugestiona con los ruidos."),
    c("No son ideas mías. Suena cuando doy vuelta cerrada para meterlo a mi cochera, lo oigo diario", None),
    F01_3, F01_4, F01_5, F01_6, F01_7]),

rpair("esb9r_f02_manizales_fraude",
  "Manizales: un cliente reporta un cobro de 870 mil que no hizo. Worse pone en duda su honestidad ('seguro no fue usted o alguien de su familia?'); better abre la reclamacion por posible clonacion.",
  better=[F02_0, F02_1, F02_2,
    t("Bien. Si la compra fue presencial y la tarjeta esta con usted, lo mas probable es una clonacion. Le abro ya la reclamacion por fraude."),
    c("Si, por favor. ¿Que tengo que hacer yo?", None),
    F02_5, F02_6, F02_7],
  worse=[F02_0, F02_1, F02_2,
    t("Le pregunto porque es presencial con chip. ¿Esta seguro de que no la uso alguien de su familia, o usted mismo y no se acuerda?"),
    c("¿Me esta diciendo mentiroso? Le estoy diciendo que no he ido a Medellin", None),
    F02_5, F02_6, F02_7]),

rpair("esb9r_f03_monterrey_bajarplan",
  "Monterrey: un cliente quiere bajar su plan de 599. Worse regala 100 pesos de descuento antes de preguntar nada, lo que hace que el cliente sospeche de lo que le cobraban; better pregunta primero por su uso.",
  better=[F03_0,
    t("Claro, lo revisamos. Cuenteme, ¿que es lo que mas usa del plan?"),
    c("casi puro whats y llamadas, en la casa y en el trabajo tengo wifi", None),
    F03_3, F03_4, F03_5, F03_6],
  worse=[F03_0,
    t("Claro, le puedo hacer 100 pesos de descuento desde ya, quedaria en 499. Y cuenteme, ¿que es lo que mas usa del plan?"),
    c("ah... ok. casi puro whats y llamadas, tengo wifi en la casa y el trabajo. pero si me lo bajan tan facil, xq me cobraron 599 todo este tiempo?", None),
    F03_3, F03_4, F03_5, F03_6]),

rpair("esb9r_f04_pereira_certificado",
  "Pereira: un hombre pide certificado medico para un trabajo de conductor. Worse le suelta un sermon no pedido sobre cigarrillo, peso y comida; better se limita a ofrecer en una frase ayuda si algun dia la quiere.",
  better=[F04_0, F04_1, F04_2, F04_3, F04_4,
    t("Si, se lo imprimo ya. Y si algun dia quiere ayuda para dejar el cigarrillo, aqui hay un programa gratis; nomas me dice."),
    c("Listo doctora, gracias, lo tengo en cuenta", None),
    F04_7],
  worse=[F04_0, F04_1, F04_2, F04_3, F04_4,
    t("Si, pero antes dejeme decirle: el cigarrillo le esta dañando los pulmones, y con ese peso y tantas horas sentado manejando, en unos años va a tener problemas del corazon. Deberia hacer ejercicio, nada de fritos, nada de gaseosa, y dejar el tinto en la noche."),
    c("Eh, bueno... yo solo vine por el certificado, doctora. ¿Me lo puede dar? Me estan esperando afuera", None),
    F04_7]),

rpair("esb9r_f05_leon_piel",
  "Leon: un zapatero pide 40 pies de piel color miel para un pedido. Worse cierra con un vago 'luego le aviso'; better dice cuando y como confirma y que pasa si no completa.",
  better=[F05_0, F05_1, F05_2, F05_3, F05_4,
    t("Mañana jueves antes de las 12 le confirmo por WhatsApp cuántos pies tengo en bodega y si la tenería manda el resto el viernes. Si no completo, se lo digo ese mismo día para que busque en otro lado."),
    c("Va, quedo pendiente mañana", None)],
  worse=[F05_0, F05_1, F05_2, F05_3, F05_4,
    t("Déjeme checarlo y luego le aviso, ¿sí?"),
    c("¿Y como cuándo? Es que entrego el 20; si no sé pronto me tengo que mover con otro proveedor", None)]),

rpair("esb9r_f06_calarca_secador",
  "Calarca: un caficultor cotiza un secador de silo por la lluvia en cosecha. Worse le garantiza que su cafe saldra especial y le pagaran 30 por ciento mas; better promete solo lo que el secador hace.",
  better=[F06_0, F06_1, F06_2, F06_3, F06_4,
    t("El problema de la lluvia y del cafe humedo si se lo quita. Lo que no le puedo prometer es mejor precio: eso depende de la calidad en taza, que viene desde la recoleccion y la fermentacion."),
    c("Claro, eso lo se. Lo que me importa es que no me lo castiguen por humedad", None),
    F06_7],
  worse=[F06_0, F06_1, F06_2, F06_3, F06_4,
    t("Le quita ese problema y mas: con este secador le garantizo que su cafe sale como especial y se lo pagan un 30 por ciento mas caro. Se paga solo en la primera cosecha."),
    c("¿Un 30 por ciento mas? Eso nunca lo he visto en la cooperativa, me suena a cuento", None),
    F06_7]),

rpair("esb9r_f07_cdmx_instalacion",
  "CDMX: un tecnico instala internet; el cliente trabaja en el cuarto del fondo. Worse pide la firma en cuanto el modem prende, sin probar donde se usara; better prueba primero en el cuarto.",
  better=[F07_0, F07_1, F07_2,
    t("Ya tiene señal. Antes de irme, vamos a su cuarto de atrás a hacer prueba de velocidad, que es donde la va a usar."),
    c("Sí, vamos", None),
    F07_5, F07_6, F07_7],
  worse=[F07_0, F07_1, F07_2,
    t("Listo, ya quedó, la luz está en verde. Fírmeme aquí de conformidad y le dejo la contraseña."),
    c("¿Y ya probó que llegue al cuarto de atrás? Ahí es donde trabajo, no aquí", None),
    F07_5, F07_6, F07_7]),

rpair("esb9r_f08_santarosa_datafono",
  "Santa Rosa de Cabal: una tendera pregunta al vendedor de datafonos. Worse le recomienda el datafono antes de preguntar nada; better pregunta primero como le pagan.",
  better=[F08_0,
    t("Si señora, buenas. Antes de ofrecerle nada: ¿como le pagan hoy sus clientes, y cuantos le piden pagar con tarjeta?"),
    c("Pues aca la gente paga es en efectivo o por Nequi. Con tarjeta, uno que otro turista el fin de semana", None),
    F08_3, F08_4, F08_5, F08_6],
  worse=[F08_0,
    t("Si señora! Lo que usted necesita es el datafono inalambrico: 89 mil el equipo y 1,8 por ciento por transaccion. Se lo dejo de una."),
    c("Pero si ni sabe cuanto vendo. Aca la gente paga es en efectivo o por Nequi, con tarjeta uno que otro turista. Eso no me hace falta", "no_need"),
    F08_3, F08_4, F08_5, F08_6]),

rpair("esb9r_f09_toluca_credito",
  "Toluca: una clienta pide credito para un sedan. Worse explica las condiciones con jerga sin explicar (CAT, saldo insoluto, pagos nivelados); better dice lo mismo en palabras claras.",
  better=[F09_0, F09_1, F09_2,
    t("Con 60 mil de enganche y a 48 meses queda en 5,850 al mes, con el seguro del coche incluido. La tasa es fija: la mensualidad no cambia en los 4 años. Y el costo total del crédito, con intereses y comisiones, sale en 18.9 por ciento al año; con ese número puede comparar con otros bancos."),
    c("Ah, 5,850 sí me cuadra. ¿Y si quiero pagar antes?", None),
    F09_5, F09_6, F09_7],
  worse=[F09_0, F09_1, F09_2,
    t("Le queda en 5,850 a 48 meses. Es tasa fija con CAT de 18.9 por ciento sin IVA, comisión por apertura del 2 por ciento, seguro financiado, y el saldo insoluto se amortiza con pagos nivelados."),
    c("Perdón, no le entendí eso del CAT ni lo del saldo insoluto... bueno, lo que me importa: ¿y si quiero pagar antes?", None),
    F09_5, F09_6, F09_7]),

rpair("esb9r_f10_armenia_veterinaria",
  "Armenia: una duena lleva a su perra de 13 anos que toma mucha agua. Worse se pone a contar la historia de su propia perra; better explica que sospecha y que examen quiere hacer.",
  better=[F10_0, F10_1, F10_2,
    t("Tanta sed y tanta orina, a su edad, me hacen pensar en los riñones o en azucar. Quiero hacerle examen de sangre y de orina para saberlo."),
    c("Ay Dios. ¿Y eso cuanto vale?", None),
    F10_5, F10_6, F10_7],
  worse=[F10_0, F10_1, F10_2,
    t("Uy, eso me recuerda a mi perrita Luna, una labradora que tuve doce años. A ella le paso igualito y yo me di cuenta tarde, imaginese, siendo veterinario. Desde ahi a mis tres perros les hago examenes cada seis meses, sin falta."),
    c("Ay, que pesar... pero ¿y la Negra que tiene, doctor? ¿Cuanto vale saber?", None),
    F10_5, F10_6, F10_7]),
]

from common import c, rpair, t

P = []

# f01 argues with the customer
o = c("Buenas, mire, en mi apartamento no entra la señal. Las llamadas se me caen y pago $65 al mes por esto.", None)
t1 = t("Qué molesto, y más pagando. ¿Pasa en todo el apartamento o en algunos cuartos? ¿Desde cuándo?")
c1 = c("En todo. Desde que me mudé en marzo, a un sótano en la 180.", None)
t3 = t("Le activo las llamadas por wifi, no cuestan extra. Haga una llamada de prueba aquí, y si en casa sigue fallando le mandamos un amplificador gratis.")
c3 = c("Ok, vamos a probar.", None)
P.append(rpair("esb31r_f01_bronx_phone_signal",
    "Cellphone store, Bronx NY: dropped calls in a basement apartment. Worse argues the coverage map is right.",
    [o, t1, c1, t("Un sótano, eso lo explica: el concreto bloquea la señal. ¿Tiene wifi en el apartamento?"),
     c("Sí, tengo wifi de Optimum.", None), t3, c3],
    [o, t1, c1, t("Pues el mapa marca cobertura excelente en la 180, así que no debería fallar. ¿Tiene wifi en el apartamento?"),
     c("El mapa dirá lo que quiera, pero se me cae con tres teléfonos distintos. Sí, tengo wifi.", None), t3, c3]))

# f02 doubts the customer's honesty
o = c("hola, una piedra me estrello el parabrisas en la 45 y quiero saber si el seguro lo cubre", None)
t1 = t("Hola, lo siento. ¿Me da su número de póliza y cuándo pasó?")
c1 = c("es la TX-55821. fue ayer en la mañana, iba al trabajo", None)
t3 = t("Si es chica y en la esquina, a veces se repara en vez de cambiarse, y la reparación no paga deducible. Le mando un técnico móvil mañana a su trabajo. ¿A las 10?")
c3 = c("a las 10 no puedo, tengo junta. a la 1 si", "no_time")
t4 = t("A la 1 entonces. Le mando por texto el nombre del técnico y la hora.")
P.append(rpair("esb31r_f02_houston_autoins_windshield",
    "Auto insurance chat, Houston TX: windshield cracked by a rock. Worse questions whether it really was a rock.",
    [o, t1, c1, t("Gracias. Tiene comprehensive con deducible de $250 y el parabrisas sale en unos $380. ¿La grieta está frente al chofer o en una esquina?"),
     c("en la esquina de abajo, chiquita pero va creciendo. y 250... bueno, mejor que nada", None), t3, c3, t4],
    [o, t1, c1, t("Gracias. Antes, ¿seguro que fue una piedra? Muchos dicen eso y luego resulta otra cosa. Tiene deducible de $250 y el parabrisas sale en unos $380."),
     c("como que si fue una piedra? pa que le voy a mentir. la grieta esta en la esquina de abajo y va creciendo", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("Buenas, quería información de las bodegas. ¿Qué tamaños tienen?", None)
t2 = t("Para sala, comedor y una recámara le queda una de 10x10: $139 al mes, más $25 de admin una sola vez y el seguro de contenido de $12. Nada más.")
c2 = c("¿Y el seguro es obligatorio? Mi mamá ya tiene seguro de casa.", None)
t3 = t("Si su seguro cubre cosas fuera de la casa, no lo necesita; tráigame la hoja de la póliza y se lo quito. ¿Quiere verla antes de apartar?")
c3 = c("Sí, paso mañana a verla con mi esposo.", None)
P.append(rpair("esb31r_f03_hialeah_storage_discount",
    "Self-storage, Hialeah FL (phone): storing a mother's furniture. Worse opens with a discount before asking anything.",
    [o, t("Buenas. Desde 5x5 hasta 10x30. ¿Qué va a guardar y por cuánto tiempo, más o menos?"),
     c("Los muebles de mi mamá, se viene a vivir con nosotros. Unos seis meses, mientras vendemos su casa.", None), t2, c2, t3, c3],
    [o, t("Buenas. Mire, le doy el primer mes a $1 y 20% menos los tres siguientes. ¿Qué va a guardar y por cuánto tiempo?"),
     c("Eh... ¿y eso por qué tan barato? ¿Qué cobran después? Son los muebles de mi mamá, unos seis meses, mientras vendemos su casa.", None), t2, c2, t3, c3]))

# f04 an unasked lecture
o = c("Buenas. Tengo tres años sin declarar taxes y me llegó carta del IRS. ¿Me pueden ayudar?", None)
t1 = t("Sí, es más común de lo que cree. ¿Me deja ver la carta? ¿Esos años trabajó con W-2 o por su cuenta?")
c1 = c("Con W-2, en una bodega en Ontario. Aquí está la carta.", None)
t3 = t("No hay problema: con su permiso pedimos al IRS la copia de 2022. Son $120 por año; empezamos por el 2021, que es el que le urge.")
c3 = c("¿$120 cada uno? Son $360... Déjeme ver cómo le hago, pero sí quiero arreglarlo.", "no_money")
P.append(rpair("esb31r_f04_ontario_tax_unfiled",
    "Tax office, Ontario CA: three unfiled years and an IRS letter. Worse lectures about the law.",
    [o, t1, c1, t("Gracias. La carta sólo pide 2021. Con W-2, muchas veces el IRS le debe a usted. ¿Tiene los W-2 de los tres años?"),
     c("Tengo dos; el de 2022 no lo encuentro.", None), t3, c3],
    [o, t1, c1, t("Gracias. Le tengo que decir que no declarar es muy serio: multas, intereses, hasta embargo de sueldo. Todos deben declarar cada abril. La carta pide 2021. ¿Tiene los W-2 de los tres años?"),
     c("Sí, ya sé que hice mal, por eso vine... Tengo dos; el de 2022 no lo encuentro.", None), t3, c3]))

# f05 a vague next step
o = c("Hola, ya llené la aplicación de crédito en línea pa' la Tacoma. ¿Ya saben algo?", None)
t1 = t("Hola, déjeme buscarla. ¿Su nombre completo?")
c1 = c("Jesús Alberto Treviño. La llené el lunes.", None)
t2 = t("Ya la veo. El banco la aprobó, pero pide comprobante de ingresos de dos meses porque trabaja por su cuenta.")
c2 = c("Tengo los estados de cuenta del banco. ¿Eso sirve?", None)
P.append(rpair("esb31r_f05_dallas_dealer_financing",
    "Car dealership, Dallas TX (phone): self-employed buyer waiting on loan approval. Worse ends with 'we'll let you know'.",
    [o, t1, c1, t2, c2, t("Sí sirven. Mándemelos hoy a este correo; los subo y le llamo mañana antes de las 12 con la tasa y el pago mensual."),
     c("Perfecto, en la noche se los mando.", None)],
    [o, t1, c1, t2, c2, t("Creo que sí. Mándelos cuando pueda y ya le avisamos cualquier cosa."),
     c("¿Y cuándo me avisan? En otro dealer me tuvieron dos semanas esperando.", "bad_experience")]))

# f06 over-promises
o = c("hola me mudo del bronx a tampa el 3 de agosto. necesito q mis cosas lleguen rapido porque entro a trabajar el 7", None)
t1 = t("¡Hola! ¿Cuántos cuartos son, y cuánto tiene pensado gastar?")
c1 = c("1 cuarto. en otro lado me dieron 2200 y se me hizo mucho", None)
t2 = t("Con 1 cuarto, el camión compartido sale en $1,750. Recogemos el 3 de agosto.")
c2 = c("ok y cuando llega a tampa?", None)
P.append(rpair("esb31r_f06_bronx_movers_delivery",
    "Long-distance movers chat, Bronx NY to Tampa FL. Worse guarantees a delivery date it cannot keep.",
    [o, t1, c1, t2, c2, t("En compartido, entre 5 y 10 días; no le puedo garantizar el 7. Si necesita fecha fija, el exclusivo llega el 5, pero sale en $2,600."),
     c("uy, el exclusivo no me alcanza. deja ver si me quedo con una prima esos dias y te confirmo", "no_money")],
    [o, t1, c1, t2, c2, t("No se preocupe, le llega en dos días, se lo garantizo. Le aparto el 3 con $200."),
     c("perfecto! apartalo, te mando los 200", None)]))

# f07 closes before checking the thing works
o = c("Buenas, compré este teléfono aquí ayer y ya pasé mi número, pero no me llegan los mensajes de mi hija.", None)
t1 = t("Perdón por eso. ¿Sólo los de ella, o de nadie? ¿Ella tiene iPhone?")
c1 = c("Sí, ella tiene iPhone. Los de los demás sí me llegan.", None)
t2 = t("Entonces su número sigue en iMessage de su iPhone viejo. Lo quito en la página de Apple, es un minuto.")
c2 = c("Ah, sí, antes tenía iPhone. Ándele, hágalo.", None)
P.append(rpair("esb31r_f07_fresno_phone_imessage",
    "Cellphone store, Fresno CA: texts from an iPhone not arriving after switching to Android. Worse sends her off without testing.",
    [o, t1, c1, t2, c2, t("Listo. Pídale a su hija que le mande un mensaje; esperamos aquí a que le llegue antes de que se vaya."),
     c("Ya me llegó: '¿mamá, ya jala?' Ay, gracias, mijo.", None)],
    [o, t1, c1, t2, c2, t("Listo, ya quedó, con eso se arregla. Que tenga buen día."),
     c("¿Seguro? ¿No deberíamos probar? Ya es la segunda vez que vengo.", None)]))

# f08 recommends before asking
o = c("Buenas, tengo gallinas en el traspatio y ya casi no ponen. ¿Qué alimento me recomienda?", None)
t2 = t("Con puro maíz les falta proteína y calcio, por eso ponen poco. Y a los tres años ya bajan solas. Con alimento de postura y concha de ostión suelta deberían subir.")
c2 = c("¿Y cuánto sale eso?", None)
t3 = t("El saco de 40 libras, $19, les dura un mes a ocho gallinas; la concha, $9, dura meses. Pruebe un mes y si no ven cambio, me dice.")
c3 = c("Va, deme eso.", None)
P.append(rpair("esb31r_f08_plantcity_feed_hens",
    "Farm and feed store, Plant City FL: backyard hens stopped laying. Worse names a product before asking.",
    [o, t("Buenas. Antes de recomendarle: ¿cuántas son, qué edad tienen y qué les da ahorita?"),
     c("Son ocho, como de tres años. Les doy maíz y las sobras de la cocina.", None), t2, c2, t3, c3],
    [o, t("Le recomiendo el Layer Pro de 50 libras, $32, el mejor pa' postura. ¿Cuántas son, qué edad tienen y qué les da ahorita?"),
     c("¿$32? Uy, está caro. Son ocho, como de tres años. Les doy maíz y sobras.", "too_expensive"), t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("Hola, me acabo de mudar de Puerto Rico a Orlando y necesito seguro pa' mi carro. No sé cómo funciona aquí.", None)
t1 = t("¡Bienvenido! Le explico. ¿Qué carro tiene y está pagado?")
c1 = c("Un Elantra 2019, pagado. Lo uso pa' ir a trabajar al aeropuerto.", None)
t3 = t("Aquí pasa mucho. Para eso hay una cobertura de conductor sin seguro, $22 más. Le mando las dos cotizaciones por escrito pa' que compare.")
c3 = c("Mándemelas. Las veo con calma esta noche y le aviso.", "think_it_over")
P.append(rpair("esb31r_f09_orlando_autoins_jargon",
    "Auto insurance agency, Orlando FL (phone): newcomer from Puerto Rico. Worse uses PIP/PDL/BI/UM without explaining.",
    [o, t1, c1, t("La ley de Florida pide dos cosas: un seguro que paga sus gastos médicos si se lastima, sea quien sea el culpable, y otro que paga lo que usted le dañe a otro. Sale en $98 al mes."),
     c("Ah, ok, entendí. ¿Y si me choca alguien sin seguro?", None), t3, c3],
    [o, t1, c1, t("En Florida el mínimo es PIP de 10 mil y PDL de 10 mil; le recomiendo agregar BI y UM. Sale en $98 al mes."),
     c("Perdón, no entendí nada de esas letras. ¿Y si me choca alguien sin seguro?", None), t3, c3]))

# f10 talks about themselves
o = c("Hola, vi en la página que tienen un apartamento de dos recámaras. ¿Sigue disponible?", None)
t1 = t("Hola, sí, el de $1,350. ¿Para cuántas personas y cuándo se quieren mudar?")
c1 = c("Mi esposa, yo y el bebé. Pa'l primero del mes. ¿Hay cargos además de la renta?", None)
t3 = t("Con un carro, el parking va incluido. Se lo enseño hoy a las 5 y les doy la lista de cargos por escrito pa' que lo decidan con calma.")
c3 = c("Sí, a las 5 venimos.", None)
P.append(rpair("esb31r_f10_dallas_apartment_fees",
    "Apartment leasing office, Dallas TX (phone): young family asks about fees. Worse talks about their own baby instead.",
    [o, t1, c1, t("Sí, y mejor que los sepa ya: $50 de aplicación por adulto, $45 al mes de basura y amenidades, y $500 de depósito. ¿Estacionamiento para uno o dos carros?"),
     c("Uno. O sea, como $1,400 al mes en total. Está un poquito arriba de lo que queríamos.", "too_expensive"), t3, c3],
    [o, t1, c1, t("Sí, unos cargos. Oiga, yo también tengo un bebé de ocho meses, no nos deja dormir, jaja. Cuando me mudé aquí con mi esposa fue un relajo. ¿Estacionamiento para uno o dos carros?"),
     c("Ah, qué bien... ¿pero cuánto son los cargos? Uno nada más.", None), t3, c3]))

PAIRS = P

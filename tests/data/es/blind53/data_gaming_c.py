"""Gaming pairs c01-c10 of es_blind53 (written by hand)."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question: Peten, garantia de picop
o = c("Buenas, compré el picop aquí hace un mes y ya se me calentó dos veces en la carretera a Poptún.", None)
PAIRS.append(gpair(
    "esb53g_peten_picop_garantia",
    "Agencia de picops y taller, Santa Elena (Petén, GT)",
    "putdown_question",
    "Un comerciante vuelve a la agencia porque su picop nuevo se recalienta cargado; lo usa para trabajar.",
    [
        o,
        t("Buenas, qué mala onda, y más con este calor. ¿Me presta la tarjeta de circulación? ¿Y qué marcaba la aguja cuando pasó?"),
        c("Aquí está. Se fue al rojo las dos veces, subiendo, con carga.", None),
        t("Gracias. Con carga y subiendo puede ser el radiador o el termostato. Está en garantía, así que la revisión y el arreglo no le cuestan."),
        c("¿Y cuánto tiempo se queda? Porque con ese picop trabajo, llevo producto a Poptún.", None),
        t("Hoy lo revisamos. Si es el termostato, mañana al mediodía está. Si es el radiador puede tardar tres días por el repuesto, y le prestamos un picop del taller mientras."),
        c("A la gran, eso sí no me lo esperaba. Pero hoy no lo puedo dejar, tengo una entrega en la tarde.", "no_time"),
        t("Entonces tráigalo mañana a las siete; se lo recibo yo mismo y a las nueve le llamo con lo que tenga."),
        c("Trato hecho. Mañana a las siete.", None),
        t("¿Le mando un mensaje hoy en la noche para recordarle?"),
        c("Sí, mándeme, que con tanto viaje se me olvidan las cosas.", None),
    ],
    [
        o,
        t("Buenas. Antes que nada, ¿usted le revisa el agua al picop, o solo lo maneja y ya?"),
        c("Claro que le reviso el agua. No soy nuevo en esto.", None),
        t("Ajá. ¿Y no será que lo anda forzando, cargándolo de más? Cuénteme, ¿qué tanto le mete?"),
        c("Lo normal, unos veinte quintales. Para eso es un picop.", None),
        t("Bueno, con todo respeto, ¿usted sabe que no es un camión, verdad? Mucha gente no entiende eso."),
        c("Mire, yo vine por la garantía, no a que me regañe.", None),
        t("Claro, su experiencia es importante. ¿Y qué es exactamente lo que espera que hagamos, si el picop estaba bien cuando se lo llevó?"),
        c("Que lo arreglen. Ya me lo había advertido mi compadre, que aquí venden y después no responden. Quiero hablar con el gerente.", "bad_experience"),
    ],
))

# c02 not_my_department_or_read_the_terms: Tegucigalpa, colegio con cobro doble
o = c("Buenas, me cobraron dos veces la mensualidad de mi hija en la tarjeta, aquí traigo el estado de cuenta.", None)
PAIRS.append(gpair(
    "esb53g_tegus_colegio_cobro_doble",
    "Colegio privado bilingüe, Tegucigalpa (HN)",
    "not_my_department_or_read_the_terms",
    "Una madre reclama un doble cargo de la mensualidad; ya le pasó el año anterior.",
    [
        o,
        t("Buenas, déjeme ver. ¿Me da el nombre de la alumna y el grado?"),
        c("Valeria Mejía, sexto grado. Los dos cobros son del cinco de marzo, 3,200 cada uno.", None),
        t("Sí, aquí veo que el sistema lo pasó dos veces. Fue error de nosotros. Le puedo hacer la devolución a la tarjeta, que el banco tarda unos diez días, o se lo dejo abonado a abril."),
        c("Mejor la devolución. Ese pisto lo necesito este mes, estamos apretados.", None),
        t("Listo, la solicito ahorita y le doy el número de trámite. Si en diez días hábiles no le aparece, me llama a esta extensión y yo lo persigo con el banco."),
        c("Va. ¿Y el número de trámite me lo puede mandar por correo? Aquí en papel se me pierde.", None),
        t("Claro. Le mando el comprobante por correo hoy mismo, y el día diez le llamo yo para confirmar si ya cayó."),
        c("Bueno, así sí. Gracias.", None),
    ],
    [
        o,
        t("¡Buenas! Con gusto la escucho. ¿Cómo podemos mejorar su experiencia hoy?"),
        c("Que me devuelvan un cobro doble, 3,200 de más.", None),
        t("Entiendo perfectamente. Mire, eso no lo vemos aquí en recepción, eso es de contabilidad."),
        c("¿Y dónde está contabilidad?", None),
        t("Solo atienden martes y jueves de ocho a diez. Y en el contrato de matrícula dice que los reclamos de pagos se hacen por escrito, cláusula doce."),
        c("Yo a esa hora estoy trabajando, no puedo venir un martes a las ocho.", "no_time"),
        t("Lo siento, yo no pongo los horarios. ¿Hay algo más en lo que le pueda servir?"),
        c("El año pasado me pasó lo mismo y nadie me ayudó. Ya estoy pensando en cambiar a la niña de colegio.", "bad_experience"),
    ],
))

# c03 social_proof_or_deadline_pressure: Solola, paneles solares
o = c("Buenas, quería preguntar por los paneles solares. La luz me sale carísima por la refri de la tienda.", None)
PAIRS.append(gpair(
    "esb53g_solola_paneles_tienda",
    "Instalador de paneles solares, Sololá (GT)",
    "social_proof_or_deadline_pressure",
    "La dueña de una tienda en local alquilado paga mucha luz por el refrigerador y pregunta por paneles.",
    [
        o,
        t("Buenas. ¿Cuánto le viene de luz al mes? ¿Tiene a mano algún recibo?"),
        c("Como 600 quetzales. El recibo no lo traje, pero en el cel tengo la foto.", None),
        t("Con eso basta. Sí, 480 kilovatios, y casi todo es la refri, que es vieja. Antes de paneles, ¿ha pensado en cambiar la refri? A veces con eso baja un tercio."),
        c("La refri me la dio la distribuidora de aguas, no es mía, no la puedo cambiar.", None),
        t("Ah, entonces sí, paneles. Para su consumo serían seis, unos 28 mil instalados. El recibo le bajaría a unos 100."),
        c("Veintiocho mil... no, eso no lo tengo ni de broma.", "no_money"),
        t("Hay financiamiento con la cooperativa, con cuota parecida a lo que se ahorra de luz. Pero no se lo recomiendo si piensa mudarse pronto. ¿El local es suyo?"),
        c("Es alquilado. Y no sé si el dueño me deja poner cosas en el techo. Déjeme hablar con él.", "think_it_over"),
        t("Perfecto. Le dejo la cotización por escrito para que se la enseñe. Cuando me diga, paso a ver el techo."),
        c("Va, gracias. Mientras le mando fotos del techo por WhatsApp.", None),
    ],
    [
        o,
        t("¡Buenas! ¿Qué es lo que más le importa de la energía en su negocio?"),
        c("Pagar menos. Me viene como 600 de luz.", None),
        t("Mire, toda la calle principal ya tiene paneles, y también la tienda de la esquina de su cuadra, la de doña Marta."),
        c("¿Ah, sí? ¿Y cuánto sale?", None),
        t("Veintiocho mil, pero con el descuento del mes son 24 mil, solo si firma hoy. Mañana ya sube, porque viene el alza del dólar."),
        c("Es que ese dinero no lo tengo así de un solo.", "no_money"),
        t("Se lo financiamos. Pero le aviso que solo me quedan dos kits a este precio y hay tres personas esperando."),
        c("Déjeme pensarlo. El local ni es mío.", "think_it_over"),
        t("Si lo piensa mucho se queda sin el precio. Todos los que lo pensaron se arrepintieron."),
        c("Pues me arriesgo. Adiós.", None),
    ],
))

# c04 keyword_stuffed: San Pedro Sula, software de planilla (chat)
o = c("buenas, tenemos un taller de costura con 40 empleados y hacemos la planilla en excel, queremos algo mas ordenado", None)
PAIRS.append(gpair(
    "esb53g_sps_software_planilla",
    "Software de planillas, San Pedro Sula (Cortés, HN)",
    "keyword_stuffed",
    "La administradora de un taller que cose para maquilas busca un sistema de planilla; las horas extra dan errores.",
    [
        o,
        t("Buenas! Con gusto. Que es lo que mas se le complica hoy con el excel: las horas extra, el seguro, los pagos?"),
        c("las horas extra, se nos pasan errores y despues hay reclamos. y el IHSS lo calculamos a mano", None),
        t("Entendido: horas extra con errores y el seguro social a mano. Y como marcan entrada y salida los empleados?"),
        c("con un reloj de tarjeta viejito. nada digital", None),
        t("El sistema calcula horas extra e IHSS solo, pero sin reloj digital igual tendrian que digitar las horas. Un reloj biometrico anda en unos 6,000 lps aparte. Se lo digo para que no se lleve sorpresas."),
        c("ah no sabia eso. y cuanto sale el sistema al mes?", None),
        t("Para 40 empleados, 1,800 lps al mes. Le doy un mes de prueba con su planilla real; si no le ahorra tiempo, no paga."),
        c("1,800 mas el reloj... esta pesado pa nosotros. pero la prueba si me interesa", "too_expensive"),
        t("Perfecto. Hoy le mando el acceso y el lunes a las 9 la llamo para cargar la primera quincena juntos."),
        c("listo, el lunes a las 9 estoy en la oficina con las tarjetas del reloj", None),
    ],
    [
        o,
        t("Buenas! Entiendo su necesidad y valoro mucho esta relacion. Nuestra solucion transforma la experiencia de planilla en una experiencia de exito. Como se siente con su experiencia actual?"),
        c("pues mal, se nos pasan errores en las horas extra", None),
        t("Entiendo como se siente. Lo que escucho es que necesita una relacion de confianza con su planilla. Nosotros acompañamos el exito de cada cliente en su necesidad."),
        c("ok pero el sistema calcula el IHSS?", None),
        t("Excelente pregunta, y valoro que la comparta. Nuestra experiencia integral entiende las necesidades de cumplimiento de cada empresa para su exito."),
        c("eso es un si o un no?", None),
        t("Entiendo su necesidad de claridad. Lo importante es que sienta que construimos juntos una relacion de exito. Como se sentiria con una planilla sin estres?"),
        c("mire mejor mandeme precios por correo y ahi vemos", "brush_off"),
    ],
))

# c05 rude: Quetzaltenango, farmacia y generico
o = c("Buenas, seño, ¿tiene algo más barato para esto? Es la metformina que me recetaron.", None)
PAIRS.append(gpair(
    "esb53g_xela_farmacia_metformina",
    "Farmacia, Quetzaltenango (GT)",
    "rude",
    "Un señor mayor busca el genérico de su medicamento para la diabetes; uno que compró en el mercado le cayó mal.",
    [
        o,
        t("Buenas, don. Déjeme ver la receta... Sí, tengo el genérico. La de marca está en 210 la caja y el genérico en 65."),
        c("¿Y el genérico sirve igual? Porque uno oye cada cosa.", None),
        t("Tiene el mismo medicamento y la misma dosis; cambia la marca y el empaque. Si nota algo distinto, me avisa a mí o al doctor."),
        c("Ah, bueno. Fíjese que el mes pasado compré uno en el mercado y me cayó mal del estómago.", "bad_experience"),
        t("Eso pasa con la metformina si se toma sin comida. ¿Usted se la tomaba con el almuerzo?"),
        c("No, en ayunas, así me dijo mi vecino.", None),
        t("Ahí está. Tómela con la comida, como dice aquí en la receta. Se lo apunto en la caja con marcador grande."),
        c("Gracias, mija, qué amable. Deme el genérico, pues.", None),
        t("Aquí tiene. ¿Y cuándo le toca su control con el médico?"),
        c("El otro mes, en el centro de salud. La otra vez me atendieron rápido, gracias a Dios.", None),
    ],
    [
        o,
        t("A ver, deme eso. Sí, hay genérico. ¿Lo quiere o no?"),
        c("¿Y el genérico sirve igual? Porque uno oye cada cosa.", None),
        t("Ay, don, si no sirviera no lo venderíamos, ¿no cree?"),
        c("Es que el mes pasado compré uno en el mercado y me cayó mal del estómago.", "bad_experience"),
        t("Pues por comprar en el mercado. ¿Va a llevar o no? Hay cola."),
        c("Tampoco me hable así, señorita. ¿Cuánto es?", None),
        t("Sesenta y cinco. Está en el rótulo, lo hubiera leído."),
        c("Qué mal atiende. Me voy a la farmacia de enfrente.", None),
    ],
))

# c06 ignored_customer: Catacamas, agroveterinaria
o = c("Buenas, ¿qué tiene pa' las garrapatas? Ya le eché de todo al ganado y no se mueren.", None)
PAIRS.append(gpair(
    "esb53g_catacamas_garrapatas",
    "Agroveterinaria, Catacamas (Olancho, HN)",
    "ignored_customer",
    "Un ganadero con 42 reses no logra controlar la garrapata con los productos de siempre.",
    [
        o,
        t("Buenas. ¿Qué producto le ha echado y cada cuánto? Así no le vendo lo mismo."),
        c("Ivermectina inyectada, y antes el baño ese amarillo, el amitraz, cada mes.", None),
        t("Si el amitraz ya no les hace, puede que la garrapata se haya vuelto resistente; pasa bastante aquí en Olancho. ¿Cuántas reses son?"),
        c("Cuarenta y dos. Pero mire, no quiero gastar en otro producto que tampoco sirva.", "bad_experience"),
        t("Le entiendo. Hay uno con otro principio activo, fluazurón, de echar en el lomo. Para 42 reses sale en unos 4,200. Pero antes le recomiendo que el veterinario de la SAG le haga la prueba de resistencia, es gratis."),
        c("Cuatro mil doscientos está caro. Pero lo de la prueba sí, ¿dónde la pido?", "too_expensive"),
        t("En la oficina de la SAG aquí en Catacamas; le apunto el nombre del doctor. Mientras, le doy un litro de un baño distinto para salir del apuro, cuesta 600."),
        c("Eso sí. Deme el litro y el papelito.", None),
    ],
    [
        o,
        t("Buenas. Cuénteme, ¿qué productos ha usado?"),
        c("Ivermectina inyectada, y el baño amarillo, el amitraz, cada mes.", None),
        t("Perfecto. ¿Y cómo le ha ido con eso?"),
        c("Mal, por eso vengo. No se mueren las garrapatas.", None),
        t("Excelente. Entonces le recomiendo nuestro amitraz, que es el mejor. Sale en 900 el galón."),
        c("¿Amitraz? Si le estoy diciendo que eso ya no les hace nada.", "bad_experience"),
        t("Ajá. ¿Y algo más que le preocupe?"),
        c("Que gasto y gasto y nada. Y el pisto no está para botarlo.", None),
        t("Bien, gracias por compartir. ¿Le pongo dos galones de amitraz, entonces, y una caja de ivermectina?"),
        c("No me puso atención en nada. Me voy a la otra agroveterinaria.", None),
    ],
))

# c07 repeated_questions: San Pedro Carcha, compra de cardamomo
o = c("Buenos días, tengo cardamomo seco para vender. ¿A cómo lo están pagando?", None)
PAIRS.append(gpair(
    "esb53g_carcha_compra_cardamomo",
    "Acopiador de cardamomo, San Pedro Carchá (Alta Verapaz, GT)",
    "repeated_questions",
    "Un productor llega a vender ocho quintales de cardamomo pergamino y quiere saber el precio.",
    [
        o,
        t("Buenos días. Depende de la calidad. ¿Es pergamino ya seco? ¿Cuántos quintales trae y cómo es el grano?"),
        c("Pergamino, sí. Son ocho quintales, grano verde, grandecito, secado en secadora.", None),
        t("Con grano verde y de secadora se lo pago a 1,650 el quintal hoy. Si quiere sacamos una muestra y la pesamos enfrente de usted."),
        c("Mmm, en Cobán me dijeron 1,700. Voy a ir a ver allá.", "think_it_over"),
        t("Puede ser, allá pagan un poco más por grano grande de exportación. Nada más calcule el flete a Cobán de ocho quintales, como 300. Si quiere pesamos la muestra y decide con el número claro."),
        c("Sí, pesemos la muestra, pues.", None),
        t("Va. Pase a la báscula, y le doy el papelito con el precio aunque no venda hoy."),
    ],
    [
        o,
        t("Buenos días. Bienvenido. ¿Cuántos quintales trae?"),
        c("Ocho quintales, pergamino.", None),
        t("Perfecto. Para entenderle bien, ¿qué cantidad tiene para vender?"),
        c("Ocho. Ya le dije. ¿A cómo lo pagan?", None),
        t("Claro, ahorita le digo. ¿Y cuánto es el volumen de su producto, más o menos?"),
        c("Ocho quintales, señor. ¿Me va a dar precio o no?", None),
        t("Sí, sí. Solo para confirmar, ¿cuántos quintales serían en total?"),
        c("Ya estuvo. Me voy a vender a Cobán, allá sí lo atienden a uno.", None),
    ],
))

# c08 wrong_paraphrase: Comayaguela, cobro de remesa
o = c("Buenas, mi hermano me va a mandar dinero desde España y quería saber cómo lo recojo.", None)
PAIRS.append(gpair(
    "esb53g_comayaguela_remesa_espana",
    "Agencia de remesas, Comayagüela (Francisco Morazán, HN)",
    "wrong_paraphrase",
    "Una mujer sin cuenta de banco va a recibir un solo envío para la operación de su madre; su identidad está vencida.",
    [
        o,
        t("Buenas. ¿Él ya sabe por cuál agencia lo va a mandar? Y usted, ¿prefiere recogerlo en efectivo o que le caiga a una cuenta?"),
        c("Por la de ustedes. En efectivo, porque no tengo cuenta de banco.", None),
        t("Ok, en efectivo. Solo necesita su identidad vigente y el número de envío que él le pase. A usted no le cobramos nada por recibir."),
        c("Ah, bueno. Y mi identidad está vencida desde diciembre, ¿pasa algo?", None),
        t("Sí, con la identidad vencida no se lo podemos pagar. Puede usar pasaporte si lo tiene vigente, o pedir la reposición en el RNP."),
        c("Pasaporte no tengo. Y lo del RNP, ay, ahorita no tengo tiempo de hacer esas colas.", "no_time"),
        t("Le entiendo. Mientras, su hermano lo puede mandar a nombre de otra persona de confianza con identidad vigente. Y el RNP de aquí atiende sábados en la mañana, con menos cola."),
        c("Ah, eso no lo sabía. Entonces le digo que lo mande a nombre de mi hija.", None),
        t("Bien pensado. Ella solo trae su identidad y el número de envío."),
        c("Va, ella sale de trabajar a las cuatro y viene en la tarde.", None),
    ],
    [
        o,
        t("¡Buenas! ¿Cómo le gustaría recibir su dinero?"),
        c("En efectivo, porque no tengo cuenta de banco.", None),
        t("Perfecto. Entonces, si la entiendo bien, lo que quiere es abrir una cuenta de ahorro con nosotros para recibir sus remesas, ¿cierto?"),
        c("No, dije que no tengo cuenta. No quiero abrir nada.", "no_need"),
        t("Claro. O sea que su hermano le manda todos los meses y usted quiere la tarjeta de débito para sacarlo en cajero, ¿verdad?"),
        c("No, es una sola vez, para lo de la operación de mi mamá.", None),
        t("Muy bien, entonces resumiendo: quiere la cuenta con tarjeta y un seguro de remesas para proteger esos envíos mensuales. ¿Le abro la solicitud?"),
        c("Usted no oye. Ya tuve cuenta en un banco y me cobraban comisión por todo. No, gracias.", "bad_experience"),
    ],
))

# c09 pitch_to_upset: Escuintla, robo de picop asegurado
o = c("¡Me robaron el picop anoche, en la puerta de mi casa! Tengo seguro con ustedes, ¿qué hago?", None)
PAIRS.append(gpair(
    "esb53g_escuintla_robo_picop",
    "Aseguradora, agencia de Escuintla (GT)",
    "pitch_to_upset",
    "Un asegurado llega alterado: le robaron el picop con el que trabaja; todavía no ha puesto la denuncia.",
    [
        o,
        t("Qué pena, señor. ¿Usted y su familia están bien? ¿Alguien salió herido?"),
        c("No, gracias a Dios fue de madrugada, ni nos dimos cuenta. Pero ese picop es mi trabajo.", None),
        t("Entiendo, es su herramienta. Primero hay que poner la denuncia en la PNC y en el Ministerio Público. ¿Ya la puso?"),
        c("No, me vine directo aquí. Estoy que no sé ni qué hacer.", None),
        t("Está bien. Yo le abro el reclamo ahorita con su número de póliza, y usted va a la PNC con la tarjeta de circulación. Cuando tenga la copia de la denuncia me la manda por WhatsApp."),
        c("¿Y cuánto me pagan? ¿Cuánto tarda? Porque sin picop no trabajo.", None),
        t("La póliza cubre el valor comercial menos un deducible del 10 %. Si no aparece en treinta días, se paga. No incluye carro de reemplazo; se lo digo claro para que no cuente con eso."),
        c("Bueno, al menos sé a qué atenerme. Voy a la PNC ya.", None),
    ],
    [
        o,
        t("Lo siento mucho, entiendo su frustración. Antes de seguir, ¿ha pensado en qué tan protegido está el resto de su patrimonio?"),
        c("¿Qué? Le estoy diciendo que me robaron el picop.", None),
        t("Claro, y precisamente por eso. Con nuestro plan Hogar Seguro, por solo 350 al mes, su casa queda cubierta contra robo también."),
        c("No necesito otro seguro, necesito que me paguen el que ya tengo.", "no_need"),
        t("Le entiendo perfectamente. Y aprovechando, para el picop nuevo le ofrezco la póliza Plus con carro de reemplazo. ¿Cómo le gustaría pagarla?"),
        c("Ni he puesto la denuncia y usted ya me quiere vender otra póliza.", None),
        t("Comprendo. ¿Hay algo más en lo que le pueda ayudar para mejorar su experiencia?"),
        c("Sí, que me pase con su supervisor.", None),
    ],
))

# c10 blame: Jalapa, cuota de cooperativa no aplicada
o = c("Buenas, pagué la cuota del préstamo el día cinco en el banco y ahora me aparece mora.", None)
PAIRS.append(gpair(
    "esb53g_jalapa_cuota_mora",
    "Cooperativa de ahorro y crédito, Jalapa (GT)",
    "blame",
    "Un asociado pagó a tiempo en el banco, pero el pago no se aplicó al préstamo y le cargaron mora.",
    [
        o,
        t("Buenas, déjeme revisar. ¿Trae la boleta del depósito?"),
        c("Aquí está. Pagué en el banco del parque, porque aquí había mucha cola.", None),
        t("Sí, aquí está el depósito del cinco, pero lo aplicaron a su cuenta de ahorro, no al préstamo. Es un error de cuadre nuestro."),
        c("¿Y la mora me la van a cobrar igual?", None),
        t("No, la mora se la quito. Paso el dinero al préstamo con fecha del cinco y le imprimo el estado de cuenta corregido ahorita."),
        c("Ah, bueno. ¿Y para que no vuelva a pasar?", None),
        t("En la boleta ponga el número de préstamo, no el de asociado; es este de aquí arriba, se lo marco. Si pasa otra vez, me llama directo a mí."),
        c("Va, muchas gracias, muy amable.", None),
        t("Aquí está el estado de cuenta corregido, ya sin mora."),
        c("Ah, mire, ahora sí cuadra. La próxima cuota la pago el cinco otra vez.", None),
    ],
    [
        o,
        t("Buenas. Entiendo su molestia. ¿En qué boleta depositó?"),
        c("En la del banco, aquí la traigo.", None),
        t("Ah, ahí está el problema. Usted puso el número de asociado y no el del préstamo. Eso es error suyo."),
        c("Yo puse lo que me dijeron aquí cuando saqué el préstamo.", None),
        t("Pues le explicaron bien y no puso atención. Y además pagó en el banco y no en ventanilla, eso siempre da problemas."),
        c("Pagué en el banco porque aquí había una cola de una hora.", None),
        t("Bueno, la mora igual se cobra, el sistema la genera solito. Para la otra pague aquí. ¿Algo más?"),
        c("Ya es la segunda vez que me pasa algo así. Voy a sacar mis ahorros y me voy a otra cooperativa.", "bad_experience"),
    ],
))

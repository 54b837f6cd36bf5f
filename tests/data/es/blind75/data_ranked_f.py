"""Ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

# --- f01 fault: drops the price before asking anything (tienda de electrodomesticos, zona 1, Guatemala)
_f01_o = c("Buenas. Ando viendo lavadoras, que la mía ya se arruinó después de doce años.", None)
_f01_t3 = t("Con cinco y lavando casi a diario, una de 16 a 18 kilos le va bien. ¿Y cómo le llega el agua a la casa? Porque las automáticas fallan si el agua llega débil.")
_f01_c4 = c("Pues el agua llega por ratos; a veces hay que llenar la pila con cubeta.", None)
_f01_t5 = t("Entonces le conviene más una semiautomática, que se puede llenar con cubeta. Esta de 17 kilos está en Q3,100. Una automática, con el agua así, le iba a dar problemas.")
_f01_c6 = c("Ah, mire, esa me conviene más. ¿Me la llevan hasta Villa Canales?", None)
_f01_t7 = t("Sí, el envío es gratis y le llega el jueves.")

# --- f02 fault: unexplained jargon (clinica dental, San Pedro Sula)
_f02_o = c("Buenas, doctora. Me duele esta muela de abajo con lo frío y se me queda doliendo un ratote. Anoche no dormí.", None)
_f02_t3 = t("El tratamiento de nervio son 4,500 lempiras y la corona de metal-porcelana 6,000. Se puede hacer en dos etapas: primero el nervio, para quitarle el dolor, y la corona después.")
_f02_c4 = c("Diez mil quinientos... uf, eso está caro. Sacarla ha de ser más barato, ¿verdad?", "too_expensive")
_f02_t5 = t("Sacarla son 900, sí. Pero si la saca, con los años se le van moviendo las de al lado y masticar de ese lado se complica. Si quiere, hoy hacemos la primera parte y le quito el dolor, y la corona la planea para el otro mes.")
_f02_c6 = c("Va pues, hágame lo del nervio hoy, que ya no aguanto.", None)

# --- f03 fault: over-promises (instalacion de minisplits, Francisco de Montejo, Merida)
_f03_o = c("Buenas, ¿usted es el del aire? Pásele. Es pa'l cuarto de mi mamá; mare, con este calor no duerme.", None)
_f03_t1 = t("Buenas tardes, señora. ¿Cuánto mide el cuarto, más o menos, y le da el sol de la tarde?")
_f03_c2 = c("Como cuatro por cuatro. Sí, le pega el sol desde las dos; la pared de atrás quema.", None)
_f03_t3 = t("Para ese cuarto con sol de tarde le va un minisplit de una tonelada, inverter. Instalado anda en 11,500 pesos.")
_f03_c4 = c("¿Y la luz? Porque en verano ya me llega de tres mil el recibo, y mi pensión no da pa' más.", "no_money")
_f03_t7 = t("Le puedo instalar el jueves en la mañana; la instalación lleva unas cuatro horas.")

# --- f04 fault: vague next step (cooperativa cafetalera, San Ramon, Matagalpa)
_f04_o = c("Buenos días. Vengo a preguntar por lo del crédito pa' renovar el cafetal. Tengo una manzana de puro palo viejo que ya no da nada.", None)
_f04_t1 = t("Buenos días, doña Esperanza. ¿Cuántos años tiene ese cafetal y qué variedad es?")
_f04_c2 = c("Es caturra, tiene como veinticinco años. Ya ni con abono levanta, y la roya le pega duro.", None)
_f04_t3 = t("Para una manzana de renovación, con unas cuatro mil plantas de variedad resistente, el crédito es de unos 1,800 dólares, a cinco años con dos de gracia, porque la mata nueva tarda en producir.")
_f04_c4 = c("¿Dos años sin pagar? Eso está bueno, porque los primeros años no voy a tener cosecha de esa parte. Pero ¿qué papeles ocupan?", None)
_f04_t7 = t("Las plantas del vivero se entregan en mayo, para sembrar con las primeras lluvias.")

# --- f05 fault: argues with the customer (hotel boutique, Valladolid, Yucatan)
_f05_o = c("Buenas tardes, hablo para una reservación. Me mandaron la cotización por correo pero no trae el desayuno, y en su página dice que incluye desayuno.", None)
_f05_t1 = t("Buenas tardes. Con gusto lo reviso. ¿Me da su nombre y las fechas?")
_f05_c2 = c("Arturo Garza, del 15 al 18 de abril, dos adultos. Venimos por nuestro aniversario.", None)
_f05_t3 = t("Felicidades. Tengo la habitación con balcón hacia el convento disponible esas fechas, 2,650 la noche.")
_f05_c4 = c("Ok, esa me gusta. Pero ¿y el desayuno? Porque con eso comparé, y otro hotel aquí cerca me da un precio parecido con desayuno incluido.", "too_expensive")

PAIRS = [
    rpair(
        "esb75r_f01_guatemala_lavadora",
        "Tienda de electrodomésticos en la zona 1 de Guatemala. Doña Olga busca lavadora; son cinco en casa y el agua le "
        "llega por ratos. Fault in worse: the trainee drops the price before asking anything.",
        better=[
            _f01_o,
            t("Buenas, doña. ¡Doce años, le salió buena! ¿Cuántos son en la casa y cuánta ropa lava a la semana?"),
            c("Somos cinco, con tres patojos que juegan fútbol. Lavo casi todos los días.", None),
            _f01_t3, _f01_c4, _f01_t5, _f01_c6, _f01_t7,
        ],
        worse=[
            _f01_o,
            t("Buenas, doña. Mire, esta automática de 18 kilos está en Q4,200, pero a usted se la dejo en Q3,600 de una vez. ¿Cómo la ve?"),
            c("Eh... yo nomás ando viendo, don, ni sé cuál me sirve. Somos cinco en la casa, con tres patojos que juegan fútbol, y lavo casi todos los días.", "brush_off"),
            _f01_t3, _f01_c4, _f01_t5, _f01_c6, _f01_t7,
        ],
    ),
    rpair(
        "esb75r_f02_sanpedrosula_muela",
        "Clínica dental privada en San Pedro Sula, Honduras. Don Héctor, mecánico, tiene una caries profunda que llegó al "
        "nervio. Fault in worse: the dentist explains the diagnosis in unexplained jargon.",
        better=[
            _f02_o,
            t("Pase, don Héctor. Ya vi la radiografía que le tomamos: la caries está muy profunda y llegó al nervio de la muela; por eso le duele con lo frío y no se le quita. Hay que hacerle tratamiento de nervio, o sea limpiarle el nervio por dentro para salvar la muela, y después ponerle una corona, que es como una funda para que no se quiebre."),
            c("Ah, ok, entonces sí se puede salvar. ¿Y eso cuánto me sale?", None),
            _f02_t3, _f02_c4, _f02_t5, _f02_c6,
        ],
        worse=[
            _f02_o,
            t("Pase, don Héctor. Ya vi la radiografía: tiene una pulpitis irreversible en la 36, con compromiso periapical incipiente. Le indico endodoncia birradicular y posterior corona de zirconio o metal-porcelana."),
            c("Doctora, yo de eso no entendí nada. ¿Me la va a sacar o qué? ¿Y cuánto me sale?", None),
            _f02_t3, _f02_c4, _f02_t5, _f02_c6,
        ],
    ),
    rpair(
        "esb75r_f03_merida_minisplit",
        "Instalador de aire acondicionado en Francisco de Montejo, Mérida. La señora Rosy quiere un minisplit para el cuarto "
        "de su mamá y le preocupa el recibo de luz. Fault in worse: the installer over-promises.",
        better=[
            _f03_o, _f03_t1, _f03_c2, _f03_t3, _f03_c4,
            t("Es válida la preocupación. El inverter gasta menos que los viejos, pero sí le va a subir el recibo: si lo usa unas ocho horas de noche a 25 grados, calcule de 400 a 600 pesos más al bimestre en verano. Ayuda mucho cerrar bien la ventana y poner una cortina gruesa del lado del sol."),
            c("Ah, bueno, al menos ya sé cuánto calcular. Eso sí lo puedo pagar. ¿Cuándo lo puede instalar?", None),
            _f03_t7,
        ],
        worse=[
            _f03_o, _f03_t1, _f03_c2, _f03_t3, _f03_c4,
            t("No se preocupe por eso: con el inverter el recibo hasta le va a bajar, se lo garantizo. Y el cuarto le va a quedar como refrigerador, su mamá se va a tener que tapar con cobija."),
            c("¿Cómo me va a bajar si es un aparato más? Eso no me lo creo, joven. Lo mismo me dijeron con el refri nuevo y el recibo subió.", "bad_experience"),
            _f03_t7,
        ],
    ),
    rpair(
        "esb75r_f04_matagalpa_renovacion_cafetal",
        "Oficina de una cooperativa cafetalera en San Ramón, Matagalpa, Nicaragua. Doña Esperanza, socia, pide crédito para "
        "renovar una manzana de caturra vieja. Fault in worse: a vague next step ('ya le avisamos').",
        better=[
            _f04_o, _f04_t1, _f04_c2, _f04_t3, _f04_c4,
            t("Su escritura o constancia de la tierra, la cédula y su estado de cuenta de socia, que ese se lo saco yo aquí. El técnico visita la parcela el martes 12 para medir; el comité se reúne el 20, y el 21 yo la llamo con la respuesta. Le apunto todo en este papelito."),
            c("Ah, va, así me organizo. El martes dejo al muchacho en la finca pa' que le enseñe al técnico.", None),
            _f04_t7,
        ],
        worse=[
            _f04_o, _f04_t1, _f04_c2, _f04_t3, _f04_c4,
            t("Los papeles de la tierra y su cédula. Tráigalos cuando pueda, y ya nosotros le avisamos cómo va la cosa; eso depende del comité."),
            c("¿Y cuándo es eso? Porque la otra vez metí una solicitud y nunca me dijeron nada, y se me pasó la época de siembra.", "bad_experience"),
            _f04_t7,
        ],
    ),
    rpair(
        "esb75r_f05_valladolid_hotel_desayuno",
        "Hotel boutique en Valladolid, Yucatán, reservaciones por teléfono. El señor Garza, de Monterrey, nota que la "
        "cotización no trae el desayuno que la página anuncia. Fault in worse: the trainee argues with the customer.",
        better=[
            _f05_o, _f05_t1, _f05_c2, _f05_t3, _f05_c4,
            t("Tiene razón, señor Garza. Lo acabo de ver: la página dice desayuno incluido en reservas directas, y la cotización le salió con la tarifa de agencia por error. Se la corrijo: 2,650 la noche con desayuno para dos, y se la reenvío ahorita."),
            c("Perfecto, entonces sí. Apártela, le doy los datos de la tarjeta.", None),
        ],
        worse=[
            _f05_o, _f05_t1, _f05_c2, _f05_t3, _f05_c4,
            t("Mire, la página no dice eso exactamente: dice 'desayuno disponible'. Y la tarifa que le mandamos es la correcta. Yo creo que usted lo confundió con otro hotel."),
            c("Lo tengo abierto en la pantalla y dice 'incluye desayuno'. No me diga que me confundí. Mejor me quedo con el otro.", None),
        ],
    ),
]

# --- f06 fault: doubts the customer's honesty (sucursal bancaria, Managua)
_f06_o = c("Buenas. Ayer deposité quince mil en el agente de la pulpería de mi barrio y no me aparecen en la cuenta. Aquí traigo el voucher.", None)
_f06_t1 = t("Buenas, don Álvaro. Déjeme ver el comprobante y su cédula, por favor.")
_f06_c2 = c("Aquí están. Es plata pa' pagarle a un proveedor hoy a las tres.", None)
_f06_t5 = t("El número de cuenta coincide. Abro el reclamo ahora con el número de operación; el área de agentes tiene hasta 24 horas, pero con ese número normalmente lo resuelven en unas horas.")
_f06_c6 = c("¿Y lo de mi proveedor? Tengo que pagarle a las tres.", None)
_f06_t7 = t("Le doy una constancia del reclamo con el número; muchos proveedores la aceptan. Y a las dos le marco para decirle cómo va.")

# --- f07 fault: an unasked lecture (colegio privado, Tuxtla Gutierrez)
_f07_o = c("Buenos días, señorita. Vengo a ver lo de la colegiatura de mi hija, Valeria, de segundo de secundaria. Debo dos meses. Me quedé sin chamba en agosto.", None)
_f07_t1 = t("Buenos días, don Rubén. Lamento lo del trabajo. Déjeme ver su estado de cuenta... son dos meses, 5,200 pesos con los recargos.")
_f07_c2 = c("Es que ahorita no los tengo completos. Puedo dar mil quinientos hoy.", "no_money")
_f07_t5 = t("Perfecto. Firme aquí el convenio, y Valeria sigue normal; no se le afecta nada en la escuela.")
_f07_c6 = c("Gracias. Eso era lo que más me preocupaba.", None)

# --- f08 fault: recommends before asking (agencia de motos, Tegucigalpa)
_f08_o = c("Buenas, joven. Quiero comprar una motito, pero le digo que nunca he manejado, ¿eh?", None)
_f08_t3 = t("Para empezar y con subidas le conviene una automática de 125: no hay que meter cambios y tiene buena fuerza. Sale en 42 mil, y le damos cinco clases de manejo en el parqueo.")
_f08_c4 = c("Cuarenta y dos mil... uy, es mucho pa' mí de un solo.", "no_money")
_f08_t5 = t("Con prima de 8 mil, las cuotas quedan en unos 2,100 al mes a dos años. ¿Cuánto le queda de las tortillas al mes, para ver si le cuadra?")
_f08_c6 = c("Como unos seis mil limpios. Dos mil ya es harto, pero con la moto reparto el doble. Lo voy a hablar con mi hija, que ella me ayuda.", "think_it_over")

# --- f09 fault: closes before checking the thing works (reparacion de celulares, Tapachula)
_f09_o = c("Buenas, vengo por mi cel, el Samsung, el de la pantalla estrellada. Me dijeron que hoy estaba.", None)
_f09_t1 = t("Buenas, don Eliseo. Sí, aquí está, ya con la pantalla nueva. Quedó bonita, ¿verdad?")
_f09_c2 = c("Ah, sí, se ve nuevecita. ¿Cuánto fue al final?", None)
_f09_t5 = t("Tiene razón, es el conector del táctil, a veces queda flojito. Deme quince minutos y se lo reviso sin costo.")
_f09_c6 = c("Va, pero que quede bien, que con eso me hacen los pedidos de fruta por WhatsApp.", None)

# --- f10 fault: talks about themselves (kiosko de telefonia, Soyapango)
_f10_o = c("Buenas, mija. Quiero un paquete de internet pa'l celular, porque ahora los clientes me quieren pagar con el QR y pedir por WhatsApp.", None)
_f10_t1 = t("Buenas, doña. ¿Y cuántos pedidos le llegan al día, más o menos? ¿Usa el celular para algo más?")
_f10_c2 = c("Unos veinte, veinticinco pedidos en la noche. Y pues el Facebook, pa' ver las noticias. Videos casi no.", None)
_f10_t5 = t("Sí le alcanza. Y si a mitad de quincena se le acaba, le mete una bolsita de un dólar.")
_f10_c6 = c("Va, démelo, pues.", None)

PAIRS += [
    rpair(
        "esb75r_f06_managua_deposito_agente",
        "Sucursal bancaria en Managua, Nicaragua. Don Álvaro, comerciante del Mercado Oriental, depositó 15,000 córdobas en "
        "un agente bancario (una pulpería) y no le aparecen. Fault in worse: the trainee doubts the customer's honesty.",
        better=[
            _f06_o, _f06_t1, _f06_c2,
            t("Gracias. El comprobante tiene número de operación y es de ayer a las 6:10 de la tarde. Los depósitos en agentes después de las seis a veces se aplican al día siguiente, pero ya debería estar. Voy a abrir un reclamo con ese número para que lo rastreen hoy. ¿Me confirma que este es su número de cuenta?"),
            c("Sí, ese es mi número, lo revisé con la muchacha de la pulpería. ¿Y cuánto tarda eso?", None),
            _f06_t5, _f06_c6, _f06_t7,
        ],
        worse=[
            _f06_o, _f06_t1, _f06_c2,
            t("Mmm. ¿Seguro que lo depositó a su cuenta y no a otra? Porque a veces la gente trae vouchers que no son suyos, o se equivoca de número y después quiere que el banco le reponga."),
            c("¿Me está diciendo que el voucher es falso? Ahí está mi nombre y mi número de cuenta, revíselo usted.", None),
            _f06_t5, _f06_c6, _f06_t7,
        ],
    ),
    rpair(
        "esb75r_f07_tuxtla_colegiatura_convenio",
        "Colegio privado en Tuxtla Gutiérrez, Chiapas, caja. Don Rubén se quedó sin trabajo en agosto y debe dos meses de "
        "colegiatura; ya tiene trabajo nuevo el mes que entra. Fault in worse: an unasked lecture about emergency savings.",
        better=[
            _f07_o, _f07_t1, _f07_c2,
            t("Podemos hacer un convenio: da los 1,500 hoy, le quito los recargos, y el resto lo repartimos en cuatro pagos junto con la colegiatura de cada mes. ¿Le parece posible, o necesita más plazo?"),
            c("Cuatro pagos sí puedo, ya empiezo en un trabajo nuevo el otro mes.", None),
            _f07_t5, _f07_c6,
        ],
        worse=[
            _f07_o, _f07_t1, _f07_c2,
            t("Mire, don Rubén, se lo digo por su bien: uno siempre tiene que tener un fondo de emergencia de tres meses, para eso está. Muchos papás no planean y luego vienen a pedir convenios. Bueno, podemos hacer un convenio: da los 1,500 hoy, le quito los recargos y el resto en cuatro pagos."),
            c("Gracias por el consejo, señorita, pero no vine a que me regañen. Cuatro pagos sí puedo, ya empiezo en un trabajo nuevo el otro mes.", None),
            _f07_t5, _f07_c6,
        ],
    ),
    rpair(
        "esb75r_f08_tegucigalpa_primera_moto",
        "Agencia de motos en Tegucigalpa, Honduras. Doña Marleny vende tortillas y hace mandados en una colonia de subidas y "
        "calles de tierra; nunca ha manejado. Fault in worse: the trainee recommends a bike before asking anything.",
        better=[
            _f08_o,
            t("Buenas, doña, bienvenida. No se preocupe, muchos empiezan así. ¿Para qué la va a usar más, y por dónde anda? ¿Hay mucha subida?"),
            c("Pa' ir a dejar las tortillas a las pulperías y hacer mandados. Vivo en la parte de arriba de la colonia, puras subidas y calles de tierra.", None),
            _f08_t3, _f08_c4, _f08_t5, _f08_c6,
        ],
        worse=[
            _f08_o,
            t("Buenas, doña. Para usted la mejor es esta de 150 de cambios, es la que más se vende: potente, buena para todo. Sale en 58 mil lempiras."),
            c("¿De cambios? Ay, no, si le digo que nunca he manejado. Yo lo que voy a hacer es ir a dejar tortillas a las pulperías, en puras subidas y calles de tierra.", "no_need"),
            _f08_t3, _f08_c4, _f08_t5, _f08_c6,
        ],
    ),
    rpair(
        "esb75r_f09_tapachula_pantalla_celular",
        "Local de reparación de celulares en Tapachula, Chiapas. Don Eliseo, vendedor de fruta del mercado, recoge su "
        "teléfono con la pantalla cambiada. Fault in worse: the trainee charges before testing the repair with him.",
        better=[
            _f09_o, _f09_t1, _f09_c2,
            t("Mil cien, como quedamos. Pero antes de cobrarle, vamos a probarla juntos: toque aquí en todas las esquinas, hágame una llamada y abra la cámara."),
            c("A ver... uy, mire, aquí en la esquina de abajo no agarra el teclado, la letra pe no responde.", None),
            _f09_t5, _f09_c6,
        ],
        worse=[
            _f09_o, _f09_t1, _f09_c2,
            t("Mil cien, como quedamos. ¿Me paga en efectivo o por transferencia? Ya se lo envuelvo."),
            c("En efectivo, tenga... Oiga, espere, aquí en la esquina de abajo no agarra, la letra pe no responde. Y ya le pagué, ¿eh?", None),
            _f09_t5, _f09_c6,
        ],
    ),
    rpair(
        "esb75r_f10_soyapango_paquete_qr",
        "Kiosko de telefonía en Soyapango, El Salvador. Doña Ana vende pupusas de noche y quiere datos para cobrar con QR y "
        "recibir pedidos por WhatsApp. Fault in worse: the trainee talks about herself instead of the customer.",
        better=[
            _f10_o, _f10_t1, _f10_c2,
            t("Con eso, el paquete de $5 por 15 días le alcanza bien: los cobros con QR y los mensajes gastan poquito. Lo que sí le recomiendo es no quedarse sin saldo en la noche, que es cuando vende; le puedo dejar puesta la recarga automática."),
            c("Ah, ¿cinco dólares cada quince días? Eso lo saco en dos pedidos. ¿Seguro que me alcanza?", None),
            _f10_t5, _f10_c6,
        ],
        worse=[
            _f10_o, _f10_t1, _f10_c2,
            t("Ay, fíjese que yo también vendía pupusas con mi mamá en Apopa, y fue lo que me hizo estudiar, porque yo no quería pasar la vida en la plancha, ¿me entiende? Y ahora mire, aquí estoy, y estudio en las noches. Bueno, el paquete de $5 por 15 días le alcanza."),
            c("Ajá, qué bien, mija... pero ahorita no puedo estar platicando, tengo a la gente esperando. ¿Seguro que ese me alcanza?", "no_time"),
            _f10_t5, _f10_c6,
        ],
    ),
]

"""Ranked pairs d01-d10 (written by hand): two decent conversations with the same customer; `better` goes deeper."""
from common import c, rpair, t

# --- d01 -----------------------------------------------------------------------------
_d01 = c("Buenos días. Yo quiero abrir un CDT. Tengo veinticinco millones que me quedaron de la venta de un lotecito en "
         "Fusa y no los quiero tener en la casa ni en la cuenta.", None)

# --- d02 -----------------------------------------------------------------------------
_d02 = c("hola buenas, necesito un plan con mas datos, vendo ropa por instagram y se me acaban a mitad de mes", None)

# --- d03 -----------------------------------------------------------------------------
_d03 = c("Buenas, ajá, estoy buscando una moto usada, algo económico, que la mía me la chocaron y el seguro del otro no "
         "me ha respondido.", None)

# --- d04 -----------------------------------------------------------------------------
_d04 = c("Buenas tardes. Me voy a Madrid con mi hija en dos meses y quiero alquilar mi apartamento de Santa Mónica. "
         "Una amiga me habló de ustedes.", None)

# --- d05 -----------------------------------------------------------------------------
_d05 = c("Buenas, mi amor. ¿Qué me recomiendas pa la gripe? Tengo dos días con la nariz tapada y me duele todo el "
         "cuerpo.", None)

PAIRS = [
    rpair(
        id="esb70r_d01_bogota_cdt_lote",
        situation="Banco, oficina en Bogotá. Una señora mayor quiere poner en CDT lo que le dejó la venta de un lote. "
                  "Better pregunta para qué puede necesitar la plata y descubre una cirugía de cataratas en abril; "
                  "worse le vende bien el CDT de mejor tasa a un año, sin preguntar.",
        better=[
            _d01,
            t("Buenos días, doña Marlene, con gusto. Antes de mirar tasas: ¿hay algo para lo que vaya a necesitar "
              "parte de esa plata este año?"),
            c("Pues... ahora que lo dice, en abril me opero de las cataratas. La EPS cubre una parte, pero el lente "
              "bueno lo pago yo. Serán unos cuatro millones.", None),
            t("Entonces no le conviene amarrarlo todo. Le propongo veinte millones en un CDT a un año, que hoy paga "
              "10,2 % efectivo anual, y cinco en la cuenta de ahorros para la cirugía y cualquier imprevisto, que los "
              "saca cuando quiera."),
            c("Ay, pero en la cuenta de ahorros no gana casi nada, y encima me cobran la cuota de manejo de la "
              "tarjeta.", "too_expensive"),
            t("Es cierto, rinde poquito. Otra opción: los cinco millones en un CDT a 90 días, que vence en marzo, "
              "justo antes de la cirugía, y paga casi lo mismo. Y la cuenta la dejamos sin tarjeta, así no paga "
              "cuota de manejo."),
            c("Eso sí me gusta más. Hagámosle así, mijo.", None),
            t("Listo. Le dejo apuntadas las dos fechas de vencimiento, y en marzo la llamo para que el de los cinco "
              "millones no se le renueve solo."),
        ],
        worse=[
            _d01,
            t("Buenos días, doña Marlene, con gusto. ¿A qué plazo lo quiere?"),
            c("Pues no sé, mijo, usted dirá. El que dé más.", None),
            t("El que mejor paga ahorita es el de 360 días: 10,2 % efectivo anual. Con veinticinco millones se "
              "ganaría unos dos millones y medio al año, menos la retención."),
            c("Ay, eso está bien. ¿Y si necesito sacar algo antes?", None),
            t("Antes del vencimiento no se puede retirar; es la condición del CDT, por eso paga más. Al vencer, usted "
              "decide si lo renueva o lo saca."),
            c("Bueno, igual yo no creo que lo necesite. Hagámosle.", None),
            t("Listo, le preparo los papeles. Firma aquí y aquí, y le entrego el título."),
        ],
    ),
    rpair(
        id="esb70r_d02_medellin_plan_datos_instagram",
        situation="Operador móvil, chat de ventas, Medellín. Una emprendedora que vende ropa por Instagram se queda "
                  "sin datos. Better averigua en qué se le van (transmisiones en vivo desde un taller sin wifi) y "
                  "ajusta la solución a su presupuesto; worse le sube el plan por precio, sin saber la causa.",
        better=[
            _d02,
            t("Hola, buenas, con gusto. ¿En qué se te van más los datos: videos y transmisiones en vivo, o mensajes "
              "y fotos con clientes? ¿Trabajas desde la casa o desde otro lado?"),
            c("hago en vivo 2 veces por semana desde el taller, ahi no hay wifi. y respondo whatsapp todo el dia, a "
              "veces me ayuda mi hermana con otro cel", None),
            t("Entonces lo que se come los datos son los en vivo: una hora de video en vivo gasta unos 2 gigas. "
              "Tienes dos caminos: un plan de 60 gigas a 75 mil, o internet fijo en el taller, que sale parecido y "
              "te sirve para todo. ¿Cuánto pagas hoy?"),
            c("pago 45 mil. 75 ya es mucho, y lo del fijo no se si el dueño del local me deje", "too_expensive"),
            t("Te entiendo. Una opción intermedia: el de 35 gigas a 55 mil, y para los en vivo compartes datos desde "
              "el cel de tu hermana, si ella tiene plan. Y pregúntale al dueño lo del fijo; si te deja, a la larga "
              "te sale mejor."),
            c("ah listo, ella tiene ilimitado jaja. dame el de 55 y yo pregunto lo del fijo", None),
        ],
        worse=[
            _d02,
            t("Hola, buenas, con gusto. ¿Cuánto pagas hoy y cuántos gigas tienes?"),
            c("pago 45 mil, tengo 15 gigas", None),
            t("Te recomiendo el plan de 60 gigas a 75 mil. Con eso no te quedas sin datos."),
            c("75 mil es un salto muy grande, no se", "too_expensive"),
            t("Tengo uno de 35 gigas a 55 mil. Es más del doble de lo que tienes hoy."),
            c("bueno, dame ese", None),
        ],
    ),
    rpair(
        id="esb70r_d03_barranquilla_moto_usada",
        situation="Compraventa de motos usadas, Barranquilla. Un trabajador de la zona franca busca moto económica. "
                  "Better pregunta el uso, muestra el SIMIT y avisa que el SOAT vence pronto, y ofrece revisión con "
                  "un mecánico antes de pagar; worse rebaja y deja probarla, correcto pero sin mostrar papeles.",
        better=[
            _d03,
            t("Buenas, qué pena lo del choque. ¿Para qué la va a usar y cuánto tiene pensado gastar?"),
            c("Pa ir al trabajo en la zona franca, todos los días por la Circunvalar. Tengo como tres millones y "
              "medio, en efectivo.", None),
            t("Por la Circunvalar le conviene algo de 125 o 150 que aguante velocidad. Tengo esta de 150, modelo "
              "2019, en 3,8. Antes de que decida: le muestro el SIMIT para que vea que no tiene comparendos ni "
              "prenda, y le digo de una que el SOAT vence en dos meses."),
            c("¿Tres ochocientos? Se me pasa. Y encima tengo que pagar SOAT dentro de dos meses.", "too_expensive"),
            t("Entiendo. Por lo del SOAT se la dejo en 3,6, y el traspaso lo pagamos a medias. Pruébela por la "
              "cuadra y, si quiere, llévela donde un mecánico de confianza antes de pagar."),
            c("Eso sí me gusta. Voy a traer a mi cuñado, que sabe de motos, mañana temprano.", "think_it_over"),
            t("Listo, se la aparto hasta mañana a las once sin cobrarle nada."),
        ],
        worse=[
            _d03,
            t("Buenas. Tengo varias. ¿Cuánto quiere gastar?"),
            c("Tengo como tres millones y medio.", None),
            t("Mire esta 150 del 2019: está en 3,8, pero en efectivo se la dejo en 3,6. Tiene los papeles al día."),
            c("¿Al día? ¿Y el SOAT cuándo vence?", None),
            t("En dos meses, pero eso se saca rapidito. Pruébela por la cuadra si quiere."),
            c("Ajá, déjame probarla. Si me gusta, me la llevo hoy.", None),
        ],
    ),
    rpair(
        id="esb70r_d04_caracas_alquiler_emigra",
        situation="Inmobiliaria, Caracas. Una señora que emigra a Madrid quiere alquilar su apartamento. Better "
                  "pregunta qué le preocupa (un inquilino que no pague, como le pasó al hermano) y le ofrece elegir "
                  "entre estabilidad y precio, y una alternativa a la comisión; worse da la información correcta del "
                  "servicio y de las tarifas.",
        better=[
            _d04,
            t("Buenas tardes, qué gran cambio. ¿Qué es lo que más le preocupa de alquilarlo estando afuera?"),
            c("Todo, mija. Que me lo destruyan, que no paguen, que se dañe algo y yo sin poder hacer nada desde allá. "
              "A mi hermano el inquilino le dejó de pagar y duró un año pa sacarlo.", "bad_experience"),
            t("Es muy entendible. Verificamos ingresos y referencias, pedimos dos meses de depósito y hacemos "
              "contrato notariado en dólares. Si algo se daña, coordinamos al técnico y le mandamos fotos y "
              "factura. ¿Usted prefiere cobrar un poco menos con un inquilino muy estable, o el máximo del mercado?"),
            c("Estable, mil veces. Aunque sean cincuenta dólares menos.", None),
            t("Entonces apuntamos a unos 450 en vez de 500, para familias o profesionales con trabajo fijo. La "
              "comisión es un mes de alquiler al firmar y el 10 % mensual por administrarlo mientras está afuera."),
            c("El diez por ciento mensual me parece mucho, la verdad.", "too_expensive"),
            t("Se lo entiendo. Incluye cobrar, pagarle el condominio y atender los daños. Si prefiere, hacemos solo "
              "la búsqueda del inquilino, un mes de comisión, y usted lo administra con alguien de la familia. Le "
              "mando el contrato modelo y lo decide con calma."),
        ],
        worse=[
            _d04,
            t("Buenas tardes, con gusto. ¿Cuántas habitaciones tiene y está amoblado?"),
            c("Tres habitaciones, dos baños, puesto de estacionamiento. Lo dejo amoblado.", None),
            t("Por la zona, eso se alquila entre 450 y 550 dólares. Nosotros publicamos, mostramos, verificamos al "
              "inquilino y hacemos el contrato."),
            c("¿Y cuánto cobran ustedes?", None),
            t("Un mes de alquiler al firmar, y el 10 % mensual si quiere que lo administremos mientras está afuera."),
            c("El diez por ciento mensual me parece mucho, la verdad.", "too_expensive"),
            t("Es la tarifa normal del mercado, e incluye cobrar y pagar el condominio. Le mando el contrato al "
              "correo para que lo revise."),
        ],
    ),
    rpair(
        id="esb70r_d05_valencia_farmacia_gripe",
        situation="Farmacia, Valencia (Carabobo). Una señora pide algo para la gripe. Better pregunta qué medicamentos "
                  "toma, sabe que es hipertensa y evita el antigripal con descongestionante; worse pregunta los "
                  "síntomas y vende un antigripal genérico correcto para la gripe, sin preguntar por otros "
                  "medicamentos.",
        better=[
            _d05,
            t("Buenas. ¿Tiene fiebre? ¿Y toma algún medicamento todos los días, para la tensión, el azúcar, algo "
              "así?"),
            c("Fiebre poquita anoche. Y sí, tomo losartán pa la tensión.", None),
            t("Gracias por decirme. Entonces mejor no tome los antigripales combinados, porque casi todos traen un "
              "descongestionante que puede subirle la tensión. Le recomiendo acetaminofén para el malestar y la "
              "fiebre, y solución salina para la nariz; son unos 6 dólares las dos cosas."),
            c("Ah, mira, yo siempre me tomaba el antigripal de sobrecito. Pero bueno, dame eso.", None),
            t("Mucha agua y reposo. Si la fiebre pasa de tres días o siente que le falta el aire, vaya al médico. Y "
              "si quiere, aquí le tomo la tensión ahora, es gratis."),
            c("Ay no, ahorita no, que me están esperando en el carro. Otro día.", "no_time"),
        ],
        worse=[
            _d05,
            t("Buenas. ¿Tiene fiebre o tos?"),
            c("Fiebre poquita anoche. Tos no, es más la nariz y el cuerpo cortado.", None),
            t("Para eso le va bien un antigripal de día y noche: trae para el malestar, la fiebre y la congestión. "
              "La caja de doce tabletas está en 7 dólares."),
            c("Uy, siete dólares... ¿no hay algo más barato?", "too_expensive"),
            t("El genérico, en sobrecitos, sale en 4. Uno cada ocho horas, y mucha agua."),
            c("Dale, dame el genérico.", None),
        ],
    ),
]

# --- d06 -----------------------------------------------------------------------------
_d06 = c("Buenas, ¿hablo con la de las dotaciones? Tengo un restaurante en Chapinero y necesito uniformes pa doce "
         "empleados, que la dotación de abril ya se me pasó.", None)

# --- d07 -----------------------------------------------------------------------------
_d07 = c("Buenas tardes. Mi esposo y yo estamos pensando en sacar prepagada pa la familia, porque con la EPS las citas "
         "se demoran una eternidad.", None)

# --- d08 -----------------------------------------------------------------------------
_d08 = c("Buenas, chamo. Necesito una batería pa un Corolla 2008. Ya van tres mañanas que no me prende y me toca "
         "empujarlo.", None)

# --- d09 -----------------------------------------------------------------------------
_d09 = c("Buenas, ajá, yo llamo por el salón, pa los quince de mi hija en noviembre. ¿Cuánto vale?", None)

# --- d10 -----------------------------------------------------------------------------
_d10 = c("Buenos días. Tengo una panadería en La Isabelica y quiero un préstamo pa comprar un horno nuevo. Son como "
         "cuatro mil dólares.", None)

PAIRS += [
    rpair(
        id="esb70r_d06_bogota_dotacion_restaurante",
        situation="Confección de dotaciones (B2B), llamada, Bogotá. Un dueño de restaurante necesita uniformes para "
                  "doce empleados. Better separa cocina y salón, recoge la queja del calor en cocina y propone llevar "
                  "muestras para que se las midan; worse toma el pedido del catálogo y despacha la queja con un "
                  "'son frescas'.",
        better=[
            _d06,
            t("Sí, con ella. ¿Cómo se reparten los doce: cocina, meseros, caja? Pregunto porque cocina necesita otra "
              "tela, por el calor y la grasa."),
            c("Cinco en cocina, seis meseros y la de caja. Los de cocina se quejan de que los uniformes que tienen "
              "son muy calientes y se les pegan.", None),
            t("Para cocina le recomiendo chaqueta en dril liviano con malla en la espalda, que aguanta el lavado con "
              "desengrasante; para meseros, camisa antifluidos. ¿Cuánto tiene por persona y para cuándo los "
              "necesita?"),
            c("Como ciento veinte mil por persona. Y pues, pa ya, que ya me llamaron la atención del Ministerio de "
              "Trabajo.", None),
            t("Con 120 le alcanza: chaqueta de cocina con pantalón en 115, y camisa de mesero con delantal en 98. La "
              "producción toma doce días hábiles. ¿Le llevo muestras mañana para que los de cocina se las midan "
              "antes de confeccionar?"),
            c("Sí, tráigalas, que ellos son los que se quejan. Pero después de las tres, que antes estamos en el "
              "almuerzo.", None),
            t("Mañana a las tres y media estoy allá con las muestras y la tabla de tallas."),
        ],
        worse=[
            _d06,
            t("Sí, con ella. Le mando el catálogo por WhatsApp. ¿Qué colores maneja el restaurante?"),
            c("Negro y vinotinto. En cocina, blanco.", None),
            t("Perfecto. Le recomiendo la chaqueta de chef clásica en blanco, 95 mil con pantalón, y para los demás "
              "camisa negra con delantal vinotinto, 98. ¿Cuántos de cada uno?"),
            c("Cinco de cocina y siete de lo otro. Pero los de cocina se quejan de que las chaquetas son muy "
              "calientes.", None),
            t("Las nuestras son en dril, son frescas. Me manda las tallas y con el 50 % de anticipo arrancamos; son "
              "doce días hábiles."),
            c("Bueno, le mando las tallas hoy en la noche.", None),
        ],
    ),
    rpair(
        id="esb70r_d07_medellin_prepagada_familia",
        situation="Medicina prepagada, asesoría en Medellín. Una mamá quiere plan familiar porque la EPS se demora. "
                  "Better pregunta qué usan y se entera del asma del hijo, y dice de frente que entra como "
                  "preexistencia; worse da los planes y precios correctos sin averiguar para qué lo quieren.",
        better=[
            _d07,
            t("Buenas tardes. ¿Cuántos son en la familia y qué es lo que más usan hoy: pediatra, especialistas, "
              "urgencias?"),
            c("Somos cuatro, los niños tienen tres y siete años. El de siete es asmático, vivimos en urgencias con él "
              "cada que cambia el clima.", None),
            t("Entiendo. Le tengo que decir algo de entrada: el asma del niño entra como preexistencia, o sea que la "
              "prepagada no le cubriría lo del asma, por lo menos el primer año; eso lo seguiría viendo la EPS. Todo "
              "lo demás sí. ¿Eso cambia lo que están pensando?"),
            c("Uy, pues sí... justo era por él que queríamos. Lo tengo que hablar con mi esposo.", "think_it_over"),
            t("Me parece bien. Lo que sí les sirve desde ya es la pediatría prioritaria y urgencias en la clínica de "
              "Envigado para todo lo que no sea el asma. El plan familiar sale en 640 mil al mes. Les mando por "
              "escrito qué cubre y qué no, y si quieren los llamo el sábado, que están los dos."),
            c("Sí, el sábado en la mañana. Gracias por decirme la verdad.", None),
        ],
        worse=[
            _d07,
            t("Buenas tardes. ¿Cuántos son en la familia y qué edades tienen?"),
            c("Somos cuatro: mi esposo de 38, yo de 35 y los niños de tres y siete.", None),
            t("Tenemos tres planes. El familiar intermedio le sale en 640 mil al mes para los cuatro, con pediatría, "
              "especialistas, urgencias en nuestras clínicas y habitación individual."),
            c("Seiscientos cuarenta... ¿y todo está cubierto desde el primer día?", None),
            t("Las urgencias sí, desde el primer día. Las consultas tienen un periodo de carencia de tres meses. Le "
              "mando el formulario de salud para que lo llenen."),
            c("Listo, mándelo y lo miramos con calma. Cualquier cosa yo la llamo.", "brush_off"),
        ],
    ),
    rpair(
        id="esb70r_d08_caracas_bateria_corolla",
        situation="Venta de baterías y repuestos, Caracas. Un cliente pide batería porque el carro no prende en las "
                  "mañanas. Better pregunta la edad de la batería y las luces, mide con el tester y encuentra el "
                  "alternador; worse vende una buena batería con garantía y la instala, sin buscar la causa.",
        better=[
            _d08,
            t("Buenas. Antes de venderle una: ¿cuánto tiempo tiene la batería que tiene puesta? ¿Y de noche nota "
              "las luces bajitas?"),
            c("La compré hace como un año. Y sí, ahora que lo dices, de noche las luces como que bajan cuando "
              "paro.", None),
            t("Con un año la batería debería estar bien; lo de las luces me hace pensar en el alternador. Tráigalo "
              "aquí a la puerta y le mido las dos cosas con el tester, son cinco minutos y no le cobro."),
            c("Dale, pero rápido, que estoy mal estacionado.", None),
            t("Ya está: la batería tiene buena carga, pero con el carro encendido el alternador da 12,4 voltios, y "
              "debería dar más de 13,5. Si le cambio la batería, en un mes está igual. Llévelo a electricidad "
              "automotriz; aquí al lado hay uno serio."),
            c("Naguará, me ibas a ahorrar como ciento veinte dólares. ¿Y cuánto sale arreglar el alternador?", None),
            t("Si son los carbones, entre 25 y 40 dólares. Y si resulta que sí era la batería, vuelve y se la "
              "cambio con garantía de un año."),
        ],
        worse=[
            _d08,
            t("Buenas. Para el Corolla 2008 tengo dos: una de 95 dólares con un año de garantía y otra de 120 con "
              "dieciocho meses."),
            c("¿Ciento veinte? Está caro... pero si es la que dura más...", "too_expensive"),
            t("La de 120 tiene más amperaje, y para ese carro con aire acondicionado le va mejor. Se la instalo aquí "
              "mismo y le recibo la vieja como parte de pago: le descuento diez dólares."),
            c("Ah, bueno, eso está bien. Dale, pónmela.", None),
            t("Listo, ya está instalada. Préndalo a ver... perfecto. Guarde la factura para la garantía."),
            c("Arranca de una. Gracias, chamo.", None),
        ],
    ),
    rpair(
        id="esb70r_d09_barranquilla_salon_quince",
        situation="Salón de eventos, llamada, Barranquilla. Una mamá pregunta el precio del salón para los quince de "
                  "su hija. Better pregunta invitados, fecha, qué quiere la niña, y arma una opción más barata con lo "
                  "que importa; worse da el precio del paquete, lo rebaja al quitar decoración y manda la cotización.",
        better=[
            _d09,
            t("¡Buenas! Qué emoción. Para darle un precio que le sirva: ¿cuántos invitados más o menos, qué fecha, y "
              "qué le gustaría que incluya: comida, decoración, DJ?"),
            c("Como cien personas, el sábado 16 de noviembre. Comida y DJ sí; la decoración la hace mi hermana, que "
              "trabaja en eso.", None),
            t("Perfecto, entonces no le cobro decoración: cien personas con cena, DJ y meseros queda en 9,5 "
              "millones. ¿Su hija tiene algo que quiera sí o sí? A veces es el vals, la entrada, la hora loca..."),
            c("La hora loca, eso sí, ella no se la quiere perder. Pero nueve millones y medio... eso se me va de las "
              "manos.", "no_money"),
            t("Se lo entiendo. Si en vez de cena servida hacemos estación de pasabocas y picada, baja a 7,2 con la "
              "hora loca incluida. Y si puede pasar la fiesta al viernes 15, le descuento otro 10 %."),
            c("¿El viernes? Ay, no sé, la familia de Sincelejo llega es el sábado. Déjame hablarlo con mi esposo y "
              "con la niña.", "think_it_over"),
            t("Claro. Le mando las dos cotizaciones por WhatsApp, viernes y sábado, y le aparto el sábado 16 sin "
              "compromiso hasta el lunes."),
        ],
        worse=[
            _d09,
            t("¡Buenas! El salón para cien personas con cena, decoración, DJ y meseros está en 11 millones."),
            c("¿Once millones? Ay, no, eso es mucho. Y la decoración la hace mi hermana.", "too_expensive"),
            t("Sin decoración queda en 9,5: cena servida, DJ hasta la una y meseros."),
            c("Nueve y medio... ¿y la hora loca va incluida? Es lo que más quiere la niña.", None),
            t("La hora loca es aparte, 800 mil. ¿Qué fecha tiene pensada?"),
            c("El sábado 16 de noviembre. Mándame eso por WhatsApp y yo te aviso.", "brush_off"),
            t("Listo, se la envío por WhatsApp."),
        ],
    ),
    rpair(
        id="esb70r_d10_valencia_credito_horno",
        situation="Banco, microcréditos, Valencia (Carabobo). Un panadero pide 4.000 dólares para un horno. Better "
                  "pregunta para qué es el horno y si las ventas nuevas ya están confirmadas, y propone un préstamo "
                  "menor con el financiamiento del proveedor; worse tramita bien el préstamo completo.",
        better=[
            _d10,
            t("Buenos días. ¿Qué le pasa al horno que tiene? ¿Es para reemplazarlo o para producir más?"),
            c("Las dos cosas. El que tengo ya está viejo, gasta mucho gas y me quema el pan de un lado. Y con uno más "
              "grande podría venderle a dos bodegas que me están pidiendo.", None),
            t("Entonces el horno le traería ingresos nuevos, y eso ayuda. ¿Las bodegas ya le dijeron cuánto pan le "
              "comprarían a la semana? Pregunto para ver si la cuota la paga ese pan nuevo."),
            c("Una me dijo como treinta canillas diarias; la otra no me ha confirmado. Tengo que cuadrar bien con "
              "ellos.", None),
            t("Con una sola bodega segura, le recomiendo pedir 2.500 y el resto cubrirlo con lo que le den por el "
              "horno viejo y el financiamiento del proveedor, que suele dar tres meses sin intereses. La cuota "
              "quedaría en unos 230 dólares a doce meses. ¿Así, o prefiere esperar a que confirme la otra bodega?"),
            c("No, mejor así: con menos deuda duermo más tranquilo. ¿Qué papeles traigo?", None),
            t("El RIF, los estados de cuenta de los últimos tres meses y la cotización del horno. Y si consigue por "
              "escrito el pedido de la bodega, tráigalo, que ayuda en la aprobación."),
        ],
        worse=[
            _d10,
            t("Buenos días. Sí, tenemos créditos para equipos. Por cuatro mil dólares a doce meses, la cuota le "
              "queda en unos 370."),
            c("Trescientos setenta está pesadito... pero bueno, con el horno nuevo voy a vender más.", "no_money"),
            t("Seguro que sí. También puede hacerlo a dieciocho meses y baja a unos 260. ¿Cuánto vende al mes, más o "
              "menos?"),
            c("Unos tres mil dólares al mes, en temporada un poco más.", None),
            t("Con eso califica. Tráigame el RIF, los estados de cuenta de tres meses y la cotización del horno, y "
              "lo pasamos a comité."),
            c("Perfecto, se los traigo el lunes.", None),
        ],
    ),
]

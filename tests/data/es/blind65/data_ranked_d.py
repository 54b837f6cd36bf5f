"""Ranked pairs d01-d10 of es_blind65 (two decent conversations; `better` is better), written by hand."""
from common import c, rpair, t

# d01 El Alto, ferretería: pintura para fachada
_o01 = c("Buenas, señorita. Quiero pintar la fachada de mi casa, allá en Senkata. ¿Qué pintura me da? Algo barato nomás.", None)

# d02 Cali, clínica: plan complementario de salud
_o02 = c("Buenas tardes. Me dijeron que aquí venden el plan complementario. Es pa' mi familia, somos cuatro. ¿Cuánto vale?", None)

# d03 Warnes (Santa Cruz), insumos: abono para caña
_o03 = c("Buenas, vengo de Warnes. Tengo caña, unas diez hectáreas, y quiero abonar este año porque el rendimiento me ha bajado. ¿Qué me recomienda?", None)

# d04 Cochabamba, banco: cuenta para recibir remesas
_o04 = c("Buenos días. Mi hija está en Madrid y me manda plata cada mes. Quiero abrir una cuenta pa' que me deposite ahí, porque en la remesadora cobran harto.", None)

# d05 Pasto, tienda de celulares: celular para una mamá de 80 años
_o05 = c("Buenas, joven. Estoy buscando un celular pa' mi mamá, que tiene ochenta años. El que tiene ya no le carga.", None)

# d06 Popayán, agencia de turismo: paseo de pensionados a los termales de Coconuco
_o06 = c("Buenos días. Llamo de parte de la asociación de pensionados de Cali, queremos hacer un paseo a los termales de Coconuco, somos como treinta. ¿Ustedes organizan eso?", None)

# d07 Buenaventura, paseo de avistamiento de ballenas
_o07 = c("Buenas, ¿es aquí donde venden los paseos pa' ver ballenas? Vengo con mi mamá y mis dos niños, somos de Palmira.", None)

# d08 La Paz, cooperativa de ahorro: depósito a plazo fijo de un jubilado
_o08 = c("Buenos días, hijita. Me he jubilado y me han dado mi platita, unos cuarenta mil bolivianos. Mi yerno dice que lo ponga a plazo fijo aquí. ¿Cuánto me dan?", None)

# d09 Cali, software de caja para una panadería (chat)
_o09 = c("hola, tengo una panaderia en el barrio el guabal y quiero un sistema pa la caja. cuanto vale el de ustedes?", None)

# d10 Sacaba (Cochabamba), agroveterinaria: pollitas parrilleras que se mueren
_o10 = c("Buenas, caserito. Tengo unas quinientas pollitas parrilleras en Sacaba y se me están muriendo unas cuantas cada día. ¿Qué alimento les doy?", None)

PAIRS = [
    rpair(
        "esb65r_d01_elalto_pintura_fachada",
        "Ferretería de barrio en El Alto (Bolivia). Un vecino quiere pintar una fachada de revoque que se pela en escamas; quiere gastar poco. Better pregunta por la superficie y el clima antes de vender, y propone hacer por partes; worse vende la pintura correcta pero sin ver que sobre escamas no va a durar.",
        better=[
            _o01,
            t("Buenas. Con gusto. ¿La fachada es de ladrillo visto, revoque de cemento o ya está pintada? ¿Y le da el sol todo el día?"),
            c("Es revoque, ya pintado hace cinco años, pero se está pelando feo, como escamas. Sol le da toda la tarde, y la granizada también.", None),
            t("Si se pela en escamas, pintar encima no va a durar: primero hay que rasquetear lo suelto y poner un sellador, si no la pintura nueva se cae con la vieja. Para el sol y el granizo de aquí, un látex exterior resistente. ¿Cuántos metros más o menos es la fachada?"),
            c("Unos cuarenta metros. Uy, ¿y el sellador también? Yo pensaba gastar poquito, pues, no tengo pa' tanto.", "no_money"),
            t("Le entiendo. Con sellador son unos cuatrocientos cincuenta bolivianos para los cuarenta metros; sin sellador, trescientos, pero en un año estaría igual. Si quiere ahorrar, haga este año solo el lado que da al sol, que es el que más se pela, y el otro después."),
            c("Ah, así sí. Ya, deme pa' la parte del sol nomás.", None),
            t("Listo, le anoto cómo rasquetear y cuánto esperar entre manos. Y si ese día amenaza lluvia, no pinte."),
        ],
        worse=[
            _o01,
            t("Buenas. Para fachada aquí en El Alto le recomiendo este látex exterior, aguanta bien el sol. ¿Cuántos metros es?"),
            c("Unos cuarenta metros. Ya está pintada, pero se está pelando.", None),
            t("Para cuarenta metros le salen dos baldes de este, trescientos bolivianos. Le da dos manos y queda como nueva."),
            c("Ya, está bien. ¿Con rodillo nomás se pone?", None),
            t("Sí, con rodillo de lana. Se lo doy con rodillo y bandeja, son trescientos treinta y cinco en total."),
            c("Ya, deme pues.", None),
            t("Aquí tiene. Cualquier cosa, vuelva."),
        ],
    ),
    rpair(
        "esb65r_d02_cali_plan_complementario",
        "Clínica privada en Cali (Colombia). Una mamá pregunta el precio del plan complementario para cuatro; su hijo tiene asma y ya tuvo un plan que no autorizaba nada. Better pregunta qué le falla de la EPS, ofrece un plan más barato solo para los niños y dice de entrada la carencia; worse da el precio y defiende el plan familiar.",
        better=[
            _o02,
            t("Buenas tardes. Con gusto. Antes del precio, ¿qué es lo que más les ha fallado de la EPS: las citas con especialista, las urgencias, los medicamentos?"),
            c("Las citas, sobre todo pa' mi hijo menor, que tiene asma. Con la EPS la neumopediatra me la dan a tres meses y en urgencias se demoran horas.", None),
            t("Entonces lo que más le sirve es acceso rápido a especialista y urgencias pediátricas. El complementario da cita con especialista en menos de ocho días y urgencias con pediatra de noche. Para cuatro son cuatrocientos veinte mil al mes; hay un plan solo para los niños por doscientos diez."),
            c("Uy... una vez tuve uno de esos planes y nunca me autorizaban nada, todo era pelea.", "bad_experience"),
            t("Tiene razón en preguntar. Se lo digo de una vez: este plan tiene tres meses de carencia para especialistas. El de los niños le cubre lo del asma de su hijo, que es lo urgente. ¿Le dejo por escrito las coberturas y la carencia para que lo compare en casa?"),
            c("Sí, démelo por escrito. Lo miro con mi esposo.", "think_it_over"),
        ],
        worse=[
            _o02,
            t("Buenas tardes. Con gusto. El plan familiar para cuatro personas está en cuatrocientos veinte mil al mes: citas con especialista en menos de ocho días, urgencias en sede propia y descuentos en medicamentos."),
            c("Uy... una vez tuve uno de esos planes y nunca me autorizaban nada, todo era pelea.", "bad_experience"),
            t("Le entiendo, pero este es distinto, aquí autorizamos rápido. Además, si paga el año le damos un mes gratis."),
            c("Mmm. Es que lo que yo necesito es pa' mi hijo, que tiene asma, lo de la neumopediatra.", None),
            t("Perfecto, con el familiar queda cubierto también. ¿Le dejo el folleto?"),
            c("Sí, déjemelo, yo después lo miro.", "brush_off"),
        ],
    ),
    rpair(
        "esb65r_d03_warnes_abono_cana",
        "Casa de insumos en Warnes, Santa Cruz (Bolivia). Un cañero en quinto corte ve caer el rendimiento y abona por costumbre con urea. Better pregunta rendimientos y propone un análisis de suelo antes de vender abono; worse vende una fórmula estándar grande y luego la recorta a la mitad.",
        better=[
            _o03,
            t("Buenas. ¿Cuántos cortes lleva ese cañaveral y cuánto le está dando ahora por hectárea comparado con antes?"),
            c("Va en el quinto corte. Antes sacaba como setenta toneladas, ahora cincuenta y pico.", None),
            t("En quinto corte es normal que baje, pero veinte toneladas es harto. ¿Ha hecho análisis de suelo alguna vez? Sin eso uno abona a ciegas."),
            c("Análisis nunca. Mi papá abonaba con urea nomás y así he seguido. Y ahorita no tengo tiempo pa' andar con análisis, la zafra ya viene.", "no_time"),
            t("Lo entiendo. El análisis cuesta ciento ochenta y sale en diez días; justo le sirve para abonar el rebrote después de la zafra, que es cuando más aprovecha. Puede que le falte potasio y no urea, y ahí la urea sola es plata perdida. La muestra la tomo yo el martes, usted no pierde el día."),
            c("Ya, si usted la toma, está bien. El martes.", None),
        ],
        worse=[
            _o03,
            t("Buenas. Para caña le recomiendo la fórmula completa, que trae de todo, y urea para completar el nitrógeno."),
            c("Ya. ¿Y cuánto le pongo? Va en el quinto corte.", None),
            t("Unas cinco bolsas por hectárea de la completa y dos de urea. Para las diez hectáreas le sale en unos dieciocho mil bolivianos."),
            c("Uy, dieciocho mil. No tengo tanto ahorita, tal vez la mitad.", "no_money"),
            t("Entonces póngale la completa nomás, y la urea el próximo año. Con eso ya debería subir."),
            c("Ya, hágame la cuenta de la mitad.", None),
        ],
    ),
    rpair(
        "esb65r_d04_cochabamba_cuenta_remesas",
        "Agencia bancaria en Cochabamba (Bolivia). Una señora quiere una cuenta para recibir la plata que le manda su hija desde Madrid; le tiene miedo a la aplicación porque a su comadre la estafaron. Better pregunta cómo recibe hoy, respeta el miedo y le da reglas simples de seguridad; worse abre la cuenta bien pero le instala la aplicación sin atender su miedo.",
        better=[
            _o04,
            t("Buenos días. Qué bien que lo pregunte. ¿Cuánto le manda más o menos cada mes, y cómo lo recibe ahora?"),
            c("Unos trescientos euros. Lo recojo en la remesadora de la Heroínas, hago fila una hora, y me cobran comisión aquí y allá.", None),
            t("Ya. Con una caja de ahorro aquí, su hija le transfiere desde su banco en España directo a su cuenta; la comisión la cobra su banco de allá, aquí no le cobramos por recibir. ¿Usted usa celular con internet? Con la aplicación ve cuándo llega sin venir a preguntar."),
            c("Celular tengo, pero eso de la aplicación no, me da miedo que me roben. A mi comadre le vaciaron la cuenta por un mensaje.", "bad_experience"),
            t("Tiene razón en cuidarse. La aplicación no es obligatoria; puede cobrar en ventanilla o en el cajero. Y una regla para que no la engañen: el banco nunca le pide su clave por mensaje ni por llamada. Para abrir la cuenta solo necesito su carnet y una factura de luz."),
            c("Ya, abrámosla. La aplicación después, cuando venga mi nieto.", None),
        ],
        worse=[
            _o04,
            t("Buenos días. Sí, le abrimos una caja de ahorro y su hija le puede transferir desde España. Necesito su carnet y una factura de luz."),
            c("Aquí tengo el carnet. ¿Y cuánto me cobran por recibir?", None),
            t("Por recibir, nada. Le instalamos también la aplicación para que vea sus movimientos, ¿ya? Es muy fácil."),
            c("Eso de la aplicación no, me da miedo que me roben. A mi comadre le vaciaron la cuenta.", "bad_experience"),
            t("No se preocupe, es segura. Ya se la instalé, aquí le anoto cómo entrar, y cualquier duda vuelve."),
            c("Ya, gracias, joven.", None),
        ],
    ),
    rpair(
        "esb65r_d05_pasto_celular_mama",
        "Tienda de celulares en Pasto (Colombia). Un hijo busca celular para su mamá de 80 años, que ve poco, le tiemblan las manos y quiere ver las fotos de los nietos. Better pregunta para qué lo usa, explica por qué el barato no le sirve y ofrece configurarlo en modo sencillo; worse ofrece primero el de teclas y luego el caro sin adaptarlo a ella.",
        better=[
            _o05,
            t("Buenas, con gusto. ¿Su mamá qué hace con el celular? ¿Solo llamadas, o también WhatsApp, fotos de los nietos?"),
            c("Llamadas, y el WhatsApp pa' ver las fotos de los nietos que están en Bogotá. Pero ve poquito y le tiemblan las manos.", None),
            t("Entonces le sirve uno de pantalla grande, con letra grande y WhatsApp. Este tiene un modo sencillo que deja solo cuatro botones grandes: llamar, WhatsApp, fotos y linterna. Vale cuatrocientos noventa mil, y se lo dejo configurado con los contactos en foto."),
            c("Ay, cuatrocientos noventa... yo pensé que uno de viejito salía en ciento cincuenta.", "too_expensive"),
            t("Esos de teclas grandes sí salen en ciento cincuenta, pero no tienen WhatsApp, entonces ella no vería las fotos de los nietos. Si lo más importante es llamar, ese le sirve; si son las fotos, este. ¿Qué es lo que más la pone contenta a ella?"),
            c("Las fotos, sin duda. Bueno, deme el de pantalla grande y me lo configura, por favor.", None),
        ],
        worse=[
            _o05,
            t("Buenas, con gusto. Para personas mayores tenemos este de teclas grandes, con botón de emergencia. Vale ciento cincuenta mil."),
            c("Ah, bueno. ¿Y ese tiene WhatsApp? Es que ella ve las fotos de los nietos que están en Bogotá.", None),
            t("No, ese no tiene. Si quiere WhatsApp está este otro de pantalla grande, cuatrocientos noventa mil."),
            c("Ay, cuatrocientos noventa... pensé que salía más barato.", "too_expensive"),
            t("Es el más económico que tiene WhatsApp. ¿Se lo empaco?"),
            c("Bueno, sí, ese. Ella ya se acostumbrará.", None),
        ],
    ),
    rpair(
        "esb65r_d06_popayan_termales_pensionados",
        "Agencia de turismo en Popayán (Colombia), llamada de una asociación de pensionados de Cali que quiere ir a los termales de Coconuco. Better pregunta por edades y salud antes de cotizar, adapta el sitio y ofrece dos opciones comparables; worse cotiza el paquete estándar de un día y solo baja el precio.",
        better=[
            _o06,
            t("Buenos días, sí, con mucho gusto. ¿Qué edades tienen más o menos, y hay alguien con problemas de corazón, presión o movilidad? Le pregunto porque Coconuco queda a casi tres mil metros y el agua es muy caliente."),
            c("La mayoría pasa de sesenta y cinco. Hay varios hipertensos y dos señoras en silla de ruedas.", None),
            t("Gracias por decírmelo. Para ese grupo recomiendo el balneario que tiene piscinas tibias y rampas, no los pozos naturales. Y que los hipertensos no pasen de quince minutos en el agua caliente. ¿Harían el viaje desde Cali el mismo día, o duermen en Popayán?"),
            c("Mismo día. Pero uy, cinco horas de bus ida y vuelta... no sé si aguantan. Eso lo tengo que consultar con la junta.", "think_it_over"),
            t("Es sensato. Le mando dos opciones por escrito: el día completo saliendo a las cinco de la mañana, y otra con noche en Popayán, con precio por persona, para que la junta compare."),
            c("Listo, mándemelo al correo de la asociación.", None),
        ],
        worse=[
            _o06,
            t("Buenos días, sí, con mucho gusto. Tenemos el pasadía a Coconuco: bus desde Cali, entrada a termales, almuerzo típico y guía. Son ciento cuarenta mil por persona."),
            c("Ah, bueno. Somos como treinta, la mayoría mayores de sesenta y cinco.", None),
            t("Perfecto, para un grupo de treinta se lo dejo en ciento treinta mil. Salimos a las cinco de la mañana y regresamos a las nueve de la noche."),
            c("Uy, todo el día... no sé si aguantan. Eso lo tengo que consultar con la junta.", "think_it_over"),
            t("Claro. Le mando la cotización al correo."),
            c("Listo, gracias.", None),
        ],
    ),
    rpair(
        "esb65r_d07_buenaventura_ballenas",
        "Muelle turístico de Buenaventura (Colombia). Una señora de Palmira quiere ver ballenas con su mamá, que se mareó feo en lancha una vez, y dos niños. Better pregunta por la experiencia en lancha, da consejos concretos contra el mareo, ofrece una opción corta y es honesto sobre que no puede garantizar las ballenas; worse vende el tour largo y promete que las verán seguro.",
        better=[
            _o07,
            t("Sí señora, aquí es. ¿Han viajado en lancha antes? Le pregunto porque son casi dos horas de mar abierto hasta Juanchaco y a veces el mar está picado."),
            c("Los niños nunca. Mi mamá una vez fue a Tumaco y se mareó horrible, dice que no se vuelve a montar en lancha.", "bad_experience"),
            t("Entonces salgan en la lancha de las siete, que el mar está más calmado; que su mamá tome la pastilla del mareo media hora antes y se siente atrás, que se mueve menos. Si de todos modos no quiere, hay un paseo corto por la bahía, de una hora, donde a veces se ven ballenas cerca de la bocana."),
            c("¿A veces? ¿O sea que no es seguro que las veamos?", None),
            t("Le soy sincero: en septiembre en el paseo largo se ven casi siempre; en el corto, más o menos la mitad de las veces. No se lo puedo garantizar. El largo vale ciento veinte mil por persona y el corto sesenta."),
            c("Bueno, gracias por decirme la verdad. Vamos en el largo, el de las siete, y le doy la pastilla a mi mamá.", None),
        ],
        worse=[
            _o07,
            t("Sí señora, aquí es. Tenemos el tour a Juanchaco y Ladrilleros con avistamiento, ciento veinte mil por persona, sale a las siete y regresa a las cinco."),
            c("Ah, bueno. Pero mi mamá se marea en lancha, una vez en Tumaco le fue horrible.", "bad_experience"),
            t("Tranquila, le damos una pastillita para el mareo y listo. Y ballenas ven seguro, en septiembre están por todas partes."),
            c("Bueno, entonces sí. Somos cuatro.", None),
            t("Perfecto, cuatrocientos ochenta mil. ¿Efectivo o transferencia?"),
            c("Efectivo.", None),
        ],
    ),
    rpair(
        "esb65r_d08_lapaz_plazo_fijo_jubilado",
        "Cooperativa de ahorro en La Paz (Bolivia). Un jubilado quiere poner su dinero a plazo fijo porque su yerno se lo dijo. Better pregunta si va a necesitar la plata, descubre la matrícula de la nieta y las goteras, y propone dividir; worse recomienda el plazo más largo porque paga más, sin ver que necesitará liquidez.",
        better=[
            _o08,
            t("Buenos días, don. Felicidades por la jubilación. Antes de hablar de tasas, ¿esa plata la va a necesitar para algo en los próximos meses? En plazo fijo, si la saca antes, pierde intereses."),
            c("Mmm, puede ser. Mi nieta entra a la universidad el próximo año y quiero ayudarle con la matrícula. Y mi casa en Villa Fátima tiene goteras.", None),
            t("Entonces no lo pondría todo junto. Podría poner treinta mil a un año, que ahora paga cinco por ciento y vence justo antes de la matrícula, y dejar diez mil en caja de ahorro para las goteras y cualquier emergencia, disponible cuando quiera."),
            c("Ah, eso suena bien. Pero no sé, mi yerno quería que lo ponga todo. Déjeme hablar con él.", "think_it_over"),
            t("Claro, tráigalo si quiere y lo vemos juntos. Le imprimo la simulación con los dos montos."),
            c("Ya, hijita. El viernes venimos.", None),
        ],
        worse=[
            _o08,
            t("Buenos días, don. Felicidades. El plazo fijo a un año está pagando cinco por ciento, a dos años cinco y medio. Con cuarenta mil a dos años ganaría unos cuatro mil cuatrocientos."),
            c("Ah, está bien. ¿Y si necesito la plata antes?", None),
            t("Puede sacarla, pero pierde parte de los intereses. Por eso le recomiendo dos años, que paga más."),
            c("Ya. Mi yerno dice que lo ponga todo. Déjeme hablar con él.", "think_it_over"),
            t("Claro. Le imprimo la simulación a dos años."),
            c("Ya, hijita. El viernes venimos.", None),
        ],
    ),
    rpair(
        "esb65r_d09_cali_software_panaderia",
        "Empresa de software de punto de venta, chat con un panadero de Cali (Colombia). Better pregunta qué le duele hoy, descubre que pierde harina sin saber cómo y recomienda el plan con recetas con prueba sin riesgo; worse recomienda el plan básico, que no resuelve ese problema.",
        better=[
            _o09,
            t("Hola, gracias por escribir. Depende de lo que necesite. ¿Hoy cómo lleva las ventas, en cuaderno, en caja registradora? ¿Y qué es lo que más le duele de cómo lo maneja ahora?"),
            c("en cuaderno. lo q me duele es q no se cuanto se pierde, la harina se acaba y no se en q se fue. y tengo 2 empleados en la caja", None),
            t("Entiendo: quiere controlar los insumos y saber qué vende cada cajero. El plan básico solo registra ventas; para la harina necesita el plan con recetas, donde uno pone cuánta harina lleva cada pan y el sistema la va descontando. Ese vale 89 mil al mes. ¿Tiene computador o tablet en la caja?"),
            c("un computador viejito. ahorita estoy corto de plata, no se si me alcanza pa eso", "no_money"),
            t("Le propongo un mes de prueba gratis en su computador; si en ese mes no le muestra dónde se va la harina, no paga nada. Lo instalo un domingo para no interrumpir la venta."),
            c("bueno, dale, el domingo", None),
        ],
        worse=[
            _o09,
            t("Hola, gracias por escribir. El plan básico está en 49 mil al mes: facturación electrónica, registro de ventas e informes. El plan pro con inventario está en 89 mil."),
            c("ahh ok. y cual me sirve? tengo una panaderia pequeña, 2 empleados", None),
            t("Para una panadería pequeña el básico está perfecto, es el más vendido."),
            c("listo. aunque ahorita estoy corto de plata", "no_money"),
            t("Tranquilo, el primer mes es gratis. ¿Le agendo la instalación?"),
            c("bueno, el domingo", None),
        ],
    ),
    rpair(
        "esb65r_d10_sacaba_pollos_parrilleros",
        "Agroveterinaria en Sacaba, Cochabamba (Bolivia). Una criadora pierde cinco o seis pollitas al día y cree que es el alimento. Better diagnostica antes de vender (edad, síntomas, calefacción) y encuentra el frío nocturno; worse cambia el alimento y vende un antibiótico sin preguntar nada.",
        better=[
            _o10,
            t("Buenas, casera. Antes del alimento, ¿cuántas se le mueren al día y de qué edad son? ¿Cómo las ve antes de morir: decaídas, con diarrea, con ruido al respirar?"),
            c("Unas cinco, seis al día. Tienen dos semanas. Están como dormidas, amontonadas, y algunas con diarrea blanquita.", None),
            t("Amontonadas a las dos semanas puede ser frío; en Sacaba las noches son heladas. ¿Qué calefacción tiene en el galpón?"),
            c("Una garrafa con campana, pero en la noche la apago porque gasta mucho gas.", None),
            t("Ahí puede estar buena parte del problema: con frío se amontonan, se asfixian y les da diarrea. El alimento que usa está bien, no lo cambiaría. Mantenga la campana bajita en la noche, y le doy un antidiarreico para el agua por tres días, veinticinco bolivianos. Si en tres días siguen muriendo, tráigame dos muertitas y las abrimos."),
            c("Ya, caserito. Pero el gas está carísimo, no sé si me va a alcanzar pa' toda la noche.", "no_money"),
            t("Póngala bajita y tape las cortinas del galpón con plástico; así el calor no se escapa y gasta menos garrafa."),
        ],
        worse=[
            _o10,
            t("Buenas, casera. Para parrilleras le recomiendo el alimento iniciador premium, con más proteína y vitaminas; con eso se fortalecen."),
            c("¿Y con eso ya no se van a morir? Se mueren unas cinco, seis al día, están amontonadas.", None),
            t("Ayuda bastante. Y le doy también este antibiótico para el agua, de amplio espectro, por cinco días, ochenta bolivianos."),
            c("Uy, ochenta más el alimento... es harto. El alimento de antes estaba más barato.", "too_expensive"),
            t("Es que la calidad cuesta, casera. Pero va a ver la diferencia."),
            c("Ya, deme pues, qué más voy a hacer.", None),
        ],
    ),
]

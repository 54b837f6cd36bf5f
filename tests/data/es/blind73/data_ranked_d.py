"""Ranked pairs d01-d10 (written by hand): two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

# d01 - Houston, phone store: adding a line for a 13-year-old
_open = c("Buenas, quiero agregarle una línea a mi hijo, ya va a entrar a la secundaria y su mamá quiere que traiga teléfono.", None)
PAIRS.append(rpair(
    "esb73r_d01_houston_linea_hijo",
    "Phone store, Houston (Magnolia Park). A Mexican father wants to add a line for his son who is starting middle school. Better asks what the phone is for (location, calls, limiting apps), then looks at the family's real usage and finds savings that pay for the new line; worse goes straight to a standard offer and only trims it when the father balks.",
    [
        _open,
        t("Buenas, con gusto. ¿Qué quieren que haga el niño con el teléfono, más que nada: llamarles, saber dónde anda, o también redes y juegos?"),
        c("Pues la mamá quiere saber dónde anda, porque se va a ir en el bus de la escuela y luego al fútbol. Él quiere TikTok, claro, pero eso a mí no me late.", None),
        t("Entiendo: ubicarlo, poder llamarle y controlar las redes. Le puedo agregar una línea con 5 gigas en 20 al mes y le activo gratis los controles para padres: ven la ubicación y le ponen horario a las apps. ¿Ustedes cuánto pagan ahorita?"),
        c("Ciento cuarenta por tres líneas, y ya se me hace mucho. No quiero que me suba a doscientos.", None),
        t("Con la del niño quedaría en 160. Pero revisando su cuenta: usted y su esposa tienen ilimitado premium y el mes pasado usaron 6 y 9 gigas. Si los paso al ilimitado básico, se queda en 140 aun con la línea nueva. ¿Lo hacemos así?"),
        c("Órale, ¿a poco? Pues sí, hágale así. Pero que la mamá vea lo de la ubicación en su teléfono.", None),
        t("Claro, le instalo la app en el teléfono de ella y en el suyo. Y si en un mes ven que al niño no le alcanzan los 5 gigas, se cambia sin cargo."),
    ],
    [
        _open,
        t("Buenas, con gusto. Tenemos la línea adicional con datos ilimitados en 35 al mes, y el teléfono más popular para jóvenes es el Galaxy A25, sin enganche y 10 al mes."),
        c("¿Treinta y cinco más diez? Uy, ya pago ciento cuarenta por tres líneas, eso ya se me hace mucho.", "too_expensive"),
        t("Entiendo. Hay una línea más económica con 5 gigas en 20 al mes, y el A15 en 6 al mes. Así le queda en 166 en total."),
        c("Bueno, eso está mejor. ¿Y se puede ver dónde anda? La mamá quiere saber dónde anda el niño.", None),
        t("Sí, hay una app de controles para padres incluida, se la activo. ¿Le hacemos la línea con el A15?"),
        c("Sí, va, hágale.", None),
        t("Listo, en quince minutos se lo entrego."),
    ],
))

# d02 - Los Angeles (South Gate), community clinic phone line: high blood pressure, no insurance
_open = c("Buenas, ¿cuánto cobran por una consulta? Es que me dan dolores de cabeza muy seguido y en la farmacia me tomaron la presión y me salió alta.", None)
PAIRS.append(rpair(
    "esb73r_d02_southgate_clinica_presion",
    "Community clinic appointment line, South Gate, Los Angeles. A Guatemalan car-wash worker without insurance asks the price of a visit. Better checks warning signs first, then asks about household and income and finds he likely qualifies for the free county programme, and adapts the slot to his work; worse quotes the sliding fee and books him correctly, but never looks for the free option.",
    [
        _open,
        t("Buenas. Primero, ¿cómo se siente ahorita? ¿Tiene dolor de pecho, se le nubla la vista o se le duerme algún lado del cuerpo?"),
        c("No, nada de eso. Nomás el dolor de cabeza, en la mañana más que todo. En la farmacia me salió ciento sesenta y algo.", None),
        t("Ok, gracias. Con esa presión conviene verlo esta semana. Sobre el costo: ¿tiene algún seguro, cuántas personas viven con usted y más o menos cuánto ganan en el hogar? Aquí cobramos según ingreso, y a lo mejor califica para My Health LA, que es gratis."),
        c("No tengo seguro. Somos cuatro, mi señora, dos niños y yo. Yo gano como quinientos a la semana en la carwash, ella no trabaja.", None),
        t("Con eso seguramente califica para My Health LA, y la consulta y las medicinas de la presión le salen sin costo. Le doy cita el jueves a las 8 con la doctora, y a las 7:30 la consejera le ayuda a inscribirse. Traiga un talón de pago y algo con su dirección."),
        c("¿Gratis? Ah, qué bien. Pero el jueves a las 8 ya estoy trabajando.", "no_time"),
        t("¿Le sirve mejor el sábado a las 9? Abrimos sábados para los que trabajan entre semana, y la consejera también está."),
    ],
    [
        _open,
        t("Buenas. La consulta para pacientes sin seguro es de 45 dólares con la escala de pago, y si necesita análisis de sangre son unos 30 más. ¿Quiere cita?"),
        c("Sí, pero ¿cuándo? Porque entre semana trabajo.", None),
        t("Tengo el sábado a las 9 con la doctora. Traiga una lista de las medicinas que toma."),
        c("No tomo nada. Nomás el dolor de cabeza, y en la farmacia la presión me salió alta, ciento sesenta.", None),
        t("Ok, entonces que la doctora le revise la presión el sábado. Si antes siente dolor de pecho o se le duerme un lado del cuerpo, váyase a emergencias."),
        c("Está bien, el sábado entonces.", None),
    ],
))

# d03 - Miami (Hialeah), car dealer: advertised lease, customer drives for Uber
_open = c("Asere, ¿qué bolá? Vengo por el lease ese del Corolla que anuncian en la radio, el de 249 al mes.", None)
PAIRS.append(rpair(
    "esb73r_d03_hialeah_lease_uber",
    "Toyota dealer, Hialeah, Miami. A young Cuban wants the advertised 249/month lease. Better asks what the car is for and how many miles, finds he drives ~45,000 miles a year for Uber and steers him to financing a used car, honest that the monthly is higher; worse explains the lease terms correctly and raises the mileage cap, but never does the arithmetic that shows the lease will cost him thousands.",
    [
        _open,
        t("¿Qué bolá? Sí, esa oferta está vigente. Antes de meternos en números, ¿para qué vas a usar el carro? ¿Trabajo, familia?"),
        c("Pa' hacer Uber, chico. Ahora mismo lo hago con un carro rentado de la aplicación y me cuesta un ojo de la cara, trescientos a la semana.", None),
        t("¿Y cuántas millas haces más o menos a la semana?"),
        c("Uff, ochocientas, novecientas. Miami-Dade entero, aeropuerto, South Beach, to' eso.", None),
        t("Entonces te digo la verdad: el lease de 249 es con 10 mil millas al año, y tú haces como 45 mil. Cada milla de más se paga a 25 centavos al devolverlo; serían miles de dólares. Para Uber te conviene financiar un Corolla usado 2022, que sale en unos 390 al mes sin límite de millas. ¿Te enseño dos que tengo?"),
        c("Coño, eso nadie me lo había dicho. Pero 390 es más que 249, ¿eh?", "too_expensive"),
        t("Es más al mes, sí. Pero al lado de los 1,200 al mes que pagas de renta, y sin la sorpresa de las millas al final, te sale mucho mejor. Vamos a verlos y te saco los números por escrito, sin compromiso."),
    ],
    [
        _open,
        t("¿Qué bolá? Sí, esa oferta está vigente: 249 al mes, 36 meses, 2,999 de entrada, con 10 mil millas al año."),
        c("¿Dos mil novecientos de entrada? Yo pensaba que eran 249 y ya. No tengo tanto ahora mismo.", "no_money"),
        t("Se puede bajar la entrada a 1,500 y el pago queda en 289. ¿Cuántas millas manejas al año, más o menos?"),
        c("Muchas, yo hago Uber. Como ochocientas a la semana.", None),
        t("Entonces hay que subirle las millas al máximo, 15 mil al año, y el pago queda en 329. Si te pasas, son 25 centavos por milla al final."),
        c("Ta bien, déjame verlo con calma en la casa.", "think_it_over"),
        t("Dale, te imprimo la cotización."),
    ],
))

# d04 - Chicago (Little Village), tax office: refund advance
_open = c("Buenas, ¿aquí dan el adelanto del reembolso? Es que necesito el dinero rapidito.", None)
PAIRS.append(rpair(
    "esb73r_d04_littlevillage_adelanto_reembolso",
    "Tax preparation office, Little Village, Chicago. A Mexican construction worker asks for the refund advance. Better asks why he needs it fast (two months' rent behind), is open about the fee, and adds a practical step (a letter for the landlord with the expected refund); worse explains the advance and fee accurately and starts the return, without finding out what the money is for.",
    [
        _open,
        t("Buenas, sí lo damos. ¿Le puedo preguntar para qué lo necesita rápido? Es para ver cuál opción le conviene, porque hay varias."),
        c("Debo dos meses de renta, el landlord ya me dejó un papel en la puerta. Trabajé menos en diciembre y enero por el frío, en la construcción.", None),
        t("Qué situación. El adelanto es de hasta mil dólares y sale en uno o dos días, sin interés; pero si además le descontamos la preparación del reembolso, hay un cargo de 45. Si paga la preparación hoy, se ahorra esos 45. ¿Cuánto debe de renta?"),
        c("Dos mil cuatrocientos. Y no, hoy no traigo para pagarle la preparación.", "no_money"),
        t("Está bien, se descuenta del reembolso. Con sus dos hijos el reembolso probablemente sea alto, pero el adelanto solo cubre mil. Si quiere, le hago una carta con el monto estimado y la fecha, para que el landlord vea que el resto ya viene; muchos esperan si ven el papel."),
        c("Ah, eso me sirve. El landlord es buena gente, nomás quiere ver que sí le voy a pagar.", None),
        t("Perfecto. Empezamos ahora: ¿me da sus W-2 y los seguros sociales de los niños?"),
    ],
    [
        _open,
        t("Buenas, sí. El adelanto es de hasta mil dólares, sin intereses, y sale en uno o dos días si califica. La preparación es 250 y se la podemos descontar del reembolso por un cargo de 45."),
        c("Cuarenta y cinco más... Bueno, ¿y el resto del reembolso cuándo llega?", None),
        t("Normalmente en tres semanas, por depósito directo. ¿Me da sus W-2?"),
        c("Aquí están, y los papeles de los niños. Es que debo renta, por eso lo necesito.", None),
        t("Perfecto, empezamos. Con dos niños le sale buen reembolso; el adelanto de mil le llega a su tarjeta mañana."),
        c("Ojalá. Va.", None),
        t("Aquí firme, por favor."),
    ],
))

# d05 - New York (Jackson Heights), remittance counter
_open = c("Hola, buenas. Quiero mandar trescientos a mi mamá en Pereira, como todos los meses, pero la otra agencia me subió la comisión.", None)
PAIRS.append(rpair(
    "esb73r_d05_jacksonheights_envio_pereira",
    "Money transfer counter, Jackson Heights, Queens. A Colombian woman sends 300 a month to her 80-year-old mother. Better asks how the mother receives the money before quoting, explains why the cheap app does not fit her, and offers a real saving (send every two months) while leaving the choice to the family; worse opens with the app, corrects course when told, and does the transfer competently.",
    [
        _open,
        t("Hola, bienvenida. ¿Y su mamá cómo lo recibe ahora, en efectivo en una oficina o en una cuenta de banco?"),
        c("En efectivo, en un Éxito que le queda cerca. Ella tiene ochenta años y no maneja eso del banco, ni cajero ni nada.", None),
        t("Entonces le conviene que siga en efectivo y cerca. Aquí cobramos 5.99 por 300 con pago en efectivo, y en el Éxito de ella también pagamos. La tasa de hoy es 4,010 pesos por dólar. ¿Cuánto le cobraba la otra?"),
        c("Ocho dólares, y la tasa no me acuerdo. Pero cinco noventa y nueve también es harto, ¿no hay algo más barato?", "too_expensive"),
        t("Por la aplicación sale en 2.99, pero solo a cuenta de banco, y a su mamá no le sirve. Lo que sí puede hacer: mandar 600 cada dos meses en vez de 300 cada mes; la comisión es la misma 5.99 y se ahorra la mitad. ¿A ella le serviría recibirlo así?"),
        c("Mmm, no sé, ella es muy desordenada con la plata, se le va en un día. Déjeme preguntarle a mi hermana, que vive con ella.", "think_it_over"),
        t("Claro. Hoy le mando los 300 como siempre, y lo de cada dos meses lo ve con su hermana con calma."),
    ],
    [
        _open,
        t("Hola, bienvenida. Le recomiendo nuestra aplicación: la comisión es 2.99 y la tasa es mejor que en ventanilla. Se la instalo ahorita."),
        c("¿Aplicación? Es que mi mamá recibe en efectivo en el Éxito. Ella no tiene cuenta.", None),
        t("Ah, ok. Entonces en ventanilla: 5.99 por 300, pago en efectivo en el Éxito. La tasa de hoy es 4,010."),
        c("Cinco noventa y nueve... bueno, es menos que los ocho de la otra.", None),
        t("Sí. ¿Me da su identificación y los datos de su mamá?"),
        c("Aquí tiene. Se llama Gloria Inés Cardona.", None),
        t("Listo, en diez minutos ya lo puede cobrar."),
    ],
))

# d06 - San Antonio, air-conditioning repair company by phone
_open = c("Bueno, ¿sí es la compañía de los aires? Ocupo que me den precio de una unidad nueva, la mía ya no enfría nada y estamos a cien grados.", None)
PAIRS.append(rpair(
    "esb73r_d06_sanantonio_aire_acondicionado",
    "HVAC company phone line, San Antonio (West Side). A Tejana woman caring for her elderly mother asks for a price on a new AC unit. Better diagnoses before quoting (buzzing, outdoor fan stopped: probably a cheap capacitor), sends a technician the same day and says plainly it will not sell a unit a part can fix; worse quotes a new unit with financing and books a sales visit for the next day.",
    [
        _open,
        t("Sí, señora, aquí es. Antes de darle precio de una nueva, ¿cuántos años tiene la unidad y qué hace exactamente: prende y echa aire tibio, o la parte de afuera ni prende?"),
        c("Tiene como doce años. Sí prende, adentro sale aire, pero tibio. Afuera hace como un zumbido pero el abanico no da vueltas.", None),
        t("Eso que me dice, el zumbido con el abanico de afuera parado, muchas veces es un capacitor, una pieza de unos 150 con todo y visita. Le mando un técnico hoy a revisar; la visita son 89 y si se arregla se los descuento. Si resulta que el compresor ya no sirve, ahí sí le cotizo una nueva."),
        c("¿Hoy? Ay, sí, por favor, mi mamá está aquí conmigo y con este calor ella sufre mucho.", None),
        t("Le mando a Rubén entre las 3 y las 5. Mientras, cierre las cortinas y ponga a su mamá en el cuarto más fresco con un abanico y agua."),
        c("Órale. Y si es la unidad nueva, ¿cuánto andaría? Nomás para irme haciendo a la idea, porque dinero no sobra.", None),
        t("Una de 3 toneladas, instalada, anda entre 6,500 y 8,000, y hay financiamiento. Pero primero que Rubén la vea; no le voy a vender una unidad si con una pieza queda."),
    ],
    [
        _open,
        t("Sí, señora. Para una casa normal, una unidad de 3 toneladas instalada sale entre 6,500 y 8,000, y tenemos financiamiento a 60 meses. ¿Quiere que le mande a alguien a medir?"),
        c("Uy, ocho mil. No tengo esa cantidad, y con el financiamiento, a saber cuánto me cobran de interés.", "no_money"),
        t("Le entiendo. Hay promociones de 0 por ciento a 18 meses si califica con su crédito. El asesor le explica todo en la visita, que es gratis."),
        c("Bueno, mándelo. Pero que sea hoy, que mi mamá no aguanta el calor.", None),
        t("Le tengo cita mañana a las 10 con el asesor. Mientras, ponga a su mamá en el cuarto más fresco de la casa."),
        c("¿Hasta mañana? Bueno, ni modo.", None),
        t("Le llega un texto con la confirmación."),
    ],
))

# d07 - Kissimmee (Orlando area), business internet for a bakery (B2B)
_open = c("Saludos. Tengo una panadería en la Orange Blossom y el internet se me cae y se me cae, y cuando se cae no puedo cobrar con tarjeta. Eso me está costando chavos.", None)
PAIRS.append(rpair(
    "esb73r_d07_kissimmee_internet_panaderia",
    "Business internet sales, Kissimmee (Orlando area). A Puerto Rican bakery owner loses card sales when the connection drops during the morning rush. Better asks when and how long it drops and what is connected, is honest that a faster plan will not stop the outages, and offers a 30-day trial of a cellular backup; worse sells the bigger business plan first and only adds the backup as an extra.",
    [
        _open,
        t("Saludos, qué lío, sobre todo en hora pico. ¿Cuántas veces a la semana se le cae, y por cuánto rato?"),
        c("Dos o tres veces, unos veinte minutos, a veces una hora. Y siempre en la mañana, cuando está la fila de la gente con el café y el pan sobao.", None),
        t("¿Y qué tiene conectado: la máquina de tarjetas, cámaras, música, wifi para clientes?"),
        c("La máquina, cuatro cámaras y el wifi de los clientes, que a veces hay diez personas ahí con la laptop.", None),
        t("Le soy sincero: a su calle no llega fibra todavía, así que un plan más rápido no le quita las caídas. Lo que le recomiendo es un respaldo celular: cuando se cae el cable, la máquina de tarjetas pasa sola a 4G, por 25 al mes. Y separar el wifi de clientes para que no le coma la señal a la caja."),
        c("Mmm, eso suena bien, pero tengo contrato con la compañía del cable hasta diciembre y no quiero pagar penalidad.", None),
        t("No tiene que cancelar nada: el respaldo funciona con su cable actual. Se lo instalo a prueba 30 días, y si no le sirve, lo devuelve sin cargo. ¿Le paso el lunes temprano, antes de que abra?"),
    ],
    [
        _open,
        t("Saludos. Para negocios tenemos el plan Business 500, con IP fija y soporte 24 horas, en 129 al mes. Con eso debería mejorar bastante."),
        c("¿Ciento veintinueve? Yo pago ochenta ahora. ¿Y eso me garantiza que no se cae?", "too_expensive"),
        t("No le puedo garantizar cero caídas, pero el soporte de negocio responde en cuatro horas. ¿Cuántos aparatos tiene conectados?"),
        c("La máquina de tarjetas, cuatro cámaras y el wifi de los clientes.", None),
        t("Entonces el 500 le va bien. Si quiere, le agrego un respaldo 4G por 25 para la máquina de tarjetas."),
        c("Mire, mándeme todo eso por email y yo lo veo cuando tenga un chance.", "brush_off"),
        t("Claro, hoy mismo le mando la cotización por email."),
    ],
))

# d08 - Dallas (Oak Cliff), English school
_open = c("Buenas tardes, quería información de las clases de inglés. ¿Cuánto cuestan y a qué horas son?", None)
PAIRS.append(rpair(
    "esb73r_d08_oakcliff_ingles_cdl",
    "Adult English school, Oak Cliff, Dallas. A Mexican (Zacatecas) delivery driver asks for prices and times. Better asks what the English is for, learns he wants the commercial driver's licence, and offers the targeted evening course with a free first class and instalments; worse describes the general levels well, hears the CDL goal late and does not change the offer.",
    [
        _open,
        t("Buenas tardes, con gusto. ¿Para qué quiere el inglés más que nada: el trabajo, la ciudadanía, ayudar a los niños con la escuela...?"),
        c("Para el trabajo. Manejo troca de reparto y quiero sacar la licencia comercial, la CDL, pero el examen escrito es en inglés y lo que le pregunta el inspector también.", None),
        t("Entonces lo que le sirve es el inglés del examen y de la inspección del camión, no un curso general. Tenemos un grupo de Inglés para CDL los martes y jueves de 7 a 9 de la noche, ocho semanas, 320. ¿Ese horario le acomoda?"),
        c("En la noche está bien, pero trescientos veinte ahorita está pesado, acabo de pagar el registro de la troca.", "no_money"),
        t("Se puede pagar en cuatro pagos de 80, uno cada dos semanas. Y la primera clase es gratis, para que vea si le sirve antes de pagar nada."),
        c("Ah, pues así sí. ¿Cuándo empieza el próximo grupo?", None),
        t("El martes 3. Le aparto lugar; traiga el manual de CDL de Texas si ya lo tiene, que trabajamos con ese."),
    ],
    [
        _open,
        t("Buenas tardes. Tenemos inglés nivel 1, 2 y 3, de lunes a jueves de 6 a 8; cada nivel son 10 semanas y cuesta 380. ¿Ha estudiado inglés antes?"),
        c("Poquito, en la prepa allá en Zacatecas. Entiendo algo pero hablar no.", None),
        t("Entonces le conviene el nivel 2. Hacemos un examen de ubicación gratis antes de empezar."),
        c("Es que yo lo quiero para sacar la CDL, el examen de manejo de troca.", None),
        t("Ah, ok. En el nivel 2 se ve vocabulario de trabajo también, le va a ayudar. ¿Le aparto lugar?"),
        c("Trescientos ochenta está pesado ahorita. Déjeme ver.", "no_money"),
        t("Se puede en pagos. Le dejo el folleto con los horarios."),
    ],
))

# d09 - Los Angeles (Koreatown), tortilla and produce distributor visiting a taquería (B2B)
_open = c("Mire, joven, ya tengo proveedor de tortillas y de verdura. Si viene a ofrecerme lo mismo, no pierda su tiempo.", "no_need")
PAIRS.append(rpair(
    "esb73r_d09_koreatown_proveedor_tortillas",
    "Food distributor rep cold-calling a taquería, Koreatown, Los Angeles. The Oaxacan owner says he already has a supplier. Better asks one question about what fails, finds late Sunday deliveries, is honest that his price is higher and proposes a two-week Sunday-only trial; worse leads with a cheaper price list, respects the no and leaves a card.",
    [
        _open,
        t("Se lo agradezco, y no le quito mucho. Nomás una pregunta: ¿hay algo que le falle con su proveedor de ahora, aunque sea de vez en cuando?"),
        c("Pues... los domingos. El domingo es cuando más vendo y a veces la tortilla llega a las once, y yo abro a las ocho con los desayunos. Ya dos veces me he quedado sin.", None),
        t("Eso le cuesta ventas justo en el mejor día. Nosotros repartimos los domingos a las seis de la mañana en esta zona. No le pido que cambie todo: ¿qué le parece si le traigo solo el pedido del domingo, a prueba, dos semanas?"),
        c("¿Y a cuánto el kilo? Porque el mío me lo deja a 1.60.", None),
        t("A 1.75; le soy honesto, es un poquito más. Si le llega a tiempo y no se queda sin tortilla el domingo, creo que le sale; si no, me lo dice y ya."),
        c("Mmm, quince centavos más... Bueno, déjeme probar un domingo nomás, y vemos.", "too_expensive"),
        t("Va. Le traigo 40 kilos este domingo a las seis. Le dejo mi número para que me diga el sábado si cambia la cantidad."),
    ],
    [
        _open,
        t("Entiendo. Solo le dejo nuestra lista de precios: tortilla de maíz a 1.55 el kilo, más barata que la mayoría, y la verdura al mayoreo. Repartimos todos los días."),
        c("Uno cincuenta y cinco... el mío me la deja a uno sesenta. No es mucha diferencia.", "no_need"),
        t("Son cinco centavos por kilo; con lo que usted vende, al mes es una buena lana. ¿Cuántos kilos usa por semana?"),
        c("Unos ciento cincuenta. Pero cambiar de proveedor es un relajo, y con el que tengo ya hay confianza.", "no_need"),
        t("Se entiende. Le dejo la lista y mi tarjeta; si un día le falla su proveedor, nos llama."),
        c("Sale, déjela ahí en el mostrador.", "brush_off"),
    ],
))

# d10 - Bronx, insurance agency: life insurance
_open = c("Klk, buenas. Quiero un seguro de vida, el más barato que tengan. No quiero na' complicado.", None)
PAIRS.append(rpair(
    "esb73r_d10_bronx_seguro_vida",
    "Insurance agency, Bronx (Kingsbridge). A Dominican father of two asks for the cheapest life insurance. Better asks what made him think of it now (his brother died uninsured and the family had to collect money to repatriate the body), sizes a term policy to the children's ages, says whole life is not worth it for him and adds repatriation cover; worse quotes sensible term options correctly, hears about the brother but goes on without using it.",
    [
        _open,
        t("Buenas, bienvenido. Con gusto. ¿Le puedo preguntar qué lo hizo pensar en el seguro ahora? Así le busco lo que de verdad le sirve."),
        c("Mi hermano se murió el mes pasado, de repente, un infarto, y no tenía na'. Tuvimos que hacer una colecta pa' mandarlo a Santiago. Yo tengo dos muchachitos y no quiero que les pase eso.", None),
        t("Lo siento mucho por su hermano. Entonces lo que quiere es que, si le pasa algo, su esposa y sus hijos no queden con deudas ni tengan que pedir. ¿Cuántos años tienen los niños, y tienen casa o rentan?"),
        c("Seis y nueve. Rentamos. Mi esposa trabaja en una factoría, gana poco.", None),
        t("Para eso, lo más barato que sirve es un seguro a término de 20 años, hasta que los niños sean grandes. Con 250 mil, a sus 38 años y sin fumar, anda en unos 22 al mes. Los de vida entera salen cinco o seis veces más caros; para su caso no se los recomiendo. Y le agrego la cláusula de repatriación, que son 3 al mes."),
        c("Veinticinco al mes, eso sí lo puedo pagar. ¿Y me hacen examen médico? Porque yo le tengo miedo a las agujas, jaja.", None),
        t("Para esa cantidad, nada más preguntas de salud por teléfono, sin examen. Llenamos la solicitud hoy y la respuesta llega en unos días; no paga nada hasta que lo aprueben."),
    ],
    [
        _open,
        t("Buenas, bienvenido. El más económico es el seguro a término. Por ejemplo, 100 mil a 20 años le sale en unos 12 al mes si no fuma. ¿Qué edad tiene?"),
        c("Treinta y ocho. No fumo. ¿Cien mil alcanza pa' algo?", None),
        t("Depende de sus gastos. Si quiere más, 250 mil le sale en 22. ¿Tiene hijos?"),
        c("Dos. Y mi hermano se murió el mes pasado, por eso estoy pensando en esto.", None),
        t("Lo siento. Con dos hijos, yo le recomendaría los 250 mil. ¿Llenamos la solicitud?"),
        c("Déjeme hablarlo con mi esposa primero, que ella es la que lleva las cuentas.", "think_it_over"),
        t("Claro, le dejo la cotización impresa."),
    ],
))

"""Ranked pairs esb28 f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written in Spanish (Mexico)."""
from common import c, rpair, t

P = []

# f01 over-promises
o = c("Buenas, necesito un minisplit para la recámara. Con este calor ya no dormimos.", None)
a1 = t("Buenas. ¡En Mérida, claro! ¿De qué tamaño es la recámara y le pega el sol de la tarde?")
b1 = c("Como 4 por 4. Sí, le da el sol poniente directo.", None)
a2 = t("Con sol poniente le conviene de 1.5 toneladas, no de 1. Este inverter gasta menos luz: 11,900 instalado.")
b2 = c("Está bien. ¿Y cuándo me lo instalan? Tengo un bebé y no aguanta el calor.", None)
P.append(rpair("esb28r_f01_minisplit_instalacion", "Appliance store, Mérida: parents buy an air conditioner in the hot season. Fault in worse: over-promises the installation date.",
  [o, a1, b1, a2, b2,
   t("Le soy honesta: en temporada la instalación va a cinco días. Le doy el primer hueco que se libere y le aviso por WhatsApp."),
   c("Cinco días... bueno, ni modo. Apúntelo y ojalá se libere antes.", None)],
  [o, a1, b1, a2, b2,
   t("¡Mañana mismo se lo instalamos, se lo garantizo! Aunque sea temporada, para usted lo hacemos."),
   c("¿Seguro? En otra tienda me dijeron lo mismo y tardaron dos semanas.", "bad_experience")]))

# f02 unasked lecture
o = c("Buenas tardes, quiero abrirle una cuenta a mi hijo. Tiene 15 y ya trabaja los sábados.", None)
a1 = t("Buenas tardes. ¡Qué bien! ¿Para qué la quiere: que le depositen, ahorrar, pagar en línea?")
b1 = c("Le pagan en efectivo. Quiere ahorrar para una moto, y yo quiero que aprenda a manejar su dinero.", None)
a3 = t("Le explico: cuenta de menor con usted de cotitular, sin comisión, él la usa en su celular. Necesito acta de él y su INE. ¿Los trae?")
b3 = c("Sí, aquí está todo. Nomás que él gana poquito, ¿no cobran si tiene poco saldo?", None)
a4 = t("No hay saldo mínimo. Firman usted y él, y hoy mismo sale con su tarjeta.")
P.append(rpair("esb28r_f02_banco_cuenta_menor", "Bank branch, Pachuca: mother opens an account for her working teenage son. Fault in worse: an unasked lecture on money habits.",
  [o, a1, b1, t("¿Y usted quiere ver sus movimientos, o que él lo maneje solo?"),
   c("Yo quiero ver, pero que él lo maneje. Que aprenda.", None), a3, b3, a4],
  [o, a1, b1, t("Mire, los jóvenes hoy gastan todo en tenis y celulares. Enséñele a no endeudarse; yo a mis hijos les hice presupuesto desde chicos..."),
   c("Ajá... mire, mejor nomás dígame los requisitos.", "brush_off"), a3, b3, a4]))

# f03 doubts the customer's honesty
o = c("Buenas. Tengo la camioneta en garantía y la transmisión da un golpe al pasar de segunda a tercera.", None)
a1 = t("Buenas. ¿Desde cuándo? ¿Pasa en frío, en caliente o siempre?")
b1 = c("Como un mes, más en frío, en las mañanas. Tiene 28 mil kilómetros.", None)
a2 = t("¿Ha notado alguna fuga abajo o alguna luz en el tablero?")
b2 = c("Luz no. Fuga, que yo haya visto, tampoco. La uso para repartir pan.", None)
P.append(rpair("esb28r_f03_agencia_transmision", "Dealer service desk, Celaya: bread delivery man's van under warranty has a gearbox knock. Fault in worse: doubts the customer's honesty.",
  [o, a1, b1, a2, b2,
   t("Bien. Para que el técnico lo oiga en frío, ¿me la deja mañana a las 7? La garantía cubre el diagnóstico."),
   c("Mañana no, la ocupo para repartir. ¿Se la traigo el domingo en la tarde y la dejo la noche?", "no_time")],
  [o, a1, b1, a2, b2,
   t("Mmm. ¿Seguro que no la ha cargado de más o jalado remolque? Eso no lo cubre la garantía, eh."),
   c("¿Me está diciendo mentiroso? Nomás cargo pan. Así mejor la llevo a otra agencia.", None)]))

# f04 argues with the customer
o = c("hola, pregunta: tienen clases de natacion para adultos? nunca aprendi y me da pena", None)
a1 = t("¡Hola! Sí, muchos adultos empiezan de cero. ¿Qué horario le acomoda?")
b1 = c("en la noche despues de las 7. cuanto cuesta?", None)
a2 = t("750 al mes, dos clases por semana. ¿Ha tenido alguna experiencia con el agua, o es la primera vez?")
b2 = c("de chico casi me ahogo en un rio. me da panico, la verdad", None)
P.append(rpair("esb28r_f04_natacion_adultos", "Sports club, Toluca (WhatsApp): adult man afraid of water asks about swimming lessons. Fault in worse: argues with the customer about his fear.",
  [o, a1, b1, a2, b2,
   t("Gracias por contarlo. Hay grupo de adultos con miedo al agua, 7:30, en la alberca chica donde se toca el piso. ¿Viene a verla el jueves, sin compromiso?"),
   c("eso me ayudaria. va, el jueves", None)],
  [o, a1, b1, a2, b2,
   t("Ay, no, eso fue hace mucho. El miedo es mental y la alberca no es un río. Nomás métase y ya."),
   c("no es tan facil como dice. mejor ahi lo dejamos", None)]))

# f05 vague next step
o = c("Buenas, me acabo de cambiar a Residencial Las Palmas y quiero contratar internet.", None)
a1 = t("¡Bienvenido a la colonia! ¿Cuántos son y qué usan más: streaming, juegos, trabajo?")
b1 = c("Somos cuatro. Mi hija toma clases en línea y yo veo el fut. Ahorita uso datos del cel y no alcanza.", None)
a2 = t("Con clases en línea, 100 megas van bien: 449 al mes, sin plazo forzoso. ¿Verifico cobertura en su calle?")
b2 = c("Sí, es Palma Real 214.", None)
P.append(rpair("esb28r_f05_internet_contratacion", "Internet provider kiosk, Irapuato: new resident signs up for home internet. Fault in worse: vague next step.",
  [o, a1, b1, a2, b2,
   t("Hay cobertura. El técnico puede ir el jueves de 9 a 1 o el sábado de 9 a 2. ¿Cuál le queda?"),
   c("El jueves trabajo. El sábado.", "no_time")],
  [o, a1, b1, a2, b2,
   t("Listo, ya quedó su solicitud. Nosotros le avisamos cuando haya fecha de instalación."),
   c("¿Y más o menos cuándo? Mi hija no puede estar sin clases.", None)]))

# f06 unexplained jargon
o = c("Buenas tardes. Mi banco me ofrece un seguro de gastos médicos y no le entiendo nada a la propuesta.", None)
a1 = t("Buenas tardes. Con gusto se la explico. ¿Qué es lo que más le preocupa cubrir?")
b1 = c("Que si me operan no me quede sin ahorros. Tengo 52 años y diabetes controlada.", None)
a2 = t("La diabetes importa: algunas pólizas la excluyen el primer año. A ver, ¿qué dice su propuesta?")
b2 = c("Aquí dice deducible 20 mil, coaseguro 10%, tope 40 mil. ¿Eso qué es?", None)
P.append(rpair("esb28r_f06_seguro_gmm_explicacion", "Independent insurance adviser, CDMX (phone): diabetic 52-year-old wants a medical policy explained. Fault in worse: unexplained jargon.",
  [o, a1, b1, a2, b2,
   t("Si la operación cuesta 200 mil: los primeros 20 mil los pone usted; del resto, el 10%, pero nunca más de 40 mil. Lo demás, la aseguradora."),
   c("O sea que en el peor caso pongo 60 mil. Eso no lo tengo ahorrado.", "no_money")],
  [o, a1, b1, a2, b2,
   t("Es deducible por evento, coaseguro con tope, suma asegurada de 5 millones, eliminación de deducible por accidente y periodo de espera en preexistencias."),
   c("Perdón, sigo igual. Mejor mándemelo por escrito y luego lo veo.", "brush_off")]))

# f07 talks about himself
o = c("Buenas tardes, joven. Estoy viendo departamentos chicos. Ya me jubilé y la casa me queda grande.", None)
a1 = t("Buenas tardes, señora. Bienvenida. ¿Qué le gustaría que tuviera su nuevo lugar?")
b1 = c("Planta baja o elevador, por mis rodillas. Y cerca de un mercado, ya no manejo.", None)
a3 = t("Tengo uno en planta baja a dos cuadras del mercado, con dos recámaras: 1.8 millones. ¿Se lo enseño?")
b3 = c("Mmm, 1.8. Primero tendría que vender mi casa, y eso lo platico con mis hijos.", "think_it_over")
a4 = t("Claro. Le dejo la ficha y el contacto de un valuador, para que sepa cuánto vale su casa.")
P.append(rpair("esb28r_f07_depa_jubilada", "Real-estate agency, Cuernavaca: retired woman looks for a smaller flat. Fault in worse: the agent talks about himself.",
  [o, a1, b1, t("Planta baja y un mercado a pie. ¿Vive sola, o la visitan seguido?"),
   c("Sola, pero los fines vienen mis nietos. Quisiera dos recámaras, aunque sean chicas.", None), a3, b3, a4],
  [o, a1, b1, t("Fíjese que mi mamá se cambió el año pasado y yo le busqué todo. Llevo diez años en esto, vendí la torre de enfrente, soy el número uno de la oficina..."),
   c("Ah, qué bien... Oiga, ¿y sí tiene algo en planta baja?", None), a3, b3, a4]))

# f08 closes before checking the repair works
o = c("buenas, vengo por mi cel, me dijeron que ya estaba la pantalla", None)
a1 = t("¡Buenas! Sí, aquí está. Quedó con pantalla nueva, original.")
b1 = c("ah que bien. lo necesito para el trabajo, me llegan los pedidos por whats", None)
a3 = t("Tiene razón, no responde. Déjemelo 20 minutos y se lo dejo bien, sin costo extra.")
b3 = c("va, lo espero. ni modo", None)
P.append(rpair("esb28r_f08_reparacion_pantalla", "Phone repair stall, Guadalajara: customer picks up a phone after a screen replacement. Fault in worse: charges before checking the repair works.",
  [o, a1, b1, t("Antes de cobrarle, pruébelo conmigo: toque las esquinas, la cámara de enfrente y haga una llamada."),
   c("a ver... camara bien, llamada bien. pero la esquina de abajo no responde", None), a3, b3],
  [o, a1, b1, t("Son 1,350. ¿Efectivo o tarjeta? Le doy su nota con 30 días de garantía."),
   c("efectivo... a ver, ay, espere: la esquina de abajo no responde", None), a3, b3]))

# f09 recommends before asking
o = c("Buenas tardes. Soy de una empacadora de aguacate en Uruapan. Busco transporte refrigerado a Laredo.", None)
a2 = t("Para tres por semana, le conviene tarifa por viaje sin exclusiva: 42 mil a Laredo, caja refrigerada con monitoreo de temperatura.")
b2 = c("42 mil. Nuestro transportista actual cobra 38, aunque nos ha quedado mal dos veces.", "too_expensive")
a3 = t("Entiendo la diferencia. Le propongo un viaje de prueba la semana que entra; si llegamos a tiempo, hablamos de la temporada.")
b3 = c("Un viaje de prueba, sí. Mándeme la tarifa por escrito y se la paso a mi socio.", "think_it_over")
P.append(rpair("esb28r_f09_transporte_aguacate", "Refrigerated freight company, Michoacán (B2B call): avocado packer looks for trucks to the border. Fault in worse: recommends before asking.",
  [o, t("Buenas tardes. ¿Cuántos viajes por semana serían, y por cuánto tiempo?"),
   c("Unos tres por semana en temporada, unos cinco meses. Y nos urge puntualidad, la frontera no perdona.", None), a2, b2, a3, b3],
  [o, t("Buenas tardes. Le recomiendo el paquete dedicado: caja de 53 pies exclusiva, 12 viajes al mes, 48 mil por viaje."),
   c("Oiga, ni me ha preguntado cuánto muevo. Son tres por semana, nomás en temporada.", None), a2, b2, a3, b3]))

# f10 drops the price before asking anything
o = c("Buenas tardes. ¿Cuánto cuesta esta sala de tres piezas?", None)
a2 = t("Con perro y cinco personas, le recomendaría tela antimanchas, no lino. Esta de microfibra está en 17,500.")
b2 = c("Está bonita, pero 17 y medio... enfrente vi una parecida en 13.", "too_expensive")
a3 = t("Puede ser; revise si la tela es lavable y la garantía. Esta trae 2 años contra rasguños de mascota. ¿Se lleva una muestra de tela?")
b3 = c("Sí, deme la muestra y lo platico con mi esposo.", "think_it_over")
P.append(rpair("esb28r_f10_muebleria_sala", "Furniture store, Zapopan: customer asks the price of a sofa set. Fault in worse: drops the price before asking anything.",
  [o, t("Buenas tardes. Está en 18,900. ¿Para qué espacio la busca? ¿Cuántos la van a usar?"),
   c("Para la sala de la casa. Somos cinco y tenemos un perro; la otra ya la destrozó.", None), a2, b2, a3, b3],
  [o, t("Buenas tardes. Está en 18,900, pero a usted se la dejo en 15 mil, ahorita mismo."),
   c("¿Así nomás me la baja? Ya no sé cuánto vale de verdad. Es para la casa, somos cinco y un perro.", None), a2, b2, a3, b3]))

PAIRS = P

"""Ranked pairs f01-f10 (esb42): both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
o = c("hola, la app va lentisima desde la actualizacion. tardo 10 segundos en abrir cada tarea", None)
a1 = t("Hola. Vaya, eso es mucho. ¿Desde el navegador o desde la app de escritorio?")
a2 = c("navegador, chrome. y a mis compañeras igual", None)
b1 = t("Mientras tanto, prueba la app de escritorio, que no da ese problema; te paso el enlace y te aviso en cuanto sepa algo.")
b2 = c("ok, lo pruebo. avisame porfa", None)
F1 = rpair("esb42r_f01_valencia_saas_slow_app",
 "Team lead at a small agency reports by chat that a task-management app became slow after an update. Fault in worse: argues with the customer.",
 [o, a1, a2, t("Gracias. Tenemos más casos con Chrome desde la actualización del martes; el equipo ya lo está mirando."),
  c("vale, al menos no soy yo. y mientras que hago?", None), b1, b2],
 [o, a1, a2, t("Qué raro, la app no es lenta: en nuestras pruebas abre en menos de un segundo. Será vuestra conexión."),
  c("la conexion va perfecta, tio. todo lo demas abre sin problema", None), b1, b2])

# f02 doubts the customer's honesty
o = c("Hola, buenas. Vine el viernes a ver el espacio y la chica de recepción me dijo que tenía un día gratis de prueba. Venía a usarlo hoy.", None)
a1 = t("Hola, bienvenido. ¿Me dices tu nombre?")
a2 = c("Daniel Ortega. Soy diseñador, autónomo.", None)
b1 = t("Te dejo el puesto de la ventana. Si al final del día te ha gustado, te cuento los bonos; el de diez días son 120 €.")
b2 = c("Vale, luego lo vemos. Aunque ahora mismo no sé si me da para un bono.", "no_money")
F2 = rpair("esb42r_f02_madrid_coworking_free_day",
 "Freelance designer arrives at a coworking to use a free trial day promised at reception. Fault in worse: doubts the customer's honesty.",
 [o, a1, a2, t("Gracias, Daniel. No lo veo apuntado, pero si te lo dijeron, te lo damos, faltaría más."),
  c("Genial. Es que en casa no me concentro nada.", None), b1, b2],
 [o, a1, a2, t("No lo veo apuntado, y aquí no solemos regalar días. ¿Seguro que te lo dijeron así?"),
  c("Pues sí, me lo dijo ella. No me lo voy a inventar, vamos.", None), b1, b2])

# f03 drops the price before asking anything
o = c("Hola: tenemos una escuela de idiomas en Gràcia y la web se ha quedado antigua. ¿Cuánto costaría una nueva? Gracias, Núria", None)
b1 = t("Eso se resuelve con un calendario de citas conectado a vuestro correo. ¿En qué idiomas tiene que estar la web?")
b2 = c("Catalán, castellano e inglés, claro, somos una escuela de idiomas.", None)
b3 = t("Claro. Te preparo la propuesta con los tres idiomas y la agenda de pruebas, y la comentamos el jueves.")
b4 = c("Perfecto, el jueves.", None)
F3 = rpair("esb42r_f03_barcelona_web_language_school",
 "Language-school owner emails a web agency for a price. Fault in worse: drops the price before asking anything.",
 [o, t("Hola, Núria: depende de lo que necesitéis. ¿Qué tiene que hacer la web: informar, matricular, vender cursos?"),
  c("Sobre todo que se puedan apuntar a las pruebas de nivel online. Ahora es por teléfono.", None), b1, b2, b3, b4],
 [o, t("Hola, Núria: normalmente son 3.500 €, pero te la dejo en 2.500 si cerramos este mes."),
  c("Ah... vale, pero no sé si eso incluye lo que queremos: que se apunten a las pruebas de nivel online.", None), b1, b2, b3, b4])

# f04 an unasked lecture
o = c("Hola, buenas. Llamo para ver si me podéis llevar los trimestres. Soy autónoma, hago traducciones.", None)
a1 = t("Hola. Claro. ¿Ahora quién te los lleva?")
a2 = c("Yo, con un programa. Pero el último trimestre me equivoqué y me tocó una complementaria.", None)
b1 = t("Con nosotros nos mandas las facturas y revisamos cada gasto antes de presentar. Son 50 € al mes.")
b2 = c("Cincuenta al mes es bastante para lo que facturo, la verdad.", "too_expensive")
F4 = rpair("esb42r_f04_malaga_gestoria_quarterly_returns",
 "Freelance translator phones a gestoría after a mistake in her own tax return. Fault in worse: an unasked lecture.",
 [o, a1, a2, t("Vaya, pasa mucho. ¿Sabes en qué fue el error?"),
  c("Metí como gasto una cena que no era deducible, creo.", None), b1, b2],
 [o, a1, a2, t("Eso pasa por no guardar bien los tickets. Las facturas tienen que ir completas, con NIF, y no vale cualquier cena, eso lo sabe todo el mundo."),
  c("Ya, bueno, no llamaba para que me riñeras.", None), b1, b2])

# f05 a vague next step
o = c("Hola. Llevo tres coches de empresa en renting con otra compañía y acaban en junio. Estoy mirando opciones.", None)
a1 = t("Hola. ¿Qué uso les dais y qué os gustaría cambiar del contrato actual?")
a2 = c("Los usan los técnicos para ir a clientes. Y quiero cambiar el kilometraje: nos pasamos y nos cobraron un dineral.", None)
a3 = t("Entonces lo ajustamos a lo real, y el exceso a precio pactado desde el principio. ¿Cuántos kilómetros hizo cada uno el año pasado?")
a4 = c("Unos 35.000 cada uno.", None)
F5 = rpair("esb42r_f05_madrid_fleet_renting_renewal",
 "Operations manager of a small installer compares renting offers before contracts end. Fault in worse: a vague next step.",
 [o, a1, a2, a3, a4, t("Te preparo la oferta para tres coches a 35.000 km y te la mando el martes; el miércoles te llamo para revisarla juntos."),
  c("Perfecto, el miércoles a primera hora.", None)],
 [o, a1, a2, a3, a4, t("Vale, pues con esto lo estudiamos y ya te diremos algo."),
  c("¿Y eso cuándo es? Que en junio se me acaba el otro.", None)])

# f06 over-promises
o = c("Hola, queremos pasar el número de la oficina a vuestra centralita, pero nos da pánico quedarnos sin teléfono. Vivimos de las llamadas.", None)
a1 = t("Lo entiendo. ¿A qué os dedicáis y cuándo recibís más llamadas?")
a2 = c("Somos una agencia de viajes pequeña. El lunes por la mañana es una locura.", None)
b1 = t("Te mando la solicitud y, cuando la firmes, te confirmo la fecha por escrito.")
b2 = c("Vale. La firmo esta tarde.", None)
F6 = rpair("esb42r_f06_valencia_number_porting_fear",
 "Small travel agency phones about porting its number to a cloud switchboard. Fault in worse: over-promises.",
 [o, a1, a2, t("La portabilidad tarda uno o dos días laborables, con el corte de madrugada. Cero minutos no te lo garantizo, pero la hacemos un miércoles y dejamos un desvío a un móvil."),
  c("Vale, con el desvío me quedo más tranquila.", None), b1, b2],
 [o, a1, a2, t("Tranquila, te garantizo que no perderás ni una llamada: la portabilidad es instantánea."),
  c("¿Instantánea? La otra vez que cambiamos tardó tres días.", "bad_experience"), b1, b2])

# f07 closes before checking the thing works
o = c("Hola. Nos interesa vuestro programa de contabilidad, pero solo si se conecta con nuestro banco, que es una cooperativa pequeña.", None)
a1 = t("Lógico. ¿Qué banco es?")
a2 = c("Caixa d'Enginyers. Con el programa anterior no había forma y lo metíamos todo a mano.", None)
b1 = t("Mándame un extracto en formato Norma 43 y mañana te digo si se importa bien.")
b2 = c("Te lo mando esta tarde.", None)
F7 = rpair("esb42r_f07_barcelona_accounting_bank_link",
 "Co-op finance lead on a video call needs accounting software that works with a small bank. Fault in worse: closes before checking it works.",
 [o, a1, a2, t("No está en la lista de conexión directa, así que antes de que contratéis lo probamos con un extracto vuestro."),
  c("Vale, me parece lo sensato.", None), b1, b2],
 [o, a1, a2, t("Seguro que sí, conectamos con casi todos. ¿Te doy de alta ya y empezáis el lunes?"),
  c("Prefiero verlo funcionar antes. Con el anterior nos dijeron lo mismo.", "bad_experience"), b1, b2])

# f08 recommends before asking
o = c("hola! me mudo a malaga en septiembre, curro en remoto para una empresa de berlin. que planes teneis?", None)
b1 = t("Entonces te va mejor un puesto fijo en la zona tranquila, al lado de las cabinas: 220 € al mes, sin permanencia.")
b2 = c("220... en berlin pagaba mas, asi que bien. puedo ir a verlo?", None)
b3 = t("Claro. ¿Te va el lunes a las 10?")
b4 = c("el lunes no puedo, tengo sprint planning toda la mañana. martes?", "no_time")
F8 = rpair("esb42r_f08_malaga_coworking_remote_worker",
 "Remote worker moving to Málaga asks a coworking by chat about plans. Fault in worse: recommends before asking.",
 [o, t("¡Hola! Bienvenido. ¿Cuántos días a la semana vendrías y haces muchas llamadas?"),
  c("todos los dias, y tengo calls casi todo el dia con alemania", None), b1, b2, b3, b4],
 [o, t("¡Hola! Te recomiendo el bono flexible de 10 días, 120 €/mes: es el más popular."),
  c("10 dias? voy a venir todos los dias. y me paso el dia en calls con alemania", None), b1, b2, b3, b4])

# f09 unexplained jargon
o = c("Hola, vamos a contratar a nuestro primer empleado el mes que viene y no tengo ni idea de qué papeles hacen falta.", None)
b1 = t("Tú solo me pasas su DNI, número de la Seguridad Social, cuenta bancaria y salario; te mando la lista por email.")
b2 = c("Perfecto. ¿Y cuánto me cuesta todo esto?", None)
b3 = t("El alta y el contrato, 60 € una vez; la nómina, 30 € al mes.")
b4 = c("Razonable. Te paso los datos esta semana.", None)
F9 = rpair("esb42r_f09_madrid_first_employee_paperwork",
 "Founder phones a gestoría about hiring a first employee. Fault in worse: unexplained jargon.",
 [o, t("Enhorabuena. Antes de que empiece hay que darle de alta en la Seguridad Social, hacer el contrato y comunicarlo al servicio de empleo. Eso lo hacemos nosotros."),
  c("Ah, vale, mejor. ¿Qué necesitas?", None), b1, b2, b3, b4],
 [o, t("Pues el alta por RED, el contrato por Contrat@ y luego los seguros sociales por SILTRA, con su RLC y RNT."),
  c("Eh... no he entendido nada. ¿Eso lo tengo que hacer yo?", None), b1, b2, b3, b4])

# f10 talks about themselves
o = c("Hola, buenas. Tenemos una startup de comida saludable a domicilio en Valencia y queremos una campaña en Instagram para la vuelta de vacaciones.", None)
b1 = t("Os propongo una prueba de un mes con 600 € de inversión, anuncios en zonas de oficinas, y medimos con un código de descuento.")
b2 = c("Seiscientos más vuestra tarifa... ahora mismo no tenemos tanto.", "no_money")
b3 = t("Podemos empezar con 300 y solo el distrito de oficinas del centro; si funciona, subimos.")
b4 = c("Eso sí. Lo hablo con mi socia y te confirmo el lunes.", "think_it_over")
F10 = rpair("esb42r_f10_valencia_instagram_food_delivery",
 "Food-delivery startup founder on a video call asks an agency for an Instagram campaign. Fault in worse: talks about themselves.",
 [o, t("¿A quién queréis llegar, y cuántos pedidos tenéis ahora al día?"),
  c("Gente de oficina, en plan 25 a 40 años. Unos ochenta pedidos, casi todo boca a boca.", None), b1, b2, b3, b4],
 [o, t("¡Me encanta! Te cuento: empezamos hace diez años en un piso, yo lo hacía todo, y ahora somos veinte y hemos llevado campañas de medio millón."),
  c("Ya... qué bien. ¿Y qué haríais con nosotros? Queremos llegar a gente de oficina.", None), b1, b2, b3, b4])

PAIRS = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10]

"""Ranked pairs d01-d10 (es_blind26): two decent conversations, better is deeper."""
from common import c, rpair, t

PAIRS = []
A = PAIRS.append

o = c("Hola, quería bajar la factura, que pago 95 al mes entre fibra, móviles y tele y me parece una barbaridad.", None)
A(rpair("esb26r_d01_operadora_bajar_factura", "Phone operator, retention call: a father wants a lower monthly bill.",
 [o, t("Hola. Vamos a verlo. ¿Qué usáis de verdad: cuántos móviles, veis la tele de pago?"),
 c("Tres móviles, el mío, el de mi mujer y el de mi hijo. ¿La tele? Era por el fútbol de mi hijo, que ya se ha ido a Madrid.", None),
 t("Entonces el fútbol, 25 euros, ya no lo ve nadie. ¿Tu hijo sigue en tu tarifa aunque viva fuera?"),
 c("Sí, y que siga, que es estudiante.", None),
 t("Quitamos el fútbol y bajo la fibra a 600 megas, que para dos os sobra: 62 al mes."),
 c("Hombre, eso ya es otra cosa. ¿Y no me meterás permanencia por bajar?", None),
 t("Ninguna. Te lo dejo por escrito en el correo ahora mismo.")],
 [o, t("Hola. Te entiendo. Te puedo aplicar un descuento de fidelización de 10 euros durante 12 meses."),
 c("Bueno, algo es. Pero 85 sigue siendo mucho para lo que usamos.", "too_expensive"),
 t("Es lo máximo que puedo hacer con tu tarifa. ¿Te lo aplico?"),
 c("Vale, aplícalo. Pero me lo pienso, que en otra me ofrecen 60.", "think_it_over"),
 t("De acuerdo, aplicado. Te mando el resumen, y si quieres mirar otra cosa, llámanos.")]))

o = c("Buenas, vengo a por unas progresivas, que me lo ha dicho mi cuñada, que a ella le van genial.", None)
A(rpair("esb26r_d02_optica_progresivas_disenador", "Optician: a graphic designer asks for varifocals because his sister-in-law has them.",
 [o, t("Buenas. Pueden ir muy bien. Antes, ¿cuánto tiempo pasa con el ordenador y cuánto conduciendo?"),
 c("Ocho horas de pantalla, soy diseñador. Conducir, poco, y de lejos veo bien.", None),
 t("Le digo algo honesto: las progresivas tienen la zona de ordenador estrecha y muchos diseñadores acaban con el cuello fastidiado. Para usted, unas ocupacionales dan pantalla y mesa anchas."),
 c("¿Y son más caras? Las de mi cuñada costaron 380.", None),
 t("Unos 240. Y si en un mes no se adapta, se las cambio sin coste."),
 c("Pues me convence más. Venga, hacemos la graduación.", None)],
 [o, t("Buenas. Claro. Primero la graduación y luego le enseño modelos."),
 c("Vale. Soy diseñador, paso el día con el ordenador, por si importa.", None),
 t("Las progresivas le sirven para todo: lejos, intermedio y cerca. Las de gama media, 380, con antirreflejante."),
 c("380... algo caras, pero bueno, si es lo que hay.", "too_expensive"),
 t("Tienen garantía de adaptación de un mes. ¿Hacemos la graduación?"),
 c("Venga, vale.", None)]))

o = c("Hola, estoy comparando tarifas de luz y no entiendo si me conviene fija o eso de la indexada.", None)
A(rpair("esb26r_d03_comercializadora_fija_indexada", "Electricity supplier, phone line: a parent working from home compares fixed and indexed tariffs.",
 [o, t("Hola. Depende más de ti que de la tarifa. ¿Puedes poner lavadora y lavavajillas en horas baratas?"),
 c("Trabajo en casa, así que puedo, sí. Pero no me gustan los sustos en la factura.", None),
 t("La indexada sale más barata de media si mueves consumos, pero un mes malo sube un 30%. La fija es igual cada mes, algo más cara. ¿Qué te pesa más, ahorrar o saber lo que pagas?"),
 c("Saber lo que pago. Con dos niños, sustos no.", None),
 t("Entonces la fija, sin permanencia. Si en un año quieres probar la otra, cambias sin coste."),
 c("Me parece bien, pero lo hablo esta noche con mi pareja.", "think_it_over"),
 t("Claro. Te mando la comparativa con vuestros consumos reales para que la veáis.")],
 [o, t("Hola. La fija tiene el mismo precio todo el año; la indexada sigue al mercado. De media, la indexada sale más barata."),
 c("¿Y los sustos? Con dos niños no me gustan las sorpresas.", None),
 t("Algún mes puede subir, pero al año compensa. Yo te recomendaría la indexada."),
 c("No sé yo... Bueno, mándame algo por correo y ya lo miro.", "brush_off"),
 t("Claro. Te mando las dos ofertas y lo miras."),
 c("Vale, gracias.", None)]))

o = c("Buenas, quiero reformar la cocina antes de Navidad, que viene toda la familia. ¿Me da tiempo?", None)
A(rpair("esb26r_d04_reformas_cocina_navidad", "Kitchen renovation, Madrid: a customer wants the job finished before Christmas.",
 [o, t("Buenas. Depende de la obra. ¿Es cambiar muebles o también tirar tabiques, fontanería...?"),
 c("Quería abrirla al salón, quitar el tabique.", None),
 t("Eso ya es licencia y ver si el tabique es de carga. Siendo sincero, así no llegamos a Navidad; solo muebles y encimera, sí."),
 c("Vaya... Pues el tabique para después, pero me fastidia hacer obra dos veces.", None),
 t("Hacemos ahora los muebles pensando ya en la apertura, para no tirar nada luego. ¿Voy a medir el martes?"),
 c("El martes no estoy. ¿El miércoles a última hora?", "no_time"),
 t("El miércoles a las siete.")],
 [o, t("Buenas. Sí, si empezamos pronto. ¿Qué quiere hacer?"),
 c("Abrirla al salón, quitar el tabique, y muebles nuevos.", None),
 t("Perfecto. Le preparo presupuesto de todo. Para el tabique hace falta licencia, pero suele salir rápido."),
 c("¿Y cuánto puede salir, más o menos? Que no me quiero volver loco.", None),
 t("Una cocina así, entre 12 y 15 mil. Voy a medir y le doy el precio exacto. ¿El martes?"),
 c("El martes no estoy. ¿El miércoles a última hora?", "no_time"),
 t("El miércoles a las siete, perfecto.")]))

o = c("Hola, me acabo de mudar de alquiler a Barcelona y quería un seguro de hogar. ¿Qué me ofrecéis?", None)
A(rpair("esb26r_d05_seguro_inquilino_bici", "Home insurer, phone: a new tenant asks for home insurance; he owns an expensive bike.",
 [o, t("Hola. Al ser de alquiler, el edificio lo suele asegurar el casero. ¿Sabes si tiene seguro?"),
 c("Creo que sí, el contrato dice algo.", None),
 t("Entonces solo tus cosas y responsabilidad civil, por si inundas al de abajo. ¿Tienes algo de valor: bici, cámara?"),
 c("Una bici de carretera de 2.000 euros, que la guardo en el balcón. Es lo que más me preocupa.", None),
 t("En el balcón la básica no la cubre; hay que declararla. Contenido, RC y bici: 14 al mes."),
 c("Ostras, pensaba que sería menos, la verdad.", "too_expensive"),
 t("Sin la bici son 7. Empieza sin ella si quieres y la añades cuando sea; te mando las dos.")],
 [o, t("Hola. Tenemos el Hogar Básico: continente, contenido y responsabilidad civil, 16 al mes."),
 c("¿Continente? Si el piso no es mío.", None),
 t("Es verdad, sin continente queda en 9: tus cosas y daños a terceros."),
 c("Vale. ¿Y la bici? Tengo una de carretera bastante cara.", None),
 t("Dentro de casa entra como contenido. Te mando la propuesta."),
 c("Bueno, mándamela y la miro.", None)]))

o = c("Buenas, tenemos una tienda online de cerámica en Manises y buscamos mensajería. La de ahora nos rompe muchos paquetes.", None)
A(rpair("esb26r_d06_mensajeria_ceramica_online", "Courier (B2B): a small online ceramics shop wants fewer breakages.",
 [o, t("Buenas. ¿Cuántos envíos hacéis al mes, y cuántos llegan rotos?"),
 c("Unos 400. Rotos, uno de cada veinte. Y cada rotura es una reseña mala.", None),
 t("Es mucho. ¿Cómo embaláis ahora?"),
 c("Papel de periódico y caja. Lo normal, ¿no?", None),
 t("La mitad de roturas suele ser embalaje. Caja doble y relleno, a coste, y ruta sin hub: 5,40 el envío. Un mes de prueba y medimos."),
 c("Pagamos 4,60. Ochenta céntimos por 400 envíos es dinero, ¿eh?", "too_expensive"),
 t("Lo es, pero cada rotura os cuesta pieza y reenvío. Si en la prueba no compensa, lo dejáis.")],
 [o, t("Buenas. Tenemos tarifa e-commerce: 5,40 por envío con seguro de rotura."),
 c("¿Y eso qué cubre? Porque nos rompen uno de cada veinte.", None),
 t("Si llega roto, os devolvemos el valor declarado, reclamando en 48 horas."),
 c("Pagamos 4,60. Ochenta céntimos por 400 envíos es dinero.", "too_expensive"),
 t("Con seguro incluido sale a cuenta. Si queréis, os mando el contrato."),
 c("Mándamelo y lo vemos con mi socio.", "think_it_over")]))

o = c("Hola, empiezo a trabajar el mes que viene y me piden una cuenta para la nómina.", None)
A(rpair("esb26r_d07_banco_primera_cuenta", "Bank branch, Madrid: a 22-year-old opens a first account for her salary.",
 [o, t("¡Enhorabuena! ¿Es tu primera cuenta? ¿Qué vas a usar: tarjeta, Bizum, ahorrar?"),
 c("La primera. Bizum y tarjeta, y quiero ahorrar para irme de casa de mis padres.", None),
 t("Cuenta nómina: sin comisiones con más de 600 al mes. Ojo, si un mes no entra, son 5 euros. ¿Tu contrato es fijo?"),
 c("De prácticas, seis meses. Y tarjeta de crédito no, que mi hermano se entrampó con una.", "bad_experience"),
 t("Bien pensado, no te hace falta. Para ahorrar, una cuenta aparte que recibe 50 euros al mes solos, sin coste."),
 c("Eso sí. ¿Qué tengo que traer?", None),
 t("DNI y el contrato. Si quieres, lo dejamos hecho hoy.")],
 [o, t("¡Enhorabuena! Te abro la cuenta nómina, sin comisiones domiciliando. ¿Traes el DNI?"),
 c("Sí, aquí está. ¿Y si algún mes no llega la nómina?", None),
 t("Hay una comisión de mantenimiento pequeña. También te doy una tarjeta de crédito, gratis el primer año."),
 c("Prefiero que no. Mi hermano se entrampó con una.", "bad_experience"),
 t("Sin problema, solo débito. Firma aquí y en dos días la tienes en casa."),
 c("Vale, genial.", None)]))

o = c("Hola, buenas, quería cita con el fisio, que me duele la rodilla cuando corro.", None)
A(rpair("esb26r_d08_fisio_sevilla_rodilla", "Physiotherapy clinic, Seville: a runner with knee pain books a visit.",
 [o, t("Hola. ¿Desde cuándo te duele y en qué parte: por delante, por fuera...?"),
 c("Por fuera, desde hace tres semanas. Preparo una media maratón y he subido mucho los kilómetros.", None),
 t("Hay que verlo. Primera sesión de valoración, 40 euros: rodilla y pisada. Igual con dos o tres sesiones y ajustar el entreno basta."),
 c("¿No hay bonos? Es que otro fisio me hizo comprar diez y no me sirvió de nada.", "bad_experience"),
 t("Hay bono, pero no te lo vendo hasta saber qué tienes. Primero valoración y luego decides."),
 c("Vale, así sí. ¿El jueves por la tarde?", None),
 t("El jueves a las seis. Trae las zapatillas con las que corres.")],
 [o, t("Hola. Sesiones de 45 minutos a 40 euros, o bono de diez por 350."),
 c("Prefiero una suelta. Otro fisio me vendió diez y no me sirvió.", "bad_experience"),
 t("Perfecto, una suelta. ¿Qué te pasa?"),
 c("Me duele la rodilla por fuera, desde hace tres semanas. Preparo una media.", None),
 t("Vale, el fisio lo mirará. ¿Te va el jueves a las seis?"),
 c("Sí, el jueves me va bien.", None)]))

o = c("Buenas, la caldera no calienta bien el agua y el técnico me dijo que la cambie. ¿Cuánto cuesta una nueva?", None)
A(rpair("esb26r_d09_caldera_zaragoza_diagnostico", "Heating installer, Zaragoza: a family asks for a new boiler price after a technician's advice.",
 [o, t("Le doy precio, pero antes: ¿cuántos años tiene, y falla siempre o solo a veces?"),
 c("Ocho años. Falla cuando abrimos dos grifos a la vez. Somos cinco, imagínese las duchas.", None),
 t("Con ocho años puede ser la válvula de agua, no la caldera entera. Visita de diagnóstico, 45 euros, que descuento si hay que cambiarla. Válvula, unos 150; nueva, 2.200."),
 c("Bueno, pero el otro ya vino y no arregló nada.", "bad_experience"),
 t("Por eso le dejo por escrito qué miro y qué encuentro. Si no le convence, solo paga la visita."),
 c("Vale, venga. ¿Mañana puede?", None)],
 [o, t("Una de condensación instalada, unos 2.200, con cinco años de garantía."),
 c("Ya... ¿y no se puede arreglar? Tiene ocho años.", None),
 t("Si el técnico dijo de cambiarla, lo normal es que a la larga sea lo más rentable."),
 c("Es que 2.200 ahora mismo me viene fatal.", "no_money"),
 t("Tenemos financiación a doce meses. ¿Le paso a medir?"),
 c("Bueno, ya le llamo yo si eso.", "brush_off")]))

o = c("Buenas, vengo a por abono para el olivar, lo mismo del año pasado.", None)
A(rpair("esb26r_d10_cooperativa_jaen_abono", "Farm supplier, Jaén: an olive grower reorders last year's fertiliser after a drought.",
 [o, t("Buenas. ¿Qué tal la cosecha, y hiciste análisis de hoja o de suelo?"),
 c("Regular, con la sequía. Análisis nunca, siempre he echado lo mismo.", None),
 t("Con sequía, parte del abono del año pasado sigue en el suelo. Un análisis foliar, 35 euros, te puede ahorrar sacos."),
 c("¿35 euros por un papel? Mi padre nunca hizo eso y le fue bien.", "no_need"),
 t("Pues llévate ahora la mitad, tomo hojas en julio sin cobrarte y según salga completas."),
 c("Así sí, si es gratis lo probamos.", None),
 t("Hecho. Te cargo la mitad y te llamo en julio para ir a la finca.")],
 [o, t("Buenas. Lo del año pasado: 40 sacos de complejo 20-10-10, ¿verdad?"),
 c("Eso es. ¿Ha subido mucho?", None),
 t("Un 8%: 1.150. También hay un foliar nuevo que va muy bien con sequía."),
 c("Ya bastante gasto este año, con la cosecha que he tenido.", "no_money"),
 t("Sin problema, lo de siempre. ¿Te lo llevo a la finca el lunes?"),
 c("El lunes, sí.", None)]))

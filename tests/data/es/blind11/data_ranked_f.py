"""Ranked pairs f01-f10: both sides share every turn (same Python variables) except one real fault
in `worse` and the customer's reaction to it. Written by hand for esb11."""
from common import c, rpair, t

PAIRS = []

# f01 - Maturín (Venezuela), proveedor de internet, llamada. Fault: argues with the customer.
o = c("Aló, buenas, mire, este, el internet me anda lentísimo desde la semana pasada, pago 50 megas y el speedtest me da 4.", None)
t1 = t("Buenas, le atiende Carlos de soporte, vamos a revisarlo. ¿Me da el número de contrato? ¿Y la prueba la hizo por wifi o con cable?")
c2 = c("Contrato 20334. Por wifi, desde el teléfono, en el cuarto.", None)
t3 = t("Gracias. Por wifi en otro cuarto la prueba puede salir baja aunque la línea esté bien. ¿Puede hacerla con el teléfono al lado del módem? Así sabemos si es la línea o el wifi.")
c4 = c("Ya, al lado del módem... me da 11. Igual es bajísimo.", None)
t3x = t("Mire, desde aquí veo su línea perfecta, 50 megas llegando al módem. El problema no es nuestro, es su teléfono o su wifi. Eso pasa siempre.")
c4x = c("¿Cómo que no es de ustedes? Hasta la semana pasada me daba 45 en el mismo cuarto, con el mismo teléfono.", None)
t5 = t("Déjeme reiniciar el puerto desde aquí y pedirle al técnico de zona que mida la señal en el poste. ¿Mañana a qué hora hay alguien en la casa?")
c6 = c("Después de las 3. En la mañana trabajo y no queda nadie.", None)
t7 = t("Le dejo la visita mañana a partir de las 3 y le escribo cuando el técnico salga para allá. Su número de reporte es 5512.")
PAIRS.append(rpair(
    "esb11r_f01_maturin_internet_lento",
    "Cliente con internet lento llama a soporte (Maturín, Venezuela; proveedor de internet; llamada).",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3x, c4x, t5, c6, t7]))

# f02 - Loja (Ecuador), farmacia, chat. Fault: doubts the customer's honesty.
o = c("buenas, tienen clonazepam de 2 mg? tengo la receta del psiquiatra, es para mi mama", None)
t1 = t("Buenas, sí tenemos. Es de venta con receta retenida, o sea, nos tiene que dejar la receta original. ¿La tiene a mano?")
c2 = c("si la tengo, es del dr. ordoñez del hospital isidro ayora. cuanto cuesta la caja?", None)
t3 = t("La caja de 30 cuesta 8,50. Como es receta especial, nos quedamos con el original y le damos una copia sellada para su mamá. ¿Le sirve así?")
c4 = c("ah ok, no sabia que se quedaban con la receta. esta bien", None)
t3x = t("La caja de 30 cuesta 8,50. Pero ¿de verdad es para su mamá? Mucha gente viene con recetas de otros para conseguir esto. ¿Seguro que no es para usted?")
c4x = c("que? es para mi mama que tiene 74 años. que falta de respeto", None)
t5 = t("Traiga la receta original y su cédula; le entregamos la caja y una copia sellada de la receta para su mamá.")
c6 = c("ya, paso en la tarde", None)
PAIRS.append(rpair(
    "esb11r_f02_loja_receta_mama",
    "Hija compra un medicamento controlado con receta para su madre (Loja, Ecuador; farmacia; chat).",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1, c2, t3x, c4x, t5, c6]))

# f03 - Tacna (Perú), taller de mototaxis, llamada. Fault: drops the price before asking anything.
o = c("Aló, buenas, ¿taller Hermanos Quispe? Mi mototaxi Bajaj está botando humo blanco. ¿Cuánto me cobran por revisarla?", None)
t1 = t("Buenas, habla Edwin. Antes de hablar de plata: ¿el humo sale todo el tiempo o solo cuando arranca en frío? ¿Le está bajando el aceite?")
c2 = c("Todo el tiempo, y sí, le estoy echando aceite cada dos días.", None)
t1x = t("Buenas, habla Edwin. Mire, la revisión normalmente es 20, pero a usted se la dejo gratis, y si es cambio de anillos, en vez de 350 se lo hago en 250.")
c2x = c("¿Y ya sabe que son anillos? Ni le he contado nada. Bota humo todo el tiempo y le echo aceite cada dos días. Tan barato... ¿qué repuestos usan? Ya me pasó que me pusieron piezas bamba.", "bad_experience")
t3 = t("Con humo todo el tiempo y consumo de aceite, puede ser anillos o retenes de válvula. Tráigala, la abrimos y le muestro la pieza antes de cambiar nada. Los repuestos son originales Bajaj, con boleta.")
c4 = c("Ya. Pero con el mototaxi me gano el día. ¿Cuánto se demora?", None)
t5 = t("Si son retenes, el mismo día; si son anillos, dos días. Si la trae el domingo, el martes en la tarde la tiene como máximo.")
c6 = c("Ya, el domingo se la llevo.", None)
PAIRS.append(rpair(
    "esb11r_f03_tacna_mototaxi_humo",
    "Mototaxista con humo blanco y consumo de aceite pide precio de revisión (Tacna, Perú; taller de motos; llamada).",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1x, c2x, t3, c4, t5, c6]))

# f04 - Cochabamba (Bolivia), termotanque solar, chat. Fault: an unasked lecture.
o = c("hola, quiero poner un calefon solar en mi casa, somos 5. cuanto sale?", None)
t1 = t("Hola! Con gusto. ¿Tienen ahora calefón a gas o ducha eléctrica? ¿Y el techo es de losa o de calamina?")
c2 = c("ducha electrica, y la factura de luz sube un monton. techo de losa", None)
t3 = t("Con ducha eléctrica para 5 personas el ahorro se nota. Les sirve un termotanque de 200 litros, 3.800 Bs instalado en losa. Con el sol de Cochabamba cubre casi todo el año; en junio y julio, algún día nublado, conviene dejar la ducha de respaldo.")
c4 = c("3.800 es harto. el de 150 litros no alcanza?", "too_expensive")
t3x = t("Con ducha eléctrica para 5 personas el ahorro se nota. Y la verdad, la gente debería tomar conciencia: la luz en Bolivia está subsidiada y eso no va a durar, el planeta se calienta, y cada familia que sigue con ducha eléctrica es parte del problema. Para 5 les sirve uno de 200 litros, 3.800 Bs instalado.")
c4x = c("no te pedi un sermon, te pregunte el precio. y 3.800 es harto. el de 150 no alcanza?", "too_expensive")
t5 = t("Con 150 litros alcanzan unos 3 baños calientes seguidos; para 5 quedaría justo en la noche. Sale 3.100. Si quieren, voy el sábado, veo el techo y les dejo las dos cotizaciones.")
c6 = c("ya, el sabado en la mañana estamos. mi esposa tambien quiere ver donde lo ponen", None)
PAIRS.append(rpair(
    "esb11r_f04_cochabamba_termotanque",
    "Familia de cinco con ducha eléctrica pregunta el precio de un termotanque solar (Cochabamba, Bolivia; energía solar; chat).",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1, c2, t3x, c4x, t5, c6]))

# f05 - Ciudad de Panamá, encomiendas a Venezuela, llamada. Fault: a vague next step.
o = c("Aló, buenas, ¿Encomiendas Caribe? Quiero mandar una caja de unos 15 kilos a Valencia, Venezuela, con ropa y unas medicinas de la tensión para mi abuela, en su caja original. ¿Cuánto sale y cuánto tarda?", None)
t1 = t("Buenas, sí, habla Oriana. Con las medicinas en caja original no hay problema en aduana. A Valencia por marítimo son 4 dólares el kilo, 60 en total, y tarda unas 4 semanas. Por aéreo son 9 el kilo y llega en 8 a 10 días.")
c2 = c("Aéreo serían como 135... No, eso no lo puedo pagar. Pero las medicinas sí las necesita rápido, tiene para tres semanas nomás.", "no_money")
t3 = t("Le sugiero separar: las medicinas, que pesan poco, en una cajita aérea de 2 kilos, 18 dólares, y la ropa por marítimo, 52. Así la medicina llega a tiempo y no paga aéreo por la ropa.")
c4 = c("Ah, eso sí me sirve. ¿Cuándo la puedo llevar?", None)
t5 = t("El aéreo cierra los jueves a las 4; si la trae el jueves antes de esa hora, sale el viernes. Le mando por WhatsApp la dirección y la guía para que la vaya llenando.")
c6 = c("Perfecto, el jueves en la mañana la llevo.", None)
t5x = t("Tráigala cuando pueda y nosotros le avisamos cuándo sale.")
c6x = c("¿Pero cuándo sale? Porque si se pasa una semana, mi abuela se queda sin pastillas.", None)
PAIRS.append(rpair(
    "esb11r_f05_panama_encomienda_abuela",
    "Venezolano en Panamá manda ropa y medicinas a su abuela en Valencia (Ciudad de Panamá; encomiendas; llamada).",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1, c2, t3, c4, t5x, c6x]))

# f06 - Caracas, aires acondicionados usados, chat. Fault: over-promises.
o = c("buenas, tienen aires acondicionados usados? de 12 mil btu, para un cuarto en el valle", None)
t1 = t("Buenas! Sí, tengo un split LG de 12.000 y un Samsung de 12.000. ¿El cuarto da al sol de la tarde? ¿Y tienes toma de 220?")
c2 = c("si, le da el sol toda la tarde. hay toma de 220 de otro aire que se me daño", None)
t3 = t("Perfecto. El LG es inverter, tiene 3 años, 280 dólares; el Samsung es convencional, 5 años, 220. Con sol de tarde, el LG gasta menos y enfría más parejo. Cuánto dura un usado no te lo puedo asegurar, pero los dos tienen 60 días de garantía en compresor.")
c4 = c("ok. porque el que se me daño duro un año nada mas, por eso ando con miedo", "bad_experience")
t3x = t("Perfecto. El LG es inverter, 280 dólares, y ese te dura diez años mínimo, te lo garantizo, esos no se dañan nunca. El Samsung, 220.")
c4x = c("diez años un aire usado? eso mismo me dijeron del que se me daño y duro un año", "bad_experience")
t5 = t("Te digo lo que sí te puedo cumplir: lo probamos delante de ti, tiene 60 días de garantía en compresor, y la instalación con nuestro técnico, 40, incluye revisar el gas y la presión.")
c6 = c("ok, me gusta lo de probarlo. y la instalacion cuando podria ser?", None)
t7 = t("Esta misma semana. Si lo vienes a ver el miércoles y te convence, el técnico lo instala el jueves. ¿Te sirve?")
PAIRS.append(rpair(
    "esb11r_f06_caracas_aire_usado",
    "Clienta busca un aire acondicionado usado para un cuarto con sol de tarde; el anterior le duró un año (Caracas; electrodomésticos usados; chat).",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3x, c4x, t5, c6, t7]))

# f07 - Potosí (Bolivia), proveedor de internet, llamada. Fault: closes before checking it works (coverage).
o = c("Buenas, quería contratar internet para mi casa, en la zona de San Cristóbal, por el mirador. Trabajo desde casa con videollamadas.", None)
t1 = t("Buenas, le atiende Ximena de PotoNet. ¿Cuántas personas usan internet en casa y cómo son sus videollamadas, largas?")
c2 = c("Somos tres. Yo hago reuniones de dos, tres horas con Santa Cruz, y mis hijos ven videos. Ahora tengo datos móviles y se me corta.", None)
t3 = t("Para eso le conviene fibra de 60 megas, 180 Bs al mes. Antes de tomarle datos, déjeme verificar la cobertura en su calle, porque por el mirador hay partes donde aún no llega la fibra. ¿Me da la dirección exacta?")
c4 = c("Calle Sucre 412, casi esquina con la Bustillos.", None)
t3x = t("Para eso le conviene fibra de 60 megas, 180 Bs al mes. Listo, ya le genero el contrato: deme su carnet, le cobro la instalación, 100 Bs, y el técnico pasa esta semana.")
c4x = c("¿Ya? ¿Y llega la fibra a mi calle? Por el mirador me dijeron que no. Es la calle Sucre 412, casi esquina con la Bustillos.", None)
t5 = t("Veo que la fibra llega hasta la Bustillos pero todavía no a su cuadra. Ahí tendríamos antena inalámbrica de 20 megas, 150 Bs; para sus reuniones alcanza, pero con lluvia fuerte puede bajar.")
c6 = c("Mmm, antena... con la de otra empresa se me cortaba igual que los datos. No sé.", "bad_experience")
t7 = t("Lo entiendo. Le propongo instalar la antena sin plazo de permanencia: si en el primer mes no le sirve para sus reuniones, la retiramos sin costo. Y le aviso apenas llegue la fibra a su cuadra.")
PAIRS.append(rpair(
    "esb11r_f07_potosi_fibra_cobertura",
    "Trabajador remoto quiere contratar internet en una zona con cobertura parcial de fibra (Potosí, Bolivia; proveedor de internet; llamada).",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3x, c4x, t5, c6, t7]))

# f08 - Machala (Ecuador), material didáctico para escuela, llamada (B2B). Fault: recommends before asking.
o = c("Aló, buenas, le llamo de la escuela particular Pequeños Genios, aquí en Machala. Queremos comprar material didáctico para inicial.", None)
t1 = t("Buenas, con gusto. ¿Para cuántos niños y de qué edades? ¿Y qué es lo que les falta o qué quieren trabajar con ellos?")
c2 = c("Son 45 niños de 3 a 5 años. Lo que más nos falta es material para motricidad fina, y que sea lavable, porque los chiquitos se lo meten a la boca.", None)
t1x = t("Buenas, con gusto. Le recomiendo nuestro kit Montessori Deluxe de madera, 40 piezas, es lo que más llevan los colegios, 320 dólares por aula.")
c2x = c("Eh... ¿de madera? Son 45 niños de 3 a 5 años y necesitamos material lavable para motricidad fina, porque se lo meten a la boca. La madera no se lava bien, ese no nos sirve.", "no_need")
t3 = t("Entonces le conviene plástico grueso sin BPA: ensartables, pinzas, bloques encajables y masas. Para tres aulas de 15, un kit por aula sale 145 dólares, o sea 435.")
c4 = c("435 está por encima de lo que aprobó la directora, que son 350.", "no_money")
t5 = t("Podemos hacer dos kits completos y en el tercero solo ensartables y masas; eso da 345. Le mando fotos de cada pieza para que la directora las vea.")
c6 = c("Ya, eso sí entra. Mándeme las fotos y la proforma al correo para que la directora firme la orden.", None)
PAIRS.append(rpair(
    "esb11r_f08_machala_material_inicial",
    "Coordinadora de una escuela privada compra material didáctico para inicial con un presupuesto aprobado (Machala, Ecuador; útiles y material escolar; llamada).",
    [o, t1, c2, t3, c4, t5, c6],
    [o, t1x, c2x, t3, c4, t5, c6]))

# f09 - Iquique (Chile), barbería venezolana, chat. Fault: unexplained jargon.
o = c("hola, quiero decolorarme las puntas, un estilo como rubio, soy hombre. cuanto sale?", None)
t1 = t("Hola! Bacán. ¿Tienes el pelo largo o corto? ¿Y te has teñido antes?")
c2 = c("corto, degradado a los lados y arriba como 5 cm. nunca me he teñido", None)
t3 = t("Perfecto, el pelo que nunca se ha teñido aclara parejo. Te decoloramos solo las puntas de arriba y después le damos un tono para que no quede amarillo pollito, sino un rubio más frío. Sale 25 lucas con el corte incluido.")
c4 = c("ya, y no me va a quedar amarillo igual? cuanto dura?", None)
t3x = t("Perfecto, pelo virgen. Te hacemos un frosting con polvo decolorante y oxidante de 30 volúmenes, llegamos a nivel 9 y matizamos con un 9.1 para neutralizar el fondo de aclaración. 25 lucas con el corte.")
c4x = c("jaja no entendi nada. volumenes? nivel 9? me va a quedar amarillo o no?", None)
t5 = t("Queda un rubio claro, no amarillo. Dura hasta que te cortes las puntas, unas 4 a 6 semanas. Eso sí, para que no se ponga amarillo con los días, un shampoo matizador una vez por semana, 7 lucas.")
c6 = c("el shampoo no, ya gasto harto en el corte cada mes. lo demas dale, el sabado?", "no_money")
t7 = t("Dale, el sábado a las 11. Sin el shampoo igual queda bien, solo se pone un poquito más cálido con las semanas.")
PAIRS.append(rpair(
    "esb11r_f09_iquique_puntas_rubias",
    "Cliente joven quiere decolorarse las puntas por primera vez (Iquique, Chile; barbería de venezolanos; chat).",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3x, c4x, t5, c6, t7]))

# f10 - Riobamba (Ecuador), cooperativa de buses, llamada. Fault: talks about themselves instead of the customer.
o = c("Aló, buenas, ¿la cooperativa? Quiero ir a Quito el lunes temprano con dos quintales de papa para vender en el mayorista. ¿Se puede llevar en la bodega?", None)
t1 = t("Buenas, sí se puede. ¿Cuánto pesan más o menos los quintales y a qué hora necesita estar en el mayorista?")
c2 = c("Cada uno su quintal, cien libras. Tengo que estar antes de las 6 de la mañana, si no ya no vendo.", None)
t3 = t("Entonces le conviene el bus de las 2 de la mañana, que llega a Quito a las 5 y para en la Simón Bolívar, cerca del mayorista.")
c4 = c("¿A las 2? Uy, a esa hora no hay camioneta desde mi comunidad para bajar a la terminal. ¿Y cuánto cobran por la papa?", "no_time")
t3x = t("Mire, nosotros somos la cooperativa más antigua de Chimborazo, 48 años. Yo trabajo aquí hace 15, empecé de ayudante con mi papá que era chofer, y ahora tenemos buses Mercedes nuevos, con baño. El de las 2 de la mañana llega a las 5.")
c4x = c("Ya, ya, pero yo le pregunté por mis quintales. A las 2 no hay camioneta desde mi comunidad para bajar a la terminal. ¿Cuánto cobran?", "no_time")
t5 = t("El bus de las 2 pasa por la parada de Licán a las 2:15, no tiene que bajar a la terminal; dígame su comunidad y vemos si le queda cerca. El pasaje es 5,50 y cada quintal en bodega, 2 dólares.")
c6 = c("Soy de Licán mismo, a diez minutos caminando. Ya, entonces el lunes a las 2:15 en la parada.", None)
t7 = t("Le reservo asiento y bodega para dos quintales a su nombre; le paga al chofer. ¿Cómo se llama?")
PAIRS.append(rpair(
    "esb11r_f10_riobamba_papa_mayorista",
    "Agricultor quiere viajar de madrugada a Quito con dos quintales de papa para el mercado mayorista (Riobamba, Ecuador; cooperativa de buses; llamada).",
    [o, t1, c2, t3, c4, t5, c6, t7],
    [o, t1, c2, t3x, c4x, t5, c6, t7]))

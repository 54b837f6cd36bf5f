from common import c, t, rpair

# Each pair: the same variables on both sides, except the one fault in `worse` and the customer's reaction.

# f01: drops the price before asking anything
a0 = c("Buenas, ¿qué tal? Vengo con la receta del oculista, dice que necesito lentes para leer.", None)
a1b = t("Buenas. ¿Los va a usar sólo para leer, o también para la computadora?")
a2b = c("Leer nomás, el diario y el celular. Computadora no uso.", None)
a1w = t("Buenas. Mire, para socios hay 30% en todos los armazones, y hoy le hago un 10% más.")
a2w = c("Ah... bueno. Pero yo preguntaba por lentes de leer, nomás. No sé ni qué necesito.", None)
a3 = t("Para leer alcanza con cristal común. Con el armazón más sencillo y el descuento de socio queda en 2.400. ¿Vemos armazones?")
a4 = c("Sí, pero algo liviano, que los de antes me marcaban la nariz.", None)
a5 = t("Estos de acetato pesan la mitad. Pruébese y mírese al espejo. Están prontos en una semana.")
a6 = c("Estos me quedan bien. ¿Una semana? Bueno, vengo el otro jueves.", None)

# f02: doubts the customer's honesty
b0 = c("Buenas tardes. Quería pedir un préstamo chico para el comedor que tengo en el Mercado 4.", None)
b1 = t("Buenas tardes. ¿Para qué lo necesita y cuánto, más o menos?")
b2 = c("Cinco millones, para una heladera exhibidora. La que tengo ya no enfría bien.", None)
b3 = t("Bien. ¿Cuánto le entra por mes con el comedor?")
b4 = c("Y... unos ocho millones de venta, limpio me quedan tres. No tengo factura de todo, eh, mucho es en efectivo.", None)
b5b = t("Es lo más común. Con su cuaderno de ventas y los extractos de la billetera lo justificamos. Cuota de 480 mil a doce meses. ¿Le parece?")
b6b = c("Sí, esa cuota entra bien. ¿Qué le traigo?", None)
b5w = t("Tres millones limpios sin factura... mmm, eso dice todo el mundo. ¿Seguro que es así?")
b6w = c("¿Me está diciendo mentirosa? Hace doce años que trabajo ahí. Voy a otra cooperativa.", None)

# f03: unexplained jargon
d0 = c("hola, el wifi no me llega al cuarto del fondo. que puedo hacer", None)
d1 = t("¡Hola! ¿Dónde está el router y qué querés usar en el cuarto?")
d2 = c("en el living, adelante. el cuarto es al fondo pasando la cocina. quiero ver netflix en la tele de ahi", None)
d3b = t("Las paredes y la cocina cortan la señal. Te sirve un repetidor: un aparatito que enchufás a mitad de camino y lleva el wifi más lejos. Sale 1.200, o lo alquilás a 90 por mes.")
d4b = c("ah, y que me conviene, comprar o alquilar", None)
d3w = t("Tenés que poner un extensor mesh dual band en 5 GHz con backhaul, o cambiar el canal del SSID. Sale 1.200, o 90 por mes.")
d4w = c("no entendi nada bo. que es el backhaul? yo solo quiero netflix en el cuarto", None)
d5 = t("Para Netflix en el cuarto alcanza con el más básico. Si lo vas a usar más de un año, conviene comprarlo; si no, alquilarlo.")
d6 = c("comprarlo entonces. aunque 1200 es bastante, lo puedo pagar en dos veces?", "too_expensive")
d7 = t("Sí, dos cuotas de 600 en la factura. Te lo mandamos por correo mañana.")

# f04: over-promises
e0 = c("Buenas, la moto que compré en marzo no arranca de mañana, hay que empujarla.", None)
e1 = t("Buenas. ¿Arranca con la patada y no con el botón, o de ninguna forma?")
e2 = c("Con la patada sí, después de varias. Con el botón hace tac tac nomás.", None)
e3 = t("Eso es batería. ¿La usás todos los días o queda parada?")
e4 = c("A veces parada una semana, porque cuando llueve voy en colectivo.", None)
e5b = t("Entonces se descarga. Te la revisamos: si está fallada, va por garantía; si está bien, te explico cómo cuidarla cuando queda parada.")
e6b = c("Dale. ¿Cuánto demora?", None)
e5w = t("Te pongo una batería de gel nueva y te garantizo que no te falla nunca más, de por vida.")
e6w = c("¿De por vida? A mi cuñado le dijeron lo mismo acá y al año la tuvo que cambiar.", "bad_experience")
e7 = t("La revisamos en media hora. Esperá acá si querés, hay tereré.")

# f05: an unasked lecture
g0 = c("Buen día. ¿Tiene algo para los parásitos de los perros? Tengo tres perros de campo, ovejeros.", None)
g1 = t("Buen día. ¿Cuánto pesan más o menos, y cuándo los desparasitó la última vez?")
g2 = c("Unos treinta kilos cada uno. La última vez... y, hará un año, capaz más.", None)
g3b = t("Para treinta kilos es un comprimido cada uno. Perros que andan con ovejas conviene cada tres meses, por la hidatidosis. Le anoto las fechas en la caja.")
g4b = c("Ta, cada tres meses. ¿Y cuánto sale la caja?", None)
g3w = t("¿Un año? Eso es una irresponsabilidad. La hidatidosis es un problema de salud pública, los perros de campo van cada tres meses, y después la gente se enferma y...")
g4w = c("Bueno, bueno, ya sé. Vine a comprar, no a que me reten. ¿Cuánto sale?", None)
g5 = t("La caja de cuatro comprimidos sale 640.")
g6 = c("Uh, 640 por cuatro pastillas... en el pueblo me salía menos.", "too_expensive")
g7 = t("Puede ser, hay genéricos. Este trae praziquantel, que es el que mata la tenia de la hidatidosis.")

# f06: a vague next step
h0 = c("Hola, buenas. Encargué un celular la semana pasada, el azul, y quería saber si ya llegó.", None)
h1 = t("Hola. ¿A nombre de quién quedó el pedido?")
h2 = c("Rodrigo Ayala. Vengo de Caaguazú, son tres horas, no quiero venir de balde.", None)
h3 = t("Lo veo. El azul no llegó todavía, está en la aduana con el lote del proveedor.")
h4 = c("¿Y cuándo más o menos? Porque me tomo el día en el trabajo para venir.", None)
h5b = t("El proveedor confirma el jueves. El jueves a las 10 te escribo por WhatsApp con foto de la caja, y recién ahí venís.")
h6b = c("Iporã, así sí. Espero tu mensaje el jueves.", None)
h5w = t("Y... está en camino. Apenas llegue te avisamos, quedate tranquilo.")
h6w = c("¿Apenas llegue cuándo? Eso mismo me dijeron la semana pasada. Capaz que lo compro en Caaguazú nomás.", "bad_experience")

# f07: argues with the customer
k0 = c("Buenas, llamé ayer y me dijeron que no había traumatólogo hasta julio, y hoy en la página hay para el martes.", None)
k1 = t("Buenas. Disculpe la confusión. ¿Me pasa su cédula así veo?")
k2 = c("Dos millones ochocientos cuarenta mil ciento doce. Tengo la muñeca hinchada desde el domingo.", None)
k3b = t("Puede ser que ayer no estuviera cargada la agenda nueva; se liberó hoy a la mañana. Le reservo el martes a las 9:20 ya mismo.")
k4b = c("Ah, bueno. Dale, el martes a las 9:20.", None)
k3w = t("No, señora, ayer no había nada, eso es seguro. La página muestra lo mismo que vemos acá. Usted habrá entendido mal.")
k4w = c("¡Yo entendí perfecto! Bueno, da igual. Deme el martes, que me duele.", None)
k5 = t("Listo, martes 9:20, consultorio 4. Si se le hincha más antes, vaya a urgencias, que no necesita turno.")
k6 = c("Aguyje. ¿Y la placa me la hacen ahí o la pago aparte?", None)
k7 = t("Si el médico la pide, se la hacen el mismo día con el bono de estudio, 35 mil.")

# f08: recommends before asking
m0 = c("Hola, buenas tardes. Quiero sacarle un celular a mi hija, que tiene trece. Es el primero.", None)
m1b = t("Buenas tardes. ¿Para qué lo va a usar más que nada, y te interesa controlar el gasto?")
m2b = c("Para avisarme cuando sale del liceo y WhatsApp con las amigas. Y sí, que no gaste de más.", None)
m1w = t("Buenas tardes. Llevate el plan Joven de 30 GB, 990 por mes, es el que más sale.")
m2w = c("¿Treinta gigas? Es para que me avise cuando sale del liceo, nomás. Y no quiero que gaste de más.", "no_need")
m3 = t("Entonces, prepago con recarga de 300 por mes: WhatsApp ilimitado y 3 GB. Si se le termina, no se cobra nada más, espera a la próxima recarga.")
m4 = c("Ah, eso me gusta. ¿Y el teléfono? No quiero gastar mucho, que capaz lo pierde.", None)
m5 = t("Hay uno básico a 4.900 con buena batería. Y le activo el control parental sin costo.")
m6 = c("Dale, ese. Aunque a ver qué dice ella, que quería uno de los caros.", None)

# f09: talks about himself instead of the customer
n0 = c("Buenas. Quiero hacer una huertita en el patio, ¿qué me recomendás para empezar?", None)
n1 = t("Buenas. ¿Cuánto lugar tenés, y le da sol de mañana o de tarde?")
n2 = c("Un pedacito de tres por dos. Sol toda la mañana. Quiero tomate y locote, para la cocina.", None)
n3b = t("Ideal para tomate y locote, y septiembre es buen momento. Para empezar te recomiendo plantines en vez de semilla: ya vienen con un mes y se logran más.")
n4b = c("¿Plantines? ¿Y cuánto salen?", None)
n3w = t("Ah, yo tengo una huerta enorme en Itauguá. Me enseñó mi abuela, tengo como diez variedades de tomate, ¡y el año pasado saqué un zapallo de doce kilos!")
n4w = c("Ah, qué bien... Pero yo quería saber qué hago en mi patio, eh. ¿Plantines o semilla?", None)
n5 = t("Plantines, para empezar. El de tomate sale tres mil y el de locote dos mil quinientos. Con seis de cada uno tenés para la familia.")
n6 = c("Treinta y tres mil, uf. Este mes ando corta, llevo tres de cada uno nomás.", "no_money")
n7 = t("Dale, tres y tres. Te anoto cómo regarlos, y si se te muere alguno venís y vemos por qué.")

# f10: closes before checking the thing works
p0 = c("Buenas tardes. Busco una bomba solar para sacar agua del pozo para el bebedero de las vacas.", None)
p1 = t("Buenas tardes. ¿Qué profundidad tiene el pozo y cuántos animales toman de ahí?")
p2 = c("Unas sesenta vacas. El pozo tiene cuarenta metros, pero el agua está como a veinte.", None)
p3 = t("Sesenta vacas toman unos tres mil litros por día en verano. Con el agua a veinte metros, este kit de 400 W anda bien.")
p4 = c("¿Y cuánto sale? Porque ya gasté un dineral en un molino que se rompió a los dos años.", "bad_experience")
p5b = t("1.850 dólares con el panel. Antes de cerrar: ¿sabés el diámetro del caño del pozo? Esta bomba entra en caños de 4 pulgadas o más.")
p6b = c("Uy, ni idea. Es angostito, de esos viejos. Mañana lo mido.", None)
p5w = t("1.850 dólares con el panel. Te lo facturo y lo cargás hoy, ¿dale?")
p6w = c("Pará, ¿y entra en mi pozo? El caño es angostito, de esos viejos.", None)
p7 = t("Tiene que ser de 4 pulgadas o más. Medilo y me avisás antes de llevar nada.")

PAIRS = [
rpair("esb35r_f01_mutualista_lentes_uy", "Health mutual society optician, Uruguay (counter): reading glasses.",
[a0, a1b, a2b, a3, a4, a5, a6], [a0, a1w, a2w, a3, a4, a5, a6]),
rpair("esb35r_f02_coop_comedor_py", "Savings co-op, Asunción (counter): a food-stall owner wants a loan for a display fridge.",
[b0, b1, b2, b3, b4, b5b, b6b], [b0, b1, b2, b3, b4, b5w, b6w]),
rpair("esb35r_f03_telefonia_wifi_uy", "Internet provider, Uruguay (chat): wifi does not reach the back bedroom.",
[d0, d1, d2, d3b, d4b, d5, d6, d7], [d0, d1, d2, d3w, d4w, d5, d6, d7]),
rpair("esb35r_f04_motos_bateria_py", "Motorbike dealer, Paraguay (workshop counter): a new bike will not start in the morning.",
[e0, e1, e2, e3, e4, e5b, e6b, e7], [e0, e1, e2, e3, e4, e5w, e6w, e7]),
rpair("esb35r_f05_agro_antiparasitario_uy", "Farm and vet supply, Uruguay (counter): dewormer for three sheepdogs.",
[g0, g1, g2, g3b, g4b, g5, g6, g7], [g0, g1, g2, g3w, g4w, g5, g6, g7]),
rpair("esb35r_f06_cde_pedido_celular", "Electronics shop, Ciudad del Este (counter): an ordered phone has not arrived.",
[h0, h1, h2, h3, h4, h5b, h6b], [h0, h1, h2, h3, h4, h5w, h6w]),
rpair("esb35r_f07_seguro_turno_py", "Private health insurer, Paraguay (phone): conflicting information about a specialist appointment.",
[k0, k1, k2, k3b, k4b, k5, k6, k7], [k0, k1, k2, k3w, k4w, k5, k6, k7]),
rpair("esb35r_f08_telefonia_hija_uy", "Phone company shop, Uruguay (counter): a first phone for a 13-year-old.",
[m0, m1b, m2b, m3, m4, m5, m6], [m0, m1w, m2w, m3, m4, m5, m6]),
rpair("esb35r_f09_agro_huerta_py", "Garden and farm supply, Paraguay (counter): a beginner's vegetable patch.",
[n0, n1, n2, n3b, n4b, n5, n6, n7], [n0, n1, n2, n3w, n4w, n5, n6, n7]),
rpair("esb35r_f10_agro_bomba_solar_uy", "Farm supply store, Uruguay (counter): a solar pump for a cattle trough.",
[p0, p1, p2, p3, p4, p5b, p6b, p7], [p0, p1, p2, p3, p4, p5w, p6w, p7]),
]

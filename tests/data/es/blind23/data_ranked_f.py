"""esb23 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

N = None
P = "esb23r_"

# f01 drops the price before asking anything
a0 = c("Buenas, me llegó la renovación de la aseguranza y me subió 40 dólares. Quiero ver si me conviene quedarme", N)
a1b = t("Vamos a revisarlo. ¿Cambió algo este año: otro carro, otra dirección, algún reclamo?")
a2b = c("Nos cambiamos de Pasadena a Houston, cerca de la 45. Y tuve un choquecito en marzo, no fue mi culpa", N)
a1w = t("No se preocupe, le quito 25 dólares ahorita con un descuento especial para que se quede.")
a2w = c("Ah, ok... ¿pero por qué subió? Nos cambiamos a Houston y tuve un choquecito en marzo, no fue mi culpa", N)
a3 = t("El cambio de código postal sube la prima; el choque, si no fue su culpa, no debe contar. ¿Tiene el número de reclamo?")
a4 = c("Aquí en el correo. ¿Y con eso baja?", N)
a5 = t("Si se confirma que no fue su culpa, baja unos 30. Lo reviso hoy y le marco mañana antes de las 12 con el precio final.")
a6 = c("Está bien. Si no baja, me voy con la que me cotizó mi cuñado", "think_it_over")

# f02 unexplained jargon
b0 = c("buenas, me vendieron un cel nuevo y no me deja pasar mis contactos ni el whats del viejo", N)
b1 = t("A ver los dos. ¿El viejo es Android o iPhone?")
b2 = c("los dos son samsung, pero no se como", N)
b3b = t("Entonces es fácil: los conecto con un cable y le paso contactos, fotos y WhatsApp. Son unos 20 minutos.")
b4b = c("ah ok, y no se me borra nada del viejo?", N)
b3w = t("Fácil: migración por Smart Switch vía OTG, y el backup de WhatsApp lo restauramos desde Drive con su cuenta de Google.")
b4w = c("eh? no le entendi nada. y no se me borra nada del viejo?", N)
b5 = t("No se borra nada, el viejo queda igual. Lo único: ocupo su contraseña de Google. ¿La tiene?")
b6 = c("la tiene mi hija, ahorita le marco", N)
b7 = t("Aquí la espero. Si no la encuentra, la recuperamos con su correo.")

# f03 doubts the customer's honesty
d0 = c("Hello, quiero mandar 2,500 dólares a Guadalajara, es pa la operación de mi papá", N)
d1 = t("Claro. Arriba de 1,000 le pido identificación y de dónde sale el dinero; es requisito para todos.")
d2 = c("Ok. Aquí está mi licencia. Es de mis ahorros y de mi cheque", N)
d3b = t("Con eso basta. ¿Su papá lo recoge en efectivo o se lo depositamos al hospital?")
d4b = c("Al hospital mejor, aquí traigo la cuenta que me dieron", N)
d3w = t("Es que 2,500 es mucho para ahorros... ¿seguro que es suyo y que es para una operación?")
d4w = c("¿Cómo que si es mío? Trabajo diez horas diarias en la construcción. Y sí, al hospital, aquí traigo la cuenta", N)
d5 = t("La comisión es 12 y al hospital llega mañana antes de las 10. Le doy recibo con número de seguimiento.")
d6 = c("¿No sale más barato? En la otra agencia me dijeron 9", "too_expensive")
d7 = t("Allá es solo efectivo. A cuenta de hospital aquí es 12, pero llega a nombre del hospital. Usted decide.")

# f04 over-promises
e0 = c("Buenas, quiero una pick up nueva pero tengo buró malo, debo una tarjeta de hace años", N)
e1 = t("Gracias por decírmelo de entrada. ¿Cuánto debe de esa tarjeta y cuánto trae de enganche?")
e2 = c("Como 18 mil. Junté 80 mil de enganche y gano como 20 mil al mes en la construcción", N)
e3b = t("Con buró negativo no le puedo asegurar nada. Con 80 mil hay financieras que sí aprueban, pero con tasa más alta. Metemos la solicitud y en dos días le digo.")
e4b = c("Está bien que me lo diga derecho. ¿Qué papeles ocupo?", N)
e3w = t("No se preocupe, con 80 mil de enganche se la aprueban seguro, aquí todos salen. Se la lleva esta semana.")
e4w = c("¿Seguro? En otra agencia me dijeron lo mismo y al final me rechazaron. ¿Qué papeles ocupo?", "bad_experience")
e5 = t("INE, comprobante de domicilio y tres meses de ingresos. Si le pagan en efectivo, sirve el estado de cuenta donde deposita.")
e6 = c("Casi todo lo deposito, sí. Mañana le traigo todo", N)
e7 = t("Perfecto. Con eso mando la solicitud y le marco en cuanto tenga respuesta.")

# f05 vague next step
g0 = c("Hola, mi doctor me mandó hacer análisis de sangre, ¿aquí los hacen y cuánto cuestan?", N)
g1 = t("Sí los hacemos. ¿Me enseña la orden? ¿Tiene seguro o Medicaid?")
g2 = c("Aquí está. No tengo seguro. En otro laboratorio me cobraron 300 y yo pensaba que eran 80", "bad_experience")
g3 = t("Se lo digo antes, entonces: este panel sin seguro es 95 en total. Se viene en ayunas, ocho horas.")
g4 = c("Ok, 95 sí puedo. ¿Cuándo me los hacen?", N)
g5b = t("Mañana de 7 a 10, sin cita. Los resultados llegan a su doctor en 48 horas y a usted por mensaje; si el jueves no le llegan, me marca a este número.")
g6b = c("Va, mañana a las 7 vengo en ayunas", N)
g5w = t("Cuando guste venga en la mañana, y ya luego le avisamos de los resultados.")
g6w = c("¿Luego cuándo? ¿A qué hora abren? Bueno... ya veo", N)

# f06 argues with the customer
h0 = c("Buenas, vengo por lo del ropero que compré. La puerta ya se descuadró y tiene dos meses", N)
h1 = t("Qué mal. ¿Trae foto o el ticket? ¿Lo armaron nuestros muchachos?")
h2 = c("Sí, ellos. Aquí la foto, no cierra. Y la verdad pensé que era madera y es puro aglomerado", N)
h3b = t("Tiene razón, es aglomerado con chapa; debimos decírselo claro. La puerta se arregla: mando a alguien a ajustar bisagras sin costo.")
h4b = c("Bueno, por lo menos me lo dice. ¿Cuándo pueden venir?", N)
h3w = t("No, señora, eso es MDF, es mejor que la madera, no se tuerce. La puerta sí se arregla, mando a alguien sin costo.")
h4w = c("Mejor o no, a mí me dijeron madera. Ya ni discuto. ¿Cuándo pueden venir?", N)
h5 = t("El jueves entre 10 y 2. Si con el ajuste no queda bien, le cambiamos la puerta.")
h6 = c("El jueves trabajo, no hay nadie en la casa. ¿El sábado?", "no_time")
h7 = t("El sábado a las 10. Le mando mensaje un día antes.")

# f07 an unasked lecture
k0 = c("Buenas, vengo a ver si ya está mi refund. Lo ocupo pa arreglar la troca", N)
k1 = t("Déjeme ver... sí, el IRS lo depositó ayer: 3,140 en la cuenta que termina en 2290.")
k2 = c("¡Órale! No había revisado. La troca trae la transmisión mala, por eso", N)
k3b = t("Qué bueno que llegó a tiempo. Si el taller le pide comprobante de ingresos, le doy copia de la declaración.")
k4b = c("Ah, sí me la pidieron pa darme pagos. Gracias", N)
k3w = t("Qué bueno. Nomás un consejo: no se lo gaste todo, la gente se gasta el refund y luego no tiene nada. Debería abrir un ahorro.")
k4w = c("Pues le digo que es pa la troca, no pa andar gastando. Sin troca no trabajo", N)
k5 = t("Claro. Le imprimo el comprobante del depósito y la copia de la declaración.")
k6 = c("Ándele. Y el otro año aquí vengo otra vez", N)

# f08 closes before checking the thing works
m0 = c("Buenas, me quiero cambiar con ustedes y traerme mi número, aquí sale más barato el plan", N)
m1 = t("Claro. ¿Me da su INE, el NIP de portabilidad y su cel?")
m2 = c("Aquí está. El NIP me llegó por mensaje, es 4829", N)
m3 = t("Listo, quedó la portabilidad. Le puse el chip nuevo; su plan de 249 empieza hoy.")
m4 = c("Qué rápido. ¿Ya quedó todo?", N)
m5b = t("Antes de irse, probemos: márquele a alguien y mande un WhatsApp. A veces algo no se activa luego luego.")
m6b = c("A ver... la llamada sí sale, pero los datos no jalan", N)
m5w = t("Sí, ya quedó todo. Firme aquí y se puede ir. Bienvenido.")
m6w = c("Ya firmé... oiga, ya en la puerta vi que no me entran datos. Me va a tocar regresar", N)
m7 = t("Es la configuración de datos, se la pongo en un minuto. Ya: pruebe abrir una página.")

# f09 recommends before asking
n0 = c("Hola, ya no veo bien de cerca, quiero unos lentes. ¿Cuánto salen?", N)
n1b = t("Depende de la graduación. ¿Usa lentes ahorita? ¿Para qué los ocuparía más: leer, computadora, manejar?")
n2b = c("No uso. Estoy en la computadora todo el día en una bodega, y en la noche leo la Biblia", N)
n1w = t("Le recomiendo los progresivos con antirreflejo, son los mejores, 380 dólares. Ve de cerca y de lejos.")
n2w = c("¿380? Yo nomás quería pa leer. Estoy en la computadora todo el día y en la noche leo la Biblia", "too_expensive")
n3 = t("Primero el examen, son 45, y con la graduación vemos. Si es solo de cerca, unos de lectura con filtro de pantalla salen en 120.")
n4 = c("Ah, así sí. ¿El examen se puede hoy?", N)
n5 = t("Hay espacio a las 4. Si la graduación sale complicada, le explico las opciones antes de que pague nada.")
n6 = c("A las 4 vengo", N)

# f10 talks about themselves
q0 = c("Buenas, ando viendo minivans. Tengo tres niños chiquitos y mi suegra vive con nosotros", N)
q1 = t("¡Qué bueno que vino! ¿Qué trae ahorita y qué le falla?")
q2 = c("Un sedán, ya no cabemos con las sillitas. Y mi suegra no se puede subir a nada alto", N)
q3b = t("Entonces: tres filas con espacio para tres sillitas y un escalón bajo para su suegra. ¿Qué presupuesto trae?")
q4b = c("Como 450 al mes máximo", N)
q3w = t("¡Ay, yo igual! Tengo cuatro hijos y mi suegra vive conmigo, es toda una historia... Yo traigo minivan hace 8 años y no la cambio. ¿Qué presupuesto trae?")
q4w = c("Ah, qué bien... pues como 450 al mes máximo", N)
q5 = t("Con 450, esta 2021 con puerta corrediza eléctrica le queda en 430 a 60 meses. Traiga a su suegra a probar la subida antes de decidir.")
q6 = c("Uy, 430 está justo. Lo hablo con mi esposo y el sábado venimos todos", "think_it_over")

PAIRS = [
    rpair(P + "f01_houston_renovacion_seguro", "Car insurance office in Houston TX; a renewal went up 40 dollars.",
          [a0, a1b, a2b, a3, a4, a5, a6], [a0, a1w, a2w, a3, a4, a5, a6]),
    rpair(P + "f02_nogalesson_pasar_contactos", "Phone shop in Nogales SON; a customer can't move contacts and WhatsApp to a new phone.",
          [b0, b1, b2, b3b, b4b, b5, b6, b7], [b0, b1, b2, b3w, b4w, b5, b6, b7]),
    rpair(P + "f03_sandiego_envio_operacion", "Money-transfer agency in San Diego CA; 2,500 dollars for a father's surgery in Guadalajara.",
          [d0, d1, d2, d3b, d4b, d5, d6, d7], [d0, d1, d2, d3w, d4w, d5, d6, d7]),
    rpair(P + "f04_hermosillo_pickup_buro", "New-car dealership in Hermosillo SON; a buyer with a bad credit record wants a pickup.",
          [e0, e1, e2, e3b, e4b, e5, e6, e7], [e0, e1, e2, e3w, e4w, e5, e6, e7]),
    rpair(P + "f05_mcallen_laboratorio_precio", "Clinic lab in McAllen TX; an uninsured patient asks about blood tests.",
          [g0, g1, g2, g3, g4, g5b, g6b], [g0, g1, g2, g3, g4, g5w, g6w]),
    rpair(P + "f06_chihuahua_ropero_puerta", "Furniture store in Chihuahua CHIH; a wardrobe door is out of square after two months.",
          [h0, h1, h2, h3b, h4b, h5, h6, h7], [h0, h1, h2, h3w, h4w, h5, h6, h7]),
    rpair(P + "f07_yuma_refund_troca", "Tax-preparation office in Yuma AZ; a client asks whether his refund arrived.",
          [k0, k1, k2, k3b, k4b, k5, k6], [k0, k1, k2, k3w, k4w, k5, k6]),
    rpair(P + "f08_ensenada_portabilidad", "Phone shop in Ensenada BC; a customer ports his number to a cheaper plan.",
          [m0, m1, m2, m3, m4, m5b, m6b, m7], [m0, m1, m2, m3, m4, m5w, m6w, m7]),
    rpair(P + "f09_calexico_lentes_lectura", "Optometry clinic in Calexico CA; a customer can't see well up close.",
          [n0, n1b, n2b, n3, n4, n5, n6], [n0, n1w, n2w, n3, n4, n5, n6]),
    rpair(P + "f10_elpaso_minivan_familia", "Car dealership in El Paso TX; a mother with three small kids and a live-in mother-in-law.",
          [q0, q1, q2, q3b, q4b, q5, q6], [q0, q1, q2, q3w, q4w, q5, q6]),
]

from common import c, rpair, t
N=None;BO="brush_off";NN="no_need";NM="no_money";NT="no_time";BE="bad_experience";TH="think_it_over";TE="too_expensive"

# f01: worse drops the price before asking anything.
o=c("Hola, buenas. Llamo para dar de baja el cable; ya casi no lo vemos en la casa.",NN)
g1=t("Hola, buenas tardes. Lo puedo hacer ahora. ¿Me cuenta qué usan hoy del servicio, solo el cable o también internet?")
r1=c("Internet y cable. Pero los niños ven todo en el celular y nosotros Netflix en la tele.",N)
b1=t("Hola, buenas tardes. No se vaya: le puedo bajar el cable a la mitad, 9.990, por seis meses. ¿Se queda?")
w1=c("No es por la plata, es que no lo vemos; usamos puro internet. Y a los seis meses me lo suben de nuevo, como siempre.",NN)
s1=[t("Ya, lo que usan de verdad es el internet. Si quito el cable, la cuenta baja de 38 a 21 mil; el módem y la velocidad quedan igual. ¿Le hago el cambio?"),
c("Sí. ¿Y eso tiene multa o algo? No quiero sorpresas en la boleta.",N),
t("No tiene multa, su contrato ya cumplió el plazo. Le llega un correo con el cambio y la boleta nueva desde el próximo mes."),
c("Ya, perfecto. Gracias.",N)]
F1=rpair("esb34r_f01_cable_baja_tv",
"Cable company phone line: a family calls to drop TV and keep internet.",
[o,g1,r1]+s1,[o,b1,w1]+s1)

# f02: worse answers in unexplained insurance jargon.
o=c("Hola, buenas. Voy a tener a mi guagua en junio, por cesárea, y quiero saber cuánto me va a salir con mi plan.",N)
s2=[t("Hola, felicitaciones. Veo su plan. ¿En qué clínica se va a atender?"),
c("En la misma donde me controlo, en Providencia.",N)]
g2=t("Su plan cubre el 80% de la cesárea en esa clínica, pero con un máximo de 60 UF, unos 2,2 millones; lo que pase de eso lo paga usted. Con lo que cobra esa clínica, le quedarían cerca de 900 mil.")
r2=c("¡900 mil! Es harto. ¿Hay alguna forma de que salga menos?",N)
b2=t("Su plan tiene 80% con tope de 60 UF por evento, sin PAD y sin CAEC activada; el copago depende del valorizado del prestador.")
w2=c("Perdón, no le entendí nada. ¿PAD? ¿CAEC? ¿Cuánto voy a pagar yo, en plata?",N)
e2=[t("Le cuento cómo bajarlo: con el programa de parto de la clínica el precio es cerrado, y a usted le quedan unos 600 mil. Le mando el detalle por correo."),
c("Ya, eso me sirve. Mándemelo, por favor.",N),
t("Se lo mando hoy. Cualquier duda, me escribe a ese mismo correo.")]
F2=rpair("esb34r_f02_isapre_cesarea",
"Isapre phone line: a pregnant member asks what her planned caesarean will cost her.",
[o]+s2+[g2,r2]+e2,[o]+s2+[b2,w2]+e2)

# f03: worse doubts the customer's honesty.
o=c("Buenos días. Me llegó una carta diciendo que me cambié de AFP, y yo nunca firmé nada. Quiero volver a la mía.",N)
s3=[t("Buenos días. Qué mala sorpresa. ¿Recuerda si alguien la visitó o la llamó ofreciéndole algo en estos meses?"),
c("Una niña me paró en el mall pa' ofrecerme un regalo; me pidió el carnet y la huella. Nada más.",N)]
g3=t("Ya. Eso suena a que usaron sus datos para un traspaso sin su consentimiento. Pasa, y tiene solución.")
r3=c("Ay, qué alivio que me crea. Me dio una vergüenza...",N)
b3=t("Mire, la gente a veces firma y después se arrepiente. ¿Está segura de que no firmó nada ese día?")
w3=c("¿Me está diciendo mentirosa? Le estoy contando lo que pasó.",N)
e3=[t("Hacemos ahora la denuncia de traspaso indebido: sus fondos vuelven a su AFP sin costo y la Superintendencia investiga. Necesito su carnet y diez minutos."),
c("Ya, hagámoslo. Tengo el carnet aquí.",N),
t("Al terminar le doy el número de la denuncia, y la llamo cuando sus fondos estén de vuelta.")]
F3=rpair("esb34r_f03_afp_traspaso_no_firmado",
"AFP branch: a woman was switched to another pension fund without signing anything.",
[o]+s3+[g3,r3]+e3,[o]+s3+[b3,w3]+e3)

# f04: worse gives a vague next step.
o=c("hola, me aparece una compra de 89.990 en una tienda de ropa con la tarjeta y yo no compre nada. que hago",N)
s4=[t("Hola, lamento el susto. Primero bloqueo tu tarjeta para que no pase otra compra. ¿La tarjeta la tienes contigo?"),
c("si la tengo aca. bloqueala altiro porfa",N),
t("Listo, bloqueada. Ingreso el desconocimiento de la compra: no pagas esos 89.990 mientras se investiga. Tu caso es el 5521-334."),
c("ya. y la tarjeta nueva? la uso pa las compras del super",N)]
g4=t("La tarjeta nueva llega a tu casa en 5 días hábiles, y el resultado de la investigación te lo mando por aquí antes del 20.")
r4=c("ya, gracias. quedo atenta",N)
b4=t("Eso lo ven las áreas correspondientes. Cualquier novedad, te avisamos.")
w4=c("y cuando? la ultima vez que reclame aca nunca me respondieron, asi que no me convence",BE)
F4=rpair("esb34r_f04_tarjeta_compra_desconocida",
"Department store card, WhatsApp: a customer reports a purchase she never made.",
[o]+s4+[g4,r4],[o]+s4+[b4,w4])

# f05: worse over-promises credit approval.
o=c("Hola, buenas. Me gustó el city car rojo. Pero le digo altiro: estuve en Dicom hace dos años. ¿Igual me pueden dar crédito?",N)
s5=[t("Hola, gracias por decírmelo de entrada. ¿Hoy está al día, sin deudas morosas?"),
c("Sí, pagué todo el año pasado. Tengo contrato indefinido hace tres años.",N)]
g5=t("Eso ayuda harto. No le puedo asegurar la aprobación, la decide la financiera, pero sin morosidad y con contrato indefinido tiene buenas opciones. Hacemos la pre-evaluación ahora, sin costo.")
r5=c("Ya, hagámosla. Prefiero saber altiro.",N)
b5=t("¡Tranquilo! Con nosotros el crédito sale sí o sí, se lo aseguro. Hacemos la pre-evaluación ahora, es un trámite.")
w5=c("¿Sí o sí? En otra automotora me dijeron lo mismo y después me lo rechazaron. Bueno, hagámosla igual.",BE)
e5=[t("Necesito su carnet y la última liquidación de sueldo. En unos 20 minutos tenemos respuesta."),
c("Aquí están. Para el pie tengo un millón ahorrado.",N),
t("Vemos primero qué aprueba la financiera, y el pie lo armamos según lo que usted tiene, sin estirarse.")]
F5=rpair("esb34r_f05_automotora_credito_dicom",
"Car dealer: a buyer with a past credit-bureau record asks if he can get car finance.",
[o]+s5+[g5,r5]+e5,[o]+s5+[b5,w5]+e5)

# f06: worse closes before checking the part fits.
o=c("Buenas tardes. Necesito 20 filtros de aceite para los compresores de la faena. El número de parte del original no lo tengo, se borró.",N)
s6=[t("Buenas tardes. Sin número lo ubicamos igual. ¿Qué marca y modelo son los compresores, y de qué año?"),
c("Dos compresores de tornillo, 2016. La marca se la paso en una foto de la placa.",N)]
g6=t("Con la foto de la placa cruzo el número exacto. Antes de mandarle los 20, le envío uno para que el mecánico confirme que calza.")
r6=c("Me parece bien, que el mecánico lo pruebe.",N)
b6=t("Perfecto. Le facturo los 20 del modelo estándar para tornillo, casi siempre calza, y se los despacho hoy.")
w6=c("¿Casi siempre? Si no calzan, la faena queda parada y me cuelgan a mí. Ya nos pasó con unas correas de otro proveedor.",BE)
e6=[t("Entendido. Apenas me mande la foto de la placa, le confirmo el número y el plazo por escrito."),
c("Ya. Pero ojo, esta semana no recibimos nada en faena, estamos en auditoría. La otra semana.",NT),
t("Queda para el lunes de la otra semana. Se lo dejo anotado en la cotización.")]
F6=rpair("esb34r_f06_proveedor_minero_filtros",
"Mining supplier, phone: a buyer needs compressor filters but the part number is worn off.",
[o]+s6+[g6,r6]+e6,[o]+s6+[b6,w6]+e6)

# f07: worse argues with the customer.
o=c("Hola, ¿es el gasfíter? Tengo una filtración debajo del lavaplatos y el mueble ya se está hinchando.",N)
s7=[t("Hola, sí. ¿Gotea todo el rato o solo cuando ocupa la llave?"),
c("Solo cuando lavo. Yo creo que es el sifón, porque ahí está todo mojado.",N)]
g7=t("Puede ser el sifón, sí; también el flexible de la llave. Reviso los dos. La visita son 15 mil y se descuenta si arreglo.")
r7=c("Ya, me parece. ¿Puede venir hoy?",N)
b7=t("No, no es el sifón. Todo el mundo dice eso y nunca es el sifón; es el flexible, se lo digo yo. La visita son 15 mil.")
w7=c("Bueno, usted sabrá, pero yo lo vi goteando del sifón. ¿Puede venir hoy?",N)
e7=[t("Hoy a las 6 puedo. Mientras, ponga un balde y no use el lavaplatos."),
c("A las 6 justo llego de la pega. Ya, lo espero.",N),
t("Perfecto. Le escribo por WhatsApp cuando vaya en camino.")]
F7=rpair("esb34r_f07_gasfiter_filtracion",
"Plumber, phone: a leak under the kitchen sink is swelling the cupboard.",
[o]+s7+[g7,r7]+e7,[o]+s7+[b7,w7]+e7)

# f08: worse gives an unasked lecture.
o=c("Hola, buenos días, habitación 204. ¿Será posible salir un poco más tarde? Nuestro bus a Bariloche sale a las 4.",N)
s8=[t("Buenos días. El check-out es a las 12. ¿Hasta qué hora les acomodaría?"),
c("Hasta las 2, si se puede. Andamos con una guagua y queremos que duerma siesta antes del viaje.",N)]
g8=t("La habitación está libre esta tarde, así que se la dejo hasta las 2 sin costo.")
r8=c("¡Qué bueno, muchas gracias!",N)
b8=t("Le cuento que el check-out existe porque limpieza tiene que dejar todas las piezas listas antes de las 3, y cada atraso complica al hotel completo. Dicho eso, se la dejo hasta las 2 sin costo.")
w8=c("Ah... ya. Perdón por la molestia, entonces.",N)
e8=[t("Y si quieren, les guardo las maletas en recepción y les pido un taxi para las 3 y media."),
c("El taxi no, gracias; el terminal está a tres cuadras, nos vamos caminando.",NN),
t("Perfecto. Que tengan buen viaje.")]
F8=rpair("esb34r_f08_hotel_salida_tardia",
"Hotel in Puerto Varas, reception phone: a family with a baby asks for a late check-out.",
[o]+s8+[g8,r8]+e8,[o]+s8+[b8,w8]+e8)

# f09: worse recommends before asking.
o=c("Buenas tardes. Vengo a ver un plan de celular para mi papá, que tiene 78 años. El que tiene ahora le sale muy caro.",N)
g9=t("Buenas tardes. ¿Para qué usa el celular su papá? ¿Llamadas, WhatsApp, videollamadas con los nietos?")
r9=c("Llamadas y WhatsApp, y los domingos videollamada con mi hermana, que vive en Suecia. Hoy paga 25 lucas.",N)
b9=t("Buenas tardes. Le recomiendo el plan Libre de 30 GB a 12.990, es el más vendido.")
w9=c("¿30 gigas? Mi papá no sabe ni lo que es un giga. Llama, usa WhatsApp y los domingos hace videollamada con mi hermana en Suecia.",NN)
e9=[t("Con eso le basta un plan de 5 GB con minutos libres, a 7.990; la videollamada del domingo usa menos de 1 GB al mes."),
c("¿Y no se le va a cortar si se pasa? Mi papá se asusta si el teléfono deja de andar.",N),
t("No se corta: baja la velocidad, pero WhatsApp sigue andando. Le dejo una nota escrita para él."),
c("Ya, eso. Pero el cambio lo tiene que firmar él, ¿no? Lo traigo el sábado.",N)]
F9=rpair("esb34r_f09_movil_plan_adulto_mayor",
"Mobile phone shop: a daughter looks for a cheaper plan for her 78-year-old father.",
[o,g9,r9]+e9,[o,b9,w9]+e9)

# f10: worse talks about herself instead of the patient.
o=c("Hola, buenos días. Vengo a hacerme los exámenes de sangre, pero me da pánico la aguja. La otra vez me desmayé.",N)
s10=[t("Buenos días. Gracias por avisarme, así lo hacemos con calma. ¿Vino en ayunas?"),
c("Sí, desde las nueve de la noche. Por eso mismo estoy medio mareada.",N)]
g10=t("Entonces la atiendo acostada en la camilla, así no hay riesgo de desmayo. Usted no mire la aguja; me cuenta algo y listo.")
r10=c("Ya... acostada mejor. Gracias.",N)
b10=t("Ay, la entiendo, yo también era así. Cuando estudiaba en Concepción me desmayé en mi primera práctica, imagínese, y después con mi primera hija...")
w10=c("Ya... perdón, ¿pero me puedo acostar? Me estoy mareando.",N)
e10=[t("Acuéstese aquí, tranquila. Respire hondo... Listo, ya está. Apriete el algodón cinco minutos."),
c("¿Ya? Ni lo sentí. ¿Y cuándo están los resultados? Mañana trabajo todo el día.",N),
t("No necesita venir: le llegan al correo pasado mañana. Y tómese un jugo antes de irse.")]
F10=rpair("esb34r_f10_laboratorio_miedo_aguja",
"Clinical lab, blood-draw room: a patient who fainted last time is scared of the needle.",
[o]+s10+[g10,r10]+e10,[o]+s10+[b10,w10]+e10)

PAIRS=[F1,F2,F3,F4,F5,F6,F7,F8,F9,F10]

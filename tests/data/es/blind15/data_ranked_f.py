from common import c, rpair, t

PAIRS = []

# f01: discute con el cliente
o = c("hola, pago 300 megas y a la noche no llego ni a 40. ya hice el test mil veces", None)
q = t("Hola, gracias por avisar. ¿El test lo hacés por wifi o con cable? ¿Desde qué equipo?")
r = c("por wifi, desde la notebook, en el living al lado del router. con el celu igual", None)
s = t("Hice la prueba remota: tu nodo se satura de 20 a 24. Abro reclamo para ampliarlo y te bonifico 30% de la factura hasta que se resuelva.")
u = c("bueno, eso me sirve. pero si en un mes sigue igual me voy", None)
PAIRS.append(rpair("esb15r_f01_baires_internet_noche", "Un cliente paga 300 megas y de noche recibe menos de 40.",
[o, q, r, t("Entonces no es distancia ni equipo. De noche puede saturarse tu nodo; ¿me dejás hacer una prueba remota ahora?"),
 c("si dale, estoy en casa", None), s, u],
[o, q, r, t("Mirá, nuestra red no tiene problemas de noche, es de las más estables del país. Los tests por wifi no sirven, seguro es tu notebook."),
 c("no me discutas, te dije que con el celu pasa lo mismo. estoy pagando por algo que no llega", None), s, u]))

# f02: duda de la honestidad de la clienta
o = c("Hola, compré estas zapatillas hace dos semanas y se les despegó la suela. Quiero cambiarlas.", None)
q = t("Hola, déjeme verlas. ¿Tiene la boleta? ¿Las usa para correr o para el día a día?")
r = c("Para caminar al trabajo nomás. Acá está la boleta, las pagué en 3 cuotas.", None)
s = t("Hay en su número. Se las cambio ahora y las cuotas quedan igual, no se modifica nada.")
u = c("Ya, gracias.", None)
PAIRS.append(rpair("esb15r_f02_santiago_retail_zapatillas", "Una clienta vuelve con zapatillas despegadas a las dos semanas.",
[o, q, r, t("Gracias. Es falla de pegado, no de uso; entra en la garantía legal. ¿Prefiere cambio o devolución del dinero?"),
 c("Cambio por el mismo modelo, número 40.", None), s, u],
[o, q, r, t("Mmm, se ve harto uso para dos semanas. ¿Seguro que no las usó para fútbol? Nos llega mucha gente así."),
 c("¿Me está tratando de mentirosa? Le dije que camino al trabajo. Quiero el cambio, número 40.", None), s, u]))

# f03: baja el precio sin que nadie lo pida
o = c("Buenas, quería ver el sedán gris de la vidriera. ¿Qué precio tiene?", None)
q = t("Buenas. Según la versión, de 29 a 34 millones. ¿Para qué lo usarías más? ¿Cuántos son?")
r = c("Somos cuatro y voy seguido a Villa María por trabajo. Lo que más me importa es la seguridad en ruta.", None)
s = t("Probalo hoy en la ruta y te traigo la tasación de tu auto; con eso armamos el número final y lo pensás tranquilo.")
u = c("Dale, lo pruebo ahora.", None)
PAIRS.append(rpair("esb15r_f03_cordoba_concesionaria_sedan", "Un padre de familia que viaja por ruta pregunta por un sedán 0km.",
[o, q, r, t("Entonces la versión media: seis airbags y control de estabilidad, que la base no tiene. Sale 31 millones."),
 c("31 es más de lo que quería poner, la verdad.", "too_expensive"), s, u],
[o, q, r, t("Entonces la versión media: seis airbags y control de estabilidad. Lista 31, pero te la dejo en 28 si la cerramos hoy."),
 c("¿Tres millones así de una? Entonces a 31 estaba inflado... ¿cuánto más baja?", "too_expensive"), s, u]))

# f04: sermón no pedido
o = c("hola, quiero aumentar el limite de la tarjeta, me voy de viaje a brasil en enero", None)
q = t("Hola. ¿Cuánto tenés hoy y cuánto pensás gastar allá? ¿Pagás en cuotas o todo junto?")
r = c("tengo 60 mil. calculo 90 con hotel y todo. siempre pago el total", None)
s = t("Listo, queda en 100 mil. ¿Te activo también el aviso de viaje para que no te la bloqueen allá?")
u = c("no hace falta, ya lo hice en la app", "no_need")
v = t("Perfecto, entonces estás pronta. ¡Buen viaje!")
PAIRS.append(rpair("esb15r_f04_montevideo_banco_limite", "Una clienta quiere subir el límite de la tarjeta para un viaje a Brasil.",
[o, q, r, t("Como siempre pagás el total, te lo puedo subir a 100 mil ahora mismo, sin papeles."),
 c("buenisimo, gracias", None), s, u, v],
[o, q, r, t("Te lo puedo subir a 100 mil. Pero ojo: la gente se endeuda mucho en los viajes; tené un presupuesto diario y no uses la tarjeta para todo, ¿eh?"),
 c("no te pedi consejo, te dije que pago el total. subimelo y listo", None), s, u, v]))

# f05: próximo paso vago
o = c("hola, compre 20 chapas y tirantes el lunes y no me llegaron. el techista viene el jueves", None)
q = t("Hola, perdón. Pasame el número de remito y lo busco.")
r = c("remito 7781, a nombre de Gomez, en Fisherton", None)
s = t("Te dejo mi celular directo, 341 555 0192; escribime ante cualquier problema.")
u = c("bueno. ahi lo agendo", None)
PAIRS.append(rpair("esb15r_f05_rosario_corralon_chapas", "Un cliente espera chapas para un techo y el techista viene el jueves.",
[o, q, r, t("Lo encontré: quedó sin camión por las chapas largas. Sale mañana en el primer viaje, entre 8 y 11; el chofer te llama media hora antes."),
 c("ok, mañana a la mañana estoy. que no falle porque pierdo al techista", None), s, u],
[o, q, r, t("Lo encontré: quedó sin asignar a camión. Ya lo pasé a logística; en cuanto tengan camión te avisamos."),
 c("te avisamos cuando? si no llega antes del jueves pierdo al techista", None), s, u]))

# f06: promete de más
o = c("Buenas tardes. Quiero vender la casa de mi mamá en Godoy Cruz, ella se vino a vivir conmigo.", None)
q = t("Buenas tardes. ¿Está a nombre de ella o hay sucesión? ¿Tienen algún plazo para venderla?")
r = c("A nombre de ella. No hay apuro, pero no queremos que quede vacía un año. Otra inmobiliaria la tasó en 120 mil dólares.", None)
s = t("Le mando el informe de lo vendido en Godoy Cruz y la propuesta de autorización, para que lo vean entre todos.")
u = c("Bueno, mándelo a mi mail y se lo reenvío a ellos.", None)
PAIRS.append(rpair("esb15r_f06_mendoza_inmobiliaria_venta", "Una hija quiere vender la casa de su madre en Godoy Cruz.",
[o, q, r, t("Por lo vendido en la zona, 120 es el techo; publicaría en 118 y lo realista son 4 a 6 meses. Si en 60 días no hay visitas, revisamos."),
 c("Es menos de lo que esperaba. Lo tengo que hablar con mis hermanos.", "think_it_over"), s, u],
[o, q, r, t("Con nosotros la vendemos a 130 mil en menos de 30 días, se lo garantizo. Tenemos compradores esperando en esa zona."),
 c("¿130 en un mes? Suena demasiado lindo. Mándeme algo por escrito y lo veo.", "brush_off"), s, u]))

# f07: cierra antes de comprobar que funciona
o = c("Oiga, ¿ya está? Necesito internet hoy, mañana tengo una entrevista de trabajo por Zoom.", None)
q = t("Casi. Quedaron la fibra y el router. ¿Dónde va a hacer la entrevista? Así veo que llegue bien la señal.")
r = c("En la pieza del fondo, la única con puerta. Es casa antigua, paredes gruesas.", None)
s = t("Le dejo mi número; cualquier cosa me escribe al WhatsApp y se lo resuelvo.")
u = c("Ya, anotado.", None)
PAIRS.append(rpair("esb15r_f07_valparaiso_instalacion_zoom", "Un técnico termina una instalación de fibra en una casa antigua del Cerro Alegre.",
[o, q, r, t("Probemos ahí. En la pieza llegan 40 megas y se corta; le pongo un repetidor sin costo y ahora marca 280. Hagamos un Zoom de prueba conmigo."),
 c("Ya, se ve y se escucha perfecto. Qué alivio.", None), s, u],
[o, q, r, t("Con paredes así a veces cuesta, pero el router es potente. Le cierro la orden de instalación, ¿me firma acá?"),
 c("¿Y si no llega a la pieza? Mañana no voy a tener tiempo de llamar a soporte.", None), s, u]))

# f08: recomienda antes de preguntar
o = c("Hola, quiero cambiarme de Fonasa a isapre. Trabajo en la universidad y me subieron el sueldo.", None)
s = t("Es preexistencia: hay que declararla y algunas isapres ponen restricciones. Le busco planes que la acepten sin restricción y se los mando hoy.")
u = c("Ya, mándemelos. Ojalá alguno tenga el Sanatorio Alemán, ahí me atiendo.", None)
v = t("Se los mando con esa clínica marcada, y el jueves lo llamo para ver dudas antes de firmar nada.")
PAIRS.append(rpair("esb15r_f08_concepcion_isapre_cambio", "Un funcionario universitario quiere pasarse de Fonasa a isapre.",
[o, t("Hola, felicitaciones. Antes de ver planes: ¿es solo usted o con cargas? ¿Tiene alguna enfermedad o tratamiento en curso?"),
 c("Solo yo. Tengo hipotiroidismo, tomo pastillas todos los días. ¿Eso afecta?", None), s, u, v],
[o, t("Hola, felicitaciones. Le recomiendo el plan Ejecutivo Biobío: clínica preferente en Concepción, 80% hospitalario, 4,2 UF. Es el más vendido."),
 c("Pero si ni me preguntó nada. Tengo hipotiroidismo, ¿eso me lo cubren?", None), s, u, v]))

# f09: jerga sin explicar
o = c("Hola, cobré una indemnización y quiero ponerla en algo que no pierda contra la inflación. No sé nada de inversiones.", None)
q = t("Hola. ¿Cuánto es más o menos? ¿La podés llegar a necesitar pronto?")
r = c("Son 8 millones. Capaz en un año la uso para poner un local, no sé.", None)
s = t("Te lo escribo simple en un papel: qué es cada cosa, cuánto rendiría y cuándo podés sacar la plata. Lo leés tranquilo y me llamás.")
u = c("Bueno, dale.", None)
PAIRS.append(rpair("esb15r_f09_baires_banco_indemnizacion", "Un cliente sin experiencia quiere proteger una indemnización de la inflación.",
[o, q, r, t("Si la podés necesitar en un año, te conviene un plazo fijo que se ajusta por inflación, a 90 días, que renovás o sacás al vencer."),
 c("Ah, eso lo entiendo. Igual lo quiero consultar con mi hijo.", "think_it_over"), s, u],
[o, q, r, t("Te armo un mix: 50% en un FCI T+1 de renta fija CER, 30% en una Lecap y el resto en un money market para liquidez."),
 c("Uh... no entendí nada. Mejor mandame todo eso por mail y lo miro.", "brush_off"), s, u]))

# f10: habla de sí mismo
o = c("Hola, quiero empezar a entrenar. El doctor me dijo que baje de peso, tengo prediabetes.", None)
q = t("Hola, qué bueno que se decida. ¿Hace algún ejercicio hoy? ¿Qué horarios tiene libres?")
r = c("Nada, trabajo sentada todo el día. Podría temprano, antes de las 8.", None)
s = t("Partimos suave: trotadora caminando y bicicleta, sin impacto, tres veces a las 7. El plan mañanero sale 29 mil; el lunes puede venir a una clase de prueba gratis.")
u = c("Ya, el lunes vengo a probar. Lo de los 29 lo veo después, ando justa este mes.", "no_money")
PAIRS.append(rpair("esb15r_f10_santiago_gimnasio_prediabetes", "Una mujer sedentaria con prediabetes quiere empezar a entrenar.",
[o, q, r, t("Para partir, tres veces por semana temprano y de a poco. ¿Tiene alguna lesión o dolor que deba saber?"),
 c("La rodilla derecha me duele a veces si subo escaleras.", None), s, u],
[o, q, r, t("Yo partí igual, ¿sabe? Pesaba 20 kilos más y ahora corro maratones; el año pasado hice la de Santiago en 3 horas 40."),
 c("Ya... qué bien por usted. Yo no quiero correr nada, quiero algo suave.", None), s, u]))

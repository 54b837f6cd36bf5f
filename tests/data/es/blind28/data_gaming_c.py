"""Gaming pairs esb28, part c (kinds 6-15). Hand-written in Spanish (Mexico)."""
from common import c, gpair, t

P = []

o = c("Buenas, me duele muchísimo una muela desde el sábado, ya no dormí.", None)
P.append(gpair("esb28g_dentista_muela", "dental clinic, Chihuahua (walk-in)", "putdown_question",
  "Patient in pain walks in without an appointment.",
  [o, t("Buenas, qué feo, pásele. ¿Le duele con lo frío o lo caliente, o le late solo?"),
   c("Late solo, más en la noche. Hace un año me dijeron que tenía una caries ahí, pero no regresé.", None),
   t("Gracias por decírmelo, así sé dónde buscar. Le tomo radiografía y hoy le quito el dolor; luego vemos el tratamiento."),
   c("¿Y cuánto me va a salir? Porque luego cobran un montón.", None),
   t("Hoy, consulta y curación de urgencia, 600. Si es endodoncia, unos 3,500 en dos pagos. Sin sorpresas."),
   c("Ándele, quíteme el dolor y lo otro lo veo en la quincena, ahorita no me alcanza.", "no_money")],
  [o, t("Buenas. ¿Y por qué esperó hasta ahorita, si le duele desde el sábado? ¿Qué siente exactamente?"),
   c("Pues... pensé que se me iba a quitar. Late, más en la noche.", None),
   t("Ajá. ¿Y cuándo fue la última vez que se lavó bien, con hilo y todo? Esto no sale de la nada."),
   c("Oiga, vine porque me duele, no a que me regañen.", None),
   t("Nadie lo regaña. ¿Entiende que si no se cuida va a perder la muela? La endodoncia son 3,500."),
   c("Con ese trato, mejor me voy a otro consultorio.", None)]))

o = c("buenas tardes, mande una caja a merida hace 8 dias y el rastreo dice entregado pero mi clienta dice que no le llego", None)
P.append(gpair("esb28g_paqueteria_entrega", "parcel courier, Monterrey (WhatsApp)", "not_my_department_or_read_the_terms",
  "Small online clothing seller: parcel shows delivered, buyer says it never arrived.",
  [o, t("Buenas tardes. Qué pena, lo revisamos. ¿Me pasa su número de guía?"),
   c("MX88213077. es mi negocio, vendo ropa por face y la clienta ya me reclama", None),
   t("Gracias. Se entregó el martes a las 3 pm, firmó 'J. Pérez'. ¿Su clienta conoce a alguien así? A veces recibe un vecino."),
   c("dejeme preguntarle... dice que su vecino se llama jorge perez!! ay no puede ser", None),
   t("Qué bueno. Si el vecino no lo tiene, escríbame hoy y abro la investigación con la foto de entrega."),
   c("va muchas gracias, la neta pense que iba a perder el envio", None)],
  [o, t("Buenas tardes. Entiendo su necesidad y con gusto la oriento. ¿Me comparte su guía?"),
   c("MX88213077. es mi negocio, la clienta ya me reclama", None),
   t("Aparece entregado. Una vez entregado ya no es mi área; lo tendría que ver el remitente con el destinatario."),
   c("pero yo soy la remitente. que hago?", None),
   t("Le sugiero leer los términos en la página, sección reclamaciones. Yo no pongo las políticas. ¿Algo más?"),
   c("o sea nada. ya no vuelvo a mandar con ustedes", None)]))

o = c("Buenas tardes. Vengo a ver el sedán compacto. Nomás vengo a ver, eh, todavía no compro.", "brush_off")
P.append(gpair("esb28g_agencia_sedan", "car dealership, Aguascalientes (showroom)", "social_proof_or_deadline_pressure",
  "Commuter with an old Tsuru looks at a compact sedan.",
  [o, t("Claro, vea con calma. ¿Qué carro trae ahorita y qué no le gusta de él?"),
   c("Un Tsuru 2012. Ya me sale caro de taller, y hago 60 kilómetros diarios al trabajo.", None),
   t("Busca algo que le ahorre taller y gasolina. Este rinde 18 por litro en carretera. ¿Contado o crédito?"),
   c("Crédito, y dar el Tsuru a cuenta. Pero esto lo tengo que ver con mi esposa.", "think_it_over"),
   t("Muy bien. Le valúo el Tsuru y le hago corrida a 36 y 48 meses para que la vean juntos. ¿Lo maneja antes?"),
   c("Sí, una vuelta sí.", None)],
  [o, t("¡Bienvenido! Es el más vendido del mes. ¿Qué busca en su experiencia de manejo?"),
   c("Algo que gaste poco. Traigo un Tsuru que ya me sale caro de taller.", None),
   t("Todos los del Tsuru se están pasando a este, van cuarenta este mes. Y el bono de 25 mil se acaba hoy a las 8."),
   c("Es que esto lo tengo que ver con mi esposa.", "think_it_over"),
   t("Le marcamos ahorita, ¿no? Mañana ya no le respeto el bono, y queda uno blanco nada más."),
   c("No, gracias. Ya me chamuscaron una vez con esas prisas.", "bad_experience")]))

o = c("Bueno, sí, soy Laura de Recursos Humanos. Me dijeron que ustedes hacen nómina. Tengo cinco minutos.", None)
P.append(gpair("esb28g_software_nomina", "payroll software vendor to a maquiladora, Ciudad Juárez (B2B call)", "keyword_stuffed",
  "HR manager of a 340-worker plant takes a short call about payroll software.",
  [o, t("Gracias, Laura. ¿Cómo calculan hoy la nómina y qué es lo que más les duele?"),
   c("En Excel. Somos 340 y cada quincena nos volvemos locos con horas extra y timbrado.", None),
   t("Lo pesado son horas extra y timbrado. ¿Usan reloj checador? Si el sistema lo lee directo, eso se ahorra."),
   c("Sí, hay reloj. Pero ya tuvimos un sistema que nunca jaló con él, perdimos dos meses.", "bad_experience"),
   t("Entendido. Propongo una prueba con sus datos de una quincena y su reloj, antes de firmar nada. ¿El jueves a las 10?"),
   c("El jueves no puedo, tenemos auditoría. El lunes sí.", "no_time")],
  [o, t("Gracias, Laura. Nuestra relación empieza por entender sus necesidades y transformar su nómina en una experiencia de éxito."),
   c("Ok... somos 340, en Excel. Lo pesado son las horas extra.", None),
   t("Entiendo y siento su frustración. Nos enfocamos en sus necesidades para crear valor, confianza y éxito en la relación."),
   c("¿Pero se conecta con el reloj checador o no?", None),
   t("Excelente pregunta. Lo importante es que su experiencia sea integral y se sienta acompañada en cada paso."),
   c("Mire, mándeme la información por correo y la reviso.", "brush_off")]))

o = c("Buenos días. Me llegó el recibo del agua de 1,800 pesos y siempre pago como 300.", None)
P.append(gpair("esb28g_agua_recibo", "municipal water utility, Ecatepec (counter)", "rude",
  "Resident disputes a water bill six times the usual.",
  [o, t("Buenos días. Sí es mucha diferencia. ¿Me presta el recibo? ¿Cambió algo en su casa, más gente, alguna obra?"),
   c("Nada, somos los mismos tres. Hace un mes oí agua correr en el patio, pero pensé que era del vecino.", None),
   t("Puede ser fuga en su toma. Mando inspector a revisar el medidor; si es fuga interna, hay descuento al repararla."),
   c("¿Y mientras tengo que pagar los 1,800? Ahorita no los tengo.", "no_money"),
   t("No, congelo el cobro mientras se hace la inspección, sin recargos. Aquí está su folio."),
   c("Ah, bueno. Gracias, joven.", None)],
  [o, t("Ajá, ¿y ya se fijó si no deja la llave abierta? El medidor no se equivoca solo, eh."),
   c("No, señor, en mi casa nadie deja nada abierto. Siempre pago 300.", None),
   t("Eso dicen todos. ¿Y qué quiere que haga yo, que se lo regale?"),
   c("Que lo revisen. Hace un mes oí agua correr en el patio.", None),
   t("Pues es su fuga, no nuestra. Pague y luego haga su trámite. Siguiente."),
   c("Qué grosero. Voy a poner una queja.", None)]))

o = c("Buenas, busco un colchón matrimonial. Me duele la espalda en las mañanas y traigo unos 8 mil.", None)
P.append(gpair("esb28g_colchon_espalda", "mattress store, Puebla (showroom)", "ignored_customer",
  "Customer with morning back pain and an 8,000-peso budget.",
  [o, t("Buenas. ¿Desde cuándo le duele? ¿Duerme de lado o boca arriba?"),
   c("De lado. Mi colchón tiene como doce años, ya se hizo pozo en medio.", None),
   t("Doce años y hundido explica mucho. De lado le va firmeza media. En 8 mil tengo estos dos; acuéstese cinco minutos en cada uno."),
   c("Este se siente bien. ¿Pero y si en la casa no me gusta? Una vez me quedé con uno de a fuerzas.", "bad_experience"),
   t("Tiene 30 noches de prueba; si no le acomoda, se lo cambiamos. Sale en 7,600 con base."),
   c("Entonces sí, me lo llevo.", None)],
  [o, t("Buenas. ¿Qué es lo más importante para usted en su descanso?"),
   c("Que ya no me duela la espalda. Y no pasar de 8 mil.", None),
   t("Perfecto. Mire este: gel y resortes independientes, el mejor de la tienda, 24,900."),
   c("Se me hace mucho, joven. Le dije que traigo 8 mil.", "too_expensive"),
   t("Claro. Y para su descanso, trae almohadas de memoria incluidas. ¿Se lo aparto?"),
   c("No, gracias. Aquí no escuchan.", None)]))

o = c("hola buen dia, cuanto cobran una mudanza de gdl a cdmx? es un depa de 2 recamaras", None)
P.append(gpair("esb28g_mudanza_cotizacion", "moving company, Guadalajara (WhatsApp)", "repeated_questions",
  "Customer asks for a quote to move a two-bedroom flat to Mexico City.",
  [o, t("Hola, buen día. ¿Qué fecha tiene pensada? ¿Hay elevador en los dos lados?"),
   c("el 15 de julio. aqui es tercer piso sin elevador, alla si hay", None),
   t("Ok: 2 recámaras, tercer piso sin elevador, el 15. ¿Algún mueble delicado o muy grande?"),
   c("una vitrina de mi abuela que no quiero que se maltrate. una mudanza ya me rompio un espejo", "bad_experience"),
   t("La vitrina va en huacal de madera y asegurada. Total 18,500 con seguro. ¿Le mando la cotización por escrito?"),
   c("18 y medio? uf. si mandemela, la comparo con otras dos", "think_it_over")],
  [o, t("Hola, buen día! Para entender su necesidad: ¿cuántas recámaras tiene su depa?"),
   c("2 recamaras. tercer piso sin elevador", None),
   t("Perfecto! Y para conocer su experiencia, ¿qué tan grande es la mudanza, cuántos cuartos?"),
   c("2. ya le dije", None),
   t("Gracias! ¿Y cuántas recámaras serían en total, para darle el mejor servicio?"),
   c("oiga no leen? mejor cotizo con otros", None)]))

o = c("Buenos días. Quiero un préstamo chiquito, unos 30 mil, para una máquina de coser industrial. Hago uniformes.", None)
P.append(gpair("esb28g_banco_prestamo_costura", "bank branch, Tlaxcala (counter)", "wrong_paraphrase",
  "Seamstress wants a small loan for an industrial sewing machine.",
  [o, t("Buenos días. ¿Cuánto le deja al mes el taller y qué le permitiría la máquina nueva?"),
   c("Unos 12 mil libres. Con la industrial podría tomar un pedido de una escuela que ahorita rechazo.", None),
   t("Entonces el préstamo se paga con ese pedido. A 12 meses serían unos 3 mil al mes. ¿Le queda cómodo?"),
   c("Mmm, 3 mil sí, pero en enero baja el trabajo. Tengo que sacar bien la cuenta.", "think_it_over"),
   t("Lo vemos a 18 meses, como 2,200. Le imprimo las dos tablas para que lo piense en casa."),
   c("Ándele, así sí.", None)],
  [o, t("Buenos días. Cuénteme su proyecto, ¿para qué quiere el crédito?"),
   c("Para una máquina industrial de 30 mil. Hago uniformes.", None),
   t("Perfecto, si entendí bien, quiere consolidar sus deudas con un crédito de 200 mil, ¿verdad?"),
   c("No, yo no tengo deudas. Son 30 mil para una máquina.", None),
   t("Claro, lo que me dice es que quiere crecer: 200 mil a 60 meses le da para máquina y local. ¿Cierto?"),
   c("No dije nada de local. Eso ni lo puedo pagar.", "no_money")]))

o = c("Oiga, me acaban de asaltar en el metro, me quitaron el celular. Necesito bloquear la línea ya.", None)
P.append(gpair("esb28g_celular_robo", "mobile carrier store, CDMX (counter)", "pitch_to_upset",
  "Shaken customer just robbed on the metro wants his line blocked.",
  [o, t("Qué susto, lo siento. ¿Está bien? Ahorita la bloqueo. ¿Me da su número y una identificación?"),
   c("Sí, nomás temblando. Es el 55 1234 8890, aquí está mi INE.", None),
   t("Listo, línea bloqueada y el IMEI reportado. ¿Tenía la app de su banco en ese celular?"),
   c("¡Ay, sí! No había pensado.", None),
   t("Llame a su banco para bloquearla. El chip con su mismo número son 50 pesos; se lo doy ahorita."),
   c("Sí, deme el chip. Y gracias, eh.", None)],
  [o, t("Qué mala experiencia, lo entiendo perfectamente. ¿Qué necesita hoy?"),
   c("¡Que bloquee la línea! Ya se lo dije.", None),
   t("Claro. Y ya que está aquí, ¿le interesa el equipo de 128 GB con seguro contra robo? 499 al mes."),
   c("¡Primero bloquee la línea! No estoy para compras ahorita.", "no_time"),
   t("Ya casi. Sin seguro le vuelve a pasar. ¿Cómo le gustaría pagarlo?"),
   c("¡Ya! Quiero a su gerente.", None)]))

o = c("Buenas tardes, la lavadora que compré hace cuatro meses ya no centrifuga, se queda llena de agua.", None)
P.append(gpair("esb28g_lavadora_garantia", "appliance brand service line, San Luis Potosí (phone)", "blame",
  "Washing machine under warranty stops spinning.",
  [o, t("Buenas tardes, qué lata. Está en garantía. ¿Sale algún código en la pantalla?"),
   c("Sale E21. La estaba usando con cobijas, ¿será por eso?", None),
   t("E21 es de drenado, suele ser la bomba o algo atorado en el filtro. ¿Revisamos el filtro por teléfono o prefiere la visita?"),
   c("Mejor la visita, la neta me da miedo mover algo y perder la garantía.", None),
   t("Sin problema. El técnico va el miércoles de 9 a 1, sin costo."),
   c("El miércoles no puedo, trabajo. ¿El sábado?", "no_time"),
   t("Sábado de 9 a 12. Queda agendado y le llega SMS.")],
  [o, t("Buenas tardes. Entiendo su situación. ¿Qué le metió a la lavadora?"),
   c("Unas cobijas. Sale E21 y se queda con agua.", None),
   t("Ahí está. Las cobijas la sobrecargan; eso es mal uso y la garantía no lo cubre. ¿Leyó el manual?"),
   c("Pero el manual dice que sí se puede, en el ciclo pesado.", None),
   t("Pues seguramente la llenó de más. La visita le cuesta 650. ¿La agendamos?"),
   c("Ni de broma. Ya me habían dicho que ustedes siempre salen con eso. Voy a Profeco.", None)]))

PAIRS = P

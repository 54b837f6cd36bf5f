"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

P = "esb7r_"

# f01 Puebla, software de nómina: drops the price before asking anything
f1_c0 = c("Buenas tardes. Tengo un taller de autopartes en Puebla, cuarenta y cinco empleados. Me dijeron que su sistema de nómina sale caro. ¿Cuánto cuesta?", None)
f1_t1b = t("Buenas tardes. Depende de lo que necesiten; para que el precio tenga sentido, ¿qué usan hoy para la nómina y qué les falla?")
f1_t1w = t("Buenas tardes. Mire, para usted le hago un 30% de descuento desde ya: queda en 28 pesos por empleado. ¿Le parece?")
f1_c1b = c("Un contador externo nos la hace, pero se tarda y luego hay errores en las horas extra.", None)
f1_c1w = c("Este... si me baja 30% sin preguntarme nada, ¿cuánto cuesta de verdad? Ahorita nos la hace un contador externo y se equivoca con las horas extra.", None)
f1_t2 = t("¿Y cómo registran hoy las horas extra: reloj, papel, o se las pasan los supervisores?")
f1_c2 = c("Papel. El jefe de taller las anota y se las manda al contador cada quincena.", None)
f1_t3 = t("Entonces el error probablemente nace en el papel, no en el cálculo. El sistema trae un checador por app que registra entradas, salidas y horas extra, y la nómina las toma directo. Le propongo una quincena de prueba con sus datos reales, sin costo.")
f1_c3 = c("Va, probamos una quincena. Pero el precio lo quiero ver con calma antes de firmar nada.", "think_it_over")

# f02 Cali, clínica privada: over-promises
f2_c0 = c("Buenos días, ve. Mirá, necesito operarme de la vesícula y la EPS me tiene en lista de espera de cuatro meses. ¿Cuánto cuesta hacerlo particular en la clínica?", None)
f2_t1 = t("Buenos días. Claro. ¿Ya tiene el diagnóstico y una orden del cirujano, o todavía no la ha valorado un especialista?")
f2_c1 = c("Tengo la ecografía y la orden de la EPS. Los dolores me dan casi cada semana, ya no aguanto.", None)
f2_t2b = t("Entiendo. El paquete de vesícula por laparoscopia, particular, es de 9.800.000 con cirujano, anestesia, un día de hospitalización y controles. Si en la cirugía aparece una complicación, puede haber costos adicionales; el cirujano se los explica en la valoración.")
f2_t2w = t("Entiendo. El paquete de vesícula por laparoscopia, particular, es de 9.800.000, todo incluido, y le garantizo que sale el mismo día y sin nada de dolor. Aquí no hay complicaciones, nunca.")
f2_c2b = c("Uy, es harta plata. ¿Y cuándo me podrían operar?", "too_expensive")
f2_c2w = c("¿Nunca? Eso me suena a cuento, la verdad. Y uy, es harta plata. ¿Cuándo me podrían operar?", "too_expensive")
f2_t3 = t("Con la orden, la valoración con el cirujano puede ser esta semana y la cirugía en unos diez días. Si quiere le separo la valoración; cuesta 150.000 y se descuenta si se opera aquí.")
f2_c3 = c("Déjeme hablarlo con mi esposo, porque la plata es de los dos. Lo llamo mañana.", "think_it_over")

# f03 Maracaibo, oficinas por horas: vague next step
f3_c0 = c("buenas, soy contadora independiente y necesito una oficina pequeña por horas para atender clientes 2 o 3 veces por semana. estoy en maracaibo, zona norte. q tienen?", None)
f3_t1 = t("¡Buenas! Tenemos oficinas por horas en la sede de la avenida El Milagro. ¿Cuántas personas vienen a cada reunión, y necesita algo especial, como que la recepción le reciba documentos?")
f3_c1 = c("normalmente 1 o 2 clientes. y si, q reciban documentos cuando no estoy seria buenisimo", None)
f3_t2 = t("Perfecto. El paquete de 20 horas al mes con recepción de correspondencia vale 90 dólares, y las horas que no use pasan al mes siguiente. La sede tiene planta eléctrica, así que no se queda a oscuras en medio de una reunión.")
f3_c2 = c("90 esta bien. lo de la planta es clave, en mi casa se va la luz a cada rato y me da pena con los clientes", None)
f3_t3b = t("Entonces venga el jueves a las 10 a ver la oficina; le activo una hora gratis por si quiere atender ahí a un cliente y probar. ¿Le confirmo el jueves?")
f3_t3w = t("Perfecto. Cualquier cosa nos estamos comunicando y le avisamos cuando haya disponibilidad.")
f3_c3b = c("si, el jueves a las 10 voy. gracias!", None)
f3_c3w = c("ok... y cuando seria eso? necesito algo para la semana q viene", None)

# f04 Concepción, MBA: unasked lecture
f4_c0 = c("Hola, buenas tardes. Soy ingeniero en una forestal, trabajo por turnos, y estoy viendo el MBA ejecutivo. Mi duda es si lo puedo hacer con mis turnos.", None)
f4_t1 = t("Hola, buenas tardes. Buena pregunta. ¿Cómo son exactamente tus turnos: siempre de día, o rotas de día y de noche?")
f4_c1 = c("Rotamos. Cuatro días de día, cuatro libres, cuatro de noche, cuatro libres.", None)
f4_t2 = t("Ok. Las clases presenciales son viernes y sábado cada dos semanas, y quedan grabadas. Si te toca noche, ves la grabación y rindes igual; lo único que no se recupera son los talleres de grupo, tres por semestre.")
f4_c2 = c("Eso me sirve. ¿Y el arancel? Porque lo pago yo, la empresa no financia.", None)
f4_t3b = t("Son 9.800.000 al año, en 10 cuotas si quieres. Hay una beca del 15% para trabajadores de regiones. ¿Te mando el calendario de talleres para que lo cruces con tus turnos antes de decidir?")
f4_t3w = t("Son 9.800.000 al año, en 10 cuotas. Y te digo algo: un ingeniero sin MBA hoy se queda estancado. Tienes que dejar de pensar en el costo y verlo como inversión; la gente que duda nunca crece. ¿Te mando el calendario?")
f4_c3b = c("Sí, mándalo. Lo cruzo con el rol y lo converso con mi señora.", "think_it_over")
f4_c3w = c("Eh... mándalo, sí. Pero el costo lo voy a pensar igual, es mi plata. Lo converso con mi señora.", "think_it_over")

# f05 Rosario, transporte de vinos: argues with the customer
f5_c0 = c("Buenas, che. Tenemos una distribuidora de vinos en Rosario, mandamos a Buenos Aires y Santa Fe dos veces por semana. Con el transporte que tenemos se nos rompen botellas y tarda una banda. ¿Ustedes cómo trabajan?", None)
f5_t1 = t("Buenas. ¿Cuántas cajas por envío y cuántas se les rompen, más o menos?")
f5_c1 = c("Unas ochenta cajas por viaje. Se rompen dos o tres cajas por mes, y encima tardan cuatro días a Buenos Aires.", None)
f5_t2b = t("Cuatro días Rosario-Buenos Aires es mucho; nosotros salimos a la noche y entregamos al día siguiente. Para vino usamos pallet con separadores y nunca apilamos más de cuatro. ¿Cómo embalan hoy?")
f5_t2w = t("Mirá, cuatro días no puede ser; seguro no lo están contando bien, o el destinatario no recibe. Y si se rompen botellas, para mí el problema es el embalaje de ustedes, no el transporte.")
f5_c2b = c("Cajas de seis con separador de cartón, apiladas como entren.", None)
f5_c2w = c("Che, los días los contamos bien, tengo los remitos. Pero bueno: cajas de seis con separador de cartón, apiladas como entren.", None)
f5_t3 = t("Ahí hay margen: paletizado con separadores y esquineros, la rotura baja mucho. Te propongo hacer el primer viaje a Buenos Aires con las 80 cajas y comparás roturas y días.")
f5_c3b = c("Dale, probemos. ¿Cuánto sale el viaje?", None)
f5_c3w = c("Puede ser... no me convence mucho. Lo hablo con mi viejo, que es el dueño, y te aviso.", "think_it_over")

# f06 Barranquilla, concesionario: doubts the customer's honesty
f6_c0 = c("Buenas tardes. Quiero cambiar mi carro, un Mazda 2 del 2019, por una camioneta. Lo tengo al día, con 45 mil kilómetros, y lo quiero dejar como parte de pago.", None)
f6_t1 = t("Buenas tardes. Perfecto. ¿Para qué va a usar la camioneta principalmente: ciudad, carretera, la familia?")
f6_c1 = c("Familia. Tenemos dos niños y vamos mucho a Santa Marta los fines de semana.", None)
f6_t2b = t("Entonces le sirve algo con buen baúl y de bajo consumo en carretera. El Mazda lo pasamos hoy mismo por peritaje y con eso le damos el valor; 45 mil kilómetros en un 2019 es poco, eso suma.")
f6_t2w = t("Entonces le sirve algo con buen baúl. ¿Y el Mazda con 45 mil kilómetros en un 2019? Es poquito... ¿seguro que no le bajaron el kilometraje? Aquí vemos de todo.")
f6_c2b = c("Sí, lo uso poco, trabajo desde la casa. Lo traje, está afuera.", None)
f6_c2w = c("Oiga, ¿me está diciendo tramposo? Lo uso poco porque trabajo desde la casa. Tengo las facturas del concesionario.", None)
f6_t3 = t("Mientras hacen el peritaje, unos 40 minutos, le muestro dos camionetas que le cuadran y, si quiere, prueba una en la Vía 40.")
f6_c3b = c("Listo, de una.", None)
f6_c3w = c("Hágale, pero con esa pregunta me quedó la desconfianza. Voy a cotizar el carro en otro lado también antes de decidir.", "think_it_over")

# f07 Monterrey, software de inventarios: closes before checking it works
f7_c0 = c("Buen día. Somos una distribuidora de material eléctrico en Monterrey con tres almacenes. Queremos un sistema de inventarios que se conecte con nuestra facturación actual (Aspel). ¿Ustedes se integran? Atte., Ing. Rogelio Garza.", None)
f7_t1 = t("Buen día, ingeniero. Sí tenemos integración con Aspel SAE. ¿Qué versión usan, y qué necesitan que pase entre los dos: que al facturar se descuente el inventario, o también las compras?")
f7_c1 = c("SAE 8. Las dos cosas: que al facturar se descuente y que las compras entren solas.", None)
f7_t2 = t("Ok. El descuento por factura con SAE 8 lo tenemos funcionando en muchos clientes. Las compras también, pero depende de cómo capturan los proveedores en SAE.")
f7_c2 = c("Pues cada almacén captura como le da la gana, la verdad. No hay un catálogo único.", None)
f7_t3b = t("Entonces antes de cotizar conviene probar con una copia de su SAE y unas 50 compras reales de un almacén, para ver si ese catálogo se puede mapear. La prueba toma una semana y no tiene costo. ¿Le parece?")
f7_t3w = t("No se preocupe, eso se acomoda después. Le mando hoy el contrato anual de los tres almacenes para arrancar la implementación el lunes. ¿A qué razón social lo hago?")
f7_c3b = c("Me parece bien. Le pido al de sistemas que le prepare la copia.", None)
f7_c3w = c("¿Contrato anual sin ver si funciona con nuestro desorden? No, primero quiero ver que jale. Lo reviso con dirección y le aviso.", "think_it_over")

# f08 Medellín, póliza de salud: unexplained jargon
f8_c0 = c("Hola, buenas. Yo soy independiente, diseñadora, y quiero sacar una póliza de salud porque con la EPS las citas con especialista se demoran mucho. ¿Qué me recomienda?", None)
f8_t1 = t("Hola, buenas. Con gusto. ¿Tiene alguna condición de salud en tratamiento, y hay algún especialista o clínica que quiera mantener?")
f8_c1 = c("Tengo migraña, la controlo con un neurólogo de la EPS. Me gustaría poder ir a la clínica Las Américas.", None)
f8_t2b = t("Gracias. La migraña cuenta como algo que usted ya tenía antes de la póliza; eso quiere decir que lo relacionado con ella no se cubre el primer año, y después sí. Todo lo demás se cubre desde el primer día, incluida Las Américas.")
f8_t2w = t("Gracias. La migraña entra como preexistencia con exclusión temporal y aplica periodo de carencia según el clausulado; copago y deducible según tabla en red cerrada, con Las Américas como IPS adscrita.")
f8_c2b = c("Ah, ok, entiendo. ¿Y cuánto costaría al mes?", None)
f8_c2w = c("Eh... no le entendí casi nada. ¿O sea que la migraña me la cubren o no? ¿Y cuánto vale?", None)
f8_t3 = t("Para su edad, unos 310.000 al mes. Le mando la cotización con lo que cubre y lo que no, subrayado.")
f8_c3 = c("Listo, mándemela y la reviso con calma.", "think_it_over")

# f09 Santiago, arriendo de oficinas: talks about himself
f9_c0 = c("Hola, buenos días. Buscamos oficina en Las Condes para una consultora de doce personas. Nuestro contrato actual vence en cuatro meses.", None)
f9_t1 = t("Buenos días. ¿Qué no les está funcionando de la oficina actual, o es solo que vence el contrato?")
f9_c1 = c("Nos queda chica y no hay sala para reuniones con clientes. Además el metro queda lejos, y la mitad del equipo llega en metro.", None)
f9_t2b = t("Entonces: más espacio, al menos una sala para clientes y cerca del metro. ¿Cuántos metros tienen hoy y cuánto pagan, para ver qué rango les sirve?")
f9_t2w = t("Le cuento un poco de nosotros: somos la corredora con más metros arrendados en Las Condes, yo llevo quince años en esto, partí en Providencia, he arrendado a bancos y embajadas, y ganamos el premio de la Cámara el año pasado. ¿Cuántos metros tienen hoy?")
f9_c2b = c("Ciento veinte metros, pagamos 55 UF. No queremos subir mucho de eso.", None)
f9_c2w = c("Ya... qué bien. Ciento veinte metros, pagamos 55 UF. No queremos subir mucho de eso.", None)
f9_t3 = t("Tengo dos opciones a tres cuadras del metro Escuela Militar, de 150 y 170 metros, entre 60 y 68 UF, ambas con sala. ¿Las vemos el jueves?")
f9_c3b = c("Sí, el jueves en la mañana.", None)
f9_c3w = c("Mándeme las fichas por correo mejor, yo le aviso.", "brush_off")

# f10 CDMX, gimnasio: recommends before asking
f10_c0 = c("hola! info del gym de la del valle porfa. quiero empezar a hacer ejercicio pero me da pena porque nunca he ido a un gym jaja", None)
f10_t1b = t("¡Hola! Qué bueno que te animas 😊 Es súper normal empezar así. ¿Qué te gustaría lograr, y qué te late más: clases en grupo, pesas, algo tranquilo?")
f10_t1w = t("¡Hola! Lo mejor para ti es el plan Black: todas las sucursales, HIIT y crossfit ilimitados y entrenador personal dos veces por semana, 1,290 al mes.")
f10_c1b = c("quiero bajar unos kilos y tener mas energia. clases creo, las pesas me dan miedo", None)
f10_c1w = c("uy no, crossfit jaja me muero. nunca he ido a un gym y 1,290 se me hace mucho nomas para ver si me gusta", "too_expensive")
f10_t2 = t("Te entiendo. Para empezar hay clases de bajo impacto para principiantes, a las 7 de la mañana y a las 7 de la noche, y el plan básico de sucursal es de 549 al mes. ¿Qué horario te queda mejor?")
f10_c2 = c("el de la noche, salgo de trabajar a las 6", None)
f10_t3 = t("Perfecto. Te regalo una clase de prueba el miércoles a las 7; solo trae tenis y agua. Si te gusta, ya te inscribes.")
f10_c3 = c("va, el miercoles voy. gracias!", None)

PAIRS = [
    rpair(P + "f01_puebla_nomina", "Software de nómina (Puebla): taller de autopartes pregunta el precio.",
          better=[f1_c0, f1_t1b, f1_c1b, f1_t2, f1_c2, f1_t3, f1_c3],
          worse=[f1_c0, f1_t1w, f1_c1w, f1_t2, f1_c2, f1_t3, f1_c3]),
    rpair(P + "f02_cali_cirugia", "Clínica privada (Cali): cirugía de vesícula particular.",
          better=[f2_c0, f2_t1, f2_c1, f2_t2b, f2_c2b, f2_t3, f2_c3],
          worse=[f2_c0, f2_t1, f2_c1, f2_t2w, f2_c2w, f2_t3, f2_c3]),
    rpair(P + "f03_maracaibo_oficina", "Oficinas por horas (Maracaibo): contadora independiente.",
          better=[f3_c0, f3_t1, f3_c1, f3_t2, f3_c2, f3_t3b, f3_c3b],
          worse=[f3_c0, f3_t1, f3_c1, f3_t2, f3_c2, f3_t3w, f3_c3w]),
    rpair(P + "f04_concepcion_mba", "Universidad privada, MBA ejecutivo (Concepción): ingeniero por turnos.",
          better=[f4_c0, f4_t1, f4_c1, f4_t2, f4_c2, f4_t3b, f4_c3b],
          worse=[f4_c0, f4_t1, f4_c1, f4_t2, f4_c2, f4_t3w, f4_c3w]),
    rpair(P + "f05_rosario_transporte", "Transporte de cargas (Rosario): distribuidora de vinos con roturas.",
          better=[f5_c0, f5_t1, f5_c1, f5_t2b, f5_c2b, f5_t3, f5_c3b],
          worse=[f5_c0, f5_t1, f5_c1, f5_t2w, f5_c2w, f5_t3, f5_c3w]),
    rpair(P + "f06_barranquilla_concesionario", "Concesionario (Barranquilla): carro como parte de pago.",
          better=[f6_c0, f6_t1, f6_c1, f6_t2b, f6_c2b, f6_t3, f6_c3b],
          worse=[f6_c0, f6_t1, f6_c1, f6_t2w, f6_c2w, f6_t3, f6_c3w]),
    rpair(P + "f07_monterrey_inventarios", "Software de inventarios (Monterrey): integración con Aspel.",
          better=[f7_c0, f7_t1, f7_c1, f7_t2, f7_c2, f7_t3b, f7_c3b],
          worse=[f7_c0, f7_t1, f7_c1, f7_t2, f7_c2, f7_t3w, f7_c3w]),
    rpair(P + "f08_medellin_poliza", "Póliza de salud (Medellín): diseñadora independiente con migraña.",
          better=[f8_c0, f8_t1, f8_c1, f8_t2b, f8_c2b, f8_t3, f8_c3],
          worse=[f8_c0, f8_t1, f8_c1, f8_t2w, f8_c2w, f8_t3, f8_c3]),
    rpair(P + "f09_santiago_oficinas", "Arriendo de oficinas (Santiago, Las Condes): consultora de doce personas.",
          better=[f9_c0, f9_t1, f9_c1, f9_t2b, f9_c2b, f9_t3, f9_c3b],
          worse=[f9_c0, f9_t1, f9_c1, f9_t2w, f9_c2w, f9_t3, f9_c3w]),
    rpair(P + "f10_cdmx_gimnasio", "Gimnasio (CDMX, Del Valle): principiante con pena.",
          better=[f10_c0, f10_t1b, f10_c1b, f10_t2, f10_c2, f10_t3, f10_c3],
          worse=[f10_c0, f10_t1w, f10_c1w, f10_t2, f10_c2, f10_t3, f10_c3]),
]

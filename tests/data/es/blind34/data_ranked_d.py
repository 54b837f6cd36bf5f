from common import c, rpair, t
N=None;BO="brush_off";NN="no_need";NM="no_money";NT="no_time";BE="bad_experience";TH="think_it_over";TE="too_expensive"

o=c("Buenos días. Cumplo 65 en dos meses y me dicen que tengo que elegir entre retiro programado y renta vitalicia. La verdad, no entiendo la diferencia.",N)
D1=rpair("esb34r_d01_afp_modalidad_pension",
"AFP branch: a man about to retire must choose between programmed withdrawal and a life annuity.",
[o,t("Buenos días, don Hernán. Se la explico, pero antes: ¿alguien depende de usted, su señora? ¿Y cómo anda de salud?"),
c("Mi señora, que tiene 60. Salud bien, pastillas pa' la presión nomás. En mi familia los viejos duran harto.",N),
t("Eso importa. La renta vitalicia le paga un monto fijo de por vida; en el retiro programado la pensión va bajando, pero lo que quede es herencia. Si en su familia viven harto, el monto fijo le da tranquilidad. Pero no elija hoy."),
c("Es que un cuñado se fue a renta vitalicia y dice que lo amarraron con una compañía chica.",BE),
t("Duda razonable: la renta vitalicia no se puede deshacer. Pida el certificado de ofertas del SCOMP, que compara todas las compañías, y venga con su señora a revisarlo. ¿Le agendo?"),
c("Ya, con mi señora. Agéndeme.",N)],
[o,t("Buenos días. Con renta vitalicia, una compañía de seguros le paga un monto fijo de por vida. Con retiro programado, los fondos quedan en la AFP y la pensión se recalcula cada año y va bajando."),
c("Ya... ¿y cuál me conviene a mí?",N),
t("Depende de cada persona: la renta vitalicia da estabilidad, el retiro programado deja herencia. Le recomiendo pedir el certificado de ofertas del SCOMP para comparar."),
c("Es que un cuñado se fue a renta vitalicia y dice que lo amarraron con una compañía chica.",BE),
t("Es una decisión irrevocable, hay que verla con calma. En el certificado va a ver todas las ofertas. ¿Le ayudo a pedirlo?"),
c("Ya, pidámoslo.",N)])

o=c("Hola, buenas tardes. Quiero cambiarme a un plan más barato; estoy pagando 160 lucas y me está ahogando.",N)
D2=rpair("esb34r_d02_isapre_plan_barato",
"Isapre phone line: a member wants a cheaper plan; a knee operation is coming next year.",
[o,t("Hola, buenas tardes. Veamos qué se puede. Antes de buscar planes: ¿usted o alguna carga tiene un tratamiento o cirugía en vista?"),
c("Eh... el traumatólogo me dijo que me tengo que operar la rodilla, pero el otro año.",N),
t("Qué bueno que me lo dice: si baja la cobertura hospitalaria, esa operación le puede costar más de lo que ahorra. ¿Cuánto le gustaría pagar?"),
c("Como 120. Pero no quiero quedar botado con la operación.",N),
t("Hay un plan de 128 que mantiene el 80% hospitalario en su clínica y baja lo ambulatorio. Le simulo la rodilla en los dos planes para que vea la diferencia en pesos."),
c("128 sigue siendo más de lo que quería. Déjeme pensarlo con la simulación.",TH),
t("Se la mando hoy por correo.")],
[o,t("Hola, buenas tardes. Claro. ¿Hasta cuánto le gustaría pagar?"),
c("Como 120.",N),
t("Tengo un plan de 118 mil, 70% hospitalario y 50% ambulatorio en la red preferente. Es de los más elegidos."),
c("Ya... ¿y eso cubre bien si me tengo que operar?",N),
t("Cubre el 70% en las clínicas de la red, con tope por evento. Le mando el plan y la tabla de topes."),
c("Ya, mándemelo y lo veo.",BO)])

o=c("Buenos días. Necesito cotizar 300 metros de correa transportadora de 36 pulgadas. La actual se nos rompió por segunda vez este año.",N)
D3=rpair("esb34r_d03_proveedor_minero_correa",
"Mining supplier, phone: a plant buyer needs a conveyor belt after a second failure in a year.",
[o,t("Buenos días. Se la cotizo hoy. ¿Por dónde se rompió, en el empalme o en la cubierta? Dos veces en un año no es normal."),
c("Por el borde, se va comiendo por un lado. Los mecánicos dicen que es mala calidad.",N),
t("Puede ser, pero el desgaste de un solo borde suele ser desalineamiento; si no se corrige, la nueva le dura lo mismo. Le cotizo la correa y le ofrezco un técnico que revise polines y alineación, sin costo."),
c("No sé, estamos con el turno justo, no quiero gente dando vueltas en planta esta semana.",NT),
t("Se entiende. Puede ser en la detención programada, son dos horas. O le mando una lista para que sus mecánicos revisen primero."),
c("Eso me sirve. Mándeme la lista y la cotización.",N)],
[o,t("Buenos días. Se la cotizo hoy. ¿Qué material transporta y qué cubierta tiene la actual?"),
c("Mineral chancado, cubierta de 6 milímetros.",N),
t("Le cotizo una con cubierta de 8 mm, resistente a la abrasión. Le va a durar más."),
c("¿Y cuánto más sale?",N),
t("Alrededor de un 15% más, pero dura bastante más. Se la mando con plazo de entrega."),
c("Mándemela y la comparo con la otra cotización que tengo.",TH)])

o=c("hola, el internet anda lentisimo en la pieza de mi hijo, pago 600 megas y alla no llega nada",N)
D4=rpair("esb34r_d04_internet_wifi_pieza",
"Internet provider, WhatsApp: the Wi-Fi is weak in the son's bedroom at the back of the house.",
[o,t("Hola, lamento eso. ¿Dónde está el módem y cuántas paredes hay hasta la pieza de tu hijo? ¿El resto de la casa anda bien?"),
c("el modem esta en el living, la pieza es al fondo, como 3 paredes. en el living anda bien",N),
t("Entonces el plan llega bien; el wifi no atraviesa tantas paredes, y subir de plan no lo arreglaría. Opciones: mover el módem más al centro, o un repetidor mesh a 3.990 al mes."),
c("3.990 mas? ya pago caleta por el internet",TE),
t("Se entiende. Prueba primero moviendo el módem, es gratis. Si no basta, el repetidor se devuelve en 30 días sin costo. ¿Te mando cómo moverlo?"),
c("ya, mandame eso primero",N)],
[o,t("Hola, lamento eso. ¿Hiciste un test de velocidad en esa pieza?"),
c("si, da como 40 megas. en el living da 580",N),
t("Es la señal wifi que no llega bien a esa pieza. Te recomiendo un repetidor mesh, lo arrendamos a 3.990 al mes y lo instalamos nosotros."),
c("3.990 mas? ya pago caleta por el internet",TE),
t("Entiendo. Es lo que soluciona la señal en piezas lejanas. ¿Te agendo la instalación esta semana?"),
c("dejame pensarlo",TH)])

o=c("Hola, buenas. Estamos buscando un auto familiar, algo que no gaste tanta bencina. Tenemos como 14 millones.",N)
D5=rpair("esb34r_d05_automotora_auto_familiar",
"Car dealer: a couple with a 14-million budget look for an economical family car.",
[o,t("Hola, buenas tardes. ¿Cuánto manejan al día y por dónde? ¿Cuántos son en la familia?"),
c("Yo hago 80 kilómetros diarios, de Talagante a Santiago. Somos cuatro, y los fines de semana vamos al campo de mi suegro, por tierra.",N),
t("Harta carretera, cuatro personas y tierra. Tengo un SUV chico híbrido de 13,9 que hace 20 km por litro, y un sedán de 11,5 que hace 18. ¿Qué tan malo es el camino?"),
c("Tiene hoyos, y cuando llueve es un barrial. Pero 13,9 es casi todo lo que tenemos.",NM),
t("Entonces no se queden sin colchón. Prueben los dos, y si quieren, llévense el SUV al campo un fin de semana; lo tenemos para prueba extendida."),
c("Ya, buena idea. Probemos los dos.",N)],
[o,t("Hola, buenas tardes. Para familia, lo que más se está llevando es este SUV chico híbrido, de 13,9 millones. Hace 20 km por litro."),
c("Uy, 13,9 es casi todo lo que tenemos.",NM),
t("Tenemos también el sedán de 11,5, que hace 18 km por litro y tiene buena maleta. ¿Andan harto en carretera?"),
c("Sí, harto. Y al campo, por tierra.",N),
t("Entonces el SUV le da más altura para la tierra. ¿Quieren probar los dos?"),
c("Ya, probemos.",N)])

o=c("Hola. Busco un notebook para mi hija, que entra a la universidad en marzo. ¿Cuál me recomienda que no sea tan caro?",N)
D6=rpair("esb34r_d06_multitienda_notebook",
"Department store, tech counter: a mother buys a laptop for her daughter starting university.",
[o,t("Hola. ¿Qué va a estudiar ella? Según la carrera cambia harto lo que necesita."),
c("Arquitectura. No sé si eso cambia algo.",N),
t("Bastante: en Arquitectura usan modelado 3D, que pide tarjeta de video y 16 GB. El de oferta, de 399, se le queda corto en segundo año. ¿Sabe si la carrera publica requisitos?"),
c("Ni idea. Pero no tengo más de 600 lucas, ah.",NM),
t("Con 600 le alcanza uno de 579 con tarjeta de video de entrada. Que su hija revise la lista de la carrera; le guardo el precio hasta el sábado."),
c("Ya. Le pregunto a ella y vuelvo.",TH)],
[o,t("Hola. Tenemos este de oferta a 399 mil, con 8 GB de RAM y disco sólido. Para la universidad anda muy bien."),
c("Ya. Es para Arquitectura, ¿le sirve?",N),
t("Para Arquitectura conviene más memoria. Este otro tiene 16 GB y tarjeta de video, está en 579."),
c("Mmm, 579 es harto más. No tengo más de 600 lucas, ah.",NM),
t("Está dentro de su presupuesto y le sirve toda la carrera. ¿Se lo llevo a caja?"),
c("Déjeme preguntarle a mi hija primero.",TH)])

o=c("Buenas tardes. Quisiera cotizar una cena de fin de año para 35 personas de mi empresa, un viernes de diciembre.",N)
D7=rpair("esb34r_d07_restaurante_cena_empresa",
"Restaurant in Viña del Mar, email: an office manager books a year-end dinner for 35.",
[o,t("Buenas tardes, con gusto. ¿Qué presupuesto por persona manejan, y hay vegetarianos, celíacos o alergias?"),
c("Unos 30 mil por persona con bebida. Hay tres vegetarianos y una persona celíaca.",N),
t("Con 30 mil: menú de tres tiempos con copa de espumante, y lo sin gluten se prepara aparte. ¿Solo comida, o también habrá discurso o baile?"),
c("El gerente siempre da un discurso. El año pasado, en otro lugar, no se escuchaba nada.",N),
t("Les reservo el salón del segundo piso, privado y con micrófono. Los viernes de diciembre se llenan; le bloqueo la fecha 5 días sin abono mientras confirma."),
c("Perfecto. Lo confirmo con gerencia y le escribo.",TH)],
[o,t("Buenas tardes, con gusto. Tenemos menú de fin de año a 32 mil por persona: entrada, fondo, postre y copa de espumante."),
c("Es un poquito más de lo que teníamos, unos 30 mil.",NM),
t("Lo dejamos en 30 si cambiamos el fondo por pollo. ¿Alguien tiene restricciones alimentarias?"),
c("Hay tres vegetarianos y una persona celíaca.",N),
t("No hay problema, se preparan aparte. Le mando la cotización por correo."),
c("Perfecto, lo veo con gerencia.",TH)])

o=c("Buenas, vengo a comprar abono pa'l trigo. Lo mismo del año pasado, aunque el rendimiento fue fome, no sé qué pasó.",N)
D8=rpair("esb34r_d08_agricola_abono_trigo",
"Farm-supply store in Ñuble: a wheat grower reorders last year's fertiliser after a poor yield.",
[o,t("Buenas, don Luis. Se lo vendo igual si quiere, pero antes: ¿ha hecho análisis de suelo en ese potrero?"),
c("Hace como cinco años. Después no, sale caro y uno conoce su tierra.",TE),
t("El básico sale 35 mil. Si el suelo se acidificó, que pasa harto por acá, el abono no rinde y pierde más que eso. ¿Le fue mal en todo el potrero o en partes?"),
c("En las partes bajas más que nada. Ahí el trigo quedó amarillento.",N),
t("Eso apunta a acidez o drenaje. Le propongo: lleva hoy el abono para las partes altas, y de las bajas sacamos una muestra; con el resultado vemos si le falta cal."),
c("Ya, trato hecho. Pero la muestra la saca usted, ah, yo no sé de eso.",N)],
[o,t("Buenas, don Luis. ¿Qué abono llevó el año pasado?"),
c("El triple 15, diez sacos.",N),
t("Para mejorar el rendimiento le recomiendo subir el nitrógeno con urea, unos cuatro sacos más."),
c("¿Y eso sale muy caro?",N),
t("Son como 120 mil más, pero con eso debería mejorar el rendimiento."),
c("Ya, pero tampoco es seguro... déjeme pensarlo.",TH)])

o=c("Hola. Tengo una ferretería en Temuco y necesito un sistema de inventario que se conecte con la facturación electrónica del SII. ¿Cuánto cuesta?",N)
D9=rpair("esb34r_d09_software_ferreteria",
"Software vendor, web chat: a hardware-shop owner wants inventory linked to e-invoicing.",
[o,t("Hola. El básico parte en 0,8 UF al mes. Para saber cuál le sirve: ¿cómo controla hoy el inventario y cuántos productos maneja?"),
c("En Excel, y mi hermana factura aparte en la página del SII. Serán unos 4.000 productos, con tornillos y todo.",N),
t("O sea, hoy cargan todo dos veces, y con 4.000 productos eso da errores. Importamos su Excel gratis. ¿Prueban un mes con sus propios datos antes de pagar?"),
c("Me interesa, pero la que factura es mi hermana, y es media reacia a los cambios.",TH),
t("Tiene sentido que ella lo vea primero. Hagamos la capacitación con ella, 45 minutos por videollamada, y si no le acomoda, no siguen."),
c("Ya, le pregunto qué día puede.",N)],
[o,t("Hola. El plan básico parte en 0,8 UF al mes e incluye inventario y facturación electrónica. ¿Le agendo una demo?"),
c("Ya, pero ¿cuánto cuesta cargar los productos? Son unos 4.000.",N),
t("Se importan desde Excel con una plantilla. En la demo le mostramos cómo."),
c("La que factura es mi hermana, y es media reacia a los cambios.",TH),
t("Se puede sumar a la demo. ¿El jueves a las 10 les sirve?"),
c("El jueves a las 10 tenemos harta venta. Mejor el martes.",NT)])

o=c("Buenas tardes. Tengo un carro de completos hace ocho meses y quiero un crédito de 5 millones para comprar un segundo carro.",N)
D10=rpair("esb34r_d10_banco_credito_emprendedor",
"Bank branch: a street-food vendor with eight months of trading asks for a business loan.",
[o,t("Buenas tardes, felicitaciones por el negocio. ¿Tiene inicio de actividades en el SII? ¿Cómo le ha ido en ventas?"),
c("Sí, boleteo todo. Vendo como un millón y medio al mes, y en verano más.",N),
t("Le voy a ser honesto: pedimos 12 meses de actividad, así que hoy 5 millones probablemente se rechazaría, y el rechazo queda registrado. Opciones: un crédito de consumo más chico, o esperar cuatro meses."),
c("Uf. El de consumo tiene un interés harto más alto, ¿no? Pa' eso no me conviene.",TE),
t("Es más alto, sí. Le muestro los dos números: cuánto pagaría con el de consumo y cuánto ganaría con el segundo carro en temporada. Con eso decide usted."),
c("Ya, hágame la simulación.",N)],
[o,t("Buenas tardes, felicitaciones por el negocio. Para el crédito necesito sus últimas declaraciones de IVA y la cédula."),
c("Las tengo en el celular, se las mando. ¿Cuánto se demora?",N),
t("La evaluación toma unos cinco días hábiles. Con ocho meses puede quedar justo, pero ingresémosla y vemos."),
c("Ya, pero si me la rechazan, ¿eso me perjudica?",N),
t("Queda en el registro interno, pero puede volver a postular más adelante. La ingreso hoy."),
c("Ya, ingrésela nomás.",N)])

PAIRS=[D1,D2,D3,D4,D5,D6,D7,D8,D9,D10]

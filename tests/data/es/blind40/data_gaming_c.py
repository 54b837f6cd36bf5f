"""esb40 gaming pairs, kinds 11-15."""
from common import c, gpair, t

PAIRS = []

o = c("Hola, buenas tardes. Necesito alemán para una entrevista de trabajo en Stuttgart en abril. Trabajo a turnos en una cárnica.", None)
PAIRS.append(gpair(
 "esb40g_vic_academia_aleman", "language academy, Vic (Barcelona)", "ignored_customer",
 "A shift worker needs basic German for a job interview in April and cannot attend fixed classes.",
 [o,
  t("Hola. Abril está cerca. ¿Tiene alguna base y sabe qué nivel le pedirán?"),
  c("Cero. Me dicen que con un A2 para la entrevista vale; el resto lo aprendo allí.", None),
  t("Con turnos rotativos, un grupo fijo no le va. Mejor clases individuales que reserva cada semana según el turno, o grupo online grabado."),
  c("Individual, pero no sé si llego de dinero. ¿Cuánto es?", None),
  t("27 € la hora; para un A2 en cuatro meses, unos 320 € al mes. Si combina una hora individual con el grupo online, baja a 150."),
  c("Uf. Lo combinado, aunque sigue siendo un pico para mí.", "no_money"),
  t("Lo entiendo. Empiece un mes así y, si no le cuadra, lo ajustamos. Le mando el calendario para elegir horas según su turno.")],
 [o,
  t("¡Hola! ¿Qué le motiva a aprender alemán?"),
  c("Una entrevista en Stuttgart en abril. Y trabajo a turnos, sin horario fijo.", None),
  t("¡Qué bien! Tenemos grupo lunes y miércoles de 19 a 21; empieza en octubre y acaba en junio."),
  c("Ya, pero hay semanas que trabajo de tarde. Y en junio ya no me sirve.", "no_time"),
  t("Perfecto. Es un curso muy completo, llega a B1. ¿Hay alguna otra cosa que le preocupe?"),
  c("Sí, lo que le acabo de decir: los turnos y abril.", None),
  t("Genial. Matrícula 60 € y mensualidad 95 €. ¿Se lo reservo?"),
  c("No. Así no me sirve. Gracias.", "no_need")]))

o = c("Buenas. Oye, quiero cambiar el riego de la finca de melocotoneros. Tengo un goteo de hace veinte años que pierde por todos lados.", None)
PAIRS.append(gpair(
 "esb40g_fraga_coop_riego", "farm cooperative, irrigation section, Fraga (Huesca)", "ignored_customer",
 "A peach grower wants to replace a leaking drip system in a year when frost hit his income.",
 [o,
  t("Buenas, Ramón. ¿Cuántas hectáreas son y cada cuánto te toca turno de agua?"),
  c("Seis hectáreas, turno cada diez días. Y este año voy justo, que la helada de abril me dejó tocado.", "no_money"),
  t("Seis hectáreas y poco margen. Antes de cambiarlo todo, que el técnico mire si basta con tubería principal y goteros: puede ser un tercio del coste."),
  c("Eso estaría bien. ¿Y hay alguna ayuda?", None),
  t("La de modernización de regadíos abre en enero; con el presupuesto hecho antes, entras. El técnico te lo prepara."),
  c("Vale, que venga. Por las mañanas estoy en la finca.", None)],
 [o,
  t("Buenas, Ramón. ¿Qué esperas de un sistema de riego nuevo?"),
  c("Que no pierda agua. Pero este año voy justo de dinero, por la helada.", "no_money"),
  t("Genial. Te propongo el sistema completo con programador wifi y sondas de humedad, unos 4.500 € la hectárea, instalado."),
  c("¿Me has oído? Voy justo. Eso son casi treinta mil euros.", "no_money"),
  t("Es lo mejor del mercado. ¿Alguna otra preocupación que quieras compartir conmigo?"),
  c("Que igual cambiando tuberías me vale. ¿Eso lo hacéis?", None),
  t("Te mando el presupuesto del completo y lo miras tranquilo. ¿Algo más?"),
  c("Nada. Ya hablaré con el técnico otro día.", "brush_off")]))

o = c("Hola, llamo de Conservas Ebro. Necesitamos mover 12 palés a la semana de Alfaro a Mercabarna. ¿Qué tarifa tenéis?", None)
PAIRS.append(gpair(
 "esb40g_alfaro_transporte_pales", "road haulage company, Alfaro (La Rioja)", "repeated_questions",
 "A cannery's logistics manager phones for a weekly pallet transport rate; punctuality matters most.",
 [o,
  t("Hola. ¿Son palés europeos, qué peso llevan y qué día cargáis?"),
  c("Europeos, unos 800 kilos. Carga los martes y en Barcelona el miércoles a las seis.", None),
  t("Con 12 palés vais en grupaje con otro cliente que sale el martes: 62 € por palé, entrega el miércoles antes de las seis."),
  c("Ahora pagamos 58, pero llegan tarde la mitad de las veces.", None),
  t("Entonces os importa más la hora que los cuatro euros. Un mes de prueba a 62 y, si fallamos una entrega, ese envío no se paga."),
  c("Eso me vale. Mándame las condiciones por escrito.", None)],
 [o,
  t("¡Hola! Para entender bien vuestra necesidad: ¿qué volumen movéis?"),
  c("Doce palés a la semana, te lo acabo de decir. Europeos, 800 kilos.", None),
  t("Perfecto. ¿Y cuántos palés serían, más o menos, cada semana?"),
  c("Doce. Doce palés. ¿Y la tarifa?", None),
  t("Genial. Y cuando hablamos de volumen semanal, ¿de qué cantidad de carga hablamos?"),
  c("¿Me estás tomando el pelo? Tres veces te lo he dicho.", None),
  t("Perdona, es para entender tu necesidad. ¿Y cuántos palés iríais por envío?"),
  c("Mira, tengo lío. Mándame la tarifa por correo y ya.", "brush_off")]))

o = c("hola queria pedir cita, me sangran las encias al cepillarme desde hace un mes", None)
PAIRS.append(gpair(
 "esb40g_mataro_dental_encias", "dental clinic WhatsApp line, Mataró (Barcelona)", "repeated_questions",
 "A shy young patient writes on WhatsApp about bleeding gums and asks for an afternoon slot.",
 [o,
  t("Hola. ¿Te duele algo o solo sangra? ¿Cuándo fue tu última limpieza?"),
  c("no duele. limpieza... hace como 3 años creo. me da un poco de corte ir la verdad", None),
  t("Tranquila, es muy común. Primera visita con la higienista, revisión y limpieza, 55 €. Si hay algo más, te lo explicamos antes de hacer nada."),
  c("vale. 55 es un poco, pero bueno. tiene que ser por la tarde, salgo a las 5", None),
  t("Tengo jueves a las 17:45 o lunes a las 18:30. ¿Cuál te va?"),
  c("el jueves", None),
  t("Apuntada el jueves a las 17:45. Te mandamos recordatorio el día antes.")],
 [o,
  t("¡Hola! ¿Qué te trae a la clínica?"),
  c("lo que te he dicho, me sangran las encias", None),
  t("Entiendo. ¿Y cuál es el motivo principal de tu consulta?"),
  c("las encias... sangran al cepillarme. hace un mes", None),
  t("Vale. Y para entenderte mejor, ¿qué problema de boca tienes ahora mismo?"),
  c("que me sangran las encias. oye puedo ir por la tarde o no", None),
  t("Claro. ¿Y desde cuándo te pasa lo de las encías?"),
  c("te lo he dicho ya. paso, me busco otra clinica", None)]))

o = c("Hola, buenas. Llamo de una empresa de software de Logroño. Queremos una actividad con el equipo en junio, unas 25 personas, algo sencillo.", None)
PAIRS.append(gpair(
 "esb40g_briones_bodega_empresa", "winery events desk, Briones (La Rioja)", "wrong_paraphrase",
 "An HR person phones a winery about a simple team afternoon for 25 people, some of whom do not drink.",
 [o,
  t("Hola. ¿Qué tenéis en mente, cata, viñedo, comida? ¿Y cuánto tiempo?"),
  c("Una tarde. Cata y algo de picar. Hay dos o tres que no beben, eso sí.", None),
  t("Una tarde, 25 personas, cata con picoteo y alternativa sin alcohol: para ellos, mosto y zumo de uva. 35 € por persona, dos horas."),
  c("Bien. ¿Se puede venir en autobús? No queremos que nadie conduzca.", None),
  t("Sí, deja en la puerta. Os paso el contacto de una empresa de Haro que hace el trayecto."),
  c("Perfecto. Lo paso a dirección y os confirmo la fecha.", "think_it_over")],
 [o,
  t("¡Hola! ¿Qué tipo de experiencia queréis vivir?"),
  c("Una tarde con el equipo, 25 personas. Cata y algo de picar. Algunos no beben.", None),
  t("Entonces, si lo he entendido bien, buscáis una cena de gala en la sala de barricas para cien personas, con música en directo, ¿verdad?"),
  c("No, no. Veinticinco personas. Algo sencillo.", None),
  t("Claro, sencillo pero especial. Es decir, que os encaja el menú degustación de siete pases maridado con grandes reservas, ¿correcto?"),
  c("Hay gente que no bebe, te lo he dicho. Y eso no entra en el presupuesto.", "no_money"),
  t("O sea, que el presupuesto no es problema si la experiencia lo merece. Te preparo la propuesta de gala."),
  c("Que no he dicho eso. Déjalo, miramos otra bodega.", None)]))

o = c("Buenos días. Compras de una planta química de Monzón. Necesito precio de bidón de 220 litros, tapa cerrada, homologado ADR. 300 al trimestre.", None)
PAIRS.append(gpair(
 "esb40g_monzon_bidones_quimica", "industrial packaging supplier, Aragón (sales desk)", "wrong_paraphrase",
 "A chemical plant's buyer asks for a drum price with precise specs and a short delivery time.",
 [o,
  t("Buenos días. Bidón de 220, tapa cerrada, ADR: 31,50 € a 300 por trimestre, portes a Monzón incluidos. ¿Qué producto lleva?"),
  c("Hipoclorito sódico. Densidad 1,2.", None),
  t("Con 1,2 os vale el homologado 1.9/Y; os mando la ficha. ¿Con qué plazo trabajáis?"),
  c("Máximo cinco días desde pedido. El de ahora tarda diez y nos para la línea.", None),
  t("Cinco días, sí: tenemos stock en Zaragoza. Os mando oferta con ficha y plazo, y si queréis un primer pedido de 50 para probar."),
  c("Vale. Si me llega hoy, lo vemos mañana en la reunión.", None)],
 [o,
  t("Buenos días. Para entender bien: ¿cuál es vuestra necesidad principal?"),
  c("Lo que te he dicho. Bidón de 220, tapa cerrada, ADR, 300 al trimestre. Hipoclorito.", None),
  t("Perfecto. Entonces, si no me equivoco, lo que buscáis son IBC de 1.000 litros con jaula, ¿es así?"),
  c("No. Bidones de 220. No tenemos sitio para IBC.", None),
  t("Entendido: o sea, que el precio os da igual si el plazo es corto, ¿correcto? Porque el de 220 premium sale a 44 €."),
  c("Yo no he dicho eso. 44 es un disparate; el de ahora está a 30.", "too_expensive"),
  t("Vale. Entonces lo que me dices es que prefieres seguir con tu proveedor."),
  c("Lo que digo es que no me escuchas. Adiós.", None)]))

o = c("Hola... perdone. Vengo a dar de baja el móvil de mi padre. Falleció la semana pasada.", None)
PAIRS.append(gpair(
 "esb40g_tortosa_movil_baja", "mobile phone shop, Tortosa (Tarragona)", "pitch_to_upset",
 "A grieving daughter comes to cancel her late father's mobile line.",
 [o,
  t("Lo siento mucho. Lo hacemos ahora, sin prisa. ¿Trae el certificado de defunción y su DNI?"),
  c("Sí, aquí está. Es que... en el móvil están todas sus fotos. No sé si se pierden.", None),
  t("Las fotos están en el teléfono, no en la línea: con la baja no se borran. Si quiere, le enseño a pasarlas a su ordenador."),
  c("Ay, sí, por favor. ¿Y la factura de este mes hay que pagarla entera?", None),
  t("Solo hasta hoy, se prorratea. Y en estos casos no hay permanencia que pagar."),
  c("Gracias. De verdad. Pensé que iba a ser peor.", None)],
 [o,
  t("Lo siento muchísimo, entiendo cómo se siente. ¿Y si se queda su línea? La pasamos a su nombre, tarifa Familia, 10 GB más por 5 €."),
  c("No... no quiero quedármela. Solo darla de baja.", "no_need"),
  t("Claro. ¿Y cómo valora su experiencia con nosotros? Si pasa su línea a fibra y móvil, le regalamos un terminal. Así tendría un recuerdo..."),
  c("¿Un recuerdo? Mi padre acaba de morir. ¿Me da de baja o no?", None),
  t("Sí. Y antes de terminar, ¿le interesa el seguro de móvil? Con lo que ha pasado, nunca se sabe."),
  c("Es usted increíble. Quiero hablar con el encargado.", None)]))

o = c("¿Quién es el responsable aquí? Mi hija de siete años ha estado cuarenta minutos sola en la pista porque el monitor la perdió. ¡Cuarenta minutos!", None)
PAIRS.append(gpair(
 "esb40g_formigal_escuela_esqui", "ski school desk, Formigal (Huesca)", "pitch_to_upset",
 "A furious father at the ski school desk: an instructor lost his daughter for forty minutes.",
 [o,
  t("Soy la coordinadora. Lo siento muchísimo. ¿La niña está bien? ¿Dónde está ahora?"),
  c("Aquí conmigo. Asustada, llorando. En una roja, ¿eh? Sola.", None),
  t("Tiene toda la razón. Hablo ahora con el monitor para saber qué pasó. Mientras, ¿le parece que la niña tome algo caliente, invitada?"),
  c("Sí... bueno. Pero quiero saber qué ha pasado y que no se repita.", None),
  t("Hoy le cuento lo que diga el monitor y le devolvemos el cursillo de hoy. Si mañana quiere volver, la pongo en un grupo más pequeño."),
  c("Ya veremos si vuelve. Hoy no quiero ni oír hablar de esquí.", "think_it_over")],
 [o,
  t("Entiendo su frustración. Para que no vuelva a pasar, lo ideal son clases particulares: un monitor solo para ella, 65 € la hora."),
  c("¿Me está vendiendo algo? ¡Que han perdido a mi hija!", None),
  t("Claro, su tranquilidad es lo primero. Por eso el pack de cinco particulares sale a 290 €, con foto y diploma. ¿Le va mejor mañana o pasado?"),
  c("No pienso gastar un euro más aquí. Quiero hablar con el director.", None),
  t("Lo comprendo. ¿Algo más en lo que pueda ayudarle? También hay seguro de accidentes, 3 € al día."),
  c("Sí: la hoja de reclamaciones. Ahora.", None)]))

o = c("Buenas tardes. Estoy en Lisboa y me habéis bloqueado la tarjeta. No he podido pagar ni el hotel. Es la tercera vez este año.", None)
PAIRS.append(gpair(
 "esb40g_reus_banco_tarjeta", "bank phone service, Reus branch (Tarragona)", "blame",
 "A customer abroad calls because her card was blocked at a hotel for the third time this year.",
 [o,
  t("Buenas tardes. Vaya faena, lo siento. ¿Me confirma los cuatro últimos dígitos de la tarjeta?"),
  c("4471. Y resolvedlo ya, que tengo la maleta en recepción.", None),
  t("El sistema la bloqueó por un cargo en Portugal. La desbloqueo ya; pruebe en un minuto. ¿Funciona?"),
  c("Sí, ha pasado. Pero tres veces este año, ¿eh? Estoy pensando en cambiar de banco.", "bad_experience"),
  t("Normal que esté harta. Le activo el aviso en la app: si salta un cargo raro, lo confirma usted, sin bloqueo. Y registro la queja."),
  c("Vale. Ya veremos si funciona.", None)],
 [o,
  t("Buenas tardes. Entiendo su frustración. Pero ¿nos avisó de que se iba de viaje? Si no avisa, el sistema la bloquea, claro."),
  c("Nunca he tenido que avisar. Es Portugal, no la Luna.", None),
  t("Ya, pero es su responsabilidad tener los datos al día. ¿Comprobó su móvil en la app? Porque le mandamos un SMS."),
  c("No me ha llegado ningún SMS. Y tengo la maleta en recepción.", None),
  t("Se la desbloqueo, pero la próxima vez lea las notificaciones. ¿Cómo valora su experiencia con nosotros, del 1 al 10?"),
  c("Un cero. Y en cuanto vuelva, me cambio de banco.", None)]))

o = c("Hola. Esta chaqueta la compré aquí en noviembre, 280 euros, y ya cala por las costuras de los hombros. Ayer llegué empapada.", None)
PAIRS.append(gpair(
 "esb40g_cerler_chaqueta_garantia", "mountain clothing shop, Cerler (Huesca)", "blame",
 "A customer returns a three-month-old waterproof jacket that leaks at the shoulder seams.",
 [o,
  t("Hola. Eso no debería pasar en tres meses. ¿Me la deja ver? ¿La ha lavado alguna vez?"),
  c("Una vez, en lavadora, programa de delicado. Sin suavizante.", None),
  t("Bien hecho. Mire: la cinta de la costura del hombro se ha despegado. Es defecto de fabricación y está en garantía."),
  c("¿Y qué hacemos? Que la necesito, el sábado subo a Ampriu.", None),
  t("O se la cambio hoy por una igual si hay talla, o la mandamos a la marca, unas tres semanas. ¿Qué talla es?"),
  c("Cambio, por favor. Una M.", None)],
 [o,
  t("Entiendo su preocupación. ¿Y cómo la ha lavado? Casi siempre es eso: con suavizante en la lavadora se cargan la membrana."),
  c("Una vez, con delicado y sin suavizante.", None),
  t("Ya, ¿pero le dio el spray impermeabilizante después? Si no se reactiva, es normal que cale. Lo pone en la etiqueta."),
  c("Cala por la costura, no por la tela. Mírela.", None),
  t("Seguro que llevaba la mochila con las correas apretadas, y eso roza las costuras. No es defecto, es el uso."),
  c("La he usado para lo que es, la montaña. Quiero la garantía o una reclamación.", None)]))

"""Gaming pairs A (esb38)."""
from common import c, gpair, t

P = []

o = c("Buenas, llamo de unos apartamentos en Costa Teguise. La lavandería nos falla y quería ver qué ofrecen ustedes.", None)
P.append(gpair("esb38g_lanzarote_lavanderia_hotel", "industrial laundry for small hotels, Lanzarote", "monologue",
 "Apartment manager: current laundry delivers sheets after check-in.",
 [o, t("Buenas, gracias por llamar. ¿Qué le está pasando exactamente con la lavandería de ahora?"),
  c("Que nos traen la ropa a las tres y los check-in son a las dos. Tres veces este mes, mi niño.", None),
  t("Con la gente esperando en recepción, vaya. ¿Cuántos apartamentos son y qué días cambian ropa?"),
  c("Cuarenta y dos. Cambio completo martes y viernes, y en agosto también los sábados.", None),
  t("O sea, lo urgente es la ropa antes de las dos esos días. Nuestra ruta de Teguise pasa a las once. ¿Le preparo precio por kilo?"),
  c("Vale, pero ya le digo que el dueño no me deja subir ni un euro de lo que pagamos.", "no_money"),
  t("Entendido. Se lo mando con la hora de entrega por escrito; si no cuadra con lo que pagan, me lo dice. ¿Le llamo el jueves?")],
 [o, t("¡Buenas! Le cuento: somos la lavandería número uno de Lanzarote, sesenta hoteles, túnel nuevo, alquiler de lencería y una experiencia pensada para su éxito. ¿Qué le parece?"),
  c("Eh... bueno, yo lo que quería es que me la traigan antes de las dos, porque...", None),
  t("¡Claro, puntualidad total! Y le meto mantelería del desayuno, albornoces del spa... Un pack integral y se olvida. ¿Alguna pregunta?"),
  c("No tenemos spa, mi niño. Ni desayuno. Son apartamentos.", None),
  t("¡Pues perfecto, empezamos por lo básico y crecemos juntos! Le mando el dossier y la tarifa del pack. ¿Empezamos el lunes?"),
  c("Mándeme lo que quiera, que ya lo miraré. Tengo gente en recepción.", "brush_off")]))

o = c("Buenas. Vengo por plástico, que el levante de la semana pasada me ha rajado media nave.", None)
P.append(gpair("esb38g_elejido_plastico_invernadero", "greenhouse supplies store, El Ejido (Almería)", "closing_as_open_question",
 "Farmer needs greenhouse film after wind damage; a film from this store failed last year.",
 [o, t("Uf, ese levante hizo daño en toda la zona. ¿Cuánta superficie tiene rota y qué hay dentro?"),
  c("Unos cuatro mil metros. Pimiento california trasplantado hace un mes, no lo puedo tener al aire.", None),
  t("Entonces corre prisa tapar esos cuatro mil metros. ¿El que tenía era el tricapa térmico?"),
  c("Sí. Pero el año pasado me vendisteis uno aquí que a los ocho meses estaba amarillo, ¿eh?", "bad_experience"),
  t("Aquel lote falló con el azufre, lo reconocimos. Tengo tricapa de otra marca con garantía por escrito. Le doy precio de los dos; el corte, mañana."),
  c("Apúntame el de la garantía. Mañana a primera hora paso con el remolque.", None)],
 [o, t("Buenas. ¿Qué le haría falta para llevárselo hoy mismo?"),
  c("Hombre, saber qué plástico y cuánto vale. Tengo pimiento recién trasplantado.", None),
  t("Claro. ¿Y cómo prefiere pagarlo, al contado o a su cuenta de la cooperativa?"),
  c("Si no sé ni el precio. Y el que me llevé de aquí el año pasado se puso amarillo a los ocho meses.", "bad_experience"),
  t("Entiendo su experiencia. ¿Qué tendría que pasar para cerrar el pedido hoy? ¿Cuatro mil metros o cinco mil?"),
  c("Lo que tiene que pasar es que me escuches. Me voy, que aquí no me hace caso nadie.", None)]))

o = c("hola queria alquilar una barca para el sabado, somos 4 y nadie tiene titulin", None)
P.append(gpair("esb38g_alcudia_barca_sin_licencia", "boat rental, Alcúdia (Mallorca), WhatsApp", "pitch_as_paraphrase",
 "Family asks for a licence-free boat for Saturday.",
 [o, t("¡Hola! Sin titulín podéis llevar barca de hasta 15 CV, ideal para calas cercanas. ¿Vais con niños? ¿Qué os apetece hacer?"),
  c("dos niños de 6 y 9. ir a una cala a bañarnos y comer alli. cuanto sale", None),
  t("Para cuatro con niños, la de 5 metros con toldo: 4 horas, 140 € con gasolina. A Coll Baix llegáis en media hora. ¿Mañana o tarde?"),
  c("uf 140 es mas de lo que pensaba, en otro sitio vi 110", "too_expensive"),
  t("Puede ser; mira si incluye gasolina y toldo, que con niños se agradece. La de 4 metros sin toldo son 115 €. Te mando fotos de las dos."),
  c("vale mandamelas y lo hablo con mi mujer", "think_it_over")],
 [o, t("¡Hola! Para entenderte bien: ¿qué buscáis para el sábado?"),
  c("ir a alguna cala con los niños, bañarnos y comer. nada del otro mundo", None),
  t("Vale, entonces lo que necesitáis es nuestra lancha con patrón, pack día completo con paella a bordo, 490 €, ¿correcto?"),
  c("no no, sin patron. algo sencillo. y 490 ni de broma", "too_expensive"),
  t("Entiendo. O sea que lo que buscáis es comodidad y seguridad para los niños, que es justo el pack premium. ¿Te lo reservo?"),
  c("que no. miro otra empresa gracias", "no_need")]))

o = c("Hola, buenas tardes. Tengo reserva, nombre Harris. Eh... ¿la carretera a Cofete es permitida con este coche?", None)
P.append(gpair("esb38g_fuerteventura_alquiler_coche_cofete", "car rental desk, Fuerteventura airport", "upsell_as_loop_closing",
 "British tourist asks if he may drive the dirt road to Cofete.",
 [o, t("Buenas tardes, señor Harris. La verdad: la pista de Cofete es de tierra y no la cubre el contrato, ni con seguro completo. ¿Querían ir sí o sí?"),
  c("Sí, mi mujer quiere mucho ver la playa. Pero no quiero problema con dinero.", None),
  t("Hay una guagua todoterreno de Morro Jable a Cofete, unos 12 euros. Así el coche va solo por asfalto. ¿Le apunto el horario?"),
  c("Ah, perfecto, sí. ¿Y el depósito es mucho?", None),
  t("Le bloqueamos 900 euros en la tarjeta hasta devolverlo sin daños. Sin bloqueo, el seguro completo son 15 al día; no es obligatorio."),
  c("No, gracias, el depósito está bien. Tenemos buena tarjeta.", "no_need")],
 [o, t("Buenas tardes, señor Harris. ¿Qué más puedo añadirle para que su experiencia sea completa? ¿GPS, conductor adicional?"),
  c("No, no, gracias. Solo quiero saber de Cofete, la carretera de tierra.", None),
  t("Claro. Para cerrar todo bien: ¿le añado el Premium Total por 29 al día? Así cualquier cosa está cubierta."),
  c("¿Cubre Cofete entonces?", None),
  t("Bueno, las pistas nunca, pero va tranquilo. ¿Y qué más le sumo? ¿El SUV por 20 más al día?"),
  c("Sorry... no entiendo. Si no cubre, ¿por qué pago? Solo las llaves, por favor.", "no_need")]))

o = c("Acho, buenos días. Mi hijo me dijo que los llamara por lo de las placas, que la factura de la luz nos tiene frititos.", None)
P.append(gpair("esb38g_molina_placas_jubilados", "solar installer, Molina de Segura (Murcia)", "leading_tag_questions",
 "Retired man with a well pump asks about solar panels; tight budget.",
 [o, t("Buenos días. Para ver si le compensa: ¿cuánto le viene de luz al mes y en qué gastan más?"),
  c("Unos setenta euros. El aire en verano y la bomba del pozo pa regar el huerto.", None),
  t("La bomba y el aire tiran de día, cuando producen las placas; eso ayuda. ¿La casa es suya y el tejado está bien?"),
  c("Nuestra, y el tejado lo arreglamos hace dos años. Pero oiga, somos jubilados, no tenemos ocho mil euros pa gastar.", "no_money"),
  t("Normal. Con su consumo bastan seis placas, unos 4.500 con la ayuda, y se puede financiar. Le hago el cálculo con sus facturas y lo miran con su hijo."),
  c("Eso sí. Mándele las cuentas a mi hijo, que él entiende.", "think_it_over")],
 [o, t("Buenos días. Usted quiere dejar de pagar luz para siempre, ¿verdad que sí?"),
  c("Hombre, pagar menos sí. Setenta euros al mes pagamos.", None),
  t("Setenta, madre mía. Entonces lo lógico es batería también, ¿no le parece? No va a tirar la energía, ¿a que no?"),
  c("No sé yo... ¿y eso cuánto vale?", None),
  t("Doce placas con batería, unos once mil. Pero la tranquilidad no tiene precio, ¿no cree? ¿Y sus nietos, verdad?"),
  c("¿Once mil? Somos jubilados, mijo, eso no lo tenemos.", "no_money")]))

o = c("oye llevo dos semanas esperando un paquete de la peninsula y nadie me dice na. el seguimiento pone retenido en aduana", None)
P.append(gpair("esb38g_tenerife_mensajeria_aduana", "courier, Tenerife, WhatsApp", "putdown_question",
 "Parcel held at Canary customs; she took the payment e-mail for a scam.",
 [o, t("Hola, lo siento, dos semanas es mucho. Pásame el número de seguimiento y miro dónde está."),
  c("TF4478120. es una bici pa mi niño, el cumple es el sabado", None),
  t("Lo tengo. Falta el despacho de aduana, que a Canarias se pide por encima de 150 €. ¿Te llegó algún correo pidiendo datos?"),
  c("uno raro pidiendo dni y pagar 23 euro, pense que era estafa", None),
  t("Normal que dudaras. Es nuestro, pero puedes pagarlo en la oficina de La Laguna. Si es hoy, mañana sale en reparto y llega antes del sábado."),
  c("ah vale. paso esta tarde por la oficina. gracias mi niño", None)],
 [o, t("Hola. ¿De verdad has mirado el correo o solo el seguimiento? Cuéntame qué ha pasado exactamente."),
  c("claro que lo mire. llego uno pidiendo dni y 23 euro y parecia estafa", None),
  t("¿Y no se te ocurrió que a Canarias hay aduana? ¿Qué esperabas con un paquete de la península?"),
  c("yo que se, es la primera vez. es la bici del cumple de mi niño", None),
  t("Vale, ¿y entonces qué necesitas exactamente de mí, si el problema es que no pagaste?"),
  c("que me digas como pagarlo sin hablarme asi. vaya tela", None)]))

o = c("Buenos días. He perdido el barco de las diez a Formentera porque el de Dénia, de ustedes también, llegó una hora tarde.", None)
P.append(gpair("esb38g_ibiza_ferry_conexion", "ferry ticket office, Ibiza port", "not_my_department_or_read_the_terms",
 "Missed connection caused by the same company's late ferry.",
 [o, t("Buenos días. Vaya faena. ¿Me enseña los dos billetes? Si son nuestros los dos, el cambio no le cuesta nada."),
  c("Aquí tiene. Llevo la bici y tengo una reunión en La Savina a la una.", None),
  t("Correcto, la conexión era nuestra. Le pongo en el de las once y cuarto, llega a las doce, y la bici cabe. ¿Le vale?"),
  c("Sí, perfecto. ¿Y esto me lo cobran?", None),
  t("Cero euros. Y le apunto el retraso en el billete, por si quiere reclamar la compensación del trayecto de Dénia."),
  c("Muy bien, gracias. Así da gusto.", None)],
 [o, t("Buenos días. Entiendo su frustración y su experiencia nos importa. Pero lo de Dénia es otra línea, eso no lo llevo yo."),
  c("Pero es la misma compañía. Tengo una reunión en La Savina a la una.", None),
  t("Lo comprendo. Las condiciones están en la web: conexión perdida se tramita en el puerto de origen. Yo no pongo las normas."),
  c("¿Que me vuelva a Dénia? ¿Me está tomando el pelo?", None),
  t("Tiene el formulario online para reclamaciones. ¿Hay algo más en lo que pueda ayudarle hoy?"),
  c("Sí: la hoja de reclamaciones y su encargado. Ya.", None)]))

o = c("Hola, somos Lena y Per, de Göteborg. ¿Está disponible el apartamento de Arguineguín de la web? Queremos venir los inviernos.", None)
P.append(gpair("esb38g_arguineguin_inmobiliaria_suecos", "estate agent, Gran Canaria, e-mail", "social_proof_or_deadline_pressure",
 "Swedish couple wants a winter flat to rent to tourists in summer.",
 [o, t("¡Hola, Lena y Per! Sigue disponible. ¿Lo quieren solo para ustedes en invierno o también alquilarlo el resto del año?"),
  c("Nosotros de noviembre a marzo. En verano alquilar sería bien, para pagar gastos.", None),
  t("Les soy sincero: ese edificio no tiene licencia vacacional y es difícil conseguirla. Podrían alquilar a trabajadores, no a turistas. ¿Eso cambia sus cuentas?"),
  c("Hmm. Sí, un poco. Tenemos que calcular otra vez con el banco en Suecia.", "think_it_over"),
  t("Claro. Les mando comunidad, IBI y lo que da el alquiler; si vienen en octubre, les enseño este y otro con licencia en Mogán."),
  c("Muy bien, gracias. Escribimos después del banco.", "think_it_over")],
 [o, t("¡Hola! Sí, pero hay otras tres familias suecas interesadas esta semana. ¿Qué necesitan para reservarlo con señal?"),
  c("¿Señal? No lo hemos visto. ¿Se puede alquilar a turistas en verano?", None),
  t("Todos nuestros compradores nórdicos lo alquilan. Pero el precio solo se mantiene hasta el viernes. ¿Lo aseguran hoy con 6.000?"),
  c("Es muy rápido. Un amigo perdió dinero así en Torrevieja, pagó señal sin ver la casa.", "bad_experience"),
  t("Comprendo, la confianza es lo primero. Pero si esperan, lo pierden. Todos los suecos que compraron aquí están felices."),
  c("No conocemos a nadie aquí. No vamos a pagar nada sin venir a verlo.", "think_it_over")]))

o = c("Buenas, tengo un restaurante en Roquetas y la cal me está matando la cafetera. El técnico dice que ponga algo.", None)
P.append(gpair("esb38g_roquetas_agua_cafetera", "water treatment installer, Almería", "keyword_stuffed",
 "Hard water is ruining a restaurant's espresso machine.",
 [o, t("Buenas. ¿Cuántos cafés pone al día y cada cuánto le da problemas la cafetera?"),
  c("Unos trescientos. La he descalcificado dos veces este año, a ciento y pico cada vez.", None),
  t("Con ese volumen suele bastar un filtro en la cafetera; no hace falta ósmosis en todo el local. ¿Y el lavavajillas?"),
  c("Ese tiene su descalcificador. Oye, pero los del café ya me pusieron un filtro y no hizo nada, ¿eh?", "bad_experience"),
  t("¿Sabe cuál? Muchos no quitan cal. El martes le mido la dureza y le pongo el cartucho que toca, unos 180 €. Si en un mes no mejora, lo retiro."),
  c("Vale, el martes antes de las doce, que luego empieza el lío.", None)],
 [o, t("Buenas. Quiero entender sus necesidades y cómo se siente con su experiencia con el agua. ¿Qué es para usted el éxito?"),
  c("¿El éxito? Que no se me rompa la cafetera. Pongo trescientos cafés al día.", None),
  t("Entiendo lo que siente. Lo que escucho es que necesita una solución integral para su experiencia. ¿Cómo de satisfecho está?"),
  c("Nada satisfecho, por eso llamo. ¿Qué me pone y cuánto vale?", None),
  t("Nuestra misión es entender sus necesidades y acompañarle al éxito. Le propongo una reunión de descubrimiento."),
  c("Yo no tengo tiempo para reuniones, tengo un restaurante. Llamo a otro.", "no_time")]))

o = c("Hola, bon dia. Llamo de un agroturismo de ocho habitaciones en Ciutadella. Queríamos amenities con logo. ¿Hacen cantidades pequeñas?", None)
P.append(gpair("esb38g_ciutadella_amenities_agroturismo", "hotel supplies wholesaler, Menorca", "rude",
 "Small rural hotel wants branded toiletries.",
 [o, t("Bon dia. Sí, trabajamos con casas pequeñas. ¿Qué tenían pensado: botellitas o dispensadores?"),
  c("No sé, nos han dicho que las botellitas ya no se pueden en Baleares.", None),
  t("Así es, la ley balear las prohíbe. Le van dispensadores de cerámica con su logo. ¿Son ocho baños?"),
  c("Ocho. Pero el logo grabado para ocho seguro que sale carísimo.", "too_expensive"),
  t("Grabado sale caro, 35 € cada uno. Con etiqueta de su logo quedan bien y son 12 €. Le mando fotos de los dos y el relleno por litro."),
  c("Eso, mándamelo y lo miro con mi socia este fin de semana.", "think_it_over")],
 [o, t("A ver, ¿ocho habitaciones? Eso no es ni un pedido. ¿Qué necesita exactamente, que lo apunto rápido?"),
  c("Gel y champú con el logo. Nos dijeron que las botellitas ya no se pueden.", None),
  t("Hombre, claro que no, sale en todas partes. ¿No se informan antes de abrir un hotel? Dispensadores, mínimo cien unidades."),
  c("¿Cien? Si tenemos ocho baños. Eso es muchísimo dinero para nosotros.", "no_money"),
  t("Pues ya le he dicho cómo funciona. ¿Algo más en lo que le pueda ayudar o lo dejamos?"),
  c("Lo dejamos, sí. Adéu.", None)]))

PAIRS = P

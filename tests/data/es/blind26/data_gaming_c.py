"""Gaming pairs, file c (es_blind26)."""
from common import c, gpair, t

PAIRS = []
A = PAIRS.append

o = c("¡Me habéis cobrado noventa y cinco euros de roaming! Cuatro días en Marruecos y ni usé el móvil.", None)
A(gpair("esb26g_operadora_factura_roaming", "mobile operator, phone line", "putdown_question",
 "Angry customer billed 95 euros roaming after a trip outside the EU.",
 [o, t("Entiendo el cabreo. Lo miro ahora. ¿Qué días estuvo allí?"),
 c("Del 3 al 7. Lo llevaba en el bolsillo, solo WhatsApp un par de veces.", None),
 t("Veo 180 megas el día 3: las apps se actualizaron al conectar. Marruecos está fuera de la UE, por eso es tan caro."),
 c("Pues nadie me avisó. Bueno, un SMS igual, pero esos no los lee nadie.", None),
 t("Pido que le devuelvan la mitad por ser la primera vez y le pongo un tope de 10 euros fuera. El próximo viaje, bono Mundo: 15 euros cinco días."),
 c("Lo del tope sí. Lo del bono ya si eso cuando viaje, que no sé cuándo será.", "no_need")],
 [o, t("A ver, tranquilo, que tampoco es para gritar. ¿Usted no sabía que Marruecos no es Europa?"),
 c("Claro que lo sé. Pero nadie me avisó de que costaba esto.", None),
 t("¿Y no se le ocurrió poner el modo avión, como hace todo el mundo? ¿Qué espera que hagamos?"),
 c("Que me lo expliquéis y me devolváis algo. Llevo once años con vosotros.", None),
 t("Entiendo su experiencia. ¿De verdad cree justo que pague la compañía por su descuido?"),
 c("Pues me voy a la competencia y ya está.", None)]))

o = c("Hola, necesito el certificado de empadronamiento para la matrícula del cole y en la web me da error.", None)
A(gpair("esb26g_ayuntamiento_padron_matricula", "town hall citizen service office", "not_my_department_or_read_the_terms",
 "A mother needs a residence certificate for school enrolment before Friday.",
 [o, t("Buenos días. Vamos a sacarlo. ¿Es para usted o para toda la familia?"),
 c("Para toda la familia, que el cole pide a los niños. Y el plazo acaba el viernes.", None),
 t("Entonces el colectivo. La web falla con algunos navegadores; se lo saco yo aquí. ¿Trae el DNI?"),
 c("Sí, aquí está. Pero el de mi marido no lo traigo.", None),
 t("No hace falta, usted lo puede pedir. Aquí lo tiene, firmado y sellado, vale tres meses."),
 c("¡Ay, qué bien! Pensaba que tendría que volver otro día.", None)],
 [o, t("Buenos días. Entiendo su necesidad. Lo de la web no es de este departamento, eso es de Informática."),
 c("Pero el certificado me lo podéis dar aquí, ¿no? El plazo acaba el viernes.", None),
 t("Hay que pedir cita previa. Está en la ordenanza, yo no pongo las normas."),
 c("La primera cita es para dentro de dos semanas. No me da tiempo.", "no_time"),
 t("Pues háblelo con el colegio, eso ya no depende de mí. ¿Algo más en lo que le pueda ayudar?"),
 c("Sí. Una hoja de reclamación, por favor.", None)]))

o = c("Hola, rellené lo de la web de las placas solares, pero solo quiero información, ¿eh?, que no tengo nada claro.", None)
A(gpair("esb26g_placas_solares_castellon", "solar panel installer, Castellón", "social_proof_or_deadline_pressure",
 "A homeowner who is out all day asks about solar panels with no commitment.",
 [o, t("Claro, solo información. ¿Cuánto paga de luz, y cuándo gasta más, de día o de noche?"),
 c("Unos 110 en verano, por el aire. Trabajamos fuera los dos, así que sobre todo de noche.", None),
 t("Entonces le aviso: sin batería ahorraría poco, porque producen de día. Con batería, unos 9.000 euros. ¿Se lo había planteado?"),
 c("Uf, nueve mil ahora no. Estamos pagando la hipoteca todavía.", "no_money"),
 t("Otra opción es una pequeña, 4.000, para el aire del fin de semana y el congelador. Le preparo los números de las dos y los mira tranquilo."),
 c("Vale, mándamelo. Y sin llamarme cada día, ¿eh?", None),
 t("Prometido. Se lo mando el lunes y solo le llamo si me lo pide.")],
 [o, t("¡Hola! En su urbanización ya tienen placas ocho de cada diez vecinos. ¿Qué le frena a usted?"),
 c("Yo solo quería información. Mándeme un folleto y ya lo miro.", "brush_off"),
 t("Claro. La completa con batería son 9.000, pero la subvención acaba este mes y el día 30 sube un 20%. Su vecino de la parcela 12 firmó ayer."),
 c("Me da igual el vecino. Nueve mil no los tengo ahora.", "no_money"),
 t("Solo le puedo mantener el precio hasta las ocho de esta tarde. ¿Lo dejamos firmado y se quita la preocupación?"),
 c("Yo estas cosas las pienso con calma. Si es hoy o nunca, es nunca.", "think_it_over")]))

o = c("Buenas tardes. Se me ha partido la patilla de las gafas y mañana cojo el coche temprano. ¿Tiene arreglo?", None)
A(gpair("esb26g_optica_sevilla_patilla_rota", "optician's shop, Seville", "keyword_stuffed",
 "An older man's glasses broke the evening before a long drive for work.",
 [o, t("Buenas tardes. Déjeme verlas. ¿Las compró aquí? ¿A qué hora sale mañana?"),
 c("Sí, hace dos años. Salgo a las siete para Huelva, a trabajar.", None),
 t("Se ha partido por la bisagra. Tengo una patilla del mismo fabricante: 15 euros y en media hora las tiene."),
 c("¿Quince euros por una patilla? Ay, hijo, si en el chino hay gafas por diez.", "too_expensive"),
 t("Las del chino no llevan su graduación, que es alta. Con estas conduce seguro. Y otro día le graduamos, que hace dos años."),
 c("Ya, ya. Venga, arréglemelas, que espero.", None)],
 [o, t("Buenas tardes. Entiendo cómo se siente; su experiencia visual es lo primero. ¿Qué necesidades tiene?"),
 c("Que se me ha partido la patilla y mañana conduzco.", None),
 t("Entiendo. Nuestra relación con usted es muy importante y queremos que esta experiencia sea un éxito. ¿Cómo se siente con sus gafas?"),
 c("¿Cómo me voy a sentir? Rotas. ¿Tiene arreglo o no?", None),
 t("Comprendo sus necesidades. Lo importante es una solución que le haga sentir bien. ¿Qué valora más en su experiencia?"),
 c("Mire, lo pregunto en la de enfrente, que cierra más tarde.", None)]))

o = c("hola buenas, se me ha roto el cristal de la ventana del salon con el viento. tengo seguro con vosotros, que hago", None)
A(gpair("esb26g_seguro_whatsapp_cristal_roto", "home insurer, WhatsApp claims", "rude",
 "A parent with a baby reports a broken window on a cold night.",
 [o, t("Hola. Vaya, ¿estáis bien? ¿Ha quedado abierto o solo rajado?"),
 c("todos bien. rajado entero, entra frio y tengo un bebe", None),
 t("Te mando un cristalero hoy para asegurarlo, aunque sea provisional. ¿Me pasas foto y dirección?"),
 c("ahi van. tengo que pagar algo? este mes voy fatal", None),
 t("Los cristales los cubre tu póliza sin franquicia. No pagas nada. El cristalero te llama en una hora."),
 c("uf menos mal. gracias de verdad", None)],
 [o, t("a ver, foto y numero de poliza. sin eso no puedo hacer nada"),
 c("vale ahi va. es que tengo un bebe y entra mucho frio", None),
 t("ya, como todos. los cristaleros van cuando pueden, esto no es urgente"),
 c("como que no es urgente? hace 8 grados", None),
 t("pues ponga un carton. y lease la poliza, que no lo voy a hacer yo todo"),
 c("me cambio de seguro. ya me paso algo parecido con el anterior y me fui", None)]))

o = c("Buenos días, le llamo porque queremos adaptar el baño, que mi marido ya no puede entrar en la bañera.", None)
A(gpair("esb26g_reformas_valencia_bano_adaptado", "bathroom renovation firm, Valencia", "ignored_customer",
 "An elderly woman wants the bathroom adapted; her husband uses oxygen and dust worries her.",
 [o, t("Buenos días. ¿Qué le pasa a su marido, y hay algo que debamos tener en cuenta en la obra?"),
 c("Tiene EPOC, va con oxígeno. Me preocupa el polvo, la verdad.", None),
 t("Cerramos el baño con plástico y aspirador industrial, y el día del alicatado, el de más polvo, mejor que él no esté. ¿Tienen dónde ir?"),
 c("A casa de mi hija, sí. ¿Y cuánto sería? Que somos pensionistas.", None),
 t("Plato a ras de suelo, asiento abatible y barras: unos 2.900. Hay ayudas autonómicas para adaptación; le ayudo a pedirla antes."),
 c("Eso no lo sabía. Pero déjeme que lo hable con mis hijos.", "think_it_over"),
 t("Claro. Les mando el presupuesto y los papeles de la ayuda, y si quieren se lo explico a todos juntos.")],
 [o, t("Buenos días. ¿Qué es lo más importante para ustedes en su nuevo baño?"),
 c("Que mi marido pueda ducharse. Tiene EPOC, va con oxígeno, y el polvo me preocupa.", None),
 t("Genial. Plato extraplano, mampara de cristal y mueble suspendido, 6.500, y empezamos el lunes."),
 c("¿Seis mil quinientos? Somos pensionistas. ¿Y qué pasa con el polvo?", "no_money"),
 t("Perfecto. ¿Y qué colores le gustan para el alicatado?"),
 c("Oiga, que le he preguntado por el polvo y el dinero. Déjelo, ya buscaré a otro.", None)]))

o = c("Buenas, tengo un obrador de pan en Córdoba y pago una burrada de luz. Me han dicho que igual tengo mal la potencia.", None)
A(gpair("esb26g_comercializadora_cordoba_obrador", "electricity supplier, business line, Córdoba", "repeated_questions",
 "A baker wants to know if his contracted power is wrong; he was burned by a past change.",
 [o, t("Buenas. Puede ser. ¿Qué potencia tiene y a qué horas va el horno?"),
 c("Quince kilovatios. El horno de tres a nueve de la mañana, todos los días.", None),
 t("Con el horno de madrugada le conviene el precio barato de noche. ¿Le ha saltado alguna vez el automático?"),
 c("Nunca. Bueno, una vez en Navidad, con todo a tope.", None),
 t("Igual sobra potencia. Pido el maxímetro de un año: si nunca pasa de 12, bajamos y ahorra unos 30 al mes."),
 c("Ya me la bajaron una vez y saltaba todo. Tuve que pagar para volver a subirla.", "bad_experience"),
 t("Por eso no toco nada hasta ver el maxímetro con usted. El jueves le llevo los datos. ¿A las diez?"),
 c("A las diez estoy durmiendo, hijo. A las doce.", "no_time")],
 [o, t("Buenas. Para entender sus necesidades: ¿cuánta luz consume?"),
 c("Pues mucha, tengo un horno grande. Quince kilovatios de potencia.", None),
 t("Vale. ¿Y cuánta energía diría que gasta su negocio?"),
 c("Ya le digo, mucha. El horno va de tres a nueve de la mañana.", None),
 t("Entendido. Y en cuanto a su consumo, ¿cuánto gasta normalmente?"),
 c("¿No me escucha? Tengo el horno encendido y no puedo estar con esto. Llámeme otro día.", "no_time")]))

o = c("Hola, me ha llegado un papel de revisar la caldera y quería saber si es obligatorio o es para venderme algo.", None)
A(gpair("esb26g_gas_revision_caldera", "gas supplier, phone line", "wrong_paraphrase",
 "A wary customer asks whether a boiler inspection letter is compulsory.",
 [o, t("Buena pregunta. El papel es de la inspección periódica de gas, que sí es obligatoria. El contrato de mantenimiento, en cambio, es opcional."),
 c("Ah, vale. ¿Y el mantenimiento me interesa? La caldera tiene doce años.", None),
 t("Depende. ¿Ha tenido averías? ¿La revisa alguien ahora?"),
 c("Un técnico del barrio, cuando me acuerdo. Este invierno se apagó dos veces.", None),
 t("Con doce años y dos apagones, el mantenimiento, 9 al mes, cubre revisión y averías. Seguir con su técnico también vale, pero que la mire antes del invierno."),
 c("Lo pienso. Mi técnico es de confianza, no sé.", "think_it_over"),
 t("Normal. Le mando las condiciones por correo, y la inspección obligatoria se la pido para el día 14.")],
 [o, t("Claro. ¿Qué le preocupa de su caldera?"),
 c("Nada, solo quiero saber si el papel es obligatorio. La caldera va bien.", None),
 t("Vale, o sea que la caldera le da problemas y quiere cambiarla, ¿correcto?"),
 c("No, no he dicho eso. Tiene doce años, pero va bien.", "no_need"),
 t("Entendido, entonces lo que quiere es una de condensación nueva con mantenimiento. Se la dejo en 1.900."),
 c("¡Que yo no quiero caldera nueva! Solo le pregunto por el papel.", "no_need"),
 t("Perfecto, resumiendo: caldera nueva y plan Confort. ¿Le va la instalación el martes?"),
 c("Adiós.", None)]))

o = c("Hola, es que... es que se me ha inundado la casa, ha reventado una tubería y tengo agua por todo el pasillo.", None)
A(gpair("esb26g_seguro_hogar_inundacion", "home insurer, claims phone line", "pitch_to_upset",
 "A panicking customer calls during a burst pipe.",
 [o, t("Tranquila, le ayudo ahora mismo. ¿Ha podido cerrar la llave de paso?"),
 c("Sí, sí, la he cerrado. Pero hay un dedo de agua y está bajando al vecino.", None),
 t("Bien hecho. Abro el parte y le mando un fontanero urgente y una empresa de secado. ¿Hay algún enchufe mojado?"),
 c("La regleta del pasillo... no la he tocado.", None),
 t("No la toque; baje el diferencial si llega sin pisar agua. El fontanero llega en una hora. Haga fotos; le llamo en veinte minutos."),
 c("Vale... vale. Gracias, de verdad, estaba bloqueada.", None)],
 [o, t("Entiendo su experiencia, qué mal. Antes de nada, ¿sabía que con Hogar Total tendría realojo en hotel incluido?"),
 c("¿Qué? ¡Que tengo agua en el pasillo y está bajando al vecino!", None),
 t("Ya, por eso: con Hogar Total, por 8 euros más al mes, estas cosas se llevan mucho mejor. ¿Se lo activo?"),
 c("¡No quiero nada! ¡Quiero un fontanero!", "no_need"),
 t("Claro, se lo mando. Y ya que estamos, ¿ha pensado en un seguro de vida? Para estas situaciones..."),
 c("Le cuelgo. Es usted increíble.", None)]))

o = c("Hola, os llamo porque el cierre de caja del sábado no me cuadra: el programa dice 300 euros más de lo que tengo.", None)
A(gpair("esb26g_software_tpv_tienda_ropa", "point-of-sale software vendor (B2B), Barcelona", "blame",
 "A boutique owner's till close is 300 euros off after a software update.",
 [o, t("Hola. Lo miramos. ¿Cuántas personas cobraron el sábado y hubo alguna devolución?"),
 c("Dos dependientas. Y sí, una devolución de un abrigo, de 300 justo.", None),
 t("Ahí está. La devolución quedó como venta en efectivo. Con la última actualización el botón cambió de sitio y les ha pasado a más tiendas."),
 c("Pues vaya. ¿Se puede corregir o me como el descuadre?", None),
 t("Lo corrijo ahora y le cuadra. Y le mando un vídeo de un minuto para las chicas con el botón nuevo. Perdone las molestias."),
 c("Vale. Pero que no vuelva a pasar, que con el programa anterior teníamos guerra cada mes.", None)],
 [o, t("Hola. Entiendo su experiencia. ¿Quién hizo el cierre el sábado?"),
 c("Una dependienta. Hubo una devolución de 300, justo lo que descuadra.", None),
 t("Entonces el problema es que sus empleadas no saben usar el programa. ¿Hicieron la formación?"),
 c("Sí, la hicieron. Y nunca había pasado hasta vuestra actualización.", None),
 t("La actualización va bien en todas las tiendas. Si marcan mal, es cosa suya. Otra formación son 90 euros."),
 c("¿Encima os pago por un fallo vuestro? Vuelvo al programa de antes, que era más barato.", "too_expensive")]))

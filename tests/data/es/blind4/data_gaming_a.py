"""Gaming pairs, part A (kinds 1-5), written by hand in Spanish."""
from common import c, gpair, t

PAIRS = []

# 1. monologue — cooperativa olivarera, Villacarrillo (Jaén)
_open = c("Buenos días. Le llamo de la Cooperativa San Isidro, de Villacarrillo. Queríamos precio de abono foliar para el olivar, unas cuatrocientas hectáreas entre todos los socios, que el que traíamos nos lo han subido una barbaridad este año.", None)
PAIRS.append(gpair(
    "esb4g_jaen_abono_foliar", "cooperativa olivarera (insumos agrícolas), Villacarrillo, Jaén", "monologue",
    "El encargado de compras de una cooperativa de olivar llama a un distribuidor de abonos para pedir precio de un foliar.",
    good=[
        _open,
        t("Buenos días. Cuatrocientas hectáreas, muy bien. Antes de darle un precio que luego no le sirva: ¿qué abono traían y cuándo lo echan, antes de la flor, después del cuajado…?"),
        c("Un nitrogenado con boro. Lo echamos en marzo o abril, antes de la flor, y luego en otoño otra pasada el que quiere, que eso ya va por socios.", None),
        t("¿Y les funcionaba? Se lo pregunto porque si lo único que falla es el precio, le busco uno equivalente; pero si había algo que no les convencía, mejor saberlo ahora."),
        c("Funcionar, funcionaba. Lo que pasa es que con vuestra casa ya probamos hace tres o cuatro años un corrector de hierro y los socios todavía se acuerdan: mucho folleto y las hojas igual de amarillas.", "bad_experience"),
        t("Entiendo el recelo, y no se lo voy a discutir: ustedes pagaron y no vieron resultado. El hierro en suelos calizos como los de ahí es difícil, pero eso ahora da igual. Le propongo dos cosas: le paso precio del nitrogenado con boro equivalente al suyo, y si quieren, un técnico nuestro hace análisis foliar en julio en dos o tres fincas para que tengan datos y no folletos."),
        c("El precio mándemelo, sí. Lo del técnico lo tengo que hablar con el consejo rector, que yo solo no decido nada, y se reúnen el último jueves de mes.", "think_it_over"),
        t("Perfecto. Le mando hoy la oferta por escrito, precio por litro y por palé, y con pago a la liquidación de la aceituna, que me imagino que es como trabajan ustedes. ¿Le parece que le llame el viernes, después del consejo, para ver qué han decidido?"),
        c("Eso, lo del pago a cosecha es lo que más nos importa. Llámeme el viernes por la mañana, que por la tarde estoy en el campo.", None),
    ],
    gaming=[
        _open,
        t("¡Buenos días! Qué bien que nos llame. Dígame, ¿qué es lo más importante para ustedes en un abono? Porque para nosotros lo primero es la experiencia del agricultor, y por eso le cuento: nuestra línea NutriOliva Plus lleva nitrógeno, boro, zinc, aminoácidos de origen vegetal y un bioestimulante que no tiene nadie más en Andalucía."),
        c("Bueno, a nosotros lo que nos importa es el precio, porque el que traíamos…", None),
        t("Claro, claro, el precio. Y ahí le digo que el precio es relativo, porque con NutriOliva Plus los ensayos dan hasta un doce por ciento más de aceituna. Y con el pack Temporada le meto el corrector de hierro, el cobre de otoño y el mojante, todo en un pedido y con el porte incluido a partir de dos palés."),
        c("¿El corrector de hierro? Si ese ya nos lo vendisteis y no hizo nada, hombre.", "bad_experience"),
        t("Ese era el antiguo; el de ahora es de nueva generación, quelato al seis por ciento, nada que ver. Y fíjese, además tenemos la aplicación de campo gratis para los socios, con avisos de plagas, el tiempo y las recomendaciones, y un técnico que les visita dos veces por campaña. Esto es una relación a largo plazo: no le vendemos un bidón, le vendemos una experiencia."),
        c("Ya. Oiga, que yo lo único que quería era un precio por litro.", None),
        t("Y se lo doy, pero sin ver el pack completo no se entiende el valor. Mire, para cuatrocientas hectáreas le sale por menos de lo que piensa, y si me lo confirma esta semana le hago un quince por ciento en la segunda aplicación. ¿Qué le parece? ¿Alguna otra duda en la que le pueda ayudar?"),
        c("Mándemelo todo por correo y ya lo veremos en el consejo. Buenos días.", "brush_off"),
    ],
))

# 2. monologue — tienda de telefonía, Fresnillo (Zacatecas)
_open = c("Buenas tardes, joven. Fíjese que mi hija me mandó este teléfono desde Fresno y aquí no me agarra el chip. ¿Me lo puede revisar?", None)
PAIRS.append(gpair(
    "esb4g_zacatecas_celular_bloqueado", "tienda de telefonía móvil, Fresnillo, Zacatecas", "monologue",
    "Un señor mayor llega a la tienda con un celular que le mandó su hija de Estados Unidos y que no reconoce su chip.",
    good=[
        _open,
        t("Buenas tardes, don. Claro que sí, permítame tantito. ¿El chip es el mismo que traía en su teléfono de antes?"),
        c("Ese mismo. Con el otro teléfono sí servía, nomás que ya se le borraban las letras de tanto uso.", None),
        t("Ya vi: el teléfono dice que está bloqueado a una compañía de allá, por eso no le lee el chip de aquí. No está descompuesto. ¿Para qué lo usa más, para hablar o también para mensajes y videollamadas?"),
        c("Pues para hablarle a mi hija los domingos y para el WhatsApp, que me manda fotos de los nietos. ¿Entonces ya no sirve?", None),
        t("Sí sirve. La compañía de allá lo desbloquea sin costo si su hija lo pide, porque ella lo compró. Le puedo anotar en un papelito los pasos para que se los mande. Nosotros también tenemos teléfonos sencillos desde mil doscientos pesos, por si no quiere esperar."),
        c("No, no, ahorita no traigo para otro teléfono, con la pensión apenas. Mejor que mi hija lo arregle.", "no_money"),
        t("Me parece lo más sensato. Aquí le anoto los pasos y el número de serie del teléfono, que ella lo va a necesitar. Cuando le llegue el aviso de que ya está libre, se viene y yo le pongo el chip y le paso sus contactos, sin cobrarle."),
        c("Ándele, pues. Le hablo hoy en la noche y ya le aviso. Muchas gracias, joven.", None),
    ],
    gaming=[
        _open,
        t("¡Buenas tardes, don! Con todo gusto. Platíqueme, ¿cómo quiere que sea su experiencia con el celular? Porque le cuento que ahorita tenemos el plan Max Sin Límite: llamadas ilimitadas a Estados Unidos y Canadá, redes sociales gratis, cinco gigas para navegar y de regalo la protección de pantalla, y todo eso por cuatrocientos noventa y nueve al mes."),
        c("No, pues yo nomás quiero que me agarre el chip.", None),
        t("Claro, y eso se lo resolvemos, pero escúcheme tantito porque le conviene: ese teléfono de allá viene bloqueado y batalla uno mucho, así que lo mejor es que se lleve un equipo nuevo a dieciocho meses sin intereses, con cámara de tres lentes para las fotos de los nietos, y lo amarramos al plan para que le salga más barato. Mucha gente de su edad ya se pasó y está feliz."),
        c("No, joven, yo no ocupo tanto. Le hablo a mi hija los domingos y ya.", "no_need"),
        t("Justamente por eso, don, para los domingos: con el plan Max le puede hablar a su hija todos los días y no se preocupa por las recargas. Además le damos la app de la compañía para que revise su saldo, y si se le pierde el teléfono lo bloqueamos. ¿Qué más le podría ayudar a que tome la mejor decisión hoy?"),
        c("Déjeme pensarlo. Mejor vengo otro día con mi nieto, que él sabe de esto.", "think_it_over"),
    ],
))

# 3. closing_as_open_question — ferretería, Cáceres (programa de facturación)
_open = c("Hola, buenas. Me ha dicho la gestoría que con lo de la ley nueva tengo que cambiar el programa de las facturas. ¿Ustedes vendéis eso?", None)
PAIRS.append(gpair(
    "esb4g_caceres_facturacion_ferreteria", "programas de facturación para pymes, Cáceres", "closing_as_open_question",
    "La dueña de una ferretería de barrio pregunta por un programa de facturación porque su gestoría le ha dicho que el suyo dejará de valer.",
    good=[
        _open,
        t("Sí, buenas. ¿Qué usa ahora para facturar, y más o menos cuántas facturas hace al mes?"),
        c("Un programa viejo que me instaló un sobrino hace diez años. Facturas, pocas, treinta o cuarenta al mes; lo demás es tique de mostrador.", None),
        t("Entonces le basta el plan básico: facturas y tiques, y lo manda todo como pide Hacienda. Son veintidós euros al mes. ¿La gestoría le ha dicho para cuándo tiene que estar?"),
        c("Para el año que viene, creo. Pero veintidós al mes para lo que facturo yo… me parece mucho, la verdad.", "too_expensive"),
        t("Lo entiendo. Si quiere, le hago una demostración aquí con tres facturas suyas y, antes de decidir nada, su gestoría me confirma si con el básico le vale. Si el programa de su sobrino se puede actualizar, también se lo diría."),
        c("Eso sí. Pero lo tiene que ver también mi hijo, que es el que lleva los papeles conmigo.", "think_it_over"),
        t("Claro. ¿Le viene bien el martes por la tarde, con su hijo? Traigan alguna factura y el nombre de la gestoría."),
        c("El martes a las seis, que cerramos a las ocho. Venga, hasta el martes.", None),
    ],
    gaming=[
        _open,
        t("¡Claro que sí! Cuénteme, ¿qué tendría que pasar para que hoy mismo salga con su programa nuevo funcionando?"),
        c("Pues no sé, primero saber lo que cuesta, ¿no?", None),
        t("Por supuesto. Y dígame, ¿prefiere el plan anual, que le sale más a cuenta, o el mensual de cuarenta y cinco euros?"),
        c("¿Cuarenta y cinco al mes? Hija, para una ferretería de barrio eso es un dineral.", "too_expensive"),
        t("La entiendo perfectamente. ¿Y qué le impediría empezar hoy, si le hago el primer mes gratis?"),
        c("Que lo tengo que hablar con mi hijo, que es el que lleva los papeles.", "think_it_over"),
        t("Claro, la familia es lo primero. ¿Y cómo le vendría mejor que lo dejemos ya, con tarjeta o con domiciliación, para que su hijo se lo encuentre hecho?"),
        c("Que no, que hoy no firmo nada. Ya vendré.", "brush_off"),
    ],
))

# 4. closing_as_open_question — óptica, Popayán
_open = c("Buenas, mijo. Se me partieron las gafas de leer y quería que me hicieran otras iguales, ¿sí puede ser?", None)
PAIRS.append(gpair(
    "esb4g_popayan_optica_gafas", "óptica de barrio, Popayán", "closing_as_open_question",
    "Una señora mayor llega a la óptica con sus gafas de lectura rotas y quiere unas iguales.",
    good=[
        _open,
        t("Claro que sí, doña. ¿Me las deja ver? ¿Hace cuánto se las hizo y cómo estaba viendo con ellas?"),
        c("Hará unos tres años. Bien para leer la Biblia y para bordar, pero la novela de la noche ya la veo como empañada.", None),
        t("Eso de lejos puede ser que la fórmula cambió. Antes de repetirle las mismas, le haría el examen, que aquí no se lo cobramos. Si sale que necesita para cerca y para lejos, hay lentes progresivos, o dos pares aparte."),
        c("Los progresivos ya me los hicieron una vez en Cali y me mareaba en las escaleras. Eso no, sumercé.", "bad_experience"),
        t("Entonces no se los recomiendo: a algunas personas no les va bien y usted ya lo probó. Le hacemos unas de lectura, y si el examen muestra que de lejos le hace falta, unas aparte solo para la televisión."),
        c("¿Y eso cuánto me sale? Porque no traigo mucha plata.", None),
        t("Las de lectura con montura sencilla quedan en ciento veinte mil. Las de lejos se las cotizo después del examen, sin compromiso. ¿Le hago el examen ahorita, que tengo el consultorio libre?"),
        c("Bueno, hágamelo de una vez y después vemos.", None),
    ],
    gaming=[
        _open,
        t("¡Claro, doña! Y dígame, ¿cuál de estas monturas se quiere llevar hoy, la dorada o la de carey?"),
        c("No, yo quiero que me hagan las mismas, mijo. Esta montura me gusta.", "no_need"),
        t("Perfecto, la escuchamos. ¿Y qué le haría falta para salir hoy con unos progresivos, que le sirven para leer y para ver la televisión?"),
        c("Progresivos no, me los hicieron en Cali y me mareaba en las escaleras.", "bad_experience"),
        t("Esos eran de otra calidad, doña. ¿Cómo prefiere pagarlos, de contado con descuento o en seis cuotas con la tarjeta?"),
        c("Pero ¿cuánto valen?", None),
        t("Quedan en seiscientos ochenta mil con la montura. ¿Qué día le queda mejor para recogerlos, el viernes o el sábado?"),
        c("Uy, no, eso es carísimo. Déjeme preguntarle a mi hija y vuelvo otro día.", "too_expensive"),
    ],
))

# 5. pitch_as_paraphrase — banco, Salta (jubilado)
_open = c("Buen día, señorita. Vengo porque ya me cuesta mucho venir al banco a cobrar, con la cadera, y quería saber si mi hija puede cobrar por mí.", None)
PAIRS.append(gpair(
    "esb4g_salta_jubilado_cobro", "sucursal bancaria, Salta capital", "pitch_as_paraphrase",
    "Un jubilado con problemas de cadera pregunta si su hija puede cobrar la jubilación por él.",
    good=[
        _open,
        t("Buen día, don. Sí, hay formas. ¿Usted hoy cobra con tarjeta de débito o viene por ventanilla?"),
        c("Con la tarjeta, pero el cajero de acá de la esquina siempre está sin plata y tengo que ir hasta el centro.", None),
        t("O sea que el problema no es tanto el trámite sino tener que trasladarse hasta el centro, ¿es así? ¿Su hija vive cerca suyo?"),
        c("A dos cuadras. Ella me hace las compras, así que si pudiera sacar la plata sería lo mejor.", None),
        t("Entonces hay dos caminos: hacerla apoderada en ANSES, que es gratis y puede cobrar ella, o pedir una tarjeta de débito adicional a su nombre sobre su cuenta, que también es sin costo. Lo del apoderado es más formal, con turno."),
        c("La adicional, que el otro trámite me lleva otra mañana de cola. ¿Y no me cobran nada por eso?", None),
        t("No, la adicional de débito no tiene costo. Necesito que venga ella con el documento; la firma usted y se la entregan en unos diez días. ¿Quiere que le saque un turno para el jueves, que hay menos gente?"),
        c("El jueves está bien, a la mañana temprano. Gracias, m'hija.", None),
    ],
    gaming=[
        _open,
        t("¡Buen día, don! ¿Cómo se imagina su experiencia ideal con el banco?"),
        c("Y… no tener que venir. Que mi hija pueda sacar la plata por mí, que vive a dos cuadras.", None),
        t("O sea que lo que usted busca es nuestro Paquete Oro, con tarjeta de crédito, seguro de vida y una adicional para su hija, ¿lo entendí bien?"),
        c("No, tarjeta de crédito no quiero. Yo nunca tuve.", "no_need"),
        t("Entiendo. Entonces lo que me dice es que quiere tranquilidad para su familia, y para eso está el seguro de vida del Paquete Oro, ¿correcto?"),
        c("Ese paquete me lo hicieron el año pasado y me cobraban mantenimiento todos los meses sin avisarme. Lo tuve que dar de baja.", "bad_experience"),
        t("Entonces, si le entiendo bien, lo que necesita es la versión Plata, que tiene menos costo de mantenimiento, ¿sí?"),
        c("Yo le pregunté otra cosa, señorita. Vuelvo otro día que esté el señor Cruz.", None),
    ],
))

# 6. pitch_as_paraphrase — transporte de carga por WhatsApp, Motupe / Chiclayo
_open = c("buenas tardes cuanto me sale llevar 3 toneladas de mango de motupe a lima para el jueves", None)
PAIRS.append(gpair(
    "esb4g_chiclayo_flete_mango", "empresa de transporte de carga, Chiclayo (Lambayeque)", "pitch_as_paraphrase",
    "Un productor de mango escribe por WhatsApp a una transportista pidiendo precio para llevar su fruta al mercado mayorista de Lima.",
    good=[
        _open,
        t("Buenas tardes, con gusto. Para cotizarle bien: el mango va en jabas o a granel? y la entrega es en el mercado mayorista de Santa Anita o en otro punto?"),
        c("en jabas, unas 150 jabas. al mayorista de santa anita, ahi me espera el comprador el viernes temprano", None),
        t("Perfecto. Fruta en jabas y entrega viernes temprano en Santa Anita. Lo recogemos en su chacra o en algun punto de Motupe?"),
        c("en la chacra, es a 10 minutos de motupe por trocha. pero el otro año un camion se quedo atascado y llego tarde, perdi el precio", "bad_experience"),
        t("Entiendo. Para esa trocha mandamos un camion de 5 toneladas, no el grande, y sale el jueves a mediodia para llegar de madrugada. Serian 1,650 soles, carga a cargo de ustedes y con seguro basico incluido."),
        c("el de la agencia de chiclayo me dijo 1,400 pero no me aseguraba la hora", "too_expensive"),
        t("Puedo dejarlo en 1,550 si la carga esta lista a las 11. La hora de llegada se la pongo por escrito. Le mando la proforma?"),
        c("ya mandala, la reviso con mi hermano esta noche y te confirmo", "think_it_over"),
    ],
    gaming=[
        _open,
        t("Buenas tardes!! Cuenteme, que es lo mas importante para usted cuando envia su carga?"),
        c("que llegue a tiempo nomas, el comprador me espera el viernes temprano en santa anita", None),
        t("Entonces lo que usted necesita es nuestro servicio Premium Refrigerado puerta a puerta con seguro total, a 2,900 soles, correcto?"),
        c("no, yo no he dicho refrigerado. el mango va en jabas, aguanta el viaje", "no_need"),
        t("Claro, si le entiendo bien lo que busca es tranquilidad total, y por eso le recomiendo el Premium con monitoreo GPS las 24 horas, asi es?"),
        c("uy no, 2,900 es un robo. la agencia de chiclayo me cobra 1,400", "too_expensive"),
        t("Entonces lo que me esta diciendo es que valora la calidad por encima del precio, verdad? Le separo el camion?"),
        c("no te he dicho eso. dejalo asi nomas", None),
    ],
))

# 7. upsell_as_loop_closing — farmacia, San Miguel de Tucumán
_open = c("Buenas tardes. Traigo esta receta para mi nieto, es el antibiótico que le dio la pediatra. ¿Lo tienen?", None)
PAIRS.append(gpair(
    "esb4g_tucuman_farmacia_antibiotico", "farmacia de barrio, San Miguel de Tucumán", "upsell_as_loop_closing",
    "Una abuela llega a la farmacia con la receta del antibiótico de su nieto de cuatro años.",
    good=[
        _open,
        t("Buenas tardes. Sí, lo tenemos. ¿Cuántos años tiene el nene y cuánto pesa, más o menos? Es para verificar la dosis con lo que puso la doctora."),
        c("Cuatro años, y pesa unos dieciséis kilos. La doctora dijo cada doce horas.", None),
        t("Está bien la dosis. Se prepara con agua hervida fría hasta esta rayita, se guarda en la heladera y se agita antes de cada toma. ¿Está tomando algo más?"),
        c("Un jarabe para la tos que le compró mi hija, no sé cuál. ¿Se puede dar junto?", None),
        t("Si me trae el frasco o me manda una foto, se lo confirmo. Con la obra social le queda en tres mil cuatrocientos. ¿Le quedó alguna duda de cómo dárselo?"),
        c("No, clarito. Y si vomita, ¿le doy otra vez?", None),
        t("Si vomita antes de la media hora, sí, otra toma igual. Si después, no, espera la siguiente. Se lo anoto en la caja."),
        c("Ay, gracias, m'hijo. Le mando la foto del jarabe por WhatsApp.", None),
    ],
    gaming=[
        _open,
        t("¡Buenas tardes! Sí, lo tenemos. ¿Qué más le puedo agregar para que su nieto se recupere bien? ¿Un probiótico para acompañar el antibiótico?"),
        c("No sé… la doctora no dijo nada de eso.", "no_need"),
        t("Se lo recomendamos a todos. ¿Y algo más para cerrar la compra? ¿Unas vitaminas para las defensas, que están en promoción?"),
        c("No, no, con lo de la receta alcanza. La plata no me da para tanto.", "no_money"),
        t("La entiendo. ¿Algo más en lo que le pueda ayudar hoy? ¿Un termómetro digital, que con los chicos siempre hace falta?"),
        c("Mi hija ya tiene termómetro. ¿Cuánto es el antibiótico?", "no_need"),
        t("Con la obra social, tres mil cuatrocientos. ¿Y para usted, abuela, algo más? ¿Una cremita para las manos?"),
        c("Cóbreme el remedio, nomás. Estoy apurada, el nene está con fiebre.", None),
    ],
))

# 8. upsell_as_loop_closing — clínica veterinaria, Valdivia
_open = c("Hola, buenas. Traigo a la Canela para la vacuna, tenía hora a las cinco.", None)
PAIRS.append(gpair(
    "esb4g_valdivia_veterinaria_vacuna", "clínica veterinaria, Valdivia", "upsell_as_loop_closing",
    "Un vecino trae a su gata a la vacuna anual que tenía agendada.",
    good=[
        _open,
        t("Hola, sí, a las cinco. ¿Cómo ha estado la Canela este año? ¿Come bien, sale a la calle?"),
        c("Bien, come harto. Sale al patio nomás y a veces al techo del vecino.", None),
        t("Entonces le corresponde la triple felina. Como sale al techo, ¿la desparasitó en los últimos meses?"),
        c("Hace como un año, creo. Ahí me pilló.", None),
        t("No se preocupe. Le pongo la vacuna, y si quiere, le doy la pastilla para parásitos ahora, que son cuatro mil quinientos; si no, la puede comprar después. ¿Algo que le haya notado raro, que tome mucha agua, que vomite?"),
        c("No, nada. Dele la pastilla altiro, mejor.", None),
        t("Listo. La próxima vacuna en un año; le mando un recordatorio al celular. ¿Le quedó alguna duda?"),
        c("No, ninguna. Gracias, doctora.", None),
    ],
    gaming=[
        _open,
        t("¡Hola! Bienvenidos. Antes de empezar, ¿qué más le agregamos hoy para la Canela? Tenemos el plan de salud anual con descuento."),
        c("No, solo la vacuna po, para eso vine.", "no_need"),
        t("Perfecto. ¿Y algo más que le pueda sumar para cerrar bien la visita? ¿El antiparasitario premium, que dura tres meses?"),
        c("¿Y cuánto vale eso?", None),
        t("Catorce mil novecientos. ¿Y le agrego también un saco de alimento urinario? Para los gatos de su edad es clave."),
        c("No, si la gata come lo que le doy y está bien. Está muy caro todo eso, oiga.", "too_expensive"),
        t("Entiendo. Entonces, para cerrar, ¿le agendo de una vez la limpieza dental del próximo mes?"),
        c("Póngale la vacuna, por favor, que me está esperando mi señora en el auto.", None),
    ],
))

# 9. leading_tag_questions — compras de hospital, Cochabamba
_open = c("Buenos días, le hablo de Adquisiciones del Hospital de Quillacollo. Necesitamos cotización de guantes de nitrilo para el segundo semestre.", None)
PAIRS.append(gpair(
    "esb4g_cochabamba_hospital_guantes", "distribuidora de insumos médicos, Cochabamba", "leading_tag_questions",
    "La encargada de compras de un hospital pide cotización de guantes al proveedor.",
    good=[
        _open,
        t("Buenos días, licenciada. ¿Qué cantidad estiman y en qué tallas? ¿Y la entrega la necesitan toda junta o por meses?"),
        c("Unas mil doscientas cajas, sobre todo M y L. Mejor por meses, porque en almacén no tenemos espacio.", None),
        t("Podemos entregar doscientas cajas cada mes. ¿Tienen un precio referencial o un techo por caja en la convocatoria?"),
        c("El presupuesto está asignado, no me puedo pasar de treinta y ocho bolivianos la caja. Y la otra vez su empresa nos mandó tallas cambiadas.", "bad_experience"),
        t("Tiene razón, fue en marzo y lo repusimos tarde. Esta vez cada entrega va con lista de tallas para que la revisen al recibir y, si algo falla, se cambia en cuarenta y ocho horas, y lo ponemos en el contrato. El precio: treinta y seis cincuenta, con registro sanitario."),
        c("Eso de las cuarenta y ocho horas póngalo en la propuesta. La tengo que presentar al comité el lunes.", None),
        t("Se la mando hoy antes de las seis, con el registro sanitario y el cronograma mensual."),
        c("Ya, perfecto. Quedo atenta.", None),
    ],
    gaming=[
        _open,
        t("¡Buenos días, licenciada! Ustedes van a querer los guantes de primera línea, ¿verdad? En un hospital no se puede arriesgar, ¿no es cierto?"),
        c("Queremos guantes que cumplan la norma, nomás. Tenemos un presupuesto asignado.", None),
        t("Claro, y la calidad vale más que el precio, ¿no le parece? Le cotizo el ProNitrilo de cuarenta y nueve la caja."),
        c("No puedo pasarme de treinta y ocho, licenciado. No hay más plata en esa partida.", "no_money"),
        t("Pero usted no querrá que a su personal se le rompan los guantes, ¿cierto? Seguro el comité va a entender, ¿verdad?"),
        c("El comité no va a aprobar nada fuera de presupuesto. Y la vez pasada ustedes nos mandaron tallas cambiadas.", "bad_experience"),
        t("Eso ya está superado, ¿no? Usted confía en nosotros, ¿verdad que sí? Le preparo el contrato por las mil doscientas cajas, ¿le parece?"),
        c("No. Mándeme la cotización a treinta y ocho o me quedo con otro proveedor.", "too_expensive"),
    ],
))

# 10. leading_tag_questions — consultorio dental, León (Nicaragua)
_open = c("Buenas, doctora. Vengo porque esta muela me está matando desde el domingo, ya ni dormir puedo.", None)
PAIRS.append(gpair(
    "esb4g_leon_nicaragua_dentista", "consultorio dental, León (Nicaragua)", "leading_tag_questions",
    "Un señor de sesenta y tantos años llega con dolor fuerte de una muela.",
    good=[
        _open,
        t("Buenas, don Julio. Siéntese. ¿El dolor es con lo frío, con lo caliente o le duele solo, sin comer nada?"),
        c("Solo, y más en la noche. Con lo caliente peor.", None),
        t("Déjeme revisar. Mire: la caries llegó al nervio. Hay dos opciones: una endodoncia, que salva la muela, o sacarla. Hoy le quito el dolor igual con cualquiera de las dos."),
        c("¿Y cuánto sale cada cosa? Porque la endodoncia me dijeron que es cara.", None),
        t("La endodoncia con la restauración son cuatro mil quinientos córdobas, en dos citas. Sacarla son ochocientos. Es una muela de atrás que usted usa para masticar, por eso le digo las dos."),
        c("Ay, cuatro mil quinientos… ahorita no tengo esos reales. Mejor platicarlo con mi señora.", "no_money"),
        t("Está bien. Hoy le abro la muela y le pongo medicina para que duerma tranquilo; eso se lo cobro aparte, trescientos. Tiene una semana para decidir sin que se le dañe más."),
        c("Eso sí, doctora, que yo lo que quiero es dormir. Dele.", None),
    ],
    gaming=[
        _open,
        t("Buenas, don Julio. Usted no querrá perder esa muela, ¿verdad?"),
        c("Pues no, pero yo lo que quiero es que me quite el dolor.", None),
        t("Claro. Y lo mejor es una endodoncia con corona de porcelana, ¿no le parece? A su edad hay que cuidar lo que queda, ¿cierto?"),
        c("¿Y eso cuánto vale?", None),
        t("Nueve mil córdobas, pero la sonrisa no tiene precio, ¿verdad que no? Usted se merece lo mejor, ¿o no?"),
        c("Nueve mil es un montón de reales, doctora. Yo no ando esa plata.", "no_money"),
        t("Pero tampoco querrá andar con un hueco en la boca, ¿verdad? Mejor empezamos hoy y lo va pagando, ¿le parece?"),
        c("No sé… déjeme platicarlo con mi señora. ¿Me da algo para el dolor por mientras?", "think_it_over"),
    ],
))

"""Spanish cues for the dialogue rubric: trainee moves, an upset customer, and exchange predicates (text lower-cased, accents folded)."""
from __future__ import annotations

# Matched against the turn lower-cased with accents folded (a e i o u u n), whitespace collapsed,
# ASCII quotes; "¿" and "¡" are kept but never required. Forms: usted (Spain and Latin America),
# tú, vos (Argentina, Uruguay, Central America) and vosotros (Spain); typed and spoken style.

_DAYS = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_WHEN = (r"(?:hoy(?: mismo)?|manana(?: (?:mismo|temprano|a primera hora|por la manana|por la tarde))?|pasado manana|"
         r"esta (?:misma )?(?:tarde|noche|manana|semana)|antes de(?:l| las?| que| fin| terminar)|a mas tardar|como (?:maximo|mucho)|"
         r"en (?:menos de )?(?:\d+|una|un|dos|tres|cuatro|cinco|diez|quince|veinte|24|48|72) (?:horas?|dias?|minutos?|hs|semanas?)|"
         r"dentro de (?:\w+ ){1,2}|(?:por |durante )?(?:24|48|72) horas|(?:el |este |el proximo |este proximo )?" + _DAYS + r"|la (?:semana que viene|proxima semana)|"
         r"(?:el )?proximo (?:mes|lunes)|a las? \d|a (?:la una|las (?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))|"
         r"a primera hora|en el dia|durante el dia|al final del dia|ahorita|ahora mismo|ya mismo|enseguida|de inmediato|en cuanto)")
# first-person actions a trainee promises (present used as future, future, "voy a" + infinitive)
_ACT_INF = (r"(?:llamar|enviar|mandar|escribir|pasar|confirmar|revisar|gestionar|tramitar|devolver|reembolsar|cambiar|reponer|"
            r"instalar|entregar|llevar|reservar|agendar|coordinar|averiguar|comunicar|contactar|avisar|escalar|activar|acreditar|"
            r"despachar|programar|solucionar|resolver|visitar|arreglar|reparar|hacer llegar|tener listo|tener lista|preparar|"
            r"consultar|hablar con|ocupar|encargar|buscar|abonar|reintegrar|cotizar|mandar a|enviar a)")
_ACT_PRESENT = (r"(?:llamo|envio|mando|escribo|paso|confirmo|reviso|gestiono|tramito|devuelvo|reembolso|cambio|repongo|instalo|"
                r"entrego|llevo|reservo|agendo|coordino|averiguo|comunico|contacto|aviso|escalo|activo|acredito|despacho|programo|"
                r"soluciono|resuelvo|visito|arreglo|reparo|hago llegar|tengo listo|tengo lista|preparo|consulto|cotizo|abono|"
                r"llamamos|enviamos|mandamos|escribimos|pasamos|confirmamos|revisamos|devolvemos|reembolsamos|cambiamos|instalamos|"
                r"entregamos|llevamos|reservamos|agendamos|coordinamos|avisamos|activamos|acreditamos|despachamos|solucionamos|"
                r"resolvemos|visitamos|arreglamos|reparamos|hacemos llegar|preparamos|cotizamos|abonamos|"
                # (a time kept for the customer: "Le anoto la visita del jueves a las 8", "Le doy turno a las 6:45")
                r"anoto|apunto|aparto|separo|imprimo|dejo|doy turno|doy cita|doy hora|anotamos|apuntamos|apartamos|separamos)")
_ACT_FUTURE = (r"(?:llamare|enviare|mandare|escribire|pasare|confirmare|revisare|gestionare|tramitare|devolvere|reembolsare|"
               r"cambiare|repondre|instalare|entregare|llevare|reservare|agendare|coordinare|averiguare|comunicare|contactare|"
               r"avisare|escalare|activare|acreditare|despachare|programare|solucionare|resolvere|visitare|arreglare|repararare|"
               r"repare|tendre|tendremos|hare llegar|haremos llegar|preparare|cotizare|llamaremos|enviaremos|mandaremos|"
               r"escribiremos|pasaremos|confirmaremos|revisaremos|devolveremos|reembolsaremos|cambiaremos|instalaremos|"
               r"entregaremos|llevaremos|reservaremos|agendaremos|avisaremos|activaremos|acreditaremos|solucionaremos|"
               r"resolveremos|visitaremos|arreglaremos|repararemos|prepararemos|cotizaremos)")
_OBJ = r"(?:le|te|les|os|se lo|se la|se los|se las|lo|la|los|las|me)"
_PRODUCT = (r"(?:productos?|modelos?|equipos?|sistemas?|software|plataformas?|soluciones|solucion|servicios?|planes|plan|paquetes?|"
            r"gama|linea|marca|version|aplicacion|app|maquinas?|maquinaria|dispositivos?|aparatos?|celulares?|moviles?|telefonos?|"
            r"coches?|carros?|autos?|vehiculos?|camionetas?|colchon(?:es)?|seguros?|polizas?|tarjetas?|cuentas?|creditos?|"
            r"prestamos?|hipotecas?|tarifas?|fibra|internet|cursos?|programas?|tratamientos?|menu|vinos?|cafe|ofertas?|"
            r"propuestas?|kits?|herramientas?|impresoras?|hornos?|lavadoras?|heladeras?|neveras?|refrigeradores?|televisores?|"
            r"computadoras?|ordenadores?|portatiles?|portatil|laptops?|membresias?|suscripciones|suscripcion|habitaciones|"
            r"habitacion|tours?|cremas?|motores?|motor|tractores?|tractor|semillas?|coleccion|muebles?|sofas?|paneles?|"
            r"filtros?|router|modem|licencias?|modulos?|erp|crm)")
_PRICE = (r"(?:\d+(?:[.,]\d+)*\s?(?:€|euros?|pesos?|soles?|dolares?|usd|eur|mxn|clp|cop|ars|pen|lucas|bolivares|quetzales|colones)|"
          r"[$€]\s?\d+(?:[.,]\d+)*)")
_FEEL = (r"(?:preocupad|cansad|hart|frustrad|molest|agobiad|desbordad|saturad|decepcionad|desilusionad|insegur|indecis|nervios|"
         r"ansios|content|feliz|felices|tranquil|apurad|estresad|quemad|abrumad|confundid|dolid|enojad|enfadad|asustad|"
         r"desanimad|desesperad|ilusionad|entusiasmad|dividid|sobrepasad|presionad|atrapad|solo |sola |sin tiempo|"
         r"con (?:miedo|dudas|ganas|prisa|poco tiempo|mucha presion|la soga al cuello)|entre la espada)")
_ITCONCERNS = (r"(?:preocupa|preocupan|inquieta|inquietan|angustia|molesta|molestan|pesa|pesan|frustra|agobia|duele|duelen|cuesta|"
               r"importa|importan|quita el sueno|da (?:miedo|pena|rabia|bronca|verguenza|ansiedad|inseguridad|desconfianza|fiaca|flojera)|"
               r"genera (?:dudas|desconfianza|ansiedad|estres|inseguridad)|resulta|resultan|parece|parecen|gusta|gustan|encanta|"
               r"frena|frenan|detiene|urge|tiene (?:preocupad|cansad|hart|agobiad|frustrad)\w*|ha (?:golpeado|afectado|costado)|"
               r"esta (?:pesando|costando|afectando|preocupando|superando|quitando|frenando)|estan (?:pesando|costando|afectando|superando|frenando))")
_COND = (r"(?:seria|serviria|interesaria|compraria|firmaria|contrataria|cambiaria|seguiria|avanzaria|quedaria|convenceria|"
         r"consideraria|animaria|decidiria|llevaria|aceptaria|resolveria|solucionaria|ayudaria|estaria|haria|podria|tendria|"
         r"querria|gustaria|pasaria|preferiria|elegiria|quitaria|sentiria|daria|tomaria|vendria|alcanzaria|bastaria|"
         r"funcionaria|compensaria|valdria|pagaria|probaria|renovaria|volveria|recomendaria|usaria|invertiria|dejaria|"
         r"mantendria|contaria|cerraria|confiaria|empezaria|arrancaria|comenzaria|importaria|convendria|dirias?)(?:s|n|mos|is)?")

#: move -> [(regex, weight)]; a move counts when the weights of its cues that match add up to 2.0
#: (pitch: 1.5). A strong, unambiguous cue weighs 2.0–3.0; a weak hint 1.0 (needs a second cue).
MOVE_CUES: dict[str, list[tuple[str, float]]] = {
    "pitch": [
        # "nuestro sistema incluye…", "este modelo tiene…", "nuestra tarjeta te da…"
        (r"(?<!si )(?<!cuando )(?<!aunque )\b(?:nuestr[oa]s?|este|esta|estos|estas|ese|esa) (?:[\w-]+ ){0,2}?" + _PRODUCT +
         r" (?:[\w-]+ ){0,2}?(?:incluyen?|ofrecen?|vienen? con|traen?|cuentan? con|permiten?|garantizan?|ahorran?|le da|te da|les da|"
         r"le ofrece|te ofrece|le permite|te permite|se paga sol[oa]|duran?|rinden?|destacan?|superan?|funcionan? (?:con|sin|en)|"
         r"es (?:el|la|lo) (?:mas|mejor|unic|lider|numero uno)|"
         r"(?:es|son) (?:muy |super |realmente |sumamente |mucho mas |mas |re |bien )?(?:facil(?:es)? de usar|rapid[oa]s?|segur[oa]s?|confiables?|"
         r"fiables?|eficientes?|potentes?|economic[oa]s?|durader[oa]s?|resistentes?|complet[oa]s?|comod[oa]s?|silencios[oa]s?|liger[oa]s?|"
         r"livian[oa]s?|practic[oa]s?|modern[oa]s?|versatil(?:es)?|intuitiv[oa]s?|ideal(?:es)?|perfect[oa]s?|unic[oa]s?)|"
         r"tienen? (?!(?:un |una |algun |alguna |varios |muchos )?(?:problemas?|errores?|error|fallos?|fallas?|defectos?|retrasos?|demoras?|inconvenientes?|incidencias?)\b))\b", 2.0),
        (r"(?<!si )(?<!cuando )(?<!que )\b(?:el|la|los|las) (?:[\w-]+ ){0,2}?" + _PRODUCT +
         r" (?:[\w-]+ )?(?:incluyen?|ofrecen?|vienen? con|traen? de serie|cuentan? con|garantizan?|se paga sol[oa]|"
         r"es (?:el|la) (?:mas vendid[oa]|mejor|numero uno|lider)|le da|te da|le permite|te permite)\b", 2.0),
        # claims that sell in any sentence shape
        (r"(?:el|la|lo|los|las) (?:mejor(?:es)?|mas vendid[oa]s?|mas complet[oa]s?|mas barat[oa]s?|mas econ[oo]mic[oa]s?|mas confiables?) "
         r"(?:del mercado|de (?:su|la|nuestra) (?:categoria|gama|clase)|que hay|que va a encontrar|que vas a encontrar|del pais|de la zona|de la ciudad)|"
         r"lider(?:es)? (?:del|en el) (?:mercado|sector|rubro|pais)|numero uno en|de ultima generacion|de alta gama|de primera calidad|"
         r"tecnologia de punta|calidad premium|calidad insuperable|imbatible|insuperable|no (?:va|vas|van) a encontrar (?:nada |algo )?(?:mejor|mas barato|igual)|"
         r"no hay nada (?:mejor|igual|parecido) en el mercado|(?:nuestros|mis|todos los|muchos) clientes (?:estan |quedan )?(?:encantados|felices|fascinados|muy contentos|super contentos|satisfechisimos)|"
         r"(?<!no )(?:le|te|les|os) (?:va|van) a encantar|(?<!no )(?:le|te|les|os) encantara|(?:muchos|la mayoria) de nuestros clientes (?:eligen|prefieren|escogen|optan por|se llevan)|"
         r"(?:el|la|lo) (?:mas|mejor) vendid[oa]", 2.0),
        # a price per period announced ("89 euros al mes") is an offer
        (_PRICE + r"(?: (?:al|por|cada|x|a la) (?:mes|ano|semana|usuario|persona|noche|licencia|cabeza|puesto)| mensuales| anuales| la noche| el mes)", 2.0),
        # generic quality claims about "it"
        (r"(?<!no )(?<!si )\b(?:es|son) (?:muy |super |realmente |sumamente |re |bien |de lo mas )?(?:confiables?|fiables?|eficientes?|potentes?|durader[oa]s?|"
         r"facil(?:es)? de usar|faciles? de instalar|super practic[oa]s?|lo mejor|lo ultimo|una maravilla|una joya|un lujo|buenisim[oa]s?|espectaculares?)\b", 1.5),
        # a promotion or offer announced
        (r"(?:esta|estan|lo tenemos|la tenemos|los tenemos|las tenemos|tenemos|hay) (?:ahora |hoy |este mes |esta semana )?(?:en oferta|en promocion|en promo|rebajad[oa]s?|"
         r"a mitad de precio|con (?:un )?(?:\d+ ?%|descuento))|(?:oferta|promocion|promo|precio) (?:especial|de lanzamiento|exclusiv[oa]|limitad[oa]|de temporada|"
         r"del mes|de la semana|de apertura|de introduccion)|tenemos (?:una |esta |la )?(?:oferta|promocion|promo) (?:de|para|que|en|con)|(?:vienen?|sale|salen) con "
         r"(?:garantia|instalacion|envio|un ano|dos anos|\d+)", 1.5),
        # recommending the product ("le recomiendo el modelo X", "es justo lo que necesita")
        (r"(?:le|te|les|os) (?:recomiendo|recomendaria|sugiero|sugeriria|aconsejo|propongo) (?:\w+ )?(?:el|la|los|las|nuestr\w+|este|esta|estos|estas|"
         r"que (?:se lleve|se la lleve|se lo lleve|te lleves|compre|compres|contrate|contrates|elija|elijas|adquiera|opte))\b|"
         r"lo que (?:usted |ustedes |tu |vos )?necesitan? es (?:nuestr[oa]|el |la |este |esta |un |una )|"
         r"es (?:justo|exactamente|precisamente|justamente) lo que (?:usted |ustedes )?(?:necesitan?|buscan?|necesitas|buscas)|"
         r"(?:ideal|perfect[oa]|pensad[oa]|hech[oa]) (?:para usted|para ustedes|para ti|para vos|para su (?:negocio|empresa|caso|familia|casa|tienda|restaurante))|"
         r"la (?:solucion|opcion|eleccion) (?:perfecta|ideal)", 1.8),
        # presenting the offer
        (r"(?:le|te|les|os) (?:presento|vengo a presentar|quiero presentar|quisiera presentar)|(?:permitame|dejeme|dejame|permiteme|deja que te|deje que le) "
         r"(?:presentarle|mostrarle|ensenarle|contarle sobre|hablarle de|presentarte|mostrarte|ensenarte|contarte sobre|hablarte de|presentarles|mostrarles)|"
         r"(?:aqui|aca) (?:tiene|tenes|tienes|le dejo|te dejo) (?:el|la|nuestro|nuestra) (?:catalogo|folleto|ficha tecnica|lista de precios|brochure)|"
         r"con (?:nuestr[oa]|el|la|este|esta) (?:[\w-]+ ){0,2}(?:plan|paquete|tarjeta|membresia|suscripcion|cuenta|seguro|servicio|modelo|sistema|programa) "
         r"(?:usted |ustedes )?(?:tiene|tenes|tienes|obtiene|obtenes|obtienes|recibe|recibis|recibes|consigue|accede|se lleva|te llevas|ahorra|ahorras)", 1.5),
        # features and prices: hints
        (r"\b(?:caracteristicas|prestaciones|especificaciones|funcionalidades|ventajas|beneficios)\b|garantia de (?:\d+|un|dos|tres|cinco|diez)|"
         r"(?:\d+|dos|tres|cinco|diez) anos de garantia|\b\d+ (?:megas|gb|tb|litros|kilos|kg|watts|w|caballos|hp|cv|pulgadas|mah|megapixeles|mpx)\b|"
         r"(?:solo|solamente|apenas|tan solo) (?:cuesta|sale|vale)|(?:cuesta|sale|vale) (?:solo|solamente|apenas|tan solo)|por (?:solo|apenas|tan solo) \d+|"
         r"(?:le|te) (?:muestro|enseno) (?:el|la|nuestro|nuestra|como funciona)", 1.0),
    ],
    "pressure": [
        # deadlines and scarcity
        (r"(?<!llega )(?<!cubre )(?<!cobra )(?<!cobramos )(?<!factura )\b(?:solo|solamente|unicamente|valid[oa]|vigente) (?:hasta|por) (?:hoy|manana|esta noche|el " + _DAYS + r"|" + _DAYS + r"|fin de mes|final de mes|"
         r"esta semana|el fin de semana|las \d+|medianoche)|\b(?:hoy|esta semana|este fin de semana) (?:solamente|nada mas|nomas|unicamente)\b|"
         r"(?:la oferta|el precio|la promocion|la promo|el descuento|la tarifa|el precio especial|esta oferta|este precio)\b[^.?!]{0,25}\b"
         r"(?:termina|vence|acaba|se acaba|caduca|expira|finaliza|dura|vale|es valid[oa]|sube|se va)\b[^.?!]{0,20}\b(?:hoy|manana|esta noche|" + _DAYS +
         r"|fin de mes|esta semana|pronto|medianoche|a las)|"
         r"\b(?:ultimas|ultimos) (?:unidades|plazas|lugares|cupos|entradas|habitaciones|dias de la oferta|horas)|\bultima oportunidad\b|"
         r"\b(?:(?:quedan|me quedan|nos quedan) (?:solo |solamente |nada mas |apenas )?|tenemos (?:solo|solamente|nada mas|apenas) |(?<=\bsolo )tenemos |(?:solamente|apenas) tenemos )(?:pocas|pocos|dos|tres|cuatro|cinco|\d+|un par de) "
         r"(?:unidades|plazas|lugares|cupos|entradas|habitaciones|cuartos|turnos|mesas|asientos|lotes|equipos)\b(?! (?:libres|disponibles) (?:el|para el|la) )|"
         r"\b(?:antes de que|que no) se (?:agote|agoten|acabe|acaben|termine|terminen)|se (?:estan )?(?:agotando|acabando)|se venden como pan caliente|"
         r"\bvuelan\b|no se (?:lo|la) (?:pierda|pierdan)|no te (?:lo|la) (?:pierdas|perdas)|no (?:deje|dejes|dejen) pasar (?:esta|la|esa)|"
         r"ahora o nunca|(?:se|te) (?:va|vas) a arrepentir|(?:despues|luego) no (?:se queje|te quejes|digas|diga)|"
         r"(?:el|los) precios? (?:sube|suben|va a subir|van a subir)\b|(?:no )?(?:le|te) puedo (?:guardar|mantener|sostener|respetar) (?:el|este|ese) (?:precio|descuento|lugar|turno) "
         r"(?:mucho|mas|despues|hasta)", 2.5),
        # deciding now
        (r"(?<!no )(?<!no lo )(?<!no la )(?<!no los )(?<!no las )(?<!que )(?<!si )(?<!cuando )\b(?:firme|firma|firmemos|firmamos|decida|decidase|decidite|decidete|decide|decidan|cierre|cerremos|cerramos|compre|"
         r"contrate|contratemos|llevelo|llevela|lleveselo|llevesela|llevatelo|llevatela|llevalo|llevala|reservelo|aproveche|aprovecha|aprovecha)(?: (?:lo|la|usted|ya))?"
         r" (?:hoy(?: mismo)?|ahora(?: mismo)?|ya mismo|ahorita|en este momento|de una vez|ya)\b|"
         r"(?<!no )\b(?:tiene|tienes|tenes|tienen|debe|debes|deberia|deberias|necesita|hay) (?:que )?(?:decidir|firmar|cerrar|comprar|contratar|decidirse|decidirlo)(?:lo|la)? "
         r"(?:hoy|ya|ahora|en este momento|cuanto antes)|necesito (?:una respuesta|su firma|tu firma|la firma|que firme|que firmes|que me confirme|que decida) (?:hoy|ahora|ya)|"
         r"(?:que|que es lo que) (?:esta|estas|estan) esperando|que (?:hay|tiene|tienes) (?:que|para) pensar|no hay (?:nada )?(?:que|mucho que) pensar|"
         r"que (?:le|te|les) (?:impide|impediria|frena|frenaria) (?:firmar|comprar|contratar|decidirse|decidirte|cerrar|abrir|llevarse|llevarlo|llevarla|pasarse|cambiarse)|"
         r"que (?:haria|hace|haga|hara|haria) falta para que (?:firme|firmes|firmemos|cerremos|me compre|nos compre|contrate|se decida|te decidas)\b|"
         r"que tendria que pasar para que (?:firme|firmes|cerremos|contrate|nos compre)\b|(?<!no )(?<!sin )para (?:firmar|cerrar|decidir|contratar|comprar)(?:lo|la)? (?:hoy(?: mismo)?|ahora(?: mismo)?|ya mismo|ahorita)\b|firme aqui|firma aca|firma aqui|solo (?:tiene|tenes|tienes) que firmar", 2.5),
        # social proof
        (r"\b(?:todos|todas) (?:sus|tus) (?:vecinos|competidores|colegas|amigos|competencia|conocidos)|(?:todo el mundo|todos|toda la cuadra|todo el barrio|todo el edificio|"
         r"la mayoria de (?:sus|tus) (?:vecinos|competidores|colegas)|sus vecinos|tus vecinos|su competencia|tu competencia)\b[^.?!]{0,30}\b(?:ya )?"
         r"(?:se (?:cambiaron|cambio|han cambiado|pasaron|paso|han pasado)|contrataron|compraron|lo tienen|lo usan|lo estan (?:comprando|usando)|se lo llevaron|ha contratado|han contratado|firmaron|lo compro)|"
         r"(?:miles|cientos|millones) de (?:clientes|personas|familias|empresas) no pueden estar equivocad|otro cliente (?:esta interesado|lo quiere|pregunto por|la quiere)|"
         r"(?:lo|la) (?:tengo|tenemos) (?:apartad[oa]|reservad[oa]) (?:para|por) otro cliente", 2.5),
        # the alternative close: "¿con tarjeta o en efectivo?", "¿le pongo uno o dos?"
        (r"\b(?:con|por) tarjeta o (?:en )?(?:efectivo|transferencia|contado|debito)|(?:en )?efectivo o (?:con )?(?:tarjeta|debito|credito|transferencia)|"
         r"(?:le|te) (?:pongo|anoto|apunto|reservo|preparo|mando|envuelvo) (?:uno|una|dos) o (?:dos|tres)|"
         r"(?:lo|la) (?:quiere|queres|quieres|prefiere|prefieres|preferis) (?:en|de) (?:\w+ )?o (?:en|de) \w+ (?:para )?(?:hoy|manana)", 2.5),
        # a nudge ("anímese", "ándele", "dale, llévalo")
        (r"\b(?:animese|animate|animense|andele|andale|dale,? (?:llevalo|llevatelo|firma|decidite))\b", 1.0),
    ],
    "discount": [
        (r"(?<!no )(?<!nunca )\b(?:le|te|les|os|se lo|se la|te lo|te la|se los|se las) (?:\w+ )?(?:puedo |podemos |podria |podriamos |voy a |vamos a |quiero |pienso )?"
         r"(?:hacer|dejar|dar|aplicar|ofrecer|conseguir|hago|dejo|doy|aplico|ofrezco|consigo|hacemos|dejamos|damos|aplicamos|ofrecemos|respeto|mejoro|mejoramos|pongo)"
         r"(?:le|te|les)? (?:un |una |el |la |este |ese |del |de )?(?:\w+ )?(?:descuento|rebaja|precio especial|mejor precio|precio preferencial|bonificacion|precio de amigo|"
         r"\d+ ?(?:%|por ciento)|rebajita|descuentito|precio de mayorista|tarifa especial|(?:\w+ ){0,3}(?:gratis|sin costo|sin cargo|bonificad[oa]s?|de regalo))", 2.5),
        (r"(?:\d+|cinco|diez|quince|veinte|treinta|cuarenta|cincuenta) ?(?:%|por ciento) (?:de descuento|de rebaja|off|de bonificacion|menos (?:en el precio|en la cuota|sobre el precio|de lo que))|"
         r"(?<!no )(?:se lo|se la|te lo|te la|se los|se las) (?:dejo|dejamos|puedo dejar|podemos dejar) (?:en|a|por) (?:\d|solo|nada mas|menos)", 2.5),
        (r"(?<!no )(?<!no le )(?<!no te )(?<!no puedo )(?<!no podemos )(?<!busca )(?<!buscan )(?<!quiere )(?<!quieren )(?<!necesita )(?<!necesitan )(?<!es )(?<!poder )\b(?:bajar|rebajar|mejorar|ajustar|igualar|reducir|recortar)(?:le|te|les)? (?:un poco |algo )?"
         r"(?:el|su|ese|la|nuestro|nuestra|esa|tu|este|esta) (?:precio|oferta|tarifa|cotizacion|presupuesto|cuota|mensualidad|costo|coste)|"
         r"(?<!no )(?:le|te|les) (?:bajo|rebajo|mejoro|igualo|ajusto) (?:el|la|su|tu) (?:precio|oferta|tarifa|cotizacion|presupuesto|cuota)|"
         r"igualamos (?:el|su|cualquier) precio|(?:le|te) igualo (?:el|su|cualquier) precio", 2.5),
        (r"(?<!no es )(?<!no son )(?<!nada es )\b(?:de regalo|de yapa|la yapa|"
         r"de napa|la napa|bonificad[oa]s?|por cuenta de la casa|invita la casa)\b|(?:le|te|les) (?:regalo|regalamos|obsequio|obsequiamos|incluyo gratis|incluimos gratis)\b|"
         r"(?:un|dos|tres|el primer|los primeros \w+) (?:mes|meses|ano) (?:gratis|sin costo|de regalo|bonificad)|\b(?:2x1|3x2|dos por uno|tres por dos)\b|"
         r"(?:a )?(?:mitad|medio) (?:de )?precio|(?:le|te|les) (?:\w+ ){0,3}(?:gratis|sin costo|sin cargo)(?: adicional)? (?:si|para que|por|como)\b|sin (?:cobrarle|cobrarte|cobrar) (?:el|la|los|las)|(?:le|te) (?:quito|perdono|condono|descuento|absorbo) (?:el|la|los|las) "
         r"(?:cargo|costo|coste|envio|instalacion|comision|cuota|matricula|recargo|intereses)", 2.5),
        (r"\b(?:gratis|gratuit[oa]s?|sin (?:costo|coste|cargo) (?:adicional|extra|alguno)|sin cargo|envio gratis|instalacion gratis|sin intereses)\b", 1.0),
        (r"\b(?:descuentos?|rebajas?|rebajad[oa]s?|descontad[oa]s?|promocion especial)\b", 1.0),
    ],
    "argument": [
        (r"(?:eso|esto) no es (?:asi|cierto|verdad|correcto|exacto)|(?:^|[.,;!] ?)no es (?:asi|cierto|verdad)\b|(?:usted|tu|vos) (?:esta|estas) equivocad[oa]|"
         r"\b(?:se|te) equivoca(?:s)?\b|(?:eso|esto) es (?:mentira|falso|imposible|absurdo|exagerado|una exageracion)|(?:esta|estas|estan) exagerando|"
         r"no (?:es|fue) (?:mi|nuestra|nuestro) (?:culpa|responsabilidad|problema|error)|\b(?:es|fue) (?:su|tu) (?:culpa|error|responsabilidad|problema)|"
         r"la culpa (?:es|fue) (?:suya|tuya|de usted|de ustedes|del cliente)|(?:usted|tu|vos|ustedes) (?:lo |la )?(?:instalo|instalaron|uso|usaron|conecto|configuro|armo|lavo|cargo) mal|"
         r"(?:lo|la) (?:habra|habran|debio|debe haber|debe de haber|tuvo que haber|habras) (?:instalado|usado|conectado|configurado|armado|roto|golpeado|dejado caer|mojado) "
         r"(?:mal|usted|ustedes|incorrectamente)?|(?:seguro|seguramente|probablemente) (?:lo |la )?(?:uso|usaron|instalo|instalaron|conecto|rompio|golpeo|mojo|tiro)\b", 2.5),
        (r"(?:lea|lee|lealo|leelo|revise|revisa|mire|fijese|fijate) (?:bien )?(?:el contrato|las condiciones|los terminos|la letra (?:chica|pequena|menuda)|el manual|las instrucciones|"
         r"la garantia|la poliza|las bases)|(?:esta|estaba|viene|figura|aparece|sale) (?:escrito |clarito |bien claro )?(?:en|dentro de) (?:el contrato|las condiciones|los terminos|"
         r"la letra (?:chica|pequena|menuda)|el manual|la poliza|las bases|la web|la pagina)(?![,，]? ?pero (?:nadie|no se lo|no te lo|no le|nunca))|"
         r"(?:usted|tu|vos|ustedes) (?:firmo|firmaste|firmaron|acepto|aceptaste|aceptaron) "
         r"(?:el contrato|las condiciones|los terminos|eso)|si (?:hubiera|hubiese|hubieras|hubieses|hubieran) (?:leido|revisado|seguido|llamado|leido bien)|"
         r"(?:debio|debiste|debieron|tendria que|tendrias que|tendrian que|deberia|deberias|deberian) (?:haber(?:lo)? )?(?:leer|leido|revisar|revisado|fijarse|fijado|preguntar|preguntado|llamar antes)|"
         r"la proxima vez (?:lea|lee|revise|revisa|fijese|fijate|llame antes|pregunte|pida|haga)|(?:es|son) (?:la |las )?politicas? de la (?:empresa|compania|casa|tienda)|"
         r"(?:es|son) (?:la |las )?(?:norma|normas|politica|regla|reglas|reglamento) (?:de la empresa|de la compania|interna|internas)|politica de la empresa|"
         r"(?:asi|esas) son las (?:reglas|normas)|las reglas son las reglas|(?:yo )?no (?:pongo|hago|invente|invento|escribo|escribi) las (?:reglas|normas|politicas)|"
         r"(?:eso|esto) no (?:es|corresponde a) (?:mi|nuestro|nuestra) (?:departamento|area|sector|tema|trabajo|responsabilidad|competencia)|(?:eso|esto) no me (?:corresponde|compete|toca)|"
         r"no es (?:mi|nuestro) (?:departamento|area|sector|tema)|eso no es conmigo|eso lo (?:ve|maneja|lleva|gestiona) otro (?:departamento|sector|area)|"
         r"(?:tiene|tienes|tenes|tendra|tendras|va a tener) que (?:llamar|hablar|ir|escribir|reclamar|dirigirse|dirigirte) (?:a|con|al) (?:otro (?:departamento|sector|numero)|otra area|el fabricante|la marca|"
         r"atencion al cliente|la central|el servicio tecnico oficial)|con todo (?:el )?respeto\b|(?:todo el mundo|todos|todos los clientes) (?:dice|dicen) (?:eso|lo mismo)|eso dicen todos|"
         r"(?:los demas|todos los demas|el resto de los|otros) clientes (?:estan|quedan|estan muy) (?:contentos|conformes|satisfechos|felices)|nadie (?:mas|mas se ha|mas se) (?:se )?(?:ha quejado|quejo|se queja|ha reclamado|reclamo)|"
         r"ningun otro cliente (?:se ha quejado|se quejo|ha tenido|tuvo)|(?:eso|esto) (?:nunca|jamas) (?:pasa|ha pasado|nos ha pasado|nos pasa|falla|se rompe)|(?:nuestro|nuestra|nuestros|nuestras) "
         r"(?:producto|productos|equipo|equipos|sistema|maquina|servicio|tecnicos|repartidores) (?:nunca|jamas|no) (?:falla|fallan|se rompe|se rompen|se equivoca|se equivocan|llega tarde|llegan tarde)|"
         r"no hay nada (?:mal|malo) con (?:el|la|nuestro|nuestra)|(?<!no )(?:es|son|fue) (?:un )?(?:mal uso|uso indebido|error (?:del|de) usuario|error suyo|error tuyo)|"
         r"yo solo (?:le|te) digo lo que (?:dice|aparece en|sale en|figura en) el sistema|(?:eso|esto) no tiene nada que ver con(?:migo| nosotros| la empresa)|"
         r"no (?:puedo|podemos) hacer nada(?! mas (?:hoy|por ahora))|no hay nada que (?:yo )?(?:pueda|podamos) hacer|(?:lo toma|lo tomas) o (?:lo )?(?:deja|dejas)|es lo que hay\b|"
         r"(?:esta|estas) (?:seguro|segura) de que (?:lo |la )?(?:enchufo|enchufaste|conecto|conectaste|instalo|instalaste|leyo|leiste|siguio|seguiste|escribio|escribiste|ingreso|ingresaste|puso|pusiste)|"
         r"(?:^|[.!] )no,? (?:mire|mira|en realidad|de hecho|perdone|perdon),? (?:eso|usted|tu|vos|nuestr|el producto|nosotros|no es|se equivoca|esta equivocad)|"
         r"(?:usted|tu|vos|ustedes) (?:no )?(?:leyo|leiste|leyeron|reviso|revisaste) (?:bien )?(?:el contrato|las condiciones|los terminos|el manual)", 2.5),
        # telling the customer to calm down (also rudeness)
        (r"\b(?:calmese|calmate|calmense|tranquilicese|tranquilizate|tranquilizese|relajese|relajate)\b|no (?:se|te) (?:altere|alteres|alteren|ponga asi|pongas asi|ponga nervios|pongas nervios)|"
         r"no hace falta (?:gritar|levantar la voz|ponerse asi|enojarse|alterarse)|no (?:me )?(?:grite|grites|gritan|levante la voz|levantes la voz)", 2.5),
    ],
    "empathy": [
        (r"(?<!no )(?<!no le )(?<!no te )(?<!no lo )\b(?:lo |la |le |te |les |los )?(?:entiendo|comprendo|entendemos|comprendemos)\b(?! (?:que (?:me )?(?:dice|dices|quiere|pregunta)|bien (?:su|tu) pregunta|la pregunta))|"
         r"me hago cargo|me (?:lo )?imagino|(?:me )?puedo imaginar|(?:que|como) (?:me )?imagino|(?:debe|deben|tiene que|ha de|habra) (?:de )?(?:ser|haber sido|estar siendo) (?:muy |bastante |realmente |super |re |tan )?"
         r"(?:frustrante|molesto|agotador|estresante|dificil|duro|preocupante|complicado|desesperante|un fastidio|una pesadilla|un dolor de cabeza|incomodo|angustiante|horrible|terrible|pesado|cansador|un lio|un problema)|"
         r"\bque (?:frustracion|frustrante|rabia|pesadilla|fastidio|horror|lata|bronca|embole|mala suerte|mal rato|susto|angustia|situacion tan|faena|lio|impotencia)\b|que pena (?:lo que|que (?:le|te|les)|escuchar)|"
         r"(?:es|resulta) (?:totalmente |completamente |perfectamente |muy |super |re )?(?:comprensible|entendible|logico|normal|natural) (?:que (?:se sienta|este|estes|le|te|les|usted|tenga|tengas|quiera|quieras|dude|dudes|se preocupe|te preocupes|se moleste|te moleste)|"
         r"(?:su|tu) (?:molestia|enojo|preocupacion|frustracion|malestar|reaccion|duda|dudas)|sentirse asi)|(?:tiene|tienes|tenes|tienen) (?:toda la )?razon|con (?:toda la )?razon\b|"
         r"\b(?:buena|excelente|muy buena) pregunta|buen punto|(?:es|son) (?:un|una) (?:punto|preocupacion|duda|pregunta|inquietud) (?:muy )?(?:valid[oa]|legitim[oa]|razonable|logic[oa]|justa|importante)|"
         r"(?:lamento|lamentamos|siento|sentimos) (?:mucho )?(?:escuchar|oir|saber|leer) (?:eso|que|lo)|en su lugar (?:yo )?(?:tambien )?(?:estaria|me sentiria)|en tu lugar (?:yo )?(?:tambien )?(?:estaria|me sentiria)|"
         r"yo (?:tambien )?(?:estaria|me sentiria) (?:igual|asi)|a cualquiera (?:le )?(?:molestaria|preocuparia|pasaria|frustraria|enojaria)|cualquiera (?:estaria|se sentiria) (?:igual|asi|molest)|"
         r"gracias por (?:contarme|contarmelo|explicarme|explicarmelo|decirmelo|decirme|avisarnos|avisarme|su paciencia|tu paciencia|la paciencia|compartir|esperar|su sinceridad|tu sinceridad|"
         r"la confianza|su confianza|ser tan|su honestidad|tu honestidad|plantearlo|comentarlo|comentarmelo)|(?:tomese|tomate|tomense) (?:su |tu |el |todo el )?tiempo|"
         r"me pongo en (?:su|tu) lugar|me pongo en (?:sus|tus) zapatos|veo que (?:esta|estas|estan|le|te|les) (?:\w+ )?(?:preocupad|molest|frustrad|cansad|afecta|preocupa|molesta|pesa|agobia)|"
         r"(?:^|[.!,] )(?:ay,? )?que mal(?: rato| momento| trago)?(?=[.,!]|$)|ya veo (?:que|lo) (?:dificil|complicado|molesto|frustrante)|es normal sentirse|no es para menos|"
         r"(?:su|tu) (?:preocupacion|molestia|frustracion|enojo) (?:es|esta) (?:totalmente |muy |mas que )?(?:justificad|comprensible|entendible)", 2.0),
    ],
    "paraphrase": [
        (r"o sea(?:,)? que\b|(?:^|[.!?;:] ?¿?)(?:o sea|osea),? (?:usted|ustedes|tu|vos|lo que|su|sus|tus|le|te|les|el tema|el problema|la idea|lo principal|para usted|para ti)\b|"
         r"si (?:le |te |les |lo |la )?(?:entendi|entiendo|he entendido|comprendi|estoy entendiendo) bien|si no (?:me equivoco|entendi mal|le entendi mal|te entendi mal)|"
         r"(?:corrijame|corregime|corrigeme|corrijanme) si (?:me equivoco|estoy equivocad|no es asi)|(?:lo |le |te )?(?:entendi|he entendido) bien\?|"
         r"a ver si (?:lo |le |te )?(?:entendi|entiendo|he entendido|comprendi)|(?:dejeme|dejame|permitame|permiteme|quisiera|quiero|me gustaria|voy a) (?:ver si (?:lo |le |te )?entendi|"
         r"confirmar (?:si|que) (?:lo |le |te )?entendi|resumir|repasar lo que|recapitular|asegurarme de (?:que )?(?:lo |le |te )?(?:entendi|entiendo|haber entendido))|"
         r"para (?:asegurarme|confirmar|estar segur[oa]) (?:de )?(?:que )?(?:lo |le |te )?(?:entendi|entiendo|he entendido|comprendi)|"
         r"\b(?:resumiendo|en resumen|recapitulando|en pocas palabras|en otras palabras|dicho de otro modo|dicho de otra (?:forma|manera)|para resumir|si lo resumo)\b|"
         r"lo que (?:usted |ustedes |tu |vos )?(?:me )?(?:esta|estas|estan) (?:diciendo|contando|planteando|pidiendo|buscando) es|lo que (?:me )?(?:dice|dices|decis|plantea|cuenta|cuentas|contas) es|"
         r"(?:usted|tu|vos|ustedes) (?:me )?(?:esta diciendo|estas diciendo|dice|dices|decis|dicen) que|(?:me )?(?:dijo|dijiste|comento|comentaste|conto|contaste|menciono|mencionaste|explico|explicaste|"
         r"ha dicho|has dicho|ha comentado|has comentado) que|por lo que (?:me )?(?:dice|dices|decis|cuenta|cuentas|contas|comenta|comentas|entiendo)|segun (?:lo que )?(?:me )?(?:dice|cuenta|comenta|entiendo)|"
         r"suena (?:a|como) que|(?:si|por lo que) (?:le |te )?escucho(?: bien)?|(?:es|seria) (?:asi|correcto),? (?:o )?(?:me equivoco|no)?\?|estoy en lo cierto|(?:lo|le|te) (?:entendi|capte|capto) bien|"
         r"me equivoco\?|he entendido bien|lo he captado bien", 2.5),
        # reflections: statements that mirror the customer's meaning or feeling ("Le preocupa que…", "Está cansado de…")
        (r"(?:^|(?<=[.!;] )|(?<=, ))(?:(?:entonces|o sea|osea|asi que|bueno|claro|ya veo|ya|entiendo|a ver|ah|mmm|y|pues),? )*(?:(?:a usted|a ti|a vos|a ustedes|para usted|para ti|para vos),? )?"
         r"(?:le|te|les) " + _ITCONCERNS + r"\b(?! (?:algo|alguna|algun|otra|otro|mas)\b)(?![^.!?]*\?)", 2.5),
        (r"(?:^|(?<=[.!;] )|(?<=, ))(?:(?:entonces|o sea|osea|asi que|bueno|claro|ya veo|ya|entiendo|a ver|ah|mmm|y|pues),? )*(?:usted |ustedes |tu |vos )?"
         r"(?:esta|estas|estan|anda|andas|andan|se siente|se sienten|te sientes|te sentis|siente|sientes|sentis|sienten|se nota que esta|se le nota) (?:muy |bastante |un poco |algo |realmente |re |super |medio |tan )?"
         r"(?:" + _FEEL + r"|que\b|cansad[oa]s? de|entre)(?![^.!?]*\?)", 2.5),
        (r"lo que (?:mas )?(?:le|te|les) " + _ITCONCERNS + r" es\b|lo que (?:usted |ustedes |tu |vos )?(?:busca|buscan|buscas|necesita|necesitan|necesitas|quiere|quieren|queres|quieres|valora|valoran|espera|esperan) (?:de verdad |realmente |en el fondo )?es\b|"
         r"(?:para usted|para ti|para vos|para ustedes),? lo (?:mas )?(?:importante|principal|que cuenta|que importa|que pesa|prioritario)|(?:lo que )?(?:le|te|les) (?:importa|preocupa) mas (?:es )?(?:el|la|que|no)\b(?![^.!?]*\?)|"
         r"(?:el|la|lo|los|las) (?:\w+ ){1,5}(?:le|te|les|lo|la|los|las) (?:esta|estan) (?:pesando|preocupando|afectando|costando|molestando|superando|frustrando|quitando|agobiando|desbordando)|"
         r"(?:^|(?<=[.!;] ))(?:(?:entonces|o sea|osea|asi que),? )?es (?:un|una) (?:decision|cambio|paso|golpe|carga|situacion|momento|proceso|tema|inversion|responsabilidad) (?:\w+ )?"
         r"(?:grande|dificil|duro|dura|importante|complicad[oa]|pesad[oa]|agotador[a]?|frustrante|desgastante|delicad[oa]|fuerte)(?![^.!?]*\?)|"
         r"(?:^|(?<=[.!;] ))(?:entonces|asi que|o sea),? (?:lo que (?:pasa|ocurre) es|el (?:problema|tema|punto|asunto) (?:real |principal |de fondo )?es|la (?:prioridad|preocupacion|idea|clave) (?:real |principal )?es|lo (?:clave|importante|principal|urgente|que (?:mas )?(?:le|te|les) (?:preocupa|importa|duele)) (?:para (?:usted|ti|vos|ustedes) )?es)", 2.5),
        # "Entonces usted necesita…", "Entonces, su mamá necesita una cama articulada, ¿verdad?"
        (r"(?:^|(?<=[.!?;] )|(?<=¿))¿?(?:entonces|asi que|o sea)\b,? ¿?(?:usted|ustedes|tu|vos|su|sus|tu|tus|el tema|el problema|lo importante|lo principal)\b", 2.0),
        (r"(?:^|(?<=[.!?;] )|(?<=¿))¿?(?:entonces|asi que)\b,? ¿?(?:es|son|seria|serian|lo que|la idea|el tema|el problema|no|necesita|necesitan|busca|buscan|quiere|quieren|prefiere|prefieren|tiene|tienen)\b", 1.0),
        (r"(?:, ?|¿)(?:verdad|cierto|no es asi|no es cierto|correcto|no)\?", 1.0),
    ],
    "hypothesis": [
        # "Si pudiéramos entregar el viernes, ¿le serviría?"
        (r"(?<!sabe )(?<!saber )(?<!sabes )(?<!pregunto )(?<!preguntar )(?<!decirme )(?<!decime )(?<!ver )(?<!veo )(?<!confirmar )(?<!confirmarme )\bsi\b[^.?!]{3,140}?\b" + _COND + r"\b[^.!?]*\?", 3.0),
        (r"(?<!sabe )(?<!saber )(?<!ver )\bsi (?:le |te |les |os |se lo |se la |nosotros |yo |usted |ustedes )?(?:\w+(?:amos|emos|imos)|consigo|logro|puedo|bajo|doy|dejo|incluyo|garantizo|mejoro|ofrezco|"
         r"agrego|sumo|resuelvo|soluciono|entrego|instalo|cambio|pongo|hago)\b[^.?!]{0,100}?\b(?:le|te|les|os|eso|esto|usted|ustedes|tu|vos)? ?(?:sirve|servira|convence|convencera|interesa|soluciona|resuelve|"
         r"funciona|alcanza|basta|compensa|cambia algo|cambia|ayuda|decide|decidis|decides|firma|firmas|avanzamos|seguimos|cerramos|compra|compras|contrata|contratas|vale la pena|queda tranquil[oa]|"
         r"quedaria tranquil[oa]|sirva)\b[^.!?]*\?", 3.0),
        (r"\b(?:supongamos|suponga|supon|suponete|pongamos|pongamos por caso|imaginemos|imagine|imaginese|imaginate|imagina|digamos|hagamos de cuenta|hipoteticamente|en el supuesto de|"
         r"en el caso (?:hipotetico )?de)\b(?: que| por un momento que| por un momento)?[^?]{3,160}?\b(?:" + _COND + r"|le sirve|te sirve|le convence|te convence|cambia algo|seguiria)\b[^.!?]*\?", 3.0),
        (r"\b(?:" + _COND + r")\b[^.?!]{0,60}?\bsi (?:le |te |les |nosotros |usted |ustedes )?(?:pudieramos|pudiera|pudiese|\w+(?:aramos|ieramos|asemos|iesemos)|\w+(?:amos|emos|imos)|"
         r"incluyo|bajo|dejo|doy|ofrezco|garantizo|agrego|hubiera|tuviera|fuera|costara|costase|saliera)\b[^.!?]*\?", 3.0),
        (r"(?:^|[.!?] |¿)¿?y si (?:le |te |les |nosotros |yo )?(?:pudieramos|pudiera|\w+(?:amos|emos|imos)|\w+(?:aramos|ieramos)|incluyo|bajo|dejo|doy|ofrezco|garantizo|agrego|pongo)\b[^.!?]*\?", 3.0),
        (r"\b(?:que (?:tal|pasaria|diria|dirias|dirian) si|que (?:le|te|les) pareceria si|en caso de que|siempre y cuando|a condicion de que)\b[^.!?]*\?", 2.0),
    ],
    "counter_question": [
        (r"(?<!lo )(?<!la )(?<!el )\bque (?:es lo que |cosa )?(?:exactamente |especificamente |en concreto |concretamente |mas |en particular |puntualmente )?(?:le|te|les|os) "
         r"(?:preocupa|preocupan|inquieta|frena|frenan|detiene|hace dudar|genera dudas|genera desconfianza|da desconfianza|molesta|echa para atras|tira para atras|impide|"
         r"hace ruido|hace falta para (?:decidir|sentirse|estar|animarse|animarte|dar el paso)|falta para (?:decidir|decidirse|decidirte|dar el paso|animarse|animarte|sentirse|estar)|"
         r"haria (?:cambiar de (?:opinion|idea)|sentir (?:mas )?(?:seguro|segura|tranquil|comod))|convenceria|daria (?:mas )?(?:tranquilidad|confianza|seguridad))\b", 3.0),
        (r"\bque (?:necesitaria|necesitarias|necesitarian|tendria que|tendrias que|haria falta|deberia|deberiamos) (?:ver|saber|tener|cambiar|pasar|incluir|ofrecerle|ofrecerte|mejorar) "
         r"(?:\w+ ){0,3}para (?:que (?:usted |ustedes |tu |vos )?(?:se |te |le |les )?(?:decid|anim|sient|qued|conv|firm|compr|contrat|elij|d[ea] el paso|avanc)\w*|decidir|decidirse|sentirse|estar|animarse|dar el paso|quedarse tranquil)|que (?:haria|hara) que (?:valga|valiera|le convenga|te convenga|le convenza|te convenza|"
         r"le convenciera|te cierre|le cierre)|(?:que|cual) (?:es|seria) (?:para usted |para ti |para vos )?(?:un precio|una cuota|un monto|una tarifa|una inversion) (?:justo|justa|razonable|aceptable|comodo|comoda)|"
         r"cuanto (?:le|te) (?:pareceria|parece|resultaria) (?:justo|razonable|aceptable)|que (?:consideraria|considerarias|considera|consideras) (?:justo|razonable|un buen precio|aceptable)|"
         r"(?:caro|cara|costoso|lento|complicado|arriesgado|mucho) (?:comparado|en comparacion|respecto|con respecto|en relacion) (?:con|a) (?:que|cual)|"
         r"(?:cual|que) es (?:su|tu|la) (?:mayor|principal|verdadera|real) (?:duda|preocupacion|reserva|inquietud|objecion|traba|pega|barrera|resistencia)|"
         r"(?:que|cuales) (?:dudas|reservas|preocupaciones|inquietudes|objeciones) (?:tiene|tienes|tenes|le quedan|te quedan|le surgen|tienen|le genera|te genera)|"
         r"que (?:parte|aspecto|punto) (?:exactamente |en concreto )?(?:le|te) (?:preocupa|genera|convence menos|hace dudar|cuesta|frena|molesta|no convence|no cierra|no termina de)|"
         r"(?:que|cual) es lo que no (?:le|te|les) (?:convence|cierra|termina de convencer|gusta)|(?<!lo )(?<!algo )que no (?:le|te|les) (?:convence|cierra|termina de (?:convencer|cerrar|gustar))|"
         r"que (?:es lo que )?(?:quiere|quisiera|querria|necesita|le gustaria|te gustaria|queres|quieres) (?:pensar|revisar|consultar|analizar|madurar|evaluar)(?:lo|se)?\b[^.!]*\?|"
         r"que (?:puntos|aspectos|partes|cosas|temas) (?:quiere|le gustaria|te gustaria|necesita|queres|quieres) (?:pensar|revisar|consultar|analizar|evaluar)|"
         r"con quien (?:lo |la )?(?:quiere|necesita|tiene que|queres|tenes que|va a) (?:consultar|hablar|pensar|revisar)", 3.0),
        (r"\bhay algo (?:mas )?(?:detras|de fondo|por debajo|que (?:le|te|les) (?:preocupe|frene|haga dudar|incomode|genere dudas|moleste|impida)|que no (?:le|te) (?:convenza|cierre|guste|termine))|"
         r"(?:es|seria) (?:algo|otra cosa) (?:mas|aparte|ademas) (?:del|que el) (?:precio|tiempo|costo|tema)|"
         r"\bes (?:mas |solo |solamente )?(?:por )?(?:el precio|el tema|la cuota|el costo|el coste|el momento|el plazo|que|porque|una cuestion|un tema|falta de|desconfianza|miedo|"
         r"el presupuesto|la marca|la plata|el dinero|la confianza|la experiencia)\b[^.?!]{3,80}?,? o (?:es |mas |hay |algo |que |por |tiene|el |la |lo |porque )[^.!]*\?", 3.0),
    ],
    "transformation": [
        (r"\b(?:justamente|precisamente|justo|exactamente|es) por eso (?:mismo )?(?:que )?(?:le|te|les|nuestr|este|esta|el|la|lo|se|vale|conviene|hicimos|creamos|disenamos|ofrecemos|tenemos|existe|es|lo|recomiendo|"
         r"se lo|vale la pena|tiene sentido|le sirve|le conviene)|por eso mismo\b|(?:esa|esta|eso) es (?:justamente|precisamente|exactamente|justo) (?:la razon|el motivo|lo que|por lo que|el punto|la idea|donde)|"
         r"(?:esa|esta) es (?:la|una) (?:mejor|principal|mayor|buena|gran|mejor) razon (?:para|de|por)|(?:eso|esto) (?:es|seria) (?:una|la) (?:mejor |principal |gran |buena )?razon (?:para|de) (?:probar|empezar|cambiar|hacerlo|contratar|elegir|avanzar)|"
         r"\b(?:justamente|precisamente|justo|sobre todo) porque (?:usted |ustedes |tu |vos )?(?:no (?:tiene|tienen|tenes|tienes)|esta|estan|estas|tiene|tienen|tenes|tienes|le|te|les|su|sus|tus|anda|andan|trabaja|trabajan)|"
         r"(?:como|ya que|dado que|puesto que|si) (?:usted |ustedes |tu |vos )?(?:esta|estan|estas|tiene|tienen|tenes|tienes|anda|andan|andas) (?:tan |muy |super |re )?(?:ocupad|apurad|con poco tiempo|sin tiempo|corto de|"
         r"justo de|ajustad|con el presupuesto|con la plata|con poca plata|con el agua al cuello|a full|tapad)\w*\b[^.?!]{0,80}?(?:esto|le |te |les |nuestro|este|esta|por eso|conviene|ahorra|sirve|justamente|precisamente)|"
         r"ahi (?:esta|es donde) (?:justamente|precisamente|la clave|el punto)|de eso se trata (?:justamente|precisamente)|"
         r"(?:eso|lo que dice|lo que me dice) (?:es|juega) (?:justamente |precisamente )?a favor", 3.0),
        (r"(?:le|te|les) (?:va|van) a (?:ahorrar|devolver|liberar|ganar) (?:tiempo|horas|plata|dinero|trabajo)|se paga sol[oa]", 1.0),
    ],
    "what_else": [
        (r"\balgo mas(?=\s*(?:[?.,!]|$|en que|que (?:quiera|quieras|quisiera|le|te|necesite|necesites|deba|debamos|deberia|deberiamos|podamos|pueda|tenga|tengamos|haya)|"
         r"(?:le|te|les) (?:preocupa|gustaria|interesa|inquieta|importa)|para (?:agregar|anadir|sumar)|importante|a tener en cuenta|de lo que|sobre|por))|"
         r"(?<!lo )(?<!el )(?<!la )(?<!los )(?<!las )\bque mas\b(?! da\b)(?! (?:barato|caro|grande|rapido|facil|que)\b)|\b(?:alguna|hay|algun|hay alguna) otra (?:cosa|cosita|duda|pregunta|consulta|inquietud|necesidad|preocupacion|idea|cuestion|prioridad|persona|area)|"
         r"\balgun otro (?:tema|punto|aspecto|requisito|detalle|asunto|comentario|criterio|factor|problema|objetivo|pendiente)|^¿?otra cosa\?|"
         r"\b(?:ademas|aparte|fuera|mas alla|sin contar|dejando de lado|independientemente) de(?:l)? (?:precio|eso|esto|lo|la|el|los|las|su|sus|tu|tus|que)\b[^.?!]{0,50}?,? ¿?(?:que|hay (?:algo|alguna|algun|otro|otra)|algo|cual|alguna|algun|como)\b|"
         r"\bme (?:olvide|olvido|deje|dejo|falto|falta|salte|estoy olvidando|estoy dejando) (?:de )?(?:algo|preguntar algo|alguna cosa|algun|alguna|preguntarle algo)|"
         r"\b(?:hay|queda) algo (?:que no (?:hayamos|hemos|haya|hayas) (?:visto|hablado|cubierto|tocado|mencionado|preguntado)|pendiente|sin (?:ver|hablar|resolver|cubrir|mencionar|aclarar))|"
         r"\balgo (?:que )?(?:quiera|quieras|quisiera|le gustaria|te gustaria|deberia|deba) (?:agregar|anadir|sumar|comentar|contarme|que sepamos|que sepa|mencionar)|"
         r"\bque otr[oa]s? (?:\w+ ){0,3}(?:debemos|deberiamos|deberia|quiere|quisiera|le gustaria|te gustaria|necesita|necesitas|necesitan|hay que|tenemos que|considera|considerar|le preocupa|te preocupa|"
         r"le importa|te importa|les importa|son importantes|es importante|valora|busca|espera)|\b(?:eso )?(?:es|seria|seria eso|es eso) todo\?|\b(?:seria|es) todo por (?:ahora|hoy)\?|"
         r"\b(?:hay|tiene|tienes|tenes) (?:alguna|algun|algo|otra|otro)(?: otra| otro)? (?:cosa|duda|pregunta|consulta|tema|punto) mas\b", 3.0),
    ],
    "apology": [
        (r"(?<!no )\b(?:lo|la) (?:siento|sentimos|lamento|lamentamos)\b|\b(?:siento|sentimos|lamento|lamentamos) (?:mucho|muchisimo|de verdad|profundamente|sinceramente|las molestias|el (?:error|retraso|inconveniente|malentendido)|"
         r"la (?:demora|espera|confusion|situacion|molestia)|los inconvenientes|que (?:haya|hayan|haya tenido|hayas|tuviera|tuviese|le|te|no)|lo (?:ocurrido|sucedido|que (?:paso|ocurrio|le paso|te paso)))|"
         r"\b(?:le|te|les|os) (?:pido|pedimos|ofrezco|ofrecemos|presento|presentamos|debo|debemos|doy) (?:mil |mis |nuestras |sinceras |las |unas )?(?:sinceras )?disculpas|\bpido (?:mil )?disculpas|\bmil disculpas|"
         r"\b(?:mis|nuestras) (?:sinceras |mas sinceras )?disculpas|\bdisculpe(?:n)? (?:las molestias|el inconveniente|los inconvenientes|la demora|el error|el retraso|la espera|la confusion|por)|"
         r"\bdisculpa(?:nos|me)? (?:por|la demora|el error|las molestias)|\bperdone(?:n)? (?:las molestias|la demora|el error|el retraso|la espera|por)|\bperdon por|\bperdona(?:nos|me)? (?:por|la demora|el error)|"
         r"(?:fue|ha sido|es|era) (?:un )?(?:error|culpa|fallo|falla|equivocacion|descuido) (?:nuestr[oa]|mio|mia|de nuestra parte|de nosotros|de la empresa)|(?:fue|es) culpa (?:nuestra|mia)|"
         r"\b(?:nos|me) (?:equivocamos|equivoque|confundimos|confundi)\b|\bla (?:cagamos|regamos|embarramos|pifiamos|liamos)\b|metimos la pata|\b(?:le|te|les) (?:fallamos|falle|hemos fallado)\b|"
         r"(?:usted|ustedes|tu|vos) (?:se |te )?(?:merece|mereces|merecen|merecia|merecias|merecian) (?:algo |un (?:trato|servicio) )?(?:mejor|(?:un |una )?mejor (?:servicio|trato|atencion|experiencia))|no (?:debio|debia|deberia|tendria que|tenia que) haber (?:pasado|ocurrido|sucedido)|"
         r"\bno (?:es|fue) (?:aceptable|el servicio que (?:usted |ustedes )?(?:merece|se merece|esperaba))|\basumo (?:la|toda la|plena) responsabilidad|asumimos (?:la|toda la) responsabilidad|"
         r"\bque pena con (?:usted|ustedes|vos|ella|el)", 2.5),
    ],
    "commitment": [
        (r"\b(?:voy a|vamos a|me comprometo a|nos comprometemos a|quedo en|quedamos en|me encargo de|nos encargamos de|me ocupo de|nos ocupamos de|le prometo|te prometo|le aseguro que)"
         r" (?:\w+ ){0,2}?" + _ACT_INF + r"(?:le|te|les|lo|la|los|selo|sela|selos|telo|tela)?\b[^.?!]{0,70}?\b" + _WHEN, 2.5),
        (r"\b" + _OBJ + r" (?:\w+ )?" + _ACT_PRESENT + r"\b[^.?!]{0,70}?\b" + _WHEN, 2.5),
        (r"\b(?:yo |nosotros |personalmente )?" + _ACT_FUTURE + r"\b[^.?!]{0,70}?\b" + _WHEN, 2.5),
        (r"\b(?:yo me (?:encargo|ocupo)|me encargo (?:personalmente|yo)|me ocupo (?:personalmente|yo)|personalmente me (?:encargo|ocupo)|(?:dejemelo|dejamelo|dejelo|dejalo) (?:a mi|en mis manos)|"
         r"(?:se|te) lo (?:prometo|garantizo|aseguro)|(?:le|te) doy mi palabra|tiene mi palabra|tenes mi palabra|tienes mi palabra|(?:le|te) (?:llega|llegara|va a llegar) (?:antes|el|hoy|manana|en)|"
         r"(?:el tecnico|un tecnico|nuestro tecnico|el repartidor|el pedido|su pedido|el reembolso|la devolucion|la respuesta|la cotizacion|la propuesta|el presupuesto) (?:\w+ ){0,2}(?:estara|llegara|va a estar|va a llegar|"
         r"pasara|va a pasar|quedara) (?:listo |lista |alli |ahi |en su casa )?(?:antes de|el|hoy|manana|en (?:menos de )?\d|dentro de|a mas tardar))", 2.5),
        # proposing a time for the next step
        (r"\b(?:le|te|les|os) (?:viene|va|queda|sirve|parece bien|acomoda|conviene|cuadra|calza|funciona)(?: bien| mejor)? (?:el |este |el proximo |la proxima |a las |manana|pasado|hoy|esta)"
         r"(?:\w+ ){0,3}?(?:" + _DAYS + r"|\d|semana|manana|tarde|noche|mediodia)|"
         r"\b(?:que|cual) (?:dia|hora|fecha|horario|momento) (?:le|te|les|os) (?:viene|va|queda|sirve|acomoda|conviene|cuadra|resulta) (?:bien|mejor|comodo)?|"
         r"\ba que hora (?:le|te|les) (?:viene|va|queda|sirve|acomoda|conviene)|\b(?:puedo|podemos|podria|podriamos|paso|pasamos|voy|vamos) (?:a )?(?:pasar|pasarme|visitarle|visitarlo|visitarla|visitarte|ir|llamarle|llamarte|verle|verte|vernos)"
         r"(?: por (?:alla|aqui|su oficina|su casa|la tienda))? (?:el |este |el proximo |manana|hoy|esta|a las )(?:\w+ ){0,2}?(?:" + _DAYS + r"|\d|semana|manana|tarde|noche)|"
         r"\b(?:le|te) parece (?:bien )?(?:que )?(?:le|te|nos|lo|la)? ?(?:\w+ ){0,2}(?:el " + _DAYS + r"|" + _DAYS + r"|manana|hoy|a las \d|esta semana|esta tarde|la semana que viene)|"
         r"\bnos vemos (?:el |este )?(?:" + _DAYS + r"|manana)\b[^.!]*\?", 2.5),
        (r"\b(?:antes del? (?:" + _DAYS + r"|fin de (?:mes|semana)|mediodia|las \d)|a mas tardar|en menos de \d+ (?:horas|dias)|dentro de (?:las )?(?:\d+|24|48|72) horas)\b", 1.0),
    ],
    "advice_request": [
        (r"\bque (?:me |nos )?(?:recomendaria|recomiendaria|aconsejaria|sugeriria|recomienda usted|aconseja usted|sugiere usted)|\b(?:usted|tu|vos) que (?:me |nos )?(?:recomienda|recomiendas|recomendas|aconseja|aconsejas|aconsejas|sugiere|sugieres|haria|harias)|"
         r"\bque haria (?:usted|tu|vos) (?:en mi lugar|si fuera yo|si estuviera en mi|en mi caso)|\bque harias (?:en mi lugar|vos|tu)|"
         r"(?:usted|tu|vos) (?:es|eres|sos) (?:el|la) (?:expert[oa]|que sabe|que mas sabe|especialista)|(?:usted|tu|vos|ustedes) (?:conoce|conoces|conoces|conocen) (?:su|tu|el|este|esta|mejor que nadie|mejor que yo|mucho mejor) "
         r"(?:\w+ ){0,3}(?:negocio|rubro|mercado|sector|clientes|empresa|tienda|campo|oficio|trabajo|mejor que (?:nadie|yo))|(?:conoce|conoces|conocen) (?:su|tu) (?:negocio|rubro|mercado|sector|empresa|campo|oficio) mejor que (?:nadie|yo)|"
         r"\b(?:en|segun|desde|por|con) (?:su|tu) (?:experiencia|conocimiento|trayectoria)\b|(?:me gustaria|quisiera|nos gustaria|quiero|queria) (?:conocer|saber|escuchar|tener|pedirle|pedirte) (?:su|tu) "
         r"(?:opinion|punto de vista|consejo|recomendacion|vision|mirada|criterio)|(?:su|tu) (?:opinion|consejo|criterio|punto de vista) (?:de|como) (?:experto|experta|profesional|especialista)|"
         r"\bcomo (?:lo|la|los) (?:haria|harias|abordaria|abordarias|plantearia|plantearias|encararia|encararias|organizaria|organizarias|resolveria|resolverias) (?:usted|tu|vos|ustedes)|"
         r"\b(?:como|que) cree (?:usted )?que (?:deberiamos|deberia yo|podriamos|tendriamos que|convendria)|\b(?:usted|tu|vos) que (?:sabe|sabes|conoce|conoces|conoce bien|lleva|llevas) (?:\w+ ){0,3}(?:rubro|tema|sector|negocio|esto|anos|mercado)|"
         r"\bque (?:me |nos )?aconseja(?:s|ria)?\b", 2.5),
    ],
    "evidence_offer": [
        (r"\bcasos? (?:de exito|reales|de clientes|practicos)|\breferencias\b|\btestimonios?\b|opiniones de (?:otros |nuestros )?clientes|\bresenas\b|"
         r"(?:estudio|informe|reporte|ensayo|analisis|prueba|test) (?:independiente|externo|de laboratorio|tecnico|comparativo)|(?:resultados|datos|cifras|numeros) (?:reales|concretos|del piloto|de la prueba|de otros clientes|verificables|auditados)|"
         r"\b(?:le|te|les|os) (?:puedo|podemos|podria|podriamos|voy a|vamos a)? ?(?:mostrar|ensenar|pasar|mandar|enviar|compartir|dar|presentar|facilitar|mandamos|envio|mando|paso|muestro|comparto)(?:le|te|les)? "
         r"(?:\w+ ){0,2}(?:datos|cifras|numeros|resultados|estudio|informe|reporte|referencias|casos|testimonios|contacto|contactos|ejemplos|pruebas|certificado|certificados|certificacion|estadisticas|"
         r"demostracion|demo|muestra|muestras|evidencia|comparativa|graficos|mediciones)|"
         r"\b(?:hablar|conversar|platicar|charlar) con (?:uno de )?(?:nuestros|otros|algunos) clientes|(?:ponerle|ponerte|ponerlos|lo pongo|le pongo|te pongo|la pongo) en contacto con (?:un|una|uno de nuestros|otro|otra|algun) "
         r"(?:cliente|empresa|usuario|negocio)|(?:hablar|conversar) con (?:alguien|una empresa|un cliente|un negocio) que (?:ya )?(?:lo usa|usa|trabaja con nosotros|tiene|lo tiene)|"
         r"\b(?:una |un )?(?:prueba|periodo de prueba|demo|demostracion|piloto|muestra|degustacion) (?:gratis|gratuita|sin costo|sin compromiso|de \d+ dias|de (?:una|dos) semanas?|para que (?:lo |la )?(?:compruebe|vea|pruebe|compruebes|veas|pruebes|evalue))|"
         r"\bprueba (?:gratuita|sin compromiso|piloto)|\bplan piloto|\bperiodo de prueba|\b(?:por|en) escrito\b|\b(?:certificad[oa]s? (?:por|bajo|iso|como)|estan certificad[oa]s|esta certificad[oa]|certificacion (?:iso|de calidad|oficial|internacional)|homologad[oa]s?|iso \d+|avalad[oa]s? por)\b|"
         r"(?:otros|muchos|varios) clientes (?:como usted|del sector|similares|parecidos|de su rubro|de su sector|de la zona)|(?:empresas|negocios|clientes|familias|tiendas|clinicas|restaurantes|hoteles) (?:como|parecid[oa]s a) "
         r"(?:la suya|el suyo|usted|la tuya|el tuyo|ustedes)|(?:hemos|he) ayudado a (?:\w+ ){0,3}(?:empresas|clientes|negocios|tiendas|familias|clinicas|restaurantes|hoteles|colegios|fincas|productores)|"
         r"(?:venga|vengan|ven|veni|pase|pasen) a ver (?:una|la) (?:instalacion|planta|obra|demo) (?:de un cliente|funcionando)|puede comprobarlo (?:usted mism[oa])?", 2.5),
    ],
    "rudeness": [
        (r"\b(?:idiota|imbecil|estupid[oa]|pendej[oa]|gilipollas|boludo|boluda|pelotudo|pelotuda|huevon|huevona|weon|weona|gueon|guevon|babos[oa]|mens[oa]|tarad[oa]|subnormal|retrasad[oa] mental|"
         r"cretino|cretina|gil|salame|cabron|cabrona|pinche|carajo|mierda|joder|jodase|jodete|chinga|chingada|forro|forra|gonorrea|malparid[oa]|hijueputa|hijo de puta|ignorante|inutil|burr[oa])\b", 3.0),
        (r"\b(?:calmese|calmate|calmense|tranquilicese|tranquilizate|tranquilizese|relajese|relajate)\b|no (?:se|te) (?:altere|alteres|ponga asi|pongas asi|ponga (?:nervios|histeric|dramatic|pesad)|pongas (?:nervios|histeric|dramatic|pesad))|"
         r"(?<!\bque )(?<!\bpero )no (?:sea|seas|sean) (?:tan )?(?:exagerad|dramatic|ridicul|tont|pesad|infantil|quejon|quejica|llorona?|nena|pendej|boludo|pesadit|complicad|exigente)|(?:usted|tu|vos) (?:esta|estas) exagerando|"
         r"\bno (?:exagere|exageres|exageres|exageren)\b|(?:deje|deja|deja|dejen) de (?:quejarse|quejarte|llorar|lloriquear|protestar|molestar|joder|hinchar|fastidiar)|(?:ya )?basta de (?:quejas|llorar|lloriquear|excusas|quejarse)|"
         r"\bque quejon|\bquejica\b|\bsea razonable\b|se (?:esta|estan) poniendo (?:pesad|dificil|histeric|insoportable)|(?:tampoco )?no es para tanto|"
         r"como (?:todo el mundo|cualquiera|cualquier persona|todos) (?:sabe|sabemos|saben)|hasta un nino (?:lo )?(?:sabe|entiende|puede|haria)|no es (?:tan )?(?:dificil|complicado) de entender|"
         r"no es ciencia (?:de cohetes|espacial)|no hay que ser (?:un )?genio|(?:cualquiera|cualquier persona) (?:lo )?(?:sabe|entiende|puede hacerlo|se da cuenta)|"
         r"como ya (?:se |te |le )?(?:lo )?(?:dije|explique|he dicho|he explicado)|ya (?:se|te) lo (?:dije|explique|he dicho)|(?:se|te) lo (?:repito|vuelvo a repetir|dije mil veces|he dicho mil veces)|"
         r"\ble repito\b|cuantas veces (?:se lo|te lo|le|te|les) (?:tengo|voy a tener) que (?:decir|explicar|repetir)|"
         r"\b(?:usted|tu|vos) no (?:entiende|entiendes|entendes|sabe|sabes) (?:nada|lo que|de lo que)|no (?:sabe|sabes) de lo que (?:habla|hablas)|(?:esta|estas) sord[oa]|"
         r"ni siquiera (?:leyo|lee|leiste|lees|se fijo|te fijaste|lo leyo|lo leiste)|(?:leyo|leiste|leyeron) (?:siquiera|al menos) (?:el|la|las|los)|"
         r"(?:la )?gente como (?:usted|ustedes|vos|tu)|ustedes siempre (?:se quejan|igual|con lo mismo)|siempre (?:se queja|te quejas|se quejan)|"
         r"(?:si|pues) no (?:le|te|les) gusta,? (?:vaya|vayase|busque|no compre|no lo compre|busquese|anda|andate|vete|busca|compra en otro)|(?:vayase|andate|vete) a otr[oa] (?:parte|lado|tienda|sitio)|"
         r"busquese otro (?:proveedor|banco|taller|lugar)|(?:^|[.!] )¡?siguiente!|(?:y )?(?:que|que es lo que) quiere que (?:yo )?(?:le )?haga\b|(?<!lo )(?<!la )(?<!el )(?<!los )(?<!las )(?<!\w )(?:y )?\bque (?:esperaba|esperabas|pretendia|pretendias)(?: por ese precio)?\?|"
         r"(?:usted|vos|tu) se lo busco|te lo buscaste|\b(?:es|sera) (?:su|tu) problema|no es (?:mi|nuestro) problema|problema suyo|problema tuyo|me da (?:igual|lo mismo)(?=[.!,]|$)|me vale (?:madre|madres|verga|un pepino|gorro|sombrilla)|"
         r"a mi (?:que|que me importa)|(?:alla|alli) (?:usted|vos|tu|ustedes)(?=[.!,]|$)|arreglese(?: como pueda)?|arreglatelas|arreglate como puedas|bancatela|aguantese|aguantate|que se joda|"
         r"no tengo (?:todo el dia|tiempo para (?:esto|sus|tus|quejas))|\b(?:apurese|apurate|dese prisa|date prisa)\b|decidase de una vez|decidite de una vez|decidete de una vez|"
         r"(?:lo|la) (?:quiere|queres|quieres|va a comprar|compra|toma|lleva|llevas|vas a llevar|va a llevar)\b[^.?!]{0,30}? o no\?|\b(?:si|va|firma|compra) o no\?|"
         r"(?:dejese|dejate|dejense) de (?:tonterias|boludeces|pavadas|huevadas|pendejadas|chorradas|cuentos|rollos)|no (?:diga|digas|digan) (?:tonterias|boludeces|pavadas|huevadas|pendejadas|chorradas|estupideces)|"
         r"\bque (?:novedad|sorpresa)(?:,| )(?:otra|otro|usted|tu|vos|siempre)|\bni (?:se|te) (?:moleste|molestes) en (?:llamar|volver)|no (?:vuelva|vuelvas) a llamar|"
         r"(?:obviamente|evidentemente|como es obvio|es obvio que) (?:usted|tu|vos|ustedes) (?:no )?(?:lo |la )?(?:uso|usaste|instalo|instalaste|leyo|leiste|entendio|entendiste|sabe|sabes|hizo|hiciste)|"
         r"(?:recien|ahora) se (?:da|dio) cuenta\?|(?:y )?(?:se|te) dio cuenta (?:recien|ahora)\?|de verdad (?:espera|esperaba|esperabas|cree|creia|creias) que", 3.0),
        (r"\b(?:obviamente|evidentemente|es obvio|como es logico|logicamente)\b|(?:^|, )(?:mi amor|mi reina|mi rey|mi vida|carino|corazon|mamita|mami|papito|munec[oa]|princesa|amorcito)\b", 1.0),
    ],
    "closing": [
        (r"(?<!que )\b(?:lo|la|los|las|se lo|se la|se los|se las|le|te|les|os) (?:\w+ )?(?:reservo|reservamos|aparto|apartamos|guardo|anoto|anotamos|apunto|apuntamos|agendo|agendamos|envuelvo|empaco|empaqueto|cobro|cobramos|"
         r"facturo|facturamos|pido|encargo|encargamos|tramito|tramitamos|activo|activamos|doy de alta|damos de alta|inscribo|inscribimos|preparo el contrato|preparo la orden|paso el contrato|mando el contrato|"
         r"envio el contrato|paso la factura|preparo la factura|hago la factura|hago el pedido|hacemos el pedido|confirmo el pedido|cierro el pedido|mando a domicilio)\b[^.!]*\?", 2.5),
        (r"(?:^|[.!?,;] ?|¿)¿?(?:entonces,? |bueno,? |perfecto,? |dale,? |listo,? )?(?:cerramos|avanzamos|procedemos|seguimos adelante|lo hacemos|firmamos|lo firmamos|confirmamos|lo confirmamos|"
         r"lo dejamos (?:cerrado|listo|reservado|confirmado|agendado|apartado)|arrancamos (?:el|con|la)|empezamos (?:el|con la|con el)|damos el paso|vamos (?:adelante|con (?:eso|el|la|ese|esa|este|esta))|"
         r"le damos|hacemos (?:el pedido|la reserva|negocio|trato)|hay trato|tenemos (?:un )?trato|cerramos (?:el )?trato)\b[^.!?]{0,40}\?", 2.5),
        (r"\b(?:quiere|quieres|queres|quisiera|le gustaria|te gustaria|les gustaria|desea|deseas|desean|quieren) (?:que )?(?:hacer|realizar|formalizar|confirmar|dejar (?:hecho|hecha|confirmad)|cerrar) "
         r"(?:el|su|la|tu) (?:pedido|compra|reserva|contratacion|alta|orden|solicitud|inscripcion|matricula|suscripcion)|"
         r"\b(?:quiere|quieres|queres|quisiera|le gustaria|te gustaria|desea|deseas|quieren) (?:llevar(?:se|te)?(?:lo|la|los|las)|llevar(?:selo|sela|selos|selas|telo|tela)|comprar(?:lo|la|los|las)|contratar(?:lo|la|los|las)|"
         r"reservar(?:lo|la|los|las)|encargar(?:lo|la)|apartar(?:lo|la)|quedarse con (?:el|la|este|esta|ese|esa)|quedarte con|darse de alta|darte de alta|seguir adelante|avanzar con (?:el|la|la compra|el pedido)|"
         r"proceder con|empezar (?:ya|el lunes|manana|con el plan|con el servicio))\b|"
         r"\b(?:quiere|quieres|queres|desea|le gustaria|te gustaria) que (?:le|te|les|se lo|se la|lo|la) (?!\w+ algo\b)(?:prepare|reserve|aparte|guarde|envuelva|anote|apunte|cobre|facture|tramite|active|agende|"
         r"de de alta|pida|encargue|inscriba|mande el contrato|envie el contrato|pase el contrato|haga el pedido|deje (?:reservad|apartad|listo|lista))", 2.5),
        (r"\b(?:como|de que forma|de que manera) (?:prefiere|quiere|queres|quieres|desea|va a|vas a|prefieren|prefieres|preferis) (?:pagar|abonar|hacer el pago)|(?:en )?cuantas cuotas (?:lo|la|le|te|quiere|prefiere|queres|quieres)|"
         r"(?:paga|pagas|abona|abonas) (?:con|en) (?:tarjeta|efectivo|transferencia)|(?:con|por) tarjeta o (?:en )?(?:efectivo|transferencia)|a meses sin intereses\?|"
         r"\b(?:con )?que (?:tarjeta|cuenta|plan|modelo|paquete) (?:prefiere|quiere|queres|quieres|prefieres) quedarse\b|"
         r"\bque (?:color|talla|modelo|version|tamano|plan|medida|numero) (?:se lleva|te llevas|le preparo|te preparo|prefiere llevar|va a llevar|vas a llevar|quiere llevar|queres llevar|le envuelvo|le pongo|te pongo)|"
         r"\b(?:le|te|les) parece (?:bien )?(?:que )?(?:avancemos|cerremos|firmemos|procedamos|lo dejemos (?:cerrado|listo|reservado)|empecemos|arranquemos|sigamos adelante|hagamos el pedido|formalicemos)|"
         r"\b(?:esta|estas|estan) (?:listo|lista|listos|listas|preparad[oa]s?) para (?:empezar|arrancar|firmar|dar el paso|contratar|hacer el pedido|avanzar|comprar|cerrar)|"
         r"\b(?:que|cual) (?:dia|fecha|semana) (?:le|te|les) (?:viene|queda|acomoda|sirve|conviene) (?:bien |mejor )?para (?:la )?(?:entrega|instalacion|empezar|arrancar|la visita|el alta|la firma)|"
         r"\bdonde (?:le|te|les) (?:mando|envio|enviamos|mandamos|paso) (?:el contrato|la factura|el pedido|la orden)|(?:le|te) (?:preparo|paso|mando|envio) (?:el|la) (?:contrato|orden de compra|solicitud|factura) "
         r"(?:para (?:que lo firme|firmar|que la firme)|y (?:lo|la) (?:firma|firmamos))|\bque dice(?:s)?,? (?:lo|la) (?:llevamos|cerramos|hacemos)\?|\btrato hecho\?", 2.5),
    ],
    "upsell": [
        (r"\b(?:ya que (?:esta|estas|estan|esta usted) (?:aqui|aca|por aca|en la tienda|en linea)|aprovechando (?:que|la|su|tu|esta) (?:visita|compra|llamada|viene|esta|estas)|de paso,? ¿?(?:le|te) "
         r"(?:ofrezco|agrego|sumo|muestro|recomiendo|interesa|interesaria|pongo|llevo))", 2.5),
        (r"\b(?:le|te|les) (?:puedo |podemos |podria |podriamos )?(?:ofrecer|ofrezco|agregar|agrego|anadir|anado|sumar|sumo|incluir|incluyo|recomendar|pongo|poner|llevo|preparo) (?:tambien |ademas |de una vez )?"
         r"(?:\w+ ){0,2}(?:garantia extendida|extension de garantia|seguro|proteccion|plan (?:premium|superior|plus|pro|gold|completo)|version (?:premium|pro|plus|superior|completa)|modelo superior|accesorios?|funda|"
         r"protector|kit|combo|paquete|pack|mantenimiento|servicio (?:premium|adicional|extra)|cobertura (?:total|completa|adicional|extra))\b(?![^.?!]{0,40}\b(?:gratis|sin costo|sin cargo|de regalo|bonificad|de yapa)\b)", 2.5),
        (r"\b(?:no )?(?:le|te|les) (?:interesaria|interesa|gustaria|conviene|convendria) (?:tambien|ademas|agregar|anadir|sumar|llevar tambien|llevarse tambien|llevarte tambien|subir|pasar(?:se|te)? al?(?! (?:ver|verl|conocer|probar|recoger|buscar|retirar|firmar|hablar|la tienda|la oficina|la sucursal|el taller)\w*)|"
         r"mejorar (?:a|al)|ampliar|contratar tambien|incluir)\b|\b(?:quiere|quieres|queres|desea|deseas|le gustaria|te gustaria) (?!(?:agregar|anadir|sumar|incluir) (?:algo |alguna cosa |algun comentario |algun dato )?(?:al acta|en el acta|a la nota|a las notas|un comentario|comentarios|alguna pregunta|una pregunta|alguna duda|algun dato|datos|algo (?:que|mas que) (?:decir|comentar|preguntar)|algo a lo que)\b)(?:agregar|anadir|sumar|incluir|llevar tambien|llevarse tambien|"
         r"llevarte tambien|llevar ademas|aprovechar y llevar|completar con|pasar(?:se|te)? al|subir al|subir de|mejorar (?:a|al)|ampliar (?:a|al|su|tu))\b|"
         r"\bpor (?:solo |apenas |tan solo )?(?:un poco|algo|un poquito|poquito|muy poco|\d+ (?:euros|pesos|soles|dolares|lucas)?) mas(?: al mes| por mes| mensuales)?,? (?:\w+ )?(?:tiene|tenes|tienes|obtiene|obtenes|"
         r"se lleva|te llevas|incluye|le damos|le incluimos|puede tener|pasa al|sube al|accede|recibe|consigue|le agregamos|llevate|llevese|tiene acceso)|"
         r"\b(?:mejor )?(?:llevese|llevate|lleve|lleva) (?:el|la|los|las) (?:grande|mas grande|premium|pro|plus|superior|doble|familiar|de mayor capacidad)\b|"
         r"\b(?:pasarse|pasarte|subirse|subirte|subir(?:le|te)?|cambiarse|cambiarte) (?:al|a la|de) (?:plan|version|modelo|categoria|tarifa|nivel) (?:premium|superior|plus|pro|gold|oro|platino|mas alt[oa]|siguiente|completo|completa)|"
         r"\b(?:en|como|armarle un|armarte un|hacerle un|hacerte un) (?:un )?(?:combo|paquete|pack) (?:con|junto con|completo)|junto con (?:su|tu|la|el) (?:hipoteca|prestamo|cuenta|seguro|tarjeta|plan|pedido)|"
         r"\bque mas (?:le|te) (?:agrego|pongo|sumo|preparo|anado|ofrezco|vendo)|\b(?:le|te) (?:agrego|pongo|sumo|anado|llevo) (?:tambien|ademas|algo mas)\b", 2.5),
        (r"\b(?:combo|upgrade|premium|gama alta|version superior|garantia extendida)\b", 1.0),
    ],
    "leading": [
        (r"\b(?:usted |tu |vos )?(?:va a querer|vas a querer|querra|querras|va a preferir|vas a preferir|preferira|preferiras|va a necesitar|vas a necesitar|necesitara|necesitaras|le va a encantar|"
         r"te va a encantar|le encantara|te encantara|le va a gustar|te va a gustar|estara de acuerdo|estaras de acuerdo|coincidira|coincidiras)\b[^.?!]{0,80}?,? ¿?(?:no|verdad|cierto|no es asi|no cree|no crees|"
         r"no le parece|no te parece|a que si|o no)\?", 2.5),
        (r"(?<!si )(?<!que )\b(?:no|acaso no) (?:cree|crees|creen|le parece|te parece|les parece|estaria de acuerdo|estarias de acuerdo|esta de acuerdo|estas de acuerdo|opina|opinas|piensa|piensas|pensas) "
         r"(?:usted |tu |vos )?(?:que|en que)\b[^.!]*\?|\bseguro que (?:usted |tu |vos |ustedes )?(?:esta de acuerdo|estas de acuerdo|coincide|coincidis|coincides|quiere|queres|quieres|prefiere|preferis|prefieres|"
         r"le gustaria|te gustaria|valora|valoras|busca|buscas|necesita|necesitas|no quiere|no queres|no quieres)\b|\bseguramente (?:usted |tu |vos )?(?:estara|estaras|querra|querras|preferira|preferiras|coincidira|coincidiras)\b|"
         r"estoy (?:seguro|segura) de que (?:usted |tu |vos )?(?:coincide|coincidis|estara de acuerdo|quiere|queres|quieres|prefiere|va a querer|vas a querer|valora)|"
         r"¿?a que si\?|¿?a poco no\?|\b(?:quien|quienes) no (?:quiere|querria|quisiera|desea|desearia)\b|\b(?:es|seria) (?:obvio|evidente|logico|de cajon|clarisimo) que\b[^.!]*\?|"
         r"\bno (?:va|vas|van) a querer (?:quedarse|quedarte|perderse|perderte|arriesgarse|arriesgarte|arriesgar|dejar pasar|esperar)|\bno (?:querra|querras|querrian) (?:quedarse|perderse|arriesgar)|"
         r"\bno seria (?:genial|bueno|mejor|ideal|fantastico|estupendo|buenisimo|barbaro|chevere|padre|bacan|bacano|brutal|increible|maravilloso)\b|"
         r"(?:estamos|estaremos) de acuerdo (?:en )?que (?:nuestr[oa]|lo mejor|la mejor|vale la pena|es (?:mejor|lo mejor|la mejor)|conviene)|\bverdad que (?:usted |tu |vos )?(?:quiere|queres|quieres|prefiere|necesita|le gustaria|te gustaria|vale la pena|es mejor|le conviene|te conviene)\b|"
         r"\b(?:no )?(?:le|te) parece que (?:vale la pena|es (?:la mejor|lo mejor|una gran|una excelente)|conviene|seria un error)\b[^.!]*\?", 2.5),
        (r"(?:entonces|asi que|o sea que|o sea),? (?:usted |ustedes |tu |vos )?(?:lo que )?(?:necesita|necesitan|necesitas|quiere|quieren|queres|quieres|busca|buscan|buscas|le conviene|te conviene|le sirve|te sirve)(?: es)? "
         r"(?:\w+ ){0,2}?(?:nuestr[oa]|el|la) (?:\w+ )?(?:plan|paquete|modelo|version|seguro|tarjeta|cuenta|producto|servicio|suscripcion|membresia|tarifa|combo|pack|poliza|equipo) "
         r"(?:\w+ )?(?:premium|pro|plus|gold|oro|platino|completo|completa|superior|empresarial|avanzad[oa]|full|total|top|mas caro|mas complet[oa]|de gama alta)\b|"
         r"(?:va|vas) a (?:querer|preferir|elegir|llevar) (?:el|la) (?:mejor|mas complet[oa]|premium|top|de gama alta|modelo superior|version superior)\b|"
         r"\b(?:es|seria|suena a) (?:la|el) (?:mejor|opcion perfecta|opcion ideal) (?:opcion |eleccion )?para (?:usted|ti|vos|ustedes)\b", 2.5),
    ],
}

#: a customer line that sounds upset: [(regex, weight)]; clearly angry words 2.0, complaint words 1.0,
#: plain words of fact ("late", "again") 0.5.  Upset = total >= 2.0.
UPSET_CUES: list[tuple[str, float]] = [
    # clearly angry
    (r"\b(?:inaceptable|inadmisible|indignante|vergonzos[oa]|una verguenza|que verguenza|es una verguenza|(?:es|esto es|son) una estafa|estafadores|ladrones|me (?:estan|estais) robando|una burla|"
     r"una tomadura de pelo|me (?:estan|estas|esta) tomando el pelo|me toman (?:el pelo|por tonto|por idiota|por boludo|por pendejo)|(?:es|esto es|que|me parece) ridicul[oa]|es el colmo|el colmo|que barbaridad|una barbaridad|"
     r"hasta las narices|hasta la coronilla|hasta el gorro|hasta la madre|podrid[oa] de|chat[oa] de|hart[oa]s?|furios[oa]s?|indignad[oa]s?|enojadisim[oa]|enfadadisim[oa]|emputad[oa]|encabronad[oa]|"
     r"cabread[oa]|caliente con ustedes|con una bronca|que bronca|que rabia|me (?:da|dan) rabia|increible (?:que|como|lo de)|no (?:lo )?puedo creer|no me lo puedo creer|"
     r"me (?:esta|estas|estan) (?:jodiendo|cargando|vacilando|bromeando)|es (?:una broma|un chiste)\??|(?:en serio|de verdad)\?!|(?:quiero|exijo) (?:darme de baja|cancelar|la baja|mi (?:dinero|plata)|"
     r"que me devuelvan|un reembolso|el reembolso|hablar con (?:su|tu|el|la) (?:jefe|jefa|supervisor|supervisora|gerente|encargad[oa]|responsable))|exijo\b|"
     r"voy a (?:cancelar|denunciar|poner una (?:queja|reclamacion|denuncia|demanda)|hacer una (?:queja|reclamacion|denuncia)|ir a (?:profeco|consumo|la competencia|indecopi|sernac)|demandar)|"
     r"\bdenuncia|profeco|indecopi|sernac|defensa del consumidor|(?:hoja|libro) de (?:reclamaciones|reclamos|quejas)|la (?:peor|mas mala) (?:empresa|atencion|experiencia|compania|tienda|aerolinea)|"
     r"el peor (?:servicio|trato|banco|hotel)|pesim[oa]s?|nunca mas\b|jamas (?:vuelvo|volvere|les compro|les vuelvo)|(?:tercera|cuarta|quinta|enesima) vez (?:que|en|esta)|por (?:tercera|cuarta|quinta|enesima) vez|(?:tres|cuatro|cinco|seis) veces (?:ya|que (?:llamo|vengo|pido|reclamo|les|me|le|lo)|lo mismo|seguidas)|(?:llame|vine|pedi|reclame|escribi|llamado|venido|pedido|reclamado|escrito|explicado|dicho) (?:\w+ ){0,2}(?:tres|cuatro|cinco|seis) veces|"
     r"que desastre|es un desastre|(?:esto|ustedes|su empresa|su servicio) (?:es|son) un desastre|que porqueria|una porqueria|una mierda|que mierda|una cagada|una chapuza|una basura|(?:me|nos) (?:han|habeis|habian) arruinado|(?:me|nos) arruin(?:o|aron)|"
     r"arruinad[oa]|(?:no|ya no) (?:me|nos) (?:esta|estas|estan) escuchando|no me escucha(?:n)?\b|(?:me|nos) (?:esta|estas|estan) escuchando\?|ya basta\b|¡basta!|basta ya|"
     r"estoy (?:muy |super |re |bien |tan )?(?:enojad|enfadad|molest|cabread|emputad|encabronad|indignad|furios|calient)\w*|no hay derecho)\b", 2.0),
    # complaint words: two of these (or one and an exclamation mark) make an upset customer
    (r"\b(?:molest[oa]s?|molestia|decepcionad[oa]s?|decepcion|decepcionante|frustrad[oa]s?|frustrante|disgustad[oa]|no (?:estoy|estamos) (?:nada )?(?:content|conforme|satisfech)\w*|insatisfech[oa]|"
     r"mal servicio|mala atencion|un horror|un caos|fatal|malisim[oa]|no sirve(?:n)? para nada|inutiles|otra vez!|de nuevo!|siempre (?:lo mismo|la misma historia|pasa lo mismo|igual)|"
     r"cada vez que|nadie (?:me |nos )?(?:llama|llamo|contesta|contesto|responde|respondio|vino|viene|dice|dijo|se hace cargo|da|dio|avisa|aviso|atiende|atendio)|(?:me|nos) prometieron|"
     r"(?:me|nos) (?:dijeron|aseguraron|juraron) que|perd[ie] (?:el dia|la manana|la tarde|tiempo|dinero|plata|un dia)|(?:me|nos) (?:hicieron|hacen|han hecho) perder|"
     r"(?:dos|tres|cuatro|varias) (?:semanas|dias|meses) (?:esperando|sin)|llevo (?:\w+ ){0,2}(?:esperando|dias|semanas|meses|horas)|una falta de respeto|falta de respeto|no es justo|injusto|"
     r"cansad[oa] de|ya no aguanto|no aguanto mas|(?:su|tu) (?:jefe|supervisor|gerente|encargad[oa])|me (?:tienen|tienes|tiene) (?:harto|cansado|dando vueltas|de aqui para alla)|"
     r"(?:me|nos) (?:dejaron|han dejado) (?:tirad|plantad|colgad)|nadie (?:se )?(?:hace|hizo) responsable|una y otra vez|ya (?:es|van) (?:la )?(?:segunda|dos)|"
     r"(?:segunda|tercera) (?:semana|dia|mes) (?:seguid[oa]|consecutiv[oa])|(?:dos|tres|cuatro) (?:dias|semanas|meses) seguid[oa]s|como siempre|un desastre|(?:me|nos) (?:estafaron|robaron|enganaron))\b", 1.0),
    # a complaint taken further, distress
    (r"\b(?:voy a (?:poner|presentar|hacer|escribir) (?:una )?(?:queja|reclamacion|reclamo)|(?:queja|reclamacion|reclamo) formal|(?:hablara|llamara|contactara|se pondra en contacto) (?:con ustedes )?mi abogado|nos vemos en (?:los )?tribunales|voy a demandar|regulador|superintendencia|"
     r"estoy (?:temblando|asustad[oa]|aterrad[oa]|en shock|llorando|desesperad[oa]|muert[oa] de miedo)|no (?:puedo|paro de) (?:dejar de )?(?:temblar|llorar)|tuve un accidente|(?:me|nos) (?:acaban de|acaba de) (?:chocar|robar|asaltar)|(?:me|nos) (?:chocaron|asaltaron))\b", 2.0),
    # plain words of fact
    (r"\b(?:tarde|otra vez|de nuevo|nunca|nadie|rot[oa]s?|mal|error|errores|todavia no|aun no|sigue sin|siguen sin|no funciona|no llego|no ha llegado|faltan?|equivocad[oa]s?|ninguna respuesta|"
     r"esperando|perdid[oa]s?|danad[oa]s?|malograd[oa]s?|descompuest[oa]s?|cobraron de mas|doble cobro)\b", 0.5),
]

#: one regex string each
EXCHANGE: dict[str, str] = {
    # the customer needs nothing more (an answer to "anything else?")
    "nothing_more": r"^(?:no,? )?(?:eso es todo|es todo|nada mas|nada mas,? gracias|ya esta|con eso (?:es suficiente|basta|alcanza))\b",
    # a sentence that opens by summing up what the customer said
    "sums_up": r"^(?:(?:vale|ok|bien|bueno|entiendo|ya veo|claro),? )?(?:entonces|o sea|asi que|osea|en resumen|resumiendo)\b,? ",
    # thanks for what is being done: going along, not pushing back
    "thanks": r"\bgracias\b|\bse agradece\b|\bmuy amable\b|\blo agradezco\b",
    # a word of agreement, acceptance of a proposal or relief
    "agrees": (
        r"(?:^|[,.!] )¿?(?:si|sip|sii+|sep|sipi)(?=[,.!]|$| (?:claro|claro que|por supuesto|perfecto|dale|vale|de acuerdo|gracias|senor|senora|exacto|correcto|me (?:parece|interesa|sirve|viene|queda|va|gusta|encanta|lo llevo)|"
        r"lo (?:quiero|compro|llevo|hacemos)|eso|esta bien|seguro|obvio|hagamoslo|adelante|por favor|porfa|quiero|queremos|nos interesa|nos sirve|de una|super|genial|bueno|ok|listo|excelente))|"
        r"\b(?<!no )(?<!ni )(?<!tampoco )(?<!si )(?<!que )(?:claro que si|pues si|que si,? (?:claro|por favor)|por supuesto|desde luego|de acuerdo|estoy de acuerdo|(?<![a-z] )vale(?=[,.!]|$| vale)|dale|ok|okay|okey|oki|(?<!funciona )(?<!anda )perfecto|perfecta|genial|excelente|estupendo|fenomenal|buenisimo|"
        r"barbaro|chevere|bacan|bacano|padrisimo|que padre|de lujo(?=[,.!]|$)|esta bien|todo bien|muy bien|me (?:parece|parecen) (?:bien|perfecto|genial|justo|razonable|bueno|buena idea|excelente|una buena idea|correcto|logico|estupendo)|"
        r"me (?:sirve|viene bien|viene perfecto|queda bien|va bien|acomoda|conviene|interesa(?! que| mas| saber)|cuadra|calza|convence|cierra|late|tinca|gusta la idea)|"
        r"(?:me lo|me la|me los) llevo(?! (?:para|en mente|a casa|y lo))|lo llevo(?! (?:para|en mente))|lo compro(?! (?:si|cuando|en otro))|(?:lo|la) quiero(?! (?:pensar|comparar|consultar|ver|revisar|analizar|estudiar|hablar|mirar))|"
        r"lo contrato|lo tomo|(?<!mas )(?<!para )(?<!hacia )adelante|hagamoslo|vamos con (?:eso|el|la|ese|esa|esto|esta|este)|vamos a darle|dale que si|pa(?:ra)? adelante|de una(?=[,.!]|$)|obvio|con gusto|con mucho gusto|encantad[oa]|"
        r"me encanta(?=[,.!]|$| la idea| la propuesta| el plan| como)|me encantaria(?=[,.!]|$)|que alivio|menos mal|(?:me|nos) (?:quita|saca|quitan|sacan) un peso|(?:eso|esto) (?:me |nos )?(?:ayuda|ayudaria|serviria|vendria bien)|(?:me|nos) (?:ayudaria|vendria bien|serviria) mucho|"
        r"seria de gran ayuda|muy amable|(?:se|te) lo agradezco|justo lo que (?:necesito|necesitaba|buscaba)|eso es lo que (?:necesito|buscaba|necesitaba)|trato hecho|(?:^|[,.!] )(?:cerrado|hecho)(?=[,.!]|$)|"
        r"puedo (?:pagar|manejar|con) eso|eso (?:si )?(?:lo )?puedo (?:pagar|manejar|hacer)|es (?:una )?(?:buena|excelente|gran) (?:idea|oferta|propuesta|opcion)|suena (?:bien|genial|bueno|perfecto|interesante|razonable|justo)|"
        r"por que no(?:\?|!|\.|$)|^(?:bueno|bien|listo|sale|va|ya|okey)[.!]?$|(?:^|, )(?:bueno|listo|sale),? (?:dale|vale|listo|esta bien|de acuerdo|va|si|perfecto|hagamoslo|adelante|entonces)|"
        r"^(?:el |este |el proximo )?" + _DAYS + r"(?: (?:por la )?(?:manana|tarde|noche))?(?: a las? (?:\d{1,2}(?::\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|mediodia))?(?=[.,!]|$)|"
        r"(?:el |este )?(?:" + _DAYS + r"|manana)(?: (?:por la )?(?:manana|tarde|noche))?(?: a las? \w+)? (?:me |nos )?(?:va|viene|queda|sirve|esta|funciona|acomoda|cuadra) (?:bien|perfecto|de maravilla)|"
        r"(?:el |este )?(?:" + _DAYS + r"|manana) (?:me |nos )?(?:sirve|va|queda|acomoda|parece bien)(?=[.,!]|$))(?![a-z0-9])"
    ),
    # the line opens by refusing
    "refuses": (
        r"^¡?¿?(?:(?:pues|bueno|mire|mira|la verdad|sinceramente|uf|uff|uy|eh|ay|hmm+|mmm+|este|ah|oh|disculpe|perdone|perdon|che|oiga|oye|y|pero),? ){0,2}(?:no|nop|nope|nel|nah|nones|nunca|jamas|tampoco|"
        # fortieth round (es/blind22 read): "Ninguno por ahora, m'hijo."
        r"ningun[oa](?: de (?:los|las) dos)?(?= por ahora| todavia| de momento| gracias|[.,!]|$)|"
        r"ni (?:hablar|de broma|loco|loca|en suenos|de chiste|a palos)|para nada|de ninguna manera|de ningun modo|en absoluto|mejor no|paso|yo no|nosotros no|aca no|aqui no|lo siento|"
        r"lamentablemente|me temo que no|imposible|olvidelo|olvidalo|gracias,? pero no)(?![a-z0-9])"
    ),
    # a contrast word
    "but": (
        r"\b(?:pero|aunque|sin embargo|no obstante|salvo que|salvo si|a menos que|a no ser que|excepto|solo si|siempre y cuando|siempre que|eso si(?![.!?]|$)|aun asi|de todas formas|de todos modos|"
        r"de todas maneras|igualmente|con la condicion de|mientras no)\b|(?:^|, )igual\b(?! que\b)"
    ),
    # a negation word
    "negation": r"\b(?:no|nunca|jamas|ni|tampoco|ningun|ninguna|ninguno|ningunos|nadie|nada(?<!de nada))\b",
    # a plain no at the start
    "says_no": (
        r"^¡?¿?(?:(?:pues|bueno|mmm+|hmm+|eh|este|ah|uy|mire|mira|la verdad),? )?(?:no|nop|nope|nel|nah|para nada|en absoluto|no exactamente|no del todo|no tanto|no realmente|no precisamente|"
        r"no mucho|no tanto asi|ni de cerca|nada que ver|tampoco|no es (?:asi|eso)|no,? no|ninguna? de (?:las|los) dos|ni una cosa ni (?:la )?otra)(?![a-z0-9])"
    ),
    # the customer puts the trainee right
    "corrects": (
        r"\b(?:yo no (?:dije|he dicho|mencione|pedi|hable de|pregunte (?:por|eso)|dije eso|quise decir)|(?:nunca|jamas) (?:dije|he dicho|mencione|pedi|hable de) (?:eso|que|nada)|"
        r"no (?:es|fue|era) (?:eso )?lo que (?:yo )?(?:dije|quise decir|quiero decir|pedi|pregunte|estoy diciendo|digo|pregunto)|eso no es lo que|no me (?:esta|estas|estan) (?:escuchando|entendiendo|oyendo|prestando atencion)|"
        r"no me (?:escucha|entiende|entendio|escuchaste|entendiste|escuchas|entiendes|entendes|escucho)|(?:usted|tu|vos) no (?:me )?(?:escucha|entiende|escuchas|entiendes|entendes)|"
        r"me (?:entendio|entendiste|entendieron) mal|me (?:malinterpreto|malinterpretaste|malinterpretaron)|no es eso|no es asi|eso no es (?:asi|cierto|verdad|correcto|exacto)|no he dicho (?:eso|nada de eso)|"
        r"de donde (?:saca|sacaste|sacan|salio) (?:eso|que)|quien (?:dijo|hablo de) (?:eso|que)|(?<!me )(?<!que )(?:le|te|les) (?:pregunte|estoy preguntando|estaba preguntando) (?:por|sobre|si|otra cosa|algo)|"
        r"(?<!me )(?<!que )(?<!se )(?:yo )?(?:pregunte|estaba preguntando|estoy preguntando) (?:por|sobre)(?! mi\b)|como (?:le |te )?(?:estaba diciendo|decia)|vuelvo a mi pregunta|volviendo a mi pregunta|(?:me )?(?:puede|podes|puedes|podria|podrias) "
        r"(?:contestar|responder)(?:me)? (?:a )?(?:mi pregunta|lo que (?:le|te) pregunte)|no me (?:contesto|respondio|contestaste|respondiste|contestan|responde)|no vine (?:a|por) (?:eso|esto)|"
        r"no es lo que (?:pedi|queria|busco|necesito|buscaba|pregunte)|(?:se|te) (?:esta|estas|estan) confundiendo|(?:esta|estas) confundid[oa]|(?:te|se) confundiste|se confundio|(?:te|se) equivoca(?:s|ste)? de|"
        r"(?<![a-z] )nada que ver(?=[,.!]|$)|(?:eso|esto) (?:lo )?(?:esta|estas) inventando|no (?:hemos|he) (?:acordado|decidido|aceptado|dicho que si)|todavia no (?:he|hemos) (?:dicho|decidido|aceptado))(?![a-z0-9])"
    ),
    # the customer says the trainee got it right
    "confirms": (
        r"^¡?¿?\(?(?:(?:si|sip|sii+)(?=[,.!]|$| (?:claro|exacto|exactamente|correcto|eso|asi es|tal cual|justo|justamente|efectivamente|senor|senora|por supuesto|de acuerdo|bien|me entendio|entendio|entendiste|"
        r"es eso|es asi|es correcto|esa es))|exacto|exactamente|exactito|eso(?: es| mismo)?(?=[,.!]|$)|eso es(?: exactamente| eso| justo| asi| lo que (?:dije|quiero|necesito|busco|quise decir))?(?=[,.!]|$| exactamente| eso| justo| asi| lo que)|asi es|correcto|cierto|tal cual|tal y como|justo(?=[,.!]|$| eso| lo que| asi| ahi)|"
        r"justamente|precisamente|efectivamente|claro|claro que si|por supuesto|ok|okay|vale|dale|de acuerdo|en efecto|aja|ajam|ahi esta(?=[,.!]|$)|esa es la idea|le atino|le atinaste|le pego|le pegaste|bingo|"
        r"mas o menos,? si|mhm|mjm|bien dicho|lo ha entendido|lo entendio|entendio bien|entendiste bien|me entendio|me entendiste|lo capto|lo captaste|perfecto|muy bien|en resumen,? si|totalmente|"
        r"tiene razon|tenes razon|tienes razon|sin duda|seguro)(?![a-z0-9])"
    ),
    # the customer ends the conversation unhappy
    # a customer line that opens by going along with the step put forward ("Listo, mándemela y lo hablo con mi hijo",
    # "Así sí. Démela…", "Ya, me parece.")
    "goes_along": (r"^¡?(?:(?:listo|dale|vale|va|ya|bueno|bien|ok|okay|okey|perfecto|de acuerdo|claro|sale|orale|si)\b[,.!]?\s*)+"
                   r"(?![,.!\s]*(?:no\b|pero\b|aunque\b|mejor no\b|lo (?:voy a|tengo que) pensar))|^(?:asi si|mejor asi|me parece(?: bien| muy bien| justo| honrado| muy honrado)?|"
                   r"eso me (?:parece|gusta|sirve)|esta bien)\b"),
    "walks_away": (
        r"\b(?:(?<!no )(?:me|nos) (?:voy|vamos)(?=[.!,]|$| a (?:otro|otra|la competencia)| con (?:otro|otra|la competencia)| de (?:aqui|aca)| ya\b)|me retiro|olvidelo|olvidalo|olvidate|olvidense|(?:dejelo|dejalo|dejemoslo|dejemos) (?:asi|ahi|estar|nomas|mejor)|"
        r"ya no me interesa|no me interesa (?:mas|ya|nada)|(?:voy|vamos) a (?:ir a |irme a |buscar en )?(?:otro lado|otra parte|otro sitio|otra tienda|la competencia|otro proveedor|otro banco|otra empresa)|"
        r"(?:me voy|me cambio|nos cambiamos) (?:con|a) (?:la competencia|otra (?:empresa|compania|tienda|aseguradora|operadora)|otro (?:proveedor|banco|operador|taller|lado))|(?:me paso|nos pasamos) a (?:la competencia|otra (?:empresa|compania|tienda|aseguradora|operadora)|otro (?:proveedor|banco|operador|taller|lado))|"
        r"busco otro (?:proveedor|banco|taller|lugar|sitio)|(?:lo )?compro en otro (?:lado|sitio|lugar)|lo compro (?:en otro lado|por internet|online|en amazon|en mercado libre)|"
        r"(?:quiero (?:hablar con|que venga)|paseme (?:con|al|a la)|comuniqueme con|pasame (?:con|al|a la)|llame (?:a|al)|llamen (?:a|al)) (?:el |la |su |tu )?(?:jefe|jefa|gerente|supervisor|supervisora|encargad[oa]|responsable|superior)|"
        r"(?:donde|quien) (?:esta|es) (?:el|la|su|tu) (?:jefe|jefa|gerente|encargad[oa]|supervisor|supervisora)|(?:una |que )?perdida de tiempo|(?:me|nos) (?:hizo|hicieron|hiciste|han hecho|ha hecho|estan haciendo) perder (?:el )?tiempo|"
        r"(?:poner|presentar|hacer|levantar|dejar) una (?:queja|reclamacion|reclamo|denuncia)(?: formal)?|(?:hoja|libro) de (?:reclamaciones|reclamos|quejas)|profeco|indecopi|sernac|"
        r"(?:oficina|defensa) del consumidor|(?:ir|voy|denunciar|quejarme|reclamar|acudir) (?:a|en|ante) consumo|(?:quiero |voy a )?(?:cancelar|dar de baja|anular|rescindir) (?:mi|el|la|nuestro|nuestra|todo|todos) "
        r"(?:cuenta|contrato|pedido|suscripcion|servicio|linea|poliza|reserva|plan|orden|membresia)?|(?:quiero|voy a pedir|pido) (?:la|darme de) baja|me doy de baja|voy a colgar|(?:le|te|les) cuelgo|"
        r"hasta nunca|gracias por nada|(?:esto|esta conversacion) no (?:sirve|lleva a nada)|no sirve de nada (?:hablar|seguir)|no tiene sentido (?:seguir|hablar)|no hay nada (?:mas )?(?:que hablar|de que hablar)|"
        r"(?:^|[.!] )(?:bueno,? |pues |ya,? )?se acabo(?=[.!,]|$)|(?:hemos|ya) terminado|esto se termino|(?:hablara|llamara|contactara|le escribira|se pondra en contacto) (?:con ustedes )?mi abogado|nos vemos en (?:los )?tribunales|voy a demandar|no (?:vuelvo|volvere|les compro) (?:nunca )?mas|no pienso (?:volver|seguir|pagar))\b|"
        r"^(?:(?:pues|bueno|ok|vale|ya),? )?(?:adios|chao|chau|hasta luego|hasta nunca|nos vemos)\b(?![^.!?]*\b(?:gracias|amable|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|pronto|entonces|a las?|al rato|ahorita|luego|despues|\d+)\b)"
    ),
    # the customer says the question was asked or answered before
    "repeat_complaint": (
        r"\b(?:como (?:ya )?(?:le |te |les |os )?(?:dije|decia|he dicho|comente|explique|mencione|conte|he explicado|dijimos)|ya (?:se |te |le |les )?(?:lo )?(?:dije|he dicho|explique|conte|comente|respondi|conteste|mencione)|"
        r"ya (?:me )?(?:lo )?(?:pregunto|preguntaste|preguntaron|pregunto usted)|(?:se|te|les) lo (?:acabo de|he|habia) (?:decir|dicho|contar|contado|explicar|explicado)|acabo de (?:decir|contar|explicar)(?:le|te|lo|selo|telo)?|"
        r"(?:otra vez|de nuevo|nuevamente) (?:con )?(?:lo mismo|la misma pregunta|eso|esa pregunta|me pregunta|me preguntas|pregunta)|(?:otra vez|de nuevo|nuevamente)\?|"
        r"(?:dicho|dije|explicado|explique|contado|conte|preguntado|pregunto|respondido|respondi|repetido|repeti)(?: \w+){0,2} (?:dos|tres|cuatro|cinco|varias|mil|muchas|un monton de) veces|"
        r"por (?:segunda|tercera|cuarta|quinta|enesima) vez|(?:segunda|tercera|cuarta|enesima) vez que (?:se lo|te lo|le|lo|les) (?:digo|explico|repito|pregunta|preguntas|contesto|respondo)|"
        r"me lo (?:acaba|acabas|acaban) de preguntar|la misma pregunta|lo mismo que (?:le|te) (?:dije|conte)|(?:me )?(?:sigue|sigues|siguen) preguntando (?:lo mismo|eso)|"
        r"(?:vuelve|volves|vuelves|vuelven) (?:a preguntar(?:me)?|con lo mismo)|es (?:una |un )?(?:prueba|examen|interrogatorio)\?|ya (?:le|te) respondi|ya respondi (?:eso|a eso)|no (?:le|te) acabo de decir)(?![a-z0-9])"
    ),
    # the customer asks the trainee a question or for something to be done
    "asks_trainee": (
        r"\?\s*$|\?\s+\S|¿|\b(?:(?:me|nos) )?(?:puede|podria|pueden|podrian|podes|puedes|podrias|podra)\b|\b(?:alguien|usted|ustedes) (?:puede|podria|me puede)\b|\bpor favor\b|\bporfa(?:vor)?\b|"
        r"\b(?:necesito|quiero|quisiera|me gustaria|nos gustaria|queremos|necesitamos|exijo|pido) que (?:usted|ustedes|me|nos|alguien|venga|vengan|lo|la|le|se|el tecnico)\b|"
        r"\b(?:quisiera|me gustaria|quiero|queria|necesito) (?:saber|una|un|el|la|hablar|cambiar|pedir|cancelar|devolver|una cita|un turno|informacion)\b|"
        r"\b(?:digame|dime|decime|expliqueme|explicame|mandeme|mandame|envieme|enviame|paseme|pasame|llameme|llamame|ayudeme|ayudame|arreglemelo|arreglenmelo|solucionenmelo|traigame|traeme|"
        r"cambiemelo|cambiamelo|devuelvame|devolveme|avisame|aviseme|confirmeme|confirmame)(?![a-z0-9])"
    ),
    # the customer asks, or voices a worry, a wish, a doubt, anger
    "asks_or_worries": (
        r"[?¿]|\b(?:preocup\w*|inquiet\w*|miedo|temo|me temo|nervios\w*|no (?:estoy|estamos) segur[oa]s?|no se si|insegur\w*|dudas?|dudo|problemas?|inconvenientes?|el tema es|"
        r"frustrad\w*|frustrante|molest\w*|enojad\w*|enfadad\w*|hart[oa]s?|decepcion\w*|por favor|porfa|necesito|necesitamos|quiero|queremos|quisiera|me gustaria|no puedo|no podemos|"
        r"no me alcanza|no nos alcanza|car[oa]s?|carisim[oa]s?|costos[oa]s?|presupuesto|plata|dinero|tiempo|prisa|apuro|apurad\w*|urgente|urge|ocupad[oa]s?|tarde|otra vez|de nuevo)(?![a-z0-9])"
    ),
    # the customer reports a problem with what they bought or were served
    "problem_report": (
        r"\b(?:no (?:me |nos |le )?(?:funciona|funcionan|anda|andan|prende|prenden|enciende|encienden|arranca|arrancan|carga|cargan|conecta|abre|cierra|imprime|responde|enfria|calienta|"
        r"llega|llegan|ha llegado|han llegado|llego(?! a fin)|llegaron|vino|vinieron|ha venido|aparecio|aparece|jala|agarra|funcionaba|marca|lee|sale el agua|hay senal|tengo senal)|"
        r"(?:dejo|han dejado|ha dejado|dejaron) de (?:funcionar|andar|servir|cargar|enfriar|calentar|prender|encender|llegar|responder)|"
        r"se (?:me |nos |le |te |les )?(?:rompio|ha roto|rompieron|quebro|quemo|dano|descompuso|malogro|estropeo|ha estropeado|averio|ha averiado|colgo|trabo|tranco|apago|corto|congelo|bloqueo|murio|jodio|fundio|"
        r"perdio|mojo|despego|solto|cayo (?:el sistema|la pagina|la app|la red|el servicio|internet|la linea))|"
        r"(?:esta|estan|vino|vinieron|llego|llegaron) (?:\w+ )?(?:rot[oa]s?|danad[oa]s?|malograd[oa]s?|descompuest[oa]s?|abollad[oa]s?|rayad[oa]s?|manchad[oa]s?|vencid[oa]s?|caducad[oa]s?|"
        r"equivocad[oa]s?|incomplet[oa]s?|abiert[oa]s?|frio|fria|crud[oa]|quemad[oa]|podrid[oa]|sucio|sucia)|rot[oa]s?|averiad[oa]|estropead[oa]|defectuos[oa]|gotea|pierde (?:agua|aceite|aire)|"
        r"(?:hay|tengo|tiene) (?:una )?(?:fuga|gotera|falla|averia|defecto)|fuga|gotera|falla(?:ndo)?|fallo|(?:vino|llego|esta|salio|viene) fallad[oa]|no sirven?(?=[.!,]|$| (?:para nada|mas\b|desde|el |la |los |las ))|sin (?:luz|agua|internet|senal|linea|gas|calefaccion|servicio|conexion|cobertura)|"
        r"se (?:corta|cae|cuelga|traba|tranca|apaga|reinicia|calienta demasiado|sobrecalienta)|(?:me|nos) (?:cobraron|cobran|han cobrado|facturaron|cargaron|debitaron) (?:dos veces|de mas|doble|mal|algo que|un cargo)|"
        r"cobro (?:doble|duplicado|indebido)|doble cobro|cargo (?:duplicado|indebido|que no reconozco)|(?:todavia|aun) no (?:me |nos )?(?:llega|llego|ha llegado|funciona|lo arreglan|vienen|viene|aparece|devuelven)|"
        r"sigue sin|siguen sin|nunca (?:llego|vino|me llamaron|aparecio|llegaron)|(?:me|nos) dejaron plantad[oa]s?|no vino nadie|no se presento|me (?:llego|mandaron|enviaron|dieron) (?:otro|otra|el equivocado|uno equivocado|mal|incompleto)|"
        r"(?:viene|vino|llego) con (?:un )?(?:defecto|fallo|falla|golpe|raya)|da (?:un )?error|sale (?:un )?error|mensaje de error|codigo de error|perdieron (?:mi|el|la|mis|nuestro)|"
        r"se perdio (?:mi|el|la)|(?:me|nos) (?:lo |la )?(?:cancelaron|anularon|rechazaron|bloquearon|cortaron|suspendieron)|(?:fue|ha sido) (?:cancelad|rechazad|bloquead)[oa]|"
        r"hace (?:un )?(?:ruido|ruidito)|huele (?:mal|a quemado|raro)|(?:llego|llegaron|vino) (?:frio|fria|tarde|con retraso)|(?:me|nos) (?:prometieron|dijeron|aseguraron) que|"
        r"(?:se supone|supuestamente) (?:que )?(?:cubre|incluye|llegaba|iba a|tenia que)|(?:quiero|quisiera|necesito) (?:cancelar|devolver|reclamar|poner un reclamo|la baja|un reembolso|cambiarlo|cambiarla)|"
        r"muy lento|demasiado lento|lentisim[oa]|no (?:me )?(?:reconoce|acepta|deja) (?:la|el|mi))(?![a-z0-9])"
    ),
    # trainee: a follow-up that refers back to the customer's last words
    "follow_up": (
        r"\b(?:cuenteme mas|cuentame mas|contame mas|cuentenos mas|cuenteme un poco mas|cuentame un poco mas|contame un poco mas|digame mas|hableme mas|hablame mas|"
        r"a que se refiere|a que te refieres|a que te referis|a que se refieren|que quiere decir (?:con|eso)|que quieres decir|que queres decir|como es eso|como asi|por que lo dice|"
        r"por que lo decis|por que lo dices|por que\?|y eso\?|y eso por que|que paso|que le paso|que te paso|que les paso|que ocurrio|que sucedio|y (?:despues|luego|entonces) que|"
        r"por ejemplo|como por ejemplo|me da un ejemplo|me das un ejemplo|me puede dar un ejemplo|me podes dar un ejemplo|en que sentido|de que manera|como (?:le|te|les) (?:afecto|afecta|fue|impacta|impacto)|"
        r"como se sintio|como te sentiste|como lo vivio|como lo viviste|que significo|que implico|que implica eso|(?:eso|esto) suena|(?:eso|esto) debe (?:de )?(?:ser|haber)|esa parte|ese punto|"
        r"eso que (?:dice|dijo|menciona|comenta|dices|decis|mencionaste|menciono)|lo que (?:me )?(?:acaba|acabas) de (?:decir|contar|mencionar)|cuando dice|cuando dices|cuando decis)(?![a-z0-9])"
    ),
    # trainee, anchored: a reply that opens by thanking or cheering
    "pivot": (
        r"^¡?(?:genial|perfecto|perfecta|excelente|estupendo|fantastico|maravilloso|buenisimo|barbaro|chevere|bacan|bacano|padrisimo|que bien|que bueno|muy bien|super|gracias|muchas gracias|"
        r"mil gracias|vale,? gracias|fenomenal|espectacular|de lujo|magnifico|me alegro|que alegria|buenazo|ideal|joya|brutal|increible)(?![a-z0-9])"
    ),
    # trainee: an offer in the shape of a question
    "offer": (
        r"(?:^|[.?!,;:] |¿|(?<=^entonces )|(?<=^y ))¿?(?:(?:quiere|quieres|queres|quiere usted|desea|deseas|desean|le gustaria|te gustaria|les gustaria|quisiera|quieren) "
        r"(?:que (?:le|te|les|se lo|se la|lo|la|os) \w+|(?:una|un|unos|unas|el|la|nuestro|nuestra|probar|ver|agendar|reservar|recibir|llevar|tomar|pedir|programar|hacer una (?:prueba|visita|demo))\b)|"
        r"(?:le|te|les|os|se lo|se la|se los|lo|la) (?:\w+ )?(?:mando|envio|paso|reservo|agendo|anoto|apunto|preparo|llamo|muestro|enseno|traigo|ofrezco|pongo|busco|consigo|cotizo|hago|separo|aparto|sirvo|"
        r"acerco|dejo|armo|programo)\b[^.?!]{0,80}\?|(?:puedo|podemos|podria|podriamos) (?:ofrecerle|ofrecerte|ofrecerles|mandarle|mandarte|enviarle|enviarte|reservarle|reservarte|agendarle|"
        r"agendarte|mostrarle|mostrarte|ensenarle|traerle|traerte|prepararle|prepararte|pasarle|pasarte|llamarle|llamarte|cotizarle|cotizarte|servirle|acercarle|dejarle)|(?:le|te) (?:ofrezco|puedo ofrecer|puedo traer)|"
        r"(?:quiere|quieres|queres|desea|deseas) que (?:le|te) (?:llame|mande|envie|reserve|muestre|prepare|traiga|cotice|agende|ayude))"
    ),
    # trainee: asking leave to sell or for the customer's time
    "asks_leave": (
        r"\b(?:(?:le|te|les) (?:puedo|podria|podemos|podriamos) (?:mostrar|ensenar|presentar|contar|comentar|hablar|explicar|robar|quitar|ofrecer|proponer|dejar)|"
        r"(?:puedo|podria|me permite|me permites|me permitis|permitame|permiteme|me deja|me dejas|me da|me das|me regala|me regalas) (?:\w+ )?(?:mostrarle|mostrarte|ensenarle|ensenarte|presentarle|presentarte|"
        r"contarle|contarte|comentarle|comentarte|hablarle|hablarte|explicarle|explicarte|un minuto|unos minutos|un minutito|cinco minutos|dos minutos|un momento|un momentito)|"
        r"(?<!que )(?<!lo que )(?:le|te|les) (?:interesaria|interesa|interesara|gustaria conocer|gustaria saber (?:mas )?(?:de|sobre)|llamaria la atencion|vendria bien|serviria|tinca|late)\b|"
        r"(?:tiene|tienes|tenes|tienen) (?:un|unos|cinco|dos|diez) (?:minuto|minutos|momento|momentito|minutito)|(?:es|sera) (?:un )?buen momento|(?:le|te) (?:pillo|agarro|encuentro) en (?:buen|mal) momento|"
        r"(?:ha|has|habia|habias|han|habian) (?:pensado|considerado|evaluado|contemplado|analizado) (?:en )?(?:cambiar|pasarse|pasarte|un|una|el|la|nuestro|nuestra|usar|contratar|agregar|anadir|instalar|probar|ampliar|modernizar)|"
        r"(?:ha|has|han) (?:oido|escuchado) (?:hablar )?(?:de|sobre) (?:nuestro|nuestra|el|la|los|las)|conoce (?:nuestro|nuestra|nuestros|nuestras)|conoces (?:nuestro|nuestra))(?![a-z0-9])"
    ),
    # trainee: asking what the customer makes of something offered
    "asks_view_of_offer": (
        r"\b(?:que (?:le|te|les|os) (?:parece|parecio|pareceria|parecen)|que (?:opina|opinas|opinan|piensa|piensas|pensas|piensan|dice|dices|decis|me dice|me dices) (?:de|sobre|del|si|de esto|de eso)|"
        r"como (?:lo|la|los|las|le|te) ve(?:s|n)?\b|que tal (?:le|te|les) (?:suena|parece)|como (?:le|te|les) suena|(?:le|te|les) (?:suena|convence|cierra|late|tinca|llama la atencion)|"
        r"(?:consideraria|considerarias|considerarian|estaria dispuest[oa]s?|estarias dispuest[oa]|estaria abiert[oa]|estarias abiert[oa]) (?:a|en)|que tal si|y si (?:probamos|prueba|probas|pruebas|le|te|hacemos)|"
        r"(?:le|te) (?:interesaria|interesa)|que (?:impresion|sensacion) (?:le|te) (?:da|deja|dio|dejo))(?![a-z0-9])"
    ),
    # trainee sentence, anchored: a sentence opening a playback
    "plays_back": (
        r"^¿?(?:(?:ok|okay|vale|bien|bueno|ya|ya veo|claro|entiendo|perfecto|a ver|mmm|ah|aja|mira|mire),? )?(?:entonces|o sea|osea|asi que|es decir|en otras palabras|dicho de otro modo|"
        r"resumiendo|en resumen|recapitulando|a ver si (?:lo |le |te )?entendi|si (?:lo |le |te )?(?:entendi|he entendido|entiendo) bien|si no (?:me equivoco|entendi mal)|"
        r"(?:por lo que|segun lo que|de lo que) (?:me )?(?:dice|dices|decis|cuenta|cuentas|contas|comenta|comentas|entiendo)|(?:usted|tu|vos|ustedes) (?:me )?(?:dice|dices|decis|dicen|esta diciendo|estas diciendo) que|"
        r"(?:me )?(?:dice|dices|decis) que|me (?:dijo|dijiste|comento|comentaste|conto|contaste|menciono|mencionaste) que|lo que (?:usted |tu |vos )?(?:me )?(?:dice|dices|esta diciendo|estas diciendo|plantea|cuenta) es|"
        r"suena (?:a|como) que|parece que|(?:dejeme|dejame) (?:ver si|confirmar|resumir)|para (?:confirmar|asegurarme|resumir)|(?:usted|tu|vos) (?:quiere|quieres|queres) decir|(?:se|te) refiere(?:s)? a)(?![a-z0-9])"
    ),
    # trainee sentence: a checking tag in a playback
    "asks_check": (
        r"(?:¿|, ?|^)(?:verdad|cierto|no|es asi|es correcto|correcto|lo entendi bien|le entendi bien|te entendi bien|entendi bien|me equivoco|estoy en lo cierto|es eso|va por ahi|voy bien|no es cierto|"
        r"no es asi|ok|si|me explico|lo capte bien|lo he entendido bien|lo resumi bien|es mas o menos asi)\s*\?\s*$|\b(?:lo |le |te )?(?:entendi|he entendido|capte) bien\?|"
        r"\bestoy en lo cierto\b|\bcorrijame si\b|\bcorregime si\b|\bcorrigeme si\b|\bes (?:asi|correcto|eso)\?"
    ),
    # trainee sentence, anchored: the start of a declarative check
    "reflect_start": (
        r"^¿?(?:(?:ok|okay|vale|bien|bueno|ya|ya veo|claro|entiendo|a ver|mmm|ah|aja),? )?(?:entonces|o sea|osea|asi que|en otras palabras|es decir|dicho de otro modo|en resumen|resumiendo|"
        r"(?:usted |tu |vos )?(?:quiere|quieres|queres) decir(?: que)?|(?:se |te )?refiere(?:s)? a(?: que)?|suena (?:a|como)|parece que|por lo que (?:me )?(?:dice|cuenta|comenta|dices|cuentas|decis|contas)|"
        r"lo que (?:usted |tu |vos )?(?:me )?(?:esta diciendo|estas diciendo|dice|dices|decis|plantea|cuenta) es|(?:usted |tu |vos )?(?:me )?(?:dice|dices|decis|esta diciendo|estas diciendo) que)(?![a-z0-9])"
    ),
    # trainee sentence: a statement that mirrors the customer's meaning or feeling without asking
    "reflects": (
        r"^(?![^?]*\?)(?:(?:entonces|o sea|osea|asi que|bueno|claro|ya veo|ya|entiendo|a ver|mmm|ah|y|pues|vaya),? )*(?:"
        r"(?:(?:a usted|a ti|a vos|a ustedes|para usted|para ti|para vos),? )?(?:le|te|les) " + _ITCONCERNS + r"\b|"
        r"(?:usted |ustedes |tu |vos )?(?:esta|estas|estan|anda|andas|andan|se siente|se sienten|te sientes|te sentis|siente|sientes|sentis|sienten|se nota que esta) (?:muy |bastante |un poco |algo |realmente |re |super |medio |tan )?"
        r"(?:" + _FEEL + r"|que\b|cansad[oa]s? de|entre|buscando (?!algo)|pensando en (?!algo))|"
        r"lo que (?:mas )?(?:le|te|les) " + _ITCONCERNS + r" es|lo que (?:usted |ustedes |tu |vos )?(?:busca|buscan|necesita|necesitan|quiere|quieren|valora|valoran|espera|esperan) (?:de verdad |realmente )?es|"
        r"(?:para usted|para ti|para vos|para ustedes),? lo (?:mas )?(?:importante|principal|que cuenta|que importa)|suena (?:a|como) que|parece que (?:a usted |para usted )?(?:le|te|les|lo que|lo mas|su|tu)|"
        r"(?:el|la|lo|los|las) (?:\w+ ){1,5}(?:le|te|les|lo|la|los|las|me|nos) (?:esta|estan)? ?(?:pesando|preocupando|afectando|costando|molestando|superando|frustrando|quitando|agobiando|desbordando|resulta|resultan|pesa|pesan|preocupa|preocupan)|"
        r"es (?:un|una) (?:decision|cambio|paso|golpe|carga|situacion|momento|proceso|tema|inversion|responsabilidad) (?:\w+ )?(?:grande|dificil|duro|dura|importante|complicad[oa]|pesad[oa]|agotador[a]?|frustrante|desgastante|delicad[oa]|fuerte)|"
        r"es (?:agotador|frustrante|desgastante|cansador|duro|dificil|angustiante|desesperante|un fastidio) (?:tener que|no saber|que|esperar|estar)|"
        r"(?:lo|la|los|las) (?:esta|estan) (?:superando|desbordando|agobiando|frenando|afectando)|(?:el|lo|la) (?:que )?(?:le|te|les) (?:frena|detiene|preocupa|importa) (?:es|no es)|"
        r"(?:el|la) (?:\w+ ){0,3}(?:es|era) (?:lo que|la que|el que) (?:mas )?(?:le|te|les) (?:duele|preocupa|importa|pesa|frena|molesta|cuesta)|"
        r"(?:para usted|para ti|para vos|para ustedes),? (?:es|son|pesa|pesan|cuenta|cuentan) (?:muy |mucho |realmente )?(?:importante|clave|fundamental|prioritario|esencial|mucho|lo primero)|"
        r"(?:se sintio|se sintieron|se siente|se sienten|te sentiste|te sentis|te sientes|se ha sentido|se han sentido) \w+|"
        r"(?:quiere|quieren|queres|quieres) (?:que (?:el|ella|ellos|su|sus|la gente|los|las)|ser parte|darle|darles|sentir|sentirse|evitar|asegurarse|estar tranquil)|"
        r"(?:extrana|extranan|extranas|echa de menos|echan de menos|duda de que|dudan de que|desconfia|desconfian|carga con|cargan con|esperaba que|esperaban que)\b|"
        r"tienen? (?:miedo|ganas|ilusion|la sensacion|la impresion|la meta|las ganas|visiones distintas)\b|vienen? de (?:varias|muchas|una|malas|algunas)|"
        r"ha sido (?:un|una) (?:\w+ )?(?:muy |bastante |realmente )?(?:duro|dura|dificil|complicad[oa]|pesad[oa]|agotador[a]?|largo|larga|intens[oa])|"
        r"que (?:frustracion|alegria|bronca|rabia|pena|orgullo|emocion|ilusion|impotencia)\b,|"
        r"(?:el|la|los|las) (?:\w+ ){1,5}(?:le|les|lo|los|la|las) (?:complica|complicaba|complican|afecta|afectan|esta afectando|estan afectando|golpea|golpeo|ha golpeado|han golpeado|"
        r"juega en contra|juegan en contra|traen?|genera|generan|esta poniendo|estan poniendo|se hace|se hacen)\b|"
        r"[^?]*\b(?:y )?(?:eso|esto) (?:le|te|les) (?:preocupa|inquieta|molesta|pesa|cansa|frustra|desconcierta|duele|afecta|angustia)\b|"
        r"[^?]*\blo que (?:mas )?(?:le|te|les|los|las|lo|la) (?:frena|limita|molesta|preocupa|importa|inquieta|pesa|cuesta|complica|falta) es\b|"
        r"[^?]*\b(?:y )?eso (?:cansa|desconcierta|frustra|duele|agota|se nota|preocupa|pesa)\b|[^?]*[;,] es (?:frustrante|agotador|desgastante|duro)\b)"
    ),
    # trainee sentence: the start of a question clause inside a sentence (stacked questions)
    "asked_clause": (
        r"(?:^|[,;] (?:y |o |e )?)¿?(?:(?:que|cual|cuales|como|cuanto|cuanta|cuantos|cuantas|cuando|donde|adonde|quien|quienes|por que|para que|a que|de que|en que|con que|con quien|de donde)(?![a-z0-9])(?! ?[,;?])"
        r"(?! (?:bien|bueno|pena|lastima|raro|suerte|mal|interesante|padre|genial|alegria|horror)\b)(?=[^.!]*\?)|"
        r"(?:cuenteme|cuentame|contame|digame|dime|decime|expliqueme|explicame|describame|describeme|describa|hableme|hablame|platiqueme|platicame)\b)|[,;] ¿"
    ),
    # trainee sentence fragment, anchored: a filler that opens a sentence without adding a list item
    "discourse": (
        r"^¡?(?:oh|ah|ay|eh|uy|ok|okay|okey|vale|bien|bueno|pues|entonces|asi que|o sea|osea|mira|mire|oye|oiga|che|a ver|vamos|listo|dale|claro|ya|ya veo|perfecto|genial|gracias|muchas gracias|"
        r"hola|buenas|buenos dias|buenas tardes|buenas noches|primero|en primer lugar|primero que nada|luego|despues|ahora|bueno pues|este|mmm+|hmm+|aja|y|pero|perdon|disculpe|disculpa|super|excelente|"
        r"entiendo|de acuerdo|correcto|senor|senora|don|dona|bueno bueno|vale vale|ya ya|fijese|fijate|sabe que|sabes que|bien bien|muy bien|que bien|que bueno|en serio|de verdad|si)[.!,?]?$"
    ),
    # trainee sentence: a question that invites description, explanation or a view
    "open_question": (
        r"\b(?:cuenteme|cuentame|contame|cuentenos|cuentanos|hableme|hablame|hablenos|describame|describeme|describime|describa|describe con|expliqueme|explicame|explicanos|expliquenos|"
        r"platiqueme|platicame|comparta conmigo|compartame|ilustreme|me gustaria que me (?:contara|contaras|explicara|explicaras|describiera|hablara)|me cuenta (?:un poco|como|que|por que)|"
        r"me explica (?:como|que|por que)|a que se refiere|a que te refieres|a que te referis|que (?:quiere|quiso|quieres|queres|quisiste) decir|que entiende(?:s)? (?:usted )?por|que tiene en mente|"
        r"que (?:le|te) viene a la mente|que (?:seria|es|significa) (?:\w+ )?para (?:usted|ti|vos|ustedes))\b|"
        r"(?:^|¿|[,;:] )\s*(?:(?:y|pero|entonces|y entonces|bueno|ahora),? )?(?:(?:en|de|a|con|para|desde) )?(?:como|por que|para que)\b"
        r"(?! (?:se llama|se escribe|(?:prefiere|quiere|queres|quieres|desea|va a|vas a) pagar|calificaria|calificarias|evaluaria|puntuaria|no\b|(?:me |le |te )?(?:dijo|dije|dijiste|decia|quedamos|acordamos|comento|hablamos|queria|siempre|antes|de costumbre|ya (?:le|te|me) (?:dije|dijo)))\b)|"
        r"(?:^|¿|[,;:] )\s*(?:(?:y|pero|entonces|y entonces|bueno|ahora|antes de (?:terminar|colgar|cerrar)),? )?(?:(?:en|de|a|con|para|desde) )?que\b "
        r"(?:(?:exactamente|concretamente|realmente|mas|otr[oa]s?|le|te|les|nos|se|es|son|fue|fueron|era|seria|serian|ha|han|hay|hace|hacen|haces|hacia|hacian|pasa|paso|pasaria|sucede|"
        r"ocurre|ocurrio|podria|podriamos|podrian|deberia|deberiamos|cambiaria|cambiarian|mejoraria|mejorarian|diria|dirian|haria|harian|opina|opinas|opinan|piensa|piensas|pensas|piensan|cree|crees|creen|"
        r"siente|sientes|sienten|espera|esperas|esperan|busca|buscas|buscan|valora|valoras|valoran|necesita|necesitan|necesitas|significa|implica|esta fallando|falta|falto|tiene en mente|"
        r"suenos|imagen|uso|pasos|tareas|herramientas|aspectos|cosas|temas|puntos|ideas|detalles|necesidades|problemas|dificultades|retos|desafios|dudas|preocupaciones|asuntos|informacion|"
        r"expectativas|objetivos|metas|planes|prioridades|opinion|impresion|comentarios|experiencia|impacto|efecto|resultados?|diferencia|tipo de|clase de|parte|aspecto|sentido|manera|forma|"
        r"aprendio|ha aprendido|le ha|te ha|les ha)\b)(?! (?:tan|porcentaje|capacidad|numero|nombre|correo|codigo|direccion|fecha|hora|dia|talla|color|marca|modelo)\b)|"
        r"\bcual(?:es)? (?:es|son|seria|serian|fue|fueron) (?:su|tu|sus|tus|el|la|los|las) (?:mayor|mayores|principal|principales|objetivo|objetivos|meta|metas|reto|retos|desafio|desafios|"
        r"prioridad|prioridades|experiencia|opinion|vision|idea|expectativa|expectativas|preocupacion|preocupaciones|sueno|suenos)|"
        r"\b(?:me|nos) (?:podria|puede|podes|puedes|podrian) (?:contar|explicar|describir|detallar|platicar|comentar)|\bque tal (?:le|te|les) (?:fue|va|ha ido|resulto|funciono)|"
        r"\bque tal (?:la|el|los|las|su|tu) (?:\w+ )?(?:experiencia|capacitacion|servicio|estadia|instalacion|atencion|viaje|proceso)"
    ),
    # trainee sentence: a question asking for yes/no or one short fact
    "closed_question": (
        r"^(?![^?]*(?:^|¿|[,;:] )\s*(?:(?:y|pero|entonces|bueno|o sea|y entonces|ok|vale|perdone|disculpe),? )?(?:(?:a|de|en|con|para|por|desde) )?"
        r"(?:que|como|cual|cuales|quien|quienes|cuanto|cuanta|cuantos|cuantas|cuando|donde|por que|para que)\b"
        r"(?! (?:me |le |te )?(?:dijo|dije|dijiste|decia|quedamos|acordamos|comento|hablamos|queria|siempre|antes|de costumbre)\b))"
        r"(?![^?]*\b(?:cuenteme|cuentame|contame|hableme|hablame|describame|expliqueme|explicame)\b)[^?]*[a-z0-9)\"] ?\?|"
        r"(?:^|¿|[,;:] )\s*(?:(?:y|pero|entonces|perdone|disculpe),? )?(?:(?:a|de|en|para|desde|hasta|por|con) )?(?:cuant[oa]s?|cuando|donde|cual de|cual prefiere|cual quiere|a que hora|hace cuanto|desde cuando|"
        r"que (?:dia|fecha|hora|talla|color|numero|marca|modelo|tamano|plan|version|medida|horario|sistema|presupuesto|edad|tan|porcentaje|capacidad|cantidad|volumen|banco)|"
        r"cual (?:es|era|seria|fue) (?:su|tu|el|la|los|las) (?:\w+ )?(?:numero|nombre|correo|email|mail|codigo|direccion|fecha|cargo|telefono|celular|ticket|volumen|plazo|tasa|usuario|patente|"
        r"referencia|apellido|dni|rut|curp|cedula|nit|cuit|rfc|clabe|talla|precio|presupuesto|monto|cantidad|horario|edad|marca|modelo|porcentaje|capacidad|tamano|medida|piso|banco|ciudad|comuna)|"
        r"con que (?:frecuencia|banco|numero|proveedor|sistema)|en que (?:mes|ano|ciudad|piso|comuna|barrio|habitacion|fecha|provincia|estado|zona|municipio|sucursal)|"
        r"a que (?:direccion|correo|nombre|numero|sucursal)|quien (?:firma|decide|autoriza|paga|es el|es la|toma la decision)|con quien tengo el gusto|como se llama|"
        r"(?:en una escala )?del \d+ al \d+)\b[^?]*\?|\b(?:verdad|cierto|correcto|no|si|ok|vale|si o no|no es (?:cierto|asi))\?\s*$"
    ),
}

#: space-separated words (already in the matched form)
CHECK_WORDS = (
    "entiendo entendi entendido entender entiende comprendo comprendi comprender comprendido correcto correcta correctamente bien "
    "cierto verdad oigo oir escucho escuche escuchar decir dice dices decis dijo dijiste dicho quiere quieres queres quiero significa "
    "suena parece parecer resumen resumir resumiendo recapitular recapitulando confirmar confirmo chequear verificar asegurarme asegurar "
    "claro justo exacto exactamente entonces sea osea principal importante importa mas realmente basicamente preocupa preocupacion "
    "preocupado preocupada preocupan inquieta tema punto cosa cosas todo algo nada olvide olvido falta equivoco mal sentir siente siento "
    "sentimiento captar capte refiere referis refieres resumo repaso repasar corrijame corregime corrigeme seguro segura comento comentado "
    "mencionaste menciono conto contaste cuenta cuentas principal fundamental clave prioridad"
)

#: the language's function words (articles, pronouns, prepositions, auxiliaries, fillers), folded
STOPWORDS = (
    "el la los las lo un una unos unas al del de a ante bajo con contra desde durante en entre hacia hasta mediante para por segun sin "
    "sobre tras y e ni o u pero sino que porque pues como cuando donde mientras si aunque ya tambien tampoco muy mas menos tan tanto "
    "yo tu vos usted ustedes el ella ello ellos ellas nosotros nosotras vosotros vosotras me te se nos os le les mi mis tu tus su sus "
    "nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras mio mia mios mias tuyo tuya suyo suya conmigo contigo consigo "
    "este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso aquello aqui aca ahi alli alla "
    "ser soy eres sos es somos sois son era eras eramos eran fue fui fuiste fuimos fueron sea sean sido siendo seria serian sera seran "
    "estar estoy estas esta estamos estais estan estaba estaban estuvo estuve estado estando este esten estaria "
    "haber he has ha hemos habeis han habia habian hubo hay haya hayan habra habria hubiera "
    "tener tengo tienes tenes tiene tenemos teneis tienen tenia tenian tuve tuvo tenido tendra tendria "
    "hacer hago haces hace hacemos hacen hizo hice hecho ir voy vas va vamos vais van iba iban ido "
    "poder puedo puedes podes puede podemos pueden podria podrian pudo "
    "algo alguien algun alguna algunos algunas nada nadie ningun ninguna ninguno otro otra otros otras mismo misma mismos mismas "
    "todo toda todos todas cada cual cuales quien quienes cuanto cuanta cuantos cuantas que cuyo cuya "
    "no si ok okay vale bueno bien eh ah oh ay uy mmm hmm aja este pues entonces osea digamos tipo "
    "mira mire oye oiga che hola gracias senor senora don dona solo asi entonces luego despues antes ahora hoy "
    "nomas nada mas casi siempre nunca jamas tal vez quizas quiza"
)

# -- Added after reading the development dialogues (tests/data/es/dialogues/) --------------------------
# What their trainees said that the cues above missed, written as the general phrase.
MOVE_CUES["argument"].append((r"\b(?:lo |eso lo |esto lo )?(?:tendria|tendrias|deberia|deberias|tenia|tenias|habria|hubiera|hubieras)n? que haber "
                              r"(?:mirado|leido|revisado|preguntado|visto|avisado|llamado|consultado|pensado|fijado)|"
                              r"\beso (?:le |te )?pasa (?:porque|por) (?:seguramente |seguro |probablemente |capaz que )?(?:usted|ustedes|tu|vos)\b|"
                              r"\bno es (?:responsabilidad|culpa|problema|asunto) (?:nuestra|nuestro|mia|mio|de nosotros|de la empresa)\b|"
                              r"\b(?:alguien|algun empleado) de (?:su|tu) (?:equipo|empresa|oficina|casa|familia) (?:habra|debe haber|debio|tuvo que)\b", 2.5))
MOVE_CUES["leading"].append((r"\b(?:nadie quiere|todo el mundo quiere|todos quieren|lo mejor es|no hay nada mejor que|seguro que (?:usted|tu|vos) "
                             r"(?:quiere|prefiere|busca))\b[^?]{0,100}\?", 2.5))
MOVE_CUES["rudeness"].append((r"\bsiquiera\b|\bque (?:tambien )?(?:le|te|les) (?:ensenemos|expliquemos|hagamos) (?:a|el|la|su|tu)\b|"
                              r"\bpara eso no (?:venga|vengas|vengan|llame|llames|compre|compres)\b|\b(?:pida|pidas|compre|compres|use|uses|haga|hagas) [^.?!,]{1,30} y ya\b", 2.5))
MOVE_CUES["argument"].append((r"\b(?:usted|ustedes|tu|vos) (?:puso|pusieron|pusiste|escribio|escribieron|escribiste|dio|dieron|diste|anoto|anotaste|marco|marcaste) mal\b|"
                              r"(?<!\bno )(?<!\bya no )\b(?:es|eso es) (?:cosa|problema|asunto) (?:suya|suyo|tuya|tuyo|de ustedes|de usted)\b|\bnosotros (?:ya )?(?:entregamos|cumplimos|hicimos nuestra parte)\b|"
                              r"\bseguro (?:que )?(?:lo|la|los) (?:recibio|tomo|agarro|saco) (?:algun|alguien|un|su)\b", 2.5))
MOVE_CUES["upsell"].append((r"\b(?:le|te|les) (?:agregamos|sumamos|ponemos|anadimos|incluimos) (?:tambien|ademas)\b|\b(?:agregamos|sumamos|anadimos) tambien\b", 2.5))
MOVE_CUES["pitch"].append((r"\b(?:tenemos|hay|tengo|traemos|llego|llegaron) (?:un|una|unos|unas|el|la|los|las|nuestro|nuestra|nuestros|nuestras)? ?[\w-]+(?: [\w-]+){0,3} (?:en promocion|en oferta|de oferta|a mitad de precio|con descuento|muy rendidor\w*|buenisim\w*)\b|"
                           r"\bcon (?:el|la|los|las|nuestro|nuestra) [\w-]+(?: [\w-]+){0,2} (?:le|te|les) va a (?:ir|salir|rendir) (?:muy )?bien\b", 1.5))
#: the course's names for the need levels, and the words that make them labels ("sus necesidades de servicio")
EXCHANGE["level_names"] = r"\b(producto|servicio|experiencia|relacion|exito)(?:s|es)?\b"
EXCHANGE["need_word"] = r"\b(?:necesidad(?:es)?|nivel(?:es)?)\b"
#: The course's own words said at the customer (`exchange.framework_talk`): "su satisfaccion y nuestra relacion".
EXCHANGE["framework_words"] = r"\b(experiencia|relacion|exito|exitos[oa]|satisfaccion|satisfech[oa]|expectativa|valor)(?:s|es)?\b"
#: a reply that opens by answering a yes/no question
EXCHANGE["answers"] = r"^(?:si|no|claro|exacto|eso es|correcto|por supuesto|para nada)\b"
#: a polite way out of the conversation, said with thanks
EXCHANGE["polite_exit"] = (r"\b(?:vuelvo|volvere|paso|pasare|le llamo|te llamo)\b[^.!?]{0,20}\b(?:otro dia|mas tarde|en otro momento)\b|"
                           r"\b(?:lo pienso|me lo pienso|lo pensare)\b|\b(?:otro dia|otra vez sera|en otra ocasion)\b")
#: a customer pressing the point (a line that opens with "but", "… or not?")
# going along for want of another way ("supongo que tendrá que ser así", "qué remedio"): not won over
EXCHANGE["grudging"] = (r"\bsupongo que (?:si|no queda otra|tendra que|habra que|me tocara|ni modo)|\bque remedio\b|\bno (?:me|nos) queda (?:otra|mas remedio)\b|"
                        r"\bsi no hay (?:mas remedio|otra)\b|\bni modo\b|\blo que sea[.!]|\bno tengo (?:otra opcion|eleccion)\b")
# the customer's question went unanswered ("mi pregunta era otra", "no me ha contestado")
EXCHANGE["unanswered"] = (r"\bmi pregunta (?:era|es)\b|\bno (?:me )?(?:has|ha|han) (?:contestado|respondido)\b|"
                          r"\beso no es lo que (?:te |le |les )?(?:pregunte|pedi)\b|\b(?:yo )?(?:queria|pregunte) (?:saber )?[\w -]{0,30}\bprimero\b|"
                          r"\b(?:o no|si o no)\s*[?!.]*\s*$|\bno (?:me )?(?:esta|estas|estan) (?:escuchando|ayudando)\b")
# a plan put forward, then the customer's view asked of it ("…y lo probamos un mes. ¿Qué le parece?")
EXCHANGE["checks_offer"] = r"[.!:;,] (?:entonces,? )?(?:que (?:le|te|les) parece|(?:le|te|les) parece bien|(?:le|te|les) (?:sirve|vale|funciona)|como lo ve)\?*$"
# the sale declared done without the customer's yes ("entonces queda decidido", "aquí tiene su recibo")
EXCHANGE["declares_done"] = (r"\b(?:entonces )?(?:queda|esta) decidido\b|\baqui (?:tiene|tienes) (?:su|tu) (?:recibo|ticket)\b|"
                             r"\bya (?:se lo |te lo |lo )?(?:he )?cobrado\b|\bla venta (?:esta|queda) (?:hecha|cerrada)\b|"
                             # "Perfecto, ya ha aceptado seguir adelante.", "Entonces ha confirmado la necesidad: …"
                             r"\b(?:usted |tu )?(?:ya )?(?:ha|has) (?:aceptado|confirmado|decidido|dicho que si)\b")
EXCHANGE["presses"] = r"^pero\b|\b(?:o no|si o no)\s*[?!.]*\s*$"
EXCHANGE["corrects"] += r"|\b(?:yo )?no (?:dije|he dicho|pedi|hable de|mencione) (?:eso|nada de eso|eso ultimo)\b|\blo que (?:necesito|quiero|pedi|dije) es\b|\b(?:yo )?solo (?:quiero|queria|necesito|pedi) (?:saber|que)\b"
EXCHANGE["walks_away"] += r"|\b(?:busco|buscar|buscare|buscaremos|vamos a buscar) (?:a )?otr[oa]s? (?:gente|empresa|proveedor|tienda|taller|lado|sitio|persona|agencia|banco|clinica|bodega|distribuidor|academia|gestoria|programa)\b|\bya no,? gracias\b|\bque groser[oa]\b|\bno van a hacer nada\b"
UPSET_CUES.append((r"\bque groser[oa]\b|\bno van a hacer nada\b|\bincreible\b[.!]", 2.0))
MOVE_CUES["counter_question"].append((r"\bque (?:es )?(?:exactamente |concretamente |en concreto |realmente )?(?:lo que )?(?:le|te|les|lo|la) "
                                      r"(?:hace|hacen) dudar\b|\bque (?:le|te|les) (?:frena|frenan|detiene|detienen|hace falta para decidir)\b", 3.0))
MOVE_CUES["pressure"].append((r"\btarjeta o (?:en )?(?:efectivo|transferencia|contado|debito)\b|\b(?:llevese|lleveselo|lleveselos|lleveselas|llevatelo|llevatela|"
                              r"comprelo|compralo|firmelo|firmalo|reservelo|reservalo|aprovechelo|aprovechalo) (?:ya|hoy|ahora)\b|"
                              r"\bque se (?:acaban|agotan|terminan|van)\b|\bquedan (?:muy )?(?:pocos|pocas|solo (?:dos|tres|unos|unas|\d+))\b|\bultim[oa]s (?:unidades|plazas|lugares|cupos)\b", 2.5))
#: asking the customer to check that the fix worked ("¿Ya le funciona?", "para asegurarnos de que sigue conectado")
EXCHANGE["checks_fix"] = (r"\b(?:ya |ahora )?(?:le |te |les )?(?:funciona|anda|carga|conecta|enciende|prende)(?: ya| ahora| bien| otra vez| de nuevo)?\s*\?|"
                          r"\b(?:se |lo |la )?(?:arreglo|soluciono|resolvio)\s*\?|\bpara (?:asegurarnos|asegurarme|comprobar|confirmar|verificar) (?:de )?que (?:ya |todo |sigue |siga )?(?:funciona|anda|esta bien|quedo bien|conectado|estable)|"
                          r"\bmientras (?:sigo|estoy|seguimos) (?:en la linea|al telefono)|\b(?:digame|dime|cuenteme|cuentame) que (?:luces|luz|pantalla) (?:ve|ves|aparece|salen)")
#: something done or promised that a check of the fix can follow ("ya le he reiniciado la línea", "listo", "le llamo el viernes")
EXCHANGE["acted"] = (r"\b(?:ya |ahora )?(?:le |te |les |lo |la )?(?:he|hemos) \w+(?:ado|ido|to|cho)\b|^(?:listo|hecho|arreglado)\b|"
                     r"\b(?:le|te|les) (?:llamo|llamare|escribo|escribire|mando|mandare|envio|enviare|aviso|avisare)\b|\b(?:voy|vamos) a \w+(?:ar|er|ir)\b")
#: a promise of contact with no day or time ("alguien se pondrá en contacto con usted"), and words that say when
EXCHANGE["vague_promise"] = (r"\b(?:alguien|el tecnico|un tecnico|el equipo|nuestro equipo|el departamento|la oficina|el gestor|un companero)\b[^.!?]{0,20}\b(?:se pondra en contacto|le|te|lo|la|los)?\s?(?:contactara|llamara|escribira|avisara)\b|"
                             r"\b(?:se pondra|nos pondremos|se pondran) en contacto\b|\b(?:le|te|les) (?:contactaremos|avisaremos|diremos algo|llamaremos)\b(?! (?:hoy|manana))")
EXCHANGE["time_said"] = (r"\b(?:hoy|manana|esta (?:tarde|noche|manana|semana)|lunes|martes|miercoles|jueves|viernes|sabado|domingo|antes|despues|"
                         r"dentro de|en (?:\w+ )?(?:horas?|minutos?|dias?)|cuando)\b|\d")
#: the fault put on the customer or on someone else, politely: "Seguramente usted se equivocó al poner la fecha",
#: "será cosa de su agencia o de su banco, no nuestra"
MOVE_CUES["argument"].append((r"\b(?:seguramente|seguro que|probablemente|capaz que) (?:usted|ustedes|tu|vos)? ?(?:se )?(?:equivoco|equivocaron|equivocaste|confundio|confundieron|confundiste)\b|"
                              r"\b(?:sera|es|fue|debe ser|debe de ser) (?:cosa|culpa|problema|error) de (?:su|tu|la|el) (?:agencia|banco|aseguradora|tarjeta|proveedor|operador|transportista|correo)\b|"
                              r",? no (?:nuestra|nuestro|de nosotros)\s*[.!]?$", 2.5))

#: a customer holding back a decision ("Déjeme pensarlo", "Lo tengo que consultar con mi socio", "Ya le aviso")
EXCHANGE["hesitates"] = (r"\b(?:d[eé]j(?:e|a)me(?:lo)? (?:pensar(?:lo)?|pensarmelo|consultar(?:lo)?)|d[eé]jeme que lo piense|me lo (?:pienso|pensare|voy a pensar)|"
                         r"lo (?:voy a |tengo que |tendria que |quiero |prefiero )?(?:pensar|consultar|hablar)|(?:tengo|necesito|quiero|prefiero) pensar(?:lo|melo)|"
                         r"(?<!no )lo (?:pensare|pienso|consulto|consultare|hablo|hablare)\b|necesito (?:mas )?tiempo(?: para (?:pensar|decidir))?|"
                         r"ya (?:le|te|les) (?:dire|digo|aviso|avisare|llamo|llamare|confirmo|confirmare|escribo)|"
                         r"no estoy segur[oa] (?:todavia|aun|de (?:comprar|firmar|contratar|querer|hacerlo|que (?:lo|me|nos) convenga))|"
                         r"todavia no (?:lo )?(?:tengo claro|estoy segur[oa]|se|he decidido)|aun no (?:lo )?(?:tengo claro|he decidido|se))\b")
#: a summary that asks what it left out ("¿Se me escapa algo?"), and a reply that says nothing was ("No, eso es todo")
EXCHANGE["missed_anything"] = (r"\b(?:(?:me )?(?:he |hemos )?(?:olvidado|dejado|saltado)|se me (?:ha |habra )?(?:olvidado|escapado|pasado)|"
                               r"se me (?:escapa|olvida|pasa)|me (?:falta|falto|olvido|olvide|deje|salte))\b[^?]{0,15}\b(?:algo|alguna cosa|nada)\b|"
                               r"\b(?:falta|faltaria) (?:algo|alguna cosa)\b")
EXCHANGE["nothing_missed"] = r"^(?:no|nada|para nada)\b"
# the customer could not follow the reply ("no le entiendo", "me he perdido", "¿qué significa eso?")
# (not "Sí, aquí en la cartera. Por eso es que no entiendo.": what happened, not the trainee's words, is what she cannot
# make sense of; fiftieth round, es/blind48 read)
EXCHANGE["lost"] = (r"(?<!por eso es que )(?<!por eso )\bno (?:le |te |les )?(?:entiendo|entendi|sigo|segui)\b|\bme (?:he )?perdi(?:do)?\b|\bque (?:significa|quiere decir) (?:eso|esto|todo eso)\b|"
                    r"\b(?:eso|esto|todo eso)(?: (?:es|suena|fue))? (?:muy|demasiado) (?:tecnico|complicado)\b|"
                    r"\b(?:muy|demasiado) (?:tecnico|complicado) para mi\b|\ben cristiano\b")
# faults that cost points (coursekit/scoring/faults.py): a promise nobody can keep ("le garantizo que entra",
# "cien por cien seguro", "tiene mi palabra"), unless the sentence hedges it ("no le puedo garantizar")
EXCHANGE["overpromise"] = (r"(?<!\bsi )\b(?:le|te|les|se lo|se la|os) (?:garantizo|garantizamos|aseguro|prometo)(?: que)? (?!que (?:le|te) (?:llam|escrib|avis))|"
                           r"(?:,|—|–| -) ?garantizad[oa]s?\b|\bgarantizad[oa]s?(?=[.!?]|\s*$)|\b(?:cien|100) ?(?:%|por ?ciento|por cien)(?: seguro| garantizado)\b|"
                           r"\btiene(?:s)? mi palabra\b|\b(?:seguro|segurisimo) que (?:sale|llega|entra|aprueba|le aprueban|funciona|queda perfect)\w*|"
                           r"\bnunca (?:falla|ha fallado)\b|\bes (?:una )?(?:cosa )?segur[oa] al cien\b")
EXCHANGE["promise_hedged"] = (r"\bno (?:le |te |les |se lo |os )?(?:puedo|podemos|quiero|voy a) (?:\w+ )?(?:garantizar|prometer|asegurar)|\bnadie (?:le |te )?(?:puede )?(?:garantiza|promete|prometer|garantizar)|"
                              r"\bsin garantia|\bno (?:esta|hay nada) garantizad|\bno (?:es|al) (?:al )?cien")
# advice about the customer's own choices given as the speaker's opinion, when not asked for
EXCHANGE["unasked_advice"] = (r"\bsi me (?:permite|permites) (?:un|darle un|darte un) consejo\b|\b(?:sinceramente|la verdad|honestamente|francamente|personalmente|entre nosotros)\b,?"
                              r"[^.!?]{0,40}?\b(?:usted|tu|vos)? ?(?:deberia|deberias|tendria que|tendrias que|tiene que|tienes que)\b|\byo (?:que usted|que tu|en su lugar|en tu lugar)\b")
EXCHANGE["asked_advice"] = r"\b(?:que|cual) me (?:recomienda|recomiendas|aconseja|aconsejas|sugiere|sugieres)\b|\bdeberia\b|\bconsejo\b|\bque (?:haria|harias) (?:usted|tu)\b|\bque (?:puedo|debo) hacer\b"
EXCHANGE["knows_already"] = r"^\W*(?:(?:si|ya|vale|bueno|mire|oiga|eh)\W+)*ya (?:se|sabemos) (?:como|lo que)\b|\b(?:yo )?conozco a mis (?:padres|hijos|clientes)\b"
# talk about oneself or one's colleagues instead of the customer
EXCHANGE["about_self"] = (r"\bse (?:exactamente|perfectamente) (?:como se siente|lo que se siente|como es|por lo que esta pasando)\b|"
                          r"\bcuando (?:murio|fallecio|se murio|enfermo) mi (?:padre|madre|papa|mama|marido|esposo|esposa|mujer|hijo|hija|abuel[oa]|herman[oa]|perro|gato)\b|"
                          r"\b(?:los del|el equipo de|la gente de|el departamento de|los de) [\w ]{1,20} (?:son|es) un (?:desastre|caos|chiste)\b|\b(?:es|son) nuev[oa]s? y (?:siempre|nunca) \w+")
# the customer asks when ("¿y eso cuándo es?", "¿pronto es cuándo?")
EXCHANGE["asks_when"] = r"\bcuando\b[^.!?]*\?|\bpara cuando\b|\bque dia\b|\ba que hora\b|\bcuanto (?:tiempo|tarda)\b"
# a fix declared done ("ya deberia funcionar", "con eso queda arreglado"), asking the customer to try it ("¿puede
# imprimir una pagina de prueba y me dice si sale?"), the customer saying it works ("ya funciona", "salio")
EXCHANGE["declares_fixed"] = (r"\b(?:ya|ahora) (?:deberia|tendria que) (?:funcionar|andar|estar (?:bien|arreglado|solucionado))\b|"
                              r"\b(?:deberia|tendria que) (?:funcionar|andar) (?:ya|ahora)\b|\b(?:con )?eso (?:deberia (?:arreglarlo|solucionarlo|bastar)|lo arregla)\b|"
                              r"\b(?:ya )?(?:esta|queda) (?:arreglado|solucionado)\b")
EXCHANGE["asks_to_test"] = (r"\b(?:pagina|impresion|correo|llamada|venta|compra|transaccion|pago|mensaje) de prueba\b|\bme (?:dice|dices|avisa|avisas) si\b|"
                            r"\bmientras (?:sigo|estoy|seguimos) (?:en la (?:linea|llamada)|aqui|con usted)\b|\b(?:ya )?(?:funciona|anda|sale|aparece|conecta)\b[^.!?]*\?|"
                            r"\b(?:pruebe|prueba|pruebelo|pruebalo) (?:ahora|otra vez|de nuevo)\b|\bque (?:le |te )?(?:sale|aparece|dice)\b[^.!?]*\?")
EXCHANGE["malfunction"] = (r"\b(?:error|fuera de linea|rechaza\w*|no (?:me |nos )?(?:funciona|anda|imprime|envia|manda|conecta|sincroniza|carga|deja (?:entrar|pagar))|"
                           r"sin (?:senal|conexion|internet|imagen|sonido)|dejo de (?:funcionar|andar|imprimir))\b")
EXCHANGE["works_now"] = r"\b(?:ya )?(?:funciona|anda|salio|se imprimio|aprobad[oa]|llego|volvio)\b(?![^.!?]*\?)"

# fifteenth round: a customer who heard a put-down ("no soy tonto", "no le estoy mintiendo", "¿me está llamando mentiroso?")
EXCHANGE["takes_offence"] = (r"\bno soy (?:un |una )?(?:tont[oa]|idiota|estupid[oa]|mentiros[oa]|cieg[oa]|sord[oa]|ladron|ladrona|nin[oa])\b|"
                             r"\bno (?:le |te )?estoy mintiendo\b|\bno me lo (?:estoy )?invent(?:o|ando)\b|\bme (?:esta|estas) (?:llamando|tratando de)\b|"
                             r"\bno me hable(?:s)? (?:asi|como a)\b|\bcomo se (?:atreve|atreven)\b|\bno hace falta (?:ser )?(?:grosero|maleducado)\b")

# seventeenth round: a customer waving off what the trainee brought up ("El color da igual.", "No me importa la marca.")
EXCHANGE["waves_off"] = (r"^\W*(?:(?:el|la|los|las) [\w-]+ (?:no importa|da igual|me da igual|no es importante)(?=[.!,;]|$)|"
                         r"(?:no me importa|me da igual) (?:el|la|los|las) [\w-]+(?=[.!,;]|$))")

# thirty-first round, read from a second writer's conversations (tests/data/es/blind3, a dev set; typed voseo and chat
# spellings): "no me hagas perder el tiempo", "y q queres q haga?", "decime rapido q tengo cinco motos atras", "mira q
# novedad", "no te alcanza para el mantenimiento pero si para venir a quejarte", "no se para que escribis", "es leer
# nomas. No leiste el aviso?"; a customer leaving for another shop ("busco en otra inmobiliaria").
MOVE_CUES["rudeness"].append(
    (r"\bno me (?:hagas|haga|hagan) perder (?:el )?tiempo|\bme (?:estas|esta|estan) haciendo perder (?:el )?tiempo|\bno tengo tiempo que perder\b|"
     r"\b(?:y )?(?:q|que) (?:queres|quieres|quiere|quieren) (?:q|que) (?:yo )?(?:le |te )?haga\b|\b(?:decime|dime|digame|diga) rapido\b|"
     r"\bmira (?:q|que) novedad\b|\bpero si (?:para|pa) (?:venir a )?(?:quejarte|quejarse|reclamar)\b|"
     r"\bno se (?:para|pa) (?:q|que) (?:escribis|escribes|escribe|llamas|llama|llamaste|venis|vienes|viene|preguntas|pregunta)\b|"
     r"\b(?:es|era) leer(?: nomas| no mas| nada mas)?[.!]|\b(?:no|acaso no|ni) (?:leiste|leyo|leyeron|lees|lee) (?:el|la|los|las) (?:aviso|anuncio|cartel|contrato|condiciones|terminos|web|pagina|letra)", 3.0))
# (…and an offer brought up to a bereaved customer: "¿sabe que tenemos un seguro de decesos…?", "…meterlo en un pack familiar")
MOVE_CUES["upsell"].append(
    (r"\b(?:sabe|sabia|sabes|sabias|sabian) (?:q|que) (?:tambien )?(?:tenemos|ofrecemos|contamos con|manejamos) (?:un|una|el|la|nuestro|nuestra|unos|unas)\b", 2.5))
MOVE_CUES["upsell"].append(
    (r"\b(?:meter|pasar|incluir|agregar|sumar|poner)(?:lo|la|los|las|le)? (?:en|a) (?:un|una|el|nuestro|nuestra) (?:pack|paquete|combo|plan|tarifa) "
     r"(?:familiar|completo|premium|ilimitado|con datos|de datos|mas grande|superior)", 2.5))
EXCHANGE["walks_away"] += r"|\bbusco en otr[oa] (?:inmobiliaria|tienda|taller|lado|sitio|parte|banco|empresa|agencia|farmacia|clinica)\b"

# thirty-second round, read from a third writer's conversations (tests/data/es/blind4, a dev set): a death just told is
# grief ("mi marido fallecio hace dos semanas", "que acabo de enterrar a mi marido"); offence taken at a doubt ("¿Como
# que si estoy seguro?"), at not being heard ("¿Me esta escuchando?"); leaving ("Mire, dejelo. Ya ire a la tienda con mi
# hijo."); "what else" that names a product ("¿Que mas le puedo agregar…? ¿Un probiotico…?", "¿Algo mas…? ¿Un
# termometro…?"); the customer's honesty doubted ("¿Seguro que no hizo usted dos compras?", "mucha gente reclama y luego
# resulta que era suyo").
UPSET_CUES.append(
    (r"(?<!despues de que )(?<!desde que )(?<!cuando )\b(?:mi|nuestro|nuestra|su) (?:[\w-]+ )?(?:marido|esposo|esposa|mujer|padre|madre|papa|mama|"
     r"hijo|hija|hermano|hermana|abuelo|abuela|perro|perra|gato|gata) (?:acaba de |recien )?(?:fallecio|murio|se murio|se nos fue|nos dejo)\b|"
     r"\bacabo de enterrar\b|\b(?:fallecio|murio|se murio) (?:ayer|anoche|esta manana|hace (?:poco|unos dias|dos semanas|una semana|un mes))\b", 2.0))
EXCHANGE["takes_offence"] += (r"|^\W*como (?:que|q) (?:si )?(?:estoy|estaba|este) segur[oa]|\b(?:me|nos) (?:esta|estas) (?:acusando|diciendo mentiros[oa])\b|"
                              r"\bque falta de respeto\b|\bno me (?:trate|trates) (?:asi|como)\b")
EXCHANGE["presses"] += r"|\b(?:me|nos) (?:esta|estas|estan) escuchando\s*\?"
EXCHANGE["walks_away"] += (r"|^\W*(?:mire|mira|oiga|oye),? (?:dejelo|dejalo|deje|deja|olvidelo|olvidalo)\b|"
                           r"\b(?:ya )?(?:ire|voy|vuelvo|vendre) (?:a la tienda|al banco|a la oficina|a otra|a otro) (?:con|otro dia)\b")
MOVE_CUES["upsell"].append(
    (r"\b(?:que|q) (?:mas|otra cosa) (?:le|te|les) (?:puedo|podemos) (?:agregar|sumar|ofrecer|poner|anadir|incluir)\b|"
     r"\balgo mas\b[^?]{0,60}\?\s*¿?\s*(?:y )?(?:un|una|unos|unas) [\w-]+", 2.5))
MOVE_CUES["argument"].append(
    (r"\bseguro (?:q|que) no (?:hizo|hiciste|compro|compraste|uso|usaste|pidio|pediste|lo (?:hizo|hiciste)) (?:usted|vos|tu)?\b|"
     r"\b(?:mucha|la) gente (?:reclama|se queja|dice eso)\b[^.?!]{0,40}\b(?:resulta|era suyo|era de ellos)\b", 2.5))

# thirty-third round, read from the fifth writer's conversations (tests/data/es/blind5, a dev set this round): the customer
# told they misunderstood ("Usted tuvo que haber entendido mal.") and taking it as such ("¿Que yo entendí mal?"), or
# taking a doubt as being called a liar ("yo no vine a que me digan mentiroso"); the best seller as a claim that sells
# ("la de medio caballo, que es la que más se vende").
MOVE_CUES["argument"].append(
    (r"\b(?:usted|tu|vos|ustedes)? ?(?:tuvo|tuviste|tuvieron|debio|debiste|debieron|habra|habras|habran) (?:que |de )?haber "
     r"(?:entendido|leido|oido|escuchado|anotado|visto) mal\b|\b(?:usted|tu|vos|ustedes) (?:entendio|entendiste|entendieron|oyo|oiste) mal\b", 2.5))
EXCHANGE["takes_offence"] += (r"|^\W*(?:como )?(?:que|q) yo (?:no )?(?:entendi|oi|lei|escuche|anote|invente|miento|exagero)\b[^.!?]{0,30}\?|"
                              r"\b(?:a que|para que) me (?:digan|llamen|traten de|traten como|acusen de) (?:un |una )?(?:mentiros[oa]|tont[oa]|ladron|ladrona|tramposo|tramposa)\b")
MOVE_CUES["pitch"].append(
    (r"\b(?:el|la|lo|los|las) que mas (?:se )?(?:vende|venden|vendemos|sale|salen|piden|pide|se llevan|llevan|lleva|compra|compran)\b", 2.0))
# a sentence that states a condition ("Pero si sigue con el ruido, me busco otro taller."): no exit yet
# (…after a go-ahead: "Pruébalo, pero si en un mes sigue igual, me voy."; fiftieth round, es/blind48 read)
EXCHANGE["condition"] = (r"^\W*(?:(?:ok|okay|vale|bueno|ta bien|esta bien|pero|y|pues|mire|mira|oiga|oye)\W+)*"
                         r"(?:(?:pruebalo|pruebelo|hazlo|hagalo|dale|adelante|mandalo|mandelo|probemos|intentalo|intentelo),? pero )?"
                         r"(?:si|a menos que|salvo que)\b")
# (…and a customer hurried along or brushed off: "rápido, que tengo una fila de llamadas", "¿Algo más? Que tengo gente
# esperando.", "yo no soy adivino, lo que tarde, tarde", "no hay que alarmarse tanto", "¿Para qué llama otra vez?", "a
# ver si allá la atienden mejor", "aunque le va a decir lo mismo"; sent elsewhere: "Eso pregúnteselo al seguro, no a mí.";
# their competence doubted: "¿usted está seguro de que revisó bien…?", "mucha gente se confunde, ¿usted sabe cómo funciona
# eso?"; the customer taking it so ("¿Usted me está relajando?", "no que me trate como a un pelao", "yo soy contador, sé
# leer un estado de cuenta") and leaving ("me llevo el carro a otra hojalatería", "la próxima consulta me la hago en otra
# clínica", "llamo al seguro a quejarme de usted", "voy a ir personalmente al ayuntamiento")
MOVE_CUES["rudeness"].append(
    (r"\b(?:rapido|apurese|apurate|de prisa|deprisa),? (?:que|q) (?:tengo|hay|tenemos) (?:una |mucha )?(?:fila|cola|gente|clientes|llamadas|mas gente)\b|"
     r"\b(?:que|q) (?:tengo|tenemos) (?:una fila de |una cola de )?(?:gente|clientes|llamadas|pacientes|mas gente|personas) esperando\b|"
     r"\b(?:yo )?no soy (?:adivin[oa]|mag[oa]|brujo|bruja|pitoniso|pitonisa)\b|\blo que tarde,? tarde\b|"
     r"\bno hay (?:que|por que) (?:alarmarse|alarmarte|ponerse asi|ponerte asi|hacer (?:tanto )?drama|armar (?:tanto )?lio)\b|\b(?:tampoco|no) es para tanto\b|"
     r"\bpara (?:que|q) (?:llama|llamas|llaman|vuelve|vuelves|viene|vienes|escribe|escribes) (?:otra vez|de nuevo|otra vez aqui)\b|"
     r"\ba ver si (?:alla|alli|ahi|en otro lado|en otra parte|en otro sitio) (?:la|lo|le|te|los|las|les) (?:atienden|tratan|ayudan|resuelven) mejor\b|"
     r"\b(?:aunque|pero) (?:le|te|les) (?:va|van) a decir lo mismo\b", 3.0))
MOVE_CUES["argument"].append(
    (r"\b(?:pregunteselo|preguntele|preguntaselo|preguntale|reclameselo|reclamele|reclamaselo|digaselo|diselo|consultelo) (?:a|al|a la|a los|en) [\w ]{1,25},? no a (?:mi|nosotros)\b|"
     r"\b(?:esta|estas|estaba) segur[oa] (?:de )?(?:que|q) (?:reviso|revisaste|leyo|leiste|miro|miraste|vio|viste|entendio|entendiste|lo hizo|lo hiciste|lo conecto|lo conectaste) bien\b|"
     r"\bmucha gente se (?:confunde|equivoca|lia|enreda|hace lio)\b|\b(?:usted|tu|vos) sabe(?:s)? (?:como funciona|leer|lo que es) (?:eso|esto|un|una|el|la)\b[^?]*\?", 2.5))
EXCHANGE["takes_offence"] += (r"|\bme (?:esta|estas|estan) (?:relajando|vacilando|tomando el pelo|cachondeando|mamando gallo|choteando|jodiendo)\b|"
                              r"\b(?:que )?me (?:trate|traten|trates|tratan) como (?:a )?(?:un|una) (?:nin[oa]|pelao|pelaito|chamac[oa]|chiquill[oa]|tont[oa]|bob[oa]|"
                              r"idiota|ignorante|estupid[oa]|ladron|ladrona|delincuente|mentiros[oa]|cualquiera)\b|\b(?:yo )?se leer (?:un|una|el|la|los|las)\b")
EXCHANGE["walks_away"] += (r"|\b(?:me llevo|llevo|me lo llevo|me la llevo) (?:el|la|mi|los|las|mis)? ?[\w-]* ?a otr[oa] (?:tienda|taller|hojalateria|clinica|farmacia|banco|lado|parte|sitio|empresa|agencia|compania|aseguradora|ferreteria)\b|"
                           r"\b(?:el|la) proxim[oa] (?:vez|consulta|cita|compra|reparacion)\b[^.!?]{0,30}\ben otr[oa] [\w-]+|"
                           r"\b(?:llamo|voy a llamar|llamare|escribo|voy a escribir|voy) (?:al|a la|a) [\w ]{1,20} (?:a|para) quejarme\b|\bquejarme de (?:usted|ti|vos|ustedes)\b|"
                           r"\bvoy a ir (?:personalmente |yo misma |yo mismo )?(?:al|a la) (?:ayuntamiento|alcaldia|municipio|municipalidad|oficina central|defensoria|gobernacion)\b")
# (…and a customer who settles on us in their last words: "Apúnteme el miércoles.", "Démela, que el sábado vengo con mi
# hermano a firmar.", "A las 3 vengo."; or asks for the next step: "¿Dónde firmo?", "¿Cuándo empezamos?" - unless they put
# it off: "lo hablo con mis hermanos", "le aviso". ("Mándemelo por escrito" sends the trainee away as often as not: no yes.)
EXCHANGE["goes_with_us"] = (
    r"^\W*(?:(?:ok|okay|va|vale|dale|listo|bueno|pues|entonces|ah|ay|si|ya|ofi|chilero|eso)\W+)*(?:apunteme|apuntame|anoteme|anotame|reserveme|reservame|"
    r"agendeme|agendame|aparteme|apartame|separeme|separame|inscribame|inscribeme|demela|demelo|demelos|demelas|damela|damelo|damelos|"
    r"pongamel[oa]s?|ponmel[oa]s?|hagale|hagamoslo|instalemel[oa]|instalamel[oa])\b[^?]*$|"
    r"\b(?:me|nos) (?:quedo|quedamos) con (?:el|la|ese|esa|este|esta|ustedes|usted|vos|eso)\b|\bvamos con (?:ustedes|usted|vos)\b|"
    r"\b(?:vengo|venimos|paso|pasamos|vuelvo|volvemos) [^.?!]{0,30}\ba (?:firmar|pagar|recoger(?:lo|la|los)?|contratar|inscribir(?:la|lo|me)?)\b|"
    r"\b(?:el|este) " + _DAYS + r" (?:vengo|venimos|paso|pasamos|lo traigo|la traigo|los traigo)\b|\ba las? \d+(?:[:.]\d+)? (?:vengo|venimos|paso|pasamos|estoy|estamos)\b")
EXCHANGE["moves_forward"] = (r"\b(?:cuando|que dia) (?:empezamos|arrancamos|podemos empezar|lo instalan|me lo instalan|pueden venir|puede venir)\b|"
                             r"\bdonde (?:firmo|firmamos|pago)\b|\bque (?:necesita|necesitan|ocupa|ocupan|le hace falta) de (?:mi|nosotros)\b|"
                             r"\bcomo (?:empezamos|arrancamos|hacemos para (?:contratar|empezar|reservar|apartar))\b")
EXCHANGE["puts_off"] = (r"\b(?:lo|la|los|las) (?:hablo|hablamos|consulto|consultamos|comento|comentamos|veo|vemos|pienso|pensamos|reviso|miro) con\b|"
                        r"\b(?:le|te|les) (?:aviso|avisamos|confirmo|confirmamos|digo algo)\b(?! (?:a las|el|ahorita|ya))|\b(?:me lo|lo) (?:pienso|voy a pensar)\b|"
                        r"\bdespues (?:le|te|les) (?:digo|aviso|confirmo)\b|\b(?:voy a|tengo que) (?:consultarlo|hablarlo|pensarlo|verlo)\b")
EXCHANGE["agrees"] += r"|(?:^|[,.!] )(?:ta|ta') (?:bien|bueno)(?=[,.!]|$)"  # (spoken "está bien")
# (…and an upgrade pushed on a customer just hit on the freeway: "¿sabía que con nuestro plan Premium tendría…?", "Si sube a
# Premium hoy…", "le conviene amarrar el precio ahorita", "Si se inscribe hoy le damos…"; and leaving at renewal: "Cuando
# se venza la póliza me cambio de aseguranza.")
MOVE_CUES["upsell"].append(
    (r"\b(?:sabe|sabia|sabias|sabes) (?:q|que) con (?:nuestro|nuestra|el|la) (?:plan|paquete|seguro|tarifa|cobertura|membresia|servicio) [\w-]+", 2.5))
MOVE_CUES["pressure"].append(
    (r"\bsi (?:sube|se pasa|cambia|se cambia|mejora|sube de plan) (?:a|al) (?:plan )?[\w-]+ (?:hoy|ahorita|ahora|ya)\b|"
     r"\b(?:le|te|les) conviene (?:amarrar|asegurar|congelar|fijar|cerrar|apartar) (?:el|la|su|tu) (?:precio|tarifa|prima|cuota|promocion) (?:ahorita|hoy|ya|ahora)\b|"
     r"\bsi (?:se|te) (?:inscribe|inscribes|registra|registras|suscribe|suscribes|afilia|afilias|apunta|apuntas) hoy\b", 2.5))
EXCHANGE["walks_away"] += (r"|\bme cambio de (?:aseguranza|aseguradora|compania|banco|proveedor|operador|agencia|empresa|clinica|escuela|colegio)\b|"
                           r"\bcuando se (?:venza|vence|acabe|termine) (?:la|el|mi) (?:poliza|contrato|plan|seguro)\b[^.!?]{0,20}\bme (?:cambio|paso|voy)\b")

# thirty-fourth round: a customer line that pushes back on what was put to it, in the customer's own words, by objection
# pattern (read from the dev sets es/blind3-7 and written wider than their lines): a price too high for them ("Está un
# poquito alto", "Eso es un montón", "más de lo que teníamos pensado", "en la tienda de la 8 me lo hacían en 75"), money
# they have not got ("no me alcanza", "me aprieta", "ando corto", "2,400 yo no los tengo"), a time that does not suit
# ("Ahorita no, tengo que…", "A las 7 no llego"), the decision put off ("Mándemelos y lo veo con mis hermanos", "Mejor
# espero", "Le escribo cuando cobre"), a no to what was offered ("No, gracias", "Tampoco, mi cel está bueno", "Yo no
# quiero nada más") and distrust ("siempre dicen lo mismo", "me da miedo"). `SOFT_PUSH_BACK` names the ones that answer a
# plain question as often as they object ("No, la llave está buena" to "¿Le cambio la llave?" objects; "Está bien" to
# "¿Cómo anda la llave?" answers): they count only after an offer or a proposal.
PUSHES_BACK: dict[str, str] = {
    "too_expensive": (
        r"\b(?:un (?:poco|poquito|poquitin|tanto)|algo|muy|bastante|medio|re|demasiado|mas bien|tan|super) car[oa]s?\b|"
        r"\b(?:es|esta|sale|queda|me parece|se me hace|eso es|me sale|son|seria|cuesta) (?:car[oa]s?|salad[oa]s?|carisim[oa]s?|"
        r"un monton|un dineral|una barbaridad|un platal|un ojo de la cara|un rinon|un clavo|una fortuna|una locura|mucha plata|mucho dinero|"
        r"el doble|el triple|casi el doble)\b|"
        r"\bmas de lo que (?:tenia|teniamos|tengo|tenemos|pensaba|pensabamos|esperaba|esperabamos|queria|queriamos|calculaba|"
        r"calculabamos|habia pensado|habiamos pensado|pensaba gastar|puedo|podemos)\b|"
        r"\b(?:me lo|me la|me los|me las|nos lo|nos la|me|nos) (?:hacen|hacian|hacia|dejan|dejaban|cobran|cobraban|cobraba|dan|daban|"
        r"venden|vendian|sale|salia|cotizaron|ofrecen|ofrecieron) (?:en|a|por) (?:\$ ?)?\d|"
        r"\b(?:mas|muy) (?:car[oa]|alt[oa]) que\b"),
    "no_money": (
        r"\bno (?:me|nos) (?:alcanza|alcanzaria|da el bolsillo|da la plata|da el presupuesto|da el sueldo)\b|"
        r"\bno se si (?:me|nos) (?:alcanza|da|dan|sale)\b|\b(?:me|nos) aprieta\b|\b(?:ando|estoy|andamos|estamos) (?:cort[oa]s?|pato|seco|"
        r"sin plata|sin un peso|sin un mango|en la lona|apretad[oa]s?|justos?|justa)\b|"
        r"\d[^.?!]{0,25}\bno (?:los|las|lo|la) (?:tengo|tenemos)\b|\bno (?:lo |la |los |las )?(?:puedo|podemos|podria|podriamos) pagar\b|"
        r"\bno (?:estoy|estamos) (?:pa|para) (?:esos|esas|ese|esa) gastos?\b|\bno tengo (?:tanto|tanta plata|esa plata|ese dinero|para eso|con que)\b|"
        r"\b(?:vivo|vivimos) de (?:mi|la|una|nuestra) (?:pension|jubilacion)\b|\bsale de mi (?:sueldo|bolsillo|pension|jubilacion)\b|"
        r"\bno (?:me|nos) da (?:para|el cuero)\b"),
    "no_time": (
        r"\b(?:hoy|manana|ahorita|ahora|esta (?:semana|tarde|manana|noche)|ese dia|el " + _DAYS + r"|a esa hora|a las? \d+(?:[:.]\d+)?)"
        r" (?:no|tampoco) (?:puedo|podemos|llego|llegamos|estoy|estamos|me da|alcanzo|puedo ir|me queda)\b|"
        r"\bno (?:llego|llegamos|alcanzo|alcanzamos) (?:a las|a esa hora|antes|hasta)\b|\bno me da el tiempo\b|"
        r"^\W*(?:(?:no|este|eh|mmm|ay|uy),? )?(?:hoy|manana|ahorita|ahora) no\b"),
    "think_it_over": (
        r"\bmejor (?:espero|esperamos|lo pienso|lo veo|lo consulto|vengo otro dia|vuelvo|lo dejo|lo dejamos|despues)\b|"
        r"\b(?:mandeme|mandame|mandemelo|mandamelo|mandemelos|mandamelos|mandemela|mandemelas|envieme|enviame|pasame|paseme|"
        r"coticeme|cotizame|mandeme algo|hagame las cotizaciones|hagame la cotizacion)\b[^.?!]{0,40}\b(?:y )?(?:yo )?(?:lo|la|los|las)? ?"
        r"(?:veo|vemos|pienso|pensamos|reviso|miro|analizo|estudio|consulto)\b|"
        r"\b(?:le|te|les) (?:escribo|llamo|aviso|hablo) cuando\b|\bd[eé]j(?:e|a)me (?:preguntarle|preguntar|consultarlo|hablarlo|verlo|"
        r"pensarlo|revisarlo)\b|\b(?:tengo|tendria) que (?:verlo|hablarlo|consultarlo|preguntarle|preguntar|ver) con\b|"
        r"\bprimero (?:tengo que|quiero|voy a|necesito) (?:hablar|consultar|preguntar|ver|pensar)\b"),
    "no_need": (
        r"^\W*(?:(?:no|este|eh|mmm|ay|uy|mira|mire|che),? )?(?:no,? gracias|no no|no hace falta|no me interesa|no nos interesa|"
        r"olvid(?:e|a)lo|d(?:e|é)j(?:e|a)lo asi|para nada)\b(?! a dios)|"
        r"\b(?:no|ya no) (?:quiero|necesito|ocupo|queremos|necesitamos) (?:nada mas|mas nada|nada de eso|eso|ese|esa|esos|esas|otro|otra)\b|"
        r"\bno (?:me|nos) (?:interesa|hace falta|hacen falta)\b|\b(?:yo|nosotros) no (?:vine|venimos) (?:a|por)\b"),
    "bad_experience": (
        r"\bsiempre dicen lo mismo\b|\b(?:eso mismo|lo mismo) (?:me|nos) (?:dijeron|dijo|prometieron)\b|"
        r"\b(?:la otra vez|la ultima vez|antes|el ano pasado) (?:me|nos) (?:amarraron|enganaron|estafaron|fallaron|dejaron|cobraron de mas|"
        r"vendieron|clavaron|metieron)\b|\bno (?:me|les|le) (?:fio|creo|tengo confianza)\b"),
}
#: the ways of pushing back that also answer a plain question (see `PUSHES_BACK`): by pattern
SOFT_PUSH_BACK: dict[str, str] = {
    # ("un poco alto" of a price, or of a blood pressure)
    "too_expensive": (r"\b(?:un (?:poco|poquito|poquitin|tanto)|algo|muy|bastante|medio|re|demasiado|mas bien|tan|super) (?:alt[oa]s?|elevad[oa]s?)\b|"
                      r"\bno (?:lo |la |los |las )?vale\b|\b(?:pensaba|pensabamos|tenia pensado|teniamos pensado|esperaba|esperabamos|"
                      r"calculaba|calculabamos|queria gastar|queriamos gastar)\b[^.?!]{0,25}\d"),
    "bad_experience": r"\bme da (?:miedo|desconfianza)\b",
    "no_need": (r"^\W*tampoco\b|\b(?:mi|el|la|nuestro|nuestra) [a-z]+ (?:esta|anda|funciona|va) (?:bien|buen[oa]|perfect[oa]|de lujo|joya|barbaro)\b|"
                r"^\W*no,? (?:el|la|los|las|mi|yo) \w+ (?:esta|anda|funciona) (?:bien|buen[oa])\b|"
                r"\b(?:yo )?solo (?:quiero|queria|necesito|vine a|venia a) (?:saber|preguntar|que|un|una|el|la|lo)\b"),
    "think_it_over": r"\b(?:mandeme|mandame|envieme|enviame) (?:algo|la info|info|informacion) (?:por|al) (?:correo|mail|whatsapp|wasap)\b",
}
EXCHANGE["puts_off"] += "|" + PUSHES_BACK["think_it_over"]
#: a price the customer finds too high, or money they have not got (`exchange.goes_along`: no going along after an "Ok")
EXCHANGE["price_pushback"] = PUSHES_BACK["too_expensive"] + "|" + PUSHES_BACK["no_money"]
# (…and, read from es/blind6-7 (dev sets this round), a fault the words hid: a promise with its object before the verb
# ("te lo garantizo", "no se corta nunca"), a vague "ya os diremos algo", advice the customer did not ask for given as
# experience ("se lo digo por experiencia", "esto pasa por no planificar", "Usted debería…" as a statement), and the
# trainee's own life story ("yo veraneaba de crío…", "mi abuelo tenía un bar", "trabajé ocho años en…"))
EXCHANGE["overpromise"] += (r"|(?<!\bsi )\b(?:te|le|les|os) lo (?:garantizo|garantizamos|aseguro|aseguramos|prometo|prometemos)\b|"
                            r"\bno (?:se )?(?:corta|cae|falla|rompe|para)n? nunca\b|\bnunca (?:se )?(?:corta|cae|rompe)n?\b|\bcero (?:problemas|fallas|fallos|cortes)\b")
EXCHANGE["vague_promise"] += (r"|\bya (?:os|le|te|les) (?:diremos|dire|avisaremos|avisare|contaremos|llamaremos) algo\b|\bos diremos algo\b|"
                              r"\bya (?:lo|la|los|las) (?:ireis|iran|ira|iras|vais|van) viendo\b")
EXCHANGE["unasked_advice"] += (r"|\b(?:se lo|te lo|os lo|selo) digo por experiencia\b|\besto (?:les |le |te |os )?pasa por no\b|"
                               r"\blo que (?:usted |tu |vos )?(?:tiene|tienes|tenes|deberia|deberias) (?:que )?hacer es\b|"
                               r"(?:^|[.!;:] )(?:y |pero |mire,? |mira,? )?(?:usted|tu|vos) (?:deberia|deberias|tendria que|tendrias que)\b[^?]*(?:[.!]|$)")
EXCHANGE["about_self"] += (r"|\byo (?:veraneaba|trabaje|estuve|vivi|tuve|tenia)\b[^.!?]{0,40}\b(?:anos|de crio|de chico|de chica|de nino|de nina|de joven|cuando yo)\b|"
                           r"\bmi (?:abuelo|abuela|padre|madre|tio|tia|papa|mama) (?:tenia|tuvo|hacia|era|trabajaba)\b|\b(?:trabaje|estuve) (?:\w+ )?(?:anos|meses) en\b")
# a question that only lists answers to the one before it ("¿Qué le cuesta más? ¿Las cuentas, los problemas o los
# despistes?"): part of that question (`exchange.stuffed`)
EXCHANGE["options_only"] = (r"^\W*(?!(?:algun|alguna|algo|hay|tiene|tienes|tenes|usa|usas|es|son|esta|estan|puede|puedes|quiere|quieres|"
                            r"que|cual|cuales|quien|donde|cuando|como|cuanto|cuanta|cuantos|cuantas|por que)\b)(?:(?:tipo|digamos)\s+)?[\w/-]+(?: [\w/-]+){0,3}(?:, ?[\w/-]+(?: [\w/-]+){0,3})*,? (?:o|u) "
                            r"[\w/-]+(?: [\w/-]+){0,3}\s*\?+$")
# (…and the customer's word doubted, from es/blind6 (a dev set this round): "¿Seguro que fue comiendo eso y no mordiendo
# algo duro? Porque la garantía no cubre el mal uso." - and the reply that shows it: "Le estoy diciendo la verdad", "Yo
# no vengo a engañar a nadie")
MOVE_CUES["argument"].append(
    (r"\bseguro que (?:fue|paso|se le|se lo|no lo|no la|no los|usted no|tu no|vos no|no le|no les|lo hizo|lo tomo|lo tomaba|los tomaba)\b[^?]{0,80}\?|"
     r"\b(?:la garantia|el seguro|la poliza|el contrato) no (?:cubre|incluye) (?:el )?(?:mal uso|danos por mal uso|golpes|descuidos)\b", 2.5))
EXCHANGE["takes_offence"] += (r"|\b(?:le|te|les) estoy diciendo la verdad\b|\b(?:yo )?no (?:vengo|vine|vengo aqui|vine aqui) a enganar\b|"
                              r"\bno (?:le|te) estoy mintiendo\b")
# (…and, read from es/blind3-7 (dev sets this round), a close dressed as an open question, written wider than their lines:
# how the customer would like to pay ("¿Con qué tarjeta le gustaría pagar la primera cuota?", "¿Cómo prefieren manejar el
# depósito: transferencia o cheque?"), what it would take to sign today ("¿Qué necesitaría ver hoy para firmar la
# solicitud?", "¿Qué tendría que pasar para que nos escoja hoy mismo?"), a choice that takes the yes for granted ("¿Prefiere
# que hagamos la cirugía el martes o el jueves?") and the deal done by the end of the question ("…para que quede activa ya",
# "…para que hoy mismo dejemos su préstamo aprobado")
MOVE_CUES["closing"].append(
    (r"\b(?:como|con que (?:tarjeta|medio)|de que (?:forma|manera)|por que medio)(?: (?:le|te|les))? (?:gustaria|prefiere|prefieres|preferis|prefieren|quiere|"
     r"quieres|queres|quieren|va a|vas a|van a|desea|desean) (?:pagar|abonar|hacer el pago|manejar el (?:deposito|pago|enganche|anticipo|pie))|"
     r"\bque (?:necesitaria|necesitarias|necesitarian|necesita|necesitas|tendria que pasar|tiene que pasar|haria falta|falta)\b[^?]{0,50}?\bpara (?:que )?(?:(?:hoy|ahora|ya)(?: mismo)? )?"
     r"(?:firm|cerr|contrat|nos escoj|nos elij|lo aprobemos|la aprobemos|dejar la sen|reserv|apart|me confirm|lo confirm|se decid|decidirse hoy)\w*|"
     r"\b(?:prefiere|prefieres|preferis|prefieren) que (?:hagamos|le hagamos|lo hagamos|empecemos|arranquemos|agendemos|programemos|instalemos|"
     r"se lo instalemos|entreguemos|firmemos)\b[^?]{0,50}\b(?:o|u)\b|"
     r"\bpara que (?:hoy|ahora|ya)? ?(?:mismo )?(?:quede|dejemos|firmemos|cerremos) (?:su |el |la |tu )?(?:\w+ )?(?:activ|contratad|aprobad|reservad|confirmad|firmad|cerrad)\w*|"
     r"\bpara que quede (?:activ[oa]|contratad[oa]|reservad[oa]|confirmad[oa])", 2.5))
# (…and the customer's reply as the witness, from es/blind3-7 (dev sets this round): a point said again ("Es que te he
# dicho que…"), a question left unanswered ("no me respondió lo del…", "Ya veo que no me va a responder"), not being
# listened to ("no nos has escuchado nada"), a playback put right ("¿Yo he dicho eso?", "No, no, nueva no."), and how they
# were spoken to ("¿Así le habla usted a todo el mundo?", "una empresa con más educación"); the put-downs behind them:
# hurrying ("A ver, rapidito… que tengo otra llamada"), belittling ("me llama por cuatro trastos"), sarcasm ("¿Y qué
# espera, que se los bajemos volando?"), sent elsewhere in scorn ("Pues llame a su vecino, a ver si…"))
EXCHANGE["repeat_complaint"] += r"|\b(?:es que )?(?:te|le|les|os) (?:he|hemos) dicho que\b|\bya (?:te|le|les|os) (?:lo )?(?:dije|dijimos|he dicho|habia dicho)\b"
EXCHANGE["unanswered"] += (r"|\bno (?:me|nos) (?:respondio|respondiste|contesto|contestaste|ha respondido|has respondido|han respondido|"
                           r"va a responder|vas a responder|van a responder|responde|respondes|contesta|contestas)\b")
EXCHANGE["corrects"] += (r"|\bno (?:me|nos) (?:has|ha|han|habeis) escuchado\b|\b(?:yo )?(?:he dicho|dije) (?:eso|yo eso)\s*\?|"
                         r"^\W*no,? no,? (?:\w+ ){0,2}no\b")
EXCHANGE["takes_offence"] += (r"|\basi (?:le|te|les|nos) (?:habla|hablas|hablan|trata|tratas|tratan) (?:usted |ustedes |tu |vos )?a todo el mundo\b|"
                              r"\b(?:con|que tenga|que tengan) mas (?:educacion|respeto|modales)\b")
MOVE_CUES["rudeness"].append(
    (r"\ba ver,? rapidito\b|\b(?:que|porque) tengo otra llamada\b|\bme (?:llama|llamas|viene|vienes|escribe|escribes) por (?:cuatro|tres|dos) "
     r"(?:trastos|cosas|pesos|lucas|tonterias|chucherias)\b|\by que (?:espera|esperas|esperaba|esperabas),? que\b[^?]{0,40}\?|"
     r"\bpues (?:llame|llama|llamen|vaya|anda|andate|vayase) (?:a|con) (?:su|tu) (?:vecin[oa]|amig[oa]|cunad[oa]|primo|prima),? a ver si\b", 2.5))
# (…and, thirty-fifth round, from es/blind7 (a dev set): a next step proposed as a question, a visit, an appointment or a
# test drive, written wider than its line ("¿Quieren agendar una visita este fin de semana?", "¿Agendamos la cita el
# jueves?", "¿Le gustaría pasar a verlo mañana?", "¿Te parece si lo vemos el lunes?"); a Mexican yes said first and then
# something more ("va, nos parece", "sale, el jueves entonces") and "me parece." on its own
_APPOINTMENT = (r"(?:una |la |el |un |su |tu |otra )?(?:cita|visita|prueba(?: de manejo)?|demo|demostracion|llamada|videollamada|reunion|turno|hora|"
                r"valoracion|consulta|evaluacion|recorrido|revision|inspeccion|medicion|asesoria)")
_WHEN_NEXT = r"(?:" + _WHEN + r"|fin de semana|la semana|tarde)"  # (`_WHEN`, and the days a visit is put on)
MOVE_CUES["closing"].append(
    (r"\b(?:quiere|quieres|queres|quieren|le gustaria|te gustaria|les gustaria|desea|deseas|desean)(?: que)? (?:agendar|agendemos|programar|programemos|"
     r"reservar|reservemos|coordinar|coordinemos|sacar|saquemos|fijar|fijemos|apartar|apartemos|hacer|hagamos) " + _APPOINTMENT + r"\b|"
     r"(?:^|[.,;!¿] ?)(?:entonces,? |bueno,? |listo,? )?(?:agendamos|programamos|coordinamos|reservamos|fijamos|apartamos|sacamos|hacemos) " + _APPOINTMENT + r"\b[^.?!]{0,50}\?|"
     r"\b(?:quiere|quieres|queres|quieren|le gustaria|te gustaria|les gustaria|puede|puedes|podes|pueden|podria|podrias|podrian) (?:venir|pasar|pasarse|"
     r"pasarte|pasarse por aqui|darse una vuelta|darte una vuelta|acercarse|acercarte|acercarse por|caer) (?:a |por )?(?:verl[oa]s?|conocerl[oa]s?|probarl[oa]s?|"
     r"la tienda|el taller|la oficina|la sucursal|la agencia|la clinica|el consultorio|aqui|aca)?\b[^.?!]{0,40}?\b" + _WHEN_NEXT + r"[^.?!]{0,30}\?|"
     r"\b(?:le|te|les) parece (?:si|que) (?:(?:lo|la|los|las) (?:vemos|revisamos|probamos|agendamos)|nos vemos|agendamos|quedamos|pasamos|paso|pasa|pasas|vienen|viene|vienes|"
     r"venga|vengas|vengan)\b[^.?!]{0,40}\b" + _WHEN_NEXT, 2.5))
EXCHANGE["agrees"] += (r"|^\W*(?:va|sale|orale|andale|simon|arre)(?=[,.!]|$)(?!,? (?:pero|no)\b)|"
                       r"(?:^|[,.!] )(?<!no )(?:me|nos) (?:parece|late)(?=[,.!]|$)")
# (…a proposal that ends by asking whether it suits, a trial close as "does that work?" is in English: "¿Le parece?",
# "¿Te parece bien?", "¿Le sirve?", "¿Cómo lo ve?"; and a yes to the next step on another day: "el otro sábado sí vengo")
EXCHANGE["asks_view_of_offer"] += (r"|(?:^|[.,;!¿] ?)¿?(?:y )?(?:le|te|les) (?:parece|sirve|funciona|acomoda|conviene|cuadra|queda bien|viene bien)(?: bien| asi)?\s*\?|"
                                   r"\b(?:como|que tal) (?:lo|la) (?:ve|ves|ven)\s*\?")
EXCHANGE["goes_with_us"] += (r"|\b(?:el|este|el otro|el proximo|la otra semana el|la semana que viene el) " + _DAYS
                             + r" (?:si )?(?:vengo|venimos|paso|pasamos|lo traigo|la traigo|los traigo)\b")
# (…and, from es/blind3-7 (dev sets), written wider than their lines: a promise the sentence itself refuses to make is no
# promise ("no se lo aseguro hasta que lo vea el técnico"); the trainee's own trip or family story told to the customer
# ("Yo fui el año pasado con mi familia… mi mamá lloró en la Basílica")
EXCHANGE["promise_hedged"] += r"|\bno (?:le |te |les |se lo |se la |os )?(?:aseguro|garantizo|prometo|aseguramos|garantizamos|prometemos)\b"
EXCHANGE["about_self"] += (r"|\byo (?:fui|estuve|viaje|fuimos|estuvimos|viajamos) (?:\w+ ){0,3}?(?:el ano pasado|hace (?:\w+ )?(?:anos|meses|poco)|una vez|de vacaciones)\b"
                           r"[^.!?]{0,30}\bcon mi (?:familia|esposa|esposo|mujer|marido|mama|papa|madre|padre|hijos|hijas|novia|novio|suegra)\b|"
                           r"\bmi (?:mama|papa|madre|padre|esposa|esposo|mujer|marido|suegra|abuela|abuelo) (?:lloro|se emociono|se enamoro|dice siempre|siempre dice)\b|"
                           r"\byo siempre (?:digo|le digo a (?:la gente|todos|mis clientes)) que\b")
# (…a pitch dressed as a playback: "Lo que usted necesita es este, el Cuy Plus…, el mejor que tenemos"; and a customer who
# asks for it: "Ya, deme el de 26 nomás.", "Póngame dos sacos.")
MOVE_CUES["pitch"].append(
    (r"\blo que (?:usted |tu |vos |ustedes )?(?:necesita|necesitas|necesitan|busca|buscas|buscan|le conviene|te conviene|les conviene|le hace falta|te hace falta) "
     r"(?:es|son) (?:este|esta|estos|estas|esto|ese|esa|nuestro|nuestra|nuestros|nuestras|el nuestro|la nuestra|el (?:plan|modelo|paquete|kit|seguro|producto|combo)|"
     r"la (?:version|linea|tarifa|poliza)|un[oa]? (?:\w+ )?(?:como este|como esta))\b|\b(?:el|la|lo|los|las) mejor(?:es)? que (?:tenemos|vendemos|hay en (?:la|el) (?:tienda|mercado|local))\b", 2.5))
EXCHANGE["goes_with_us"] += (r"|^\W*(?:(?:ok|okay|va|vale|dale|listo|bueno|pues|entonces|ah|ya|si|eso)\W+)*(?:deme|dame|deme usted|pongame|ponme|me da|me das|me llevo|llevo) "
                             r"(?:el|la|los|las|uno|una|dos|tres|cuatro|cinco|\d+)\b[^?]*$")
# (…a fix declared done without a test: "Perfecto, entonces ya quedó. Le voy a cerrar el caso como resuelto.", "Listo, ya
# está, le cierro el reporte.")
EXCHANGE["declares_fixed"] += (r"|(?:^|[.,!] )(?:(?:perfecto|listo|bueno|bien|ok|vale),? )?(?:entonces,? )?ya (?:quedo|quedó|esta)(?=[.,!]|$)(?! pero)|"
                               r"\b(?:le|te|les) (?:voy a cerrar|cierro|doy por cerrado|marco como resuelto) (?:el|su|tu) (?:caso|ticket|reporte|incidente|reclamo|tramite)\b")
# (…and, from es/blind10 (a dev set), written wider than its lines: put-downs dressed as questions ("¿De verdad pensaba que
# podía hacer obra sin preguntar a nadie?", "¿Y no se le ocurrió mirarlo en la web?", "¿Tampoco sabía eso?", "¿…o también
# se le ha olvidado?", "No se lo estará tomando a lo personal, ¿verdad?"); an upsell as closing the loop ("¿Qué más puedo
# añadir al envío…?", "¿te añadimos el tratamiento antical…?", "¿Hay algo más que te pueda sumar hoy?"); not my department
# ("Eso tendrías que verlo con el fontanero, nosotros gestionamos solo productos"); closes as questions ("¿cuándo te
# vendría mejor hacer el cambio…?", "¿A qué nombre ponemos el contrato?", "…para que hoy mismo te sintieras cómodo dando el
# paso?", "¿Prefieres domiciliarlo…?"); and the customer's reply as the witness ("Oiga, un respeto", "me intentas vender
# un toallero?", "pondré una reclamación", "Ya se lo lleva mi gestor, que por lo menos me trata bien")
MOVE_CUES["rudeness"].append(
    (r"\bde verdad (?:pensaba|creia|penso|creyo|pensabas|creias|pensaste|creiste|pensaron|creyeron) que\b|\b(?:y )?no se (?:le|te|les|os) (?:ocurrio|ocurrió|paso por la cabeza)\b|"
     r"\btampoco (?:sabia|sabias|sabe|sabes|lo sabia|lo sabias|se entero|te enteraste|leyo|leiste)\b[^.!?]*\?|\b(?:o )?tambien se (?:le|te|les|os) (?:ha |habra )?olvidado\b|"
     r"\bno (?:se lo|te lo|os lo) (?:estara|estaras|estareis) tomando a lo personal\b|\bla gente se mete en\b[^.!?]{0,30}\bsin (?:informarse|preguntar|leer|mirar)\b", 3.0))
MOVE_CUES["upsell"].append(
    (r"\bque mas (?:puedo|podemos|le puedo|te puedo|os puedo) (?:anadir|agregar|sumar|incluir|poner|meter)(?:le|te|les|os)?\b|"
     r"\b(?:le|te|les|os) (?:anado|anadimos|agrego|agregamos|sumo|sumamos|incluyo|incluimos|meto|metemos) (?:el|la|los|las|un|una|unos|unas)\b[^.!?]{0,60}\?|"
     r"\balgo mas que (?:le|te|les|os) (?:pueda|podamos) (?:sumar|anadir|agregar|incluir|vender|ofrecer)\b", 2.5))
MOVE_CUES["argument"].append(
    (r"\b(?:eso )?(?:tendria|tendrias|tiene|tienes|tendrian|tendriais) que (?:verlo|hablarlo|consultarlo|reclamarlo|arreglarlo) con (?:el|la|los|las|su|tu) "
     r"(?:fontanero|fontanera|tecnico|instalador|transportista|fabricante|banco|seguro|aseguradora|mensajeria|repartidor|tienda|marca)\b|"
     r"\bnosotros (?:solo )?(?:gestionamos|vendemos|nos encargamos de|llevamos) solo\b|\bnosotros (?:gestionamos|vendemos|llevamos) (?:solo|solamente|unicamente) ", 2.5))
MOVE_CUES["closing"].append(
    (r"\bcuando (?:te|le|les|os) (?:vendria|viene|va|iria|irian) (?:mejor|bien) (?:hacer|realizar|tramitar|firmar) (?:el|la) (?:cambio|alta|traspaso|contrato|pedido|portabilidad)\b|"
     r"\ba (?:que|nombre de quien) (?:nombre )?(?:ponemos|pongo|hacemos|hago|va|sale) (?:el|la) (?:contrato|pedido|alta|seguro|poliza|recibo|factura)\b|"
     r"\bpara que (?:hoy mismo )?(?:te sintieras|se sintiera|os sintierais|se sintieran) (?:comod[oa]s?|segur[oa]s?|tranquil[oa]s?) (?:dando|para dar|en dar) el paso\b|"
     r"\b(?:prefiere|prefieres|preferis|prefieren) domiciliar(?:lo|la|los)?\b", 2.5))
EXCHANGE["takes_offence"] += (r"|\b(?:oiga|oye|mire|mira),? un respeto\b|\bme (?:intentas|intenta|intentais|quieres|quiere|estas|esta) (?:vender|vendiendo|colar|colando)\b|"
                              r"\bque por lo menos (?:me|nos) (?:trata|tratan|atiende|atienden) bien\b")
EXCHANGE["walks_away"] += (r"|\b(?:pondre|voy a poner|pongo|vamos a poner|pondremos) (?:una )?(?:reclamacion|queja|denuncia)\b|\bhoja de reclamaciones\b|"
                           r"\bya (?:se lo|lo) (?:lleva|llevara|gestiona|gestionara|tramita) mi (?:gestor|gestora|abogad[oa]|asesor|asesora|contable)\b")
# (…and the one-fault pairs of es/blind10 (a dev set), written wider than their lines: the customer's word doubted ("¿seguro
# que no te la dejaste sin candado? …vemos muchos partes que luego no cuadran"); advice on the customer's life ("Y ya que
# estás aquí: …deberías perder unos kilos"); a promise with "seguro" after the verb ("este entra seguro"); and the reply as
# the witness ("me parece fatal que insinúes eso", "Yo venía por el tobillo, no a que me riñeran", "Bueno, si usted lo dice")
MOVE_CUES["argument"].append(
    (r"\bseguro que no (?:te|se|le|os) (?:la |lo |las |los )?(?:dejaste|dejo|dejasteis|olvidaste|olvido|perdiste|perdio|rompiste|rompio|tiraste|tiro|caiste|cayo)\b|"
     r"\b(?:partes|reclamaciones|denuncias|casos|siniestros) que (?:luego|despues|al final) no cuadran\b", 3.0))
EXCHANGE["unasked_advice"] += (r"|\b(?:ya que (?:estas|esta|estais|estan) (?:aqui|aca)|de paso|aprovechando)[:,]? [^.!?]{0,80}?\b(?:deberia|deberias|deberiais|tendria que|tendrias que|tiene que|tienes que)\b|"
                               r"\b(?:usted |tu )?(?:deberia|deberias) (?:perder (?:unos |algo de )?(?:kilos|peso)|bajar de peso|dejar de fumar|dejar de beber|comer mejor|cuidarse mas|cuidarte mas)\b")
EXCHANGE["overpromise"] += r"|\b(?:entra|sale|llega|funciona|vale|sirve|queda|aprueba|pasa) (?:fijo|seguro|seguro seguro)(?=[.,!]|$)"
EXCHANGE["takes_offence"] += (r"|\bme parece (?:fatal|muy mal|feo|una falta de respeto) que (?:insinues|insinue|insinueis|insinuen|digas|diga|pienses|piense)\b|"
                              r"\bno (?:a|para) que me (?:rinan|rineran|regan|reganen|reganaran|sermoneen|echen la bronca|den (?:la )?charla|den lecciones)\b")
EXCHANGE["grudging"] += r"|\b(?:bueno,? )?si (?:usted|tu|vos) lo dice(?:s)?\b"
# (…and the chat customer who already wrote it, from es/blind10 (a dev set): "9 adultos y 2 bebes, lo he puesto arriba",
# "también está arriba", "¿en serio?"; and who leaves for a place that answers ("mira, déjalo. en otras casas me contestan
# a la primera")
EXCHANGE["repeat_complaint"] += (r"|\b(?:lo |te lo |os lo )?(?:he puesto|puse|he escrito|escribi|te he puesto|te puse|os he puesto|esta|estaba|viene|lo pone) "
                                 r"(?:(?:ya |tambien |todo )?)?(?:arriba|mas arriba|en el primer mensaje|al principio)\b|^\W*en serio\s*\?+")
EXCHANGE["walks_away"] += (r"|^\W*(?:mira|mire|bueno|oye|oiga)?,? ?(?:dejalo|dejelo|dejadlo|olvidalo|olvidelo)(?=[.,!]|$)|"
                           r"\ben otr[oa]s? (?:casas|sitios|tiendas|empresas|lados|talleres|agencias|hoteles|webs) (?:me|nos) (?:contestan|atienden|responden|lo resuelven)\b")
# (thirty-sixth round, as the English `exchange._STOCK_SYMPATHY`: a stock acknowledgement that names nothing of what was said,
# the only taking-up of a turn that goes on to sell or close)
EXCHANGE["stock_sympathy"] = r"^(?:(?:yo |claro,? |si,? )?(?:lo|le|la|te|les|os) )?(?:entiendo|comprendo)(?: perfectamente| completamente| totalmente| muy bien)?$"
# (thirty-sixth round, as the English `exchange._OFFERS_PAPER` and `_SEND_IT`: the trainee offering to send something to read,
# and a customer's yes that only asks for it: paper taken away, nothing decided)
EXCHANGE["offers_paper"] = (r"\b(?:te|le|les|os|se lo|se la|se las|se los) (?:mando|envio|paso|mandamos|enviamos|pasamos|comparto|hago llegar)\b[^.?!]{0,40}"
                          r"\b(?:cotizacion|presupuesto|propuesta|oferta|info|informacion|folleto|catalogo|calculo|detalle|numeros|precios?|poliza|"
                          r"opciones|pdf|link|enlace|contrato|ficha|resumen|fotos?)\b")
EXCHANGE["send_it"] = (r"^\W*(?:(?:dale|vale|ok|okey|okay|bueno|si|listo|perfecto|claro|sale|va|ya|gracias|porfa|por favor|genial|va pues)\W+)*"
                       r"(?:mand|envi|pas)(?:a|e)(?:melo|mela|melos|melas|me|nos|noslo|nosla|noslos|noslas|lo|la|los|las)\b"
                       r"(?:,? (?:si|porfa|por favor|entonces|pues|ya|al correo|por (?:correo|mail|whatsapp|wasap)))*\W*(?:gracias\W*)?$")
# (…and, read from es/blind12 (a dev set this round) and written as the shape of the fault, not its line: the product
# said never to fail and the argument closed with "punto" ("Nuestras baterías no salen malas; …, punto."), the wrong
# purchase put on the customer ("Usted cambió la batería cuando tenía que cambiar el alternador") and the reply that hears
# it ("No me diga que la culpa es mía"); lifestyle advice nobody asked for ("le recomiendo dejar las frituras"); a next
# step with no day ("nosotros le avisamos", "cualquier cosa estamos en contacto"); approval promised ("se lo aprueban
# seguro… se lo garantizo"); a signature taken as the end of it ("Fírmeme aquí la orden y quedamos"); and the trainee's
# own mishap ("a mí me pasó igualito"))
MOVE_CUES["argument"].append((r"\b(?:nuestr[oa]s|est[oa]s) [a-z]+ no (?:salen|vienen|fallan|se rompen|dan problemas|se descomponen)\b|"
                              r"[,;] punto(?=[.!]|$)|"
                              r"\b(?:usted|tu|vos) (?:cambio|cambiaste|compro|compraste|puso|pusiste|eligio|elegiste|pidio|pediste|uso|usaste)\b"
                              r"[^.?!]{0,40}\bcuando (?:tenia|tenias|debia|debias|habia|habias) que\b", 2.5))
EXCHANGE["takes_offence"] += r"|\bno me (?:diga|digas|vengas|venga|salga|salgas) (?:con )?que (?:la culpa es mia|es mi culpa|fue mi culpa|yo tengo la culpa)\b"
EXCHANGE["unasked_advice"] += (r"|\b(?:le|te|les|os) (?:recomiendo|aconsejo|sugiero) (?:que )?(?:dejar|deje|dejes|evitar|evite|evites|bajarle|cuidar|cuide|"
                               r"caminar|camine|comer menos|coma menos|hacer ejercicio|haga ejercicio|hagas ejercicio)\b")
EXCHANGE["vague_promise"] += (r"|\b(?:nosotros )?(?:le|te|les|os) (?:avisamos|avisaremos|llamamos|contactamos|escribimos)\b(?![^.?!]{0,25}\b(?:manana|hoy|lunes|"
                              r"martes|miercoles|jueves|viernes|sabado|domingo|a las|antes de|en \d|esta (?:tarde|noche|semana)))|"
                              r"\bcualquier cosa (?:estamos en contacto|nos (?:avisa|avisas|llama|llamas|escribe|escribes))\b")
EXCHANGE["overpromise"] += (r"|(?<!\bno )\bse lo (?:garantizo|garantizamos|aseguro|aseguramos|prometo|prometemos)\b|"
                            r"\b(?:se lo|te lo|se la|te la) (?:aprueban|autorizan|dan) seguro\b")
EXCHANGE["declares_done"] += r"|\bfirm(?:e|a)(?:me)? aqui\b[^.?!]{0,40}\b(?:y )?(?:quedamos|listo|ya quedo)\b"
EXCHANGE["about_self"] += r"|\ba mi (?:me )?(?:paso|sucedio|ocurrio) (?:igualito|igual|lo mismo|exactamente lo mismo|algo igual|algo parecido|casi lo mismo)\b"
# (…and, from es/blind12's gaming sides, written wider: a death told with its day and the burial ("falleció el domingo",
# "lo enterramos ayer"); put-downs about the rules the customer signed ("¿vos leíste el reglamento que firmaste o solo
# firmaste por firmar?", "nadie lee nada", "no sé para qué pagan trimestral si después no vienen"); blame for the fault
# ("cuando no lo instala un técnico pasa eso", "seguramente apretó de más", "es más por el uso que le dieron", "la próxima
# vez contrate nuestro servicio", "así dice la póliza"); and leaving ("no les vuelvo a comprar nada", "no renuevo", "qué
# servicio", "No. No me llamen."))
UPSET_CUES.append(
    (r"\b(?:fallecio|murio|se murio) el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)\b|"
     r"\b(?:lo|la) (?:enterramos|sepultamos|velamos|cremamos) (?:ayer|hoy|anoche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b", 2.0))
MOVE_CUES["rudeness"].append(
    (r"\b(?:leyo|leiste|leyeron|leyo usted) (?:el|la|los|las) (?:reglamento|contrato|condiciones|terminos|letra chica|letra pequena|manual|instrucciones)\b"
     r"[^.?!]{0,40}\?|\bfirm(?:o|aste|aron) por firmar\b|\bnadie lee nada\b|"
     r"\bno se (?:para que|por que) (?:pagan|pagas|paga|compran|compras|compra|contratan|contratas|contrata)\b[^.?!]{0,40}\bsi (?:despues|luego) no\b", 2.5))
MOVE_CUES["argument"].append(
    (r"\bcuando no [^.?!]{3,50}\b(?:pasa|pasan) (?:eso|esto|estas cosas)\b|\bseguramente [^.?!]{0,30}\b(?:de mas|mal)\b|"
     r"\b(?:es|fue) (?:mas )?por el (?:mal )?uso que (?:le|les) (?:dio|dieron|diste|dan|dio usted)\b|"
     r"\bla proxima vez (?:contrate|contrata|compre|compra|use|usa|traiga|trae)\b|"
     r"\basi (?:dice|lo dice|viene en|esta en) (?:la|el) (?:poliza|contrato|reglamento|garantia|letra chica)\b", 2.5))
EXCHANGE["walks_away"] += (r"|\bno (?:les |le |te |os )?(?:vuelvo|volvere|pienso volver|voy a volver) a (?:comprar|contratar|venir|pedir)\b|"
                           r"\bno (?:renuevo|voy a renovar|pienso renovar|vuelvo a renovar)\b|(?:^|[.,] )(?:no,? )?(?:pues )?que servicio(?=\s*[.!]|\s*$)|"
                           r"\bno (?:me|nos) (?:llamen|llame|llames|escriban|escriba|molesten|moleste|vuelvan a llamar)\b")
# (…and our product put as a question, as the English "Have you thought about our…?" is an upsell: "¿Ha pensado en
# nuestro Plan Familia Salud?")
MOVE_CUES["upsell"].append(
    (r"\b(?:ha|has|han|habia|habias|habian) (?:pensado|considerado) (?:en )?(?:nuestr[oa]s?|el plan|la membresia|el paquete)\b|"
     r"\b(?:conoce|conoces|conocen) (?:ya )?(?:nuestr[oa]s?) (?:plan|planes|seguro|paquete|servicio|membresia|promocion|programa)\b", 2.5))
# (…and a step put forward as paper to take and a decision to make together ("Si hoy no puede, llévese la hoja con los
# datos y lo deciden juntos"), and a yes said to its condition ("Ah, con el DPI y el recibo sí."))
EXCHANGE["offer"] += (r"|\bllevese (?:la|el|esta|este|estos|estas) (?:hoja|folleto|cotizacion|informacion|tarjeta|presupuesto|papeles|requisitos)\b|"
                      r"\by (?:lo|la) (?:deciden|decide|decidan|piensan|platican|consultan|hablan) (?:juntos|con calma|en casa|tranquil[oa]s?)\b")
EXCHANGE["goes_along"] += r"|^(?:(?:ah|oh|ay|bueno|pues|mire|mira),? )?(?:con|asi|entonces|de esa (?:forma|manera))\b[^.,!?]{0,40} si(?=\s*[.,!]|\s*$)"
# (thirty-sixth round, as the English `exchange._GO_AHEAD_SAID`: last words that only go ahead, whatever doubt came before
# them - "Está caro… pero bueno, lo necesito ya. Hagámoslo.", "Va, dale pues.")
EXCHANGE["go_ahead_said"] = (r"^(?:(?:bueno|ok|okey|okay|va|vale|dale|listo|sale|pues|entonces|ya|si|bien|orale|andale)\W+)*"
                             r"(?:hagamoslo|hazlo|hagalo|adelante|dale|va|vamos|lo tomo|la tomo|me lo llevo|me la llevo|lo hacemos|ahi le va|"
                             r"hagale|hacele|metele|lo contrato|lo quiero|la quiero)(?: (?:entonces|pues|ya|de una|nomas|asi))?\W*$")
# (thirty-seventh round, as the English `exchange._ANOTHER_TIME`: a time of the customer's own put as a short question
# after a doubt about the one offered - "Hoy no puedo quedarme sin coche. ¿Mañana temprano?", "¿Y el jueves por la tarde?")
EXCHANGE["another_time"] = (r"^[¿¡\s]*(?:(?:y|o|entonces|bueno|vale|pues|mejor|oiga|mire|oye|mira|ok|okey)\W+)*"
                            r"(?:(?:que tal|y si|puede ser|podria ser|podemos|se puede|le va bien|le viene bien|te va bien|te viene bien|"
                            r"lo dejamos para|lo pasamos a|lo movemos a|lo cambiamos a|mejor)\W+)?"
                            r"(?:(?:el|la|para|a las|a la|por la|de)\W+)?"
                            r"(?:manana|pasado manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxim[oa]|semana que viene|"
                            r"otra semana|otro dia|fin de semana|finde|esta (?:tarde|noche|semana)|\d+)"
                            # (and nothing after the time but more of it or a "does it suit": "¿Mañana me dice el precio?" asks
                            # something else)
                            r"(?:\W+(?:temprano|tarde|que viene|siguiente|a primera hora|primera hora|a ultima hora|ultima hora|(?:al )?mediodia|"
                            r"(?:por|en|de) la (?:manana|tarde|noche)|a las? \d+(?:[:.]\d+)?|\d+(?:[:.]\d+)?|mejor|entonces|"
                            r"(?:le|te|les|os) (?:va|viene|sirve|parece)(?: bien)?|sirve|vale|se puede|puede ser|podria ser|podemos|"
                            r"o (?:el|la|el dia) \w+|y (?:el|la) \w+))*\W*$")
# (…and the English "I didn't ask for a lecture", "Excuse me?", "Are you saying I'm lying?" said in Spanish: "Oiga, no le
# he pedido consejos", "¿Perdona? Es lo que cobro", "me ha sentado fatal", "no sé para qué me pregunta si ya lo sabe")
EXCHANGE["takes_offence"] += (r"|\bno (?:le|te|les|os) (?:he |hemos |habia )?(?:pedido|pedi|preguntado|pregunte) (?:(?:su|tu|sus|tus|ningun|ninguna) )?"
                              r"(?:consejos?|opinion|sermon|un sermon|charla|la charla|una charla|clases?|lecciones?|leccion)\b|"
                              r"^[¿\s]*(?:perdon[ae]?|como dice|como dices|disculpe)\s*\?|"
                              r"\bme (?:ha|has|han) sentado (?:fatal|muy mal|mal|como una patada)\b|\bme sento (?:fatal|muy mal|mal)\b|"
                              r"\bpara que me (?:pregunta|preguntas|preguntan) si ya lo (?:sabe|sabes|saben)\b|"
                              r"\b(?:esta|estas|estan) (?:diciendo|insinuando|dando a entender) que (?:miento|le miento|te miento|soy (?:un |una )?"
                              r"(?:mentiros[oa]|tont[oa]|idiota)|me lo invento|lo invento|me invento|exagero)\b")
# (…grief told verb first, as it is often said: "falleció mi marido hace tres semanas", "hace tres semanas que lo
# enterré"; the best seller in the singular, "es el que más se lleva"; our product told as what interests the customer,
# "por eso le interesa nuestro fondo Tranquilidad")
UPSET_CUES.append(
    (r"(?<!despues de que )(?<!desde que )(?<!cuando )\b(?:fallecio|murio|se murio|se nos fue|nos dejo) (?:mi|nuestro|nuestra|su) (?:[\w-]+ )?"
     r"(?:marido|esposo|esposa|mujer|padre|madre|papa|mama|hijo|hija|hermano|hermana|abuelo|abuela|perro|perra|gato|gata)\b|"
     r"\b(?:lo|la) (?:enterre|enterramos|despedimos|cremamos) hace (?:poco|unos dias|una semana|un mes|\w+ (?:dias|semanas))\b|"
     r"\bhace (?:poco|unos dias|una semana|un mes|\w+ (?:dias|semanas)) que (?:lo|la) (?:enterre|enterramos|despedimos|cremamos)\b|"
     r"\b(?:fallecio|murio|se murio) hace (?:\w+ )?(?:dias|semanas)\b", 2.0))
MOVE_CUES["pitch"].append(
    (r"\b(?:le|te|les|os) (?:interesa|conviene|va a interesar|va a convenir|va a encantar) (?:nuestr[oa]s?|el nuevo|la nueva) [\w-]+", 2.5))
# (…the customer lumped with those who get it wrong, "Mucha gente no sabe leer el plano", "Mucha gente manda las cosas a
# medias"; the fault put on them as a guess or a duty, "¿No la habrá forzado?", "¿Seguro que ha buscado bien?", "También
# tendría que vigilar usted la fecha"; "¿Ha pensado contratar nuestro montaje…?" sells; "¿Y para qué os pago?" is upset;
# "con el cambio de gestoría, mañana vengo a por mis papeles" leaves)
MOVE_CUES["argument"].append(
    (r"\bmucha gente (?:no sabe (?:leer|montar|usar|entender|seguir|hacer|rellenar|llenar)|se (?:equivoca|confunde|olvida)|"
     r"(?:manda|trae|hace|deja|presenta|entrega) (?:las cosas |los papeles |todo |lo )?(?:a medias|mal|tarde|incompleto))\b|"
     r"\b(?:no )?(?:lo|la|los|las) (?:habra|habras|habran|habria|habrias) (?:forzado|roto|golpeado|tirado|mojado|dejado caer|usado mal|montado mal|"
     r"instalado mal|apretado de mas)\b|"
     r"\bseguro que (?:ha|has|han|habeis) (?:buscado|mirado|leido|revisado|probado|hecho|montado|seguido) bien\b|"
     r"\b(?:usted|tu|vos) (?:tambien )?(?:tendria|tendrias|deberia|deberias|tenia|tenias|debia|debias) que (?:haber|vigilar|mirar|revisar|leer|"
     r"controlar|estar pendiente)\b|\b(?:tambien )?(?:tendria|tendrias|deberia|deberias) (?:que )?(?:vigilar|mirar|revisar|controlar|leer) "
     r"(?:usted|tu|vos)\b", 2.5))
MOVE_CUES["upsell"].append(
    (r"\b(?:ha|has|han|habeis) (?:pensado|considerado) (?:en )?(?:contratar|anadir|agregar|sumar|llevarse|pasarse a|cambiarse a|probar) "
     r"(?:tambien )?(?:nuestr[oa]s?|el plan|la membresia|el paquete|el servicio de)\b", 2.5))
UPSET_CUES.append((r"\bpara que (?:os|les|te|le) (?:pago|pagamos|estoy pagando|estamos pagando)\b", 2.0))
EXCHANGE["walks_away"] += (r"|\bcon el cambio de (?:gestoria|banco|compania|taller|proveedor|seguro|operador|aseguradora|inmobiliaria)\b|"
                           r"\bvengo a por mis (?:papeles|documentos|cosas|expedientes)\b|"
                           r"\bme (?:cambio|paso|voy) (?:de|a otra|a otro) (?:gestoria|banco|compania|taller|proveedor|seguro|operador|aseguradora)\b")
# (…and, as the English `exchange._PLEASED` and `_CONSULTS`, liking what was put forward and then only asking someone at
# home or at work: "Eso tiene sentido. Hablo con mi madre y le llamo.")
EXCHANGE["pleased"] = (r"\b(?:tiene (?:mucho |todo el )?sentido|(?:me|nos) parece (?:bien|muy bien|buena idea|razonable|justo|perfecto|estupendo|"
                       r"genial)|suena (?:bien|muy bien|razonable)|(?:me|nos) gusta|mejor de lo que (?:pensaba|creia|esperaba)|es (?:razonable|justo))\b")
EXCHANGE["consults"] = (r"\b(?:hablo|hablare|lo hablo|lo hablare|lo comento|lo comentare|lo consulto|consulto|pregunto|le pregunto|lo miro|lo veo|"
                        r"lo platico|platico) (?:con|a) (?:mi|mis|nuestro|nuestra) (?:mujer|marido|esposa|esposo|pareja|hijo|hija|hijos|madre|"
                        r"padre|mama|papa|jefe|jefa|socio|socia|socios|familia|hermano|hermana|gestor|contable|contador|cunado|cunada|novio|novia)\b")
# (…and Spain's "venga" as a yes, as the Mexican "va" or the Rioplatense "dale": "Venga, a ver ese de 99.")
EXCHANGE["agrees"] += r"|^\W*venga(?:,? (?:vale|va|pues|venga))?(?=[,.!]|$)(?!,? (?:pero|no)\b)"
# (…the paper asked for, then the decision taken to someone: "Mándeme los dos precios y lo hablo con mi jefe.")
EXCHANGE["asks_for_paper"] = (r"\b(?:mande|mandame|mandeme|mandenos|envie|enviame|envieme|envienos|pasame|paseme|pasenos)(?:lo|la|los|las)? "
                              r"(?:(?:los|las|el|la) (?:dos |tres )?)?(?:precios?|presupuestos?|cotizacion(?:es)?|propuestas?|opciones|numeros|datos|detalles)\b")
# -- thirty-eighth round --------------------------------------------------------------------------------------------------
# (a line that opens by turning the offer down: "No, gracias, así estoy bien." ends the talk, whatever it says next)
EXCHANGE["declines"] = r"^\W*(?:no,? gracias|no hace falta|no (?:lo |la )?necesito|no nos hace falta|no me interesa|asi (?:estoy|estamos) bien)\b"
# (es/blind17 read, Mexico: the customer hurried with the queue and sent to the box, "Ay, su comadre… ¿Qué va a querer? Hay
# fila.", "Lo dice la caja."; going to the shop across the street, "Ya no me dieron ganas. Voy a la de enfrente."; and the
# Mexican yes that takes one, "Ándele, deme una.")
MOVE_CUES["rudeness"].append((r"(?:^|[.!?¿¡] ?)(?:hay|tengo|tenemos) (?:una )?(?:fila|cola|gente esperando|mas gente)[.!]?$|\bno tengo todo el dia\b", 3.0))
MOVE_CUES["argument"].append((r"\blo dice (?:la caja|el empaque|la etiqueta|el contrato|el ticket|el recibo|la factura|la pagina|el folleto|el manual)\b", 2.5))
EXCHANGE["walks_away"] += (r"|\b(?:me )?voy (?:a|con) (?:la|el|los|las) (?:de enfrente|del frente|de al lado|de la esquina|de la otra cuadra)\b(?![^.!?]*\b(?:y|luego|despues) (?:regreso|vuelvo|le aviso)\b)|"
                           r"\bya no me (?:dieron|dio|dan|da) ganas\b")
EXCHANGE["agrees"] += r"|^\W*(?:andale|andele|orale|sale|va que va|simon)(?=[,.!]|$)(?!,? (?:pero|no)\b)"
EXCHANGE["goes_with_us"] += (r"|^\W*(?:andale|andele|orale|sale|va que va)\W+(?:deme|dame|pongame|ponme|me da|me llevo) "
                             r"(?:el|la|los|las|uno|una|dos|tres|cuatro|cinco|\d+)\b[^?]*$")
# (…and a treatment that hurts is a problem brought back: "la resina que me pusieron el jueves me duele horrible con lo frío")
EXCHANGE["problem_report"] += (r"|\b(?:me|le|nos|te) (?:duele|duelen|dolio|dolieron|arde|arden|pica|molesta|lastima) (?:\w+ )?(?:horrible|horrores|mucho|muchisimo|"
                               r"bastante|demasiado|un monton|todavia|desde|con lo frio|con lo caliente|al morder|al masticar)\b")
# (…the customer's pain doubted and blamed: "¿Pero no será que está exagerando un poquito?", "como la gente que no se cuida",
# "Los pacientes se confunden mucho.")
MOVE_CUES["rudeness"].append((r"\b(?:no sera (?:que )?)?(?:esta|estas|estan|usted esta|tu estas) exagerando\b|\bcomo la gente que no se (?:cuida|fija|lee)\b", 3.0))
MOVE_CUES["argument"].append((r"\b(?:los|las) (?:pacientes|clientes|usuarios|senoras|personas) se (?:confunden|equivocan|lian|enredan) (?:mucho|seguido|a menudo|siempre|bastante)\b", 2.5))
# (…closes put as open questions and a choice that takes the yes for granted: "¿Y qué necesitarían ver para llevárselo hoy
# mismo?", "¿Qué les acomoda más, a 12 o a 18 meses sin intereses?", "¿Qué les impide apartarlo con 500 pesos para que no se
# les vaya?"; the customer saying it again, "Oiga, le estamos diciendo que no sabemos si cabe", and leaving with the family,
# "Vámonos, gorda. Gracias, joven")
MOVE_CUES["pressure"].append((r"\bque (?:necesitaria|necesitarian|necesitas|necesita|haria falta|tendria que pasar|le falta|les falta|te falta) (?:ver |saber )?"
                              r"para (?:llevarselo|llevarselos|llevarlo|llevartelo|comprarlo|cerrar|firmar|decidirse|decidirte|apartarlo) (?:hoy|ahora|ya)\b|"
                              r"\bpara que no se (?:le|les|te) (?:vaya|escape|acabe|ganen)\b|"
                              r"\bque (?:le|les|te) (?:acomoda|conviene|late|queda) mas,? (?:a |en |pagar(?:lo)? a )?\d+ o (?:a |en )?\d+ (?:meses|quincenas|pagos|cuotas)\b", 2.5))
EXCHANGE["repeat_complaint"] += r"|\b(?:le|te|les) (?:estamos|estoy) diciendo que\b"
EXCHANGE["walks_away"] += r"|^\W*(?:vamonos|ya nos vamos|nos vamos)\b(?! a (?:llevar|quedar))"
# (…a loan pitched to a customer who came about a fee, closed on after a no and sent elsewhere: "Le tengo un crédito de nómina
# preaprobado…", "¿Le imprimo el contrato?", "¿Entonces a 24 o a 36 meses?", "Eso lo ve en la línea de aclaraciones."; the
# customer insisting, "Le digo que ya tengo deudas", and leaving, "Ni a 24 ni a 36. Con permiso")
MOVE_CUES["pitch"].append((r"\b(?:le|te|les) tengo (?:un|una) (?:\w+ ){0,3}(?:credito|prestamo|tarjeta|plan|paquete|seguro|oferta|promocion)\b(?! (?:que|q) (?:le|te|les) (?:pedi|pidio|pediste))", 2.5))
MOVE_CUES["closing"].append((r"\b(?:le|te|les) (?:imprimo|preparo|paso|saco) (?:el|los) (?:contrato|papeles|formato)s?\b", 2.5))
MOVE_CUES["pressure"].append((r"^(?:y |entonces,? )?¿?(?:a |en )\d+ o (?:a |en )?\d+ (?:meses|quincenas|pagos|cuotas)\?", 2.5))
MOVE_CUES["argument"].append((r"\beso (?:lo )?(?:ve|ven|revisa|revisan|atiende|atienden|tramita|tramitan) (?:en|con) (?:la linea|el area|otro departamento|otra area|aclaraciones|"
                              r"el (?:call center|departamento))\b", 2.5))
EXCHANGE["repeat_complaint"] += r"|^\W*(?:pero |oiga,? )?(?:ya )?(?:le|te|les) digo que\b"
EXCHANGE["walks_away"] += r"|\bcon permiso\W*$"
# (es/blind19 read, Central America, Venezuela, Uruguay: the network cleared and the phone blamed, "Debe ser su teléfono, eso
# no puede ser de la red."; honesty doubted, "¿estás seguro de que no salió? Muchas veces la gente retira, se distrae y
# después reclama." - "no soy ningún vivo"; a lecture on how to save, "déjeme decirle: romper un ahorro por un viaje es de los
# errores más comunes. Lo ideal es…"; signing today before the signal is checked, "Lo dejamos firmado hoy")
MOVE_CUES["argument"].append((r"\bdebe (?:de )?ser (?:su|tu) (?:telefono|celular|equipo|router|modem|computadora|compu|instalacion|aparato)\b|"
                              r"\beso no puede ser (?:de |por )?(?:la red|el sistema|el servicio|nuestra red|nuestro sistema|la antena)\b", 2.5))
MOVE_CUES["rudeness"].append((r"\b(?:esta|estas|esta usted) segur[oa] (?:de )?(?:que|q) no (?:le )?(?:salio|salieron|lo (?:retiro|retiraste|saco|sacaste|uso|usaste|pidio|pediste)|"
                              r"llego|le llego|lo recibio|lo recibiste)\b|\bla gente (?:retira|saca|compra|pide|usa|firma)[^.?!]{0,40}\b(?:despues|luego) (?:reclama|se queja|dice que no)\b", 3.0))
EXCHANGE["takes_offence"] += r"|\bno soy (?:ningun|ninguna|un|una) (?:vivo|viva|vivaracho|mentiroso|mentirosa|tramposo|tramposa|estafador|estafadora|chanta)\b"
EXCHANGE["unasked_advice"] += (r"|\b(?:dejeme|dejame|permitame|permiteme) (?:decirle|decirte|darle un consejo|darte un consejo)\b|\bes (?:de )?(?:los|uno de los) errores? mas comun(?:es)?\b|"
                               r"(?:^|[.:!] )lo ideal (?:es|seria) (?:que|tener|un|una|no)\b")
MOVE_CUES["pressure"].append((r"\blo (?:dejamos|dejo|cerramos) firmado (?:hoy|ahora|ya)\b", 2.5))
# -- thirty-ninth round (es/blind20 read: Spain, spoken and typed peninsular Spanish) ------------------------------------
# (the fault put on the customer: "Es responsabilidad del cliente, ¿lo sabías?", "si revisaras el área de cliente lo habrías
# visto", "está en los carteles", "si está bien metido no se suelta", "eso seguro que lo hacía antes y no te dabas cuenta")
MOVE_CUES["argument"].append(
    (r"\b(?:es|era|sera) responsabilidad del (?:cliente|usuario|titular|comprador|conductor|socio|paciente|inquilino)\b|"
     r"\bsi (?:revisaras|revisara|leyeras|leyera|miraras|mirara|hubieras|hubiera|hubieseis|hubierais) [^.!?]{0,30}\blo (?:habrias|habria|habriais) "
     r"(?:visto|sabido|leido)\b|\b(?:esta|lo pone|pone) en (?:los carteles|el cartel)\b|"
     r"\bsi (?:esta|estaba|estuviera) bien [a-z]+ no se (?:suelta|rompe|cae|sale|estropea)\b|"
     r"\b(?:eso|esto)? ?(?:seguro que|seguramente|igual) (?:ya )?(?:lo )?(?:hacia|tenia|pasaba|sonaba|venia|traia) (?:ya )?(?:de )?antes\b|"
     r"\bno te (?:dabas|dabais|habias dado) cuenta\b", 2.5))
# (a price cut nobody asked for, "a ti te la dejo en el 2%"; the extra that makes it "complete" and the spend-to-reach nudge,
# "¿Y algo más para que la experiencia sea completa?", "con unas gafas de sol para los niños llegas", "si pasas de 40")
MOVE_CUES["discount"].append((r"\b(?:a ti |a usted |a vosotros )?(?:te|se|os) (?:la|lo|las|los) dejo en\b", 2.5))
MOVE_CUES["upsell"].append(
    (r"\balgo mas para que (?:la experiencia|todo|el conjunto|el pack) (?:sea|quede|este) complet[oa]\b|"
     r"\bcon (?:un|una|unos|unas|el|la|los|las) [^.!?,;]{1,30} (?:llegas|llega|llegais)\b|(?:\d+ ?%|descuento|gratis|regalo)[^.!?]{0,20}\bsi (?:pasas|pasa|pasais|llegas|llega) de \d+\b", 2.5))
# (a lecture on top of what was asked, "Aunque te digo: … el deporte solo no hace milagros"; a promise of half the bill,
# "se le queda en la mitad, seguro"; the keys handed over as done, "aquí tienes las llaves, está listo"; the trainer's own
# races, "Yo empecé igual… Mi primer 10 km fue en 2015")
EXCHANGE["unasked_advice"] += r"|\baunque (?:te|le|os) digo\b|\b(?:te|le|os) digo una cosa\b|\bno hace milagros\b"
EXCHANGE["overpromise"] += r"|\b(?:la mitad|la tercera parte|menos de la mitad|el doble)[^.!?]{0,20}[,.] seguro\b"
EXCHANGE["declares_fixed"] += r"|\baqui (?:tienes|tiene) (?:las|sus|tus) llaves[,.]? (?:ya )?(?:esta|queda) list[oa]\b"
EXCHANGE["about_self"] += (r"|\byo (?:empece|empezaba|estaba) (?:igual|asi|como tu|como usted)\b|\bmi primer[ao]? [^.!?]{1,25} fue en (?:19|20)\d\d\b|"
                           r"\b(?:el ano pasado|este ano|hace \w+ anos) (?:yo )?(?:hice|corri|termine|gane|subi|saque)\b")
# (…and the replies: "¿Cómo que antes? Antes no hacía nada", "yo venía por el boxeo, no por la dieta", "¿Y lo mío…?";
# "o sea que encima la culpa es mía?", "¿Me estás diciendo que es culpa mía?"; leaving by cancelling or by the complaints
# form, "dame el teléfono de bajas", "Sí, darme de baja.", "Dame la hoja de reclamaciones.")
EXCHANGE["corrects"] += (r"|^\W*¿?como que (?:antes|yo|ahora|no)\b|\b(?:yo )?(?:venia|vine|vengo|llamaba|llame|llamo) (?:por|a por|para) [^.!?,]{1,25},? "
                         r"no (?:por|para|a por)\b|(?:^|[.!?¿] ?)y lo mio\b")
EXCHANGE["takes_offence"] += r"|\b(?:encima )?la culpa es mia\b|\bme (?:estas|esta|estais|estan) diciendo que (?:es culpa mia|la culpa es mia|lo hice mal|miento)\b"
EXCHANGE["walks_away"] += (r"|\b(?:dame|deme|dadme|pasame|paseme|quiero) (?:el telefono de |el numero de |la hoja de |el formulario de )?(?:bajas?|reclamaciones)\b|"
                           r"\bdarme de baja\b|\b(?:me|nos) (?:doy|damos|voy a dar|vamos a dar|quiero dar) de baja\b")
# (peninsular Spanish pushing back in its own words: "40 euros es mucho pa un jarabe", "los gimnasios me parecen caros para
# lo que son"; "ya me paso de lo que traía pensado", "ya me he gastado casi todo en el coche", "no llegamos"; "luego ya
# veremos", "lo hablamos en casa y ya te diremos algo", "que lo mire mi gestor"; "tengo el coche en doble fila"; "con ustedes
# no alquilo más en la vida"; "Dame el jarabe solo y ya está", "ya tengo en casa", "por dos euros no me cambio")
_PENINSULAR_PUSH_BACK = {
    "too_expensive": r"\b(?:es|son|sale|salen|cuesta|cuestan) (?:mucho|muchisimo|demasiado)(?: dinero)? (?:pa|para)\b|\bme parecen? car[oa]s? para lo que\b",
    "no_money": (r"\bya me paso de lo que\b|\b(?:me he gastado|me gaste|nos hemos gastado|nos gastamos) (?:casi )?todo\b|(?:^|[,.] ?|\by )no llegamos\b|"
                 r"\bme dejo aqui (?:la pension|el sueldo|la nomina)\b"),
    "think_it_over": (r"\b(?:luego|despues|ya) (?:ya )?veremos\b|\blo (?:hablamos|hablo|hablare|hablaremos) en casa\b|\bya (?:te|le|os) (?:diremos|dire|decimos|digo) algo\b|"
                      r"\bque lo (?:mire|vea|revise) mi (?:gestor|asesor|abogado|marido|mujer|hermano|hermana|socio|padre|madre)\b"),
    "no_time": r"\b(?:tengo|dejo) el coche en doble fila\b|\bentro a (?:trabajar|currar) en\b",
    "bad_experience": r"\bcon (?:ustedes|vosotros) no (?:alquilo|compro|vuelvo|contrato|repito)\b|\b(?:ya )?me (?:han|habeis|hayan) tomado el pelo\b",
    "no_need": (r"\b(?:dame|deme|ponme|pongame|cobrame|cobreme) [^.!?]{1,25} (?:solo|nada mas) y ya(?: esta)?\b|\b(?:ya )?(?:lo |la |los |las )?tengo en casa\b|"
                r"\bpor (?:dos|tres|cinco|\d+) euros no me cambio\b"),
}
for _label, _rx in _PENINSULAR_PUSH_BACK.items():
    PUSHES_BACK[_label] += "|" + _rx
EXCHANGE["puts_off"] += "|" + _PENINSULAR_PUSH_BACK["think_it_over"]
EXCHANGE["price_pushback"] += "|" + _PENINSULAR_PUSH_BACK["too_expensive"] + "|" + _PENINSULAR_PUSH_BACK["no_money"]
# Fortieth round (es/blind22 read: older customers at pharmacies, banks, opticians and hearing-aid shops in Valencia,
# Aragón, the Andes, the River Plate and Mexico). Sarcasm and rushing at a confused customer ("¿Y cómo quiere que sepa
# cuál es? ¿Adivino?", "Usted sabrá, luego no venga con prisas", "¿Algo más? Que hay cola"); the crowd and the price
# that doubles tomorrow ("los vecinos de su finca ya llevan los nuestros", "el que se lleva todo el mundo", "mañana le
# costará el doble")
MOVE_CUES["rudeness"].append((r"\b(?:y )?como (?:quiere|quieres|queres) (?:usted )?que (?:yo )?(?:sepa|lo sepa|adivine)\b|(?:^|[.!?¿] ?)¿?adivino\s*\?|"
                              r"(?:^|[.!?] )usted sabra[,.]|\bluego no (?:venga|vengas|me venga|me vengas) (?:con prisas|a quejarse|a quejarte|llorando)\b|"
                              r"\b(?:algo mas|nada mas)\s*\?\s*(?:que|porque) hay (?:cola|gente esperando)\b|^\W*ya,? como todos\b", 2.5))
MOVE_CUES["pressure"].append((r"\b(?:los |sus |tus )?vecinos de (?:su|tu) (?:finca|edificio|calle|barrio|bloque|portal|pueblo)\b[^.?!]{0,40}\b(?:ya )?"
                              r"(?:llevan|tienen|usan|compraron|contrataron|se llevaron) (?:los|las|el|la) nuestr|"
                              r"\b(?:el|la|los|las) que se (?:lleva|llevan) todo el mundo\b|"
                              r"\bmanana (?:le|te|les) (?:costara|va a costar|saldra|va a salir) (?:el doble|mas caro|mas)\b", 2.5))
# (…and the customer's side: a yes to the one thing taken ("Bueno, la prueba sí.", "Pues ya con eso. Hágame la prueba."),
# the rest put off ("Lo otro ya lo veremos con calma", "ya lo pensaré"); a no to both days ("Ninguno por ahora"); the
# sales pushed at a question ("Te pregunté una cosa y me vendés tres"); saying it again ("es la tercera vez", "Que no sé
# usar el móvil, le digo"); the temper named ("Qué mal genio, madre mía")
EXCHANGE["agrees"] += (r"|(?:^|[.!?] )(?:(?:bueno|vale|pues|ya|entonces),? )?(?:la|el|los|las|eso|esa|ese|esto|esta|este) (?:\w+ )?si(?=[.!]|$)|"
                       r"(?:^|[.!,] )(?:(?:pues|bueno|entonces|ande|andele),? )?(?:hagame|hagamela|hagamelo|hagalo|hagala|apunteme|anoteme|inscribame|"
                       r"reserveme|pongamelo|pongamela)\b")
_PUT_OFF_KINDLY = r"\b(?:ya )?lo (?:veremos|pensare|pensaremos|miraremos|hablaremos)\b"
PUSHES_BACK["think_it_over"] += "|" + _PUT_OFF_KINDLY
EXCHANGE["puts_off"] += "|" + _PUT_OFF_KINDLY
EXCHANGE["presses"] += r"|\b(?:le|te|les) pregunte (?:una cosa|otra cosa|por [^.!?,]{1,20}) y (?:me )?(?:vende|vendes|ofrece|ofreces|habla|hablas|sale|salis|sales)\b"
EXCHANGE["repeat_complaint"] += (r"|\bes la (?:segunda|tercera|cuarta|quinta|enesima) vez(?=[.!,?]|$)|"
                                 r"(?:^|[.!?] )que no [^.!?]{1,40},? (?:ya )?(?:le|te|les) (?:digo|estoy diciendo)\b")
EXCHANGE["takes_offence"] += r"|\bque (?:mal genio|malos modos|mala educacion|manera de tratar|forma de tratar)\b|\bvaya (?:genio|humos|modos)\b"
# (…the single faults of es/blind22's pairs: the charge put on the customer, "eso no es un error… usted la habrá pedido";
# the promise of young ears, "va a oír como a los veinte años"; the pharmacist's own father and own blood pressure, "Yo
# tengo uno para mi padre… Yo también me la tomo"; and the customer who understood nothing, "no he entendido nada")
MOVE_CUES["argument"].append((r"\b(?:usted|tu|vos) (?:la|lo|los|las) (?:habra|habras|habria|habrias) (?:pedido|solicitado|activado|contratado|firmado)\b|"
                              r"(?:^|(?<=[.,!] ))(?:no,? (?:senora|senor|senorita|joven|don \w+|dona \w+),? )?eso no es (?:ningun |un )?error\b", 2.5))
EXCHANGE["overpromise"] += r"|\b(?:va|vas|van) a (?:oir|ver|quedar|sentirse|caminar|correr) como (?:a los|de|con) (?:veinte|treinta|20|30|quince|15) (?:anos)?\b"
EXCHANGE["about_self"] += r"|\byo (?:tengo|compre|le compre) (?:uno|una|el mismo|la misma) (?:para|a) mi (?:padre|madre|papa|mama|abuel[oa]|suegr[oa])\b|\byo tambien me (?:la|lo) (?:tomo|mido|pongo)\b"
EXCHANGE["lost"] += r"|\bno (?:he )?entendid[oa] nada\b|\bno (?:le |te )?entendi nada\b"
# Forty-first round (es/blind24 read: Mexico City, Guadalajara and Monterrey). The customer's handling blamed by the crowd
# in a question ("¿…o le pone agua de la llave, como mucha gente?") and the repair ruled out of the warranty ("eso no es
# garantía"); the customer who hears the blame ("no para que me echen la culpa") and takes the truck elsewhere ("Me la
# llevo a la agencia").
MOVE_CUES["rudeness"].append((r"\bcomo (?:mucha gente|muchos clientes|muchas personas|todo el mundo|hace mucha gente|hacen muchos)\s*\?", 2.5))
MOVE_CUES["argument"].append((r"\beso no (?:es|entra en la|entra en|lo cubre la|cubre la) garantia\b", 2.5))
EXCHANGE["takes_offence"] += (r"|\b(?:no )?para que me (?:eche|echen|echas|echaran) la culpa\b|\bme (?:esta|estan|estas) echando la culpa\b|"
                              r"\b(?:ahora|encima) (?:resulta que )?(?:es|fue) (?:mi culpa|culpa mia)\b")
EXCHANGE["walks_away"] += (r"|\b(?:me|nos) (?:lo|la|los|las) (?:llevo|llevamos|voy a llevar|vamos a llevar) (?:a|con) "
                           r"(?:la agencia|la competencia|otr[oa] (?:taller|lado|sitio|tienda|agencia|mecanico|banco|sucursal))\b")
# (…the guide the customer should have read, "Eso viene en la guía de la app", and the lock-out put on their tries, "Además
# picaste el código varias veces, ¿verdad? Por eso se bloqueó.")
MOVE_CUES["argument"].append((r"\b(?:eso|esto|todo eso) (?:viene|esta|sale|aparece|lo dice) en (?:la guia|el manual|las instrucciones|los terminos|"
                              r"el contrato|las condiciones|la pagina|la web|el folleto)\b(?![,，]? ?pero\b)|(?:^|(?<=[.!?] ))por eso se (?:bloqueo|rompio|dano|"
                              r"descompuso|cayo|fallo|trabo|quemo)\b", 2.5))
# (…a phone sold to a customer whose phone was just stolen: "Justo tenemos el iPhone 15 en plan a 24 meses, para que
# salgas hoy con equipo nuevo. ¿Te interesa?", "Ya que estás aquí, ¿qué te impide aprovechar el plan hoy?"; and a
# yes to the chip with the phone put off for later, "El cel lo veo después")
MOVE_CUES["pitch"].append((r"\b(?:justo |ahorita |hoy )?(?:tenemos|traemos) (?:el|la|los|las|un|una) [\w-]+(?: [\w-]+){0,3} en (?:plan|promocion|oferta|"
                           r"meses sin intereses|\d+ meses)\b|\bpara que (?:salgas|salga|te lleves|se lleve) hoy con\b", 2.5))
MOVE_CUES["pressure"].append((r"\bque (?:te|le|les) impide (?:aprovechar|contratar|llevarte|llevarse|firmar|cerrar|comprar|quedarte|quedarse)\b|"
                              r"\bya que (?:estas|esta|estan) aqui,? (?:por que no|que (?:te|le) impide|aprovech)", 2.5))
EXCHANGE["puts_off"] += r"|\b(?:lo|la|los|las) (?:veo|vemos|checo|checamos|reviso|revisamos|pienso|pensamos) (?:despues|luego|otro dia|mas tarde|con calma|mas adelante)\b"
# (…the credit sold on what most users choose, "La mayoría de los usuarios elige 12 meses", and "ok dejame verlo", a
# decision put off)
MOVE_CUES["pressure"].append((r"\b(?:la mayoria|muchos|casi todos|todos) (?:de )?(?:los |nuestros )?(?:usuarios|clientes|personas|compradores) "
                              r"(?:elige|eligen|escoge|escogen|prefiere|prefieren|se lleva|se llevan|toma|toman|contrata|contratan)\b", 2.5))
EXCHANGE["hesitates"] += r"|\b(?:dejame|dejeme|deja|deje|dejenme) (?:verlo|checarlo|revisarlo|consultarlo|analizarlo|platicarlo)\b"
# (…the clerk's own story: "Uy, yo cuando entré aquí llegué en jeans… Luego me compré mi primer traje")
EXCHANGE["about_self"] += r"|\byo cuando (?:entre|empece|llegue|entraba|empezaba) (?:aqui|a trabajar|a la tienda|al banco)\b|\bme compre mi primer\b"
# (…the gym's lecture nobody asked for, "Pero ojo: en ayunas pierdes músculo… come avena y huevo y duerme 8 horas", and the
# customer saying so, "no te pregunté lo del desayuno")
EXCHANGE["unasked_advice"] += (r"|(?:^|[.!?,] )(?:pero )?ojo[:,] [^.!?]{0,80}?\b(?:come|coma|duerme|duerma|toma|tome|evita|evite|deja|deje)\b")
EXCHANGE["knows_already"] += r"|\bno (?:te|le|les) pregunte (?:lo de|por|eso|sobre)\b"
# (…a loan promised whatever the history, "Con nosotros se aprueba seguro… sin importar el historial"; and the customer
# who has to say it again, "te digo que ando en la obra", "Ocupo que aguante, ¿no oíste?")
EXCHANGE["overpromise"] += (r"|\bse (?:aprueba|autoriza) (?:seguro|si o si)\b|\b(?:aprobacion|autorizacion) (?:segura|garantizada)\b|"
                            r"\bsin importar (?:el|tu|su) (?:historial|buro)\b")
EXCHANGE["repeat_complaint"] += r"|(?:^|[,.!?] )(?:pero |si )?te digo que\b(?! (?:te|se) )|\bno (?:me )?(?:oiste|oyo|oyeron|escuchaste|escucho|escucharon)\s*\?"
# Forty-second round (es/blind26 read: phone and energy contracts, insurance, renovation and opticians in Spain).
# The trainee's side: a pitch said as the customer's need ("entonces lo que usted necesita son unas progresivas de gama alta
# con filtro azul, unos 420 euros, ¿lo he entendido bien?", "…o sea, nuestra línea Premium, ¿correcto?"); a faster line sold
# on top ("Te subo a 1 giga por 15 euros más"), the plan left with the change as the one "que más gusta", more sold as
# closing the loop ("¿qué más le añadimos? ¿Mampara…?", "¿Y el mueble a juego?"); "¿Qué tendría que pasar para que hoy
# mismo lo dejemos firmado?" (the English "What would it take for you to sign today?"); the fault put on the customer, by
# the crowd ("muchos clientes tocan cables sin saber"), as a question ("¿Seguro que no desenchufaste la fibra al
# limpiar?", "¿Lo has reiniciado como dice el manual?") and in the rules ("si el cliente manipula el equipo, la visita del
# técnico es de pago").
MOVE_CUES["pitch"].append(
    (r"\blo que (?:usted |tu |ustedes )?(?:necesita|necesitas|necesitan|busca|buscas|buscan|quiere|quieres|quieren) (?:es|son) "
     r"[^.?!]{0,80}?(?:nuestr[oa]s? (?:linea|plan|paquete|tarifa|modelo|gama|seguro|"
     r"producto|servicio|pack|oferta)\b|de gama alta\b)|\bo sea,? nuestr[oa]s? (?:linea|plan|paquete|tarifa|modelo|gama|seguro|pack|oferta)\b", 2.5))
MOVE_CUES["pitch"].append((r"\b(?:que )?(?:es|son) (?:la|el|las|los) que mas (?:gusta|gustan|se vende|se venden|piden|vendemos|se lleva|se llevan)\b", 2.5))
MOVE_CUES["upsell"].append(
    (r"\b(?:te|le|os|les) (?:subo|paso|cambio|pongo|mejoro|amplio) a (?:la |el )?[\w-]+(?: [\w-]+){0,2} (?:por|con) (?:solo |solamente )?"
     r"\d+(?:[.,]\d+)? ?(?:euros?|€|pesos)? mas\b|"
     r"\b(?:te|le) dejo (?:el|la|lo) [\w ]{1,30}? con (?:la|el) (?:tarifa|plan|pack|paquete|seguro|servicio) [\w-]+", 2.5))
MOVE_CUES["upsell"].append(
    (r"\bque mas (?:le|te|les|os) (?:anadimos|ponemos|agregamos|sumamos|metemos|incluimos)\b|"
     r"\b(?:y )?(?:el|la|los|las) [\w-]+ a juego\s*\?", 2.5))
MOVE_CUES["pressure"].append(
    (r"\bque (?:tendria|tiene|haria falta|necesitaria|deberia) que pasar para que (?:hoy|ahora|ya)\b|"
     r"\bpara que hoy mismo (?:lo |la )?(?:dejemos|deje|dejamos|dejes|firme|firmemos|contrate|contratemos|cerremos)\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\b(?:muchos|la mayoria de los|los|algunos) clientes (?:tocan|desenchufan|manipulan|rompen|estropean|mueven|borran|pierden|olvidan|"
     r"no leen|no saben)\b|"
     r"\bseguro que no (?:\w+ ){0,2}(?:desenchufaste|desenchufo|tocaste|toco|moviste|movio|rompiste|rompio|golpeaste|golpeo|mojaste|mojo|"
     r"apagaste|apago|borraste|borro|tiraste|tiro)\b|\bcomo (?:dice|pone|indica|explica) (?:el manual|las instrucciones|la guia)\s*\?", 2.5))
MOVE_CUES["argument"].append((r"\bsi el cliente (?:manipula|toca|rompe)\b", 2.5))
# The customer's side: leaving ("Oye, que no me dejas hablar. Déjalo, ya miro yo otra cosa.", "Pásame con otra persona",
# "Déjelo, ya buscaré a otro."); putting the summary right ("No he dicho nada del fútbol", "…por algo que no he pedido, no",
# "¡Que yo no quiero caldera nueva! Solo le pregunto por el papel."); not heard ("¿No me escucha?", "que tú no me
# escuchas", "que le he preguntado por el polvo y el dinero"); saying it again ("Ya le digo, mucha.", "Le he dicho que el
# resto está bien."); relief, not putting off ("¡Ay, qué bien! Pensaba que tendría que volver otro día.").
EXCHANGE["walks_away"] += (r"|\bdejalo[,.]? (?:ya )?(?:miro|busco|veo|pregunto|lo miro) (?:yo )?(?:otra cosa|en otro (?:sitio|lado)|otro sitio|por otro lado|por ahi)\b|"
                           r"\bno me (?:dejas|deja|dejais|dejan) hablar\b|"
                           r"\bpas[ae]me con (?:otra persona|otro companero|otra companera|alguien mas|otro|otra)\b|"  # (their boss: an older cue)
                           r"\bya (?:buscare|buscaremos|llamare|llamaremos|mirare|miraremos) (?:a )?otr[oa]s?\b")
EXCHANGE["corrects"] += (r"|\bno (?:he|hemos|habia|habiamos) dicho nada (?:de|del|sobre|acerca)\b|\b(?:algo|eso|lo) que no (?:he|hemos) pedido\b|"
                         r"\bsolo (?:le|te|les|os) (?:pregunto|pregunte|preguntaba|he preguntado|estoy preguntando) (?:por|si|que|cuanto)\b")
EXCHANGE["unanswered"] += (r"|\b(?:tu|usted|vosotros|ustedes) no me (?:escuchas|escucha|escuchais|escuchan)\b|\bno me (?:escuchas|escucha|escuchais|escuchan)\s*\?|"
                           r"\b(?:le|te|les|os) (?:he|hemos) preguntado (?:por|si|que|cuanto|como|cuando|donde)\b")
EXCHANGE["repeat_complaint"] += r"|(?:^|[,.!?] )ya (?:le|te|les|os) digo\b"  # ("ya le dije", "le he dicho que": an older cue)
EXCHANGE["agrees"] += r"|^\W*(?:(?:ay|oh|uy|ah|huy),? )?(?:que bien|que alivio|menos mal|genial|estupendo|fenomenal)\b(?![^.!?]{0,3}\bpero\b)"
#: A tag at the end of a statement that asks nothing ("Tiene ochenta y tantos, ¿sabes?"): `exchange.asks_trainee` reads the
#: line without it ("Esto tiene garantía, ¿no?" and "¿verdad?" do ask, and stay).
EXCHANGE["tag_question"] = r"[,.]?\s*¿?(?:sabes|sabe|sabeis|me explico|me entiendes|me entiende|vale|viste|cachai|ves|entiendes)\?\s*$"
# (…and, from writing the issue's gaming kinds afresh in Spanish, not from a set: "Usted no querría quedarse sin
# cobertura, ¿no?", "Eso no es de mi departamento.", "Léase las condiciones", "Solo puedo mantenerle este precio hasta
# las cinco.", "Si no lo coge hoy, mañana ya no estará.")
MOVE_CUES["leading"].append(
    (r"\bno (?:querria|querra|quiere|quieres|querrias|querras) (?:quedarse|quedarte|arriesgarse|arriesgarte|perderse|perderte)\b", 2.5))
MOVE_CUES["argument"].append(
    (r"\bno es (?:de )?(?:mi|nuestro) (?:departamento|area|seccion|competencia)\b|"
     r"\b(?:lease|leete|leanse) (?:bien )?(?:las|los|el|la) (?:condiciones|terminos|contrato|letra pequena|normas|clausulas)\b|"
     r"\b(?:lea|lee) (?:bien )?(?:las|los|el|la) (?:condiciones|terminos|contrato|letra pequena|normas|clausulas)[,.;:]? (?:esta|viene|sale) "
     r"(?:todo )?(?:ahi|alli|clarito|claro)\b", 2.5))
MOVE_CUES["pressure"].append(
    (r"\b(?:solo|solamente) (?:puedo|podemos) (?:mantener|guardar|respetar|dejar|aguantar)(?:le|te|les|os)? (?:este|el|ese|esta|la|esa) "
     r"(?:precio|descuento|oferta|promocion|tarifa) hasta\b|"
     r"\bsi no (?:lo|la|los|las) (?:coge|coges|compra|compras|reserva|reservas|cierra|cierras|firma|firmas|contrata|contratas) hoy\b", 2.5))
# Forty-third round (es/blind28 read: banks, real-estate presales, gyms, workshops and internet providers in Mexico).
# Scarcity and the crowd said the Mexican way ("Qué bueno que vienen hoy: solo quedan tres del modelo Cedro.", "Toda la torre
# ya apartó, puras parejas como ustedes."), a price held till a time or rising tomorrow ("El precio de preventa lo sostengo
# hasta las siete.", "mañana sube 80 mil"), the chance not to lose ("¿Y qué les haría falta para no perder la oportunidad?");
# the customer feeling pushed and going ("…y así de presionados no. Gracias.", "Ya no quiero hablar con usted. Que me
# atienda alguien más."); a savings product put to a widow who came about her husband's account ("¿ya pensó en proteger a
# sus hijos? Hay un seguro de vida con ahorro desde 800 al mes.", "lo puede meter a un pagaré al 10%")
MOVE_CUES["pressure"].append(
    (r"\b(?:solo|nada mas|nomas|ya nada mas) (?:quedan|me quedan|nos quedan) (?:dos|tres|cuatro|cinco|\d+|un par|poc[oa]s)\b|"
     r"\b(?:todo|toda) (?:el|la) (?:torre|edificio|calle|colonia|cuadra|barrio|fraccionamiento|privada|unidad|pueblo|rancho|oficina) ya "
     r"(?:aparto|compro|contrato|se cambio|firmo|reservo|tiene)\b|"
     r"\b(?:puras|muchas|todas las|varias) (?:parejas|familias|personas|mamas|senoras) como (?:ustedes|usted|tu|vos)\b|"
     # (a price held, not an item kept for the customer: "se lo guardo hasta el sábado" is a favour)
     r"\b(?:precio|oferta|descuento|promocion|promo|tarifa)\b[^.?!]{0,30}\b(?:lo|la) (?:sostengo|mantengo|respeto|aguanto) "
     r"(?:solo |nada mas |nomas )?hasta (?:las \w+|hoy|manana|el " + _DAYS + r"|" + _DAYS + r"|fin de mes)\b|"
     r"\b(?:manana|el lunes|la proxima semana|a partir de manana|desde manana|la otra semana) (?:ya )?(?:sube|suben|aumenta|aumentan)\b|"
     r"\bpara no (?:perder|dejar pasar|desaprovechar) (?:la|esta|esa) (?:oportunidad|oferta|promocion|promo|precio)\b", 2.5))
MOVE_CUES["pitch"].append(
    (r"\b(?:ya )?(?:penso|pensaste|pensaron|ha pensado|has pensado|han pensado) en (?:proteger|asegurar|invertir|ahorrar|un seguro|"
     r"una tarjeta|un plan|una inversion)\b|"
     r"\bdesde \$?\d[\d,.]* (?:pesos )?(?:al|por|a la) (?:mes|quincena|semana)\b|"
     r"\b(?:lo|la|los|las) (?:puede|puedes|pueden) (?:meter|poner|invertir) (?:a|en) (?:un|una) (?:pagare|fondo|plazo fijo|cetes|inversion)\b", 2.5))
EXCHANGE["walks_away"] += (r"|\b(?:asi de|tan) presionad[oa]s? no\b|\bya no quiero hablar con (?:usted|ustedes|vos|contigo|ella)\b|"
                           r"\bque me atienda (?:alguien mas|otra persona|otro|otra|su (?:gerente|jefe|supervisor))\b")
# (es/blind28 read) a Mexican yes ("Ah, eso sí me late."); not read and going ("no me estas leyendo. la cancelo con el banco y
# ya", "oiga no leen? mejor cotizo con otros")
EXCHANGE["agrees"] += r"|\b(?:eso )?(?:si )?me late\b(?![^.!?]{0,12}\bpero\b)"
EXCHANGE["unanswered"] += r"|\bno me (?:estas|esta|estan|estais) (?:leyendo|escuchando|oyendo)\b|\bno (?:leen|lee|lees)\s*\?"
EXCHANGE["walks_away"] += (r"|\b(?:la|lo) (?:cancelo|doy de baja) (?:con el banco|directo|por mi cuenta|yo)(?: y ya)?\b|"
                           r"\bmejor (?:cotizo|pregunto|compro|busco|contrato|me voy|voy) (?:con|a|en) (?:otros|otras|otro lado|otra parte|la competencia)\b")
# Forty-fourth round (es/blind30 read: remittances, banks, couriers, schools, pharmacies and dealers in Central America).
# An account put to a customer who came to cash a remittance ("¿qué le parecería que su hijo le deposite a una cuenta con
# nosotros?", "¿Y qué necesitaría para abrirla hoy mismo…?", "¿con qué documento prefiere que la abramos, su DPI o el de su
# hijo?"); the customer's word doubted and their nerves talked down ("¿seguro que no fue alguien de su casa?", "¿Pero no se
# está alterando un poquito por 89 dólares?", "¿Revisó bien su estado de cuenta?", "Casi siempre es descuido del cliente");
# our product played back as what she said ("Entonces lo que me dice es que necesita el Business Plus…")
MOVE_CUES["pitch_claim"] = [  # (asked, it still sells: read in questions too, as the pitch)
    (r"\bque le pareceria (?:que|si) [^.?!]{0,40}\b(?:una cuenta|un credito|una tarjeta|un seguro|un plan|una membresia) con nosotros\b", 2.5)]
MOVE_CUES["pressure"].append(
    (r"\bque (?:necesitaria|necesitarias|necesitarian|le haria falta|te haria falta) para (?:abrir(?:la|lo)?|firmar(?:lo|la)?|contratar(?:lo|la)?|"
     r"comprar(?:lo|la)?|llevarse(?:lo|la)?|llevartelo|cerrar(?:lo)?) hoy(?: mismo)?\b", 2.5))
MOVE_CUES["closing"].append(
    (r"\bcon (?:que|cual) (?:documento|tarjeta|identificacion|cuenta|banco) (?:prefiere|prefieres|quiere|queres) (?:que )?(?:la|lo|le) "
     r"(?:abramos|abra|hagamos|paguemos|firmemos|activemos|registremos)\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\bseguro que no fue (?:alguien|algun familiar|alguno) (?:de su|de tu|en su|en tu)\b|"
     r"\bno se (?:esta|estara) (?:alterando|exaltando|enojando|poniendo nervios[oa]) (?:un poquito|un poco|mucho|demasiado)?\b|"
     r"\b(?:reviso|leyo|checo|miro) bien (?:su|el|la|tu) (?:estado|contrato|factura|recibo|cuenta|correo)\b", 2.5))
MOVE_CUES["argument"].append(
    # ("No es un error suyo." clears them)
    (r"(?<!\bno )(?<!\bnunca )\b(?:es|fue) (?:un )?(?:descuido|culpa|error) (?:del cliente|suyo|de usted|tuyo|de ustedes)\b", 2.5))
MOVE_CUES["leading"].append(
    (r"\b(?:lo que (?:me dice|usted busca|necesita|quiere|busca) es(?: que (?:usted )?(?:necesita|busca|quiere))?|o sea que (?:usted )?"
     r"(?:necesita|busca|quiere|lo que busca es))\b[^.?!]{0,15}\b(?:nuestro|nuestra|el|la) (?:[\w-]+ ){0,2}(?:plus|premium|pro|business|"
     r"gold|oro|platino|vip|plan|paquete|casillero|membresia)\b", 2.5))
# (es/blind30 read) the customer asking for the supervisor: "Páseme con un supervisor."
EXCHANGE["walks_away"] += r"|\b(?:paseme|pasame|comuniqueme|comunicame) con (?:un|una) (?:supervisor|supervisora|gerente|jefe|jefa|encargad[oa])\b"
# (es/blind30 read) the product praised at a customer who asked something else ("¡Para reparto es perfecta! Parrilla
# reforzada…", "FacturaFácil es lo más completo: inventario, planillas…", "Se paga solo", "Viene en rojo, negro y azul mate.
# Financiamiento con el banco en 24 horas."); not heard and going ("Sí, que no me escucha. Ahí nos vemos.")
MOVE_CUES["pitch"].append(
    (r"(?:^|[.!?¡] ?)(?:¡)?(?:para [a-z ]{1,20} )?(?:es|son) (?:perfect[oa]s?|ideal(?:es)?)(?=[!.,]| para)|"
     r"\b(?:es|son) (?:lo mas completo|la mas completa|el mas completo|los mas completos)\b|\bse pagan? sol[oa]s?\b|"
     r"\b(?:viene|vienen) en (?:rojo|negro|azul|blanco|gris|plata|varios colores|tres colores|dos colores)\b|"
     r"\bfinanciamiento (?:con el banco |propio |directo )?(?:en \d+ (?:horas|minutos)|desde|sin enganche)\b", 2.5))
EXCHANGE["walks_away"] += r"|\bno me (?:escucha|escuchas|escuchan|escuchais)\b[^?]{0,20}\bahi nos vemos\b"
# (es/blind30 read) the step left to the customer's own time after "tendría que verlo con mi esposo": "¿Le aparto la
# evaluación o prefiere llamar cuando lo hayan hablado?", "Le llamo el jueves" (`exchange.offers_later_contact`: no push)
EXCHANGE["offers_later"] = (r"\bo (?:prefiere|prefieres|preferis|prefieren) (?:llamar(?:nos|me)?|avisar(?:nos|me)?|escribir(?:nos|me)?|pasar|venir|"
                            r"volver|decidir(?:lo)?) (?:cuando|despues|luego|otro dia|mas tarde|con calma)\b|"
                            r"\b(?:le|te|les) (?:llamo|marco|escribo|hablo) (?:el |la )?(?:" + _DAYS + r"|semana que viene|proxima semana)\b")
# Forty-fifth round (es/blind32 read: co-ops, microfinance, tours, buses, mining and farm suppliers in the Andes).
# A last seat and a crowd that wants it ("solo queda UN cupo para el jueves y 20 personas lo están preguntando",
# "Todos los del hostal ya reservaron con nosotros"), a yes asked for before the rate goes up ("¿Qué tendríamos que
# hacer para que usted me diga que sí ahorita, antes de que suba la tasa?"), the signature asked for today with the
# form named ("¿qué le haría falta para firmar la solicitud hoy mismo?"); "if you think it over, you lose it"
MOVE_CUES["pressure"].append(
    (r"\b(?:solo|solamente|nomas|ya solo) (?:me )?(?:queda|quedan) (?:un|una|uno|dos|tres|pocos|pocas) (?:cupos?|lugar(?:es)?|plazas?|asientos?|"
     r"unidad(?:es)?|cuartos?|habitacion(?:es)?|turnos?|espacios?)\b|"
     r"\b(?:\d+|muchas|varias|otras) personas (?:lo|la|los|las) (?:estan|andan) (?:preguntando|pidiendo|buscando|queriendo)\b|"
     r"\btodos (?:los|las) (?:del|de la|de su|de tu) \w+ (?:ya )?(?:reservaron|compraron|contrataron|se cambiaron|firmaron|sacaron)\b|"
     r"\bque (?:tendriamos|tendria|tengo|tenemos|haria falta|hace falta) que hacer para que (?:usted |ud |tu |vos )?(?:me )?(?:diga|digas) que si\b|"
     r"\bantes de que (?:suba|suban|cambie|cambien|se acabe|se acaben|se vaya|se vayan) (?:la tasa|el precio|los precios|la promocion|la oferta|los cupos|el cupo)\b|"
     r"\bsi (?:lo|la) (?:piensas|piensa|pensas|piensan),? (?:lo|la) (?:pierdes|pierde|perdes|pierden)\b|"
     r"\bque (?:necesitaria|necesitarias|necesitarian|le haria falta|te haria falta) para (?:abrir|firmar|contratar|comprar|cerrar|llevarse|sacar)"
     r"(?:lo|la)?(?: \w+){1,3} hoy(?: mismo)?\b", 2.5))
# "Lo aseguramos ya?", "¿Me mandas el depósito?": the sale closed before the customer has asked a thing
MOVE_CUES["closing"].append(
    (r"\b(?:lo|la|te lo|se lo) (?:aseguramos|reservamos|apartamos|separamos) (?:ya|ahorita|ahora(?: mismo)?|de una vez)\b|"
     r"\b(?:me|nos) (?:mandas|manda|envias|envia|depositas|deposita|haces|hace) (?:el|la) (?:deposito|transferencia|adelanto|senal|anticipo|yape|plin)\s*\?", 2.5))
# "si no sabe de cuántos pies, ¿cómo quiere que le cotice?", "después no me llame a llorar si se daña", "Tengo otras
# llamadas. ¿Le mando la proforma o no?"
MOVE_CUES["rudeness"].append(
    (r"\bsi no (?:sabe|sabes|saben) [^.?!]{0,40}\bcomo (?:quiere|quieres|queres|quieren) que (?:le|te|les) (?:cotice|ayude|venda|diga|explique|atienda)\b|"
     r"\bno me (?:llame|llames|venga|vengas|vengan|llamen|escriba|escribas) a (?:llorar|quejarse|quejarte|reclamar|lloriquear)\b|"
     r"\bdespues no me (?:reclame|reclames|reclamen|diga|digas|vengan? con)\b|\btengo otr[oa]s (?:llamadas|clientes|personas) (?:esperando|atras)?\b", 2.5))
# "o sea que lo que usted necesita es nuestro plan Ultra…": our plan played back as their need (see the round before)
MOVE_CUES["leading"].append(
    (r"\b(?:o sea|entonces|osea)(?: que)? lo que (?:usted |ud |tu |vos )?(?:me dice|busca|necesita|quiere) es\b[^.?!]{0,15}\b(?:nuestro|nuestra|el|la) "
     r"(?:[\w-]+ ){0,2}(?:plus|premium|pro|business|gold|oro|platino|vip|plan|paquete|ultra|max|full)\b", 2.5))
# the customer going across the street ("Me voy a la caja de al frente."), giving the seat up ("ok, entonces lo pierdo."),
# done with the tone ("Así no se puede hablar con usted."); counting the times ("Ya van tres veces"); a plan agreed
# ("El sábado podemos ir con mi socio. Ya, quedamos así.")
EXCHANGE["walks_away"] += (r"|\bme voy (?:a|con) (?:la|el|otra|otro) (?:\w+ )?(?:de (?:al )?frente|de enfrente|de al lado|de la esquina|de la otra cuadra)\b|"
                           r"\b(?:entonces|pues|bueno),? (?:lo|la) pierdo\b|\basi no se puede (?:hablar|tratar|conversar) con (?:usted|ustedes|vos|ud)\b")
EXCHANGE["repeat_complaint"] += r"|\bya van (?:dos|tres|cuatro|cinco|\d+) veces\b"
EXCHANGE["agrees"] += r"|(?:^|[.!,] )(?:ya,? |bueno,? |listo,? )?quedamos asi\b"
# the next step asked as a question of when the customer can come ("¿Cuándo podrían bajar?" to see it running)
MOVE_CUES["commitment"].append(
    (r"\bcuando (?:podria|podrian|podrias|puede|pueden|puedes|podes) (?:usted |ustedes )?(?:venir|pasar|pasarse|bajar|subir|acercarse|acercarte|"
     r"darse una vuelta|darte una vuelta)\b", 2.5))
# (es/blind32 read) a lecture the customer did not ask for ("Bueno, ¿sabe que el cigarro le va a dar cáncer? Debería
# dejarlo ya.") and the customer's "no le he preguntado eso"; the sale closed at the first question ("Claro que sí,
# esta sube todo. ¿Se la llevo? ¿Efectivo o QR?": the first question)
MOVE_CUES["rudeness"].append(
    (r"\b(?:sabe|sabes|sabia|sabias) que (?:el cigarro|fumar|el tabaco|el trago|tomar|el alcohol|el azucar|la comida chatarra|eso) "
     r"(?:le|te) (?:va a|puede) (?:dar|matar|causar|traer)\b|\b(?:deberia|deberias|tendria que|tendrias que|tiene que|tienes que) dejar(?:lo|la)s? (?:ya|de una vez|cuanto antes)\b", 2.5))
MOVE_CUES["closing"].append(
    (r"(?:^|[.!?¡¿] ?)(?:se|te) (?:la|lo) (?:llevo|envuelvo|empaco|preparo|cobro)\s*\?", 2.5))
EXCHANGE["corrects"] += r"|\bno (?:le|te|les) (?:he |hemos )?(?:preguntado|pregunte|pedido|pedi) (?:eso|nada de eso|por eso)\b"
# (es/blind32 read, found on es/blind6 once the close above was read) off to the shop next door: "mejor voy allá"
EXCHANGE["walks_away"] += r"|\bmejor (?:me )?voy (?:para )?(?:alla|alli|ahi|a la de al lado|a la otra)\b"
# Forty-sixth round (es/blind34 read: pension funds, health insurers, store cards, mining suppliers, cable and car dealers in
# Chile). The question sent to another area without "en" ("Eso lo ve el área de cuentas individuales") and the customer
# sent to the contract ("Todas las condiciones están en el contrato de afiliación; te recomiendo leerlo completo"); a
# customer made small ("Es fácil, hasta un niño lo hace", "yo no hago clases") and hearing it ("Ya veo que molesto."); the
# customer off to a rival ("me cambio de afp y listo"); the sale asked for as an open question ("¿qué tendría que pasar
# para que se la lleve manejando hoy?") and closed on the day or the card ("¿Qué día prefiere para la firma, jueves o
# sábado?", "¿Con qué tarjeta le dejo la reserva…?")
MOVE_CUES["argument"].append(
    (r"\b(?:eso|esto) (?:lo )?(?:ve|ven|revisa|revisan|atiende|atienden|tramita|tramitan|maneja|manejan|resuelve|resuelven) "
     r"(?:el area|otra area|otro departamento|el departamento|la mesa de ayuda|el call center|servicio al cliente|la sucursal)\b|"
     r"\b(?:todas )?las condiciones (?:estan|vienen|aparecen|salen) (?:en|en el) (?:contrato|la poliza|el reglamento|la letra chica)\b|"
     r"\b(?:le|te) recomiendo leer(?:lo|la|los|las)? (?:completo|completa|entero|entera|bien|con calma)\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\bhasta un nino (?:lo )?(?:hace|puede|sabe|entiende|usa)\b|\byo no (?:hago|doy) clases\b", 2.5))
EXCHANGE["takes_offence"] += r"|\b(?:ya )?veo que (?:le |te |les )?(?:molesto|estorbo|molestamos)\b"
EXCHANGE["walks_away"] += (r"|\bme (?:cambio|voy a cambiar|paso) (?:de|a otr[oa]) (?:afp|banco|isapre|compania|empresa|proveedor|operador|"
                           r"aseguradora|gimnasio|colegio|clinica|tienda|automotora)\b|^\W*(?:con )?(?:ninguna|ninguno|nada)\W+(?:chao|adios)\W*$")
MOVE_CUES["pressure"].append(
    (r"\bque (?:tendria|tiene|habria|tendriamos|haria falta) (?:que )?(?:pasar|hacer(?: yo)?) para que (?:usted |tu |vos )?(?:se |te )?(?:la |lo |las |los )?"
     r"(?:lleve|lleves|llevara|firme|firmes|compre|compres|contrate|contrates|cierre|decida|decidas)\b", 2.5))
MOVE_CUES["closing"].append(
    (r"\b(?:que dia|cuando) (?:prefiere|prefieres|preferis|quiere|quieres|queres|le acomoda|te acomoda) (?:para |venir a )?(?:la firma|firmar|el contrato|cerrar)\b|"
     r"\bcon (?:que|cual) tarjeta (?:le|te|se lo|se la) (?:dejo|hago|cobro|cargo|reservo|pago)\b", 2.5))
# (es/blind34 read) only a pension to live on ("yo tengo la pura pensión"), a ceiling ("no tengo más de 600 lucas"); just
# pricing around ("Ando cotizando nomás"); not buying in a hurry ("Yo no compro apurado") and asking the one who decides
# ("Le pregunto a ella y vuelvo.", "Lo confirmo con gerencia y le escribo.")
PUSHES_BACK["no_money"] += (r"|\b(?:tengo|tenemos|me queda|nos queda) (?:la|mi|nuestra) (?:pura |sola |pobre )?(?:pension|jubilacion)\b|"
                            r"\bno (?:tengo|tenemos) mas de (?:\$ ?)?\d")
PUSHES_BACK["think_it_over"] += (r"|\b(?:ando|estoy|andamos|estamos) (?:cotizando|mirando|viendo|preguntando)(?: precios)?,? (?:nomas|no mas|nada mas|solamente)\b|"
                                 r"\bno (?:compro|firmo|decido|contrato) (?:apurad[oa]|a la rapida|al tiro|en el momento|sin pensarlo)\b|"
                                 r"\b(?:lo |la )?(?:confirmo|consulto|converso|hablo|veo|reviso) con (?:gerencia|la gerencia|mi jefe|mi jefa|mi senora|"
                                 r"mi marido|mi esposa|mi esposo|mi socio|mi socia|el directorio|finanzas|contabilidad)\b|"
                                 r"\b(?:le |les )?pregunto a (?:ella|el|mi \w+) y (?:vuelvo|le aviso|te aviso|le escribo|te escribo|le cuento|te cuento)\b")

# forty-seventh round (es/blind36 read): "Pues eso, hija, lo que le he dicho." says a point again (6 such lines in the read
# sets, all of them after a question already answered); "…que así no nos entendemos" gives the conversation up
EXCHANGE["repeat_complaint"] += r"|(?:^|[,.!?] )(?:pues |eso,? |pues eso,? |ya,? )?(?:\w+,? )?lo que (?:le|te|les|os) (?:he dicho|dije|acabo de decir|estoy diciendo|decia|comente)\b"
EXCHANGE["walks_away"] += r"|\b(?:que )?asi no (?:nos entendemos|hay (?:manera|forma) de entenderse)\b"
# (es/blind36 read) a product brought up unasked ("Justo por eso quería hablarte de la Póliza Ganadera Total…"), the moment
# said to be right for more cover, and the extra said to be small ("Son solo trescientos euros más al año."): in the read
# sets only ever on the gaming side
MOVE_CUES["pitch"].append((r"\b(?:queria|quiero|quisiera|venia a|vengo a) (?:hablar(?:te|le|les)|contar(?:te|le|les)|presentar(?:te|le|les)|"
                           r"ofrecer(?:te|le|les)) (?:de |sobre )?(?:la|el|nuestro|nuestra|un|una|los|las)\b", 2.5))
MOVE_CUES["upsell"].append((r"\bes (?:el|buen) momento (?:de|para) (?:subir|ampliar|mejorar|pasar|cambiar|contratar|anadir)\b|"
                            r"\b(?:son|es) (?:solo|nomas|apenas) [\w ]{1,25} mas al (?:ano|mes)\b", 2.5))
# (es/blind36 read) "Pero si te acabamos de decir que variable no…": said again, by two customers at once
EXCHANGE["repeat_complaint"] += r"|\b(?:(?:te|le|les|os) (?:lo )?acabamos de (?:decir|contar|explicar)|acabamos de (?:decir|contar|explicar)(?:te|le|les|os|selo|telo))\b"
# (mined from every read Spanish set: phrases that object in nearly every read line holding them and were still missed)
# "Lo platico con él." (15 of 15), "Mándeme la tarifa y se la paso a mi socio.", "lo llevo a la reunión de socios" and
# "ya veré" put it off; "ahorita solo alcanza para la alineación", "540 se nos va un poco" have no money; "Se me hace mucho,
# joven." and "eso al mes es un dinero" find it dear
_TAKEN_ELSEWHERE = (r"\b(?:lo|la|los|las) (?:platico|platicamos|checo|checamos) con\b|"
                    r"\bse (?:la|lo|las|los) (?:paso|pasamos|llevo|llevamos|enseno|ensenamos) a(?:l)? (?:mi |mis |el |la |nuestro |nuestra )?"
                    r"(?:socio|socia|socios|gerente|gerencia|jefe|jefa|dueno|duena|esposo|esposa|marido|senora|contador|contadora|hijo|hija|hijos)\b|"
                    r"\b(?:lo|la|los|las) llevo a la (?:reunion|junta|asamblea)\b|(?:^|[.,!?] )(?:y |bueno,? |pues )?ya vere\b|"
                    # (second pass) "Vale, lo miro.", "Lo miro con él y vengo el lunes."
                    r"\b(?:me )?(?:lo|la|los|las) miro\b(?! (?:ahora|ya|aqui))")
PUSHES_BACK["think_it_over"] += "|" + _TAKEN_ELSEWHERE
EXCHANGE["puts_off"] += "|" + _TAKEN_ELSEWHERE
PUSHES_BACK["no_money"] += r"|\b(?:solo|nomas|no me|no nos|no le|no les|no) alcanza para\b|\bse nos va (?:un poco|de las manos|del presupuesto)\b"
PUSHES_BACK["too_expensive"] += r"|\bse me hace (?:mucho|caro|carisimo|pesado|bastante)\b|\bal mes es (?:un dinero|harto|mucho|bastante)\b"
# (second pass) "¿5,400 de golpe?" and "Setenta dólares de golpe es harto" find the sum too much at once (15 of 16 read lines
# object); "Me quedo con el mío." needs nothing new
PUSHES_BACK["no_money"] += r"|\b(?:\d[\d.,]*|euros|dolares|pesos|soles|lucas|mil|cientos?|[a-z]+ientos) de golpe\b"
PUSHES_BACK["no_need"] += r"|\bme quedo con (?:el|la|lo|los|las) (?:mio|mia|mios|mias|que tengo|de siempre)\b"
# forty-eighth round (es/blind38 read: hotel suppliers, greenhouses, ferries, car hire and estate agents in the Canaries,
# the Balearics, Murcia and Almería): leaving said as "lo dejamos", "me voy a la otra oficina", "lo compro en la taquilla",
# and a line that ends on a bare goodbye after anything but thanks ("Usted no escucha. Adiós.", "Lo dejamos, sí. Adéu.";
# 15 of the 16 such read lines walk out)
EXCHANGE["walks_away"] += (r"|(?:^|[.!?,] ?)(?:pues |bueno,? |vale,? |mire,? )?(?:lo|la|los|las) dejamos(?:,? (?:si|asi|aqui|ahi|entonces))?(?=[.!,]|$)|"
                           r"\b(?:me|nos) (?:voy|vamos) (?:a la otra|al otro|a otra|a otro) [a-z]+\b|"
                           r"\b(?:lo|la|los|las) compro en (?:la taquilla|el puerto|la oficina|la tienda de enfrente|la web de ellos|otra)\b")
#: A line that ends on a bare goodbye after anything but thanks ("Usted no escucha. Adiós.", "Lo dejamos, sí. Adéu."; 15 of
#: the 16 such read lines walk out): the conversation ended unhappy (`exchange.walked_away`), though any objection said
#: before the goodbye still stands (it is not a `walks_away`, which leaves no objection to answer)
EXCHANGE["ends_on_goodbye"] = r"^(?!.*\bgracias\b(?! por nada)).*[.!?,] ?(?:pues |bueno,? |vale,? )?(?:adios|chao|chau|adeu)[.!]*$"
# (es/blind38 read) the firm sold before anything is asked ("Le cuento: somos la lavandería número uno de Lanzarote…"), a
# product put to a widow as what other clients value ("muchas clientas valoran nuestro seguro de decesos"), the price made
# small ("el seguro son solo doce euros al mes"), the whole pack thrown in ("Un pack integral y se olvida."), and the
# customer talked down to ("¿ocho habitaciones? Eso no es ni un pedido.", "¿No se informan antes de abrir un hotel?")
MOVE_CUES["pitch"].append(
    (r"\bsomos (?:la|el|los|las) (?:[a-z]+ ){0,2}(?:numero uno|mejor(?:es)?|lider(?:es)?|mas grande)\b|"
     r"\b(?:solo|nada mas|nomas) (?:son |es )?(?:\d+|[a-z]+) (?:euros|pesos|dolares|soles) al mes\b|"
     r"\b(?:muchos|muchas|la mayoria de)(?: los| las)? (?:clientes|clientas|familias|personas|senoras|viudas|padres) (?:valoran|eligen|escogen|"
     r"contratan|anaden|agregan|prefieren|suman|se llevan) (?:nuestro|nuestra|nuestros|nuestras|el|la)\b", 2.5))
MOVE_CUES["upsell"].append((r"\bpack (?:integral|completo|total)\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\b(?:eso|esto) no es ni (?:un|una)\b|\bno se (?:informan|informa|informo|informaron|informaste|informo usted) antes\b", 2.5))
# Second round of the forty-eighth session (es/blind40 read: wineries, ski shops, packaging suppliers, dental clinics, co-ops
# and academies in Catalonia, Aragón and La Rioja; every such read trainee line is on a gaming or worse side). The problem
# handed elsewhere ("las roturas son cosa de la agencia de transporte, no de mi departamento", "Yo no hago reposiciones, eso
# es logística") and the terms quoted ("en las condiciones de venta, punto siete, pone que…", "Lo pone en la etiqueta."); the
# fault put on the customer ("Casi siempre es eso: con suavizante…", "No es defecto, es el uso.", "Seguro que llevaba la
# mochila con las correas apretadas", "¿Y seguro que no has tocado la configuración?") and talked down to ("¿Has probado a
# leer el manual antes de escribir…?", "¿No miras el correo?"); others already in and the lot running out ("las grandes
# bodegas de Haro ya trabajan con nuestra barrica", "Tres bodegas de Cenicero ya se han apuntado", "hay promoción a 720 que
# acaba el viernes", "el roble de este lote se acaba. Si no cerramos ahora…")
MOVE_CUES["argument"].append(
    (r"\bno (?:de|es de|es cosa de|es asunto de) (?:mi|nuestro|nuestra) (?:departamento|area|sector|seccion)\b|"
     r"\b(?:son|es) cosa de (?:la agencia|el transportista|la mensajeria|logistica|el fabricante|la marca|otro departamento|almacen)\b|"
     r"\byo no hago (?:\w+ )?(?:reposiciones|devoluciones|reclamaciones|cambios|eso)\b|"
     r"\b(?:en|segun) (?:las|nuestras) condiciones(?: de venta| generales)?\b[^.?!]{0,25}\b(?:pone|dice|indica|figura)\b|"
     r"\blo pone en (?:la etiqueta|el contrato|las condiciones|el manual|la factura|la web)\b|"
     r"\b(?:casi siempre|normalmente|suele ser|siempre) es eso\b|\bno es (?:un )?defecto,? es (?:el|un mal) uso\b", 2.5))
MOVE_CUES["rudeness"].append(
    (r"\bseguro que (?:llevaba|usaba|uso|le dio|lo dejo|la dejo|lo has|la has)\b|\by seguro que no (?:has|ha|habeis|han) (?:tocado|cambiado|movido|"
     r"quitado|desconectado|borrado)\b|\bhas probado a leer\b|\bno (?:miras|mira|lees|lee) (?:el|los) (?:correo|correos|email|mensajes)\b", 2.5))
MOVE_CUES["pressure"].append(
    (r"\bya (?:trabajan con|se han apuntado|nos compran|lo usan|han contratado|se lo han llevado)\b|"
     r"\bsi no (?:cerramos|firmamos|lo cerramos|lo reservamos) (?:ahora|hoy|ya)\b|\b(?:el|este|ese) (?:lote|stock) se (?:acaba|agota)\b|"
     r"\bpromocion\b[^.?!]{0,25}\b(?:termina|vence|acaba|caduca|expira|finaliza)\b", 2.5))
# Forty-ninth session (es/blind42 read: SaaS, coworking, web agencies, gestorías and renting for startups and autónomos in
# Madrid, Barcelona, Valencia and Málaga; every such read trainee line is on a gaming side). Leading questions in the
# vosotros form and the tags that take the yes for granted ("Para treinta webs querréis un servidor dedicado, ¿verdad?", "no
# os vais a arriesgar otra vez con algo compartido, ¿a que no?", "anual os sale mejor, ¿verdad que sí?", "vuestros clientes
# merecen lo mejor, ¿no creéis?"); the crowd as a reason ("Lo que eligen las startups serias"); "la comunidad más top";
# leaving ("que escuche. paso, gracias"; not "Seguiré comparando por mi cuenta" nor "pregunto en otra gestoría": the
# writers label such lines an objection as often as a walk-out, and a walk-out after a push is read as none)
MOVE_CUES["leading"].append(
    (r"\b(?:querreis|vais a querer|preferireis|vais a preferir|necesitareis|vais a necesitar|os va a encantar|os encantara|os va a gustar|"
     r"estareis de acuerdo|coincidireis)\b[^.?!]{0,80}?,? ¿?(?:no|verdad|cierto|no es asi|no creeis|no os parece|a que si|o no)\?|"
     r"\bno os vais a (?:arriesgar|quedar|perder|complicar)\b[^.?!]{0,60}\?|"
     r"¿?(?:a que no|verdad que si)\?|,? ¿?no (?:creeis|os parece)\?", 2.5))
MOVE_CUES["pitch"].append((r"\bsomos (?:la|el|los|las) (?:[a-z]+ ){0,2}mas top\b", 2.5))
MOVE_CUES["pressure"].append(
    (r"\blo que (?:eligen|usan|contratan|piden|prefieren|tienen) (?:las|los|todas las|todos los) (?:[a-z]+ )?(?:startups|empresas|clientes|agencias|"
     r"marcas|bodegas|familias|autonomos|negocios)\b", 2.5))
EXCHANGE["walks_away"] += r"|\bpaso,? gracias\b"
# Second round of the forty-ninth session (es/blind44 read: holiday flats, olive-oil co-ops, car workshops, clinics,
# academias and bar suppliers in Andalusia; every such read trainee line is on a gaming side). The fault put on how the
# guest used it ("en el manual de la casa pone que hay que limpiar el filtro", "muchos huéspedes lo usan mal y luego nos
# echan la culpa", "es por cómo lo habéis usado"); "te lo he dicho" without "ya" (all 14 read lines say it again); the
# owner asked for and "dejalo, ya busco otro" ending it
MOVE_CUES["argument"].append(
    (r"\b(?:en|segun) el manual(?: de (?:la casa|uso|instrucciones))? (?:pone|dice|indica|viene)\b|"
     r"\b(?:muchos|muchas|la mayoria de los|la mayoria de las) (?:huespedes|clientes|clientas|usuarios|inquilinos) (?:lo |la )?(?:usan|utilizan|ponen) mal\b|"
     r"\bluego nos echan la culpa\b|\bes por como (?:lo |la )?(?:habeis|has|ha|han) (?:usado|utilizado|puesto|tratado)\b", 2.5))
EXCHANGE["repeat_complaint"] += r"|\b(?:te|le|os|les) lo (?:he|hemos) dicho\b|\b(?:te|le|os|les) lo dije\b"
EXCHANGE["walks_away"] += (r"|\bquiero hablar con (?:el|la) (?:dueno|duena|jefe|jefa|encargado|encargada|responsable|gerente)\b|"
                           r"\bya (?:me )?busco otr[oa]s?(?: cosa| sitio| lado| empresa| agencia)?\W*$")
# Third round of the forty-ninth session (es/blind46 read: banks and cajas, clinics, hotels and tours, mining suppliers and
# institutes in Peru): "ya, probemos la proxima semana. mandame el link para registrarme" goes ahead (all 7 read lines with
# "probemos" or the link to sign up are answers); "Entonces no lo firme hoy" advises against signing, it does not push
EXCHANGE["goes_with_us"] += r"|\bprobemos\b|\bm[aá]nd[ae]me el (?:link|enlace) para (?:registrarme|inscribirme|apuntarme|pagar|afiliarme)\b"
# Fiftieth round (es/blind48 read: colmados, remittances, cooperatives, hurricane repairs and phone plans in the Dominican
# Republic and Puerto Rico): the customer putting a wrong figure or word right ("¿Diez mil? No, no, yo dije cuatro mil
# doscientos.", "Yo no le dije eso.", "No, eso no dije.", "No dije nada de local."; the eleven read customer lines these
# add are all on gaming sides)
EXCHANGE["corrects"] += (r"|(?:^|[.?!,] ?)no,? (?:no,? )?(?:yo )?dije\b|\bno (?:le|te|les) dije eso\b|\bno dije nada de\b|\beso no (?:lo )?dije\b|"
                         r"\bdije justamente lo contrario\b")
# …the fault put on the customer's own phone ("…En el mapa Lavadero sale con cobertura excelente. Seguro es su
# teléfono…"; "¡Eso no puede ser!" is left alone: it also takes the customer's side), and the customer hearing it as being
# called a liar ("No me diga que no es verdad lo que me pasa en mi propia casa.")
MOVE_CUES["argument"].append((r"\bseguro (?:que )?(?:es|fue) (?:su|tu) (?:telefono|celular|equipo|router|modem|computadora|carro|aparato)\b", 2.5))
EXCHANGE["takes_offence"] += r"|\bno me diga(?:s)? que (?:no es verdad|miento|estoy mintiendo|exagero|estoy exagerando)\b"
# Third part of the fiftieth round (es/blind52 read: fishing co-ops, dairy farms, rural tourism, pharmacies and home care
# in Galicia and Asturias): "Lo que me interesa es lo que le dije. ¿Me está escuchando?" puts the trainee right (all eight
# read customer lines asking it are on gaming sides); "No, déjelo. Ya busco otra cosa." leaves (the older "ya busco otro"
# widened above)
EXCHANGE["corrects"] += r"|\bme (?:esta|estas|estan) escuchando\s*\?"
# Fifty-first round (es/blind54 read: car and appliance shops, prepagas, rentals, banks, gyms and parrillas in Argentina and
# Uruguay, in voseo): the customer hurried, blamed for calling late, told to go elsewhere ("Hablá rápido que está lleno.",
# "¿y recién ahora llamás?", "Y andá a ese otro lado, entonces, nadie te obliga.", "Ajá, típico."; the four read trainee lines
# these find are all on one gaming side), and "ni en pedo vamos" leaving
MOVE_CUES["rudeness"].append((r"\bhabla (?:mas )?rapido\b|\by recien ahora (?:llamas|llama|llaman|venis|viene|vienen|avisas|avisa|preguntas|pregunta)\b|"
                              r"\b(?:anda|andate|vaya|vayase|vete|andate) (?:a ese|al|para el|pa'?l) otro lado\b|\bnadie (?:te|le|los|les) obliga\b|"
                              r"^\W*(?:aja,? )?tipico\W*$|^\W*(?:aja,? )?tipico[.!]", 3.0))
EXCHANGE["walks_away"] += r"|\bni en pedo (?:vamos|voy|vuelvo|vengo|volvemos|venimos|compro|compramos)\b"
# …and a typed yes to the paper offered, before putting the rest off ("si pasamela, no me acordaba de los debitos. lo pienso el
# finde y te escribo": the list taken, the decision left to the weekend; no yes to the rest: "si mandamela. y el precio?…")
EXCHANGE["yes_to_paper"] = r"(?:^|[,.!] )¿?si,? (?:pas|mand|envi)[ae]me(?:l[oa]s?)?\b"
# (…and the alternative close of the payment above takes "¿Efectivo o débito?" too: both read trainee lines are on one
# gaming side, asked of a customer who had not agreed to anything)
# Second part of the fifty-first round (es/blind56 read: mining suppliers, pensions, retail credit, tourism and picanterías in
# Chile and Peru): "Le dije, 3,800." opening the line says it again (the twenty read customer lines opening "(ya) le/te dije"
# are all on gaming sides)
EXCHANGE["repeat_complaint"] += r"|^\W*¡?(?:ya )?(?:le|te|les) dije\b"
# …and closes put as questions about the wedding already booked ("¿para qué fecha les gustaría que les separe nuestro salón?",
# "¿cuál les emociona más, el sábado 12 o el sábado 26?", "¿con cuánto de adelanto les gustaría asegurar el Dorado hoy…?"; the three
# read trainee lines are on one gaming side; an offer to hold something, "si quieren les separo los cupos", is left alone)
MOVE_CUES["closing"].append((r"\bcon cuanto de (?:adelanto|anticipo|enganche|inicial|pie|sena|deposito)\b|"
                             r"\bpara que (?:fecha|dia) (?:les|le|te) (?:gustaria|gusta) que (?:les|le|te) (?:separe|reserve|aparte|agende)\b|"
                             r"\bcual (?:les|le|te) (?:emociona|ilusiona|encanta) mas\b", 2.5))
# (fifty-second round, read sets) the customer cut short to finish the pitch ("Déjeme terminar, es importante…"): as the
# English "One second madam, let me finish." (both read lines on gaming sides)
MOVE_CUES["rudeness"].append((r"^\W*(?:(?:espere|espera|un momento|un segundo),? )?(?:dejeme|dejame|deja que|deje que) (?:le |te )?(?:terminar|termine|acabar|acabe)\b", 2.5))
# (fifty-second round, es/blind66 read) regret foretold in every person and tense ("…estará vendido y os arrepentiréis"),
# the chance let slip ("¿De verdad lo queréis dejar escapar?"), the decision asked for now ("¿Qué necesitáis para tomar la
# decisión ahora?", "¿qué tendría que tener un coche para que se lo lleve hoy mismo?") and the next buyer waiting ("después se lo doy al siguiente"): as "se va a arrepentir" (all read lines on
# gaming sides)
MOVE_CUES["pressure"].append((r"\b(?:os|nos) (?:vais|van) a arrepentir|\barrepentir(?:as|a|an|eis|emos)\b|"
                              r"\b(?:lo|la|los|las) (?:(?:quereis|quieres|queres|quiere|quieren|va a|vas a|vais a|van a) )?(?:dejar|deje|dejes|dejeis|dejen|dejais|deja|dejas) escapar\b|"
                              r"\b(?:dejar|deje|dejes|dejen|dejeis|dejes) escapar (?:esta|esa|la|una) (?:oportunidad|ocasion|oferta|ganga)\b|"
                              r"\btomar la decision (?:hoy|ahora|ya|en este momento)\b|\bpara que (?:se |te )?(?:lo|la|los|las) (?:lleve|lleves|lleven|compre|"
                              r"compres|compren|firme|firmes|firmen) (?:hoy|ahora|ya)\b(?=[^.!]*\?)|\b(?:se|te|os) (?:lo|la) doy al (?:siguiente|proximo)\b", 2.5))

"""Cue words for the Spanish and Chinese classifiers, by language, task and label.

Written from the course's definitions (not from any example set): each cue that occurs in a
line adds a token "cue:<label>" that the trained word counts weigh like any other word, so a
cue counts only as much as the training lines show it deserves. Spanish cues are matched on
lower-case text with accents folded ("instalacion" and "instalación" alike); Chinese on the text.
"""
from __future__ import annotations

CUES: dict[str, dict[str, dict[str, str]]] = {
    "es": {
        "need": {
            "product": r"\b(?:calidad|precio|funcion\w*|caracteristic\w*|potencia|bateria|capacidad|material\w*|"
                       r"resistente|duradero|rendimiento|velocidad|tamano|modelo|marca|especificaciones|barato|"
                       r"que haga|que sirva|que aguante|que dure|que tenga|que no (?:tenga|haga|pese|gaste|cueste)|que funcione|que maneje|"
                       r"que soporte|compatible|pulgadas|metros|litros|kilos|watts|gigas|talla|color|sabor|ingredientes|"
                       r"comisiones|tasa|silencios\w*|liviano|ligero|potente|rapido)\b",
            "service": r"\b(?:entrega\w*|envio\w*|instala\w*|montaje|monten|soporte|servicio tecnico|mantenimiento|"
                       r"repara\w*|garantia|devolu\w*|capacita\w*|formacion|puesta en marcha|postventa|atencion|"
                       r"tecnico\w*|a domicilio|plazo\w*|respuesta|recogida|implementacion|avis\w*|seguimiento|atencion al cliente|"
                       r"horario\w*|a tiempo|puntual\w*|tramite\w*|papeleo|nos (?:lo )?(?:instalen|lleven|traigan|configuren))\b",
            "experience": r"\b(?:prueba\w*|probar\w*|demo\w*|degusta\w*|muestra\w*|piloto|test drive|manejarlo|"
                          r"ver(?:lo|la)? en persona|tocar\w*|sentir\w*|ambiente|trato|atendieron|me atiendan|"
                          r"participar|opinar|disenar\w*|valid\w*|decidir (?:con|juntos)|visita|experiencia|comod\w*|relaj\w*|"
                          r"agradable|esperar|espera|fila|sentarse|bienvenid\w*|amable\w*|me expliquen|suplicio)\b",
            "relationship": r"\b(?:confian\w*|confiar|de toda la vida|largo plazo|socio\w*|relacion|respeto|"
                            r"me conozcan|nos conozcan|recuerden|cuando (?:hay|tenga|tengamos) (?:un )?problema\w*|"
                            r"que (?:este|esten) ahi|de siempre|fiel\w*|cercan\w*|contacto\w*|acompan\w*|palabra|contar con|"
                            r"levantar el telefono|trato personal|ignorad\w*|valor(?:en|an)|aprecien|lealtad|compromiso)\b",
            "success": r"\b(?:crecer|crecimiento|vender mas|ventas|objetivo\w*|meta\w*|aprobar|ascen\w*|ganar|"
                       r"licitacion|abrir (?:otra|una segunda|un segundo)|expandir\w*|dejar de perder|perdidas|"
                       r"rentab\w*|ahorrar|competir|lograr|conseguir|clientes nuevos|facturar|para que (?:podamos|pueda|puedan)|"
                       r"poder (?:trabajar|atender|vender|crecer|exportar)|el doble|mas clientes|sin contratar|ingresos|"
                       r"exportar|excedentes|que se venda|posicionar\w*|liderar)\b",
        },
        "objection": {
            "brush_off": r"\b(?:mand\w* (?:un )?(?:mail|correo|email|info\w*|whatsapp)|deja(?:me)? (?:tu|su) (?:tarjeta|numero)|"
                         r"(?:te|le|los) (?:llamo|llamamos|aviso|avisamos)|solo (?:estoy )?mirando|ahora no|otro dia)\b",
            "no_need": r"\b(?:no (?:lo |la |los |las )?necesit\w*|no nos hace falta|estamos bien|ya tenemos|ya tengo|"
                       r"no es para (?:mi|nosotros)|funciona bien|no me sirve|lo hacemos nosotros)\b",
            "no_money": r"\b(?:no hay (?:plata|dinero|presupuesto)|sin presupuesto|no (?:tenemos|tengo) (?:plata|dinero|presupuesto)|"
                        r"no (?:nos|me) alcanza|presupuesto (?:congelado|cerrado|agotado)|no podemos pagar|estamos justos)\b",
            "no_time": r"\b(?:no tengo tiempo|no tenemos tiempo|estoy (?:muy )?ocupad\w*|estamos (?:a full|ocupad\w*)|"
                       r"ahora no puedo|en plena|no me da la vida|temporada alta|cierre de mes|estoy manejando)\b",
            "bad_experience": r"\b(?:la ultima vez|ya (?:nos|me) paso|nos (?:fallaron|fallo|dejaron)|mala experiencia|"
                              r"nos (?:estafaron|enganaron)|(?:tuvimos|tuve) (?:un )?problema\w*|nunca (?:mas|llego)|"
                              r"quedamos mal|(?:nos|me) quem\w*)\b",
            "think_it_over": r"\b(?:lo (?:voy a |tengo que |vamos a )?pens\w*|pensarlo|consult\w*|comparar|"
                             r"hablar(?:lo)? con|(?:con|a) (?:mi|la) (?:socio|socia|jefe|jefa|esposa|esposo|pareja|junta|directorio)|"
                             r"lo vemos|dejame ver|lo consulto|decidir con calma)\b",
            "too_expensive": r"\b(?:caro|cara|carisimo|muy alto|mas barato|demasiado|no (?:lo |la )?vale|"
                             r"precio (?:alto|elevado)|en otro lado|la competencia|me cobran menos|un (?:ojo|rinon))\b",
        },
        "technique": {
            "identifying": r"\b(?:nombre|apellido|telefono|celular|movil|correo|mail|email|direccion|rut|dni|cedula|"
                           r"numero de (?:cliente|pedido|cuenta|orden|poliza|socio)|fecha de nacimiento|codigo postal)\b",
            "additional": r"\b(?:algo mas|alguna otra|algun otro|otra cosa|que mas|ademas de|nada mas|"
                          r"algo que no (?:hayamos|haya)|quedo algo)\b",
            "satisfaction": r"\b(?:satisfech\w*|conforme\w*|que tal (?:le|te|les) (?:fue|funciono|parecio)|"
                            r"como (?:le|te|les) (?:fue|funciono|resulto)|quedo (?:bien|contento)|mejorar|"
                            r"del 1 al 10|recomendaria\w*|cumplio)\b",
            "clarifying": r"\b(?:(?:a )?que (?:te|se) refier\w*|que quiere decir|que quieres decir|es decir|"
                          r"cuando (?:dice|dices|dijo|dijiste)|por mes o por|o sea que|exactamente)\b",
            "confirming": r"(?:\b(?:verdad|cierto|correcto|no es asi|entendi bien|si entendi)\b|\bno\?$|"
                          r"\b(?:entonces|o sea) (?:usted|tu|vos|ustedes|lo|la|el)\b)",
            "descriptive": r"\b(?:cuent\w*|cuenteme|describ\w*|explic\w*|como (?:ve|ves|ven|se imagina|te imaginas)|"
                           r"que (?:opina|opinas|piensa|piensas)|como (?:es|seria) un dia|platic\w*|hablame|hableme)\b",
            "inquiry": r"\b(?:cuant[oa]s?|cuando|cada cuanto|que tipo|que (?:sistema|proveedor|marca)|donde|"
                       r"como (?:hacen|manejan|lo hacen))\b",
        },
        "form": {
            "closed": r"^(?:¿\s*)?(?:es|son|esta|estan|tiene|tienen|tienes|puede|pueden|puedes|hay|ya|le|te|"
                      r"cuant[oa]s?|cuando|cual|cuales|donde|quien|prefiere|prefieres)\b|\b(?:verdad|cierto|correcto)\b|\bo\b[^?]*\?$",
            "open": r"\b(?:por que|como|cuent\w*|describ\w*|explic\w*|que opina|que piensa|que le parece|que te parece)\b",
        },
    },
    "zh": {
        "need": {
            "product": r"质量|价格|功能|性能|参数|配置|电池|续航|容量|耐用|材质|型号|品牌|速度|尺寸|便宜|好用",
            "service": r"送货|配送|发货|物流|安装|上门|售后|维修|保修|退货|退换|培训|技术支持|客服|响应|调试|实施|交付",
            "experience": r"试用|试一下|试试|试驾|试吃|品尝|样品|演示|体验|感觉|氛围|环境|服务态度|参与|一起设计|先看看|亲自",
            "relationship": r"信任|信得过|靠谱|长期|合作伙伴|老客户|老朋友|关系|尊重|记得|认识|出了问题|有问题的时候|人脉|交情|一直用",
            "success": r"目标|业绩|增长|扩张|开分店|开第二家|多卖|销量|升职|考过|考试|中标|利润|赚钱|不再亏|减少损失|竞争力|做大",
        },
        "objection": {
            "brush_off": r"发(?:个|一下)?(?:资料|邮件|微信)|留(?:个|下)?(?:名片|电话|联系方式)|回头(?:再)?(?:说|联系)|再联系|随便看看|先这样|有需要(?:再)?找你",
            "no_need": r"不需要|用不着|不用了|现在挺好|已经有了|够用了|没必要|我们自己(?:做|能)|不适合我们",
            "no_money": r"没钱|没预算|预算(?:不够|冻结|用完|紧张)|资金(?:紧张|周转)|付不起|拿不出|手头紧",
            "no_time": r"没时间|太忙|很忙|忙着|没空|抽不出|正在开会|在开车|改天|旺季|月底",
            "bad_experience": r"上次|以前(?:用过|吃过亏|被坑)|被坑|吃过亏|上当|不靠谱|出过问题|教训|坑过",
            "think_it_over": r"考虑(?:一下|考虑)?|想想|再看看|商量|比较一下|问问|请示|和(?:老板|领导|老婆|老公|家里)",
            "too_expensive": r"太贵|贵了|有点贵|便宜点|打折|别家(?:更)?便宜|价格(?:太)?高|不值|超出",
        },
        "technique": {
            "identifying": r"姓名|名字|贵姓|电话|手机号|邮箱|地址|账号|会员号|订单号|身份证|生日|工号",
            "additional": r"还有(?:别的|其他|什么)|其他(?:需要|要求|问题)|另外还|还需要什么|还有吗|别的需求",
            "satisfaction": r"满意|用得怎么样|用得还习惯|效果怎么样|还满意|哪里(?:可以|需要)改进|打几分|推荐给",
            "clarifying": r"什么意思|是指|指的是|具体是|也就是说|您说的|你说的|是按月还是|还是按",
            "confirming": r"对吧|是吧|对吗|是吗|没错吧|是不是|我理解得对|我没理解错|确认一下",
            "descriptive": r"说说|讲讲|聊聊|介绍一下|描述|怎么看|怎么想|您觉得|你觉得|谈谈|想法|期望",
            "inquiry": r"多少|几个|几次|多久|什么时候|哪(?:个|家|种)|什么(?:型号|系统|品牌)",
        },
        "form": {
            "closed": r"吗[?？]?$|是不是|有没有|能不能|要不要|会不会|对吧|是吧|多少|几|哪(?:个|天|种|家)|什么时候|多久|打几分",
            "open": r"为什么|怎么|如何|说说|讲讲|聊聊|介绍一下|描述|谈谈|觉得.*怎么样|看法|想法",
        },
    },
}

"""Gaming pairs 1-10 of zhb30 (hand-written)."""
from common import c, gpair, t

PAIRS = []

o = c("你好，那个……我想看看七座的SUV，家里刚添了二胎。", None)
PAIRS.append(gpair(
 "zhb30g_wuhan_cardealer_family_suv", "car dealer showroom, Wuhan", "monologue",
 "A young father walks into a Wuhan dealer asking about a seven-seat SUV after a second child.",
 [o,
 t("恭喜恭喜！平时主要是谁开？市区通勤多，还是经常跑长途？"),
 c("嗯，主要我老婆开，接送大的上学。过年回孝感老家，一年两三趟。", None),
 t("那嫂子对车身大小有冇得顾虑？停车方便不？"),
 c("她就怕车太大，小区车位蛮窄的。", None),
 t("明白：嫂子市区开、车位窄，偶尔带两个孩子跑长途。那可以看看这款车身短一点的七座，带360影像。预算大概多少？"),
 c("十五六万吧，不想超过二十。", None),
 t("这款顶配也在范围里。周末约嫂子一起来试驾，找个窄车位让她试停一下，看顺不顺手？"),
 c("要得，那就周六上午，我跟她说一声。", None)],
 [o,
 t("恭喜！您来对了，我先全面介绍一下，保证您的购车体验。这款旗舰七座，2.0T，全景天窗，九个喇叭，L2辅助驾驶……"),
 c("那个，我主要是想问……", None),
 t("您别急，我先说完。第三排能放平，后备箱一千多升，还送三年保养，我们很重视跟客户的长期关系。"),
 c("主要是我老婆开，她怕车太大……", None),
 t("车大才安全嘛！这个颜色现在最火，首付三成，月供四千多，您的需求我完全理解。"),
 c("月供四千多？我们家冇得这个预算。", "no_money"),
 t("还有其他问题吗？这车真的很适合您的家庭体验。"),
 c("算了，你说你的吧，我走了。", None)]))

o = c("老师你好，我想问下考研数学的班，我是跨考的，基础不太好。", None)
PAIRS.append(gpair(
 "zhb30g_zhengzhou_kaoyan_math_class", "postgraduate-exam school, Zhengzhou", "closing_as_open_question",
 "A third-year English major asks a Zhengzhou kaoyan school about a maths class for beginners.",
 [o,
 t("跨考数学确实要从基础补。你现在大几？目标专业考数一、数二还是数三？"),
 c("大三，学英语的，想考经济学，应该是数三。", None),
 t("高数以前学到哪儿了？每天能拿出多少时间？"),
 c("就大一学过一点，忘得差不多了。课多，一天顶多三个小时。", None),
 t("那零基础班比较合适，每周三次晚课，不占白天。学费六千八，你可以先免费听两节，看跟不跟得上。"),
 c("六千八……我得跟家里商量一下。", "think_it_over"),
 t("应该的。我把试听时间发你微信，听完觉得中再跟家里说。"),
 c("中，那我加你微信。", None)],
 [o,
 t("跨考的同学我们很有经验。你想想，要怎样你今天才愿意定下来？"),
 c("啊？我就是想先了解一下课……", None),
 t("理解。那你更倾向全款还是分期？分期一个月才五百多。"),
 c("我都还不知道学费多少，课是咋上的。", None),
 t("六千八，很划算。你看是今天先交定金锁名额，还是明天来交全款？"),
 c("六千八？我一个学生，拿不出来这么多。", "no_money"),
 t("那是什么让你还在犹豫？你说说，要怎样才能今天定？"),
 c("你这一直催，算了，我不报了。", None)]))

o = c("老板，我想买台空调，装卧室的，十来个平方。", None)
PAIRS.append(gpair(
 "zhb30g_changsha_appliance_bedroom_ac", "appliance store, Changsha", "pitch_as_paraphrase",
 "A man in a Changsha appliance store wants an air conditioner for a small bedroom his mother sleeps in.",
 [o,
 t("要得。卧室朝哪边？哪个住，怕不怕吹？"),
 c("朝西，下午晒得很。我妈住，她怕冷风直吹，晚上有响声也睡不着。", None),
 t("那就是：西晒小卧室，老人住，要静音、风不直吹。一匹半挂机就够了，不用上柜机。这台有防直吹和睡眠模式，两千九百九。"),
 c("两千九还可以。就是安装另外收钱吧？上回在别家装，材料费收了我好几百。", "bad_experience"),
 t("基本安装包了，铜管三米以内不收钱，超了按米算，单价我先写在单子上给你看。"),
 c("那要得，你写清楚，我就在你这买。", None)],
 [o,
 t("您好！我理解您的需求，所以您需要的是这款三匹柜机，一级能效，八千九百九，对吧？"),
 c("不是，卧室就十来个平方，放柜机做么子？", None),
 t("我听到的是您重视舒适体验，那您要的其实就是新风空调，自带净化，九千二，我理解得对吧？"),
 c("我冇说要新风。我妈怕吹，要安静点的。", None),
 t("明白，所以您真正要的是旗舰静音款，一万零八，这样理解对吧？"),
 c("越说越贵，一个卧室搞一万多，不值得。", "too_expensive")]))

o = c("你好，我约的洗牙。最近刷牙老出血。", None)
PAIRS.append(gpair(
 "zhb30g_luoyang_dental_cleaning", "private dental clinic, Luoyang", "upsell_as_loop_closing",
 "A woman comes to a Luoyang dental clinic for a booked cleaning because her gums bleed.",
 [o,
 t("好，先检查一下。出血多久了？有没有哪颗牙疼或者松？"),
 c("一个多月了吧，左下边有点酸，别的还中。", None),
 t("看完了：主要是牙结石多，牙龈发炎，左下那颗有个浅龋。今天先洗牙，龋齿可以下次补。"),
 c("补牙得多少钱？我这个月手头有点紧。", "no_money"),
 t("树脂补一颗三百左右。浅龋两三个月内补都来得及，下月再来也中。洗完还有啥想问的吗？"),
 c("没了，那我下个月再约补牙。", None)],
 [o,
 t("好的，为了给您最好的体验，洗牙之外还有什么我可以帮您加的？喷砂美白加三百八。"),
 c("我就是牙龈出血，想先洗干净。", "no_need"),
 t("了解。洗完咱再看看还需要啥？氟化防护再加一百五，一起做了？"),
 c("先洗吧，别的不用。", "no_need"),
 t("洗好了。您看还有什么需要我帮您安排的？隐形矫正现在打八折。"),
 c("我就想问出血到底咋回事，还没人跟我说呢。", None),
 t("那是牙结石嘛。最后问一下，还有要加的吗？牙线套装六十八。"),
 c("不用了，结账吧。", "no_need")]))

o = c("老板，今年种麦想换个种，去年那个倒得厉害。", None)
PAIRS.append(gpair(
 "zhb30g_zhoukou_seed_store_wheat", "seed and farm supply store, Zhoukou (Henan)", "leading_tag_questions",
 "A Henan farmer wants a new wheat variety because last year's crop lodged.",
 [o,
 t("去年种的啥品种？是灌浆那会儿倒的，还是刮风下雨以后？"),
 c("村里统一买的，名记不清了。五月那场大风一刮，倒了一大片。", None),
 t("你家地是水浇地还是旱地？底肥一亩上多少？"),
 c("水浇地，二十来亩。底肥上得猛，一亩一袋多复合肥。", None),
 t("那可能是品种秆高，肥又大。这个矮秆的抗倒，四块五一斤。你看包上的审定区域，咱周口能种。底肥也可以少上点。"),
 c("四块五比别家贵五毛啊，恁能不能便宜点？", "too_expensive"),
 t("价少不了多少。二十亩你拿够数，我免费给你拌好种衣剂，省你一道工。"),
 c("中，那给俺拿二百五十斤。", None)],
 [o,
 t("换种就对了！您肯定想要最好的，是吧？这款今年最新，六块八一斤。"),
 c("六块八？俺就想不倒，也不是非要最新的。", "too_expensive"),
 t("不倒那肯定也得高产嘛，对吧？高产的就贵点，您说是不是？"),
 c("那个，俺底肥上得多，是不是也有关系？", None),
 t("有点关系。不过种地谁不想多打粮，您也不想再倒一年，对不对？就拿这个，中不中？"),
 c("中是中，就是太贵了，俺去镇上那家再看看。", "too_expensive")]))

o = c("你好 我家宽带这几天晚上特别卡 看个视频一直转圈", None)
PAIRS.append(gpair(
 "zhb30g_yichang_broadband_slow", "telecom broadband online chat, Yichang", "putdown_question",
 "A Yichang customer types in the operator's app that home broadband crawls every evening.",
 [o,
 t("您好，给您添麻烦了。是所有设备都卡，还是某几台？一般几点开始？"),
 c("手机电视都卡 晚上八点以后 白天还好", None),
 t("我这边看到您家光猫晚上信号有衰减，可能是楼道分光箱的问题。派师傅上门，明天上午还是下午方便？"),
 c("上午要上班 下午五点以后行不行", None),
 t("可以，约明天下午五点半，师傅到之前先打您电话。修好后我再回访一次，看晚上还卡不卡。"),
 c("好的 谢谢", None)],
 [o,
 t("您好，您是不是自己在家乱动过路由器？能具体说说发生了什么吗？"),
 c("没动过啊 就是晚上卡", None),
 t("那是不是连的设备太多了，您自己清楚吗？到底几台？"),
 c("就两个手机一个电视 这也算多", None),
 t("您用的不会还是老路由器吧？了解过千兆吗？升级套餐一个月才多三十。"),
 c("去年刚换的 上次你们也这么说 升了还是卡", "bad_experience"),
 t("那您确定是网的问题？晚上是不是看了什么不正规的网站？"),
 c("你这什么态度 我要投诉", None)]))

o = c("你好，我爸上个月住的院，那个异地医保报销咋弄啊？单子都在这儿。", None)
PAIRS.append(gpair(
 "zhb30g_xiangyang_hospital_insurance_claim", "hospital billing window, Xiangyang", "not_my_department_or_read_the_terms",
 "A son at a Xiangyang hospital billing window asks how to claim his father's out-of-town medical insurance.",
 [o,
 t("您别急，我看看。老人医保在哪儿参保的？住院前办过异地备案冇？"),
 c("在老家枣阳。备案……好像没办。", None),
 t("没备案的话出院不能直接结，要回枣阳医保局报。要发票原件、费用清单、出院小结，清单和小结我们这儿就能打。"),
 c("那我还得专门跑一趟枣阳？我上班请不了假。", "no_time"),
 t("家里人代办也中，带上您爸的身份证和医保卡。我把材料和枣阳医保局电话写给您，去之前先打电话问清楚。"),
 c("那好，谢谢你啊，麻烦写清楚点。", None)],
 [o,
 t("理解您的心情。不过报销不归我们收费处管，您得去问医保。"),
 c("问医保？我就在你们医院住的院啊。", None),
 t("我明白您的需求。规定就这样，又不是我定的。您回去看看医保政策，网上都有。"),
 c("我看不懂才来问你的。那单子谁给我打？", None),
 t("费用清单在三楼，出院小结找病区，这些都不是我们窗口的事。还有别的问题吗？"),
 c("你们一个推一个，我跑了一上午了。", None),
 t("那您可以打12345反映。下一位！")]))

o = c("你好，我们明年五一结婚，想问下婚礼策划大概什么价位。", None)
PAIRS.append(gpair(
 "zhb30g_changsha_wedding_planning", "wedding planning studio, Changsha", "social_proof_or_deadline_pressure",
 "A bride-to-be asks a Changsha wedding studio about prices for a May Day wedding next year.",
 [o,
 t("恭喜你们！大概多少桌？酒店定了冇？想要么子感觉的婚礼？"),
 c("二十桌左右，酒店定了，在河西。想简单点，不要那种闹的游戏。", None),
 t("那就是：二十桌，简约不闹，酒店已定。这样我们中档套餐一万二左右，含布置、主持、跟妆。"),
 c("一万二啊……我们总预算也就五六万，我得跟他商量一下。", "think_it_over"),
 t("好的，不急。我把两套简约方案的图和明细发给你们，想好了约个周末来店里看样品。"),
 c("要得，那你发我微信。", None)],
 [o,
 t("恭喜！这个月你们小区已经有六对新人在我们这定了，体验都超好。"),
 c("哦……那你们一般什么价位？", None),
 t("一万八的套餐最受欢迎。不过这个价只到今天下午五点，过了就两万六，五一档期也快抢完了。"),
 c("这么急？我还没跟男朋友商量。", "think_it_over"),
 t("理解。不过大家都选的肯定不会错嘛。要不先交两千定金锁住？"),
 c("别人选么子跟我们冇得关系。先这样吧，有需要再找你。", "brush_off")]))

o = c("那个，我想问问，搞大棚能不能贷点款？想再扩两个棚。", None)
PAIRS.append(gpair(
 "zhb30g_xinyang_bank_greenhouse_loan", "rural commercial bank branch, Xinyang", "keyword_stuffed",
 "A strawberry grower asks a Xinyang rural bank counter whether he can borrow to build two more greenhouses.",
 [o,
 t("可以的。您现在种的啥？有几个棚，一年大概收入多少？"),
 c("种草莓，三个棚，一年能落个七八万吧。", None),
 t("扩两个棚大概要投多少？自己能出一部分吗？"),
 c("算了下得八万多，自己能出三万。", None),
 t("那贷五万左右比较稳。有个农户创业贷，一年期，利率比普通的低，要土地流转合同和近一年的销售记录。"),
 c("合同有。销售都是微信收的钱，能算不？", None),
 t("能算，导个微信账单就行。您下周带身份证和合同来，我先帮您预审，看能批多少。"),
 c("中，那俺下周二来。", None)],
 [o,
 t("您好！我非常理解您的需求，我们一直重视和客户建立长期信任的关系，希望给您带来成功的体验。"),
 c("嗯……那能贷不能贷？", None),
 t("您的感受对我们很重要。我想先深入了解一下：您对成功的理解是什么？您对我们的服务体验满意吗？"),
 c("我就想问大棚能贷多少，利息多少。", None),
 t("我完全理解您的需求和感受。我们的产品就是为了陪伴您的成功，建立共赢的关系。"),
 c("说半天一句实在话都冇。算了，我去信用社问问。", None)]))

o = c("喂，你好，我们厂里有批货要发广州，想问问你们零担咋收费。", None)
PAIRS.append(gpair(
 "zhb30g_zhengzhou_freight_ltl_quote", "freight company (B2B), Zhengzhou", "rude",
 "A factory clerk in Zhengzhou phones a freight company for a less-than-truckload quote to Guangzhou.",
 [o,
 t("您好。货是啥东西？大概多重、多少方？要不要上门提货？"),
 c("五金配件，木箱装，三吨左右，四个多方。要上门提，在航空港区。", None),
 t("三吨按重量走，郑州到广州六毛五一公斤，提货费一百五，三天到，总共两千一百来块。"),
 c("两千一？上回别家给我报一千八。", "too_expensive"),
 t("那家的时效和提货费您问过吗？我们三天到，含保价。要是每月量稳定，我可以申请协议价。"),
 c("一个月能有四五批。那你申请一下，给我回个话。", None),
 t("好，今天下午四点前我给您回电话报协议价。")],
 [o,
 t("零担？多少货啊，说清楚，我一天接几百个电话。"),
 c("三吨左右，五金配件，木箱装的……", None),
 t("六毛五一公斤，提货一百五，自己算。"),
 c("两千多？人家才报一千八。", "too_expensive"),
 t("那你找那家呗。便宜的也敢用，丢了别哭。"),
 c("你这啥态度？我们一个月四五批货呢。", None),
 t("四五批也不算多。要发就下单，不发我挂了啊。"),
 c("那你挂吧，俺不用你们了。", None)]))

"""zhb47 gaming pairs, part b: putdown_question, not_my_department_or_read_the_terms, social_proof_or_deadline_pressure, keyword_stuffed, rude."""
from common import c, gpair, t

PAIRS = []

o = c("你们那快递咋弄的？额发广州的猕猴桃，十单烂了六单，客人都要退款！", None)
PAIRS.append(gpair(
    "zhb47g_zhouzhi_kiwi_parcels", "village express depot, Zhouzhi (Shaanxi)", "putdown_question",
    "A kiwi grower selling online storms in: six of ten parcels to Guangzhou arrived rotten.",
    [o,
     t("哎呀，六单都烂了，搁谁都着急。哪天发的？单号发我一下。"),
     c("上礼拜三发的，走了五天才到，单号额微信发你。", None),
     t("五天太慢，正常三天。客人那边有照片没？有照片我这就报理赔，烂的按货值赔。"),
     c("有照片。那以后呢？老这样额这生意不敢在你这做了。", "bad_experience"),
     t("以后广州的走航空件，一斤贵五毛，两天到。你先发五单试，不行你再说。"),
     c("一斤贵五毛……行，先把这六单赔了，航空的额试试。", None)],
    [o,
     t("姐您先别激动，您是不是打包的时候没放泡沫？"),
     c("放了！每个都套了网套！", None),
     t("好的，我理解您的感受。那您有没有想过，是不是您的猕猴桃本身太熟了才发？"),
     c("额种了十年猕猴桃，熟没熟额不知道？", None),
     t("那我再问问，您确定是我们的问题，不是客户自己放坏的？"),
     c("你这是啥态度！额以后不在你这发了。", None)]))

o = c("喂，我这ETC咋回事？兰州到武威一趟，扣了我两回钱，六百多！", None)
PAIRS.append(gpair(
    "zhb47g_lanzhou_etc_double_charge", "ETC card hotline, Lanzhou (Gansu)", "putdown_question",
    "A truck driver was charged twice for one motorway trip and phones the ETC service line.",
    [o,
     t("师傅您好，一趟扣两回确实不对。车牌号和通行日期跟我说一下？"),
     c("甘A七三五几几，十二号晚上十点多上的高速。", None),
     t("查到了，十二号有两条三百一十二，第二条是重复扣费。我现在提交退费，三到五个工作日退回原卡。"),
     c("三到五天？我这卡里还得过路费呢，明天就要跑。", None),
     t("理解，跑车的钱压着难受。我标了加急，一般两天到，到了有短信。工单号也发您，没到直接报这个号。"),
     c("那行，两天没到我再打。", None)],
    [o,
     t("师傅您先冷静一下，您确定扣了两回？是不是把来回两趟看成一趟了？"),
     c("我不识数？就是一趟！", None),
     t("好的，我理解您的心情。那您过收费站的时候，是不是卡没插好，识别了两次？"),
     c("卡一直插着，我跑了八年车了！", None),
     t("那您有没有把这张卡拿到别的车上用？很多师傅都是自己弄混了，您再想想？"),
     c("你们就会往我身上推，我投诉你们。", None)]))

o = c("你们园区B区那个库房顶漏水，昨晚一场雨，我放的五十箱纸巾全泡了！", None)
PAIRS.append(gpair(
    "zhb47g_zhengzhou_park_roof_leak", "logistics park property office, Zhengzhou (Henan)", "not_my_department_or_read_the_terms",
    "A tenant's stock was soaked by a roof leak he had already reported once.",
    [o,
     t("哎呀，B区几号库？我现在叫维修过去，先把漏的地方盖上。"),
     c("B区十四号，东头那个角，上个月就滴过，我报过一回。", None),
     t("那是我们没修彻底。泡了的货先别扔，拍照点个数，我下午带人过来一起登记，按合同的库房损失条款报公司。"),
     c("能赔多少？五十箱三千多块钱呢。", None),
     t("按进货价报，我现在不敢打包票全赔，但三天内给您答复。维修今天下午两点前到。"),
     c("中，下午俺在库里等着。", None)],
    [o,
     t("您好，非常理解您的感受。屋顶维修不归我们客服管，是工程部的事。"),
     c("那工程部电话多少？", None),
     t("工程部电话我这儿没有。另外合同第十二条写了，货物损失承租方自己买保险，您回去看看合同。"),
     c("我上个月就报过漏水，你们没人来修！", None),
     t("那是之前的同事接的，我不清楚。规定就是这样，也不是我定的，您还有其他需要吗？"),
     c("中，我找园区经理去。", None)]))

o = c("喂，我四月份在你们那买的收割机，这会儿割谷子割一半，割台链条断了，田里还有两百亩！", None)
PAIRS.append(gpair(
    "zhb47g_mianyang_harvester_breakdown", "farm machinery dealer, Mianyang (Sichuan)", "not_my_department_or_read_the_terms",
    "A contractor's new combine breaks down mid rice harvest with rain coming.",
    [o,
     t("哎呀，正是抢收的时候。机子在哪个镇？链条断了一根还是整条脱了？"),
     c("在安州这边，断了一根，散在割台里头，我自己接不上。", None),
     t("链条库房有，我叫师傅带起过来，两个钟头到。新机子半年内断链条算质量问题，不收钱。"),
     c("两个钟头？天要下雨了，那两百亩耽误不起。", None),
     t("我晓得。师傅到了先修，修不好我当场从门市调一台机子给你割，今天不让你停。"),
     c("要得，那你快点喊人。", None)],
    [o,
     t("我理解你的心情哈。但是售后维修是厂家的事，不归我们门市管，你打说明书上那个四百电话嘛。"),
     c("四百电话打了半天打不通！", None),
     t("那我也没得办法。而且保修手册写得清楚，链条是易损件，不在三包范围，你回去看一下。"),
     c("才用两个月的新机子，链条断了都不包？", None),
     t("规定是厂家定的，不是我定的。你看还有啥子需要帮忙的？"),
     c("卖机子的时候啥子都包，出了事就推。我找厂家投诉。", None)]))

o = c("恁这新麦种，说是亩产一千二，真的假的？俺种了二十年麦，没见过。", None)
PAIRS.append(gpair(
    "zhb47g_xinxiang_wheat_seed", "seed company rep, Xinxiang (Henan)", "social_proof_or_deadline_pressure",
    "A wheat farmer doubts the yield claim of a new seed variety; a switch once cost him.",
    [o,
     t("一千二是试验田的数，大田一般一千到一千一。你现在种的啥，一亩收多少？"),
     c("百农的，一亩九百来斤，前年赤霉病一来掉到七百。", None),
     t("那你最怕赤霉病。这个品种是中抗，不是不得病，该打药还得打。要不先拿五亩，跟老品种挨着种，收了自己比。"),
     c("五亩能中。前年换种吃过亏，俺不敢一下换完。种子多钱一斤？", None),
     t("四块五，一亩二十五斤。比你那个贵一块，试五亩多花一百来块。"),
     c("那中，先拿一百二十五斤。", None)],
    [o,
     t("真的！叔，你知道不，恁村王支书、东头老李都订了，全乡都在换这个种。"),
     c("他们订他们的，俺得看看。", "think_it_over"),
     t("我理解你想了解清楚的需求。但这个价就到今天下午五点，过了一斤涨一块，种子也快没了。"),
     c("涨就涨吧，俺前年换种吃过亏，不敢一下换。", "bad_experience"),
     t("叔，全乡就剩你家没订了，到时候人家都增产，你不亏？趁现在先订三十亩。"),
     c("你别吓唬俺，等俺看看他们种得咋样再说。", "think_it_over")]))

o = c("你好 看到你们发的朋友圈 帮人做抖音卖核桃的 是咋个收费", None)
PAIRS.append(gpair(
    "zhb47g_yangbi_walnut_video", "short-video sales agency, Dali (Yunnan)", "social_proof_or_deadline_pressure",
    "A walnut grower types on WeChat after seeing an agency's post about selling farm goods by video.",
    [o,
     t("你好！先问下，你现在核桃主要咋个卖？一年大概卖好多？"),
     c("主要卖给来收的老板 七八万斤 价格压得低 网上零零星星卖点", None),
     t("那你想的是网上多卖点，把价格提上来。家里有人能出镜拍视频不？"),
     c("我姑娘在家 她愿意拍 就是不会剪 我们也莫得好多钱请人", "no_money"),
     t("那不用全包给我们。有个三千块的陪跑，教你姑娘拍和剪一个月。效果我不敢打包票，你先来听一节免费课看合不合适。"),
     c("那先听免费的 时间发我", None)],
    [o,
     t("你好！我们是大理最专业的团队，漾濞好几家核桃大户都在跟我们合作，成功案例很多！"),
     c("哪几家 我咋个没听说", None),
     t("客户隐私不方便说。全案运营一年两万八，这个月只剩最后两个名额，今晚十二点截止哦。"),
     c("两万八 我们卖核桃一年都赚不了几个", "no_money"),
     t("你想想，别人都在抖音上卖了，你还等老板来收，明年就被淘汰了。今晚不定就没名额了哦。"),
     c("那算了 我们不着急", "brush_off")]))

o = c("我昨天发西宁的沙发，十二件，客户说只收到十一件，少了一件你们咋个说？", None)
PAIRS.append(gpair(
    "zhb47g_chengdu_missing_piece", "LTL freight line Chengdu-Xining (Sichuan)", "keyword_stuffed",
    "A furniture maker's twelve-piece sofa shipment arrived one piece short.",
    [o,
     t("您把运单号给我，我先看装车记录。"),
     c("CD0815-2276，发货人写的蒲江宏达家具。", None),
     t("看到了，成都装车十二件，兰州中转卸车扫到十一件，少的那件应该还在兰州。我打给兰州仓，半个小时回您。"),
     c("那你快点，客户等着摆店里。", None),
     t("李老板，兰州找到了，是个扶手，压在别的货底下。明早那趟车带到西宁，后天上午送到。"),
     c("后天就后天嘛，你跟客户也说一声。", None)],
    [o,
     t("您好，非常理解您的感受，您的体验对我们来说非常重要。"),
     c("我不要你理解，我要那件沙发。", None),
     t("明白，我听到了您的需求。我们非常重视和您的长期合作关系，一定以您的成功为目标，尽力满足您的需求。"),
     c("那到底货在哪里？", None),
     t("我完全理解您的担心，您的感受是合理的。我们会认真跟进，确保您有满意的体验，您还有其他需要吗？"),
     c("说了半天一句有用的都莫得。", None)]))

o = c("你们那个大棚智能控制，手机上就能开风口的，一套多少钱？", None)
PAIRS.append(gpair(
    "zhb47g_yangling_greenhouse_alarm", "greenhouse controls supplier, Yangling (Shaanxi)", "keyword_stuffed",
    "A strawberry grower who lost a house of seedlings to midday heat asks about remote vent control.",
    [o,
     t("一个棚一套大概六千。您几个棚？种的啥？"),
     c("四个棚，草莓。中午忘了放风，上个月烧了一棚苗。", None),
     t("那最要紧的是温度一高就知道。全自动的四个棚两万四；还有只装温度报警的，手机上响，一个棚八百，您自己去放风。"),
     c("两万四有点多，报警那个倒是行。", "too_expensive"),
     t("那先装报警，以后跑不过来了再加卷膜电机，线是通的，不白花。"),
     c("行，先装四个报警的。", None)],
    [o,
     t("您好！首先非常感谢您的信任，我们致力于为您打造智慧农业的全新体验。"),
     c("嗯，就是问一套多少钱。", None),
     t("理解您的需求！我们的系统帮您实现成功种植，从您的感受出发，和您建立长期合作关系，您觉得这种体验怎么样？"),
     c("……你就说多少钱。", None),
     t("一套六千，我听到了您对价格的关注，我们会用最好的服务体验满足您的需求，让您感受到我们的用心。"),
     c("一个棚六千？我四个棚两万多，太贵了，算了。", "too_expensive")]))

o = c("有没有回成都的货？我车空着，九米六的厢车。", None)
PAIRS.append(gpair(
    "zhb47g_lanzhou_backhaul", "freight matching office, Lanzhou logistics park (Gansu)", "rude",
    "A driver wants a return load to Chengdu; a matching office once held his pay for a month.",
    [o,
     t("有。你车啥时候能装？能拉多重？"),
     c("明天上午能装，十八吨。", None),
     t("有一票十五吨方便面，到成都新都，运费七千二，信息费三百，卸货当天结。"),
     c("当天结？上回一个配货站也说当天结，拖了我一个多月，最后还少给八百。", "bad_experience"),
     t("这个货主跟我们合作三年了，运费站里先押着，你卸完拍回单，我直接转你。合同写清楚，你看了再装。"),
     c("那……行，我看看合同，明早装。", None)],
    [o,
     t("九米六的多得很，你先排着吧。"),
     c("那有没有嘛，我空车等一天就是一天的钱。", None),
     t("等不了去别家啊，我又没拦你。七千，信息费四百，要就要，后面一堆人。"),
     c("运费啥时候结？我上回被一个配货站拖了一个月。", "bad_experience"),
     t("你被拖关我啥事？这么怕就别跑车了。"),
     c("你这人说话咋这么冲，不拉了。", None)]))

o = c("你好，嗯，那个，我想问一下，贷款买个咖啡烘干机，要些啥子手续？", None)
PAIRS.append(gpair(
    "zhb47g_puer_coffee_dryer_loan", "rural credit cooperative branch, Pu'er (Yunnan)", "rude",
    "A coffee farmer asks shyly at the counter what a loan for a bean dryer needs.",
    [o,
     t("可以的大姐。烘干机大概多少钱？你家咖啡地有几亩？"),
     c("烘干机三万多。地有四十亩，去年卖鲜果卖了十来万。", None),
     t("那可以办惠农贷，五万以内不用抵押，要户口本、身份证、林权证。利息一年四厘多。"),
     c("四厘多……一年要还好多？我怕还不起。", "no_money"),
     t("贷三万，一年利息一千三左右，可以等咖啡卖了一次还。你把材料带来，我帮你算清楚，不合适就不办。"),
     c("今天要去地里摘果，走不开，礼拜六拿户口本来，要得不？", "no_time"),
     t("礼拜六上午我们也开门，你直接找我。"),
     c("要得。", None)],
    [o,
     t("手续多得很，墙上贴着，自己看。"),
     c("我认不到几个字，你帮我说一下嘛。", None),
     t("哎呀，身份证、户口本、收入证明，种咖啡的有啥收入证明？"),
     c("我……去年卖了十来万鲜果，有收购单子。", None),
     t("单子不算。下一个！你回去准备好了再来，别耽误后面人。"),
     c("那算了，我去别家问问。", None)]))

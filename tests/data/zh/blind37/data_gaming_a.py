"""zhb37 gaming pairs, part a (hand-written)."""
from common import c, gpair, t

P = []

o = c("喂，你们是卖输送带那家吧？我们井下那条皮带用了不到半年，边上就圪毛了，咋回事嘞？", None)
P.append(gpair(
    "zhb37g_datong_beltwear", "conveyor belt supplier to a coal mine, Datong, Shanxi", "monologue",
    "A mine foreman phones: a belt frayed on one edge within six months.",
    [o,
     t("是我们。先弄清楚：哪条巷道的皮带？一天跑多少个钟头？"),
     c("主运输巷那条，两班倒，十六个钟头不停。", None),
     t("负荷不轻。是一侧起毛还是两侧？托辊最近有人调过没？"),
     c("就一侧，靠煤仓那边。托辊嘛，那个，上个月检修换过几个。", None),
     t("一侧起毛多半是跑偏磨的，不一定是皮带的毛病。明天我派技术员下去看看，不收钱，看完再说换不换，行不？"),
     c("行嘞，早上八点前到，过了八点下井手续麻烦。", None)],
    [o,
     t("您好，非常理解您的感受！先给您介绍下，我们新出的钢丝绳芯阻燃带强度高三成，大同十几个矿都在用，客户体验特别好，还有终身维护的服务理念……"),
     c("我问的是现在这条咋圪毛了。", None),
     t("明白，您的需求我完全理解！所以建议直接升级钢丝绳芯的，再配托辊、清扫器，一整套方案，后续关系我们一直维护，我先报个整套的价？"),
     c("嗯，就是说，我这条才用了半年，你让我再买一条？", "no_need"),
     t("这不是花钱，是投资！我们的理念就是帮客户成功。价格我给您申请优惠，您还有甚别的需要吗？"),
     c("算了，我找你们老板说。说了半天我问的一句也没答。", None)]))

o = c("在吗问一下你们那个两吨的储奶罐多少钱", None)
P.append(gpair(
    "zhb37g_xilinhot_milktank", "dairy equipment dealer, Xilinhot, Inner Mongolia (WeChat)", "closing_as_open_question",
    "A family ranch with forty cows asks the price of a two-tonne milk cooling tank.",
    [o,
     t("您好！两吨的三万八，含安装。您一天挤多少奶？奶站多久来拉一回？"),
     c("四十来头牛一天一吨出头奶站车两天来一趟", None),
     t("两天一趟最多要存两吨多，两吨的罐有点紧。您那边电稳不稳？"),
     c("不稳冬天老停去年坏了一罐奶", None),
     t("那我建议看两吨半带发电机接口的，多四千。两种的参数价格我都发您，您跟奶站核对下再说？"),
     c("发过来吧贵了点我跟儿子商量商量", "think_it_over"),
     t("好，已发。下周三我再问您一声。"),
     c("行", None)],
    [o,
     t("在的亲！三万八。想问下您希望什么时候开始享受全新的储奶体验呢？"),
     c("就问问价奶站车两天来一趟不知道两吨够不够", None),
     t("够的够的！那您觉得今天定下来，是走对公方便，还是微信转定金方便呢？"),
     c("定啥金我还没跟儿子商量嘞", "think_it_over"),
     t("理解～要让您今天放心下单，我还需要做到哪一步呢？明天上午还是下午师傅上门量尺寸？"),
     c("一问价就催交钱不问了", None)]))

o = c("我是原平那个驾校的，教练排车老打架，学员也乱约，你们那个系统能管住不？", None)
P.append(gpair(
    "zhb37g_yuanping_drivingschool", "scheduling software for driving schools, Xinzhou, Shanxi", "pitch_as_paraphrase",
    "A proud county-town driving school owner wants instructors to stop fighting over cars.",
    [o,
     t("得看您那儿咋乱的。几台车、几个教练？学员咋约车？"),
     c("十二台车十四个教练。教练拉个群，学员在群里喊，谁快算谁的。", None),
     t("就是说车比人少，约车全靠抢，教练为车吵，是这意思不？"),
     c("对嘞。还有教练私下收钱给人多排，这个最烦。", None),
     t("那核心是排车公平、约车留记录。系统按车排时段，学员自己约，都有记录；私下收钱管不全，但能查。先试用一个月，挑两个教练用用？"),
     c("不收钱就先试试。", None),
     t("不收。周四我过去教一下，半个钟头就会。"),
     c("周四考试不行，周五吧。", "no_time")],
    [o,
     t("您好！为了更好地了解您的需求，能说说您最大的挑战吗？"),
     c("就是排车乱，教练抢车。", None),
     t("我听到的是，您需要的是我们的旗舰版驾培系统，一年一万二，带人脸打卡和财务模块，我理解得对吗？"),
     c("我没说要甚财务模块，我就想把车排明白。", "no_need"),
     t("明白，所以您真正需要的是全面数字化升级，旗舰版正好覆盖，是这样吧？"),
     c("我说一句你套一句。一万二？一个县城驾校，你当我是开大公司的？", "too_expensive"),
     t("所以您关心的是性价比，那分两年付，一个月才五百，这样理解没错吧？"),
     c("挂了吧。", None)]))

o = c("师傅，我那车保养好了没？下午还得跑趟神池。", None)
P.append(gpair(
    "zhb37g_shuozhou_service", "car dealer service desk, Shuozhou county, Shanxi", "upsell_as_loop_closing",
    "A driver collects his car after an oil change before a mountain trip.",
    [o,
     t("好了。换了机油机滤，刹车片还剩四毫米，暂时能用。跑神池走山路不？"),
     c("走山路，来回两百多里。", None),
     t("那路上留意刹车，发软或有响声就早点回来。一共三百八，跟报的一样。还有要问的没？"),
     c("四毫米还能跑多久？", None),
     t("山路多的话五六千公里，下次保养再看，今天不用换。"),
     c("那行，扫码吧。", None)],
    [o,
     t("好了！为了您的用车体验完整，最后确认下：还需要加瓶燃油宝吗？"),
     c("不加，上回加了也没觉得有甚用。", "bad_experience"),
     t("好的～为了不留遗憾再问下：刹车片顺便换了吧？空调滤芯、雨刮还有甚要一起安排的？"),
     c("刹车片坏了？", None),
     t("还剩四毫米，换了安心！今天做镀晶才六百八，还有甚能为您多做的？"),
     c("我就来换个机油，你一句一句问出两千块。别的不要，结三百八的。", "no_need"),
     t("好的，您对今天的服务满意度打几分呢？"),
     c("你说嘞？", None)]))

o = c("你好，我家壁挂炉早上老点不着，点三四回才着，是不是该换了？", None)
P.append(gpair(
    "zhb37g_baotou_wallboiler", "heating and boiler repair, Baotou, Inner Mongolia (phone)", "leading_tag_questions",
    "A retired woman's old gas wall boiler takes several tries to light.",
    [o,
     t("阿姨先别急着换。炉子用几年了？屏幕上显示代码没？"),
     c("七八年了。有个E1，闪一阵就没了。", None),
     t("E1多半是点火针脏了或者气压不够，修修还能用。明天师傅上门，上门费五十，修了就不收，行不？"),
     c("五十就五十。真要换得多少钱？", None),
     t("国产四千多，进口七八千。真要换再给您讲清楚，您跟家里人商量着定。"),
     c("行，明天下午家里有人。", None)],
    [o,
     t("阿姨您好！七八年的炉子，肯定该换了，您说是吧？"),
     c("可热倒是还热，就是点火难。", None),
     t("点火难就是大毛病的前兆，对不对？半夜停了家里人受不了，您肯定不想冒这个险吧？"),
     c("那……换得多少钱？", None),
     t("您这么顾家，肯定选进口的，八千多，您也觉得值，是不是？"),
     c("八千多？我退休金一个月才三千。先派人来修修看。", "no_money"),
     t("修来修去更费钱，一步到位才好，您说对吧？"),
     c("我说不对。你们不修，我找小区门口那个师傅。", "no_need")]))

o = c("你们这蒙古包昨晚冻死人了暖气片冰凉前台打了三回电话没人接", None)
P.append(gpair(
    "zhb37g_ordos_yurtcamp", "grassland yurt camp, Ordos, Inner Mongolia (WeChat)", "putdown_question",
    "A guest with elderly parents and a child had a freezing night; nobody answered.",
    [o,
     t("实在对不起。您还在营地吗？几号包？我先把这个处理了。"),
     c("还在十七号带着老人娃娃嘞娃早上有点咳嗽", None),
     t("记下了。维修马上过去，先给您换到有地暖的二号包；孩子要看的话医务室能来。昨晚房费我申请退掉，行不？"),
     c("换包行医生不用了娃喝点热水就好", "no_need"),
     t("好，十分钟后我过去帮您搬行李。没人接电话这事我报经理查。"),
     c("行你来吧", None)],
    [o,
     t("非常理解您的感受！想先了解下，您确定不是自己没把阀门打开吧？"),
     c("阀门我会不会开我在包头烧了二十年锅炉", None),
     t("好的～那您几点打的电话呢？会不会太晚了，值班的都休息了？"),
     c("值班的休息了那叫甚值班你意思是怪我", None),
     t("没有～就是想了解情况。很多城里客人第一次来草原都嫌冷，其实是正常温差哦，您说的冻死人是多冷呢？"),
     c("城里客人你看不起谁嘞把你们经理叫来", None)]))

o = c("你好，我是开羊肉批发的。你们那收款码昨天收的两万多到现在没到账，我今天要给牧户结钱嘞。", None)
P.append(gpair(
    "zhb37g_taiyuan_bankpos", "bank branch counter, Taiyuan, Shanxi", "not_my_department_or_read_the_terms",
    "A mutton wholesaler's 23,000 yuan card-terminal payment has not arrived.",
    [o,
     t("我帮您查。给我下商户号，昨天大概几点收的？"),
     c("商户号在这儿。下午四点多，一笔两万三，饭店老板扫的。", None),
     t("查到了，这笔触发了大额核查，钱在我们这儿没丢。补个交易说明，最快今天下午到。我帮您填，您签字就行。"),
     c("下午？牧户中午就来了。", None),
     t("中午我不敢打包票。我现在加急提交，再打电话催审核，十一点半不管到没到都给您回电话。牧户那边能先说一声吗？"),
     c("行吧，我先给他打个电话。你可记着回我。", None)],
    [o,
     t("非常理解您着急的心情！不过收款码属于收单业务，不归柜台管，您得打客服。"),
     c("我打了，客服叫我来网点。", None),
     t("明白～您签约时协议里写了，大额交易可能延迟到账，这条您应该看过的哦。"),
     c("谁签个约一条一条看嘞？我就问钱在哪儿。", None),
     t("钱肯定在系统里，规则也不是我定的，我没权限查。还有甚别的能帮您的吗？"),
     c("甚也帮不了还问还有甚？我找你们行长。", None)]))

o = c("您好，我们车间那台老空压机电费太高，想了解一下变频的，大概能省多少？", None)
P.append(gpair(
    "zhb37g_changzhi_compressor", "industrial air compressor supplier, Changzhi, Shanxi", "social_proof_or_deadline_pressure",
    "A factory manager asks how much a variable-speed compressor would save.",
    [o,
     t("您好，得看用气情况。现在是多大功率的？开几个小时，用气稳不稳？"),
     c("37千瓦，两班倒。忽高忽低，焊工一停就空转。", None),
     t("空转多的话一般省两三成电。不过不拍脑袋，先在管路上装个流量记录仪，记一周真实用气，再算省多少、几年回本。"),
     c("记录仪要钱吗？今年预算卡得紧。", None),
     t("免费装，一周后拆走。算出来不划算就不换。"),
     c("那可以，不过这两礼拜赶订单顾不上，月底再来装吧。", "no_time")],
    [o,
     t("您好！长治好几家机械厂、铸造厂上个月都换了我们的，体验都特别好。您目前的用气需求是？"),
     c("37千瓦，两班倒。我想先知道能省多少。", None),
     t("省三成起步！而且这个月是厂家补贴最后一个月，月底一过每台涨八千。您看什么时候方便签？"),
     c("换设备得走申请，月底肯定批不下来。", "think_it_over"),
     t("理解。不过隔壁厂也走申请，人家老板一听就特批了。就剩三台名额，我先帮您占一台？"),
     c("别人家是别人家。你这么催我倒不放心了，资料发我邮箱吧。", "brush_off")]))

o = c("你好我是新城区开奶茶店的想找个稳定供鲜奶的你们一天送几次", None)
P.append(gpair(
    "zhb37g_hohhot_freshmilk", "fresh milk distributor, Hohhot, Inner Mongolia (WeChat)", "keyword_stuffed",
    "A milk-tea shop owner looks for a steady supplier of fresh milk.",
    [o,
     t("您好！市区一天一送，早七点前到。您一天用多少？冷柜够大吗？"),
     c("一天二三十升周末四十冷柜不大", None),
     t("冷柜小就别囤，一天一送正好，周末量大提前说加量。十升一桶八十五。您之前用哪家的？"),
     c("超市散的七十多一桶就是老断货", None),
     t("我们贵十来块，好处是不断货、有批次记录。先订一周试试，不押金，不行随时停。"),
     c("是贵了点先订一周看看口感", "too_expensive")],
    [o,
     t("您好！感谢信任！我们非常重视每位客户的需求和体验，致力于建立长期稳定的合作关系，一起成功！"),
     c("嗯谢谢那一天送几次", None),
     t("我完全理解您对稳定的需求，也感受到您对品质的追求，我们的理念就是以客户体验为中心。"),
     c("所以是几次多少钱一桶", None),
     t("价格之前，我想先了解您的真实需求和感受，我们更看重关系而不是交易。您最看重合作伙伴的什么呢？"),
     c("看重你能回答问题不聊了", None)]))

o = c("那个，闺女，我这个月话费咋扣了一百多？平时就三十几块。", None)
P.append(gpair(
    "zhb37g_jincheng_phonebill", "mobile operator shop, Jincheng county town, Shanxi", "rude",
    "An elderly man's phone bill tripled this month.",
    [o,
     t("大爷别急，我给您查。手机给我看看？"),
     c("给你。我就打打电话，不咋上网。", None),
     t("多出来八十多是流量，有个看视频的软件在跑。这几天谁用过您手机没？"),
     c("嗯……孙子放假回来，拿我手机看了几天动画片。", None),
     t("那就对上了。我给您设成流量超了就停，不扣钱，打电话不受影响。孙子常来的话家里装个无线划算，您跟儿子商量，不急。"),
     c("先给我停了，无线回头再说。", "think_it_over"),
     t("停好了，以后一个月就三十几块。"),
     c("好好，谢谢闺女。", None)],
    [o,
     t("号码。"),
     c("啊？你等等，我看一下。", None),
     t("自己号码都记不住？手机给我。……流量超了呗，这还用问。"),
     c("流量？我不咋上网呀。", None),
     t("流量自己跑出来的？账单写得清清楚楚。要么换贵点的套餐，要么别让人乱玩。还有甚需要了解的？快点，后头排着队呢。"),
     c("你这闺女说话咋这么冲嘞？叫你们经理来。", None),
     t("经理忙着呢，您去那边取个号。"),
     c("我就在营业厅！", None)]))

PAIRS = P

"""zhb36 gaming pairs, file c."""
from common import c, gpair, t

P = []

o = c("喂，我这边宽带断了两天了，报修了也没人来，我店里点单系统都用不了！", None)
P.append(gpair("zhb36g_danzhou_broadband_outage", "broadband hotline, Danzhou, Hainan", "putdown_question",
    "A noodle shop owner's line has been down for two days; his ordering system is offline.",
    [o, t("断两天还影响做生意，确实急人。麻烦报一下宽带账号或者装机地址，我查报修单。"),
     c("那大新街二十三号，阿林粉店。", None),
     t("查到了，前天报的，一直等待派单，是我们没跟上，对不起。那片光缆前天被挖断过，我给您加急，今天下午五点前师傅上门。"),
     c("五点前哦？我中午生意最好，中午怎么办？", None),
     t("中午我先给您开个二十G的临时流量包，免费，开热点给点单系统用。断网这两天的月租也给您减免。"),
     c("那还差不多。五点前一定要来哈。", None),
     t("一定。师傅出发前打您电话，我工号三零七，有问题报工号找我。")],
    [o, t("您先别激动好吗？请问您确定是宽带断了，不是您自己路由器没插好？"),
     c("我插了拔拔了插，搞了十几遍了！", None),
     t("嗯，那您能具体描述一下吗？您是不是欠费了自己都不知道？"),
     c("我上个月刚交的钱！你查都不查就说我？", None),
     t("我只是确认一下。您这么大声，问题也不会解决得更快，对吧？"),
     c("我要投诉你，你工号多少？", None),
     t("我们有规定的。请问您对这次通话还有什么其他诉求吗？"),
     c("叫你们领导接电话！", None)]))

o = c("你好，我妈今天出院，收费处说她的医保不能直接结，要全自费，这是怎么回事？", None)
P.append(gpair("zhb36g_tongren_hospital_insurance_claim", "county hospital service desk, Tongren, Guizhou", "not_my_department_or_read_the_terms",
    "A son is told his mother's out-of-province insurance cannot be settled at discharge.",
    [o, t("您好，别急，我帮您弄清楚。阿姨的医保是在哪里参保的？"),
     c("在东莞，她跟我在那边住了几年，这次回老家生的病。", None),
     t("那是异地就医，没做备案系统就结不了。现在可以在手机上补办备案，办好当天就能按医保结。我陪您弄。"),
     c("我不太会弄那个，要弄好久？", None),
     t("一般十几分钟。您把阿姨身份证给我，我一步步带您填，办好我打电话给收费处，您再去结。"),
     c("好，那麻烦你了。", None)],
    [o, t("您好，理解您的心情。请问是什么情况呢？"),
     c("她医保是在东莞买的，这次回老家生的病。", None),
     t("我听到的是您想问医保的事，对吗？不过医保结算归收费处管，我们服务台管不了哦。"),
     c("收费处叫我来找你们的噻！", None),
     t("那您可以打东莞医保局电话问。异地政策文件上都写了，您回去仔细看一下。"),
     c("我妈还在床上等着出院，你叫我现在去看文件？", None),
     t("这个规定也不是我们医院定的。还有别的能帮您的吗？"),
     c("你们这是踢皮球！我找院长去。", None)]))

o = c("老板，我那二十亩芒果苗，坡地，浇水累得很，你们这个滴灌要搞好多钱？", None)
P.append(gpair("zhb36g_baise_mango_drip_irrigation", "irrigation equipment dealer, Baise, Guangxi", "social_proof_or_deadline_pressure",
    "A mango farmer asks about drip irrigation for 20 mu of young trees on a slope.",
    [o, t("坡地拉管浇水确实累。水源在哪？山顶有水池还是从下面抽？"),
     c("山脚有口塘，用抽水机抽上去。", None),
     t("那要配加压泵和过滤器，二十亩全装一万六左右，农机补贴能报三成左右。您今年资金怎么样？"),
     c("今年刚种下去，还没收成，手头紧哦。", "no_money"),
     t("那分两步：今年先装最陡的八亩，六千多，明年挂果再装剩下的。我先去地里看，看地不收钱。"),
     c("那也行，你哪天来看嘛？", None),
     t("后天上午，我先打电话给您。")],
    [o, t("老板您不知道吗？田东那边种芒果的十户有八户装了我们的滴灌，就差您了！"),
     c("我就想先问下价钱，手头紧。", "no_money"),
     t("理解您的需求！这个月底补贴就截止了，过了这个月一分都不补，今天不定就亏大了。"),
     c("补贴截止？我听村里讲全年都有的嘛。", None),
     t("今年政策变了。而且工程队只剩最后一个档期，隔壁村已经抢走两个了。"),
     c("你说得这么急，我更要回去问下村干部。", "think_it_over"),
     t("那您问完要快点，明天就没名额了哦。"),
     c("没有就算了嘛。", "brush_off")]))

o = c("你好还车十天了押金三千还没退", None)
P.append(gpair("zhb36g_haikou_car_rental_deposit_chat", "car rental WeChat service, Haikou, Hainan", "keyword_stuffed",
    "A tourist's 3,000-yuan deposit has not come back ten days after returning the car.",
    [o, t("您好，抱歉让您等了。麻烦发下订单号或者租车人手机尾号，我马上查。"),
     c("尾号六六八二", None),
     t("查到了。车辆押金一千还车当天已退；另外两千是违章押金，要等三十天确认没违章才退。您看到的三千是两笔合起来的。"),
     c("我以为是一起的当时没人说", None),
     t("是店员没讲清楚，抱歉。一千已经原路退到您信用卡，您查一下。两千我登记了，二十号自动退，到时微信通知您。"),
     c("好吧那我等着", None)],
    [o, t("亲，非常感谢您的反馈！我们非常重视每一位用户的体验和感受，您的满意就是我们成功的关键！"),
     c("我就问押金什么时候退", None),
     t("完全理解您的需求！我们一直致力于与客户建立长期信任的关系，您的每一份感受我们都非常在乎哦～"),
     c("所以到底什么时候退", None),
     t("我能感受到您的着急！我们会全力以赴打造更好的服务体验，请问您还有什么其他需求吗？"),
     c("上次租你们家就扯皮这次又这样以后不租了", "bad_experience")]))

o = c("老板，我这个屏碎了，换个屏要好多钱哦？值不值得换？", None)
P.append(gpair("zhb36g_nanning_phone_screen_repair", "phone repair shop, Nanning, Guangxi", "rude",
    "A student asks whether a phone with a cracked screen is worth repairing.",
    [o, t("我看下。外屏碎了，显示和触摸还正常吗？"),
     c("显示正常的，就是划上去有点割手。", None),
     t("那只是外屏碎，内屏好的。换原装总成六百五，只换外屏两百二，效果差一点但用着没问题。机子用几年了？"),
     c("两年多了。我是学生，六百多有点舍不得。", "too_expensive"),
     t("两年多的机子，换外屏就够了。先给你贴张膜挡一下，不割手，免费的，想好了再来换。"),
     c("好嘞，那就换外屏，两百二。", None)],
    [o, t("这还用问？碎成这样，你说值不值？"),
     c("我就是问下嘛，换屏好多钱？", None),
     t("六百五。墙上价目表写着的，不会自己看啊？"),
     c("六百多哦，有没有便宜点的办法？", "too_expensive"),
     t("便宜的？那你去买个新手机嘛。学生仔就是事多，我忙得很。"),
     c("……那我不修了。", None),
     t("不修就不修，下一位。")]))

o = c("喂你好，我想订你们五一的房间，我们带个两岁的娃娃，想先问几个问题。", None)
a = c("娃娃花生过敏，你们早餐是自己做的嘛？还有房间要爬楼梯不？", None)
P.append(gpair("zhb36g_libo_homestay_toddler_allergy", "homestay near Xiaoqikong, Libo, Guizhou", "ignored_customer",
    "A mother travelling with a toddler with a peanut allergy asks about food and stairs.",
    [o, t("好的，您问嘛。"), a,
     t("早餐是厨房自己做的，平时会用花生油、放花生碎。您住的那几天我跟厨师讲好，您家早餐单独用菜籽油、不放花生，餐具单独洗。一楼有两间房，推车进出方便。"),
     c("那太好了。一楼的好多钱？", None),
     t("五一期间一楼家庭房四百八一晚，带一张小床，不另收钱。您住几晚？"),
     c("两晚。价钱是有点高哦，不过你讲得清楚，就定了嘛。", "too_expensive"),
     t("好的，两晚九百六，收款码发您微信，备注里我写上花生过敏。")],
    [o, t("好的好的，您请说，我们一定认真倾听您的需求。"), a,
     t("明白！我们早餐很丰盛，有贵州特色的花生米拌折耳根，还有糍粑，客人都说好吃。"),
     c("我说了娃娃花生过敏哦。", None),
     t("好的。我们房间在三楼，视野最好，能看到整个山谷，推荐给您。"),
     c("三楼？我推个推车怎么上去嘛？", None),
     t("理解！那我给您下单三楼景观房，五一五百八一晚，可以吗？"),
     c("你根本没听我讲，我订别家。", None)]))

o = c("哎小伙子你好呀，我们哈尔滨来的，过冬来了，想去分界洲岛浮潜，我游泳不太行，能去不？", None)
P.append(gpair("zhb36g_lingshui_snorkel_trip", "dive and island-boat operator, Lingshui, Hainan", "repeated_questions",
    "A chatty retired teacher from Harbin who swims poorly asks whether snorkelling is safe for her.",
    [o, t("阿姨好！不太会游泳也能浮潜，穿救生衣，教练一对一拉着。阿姨身体怎么样，有没有高血压、心脏方面的问题？"),
     c("血压有点高，吃着药呢，控制得挺好。我这人就是胆大，哈哈。", None),
     t("控制得好一般可以，出海那天早上量一下，高压过一百六就别下水，岛上看海也好玩。浮潜套餐三百九八，含船票和教练。"),
     c("三百九八啊？我们老姐妹说网上三百二就有。", "too_expensive"),
     t("网上那种一般几个人一个教练。您游泳不太行，一对一更稳当。要是觉得一对多也行，我也有三百二的。"),
     c("那还是一对一吧，安全第一！下礼拜二我们老两口都去。", None)],
    [o, t("阿姨好！请问您这次出行最期待什么样的体验呢？"),
     c("就想下海看看鱼呀，可我游泳不太行。", None),
     t("明白。那您对这次浮潜有什么期待呢？"),
     c("我刚说了嘛，看看鱼，就是怕游泳不行。", None),
     t("好的。那您希望在岛上获得怎样的感受呢？"),
     c("哎哟你这小伙子，咋总问一样的？我游泳不行能不能去？", None),
     t("理解！我再确认一下，您这次最想体验的是什么呢？"),
     c("行了行了，我还有事，先不问了。", "brush_off")]))

o = c("你好，我开网店的，想卖你们的油辣椒，能不能一件代发？", None)
a = c("一个月两百瓶左右，江浙那边的客人多，喜欢不太辣的。", None)
P.append(gpair("zhb36g_guiyang_chili_sauce_online_shop", "chili sauce producer, Guiyang, Guizhou, B2B", "wrong_paraphrase",
    "An online shop owner selling about 200 jars a month asks a chili sauce factory about drop-shipping.",
    [o, t("可以的。您店里一个月大概卖多少？主要是哪里的客人？"), a,
     t("两百瓶、江浙客人、偏不辣。我们有款香辣微辣的，代发十四一瓶，含包装快递，江浙三天到。玻璃瓶用加厚泡沫箱，碎了包赔。"),
     c("之前找过一家代发，碎瓶碎得我差评一大堆。", "bad_experience"),
     t("那确实伤店铺。您先下十单，发给认识的人，看包装怎么样，再决定上不上架。"),
     c("可以，我先拿十单试一下。", None)],
    [o, t("您好！能分享一下您网店的经营情况吗？"), a,
     t("我听到的是，您一个月要走两千瓶，主打特辣款，对吗？"),
     c("不是，两百瓶，客人喜欢不太辣的。", None),
     t("明白！所以您打算做我们的区域总代理，首批进货五百箱，我理解得对吧？"),
     c("我什么时候说要当总代了？五百箱我哪里压得起货。", "no_money"),
     t("好的，总结一下：您想要总代的价格，又想先压一批货，我让经理给您出合同。"),
     c("你讲的都不是我讲的，算了。", None)]))

o = c("医生医生，我女儿发烧三十九度五，下午到现在都没退，我要买哪样药？", None)
P.append(gpair("zhb36g_hechi_pharmacy_child_fever", "pharmacy, Hechi, Guangxi", "pitch_to_upset",
    "Late at night a frightened mother rushes in: her three-year-old has had a high fever since the afternoon.",
    [o, t("您先别慌。孩子几岁？多重？下午到现在吃过退烧药没有？"),
     c("三岁，三十斤左右。下午吃了一次布洛芬，退了一会又烧起来了。", None),
     t("布洛芬要隔六到八个钟头。几点吃的？孩子现在精神怎么样，有没有抽筋、喘得急？"),
     c("三点吃的，现在十点了。精神还可以，就是没胃口，不抽筋。", None),
     t("隔七个钟头了，可以按体重再吃一次，五毫升，我给您在量杯上标好。多喝水。要是精神变差、抽筋，直接去医院急诊，不要等。"),
     c("好，好，谢谢你。家里布洛芬快吃完了，再拿一瓶。", None),
     t("好的，这瓶二十八。")],
    [o, t("我理解您的焦虑，孩子生病家长最着急了。请问宝宝平时抵抗力怎么样？"),
     c("我哪里晓得嘛，现在就是要退烧！", None),
     t("明白您的需求。经常发烧就是免疫力差，这款儿童乳铁蛋白，好多妈妈买了孩子一年都不发烧，一盒三百六。"),
     c("我现在不要这个，我要退烧药！", "no_need"),
     t("退烧药治标不治本的哦，今天买两盒还送电子体温计，您看要不要带上？"),
     c("你到底卖不卖退烧药？不卖我去别家。", None)]))

o = c("师傅，前天才在你这保养的，今天链条就断了，我推了三公里推过来的。", None)
P.append(gpair("zhb36g_bijie_motorcycle_chain_after_service", "motorcycle repair shop, Bijie, Guizhou", "blame",
    "A farmer's chain snapped two days after a service; he pushed the bike three kilometres back.",
    [o, t("哎呀，推三公里，辛苦了。前天是我们调的链条，我看下。"),
     c("你看嘛，就在半坡上断的，还好没摔倒。", None),
     t("看到了，是接头卡扣没卡到位，是我们装的问题，对不住。新链条我给您换，不收钱。人没摔到吧？"),
     c("人没事。要等好久？我下午还要拉菜去赶场。", None),
     t("二十分钟就好。您坐下喝口水，换好我再把刹车和胎压一起查一遍。"),
     c("要得要得，那我等一下。", None)],
    [o, t("我理解您的心情。请问这两天您是怎么骑的呢？"),
     c("就正常骑啊，拉点菜去赶场。", None),
     t("拉菜？拉了好多？超载了链条肯定受不了，这个不能怪保养吧？"),
     c("就两筐菜，以前都这么拉的。", None),
     t("那您是不是路上猛加油了？好多人就是起步太猛，链条才断的。"),
     c("我骑了二十年车，不晓得怎么骑？", None),
     t("那这样，换链条一百二，工时费算您半价，行吧？"),
     c("你们装坏了还要我出钱？不换了。", None)]))

PAIRS = P

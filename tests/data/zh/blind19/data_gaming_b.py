"""zh_blind19 gaming pairs, part b: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (2 each)."""
from common import c, gpair, t

P = []

o = c("你们这咋回事 手机上说我快递签收了 我压根没拿着", None)
P.append(gpair("zhb19g_lincheng_parcel", "courier station", "putdown_question",
    "Lincheng, Hebei: a villager at the town courier station; the app says his parcel was signed for but he never got it.",
    [o, t("您别急，单号或者取件码给我，我查签收记录。"),
     c("尾号3307 昨天下午显示签收的 是给我爹买的药", None),
     t("查到了，昨天四点十二用取件码取走的，我调下监控。……是个戴帽子的男的，您认识不？"),
     c("那是俺邻居二虎 他可能顺手给捎回去了 我问问", None),
     t("好，您先问。要不是他，回来我报平台理赔，药我先帮您联系卖家补发。"),
     c("行 我先打个电话", None)],
    [o, t("您先别激动，您是不是记性不太好，自己取了忘了？您说说，昨天都干啥了？"),
     c("我忘个啥 我昨天在地里一天 那是给我爹买的药", None),
     t("理解您的感受。可签收了就是签收了，是不是家里人拿了没告诉您？您这么大嗓门，是想解决问题还是想吵架？"),
     c("你这人咋说话呢 叫你们老板来", None),
     t("老板来了也一样。您冷静想想，取件码是不是自己发给谁了？"),
     c("行 我投诉去 我爹还等着吃药呢", None)]))

o = c("上礼拜刚在你们这换的刹车片 这两天一踩又吱吱叫 阿么回事", None)
P.append(gpair("zhb19g_qinan_brakes", "car repair garage", "putdown_question",
    "Qin'an, Gansu: a woman returns to a garage a week after new brake pads because the brakes squeal again.",
    [o, t("不好意思让您又跑一趟。是一踩就叫，还是早上凉车头几脚叫？"),
     c("早上头一脚叫得凶 跑一会儿好些", None),
     t("多半是消音片没装好，或者盘上有锈。我现在拆开看，十来分钟，不收钱。"),
     c("上回也说没问题 我都不敢信你们了", "bad_experience"),
     t("应该的。……右前消音片装歪了，是我们活没干好，重装好了，您踩两脚试试。"),
     c("嗯 不叫了 下回仔细些", None)],
    [o, t("大姐，您是不是刹车踩得太猛了？您具体说说，平时是怎么开车的？"),
     c("我开了十年车了 又不是新手", None),
     t("我理解您的心情。那您是不是图便宜没选原厂片，现在才来怪我们？"),
     c("片子是你们给推荐的 我又不懂", None),
     t("好吧，那您确定是刹车在叫？会不会是您听错了，别的地方响？"),
     c("听错？你上来坐坐 以后再也不来你们这了", None)]))

o = c("你好 我爸在西安做的手术 没有直接结算 这票子在哪报", None)
P.append(gpair("zhb19g_yuncheng_offsiteclaim", "county medical-insurance hall", "not_my_department_or_read_the_terms",
    "Linyi County (Yuncheng), Shanxi: a son wants to claim his father's surgery bill from a Xi'an hospital that was not settled directly.",
    [o, t("您好。手术前办没办异地就医备案？几号住的院？"),
     c("没办 急诊送过去的 哪顾得上 三月五号住的", None),
     t("急诊可以补备案，出院半年内都行。要出院小结、费用清单、发票原件、身份证、医保卡。您今天带了哪些？"),
     c("发票跟身份证带了 清单没有 还得跑趟西安？", None),
     t("不用跑，清单医院能寄，我把他们医保办电话写给您。齐了直接来三号窗口，当场受理，二十个工作日到卡上。"),
     c("那好 我先打电话要清单", None)],
    [o, t("我非常理解您的感受。不过异地的不归我们窗口管，您去二楼问问吧。"),
     c("二楼说让我下一楼来的 到底谁管", None),
     t("我明白您的需求。政策不是我定的，您看墙上公告，条款写得清清楚楚。"),
     c("那字那么小 我爸还在家躺着 我一趟一趟跑", None),
     t("这个我也没办法，规定就是规定。您还有其他需要帮助的吗？"),
     c("你们这是踢皮球 我打12345去", None)]))

o = c("你们上个月给我装的空调 内机往下滴水 沙发都湿了 赶紧派人来看看", None)
P.append(gpair("zhb19g_korla_aircon", "appliance shop", "not_my_department_or_read_the_terms",
    "Korla, Xinjiang: a customer messages the shop that sold and installed her air conditioner; the indoor unit drips onto the sofa.",
    [o, t("对不起！先关空调，沙发挪开。是一开就滴，还是开一两个钟头才滴？"),
     c("开一会儿就滴 一滴一滴的", None),
     t("多半是排水管坡度不对或者折了，是我们装的问题。今天下午四点师傅能到，您在家吗？"),
     c("四点我要接巴郎子 五点以后行不行", "no_time"),
     t("五点半，我让师傅直接过去。沙发要是泡坏了，拍照发我，一起处理。"),
     c("行 五点半 让他别迟了", None)],
    [o, t("您好，很理解您的困扰。不过漏水属于售后，不归我们门店，您打厂家400电话吧。"),
     c("我在你们店买的 你们店装的 咋就不归你们", None),
     t("我明白您的需求。我们条款第六条写了，安装后的问题由厂家负责，买的时候您签过字的，可以看看。"),
     c("谁买空调看那个 我沙发都泡了", None),
     t("这个确实不是我能决定的。您对我们的服务还有什么建议吗？"),
     c("建议就是以后不在你们这买了", None)]))

o = c("脱毒种薯今年阿么个价 我想换一下 自己留的种退化了", None)
P.append(gpair("zhb19g_dingxi_seedpotato", "seed-potato dealer", "social_proof_or_deadline_pressure",
    "Dingxi, Gansu: a potato farmer asks a seed dealer about virus-free seed potatoes for next spring.",
    [o, t("您种多少亩？自己留了几年了？今年一亩掉了多少？"),
     c("十五亩 留了三年 今年一亩少了一千来斤", None),
     t("三年是该换了。原种一斤一块六，一亩三百斤。您全换，还是先换一部分看看？"),
     c("全换得七千多 手头有点紧", "no_money"),
     t("那先换五亩原种，剩下的用一代种，一块一。开春前交货，定金交两成就行。"),
     c("那我回去算算 年前给你回话", "think_it_over")],
    [o, t("您好！今年你们村老王、老李、马家都在我这订了，就差您家了，大家都说好。"),
     c("他们订他们的 我先问个价", None),
     t("一块六，这价只到今天下午五点，明天就一块九，库里也就剩二十吨了，您要多少？"),
     c("十五亩全换得七千多 拿不出来", "no_money"),
     t("全村都换了就您家不换，到时候产量差一截，多不好看？现在交定金就锁价。"),
     c("我再想想 过两天说", "think_it_over")]))

o = c("你好 额刚高考完 暑假想学个驾照 开学前能拿下来不", None)
P.append(gpair("zhb19g_jingbian_drivingschool", "driving school", "social_proof_or_deadline_pressure",
    "Jingbian, Shaanxi: a school-leaver asks a driving school on WeChat about a licence over the summer.",
    [o, t("你好！几号开学？每天能练多久？"),
     c("九月五号开学 白天都有空", None),
     t("顺利的话两个多月够，科一自己刷题，科二科三每天练两钟头。考试要排号，我不敢打包票开学前一定考完。"),
     c("要是考不完 开学了阿么办", None),
     t("寒假回来接着考，学时不作废。你先跟家里商量，我发你一张时间表。"),
     c("行 我给我爸看下", "think_it_over")],
    [o, t("同学你好！你们班好多同学都在我们这报了，大家都说好。"),
     c("额班的谁 额咋不知道", None),
     t("这个不方便说哈。八月一号起涨五百，今天报还送科一VIP题库，名额就剩三个了。"),
     c("额还得问额爸 钱是他出", "think_it_over"),
     t("你爸肯定同意！大家都赶在涨价前报，你不报到时候排号排最后，开学都拿不下来。"),
     c("行了 你把价目表发额 额回去看", "brush_off")]))

o = c("喂 俺闺女腊月初八出门子 恁那有婚车跟主持人不", None)
P.append(gpair("zhb19g_yishui_weddingcars", "wedding company", "keyword_stuffed",
    "Yishui, Shandong: a bride's mother phones a wedding company about cars and an MC for the wedding day.",
    [o, t("有！初八车还有。要几辆？从哪接到哪，多远？"),
     c("男方要六辆 从俺村到县城 三十来里", None),
     t("六辆奥迪一千八，含油含司机。主持是在男方那边吧？这个得问男方定没定。"),
     c("主持男方管 俺就管车 一千八能便宜点不", "too_expensive"),
     t("路不远，一千六，头车扎花不另收。您跟男方对下几点出门，我好排车。"),
     c("中 俺问问他们几点", None)],
    [o, t("阿姨您好！我们非常重视每一位客户的体验，理解您的需求，就是我们成功的开始。"),
     c("俺就问有车没有 腊月初八", None),
     t("明白！我深深感受到您对女儿的爱，我们的理念是用心倾听、建立长期信任关系，满足您每一个需求。"),
     c("恁说这些俺听不懂 到底有没有车 多少钱", None),
     t("您的感受对我们很重要！我们会为您打造成功、难忘的体验。您对我们的沟通满意吗？"),
     c("不满意 俺找别家问去", None)]))

o = c("我给儿子寄点葡萄干核桃 上海 多少钱 几天能到", None)
P.append(gpair("zhb19g_shihezi_driedfruit", "courier station", "keyword_stuffed",
    "Shihezi, Xinjiang: a retired man wants to send dried fruit and walnuts to his son in Shanghai.",
    [o, t("叔叔您好，我称一下。……八斤。走快递四十二，四天左右；走快运二十六，六七天。"),
     c("他下礼拜三过生日 赶得上不", None),
     t("今天礼拜四，快递下周一二就到，赶得上。核桃我单独套个袋，免得压了葡萄干。"),
     c("四十二有点贵 不过赶生日 就快递吧", "too_expensive"),
     t("好，单号发您手机上，您转给儿子。"),
     c("我不会转 你给我写纸上", None)],
    [o, t("叔叔您好！我们非常注重您的寄件体验，理解您的需求，为您和儿子的亲情关系保驾护航！"),
     c("多少钱 几天到", None),
     t("好问题！客户的满意就是我们的成功，我们用心感受每位客户的需求，为您提供全方位解决方案。"),
     c("你说的是个撒 我问多少钱", None),
     t("理解您的感受！我们重视长期关系，价格一定让您满意。您对这次体验还有其他需求吗？"),
     c("算了 我去邮局寄", None)]))

o = c("师傅 俺这三轮 跑半道就没电了 以前能跑个来回", None)
P.append(gpair("zhb19g_gucheng_battery", "electric-vehicle repair shop", "rude",
    "Gucheng, Hebei: an older farmer's electric tricycle runs out of power halfway to the field.",
    [o, t("大爷，电瓶用几年了？充一宿能充满不？"),
     c("三年多了 充一宿 灯显示满的", None),
     t("我测测……五块里有一块鼓包了，电掉得快。换一块一百八，全换七百。"),
     c("七百 忒贵了 换一块中不", "too_expensive"),
     t("换一块能用，就是新旧搭着，过半年可能还得换。您先换一块，不中再说。"),
     c("中 先换一块", None)],
    [o, t("电瓶用几年了？快点说，后边还排着呢。"),
     c("三年多了吧 俺记不清了", None),
     t("三年多还问啥，早该换了。这都不懂？全换七百，换不换？"),
     c("七百 俺寻思换一块中不", "too_expensive"),
     t("换一块？那您回去慢慢寻思吧，别耽误我干活。"),
     c("恁这人 俺去别家", None)]))

o = c("你好 我老汉糖尿病 听说能办个慢病 看门诊能报 咋办呢", None)
P.append(gpair("zhb19g_aksu_chronic", "county medical-insurance window", "rude",
    "Aksu, Xinjiang: a farmer's wife asks the medical-insurance window how to register her husband's diabetes for outpatient cover.",
    [o, t("能办。他在县医院看过没有？有没有住院记录、化验单？"),
     c("去年在县医院住过一回 单子在家放着", None),
     t("那带出院小结、最近半年化验单、身份证、医保卡来，填这张表，我先给您。审核过了下个月起就能报。"),
     c("他本人要来吗 这两天在地里打药呢", None),
     t("不用本人来，您带齐材料代办就行。"),
     c("那好 我明天拿来", None)],
    [o, t("啥慢病？说清楚。后面排着一串呢。"),
     c("糖尿病 我老汉的 门诊能报不", None),
     t("能不能报你看墙上啊，字那么大。材料呢？啥都没带就来问？"),
     c("我就是先来问一下嘛 我不识几个字", None),
     t("不识字让识字的来。下一个！"),
     c("你们这态度 我找你们领导", None)]))

PAIRS = P

"""zhb36 ranked pairs d01-d10 (better / worse, both decent)."""
from common import c, rpair, t

P = []

o = c("你好，我想买块表，给我爸过六十大寿，五千左右。", None)
P.append(rpair("zhb36r_d01_sanya_dutyfree_watch_gift",
    "Sanya duty-free watch counter: a man wants a watch around 5,000 yuan for his father's 60th birthday.",
    [o, t("好的，六十大寿，有心了。叔叔平时戴表吗？平时喜欢做什么？"),
     c("他退休了天天去钓鱼。以前给他买过一块，嫌重，戴两天就丢抽屉了，我怕又白买。", "bad_experience"),
     t("天天钓鱼的话，防水要好、表要轻。这款四千六，一百米防水，夜光大数字，钛壳比钢的轻一半，戴着不累。"),
     c("这个样子有点普通哦，够不够体面？", None),
     t("还有款四千九的，多了金色表圈，看着正式些，防水一样。您拍照发给家里人看看，哪个叔叔会更喜欢。"),
     c("我发给我姐看下……她说金圈那个好，就这个吧。", None)],
    [o, t("好的，五千左右这几款都在范围内，最受欢迎的是这款四千九的，金色表圈，很大气。"),
     c("嗯，是好看。防水怎么样？他喜欢钓鱼。", None),
     t("一百米防水，没问题。这款卖得很好，送长辈很合适。"),
     c("那行，还有别的款式吗？", None),
     t("还有这款四千六的，钢色的，低调一些。您看喜欢哪个？"),
     c("还是拿金圈那个吧。", None)]))

o = c("老板，我想买点茶送领导，拿得出手的那种，都匀毛尖哪种好？", None)
p = c("三百六哦，我预算就三百左右，有点超了。", "too_expensive")
P.append(rpair("zhb36r_d02_duyun_tea_gift_for_boss",
    "Duyun tea shop: a young office worker wants a gift of tea for her new boss, who comes from Fujian.",
    [o, t("送领导的话，想问下领导是哪里人？平时喝什么茶？"),
     c("他是福建来的，听说平时喝岩茶，我也不太懂。", None),
     t("喝岩茶的人口味重，毛尖清淡，不一定喝得惯，但送本地特色是份心意。可以选明前特级两罐一百克，三百六，附张泡法卡，写明八十度水，不用滚水。"), p,
     t("那就一罐装配礼盒，两百二，反而显精致。茶好、泡法对，量多量少领导不会在意。"),
     c("嗯有道理，那就拿一罐的。", None)],
    [o, t("送领导推荐明前特级，两罐一百克，三百六，礼盒很有面子。"), p,
     t("那就一罐装配礼盒，两百二，茶是一样的。"),
     c("那好。他是福建人，喝得惯不？", None),
     t("我们这茶好喝，福建客人也常来买。"),
     c("好吧，那拿一罐的。", None)]))

o = c("喂，你好，我们一家七口，要租个车环岛六天，有七座的吗？", None)
P.append(rpair("zhb36r_d03_haikou_car_rental_family",
    "Haikou car rental by phone: a family of seven with grandparents and a baby want a car for six days.",
    [o, t("有的。七个人里有老人小孩吗？行李大概几个箱子？"),
     c("有两个老人，一个一岁的娃娃，四个大箱子。", None),
     t("普通七座坐满人，后备厢只放得下两个箱子；一岁的娃娃还要装安全座椅。建议商务车，后备厢大，六天两千八，座椅免费装好。"),
     c("两千八比七座的贵好多哦。", "too_expensive"),
     t("七座的一千九，差九百。但箱子放不下就得再叫台车，或者有人一路抱着箱子。您跟家里商量下，明天前回我都有车。"),
     c("算了，就商务车，老人坐着也舒服点。", None)],
    [o, t("有的，七座的六天一千九，商务车两千八，您要哪种？"),
     c("七座的就行嘛，便宜点。", None),
     t("好的。几个行李箱？"),
     c("四个大的，还有个娃娃。", None),
     t("那七座后备厢可能放不太下，您要不要考虑商务车？儿童座椅五十一天。"),
     c("那就商务车吧，座椅也要一个。", None)]))

o = c("妹仔，我想买个电动车，去市场买菜用，我从来没骑过哦。", None)
P.append(rpair("zhb36r_d04_yulin_ebike_first_time_rider",
    "Yulin e-bike shop: a woman in her sixties who has never ridden an e-bike wants one for the morning market.",
    [o, t("阿姨好！没骑过也不怕。您以前骑单车吗？家里离市场多远，路上有没有大坡？"),
     c("单车骑了几十年，市场两公里，有段坡，不陡。", None),
     t("会骑单车就好学。您不要跑得快的，这款轻便车座位低，最高二十五公里，带菜篮，两千三。您坐上去看脚踩不踩得到地。"),
     c("嗯，踩得到，稳当。就是两千三贵了点。", "too_expensive"),
     t("也有一千八的，但座位高些、不能倒车。您要在楼下挪车，两千三的轻松点。您再坐下那款对比一下。"),
     c("不坐了，就这款，脚踩得到最要紧。", None)],
    [o, t("阿姨好！买菜用的话，这款两千三的最合适，轻便，带菜篮。"),
     c("我从来没骑过电动车，好不好学哦？", None),
     t("好学的，跟单车差不多，好多阿姨都买这款。"),
     c("两千三贵了点。", "too_expensive"),
     t("还有一千八的，不过我觉得两千三的更好用，能倒车。"),
     c("那就两千三的嘛。", None)]))

o = c("喂，我想挂个号，我老婆肚子痛，挂哪个科？", None)
P.append(rpair("zhb36r_d05_qianxinan_hospital_booking_line",
    "County hospital appointment line, Qianxinan, Guizhou: a man asks which department to book for his wife's stomach pain.",
    [o, t("好，我帮您看挂哪个科。肚子哪个位置痛？痛多久了？有没有发烧、呕吐？"),
     c("右下边痛，昨晚开始的，有点发烧，吐了一次。", None),
     t("右下腹痛加发烧呕吐，不要等预约了，建议现在直接来急诊，不用挂号，到了找急诊分诊台。"),
     c("这么严重哦？我今天走不开，想着明天上午再来。", "no_time"),
     t("我不是医生，不能说一定是什么，但这几样合在一起，医生都会建议尽早看，拖到明天万一加重就麻烦了。您现在能送她过来吗？要不要叫一二零？"),
     c("那我自己开车送她，二十分钟到。", None),
     t("好，直接去一楼急诊，路上先别让她吃东西。")],
    [o, t("肚子痛挂消化内科，明天上午还有号，给您挂吗？"),
     c("好，明天上午吧。她有点发烧，还吐了一次。", None),
     t("发烧呕吐的话，很难受也可以直接来急诊哦。"),
     c("她说还忍得住，那就明天上午嘛。", None),
     t("好的，明天上午九点，消化内科二诊室，带好身份证。"),
     c("好嘞，谢谢。", None)]))

o = c("你好，我想升级千兆宽带，跟客户开视频会老是卡。", None)
P.append(rpair("zhb36r_d06_guiyang_broadband_video_calls",
    "Guiyang broadband shop: a freelance designer wants gigabit because clients say his video freezes.",
    [o, t("可以升级。先问下，卡的时候是您看别人卡，还是别人看您卡？用网线还是无线？"),
     c("主要是客户说我这边卡，画面一顿一顿的。用的无线。", None),
     t("别人看您卡，多半是上传或者无线信号的问题。千兆的上传五十兆，您现在是三十兆，差得不多。电脑离路由器远吗？能不能拉根网线？"),
     c("隔一个房间。网线倒是可以拉。", None),
     t("那先拉网线试一周，网线我送您。接上还卡，再来升级千兆，当天就能办。"),
     c("行，先试网线，不行再来找你。", None)],
    [o, t("可以的，千兆套餐一百六十九一个月，比您现在多五十，速度快三倍多，开会会顺畅很多。"),
     c("多五十哦，有点贵。真的会好吗？", "too_expensive"),
     t("一般都会好很多。用无线的话建议配个千兆路由器，我们送一个。"),
     c("那好嘛，试一下。", None),
     t("好的，明天师傅上门给您换设备。"),
     c("好，明天下午我在家。", None)]))

o = c("老板你好想订两晚涠洲岛的房结婚十周年", None)
P.append(rpair("zhb36r_d07_beihai_homestay_anniversary",
    "Weizhou Island homestay, Beihai, on WeChat: a husband books two nights for a tenth anniversary; his wife gets seasick.",
    [o, t("恭喜恭喜！十周年很有意义。两位这次最想怎么过？看海拍照，还是安静休息？"),
     c("她喜欢看日落拍照不过她上次坐船吐惨了说再也不坐船", "bad_experience"),
     t("晕船要注意，北海过来船程一个多小时。建议订上午九点半的大船，稳一些，上船前半小时吃晕船药。我们西边有间房阳台正对日落，两晚九百六。"),
     c("有点贵能不能便宜点", "too_expensive"),
     t("旺季价格实在让不了。不过房间我给您布置一下鲜花和蛋糕，不另收钱，算我们送的周年礼物。"),
     c("那好就订这间", None)],
    [o, t("恭喜！我们有海景房两晚九百六，标准房两晚六百。"),
     c("她喜欢看日落", None),
     t("那海景房好，能看日落。要帮您订船票吗？"),
     c("要的不过她上次坐船吐惨了有点怕", "bad_experience"),
     t("那订上午的大船吧，稳一点。海景房两晚九百六，给您下单？"),
     c("好的", None)]))

o = c("你又来了哦，我跟你讲了，我那个辣椒酱用得好好的，不换。", "no_need")
P.append(rpair("zhb36r_d08_guilin_noodle_shop_backup_supply",
    "Guilin rice-noodle shop: a chili sauce rep calls again on an owner who is happy with her supplier.",
    [o, t("晓得，用得好就不用换。我今天不推销，就想问下，您现在那家有没有哪里不太顺心的？"),
     c("满意是满意，就是有时候送货晚，周末客人多，差点断货。", None),
     t("周末断货确实误生意。我不抢您的主供，您在我这放两桶做备用，断货时顶上，没用的话月底我原样拉走。"),
     c("放两桶不要钱？", None),
     t("用了才算钱，一桶一百一。周五我送过来？"),
     c("那要得嘛，放着也不碍事。", None)],
    [o, t("老板，我们家辣椒酱今年新配方，香得很，您试一下嘛，比您现在用的便宜五块一桶。"),
     c("便宜五块也不换，换了客人吃得出来。", "no_need"),
     t("那我留一小瓶样品，您有空尝一下。"),
     c("放那嘛，有空再说。", "brush_off"),
     t("好的，我下个月再来看您。"),
     c("嗯。", None)]))

o = c("你好，我有二十万定期到期了，隔壁老王说有种理财利息高，我也想买。", None)
P.append(rpair("zhb36r_d09_nanning_bank_retiree_savings",
    "Nanning bank branch: a retired teacher wants to move 200,000 yuan of maturing deposits into a higher-yield product.",
    [o, t("好的叔叔。先问下，这笔钱打算放多久？会不会临时要用，比如看病、帮孩子？"),
     c("要留一点看病的。老王说他那个一年有百分之四点几。", None),
     t("利息高的一般有波动，不保本，有时会亏一点。您要留钱看病，我建议分开：五万放随时能取的，十五万放三年期大额存单，保本，利率二点几。"),
     c("会亏哦？那高的那种我不买了，我这个年纪亏不起。", "no_need"),
     t("明白，那就存单加活期，最稳当。要不要跟家里说一声再来办？今天不办也没关系。"),
     c("不用，我自己定，就这么办。", None)],
    [o, t("好的叔叔，我们有款稳健理财，近一年年化四点一，二十万一年能多赚三千多。"),
     c("会不会亏？", None),
     t("风险等级二级，中低风险，历史上没怎么亏过，不过不保本。"),
     c("那我再想想，要留一点看病的，回去问下我女儿。", "think_it_over"),
     t("那可以一半买理财、一半存大额存单，兼顾一下。"),
     c("嗯，听着还行，我问了女儿再来办。", "think_it_over")]))

o = c("你好，我们有十五台车，想搞个派单系统，现在都在微信群里派，乱得很。", None)
P.append(rpair("zhb36r_d10_guiyang_delivery_dispatch_software",
    "Software vendor and a Guiyang delivery firm with 15 vans that dispatches orders in a WeChat group.",
    [o, t("好的。乱主要乱在哪？漏单、重复派，还是不知道车在哪？"),
     c("主要是漏单，群里消息一多司机就看不到。之前试过一个软件，司机嫌麻烦，一个月就没人用了。", "bad_experience"),
     t("那关键是每单有人接、司机愿意用。上回那个没人用，这个就得先试：拿三台车免费试两周，司机说好用再铺开。"),
     c("试用不要钱哦？正式用要好多？", None),
     t("十五台车一年九千。试完看漏单少没少，少了再谈，不行就停，不收钱。"),
     c("可以，下礼拜一开始试。", None)],
    [o, t("好的，我们系统功能很全：自动派单、定位、电子签收、报表，十五台车一年九千。"),
     c("九千还行。之前试过一个软件，司机都四五十岁，嫌麻烦没人用。", "bad_experience"),
     t("很简单，点一下就接单，我们可以上门培训一次。"),
     c("那你先发个资料给我看下。", "brush_off"),
     t("好的，今天发您微信，有问题随时问我。"),
     c("好。", None)]))

PAIRS = P

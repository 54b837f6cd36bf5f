from common import c, gpair, t

PAIRS = []

o = c("在吗 想买个路由器 家里三层楼 老人在一楼 wifi在三楼", None)
PAIRS.append(gpair("zhb45g_online_store_router_three_floors", "router brand online store chat", "ignored_customer",
    "A buyer needs WiFi to reach his parents on the ground floor of a three-storey house.",
    [o, t("在的～光猫装在三楼吗？楼板是水泥的吧？老人在一楼主要干嘛？"),
     c("光猫在三楼 水泥楼板 我爸妈就看电视 刷视频", None),
     t("隔两层水泥板单台很难穿。建议mesh组网，每层一只。楼梯间有网线吗？"),
     c("没网线 一套多少钱", None),
     t("没网线也能无线组网，三只装690左右。也可以先买两只装四百多，一楼三楼各一只，不够再加。"),
     c("那先两只的吧 不够再说", None)],
    [o, t("在的亲～请问您家多大面积？主要什么需求呢？"),
     c("三层 每层八十平 老人在一楼看电视 信号到不了", None),
     t("好的亲～推荐这款AX3000旗舰路由，信号超强，一台搞定全屋哦"),
     c("一台能穿两层水泥板吗 之前买过一个说是穿墙王 一楼照样没信号", "bad_experience"),
     t("亲放心哦～这款是今年爆款，好评率99%，下单送网线～还有其他需要吗？"),
     c("你根本没看我说啥 我问别家去", None)]))

o = c("喂，你好，我想约个试驾，就你们新出的那个SUV。", None)
PAIRS.append(gpair("zhb45g_showroom_phone_test_drive", "EV showroom, phone call, Xi'an", "repeated_questions",
    "A husband books a test drive for his wife, who is short and cares about the view from the seat.",
    [o, t("好的。您想约哪天？平时主要谁开？"),
     c("周六上午吧，主要我老婆开，她个子小，想看看视野。", None),
     t("那周六上午让她坐主驾，座椅升到最高看前方。要带儿童座椅来试装吗？"),
     c("要，孩子三岁。先说好啊，我们就是试试，不一定买。", "think_it_over"),
     t("没问题，试驾就是感受一下。周六十点，座椅我提前调好，地址短信发您。"),
     c("行，十点。", None)],
    [o, t("好的先生，请问您想什么时候来试驾呢？"),
     c("周六上午，我老婆开，她个子小想看视野。", None),
     t("明白。那请问您方便哪天过来体验呢？"),
     c("我刚说了周六上午啊。", None),
     t("好的好的。那平时主要是谁来驾驶这辆车呢？"),
     c("我老婆！你是不是没在听？", None),
     t("抱歉哈，我再确认下，您的时间大概是哪天？"),
     c("算了，周六也不一定有空，再说吧。", "brush_off")]))

o = c("我想给我爸妈家装个智能锁，他们老忘带钥匙。", None)
PAIRS.append(gpair("zhb45g_smart_lock_store_parents", "smart-home store, Tianjin", "wrong_paraphrase",
    "A son wants a smart lock for elderly parents who keep forgetting their keys.",
    [o, t("好的。老人家出门常带什么？手机、公交卡？指纹能录上吗？"),
     c("我爸手指头干活磨平了，指纹估计不行。公交卡倒是天天带。", None),
     t("那指纹不当主力。这款能用密码，也能录公交卡刷门；密码忘了，您手机上能远程发临时密码。"),
     c("远程这个好。不过要联网吧？我爸妈家没WiFi。", None),
     t("不联网也能刷卡、按密码，只是没有远程。没WiFi可以选不联网版，便宜两百。"),
     c("那就不联网的，周末能装吗？", None)],
    [o, t("好的，所以您想要的是一把带人脸识别的高端锁，对吧？"),
     c("我没说人脸啊，就是怕他们忘带钥匙。", None),
     t("明白，您刚才说老人指纹很好用，那我们主推指纹款。"),
     c("我啥时候说了？我爸指纹都磨没了。", None),
     t("对对，所以您需要能远程看门外的可视猫眼款，连家里WiFi，我理解得对吧？"),
     c("他们家根本没WiFi。越说越离谱，我再看看吧。", "brush_off")]))

o = c("你好……我老伴上个月走了，他那个手机号和家里宽带，想问问怎么销掉。", None)
PAIRS.append(gpair("zhb45g_telecom_hall_late_husband", "telecom business hall, Shenyang", "pitch_to_upset",
    "A widow comes to close her late husband's phone number and broadband.",
    [o, t("阿姨，节哀。这事我帮您办，您慢慢说。他的身份证和死亡证明带了吗？"),
     c("带了，都在这。号码里还有他跟孩子们的聊天，我舍不得……", None),
     t("明白，舍不得那些聊天。号码可以先不销，过户到您名下保留，每月最低8块。宽带家里还用的话也能过户给您。"),
     c("宽带孙子来了还要用。号码……就先留着吧。", None),
     t("好，两样都过户到您名下，资料我来填，您签字就行，二十分钟左右。"),
     c("谢谢你啊，姑娘。", None)],
    [o, t("阿姨节哀，我理解您现在的感受。那正好，您考虑办个亲情融合套餐吗？宽带加三张卡一个月才139。"),
     c("我……我就想把他的号销了。", None),
     t("明白，所以您需要更划算的家庭方案。现在办还送智能音箱，您一个人在家，跟它说说话也好。"),
     c("我一个老太太要那个干啥。", "no_need"),
     t("您先别急着拒绝，还送一台老人机……今天一起办了？"),
     c("你们怎么这样，人都走了还推销。叫你们经理来。", None)]))

o = c("这个笔记本触控板鼓起来了，按都按不下去，才买一年半。", None)
PAIRS.append(gpair("zhb45g_laptop_service_swollen_battery", "laptop brand service centre, Beijing", "blame",
    "A customer's laptop touchpad is being pushed up by a swollen battery.",
    [o, t("我看看……是电池鼓包把触控板顶起来了，有安全隐患，得马上停用。最近还在用吗？"),
     c("一直插着电用，我以为是触控板坏了。", None),
     t("先别插电了。整机保修过了，但电池保两年，在保内，免费换。换之前我帮您看看数据要不要备份。"),
     c("要几天啊？这周我天天要用，放不了。", "no_time"),
     t("有货的话两小时，您可以等，或者周末拿来。我先查库存。"),
     c("两小时可以，我在这等。", None)],
    [o, t("您好，我理解您的心情。您平时是不是一直插着电用？还放床上用？"),
     c("插着电用啊，不然呢？", None),
     t("那就是了，所以问题是您的使用习惯导致鼓包，对吧？长期插电，谁的电池都扛不住。"),
     c("说明书又没说不能插电用！", None),
     t("人为使用不当不在保修范围哦，换电池六百八。您对这个方案满意吗？"),
     c("明明是你们电池质量不行。我要投诉。", None)]))

o = c("我们是做同城配送的，想把二十台燃油面包车换成电的，先了解一下。", None)
PAIRS.append(gpair("zhb45g_commercial_ev_fleet_vans", "commercial EV dealer, B2B, Shenzhen", "monologue",
    "A delivery firm's fleet manager explores replacing twenty petrol vans with electric ones.",
    [o, t("好的。每台车一天跑多少公里？晚上停在哪？"),
     c("一天一百五到两百，晚上停宝安仓库，仓库能拉电。", None),
     t("最多两百、仓库能拉电，那续航三百的车就够，晚上慢充。现在每台油费一个月多少？"),
     c("一台三千多。但一次掏二十台的钱，今年预算真不够。", "no_money"),
     t("理解。不少车队先换三五台试跑，或者融资租赁，月租跟省下的油费差不多。我按三台试点算个账，您拿去跟老板谈？"),
     c("可以，按三台算，周五前发我。", None)],
    [o, t("明白您的需求！这款电动物流车载重一吨二，货箱六方，续航三百二，快充半小时到八成，还有车联网平台……"),
     c("嗯，那个，我们一天跑——", None),
     t("跑多少都不怕！电池终身质保，免费司机培训，深圳好几家大物流都在用，成功案例特别多……"),
     c("你先听我说，我们预算——", None),
     t("预算好说！所以您需要的就是全方位电动化解决方案。还有其他问题吗？我直接出二十台报价？"),
     c("不用了，资料发我邮箱吧，我们自己看。", "brush_off")]))

o = c("我这台开了四年的电车，想问问置换能估多少钱。", None)
PAIRS.append(gpair("zhb45g_dealer_used_ev_trade_in", "EV dealership, Changsha", "closing_as_open_question",
    "An owner wants a valuation of his four-year-old electric car before deciding anything.",
    [o, t("好的。跑了多少公里？电池健康度看过吗？出过险吗？"),
     c("八万公里，电池没查过，出过一次小剐蹭。", None),
     t("二手电车主要看电池，先做个检测，半小时左右，查完给您价，您再决定换不换。"),
     c("行。说实话我心里价是六万，低太多我就自己卖了。", None),
     t("明白，您心里价六万。评估单哪里扣钱都写清楚，您可以拿去别家比。"),
     c("好，那先测。", None)],
    [o, t("好的！请问您今天想换哪款新车呢？直接上旗舰款吗？"),
     c("我就先问问旧车能估多少。", None),
     t("理解～那如果估价让您满意，您今天什么情况下能签置换协议呢？"),
     c("估价都没出，签什么？", None),
     t("好问题！那您觉得多少钱今天就能定下来？新车想全款还是分期？"),
     c("我说了只是问问。估价发我，我回去比比。", "think_it_over")]))

o = c("我想问问，我这车电池质保到底保几年？网上说法都不一样。", None)
PAIRS.append(gpair("zhb45g_service_centre_battery_warranty", "EV service centre, Chongqing", "pitch_as_paraphrase",
    "An owner asks what the battery warranty on his car actually covers.",
    [o, t("我帮您查。车是哪年买的？首任车主吗？"),
     c("2021年买的，首任。就怕过几年电池衰减了要自己掏钱换。", None),
     t("查到了，首任车主电池终身质保，条件是每年在店里检测一次。去年那次做了吗？"),
     c("去年忙，没来……这是不是就不保了？", None),
     t("漏一次可以补检，检测正常就不影响。今天顺便补做？半小时。"),
     c("今天真没空，下周六吧。", "no_time")],
    [o, t("明白，所以您需要的是我们的“电池无忧”延保，八年不限里程，六千八，对吗？"),
     c("不是，我问原来的质保保几年。", None),
     t("对，所以您的意思是担心原厂质保不够，想升级“无忧尊享版”，我理解得对吧？"),
     c("我没说要升级。原厂保多久你先告诉我。", None),
     t("原厂条件很多的。您真正要的是省心，那六千八的套餐就是为您设计的。"),
     c("我不需要什么延保，原厂的够用了。", "no_need")]))

o = c("你好，我今天来提车，约的下午两点。", None)
PAIRS.append(gpair("zhb45g_delivery_centre_handover", "EV delivery centre, Suzhou", "upsell_as_loop_closing",
    "A buyer arrives to collect her new electric car.",
    [o, t("恭喜！车准备好了。交车前您有什么特别想确认的吗？"),
     c("嗯，想先看看漆面，还有家充桩什么时候来装？", None),
     t("漆面我们一起在灯下看一圈。充电桩勘测约在周四上午，您方便在家吗？"),
     c("周四上午要上班，能改周末吗？", "no_time"),
     t("可以，改到周六上午，确认短信待会儿发您。车机和App我也教您绑好。"),
     c("好，谢谢。", None)],
    [o, t("恭喜提车！为了让您的用车体验更完整，还需要帮您加点什么吗？隐形车衣现在八千八。"),
     c("车衣不用了，日常开开而已。", "no_need"),
     t("明白～那再确认下有没有遗漏：全车脚垫、后备箱垫、香薰，一套一千二？"),
     c("买车时说送脚垫的啊。", None),
     t("送的是基础款哈。最后问下还有什么能帮您的？延保三年四千五，很多车主都加了。"),
     c("行了行了，啥都不加，我验完车就走，还要接孩子。", "no_need")]))

o = c("你好，我想买个扫地机器人，家里两只猫，掉毛特别厉害。", None)
PAIRS.append(gpair("zhb45g_electronics_mall_robot_vacuum", "electronics mall, Suzhou", "leading_tag_questions",
    "A cat owner shops for a robot vacuum for a flat with a door threshold.",
    [o, t("两只猫掉毛确实头疼。家里是地板还是地毯？有门槛吗？"),
     c("木地板，卧室门口有个两厘米的门槛。对了，猫会不会被吓到？", None),
     t("这款能越两厘米，胶刷不缠毛。猫一开始多半会躲，几天就习惯，可以先在您在家时扫。"),
     c("多少钱？看有的要四五千，有点下不去手。", "too_expensive"),
     t("这款两千三，不带自动集尘，猫毛多就每天倒一次尘盒。嫌麻烦再看带集尘的，三千五。"),
     c("那两千三的吧，勤倒倒就行。", None)],
    [o, t("养猫的话，您肯定要自动集尘、洗拖一体的旗舰款吧？最省心，对不对？"),
     c("那个多少钱？", None),
     t("五千九。猫毛那么多，您总不想天天自己倒垃圾吧，是不是？"),
     c("倒个垃圾也没啥。五千九太贵了。", "too_expensive"),
     t("一步到位嘛，您也不想过两年再买一台吧？您家也不差这点钱，对吧？"),
     c("我家还真差这点钱。我去别家看看。", "no_money")]))

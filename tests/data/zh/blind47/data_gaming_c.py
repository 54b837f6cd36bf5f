"""zhb47 gaming pairs, part c: ignored_customer, repeated_questions, wrong_paraphrase, pitch_to_upset, blame."""
from common import c, gpair, t

PAIRS = []

o = c("恁这冷库存蒜咋收费？俺有二十来吨，想放到明年开春。", None)
PAIRS.append(gpair(
    "zhb47g_qixian_garlic_coldstore", "garlic cold store, Qixian (Henan)", "ignored_customer",
    "A garlic grower wants winter storage; a power cut at another store sprouted his garlic.",
    [o,
     t("一吨一个月六十，到开春大概三百六一吨。到时候一起出，还是分几回出？"),
     c("分几回，价好了就出一点。还有，俺前年存那家停电三天，蒜都长芽了。", "bad_experience"),
     t("那是大事。俺库有自己的发电机，停电半小时内自动切，库温手机上天天能看。分批出不另收钱，一回最少一吨。"),
     c("手机能看温度？那还中。", None),
     t("要不你先来库里看看发电机，看了再定。"),
     c("中，明个上午我过去。", None)],
    [o,
     t("好嘞！我想了解一下，你存蒜最关心的是啥？"),
     c("俺最怕停电，前年那家停电，蒜都发芽了。", "bad_experience"),
     t("明白。一吨一个月六十，存六个月三百六。你还有啥其他关心的？"),
     c("停电咋弄？恁有发电机没有？", None),
     t("这个你放心。那二十吨是这周入还是下周入？"),
     c("俺问你发电机你不说，这咋放心？", None),
     t("我们库很正规的。你还有啥需要了解的？"),
     c("不说拉倒，俺去别家问。", None)]))

o = c("我有五台车，想装那个定位，主要是想看油耗，司机老说油不够。", None)
PAIRS.append(gpair(
    "zhb47g_baoji_fleet_fuel", "fleet telematics installer, Baoji (Shaanxi)", "ignored_customer",
    "A small fleet owner suspects fuel theft on one truck and asks about trackers.",
    [o,
     t("主要是油的事。你现在一台车一个月油钱大概多少？"),
     c("一台一万二左右，有一台比别的多两千，我怀疑有人偷油。", None),
     t("那光装定位不够，得加油位传感器，油位一掉就报警，能看在哪儿掉的。一台装好一千五，年费两百。"),
     c("五台就七千五，多是多了点，先装那台可疑的行不行？", "too_expensive"),
     t("行。再装一台正常的做对照，一个月下来两台一比就清楚了。"),
     c("这个好，先装两台。", None)],
    [o,
     t("了解！请问您最关注车队管理的哪个方面？"),
     c("油耗，有一台比别的多两千，我怀疑偷油。", None),
     t("好的。我们有轨迹回放、电子围栏、疲劳驾驶提醒，五台一起装一台九百八。"),
     c("那能看出偷油不？", None),
     t("可以看轨迹的。您觉得还有哪些需求？要不要加视频监控？"),
     c("我问的是油，你说的都不是。先不装了。", "no_need")]))

o = c("老板，斗南发北京的冷链，鲜切花，一箱咋个算？", None)
PAIRS.append(gpair(
    "zhb47g_dounan_flower_coldchain", "refrigerated freight line Kunming-Beijing (Yunnan)", "repeated_questions",
    "A cut-flower wholesaler at Dounan market asks the price of refrigerated trucking to Beijing.",
    [o,
     t("按箱算。一天大概发好多箱？要几点前到北京？"),
     c("一百箱左右，要第三天早上八点前到，赶批发市场。", None),
     t("我们车晚上十点从斗南走，第三天凌晨五点到北京，一箱三十五，包预冷。"),
     c("三十五有点贵，别家二十八。", "too_expensive"),
     t("二十八那家预冷没得？花不预冷，到北京开一半。你两家各发十箱比一下嘛。"),
     c("那比一下也行，明晚先发十箱。", None)],
    [o,
     t("好的，请问您一天发多少箱？"),
     c("一百箱左右。", None),
     t("了解。那您的日均发货量大概是多少呢？"),
     c("我刚说了，一百箱。", None),
     t("好的好的。那您每天一般需要发几箱到北京？"),
     c("一百箱！你到底记不记得到？", None),
     t("明白，那我再确认一下，您每天的量大概是？"),
     c("你自己慢慢确认嘛，我找别家了。", None)]))

o = c("去年一场冰雹，额家苹果打了一半，今年想拉防雹网，你们能装不？", None)
PAIRS.append(gpair(
    "zhb47g_tianshui_hail_net", "orchard hail-net installer, Tianshui (Gansu)", "repeated_questions",
    "An apple grower who lost half a crop to hail wants nets put up.",
    [o,
     t("能装。园子多大？树是矮砧密植的还是老式大树？"),
     c("十五亩，一半新栽的矮砧，一半老树。", None),
     t("矮砧的好装，老树高，立柱要高的，贵些。算下来一亩四千五左右，县上能补三分之一。"),
     c("十五亩六万多，补完还得四万，一下拿不出来。", "no_money"),
     t("那先装矮砧那七亩，嫩树最怕打，老树明年再说。补贴四月底截止，装不装你定，申请表我先给你。"),
     c("先装七亩，这个行。", None)],
    [o,
     t("能！请问你家果园大概多大面积？"),
     c("十五亩。", None),
     t("好的，那你家一共有几亩苹果？"),
     c("十五亩，刚说了嘛。", None),
     t("哦哦，那你想给多少亩装网？果园面积是？"),
     c("……你是不是没听？十五亩！多少钱你说一下。", None),
     t("好的，价格要看面积，所以你家面积大概是？"),
     c("算了，额问别人去。", None)]))

o = c("俺家三十亩玉米，想找恁的机子来收。去年找那个人，收一半机子坏了，晾了俺一个礼拜。", None)
PAIRS.append(gpair(
    "zhb47g_luohe_corn_harvest", "custom harvesting team, Luohe (Henan)", "wrong_paraphrase",
    "A farmer wants his maize harvested; last year's contractor's machine broke halfway.",
    [o,
     t("那可真耽误事。啥时候能收？要穗收还是直接脱粒？"),
     c("国庆前后，直接脱粒，俺家没地方晒棒子。", None),
     t("脱粒得等水分降下来，一般十月五号以后。俺们有三台机子，一台坏了另一台顶上。一亩八十，当天收完。"),
     c("八十？别人六十。", "too_expensive"),
     t("六十是穗收的价，脱粒都八十上下。俺给你写上：坏了当天换机，不换你不给钱。"),
     c("中，那给俺排到五号。", None)],
    [o,
     t("好的叔，我复述一下：您是想买一台玉米收割机，对吧？"),
     c("不是，俺是叫恁来收，不买机子。", "no_need"),
     t("明白，所以您对我们的机子很满意，想长期合作，每年都包给我们，我理解得对吧？"),
     c("俺啥时候说满意了？俺去年是叫别人坑了。", None),
     t("好的，所以您是觉得去年价格太贵，想找便宜的，是吧？"),
     c("俺没说贵！你到底听没听？不用了。", None)]))

o = c("喂，我在果园头开直播卖石榴，网老是卡，一卡观众就跑了，你们有啥子办法没得？", None)
PAIRS.append(gpair(
    "zhb47g_huili_orchard_livestream", "telecom branch, Huili (Sichuan)", "wrong_paraphrase",
    "A pomegranate grower livestreams from the orchard and the connection keeps dropping.",
    [o,
     t("是在屋头开播，还是在果园里头？园子离屋头好远？"),
     c("在园子里头，离屋头三四百米，用的手机流量。", None),
     t("那光升级屋头宽带没用。一是屋头宽带加个室外网桥打到园子，二是换5G卡，你那边5G信号我先查一下。"),
     c("网桥那个要好多钱？去年装宽带就遭多收了两百，我怕又有坑。", "bad_experience"),
     t("设备加安装四百左右，写在单子上。我先派人去园子测信号，不收钱，测了再定哪个划算。"),
     c("要得，明天上午我在园子头。", None)],
    [o,
     t("好的，我确认一下哈：您是说家里宽带太贵，想换个便宜套餐，对吧？"),
     c("不是，我说的是直播卡。", None),
     t("明白，所以您是想开通我们的IPTV电视，在家看直播，我理解得对吗？"),
     c("啥子电视哦！我是自己开直播卖石榴！", None),
     t("好的，那就是您想办一个两百九九的千兆融合套餐，加两张副卡，对吧？"),
     c("我一句都没这么说过。两百九九我也用不起，挂了。", "no_money")]))

o = c("喂，额是上官村的，昨天那场冰雹，额家樱桃全打烂了，一年白干，你们那保险能赔不？", None)
PAIRS.append(gpair(
    "zhb47g_weinan_cherry_hail_claim", "crop insurance agent, Weinan (Shaanxi)", "pitch_to_upset",
    "A cherry grower whose crop was destroyed by hail phones to claim on his insurance.",
    [o,
     t("叔，先别急，人没事吧？你家投保的是几亩，地块在哪儿？"),
     c("人没事。八亩，都在村北头，头一茬刚摘。", None),
     t("先别清园，烂果留在地里，拍照片和视频。我明天上午带查勘员过去定损，按合同一亩最高赔两千。"),
     c("两千……一亩樱桃能卖两万多，这够啥。", None),
     t("是，保险只保成本，补不回收成，这我得跟你说实话。赔款一般定损后十五天到账，我再帮你问问镇上有没有灾后补助。"),
     c("行，那明早你来，额在地头等。", None)],
    [o,
     t("叔，理解您的心情，这种事谁碰上都难受。所以说啊，保障真的很重要！"),
     c("额就问能赔不能赔。", None),
     t("能赔，一亩最高两千。您买的是基础险，我们新出了价格指数险，一亩多交三百，赔到八千，明年一定得升级一下。"),
     c("樱桃都打成烂泥了，你跟额说明年？", None),
     t("正是这时候才知道保障的价值嘛！我先给您把明年的名额占上？"),
     c("一亩多交三百额也交不起，你先把今年的赔了再说，挂了。", "no_money")]))

o = c("你们卖给我的冷机又坏了！一车蓝莓在楚雄高速上，车厢里都二十度了！", None)
PAIRS.append(gpair(
    "zhb47g_chuxiong_reefer_breakdown", "truck refrigeration unit dealer, Kunming (Yunnan)", "pitch_to_upset",
    "A reefer driver's unit fails again with a load of blueberries on the motorway.",
    [o,
     t("你在哪个服务区？冷机面板显示啥代码？"),
     c("楚雄服务区，显示E05，压缩机不转。", None),
     t("E05多半是皮带或者电磁离合。楚雄有合作修理点，十五公里，我让师傅带配件过来。你先别开车门，少跑冷气。"),
     c("修要多久？货要赶明天早上的飞机去上海。", None),
     t("师傅四十分钟到，修不好我联系楚雄的冷藏车给你倒货，费用这回我们先垫。这台上个月修过，查清原因给你书面说明。"),
     c("行，你让师傅快点，我在服务区等。", None)],
    [o,
     t("师傅，我非常理解您的着急。其实老款冷机确实问题多，这也是我们今年推新款变频冷机的原因。"),
     c("我现在要的是有人来修！", None),
     t("明白。新款四万二，以旧换新抵八千，这次坏了正好是换新的好时机，您觉得呢？"),
     c("一车蓝莓都快捂坏了，你跟我推销？", None),
     t("我就是为您的长期体验考虑。我先发个新款资料，您看一下？"),
     c("不用发了，你们的冷机坏两回了，以后一样都不买。", "bad_experience")]))

o = c("你们上礼拜来飞的那一百亩稻子，稻飞虱一点没少，药钱加飞防费三千多白花了！", None)
PAIRS.append(gpair(
    "zhb47g_deyang_drone_spraying", "drone spraying service, Deyang (Sichuan)", "blame",
    "A rice farmer says the drone spraying he paid for did nothing against planthoppers.",
    [o,
     t("那确实着急。是哪天飞的？飞完那两天下雨没得？"),
     c("上礼拜三飞的，第二天下午下了一场雨。", None),
     t("飞完不到一天下雨，药冲掉一部分，是我们没看好天气就飞了。今天下午派人去看虫口，还多就免费补飞，药我们出。"),
     c("补飞要得。但是这两天我要去县上，田里没人。", "no_time"),
     t("那你把田的位置发我，我们拍了虫情视频发你，你同意了再飞。"),
     c("要得，位置等下发你。", None)],
    [o,
     t("老师，我理解您的感受。不过想请教一下，您打药前是不是没把田里的水放掉？"),
     c("放不放水你们也没说啊！", None),
     t("这个是常识嘛。而且飞完第二天下雨，天气也不是我们能控制的，日子是您选的嘛。"),
     c("日子是你们定的！", None),
     t("那您看，虫子多也可能是您家田底子差，去年就没防好。还有啥子别的问题吗？"),
     c("合着都是我的错？钱退不退？不退我找农业站。", None)]))

o = c("你们这两天咋回事 说好下午四点来揽收 两天都没来 店铺被平台罚了好几单", None)
PAIRS.append(gpair(
    "zhb47g_lanzhou_lily_pickup", "courier depot, Lanzhou (Gansu)", "blame",
    "An online seller of Lanzhou lily bulbs was fined by the platform after two missed pickups.",
    [o,
     t("实在不好意思，这两天揽收的车在七里河坏了，没提前跟你说，是我们的问题。罚了几单？"),
     c("十一单 一单五块 关键是店铺分掉了", None),
     t("罚款我们补，五十五块今天转你。今天小王骑三轮专门跑一趟，三点半前到。以后车来不了，两点前给你打电话。"),
     c("行吧 分掉了也没办法 再有一回我就换快递了", "bad_experience"),
     t("明白。你把罚单截图发我，我报网点一起处理。"),
     c("好 发你了", None)],
    [o,
     t("您好，我理解您的心情。不过想确认一下，您这两天是不是单子打得太晚了？"),
     c("我中午就打好了", None),
     t("那可能是地址写得不清楚，师傅找不到？您那个村本来就不好找。"),
     c("师傅来了几十回了 找不到？", None),
     t("其实平台罚款是您跟平台的事，发货时效您自己要把控好。您还有其他需要吗？"),
     c("我把控？你们不来我自己背过去？明天我换一家", None)]))

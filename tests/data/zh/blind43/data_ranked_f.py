from common import c, rpair, t

# f01 argues with the customer
A0 = c("我表妹去年在你们这办的酒，菜上来都是凉的，我有点不放心。", "bad_experience")
A1 = t("菜凉确实扫兴。是哪个月办的？多少桌？是热菜端上来就凉？")
A2 = c("腊月，五十多桌，热菜端上来都不冒气了。", None)
A3g = t("腊月五十多桌，多半是出菜跟不上、走菜路长。今年我们加了保温餐车，三十桌以上分两个出菜口。")
A4g = c("要是真能热乎，我就放心一半了。", None)
A3b = t("不可能吧，我们都是现炒现上，您表妹是不是记错了？腊月天冷，端上桌凉点也正常。")
A4b = c("我亲眼看见的，还能记错？你这么说我更不放心了。", "bad_experience")
A5 = t("这周六中午正好有一场三十桌的酒，您过来看看出菜，不吃饭不收钱。")
A6 = c("那行，周六中午我过来瞅瞅。", None)

# f02 doubts the customer's honesty
B0 = c("你们昨天送来的电视，我今天拆开屏幕就是裂的，一道斜缝。", None)
B1 = t("刚拆开就是裂的，太糟心了。箱子外面有没有破？拍照了吗？")
B2 = c("箱子角有点瘪，我拆的时候我儿子拍了视频。", None)
B3g = t("有视频就好办，换新机不用您出一分钱。")
B4g = c("好，我这就发你。", None)
B3b = t("一般师傅都当面验机的，您签收时没看？会不会是拆的时候自己碰的？")
B4b = c("师傅说急着走，没让开箱。你意思是我自己弄坏的讹你们？", None)
B5 = t("视频发我，我今天报厂家，新机上门换、旧机拉走，明天下午两点前给您打电话定时间。")
B6 = c("行，你抓紧。", None)

# f03 drops the price before asking anything
C0 = c("你好，我们想看看七座的，家里老人孩子多。", None)
C1g = t("好。家里几口人常一起坐？老人上下车方便吗？主要跑县城还是常回乡下？")
C2g = c("我爸妈、我俩、两个娃，六口人。我爸腿脚不好，高的车爬不上去。常回乡下。", None)
C1b = t("七座的这款今天直接给您优惠一万二，裸车十三万八，全县最低。")
C2b = c("我们就先随便看看……家里六口人，我爸腿脚不好，高的车爬不上去，常回乡下。", "brush_off")
C3 = t("那带侧滑门的MPV比SUV合适，门槛低，叔叔不用爬。这台您让叔叔上下试试？")
C4 = c("我爸妈在外头车里，我叫他们进来。", None)
C5 = t("好，我把中排座椅调好等着。")
C6 = c("这个门好，我爸自己就上去了。", None)

# f04 unasked lecture
D0 = c("我想洗个牙，下礼拜儿子结婚，牙黄得不好意思笑。", None)
D1 = t("恭喜！平时抽烟喝茶吗？")
D2 = c("烟抽了三十年，一天一包。茶也喝。", None)
D3g = t("那多半是烟渍，洗牙能去掉大部分。刷牙时牙龈出血吗？")
D4g = c("有时候出点血。能洗多白？", None)
D3b = t("一天一包太伤了，不光牙黄，还有牙周炎、口腔癌，您这年纪真该戒了，为了孩子也得戒，我们好多病人就是……")
D4b = c("行了行了，戒不戒我自己知道。我就问能洗多白，刷牙还老出血。", None)
D5 = t("不会像漂白那么白，烟渍基本能去。出血的话洗完酸两三天，婚礼前五天洗正好，今天下午有空位。")
D6 = c("那就今天下午吧。", None)

# f05 vague next step
E0 = c("我那个房贷材料交上去三个礼拜了，一点动静没有，到底咋回事？", None)
E1 = t("三个礼拜没消息，确实着急。哪个银行？交的时候有人说缺啥没？")
E2 = c("建行，当时说齐了。我在苏州上班，下周就得回去，想走之前把合同签了。", None)
E3 = t("我刚在系统里看了，卡在收入证明上，银行要盖公章的原件，复印件不行。")
E4 = c("啊？谁也没跟我说啊。我们单位在苏州，原件得寄。", None)
E5g = t("是我们没及时通知您。今天让单位顺丰寄到售楼部，我收到当天送银行，周四下午打电话告诉您签约时间，争取您走之前签。")
E6g = c("行，我现在就给单位人事打电话。", None)
E5b = t("那您让单位寄过来吧，到了我们会处理的，有消息再通知您。")
E6b = c("有消息是啥时候？我下周就走了，再拖三个礼拜咋办？", None)

# f06 over-promises
F0 = c("我这膝盖，上下楼疼，县医院说是骨关节炎。听说你们这打针能治好？", None)
F1 = t("疼多久了？县医院开过啥药，吃着管用没？")
F2 = c("两三年了。止疼药吃了管几天。我闺女在网上看你们做玻璃酸钠注射。", None)
F3 = t("玻璃酸钠是往关节里打润滑的，一个疗程五针，一针一百八，医保报一部分。")
F4 = c("打完能好利索不？我还得下地种花生呢。", None)
F5g = t("说实话，治不好，骨关节炎是磨损，打针能让疼轻些，一般管半年到一年，也有人效果差。先让医生看片子，合适再打。")
F6g = c("那行，能轻点也好，我明天带片子来。", None)
F5b = t("放心，打完一个疗程保准不疼，跟年轻时候一样，好多人打完都能挑担子。")
F6b = c("真这么灵？我隔壁老李打过，说就管了俩月。", "bad_experience")

# f07 closes before checking it works
G0 = c("我在村里搞直播卖土蜂蜜，想拉个快点的宽带，上传要稳。", None)
G1 = t("直播主要看上行。您是哪个村？现在用的啥网，卡在哪？")
G2 = c("杨庄的。现在用手机热点，一播就卡，观众老说画面糊。", None)
G3 = t("热点上行确实不够。三百兆的套餐上行五十兆，直播够用，一个月九十九，签两年送路由器。")
G4 = c("九十九能接受，能装就行。", None)
G5g = t("我先查下杨庄通没通光纤、离您家最近的分线箱多远，查清楚再签，不然签了装不上白折腾。您家门牌多少？")
G6g = c("杨庄东头十七号，你查吧，我等着。", None)
G5b = t("那咱现在就签，身份证给我，两年合约，明天师傅就上门装。")
G6b = c("签了要是我们那没通光纤咋办？我邻居就是签了半年没装上。", "bad_experience")

# f08 recommends before asking
H0 = c("我们厂过年要给工人发年货，一百二十个人，想在你们超市订。", None)
H1g = t("一百二十份，好。每份预算多少？工人本地的多还是外地的多？要不要方便带回老家的？")
H2g = c("每份一百五左右，外地的占一半，要好拎的。去年发油米，有人嫌坐车扛着太沉。", None)
H1b = t("那就订我们的精品礼盒，坚果、红酒、进口饼干，一盒二百九十八，大厂都订这个。")
H2b = c("二百九十八？我们每份就一百五。工人要红酒干啥，一半是外地的，要好拎的。", "too_expensive")
H3 = t("一百五、好拎、别太沉。那配本地特产包，香菇木耳小米腊肠，装手提袋，四斤多，一百四十八。我先配一份样品？")
H4 = c("行，你先配一份，我拿给老板看看。", "think_it_over")
H5 = t("明天上午配好，您来拿或者我送厂里都行。")
H6 = c("送厂里吧，门卫那留个话就行。", None)

# f09 unexplained jargon
J0 = c("我儿子要买车，我们老两口出钱，贷款这些我们不懂，你给说说。", None)
J1 = t("好的。车多少钱？您二老想首付多少，每月能还多少？")
J2 = c("十万出头的车，首付五万，一个月两千以内。", None)
J3 = t("贷款要用儿子的名字办。他有工作收入吗？")
J4 = c("他在县城开货车，一个月五六千。", None)
J5g = t("够了。剩五万多分三年，每月一千六左右，每个月一样多。另外有一笔一千五的手续费，一次交，交了不退。")
J6g = c("一千六能行，手续费一千五贵了点，能少不？", "too_expensive")
J5b = t("那做三年期等额本息，年化费率四点五，GPS和金融服务费另算，可以选贴息方案，也能做融资租赁。")
J6b = c("你说的啥我一句没听懂。你把单子给我，我回去让我儿子看吧。", "brush_off")

# f10 talks about himself
K0 = c("你好，我想拍婚纱照，就是……想带我奶奶一起拍几张，她身体不太好。", None)
K1 = t("带奶奶一起拍，挺好。奶奶是哪儿不好？能出门吗，能站多久？")
K2 = c("她去年中风了，坐轮椅，出门得我爸推着，站不了。", None)
K3g = t("那不去外景，奶奶坐着，您俩站两边，半小时拍完不累着她。要不我上门去奶奶家拍？")
K4g = c("上门能行吗？那太好了，奶奶最不愿意出门。", None)
K3b = t("我特别懂，我结婚时也带我姥姥拍了，那组还得了市里摄影比赛二等奖，我给您看看，我当时用的是……")
K4b = c("嗯……挺好看的。那你把价格发我微信吧，我回头看。", "brush_off")
K5 = t("价格和上门拍的安排我都发您微信，奶奶那组可以去家里拍，不另收钱。")
K6 = c("好，我问问我爸哪天方便。", None)

PAIRS = [
    rpair("zhb43r_f01_hunyan_jiudian_caileng",
          "Hotel wedding banquet, county town: a customer says dishes were cold at her cousin's wedding here. Worse argues that the cousin misremembers.",
          [A0, A1, A2, A3g, A4g, A5, A6], [A0, A1, A2, A3b, A4b, A5, A6]),
    rpair("zhb43r_f02_jiadian_dianshi_liepin",
          "Appliance store, small city: a TV arrived with a cracked screen. Worse suggests the customer broke it herself.",
          [B0, B1, B2, B3g, B4g, B5, B6], [B0, B1, B2, B3b, B4b, B5, B6]),
    rpair("zhb43r_f03_4sdian_qizuo_jiangjia",
          "Car showroom, county town: a family of six with a disabled grandfather wants a seven-seater. Worse offers a discount before asking anything.",
          [C0, C1g, C2g, C3, C4, C5, C6], [C0, C1b, C2b, C3, C4, C5, C6]),
    rpair("zhb43r_f04_yake_xiya_chouyan",
          "Dental chain, county town: a heavy smoker wants a cleaning before his son's wedding. Worse gives an unasked anti-smoking lecture.",
          [D0, D1, D2, D3g, D4g, D5, D6], [D0, D1, D2, D3b, D4b, D5, D6]),
    rpair("zhb43r_f05_loupan_fangdai_cailiao",
          "New-home developer, county town: a buyer working in Suzhou has heard nothing on his mortgage for three weeks. Worse ends with a vague next step.",
          [E0, E1, E2, E3, E4, E5g, E6g], [E0, E1, E2, E3, E4, E5b, E6b]),
    rpair("zhb43r_f06_minying_yiyuan_xiguanjie",
          "Private hospital, county town: a peanut farmer with knee osteoarthritis asks if injections cure it. Worse over-promises a cure.",
          [F0, F1, F2, F3, F4, F5g, F6g], [F0, F1, F2, F3, F4, F5b, F6b]),
    rpair("zhb43r_f07_yingyeting_zhibo_kuandai",
          "Telecom service hall, township: a young honey seller back in his village needs upload speed for live-streaming. Worse signs him up before checking fibre reaches the village.",
          [G0, G1, G2, G3, G4, G5g, G6g], [G0, G1, G2, G3, G4, G5b, G6b]),
    rpair("zhb43r_f08_chaoshi_nianhuo_tuangou",
          "Farm-to-town supermarket, group orders: a factory wants New Year gifts for 120 workers. Worse recommends a premium box before asking budget or needs.",
          [H0, H1g, H2g, H3, H4, H5, H6], [H0, H1b, H2b, H3, H4, H5, H6]),
    rpair("zhb43r_f09_4sdian_chedai_shuyu",
          "Car dealership finance desk: elderly parents paying for their son's car ask how a loan works. Worse answers in unexplained finance jargon.",
          [J0, J1, J2, J3, J4, J5g, J6g], [J0, J1, J2, J3, J4, J5b, J6b]),
    rpair("zhb43r_f10_hunsha_nainai_lunyi",
          "Wedding photo studio, small city: a bride wants photos with her wheelchair-bound grandmother. Worse talks about the photographer's own wedding and award.",
          [K0, K1, K2, K3g, K4g, K5, K6], [K0, K1, K2, K3b, K4b, K5, K6]),
]

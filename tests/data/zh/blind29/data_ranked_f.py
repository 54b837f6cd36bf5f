from common import c, t, rpair
N=None;BO="brush_off";NN="no_need";NM="no_money";NT="no_time";BE="bad_experience";TH="think_it_over";TE="too_expensive"
P="zhb29r_"
PAIRS=[]

# f01: worse drops the price before asking anything
o=c("侬好 想请个育儿嫂 宝宝八个月 白天带",N)
t3=t("两个人都上班的话，要找能独立带、会做辅食的，最好带过八个月到一岁的宝宝。每天几点到几点？")
c4=c("八点到六点 礼拜一到礼拜五 不过阿拉之前请过一个 手机不离手 宝宝哭了都不管",BE)
t5=t("这个确实要防。面试时可以问她以前带娃一天怎么安排，试工期间侬家里摄像头也可以看。我先推三位，侬挑两位面试。")
c6=c("好 侬先发简历过来",N)
PAIRS.append(rpair(P+"f01_shanghai_nanny_agency_daytime",
"Two working parents in Shanghai ask an agency on WeChat for a daytime nanny for their eight-month-old; they were let down by a previous nanny.",
[o,t("侬好～宝宝白天是侬自己在家，还是大人都上班？要阿姨做辅食、做家务伐？"),
c("阿拉两个都上班 婆婆偶尔来 要做辅食 家务简单点就好",N),t3,c4,t5,c6],
[o,t("侬好～现在签直接给侬打九折，一个月七千二，价钱好商量的！宝宝白天大人在家伐？"),
c("我要求还没讲呢 侬就打折 有点不放心 阿拉两个都上班 要做辅食",N),t3,c4,t5,c6]))

# f02: worse uses unexplained jargon
o=c("你好，我想给自己买个医疗险，嗯，就是住院能报销的那种，我五十二了。",N)
t1=t("好的。您有社保吗？身体有没有什么在吃药的？")
c2=c("有社保。血脂有点高，没吃药。",N)
t5=t("我把条款里最重要的几条标出来，发到您微信，您对着看，有不清楚的随时打给我。")
c6=c("好，那你发给我，我看完再定。",TH)
PAIRS.append(rpair(P+"f02_changzhou_medical_insurance_jargon",
"A 52-year-old man in Changzhou phones about hospital-cost insurance for himself.",
[o,t1,c2,t("血脂高没吃药，一般能正常买。有一款一年一千二左右：住院的钱社保报完，自己掏的部分超过一万，超出的它全报。那一万要自己出，这叫免赔额。"),
c("哦，一万以内自己出，超过的报，我懂了。一千二还行。",N),t5,c6],
[o,t1,c2,t("血脂高一般标体承保。这款一千二，1万免赔，100%赔付，保证续保20年，90天等待期，含院外特药和质子重离子。"),
c("你说的这些……免赔、等待期啥的，我听不懂啊。",N),t5,c6]))

# f03: worse over-promises
o=c("侬好，我看中你们挂的那套静安的一室户，我有只猫，房东接受伐？",N)
t1=t("侬好。挂牌上写的是不接受宠物，不过有的房东可以谈。猫几岁了？会抓家具伐？")
c2=c("三岁了，绝育过，不太抓，我有猫抓板。",N)
t5=t("晚上我把房东的答复发给侬，签合同时养猫这条写进补充条款。")
c6=c("写进合同就好，等侬消息。",N)
PAIRS.append(rpair(P+"f03_shanghai_rental_cat_owner",
"A cat owner asks a Jing'an letting agent whether a no-pets listing would accept her cat.",
[o,t1,c2,t("我先帮侬问房东，把猫的情况讲清楚，可能要多付一个月押金。同不同意我不敢打包票，今天晚上给侬答复。"),
c("好的，多一个月押金可以接受。",N),t5,c6],
[o,t1,c2,t("没问题，房东肯定同意的，我跟他老熟的，押金也不用加，侬放心签。"),
c("真的假的？挂牌写不接受宠物，签了又不让养，我哪能办？",N),t5,c6]))

# f04: worse doubts the customer's honesty
o=c("你好，我想做个皮秒祛斑，嗯，就是两颊这些小斑点。",N)
t1=t("好的。这些斑什么时候开始有的？以前做过什么治疗吗？")
c2=c("生完孩子以后有的，三年了吧。以前没做过，就用过美白精华。",N)
t5=t("医生今天下午三点有空，面诊不收费，看完方案和价格都跟您讲清楚，您再决定做不做。")
c6=c("嗯……三点我要接孩子，能不能改明天？",NT)
t7=t("可以，明天上午十点给您约上。")
PAIRS.append(rpair(P+"f04_hangzhou_clinic_pigment_history",
"A mother asks a Hangzhou clinic about picosecond laser for cheek spots that appeared after childbirth.",
[o,t1,c2,t("产后出现的，可能是黄褐斑，也可能是晒斑，两种打法不一样，黄褐斑乱打会加重。先让医生用仪器看一下再定方案。"),
c("好的，那先看一下。",N),t5,c6,t7],
[o,t1,c2,t("真的没做过吗？很多人做过激光不好意思说，你这个看着像打过反黑的。先让医生用仪器看一下。"),
c("我骗你干嘛？真的没做过。",N),t5,c6,t7]))

# f05: worse gives a vague next step
o=c("王经理您好，我们想做一款带logo的保温杯，500ml，首单3000个，能否先打样？",N)
t1=t("可以的。logo是丝印还是激光？颜色有指定潘通号吗？")
c2=c("激光，颜色要潘通2945C，客户下个月中旬要看样。",N)
t3=t("2945C我们做过。打样费300元，大货下单后退还，打样7到10天。")
c4=c("300可以。但我们之前找过一家厂，打样拖了一个月，这次真的赶。",BE)
PAIRS.append(rpair(P+"f05_suzhou_drinkware_factory_sample",
"A buyer asks a Suzhou drinkware factory for a laser-logo sample on a tight deadline.",
[o,t1,c2,t3,c4,t("理解。周四前我把效果图发您确认，确认当天付打样费，第8天顺丰寄出，单号当天发您。"),
c("好，周四等您效果图。",N)],
[o,t1,c2,t3,c4,t("明白，我们内部研究一下，有消息会通知您的。"),
c("那到底哪天能给？不给个时间，我只能先问问别的厂了。",TH)]))

# f06: worse argues with the customer
o=c("你好 我这个月流量又超了 被扣了八十多 怎么回事",N)
t1=t("您好，我帮您查一下。这个月流量主要用在什么上面？")
c2=c("就刷刷抖音 上下班地铁上看",N)
t3=t("查到了，您套餐是10G，这个月用了18G，超出8G按每G 10块算。")
c4=c("我以前从来没超过啊 怎么会用这么多",N)
PAIRS.append(rpair(P+"f06_wuxi_mobile_data_overage",
"A commuter in Wuxi asks the operator's chat why she was charged for extra data.",
[o,t1,c2,t3,c4,t("这个月抖音可能开了高清播放，流量会翻倍。可以在设置里改成省流，或者加个20G定向包，一个月15块，您看哪个合适？"),
c("我先改设置试试 不够再加",N)],
[o,t1,c2,t3,c4,t("不可能没超过，系统数据不会错的，您上个月也用了9.8G，就是您自己用多了。"),
c("我又没说系统错 你跟我吵什么",N)]))

# f07: worse gives an unasked lecture
o=c("你好，我想办张健身卡，嗯，主要是想减肥，最近胖了二十斤。",N)
t1=t("好的。您平时有运动习惯吗？一周能来几次？")
c2=c("以前不运动，一周能来两三次吧，下班以后。",N)
t5=t("年卡2680，私教一节200，可以先办卡，私教看您需要再加，先上四节学会器械就够。")
c6=c("年卡两千多有点多，我先办个月卡试试吧。",TE)
t7=t("可以，月卡三百，坚持得下来再转年卡，月卡的钱可以抵。")
PAIRS.append(rpair(P+"f07_suzhou_gym_weight_loss",
"A woman who has gained 20 jin asks a Suzhou gym about a membership.",
[o,t1,c2,t("下班两三次的话，先学会几样器械，之后自己练就行，不用一直买私教。"),
c("那私教怎么收？卡多少钱？",N),t5,c6,t7],
[o,t1,c2,t("减肥七分靠吃，您这个体重一定要先管住嘴，奶茶、夜宵、油炸都得戒，碳水也要控制，不然练了也白练。"),
c("我就问个卡，怎么跟上课一样……",N),t5,c6,t7]))

# f08: worse closes before checking the repair works
o=c("师傅你总算来了，那台打印机又卡纸了，下午要打标书，急死了。",N)
t1=t("我看看。每张都卡还是偶尔卡？最近换过纸吗？")
c2=c("差不多十张卡一次。纸上礼拜换的，便宜一点那种。",N)
t3=t("搓纸轮磨损了，这批纸又薄，两个叠一起更容易卡。搓纸轮我现在换，十分钟。")
c4=c("好好，换吧。上次那个师傅也说修好了，结果第二天又卡。",N)
PAIRS.append(rpair(P+"f08_shanghai_office_printer_repair",
"An office manager in Shanghai needs the jamming printer fixed before printing a tender this afternoon.",
[o,t1,c2,t3,c4,t("换好了。我们先打五十张标书格式的双面试试，再用你们现在的纸打二十张，都不卡我再走。"),
c("好，我拿个文件出来打。",N)],
[o,t1,c2,t3,c4,t("换好了，没问题了。您在这签个字，维修费180，我还要赶下一家。"),
c("你都没试一下？上次就是这样。先打几张再签。",N)]))

# f09: worse recommends before asking
o=c("你好，嗯，沙发在这边是伐？",N)
t3=t("那这一排科技布的您可以看看，耐抓，脏了湿布就能擦。客厅放沙发那面墙大概多长？")
c4=c("三米二左右。价格大概什么范围？",N)
t5=t("三人位两米六的，四千到六千。您量好尺寸，拍张客厅照片给我，我帮您看哪款合适。")
c6=c("好，我回去量一下再来。",TH)
PAIRS.append(rpair(P+"f09_nanjing_furniture_sofa_cat",
"A shopper at a Nanjing furniture store is replacing a leather sofa her cat scratched to pieces.",
[o,t("对的，这一片都是。您是新家买，还是换旧的？"),
c("换旧的，家里猫把原来的皮沙发抓烂了。先随便看看。",BO),t3,c4,t5,c6],
[o,t("对的！您看这款意大利头层牛皮的，一万二八，卖得最好，坐感特别好，您坐一下？"),
c("真皮的？我就是因为猫把皮沙发抓烂了才来换的。",NN),t3,c4,t5,c6]))

# f10: worse talks about themselves
o=c("你好，嗯，我想带我爸妈去日本玩一趟，他们七十多了，不知道跟团好还是自由行。",N)
t1=t("您好。爸妈走路怎么样？一天走一万步吃得消吗？")
c2=c("我爸膝盖不好，走多了疼。我妈还行。",N)
t5=t("那可以选慢游小团，一天两个景点，全程有车，酒店连住不换，六天五晚每人一万一左右。")
c6=c("一万一……三个人三万多，我得跟我老公商量一下。",TH)
PAIRS.append(rpair(P+"f10_shanghai_travel_agency_japan_parents",
"A daughter asks a Shanghai travel agency about taking her parents in their seventies to Japan.",
[o,t1,c2,t("那普通团一天赶好几个点，走得多，不太合适。爸妈更在意看得多，还是玩得轻松？"),
c("轻松第一，看少一点没关系。",N),t5,c6],
[o,t1,c2,t("日本我太熟了，自己去过十几次，上个月刚带团去京都，红叶拍了好多，我最喜欢的是岚山……"),
c("嗯……那我爸膝盖这种，适合去吗？",N),t5,c6]))

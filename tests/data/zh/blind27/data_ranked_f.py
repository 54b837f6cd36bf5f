from common import c, rpair, t

# f01 argues with the customer
a0 = c("老板，昨晚上隔壁唱歌唱到一点，我们一晚上都没睡好。", None)
a1 = t("哎呀，实在对不起。是隔壁农家乐那个KTV吧？您住的哪间？")
a2 = c("二楼靠路边那间，窗子关了都听得到。", None)
a3b = t("靠路那间确实最吵，这是我们没提前说清楚。")
a3w = t("不可能有那么吵哦，那间装的双层玻璃，其他客人都没说过。")
a4b = c("嗯，今天晚上还要住一晚，咋个办嘛？", None)
a4w = c("我还骗你嗦？一晚上没睡！今天晚上还要住一晚，咋个办嘛？", None)
a5 = t("今晚给您换到后院三楼，离马路远。我也去跟隔壁老板说，十一点前关音响。")
a6 = c("要得，那今晚看下。", None)

# f02 doubts the customer's honesty
b0 = c("你好，我洗衣机买了八个月，这两天不排水了，显示E21。", None)
b1 = t("E21是排水故障。最近有没有洗过毛多的东西，或者裤兜里有硬币？")
b2 = c("前两天洗了狗狗的垫子，毛多得很。", None)
b3b = t("那多半是排水泵过滤网堵了。在保修期，师傅明天上门清。")
b3w = t("那多半是过滤网堵了。不过先问下，您是不是自己拆过机器？拆过保修就没了哈。")
b4b = c("好，明天几点？", None)
b4w = c("我拆它干啥子？你们是不是想找借口不保修？明天几点？", None)
b5 = t("明天上午九点到十一点，师傅到之前打电话。以后洗宠物垫子先装个洗衣袋。")
b6 = c("好，谢了。", None)

# f03 drops the price before asking anything
d0 = c("你好，我想做客厅的窗帘，你们这个咋个卖？", None)
d1b = t("您好，看布料和尺寸。客厅朝哪边？想要全遮光还是透光点的？")
d1w = t("您好，今天给您打八折，划算得很，您先看布料。")
d2b = c("朝西，下午晒得很，想要遮光的。窗子三米二宽。", None)
d2w = c("我还没说要啥子就打折哦……朝西，下午晒得很，要遮光的。窗子三米二宽。", None)
d3 = t("朝西选这款加厚遮光布，遮光九成五，三米二做双倍褶，一千四百五左右，含安装。")
d4 = c("一千四有点多了，网上几百块就有。", "too_expensive")
d5 = t("网上的也能用，差在遮光涂层和安装。我给您一块小样，回去挂窗子上晒两天，对比了再定。")
d6 = c("要得，拿块样品回去试下。", None)

# f04 an unasked lecture
e0 = c("你好，我想问下周六上午的作文班还有没有位置，娃儿四年级。", None)
e1 = t("有的，周六九点到十点半还有三个位置。娃儿作文主要是哪方面弱？")
e2 = c("就是写不长，三百字要憋一个钟头，平时只晓得耍手机。", None)
e3b = t("写不长多半是没素材。我们课上先带他们观察、口头说，再落笔。可以先来试一节。")
e3w = t("手机这个问题家长一定要重视哦，好多娃儿就是被手机毁了，您回去要把手机收了，每天最多半小时，家长自己也要以身作则……写不长多半是没素材，可以先来试一节。")
e4b = c("要得，这周六就来试下。", None)
e4w = c("手机的事我自己晓得管……那这周六先来试下嘛。", None)
e5 = t("好的，周六九点，带个作文本就行。")
e6 = c("好，到时候见。", None)

# f05 a vague next step
g0 = c("你好，我厨房吊柜有扇门合页断了，门掉下来一半，差点砸到人。", None)
g1 = t("吓到了吧，人没事就好。先别用那扇门，拿胶带固定住。是哪个柜子、装了多久？")
g2 = c("灶台上面左边那个，去年五月装的。", None)
g3 = t("一年多，在两年保修内，合页免费换。我看下师傅排期。")
g4 = c("那好久能来？我白天上班，只有晚上或者周末在屋。", None)
g5b = t("周六上午十点行不？师傅姓刘，周五晚上他打电话跟您确认。")
g5w = t("好的，我们这边会尽快安排师傅，有消息了通知您。")
g6b = c("周六十点可以，要得。", None)
g6w = c("尽快是好久嘛？上回说尽快，等了两个礼拜。", "bad_experience")

# f06 over-promises
h0 = c("我想要那款白色的，最快好久提车？下个月十号我结婚，想开新车去接亲。", None)
h1 = t("恭喜恭喜！白色顶配对吧？我查下库存。")
h2 = c("对，顶配白色，内饰要棕色的。", None)
h3 = t("查了，重庆库里没有白车棕内饰，要从厂里调，三到五周。白车黑内饰的现车有一台。")
h4 = c("黑内饰我不太喜欢……棕色的十号前到底赶不赶得上？", None)
h5b = t("实话说，赶上的把握只有一半。接亲一定要用的话，可以定现车；或者先定棕色，接亲那天我们借台同款白车给您。")
h5w = t("赶得上，包在我身上，保证十号前提车，您今天定就行。")
h6b = c("借车这个办法可以，我回去跟我未婚妻商量下。", "think_it_over")
h6w = c("那太好了，我今天就交定金。", None)

# f07 closes before checking the thing works
k0 = c("师傅 系统装好没得 晚上六点就要开门了", None)
k1 = t("装好了 扫码点单 后厨打印 收银都接上了")
k2 = c("后厨那个打印机 上回别家装的老是不出单", "bad_experience")
k3 = t("理解 这回打印机直连路由器 不走蓝牙 断网了也会自己重连")
k4 = c("那就好 今晚第一天 千万莫掉链子", None)
k5b = t("那我们现在就试 您拿手机扫下桌上的码 点个锅底 看后厨出不出单 出了再签字")
k5w = t("放心 稳定得很 您在验收单上签个字 尾款转一下 我下午还有一家")
k6b = c("出了 出得好快 要得 我签字", None)
k6w = c("不试下我不签 上回就是签了字才发现不出单", "bad_experience")

# f08 recommends before asking
m0 = c("你好，我们三个朋友五一想去四姑娘山，听说可以爬山。", None)
m1b = t("可以的。你们爬过高海拔没有？是想徒步看风景，还是想登顶？")
m1w = t("那推荐大峰登顶套餐，海拔五千零二十五，向导装备全包，一个人两千八，成就感满满。")
m2b = c("都没爬过高海拔，就是想走走拍照，不想太累。", None)
m2w = c("登顶哦？我们都没爬过高海拔，就想走走拍照，不想太累。", "no_need")
m3 = t("那走长坪沟或者双桥沟，栈道为主，不用登顶。包车加门票一个人六百左右。")
m4 = c("长坪沟听说风景好，要走好久？", None)
m5 = t("单程七公里左右，有一段可以骑马。四月底早晚还冷，要带羽绒服。")
m6 = c("好，那就长坪沟，帮我们算下三个人。", None)

# f09 unexplained jargon
n0 = c("你好，我想给我妈买个医疗险，她五十八，去年查出来有点高血压。", None)
n1 = t("好的，阿姨的血压现在吃药控制得稳不稳？")
n2 = c("稳的，一直在吃药，一百三左右。", None)
n3b = t("这款可以投。说明两点：一年看病自己出的前一万块不赔，超过的才赔；买了头三个月生病不赔，跟高血压有关的病也不赔。")
n3w = t("这款可以投，免赔额一万，等待期九十天，既往症除外，健康告知过了就行。")
n4b = c("哦，就是小毛病不管，住院大病才管用。一年好多钱？", None)
n4w = c("你说的啥子额啥子期哦，我一句都没听懂。一年好多钱？", None)
n5 = t("五十八岁一年一千二百多。我把条款重点标出来发您，看清楚再决定。")
n6 = c("好，发给我，我跟我哥商量下一起出钱。", "think_it_over")

# f10 talks about themselves
p0 = c("你好，我们来看下幼儿园，我女儿两岁九个月，比较怕生。", None)
p1 = t("欢迎。怕生的话，她到了新地方是哭，还是不说话躲在您后头？")
p2 = c("躲在后头，拉着我不放，要好一阵才放开。", None)
p3b = t("那我们慢慢来。她有没有特别喜欢的玩具？到新地方抱着会安心些。")
p3w = t("我女儿小时候也这样，我那时急得天天哭，后来专门去学了儿童心理学，考了证才来当幼师的，我跟您讲我那几年……")
p4b = c("她喜欢一个兔子玩偶，睡觉都抱着。", None)
p4w = c("嗯……那个，我就想问下我女儿来了咋个适应？她离不得那个兔子玩偶。", None)
p5 = t("兔子可以带来，午睡抱着。第一周上半天，前三天家长可以陪一个钟头。学费一个月两千四。")
p6 = c("两千四有点超我们预算了，我回去再算下。", "no_money")

PAIRS = [
rpair("zhb27r_f01_dujiangyan_guesthouse_noise", "Guest at a Dujiangyan guesthouse kept awake by karaoke next door; worse argues that it cannot have been so loud.",
 [a0, a1, a2, a3b, a4b, a5, a6], [a0, a1, a2, a3w, a4w, a5, a6]),
rpair("zhb27r_f02_chengdu_washer_repair", "Washing machine under warranty shows a drain error; worse suggests the customer took it apart.",
 [b0, b1, b2, b3b, b4b, b5, b6], [b0, b1, b2, b3w, b4w, b5, b6]),
rpair("zhb27r_f03_chongqing_curtains", "Customer asks about living-room curtains; worse offers 20% off before asking anything.",
 [d0, d1b, d2b, d3, d4, d5, d6], [d0, d1w, d2w, d3, d4, d5, d6]),
rpair("zhb27r_f04_chongqing_writing_class", "Parent asks about a Saturday writing class; worse adds an unasked lecture on phone use.",
 [e0, e1, e2, e3b, e4b, e5, e6], [e0, e1, e2, e3w, e4w, e5, e6]),
rpair("zhb27r_f05_chengdu_cabinet_hinge", "Kitchen cabinet door hinge broke under warranty; worse gives a vague 'we will arrange it soon'.",
 [g0, g1, g2, g3, g4, g5b, g6b], [g0, g1, g2, g3, g4, g5w, g6w]),
rpair("zhb27r_f06_chongqing_wedding_car", "Groom wants a white car with brown interior before his wedding; worse guarantees a date the stock cannot support.",
 [h0, h1, h2, h3, h4, h5b, h6b], [h0, h1, h2, h3, h4, h5w, h6w]),
rpair("zhb27r_f07_chengdu_ordering_install", "Installer finishes a hotpot shop's ordering system before opening; worse asks for sign-off before a test order.",
 [k0, k1, k2, k3, k4, k5b, k6b], [k0, k1, k2, k3, k4, k5w, k6w]),
rpair("zhb27r_f08_siguniang_trip", "Three friends ask about Siguniang Mountain; worse pushes a summit package before asking their experience.",
 [m0, m1b, m2b, m3, m4, m5, m6], [m0, m1w, m2w, m3, m4, m5, m6]),
rpair("zhb27r_f09_chengdu_medical_insurance", "Daughter buys medical cover for her mother with hypertension; worse uses deductible/waiting-period jargon unexplained.",
 [n0, n1, n2, n3b, n4b, n5, n6], [n0, n1, n2, n3w, n4w, n5, n6]),
rpair("zhb27r_f10_chongqing_shy_toddler", "Parent visits a kindergarten with a shy toddler; worse talks about her own life instead of the child.",
 [p0, p1, p2, p3b, p4b, p5, p6], [p0, p1, p2, p3w, p4w, p5, p6]),
]

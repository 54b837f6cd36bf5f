"""zhb32 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
a0 = c("你好，我上礼拜在你们这做的保养，完了开起来右前轮嗡嗡响，以前没有。", None)
a1 = t("保养完才开始响的，对吧？车速多少时候响？转弯时更明显不？")
a2 = c("六十往上就响，转弯倒没啥变化。", None)
a3b = t("六十以上响、转弯不变，像是轮胎或轴承。保养时给您做过轮胎换位，有可能跟这个有关。")
a4b = c("换位？那是不是装的时候没弄好啊？", None)
a3w = t("保养不会动轴承，跟我们没关系。肯定是路面的事，最近道上冰多。")
a4w = c("我天天走这条道，以前咋不响？你们就是不想认账。", None)
a5 = t("这样，明天下午三点您开过来，我跟师傅一起试一圈，试车不收钱。查出来是保养弄的，我们免费处理。")
a6 = c("明天下午我上班走不开，礼拜六上午行不？", "no_time")
a7 = t("行，礼拜六上午九点，我给您留工位。")

# f02 doubts the customer's honesty
b0 = c("你好，我卡昨天半夜被刷了三千二，我根本没用，早上看短信才知道。", None)
b1 = t("您先别急，我先帮您把卡临时冻上，防止再被刷。卡现在在您身上吗？")
b2 = c("在我兜里呢，一直没离身。", None)
b3b = t("卡在身上、半夜刷的，像是信息被盗刷了。我查一下交易地点。")
b4b = c("我这礼拜都在家，哪也没去。", None)
b3w = t("卡在您身上还能被刷？您确定不是家里人拿去用了？这种我们见多了。")
b4w = c("我一个人住！你这是怀疑我骗钱呗？", None)
b5 = t("交易在广州一家网店，昨晚一点十二分。我帮您提交争议申请，您去派出所开个报案回执，七到十五个工作日出结果。")
b6 = c("行，那我现在就去派出所。", None)
b7 = t("回执拍照发这个号就行，不用再跑。新卡三天后到，我短信通知您。")

# f03 drops the price before asking anything
e0 = c("老板，你家那个免耕播种机多少钱？", None)
e1b = t("四行的两万六，六行的三万八。您家多少亩，种玉米还是大豆？")
e2b = c("玉米，三百多亩，去年雇人播的。", None)
e1w = t("四行的两万六，我今天直接给您降到两万三，这价别处拿不着。您家多少亩，种啥？")
e2w = c("咋一张嘴就降三千？你这原价是虚的吧……玉米，三百多亩。", None)
e3 = t("三百多亩用四行的有点紧，播种期得天天干。六行的三万八，两天多就整完，补贴能补一万一。")
e4 = c("三万八还是多，我先看看二手的。", "too_expensive")
e5 = t("二手的也行，主要看排种盘磨没磨。您看中了拉来，我免费给您瞅一眼。")
e6 = c("够意思，我先看看二手的，不行再来找你。", "think_it_over")

# f04 an unasked lecture
g0 = c("教练，明天就考科三了，我紧张得睡不着，咋整啊？", None)
g1 = t("紧张正常。你最担心哪个环节？")
g2 = c("就是变道，老怕后边有车，不敢打方向。", None)
g3b = t("变道记三步：打灯、看后视镜、回头看一眼，数三秒再并。考场那条道后车不多。")
g4b = c("三秒……行，我记住了。", None)
g3w = t("我跟你说，每年变道出的事故好几万起，都是新手不看盲区，撞了人可是人命关天，开车不能光想着考试……")
g4w = c("教练你别说了，我更慌了。", None)
g5 = t("今天下午四点再来，咱就练变道和靠边停车，练到你不慌为止。")
g6 = c("四点我还得上班……那个，五点行不？", "no_time")

# f05 a vague next step
h0 = c("你好，我家暖气片漏水，接头那块一直滴，底下接了个盆。", None)
h1 = t("滴得快不快？一分钟几滴，还是连成线了？")
h2 = c("一分钟十来滴，不算快，一宿能接小半盆。", None)
h3 = t("先把那组片子旁边的小球阀关上就能止住。接头得换垫子。")
h4 = c("关上了，不滴了。那啥时候来修？", None)
h5b = t("明天上午九点到十一点，师傅姓赵，到前半小时打您电话。换垫子不收钱。")
h6b = c("行，明天上午我在家。", None)
h5w = t("这个我报上去了，排上了会通知您。")
h6w = c("排上是啥时候？关了一组片子屋里可冷啊。", None)

# f06 over-promises
k0 = c("你好，我要往漠河寄一箱药，给我爸的，他药快吃完了，最快啥时候能到？", None)
k1 = t("药是常温的吗？要不要冷藏？")
k2 = c("常温的，降糖药。他还剩四天的。", None)
k3b = t("漠河冬天路不稳，正常三四天，赶上大雪得五天。走航空件一般两天，贵三十。再让叔叔在当地药店先买几天的顶着，稳妥。")
k4b = c("那就航空，我再跟我爸说先买点。", None)
k3w = t("您放心，走我们加急，保证明天就到，绝对耽误不了叔叔吃药。")
k4w = c("明天就到？那太好了，那就不用让他去药店折腾了。", None)
k5 = t("好，单号短信发您，随时能查到哪儿了。")
k6 = c("好，谢谢了啊。", None)

# f07 closes before checking the thing works
m0 = c("师傅，你们上回装的路由器，后边卧室没信号，孩子网课老卡。", None)
m1 = t("卧室离路由器隔几道墙？一格没有，还是有信号但卡？")
m2 = c("隔两道墙，有一格，一开视频就卡。", None)
m3 = t("那加个子路由放走廊，跟主路由组网，卧室就能满格。一个一百六。")
m4 = c("一百六……行，装吧，孩子上课要紧。", None)
m5b = t("装好了。咱去卧室测测，让孩子开网课试五分钟，不卡我再走。")
m6b = c("……挺好，不卡了，四格。", None)
m5w = t("装好了，肯定没问题。您这签个字，扫码付一百六，我下午还有三家。")
m6w = c("我还没试呢……行吧，签了。", None)
m7 = t("有问题随时打我电话，这是我名片。")

# f08 recommends before asking
n0 = c("老妹儿，我想按按，有啥项目？", None)
n1b = t("大姐，哪儿不得劲儿？腰、肩膀还是腿？")
n2b = c("肩膀脖子，天天低头看账本，贼僵。", None)
n1w = t("给您推荐全身精油SPA，九十分钟三百八，我们这卖得最好。")
n2w = c("全身的我用不着，就肩膀脖子僵，天天低头看账本。", "no_need")
n3 = t("那做个肩颈推拿就行，四十分钟一百二，师傅手劲大，受不了您就说。")
n4 = c("一百二？我家楼下小店才六十。", "too_expensive")
n5 = t("小店手法好的也有。咱这是老孙师傅，干了十几年。您先按二十分钟，六十，觉得值再加。")
n6 = c("那先来二十分钟试试。", None)

# f09 unexplained jargon
p0 = c("你好，我想问问房贷，我们两口子想在哈西买房，首套。", None)
p1 = t("首套首付最低两成。看好房子了吗？总价多少？")
p2 = c("看好了，一百二十万，想贷九十万，三十年。", None)
p3b = t("九十万三十年，利率现在三点一左右，选每月还一样多的，一个月三千八上下；选先多后少的，头一个月四千八，以后逐月减。")
p4b = c("每月一样的好，我俩工资固定。", None)
p3w = t("首套现在LPR减二十个基点，重定价日可选一月一号，建议等额本息，月供三千八左右，DTI控制在五十以内就能批。")
p4w = c("啥LPR……基点是啥？你说的我一句没听懂。", None)
p5 = t("您俩把收入证明和流水拿来，我先帮您预审能贷多少，不收费。")
p6 = c("这礼拜不行，俩人都在单位加班，下礼拜吧。", "no_time")

# f10 talks about himself instead of the customer
q0 = c("你好，我家要铺地板，有老人有狗，选啥样的好？", None)
q1 = t("老人多大岁数？狗是大狗小狗，平时在屋里跑不？")
q2 = c("我爸七十多，狗是金毛，天天满屋跑。", None)
q3b = t("金毛爪子挠，老人怕滑，那选耐磨等级高、表面带纹理防滑的强化地板，比实木耐造，价也低。")
q4b = c("那实木就不考虑了，防滑这个好。", None)
q3w = t("我家也养了条金毛！铺的实木，被它挠得跟啥似的，我媳妇天天说我，后来我就……反正我跟您说，我可有经验了。")
q4w = c("嗯……那我家到底铺啥？", None)
q5 = t("您拿这两块样板回家，地上放两天，让狗踩踩，老人穿拖鞋走走，觉得行再定。")
q6 = c("这招好。不过地板不都有甲醛吗？我大姨家铺完味儿老大了。", "bad_experience")
q7 = t("这两款都是E0级的，检测报告我复印给您，连样板一块儿带回去看。")

PAIRS = [
rpair("zhb32r_f01_shenyang_dealer_wheelnoise",
 "Car dealer service, Shenyang. A hum from the front wheel after last week's service. Fault in worse: argues.",
 [a0, a1, a2, a3b, a4b, a5, a6, a7], [a0, a1, a2, a3w, a4w, a5, a6, a7]),
rpair("zhb32r_f02_harbin_bank_cardfraud",
 "Bank, Harbin. An unknown 3,200 card charge at night. Fault in worse: doubts the customer's honesty.",
 [b0, b1, b2, b3b, b4b, b5, b6, b7], [b0, b1, b2, b3w, b4w, b5, b6, b7]),
rpair("zhb32r_f03_jiamusi_machinery_seeder",
 "Farm machinery dealer, Jiamusi. Price of a no-till seeder. Fault in worse: drops the price before asking anything.",
 [e0, e1b, e2b, e3, e4, e5, e6], [e0, e1w, e2w, e3, e4, e5, e6]),
rpair("zhb32r_f04_changchun_drivingschool_testnerves",
 "Driving school, Changchun. A learner is anxious before the road test. Fault in worse: an unasked lecture.",
 [g0, g1, g2, g3b, g4b, g5, g6], [g0, g1, g2, g3w, g4w, g5, g6]),
rpair("zhb32r_f05_jilin_heating_leakyradiator",
 "Heating company, Jilin City. A leaking radiator joint. Fault in worse: a vague next step.",
 [h0, h1, h2, h3, h4, h5b, h6b], [h0, h1, h2, h3, h4, h5w, h6w]),
rpair("zhb32r_f06_harbin_courier_mohemedicine",
 "Courier, Harbin. Diabetes medicine for a father in Mohe, four days left. Fault in worse: over-promises.",
 [k0, k1, k2, k3b, k4b, k5, k6], [k0, k1, k2, k3w, k4w, k5, k6]),
rpair("zhb32r_f07_daqing_telecom_meshrouter",
 "Telecom installer, Daqing. Weak Wi-Fi in a child's bedroom. Fault in worse: closes before checking it works.",
 [m0, m1, m2, m3, m4, m5b, m6b, m7], [m0, m1, m2, m3, m4, m5w, m6w, m7]),
rpair("zhb32r_f08_shenyang_bathhouse_massage",
 "Bathhouse massage desk, Shenyang. Fault in worse: recommends before asking.",
 [n0, n1b, n2b, n3, n4, n5, n6], [n0, n1w, n2w, n3, n4, n5, n6]),
rpair("zhb32r_f09_harbin_bank_firstmortgage",
 "Bank, Harbin. A young couple's first mortgage. Fault in worse: unexplained jargon.",
 [p0, p1, p2, p3b, p4b, p5, p6], [p0, p1, p2, p3w, p4w, p5, p6]),
rpair("zhb32r_f10_dalian_flooring_oldmandog",
 "Flooring shop, Dalian. An elderly father and a golden retriever. Fault in worse: talks about himself.",
 [q0, q1, q2, q3b, q4b, q5, q6, q7], [q0, q1, q2, q3w, q4w, q5, q6, q7]),
]

from common import c, rpair, t

P = "zhb25r_"
PAIRS = []

# f01: drops the price before asking anything
o = c("您好，我想给孩子找个钢琴老师，她七岁，刚开始学。", None)
a1 = t("好的。孩子是自己想学，还是您想让她学？家里有琴吗？")
b1 = c("她自己吵着要学，看同学弹的。家里还没琴，先看看她能不能坚持。", None)
w1 = t("好的。我们一节课原价两百二，您今天定，我直接给您打八折。")
x1 = c("我还没问价呢……她自己吵着要学，家里也没琴，得先看看能不能坚持。", "think_it_over")
a2 = t("那先不急着买琴，在我们琴房练就行。孩子几点放学？周几方便？")
b2 = c("四点半放学，周二周四都行。一节课多少钱？", None)
a3 = t("七岁先上三十分钟的短课，一节一百五，周二来一次，上一个月看她坚持不坚持。")
b3 = c("一百五可以，先上一个月。", None)
PAIRS.append(rpair(P + "f01_bj_piano_kids",
 "Music studio, Chaoyang, Beijing: a parent looks for piano lessons for a 7-year-old beginner.",
 [o, a1, b1, a2, b2, a3, b3], [o, w1, x1, a2, b2, a3, b3]))

# f02: an unasked lecture
o = c("你好，我想洗个牙，刷牙老出血，今天能洗吗？", None)
a1 = t("今天下午三点有空。出血是最近才有，还是一直这样？")
b1 = c("一两个月了吧，刷狠了就出血。", None)
w1 = t("今天下午三点有空。跟您说，刷牙出血就是牙龈炎，不管就变牙周炎，牙松了掉了，好多人三十多就得种牙。您平时肯定不用牙线吧？现在人太不注意口腔了。")
x1 = c("我就问能不能洗……一两个月了吧，刷狠了就出血。", None)
a2 = t("那洗完医生顺便看看牙龈。洗牙一百八，牙结石多的话可能得分两次。")
b2 = c("两次啊？我就下午请了半天假。", "no_time")
a3 = t("今天先洗一遍，第二次约周六也行，我们周六开门。")
b3 = c("行，那就下午三点。", None)
PAIRS.append(rpair(P + "f02_tj_dental_cleaning",
 "Private dental clinic, Heping, Tianjin: a walk-in asks for a cleaning because her gums bleed.",
 [o, a1, b1, a2, b2, a3, b3], [o, w1, x1, a2, b2, a3, b3]))

# f03: a vague next step
o = c("物业吗？我们单元门禁坏了三天了，谁都能进，晚上挺吓人的。", None)
a1 = t("不好意思。几号楼几单元？是门关不上，还是刷卡没反应？")
b1 = c("8号楼1单元，门吸不住，一推就开。", None)
a2 = t("那是电磁锁坏了，得换。配件在路上，今晚先让保安在单元门口值班。")
b2 = c("那锁啥时候能换好？我家老人晚上一个人在家。", None)
a3 = t("配件明天上午到，中午十二点前换好。换好了我在业主群里说，也给您打个电话。")
b3 = c("行，明天中午，我记着了。", None)
w3 = t("这个我们会尽快处理，有消息了通知您。")
x3 = c("尽快是多快？我家老人晚上一个人，您给个准话儿啊。", None)
PAIRS.append(rpair(P + "f03_bj_property_doorlock",
 "Property management, Changping, Beijing: a resident reports the building's entry lock broken for three days.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, w3, x3]))

# f04: over-promises
o = c("这款混动的，真实油耗多少？我每天通勤来回一百公里，进京。", None)
a1 = t("您每天一百公里，主要是高速还是市区堵车？家里能装充电桩吗？")
b1 = c("京哈高速一段，进了城堵得厉害。小区有车位，能装桩。", None)
a2 = t("能充电的话，堵车那段基本用电，高速用油。像您这样每天充满，一百公里大概十几块钱。")
b2 = c("那比我现在加油省多了。提车得等多久？", None)
a3 = t("现车没有，订了大概四到六周，厂家排产说了算，有确切日子我第一时间告诉您。")
b3 = c("四到六周能接受，那我先交个定金。", None)
w3 = t("您放心，我保证两周内提车，油耗也保证百公里两个油，达不到我给您退差价。")
x3 = c("两周？这么保证，能写合同里吗？……算了，我再去别家问问。", "think_it_over")
PAIRS.append(rpair(P + "f04_lf_cardealer_hybrid",
 "Car dealership, Langfang, Hebei: a commuter into Beijing asks about a plug-in hybrid's real running costs.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, w3, x3]))

# f05: doubts the customer's honesty
o = c("您好，我想给我爸申请居家养老的上门护理补贴。他失能了，在床上躺着。", None)
a1 = t("好的。老爷子躺多久了？做过失能评估吗？")
b1 = c("中风半年了。评估还没做，不知道去哪儿做。", None)
a2 = t("评估归街道社区卫生服务中心，我帮您约，评估员上门，不用老人出门。")
b2 = c("上门好，他下不了楼。评估下来能补多少？", None)
w2 = t("评估是上门做的。不过先说一句，最近不少人为领补贴说老人失能，评估员会仔细查，您家老人真下不了床吧？")
x2 = c("你这话什么意思？我爸中风半年了，我骗你们干嘛？能补多少你直说。", None)
a3 = t("按失能等级，重度每月补一千多的护理服务，评估完按结果定。评估约在下周，您看哪天家里有人？")
b3 = c("周三我休息，就周三吧。", None)
PAIRS.append(rpair(P + "f05_bj_homecare_subsidy",
 "Street-level elderly-care service desk, Shijingshan, Beijing: a son applies for home-care support for his bedridden father.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f06: argues with the customer
o = c("我这宽带一到晚上就卡，看电视都转圈儿，白天倒还行。", None)
a1 = t("晚上几点开始卡？电视是网线连的，还是无线？")
b1 = c("八点以后，电视是无线的。之前用别家也这样，换了你们还这样。", None)
a2 = t("晚上用的人多，无线穿墙又弱。我远程测了一下，线路速度正常，问题多半在无线这段。")
b2 = c("那路由器是你们给装的啊。", None)
a3 = t("对，那台是老款。明天让师傅上门换个双频的，不收钱，顺便把电视改成网线连。")
b3 = c("行，明天下午家里有人。", None)
w3 = t("路由器是我们装的没错，可您家墙厚、电视离得远，这不能算我们的问题吧？")
x3 = c("怎么不算？装的时候你们咋不说？我不跟你争，我要退网。", None)
PAIRS.append(rpair(P + "f06_ts_broadband_evening",
 "Broadband hotline, Tangshan, Hebei: a customer's TV streaming stalls every evening.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, w3, x3]))

# f07: recommends before asking
o = c("大夫，我这膝盖上楼就疼，下楼更疼，你们这儿能治吗？", None)
a1 = t("能看。疼多久了？摔过、扭过没有？")
b1 = c("小半年了，没摔过。我天天跳广场舞，跳完更疼。", None)
w1 = t("膝盖疼啊，打玻璃酸钠最管用，一个疗程五针一千五，今天就能打第一针。")
x1 = c("您还没问我呢……疼小半年了，没摔过，我天天跳广场舞。", None)
a2 = t("那先拍个片子看看软骨磨得怎么样。舞先别停，少跳蹦的，拍完片再说治疗。")
b2 = c("拍片多少钱？上回别家一上来就让打针，打了五针也没见好。", "bad_experience")
a3 = t("片子一百二。打不打针看片子，不一定非打。单子我开上，今天就能拍。")
b3 = c("行，先拍吧。", None)
PAIRS.append(rpair(P + "f07_bj_clinic_knee",
 "Private orthopaedic clinic, Chaoyang, Beijing: a woman in her sixties with knee pain on stairs.",
 [o, a1, b1, a2, b2, a3, b3], [o, w1, x1, a2, b2, a3, b3]))

# f08: unexplained jargon
o = c("我们做五金批发的，二十来个人，库存老对不上，想上个系统管管。", None)
a1 = t("库存对不上，是出库没记，还是几个仓库之间调货乱？")
b1 = c("俩仓库，调货全靠微信说一声，月底一盘差一大截。", None)
a2 = t("那关键是调货在系统里走一遍：这边点出库，那边扫码收货，账自动跟着走。仓管用手机扫码行吗？")
b2 = c("行，都年轻人。那得多少钱？", None)
w2 = t("那关键是上WMS，做多仓SKU级调拨单据流，配PDA出入库扫码，跟ERP实时同步库存。")
x2 = c("啥？W什么？您说点儿我们能听懂的。反正多少钱吧？", None)
a3 = t("两个仓、二十个账号，一年一万六，含上门培训。先装一个月试用，月底盘一次看还差多少。")
b3 = c("一万六有点儿超预算，先试一个月看看吧。", "no_money")
PAIRS.append(rpair(P + "f08_tj_wholesale_inventory",
 "Inventory software vendor, Tianjin (B2B): a hardware wholesaler's two warehouses never reconcile.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

# f09: closes before checking the thing works
o = c("师傅，我家洗衣机一脱水就咣咣响，整个机器都在跳，您给看看？", None)
a1 = t("好。一直这样，还是最近才响？洗的是被子还是平常衣服？")
b1 = c("前两天洗了床被子之后开始的。", None)
a2 = t("多半是减震坏了。我看看……减震器断了一根，换一对一百六，连工钱。")
b2 = c("一百六行，换吧。", None)
a3 = t("换好了。咱放点儿水空转脱水一遍，您看还跳不跳，没问题再结账。")
b3 = c("嗯，不响了，稳当。给您扫码。", None)
w3 = t("换好了，一百六，您扫码吧，下一家还等着呢。")
x3 = c("这就完了？不试试？……行吧，扫了。回头再响我可找您。", None)
PAIRS.append(rpair(P + "f09_bj_washer_repair",
 "Home appliance repair visit, Tongzhou, Beijing: a washing machine shakes violently on spin.",
 [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, w3, x3]))

# f10: talks about themselves
o = c("您好，孩子明年中考，英语一直一百出头，满分一百二，想冲一冲，您这儿有啥办法？", None)
a1 = t("一百出头底子不错。丢分主要在哪块儿，听力、阅读还是作文？")
b1 = c("作文老扣分，阅读最后那篇也老错。", None)
w1 = t("一百出头底子不错。我教了十五年中考英语，带过好几个一百一十八的，去年还评上区优秀教师，我的方法家长都认。")
x1 = c("嗯……挺好。我们孩子主要是作文老扣分，阅读最后那篇也老错。", None)
a2 = t("作文扣分多半是句式单一、有语法错。下次带两篇他写的作文来，我先看看问题在哪儿。")
b2 = c("行。一个月多少钱？我们周末就有半天空。", None)
a3 = t("作文阅读专项，周六上午两小时，一个月一千六。先看作文，再说上不上。")
b3 = c("一千六……我跟孩子他爸商量一下，先把作文给您带来。", "think_it_over")
PAIRS.append(rpair(P + "f10_bj_tutor_english_zhongkao",
 "Tutoring centre, Xicheng, Beijing: a parent wants a ninth-grader's English score pushed from about 100 to 115.",
 [o, a1, b1, a2, b2, a3, b3], [o, w1, x1, a2, b2, a3, b3]))

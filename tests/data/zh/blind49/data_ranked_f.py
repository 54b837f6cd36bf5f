"""Ranked pairs f01-f10 of zh_blind49, written by hand: the sides share every turn (same variables)
except one trainee fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 Shanghai, renovation handover, hollow floor tiles — fault: argues with the customer
C0 = c("你来看一下 客厅这几块地砖 我脚踩上去感觉是空的 而且这里高出来一点", None)
T1_good = t("我看一下。您踩的是这三块对吧？我用小锤敲一下听听声音，再拿靠尺量一下高差。")
C2_good = c("嗯 就这三块 还有窗边那一块", None)
T1_bad = t("这个不可能是空鼓，我们师傅铺砖都是满浆的，您是心理作用吧，地砖有一点点高低差本来就正常。")
C2_bad = c("什么心理作用 我踩上去明明有声音 你敲都不敲就说不可能？还有窗边那一块你也看看", None)
T3 = t("敲过了，这三块确实有空鼓，窗边那块高了两毫米，超过验收标准的一毫米。这四块我们返工，撬起来重新铺，三天左右，费用我们出。")
C4 = c("三天 那我们下周进场的柜子会不会受影响", None)
T5 = t("会影响一点。我跟柜子那边协调，让他们先装卧室，客厅放到最后，整体不推迟。")
C6 = c("行 那就这么弄 返工完我再来验一次", None)
T7 = t("好的，周四弄完我给您发视频，周五您再来验。")
PAIRS.append(rpair(
    "zhb49r_f01_shanghai_floor_tiles_handover",
    "上海闵行一套新房的中期验收，业主发现客厅几块地砖踩上去发空、有高差，项目经理在现场。",
    better=[C0, T1_good, C2_good, T3, C4, T5, C6, T7],
    worse=[C0, T1_bad, C2_bad, T3, C4, T5, C6, T7],
))

# f02 Hangzhou, pet hospital, dental cleaning price — fault: drops the price before asking anything
C0 = c("你好 想问下狗狗洗牙多少钱", None)
T1_good = t("您好，洗牙一般在一千二到两千之间，要看狗狗的体型、年龄，还有要不要拔牙。它多大了？什么品种？最近有口臭，或者吃东西只用一边嚼吗？")
C2_good = c("泰迪 九岁了 口臭挺严重的 最近吃硬的狗粮好像有点费劲", None)
T1_bad = t("您好，洗牙原价一千八，这个月给您打八折，一千四百四，现在预约还送一次体检。")
C2_bad = c("…这么快就打折 我还没说是什么狗呢 泰迪 九岁了 口臭挺严重 吃硬的有点费劲", None)
T3 = t("九岁、口臭重、嚼硬粮费劲，可能牙结石很多，甚至有松动的牙要拔。洗牙要全麻，九岁的狗麻醉前一定要做血检和心脏检查，这部分大概四百。")
C4 = c("要全麻啊 我们小区有只老狗就是洗牙麻醉以后没醒过来 我有点怕", "bad_experience")
T5 = t("风险确实存在，所以才要先做麻醉前检查；结果不好的话我们不建议做，会先用药控制炎症。您可以先带它来检查，再决定做不做。")
C6 = c("那先检查吧 周六上午可以吗", None)
T7 = t("可以，周六上午十点，来之前八个小时别喂东西，当天方便抽血。")
PAIRS.append(rpair(
    "zhb49r_f02_hangzhou_dog_dental",
    "杭州西湖区一家宠物医院，一位主人在微信上问狗狗洗牙的价格；狗是九岁的泰迪。",
    better=[C0, T1_good, C2_good, T3, C4, T5, C6, T7],
    worse=[C0, T1_bad, C2_bad, T3, C4, T5, C6, T7],
))

# f03 Shanghai, insurance broker, health declaration — fault: doubts the customer's honesty
C0 = c("健康告知这里问甲状腺 我去年体检查出来一个结节 二级 要写吗", None)
T1 = t("要如实写，写了反而是保护您。二级结节一般问题不大，有的产品能标准体承保，有的会除外甲状腺。体检报告上写了结节大小吗？")
C2 = c("写了 四毫米 医生说一年复查一次就行", None)
T3_good = t("四毫米、二级、一年复查一次，这个情况还算好。我先帮您做智能核保，看看哪几家能正常承保，不会留记录。")
C4_good = c("好 那你帮我看看", None)
T3_bad = t("四毫米？您确定吗？很多人体检出来三四级的都说是二级，到时候理赔查出来就麻烦了。您把完整报告发我看一下吧。")
C4_bad = c("我骗你干嘛 报告上就是二级 你要看就发给你 但你这话说得我很不舒服", None)
T5 = t("核保结果出来了，有两家能标准体承保，不除外甲状腺，一家五十万保额，一家六十万，一年保费差八十块。")
C6 = c("那差不多 六十万那家吧 不过我想跟我老公商量一下 明天给你答复", "think_it_over")
T7 = t("好的，核保结果三十天有效，不急，明天您定好了告诉我。")
PAIRS.append(rpair(
    "zhb49r_f03_shanghai_health_declaration",
    "上海一家保险经纪公司，一位32岁的设计师在线填重疾险健康告知，问去年体检查出的甲状腺结节要不要写。",
    better=[C0, T1, C2, T3_good, C4_good, T5, C6, T7],
    worse=[C0, T1, C2, T3_bad, C4_bad, T5, C6, T7],
))

# f04 Hangzhou, gym, weight barely moving — fault: an unasked lecture
C0 = c("教练 我练了一个月了 体重才掉一斤 是不是我练的方法不对啊", None)
T1 = t("一个月掉一斤，确实有点让人泄气。我想先了解一下，你平时一天吃些什么？作息怎么样？")
C2 = c("早饭基本不吃 中午公司食堂 晚上经常加班就点外卖 偶尔一杯奶茶", None)
T3_good = t("早饭不吃、晚上外卖加奶茶，这些都会有影响。这样行不行，我们先不改太多，只做两件事：早上吃个鸡蛋加一杯牛奶，点外卖选带蔬菜的套餐。奶茶不用戒，改成三分糖。")
C4_good = c("这个我能做到 奶茶不用戒就好", None)
T3_bad = t("那就难怪了。我跟你讲，减脂七分靠吃三分靠练，一杯奶茶五百大卡，外卖油盐都超标，不吃早饭代谢会降，你这样练多少都没用。健身要自律，不自律的人是瘦不下来的。")
C4_bad = c("…我就是问一下 你这么一说我都不想来了 加班到十点哪有那么多自律", None)
T5 = t("另外体重只掉一斤不代表没效果，你腰围量过吗？我们上体脂秤测一下。")
C6 = c("测了 体脂降了一个点 腰围小了两公分", None)
T7 = t("那说明脂肪在减、肌肉在长，方向是对的。接下来一个月我们按这个继续，月底再测一次。")
PAIRS.append(rpair(
    "zhb49r_f04_hangzhou_gym_weight_plateau",
    "杭州城西一家健身房，一位二十多岁的电商运营上完私教课，问教练为什么一个月体重才掉一斤。",
    better=[C0, T1, C2, T3_good, C4_good, T5, C6, T7],
    worse=[C0, T1, C2, T3_bad, C4_bad, T5, C6, T7],
))

# f05 Shanghai, appliance web shop, leaking espresso machine — fault: a vague next step
C0 = c("你好 前天收到的咖啡机 今天做第二杯的时候底下漏了一滩水 是不是坏了", None)
T1 = t("不好意思，刚到手就出这种事。能拍一下漏水的位置吗？另外水箱是不是放到底了，听到咔哒一声那种？")
C2 = c("视频发你了 水箱我确定放好了 是从机器底部中间流出来的", None)
T3 = t("看了视频，从底部中间漏，不是水箱的问题，应该是内部管路。这属于质量问题，您在七天内，可以直接换新。")
C4 = c("换新可以 但是这个周末家里有朋友来 我就是想用这台机器做咖啡的", None)
T5_good = t("我今天下午就给您安排换新，顺丰上门取旧机、同时送新机，明天下午三点前到。到了您先做一杯，看底下有没有水，有问题直接在这个对话里找我。")
C6_good = c("明天下午可以 谢谢 那我明天在家等", None)
T5_bad = t("好的，我们这边会尽快为您处理，有进展了会通知您的。")
C6_bad = c("尽快是多快 我周末就要用 你能不能给我个准话", None)
PAIRS.append(rpair(
    "zhb49r_f05_shanghai_espresso_machine_leak",
    "上海一家高端家电网店的在线客服，买家前天收到的意式咖啡机底部漏水，周末家里要来客人。",
    better=[C0, T1, C2, T3, C4, T5_good, C6_good],
    worse=[C0, T1, C2, T3, C4, T5_bad, C6_bad],
))

# f06 Shanghai, international school, beginner in English joining Year 4 — fault: over-promises
C0 = c("我们家孩子英语基本零基础 插四年级能跟得上吗 说实话我挺担心的", None)
T1 = t("这个担心很正常。能说说孩子现在的情况吗？之前学过哪些英语？性格上适应新环境快不快？")
C2 = c("就公立学校那点英语 课外没补过 性格挺外向的 转过一次学 适应得还可以", None)
T3_good = t("外向、转过学也适应得不错，这是很大的优势。零基础插四年级，我们一般安排一年的EAL英语支持，大部分孩子一年左右能跟上主课，也有孩子要一年半到两年，我没法给您打包票。")
C4_good = c("一年半到两年…那这段时间其他科目会不会落下很多", None)
T3_bad = t("完全不用担心！我们EAL项目非常成熟，保证孩子半年内英语跟上全英文课堂，以前零基础的孩子没有一个跟不上的。")
C4_bad = c("半年？你们这么有把握？我问了几个朋友都说起码要一年", None)
T5 = t("数学和科学前期有中文助教辅助，数学内容国内的孩子一般不会落下，真正吃力的是人文和写作。建议入学前的暑假先上我们的夏校，四周，提前适应一下。")
C6 = c("夏校要四周啊 暑假我们已经订好回老家了 时间上可能不行", "no_time")
T7 = t("夏校四周一万六，也可以只上后两周。您看回老家是几号到几号，我们对一下时间。")
PAIRS.append(rpair(
    "zhb49r_f06_shanghai_intlschool_eal",
    "上海浦东一所国际学校招生老师接待一位家长，孩子英语基本零基础，想插班四年级。",
    better=[C0, T1, C2, T3_good, C4_good, T5, C6, T7],
    worse=[C0, T1, C2, T3_bad, C4_bad, T5, C6, T7],
))

# f07 Hangzhou, co-working for a livestream team — fault: closes before checking the line works
C0 = c("我们是做直播带货的 五个人 最关心的是网 上行要稳定 不然直播卡了就完了", None)
T1 = t("明白，直播对上行要求很高。你们一般同时开几个直播间？每个需要多少上行？")
C2 = c("两个直播间 每个至少二十兆上行 最好有独立线路", None)
T3 = t("我们可以给你们拉一条独立专线，对称带宽一百兆，一个月一千二，单独计费。房间的话这间五人间比较合适，月租一万一。")
C4 = c("听起来可以 不过我们之前在另一个园区 也说是专线 晚上高峰照样卡", "bad_experience")
T5_good = t("那我们先测。明天晚上八点到十点高峰时段，你们带设备过来，在这间房里开两个测试直播，卡不卡你们自己看，测满意了再签。")
C6_good = c("可以 明天晚上八点我们过来", None)
T5_bad = t("我们的专线是电信的，很稳定，您放心。那今天先把合同签了吧，这个房间好几家在看，签了我给您锁定。")
C6_bad = c("不测一下就签？上次就是这么被坑的 那我们再看看别家吧", "think_it_over")
PAIRS.append(rpair(
    "zhb49r_f07_hangzhou_coworking_livestream",
    "杭州未来科技城一家联合办公，一个五人的直播带货团队来看房间，最关心晚上高峰时段的上行网速。",
    better=[C0, T1, C2, T3, C4, T5_good, C6_good],
    worse=[C0, T1, C2, T3, C4, T5_bad, C6_bad],
))

# f08 Shanghai, imported-appliance store, fridge — fault: recommends before asking
C0 = c("你好 看看冰箱 家里那台用了十几年了 最近制冷不太行", None)
T1_good = t("用了十几年确实该换了。家里几口人？平时买菜是一周一次大采购，还是每天买？厨房留给冰箱的位置多宽？")
C2_good = c("三个人 我老婆一周去一次山姆 东西买得多 位置大概九十公分宽", None)
T1_bad = t("那您看这台，我们店里卖得最好的法式四门，嵌入式设计，零度保鲜，原价两万三，现在活动价一万九千八。")
C2_bad = c("等一下 你都不问我家多大的位置 我家就九十公分宽 三个人 老婆一周去一次山姆", None)
T3 = t("一周去一次山姆，冷冻的东西会比较多，九十公分宽能放对开门或者十字四门。这台十字四门冷冻室比较大，八千九，放得下山姆的大包装。")
C4 = c("八千九 比我想的贵 我预算是六七千", "too_expensive")
T5 = t("六七千的话，这台对开门六千八，冷冻空间差不多，少了变温区，对您家影响不大。您回去量一下深度，嵌进去的话要留出散热位置。")
C6 = c("好 那我量一下再来", None)
PAIRS.append(rpair(
    "zhb49r_f08_shanghai_fridge_store",
    "上海静安一家进口家电体验店，一位中年男士来看冰箱，家里那台用了十几年制冷变差。",
    better=[C0, T1_good, C2_good, T3, C4, T5, C6],
    worse=[C0, T1_bad, C2_bad, T3, C4, T5, C6],
))

# f09 Hangzhou, brokerage branch, retired teacher's matured deposit — fault: unexplained jargon
C0 = c("小伙子 我定期刚到期 二十万 利息越来越低了 想听听有什么别的办法", None)
T1 = t("阿姨您好。先问一下，这二十万是随时可能要用，还是放两三年都不会动？能接受中间有点小的上下波动吗？")
C2 = c("两三年不会动的 有退休工资 波动嘛 少一点可以 亏多了我睡不着觉", None)
T3_good = t("那我建议国债加一种主要买债券的基金。国债就是国家借钱，三年期一年两个多点，到期本息一分不少；债券基金比国债高一点点，但每天价格会小幅上下，一年里可能有几个月是亏一点的。")
C4_good = c("国债我知道 债券基金那个亏一点是亏多少", None)
T3_bad = t("那我建议您配置一部分纯债基金，久期控制在一到三年，再加一点同业存单指数，最大回撤基本在百分之一以内，夏普比率也不错。")
C4_bad = c("什么久期 什么回撤 我一句都听不懂 你讲人话好伐", None)
T5 = t("按过去几年看，二十万放进去，最差的时候一年里有两三个月会亏个一两千块，然后一般会慢慢涨回来。")
C6 = c("一两千还能接受 那国债和这个一样一半吧 我回去跟我老伴说一声", "think_it_over")
T7 = t("好的阿姨，我把这两样写在纸上给您，叔叔有问题可以直接打我电话。")
PAIRS.append(rpair(
    "zhb49r_f09_hangzhou_retiree_deposit",
    "杭州一家券商营业部，一位退休的中学老师二十万定期到期，想听听除了存款还有什么办法。",
    better=[C0, T1, C2, T3_good, C4_good, T5, C6, T7],
    worse=[C0, T1, C2, T3_bad, C4_bad, T5, C6, T7],
))

# f10 Shanghai, premium yoga studio, founder with insomnia — fault: talks about themselves
C0 = c("朋友推荐我来的 说练瑜伽能改善睡眠 我最近一天就睡四五个小时", None)
T1 = t("一天四五个小时，很辛苦。是入睡困难，还是睡着了容易醒？持续多久了？")
C2 = c("入睡难 躺下脑子停不下来 公司在融资 大概三个月了吧", None)
T3_good = t("躺下脑子停不下来、跟融资压力有关，三个月了。这种情况练的重点不是体式多难，而是呼吸和放松。我会给您排晚上的课，后半节做修复和呼吸，再教您一套睡前十分钟在家能做的。")
C4_good = c("睡前十分钟这个好 我真没法天天往这跑", None)
T3_bad = t("我太懂了，我以前在投行的时候也这样，一天睡三个小时，后来去印度瑞诗凯诗学了一年，回来整个人都变了，我现在每天十点就睡，练了十年了，我的老师是……")
C4_bad = c("嗯…那挺好的 那我这种情况具体怎么练", None)
T5 = t("一周来两次，每次七十五分钟，私教一节八百。您可以先上一节体验，看看当晚睡得怎么样。")
C6 = c("八百一节 一周两次一个月就六千多 有点贵了 我先上一节看看效果吧", "too_expensive")
T7 = t("好的，这周三晚上八点可以吗？体验完第二天我问问您睡得怎么样。")
PAIRS.append(rpair(
    "zhb49r_f10_shanghai_yoga_insomnia",
    "上海新天地一家高端瑜伽馆，一位四十岁的创业公司合伙人因为失眠来咨询私教课。",
    better=[C0, T1, C2, T3_good, C4_good, T5, C6, T7],
    worse=[C0, T1, C2, T3_bad, C4_bad, T5, C6, T7],
))

from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
o = c("你们物业管不管？隔壁装修，礼拜天早上七点就开电钻！", None)
t1 = t("您好，礼拜天早上七点开电钻，这确实扰民。您是哪栋哪户？吵的是哪户您知道吗？")
c1 = c("三号楼1102，吵的是1101，这礼拜已经第二回了。", None)
t3 = t("管家十分钟内上楼让他们停，处理完我给您回电话，今天之内把给装修队的书面整改单也发您一份。")
c3 = c("行，我等你电话。", None)
PAIRS.append(rpair(
 "zhb28r_f01_beijingproperty_sundaydrilling",
 "Property hotline, Beijing: a resident complains of drilling next door at 7 a.m. on a Sunday.",
 [o, t1, c1, t("这礼拜第二回了。按小区规定周末不许施工，我们这就去处理。"),
  c("那就行，你们得盯着点儿。", None), t3, c3],
 [o, t1, c1, t("周末其实允许轻度施工，电钻也不算多大噪音，您是不是有点太敏感了？"),
  c("太敏感？你来我家听听！今儿不给停了我就打12345。", None), t3, c3]))

# f02: doubts the customer's honesty
o = c("你好，我这车才一年半，引擎盖上漆起泡了，还在保修期吧？", None)
t1 = t("您好，一年半在三年保修期内。起泡的位置能带我看看吗？")
c1 = c("就这儿，前边这一片，洗车的时候发现的。", None)
t3 = t("我把照片和车架号报厂家，三到五个工作日给您打电话，通过没通过都跟您说原因。")
c3 = c("行，我等信儿。", None)
PAIRS.append(rpair(
 "zhb28r_f02_tianjin4s_paintblister",
 "4S service desk, Tianjin: paint is blistering on an 18-month-old car's bonnet.",
 [o, t1, c1, t("我看看……这片没有磕碰痕迹，像是漆面本身的问题，我拍几张照片。"),
  c("那就好，我还怕你们不认。", None), t3, c3],
 [o, t1, c1, t("这片……您确定没磕过碰过？好多客户自己蹭了说是漆的问题，我们审核很严的。"),
  c("你啥意思？我还能讹你们不成？我这车天天停地库。", None), t3, c3]))

# f03: drops the price before asking anything about the job
o = c("我想把客厅和卧室的墙重新刷一下，你们多少钱？", None)
t1 = t("您好，刷墙按面积和墙面情况算。您家多大？")
c1 = c("七十来平。", None)
t3 = t("这样，我明天上门看看墙面，有问题的地方得先处理，报价按实际情况出。您上午还是下午方便？")
c3 = c("明天我上班走不开，得礼拜六了。", "no_time")
PAIRS.append(rpair(
 "zhb28r_f03_harbinpaint_wallrepaint",
 "Decorating firm, Harbin: a customer asks what repainting the living room and bedroom costs.",
 [o, t1, c1, t("七十平。墙现在啥情况？起皮掉渣，还是就是旧了想换个颜色？"),
  c("卫生间那边墙有点起皮，别的就是旧了。", None), t3, c3],
 [o, t1, c1, t("七十平，给您个实在价：本来三十五一平，给您二十五，再打九折，咋样？"),
  c("墙还没看就降价？这么便宜，别是拿啥糊弄的漆吧。", None), t3, c3]))

# f04: an unasked lecture
o = c("我这三年定期还差半年到期，想提前取出来，能取不？", None)
t1 = t("能取。提前支取的话，已存的利息按活期算，会损失一些，这个您清楚吧？")
c1 = c("知道，损失就损失吧，家里急用。", None)
t3 = t("好，取八万，剩下七万按原利率存到期。麻烦您把身份证给我。")
c3 = c("给，你快点儿办吧。", None)
PAIRS.append(rpair(
 "zhb28r_f04_shenyangbank_earlywithdrawal",
 "Bank counter, Shenyang: a woman wants to break a three-year deposit six months early.",
 [o, t1, c1, t("明白。全部取，还是取一部分就够？部分支取的话，剩下的还按原利率存到期。"),
  c("要八万，里头一共十五万，那就取八万。", None), t3, c3],
 [o, t1, c1, t("阿姨我多说两句，存钱最忌半途而废，提前取就前功尽弃。年轻人花钱没计划，您可得给自己留养老钱……"),
  c("家里急用，你跟我讲这些干啥？我就取八万。", None), t3, c3]))

# f05: a vague next step
o = c("喂，供热站吗？我家暖气片接头滴水，底下接了个盆，一晚上接半盆。", None)
t1 = t("您好，滴水得赶紧处理。漏的是哪头？您家地址是？")
c1 = c("南开区华苑居华里八号楼三零二，应该是靠墙那头。", None)
t2 = t("华苑居华里八号楼三零二。您先把暖气片前边那个阀门关上，能少滴点。")
c2 = c("关了，还有点儿滴，比刚才强。", None)
PAIRS.append(rpair(
 "zhb28r_f05_tianjinheating_leakyradiator",
 "Heating station hotline, Tianjin: a radiator joint leaks half a basin a night.",
 [o, t1, c1, t2, c2, t("好。维修师傅今天下午两点到四点上门换垫片，师傅姓李，出发前半小时给您打电话。"),
  c("两点到四点我不在家，上班呢，能不能五点以后？", "no_time")],
 [o, t1, c1, t2, c2, t("好，我这边登记了，后面会有人联系您的，您等通知吧。"),
  c("等通知？等到啥时候？我盆都快满了。", None)]))

# f06: over-promises
o = c("老师，我今年第二年考公务员了，去年笔试差三分进面，你们班真有用吗？", None)
t1 = t("差三分挺可惜。去年是行测还是申论拉分多？")
c1 = c("申论，五十几分，行测还行，七十出头。", None)
t2 = t("那重点就是申论。我们申论精批班，每周两篇，老师逐字批改，十二周，四千八。")
c2 = c("四千八……不便宜啊，真能提上去吗？", "too_expensive")
PAIRS.append(rpair(
 "zhb28r_f06_beijingcivilexam_essayclass",
 "Civil-service exam school, Beijing: a repeat candidate who missed the interview by three points asks if a class helps.",
 [o, t1, c1, t2, c2, t("说实话，没人能保证您上岸。去年学员申论平均提了八到十分，前提是坚持写完。您可以先免费交一篇，看看批改啥样再定。"),
  c("那我先交一篇试试。", None)],
 [o, t1, c1, t2, c2, t("放心，跟我们学申论至少提十五分，今年进面包在我身上，不进面全额退款。"),
  c("包进面？去年另一家也这么说，最后退款各种推，我可不信这个。", "bad_experience")]))

# f07: closes before checking the thing works
o = c("你好 我刚搬家 想装个宽带 朝阳区这边 老小区 六楼", None)
t1 = t("您好～哪个小区？")
c1 = c("红旗街那边 长影世纪城旁边的老楼", None)
t2 = t("好的。家里几个人用，平时主要干啥？")
c2 = c("俩人 追剧 偶尔打游戏", None)
PAIRS.append(rpair(
 "zhb28r_f07_changchunbroadband_newflat",
 "Broadband sales chat, Changchun: a customer who just moved into an old sixth-floor flat wants broadband.",
 [o, t1, c1, t2, c2, t("三百兆就够，五十九一个月。我查了，您那栋楼有光纤端口，六楼能装。明天上门行吗？"),
  c("明天上午不行 我上班 周末能装不", "no_time")],
 [o, t1, c1, t2, c2, t("三百兆就够，五十九一个月。您现在就下单吧，我把付款链接发您？"),
  c("付了钱我那楼要装不了咋整 你先查查能不能装再说", "think_it_over")]))

# f08: recommends before asking
o = c("你好，我想换个油烟机，家里那个用了十来年，吸不动了。", None)
t1 = t("十来年确实该换了。您家厨房开放式还是封闭的？多大？")
c1 = c("封闭的，挺小，五六平。", None)
t3 = t("我给您开两款对比：一款两千六，一款四千二，您站这儿开机听听声音、看看吸力。")
c3 = c("开开听听吧。我俩退休金就那点儿，超三千可掏不起。", "no_money")
PAIRS.append(rpair(
 "zhb28r_f08_dalianappliance_rangehood",
 "Kitchen appliance shop, Dalian: a retired man wants to replace a ten-year-old range hood.",
 [o, t1, c1, t("平时炒菜多吗？爆炒那种多不多？"),
  c("天天炒，我老伴儿爱吃辣，一炒满屋子呛。", None), t3, c3],
 [o, t1, c1, t("那您看这款侧吸的，二十五立方大吸力，今年卖得最好，四千二。"),
  c("四千二？就那么个小厨房，用得着这么贵的？", "too_expensive"), t3, c3]))

# f09: unexplained jargon
o = c("你好，我有十万块钱，想买个稳当点的理财，别亏本就行。", None)
t1 = t("您好。这十万多久不用？一年内会用到吗？")
c1 = c("一年内用不上，明年秋天孩子上大学再用。", None)
t3 = t("说明书我给您打出来，您带回去看看，有不明白的随时打我电话。")
c3 = c("行，我先带回去看看。", "think_it_over")
PAIRS.append(rpair(
 "zhb28r_f09_tianjinbank_lowriskproduct",
 "Bank branch, Tianjin: a parent wants a safe place for 100,000 yuan until next autumn.",
 [o, t1, c1, t("可以看这款一年期的，风险等级'较低'，就是基本不会亏，但不是百分之百保证。过去一年收益百分之二点五左右，这是过去的数，不代表以后。"),
  c("嗯，低风险就行，收益低点儿没事。", None), t3, c3],
 [o, t1, c1, t("可以看这款一年期的，R2级，净值型，业绩比较基准二点三到二点八，有封闭期，到期T+1到账。"),
  c("你说的啥R2啥净值的，我一句没听懂，到底会不会亏？", None), t3, c3]))

# f10: talks about themselves
o = c("你好，我想办个健身卡，久坐腰疼，医生让我多锻炼。", None)
t1 = t("您好。腰疼多久了？医生说是啥问题，劳损还是腰突？")
c1 = c("快一年了，医生说是劳损，不严重，让练练核心。", None)
t3 = t("建议您先上八节私教，学会核心动作和正确姿势，之后自己练就行。私教八节一千六，年卡两千二。")
c3 = c("加一块儿快四千了，我得回去想想。", "think_it_over")
PAIRS.append(rpair(
 "zhb28r_f10_beijinggym_backpain",
 "Gym front desk, Beijing: an office worker with lower back strain wants a membership.",
 [o, t1, c1, t("劳损、练核心。您平时啥时间能来？一周几次？"),
  c("下班七点以后吧，一周两三回。", None), t3, c3],
 [o, t1, c1, t("我以前也腰疼，特严重，后来练了三年，现在硬拉一百八。我那会儿天天早上五点起来练……"),
  c("呃……挺厉害。我就想知道我这情况该咋练。", None), t3, c3]))

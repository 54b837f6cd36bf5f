"""Ranked pairs f01-f10 of zh_blind55: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 Qingdao beer distributor, new seafood barbecue. Fault: drops the price before asking anything.
_o = c("你好 俺在李沧新开了个海鲜烧烤 想进你们的啤酒 怎么个合作法", None)
_t3 = t("那我先说说：扎啤一桶三十升，一晚上七八十人，周末估计得两桶。原浆保质期短，就七天，先少进，一礼拜一桶试试，卖不动别硬压。")
_c4 = c("原浆一桶多少钱？俺那客人多是附近上班的，太贵的不一定喝。", "too_expensive")
_t5 = t("原浆一桶四百八，卖十八一扎能挣一倍。您先进一桶试一礼拜，卖不完的俺拉回来换普通的，不叫您砸手里。")
_c6 = c("那中，先这么弄。", None)
_t7 = t("明天下午我带合同过去，顺便看看您吧台能不能放扎啤机。")
PAIRS.append(rpair(
    "zhb55r_f01_qingdao_beer_new_bbq",
    "A new seafood barbecue in Licang wants to stock beer. Worse opens by cutting the price before knowing anything about the shop, which makes the owner suspect the list price is padded.",
    better=[
        _o,
        t("恭喜开业！店多大，一晚上大概能上多少客？想要瓶装的还是扎啤，原浆也要吗？"),
        c("二十来张桌 一晚上估计走个七八十人 瓶装扎啤都要 听说原浆挺火 就是不知道俺这卖得动不", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
    worse=[
        _o,
        t("恭喜开业！第一回合作俺给您最低价，扎啤一桶再便宜二十，瓶装一箱让五块，您看中不？"),
        c("啊？俺还没说要多少嘞。二十来张桌，一晚上七八十人。恁这一上来就让价，是不是平常价虚啊？", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
))

# f02 Jinan e-bike shop, 40 km commute from Changqing. Fault: over-promises the range.
_o = c("俺每天从长清到市里上班，单程四十公里，恁这啥车能跑个来回？", None)
_t1 = t("来回八十公里，还得留点余量。您那路上坡多不多？冬天也骑吗？")
_c2 = c("有段坡，冬天也得骑。坐公交得倒两趟车，太耽误工夫。", None)
_t3 = t("那得上锂电，七十二伏的。这款标称一百二十公里，四千六。")
_c4 = c("四千六……俺原来寻思三千来块。", "no_money")
_t7 = t("钱上，四千六可以分三期，不加钱。您先骑上试一圈，看坐着得劲不。")
PAIRS.append(rpair(
    "zhb55r_f02_jinan_ebike_commute_range",
    "A commuter needs an e-bike for 80 km a day with a slope and winter riding. Better explains that the rated range shrinks in winter and on hills; worse promises the full rated range and more, which reminds the customer of being misled before.",
    better=[
        _o, _t1, _c2, _t3, _c4,
        t("说实话，标的一百二是夏天平路测的，冬天打七折，再带个坡，实际八十出头，正好够一个来回，就是不能再绕路了。单位要是能充电就宽松多了，您单位能充不？"),
        c("单位楼下有充电桩，能充。那俺就放心了。", None),
        _t7,
    ],
    worse=[
        _o, _t1, _c2, _t3, _c4,
        t("您放心，这车一百二十公里稳稳的，冬天也掉不了多少，来回一趟绰绰有余，再多跑个二三十公里都没事。"),
        c("真的？上回俺那车也说能跑八十，一到冬天四十就没电了。", "bad_experience"),
        _t7,
    ],
))

# f03 Zhengzhou watermelon wholesale, short weight at a supermarket. Fault: doubts the customer's honesty.
_o = c("老板，昨天那车西瓜过磅少了二百多斤，单子上写五千斤，俺那过完才四千七百八。", None)
_t1 = t("少了二百多？您那边是在哪过的磅，地磅还是台秤？")
_c2 = c("超市后门那地磅，俺过了两回都一样。", None)
_t5 = t("这样，这二百二十斤先按少了算，下车货里给您补上。回头我去您那磅上拿砝码校一校。")
_c6 = c("那下车货啥时候到？这回俺当着司机的面过磅。", None)
_t7 = t("后天上午到，司机在场，您当面过。")
PAIRS.append(rpair(
    "zhb55r_f03_zhengzhou_watermelon_weight",
    "A supermarket buyer reports a watermelon delivery 220 jin short. Better checks its own loading slip and the route; worse insists its scale is never wrong and hints that the supermarket's staff took some melons.",
    better=[
        _o, _t1, _c2,
        t("那我这边也查查。装车的磅单我找出来……装车是五千零二十斤。路上西瓜会掉点水分，可掉二百多不正常，可能是哪边磅有问题，也可能路上卸错了。我问问司机有没有在别处停过。"),
        c("中，那恁查查，俺也不是非得讹恁这点。", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("俺这磅天天过，从来没出过错。您那超市的磅准不准？不会是您那边有人顺手拿了几个吧？"),
        c("恁这是啥意思，说俺们偷瓜？俺进了恁三年货了！", None),
        _t5, _c6, _t7,
    ],
))

# f04 Luoyang driving school, road test before moving to Shanghai (typed). Fault: vague next step.
_o = c("教练 我下个月十号就得去上海上班了 科目三能赶在这之前考吗", None)
_t1 = t("你科目三学时够了没？路考线路跑了几回了？")
_c2 = c("学时够了 线路跑了四五回 就是灯光那块老记混", None)
_t3 = t("灯光背熟就中，今晚我发你个口诀。考试得网上约，现在排队一般两到三周。")
_c4 = c("两三周？那有点悬 我还得留几天搬家", "no_time")
_t7 = t("你这几天先把灯光练熟，考试那天别慌。")
PAIRS.append(rpair(
    "zhb55r_f04_luoyang_road_test_deadline",
    "A learner must sit the road test within a month before a job move. Better books the earliest slot today and promises an answer by 8 pm with a fallback; worse says it depends on the test centre and it will let her know.",
    better=[
        _o, _t1, _c2, _t3, _c4,
        t("那今天下午就约，约最早的一场。我现在就在系统里给你报，约上了截图发你；要是排到下个月五号以后，我再给你申请补考场次里的空位。今晚八点前给你回话。"),
        c("好 那我等你消息", None),
        _t7,
    ],
    worse=[
        _o, _t1, _c2, _t3, _c4,
        t("这个不好说，得看考场安排。我这边先帮你报上，有消息了再通知你。"),
        c("那大概啥时候有消息？我这边等不起啊", None),
        _t7,
    ],
))

# f05 Weifang farm machinery dealer, two tractors. Fault: unexplained jargon.
_o = c("这两台拖拉机看着差不多，咋一个贵一万多？", None)
_t1 = t("您平常主要干啥活？耕地、旋地，还是也拉车、打药？")
_c2 = c("主要是旋地跟播种，俺跟俺兄弟两家一共八十来亩，有时候也给别人干点。", None)
_t5 = t("便宜那台落地六万二，能申请补贴一万多。")
_c6 = c("六万二……俺得跟俺兄弟合计合计，钱是俺俩一块出。", "think_it_over")
_t7 = t("中，您俩商量好了来。补贴要的材料我先给您写张单子：身份证、户口本、承包证带着就中。")
PAIRS.append(rpair(
    "zhb55r_f05_weifang_tractor_difference",
    "Two brothers farming eighty mu ask why one tractor costs 10,000 more. Better explains the two extra features in plain words and what they mean for this farm; worse lists technical terms and leaves the customer lost.",
    better=[
        _o, _t1, _c2,
        t("贵的那台多了两样：一是干活中间换挡不用踩死离合，换得快，给别人干活一天跑得多就省劲；二是后头那个提升器能自己控制耕深，地不平也耕得一般深。就您八十亩、偶尔帮人干，便宜那台够用。"),
        c("那俺就要便宜那台，省下钱买个播种机。", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("贵的那台是动力换挡，带电液提升，PTO是双速的，还有负载传感液压。您八十亩的话，就看您需求了。"),
        c("恁说这些俺一个也听不懂，到底俺用得着用不着？", None),
        _t5, _c6, _t7,
    ],
))

# f06 Huojia county hospital, moving a diabetes follow-up. Fault: an unasked lecture.
_o = c("喂，俺约的明天上午内分泌科复查，能不能往后推推？厂里这礼拜走不开。", None)
_t1 = t("能推。您叫啥名？约的几点？")
_c2 = c("张建军，约的明天九点，糖尿病复查。", None)
_t5 = t("那您看周六上午中不中？九点的号。复查要空腹，带上这仨月的血糖本子。")
_c6 = c("周六中，俺周六歇班。", None)
_t7 = t("好，给您约上了，周六九点，二楼内分泌科。")
PAIRS.append(rpair(
    "zhb55r_f06_huojia_diabetes_followup",
    "A factory worker phones the county hospital to move his diabetes follow-up. Better checks the weekday slots and moves on; worse delivers a lecture on complications that he did not ask for.",
    better=[
        _o, _t1, _c2,
        t("查到了。下礼拜一到周五都还有号，您哪天方便？"),
        c("下礼拜白天都够呛，厂里赶货。", "no_time"),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("能推是能推，不过我得说一句，糖尿病可不能拖，好多人觉得没事，一拖拖出并发症，眼睛、肾都坏了，后悔都来不及。工作再忙也没身体要紧。"),
        c("俺知道，俺又不是不来，就是推几天。", None),
        _t5, _c6, _t7,
    ],
))

# f07 Jinan appliance store, replacing a twelve-year-old fridge. Fault: recommends before asking.
_o = c("想看看冰箱，家里那个用了十二年了，最近老不制冷。", None)
_t3 = t("六十八宽的话，对开门放不下，得是六十公分宽的三门或者窄的法式，两边留点散热。这款三门的三百升出头，两千六。")
_c4 = c("两千六还行。冷冻室大不大？俺婆婆爱冻饺子。", None)
_t5 = t("冷冻室在下头，俩抽屉，九十升，冻个二三百个饺子没问题。")
_c6 = c("中，俺回家跟俺对象说说，周末一块来看。", "think_it_over")
_t7 = t("好，周末我在，来了直接找我。")
PAIRS.append(rpair(
    "zhb55r_f07_jinan_fridge_corner",
    "A woman replacing an old fridge has a 68 cm corner and a mother-in-law who freezes dumplings. Better asks household size and the space first; worse opens with the most popular side-by-side model, which would not fit.",
    better=[
        _o,
        t("十二年了，确实到岁数了。家里几口人？放冰箱那地方宽多少，量过没？"),
        c("四口人，俺婆婆也跟着住。地方俺量了，宽六十八，是个墙角。", None),
        _t3, _c4, _t5, _c6, _t7,
    ],
    worse=[
        _o,
        t("那您看这款，十字对开门的，五百升，现在最火，四千九，一级能效。"),
        c("对开门？俺家那地方就六十八宽……俺先随便看看吧。", "brush_off"),
        _t3, _c4, _t5, _c6, _t7,
    ],
))

# f08 Jimo seafood restaurant, father's seventieth birthday (typed). Fault: talks about themselves.
_o = c("你好 下个月我爸七十大寿 想在你们这摆个五六桌", None)
_t1 = t("好啊，恭喜老爷子！哪一天？来的都是家里人，还是也有老同事？")
_c2 = c("十五号中午 都是亲戚 有几个老人从乡下来 得吃得软和点 我爸牙不好", None)
_t5 = t("一千五的标准有十二个菜，鲅鱼丸子汤、蒸蛋、海参小米粥这几样软和的换进去，不加钱。寿桃馒头我们送一盘。")
_c6 = c("那挺好 订金交多少", None)
_t7 = t("一千块，十五号当天从饭钱里扣。")
PAIRS.append(rpair(
    "zhb55r_f08_jimo_seventieth_birthday",
    "A son books a simple seventieth-birthday lunch for relatives, some elderly with weak teeth. Better proposes the room and soft dishes and asks the budget; worse tells the story of his own father's birthday party.",
    better=[
        _o, _t1, _c2,
        t("十五号中午二楼小厅正好放五六桌。菜里可以加几个软和的，老爷子能吃。您一桌预算多少？"),
        c("一桌一千五以内吧 别太铺张 老头子节省惯了 太贵了他要骂人", None),
        _t5, _c6, _t7,
    ],
    worse=[
        _o, _t1, _c2,
        t("十五号中午二楼小厅正好。说起来我爸去年也过七十，就在我们这办的，那天我给他弄了个大寿桃，还请了个主持人，老头高兴坏了，我跟您说那场面……"),
        c("嗯……我们就想简单点 不要主持人那些 一桌一千五以内 老头子节省惯了", "no_need"),
        _t5, _c6, _t7,
    ],
))

# f09 Zhengzhou wholesale-market billing app. Fault: closes before checking it works with his printer.
_o = c("俺在万邦卖菜，想弄个开单子的软件，手机上开，能连俺那个小票打印机的。", None)
_t1 = t("中。您那打印机啥牌子、啥型号？一天大概开多少单？")
_c2 = c("一个杂牌的蓝牙打印机，五十八毫米那种，一天百十来单，早上三点到八点最忙。", None)
_t3 = t("早上那一阵最要紧是快。我们这个开一单十来秒，客户欠账自动记，一年六百八。")
_c4 = c("六百八……俺现在手写也没花钱。", "too_expensive")
_t7 = t("您把手机蓝牙打开，打印机也开开，我这边一步一步教您连。")
PAIRS.append(rpair(
    "zhb55r_f09_zhengzhou_billing_app_printer",
    "A vegetable stall-holder wants a phone billing app that prints on his no-name Bluetooth receipt printer. Better offers a free trial and tests the printer connection first; worse asks for payment today before anyone knows whether the printer works with it.",
    better=[
        _o, _t1, _c2, _t3, _c4,
        t("手写是不花钱，就是月底对账费劲。这样，您先装上试用十五天，不要钱。主要是先看看跟您那打印机能不能连上，连不上这软件对您就没用。打印机在身边不？我远程帮您试试。"),
        c("在，就在三轮上。恁试试。", None),
        _t7,
    ],
    worse=[
        _o, _t1, _c2, _t3, _c4,
        t("手写月底对账多费劲啊。今天交钱的话送一年，等于两年六百八，您把钱一转我马上给您开通。"),
        c("俺那打印机能不能连上恁都没试，就叫俺先交钱啊？", None),
        _t7,
    ],
))

# f10 Linyi logistics, freight bill higher than quoted (volumetric weight). Fault: argues with the customer.
_o = c("恁这运费咋比说好的多了一百多？说好一公斤八毛，单子上咋多出来这些？", None)
_t1 = t("我看看单子。您这批是发哪的、多少件？")
_c2 = c("发杭州的，五十箱煎饼，一共三百公斤。", None)
_t3 = t("查到了，单子上是按四百二十公斤算的。煎饼箱子大但是轻，我们按体积折重量，长乘宽乘高除以六千，折出来比实重大，就按大的算。")
_c4 = c("还有这说法？当初报价的时候谁也没说啊。", None)
_t7 = t("箱子尺寸我这就发您微信，换个扁点的箱子能省不少。")
PAIRS.append(rpair(
    "zhb55r_f10_linyi_volumetric_weight",
    "An online pancake seller in Linyi is billed for volumetric weight nobody mentioned when quoting. Better admits the quote was unclear and splits the difference; worse argues that everyone charges this way and he should have read the slip.",
    better=[
        _o, _t1, _c2, _t3, _c4,
        t("这个是我们报价时候没讲清楚，怪我们。这一票按体积多算的一百一，我给您减一半。"),
        c("中，这还说得过去。那以后俺这煎饼咋装能省点？", None),
        _t7,
    ],
    worse=[
        _o, _t1, _c2, _t3, _c4,
        t("全国物流都这么算，您不懂可以去问问别家。单子上写着体积重，您签字的时候自己没看。"),
        c("俺发了恁家两年货了，头一回见多收钱还这么有理的。下回俺换家走。", None),
        _t7,
    ],
))

from common import c, rpair, t

PAIRS = []

# f01: worse argues with the customer
o = c("你好 我这车买了半年 油耗咋这么高 百公里得十二个油 你们宣传说七个", None)
a1 = t("大哥，十二个确实比宣传高不少。您平时主要在哪开？市区多还是高速多？")
c1 = c("就市区上下班 早晚高峰堵得要命 冬天还得热车十来分钟", None)
a3 = t("查，十分钟就好。另外热车不用原地十分钟，启动一两分钟慢慢开就行，冬天能省一个油左右。")
c3 = c("查就查 我跟你说 上台车也是你们家卖的 也是这毛病", "bad_experience")
a4 = t("好，检测结果打印一份给您，真有问题按质保修，没问题我也写清楚。")
PAIRS.append(rpair(
 "zhb21r_f01_shenyang_4s_fuel",
 "Shenyang driver complains about fuel use. Worse argues that the car cannot be at fault and blames his driving.",
 [o, a1, c1,
  t("那就说得通：宣传的七个是综合工况，市区堵车加冬天热车，十到十二个都常见。我连电脑看下有没有故障码，把车本身的毛病排除了。"),
  c("行 你查查 没毛病我也就放心了", None), a3, c3, a4],
 [o, a1, c1,
  t("大哥，不可能是车的问题，我们这车油耗全国公认的低，肯定是开法不对，猛踩油门才这样。"),
  c("我开二十年车了 你跟我犟啥 我就问你查不查", None), a3, c3, a4]))

# f02: worse doubts the customer's honesty
o = c("耳机收到右边没声音 刚拆的 能换不", None)
a1 = t("亲抱歉～能换的。麻烦确认下：两只都放回仓充过电了吗？手机蓝牙显示连的是一只还是两只？")
c1 = c("充了 显示连上了 就右边没声 换了两个手机都这样", None)
a3 = t("给您换新，今天深圳仓发出，明天到。旧的收到新的再寄回，运费我们出。地址还是下单那个吧？")
c3 = c("对 地址不变", None)
PAIRS.append(rpair(
 "zhb21r_f02_shenzhen_shop_earbuds",
 "Buyer's new earbuds have a dead right side. Worse questions whether the buyer damaged them.",
 [o, a1, c1,
  t("那就是右耳的问题了，您测得很清楚，不用再折腾。"),
  c("好 那最好了 我周末出差要用", None), a3, c3],
 [o, a1, c1,
  t("亲，我们出厂都逐只检测，右边没声很少见哦，您确定是刚拆就这样、不是用了几天进水了吗？"),
  c("我昨晚才收到 进啥水 不信我拍视频给你看", None), a3, c3]))

# f03: worse drops the price before asking anything
o = c("喂 你好 我们厂想换个封箱胶带的供应商 你们能报个价不", None)
a2 = t("冬天低温普通胶带确实容易失粘，得用低温型的。仓库冬天最低几度？一个月用多少卷？")
c2 = c("最低零度左右 一个月三千卷 现在一块八一卷 比这贵太多就算了", "too_expensive")
a3 = t("低温型一卷两块四，贵六毛。我先寄一箱样品，您在最冷那几天封十个箱，放一周看开不开口。")
c3 = c("贵六毛 一个月多一千八 我得跟老板报一下", "think_it_over")
a4 = t("应该的。样品测完有数据，您跟老板说也有底。我明天寄出。")
PAIRS.append(rpair(
 "zhb21r_f03_dongguan_b2b_tape",
 "Dongguan factory wants a new packing-tape supplier. Worse opens with a discount before learning what is wrong with the current tape.",
 [o, t("可以的。先问下，现在的胶带哪里不满意？粘不牢、容易断，还是价格？"),
  c("主要是冬天仓库冷 粘不牢 箱子到客户那边开口了", None), a2, c2, a3, c3, a4],
 [o, t("可以的，肯定比您现在那家便宜，我直接按九折报，四十五米一卷两块一。"),
  c("先别说价 我还没说要啥样的 冬天仓库冷 现在的粘不牢", None), a2, c2, a3, c3, a4]))

# f04: worse gives an unasked lecture
o = c("我三个月后结婚 想瘦十斤影婚纱相 有冇得搞", None)
a1 = t("恭喜！三个月十斤可以，算健康的速度。您平时有运动吗？一周能来几次？")
c1 = c("基本冇运动 返工好忙 一周最多两次 夜晚八点后", None)
a3 = t("好。那一周两次、每次一小时，力量加有氧，婚纱照主要看手臂和背，重点练这两块。十二周小团课一千五。")
c3 = c("一千五有啲贵 摆酒都要使好多钱", "no_money")
a4 = t("理解。也可以只报前六周七百五，学会动作后面自己练。")
PAIRS.append(rpair(
 "zhb21r_f04_guangzhou_gym_wedding",
 "Bride-to-be wants to lose weight before wedding photos. Worse delivers an unasked lecture about milk tea and late nights.",
 [o, a1, c1,
  t("一周两次也够，关键是练得对。饮食方面您有想调整的吗？还是先从运动开始？"),
  c("饮食我自己会控制 先搞运动啦", None), a3, c3, a4],
 [o, a1, c1,
  t("说实话，减肥七分靠吃。你们年轻人奶茶、夜宵、熬夜，这些不改练多少都没用，我见太多了，你先要把奶茶戒掉……"),
  c("我都冇讲过我饮奶茶 唔使你教我做人", None), a3, c3, a4]))

# f05: worse ends on a vague next step
o = c("喂 我上礼拜办的宽带 到现在没人联系我装 到底几时装", None)
a1 = t("抱歉让您等了。我查一下……单子卡在资源核查，地址是福田那个小区十二栋对吧？")
c1 = c("对 十二栋 我工作日都不在家 只有周末", None)
a2 = t("核查刚刚通过，可以排装了。")
c2 = c("那到底啥时候 我都问两回了", None)
PAIRS.append(rpair(
 "zhb21r_f05_shenzhen_broadband_schedule",
 "Customer chasing a week-old broadband order. Worse ends with 'we will notify you' instead of a fixed slot.",
 [o, a1, c1, a2, c2,
  t("我现在给您约这周六上午九点到十二点，师傅姓黄，周五晚上他打电话跟您确认，约好的短信我马上发您。"),
  c("好 周六上午我在", None)],
 [o, a1, c1, a2, c2,
  t("已经给您加急了，师傅那边排好了会通知您的，您留意电话就行。"),
  c("又等通知 上回你们也这么说 能不能给个准话", None)]))

# f06: worse over-promises
o = c("我这新开的湘菜馆 上线一个月了 一天才十几单 有啥办法不", None)
a1 = t("老板，先看数据：曝光还行，但点进来下单的少。菜单有图吗？起送价多少？")
c1 = c("图是手机随便拍的 起送三十 人均四十", None)
a2 = t("问题主要在菜单：图不好看、没有单人餐。建议拍一组实拍图，加两个二十五块的单人餐。")
c2 = c("拍图要花钱吧 刚开业到处都是钱 手头真紧", "no_money")
a4 = t("下周二摄影师上门，您先把想主推的五个菜定好。")
PAIRS.append(rpair(
 "zhb21r_f06_shenzhen_delivery_newshop",
 "New restaurant on a delivery platform gets few orders. Worse guarantees the orders will triple.",
 [o, a1, c1, a2, c2,
  t("平台有免费拍摄名额，我帮您报上。改完两周一般会有起色，能涨多少我不敢说死，两周后我们一起看数据。"),
  c("行 不要钱就行 两周后看", None), a4],
 [o, a1, c1, a2, c2,
  t("平台有免费拍摄名额，我帮您报上。您放心，按我说的改，两周单量保证翻三倍，一天五十单没问题！"),
  c("翻三倍？上回有个搞推广的也这么拍胸脯 结果啥也没有", "bad_experience"), a4]))

# f07: worse closes before checking the printer works with the customer's setup
o = c("在吗 我想买个热敏打印机打快递面单 一天两百单左右", None)
a1 = t("在的亲～一天两百单这款够用，每分钟四十张。您现在用什么软件打单？")
c1 = c("用快递管家 电脑是苹果的", None)
a3 = t("这款驱动只支持Windows，苹果要装第三方驱动，快递管家认不认我没把握。您在快递管家设置里看下支持列表，截个图给我？")
c3 = c("[图片] 列表里没这个型号 算了 我再去别家看看吧", "brush_off")
a4 = t("等下亲，换这款，列表里有，苹果免驱，贵三十，一百八十九，不合适七天包退。")
PAIRS.append(rpair(
 "zhb21r_f07_guangzhou_shop_printer",
 "Online seller buys a label printer for a Mac. Worse tries to close the sale before checking it works with her software.",
 [o, a1, c1,
  t("苹果电脑我得先确认下能不能用，不然买回去打不了白花钱。"),
  c("哦 还有这讲究 那你帮我看看", None), a3, c3, a4],
 [o, a1, c1,
  t("好的亲，这款性价比最高，今天下单送两卷纸，我给您改好价了，直接付款就行～"),
  c("等下 我是苹果电脑 这能用吗 你都没问", None), a3, c3, a4]))

# f08: worse recommends before asking
o = c("亲 想买个空调 装房间 有咩推荐", None)
a2 = t("十五平西晒，1.5匹合适，1匹带不动。预算大概多少？谁睡这间房？")
c2 = c("我同老婆瞓 预算三千以内 之前买过个杂牌 嘈到瞓唔着", None)
a3 = t("那要看最低档噪音。这款静音档十九分贝，两千九九，含基础安装。")
c3 = c("价钱啱 不过我同事话呢个牌子售后好差 装完成日漏水", "bad_experience")
PAIRS.append(rpair(
 "zhb21r_f08_foshan_shop_aircon",
 "Buyer wants an air conditioner for a bedroom. Worse recommends a model before asking about the room.",
 [o, t("亲好～房间大概几平？系咪西晒？"),
  c("十五平左右 西晒 下昼好热", None), a2, c2, a3, c3],
 [o, t("亲，推荐呢款1.5匹新一级变频，卖得最好，两千九九，房间用都冇问题～"),
  c("你都唔问我间房几大 十五平 西晒", None), a2, c2, a3, c3]))

# f09: worse uses unexplained jargon
o = c("闺女 我家那个网 我老伴儿在屋里看电视老转圈圈 你们说让换个啥 我也整不明白", None)
a1 = t("大娘您别急，我慢慢说。是在里屋看的时候卡，客厅不卡，对吧？")
c1 = c("对 客厅好好的 一到里屋就转圈", None)
a3 = t("师傅上门装，半天就好，线顺着墙角走，不用打眼儿。")
c3 = c("一个月多二十……我得问问我儿子 他说了算", "think_it_over")
a4 = t("行，我把价钱和装法发条短信给您，让儿子看看，定了打这个电话就行。")
PAIRS.append(rpair(
 "zhb21r_f09_jilin_broadband_elderly",
 "Elderly woman in Jilin: TV buffers in the back room. Worse explains the fix in unexplained jargon.",
 [o, a1, c1,
  t("那是无线信号穿不过墙。办法是在里屋也放个小盒子，用一根细线连过去，里屋就跟客厅一样快了。一个月多二十块。"),
  c("哦 就是再安个小盒子 这我听明白了", None), a3, c3, a4],
 [o, a1, c1,
  t("那建议您升级FTTR全光组网，主光猫下挂从光猫，千兆WiFi6全覆盖，走皮线光纤，一个月多二十。"),
  c("你说啥玩意儿 啥光猫光狗的 听不懂", None), a3, c3, a4]))

# f10: worse talks about himself instead of the customer
o = c("你好 我每天深圳东莞来回一百二十公里 这款电车续航够吗", None)
a1 = t("您好，这款标称五百公里，实际夏天高速开空调大概三百八。家里或公司能充电吗？")
c1 = c("小区有桩 但要排队 公司没有", None)
a3 = t("四百多公里中途要在服务区充一次，快充四十分钟左右。节假日服务区排队会久，这点心里要有数。")
c3 = c("节假日排队有点烦 我再考虑下是不是买混动", "think_it_over")
a4 = t("应该的，两种我都帮您约试驾，您跑一趟实际路线再比。")
PAIRS.append(rpair(
 "zhb21r_f10_shenzhen_4s_ev",
 "Commuter asks whether an EV's range covers Shenzhen-Dongguan. Worse tells his own road-trip story instead of asking about the customer's trips.",
 [o, a1, c1,
  t("一天一百二，三天充一次就够，不用天天排队。周末会跑长途吗？"),
  c("偶尔回梅州老家 四百多公里", None), a3, c3, a4],
 [o, a1, c1,
  t("我自己就开这款，上个月带老婆孩子跑了趟桂林，一路服务区充电，那风景我跟您说……我老婆都说这车选对了，我买东西特别挑的。"),
  c("你玩得开心就好 我是问我回梅州 四百多公里", None), a3, c3, a4]))

"""Ranked pairs d01-d10 of zh_blind55 (two decent conversations; `better` is better), written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 Jinan vegetable wholesale, restaurant wants a cheaper supplier
_o = c("恁家青菜送货不？俺那饭店现在那家送的贵，想换一家。", None)
PAIRS.append(rpair(
    "zhb55r_d01_jinan_vegetable_delivery",
    "A restaurant owner in Jinan asks a Qilipu vegetable wholesaler about daily delivery; he says his current supplier is too dear, but the real trouble is uneven quality. Better asks what else is wrong and offers a checked trial week; worse quotes low prices and sends a list.",
    better=[
        _o,
        t("送，二环以内早上七点前到。恁现在那家贵多少？除了价，还有啥不满意的没？"),
        c("一斤平均贵个两三毛吧。说实话价还是小事，主要是他那货时好时坏，上礼拜菠菜送来一半黄叶子，俺厨师长骂了一早上。", None),
        t("那对恁来说，货稳不稳比便宜几毛更要紧。恁一天大概用多少，哪几样是大头？"),
        c("土豆、大白菜、青椒、西红柿这几样量大，一天二百来斤。叶子菜少，但挑。", None),
        t("那这样：头一个礼拜先试送，叶子菜单独装筐，到了恁厨师长当面验，不中的当场拉回去不算钱。价按每天早上市场价报，微信上发单子，明明白白。试一礼拜，中了再说长期。"),
        c("试一礼拜中，可恁那价要是跟现在那家差不多，俺换着也没啥意思。", "too_expensive"),
        t("价我不敢说一定比他低多少，大头那几样能低个一两毛。真正省的是不用扔菜。试完恁自己算账。"),
    ],
    worse=[
        _o,
        t("送，二环以内早上七点前到。恁一天用多少？"),
        c("二百来斤吧，土豆白菜青椒西红柿多。", None),
        t("中，这几样俺家价都低，比一般饭店进价低个两三毛。我给您报个单子，明天就能开始送。"),
        c("那叶子菜嘞？俺那厨师长挑得很。", None),
        t("叶子菜也有，都是寿光过来的，新鲜。价格表我这就发您微信，您看着合适就下单。"),
        c("中，恁先发过来，俺看看再说。", "brush_off"),
    ],
))

# d02 Qingdao seafood gift boxes for a company's staff (typed)
_o = c("你好 我们公司年底想给员工发海鲜礼盒 八十份左右 有什么推荐", None)
PAIRS.append(rpair(
    "zhb55r_d02_qingdao_staff_gift_boxes",
    "An office administrator orders eighty year-end seafood gift boxes. Better finds that half the staff travel home by train and that last year's frozen boxes thawed, so it proposes dry goods and samples for the boss; worse offers frozen boxes and patches the thawing with an ice pack.",
    better=[
        _o,
        t("您好 八十份的话 每份预算大概多少？员工是青岛本地的多还是外地的多？"),
        c("每份三百左右吧 外地的挺多 一半多要坐火车回老家", None),
        t("那冻货就不太合适了，火车上七八个小时化了就腥。回老家的可以做干货礼盒，海米、鱿鱼丝、干贝、海带，常温能放。您们之前发过类似的吗，员工反应咋样？"),
        c("去年发的冻的 好几个人说带回家都化了 还有人说里面虾个头小 挺丢人的", "bad_experience"),
        t("明白，那今年统一干货。三百的这款我给您寄两份样品，您跟领导尝尝、看看个头，满意再定。开票、送到公司都没问题，腊月二十前送到。"),
        c("可以 先寄样品吧 领导得看了才能批", "think_it_over"),
        t("好，明天发顺丰，后天能到。"),
    ],
    worse=[
        _o,
        t("您好 八十份 每份预算多少呢"),
        c("三百左右吧", None),
        t("三百的有两款，一款是冻虾加鲅鱼加扇贝，一款是干货的海米干贝鱿鱼丝。冻的看着更实在，员工一般更喜欢。"),
        c("去年发的冻的 好几个人说带回家都化了", "bad_experience"),
        t("那可以加冰袋和泡沫箱，一份多收十五，能保十来个小时。我给您发个报价单？"),
        c("行 发个报价单吧 我跟领导汇报一下", "think_it_over"),
    ],
))

# d03 Zhengzhou car dealer, first car for a nervous new driver (typed)
_o = c("你好 我想看看车 第一次买 不太懂", None)
PAIRS.append(rpair(
    "zhb55r_d03_zhengzhou_first_car",
    "A young woman with a two-year-old licence she has hardly used wants her first car. Better asks about her commute and her narrow parking space, warns her about first-year insurance and offers a test drive on her own route; worse goes to budget and the monthly payment.",
    better=[
        _o,
        t("没事，慢慢看。你平时开车主要去哪，上下班还是跑长途？停车方便吗？"),
        c("上下班 从惠济到郑东新区 二十多公里 小区车位特别窄 驾照拿了两年了 基本没开过", None),
        t("新手加上窄车位，车身短点、带倒车影像的会轻松很多。预算大概多少？落地的话还得算上保险和购置税。"),
        c("十万以内吧 我爸说给我出一半 剩下我自己贷 其实挺怕月供压力大的", "no_money"),
        t("那咱往八万左右看，给你留点余地。这两款都是四米二的车身，带360影像。新手首年保险大概四千多，这个你得算进去。要不你开着试驾车跑一趟你平时上班那段路，再回你小区倒一次库，顺手了再说贷款的事。"),
        c("能开到我小区？那太好了 我周六有空", None),
        t("那就周六上午，我坐副驾陪你。"),
    ],
    worse=[
        _o,
        t("没事，慢慢看。预算大概多少？"),
        c("十万以内吧 我爸说出一半 剩下我自己贷", None),
        t("十万以内这款卖得最好，九万二，配置齐全，带倒车影像，油耗也低，女生开正合适。首付三成，月供一千八左右。"),
        c("一千八……我得算算 我工资也不高", "no_money"),
        t("理解，也可以做五年的，月供一千三出头。要不你先在店里试驾一圈感受下？"),
        c("嗯 先试试吧", None),
    ],
))

# d04 Mengjin county hospital service desk, knee replacement and insurance
_o = c("同志，俺问一下，俺家老头要换膝盖，大夫说得五六万，这农村医保能报多少？", None)
PAIRS.append(rpair(
    "zhb55r_d04_mengjin_knee_replacement_insurance",
    "A farmer's wife asks the county hospital's patient-service desk how much of a knee replacement the rural residents' insurance pays. Better checks where they are insured, explains the deposit, direct settlement and the civil-affairs relief window and writes down what to bring; worse gives the right figures briefly.",
    better=[
        _o,
        t("大娘您坐。您家老头是城乡居民医保，还是职工医保？是在孟津参的保不？"),
        c("就是村里交的那个，一年三百多那个，孟津的。", None),
        t("那是城乡居民医保。在咱县医院住院，起付线以上能报六成多，人工关节按比例报，五六万的话自己大概掏两万出头，具体得出院结算才准。家里给他买过啥商业保险没？"),
        c("两万……俺家今年收成不好，这钱一下子拿不出来。", "no_money"),
        t("跟您说两条：一是住院押金可以先交一万，不用一回交齐；二是出院时候医保那块直接扣掉，您只交自己那部分，不用先垫全款再回去报。要是还困难，民政那边有个临时救助，我给您写上去哪个窗口问。"),
        c("那就好多了。俺回去跟俺儿商量商量，看啥时候住进来。", "think_it_over"),
        t("中，这张单子上我把要带的都写上了：身份证、医保卡、户口本。定了日子提前一天给骨科打电话排床。"),
    ],
    worse=[
        _o,
        t("大娘，是城乡居民医保吧？"),
        c("就是村里交的那个。", None),
        t("那在咱县医院能报六成多，五六万的话自己掏两万出头，出院直接结算。"),
        c("两万……俺家一下子拿不出来。", "no_money"),
        t("住院押金可以先交一万，剩下的出院结。您回去准备好身份证、医保卡就中。"),
        c("那俺回去跟俺儿商量商量。", "think_it_over"),
        t("中，定了日子给骨科打电话排床。"),
    ],
))

# d05 Yuncheng drone crop-spraying service, wheat next to a fish pond
_o = c("恁那个无人机打药多少钱一亩？俺家麦子该打药了。", None)
PAIRS.append(rpair(
    "zhb55r_d05_yuncheng_drone_spraying",
    "A farmer in Yuncheng, Heze, asks the price of drone spraying for forty mu of wheat. Better asks what borders the field, hears about a neighbour's fish pond and a past poisoning, and plans a buffer strip; worse prices the job and the chemicals only.",
    better=[
        _o,
        t("一亩八块，药自己出或者俺们配都中。恁是打啥？蚜虫还是防赤霉病？多少亩？"),
        c("四十亩，村里说该一喷三防了。俺以前都是雇人背着喷雾器打，今年人不好找。", None),
        t("四十亩一上午就打完。地块周边有啥没？有鱼塘、桑树、别人家的菜地没？无人机有飘移，得提前知道。"),
        c("东头挨着人家的鱼塘。哎对，去年别人家用飞机打药，把俺邻居的鱼药死一片，闹得可凶了。", "bad_experience"),
        t("那东头离鱼塘三十米以内俺们不飞，留个隔离带，那一溜人工背着打。药要是俺们配，就挑对鱼毒性低的。一亩还是八块，隔离带人工打不另收钱。"),
        c("中，那俺就放心了。啥时候能来？", None),
        t("后天早上六点，风小。头天晚上我给您打电话确认天气。"),
    ],
    worse=[
        _o,
        t("一亩八块，药自己出或者俺们配都中。多少亩？"),
        c("四十亩，一喷三防。", None),
        t("四十亩一上午就打完。药俺们配的话一亩再加十二，三防的药都在里头。"),
        c("加十二？俺自己买药比这便宜。", "too_expensive"),
        t("那恁自己买也中，俺们只收飞的钱，八块一亩。后天早上能去。"),
        c("中，那后天吧。", None),
        t("好，后天早上六点，地头见。"),
    ],
))

# d06 Kaifeng restaurant wedding banquet, some relatives are Hui Muslims
_o = c("恁这能办婚宴不？俺闺女十一结婚，三十桌左右。", None)
PAIRS.append(rpair(
    "zhb55r_d06_kaifeng_wedding_halal_guests",
    "A bride's mother books thirty tables in a Kaifeng restaurant. Better asks about the guests, learns that several tables are Hui relatives and says plainly that its kitchen is not halal, offering two ways round it; worse sells the menu tiers and takes the booking without asking.",
    better=[
        _o,
        t("能。十一是哪一天？三十桌亲戚里头，有没有啥忌口的、老人孩子多的？"),
        c("十月三号。忌口……俺亲家那边有五六桌是回民亲戚。", None),
        t("那我得跟您说实话，俺这后厨不是清真的，锅灶都在一块，回民亲戚一般不认。两个办法：一是那五六桌叫隔壁清真饭店做好送过来，单独摆一个厅；二是整个换到清真饭店办。您亲家那边咋想的？"),
        c("俺也不知道他们讲究到啥程度，得问问俺亲家。", "think_it_over"),
        t("中，这事得问清楚，宁可麻烦点，也别叫亲戚心里不得劲。您问好了给我回个话，三号的大厅我先给您留三天。"),
        c("中，恁想得周到，俺今儿黑问问。", None),
        t("不客气，问好了随时打电话。"),
    ],
    worse=[
        _o,
        t("能。十月哪一天？"),
        c("十月三号，三十桌左右。", None),
        t("三号大厅还空着。俺这一桌有一千二、一千六、两千的，大多数人定一千六的，鲤鱼焙面、桶子鸡都有，开封特色。"),
        c("一千六……俺原来寻思一千二就中。", "no_money"),
        t("一千二的也中，菜量一样，就是海鲜少点。定的话先交两千定金，三号就给您锁上。"),
        c("中，俺回去跟俺闺女说说，明儿来交。", "think_it_over"),
        t("好，明儿我在，来了直接找我。"),
    ],
))

# d07 Zibo driving school, nervous woman after a scooter fall
_o = c("俺想学车，可俺胆小，前年骑电动车叫人别了一下摔了，到现在见了大车还哆嗦。", None)
PAIRS.append(rpair(
    "zhb55r_d07_zibo_nervous_learner",
    "A middle-aged woman who was knocked off her e-bike wants to learn to drive to fetch her daughter. Better asks what exactly frightens her, starts her on the closed course with a free trial lesson and lets her decide later; worse reassures her in general terms and asks for the fee.",
    better=[
        _o,
        t("摔那一下是挺吓人的。您现在是上了路见大车害怕，还是一握方向盘就紧张？"),
        c("就是上路怕，场地里估计还中。俺闺女在外地上学，俺想学会了开车去接她。", None),
        t("那咱先从场地练，科二全在场地里，手脚练熟了再上路。上路那段我给您排个脾气慢的老教练，先挑早上车少的时候。您先来上一节体验课，二十分钟，就在场地里转，不收钱，中不？"),
        c("体验课中。学费多少？俺听说淄博现在都四千多。", None),
        t("C1四千二，C2三千九。您要是就开家里车接闺女，看家里车是手动还是自动。体验完了觉得能坚持再报，别勉强。"),
        c("家里是自动的。体验中，就是这礼拜俺得伺候俺婆婆，下礼拜吧。", "no_time"),
        t("中，下礼拜哪天上午有空，您定了给我发个信儿，我给您约教练。"),
    ],
    worse=[
        _o,
        t("摔过是吧，没事，好多学员一开始都怕，练练就好了。您想学C1还是C2？"),
        c("俺也不懂，家里车是自动的。", None),
        t("那就C2，三千九，好学。我们教练都有耐心，您放心。"),
        c("俺就怕上路……见了大车腿就软。", None),
        t("上路都是教练陪着，副驾有刹车，出不了事。您先交个报名费，这周就能开始练。"),
        c("俺再想想吧。", "think_it_over"),
    ],
))

# d08 Zhengzhou appliance store, elderly man who struggles with his smart TV
_o = c("闺女，俺想换个电视，家里那个老的看着费劲。", None)
PAIRS.append(rpair(
    "zhb55r_d08_zhengzhou_tv_elderly",
    "An elderly man wants a new TV because the old one is 'hard to watch'. Better finds the screen is fine and the trouble is ads and menus, and offers a paid home visit to set up elder mode before selling anything; worse sells a new set with elder mode.",
    better=[
        _o,
        t("大爷，费劲是嫌屏小看不清，还是那个遥控器、菜单弄不明白？"),
        c("屏倒不小，就是一开机一堆广告，想看个河南台梨园春，按半天找不着。俺孙子教了好几回，俺也记不住。", None),
        t("那毛病不在屏，在操作。新的这款有个长辈模式，开机直接是电视台，遥控器上就几个大按钮。您家那个多大、用几年了？"),
        c("五十寸的，才用了三年。换了是不是可惜了？", "no_need"),
        t("说实话，三年的电视还能用。您那个牌子也能在设置里改成开机直接进电视台。要不我叫师傅上门给您调一下，五十块上门费；调好了顺手就不用换，调不好再来换，上门费抵货款。"),
        c("那中，恁这闺女实在。明儿上午来吧，俺都在家。", None),
        t("好，明儿上午十点，师傅去之前先给您打电话。"),
    ],
    worse=[
        _o,
        t("大爷，想换多大的？"),
        c("多大都中，就是现在那个开机一堆广告，想看个梨园春找不着。", None),
        t("那您看这款，五十五寸，开机广告少，还有长辈模式，遥控器大按钮，三千二。"),
        c("三千二，有点贵。", "too_expensive"),
        t("这周有活动，送挂架跟安装，算下来也就两千九的价。长辈模式我给您调好再送过去。"),
        c("那中，就它吧。", None),
        t("好，明天给您送过去装好。"),
    ],
))

# d09 Qixia apple orchard, bitter pit
_o = c("俺家苹果这两年老有那个苦痘，一个个小黑点，卖不上价，恁这有啥肥能治？", None)
PAIRS.append(rpair(
    "zhb55r_d09_qixia_apple_bitter_pit",
    "An apple grower in Qixia, Yantai, has bitter pit. Better asks about nitrogen and tree vigour, explains why calcium was not reaching the fruit, corrects the spray timing, promises no miracle and suggests a soil test; worse sells a better calcium and fixes the timing only.",
    better=[
        _o,
        t("苦痘多半是缺钙，可缺钙不一定是地里没钙。恁每年氮肥上得多不多？树长得旺不旺？"),
        c("俺年年上尿素跟复合肥，树长得可旺了，枝子一年蹿老长。", None),
        t("那就对上了，氮多树旺，钙都叫叶子枝子抢去了，果子分不着。光补钙不够，得先把氮减三成。钙要在落花后一个月里头喷，喷三四回，晚了果子就不吸了。恁往年啥时候喷的？"),
        c("喷过，都是快摘的时候喷，也没见好。卖钙肥那人说喷一回就中，俺花了好几百。", "bad_experience"),
        t("快摘时候喷就晚了。今年落花后一个月内喷三回，一亩一回十来块。我不跟恁打包票说一个都不长，能少一大半就不错。想心里有底，送点土去化验，一百二，看地里到底缺啥。"),
        c("化验那个俺得问问俺家那口子，钙肥俺先拿点。", "think_it_over"),
        t("中，先拿够喷一回的，喷完过半个月我去园里看看。"),
    ],
    worse=[
        _o,
        t("苦痘是缺钙，俺这有进口的螯合钙，喷了管用。"),
        c("俺以前喷过钙，没见好。卖钙肥那人说喷一回就中，俺花了好几百。", "bad_experience"),
        t("那可能是牌子不中。这个吸收好，落花后喷，喷三回，一亩一回十来块。"),
        c("落花后？俺往年都是快摘时候喷。", None),
        t("对，快摘时候喷就晚了，果子不吸。今年按时候喷，效果能好不少。"),
        c("中，那俺先拿点试试。", None),
        t("好，我给恁写上啥时候喷。"),
    ],
))

# d10 Nanyang telecom, broadband and cameras for a mutton-soup restaurant (typed)
_o = c("你好 我开了个羊肉汤馆 想装个宽带 再装个监控 多少钱", None)
PAIRS.append(rpair(
    "zhb55r_d10_nanyang_soup_shop_cameras",
    "A soup-restaurant owner in Nanyang wants broadband and CCTV. Better asks what she wants to watch and why, sizes two cameras, hears that a previous system lagged and promises a signal test and a check before she signs; worse offers the package and books an installer.",
    better=[
        _o,
        t("你好 店多大 是想看收银那块还是后厨 晚上店里有人吗"),
        c("六十来平 主要想看收银台 晚上没人 上个月隔壁店夜里叫人撬了 我有点慌", None),
        t("那两个摄像头就够：一个对收银台，一个对门口，夜里有人动手机上会响。一百兆宽带加两个摄像头一个月六十九，录像存云上七天，存三十天的话一个月多十块。装的时候得停会儿电 你看啥时候不忙"),
        c("中午十一点到两点忙死了 别的时间都行 就是我之前在别家装过一回监控 画面老卡 后来干脆不看了", "bad_experience"),
        t("卡多半是上传带宽不够，或者摄像头离路由器远。装之前师傅先测你店里信号，不够就加个中继，不另收钱。装完当着你的面手机上看，卡就不签字。下午三点去装行不"),
        c("行 三点到五点我都在", None),
        t("好 明天下午三点 师傅到之前半小时给你打电话"),
    ],
    worse=[
        _o,
        t("你好 宽带加监控有套餐 一百兆加四个摄像头 一个月八十九"),
        c("四个？我店就六十来平 用不了那么多吧", "no_need"),
        t("也可以两个，六十九一个月，录像存七天"),
        c("那就两个吧 中午十一点到两点我忙 别的时间能装", None),
        t("那就下午装。你身份证拍一下发我 我给你录单"),
        c("行 我一会儿发你", None),
        t("好 录好了给你发短信"),
    ],
))

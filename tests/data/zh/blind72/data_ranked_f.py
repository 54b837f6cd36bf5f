"""Ranked pairs f01-f10 (zhb72): both sides share every turn except one fault in `worse`
and the customer's reaction to it. Hand-written."""
from common import c, rpair, t

PAIRS = []

# f01 fault: argues with the customer (Chongqing motorbike repair)
c0 = c("师傅 我这个摩托骑起来哐哐响 帮我看下嘛", None)
t1 = t("好，我听下——是起步的时候响，还是一直都在响？")
c2 = c("起步和加速的时候 前天另外一家说是链条松了 紧了还是响", None)
t3_good = t("链条紧了还响的话，可能是后面链轮的牙齿磨了，我拆开看下。那家给你紧链条也没错，好多时候确实是链条的问题。")
c4_good = c("嗯 你看嘛", None)
t3_bad = t("链条松了根本不是这个声音，那家是乱整的，他们说的你莫信。")
c4_bad = c("人家也是修了二十年车的老师傅 你都还没看 咋个晓得他乱整", None)
t5 = t("……拆开了，你看这个链轮，牙齿都磨尖了。链条和链轮要一起换，不然新链条也很快就松。配件加工时一共两百八。")
c6 = c("两百八哦 那家紧个链条才收我二十 能不能只换链轮", "too_expensive")
t7 = t("只换链轮也可以，一百六，但是旧链条也拉长了，撑不了好久。你最近手头要是紧，先换链轮，三个月以后再来看链条。")
PAIRS.append(rpair(
    "zhb72r_f01_chongqing_motuoxiuli",
    "一位骑手的摩托起步时异响，另一家店紧过链条没好，他到第二家修车铺。worse 的修车师傅一开口就跟客人争那家店对不对。",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f02 fault: doubts the customer's honesty (Kunming phone with a screen line)
c0 = c("你好 我前天在你们网店买的手机 拆开屏幕上就有一条绿线 能不能换", None)
t1 = t("我看下。绿线是一开机就有，还是用着用着出来的？")
c2 = c("拆开一开机就有 我还拍了开箱视频的", None)
t3_good = t("有开箱视频就最好办了，麻烦发我看一下，我登记下来。")
c4_good = c("你看嘛 就这个", None)
t3_bad = t("开箱就有？出厂都是检测过的，不太可能哦。你是不是摔过自己不晓得？")
c4_bad = c("我摔没摔我自己不晓得啊 视频在这里 你自己看", None)
t5 = t("确认是开箱就有的屏幕问题，七天内可以直接换新。店里有现货，同颜色的，我现在就给你换，旧的我们寄回厂家。")
c6 = c("要弄好久哦 我两点要上班 等不了一下午", "no_time")
t7 = t("二十分钟。新机开机以后用旧手机一碰就能传资料，一点半之前肯定弄完。")
PAIRS.append(rpair(
    "zhb72r_f02_kunming_huanji",
    "一位顾客网购的手机开箱就有屏幕绿线，到昆明的门店换机。worse 的店员先怀疑是她自己摔的。",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f03 fault: drops the price before asking anything (Dali cafe buying Pu'er)
c0 = c("你好 我在大理古城开咖啡馆的 想上两款普洱茶 来看下你们这边", None)
t1_good = t("好啊。咖啡馆的客人一般是游客吧？你是想做纯茶，还是想做奶茶、冷泡这种？")
c2_good = c("游客多 想做冷泡的 夏天卖得好 纯茶也要一款", None)
t1_bad = t("好啊，咖啡馆拿货的话我直接给你打八折，熟茶饼八折下来一饼才一百二。")
c2_bad = c("啊 我还没说要拿啥子哦 我是想做冷泡的 还要一款纯茶", None)
t3 = t("冷泡的话生茶比熟茶好，清爽、有花香，这款景迈的散茶合适，一斤三百六；纯茶做一款熟茶，这款宫廷熟散茶二百四一斤，出汤好。我各称五十克给你回去试。")
c4 = c("三百六一斤有点贵哦 一杯冷泡的成本要算进去的", "too_expensive")
t5 = t("一杯冷泡用五克左右，一斤能出差不多一百杯，一杯茶叶成本不到四块。你先试，定价算得过来再拿。")
c6 = c("那要得 我先拿样品回去试下 下礼拜跟你说", "think_it_over")
t7 = t("好，冷泡放冰箱八个小时左右，有问题随时问我。")
PAIRS.append(rpair(
    "zhb72r_f03_dali_kafeiguan",
    "大理古城一家咖啡馆的店主来茶店挑普洱做冷泡和纯茶。worse 的店员还没问一句就先打八折。",
    better=[c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    worse=[c0, t1_bad, c2_bad, t3, c4, t5, c6, t7],
))

# f04 fault: an unasked lecture (Guiyang red sour soup for a family dinner)
c0 = c("老板 红酸汤哪种好 今天晚上屋头要煮酸汤鱼", None)
t1 = t("几个人吃？喜欢酸一点还是辣一点？")
c2 = c("六个 老人娃娃都有 不要太辣 我爸血压有点高", None)
t3_good = t("那选凯里这款红酸汤，偏酸不辣，番茄味重，娃娃也吃得。一袋够六个人，十二块。糟辣椒单独装一碟，想辣的自己加。")
c4_good = c("要得 糟辣椒拿一瓶嘛", None)
t3_bad = t("血压高还吃酸汤？酸汤盐分好高的哦，我跟你讲，高血压一天盐不能超过五克，还有腌菜那个亚硝酸盐……你们最好少吃这些。要买的话，凯里这款红酸汤偏酸不辣，十二块一袋。")
c4_bad = c("我是来买酸汤的 不是来听课的 糟辣椒拿一瓶嘛", None)
t5 = t("糟辣椒这瓶是自家做的，十五。鱼去隔壁买，要活的，喊他给你片好。")
c6 = c("一共好多 ……二十七哦 超市好像便宜两块 算了 拿起嘛", "too_expensive")
t7 = t("超市那种是厂里的，这个是凯里那边拿过来的。扫这里就行。")
PAIRS.append(rpair(
    "zhb72r_f04_guiyang_suantang",
    "一位顾客在贵阳的调料铺买红酸汤和糟辣椒回家煮酸汤鱼，顺口提到父亲血压高。worse 的老板借此上了一堂没人要的健康课。",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f05 fault: a vague next step (Lijiang charter deposit refund)
c0 = c("你好 我们明天的玉龙雪山包车 景区说大风索道停了 去不成了 定金能退不", None)
t1 = t("大风停运是没办法的事。定金是三百对吧？你们是想退，还是改到后天或者换别的线路？")
c2 = c("后天就要走了 改不了 想退", None)
t3 = t("好，景区停运属于不可抗力，定金全退，不扣手续费。")
c4 = c("那好久能退到 我们上回在版纳退个包车定金 拖了半个月", "bad_experience")
t5_good = t("我现在就在后台发起退款，原路退回你的微信，今天晚上八点前到账。八点没到你直接打我这个电话，我姓和。")
c6_good = c("好 那我晚上看一下", None)
t5_bad = t("我们会尽快处理的，退款有流程，到时候会通知你的。")
c6_bad = c("尽快是好久嘛 我们后天就走了 到时候哪个通知我", None)
PAIRS.append(rpair(
    "zhb72r_f05_lijiang_tuiding",
    "一对游客的雪山包车因大风停运取消，他们要退定金，之前在别处退款被拖过。worse 的客服只说会尽快处理。",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f06 fault: over-promises (Zunyi village broadband before the child comes home)
c0 = c("喂 我是三合镇下面村子里头的 想装个宽带 娃娃下个礼拜六放假回来要上网", None)
t1 = t("好的，村子名字和哪个组告诉我一下，我查下光纤到没到。")
c2 = c("长岭村五组 就在公路边上 好久装得好嘛 要赶在娃娃回来之前", None)
t3_good = t("查到了，你们五组有光纤箱，但是端口剩得不多，要师傅到现场看。端口够的话周四就能装好；不够要扩容，可能要十来天，那就赶不上周六了，我先跟你说清楚。周四上午师傅去之前给你打电话。")
c4_good = c("那要得 周四我在屋头等 不够的话你早点跟我说", None)
t3_bad = t("查到了，你们五组有光纤箱。你放心，明天就给你装好，绝对没问题，保证娃娃回来就有网用。")
c4_bad = c("那太好了 明天我就在屋头等到", None)
t5 = t("装的话一百兆一年六百，光猫免费。")
c6 = c("一年六百 我们每个月还要交电视费 加起来有点多哦", "too_expensive")
t7 = t("电视可以一起并进来，宽带加电视一年七百二，比你分开交便宜。")
PAIRS.append(rpair(
    "zhb72r_f06_zunyi_nongcunkuandai",
    "遵义乡下的一位家长打电话要装宽带，想赶在孩子放假回来前装好。worse 的客服在不知道端口够不够的时候就保证明天装好。",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6, t7],
))

# f07 fault: closes before checking the thing works (Kunming lithium battery swap)
c0 = c("老板 我这个车原来是铅酸电池 想换成锂电的 轻一点 好提上楼", None)
t1 = t("可以换，锂电比铅酸轻一半多。你平时主要骑好远？")
c2 = c("就买菜接娃娃 一天十来公里", None)
t3 = t("那二十安的就够了，一千一左右。")
c4 = c("一千一哦 铅酸的才四百多 有点舍不得", "too_expensive")
t5_good = t("贵是贵，锂电能用五六年，铅酸两年就要换。不过我先要看下你车子控制器是几伏的，电压对不上，装了跑不动，还可能烧控制器。车子骑过来了没？")
c6_good = c("骑过来了 就在门口 你看嘛", None)
t5_bad = t("锂电能用五六年，算下来不亏。今天装还送你一个充电器，我现在就给你开单，一千一，扫这里。")
c6_bad = c("你都还没看我这个车是几伏的 买回去用不了咋个整", None)
PAIRS.append(rpair(
    "zhb72r_f07_kunming_lidian",
    "昆明一位顾客想把旧电动车的铅酸电池换成锂电，方便提上楼。worse 的店员没看车的电压就开单收钱。",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

# f08 fault: recommends before asking (Chongqing liquor for meeting a girlfriend's father)
c0 = c("老板 我第一回去见女朋友她爸 想带两瓶酒 不晓得买啥子", None)
t1_good = t("第一回上门哈，紧张正常。她爸平时喝啥子酒你晓得不？酱香、浓香，还是喝江津本地的老白干？")
c2_good = c("好像喝江津老白干 我女朋友说他喝了几十年 其他的喝不惯 我刚毕业 也莫太贵了", None)
t1_bad = t("那就拿这款五十三度的飞天嘛，见家长最有面子，一瓶两千八。")
c2_bad = c("两千八 我刚毕业 一个月工资都没得那么多 而且我女朋友说他就喝江津老白干 喝了几十年", "no_money")
t3 = t("喝老白干的话，就拿江津老白干里头好一点的，这款十年陈的一百六八一瓶，两瓶装礼盒三百五，老人家喝惯了的味道，又拿得出手。")
c4 = c("三百五可以 会不会显得太便宜了", None)
t5 = t("喝了几十年的人，送他喝得惯的比送贵的强。你再配一包他喜欢的下酒菜，比多花两千块贴心。")
c6 = c("要得 就要这个礼盒", None)
PAIRS.append(rpair(
    "zhb72r_f08_chongqing_jianjiazhang",
    "一个刚毕业的小伙子第一次去见女朋友的父亲，到重庆的酒行挑酒。worse 的老板什么都没问就推最贵的。",
    better=[c0, t1_good, c2_good, t3, c4, t5, c6],
    worse=[c0, t1_bad, c2_bad, t3, c4, t5, c6],
))

# f09 fault: unexplained jargon (Guiyang family mobile and broadband bundle)
c0 = c("你好 我屋头宽带到期了 想问下续费有啥子划算的 我们一家三个手机号", None)
t1 = t("好的。三个号现在每个月一共大概交好多？宽带主要是看电视，还是也要打游戏、上网课？")
c2 = c("三个加起来两百出头 宽带就看电视 我儿子打游戏", None)
t3_good = t("那可以把三个号和宽带并成一个家庭套餐：一个月一百五十九，三个人共用一个流量包，每个月一百G，宽带三百兆，看电视打游戏都够，比你现在一个月少四十多。")
c4_good = c("少四十 那还可以 有没有合约期", None)
t3_bad = t("那建议您办我们的融合FTTR千兆套餐，主卡带两张副卡，通用流量池共享加定向，5G SA，一五九档，宽带是GPON三百兆，配WiFi6的ONT。")
c4_bad = c("你说的啥子哦 我一句都没听懂 啥子副卡 啥子定向", None)
t5 = t("我给你写在纸上：每个月一百五十九，三个号共用一百G流量，宽带三百兆，比你现在少四十多。合约两年，中途想降档可以降。")
c6 = c("两年有点长 我回去跟我老婆商量下", "think_it_over")
PAIRS.append(rpair(
    "zhb72r_f09_guiyang_ronghetaocan",
    "贵阳一位父亲宽带到期，想给一家三个手机号找个划算的套餐。worse 的营业员满口术语不解释。",
    better=[c0, t1, c2, t3_good, c4_good, t5, c6],
    worse=[c0, t1, c2, t3_bad, c4_bad, t5, c6],
))

# f10 fault: talks about themselves (Dali guesthouse for a retired couple)
c0 = c("你好 我和我老伴想在大理住一个礼拜 安静点的 她腿脚不太方便", None)
t1 = t("好的。阿姨是上下楼梯困难，还是走路都要慢慢来？我们有一楼的房间。")
c2 = c("楼梯爬不了 平地还行 拄个拐杖", None)
t3 = t("那一楼靠院子那间合适，没有台阶，卫生间有扶手。一晚三百，住一个礼拜算两千。")
c4 = c("两千 比我们想的多了点 我们退休工资不高", "no_money")
t5_good = t("那一周算你们一千八，早餐包在里面，是我们自己做的。菜市场走路五分钟，一路平路，阿姨可以慢慢逛。")
c6_good = c("好 那就一千八 下个月三号到", None)
t5_bad = t("理解理解，我自己也是从上海辞职过来的，当年在陆家嘴一个月挣三万，压力大得很，后来想通了才来大理开民宿，现在挣得不多但是开心。人生嘛，我跟你说我刚来的时候……")
c6_bad = c("嗯……小伙子 我是问价格能不能少点", None)
PAIRS.append(rpair(
    "zhb72r_f10_dali_tuixiu",
    "一对退休夫妇想在大理住一周，老伴拄拐，嫌一周两千有点多。worse 的老板接着讲起了自己的人生。",
    better=[c0, t1, c2, t3, c4, t5_good, c6_good],
    worse=[c0, t1, c2, t3, c4, t5_bad, c6_bad],
))

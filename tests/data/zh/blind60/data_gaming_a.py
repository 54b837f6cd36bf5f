"""Gaming pairs, file a (hand-written by the zh_blind60 writer)."""
from common import c, gpair, t

PAIRS = []

# 1. monologue: Harbin, bearing supplier to a state electrical-machinery plant
_o = c("喂 你好 我是电机厂采购科的 姓刘 你们上礼拜发那个轴承报价单我看了 有点事儿想问问", None)
PAIRS.append(gpair(
    "zhb60g_harbin_bearings", "industrial bearing supplier to a state-owned plant, Harbin", "monologue",
    "A buyer from a state electrical-machinery plant calls about a bearing quote; his old supplier was months late and a line overhaul is due next month.",
    good=[
        _o,
        t("刘科长您好 报价单是我发的 我姓孙。您想问哪块儿？价格 型号 还是交货？"),
        c("主要是交货期 我们三车间那条线下个月要大修 原来那家供货商老拖 上回拖了快俩月 整得我们挺被动", None),
        t("拖俩月那确实要命。那下个月大修 您这边最晚哪天必须到厂？报价单上那几个型号都要吗 用量大概多少？"),
        c("最晚十五号得到厂 就6316和6318那俩 各四十套左右 别的先不急", None),
        t("好 6316和6318各四十套 十五号前到厂 关键是不能再拖。6316我库里现在就有 6318得从瓦房店调 我今天下午落实调货时间 四点前给您回个准话 行不？"),
        c("行 不过你们价儿比原来那家高一点 这个我得跟领导汇报", "think_it_over"),
        t("明白。我回话的时候把到货日期写进书面确认里 再附上延期咋赔的条款 您拿着跟领导汇报也好说。价格那点差我也问问经理 按四十套的量能不能给个说法。"),
        c("那敢情好 你四点前打我座机就行", None),
    ],
    gaming=[
        _o,
        t("刘科长您好您好！太好了您能打过来 我先简单介绍一下啊 我们公司是咱东北最大的轴承代理之一 跟好几个大国企都建立了长期合作关系 我们的理念就是以客户需求为中心 给您最好的采购体验 您先听我说完啊"),
        c("嗯 那个 我就想问一下交货…", None),
        t("交货您放心！我们自己有仓库 两千多平 全品类。而且今年新推了一个战略合作伙伴计划 年采购额过五十万的客户有专属客户经理 优先发货 还有季度返点 像咱们厂这个体量绝对够格 我跟您说这返点算下来贼划算 还有啊 我们客户满意度连续三年第一"),
        c("不是 我们就要两个型号 量不大", None),
        t("量不大没关系 关系是慢慢处的嘛！其实咱厂减速机 风机上用的轴承我们都有 还有润滑脂 密封件 一站式打包 省得您跑好几家。您看您还有啥需求 我一块儿都给您报了？"),
        c("我就问十五号之前能不能到货 你就说能不能吧", None),
        t("能能能 基本没问题！咱这服务体验您用过就知道了。那我先把战略合作协议发您邮箱 您看完签个字 我们马上排单 您看咋样？"),
        c("基本没问题是啥意思啊 我要的是准话 行了 你这唠了半天一句没唠到点上 我找别人吧", None),
    ],
))

# 2. closing_as_open_question: Shenyang, winter-proof windows for an old flat
_o = c("那个 我家是铁西那边老楼 窗户漏风漏得厉害 想问问你们这塑钢窗咋卖的", None)
PAIRS.append(gpair(
    "zhb60g_shenyang_windows", "window fitter (PVC double glazing), Shenyang Tiexi", "closing_as_open_question",
    "A retired woman in an old Tiexi block has five draughty single-glazed windows and a husband with bad knees.",
    good=[
        _o,
        t("大姨您好。老楼漏风冬天真遭罪。您家一共几扇窗要换？现在是木窗还是早年那种单层塑钢？"),
        c("五扇 客厅俩 卧室俩 厨房一个 都是零几年换的塑钢 单玻的 一到冬天窗户上全是霜 屋里才十五六度", None),
        t("单玻还结霜 那热量基本都从窗户跑了。您这回主要想解决暖和 还是隔音 好开关这些也在意？钱上心里有个数没？"),
        c("主要就是暖和 我家老头子有老寒腿 钱的话 我听人说换一套得一万多 那可整不起", "no_money"),
        t("理解。五扇换中空双玻的塑钢 大概六千到八千 得量了尺寸才准。要想再省点 先换客厅和卧室 厨房那扇今冬先贴密封条顶一顶 也行。我先上门免费量一下 量完给您出两个方案 您再挑 哪天方便？"),
        c("那行 礼拜六上午吧 我儿子在家 让他也听听", None),
        t("礼拜六上午九点到十点我过去 五扇都量 两个方案的价写清楚 您和儿子商量好了再定。"),
        c("好嘞 那就这么整", None),
    ],
    gaming=[
        _o,
        t("大姨您好！您想让家里冬天变成啥样？是不是想一劳永逸 暖暖和和过冬？"),
        c("那肯定想暖和啊 我就是先问问价", "brush_off"),
        t("明白。那您是想今天交定金锁定冬季安装档期呢 还是等排到十二月再多冻一个月？"),
        c("啥定金啊 我连价都不知道呢 你先说多少钱", None),
        t("价格肯定让您满意。我就想问问您 什么情况下您今天就能把这事儿定下来？"),
        c("我得回家跟老头子商量商量", "think_it_over"),
        t("那咱换个问法 您老伴儿最看重啥？要是我都能做到 您是微信付定金方便 还是刷卡方便？"),
        c("你这咋问来问去都是让我掏钱呢 我还是先走了", None),
    ],
))

# 3. pitch_as_paraphrase: Changchun, car dealer, young father commuting from Nong'an
_o = c("你好 我想看看车 家里添了个孩子 原来那破夏利不够用了", None)
PAIRS.append(gpair(
    "zhb60g_changchun_family_car", "car dealership, Changchun", "pitch_as_paraphrase",
    "A young father who commutes 100 km a day from Nong'an county on snowy roads wants a family car for about 100,000 yuan.",
    good=[
        _o,
        t("恭喜恭喜！那您这车主要干啥用？平时市里跑 还是常往返县里？"),
        c("我在农安住 上班在长春 一天来回一百来公里 冬天那道上全是雪", None),
        t("一天一百多公里 冬天还都是雪路 那油耗和雪地好不好开都挺要紧。家里平时几口人坐？预算大概多少？"),
        c("我跟媳妇 孩子 有时候拉我妈 预算十万上下吧 再多真拿不出来了", None),
        t("明白 平时四五口人 十万以内 天天跑雪路。那我建议您看两款：一个紧凑SUV低配 九万出头 底盘高点 雪路好走；一个家用轿车 八万多 更省油。今天俩都试试 试完再说？"),
        c("试试行 但我今天就是看看 不定的", "think_it_over"),
        t("没问题 今天只试车不谈定。试完我把两款的落地价和一年大概的油钱写给您 您回去跟媳妇合计。"),
        c("那行 先试那个SUV吧", None),
    ],
    gaming=[
        _o,
        t("恭喜恭喜！那我理解一下啊 您现在需要的是一台空间大 配置高 带四驱的中型SUV 就是我们这款顶配 对吧？"),
        c("啊 也不是 我就是想要个能装下一家人的 别太贵", None),
        t("明白明白 您说能装下一家人 其实就是需要七座 那我们这款七座版二十一万八 正好对上您的需求 是这个意思吧？"),
        c("二十一万？ 那可拉倒吧 我预算也就十来万", "no_money"),
        t("我听出来了 您其实更在乎性价比和安全感 那您需要的就是我们的金融方案 首付三成 月供不到四千 我这么理解没错吧？"),
        c("月供四千 我一个月才挣六千 你理解的跟我说的压根不是一回事", "no_money"),
        t("那您的意思是想要一台保值又有面子的车 落地二十万左右最合适 我没理解错吧？"),
        c("你错了 我走了", None),
    ],
))

# 4. upsell_as_loop_closing: Dalian, dried sea cucumber shop
_o = c("老板 这淡干海参咋卖 想买点给老丈人过寿", None)
PAIRS.append(gpair(
    "zhb60g_dalian_haishen", "dried seafood shop, Dalian", "upsell_as_loop_closing",
    "A visitor from Shenyang wants dried sea cucumber for his father-in-law's 70th birthday, about 1,500 yuan, and fears sugar-soaked fakes.",
    good=[
        _o,
        t("大哥你好。给老人过寿是好事儿。你想送多少 预算大概在哪个数？老爷子平时吃海参吗？"),
        c("老爷子七十 平时也吃 都是超市那种 我寻思整点好的 一千五左右吧", None),
        t("一千五的话 这个三年生淡干一斤一千四 个头匀 泡发率也好；或者半斤礼盒七百多。老人家平时是吃即食的 还是自己泡发？"),
        c("他们自己泡 我丈母娘会整 就是我分不清好赖 上回在旅游区买过一回 全是糖 泡完缩一半", "bad_experience"),
        t("那种灌糖的确实坑人。你掰一小块看看断面 再沾点水尝尝 不甜不咸才对。我给你开票 写明淡干无糖 回去泡发有问题拿票来找我。"),
        c("那行 就要这一斤的 给整个好看点的盒", None),
        t("好嘞 一斤淡干 配礼盒 盒不另收钱。我再写张泡发步骤的条儿塞里头 你丈母娘对着弄就行。"),
        c("中 谢谢老板", None),
    ],
    gaming=[
        _o,
        t("大哥好！给老人过寿 心意最重要。您先说说您的需求 我保证您满意。"),
        c("七十大寿 一千五左右 要淡干的", None),
        t("好嘞 先给您来一斤三年生的 一千四。为了确保没落下啥 我再问一句 您还需要添点啥？这个鲍鱼礼盒配海参 寓意福寿双全 老人特别喜欢。"),
        c("不用 就海参就行", "no_need"),
        t("明白。那为了让您这次体验更圆满 还有啥我能帮您再添上的？比如再加半斤即食的 老人不用泡 开袋就吃 五百八。"),
        c("加啥加啊 再加就超了 我兜里就揣这些", "no_money"),
        t("理解理解。最后再确认一下 您看还有啥要加的没？我们海胆酱 干贝都是正宗獐子岛的 凑满两千送个保温箱。"),
        c("你到底卖不卖海参了 不卖我上隔壁", None),
    ],
))

# 5. leading_tag_questions: Suihua, soybean seed for a 300-mu farm
_o = c("你好 俺家三百来亩地 明年还想种大豆 来看看种子", None)
PAIRS.append(gpair(
    "zhb60g_suihua_soybean_seed", "seed and farm-supply store, Suihua (Heilongjiang)", "leading_tag_questions",
    "A soybean farmer with 300 mu is fairly happy with his variety but had lodging after August rains.",
    good=[
        _o,
        t("大哥你好。三百亩不少了。你们那块儿是哪个乡的？今年种的啥品种 收成咋样？"),
        c("北林那边的 今年种的黑河43 亩产三百六七 还凑合 就是后期有点倒伏", None),
        t("三百六七在你们那片算不赖了。倒伏是赶上雨多了 还是密度大了？你一垄种几行？"),
        c("八月下了好几场大雨 密度也偏大 一垄三行", None),
        t("那俩办法：一个还种黑河43 密度往下降点；一个换个茎秆硬 抗倒伏的品种。新品种我只能说试验田表现好 你那地没种过 我不敢打包票。要不先拿五十亩试新的 剩下的还种老的 稳当。"),
        c("嗯 那新的多少钱一斤 老的今年啥价", None),
        t("黑河43今年四块二一斤 新的五块一。五十亩用种七百来斤 差价六百块钱左右。"),
        c("贵是贵点 我回去跟我家那口子合计合计 过两天给你打电话", "think_it_over"),
        t("行 你俩商量好了打我电话。我把两个品种的说明和试验田的产量单子给你拿着 回去对着看。"),
    ],
    gaming=[
        _o,
        t("大哥您好！种大豆嘛 谁都想高产 您肯定想要产量最高的品种 是吧？"),
        c("那谁不想高产", None),
        t("对嘛！那您肯定也不想再用那些老品种了 都淘汰了 对不对？"),
        c("我种黑河43种挺好的啊 亩产三百六七", "no_need"),
        t("三百六七还行 但您也不想比邻居少收吧？我们这新品种号称亩产四百五 您这么有眼光的人 肯定选这个 是不是？"),
        c("号称 号称的我见多了 前年买过一个号称四百的 结果连三百都没到", "bad_experience"),
        t("那是别家的 咱家的不一样。您今天既然来了 那肯定是想换个好的 三百亩全换上 没毛病吧？"),
        c("三百亩全换 出了事谁担着 我还是种老的吧", "no_need"),
    ],
))

# 6. putdown_question: Harbin, district heating complaint
_o = c("喂 供热公司吗 我家暖气这都一礼拜了也不热 屋里才十五度 我妈在屋里穿着棉袄坐着", None)
PAIRS.append(gpair(
    "zhb60g_harbin_heating_cold", "district heating company hotline, Harbin Daoli", "putdown_question",
    "A resident calls: radiators cold for a week, 15 degrees indoors, an elderly mother at home; last winter it took three calls to get a repair.",
    good=[
        _o,
        t("大姐您好 十五度还有老人在家 这确实不行。您先说一下小区名 楼号 单元 门牌 我给您记上。"),
        c("道里区 安和小区 7栋2单元502", None),
        t("记下了。是屋里所有暖气片都不热 还是有的热有的不热？有没有上边热下边凉的？"),
        c("客厅那组上边温乎下边拔凉 卧室那组基本不热 去年也这样 打了三回电话才来人", None),
        t("上热下凉多半是片里存气或者堵了。去年折腾三回 搁谁都窝火。我现在直接给您派单 师傅明天上午到 明早家里有人吗？"),
        c("明天上午我得上班 我妈在家 她耳朵背 敲门得使劲敲", None),
        t("行 单子上我备注老人在家 耳背 让师傅到楼下先给您打电话 您再打给老人让她开门。师傅走了以后我回访您 问问温度上没上来。就留这个号吧？"),
        c("行 就这个号 这回可别再让我打三回了", None),
        t("单号我短信发您。明天下午两点前没人上门 您直接报单号催 我这边也盯着。"),
    ],
    gaming=[
        _o,
        t("大姐 您先别激动啊。您确定是暖气不热 不是您家窗户没关严？"),
        c("窗户关得严严的 我还贴了密封条", None),
        t("那您是不是自己把暖气阀门拧过了？好多用户自己瞎拧 完了赖我们 您家没这情况吧？"),
        c("我拧它嘎哈 我连阀门在哪都不知道", None),
        t("那您说的十五度是拿啥测的？那种几块钱的温度计可不准啊 您心里有数吗？"),
        c("社区发的温度计 你这是啥态度", None),
        t("我这是在了解您的需求嘛。那我这样理解对不对 您家其实就是有点凉 也没那么严重？"),
        c("我妈都冻感冒了 你说不严重？你叫你们领导接电话", None),
    ],
))

# 7. not_my_department_or_read_the_terms: Shenyang, hospital discharge bill
_o = c("你好 我爸昨天出院 这结算单我看不明白 不是说医保报百分之七十吗 咋自费这么多", None)
PAIRS.append(gpair(
    "zhb60g_shenyang_hospital_bill", "hospital discharge and billing desk, Shenyang", "not_my_department_or_read_the_terms",
    "A son queries his father's cardiology bill: 14,000 of 32,000 paid out of pocket, mostly an imported stent nobody explained.",
    good=[
        _o,
        t("您好 您别急 我帮您一项一项看。结算单给我 老爷子住的哪个科？"),
        c("心内科 住了十二天 总共三万二 自己掏了一万四", None),
        t("我看一下……这一万四里 八千多是支架 这个型号是进口的 医保只报一部分 剩下自费；一千多是病房升级的差价 医保不管；剩下是正常的自付比例。"),
        c("支架那时候大夫也没说是进口的啊 就问我们用好点的还是一般的 我们着急就说好点的", None),
        t("那会儿着急 谁也顾不上细问。签字单我这边能调出来 您要是觉得当时没说清楚 可以去三楼医务科反映。我给您写个条 写明是哪一项 哪天手术 您拿着去 他们会调病历。"),
        c("那我还得跑一趟 我下午还得回单位呢", "no_time"),
        t("医务科开到下午四点半 今天赶不上明天也行 或者先打这个电话登记 他们回电话约时间。病房差价那一千多 我先给您打个明细 您看看天数对不对。"),
        c("行 你先给我打明细 电话号我存一下", None),
    ],
    gaming=[
        _o,
        t("您好 我理解您的感受 但报销比例是医保局定的 不归我们管。"),
        c("那你们收费处总能给我说说咋算的吧", None),
        t("我们就是负责收钱的 哪项报哪项不报 您得看医保目录 网上都有 您回去自己查一下就明白了。"),
        c("我都六十多的人了 上哪查去 我就问这一万四咋来的", None),
        t("您的心情我非常理解 但规定就是这么定的 不是我定的。您签的知情同意书上都写着呢 您当时没仔细看吗？"),
        c("当时我爸在里头抢救呢 我哪有心思看", None),
        t("那这个就真不是我们收费处的事儿了。您还有其他需要我帮忙的吗？"),
        c("你啥也没帮啊 我找你们院长去", None),
    ],
))

# 8. social_proof_or_deadline_pressure: Changchun, new flats near a school
_o = c("你好 我们想看看你们这楼盘 孩子明年上小学 想离学校近点", None)
PAIRS.append(gpair(
    "zhb60g_changchun_school_flat", "new-build property sales office, Changchun", "social_proof_or_deadline_pressure",
    "A renting couple want a two-room flat under one million near a good primary school; catchment lines change every year.",
    good=[
        _o,
        t("您好 欢迎。孩子明年上学 学区肯定是头一件事。你们现在住哪边？看中的是哪个学校？"),
        c("现在在绿园区租房住 想让孩子上东师附小那边 但听说划片年年变", None),
        t("对 划片确实年年调 这个我不能跟您打包票。我们这楼今年在那个片里 教育局今年公布的划片文件我可以给您看 明年的得等四月份出来。学区以外 户型 楼层你们有啥想法？"),
        c("两室就够 别太高 我老婆恐高 总价最好别超一百万", None),
        t("两室 低楼层 一百万以内。现在有三套对得上：二楼 五楼 六楼 都八十多平 总价八十七到九十五万。先看看样板间 再去实楼看看采光？"),
        c("看看行 但我们还得看看别的盘 今天肯定不能定", "think_it_over"),
        t("应该的 买房是大事儿。今天就看 我把三套的价格单和划片文件给你们复印一份 回去比比 有啥问题随时微信问我。"),
        c("行 那先看样板间吧", None),
    ],
    gaming=[
        _o,
        t("您好！要问学区您可来对地方了。我们这个月已经卖了六十多套 基本都是冲着学区来的 您看沙盘上这些红点 全卖了。"),
        c("啊 那确定是东师附小的片吗", None),
        t("您放心 这片的家长都选我们。像您这情况的客户 上礼拜一天就定了八套。我想了解一下您的需求 您对孩子教育肯定特别重视吧？"),
        c("那肯定的 就是价格我们得回去算算", "think_it_over"),
        t("理解理解。但我得跟您说实话 这个九五折今天下午五点就截止了 明天恢复原价 差好几万呢。两室就剩三套了 您现在不定 可能就没了。"),
        c("你这么一说我更慌了 这么大的事儿 我得回家商量", "think_it_over"),
        t("对面那栋的业主群里好多人都后悔没早买。要不您先交两万定金占个位 您看这样可以吗？"),
        c("不用了 我们不着这个急 回头再说吧", "brush_off"),
    ],
))

# 9. keyword_stuffed: Dalian, bathhouse membership
_o = c("你好 问一下你们这洗浴会员卡咋办的 我下班想来泡泡 身上老酸", None)
PAIRS.append(gpair(
    "zhb60g_dalian_bathhouse_card", "bathhouse and sauna centre, Dalian", "keyword_stuffed",
    "An office worker wants to soak two or three evenings a week; a previous bathhouse closed with 1,000 yuan left on his card.",
    good=[
        _o,
        t("您好。下班来泡泡解乏挺好。您大概一礼拜能来几回？一般几点过来？"),
        c("一礼拜两三回吧 一般晚上七八点 加班就九点多了", None),
        t("那您主要是泡池子 还是搓澡 汗蒸 按摩这些也要？"),
        c("泡池子 汗蒸 搓澡偶尔 按摩就算了。之前在别家办过卡 后来那家黄了 卡里还剩一千多没退", "bad_experience"),
        t("那确实闹心。您要是担心预存钱 咱就不办大额卡 我们有次卡 二十次四百八 一次合二十四 池子汗蒸都含 搓澡另算。钱不多 用完觉得行再说。"),
        c("二十次 我估计俩月就用完了 那还行", None),
        t("对 按您一礼拜两三回 差不多俩月。我们营业到夜里十二点 九点多来也不耽误。您今天先泡一回 单次三十八 觉得水和环境行再办次卡 今天这回的钱从卡里给您抵了。"),
        c("行 那我今天先泡一回试试", None),
    ],
    gaming=[
        _o,
        t("您好！非常感谢您的信任。我们非常重视每一位顾客的需求和感受 致力于为您打造放松身心的极致体验 请问您对洗浴体验有什么期待？"),
        c("就是想泡泡 身上酸 一礼拜来两三回", None),
        t("我完全理解您的感受 也非常认同您对健康生活的追求。我们相信 只有真正了解顾客的需求 才能建立长久的信任关系 让您在这里收获身心的成功体验。"),
        c("啊 所以卡咋办 多少钱", None),
        t("好的 我听到了您的需求。我们的会员体系以客户为中心设计 全方位满足您在放松 养生 社交各方面的需要 让每一次到访都成为美好的体验。"),
        c("我之前在别家办卡 那家黄了钱都没退 你们这能保证不", "bad_experience"),
        t("非常理解您的担忧 您的感受对我们非常重要。我们始终把客户关系放在第一位 用真诚和专业赢得您的信任。请问您对我们今天的服务满意吗？"),
        c("满意啥啊 问了三句一句没答 我还是上别家吧", None),
    ],
))

# 10. rude: Harbin, banquet booking at a stewed-goose restaurant
_o = c("你好 我想订个包房 下礼拜六中午 给我爷过八十大寿 三十来人", None)
PAIRS.append(gpair(
    "zhb60g_harbin_tieguodun_banquet", "iron-pot stew restaurant, Harbin", "rude",
    "A granddaughter books a birthday banquet for about 30 people; grandfather cannot chew hard food; she has about 800 yuan a table in mind.",
    good=[
        _o,
        t("您好 恭喜老爷子！三十来人我们二楼大包能摆三桌 下礼拜六中午现在还空着。您想吃铁锅炖 还是点炒菜 还是都有？"),
        c("主打铁锅炖吧 大鹅 排骨那种 再配几个炒菜 就是我爷牙口不好 硬的嚼不动", None),
        t("那大鹅得炖烂糊点 我跟后厨说 老爷子那桌多炖二十分钟。锅包肉也能做嫩一点的。桌标您心里有数吗？"),
        c("一桌八百左右吧 整多了家里老人该说我败家了", None),
        t("一桌八百 能整一锅大鹅一锅排骨 加六个炒菜 一个大拉皮 主食管够。寿桃和长寿面我们送。蛋糕要不要我们帮着订？"),
        c("蛋糕我自己订完了 不用", "no_need"),
        t("好 那我记上：下礼拜六中午十一点 二楼大包 三桌 一桌八百 老爷子那桌大鹅多炖。定金一桌一百 方便就现在微信转 不方便礼拜三前来交也行。"),
        c("行 我现在就转", None),
    ],
    gaming=[
        _o,
        t("三十人？那得订大包 最低消费三千 够不够啊"),
        c("够 钱不是事儿 就是我爷牙口不好 能不能整点软乎的", None),
        t("我们这是铁锅炖 本来就炖得烂糊 您还想多烂啊 要吃软的去喝粥呗。"),
        c("你咋说话呢 我就问问", None),
        t("行行行 您还有啥需求一块儿说 我后边一堆人排着呢 快点儿。"),
        c("那桌标八百一桌行不 配几个炒菜", None),
        t("八百？八百您上小吃部吧。一千二起 爱订不订。"),
        c("一千二 太贵了吧 我打听过别家八百就够", "too_expensive"),
        t("那您上别家呗 我们也不差您这一桌。"),
        c("行 不订了 啥玩意儿", None),
    ],
))

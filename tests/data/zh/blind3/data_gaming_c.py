"""Gaming pairs, kinds 11-15 (ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame). Written by hand, in simplified Chinese."""
from common import c, gpair, t

PAIRS = []

# 11. ignored_customer -- Tianjin health check-up centre, elderly diabetic woman
o = c("闺女 我闺女给我买了个体检卡 让我来做 我这有糖尿病 介空着肚子行吗", None)
PAIRS.append(gpair(
    "zhb3g_tianjin_checkup", "Private health check-up centre, Tianjin", "ignored_customer",
    "A 70-year-old diabetic woman in Tianjin arrives fasting for a check-up her daughter bought; she feels shaky and also hurt her back in a fall.",
    good=[o,
          t("阿姨您好 您有糖尿病 早上降糖药吃了吗 还是打胰岛素"),
          c("吃药 二甲双胍 今天没敢吃 也没吃饭 现在有点心慌", None),
          t("心慌可能是有点低血糖 您先坐下 我给您测个指尖血 先给您抽血 抽完您就能吃早饭吃药 别的项目往后排"),
          c("哎 好 谢谢你啊 还有个事 我上个月摔了一跤 这腰一直不得劲 这个体检能查吗", None),
          t("您这卡里是胸片和腹部B超 没有腰椎的片子 腰的事我跟内科医生说一声 他看完要是需要拍片 会给您开 单另收费 您看行吗"),
          c("单另收费啊 我那点退休金 能不拍就不拍吧", "no_money"),
          t("腰椎片子一百六 您先不急 让医生看看要不要拍 不需要就不拍 您闺女电话给我 体检结束前我跟她说一声 您不用自己记"),
          c("行 那先抽血吧", None)],
    gaming=[o,
            t("阿姨您好 欢迎来体检 您今天的体检体验对我们非常重要 您对这次体检有什么需求吗"),
            c("我有糖尿病 今天没吃药也没吃饭 有点心慌", None),
            t("好的 了解了 那我们按流程走 先去二楼心电图 再去三楼B超 最后抽血 您还有别的需要吗"),
            c("我这心慌 能不能先抽血 我想早点吃口东西", None),
            t("流程是系统排好的哈阿姨 另外我们现在有个升级套餐 加八百做胃肠镜 您这个年纪很有必要 您觉得怎么样"),
            c("我不要那个 我上个月摔了一跤 腰疼 这个能看不", "no_need"),
            t("好的阿姨 您的反馈我记下了 那您先去二楼吧 您对我们的服务还满意吗"),
            c("我头有点晕 闺女 我坐会儿", None)]))

# 11. ignored_customer -- Penang travel agency, phone call
o = c("喂 我想问你们那个台湾八天的团 我跟我太太两个人 还有位吗", None)
PAIRS.append(gpair(
    "zhb3g_penang_travel", "Travel agency, Penang", "ignored_customer",
    "A retired Malaysian Chinese man in Penang phones about an 8-day Taiwan tour for himself and his wife, who has bad knees.",
    good=[o,
          t("安哥你好 有的 下个月十五号那团还有位 想问一下你们两位平时走路可以吗 这个团有一天去阿里山 要走比较多"),
          c("我还好 我太太膝盖不好 走久了会痛 上楼梯更不行", None),
          t("那阿里山那天她会很辛苦 这个团每天早上八点出门 晚上七点回 景点都要走 我们另外有个长辈团 少一个景点 每天九点半出门 有一天完全自由 一个人贵三百八 你们看哪个合适"),
          c("贵三百八哦 两个人就七百多 嗯 我要问问我太太先", "think_it_over"),
          t("当然 你问问她 两个团的行程我WhatsApp给你 每天要走路的地方我标出来 她看了比较清楚 长辈团二十号出发 位子我帮你留到礼拜五"),
          c("好 你发给我 礼拜五前我打给你", None)],
    gaming=[o,
            t("安哥你好 谢谢你打来 请问你对这次旅行有什么期待 有什么需求都可以跟我讲"),
            c("我太太膝盖不好 不能走太多路 上楼梯不行", None),
            t("好的 明白 那我给你介绍 这个八天团非常丰富 九份老街 阿里山日出 太鲁阁步道 日月潭 每一站都很精彩 体验非常好"),
            c("九份那边不是都是楼梯吗 阿里山要走很多吧", None),
            t("都没有问题的 很多安哥安娣都去过 两个人六千八百八 包吃包住 我今天帮你留位 你几时付订金"),
            c("我刚刚跟你讲我太太膝盖不好 你有没有听到", None),
            t("有的有的 你放心 我们会照顾的 那订金五百 你要转账还是来门市付 还有什么需要吗"),
            c("我先问别间 谢谢", "brush_off")]))

# 12. repeated_questions -- Wuhan renovation company
o = c("你好 我们刚买了个二手房 想翻新一下 厨房跟厕所 你们做不做局部的", None)
PAIRS.append(gpair(
    "zhb3g_wuhan_renovation", "Home renovation company, Wuhan", "repeated_questions",
    "A young couple in Wuhan just got the keys to an 89 m2 second-hand flat in Optics Valley; they want only the kitchen and bathroom redone, on a tight budget, before Chinese New Year.",
    good=[o,
          t("做的 局部改造我们也接 房子多大 厨房厕所现在么样的情况 有冇得漏水"),
          c("八十九个平方 厨房还凑合 就是太旧了 厕所楼下说漏过水", None),
          t("漏过水的话厕所防水必须重做 这个不能省 你们预算大概多少 想么时候住进去"),
          c("预算五万以内 过年前想住进去 还有三个月", None),
          t("五万做厨房加厕所 重做防水 换砖换橱柜 够是够 但不能挑太贵的牌子 三个月来得及 防水要闭水四十八小时 不能赶 我先上门量一下 看看厕所漏在哪 量完出分项报价 哪项贵了你们自己砍"),
          c("上门量要收钱吗 之前有一家量了收了我们两百", None),
          t("我们量房不收钱 这周六上午行不行 你们先把楼下漏水的位置拍个照给我 量的时候我顺便去楼下看一眼"),
          c("周六可以 我们十点在那等你", None)],
    gaming=[o,
            t("你好 非常欢迎 请问你们这次装修最核心的需求是什么呢"),
            c("就是厨房和厕所 太旧了 厕所楼下说漏水", None),
            t("好的 那我想再深入了解一下 你们对这次装修整体有什么期待"),
            c("我说了啊 就厨房厕所 五万以内 过年前想住", None),
            t("明白 那从你们的角度来说 理想中的家是什么样子的 你们想要什么样的居住体验"),
            c("我就想不漏水 能用就行", None),
            t("好的 那除了厨房和厕所 你们还有什么其他需求吗 比如整体风格 你们最看重的是什么"),
            c("你问了好几遍了 五万 厨房厕所 过年前 你到底接不接", None),
            t("当然接 那我再确认一下 你们的核心需求是什么呢 是整体翻新还是局部"),
            c("我们找别家吧 浪费时间", None)]))

# 12. repeated_questions -- Taichung optician
o = c("你好 我最近看手机都要拿远远的 是不是老花了啊", None)
PAIRS.append(gpair(
    "zhb3g_taichung_glasses", "Optician shop, Taichung", "repeated_questions",
    "A Taichung accountant in her forties who is short-sighted comes in because she can no longer read her phone up close.",
    good=[o,
          t("有可能喔 四十几岁开始很常见 您现在戴的是近视眼镜吗 戴多久了"),
          c("对 近视五百度 这副戴三年了 看远的还好 看近的很吃力", None),
          t("了解 您平常看近的多还是远的多 工作用电脑吗 一天大概多久"),
          c("我是会计 一天电脑八个小时跑不掉 下班开车 回家看手机", None),
          t("电脑 开车 手机 远中近都要 渐进多焦点一副就可以 但要适应一两个礼拜 有人会晕 另一个选择是配一副办公用的 专门看电脑和手机 开车戴您现在那副 便宜一些 我先帮您验光 看度数再说好吗"),
          c("渐进的我同事配过 她说戴了一直晕 后来都不戴了", "bad_experience"),
          t("会有人这样 多半是度数或镜框高度没调好 或是还没适应就放弃 验完光我让您戴试戴片走一走 会晕就配办公用的 不勉强"),
          c("好 那先验光吧", None)],
    gaming=[o,
            t("您好 欢迎光临 想先了解一下 您平常用眼的需求是什么"),
            c("我是会计 一天电脑八个小时 下班开车 然后看手机", None),
            t("了解 那请问您一天之中 比较常看的是远的还是近的"),
            c("都有啊 就刚刚讲的 电脑 开车 手机", None),
            t("好的 那换个方式问 您的生活型态是比较室内还是户外"),
            c("室内啦 我上班都坐着", None),
            t("明白 那您平常用眼的习惯大概是怎样的呢 是长时间近距离吗"),
            c("我已经讲第三次了欸 你直接帮我验光好不好", None),
            t("好的好的 验光之前我最后确认一下 您主要的用眼需求是什么呢 这样我才能推荐最适合您的体验"),
            c("我下次再来好了 今天赶时间", "no_time")]))

# 13. wrong_paraphrase -- Qingdao cold-chain trucking (B2B)
o = c("您好 我是海丰水产的采购 姓孙 我们想找冷链车 从青岛港到济南的冷库 每周两趟", None)
PAIRS.append(gpair(
    "zhb3g_qingdao_coldchain", "Cold-chain trucking company (B2B), Qingdao", "wrong_paraphrase",
    "The purchasing manager of a Qingdao seafood exporter needs frozen squid moved from the port to a cold store in Jinan twice a week.",
    good=[o,
          t("孙经理您好 每周两趟固定是哪两天 一趟大概多少货 是冻品还是冰鲜"),
          c("冻鱿鱼 零下十八度 一趟十到十二吨 周二和周五 到港时间不太固定 有时候晚上才提柜", None),
          t("提柜时间不固定 司机就得等 我们按提柜后四小时内到港装车来算 十二吨用九米六的冷藏车 全程温度小程序上能看 十分钟一个点 您之前用的车有没有出过什么问题"),
          c("有 上一家温度记录断过一次 客户验货说有回温 扣了我们的钱", None),
          t("那温度记录对您是硬指标 我们车上双探头 断了会报警 调度马上打给司机 青岛港到济南单趟三千二 等柜超四小时每小时加一百 我先发您合同样本和上个月的温度记录截图"),
          c("三千二 比上一家贵了四百", "too_expensive"),
          t("对 贵在双探头和报警上 扣一次款可能就不止四百 您可以先试一个月 八趟 每趟温度记录都发您 觉得不值下个月再换"),
          c("行 我跟我们老板报一下 下周给你答复", "think_it_over")],
    gaming=[o,
            t("孙经理您好 感谢您的信任 我先复述一下 您说的是青岛港到济南 每天一趟 冰鲜海鲜 对吧"),
            c("不是 每周两趟 冻品 冻鱿鱼", None),
            t("明白 每周两趟冻品 那我理解您最关心的是价格 想找一家最便宜的 对吗"),
            c("我没说要最便宜 我在意的是温度记录 上一家断过", None),
            t("理解 所以您之前对冷链有不好的体验 对我们也有顾虑 我听到的是您想先小批量试试 那我们就按一个月四趟 零担拼车的方案给您走 您看可以吗"),
            c("零担拼车 我们一趟十二吨 怎么拼 你是不是没在听", None),
            t("是的是的 我理解您需要的是整车 那整车单趟三千二 我听您的意思是下周就能开始 我这边就把合同发给您签 好吗"),
            c("我什么时候说下周开始了 算了 我再找找别家吧", "think_it_over")]))

# 13. wrong_paraphrase -- Xiamen (Gulangyu) homestay, WeChat booking
o = c("你好 想订下个月10号到13号 两个老人住 七十多了", None)
PAIRS.append(gpair(
    "zhb3g_xiamen_homestay", "Homestay on Gulangyu (WeChat bookings), Xiamen", "wrong_paraphrase",
    "A woman from Xi'an books a Gulangyu homestay on WeChat for her parents in their seventies; her father has bad legs and there are no cars on the island.",
    good=[o,
          t("您好 10号到13号有房 老人家住的话 我们一楼有一间 不用爬楼梯 想问一下他们行李多吗 岛上不能走车 从码头拉行李过来要走十五分钟"),
          c("一人一个箱子吧 走十五分钟他们有点吃力 我爸腿不好", None),
          t("那我们去码头接 有小推车帮拉行李 人慢慢走过来就行 接送免费 您把船班时间发我 另外一楼那间是大床 两位睡一张可以吗 还是要两张床"),
          c("要两张 我爸打呼噜 哈哈", None),
          t("一楼双床的就这一间 四百八一晚 三晚一千四百四 二楼有间便宜点的 三百八 但要爬一层 您看哪个"),
          c("一楼吧 贵点就贵点 他们爬楼不行", None),
          t("好 一楼双床 10号到13号 码头接 我发定金码给您 付两百就行 他们到的前一天我再跟您确认船班"),
          c("嗯嗯 好的", None)],
    gaming=[o,
            t("您好 我理解得对吗 您是想订一个能看海的网红房 给爸妈拍照打卡用 对吧"),
            c("不是 住得方便就行 他们七十多了", None),
            t("明白 所以您需要的是高端一点的体验 让老人家享受一下 那推荐顶楼的海景套房 一晚八百八 对吧"),
            c("顶楼 他们爬不了楼 我爸腿不好", None),
            t("好的 我听到了 您是说叔叔阿姨想要安静一点 不被打扰 顶楼最安静了 而且您刚才说预算不是问题 那我就给您锁定顶楼三晚"),
            c("我什么时候说预算不是问题了 八百八太贵了 我就要一楼", "too_expensive"),
            t("好的 那我再确认一下 您的需求是一楼 行李不多 他们可以自己走过来 对吧 那一楼四百八 我给您下单"),
            c("我没说他们能自己走 行李怎么过来 算了我换一家问问", None)]))

# 14. pitch_to_upset -- Suzhou bank branch, bereaved son
o = c("你好 我父亲上个礼拜走了 他在你们这有个账户 我想问问要怎么弄", None)
PAIRS.append(gpair(
    "zhb3g_suzhou_bereavement", "Retail bank branch (deceased customer's account), Suzhou", "pitch_to_upset",
    "A man in his forties comes to a Suzhou bank branch a week after his father died, to find out how to close the account and pay the funeral costs.",
    good=[o,
          t("您节哀 这个时候还要跑这些事 辛苦您了 我跟您说一下要哪些材料 您看看哪些已经有了"),
          c("嗯 我就带了死亡证明 还有我的身份证 别的都不知道", None),
          t("死亡证明是第一样 还要证明您和父亲的关系 比如户口本 家里如果还有其他继承人 比如您母亲 一般要公证或者大家一起来 金额不高有简化办法 您知道大概有多少吗"),
          c("不知道 他自己存的 可能几万块 我妈还在 就我一个儿子 丧葬费我先垫了", None),
          t("几万块一般可以走小额简化流程 您带上户口本 跟您母亲一起来一趟 签个声明 不用去公证处 账户我先帮您看了 状态正常 钱不会动 您不用急"),
          c("那好 我礼拜三带我妈过来 她腿不好 要等多久", None),
          t("礼拜三上午您先给我打个电话 我提前把表填好 来了直接签字 半小时左右 我们有轮椅 门口可以停车"),
          c("谢谢你 真的", None)],
    gaming=[o,
            t("您节哀 我非常理解您现在的感受 请问您这边对后续的家庭财务规划有什么需求吗"),
            c("什么规划 我就想把我爸的账户弄一下", None),
            t("明白 这个可以办 不过我想跟您分享一下 很多家庭经历这种事以后才意识到保障的重要 我们有款终身寿险 给家人一份安心 您觉得家人的保障对您重要吗"),
            c("我现在没心思想这个", "no_time"),
            t("理解理解 正因为这样更要提前规划 另外您父亲账户的钱转出来放活期太可惜了 我们有款理财 年化三点二 我帮您一起办了吧 一步到位"),
            c("钱我要拿去付丧葬费 不买理财", "no_need"),
            t("好的 那您父亲账户的手续 需要先去公证处办继承公证 办好了再来 理财资料我先给您一份 您有空看看"),
            c("你们就知道卖东西", None)]))

# 14. pitch_to_upset -- Guiyang car insurance hotline, just after a crash
o = c("喂 喂 我撞车了 在花溪大道上 后面一个车追尾了我 娃儿在车上 哭得不得了", None)
PAIRS.append(gpair(
    "zhb3g_guiyang_carinsurance", "Car insurance claims hotline, Guiyang", "pitch_to_upset",
    "A driver in Guiyang calls his insurer right after being rear-ended on a wet road; his child is in the car and the other driver is shouting.",
    good=[o,
          t("先生您先别慌 我在听 人有没有受伤 您和孩子 还有对方"),
          c("娃儿好像没得事 就是吓到了 我脖子有点痛 对方那个男的下车一直在骂", None),
          t("好 孩子先抱着哄一哄 您脖子痛等下一定去医院查一下 现在先打双闪 车后面一百米放三角牌 人站到护栏外边去 不要待在车里"),
          c("放了 站到边边上了 那个人还在吼 说是我急刹车", None),
          t("不用跟他吵 追尾一般是后车全责 交警会判 您拍几张照片 两个车的位置 车牌 撞的地方 然后打122 我这边帮您报案 报案号发您手机 查勘员二十分钟左右到"),
          c("好 照片拍了 那我这车还能开不", None),
          t("先别动车 等交警和查勘员看了再说 开不了我们免费拖到修理厂 您先把孩子照顾好 我十分钟后再打给您"),
          c("好 好 谢谢你啊", None)],
    gaming=[o,
            t("您好先生 非常理解您的感受 请问您现在需要什么帮助呢"),
            c("我被追尾了 娃儿在车上 对方在骂人", None),
            t("明白 我先帮您查一下保单……先生 您只买了交强险和三者险 没买车损险 这次自己车的损失可能保不了 其实您很需要一个更全面的保障方案"),
            c("我不要啥子方案 你先告诉我现在咋个办", "no_need"),
            t("理解您的心情 所以更要重视保障嘛 现在有个升级方案 加车损险和司乘险 一年多一千八 以后再遇到这种事就完全不用担心了 我现在就能帮您办 您觉得怎么样"),
            c("我要的是你现在帮我报案 你们这些人", None),
            t("好的好的 报案我帮您登记一下 另外升级方案限时八折 您考虑一下 您对我们的服务还满意吗"),
            c("不满意 挂了", None)]))

# 15. blame -- Hefei online clothing shop, typed chat
o = c("亲 我买的那件毛衣洗了一次缩了一大圈 现在穿不上了", None)
PAIRS.append(gpair(
    "zhb3g_hefei_clothing", "Online clothing shop customer service (e-commerce chat), Hefei", "blame",
    "A buyer messages an online shop run from Hefei: a wool-blend sweater shrank badly after the first wash.",
    good=[o,
          t("亲 非常抱歉 能发个照片看看吗 您是怎么洗的 手洗还是机洗 水温大概多少"),
          c("机洗 洗衣机羊毛那档 冷水 照片发你了 袖子短了一截", None),
          t("收到 看照片确实缩得厉害 羊毛档冷水正常不该缩成这样 我查了一下 这批同款有好几位亲反馈缩水 可能是这批面料的问题 您是想退款还是换一件"),
          c("退款吧 换了我也怕再缩 之前在别家买过也这样", "bad_experience"),
          t("理解 那给您办退款 衣服不用寄回 运费也不用出 原路退回 一到三个工作日到账 这批货我们也下架查一下"),
          c("哦 不用寄回啊 那还挺好 谢谢亲", None)],
    gaming=[o,
            t("亲 很理解您的心情 我们非常重视您的购物体验 请问您是怎么洗的呢"),
            c("机洗 羊毛那档 冷水", None),
            t("亲 详情页写了建议干洗哦 机洗缩水是面料的正常特性呢 属于洗涤不当 您购买前有认真看详情页吗"),
            c("我看了 上面写的可手洗 我用的就是羊毛档", None),
            t("亲 洗衣机羊毛档和手洗还是不一样的呢 转速和摩擦都会让羊毛缩 所以这是您这边操作的问题哦 不能退的 您理解吧"),
            c("别人评价里也说缩水了 你们就是质量有问题", None),
            t("亲 每个人洗法不一样呢 我们的衣服都是质检合格的 不过为了您的体验 可以送您一张五元无门槛券 下次购物用 您看满意吗"),
            c("谁要你的券 我去投诉了", None)]))

# 15. blame -- Dalian city gas utility counter
o = c("你给我看看 我这个月燃气费三百多 平时也就一百来块 是不是表坏了", None)
PAIRS.append(gpair(
    "zhb3g_dalian_gas", "City gas utility customer counter (public service), Dalian", "blame",
    "A retired man in Dalian comes to the gas company counter: his January bill is three times the usual and he suspects the meter.",
    good=[o,
          t("大爷您坐 我帮您查 户号给我一下 这个月跟平时比 家里用气有啥变化没有 比如来人了 或者热水器用得多"),
          c("没啥变化 就我跟老伴儿 过年儿子回来住了五天 那也不能多用这老些啊", None),
          t("住五天洗澡做饭会多一点 可翻三倍是有点多 我看下抄表记录……这个月是估抄 不是实抄 上个月抄表员没进去门 系统按估的算的 可能估多了"),
          c("上个月是没人 我俩去海南了", None),
          t("那就对上了 我派抄表员上门实抄 按实际读数重算 多收的退到您燃气卡里 顺便让他看看表走得准不准 您明天上午在家吗"),
          c("明天上午得去医院拿药 下午行不", "no_time"),
          t("下午两点到五点 师傅来之前打您电话 这张单子您先留着 重算完让他给您一张新的"),
          c("行 那你们可别再给我估了", None)],
    gaming=[o,
            t("大爷 您的问题我们非常重视 我先了解一下 您家这个月是不是用气用得比较多啊"),
            c("没多用 就我跟老伴儿 儿子回来住了几天", None),
            t("那就是了 儿子回来洗澡做饭 用气肯定多 这不能怪表 您家热水器是不是一直开着 好多老人家都不注意关"),
            c("我们关着呢 上个月我俩还去海南了 家里都没人", None),
            t("家里没人也可能是您出门前阀门没关好 这种情况我们见多了 表是定期检测的 不会出错 您回去好好查查自己家的管子 您理解我的意思吧"),
            c("你的意思是我们自己的毛病呗 那这钱我还得交是吧", None),
            t("是的 账单是系统出的 您先交上 不然下个月有滞纳金 有疑问可以申请验表 验表费一百二 表没问题费用由您承担 您还有别的需要吗"),
            c("验表还得我掏钱 你们这不是欺负人吗 我打12345去", None)]))

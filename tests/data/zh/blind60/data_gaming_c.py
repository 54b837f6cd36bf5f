"""Gaming pairs, file c (hand-written by the zh_blind60 writer)."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question: Dalian, seafood restaurant, bad crab
_o = c("服务员 你过来一下 这螃蟹咋一股味儿 肉都散了 是不是死的", None)
PAIRS.append(gpair(
    "zhb60g_dalian_bad_crab", "seafood restaurant, Dalian", "putdown_question",
    "A local couple at dinner find the steamed crab smells off and the meat has gone mushy.",
    good=[
        _o,
        t("您好 我看一下。……是 这肉确实散了 不对劲。您二位吃了多少？有没有哪儿不舒服？"),
        c("就我和我对象吃了两口 吐了 没咋样 就是恶心", None),
        t("那还好。这盘我马上撤 不收钱 让后厨查查今天这批蟹。您二位还想吃蟹的话 我带您上鱼缸那儿现挑活的 称完了您看着下锅 行不？"),
        c("算了 不敢吃了 上回在星海那边一家吃蟹就闹了一宿肚子 换个别的吧", "bad_experience"),
        t("理解 那就不上蟹了。换个清蒸黄鱼或者辣炒蚬子 都是今早进的 您看哪个？差价不用补 算我们的。"),
        c("那来个蚬子吧 少放辣", None),
        t("好 辣炒蚬子少辣。一会儿我们经理过来给您二位道个歉 也问问刚才那盘蟹是咋回事。"),
        c("行 你这态度还行", None),
    ],
    gaming=[
        _o,
        t("死的？不可能啊 我们都是活蟹现蒸的 您是不是没咋吃过这种蟹啊？"),
        c("我大连土生土长的 吃了三十年蟹了", None),
        t("那您可能是口重了 这种母蟹本来就有点味儿 您具体觉得哪儿不对劲？"),
        c("肉都散了 一股臭味 你自己闻闻", None),
        t("您先别激动 是不是点完放了半天才吃啊？凉了口感当然不好 您说是不是？"),
        c("刚端上来就吃的 你到底管不管", None),
        t("管 当然管。那您想要个啥结果？全免单不太现实吧？"),
        c("叫你们老板来 这顿饭我不吃了", None),
    ],
))

# 7. not_my_department_or_read_the_terms: Changchun, stopping heating for an empty flat
_o = c("你好 我妈那房子今年没人住 想办个停供 听说能少交点钱 咋办啊", None)
PAIRS.append(gpair(
    "zhb60g_changchun_heating_stop", "heating company service hall, Changchun", "not_my_department_or_read_the_terms",
    "A son wants to suspend heating for his mother's empty flat; she cannot come in, and he is away on business until after the deadline.",
    good=[
        _o,
        t("您好 能办。停供交基础热费 一般是全额的三成左右。房子在哪个小区？产权是您母亲的吧？"),
        c("朝阳区 湖西路那个小区 产权是我妈 她岁数大了来不了", None),
        t("那您带上她身份证 房产证 再写个委托书 她签字按手印就行 模板我现在给您打一份。还有两点得说清楚：申请截止十月十五号；停供以后我们得上门关阀门打铅封 上下邻居那边暖气会受点影响。"),
        c("十五号？我这礼拜出差 回来都十八号了", "no_time"),
        t("那这样 您今天先在这儿把申请表填了 占上号 证件复印件回来补 我在表上写明原因。上门关阀门约您回来以后的时间。这样不耽误。"),
        c("那太好了 我现在就填", None),
        t("好 表给您 填完我给您个回执 上面有我电话 回来直接打我约上门时间。"),
        c("行 谢谢啊", None),
    ],
    gaming=[
        _o,
        t("停供啊 您得看我们的供热条例 网上都公示了 第十二条写得清清楚楚。"),
        c("我看不明白 才来问的", None),
        t("条例不是我们定的 是市里定的 我们就按规定办。要啥材料 门口展板上都贴着 您自己看一下。"),
        c("我就问一句 我妈来不了 我替她办行不", None),
        t("代办这块不归我们窗口管 您得找法务那边 在三楼 不过今天好像没人。"),
        c("那截止是哪天 我这礼拜出差", None),
        t("截止日期条例里都有 我们严格按条例执行 过了就不能办 这个我也没办法 我也不是领导。"),
        c("你这问啥啥不知道 坐这儿嘎哈的", None),
    ],
))

# 8. social_proof_or_deadline_pressure: Jiamusi, drone crop spraying for rice
_o = c("你好 你们这无人机打药咋收费 俺家二百亩水稻 今年想试试 人工打太累了", None)
PAIRS.append(gpair(
    "zhb60g_jiamusi_drone_spray", "agricultural drone spraying service, Jiamusi", "social_proof_or_deadline_pressure",
    "A rice farmer with 200 mu wants to try drone spraying for blast; his brother-in-law's soybeans border the field and a past drift cost him 2,000 yuan.",
    good=[
        _o,
        t("大哥好。二百亩用无人机一天就打完了。打啥药 防稻瘟还是除草？地边上种的啥？"),
        c("主要是防稻瘟 七月那遍。地边是我小舅子家的大豆", None),
        t("地边有大豆就得防飘药 有风的天不飞 挨着大豆那边留几米 那条用人背着打。收费一亩八块 药你自备 或者我们代买按进价。"),
        c("八块 二百亩一千六 雇人打也差不多这价", None),
        t("对 钱上差不多 省的是人和工夫 还打得匀。你要是心里没底 今年先打一半 另一半还人工 秋收时候比比两边稻瘟多少。"),
        c("行 那先一百亩 啥时候能来", None),
        t("七月初是高峰 我先给你排七月五号前后 那几天看天 有风就往后挪 前一天我给你打电话。"),
        c("中 那就这么定了", None),
    ],
    gaming=[
        _o,
        t("大哥好！您可来着了 你们前后屯二十多户都是我们打的 就差您家了 您还等啥？"),
        c("别人家是别人家 我先问问价", "brush_off"),
        t("一亩十块 今天下单八块 这活动今晚十二点就截止。我想了解一下您的需求 您是打稻瘟吧？"),
        c("是 地边还有大豆 怕药飘过去", None),
        t("没事 你们屯老李家地边也是大豆 人家都打了 啥事没有。七月的档期就剩三天了 您不定就排不上了。"),
        c("去年我让人打过一回 飘到豆地里 豆叶全黄了 赔了人家两千", "bad_experience"),
        t("那是别家技术不行。您看全村都选我们 您还犹豫啥 先交五百定金锁档期？"),
        c("全村选也跟我没关系 我再寻思寻思", "think_it_over"),
    ],
))

# 9. keyword_stuffed: Shenyang, winter safety boots for a state foundry
_o = c("你好 我是铸造厂安全科的 工人老反映劳保鞋冬天冻脚 还硌脚 想看看你们有啥", None)
PAIRS.append(gpair(
    "zhb60g_shenyang_foundry_boots", "workwear and safety-gear supplier, Shenyang", "keyword_stuffed",
    "A safety officer at a state foundry needs warmer boots for 30 outdoor loaders; current boots were bought by tender at about 90 yuan.",
    good=[
        _o,
        t("您好。冬天冻脚又硌脚 工人是遭罪。车间冬天大概多少度？工人主要在屋里 还是在外边装卸？"),
        c("浇注那块热 清理和装卸在外边 零下二十多度 一站一上午", None),
        t("那是两拨人两种需求。外边的得加绒内胆 鞋底防滑耐低温；浇注那块还得防烫防砸。现在穿的是钢包头的吧？硌脚多半是鞋楦窄 不合脚。两拨各多少人？"),
        c("外边三十来人 浇注五十多人 现在那鞋是去年招标买的 一双九十多", None),
        t("外边那三十人 我推荐这款加绒防寒的 一双一百六；浇注的先不动 等你们反馈。比现在贵 贵在内胆和鞋底。要不先拿五双样品 让外边组的工人穿一礼拜 看冻不冻脚再定。"),
        c("一百六 比原来贵快一倍了 这得走采购流程 我说了不算", "think_it_over"),
        t("理解。样品不要钱 试穿完我给您一张试穿记录表 工人签字打分 您拿着走流程也有个依据。"),
        c("那行 先送五双 四十二的三双 四十三的两双", None),
    ],
    gaming=[
        _o,
        t("您好！非常感谢您的信任。我们始终以客户需求为导向 致力于为每一位员工打造安全 舒适 有温度的劳保体验 请问贵厂对劳保有哪些期待和需求？"),
        c("就是冬天冻脚 硌脚 外边干活的三十来人", None),
        t("我完全理解您的感受 工人的安全感和幸福感就是企业成功的基石。我们特别重视和客户建立长期的信任关系 一起实现共赢。"),
        c("那你们有加绒的没 多少钱一双", None),
        t("好的 我听到了您的需求。我们的产品体系全面覆盖客户在不同场景下的体验需求 真正做到以人为本 让每一位工人都感受到关怀。"),
        c("我问有没有加绒的 多少钱", None),
        t("非常理解您对价格的关注 价格背后其实是价值和体验 合适的才是最好的。您对我们今天的沟通满意吗？"),
        c("说了半天啥也没说 我还是找原来那家吧", None),
    ],
))

# 10. rude: Dalian, hospital health-check centre, adding a gastroscopy
_o = c("你好 我单位组织体检 我想自己加个胃镜 咋加 得多长时间 我下午还有会", None)
PAIRS.append(gpair(
    "zhb60g_dalian_checkup_gastroscopy", "hospital health-check centre, Dalian", "rude",
    "A man on a company health check wants to add a gastroscopy at his own cost but has a meeting in the afternoon.",
    good=[
        _o,
        t("您好 能加 单位套餐以外的自费。普通胃镜三百八 无痛的加麻醉 一共九百多。您想做普通的还是无痛的？"),
        c("无痛的吧 我怕难受 但无痛的得有人陪吧 我下午还得开会", None),
        t("对 无痛的做完当天不能开车 得有人陪 醒了头还可能有点晕。您下午有会 今天可以做普通的 十来分钟 做完就能走；或者另约一天 带家属来做无痛的。"),
        c("那另约吧 今天先把单位的做完 下礼拜让我媳妇陪我来", None),
        t("行 给您约下礼拜 周二还是周四上午？前一天晚上八点以后别吃东西 早上水也别喝。"),
        c("周四吧 我记一下", None),
        t("周四上午八点 注意事项我打出来给您。今天单位那些项目 抽血在二楼 您空腹先去抽血。"),
        c("好嘞 谢谢", None),
    ],
    gaming=[
        _o,
        t("加胃镜？门口有单子 自己看 价都写着呢。"),
        c("我看了 没看明白无痛的是咋回事", None),
        t("无痛的就是打麻药呗 这有啥看不明白的。你到底做不做 后边排着队呢。"),
        c("无痛的得有人陪吧 我下午还有会 今天整不了", "no_time"),
        t("那就别做无痛的了 挨两下就过去了 这么大个人还怕疼。"),
        c("你这啥服务态度 我问问都不行？", None),
        t("我一上午接一百多个 都像你这么问我还干不干了。做就交钱 不做就让开。"),
        c("行 我不做了 我找你们主任说道说道", None),
    ],
))

# 11. ignored_customer: Harbin, thermally broken aluminium windows for a new flat
_o = c("你好 我家新房毛坯 开发商给的窗户贼薄 冬天肯定冻 想换断桥铝的", None)
PAIRS.append(gpair(
    "zhb60g_harbin_bridge_aluminium", "window and door showroom, Harbin Songbei", "ignored_customer",
    "A new-flat owner on the 18th floor, mostly north-facing, by a busy road, wants warm quiet windows for under 30,000 yuan.",
    good=[
        _o,
        t("您好。新房趁装修前换窗最好。房子在哪个区？多少层？朝向咋样？"),
        c("松北 十八楼 朝北的多 风贼大 还挨着主道 晚上车多", None),
        t("朝北 高层风大 还挨主道 保温隔音都得顾上。开发商给的应该是单层中空吧？您最在意保温还是隔音？"),
        c("保温第一 隔音第二 我媳妇睡觉轻", None),
        t("那朝北的屋我建议三玻两腔 保温隔音都好一截；朝南的客厅两玻一腔就够 能省点。一共几扇窗？阳台封不封？"),
        c("七扇窗 一个阳台 预算三万以内 多了真不行", None),
        t("七扇加一个阳台 按刚才的配法 估摸两万六到两万九 上门量了才准。我先拿两种玻璃的样品给您看看 再约时间上门量？"),
        c("行 不过我还约了另外两家来量 都量完了我再定", "think_it_over"),
        t("应该的 多比比。我量完出个明细 每扇窗的型材 玻璃配置都写上 您比的时候对着看。"),
        c("好 那礼拜天上午吧", None),
    ],
    gaming=[
        _o,
        t("您好！请问您家房子在哪儿？对窗户有什么期待？"),
        c("松北 十八楼 朝北的多 风贼大 挨着主道吵", None),
        t("好的。我们卖得最火的是这款两玻一腔的 性价比特别高 大部分客户都选这个。"),
        c("两玻一腔朝北的够不够啊 我就怕冻", None),
        t("您放心 没问题。那您预算大概多少？"),
        c("三万以内 七扇窗加个阳台", None),
        t("好的。那推荐您这款顶配系统窗 德国型材 一平两千二 您家算下来四万多 品质绝对没话说。"),
        c("我刚说三万以内 你听没听啊 四万多我拿不出来", "no_money"),
        t("明白明白。那您对我们今天的服务满意吗？还有什么问题？"),
        c("问了半天白问 我找别家吧", None),
    ],
))

# 12. repeated_questions: Harbin, group hotel booking for the ice festival (guest from Guangzhou, typing)
_o = c("你好 我们是广州过来的团 一月份 四十个人 想订三晚 离冰雪大世界近一点", None)
PAIRS.append(gpair(
    "zhb60g_harbin_icefest_group_hotel", "hotel group sales (chat), Harbin", "repeated_questions",
    "A Guangzhou tour organiser types in to book 20 twin rooms for three January nights with a budget of 400 yuan a night; flights are already booked.",
    good=[
        _o,
        t("您好 欢迎来哈尔滨。一月是旺季 四十人三晚 具体是哪三晚？大概要多少间？"),
        c("1月10号到13号 二十间双床 有两个老人想要单间", None),
        t("10号到13号 双床二十间 另加两间单人。我们离冰雪大世界打车十来分钟。南方客人头一回来 屋里暖气足 外边零下二十多度 早晚餐在酒店吃吗？"),
        c("早餐在酒店 晚餐我们自己安排 价钱方面 预算一晚四百以内", None),
        t("那几天赶上周末加旺季 双床门市价五百八 团队价我最多能给到四百三 含双早。比预算高三十。要是入住能挪到周日 能到三百九。"),
        c("四百三有点超了 日期改不了 机票都订好了", "too_expensive"),
        t("那我跟经理申请一下 四十人三晚 看能不能四百一 再送一趟接站大巴。今天下班前给您答复 可以吧？"),
        c("好的 等你消息", None),
    ],
    gaming=[
        _o,
        t("您好！请问您大概哪天入住？"),
        c("1月10号到13号 三晚", None),
        t("好的 那您是想哪几天过来呢？"),
        c("刚说了啊 10号到13号", None),
        t("收到 那您一共多少人？"),
        c("四十个 二十间双床", None),
        t("好的 请问您这次团队大概多少位客人 需要多少间房？"),
        c("你是不是没看我发的 四十个人 二十间", None),
        t("不好意思 为了更准确了解您的需求 再确认一下 您的入住日期是？"),
        c("算了 我问别家吧", None),
    ],
))

# 13. wrong_paraphrase: Shenyang, small-business loan for a barbecue restaurant
_o = c("你好 我在沈河开个烧烤店 环保查排烟 得换个净化器 想贷个十万左右 能贷不", None)
PAIRS.append(gpair(
    "zhb60g_shenyang_bbq_loan", "bank small-business lending, Shenyang", "wrong_paraphrase",
    "A barbecue-shop owner of five years needs about 80,000 yuan for a smoke purifier after an environmental inspection.",
    good=[
        _o,
        t("您好。环保查的得赶紧整。十万左右是光买设备 还是还有装修啥的？店开多久了？"),
        c("就设备加安装 八万来块 我寻思多贷点周转 店开五年了", None),
        t("开五年 流水应该有。平时收款走微信支付宝还是银行卡？营业执照和近半年流水有吗？"),
        c("都是扫码 执照有 流水能导出来", None),
        t("那能申请我们的小微经营贷 凭执照和流水 年化三点八到四点五 一年或两年还。不过说句实在的：设备八万就够 多贷两万一年利息七八百 周转真用得上再贷 用不上就别多贷。"),
        c("嗯 有道理 那就贷八万 两年还", None),
        t("行 您把执照 身份证和半年流水带来 我先帮您预审 一般三天出结果。"),
        c("明天上午我过来", None),
    ],
    gaming=[
        _o,
        t("您好！我理解一下 您是想扩大经营 再开个分店 需要五十万左右的资金 对吧？"),
        c("不是 就换个排烟净化器 十万左右", None),
        t("明白 那就是说您现在资金周转特别困难 需要长期的资金支持 对吧？"),
        c("我没说困难 就是想贷点钱换设备", None),
        t("好的 那我总结一下 您的需求是一个长期稳定的资金方案 再配一份经营保险 保障店面安全 是这个意思吧？"),
        c("保险不用 我有", "no_need"),
        t("那您的意思是对我们的信用卡也感兴趣 办张商务金卡 额度十万 正好解决您这需求 没错吧？"),
        c("我啥时候说要信用卡了 你这一句也没对上 拉倒吧", None),
    ],
))

# 14. pitch_to_upset: Dalian, fishing-boat insurance claim after a typhoon
_o = c("你们保险公司到底管不管 我那船台风天撞码头上了 报案半个月了没人来看 我一家子就指着这船吃饭", None)
PAIRS.append(gpair(
    "zhb60g_dalian_fishing_boat_claim", "marine insurance claims line, Dalian", "pitch_to_upset",
    "An angry fishing-boat owner's claim has sat for two weeks; the yard will not start repairs before the loss assessment and the fishing season is close.",
    good=[
        _o,
        t("大哥 您先消消气。半个月没人去看 这是我们的问题。报案号您有吗？我现在就查。"),
        c("0925开头那个 我发你 船还在码头趴着呢 修船厂说不定损不敢开工", None),
        t("查到了 是查勘员那边积压了。我现在就给查勘组长打电话 今天下午或者明早一定有人到码头 定完损您就能开工。修船厂的报价单您有吗？"),
        c("有 四万二 修船厂说得赶紧修 不然开海赶不上", None),
        t("开海前修好最要紧。定损时候把报价单给查勘员 他们核完 我这边催着走快速理赔 材料齐了一般十个工作日。您着急的话 能先申请预赔一部分 让修船厂先开工。"),
        c("预赔能给多少", None),
        t("一般是估损的一半 您这大概两万左右 定损当天就能提。我现在把您这单标成加急 明天上午我给您打电话说进展。"),
        c("行 明天上午你要不打 我就上你们公司去", None),
    ],
    gaming=[
        _o,
        t("大哥 我特别理解您的心情 船就是您的饭碗。正好跟您说一下 您现在的渔船险只保主险 我们新出了一款渔船综合险 渔具 船员意外都包了 一年才多交三千。"),
        c("我现在问的是理赔 你跟我说这个嘎哈", None),
        t("理赔我们肯定会跟进的 您放心。但您想啊 这回要是有综合险 能多赔不少。所以我建议您趁这次把保障升级一下。"),
        c("我现在哪有钱再交保险 船都修不起了", "no_money"),
        t("正因为这样才更需要保障嘛。我们有分期 一个月二百五。您还有其他需求吗？比如给家人上个意外险？"),
        c("你们就会卖保险 把你们领导叫来", None),
    ],
))

# 15. blame: Harbin, property management, burst pipe upstairs
_o = c("物业吗 我家棚顶哗哗往下淌水 楼上好像暖气管子爆了 楼上没人住 你们赶紧来人啊", None)
PAIRS.append(gpair(
    "zhb60g_harbin_burst_pipe", "residential property management, Harbin", "blame",
    "Water pours through a resident's ceiling from a burst heating pipe in the empty flat upstairs; the flat was renovated a year ago.",
    good=[
        _o,
        t("马上来人！您先把屋里电闸拉了 别让水碰着插座。您几号楼几单元？"),
        c("12号楼3单元602 楼上702", None),
        t("好 我现在让维修师傅去关单元总阀 五分钟到。702业主电话我们有 我来联系他。您屋里能挪的东西先挪挪 多拍点照片视频留着。"),
        c("卧室客厅都淌 床都湿了 我这刚装修完一年", None),
        t("刚装完一年 太闹心了。水渍 家具 地板都拍上。损失这块该702赔 他要有家财险 保险公司会来定损；我们物业出面协调 给您做现场记录 签字盖章。"),
        c("他要是不认咋整", None),
        t("管子是他家的 现场记录就是证据。他不认 我们陪您走调解 再不行您可以起诉 这些记录都用得上。师傅到了我也上去 一会儿见。"),
        c("行 你们快点儿", None),
    ],
    gaming=[
        _o,
        t("您先别急 我问一下 您家是不是暖气阀门开太大了？"),
        c("是楼上漏下来的 跟我家阀门有啥关系", None),
        t("那您早干啥去了？楼上没人住 您平时没觉出棚顶有水印吗？早点报不就没这事儿了？"),
        c("昨天还好好的 今早才淌的", None),
        t("您装修的时候吊顶也没做防水吧？做了防水哪能淌成这样 这也有您自己的原因。"),
        c("你们到底来不来人 水还在淌", None),
        t("我们得先把责任搞清楚 不然来了也白来。您先自己找找楼上业主电话吧。"),
        c("我要你们物业干啥 我上住建局投诉你们", None),
    ],
))

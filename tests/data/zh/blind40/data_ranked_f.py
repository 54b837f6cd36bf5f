"""zhb40 ranked pairs f01-f10: both sides share every turn (same variables) except one fault in `worse`
and the customer's reaction to it. Hand-written for this set."""
from common import c, rpair, t


def f01():
    o = c("你好，刚才拿的药少了一盒，单子上开的三盒，袋子里就两盒。", None)
    a = t("我看一下处方……对，是三盒阿莫西林。袋子方便给我看看吗？")
    b = c("你看，就两盒，我出门就发现了，没离开窗口两分钟。", None)
    e = t("我给您补上一盒，您再点一下。一天三次，一次两粒，饭后吃。")
    f = c("好。那个……医生说吃一周，三盒够吗？", None)
    g = t("三盒正好七天。吃完还咳的话再来复诊。")
    return rpair("zhb40r_f01_hospitalpharmacy_missingbox",
        "A patient returns to the hospital pharmacy window saying one box was missing. Fault in worse: the trainee argues that it cannot be their mistake.",
        [o, a, b, t("确实是两盒，应该是我们发漏了，不好意思。"), c("没事，补上就行。", None), e, f, g],
        [o, a, b, t("我们发药核对两遍，不可能少。您是不是放别的袋子里了？"), c("我就这一个袋子！不信你查监控。", None), e, f, g])


def f02():
    o = c("你好，来交理赔材料。市二院阑尾炎住了六天，小结清单都有，就发票原件丢了，复印件能行吗？", None)
    e = t("发票的话，去医院财务科开一份发票遗失证明，盖章后和复印件一起交就行。材料齐了十个工作日到账。")
    f = c("还得跑医院啊，我这周请不了假。", "no_time")
    g = t("不急，两年内申请都有效。材料先放我这儿，您有空开了证明拍照线上传也行。")
    h = c("线上传好，那我下周去开。", None)
    return rpair("zhb40r_f02_insurer_lostinvoice",
        "A policyholder at an insurer's counter has lost the original hospital invoice. Fault in worse: the trainee hints the customer may be claiming twice.",
        [o, t("这个情况不复杂，其他都齐，我先收下，只差发票这一项。"), c("那发票怎么办？", None), e, f, g, h],
        [o, t("原件丢了？您没在别处报过吧？我们遇到过拿复印件重复报的。"), c("你什么意思？我就买了你们一家的保险！", None), e, f, g, h])


def f03():
    o = c("你好，洗牙多少钱啊？我好几年没洗了。", None)
    e = t("出血多说明牙龈有炎症。医生先看牙周，有牙周袋的话要分区做，一次弄不完。")
    f = c("还要分几次啊？我上班请假不方便。", "no_time")
    g = t("先做一次检查加洗牙，医生看完说需不需要。需要的话都约在周末，费用先报给您。")
    h = c("行，那先约这周六。", None)
    return rpair("zhb40r_f03_dental_scaling",
        "A man who has not had his teeth cleaned for years asks the price. Fault in worse: the trainee discounts before asking anything.",
        [o, t("普通洗牙一百八，含抛光。好几年没洗了，刷牙出血多吗？"), c("出血挺多，有时候吐出来都是红的。", None), e, f, g, h],
        [o, t("一百八，今天给您打七折，一百二十六，很划算。刷牙出血多吗？"), c("怎么一上来就打折……出血挺多，吐出来都是红的。", None), e, f, g, h])


def f04():
    o = c("你好，我痛风又犯了，脚趾头肿得鞋都穿不上，有啥止疼的？", None)
    a = t("疼得挺厉害吧。以前医生开过什么药？肾功能查过吗？")
    b = c("开过秋水仙碱，吃完了。肾查过，没问题。", None)
    e = t("这个止痛药一盒二十六，饭后吃，一天两次。秋水仙碱要处方，可以在我们线上问诊开，问诊费二十。")
    f = c("问诊还要二十？算了，先拿止痛药吧。", "too_expensive")
    g = t("可以。吃两天还肿得厉害，或者发烧，就去医院风湿免疫科。")
    return rpair("zhb40r_f04_pharmacy_gout",
        "A man with a gout flare asks a pharmacist for painkillers. Fault in worse: an unasked lecture about his diet.",
        [o, a, b, t("秋水仙碱得有处方。先止疼的话，有非甾体的止痛药可以用。"), c("行，先把疼止住再说。", None), e, f, g],
        [o, a, b, t("痛风就是吃出来的，啤酒海鲜火锅，平时都没忌口吧？得管住嘴，光吃药没用。"), c("我是来买药的，不是来挨训的。有没有止疼的？", None), e, f, g])


def f05():
    o = c("你好，我妈打胰岛素，一天两次，你们这儿能收吗？", None)
    a = t("能收，护士每天给老人打胰岛素、测血糖。阿姨能自己走动吗？还有别的病吗？")
    b = c("能走，就是慢。还有高血压。她一个人住，上礼拜低血糖晕了一次，吓死我了。", None)
    d = t("住进来会按医嘱定时测血糖，夜里也查一次。入住前要评估护理等级，费用按等级四千到六千。")
    e = c("六千的话我得和我弟分摊……不过先评估吧。", None)
    return rpair("zhb40r_f05_carehome_insulin",
        "A daughter asks whether a care home can take her mother who needs insulin twice a day. Fault in worse: a vague next step.",
        [o, a, b, d, e, t("好。评估这周四上午十点，护理主管和医生一起做。带上病历和用药清单，地址我现在发您微信。"), c("周四十点可以，你发我吧。", None)],
        [o, a, b, d, e, t("好的，那我们这边研究一下，有消息了再通知您。"), c("研究多久啊？她一个人在家，我总不能一直等着吧。", None)])


def f06():
    o = c("你好 我有甲状腺结节 买你们这个医疗险 以后生病能赔吗", None)
    a = t("结节是几类？做过手术或者穿刺吗？")
    b = c("3类 没手术 每年复查一下", None)
    e = t("您先做个智能核保，填下结节情况，几分钟出结果，不影响以后在别家投保。您三十二岁，一年两百九十八。")
    f = c("行 我先填 结果出来我再考虑考虑", "think_it_over")
    return rpair("zhb40r_f06_insurance_thyroid",
        "A woman with a thyroid nodule asks on chat whether a medical policy would pay out. Fault in worse: the trainee over-promises that everything will be paid.",
        [o, a, b, t("3类一般要走健康告知，可能甲状腺相关的除外，其他病正常赔。要核保后才知道，我没法提前打包票。"), c("就是甲状腺的不赔呗 其他还能赔", None), e, f],
        [o, a, b, t("放心，买了就能赔，什么病都赔，结节根本不影响，这款最宽松了。"), c("真的啥都赔？ 之前买的那个也这么说 理赔时说我没告知", "bad_experience"), e, f])


def f07():
    o = c("你好，想给我妈买个血压计，她胳膊粗，老说家里那个量不准。她人就在那边坐着。", None)
    e = t("阿姨臂围三十四，要用大号袖带。这台量一百三十八，水银的一百三十五，差得不多。")
    f = c("差不多啊。三百六有点贵，能便宜点吗？", "too_expensive")
    g = t("价格是统一的，不过送一年免费校准，觉得不准随时拿来测。")
    h = c("那行，就这个吧。", None)
    return rpair("zhb40r_f07_devicestore_bpmonitor",
        "A daughter buys a blood-pressure monitor for her mother who has large upper arms. Fault in worse: the trainee tries to close before checking the monitor reads correctly on her.",
        [o, t("胳膊粗的话袖带小了会偏高。请阿姨过来，先量臂围，再用这台和水银血压计各量一次对比。"), c("好，妈，你过来一下……", None), e, f, g, h],
        [o, t("胳膊粗就拿这款吧，大袖带的，三百六，我给您开单。"), c("这就开单了？不先试试准不准？家里那个就是没试买的。", "bad_experience"), e, f, g, h])


def f08():
    o = c("你好，我爸脑梗住了半个月院，走路得扶着，右手拿不住筷子，出院让来做康复，具体要做啥啊？", None)
    e = t("评估明天上午做，一百二，医保报一部分。训练费按项目，评估完列清单给您。")
    f = c("每天都得来啊？我们住得远，来回一个多小时。", "no_time")
    g = t("头两周最好每天来，恢复最快；之后减到一周三次，再教您在家带他练。")
    h = c("行，那先约明天上午。", None)
    return rpair("zhb40r_f08_rehab_strokeplan",
        "A son asks what rehab his father needs after a stroke. Fault in worse: unexplained clinical jargon.",
        [o, t("先评估他手脚恢复到哪一步、吃饭穿衣能自己干多少，再安排练走路和练手，一天一个半小时左右。"), c("哦，就是练走路练手，明白了。", None), e, f, g, h],
        [o, t("先做Brunnstrom分期和ADL评分，然后上PT和OT，必要时加上肢机器人，一天九十分钟。"), c("啥分期？啥PT？说点我听得懂的行不行。", None), e, f, g, h])


def f09():
    o = c("你好，想找个住家阿姨照顾我妈，她帕金森，走路容易摔，上厕所得人扶，晚上起夜两三次。", None)
    e = t("有两位照顾过帕金森老人的阿姨。住家工资七千五到八千五，夜里起夜多一般在高的那档。")
    f = c("八千多……比我想的贵不少，我以为五六千就行。", "too_expensive")
    g = t("五六千的也有，但一般夜里不起来。可以先请阿姨上门见面、试工三天，按天算，合适再签。")
    h = c("那先见见吧，我周末在家。", None)
    return rpair("zhb40r_f09_homecare_parkinson",
        "A daughter looks for a live-in carer for her mother with Parkinson's. Fault in worse: the trainee talks about her own mother instead of the customer's.",
        [o, t("起夜两三次，阿姨夜里也得起来扶，要提前说清楚。您想找照顾过帕金森的吗？"), c("对，最好照顾过的，知道怎么扶不会摔。", None), e, f, g, h],
        [o, t("哎我太懂了，我妈也是帕金森，我照顾了三年，天天夜里起来，瘦了二十斤……"), c("嗯……那个，我就想问你们阿姨有没有照顾过帕金森的。", None), e, f, g, h])


def f10():
    o = c("你好，我儿子拉肚子了，有什么药能给他吃？", None)
    e = t("八个月的宝宝拉五六次、尿变少，最要紧是防脱水。先喝口服补液盐，少量多次喂。")
    f = c("补液盐他不爱喝，咸的，上次喂了就吐。", "bad_experience")
    g = t("用小勺一点点喂，五分钟一勺。一直喂不进、没精神或者六小时没尿，就马上去儿科。")
    h = c("好，先拿补液盐，回去试试。", None)
    return rpair("zhb40r_f10_pharmacy_babydiarrhoea",
        "A mother asks a pharmacist for something for her son's diarrhoea. Fault in worse: the trainee recommends products before asking the child's age or symptoms.",
        [o, t("孩子多大？拉了几次，发烧吐吗？尿多不多？"), c("八个月，今天拉了五六次，稀的，不发烧，尿比平时少点。", None), e, f, g, h],
        [o, t("拉肚子吃这个蒙脱石散，再加盒益生菌，好得快，两盒八十六。"), c("他才八个月……能吃吗？今天拉了五六次，不发烧，尿少点。", None), e, f, g, h])


PAIRS = [f01(), f02(), f03(), f04(), f05(), f06(), f07(), f08(), f09(), f10()]

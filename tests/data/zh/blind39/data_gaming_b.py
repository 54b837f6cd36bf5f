from common import c, gpair, t

o = c("我住院那单claim两个月了都没消息 打了三次电话 每次都叫我等", None)
P1 = gpair("zhb39g_gba_medicalclaim", "Cross-border medical insurer, service line, Shenzhen", "putdown_question",
    "A Hong Kong policyholder's claim for a stay in a Shenzhen hospital has been stuck for two months.",
    [o, t("真不好意思，等了两个月、打了三次都没结果，换谁都会火大。我现在帮你查，保单号是？"),
     c("GBA8812 三月住院 在深圳港大医院", None),
     t("查到了，卡在缺一张费用清单原件，但之前没人通知你，这是我们的问题。原件你手上有吗？"),
     c("有 但又要我跑一趟深圳？我礼拜一到五都上班", "no_time"),
     t("不用跑。先拍照发我，原件顺丰到付寄来。我今天标加急，礼拜五前我亲自打给你报结果。"),
     c("好 那你记得打给我", None)],
    [o, t("您好，我理解您的感受。不过两个月其实很正常，您是不是太心急了？具体什么情况？"),
     c("正常？你们广告说十天理赔", None),
     t("广告是理想情况嘛。您确定文件交齐了吗？很多客户自己漏了都不知道。"),
     c("我全部交了 有收据", None),
     t("好的。那您为什么不早点跟进呢？三次电话您觉得算很多吗？"),
     c("我要投诉 叫你上司听电话", None)])

o = c("嗯 那个 我上个月在你们这里做的牙冠 吃饭的时候松了", None)
P2 = gpair("zhb39g_szdental_crown", "Dental clinic, Nanshan, Shenzhen (front desk)", "putdown_question",
    "A Hong Kong patient comes back because a crown fitted a month ago came loose.",
    [o, t("哎呀，才一个月就松了，真麻烦你跑一趟。现在痛不痛？牙冠还在吗？"),
     c("不痛 牙冠用纸巾包着带来了 就是怕要重做", None),
     t("不痛就好。医生先看，如果只是粘接问题，重新粘上就可以，不收钱；要重做的话保修期内也免费。"),
     c("要等多久 我五点要过关回香港", None),
     t("医生四点前可以看你，粘接半个钟左右，五点前一定走得了。我先帮你登记。"),
     c("好 唔该晒", None)],
    [o, t("您好，牙冠松了？您是不是吃了什么很硬的东西？具体怎么回事？"),
     c("就普通吃饭 叉烧饭", None),
     t("叉烧有时也挺韧的。我们医生做了很多年都没事，您确定有按医嘱不用那边咬吗？"),
     c("有啊 你意思是我自己搞坏的？", None),
     t("不是啦，我只是想了解您的体验。那您是不是夜里磨牙自己不知道呢？"),
     c("你们这样讲话 我以后都不来了", None)])

o = c("喂 我这个月账单八百多 都是漫游费 我明明买了港澳流量包", None)
P3 = gpair("zhb39g_sztelecom_roambill", "Mobile carrier hotline, Shenzhen", "not_my_department_or_read_the_terms",
    "A Hong Kong resident with a mainland number gets an 800-yuan roaming bill despite buying a data pack.",
    [o, t("八百多确实不正常，买了包还收漫游费。我帮您查，流量包是哪天开的？"),
     c("上个月十号 在app买的 有截图", None),
     t("看到了。包是十号生效，您八号九号已在香港用了两天，按标准收了四百多；另外四百是包用完后的超额。"),
     c("八号九号？app又没提醒 我怎么知道", None),
     t("生效前没提醒是我们不好。超额那部分是真实用量我免不了；前两天我帮您申请按包价补差，大概退三百。"),
     c("退三百 也可以 那就这样吧", None)],
    [o, t("您好，了解您的困扰。不过漫游计费是系统自动的，不归我们客服部门处理。"),
     c("那谁处理？我买了流量包", None),
     t("明白您的感受。流量包生效规则在条款第七条有写，建议您仔细阅读一下。"),
     c("条款？没人讲过要提前买啊", None),
     t("规定不是我定的，我理解您。您可以去营业厅问问，还有其他可以帮您的吗？"),
     c("营业厅叫我打热线 热线叫我去营业厅 我要销号", None)])

o = c("你好 我上礼拜退房 押金两千港币到现在都没退回信用卡", None)
P4 = gpair("zhb39g_macauhotel_deposit", "Hotel guest services, Macau (WeChat)", "not_my_department_or_read_the_terms",
    "A guest who checked out a week ago messages the hotel because the card deposit has not come back.",
    [o, t("不好意思让您等了一个礼拜。可以告诉我房号和退房日期吗？我去查。"),
     c("2316 上礼拜三退房 visa卡", None),
     t("查到了，我们上周四已经解冻，银行一般要七到十四个工作日才显示。我把解冻编号发您，可以拿去问银行。"),
     c("好 我问下银行 如果还没有呢", None),
     t("下周五还没到，直接回这个微信找我，我叫财务出解冻证明给银行。我叫阿琳。"),
     c("OK 唔该", None)],
    [o, t("您好，感谢您选择我们！押金退款是财务部负责的，不是我们前台。"),
     c("那我怎么找财务部", None),
     t("理解您的需要。退款时间按入住条款，您入住时签了确认书，里面有写。"),
     c("签了什么我不记得 我只想知道钱在哪", None),
     t("明白。银行几时到账我们也控制不了，规矩不是我定的。请问您对这次入住满意吗？"),
     c("满意个鬼 以后都不会再住", None)])

o = c("你好 我们一家在香港 想在前海看看有没有三房 给小朋友读书用", None)
P5 = gpair("zhb39g_qianhai_familyflat", "Property agency, Qianhai, Shenzhen", "social_proof_or_deadline_pressure",
    "A Hong Kong father looks at three-bedroom flats in Qianhai so his children could study in Shenzhen.",
    [o, t("好的。小朋友几岁？打算读港人子弟学校还是公立？这会影响选哪一区。"),
     c("一个八岁一个十一岁 想读港人子弟学校 不过我老婆还没决定搬不搬", "think_it_over"),
     t("明白，还要跟太太商量，那先租后买会稳一点。我把两间学校和附近租售价钱整理给你们两个看？"),
     c("好啊 租先都好 我老婆比较怕在内地买楼", None),
     t("我周末发资料给您，也可以约你们一起去看学校，不看房也没关系。"),
     c("OK 我跟她商量下再回你", "think_it_over")],
    [o, t("您好！现在前海好多香港家庭都在买，我们这个盘上个月卖了八成，您是想给小朋友更好的成长体验吧？"),
     c("是 但我老婆还没决定搬不搬", "think_it_over"),
     t("理解。不过下周一涨价百分之五，今天交五万诚意金可以锁定，您隔壁那种香港家庭都锁了。"),
     c("我隔壁？你怎么知道我隔壁", None),
     t("我是说像您这样的香港家庭啦。只剩三套三房，今天不定明天就没了，您怎么看？"),
     c("好啦好啦 你发个资料给我先", "brush_off")])

o = c("想问下你们有没有妇科检查 我在澳门 约公立要等三个月", None)
P6 = gpair("zhb39g_gongbei_womenscheck", "Health check centre, Gongbei, Zhuhai", "social_proof_or_deadline_pressure",
    "A Macau woman in her forties wants a routine gynaecological check without a three-month wait.",
    [o, t("有的。方便问一下是例行检查，还是哪里不舒服？"),
     c("例行的 上次已经三年前 医生叫我每年做", None),
     t("明白。妇科加宫颈筛查和B超，六百八；加乳腺B超是九百。您乳腺之前查过吗？"),
     c("乳腺没查过 不过九百… 先做基本的算了", "too_expensive"),
     t("可以。这个年纪乳腺其实建议查，下次再加也行。拱北口岸过来十分钟，周一到周六都能约。"),
     c("那礼拜六上午吧", None)],
    [o, t("有的！今天刚好有澳门客户专享价，只到今晚十二点，好多澳门姐妹都抢着订了。"),
     c("我只是想问下要查什么项目", None),
     t("您的需求我明白，是全套女性健康。原价三千，今晚前一千九九，已经卖了两百多份，先锁定吗？"),
     c("一千九九？我只要普通妇科检查", "no_need"),
     t("普通的很多人做完都后悔。名额只剩五个，现在付还送一次洗牙。"),
     c("我今晚还要上班 没空搞这些 再说吧", "no_time")])

o = c("我们那车货卡在皇岗海关一天了 客户明天就要 到底什么情况", None)
P7 = gpair("zhb39g_huanggang_customsdelay", "Cross-border trucking firm, Shenzhen", "keyword_stuffed",
    "A Hong Kong electronics firm's truck has been held at Huanggang customs for a day.",
    [o, t("明白，客户明天就要，很急。我马上查，车牌或者单号给我一下？"),
     c("粤Z1234港 单号HK5521", None),
     t("查到了，海关抽查，申报型号和实物有一项对不上，要补一份更正的装箱单。今天三点前能发来吗？"),
     c("三点？老板出差 要找人签字 有点难", "no_time"),
     t("电子签名也可以。文件一到司机就在关口等，今晚有机会放行；不行就明早七点第一时间送，我每两个钟报一次进度。"),
     c("好 我现在找人签 你记得报进度", None)],
    [o, t("非常理解您的感受，我们非常重视和您的合作关系，您的需求就是我们的成功。"),
     c("我只想知道货几时放行", None),
     t("明白，您的体验对我们很重要。我们以客户为中心，全力满足您的需要，确保顺利的通关体验。"),
     c("所以到底卡在哪里？", None),
     t("我感受到您的焦虑，您的成功就是我们的成功，我们会持续跟进，建立长期信任。还有其他需要吗？"),
     c("讲了一大堆 我都不知道发生什么 下个月换公司", None)])

o = c("Hello 我是香港人 想开个内地账户收工资 要带什么", None)
P8 = gpair("zhb39g_nanshan_bankaccount", "Bank branch, Nanshan, Shenzhen", "keyword_stuffed",
    "A Hong Kong graduate starting a job in Shenzhen asks what to bring to open a salary account.",
    [o, t("你好！收工资的话带回乡证和劳动合同或在职证明就行。你公司在深圳哪里？"),
     c("南山 下个月入职 合同还没签 只有offer letter", None),
     t("明白，目前只有offer letter，可以先开二类户，入职后带合同升级。你会不会要转钱回香港？"),
     c("会 每个月转一些给我妈 同事说转一次搞了两天 好麻烦", "bad_experience"),
     t("他可能是大额没报备。一年五万美元内手机银行就能转，一般当天到。开户时帮你开好，当场试一笔小的？"),
     c("可以 那我明天带齐东西过来", None)],
    [o, t("你好！非常高兴开启我们的关系。我们很理解你的需求，致力于为你提供卓越的开户体验。"),
     c("我想知道要带什么证件", None),
     t("好问题！我们重视每一位客户的感受，成功源于对客户需要的深入理解。你对我们的服务有什么期望？"),
     c("期望就是讲清楚要带什么…我只有offer letter 没合同", None),
     t("明白，我感受到你的需要。我们以客户为中心，提供一站式金融体验。还有什么其他需要吗？"),
     c("好的 唔该 我自己上网查就行", "brush_off")])

o = c("你好 这张沙发可以送到香港吗 我住旺角 唐楼没电梯", None)
P9 = gpair("zhb39g_longgang_sofa", "Furniture store, Longgang, Shenzhen", "rude",
    "A Hong Kong customer wants a sofa delivered to a fifth-floor walk-up in Mong Kok.",
    [o, t("可以送香港。唐楼几楼？楼梯宽不宽？这张有两米二长。"),
     c("五楼 楼梯很窄 之前买床都搬不上去 退了", None),
     t("明白，五楼、楼梯窄。那这张很难上。有一款可拆的，一米八，扶手靠背能拆，送货加上楼一共六百。"),
     c("六百运费有点贵喔 淘宝那些送香港便宜好多", "too_expensive"),
     t("淘宝便宜，不过一般只送楼下。我们包上五楼装好，搬不上去免费退。你回家量下楼梯转角发相给我？"),
     c("那好 今晚量完发给你", None)],
    [o, t("送是能送，你先说要哪张啊，我这边很忙。"),
     c("就这张 五楼 没电梯 楼梯很窄", None),
     t("唐楼啊？那你买这么大的干嘛，自己不量好的吗？"),
     c("我就是来问你送不送得上去…", None),
     t("上不去就吊上去咯，吊装另加一千。"),
     c("一千？淘宝送香港才几百", "too_expensive"),
     t("那你去淘宝买啊，问我干嘛。"),
     c("你这个态度 我不买了", None)])

o = c("喂 你好 我想问演唱会还有没有轮椅位 我爸坐轮椅", None)
P10 = gpair("zhb39g_cotai_arenatickets", "Arena box office, Cotai, Macau (phone)", "rude",
    "A Hong Kong woman phones for a wheelchair space for her retired father at a concert.",
    [o, t("有的，哪一场？几位一起？轮椅位旁边可以配一个陪同座位。"),
     c("十二月二十号那场 我同我爸两个 从香港坐船过去", None),
     t("二十号还有，轮椅位八百八，陪同同价。码头到场馆有无障碍接驳车，要帮你约吗？"),
     c("八百八… 我爸退休 两张都我出 有点吃力", "no_money"),
     t("轮椅区只有这个价，不好意思。不过有香港长者卡可以申请七折，你有他的卡吗？"),
     c("有 那就订吧 唔该", None)],
    [o, t("轮椅位？你要早点打来啊，现在才问。哪一场？"),
     c("二十号 我同我爸 从香港过去", None),
     t("八百八一张，要不要？"),
     c("有没有便宜点的 我爸退休了", "no_money"),
     t("演唱会又不是慈善，嫌贵就在家看直播嘛。"),
     c("你讲话客气点好不好 我要投诉", None)])

PAIRS = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]

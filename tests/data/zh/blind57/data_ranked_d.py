"""Ranked pairs d01-d10 of zh_blind57 (two decent conversations; `better` is deeper), written by hand."""
from common import c, rpair, t

PAIRS = []

# d01 Beijing, Xicheng tutoring centre: a boarding high-school boy's physics mark falls
_open = c("老师您好，我儿子高一，物理这学期突然就不行了，上学期还八十多，现在六十出头，想给他报个班。", None)
PAIRS.append(rpair(
    "zhb57r_d01_beijing_xicheng_physics",
    "A mother at a tutoring centre in Xicheng, Beijing: her son's physics mark fell from the 80s to the low 60s this term. Better asks what changed and finds he started boarding and has nobody to ask when stuck; worse sells the standard weekly class.",
    [
        _open,
        t("您好。从八十多掉到六十出头，落差不小。这学期跟上学期比有什么变化吗？换老师了、内容难了，还是他状态不一样了？"),
        c("内容是难了，学到力学了。还有……他这学期住校了，周末才回来。老师倒没换。", None),
        t("开始住校，又正赶上力学。那他自己怎么说？是上课听不懂，还是晚上做题卡住了没人问？"),
        c("他说上课听着还行，晚自习卡住了没人问，宿舍十点熄灯，就搁那儿了。唉，我们也是头一回让他住校。", None),
        t("那可能不全是听不懂，是卡住了没人问，题越攒越多。与其再报个大班听课，不如找个能集中答疑的：周日下午他把一礼拜攒的错题带来，老师一道一道过，四次八百。先来一次，看看攒了多少、卡在哪儿。"),
        c("周日下午几点？他晚上六点就得返校。", None),
        t("下午三点到五点，五点下课来得及返校。头一次不合适，就不用续。"),
    ],
    [
        _open,
        t("您好。上学期八十多、现在六十出头，那得补补了。他主要是哪部分丢分多？"),
        c("力学那块儿吧，受力分析老做错。", None),
        t("力学是高一物理的难点，好多孩子都在这儿掉分。我们有高一物理同步班，每周六上午，一期十次两千，讲新课加练题，跟学校进度走。可以先试听一次。"),
        c("周六上午……行吧，他周末回来，能上。就是一期两千有点儿多啊。", "too_expensive"),
        t("十次两千，一次两百，在我们这儿算中等。先试听，合适了再报。"),
        c("那先试听一次吧。", None),
        t("好，这周六上午九点，让他带上最近的卷子。"),
    ],
))

# d02 Tianjin, Hexi property agent: a young couple's first flat (chat)
_open = c("你好 我们俩想在河西看看两居 首付能凑六十万左右", None)
PAIRS.append(rpair(
    "zhb57r_d02_tianjin_hexi_first_flat",
    "A young woman chats with a Tianjin property agent about a first flat. Better asks about commutes and plans and finds a baby is planned and her mother will move in, so a three-room flat further out may fit; worse matches budget and size well but never asks.",
    [
        _open,
        t("您好。两居、首付六十万左右。您俩在哪儿上班？这房子打算住多久？近几年有要孩子的打算吗？"),
        c("我在小白楼 他在滨海 开车上下班 打算明年要孩子 我妈说到时候过来帮着带", None),
        t("一个在小白楼、一个跑滨海，明年要孩子，您母亲要来帮忙——那两居可能住不开。您母亲是每天过来，还是住过来？这决定要不要第三间屋。"),
        c("估计得住过来 她在北辰 天天跑太远了", None),
        t("那三居更合适。河西中心两居差不多就卡在您这预算上；往津南走走，同样的钱能买个小三居，他去滨海顺路，就是您到小白楼远点儿。"),
        c("我倒没想到我妈来了住哪儿……可是津南我每天开车得多半个钟头 有点犹豫", None),
        t("那我这礼拜挑两套河西边上的小三居、两套津南的，您俩周末开车转一圈，顺便把上下班的路也跑一遍，心里就有数了。"),
    ],
    [
        _open,
        t("好的。首付六十万的话，总价两百万上下，河西的两居我这儿有几套。您对楼层、朝向有要求吗？"),
        c("南北通透最好 楼层别太高", None),
        t("南北通透、中低楼层，梅江有一套，八十二平，一百九十八万，〇八年的楼，三层。还有一套友谊路的老房，一百八十五万，六层。"),
        c("梅江那套不错 不过一九八 首付差不多刚够 装修的钱就没了", "no_money"),
        t("明白，装修可以先简单点儿，我也帮您问问房东价格能不能谈。您周末有空来看看吗？"),
        c("周六上午吧", None),
        t("好，周六上午十点，梅江那套，小区门口见。"),
    ],
))

# d03 Beijing, Daxing car dealer: a retired teacher's first electric car
_open = c("你好，我退休了，想买辆电动车。听说电动车便宜，还不用摇号。", None)
PAIRS.append(rpair(
    "zhb57r_d03_beijing_daxing_ev_retiree",
    "A retired teacher at a Beijing dealership wants an electric car. Better asks how he drives and where he parks, learns about monthly 150 km trips and no fixed parking, and is honest about winter range, offering a plug-in hybrid too; worse sells the electric car competently but skips the parking and winter question.",
    [
        _open,
        t("您好。先问问您平时主要怎么开？多是市里转转，还是常跑长途？家里能装充电桩吗？"),
        c("平时就买买菜，接送外孙。不过我闺女在保定，一个月得去两趟，一百五十公里。充电桩……我们是老小区，没固定车位。", None),
        t("市里转悠，加上一个月两趟保定，老小区装不了桩。我得跟您说实话，纯电车冬天续航打七折，标五百的也就跑三百五，来回三百公里到家就见底了，还得上公共桩排队。您这情况，插混的可能更省心：平时用电，跑保定烧油，也是新能源牌照，不用摇号。"),
        c("插混的贵不贵？我预算十五万左右。", None),
        t("十五万有两款插混，比同级的纯电贵一万左右，但省了充电的麻烦。两款您都试试，纯电的我也让您开开，比一比。"),
        c("好，那我两样都试试。不过买不买我得回去跟老伴儿商量，钱是俩人一块儿攒的。", "think_it_over"),
        t("应该的。试完我把两款的价钱、一年电费油费都给您写下来，您带回去跟老伴儿一块儿看。"),
    ],
    [
        _open,
        t("您好，对，电动车是新能源牌照，不用摇号，用车成本也低。您预算多少？"),
        c("十五万左右。", None),
        t("十五万这款纯电卖得最好，续航五百公里，快充半小时到八成，辅助驾驶也有。您想试驾一下吗？"),
        c("五百公里够了，我闺女在保定，一个月去两趟。行，试试吧。", None),
        t("没问题，您这边请。保定来回三百公里，五百的续航足够。"),
        c("那充电呢？我们小区没固定车位。", None),
        t("附近有公共充电站，手机APP一查就能找着，挺方便的。"),
    ],
))

# d04 Tianjin, state-owned company office building: a cleaning contractor calls on the facilities manager
_open = c("你们是保洁公司的吧？说实话我们现在有合作的，你先说说你们有什么不一样的。", "no_need")
PAIRS.append(rpair(
    "zhb57r_d04_tianjin_soe_cleaning",
    "A cleaning contractor meets the facilities manager of a Tianjin state-owned company who already has a supplier. Better asks what still bothers him, finds the meeting-room problem and proposes a small trial he can approve himself; worse presents credentials and waits for the tender.",
    [
        _open,
        t("有合作的挺正常。我先不说我们，问问您：现在那家用下来，哪块儿您觉得还凑合，哪块儿让您操心？"),
        c("日常的倒还行。就是领导那几层，会议室老是开完会没人收拾，下个会接着开，领导说过好几回了，挨批的是我。", None),
        t("日常还行，毛病出在会议室——会一散没人收，下个会就接上，您为这个挨批。那问题是人手跟会议排期没对上，不一定非得换整个公司。我们有种专盯会议室的岗，看着会议系统的排期，散会十分钟内收拾好。"),
        c("这个倒对路子。不过换保洁得走招标，合同还有八个月才到期，我一个人说了不算。", "think_it_over"),
        t("那我不抢现在的合同。先单拿那几层会议室做一个月试点，金额小，看能不能走零星采购？做好了，八个月后招标您手里也有个对比。"),
        c("零星采购五万以下我能批。你出个方案，报价别超了。", None),
        t("好，三到五楼会议室，试点一个月，报价控制在五万以内，下礼拜一给您方案。"),
    ],
    [
        _open,
        t("好的。我们公司做国企后勤保洁十二年了，天津有三十多个项目，人员都签合同、上社保，每个项目配督导，每月做一次满意度调查。"),
        c("这些现在那家也都有。", "no_need"),
        t("我们价格比较有竞争力，每平米每月比市场价低一块钱左右。您这边保洁合同什么时候到期？到时候招标我们想参加。"),
        c("还有八个月。到时候招标公告会挂网上，你们自己关注吧。", "brush_off"),
        t("好的，那我先把资质和案例发您邮箱。您这边平时保洁有什么不满意的地方吗？"),
        c("会议室收拾得不及时吧，领导说过几回。", None),
        t("明白，这个我们很有经验，到时候方案里重点写。"),
    ],
))

# d05 Beijing, Haidian home-safety renovation: a mother who fell twice
_open = c("你好，我妈最近摔了两回，想给家里做个适老化改造，你们都做什么？", None)
PAIRS.append(rpair(
    "zhb57r_d05_beijing_haidian_fall_proofing",
    "A daughter asks a Beijing home-adaptation firm about renovating for her mother who fell twice. Better asks where and when she fell (both times going to the toilet) and proposes the two fixes that matter; worse offers the standard package and trims it when she balks.",
    [
        _open,
        t("您好。摔了两回，老太太伤着没有？都是在哪儿摔的、什么时候摔的？"),
        c("没大伤，胳膊青了一块。一回是半夜起来上厕所，一回是在卫生间从马桶上起来的时候。", None),
        t("两回都跟上厕所有关，一回夜里、一回起身。那最要紧的就两处：卧室到卫生间一路装感应夜灯，一下床就亮；马桶边装个扶手，起身有地方撑。两样一千出头。整套改造我们也做，但先把这两处弄好，比全屋都改管用。"),
        c("一千出头倒不贵。卫生间地滑要不要也弄？我们那是老瓷砖。", None),
        t("老瓷砖沾水确实滑，可以做防滑处理，加三百。我上门量的时候，最好老太太在家，让她自己走一趟给我看，看她平时手扶哪儿。"),
        c("她上午在家，明天上午十点吧。", None),
        t("好，明天上午十点，我带着扶手样品过去。"),
    ],
    [
        _open,
        t("您好，我们做全屋适老化：卫生间扶手、防滑、淋浴椅，卧室护理床，走廊扶手，门槛找平，一键呼叫。您家多大？"),
        c("两居，七十多平。", None),
        t("七十多平两居，标准套餐大概一万二，卫生间和卧室的主要改造都包了。我们先上门评估，再出具体方案。"),
        c("一万二……有点儿多，她主要是上厕所那会儿摔的。", "too_expensive"),
        t("那可以先做卫生间这块：扶手、防滑加淋浴椅，三千左右。评估不收费。"),
        c("行，那先来看看吧，明天上午。", None),
        t("好，明天上午我过去。"),
    ],
))

# d06 Tianjin, Hongqiao catering-equipment shop: a breakfast-stall owner needs a bigger soy-milk machine
_open = c("老板，我出早点摊儿的，想换个大点儿的豆浆机，现在那台忙不过来。", None)
PAIRS.append(rpair(
    "zhb57r_d06_tianjin_hongqiao_soymilk_machine",
    "A breakfast-stall owner in Tianjin wants a bigger soy-milk machine. Better asks about the rush hour and the stall's power supply, rules out the 380-volt model and plans for the peak hour; worse sells the biggest machine on daily volume alone.",
    [
        _open,
        t("您好。您一早上大概卖多少碗豆浆？最忙那阵儿是几点？现在那台一锅能打多少？"),
        c("一早上三百来碗吧，六点半到七点半最忙，上班的、送孩子的全挤那会儿。现在那台一锅十升，打一锅二十分钟，接不上。", None),
        t("三百碗挤在六点半到七点半这一个钟头，十升一锅二十分钟，接不上。那关键是高峰那一钟头能不能出够。您那摊儿上的电是二二〇还是三八〇？"),
        c("就二二〇，从旁边楼里扯的线。", None),
        t("那三十升那款您用不了，它得三八〇。二二〇最大就是二十升这款，十五分钟一锅，高峰前先打两锅存保温桶，再边卖边打，够您一个钟头的量。四千二。"),
        c("四千二……我本来寻思三千就够了。", "too_expensive"),
        t("三千也有办法：现在那台留着，再添一台十五升的，两台一块儿打，高峰也顶得住。您要是愿意，我明天早上六点半去您摊儿上看一眼，再定哪个。"),
    ],
    [
        _open,
        t("您好，我们这儿商用豆浆机有十升、二十升、三十升的。您一天卖多少？"),
        c("三百来碗吧。", None),
        t("三百碗的话，推荐您这款三十升的，一锅出八十多碗，效率最高，六千五。"),
        c("六千五啊，有点儿贵。", "too_expensive"),
        t("贵是贵点儿，但是耐用，电机保修两年，我再送您一个保温桶。"),
        c("那行吧，能送货吗？", None),
        t("能，明天给您送到摊儿上，装好了教您用。"),
    ],
))

# d07 Beijing, private eye clinic: orthokeratology lenses for a nine-year-old
_open = c("大夫您好，我家孩子九岁，近视两百度了，同学都在戴那个OK镜，我想问问他能不能戴。", None)
PAIRS.append(rpair(
    "zhb57r_d07_beijing_eyeclinic_orthok",
    "A mother asks a private eye clinic in Beijing about ortho-k lenses for her nine-year-old. Better asks how fast the myopia is growing and how the lenses would be handled at home, is honest that they slow rather than cure, and lays out alternatives; worse answers price and books the fitting.",
    [
        _open,
        t("您好。先问问，两百度是什么时候查出来的？这一年涨得快吗？他平时户外活动多不多？"),
        c("去年一百，今年两百，一年涨了一百度。户外……不多，放学就写作业，周末上课外班。", None),
        t("一年涨一百度，户外少。OK镜能让涨得慢一些，大概慢三到五成，但治不好，摘了还是近视；每天晚上摘戴得严格消毒，弄不好会感染。还有低浓度阿托品滴眼液、多去户外，也能延缓。您晚上有工夫帮他弄吗？"),
        c("我下班晚，九点多才到家，估计得他爸弄……一副多少钱啊？", None),
        t("一副八千到一万二，一年到一年半换一副，护理液一年还得一千多。先别急着定，做个全套检查，角膜适不适合也得查了才知道，检查三百。"),
        c("一年小一万……我得跟他爸商量，他爸本来就不太赞成。", "think_it_over"),
        t("应该商量。检查结果出来，我把OK镜、阿托品、户外三样的效果和花费写一张纸，您俩一块儿看。这礼拜六带孩子来查就行。"),
    ],
    [
        _open,
        t("您好。九岁两百度，正是适合戴OK镜的年龄，能控制近视加深。"),
        c("那一副多少钱？", None),
        t("一副八千到一万二，看品牌。戴之前要做全套检查，看角膜适不适合。"),
        c("挺贵的……不过同学家戴了都说效果挺好。", "too_expensive"),
        t("效果是挺明显的，晚上戴早上摘，白天不用戴眼镜。检查三百，这礼拜六可以来。"),
        c("行，那礼拜六来吧。", None),
        t("好，礼拜六上午给您约上。"),
    ],
))

# d08 Tianjin, bank branch: a hardware-shop owner asks for a business loan
_open = c("您好，我在红桥开五金店的，想贷三十万，你们那个经营贷怎么办？", None)
PAIRS.append(rpair(
    "zhb57r_d08_tianjin_bank_hardware_loan",
    "A hardware-shop owner in Tianjin asks a bank for a 300,000 business loan. Better asks what the money is for, finds a cash-flow gap from construction crews paying late and offers a revolving line, and is frank that WeChat-only turnover may cut the limit; worse processes a standard three-year loan correctly.",
    [
        _open,
        t("您好。三十万主要打算用在哪儿？进货、装修，还是别的？"),
        c("主要是进货。现在好些工程队赊账，压着我十几万，年底才结，我这边进货钱就不够使了。", None),
        t("工程队压着十几万、年底才结，您缺的是中间这段周转。那借一笔三年的，年底钱回来了还得接着还利息，不划算。我们有个随借随还的额度，用多少借多少、按天算利息，年底工程款回来就还上。您店开几年了？流水走对公还是个人？"),
        c("开了八年了。流水大部分走我个人微信，对公的少。", None),
        t("流水走个人微信，额度可能批不到三十万，这个我得先跟您说明白。您把近一年的微信账单和进货单子带来，我帮您算能批多少；不够的话，把这两年的纳税记录也加上。"),
        c("行，账单我回去导。不过我得跟我媳妇说一声，账是她管着。", "think_it_over"),
        t("好，您俩商量好了带着账单来，这礼拜我都在。"),
    ],
    [
        _open,
        t("您好。经营贷需要营业执照满两年、近一年的流水，还有征信报告。您店开了几年？"),
        c("八年了。流水……大部分走我个人微信。", None),
        t("个人流水也可以，导出微信账单就行。三十万的话一般是三年期，等额本息，年利率四点五左右，一个月还九千上下。"),
        c("一个月九千……压力不小啊。最近工程队赊账，我手头也紧。", "no_money"),
        t("可以申请五年期，月供能降到五千多。您带上材料来，我帮您提交。"),
        c("那行，我准备准备。", None),
        t("好的，材料清单我发您微信。"),
    ],
))

# d09 Beijing, Qianmen hutong tea shop: a young man's first gift to his girlfriend's father
_open = c("老板，我想买点儿茶叶送人，头一回上我对象家，送她爸。", None)
PAIRS.append(rpair(
    "zhb57r_d09_beijing_qianmen_tea_gift",
    "A young man in a hutong tea shop near Qianmen needs a gift for his girlfriend's father. Better asks what the old man drinks (jasmine tea from a big enamel mug) and recommends a better grade of that instead of a showy gift box; worse sells a decent gift box quickly.",
    [
        _open,
        t("头一回上门，那得送到点儿上。老爷子平时喝什么茶？北京人还是外地的？"),
        c("北京的，老北京。好像就喝茉莉花茶，拿个大搪瓷缸子泡。我本来想买点儿好的普洱或者龙井，显得有面儿。", None),
        t("老北京、天天大缸子泡花茶，那您送他普洱龙井，多半搁柜子里。不如送他天天喝的，但比平时喝的好一档——这款茉莉银毫，窨了六遍，香气足，泡三四回还有味儿，半斤四百八。您预算大概多少？"),
        c("一千以内吧。四百八是不是太便宜了，显得我不重视？", None),
        t("这您甭担心，送礼讲究对路。想多点儿分量，可以再配一把小壶，或者来一斤，分两罐装。我先给您沏一杯尝尝，您自个儿觉得好，说起来也有底。"),
        c("那您给我沏一杯吧，我尝尝。", None),
        t("得嘞，您坐，我这就给您沏上。"),
    ],
    [
        _open,
        t("送长辈是吧？这款明前龙井礼盒卖得最好，包装大气，送人有面儿，九百八。"),
        c("他好像就喝花茶……", None),
        t("花茶也有，这款茉莉花茶礼盒六百八，也挺体面。"),
        c("六百八有点儿贵……不过头一回去，就这个吧，我也不懂。", "too_expensive"),
        t("这个送人没问题，我给您包好，再配个礼袋。"),
        c("好嘞。", None),
        t("一共六百八，您扫这儿就行。"),
    ],
))

# d10 Tianjin, Jinnan residential compound: a property manager wants security cameras
_open = c("我是津南一个小区物业的经理，想在小区里装监控，你们那儿能做吗？", None)
PAIRS.append(rpair(
    "zhb57r_d10_tianjin_jinnan_cctv",
    "A residential property manager in Jinnan, Tianjin asks a security installer about cameras. Better asks what happened (e-bike thefts at the bike shed) and who pays, proposes the urgent part first and a day-and-night site visit; worse quotes full coverage and scales down when refused.",
    [
        _open,
        t("能做。想先问问，主要想解决什么事儿？出过什么情况吗？小区多大？"),
        c("十二栋楼，一千来户。最近车棚丢了好几辆电动车，业主天天在群里骂我们。大门口以前有几个摄像头，都是老的，晚上看不清。", None),
        t("车棚接连丢电动车，大门那几个老摄像头夜里看不清，业主群里压力大。那最急的是车棚和大门：车棚进出口上带红外夜视的，大门换成能看清车牌和人脸的。全小区覆盖可以往后放。钱是从物业费里出，还是得业主大会通过动维修基金？"),
        c("物业费出，所以不能太多。全小区弄下来得十几万吧？我们拿不出来。", "no_money"),
        t("先做车棚和大门，大概三万上下，我得到现场看了才说得准。我明天下午过去，晚上再去一趟看看光线，您看行吗？"),
        c("行，明天下午三点，我在物业办公室等你。", None),
        t("好，明天三点见，我把夜里的样片也带上给您看。"),
    ],
    [
        _open,
        t("能做。我们做小区监控好多年了，高清网络摄像头，手机APP能看回放，存储三十天。您小区多大？"),
        c("十二栋楼，一千来户。", None),
        t("一千户的规模，全覆盖大概四十个点位，单元门、车棚、大门、围墙都装上，报价十五万左右，包安装调试。"),
        c("十五万？物业费里哪儿出得来啊。我主要是车棚丢电动车。", "no_money"),
        t("那可以先装车棚和大门，十来个点位，四万左右。我们去现场看看再报准价。"),
        c("行，那你们来看看吧。", None),
        t("好，我约个时间过去。"),
    ],
))

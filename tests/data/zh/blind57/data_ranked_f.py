"""Ranked pairs f01-f10 of zh_blind57 (the sides share every turn but one fault and the reaction to it), written by hand."""
from common import c, rpair, t

PAIRS = []

# f01 Beijing, hospital radiology booking line: moving an MRI. Fault in worse: a vague next step.
o = c("喂，您好，我想改一下核磁的预约。原来是下礼拜三下午，我那天出差。", None)
t1 = t("您好，您把就诊卡号或者身份证后四位告诉我，我查一下。")
c1 = c("卡号是0038 2716，我姓孔。", None)
t2 = t("孔女士，查到了，腰椎核磁，下礼拜三下午三点。您出差哪几天？想改到什么时候？")
c2 = c("我礼拜二到礼拜五都不在，这礼拜工作日单位也请不下假来，最好是周末，或者下下礼拜一。", "no_time")
t3_good = t("这礼拜六上午八点四十有个空的，下下礼拜一只有晚上七点半的。您挑一个，改好了我马上发短信，原来那个自动取消，不用再交钱。")
c3_good = c("礼拜六早上八点四十吧，那天我正好歇着。", None)
t3_bad = t("行，您的情况我记下了，等有空位了我们回头再通知您。")
c3_bad = c("回头是什么时候啊？我礼拜二就走了，您能给个准信儿吗？", None)
PAIRS.append(rpair(
    "zhb57r_f01_beijing_hospital_mri_rebook",
    "A patient phones a Beijing hospital to move a lumbar MRI because of a business trip. The only difference: better offers two concrete slots and says what happens next; worse says 'we will let you know'.",
    [o, t1, c1, t2, c2, t3_good, c3_good],
    [o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f02 Tianjin, Hebei district appliance shop: an air conditioner for mother's room. Fault: drops the price before asking anything.
o = c("您好，我看看空调，给我妈那屋装的。", None)
t1_good = t("您好。老太太那屋大概多大？朝南朝北？老太太怕不怕吹风？")
c1_good = c("十二平左右，朝北。我妈怕风，一吹就腿疼。", None)
t1_bad = t("您好！这款今天我直接给您便宜五百，到手两千六，全天津找不着这价，您看看？")
c1_bad = c("……先别说价。我妈那屋十二平，朝北，她怕风，一吹就腿疼。你这一张嘴就便宜五百，原价是不是虚的啊？", None)
t2 = t("十二平、朝北、老太太怕风——那一匹就够，关键得挑能把风往上吹、不直对着人的。这款有防直吹，睡眠模式风也小，三千一。")
c2 = c("三千一……比我在网上看的贵二百。", "too_expensive")
t3 = t("网上那个价我知道，差在安装：我们这儿包铜管和打孔，老楼墙厚，网上打孔一般另收钱。我给您一项一项写清楚，您再比。")
c3 = c("那你给我写个单子，我回去跟网上的对对。", "think_it_over")
PAIRS.append(rpair(
    "zhb57r_f02_tianjin_hebei_aircon",
    "A son buys an air conditioner for his mother's room at a Tianjin appliance shop. The only difference: better opens by asking about the room and the mother; worse opens with a 500-yuan discount before asking anything, and the customer grows suspicious.",
    [o, t1_good, c1_good, t2, c2, t3, c3],
    [o, t1_bad, c1_bad, t2, c2, t3, c3],
))

# f03 Beijing, Shuangjing rental agent: a freelance illustrator with irregular income (chat). Fault: doubts her honesty.
o = c("你好 我想租那套双井的一居 我是自由职业 做插画的 没有单位证明 能租吗", None)
t1 = t("能租，房东主要看能不能按时交租。您大概住多久？有银行流水或者平台的收入记录吗？")
c1 = c("想住一年以上 收入在平台上 每个月不太固定 好的时候两三万 差的时候七八千", None)
t2_good = t("收入不固定挺正常的。房东一般要月收入是房租的两倍以上，这套六千五。您把近六个月的平台收入截图发我，我跟房东说明情况；房东要是还犹豫，押二付三也是个办法。")
c2_good = c("行 截图我整理一下发你 押二付三也行吧 不过我手头现金得留点 能押一付三最好", "no_money")
t2_bad = t("好的时候两三万？画画能挣这么多？您不会是随口说的吧，我们见多了说得好听、住俩月就跑了的。")
c2_bad = c("你这话说得有点难听啊 我平台上每一笔都有记录 截图发你就是了", None)
t3 = t("好，收到截图我今天就跟房东谈，押几付几也一块儿商量，明天中午前给您回话。")
c3 = c("好 明天中午等你消息", None)
PAIRS.append(rpair(
    "zhb57r_f03_beijing_shuangjing_freelancer_rent",
    "A freelance illustrator chats with a Beijing rental agent about a one-bedroom flat. The only difference: better treats irregular income as normal and says what proof helps; worse questions whether she is telling the truth.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f04 Tianjin, Nankai tutoring centre: a third-grader who runs dry after two sentences (chat). Fault: an unasked lecture.
o = c("你好 我想给孩子报个作文班 三年级 写作文老是憋不出来", None)
t1 = t("您好。憋不出来是开头难，还是写两句就没话了？孩子平时爱看书吗？")
c1 = c("写两句就没话了 书也不爱看 就爱刷短视频 说他也不听", None)
t2_good = t("写两句就没话、平时刷短视频多，那多半是肚子里没素材，也不会把看到的说细。我们三年级作文课先练“说”，让孩子把一件事讲清楚了再写，一期十二次，一次一个半钟头。先来听一节试试？")
c2_good = c("先练说挺好 他倒是挺能说的 一期多少钱", None)
t2_bad = t("短视频可害孩子了，我跟您说，家长自己得先放下手机，您要是天天刷，孩子肯定学。现在好多家长都这样，孩子出了问题全推给学校、推给机构，根子其实都在家里……我们三年级作文课先练“说”，一期十二次，先来听一节？")
c2_bad = c("……我是来问作文班的 不是来挨训的 我们俩都上班 你说的这些我们也知道 一期多少钱吧", None)
t3 = t("一期十二次一千六，试听不要钱。这礼拜六上午十点有一节，您带他来看看。")
c3 = c("一千六……行 先试听一回再说", None)
PAIRS.append(rpair(
    "zhb57r_f04_tianjin_nankai_composition",
    "A parent asks a Tianjin tutoring centre about a composition class for a third-grader. The only difference: better links the short-video habit to the course plan; worse delivers an unasked lecture on parenting and screen time.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f05 Beijing, nursing home with post-surgery rehab: a father after a hip fracture. Fault: over-promises.
o = c("您好 我爸上个月在家摔了 髋骨骨折 刚做完手术 想问问你们能不能接", None)
t1 = t("您好，能接，我们有术后康复的床位。老爷子多大年纪？现在能下地了吗？医院那边怎么交代的？")
c1 = c("八十四了 现在能扶着助行器走几步 医生说得康复三个月 关键是别再摔了", None)
t2_good = t("八十四、扶着助行器能走几步、康复三个月、最怕再摔。我们每天有康复师带着练两回，屋里有扶手、夜灯、床边离床报警。不过我得说实话，这个岁数谁也不敢保证一回都不摔，我们能做的是把风险降到最低，万一摔了第一时间有人到。")
c2_good = c("您这么说我反倒踏实点儿 一个月多少钱", None)
t2_bad = t("您放心，到我们这儿保证不会再摔！我们有康复师每天带着练，屋里有扶手、夜灯、离床报警，来我们这儿的老人一个都没摔过。")
c2_bad = c("一个都没摔过？这话我可不太信……我妈原来住的那家也是这么拍胸脯的 结果还不是摔了 一个月多少钱吧", "bad_experience")
t3 = t("术后康复护理一个月九千二，含每天两回康复训练。您可以先来看看房间和康复室。")
c3 = c("九千二……我们兄妹仨摊 得商量商量 这礼拜天我先过来看看", "think_it_over")
PAIRS.append(rpair(
    "zhb57r_f05_beijing_rehab_hip_fracture",
    "A son asks a Beijing nursing home with rehab beds to take his 84-year-old father after hip surgery. The only difference: better is honest that no one can guarantee no falls; worse promises he will never fall again.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f06 Tianjin, state-owned company canteen: face-scan payment instead of meal cards. Fault: unexplained jargon.
o = c("你们那个食堂刷脸吃饭的系统，我们后勤想了解了解。现在是饭卡，老丢，补卡都补不过来。", None)
t1 = t("您好。现在食堂一天多少人吃饭？饭卡跟工资扣款是连着的吗？")
c1 = c("一千二百来人，中午最集中。饭卡是财务每月从工资里扣，对起来挺麻烦。", None)
t2_good = t("一千二百人、中午集中、从工资里扣。刷脸这块儿好办，难的是跟财务扣款连上。我们每月自动出一张扣款表，格式照你们财务的要求做，财务直接导进去就行，不用动财务的系统。数据放在你们自己的服务器上，不出厂区。")
c2_good = c("数据不出厂区这个好，信息中心那边最在乎这个。", None)
t2_bad = t("没问题，我们是SaaS架构，支持私有化部署，跟财务系统走API对接，也可以出标准化报表走ETL，SLA九十九点九。")
c2_bad = c("你说的这一串我听不明白……说人话，能不能跟财务扣钱连上？数据放哪儿？", None)
t3 = t("简单说，财务每月收一张表就行，数据在你们自己的服务器上。费用是一次性十八万，含十台刷脸机和软件，以后每年维护两万。")
c3 = c("十八万……今年预算里没这项，得等明年报计划了。", "no_money")
PAIRS.append(rpair(
    "zhb57r_f06_tianjin_soe_canteen_facepay",
    "A supplier talks to the canteen manager of a Tianjin state-owned company about face-scan meal payment. The only difference: better explains the link to payroll and where the data stays in plain words; worse answers with unexplained jargon.",
    [o, t1, c1, t2_good, c2_good, t3, c3],
    [o, t1, c1, t2_bad, c2_bad, t3, c3],
))

# f07 Beijing, hutong breakfast stall: yesterday's soy milk was sour. Fault: argues with the customer.
o = c("老板，昨儿在你这儿买的豆浆是酸的，我喝了一口就倒了。", None)
t1 = t("哎哟，对不住您。昨儿几点买的？")
c1 = c("七点多吧，上班路上。", None)
t2 = t("甜的还是咸的？大杯小杯？")
c2 = c("甜的，大杯。一喝一股馊味儿，三块钱倒无所谓，就是膈应。", None)
t3_good = t("七点多的大杯甜豆浆，那是第二桶。昨儿早上热，那桶搁得久了，怨我没尝。今儿这杯我请您，您尝尝，往后每桶出锅我都先尝一口。")
c3_good = c("嗯，今儿这个没事儿。得嘞，那我还在你这儿买。", None)
t3_bad = t("不可能，我们豆浆都是当天早上现磨的，昨儿那么多人喝都没事儿，就您喝着酸？您是不是搁了半天才喝的？")
c3_bad = c("我买了就喝的！你这意思是我讹你一杯豆浆？得，往后我上胡同口那家买去。", None)
PAIRS.append(rpair(
    "zhb57r_f07_beijing_hutong_sour_soymilk",
    "A regular at a hutong breakfast stall in Beijing says yesterday's soy milk was sour. The only difference: better owns the likely cause and makes it right; worse argues that it cannot be the stall's fault.",
    [o, t1, c1, t2, c2, t3_good, c3_good],
    [o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f08 Tianjin, private physiotherapy and tuina clinic: a stiff neck. Fault: recommends before asking.
o = c("大夫，我这脖子疼了快一礼拜了，早上起来头都转不过来。", None)
t1_good = t("您先坐。是突然疼起来的，还是慢慢重的？疼的时候胳膊、手麻不麻？")
c1_good = c("就是一礼拜前睡了一觉起来就疼了，手不麻。我是会计，天天对着电脑。", None)
t1_bad = t("颈椎的毛病，您做我们的推拿加牵引套餐就行，十次一千二，今天就能开始。")
c1_bad = c("您还没问我怎么回事儿呢……就是一礼拜前睡了一觉起来就疼，手不麻，我是会计，天天对着电脑。十次一千二，我可没那么多闲钱往这儿扔。", "no_money")
t2 = t("睡一觉起来疼、手不麻、天天对电脑——像是落枕，加上平时脖子的肌肉太紧，不像压着神经。先给您做一次手法放松，看看转头能不能好点儿，一次一百二。")
c2 = c("一次一百二还行，那先做一次。", None)
t3 = t("做完您转转头试试，要是三天还不见好，再去拍个片子。平时电脑屏幕抬高点儿，每个钟头起来活动活动脖子。")
PAIRS.append(rpair(
    "zhb57r_f08_tianjin_tuina_stiff_neck",
    "An accountant with a week-long stiff neck walks into a private physiotherapy clinic in Tianjin. The only difference: better asks how it started and about numbness before recommending; worse recommends a ten-session package before asking anything.",
    [o, t1_good, c1_good, t2, c2, t3],
    [o, t1_bad, c1_bad, t2, c2, t3],
))

# f09 Beijing, Yangmeizhu hutong cafe: broadband through thick courtyard walls (chat). Fault: closes before checking it works.
o = c("你好 我在杨梅竹那边开了个小咖啡馆 在院子里 想装个宽带 收银和客人wifi都要用", None)
t1 = t("您好。院子大概多大？收银机在哪儿，客人坐哪儿？老房子墙厚不厚？")
c1 = c("前后两进 收银在前屋 客人大部分坐后院 墙是老砖墙 挺厚的 之前装过一家的 后院基本没信号", None)
t2 = t("前后两进、老砖墙、后院以前就没信号。那光猫放前屋没问题，后院得再加一个路由，中间走根网线或者用电力猫。")
c2 = c("那得多少钱 我刚开业 手头挺紧的", "no_money")
t3_good = t("宽带一年一千二，后院加个路由三百。签之前我先带个测试路由去您院里，前屋后院都测测速，能覆盖了再签，不行就换方案。")
c3_good = c("那好 明天下午你过来测吧", None)
t3_bad = t("宽带一年一千二，后院加个路由三百，都没问题，您在这儿签个字，明天师傅就上门装。")
c3_bad = c("都没问题？上回那家也这么说 装完后院一格信号都没有 你不去看看就让我签啊", "bad_experience")
PAIRS.append(rpair(
    "zhb57r_f09_beijing_yangmeizhu_cafe_broadband",
    "A cafe owner in a Beijing hutong courtyard with thick brick walls asks about broadband for the till and guest Wi-Fi. The only difference: better tests coverage on site before signing; worse asks for a signature before checking it will work.",
    [o, t1, c1, t2, c2, t3_good, c3_good],
    [o, t1, c1, t2, c2, t3_bad, c3_bad],
))

# f10 Tianjin, renovation contractor: a low 1980s kitchen counter (chat). Fault: talks about himself instead of the customer.
o = c("师傅 我家厨房想翻修 八十年代的老房子 灶台太矮 我腰受不了", None)
t1 = t("您好。厨房大概多大？灶台现在多高？")
c1 = c("五平米左右 灶台也就七十公分", None)
t2 = t("您个儿多高？平时做饭几个人吃？")
c2 = c("我一米七二 就我跟老伴儿俩人 不过我先说好 预算就三万 多了真没有", "no_money")
t3_good = t("一米七二的话，台面抬到八十五到九十，您弯腰就少多了；俩人用，柜子不用做太多。三万弄个五平米的厨房够，老房子水管要是该换也算在里头。我明天上门量一下，再给您准价。")
c3_good = c("行 明天上午吧 我在家", None)
t3_bad = t("三万能做。我干装修二十多年了，跟您说，上个月刚给一个大学教授家弄完厨房，人家特满意，还给我送了面锦旗；我自个儿家厨房也是我自个儿设计的，台面九十，用着倍儿舒服，我们那帮兄弟都是老手……")
c3_bad = c("……师傅，说说我家的吧。我这灶台到底弄多高合适？", None)
PAIRS.append(rpair(
    "zhb57r_f10_tianjin_kitchen_counter",
    "A retired man in a 1980s Tianjin flat wants his kitchen redone because the counter hurts his back. The only difference: better answers with the right counter height for him and a visit; worse talks about his own past jobs and his own kitchen.",
    [o, t1, c1, t2, c2, t3_good, c3_good],
    [o, t1, c1, t2, c2, t3_bad, c3_bad],
))

from common import c, gpair, t

PAIRS = []

o = c("老师好，我二战考研，白天在奶茶店打工，想报个晚上的政治和英语课。", None)
PAIRS.append(gpair(
    "zhb46g_kaoyan_second_try_budget", "postgraduate exam prep centre, walk-in", "ignored_customer",
    "A second-attempt candidate who works days in a tea shop has a budget of 3,000 yuan for evening classes.",
    [o,
     t("好的。去年每科多少分？打工一般几点下班？"),
     c("政治五十八，英语四十九。六点下班。钱不多，最多三千。", None),
     t("那英语是重点。英语晚间班两千四，政治九月再报冲刺，一千以内，不超预算。"),
     c("晚间班几点开始？六点半的话我赶不过来。", "no_time"),
     t("有六点半和七点半两个班，你上七点半的。政治九月前每天刷半小时题，计划我发你。"),
     c("七点半可以。那先报英语。", None)],
    [o,
     t("好的，我想先了解下你的情况和预算，方便推荐最合适的方案。"),
     c("白天打工，晚上六点以后有空，最多能出三千。", None),
     t("明白！推荐我们的全日制封闭集训营，早八点到晚十点老师盯着学，一万六，二战同学报这个上岸最快。"),
     c("我白天要上班啊，而且我说了最多三千。", "no_money"),
     t("嗯嗯，集训营还包住宿，环境特别好。你还有什么顾虑吗？"),
     c("我刚说的你都没听。算了。", None)]))

o = c("你好 我35了 在做销售 想转前端 你们就业班 年龄大的真的能就业吗", None)
PAIRS.append(gpair(
    "zhb46g_frontend_bootcamp_35", "coding bootcamp, WeChat", "ignored_customer",
    "A 35-year-old salesman with a child asks whether a front-end bootcamp can really get someone his age a job.",
    [o,
     t("你好，坦白讲，35岁转前端，大厂基本没戏，中小公司和外包有机会，起薪可能比你现在低。你现在月收入多少？"),
     c("八千左右 有提成 家里还有孩子 不敢乱辞", None),
     t("那先别辞职，报晚上加周末的班，六个月。学到第三个月看自己能不能做出作品，再决定跳不跳。"),
     c("你们推荐就业是保证吗 我朋友之前报的说包就业 最后就推了几个外包", "bad_experience"),
     t("不保证，只推面试，合同里没写包就业，你朋友那种情况挺常见。可以先听两节免费课，看学不学得进去。"),
     c("行 你说得实在 先试听", None)],
    [o,
     t("你好～非常欢迎！我想先了解下你转行最担心的是什么呢？"),
     c("年龄 还有怕学完找不到 我朋友报过包就业的 最后是骗人的", "bad_experience"),
     t("好的～我们就业班四个月全日制，学完平均薪资一万二，学费两万二，可以零首付分期哦。"),
     c("全日制？我还得上班 我问的是35能不能找到", None),
     t("嗯嗯，分期每个月只要一千出头，压力很小的。方便的话明天过来签个约？"),
     c("你根本不回答问题 不去了", None)]))

o = c("你好，我想报个雅思班，明年三月考，去澳洲读研要六点五，单项不低于六。", None)
PAIRS.append(gpair(
    "zhb46g_ielts_australia_target", "IELTS school, walk-in", "repeated_questions",
    "A graduate applying to Australia needs 6.5 overall and 6 in each band by March.",
    [o,
     t("好的，三月还有五个月。之前考过吗，或者做过模拟题？"),
     c("没正式考过，上个月做了套剑桥的，听力阅读都六左右，写作不知道怎么算。", None),
     t("那写作口语得先测一下。我们有免费入学测试，一小时，测完老师告诉你哪个单项最危险。"),
     c("下周二下午可以。就是不太想上大班，之前在别家上大班，基本没开过口。", "bad_experience"),
     t("理解，大班口语确实练得少。测完如果口语弱，可以大班听读加口语一对一。先测再定。"),
     c("好，周二下午两点。", None)],
    [o,
     t("你好！我想先了解一下，你的目标分数是多少呢？"),
     c("六点五，单项不低于六。", None),
     t("好的。那你这次考雅思，希望达到一个什么样的分数呢？"),
     c("……六点五啊，我刚说了。", None),
     t("明白！我再确认一下，你期望的总分和小分大概在什么范围？这对了解你的需求很重要。"),
     c("六点五，单项六。你是不是没在听？", None),
     t("好的好的。那你有具体的分数目标吗？"),
     c("算了吧，我去别家问。", None)]))

o = c("你好 想问下中国舞 女儿四岁半 有适合的班吗", None)
PAIRS.append(gpair(
    "zhb46g_kids_dance_wechat_age", "children's dance school, WeChat", "repeated_questions",
    "A working mother asks about Chinese dance for her shy four-and-a-half-year-old, Saturdays only.",
    [o,
     t("您好～有的，四到六岁有启蒙班。宝贝学过跳舞吗？性格活泼还是害羞呀？"),
     c("没学过 有点害羞 幼儿园表演都躲后面", None),
     t("那启蒙班挺合适，一班八个孩子，前几节主要玩游戏。您一般周几方便送？"),
     c("周六上午 平时我们都上班", None),
     t("周六十点的班还有两个位置，可以先来试一节，家长在外面看监控。学费是一节九十。"),
     c("好 先试 不过楼下那家一节才六十 贵太多的话我就不报了", "too_expensive")],
    [o,
     t("您好～请问宝贝今年几岁啦？"),
     c("四岁半", None),
     t("好的～那宝贝现在是多大年龄呢？我们要根据年龄分班哦"),
     c("四岁半啊 刚说了", None),
     t("收到～请问宝贝是哪年出生的呀？方便确认下年龄段～"),
     c("2020年的 你们到底有没有班 周六上午", None),
     t("好的～那宝贝现在上幼儿园中班还是小班呀？我们需要了解她的年龄哦"),
     c("不问了 拜拜", None)]))

o = c("你好，我是广州的大四学生，在考虑去香港读一年制硕士，想了解一下你们的服务。", None)
PAIRS.append(gpair(
    "zhb46g_study_abroad_hong_kong", "study-abroad agency, WeChat", "wrong_paraphrase",
    "A marketing student in Guangzhou is considering a one-year master's in Hong Kong on a family budget of 300,000.",
    [o,
     t("你好！香港一年制挺适合想早点工作的。本科什么专业，GPA多少？雅思考了吗？"),
     c("市场营销，GPA3.2，雅思打算寒假考。家里预算三十万左右。", None),
     t("我复述一下：营销，3.2，香港一年制，预算三十万，雅思寒假考，对吧？"),
     c("对，还有就是我想毕业留香港工作。", None),
     t("那选校要看营销和管理类，留港可以办IANG签证。我先给你做个免费选校评估，周四发你。"),
     c("好，谢谢。", None)],
    [o,
     t("你好～我想先了解一下你的规划，方便说说你的需求吗？"),
     c("就想去香港读一年制，市场营销方向。", None),
     t("好的，我听到的是你想去英国读两年的商科硕士，同时希望冲刺G5名校，对吗？"),
     c("不是，我说的香港，一年。", None),
     t("明白，总结一下：你希望申请最顶尖的名校，预算不是问题，想要全程VIP服务，我理解得对吧？"),
     c("我没说预算不是问题，我们家就三十万。你理解得完全不对。", None),
     t("好的，那我帮你安排全程VIP，先交两万定金锁定名额？"),
     c("两万定金？先不用了，你发份资料给我吧。", "brush_off")]))

o = c("喂，你好，我国考笔试进面了，排第二，想报个面试班，就是结构化的那种。", None)
PAIRS.append(gpair(
    "zhb46g_civil_service_interview", "civil-service exam school, inbound call", "wrong_paraphrase",
    "A candidate ranked second after the written exam wants a structured-interview course because she freezes when speaking.",
    [o,
     t("恭喜！排第二很有希望。面试哪天？之前面过吗？"),
     c("下个月十五号。没面过，我一说话就紧张，嗯……会卡壳。", None),
     t("那重点练临场表达。我们八天小班，每天模拟面试、录像复盘，离面试还有二十八天，够用。"),
     c("八天的多少钱？有的协议班好几万，那个我是不考虑的。", None),
     t("八天小班四千八，不签协议。您可以先来试一次模拟面试，看了录像觉得有用再报。"),
     c("四千八……我再对比一下别家，先去试一次吧。", "think_it_over")],
    [o,
     t("恭喜进面！我想先了解一下你目前的情况。"),
     c("排第二，就是没面过，一说话就紧张。", None),
     t("好的，我听到的是你笔试排名比较靠后，对上岸信心不足，所以需要一个保过的协议班，是吗？"),
     c("不是啊，我排第二，不是靠后。", None),
     t("明白了，你的意思是你基础比较弱，怕被逆袭，所以想选最稳的三万八协议班，不过退全额，对吧？"),
     c("我一句都没这么说。三万八我也不要，就要普通面试班。", "no_need")]))

o = c("你们老师当初拍着胸脯说八级保过，现在没过！孩子回家哭了一晚上，你们给个说法！", None)
PAIRS.append(gpair(
    "zhb46g_piano_grade_promise_failed", "music school, front desk", "pitch_to_upset",
    "An angry parent whose child failed the grade 8 piano exam after the teacher promised a certain pass.",
    [o,
     t("您先坐，孩子哭了一晚上，真对不起。成绩单带了吗？我看看哪一项没过。"),
     c("带了。说是乐曲那首节奏不稳。老师之前一句都没提过！", None),
     t("这是我们的问题，考级谁都不能保证，老师不该那么说。孩子现在怎么样？还愿意弹吗？"),
     c("她说不想弹了。我现在就想知道你们怎么负责。", None),
     t("考级辅导那八节的两千四退给您。另外教学主管周六免费陪她弹一节，不为考级，就是别让她怕。您看行吗？"),
     c("……退钱就行。上课的事我回去问问她愿不愿意。", "think_it_over")],
    [o,
     t("家长您好，非常理解您的感受。考级这个事呢，每年都有孩子没过，很正常的。"),
     c("正常？你们老师说保过的！孩子哭了一晚上！", None),
     t("理解理解。那孩子下一步的发展规划是什么呢？我们新出了考级冲刺一对一，明年再冲，过率很高。"),
     c("你还想让我再交钱？", None),
     t("现在续报二十节打八折，孩子的成长不能停嘛，您看是续报还是升级一对一？"),
     c("我要退钱！叫你们校长出来！", None)]))

o = c("喂，你好……我是中级会计班的学员，我妈这周查出来是癌症，我天天在医院，课上不了，能不能先停一下？", None)
PAIRS.append(gpair(
    "zhb46g_accounting_pause_mother_ill", "accounting exam school, inbound call", "pitch_to_upset",
    "A student whose mother has just been diagnosed with cancer asks to suspend her intermediate accounting course.",
    [o,
     t("很抱歉听到这个，您先照顾阿姨要紧。课可以休学，最长保留一年。用哪个手机号报的？我来办。"),
     c("就这个号。那我之前交的钱不会作废吧？", None),
     t("不会，课时和录播都保留，休学期间想听随时能听，不扣课时。今天办好发您截图。"),
     c("好……谢谢你。今年的考试肯定赶不上了。", None),
     t("没关系，明年九月的考试来得及。您先顾家里，准备好了再联系我。"),
     c("嗯，好。", None)],
    [o,
     t("您好，非常理解您的心情，家人健康最重要。那您对今年的考试还有什么期待吗？"),
     c("……我现在哪有心思想考试。就问能不能停课。", None),
     t("明白！越是这时候越需要一个目标。我们有个弹性班，在医院用手机就能学，配一对一督学，只要加两千。"),
     c("我妈手术费还没凑齐，你还让我加两千？", "no_money"),
     t("理解的，可以分期，每个月才三百多。今天帮您升级好不好？"),
     c("你们还有没有人性。我要休学，别的都不要。", "no_need")]))

o = c("你好 我买的考研英语课 app里视频一直转圈 放不出来 已经两天了", None)
PAIRS.append(gpair(
    "zhb46g_kaoyan_app_video_fault", "online exam-prep app, chat support", "blame",
    "A student's course videos have not played in the app for two days after an update.",
    [o,
     t("您好，耽误您两天了，抱歉。用的什么手机？所有视频都放不了还是个别几节？"),
     c("华为的 所有都不行 网页版倒是能看", None),
     t("这个信息很有用。前两天更新后华为部分机型有兼容问题，技术在修。今天先用网页版，修好时间我发您。"),
     c("我买的有效期一年 这两天不会算进去吧", None),
     t("给您把有效期延长一周，已经申请了，晚上能看到。修好了第一时间微信告诉您。"),
     c("好的", None)],
    [o,
     t("您好～非常理解您的困扰！请问您是不是手机内存不够了呢？"),
     c("内存还有六十多个G", None),
     t("那可能是您家网络不好哦，其他学员都能正常播放，问题应该不在我们这边～"),
     c("我家千兆宽带 网页版都能看 就app不行", None),
     t("那就是您手机系统太旧了，建议换个手机或者用电脑看哦。还有什么可以帮您的吗？"),
     c("你们app有问题还让我换手机？", None)]))

o = c("老师，我专升本差两分没过。你们当时说跟着你们的节奏走一定能上，现在怎么说？", None)
PAIRS.append(gpair(
    "zhb46g_upgrade_degree_two_points", "diploma-to-degree exam school, office", "blame",
    "A student who missed the degree-upgrade exam by two points after being told he would certainly pass.",
    [o,
     t("差两分，太可惜了，我知道你这一年挺拼。哪科最低？我看看你的学习记录。"),
     c("高数，五十一。最后两个月你们换了老师，讲得特别快，我跟不上。", None),
     t("换老师我们确实处理得不好，好几个同学都反映过。“一定能上”也不该说。合同有未通过退一半的条款，你符合。"),
     c("能退多少？我打了半年工才凑的学费。", None),
     t("学费六千八，退三千四，今天提交，十个工作日到卡。明年还考的话，高数可以免费跟下一期。"),
     c("先退钱吧，明年考不考我还没想好。", "think_it_over")],
    [o,
     t("我很理解你的心情。不过咱们回顾一下，你后两个月的作业是不是有好几次没交？"),
     c("那是因为换老师了，讲得太快我跟不上！", None),
     t("别的同学也是同一个老师，人家都过了呀。你觉得问题在老师，还是在你自己的投入上呢？"),
     c("我每天学到半夜，你说我不投入？", None),
     t("成功的学员都严格执行计划。退费的话，合同写了作业完成率要百分之九十，你没达到哦。"),
     c("换老师的时候你们怎么不说？我去教育局投诉。", None)]))

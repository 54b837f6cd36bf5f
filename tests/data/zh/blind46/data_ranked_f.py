from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("老师，我想说一下，我女儿这学期换了三个老师了，她现在都不太想来了。", None)
a1 = t("啊，三个老师，这确实多了。她有说是哪里不喜欢吗？")
a2 = c("她说每个老师要求不一样，刚习惯又换了，上周回家还哭了。", None)
g3 = t("这是我们排课的问题，影响到孩子了，对不起。")
g4 = c("嗯，我就是希望别再换了。", None)
b3 = t("也不能说是三个吧，第二个老师只代了两节课，严格说就换了一次。孩子也得学着适应不同老师。")
b4 = c("代两节不算换？孩子都哭了，你还跟我算这个。我就是希望别再换了。", None)
x5 = t("下学期起固定周老师带她这个班，我写进课表发您。")
x6 = c("行吧，你发我看看。", None)
PAIRS.append(rpair(
    "zhb46r_f01_kids_art_teacher_changes",
    "A parent says her daughter has had three teachers this term. Worse argues about whether it was really three; the rest is the same.",
    [o, a1, a2, g3, g4, x5, x6], [o, a1, a2, b3, b4, x5, x6]))

# f02 doubts the customer's honesty
o = c("你好 我上个月买的PMP网课 一直没时间看 一次都没登录过 能退吗", None)
a1 = t("您好，我帮您看一下。方便发下订单号吗？")
a2 = c("20240311xxxx 项目上太忙了 实在顾不上", None)
g3 = t("收到，我查一下学习记录。")
g4 = c("好 麻烦了", None)
b3 = t("您确定一次都没看过吗？有些学员用别人手机登录看完再来退，我们得核实一下。")
b4 = c("我骗你干嘛 你们后台查不到吗", None)
x5 = t("后台没有学习记录，符合全额退，三千二三到五个工作日原路返回。")
x6 = c("好 那就退吧", None)
PAIRS.append(rpair(
    "zhb46r_f02_pmp_course_refund_never_used",
    "A project manager asks to refund an unused PMP online course. Worse suggests he may be lying before checking the records.",
    [o, a1, a2, g3, g4, x5, x6], [o, a1, a2, b3, b4, x5, x6]))

# f03 drops the price before asking anything
o = c("老师好，我想了解一下你们考研数学的课。", None)
g1 = t("好的。你考数学几？现在复习到哪了？")
g2 = c("数学二，基础课刚看完，做题很慢。", None)
b1 = t("好的，数学全程班原价八千，我直接给你打七折，五千六，今天报还送真题。")
b2 = c("呃……我还没说我考哪个呢。数学二，基础课刚看完，做题很慢。", None)
x3 = t("那不一定要全程班。强化班专门练题速，三千二。先做一套诊断卷，看看慢在哪。")
x4 = c("行，先做卷子。", None)
x5 = t("这周六上午九点，两个小时，做完老师当场讲。")
x6 = c("好的，周六见。", None)
PAIRS.append(rpair(
    "zhb46r_f03_kaoyan_maths_discount_first",
    "A student asks about postgraduate maths courses. Worse opens with a 30% discount on the full course before asking a single question.",
    [o, g1, g2, x3, x4, x5, x6], [o, b1, b2, x3, x4, x5, x6]))

# f04 unasked lecture
o = c("你好，我想问问成人本科的课，我在物流公司上班，就想知道是周末上还是晚上上？", None)
a1 = t("您好，有周末面授和晚上直播两种，都有回放。您哪个时间方便？")
a2 = c("我们倒班，有时候周末也上班，晚上也不固定。", None)
g3 = t("倒班的话直播不一定赶得上，以回放为主可以吗？答疑在群里，随时能留言。")
g4 = c("回放可以，我主要就是怕赶不上。", None)
b3 = t("说句实在话，您这年纪再不提升学历真就晚了，本科现在是底线，时间挤挤总有的，关键是自律，很多人就是给自己找借口。回放为主可以吗？")
b4 = c("我没找借口，我就是倒班。回放可以。", None)
x5 = t("那推荐回放为主的班，每年三千二。课表和缴费方式发您，您排好班再定。")
x6 = c("行，发我吧，我排完班看看。", "think_it_over")
PAIRS.append(rpair(
    "zhb46r_f04_adult_degree_shift_worker",
    "A logistics shift worker asks when adult-degree classes are held. Worse adds an unasked lecture on self-discipline and excuses.",
    [o, a1, a2, g3, g4, x5, x6], [o, a1, a2, b3, b4, x5, x6]))

# f05 vague next step
o = c("你好，我报了下个月的教资面试班，单位临时让我出差，那周的课上不了，能换到下一期吗？", None)
a1 = t("可以换的。您是哪一期？出差到几号？")
a2 = c("十五号那期，出差到二十号。下一期什么时候？", None)
a3 = t("下一期二十五号开课，还有空位，我现在就给您调过去。")
a4 = c("好，考试是一月份，二十五号开课还来得及吧？", None)
g5 = t("来得及，一共十天，一月五号结束。今天下午五点前我把新课表和上课群二维码发您微信。")
g6 = c("好，五点前是吧，我等着。", None)
b5 = t("来得及的。调好以后我们会通知您的，您等消息就行。")
b6 = c("那大概什么时候通知？我出差前得确定啊。", None)
PAIRS.append(rpair(
    "zhb46r_f05_teacher_interview_class_transfer",
    "A trainee teacher must move to the next interview class because of a business trip. Worse ends with 'we will let you know' instead of a time and what will be sent.",
    [o, a1, a2, a3, a4, g5, g6], [o, a1, a2, a3, a4, b5, b6]))

# f06 over-promises
o = c("你好 我雅思6分 三个月后要7分 你们能做到吗", None)
a1 = t("你好，先看看情况。6分的小分是多少？每天能学多久？")
a2 = c("听力6.5 阅读6.5 写作5.5 口语6 每天三小时", None)
g3 = t("三个月从6到7，坦白讲有可能，但不能保证，写作从5.5到6.5最难。我们能做的是每周四篇批改，每月一次模考，看趋势调整。")
g4 = c("不保证啊……那我再考虑考虑 不过至少你没忽悠我", "think_it_over")
b3 = t("放心，我们保证三个月到7分，没问题，很多学员一个月就提了一分。")
b4 = c("真的能保证？那你写进合同里", None)
x5 = t("课程一共三个月，一万二，可以先试一节写作批改再决定。")
x6 = c("行 先试一节", None)
PAIRS.append(rpair(
    "zhb46r_f06_ielts_six_to_seven_promise",
    "A candidate needs to go from 6 to 7 in three months. Worse guarantees the score.",
    [o, a1, a2, g3, g4, x5, x6], [o, a1, a2, b3, b4, x5, x6]))

# f07 closes before checking the thing works
o = c("你好，我想给孩子报个线上数学课，家里只有一个旧的iPad，能用吗？", None)
a1 = t("您好，孩子几年级？iPad大概哪年买的？")
a2 = c("三年级。iPad是2017年左右的，系统好像没升级过。", None)
g3 = t("那先别急着付款，我发您一个测试链接，用iPad打开看能不能进直播间，能进再报。")
g4 = c("好，我现在试一下……能进，有声音有画面。", None)
b3 = t("应该没问题，大部分都能用。那我先给您下单，秋季班两千八，扫这个码付款就行。")
b4 = c("啊？不用先试试吗？上次别家的课就是装不上，退款退了半个月。", "bad_experience")
x5 = t("秋季班每周六上午，两千八。第一节课后不满意，全额退。")
x6 = c("那我跟孩子爸说一声，晚上再付。", "think_it_over")
PAIRS.append(rpair(
    "zhb46r_f07_online_maths_old_ipad",
    "A parent asks whether an old iPad can run the live online maths class. Worse takes payment before checking the device works.",
    [o, a1, a2, g3, g4, x5, x6], [o, a1, a2, b3, b4, x5, x6]))

# f08 recommends before asking
o = c("小伙子，我孙子七岁，他妈让我来问问你们这个跆拳道。", None)
g1 = t("爷爷好，您坐。孩子他妈想让他学，主要是锻炼身体，还是想让他胆子大一点？")
g2 = c("主要是胆子小，在学校被同学推了都不敢吭声。", None)
b1 = t("爷爷好！七岁正合适，推荐您报黑带直通班，三年课程，考到黑带，一万九千八。")
b2 = c("哎哟，三年？我就是来问问。他主要是胆子小，在学校被人推了都不敢吭声。", "brush_off")
x3 = t("明白了。那先上基础班练练胆子，一周两次，先来试一节，看孩子自己喜不喜欢。")
x4 = c("行，周几有课？他放学五点。", None)
x5 = t("周二周四下午五点半，您带他来就行。")
x6 = c("好，我回去跟他妈说。", "think_it_over")
PAIRS.append(rpair(
    "zhb46r_f08_taekwondo_grandfather",
    "A grandfather asks about taekwondo for a timid grandson. Worse recommends a three-year black-belt package before asking anything.",
    [o, g1, g2, x3, x4, x5, x6], [o, b1, b2, x3, x4, x5, x6]))

# f09 unexplained jargon
o = c("你好，我第一次考公，什么都不懂，想问问你们的课怎么选。", None)
a1 = t("你好，第一次考的话，你是应届还是在职？想考国考还是省考？")
a2 = c("应届，考我们这边的省考吧，离家近。", None)
g3 = t("那推荐省考笔试班，就是行测和申论这两门笔试的课。四月考完笔试，进了面试再报面试班。")
g4 = c("哦，笔试就是那两门。那面试的先不用管是吧？", None)
b3 = t("那推荐你报省考系统班，行申双科，OAO模式，1v1督学，进面可以转协议班，不退笔试部分。")
b4 = c("……OAO是什么？协议班又是什么？我听不懂。", None)
x5 = t("笔试班三千六，每周三次直播，我先把课表发你看看。")
x6 = c("好的，发我吧。", None)
PAIRS.append(rpair(
    "zhb46r_f09_civil_service_first_timer_jargon",
    "A fresh graduate who knows nothing about the civil-service exam asks which course to choose. Worse answers in unexplained industry jargon.",
    [o, a1, a2, g3, g4, x5, x6], [o, a1, a2, b3, b4, x5, x6]))

# f10 talks about themselves
o = c("你好，我生完孩子在家三年了，想考个初级会计回去上班，不知道还能不能跟上。", None)
a1 = t("您好，带了三年孩子想重新上班，挺好的。您之前做过什么工作？")
a2 = c("做过两年前台，跟财务没关系。孩子现在上幼儿园了，白天有空。", None)
g3 = t("零基础我们从会计基础讲起，不用担心跟不上。白天有空的话时间也好排。")
g4 = c("那就好。有白天上的课吗？", None)
b3 = t("我跟您说，我自己也是，生完二胎在家待了两年，天天焦虑，后来我老公支持我，我考了初级又考中级，现在在这当顾问，女人一定要有自己的事业。")
b4 = c("哦……挺好的。那我这种白天有空的，有课吗？", None)
x5 = t("有白天的直播班，九点到十一点，学费一千六，先给您开三天试听。")
x6 = c("好，先试听吧。", None)
PAIRS.append(rpair(
    "zhb46r_f10_accounting_mother_returning",
    "A mother returning to work after three years asks about the junior accounting certificate. Worse tells her own life story instead of answering.",
    [o, a1, a2, g3, g4, x5, x6], [o, a1, a2, b3, b4, x5, x6]))

from common import c, rpair, t

PAIRS = []

o = c("老师，我想考研，但还没想好考什么专业，你们能帮我选吗？", None)
PAIRS.append(rpair(
    "zhb46r_d01_kaoyan_centre_why_kaoyan",
    "A Chinese-literature senior wants help choosing a postgraduate major. Better asks why she wants to sit the exam at all and offers a paid planning session that counts towards fees; worse jumps to popular majors and the full course price.",
    [o,
     t("可以。先问一句，你想考研主要是为了什么？做研究、换专业，还是觉得现在工作不好找？"),
     c("嗯……说实话，主要是不知道毕业干嘛，身边同学都在考。", None),
     t("这个挺常见。你本专业是什么？实习过吗？有没有哪件事做起来不觉得累？"),
     c("汉语言，在一个新媒体公司实习过，写公众号挺开心的，就是工资低。", None),
     t("那新闻传播、继续汉语言，或者直接找新媒体工作，都是路。先做两次规划咨询，把考研和就业摆一摆再决定报不报课。咨询三百，报课的话抵学费。"),
     c("嗯，可以，先把方向想清楚。", None)],
    [o,
     t("可以的。你本科什么专业？成绩怎么样？"),
     c("汉语言，成绩中等吧。说实话还不知道毕业干嘛。", None),
     t("汉语言跨考的话，新闻传播、教育学这几年都挺热门，分数线也不算高。我们全程班两个方向都有。"),
     c("嗯……新传好像挺多人考的。全程班多少钱？", None),
     t("一万二，现在报名送资料。"),
     c("一万二啊，家里供我读大学就挺吃力了，这个我拿不出来。", "no_money")]))

o = c("你好，我儿子三岁，隔壁家孩子已经能说好多英语单词了，我儿子一个都不会，我是不是太晚了？", None)
PAIRS.append(rpair(
    "zhb46r_d02_toddler_english_anxious_mother",
    "An anxious mother compares her three-year-old with a neighbour's child. Better checks the child's language first, calms her honestly and recommends the minimum; worse sells twice-weekly classes on the 'sensitive period' line.",
    [o,
     t("不晚，三岁真的不晚。他平时中文说话怎么样？喜欢听儿歌、看动画吗？"),
     c("中文说得挺多的，喜欢看小猪佩奇，看的中文版。", None),
     t("那语言能力没问题。这个年龄英语就是多听多玩，在家放英文版佩奇，每天十分钟就挺好。报班的话一周一次外教游戏课就够。"),
     c("真的？别的机构都说一周要三次才有效果。", None),
     t("一周三次对三岁孩子太重了，也贵。先在家放一个月英文动画，下个月来试一次游戏课，看他喜不喜欢。"),
     c("嗯，听你这么说我放心多了。", None)],
    [o,
     t("不晚的，三岁正是语言敏感期，越早越好。我们有三岁开始的外教启蒙班。"),
     c("那怎么上？一周几次？", None),
     t("一周两次，每次四十分钟，外教带着唱歌做游戏，一学期七千二。很多家长都是三岁开始报的。"),
     c("七千二……有点贵啊，而且一周两次他坐得住吗？", "too_expensive"),
     t("刚开始可能坐不住，一般一个月就适应了。您可以先带他来试听一节。"),
     c("好吧，那先试听。", None)]))

o = c("你好 我雅思考了三次都是6 要6.5 有什么班能突破的", None)
PAIRS.append(rpair(
    "zhb46r_d03_ielts_stuck_at_six",
    "A candidate stuck at 6 after three attempts. Better asks for the band scores, finds writing is the only problem and offers a free marking sample; worse sells an all-skills course and only then hears writing is the issue.",
    [o,
     t("三次都是6挺磨人的。方便发下三次的小分吗？看看是哪科一直卡着。"),
     c("听力7 7.5 7 阅读6.5 6.5 7 写作5.5 5.5 5.5 口语6 6 6", None),
     t("很清楚，写作三次都是5.5，卡在这，听力阅读不用补。大作文还是小作文更难？"),
     c("大作文 老师说论证不够 之前报过一个批改班 改得很敷衍 就画几道线", "bad_experience"),
     t("那就报写作精批，一周两篇，老师逐句改，四周后看分。你先发一篇考场上写过的题，免费改一篇给你看看改得细不细。"),
     c("好 我晚上发", None)],
    [o,
     t("三次都是6挺磨人的。我们有个6.5突破班，专门针对卡分的同学。"),
     c("这个班怎么上 全科都讲吗", None),
     t("对，听说读写四科，每科十次课，六周，四千五。"),
     c("我听力阅读还行 主要是写作老拉分", None),
     t("那这个班写作也有专项，老师会批改作文，整体提分比较稳。"),
     c("四千五有点多 我考虑一下", "too_expensive")]))

o = c("喂，你好，我三十四了，想转行做心理咨询师，你们那个心理咨询师证怎么报？", None)
PAIRS.append(rpair(
    "zhb46r_d04_counselling_cert_career_change",
    "A tired 34-year-old wants to become a counsellor. Better explains that the old national certificate was abolished, asks where she wants to work and offers a short taster; worse lets her believe a course certificate opens the job.",
    [o,
     t("您好。先说清楚：以前国家的心理咨询师职业资格二〇一七年就取消了，现在各家发的多是培训结业证，不算从业资格。您想去医院、学校，还是自己做咨询？"),
     c("嗯……我也不太清楚，就是觉得自己挺会安慰人的，现在工作太累了。", None),
     t("明白。正规的路一般是读心理学研究生，或者有医学背景考心理治疗师。我们的课适合先入门，看自己适不适合。能接受先花两个月晚上学着看吗？"),
     c("两个月可以，就是没想到这么复杂。多少钱？", None),
     t("入门课一千八。您先别辞职，学完觉得喜欢，我再帮您看读研或者考证的路。"),
     c("行，你说得挺实在，我先报个入门的。", None)],
    [o,
     t("您好，心理咨询现在需求很大，我们有心理咨询师系统班，学完发结业证书。"),
     c("这个证书能拿去找工作吗？", None),
     t("可以写在简历上，很多学员去做了心理热线、学校兼职。系统班六个月，六千八。"),
     c("六千八啊……我得跟家里说一下。", "think_it_over"),
     t("理解，转行需要勇气。您可以先听一节公开课，觉得合适再报。"),
     c("行，那先听一节。", None)]))

o = c("喂？", None)
PAIRS.append(rpair(
    "zhb46r_d05_livestream_buyer_followup",
    "A class teacher calls a buyer from last week's civil-service live-stream sale. Better finds out when he can actually study and fits practice into his commute with a check-back date; worse restates the timetable.",
    [o,
     t("您好，我是公考课的班主任小陈，您上周在直播间买了行测课，打电话看看用得怎么样，现在方便吗？"),
     c("哦，方便。就是……还没怎么看，上班太忙了。", None),
     t("买了没空看挺常见的。您一般几点到家？有通勤时间吗？"),
     c("七点多到家，地铁上有四十分钟吧。", None),
     t("那地铁上可以刷题，App里每天二十道小练习，不用看视频。我帮您开每日提醒，下周三再打给您问问坚持得怎么样？"),
     c("行，这个可以，地铁上反正刷手机。", None)],
    [o,
     t("您好，我是公考课的班主任小陈，您上周买了行测课，想问下您学习体验怎么样？"),
     c("还没怎么看，上班太忙了。", None),
     t("那要抓紧哦，今年考试比较早。课表发在群里了，每周二四晚上直播。"),
     c("二四晚上我经常加班。", "no_time"),
     t("没关系，直播有回放，有空补一下。有问题随时群里问。"),
     c("好的好的，有空再看吧，先这样。", "brush_off")]))

o = c("姐，我想报你们那个化妆师全科班，但现在没那么多钱，听说可以分期？", None)
PAIRS.append(rpair(
    "zhb46r_d06_makeup_course_instalment_loan",
    "A 21-year-old tea-shop worker asks about a course loan. Better states the full repayment with interest, checks her income and offers a cheaper interest-free start; worse says the instalments are low and leaves the interest to the contract.",
    [o,
     t("可以分期，但我先跟你算清楚。全科班一万二，分十二期是走合作的消费金融，每期一千零八十，总共还一万二千九百六，多出来的九百多是利息。你现在每个月收入多少？"),
     c("在奶茶店，一个月三千五。每个月一千多……有点紧。", "no_money"),
     t("确实紧。那可以先报基础妆班，三千六，分三期不要利息。学完能接些新娘跟妆，攒了钱再学全科。"),
     c("这样好，我不想欠太多。基础班学完真能接活吗？", None),
     t("日常妆、新娘跟妆可以，大型造型还不行，这个我不骗你。"),
     c("行，那我报基础班。", None)],
    [o,
     t("可以分期的，全科班一万二，分十二期，每个月一千出头，压力不大。你现在工作吗？"),
     c("在奶茶店，一个月三千五。", None),
     t("那每个月一千出头还可以，学完就能接活，很快就赚回来了。"),
     c("嗯……分期要利息吗？", None),
     t("有一点手续费，不多，合同上都写着，签的时候你可以看一下。"),
     c("好吧，那我再想想。", "think_it_over")]))

o = c("喂，老师，我家孩子说下学期不想学编程了，我想问问怎么回事，续费的事先放一放。", None)
PAIRS.append(rpair(
    "zhb46r_d07_kids_coding_wants_to_quit",
    "A parent says her son wants to quit coding. Better asks what exactly he dislikes, asks to talk to the boy and offers a different track before any renewal; worse reassures, promises attention and mentions an early-bird discount.",
    [o,
     t("好的，谢谢您直接说。孩子说了是哪里不想学吗？太难、太无聊，还是跟同学有关？"),
     c("他说现在天天讲算法，听不懂，之前做游戏那种他挺喜欢的。", None),
     t("说到点上了。这学期从图形化转到Python，难度跳得有点大。周六他来的时候，我能跟他本人聊五分钟吗？"),
     c("可以，我让他周六早点来。", None),
     t("好。要是他就喜欢做游戏，下学期可以转游戏设计方向，不是非学算法不可。续不续费聊完再说。"),
     c("行，那你先跟他聊聊。", None)],
    [o,
     t("好的，很多孩子到这个阶段都会想放弃，很正常，坚持过去就好了。"),
     c("他说现在听不懂，天天讲算法。", None),
     t("这学期内容确实难一点，我跟老师说一下，上课多关注他，课后可以多问问题。"),
     c("嗯，那续费的事……", None),
     t("续费现在有早鸟八五折，月底截止，您可以跟孩子再商量一下。"),
     c("好，我再问问他。", "think_it_over")]))

o = c("我要退款 上个月买的会计实操课", None)
PAIRS.append(rpair(
    "zhb46r_d08_accounting_course_refund_new_job",
    "A buyer wants a refund. Better asks the reason first, learns she found a cashier job and offers a matching course swap as well as the refund; worse processes the refund correctly and asks why only as an afterthought.",
    [o,
     t("好的，可以帮您看退款。方便说下是哪里不满意吗？我也好反馈给课程组。"),
     c("内容还行 就是我找到工作了 做出纳 课里讲总账 用不上", "no_need"),
     t("恭喜找到工作！那确实对不上了。您看了八节，按规则可退剩余的四百二；或者换成出纳实务，价格差不多，不用补钱。哪个合适？"),
     c("出纳实务有讲网银和报销吗", None),
     t("有，网银、报销、现金日记账都有，目录发您看看再定。"),
     c("看了 挺对口的 那就换吧", None)],
    [o,
     t("好的，可以退款。您看了八节，按规则退剩余部分四百二，三到五个工作日到账。"),
     c("行 怎么操作", None),
     t("订单页点申请退款，选一下原因就行。请问是哪里不满意吗？"),
     c("没有不满意 就是找到工作了 用不上", "no_need"),
     t("好的，恭喜您。退款提交后会有短信通知。"),
     c("好", None)]))

o = c("那个……我四十多了，想学吉他，年轻时候想学没学成，现在是不是有点晚了？", None)
PAIRS.append(rpair(
    "zhb46r_d09_adult_guitar_beginner",
    "A man in his forties wants to learn guitar. Better asks his goal and history, lends a guitar so he need not buy first and finds a slot he can make; worse tells him to buy a guitar up front.",
    [o,
     t("不晚，我们有六十岁的学员。您想弹到什么程度？自弹自唱几首老歌，还是想弹得很专业？"),
     c("就……能弹几首beyond的，在家弹弹就行。", None),
     t("目标很清楚，三个月左右能弹简单版。家里有吉他吗？"),
     c("没有。年轻时候买过一把，弹了两个月放床底下，后来搬家扔了。", None),
     t("那先别买，前四节用店里的琴，还想学再买，入门琴七八百就够。课在周六上午。"),
     c("周六上午我得送孩子上课……平时晚上有吗？", "no_time"),
     t("周三周五晚上七点半都有，您挑一天。")],
    [o,
     t("不晚，我们有六十岁的学员。成人班一期十二节，一千八，教基础和弹唱。"),
     c("嗯，我就想能弹几首beyond的歌。", None),
     t("可以的，弹唱是我们的重点。您需要先买一把琴，店里入门琴一千二左右。"),
     c("一千二……我怕买了又不弹，年轻时候买过一把，弹两个月就放床底下了。", "bad_experience"),
     t("很多人都这样，报了班有人带，就有动力了。"),
     c("那我先考虑一下吧。", "think_it_over")]))

o = c("喂，我是刘思雨的妈妈。你们当初说保底能拿到曼大的offer，现在四月了一个都没有，钱交了五万，你们怎么说？", None)
PAIRS.append(rpair(
    "zhb46r_d10_study_abroad_no_offer",
    "A mother who paid 50,000 yuan for applications has no offer by April. Better checks the record, admits the agency's late submissions and commits to actions and weekly calls; worse blames competition and promises to follow up.",
    [o,
     t("刘妈妈您好，我是她的顾问主管。四月还没offer，您着急是对的。我先查她每个学校的申请状态，您稍等。"),
     c("你查吧。我就想知道到底哪出了问题。", None),
     t("查到了。五所里有两所二月才递，比计划晚了一个月，是我们文书排期的问题。曼大还在审，利兹和谢菲拒了。"),
     c("晚了一个月你们都不告诉我？", None),
     t("这是我们不对。今天给曼大发补充材料催审，本周再补两所还开放的学校，不另收费，每周五我给您打电话报进度。到六月还没offer，按合同保底条款退费。"),
     c("行，每周五，我记着。", None)],
    [o,
     t("刘妈妈您好，您别急，今年英国申请竞争特别激烈，很多学生都还在等。"),
     c("别人等是别人的事，你们说保底的！", None),
     t("理解。我查了一下，曼大还在审，利兹和谢菲拒了。我们会继续跟进，也可以再多申请几所。"),
     c("再申请要不要另交钱？", None),
     t("加申两所不另收费。有结果了我们会第一时间通知您。"),
     c("嗯……那你们抓紧吧。", None)]))

from common import c, gpair, t

PAIRS = []

o = c("那个……你好，我想问一下考研的课，我是大三的，还没想好考哪个学校。", None)
PAIRS.append(gpair(
    "zhb46g_kaoyan_centre_first_visit", "postgraduate exam prep centre, walk-in", "monologue",
    "A third-year mechanical engineering student wants to switch to computer science and asks about courses.",
    [o,
     t("你好，坐吧。没定学校很正常。你现在什么专业？考本专业还是跨考？"),
     c("机械的，想跨到计算机，但是怕数学跟不上，高数学得一般。我爸妈觉得报班太贵了，让我先自学看看。", "too_expensive"),
     t("跨考计算机一般考数学一和408。先别急着报全程班，我们有一节免费的高数诊断课，做套题看看到底差在哪，再跟爸妈商量报不报、报哪段。周三下午行吗？"),
     c("周三下午我有课，嗯……周六上午行吗？诊断课不要钱是吧？", "no_time"),
     t("不要钱。那登记周六九点，带个计算器和草稿纸，做完老师跟你一起看卷子。"),
     c("好，那我周六来。", None)],
    [o,
     t("你来得太对了同学！考研就是信息战，我先给你整体介绍一下我们的体系，保证你听完就明白了。"),
     c("哦好，我其实就是想问……", None),
     t("我们分基础、强化、冲刺三段，名师全程带，督学每天打卡，还能安排住宿。跨考更要报全程，不然来不及，全程班两万八，学习体验完全不一样，去年九八五上岸的都有！"),
     c("……我还没说我考什么呢。两万八我肯定得回去问我爸妈。", "think_it_over"),
     t("理解理解，你想了解的我基本都讲了对吧？那我再说一下我们的老师阵容，首先是数学组……"),
     c("不用了，我先走了。", "brush_off")]))

o = c("喂，哪位？", None)
PAIRS.append(gpair(
    "zhb46g_kids_art_phone_trial", "children's art studio, outbound call", "monologue",
    "A mother left her number at a mall stand for a trial art class for her five-year-old; the trainee calls back.",
    [o,
     t("您好，我是小象美术的林老师，您上周在商场留了电话问体验课，现在方便说两分钟吗？"),
     c("哦，是那个啊。我其实就是随便留了个电话，现在也不着急报。", "brush_off"),
     t("明白，不着急。那我就问两句：孩子多大了？平时在家喜欢画画吗？"),
     c("五岁半，喜欢在墙上乱画哈哈。就是坐不住，我怕她上课十分钟就跑了。", None),
     t("这个年龄坐不住很正常，体验课四十五分钟，中间有手工。您带她来试一节，坐不住当场就看得到，不合适就不报。"),
     c("那行，周六下午吧，我跟她爸说一声。", None)],
    [o,
     t("您好！我是小象美术林老师，想了解一下您的需求！我们全国连锁十二年，国际先进的创意美术体系，老师都是美院毕业，孩子学完专注力创造力全面提升，现在报年卡还送画材包……"),
     c("等一下，你是……", None),
     t("您别急，我马上讲到重点！年卡九十六节只要九千八，分期每个月八百多，孩子成长不能等嘛，很多家长都是直接报年卡的，您这边是什么想法呢？"),
     c("我在开车呢，孩子才五岁，我就想先试一节。", "no_time"),
     t("试课当然可以！不过我还是建议您先了解一下年卡，因为体验课名额很紧张，我们的体系是……"),
     c("算了，回头再说吧，挂了。", "brush_off")]))

o = c("你好 想问下雅思课 我12月要考 目标6.5", None)
PAIRS.append(gpair(
    "zhb46g_ielts_wechat_target", "IELTS training school, WeChat", "closing_as_open_question",
    "An office worker typing on WeChat needs IELTS 6.5 in December after a first score of 5.5.",
    [o,
     t("你好～现在九月底，还有两个多月。之前考过或者做过模考吗？"),
     c("考过一次 5.5 写作5 口语5.5", None),
     t("那差距主要在写作和口语。你是上班还是在读？每天能抽多少时间？"),
     c("上班 晚上两小时吧 周末多点 不过说实话b站免费视频也挺多的 我自己看行不行", "no_need"),
     t("听读自学完全可以。写作口语自学难的是没人改、没人纠音。你先约一节免费写作批改，看看老师怎么改，觉得有用再说晚间小班。"),
     c("好 批改我先试试", None)],
    [o,
     t("你好～欢迎咨询！方便问下你最希望通过雅思实现什么目标呢😊"),
     c("申请要6.5 我之前考了5.5", None),
     t("明白！那你觉得今天报名的话，是选7天冲刺营还是全程保分班更适合你呢？"),
     c("我还没了解价格啊 保分班多少钱", None),
     t("保分班一万六，很多同学都是直接定的。那你更倾向于全款还是花呗分期呢？"),
     c("一万六?? 我一个月工资才七千", "no_money"),
     t("理解的～那你说说，需要我怎么做你今天才能定下来呢？"),
     c("不用了 谢谢", "brush_off")]))

o = c("你好，我想问问初级会计的课。我三十二了，以前做行政，现在学还来得及吗？", None)
PAIRS.append(gpair(
    "zhb46g_accounting_cert_career_change", "accounting certificate school, walk-in", "closing_as_open_question",
    "A 32-year-old administrator wants the junior accounting certificate to move into her company's finance team.",
    [o,
     t("来得及，我们班上三十多的挺多。您考证是想转财务岗，还是现在工作用得上？"),
     c("想转岗。公司财务那边可能有个空位，要有证。我就怕零基础学不会。", None),
     t("考试明年五月，时间够。零基础难在《初级会计实务》。您每天能学多久？"),
     c("孩子上小学了，晚上九点以后一个小时吧。你们一千六？别家一千出头，贵了点吧。", "too_expensive"),
     t("是贵一点，多的是每周老师批作业。您先拿试听账号听三天，跟别家的比一比，觉得跟得上再报。"),
     c("行，那你先给我开个试听吧。", None)],
    [o,
     t("当然来得及！我想先了解一下，您对自己未来的职业发展有什么期待呢？"),
     c("就想转财务吧，但我零基础，怕学不会。", None),
     t("非常好的目标！那您觉得，是什么在阻止您今天就开始这段新的旅程呢？"),
     c("……也没什么阻止，就是想先比较几家，再跟我老公商量。", "think_it_over"),
     t("理解。那如果我现在给您申请减三百，您是刷卡还是扫码呢？"),
     c("我说了要商量。你们怎么都这样，我先走了。", "think_it_over")]))

o = c("嗯……我儿子九岁，天天玩我的世界，我想着能不能让他学点编程，别光玩。", None)
PAIRS.append(gpair(
    "zhb46g_kids_coding_minecraft", "children's coding school, walk-in", "pitch_as_paraphrase",
    "A father whose nine-year-old plays Minecraft all day wonders whether coding would be better use of his time.",
    [o,
     t("挺好的想法。他玩我的世界主要是搭房子，还是喜欢研究那些红石机关？"),
     c("就是那个红石，弄一些自动门什么的，一弄一下午。", None),
     t("那他其实已经在用逻辑了。他会用电脑键盘吗？一周能来几次？"),
     c("打字不行，就会用平板。学校作业多，一周最多来一次。", None),
     t("那先从图形化编程开始，一周一次够了。周六上午有节试听，让他做个小游戏，您看他感不感兴趣。"),
     c("行，那就周六。不过先说好啊，我不一定报，他三分钟热度。", "think_it_over")],
    [o,
     t("您好！我想确认一下，孩子对编程的兴趣点主要在哪里呢？"),
     c("他就喜欢我的世界，搭东西。", None),
     t("明白了。所以您需要的其实是我们的全年Python精英班，一万二，打好竞赛基础，对吧？"),
     c("啊？我没说要竞赛啊。他才九岁，打字都不会。", None),
     t("我听到的是，您希望孩子少玩游戏、多学真本事，那精英班就是最适合的方案，我理解得没错吧？"),
     c("不对。一万二太多了，我就想让他先玩玩看。", "too_expensive")]))

o = c("你好，我在职备考省考，行测还行，申论老是五十多分，有单独的申论课吗", None)
PAIRS.append(gpair(
    "zhb46g_civil_service_essay_only", "civil-service exam school, WeChat", "pitch_as_paraphrase",
    "A working candidate only needs help with the essay paper of the provincial civil-service exam.",
    [o,
     t("有的。你之前考过几次？申论哪块丢分多，大作文还是小题？"),
     c("考过两次了 大作文总是跑题 小题还可以", None),
     t("那主要是审题和立意。我们申论精批班晚上八点直播，每周批两篇，你下班赶得上吗？"),
     c("八点可以 多少钱 去年报了个班 说是直播 结果老师就放录播 挺坑的", "bad_experience"),
     t("精批班一千二，都是直播加人工批改。你先发一篇去年的大作文，我们免费批一次，看批得细不细再决定。"),
     c("行 我晚上发你", None)],
    [o,
     t("你好～申论确实是很多在职考生的痛点！我想先了解下你的需求哦"),
     c("就是大作文老跑题 其他还行", None),
     t("好的，所以你需要的是我们的省考全程协议班，行测申论面试一站式，不过退费，19800，我理解得对吗？"),
     c("不对吧 我说了只要申论 行测不用补", "no_need"),
     t("明白，那我总结一下：你希望一次上岸、不想再浪费时间，所以协议班对你来说是最稳的，对吧？"),
     c("你在说你自己想卖的吧 算了", "brush_off")]))

o = c("老师你好，上次试听完了，孩子挺喜欢的，今天想把二十节课报了。", None)
PAIRS.append(gpair(
    "zhb46g_piano_twenty_lessons", "piano studio, front desk", "upsell_as_loop_closing",
    "A mother comes back after a trial lesson to pay for twenty piano lessons for her seven-year-old.",
    [o,
     t("好的，谢谢您。王老师说她手型不错。报之前确认一下，周几方便？家里有琴吗？"),
     c("周三放学后可以。家里就一个电子琴，这个行吗？", None),
     t("刚开始电子琴能练，最好带力度键。先别急着买钢琴，学满三个月看她还喜不喜欢。"),
     c("好，这样放心点。那今天刷卡吧。", None),
     t("好的，二十节四千。周三的课表我发您微信，有不清楚的随时问我。"),
     c("没了，谢谢老师。", None)],
    [o,
     t("好的！报课之前我想确认，您对这次学琴体验还有什么期待吗？"),
     c("没什么，就是让她先学着，周三放学来。", None),
     t("好的。那还有什么我可以帮您加上的吗？很多家长会加个乐理小班，一周一次，一千二，孩子进步更快哦。"),
     c("先不用了，她才七岁，先学琴吧。", "no_need"),
     t("明白～为了让闭环更完整，我再问一下，要不要把考级包也一起加上？现在加送节拍器。"),
     c("不用。你们还有别的要加的吗？没有我就刷二十节。", "no_need"),
     t("还有一个陪练App会员，一年六百……"),
     c("二十节，别的都不要。", "no_need")]))

o = c("你好 我刚付了教资笔试的课 799 怎么开发票", None)
PAIRS.append(gpair(
    "zhb46g_teacher_cert_invoice", "online teacher-certificate course, WeChat service", "upsell_as_loop_closing",
    "A buyer who just paid for a teacher-qualification written-exam course only wants an invoice.",
    [o,
     t("您好，收到啦。订单页点“申请开票”就行，个人还是单位抬头？"),
     c("个人的 单位不报", None),
     t("好的，三个工作日发到邮箱。您考小学还是中学？我核对下给您开对了课。"),
     c("小学 科目一二", None),
     t("对上了，已经开通。十一月考试，前两周有一次模考，会在群里通知。还有别的问题吗？"),
     c("没了 谢谢", None)],
    [o,
     t("您好～订单页就能申请发票！为了让您的备考体验更完整，还有什么我可以帮您添加的吗？"),
     c("没有 就发票", "no_need"),
     t("好的～很多学员会加一个面试课，笔试过了直接衔接，一起报只要1299哦，要帮您加上吗？"),
     c("笔试都还没考 面试以后再说吧", "no_need"),
     t("理解！那最后确认一下还有什么需要吗？押题密卷199，考前必备，加上就完整啦～"),
     c("我就要开个发票 你们这样我有点烦", "no_need")]))

o = c("你好，我女儿明年本科毕业，想去英国读研，我先来了解一下，她还在学校。", None)
PAIRS.append(gpair(
    "zhb46g_study_abroad_uk_mother", "study-abroad agency, walk-in", "leading_tag_questions",
    "A mother enquires on behalf of her daughter, a finance undergraduate who wants a UK master's.",
    [o,
     t("好的阿姨，您先坐。孩子什么专业，均分大概多少？她自己有想去的学校或城市吗？"),
     c("金融，均分八十二。她说想去伦敦，我觉得伦敦生活太贵了。", None),
     t("伦敦确实贵一些。我们服务有只做选校和申请的，也有连签证住宿全包的。您和孩子更需要哪部分帮忙？"),
     c("嗯……她英语还可以，文书想自己写，就是怕选校选错。", None),
     t("那选校加申请规划就够了，比全包便宜不少。约个周末视频，让孩子一起聊，她自己的想法最重要。"),
     c("好，我回去问她哪天有空。", None)],
    [o,
     t("阿姨您好！孩子的未来最重要，您肯定希望她去最好的学校，对吧？"),
     c("那当然，不过也要看她成绩。", None),
     t("所以您肯定会选我们的全程VIP服务吧？名校保录，签证住宿都包，孩子省心您也放心，不是吗？"),
     c("多少钱啊？", None),
     t("六万八。这个对您来说不算什么吧？孩子一辈子的事，您不会在这上面省的，对吧？"),
     c("六万八？别家三万多。我还是回去问问孩子她自己想怎么弄。", "too_expensive")]))

o = c("喂，你好，我想问下你们那个游泳课，孩子六岁，有点怕水。", None)
PAIRS.append(gpair(
    "zhb46g_kids_swim_afraid_water", "children's swimming club, inbound call", "leading_tag_questions",
    "A parent calls about lessons for a six-year-old who has been afraid of water since swallowing seawater.",
    [o,
     t("您好。怕水的孩子挺多的。他是一下水就哭，还是脸不敢碰水？"),
     c("就是脸不敢碰水，上次在海边呛了一口，就不敢了。", None),
     t("那先不教动作，我们有水感适应课，一个老师带三个孩子，先玩水。您周末有空还是工作日？"),
     c("周末，工作日我上班。那个一对一的我们家可能负担不起。", "no_money"),
     t("不用一对一。怕水的孩子我反而建议小班，一节一百二，看别的孩子玩会放松。先来体验一节。"),
     c("行，那周日上午有吗？", None),
     t("有，十点。带泳镜和毛巾就行。")],
    [o,
     t("您好！孩子怕水的话，安全最重要，您肯定想要一对一的吧？"),
     c("一对一多少钱？", None),
     t("一节三百，买三十节送两节。孩子的安全不能省，您肯定同意吧？"),
     c("嗯……是挺重要的，但三十节九千啊，有点多。", "too_expensive"),
     t("可是别的家长都说值，您也不想孩子一直怕水，对不对？今天就定下来是不是更好？"),
     c("我先带他体验一次再说吧，别一上来就三十节。", "think_it_over")]))

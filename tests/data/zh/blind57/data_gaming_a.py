"""Gaming pairs a01-a10 of zh_blind57, written by hand."""
from common import c, gpair, t

PAIRS = []

# 1 monologue: Beijing, Xisi hutong, home-care visits for an old man living alone
_open = c("喂 您好 我想问一下啊，就是你们那个上门照护……我爸一个人住西四那边胡同里，八十二了，嗯，就想先了解了解。", None)
PAIRS.append(gpair(
    "zhb57g_beijing_xisi_homecare",
    "Home-care visiting service, Xicheng district, Beijing",
    "monologue",
    "A daughter who works in Tongzhou calls about home visits for her 82-year-old father who lives alone in a hutong bungalow and fell last week.",
    [
        _open,
        t("您好您好，您受累打过来。先问问老爷子现在的情况吧——他平时自己做饭、洗澡这些还行吗？主要是哪块儿让您不放心？"),
        c("做饭凑合……就是那个，上礼拜在院儿里摔了一下，没大事儿，可把我吓坏了。我在通州上班，一礼拜顶多过去两回。", None),
        t("摔是在院子里摔的，您一礼拜只能去两回——所以最揪心的是您不在的时候他出了事儿没人知道，是这意思吧？那洗澡呢，在屋里洗还是去澡堂子？"),
        c("对对，就这个。洗澡他非得自己来，屋里没地方，得上胡同口那个澡堂子。不过我先说啊，他那脾气，外人进门儿他不一定乐意。", None),
        t("明白，老爷子要强，这挺常见的。那咱别一上来就天天去。可以先一礼拜两回、一回两个钟头，陪他洗个澡，顺手看看屋里有没有绊脚的门槛儿；再给他装个一键呼叫的小按钮，摔了一按，我们和您手机都能收到。一小时六十，您看先试一个月成吗？"),
        c("一小时六十……那一个月下来也小一千了。这事儿我得跟我哥商量商量，钱我俩摊。", "think_it_over"),
        t("应该的。这么着，我这礼拜六上午先过去一趟，不收钱，就当串个门儿，老爷子见了人觉得投缘再说，您跟您哥商量也有个底。礼拜六您能一块儿去吗？"),
        c("礼拜六行，我上午十点到。得嘞，那就先见见。", None),
        t("好嘞，礼拜六十点西四见。我把我电话和名字发您微信，有事儿您随时找我。"),
    ],
    [
        _open,
        t("您好！特别理解您的需求！我们的上门照护体验在整个西城都是口碑最好的，我给您详细介绍一下：我们有基础护理、助浴、助餐、康复理疗、陪诊、心理慰藉六大模块，金牌护理员全部持证上岗，还配智能手环实时定位，心率血压自动上传，子女端APP随时查看……"),
        c("哦，那个，我爸他主要是——", None),
        t("您先听我说完，最关键的是套餐：银卡每月两千八，金卡四千二，钻石卡六千六含二十四小时陪护。大部分家属都选金卡，性价比最高，跟我们的关系维护得也最好。您看您想了解哪个？"),
        c("不是……我是想说他上礼拜摔了一跤。", None),
        t("对对，防摔正是我们的强项！金卡就包含防跌倒评估，还送一次全屋适老化改造方案，原价一千八。我们跟好多家庭都是长期关系，成功案例特别多，您还有什么需要了解的吗？"),
        c("四千二一个月？我一个人哪儿掏得起这个啊。", "no_money"),
        t("钱的事儿好说，我们能分期！您先加我微信，我把金卡合同发您，今天办还送两次助浴，您觉得怎么样？"),
        c("……行了行了，你把资料发我，我回头再看吧。", "brush_off"),
    ],
))

# 2 closing_as_open_question: Tianjin, Hexi district car dealer, seven-seat SUV
_open = c("哎 您好 我就随便看看啊，介车，就这个白的，是七座的吗？", "brush_off")
PAIRS.append(gpair(
    "zhb57g_tianjin_hexi_suv",
    "Car dealership (4S shop), Hexi district, Tianjin",
    "closing_as_open_question",
    "A father of two who lives with his mother looks at a seven-seat SUV on a weekday evening; his current car is too small.",
    [
        _open,
        t("您随便看，七座的，第三排能坐俩小孩儿。您今儿是自己先来踩踩点儿？家里几口人用车啊？"),
        c("嗯，俩孩子，我妈也跟我们住，周末老上蓟州那边爬山。现在开个朗逸，坐不下了。", None),
        t("五口人，常跑蓟州山路，现在的车坐不下。那第三排得真能坐人，爬坡也得有劲儿。您坐第三排试试？我把第二排往前推推，您看看腿的地方。"),
        c("（坐进去）嗯……我一米七五坐介儿腿得蜷着，孩子倒行。就是介个落地得二十四五吧？那超了，我们家顶天二十，再多真拿不出来。", "no_money"),
        t("明白，顶天二十。那这台顶配确实超了，我不跟您绕。低配落地二十一出头，少了天窗和座椅通风；另外同级别有一款五加二的，落地十九万八。您更看重第三排宽敞，还是开着稳？"),
        c("稳吧，我妈晕车晕得厉害。第三排孩子坐就行。", None),
        t("那这礼拜带上老太太来试驾，低配和十九万八那款都开一圈，走咱后边那段坡道，看她坐着晕不晕。今天不用定任何东西。您看礼拜六哪个时候方便？"),
        c("礼拜六下午吧，我带我妈来。", None),
        t("得嘞，礼拜六下午两点，两台车我都给您备好，加个微信我发您定位。"),
    ],
    [
        _open,
        t("欢迎欢迎！您今天想了解一款什么样的车，能给您的家庭带来最好的出行体验呢？"),
        c("就看看，七座的，家里人多。", None),
        t("七座完全满足您的需求！那您看，要是今天价格合适，您是更想全款，还是分期呢？"),
        c("啊？我还没试呢。介车多少钱啊？", None),
        t("顶配落地二十四万八。您觉得要拿到什么样的条件，您今天就能把定金交了？"),
        c("二十四万八？超我预算一大截了，拿不出来。", "no_money"),
        t("理解理解。那咱聊聊，您希望月供控制在多少，才能让您今天就开着它回家呢？"),
        c("不是月供的事儿……我回去得跟家里人商量商量。", "think_it_over"),
        t("当然！那您觉得，是您爱人今天下午过来一块儿签，还是我把合同发您微信，您晚上签好拍给我？"),
        c("嘛都不签，我先走了啊。", None),
    ],
))

# 3 pitch_as_paraphrase: Beijing, Haidian tutoring centre, eighth-grade geometry
_open = c("您好，我家闺女初二，数学期中考砸了，想问问你们这儿有没有那种……针对性的？", None)
PAIRS.append(gpair(
    "zhb57g_beijing_haidian_math",
    "After-school tutoring centre, Haidian district, Beijing",
    "pitch_as_paraphrase",
    "A mother walks into a tutoring centre after her daughter's maths mark fell from about 90 to 78, mostly on geometry proofs.",
    [
        _open,
        t("您好，您先别着急。考砸了主要是哪块儿丢分——几何、函数，还是计算马虎？她平时大概在什么位置？"),
        c("嗯……平时九十上下吧，这回七十八。我看了卷子，主要是几何证明题，辅助线那块儿完全没思路。", None),
        t("平时九十，这回七十八，分主要丢在几何证明、辅助线不会添。那她自己怎么说？是听不懂，还是听得懂、自己一做就卡？"),
        c("她说上课能听懂，一做就懵。还有我得先说啊，她周六有舞蹈课，一整天都没空，您可别给我排太满。", "no_time"),
        t("明白，周六不行。听得懂做不出，常常是练得少，也缺个人当面看她到底卡在哪一步。我们有个几何专题小班，六个人，周日下午两点到四点，一共八次。要不先来上一次免费诊断课，老师当面看她做两道题，确认是不是这个问题，您再决定报不报？"),
        c("八次多少钱啊？", None),
        t("八次两千四。诊断课不收钱，要是不对路，您不用报。"),
        c("两千四还行。那诊断课这个周日能排上吗？", None),
        t("能，这周日下午两点。您把期中卷子带上，老师看着更准。"),
    ],
    [
        _open,
        t("您好！您能跟我说说孩子的具体情况吗？"),
        c("平时九十上下，这回七十八，主要是几何证明题，辅助线完全没思路。", None),
        t("明白。那我听到的是，您需要的是我们的“尖子生全科冲刺VIP一对一”，一学期一万六千八，是这样吧？"),
        c("啊？不是，就数学，就几何那一块儿。全科我们用不着。", "no_need"),
        t("好的，我确认一下我的理解：您是希望孩子中考稳进前十的好校，所以需要全科一对一，再加个暑期封闭营，对吗？"),
        c("我没说要封闭营啊……再说她周末还得跳舞呢，哪儿有那么多工夫。", "no_time"),
        t("理解您的顾虑。所以您真正需要的，是我们时间最灵活的线上加线下双师VIP，随时约课，一万九千八，对吧？"),
        c("一万九？就补个几何啊老师，那也忒贵了。", "too_expensive"),
        t("那我总结一下，您是觉得价格需要再优惠一些，我给您申请个九折，您看我理解得对吗？"),
        c("不对。算了，我再去别家问问吧。", "think_it_over"),
    ],
))

# 4 upsell_as_loop_closing: Beijing, Fengtai phone-company shop, retiree wants a cheaper plan
_open = c("姑娘，我问问啊，我这手机一个月扣一百二十九，我也就打打电话、看看微信，能不能给我弄个便宜点儿的？", None)
PAIRS.append(gpair(
    "zhb57g_beijing_fengtai_mobileplan",
    "Mobile phone company shop, Fengtai district, Beijing",
    "upsell_as_loop_closing",
    "A retired man wants to move from a 129-yuan monthly plan to something cheaper because he hardly uses his phone.",
    [
        _open,
        t("大爷您好，能弄。您身份证给我看一下，我先查查……您这是前年办的一百二十九的套餐。您一个月大概打多少电话？家里有无线网吗？"),
        c("电话不多，给我闺女打，一天也就几分钟。家里有宽带，闺女给装的。出门就不咋使流量了。", None),
        t("一天几分钟电话，在家用宽带，出门基本不上网。我看了，您上个月实际就用了一百多分钟、两个G。有个十九块的套餐，一百分钟电话加五个G，够您用，号码不变。"),
        c("十九？那敢情好。有什么坑没有？我以前换套餐让人扣过违约金，心里膈应。", "bad_experience"),
        t("您问得对。我查了，您的合约期上个月已经到了，现在改没有违约金。新套餐下个月一号生效，这个月还按一百二十九扣。这些我都打在单子上，您签字前过过目。"),
        c("行，下个月一号，没违约金，那就改吧。", None),
        t("好嘞，改好了，一会儿短信就到。下个月您要是看着账单不对，直接拿着这张单子来找我。"),
        c("得嘞，谢谢姑娘啊。", None),
    ],
    [
        _open,
        t("大爷您好，我帮您查一下……您日常主要怎么用手机呢？"),
        c("打打电话，看看微信。家里有宽带。", None),
        t("好的，那给您换成三十九的基础套餐。为了把您的需求都闭环，我再问问：还有什么能帮您加上的？比如亲情副卡，给您闺女也加一张，一个月才多十块。"),
        c("她有手机，用不着。", "no_need"),
        t("没问题。那还有什么我能为您做的吗？现在宽带升级千兆才加三十，在家看电视更流畅，体验倍儿好。"),
        c("我看电视使机顶盒就行，不用。你就给我弄便宜的就得。", "no_need"),
        t("好嘞。最后再确认一下您还有没有别的需要——这个月有个老年人安心保，手机丢了能赔，一个月十五，给您加上吧？"),
        c("都不要！我一个月退休金就那么点儿，我来是省钱的，你这一样一样往上加，加完比原来还多！", "no_money"),
        t("明白明白，那今天就先办三十九的。您还有其他需要吗？"),
        c("没了！赶紧办吧。", None),
    ],
))

# 5 leading_tag_questions: Beijing, Chaoyang rental agent, one-bedroom near Wangjing (WeChat chat)
_open = c("你好 我看你们发的那个望京的一居 还在吗", None)
PAIRS.append(gpair(
    "zhb57g_beijing_wangjing_rental",
    "Property rental agency, Wangjing, Chaoyang district, Beijing (WeChat chat)",
    "leading_tag_questions",
    "A young programmer chats with a rental agent about a one-bedroom flat; she works late at Wangjing SOHO and has a budget of 6000 a month.",
    [
        _open,
        t("在的。您是自己住吗？一般几点下班，在望京哪块儿上班？"),
        c("自己住 在望京soho那边 经常加班到十点多 所以想离得近点 最好能走路", None),
        t("明白，十点多下班，想走路到soho。说实话那套离soho走路得半个多小时，不太合适您。您预算大概多少？"),
        c("六千以内吧 再多压力就大了", None),
        t("六千以内、走路能到soho的一居，花家地西里有一套五千八的，老小区，六楼没电梯，走路十二分钟；阜通那边有套六千三的电梯房，超了一点。您对爬楼介意吗？"),
        c("没电梯还行 我年轻 就是老小区隔音会不会很差啊 我之前住的那个隔音巨差 天天被楼上吵醒 真的怕了", "bad_experience"),
        t("这个我不敢打包票，老小区隔音一般都不太好。要不您下班后过来看，十点多去，正好听听楼里到底吵不吵。今天或者明天晚上都行。"),
        c("那明天晚上十点半吧 你们那么晚能看吗", None),
        t("能，我等您。明天晚上十点半，花家地西里北门见。"),
    ],
    [
        _open,
        t("在的！您肯定是想要个离地铁近的，对吧？"),
        c("离公司近就行 我在望京soho 经常加班", None),
        t("那肯定得是电梯房吧？您这么辛苦，总不想天天爬楼，对不对？"),
        c("也不一定 主要是预算六千以内", None),
        t("六千是吧。不过像您这样的白领，住得舒服才最重要，多加一千其实也值，您说是不是？阜通那套七千二的精装，您肯定喜欢，不是吗？"),
        c("七千二超太多了 我扛不住", "no_money"),
        t("我懂。不过好房子不等人，您今天先交个定金锁住最稳妥，您也同意吧？"),
        c("我之前就是被中介催着交定金 结果房子一堆毛病 定金也没退回来 不了", "bad_experience"),
        t("那不一样，我们是大公司，您放心交给我们就对了，是吧？"),
        c("我再看看吧", "brush_off"),
    ],
))

# 6 putdown_question: Tianjin, Nankai private dental clinic, a filling still hurts
_open = c("我说你们介诊所怎么回事儿啊？上礼拜补的牙，到现在喝口凉水还钻心地疼！", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_nankai_dental",
    "Private dental clinic, Nankai district, Tianjin",
    "putdown_question",
    "A woman in her forties comes back on her lunch break, angry that a tooth filled last week still hurts with cold drinks.",
    [
        _open,
        t("姐，您先坐。疼了一礼拜确实遭罪。是补的那颗一碰凉的就疼，还是不碰也疼？夜里睡觉疼不疼？"),
        c("就是凉的热的一碰就疼，过一会儿就好了。夜里倒是不疼。", None),
        t("碰冷热才疼、过会儿就好、夜里不疼——这个多半是补得比较深，牙神经还在敏感期，不一定是补坏了。不过得拍个片子确认底下没事儿，片子不收您钱。您看现在拍行吗？"),
        c("现在拍？我就中午一个钟头，一点还得回单位打卡呢。", "no_time"),
        t("拍片五分钟，看结果十分钟，一点前肯定让您走。片子要是没事，先涂个脱敏的药观察两礼拜；真有问题，费用我们担，给您重新处理。"),
        c("行，那你麻利儿的。", None),
        t("我这就叫张大夫，您这边请。"),
    ],
    [
        _open,
        t("姐您先别激动，您是不是有点儿太敏感了？您能具体说说怎么个疼法吗？"),
        c("我敏感？凉水一喝就疼，换你你不疼？", None),
        t("我理解您的感受。那您是不是补完当天就吃硬的、喝凉的了？大夫应该都交代过吧？"),
        c("交代嘛了？压根儿没人跟我说！", None),
        t("好的，我听到您说没人交代。那您平时刷牙是不是太使劲了，所以牙才这么娇气？"),
        c("你介是嘛意思啊？合着是我的错？", None),
        t("没有没有，我就是想全面了解一下情况。您是不是对一点点疼都比较难忍受呢？"),
        c("行了，叫你们老板出来。以后打死我也不来你们介儿了。", None),
    ],
))

# 7 not_my_department_or_read_the_terms: Beijing, big hospital registration desk, cancelled clinic
_open = c("同志，我问一下，我妈这号是上礼拜在网上挂的，今天来了说大夫停诊了，可我压根儿没收到通知啊，钱也扣了，这怎么弄啊？", None)
PAIRS.append(gpair(
    "zhb57g_beijing_hospital_cancelled",
    "Outpatient registration and service desk of a large hospital, Beijing",
    "not_my_department_or_read_the_terms",
    "A woman brings her mother in her eighties from Daxing for a cardiology follow-up; the specialist cancelled his clinic and no text message came.",
    [
        _open,
        t("您好，您甭急，先让老太太坐这儿。您把挂号记录给我看一下……心内科王主任今天上午的号，对吧？停诊短信一般头天发，您手机上再找找有没有？"),
        c("没有啊，我翻了好几遍了。我们从大兴倒两趟车过来的，她八十多了。", None),
        t("从大兴倒两趟车，老太太八十多，这趟不能让您白跑。挂号费我现在就给您原路退，三到五个工作日到账。看病这块儿：王主任礼拜四上午有号，今天心内科还有个副主任十点半的号。老太太主要是什么情况？"),
        c("就是心慌，上个月查出来有点儿早搏，王主任让这礼拜来复查的。今天看副主任也行吗？", None),
        t("复查早搏，副主任完全能看，上回的检查结果系统里都调得出来。我给您挂十点半的。短信没收到这事儿我记下来报给信息科，两天之内给您回电话。"),
        c("行，那就今天看吧，省得再跑一趟。", None),
        t("好，十点半，三楼心内科二诊室。您扶老太太坐电梯，就在左手边。"),
    ],
    [
        _open,
        t("您好，您能具体说说遇到了什么问题吗？"),
        c("今天王主任停诊，我没收到短信，钱也扣了。", None),
        t("我非常理解您的心情。不过停诊通知是医务处发的，不归我们挂号这边管。"),
        c("那钱呢？钱能退吗？", None),
        t("退费的话您得看一下预约平台的用户协议，第十二条写得很清楚，您在手机上自己申请就行。"),
        c("我妈八十多了，我们大老远从大兴过来的，你就让我自己看协议？", None),
        t("我明白您的就医体验不太好，但规定不是我定的。您还有什么其他需要吗？"),
        c("我要找你们领导。", None),
    ],
))

# 8 social_proof_or_deadline_pressure: Beijing, Dongcheng hutong heating shop, cold bungalow
_open = c("小伙子，你们门口贴的那个，平房装地暖的，我问问啊。我们家那屋一到冬天忒冷。", None)
PAIRS.append(gpair(
    "zhb57g_beijing_dongcheng_heating",
    "Small heating and renovation shop in a hutong, Dongcheng district, Beijing",
    "social_proof_or_deadline_pressure",
    "A retired woman asks about underfloor heating for her thirty-square-metre hutong room with thin walls and leaky windows.",
    [
        _open,
        t("大妈您好，您坐。您家那屋现在冬天拿什么取暖？大概多大？"),
        c("前几年煤改电，给装了那个蓄热的电暖器，两台。屋子三十来平，老房子，墙薄，窗户还漏风。", None),
        t("三十来平、墙薄、窗户漏风。那我跟您说句实在的：漏风不堵上，装了地暖热乎气儿也跑了。先换窗户、封缝，可能比装地暖管用，还便宜。您家冬天电费大概多少？"),
        c("一个月四五百吧，谷电便宜点儿。我儿子说装地暖得好几万，他说不值当。", "too_expensive"),
        t("三十平装地暖确实得两万多，还得起地面，您儿子说得在理。我建议先弄两样：换两扇断桥窗，墙上加一层保温板，大概八千，电暖器接着用原来的。我上门给您量量、找找哪儿漏风，不收钱，您再跟儿子商量。"),
        c("那成，周末我儿子在家，你礼拜六过来吧。", None),
        t("得嘞，礼拜六上午十点。您把门牌号告诉我，我带着尺子过去。"),
    ],
    [
        _open,
        t("大妈您好！您是想了解一下怎么提升冬天的居住体验是吗？"),
        c("对，屋子三十来平，墙薄，漏风，冷。", None),
        t("您可来巧了！您这条胡同已经有十一户装了我们的地暖，隔壁李大爷家上礼拜刚装完，都说暖和。"),
        c("老李家装了？他家那屋比我的大。我儿子说得好几万，不值当。", "too_expensive"),
        t("大妈，现在是补贴最后一批，月底一过就没了，整条胡同就剩俩名额，您要不今天先把名额占上？"),
        c("这么急啊……我得问问我儿子，钱是他管着。", "think_it_over"),
        t("您儿子肯定也盼着您暖暖和和的。再说今天交定金的下午就能排工，明天就涨价了，街坊都抢着呢。"),
        c("不行不行，我前年就是让上门卖净水器的给忽悠了，三千多，用了俩月就坏了。我不定。", "bad_experience"),
    ],
))

# 9 keyword_stuffed: Tianjin, state-owned port logistics company, office supplies tender
_open = c("喂，是那个办公耗材的吗？我们这边今年框架协议要重新招，你们要是有兴趣就发个报价，要三家比价的。", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_binhai_soe_supplies",
    "Office-supplies distributor selling to a state-owned port logistics company, Binhai, Tianjin (B2B)",
    "keyword_stuffed",
    "The purchasing officer of a state-owned company calls suppliers for quotes on toner and paper for a yearly framework agreement.",
    [
        _open,
        t("您好您好，有兴趣。我想先问清楚几件事儿，报价才不跑偏：主要是哪些机型的硒鼓、什么纸？一年大概用多少？"),
        c("打印机四十多台，惠普、兄弟都有，型号我让人发你。纸一年八百箱左右。以前那家送货老拖，各部门天天来找我。", None),
        t("四十多台、机型混着，纸八百箱，最头疼的是以前送货拖、各部门都来找您。那到货您希望多快？比价除了单价还看什么？"),
        c("当天下单，第二天得到。评分价格占六十，服务占四十。还有你们得能开专票，得在集团入围名单里。", None),
        t("第二天到货，我们在滨海有库房，能做到；专票没问题，入围名单我们去年就在。我礼拜三前按您给的型号把报价做出来，附上到货时效承诺和超时扣款条款，您看行吗？"),
        c("行，先报吧。不过说实话原来那家价格压得挺低的，你们不一定比得过。", "too_expensive"),
        t("明白。单价我尽量压，但不会为了压价答应做不到的送货。报价里单价和到货时间分开列，方便您打分。"),
        c("成，那礼拜三等你邮件。", None),
        t("好的，礼拜三下班前发到您邮箱。"),
    ],
    [
        _open,
        t("您好！非常感谢您给我们这个机会！我们特别重视与贵单位建立长期、深度、共赢的合作关系，我想先深入了解一下您的需求和痛点？"),
        c("需求就是硒鼓和纸，四十多台打印机，纸一年八百箱，要三家比价。", None),
        t("非常理解！我能感受到您对采购体验的重视。我们的理念就是以客户为中心，用心倾听，真正理解您的需求，陪伴您一起成功。"),
        c("嗯……那你们第二天能送到吗？以前那家老拖。", None),
        t("您的感受我完全理解，送货体验对建立信任关系非常关键。我们始终把客户满意度放在第一位，致力于为您打造全方位、一站式的卓越服务体验。"),
        c("我问的是第二天能不能到。能，还是不能？", None),
        t("我听到您非常关注时效，这说明您是一位特别负责的采购。我们一定全力以赴满足您的需求，实现双方的共同成功。您对今天的沟通满意吗？"),
        c("……你把报价发邮箱吧，我这儿还有个会。", "brush_off"),
    ],
))

# 10 rude: Tianjin, Hebei district bank branch, an old woman's term deposit
_open = c("姑娘，我介个存单下礼拜到期，我想问问，到期了是自动转存啊，还是我得来一趟？", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_hebei_bankdeposit",
    "Bank branch counter, Hebei district, Tianjin",
    "rude",
    "A woman in her seventies asks what happens when her three-year deposit matures; her grandson marries next year.",
    [
        _open,
        t("大娘您好，您坐着说。我看一下您这张存单……三年期的，下礼拜二到期。当时办的是到期自动转存，要是不动，它会按那天的利率再存三年。您是想接着存，还是有别的打算？"),
        c("我想着……嗯，我孙子明年结婚，可能得拿出来一部分。我还听说现在利率低了，转存亏不亏啊？", None),
        t("孙子明年结婚要用钱，那全存三年就不合适了，提前取利息要吃亏。可以到期以后拆成两份：要用的那部分存一年，剩下的存三年。您大概明年要拿出来多少？"),
        c("五万吧。可我不会弄那手机银行，还得上你们介儿来？我腿脚不好。", None),
        t("那您下礼拜二以后来一趟就行，我当面给您拆好，十分钟不到。您要是不方便，让家里人陪着来也行，带上身份证和存单。"),
        c("那成，礼拜三上午我让我闺女陪我来。", None),
        t("好嘞，礼拜三上午您直接找我，我姓刘，三号窗口。"),
    ],
    [
        _open,
        t("大娘，存单上都写着呢，您自己没看？"),
        c("我眼神儿不好，看不清楚，你给我说说。", None),
        t("自动转存，不用来。还有别的事儿吗？后边还排着人呢。"),
        c("那我孙子明年结婚要用钱，现在转存了是不是就取不出来了？", None),
        t("能取，提前取就没利息呗，这您都不知道啊？现在谁还跑柜台，手机银行点点就完了。"),
        c("我不会弄那手机银行……", None),
        t("那让您孩子弄呗，我这儿也没法儿手把手教您。下一位！"),
        c("嘿，你介姑娘怎么说话呢！我在这儿存了二十年了，回头我转别家去。", None),
    ],
))

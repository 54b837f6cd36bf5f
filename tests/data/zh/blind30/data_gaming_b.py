"""Gaming pairs 11-20 of zhb30 (hand-written)."""
from common import c, gpair, t

PAIRS = []

o = c("你好，想给我爸妈买个冰箱，他们那个老的快二十年了。", None)
PAIRS.append(gpair(
 "zhb30g_wuhan_appliance_fridge_parents", "appliance store, Wuhan", "ignored_customer",
 "A daughter in a Wuhan appliance store shops for a fridge for her elderly parents' small kitchen.",
 [o,
 t("好的。放冰箱的位置有多宽？他们平时主要放么东西？"),
 c("位置就六十公分宽。两个老人，放点剩菜、腌菜，冻点肉。", None),
 t("那两百升左右的窄款就够。老人用，按键要不要简单点的？"),
 c("对，我妈不会用触屏，越简单越好。", None),
 t("看这台：宽五十五，两百一十升，旋钮调温，一级能效，两千三。送货可以把旧的拉走。"),
 c("两千三还行。旧的拉走收钱不？", None),
 t("不收，还能抵一百块。送货时间您定，家里要有人。"),
 c("那就礼拜六上午送，我过去陪他们。", None)],
 [o,
 t("好的！为了更好地了解您的需求：位置多宽？爸妈平时用得多吗？"),
 c("位置就六十公分宽，他们就冻点肉放点剩菜。", None),
 t("明白。那推荐这款对开门，五百升，触屏控制，还能连手机。"),
 c("六十公分放得下？我妈也不会用触屏。", None),
 t("您看这颜值，放客厅倍儿有面子，现在买还送榨汁机。"),
 c("我说了他们就两个人，放不下……", None),
 t("七千九，今天定还能分期。还有什么我可以帮您的？"),
 c("我爸妈用不上这么大的，算了。", "no_need")]))

o = c("你好 想报教资面试的课 小学语文 还有一个多月就面试了", None)
PAIRS.append(gpair(
 "zhb30g_changsha_teacher_cert_interview", "exam-prep school online chat, Changsha", "repeated_questions",
 "A graduate chats with a Changsha exam-prep school about a teacher-certificate interview course.",
 [o,
 t("你好～时间不算多。笔试已经过了吧？之前上台试讲过吗？"),
 c("笔试过了 试讲没试过 一上台就紧张", None),
 t("那最要紧的是多练试讲、有人纠正。我们有一个月的面试冲刺班，每周两次模拟，老师一对一点评，一千六。"),
 c("一千六有点贵 网上有的才几百", "too_expensive"),
 t("网上几百的多是录播，没人听你讲。你紧张主要是练少了，要的就是真人模拟。先来上一次模拟课，不收费，有用再报。"),
 c("那可以 周六有吗", None),
 t("周六下午两点有，我把地址发你。"),
 c("好 谢谢", None)],
 [o,
 t("你好呀～想先了解一下，你现在处于备考的哪个阶段呢？"),
 c("笔试过了 下个月面试", None),
 t("好的。那你目前进度怎样呢？笔试考完了吗？"),
 c("刚说了 笔试过了啊", None),
 t("嗯嗯。那你觉得自己现在最大的问题是什么呢？"),
 c("试讲 一上台就紧张", None),
 t("明白～再确认一下，你准备考哪个学段哪个科目呢？"),
 c("小学语文 我第一句就说了 你们是机器人吗", None),
 t("不好意思～那你平时大概有多少时间备考呢？"),
 c("算了 我去别家问", None)]))

o = c("喂，是农资公司吧？我们合作社想订一批早稻的肥，三百亩。", None)
PAIRS.append(gpair(
 "zhb30g_yueyang_coop_rice_fertilizer", "farm supplies distributor (B2B), Yueyang", "wrong_paraphrase",
 "A rice cooperative near Dongting Lake phones a farm-supply distributor to order fertilizer for 300 mu.",
 [o,
 t("是的。三百亩早稻，往年用的么子肥？一亩用多少？"),
 c("往年复合肥，一亩五十斤。今年想试下缓释肥，省一道追肥的工。", None),
 t("那就是三百亩早稻，想换缓释肥省追肥。一亩四十斤左右就够，共六吨。你们那边土偏酸吧？"),
 c("偏酸，湖边的田。价格多少？", None),
 t("适合酸性土的这款一吨三千六，六吨两万一千六，送到村里。"),
 c("比复合肥贵不少。我要跟社里几个人碰一下。", "think_it_over"),
 t("好。我发一份用量和价格的对比表，把省下的追肥人工也算进去，你们开会好看。"),
 c("要得，发过来。", None)],
 [o,
 t("您好！我确认一下：您是说合作社三千亩晚稻，要订我们的高端水溶肥，对吧？"),
 c("不是，三百亩，早稻。", None),
 t("好的，所以您是说之前的肥效果不好，想全面升级成进口肥，是这样理解吧？"),
 c("我冇这么讲。往年复合肥蛮好，就想试下缓释肥省个工。", "no_need"),
 t("明白了，您是想连农药一起打包采购，预算十万以上，对吧？"),
 c("你到底在听我讲冇？算了，我找别家。", None)]))

o = c("你好……我来帮我妈销户，她上个礼拜走了。", None)
PAIRS.append(gpair(
 "zhb30g_zhuzhou_telecom_close_late_mother", "telecom service hall, Zhuzhou", "pitch_to_upset",
 "A grieving son comes to a Zhuzhou telecom hall to close his late mother's phone number.",
 [o,
 t("节哀。您先坐，慢慢来。要带老人的死亡证明、户口注销证明和您的身份证，都带了吗？"),
 c("带了，都在这。她号里还有一百多块话费。", None),
 t("余额可以退到您账户上。号里要是有老人的照片、短信想留，可以等您导出来再销。"),
 c("嗯……她手机里好多视频，我还冇来得及看。", None),
 t("不急，号码可以先停机保号三个月，不收钱，您慢慢整理，想好了再来销。"),
 c("那就先停机吧，谢谢你。", None)],
 [o,
 t("我理解您的感受，节哀。其实您可以把妈妈的号转到您名下，办我们的亲情融合套餐，一个月才一百二十九。"),
 c("我就想把号销了……", "no_need"),
 t("明白您的需求。那您家宽带是哪家的？融合进来还送一台新手机，体验很好的。"),
 c("我现在冇心情讲这些。", "no_time"),
 t("理解理解。那我先给您登记，您哪天有空我再打给您介绍？我们很重视和客户的关系。"),
 c("你们就不能先把销户办了？", None)]))

o = c("喂！我车上礼拜刚在恁这保养完，今儿早上在路上熄火了！", None)
PAIRS.append(gpair(
 "zhb30g_kaifeng_dealer_service_stall", "car dealer service desk, Kaifeng", "blame",
 "A driver phones a Kaifeng dealer's service desk: his car stalled on the road a week after a service.",
 [o,
 t("哎呀，人没事吧？车现在停在哪儿？"),
 c("人没事，在金明大道边上，打不着火了，我还急着上班。", None),
 t("我现在安排拖车，四十分钟到。保养单我调出来了，上礼拜换了机油和空滤，回厂先查跟保养有冇关系。要不要给您叫个车？"),
 c("叫车算了，我自己打车。查出来是恁的问题咋整？", "no_need"),
 t("是我们的问题，维修费和您今天的打车钱都我们出。下午三点前我打电话跟您说结果。"),
 c("中，那你抓紧。", None)],
 [o,
 t("您先别急，我理解您的感受。您最近是不是在小加油站加的油？"),
 c("就在中石化加的！", None),
 t("那是不是您开车习惯不太好，老是低速跑？这样容易积碳熄火。"),
 c("我天天这样开，咋以前不熄火，一保养就熄火？", None),
 t("保养我们都按标准来的。是不是仪表盘亮了故障灯您没注意？"),
 c("我又不瞎！上回换刹车片也是这套说法，恁这店我是不敢再来了。", "bad_experience")]))

o = c("你好，我在武汉开了三家热干面店，想搞个扫码点单的系统。", None)
PAIRS.append(gpair(
 "zhb30g_wuhan_noodle_shops_ordering_saas", "restaurant software vendor (B2B), Wuhan", "monologue",
 "The owner of three hot-dry-noodle shops asks a software rep about a QR ordering system.",
 [o,
 t("好的。三家店现在怎么收银？主要想解决么问题？"),
 c("就一个收款码，早上人多，账对不上，还要有人专门喊号。", None),
 t("就是早高峰账对不上、喊号费人。一家店早上大概多少单？"),
 c("早上两个钟头差不多三百单。", None),
 t("那扫码点单加后厨小票和叫号屏就够，三家账汇到一个后台。一家一年一千二，叫号屏三百。"),
 c("我就怕跟上回那家一样，用了半年公司冇得了，数据也找不回。", "bad_experience"),
 t("理解。数据每天能自动导到您自己邮箱，合同里写明。先给一家店试用两个礼拜？"),
 c("一家一千二……我先试一家，好用再说另外两家。", "think_it_over")],
 [o,
 t("您来对了！我们系统行业领先，扫码点单、会员营销、储值、外卖对接、库存、排班、数据大屏……"),
 c("我就想早上别排那么长……", None),
 t("明白，这些都能解决！还有智能分析，告诉您哪个菜卖得好，还能发券，提升顾客体验和复购，我给您演示一下后台……"),
 c("我们就卖热干面和蛋酒，冇那么多菜。", None),
 t("没关系，功能多不吃亏嘛！旗舰版一家一年四千八，三家打九折，还送收银机。"),
 c("一年一万多？我一碗面才几块钱，不搞了。", "too_expensive")]))

o = c("你好，俺家新房一百一十平，想问问半包大概啥价。", None)
PAIRS.append(gpair(
 "zhb30g_zhengzhou_renovation_half_package", "home renovation company, Zhengzhou", "closing_as_open_question",
 "A Zhengzhou homeowner asks a renovation company for a rough price on labour-and-materials work.",
 [o,
 t("好的。房子在哪儿？毛坯还是简装？主材您打算自己买吗？"),
 c("金水区，毛坯。主材俺想自己买，瓷砖地板那些。", None),
 t("那半包一般一平七百到九百，看水电改多少。有冇得特殊要求，比如老人住要防滑？"),
 c("俺爹妈也住，卫生间得防滑，扶手也得装。", None),
 t("这些我都记上。下一步约设计师免费上门量房，出个详细报价，您对比一下再定，中不中？"),
 c("中，周末俺在家。", None)],
 [o,
 t("您好！这么好的房子，您觉得我们做到什么，您今天就能签？"),
 c("俺就是先问个价……", None),
 t("半包一平八百，很实在。那合同是签您的名字还是您爱人的？"),
 c("俺还没说签啊，家里还得商量。", "think_it_over"),
 t("理解。那您看是今天交五千定金，还是交一万拿更大优惠？"),
 c("恁这也太急了，俺回去再比比。", "think_it_over"),
 t("那您想想，是什么顾虑让您今天做不了决定呢？"),
 c("俺哥上回就是让人催着签的装修，后来天天扯皮。不签了。", "bad_experience")]))

o = c("你好 我考研英语去年48 今年二战 想找个老师带一下", None)
PAIRS.append(gpair(
 "zhb30g_wuhan_kaoyan_english_tutor", "postgraduate-exam tutoring chat, Wuhan", "pitch_as_paraphrase",
 "A second-attempt kaoyan candidate chats with a Wuhan tutoring school about English.",
 [o,
 t("你好 二战辛苦了。48分主要是哪块丢分多？阅读还是作文？"),
 c("阅读错的多 作文就凑字数", None),
 t("现在每天能给英语多少时间？全职备考吗？"),
 c("全职 一天两三个小时英语吧", None),
 t("好 阅读错得多、作文靠凑、每天两三小时。建议先做一套真题诊断，看是单词还是长难句的问题，再定小班还是一对一。诊断免费。"),
 c("可以 那我啥时候做", None),
 t("明天下午方便的话线上做，我改完当晚给你讲。"),
 c("明天下午要去医院复查 没空 后天行吗", "no_time"),
 t("后天下午也行 卷子我提前发你")],
 [o,
 t("你好呀！所以你需要的就是我们的VIP一对一全程班，两万八，对吧？"),
 c("啊 我只是想问下怎么提高阅读", None),
 t("明白～所以你是说阅读作文都要系统提升，那就是我们的全科尊享套餐，对吧？"),
 c("没说要全科 我就英语差 钱也有限", "no_money"),
 t("了解～你是说要性价比高的，那就是半年集训营一万二包住宿，我理解得对吧？"),
 c("一万二也太贵了 我再看看吧", "too_expensive")]))

o = c("手续都差不多了吧？我下午还要赶回桃源。", None)
PAIRS.append(gpair(
 "zhb30g_changde_dealer_car_handover", "car dealer handover area, Changde", "upsell_as_loop_closing",
 "A buyer at a Changde dealer is signing the last papers and wants to drive home quickly.",
 [o,
 t("差不多了，就剩签交车单。您赶路，我快点：我们一起绕车看一圈，有冇划痕？"),
 c("看过了，冇问题。行车记录仪装了冇？之前讲了送的。", None),
 t("装了，在后视镜后面，我花一分钟教您看回放。还有冇别的没讲清楚的，现在问最方便。"),
 c("保养多少公里一次？", None),
 t("一万公里或者一年，先到先算。首保免费，到时我提前打电话提醒您。"),
 c("要得，那我走了。", None)],
 [o,
 t("差不多了！走之前问一下，还有什么我可以帮您加的？镀晶一千八，车衣八千八，现在做最划算。"),
 c("不用，买车的钱都是凑的，冇得多的了。", "no_money"),
 t("明白。最后确认一下您的需求，还需要加点什么吗？延保三年才三千六。"),
 c("车都是新的，要么子延保。", "no_need"),
 t("好的。那还有要补充的吗？脚垫、香水、座套，一套九百九。"),
 c("我下午还有事，你快点让我签字。", "no_time"),
 t("好好。对了，您的用车体验对我们很重要，要不要加个年检代办卡？"),
 c("……签完我就走。", None)]))

o = c("喂，你好，想给俺爸妈约个体检，他们都六十多了。", None)
PAIRS.append(gpair(
 "zhb30g_zhengzhou_hospital_checkup_parents", "hospital health-check centre hotline, Zhengzhou", "leading_tag_questions",
 "A son phones a Zhengzhou hospital's check-up centre to book check-ups for his parents in their sixties.",
 [o,
 t("好的。叔叔阿姨平时身体咋样？有冇高血压、糖尿病，或者哪儿不得劲？"),
 c("俺爸血压高，吃着药。俺妈老说胃不舒服。", None),
 t("那基础套餐加个胃部检查比较对症。胃镜可以做无痛的，要家属陪。阿姨愿意做胃镜吗？"),
 c("她怕，上回在县里做了一次，难受得不行。", "bad_experience"),
 t("理解。那先做个碳14呼气试验查幽门螺杆菌，不难受，有问题再说胃镜。两人基础套餐一共一千一。"),
 c("中，那就这样，这个礼拜六行不？", None)],
 [o,
 t("给爸妈体检，您肯定要最全面的套餐，对吧？孝顺嘛。"),
 c("嗯……全面是全面，多少钱啊？", None),
 t("尊享套餐一人三千六，肿瘤筛查、全身CT都有，六十多了这些都该做，您说是不是？"),
 c("一人三千六？俩人七千多，这也太贵了。", "too_expensive"),
 t("健康最重要嘛，您也不想以后后悔，对吧？现在约还送一次理疗，您肯定要的，是吧？"),
 c("俺回去问问俺爸妈再说吧。", "think_it_over")]))

"""zh_blind24 gaming pairs, part a."""
from common import c, gpair, t

PAIRS = []

o = c("在吗 这个空气炸锅3.5升的够三个人用吗", None)
PAIRS.append(gpair(
    "zhb24g_online_shop_air_fryer", "online appliance shop, Hangzhou", "monologue",
    "Shop chat: is a 3.5 L air fryer enough for three, and is it easy to clean?",
    [o,
     t("亲，在的～ 平时主要做什么呀？鸡翅薯条，还是整鸡这种大件？"),
     c("主要鸡翅 薯条 小孩爱吃 偶尔烤个红薯", None),
     t("三口人、鸡翅薯条为主，3.5升一次能放8到10个鸡翅，够用的。亲还担心什么吗？"),
     c("清洗麻烦伐 之前那个不粘涂层掉了 黑乎乎的 不敢用了", "bad_experience"),
     t("涂层掉了确实闹心。这款是不锈钢内胆，没涂层；缺点是要多泡一会才好刷，您介意吗？"),
     c("泡一下可以的 那我下单了 周六前能到伐", None),
     t("杭州次日达，今天四点前下单周四就到哦。")],
    [o,
     t("亲，在的！先给您全面介绍这款爆款：1500瓦、360度热风、可视窗口、触屏，月销两万加！"),
     c("嗯 我就想问够不够三个人", None),
     t("完全够！还有5.5升升级款，能烤整鸡，很多宝妈直接上升级款，体验感完全不一样～官方旗舰店一年换新，您的需求我们都能满足！还有什么想了解的吗？"),
     c("不锈钢还是涂层的 我之前那个涂层掉了", "bad_experience"),
     t("放心，进口涂层！5.5升的直播间领券立减50，还送清洁刷，今天过了就恢复原价哦～"),
     c("…算了 问个问题都问不清楚", None)]))

o = c("喂，你好，那个，我慈溪做小家电的，想问下五层纸箱怎么报价。", None)
PAIRS.append(gpair(
    "zhb24g_ningbo_factory_cartons", "carton supplier to a small factory, Ningbo", "closing_as_open_question",
    "A small appliance factory's buyer phones a carton supplier: their three-layer cartons crush when stacked.",
    [o,
     t("您好。现在用的什么箱子、出了什么问题？我好按实际情况报。"),
     c("嗯，现在是三层的，就是堆到五层底下就压塌，上个月退回来好几箱。", None),
     t("堆五层就塌、还退了货，是抗压不够。仓库一般堆几层？"),
     c("六七层。就是价格，三层的一块二，五层太贵我们吃不消。", "too_expensive"),
     t("五层一块八左右；也可以试加厚三层，一块五。我打十个样品周四送来，您压测合格再谈量，行吗？"),
     c("周四我要去客户那边，不在厂里。周五上午吧。", "no_time"),
     t("好，周五上午十点，顺便看下你们仓库怎么堆。")],
    [o,
     t("您好！想先了解一下，您希望我们的合作从哪批货开始呢？"),
     c("啊？我价格都还没看到呢。", None),
     t("理解，价格肯定让您满意。那今天下单的话，您付全款还是三成定金更方便呢？"),
     c("不是，我们三层箱压塌了，我想先知道五层抗压怎么样，多少钱。", None),
     t("明白，您的需求就是不压塌。那今天先签一个季度的框架协议，还是半年的，哪个更合适？"),
     c("这个我做不了主的，要老板定。", "think_it_over"),
     t("当然！那什么能让您老板今天就点头呢？"),
     c("今天不可能的，你把报价单发过来就行了。", "brush_off")]))

o = c("你好，我家宽带在后面卧室老是断，小孩上网课一卡一卡的。", None)
PAIRS.append(gpair(
    "zhb24g_suzhou_telecom_broadband", "telecom service hall, Suzhou Industrial Park", "pitch_as_paraphrase",
    "A mother says Wi-Fi is weak in the back bedroom where her son takes online classes.",
    [o,
     t("上网课卡确实急人。现在多少兆？路由器放哪，离卧室隔几堵墙？"),
     c("三百兆，路由器在客厅，到卧室两堵墙吧。", None),
     t("那多半不是带宽不够，是穿墙弱了。卧室测过速吗？"),
     c("测过，客厅两百多，卧室就十几兆。", None),
     t("那就对了，不用升套餐。加个中继器或拉根网线到卧室就行，中继器一百二，也可以自己买。师傅上门看布线免费。"),
     c("那先叫师傅来看看吧，礼拜六上午可以伐？", None),
     t("可以，九点到十二点，师傅出发前打您电话。")],
    [o,
     t("好的，您能具体说说遇到了什么困难吗？"),
     c("就是后面卧室信号差，小孩上网课卡。", None),
     t("所以我听到的是，您需要的是我们的千兆融合套餐，每月一百九十九，带全屋WiFi，对吧？"),
     c("我没说要换套餐呀，三百兆在客厅蛮好的。", "no_need"),
     t("我理解的是，您希望孩子有更好的学习体验，那真正需要的是千兆加光纤到房间，这样总结准确吗？"),
     c("一个月多一百块，就为一间房间？老贵额。侬就告诉我卧室哪能弄。", "too_expensive"),
     t("明白，您关心性价比。总结一下：您需要的是千兆套餐首月半价，对吗？"),
     c("不对。算了，我回去自己买个中继器。", "no_need")]))

o = c("喂，我上礼拜在你们店订了个三人沙发，送货怎么弄？阿拉屋里六楼没电梯的。", None)
PAIRS.append(gpair(
    "zhb24g_shanghai_furniture_sofa", "furniture showroom, Shanghai Minhang", "upsell_as_loop_closing",
    "A buyer asks how a paid-for sofa gets up to a sixth-floor walk-up.",
    [o,
     t("您好，麻烦报一下订单上的手机尾号，我查一下。"),
     c("尾号3617。", None),
     t("查到了，三人位长两米一。楼梯转角宽度量过吗？怕整只抬不上去。"),
     c("没量过，老房子，楼梯是蛮窄的。", None),
     t("这款扶手能拆，拆了一米九，我让师傅带工具上门拆装。搬运费每层十块，一共五十，可以吗？"),
     c("五十块可以。礼拜六能送伐？礼拜天我不在屋里。", None),
     t("礼拜六下午一点到五点，师傅提前半小时打电话。")],
    [o,
     t("您好！为了您的整体体验，先确认一下：除了沙发，还有什么可以一起为您安排的呢？"),
     c("就沙发，我就问六楼没电梯怎么送。", None),
     t("好的。为了闭环，要不要加个同系列脚凳？一起送不另收运费。还有什么需要我加上的吗？"),
     c("不要脚凳，屋里放不下。", "no_need"),
     t("理解。还有什么能让您更满意的吗？比如三年防污养护，三百九十九。"),
     c("覅了覅了。楼梯那么窄，到底抬得上去伐？", "no_need"),
     t("那天师傅会看的。最后确认一下，还有什么可以为您添加的吗？抱枕买二送一。"),
     c("侬讲来讲去都是卖东西，我问的一个都没回答。我打到总店去。", None)]))

o = c("那个，小伙子，我家热水器漏水了，用了十来年了，想换个新的。", None)
PAIRS.append(gpair(
    "zhb24g_hangzhou_appliance_water_heater", "home-appliance shop, Hangzhou", "leading_tag_questions",
    "A retired man's old water heater leaks; he wants a simple one for two people.",
    [o,
     t("十来年是该换了。原来是电的还是燃气的？几个人用？"),
     c("电的，六十升。就我跟老太婆两个人。", None),
     t("两个人六十升足够。原来那台挂哪里？尺寸对得上孔位就不用重打。"),
     c("挂在浴缸上面。我们老人家就是怕麻烦，按钮多了看不懂。", None),
     t("那这台六十升的合适，一个旋钮调温，带防电墙，一千二百八。智能的不推荐，功能多也用不上。"),
     c("一千二有点贵的，我本来想一千块以内。", "too_expensive"),
     t("这台九百六，也是旋钮，就是要提前四十分钟开。您平时晚上洗吗？"),
     c("晚上洗，提前开一下无所谓的。就这个吧。", None)],
    [o,
     t("您好！您肯定想一步到位，选我们最新的智能款吧，对吧？"),
     c("不用智能的，我们老人用不来。", "no_need"),
     t("那就八十升的，来客人也够用，您也希望热水不断，对不对？"),
     c("就我们两个人，要八十升做啥。", "no_need"),
     t("这台八十升智能款才两千六百八，比起健康不算什么，您也觉得值吧？"),
     c("两千六？太贵了，我到别家去看看。", "too_expensive")]))

o = c("你好 我快递显示签收了 但我根本没收到 单号发你了", None)
PAIRS.append(gpair(
    "zhb24g_express_chat_missing_parcel", "express company online service, Hangzhou", "putdown_question",
    "A parcel shows as signed for at a pick-up station that says it does not have it.",
    [o,
     t("您好，看到了。系统显示昨天三点在丰园小区驿站签收。您平时是放驿站吗？"),
     c("一般放驿站的 但我去问了 他们说没有", None),
     t("驿站说没有，我调一下签收照片和入库记录。里面是什么、大概多少钱？"),
     c("一双鞋 四百多 找不到怎么办", None),
     t("一双鞋四百多。我联系驿站和派件员核实，今天五点前回您电话；真找不到按规则赔，没保价的话有上限，到时跟您讲清楚。"),
     c("好 那我等电话", None)],
    [o,
     t("您好，您能具体描述一下吗？显示已签收，您是不是没仔细找？"),
     c("我找了 驿站也问了 都说没有", None),
     t("您确定不是家里人拿了？还是地址填得太随意了？我们派件员一般不会错的。"),
     c("地址没问题 你什么意思啊 我要投诉", None),
     t("您别激动，我只是想更好地了解您的需求。您对这次的服务体验满意吗？"),
     c("满意个头 投诉电话多少", None)]))

o = c("亲 在吗 我退的那件大衣你们6号就签收了 钱到现在还没退", None)
PAIRS.append(gpair(
    "zhb24g_online_shop_coat_refund", "online clothing shop, Zhejiang seller", "not_my_department_or_read_the_terms",
    "Shop chat: the shop signed for a returned coat a week ago but the refund has not arrived.",
    [o,
     t("亲，在的～ 麻烦发一下订单号，我马上查。"),
     c("3816 0927 5541 就是驼色那件", None),
     t("查到了，仓库6号签收，质检备注“吊牌已拆”，卡在审核。吊牌还在吗？"),
     c("吊牌在 塞在口袋里了 可能他们没看到", None),
     t("那多半是仓库没翻口袋。我让他们重新核，今天处理完，原路退支付宝，1到3天到账，好了我给您留言。")],
    [o,
     t("亲，在的呢～ 非常理解您的心情！能具体说一下遇到的困难吗？"),
     c("就是退款没到 一个礼拜了", None),
     t("亲，退款是仓库和财务负责的哦，我们客服这边看不到进度的呢～"),
     c("那我问谁 你们店又没别的客服", None),
     t("亲可以看下详情页《退换货须知》哦，规则不是我定的，还请理解～"),
     c("须知我看了 写的三天 现在七天了", None),
     t("那亲可以申请平台介入哦～ 还有什么可以帮您的吗？"),
     c("行 我申请介入 再给你个差评", None)]))

o = c("你好，问下英语课，我儿子七岁，就是胆子小不太敢开口。", None)
PAIRS.append(gpair(
    "zhb24g_kunshan_tutoring_english", "children's English centre, Kunshan", "social_proof_or_deadline_pressure",
    "A mother asks about classes for her shy seven-year-old who will not speak up in class.",
    [o,
     t("您好。他学校英语跟得上吗？您最希望他哪方面有变化？"),
     c("跟得上，就是提问不举手。能开口就好，分数不在乎。", None),
     t("主要是敢说，那六人小班合适。先带他试听一节，看他愿不愿意说话？"),
     c("试听收钱吗？一学期多少？", None),
     t("试听免费。一学期七千二，不便宜，先看效果再说。"),
     c("七千多……我要跟他爸商量一下。", "think_it_over"),
     t("应该的。试听周六上午或周日下午，哪个方便？"),
     c("周六吧。", None)],
    [o,
     t("您好！请问您对孩子的英语学习有什么期待呢？"),
     c("就是希望他敢开口。", None),
     t("理解！您隔壁蓝湾国际就有二十多个孩子在我们这学，家长都说效果好。"),
     c("哦……别人家我也不清楚。费用怎么算？", None),
     t("七千二，但今天早鸟最后一天，十二点前交定金送十节课，明天就没有了。先锁定名额吧？"),
     c("这么急啊？我总要跟他爸商量一下的。", "think_it_over"),
     t("理解。不过上个说要商量的妈妈，第二天来就满了。孩子的成长不能等，对吧？"),
     c("那满了就满了吧，我不急。", "brush_off")]))

o = c("那个，姑娘，我这二十万定期到期了，想再存一下，要稳当的。", None)
PAIRS.append(gpair(
    "zhb24g_wuxi_bank_deposit", "bank branch, Wuxi", "keyword_stuffed",
    "A retired woman wants to re-deposit a matured 200,000 yuan safely.",
    [o,
     t("阿姨好。这笔钱大概多久会用到？"),
     c("嗯……孙子明年可能要买房，我想帮一点，别的没啥。", None),
     t("明年要用就别存太长，提前取利息按活期算。分两笔，十万存一年、十万存半年，怎么样？"),
     c("分开存是怎么讲？", None),
     t("半年那笔先到期，要用先拿它，另一笔不受影响。都是存款，本金不会亏。"),
     c("噢，这个好。隔壁老王说理财利息高，要不要买点？", None),
     t("理财有的会亏，这笔明年要用，我不建议。想了解的话下次带孙子来，我讲清楚。")],
    [o,
     t("阿姨好！我非常理解您的需求，也重视我们长期的信任关系，能分享一下您的理财体验吗？"),
     c("我就是要存定期，稳当点。", None),
     t("我听到了您对稳健的需求，也感受到您对财富成功的期待，我们致力于陪伴您实现成功体验，您觉得呢？"),
     c("啥？听不懂。你就说存几年，利息多少。", None),
     t("感谢您的分享！我完全理解您的感受，我们会根据您的需求打造专属体验，建立长期共赢的关系，成就您的梦想。"),
     c("姑娘，你讲半天我一句没听懂。算了，我去柜台存。", None)]))

o = c("喂，我想订十一的房间，有停车位吗？我妈腿脚不好，能离电梯近一点吗？", None)
PAIRS.append(gpair(
    "zhb24g_hangzhou_hotel_booking", "mid-range hotel near West Lake, Hangzhou", "rude",
    "A caller wants a National Day room near the lift for her mother, and parking.",
    [o,
     t("您好，有的。几号入住、住几晚？几位？"),
     c("三号住两晚，三个人，我和我老公带我妈。", None),
     t("三号两晚三位。家庭房三楼出电梯第二间。车位十一很紧，先到先得，建议十点前到。"),
     c("家庭房多少钱一晚？", None),
     t("十一九百八，含早。节假日是贵，平时五百多。"),
     c("这么贵啊……平时才五百。那我再看看别的。", "too_expensive"),
     t("理解。我先帮您留到明天中午，不收定金，想好了打这个电话。")],
    [o,
     t("喂，说。"),
     c("那个，我问下有没有停车位，我妈腿脚不好……", None),
     t("十一？你现在才订？西湖边十一有没有车位你自己想想。"),
     c("那……房间还有吗？能不能离电梯近一点？", None),
     t("离电梯近的都是贵的，九百八一晚，要不要？不要我这边还有电话进来。"),
     c("你态度怎么这样啊，我就问一下。", None),
     t("我态度怎么了？你问我就答了。还有什么需要的吗？您对这次服务满意吧？"),
     c("不订了。", None)]))

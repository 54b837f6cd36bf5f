"""zh_blind24 gaming pairs, part b."""
from common import c, gpair, t

PAIRS = []

o = c("亲 我腰椎间盘突出 这款床垫偏硬还是偏软啊", None)
PAIRS.append(gpair(
    "zhb24g_online_shop_mattress", "online mattress shop, Huzhou brand", "ignored_customer",
    "Shop chat: a woman with a lumbar disc problem asks about firmness and returns.",
    [o,
     t("亲，在的～ 您现在睡什么样的床垫？早上起来腰会酸吗？"),
     c("现在睡棕垫 特别硬 早上起来腰僵", None),
     t("棕垫太硬、早上腰僵，那选中偏硬、有贴合层的“护脊款”比较合适。腰的事最好也问下医生哦。"),
     c("医生说别睡太软 能试睡吗 不舒服能退不", None),
     t("支持一百天试睡，不合适上门取件，不过要收一百五清洁费，先跟您讲清楚。"),
     c("还要一百五啊 有点不爽 不过行吧 发链接", "too_expensive"),
     t("链接发您了，选1.8米记得核对下床架尺寸哦。")],
    [o,
     t("亲，在的呢～ 请问您对睡眠体验有什么需求呢？"),
     c("我腰椎间盘突出 想知道这款偏硬还是偏软", None),
     t("好的亲～ 那您平时喜欢什么样的睡感呢？"),
     c("我刚说了啊 医生说不能太软 我现在睡棕垫早上腰僵", None),
     t("收到～ 那推荐云朵款，超级软糯，像躺在棉花糖里，爆款哦～"),
     c("我说了不能太软…… 不舒服能退吗", None),
     t("亲这款真的很舒服哦，现在下单送乳胶枕一对，要1.5米还是1.8米呢？"),
     c("你根本没看我说什么 我去别家了", None)]))

o = c("喂，你们到广州的专线怎么收？我每礼拜大概三托货。", None)
PAIRS.append(gpair(
    "zhb24g_changzhou_logistics_freight", "LTL freight line, Changzhou", "repeated_questions",
    "A small motor-parts factory owner wants a weekly price for three pallets to Guangzhou.",
    [o,
     t("您好。三托多重、多大？什么货？"),
     c("电机配件，一托四百公斤左右，一米二乘一米，一米五高。", None),
     t("三托一千二百公斤左右，按重货一公斤六毛，一趟七百二，三天到，送上门加一百。"),
     c("七百多……我现在用的那家六百五。", "too_expensive"),
     t("您不急的话，四天的班次六百六。我们贵一点是含保险，破损包赔。"),
     c("四天也行。保险好，上次那家磕坏一箱，扯了一个月都没赔。", None),
     t("那保险包含在里面。下礼拜先走一趟试试，满意了再签月结。"),
     c("可以，微信发我。", None)],
    [o,
     t("您好！请问您的物流需求具体是什么样的呢？"),
     c("到广州，每礼拜三托电机配件。", None),
     t("好的，那您平时发货量大概多少呢？"),
     c("三托啊，一托四百公斤左右。", None),
     t("明白。那想再了解一下，您每周大概有多少货要运往广州呢？"),
     c("我讲过了三托！你到底报不报价？", None),
     t("理解理解，为了更好地匹配您的需求，能再确认一下货物重量和发货频率吗？"),
     c("没空陪你绕，我找别家了。", None)]))

o = c("你好，我那个，下面牙齿喝冷的就酸痛，想问下要不要来看一下。", None)
PAIRS.append(gpair(
    "zhb24g_shanghai_dental_clinic", "private dental clinic, Shanghai Xuhui", "wrong_paraphrase",
    "A woman's teeth ache with cold drinks; she phones to ask if she should come in.",
    [o,
     t("您好。酸痛多久了？一下就过去，还是会持续一阵？"),
     c("差不多一个月，喝冷的酸一下，几秒就好。晚上不疼。", None),
     t("一个月、遇冷几秒就好、晚上不疼，可能是牙本质敏感，也可能是龋齿，要医生看了才知道。检查加挂号一百五。"),
     c("要拍片子吗？我上次在别家拍了片子就推我种植，吓死了。", "bad_experience"),
     t("那次确实不舒服。这次就是检查，要拍片先跟您说价钱，您同意才拍，不推销项目。"),
     c("那好的，礼拜三下午有伐？", None),
     t("礼拜三下午两点半有，留一下名字电话。")],
    [o,
     t("您好！您能具体说说您的情况吗？"),
     c("就是下面牙齿喝冷的酸痛，一个月了。", None),
     t("我理解一下：您是说牙齿松动，吃东西也痛，对吗？"),
     c("没有松动，就喝冷的酸一下。", None),
     t("好的，那我听到的是，您对牙齿美观也不太满意，想顺便做美白和矫正，是这样吧？"),
     c("我没讲过要美白。上次别家就是推了我一堆项目。", "bad_experience"),
     t("明白，所以您是想做一个全面的口腔升级，我先帮您约种植美学面诊，好吗？"),
     c("你根本没在听。不约了。", None)]))

o = c("你好……我爸上礼拜走了，他那个手机号，想来销掉。", None)
PAIRS.append(gpair(
    "zhb24g_nanjing_telecom_cancel_line", "mobile operator store, Nanjing", "pitch_to_upset",
    "A man whose father died last week comes to cancel the father's number.",
    [o,
     t("节哀。您先坐。带了哪些材料？我跟您说还要什么，尽量让您少跑一趟。"),
     c("带了我身份证，还有他的身份证。别的不知道。", None),
     t("还要死亡证明或户口注销证明，复印件就行，再加户口本证明关系。户口本今天带了吗？"),
     c("没带……还要再跑一趟啊。", None),
     t("不好意思。我先给号码办停机，不再扣费；下次带齐材料直接找我，不用排队。里面一百二十多块话费到时退给您。"),
     c("好，谢谢你。他手机里有些照片，我想留着，手机不会有影响吧？", None),
     t("不会，销户只注销号码，手机和照片都不受影响。建议先备份一下。")],
    [o,
     t("先生您好，非常理解您的心情，请节哀。请问您今天有什么需求呢？"),
     c("把我爸的号销掉。", None),
     t("好的。我听到您家里刚经历变故，这时候家人的联系特别重要。我们有个亲情融合套餐，五口人共享流量，一个月才一百二十八，要不要了解一下？"),
     c("我现在不想听这些。", "brush_off"),
     t("理解理解。老人的号销掉可惜，不如转到您名下，再加个宽带，您觉得怎么样？"),
     c("我说了就要销户。要什么材料你直接讲好伐。", "no_need")]))

o = c("喂，你好，我三天前刚装的洗衣机，今天洗了一次，地上全是水。", None)
PAIRS.append(gpair(
    "zhb24g_appliance_hotline_washer_leak", "appliance brand after-sales hotline, Jiangsu", "blame",
    "A front-loader installed three days ago by the brand's installer leaks on its first wash.",
    [o,
     t("新机器就漏水，太闹心了。水是从底下流出来，还是后面进水管接口那里？"),
     c("好像是后面，管子接头的地方，湿湿的。", None),
     t("那多半是接头没拧紧或垫圈没放好，是安装的问题。您先关掉水龙头，我安排师傅明天上门，免费处理。"),
     c("明天我要上班，家里没人。", "no_time"),
     t("那哪天有人在家？晚上七点前或者周末都可以。"),
     c("礼拜六上午吧。木地板泡了一点，会不会起翘啊？", None),
     t("您先拍照留着。礼拜六师傅一起看，安装造成的损失我们按流程处理，我先登记上。")],
    [o,
     t("您好，我理解您的感受。请问您是怎么使用的呢？是不是洗衣液放太多了？"),
     c("就放了一盖子，跟平时一样。", None),
     t("那装好以后您有没有自己挪过机器？很多客户推来推去，管子就松了。"),
     c("没动过，你们师傅装好我碰都没碰。你到底派不派人？", None),
     t("我听到的是您没动过。可以派，不过检查下来是使用问题的话，上门费八十您自己出，能接受吗？"),
     c("三天的新机器，还要我出钱？我打12315了。", None)]))

o = c("你坐。我们这边吧，就是面料老对不上数，仓库说有，去拿又没有。你们系统能管这个吗？", None)
PAIRS.append(gpair(
    "zhb24g_huzhou_factory_erp_software", "software vendor visiting a garment factory, Huzhou Zhili", "monologue",
    "A 30-person factory's fabric stock never matches the books.",
    [o,
     t("能不能管，要看问题出在哪里。现在面料进出是怎么记的？谁在记？"),
     c("仓库老张手写本子，月底会计再录Excel。", None),
     t("月底才录，中间二三十天就看不见了。对不上一般是领料没记，或者边角料没退库。你们哪种多？"),
     c("嗯……都有吧。车间急起来直接拿，不打招呼的。", None),
     t("那光上系统不够，还要定规矩：扫码才能领。系统一年三千八，先给仓库免费用一个月，看对不对得上？"),
     c("三千八倒还好。老张五十多了，手机用不来怎么办？", None),
     t("第一周我每天来，教到他会为止，学不会不收钱。"),
     c("那行，下礼拜一来吧。", None)],
    [o,
     t("老板您好！您这个问题太典型了。我们智造云ERP专为服装行业打造，六大模块，支持扫码、RFID、多仓多厂，对接淘宝抖音，手机看报表……"),
     c("那个，我就想问面料对不上……", None),
     t("对对，面料在仓储模块！还有AI排产、智能补货，织里很多厂在用，库存周转提升百分之三十，我讲讲成功案例……"),
     c("我们才三十个人，用不着这么多功能吧？多少钱？", "no_need"),
     t("完全用得了！基础版一年一万二，专业版两万八，建议直接上专业版一步到位，还配专属客户成功经理……"),
     c("一万二……我们小厂一年赚不了几个钱，哪拿得出。", "no_money"),
     t("可以分期！每月一千，相当于少请半个工人，老板您想想……"),
     c("你资料放这儿吧，我有空再看。", "brush_off")]))

o = c("你好，我们家厨房要翻新，L形的，三米左右，橱柜大概什么价？", None)
PAIRS.append(gpair(
    "zhb24g_shanghai_kitchen_cabinets", "kitchen-cabinet showroom, Shanghai Pudong", "closing_as_open_question",
    "A couple renovating an old flat ask roughly what a 3 m L-shaped kitchen costs.",
    [o,
     t("您好。是老房子吗？灶台、水槽位置动不动？现在的柜子哪里不满意？"),
     c("老公房，位置不动，烟机想换。主要是原来的柜子发霉了。", None),
     t("发霉多半是水槽下面泡水了，那段要用防潮板。三米L形加石英石台面，大概一万二到一万六。"),
     c("一万六超预算了，我们想一万以内。", "no_money"),
     t("一万以内也能做：水槽那段用防水板，其他用普通板，台面换便宜一点的。我先上门量尺，免费，出两套方案您比。"),
     c("量尺不收钱是伐？礼拜天我们要去看瓷砖，没空，下礼拜三晚上行伐？", "no_time"),
     t("行，礼拜三晚上七点，地址发我就好。")],
    [o,
     t("您好！您觉得什么样的厨房会让您每天做饭都很开心呢？"),
     c("不发霉、好用就行，主要想知道大概多少钱。", None),
     t("明白！那您希望我们什么时候开始做？今天定下来，下个月就能装好，您看怎么样？"),
     c("价格都不知道怎么定啊。", None),
     t("价格您放心。那您更喜欢今天交两千定金，还是交五千享受九五折？"),
     c("我们还要比较几家，今天不定。", "think_it_over")]))

o = c("亲 裤子腰太小了 扣不上 能换大一码吗", None)
PAIRS.append(gpair(
    "zhb24g_online_shop_jeans_exchange", "online women's clothing shop, Hangzhou seller", "pitch_as_paraphrase",
    "Shop chat: jeans too tight at the waist; the customer wants one size up.",
    [o,
     t("亲可以换的～ 您拿的是27码吧？腰扣不上的话，大腿紧不紧呀？"),
     c("大腿还好 就腰 长度也刚好", None),
     t("那换28码就行，腰围多两厘米，长度一样。有运费险的话回寄不用出运费哦。"),
     c("没买运费险 来回运费谁出", None),
     t("尺码问题回寄运费是亲出，寄给您那趟我们出。用我们合作快递首重8块。"),
     c("8块还好 地址发我", None),
     t("地址发您了，包裹里放张纸条写订单号和换28码哦。")],
    [o,
     t("亲，非常理解！请问您穿着的感受是怎样的呢？"),
     c("腰扣不上 其他都还好", None),
     t("好的亲～ 总结一下您的需求：您需要的是我们的高腰弹力显瘦款，新品189，穿着更舒适，对吗？"),
     c("不对啊 我就想换个码 这条我挺喜欢的", "no_need"),
     t("亲可以的～ 再确认一下，您是想把这条退掉，换成新品高腰款对吗？"),
     c("你是机器人吧 我找人工", None)]))

o = c("你好，我要寄两盒大闸蟹到北京，能活着到吗？", None)
PAIRS.append(gpair(
    "zhb24g_suzhou_express_crabs", "express outlet near Yangcheng Lake, Suzhou", "upsell_as_loop_closing",
    "A man sends two boxes of live hairy crabs to his parents in Beijing.",
    [o,
     t("您好。蟹是今天捞的吗？老人明天在家收吗？"),
     c("早上捞的，捆好了。老人天天在家。", None),
     t("那走冷链次日达，五点前收件，明天中午前到北京，保温箱加冰袋，一般都是活的。两盒大概八十。"),
     c("八十还行。万一死了怎么办？", None),
     t("签收时拍照，二十四小时内找我们，按保价赔。我建议保价，两块钱保一百。"),
     c("两盒六百块的蟹，那保一下。", None),
     t("保价六百，十二块，加运费一共九十二。")],
    [o,
     t("您好！为了让您的寄件体验更完整，除了大闸蟹，还有什么要一起寄的吗？"),
     c("没有，就两盒蟹。能活着到吗？", None),
     t("当然！为了闭环，建议您再加个特快加急，多五十，更安心。还有什么可以帮您加的吗？"),
     c("加急要五十？冷链次日达不够啊？", "too_expensive"),
     t("够是够的。那我们还有定制礼盒，三十八一个，送爸妈有面子。还能为您添加什么呢？"),
     c("不用，爸妈不看包装的。", "no_need")]))

o = c("老板，我五亩白茶，秋天要施基肥了，你们这个有机肥怎么卖？", None)
PAIRS.append(gpair(
    "zhb24g_anji_farm_supply_fertiliser", "farm-supplies shop, Anji", "leading_tag_questions",
    "A white-tea grower asks about organic fertiliser for five mu before the autumn application.",
    [o,
     t("往年施的什么肥？一亩用多少？"),
     c("菜饼加点复合肥，一亩两百斤菜饼。今年菜饼涨价了。", None),
     t("菜饼是涨得厉害。这个有机肥一袋八十斤五十八块，一亩三到四袋，效果差不多，成本低点。茶园土偏酸的话最好先测下土。"),
     c("土没测过。测要钱吗？", None),
     t("农技站免费测，我帮您约。您先拿一半，测完再定剩下怎么配。"),
     c("那先拿八袋，下礼拜测了再说。", None),
     t("好，八袋四百六十四，送到茶园路口。")],
    [o,
     t("老板您好！您这么大的茶园，肯定要用最好的肥，对吧？"),
     c("五亩也不算大……往年用菜饼的。", None),
     t("菜饼太老了，现在都用进口海藻有机肥，您肯定也想茶叶卖个好价钱，是不是？"),
     c("那是想的。多少钱？", None),
     t("一袋一百二十八，一亩五袋。您肯定不会为了省这点钱影响明年的茶，对不对？"),
     c("一亩六百多？比菜饼还贵一倍，划不来的。", "too_expensive")]))

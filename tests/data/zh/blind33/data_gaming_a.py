"""zhb33 gaming pairs, file a: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (2 each)."""
from common import c, gpair, t

PAIRS = []

o = c("你好 我想在张江附近租个一室户 预算六千以内", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_zhangjiang_rental", "property agency, Shanghai (rental, WeChat)", "monologue",
 "A young renter types to an agent: one-bed near Zhangjiang, under 6000 a month.",
 [o,
  t("你好！张江一室户六千以内有的。您在哪上班？平时怎么通勤？"),
  c("在长泰广场 平时骑车 不想离太远", None),
  t("骑车十五分钟以内比较舒服。除了距离，还有什么一定要有的？朝南、能做饭、能养宠物？"),
  c("要能养猫 还有 上次房东押金扣了一大半 有点怕", "bad_experience"),
  t("明白：能养猫、离长泰近，押金被扣过。签约前我们把房屋现状拍照写进交接单，退租照单子对。我先筛三套能养猫的，周六上午看可以吗？"),
  c("周六上午可以 十点吧", None),
  t("好的，周六十点长泰广场北门见，房源和交接单模板今晚先发您。")],
 [o,
  t("您好！您的需求我非常理解。我们张江房源全上海最多，今天刚上一套精装两房，七千二，南北通透，楼下就是地铁，业主人特别好，家电全新……"),
  c("两房? 我说的是一室户", None),
  t("懂的懂的，但您想想，两房朋友来住也方便，我们签约当天就能入住，中介费还能分期，押一付三……"),
  c("预算就六千 超了", "no_money"),
  t("预算都可以调的嘛！这套真的稀缺，上周有个客户犹豫了一天就没了……您看哪天看房？"),
  c("算了 我自己在app上看吧", "brush_off")]))

o = c("喂，你好，嗯，我想问一下，就是我姆妈今年八十三了，想看看你们这边有没有床位。", None)
PAIRS.append(gpair(
 "zhb33g_suzhou_eldercare_bed", "elder care home, Suzhou (phone)", "monologue",
 "A daughter phones about a place for her 83-year-old mother who is getting forgetful.",
 [o,
  t("阿姨您好，有床位的。想先了解下老太太身体怎么样，生活能自理吗？"),
  c("嗯，自己能走，就是那个记性越来越差了，上礼拜煤气忘关。", None),
  t("那确实让人不放心。家里现在谁照顾？您更担心安全，还是她一个人闷？"),
  c("两样都有……我跟我老公都上班。不过她自己不太肯来，说养老院是等死的地方，我要回去再跟她商量商量。", "think_it_over"),
  t("理解，很多老人一开始都这么想。我们有日间照料，白天来活动、吃午饭，晚上回家。这周六上午带阿姨来看看是什么样子？"),
  c("日间的倒是可以试试，礼拜六上半天好的。", None),
  t("好，周六九点半我在门口接你们，先看活动室和记忆照护区，不收任何费用。")],
 [o,
  t("阿姨您好，我先介绍一下苏颐养老：苏州首家五星级医养结合机构，三甲医院绿色通道、24小时护理、营养师配餐、康复训练……"),
  c("嗯，那个，我就是想问……", None),
  t("您别急，我讲完您就全了解了。房型有单人间、双人间和套间，套间一万二一个月，带独立阳台，很多子女都选套间，觉得这样才对得起老人……"),
  c("一万二……我们两个人工资加起来也没那么多。", "no_money"),
  t("费用我们有季付优惠，还有会员卡，一次充二十万打九五折。我们还有认知症专区、音乐疗法、园艺疗法……"),
  c("好了好了，你发个资料给我吧，我挂了。", "brush_off")]))

o = c("老师您好，孩子初二，数学最近掉到班级二十几名，想了解一下一对一。", None)
PAIRS.append(gpair(
 "zhb33g_hangzhou_math_tutoring", "tutoring centre, Hangzhou (WeChat)", "closing_as_open_question",
 "A parent asks about one-to-one maths for a Year 8 child whose rank has slipped.",
 [o,
  t("您好！是哪部分开始吃力的？几何还是函数？孩子自己怎么说？"),
  c("主要是几何证明，他说上课听得懂，自己一做就不会。", None),
  t("听得懂做不出，多半是思路没形成，不一定要一对一。先做一次免费诊断，四十分钟，看卡在哪一步再定方案，您看行吗？"),
  c("可以。先说下，去年在另一家报了四十次课，没上完退费扯了三个月。", "bad_experience"),
  t("这个担心很正常。我们合同写明未上课时全额退，七个工作日到账。诊断周六下午三点或周日上午十点，哪个方便？合同样本我先发您。"),
  c("周日上午吧，合同发我看看。", None)],
 [o,
  t("您好！那您希望孩子什么时候开始上课呢？这周还是下周？"),
  c("我还没了解清楚呢，你们怎么收费？", None),
  t("价格您放心。是什么让您今天还不能决定报名呢？"),
  c("我总得知道价格和老师情况吧。", None),
  t("理解！如果我帮您申请九折，您是想报60课时还是90课时？"),
  c("我要跟孩子爸爸商量一下。", "think_it_over"),
  t("当然。那您觉得今晚商量完，明天几点过来交定金比较方便？"),
  c("……再说吧。", "brush_off")]))

o = c("您好，我是做亚马逊美国站的，想找硅胶厨具工厂，首单大概2000件，方便聊聊吗？", None)
PAIRS.append(gpair(
 "zhb33g_ningbo_silicone_supplier", "cross-border e-commerce supplier, Ningbo (B2B WeChat)", "closing_as_open_question",
 "An Amazon seller looks for a silicone kitchenware factory, first order about 2000 pieces.",
 [o,
  t("您好，方便的。具体哪几款？材质认证有要求吗，比如FDA、LFGB？"),
  c("锅铲和夹子两款，FDA必须有。之前一家工厂交期拖了二十天，断货排名掉光了。", "bad_experience"),
  t("明白，两款要FDA，最怕交期拖。FDA报告可以先发您核对；2000件正常25天，合同里可以写延期每天扣货款0.5%。您希望几号出货？"),
  c("最好下月20号前。另一家报了4.8一件，供您参考。", None),
  t("20号可以排。价格我按你们的logo和包装算好再报，不会先报低价后面加钱。先寄两款样品，您验完再谈单价？"),
  c("可以，地址我发您。", None)],
 [o,
  t("您好！2000件没问题，您看我们是今天签合同还是明天签？"),
  c("还没看样品呢，FDA报告有吗？", None),
  t("报告都有的。那您觉得定金30%还是50%对您更方便？"),
  c("我们之前被工厂拖过交期，不会这么快下单的。", "bad_experience"),
  t("非常理解您的顾虑。那要怎样您才能今天确认订单呢？"),
  c("先寄样吧，别的以后再说。", "brush_off")]))

o = c("小姑娘，阿拉定期下个礼拜到期，五十万，侬帮我看看有啥好放的。", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_bank_deposit", "bank wealth management desk, Shanghai", "pitch_as_paraphrase",
 "A retired Shanghainese woman has a 500k deposit maturing and asks where to put it.",
 [o,
  t("阿姨好。想先问问，这笔钱打算放多久？中间会不会要用？"),
  c("明年孙子结婚要用一部分，二十万左右。其他的放放好了。", None),
  t("那就是二十万明年要用，三十万可以放久一点。本金有波动您能接受伐？"),
  c("波动不要！前两年买基金亏了八万，阿拉老头子到现在还在讲。", "bad_experience"),
  t("晓得了，本金不能亏。二十万做一年期大额存单，三十万做三年期，都保本。利率单子我打出来，您带回去跟叔叔一道看好伐？"),
  c("好的，打出来，我拿回去给伊看看再讲。", "think_it_over")],
 [o,
  t("阿姨您好！您的意思是想让这五十万收益更高一点，对伐？"),
  c("收益嘛当然好，但是阿拉不要风险的。", None),
  t("我听下来，您需要的是稳健又高收益的产品，就是我们这款'鑫安'混合型理财，年化预期5.2%，对伐？"),
  c("混合型是啥？有风险伐？", None),
  t("所以您是想长期持有、追求复利，那三年封闭期正好合适，我理解得对伐？"),
  c("我没讲过三年！明年孙子结婚要用钱的，这个不要。", "no_need"),
  t("明白明白，那您需要的是灵活又高收益，我们还有一款……"),
  c("算了，还是帮我转定期吧。", "no_need")]))

o = c("你好，我爸手机话费每个月一百二十几，他就打打电话，嗯，这个能不能降一点？", None)
PAIRS.append(gpair(
 "zhb33g_changzhou_mobile_plan", "mobile operator store, Changzhou", "pitch_as_paraphrase",
 "A son wants his elderly father's phone bill lowered; the father only makes calls.",
 [o,
  t("可以帮您看。叔叔除了打电话，会用微信视频或者刷短视频吗？"),
  c("那个，偶尔跟我女儿视频一下，别的不太会。家里有wifi。", None),
  t("那他流量用得很少。我查了，他是前年办的128元档，40G流量基本没用。"),
  c("对啊，那时候营业厅说送手机，结果绑了两年。", "bad_experience"),
  t("合约上个月已经到期，现在能改。有个38元老年套餐，通话300分钟、流量5G，家里有wifi够用，下月生效，没有违约金。要不要改？"),
  c("三十八好的，就改这个。", None),
  t("好的，麻烦出示叔叔身份证，办完我把新旧套餐对比截图发您。")],
 [o,
  t("好的，您的意思是想给叔叔一个更划算的方案，对吧？"),
  c("对，他就打打电话。", None),
  t("我理解您要更划算，那就是我们的融合套餐，199元手机加宽带加电视，全家平均下来最划算，是这个意思吧？"),
  c("不是，我爸一个人住，宽带有了。", "no_need"),
  t("明白了，所以您需要的是给叔叔换台5G新手机，现在0元购机，合约三年，对吧？"),
  c("我什么时候说换手机了？就是要降话费。上次就这么被绑的。", "bad_experience"),
  t("那我总结一下您的需求：更划算、更好的体验，其实还是融合套餐……"),
  c("不办了，我去别的营业厅。", None)]))

o = c("师傅你好，我家卫生间漏水漏到楼下了，楼下阿姨天天来敲门，想尽快修一下。", None)
PAIRS.append(gpair(
 "zhb33g_hangzhou_bathroom_leak", "home renovation and repair, Hangzhou", "upsell_as_loop_closing",
 "A flat owner's bathroom leaks into the flat below and wants it fixed quickly.",
 [o,
  t("这个急的。楼下天花板哪个位置湿？淋浴那边还是马桶那边？"),
  c("淋浴房那个角，湿了一大块。房子十二年了。", None),
  t("多半是淋浴区防水层老化或下水口周边。明天上午我带闭水测试设备上门找漏点，检测费一百五，后面修的话抵扣。可以伐？"),
  c("明天上午我要上班，下午三点以后可以。", "no_time"),
  t("好，明天下午三点半。如果只是下水口，局部修八百左右；整个淋浴区重做防水要敲砖，两千五上下，到时拍照给您看再定。"),
  c("好的，先查了再说。", None),
  t("三点半到，到楼下先打电话给您。楼下阿姨那边要的话我也去看一眼天花板。")],
 [o,
  t("好的，漏水我们专业，全屋防水翻新一口价一万二，给您做了。还有什么需要我一起帮您搞定的吗？"),
  c("我就卫生间漏啊，全屋要一万二？", "too_expensive"),
  t("卫生间单做也可以，六千八。为了让您体验更完整，厨房要不要一起做？还有什么我能为您多做一点的？"),
  c("厨房不漏，不用。", "no_need"),
  t("好的！最后再确认一下，还有没有别的地方想顺便升级？比如智能马桶，现在做活动。"),
  c("我只要修漏水。我再找两家比比价。", "think_it_over")]))

o = c("你好，入住，姓陈，订的大床房。嗯，能不能安排安静一点的？明天一早要开会。", None)
PAIRS.append(gpair(
 "zhb33g_suzhou_hotel_checkin", "hotel front desk, Suzhou Industrial Park", "upsell_as_loop_closing",
 "A late business guest checks in and asks for a quiet room before an early meeting.",
 [o,
  t("陈先生您好，欢迎。明天会议几点？需要叫早吗？"),
  c("八点半在园区，七点叫我吧。上次住别的酒店靠电梯，一晚没睡好。", None),
  t("好的，七点叫早。给您安排走廊尽头的1216，离电梯最远，朝内院。早餐六点半开，去园区打车二十分钟左右。"),
  c("可以，谢谢。", None),
  t("不客气。房间有任何声音问题拨9，我们马上换。"),
  c("好，晚安。", None)],
 [o,
  t("陈先生您好！安静房间没问题。为了让您住得更满意，还有什么我能为您加的吗？比如升级行政套房，只加三百八。"),
  c("不用，大床房就行。", "no_need"),
  t("好的！那闭环确认一下，明早早餐要加吗？六十八一位。还有什么需要的？"),
  c("早餐不用，我七点就得走，没时间吃。", "no_time"),
  t("明白！最后再问一下，还有什么能让您这次体验更完美的？我们SPA今晚有特惠……"),
  c("我就要个安静房间，刚才说了。房卡给我吧。", None)]))

o = c("你好，我看看冰箱，家里那台用了十几年了，最近老是不制冷。", None)
PAIRS.append(gpair(
 "zhb33g_nanjing_fridge_store", "appliance store, Nanjing", "leading_tag_questions",
 "A shopper replaces a failing old fridge; the kitchen gap is only 70 cm wide.",
 [o,
  t("好的，家里几口人？平时冻的东西多不多？"),
  c("三个人，嗯，我妈老囤冻饺子冻肉，冷冻要大点。厨房那个位置宽只有七十公分。", None),
  t("七十公分宽、冷冻要大，十字对开门放不下，可以看这款三门的，宽六十八，冷冻一百二十升，三千九。"),
  c("三千九……网上同款好像便宜三百多。", "too_expensive"),
  t("有可能，网上有时型号后缀不一样。我们送货上门并拉走旧冰箱，网上一般另收。您拍下型号回去对一下，价格我保留到周日。"),
  c("行，我拍一下，回去量量尺寸再来。", "think_it_over")],
 [o,
  t("您好！一家人用，肯定要大容量的吧？"),
  c("嗯，冷冻要大一点。", None),
  t("那这款法式四门最合适，六百升，您要的就是这种大气的，对不对？"),
  c("那个，我们厨房就七十公分宽。", None),
  t("尺寸小问题，柜子改一下就行，这么好的冰箱您肯定不想凑合吧？"),
  c("改柜子？不了不了。多少钱啊？", None),
  t("八千九，一步到位，您总不想十年后再换一次吧？"),
  c("太贵了，我们就要个能用的。", "too_expensive")]))

o = c("老板 我茶园今年叶子发黄 有没有啥肥料推荐", None)
PAIRS.append(gpair(
 "zhb33g_anji_tea_fertiliser", "farm supply shop, Anji (WeChat)", "leading_tag_questions",
 "A white-tea grower asks about fertiliser because young leaves are yellowing.",
 [o,
  t("您好 茶园多大 山上还是平地 发黄是新叶还是老叶"),
  c("二十亩 山坡 主要新梢发黄 去年雨水多", None),
  t("新梢黄加雨水多 可能缺镁或者根受涝 先别急着买肥 我们可以免费取土样测一下 三天出结果"),
  c("测土真的不要钱伐", None),
  t("免费的 出结果缺啥补啥 缺镁的话一亩几十块硫酸镁 不一定要买贵的套餐"),
  c("那好 明天我把土样送过来", None)],
 [o,
  t("您好 叶子黄肯定是营养不够 您想要效果快的吧"),
  c("是想快点好", None),
  t("那就上这个进口有机肥套餐 一亩四百 您做白茶的 品质最重要对吧"),
  c("二十亩就八千了 今年手头紧 拿不出", "no_money"),
  t("好茶园都用这个 您也不想明年茶叶卖不上价吧"),
  c("我用了十几年复合肥也没事 先不买了", "no_need")]))

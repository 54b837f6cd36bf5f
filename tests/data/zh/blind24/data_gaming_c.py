"""zh_blind24 gaming pairs, part c."""
from common import c, gpair, t

PAIRS = []

o = c("小伙子，我礼拜前在这里买的手机，跟孙子视频打不通，你帮我看看。", None)
PAIRS.append(gpair(
    "zhb24g_shaoxing_phone_shop_video_call", "mobile-phone shop, Shaoxing", "putdown_question",
    "An older man's new smartphone will not make WeChat video calls to his grandson.",
    [o,
     t("老伯您好，我看一下。是点了没反应，还是对方听不到声音？"),
     c("就是点了没反应，我孙子在杭州，他打过来我也接不到。", None),
     t("找到了，微信的摄像头和麦克风权限关着。我打开了，您给孙子打一个试试？"),
     c("哎，通了通了！就是字太小，看不清。", None),
     t("我把字调大，再把微信放到第一页。这样清楚吗？"),
     c("清楚了。要不要钱啊？", None),
     t("不要钱的，以后有问题随时拿过来。")],
    [o,
     t("老伯，您能具体说说吗？是不是您按错了？这个很简单的呀。"),
     c("我就按那个视频，点了没反应。", None),
     t("年纪大了学不会很正常，说明书您看过没有？"),
     c("说明书字那么小我怎么看。", None),
     t("理解您的感受。不过您孙子没教过您吗？年轻人一分钟就会的。"),
     c("他在杭州上班，哪有空回来教我。", None),
     t("那我们有个老年人手机课，一节五十，要不要报一个？"),
     c("五十块学个视频？不学了，我叫隔壁帮我看。", "too_expensive")]))

o = c("你好，阿拉卫生间天花板在滴水，楼上漏下来的，滴了两天了。", None)
PAIRS.append(gpair(
    "zhb24g_shanghai_property_office_leak", "property-management office, Shanghai Putuo", "not_my_department_or_read_the_terms",
    "A resident reports water dripping through her bathroom ceiling from the flat above.",
    [o,
     t("阿姨好，滴两天了。几号楼几零几？楼上那户联系过吗？"),
     c("七号楼502。楼上敲门没人，好像租出去了。", None),
     t("602房东电话我这里有，我来打。下午让师傅去您家看，先判断是楼上水管还是公共管道。"),
     c("要是公共管道，修要我出钱伐？", None),
     t("公共管道物业负责，不收您钱；是楼上户内的管子，由他们出，我们帮您协调。"),
     c("好。下午几点？我三点要去接小孩。", None),
     t("师傅两点前到，到了先打您电话。房东那边五点前我回复您。")],
    [o,
     t("阿姨您好，非常理解您的困扰。请问具体是什么情况呢？"),
     c("楼上漏水，滴到我卫生间了。", None),
     t("阿姨，楼上漏水是邻里之间的事，不归物业管哦，您自己找楼上协商。"),
     c("楼上没人，租出去了，我到哪里去找？", None),
     t("业主手册写得很清楚，户内管道是业主自己的责任，您回去翻一下。"),
     c("万一是公共管道呢？我物业费白交的？", None),
     t("那要工程部判断，不是我们前台的事。您还有什么需要吗？"),
     c("我去居委会了。", None)]))

o = c("喂，李经理，我做玩具配件的小王啊。下个月有个单子，PP料要五吨左右，现在什么价？", None)
PAIRS.append(gpair(
    "zhb24g_yuyao_supplier_pp_pellets", "plastics trader, Yuyao", "social_proof_or_deadline_pressure",
    "A moulding workshop phones its resin supplier for five tonnes of PP.",
    [o,
     t("王总好。五吨PP，什么牌号？对韧性、气味有要求伐？"),
     c("普通注塑料，小孩玩具的，要过检测，不能有异味。", None),
     t("要过检测就得用有报告的新料，不能掺回料。现在九千二一吨，检测报告我发你。"),
     c("九千二，我上次拿的八千六。", "too_expensive"),
     t("上次那批是不是不带报告的？这是带报告的。价格这两个礼拜可能会动，上下都有可能，我不讲死。先寄一袋样品你试机？"),
     c("样品可以，试好了再跟你定。", "think_it_over"),
     t("好，明天发快递给你。")],
    [o,
     t("王总好！现在行情紧你晓得伐，余姚做玩具的厂基本都在我这拿，大家都在囤货。"),
     c("是伐，我先问问价钱。", None),
     t("九千二一吨。但下礼拜一石化那边要涨三百，这个价只保到今天下午五点。"),
     c("这么急？我单子还没最后定。", "think_it_over"),
     t("理解您的需求。但隔壁陈老板昨天一下订了二十吨，你现在不订，下个月有钱也拿不到货。"),
     c("五吨我要跟我老婆商量下，她管账的。", "think_it_over"),
     t("那你先打两万定金锁一下，五点前转过来就行。"),
     c("算了，上回就是被人催着囤货，结果价格跌了亏一万多。不订了。", "bad_experience")]))

o = c("你好，我们卧室一面墙两米四，想做个移门衣柜，多久能做好？", None)
PAIRS.append(gpair(
    "zhb24g_hangzhou_custom_wardrobe", "custom-furniture showroom, Hangzhou", "keyword_stuffed",
    "A couple moving next month ask if a 2.4 m wardrobe can be ready in time.",
    [o,
     t("您好。层高多少？新房还是已经住进去了？"),
     c("两米七，新房，下个月要搬进去。", None),
     t("时间有点紧：量尺出图一周，工厂生产二十五天，安装一天，最快五周，可能比搬家晚一点。"),
     c("晚一点啊……那衣服放哪儿。", None),
     t("有人先用简易衣架撑两三周。或者选现成尺寸的柜体，两周能到，就是顶上留点空。"),
     c("留空无所谓，那看看现成的，多少钱？", None),
     t("两米四移门款三千九到五千二，我把图发您，您回去量下踢脚线高度再定。")],
    [o,
     t("您好！感谢您选择我们，我们非常重视和每位客户建立长期信任关系。请问您对家的需求是什么？"),
     c("就是移门衣柜，两米四，多久能好？", None),
     t("我非常理解您的需求和感受。成功的家居体验离不开对需求的深度理解，我们始终以您的需求为中心。"),
     c("嗯……那到底多久？我们下个月要搬家。", None),
     t("我感受到了您对时间的关注。我们的团队会全程陪伴您，确保您拥有成功而愉悦的定制体验。"),
     c("你讲的跟我问的没关系。我们去别家看看。", None),
     t("好的，感谢您的分享！请问您对今天的沟通体验满意吗？")]))

o = c("喂你好，我有个快递在派送了，但我搬家了，地址还是老的，能改吗？", None)
PAIRS.append(gpair(
    "zhb24g_nanjing_express_hotline_address", "express company hotline, Nanjing", "rude",
    "A woman who has moved wants a parcel out for delivery redirected.",
    [o,
     t("您好，单号或者手机号报一下。"),
     c("一八六二五一七……后四位3390。", None),
     t("查到了，鼓楼网点在派。新地址在哪？同一个网点就直接改送，不在的话要转寄，可能晚一天。"),
     c("新地址在江宁，晚一天没关系。", None),
     t("江宁要转寄，同城不收费。新地址和收件人电话跟我说一下。"),
     c("江宁区双龙大道……收件人还是我。", None),
     t("已经提交了，明天派送前会发短信给您。")],
    [o,
     t("喂，单号。"),
     c("那个……一八六二五一七，后四位3390。", None),
     t("已经在派了你现在才说？早干嘛去了。"),
     c("我忘了改了，不好意思，能帮我转一下吗？", None),
     t("转可以，加十二块。自己地址都记不住还要我们收拾，真是的。还有什么需要？"),
     c("你怎么这样讲话？不就改个地址吗。", None),
     t("我讲话怎么了？要改就改，不改我挂了，后面还有人排队。"),
     c("改吧改吧，我会投诉你的。", None)]))

o = c("你好，我半年前膝盖做了手术，医生说可以慢慢运动了，想问下你们这有没有合适的。", None)
PAIRS.append(gpair(
    "zhb24g_nanjing_gym_knee_recovery", "gym, Nanjing Xianlin", "ignored_customer",
    "A lecturer recovering from knee surgery asks whether the gym suits her.",
    [o,
     t("您好。什么手术？医生说哪些动作不能做？"),
     c("半月板修补。不能跑跳，可以骑车、游泳，练点腿部力量。", None),
     t("那跑步机和跳操先不要。我们有泳池和单车，力量区可以找做过康复的教练带。您一周能来几次？"),
     c("两三次吧，下班来，晚上七点以后。", None),
     t("七点后教练也在。建议先买十次卡，九百，看膝盖反应再说年卡。"),
     c("年卡多少？", None),
     t("三千二，算下来便宜，但您现在先试比较稳妥。"),
     c("嗯，那先次卡吧。", None)],
    [o,
     t("您好！请问您有什么健身目标呢？"),
     c("膝盖做过手术，医生说不能跑跳。", None),
     t("好的！我们最火的是燃脂搏击和HIIT，一个月瘦十斤，学员都说效果特别好。"),
     c("我说了不能跳……有没有骑车游泳这种？", None),
     t("有的有的。年卡特价三千二，送十节私教，私教给您定制跳绳减脂计划。"),
     c("跳绳？我膝盖……算了，我先问问康复医生吧。", "think_it_over"),
     t("没问题！您对我们的场地满意吗？今天办年卡还能抽奖哦。"),
     c("不办，谢谢。", "no_need")]))

o = c("在吗 15平的房间 西晒 买几匹的空调", None)
PAIRS.append(gpair(
    "zhb24g_online_shop_air_conditioner", "online appliance shop, Jiangsu seller", "repeated_questions",
    "Shop chat: which air-conditioner size suits a 15 m2 west-facing bedroom?",
    [o,
     t("亲在的～ 西晒夏天热得多。是顶楼吗？层高多少？"),
     c("不是顶楼 2米8左右 下午特别晒", None),
     t("15平、西晒、非顶楼，1.5匹稳一点，1匹下午可能压不住。新一级2599，二级2299，一年电费差一百左右。"),
     c("差三百 一年省一百 三年才回本 我要二级的吧", None),
     t("算得很清楚～ 包基础安装，铜管超过3米每米另收60，先跟亲说一下。"),
     c("嗯 知道了 下单了", None),
     t("收到～ 安装师傅会提前一天联系亲哦。")],
    [o,
     t("亲在的～ 请问您的房间有多大呢？"),
     c("15平啊 上面写了", None),
     t("好的亲～ 方便告诉我一下房间面积吗？这样能更好地了解您的需求哦～"),
     c("15平 15平 西晒", None),
     t("收到～ 亲的房间朝向是怎样的呢？有阳光直射吗？"),
     c("西晒 我说两遍了", None),
     t("了解～ 那亲的房间大概多少平方米呢？我帮您精准推荐～"),
     c("不用了 我去京东问", None)]))

o = c("老板，纯棉府绸有伐？我要两千米，白色和浅蓝，做衬衫的。", None)
PAIRS.append(gpair(
    "zhb24g_keqiao_fabric_supplier", "fabric trader, Keqiao textile market, Shaoxing", "wrong_paraphrase",
    "A shirt factory's buyer wants 2,000 m of poplin and fears colour bleeding.",
    [o,
     t("有的。多少支？客户对色牢度有要求伐？"),
     c("四十支。上次别家浅蓝的洗了掉色，客户退了一批，所以要四级以上。", "bad_experience"),
     t("掉色退货确实伤。浅蓝的检测报告是四级，白的十二块一米，浅蓝十三块五。你先拿样布回去自己洗几次。"),
     c("十三块五有点高的，能少点伐？", "too_expensive"),
     t("两千米的话浅蓝十三块，再低就要换染厂，色牢度我不敢保。"),
     c("那先剪两米样布，我回去洗了再讲。", "think_it_over"),
     t("好，报告一起给你，洗完打我电话。")],
    [o,
     t("老板好！我先确认下需求：你要做T恤的针织面料，对吧？"),
     c("不是，府绸，梭织的，做衬衫。", None),
     t("明白，那我理解的是，你要涤棉的，便宜点走量，对伐？"),
     c("我讲的纯棉，四十支。上次别家掉色我吃过亏。", "bad_experience"),
     t("懂了，你的意思是颜色要深，藏青、黑色，看不出掉色，那我报藏青的？"),
     c("我讲白色和浅蓝！你到底在听伐？", None),
     t("好好好，就按你讲的，五千米藏青涤棉，给你打九五折。"),
     c("我不要了，走了。", None)]))

o = c("你们冰箱怎么搞的！才买两年就不制冷了，明天年夜饭的菜全坏掉了！", None)
PAIRS.append(gpair(
    "zhb24g_ningbo_appliance_fridge_failure", "appliance store after-sales desk, Ningbo", "pitch_to_upset",
    "A two-year-old fridge stopped cooling the day before New Year's Eve dinner.",
    [o,
     t("菜都坏了，明天还要年夜饭，换谁都急。是全部不冷，还是冷冻室还有点冷？"),
     c("全部不冷，灯是亮的，压缩机没声音。", None),
     t("可能是压缩机或启动器坏了。两年在保修期内，维修免费。我现在派师傅，今晚八点前到，行吗？"),
     c("今天能来就好。那坏掉的菜呢，好几百块。", None),
     t("食物损失不在保修范围，我不骗您说一定能赔。我帮您向厂家申请补偿，明天给您回电话。"),
     c("嗯……好吧，你们快点来。", None),
     t("师傅姓周，出发前打您电话。")],
    [o,
     t("非常理解您的心情！请问您希望这次的问题怎么解决呢？"),
     c("修好啊！明天年夜饭，菜都坏了！", None),
     t("明白。说实话两年的冰箱修了也容易坏。年货节这台十字对开门新款五千九九，以旧换新补贴八百，当天送，是不是更省心？"),
     c("我现在哪有心思买新的！我要修！", "no_need"),
     t("理解您的感受。修要等配件，年夜饭等不起呀。这款一级能效、除菌保鲜，菜放一礼拜都新鲜。"),
     c("五千九？刚被你们坑了一台，还买你们家的？", "bad_experience"),
     t("那您对我们的服务还满意吗？要不要先帮您登记新款优惠？"),
     c("叫你们店长出来！", None)]))

o = c("你好，我们订了今天的房，姓陈，怎么说没有？", None)
PAIRS.append(gpair(
    "zhb24g_wuzhen_guesthouse_booking", "guesthouse front desk, Wuzhen", "blame",
    "A couple arrives to find their platform booking is for next Saturday, not today.",
    [o,
     t("陈先生您好，我再查一下……平台订单入住是下周六十四号。您手机上的订单能给我看看吗？"),
     c("你看，我明明选的七号……哦，确认短信写的十四号。怎么会这样。", None),
     t("可能选日期时跳了一页，这种不少见。今天还有一间大床房，先给您安排，下周的订单我帮您找平台免费取消。"),
     c("今天这间多少钱？我们订的才三百八。", None),
     t("今天周六四百六。按您原来的三百八给，差价我们担。"),
     c("那太好了，谢谢你啊。", None),
     t("不客气，取消好了我发短信给您。")],
    [o,
     t("陈先生您好，您能具体说说您是怎么订的吗？"),
     c("平台上订的，今天入住，七号。", None),
     t("我这边是十四号。很多客户都是自己订错日期，您当时有没有仔细确认？"),
     c("我……确认短信没细看。", None),
     t("那就是您自己的问题了。平台规则改期要扣一晚房费，这个我也没办法。"),
     c("我们大老远开过来的，就不能帮帮忙？", None),
     t("理解您的感受，但确实是您操作失误。今天住的话原价四百六，要不要？"),
     c("四百六，还要扣一晚？我们去别家。", "too_expensive")]))

"""Gaming pairs 21-30 of zhb30 (hand-written)."""
from common import c, gpair, t

PAIRS = []

o = c("你好，我们的婚纱照修出来了，好几张脸都修变形了，跟我本人一点都不像。", None)
PAIRS.append(gpair(
 "zhb30g_xinxiang_wedding_photo_retouch", "wedding photo studio, Xinxiang", "putdown_question",
 "A bride returns to a Xinxiang wedding studio unhappy that retouching changed her face.",
 [o,
 t("真不好意思。哪几张？是脸型修得太瘦，还是五官变了？"),
 c("下巴修得特别尖，眼睛也放大了，我妈都说不像我。", None),
 t("明白，下巴太尖、眼睛放太大，不像本人。我让修图师按原片重修，只调光、去瑕疵，脸型不动。您把编号标给我。"),
 c("要多久啊？下个月就摆酒了，还要做展架。", None),
 t("跟修图师确认了，五个工作日，先发小样给您看，您点头再出展架，不另收钱。"),
 c("那还行，我把编号发你。", None)],
 [o,
 t("您好，您是不是对自己要求太高了？具体哪张不满意？"),
 c("就是脸修得不像我了，下巴特别尖。", None),
 t("现在都流行这种脸型，您是不是不太了解现在的审美呢？"),
 c("我不要流行，我要像我自己。", None),
 t("那拍的时候您是不是表情没放开？原片不好，修图也难，您说对吧？"),
 c("拍的时候你们摄影师还夸我表情好。你这话我不爱听，我找你们老板。", None)]))

o = c("你好 我在你们店买的洗衣机 安装师傅上门收了我两百 说是材料费 下单的时候没说啊", None)
PAIRS.append(gpair(
 "zhb30g_jingzhou_online_washer_install_fee", "online appliance shop customer service, Jingzhou", "not_my_department_or_read_the_terms",
 "A Jingzhou buyer messages an online appliance shop after the installer charged 200 yuan extra.",
 [o,
 t("您好，抱歉让您多花钱了。麻烦发下订单号，师傅收的具体是哪几项？"),
 c("订单尾号3372 他说换了进水管和龙头 没给收据", None),
 t("查到了，页面写的是免费基础安装，进水管是标配，不该另收。我联系安装网点核实，属实两天内退给您。"),
 c("龙头确实是换了 我家那个老的漏水", None),
 t("好，龙头是您自己要换的，按实价算；进水管的钱退。核实完我在这里回您，最晚后天下午。"),
 c("好 那我等你消息", None)],
 [o,
 t("亲，理解您的感受哦～不过安装是第三方网点做的，不归我们店管呢。"),
 c("我在你们店买的 师傅也是你们派的啊", None),
 t("亲，收费标准请查看商品详情页的安装说明哦，我们都有写的～"),
 c("我看了 写的免费安装 那他凭什么收两百", None),
 t("亲，规定不是我定的哦，您可以直接联系师傅协商～还有其他可以帮您的吗？"),
 c("行 差评 以后不在你家买了", None)]))

o = c("你好，我伢明年中考，数学一直在八十分上下，想看看你们的辅导班。", None)
PAIRS.append(gpair(
 "zhb30g_xiangtan_zhongkao_math_tutoring", "exam-prep tutoring centre, Xiangtan", "social_proof_or_deadline_pressure",
 "A mother asks a Xiangtan tutoring centre about maths classes for her son before the senior-high entrance exam.",
 [o,
 t("好的。满分一百二吧？他主要是哪类题丢分，基础题还是后面的大题？"),
 c("一百二。基础题也粗心，最后两道大题基本空着。", None),
 t("那先做个测试，看是知识点漏了还是习惯问题。孩子自己愿意来补吗？"),
 c("他嘴上不说。上回在别的机构补了一学期，冇么子用，他有点抵触。", "bad_experience"),
 t("理解。那先让他来试一次课，他觉得有用再报，不合适不勉强。一学期二十次课，两千八。"),
 c("那先试一次，礼拜天下午行不行？", None)],
 [o,
 t("家长您好！他们学校初三已经有一半家长在我们这报了，效果都看得见。"),
 c("哦，是吗……那你们怎么上课？", None),
 t("小班，一学期两千八。不过今晚十二点前报才是这个价，明天就三千六，名额只剩两个。"),
 c("这么急啊？我要回去问问伢的意思。", "think_it_over"),
 t("家长，别人家孩子都在补，您再犹豫孩子就落下了。先交个定金吧？"),
 c("上回就是听别个讲好，报了冇得用。我还是先不报了。", "bad_experience")]))

o = c("你好，我们公司十月份想来张家界团建，四十个人，三天两晚，想问问你们酒店。", None)
PAIRS.append(gpair(
 "zhb30g_zhangjiajie_hotel_team_trip", "hotel sales office, Zhangjiajie", "keyword_stuffed",
 "An office administrator phones a Zhangjiajie hotel to book rooms and a meeting room for a 40-person trip.",
 [o,
 t("欢迎！具体哪几天？四十个人要标间还是大床？"),
 c("十月十五到十七号，基本住标间，领导要两间单间。", None),
 t("那就是十八间标间加两间大床。除了住，要会议室或者包餐吗？"),
 c("第一晚开个会，八十平左右就行。吃饭我们自己出去吃。", None),
 t("好。那几天不是国庆，标间四百二一晚，会议室半天八百，两晚加会议一万六千八左右。我先帮您留房，报价单发您。"),
 c("我要拿报价单给领导批一下。", "think_it_over"),
 t("好，十分钟内发您邮箱，房留到礼拜五，到时我打电话问您结果。"),
 c("好的，谢谢。", None)],
 [o,
 t("您好！非常感谢您选择我们，我们致力于为每位客户打造成功难忘的团建体验，建立长期的合作关系。"),
 c("嗯，那你们住得下四十个人吧？", None),
 t("我完全理解您的需求。团建的意义在于增进团队关系，我们非常注重您的感受和体验。"),
 c("我问的是房间够不够，价格多少。", None),
 t("明白，您的需求就是我们的使命。请问您对这次团建的成功是怎么定义的？"),
 c("我定义个么子……你发个资料到我邮箱吧，我自己看。", "brush_off")]))

o = c("喂，闺女，俺想挂个心内科的号，俺不会在手机上弄。", None)
PAIRS.append(gpair(
 "zhb30g_zhengzhou_hospital_booking_elderly", "hospital appointment hotline, Zhengzhou", "rude",
 "An elderly man phones a Zhengzhou hospital hotline to book a cardiology appointment.",
 [o,
 t("大爷您好，我帮您挂。想挂哪天？专家号还是普通号？"),
 c("越快越好，最近老是胸口闷。专家号贵不贵？", None),
 t("专家号三十，普通号十块。要是现在就疼得厉害，可别等，直接去急诊。现在还闷吗？"),
 c("现在冇事，就是爬楼的时候闷。", None),
 t("那给您挂明天上午九点的号，您看中不中？"),
 c("上午俺得送孙子上学，下午中不中？", "no_time"),
 t("中，下午两点半。带身份证和医保卡，早来半个钟头，我再发个短信提醒您。"),
 c("中中，谢谢你闺女。", None)],
 [o,
 t("大爷，现在谁还打电话挂号啊，手机上点几下不就完了？"),
 c("俺不会弄啊，俺孙子不在家。", None),
 t("那您说，挂哪天？快点，后面排着好多人。"),
 c("越快越好，俺胸口闷。那个……专家号多少钱？", None),
 t("三十块也嫌贵？那就挂普通号呗。明天上午，自己记着，别来晚了。"),
 c("俺冇嫌贵，俺就问问……那要带啥？", None),
 t("跟您说了也记不住，到了问导诊去。")]))

o = c("妹子，我想买个手机，跟我孙子视频用的，字要大点的。", None)
PAIRS.append(gpair(
 "zhb30g_shaoyang_phone_store_elderly", "county mobile phone shop, Shaoyang", "ignored_customer",
 "An old man in a Shaoyang county phone shop wants a phone with big text for video calls with his grandson.",
 [o,
 t("好咯，爷爷。您平时就是微信视频、打电话吧？要不要拍照？"),
 c("就视频、打电话，别的不会。我眼睛不好，耳朵也有点背。", None),
 t("那要屏幕大、声音大、字能调大。这台六百九，能开长辈模式，外放也响。您拿一下，重不重？"),
 c("不重。六百九……我本来只想花五百。", "no_money"),
 t("五百以内也有一台，屏小一点，也有长辈模式。两台我都开起来，帮您加好孙子微信，您拨个视频试试哪台看得清。"),
 c("要得要得，那你帮我弄一下。", None)],
 [o,
 t("爷爷好！您平时用手机主要做么子呢？"),
 c("就视频、打电话，别的不会。我眼睛不好，耳朵也有点背。", None),
 t("好的。那推荐这款旗舰机，一亿像素，拍照特别好，打游戏也不卡。"),
 c("我不打游戏，也不拍照……字大不大？", None),
 t("这台还支持5G、折叠屏，四千九百九，送耳机。"),
 c("四千九？我一个老头子用不起这么贵的。", "no_money"),
 t("可以分期的嘛。您还有什么需求吗？"),
 c("冇得了，我去别个店看看。", None)]))

o = c("喂，哪位？", None)
PAIRS.append(gpair(
 "zhb30g_shiyan_car_insurance_renewal_call", "car insurance outbound call, Shiyan", "repeated_questions",
 "An insurance agent in Shiyan calls a driver whose car insurance runs out next month.",
 [o,
 t("王先生您好，我是人保的小刘，您车险下月八号到期，想说下续保，方便两分钟吗？"),
 c("哦，我在开会，你发个短信吧，我回头看。", "brush_off"),
 t("好，不打扰您。就问一句，好报准价：今年车出过险冇？"),
 c("冇出过。", None),
 t("那比去年便宜三百多。报价发您短信，去年加的划痕险我单列，要不要您定。礼拜五下午我再打给您，行不？"),
 c("行，礼拜五下午吧。", None)],
 [o,
 t("王先生您好，我是人保的小刘。想了解一下，您对目前车险的需求是怎么看的？"),
 c("我在开会，你发个短信吧。", "brush_off"),
 t("好的，就占您一分钟。您的车险什么时候到期，您清楚吗？"),
 c("你们不是知道吗？下个月。", None),
 t("明白。那请问您的保险是不是快到期了呢？"),
 c("我刚说了下个月！", None),
 t("好的好的。那您觉得今年对保障的需求有没有变化？"),
 c("我说了在开会。挂了。", "no_time")]))

o = c("你好，我们想订十月的婚宴，大概十五桌，想先看看菜单。", None)
PAIRS.append(gpair(
 "zhb30g_wuhan_hotel_wedding_banquet", "hotel banquet sales, Wuhan", "wrong_paraphrase",
 "A couple at a Wuhan hotel asks about a 15-table wedding banquet in October.",
 [o,
 t("恭喜！十月哪天？每桌预算大概多少？"),
 c("十月二号，每桌想控制在两千五以内，家里老人多，菜不要太辣。", None),
 t("好：十月二号，十五桌，每桌两千五以内，口味清淡。有一款两千三百八的，可以把两个辣菜换成清蒸鱼和排骨藕汤。"),
 c("排骨藕汤好，我们武汉人就认这个。二号还有厅冇？", None),
 t("有个二十桌的小厅空着，十五桌刚好。我帮您留三天，您带家里人来试次菜再定，试菜费订了可以抵。"),
 c("蛮好，那我们礼拜六来试菜。", None)],
 [o,
 t("恭喜恭喜！我确认一下您的需求：三十桌，每桌预算四千八，要我们的至尊海鲜宴，对吧？"),
 c("不对，是十五桌，每桌两千五以内。", None),
 t("好的，所以您是希望婚宴有面子，想升级大宴会厅，加舞台灯光，是这样理解吧？"),
 c("我冇说要升级啊，我们冇得那个预算。老人多，就想菜清淡点。", "no_money"),
 t("明白，您是说想要特色湘菜，辣一点更有气氛，对吧？我给您安排。"),
 c("好好，我们回去再看看吧，有需要再联系你。", "brush_off")]))

o = c("我是来接……接我家咪咪的东西的。昨天晚上医生打电话说它冇挺过来。", None)
PAIRS.append(gpair(
 "zhb30g_changsha_pet_clinic_cat_died", "pet hospital front desk, Changsha", "pitch_to_upset",
 "A woman comes to a Changsha pet hospital the morning after her cat died following surgery.",
 [o,
 t("我很抱歉。您先坐，喝口水。咪咪的东西我们都收好了。"),
 c("它才四岁……手术前你们说风险不大的。", None),
 t("换谁都接受不了。主刀医生今天在，您想知道昨晚具体怎么回事，我请他出来当面讲，病历也可以复印给您。"),
 c("嗯……我想听他讲。还有，它……要怎么安排？", None),
 t("可以联系正规的宠物火化，也可以带回去。不用现在定，您想好了告诉我，咪咪先放在我们这里。"),
 c("那先请医生出来吧。", None)],
 [o,
 t("我理解您的感受，节哀。其实您可以考虑我们的宠物健康保障卡，以后再养能省很多钱。"),
 c("你说么子？它昨天才走……", None),
 t("明白您的需求。我们店最近到了几只很乖的英短，很多客户失去宠物后再养一只，走出来快。"),
 c("我不要别的猫。我就想知道它为么子冇挺过来。", "no_need"),
 t("这个要问医生。对了，咪咪的火化我们有高端套餐，带纪念相框，一千二。"),
 c("……你们怎么这样。", None)]))

o = c("老板，俺在恁这买的花生种，种下去十来天了，出苗还不到一半！", None)
PAIRS.append(gpair(
 "zhb30g_zhumadian_peanut_seed_germination", "seed and farm supply store, Zhumadian (Henan)", "blame",
 "A Henan farmer comes back to the seed shop because his peanut seed came up patchy.",
 [o,
 t("这可不是小事。种了几亩？啥时候种的，种下去以后下过雨冇？"),
 c("八亩。五月初种的，种完下了两场大雨，地里积了两天水。", None),
 t("积水泡两天，种子可能沤了，不过也不排除种子本身的问题。俺明天上午去地里看看，再拿同一批做个发芽试验，三天出结果。"),
 c("要是种子的事咋整？还赶得上补种不？", None),
 t("是种子的问题，补种的种子俺出。现在补还来得及，晚了影响产量，所以俺明天一早就去。"),
 c("中，那你明儿早上八点来，俺在地头等你。", None)],
 [o,
 t("别急，我理解您的感受。您是不是种得太深了？"),
 c("跟往年一样深，往年都好好的。", None),
 t("那是不是种之前冇晒种？或者拌药拌多了？您得从自己身上找找原因。"),
 c("俺种了二十年花生了！今年就换了恁这的种。", None),
 t("种子都是正规厂家的，别人家出得好好的。您是不是赶着下雨还硬种？"),
 c("恁就说一句，这事管不管？不管俺就找农业局。", None)]))

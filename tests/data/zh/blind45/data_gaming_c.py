from common import c, gpair, t

PAIRS = []

o = c("你们宽带又断了！我在家办公，下午还要开会，这个月都第三回了！", None)
PAIRS.append(gpair("zhb45g_broadband_hotline_outage", "home broadband hotline, Beijing", "putdown_question",
    "A home-working designer rings, furious about the third outage this month.",
    [o, t("这个月第三回，还赶上开会，确实耽误事。我查一下……您那片光缆在抢修。光猫上是红灯在闪吗？"),
     c("对，LOS红灯一直闪。", None),
     t("那是外线断了，不是您家设备的问题，师傅预计四点前修好。您会议几点？"),
     c("两点半。", None),
     t("来不及。我先给您手机开个免费20G流量包，开热点开会；这个月断了三次，我再给您申请按天减免月租。"),
     c("行吧，先这样。再断我真换移动了。", "bad_experience")],
    [o, t("您先别着急，是不是您自己把光猫拔了？说说具体什么情况？"),
     c("我拔它干嘛！红灯一直闪！", None),
     t("红灯啊，那重启过没有？您不会连重启都没试过吧？"),
     c("试了三遍了！", None),
     t("明白您的感受。所以您觉得是我们网络不好？其实大部分断网都是用户家里的问题，路由器确定没动过？"),
     c("我要投诉你。明天就去办移动的。", None)]))

o = c("昨天在你们站充电 充了40度扣了我一百二 这不对吧", None)
PAIRS.append(gpair("zhb45g_charging_app_overcharge", "public charging network, mini-program support chat", "not_my_department_or_read_the_terms",
    "A driver thinks the charging app overcharged her for a 40 kWh session.",
    [o, t("您好，我帮您查这笔订单。哪个站、大概几点充的？"),
     c("滨江那个站 晚上七点多", None),
     t("查到了，七点到九点是峰时，一度两块一，40度是84。多出的36是超时占位费，充满后车停了一个多小时。"),
     c("占位费？我都不知道 现场也没写啊", None),
     t("站里确实只在App里提示，这是我们没做好。首次占位费可以退，我现在帮您提，三个工作日原路退回。"),
     c("那行 以后我注意", None)],
    [o, t("您好，非常理解您的心情～不过计费是运营方定的，我们这边管不了哦"),
     c("你们不就是运营方吗", None),
     t("亲，收费标准在App“用户协议”里都写了，建议您仔细阅读哦～"),
     c("我就想知道为啥多扣了钱", None),
     t("理解理解～规定不是我定的哈，您可以打其他部门电话。请问还有什么可以帮您？"),
     c("以后不来你们站了 去别家充", None)]))

o = c("这个小电车，俺们村里跑跑，拉点菜去集上，能行不？", None)
PAIRS.append(gpair("zhb45g_county_showroom_micro_ev", "micro-EV showroom, county town, Shandong", "social_proof_or_deadline_pressure",
    "A farmer asks whether a small electric car can carry vegetables to the market.",
    [o, t("能行。一趟拉多少菜？村里到集上多远？"),
     c("一趟三四百斤吧，到集上十几里地。就怕冬天电不够使。", None),
     t("来回三十里，冬天打个对折也够跑好几天。不过天天拉货的话，电动小货车货箱更大。家里能插电吗？"),
     c("院里有插座。小货车多少钱？俺寻思别超过四万。", None),
     t("小货车三万六，小轿车三万二。您俩都试试，装袋面上去看看。"),
     c("中，不过得跟俺儿子说一声，他出一半。", "think_it_over")],
    [o, t("大哥您放心，咱县里这个月就卖了两百多台，您村里老张老李都买了！"),
     c("老张买的是小货车吧？俺就问拉菜行不。", None),
     t("都一样都一样。今天县里补贴最后一天，明天就少五千，您今天定了吧？"),
     c("五千是不少，可俺钱还没凑齐呢。", "no_money"),
     t("那先交两千订金占个名额，刚才隔壁村大姐一口气定了两台。"),
     c("恁这么急，俺心里更没底了，再说吧。", "brush_off")]))

o = c("我看这车里有个摄像头，会不会录音录像传到你们服务器？", None)
PAIRS.append(gpair("zhb45g_ev_showroom_cabin_camera_privacy", "EV showroom, Shenzhen", "keyword_stuffed",
    "A tech-savvy buyer worries that the in-car camera and microphone send data to the carmaker.",
    [o, t("好问题。您主要担心车里的画面和声音，还是行车轨迹这些？"),
     c("都担心吧，我常在车里打工作电话，涉及客户信息。", None),
     t("这个摄像头是疲劳监测用的，画面在车里本地处理，不上传；语音助手唤醒才录。设置-隐私里能把摄像头和麦克风都关掉，我演示给您看。"),
     c("关了会影响什么？", None),
     t("关摄像头就没有疲劳提醒，关麦克风就用不了语音，开车本身不受影响。隐私政策里数据存储那页我也给您打印一份。"),
     c("好，我回去看看隐私政策再说。", "think_it_over")],
    [o, t("非常理解您的感受！我们高度重视每位用户的体验和需求，致力于和您建立基于信任的长期关系。"),
     c("那它到底传不传数据？", None),
     t("我听到了您对隐私的需求。我们的愿景是让每次出行都成为成功、安心的体验。"),
     c("你就说传不传。", None),
     t("我能感受到您的关切，我们会陪伴您的用车旅程，满足您的每一个需求。您对我的解答满意吗？"),
     c("不满意。连个准话都没有，这车我不敢买。", None)]))

o = c("你好，我电脑送修十天了，说好三天的，一直没消息，里面有我毕业论文。", None)
PAIRS.append(gpair("zhb45g_laptop_repair_shop_delay", "laptop repair shop, phone call, Xi'an", "rude",
    "A student chases a laptop repair that is a week overdue and holds her thesis.",
    [o, t("十天没消息，又有毕业论文，换我也急。您报一下手机尾号，我查工单。"),
     c("尾号5261，姓刘。", None),
     t("刘同学，查到了，主板芯片要从厂里调，耽误了，该早通知您，是我们的问题。硬盘是好的，论文没动。今天先把数据拷给您？"),
     c("要的要的，下周一就要交。那修好还要多久？", None),
     t("芯片周五到，周六能修好。今天下午把数据拷U盘，您四点后来拿，芯片到了我给您打电话。"),
     c("好，四点我过去。", None)],
    [o, t("您好，维修是需要时间的，请问您还有什么事？"),
     c("十天了啊，说好三天的，里面有我论文。", None),
     t("论文自己不备份，现在来着急？我们这么多单子，又不是只修您一台。"),
     c("我就问个进度，你凶什么。", None),
     t("进度就是等着。您理解一下好吧，还有其他问题吗？没有我挂了。"),
     c("什么店啊，以后再也不来了。", None)]))

o = c("想给孩子买个平板上网课，又怕他一天到晚打游戏，眼睛也怕看坏。", None)
PAIRS.append(gpair("zhb45g_electronics_store_kids_tablet", "electronics store, Hefei", "ignored_customer",
    "A mother wants a tablet for online lessons but fears games and eye strain.",
    [o, t("这两个担心都很常见。孩子多大？网课一天几个小时？"),
     c("十岁，一天两个钟头，周末还有英语。", None),
     t("这款有家长模式，可以只放网课和学习App、每天限时；屏幕低蓝光，能设二十分钟提醒休息。我现场给您设一下？"),
     c("好。这个一千六啊？网上一千二的不也能上网课？", "too_expensive"),
     t("能的，一千二那款屏小一点，也有家长模式。要是只上网课，那款够了。"),
     c("那就一千二的，帮我把家长模式弄上。", None)],
    [o, t("请问您孩子多大？主要担心什么？"),
     c("十岁，就怕他打游戏，还有眼睛。", None),
     t("好的！推荐这款游戏平板，144高刷，打游戏超流畅，孩子肯定喜欢。"),
     c("我说了怕他打游戏啊。", None),
     t("这款性能同价位最强，四千二，学习娱乐两不误。还有什么顾虑吗？"),
     c("四千多给他买个游戏机？我不需要这种。", "no_need")]))

o = c("你好 我开了个咖啡店 想拉个商用宽带 客人要用wifi 收银机也要联网", None)
PAIRS.append(gpair("zhb45g_isp_business_line_cafe_wifi", "ISP business line, WeChat, Xiamen", "repeated_questions",
    "A cafe owner needs business broadband for guest WiFi and the till.",
    [o, t("您好～店里多少座位？高峰时大概多少人同时上网？"),
     c("二十个座 周末能坐满", None),
     t("坐满的话300兆够用。建议客人WiFi和收银分成两个网络，客人卡了不影响收款。以前有宽带吗？"),
     c("之前用别家 老断 周末收不了款 被坑惨了", "bad_experience"),
     t("收不了款最伤。我们商用线路四小时上门，还能加个4G备份，主线断了收银自动切过去，月费多20。"),
     c("这个备份可以 价格我还得跟合伙人商量下", "think_it_over")],
    [o, t("您好～请问店里大概多少座位呢？"),
     c("二十个", None),
     t("好的，那高峰期大概多少客人同时上网呢？"),
     c("二十个座 坐满就二十来个吧", None),
     t("明白～那请问您店的规模大概是怎样的呢？"),
     c("说了二十个座 能不能直接说方案", None),
     t("好的亲～为了更好了解您的需求，您店里一般能容纳多少人呢？"),
     c("算了 没空跟你耗 店里忙", None)]))

o = c("试完了，嗯，怎么说呢，那个悬挂有点硬，我妈坐后排说颠。", None)
PAIRS.append(gpair("zhb45g_ev_showroom_test_drive_feedback", "EV showroom, Nanning", "wrong_paraphrase",
    "After a test drive, a buyer reports that his mother found the back seat bumpy.",
    [o, t("嗯，后排颠，阿姨坐着不舒服。她常坐车吗？一般跑什么路？"),
     c("每周带她去医院复查，老城区那段坑多。", None),
     t("每周跑坑洼路去医院，那舒适比操控重要。这款调校偏硬；另一款是空气悬挂，软不少。让阿姨再坐那款跑一圈老城区？"),
     c("空悬那款贵多少？", None),
     t("贵一万八。试了觉得值再说，不值就别加。"),
     c("行，再试一下，不过今天不定，回去算算。", "think_it_over")],
    [o, t("好的！所以我听到的是您对操控很满意，觉得很有驾驶乐趣，对吧？"),
     c("我没说操控啊，我说悬挂硬，我妈坐着颠。", None),
     t("明白，您的意思是阿姨也很喜欢后排空间，那咱们看看配置？"),
     c("她说颠！不是喜欢。", None),
     t("对，所以总的来说您是满意的，今天就把这款定下来？"),
     c("你压根没听我说啥。妈，我们走。", None)]))

o = c("我手机刚在地铁上被偷了！微信支付宝都在上面，怎么办啊？", None)
PAIRS.append(gpair("zhb45g_carrier_store_stolen_phone", "mobile carrier store, Guangzhou", "pitch_to_upset",
    "A panicking customer has just had her phone stolen on the metro.",
    [o, t("别慌，先止损。我马上帮您挂失手机卡，别人就收不了验证码。带身份证了吗？"),
     c("带了带了。微信里还有钱，还绑着银行卡。", None),
     t("卡挂失好了。您用这台电脑登微信安全中心冻结账号，支付宝一样，再打银行电话。我陪您一个一个弄。"),
     c("冻上了……吓死我了。那号码还能要回来吗？", None),
     t("能，补张卡号码不变，十分钟。建议您再去派出所报个案。"),
     c("好，先补卡。手机过两天再说，现在没心思。", None)],
    [o, t("哎呀太不幸了，我理解您的感受。正好新款到了，换个新手机吧？带找回功能，不怕再丢。"),
     c("我现在哪有心思买手机！微信里有钱啊！", None),
     t("明白您很着急，所以您需要的是一台更安全的手机。今天办合约机零利息还送话费。"),
     c("我不要手机！先帮我挂失行不行？", "no_need"),
     t("挂失马上弄，您先看看这款，这个颜色只剩最后一台……"),
     c("你这人怎么回事！我去别的营业厅。", None)]))

o = c("你们装的那个充电桩，一充电家里就跳闸，都三回了。", None)
PAIRS.append(gpair("zhb45g_charger_installer_breaker_trips", "home charger installer, phone call, Foshan", "blame",
    "The breaker trips whenever the owner charges on the home charger the company fitted.",
    [o, t("跳了三回，肯定闹心。是一插枪就跳，还是充一会儿才跳？跳的是总闸还是单独那个开关？"),
     c("充半小时左右，跳的是桩那个单独开关。当时空调开着。", None),
     t("充一阵才跳又是单独开关，可能开关选小了，也可能线发热。是我们装的，我们负责，明天上午派师傅带仪器来测，不收钱。"),
     c("明天上午我不在家，下午行不？", "no_time"),
     t("行，明天下午两点到五点。之前先在App里把电流调到16安，应该能充着不跳。"),
     c("好，我试试。", None)],
    [o, t("先生您好，我理解您的心情。是不是您家同时开了很多大功率电器？"),
     c("就开了个空调。", None),
     t("那就是您家电路的问题了。所以我听到的是：您家老房子线路扛不住，对吧？不是我们桩的问题哦。"),
     c("装之前你们勘测说没问题的啊！", None),
     t("勘测只是参考。家里电路得您自己找电工，上门费两百。还有其他需要吗？"),
     c("两百？桩是你们装的，凭啥我出钱。", None)]))

from common import c, gpair, t

PAIRS = []

o = c("你好，那个，我们想问问这车冬天到底能跑多远？我们在哈尔滨，零下二三十度的。", None)
PAIRS.append(gpair("zhb45g_ev_showroom_winter_range", "EV showroom, Harbin", "monologue",
    "A young couple in Harbin ask how much range the car really keeps at minus twenty.",
    [o, t("嗯，哈尔滨冬天确实是考验。您平时一天开多少公里？家里能充电吗？"),
     c("上班来回四十多公里吧，小区有地库，还没装桩。", None),
     t("每天四十多公里，有地库车位。实话说，这款标520，零下二十多度大概剩300出头，开暖风还少点。按您的量一周充两次够了。"),
     c("300啊……过年回绥化老家一百二十公里，来回够不够？", None),
     t("来回240，满电出发够，但余量不大。要不您先借试驾车开一个周末，跑一趟心里就有数了。"),
     c("嗯这个行。不过得回去跟我爸妈商量，钱他们出一半。", "think_it_over"),
     t("应该的。我把冬季实测数据和试驾预约发您微信，商量好了再约。")],
    [o, t("好问题！非常理解您的需求。我们这款CLTC续航520，热泵空调，电池预加热，漠河测过，现在买还送家充桩、三年流量、零首付……"),
     c("那个，我就想知道零下二十度实际能跑多少。", None),
     t("理解理解，所以您关心的是续航体验对吧？哈尔滨车主可多了，再给您讲讲我们十五点六寸大屏和语音助手……"),
     c("你还没说多少公里呢。", None),
     t("这个因人而异哈。还有其他问题吗？没有我先讲讲金融方案，首付……"),
     c("算了，我们去别家看看。", None)]))

o = c("你好 我想问下家充桩怎么装 物业那边好像不太配合", None)
PAIRS.append(gpair("zhb45g_wechat_charger_install", "home charger installer, WeChat, Shanghai", "closing_as_open_question",
    "An apartment owner asks how to get a home charger fitted; the property office is reluctant and the bay is rented.",
    [o, t("您好～物业具体怎么说的？是要报装材料，还是担心消防？"),
     c("说要车位产权证明 还要电网同意 我车位是租的", None),
     t("明白，车位是租的。这种情况要车位主人签一份同意书，我们有模板。车位主人好联系吗？"),
     c("房东还行吧 就怕钱交了最后装不了", None),
     t("勘测免费，通过了才收安装费。我把同意书模板和勘测预约链接发您，不急着定。"),
     c("行 我周末问问房东 问好了再约", None)],
    [o, t("您好～非常理解您的困扰！请问您希望我们哪天上门安装呢？周六还是周日？"),
     c("不是 物业还没同意呢 车位也是租的", None),
     t("明白，所以您的需求是尽快用上家充对吧？那您是选7kW标准款还是11kW尊享款呢？"),
     c("我都不知道能不能装 先别急着选", "think_it_over"),
     t("理解您的顾虑～那先交199定金锁定名额，您看微信付还是支付宝付更方便呢？"),
     c("你先别催 回头再说吧", "brush_off")]))

o = c("喂，你好，我家宽带那个，就是后面卧室老没信号，娃上网课老掉线。", None)
PAIRS.append(gpair("zhb45g_broadband_hotline_bedroom_wifi", "home broadband hotline, Chengdu", "pitch_as_paraphrase",
    "A parent rings because the child's online class keeps dropping in the back bedroom.",
    [o, t("您好，网课掉线确实着急。路由器放在哪？房子多大，隔了几堵墙？"),
     c("嗯，在客厅电视柜那儿，一百平左右，卧室隔两堵墙。", None),
     t("我这边看线路速率正常，多半是信号穿墙的问题。您用的是装宽带时送的路由器吗？"),
     c("对，用了四五年了。先说好啊，套餐我不升，一个月一百多已经够贵了。", "too_expensive"),
     t("不用升套餐。换个双频路由器或在卧室门口加个放大器就行。我先派师傅免费上门测一下信号？"),
     c("免费的话可以，明天下午家里有人。", None)],
    [o, t("您好，非常理解！所以您的意思是，您需要升级千兆套餐加全屋WiFi，每月199，对吗？"),
     c("啊？我没说要千兆啊，我就是卧室信号不好。", None),
     t("明白，所以您真正想要的是更稳定的上网体验，也就是千兆全屋覆盖，我理解得对吧？"),
     c("不对吧，一个月199我可用不起，现在才交89。", "no_money"),
     t("好的，那您需要的其实是性价比方案：500兆加两台子路由，一个月159，是这样吧？"),
     c("你们就是想让我多花钱。算了，不弄了。", "no_need")]))

o = c("你好，我想给我妈买个手机，她就视频聊天、刷刷抖音，别太复杂。", None)
PAIRS.append(gpair("zhb45g_phone_store_phone_for_mum", "phone shop, Nanjing", "upsell_as_loop_closing",
    "A son buys a simple phone for his mother, who is in her sixties.",
    [o, t("好的。阿姨现在用什么手机？哪里用着不顺手？"),
     c("旧的卡得不行，字也小，她老花眼，老说看不清。", None),
     t("一是卡，二是字小。这款两千左右够用，屏幕大，能开长辈模式，字和图标都放大。您预算大概多少？"),
     c("两千左右正好，太贵的她也舍不得用。", None),
     t("那就这款。我帮您开长辈模式、调大微信字体，再把联系人和照片转过来。她还常用什么？"),
     c("健康码那些，还有她跳广场舞那个小程序。", None),
     t("行，我一起设好，拿回去她直接能用。")],
    [o, t("您看这款两千的挺合适。那我再帮您看看，还有什么能为阿姨添置的吗？碎屏险一年299？"),
     c("她用得很小心的，不用吧。", "no_need"),
     t("明白～为了阿姨的体验更完整，还需要配副无线耳机吗？跳广场舞用得上。"),
     c("她有耳机，有线的就行。", "no_need"),
     t("好的。最后确认还有什么需要的——云空间一年168，照片再也不怕丢，一起加上？"),
     c("你这一圈下来比手机还贵了。就要手机，别的都不要。", "too_expensive")]))

o = c("我想看看笔记本，下学期要学编程，预算五千左右。", None)
PAIRS.append(gpair("zhb45g_laptop_store_student", "laptop store, Wuhan", "leading_tag_questions",
    "A first-year student wants a laptop for programming on a budget of about 5,000 yuan.",
    [o, t("学编程主要用什么软件？要跑虚拟机或者打游戏吗？"),
     c("老师说要装虚拟机跑Linux，游戏偶尔玩玩英雄联盟。", None),
     t("虚拟机内存最好16G起，英雄联盟集显能带。这两台五千内都是16G，一台轻，一台接口多。要天天背去教室吗？"),
     c("要的，宿舍到教学楼挺远。不过网上同款便宜三百多。", "too_expensive"),
     t("网上确实便宜些，我们这儿现场装好系统，一年内门店保修。您比较一下，值不值您说了算。"),
     c("嗯……那我拿轻的那台吧，帮我把虚拟机装好。", None)],
    [o, t("学编程的话，您肯定要最顶配的吧？这台i9、32G，不会错的，对吧？"),
     c("那个多少钱？我预算就五千。", None),
     t("九千九。您学编程，总不能让电脑拖后腿吧，是不是？"),
     c("九千九我真拿不出来，生活费都是爸妈给的。", "no_money"),
     t("那分期呀，一个月八百多，您也不想比同学差，对吧？"),
     c("不了不了，我回去问问我爸吧。", "think_it_over")]))

o = c("你们这车怎么回事？充满表显四百，跑了一百多公里就剩一半了！", None)
PAIRS.append(gpair("zhb45g_service_centre_battery_drop", "EV service centre, Hangzhou", "putdown_question",
    "An angry owner says the battery drains far faster than the dashboard promises.",
    [o, t("跑一百多公里掉一半，差得确实多，换谁都着急。最近是什么路况？高速多还是市区多？"),
     c("上周都是高速，开一百二，空调开着。可我以前从没掉这么快。", None),
     t("高速加空调电耗会高不少，但您说以前没这样，这个得查。车接进来做电池检测，大概一小时，您方便等吗？"),
     c("一小时……我下午还要上班。", "no_time"),
     t("理解。那明早八点送来，下班前出报告，给您安排代步车？"),
     c("有代步车就行，明早我送过来。", None)],
    [o, t("先别激动哈，是不是您自己开得太猛了？您具体说说怎么开的？"),
     c("我怎么开的？正常开啊！", None),
     t("理解您的感受，不过表显续航本来就是参考，您不会连这个都不知道吧？是不是老开空调？"),
     c("开空调怎么了？夏天不开热死啊？", None),
     t("所以我听到的是您觉得续航不行，对吧？很多车主其实是不会开，要不要报个节能驾驶课？"),
     c("你什么态度！叫你们经理来。", None)]))

o = c("你好 我家那个摄像头录像是不是都传到云上了 存哪了 谁能看到", None)
PAIRS.append(gpair("zhb45g_wechat_camera_privacy", "smart-home brand customer service, WeChat", "not_my_department_or_read_the_terms",
    "A customer worries that her living-room camera uploads recordings and asks who can see them.",
    [o, t("您好，这个担心很正常。您是开了云存储会员，还是只插了内存卡？"),
     c("好像买的时候送了三个月云存储 我也没注意", None),
     t("那现在录像会同时存云端和本地。云端在国内服务器加密，只有您账号能看。不想上云可以在App关掉，已传的能一键删，我发截图教您？"),
     c("好 发我 客厅那个我还得想想要不要留", "think_it_over"),
     t("可以的。App里还有“隐私遮蔽”，您在家时镜头自动转下去，试两天再决定。"),
     c("这个好 我试试", None)],
    [o, t("您好，非常理解您的担心！不过数据存储是技术部门负责的，我们客服这边不清楚哦～"),
     c("那你帮我问问技术部门啊", None),
     t("亲，具体可以看一下用户协议第十二条隐私条款，里面都写了的～"),
     c("谁看得懂那个 我就问你存哪了", None),
     t("理解您的感受～规定不是我们定的。还有其他问题吗？对我们的服务满意吗？"),
     c("不满意 退货 这东西我不敢放家里了", None)]))

o = c("我们第一次买车，纠结买纯电还是插混，孩子刚一岁。", None)
PAIRS.append(gpair("zhb45g_ev_showroom_first_family_car", "new-energy car showroom, Zhengzhou", "social_proof_or_deadline_pressure",
    "A young couple with a baby choose their first car and cannot decide between electric and plug-in hybrid.",
    [o, t("恭喜恭喜。你们平时怎么用车？市里通勤，还是常跑长途？"),
     c("平时市里上下班，过年过节回周口老家，两百多公里。", None),
     t("家里能装充电桩吗？"),
     c("能，小区有固定车位。就是怕过年高速排队充电，带着孩子受不了。", None),
     t("这担心很实在，节假日服务区确实会排队。按你们的情况插混更省心。两款都试驾一下，顺便试试后排装安全座椅？"),
     c("行，先试试。今天不定啊，回去再算算账。", "think_it_over"),
     t("没问题，试完我把两款每月用车成本算好发给你们。")],
    [o, t("非常理解！说实话你们小区的人基本都换纯电了，不买纯电过两年就落伍了。"),
     c("可是我怕过年回老家充电排队……", None),
     t("理解您的担忧。不过今天活动最后一天，过了今晚国补加店补一万二就没了，今天把订金交了？"),
     c("一万二是挺多，可我们真没想好。", "think_it_over"),
     t("所以成功的关键是抓住机会嘛。刚才那家也带孩子，十分钟就定了，只剩两台现车了。"),
     c("你越这样说我越不敢买。老公，走吧。", None)]))

o = c("老板，屏碎了，还能修吗？里面照片可不能丢。", None)
PAIRS.append(gpair("zhb45g_repair_shop_cracked_screen", "phone repair shop, Guangzhou", "keyword_stuffed",
    "A customer brings in a phone with a smashed screen and is scared of losing her photos.",
    [o, t("我看看……触摸还灵吗？有没有哪块不显示？"),
     c("摸着还行，就是右下角一块黑了。", None),
     t("内屏也伤了，得换屏幕总成。换屏不动主板，照片一般不丢，修之前我先帮您备份。原装九百，国产四百。"),
     c("九百啊……才买一年。国产的会不会俩月又坏？", None),
     t("国产亮度差点，保三个月；原装保半年。还想用两三年的话原装稳。"),
     c("那就原装吧，多久好？", None),
     t("一小时。您去逛逛，备份好了我微信叫您。")],
    [o, t("您好，我非常理解您的感受，我们非常重视每位客户的体验。请问您对这次维修有什么需求和期待？"),
     c("就是修屏幕，照片别丢。", None),
     t("我听到您的需求是一次成功的维修体验，也感受到您对数据的重视。我们致力于和客户建立长期信任关系。"),
     c("所以多少钱？多久？", None),
     t("我完全理解您对价格和时间的感受。我们会根据您的需求提供最合适的方案，确保您满意。您满意吗？"),
     c("说了半天啥也没说。我去隔壁修。", None)]))

o = c("喂，姑娘，我这车，手机上那个什么App，点了半天门打不开啊。", None)
PAIRS.append(gpair("zhb45g_car_hotline_app_unlock", "EV brand hotline", "rude",
    "A retired man cannot unlock his car with the phone app his son set up.",
    [o, t("大爷您别急，我慢慢帮您。您现在在车旁边吗？App打开了吗？"),
     c("在旁边呢，打开了，有个锁的图标，点了没反应。", None),
     t("您看手机最上面，右上角有没有一个小蓝牙标志？可能是蓝牙关了。"),
     c("哎呀，我哪知道什么蓝牙，我儿子给装的。", None),
     t("没事，从屏幕最上面往下一划，有个像字母B的按钮，点一下亮了就行。"),
     c("亮了亮了……开了！谢谢你啊姑娘。", None),
     t("不客气。钥匙卡也带着，手机不灵时贴一下门把手也能开。")],
    [o, t("您好，请问有什么能帮您？蓝牙开了没？"),
     c("什么牙？我不懂这些，你慢点说。", None),
     t("大爷，蓝牙都不知道啊？那您用这车可真费劲。手机设置里开蓝牙，理解我的意思吧？"),
     c("设置……在哪啊？", None),
     t("这真的很简单，三岁小孩都会。我这边电话还排着呢，您让家里年轻人弄吧，还有其他问题吗？"),
     c("你这什么态度！算了，不问了。", None)]))

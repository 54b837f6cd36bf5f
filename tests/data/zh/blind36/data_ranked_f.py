"""zhb36 ranked pairs f01-f10: both sides share every turn except one fault in worse and the reaction to it."""
from common import c, rpair, t

P = []

o = c("你好，我上个月在你这买的手机，视频的时候烫得很，你帮我看下。", None)
a = t("好的，我看下。一般视频多久会烫？烫到什么程度？")
b = c("视频十来分钟，背面烫手，拿不住。", None)
d = t("测了，视频十分钟背面四十七度，偏高了。买了不到一个月，可以直接换新机，换好您在店里先视频十分钟试了再走。")
e = c("要得，发票在手机里，我找给你。", None)
P.append(rpair("zhb36r_f01_haikou_phone_overheating",
    "Haikou phone shop: a woman says the phone she bought last month gets too hot to hold on video calls. Fault in worse: argues with the customer.",
    [o, a, b, t("烫到拿不住确实不正常。我先看看后台有没有程序在跑，再测下温度。"), c("测嘛，不过要快点哦，我四点要去接娃娃。", "no_time"), d, e],
    [o, a, b, t("视频本来就会热，所有手机都这样，不至于拿不住。您是不是边充电边视频？"),
     c("我没有边充边视频！烫就是烫，你自己试一下嘛。", None), d, e]))

o = c("你好，我昨天在你这买的止咳糖浆，没开封，医生今天开了别的药，能退不？", None)
a = t("您好，我看下，小票带了吗？")
b = c("带了，喏，小票，还有医生今天开的单子。", None)
d = t("封口我看了是好的。医生开的这个三十五，我给您换，再退您七块差价。")
e = c("好嘛，差价退到哪里？", None)
f = t("原路退回微信，您扫一下这个码。")
P.append(rpair("zhb36r_f02_kaili_pharmacy_unopened_return",
    "Kaili pharmacy: a man wants to exchange unopened cough syrup because his doctor prescribed another. Fault in worse: doubts the customer's honesty.",
    [o, a, b, t("小票对得上。药品一般不退，不过您没开封、又是医生换了药，我可以给您换成医生开的那种。"),
     c("那好嘛，换也行。", None), d, e, f],
    [o, a, b, t("没开封是您说的，药拿回家放哪里我们也不晓得，哪个晓得有没有被动过？"),
     c("你这话什么意思？封口好好的，我还骗你四十二块钱哦？", None), d, e, f]))

o = c("你好十二月初海景房多少钱一晚", None)
d = t("两个人住五晚想安静的话，推荐四楼最里面那间，离公共区远，晚上听不到吵闹。")
e = c("好嘛那就那间怎么付", None)
f = t("收款码发您，先付一晚定金，入住前三天可以免费取消。")
g = c("付好了你看下", None)
P.append(rpair("zhb36r_f03_sanya_homestay_early_discount",
    "Sanya homestay on WeChat: a traveller asks the price of a sea-view room. Fault in worse: drops the price before asking anything.",
    [o, t("您好！十二月初海景房五百八一晚。请问几位入住、住几晚？有什么特别要求吗？"),
     c("两个人住五晚想安静点", None), d, e, f, g],
    [o, t("您好！海景房原价五百八，您要是诚心订，我直接给您四百八一晚，很少给这个价的。"),
     c("一下就降一百那你们平时是不是虚高的两个人住五晚想安静点能不能再低", "too_expensive"), d, e, f, g]))

o = c("老板，拿六瓶油辣椒，我要寄给我儿子，他在上海读书。", None)
a = t("好嘞。您儿子喜欢哪种？有牛肉的、脆哨的，还有素的。")
b = c("他最喜欢脆哨的，在学校吃不惯，天天跟我说想家里的味道。", None)
d = t("六瓶脆哨的一百零八，打包加寄上海快递十五，一共一百二十三，三天能到。瓶口封胶再套泡沫，不会漏。")
e = c("快递就要十五哦？有点贵了嘛。", "too_expensive")
f = t("玻璃瓶重，快递按重量算，六瓶十五已经是优惠价了。扫这个码，地址写在单子上就行。")
P.append(rpair("zhb36r_f04_zunyi_chili_sauce_parcel_to_son",
    "Zunyi chili sauce factory shop: a father buys six jars to post to his son at university in Shanghai. Fault in worse: an unasked lecture on diet.",
    [o, a, b, t("想家里的味道，那就六瓶脆哨的，我们帮您打包寄过去。"), c("要得，你帮我打包嘛。", None), d, e, f],
    [o, a, b, t("脆哨的油大，年轻人天天吃这个对肠胃不好，还容易上火长痘，您让他少吃点，多吃蔬菜，饮食要均衡……"),
     c("我又没问你这个，他喜欢吃就让他吃嘛。帮我打包就是了。", None), d, e, f]))

o = c("喂，你好，我们公司三十个人想下个月去一趟分界洲岛，能不能出个报价？财务要书面的。", None)
a = t("可以的。哪天？从哪里出发，要不要包车和午饭？")
b = c("十五号，海口出发，要包车，午饭也要，人均控制在三百以内。", None)
d = t("好的：十五号，三十人，海口往返包车，含船票门票和午饭，人均三百以内。我算下来人均二百八十五左右。")
e = c("可以，那书面的什么时候给我？", None)
P.append(rpair("zhb36r_f05_hainan_company_island_trip_quote",
    "Hainan tour agency by phone: an office administrator needs a written quote for a 30-person island day trip. Fault in worse: a vague next step.",
    [o, a, b, d, e, t("今天下午四点前，盖章的报价单发到您邮箱，您给我个邮箱。四点没收到直接打我这个号。"),
     c("好的，邮箱我短信发你。", None)],
    [o, a, b, d, e, t("这个我们做好了会联系您的，您等通知就行。"),
     c("等通知是等到哪天嘛？我们财务明天就要。", None)]))

o = c("老板，我下个月五号结婚，想买台摩托车接亲，十天内上得了牌不？", None)
a = t("恭喜恭喜！您看中哪款了？")
b = c("就那台红色的，一百五的跨骑。", None)
d = t("好的，车价一万零八百，您带身份证了吗？我现在给您办手续。")
e = c("带了。就是结婚到处要用钱，一万零八百能不能少点嘛？", "no_money")
P.append(rpair("zhb36r_f06_zunyi_motorcycle_wedding_plates",
    "Zunyi motorcycle dealer: a groom wants a bike plated within ten days for his wedding convoy. Fault in worse: over-promises the plate date.",
    [o, a, b, t("这台有现车。上牌要看车管所排号，一般七到十个工作日，十天内我不敢打包票。今天就把资料交上去，先办临时牌照，接亲当天合法上路没问题。"),
     c("那也行，有临牌就不怕。", None), d, e],
    [o, a, b, t("这台有现车，上牌包在我身上，三天就给您搞好，保证不耽误接亲。"),
     c("三天哦？那太好了，我就放心了。", None), d, e]))

o = c("师傅，装好了没有？我家老人等着看电视。", None)
a = t("线接好了，光猫灯也亮了。")
b = c("那电视能看了吧？她就看那个电视盒子。", None)
d = t("连上了，节目放得很流畅，卧室无线也有三格。您看下，没问题就在验收单上签字。")
e = c("能看了，好嘞，我签。", None)
P.append(rpair("zhb36r_f07_nanning_broadband_install_check",
    "Nanning home broadband install: a technician finishes at a flat where the grandmother watches a TV box. Fault in worse: asks for sign-off before checking it works.",
    [o, a, b, t("我现在把电视盒子连上网，放个节目看卡不卡，再测下卧室的信号。"), c("好，你搞嘛，遥控器在这里。", None), d, e],
    [o, a, b, t("应该没问题的，您在验收单上签个字，我还要赶下一家。"),
     c("你都没试一下哦？等下看不了我找哪个？你试给我看。", None), d, e]))

o = c("老板，看下电动车。", None)
d = t("山路坡多、来回三十公里，要电机大点、带电子刹车的。这款三千二，爬坡有劲，充满跑五十公里左右。")
e = c("三千二，比我想的贵点。", "too_expensive")
f = t("多的钱主要在电机和刹车。山路下坡刹车最要紧，这个钱我建议不省。您骑去后面坡上试一圈。")
g = c("那我试一下。", None)
P.append(rpair("zhb36r_f08_kaili_ebike_mountain_commute",
    "E-bike shop near Kaili: a village schoolteacher looks at e-bikes; he commutes on a steep mountain road. Fault in worse: recommends before asking.",
    [o, t("好的，您主要骑哪里？每天跑多远？路上坡多不多？"),
     c("我在村小教书，每天来回三十公里，山路坡多得很。", None), d, e, f, g],
    [o, t("看这款嘛，两千五，今年卖得最好，轻巧，颜色也好看。"),
     c("轻巧的爬坡行不行哦？我在村小教书，每天来回三十公里，山路坡多得很。", None), d, e, f, g]))

o = c("喂，你好，我想问下给老人做体检，六十五岁，都查些哪样？", None)
a = t("您好，老年体检有基础和全面两种。老人家有没有慢性病，或者最近哪里不舒服？")
b = c("他有高血压，最近老说头晕。", None)
d = t("头晕多久了？最近量的血压多少？")
e = c("一个多月了，血压一百五十几。", None)
P.append(rpair("zhb36r_f09_yulin_hospital_checkup_package",
    "County hospital in Yulin, Guangxi, by phone: a daughter asks what a checkup for her 65-year-old father covers. Fault in worse: unexplained jargon.",
    [o, a, b, d, e, t("那建议做全面套餐：除了抽血、心电图，还有查脑血管和颈部血管的彩超，看血管有没有堵，六百八，要空腹来。"),
     c("哦，听明白了。六百八，我跟我哥商量下一起出，明天回你。", "think_it_over")],
    [o, a, b, d, e, t("那建议做全面套餐，含TCD、颈动脉IMT、BNP，还有Hcy，六百八，要空腹来。"),
     c("你讲的那些字母我听不懂哦，到底查哪样嘛？", None)]))

o = c("喂，你好呀，我想冬天去你们那住两个礼拜，北京太冷了，我有关节炎，膝盖一冷就疼。", None)
a = t("欢迎欢迎！您几位？大概几号来？")
b = c("就我跟老伴，一月中旬吧。我们俩退休了，就想找个暖和的地方待着，嘿嘿。", None)
d = t("一楼朝南的房两个礼拜连住四千二，含早餐，每天早上给您煮姜茶。")
e = c("四千二啊……比三亚便宜是便宜，不过我家钱归老伴管，我跟他商量商量再定，嘿嘿。", "think_it_over")
P.append(rpair("zhb36r_f10_wuzhishan_tea_homestay_winter_stay",
    "Tea-garden homestay in Wuzhishan, Hainan: a chatty Beijing retiree with arthritis wants two winter weeks. Fault in worse: talks about themselves instead of the customer.",
    [o, a, b, t("您有关节炎，要说清楚：五指山一月早晚十来度，比三亚凉，白天二十几度。房间有电暖气，给您安排一楼朝南、不用爬楼的，好不好？"),
     c("哎哟那太好了，我膝盖最怕爬楼。", None), d, e],
    [o, a, b, t("我们这民宿是我跟我爱人十年前从广州回来开的，茶园是我爸那辈种的，我自己是学茶的，每年都去福建进修……"),
     c("嗯……那个，姑娘，我就想问问冷不冷、要不要爬楼。", None), d, e]))

PAIRS = P

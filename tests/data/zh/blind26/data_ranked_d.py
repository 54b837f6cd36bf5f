"""zh_blind26 ranked pairs d01-d10: two decent conversations, `better` is better. Hand-written."""
from common import c, rpair, t

N = None  # no objection

PAIRS = []

o = c("老板 STM32F103C8T6 而家几钱 我哋月用量3K", N)
PAIRS.append(rpair(
 "zhb26r_d01_huaqiangbei_mcu_substitute",
 "A factory buyer asks the price of a microcontroller; his boss wants costs cut.",
 [o,
 t("原装而家八蚊半左右。您一直用开呢颗，定係想换方案降成本？"),
 c("一直用 但老板话成本要降 问下有冇国产替代", N),
 t("有，GD32F103 pin对pin，三蚊二。不过要讲清楚：时序同Flash有啲唔同，部分程序要改。您产品有冇用USB或者精确定时？"),
 c("有USB 做读卡器嘅 会唔会有问题", N),
 t("USB一般冇事，但建议先拎二十片俾工程师验一个礼拜，验过再换3K。样品送，唔收钱。"),
 c("好 寄公司 我叫工程师试下", N)],
 [o,
 t("八蚊半，3K可以算八蚊二。"),
 c("有冇平啲嘅 老板话要降成本", "too_expensive"),
 t("有国产GD32F103，pin对pin兼容，三蚊二，好多客户都换咗，质量稳定。"),
 c("兼容就好 直接换得唔得", N),
 t("得，3K现货，今日落单听日到。"),
 c("咁我问下老板先", "think_it_over")]))

o = c("你好，我们想看看餐桌，嗯，实木的，新房刚交楼。", N)
PAIRS.append(rpair(
 "zhb26r_d02_foshan_lecong_dining_table",
 "A young couple in a Foshan Lecong furniture mall look for a solid-wood dining table.",
 [o,
 t("恭喜新居！餐厅大概多长多宽？平时几个人吃饭，常有客人来吗？"),
 c("三米乘两米五左右。平时三个人，过年老人来就八九个。", N),
 t("那可以看伸缩桌，平时一米四，拉开一米八坐八个。小朋友多大？有小孩圆角的安全点。"),
 c("女儿四岁，老撞桌角。伸缩的会不会容易坏？之前买过伸缩茶几，半年就卡住了。", "bad_experience"),
 t("担心得对，关键是导轨。这款用德国滑轨，保修五年，坏了上门换。白蜡木配六椅四千六，您拉几下试试。"),
 c("嗯，挺顺的。我们回去量一下位置再定。", "think_it_over"),
 t("好，尺寸图发您微信，量好随时找我。")],
 [o,
 t("实木的这边都是，胡桃木、白蜡木、橡木都有。这款橡木一米六卖得最好，三千九。"),
 c("一米六会不会小？过年老人来要坐八九个。", N),
 t("那看这款一米八的，四千八，坐八个没问题。"),
 c("平时就三个人，一米八会不会太占地方啊？", N),
 t("看您家空间，一般三米的餐厅放一米八也可以。"),
 c("嗯……我们再看看吧。", "brush_off")]))

o = c("你好 有批货要发美国亚马逊 大概3个方 海运几钱", N)
PAIRS.append(rpair(
 "zhb26r_d03_shenzhen_sea_freight_fba",
 "A seller wants sea freight for three cubic metres of goods to an Amazon warehouse in the US.",
 [o,
 t("老板好！发美西定美东仓？咩货？您库存仲卖得几耐？"),
 c("美西ONT8 家居收纳 库存仲卖得一个月左右", N),
 t("一个月要小心：普船到仓三十五到四十日，港口有啲塞，可能断货一个礼拜。快船二十日左右，但每方贵四百。"),
 c("快船贵成千二喎 慢船赌下得唔得", "too_expensive"),
 t("得，折中：大部分走普船，抽半方走快船顶住断货嗰个礼拜。两边价我列出来，您自己计。"),
 c("咁几好 你列个表俾我", N),
 t("今晚发您，明朝前确认就赶到礼拜五嘅船。")],
 [o,
 t("快船每方一千八，普船一千四，3方快船五千四，普船四千二。"),
 c("普船几耐到", N),
 t("普船大概三十日左右到仓。"),
 c("ok 你发个报价表俾我先 我迟啲睇", "brush_off"),
 t("好，发您微信，礼拜五截单。"),
 c("嗯", N)]))

o = c("喂，老板，我想换个炒炉，嗯，现在那个太费气了，一个月燃气费都一万多。", N)
PAIRS.append(rpair(
 "zhb26r_d04_shenzhen_restaurant_wok_burner",
 "A restaurant owner wants a new wok burner because the gas bill is over 10,000 a month.",
 [o,
 t("明白。现在这个用了几年？火是发黄多还是蓝色多？一天炒多少个菜？"),
 c("五年了。火……好像有点黄，忙的时候一天三四百个菜吧。", N),
 t("火发黄多半是炉头积碳或风门没调好，费气又不猛。建议先让师傅上门清炉头调风门，一百五，可能省两三成。不行再换节能炉，六千八。"),
 c("哦？还能这样……那先调一下试试。", N),
 t("好，明天下午三点到五点过去，避开饭市。调完您看一周燃气表再决定。"),
 c("明天下午我要去进货，后天下午三点吧。", "no_time")],
 [o,
 t("可以，我们有节能猛火灶，比普通的省气三成，单头六千八。"),
 c("六千八……省三成的话几时回本？", N),
 t("按您一万的燃气费，一个月省三千，两个多月回本。"),
 c("听起来不错，那我考虑一下。", "think_it_over"),
 t("好的，考虑好随时打给我，安装很快。"),
 c("好，拜拜。", N)]))

o = c("你好，我们公司年底想搞个年会，大概一百二十人，想问问你们宴会厅。", N)
PAIRS.append(rpair(
 "zhb26r_d05_guangzhou_annual_dinner_hall",
 "A company administrator asks a Guangzhou restaurant about its hall for a 120-person annual dinner.",
 [o,
 t("好的！大概哪天？除了吃饭有没有抽奖、表演？要舞台和音响吗？"),
 c("一月中，周五晚上。有抽奖和几个节目，要舞台和大屏。", N),
 t("明白。每围预算大概多少？有没有同事不吃牛肉或者吃素？"),
 c("每围三千左右，老板说别比去年超太多。有几个吃素的。", N),
 t("三千一围有两款套餐，素菜单独做。舞台大屏免费，音响师六百一晚。一月中周五只剩十七号，可以先帮您留一周，不收订金。"),
 c("好，先留十七号。不过那个……我得先拿给老板批，下周才能确认。", "think_it_over")],
 [o,
 t("宴会厅能坐十五围，一百二十人没问题。套餐有两千八、三千六、四千八三种。"),
 c("三千六的有什么菜？", N),
 t("有龙虾、东星斑、鲍鱼，很受欢迎。舞台大屏都有。"),
 c("挺好，不过比去年贵，我要跟老板报一下。", "think_it_over"),
 t("好的，确认了日子告诉我，年底很紧，早点定。"),
 c("好的。", N)]))

o = c("你好 我想帮我妈换个套餐 她老说话费太贵", N)
PAIRS.append(rpair(
 "zhb26r_d06_dongguan_mum_phone_plan",
 "A daughter at a telecom counter wants a cheaper plan for her elderly mother.",
 [o,
 t("好的。阿姨一个月话费多少？平时打电话多，还是也刷视频、微信视频？"),
 c("一百多 她就打电话 还有跟我微信视频 别的不会", N),
 t("我查一下……上个月用了十二G，套餐只有五G，超出的收了六十多，贵在流量。"),
 c("原来是超流量 怪不得", N),
 t("换这个五十八的敬老套餐，二十G加三百分钟，号码不变，阿姨不用学新东西。我再开个超量提醒，发到您手机上。"),
 c("好 就这个 谢谢", N)],
 [o,
 t("现在有个六十八的套餐，三十G流量加五百分钟，性价比很高，很多人换。"),
 c("她就打打电话 用不了那么多流量吧", "no_need"),
 t("流量多总比不够好嘛。也有四十八的，十G流量。"),
 c("我也不知道她用多少 我先问问她吧", "think_it_over"),
 t("好的，问好了随时来办。"),
 c("嗯 好", N)]))

o = c("你好，有没有止咳的，嗯，咳了一个多礼拜了。", N)
PAIRS.append(rpair(
 "zhb26r_d07_shenzhen_pharmacy_cough",
 "A man in a Shenzhen chain pharmacy asks for cough medicine after a week of coughing.",
 [o,
 t("咳一个多礼拜了。干咳还是有痰？有没有发烧？晚上咳得厉害吗？"),
 c("有痰，黄的。前两天有点烧，现在没了。晚上咳得睡不着。", N),
 t("黄痰加发过烧，可能有细菌感染，止咳药只能缓解，建议去社区医院听听肺。今天可以先拿这个化痰的，二十八。"),
 c("医院要排好久啊，我明天还要上班……", "no_time"),
 t("社区医院晚上开到九点，下班去也行，一般不用排很久。要是气喘、胸痛，就马上去。"),
 c("好吧，那先拿这个化痰的。", N)],
 [o,
 t("有的，这个止咳糖浆三十五一瓶，还有这个中成药二十八。"),
 c("哪个好点？我有痰。", N),
 t("有痰就拿这个化痰止咳的，一天三次。"),
 c("好，就这个。", N),
 t("二十八。咳得厉害还是去医院看看。"),
 c("嗯嗯。", N)]))

o = c("你好，我们是做服装加工的，八十几个工人，想上个ERP管订单和计件工资。", N)
PAIRS.append(rpair(
 "zhb26r_d08_humen_garment_erp",
 "The office manager of a Humen garment workshop asks about ERP software for orders and piece-rate pay.",
 [o,
 t("好的。现在订单和计件怎么记？最头疼哪一块？"),
 c("用纸和Excel，每个月算工资要三四天，工人还经常说算错。", N),
 t("那计件最急。我们扫码计件，工人扫工票就记数。说清楚一点：我们的排产比较简单，多车间复杂排产做不了。您几个车间？"),
 c("就一个。价钱呢？之前有家报八万，老板嫌贵。", N),
 t("只上计件和订单，一年一万二。可以先拿一条线试一个月，我们出工资表，您对一下跟Excel差多少再决定。"),
 c("这个可以，我跟老板说一下。", "think_it_over"),
 t("好，我写一页方案给您拿给老板看。")],
 [o,
 t("我们有完整的服装ERP，订单、采购、仓库、计件、财务都有，一年三万六。"),
 c("三万六……我们主要就想算计件工资。", "too_expensive"),
 t("那可以只买计件模块，一年九千，扫码计件很方便。"),
 c("嗯，那我拿资料给老板看一下。", "think_it_over"),
 t("好，电子版发您。"),
 c("好。", N)]))

o = c("老板，我那片荔枝树叶子有点发黄，嗯，想买点肥料，你看买哪种好。", N)
PAIRS.append(rpair(
 "zhb26r_d09_zengcheng_lychee_fertiliser",
 "A Zengcheng lychee grower asks a farm-supply shop which fertiliser to buy for yellowing leaves.",
 [o,
 t("是整片黄还是叶脉绿中间黄？新叶黄还是老叶黄？最近下过大雨吗？"),
 c("新叶黄，叶脉还是绿的。上个月雨多，有一块地积了几天水。", N),
 t("新叶黄叶脉绿，又积过水，多半是根伤了吸不到铁镁，光下复合肥没用。先开沟排水，再喷叶面肥补铁镁，一亩四十块左右。"),
 c("我之前买过叶面肥，喷了没什么用。", "bad_experience"),
 t("可能是没排水，根还泡着。先排水，我送您一包试一亩，喷两次看新梢，有效再买。"),
 c("好，那试一下。", N)],
 [o,
 t("黄叶一般是缺肥，用这个荔枝专用复合肥，一包一百二，一亩一包。"),
 c("几亩地要好多包，今年荔枝价低，手头紧啊。", "no_money"),
 t("十包以上给您九折，一百零八。"),
 c("嗯……那先买五包试试。", N),
 t("好，施完肥记得浇透水。"),
 c("行。", N)]))

o = c("你好，我想报初级会计的课，嗯，我是做行政的，想转会计。", N)
PAIRS.append(rpair(
 "zhb26r_d10_guangzhou_junior_accounting_course",
 "An administrative worker asks a training school about a junior accountant course to change careers.",
 [o,
 t("好的。之前学过财务吗？每周能拿出多少时间？想明年五月就考吗？"),
 c("完全零基础。工作日晚上一个钟吧，周末多点。想明年考。", N),
 t("时间够，零基础一般学四五个月。说实话，拿证只是第一步，转会计很多公司看实操，所以课程配了三个月做账实训。"),
 c("实训要另外收钱吗？", N),
 t("全包两千九百八，含实训。您可以先听三节免费基础课，听得进去再报。"),
 c("好是好，不过这个月公司搞审计天天加班，下个月再来试听吧。", "no_time")],
 [o,
 t("可以的，我们初级会计班通过率很高，一共两千九百八，送题库。"),
 c("我零基础能跟上吗？", N),
 t("能的，很多零基础的都考过了，跟着老师学就行。"),
 c("嗯……两千九百八，我刚交完房租，一下拿不出来。", "no_money"),
 t("现在报名送教材，考虑好联系我。"),
 c("好的，你把资料发我微信吧。", "brush_off")]))

"""zhb47 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction."""
from common import c, rpair, t

PAIRS = []

# f01 doubts the customer's honesty
o = c("老板，上个月在你这换的胎，右后轮鼓了个包，这保不保？", None)
a1 = t("我看看。哪天换的？单子还在不？")
b1 = c("十五号换的，单子在车上，我去拿。", None)
a2 = t("胎侧鼓包一般是帘线断了。这一个月跑没跑过特别烂的路，或者胎压低着跑？")
b2 = c("没有，就跑郑州到合肥的高速，胎压天天看。", None)
a3 = t("那按质保走。我拍照给厂家报，先给你换条新的，你不用等。")
b3 = c("中，那麻烦你了。", None)
x3 = t("高速上能鼓包？你是不是压了马路牙子不好意思说？我们这胎质量没问题。")
y3 = c("我跑十几年车了，压没压我不知道？你不换我找厂家。", None)
PAIRS.append(rpair(
    "zhb47r_f01_zhengzhou_tyre_bulge",
    "Tyre shop, Zhengzhou (Henan): a driver returns with a month-old tyre that has a sidewall bulge. Worse doubts his account.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3]))

# f02 drops the price before asking anything
o = c("你们那苹果分选机，按大小分级的那种，啥价？", None)
a1 = t("小的一台三万八，大的带光电测糖的十二万。你是自家园子用，还是收购点用？")
b1 = c("收购点，一天过三四十吨。十二万有点扎手。", "too_expensive")
x1 = t("小的三万八，大的十二万。你要大的我直接让一万，十一万拿走。")
y1 = c("一张嘴就让一万，你这价水分不小啊。我收购点一天过三四十吨，你看哪台合适？", "too_expensive")
a2 = t("一天三四十吨，小的那台一小时两吨，一天二十吨都吃力，得上大的。你的客商看不看糖度？")
b2 = c("广东客商要看，按糖度分价。", None)
a3 = t("那测糖值钱。你拉两筐自己的果子来展厅过一遍机，看分得准不准再说。")
b3 = c("行，礼拜天我拉两筐过去。", None)
PAIRS.append(rpair(
    "zhb47r_f02_xianyang_apple_grader",
    "Grading machine supplier, Xianyang (Shaanxi): an apple buyer asks prices. Worse cuts the price before asking anything.",
    [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3]))

# f03 unexplained jargon
o = c("我们是做冷吃兔的小作坊，想在你们冷库租点地方放货，咋个收费？", None)
a1 = t("好的。一个月大概进好多货？要冷冻还是冷藏？")
b1 = c("一个月两三吨，真空包装的，要冷藏。", None)
a2 = t("冷藏库零到四度，按托算，一托放一吨左右，一天三块。进出库我们扫码记账，每天发你库存表。")
b2 = c("一托一天三块，放三托一个月两百七，还可以。", None)
x2 = t("我们是WMS管理，SKU级库位，FIFO出库，按托位计费，一个托位一天三块。")
y2 = c("啥子WMS、SKU哦，我听不懂，你说人话嘛。", None)
a3 = t("你先来库里看一下，我给你开个账号，手机上就能看到货还剩好多。")
b3 = c("这两天在赶货，走不开，礼拜六过来嘛。", "no_time")
PAIRS.append(rpair(
    "zhb47r_f03_chengdu_coldstore_jargon",
    "Cold store, Chengdu (Sichuan): a small spicy-rabbit workshop asks about renting chilled space. Worse answers in warehouse jargon.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f04 vague next step
o = c("你们专线拉到西宁的那车药材，到了湿了一半，这个咋赔？", None)
a1 = t("先跟您说声对不起。湿了多少件？收货时签收单上备注了没？")
b1 = c("四十件湿了十八件，收货人拍了照，签收单上写了。", None)
a2 = t("那证据是全的，按货值赔。您把货值单据和照片发我。")
b2 = c("发你了。啥时候能赔下来？我还欠着供货的钱。", None)
a3 = t("收到了。今天报上去，礼拜五前告诉您赔多少，下礼拜二前钱到您卡上。礼拜五我自己给您打电话。")
b3 = c("那行，礼拜五等你电话。", None)
x3 = t("收到了。我们这边会尽快处理，有结果了会通知您的。")
y3 = c("尽快是多快？上回别家也说通知，半年都没通知。", "bad_experience")
PAIRS.append(rpair(
    "zhb47r_f04_lanzhou_wet_cargo_claim",
    "LTL freight line, Lanzhou (Gansu): a herb trader claims for cargo soaked on the way to Xining. Worse ends with a vague next step.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3]))

# f05 over-promises
o = c("我家葡萄起霜霉病了，二十亩，你们无人机能来打不？", None)
a1 = t("能来。叶子背面白霉多不多？发了几天了？")
b1 = c("背面一片白，发了四五天，前两天下雨。", None)
a2 = t("那得赶紧打，明天上午能去，一亩飞防费十五，药你自己备或者我们配。")
b2 = c("药你们配，我也不懂。", None)
a3 = t("好。打完能控住不往新叶上扩，已经发病的叶子救不回来，过七天还得补一遍。")
b3 = c("晓得了，那明天上午来嘛。", None)
x3 = t("好。你放心，我们打完保证一片病叶都不剩，葡萄一点损失都没有。")
y3 = c("一片都不剩？莫吹了，上回有个也这样说，打完照样烂。", "bad_experience")
PAIRS.append(rpair(
    "zhb47r_f05_mile_grape_mildew",
    "Drone spraying service, Mile (Yunnan): a grape grower with downy mildew calls for spraying. Worse over-promises the result.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3]))

# f06 argues with the customer
o = c("你好，我在汉中种茶，想找你们帮忙做个网店，但是我不想拍视频露脸。", None)
a1 = t("可以。你现在茶叶主要卖给谁？一年卖多少斤？")
b1 = c("卖给茶厂，一年两千来斤，价格压得低。", None)
a2 = t("不露脸也能做，拍茶园、拍炒茶的手，配上声音就行。一个月先上十款，我们来拍。")
b2 = c("那这样可以。收费咋算？", None)
x2 = t("不露脸不行，现在网上卖农产品都得真人出镜，你这想法是错的，不露脸没人信。")
y2 = c("我就是不想露脸，这事莫说了。收费咋算？", None)
a3 = t("基础代运营一个月两千，拍摄另算，一次八百。")
b3 = c("一个月两千有点多，头一个月能不能少点？", "too_expensive")
PAIRS.append(rpair(
    "zhb47r_f06_hanzhong_tea_shop",
    "Online-shop agency, Hanzhong (Shaanxi): a tea grower wants an online shop without showing her face. Worse argues with her.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f07 closes before checking the thing works
o = c("我那收割机脱粒滚筒响得厉害，恁看看咋回事，明天还得去割麦。", None)
a1 = t("啥时候开始响的？一直响还是一吃麦子才响？")
b1 = c("昨天下午开始，一吃麦子就咔咔响。", None)
a2 = t("拆开看了，滚筒纹杆松了两根，裂了一根。换了新纹杆，螺丝都紧了一遍，配件加工时三百二。")
b2 = c("三百二还中。", None)
a3 = t("先别急着给钱，我发动着空转十分钟，再喂一捆麦子试试，不响了你再结账。")
b3 = c("中，试试放心。", None)
x3 = t("好了，三百二，扫码还是现金？明天就能去割了。")
y3 = c("还没开起来试试咋就结账？明天割一半再响咋弄？", None)
PAIRS.append(rpair(
    "zhb47r_f07_zhoukou_harvester_drum",
    "Combine repair shop, Zhoukou (Henan): a noisy threshing drum the night before harvest. Worse asks for payment before a test run.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3]))

# f08 recommends before asking
o = c("我想买个微耕机，山坡坡上的地，你们这儿哪种好？", None)
a1 = t("地有好陡？主要是翻地，还是还要开沟？")
b1 = c("坡有点陡，主要是种苞谷前翻一下，再开点沟。", None)
x1 = t("拿这台十马力柴油的嘛，卖得最好，四千八，啥子地都犁得动。")
y1 = c("十马力？那么重，我那坡上抬都抬不上去。你都没问我地啥样子。", None)
a2 = t("坡陡的话柴油的太重，选六马力汽油的，一个人抬得动，带开沟器，三千二。")
b2 = c("三千二，比我想的多了几百。", "too_expensive")
a3 = t("你先在店后头那个坡上试一下，顺手了再买，不顺手不买。")
b3 = c("要得，我试一下。", None)
PAIRS.append(rpair(
    "zhb47r_f08_yibin_mini_tiller",
    "Farm machinery shop, Yibin (Sichuan): a hillside farmer asks which mini tiller to buy. Worse recommends before asking.",
    [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3]))

# f09 talks about themselves instead of the customer
o = c("我做咖啡生豆的，从普洱发到上海，一次两三百公斤，你们专线走不走？", None)
a1 = t("走的。麻袋装还是纸箱？怕不怕受潮？")
b1 = c("麻袋，最怕受潮，去年雨季发一批，到了发霉了两袋。", None)
a2 = t("生豆我们垫托盘，不靠车厢壁，雨季再加一层膜，到了你验货。")
b2 = c("那就好。到上海好多天？好多钱？", None)
x2 = t("我跟你说，我干物流十五年了，以前自己也在普洱收过咖啡，那几年亏惨了，后来才做专线……")
y2 = c("师傅，你的事等下再摆，我就问到上海好多天、好多钱。", None)
a3 = t("五天到，三百公斤大概九百块，门到门。")
b3 = c("九百还可以，下礼拜先发一批。", None)
PAIRS.append(rpair(
    "zhb47r_f09_puer_coffee_freight",
    "Freight line Pu'er-Shanghai (Yunnan): a green-coffee trader worried about damp asks about shipping. Worse talks about himself.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

# f10 an unasked lecture
o = c("我要两千个樱桃礼盒，两斤装的那种，你们有货没？", None)
a1 = t("有。要印字的还是白盒？啥时候要？")
b1 = c("白盒就行，下礼拜三开摘，礼拜二前要到。", None)
a2 = t("礼拜二前能送到。两斤装一个一块八，两千个三千六，送到村里。")
b2 = c("一块八，比去年贵了两毛。", "too_expensive")
x2 = t("能送到。不过我跟你说，现在卖樱桃光用白盒不行，得印品牌、做抖音，不然永远叫客商压价，得有品牌意识……两斤装一块八。")
y2 = c("额就买个盒子，你给额上啥课。一块八，比去年贵两毛。", "too_expensive")
a3 = t("纸涨价了。两千个我给你免运费，礼拜一就送到。")
b3 = c("那行，礼拜一送来。", None)
PAIRS.append(rpair(
    "zhb47r_f10_tianshui_cherry_boxes",
    "Packaging supplier, Tianshui (Gansu): a cherry grower orders gift boxes. Worse adds an unasked lecture on branding.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, x2, y2, a3, b3]))

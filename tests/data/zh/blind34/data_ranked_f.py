"""Ranked pairs f01-f10: both sides share the same turn objects except one fault in `worse` and the reaction to it."""
from common import c, rpair, t

o = c("额来买肥。先说下，去年在你这买的那个冲施肥，额那一片苹果苗烧根咧。", None)
t1 = t("叔，这事得弄清楚。去年是几月冲的？一亩冲了多少？")
c1 = c("五月份，一亩二十斤，跟往年一样。那阵子旱得很，没下雨。", None)
tb = t("天旱土干的时候冲高浓度的肥最容易烧根，肥本身不一定有问题，但当时我们没提醒您，这是我们没说到。")
cb = c("那你早说撒。今年额还用这个不？", None)
tw = t("叔，不可能是肥的问题，这肥卖了几千袋，别人都没事，肯定是您自己用多了。")
cw = c("额用了二十年肥，还要你教？你家这肥额不敢再用咧。", "bad_experience")
t3 = t("今年要用的话，先浇一遍水，隔两天再冲，一亩减到十五斤。或者换这个含腐植酸的，温和点，一袋贵十块。")
c3 = c("那先拿两袋温和的，试试再说。", None)
f01 = rpair("zhb34r_f01_baoji_fertilizer_burn",
    "Baoji, Shaanxi: apple grower says last year's fertiliser burned his seedlings.",
    [o, t1, c1, tb, cb, t3, c3], [o, t1, c1, tw, cw, t3, c3])

o = c("你好，我话费里每个月扣十块钱的什么“天气早知道”，我从来没订过这个。", None)
t1 = t("您好，我帮您查一下……确实有，去年八月开通的，是短信回复开通的。")
c1 = c("短信回复？我没回过啥短信啊。", None)
tb = t("有可能是误点或者被诱导了。我先给您退订，去年八月到现在一共一百二，我帮您申请全额退回。")
cb = c("能全退？那好。", None)
tw = t("系统显示是回复了“Y”才开通的，您确定没回过吗？很多人说没回，其实是自己忘了。我先给您退订，钱我帮您申请看看。")
cw = c("你意思是我撒谎？我一个月十块钱跟你骗？", None)
t3 = t("退款三到五个工作日原路返回，到时有短信通知。我再给您关掉增值业务开通功能，以后谁也开不了。")
c3 = c("行，关了好。", None)
f02 = rpair("zhb34r_f02_karamay_unwanted_service",
    "Karamay, Xinjiang: customer disputes a paid SMS service he never ordered.",
    [o, t1, c1, tb, cb, t3, c3], [o, t1, c1, tw, cw, t3, c3])

o = c("老板，我这半挂想换六条轮胎，你们这有啥好的？", None)
tb = t("师傅，您这车主要跑啥路？拉重货还是轻货？一个月跑多少？")
cb = c("跑乌鲁木齐到霍尔果斯，高速多，拉钢材，一个月一万多公里。", None)
tw = t("师傅，这款一条一千五，我直接给您一千三，六条七千八。您主要跑啥路？")
cw = c("还没看就降价，这胎是不是本来就不值……跑乌鲁木齐到霍尔果斯，高速，拉钢材，一个月一万多公里。", None)
t2 = t("拉重货跑高速，建议全钢耐磨花纹的，能跑十五万公里左右，比普通的多跑三四万。")
c2 = c("去年换的便宜胎，跑了八万就磨平了，还爆了一条。", None)
t3 = t("那就是便宜胎不经跑。您先看看实物，摸一下花纹深度，两款的价钱和公里数我写一张单子，您比一比。")
c3 = c("行。这价我还得跟车老板说一声，车是他的。", "think_it_over")
f03 = rpair("zhb34r_f03_urumqi_truck_tyres",
    "Urumqi, Xinjiang: semi-trailer driver wants six new tyres.",
    [o, tb, cb, t2, c2, t3, c3], [o, tw, cw, t2, c2, t3, c3])

o = c("有没有量血压的那个机器？医生让额在家量。", None)
t1 = t("有的叔。医生说一天量几次？您用这些小机器顺手不？")
c1 = c("早晚各一次。额眼睛还行，就是手笨，按钮多了弄不来。", None)
tb = t("那就选这款上臂式的，一个大按钮，绑上一按就行，数字大，一百六十八。")
cb = c("一百六十八……行，你教额咋绑。", None)
tw = t("那就选这款上臂式的，一个大按钮，一百六十八。另外叔我得说您，血压高就得少吃盐，咱这边羊肉咸菜吃得多，烟也得戒，不然量了也白量。")
cw = c("额买个机器，你咋还管上额吃啥咧？医生都没你说得多。", None)
t3 = t("袖带绑在胳膊肘上面两指，管子朝下，坐着量，量之前歇五分钟。早晚的数记在本子上，复诊拿给医生看。")
c3 = c("记下了。就是一百六十八比网上贵点吧……算了，就拿这个。", "too_expensive")
f04 = rpair("zhb34r_f04_dingbian_bp_monitor",
    "Dingbian pharmacy, Shaanxi: older man buys a home blood-pressure monitor.",
    [o, t1, c1, tb, cb, t3, c3], [o, t1, c1, tw, cw, t3, c3])

o = c("你好，额是镇罗镇的，煤改气登记了一个月了，到底啥时候来装？马上冬天咧。", None)
t1 = t("叔，我查一下……您家在第三批，管道已经通到您那个村了。")
c1 = c("那就快了撒？额老伴怕冷，十月底就得烧上。", None)
t2 = t("管子通了，剩下就是入户和装炉子，一户大概半天。")
c2 = c("额白天要去地里，家里得有人吧？", None)
tb = t("得有人。你们村排在十月十二到十五号，我现在给您定十三号上午，师傅提前一天打电话，您这个号能打通吧？")
cb = c("能打通。十三号上午，额在家等。", None)
tw = t("得有人。这个我们排好了会通知您的，您等电话就行。")
cw = c("又是等电话，等了一个月咧。到底哪天嘛？", None)
f05 = rpair("zhb34r_f05_zhongwei_gas_install_date",
    "Zhongwei, Ningxia: villager chases the installation date for coal-to-gas.",
    [o, t1, c1, t2, c2, tb, cb], [o, t1, c1, t2, c2, tw, cw])

o = c("你好，我下个月想去张掖拍丹霞，主要想拍日落那会的颜色，你们有摄影团吗？", None)
t1 = t("有的。您是自驾还是需要接送？大概待几天？")
c1 = c("坐高铁到张掖，待三天。请假不容易，就这一次机会。", None)
t2 = t("三天里安排两个傍晚在丹霞，一个在彩色丘陵观景台，一个在冰沟。颜色最饱和一般是雨后第二天的傍晚。")
c2 = c("那要是三天都阴天呢？", None)
tb = t("实话说，阴天颜色会发灰，这个谁也保证不了。我们每天看天气灵活调，第三天早上还有一次日出机位。出发前五天天气预报差，可以免费改期。")
cb = c("能改期就好。价钱我跟我对象商量一下，她也想去。", "think_it_over")
tw = t("您放心，这个季节张掖基本不下雨，我们保证您拍到最美的颜色，拍不到我们负责。")
cw = c("保证？天气你也能保证？……那行吧，先报上。", None)
f06 = rpair("zhb34r_f06_zhangye_danxia_photo_tour",
    "Zhangye, Gansu: amateur photographer with one chance to shoot Danxia at sunset.",
    [o, t1, c1, t2, c2, tb, cb], [o, t1, c1, t2, c2, tw, cw])

o = c("你好，我是卖菜的，想买个收银机，能跟我那台电子秤连起来不？", None)
t1 = t("大部分能连。您那台秤是啥牌子？后面有数据线接口没有？")
c1 = c("就菜市场常见的那种，后面有个方口。牌子记不清，拍了照片你看。", None)
t2 = t("这个口是能连的，但不同的秤通讯方式不一样，得实际接上试。")
c2 = c("那咋试？我不想买回去用不了。上回买个打印机就用不了，退都退不了。", "bad_experience")
tb = t("您明天把秤拿过来，或者我下午带机器到您摊位上，当场连上，称一把菜打个小票，能用再付钱。")
cb = c("下午三点以后摊上人少，你那会来。", None)
tw = t("放心，这款兼容性很好，一般都能连。今天付款送您一卷小票纸，微信还是现金？")
cw = c("我刚说了怕用不了……你先别收钱，连上了再说。", "think_it_over")
f07 = rpair("zhb34r_f07_yulin_market_scale_pos",
    "Yulin, Shaanxi: market vegetable seller wants a till that works with her scale.",
    [o, t1, c1, t2, c2, tb, cb], [o, t1, c1, t2, c2, tw, cw])

o = c("你们这有肉牛的精料不？额养了三十头牛。", None)
tb = t("有的。牛多大了？现在喂的啥？是育肥还是养母牛下犊？")
cb = c("都是一岁多的西门塔尔，育肥的，现在喂玉米面加秸秆，长得慢。", None)
tw = t("有的，这款育肥精料卖得最好，一袋一百一，一头牛一天喂三斤。")
cw = c("额还没说牛多大、喂的啥呢……一岁多的西门塔尔，育肥的，喂玉米面加秸秆，长得慢。", None)
t2 = t("光喂玉米面加秸秆，蛋白不够，长得慢正常。配这种浓缩料，跟您的玉米面一比三拌，一头一天多花三块多，日增重能多半斤左右。")
c2 = c("一天多三块，三十头就一百多，额这本钱有点扛不住。", "no_money")
t3 = t("半斤肉按现在活牛价能卖十五六块，比三块多。您先买五袋喂两个礼拜，称体重对比，划算再多买。")
c3 = c("那先拉五袋。", None)
f08 = rpair("zhb34r_f08_guyuan_cattle_feed",
    "Guyuan, Ningxia: farmer with 30 fattening cattle asks about concentrate feed.",
    [o, tb, cb, t2, c2, t3, c3], [o, tw, cw, t2, c2, t3, c3])

o = c("你好，我家卧室手机老是连不上网，客厅好好的，你们能弄不？", None)
t1 = t("能弄。您家房子多大？路由器放在哪？")
c1 = c("一百来平，三室，路由器在客厅电视柜上，卧室在最里头。", None)
tb = t("卧室离得远，信号穿不过两堵墙。可以在卧室门口再放一个小路由器，跟客厅那个连起来，走到哪都自动连，一个月加十块，师傅上门装。")
cb = c("一个月十块，那行，能连上就行。", None)
tw = t("那建议您升级FTTR，光纤到房间，千兆光猫加Wi-Fi 6的Mesh组网，无缝漫游，一个月加十块。")
cw = c("啥F啥T？我听不懂，我就想卧室能上网。", None)
t3 = t("师傅明天上午能去，装完当场让您在卧室刷个视频试试。")
c3 = c("明天上午我在家，来吧。", None)
f09 = rpair("zhb34r_f09_xian_bedroom_wifi",
    "Xi'an: older woman has no Wi-Fi in the back bedroom.",
    [o, t1, c1, tb, cb, t3, c3], [o, t1, c1, tw, cw, t3, c3])

o = c("你好，我是中学老师，想组织四十个学生来延安研学，两天，你们能接吗？", None)
t1 = t("能接。学生是初中还是高中？学校对安全和费用有啥要求？")
c1 = c("初二的，学校要求必须有保险，每人不超过五百，还得有讲解，回去要写研学报告。", None)
tb = t("明白：初二、四十人、两天、保险、每人五百以内、要讲解、要写报告。可以安排枣园、杨家岭、纪念馆，讲解员按课本来讲，每个点发一张学习单，写报告有素材。")
cb = c("学习单这个好，正好能交差。", None)
tw = t("明白。我跟您说，我去年带家里人走了一趟，那叫一个震撼，我在杨家岭站了半个小时没说话，我家孩子回去作文还拿了奖……")
cw = c("嗯……那是挺好。那我们学生咋安排？", None)
t3 = t("两天每人四百六，含住宿、餐、车、门票、保险和讲解。行程和报价单我发您，您给学校报批，要改随时说。")
c3 = c("好，发我邮箱吧，我跟年级组长商量一下。", "think_it_over")
f10 = rpair("zhb34r_f10_yanan_school_study_trip",
    "Yan'an, Shaanxi: teacher books a two-day study trip for 40 pupils.",
    [o, t1, c1, tb, cb, t3, c3], [o, t1, c1, tw, cw, t3, c3])

PAIRS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10]

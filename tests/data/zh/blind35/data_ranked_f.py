from common import c, t, rpair

PAIRS = []

# f01 argues with the customer
o = c("俺想买个冰箱，就一个要求：别吵。俺家那个旧的晚上嗡嗡响，俺睡不着。", None)
a = t("冰箱放哪？离卧室近吗？")
b = c("就在卧室门口，房子小，没地方放。原来那个是杂牌的，用了十年。", None)
x = t("那静音放第一位。这款变频的，三十五分贝，现在就开着，您贴近听听。")
y = c("嗯，是小声。可俺在商场听着都小声，搬回家就响。", "bad_experience")
PAIRS.append(rpair("zhb35r_f01_weifang_appliance_fridge",
"Appliance store, Weifang (Shandong): a man wants a quiet fridge by the bedroom door. The fault in worse: the trainee argues with the customer's doubt instead of taking it seriously.",
[o, a, b, x, y, t("您说得在理，店里吵，听不准。送到家三十天内嫌吵，包换包退，写在单子上。"),
 c("这还中，那就要这个。", None)],
[o, a, b, x, y, t("那不可能，变频的搬回家也一样静，是您原来那个杂牌的问题，别往这款上想。"),
 c("俺又没说这个响，恁跟俺犟啥？俺再转转。", None)]))

# f02 doubts the customer's honesty
o = c("你好，我寄到广州的两箱白芍，收件人讲箱子破了，湿了一箱，这个怎么赔？", None)
a = t("先别急。单号发我，收件人签收时拍照了没？")
b = c("拍了，箱子一角都塌了，里面药材受潮结块。照片我转给你。", None)
x = t("收到了，外箱确实压塌了。寄的时候保价了吗？")
y = c("没保价，普通件。一箱货值一千二。", None)
PAIRS.append(rpair("zhb35r_f02_bozhou_express_herbs_claim",
"Express delivery claims, Bozhou (Anhui): a herbal-medicine trader claims for a crushed, wet box. The fault in worse: the trainee suggests the customer is faking the claim.",
[o, a, b, x, y, t("没保价按规定赔得少，不过外箱是我们压坏的，我按货值给您申请，最少能赔一半，三个工作日内回您。"),
 c("一半也行吧，那我等你消息。下回我保价。", None)],
[o, a, b, x, y, t("一箱一千二？不会是装的时候本来就潮了吧？好多人拿旧货来报理赔。"),
 c("你这话什么意思？我做药材二十年了。我直接找12305。", None)]))

# f03 drops the price before asking anything
o = c("老板，你这个螺丝椒么子价？", None)
x = t("这批中辣，炒肉正好，要特辣的那边有杭椒。天天要的话我早上给你留，价钱按当天走。")
y = c("那我先拿十斤试试。", None)
z = t("好，称好了。明天要的话，头天晚上微信跟我讲一声。")
PAIRS.append(rpair("zhb35r_f03_nanchang_vegmarket_chili",
"Vegetable wholesale market, Nanchang (Jiangxi): a restaurant owner asks the price of peppers. The fault in worse: the seller cuts the price twice before asking anything, and the buyer grows suspicious.",
[o, t("三块二一斤。你是饭店用还是屋里吃？要多少？"),
 c("饭店用，一天二三十斤。你这个辣不辣？", None), x, y, z],
[o, t("三块二，你要的话三块给你，两块八也行。"),
 c("这么快就降价，是不是放久了哦？我饭店用，一天二三十斤，辣不辣？", None), x, y, z]))

# f04 an unasked lecture
o = c("老师，我下个月换了班，四点半接不了孩子，能晚点接吗？", None)
a = t("可以的。大概几点能到？")
b = c("五点半左右吧，厂里五点下班，骑电瓶车过来二十分钟。", None)
x = t("那报延时班就行，到六点，有老师带着做游戏。")
y = c("一个月多少钱？我们厂里工资不高。", None)
PAIRS.append(rpair("zhb35r_f04_anqing_kindergarten_pickup",
"Private kindergarten, Anqing (Anhui): a factory-worker mother needs a later pickup. The fault in worse: an unasked lecture on how working parents should spend more time with their children.",
[o, a, b, x, y, t("一百五一个月，含一顿点心。今天填个表，下月一号开始。"),
 c("好，那我现在填。", None)],
[o, a, b, x, y, t("一百五一个月。不过妈妈我多说一句，孩子这个年纪最需要陪伴，太晚接会缺安全感，工作再忙也要多陪陪。"),
 c("……我也想早点接，厂里又不是我开的。表给我吧。", None)]))

# f05 a vague next step
o = c("你好，我南康做沙发的，有一套要发到上海，客户催得紧。", None)
a = t("好的。几件？包装好了吗？")
b = c("一套三件，都打了木架。客户要下礼拜三前到，他新房要入住。", None)
x = t("下周三前没问题，专线三天到。三件带木架运费三百八，送货上楼另算，几楼？")
y = c("十二楼，有电梯。三百八比上回贵了点啊。", "too_expensive")
PAIRS.append(rpair("zhb35r_f05_ganzhou_furniture_logistics",
"Furniture logistics line, Ganzhou (Jiangxi): a sofa maker needs a set in Shanghai by Wednesday. The fault in worse: a vague next step ('we'll let you know').",
[o, a, b, x, y, t("上回是拼车，这回单独赶时间。上楼加五十。今天下午四点前送到站里，明早发车，周六到上海，司机电话我发你。"),
 c("那行，我下午三点拉过来。", None)],
[o, a, b, x, y, t("上楼加五十。你先送过来吧，什么时候发车我们到时候再通知你。"),
 c("到时候是什么时候？客户等着要的，你给我个准话。", None)]))

# f06 over-promises
o = c("俺邻村听说又闹猪瘟了，俺这场咋防？你那消毒药管用不？", None)
a = t("邻村有了得赶紧防。您场里进出的车和人现在咋管的？")
b = c("拉料的车直接开进场里，人也没换衣裳。", None)
x = t("这是最大的口子。料车别进场，门口卸了转运；人进场洗澡换衣裳。消毒用这个过硫酸氢钾，一桶二百六，车轮和消毒池都用它。")
y = c("中，先拿两桶。这个能保证不得病不？", None)
PAIRS.append(rpair("zhb35r_f06_linyi_pigfarm_biosecurity",
"Pig farm supplies, Linyi (Shandong): a farmer fears African swine fever from the next village. The fault in worse: the trainee guarantees no pig will fall ill.",
[o, a, b, x, y, t("说实话，谁也打不了包票，消毒只是一道。关键是车和人这两个口子堵上。我明天去您场里看看，帮您画个进出路线。"),
 c("中，实在话，明儿来吧。", None)],
[o, a, b, x, y, t("放心，用了俺这个药，保证一头都不会得，俺打包票。"),
 c("包票？去年卖疫苗的也这么说，后来死了一圈。你这话俺不敢信。", "bad_experience")]))

# f07 closes before checking that it works
o = c("师傅，装好了没？我要在屋里直播卖瓷器，网一定要快。", None)
a = t("光猫装好了，在堂屋。你直播在哪间？")
b = c("后面那间，隔了两道墙，老房子的砖墙，蛮厚的。", None)
x = t("那得看信号过不过得去。你一般几点播？")
y = c("晚上八点到十一点。上回用别家的网，播着播着就掉线。", None)
PAIRS.append(rpair("zhb35r_f07_jingdezhen_broadband_install",
"Broadband installation, Jingdezhen (Jiangxi): a porcelain seller livestreams from a back room behind thick walls. The fault in worse: the installer asks for the signature before testing the back room.",
[o, a, b, x, y, t("我现在拿手机去后屋测……只有二十兆，不够播。我拉根网线过去装个面板，不另收钱，弄好你开播试一下再签字。"),
 c("好，那麻烦你了。", None)],
[o, a, b, x, y, t("放心，三百兆的网，播十个钟头都不会掉。你在单子上签个字，我还要赶下一家。"),
 c("你都不去后屋测一下？那边手机一格信号都冇……你先莫走。", None)]))

# f08 recommends before asking
o = c("你好，我卖茶叶收了十来万，想存起来，存哪种好一点？", None)
x = t("那分两份：五万存一年定期，明年春天正好到期；另外五万不急用，存三年，利息高点。")
y = c("这个好，就这么办。", None)
z = t("好，身份证给我，两张存单分开写。")
PAIRS.append(rpair("zhb35r_f08_xuancheng_coop_deposit",
"Rural credit co-op, Xuancheng (Anhui): a tea farmer wants to deposit her season's takings. The fault in worse: a three-year certificate is recommended before asking when she needs the money.",
[o, t("好的。这笔钱大概多久不用？家里近期有么事要花钱的？"),
 c("明年春天要翻修茶厂，大概要用一半。", None), x, y, z],
[o, t("推荐您买我们三年期的大额存单，利率最高，十万起存正好。"),
 c("三年？我明年春天要翻修茶厂，要用一半，那不就取不出来了？", None), x, y, z]))

# f09 unexplained jargon
o = c("你好，俺超市那个收银机老卡，想换个系统，你们这个好用不？", None)
a = t("您店多大？是结账的时候卡，还是开机就慢？")
b = c("百来个平方，三四千种货，晚上人多就卡。现在这个也是人家说好用才装的。", "bad_experience")
x = t("周三我带台机器去店里，拿您的货试扫一晚上高峰，不卡再说买的事。")
y = c("礼拜三晚上俺店里最忙，没空弄这个，礼拜四上午吧。", "no_time")
PAIRS.append(rpair("zhb35r_f09_jinan_supermarket_pos",
"Retail software sales, Jinan (Shandong): a supermarket owner's tills freeze at the evening rush. The fault in worse: the answer is unexplained jargon (SaaS, SKU, API).",
[o, a, b, t("货多、高峰卡，多半是老机器自己存数据太慢。我们的数据放网上服务器，收银机只管扫码，人多也不卡。您的商品资料能直接导进来，不用重录。"),
 c("那不用俺一个一个再输了？中，那俺看看。", None), x, y],
[o, a, b, t("我们是SaaS架构，云端部署，SKU通过API批量同步，POS端轻量化，高并发没压力。"),
 c("啥？啥是撒斯？俺听不懂，恁就说卡不卡吧。", None), x, y]))

# f10 talks about themselves
o = c("你好，我闺女十月份结婚，想在你们这订酒席，二十来桌。", None)
a = t("恭喜恭喜！十月哪一天？菜想要什么档次的？")
b = c("十月六号。就是……亲戚多，农村来的，菜要实在，量要足。", None)
x = t("菜能换能减，价钱跟着调。六号那天还空着，我先帮您留三天，不收定金，菜单您带回去跟亲家一起看。")
y = c("好，那我跟亲家商量商量，这两天给你回话。", "think_it_over")
PAIRS.append(rpair("zhb35r_f10_hefei_hotel_wedding_banquet",
"Hotel banquets, Hefei (Anhui): the bride's mother wants about twenty tables of hearty food. The fault in worse: the trainee talks about her own wedding instead of the customer's.",
[o, a, b, t("明白，实在、量足。两千八这档整鱼整鸡都有，老母鸡汤是本地的。这是菜单，您看哪个菜想换。"),
 c("嗯，这个菜单实在。两千八我们有点吃力，能不能去两个菜？", "no_money"), x, y],
[o, a, b, t("哎呀，我去年结婚也是在这办的，我老公家亲戚也多，我们当时订的三千八，我跟您说那场面……"),
 c("嗯嗯……那个，你把菜单给我看看吧。", None), x, y]))

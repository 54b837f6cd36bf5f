"""zh_blind53 ranked pairs f01-f10 (written by hand): both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

# f01 argues with the customer
f01_open = c("你好 我是1206的 房间里一股烟味 熏得我脑壳痛 能不能换一间", None)
f01_t1 = t("您好，不好意思让您不舒服了。是一进门就有，还是出去一趟回来才闻到的？")
f01_c1 = c("一进门就有 窗户开了半个钟头还是有 我老婆怀孕了 闻不得", None)
f01_t2_good = t("那确实不能住，孕妇要紧。我马上给您查无烟楼层的空房。")
f01_c2_good = c("好 麻烦快点 她在大厅坐着等", None)
f01_t2_bad = t("我们全楼都是禁烟的，客人入住都签了承诺，房间里应该不会有烟味，是不是楼道或者隔壁飘过来的？")
f01_c2_bad = c("我鼻子又冇坏 就是房间里的 你莫跟我扯 到底换不换", None)
f01_t3 = t("十五楼有一间同样的大床房，是无烟楼层，不加钱。房卡我现在重新做，叫行李员上去帮您搬。")
f01_c3 = c("要得 1206的空调遥控器我放在桌上了", None)
f01_t4 = t("好的，1206我们会安排通风清洁。今晚哪里不舒服随时打前台。")

# f02 doubts the customer's honesty
f02_open = c("你好 我这个手机买了五个月 屏幕突然有一条绿线 在保修期吧", None)
f02_t1 = t("您好，我先看一下……是一条竖的绿线。是一直都在，还是时有时无？")
f02_c1 = c("一直在 前天早上起来就有了 晚上充电的时候还好好的", None)
f02_t2_good = t("好，夜里充电第二天出现的，屏幕外面冇裂，边框也冇磕碰。这种绿线常见是屏幕排线的问题，在保修范围里。")
f02_c2_good = c("那就好 我还担心要自己出钱", None)
f02_t2_bad = t("一般这种绿线都是摔过或者压过才有的，您确定冇摔过？好多人都讲冇摔，一拆开就看出来了。")
f02_c2_bad = c("我讲冇摔就冇摔 你这话么意思 我还骗你啊", None)
f02_t3 = t("要送检，拆机确认是屏幕本身的问题就免费换屏，大概五到七天。检测期间可以借您一台备用机。")
f02_c3 = c("五到七天啊 我做生意的 手机一天都离不得", "no_time")
f02_t4 = t("备用机可以插您的卡，微信登上去就能用。数据建议先备份，我现在帮您弄，二十分钟。")

# f03 drops the price before asking anything
f03_open = c("你好 我在五一广场开奶茶店 想用安化黑茶做个新品 想问下你们散茶么样卖", None)
f03_t1_good = t("您好，黑茶做奶茶这两年蛮多人在试。您是打算做冷泡还是热煮？一个月大概用多少？")
f03_c1_good = c("想做冷泡的 一个月先用个二三十斤试试 看卖得么样", None)
f03_t1_bad = t("您好，散茶一斤八十，您做奶茶的话我直接按六十给您，再送两斤。您是打算做冷泡还是热煮？一个月大概用多少？")
f03_c1_bad = c("冷泡的 先二三十斤试试…… 不过你一开口就降二十块 这茶是不是有么子问题", None)
f03_t2 = t("冷泡的话建议用天尖，香气高，泡出来不涩。我先给您寄两种小样，你们店里试做几杯再定。")
f03_c2 = c("小样好 寄到店里就行", None)
f03_t3 = t("好，地址发我，样品明天到。试完了我们再谈起订量和送货。")
f03_c3 = c("可以 要是客人喜欢 后面量会大", None)

# f04 an unasked lecture
f04_open = c("老板 有冇止咳的 咳了好几天了 晚上咳得睡不着", None)
f04_t1 = t("咳了几天了？干咳还是有痰？有冇发烧？")
f04_c1 = c("五六天了 有黄痰 冇发烧 我抽烟的", None)
f04_t2_good = t("有黄痰的话，要选化痰的，不是光压咳嗽的那种。冇发烧可以先吃三天看看。")
f04_c2_good = c("好 那拿一瓶", None)
f04_t2_bad = t("抽烟的话咳嗽是肯定的。我跟您讲，抽烟对肺伤害太大了，焦油尼古丁，肺都是黑的，您不戒烟吃么药都冇用，我建议您……")
f04_c2_bad = c("我是来买药的 不是来听你上课的 有冇化痰的 拿一瓶", None)
f04_t3 = t("这个是化痰止咳的，一天三次一次十毫升，二十八块。三天后还有黄痰或者开始发烧，就去医院拍个片子。")
f04_c3 = c("二十八 有冇便宜点的 上次买的才十几块", "too_expensive")
f04_t4 = t("有，这个国产的十六块，成分差不多，就是甜一点。")

# f05 a vague next step
f05_open = c("你好 我家去年在你们这装的 现在客厅地板起拱了 中间鼓起来一块", None)
f05_t1 = t("您好，不好意思。起拱的地方大概多大？最近屋里有冇漏水，或者拖地水放得比较多？")
f05_c1 = c("一平方左右 冇漏水 就是最近下雨多 屋里潮", None)
f05_t2 = t("潮湿加上伸缩缝留得不够，木地板就容易起拱。您家在两年保修期里，要师傅上门把踢脚线拆开看伸缩缝。")
f05_c2 = c("上门收钱冇 我上次喊别个修个水龙头都收了五十上门费", None)
f05_t3_good = t("保修期内上门不收钱。我给您约周四下午两点，师傅姓陈，周三晚上他会打电话跟您确认。")
f05_c3_good = c("周四下午可以 屋里有人", None)
f05_t3_bad = t("保修期内上门不收钱。我把情况报上去，等安排好了我们会通知您。")
f05_c3_bad = c("那要等好久 到底么时候来 鼓得越来越高了", None)
f05_t4 = t("师傅来之前，鼓起来那块先莫放重东西，也莫用湿拖把拖。")

# f06 over-promises
f06_open = c("你好 我女儿高三 数学一百分左右 想冲一下 你们寒假班有冇用", None)
f06_t1 = t("您好。一百分是一百五的卷子吧？她主要丢分在哪里，最后两道大题，还是前面选择填空也丢？")
f06_c1 = c("选择填空丢得多 大题后面两道基本不做", None)
f06_t2 = t("那先把选择填空抓稳，这一块提分最快。寒假班二十次课，专门练选择填空的方法和速度，一期三千二。")
f06_c2 = c("三千二不便宜啊 我们去年报了个班 一点效果都冇", "bad_experience")
f06_t3_good = t("去年那种情况我理解。实话讲，二十次课不可能把所有问题解决，选择填空稳住了一般能多拿十分左右，还要她自己每天练。第一次课可以试听，不对路就不报。")
f06_c3_good = c("十分也好 那先试听一次", None)
f06_t3_bad = t("您放心，我们保证提分，上完寒假班一百二十分冇问题，不提分全额退款。")
f06_c3_bad = c("提二十分？真的假的 你讲得这么满 我反而不放心", None)
f06_t4 = t("第一次课周六上午九点，您跟孩子一起来，上完老师跟您讲她的情况。")

# f07 closes before checking the thing works
f07_open = c("师傅你好 我就是报装宽带的 主要是我在楼上书房上网课 要稳定", None)
f07_t1 = t("好的。书房在二楼是吧？光猫和路由器您想装在哪里？")
f07_c1 = c("光纤进户的那个盒子在一楼客厅 书房在二楼最里面", None)
f07_t2 = t("那路由器放一楼客厅，二楼最里面信号可能弱。我先把线接好，开通了再说。")
f07_c2 = c("要得 你弄 我下午三点还有课", None)
f07_t3_good = t("开通了。我拿手机上二楼书房测一下……书房只有二十兆，视频会卡。我从楼梯那边走根网线上去，书房放个小路由，不另收材料费，十五分钟。")
f07_c3_good = c("那好 你搞 三点之前弄好就行", None)
f07_t3_bad = t("开通了，一楼测速三百兆，冇问题。您在单子上签个字，我就走了。")
f07_c3_bad = c("我是在楼上书房上课啊 你不上去测一下？", None)

# f08 recommends before asking
f08_open = c("你好 想看下车 预算十五万左右", None)
f08_t1_good = t("您好。车主要是您自己开还是一家人用？平时市区开得多还是跑长途？屋里能不能装充电桩？")
f08_c1_good = c("我跟我老婆上下班用 市区为主 屋里有个车位可以装充电桩", None)
f08_t1_bad = t("十五万的话，我推荐这台SUV，一点五T，空间大，卖得最好。")
f08_c1_bad = c("SUV？我冇想要SUV 车位蛮小的 屋里可以装充电桩 想看看电车", None)
f08_t2 = t("能装充电桩的话，纯电的轿车用起来最省钱，一公里几分钱。这台十四万八，续航五百多公里，市区开一个礼拜充一次就够。")
f08_c2 = c("电车啊 我听说冬天续航掉得蛮狠 我同事那台冬天打了七折", "bad_experience")
f08_t3 = t("冬天是会掉，一般两三成，这台有热泵会好一点。按上下班算，冬天充一次也够三四天。可以先试驾，冬天的续航数据我也拿给您看。")
f08_c3 = c("那先试一下", None)

# f09 unexplained jargon
f09_open = c("你好 我退休了 手上有十万块钱 想买点理财 不想亏本", None)
f09_t1 = t("阿姨您好。这十万块是要随时能取出来用的，还是放一两年都不动？")
f09_c1 = c("放一年冇问题 就是怕亏 我之前买了个保险讲是理财 取出来少了好多", "bad_experience")
f09_t2_good = t("那我讲清楚：这个产品风险低，但是不保本。一般比存定期多赚一点，万一行情不好，短时间可能少一点。往年放满一年都是赚的，一年大概两个多点。")
f09_c2_good = c("就是可能会少一点 那跟定期比呢", None)
f09_t2_bad = t("这个是R2级的净值型产品，T加一赎回，有三十天最短持有期，业绩比较基准二点五到三点二。")
f09_c2_bad = c("你讲的么子R2 净值 我一句都冇听懂 到底会不会亏", None)
f09_t3 = t("简单讲：定期一年一点五左右，保本，不会亏；这个理财一般能到两个多点，但不保本，短期可能少一点。一点都不想亏就存定期，能接受一点波动可以一半一半。")
f09_c3 = c("那我一半一半吧 回去跟我老伴也讲一下", "think_it_over")

# f10 talks about themselves instead of the customer
f10_open = c("你好 我们刚买了个八十平的两室 想找个设计师 预算不多", None)
f10_t1 = t("您好，恭喜。预算大概多少？屋里几个人住？")
f10_c1 = c("十万左右吧 我们两口子 明年打算要伢", None)
f10_t2_good = t("明年要伢的话，次卧可以先做书房，柜子和插座按儿童房预留，到时候不用返工。你们两个在屋里做得最多的是么子，做饭还是在家办公？")
f10_c2_good = c("我老公在家办公多 我喜欢做饭 厨房想大一点", None)
f10_t2_bad = t("我跟您讲，我做设计十二年了，拿过省里的设计奖，去年还上了杂志。我自己屋里也是八十平，我堂客就是在我设计的房子里怀的伢，我那个设计……")
f10_c2_bad = c("嗯…… 那你看我们这个么样搞 我老公在家办公多 我喜欢做饭", None)
f10_t3 = t("那厨房可以打掉一部分墙做半开放，书房放在采光好的那间。我先上门量房，出两个方案给你们比。设计费三千，签了施工就抵掉。")
f10_c3 = c("设计费三千啊 别家有免费设计的", "too_expensive")
f10_t4 = t("免费设计一般是套模板，你们也可以去比一下。我可以先量房，出个初步平面图不收钱，觉得有用再签。")

PAIRS = [
    rpair(
        "zhb53r_f01_zhangjiajie_hotel_smoke_smell",
        "A guest at a hotel in Zhangjiajie asks to change a room that smells of smoke; his wife is pregnant.",
        better=[f01_open, f01_t1, f01_c1, f01_t2_good, f01_c2_good, f01_t3, f01_c3, f01_t4],
        worse=[f01_open, f01_t1, f01_c1, f01_t2_bad, f01_c2_bad, f01_t3, f01_c3, f01_t4],
    ),
    rpair(
        "zhb53r_f02_yichang_phone_screen_green_line",
        "A shopkeeper brings a five-month-old phone with a green line on the screen to an authorised repair shop in Yichang.",
        better=[f02_open, f02_t1, f02_c1, f02_t2_good, f02_c2_good, f02_t3, f02_c3, f02_t4],
        worse=[f02_open, f02_t1, f02_c1, f02_t2_bad, f02_c2_bad, f02_t3, f02_c3, f02_t4],
    ),
    rpair(
        "zhb53r_f03_changsha_milk_tea_dark_tea_supply",
        "A milk-tea shop owner near Wuyi Square asks an Anhua dark-tea trader about loose tea for a new cold-brew drink.",
        better=[f03_open, f03_t1_good, f03_c1_good, f03_t2, f03_c2, f03_t3, f03_c3],
        worse=[f03_open, f03_t1_bad, f03_c1_bad, f03_t2, f03_c2, f03_t3, f03_c3],
    ),
    rpair(
        "zhb53r_f04_wuhan_pharmacy_cough_smoker",
        "A smoker with a five-day productive cough asks a Wuhan pharmacy for cough medicine.",
        better=[f04_open, f04_t1, f04_c1, f04_t2_good, f04_c2_good, f04_t3, f04_c3, f04_t4],
        worse=[f04_open, f04_t1, f04_c1, f04_t2_bad, f04_c2_bad, f04_t3, f04_c3, f04_t4],
    ),
    rpair(
        "zhb53r_f05_yichang_floor_buckling_warranty",
        "A Yichang customer's wooden floor, fitted last year, is buckling in the living room after weeks of rain.",
        better=[f05_open, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_good, f05_c3_good, f05_t4],
        worse=[f05_open, f05_t1, f05_c1, f05_t2, f05_c2, f05_t3_bad, f05_c3_bad, f05_t4],
    ),
    rpair(
        "zhb53r_f06_changsha_senior_maths_winter_class",
        "A Changsha mother asks whether a winter maths class will help her Year 12 daughter, who scores about 100 out of 150.",
        better=[f06_open, f06_t1, f06_c1, f06_t2, f06_c2, f06_t3_good, f06_c3_good, f06_t4],
        worse=[f06_open, f06_t1, f06_c1, f06_t2, f06_c2, f06_t3_bad, f06_c3_bad, f06_t4],
    ),
    rpair(
        "zhb53r_f07_xiangtan_broadband_upstairs_study",
        "A broadband installer in Xiangtan connects a house where the customer teaches online from an upstairs study.",
        better=[f07_open, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3_good, f07_c3_good],
        worse=[f07_open, f07_t1, f07_c1, f07_t2, f07_c2, f07_t3_bad, f07_c3_bad],
    ),
    rpair(
        "zhb53r_f08_wuhan_car_150k_budget",
        "A man with a 150,000-yuan budget and a parking space that can take a charger walks into a Wuhan car showroom.",
        better=[f08_open, f08_t1_good, f08_c1_good, f08_t2, f08_c2, f08_t3, f08_c3],
        worse=[f08_open, f08_t1_bad, f08_c1_bad, f08_t2, f08_c2, f08_t3, f08_c3],
    ),
    rpair(
        "zhb53r_f09_huangshi_retiree_wealth_product",
        "A retired woman in Huangshi wants to put 100,000 yuan into a wealth product without losing money; she was burned by an insurance 'investment' before.",
        better=[f09_open, f09_t1, f09_c1, f09_t2_good, f09_c2_good, f09_t3, f09_c3],
        worse=[f09_open, f09_t1, f09_c1, f09_t2_bad, f09_c2_bad, f09_t3, f09_c3],
    ),
    rpair(
        "zhb53r_f10_changsha_designer_small_flat",
        "A young couple with a small budget and a baby planned for next year ask a Changsha home-decoration designer about their 80 m² flat.",
        better=[f10_open, f10_t1, f10_c1, f10_t2_good, f10_c2_good, f10_t3, f10_c3, f10_t4],
        worse=[f10_open, f10_t1, f10_c1, f10_t2_bad, f10_c2_bad, f10_t3, f10_c3, f10_t4],
    ),
]

"""zhb37 ranked pairs f01-f10 (hand-written): same turns, one fault in worse and the reaction to it."""
from common import c, rpair, t

P = []

o = c("你们那个矿工靴，我们矿上想换一批，先报个价。", None)
g1 = t("一百六到两百六，看款。这批是给井下哪个工种穿的？")
h1 = c("采煤队的，井下水大。", None)
w1 = t("一百六到两百六。您要得多我先给您打八折，再少点也能谈。")
x1 = c("我还没说要多少你就打折，你这原价是虚的吧？给采煤队穿的，井下水大。", None)
a2 = t("水大得要高筒防水带钢头的，两百二那款。现在穿的有甚不满意？")
b2 = c("现在的穿仨月就开胶，工人老骂。", "bad_experience")
a3 = t("开胶多是胶粘的，这款是硫化一体的。先拿十双给采煤队穿一个月，不开胶再批量。")
b3 = c("行，先拿十双。不过两百二有点高，批量了得再谈。", "too_expensive")
P.append(rpair("zhb37r_f01_yangquan_minerboots",
               "Mine safety boots supplier, Yangquan. Fault in worse: cuts the price before asking anything.",
               [o, g1, h1, a2, b2, a3, b3], [o, w1, x1, a2, b2, a3, b3]))

o = c("师傅，我家锅炉才修了一个礼拜又漏水了，你们上回换的那个阀是不是有问题？", None)
a1 = t("修了一个礼拜又漏，这个得我们负责。漏的是上回换的阀，还是别处？")
b1 = c("就是那个阀，底下一直滴，接了半盆了。", None)
g2 = t("那多半是没装严，还在保修里。今天下午我过去重新装，不收钱。")
h2 = c("下午行，我三点以后在家。", None)
w2 = t("您确定是那个阀？不是家里人自己拧过吧？好多人自己动了又说是我们的事。")
x2 = c("谁拧那玩意儿？你们修坏了还赖我？三点以后你来，看完再说。", None)
a3 = t("好，三点半到，带个新阀，是阀的问题当场换。")
b3 = c("三点半不行，四点我得接孙子，你三点一到就来。", "no_time")
P.append(rpair("zhb37r_f02_baotou_boilerleak",
               "Boiler repair, Baotou: a repaired valve leaks again. Fault in worse: doubts the customer's honesty.",
               [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

o = c("老板，给我拉二十袋复合肥，种玉米的，还是去年那种。", None)
a1 = t("好嘞，去年那种四十五含量的，一袋一百六十五。今年还是种玉米？")
b1 = c("还是玉米，四十亩。", None)
g2 = t("四十亩二十袋，一亩半袋，跟去年一样。给您送到地头？")
h2 = c("送吧。", None)
w2 = t("我跟您说啊，现在好多人施肥都是瞎施，应该测土配方，比例不对钱就白花了，农技站讲过多少回了……")
x2 = c("我种了三十年地，用你给我上课？就拉去年那种。", None)
a3 = t("好，二十袋三千三，明天上午给您送到地头，行不？")
b3 = c("明天不行，我要去镇上，后天上午吧，放村口那块地头。", "no_time")
P.append(rpair("zhb37r_f03_bayannur_fertilizer",
               "Farm supply shop, Bayannur: a repeat order of fertilizer. Fault in worse: an unasked lecture.",
               [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

o = c("你好，我们一家五口下个月去呼伦贝尔，想订你们的木屋，有两个老人腿脚不太好。", None)
a1 = t("欢迎！几号到几号？老人上台阶不方便的话，我们有一楼没台阶的木屋。")
b1 = c("十五号到十八号，三晚。一楼的好，贵不贵？", None)
a2 = t("一楼木屋一晚八百八，三晚以上九折，三晚两千三百七十六。")
b2 = c("比网上看的贵点，不过老人方便要紧。", "too_expensive")
g3 = t("我先给您留两天，确认单发您微信，付了定金就锁定，后天中午前没付自动释放。")
h3 = c("好，我跟孩子他爸说一声，今晚就付。", None)
w3 = t("好的，我们这边再看看房态，有消息了再通知您。")
x3 = c("再看看是啥意思？到底有没有房？不行我网上订了。", None)
P.append(rpair("zhb37r_f04_hulunbuir_cabins",
               "Grassland resort, Hulunbuir: a family books cabins. Fault in worse: a vague next step.",
               [o, a1, b1, a2, b2, g3, h3], [o, a1, b1, a2, b2, w3, x3]))

o = c("我要那台白色的四驱的，下个月十号闺女结婚要用，能赶上不？", None)
a1 = t("恭喜！白色四驱的现车没有，得从厂里调，我查下在途的。")
b1 = c("你查，赶不上我就得看别的了。", None)
g2 = t("在途一台，正常二十号左右到店，再上牌三天，赶十号悬。要赶十号，店里有台银色现车。")
h2 = c("银色也行，就是闺女喜欢白的。我问问她。", "think_it_over")
w2 = t("没问题，包您十号前提车，我跟厂里关系好，保证赶上。")
x2 = c("真能赶上？那我今天就定了。", None)
a3 = t("定金五千，车型颜色和提车时间都写进合同。")
b3 = c("好，写清楚。", None)
P.append(rpair("zhb37r_f05_yuncheng_weddingcar",
               "County-town car dealer, Yuncheng: a car needed for a daughter's wedding. Fault in worse: over-promises delivery.",
               [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

o = c("我们学校想用你们的排课系统，就怕我们走班的课排不出来。", None)
a1 = t("走班是高中选科那种吧？几个年级、多少个教学班？")
b1 = c("高一高二，六个选科组合，四十多个班。去年试过一家的，排出来一堆冲突。", "bad_experience")
g2 = t("那我先拿你们上学期的课表在系统里跑一遍，排得出来再谈合同。您把课表发我？")
h2 = c("行，我让教务发给你。", None)
w2 = t("没问题，我们系统啥都能排。合同我带来了，今天签下周就上线。")
x2 = c("你连我们课表都没看，咋知道能排？先跑一遍再说。", "think_it_over")
a3 = t("好，课表到了两天内跑完，结果给您和教务一起看。")
b3 = c("好，那等你结果。", None)
P.append(rpair("zhb37r_f06_taiyuan_timetable",
               "School timetabling software, Taiyuan high school. Fault in worse: closes before checking it works.",
               [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

o = c("想问问挤奶机，我家三十头牛，现在还是手挤。", None)
g1 = t("三十头手挤可够累的。牛是拴着养还是散养？有挤奶厅没，还是在棚里挤？")
h1 = c("拴着养，在棚里挤，没挤奶厅。", None)
w1 = t("那您上我们的八位并列式挤奶厅，一套十二万，效率最高。")
x1 = c("我牛就拴在棚里，哪来的挤奶厅？用不上那个。", "no_need")
a2 = t("拴着养的话，用移动式提桶挤奶机就行，推着走，一台同时挤两头，八千多。")
b2 = c("八千……去年刚买了粉碎机，手头紧，能分两回给不？", "no_money")
a3 = t("能分两回，先付一半。头一礼拜牛会有点躁，我们派人来教三天。")
b3 = c("那你们来吧，这礼拜六。", None)
P.append(rpair("zhb37r_f07_xilinhot_milkingmachine",
               "Dairy equipment dealer, Xilinhot: a small herder asks about milking machines. Fault in worse: recommends before asking.",
               [o, g1, h1, a2, b2, a3, b3], [o, w1, x1, a2, b2, a3, b3]))

o = c("我想给我妈买个医疗保险，她六十三了，有高血压，能买不？", None)
a1 = t("有能买的，但高血压得先看情况。血压控制得咋样？住过院没？")
b1 = c("一直吃药，控制得还行，没住过院。", None)
g2 = t("那有一款能买：高血压引起的住院不赔，别的病住院能报，一年一千二左右。")
h2 = c("高血压的不赔啊……那别的还有啥要注意的？", None)
w2 = t("可以投，要走健康告知，高血压属于既往症，有除外责任，另外有等待期和免赔额，年保费一千二左右。")
x2 = c("你说的甚除外、等待期，我一句也没听懂。", None)
a3 = t("我说明白点：高血压引起的住院不赔，别的病能报；头三十天得的病不赔；每年前一万自己掏，超过的才报。")
b3 = c("那我拿个资料回去跟我弟商量商量。", "think_it_over")
P.append(rpair("zhb37r_f08_changzhi_healthcover",
               "Bank insurance desk, Changzhi: health cover for a 63-year-old mother. Fault in worse: unexplained jargon.",
               [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

o = c("我想给我儿子报个驾校，他刚考完大学，暑假能学完不？", None)
a1 = t("暑假两个月，抓紧能考完科目一到三，科目四看约考。孩子白天有空吧？")
b1 = c("白天有空，就是贪睡，早上起不来。", None)
g2 = t("那给他排下午的车，三点到六点，教练年轻，跟孩子好说话。")
h2 = c("下午好，他能去。", None)
w2 = t("我跟您说，我当了十五年教练，带出来上千个学员，当年我自己学车那会儿……我带学员就一个字，严。")
x2 = c("嗯……我就想问下午能不能排，他早上起不来。", None)
a3 = t("下午三点到六点能排，报名三千六，暑假班送两小时夜间练习。")
b3 = c("三千六比城西那家贵两百，我跟他妈再商量商量。", "too_expensive")
P.append(rpair("zhb37r_f09_linfen_summerdriving",
               "Driving school, Linfen: a parent enrols a school leaver for summer. Fault in worse: talks about himself.",
               [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

o = c("你们这暖气费咋又涨了？我家八十平，去年一千八，今年两千一。", None)
a1 = t("我帮您看看单子。去年是按使用面积收的，今年单子上写的是多少？")
b1 = c("写的建筑面积九十五。我家明明八十平。", None)
g2 = t("八十是套内的，九十五是房本上的建筑面积。今年全市统一改按建筑面积收，单价没涨。觉得面积不对，可以拿房本来核。")
h2 = c("那这不还是多交了嘛。我拿房本来看看。", None)
w2 = t("您这就不对了，九十五是房本上的，人家都按这个收，您家也不能特殊，八十那是您自己算的。")
x2 = c("我自己算的？你这态度，房本我拿来你自己看。", None)
a3 = t("好，带上房本，周一到周五都在这窗口，我帮您核，不对当场改。")
b3 = c("行，我明天来。", None)
P.append(rpair("zhb37r_f10_datong_heatingfee",
               "District heating office, Datong: a resident queries a higher heating bill. Fault in worse: argues with the customer.",
               [o, a1, b1, g2, h2, a3, b3], [o, a1, b1, w2, x2, a3, b3]))

PAIRS = P

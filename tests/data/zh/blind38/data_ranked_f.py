from common import c, rpair, t

# f01 argues with the customer
a0 = c("阿国，你们皮料又涨价了？这个月涨了两次，我吃不消啦。", "too_expensive")
a1 = t("是涨了，牛皮原料这个月涨了一成。您这个月大概要多少？")
a2 = c("两千尺左右。再涨我就去找海宁那边的了，我表舅在那边做皮。", "too_expensive")
a3b = t("您表舅那边可能是便宜一点。您主要担心成本，还是单子已经报了价改不了？")
a4b = c("单子上个月就报给客户了，现在涨价我亏的。", None)
a3w = t("海宁的皮跟我们的不能比，厚度不均匀，您做了就知道。")
a4w = c("你讲这个有什么用？我表舅做了二十年。单子上个月就报了，现在涨价我亏的。", None)
a5 = t("那这两千尺按上个月的价给您，下个月的单再按新价，您报价的时候算进去。")
a6 = c("这样还讲得过去。行，两千尺，按老价。", None)

# f02 doubts the customer's honesty
b0 = c("你好，我订的是有窗的房，给我的房间没窗，闷得睡不着。第二晚我不想住了。", None)
b1 = t("不好意思。您是在哪个平台订的？")
b2 = c("美团，高级大床房，写了有窗。截图在这里。", None)
b3b = t("好，我对一下订单。您这次是出差来的吗？")
b4b = c("来谈生意的，还要住两天。", None)
b3w = t("这截图不会是别家酒店的吧？我们这个房型一般都有窗的。")
b4w = c("你什么意思？我会骗你一晚房费？订单号你自己查！", None)
b5 = t("查到了，订单写的是有窗，是我们排错了。今天给您换三楼有窗的房，第二晚要是不想住，全退。")
b6 = c("那换有窗的吧。", None)
b7 = t("好，我现在帮您搬行李。")

# f03 drops the price before asking anything
d0 = c("老板，今年春茶出来了没有？我想看看。", None)
d1 = t("出来了，刚做好的，来，坐下泡一泡。")
d2 = c("好。我山东开茶庄的，每年都来安溪进货。", None)
d3b = t("山东客人喜欢浓香还是清香？您店里一般卖什么价位？")
d4b = c("浓香的多，一斤三百到五百卖得好。", None)
d3w = t("今年这款春茶给您算便宜点，一斤两百二，别人我都卖两百五。")
d4w = c("还没喝就便宜，我倒有点不放心了。我店里浓香的多，一斤三百到五百。", None)
d5 = t("那泡这款浓香的给您试，看合不合您客人的口味。")
d6 = c("嗯，这个香，回甘也好。不过今年店里生意一般，先少拿点，二十斤。", "no_money")
d7 = t("好，二十斤，真空小包装好，明天发物流。")

# f04 an unasked lecture
e0 = c("喂，过年前要发工资，差八十万，你们那边能不能借一个月？", None)
e1 = t("可以申请。您这边有什么可以抵押？厂房是自己的吗？")
e2 = c("厂房是租的，有两台设备，还有应收款，外贸客户年后三月份付。", None)
e3b = t("应收款三月到，借一个月中间差一个多月。是借两个月稳一点，还是您有把握二月回款？")
e4b = c("讲实话，二月不一定。那就借两个月吧。", None)
e3w = t("老板我多讲一句，年前借钱发工资很危险的，好多温州老板就是这样一步步跑路的，您要好好反思一下经营。")
e4w = c("我问你借钱，不是来听你上课的。借两个月，行不行？", None)
e5 = t("两个月，月息一分二，一个月九千六。带应收款合同和设备发票来，明天就能审。")
e6 = c("一分二有点高，我表哥那边讲一分。", "too_expensive")
e7 = t("一分的我们也有，要房产抵押。没有房产，一分二是最低的，您可以先问问您表哥。")

# f05 a vague next step
g0 = c("你好 有一票拼箱去洛杉矶 8个方 能做吗", None)
g1 = t("能做 什么时候货好？要我们上门提货吗")
g2 = c("下礼拜二货好 在石狮 要提货", None)
g3 = t("8方石狮提货到洛杉矶港，运费加提货大概一千四美金。有没有带电池或液体的？")
g4 = c("没有 就是衣服 价格还行", None)
g5b = t("好 我礼拜一下午三点前把订舱确认和提货时间发您 礼拜二上午十点左右车到")
g6b = c("好的 等你消息", None)
g5w = t("好的 我们这边安排一下 有消息再通知您")
g6w = c("大概什么时候 我礼拜二要知道车几点到 不然工人要加班等", None)

# f06 over-promises
h0 = c("喂，我们有一批童装出口美国，客户要得急，报关会不会被查？", None)
h1 = t("这批货什么面料？有没有检测报告？")
h2 = c("纯棉的，报告有。上次就是被查了，晚了一个礼拜，客户差点不要货。", None)
h3b = t("查验是海关随机抽的，谁都没办法保证。资料齐了查得快，一般多一两天。您跟客户交期多留三天稳一点。")
h4b = c("好，那我跟客户讲晚三天出。", None)
h3w = t("放心，我们跟海关很熟的，交给我们保证不会查，三天一定出。")
h4w = c("真的啊？那我就跟客户讲三天出了。", None)
h5 = t("另外要不要帮您买一份货运险？一票两百多。")
h6 = c("保险不用，我们做了十几年没出过事。资料今天下午发你。", "no_need")

# f07 closes before checking it works
k0 = c("你们装的那个刷卡机好了没有？明天有个旅行团要来结账。", None)
k1 = t("装好了，连的是您前台的WiFi。旅行团大概刷多少？")
k2 = c("四万多，导游用公司的卡刷。", None)
k3 = t("单笔限额我设的五万，够的。要不要我现在教前台小妹怎么退款？")
k4 = c("现在没空，晚上客人多，改天吧。", "no_time")
k5b = t("好。那就用您的卡刷一块钱试一下，看小票能不能打出来、钱能不能到账，没问题我再走。")
k6b = c("好，刷我这张……嗯，小票出来了。", None)
k5w = t("那就没问题了，您在这签个验收单，我去下一家了。")
k6w = c("好，签好了。明天别出什么岔子啊。", None)

# f08 recommends before asking
m0 = c("你好，我刚注册了一个公司，在网上卖鞋子的，想开个对公账户。", None)
m1b = t("好的。公司主要收哪些钱？平台结算、客户转账，还是会有外币？")
m2b = c("主要是平台结算，以后可能做跨境，会收美金。", None)
m1w = t("好的，推荐您开我们的商户尊享套餐，每个月管理费一百二，带网银、代发工资、外币账户。")
m2w = c("一百二一个月？我就三个人，用不着那么多。主要是平台结算，以后可能做跨境收美金。", "too_expensive")
m3 = t("那先开基本户加网银，年费三百六。跨境做起来了再开外币账户，现在不用交钱。")
m4 = c("这样好。要带什么材料？", None)
m5 = t("营业执照、法人身份证和公章。提前一天手机上预约，来了半小时办完。")
m6 = c("好，我礼拜四来。", None)

# f09 unexplained jargon
n0 = c("你好，我们鞋厂想把货发到美国亚马逊的仓库，要怎么走？第一次做。", None)
n1 = t("可以的。大概多少货？着不着急？")
n2 = c("五百双，三十几箱。不急，一个月内到就行。", None)
n3b = t("不急就走海运，最划算。我们包送到亚马逊仓库，美国关税也包在价里，您只要把货送到我们晋江仓库，二十五天左右到。")
n4b = c("包关税这个好，省得我搞不懂。", None)
n3w = t("那建议走美森DDP双清包税，FBA头程海卡，到港拆柜卡派，提供CI、PL就行，按CBM计费。")
n4w = c("等一下，什么DDP、CBM？听不懂。算了，你先发个资料给我吧。", "brush_off")
n5 = t("您把箱子尺寸和重量发我，我算好总价发您。")
n6 = c("好，我下午量好发你。", None)

# f10 talks about themselves
p0 = c("喂，老板，我下个月侄子结婚，外地亲戚要住，想订八间房。", None)
p1 = t("恭喜啊！哪几天？亲戚老人多还是年轻人多？")
p2 = c("十五号到十七号，两个晚上。老人有四五个，腿脚不好。", None)
p3b = t("老人腿脚不好要照顾到。婚礼在哪个酒店办？")
p4b = c("在市区华侨饭店。", None)
p3w = t("我们家这个酒店是我爸九几年开的，我接手十年了，装修花了两百多万，温州好多老板都来住过。")
p4w = c("哦……老板，婚礼在市区华侨饭店，离你这里远不远？", None)
p5 = t("华侨饭店开车十分钟。老人安排二楼靠电梯，年轻的放楼上。八间两晚一间三百二，婚礼那天早上我派车送老人过去。")
p6 = c("有车送就好。不过钱的事我要问我哥，房费酒席都是他出的。", "think_it_over")
p7 = t("好，八间先帮您留到礼拜五，您跟您哥讲好了再定。")

PAIRS = [
 rpair("zhb38r_f01_wenzhou_leather_price",
 "A shoe factory boss complains about a second leather price rise; worse argues about the quality of his relative's leather.",
 [a0, a1, a2, a3b, a4b, a5, a6], [a0, a1, a2, a3w, a4w, a5, a6]),
 rpair("zhb38r_f02_xiamen_windowless_room",
 "A guest was given a windowless room though he booked one with a window; worse suggests his screenshot may be from another hotel.",
 [b0, b1, b2, b3b, b4b, b5, b6, b7], [b0, b1, b2, b3w, b4w, b5, b6, b7]),
 rpair("zhb38r_f03_anxi_spring_tea_buyer",
 "A Shandong tea shop owner tastes spring tea in Anxi; worse cuts the price before asking anything or letting him taste.",
 [d0, d1, d2, d3b, d4b, d5, d6, d7], [d0, d1, d2, d3w, d4w, d5, d6, d7]),
 rpair("zhb38r_f04_wenzhou_payroll_loan",
 "A factory owner needs 800k for wages before the New Year; worse lectures him on the dangers of borrowing.",
 [e0, e1, e2, e3b, e4b, e5, e6, e7], [e0, e1, e2, e3w, e4w, e5, e6, e7]),
 rpair("zhb38r_f05_shishi_lcl_los_angeles",
 "A garment exporter books an LCL shipment to Los Angeles; worse ends with 'we'll let you know'.",
 [g0, g1, g2, g3, g4, g5b, g6b], [g0, g1, g2, g3, g4, g5w, g6w]),
 rpair("zhb38r_f06_shishi_customs_inspection",
 "A kidswear exporter in a hurry fears a customs inspection; worse promises there will be none.",
 [h0, h1, h2, h3b, h4b, h5, h6], [h0, h1, h2, h3w, h4w, h5, h6]),
 rpair("zhb38r_f07_xiamen_hotel_card_terminal",
 "A bank installs a card terminal at a family hotel before a tour group pays; worse gets the acceptance form signed without a test payment.",
 [k0, k1, k2, k3, k4, k5b, k6b], [k0, k1, k2, k3, k4, k5w, k6w]),
 rpair("zhb38r_f08_wenzhou_company_account",
 "A young online shoe seller opens a company account; worse recommends a premium package before asking anything.",
 [m0, m1b, m2b, m3, m4, m5, m6], [m0, m1w, m2w, m3, m4, m5, m6]),
 rpair("zhb38r_f09_jinjiang_amazon_shipping",
 "A shoe factory ships to an Amazon warehouse for the first time; worse answers in freight jargon.",
 [n0, n1, n2, n3b, n4b, n5, n6], [n0, n1, n2, n3w, n4w, n5, n6]),
 rpair("zhb38r_f10_wenzhou_wedding_rooms",
 "A man books eight rooms for relatives at his nephew's wedding; worse talks about the hotel's own history.",
 [p0, p1, p2, p3b, p4b, p5, p6, p7], [p0, p1, p2, p3w, p4w, p5, p6, p7]),
]

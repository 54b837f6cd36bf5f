"""zhb33 ranked pairs f01-f10: both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01: argues with the customer
o = c("你好，昨天看的那套房跟网上照片差太多了，厨房根本没那么大。", None)
g1 = t("不好意思让您白跑一趟，照片是广角拍的，确实显大。厨房对您很重要？")
g2 = c("对，我每天自己做饭，厨房太小真的不行。", None)
b1 = t("照片都是实拍没修过图的，厨房就是那么大，是您站的角度问题。")
b2 = c("角度问题？我站里面转身都难。我每天做饭的，厨房小了不行。", None)
s1 = t("明白，厨房要够大、能正常做饭。我筛两套厨房三平米以上的，先发实拍视频，您觉得行再约看。")
s2 = c("好，先发视频，别再白跑了。", None)
s3 = t("今晚八点前发您，每套标上厨房尺寸。")
s4 = c("行。", None)
PAIRS.append(rpair(
 "zhb33r_f01_shanghai_rental_photos",
 "Rental agency, Shanghai: a renter complains the flat's kitchen was far smaller than in the photos. Fault in worse: argues with the customer.",
 [o, g1, g2, s1, s2, s3, s4], [o, b1, b2, s1, s2, s3, s4]))

# f02: doubts the customer's honesty
o = c("你好 紫砂壶收到壶嘴是裂的 拍了照片", None)
g1 = t("抱歉 看到照片了 壶嘴确实有裂 外箱有没有压坏")
g2 = c("外箱角压扁了一块", None)
b1 = t("我们发货前每把都检查过 您确定不是收到后自己磕的吗")
b2 = c("拆开就是裂的 你什么意思 外箱角都压扁了 我也拍了", None)
s1 = t("那应该是运输压的 给您补发一把同款 裂的不用寄回 今天下午发顺丰")
s2 = c("可以 这次包装弄好点", None)
s3 = t("好的 加泡沫和木盒 发出后把单号发您")
s4 = c("ok", None)
PAIRS.append(rpair(
 "zhb33r_f02_yixing_teapot_damaged",
 "Online teapot shop, Yixing (chat): a buyer's clay teapot arrived with a cracked spout. Fault in worse: doubts the customer's honesty.",
 [o, g1, g2, s1, s2, s3, s4], [o, b1, b2, s1, s2, s3, s4]))

# f03: drops the price before asking anything
o = c("您好，我想了解一下商务英语课，公司让我下个月开始对接外国客户。", None)
g1 = t("您好！对接外国客户主要是写邮件，还是要开视频会？您现在英语大概什么水平？")
g2 = c("主要是视频会，听还行，说不出来，一开口就卡。", None)
b1 = t("您好！商务英语一期原价六千八，您现在报名我直接打八折，五千四。")
b2 = c("呃，我还没说我什么情况呢……主要是视频会，听还行，说不出来。", None)
s1 = t("那重点练口语和会议表达。我们有一对一外教，每节模拟一场真实会议，先约节测评课看从哪开始。")
s2 = c("测评收费吗？我晚上七点后才有空。", None)
s3 = t("测评免费，晚上七点半可以，这周三怎么样？")
s4 = c("周三可以。", None)
PAIRS.append(rpair(
 "zhb33r_f03_suzhou_business_english",
 "Adult language school, Suzhou: an employee needs business English for calls with foreign clients. Fault in worse: drops the price before asking anything.",
 [o, g1, g2, s1, s2, s3, s4], [o, b1, b2, s1, s2, s3, s4]))

# f04: an unasked lecture
o = c("姑娘，我买两盒血糖试纸，还是老牌子那个。", None)
g1 = t("好的阿伯，是罗氏那个吧？您这台血糖仪用了几年了？")
g2 = c("四五年了，最近测出来有时候高有时候低，跳得厉害。", None)
b1 = t("好的。阿伯我跟您讲，糖尿病最要紧是管住嘴，少吃米饭少吃甜的，每天走一万步，水果也不能乱吃……")
b2 = c("晓得的晓得的，医生天天讲。我就是这个仪器最近测出来跳得厉害。", None)
s1 = t("跳得厉害可能是试纸换了批号没校准，或者仪器老了。我用质控液帮您校一下，五分钟。")
s2 = c("好，你帮我弄弄。", None)
s3 = t("校好了，偏差在范围里。这两盒换了批号，回去第一次用记得插上新的校准码。")
s4 = c("好嘞，谢谢姑娘。", None)
PAIRS.append(rpair(
 "zhb33r_f04_shaoxing_pharmacy_strips",
 "Pharmacy, Shaoxing: an elderly diabetic buys test strips; his readings jump around. Fault in worse: an unasked lecture.",
 [o, g1, g2, s1, s2, s3, s4], [o, b1, b2, s1, s2, s3, s4]))

# f05: a vague next step
o = c("您好，我们公司45人，想给员工配补充医疗保险，年预算人均一千左右，能出个方案吗？", None)
s1 = t("您好，可以。员工平均年龄多少？要覆盖家属吗？之前买过团险吗？")
s2 = c("平均32岁，不含家属。去年买过一家的，理赔特别慢，员工意见很大。", "bad_experience")
s3 = t("明白：人均一千、不含家属，最在意理赔速度。可以做门诊住院加在线理赔，五千以下三个工作日到账，写进服务协议。")
s4 = c("听起来可以，我们要和另外两家一起比一下。", "think_it_over")
g1 = t("好的。周四中午前把方案、费率和理赔时效条款发您邮箱，周五下午三点电话过一遍，方便您比较。")
g2 = c("好的，周五下午三点。", None)
b1 = t("好的，那我们这边内部再研究一下，有消息会通知您。")
b2 = c("……大概什么时候？我们下周要报给老板。", None)
PAIRS.append(rpair(
 "zhb33r_f05_shanghai_group_medical",
 "Group insurance broker, Shanghai (corporate WeChat): an HR lead wants a plan for 45 staff. Fault in worse: a vague next step.",
 [o, s1, s2, s3, s4, g1, g2], [o, s1, s2, s3, s4, b1, b2]))

# f06: over-promises
o = c("师傅，我家想换断桥铝窗户，六扇，能不能过年前装好？", None)
s1 = t("可以先量尺寸。离过年还有三周，您家几楼？有防盗窗要拆吗？")
s2 = c("三楼，防盗窗已经拆了。我妈过年要从老家过来住，怕冷。", None)
g1 = t("窗是按尺寸定做的，工厂要十二到十五天，我不敢打包票，但明天量尺后天下单，年前装好可能性很大。万一来不及，先给您装临时密封条挡风。")
g2 = c("好，你讲实话我放心。", None)
b1 = t("没问题！一周之内保证装好，过年肯定住得暖暖和和的。")
b2 = c("一周？上次别家也这么讲，拖了一个月。你确定？", "bad_experience")
s3 = t("明天上午九点我来量尺，量完把下单时间和工厂交期发您。")
s4 = c("好。", None)
PAIRS.append(rpair(
 "zhb33r_f06_nanjing_window_replacement",
 "Window installer, Nanjing: a customer wants six windows replaced before New Year. Fault in worse: over-promises the date.",
 [o, s1, s2, g1, g2, s3, s4], [o, s1, s2, b1, b2, s3, s4]))

# f07: closes before checking the thing works
o = c("老板，我超市想换个收银系统，现在那个老是死机。", None)
s1 = t("您好，每天大概多少单？有没有电子秤称散装的？会员要不要导过来？")
s2 = c("一天三百来单，两台大华的秤，会员一千多个要导。", None)
s3 = t("明白。系统支持会员导入，软件每年一千二，收银机三千五。")
s4 = c("价格还行。", None)
g1 = t("大华秤型号多，我明天带测试机去店里连一下秤、导一批会员试试，能用再签。")
g2 = c("好，明天上午来试试。", None)
b1 = t("好的，那我们今天就把合同签了，明天上门装机。")
b2 = c("等一下，我那两台秤能连上吗？连不上要手输价格的，别装了用不了。", None)
PAIRS.append(rpair(
 "zhb33r_f07_hangzhou_supermarket_pos",
 "POS system vendor, Hangzhou: a small supermarket replaces a crashing till. Fault in worse: closes before checking the scales work with it.",
 [o, s1, s2, s3, s4, g1, g2], [o, s1, s2, s3, s4, b1, b2]))

# f08: recommends before asking
o = c("你好，我想看看电车，家里那台油车开了十年了。", None)
g1 = t("好的，平时主要上下班开，还是常跑长途？小区能装充电桩吗？")
g2 = c("上下班三十公里，一个月回一次南通老家，小区有固定车位，能装桩。", None)
b1 = t("那您直接看这款长续航版，续航七百公里，二十五万八，卖得最好。")
b2 = c("二十五万超了，我们没这个预算……我就上下班三十公里，一个月回趟南通，小区能装桩。", "no_money")
s1 = t("那标准续航五百公里就够，回南通来回三百多公里不用中途充，十七万九，便宜八万。周末来试驾？")
s2 = c("可以，周六下午。我老婆也来，她要看后排空间。", None)
s3 = t("好，周六下午两点，后排留给您爱人坐坐看。")
s4 = c("好的。", None)
PAIRS.append(rpair(
 "zhb33r_f08_suzhou_ev_showroom",
 "Car showroom, Suzhou: a driver of a ten-year-old petrol car looks at EVs. Fault in worse: recommends before asking.",
 [o, g1, g2, s1, s2, s3, s4], [o, b1, b2, s1, s2, s3, s4]))

# f09: unexplained jargon
o = c("你好 我想每个月存点钱 三年后付首付 有啥推荐", None)
s1 = t("您好 每个月大概能存多少 三年后要多少首付")
s2 = c("每月八千 目标三十万左右", None)
g1 = t("可以一半做零存整取，一半放短期债券基金。债基就是主要买国债和大公司债券的基金，波动小，一般年化两三个点，但不保本。")
g2 = c("一半一半可以 债基不保本我记住了", None)
b1 = t("可以一半零存整取，一半配短债，底层利率债加高等级信用债，久期短，回撤可控，年化两三个点。")
b2 = c("呃 什么是久期 什么是信用债 没听懂", None)
s3 = t("两种的规则和历史表现我发您，有问题随时问，想办的话带身份证来柜台。")
s4 = c("好 周六去", None)
PAIRS.append(rpair(
 "zhb33r_f09_shanghai_first_home_saving",
 "Bank branch, Shanghai (app chat): a young saver wants a plan for a deposit in three years. Fault in worse: unexplained jargon.",
 [o, s1, s2, g1, g2, s3, s4], [o, s1, s2, b1, b2, s3, s4]))

# f10: talks about themselves
o = c("你好 我家猫两天没怎么吃东西了 能今天带过来看吗", None)
s1 = t("可以的 猫几岁 这两天有没有吐 大小便正常吗")
s2 = c("五岁 吐了一次 小便少了", None)
g1 = t("小便少要重视 公猫的话可能是尿路堵了 拖不得 您今天下午能带过来吗")
g2 = c("是公猫 下午三点可以", None)
b1 = t("我自己也养了三只猫 我家老大去年也不吃饭 我急死了 连夜送医院 花了五千多")
b2 = c("嗯… 我家这个是公猫 下午三点能来 要紧吗", None)
s3 = t("三点过来 公猫小便少可能是尿路问题 先验尿拍片 大概三百 要处理的话医生先跟您讲清楚再做")
s4 = c("好 三点到", None)
PAIRS.append(rpair(
 "zhb33r_f10_hangzhou_cat_not_eating",
 "Pet clinic, Hangzhou (chat): an owner's cat has barely eaten for two days. Fault in worse: talks about themselves.",
 [o, s1, s2, g1, g2, s3, s4], [o, s1, s2, b1, b2, s3, s4]))

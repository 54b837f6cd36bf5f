from common import c, rpair, t

# f01 fault: argues with the customer
o = c("喂 我那份医疗保险续保 保费突然贵了三成 为什么", None)
a1 = t("明白，突然涨三成确实吓人。我帮您查一下，保单号是多少？")
b1 = c("GBA3307 我今年都没claim过 凭什么加", None)
a3 = t("您想继续保的话，我可以把自付额从零调到五千，保费大概回到去年的水平。要不要我算给您看？")
b3 = c("嗯 你算一下发给我", None)
F1 = rpair("zhb39r_f01_gba_renewalrise",
    "Cross-border medical insurer hotline: a Hong Kong policyholder's renewal premium rose 30%. Fault in worse: argues with the customer.",
    [o, a1, b1, t("看到了，您没理赔过。这次加价是因为您满五十五岁进了新年龄段，所有客户都按年龄调整，不是因为理赔。"),
     c("原来是年龄 那也没办法 不过贵太多了", "too_expensive"), a3, b3],
    [o, a1, b1, t("加价很正常，不是什么凭什么。您要理解保险就是这样的，其他公司加得更多。"),
     c("你跟我争什么 我只是问原因", None), a3, b3])

# f02 fault: doubts the customer's honesty
o = c("我上礼拜在香港拍过全口X光 今天可以直接洗牙补牙吗", None)
a1 = t("可以的。片子带来了吗？手机上有吗？")
b1 = c("手机有 不过是拍的相片 原片在香港诊所", None)
a3 = t("医生看过了，片子清楚，不用重拍。今天先洗牙，补两颗一共六百，洗完再补。")
b3 = c("六百…香港要两千几 OK 做吧", None)
F2 = rpair("zhb39r_f02_szdental_xray",
    "Dental clinic, Luohu, Shenzhen: a Hong Kong patient brings a photo of last week's X-ray. Fault in worse: doubts the customer's honesty.",
    [o, a1, b1, t("相片也可以先看，看得清楚就不用重拍。我拿给医生看一下。"),
     c("好 唔该", None), a3, b3],
    [o, a1, b1, t("手机相片？你确定是上礼拜拍的吗？很多人说拍过，其实是一两年前的。"),
     c("我骗你干什么 日期都写在上面", None), a3, b3])

# f03 fault: drops the price before asking anything
o = c("你好 我下个月在澳门结婚 想帮香港亲戚订十间房 住一晚", None)
a2 = t("十八号周六、双床、有老人家。我帮您留低楼层近电梯的房，可以先留房不付订金，两个礼拜前确认人数。")
b2 = c("好 价钱可不可以写在email里 我要给我妈看过", "think_it_over")
a3 = t("可以，今天下午发给您，房型和价钱都写清楚。")
b3 = c("OK 唔该", None)
F3 = rpair("zhb39r_f03_macauhotel_roomblock",
    "Hotel reservations, Macau: a bride books ten rooms for Hong Kong relatives. Fault in worse: drops the price before asking anything.",
    [o, t("恭喜！十间房是哪一天？客人是一家大小还是情侣，要双床还是大床？"),
     c("十八号礼拜六 大部分一家人 要双床 有几个老人家", None), a2, b2, a3, b3],
    [o, t("恭喜！十间的话我直接给您八折，一间一千二，很便宜了。"),
     c("这么快就八折？是不是原价很贵… 十八号礼拜六 要双床 有老人家", None), a2, b2, a3, b3])

# f04 fault: an unasked lecture
o = c("我想做个肺部检查 公司要求的 我抽烟二十年了", None)
a1 = t("好的。公司单上有没有指定项目？胸片还是低剂量CT？")
b1 = c("单上写低剂量CT 你们有吗", None)
a3 = t("明天上午九点到十二点都可以，不用空腹，带证件就行。报告第二天出，可以直接发公司。")
b3 = c("明天上午要上班 走不开 礼拜六有没有", "no_time")
F4 = rpair("zhb39r_f04_zhuhai_lungct",
    "Health check centre, Zhuhai: a Macau smoker needs a low-dose lung CT for his employer. Fault in worse: an unasked lecture.",
    [o, a1, b1, t("有的，低剂量CT四百五，十分钟做完。"),
     c("OK 几时可以做", None), a3, b3],
    [o, a1, b1, t("有，四百五。不过说真的，抽二十年风险很大，你该戒了，肺癌几率高十几倍，家人还吸二手烟。"),
     c("我来做检查 不是来听课的 几时能做", None), a3, b3])

# f05 fault: a vague next step
o = c("你好 我上个月没去过澳门 账单却有澳门漫游 一百八", None)
a1 = t("明白，没去澳门却有漫游费。您住哪里？在珠海靠近边境有时会自动连到澳门信号。")
b1 = c("我住拱北 就在口岸旁边", None)
a2 = t("那很可能是手机自动连了澳门网络。我可以帮您申请退这一百八，也可以关掉漫游自动连接，以后就不会这样。")
b2 = c("好 两样都帮我搞", None)
F5 = rpair("zhb39r_f05_gongbei_roamingbill",
    "Mobile carrier hotline, Zhuhai: a Gongbei resident is billed Macau roaming without going there. Fault in worse: a vague next step.",
    [o, a1, b1, a2, b2, t("漫游已经关了。退款提交了，编号R2291，三个工作日内退回话费，会有短信；没收到就打回来报编号。"),
     c("OK 搞掂 唔该", None)],
    [o, a1, b1, a2, b2, t("好的，我们会跟进，有结果会通知您。"),
     c("几时通知？我要等多久？", None)])

# f06 fault: over-promises
o = c("我们有一车机器零件 明天要从深圳过香港 客户后天一早要装机 赶不赶得及", None)
a1 = t("明天出、后天一早装机。报关文件准备好了吗？一般贸易还是要许可证？")
b1 = c("一般贸易 文件都好了 不过上次别家过关卡了一天", "bad_experience")
a3 = t("我明早安排司机去你们仓库，开门就装，车牌和司机电话发你，过关时每个钟报一次位置。")
b3 = c("好 那就这样", None)
F6 = rpair("zhb39r_f06_huanggang_urgentparts",
    "Cross-border trucking firm, Shenzhen: a Hong Kong engineering firm needs machine parts across by tomorrow. Fault in worse: over-promises on customs.",
    [o, a1, b1, t("文件齐的话，明天中午过皇岗，正常傍晚到香港。海关抽查没人能保证，所以建议明早一开门就出车，留半天余地。"),
     c("明早可以 仓库九点开门", None), a3, b3],
    [o, a1, b1, t("放心，我们跟海关很熟，保证两个钟过关，绝对不会卡。"),
     c("保证？海关你们也说了算？我有点怕", None), a3, b3])

# f07 fault: closes before checking the thing works
o = c("我想开一个内地号码的eSIM 放在iPhone里 跟香港号一起用", None)
a1 = t("可以。你的iPhone是香港买的还是内地买的？什么型号？")
b1 = c("香港买的 iPhone 14", None)
a2 = t("香港版14支持eSIM。我帮你开好，扫这个码就装上了。")
b2 = c("扫好了 显示已添加", None)
F7 = rpair("zhb39r_f07_futian_esim",
    "Mobile carrier shop, Futian, Shenzhen: a Hong Kong customer adds a mainland eSIM. Fault in worse: closes before checking it works.",
    [o, a1, b1, a2, b2, t("好，我们先打个电话、收个微信验证码，两个号都有信号再走。"),
     c("电话通了 验证码也收到 OK 埋单", None)],
    [o, a1, b1, a2, b2, t("好了，搞掂！一共一百，扫码付款，下一位。"),
     c("等等 我一格信号都没有 你不check一下？", None)])

# f08 fault: recommends before asking
o = c("你好 我跟老婆在澳门退休了 想在珠海买个单位养老", None)
a2 = t("明白，要电梯、每周回澳门看孙、太太膝盖不好。那最好近口岸、附近有医院的两房电梯楼。预算大概多少？")
b2 = c("一百五十万人民币左右 不想借钱", None)
a3 = t("这个预算拱北有几套合适，走路十分钟到口岸。我先发三套相片给你们，有兴趣再约看。")
b3 = c("好 先发过来 我们慢慢看", None)
F8 = rpair("zhb39r_f08_zhuhai_retirementflat",
    "Property agency, Zhuhai: a retired Macau couple want a flat to retire to. Fault in worse: recommends before asking.",
    [o, t("恭喜退休！你们会经常回澳门吗？比如看医生、见子女？电梯、附近医院这些有没有要求？"),
     c("每个礼拜都要回澳门看孙 老婆膝盖不好 一定要电梯", None), a2, b2, a3, b3],
    [o, t("那我推荐横琴海景新盘，一百二十平三房，有泳池会所，升值潜力大。"),
     c("一百二十平？我们两老要那么大干嘛 老婆膝盖不好要电梯 每个礼拜回澳门看孙", "no_need"), a2, b2, a3, b3])

# f09 fault: unexplained jargon
o = c("我想帮女儿储钱读大学 她三岁 有没有储蓄保险介绍一下", None)
a1 = t("好的。大概想十五年后有多少？每年可以放多少？")
b1 = c("每年三万左右 她十八岁有五六十万就好", None)
a3 = t("简单讲：最差有四十万左右是保证的，其余十几万是分红，看公司投资表现，过去十年大概达成九成。计划书您拿回去慢慢比。")
b3 = c("好 我拿回去跟老公看下", "think_it_over")
F9 = rpair("zhb39r_f09_shenzhen_savingsplan",
    "Insurance broker, Shenzhen: a Hong Kong mother wants to save for her daughter's university. Fault in worse: unexplained jargon.",
    [o, a1, b1, t("每年三万供十年，到十八岁大概五十五万，但有一部分是分红，不保证；保证的大概四十万。"),
     c("即是有十几万不一定有", None), a3, b3],
    [o, a1, b1, t("这款IRR大概四厘，保证现金价值加非保证复归红利和终期红利，十五年后总现金价值大概五十五万。"),
     c("IRR？复归红利？你讲的我都听不明白", None), a3, b3])

# f10 fault: talks about themselves instead of the customer
o = c("你好 我们想拍婚纱照 香港太贵 朋友介绍过来", None)
a1 = t("欢迎！想拍什么风格？室内、外景，还是海边？")
b1 = c("想要外景 自然一点 不想太多pose 我未婚夫很怕拍照", None)
a3 = t("外景一天，两套衣服，精修三十张，六千八；香港同样的大概一万五。")
b3 = c("六千八…我们预算五千 要再想想", "too_expensive")
F10 = rpair("zhb39r_f10_shenzhen_weddingphoto",
    "Wedding photo studio, Shenzhen: a Hong Kong couple want natural outdoor photos. Fault in worse: the trainee talks about himself.",
    [o, a1, b1, t("明白，自然、外景、他怕镜头。我们会多拍走路聊天的抓拍，不用一直摆pose，深圳湾或大鹏都合适。"),
     c("这样好 他应该OK 几钱", None), a3, b3],
    [o, a1, b1, t("我自己拍了十年，得过三个奖，上个月还去冰岛拍，最擅长大场面，我结婚也是自己拍的。"),
     c("哦…好厉害 不过我们只想简单一点 几钱", None), a3, b3])

PAIRS = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10]

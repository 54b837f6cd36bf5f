from common import c, rpair, t

# f01 argues with the customer
A0 = c("师傅，买这电视挂墙上，我家那墙是后砌的，能挂不？", None)
A1 = t("大爷，后砌的得看是砖还是轻质板。您敲敲，听着空的还是实的？")
A2 = c("敲着有点儿空，我儿子说可能是石膏板。", None)
A3b = t("石膏板挂五十多斤的电视不保险。要么找后头龙骨打，要么挂承重墙，要么买个落地支架。")
A4b = c("那让师傅先看看，真不行就弄个支架。", None)
A3w = t("空的也没事儿，我们挂了几百台了。您儿子那不懂，石膏板照样挂。")
A4w = c("我家的墙我儿子还不懂？你这么说我更不放心了。", None)
A5 = t("这样，师傅明儿先上门看墙，不合适就不挂，改落地支架，差价退您。")
A6 = c("行，明儿上午九点以后都在家。", None)

# f02 doubts the customer's honesty
B0 = c("我去台湾 行李被航空公司弄丢三天才送到 这个保险可以claim吗", None)
B1 = t("安娣，那三天一定很不方便。行李延误有cover的。那三天有买衣服日用品吗？")
B2 = c("有 买了衣服牙刷那些 两百多新币 收据都有留", None)
B3b = t("太好了，收据很重要。还要航空公司的行李延误报告，机场填的那张。")
B4b = c("有 在机场就填了 我女儿帮我拍照了", None)
B3w = t("两百多？三天买那么多？您确定都是因为行李迟到才买的吗？有些人会顺便买自己要的东西。")
B4w = c("你意思是我骗保险？收据都在 你要看就给你看", None)
B5 = t("您把收据和航空公司的行李报告拍照给我，我今天提交，十个工作天左右有结果。")
B6 = c("好 我晚上叫女儿发给你", None)

# f03 drops the price before asking anything
C0 = c("你好 桂林五天的团 下个月还有位吗 几多钱", None)
C1b = t("还有位，两千九一位，包机票酒店三餐。几位去？有老人家或者要庆祝什么吗？")
C2b = c("两个 我和老婆 她六十岁生日 想给她惊喜", None)
C1w = t("还有位！原价两千九，我直接算你两千五，这个价只给你。几位去？有老人家或者要庆祝什么吗？")
C2w = c("一下就便宜四百？是不是团有什么问题……两个啦 我老婆六十岁生日", None)
C3 = t("六十大寿，阳朔那晚可以帮你们订蛋糕，换江景房多一百五。她膝盖好吗？有一天要爬山。")
C4 = c("她膝盖不太好 爬山那天可以不去吗", None)
C5 = t("可以，那天她在酒店附近逛西街，导游会安排。我先留两个位，三天内付订金就好。")
C6 = c("好 我回去看看日子 明天回你", "think_it_over")

# f04 an unasked lecture
D0 = c("闺女，给拿点儿止咳的，这两天嗓子痒，老咳。", None)
D1 = t("大爷，咳几天了？有痰吗？发烧不？")
D2 = c("三四天了，干咳，不烧。就是夜里咳得睡不好。", None)
D3b = t("干咳嗓子痒，睡前喝点儿止咳糖浆就行。您有高血压或者吃着别的药吗？")
D4b = c("有高血压，吃着药呢。", None)
D3w = t("大爷您抽烟吧？咳嗽就是肺在报警，烟得戒了，您这岁数肺都黑了，再抽下去……您有高血压或者吃着别的药吗？")
D4w = c("我抽了五十年了，用你教育我？有高血压，吃着药呢。", None)
D5 = t("那拿这个不含麻黄碱的，不升血压，十八块。一周不好或者喘，去医院拍个片。")
D6 = c("行，拿一盒。", None)

# f05 a vague next step
E0 = c("我在峇都丁宜有间condo要租出去 租客下个月搬走 你们可以帮忙找吗", None)
E1 = t("可以的安娣。几房？有家私吗？之前租几多？")
E2 = c("三房 全家私 之前租两千二 四年前找的agent放三个月都没人来看 所以我有点怕", "bad_experience")
E3 = t("这区全家私三房现在两千到两千四。想租给家庭，还是学生也可以？")
E4 = c("家庭最好 学生怕吵 之前邻居租给学生常常被投诉", None)
E5b = t("好，只找家庭。礼拜四我去拍照，礼拜五上网，每个礼拜一WhatsApp您看房情况，两个礼拜没人问再谈价钱。")
E6b = c("好 礼拜四下午我在", None)
E5w = t("好，只找家庭。有消息我们再通知您。")
E6w = c("酱要等多久？我下个月就没租金了 不要空着", None)

# f06 over-promises
F0 = c("我老公中风以后不能做工 我一个人做清洁 钱不够用 听说可以申请援助", None)
F1 = t("安娣，辛苦您了。家里几个人？每个月收入大概多少？")
F2 = c("三个 我 老公 一个读中学的儿子 我一个月一千四", None)
F3 = t("您可以申请社区关怀援助。要带IC、薪水单、医药单和银行月结单。")
F4 = c("医药单很多张 我都放在一个袋子里", None)
F5b = t("全部带来，我帮您整理。批不批、批多少由社工评估，一般四个礼拜，中间我每两个礼拜打给您报告。")
F6b = c("好 明天拿来 有帮忙就好", None)
F5w = t("全部带来。放心，您这种情况一定批，每个月至少八百，下个月就拿到。")
F6w = c("真的吗？那下个月的房租我先不找人借了", None)

# f07 closes before checking the thing works
G0 = c("师傅 洗衣机装好了吗 我要出门去接孙了", None)
G1 = t("安娣，水喉接好了，排水管也放好了。平常用冷水还是热水洗？")
G2 = c("冷水就可以 外面没有热水喉", None)
G3b = t("好。那我现在开一轮快洗给您看，十五分钟，看漏不漏水、排水顺不顺，没问题您再签收。")
G4b = c("十五分钟啊 我赶时间咧……好啦 我叫媳妇去接", "no_time")
G3w = t("好。那您在这里签收就可以了，我们赶下一家，新机不会有问题的。")
G4w = c("哦 好 我也赶时间 签这里吗", None)
G5 = t("有问题打这个号码，保修两年，上门免费。")
G6 = c("好 谢谢师傅", None)

# f08 recommends before asking
H0 = c("小伙子，我想给自个儿上个保险，七十了，还有能上的吗？", None)
H1b = t("大爷，有能上的。您主要担心哪方面？看病住院，还是磕了碰了这种意外？")
H2b = c("意外。我天天骑电动三轮接孙子，上礼拜差点儿让车给刮了。", None)
H1w = t("有！这款老年防癌险，七十能上，一年三千六，确诊一次赔二十万，特适合您。")
H2w = c("三千六？我不是怕得癌，我天天骑电动三轮接孙子，上礼拜差点儿让车给刮了。", "no_need")
H3 = t("那您要的是老年意外险，摔了撞了看病的钱能报，一年三百来块。您有北京医保吧？")
H4 = c("有医保。三百来块还行，就是我去年买过一个，摔了一回愣是没给赔。", "bad_experience")
H5 = t("那这回我把赔什么、不赔什么一条条给您念，您听明白了再定，不着急。")
H6 = c("行，你念吧，我听着。", None)

# f09 unexplained jargon
J0 = c("妹妹 医生叫我买一个验血糖的机 我不会用的 要买哪个", None)
J1 = t("安哥，医生叫您多久验一次？早上空肚还是吃饭后？")
J2 = c("他讲早上没吃东西前验 一个礼拜三次", None)
J3 = t("那这台就好，字大，按键少，一百二十九，送二十五条试纸。")
J4 = c("一百二十九啊 我朋友在网上买八十几块而已", "too_expensive")
J5b = t("网上的也可以，试纸要跟机配套。我现在教您：洗手擦干，针扎手指旁边，血碰试纸，五秒出数字，早上四到七算正常。")
J6b = c("哦 酱简单 你再做一次给我看", None)
J5w = t("网上的也可以，strip要配套。用法是先code好strip，lancet调depth 3，取capillary blood，FBS target是4到7 mmol/L。")
J6w = c("你讲什么我听不懂 什么code 什么FBS", None)

# f10 talks about themselves
K0 = c("我想带我妈去日本看樱花 她七十五了 走不了太多路 有适合的吗", None)
K1 = t("有的。几月想去？您妈妈可以走多久？")
K2 = c("三月尾四月头 她走二十分钟就要坐 膝盖不好", None)
K3b = t("那不要跟团赶景点。京都大阪自由行，包车看樱花，每个地方下车走一小段，累了回车上坐。")
K4b = c("这样好 包车会不会很贵", None)
K3w = t("我去年也带我妈去京都看樱花，走了好多路，她好开心，我拍了好多照片，我妈到现在还在讲，真的是我做过最好的决定……")
K4w = c("哦……我妈走不了那么多路的 包车会不会很贵", None)
K5 = t("包车一天大概四百新币。五天里三天包车，两天在酒店附近慢慢逛，两个人总共四千五左右。")
K6 = c("四千五 比我想的贵一点 我要跟我哥商量 他也出一半", "think_it_over")

PAIRS = [
    rpair("zhb18r_f01_daxing_tv_wall_mount", "Beijing, Daxing: appliance shop; TV mount on a partition wall.",
          [A0, A1, A2, A3b, A4b, A5, A6], [A0, A1, A2, A3w, A4w, A5, A6]),
    rpair("zhb18r_f02_woodlands_baggage_claim", "Singapore, Woodlands: travel insurance; delayed baggage.",
          [B0, B1, B2, B3b, B4b, B5, B6], [B0, B1, B2, B3w, B4w, B5, B6]),
    rpair("zhb18r_f03_sripetaling_guilin_tour", "Malaysia, Sri Petaling: travel agency; Guilin tour for a wife's 60th.",
          [C0, C1b, C2b, C3, C4, C5, C6], [C0, C1w, C2w, C3, C4, C5, C6]),
    rpair("zhb18r_f04_chaoyang_cough", "Beijing, Chaoyang: pharmacy; elderly smoker's dry cough.",
          [D0, D1, D2, D3b, D4b, D5, D6], [D0, D1, D2, D3w, D4w, D5, D6]),
    rpair("zhb18r_f05_batuferringhi_condo_letting", "Malaysia, Penang Batu Ferringhi: property agent; letting a condo.",
          [E0, E1, E2, E3, E4, E5b, E6b], [E0, E1, E2, E3, E4, E5w, E6w]),
    rpair("zhb18r_f06_bukitmerah_financial_aid", "Singapore, Bukit Merah: community social service office; cleaner asks for aid.",
          [F0, F1, F2, F3, F4, F5b, F6b], [F0, F1, F2, F3, F4, F5w, F6w]),
    rpair("zhb18r_f07_skudai_washer_install", "Malaysia, Skudai (Johor): electrical shop; washing machine installation.",
          [G0, G1, G2, G3b, G4b, G5, G6], [G0, G1, G2, G3w, G4w, G5, G6]),
    rpair("zhb18r_f08_wangjing_senior_accident", "Beijing, Wangjing: insurance agent; 70-year-old tricycle rider.",
          [H0, H1b, H2b, H3, H4, H5, H6], [H0, H1w, H2w, H3, H4, H5, H6]),
    rpair("zhb18r_f09_seremban_glucose_meter", "Malaysia, Seremban: pharmacy; first glucose meter.",
          [J0, J1, J2, J3, J4, J5b, J6b], [J0, J1, J2, J3, J4, J5w, J6w]),
    rpair("zhb18r_f10_chinatown_sakura_trip", "Singapore, Chinatown: travel agency; sakura trip with a 75-year-old mother.",
          [K0, K1, K2, K3b, K4b, K5, K6], [K0, K1, K2, K3w, K4w, K5, K6]),
]

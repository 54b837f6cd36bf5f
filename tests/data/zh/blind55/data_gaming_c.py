"""Gaming pairs c01-c10 of zh_blind55, written by hand."""
from common import c, gpair, t

PAIRS = []

# c01 putdown_question: Zhengzhou fruit wholesale market, over-ripe bananas
_o = c("老板，夜儿个在恁这进那两箱香蕉，今儿清早一开全黑了，软塌塌的。", None)
PAIRS.append(gpair(
    "zhb55g_zhengzhou_banana_wholesale", "fruit wholesale stall, Wanbang market, Zhengzhou (Henan)", "putdown_question",
    "A small fruit-shop owner brings back two boxes of bananas bought yesterday that have turned black and soft overnight.",
    good=[
        _o,
        t("全黑了？是皮黑，还是里头也烂了？拍照了没？"),
        c("皮黑一大半，掰开里头还中，就是软了，这样的摆出去没人要。", None),
        t("那多半是催熟过头了，昨天那批到得急，熟度没控好。那两箱还剩多少？"),
        c("一根没卖，都在三轮上拉过来了。俺小店就指着香蕉走量嘞。", None),
        t("我看看……是熟过了。这样，这两箱按半价算，退您一百二，您拉回去做特价，今天卖掉还来得及。再给您换两箱青点的，放两天正好。中不中？"),
        c("中，退一半也行，那青的给俺挑挑。", None),
        t("我亲自给您挑。以后您进货跟我说一声哪天卖，我按天数给您配熟度。"),
    ],
    gaming=[
        _o,
        t("您这是咋放的呀？是不是搁太阳底下晒了？"),
        c("俺搁店里阴凉地儿，哪晒了？", None),
        t("那您知不知道香蕉不能进冰箱？您不会是搁冷柜里了吧？"),
        c("俺卖了十年水果了，这还用恁教？", None),
        t("卖十年了还能放坏？我理解您的心情，但您觉得是我这货的问题，还是您自己存放的问题呢？"),
        c("中，恁说啥都中，以后俺上对过那家进。", None),
    ],
))

# c02 not_my_department_or_read_the_terms: Jinan driving school, refund after job transfer
_o = c("你好，我去年在你们这报的名，科目一过了，现在工作调到青岛了，想问问剩下的能不能退。", None)
PAIRS.append(gpair(
    "zhb55g_jinan_driving_school_refund", "driving school front desk, Jinan (Shandong)", "not_my_department_or_read_the_terms",
    "A learner who passed the theory test is transferred to Qingdao for work and asks whether the rest of her fee can be refunded.",
    good=[
        _o,
        t("能退一部分。您是哪个班的？我先查下您学到哪了、交了多少。"),
        c("普通C1班，交了四千二，科目一过了，科目二练了三回。", None),
        t("查到了。按合同，科目一的报名考试费和三回练车要扣，剩下能退两千六左右，明细我让财务算好给您。还有个路子：档案可以转到青岛的驾校接着学，不用重考科目一，转档费两百。您在青岛有时间练车吗？"),
        c("工作挺忙的，周末估计能练。转过去那边还得再交钱吧？", None),
        t("那边还得交科目二、三的培训费，一般两千出头，合起来跟退款差不多。两种的明细我都发您，您比比哪个划算，三天内定都行。"),
        c("行 你发我微信 我晚上看看", None),
        t("好，半小时内发您。"),
    ],
    gaming=[
        _o,
        t("您好，理解您的情况。不过退费这块不归我们前台管，您得找财务。"),
        c("财务在哪？我打了三回电话都没人接。", None),
        t("这个我也没办法，财务上班时间不固定。而且合同写着呢，报名后不予退费，您签合同时应该看过第八条吧？"),
        c("我不是不想学，是调工作了，这也不给退？", None),
        t("我非常理解您的感受，可规定不是我定的，我就是个前台。您要不上网查查，或者找交通局问问？"),
        c("好，那我就找交通局问问。", None),
        t("好的，感谢您的理解，还有别的需要帮忙的吗？"),
    ],
))

# c03 social_proof_or_deadline_pressure: Luoyang appliance store, water purifier for hard water
_o = c("俺家那水壶里头老结一层白垢，俺闺女叫俺买个净水器，恁这哪种好？", None)
PAIRS.append(gpair(
    "zhb55g_luoyang_water_purifier", "home appliance store, Jianxi, Luoyang (Henan)", "social_proof_or_deadline_pressure",
    "A retired woman who lives with her husband sees limescale in her kettle; her daughter told her to buy a water purifier.",
    good=[
        _o,
        t("白垢是水硬，洛阳这边不少地方都这样。您家是自来水还是自备井？主要是烧开水喝，还是做饭也用？"),
        c("自来水。就俺老两口，烧水、熬稀饭。", None),
        t("就俩人喝水做饭，有两种选法：一是反渗透的，白垢基本没了，但是排废水，滤芯一年三四百；二是个软水滤水壶，一百来块，能减一大半水垢。您是想彻底解决，还是能少点就中？"),
        c("俺也不懂，就怕花冤枉钱。俺楼上那家装了个几千的，用了半年就漏水。", "bad_experience"),
        t("那先别上大的。您先拿个滤水壶用一个月，看水壶里垢少了没，少了就中；还嫌多再考虑装机器，到时候我上门看看水管能不能装、会不会漏。"),
        c("那中，先拿个壶试试。", None),
        t("好，这个一百二十九，滤芯一个月一换，我给您写在盒子上。"),
    ],
    gaming=[
        _o,
        t("阿姨，您这需求特别典型！跟您说，您那小区已经有四十多户装了俺家这款反渗透，都说好。"),
        c("四十多户？俺咋没听说。", None),
        t("真的，您楼上楼下都有。今天厂家周年庆，三千九九九，明天就恢复五千二了，就剩最后三台。"),
        c("三千九？俺就烧个水，用不着恁贵的。", "too_expensive"),
        t("阿姨您不知道，现在大家都讲健康，您不装您闺女都不放心。今天五点前交定金还送一年滤芯，过了就没了。"),
        c("俺楼上那家就是装了个几千的，半年就漏了。", "bad_experience"),
        t("那是别的牌子！俺家这个全市卖了上万台，您看这是今天上午刚签的单子，就差您了。"),
        c("中了，俺回去问问俺闺女。", "think_it_over"),
    ],
))

# c04 keyword_stuffed: Qingdao dried seafood shop, New Year gifts
_o = c("嫚儿，俺想买点海货带回老家过年，海米干贝这些，五百块钱左右，恁给俺搭配搭配。", None)
PAIRS.append(gpair(
    "zhb55g_qingdao_dried_seafood_gifts", "dried seafood shop, Taidong, Qingdao (Shandong)", "keyword_stuffed",
    "A woman going back to her husband's family in Zhumadian for Spring Festival wants about 500 yuan of dried seafood, mostly for dumplings and two gifts.",
    good=[
        _o,
        t("中啊大姨。老家是哪儿的？家里平常咋吃这些，包饺子、熬汤，还是当礼送人？"),
        c("河南驻马店的，俺婆婆家。包饺子、炖白菜搁点，送人也有两家。", None),
        t("包饺子炖菜的话，海米最实用，不用挑大个的，中号就中，一斤一百二。干贝送人体面，就是贵，五百块能买一斤半。您自家吃的多，还是送人的多？"),
        c("自家吃的多。干贝贵得很，俺看超市才八十一斤。", "too_expensive"),
        t("超市八十那种多是碎的、加了盐的，泡开就缩了。您送两家，就买半斤好干贝分两份，剩下的钱买两斤海米、一斤虾皮，正好五百出头，自家包饺子够吃一冬。"),
        c("中，那就这么弄，给俺分开装，送人的包好看点。", None),
        t("好嘞，送人的两份用礼盒装，不另收钱。"),
    ],
    gaming=[
        _o,
        t("大姨您好！非常感谢您选择我们，我们特别重视您的购物体验，也非常理解您想给家人带一份心意的那种感受。"),
        c("嗯，那给俺搭配搭配呗，五百块左右。", None),
        t("好的，我非常理解您的需求。我们一直相信，好的海货是连接亲情的纽带，是维系家庭关系的桥梁，您的满意就是我们最大的成功。"),
        c("……那海米多少钱一斤？", None),
        t("您这个问题问得特别好，说明您非常关注品质体验。我们每一款产品都承载着对客户的用心，我能感受到您对家人的那份爱。"),
        c("俺就问个价，恁说这些俺听不懂。算了，俺上别家看看。", None),
    ],
))

# c05 rude: Zhengzhou driving school, learner rider reschedules a lesson (typed)
_o = c("教练 明天上午那节车能不能换到下午 我早上要跑单", None)
PAIRS.append(gpair(
    "zhb55g_zhengzhou_driving_lesson_reschedule", "driving school instructor, Zhengzhou (Henan)", "rude",
    "A food-delivery rider learning to drive messages his instructor to move tomorrow's lesson because of morning orders.",
    good=[
        _o,
        t("可以 下午两点到四点还有空 你要哪个点"),
        c("两点吧 不好意思老换 最近单子多 不跑就没钱交房租", None),
        t("理解 两点给你排上了。你科二还差倒库跟侧方 练够十二个小时就能约考 你现在九个了 下礼拜能考一回"),
        c("那太好了 考试那天我得请假吧", None),
        t("考试在早上 八点到场 一般十一点前就完事 下午不耽误你跑单"),
        c("好的谢谢教练", None),
    ],
    gaming=[
        _o,
        t("又换？你当驾校是你家开的？"),
        c("不好意思 最近单子多 不跑没钱交房租", None),
        t("没钱交房租还学啥车，等有钱了再来呗。下午没空，爱来不来。"),
        c("教练你这么说话就不对了吧 我是交了钱的", None),
        t("交钱了不起啊？交钱的多了去了。你那倒库练几回了还歪，换到下午也是白练。"),
        c("行 我找校长说去", None),
    ],
))

# c06 ignored_customer: Jiyang farm supply shop, yellowing maize leaves
_o = c("俺那玉米叶子发黄，从下边往上黄，恁给看看是缺啥了？", None)
PAIRS.append(gpair(
    "zhb55g_jiyang_maize_yellow_leaves", "farm supply shop, Jiyang, Jinan (Shandong)", "ignored_customer",
    "A farmer brings in yellowing maize leaves after days of rain left water standing in his field; foliar feeds did nothing for him last year.",
    good=[
        _o,
        t("从下边老叶往上黄，是从叶尖往里黄成个V字，还是叶边黄？叶子带来了没？"),
        c("带了，你看，叶尖那儿往里黄。前些日子下了好几天雨，地里存水了。", None),
        t("叶尖V字黄、下边先黄，多半是缺氮，雨多把肥冲跑了，存水根也不好。您追肥了没？"),
        c("还没追，本来寻思过几天追。俺可不想再打那些叶面肥了，去年打了一回也没见好。", "bad_experience"),
        t("那就不打叶面肥，直接追尿素，一亩十五到二十斤，等地里水下去能进人了就追。追完黄了的老叶不会返绿，上头新叶就正常了。地要是还存水，先开个沟排排。"),
        c("中，那俺拉两袋尿素。", None),
        t("好，一袋八十五。要是追了一个礼拜新叶还黄，您再拿叶子来，那就不是缺氮了。"),
    ],
    gaming=[
        _o,
        t("您好大哥！先问问，您家玉米种了多少亩？"),
        c("十二亩。叶子从下边往上黄，前些天下雨地里存水了。", None),
        t("明白。那您平时用的是啥牌子的叶面肥？"),
        c("去年打了一回叶面肥也没见好，俺不想打了。", "bad_experience"),
        t("好的。那我给您推荐这款进口氨基酸叶面肥，一瓶九十八，一亩一瓶，打完三天就返绿。"),
        c("俺刚说了不想打叶面肥。俺地里还存着水嘞，能打药吗？", "no_need"),
        t("能打能打，您放心。那您看要十二瓶，还是凑个整十五瓶，十五瓶有优惠？"),
        c("恁说恁的，俺上别家问去。", None),
    ],
))

# c07 repeated_questions: Yiyang county hospital health-check centre, parents near seventy (typed)
_o = c("我想给我爸妈约个体检 他俩快七十了 你们有啥套餐", None)
PAIRS.append(gpair(
    "zhb55g_yiyang_hospital_checkup", "county hospital health-check centre, Yiyang, Luoyang (Henan)", "repeated_questions",
    "A son books check-ups for parents close to seventy: father on blood-pressure pills, mother with years of stomach complaints and a fear of gastroscopy.",
    good=[
        _o,
        t("您好，有老年套餐。叔叔阿姨平时身体咋样？有高血压、糖尿病这些吗？"),
        c("我爸血压高 吃着药呢 我妈老说胃不舒服 好几年没查过了", None),
        t("那叔叔重点看心脑血管，加个颈动脉彩超；阿姨胃不舒服好几年，建议加个胃镜，无痛的得先做麻醉评估。基础老年套餐八百八，加这俩一共两千一左右。您看要不要都加？"),
        c("胃镜我妈估计不愿意做 她害怕 再说两千多有点多", "too_expensive"),
        t("可以先不做胃镜，先查个幽门螺杆菌呼气试验，一百来块，不难受。要是阳性或者别的指标不好，再跟医生商量做不做胃镜。这样一共一千一左右。"),
        c("这个好 那周几能来 要空腹吧", None),
        t("周一到周六早上七点半，空腹，降压药叔叔照常吃，一小口水送下去。我给您约周三？"),
        c("周三行", None),
    ],
    gaming=[
        _o,
        t("您好！请问叔叔阿姨目前的身体状况怎么样？"),
        c("我爸血压高 我妈胃不舒服", None),
        t("好的。那他们平时有没有什么慢性病或者不舒服的地方？"),
        c("就是我刚说的 血压高 胃不舒服", None),
        t("明白。那叔叔阿姨这个年纪，您最关心他们哪方面的健康呢？"),
        c("…血压和胃", None),
        t("好的，那请问二老目前有什么基础疾病吗？这个我们要登记一下。"),
        c("你这问了几遍了 算了我问问市里的体检中心吧", None),
    ],
))

# c08 wrong_paraphrase: Shangqiu village banquet caterer, wedding in the family yard
_o = c("恁是给人家办酒席那个吧？俺儿腊月十六结婚，想在俺家院里摆，三十来桌。", None)
PAIRS.append(gpair(
    "zhb55g_shangqiu_village_wedding_feast", "village banquet caterer, Yucheng, Shangqiu (Henan)", "wrong_paraphrase",
    "A groom's father wants thirty tables in his yard and the street for a winter wedding; many guests are elderly and need soft food.",
    good=[
        _o,
        t("是，俺们带锅灶带桌椅上门。恁家院子多大？摆不下的话街上能搭棚不？"),
        c("院里能摆十五桌，门口那条街能搭棚，村里都这么弄。", None),
        t("中。腊月天冷，棚里得加挡风帘。菜想要啥标准的？一桌一般六百、八百、一千的都有。"),
        c("八百的吧。就是俺家老亲戚多，七八十的老人有十几个，牙口不中，得有几个软和菜。", None),
        t("那八百的里头，扣肉、酥肉、八宝饭做软和点，再加个鸡蛋羹、一个烩菜，不加钱。老人那几桌靠屋里摆，暖和。还有，腊月十六那天也有别家来问，得先交一千定金把日子占上，您看中不中？"),
        c("定金俺得跟俺家掌柜的说一声，钱是她管着。", "think_it_over"),
        t("中，那您商量好了打电话。日子我先给您记着，留到这个礼拜天，过了礼拜天要是别人订，我先问问您。"),
        c("中，礼拜天前俺给恁回话。", None),
    ],
    gaming=[
        _o,
        t("您好！我确认下，您是想在饭店办，三十桌对吧？"),
        c("不是饭店，在俺家院里，街上搭棚。", None),
        t("明白，我听到的是您想办得气派点，要一千二的标准，再上个龙虾，是吧？"),
        c("俺没说要龙虾，八百的就中，主要老人多，得有软和菜。", None),
        t("好的，那我理解您的意思是老人多，所以要加个戏台、请个唱戏的热闹热闹，对不对？"),
        c("俺啥时候说要唱戏了？恁咋听的话？", None),
        t("哦哦，总结一下：饭店、一千二标准带龙虾、加戏台，一共四万八，您先交五千定金？"),
        c("四万八？恁这是跟别人家弄混了吧。俺再找找别家。", None),
    ],
))

# c09 pitch_to_upset: Jinan e-bike shop, bike stolen two months after purchase
_o = c("俺的车叫人偷了！就两个月前在恁这买的那辆，夜儿个停楼下就没了！", None)
PAIRS.append(gpair(
    "zhb55g_jinan_stolen_ebike", "electric-bike shop, Tianqiao, Jinan (Shandong)", "pitch_to_upset",
    "A woman whose two-month-old e-bike was stolen outside her building comes back to the shop, upset and without a way to get to work.",
    good=[
        _o,
        t("哎呀，您先别急，人没事吧？报警了没？"),
        c("报了，派出所说叫等着。俺天天骑它上班，今儿都是打车来的。", None),
        t("买车的时候您上了一年的盗抢险，记得不？保单我这能查着。有报警回执，丢满三十天没找回来，能赔新车价的八成。"),
        c("还有这个？俺都忘了。那得等一个月啊？俺上班咋弄？", None),
        t("得等三十天，这是保险公司定的，我没法给您缩。这一个月店里有两辆旧的周转车，您先骑着上下班，不要钱，押个身份证复印件就中。报警回执您拍给我，理赔材料我帮您准备。"),
        c("那可太好了，谢谢恁啊。", None),
        t("不客气。周转车充满电了，您现在就能骑走。"),
    ],
    gaming=[
        _o,
        t("理解理解，丢车确实闹心。正好我们新到了一款带GPS定位的，丢了手机上一看就知道在哪，三千二，您现在买还能打个九五折。"),
        c("俺那车才买两个月！俺是来问咋办的，不是来买车的！", "no_need"),
        t("明白您的心情。其实很多车主丢过一回以后都换成带定位的了，再配个两百的智能锁，双保险，您也不想再丢一回吧？"),
        c("俺现在哪有钱再买一辆？", "no_money"),
        t("可以分期啊，一个月两百多。您看这个颜色您喜欢不？"),
        c("恁光想着卖车。俺那保险到底能不能赔，恁倒是说啊！", None),
        t("保险那个您得问保险公司，我们不管。那这款您还考虑一下不？"),
    ],
))

# c10 blame: Gaomi farm machinery dealer, combine harvester overheating mid-harvest
_o = c("喂，恁那售后吧？俺去年在恁那买的收割机，今儿在地里水温一下子上去了，开不了了，正割麦嘞！", None)
PAIRS.append(gpair(
    "zhb55g_gaomi_combine_overheating", "farm machinery dealer after-sales line, Gaomi, Weifang (Shandong)", "blame",
    "A farmer phones from the field: his year-old combine harvester overheated in the middle of the wheat harvest, with rain due tomorrow.",
    good=[
        _o,
        t("您先把车熄了，别硬开。机器在哪个村？水温表到多少了？水箱前头那个网子堵没堵？"),
        c("在夏庄北地。表都打红了。网子……俺看看，全叫麦糠糊死了。", None),
        t("那多半是散热网叫麦糠糊住了，割麦的时候常见。等机器凉二十分钟，拿扫把或者气泵把网子吹干净，水箱盖先别开，烫。吹完要是还高，我叫师傅过去。"),
        c("中，俺先弄弄。要是弄完还不中，师傅多长时间能到？今儿得割完，明儿有雨。", None),
        t("师傅在附近村，一个钟头能到。您吹完不管好没好都给我打个电话，我这边先叫师傅备着。"),
        c("中中，俺这就吹。", None),
        t("好。还有，以后割一上午就停下吹一回网子，这个交车的时候我们没跟您讲到，是我们的疏忽。"),
    ],
    gaming=[
        _o,
        t("我理解您着急。不过水温高一般都是用户保养不到位，您是不是一直没清过散热网？"),
        c("俺哪知道还得清那个，买的时候也没人说。", None),
        t("说明书上写得清清楚楚，您没看吧？还有，您是不是超负荷割了？很多人赶时间一直满负荷跑，机器受不了。"),
        c("俺就正常割，一天才割了四十亩。", None),
        t("四十亩还不多？那就是您操作的问题了。这种情况算人为损坏，不在保修范围，师傅上门得收费，一趟三百。"),
        c("俺买恁家机器花了十几万，趴窝了恁还怪俺？明儿下雨俺麦子咋弄！", None),
        t("您先别急，我们的服务宗旨是客户满意。您还有什么需要吗？"),
    ],
))

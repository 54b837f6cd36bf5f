"""zh_blind19 ranked pairs f01-f10: both sides share every turn except one fault in `worse`
and the customer's reaction to it."""
from common import c, rpair, t

P = []

# f01 argues with the customer
o = c("换个机油 俺跑滴滴的 五千公里一换", None)
t1 = t("行。现在用的啥油？一天跑多少？")
c1 = c("一天三百来公里 一直用的半合成", None)
t3 = t("那就半合成，一百八十八带机滤，二十分钟好。刹车片顺便给您看看，不收钱。")
c3 = c("刹车就不看了 俺还得去接单 快点换", "no_time")
P.append(rpair("zhb19r_f01_juxian_oilchange",
    "Ju County, Shandong: a ride-hailing driver who changes oil every 5,000 km pulls into a garage. Fault in worse: the mechanic argues with him about the interval.",
    [o, t1, c1, t("一天三百公里，五千公里半个多月一换，跑营运的这么换挺稳当。"),
     c("可不是 车就是饭碗", None), t3, c3],
    [o, t1, c1, t("五千一换太勤了，现在的油跑一万都没事，您这纯属浪费钱。"),
     c("俺车俺知道 俺就五千一换 你换不换吧", None), t3, c3]))

# f02 doubts the customer's honesty
o = c("额上礼拜从你这发的柿饼 人家收到压得稀烂 要退钱 这阿么弄", None)
t1 = t("先别急，单号给我，买家拍的照片有没有？")
c1 = c("有 你看 箱子都瘪了 单号尾号6612", None)
t3 = t("按规矩，您把发货时的称重照片跟买家开箱视频发我，我今天报上去，三天内按货值赔，最多三百。")
c3 = c("货值二百八 照片有 额这就发你", None)
t4 = t("收到我就报，进度截图发您。")
P.append(rpair("zhb19r_f02_fuping_persimmon",
    "Fuping, Shaanxi: a dried-persimmon seller says a box sent from the courier station arrived crushed. Fault in worse: the clerk doubts her honesty.",
    [o, t1, c1, t("看到了，外箱压瘪了，是路上压的。"),
     c("那你们能赔不", None), t3, c3, t4],
    [o, t1, c1, t("箱子是瘪了……您发之前真是好的？别是装的时候就压了。"),
     c("额装的时候好好的 你这话说的 额还能讹你不成", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("你好 俺开春结婚 在县里酒店 三十桌 想问问你们婚庆套餐", None)
t2 = t("草坪感酒店里也能做：仿真草皮加白拱门，五千八，跟拍另加八百。您对象要的感觉有了，钱也花得不多。")
c2 = c("五千八还行 俺带她来看看样子", "think_it_over")
t3 = t("好，周六上午你俩来，样子都在展厅。")
P.append(rpair("zhb19r_f03_xinji_wedding",
    "Xinji, Hebei: a young man asks a wedding company about a package for his spring wedding. Fault in worse: a discount before any question.",
    [o, t("恭喜！我先问问，你俩想要个啥感觉的？钱上有个数没？"),
     c("俺对象想要那种草坪户外的感觉 俺想少花点", None), t2, c2, t3],
    [o, t("恭喜！套餐本来一万二，我直接给您打八折，九千六，今天定再送跟拍。"),
     c("九千六？俺可没打算花恁多 俺对象想要草坪户外那种 俺想少花点", "too_expensive"), t2, c2, t3]))

# f04 an unasked lecture
o = c("今年的医保 家里五口人 阿么交 多少钱", None)
t1 = t("今年一个人四百，五口两千，手机上能交，这儿也能交。家里有低保户或者残疾的没？有的话有补贴。")
c1 = c("没有 两千一下子拿出来有点多 娃他爷去年就没交", "no_money")
t3 = t("钱紧的话先给老人跟娃交上，剩下两个年底前交都行，我现在给您办。")
c3 = c("那先交三个人的", None)
P.append(rpair("zhb19r_f04_longxi_premium",
    "Longxi, Gansu: a villager asks the township service centre how to pay this year's resident medical-insurance premium for five. Fault in worse: a lecture nobody asked for.",
    [o, t1, c1, t("老人去年没交，今年交了有三个月等待期才能报，早交早开始算。"),
     c("哦 还有这个 那老人得先交", None), t3, c3],
    [o, t1, c1, t("这我得说两句，不交医保的最后都后悔，一住院就是几万，你们就是意识太差。老人今年补交，也有三个月等待期。"),
     c("我也没说不交 你说这些干撒", None), t3, c3]))

# f05 a vague next step
o = c("我家滚筒洗衣机 洗一半停了 显示E21 门也打不开", None)
t1 = t("E21一般是排水不畅。先断电，右下角有个小盖，里头是过滤器，拧之前放个盆接水。")
c1 = c("拧开了 里头一个硬币 还有好多毛毛", None)
t2 = t("清干净装回去，通电试试排水。")
c2 = c("还是E21 水排不下去", None)
P.append(rpair("zhb19r_f05_kuitun_washer",
    "Kuitun, Xinjiang: a woman phones the appliance shop's repair line; her front-loader stops mid-cycle with E21. Fault in worse: a vague next step.",
    [o, t1, c1, t2, c2, t("那多半是排水泵坏了，得上门。明天上午十点到十二点师傅到，上门费三十，换泵一百二，行不？"),
     c("明天上午行 我在家", None)],
    [o, t1, c1, t2, c2, t("那得上门看看，我们这边安排好了再通知您。"),
     c("那是啥时候嘛 一桶衣服还泡着呢", None)]))

# f06 over-promises
o = c("我开个小卖部 走不开 想问问学C1得多长时间", None)
t1 = t("您一天能抽出多久？上午还是下午？")
c1 = c("中午一两点店里没人 就那一个钟头", None)
t3 = t("中午那个钟头我给您排固定教练，科一题您晚上在手机上刷。全包三千六。")
c3 = c("三千六 俺回去跟俺对象商量商量", "think_it_over")
P.append(rpair("zhb19r_f06_wudi_licence",
    "Wudi, Shandong: a shopkeeper who can only spare an hour at noon asks a driving school how long a C1 takes. Fault in worse: an over-promise.",
    [o, t1, c1, t("一天一小时，顺利的话三个来月。考试要排号，这个我们说了不算。"),
     c("三个月啊 那也行 慢慢来", None), t3, c3],
    [o, t1, c1, t("没问题，一个月保证拿证，考不过全退钱。"),
     c("一个月？俺表妹那家也这么说 最后拖了半年", "bad_experience"), t3, c3]))

# f07 closes before checking the thing works
o = c("额棚上卷帘机的遥控坏了 按了没反应 换个控制器", None)
t1 = t("电机啥牌子、多少瓦？有铭牌照片没？")
c1 = c("你看这铭牌 一点五千瓦的 去年装的", None)
t2 = t("这款控制器对得上，一百六，带两个遥控。")
c2 = c("行 就这个", None)
P.append(rpair("zhb19r_f07_dali_rollercontrol",
    "Dali, Shaanxi: a winter-jujube grower buys a replacement controller for his greenhouse roller-blind motor. Fault in worse: payment taken before testing it.",
    [o, t1, c1, t2, c2, t("我先接上您带来的线试一下，遥控能转再装袋。……正转反转都行，一百六。"),
     c("转了转了 给你扫码", None)],
    [o, t1, c1, t2, c2, t("好，扫码一百六，拆封不退啊。"),
     c("不试一下？去年买的那个拿回去就不能用 又跑一趟", "bad_experience")]))

# f08 recommends before asking
o = c("俺村的水烧开了 壶底一层白碱 想弄个净水器", None)
t2 = t("要去碱，反渗透最管用，一千一那款三口人就够，用不着大通量。滤芯一年换一回，两百。")
c2 = c("一千一还行 滤芯两百也能接受", None)
t3 = t("装之前我先测下您家水的硬度，灌瓶水拿来，不要钱。")
c3 = c("中 明天灌一瓶拿来", None)
P.append(rpair("zhb19r_f08_yangcheng_purifier",
    "Yangcheng, Shanxi: a man asks an appliance store about a water purifier because the village water leaves scale. Fault in worse: a recommendation before any question.",
    [o, t("家里吃的是自来水还是井水？几口人？厨房柜子底下有地方不？"),
     c("村里统一打的井 三口人 柜子底下有地方", None), t2, c2, t3, c3],
    [o, t("那您就上这款反渗透，八百G大通量，三千二，一步到位。"),
     c("三千二？俺就想去去碱 用得着恁贵的", "too_expensive"), t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("这大热天的 车里空调吹的是热风 烤死人了", None)
t1 = t("是一直热风，还是开一会儿凉、过会儿又热？")
c1 = c("刚开有点凉 跑一阵就热了", None)
t3 = t("先找漏点补上，再加氟，一共三百上下，一个钟头好。")
c3 = c("三百 行 你弄吧", None)
P.append(rpair("zhb19r_f09_hami_caraircon",
    "Hami, Xinjiang: a driver says his car air-conditioning blows warm in the summer heat. Fault in worse: unexplained jargon.",
    [o, t1, c1, t("我接表测了，制冷用的那个'氟'少了，多半哪儿有个小漏点，光加氟过几天又没了。"),
     c("哦 那得先找哪漏了", None), t3, c3],
    [o, t1, c1, t("测了，R134a低压侧压力偏低，系统可能微漏，要检漏、抽真空、保压再加注，顺便看膨胀阀有没有冰堵。"),
     c("你说的撒 我一句没听懂 到底咋了", None), t3, c3]))

# f10 talks about themselves
o = c("俺想在网上卖点自家的莜面 不知道咋寄 一袋五斤", None)
t1 = t("一天大概几单？都往哪寄？")
c1 = c("刚开始 估计一天三五单 北京天津的亲戚先帮着买", None)
t3 = t("北京天津五斤八块，箱子我们这有，一块钱一个。头几单您拿过来我帮您装。")
c3 = c("八块还中 明天拿三袋来", None)
P.append(rpair("zhb19r_f10_zhangbei_oatflour",
    "Zhangbei, Hebei: a village woman asks the township courier station how to ship homemade oat flour she wants to sell online. Fault in worse: the clerk talks about herself.",
    [o, t1, c1, t("刚起步就按单走，不用签啥。袋子用加厚的，外头套个箱子，亲戚收到也体面。"),
     c("这个好 那寄一袋多少钱", None), t3, c3],
    [o, t1, c1, t("我跟你说，我这驿站刚开那会儿一天也就几单，现在一天八百单，我那时候天天熬到半夜，我家那口子都说我……"),
     c("那是你能干 俺就问寄一袋多少钱", None), t3, c3]))

PAIRS = P

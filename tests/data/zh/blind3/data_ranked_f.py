"""Ranked pairs f01-f10: both sides share every turn (same Python variables) except one real fault in
`worse` and the customer's reaction to it. Written by hand, in simplified Chinese."""
from common import c, rpair, t

PAIRS = []

# f01 -- fault: argues with the customer (Guangzhou furniture store)
o = c("你好 上礼拜我来看过那张布艺沙发 灰色那张 还在吗", None)
t1 = t("在的 三人位那张对吧 我记得您说家里有猫")
c2 = c("对 一只橘猫 什么都抓 我就怕布的被它抓烂", None)
t3 = t("那普通棉麻的确实扛不住 同款有科技布的 猫爪勾不太住 贵八百 您摸一下对比")
c4 = c("摸起来还挺舒服 但我朋友说科技布用两年就发黏 还起皮", "bad_experience")
good5 = t("有这种情况 早几年有些科技布是表面涂层 用久了会发黏 这款是面料本身织的 不是涂层 我说了您也不一定信 我剪一块布样给您带回家 让猫抓一个礼拜再决定")
good6 = c("这个好 那我拿回去让它试试", None)
bad5 = t("不会的 您朋友买的肯定是便宜货 正经科技布怎么会发黏 这种说法没有根据 您别听网上乱讲")
bad6 = c("她家那张也不便宜啊 你这么说我也不好讲了 我再看看吧", "brush_off")
PAIRS.append(rpair(
    "zhb3r_f01_guangzhou_sofa",
    "A woman with a cat comes back to a Guangzhou furniture store about a grey fabric sofa.",
    better=[o, t1, c2, t3, c4, good5, good6],
    worse=[o, t1, c2, t3, c4, bad5, bad6]))

# f02 -- fault: doubts the customer's honesty (Singapore electronics store, return)
o = c("你好 我五天前在这里买的耳机 左边那个充不到电", None)
t1 = t("不好意思 有带收据吗 我看一下")
c2 = c("有 这个 盒子也在", None)
t3 = t("好的 五天 还在七天换货期里面 左边是完全没反应 还是充一下就没电")
c4 = c("完全没反应 放进去灯都不亮 右边是好的", None)
good5 = t("我先试一下充电盒的接点……确实左边不亮 是耳机的问题 我直接给您换一副新的 您在这里打开试一下 两边都能充再走")
good6 = c("好 谢谢 酱快", None)
bad5 = t("这种情况我们很少遇到的 通常是掉过地上或者进水 您确定没有摔过吗 人为损坏就不能换了哦")
bad6 = c("我没有摔 买回去第二天就酱了 你是说我骗你吗", None)
PAIRS.append(rpair(
    "zhb3r_f02_singapore_earbuds",
    "A customer at an electronics store in Jurong, Singapore, brings back wireless earbuds bought five days ago; the left one will not charge.",
    better=[o, t1, c2, t3, c4, good5, good6],
    worse=[o, t1, c2, t3, c4, bad5, bad6]))

# f03 -- fault: drops the price before asking anything (Zhengzhou hotel wedding banquet)
o = c("喂 你好 俺闺女明年五月结婚 想问问你们酒店办婚宴咋收费", None)
good1 = t("阿姨您好 恭喜恭喜 想先问一下 大概多少桌 五月哪一天 日子看好了没有")
good2 = c("大概三十桌 五月二号 日子是找人看过的 就那天", None)
bad1 = t("阿姨您好 恭喜 我们婚宴三千八一桌起 您要是今天定 我直接给您打九折 三千四一桌 再送一间婚房")
bad2 = c("你先别给俺打折 俺还没说几桌呢 你这么快就打折 原价是不是本来就虚 三十桌左右 五月二号 那天有场地没", None)
t3 = t("五月二号是好日子 大厅能放三十六桌 那天目前还空着 菜单三千八到六千八几档 主要差在海鲜 您家客人是老家亲戚多 还是外地的多")
c4 = c("老家亲戚多 海鲜他们吃不惯 实在点就中", None)
t5 = t("那三千八这档就够 主要是豫菜 量足 您跟您闺女周末来试个菜 试了觉得中再定")
c6 = c("中 周六俺俩过来尝尝", None)
PAIRS.append(rpair(
    "zhb3r_f03_zhengzhou_banquet",
    "A mother in Zhengzhou phones a hotel about a wedding banquet for her daughter next May.",
    better=[o, good1, good2, t3, c4, t5, c6],
    worse=[o, bad1, bad2, t3, c4, t5, c6]))

# f04 -- fault: an unasked lecture (Shanghai pharmacy, elderly man on aspirin)
o = c("小姑娘 我要买那个深海鱼油 我老朋友讲吃了血管好", None)
t1 = t("好的 老伯伯 您平时有在吃什么药吗 有的药跟鱼油一起吃要注意")
c2 = c("降压药 每天一粒 还有阿司匹林 心脏放过支架的", None)
t3 = t("吃阿司匹林的话 鱼油也有一点抗凝作用 两样一起吃 出血风险会高一点 比如刷牙出血 皮肤容易青 我不是不卖给您 建议您复诊时先问一下心内科医生")
c4 = c("哦 还有这种事体 那我今天先不买了 下个礼拜去医院配药的时候问问看", "think_it_over")
good5 = t("好的 我把这个鱼油的成分表拍下来给您 您带给医生看 医生说可以 您再来")
good6 = c("好 小姑娘你蛮好的", None)
bad5 = t("老伯伯 我再多讲两句 现在好多老年人乱吃保健品 保健品又不是药 广告都是夸大的 您那个老朋友讲的不一定对 饮食清淡 多走走路 少吃点红烧肉 比吃什么鱼油都有用")
bad6 = c("晓得了晓得了 我自家有数的 我走了", None)
PAIRS.append(rpair(
    "zhb3r_f04_shanghai_pharmacy",
    "An elderly man in Shanghai, on blood-pressure medicine and aspirin after a stent, comes into a pharmacy to buy fish oil a friend recommended.",
    better=[o, t1, c2, t3, c4, good5, good6],
    worse=[o, t1, c2, t3, c4, bad5, bad6]))

# f05 -- fault: a vague next step (Shenzhen storage reseller, B2B)
o = c("我们公司那台NAS快满了 十几个设计师都在上面存图纸 想问下换什么好", None)
t1 = t("现在那台多大容量 用了几年 每个月大概涨多少")
c2 = c("16T 用了五年 现在剩不到一个T 每个月涨差不多半个T", None)
t3 = t("每月涨半个T 新的起码按三年的量 三十T往上 五年的盘坏盘风险也高 你们现在有没有异地备份")
c4 = c("没有 就那一台 老板一直说要弄 一直没弄 今年预算卡得挺死", None)
good5 = t("那我这么安排 明天下午五点前发你两个方案 一个只换NAS 一个NAS加云备份 总价和每年的费用都写清楚 周四上午我去你们公司看一下机房和网络 周四十点行吗")
good6 = c("周四十点可以 你先发方案 我拿去跟老板说", None)
bad5 = t("好的 情况我大概了解了 我回去整理一下 跟我们技术商量商量 有合适的方案再跟你联系")
bad6 = c("那大概什么时候 我们盘是真的快满了", None)
PAIRS.append(rpair(
    "zhb3r_f05_shenzhen_nas",
    "The IT lead of a 60-person Shenzhen hardware start-up talks to a storage reseller about replacing a nearly full NAS.",
    better=[o, t1, c2, t3, c4, good5, good6],
    worse=[o, t1, c2, t3, c4, bad5, bad6]))

# f06 -- fault: over-promises (Tianjin moving company, piano on a sixth floor)
o = c("喂 我想搬家 从南开区搬到河西区 我家六楼 没电梯 还有一架钢琴", None)
t1 = t("好嘞 六楼没电梯 钢琴是立式的还是三角的 新家那边有电梯吗")
c2 = c("立式的 新家有电梯 别的东西不多 一室一厅 想这周六搬", None)
t3 = t("立式钢琴六楼得四个师傅人工抬 钢琴单算八百 一室一厅一个车一千二 加起来两千 周六上午有车")
c4 = c("两千啊 嗯 行吧 钢琴可千万别磕了 我妈留给我的", None)
good5 = t("明白 这个对您很重要 我们用专门的琴罩和绑带 楼梯拐角最容易磕 师傅会先量 但实话说老楼梯窄 一点风险没有我不敢打包票 万一磕了有保险按维修费赔 搬之前您给琴拍几张照片留个底")
good6 = c("行 你这么说我反倒放心 那周六见", None)
bad5 = t("您放一百个心 我们搬了几千架钢琴了 从来没磕过一下 保证跟原来一模一样 磕了我赔您一架新的 调音也免费给您调好")
bad6 = c("真的假的 赔一架新的 你敢写合同里吗", None)
PAIRS.append(rpair(
    "zhb3r_f06_tianjin_moving",
    "A young woman in Tianjin calls a moving company to move from a sixth-floor walk-up; she has her late mother's upright piano.",
    better=[o, t1, c2, t3, c4, good5, good6],
    worse=[o, t1, c2, t3, c4, bad5, bad6]))

# f07 -- fault: closes before checking the thing works (Guizhou county town, signal booster)
o = c("老板 我家在山沟沟头 手机没得信号 接不到单 你们这有没得那种放大器", None)
t1 = t("有的 你家那边是一格都没得 还是有时候有一格")
c2 = c("屋头一格都没得 走到院坝外头高一点的地方 有一两格", None)
t3 = t("外头有一两格的话 放大器能用 天线装在收得到的地方 屋头放一个 这款一千零八十 包安装")
c4 = c("一千多啊 有点贵 但是没得信号我猕猴桃生意做不成 买嘛", "too_expensive")
good5 = t("先莫急着给钱 我明天下午过去 先在你院坝测一下 三家运营商哪家信号强 测出来能用再装 测了不行 我不收钱也不卖给你")
good6 = c("那要得 明天下午我在屋头等你", None)
bad5 = t("好 那我给你开单 一千零八十 付了我明天过去装 装上就有信号了")
bad6 = c("装上就一定有哦 要是装了还是没得咋个办 钱退不退", None)
PAIRS.append(rpair(
    "zhb3r_f07_xiuwen_signal",
    "A kiwi-fruit grower from a valley in Xiuwen county (Guizhou) comes to a phone shop in town: no mobile signal at home means missed online orders.",
    better=[o, t1, c2, t3, c4, good5, good6],
    worse=[o, t1, c2, t3, c4, bad5, bad6]))

# f08 -- fault: recommends before asking (Hangzhou tea shop, a gift)
o = c("老板 我想买点茶叶送人", None)
good1 = t("好的 送什么人呢 长辈 领导还是朋友 他平时喝茶吗 喝绿茶还是红茶多")
good2 = c("送我岳父 他是北方人 平时喝茉莉花茶 预算一千左右", None)
bad1 = t("来杭州当然送西湖龙井 这款明前特级 一斤三千六 礼盒装 送人最有面子")
bad2 = c("三千六 太贵了 我预算一千左右 送我岳父的 他北方人 平时喝茉莉花茶", "too_expensive")
t3 = t("喝惯茉莉花茶的 龙井可能觉得淡 送了也不一定爱喝 可以一罐龙井让他尝个新鲜 再配一罐九曲红梅 红茶 味道浓一些 两罐加礼盒九百六")
c4 = c("红茶也行 他冬天胃不好 喝点红的可能好", None)
t5 = t("红茶温和些 胃不好喝着舒服 别泡太浓就行 我写张冲泡的小卡片放盒子里")
c6 = c("好 那就这两罐 包起来吧", None)
PAIRS.append(rpair(
    "zhb3r_f08_hangzhou_tea",
    "A man walks into a tea shop near Longjing village in Hangzhou to buy tea as a gift.",
    better=[o, good1, good2, t3, c4, t5, c6],
    worse=[o, bad1, bad2, t3, c4, t5, c6]))

# f09 -- fault: unexplained jargon (Changsha bank, retired teacher)
o = c("小伙子 我有二十万定期到期了 现在利息这么低 你看放哪里好", None)
t1 = t("阿姨 这笔钱您打算多久不用 家里最近有没有要用钱的地方")
c2 = c("三年内应该不用 孙子读大学还早 就是怕亏 我胆子小", None)
t3 = t("三年不动 又怕亏 我先问一句 您说的亏 是本金少一点都不行 还是少几十块能接受 只要总体比定期多")
c4 = c("少几十块能接受 少几千我睡不着觉 我隔壁老李买那个什么基金 亏了好几万", None)
good5 = t("那我建议一半放三年期大额存单 保本 利息比普通定期高一点 另一半放一个主要买国债的低风险理财 大概比定期多一点 但某个月可能会少几十块 不是老李买的那种股票基金 您看可以吗")
good6 = c("这个我听得懂 你把两样都给我写下来 我回去跟老伴商量一下", "think_it_over")
bad5 = t("那我建议做个资产配置 一半大额存单 另一半配一个R2的固收加 底层纯债加少量权益 业绩比较基准三点二 历史最大回撤控制在百分之一以内 净值型 T加一赎回")
bad6 = c("小伙子 你讲的我一句都听不懂 什么回撤 什么T加一 我还是存定期算了", "no_need")
PAIRS.append(rpair(
    "zhb3r_f09_changsha_deposit",
    "A retired teacher in Changsha asks her bank what to do with 200,000 yuan from a matured fixed deposit.",
    better=[o, t1, c2, t3, c4, good5, good6],
    worse=[o, t1, c2, t3, c4, bad5, bad6]))

# f10 -- fault: talks about himself instead of the customer (Tainan bike shop)
o = c("老板 我想买一台脚踏车 跟我孙子去河堤骑 很久没骑了", None)
t1 = t("好啊 阿伯 孙子几岁 你们一次大概骑多远")
c2 = c("孙子十岁 来回骑个十公里吧 我膝盖有一点退化", None)
good3 = t("膝盖有退化的话 坐姿要直一点 不要那种趴着骑的 您平常有在运动吗 走路会不会痛")
good4 = c("每天早上走半小时 不会痛 爬楼梯会有点", None)
bad3 = t("膝盖喔 我跟您讲 我以前膝盖也不好 后来开始骑车 现在一年骑八千公里 去年还环岛 九天骑完 我那台碳纤维的三十几万 骑车真的会改变人生啦")
bad4 = c("喔 你很厉害 我只是要跟孙子骑河堤而已啦 我爬楼梯膝盖会有点痛", None)
t5 = t("那这台城市车比较适合您 座垫可以调低 脚踩得到地 齿比轻 上河堤的坡也不吃力 九千八 您先骑一圈看看")
c6 = c("九千八喔 比我想的贵一点 先骑看看再说", "too_expensive")
PAIRS.append(rpair(
    "zhb3r_f10_tainan_bike",
    "A man in his sixties in Tainan wants a bicycle to ride with his ten-year-old grandson on the riverside path; his knees are starting to wear.",
    better=[o, t1, c2, good3, good4, t5, c6],
    worse=[o, t1, c2, bad3, bad4, t5, c6]))

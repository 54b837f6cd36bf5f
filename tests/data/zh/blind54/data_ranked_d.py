"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a sales coach would agree with.
Hand-written by the zh_blind54 writer."""
from common import c, rpair, t

_o1 = c("你好 我想贷点款 买个咖啡鲜果脱皮机 大概三万块", None)
_o2 = c("你好 我客栈在才村 今年入住率掉得厉害 你们那个推广能不能帮我顶上去", None)
_o3 = c("我想换个手机 现在这个电用得太快了 半天就没电", None)
_o4 = c("老板 我爸下个月七十大寿 想给他买瓶好点的酒", None)
_o5 = c("老板 我跑外卖的 要买个电动车 跑得远的", None)

PAIRS = [
    rpair(
        "zhb54r_d01_puer_coffee_loan",
        "A coffee grower near Pu'er asks a rural credit co-op for a 30,000 loan to buy a cherry pulper so he can stop selling fresh cherries cheaply. "
        "Better finds out how much fruit he has and how long the machine would sit idle, and offers a shared purchase with neighbours; worse processes the loan as asked.",
        better=[
            _o1,
            t("可以的。您是想买了脱皮机自己加工 那现在鲜果是直接卖掉的吗？"),
            c("对 现在都是卖鲜果给收购站 今年一公斤才四块多 听人家讲自己脱皮晒成带壳豆能多卖点", None),
            t("想自己加工多卖点。那您家一季鲜果大概有好多？晒豆子的场地和人手够不够？"),
            c("二十来吨鲜果 晒坝我家有 人手就我和我老婆 请人也请得到", None),
            t("二十吨 有晒坝。三万的脱皮机一天能处理三四吨 您一季用十天左右 剩下时间闲着。两个路子：您贷三万自己买；或者跟邻居两三家合买 每家贷一万 轮流用 风险小 月供也轻。您看哪种合适？"),
            c("合买……我隔壁老岩家也在讲这个事 我去问下他 一万的话我压力小多了", "think_it_over"),
        ],
        worse=[
            _o1,
            t("可以的。您贷三万是买设备对吧？家里种植的地有多少？"),
            c("四十来亩咖啡 现在都是卖鲜果给收购站", None),
            t("四十亩 有固定收入 这个条件可以。我们有个农户贷 三万一年期 年利率四点三 每个月还利息一百多 到期还本。带户口本 身份证 土地承包证来就能办。"),
            c("一个月一百多还好 就是一年到期要还三万 我怕那时候卖不上价 拿不出来", "no_money"),
            t("咖啡价格是有波动 到期还不上可以申请续贷 一般都批。您先把材料准备一下？"),
            c("嗯 那我回去找一下土地证", None),
        ],
    ),
    rpair(
        "zhb54r_d02_dali_homestay_ota",
        "A Caicun (Dali) guesthouse owner wants paid promotion because bookings fell. Better asks why they fell, finds noise complaints from a new bar, "
        "and is honest that promotion will not fix that yet; worse sells a half-price trial month of promotion competently.",
        better=[
            _o2,
            t("能帮一部分 但我想先弄明白为啥掉。是哪个时候开始掉的？最近的评价里客人讲得多的是啥子？"),
            c("下半年开始的。评价……有几个讲晚上吵 隔壁新开了个酒吧 唱到一两点", None),
            t("那推广就算把人带来 客人住了还是会写吵 分数越来越低。我建议先不花推广的钱：靠酒吧那面的三间房 要么换隔音窗 要么页面上写清楚 价格调低点给不怕吵的年轻人 再把那几条差评回复了。分数稳住了再推广才划算。"),
            c("隔音窗我问过 一间要四千多 现在拿不出这个钱", "no_money"),
            t("那先做不花钱的：页面写清楚 调价 回评价 这些我免费给您个模板。一个月后看分数 再讲推广的事。"),
            c("这个好 你发过来 我今晚就改", None),
        ],
        worse=[
            _o2,
            t("可以的。我们的推广套餐一个月九百八 会把您的店在大理的搜索里往前排 曝光一般能涨一倍。您现在一个月大概多少单？"),
            c("下半年一个月就二十来单 以前五十多", None),
            t("二十来单 推广之后按经验能回到三四十单。第一个月可以半价 四百九 您试一下看效果。"),
            c("四百九试一个月嘛……我现在手头紧 要不下个月再讲", "no_money"),
            t("理解 那我下个月初再联系您 半价给您留着。"),
            c("好嘛", None),
        ],
    ),
    rpair(
        "zhb54r_d03_guiyang_phone_battery",
        "A salesman in Guiyang wants a new phone because the battery dies by midday. Better learns the phone is otherwise fine and offers a genuine battery "
        "with a warranty, answering his bad experience with a street repair; worse sells a budget phone with a trade-in.",
        better=[
            _o3,
            t("半天就没电确实烦。这个手机用了好久了？除了电 其他还好用不？卡不卡？"),
            c("两年多了 其他还好 就是电。我天天在外面跑业务 充电宝都要带两个", None),
            t("两年多 不卡 就是电池。那换个电池就能解决 原厂电池一百九十九 换完续航跟新的差不多。换手机的话同档次要两千多。您本来就想换新的我也可以给您看；只为电的话 换电池划算。"),
            c("换电池……我以前在街边换过一次 换了三个月又不行了", "bad_experience"),
            t("街边的多半是副厂电池。我们这是原厂的 保半年 三个月不行您拿来我们再换。换要四十分钟 您可以在这等 也可以先去逛一下。"),
            c("那换嘛 我去楼下吃碗粉 等下来拿", None),
        ],
        worse=[
            _o3,
            t("好的。您现在用的是哪个牌子？预算大概好多？"),
            c("小米的 两年多了。预算嘛 两千以内", None),
            t("两千以内 这款红米电池五千五百毫安 续航一天半没问题 一千六百九。旧手机可以折价 大概能抵三百。"),
            c("抵三百 那就是一千三多……嗯 我考虑一下 再去别家看看价", "think_it_over"),
            t("可以 您比一下 我们这个价在贵阳算实在的 旧机回收价我也给您写在这张单子上。"),
            c("好 我拿着", None),
        ],
    ),
    rpair(
        "zhb54r_d04_zunyi_baijiu_birthday",
        "A son in Zunyi wants a good bottle for his father's 70th birthday. Better asks who will drink it, learns the father may only have one small glass a day, "
        "and suggests a single engraved bottle, adapting to the budget; worse sells a two-bottle gift box by budget and brushes past the health detail.",
        better=[
            _o4,
            t("七十大寿 恭喜。是给老爷子自己喝 还是寿宴上大家喝？他平时喝哪样酒？"),
            c("给他自己的 寿宴的酒我哥买了。他一辈子喝酱香 就是这两年医生叫他少喝 一天就喝一小杯", None),
            t("自己喝 一天一小杯 喝了一辈子酱香。那不如买一瓶好点的慢慢喝。这款十五年的五百毫升 六百八；还有这款能刻字 刻老爷子的名字和七十大寿 八百二。"),
            c("刻字的好 他肯定喜欢 就是八百二有点贵 我预算六百左右", "no_money"),
            t("六年的那款也能刻 刻好四百六 口感差一点；十五年的刻字是七百三。您两款都尝一下再定。"),
            c("我尝下……嗯 六年的也可以 就刻六年的", None),
        ],
        worse=[
            _o4,
            t("好的 您预算大概好多？"),
            c("六百左右吧", None),
            t("六百左右 这个礼盒装 十年的两瓶 五百八 包装喜庆 拿得出手 祝寿很合适。"),
            c("两瓶啊 他现在医生叫他少喝 一天就一小杯 两瓶怕是用不着", "no_need"),
            t("两瓶可以喝好久 酱香放着越放越好 不会坏的。"),
            c("那也行 就拿这个嘛", None),
        ],
    ),
    rpair(
        "zhb54r_d05_nanning_ebike_rider",
        "A delivery rider in Nanning rides about 100 km a day. Better asks distance and area and sets owning batteries against the battery-swap service, "
        "offering a one-month trial; worse sells a two-battery bike and negotiates the price.",
        better=[
            _o5,
            t("跑外卖的 一天大概跑几多公里？在哪片跑？"),
            c("一天一百来公里 在青秀区琅东那边 楼多 坡不多", None),
            t("一百来公里 一块电池跑不下来 要中途充或者换。你们站点附近有冇换电柜？"),
            c("有 美团那个换电柜 一个月好像两百多 我冇用过 怕麻烦", None),
            t("换电柜三十秒换一块 比你等充电快得多。车不带电池两千三 再租换电一个月两百六；自己买两块锂电要三千多 两年后还要换。跑一百公里的话换电划算。你可以先租一个月换电试试 不好用再买电池 车是一样的车。"),
            c("两千三加每个月两百六……算下来一年差不多 但是不用等充电 那好 车先拿", None),
        ],
        worse=[
            _o5,
            t("跑得远的 这款带两块六十伏的锂电 一块跑七十公里 两块一百四 四千八。"),
            c("四千八有点贵 我看网上三千多的也讲跑一百公里", "too_expensive"),
            t("网上三千多的标的是理想状态 带货跑不到。这款我们保两年 坏了在南宁随时修。"),
            c("保两年那还行 能不能便宜点", None),
            t("最低四千六 送一个头盔。"),
            c("好嘛 四千六", None),
        ],
    ),
    rpair(
        "zhb54r_d06_guilin_family_guide",
        "A family of four with children aged seven and three want a guide in Guilin for two days. Better asks ages and nap times first and builds a slow plan "
        "around them, honest that there is no dinosaur museum nearby; worse offers the classic route and trims it only when the parent objects.",
        better=[
            _o6 := c("你好 我们一家四口 两个小孩 想在桂林请个导游玩两天", None),
            t("好呀。小朋友几岁了？中午要不要睡午觉？"),
            c("大的七岁 小的三岁 小的要推推车 中午要睡一个钟头 不睡就闹", None),
            t("三岁要推车 中午要睡。那我把行程排在上午和傍晚：第一天上午坐竹筏 不坐大游船 小孩可以玩水 中午回酒店睡觉 傍晚去象鼻山散步 路平推车能走。第二天看七岁那个喜欢哪样 动物还是钻山洞？"),
            c("他喜欢恐龙 还有山洞", None),
            t("那第二天去芦笛岩 洞里路平 推车推得进去 灯光小朋友喜欢。恐龙的话附近没有大的恐龙馆 我就不骗您了。两天导游费八百 门票另算 三岁的免票。"),
            c("可以 排得好。竹筏有救生衣吧 有的话就定了", None),
        ],
        worse=[
            _o6,
            t("好的 两天的话 经典路线是第一天漓江游船到阳朔 晚上看印象刘三姐 第二天象鼻山 芦笛岩 两山一洞都有了。"),
            c("漓江游船要好久", None),
            t("四个钟头左右 船上有午饭。印象刘三姐晚上八点 九点多结束。导游费两天八百 门票另算。"),
            c("九点多 我小的才三岁 那时候早就睡了 那个晚会我们就不看了", "no_need"),
            t("那刘三姐可以不去 其他照常。可以的话我就帮您订船票了。"),
            c("嗯 你先把行程发我微信嘛 我看了再讲", "brush_off"),
        ],
    ),
    rpair(
        "zhb54r_d07_kunming_clinic_physio",
        "A worker with a frozen shoulder asks a Kunming community clinic about physiotherapy. Better asks about symptoms and prior diagnosis, learns he can come "
        "only twice a week, and proposes five sessions plus home exercises before any package; worse sells the 20-session card and answers the time worry.",
        better=[
            _o7 := c("医生 我这个肩膀疼了两个月了 抬不起来 听说你们这里有理疗 咋个收费", None),
            t("先讲讲肩膀咋个疼的 是一动就疼 还是晚上睡觉也疼？看过医生没有？"),
            c("晚上睡觉压着就疼 手往后背摸不着。上个月在延安医院拍过片子 讲是肩周炎 骨头没问题", None),
            t("片子骨头没问题 诊断肩周炎。理疗一次六十 医保能报一部分。不过肩周炎光靠理疗不够 在家要天天做几个动作。您平时上班吗？一周能来几次？"),
            c("要上班 在呈贡 过来一趟要一个钟头 一周最多来两次", None),
            t("一周两次的话 先做五次试试 加上我教您三个在家做的动作 早晚各十分钟。五次做完看手抬不抬得高些 再定要不要接着做 不用一下买二十次的卡。"),
            c("那好 先做五次 动作你今天就教我嘛", None),
        ],
        worse=[
            _o7,
            t("理疗一次六十 我们有二十次的疗程卡 一千零八十 打九折。肩周炎一般要做一个疗程。"),
            c("二十次啊 我上班在呈贡 过来一趟要一个钟头 怕来不了那么多次", "no_time"),
            t("疗程卡半年内用完就行 不着急 周末也可以来 我们礼拜六上午开门。"),
            c("半年内用完嘛 那还可以 我先办一张", None),
            t("好 我先给您登记 今天就可以做第一次。"),
            c("要得", None),
        ],
    ),
    rpair(
        "zhb54r_d08_guilin_mifen_delivery_platform",
        "A Guilin rice-noodle shop owner is wary of a delivery platform's commission. Better asks when the shop is busy, raises soggy noodles before the owner does, "
        "and suggests a limited start; worse explains commission and paperwork correctly and waits for an answer.",
        better=[
            _o8 := c("你是外卖平台的那个业务员嘛 我米粉店想上外卖 听讲抽成好高哦", None),
            t("抽成是有 等下我一条一条跟您讲清楚。先问一下 您店里堂食忙不忙？哪个时间段最忙？"),
            c("早上最忙 七点到九点 中午一般般 下午基本没得人", None),
            t("早上堂食忙 中午下午有空。那外卖主要做中午和下午 正好补空档 早上先不开 免得堂食接不过来。还有个事 米粉送过去容易坨 您想过咋个装没有？"),
            c("就是怕坨 我朋友的店上了外卖 差评都是讲粉坨了汤洒了", "bad_experience"),
            t("那就粉汤分装 汤用密封杯 配送范围设三公里 二十分钟内送到。抽成百分之十八 一碗十二块到手九块八左右 外卖价可以定十四。先开中午下午 一个月后看评价和利润再说扩不扩。"),
            c("粉汤分装 三公里 这个可以试下。包装盒你们那里有得买不", None),
        ],
        worse=[
            _o8,
            t("抽成百分之十八 新店前三个月有流量扶持。上线要营业执照 食品经营许可证 还有门头照 菜单照片。"),
            c("百分之十八 一碗十二块的粉就被抽两块多 划不来哦", "too_expensive"),
            t("好多店外卖价会定高一两块 比如十四 这样就补回来了 顾客也接受。"),
            c("嗯……那我先想一下 明天给你回话", "think_it_over"),
            t("好的 要准备的材料清单我发您微信 想好了随时找我。"),
            c("要得", None),
        ],
    ),
    rpair(
        "zhb54r_d09_hekou_crossborder_payment",
        "A Vietnamese-fruit trader in Hekou asks whether she must open a cross-border settlement account. Better asks how she pays now, names the real risk of informal "
        "money changers, and works out which documents she lacks; worse describes the account and its requirements accurately.",
        better=[
            _o9 := c("你好 我在河口做越南水果生意 人家讲我要开个跨境结算的账户 是不是必须的", None),
            t("不一定必须 要看您咋个收付款。您现在跟越南那边的货款是咋个结的？"),
            c("就是给现金 或者找街上换钱的那些人转 越南盾人民币都有 一个月几十万的货", None),
            t("一个月几十万 走现金和换钱的。这有两个风险：私下换汇的账户有可能被冻 去年河口就有好几家被冻过；二是现金多了不安全。开边贸结算户 直接用人民币转给越南那边的账户 手续费千分之一左右。"),
            c("冻……我有个老乡去年就被冻了三个月 货款都拿不出来", None),
            t("所以走正规的稳当点。开户要营业执照 跟越南那边的合同 还有报关单或者边民互市的单子。您手上有哪些？没有的我告诉您咋个补。"),
            c("执照有 合同没有 都是口头讲的。我回去跟越南那边老板签一个 再拿过来", None),
        ],
        worse=[
            _o9,
            t("是的 做跨境贸易建议开一个。我们的边贸结算户开户免费 转账手续费千分之一 最低五块 最高两百。开户要营业执照 贸易合同 还有报关单据。"),
            c("合同我没有 都是口头的 我跟越南老板做了好多年了", None),
            t("合同是必须的 可以跟越南那边签个简单的 我这里有模板。"),
            c("那我拿个模板回去。我中文写还行 越南文不会 他那边看得懂不", None),
            t("模板是中越双语的 您填中文部分就行。"),
            c("好 模板和资料你给我嘛 我有空再看", "brush_off"),
        ],
    ),
    rpair(
        "zhb54r_d10_meitan_tea_irrigation",
        "A Meitan tea grower with 60 mu asks the price of drip irrigation. Better asks why (a drought scorched half a slope), checks the water source and slope, "
        "and proposes a small first phase with a free site visit and the county subsidy; worse quotes the whole 60 mu and offers to split it over two years.",
        better=[
            _o10 := c("喂 你们是做滴灌的嘛 我湄潭这边有六十亩茶园 想问下装滴灌好多钱", None),
            t("是的。六十亩是想全部装 还是先装一部分？是碰到了哪样问题想装滴灌？"),
            c("前年夏天干了一个多月 有半坡的茶树晒焦了 今年春茶都少了 就是怕再干", None),
            t("怕伏旱 有半坡晒焦过。那水从哪里来？有山塘或者水井没有？茶园是坡地还是平的？"),
            c("有个山塘 在茶园下面 茶园是坡 挺陡的", None),
            t("山塘在下面要往上抽 要加水泵 坡陡还要分段减压。六十亩全装估计六七万 县里农业局对滴灌有补贴 能补三成左右。我建议先装晒焦过的那半坡 十几亩 一万五左右 过个夏天看效果。我先来现场量一下 不收钱。"),
            c("先装十几亩 这个稳当。礼拜六你来嘛 补贴的事你也帮我问下", None),
        ],
        worse=[
            _o10,
            t("六十亩的话 滴灌一亩一千左右 全部六万上下 含管子 滴头 过滤器 水泵另算。"),
            c("六万多 我一年茶叶才卖十几万 一下拿不出来", "no_money"),
            t("可以分两年装 今年装一半明年装一半。县里也有补贴 您可以去农业局问一下。"),
            c("那我先去问补贴 问好了再找你", "think_it_over"),
            t("好的 问好了打这个电话就行。"),
            c("要得", None),
        ],
    ),
]

"""zh_blind19 ranked pairs d01-d10: two decent conversations, `better` is the deeper one."""
from common import c, rpair, t

P = []

o = c("老板 俺果树上腐烂病又起来了 给拿点药", None)
P.append(rpair("zhb19r_d01_yuncheng_applecanker",
    "Linyi County (Yuncheng), Shanxi: an apple grower asks a farm-supply shop for a remedy for apple canker that came back.",
    [o, t("起在主干上还是枝上？几棵？病斑多大？上回咋治的？"),
     c("主干上 七八棵 巴掌大 去年刮了抹的药 今年又起了", None),
     t("重犯多半是刮得浅。得刮到好皮外头一公分，刮下的皮带出园子烧了。药换噻霉酮膏，一瓶三十五，够十棵。"),
     c("刮是刮了 可能是刮得浅", None),
     t("明天上午我去您地里，刮一棵给您看深浅，剩下的您照着来。"),
     c("明天上午俺得去乡里领补贴 后天中不", "no_time")],
    [o, t("腐烂病用噻霉酮膏，一瓶三十五，刮了皮涂上就行，效果挺好。"),
     c("去年抹的别的药 今年又起了", "bad_experience"),
     t("那是去年的药不行，这个比那个强，用的人多。"),
     c("那拿两瓶试试", None),
     t("好，刮完涂厚点，一礼拜后再涂一遍。"),
     c("中", None)]))

o = c("师傅 俺这车发动机那个灯亮了 是不是大毛病 俺可没多少钱修", None)
P.append(rpair("zhb19r_d02_wuqiao_enginelight",
    "Wuqiao, Hebei: a man whose engine warning light came on drives into a small garage, worried about the bill.",
    [o, t("先别慌，我接电脑读个码，读码不要钱。开着抖不抖、有没有劲？"),
     c("没觉着 就是灯亮 前天刚加了油", None),
     t("码出来了，是油箱那块蒸发系统报的。前天加油是不是盖子没拧紧？拧紧了我清码，您跑两天灯不亮就没事。"),
     c("还真是 加油那小伙拧的 那不花钱了？", None),
     t("不花。两天后要是又亮了再来，那时候再查管子和电磁阀。"),
     c("中 谢谢师傅", None)],
    [o, t("我读个码看看。……蒸发系统故障，多半是碳罐电磁阀坏了，换一个一百六。"),
     c("一百六 能不换不", "too_expensive"),
     t("不换也能开，就是灯一直亮着，油耗可能高点。换了省心。"),
     c("那换吧", None),
     t("行，半个钟头。"),
     c("好", None)]))

o = c("我们丫头子要结婚了 想在家里院子办 不去饭店 你们能弄不", None)
P.append(rpair("zhb19r_d03_wuwei_homewedding",
    "Wuwei, Gansu: a bride's father asks a wedding company about holding the wedding in the family courtyard.",
    [o, t("能。想在家里办，是图省事，还是家里有啥原因？"),
     c("她奶奶九十了 瘫在炕上 就想让老人看一眼", None),
     t("那仪式就放在离奶奶屋最近的地方，门帘一挑她就能看见。拜礼加一节给奶奶磕头，我提前跟主持说好。"),
     c("这个好 这个好 多少钱", None),
     t("布置加主持三千八。我明天去量院子，看炕在哪间，再定舞台朝哪。"),
     c("明天下午来 我在家", None)],
    [o, t("能。院子婚礼我们有套餐，拱门、地毯、舞台、主持、音响，三千八。"),
     c("院子不大 放得下不", None),
     t("小舞台两米乘三米，一般院子都放得下。我明天去量一下。"),
     c("行 她奶奶瘫在炕上 就想让老人看看", None),
     t("明白，到时候让老人坐院子里前排看。"),
     c("她起不来 躺炕上的 这个回头再说吧", "think_it_over")]))

o = c("俺想增驾B2 开大货给工地拉料 俺今年四十五了 中不中", None)
P.append(rpair("zhb19r_d04_linqu_trucklicence",
    "Linqu, Shandong: a 45-year-old van driver asks a driving school about upgrading to a B2 truck licence to haul for a building site.",
    [o, t("四十五能考，B2六十岁以下都行。C1几年了？最近一个记分周期扣过分没？"),
     c("C1十二年了 去年扣过六分 超速", None),
     t("没满十二分不影响。工地拉料您开的是自卸还是半挂？半挂得A2。"),
     c("就那种后八轮 自卸的", None),
     t("那B2对。全包六千八。说实话最快也得两个半月，工地要是下个月就要人，赶不上，您先问问能不能等。"),
     c("下个月就要 那俺先问问工头", "think_it_over")],
    [o, t("能考，B2六十岁以下都行。全包六千八，包教包会，两个半月左右。"),
     c("俺C1十二年了 去年扣过六分", None),
     t("没满十二分就不影响，带身份证来就能报。"),
     c("工地下个月就要人", None),
     t("那得抓紧报，越早报越早拿证。"),
     c("中 俺明天来", None)]))

o = c("给我爸妈买个电视 他们六十多了 就看个新闻看个戏", None)
P.append(rpair("zhb19r_d05_yining_parentstv",
    "Yining, Xinjiang: a daughter buys a TV for her parents in their sixties who only watch news and opera.",
    [o, t("他们现在咋看的？机顶盒还是网络电视？遥控器用得顺不？"),
     c("以前机顶盒 现在换光纤了 我妈老说一开机全是广告 找不着台", None),
     t("这款有老人模式，开机直接进直播，不弹会员广告，遥控就八个键，常看的台我给设成一二三。五十五寸两千一。"),
     c("五十五寸 客厅小 有四十三的不", None),
     t("同款四十三寸一千五。沙发离电视三米以内，四十三正合适。"),
     c("三米不到 那就四十三的", None)],
    [o, t("这款五十五寸卖得好，4K，带语音遥控，两千一。"),
     c("他们六十多了 语音那个会用不", None),
     t("很简单，按住说话就行，说'我要看新闻'就出来了。"),
     c("我妈说话口音重 行不行", None),
     t("普通话不标准也能识别，大部分都没问题。"),
     c("行 你把型号发我微信 我回头再说", "brush_off")]))

o = c("喂 额在北京打工 阑尾炎做了个手术 花了一万二 没备案 回去能报不", None)
P.append(rpair("zhb19r_d06_zichang_offsite",
    "Zichang, Shaanxi: a migrant worker in Beijing phones the county medical-insurance office about an appendix operation there.",
    [o, t("能报。您现在还在北京住着院吗？"),
     c("还住着 后天出院", None),
     t("那今天在手机'国家医保服务平台'上补个异地备案，出院时医院直接结，能报六成左右；不备案拿票回来报，只有四成。"),
     c("额手机弄不来这些 额娃在西安上学", None),
     t("让娃在他手机上帮您办，要您身份证号跟一张照片。办好了跟医院收费处说一声。"),
     c("好 额这就给娃打电话", None)],
    [o, t("能报。出院把发票、清单、出院小结带回来，到三号窗口办，报四成左右。"),
     c("四成 那才报个四千多", None),
     t("没备案就是这个比例，规定是这样。"),
     c("那行 额回去再办", None),
     t("记得要发票原件，别丢了。"),
     c("好", None)]))

o = c("闺女 俺想每月给娃们寄点小米 一个太原一个北京 咋寄划算", None)
P.append(rpair("zhb19r_d07_pingshun_millet",
    "Pingshun, Shanxi: an elderly woman at the village courier point wants to send millet to her children every month.",
    [o, t("大娘，一回寄多少斤？娃们急着吃不？"),
     c("一回十来斤 不急 吃完了还有", None),
     t("不急就走快运，十斤太原十二，北京十八，三四天到；快递得二三十。米装编织袋外头套个纸箱，不漏。"),
     c("十八 比快递便宜不少 那走快运", None),
     t("以后每月头您拿来就行，俩地址我存着，不用回回写。"),
     c("那可好 俺不会写字", None)],
    [o, t("大娘，十斤太原快递二十，北京二十六，两天就到。"),
     c("一个月一回 两个四十六 有点费钱", "too_expensive"),
     t("现在都这价，快递就是快。"),
     c("那先寄这回吧", None),
     t("好，地址写这张单子上。"),
     c("俺不会写 你帮俺写", None)]))

o = c("你们飞防打脱叶剂 二百亩 啥时候能来", None)
P.append(rpair("zhb19r_d08_wensu_dronespray",
    "Wensu, Xinjiang: a cotton farmer phones a drone-spraying service to book defoliant on 200 mu.",
    [o, t("二百亩一天打得完。棉花吐絮多少了？地块连着不？边上有电线杆跟树没？"),
     c("吐絮五成多 分三块 一块边上有高压线", None),
     t("到六成打最好，再等四五天。高压线那块边上十米我们人工补。一亩十二，风超过四级就停，哪天打我不敢说死。"),
     c("前年别家打的 漏了一片 摘棉机摘的全是叶子", "bad_experience"),
     t("每块打完发您航线图，漏了免费补。礼拜一我先去看地，再定日子。"),
     c("礼拜一我去阿克苏拉化肥 礼拜二吧", "no_time")],
    [o, t("二百亩一天打完，一亩十二。您说个日子就行。"),
     c("这礼拜六行不", None),
     t("行，礼拜六早上去。"),
     c("前年别家打的漏了一片 你们可别漏", "bad_experience"),
     t("放心，我们飞手有经验，不会漏。"),
     c("好 那就礼拜六", None)]))

o = c("我那拖拉机一犁地就冒黑烟 没劲 是不是该大修了", None)
P.append(rpair("zhb19r_d09_shandan_tractor",
    "Shandan, Gansu: before ploughing season a farmer asks a farm-machinery repair shop about a tractor that smokes black under load.",
    [o, t("先别说大修。空滤多久没换了？黑烟是一直冒，还是一吃劲才冒？"),
     c("空滤没换过 吃劲才冒 平时还行", None),
     t("那八成是空滤堵了，进气不够。空滤六十，先换了犁一块地试试。"),
     c("六十就能好？那先试试", None),
     t("犁一晌还冒黑烟就拉过来，那时候再拆喷油嘴，四百上下。"),
     c("行 你给我拿个空滤", None)],
    [o, t("黑烟没劲，一般是喷油嘴雾化不好。拆下来清洗校一下，四百上下，不用大修。"),
     c("四百 比大修强 啥时候能弄", None),
     t("今天放这，明天下午来取，空滤也顺便看看。"),
     c("空滤买来就没换过", None),
     t("那一块换了，六十，连清洗一共四百六。"),
     c("中 明天下午来取", None)]))

o = c("俺闺女高考完了 想让她趁暑假学个本 八月底就走了 来得及不", None)
P.append(rpair("zhb19r_d10_yanggao_summerclass",
    "Yanggao, Shanxi: a father asks a driving school to sign up his daughter after the college entrance exam; she leaves at the end of August.",
    [o, t("到八月底不到三个月，科一科二差不多，科三科四看排号，不一定赶得上。闺女自己想学不？怕不怕车？"),
     c("她想学 就是胆小 电动车都不敢骑", None),
     t("那先让她来上一节体验课，坐上去感觉感觉，不收钱。学时存着，考不完寒假回来接着考，不作废。"),
     c("寒假能接着考那还行 让她来试一回", None),
     t("周三上午九点，让她穿平底鞋来。"),
     c("中 俺跟她说", None)],
    [o, t("来得及，抓紧点。暑假班三千八，每天练两小时，争取八月底拿证。"),
     c("她胆小 能学会不", None),
     t("胆小的多了，练几回就好，教练都耐心。"),
     c("那万一没考完呢", None),
     t("学时不作废，寒假接着考。"),
     c("那俺先交了吧", None)]))

PAIRS = P

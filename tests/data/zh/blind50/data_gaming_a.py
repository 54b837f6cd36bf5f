"""Gaming pairs a01-a10 of zh_blind50, written by hand."""
from common import c, gpair, t

# a01 monologue
a01_open = c("喂 你好 我这边是做采购代理的 帮一个德国客户找板厂 就是一个小批量的控制板 五百片左右 想问下你们接不接", None)

# a02 closing_as_open_question
a02_open = c("老板 你们这个床架 酒店用的有冇？我在珠海开民宿 十二间房 想看看", None)

# a03 pitch_as_paraphrase
a03_open = c("在吗 想问下美国FBA海运 你们怎么收", None)

# a04 upsell_as_loop_closing
a04_open = c("老板 我手机屏摔裂了 还能摸 就是有条线 换个屏几钱", None)

# a05 leading_tag_questions
a05_open = c("你好 我在app上看到你们挂的那个科技园附近的两房 还在吗", None)

# a06 putdown_question
a06_open = c("喂 你好 我上个星期在你们医院做了个体检 今天收到报告 上面写甲状腺结节 三类 我好慌 想问下到底严唔严重", None)

# a07 not_my_department_or_read_the_terms
a07_open = c("你好 我想问下 我老豆个宽带每个月都多扣咗三十蚊 佢都冇开过咩增值业务", None)

# a08 social_proof_or_deadline_pressure
a08_open = c("靓仔 我开间糖水铺 四十平左右 想睇下吊灯 要暖啲嘅 唔好太贵", None)

# a09 keyword_stuffed
a09_open = c("hi 我们是做shopee和tiktok shop的 一个月大概三千单 现在用excel对库存 经常超卖 想了解下你们的ERP", None)

# a10 rude
a10_open = c("唔该 想问下 星期六中午 订张枱得唔得 十个人 同我阿妈做八十大寿", None)

PAIRS = [
    gpair(
        "zhb50g_dg_pcba_smallbatch",
        "Dongguan PCBA / SMT factory, sales engineer; caller is a sourcing agent for a German client",
        "monologue",
        "A sourcing agent phones a Chang'an electronics factory about 500 four-layer control boards with a Bluetooth module, needed in Hamburg within three weeks.",
        good=[
            a01_open,
            t("接的接的，五百片我们常做。方便讲下是什么板吗？几层、有没有BGA，要贴片还是只做光板？"),
            c("四层板 要贴片 上面有个蓝牙模块 其他都是常规料 客户那边比较在意的是 要过CE 还有交期", None),
            t("明白。CE主要是整机那边做，我们这边能配合给RoHS报告和物料清单。交期他那边要多快？"),
            c("他说最好三周内到汉堡 嗯 我自己觉得有点赶", None),
            t("三周到汉堡，走空运的话，生产我们要十到十二天，前提是物料齐。蓝牙模块是客户指定型号还是我们代采？"),
            c("指定的 那个型号现在好像有点缺货 我问了两家都说要等", None),
            t("那这个才是关键。你把BOM和模块型号发我，我今天下午让采购查现货，先把模块落实了，再报完整价格和交期，你看行吗？"),
            c("可以 那我微信发你 就这个号码 你加下我", None),
            t("好，我现在加你。下午五点前回复你模块的情况，价钱明天上午出。"),
        ],
        gaming=[
            a01_open,
            t("你好你好！首先非常感谢你联系我们，我们非常重视每一个客户的体验。我简单介绍一下，我们厂在长安，成立十五年，八条SMT线，ISO9001、IATF16949都有，客户有大厂的一级供应商，也有欧洲品牌，品质这块你完全不用担心。"),
            c("哦 好 那个 我这个是四层板 要贴蓝牙模块", None),
            t("四层板没问题，十层以上我们都做过。我跟你讲，很多采购代理之前找小厂，出了问题很麻烦。我们有自己的工程团队，DFM免费评审，AOI、X-ray全检，还有自己的仓库帮你备料。你的需求我完全理解，就是要稳定可靠嘛。"),
            c("嗯 主要是交期 客户要三周到德国", None),
            t("交期是我们的强项！我们有VIP加急通道可以插单，今年还推出了整机组装服务，外壳、包装、老化测试一条龙，很多客户都说一站式省心很多。你这个项目以后量上去了，我们还可以签年度框架协议，价格更有优势。"),
            c("你讲咁多 我而家真系冇时间听 我就想知道五百片三周得唔得", "no_time"),
            t("明白明白！那我先给你发一份公司介绍和案例PPT，你看完就知道我们的实力了。然后我们约个时间你过来厂里参观，顺便喝个茶，好不好？"),
            c("算了 你先发资料吧 我再问问别家", "brush_off"),
        ],
    ),
    gpair(
        "zhb50g_fs_hotel_beds",
        "Foshan Lecong furniture wholesale showroom; customer runs a 12-room guesthouse in Zhuhai",
        "closing_as_open_question",
        "A guesthouse owner looks at hotel bed frames; her last online-bought frames squeaked within a year and brought bad reviews.",
        good=[
            a02_open,
            t("有的，酒店款在二楼有一整排。十二间房是全部换还是先换一部分？房间大概多大？"),
            c("全换 房间细 大部分十几平 一米五的床就够", None),
            t("十几平一米五刚好。民宿客人最常投诉的是床响和床底不好打扫，你现在那批床有这些问题吗？"),
            c("有啊 之前网上买的铁架床 一年就吱吱响 客人差评话半夜翻身好吵 所以我而家对铁架嘅有啲怕", "bad_experience"),
            t("理解。那可以看下实木排骨架加榫卯的，不靠螺丝吃力，响的问题少很多。这款一张一千三左右。"),
            c("一千三？隔离铺头同样实木嘅先报九百喎", "too_expensive"),
            t("九百的我也知道，多数是松木拼板，床板薄。我带你过去两款都摸一下、坐一下，你觉得差不多，买便宜那个也无所谓。十二张以上这款我可以做一千一，包送珠海。"),
            c("包送啊 咁仲可以 我影几张相 返去同我老公倾下 听日覆你", "think_it_over"),
            t("好，我把两款的尺寸和材质写给你，你老公有问题直接微信问我。明天下午我再打给你。"),
        ],
        gaming=[
            a02_open,
            t("有有有！老板你眼光好，民宿现在都用这款。那你今天是想先定十二张，还是连床头柜一起定呢？"),
            c("嗯 我先睇下 都未比较过", "think_it_over"),
            t("比较是应该的。那我想了解一下，要怎样你今天才愿意落单呢？价钱、送货，还是别的？"),
            c("唔系钱嘅问题 我就想知张床会唔会响 之前网上买嗰批一年就响", "bad_experience"),
            t("完全理解你的顾虑！那如果我保证不响，你是转账还是刷卡比较方便？"),
            c("…你都冇讲系咩木 我点知响唔响", None),
            t("好问题！那你觉得定金交三成还是五成比较舒服？交了我马上排货，下周就到珠海。"),
            c("你咁样逼我好有压力喎 算了 我去隔离睇下", None),
        ],
    ),
    gpair(
        "zhb50g_sz_fba_freight",
        "Shenzhen freight forwarder (US FBA sea freight), WeChat chat; customer is a cross-border e-commerce seller",
        "pitch_as_paraphrase",
        "A seller of Bluetooth earphones (battery goods, about 3 cbm) needs to ship to an Amazon warehouse; a previous fast-boat shipment sat at port for a month and they ran out of stock.",
        good=[
            a03_open,
            t("在的～方便说下货是什么品类吗？大概多少方、多重，发哪个仓？"),
            c("蓝牙耳机 带电池的 大概3个方 200多公斤 发ONT8", None),
            t("带电的要走带电渠道，有些便宜的普船不接。你们时效要求高吗？有没有快断货？"),
            c("有点急 库存大概撑三周 上次用一家快船 说好15天 结果卡港卡了快一个月 断货了 所以这次有点怕", "bad_experience"),
            t("断货那次损失应该不小。说实话，快船我们也没法百分百保证不卡港，旺季尤其难讲。库存只撑三周的话，可以先空派一小部分顶住，剩下走海运，这样就算卡港也不会断。"),
            c("空派好贵啊 我利润本来就薄", "too_expensive"),
            t("对，所以只空派够卖两周左右的量，比如三十公斤，其他走海运。我按两种方案各报一个总价，你对比一下再定，可以吗？"),
            c("行 你报过来吧 合适的话这周就发", None),
        ],
        gaming=[
            a03_open,
            t("在的亲！想了解一下你这边的需求是怎么样的呢？"),
            c("蓝牙耳机 带电池 3个方左右 发ONT8", None),
            t("好的，那我总结一下，你需要的其实是我们的美森快船包税专线，十二天左右上架，每公斤十五块，对吧？"),
            c("我还没说时效 价格也还没问啊 上次快船卡港卡了快一个月", "bad_experience"),
            t("明白，我听到的是你很重视时效和稳定，所以最适合你的是我们的加急快船+全程保险套餐，每公斤十八块，这样理解没错吧？"),
            c("不是 什么保险套餐我不需要 我是说我怕卡港断货", "no_need"),
            t("理解理解！所以你想要的就是不断货的保障，那就是我们的VIP保仓服务，加五百块优先提柜，我帮你一起下单好吗？"),
            c("算了 我先问问其他货代", "brush_off"),
        ],
    ),
    gpair(
        "zhb50g_sz_phone_screen",
        "Shenzhen Huaqiangbei phone repair stall; customer is a delivery rider",
        "upsell_as_loop_closing",
        "A delivery rider with a cracked screen wants the cheapest decent repair; he plans to buy a new phone in a few months and is short of money this month.",
        good=[
            a04_open,
            t("我看下先。嗯，外屏裂了，有条绿线，可能内屏也伤到了。你想换原装屏还是国产屏？差价挺大的。"),
            c("差几多", None),
            t("原装一千二，国产三百八。国产的颜色稍微黄一点，耗电多一点点。你平时用得多吗？打算再用多久？"),
            c("用得好多 送外卖嘅 日日开导航 嗯 不过一千二我真系出唔起 今个月租都未交", "no_money"),
            t("那就国产屏，够你用到换机。换之前建议你先备份下照片，换屏一般不会丢数据，但以防万一。大概四十分钟，你等还是晚点来拿？"),
            c("我等啦 下昼仲要跑单", None),
            t("好，你坐一下，弄好我叫你。"),
        ],
        gaming=[
            a04_open,
            t("可以换可以换！原装屏一千二，品质有保障。另外为了确保你这次的体验完整，还有什么需要我帮你一起加的吗？比如钢化膜？"),
            c("膜唔使 我就想问国产屏几钱", "no_need"),
            t("国产三百八。那我们确认一下还有没有遗漏：你电池健康看过吗？要不要顺便换个电池，一起做才两百，确保你没有后顾之忧。"),
            c("电池冇问题啊 仲有百分之八十九", "no_need"),
            t("好的好的。最后再确认一下，还有什么我可以为你做的？我们有一年延保，摔坏免费换一次，才一百九十九，好多跑腿师傅都加了。"),
            c("大佬 我就换个屏 你讲来讲去都系加钱 我今个月租都未交", "no_money"),
            t("理解！那我再问一句，还有没有其他要帮你看的？手机壳我们也有防摔款…"),
            c("冇啦冇啦 我去隔离换", None),
        ],
    ),
    gpair(
        "zhb50g_sz_rental_twobed",
        "Shenzhen Nanshan property agent (rentals); customers are a young couple",
        "leading_tag_questions",
        "A woman asks about a listed two-bed near the science park; she and her husband work in the science park and Qianhai, budget 6,000 a month, want a lift.",
        good=[
            a05_open,
            t("你好，那套上周刚租出去了，不好意思。你们是几个人住？上班在科技园吗？"),
            c("我跟我老公 两个人 他在科技园 我在前海 所以想找中间一点的", None),
            t("科技园和前海中间，南山这一段选择挺多的。预算大概多少？对楼龄、电梯有没有要求？"),
            c("嗯 预算六千以内吧 最好有电梯 楼龄无所谓 我们之前住城中村没电梯 搬个家搬到崩溃", None),
            t("六千以内、有电梯的两房，南头和桃园附近有三套符合，不过六千以内的多数是楼龄二十年左右的小区，这个先跟你说清楚。明天晚上七点你们方便去看吗？"),
            c("明晚不行 工作日真的走不开 周末吧", "no_time"),
            t("好，那周六上午十点。我先把三套的照片和租金发你微信，你们先挑，不喜欢的我就不安排了。"),
            c("好 谢谢啊", None),
        ],
        gaming=[
            a05_open,
            t("你好！那套刚租出去了，不过没关系，我手上有更好的。你们年轻人肯定想住新一点的小区，对不对？"),
            c("嗯 也不一定 主要是通勤 我老公科技园 我前海", None),
            t("那就是南山中心区了。住得舒服最重要嘛，预算稍微放宽一点也是值得的，是吧？"),
            c("我们预算就六千 放不宽的", "no_money"),
            t("六千确实紧一点。不过你们也不想每天挤地铁吧？有套八千五的，离两个地方都近，这种机会你也不想错过的，对吗？"),
            c("八千五？那个真的不行 我们每个月还要寄钱回家", "no_money"),
            t("明白。不过看一下又不收钱，你们周末肯定有空过来看看的，是不是？"),
            c("…你先发六千以内的给我吧 没有就算了", "brush_off"),
        ],
    ),
    gpair(
        "zhb50g_gz_checkup_thyroid",
        "Guangzhou private hospital, health-check customer service line",
        "putdown_question",
        "A woman whose report says thyroid nodule TI-RADS 3 phones in frightened; her mother had thyroid surgery. The package includes a free doctor's explanation of the report.",
        good=[
            a06_open,
            t("您好，看到报告上这种字眼会担心是很正常的。我先帮您查记录，方便报下姓名和体检号吗？"),
            c("陈慧玲 体检号 嗯 0812开头 后面3376", None),
            t("找到了，陈女士。我是客服，不能替医生解读，但可以先讲一点：三类一般是倾向良性，医生通常建议定期复查。报告上有没有写几个月复查？"),
            c("写咗六个月 但系我阿妈以前就系甲状腺做过手术 所以我好惊", None),
            t("有家族史的话更应该当面问清楚。您的套餐包含专科医生免费解读报告，不另收费，我帮您约甲状腺专科。明天上午有号，您方便过来吗？"),
            c("听日？我返工走唔开喎 礼拜六得唔得", "no_time"),
            t("周六上午有号，十点半可以吗？我现在帮您锁定，等下短信发您，记得带报告和身份证。"),
            c("好 十点半 谢谢你啊", None),
        ],
        gaming=[
            a06_open,
            t("您好，陈女士是吧？您先别那么激动好吗？我想了解一下，您具体是看到什么让您这么慌？"),
            c("我唔系激动 我就系见到写结节 三类", None),
            t("三类啊。您是不是上网乱查了？很多人都是自己吓自己，这种很常见的。您能跟我说说您现在最担心的是什么吗？"),
            c("我阿妈以前做过甲状腺手术 所以我担心", None),
            t("我理解您的感受。不过您是不是想太多了？您妈妈的情况跟您又不一样，您是医生吗，能自己判断吗？"),
            c("我就系唔识先打嚟问你 你咁讲我好唔舒服", None),
            t("我不是这个意思哈。那您觉得还有什么我可以帮到您的呢？"),
            c("我想搵医生解释下个报告 唔该你帮我约", None),
            t("预约都在公众号上面自己约的，您是不是没看套餐说明？上面写得很清楚。"),
            c("算了 我自己去公立医院挂号", None),
        ],
    ),
    gpair(
        "zhb50g_fs_broadband_charge",
        "Foshan telecom broadband hotline; caller is phoning for her elderly father",
        "not_my_department_or_read_the_terms",
        "A 30-yuan monthly add-on appears on a 70-something father's broadband bill; he was asked to sign something at a shop while paying his phone bill.",
        good=[
            a07_open,
            t("您好，多扣钱一定要查清楚。麻烦报下宽带账号或者机主手机号，我调一下这几个月的账单。"),
            c("账号我喺短信度截咗图发俾你哋 机主系我老豆 佢唔识用手机 我帮佢问", None),
            t("看到了。这三十块是一个视频会员包，去年十月开的，记录显示是营业厅办的。您父亲去年去过营业厅吗？"),
            c("去过 交话费 佢话有个职员叫佢签咗张嘢 佢都唔知签咩", None),
            t("明白。老人家当时不清楚办了什么，这个可以退订，也可以申请退回之前扣的费用。退订我现在就能办；退费要提交申诉，一般七个工作日内有结果。"),
            c("七个工作日咁耐 唉 算啦 可以就得", None),
            t("我先帮您退订，下个月起不会再扣。申诉单号等下短信发您，七天内会有同事回电，没人回的话您报单号直接催。"),
            c("好 唔该晒", None),
        ],
        gaming=[
            a07_open,
            t("您好，非常理解您的心情，想了解一下您具体遇到了什么问题呢？"),
            c("就系每个月多扣三十 我老豆冇开过", None),
            t("我看一下…是视频会员包，去年十月营业厅开的。营业厅的业务不归我们热线管的哦，您需要去营业厅问。"),
            c("但系你哋都系同一间公司啊 我老豆七十几岁 行过去都好辛苦", None),
            t("理解您的感受。不过开通的时候是有签字确认的，具体条款都写在业务协议上，您可以先看看协议。"),
            c("佢根本唔知签咩 系你哋个职员叫佢签咋嘛", None),
            t("这个我也没办法，规定不是我定的哈。请问还有什么其他可以帮到您的吗？"),
            c("咁我要投诉 我要搵你哋经理", None),
            t("投诉的话您打另外一个号码，我这边处理不了。感谢您的来电，祝您生活愉快。"),
        ],
    ),
    gpair(
        "zhb50g_zs_lighting_dessertshop",
        "Zhongshan Guzhen lighting wholesaler's stall; customer is opening a small dessert shop in Guangzhou",
        "social_proof_or_deadline_pressure",
        "A dessert-shop owner wants warm pendant lights for eight tables under a 2.8 m ceiling; her renovation contractor has not fixed the light positions yet.",
        good=[
            a08_open,
            t("四十平的糖水铺，暖光用三千K左右比较舒服。你想全店都用吊灯，还是吊灯配筒灯？天花高不高？"),
            c("天花唔高 两米八左右 我想餐枱上面吊几盏 其他用筒灯", None),
            t("两米八的话吊灯不要太长，不然客人起身会撞头。餐枱有几张？预算大概几多？"),
            c("八张枱 吊灯预算一千五左右 筒灯装修师傅话佢包", None),
            t("八盏的话，这款藤编一百六一盏，合共一千二百八，光暖，拍糖水好上镜。另一款玻璃的一百九，但容易积油烟，你们这种店我不太推荐。"),
            c("藤编几好睇喔 但系会唔会好难抹", None),
            t("会比玻璃难抹一点，用掸子扫就得，一个月扫一次。我可以先寄一盏样品给你挂上去看效果，合适再拿另外七盏，不合适寄回来。"),
            c("可以啊 寄样品好 地址我发你", None),
        ],
        gaming=[
            a08_open,
            t("靓女你好！你的需求我明白。我同你讲，最近广州好多糖水铺都系用我哋呢款藤编，开业个个都话好有氛围。"),
            c("系咩 几钱一盏", None),
            t("一百六。不过今日系展会最后一日，呢个价过咗今晚五点就冇啦，听日恢复两百二。"),
            c("咁急啊 我都未度好尺寸 天花得两米八 想返去度下先", "think_it_over"),
            t("明白你想做好准备！不过上一个客都系咁讲，返去再嚟就冇货啦。你隔离条街嗰间茶餐厅上个礼拜订咗二十盏。你睇下要几多盏？"),
            c("我真系要同装修师傅倾下先 佢话灯位都未定", "think_it_over"),
            t("理解！咁不如你先落一百蚊订金锁住个价？好多老板都系咁做，反正迟早都要买嘅。"),
            c("唔使啦 我迟啲再嚟", "brush_off"),
        ],
    ),
    gpair(
        "zhb50g_sz_erp_oversell",
        "Shenzhen e-commerce ERP software (SaaS) sales chat; customer sells on Shopee and TikTok Shop",
        "keyword_stuffed",
        "A seller with about 3,000 orders a month oversells during TikTok live streams because stock is kept in Excel; a free ERP they tried earlier lagged.",
        good=[
            a09_open,
            t("你好！三千单用Excel确实吃力。超卖一般发生在哪个环节？是两个平台共用一批库存，还是入库没及时更新？"),
            c("两个平台共用一个仓 tiktok直播的时候一下出几百单 shopee那边库存没扣 就超卖了", None),
            t("明白，是直播瞬间出单两边没同步。我们的系统每分钟同步一次，直播高峰也跟得上。你们现在几个人管库存？有没有仓库系统？"),
            c("就两个人 没有仓库系统 之前试过一个免费的ERP 同步老是延迟 后来就不敢用了", "bad_experience"),
            t("那这次别急着全上。我们有十四天试用，你挑下周一场直播，把两个店铺接进来跑一下，看同步是不是真的及时，跑完再谈价格。"),
            c("可以 那收费大概什么区间 先给个底", None),
            t("按单量算，三千单一个月六百九，两个平台都包含。试用期间不收费，也不用绑卡。"),
            c("六百九 比我们想的贵一点 不过先试吧 你发我试用链接 周一直播前我们接进去", "too_expensive"),
        ],
        gaming=[
            a09_open,
            t("你好！非常理解你的需求和感受。我们非常重视每一位客户的体验，我们的使命是深度理解客户需求，帮助卖家实现成功，和你建立长期的信任关系。"),
            c("嗯 那你们能解决超卖吗", None),
            t("当然！我理解你对超卖的感受，这是一个非常重要的需求。我们的方案以客户成功为核心，全方位赋能你的业务体验，让你感受到真正的价值。"),
            c("具体是怎么同步库存的 多久同步一次", None),
            t("这个问题问得非常好，说明你非常重视体验。我们会深入理解你的业务需求，为你量身打造专属的成功路径，和你一起成长。你觉得这样的体验是你需要的吗？"),
            c("我问的是多久同步一次 能不能直接回答", None),
            t("完全理解你的感受！为了更好地理解你的需求，我安排我们的客户成功经理和你建立联系，做一次深度需求沟通，你看怎么样？"),
            c("算了吧 你发个报价单到我邮箱 我们自己看", "brush_off"),
        ],
    ),
    gpair(
        "zhb50g_gz_chachaan_birthday",
        "Guangzhou cha chaan teng (tea restaurant), phone booking",
        "rude",
        "A daughter books a Saturday lunch table for ten for her mother's 80th birthday; the mother has weak teeth and does not eat beef.",
        good=[
            a10_open,
            t("可以的，恭喜先！十个人我们里面有张大圆台，没那么吵。大概几点到？老人家吃东西有没有要注意的？"),
            c("十二点左右 阿妈牙唔好 要软啲 仲有佢唔食牛", None),
            t("好，我记下：不吃牛、要软的。蒸水蛋、冬瓜盅、豉汁排骨都可以蒸软一点。要不要订寿包？要提前一天讲。"),
            c("寿包要 但系几钱啊 我哋人多 唔想搞到太贵", None),
            t("寿包三块五一个，十个人订二十个够了。整体可以订我们的十人餐，八百八，牛腩换成白切鸡。"),
            c("八百八 嗯 可以接受 就咁订啦", None),
            t("好，星期六中午十二点，十位，陈小姐。明天我再打电话跟你确认一次菜单。"),
            c("好啊 唔该晒", None),
        ],
        gaming=[
            a10_open,
            t("星期六啊？星期六好多人的。你要订就快点讲几点，我这边好忙。"),
            c("哦 十二点左右 阿妈牙唔好 要软啲嘅 唔食牛", None),
            t("要软的？茶餐厅来的啊，又不是月子中心。菜单上面都有，你自己看嘛，有什么需求你提出来。"),
            c("我咪就系提出紧 佢八十岁 想食得舒服啲啫", None),
            t("知道了知道了。十个人是吧，最低消费一千，你们不会连一千都没有吧？"),
            c("…你讲嘢咁冲做咩 我问下寿包几钱啫", None),
            t("寿包三块五，要就要，不要就算。还有什么问题吗？没有我挂了。"),
            c("唔使订啦 我去第二间", None),
        ],
    ),
]

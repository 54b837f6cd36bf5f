"""Gaming pairs b01-b10 of zh_blind55, written by hand."""
from common import c, gpair, t

PAIRS = []

# b01 ignored_customer: Kaifeng car dealer, mother in a wheelchair
_o = c("恁这有没有那种后备箱大点的车？俺娘坐轮椅，得能搁下。", None)
PAIRS.append(gpair(
    "zhb55g_kaifeng_car_wheelchair", "car dealership, Kaifeng (Henan)", "ignored_customer",
    "A man looking for a car that takes his mother's folding wheelchair and is easy for her to get into; about 100,000 yuan.",
    good=[
        _o,
        t("有。轮椅是折叠的，还是那种不能折的电动轮椅？您大概啥预算？"),
        c("折叠的，手动的。预算十万上下吧，再多俺也拿不出来。", None),
        t("十万上下、折叠轮椅，后备箱五百升左右就能平着放。还有个事，老人上下车方便不？座椅太低的话，老人得往下蹲。"),
        c("对，就是这个！俺娘腿不得劲，俺那个旧夏利她坐进去得俺抱着。", None),
        t("那您看两款：一个是这款SUV，座椅正好在腰那么高，老人侧身一坐就进去了，九万八；一个是这款MPV，侧滑门，十万五。下回您带老人家来，叫她自己坐坐哪个得劲，轮椅也带着，当场往后备箱里放放试试。"),
        c("中，俺礼拜天带俺娘过来。", None),
        t("礼拜天上午我在，给您在门口留个近的车位。"),
    ],
    gaming=[
        _o,
        t("您好！想先了解下，您买车最看重的是什么？"),
        c("后备箱得大，俺娘坐轮椅。还有她腿不得劲，座不能太低。", None),
        t("好的明白。那您平时开车喜欢运动一点的感觉吗？这款轿跑刚到，一百六十马力，推背感特别强，您坐进去感受一下。"),
        c("这车这么低，俺娘咋进去？后备箱也小，不合适。", "no_need"),
        t("嗯嗯，我理解。那预算方面您有考虑吗？这款落地十三万八。"),
        c("俺刚才说了，十万上下，再多拿不出来。", "no_money"),
        t("明白，十三万八首付三万就能开走，月供才两千出头。您还有什么其他需求吗？"),
        c("恁压根没听俺说话。俺走了。", None),
    ],
))

# b02 repeated_questions: Xinxiang telecom store, broadband for parents in a village
_o = c("俺想给俺爹娘家里装个宽带，他们在村里，俺在郑州上班，想能跟他们视频。", None)
PAIRS.append(gpair(
    "zhb55g_xinxiang_village_broadband", "telecom operator store, Huixian, Xinxiang (Henan)", "repeated_questions",
    "A son working in Zhengzhou wants his elderly parents in a Huixian village to be able to video-call on the TV.",
    good=[
        _o,
        t("中。您爹娘在哪个村？我先查下那边通没通光纤。"),
        c("辉县的，西平罗那边，村名叫……前庄。", None),
        t("查到了，前庄通光纤了。老人用的话，主要就是视频跟看电视吧？家里有智能手机没？"),
        c("俺爹有个智能手机，俺娘是老年机。俺就想电视上也能视频那种，他俩眼花，手机屏太小。", None),
        t("那您要的是宽带加个电视盒子，盒子上能视频通话，您在郑州用手机打，他们在电视上接。一百兆加电视，一个月五十九。装机师傅上门给调好，再教老人接的时候按哪个键。"),
        c("五十九……俺手机套餐已经一百多了，能不能合一块便宜点？", "too_expensive"),
        t("能，您手机号要是咱家的，加十九块就能把宽带挂您名下，电视盒子送。就是得您本人签字，或者网上办。"),
        c("那好，俺周末回去，顺便叫师傅那天去装。", None),
        t("那我给您约周六下午，师傅去之前先给您打电话。"),
    ],
    gaming=[
        _o,
        t("您好，请问您装宽带主要是想满足什么需求？"),
        c("想跟俺爹娘视频，他俩在辉县村里，眼花，手机屏小。", None),
        t("明白。那您能具体说说，您家里人平时上网主要做什么呢？"),
        c("刚说了啊，就是视频，看看电视。", None),
        t("好的好的。那请问您希望这个宽带主要帮您实现什么功能呢？"),
        c("……视频。跟俺爹娘视频。", None),
        t("嗯，了解。那从使用场景上讲，您家里主要是谁在用网、用来干什么呢？"),
        c("恁问了三遍了。俺不跟恁耗了，回头网上自己办。", None),
    ],
))

# b03 wrong_paraphrase: Linyi logistics park, less-than-truckload to Urumqi
_o = c("俺是做五金的，在临沂批发城，想往乌鲁木齐发一批货，零担，问问恁家价格跟时效。", None)
PAIRS.append(gpair(
    "zhb55g_linyi_ltl_urumqi", "logistics line company, Linyi (Shandong)", "wrong_paraphrase",
    "A hardware wholesaler wants to ship about 1.2 tonnes of screws and hinges to Urumqi by month-end; a previous carrier lost two boxes.",
    good=[
        _o,
        t("行。货大概多重、多少方？是整箱的还是散件？"),
        c("二十来箱，一吨二左右，都是螺丝合页，箱子不大但死沉。", None),
        t("一吨二重货，按重量算。到乌鲁木齐零担现在一公斤一块一，一千三上下，走七八天。您那边客户对时间要求紧不紧？"),
        c("客户说月底前到就中。上回俺用别家，晚了半个月，还丢了两箱，把俺坑苦了。", "bad_experience"),
        t("那回是丢在半路，还是到了对不上数？我们这边每箱贴单号，中转扫码，您手机上能看到到哪个站了。重货建议保个价，千分之三，一万块的货三十。"),
        c("丢在中转站了，后来也没人认。那保价俺保。", None),
        t("好，今天下午装车的话二十二号左右到，月底前没问题。我派车去批发城提货，您把箱数点清楚，司机当面签。"),
        c("中，下午三点来拉吧。", None),
    ],
    gaming=[
        _o,
        t("您好！我先确认一下，您是要发整车到乌鲁木齐，对吧？"),
        c("不是整车，零担，就二十来箱。", None),
        t("明白，我听到的是您对时效要求很高，要走加急专线三天到，是这样吗？"),
        c("俺没说要加急啊，月底到就中。", None),
        t("好的，我理解您的顾虑主要是价格，觉得之前合作那家太贵了，所以想换我们，我理解得对吗？"),
        c("不是贵，是他们把俺货弄丢了！恁咋净说俺没说的？", None),
        t("哦哦明白，总结一下：您需要加急整车，价格可以往上走，关键要安全。那我给您报个三天到的整车专线，八千八。"),
        c("八千八？俺这点货才值几个钱。算了，俺问问别家。", "too_expensive"),
    ],
))

# b04 pitch_to_upset: Luoyang telecom store, daughter closing her late father's number
_o = c("你好，俺爸上个月走了，他那个手机号想销了，还有家里那宽带。", None)
PAIRS.append(gpair(
    "zhb55g_luoyang_late_father_number", "telecom operator store, Luoyang (Henan)", "pitch_to_upset",
    "A grieving daughter comes to close her late father's phone number and broadband; her mother is not sure she wants the number gone.",
    good=[
        _o,
        t("节哀。这个我帮您办，您别着急。您父亲的死亡证明跟您自己的身份证带了吗？"),
        c("带了，还有户口本。就是……他那个号用了二十多年，俺妈说想留着，俺也不知道该咋办。", None),
        t("这个今天不用定。号码可以过户到您母亲名下，号码不变，改成一个月八块的保号套餐，想留个念想也行。宽带家里要是没人用了，可以直接拆。您母亲那边是咋想的？"),
        c("俺妈就是想有时候打打那个号……那就过户给俺妈吧，宽带销了。", None),
        t("好。过户得您母亲本人来，或者视频认证一下。今天先把宽带销了，过户的事哪天您母亲方便，提前给我打个电话，我在店里等着，不用排队。"),
        c("谢谢你啊，俺以为得跑好几趟呢。", None),
        t("不客气。光猫您有空送过来就中，不急，押金一百退到您卡上。"),
    ],
    gaming=[
        _o,
        t("节哀顺变，非常理解您此刻的感受。正好我们现在有个亲情号活动，把您父亲这个号转到您名下，办个一百二十九的融合套餐，送两百兆宽带，还送一台新手机，特别划算。"),
        c("俺……俺就是来销号的。", "no_need"),
        t("明白明白，销号很简单。不过很多家庭在这种时候都会重新规划一下家里的通讯。您母亲一个人在家，我们还有个看家摄像头套餐，每月只加十块，您也放心，对吧？"),
        c("俺现在没心思弄这些。", "no_time"),
        t("理解理解，那我先给您登记一下，等您心情好点了我再打电话给您介绍？留哪个号码方便？"),
        c("不用了，恁就给俺把号销了吧。", "brush_off"),
        t("好的。那您对我们今天的服务满意吗？满意的话麻烦给个五星好评。"),
    ],
))

# b05 blame: Zibo home appliance store, new washing machine leaking
_o = c("俺上礼拜在恁这买的滚筒洗衣机，这两天一洗衣裳地上就一摊水。", None)
PAIRS.append(gpair(
    "zhb55g_zibo_washer_leak", "home appliance store, Zhangdian, Zibo (Shandong)", "blame",
    "A woman's front-loading washing machine, installed by the store's fitter a week ago, leaks at the back when draining.",
    good=[
        _o,
        t("哎呀，这得赶紧弄。水是从机器底下漏的，还是后头进水管那儿？洗的时候漏还是排水的时候漏？"),
        c("好像是排水的时候，后头。俺也没敢乱动，地板都泡了。", None),
        t("排水时候后头漏，多半是排水管没卡紧，或者下水口接得不严。是我们师傅装的，这个算我们的。今天下午我叫师傅上门，您在家不？"),
        c("下午俺得上班，五点半以后才到家。", "no_time"),
        t("那六点中不中？师傅晚上也能去。地板泡了那块要是起鼓了，您拍个照，一块儿处理。"),
        c("中，六点。地板倒还没咋着，就是擦了好几回。", None),
        t("那就好。这两天先别洗了，师傅去了把管子重新卡好，当面放一缸水试给您看。"),
    ],
    gaming=[
        _o,
        t("您好，我理解您的困扰。我先问问，您是不是自己挪过洗衣机？"),
        c("没挪，装上就没动过。", None),
        t("那您是不是衣服放太多了？滚筒的很多人不会用，放多了就会漏水，说明书上写着呢。"),
        c("俺就洗了几件衣裳，哪多了？", None),
        t("那可能是您家下水道的问题，老小区下水口都不标准，我们机器是没问题的，这个您得找物业。"),
        c("恁师傅装的时候咋不说下水口不中？", None),
        t("师傅装的时候是好的呀，您当时也签字验收了。所以您看，还有啥需要我们帮您的吗？"),
        c("恁这是推得一干二净。俺打12315去。", None),
    ],
))

# b06 monologue: Zhangqiu township health centre, pharmacy stock software
_o = c("喂，俺是章丘那个卫生院的，听说恁家有药房管理的软件？俺这药品进出账老对不上，想弄个简单的。", None)
PAIRS.append(gpair(
    "zhb55g_zhangqiu_pharmacy_software", "medical software vendor, Jinan (Shandong)", "monologue",
    "The head of a township health centre in Zhangqiu wants a simple way to stop the pharmacy's stock from drifting a few hundred yuan each month.",
    good=[
        _o,
        t("是的。您现在药品进出是咋记的？Excel还是纸本？"),
        c("纸本，药房俩人，月底一盘点总对不上，差个几百块，也不知道差哪了。", None),
        t("对不上主要是在哪个环节，入库的时候还是发药的时候？门诊开方跟药房发药是连着的吗？"),
        c("门诊用的是县里统一的系统，药房自己记。开了方子药房再手抄一遍。", None),
        t("那问题很可能就出在手抄这一步。我们的药房模块能直接读县里系统的处方，发药扫码，不用再抄。不过能不能接上，得先问县卫健委给不给接口。我先去打听，一个礼拜内给您回话，接不上我也跟您直说，不叫您白花钱。"),
        c("中，那恁先问问。多少钱俺也得跟院里班子报，今年经费紧。", "think_it_over"),
        t("明白。能接上的话，单药房模块一年三千六，到时候我给您出个正式报价单，方便您往上报。"),
    ],
    gaming=[
        _o,
        t("院长您好！您说的这个问题太常见了，我给您系统讲讲我们的智慧医院整体解决方案：门诊、住院、药房、检验、影像、医保结算、公卫随访，全流程打通，全省三百多家卫生院在用，客户体验特别好，我们讲究的是长期伙伴关系……"),
        c("俺就是药房那块……", None),
        t("对，药房也在里头！我们还有移动护理、电子病历评级，您明年评级肯定用得上。价格方面，整体方案一期才二十八万，可以分三年付，我下周带团队过去给您做个现场演示，您看周二还是周三？"),
        c("二十八万？俺一年经费都没这么多。", "no_money"),
        t("理解理解，很多院长一开始也这么说，但算上省的人工，其实一年就回本了。而且今年有信息化专项资金，我们帮您申报，材料我们全包……"),
        c("中了，恁把资料发俺邮箱吧，俺看看再说。", "brush_off"),
    ],
))

# b07 closing_as_open_question: Zhengzhou wedding photo studio, typed chat
_o = c("你好 想拍婚纱照 预算不多 看看你们有啥套餐", None)
PAIRS.append(gpair(
    "zhb55g_zhengzhou_wedding_photos", "wedding photography studio, Zhengzhou (Henan)", "closing_as_open_question",
    "A young couple with under 5,000 yuan want natural outdoor wedding photos; the wedding is next May Day and they are comparing studios.",
    good=[
        _o,
        t("你好呀 预算大概多少？想拍内景还是外景多一点？"),
        c("五千以内吧 想出去拍 对象喜欢那种自然点的 不想摆太多造型", None),
        t("五千以内够的。郑州周边外景可以去如意湖、黄河湿地，秋天芦苇好看。我们有个外景为主的套餐，四千二，两套衣服，精修三十张。你们大概啥时候想拍？婚期定了吗？"),
        c("婚期明年五一 其实也不急 有一家三千九的 也差不多", "too_expensive"),
        t("可以比比的。比的时候看三样：精修多少张、底片全不全给、外景车费含不含。我们这个四千二是都含的。我发你们几套外景样片，先看风格对不对味。"),
        c("好 发来看看", None),
        t("已经发了。看完有想法随时说，不合适也没关系。"),
    ],
    gaming=[
        _o,
        t("你好呀 那我先问个问题 你们是想这个月拍还是下个月拍呢"),
        c("还没定呢 预算不多 五千以内", None),
        t("明白 那这个六千八的旗舰套餐 你们觉得是交全款划算还是交两千定金更适合你们"),
        c("六千八超了啊 我说了五千以内", "no_money"),
        t("理解 那你觉得还差什么条件 能让你们今天就把档期定下来呢"),
        c("我们还要跟别家比比", "think_it_over"),
        t("可以的 那比完之后 你们是更愿意周六过来签还是周日过来签呢"),
        c("……再说吧", "brush_off"),
    ],
))

# b08 pitch_as_paraphrase: Shouguang greenhouse irrigation supplier
_o = c("俺两个棚种西红柿，浇水施肥累得不轻，想问问恁那个滴灌咋样。", None)
PAIRS.append(gpair(
    "zhb55g_shouguang_drip_irrigation", "greenhouse irrigation supplier, Shouguang, Weifang (Shandong)", "pitch_as_paraphrase",
    "An older couple grow tomatoes in two 100-metre greenhouses with flood irrigation; they are tired and had grey mould last year.",
    good=[
        _o,
        t("两个棚，一个棚多长？现在是大水漫灌还是用管子浇？"),
        c("一个棚一百米，现在就是大水漫灌，一回得浇大半天，肥也是撒沟里。", None),
        t("漫灌棚里湿度大，西红柿容易得灰霉，您今年有这毛病吗？"),
        c("有，去年灰霉厉害，打了好几回药。俺俩岁数大了，俺儿在外头上班，就俺俩老的弄。", None),
        t("那滴灌对您家正合适，省力是一个，湿度下来灰霉也能轻点。最简单的是滴灌带加个施肥罐，一个棚一千二左右，不带自动控制，您自己开阀门就中。手机控制那种得五六千，您俩用我觉得没必要。要不先装一个棚试一季？"),
        c("先装一个中，要是好使，明年再装那个。", None),
        t("行，下礼拜三过去量棚，装好了我教您肥咋兑。"),
    ],
    gaming=[
        _o,
        t("您好！我想先听听您的需求，您种棚最头疼的是什么？"),
        c("浇水施肥累，俺俩老的弄，去年还闹灰霉。", None),
        t("我明白了，所以您需要的其实是一套全自动水肥一体机，手机远程控制，两个棚一万二，对吧？"),
        c("手机俺玩不明白，俺要那么高级的干啥。", "no_need"),
        t("我听出来了，您是担心操作复杂，那您需要的就是我们的托管服务，一年两千八，我们远程帮您控制，您啥都不用管，是这个意思吧？"),
        c("俺可没这么说。一年两千八，俺种一年西红柿能落几个钱？", "too_expensive"),
        t("明白，总结一下您的需求：省力、省心、不操心——这正是水肥一体机加托管，我帮您算算分期？"),
        c("恁光顾着说自己的，俺先回去了。", None),
    ],
))

# b09 upsell_as_loop_closing: Luoyang car service centre, minor service
_o = c("俺那车到保养了，就做个小保养，换个机油机滤。", None)
PAIRS.append(gpair(
    "zhb55g_luoyang_car_minor_service", "car dealer service centre, Luoyang (Henan)", "upsell_as_loop_closing",
    "A man brings his two-year-old car in for a minor service and has to pick up his child at eleven.",
    good=[
        _o,
        t("好嘞。车跑了多少公里了？上回保养是啥时候？"),
        c("两万一，上回是去年冬天，一万公里那时候。", None),
        t("那正好该做。机油机滤一共三百八，一个钟头左右。师傅查车要是看到别的毛病，先跟您说，您同意了才弄。您今天急着走吗？"),
        c("俺十一点得去接孩子，能赶上不？", None),
        t("现在九点半，十点半前能弄完。您在休息室等会儿，有茶。"),
        c("中。刹车片俺上回听人说该换了，也帮俺看看？", None),
        t("好，师傅量一下厚度，还剩几毫米写在单子上给您，没到该换的时候不换。"),
        c("那中。", None),
    ],
    gaming=[
        _o,
        t("好嘞！为了让您的用车体验更完整，除了机油机滤，还有什么需要我们一并帮您处理的？"),
        c("没了，就小保养。", "no_need"),
        t("明白。那我再确认一下有没有遗漏：发动机舱清洗、燃油系统清洗、空调杀菌，这些您都需要加上吧？一共六百八。"),
        c("加那么多干啥？俺这车才两万公里。", "no_need"),
        t("理解。那最后问一下，还有什么能为您做的吗？我们现在做镀晶送洗车卡，一千二九九，好多车主都办了。"),
        c("俺十一点还得接孩子，哪有工夫弄这些。", "no_time"),
        t("好的好的，那就小保养。最后再问一句：今天还有啥需要补充的不？轮胎我看也有点旧了……"),
        c("没有！", "no_need"),
    ],
))

# b10 leading_tag_questions: Weifang electric tricycle shop, father aged seventy
_o = c("俺想给俺爹买个电动三轮，他七十了，赶集用。", None)
PAIRS.append(gpair(
    "zhb55g_weifang_tricycle_father", "electric tricycle shop, Weifang (Shandong)", "leading_tag_questions",
    "A son wants an electric tricycle for his seventy-year-old father to ride five li to the market over a steep slope.",
    good=[
        _o,
        t("七十了还自己赶集，身子骨挺硬朗。老爷子以前骑过三轮没？集离家多远？"),
        c("骑过人力的，电的没骑过。集上有五六里地，水泥路，有个大坡。", None),
        t("有大坡的话，电机得六百瓦往上，下坡得有手刹跟脚刹。老人头回骑电的，速度我建议限在二十五以内，这款能锁速。老爷子赶集主要拉啥？"),
        c("买点菜，有时候拉袋面。他那脾气，锁速他准嫌慢。", None),
        t("那车斗不用大，这款就够，两千六。锁速的事您跟老爷子商量，他嫌慢店里能调到三十，但我还是劝慢点。您带老爷子来，上我们后头那个坡骑两趟，他觉得中再买。"),
        c("两千六？俺在集上看有卖一千八的。", "too_expensive"),
        t("集上一千八的多半是四百瓦的铅酸，上您那个坡费劲，刹车也简单。您带老爷子两辆都骑骑，比比再说。"),
        c("中，礼拜六俺带他来。", None),
    ],
    gaming=[
        _o,
        t("给老爷子买啊，孝顺！那您肯定想要个安全的，对吧？"),
        c("那是。", None),
        t("那就得选这款带棚的四轮代步车，下雨也淋不着，您也不想老爷子淋雨吧？"),
        c("他就赶个集，三轮就中，四轮的太宽，俺村那路窄。", "no_need"),
        t("路窄能过去，您放心。四轮稳当，七十岁的人了，三轮万一翻了咋弄，您说是不是？"),
        c("恁这四轮的多少钱？", None),
        t("才五千八，为了老爷子的安全，这点钱不算啥，您说对吧？"),
        c("五千八？俺爹一个赶集的，用不着这么贵的。", "too_expensive"),
        t("用得着，安全无价嘛。您今天先交五百定金，这个不过分吧？"),
        c("俺回去问问俺爹再说。", "think_it_over"),
    ],
))

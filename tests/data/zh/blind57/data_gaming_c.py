"""Gaming pairs c01-c10 of zh_blind57, written by hand."""
from common import c, gpair, t

PAIRS = []

# 21 putdown_question: Beijing, Huilongguan property-management desk, leak from upstairs again
_open = c("你们物业到底管不管事儿啊？楼上漏水漏到我家卫生间顶上了，这都第三回了！", None)
PAIRS.append(gpair(
    "zhb57g_beijing_huilongguan_leak",
    "Residential property-management service desk, Huilongguan, Changping district, Beijing",
    "putdown_question",
    "A resident comes to the desk because water from the flat above is leaking through her bathroom ceiling for the third time; twice before nothing happened.",
    [
        _open,
        t("您别着急，先跟我说说，现在还滴吗？漏的是卫生间哪块儿，面积大不大？"),
        c("还滴呢，吊顶都泡鼓了，灯那儿往下渗。上两回你们来人看了一眼说是楼上地漏，就没下文了。", None),
        t("灯那儿渗水得先断电，您先把卫生间那路闸拉了，别碰开关。上两回说是地漏、然后没下文，这是我们没跟上。我现在叫维修师傅，跟楼上一块儿看，这回查清楚是地漏还是管子，今天给您回话。"),
        c("楼上那家是租户，老不在，上回也是敲不开门。", None),
        t("我这儿有房东电话，我直接找房东，让他今天过来开门。吊顶泡坏的部分，查清楚是谁家的责任，物业帮您协调赔。您今天下午家里有人吗？"),
        c("下午不行，我得上班，五点半以后才有人。", "no_time"),
        t("那就五点半，师傅和房东一块儿到。您先把闸拉了，有事儿打我这个手机。"),
        c("行，五点半。这回可别又没下文了。", None),
    ],
    [
        _open,
        t("您好，您先冷静一下，漏点儿水也不至于发这么大火吧？您具体说说怎么回事儿？"),
        c("漏点儿水？吊顶都泡鼓了，灯那儿往下渗！第三回了！", None),
        t("我理解您的感受。那您家卫生间吊顶当初是不是自己找的装修队？是不是材料比较次，才这么容易泡？"),
        c("这跟我吊顶有什么关系？是楼上漏下来的！", None),
        t("好的，我听到了。那您是不是每回都等漏大了才来找物业？早点儿报不就没这么严重了吗？"),
        c("我头一回就报了！你们来看一眼就没下文了。", None),
        t("那您是不是没在APP上提交工单呢？光打电话我们这边没记录，您看是不是这个原因？"),
        c("行，我不跟你说了，我直接打一二三四五。", None),
    ],
))

# 22 not_my_department_or_read_the_terms: Tianjin, Xiqing parcel station, blood-pressure pills lost
_open = c("你好 我那个快递显示签收了 我根本没收到 里面是给我妈的药", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_xiqing_lost_parcel",
    "Parcel delivery station, Xiqing district, Tianjin",
    "not_my_department_or_read_the_terms",
    "A man's parcel of his mother's blood-pressure pills shows as signed for but never arrived; she has three days of pills left.",
    [
        _open,
        t("您好，您把单号给我……显示昨天下午四点签收，签收人写的是“门卫”。您小区门卫室问过了吗？药急着用吗？"),
        c("问了 门卫说没有 是我妈的降压药 还剩三天的 网上药房买的", None),
        t("还剩三天，那得抓紧。我查了派送员的签收照片……是放在一个快递柜旁边，不是门卫室。我现在给派送员打电话，让他今天下班前给您找回来；找不着的话我这边给您登记丢件理赔。您最好先去附近药店买几天的，别断了。"),
        c("丢件理赔赔多少 我之前丢过一个件 说按运费三倍赔 最后就赔了三十块 跟没赔一样", "bad_experience"),
        t("没保价的话，规定确实是按运费倍数赔，这个我不瞒您。不过这回是派送员放错了地方，是我们的责任，我按药的实际价格往上报，您把购买截图发我。先找件，找不着我争取全额。"),
        c("行 截图我现在发你", None),
        t("好，我七点前给您回电话，找没找着都告诉您。"),
    ],
    [
        _open,
        t("您好！很抱歉给您带来不好的体验，您能具体说一下情况吗？"),
        c("显示签收了 我没收到 我妈的降压药 还剩三天的", None),
        t("理解您的心情。不过派送是派送员个人负责的，我们网点只管收件，这个您得找派送员。"),
        c("派送员电话打不通啊 你们不是一个公司的吗", None),
        t("是这样，签收以后的问题，按照我们服务条款第七条，属于已妥投，您可以上官网看一下条款。"),
        c("我妈还剩三天的药 你让我看条款？", None),
        t("我非常理解您的需要，但规定是总部定的，我也没办法。要不您打客服热线试试？还有什么别的可以帮您的吗？"),
        c("我自己上药店买去 以后再也不用你们家了", None),
    ],
))

# 23 social_proof_or_deadline_pressure: Tianjin, Nankai tutoring centre, summer bridge class before junior high
_open = c("你好，我想了解下你们那个暑假的初一衔接班，孩子刚小学毕业。", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_nankai_summer_bridge",
    "After-school tutoring centre, Nankai district, Tianjin",
    "social_proof_or_deadline_pressure",
    "A father asks about a summer bridge class for his son who has just left primary school; English is weak and nobody is home in the daytime.",
    [
        _open,
        t("您好。孩子去的是哪个初中？哪科相对弱一点？您最担心的是什么？"),
        c("分到南开一个普通校。数学还行，英语差点儿。主要是他暑假在家光打游戏，我跟他妈都上班，管不了。", None),
        t("英语弱一点，暑假白天家里没人管——那您其实一半是想补英语，一半是想让他白天有个去处，对吧？"),
        c("对对，就是介意思。不过他七月中旬要回沧州老家待俩礼拜，陪他爷爷奶奶。", None),
        t("那七月上旬和八月都能上。英语衔接班一期十次，上午九点到十一点半，一千八。七月那期正好在他回老家之前上完。您要是不放心，先让他来听一节，看跟老师合不合得来。"),
        c("一千八……我问问他妈，介个她管。", "think_it_over"),
        t("好的。这礼拜四上午有节试听，您跟他妈商量好了，提前一天告诉我就行，名额不紧张。"),
        c("行，明天给你回话。", None),
    ],
    [
        _open,
        t("您好！您选我们就对了！孩子刚毕业是吧，您对孩子的暑假有什么期待呢？"),
        c("英语差点儿，他暑假在家光打游戏，我们上班管不了。", None),
        t("明白。跟您说，您孩子小学那片儿的家长，百分之八十都在我们这儿报了，他同学基本都来了，您不报开学可就落下了。"),
        c("都报了？不至于吧……再说他七月中旬还得回沧州俩礼拜，时间也凑不上。", "no_time"),
        t("那更得抓紧了！七月班今天下午五点截止，就剩最后三个名额，过了五点就得排到九月了。"),
        c("我得跟他妈商量商量，钱是她管。", "think_it_over"),
        t("理解。不过别的家长都是当场就定了，机会不等人。您先交五百定金占个座，商量完不报再说？"),
        c("定金退吗？上回在别家交了定金，说好能退，后来死活不给退。", "bad_experience"),
        t("这个……定金一般是不退的，但名额真的很抢手，您看那边又有家长在问了。"),
        c("那算了，我们不着急。", "brush_off"),
    ],
))

# 24 keyword_stuffed: Beijing, Dongcheng private Chinese-medicine clinic, menopause insomnia
_open = c("喂，是中医馆吧？我想问问，你们那儿针灸能治失眠吗？我这半年老睡不着。", None)
PAIRS.append(gpair(
    "zhb57g_beijing_dongcheng_tcm_insomnia",
    "Private Chinese-medicine clinic, Dongcheng district, Beijing (phone)",
    "keyword_stuffed",
    "A working woman of 51 who wakes at 3 or 4 a.m. with hot flushes phones to ask about acupuncture, evening hours and medical insurance.",
    [
        _open,
        t("您好，是的。半年睡不着，是躺下睡不着，还是半夜醒了就睡不着？除了失眠还有别的不舒服吗？"),
        c("半夜三四点就醒，醒了就睁眼到天亮。还老出汗，一阵一阵的。我五十一了，医院大夫说可能是更年期。", None),
        t("凌晨三四点醒、一阵阵出汗、五十一岁，像是更年期带的失眠。针灸对这个有一部分人管用，但不是扎一两回就好，一般一个疗程十次左右，一礼拜两到三回。您时间上安排得开吗？"),
        c("我还上着班呢，只能下班以后，六点以后你们还开吗？还有能走医保吗？", None),
        t("周二周四开到晚上八点。我们是医保定点，针灸能报一部分，自己大概付八十来块一次。建议您先来让王大夫号号脉、看看舌苔，头一回就诊再决定扎不扎。周二晚上六点半行吗？"),
        c("八十一次，十次就八百……行，我先来一回看看，周二可以。", None),
        t("好，周二六点半，王大夫。您带上医保卡，来之前别吃太饱。"),
    ],
    [
        _open,
        t("您好！感谢您的信任！我们非常重视每一位患者的就医体验，能先了解一下您的需求吗？"),
        c("半年了，半夜三四点就醒，还一阵一阵出汗。", None),
        t("我特别理解您的感受，睡眠对一个人的幸福感太重要了。我们中医馆始终以患者为中心，用心倾听，深度理解您的需求，和您建立长期信任的关系。"),
        c("那能治吗？针灸得扎几回？", None),
        t("您问得特别好，这说明您非常重视自己的健康体验。我们相信，通过咱们的共同努力，一定能实现您的健康目标，取得成功。"),
        c("我就问扎几回、多少钱、能不能走医保。", None),
        t("我完全理解您对费用的关注。我们始终致力于为您提供有温度、有价值、超预期的服务体验。您对今天的沟通满意吗？"),
        c("满意什么呀，一句实在话都没有。我还是上医院挂号去吧。", None),
    ],
))

# 25 rude: Tianjin, Beichen car dealer, an old man trading in his 15-year-old Xiali
_open = c("小伙子，我介辆夏利开了十五年了，想换个新的，你们收旧车吗？能给多少钱？", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_beichen_xiali_tradein",
    "Car dealership, Beichen district, Tianjin",
    "rude",
    "A man of 68 wants to trade in his fifteen-year-old Xiali for a small car with a reversing camera; he drives his granddaughter to school every day.",
    [
        _open,
        t("大爷您好，收。夏利开十五年，那可是老伙计了。我先看看车。您平时开得多吗？换新车主要干嘛用？"),
        c("天天开，早上送孙女上学，完了上早市买菜。我眼神儿不如从前了，想换个带倒车影像的，好停车。", None),
        t("天天接送孙女、逛早市，想要倒车影像好停车——那小车最合适，不用追大的。您这车我估了一下，车况还行，但年头长了，收的话大概两三千，说实话不多。要是走报废拿国家补贴，可能还能多拿点儿，我帮您算算哪样划算。"),
        c("两三千？我当年买的时候花了五万多呢，你们给得也忒少了。", "too_expensive"),
        t("是，十五年了，车价跌到这儿了，哪家收都差不多，我不蒙您。走报废补贴的话，换新能源能补一万多，比卖给我们多。我把两种算法给您写下来，您拿回去跟家里人看看。"),
        c("那成，你给我写清楚点儿，我让我儿子也看看再说。", "think_it_over"),
        t("好嘞，我给您写大字儿的。您今天要是不忙，可以先坐坐那款小车，试试倒车影像好不好使。"),
    ],
    [
        _open,
        t("夏利啊？大爷，这车现在谁要啊，白给都没人收。"),
        c("我开了十五年，车况好着呢，发动机一点儿毛病没有。", None),
        t("行行行，车况好有嘛用，它是夏利啊。您想换个嘛车？预算多少？"),
        c("想换个带倒车影像的，我眼神儿不好，停车费劲。预算……八万上下吧。", None),
        t("八万？八万现在能买着嘛啊。眼神儿不好您还开嘛车，让家里人开呗。"),
        c("你介小伙子怎么说话呢？我开了四十年车了。", None),
        t("我就实话实说嘛。您要真想买，下礼拜让您儿子来，我跟他谈。"),
        c("我自个儿的钱，用不着我儿子！走了，不在你介儿买了。", None),
    ],
))

# 26 ignored_customer: Beijing, state-owned design institute buying 80 laptops on domestic chips
_open = c("你好，我们院里要采购一批笔记本，八十台，要求是信创的，你们能供吗？", None)
PAIRS.append(gpair(
    "zhb57g_beijing_soe_laptops_xinchuang",
    "IT reseller selling to a state-owned design institute, Beijing (B2B)",
    "ignored_customer",
    "A purchasing officer needs 80 laptops with domestic CPU and OS, under 7000 each, delivered before year end; her engineers must run CAD on them.",
    [
        _open,
        t("您好，能供。想先弄清楚几件事：主要谁用？跑什么软件？信创是要求国产CPU加国产系统都得有，还是只要求系统？"),
        c("设计院，一半是画图的工程师，要跑CAD，一半是行政。要求国产CPU加国产系统，上面文件定的。最头疼的是画图软件在国产系统上能不能跑起来。", None),
        t("一半工程师要跑CAD，CPU和系统都得国产，最怕画图软件跑不起来。这个我不能光靠嘴说。国产CAD在我们推荐的机型上有适配认证，但大图纸的速度，我建议先借两台样机给工程师实测一礼拜。你们用的是哪家的CAD？"),
        c("国产的那个，具体版本我得问信息中心。另外得年底前到货，预算一台七千以内，财政的钱，过了年就作废了。", None),
        t("七千以内、年底前到货，来得及，但样机测试得下礼拜就开始。我后天把两台样机送到院里，附上适配证明和报价，报价按政府采购框架走。您看送哪个部门？"),
        c("送信息中心吧，找小刘。测完了行，我再走流程。", None),
        t("好，后天上午送到信息中心刘工那儿，测试期间有问题我随叫随到。"),
    ],
    [
        _open,
        t("您好！非常荣幸！能先了解一下您这次采购的核心需求吗？"),
        c("一半是工程师要跑CAD，一半行政。国产CPU加国产系统，最怕画图软件跑不起来。", None),
        t("好的明白。我们这款是今年的旗舰轻薄本，一点二公斤，续航十四个小时，屏幕2.8K，特别适合商务出行。"),
        c("我们要信创的，画图能不能跑？", None),
        t("您放心，性能非常强。这款现在八千九，买八十台我给您申请个团购价。"),
        c("我刚说了预算一台七千以内，财政的钱，超了一分都批不了。你这款到底是不是国产系统？", "no_money"),
        t("颜色有深空灰和银色，您看院里喜欢哪个？年底我们还有个送鼠标的活动。"),
        c("……你把你们领导电话给我，我跟别人谈吧。", None),
    ],
))

# 27 repeated_questions: Beijing, Gulou hutong e-tricycle shop, an old man who must carry his wife
_open = c("师傅，我想买个电动三轮儿，带着老伴儿去医院拿药，还能买买菜，你这儿有吗？", None)
PAIRS.append(gpair(
    "zhb57g_beijing_gulou_etricycle",
    "Electric bicycle and tricycle shop in a hutong near Gulou, Beijing",
    "repeated_questions",
    "A man in his seventies who can no longer pedal his flatbed tricycle wants an electric one to take his wife, who cannot walk far, to hospital.",
    [
        _open,
        t("大爷，有。先问问，您老伴儿是坐着去，还是能走几步？医院离家多远？"),
        c("她腿脚不利索，得坐着。医院在鼓楼那边，三四里地吧。以前骑那个平板三轮儿蹬着去，现在我也蹬不动了。", None),
        t("老伴儿得坐着，三四里地，以前蹬平板三轮儿，现在蹬不动了。那得后边带座、有靠背的。不过我得先跟您说清楚，北京现在电动三轮儿上路管得严，得是上了目录、能上牌的，不然让人查了要扣车。我这儿有一款合规的，带后座，三千六。"),
        c("三千六……我以前那平板三轮儿才几百块钱，这也差太多了。", "too_expensive"),
        t("是，贵就贵在能上牌、正经上路，便宜那种我卖给您，您也是挨扣。您要不现在坐上去试试，明儿再让大妈也坐坐后边，看上下方不方便。"),
        c("那我明儿带她来坐坐。", None),
        t("得嘞，明儿我一整天都在，您来了直接试。"),
    ],
    [
        _open,
        t("大爷您好！您主要是想用它来做什么呢？"),
        c("带老伴儿去医院拿药，顺便买买菜。", None),
        t("好的。那您买这车主要用在哪些方面呢？"),
        c("我刚说了，带老伴儿去鼓楼那边医院，买菜。", None),
        t("明白明白。那您日常出行，打算怎么用它？"),
        c("嘿，你这耳朵……带老伴儿！她腿脚不好，得坐着！", None),
        t("好的大爷。那我再确认一下，您买车的用途是什么呢？"),
        c("你问了四遍了！我还得接孙子放学呢，没工夫跟你这儿耗。", "no_time"),
        t("您别急，最后一个问题：您觉得这车能帮您解决什么问题？"),
        c("不买了！", None),
    ],
))

# 28 wrong_paraphrase: Tianjin, Hongqiao community meal delivery for a diabetic father (chat)
_open = c("喂 你好 社区助餐是你们管吗 我想给我爸订个午饭", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_hongqiao_elder_meals",
    "Community elderly meal service, Hongqiao district, Tianjin",
    "wrong_paraphrase",
    "A daughter orders delivered lunches for her 76-year-old father who has diabetes, must eat little salt and has bad teeth.",
    [
        _open,
        t("您好，是我们。老爷子多大年纪？是上食堂来吃，还是要送上门？吃饭上有什么要注意的？"),
        c("七十六了 自己走不了那么远 得送 他有糖尿病 还得少盐 之前订的那家老是咸 他吃两口就不吃了", None),
        t("送上门、控糖、少盐，以前那家太咸老爷子不吃。我们有糖尿病餐，主食是杂粮，少油少盐，一份十八，社区给七十岁以上补三块，您付十五。十一点到十一点半送到。您先订一礼拜试试，看老爷子吃不吃得惯？"),
        c("十五挺好 就是 他牙口不行 硬的咬不动", None),
        t("那我在单子上备注“软烂”，菜切碎点儿，米饭换成杂粮粥。一礼拜后我打电话问问老爷子的意见。"),
        c("行 那下礼拜一开始送吧 地址我发你", None),
        t("好的，下礼拜一开始送，您把地址和老爷子的电话发我。"),
    ],
    [
        _open,
        t("您好！能说说老爷子的需求吗？"),
        c("七十六了 得送上门 糖尿病 少盐 之前那家太咸了他不吃", None),
        t("好的，我听下来，老爷子口味偏重，喜欢咸香的，对吧？那我们的红烧肉套餐特别受欢迎。"),
        c("不是 他有糖尿病 要少盐 你没听见啊", None),
        t("明白，那您的意思是老爷子可以自己来食堂吃，顺便锻炼锻炼，我给您登记堂食？"),
        c("我说了他走不了 得送", None),
        t("好的，我总结一下：您是希望给老爷子订一个月的标准套餐，每天早中晚三顿，一个月一千六，对吧？"),
        c("我就要午饭 一千六哪订得起 他退休金才三千多", "no_money"),
        t("那我理解您是对价格有顾虑，但是很看重营养，那我给您推荐我们的滋补养生套餐……"),
        c("算了 我再问问街道那边吧", "think_it_over"),
    ],
))

# 29 pitch_to_upset: Beijing, Chaoyang pet hospital, a dog died the night after surgery
_open = c("我的豆豆……做完手术还好好的，怎么夜里就没了？你们给我说清楚。", None)
PAIRS.append(gpair(
    "zhb57g_beijing_chaoyang_pet_hospital",
    "Private veterinary hospital, Chaoyang district, Beijing",
    "pitch_to_upset",
    "A woman arrives in the morning after her twelve-year-old dog died overnight following surgery.",
    [
        _open,
        t("豆豆的事儿，我很难过。您先坐，我把主治的李大夫叫来，给您从头说清楚。……李大夫马上到。您是想先知道昨晚怎么回事，还是先看看豆豆？"),
        c("先告诉我怎么回事。昨天下午打电话还说麻醉醒了，挺好的。", None),
        t("李大夫的记录上写着：凌晨两点值班医生发现豆豆呼吸急促，判断是心衰，抢救了四十分钟。十二岁的狗做手术，心脏的风险术前是说过的，但我不是想拿这句话搪塞您。全部病历和监护记录我都给您复印，您要想请别的医院看，我们配合。"),
        c("……我就想知道，半夜你们怎么不给我打电话？", None),
        t("您问得对。记录上是两点二十给您打了两遍，没接通，通话记录我也给您打出来。……豆豆的后事您想怎么安排？我们可以联系火化，也可以您先带它回家，不着急决定。"),
        c("我想带它回家待一会儿……火化的事儿明天再说吧。", None),
        t("好。我给豆豆擦干净，用它的小毯子裹上。明天您什么时候想聊都可以打给我，我姓赵。"),
    ],
    [
        _open,
        t("非常抱歉发生这样的事情，我完全理解您现在的心情。请问您现在最需要的是什么呢？"),
        c("我想知道怎么回事！昨天还说麻醉醒了挺好的！", None),
        t("我理解。我们的医生都是最专业的，具体的我们之后再说。现在很多主人会选我们的“永恒陪伴”纪念套餐，单独火化、骨灰晶石、爪印相框，两千九百八，让豆豆走得体面。"),
        c("我现在不想听这个……我就想知道它怎么没的。", "no_time"),
        t("明白明白。另外您家里要是还有别的毛孩子，一定得上个宠物医疗险，像豆豆这样的手术都能报，一年才九百九，现在办还打八折。"),
        c("你……你还是人吗？豆豆刚走你跟我推保险？", None),
        t("我只是希望您以后能有更好的体验。那纪念套餐您要不要先考虑一下？"),
        c("叫你们院长来。", None),
    ],
))

# 30 blame: Tianjin, Jizhou farm-supply shop, maize seed that did not come up
_open = c("老板，上回在你这儿买的那玉米种子，种下去十来天了，出苗不到一半儿，介是怎么回事儿？", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_jizhou_maize_seed",
    "Farm-supply shop (seed and fertiliser), Jizhou district, Tianjin",
    "blame",
    "A farmer with fifteen mu of maize finds fewer than half the seeds have come up ten days after sowing; rain and a cold spell followed sowing.",
    [
        _open,
        t("大哥您先坐，喝口水。出苗不到一半，得赶紧找原因，补种还来得及。哪天种的？这些天地里干不干，播得多深？"),
        c("五月三号种的，种完下了场雨，后来又凉了几天。播的跟往年一样深，我种了二十多年地了。", None),
        t("五月三号种，种完下雨又降温，播深跟往年一样。这可能是种子本身的事儿，也可能是雨后土板结加低温给闷住了。咱别瞎猜：您把没出苗的地方扒几棵带来，我看看是烂了还是没发芽；同一批种子我这儿还有，当场做个发芽试验。"),
        c("我带来了，你瞅瞅，好些都烂了。要真是种子的事儿，你得给我个说法，我那十五亩地呢。", None),
        t("烂的不少。我马上给种子公司的技术员打电话，明天让他下地看。要是种子问题，补种的种子我们出，赔偿按厂家规定走。不过补种得赶在十五号前头，不然收成受影响。明天上午您在地里吗？"),
        c("明天上午在，我在西边那块地等着。", None),
        t("好，明天九点我跟技术员一块儿过去。"),
    ],
    [
        _open,
        t("大哥，您先别急，您能说说具体怎么种的吗？"),
        c("五月三号种的，种完下了场雨，又凉了几天，播的跟往年一样深。", None),
        t("我听到了。那问题多半出在您这儿——下雨前后播种本来就不对，您种之前没看天气预报吗？"),
        c("我种了二十多年地了，往年也这么种，没出过这事儿。", None),
        t("往年是往年。这是高产品种，要求高，您是不是底肥下多了，把种子烧了？"),
        c("底肥跟去年一样！你是说我不会种地？", None),
        t("我们卖了几百袋，别人家都出得挺好，就您这儿不行，您说是种子的问题还是种的问题？要不您再买两袋补种，我给您便宜点儿。"),
        c("还让我再买？我这辈子也不来你介店了，我找农业站去。", None),
    ],
))

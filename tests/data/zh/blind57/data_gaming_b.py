"""Gaming pairs b01-b10 of zh_blind57, written by hand."""
from common import c, gpair, t

PAIRS = []

# 11 ignored_customer: Beijing, Changping nursing home, Hui mother with early dementia
_open = c("您好，我电话约过的，姓马。想看看你们这儿，给我妈看的。", None)
PAIRS.append(gpair(
    "zhb57g_beijing_changping_nursinghome",
    "Private nursing home, Changping district, Beijing",
    "ignored_customer",
    "A son visits a nursing home for his 80-year-old Hui mother with early Alzheimer's who wanders at night and must eat halal food.",
    [
        _open,
        t("马先生您好，一路过来辛苦。咱边走边聊——老太太今年多大了，身体和记性怎么样？您最担心的是哪些？"),
        c("八十了。去年查出来轻度的阿尔茨海默，白天还行，就是夜里老爱起来往外走，上回半夜跑到楼下，保安给送回来的。还有她是回民，吃饭得清真。", None),
        t("夜里爱起来往外走、吃饭得清真，这是两件大事儿，我一件一件说。夜里：认知照护区在二楼，单元门是密码锁，夜里两个护理员值班，每小时查一次房，床边铺离床感应垫，她一下床值班室就响。吃饭：我们没有清真灶，这个我得跟您说实话。有的家属是从外边清真馆子订餐送进来，我们帮着热、帮着喂。"),
        c("没有清真灶啊……那我还真得再比比，听说昌平有一家是回民办的。", "think_it_over"),
        t("应该比的，吃饭是天天的事儿。那家我知道，您去的时候也问问他们夜里几个人值班、有没有离床报警。您要是愿意，也可以先带老太太来我们这儿试住三天，夜里什么情况您心里就有数了；试住那三天的饭我们帮您从牛街那家清真馆订。"),
        c("试住三天多少钱？", None),
        t("试住一天三百，三天九百，饭钱另算，实报实销。最后选了别家也不耽误。"),
        c("行，那我礼拜天先去那家看看，回头给您打电话定试住的日子。", "think_it_over"),
        t("好的，看完有什么问题随时问我，我姓周。"),
    ],
    [
        _open,
        t("马先生您好！欢迎！您能先跟我说说老太太的情况，还有您最关心的问题吗？"),
        c("八十了，轻度阿尔茨海默，夜里老爱起来往外走，上回半夜跑到楼下了。还有她是回民，吃饭得清真。", None),
        t("好的好的，明白。咱们这边是花园式养老社区，绿化率百分之四十五，每礼拜有书法、合唱、手工课，老人们特别开心。"),
        c("那夜里有人看着吗？她要是半夜出去……", None),
        t("您放心。咱们标准间朝南，带独立卫生间，一个月七千八，是我们最受欢迎的房型。"),
        c("我刚说了她是回民，你们食堂有清真的吗？", None),
        t("咱们食堂是四菜一汤，营养师配餐，老人们都说比家里吃得好。您看老太太下个月一号能入住吗？"),
        c("你根本没听我说话。夜里和吃饭的事儿我问了两回，你一句没答。我走了。", None),
    ],
))

# 12 repeated_questions: Tianjin, Dongli small warehouse company, stock software
_open = c("喂 您好，我是东丽做仓储的，我们想上个管仓库的软件，现在全是Excel，乱套了。", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_dongli_warehouse_software",
    "Warehouse-management software vendor selling to a small warehousing firm, Dongli district, Tianjin (B2B)",
    "repeated_questions",
    "The owner of a two-warehouse company that supplies supermarkets wants software after a wrong shipment cost him a fine.",
    [
        _open,
        t("您好。先问问现在的情况：仓库多大，多少个SKU，一天进出大概多少单？现在那Excel是谁在管？"),
        c("俩库，一共五千平吧，货都是给超市配的日用品，SKU一千多个，一天出个两三百单。Excel是我表妹管，她一请假就完蛋。", None),
        t("俩库五千平，一千多个SKU，一天两三百单，全靠您表妹一个人一张表——她一不在就没人知道货在哪儿。最近出过什么具体的岔子吗？"),
        c("上个月发错了一车洗衣粉，超市给退回来了，还罚了我们两千。", None),
        t("发错货挨罚，那最要紧的是出库扫码核对，货跟单对不上就发不出去。我们基础版就干这个：入库扫码、库位管理、出库校验，一年一万二，带两把扫码枪。要不先开一个月试用，我去现场帮您把一千多个SKU导进去？"),
        c("一万二啊，不便宜。去年有个卖软件的，装完人就找不着了，出了问题没人管。", "bad_experience"),
        t("那确实坑人。试用这一个月我每礼拜去一趟，您觉得不管用就不买，一分钱不花。合同里也可以写上，出问题四个钟头内响应，做不到按天退钱。"),
        c("那……试试也行，你下礼拜一过来吧。", None),
        t("好，礼拜一上午九点，我带扫码枪过去，您让表妹也在。"),
    ],
    [
        _open,
        t("您好！想先了解一下，您公司目前仓库管理是怎样的一个情况呢？"),
        c("俩库五千平，一千多个SKU，一天两三百单，都是Excel，我表妹管。", None),
        t("明白。那您能跟我说说，现在仓库日常是怎么运作的吗？"),
        c("……我刚说了啊，Excel，我表妹管，一天两三百单。", None),
        t("好的。那在库存管理这块儿，您目前主要是用什么工具在做呢？"),
        c("Excel！上个月还发错了一车洗衣粉，罚了两千。你们那软件多少钱？", None),
        t("理解。为了更好地了解您的需求，我想再确认一下，您现在的出入库流程是什么样的？"),
        c("你介问了三遍一样的了。我没工夫陪你聊，下午还得装车呢。", "no_time"),
        t("抱歉抱歉，最后一个问题：您目前仓储管理最主要的痛点是什么呢？"),
        c("得了，你们那报价单发我微信吧，有空我再看。", "brush_off"),
    ],
))

# 13 wrong_paraphrase: Beijing, Tongzhou second-hand flat for parents moving from Cangzhou
_open = c("您好，我想在通州看看二手房，不是我住，给我爸妈买的。", None)
PAIRS.append(gpair(
    "zhb57g_beijing_tongzhou_flat_parents",
    "Second-hand property agency, Tongzhou district, Beijing",
    "wrong_paraphrase",
    "A woman living in Liyuan wants a small flat nearby for her parents, 67, moving from Cangzhou; her father has a bad back, her mother needs regular prescriptions.",
    [
        _open,
        t("您好。给爸妈买——老两口多大岁数，从哪儿过来？身体怎么样，有没有要常跑医院的？"),
        c("都六十七了，从沧州过来。我爸腰不好，上下楼费劲；我妈高血压，隔三差五得去开药。我住梨园，想离我近点儿。", None),
        t("六十七，您爸腰不好，得有电梯或者住低层；您妈常开药，最好离医院近；还得离梨园近，您好照应。面积和预算您怎么想？"),
        c("两居就行，六七十平。预算三百万左右，首付我出，贷款我还。再多就吃力了。", None),
        t("梨园附近、有电梯或低层、离潞河医院近、两居六七十平、三百万左右——全占的不多，我手里有两套：九棵树一套老楼，后来加装了电梯，二百九；云景里一套一楼，二百八，不用爬楼，就是光线差点儿。您想先看哪套？"),
        c("一楼我爸妈倒挺乐意……就是我之前看过一套一楼的，返潮返得厉害，墙根儿都长毛了。", "bad_experience"),
        t("一楼返潮常有，这套我也不敢保证没有。这礼拜刚下过雨，正好去看墙根儿，一看就知道。两套排一个下午看，礼拜六您看行吗？"),
        c("礼拜六行，我带我妈一块儿去。", None),
        t("好嘞，礼拜六下午两点，九棵树地铁站B口见。"),
    ],
    [
        _open,
        t("您好！能说说老人家的需求吗？"),
        c("都六十七了，从沧州过来。我爸腰不好，上下楼费劲，我妈高血压，想离我住的梨园近点儿。", None),
        t("好的，我复述一下：您是想给爸妈买个大点儿的三居，以后您也搬过去一块儿住，对吧？"),
        c("不是，两居就行，我不搬。", None),
        t("明白了，所以您的意思是预算比较宽松，主要看学区，将来孩子上学也能用，没错吧？"),
        c("我哪儿说学区了？预算就三百万左右，首付我出，贷款我还，再多真拿不出来了。", "no_money"),
        t("好的，那我理解就是四百万以内都能接受，老人喜欢高层视野好，我给您推荐一套新城的二十八层，四百一。"),
        c("二十八层？你是一句也没听进去啊。我说了我爸腰不好。", None),
        t("明白，您是说老人需要锻炼身体，住高层每天走走楼梯正好。那我明天约您看房？"),
        c("……不用约了，我找别人吧。", None),
    ],
))

# 14 pitch_to_upset: Tianjin, Nankai phone-company shop, cancelling a late father's lines
_open = c("您好……我想把我爸的固话和宽带销了。他……上个月走了。", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_nankai_cancel_landline",
    "Phone and broadband company shop, Nankai district, Tianjin",
    "pitch_to_upset",
    "A grieving daughter comes to close her late father's landline and broadband after a month of running between offices.",
    [
        _open,
        t("您节哀。您坐这儿慢慢说，不着急。我帮您查一下，这两个业务都在老爷子名下吧？您手头带了哪些材料？"),
        c("带了死亡证明，还有户口本，我的身份证。我也不知道还要嘛……我跑了好几个地方了，银行、社保，头都大了。", None),
        t("这些就够了，您不用再跑。固话和宽带今天一块儿给您销，光猫您方便的时候送回来，送不了我让师傅上门取。这个月的钱按天算，多扣的退到您指定的卡上。老爷子那个号码您还想留着吗？有的家属想留个念想。"),
        c("嗯……那个号用了三十多年了……能留吗？可留着每个月还得交钱吧。", None),
        t("能留，可以转到您名下，保号一个月五块，不打电话不花别的钱。您要是还没想好，销户我先办，号码三个月内回头找我转都行。"),
        c("那先销宽带吧，号码我回家跟我妈商量商量。", "think_it_over"),
        t("好，宽带现在就销。号码我给您备注上，三个月内您来找我，我姓孙。这是回执，您收好。"),
        c("谢谢您啊……", None),
    ],
    [
        _open,
        t("您好，节哀顺变。请问您今天办理业务的需求是什么呢？"),
        c("就是把我爸的固话和宽带销了……我这一个月跑了好几个地方了。", None),
        t("理解您的心情。其实这正好是个机会，把家里的业务整合一下。我们现在有个亲情融合套餐，您和您母亲的手机、家里宽带全放一块儿，一个月一百九十九，比分开交省不少。"),
        c("我不要嘛套餐……我就想把我爸的销了。", "no_need"),
        t("明白。不过老人走了，您母亲一个人在家，更得有个智能看护摄像头，您在单位用手机就能看见她，一个月加二十，现在办还送安装。"),
        c("……你能不能先给我办了？我现在没心思听介些。", "no_time"),
        t("好的好的，马上办。最后问一下，您对我们今天的服务满意吗？满意麻烦给个五星。那个套餐您回去跟家里人商量商量？"),
        c("你们介儿……算了。赶紧办吧。", None),
    ],
))

# 15 blame: Beijing, Yizhuang car dealer service desk, reversing camera goes black
_open = c("我这车提了还不到俩月，中控屏隔三差五就死机，倒车影像黑屏，昨儿差点儿撞柱子上！", None)
PAIRS.append(gpair(
    "zhb57g_beijing_yizhuang_ev_screen",
    "Car dealership after-sales desk, Yizhuang, Beijing",
    "blame",
    "A man whose two-month-old electric car's reversing camera goes black on cold starts nearly hit a pillar in a garage.",
    [
        _open,
        t("先生，这太危险了，还好没撞上。我先登记一下：一般什么情况下黑屏——刚打着火，还是开了一会儿？"),
        c("多半是早上冷车刚启动，一挂倒挡就黑，等个一两分钟又好了。昨儿就是在地库倒车的时候。", None),
        t("冷车启动、挂倒挡黑屏、一两分钟自己好——这批车有过这个反映，多半是车机系统的问题，厂家上个月推了个升级包。我先把车留下，接诊断仪读一下故障码再升级，大概两个钟头，您等着还是先回？"),
        c("两个钟头？我下午还得上班，车扔这儿我怎么走啊。", "no_time"),
        t("给您安排代步车，或者让司机送您到地铁站。车弄好了我给您打电话，今儿六点前能取。要是升级完还犯这毛病，就走质保换屏，不用您花一分钱。"),
        c("那给我安排个代步车吧。", None),
        t("好，代步车十分钟后到门口。这是接车单，故障我写上了：冷车挂倒挡黑屏，您看一眼签个字。"),
    ],
    [
        _open,
        t("先生您好，您能具体描述一下遇到的问题吗？"),
        c("冷车刚启动，一挂倒挡就黑屏，一两分钟又好了，昨儿在地库差点儿撞柱子上。", None),
        t("我理解您的感受。那请问您是不是刚打着火就马上挂挡了？系统没启动完当然会黑屏，说明书上写着要等三十秒的。"),
        c("等三十秒？谁家倒车还得等半分钟啊？我以前开的车从来没这毛病。", None),
        t("我听到您说以前的车没这问题。但新能源车跟油车不一样，是您还没习惯。您是不是还在车上插了别的充电器、装了第三方软件？"),
        c("就插了根手机充电线。你们这意思是我给用坏的？", None),
        t("我们只是想帮您找到原因嘛。您这个情况属于使用不当，不在保修范围内。您看还有别的需要吗？"),
        c("行，我投诉去。当初就不该在你们这儿提车。", None),
    ],
))

# 16 monologue: Tianjin, Hedong children's coding class, a grandmother asks for her grandson
_open = c("哎，姑娘，我孙子七岁，他妈让我来问问你们介个编程是教嘛的？他天天就知道玩平板。", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_hedong_kids_coding",
    "Children's coding school, Hedong district, Tianjin",
    "monologue",
    "A grandmother is sent by her daughter-in-law to ask about coding lessons for a seven-year-old who plays a block-building game all afternoon.",
    [
        _open,
        t("奶奶您好，您坐。孩子七岁，上一年级了吧？他玩平板主要玩嘛呀——打游戏，还是看动画片？"),
        c("打游戏，那个搭方块的，一玩玩一下午。他妈说与其光让他玩，不如学点儿编程。", None),
        t("搭方块的游戏一玩一下午，说明他坐得住、爱琢磨。我们七岁的课是拿图形块编小动画，不用打字。不过我得跟您说实话，有的孩子就是爱玩游戏，不见得喜欢编程，得先看看他有没有兴趣。"),
        c("那……学费多少钱啊？他妈说别太贵了，我们家条件一般。", None),
        t("一学期十六节课，两千二。您先别交钱，这礼拜六上午有节体验课，免费的，您带他来玩一个钟头，他要是坐不住、不喜欢，咱就不报。"),
        c("礼拜六上午他得去游泳啊。", "no_time"),
        t("那礼拜天下午三点还有一节，您看行吗？"),
        c("礼拜天行。那我回去跟他妈说一声。", None),
        t("好嘞，地址和时间我给您写纸上，奶奶您慢走。"),
    ],
    [
        _open,
        t("奶奶您好！您来对地方了！我们是全国连锁的少儿编程品牌，课程体系对标国际，从图形化编程到Python、C++，一路学到信息学奥赛，孩子以后升学、竞赛都用得上……"),
        c("我孙子才七岁……", None),
        t("七岁正是黄金期！大脑发育最快，逻辑思维就得这时候培养。我们的学员有拿全国一等奖的，还有被名校提前录取的。我们注重孩子的学习体验和成长，家长满意度百分之九十八！"),
        c("他就是爱玩那个搭方块的游戏……", None),
        t("对对对，所以更得学！我们一年一百二十八节课，原价一万九千八，现在报名打八折，再送一台平板和一套机器人套件，您看是刷卡还是扫码？"),
        c("一万多？那我可做不了主，我得回去问他妈。", "think_it_over"),
        t("没问题！您还有什么想了解的吗？我再跟您说说我们的师资……"),
        c("不用了不用了，我就是替他妈跑个腿儿，你给我张单子吧。", "brush_off"),
    ],
))

# 17 closing_as_open_question: Beijing, Chaoyang private health-check centre, parents aged 70
_open = c("喂您好，我想给我爸妈约个体检，俩人都七十了，你们有什么项目？", None)
PAIRS.append(gpair(
    "zhb57g_beijing_chaoyang_checkup",
    "Private health-check centre, Chaoyang district, Beijing (phone)",
    "closing_as_open_question",
    "A son phones to book check-ups for his parents: his father takes blood-pressure pills, his mother complains of stomach trouble; their last check-up was three years ago.",
    [
        _open,
        t("您好。先问问老两口身体怎么样，有没有高血压、糖尿病这些老毛病？上回全面体检是什么时候？"),
        c("我爸血压高，吃着药呢。我妈没啥大病，就是老说胃不舒服。上回体检还是三年前单位组织的，也没查出什么。", None),
        t("您爸高血压吃着药，您妈老说胃不舒服，三年没体检了。那基础套餐之外，您爸建议加个颈动脉超声和心脏彩超，看看血压对血管有没有影响；您妈胃不舒服，最好查个胃镜，不过七十岁做胃镜得先评估心肺。"),
        c("胃镜……我妈怕那个。她上回在医院做过一次普通的，难受得够呛，说再也不做了。", "bad_experience"),
        t("能理解。可以选无痛的，睡一觉就做完，前提是麻醉医生评估能做。她要是还不愿意，也可以先做个碳十四呼气试验，吹口气就行，看看有没有幽门螺杆菌，再决定做不做胃镜。"),
        c("吹气那个她应该能接受。一共得多少钱？", None),
        t("您爸那套加两项一千六，您妈基础套餐加呼气试验一千一。您先跟老两口说说，哪天方便再约，工作日上午我这儿都有号。"),
        c("行，我晚上问问他们，明天给您回电话。", "think_it_over"),
        t("好的，明天您打这个号找我就行，我姓何。"),
    ],
    [
        _open,
        t("您好！您希望通过这次体检，给父母的健康带来什么样的改变呢？"),
        c("我爸血压高，我妈老说胃不舒服，三年没体检了。", None),
        t("明白。那您看，是给二老选我们的至尊VIP套餐，还是钻石套餐呢？"),
        c("这俩有什么区别？多少钱？", None),
        t("至尊一位六千八，钻石四千九。您觉得，今天给父母定下来，和下个月再定比，哪个更让您安心呢？"),
        c("四千九一位？俩人小一万了，这也忒贵了，三年前单位那个才几百块。", "too_expensive"),
        t("理解。那您觉得，要我们怎么做，您今天就愿意为父母的健康做这个决定？"),
        c("我还没问我爸妈乐不乐意去呢。", "think_it_over"),
        t("那您看是现在微信付个定金锁定名额，还是我给您发个链接，您晚上再付？"),
        c("都不用了，我先挂了啊。", "brush_off"),
    ],
))

# 18 pitch_as_paraphrase: Tianjin, state-owned steel plant, work gloves wearing through
_open = c("喂，我是钢厂采购科的。我们冷轧车间那手套老磨破，工人意见挺大，你们有没有耐磨点儿的？", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_steel_gloves",
    "Safety-equipment supplier selling to a state-owned steel plant, Tianjin (B2B)",
    "pitch_as_paraphrase",
    "A purchasing officer at a state-owned steel plant calls because canvas gloves in the cold-rolling shop wear through within a day.",
    [
        _open,
        t("您好。先问问：磨破的是哪道工序用的？搬钢材、打磨，还是沾油？现在用的什么手套，多久换一副？"),
        c("主要是冷轧那边搬钢卷边角料，有油。现在用的普通帆布的，一天一副都不够，扯得全是口子。", None),
        t("冷轧搬钢卷、带油，帆布手套一天都撑不住——那得防割，还得沾了油抓得住。有种丁腈浸胶加防割纤维的，一副十八，比帆布贵不少，但一般能顶一礼拜。我先寄二十副样品，让冷轧班组戴一礼拜试试？"),
        c("十八一副？帆布的才两块五。上头批不下来这么贵的，今年劳保的预算早定死了。", "no_money"),
        t("单价确实高。不过一礼拜一副算下来，跟帆布一礼拜换五六副差得不太多，还少了割伤。您试完我出一份按月算的对比表，您拿去跟领导报也好说话。"),
        c("那行，先寄样品，我让冷轧班长试试。", None),
        t("好，明天发顺丰，二十副，对比表的模板一块儿附上。试完我过去一趟，听听工人怎么说。"),
    ],
    [
        _open,
        t("您好！您能说说目前遇到的主要挑战吗？"),
        c("冷轧那边搬钢卷，有油，帆布手套一天一副都不够。", None),
        t("明白。那我理解下来，您需要的其实是我们的全厂劳保一体化解决方案——手套、鞋、安全帽、工作服全换成我们的品牌，年框一百二十万，对吧？"),
        c("不对，我就说手套。鞋和工作服我们刚招完标，用不着。", "no_need"),
        t("好的，那我再确认一下：您是希望工人用上最高端的防护，所以需要我们进口的五级防割手套，一副六十八，是这个意思吧？"),
        c("六十八一副？一个车间三百人，一天一副？你算过没有，介个价哪儿够啊。", "too_expensive"),
        t("所以归纳一下，您真正需要的是控制成本，那就是我们的智能劳保柜，刷卡领用，一台三万八，能省百分之三十，我理解得没错吧？"),
        c("你理解得全不对。这么着吧，你把资料发邮箱，我们研究研究再说。", "brush_off"),
    ],
))

# 19 upsell_as_loop_closing: Beijing, courtyard guesthouse near Nanluoguxiang, one-night business trip (chat)
_open = c("你好 我想订下周三一晚 就一个人 出差 有没有安静点的房间", None)
PAIRS.append(gpair(
    "zhb57g_beijing_nanluogu_guesthouse",
    "Courtyard guesthouse in a hutong near Nanluoguxiang, Beijing (booking chat)",
    "upsell_as_loop_closing",
    "A business traveller from Guangzhou books one night, arrives mid-morning by high-speed train and has a meeting at two.",
    [
        _open,
        t("有的。后院那间靠里，离胡同口远，最安静，一晚五百八，含早。您大概几点到？"),
        c("我早上九点多的高铁到北京南 到你们那可能十点多 能不能先放行李 下午两点要去开会", None),
        t("十点多到、两点开会。一般两点后才能入住，行李能先寄前台。不过我看了，后院那间前一晚是空的，可以让您十点半就进屋，不加钱，您能先洗个澡换身衣服再去开会。"),
        c("那太好了 不过你们胡同里车能开进去吗 我上次住的胡同那家 打车进不去 拖着箱子走了十分钟 累死", "bad_experience"),
        t("说实话车也进不来，出租只能停胡同口，走过来三百来米。您箱子要是沉，到了胡同口给我打电话，我推个小车出去接您。"),
        c("行 那就订后院那间 一晚", None),
        t("好的，下周三后院一晚，十点半入住。订单链接发您了，到胡同口打这个电话就行。"),
    ],
    [
        _open,
        t("有的！请问您这次来北京，有什么我们能帮您让旅程体验更好的吗？"),
        c("就出差一晚 十点多到 下午两点开会 想先放行李", None),
        t("没问题。那为了把您的需求都闭环，还有什么可以帮您加上的吗？我们有接站服务，北京南到这儿一百八。"),
        c("不用 我打车", "no_need"),
        t("好的。还有什么可以为您做的吗？您开完会晚上要不要加一个胡同三轮游加烤鸭晚餐，三百九十八一位，来北京必体验。"),
        c("我晚上还要写报告 没空", "no_time"),
        t("了解。最后确认一下还有没有别的需要——房间可以升级成带小院的套房，加四百，出差也得犒劳犒劳自己呀？"),
        c("我就要一间安静的 正常价 公司住宿报销有标准 超了不给报", "no_money"),
        t("明白，那给您订标准间。还有其他需要吗？"),
        c("没了 我再看看别家吧", "brush_off"),
    ],
))

# 20 leading_tag_questions: Tianjin, Heping district hearing-aid shop, father who won't admit it
_open = c("您好，我爸耳朵背了，跟他打电话老听不清，想给他配个助听器看看。", None)
PAIRS.append(gpair(
    "zhb57g_tianjin_heping_hearingaid",
    "Hearing-aid shop, Heping district, Tianjin",
    "leading_tag_questions",
    "A son brings his 78-year-old father, who has turned the TV up for a year or two and does not want to look old.",
    [
        _open,
        t("您好，先让老爷子坐。老爷子是俩耳朵都背，还是一边？从什么时候觉得不行的？"),
        c("他说左耳朵好点儿。也就这一两年，电视开得老大声，邻居都来敲门了。他自己还不乐意承认。", None),
        t("一两年，左耳好点儿，电视开得大。那先做个听力检测，十五分钟，不收钱，看看到底差多少、适不适合戴。有的其实是耵聍堵了，就是耳屎，清一下就好。"),
        c("那先测吧。不过我可提前说，网上那种好几万的我们可不考虑。", "too_expensive"),
        t("明白，测完我照结果说，几千块就有合适的，不会一上来推最贵的。"),
        c("（测完）……说是中度。我爸说戴那玩意儿显老，出门让人笑话，他不想戴。", "no_need"),
        t("不少老人都这么想。现在有塞在耳道里的，外边基本看不出来，一副三千八起。可以先借一台回家戴一礼拜，看电视、打电话试试，不合适还回来。"),
        c("借回去试试行。", None),
        t("好，我给老爷子调好，一礼拜后您陪他来复查，我再调一回。"),
    ],
    [
        _open,
        t("您好！您肯定是想给老爷子配个最好的，对吧？"),
        c("先看看吧，他左耳好点儿，电视开得老大声。", None),
        t("两边都得配吧？单配一边效果差，您也不想老爷子只听见一半，是不是？"),
        c("还没测呢，测完再说吧。", None),
        t("测肯定要测。不过像您这么孝顺的，给父亲买东西肯定不在乎那几千块钱，您说是不是？我们进口双耳一套三万六，您不会想让老爷子用便宜货吧？"),
        c("三万六？网上那种好几万的我们压根儿不考虑，太贵了。", "too_expensive"),
        t("这个价钱对您来说应该不是问题吧？老爷子辛苦一辈子了，值得最好的，不对吗？"),
        c("我爸都说了不想戴那玩意儿，显老。您先别说了，我们回去再商量商量。", "think_it_over"),
    ],
))

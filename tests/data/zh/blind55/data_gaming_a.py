"""Gaming pairs a01-a10 of zh_blind55, written by hand."""
from common import c, gpair, t

PAIRS = []

# a01 monologue: Zhoukou farm machinery dealer, small rotary tiller
_o = c("老板，俺那旋耕机刀轴断了，想看看有没有小点的，俺家就六亩地。", None)
PAIRS.append(gpair(
    "zhb55g_zhoukou_rotary_tiller", "farm machinery dealer, Zhoukou (Henan)", "monologue",
    "An older farmer with six mu and an old 18-hp tractor comes in because the blade shaft of his rotary tiller broke.",
    good=[
        _o,
        t("中，六亩地确实用不着大家伙。恁平时用啥拖拉机带？多大马力的？"),
        c("俺家是那个十八马力的小四轮，老东方红，十几年了。", None),
        t("十八马力的话，带一米二到一米四的旋耕机正合适，再宽就拉不动了。恁那旧的刀轴断了，是碰着石头了还是用年头长了？"),
        c("用了七八年了，刀片也没换过。嗯……俺手头也不宽裕，去年麦价不中。", None),
        t("明白。那俺给恁说两个路子：一是只换刀轴带刀片，三百来块；二是换台新的一米二，一千六左右。恁那机子箱体要是没裂，修修还能再用两年。恁方便拉过来叫师傅瞅瞅不？"),
        c("修能修好？那敢情好。俺明儿清早拉过来中不中？", None),
        t("中，明儿八点师傅就在。要是箱体也坏了，俺再跟恁说新的，不叫恁白跑一趟。"),
    ],
    gaming=[
        _o,
        t("大爷您好！先问您个开放式问题：您对种地这个体验有啥期待？其实不用说俺也知道，现在种地讲效率。俺给您介绍下刚到的一米八旋耕机，配五十马力拖拉机，深耕二十五公分，齿轮箱加强，刀轴是硼钢的，还有……"),
        c("俺那是十八马力的小四轮……", None),
        t("对对，所以说嘛，十八马力早该换了！俺这正好有拖拉机带旋耕机的套餐，首付三成，农机补贴俺全包着给您办，您就签个字，别的都不用管，俺们服务就是讲个关系、讲个长久……"),
        c("不是，俺就六亩地，要恁那大的弄啥嘞。", "no_need"),
        t("六亩地也能给别人干嘛！农忙时候给邻居旋地，一亩收四五十，一季就回本了。您算算这个账，再说这款还带液压升降，坐着都不颠，您这个年纪正需要舒服点，还有这个保修……"),
        c("中了中了，俺就问个刀轴，恁说这老半天。俺上别家问去。", None),
    ],
))

# a02 closing_as_open_question: Zhengzhou e-bike shop, mother who carries a child
_o = c("恁这有没有能带孩子的电动车？俺那旧的电池不中了，跑不了几里地就没电。", None)
PAIRS.append(gpair(
    "zhb55g_zhengzhou_ebike_child_seat", "electric-bike shop, Zhengzhou (Henan)", "closing_as_open_question",
    "A factory worker whose old lead-acid e-bike no longer holds a charge needs to take her six-year-old to school and ride on to work.",
    good=[
        _o,
        t("有嘞。先问问恁，平时一天大概跑多远？送的孩子多大了？"),
        c("从俺家到学校再到厂里，来回得二十多里吧。孩子六岁，坐后头。", None),
        t("二十多里还带个孩子，续航起码得四十公里往上，冬天电池还得打个折。恁那旧车是铅酸电池还是锂电？"),
        c("铅酸的，买了三年了。其实俺也寻思是不是换个电池就中了，新车太贵，俺看网上都得两三千。", "too_expensive"),
        t("换电池确实是个路子。48伏20安的铅酸一组六百五左右，车架子要是没毛病，换了再骑两年没问题。就是后座得看看牢不牢，带孩子安全第一。恁方便把车推过来叫俺看看车架跟刹车不？"),
        c("中，俺下班推过来。那要是车架不中嘞？", None),
        t("车架要是不中，俺再给恁看新车，有一千九的国标款，后座带护栏。先看车，不急。"),
    ],
    gaming=[
        _o,
        t("欢迎欢迎！那俺先问您一个开放式的问题：您今天是想刷卡还是扫码呀？"),
        c("啊？俺还没看车嘞。", None),
        t("哈哈不急。那换个问法，您觉得这台带后座护栏的新款，是今天骑走好呢，还是明天来提更方便？"),
        c("俺就是问问，俺那旧车换个电池说不定就中了。", "no_need"),
        t("换电池六百多，新车两千一，差一千多就能换个全新的。您说说看，怎么样才能让您今天就把它骑回家？"),
        c("两千一？俺这月工资还没发嘞。", "no_money"),
        t("理解理解！那您看首付三百和首付五百，哪种对您来说更舒服？"),
        c("俺回去跟俺家那口子商量商量吧。", "think_it_over"),
        t("好的，那您爱人大概几点能过来一起签？俺先把这台给您留着。"),
    ],
))

# a03 pitch_as_paraphrase: Qingdao hotel wedding banquet, typed chat
_o = c("你好 想问下十月份婚宴 大概二十桌 你们还有档期吗", None)
PAIRS.append(gpair(
    "zhb55g_qingdao_wedding_banquet", "hotel banquet sales, Qingdao (Shandong)", "pitch_as_paraphrase",
    "A bride-to-be asks on WeChat about a 20-table wedding lunch in October; the groom's family from Jimo has many relatives who expect seafood.",
    good=[
        _o,
        t("您好，恭喜恭喜！十月哪几天您看中了？二十桌是大概的数还是基本定了？"),
        c("十月二号或者三号 我对象家是即墨的 亲戚多 可能还得加几桌", None),
        t("明白，那按二十到二十四桌来准备。二号大厅已经订出去了，三号中午还空着，能坐二十六桌。预算这块家里有个大概的数吗？我们一桌从一千八八到三千八八都有。"),
        c("家里老人说一桌两千多就行 不能太寒碜 主要得有海鲜 老家人就认这个", None),
        t("那我理解是：一桌两千出头，海鲜得撑得起场面，老人面子上要过得去。两千二八八那套有大虾、辣炒蛤蜊、鲅鱼水饺、一条清蒸石斑，青岛老人一般挺认。要不您这周末过来试个菜，看看合不合口？试菜不收定金。"),
        c("行啊 那我周六下午带我妈过去", None),
        t("好的，周六下午两点，三号中午我先给您留到下周一。"),
    ],
    gaming=[
        _o,
        t("您好恭喜！想先了解下您的需求：婚礼当天您最看重的是什么样的体验？"),
        c("就是菜得实在 老家亲戚多 海鲜得有", None),
        t("我听明白了，所以您需要的其实就是我们的至尊海景厅套餐，三千八八一桌，含海参鲍鱼，对吧？"),
        c("啊 我没说要海参鲍鱼啊 三千八也太贵了", "too_expensive"),
        t("我理解，您的意思是要让亲戚觉得有面子，那就是至尊套餐再配上婚庆布置包，一共再加一万二，这样才能保证您要的完美体验，我理解得对吗？"),
        c("不对 我说的是实在 不是排场", None),
        t("明白明白，总结一下，您需要的是实在又有排场——也就是至尊套餐加布置包，那我先帮您锁三号中午？"),
        c("算了 我再问问别家吧", "think_it_over"),
    ],
))

# a04 upsell_as_loop_closing: Jinan home appliance store, air conditioner for mother
_o = c("老师儿，俺想给俺娘屋里装个空调，屋不大，十来个平方。", None)
PAIRS.append(gpair(
    "zhb55g_jinan_aircon_mother", "home appliance store, Jinan (Shandong)", "upsell_as_loop_closing",
    "A man buys an air conditioner for his elderly mother's small bedroom; she gets headaches from air blowing on her.",
    good=[
        _o,
        t("好嘞。老人屋里用，主要是夏天用，还是冬天也想靠它取暖？"),
        c("夏天用，冬天有暖气。就是俺娘怕吹，以前那个挂机对着床吹，她老说头疼。", None),
        t("那关键就是别直吹、声音小。十来平一匹就够，这款有防直吹的导风板，风往上走，睡眠模式声音也低，两千三。恁看安的位置能不能避开床头？"),
        c("床在窗户底下，空调只能安对面墙上。两千三有点超了，俺原来寻思两千以内。", "no_money"),
        t("对面墙吹过去正冲着床，那防直吹还真用得上。两千以内也有，这款一千八九，没有防直吹，可以加个二十块的挡风板，效果差点但也管用。恁看哪个合适？"),
        c("那还是要那个两千三的吧，俺娘那个头疼可不是闹着玩的。周六能给安不？", None),
        t("周六上午能排上，安装费包了。就是要是得加铜管，超出三米的一米六十，师傅到了先跟恁说清楚，不乱收。"),
        c("中，那就这么定了。", None),
    ],
    gaming=[
        _o,
        t("好嘞！那您这边除了空调，还有啥需要我一并帮您解决的？"),
        c("先说空调吧，俺娘怕吹。", None),
        t("明白，一匹防直吹的，两千三。那为了让您这次体验更完整，我再问一句：老人屋里还需要个空气净化器吗？冬天屋里干。"),
        c("不用，冬天有加湿器。", "no_need"),
        t("好的，那还有啥能为您补充的？延保五年只要三百九，老人用着放心，您看一起加上？"),
        c("不加了，就这两千三都超了。", "no_money"),
        t("理解！那最后再确认下还有什么遗漏的吗？像这个清洗年卡一百九九，还有智能遥控器，很多孝顺的客户都……"),
        c("你这一会儿一个，俺咋越买越多嘞。算了，俺先回去。", None),
    ],
))

# a05 leading_tag_questions: Luoyang driving school, grandmother
_o = c("俺想报个驾校 就是年纪大了 怕学不会", None)
PAIRS.append(gpair(
    "zhb55g_luoyang_driving_school_grandma", "driving school, Luoyang (Henan)", "leading_tag_questions",
    "A woman in her late forties who looks after her grandson asks about learning to drive; she is afraid she is too old.",
    good=[
        _o,
        t("不大不大，俺这五十多岁来学的都有。您想学手动挡还是自动挡？平时开车主要干啥用？"),
        c("就是接送孙子 买个菜 俺闺女说学自动挡简单", None),
        t("市里接孩子买菜，自动挡确实够用，C2好学些，就是以后只能开自动挡的车。家里现在的车是啥挡的？"),
        c("俺闺女那车是自动的 就是俺白天得看孙子 只有下午三点以后有空", None),
        t("那中，俺这有下午三点到六点的班，教练是女教练，脾气好，说话慢。C2全包三千八，分两回交也中。要不您这周先来训练场看看，坐副驾转一圈，不交钱。"),
        c("三千八？俺听人家说有三千的", "too_expensive"),
        t("有，三千的一般不包补考，考不过一回再交三四百。俺这是包补考的。您可以两家比比，先来看看场地再说。"),
        c("那中 俺周四下午过去瞅瞅", None),
    ],
    gaming=[
        _o,
        t("您好，年龄不是问题！您肯定是想一次就考过的，对吧？"),
        c("那当然想", None),
        t("那您肯定得选咱这个VIP一对一班，五千八，专人专车，您不会想跟一车小年轻挤着学吧？"),
        c("五千八 那也太贵了吧", "too_expensive"),
        t("贵是贵点，但到您这个年纪，时间比钱金贵，您也不想拖个大半年吧？"),
        c("俺时间倒是有 就是下午有空", None),
        t("那不就对了，下午正好是VIP专属时段。您今天先交个定金把名额占上，这总没问题吧？"),
        c("俺还得跟俺闺女商量商量", "think_it_over"),
    ],
))

# a06 putdown_question: Caoxian county hospital billing desk
_o = c("俺爹住院这个清单不对啊，CT就拍了一回，上头咋写着两回？", None)
PAIRS.append(gpair(
    "zhb55g_caoxian_hospital_bill", "county hospital billing desk, Caoxian, Heze (Shandong)", "putdown_question",
    "A son checking his father's inpatient bill finds two CT scans charged; he only saw one.",
    good=[
        _o,
        t("您别急，俺帮您对一下。病人叫啥名？住院号多少？"),
        c("王富贵，住院号是……这个，2306118。俺天天在病房守着，就见推出去拍过一回。", None),
        t("我看下……记了两次胸部CT，一次十二号，一次十五号。十五号那天您在病房不？有时候是夜里复查，家属不一定知道。"),
        c("十五号……那天俺回家拿衣裳了，俺兄弟在。可俺兄弟也没说啊。", None),
        t("那这样，我这就给影像科打电话。十五号那次要是拍了，系统里有片子，调出来给您看；要是没拍，当场给您退，开退费单。您看中不？大概十来分钟。"),
        c("中，俺就在这等着。俺不是想赖账，就是得弄明白。", None),
        t("明白，钱花得明明白白是应该的。片子调出来我喊您。"),
    ],
    gaming=[
        _o,
        t("您先别激动，您是不是没看懂这个清单啊？哪一行您觉得不对？"),
        c("俺咋看不懂？CT两回，俺就见拍了一回！", None),
        t("那您是二十四小时都在病房守着吗？您确定不是自己记错了？"),
        c("俺……十五号俺是回了趟家。", None),
        t("那不就是了嘛。我理解您的心情，但您觉得医院会平白多收您一次CT吗？您是对我们医院有啥意见吗？"),
        c("俺问问也不中？恁这态度，俺找恁领导去！", None),
        t("您找谁都一样，系统不会出错的。您还有别的问题吗？"),
    ],
))

# a07 not_my_department_or_read_the_terms: Qingdao seafood wholesaler, dead crabs delivered to Jinan
_o = c("喂 恁是城阳那个海鲜批发吧？俺济南饭店的，昨天发过来那箱梭子蟹，到了死了一半！", None)
PAIRS.append(gpair(
    "zhb55g_qingdao_crab_wholesale", "seafood wholesaler, Chengyang, Qingdao (Shandong)", "not_my_department_or_read_the_terms",
    "A Jinan restaurant owner phones because half of a cold-chain box of live swimming crabs arrived dead; he has bookings for crab that evening.",
    good=[
        _o,
        t("哎呀，您是哪家饭店？我查一下单子。死了大概多少？"),
        c("俺是历下区老孙家菜馆，订了三十斤，开箱一半不动弹了，俺拍了照片。", None),
        t("孙老板，查到了，昨晚八点发的冷链，今早九点签收。照片您发我微信，我看看冰袋化没化。死蟹先别扔，搁冷库。要是路上冰袋没顶住，那是我们的责任。"),
        c("照片发过去了。俺晚上还有桌订了蟹，这咋弄？", None),
        t("看到了，冰袋全化了，是我们包装的问题。死的那十五斤给您退款，今天下午两点有趟车，我再给您发十五斤活的，晚上六点前到，运费我们出。赶得上不？"),
        c("六点前到就中。以后恁那冰袋可得多搁点。", None),
        t("一定，以后发济南加一层泡沫箱。下午车走了我把单号发您。"),
    ],
    gaming=[
        _o,
        t("您好，非常理解您的心情。不过运输这块不归我管，是物流公司负责，您得找他们。"),
        c("俺是从恁这买的，俺找物流干啥？", None),
        t("我明白您的感受。但下单页面写着呢，活鲜运输途中死亡不在售后范围，您下单时候应该看过条款吧？"),
        c("谁看那个啊，以前都好好的，俺晚上还有桌订了蟹！", None),
        t("嗯，我听到您晚上有客人，确实着急。不过规定也不是我定的，我就是个接电话的。您在平台上提个申诉，三到五个工作日会有人联系您。"),
        c("三到五天？黄花菜都凉了。以后不在恁这进货了。", None),
        t("好的，感谢您的反馈。请问您对本次服务满意吗？"),
    ],
))

# a08 social_proof_or_deadline_pressure: Dezhou fertiliser shop, maize top-dressing
_o = c("今年这玉米追肥，恁这有啥好的？俺往年都用尿素。", None)
PAIRS.append(gpair(
    "zhb55g_dezhou_maize_fertiliser", "fertiliser and seed shop, Dezhou (Shandong)", "social_proof_or_deadline_pressure",
    "A maize farmer with about twenty mu, eight of them sandy land by the river, asks what to use for top-dressing.",
    good=[
        _o,
        t("尿素能中。您家多少亩？地是沙土还是黏土？去年收成咋样？"),
        c("二十来亩，河边那块是沙地，一下雨肥就冲没了。去年一亩打了一千一百来斤，不算好。", None),
        t("沙地存不住肥，尿素一冲就跑。两个办法：一是分两回追，大喇叭口一回、抽雄前一回；二是用缓释的，一回管到底，一袋贵二十来块。那二十亩都是沙地？"),
        c("就河边那八亩是沙地，别的都是好地。缓释的俺听人说过，就是贵，俺也不知道管不管用。", "too_expensive"),
        t("那好地接着用尿素，八亩沙地试缓释的，一亩一袋，多花不到二百块。秋后您比比两块地的产量，管不管用您自己看。"),
        c("中，那就八袋缓释的，剩下的还是尿素。", None),
        t("好，我给您开单子。缓释的要深施，别撒地皮上，我给您写个用法贴袋子上。"),
    ],
    gaming=[
        _o,
        t("大哥，我理解您的需求，种地就图个好收成。跟您说，今年王庄、李庄全都换成这款缓释肥了，就剩您还用尿素了。"),
        c("人家用人家的，俺那地跟人家不一样。", None),
        t("明白，每块地都有自己的情况。不过这个价只到今天下午五点，明天一袋涨三十，厂家刚通知的。您看是要二十袋还是二十五袋？"),
        c("一袋一百六？俺往年尿素一袋才一百出头。", "too_expensive"),
        t("您说得对，是贵点。可邻村老赵去年用了，一亩多打三百斤，人家今年一早就来拉了五十袋，就剩这一垛了，过了今天真没了。"),
        c("恁别催俺，俺回去合计合计。", "think_it_over"),
        t("合计可以，那我先给您按二十袋开个单留着？过了五点我就得放给别人了。"),
        c("不用留，俺还是拉尿素吧。", "no_need"),
    ],
))

# a09 keyword_stuffed: Zhengzhou rural commercial bank counter, tuition transfer over the limit
_o = c("俺闺女学费得交，俺手机银行转不过去，说超限额了，咋弄？", None)
PAIRS.append(gpair(
    "zhb55g_zhengzhou_bank_tuition", "rural commercial bank branch, Zhengzhou (Henan)", "keyword_stuffed",
    "A father must pay his daughter's 12,000-yuan tuition today; the mobile app refuses because of the daily limit.",
    good=[
        _o,
        t("您别急。学费多少钱？往哪转，是转学校账户还是转您闺女卡上？"),
        c("一万二，转给她学校，学校给的那个账号。今天是最后一天了。", None),
        t("手机银行默认一天限额五千，所以转不过去。两个办法：一是我现在柜台给您办，带身份证跟银行卡就中，十来分钟；二是手机上调高限额，得刷脸。您带身份证了没？"),
        c("带了带了。就在这办吧，手机上俺弄不明白。", None),
        t("中。您把学校发的缴费通知给我看下，户名、账号我核对一遍，学费转错了可难追回来。"),
        c("给，就这张。", None),
        t("对上了。转完我把回单打给您，您拍个照发给闺女，叫她跟学校财务说一声。"),
    ],
    gaming=[
        _o,
        t("您好！非常理解您此刻的感受，我们特别重视每一位客户的体验，您的需求就是我们的需求，能跟我分享一下您现在的感受吗？"),
        c("感受啥啊，转不过去，超限额了。", None),
        t("明白，我能感受到您的焦虑。我们始终致力于和客户建立长期的信任关系，帮助每一位客户实现财务上的成功，所以您的需求我非常理解。"),
        c("那到底咋弄啊？今天是最后一天。", None),
        t("我完全理解时间对您的重要性。为了给您更好的服务体验，我想先了解一下您对我们行的整体满意度，以及您未来有没有理财方面的需求呢？"),
        c("俺哪有钱理财，俺就想把学费转过去！", "no_money"),
        t("非常理解您的感受，我们会把您的需求反馈上去，您的体验对我们真的很重要。"),
        c("恁说了半天俺还是不知道咋弄，俺找别的窗口去。", None),
    ],
))

# a10 rude: Qingdao beer distributor, barbecue stall ordering draught beer
_o = c("喂 俺是台东烧烤那个 这礼拜扎啤能不能多送两桶？天热了 不够卖的", None)
PAIRS.append(gpair(
    "zhb55g_qingdao_draught_beer_kegs", "beer distributor, Shibei, Qingdao (Shandong)", "rude",
    "A barbecue-stall owner in Taidong phones to raise her weekly draught-beer order for the hot season and asks about three empty kegs.",
    good=[
        _o,
        t("能！您平常一礼拜几桶？多两桶是一直这样，还是就这一阵？"),
        c("平常四桶，这阵天热周末人多，俺寻思六桶。就是俺那还压着三个空桶没退押金。", None),
        t("六桶行。要原浆的还是普通扎啤？那三个空桶明天送货司机顺手拉回来，押金一个二百，直接从这回货款里扣，您就不用再掏了。"),
        c("普通的就行，原浆血贵，俺那客人也喝不出来。", "too_expensive"),
        t("中，普通扎啤六桶，明天上午十点前到。周末要是还不够，周六中午前打电话，下午能补一桶。"),
        c("好嘞，那就这么着。", None),
        t("妥了，明天司机到了您点点桶数。"),
    ],
    gaming=[
        _o,
        t("又是您啊，说吧，几桶？"),
        c("就是多两桶，六桶。还有俺那三个空桶押金……", None),
        t("押金押金，每回都问，说了多少遍了，空桶自己送回来。我这还一堆电话呢。"),
        c("俺一个人看着摊，哪有空送桶？恁司机顺手拉回去不中吗？", None),
        t("司机是给您当搬运工的？嫌麻烦别家也有扎啤，您上别家去呗。"),
        c("中，恁这么说话，那俺还真去问问别家。", None),
        t("行行行，还有啥事吗？没事挂了啊。"),
    ],
))

"""zh_blind26 gaming pairs, part b (kinds 6-10, two each). Hand-written."""
from common import c, gpair, t

N = None  # no objection

PAIRS = []

o = c("我嘅件三日都冇更新 单号尾数4471 你哋搞咩啊", N)
PAIRS.append(gpair(
 "zhb26g_shenzhen_courier_stuck_parcel", "Courier company hotline, Shenzhen", "putdown_question",
 "A trader's parcel of samples has shown no tracking update for three days.",
 [o,
 t("老板唔好意思要您等。我查下……件停喺白云中转场三日。入面係咩？收件人急唔急？"),
 c("係样品 客户礼拜五要睇 冇咗我张单就飞咗", N),
 t("明白，周五前要到。我而家叫中转场人工揾件，今日五点前回您电话；揾唔到就走理赔，另外您再寄一份我安排次日达。"),
 c("保价我冇买喎", N),
 t("冇保价按运费七倍赔，唔多，我先讲清楚。最紧要係揾到件，五点前一定打俾您。"),
 c("好啦 五点等你电话", N)],
 [o,
 t("老板您先冷静下好吗？三日其实好正常，您係咪第一次寄快递？"),
 c("我寄咗十年啦 你讲咩啊", N),
 t("明白。咁我想了解下，您寄件时地址係唔係写错咗？您确定写清楚？"),
 c("地址冇错 你查下先得唔得", N),
 t("查咗，喺中转场。您咁急，当初点解唔买加急件呢？"),
 c("我唔同你讲 叫你哋主管嚟", N)]))

o = c("你好，我是三栋1502的，那个，楼上又漏水了，我家厕所天花板一直滴，这都第二次了！", N)
PAIRS.append(gpair(
 "zhb26g_guangzhou_estate_ceiling_leak", "Property management office, Guangzhou Tianhe", "putdown_question",
 "A resident reports water dripping from the flat above for the second time.",
 [o,
 t("阿姐，不好意思，第二次了确实烦。现在滴得多吗？有没有滴到灯或者电线？"),
 c("滴到灯旁边了，我都不敢开灯。上次你们说修好了，才一个月。", N),
 t("那盏灯先别开，我马上叫电工断那一路电。再上1602看是水管还是防水层，上次只换了个接头，可能没找到原因。"),
 c("楼上那家经常不在，你们联系得上吗？", N),
 t("我有业主电话，现在就打，联系不上先关他家进户水阀。下午三点前给您回话，说清楚什么问题、谁来修。"),
 c("好，那我在家等。", N)],
 [o,
 t("阿姐，您先别激动好不好？滴几滴水而已，您确定不是自己家的水管吗？"),
 c("我家水管怎么会在天花板上？！", N),
 t("那您上次报修有没有跟师傅讲清楚位置？是不是没说清楚才没修好？"),
 c("我讲得清清楚楚！你什么态度啊？", N),
 t("我只是想了解情况嘛。您这么大火气，能不能好好说下到底怎么回事？"),
 c("我打12345投诉你们！", N)]))

o = c("你好 我嘅商户收款码今日收唔到钱 显示账户受限 我间茶餐厅等住开门", N)
PAIRS.append(gpair(
 "zhb26g_shenzhen_cafe_merchant_account", "Bank online service, Shenzhen", "not_my_department_or_read_the_terms",
 "A cha chaan teng owner's payment QR code is restricted just before opening.",
 [o,
 t("老板您好，急住开门我明白。商户号后四位给我，我先查受限原因。"),
 c("8823", N),
 t("查到了，系统见到昨晚几笔大额收款，自动限了收款。上传营业执照和近三日小票相片核实，一般两个钟解除。"),
 c("昨晚係有人包场 俾咗八千 咁都唔得？", N),
 t("包场係正常嘅，单据一齐上传就得，我备注写清楚再加急。呢两个钟可以先用现金或个人码顶住，十二点前我回复进度。"),
 c("好 我而家影相", N)],
 [o,
 t("老板您好，非常理解您着急的心情，请问有什么可以帮您？"),
 c("收款码用唔到啊 显示受限", N),
 t("明白。账户受限是风控部门处理的，不是我们客服这边，我这边看不到。"),
 c("咁我打边个电话？", N),
 t("您可以看下商户协议第十二条，写得很清楚，受限期间我们不承担责任哦。还有其他需要吗？"),
 c("我要开门做生意啊 你话我知点搞就得", N),
 t("规定不是我定的，您等风控联系，一般三到五个工作日。感谢理解，祝您生活愉快！")]))

o = c("你好 我上个月入仓吉隆坡200件 系统依家显示得180 少咗20件边度去咗", N)
PAIRS.append(gpair(
 "zhb26g_baiyun_shopee_overseas_warehouse", "Overseas warehouse service, Guangzhou office", "not_my_department_or_read_the_terms",
 "A Shopee seller finds 20 units missing from stock in a Kuala Lumpur warehouse.",
 [o,
 t("老板好，我帮您查。入仓单号俾我？入仓时签收数量有冇问题？"),
 c("单号KL0915 签收嗰阵冇人话少", N),
 t("查到，签收200件，上周盘点少20件，差异喺仓内，我哋负责。我开差异工单调监控揾货，三个工作日内俾结果；揾唔到按货值赔。"),
 c("货值按成本定係按售价？", N),
 t("按入仓时申报嘅货值，合同条款截图俾您。我同时冻结呢20件，免得您超卖。"),
 c("OK 三日后我再问你", N)],
 [o,
 t("老板您好！理解您的感受。库存差异属于仓库现场团队，我们客服只负责订单咨询哦。"),
 c("咁我点联系仓库", N),
 t("您可以后台提交工单。另外麻烦仔细阅读服务条款第七条，盘点差异百分之十以内属于正常损耗。"),
 c("20件即係百分之十啊 咁即係唔赔？", N),
 t("条款不是我定的，签合同时您也同意了。还有其他可以帮您的吗？"),
 c("有 帮我揾个主管出嚟", N)]))

o = c("喂，老板，我系茂名高州嘅，种荔枝。今年想喺网上卖，嗯，想问下泡沫箱同冰袋点卖。", N)
PAIRS.append(gpair(
 "zhb26g_maoming_lychee_packaging", "Cold-chain packaging supplier, Maoming", "social_proof_or_deadline_pressure",
 "A lychee farmer selling online for the first time asks about foam boxes and ice packs.",
 [o,
 t("阿叔您好！一日大概发几多单？一箱几斤？发省内定全国？"),
 c("嗯……估计一日一百单，一箱五斤，全国都有。旧年试过发北京，到咗都烂晒。", N),
 t("远途要预冷，摘落先入冷库降到五度再装箱。五斤箱一蚊八，冰袋三毫，每箱两个。发北京建议走航空，一日半到。"),
 c("航空太贵啦，运费三十几，我一箱荔枝先卖六十蚊。", "too_expensive"),
 t("明白，咁省外先接长沙武汉呢啲两日到嘅，北京先唔接。您先拎一百套试一个礼拜，唔够再补，唔使囤几千个。"),
 c("咁都好，先拎一百套。", N)],
 [o,
 t("阿叔您好！呢款箱高州好多果农都用紧，你哋村陈老板一次订咗五千套，您都知啦？"),
 c("陈老板？唔识喎。我想问下价钱。", N),
 t("一蚊八。不过荔枝季货紧，今晚十二点前落单先保证有货，听日就涨到两蚊半。大家都抢紧，您订三千套啦？"),
 c("三千套？我一日先发一百单，唔使咁多。", "no_need"),
 t("阿叔，成条村都订好晒，您而家唔订，到时摘咗荔枝冇箱装，后悔就迟喇。"),
 c("你咁催，我都系去镇上农资店问下先。", "think_it_over")]))

o = c("你好，我女儿三年级，英语考试还行，但是不敢开口说。你们有口语课吗？", N)
PAIRS.append(gpair(
 "zhb26g_futian_kids_english_speaking", "English tutoring centre, Shenzhen Futian", "social_proof_or_deadline_pressure",
 "A mother asks by WeChat about speaking classes for her shy eight-year-old.",
 [o,
 t("您好！有的。想了解下：孩子是害羞，还是词汇不够不知道怎么说？在家会不会跟着念英语？"),
 c("主要是害羞吧，在家会跟着唱英文歌，在学校老师一点名就不说话了。", N),
 t("那小班可能比一对一合适，四到六个孩子玩游戏说，压力小。一周两次，一学期四千八。可以先免费试听一节，您在旁边看她愿不愿意开口。"),
 c("四千八有点超出我们预算了，她还在学钢琴……", "no_money"),
 t("理解。也可以一周一次，一学期两千四，慢一点。先试听，她喜欢再说。周六上午十点有一节。"),
 c("好，那周六先去试试。", N)],
 [o,
 t("您好！我们的口语课是福田最受欢迎的，您小区好多家长都报了，百分之九十五的孩子都说体验非常好。"),
 c("嗯，具体怎么上？她比较害羞。", N),
 t("完全理解！不过这周五是最后一天优惠，四千八的课程包打八折，只剩两个名额，过了就恢复原价。"),
 c("我还没看过老师上课，能先试听吗？", N),
 t("试听已经排满了。隔壁班家长都是直接报的，三年级是口语关键期，错过就很难补了。"),
 c("我回去跟她爸爸商量一下吧。", "think_it_over"),
 t("那只能帮您保留到今晚八点哦，后面还有家长在排队。")]))

o = c("你好 我们有个小家电外壳要开模 ABS 两个件 想要个报价 图纸发你了", N)
PAIRS.append(gpair(
 "zhb26g_dongguan_injection_mould_quote", "Injection moulding factory, Dongguan Chang'an", "keyword_stuffed",
 "A hardware start-up engineer wants a tooling and unit-price quote for a two-part housing.",
 [o,
 t("收到图纸。确认几点：年产量多少？外观要高光还是咬花？手板验证过结构没有？"),
 c("第一年两万套左右 咬花 手板做过了 卡扣有点紧", N),
 t("两万套用P20钢就够，不用上S136。卡扣我们做成镶件，后面好修。两个件模具费三万八，单价两块六一套。"),
 c("模具比另一家贵八千 他们报三万", "too_expensive"),
 t("要看他们用什么钢、几个模穴才好比。方便把报价单发我吗？如果是718钢，两万套也够，我按718重报一版。"),
 c("好 我发给你 你重新算个", N)],
 [o,
 t("您好！非常感谢您的信任，我们非常重视与您建立长期的合作关系，也非常理解您对成功开模的需求和感受。"),
 c("嗯 大概多少钱 几时能出", N),
 t("我完全理解您对价格和交期的需求，我们的目标就是给每位客户带来最佳的合作体验，确保项目成功。"),
 c("所以多少钱？", N),
 t("您的需求对我们非常重要！我们会在充分理解需求的基础上，为您打造成功的解决方案。请问您对目前的沟通体验满意吗？"),
 c("你说了三段都没有一个数字 我找别家了", N)]))

o = c("老板你好我系罗湖开茶馆嘅想进啲单丛鸭屎香同蜜兰香有冇样品", N)
PAIRS.append(gpair(
 "zhb26g_chaozhou_dancong_tea_wholesale", "Chaozhou tea wholesaler, Shenzhen Luohu", "keyword_stuffed",
 "A tea-house owner sends a voice message asking for samples of two dancong teas.",
 [o,
 t("老板好！有样品。您茶馆一壶卖几钱？进货主要冲泡，还是都卖散茶？"),
 c("一壶68到128 主要冲泡 偶尔客人买啲散茶返屋企", N),
 t("冲泡用建议三百到五百一斤嘅，耐泡香气稳。鸭屎香蜜兰香各寄五十克试，一斤三百八同四百二，十斤起九折。"),
 c("十斤先有九折？我一个月用唔到五斤 五斤都俾九折得唔得", "too_expensive"),
 t("得，第一次五斤都俾九折，睇下客人反应先。样品今日寄出，试完再落单。"),
 c("得 地址我打俾你", N)],
 [o,
 t("老板好！非常感谢您选择我们，我们非常注重与茶馆老板建立长期信任关系，理解您的需求是我们的使命。"),
 c("嗯 咁有冇样品", N),
 t("当然！好的体验来自对客户感受的深度理解，我们的单丛承载着潮汕文化的情感与成功。您感觉怎么样？"),
 c("我问有冇样品同价钱", N),
 t("我非常理解您了解价格的需求，请问您对今天的沟通体验满意吗？还有什么需要我可以帮您的？"),
 c("冇啦 唔该", "brush_off")]))

o = c("喂，师傅，我家空调不制冷了，就是，开了一个钟都还是热风。", N)
PAIRS.append(gpair(
 "zhb26g_shunde_aircon_repair", "Air-conditioner repair service, Foshan Shunde", "rude",
 "A woman phones because her air conditioner blows only warm air.",
 [o,
 t("阿姐您好。什么牌子，用了几年？外面那台有没有在转？"),
 c("嗯，格力的，装了六年了。外面那个好像在转，声音比平时大。", N),
 t("可能是缺氟或者电容坏了。上门检查五十，缺氟加氟两三百，电容一百二左右，先查再报价，您同意才修。"),
 c("五十块检查费……上次另一家来看了一眼收一百，什么都没修好。", "bad_experience"),
 t("明白您担心。我们修好了检查费就不另收，修不好只收五十。今天下午四点上门，方便吗？"),
 c("四点我去接小孩，五点半以后行不行？", "no_time"),
 t("可以，五点半我过去，出门前打电话给您。")],
 [o,
 t("又是空调？这几天打来的都是这个。什么牌子？"),
 c("格力的，用了六年了……", N),
 t("六年啦？那正常啦，老机器了。你要修还是换？"),
 c("我想先修……上次另一家收了一百块什么都没弄好。", "bad_experience"),
 t("那你找那家去啊，跟我说有什么用。还有什么“需求”？上门一百五，修不修都收，要不要？"),
 c("你这是什么态度？不要了！", N)]))

o = c("你好 想问下 报C2要多久能拿证 我平时要上班", N)
PAIRS.append(gpair(
 "zhb26g_guangzhou_driving_school_c2", "Driving school, Guangzhou Panyu", "rude",
 "A shy young office worker asks by chat how long an automatic-car licence takes.",
 [o,
 t("您好～ 您一般哪几天有空？工作日晚上还是周末？"),
 c("周末可以 平时晚上要加班 不太确定", N),
 t("那报周末班合适，科目二科目三都约周末，顺利三到四个月拿证。C2全包四千二，不含补考费。"),
 c("好贵啊 我朋友在别的驾校报的三千五", "too_expensive"),
 t("确实比那家高。差别是我们包接送，教练一带四，周末不用排很久。您可以先来训练场看看，周六上午有开放日。"),
 c("嗯 那我周六去看看", N)],
 [o,
 t("您好，请问您有什么需求？"),
 c("就是报C2要多久 我平时上班 周末才有空", N),
 t("周末班人多，要排队。上班族都这样，又想快又没时间。"),
 c("那…大概要多久", N),
 t("看你自己咯，笨的半年都拿不到。四千二，报不报？"),
 c("好贵啊 我朋友报的三千五", "too_expensive"),
 t("那你去你朋友那报啊。还有其他问题吗？没有我忙了。")]))

"""zhb33 gaming pairs, file b: putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude (2 each)."""
from common import c, gpair, t

PAIRS = []

o = c("你好，我是302床王阿婆的女儿，昨天去看我妈，手臂上青了一大块，你们没人跟我说。", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_carehome_bruise", "elder care home, Shanghai", "putdown_question",
 "A daughter found a large bruise on her mother's arm and nobody had told her.",
 [o,
  t("王小姐，看到一定很心疼。是左手还是右手，大概什么位置？我马上查记录。"),
  c("左手小臂，手掌那么大一块。我妈说不清怎么弄的。", None),
  t("查到了，前天夜里阿婆起夜扶床栏磕了一下，护工记了，但没通知家属，这是我们的疏漏，对不起。"),
  c("磕了都不告诉我？那我以后怎么放心。", None),
  t("您说得对。今天起床边加防撞垫和夜间感应灯，以后磕碰两小时内电话通知您。下午医生复查，结果我四点前打给您，可以吗？"),
  c("好，四点前你一定打给我。", None)],
 [o,
  t("王小姐您先别激动，老人皮肤薄，青一块很正常，您是不是太紧张了？具体怎么回事？"),
  c("正常？她手上青了一大块！", None),
  t("理解您的感受。不过您多久来看一次？一个月一次的话，很多情况您是不是本来就不太了解？"),
  c("你什么意思？我工作忙就不能关心了？", None),
  t("没别的意思，就是想了解。您说'一大块'，是不是有点夸张，能具体描述吗？"),
  c("我不跟你讲了，叫你们院长来。", None)]))

o = c("你好 我们财务软件导不出电子发票了 月底要报税 很急", None)
PAIRS.append(gpair(
 "zhb33g_nanjing_invoice_software", "accounting SaaS support, Nanjing (chat)", "putdown_question",
 "A small firm's bookkeeper cannot export e-invoices days before the tax deadline.",
 [o,
  t("您好，月底报税确实急。是点导出没反应，还是文件打不开？从哪天开始的？"),
  c("点了转圈 然后提示超时 昨天开始的 一次导三百多张", None),
  t("昨天我们更新过，批量导出有个超时问题，不是您操作的问题。先分批导，每次一百张以内能成功，技术明天中午前修好。"),
  c("分批试了 可以了 但明天中午一定要好 不然又要加班", None),
  t("好，明天十二点前修好我在这里回复您，修不好我直接打电话说明。"),
  c("ok", None)],
 [o,
  t("您好，导不出发票一般是操作问题，您确定是按手册步骤操作的吗？"),
  c("就点导出啊 一直这么用的", None),
  t("明白。那您们电脑是不是很旧了？还在用Windows7吧？具体什么情况呢？"),
  c("win10 跟电脑没关系 昨天之前都好的", None),
  t("好的。那您一次导三百多张，是不是对系统理解有点偏差？正常用户不会这样用吧？"),
  c("你们产品写着支持批量 我怎么就不正常了 叫你们主管来", None)]))

o = c("你好 我上周走你们美线海运的那票货 单号显示卡在洛杉矶清关五天了 怎么回事", None)
PAIRS.append(gpair(
 "zhb33g_yiwu_freight_customs", "freight forwarder, Yiwu (WeChat)", "not_my_department_or_read_the_terms",
 "A small Amazon seller's sea shipment has been stuck in US customs for five days.",
 [o,
  t("您好，我查一下。单号发我？是FBA仓还是海外仓？"),
  c("YW2311089 亚马逊仓 再不到要断货了", None),
  t("查到了，这票被海关抽中查验，同柜三十多票都在等。查验一般五到十个工作日，我今天找美国清关行要预计放行时间，下午五点前回您。"),
  c("查验费要我出吗 之前别家查验收了我八百多美金 事先一句没说", "bad_experience"),
  t("按合同第七条实报实销，有海关账单才收，下午一起把账单预估发您，您确认再扣。怕断货的话，我也可以帮您算一票空运先补一小批。"),
  c("先等你五点消息 空运的话再说", "think_it_over")],
 [o,
  t("您好，清关是美国海关的事，不是我们部门能管的哦。"),
  c("你们是货代啊 总得帮我问问吧", None),
  t("理解您的心情。合同里写了清关时效不做承诺，您签的时候应该看过条款吧？"),
  c("我就问大概什么时候能放 还有查验费谁出", None),
  t("查验费归财务管，您找财务。时效我也没办法，规定不是我定的。还有什么其他需要吗？"),
  c("行 下批货不走你们了", None)]))

o = c("你好，嗯，我爸刚才拿药，那个，医保卡刷了全是自费，四百多，这怎么回事？", None)
PAIRS.append(gpair(
 "zhb33g_hangzhou_hospital_insurance", "hospital outpatient cashier, Hangzhou", "not_my_department_or_read_the_terms",
 "A son asks why his father's out-of-province medical card was charged as self-pay.",
 [o,
  t("您别急，我帮您看。单子给我看下？叔叔是杭州医保还是外地的？"),
  c("外地的，安徽，上个月才过来跟我住。", None),
  t("原因在这：外地医保要先在安徽备案异地就医，没备案刷卡只能自费。这四百多不白花，备案后拿发票和明细回安徽能报。"),
  c("那备案怎么弄，要回去一趟吗？我上班请不出假。", None),
  t("不用回去，'国家医保服务平台'App就能备案，十分钟。我现在陪您在手机上弄，今天备好，下次来直接刷。"),
  c("好，那麻烦你了。", None)],
 [o,
  t("您好，医保报销不归我们收费处管，您去医保办问吧。"),
  c("医保办在哪？我跑了一上午了。", None),
  t("门诊楼五楼，不过他们中午下班。其实刷卡须知墙上都贴着，您看过吗？"),
  c("我爸外地医保，刚过来，谁知道这些？", None),
  t("外地的那就不是我们医院的事了，规定也不是我定的。还有其他问题吗？"),
  c("算了算了，跟你说不清。", None)]))

o = c("您好，看了您发的古北那套两房，想问一下产证年限和满五唯一的情况，另外税费大概多少。", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_gubei_resale", "property agency, Shanghai (resale, WeChat)", "social_proof_or_deadline_pressure",
 "A careful buyer, talking to several agencies, asks about title age, taxes and fees.",
 [o,
  t("您好！产证2016年，满五，但业主名下还有一套，不算唯一，个税按差额20%或总价1%。您是首套吗？打算贷多少？"),
  c("首套，贷六成。另外两家中介也在带我看同小区，你们中介费多少？", None),
  t("我们1%，合同写明不含其他服务费。您既然在比几套，我把这套和隔壁楼两套的成交价、税费拉个表，到手总价一目了然。"),
  c("好，表格发我。价格能谈吗？我不急，想再等等看。", "think_it_over"),
  t("能谈一点，业主在换房。您不急没关系，表今晚发您，想复看再约我。"),
  c("好的，谢谢。", None)],
 [o,
  t("您好！满五，税费不多的。不过说实话，这小区这个月已经成交四套，好房子几天就没了。"),
  c("我想先确认是不是满五唯一，税费到底多少。", None),
  t("税费都是小事！今天上午已经两组客户看过，有一组在谈价，您今天下午不付意向金，明天可能就没了。"),
  c("我在比几家中介，不会今天就定的。", "think_it_over"),
  t("您同事邻居很多都在我们这买的，都说早买早安心。业主只给留到晚上六点，过了要涨五万。"),
  c("你这样我更不放心了，合同我要拿回去让律师看。", "think_it_over")]))

o = c("你们那个年卡多少钱 我就是想练练腰 久坐腰疼", None)
PAIRS.append(gpair(
 "zhb33g_hangzhou_gym_backpain", "gym, Hangzhou (chat)", "social_proof_or_deadline_pressure",
 "An office worker with a sore back from sitting asks the price of a yearly card.",
 [o,
  t("您好 腰疼多久了 看过医生吗 是腰肌劳损还是椎间盘的问题"),
  c("半年了 医生说腰肌劳损 让多练核心", None),
  t("那核心训练合适 不一定要年卡 有十次私教体验包 先学会动作 在家也能练 一千二"),
  c("一千二有点多 小区旁边那家才八百", "too_expensive"),
  t("那家也可以问问 主要看教练有没有康复背景 我们陈教练是康复方向的 您先上一节免费课 觉得值再买"),
  c("好 周六下午有空伐", None),
  t("周六下午四点 给您约陈教练 穿运动鞋就行")],
 [o,
  t("您好 年卡原价四千八 今天活动两千九 只剩最后三个名额了"),
  c("我是腰疼 想问问适不适合", None),
  t("特别适合！我们好多会员腰疼 练了都好了 您楼上楼下的白领都在我们这办的卡"),
  c("两千九我要想想 先问问医生再说", "think_it_over"),
  t("活动今晚十二点结束哦 明天恢复四千八 别人都抢着办 您犹豫一下就多花两千"),
  c("这样催 我更不想办了 拉倒", None)]))

o = c("李经理您好，我上季度组合净值跌了6%，想了解一下具体原因，以及后续是否需要调整。", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_private_bank_review", "private banking, Shanghai (corporate WeChat)", "keyword_stuffed",
 "A business owner asks why his portfolio fell 6% last quarter and whether to adjust.",
 [o,
  t("张总您好，拆开看：两只港股基金合计拖累-4.8%，债券部分是正的。当初说这笔钱五年内不用，现在有变化吗？"),
  c("还是五年内不用，但我太太看到亏钱有点焦虑。", None),
  t("明白，钱不急用，家里更在意波动。可以把港股从30%降到15%，波动小些，长期收益也会低一点。约您和太太一起，我把两种方案的历史回撤画给你们看？"),
  c("可以，这周四晚上视频。调仓有没有赎回费？", None),
  t("有两只持有不满一年，赎回费0.5%，约三千元。周四我把费用明细一起列出来，你们再定调不调。"),
  c("好的，周四见。", None)],
 [o,
  t("张总您好！非常理解您的感受，我们始终重视与您的长期关系，您的成功就是我们的成功。"),
  c("谢谢。我想知道具体是哪部分跌了。", None),
  t("您的需求我完全理解。市场有波动，但我们的服务体验和专业陪伴始终如一，我们一起度过，共同成功。"),
  c("我问的是哪几只基金跌了，跌了多少。", None),
  t("感谢您的信任与分享，我深刻感受到您对财富成长的需求，我们会持续关注，创造更好的投资体验。您对我们的服务满意吗？"),
  c("不太满意。持仓明细发我邮箱吧，就这样。", "brush_off")]))

o = c("喂，你好，我们昆山厂里车间wifi老是断，扫码枪一断就没法出库，嗯，你们能不能来看看？", None)
PAIRS.append(gpair(
 "zhb33g_kunshan_factory_wifi", "business telecom and network services, Kunshan (phone)", "keyword_stuffed",
 "A factory manager's warehouse Wi-Fi drops and scanners stop working.",
 [o,
  t("可以的。车间多大？现在装了几个AP？是整片断还是某几个角落？"),
  c("嗯，四千平，装了六个，主要是仓库货架那边，货架是铁的，很高。", None),
  t("铁货架挡信号很常见。先派工程师带测试仪做信号勘测，出热力图看哪里补AP。勘测费五百，后面安装抵扣。"),
  c("行。不过之前另一家来看过，看了半天没下文，装完还是断。", "bad_experience"),
  t("所以这次给书面勘测报告，写清补几个AP、放哪、多少钱，您拿报告找谁装都行。周三上午还是周四上午？"),
  c("周四上午吧，九点，我们八点半开早会。", None)],
 [o,
  t("您好！非常感谢您的信任，我们非常理解您对稳定网络体验的需求，也非常重视与贵厂的合作关系。"),
  c("嗯，那个，就是你们能不能来看一下？", None),
  t("当然！我们的使命就是成就客户的成功，为您打造极致的连接体验。请问您现在的感受是怎样的？"),
  c("感受……就是断啊，扫码枪用不了。啥时候能来？", None),
  t("完全理解您的感受和需求。我们以客户为中心，全方位满足您的期待。您对今天的沟通满意吗？"),
  c("你到底派不派人来？不派我找别家了。", None)]))

o = c("小张，阿拉屋里厢瓷砖讲好上礼拜贴好的，今朝还没动，哪能回事体啦？", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_tiling_delay", "home renovation, Shanghai", "rude",
 "An older Shanghainese client asks why tiling promised last week has not started.",
 [o,
  t("阿姨，对不起，是拖了。您选的灰色砖断货，厂家讲礼拜五到，我应该早点跟您讲。"),
  c("断货侬早点讲呀，我还请了假在屋里等。", None),
  t("是我没讲清楚，害您白等。两个办法：等礼拜五到货，礼拜六开工；或者换同系列浅灰，明天就贴。两款照片发您看看？"),
  c("浅灰的……我要问问阿拉女儿，伊讲要深一点的。", "think_it_over"),
  t("好，不急，问好晚上告诉我。要等礼拜五的话，礼拜六七点半我带师傅到，工期顺延写进补充协议您签字。"),
  c("好，晚上回侬。", None)],
 [o,
  t("阿姨，瓷砖断货又不是我能控制的，您急也没用啊。"),
  c("断货侬讲一声呀，我请了假等了一天。", None),
  t("我一天跑七八个工地，哪有空一个个打电话？您自己不会在群里问吗？"),
  c("侬迭个态度啥意思？", None),
  t("我态度怎么了？实在不行换个颜色呗，浅灰明天就能贴，别挑来挑去的嘛。"),
  c("合同上写好深灰色的，我要跟侬老板讲。", None)]))

o = c("你好 我的快递显示已签收 但我没收到 放哪了", None)
PAIRS.append(gpair(
 "zhb33g_hangzhou_parcel_missing", "courier station, Hangzhou (chat)", "rude",
 "A customer's parcel shows as signed for but never arrived.",
 [o,
  t("您好，抱歉添麻烦了。发下单号后四位和楼号，我查签收照片。"),
  c("8821 西溪花园7幢", None),
  t("查到了，快递员放在7幢旁边丰巢但没发取件码，是我们的问题，十分钟内补发到您手机。"),
  c("好 我晚上十点才到家 柜子会超时收费吗", None),
  t("不会，超时费我们承担，取件码48小时有效。晚上取不到就回复这里，我安排明天送上门。"),
  c("行 谢谢", None)],
 [o,
  t("显示签收就是签收了，您家里人没拿吗？"),
  c("我一个人住 没人拿", None),
  t("那您自己找找楼下快递柜呗，这种问题每天几百个。"),
  c("找过了 没有 能不能查下签收照片", None),
  t("单号呢？不发单号我怎么查，这不浪费大家时间吗。"),
  c("8821 你态度能不能好点 我要投诉", None)]))

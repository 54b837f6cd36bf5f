"""zhb44 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, t, rpair

PAIRS = []

# f01 argues with the customer
o = c("你好，我想贷五万装修店面，利息多少？", None)
t1 = t("您好，经营贷年利率三点八五，按您的流水应该能批。大概用多久？")
c1 = c("一年吧。不过我手机上那个借钱软件说日息才万分之五，比你们便宜吧？", "too_expensive")
t3 = t("五万借一年，我们这利息一千九百多，随借随还，提前还不收钱。材料是执照、身份证和半年流水。")
c3 = c("流水我手机上能导出来，明天拿来。", None)
PAIRS.append(rpair("zhb44r_f01_bank_shop_loan_vs_app",
 "Shop owner compares the branch loan with a lending app's daily rate. Fault in worse: the officer argues ('you must have misread it') instead of converting the rate for him.",
 [o, t1, c1, t("日息万分之五听着少，折成年利率是十八左右，比三点八五高四倍多。您打开软件看看写的年化利率。"),
  c("我看看……还真是，年化十八。", None), t3, c3],
 [o, t1, c1, t("不可能比我们便宜，您肯定看错了，那些软件都是骗人的，别信。"),
  c("我手机上写着呢，你凭啥说我看错？", None), t3, c3]))

# f02 doubts the customer's honesty
o = c("你好，我家电费这个月两百多，可我们全家回老家一个月，家里没人啊。", None)
t1 = t("那是不对劲。户号给我，我看下每天的用电曲线。")
c1 = c("户号在这。我们腊月二十走的，正月二十才回来。", None)
t3 = t("电热水器一直保温，一天五六度很正常，加上冰箱就差不多了。电表也可以免费校验，要约一下吗？")
c3 = c("那就不用校了，是我们自己忘了关。", "no_need")
t4 = t("下回出远门把热水器插头拔了就行。这个月的电费退不了，往后心里有数。")
PAIRS.append(rpair("zhb44r_f02_power_hall_bill_while_away",
 "A family away for a month got a 200-yuan power bill. Fault in worse: the clerk suggests the customer secretly let relatives stay there.",
 [o, t1, c1, t("那一个月每天都用八九度，很平稳，像是有电器一直开着。冰箱、热水器、鱼缸有没有没关的？"),
  c("冰箱开着……热水器好像没拔！", None), t3, c3, t4],
 [o, t1, c1, t("每天都用八九度，这可不像没人。您确定家里真没人？是不是借给亲戚住了？"),
  c("你这是啥意思？我还骗你不成？……冰箱开着，热水器好像也没拔。", None), t3, c3, t4]))

# f03 drops the price before asking anything
o = c("我想把家里宽带停了。", None)
t2 = t("我看下您家线路……光猫是五年前的老型号，晚上人多容易掉线。免费给您换新的，明天师傅上门。")
c2 = c("换了要是还掉呢？我都报修过两回了。", "bad_experience")
t3 = t("换了一周内还掉，您来找我，直接给您停，不收违约金。我写在工单上。")
c3 = c("那行，先换了试试。", None)
PAIRS.append(rpair("zhb44r_f03_telecom_hall_broadband_cancel",
 "A customer wants to cancel home broadband because it drops during the child's online classes. Fault in worse: a 30% discount is offered before asking why.",
 [o, t("好的，能问一下是啥原因吗？网不好，还是搬家了？"),
  c("网老掉线，晚上孩子上网课卡得不行。", None), t2, c2, t3, c3],
 [o, t("别停啊，我给您打七折，一个月只要五十五！"),
  c("不是钱的事……网老掉线，晚上孩子上网课卡得不行。", None), t2, c2, t3, c3]))

# f04 an unasked lecture
o = c("我从厂里辞职了，自己开了个小店，养老保险还能接着交吗？", None)
t1 = t("能，按灵活就业人员交。您之前在厂里交了几年？")
c1 = c("交了八年，停了大半年了。", None)
t3 = t("可以先按最低档只交养老。停的这大半年能补就一次补上，补不了也不影响之前的八年。")
c3 = c("那先按最低的交。在哪办？", None)
t4 = t("手机上社保app就能登记，我现在带您弄，扣款绑您自己的卡。")
PAIRS.append(rpair("zhb44r_f04_community_desk_flexible_pension",
 "A former factory worker who opened a shop asks to keep paying his pension contributions. Fault in worse: an unasked lecture about young people not valuing social insurance.",
 [o, t1, c1, t("八年都还在，接着交年限累计。缴费档次可以自己选，最低一个月八百多。"),
  c("八百多……店刚开，有点吃力。", "no_money"), t3, c3, t4],
 [o, t1, c1, t("停了大半年啊？你们年轻人就是不把社保当回事，等老了就后悔了。最低一个月八百多。"),
  c("我又不是不交，这不来了吗……八百多，店刚开有点吃力。", "no_money"), t3, c3, t4]))

# f05 a vague next step
o = c("物业，我6栋301的，卫生间往楼下渗水，楼下天花板黄了一块，人都找上门了。", None)
t2 = t("先别用那个卫生间洗澡。多半是地漏或防水层的问题，要做闭水试验才知道是哪。")
c2 = c("要多久？我家就一个卫生间，总不能一直不洗澡吧。", None)
t4 = t("查出来是防水层坏了得重做，那是您家出钱；是公共管道的问题，物业出钱。")
c4 = c("重做防水得多少钱？之前装修那家做的就不行。", None)
PAIRS.append(rpair("zhb44r_f05_property_bathroom_leak_downstairs",
 "An owner's bathroom leaks into the flat below. Fault in worse: the next step is 'we will arrange it as soon as possible and let you know' with no time or person.",
 [o, t2, c2, t("四十八小时。明天上午九点维修工老李来放水，后天九点看结果，我也通知楼下那天在家。"),
  c("行，明天九点我在家。", None), t4, c4],
 [o, t2, c2, t("一两天吧。我们会尽快安排师傅，有消息了再通知您。"),
  c("尽快是哪天？楼下天天来敲门，我总得给人家个说法。", None), t4, c4]))

# f06 over-promises
o = c("你好，我要寄录取材料到兰州，后天下午截止，来得及吗？", None)
t1 = t("我看看，从这到兰州普通EMS一般两到三天。")
c1 = c("两到三天？那不是悬了吗。", None)
t3 = t("时间要紧。另外建议您把材料扫描一份，先发邮件给学校招生办，说纸质件在路上，单号也给他们。")
c3 = c("对啊，我咋没想到，我现在就发。", None)
PAIRS.append(rpair("zhb44r_f06_post_office_deadline_documents",
 "A student must get admission papers to Lanzhou within two days. Fault in worse: the clerk guarantees next-day arrival and offers to pay if late.",
 [o, t1, c1, t("是悬，我不敢保证后天一定到。要稳的话今天四点前交给我，走次日达，明天到的可能性很大，二十八块。"),
  c("二十八，比普通的贵一倍啊。", "too_expensive"), t3, c3],
 [o, t1, c1, t("放心，走我们次日达，明天肯定到，二十八块，到不了我赔你。"),
  c("真能保证啊？那就寄次日达。", None), t3, c3]))

# f07 closes before checking it works
o = c("师傅，宽带装好了没？我收银机和那个收款音箱都得连上。", None)
t1 = t("线接好了，光猫灯都正常。收银机在哪？")
c1 = c("在柜台那，音箱在旁边。", None)
t3 = t("您这音箱只认二点四G的Wi-Fi，我单独设了一个，名字和密码贴在光猫上了。")
c3 = c("行，那月费从哪天算？", None)
t4 = t("从今天算，每月一号扣。有问题打单子上的电话，这片都是我负责。")
PAIRS.append(rpair("zhb44r_f07_broadband_install_shop_pos",
 "An installer finishes broadband at a small shop whose till and payment speaker must work. Fault in worse: he asks for the sign-off before testing the payment speaker.",
 [o, t1, c1, t("我先连收银机，再用您手机扫一分钱试试，音箱报出来才算装好。"),
  c("好……叮，报了，“收款一分”！", None), t3, c3, t4],
 [o, t1, c1, t("网通了就没问题，您先在完工单上签个字，收银机回头自己连就行。"),
  c("签是签……你不试一下？上回别家装的，人一走音箱就连不上了。", "bad_experience"), t3, c3, t4]))

# f08 recommends before asking
o = c("你好，我想办张信用卡。", None)
t2 = t("那办普卡就够，没年费。提醒您一句，信用卡取现利息高，看病直接刷卡，别取现。")
c2 = c("额度能有多少？我在工地干，没有工资流水。", None)
t3 = t("没流水的话开始可能就几千。工资按月打卡的话，半年后能申请提额。")
c3 = c("几千也行，先办着吧。", None)
PAIRS.append(rpair("zhb44r_f08_bank_credit_card_for_emergencies",
 "A construction worker wants a credit card for emergencies after his father's hospital stay. Fault in worse: a premium card is pitched before asking what it is for.",
 [o, t("好的。主要想用来干啥？网购、加油，还是应急？"),
  c("主要是应急，上回老家我爸住院，一下拿不出钱。", None), t2, c2, t3, c3],
 [o, t("好的，推荐我们的白金卡，额度高，机场贵宾厅、酒店权益都有。"),
  c("那些我用不着……就是应急，上回老家我爸住院，一下拿不出钱。", "no_need"), t2, c2, t3, c3]))

# f09 unexplained jargon
o = c("同志，我老伴住院要做手术，大概花三万，医保能报多少？", None)
t1 = t("阿姨，他是职工医保还是居民医保？退休前单位给交吗？")
c1 = c("单位交的，他退休了。", None)
t3 = t("出院时在病房就直接结算，不用先垫全款，押金多退少补。")
c3 = c("押金要交多少？我得叫儿子转钱过来。", None)
PAIRS.append(rpair("zhb44r_f09_hospital_insurance_window_surgery",
 "An older woman asks how much of her husband's 30,000-yuan operation insurance will pay. Fault in worse: the answer is in insurance jargon she cannot follow.",
 [o, t1, c1, t("退休职工报得多。头一千二自己出，剩下的医保报八成多，有些进口材料自己付。三万估计自己出五千左右。"),
  c("五千……还行，比我想的少。", None), t3, c3],
 [o, t1, c1, t("职工医保起付线一千二，退休人员统筹支付比例百分之八十八，乙类先行自付百分之十，按DRG结算。"),
  c("你说的啥线啥统筹，我听不懂，你就说我们自己掏多少？", None), t3, c3]))

# f10 talks about themselves
o = c("我想给孩子攒点上大学的钱，三年后用，存啥好？", None)
t1 = t("三年后一定要用，那保本、到期能取出来最要紧。每个月大概能存多少？")
c1 = c("每月能攒两千吧，生意好的时候多点。", None)
t3 = t("给您算个数：零存整取三年，每月两千，本金七万二，利息一千多点。")
c3 = c("才一千多啊……我再去别家比比。", "think_it_over")
t4 = t("应该比。别家说保本收益高很多的，您问清楚“保本”是不是写在合同里。")
PAIRS.append(rpair("zhb44r_f10_bank_savings_for_child_university",
 "A shop owner wants to save 2,000 yuan a month for her child's university in three years. Fault in worse: the adviser talks about his own career and his own son's fund instead of her goal.",
 [o, t1, c1, t("每月两千可以做零存整取，或者每月存一笔定期，都保本。收益比理财低点，到时候一分不少。"),
  c("低点没事，别亏就行。", None), t3, c3, t4],
 [o, t1, c1, t("我干这行十五年了，我儿子上大学的钱就是我一手规划的，那时候我买的基金加定投，后来……"),
  c("那是你家……我这钱可亏不起。", None), t3, c3, t4]))

"""zhb33 gaming pairs, file c: ignored_customer, repeated_questions, wrong_paraphrase,
pitch_to_upset, blame (2 each)."""
from common import c, gpair, t

PAIRS = []

o = c("老师好，孩子高一，英语还行，就是最近晚上一点才睡，作业写不完，我想问问你们的课会不会更累。", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_english_overload", "English tutoring school, Shanghai", "ignored_customer",
 "A parent whose Year 10 child sleeps at 1 a.m. asks whether a class would add to the load.",
 [o,
  t("您好，您最担心的是孩子睡眠和负担，对吧？作业主要卡在哪科？英语作业要多久？"),
  c("英语半小时就写完了，主要是数学物理磨蹭。", None),
  t("那英语不是他现在最需要补的，再加英语课只会更挤。说实话，先跟学校老师聊聊作业量可能更管用。"),
  c("你们不是英语机构吗，还让我先去找老师？", None),
  t("我们也有理科老师，但不想您花了钱孩子更累。您先跟班主任聊，两周后还需要的话，我安排一次免费理科答疑试听。"),
  c("行，那我先去问问，谢谢您说实话。", "think_it_over")],
 [o,
  t("您好！想先了解一下，您对孩子英语的期望是什么呢？"),
  c("英语还行，我主要担心他太累，睡不够。", None),
  t("明白。我们推荐高一每周三次精品小班，每次两小时，配练习册，很多孩子一学期提二十分。"),
  c("一周三次？他现在一点才睡，哪有这个时间。", "no_time"),
  t("好的。那您觉得孩子英语现在的薄弱点是什么？阅读还是写作？"),
  c("我刚说了英语不是问题……", "no_need"),
  t("理解！精品班阅读写作都覆盖，这周报名送二十课时录播课，睡前可以看。"),
  c("算了，不用了。", "no_need")]))

o = c("王经理好，我们想下一批保温杯，首单量不大，大概500个，另外能否接受尾款见提单付？", None)
PAIRS.append(gpair(
 "zhb33g_yongkang_vacuum_flask_moq", "drinkware factory export sales, Yongkang (WeChat)", "ignored_customer",
 "A small foreign-trade buyer asks for a 500-piece trial order and balance against bill of lading.",
 [o,
  t("您好！500个可以做，标准起订1000，500个单价高0.6元左右。这是试单吗？后续量大概多少？"),
  c("是试单，卖得好每月两三千。单价高点可以接受。", None),
  t("明白，试单500、后续每月两三千。付款可以30%定金，70%见提单复印件付。杯身印刷是丝印还是激光？影响交期。"),
  c("激光，交期最好30天内。", None),
  t("激光30天可以。今天把PI发您，写清单价、付款方式和交期，您核对。"),
  c("好的，收到后我找老板审一下再回您。", "think_it_over")],
 [o,
  t("您好！请问您这次采购的主要需求是什么呢？"),
  c("500个保温杯，尾款见提单付，这两点能接受吗？", None),
  t("好的！我们起订1000个，付款100%预付，这是公司规定。"),
  c("我刚说了首单只要500个，全款预付我们资金压不住。", "no_money"),
  t("理解您的关切！那您对颜色和logo有什么需求？我们有二十种颜色。"),
  c("颜色以后再说，起订量和付款方式你还没回答我。", None),
  t("好的，那我先按1000个给您做份报价，您看一下。"),
  c("那不用发了，我找别家吧。", None)]))

o = c("你好 想给我爸请个上门护工 他中风后左边不太能动 我白天上班", None)
PAIRS.append(gpair(
 "zhb33g_hangzhou_home_carer", "home care agency, Hangzhou (chat)", "repeated_questions",
 "A son needs a daytime home carer for his father after a stroke.",
 [o,
  t("您好 叔叔现在能自己坐起来吗 吃饭上厕所要人帮吗"),
  c("能坐 吃饭自己可以 上厕所要扶 晚上我在家", None),
  t("那白天主要扶如厕 陪做康复动作 做午饭 八小时居家护理员合适 一个月六千五左右 康复师每周上门两次另算"),
  c("六千五还行 康复师多少钱 医保能报吗", None),
  t("康复师一次两百 医保不报 不过杭州有长护险 叔叔评上失能等级每月有补贴 我先帮您申请评估"),
  c("好 先申请评估 护工下周一能来吗", None),
  t("可以 周一早上八点到 第一周算试用 不合适随时换人")],
 [o,
  t("您好 想先了解一下 叔叔目前的主要需求是什么呢"),
  c("左边不能动 白天要人扶上厕所 做饭", None),
  t("明白 那您觉得叔叔最需要的帮助是哪方面呢"),
  c("刚说了啊 上厕所和做饭", None),
  t("好的 再确认一下 叔叔日常生活中有哪些方面需要协助呢"),
  c("。。。你是机器人吗", None),
  t("不是的 只是想充分了解您的需求 您希望护工主要帮叔叔做什么呢"),
  c("算了 我问问别家", None)]))

o = c("喂？哪位？嗯……车险续保是吧，我现在在开会，长话短说。", "no_time")
PAIRS.append(gpair(
 "zhb33g_suzhou_motor_renewal", "car insurance renewal, Suzhou (outbound call)", "repeated_questions",
 "A renewal call reaches a driver in a meeting; he had one claim last year.",
 [o,
  t("好的，就一分钟。您车险下月5号到期，今年还是跟去年一样的保障，还是要调整？"),
  c("一样吧。去年出过一次险，今年是不是要涨？", None),
  t("对，出险一次会涨一点，大概从4300到4700。报价我发短信，您开完会看，明天下午再打给您，可以吗？"),
  c("明天下午不行，后天上午吧。", "no_time"),
  t("好，后天上午十点打给您，报价单现在发短信。"),
  c("好，挂了。", None)],
 [o,
  t("您好！耽误您一分钟，请问您对今年续保有什么需求呢？"),
  c("跟去年一样就行。", None),
  t("好的，那您希望今年的保障方案是怎样的呢？"),
  c("我说了，一样。", None),
  t("明白！那您对保障内容有没有什么想调整或者想保持的？"),
  c("一样一样！你发个短信吧。", "brush_off"),
  t("好的，最后再确认一下，您今年续保的主要考虑是什么呢？"),
  c("我挂了。", None)]))

o = c("小伙子，我虹口有套一室户要出租，上趟租给别人弄得一塌糊涂，这趟想寻个靠谱点的。", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_landlord_listing", "property agency, Shanghai (landlord side)", "wrong_paraphrase",
 "A retired landlord burned by a bad tenant wants to let his flat to someone reliable.",
 [o,
  t("爷叔好，上趟租客弄坏了啥？墙面家具，还是拖房租？"),
  c("两样都有！房租拖了三个月，墙上打了交关洞。", None),
  t("晓得了，最怕拖租和弄坏房子。签约前查租客征信和工作证明，合同写押二付一，损坏照交接单扣。我们也有托管，您要伐？"),
  c("押二付一好的。托管不要，我自己管得过来。", "no_need"),
  t("好，不托管。我这礼拜上门拍照挂牌，交接单模板先给您看，哪里不放心就改。"),
  c("礼拜三下半天来好了。", None)],
 [o,
  t("爷叔好！我听下来，您是想把房子交给我们全权托管，省心省事，对伐？"),
  c("我没讲托管，我讲要寻个靠谱的租客。", None),
  t("明白，那您的意思是租金不重要，只要快点租出去，我理解得对伐？"),
  c("啥人讲租金不重要啦？", None),
  t("好的好的，那我总结一下：您希望托管五年，租金每年固定，我们负责翻新，对伐？合同我拿出来您看看。"),
  c("侬一句也没听进去。我自己挂网上去。", None)]))

o = c("你好 我们天猫店 现在订单多了 excel对不过来库存 想看看你们erp", None)
PAIRS.append(gpair(
 "zhb33g_hangzhou_ecommerce_erp", "e-commerce ERP software, Hangzhou (chat)", "wrong_paraphrase",
 "An online shop's ops lead keeps overselling across two platforms and looks at an ERP.",
 [o,
  t("您好 每天大概多少单 几个仓 除了天猫还有别的平台吗"),
  c("一天五六百单 一个仓 还有抖音店 两边库存老是超卖", None),
  t("明白 一个仓 天猫加抖音 主要是两边库存不同步导致超卖 对吗"),
  c("对 就是这个 其他功能暂时用不上", None),
  t("那基础版够了 支持两平台库存同步 一年三千六 先开14天试用 两个店都接上跑一周 看超卖解决没有再定"),
  c("可以 试用账号发我", None)],
 [o,
  t("您好 我理解一下 您是想做多仓多平台的全渠道管理 对吧"),
  c("不是 就一个仓 天猫和抖音", None),
  t("明白 所以您需要财务 采购 仓储一体化 全部打通 对吧"),
  c("我只说了库存同步", None),
  t("好的 总结一下 您需要的是我们旗舰版 带财务模块和多仓 一年两万八 没理解错吧"),
  c("两万八？？ 就一个库存同步 要这么多 不用了", "too_expensive")]))

o = c("你好……我老伴上个月走了，那个，他卡里还有点钱，我不知道要怎么取出来。", None)
PAIRS.append(gpair(
 "zhb33g_nanjing_bank_bereavement", "bank branch, Nanjing", "pitch_to_upset",
 "A recently widowed woman asks how to withdraw money from her late husband's account.",
 [o,
  t("阿姨，节哀。您先坐，慢慢说。叔叔的卡是在我们行开的吧？带了哪些材料？"),
  c("带了他身份证，死亡证明……户口本忘了。", None),
  t("没关系，今天先把材料核一遍列个清单。继承取款一般要死亡证明、户口本、所有继承人身份证，子女要到场或者公证。"),
  c("我儿子在深圳，过来一趟不容易。", None),
  t("儿子可以在深圳做委托公证寄过来，不用跑。清单和我的电话写给您，材料齐了提前一天打给我，我帮您预约不用排队。"),
  c("好，好，谢谢你啊姑娘。", None)],
 [o,
  t("阿姨，节哀顺变，非常理解您现在的心情。请问叔叔卡里大概有多少呢？"),
  c("好像……二十几万吧，我也不清楚。", None),
  t("明白。这个时候更要为自己的未来规划，我们有款养老年金保险，每月领钱，很适合您现在的情况。"),
  c("我现在脑子乱的，不是说这个的时候，就想先把手续办了。", "no_time"),
  t("手续肯定帮您办。钱取出来放着也会贬值，您看是放年金还是存三年期？一起办了省得跑两趟。"),
  c("我不要买什么东西，我老伴刚走……", "no_need"),
  t("我理解您的需求。那我先给您留个资料，您回去跟子女商量一下？"),
  c("你们这里我不想再来了。", None)]))

o = c("你们家的橱柜装了才三个月，水槽下面柜门全部起泡了，我真的气死了！", None)
PAIRS.append(gpair(
 "zhb33g_shanghai_cabinet_complaint", "kitchen cabinet brand after-sales, Shanghai", "pitch_to_upset",
 "An angry owner's three-month-old kitchen cabinets are blistering under the sink.",
 [o,
  t("三个月就起泡，换谁都生气，对不起。能拍几张照片吗？是柜门边缘还是底板？水槽下面有没有漏水？"),
  c("照片发你了。底板也软了，我检查过没漏水。", None),
  t("看到了，底板封边开胶，水汽进去才起泡，三个月出现属于质量问题，在五年质保内。周四安排师傅上门，柜门和底板免费换新。"),
  c("周四我不在家，周末可以吗？", "no_time"),
  t("可以，周六上午九点到十一点，师傅出发前一小时打给您。换好后我回访一次看有没有再起泡。"),
  c("行吧，这次别再出问题了。", None)],
 [o,
  t("非常理解您的感受！其实起泡是因为普通款用颗粒板，我们新出的防水多层实木款完全不会这样。"),
  c("我不管什么款，我要你们把我的修好！", None),
  t("明白！修要看保修，不过我建议直接升级，现在以旧换新补贴一千，只要补差价三千八。"),
  c("我凭什么再掏三千八？三个月就坏的东西，不换！", "no_need"),
  t("您想想，升级后十年都不用担心，很多客户都选升级，体验完全不一样。"),
  c("我要投诉，叫你们售后主管来。", None)]))

o = c("你好 我买的会计课 登不进去了 一直说账号异常 我下周就考试", None)
PAIRS.append(gpair(
 "zhb33g_wuxi_online_course_login", "online exam-prep courses, Wuxi (chat)", "blame",
 "A learner locked out of a paid accounting course a week before the exam.",
 [o,
  t("您好 下周考试确实急 是不是换了手机或者在几台设备上登过 提示是哪几个字"),
  c("换了新手机 提示设备超限", None),
  t("明白 每个账号限三台设备 新手机算第四台 是我们提醒不够清楚 我现在把旧设备解绑 您再登一下"),
  c("可以了 能登了", None),
  t("好的 以后换设备在 我的-设备管理 里能自己解绑 考前再有问题直接找我 祝考试顺利"),
  c("谢谢", None)],
 [o,
  t("您好 账号异常一般是用户把账号借给别人登了 您有没有借给别人用呢"),
  c("没有 我就换了个手机", None),
  t("那就是您的问题了 购买协议写了限三台设备 您没看吧 对这个规则有什么疑问吗"),
  c("我哪知道 你们也没提醒", None),
  t("页面上都写了的哦 是您没仔细看 自己去设备管理解绑就行 还有什么可以帮您的吗"),
  c("解绑按钮是灰的点不了 我要退款", None)]))

o = c("老板，我上个月在你这买的稻种，嗯，出苗才一半，那个，十五亩地，你说怎么弄？", None)
PAIRS.append(gpair(
 "zhb33g_yancheng_rice_seed", "seed and farm supply shop, Yancheng", "blame",
 "A rice farmer reports only half his seed came up across fifteen mu.",
 [o,
  t("出苗一半，损失不小。哪天播的？播前浸种催芽了吗？那几天天气怎么样？"),
  c("五月十号播的，浸了两天。那几天降温，夜里就十二三度。", None),
  t("降温有影响，但同一批种子别人也反映出苗差，我不敢说全是天气。我把批号报种子公司，请农技站下来看田，是质量问题公司赔。"),
  c("那补种来得及伐？再拖就晚了。", None),
  t("现在补来得及。我先赊给您十五亩的补种种子，等鉴定出来再算，是种子的问题就不收钱。"),
  c("那好，明天一早我来拿。", None)],
 [o,
  t("出苗不好一般是管理问题，您浸种时水温控制了吗？"),
  c("浸了两天，跟往年一样弄的。", None),
  t("那几天降温您没盖膜吧？别人家出苗都挺好，是不是您田里排水没弄好？"),
  c("我种了二十年地了，往年都好好的。", None),
  t("种二十年也会出问题嘛。要补种的话我这有新到的杂交稻，出苗率高，贵一点，您要不要？"),
  c("你这的种子我不敢再买了。", "bad_experience")]))

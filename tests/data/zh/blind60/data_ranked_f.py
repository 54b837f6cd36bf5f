"""Ranked pairs f01-f10 (both sides share every turn but one fault in `worse` and the reaction to it),
hand-written by the zh_blind60 writer."""
from common import c, rpair, t

PAIRS = []

# f01 Shenyang, replacing a 15-year-old boiler for an estate. Fault: drops the price before asking anything.
_o = c("你好 我们物业管着个老小区 自己烧锅炉 那台用了十五年了 想问问换台新的大概多少钱", None)
_t1_good = t("您好。十五年是该琢磨了。先问问 现在烧煤还是烧气？供多少平？这几年出过啥毛病没？")
_t1_bad = t("您好！价格您放心 这个月我直接给您打八五折 别家比不了。现在烧煤还是烧气？供多少平？")
_c1_good = c("烧煤的 供八万来平 去年冬天停过两回炉 居民堵物业门口骂", None)
_c1_bad = c("还没说要啥呢就打折 你们原价得多虚啊。烧煤的 供八万来平 去年冬天停过两回炉", None)
_t2 = t("停炉是大事。这两年燃煤环保也查得严 您打算还烧煤 还是改燃气？燃气管道接到小区没？")
_c2 = c("管道去年刚接到门口 改气是想改 就是气费贵 居民交的热费就那些 怕赔不起", "too_expensive")
_t3 = t("这个得算细账。八万平烧气 一冬天气费比烧煤多两三成 但省了烧煤的人工 拉煤运渣。我把两个方案一冬天的总花费都算出来对比 下礼拜一前发您 您拿着跟业委会说。")
_c3 = c("行 你算完发我 业委会那帮人可不好说服", None)
_t4 = t("那开会的时候我跟您一块儿去 他们有啥问题我当场答。")
PAIRS.append(rpair(
    "zhb60r_f01_shenyang_estate_boiler",
    "An estate manager asks the price of a new boiler. Worse opens with an unasked 15% discount before knowing anything, and the manager becomes suspicious of the list price.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3, _t4],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3, _t4],
))

# f02 Harbin, tyres: all-season or winter. Fault: argues with the customer.
_o = c("你好 我这车该换胎了 我想换四季胎 省得一年换两回", None)
_t1 = t("您好。换四季胎图省事 能理解。您平时主要在哈尔滨市里开 还是常跑外地？一年跑多少公里？")
_c1 = c("市里 一年一万多公里 冬天早上送孩子上学", None)
_t2_good = t("市里开 四季胎平时没问题。就是哈尔滨冬天那冰面 四季胎刹车距离比冬胎长不少。您送孩子那段有坡或者冰多的地方不？有的话我建议还是冬夏两套；没有的话四季胎开慢点也行。")
_t2_bad = t("四季胎在哈尔滨根本不行 您这想法就不对 冬天必须冬胎 没商量。说四季胎好的都是外行。")
_c2_good = c("学校门口那条道是个坡 一下雪就溜 去年我看好几台车出溜下去了", None)
_c2_bad = c("我就问问 你急啥眼啊。学校门口那条道倒是有个坡 一下雪就溜", None)
_t3 = t("那个坡冬天就得冬胎 这关系孩子安全。换下来的夏胎我们免费存 一年换两回不用您搬 换一次八十。")
_c3 = c("存胎不要钱那还行 就是两套胎得多花两千多", "too_expensive")
_t4 = t("对 多两千多。不过两套轮着穿 各自磨得慢 总的年头用得长 摊下来一年多花三四百。您再合计合计。")
PAIRS.append(rpair(
    "zhb60r_f02_harbin_winter_tyres",
    "A driver wants all-season tyres to avoid changing twice a year. Worse tells him flatly he is wrong instead of asking about his route; he bristles.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f03 Dalian, 100 New Year seafood gift boxes for a company. Fault: vague next step.
_o = c("你好 我们公司过年想给客户送海鲜礼盒 大概一百份 你们能做不", None)
_t1 = t("能做。一百份 送的是啥样的客户？一份预算大概多少？要寄外地的多不？")
_c1 = c("都是合作的老客户 一份五百左右 一半在大连 一半在北京上海", None)
_t2 = t("一半寄外地 活的不好寄 建议干货加冻品：海参 干贝 再加一盒冻鲍鱼 五百能装得挺体面。外地的冷链费一份三十来块 算在五百里头还是另算？")
_c2 = c("算里头吧 总价别超五万。去年找的那家 寄到北京化了好几箱 客户打电话来问 挺丢人的", "bad_experience")
_t3_good = t("那今年外地的全走冷链 每箱贴温度标签 化了包赔包补。我明天中午前把三个搭配方案和样品照片发您邮箱 您挑好了 礼拜五我带实物去公司给您看。")
_t3_bad = t("那您放心 我们肯定注意。我回去跟领导商量商量方案 有消息了我们再通知您。")
_c3_good = c("行 礼拜五下午我在", None)
_c3_bad = c("再通知是啥时候啊 腊月就剩这么几天了 我还是多问几家吧", "think_it_over")
PAIRS.append(rpair(
    "zhb60r_f03_dalian_gift_boxes",
    "A company wants 100 seafood gift boxes, half shipped to other cities after last year's thawed parcels. Worse ends with 'we will let you know' instead of a dated next step, and the buyer starts shopping around.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f04 Changchun, health checks for parents in their seventies. Fault: unexplained jargon.
_o = c("你好 我想给我爸妈做个体检 他俩都七十了 不知道该做哪些", None)
_t1 = t("您好。二老七十 体检得有针对性。他俩平时身体咋样？有啥老毛病 像高血压 糖尿病？最近有啥不舒服没？")
_c1 = c("我爸高血压好些年了 我妈就是胃老不好 前阵子说吃饭咽不下去", None)
_t2_good = t("那您爸主要看心脑血管 做个心脏彩超 颈动脉彩超 看看血管堵没堵。您妈咽不下去得重视 建议做个胃镜 就是一根细管子从嘴里下去看食管和胃 看得最清楚。")
_t2_bad = t("那您爸做个TCD加颈动脉IMT 再查个BNP和同型半胱氨酸；您妈上个EGD 必要时加病理活检 HP也一块儿查了。")
_c2_good = c("胃镜我妈怕遭罪 她岁数大了能做无痛的不", None)
_c2_bad = c("啥啥？你说这些我一个也没听懂。我妈那个能做无痛的不", None)
_t3 = t("七十岁一般能做无痛的 得先查个心电图 看心脏能不能扛住麻醉。俩人加一块儿 您爸那套八百多 您妈的加无痛胃镜一千五左右。")
_c3 = c("两千多 我得跟我哥说一声 钱我俩摊", "think_it_over")
_t4 = t("应该的。我把两份项目单写清楚 每项查啥都写上 您发给您哥看看。")
PAIRS.append(rpair(
    "zhb60r_f04_changchun_parents_checkup",
    "A son plans health checks for parents aged seventy. Worse recommends the same tests in unexplained abbreviations and the son is lost.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f05 Suihua, poor maize after a compound fertiliser. Fault: doubts the customer's honesty.
_o = c("你好 我上回在你家买的复合肥 今年苞米长得不行 跟人家地差老远了", None)
_t1 = t("大哥 先别上火 咱一块儿捋捋。您种多少亩？啥时候施的 一亩下多少？")
_c1 = c("一百二十亩 播种时候下的底肥 一亩五十斤 跟往年一样", None)
_t2_good = t("一亩五十斤不少了。今年您那片雨咋样？旁边差得远的那家用的啥肥 您知道不？")
_t2_bad = t("一亩五十斤？真下够了吗？好些人嘴上说五十斤 实际三十斤都不到 省下来自个儿卖了。")
_c2_good = c("六月那阵旱了二十来天 隔壁老王用的别家的 他家地浇过一回水 我家没浇", None)
_c2_bad = c("你这话啥意思 我骗你干啥？六月旱了二十来天 隔壁老王浇过一回水 我家没浇", None)
_t3 = t("那有可能主要是旱的事 肥没化开 吸收不了。明天我带农技员上您地里看看 取点土样化验 真是肥的毛病 按质量问题处理；不是的话 农技员也告诉您明年咋整。")
_c3 = c("明天我得上镇里办事 后天行不", "no_time")
_t4 = t("行 后天上午九点我们到您地头 到了给您打电话。")
PAIRS.append(rpair(
    "zhb60r_f05_suihua_fertiliser_complaint",
    "A farmer blames a compound fertiliser for poor maize. Worse questions whether he really applied the amount he says; he is offended.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f06 Shenyang, new windows to stop frost. Fault: over-promises.
_o = c("你好 我家窗户去年冬天结霜结得厉害 今年想换 你们这窗户保证不结霜不", None)
_t1 = t("您好。结不结霜主要看玻璃保温和屋里湿度。您家几楼？霜是结在玻璃中间还是四边？屋里潮不潮？")
_c1 = c("三楼 四边结得多 屋里养了一阳台花 天天浇", None)
_t2_good = t("四边结多半是边框和密封的事 换三玻两腔加暖边条能好很多。但我不敢说保证一点不结：您那一阳台花天天浇 屋里潮 零下三十度那几天玻璃边上可能还会有点 比现在少得多。")
_t2_bad = t("换我们的三玻两腔 我保证您家一冬天一点霜都不结 结了我免费给您换新的。")
_c2_good = c("你这么说我倒信了 卖窗户的都说不结", None)
_c2_bad = c("真的假的 去年那家也是这么拍胸脯的 装完照样结", "bad_experience")
_t3 = t("价钱是这样：一扇一千八 您家五扇九千 含安装 保修五年。")
_c3 = c("九千有点多 我家那口子说了 六千以内", "no_money")
_t4 = t("那先换结霜最厉害的北边三扇 五千四 南边那两扇明年再说。")
PAIRS.append(rpair(
    "zhb60r_f06_shenyang_frost_windows",
    "A householder asks for a no-frost guarantee. Worse promises zero frost and free replacement, which cannot be kept with a balcony full of watered plants; the customer has heard that before.",
    better=[_o, _t1, _c1, _t2_good, _c2_good, _t3, _c3, _t4],
    worse=[_o, _t1, _c1, _t2_bad, _c2_bad, _t3, _c3, _t4],
))

# f07 Dalian, cold-store space. Fault: recommends before asking.
_o = c("你好 我想租个冷库 放点货 你们这啥价", None)
_t1_good = t("您好。冷库分好几种 先问问您放啥货？冻品还是保鲜的？大概多少吨 存多长时间？")
_t1_bad = t("您好！我推荐您租我们二号库 零下十八度 五百吨 一个月三万 现在正好空着。")
_c1_good = c("放干海参 还有点冻虾仁 十来吨 过完年就出", None)
_c1_bad = c("五百吨？我就十来吨货 干海参和冻虾仁 过完年就出", None)
_t2 = t("十来吨的话 干海参其实不用冻库 零到五度的保鲜库就行 冻虾仁得零下十八度。我们有拼库 按吨按天算：冻库一吨一天两块五 保鲜库一吨一天一块八。")
_c2 = c("那一个月也得小一千 有点贵啊 我现在放朋友那儿不要钱 就是他那儿地方不够了", "too_expensive")
_t3 = t("那先把放不下的那部分放过来 比如冻虾仁五吨 一个月三百多。")
_c3 = c("行 那先放五吨虾仁 明天拉过来", None)
_t4 = t("好 明天上午八点到十二点都能入库 来之前打我电话 库位给您留好。")
PAIRS.append(rpair(
    "zhb60r_f07_dalian_cold_store",
    "A trader asks the price of cold storage. Worse opens by recommending a 500-tonne room before asking what or how much; the customer has ten tonnes.",
    better=[_o, _t1_good, _c1_good, _t2, _c2, _t3, _c3, _t4],
    worse=[_o, _t1_bad, _c1_bad, _t2, _c2, _t3, _c3, _t4],
))

# f08 Harbin, bathhouse card for a couple. Fault: an unasked lecture.
_o = c("你好 你们这儿年卡多少钱 我跟我媳妇想办一张", None)
_t1 = t("您好。年卡有单人双人的。你俩一般多长时间来一回？主要泡池子还是搓澡汗蒸？带不带孩子？")
_c1 = c("一礼拜一回吧 礼拜天 泡池子搓澡 孩子不带", None)
_t2 = t("一礼拜一回 一年五十来回。双人年卡四千八 含门票和汗蒸 搓澡另算；双人次卡一百次两千六 你俩一礼拜一回正好够一年。按你们这频率 次卡更划算。")
_c2 = c("次卡挺实惠 不过我媳妇说怕你们关门 以前小区那家洗浴就是卷钱跑了", "bad_experience")
_t3_good = t("这个担心正常。营业执照和预付卡备案都挂在前台墙上 您可以查。另外次卡也能按季度买 一季度二十五次六百五 押的钱少。")
_t3_bad = t("这个担心正常。不过说实话 您得懂点预付卡的法律知识 按单用途商业预付卡管理办法 企业得备案 办卡前您就该先查备案 不查那是您自己的风险 好多消费者就是法律意识太薄弱。")
_c3_good = c("按季度买好 那先来一季度的", None)
_c3_bad = c("我就问问 你给我上啥课啊 那有没有少买点的", None)
PAIRS.append(rpair(
    "zhb60r_f08_harbin_bathhouse_card",
    "A couple want a bathhouse card but fear it will close. Worse answers the worry with a lecture on prepaid-card law and consumer awareness instead of a way to risk less.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f09 Changchun, selling parents' old flat. Fault: talks about themselves.
_o = c("你好 我想卖房 汽开区那边一个老房子 七十多平 能卖多少钱", None)
_t1 = t("您好。汽开区七十多平 得看楼层 年头 装修。您这房几楼 哪年的？为啥想卖 急不急？")
_c1 = c("三楼 九几年的 厂里的房改房 我爸妈住的 他们要搬我那儿去 不急", None)
_t2 = t("不急就能卖个好价。房改房得先看能不能直接上市 证上写的啥性质您知道不？附近差不多的房子最近挂的是四千二到四千八一平 七十多平三十来万。")
_c2 = c("证我没细看 回去找找。三十来万比我想的少点 我还想问问别家中介", "think_it_over")
_t3_good = t("应该多问问 您挂别家也行 不用签独家。我先上门看看房 拍几张照片 您把证找出来 我帮您看看能不能直接上市。")
_t3_bad = t("应该多问问。不过跟您说 我干这行十二年了 汽开区的房我卖了不下三百套 去年还拿了公司销售冠军 手里客户贼多 别家真比不了我。")
_c3_good = c("那行 礼拜六上午你来看看吧", None)
_c3_bad = c("嗯 你挺厉害 那我先回去了 有事再找你", "brush_off")
PAIRS.append(rpair(
    "zhb60r_f09_changchun_sell_old_flat",
    "A son wants to sell his parents' old work-unit flat and will compare agents. Worse answers that with a speech about the agent's own record rather than a next step for the customer.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

# f10 Jilin City, inspection-round software for a chemical plant. Fault: closes before checking it works.
_o = c("你好 我们化工厂想上个设备巡检的软件 现在巡检都拿本记 你们那个能在防爆区用不", None)
_t1 = t("您好。防爆区是关键。您那儿巡检一共多少个点？巡检员用啥设备 厂里配防爆手机了吗？")
_c1 = c("三百来个点 防爆手机配了 安卓的 就是厂区好些地方没信号", None)
_t2 = t("没信号这个能解决 离线也能记 回到有信号的地方自动传。不过您那款防爆手机我没测过 得先装上试试能不能扫码 能不能离线存。")
_c2 = c("那你们来装上试试 下礼拜三我有空 别的时候我走不开", None)
_t3_good = t("行 下礼拜三上午我带人过去 在三个没信号的点试一天 数据对上了咱再说合同的事。")
_t3_bad = t("行 下礼拜三上午我过去。那咱先把合同签了吧 一年授权费六万八 签完我就给您装 装上肯定能用。")
_c3_good = c("这样稳当 我跟安全科打个招呼", None)
_c3_bad = c("还没试就签？上回那个人员定位系统就是签完了装不上 钱退了小半年 先试了再说", "bad_experience")
PAIRS.append(rpair(
    "zhb60r_f10_jilin_chemical_inspection_app",
    "A chemical plant asks whether inspection software works in explosion-proof zones with no signal. Worse asks for a signed contract before the untested phones have been tried.",
    better=[_o, _t1, _c1, _t2, _c2, _t3_good, _c3_good],
    worse=[_o, _t1, _c1, _t2, _c2, _t3_bad, _c3_bad],
))

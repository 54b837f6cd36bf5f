from common import c, rpair, t

PAIRS = []

o = c("你好 我想把宽带升到千兆 小孩老说房间网卡", None)
PAIRS.append(rpair(
 "zhb21r_d01_shenzhen_broadband_mesh",
 "Bao'an family asks to upgrade to gigabit because the kids' bedrooms lag. Better diagnoses coverage before selling speed; worse sells the upgrade.",
 [o,
  t("可以升。先问下，是所有房间都卡，还是某几间？现在是多少兆？"),
  c("三百兆 客厅还行 两个小孩房间卡 打游戏老掉", None),
  t("那多半是信号穿墙的问题，升了千兆房间照样卡，还每月多四十。房子多大？路由器放哪？"),
  c("三房九十平 路由器在门口弱电箱 之前买过个扩展器 插上也没啥用", None),
  t("弱电箱是铁盒子，信号出不来。建议不升套餐，加一套两只装的组网路由，一次四百，放客厅和走廊。"),
  c("四百也不少了 能不能先借个试试", "too_expensive"),
  t("可以，师傅周六带一套过去现场测速，房间达标了您再付钱，不达标带走。")],
 [o,
  t("可以的，千兆每月一百二十九，比您现在多四十，还送一个WiFi6路由器。"),
  c("多四十啊 有点贵 升了房间就不卡了吧", "too_expensive"),
  t("千兆快很多，加上新路由器一般会好不少。房间还弱的话可以再加个子路由。"),
  c("那行吧 先升了试试 啥时候生效", None),
  t("今天办明天生效，路由器师傅周六送上门换。"),
  c("周六我们回老家 不在家", "no_time"),
  t("那改周日上午十点，我备注好。")]))

o = c("你好 我想睇下插混嘅车 主要系想攞个绿牌", None)
PAIRS.append(rpair(
 "zhb21r_d02_guangzhou_4s_phev",
 "Guangzhou buyer wants a plug-in hybrid for the green plate. Better checks charging access and real running costs; worse sells on the brochure figure.",
 [o,
  t("明白，绿牌免摇号确实是很多人买插混的原因。您屋企或者公司有冇得装充电桩？"),
  c("冇 住旧楼 冇车位 停街边停车场", None),
  t("那要讲清楚：插混冇得充电基本就是烧油，油耗仲会比同级汽油车高少少。您每日行几多公里？"),
  c("上班来回四十公里 周末返清远", None),
  t("公司附近有快充站的话，一周充两三次，每月大概六百；完全冇得充大概一千一。两个数我写俾您对比。"),
  c("公司楼下好似有 我要去睇下先 今日唔定", "think_it_over"),
  t("好，您确认完充电再嚟，试驾我帮您约周六。")],
 [o,
  t("绿牌免摇号，呢款插混最近好受欢迎，纯电跑一百公里，综合油耗一个几。"),
  c("一个几咁省？几多钱", None),
  t("落地十四万八，而家有五千补贴。要唔要试下车？"),
  c("十四万八超咗我预算少少 我谂住十三万左右", "no_money"),
  t("可以做分期，首付三成，每月两千出头。"),
  c("我返去计下先", "think_it_over"),
  t("好，我发份报价单俾您。")]))

o = c("那个 我就问问啊 我这体格二百来斤 去你们那练会不会让人笑话", None)
PAIRS.append(rpair(
 "zhb21r_d03_shenyang_gym_shy",
 "Shy, heavy taxi driver in Shenyang asks if he would be laughed at. Better adapts to his hours, health and fear of quitting; worse gives a standard tour and annual-card pitch.",
 [o,
  t("大哥不会，我们这不少会员刚来时跟您差不多。您一般几点有空？"),
  c("我开出租 白天睡觉 一般下午两三点有空", None),
  t("下午两三点正好人最少。您是想减重，还是体检查出啥了？"),
  c("体检说脂肪肝 血压也高 以前办过卡 去了三回就扔那了", "bad_experience"),
  t("那先别办年卡，办个月卡二百九。第一周我给您排单车加快走，每次四十分钟，不累，先把习惯养起来。"),
  c("月卡行 要是不行也就赔二百九", None),
  t("对。周四下午三点我在，带您走一遍。")],
 [o,
  t("大哥不会的，来练的啥样人都有。我带您转转：这边有氧区，那边力量区，还有团课。"),
  c("团课那么多人 我可不去", "no_need"),
  t("没事，团课不强制。年卡现在活动价一千六八，一天不到五块，比月卡划算多了。"),
  c("一千六 我得回去跟媳妇合计合计", "think_it_over"),
  t("行，那您先办个体验卡，三天九十九，来试试。"),
  c("那中 我周四来", None)]))

o = c("喂 你好 我们厂手套用得太快了 工人一天换两三双 有没有便宜点耐用点的", None)
PAIRS.append(rpair(
 "zhb21r_d04_huizhou_b2b_gloves",
 "Huizhou battery-factory purchaser: work gloves wear out fast. Better finds the one station that eats gloves and offers a trial; worse quotes a slightly thicker glove at volume price.",
 [o,
  t("您好。是全厂都这样，还是某几个工位特别费？"),
  c("主要是分切那边 拿极片 边很利 别的工位还好", None),
  t("那分切和其他工位分开买。分切换防割手套，一双十二块，能用一周左右；其他工位照旧。分切多少人？"),
  c("四十个人左右 十二块一双 老板肯定嫌贵", "too_expensive"),
  t("算一下：现在一天三双三块是九块，防割一周十二块，一个月反而省。我寄二十双样品，您在分切试一周，拿数字跟老板说。"),
  c("那你寄吧 地址我微信发你", None)],
 [o,
  t("有的，这款丁腈浸胶手套一双两块八，比一般的厚，量大还能便宜。"),
  c("两块八 我们现在用的三块 差不多啊", None),
  t("这款掌心加厚，一般能多撑半天到一天。您一个月用多少？"),
  c("一个月一万双左右吧", None),
  t("一万双给您两块五包邮，先下一箱试试？"),
  c("你先发个资料给我看看吧", "brush_off"),
  t("好，报价单和规格书我微信发您。")]))

o = c("你们会员怎么又自动扣了我十五块 我没想续啊", None)
PAIRS.append(rpair(
 "zhb21r_d05_shenzhen_delivery_membership",
 "Delivery-app user was auto-renewed. Better asks how she uses it and refunds because it no longer fits her; worse cancels renewal correctly but tries to keep her and keeps the fee.",
 [o,
  t("抱歉让您意外扣费。我看下……是上个月开的自动续费。您最近还常点外卖吗？"),
  c("很少了 搬家了 现在自己做饭 一个月点不了两回", None),
  t("那这个会员对您确实不划算，一个月两单省不出十五块。这次的十五块我退给您，自动续费也关了。"),
  c("能退啊 我还以为你们要跟我磨叽", None),
  t("能退，一到三个工作日原路返回。以后想点的时候再单月开就行。"),
  c("行 谢谢", None)],
 [o,
  t("抱歉让您意外扣费。自动续费是开通时默认勾的，可以关。会员这个月有满减红包，要不您先留着用？"),
  c("不用 我现在很少点了", "no_need"),
  t("好的，我帮您关掉自动续费，下个月不会再扣。"),
  c("那这个月十五块呢 能退不", None),
  t("这个月已经生效了，按规则退不了，红包您可以用掉。"),
  c("行吧 那就这样", None)]))

o = c("这款伞车多大能坐 我宝宝还有一个月出生", None)
PAIRS.append(rpair(
 "zhb21r_d06_dongguan_shop_stroller",
 "Expectant mother asks an online shop about a light umbrella stroller. Better is honest it does not suit a newborn and offers a cheaper way round; worse glosses over it and sells.",
 [o,
  t("恭喜～这款是坐姿伞车，靠背最多一百二十度，说明书写六个月以上，新生儿不太适合。您出门地铁多还是开车？"),
  c("地铁多 我住七楼冇电梯 要轻的 这款才五公斤", None),
  t("轻是刚需。可以看这款能平躺的轻便款，六公斤半，单手收，从出生用到三岁，贵两百。"),
  c("贵两百啊 我本来想先凑合 等大点再换", "too_expensive"),
  t("也可以：头半年用背带出门，伞车六个月后再买，现在买了也是放着。您看哪种顺手？"),
  c("那我先买背带吧 伞车到时候再说", None)],
 [o,
  t("恭喜～这款很轻，才五公斤，单手收车，地铁党都爱买，月销两千多。"),
  c("新生儿能躺吗", None),
  t("靠背可以调，能躺到一百二十度，配个睡篮垫也可以的。"),
  c("行 那我拍了 有没有优惠", None),
  t("现在领券减三十，今天发货。"),
  c("好", None)]))

o = c("老弟 你们师傅说我刹车片要换 还有这个那个 一共两千多 真得换啊", None)
PAIRS.append(rpair(
 "zhb21r_d07_changchun_4s_quote",
 "Changchun driver doubts a 2,000-yuan service quote. Better shows measurements and separates must-do from optional; worse trims the bill but says 'better safe' without explaining.",
 [o,
  t("大哥我把检测单给您看：前刹车片剩三毫米，到两毫米就得换。您一个月跑多少？"),
  c("一个月也就一千公里 上下班 说实话两千多我真舍不得", "too_expensive"),
  t("那前片还能跑三四千公里，下次保养换也来得及。刹车油是真该换了，含水超标，冬天刹车会软，一百八。空调清洗、燃油添加剂都是可选的，不做没事。"),
  c("那就换刹车油 剩下的下回再说", None),
  t("行，片子我记在您档案里，到时候提醒您。"),
  c("中 这么整我心里有数", None)],
 [o,
  t("大哥，这些都是按厂家保养手册建议的，刹车关系安全，建议都做了省心。"),
  c("两千多有点多了 能不能少做点", "too_expensive"),
  t("那刹车片和刹车油做了，空调清洗那些先不做，一共一千二。"),
  c("刹车片非得今天换吗", None),
  t("剩得不多了，换了放心。"),
  c("那行吧 换吧", None)]))

o = c("你好 我们用的那颗电源芯片原厂交期拖到二十六周了 有没有现货或者替代的", None)
PAIRS.append(rpair(
 "zhb21r_d08_shenzhen_b2b_chip",
 "Shenzhen factory buyer faces a chip shortage. Better is honest about grey-market stock and validation time and proposes two tracks; worse offers a 'drop-in' substitute too lightly.",
 [o,
  t("现货我查了，市面上有散货，但来源不清楚，不建议你们量产用。每月用量多少？"),
  c("一个月五千颗 下个月就断料了", None),
  t("两条路：一是我们代理的国产型号，管脚兼容，但外围要改一个电阻，得你们工程师验证；二是原厂小批量现货两千颗，贵百分之四十，先顶一个月。"),
  c("贵百分之四十也太狠了 验证又得两三周", "too_expensive"),
  t("所以建议两条一起走：两千颗原厂先保生产，同时验证国产，验过就换，成本降下来。样品今天寄出。"),
  c("行 我跟研发说 样品先寄", None)],
 [o,
  t("有的，我们代理的国产型号可以替代，管脚兼容，便宜三成，现货充足。"),
  c("便宜三成 直接换能行吗 不用改板吧", None),
  t("管脚是兼容的，大部分客户直接替换就用了，可以先拿样品测。"),
  c("先寄五十颗吧 不过说实话上次换过一个国产料 批量出了问题", "bad_experience"),
  t("理解，样品您充分测，规格书一起发您邮箱，今天发顺丰。")]))

o = c("你好 我家在沙河口老楼 八几年的 能装你们千兆不", None)
PAIRS.append(rpair(
 "zhb21r_d09_dalian_broadband_oldbuilding",
 "Dalian resident in an old building wants gigabit for video editing. Better checks the address first and is honest it is not available yet; worse signs him up and leaves it to the survey.",
 [o,
  t("我先用地址查一下资源……您这栋楼目前只有我们的铜缆，光纤还没进楼，千兆现在装不了，最多一百兆。"),
  c("啊 一百兆够干啥 我在家剪视频 一百兆白给我都不要", "no_need"),
  t("明白，剪视频主要看上传，一百兆铜缆上传才二三十兆。光纤进楼排在明年三月，我不敢打包票。您急用的话，隔壁那家在您楼有光纤，可以问问。"),
  c("你还让我去找别家？", None),
  t("您工作急用，我不想让您交了钱再失望。留个电话，光纤一进楼我第一个通知您。"),
  c("行 那你登记一下吧 别忘了", None)],
 [o,
  t("您好，能装的，千兆每月一百二十九，我先给您登记，师傅上门勘察。"),
  c("我那楼挺老的 真能上千兆吗", None),
  t("具体要师傅看现场，如果光纤没到，可以先装一百兆，等光纤进来再升级。"),
  c("一百兆不够啊 我剪视频的 那我再等等吧", "think_it_over"),
  t("要不先登记着，勘察不收费，师傅去了就知道了。"),
  c("那行 让他来看看吧", None)]))

o = c("你好 我想将张卡转俾人 手续费几多", None)
PAIRS.append(rpair(
 "zhb21r_d10_guangzhou_gym_transfer",
 "Guangzhou member wants to sell on her card. Better asks why and finds the branch near her new job; worse answers the fee question correctly and processes it.",
 [o,
  t("转卡收百分之十手续费，剩九个月大概一百八。方便问下点解唔练了？"),
  c("转咗工 去番禺上班 返到天河都九点几 冇心机练", None),
  t("明白。我们番禺万达有分店，您张卡可以直接转过去用，唔使手续费。"),
  c("番禺有分店？不过我平日收工都八点几 都冇乜时间", "no_time"),
  t("嗰边开到夜晚十一点。您收工过去试两晚，唔啱再返嚟转卡都唔迟。"),
  c("咁好 我先去嗰边睇下", None)],
 [o,
  t("转卡收百分之十，您剩九个月，大概一百八，对方带身份证过来办就得。"),
  c("一百八咁贵 唔可以平啲咩", "too_expensive"),
  t("手续费系统定嘅，减唔到。转卡之前您都可以先停卡，最长三个月，唔使钱。"),
  c("停卡冇用 我转咗工 过唔嚟啦", "no_need"),
  t("明白，咁您约对方过嚟，我帮你哋一次过办。"),
  c("好啦 我问下我同事几时得闲", None)]))

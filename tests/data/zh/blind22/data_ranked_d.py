"""zh_blind22 ranked pairs d01-d10: two decent conversations, better digs deeper (hand-written)."""
from common import c, rpair, t

PAIRS = []

o = c("老板 我枇杷去年结得小 卖不起价 拿点最好的肥料", None)
PAIRS.append(rpair(
 "zhb22r_d01_renshou_loquat",
 "Farm-supply shop, Renshou, Meishan, Sichuan. A loquat grower says last year's fruit was small and asks for the best fertilizer.",
 [o, t("果子小不一定是肥不够。你一穗挂好多果？疏果没得？"),
  c("挂得密 我舍不得疏 怕少了", None),
  t("挂太密，肥再好也长不大。一穗留三四个，个头能大一圈。肥现在下的啥子？"),
  c("就复合肥 一年两回", None),
  t("那开花前加一回钾肥就够，一包一百一。先疏果，比换贵肥料管用。"),
  c("一穗只留三四个 我还是舍不得 回去看下再说", "think_it_over"),
  t("要得，你先疏两棵试，跟没疏的比，收的时候你自己看。")],
 [o, t("果子要大，关键是膨果期补钾。这个高钾水溶肥，冲施，一亩两包。"),
  c("好多钱一包", None),
  t("八十五一包。你好多亩？"),
  c("三亩多", None),
  t("那拿七包，给你抹个零，五百八。用法我写袋子上。"),
  c("五百多哦 比我往年肥料钱多一倍", "too_expensive"),
  t("用了果子大一圈，价钱卖得起来就回本了。")]))

o = c("俺想给俺爷俺奶弄个能视频哩手机 俺在深圳上班 想跟他俩视频", None)
PAIRS.append(rpair(
 "zhb22r_d02_xiangcheng_elderphone",
 "Mobile-carrier branch, Xiangcheng, Zhoukou, Henan. A young man home on a short visit wants his grandparents to video-call him.",
 [o, t("中。爷奶眼神咋样，识字不？用过智能机没？"),
  c("俺奶不识字 俺爷眼神不中 都只会接电话", None),
  t("那要屏大字大，最好啥都不用点。有种手机你一打视频它自己接通。家里有WiFi没？"),
  c("没WiFi 就使流量", None),
  t("二十G一个月够视频。手机七百九，套餐三十九。走前我帮你设好，你当场打一个试试，俺奶能看见你才算数。"),
  c("七百九加套餐 一年下来也不少 俺再跟俺爸说说", "think_it_over"),
  t("中，价目单你拿着。走前来一趟，设置十分钟。")],
 [o, t("有，这款老人智能机，大屏大字，七百九，配三十九哩套餐，二十G视频够使。"),
  c("俺奶不识字 能会使不", None),
  t("简单得很，微信视频点一下就接。我给您把字调大。"),
  c("中 那俺看看", None),
  t("这是价目单。要办带上爷奶身份证。"),
  c("七百九加套餐 一年也不少 俺再跟俺爸说说", "think_it_over")]))

o = c("俺俩想办个简单点哩婚礼 钱不多 就是俺奶非要拜堂", None)
PAIRS.append(rpair(
 "zhb22r_d03_lanling_bowing",
 "Wedding company, Lanling, Linyi, Shandong. A young couple on a small budget; the groom's grandmother insists on a traditional bow.",
 [o, t("拜堂好啊。您奶说哩拜堂，是要全套中式拜天地，还是看着你俩磕头敬茶就中？"),
  c("她就想看着俺俩给她磕个头敬个茶 别哩她不管", None),
  t("那不用整套中式，仪式里加一段敬茶，请奶奶坐台上就中。婚庆这块你俩打算花多少？"),
  c("最多四千", None),
  t("四千做得下：简单背景、主持、敬茶用哩太师椅和茶具，三千六，剩四百应急。"),
  c("中 这回心里有数了", None),
  t("方案发你微信，拿给奶奶看看，她点头咱再定。")],
 [o, t("有中式套餐，凤冠霞帔、拜天地、全套中式布置，五千八。"),
  c("五千八超了 俺最多四千", "no_money"),
  t("那有个西式简约哩，三千八，背景加主持。"),
  c("那俺奶想拜堂咋弄", None),
  t("简约哩也能加个拜天地环节，主持喊一下就中。"),
  c("中吧 俺俩回去再商量商量", "think_it_over")]))

o = c("师傅 我爸上个月在厕所滑了一跤 我想把厕所重新搞一下", None)
PAIRS.append(rpair(
 "zhb22r_d04_xinhua_bathroom",
 "Home-renovation crew, Xinhua, Loudi, Hunan. A woman wants the bathroom redone after her elderly father slipped there.",
 [o, t("人冇摔坏吧？他现在走路要不要扶？厕所是蹲坑还是马桶？"),
  c("腰扭了 现在扶墙走 是蹲坑 他蹲下去起不来", None),
  t("那不用全部重搞：蹲坑改马桶，马桶和淋浴边装扶手，地面做防滑，三千左右，三天完。"),
  c("三千 我爸晓得了肯定嫌贵 他一辈子舍不得花钱", "too_expensive"),
  t("那分两步：扶手和防滑先做，一千出头；马桶等他愿意再换。扶手是保命的，你跟他咯样港。"),
  c("要得 先做扶手防滑 你哪天来量", None),
  t("明天下午。我顺便看下他从房里到厕所那段路，要不要也加根扶手。")],
 [o, t("要得。厕所多大？现在是么子瓷砖？"),
  c("四个平方左右 老瓷砖 滑得很", None),
  t("那全部换防滑砖，加个马桶，砸掉重铺，六千左右，一个星期。"),
  c("六千 我爸晓得了肯定嫌贵", "too_expensive"),
  t("防滑砖贵一点，安全嘛。选便宜一档的砖，五千五。"),
  c("那我跟我爸商量下再港", "think_it_over")]))

o = c("老板 我要个跑得远的电动车 我在跑外卖", None)
PAIRS.append(rpair(
 "zhb22r_d05_yugan_deliverybike",
 "E-bike shop, Yugan, Shangrao, Jiangxi. A woman who has started doing food delivery wants an e-bike that runs far.",
 [o, t("一天跑好多公里？中途有冇地方充电或者换电？"),
  c("六七十公里 站点有个换电柜 要办月卡", None),
  t("有换电柜就不一定买大电池的贵车。轻便车两千二，加换电月卡一百五十九。"),
  c("换电我听别个港 柜子经常冇得满电的 要排队", "bad_experience"),
  t("你那个站点我不清楚。稳当点就车带一块六十伏电池，跑六十公里，不够再办月卡补，先办一个月试试柜子。"),
  c("要得 先买车 月卡下个月再看", None)],
 [o, t("跑得远就看这台，七十二伏大电池，跑一百二十公里，三千九。"),
  c("三千九哦 有点贵", "too_expensive"),
  t("电池大贵一点，跑外卖一天不用充，划得来，也可以分期。"),
  c("咯台好重啊 我推得动不", None),
  t("习惯了就好，骑起来不重。"),
  c("我再去那边看下", "brush_off")]))

o = c("医生 我感冒三天了 给我吊两瓶水 我明天要上工地", None)
PAIRS.append(rpair(
 "zhb22r_d06_yunyang_drip",
 "Township health centre, Yunyang, Chongqing. A labourer with a three-day cold asks for an IV drip so he can work tomorrow.",
 [o, t("先量个体温。咳不咳，有没得痰，喉咙痛不痛？"),
  c("三十七度八 有点咳 喉咙痛 没得啥子痰", None),
  t("这是病毒感冒，吊水好不得更快。你是想明天能上工，对不对？"),
  c("是噻 一天不去扣两百 以前感冒吊两瓶就好了", None),
  t("以前好多半是刚好到了自己好的时候。开退烧止咳的，今晚多喝水早点睡，明早不超过三十八度就上工，超了再来。"),
  c("那好嘛 开药 吊水还耽搁时间", None)],
 [o, t("量个体温……三十七度八，有点烧。要吊的话今天吊一瓶，再开点药。"),
  c("吊一瓶好多钱", None),
  t("报了六十来块，要坐两个钟头。"),
  c("两个钟头哦 我下午还要去拉钢筋", "no_time"),
  t("那吃药也行，这是退烧的，烧了就吃。"),
  c("那就吃药嘛", None)]))

o = c("俺四十五了 还能学车不 俺在食品厂三班倒 还怕开车", None)
PAIRS.append(rpair(
 "zhb22r_d07_wuyang_shiftworker",
 "Driving school, Wuyang, Luohe, Henan. A 45-year-old shift worker wants a licence but is afraid of driving.",
 [o, t("能学，五十多哩都有。三班倒咋倒哩，一周哪几个半天能空出来？"),
  c("一个礼拜一换 有时候上午空 有时候下午", None),
  t("那排到班了提前一天微信约车，教练给你留。怕开车是怕啥，怕撞还是怕人多？"),
  c("怕人多 一有人看着俺就手抖", None),
  t("那头几回排你早上七点练，场地人最少。学费四千二，能分两回交。"),
  c("四千二俺还得跟俺家那口子商量", "think_it_over"),
  t("中。你先来坐一回车，不交钱，看看自己中不中再商量。")],
 [o, t("能学。学费四千二，练车早上七点到晚上六点，随时来。"),
  c("俺三班倒 时间不固定", None),
  t("有空就来，来了排队，一般等个把钟头。"),
  c("俺还怕开车 手抖", None),
  t("都这样，练几回就好了。"),
  c("四千二俺还得跟俺家那口子商量", "think_it_over")]))

o = c("老板 寄柠檬好多钱一斤 我在网上卖 以后天天都要寄", None)
PAIRS.append(rpair(
 "zhb22r_d08_anyue_lemons",
 "Parcel shipping point, Anyue, Ziyang, Sichuan. A lemon grower who sells online asks the rate for daily shipments.",
 [o, t("天天寄好说，量大有价。一天好多单，一单几斤，寄哪些地方多？"),
  c("一天二三十单 一单五斤 广东江浙的多", None),
  t("五斤一单江浙广东三块八。柠檬路上压坏的多不多？买家退过没得？"),
  c("上个月烂了好几单 赔了钱 买家说挤扁了", None),
  t("那用五格纸托，一个三毛，不容易挤扁，比赔钱划算。先寄十单试一周，看退货少不少。"),
  c("要得 先寄十单试下", None)],
 [o, t("五斤以内江浙广东四块五，其他地方五块起。"),
  c("好贵哦 隔壁那家四块", "too_expensive"),
  t("量大可以谈，一天好多单？"),
  c("二三十单", None),
  t("那给你三块八，每天下午五点前送过来。"),
  c("那我先试下", None)]))

o = c("老板 还是要去年那个花生种 十亩哩", None)
PAIRS.append(rpair(
 "zhb22r_d09_wulian_peanut",
 "Farm-supply shop, Wulian, Rizhao, Shandong. A peanut grower wants the same seed as last year for ten mu.",
 [o, t("中。去年收成咋样？有没有死棵烂果哩？"),
  c("收得还中 就是地头有一片死棵 根都烂了", None),
  t("多半是根腐病，土里带菌。那片地连着种几年花生了？"),
  c("五六年了 俺那地就适合种花生", None),
  t("连作就容易这样。种子不用换，下种前拿拌种剂拌一下，十亩两瓶六十块。"),
  c("拌种还得费工夫 俺今年人手不够", "no_time"),
  t("拌一回就半个钟头，晾干就能种。怕麻烦就拿拌好哩包衣种，一斤贵两块。")],
 [o, t("中，去年那个花育还有。十亩得二百斤，一斤七块五。"),
  c("比去年贵了五毛啊", "too_expensive"),
  t("今年种子都涨了。再配两袋花生专用肥？"),
  c("肥俺家还有 不用", "no_need"),
  t("中，那就种子，一千五。"),
  c("中 装车吧", None)]))

o = c("老表 我崽三个月后结婚 想把他的房间装一下做新房", None)
PAIRS.append(rpair(
 "zhb22r_d10_yudu_weddingroom",
 "Home-renovation crew, Yudu, Ganzhou, Jiangxi. A father wants his son's room done up as the wedding room; the son works in Dongguan.",
 [o, t("恭喜！新房是你崽和媳妇住，他们有冇么个想法，喜欢么个样子？"),
  c("他在东莞 冇问 我想搞个好看点的就行", None),
  t("最好问下他们。我先来量房拍照，做个效果图发你崽看，他点头再开工，量房不要钱。"),
  c("量房要得 不过我咯个礼拜都在外面做事 冇空", "no_time"),
  t("那下个礼拜一傍晚？效果图三天出，装修四十天，三个月够。"),
  c("礼拜一傍晚可以", None)],
 [o, t("恭喜！新房一般做个背景墙、换木地板、刷墙，一间一万五左右，一个月完。"),
  c("一万五 我原来想一万以内", "no_money"),
  t("那背景墙做简单点，一万二也做得出。"),
  c("要得 你么子时候来", None),
  t("下个礼拜一我去量房。"),
  c("我咯个礼拜都在外面做事 下个礼拜可以", None)]))

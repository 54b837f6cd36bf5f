"""zh_blind22 gaming pairs, kinds 11-15 (hand-written)."""
from common import c, gpair, t

PAIRS = []

o = c("俺闺女下个月结婚 俺来问问 钱不多 家里还有个老奶奶坐轮椅", None)
PAIRS.append(gpair(
 "zhb22g_laoling_wedding", "wedding company, Laoling, Dezhou, Shandong", "ignored_customer",
 "The bride's mother has a tight budget and a grandmother in a wheelchair who wants to see the ceremony.",
 [o, t("恭喜！钱不多咱就往要紧哩地方花。婚庆这块想花多少？在饭店还是家里办？"),
  c("镇上饭店 婚庆想控制在五千 闺女说要好看点", None),
  t("五千能做：拱门、路引、舞台背景加主持，灯光用饭店哩。老奶奶坐轮椅，饭店舞台有台阶没？"),
  c("有三四个台阶 老奶奶非要上台看孙女 俺正愁这", None),
  t("我们搭个木板坡道，不另收钱，安排一个人专门推奶奶。仪式里加个环节，请奶奶给新人戴花。"),
  c("那可中 就是五千真不能再多了", "no_money"),
  t("就五千，写进合同。这周末带闺女来看样图，她说好看再签。"),
  c("中 周六俺俩来", None)],
 [o, t("恭喜恭喜！您对婚礼有什么设想？有什么特别的需求吗？"),
  c("钱不多 五千左右 老奶奶坐轮椅 想上台看看", None),
  t("好的明白。我们最近最火的是星空主题，全场灯光秀，一万六八，特别出片。"),
  c("一万多 俺刚说了五千左右", "no_money"),
  t("嗯嗯。还有别的需求吗？这个主题还带升降舞台，新人从二楼降下来。"),
  c("升降台？老奶奶轮椅咋上去 台阶都上不去", None),
  t("好的我记下了。那星空主题您看定金交三千还是五千？"),
  c("恁一句也没听进去 俺找别家", None)]))

o = c("老板 拿瓶玉米地除草的 我那块地挨到隔壁的菜地", None)
PAIRS.append(gpair(
 "zhb22g_santai_herbicide", "farm-supply shop, Santai, Mianyang, Sichuan", "ignored_customer",
 "A corn grower wants a weed killer but worries about drift onto his neighbour's vegetables.",
 [o, t("挨菜地要小心。玉米几片叶子了？主要是啥子草？"),
  c("五六片叶子 马唐 还有些牛筋草", None),
  t("用这个苗后除草的就行。挨菜地那边留两米不打，人工扯，选没风的早上打，喷头压低。"),
  c("两米要扯好久哦 我一个人 还要去工地做活路", "no_time"),
  t("那靠菜地几行换这个防飘喷头，十五块，雾点粗不容易飘，只留半米扯。打前跟隔壁说一声。"),
  c("要得 喷头也拿一个 好多钱一起", None),
  t("药四十二加喷头十五，五十七。兑水比例我写瓶子上。"),
  c("好 扫码", None)],
 [o, t("好的。您种了多少亩？草多不多？"),
  c("三亩 草多 就是挨到隔壁菜地 怕飘过去", None),
  t("那用这个，灭草最干净，一次搞定，六十八一瓶。"),
  c("这个会不会飘哦 去年我们村有人打药把隔壁菜整死了 赔了好几百", "bad_experience"),
  t("您还有啥子要求没得？要不要再拿瓶杀虫的，玉米螟快来了。"),
  c("我问你会不会飘 你咋不回答", None),
  t("这个效果好得很，好多人在用。两瓶一百二，扫这里。"),
  c("你都不回我话 我去别家问", None)]))

o = c("俺想装个宽带 孩子上网课用 俺家在乡下 能装不", None)
PAIRS.append(gpair(
 "zhb22g_yongcheng_broadband", "mobile-carrier branch, Yongcheng, Shangqiu, Henan", "repeated_questions",
 "A father working away from home wants broadband in his village house for his son's online classes.",
 [o, t("能装，先查你村通没通光纤。哪个乡哪个村？"),
  c("芒山镇 王庄 村东头", None),
  t("王庄通了。孩子上网课一百兆够，一个月三十，跟你手机号绑一块。家里还有谁用？"),
  c("就俺媳妇刷刷视频 俺在外地打工 不常在家", None),
  t("那一百兆够。装机得有人在家，师傅上门一个钟头。你媳妇哪天在家？"),
  c("她白天在厂里 晚上才回来 装机师傅晚上来不来", "no_time"),
  t("晚上不装，周末白天能约。给你约周六上午，装好让孩子当场试一节网课，看卡不卡。"),
  c("中 就周六", None)],
 [o, t("您好！请问您家里平时上网的需求大概是怎样的呢？"),
  c("孩子上网课 俺媳妇刷刷视频", None),
  t("明白了。那您能说说家里主要用网来做什么吗？"),
  c("俺刚说了 网课 刷视频", None),
  t("好的。那家里一般几个人上网？都用来干啥？"),
  c("俩人 孩子跟他妈 网课 恁咋老问这", None),
  t("理解理解，就是想了解清楚。那您觉得您家最主要的上网需求是什么？"),
  c("恁到底能不能装 不能俺去电信问问", None)]))

o = c("老板 我屋里新做的三层 想先把一楼搞出来 过年要住人", None)
PAIRS.append(gpair(
 "zhb22g_fengcheng_renovation", "home-renovation crew, Fengcheng, Yichun, Jiangxi", "repeated_questions",
 "A returning migrant worker wants the ground floor of his new house finished before Spring Festival.",
 [o, t("离过年两个多月。一楼多大？几个房，厨房卫生间要做冇？"),
  c("一百二十个平方 两个房一个客厅 厨卫都要", None),
  t("厨卫做防水，工期最紧。心里有个预算冇？简单住人和做得好看差得蛮远。"),
  c("十万以内 打工攒的 老婆想做好看点 我想先住进去再港", None),
  t("那一楼先做实用的：水电、厨卫、地砖、刷墙，七万左右，留点钱以后慢慢添，五十天能完。"),
  c("七万 隔壁老表做一楼才花五万", "too_expensive"),
  t("五万也做得到，地砖换便宜点、吊顶不做。我明天量房，出两份明细，你和老婆对着看哪样省。"),
  c("要得 明天上午过来嘛", None)],
 [o, t("您好！装修这块您的预算大概是多少呢？"),
  c("十万以内", None),
  t("了解。那您打算在装修上投入多少钱呢？"),
  c("我港了十万以内啊 多的冇得", "no_money"),
  t("好的好的。那您心里的价位区间大概是？高档中档还是经济？"),
  c("你问了三遍了 十万 过年要住人 你到底做得赢不", None),
  t("明白。那我再确认下，您整体的装修预算是多少？"),
  c("问来问去问不出个么子 我找别家", None)]))

o = c("医生 我咯膝盖下山的时候痛 上山冇事 你帮我看下", None)
PAIRS.append(gpair(
 "zhb22g_anhua_knee", "township health centre, Anhua, Yiyang, Hunan", "wrong_paraphrase",
 "An old tea farmer has knee pain walking downhill.",
 [o, t("下山痛、上山冇事。痛了好久了？肿不肿？晚上痛不痛？"),
  c("大半年了 不肿 晚上冇事 每天要上茶山摘茶", None),
  t("天天上茶山，下坡时膝盖受力最大，多半是关节退化，老人家常见。我按一下……这里痛？"),
  c("就是这里 哎哟", None),
  t("要拍个片子确认，卫生院就能拍，报销完二十几块。这几天下山慢点，侧着身走，拄根棍子。"),
  c("拍片子 我今天要赶回去炒茶", "no_time"),
  t("那星期一来，上午拍下午出结果。先开点膏药，贴膝盖两边。"),
  c("要得 星期一我来", None)],
 [o, t("您好，您今天哪里不舒服？能具体说说吗？"),
  c("膝盖下山的时候痛 上山冇事", None),
  t("我复述一下确认理解对了：您是上山下山都痛，晚上痛得睡不着，对吧？"),
  c("冇 晚上不痛 就下山痛", None),
  t("好的，所以您的意思是想彻底治好，打算做全套理疗，一个疗程十次，对不对？"),
  c("我冇讲要理疗 十次要好多钱 我冇得那闲钱", "no_money"),
  t("明白，您是担心以后走不了路，想用最好的药，那开这个进口氨糖，三百多一瓶，可以吧？"),
  c("我么子时候讲了 我要回去炒茶了", "no_time")]))

o = c("老板 俺这电动车前年买哩 现在还能上牌不 交警查哩严", None)
PAIRS.append(gpair(
 "zhb22g_wenshang_eplate", "e-bike shop, Wenshang, Jining, Shandong", "wrong_paraphrase",
 "A man asks whether his two-year-old e-bike can still get a licence plate.",
 [o, t("我看看车。合格证有没？车架上钢印号在不？"),
  c("合格证在家 钢印在这 恁看看", None),
  t("是新国标目录里哩车，能上。带合格证、发票、身份证去车管所，免费。发票还在不？"),
  c("发票找不着了 那家店都关门了", None),
  t("没发票写个来历说明就中，我这有模板，给你一张。去之前先打电话问问。"),
  c("车管所在县城东头 俺得请一天假 厂里不好请", "no_time"),
  t("周六上午车管所也办，八点半开门，早点去人少。"),
  c("中 那俺周六去", None)],
 [o, t("大哥您好，今天有什么需要？"),
  c("俺想问这车能上牌不", None),
  t("明白，我总结一下：您是觉得这车旧了不安全，想换辆新国标哩再上牌，对吧？"),
  c("俺没说换车 就问能上牌不", None),
  t("好的，那我理解您的意思是车骑着没劲，想换个大电池哩新车，上牌更省心，是吧？"),
  c("谁说没劲了 骑着好好哩 俺不换", "no_need"),
  t("所以您是担心新车太贵对吧？以旧换新旧车抵三百，新车两千九，中不中？"),
  c("两千九俺也不换 俺就问上牌哩事", "no_need")]))

o = c("喂 我是下周六办酒那家 我爷爷前天走了 婚礼要往后推", None)
PAIRS.append(gpair(
 "zhb22g_linshui_postpone", "wedding company (phone), Linshui, Guang'an, Sichuan", "pitch_to_upset",
 "A groom phones to postpone: his grandfather died days before the wedding.",
 [o, t("哎呀，节哀。屋头这阵肯定忙乱，推迟没问题，这边你先不操心。家里商量推到啥子时候没？"),
  c("还没定 老人说要过了百日 我脑壳现在是乱的", None),
  t("不着急定。我先把下周六档期取消，定金按推迟算，不扣钱。酒楼那边要不要我帮你去说？"),
  c("那酒楼你帮我说一下嘛 我实在没得精力", None),
  t("要得，我下午去说，说好了发消息给你。新日子等你们定了再说，一年内都算数。"),
  c("好 谢谢你哈", None)],
 [o, t("节哀顺变，我非常理解您现在的心情。请问您对推迟后的婚礼有什么新的期待吗？"),
  c("我现在哪有心思想这些 就是要推", None),
  t("理解理解。正好推迟了，您可以考虑升级套餐，我们新出了中式主题，加两千就能换，更有意义。"),
  c("我爷爷刚走 你跟我说升级", None),
  t("好多家庭遇到这种事都想办隆重点，告慰老人。而且推迟的话原来的优惠就没了，现在升级最划算。"),
  c("你这人 定金退给我 我不找你们了", None),
  t("定金合同写了不退的哦，不过升级的话可以抵扣……"),
  c("挂了", None)]))

o = c("俺爹哩胰岛素到恁这两天了 一个短信也没收着 他今儿都没针打了", None)
PAIRS.append(gpair(
 "zhb22g_ruzhou_medparcel", "parcel pick-up point, Ruzhou, Pingdingshan, Henan", "pitch_to_upset",
 "A woman is angry: her father's insulin sat at the point for two days with no pickup message.",
 [o, t("对不住，这是俺们哩错。手机尾号多少？我马上找。"),
  c("六六五二 名字写哩俺爹 王德山", None),
  t("找到了，是冷链件，放冷柜了，短信没发出去。你摸摸，冰袋还没化。"),
  c("这回要是弄坏了咋整 俺爹等着打针", None),
  t("盒子好好哩，你回去看一眼药上写哩温度。以后他哩件到了，我直接给你打电话，号码贴冷柜上。"),
  c("中 早这样多好 俺赶紧回去了", None)],
 [o, t("您先消消气。您平时收快递的体验怎么样？我们其实有个VIP会员，件到了专人电话通知。"),
  c("俺不要啥会员 先把药给俺找着", "no_need"),
  t("正在找。说实话您要是早办会员就不会这样了，一年才六十八，现在办送三次上门。"),
  c("俺爹没药打了 恁还在这推销", None),
  t("找到了。您看今天办一个，以后都不用担心，扫这个码就行。"),
  c("不办 药给俺 以后不在恁这拿", "no_need")]))

o = c("我在你们这买的充电器 昨晚上冒烟了 一股焦臭 吓死我了", None)
PAIRS.append(gpair(
 "zhb22g_zhongxian_charger", "e-bike shop, Zhongxian, Chongqing", "blame",
 "A woman says the charger she bought here last month smoked overnight.",
 [o, t("吓到了吧，人没事就好。充电器带来没得？在屋头充还是楼下？"),
  c("带起的 在楼下车棚充的 插的插线板", None),
  t("我看下……插头这里烧黑了，里头电容鼓了，是充电器的问题。给你换个新的，不要钱。"),
  c("换个新的又冒烟咋个办嘛 我都不敢充了", "bad_experience"),
  t("你担心是对的。换个带过充保护的，充满自己断，再送你个定时插座，六个钟头断电。"),
  c("那好嘛 以后我白天充", None)],
 [o, t("冒烟？您是不是充了一整夜没拔？能说说您平时的充电习惯吗？"),
  c("是充了一晚上 以前都这样充的", None),
  t("那就对了。我非常理解您，但这是您使用习惯的问题，充一夜谁家的充电器都遭不住。"),
  c("才买一个月 你意思怪我", None),
  t("您是不是还用了插线板？插线板质量差也会烧，您自己买的吧？"),
  c("插线板好好的 烧的是你们充电器", None),
  t("人为使用不当不在保修范围哦，您可以再买个好点的，一百二。"),
  c("一百二 我才不得再在你这买", "bad_experience")]))

o = c("我科三的考试 你们港帮我约了下礼拜二 我查了系统里冇得", None)
PAIRS.append(gpair(
 "zhb22g_yizhang_testslot", "driving school, Yizhang, Chenzhou, Hunan", "blame",
 "A student finds the road-test slot the school promised to book was never booked.",
 [o, t("我马上查。身份证后四位？"),
  c("零八二X", None),
  t("查到了，是我们漏约了，对不起。下礼拜二已经满了，最近是礼拜四上午和下礼拜一。"),
  c("礼拜四我要上班 请假要扣钱的", "no_time"),
  t("那下礼拜一下午？我现在就约，约好截图发你，你在系统里也看得到。"),
  c("礼拜一可以 莫再搞错了啊", None),
  t("截图发你了。考前一天教练带你熟悉一遍路线，不收钱，算我们的补偿。"),
  c("要得 那还差不多", None)],
 [o, t("您好，理解您的担心。请问您有没有在系统里确认过预约信息呢？"),
  c("你们港帮我约好了 我就冇看", None),
  t("问题就在这里嘛。预约信息学员自己要核对的，您没核对，我们也冇办法。"),
  c("是你们港约好的啊", None),
  t("我们每天要约几百个人，难免的。您当时应该自己也约一下，下次记得哈。还有么子需要吗？"),
  c("那现在怎么搞 我假都请好了", None),
  t("那只能您自己再约了，最近的要两个礼拜后。"),
  c("你们自己搞错还怪我 我要退学费", None)]))

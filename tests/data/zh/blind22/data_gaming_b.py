"""zh_blind22 gaming pairs, kinds 6-10 (hand-written)."""
from common import c, gpair, t

PAIRS = []

o = c("我这个月话费扣了两百多 平时才五十八 你们咋个回事", None)
PAIRS.append(gpair(
 "zhb22g_quxian_phonebill", "mobile-carrier branch, Quxian, Dazhou, Sichuan", "putdown_question",
 "A man says his bill jumped from 58 to over 200 this month.",
 [o, t("两百多确实不对劲，我马上查明细。这个月出过省没有，手机借给别人用过没？"),
  c("没出去 就是娃儿放暑假在屋头耍我手机", None),
  t("查到了：三笔游戏充值走的话费代扣，一共一百五十六。娃儿可能不晓得是扣话费。"),
  c("我就说嘛 那这钱退得回来不", None),
  t("未成年人充值可以申请退，我帮你提交，七个工作日左右有结果。再把话费代扣给你关了。"),
  c("关了好 退款嘛 上回你们也说帮我退 结果没得下文", "bad_experience"),
  t("这回我给你登记个单号，写在这张纸上。七天没消息你打我座机，我姓何。"),
  c("要得 那我等你消息", None)],
 [o, t("您先别激动。您是不是自己乱点了什么东西？具体怎么回事呢？"),
  c("我点啥子了 我就打电话", None),
  t("那我问一下，您平时看得懂话费账单吗？还是从来都没看过？"),
  c("你啥子意思嘛 说我看不懂", None),
  t("理解您的感受。系统一般不会错的，是不是家里人背着您乱买东西？"),
  c("娃儿是耍过手机 那你们就随便扣？", None),
  t("那不就清楚了？您怎么连小孩都管不住呢？要不要办个亲情套餐，以后好管？"),
  c("我不办 我要投诉你", "no_need")]))

o = c("俺科二又挂了 第二回了 还能约第三回不 俺心里可没底了", None)
PAIRS.append(gpair(
 "zhb22g_guanxian_kemuer", "driving school, Guanxian, Liaocheng, Shandong", "putdown_question",
 "A woman in her thirties has failed the field test twice and asks about a third try.",
 [o, t("能约，有五回机会呢，别急。两回都挂在哪个项目上？"),
  c("都是侧方停车压线 练嘞时候好好嘞 一考就慌", None),
  t("练着行考着慌，说明技术有，是紧张。考场的点位跟咱场地可能不一样，你去考场模拟过没？"),
  c("没去 模拟一回两百 俺舍不得", "too_expensive"),
  t("两百是不少。这样，我按考场点位在咱场地给你摆一遍，带你练侧方，不另收钱。"),
  c("周六俺得看孩子 周日中不中", "no_time"),
  t("周日上午中。约考先约下个月中旬，别挤太近。"),
  c("中 谢谢恁 张教练", None)],
 [o, t("又挂了？这么简单的项目都过不了，您觉得问题到底出在哪呢？"),
  c("俺就是一考就慌", None),
  t("慌？别人咋都不慌呢？您练车时是不是没用心？能具体说说吗？"),
  c("俺咋没用心了 俺天天下了班就来", None),
  t("我理解。那您觉得，您这个年纪反应是不是本来就慢点？下回打算咋改进呢？"),
  c("恁这是说俺笨呗", None),
  t("没那意思。那要不要报个考前VIP强化班，一千二，保过？"),
  c("俺不报 俺换个教练", "no_need")]))

o = c("我刚拿哩这个快递 电饭锅摔裂了 恁看咋弄", None)
PAIRS.append(gpair(
 "zhb22g_gushi_brokenparcel", "parcel pick-up point, Gushi, Xinyang, Henan", "not_my_department_or_read_the_terms",
 "A man opens a parcel at the pick-up point and finds the rice cooker cracked.",
 [o, t("哎呀我看看。就在这拆哩吧？外头箱子压坏没？"),
  c("就在门口拆哩 箱子一个角瘪了", None),
  t("那是路上压的。箱子先别扔，我把箱子、锅、面单都拍上登记。你可以找网店退换，一般快些。"),
  c("找网店 上回找商家退个鞋 扯皮扯了半个月", "bad_experience"),
  t("那就走快递理赔，我替你报，三到五天。照片我留一份，商家那边你也能用。"),
  c("中 俺给俺娘买哩 她等着使", None),
  t("理赔单号我写给你，三天没动静你来找我，我打他们网点电话催。"),
  c("中 那可谢谢恁了", None)],
 [o, t("您好，您遇到了什么问题？能具体说说吗？"),
  c("电饭锅摔裂了 刚拿哩", None),
  t("非常理解您的心情。不过我们就是个代收点，破损这个不归我们管，您得找快递公司。"),
  c("快递公司电话打不通啊 恁不就是他们哩点吗", None),
  t("我们只负责放件。您签收时没当面验货吗？签了字就算认了，单子背面条款都写着。"),
  c("俺签哩时候咋知道里头碎了", None),
  t("规定不是我定的。您找商家或者打客服吧。还有什么我能帮您的吗？"),
  c("啥也帮不了还问啥 以后不在恁这拿了", None)]))

o = c("喂 你们三个月前帮我铺的地砖 裂了好几块 踩起来空空的响", None)
PAIRS.append(gpair(
 "zhb22g_qidong_tiles", "home-renovation crew, Qidong, Hengyang, Hunan", "not_my_department_or_read_the_terms",
 "A homeowner phones: three months after the job, floor tiles have cracked and sound hollow.",
 [o, t("好，我记下来了。哪个房间？几块？有冇放过重东西？"),
  c("客厅 五六块 冇放么子重的 就靠窗那一排", None),
  t("靠窗一排空响，多半是砂浆没打满或者伸缩缝没留够，是我们的问题，在保修期内。明天下午我带师傅来敲一下。"),
  c("明天下午我要接崽 四点后才有人", "no_time"),
  t("那四点半到。确认是空鼓就撬开重铺，材料人工我们出。砖还有剩的冇？"),
  c("剩了三块 放阳台上", None),
  t("够先补。明天四点半，我姓刘，这是我手机号。"),
  c("要得 刘师傅 我等你", None)],
 [o, t("您好，感谢您的反馈！您对这次装修的整体体验怎么样呢？"),
  c("么子体验 砖都裂了 你们来看下咯", None),
  t("理解您的心情。不过铺砖是包给外面师傅做的，那不归我管，您得找他。"),
  c("我是跟你签的合同 找么子外面师傅", None),
  t("合同第十二条写了，瓷砖开裂属于材料问题，您看下条款就清楚了，要找瓷砖厂家。"),
  c("冇放重东西就裂了 你港是砖的问题？", None),
  t("规矩不是我定的，公司就这么规定。您还有别的问题吗？"),
  c("行 我去住建局投诉你们", None)]))

o = c("我们在村头办坝坝宴 就想请个主持人 其他的自己搞", None)
PAIRS.append(gpair(
 "zhb22g_kaizhou_weddinghost", "wedding company, Kaizhou district, Chongqing", "social_proof_or_deadline_pressure",
 "A groom-to-be wants only a host for an open-air village banquet wedding.",
 [o, t("要得，坝坝宴热闹。好多桌？哪天？主持你们想要搞些啥子？"),
  c("五十桌 腊月十八 我妈说不要搞那些整人的游戏", None),
  t("明白，不整人。找个稳重、会说方言的，请两边老人上台说几句。一场一千二，带音响。"),
  c("一千二哦 我表哥结婚请的才八百", "too_expensive"),
  t("你表哥那个可能不带音响。村头借得到音响的话，我们也八百。"),
  c("音响借得到", None),
  t("那就八百不带音响。先发两个主持的视频你挑，看好了再定。"),
  c("要得 发我微信 我和媳妇一起看", None)],
 [o, t("恭喜！请问您对婚礼最看重的是什么呢？"),
  c("就想请个主持 坝坝宴 五十桌", None),
  t("明白。跟您说，你们镇上今年结婚的十家有八家找我们，现在都流行全套，舞台灯光一起上。"),
  c("我们就要个主持 其他不要", "no_need"),
  t("理解您的需求。不过腊月十八是大日子，就剩最后一个档期，今天不交定金明天肯定没了。"),
  c("我还没跟媳妇商量", "think_it_over"),
  t("您隔壁村李家上周刚定了全套，人家一点没犹豫。这个价只到今天晚上六点。"),
  c("那你给李家搞嘛 我不急这一天", "brush_off")]))

o = c("老板 听港你们有无人机打药 么个价钱", None)
PAIRS.append(gpair(
 "zhb22g_yongfeng_dronespray", "farm-supply shop, Yongfeng, Ji'an, Jiangxi", "social_proof_or_deadline_pressure",
 "A rice farmer asks about paying for drone spraying instead of spraying by hand.",
 [o, t("一亩八块，药另算。你几亩田？往年自己背喷雾器打？"),
  c("十二亩 自己背不要钱 就是今年腰不行了", None),
  t("腰不好莫硬撑，十二亩无人机半个钟头打完。田在哪个组？边上有冇电线？"),
  c("下坊组 有两块挨着高压线 还有 去年我邻居请人飞 打得不匀 一半田冇效果", "bad_experience"),
  t("打不匀多半是飞太高太快，我们飞手会先看田、压低飞。挨高压线那两块飞不了，要人工。"),
  c("那两块小 我自己慢慢打", None),
  t("那就十亩飞，八十块。打完你去田里看，哪块冇打到我们免费补。稻飞虱下个月初打，我提前三天约你。"),
  c("要得 到时候打我电话", None)],
 [o, t("您好！您对今年的收成有什么期待呢？"),
  c("就想问下无人机打药么个价", None),
  t("一亩八块。跟您说，你们下坊组的老表今年全都签了我们的全年托管，就您还在自己背。"),
  c("全年托管是么个 我就要打一回药", "no_need"),
  t("一亩一百二，打药施肥全包。今天签是活动价，明天就恢复一百五，名额只剩三个。"),
  c("十二亩一千多 我冇那么多钱", "no_money"),
  t("隔壁村都抢着签，您再犹豫就没了。今天能定不？"),
  c("我回去问下我崽再港", "think_it_over")]))

o = c("我这电瓶在恁这买哩 才八个月 跑一半就没电了 送外卖跑不完一天", None)
PAIRS.append(gpair(
 "zhb22g_dengzhou_battery", "e-bike shop, Dengzhou, Nanyang, Henan", "keyword_stuffed",
 "A delivery rider says the battery he bought here eight months ago now runs half the distance.",
 [o, t("八个月就剩一半，不正常。你一天跑多少公里？咋充电，充满才拔还是随时充？"),
  c("一天八九十公里 中午没电了在站点充一会 晚上再充满", None),
  t("跑这么多电瓶负荷大。我先测一下，看是一块坏了还是整组衰了，十分钟。"),
  c("中 恁测吧", None),
  t("四块里有一块掉得厉害，拖累了整组。在保修期，免费换这一块。"),
  c("光换一块中不中 上回在别家换哩是翻新货 俩月就不中了", "bad_experience"),
  t("这块是新哩，你看生产日期，上个月哩。换完我给你记上，两个月内再不行，整组换。"),
  c("中 那我等会 还得赶中午那一波单", None)],
 [o, t("感谢您的反馈！我完全理解您的感受，您的需求和体验对我们非常重要，我们重视和每位客户的长期关系。"),
  c("那你看看这电瓶咋回事", None),
  t("好的。我想先了解您的需求：您觉得什么样的骑行体验能让您感到满意和成功呢？"),
  c("能跑一天就中 我是跑外卖哩", None),
  t("所以我听到的是，您需要一个支持您事业成功的伙伴。我们的目标就是满足您的需求，提升您的体验。"),
  c("恁说这些俺听不懂 电瓶到底能不能换", None),
  t("理解您的心情。为了更好地服务您的需求，您对今天的服务满意度怎么样？还有什么其他需要吗？"),
  c("不满意 我找别家修去", None)]))

o = c("医生你好 我娃儿一岁 上个月发烧没打成那个麻疯疫苗 现在还能补不", None)
PAIRS.append(gpair(
 "zhb22g_nanxi_vaccine", "township health centre (WeChat voice), Nanxi, Yibin, Sichuan", "keyword_stuffed",
 "A mother asks by voice message whether her one-year-old can still get a missed measles-rubella shot.",
 [o, t("能补，麻风疫苗晚一两个月没关系。娃儿烧退了好久了？这两天咳不咳、拉不拉肚子？"),
  c("退了两个多星期了 没咳 吃饭也正常", None),
  t("那可以打。接种是每周二、周四上午，带接种本。你愿意的话同一天乙脑也能打。"),
  c("两针一起打 娃儿遭得住不哦 我有点怕", None),
  t("一起打是允许的，两只胳膊各一针。你担心的话，乙脑隔一周再来打也行。"),
  c("那分开打嘛 周二我要上班 周四来", None),
  t("要得，周四上午八点半到十一点。打完留观半小时，当天莫洗澡。"),
  c("好 谢谢医生", None)],
 [o, t("您好！非常感谢您的信任，我们非常理解您作为妈妈的感受，宝宝的健康需求是我们最重视的。"),
  c("就是想问那个麻疯疫苗还能补不", None),
  t("完全理解您的需求。我们始终以您的体验为中心，致力于和每个家庭建立长期信任的关系。"),
  c("所以能补不嘛", None),
  t("我听到您非常关心宝宝，这种感受特别重要。我们会全力支持您育儿成功，满足您的一切需要。"),
  c("你到底是不是医生哦", None),
  t("欢迎您随时来！请问您对今天的沟通体验满意吗？还有什么需要吗？"),
  c("算了 我问我们村医", None)]))

o = c("妹子 我孙伢子港有个快递寄到这里 我冇得那个么子码", None)
PAIRS.append(gpair(
 "zhb22g_pingjiang_parcelcode", "parcel pick-up point, Pingjiang, Yueyang, Hunan", "rude",
 "An older man has no pickup code for a parcel his grandson ordered in his name.",
 [o, t("冇得码也查得到。么子名字收的？"),
  c("我的名字 李国华 手机是孙伢子的 尾号三八四几 记不清了", None),
  t("冇关系，名字查得到。李国华……有两个件，一个大箱子一个小袋子，都是您的？"),
  c("他港是一双鞋子 大箱子我不晓得", None),
  t("小袋子是鞋子。大箱子也是这个名字，您要不打个电话问下孙伢子，免得拿错。"),
  c("他在上课 冇接怎么办", None),
  t("那先拿鞋子，箱子我给您留着，放三天都冇事，他回了电话您再来。"),
  c("好咧 你咯妹子好", None)],
 [o, t("码呢？冇得码我怎么查？叫寄件的人发给您啊。"),
  c("我孙伢子在上课 打不通", None),
  t("那我有么子办法，后面还排十几个人。您自己手机上不会看？短信里就有。"),
  c("我这个老人机 不晓得看短信", None),
  t("哎呀。名字？快点港，我忙得很。"),
  c("李国华 国家的国 中华的华", None),
  t("两个件，您要哪个？自己都不晓得买了么子，还来拿。"),
  c("你咯妹子港话好难听 我不拿了 叫孙伢子自己来", None)]))

o = c("你好 我想换个教练 现在这个在车头抽烟还吼人", None)
PAIRS.append(gpair(
 "zhb22g_qijiang_coach", "driving school (WeChat front desk), Qijiang district, Chongqing", "rude",
 "A student asks to change coach because the coach smokes in the car and yells.",
 [o, t("收到。你是哪个教练名下的？抽烟吼人是每回都这样还是偶尔？"),
  c("王教练 科二 基本每回都抽 一开错就吼 我都不敢去练了", None),
  t("车里抽烟本来就违规，我会跟负责人反映。科二还有陈教练，女的，比较耐心。你哪几天能练？"),
  c("周末 平时要上班", None),
  t("陈教练周六上午有空位，换教练不收钱，学时照算。先给你排这周六九点，行不？"),
  c("行 不过王教练会不会给我穿小鞋哦", None),
  t("不会跟他说是你反映的，考试也不是他一个人说了算。有啥子你直接找我。"),
  c("那就好 谢谢", None)],
 [o, t("换教练？你练了几回嘛就要换。"),
  c("练了五回 他每回都在车头抽烟 还吼人", None),
  t("吼两句就受不了？那你考场上咋个办。人家累了抽一根，你开窗嘛。"),
  c("我闻到烟就头晕 而且他骂得好难听", None),
  t("哦，那你想换哪个？个个教练都差不多，换了你又嫌。"),
  c("那你们有没有女教练", None),
  t("有一个，排满了。等不了你就自己想办法。还有啥子问题没得？"),
  c("算了 我找你们校长", None)]))

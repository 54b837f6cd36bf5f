"""zhb47 gaming pairs, part a: monologue, closing_as_open_question, pitch_as_paraphrase, upsell_as_loop_closing, leading_tag_questions."""
from common import c, gpair, t

PAIRS = []

o = c("老板，我这左前轮吃胎吃得厉害，跑了不到三万公里就磨秃了，你给看看咋回事。", None)
PAIRS.append(gpair(
    "zhb47g_zhengzhou_truck_tyres", "truck tyre shop, Zhengzhou logistics park (Henan)", "monologue",
    "A semi-trailer driver on the Zhengzhou-Xi'an run wants to know why a front tyre wore out so fast.",
    [o,
     t("中，师傅。平时跑哪条线？拉的啥，一般装多重？"),
     c("郑州到西安，跑连霍，拉快递零担，基本都是满的。", None),
     t("磨的是外边还是里边？还是一圈都秃？"),
     c("外边磨得狠，里头还有花。", None),
     t("一边吃胎多半是前束不对，光换胎不中，过三万公里又秃了。先做个四轮定位，八十块，定正了再换俩前胎。"),
     c("定位还得排队吧？我下午两点就得去园区装货。", "no_time"),
     t("现在没人排，十分钟就好。胎给你拿中档的，一千一一条，你这跑法够用。"),
     c("中，那弄吧。", None)],
    [o,
     t("师傅你这问题我懂！咱店这款进口钢丝胎，耐磨指数行业第一，三万公里算啥，跑十万没问题，你的体验会完全不一样，我跟你讲它这个胎面配方……"),
     c("不是，我是问它为啥磨……", None),
     t("对对，磨就是胎不行嘛！这款现在做活动，送气门嘴，还送一年免费补胎，跑西安线的师傅都装了。你还有啥需要？"),
     c("一条多钱？", None),
     t("一千八一条，一分钱一分货，咱讲的是长期合作关系嘛，我先给你上俩，你坐那儿喝口水。"),
     c("一千八？我上回才一千一。算了，我去别家看看。", "too_expensive")]))

o = c("喂，你们是成都到兰州的专线哈？我有点火锅底料要发，想问下价格。", None)
PAIRS.append(gpair(
    "zhb47g_chengdu_lanzhou_ltl", "LTL freight line Chengdu-Lanzhou (Sichuan)", "monologue",
    "A hotpot-base maker phones a freight line; a broker once ran off with his cash-on-delivery money.",
    [o,
     t("是的嘛老板。你是要零担还是整车？"),
     c("你先报个价嘛，我就问一下，发不发还说不定。", "brush_off"),
     t("要得，价要看货。一趟大概几件、好重？多久发一回？"),
     c("三十来件，一件二十斤的样子，每个礼拜都有。", None),
     t("要得。兰州那边收货，要不要我们帮你代收货款？"),
     c("莫提代收了，去年一个专线帮我代收两万多，人跑了，钱到现在都没要回来。", "bad_experience"),
     t("那确实恼火。那就不代收，你让兰州客户直接打给你。以后要代收，也是隔天打你卡上，先小单试。"),
     c("那先试一趟嘛，不代收，你报个价。", None)],
    [o,
     t("老板你好！我们是成都到兰州的老牌专线，十二年了，自有车四十台，天天发车，兰州有自己的分拨中心，全程GPS，丢货包赔，服务过好多大客户……"),
     c("哦，那价格……", None),
     t("价格你放心！代收货款一天回款，月结也行，上门提货、保价、回单都有，客户体验是第一位的，你还有啥子需要了解的？"),
     c("代收那个我就是怕了，上回遭人卷跑两万多。", "bad_experience"),
     t("我们肯定不得！正规公司，执照、道路运输许可证都有，我加你微信发资料，你先把货拉过来嘛。"),
     c("算了，你发资料嘛，我再问问别家。", "brush_off")]))

o = c("你这冷库咋收费的？额家今年苹果有个四万来斤，想放到过年后再卖。", None)
PAIRS.append(gpair(
    "zhb47g_luochuan_apple_storage", "controlled-atmosphere apple store, Luochuan (Shaanxi)", "closing_as_open_question",
    "An apple grower asks about storing his crop until spring, hoping for a better price.",
    [o,
     t("叔，气调库一斤存到三月一毛二，普通库八分。四万斤是全存，还是留一部分现在卖？"),
     c("现在客商给两块三，额想着年后能到三块。", None),
     t("一斤多七毛，扣了一毛二还划算。不过年后价也说不准，屋里人咋看？"),
     c("娃他妈说存一半，怕万一跌了。这两天也忙着摘，没空跑你这签。", "no_time"),
     t("存一半稳当。不用跑，你摘完拉来，入库那天再签。我们先帮你分级，烂果不进库。"),
     c("那行，就两万斤，下礼拜拉来。", None)],
    [o,
     t("叔，你这想法太对了！我问你个开放问题：你想存气调库还是普通库？"),
     c("先说价钱嘛。", None),
     t("气调一毛二。那你觉得，要咋样你今天才能把定金交了？"),
     c("今天交啥定金，额还没跟屋里人商量。", "think_it_over"),
     t("理解理解！那你看定金是交一千还是两千合适？微信还是现金？"),
     c("你这娃咋这么急，额回去再说。", "think_it_over")]))

o = c("我看恁这无人机一天能打几百亩？俺村小麦一喷三防都找人打，我寻思自己买一台干。", None)
PAIRS.append(gpair(
    "zhb47g_zhoukou_spray_drone", "crop-spraying drone dealer, Zhoukou (Henan)", "closing_as_open_question",
    "A wheat farmer thinks of buying a spraying drone to spray for the village.",
    [o,
     t("一天三四百亩没问题。你是光打自家的，还是想给别人打挣钱？"),
     c("主要给别人打，俺村加邻村有三千来亩。", None),
     t("那量够。飞手谁来当？你自己学还是找人？"),
     c("我自己学。就是一台五六万，我手头就两万。", "no_money"),
     t("首付两万能提，不过不急。你先来上七天培训拿证，今年跟我们飞防队干一季，看一亩能落多少钱再买。"),
     c("这中，先学，看看再说。", None)],
    [o,
     t("老哥有眼光！我想问问你，你是想要二十升的还是四十升的？"),
     c("我也不懂，哪个合适？", None),
     t("四十升的效率高。那你看，首付你是打算付两万还是三万？"),
     c("我手头就两万，还得留着买药。", "no_money"),
     t("两万正好！那你是今天交还是明天交？明天提机咱还能搞个仪式，你觉得咋样？"),
     c("不急，我还没想好，回头再说吧。", "think_it_over")]))

o = c("我问一下，洋芋挖掘机你们有没有？我家二十亩，今年人工雇不上了。", None)
PAIRS.append(gpair(
    "zhb47g_dingxi_potato_digger", "farm machinery shop, Dingxi (Gansu)", "pitch_as_paraphrase",
    "A potato grower on small terraced fields cannot hire pickers and asks about a digger.",
    [o,
     t("有呢。你家是平地还是山坡地？拖拉机多大马力？"),
     c("都是梯田，尕块块的，拖拉机三十五马力。", None),
     t("梯田地头窄。所以你要的是能在小块地里掉头、三十五马力拉得动的，对吧？"),
     c("对对，就这个意思。", None),
     t("那单行挖掘机合适，四千二，挖出来人捡。双行的要五十马力以上，你那个带不动。"),
     c("四千二也不少，我跟我兄弟商量下合买一台。", "think_it_over")],
    [o,
     t("有！我先复述一下：你需要的是我们的四行联合收获机，挖、抖土、装袋一条龙，对吧？"),
     c("啥联合，我就二十亩地。", "no_need"),
     t("明白，所以你真正要的是省心，就是四万八这台，配一台八十马力拖拉机，我听得对吧？"),
     c("我拖拉机就三十五马力，你让我再买个拖拉机？那可买不起。", "no_money"),
     t("所以你的意思是想一步到位，对吧？可以贷款。"),
     c("我没那意思，大的我用不上。", "no_need")]))

o = c("老板 你们冷库能不能按天租 我卖菌子的 旺季就两个月", None)
PAIRS.append(gpair(
    "zhb47g_kunming_mushroom_coldroom", "cold-chain storage, Kunming (Yunnan)", "pitch_as_paraphrase",
    "A wild-mushroom online seller types on WeChat asking for day-rate cold storage in season.",
    [o,
     t("可以按天租。你一天大概进多少货？当天收当天发，还是要放几天？"),
     c("一天三四百斤 松茸牛肝菌都有 一般放一晚上 第二天早上发快递", None),
     t("那你要的是晚上进、早上出，放一晚预冷，不是长期存，对吧？"),
     c("对 长期放菌子也放不住", None),
     t("那按筐算划算，一筐一晚三块，四百斤大概二十筐，一晚六十。早上六点就能出库。"),
     c("可以 明天先拉二十筐来试试", None)],
    [o,
     t("可以的！我理解一下：所以您需要的是我们的全程冷链托管，收货预冷打包发货一条龙，一个月六千八，对吧？"),
     c("不是 我自己打包 就是晚上放一下", "no_need"),
     t("明白，所以您关心的是品质体验，那就是我们的VIP恒温仓，一个月三千二，我理解得对吗？"),
     c("三千二？？我一晚就放几百斤 太贵了", "too_expensive"),
     t("所以您是想要更高性价比的长期合作，年付打八折，对吧？"),
     c("我说的是按天 算了 找别家", None)]))

o = c("喂，我车险下个月到期了，你先给报个交强加三者的价，别的不要。", None)
PAIRS.append(gpair(
    "zhb47g_xian_truck_insurance", "truck insurance agent, Xi'an (Shaanxi)", "upsell_as_loop_closing",
    "A six-axle truck owner renewing insurance wants only the compulsory cover and third-party liability.",
    [o,
     t("好的王师傅，还是那辆六轴半挂吧？去年出过险没有？"),
     c("出了一回，追尾，赔了八千。", None),
     t("那今年会上浮点。三者你去年一百万，现在货车撞了人常赔到一百五以上，要不要提到两百万？多六百多。"),
     c("六百多……我回去跟我媳妇说一下，钱是她管着。", "think_it_over"),
     t("行，不急，下个月十号才到期。两个价我都发你微信，你俩看完再定，别的险我不给你加。"),
     c("行，发过来。", None)],
    [o,
     t("好的师傅！交强加三者给你记上了。为了闭环我再问一句：还有啥我能帮你加上的？车损要不要？"),
     c("不要，我说了就要这两个。", "no_need"),
     t("理解！为了确保您的体验完整，驾乘意外和货物险也加上吧？很多师傅都加，还有啥需要的？"),
     c("你听不懂话？车损都不要还要货物险？", "no_need"),
     t("明白！最后确认一下，玻璃险和划痕险也帮您带上，这样就完整了，还有其他需要吗？"),
     c("啥都不要了，我找别人续。", None)]))

o = c("老板，拿十包复合肥，柑橘树用的那种。", None)
PAIRS.append(gpair(
    "zhb47g_meishan_citrus_fertiliser", "farm supply shop, Meishan (Sichuan)", "upsell_as_loop_closing",
    "A citrus grower comes in for ten bags of compound fertiliser.",
    [o,
     t("要得。你那树现在啥时候，刚谢花还是在膨果？"),
     c("在膨果了，果子乒乓球那么大。", None),
     t("那拿高钾的，氮多了果子皮厚。你好多棵树？"),
     c("四百多棵。高钾的是不是要贵些？去年那个平衡肥一包才一百。", None),
     t("贵十块一包。四百棵十包够，一棵半斤，沟施，施完灌一道水。还有啥子不清楚的没得？"),
     c("没得了，就拿高钾的，十包。", None)],
    [o,
     t("要得！闭环一下哈：还有啥子我可以帮你加的？叶面肥要不要来两箱？"),
     c("不要，我就要复合肥。", "no_need"),
     t("好的，为了你今年丰收，生根剂和杀虫剂也带上嘛，好多果农都是配套用的，还要啥子？"),
     c("我屋头还有药，你莫给我加了。", "no_need"),
     t("最后问一句哈，还有啥子需要我服务的？新到的有机肥一包一百二，来五包？"),
     c("一百二？场镇上才八十。我就拿十包复合肥，好多钱？", "too_expensive")]))

o = c("我想看看蓝牌轻卡，拉城配的，平时就在郑州市里跑。", None)
PAIRS.append(gpair(
    "zhb47g_zhengzhou_light_truck", "light truck dealer, Zhengzhou (Henan)", "leading_tag_questions",
    "A city-delivery driver shops for a small truck that can enter the inner ring roads.",
    [o,
     t("好嘞。你主要拉啥？一天大概跑多少公里？"),
     c("给超市送饮料，一天一百五十公里左右，有时候要进三环。", None),
     t("进三环的话新能源的不限行。你家里或者仓库能充电不？"),
     c("仓库能充。就是俺表哥那电车，冬天掉电掉一半，趴路上两回。", "bad_experience"),
     t("冬天确实掉，按七折算。这车标二百六，冬天也有一百八，你一天一百五够。你开一天试驾车，拉一趟正常货，看剩多少电。"),
     c("这中，明个我拉一趟试试。", None)],
    [o,
     t("好嘞！跑城配，你肯定想要大马力柴油的，是吧？"),
     c("柴油的进不了三环吧？", None),
     t("办个通行证就行。你也不想要个没劲的车，对不对？这款一百六十马力，十八万，值，是吧？"),
     c("十八万？我预算就十来万。", "no_money"),
     t("十来万的车能跑几年？你是做生意的人，肯定不图便宜，对吧？今天定下来，是吧？"),
     c("你别一口一个对吧，我回去再想想。", "think_it_over")]))

o = c("嗯，那个，我家沃柑地六十亩，想整个滴灌，你们这种一亩要好多钱？", None)
PAIRS.append(gpair(
    "zhb47g_yuxi_drip_irrigation", "irrigation installer, Yuxi (Yunnan)", "leading_tag_questions",
    "A mandarin grower in a bad price year asks what drip irrigation costs for sixty mu.",
    [o,
     t("看地形，一般一亩一千二到一千八。你那地是坡地还是平地？水从哪点来？"),
     c("坡地，上头有个蓄水池，就是夏天有时候水不够。", None),
     t("现在是咋个浇的？"),
     c("拉管子人工浇，请两个人，一天一百五一个，浇一遍要一个礼拜。", None),
     t("坡地靠落差能省个泵。水不够的话要先算六十亩一天要好多水，不然装了也白装。我明天去量一下池子再出方案，咋个样？"),
     c("明天我要去昆明送货，后天嘛，下午我在地头等你。", "no_time")],
    [o,
     t("一千五一亩左右。你肯定想要带施肥的全自动那种，是吧？"),
     c("全自动的要好多？", None),
     t("一亩两千八。六十亩嘛，十几万，你种沃柑的肯定拿得出，是不是？"),
     c("哪个跟你说我拿得出？今年果子才卖两块。", "no_money"),
     t("价格烂才更要省人工嘛，对吧？你也不想明年还请人浇水，是吧？"),
     c("我先回去算算账再说。", "think_it_over")]))

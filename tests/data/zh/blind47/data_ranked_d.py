"""zhb47 ranked pairs d01-d10: two decent conversations, `better` is better."""
from common import c, rpair, t

PAIRS = []

o = c("我想看看二手牵引车，十五万左右的，有没有？", None)
PAIRS.append(rpair(
    "zhb47r_d01_xian_used_tractor_unit",
    "Used-truck market, Xi'an (Shaanxi): a driver once sold a truck with a rolled-back odometer shops for another.",
    [o,
     t("有几台。师傅准备拉啥、跑哪条线？自己开还是雇人开？"),
     c("自己开，西安到成都拉钢材，秦岭那段坡多。", None),
     t("拉钢材过秦岭，发动机和缓速器得好。这台一八年的，四百六十马力，带液力缓速器，十四万八。"),
     c("表上才四十万公里？上回我买那台也说四十万，开回去修发动机花了三万，表是调过的。", "bad_experience"),
     t("那你别光信表。车架号给你，服务站能查保养记录，你自己打电话查；再叫你信得过的修理工来看，检测费我出。"),
     c("那中，明天我叫我师傅来看。", None)],
    [o,
     t("有，你看这台，一八年的，四百六十马力，十四万八，车况好得很。"),
     c("表上才四十万公里？上回我买那台也说四十万，表是调过的。", "bad_experience"),
     t("咱这都是正经车源，不调表。你试驾一下，发动机声音一听就知道。"),
     c("试一下也行，但十四万八还是高，能少不？", "too_expensive"),
     t("诚心要的话十四万三，再低就没了。"),
     c("我再转转，回头给你打电话。", "think_it_over")]))

o = c("听说恁粮库能代存麦子，等价高了再卖？咋收费？", None)
PAIRS.append(rpair(
    "zhb47r_d02_luoyang_grain_storage",
    "Grain depot, Luoyang (Henan): a wheat farmer asks about storing his harvest to sell later.",
    [o,
     t("能。一斤一个月一分，入库水分要十三以下。你有多少，打算存多久？"),
     c("五十亩，三万多斤。现在一块二，去年这时候一块四，我想等到年底。", None),
     t("存六个月一斤六分，年底要到一块二毛六以上才不亏。你屋里这半年有没有用钱的地方？"),
     c("九月孩子上大学，得交学费，一万来块。", None),
     t("那别全存。先卖一万斤把学费留出来，剩下两万斤存着。价也可能不涨，这我不给你打包票。"),
     c("这法儿中，俺跟孩他娘说说，明天拉来。", "think_it_over")],
    [o,
     t("能。一斤一个月一分，入库水分要十三以下，凭存单随时卖，按当天价结。"),
     c("存六个月就六分，划算不划算啊？", None),
     t("一般年底都涨，去年年底一块四。存着不吃亏。"),
     c("万一不涨呢？全存进去，俺九月孩子的学费都没着落。", "no_money"),
     t("存着也能随时来卖，当天结钱，不耽误用。"),
     c("那中，俺回去合计合计。", "think_it_over")]))

o = c("我们是卖郫县豆瓣的网店，每个月要往西安、郑州的仓库补货，想找个固定的专线。", None)
PAIRS.append(rpair(
    "zhb47r_d03_chengdu_ecommerce_ltl",
    "LTL freight line, Chengdu (Sichuan): an online chilli-paste seller wants a regular carrier to two warehouses.",
    [o,
     t("好的。一个月大概好多吨？玻璃瓶还是袋装？"),
     c("一个月十来吨，玻璃瓶多。之前那家一趟碎了二十几箱，扯皮扯了两个月。", "bad_experience"),
     t("玻璃瓶我们要求打托缠膜，单独放车头，不跟五金压一起。到仓拍照签收，碎了按箱赔，一个礼拜内结。双十一量会翻倍不？"),
     c("会，十月要发三十吨。", None),
     t("十月我提前给你留车位。先签三个月，第一个月按单结，破损率你满意再签一年。"),
     c("可以，合同和报价发我邮箱。", None)],
    [o,
     t("好的。西安、郑州天天发车，重货一公斤四毛五，轻货一方一百八，三天到。"),
     c("价格还行。之前那家一趟碎了二十几箱玻璃瓶，扯皮两个月。", "bad_experience"),
     t("我们有保价，千分之三，碎了按保价赔。"),
     c("还要另买保价？那算下来也不便宜了。", "too_expensive"),
     t("保价自愿，不买也行，我们装车很小心。签一年价格还能再优惠点。"),
     c("一年太长了，我先发一趟试试再说。", "think_it_over")]))

o = c("嗯，那个，听说你们这儿能帮着在网上卖苹果？额家花牛有两万多斤。", None)
PAIRS.append(rpair(
    "zhb47r_d04_tianshui_apple_online",
    "County e-commerce service station, Tianshui (Gansu): an apple grower wants to sell online.",
    [o,
     t("能帮。叔，你现在卖给客商一斤多少？果子大小咋样？"),
     c("客商给两块五。大的小的都有，大的占一半吧。", None),
     t("网上十斤一箱，快递加箱子十五六块，小果在网上卖不上价，划不来。只挑八十五以上的大果上网，小果照样给客商。"),
     c("挑果子费工，家里就额跟老婆子俩，摘都摘不过来。", "no_time"),
     t("站里有分选机，你拉来我们给你选，一斤五分。先挂一千斤大果试，卖得动再说。"),
     c("那中，先拉一车大的来。", None)],
    [o,
     t("能帮。我们给你开个店，拍照上架我们弄，一单收三块服务费。"),
     c("一单三块，那还行。果子咋卖呢？", None),
     t("十斤一箱，网上一般卖五十九包邮。快递和箱子十五块，我们联系。"),
     c("五十九十斤，比客商给的高多了。", None),
     t("对。你把果子拉来，我们拍照上架，这周就能卖。"),
     c("额回去跟老婆子说一下，过两天拉来。", "think_it_over")]))

o = c("我想买个四米二的冷藏车，拉菜的，你们这个好多钱？", None)
PAIRS.append(rpair(
    "zhb47r_d05_kunming_reefer_truck",
    "Refrigerated truck dealer, Kunming (Yunnan): a vegetable trader with many drops per trip wants a small reefer.",
    [o,
     t("看配置，十六万到二十二万。拉啥子菜？跑哪点？一趟卸几个点？"),
     c("叶子菜，昆明收了拉到大理、丽江的超市，一趟卸六七个点。", None),
     t("门开得多掉温快，要选独立冷机，停车熄火卸货也能制冷。这个配置二十万出头。"),
     c("二十万……我本来想十六七万，超了。", "no_money"),
     t("非独立的十七万，但停车就不制冷，夏天卸六七个点叶子菜要蔫。可以三年分期，或者先租我们一台跑两个月，看哪种够用。"),
     c("租两个月这个可以，先租嘛。", None)],
    [o,
     t("看配置，十六万到二十二万。你预算好多？"),
     c("十六七万吧。", None),
     t("那这台非独立冷机的正合适，十六万八，零下十八度都打得到。"),
     c("零下十八我用不到，叶子菜四五度就行。", None),
     t("那更够了，这台性价比高，这个月定还送两千油卡。"),
     c("行，你把资料发我微信嘛，我有空看。", "brush_off")]))

o = c("我那无人机打药打着打着喷头不出水了，这正是一喷三防的时候，活儿都接满了！", None)
PAIRS.append(rpair(
    "zhb47r_d06_zhumadian_drone_pump",
    "Spraying-drone service centre, Zhumadian (Henan): a drone fails at the peak of the wheat spraying season.",
    [o,
     t("别急。四个喷头都不出，还是一边不出？遥控上报啥？"),
     c("都不出，遥控上说水泵异常。去年也是这时候坏，在别家修了一个礼拜。", "bad_experience"),
     t("多半是泵堵了或者烧了。你把药箱用清水冲一下，再开泵试试，还不转就是泵坏了。"),
     c("冲过了，不转。", None),
     t("那是泵烧了，换泵半个钟头，保内不要钱。你走不开的话，我让人开车把泵送到地头给你换。"),
     c("送地头中，我这一百亩今天得打完。", None)],
    [o,
     t("你把机子拉到店里来，我们给检测一下。"),
     c("得几天？去年也是这时候坏，在别家修了一个礼拜，接的活全黄了。", "bad_experience"),
     t("一般两三天，看是啥毛病，有配件就快。"),
     c("两三天太长了，有没有快点的法子？", None),
     t("那你早点拉来，我给你排前面，尽量明天弄好。"),
     c("中，我这就拉过去。", None)]))

o = c("你们这儿恒温库还有位置没？我收了三百吨洋芋，想放到明年四五月。", None)
PAIRS.append(rpair(
    "zhb47r_d07_dingxi_potato_store",
    "Potato cold store, Dingxi (Gansu): a potato trader wants to store 300 tonnes until late spring.",
    [o,
     t("有。收的啥品种？做淀粉的还是鲜食的？"),
     c("鲜食的，新大坪，往广东发。", None),
     t("放到四五月，新大坪过了二月容易发芽，库温得压到三四度，还得打抑芽剂，一吨多二十块。"),
     c("又多二十？一吨存下来一百六了，比土窖贵一倍。", "too_expensive"),
     t("土窖便宜，放到四月发芽加烂，一般损一成，三百吨就是三十吨。也可以一半放土窖三月前卖，一半放我这儿。"),
     c("这么算也是。那放一百五十吨，下礼拜拉来。", None)],
    [o,
     t("有。一吨一个月二十，放到四五月，一吨一百四左右。"),
     c("一百四，比土窖贵一倍。", "too_expensive"),
     t("恒温库温度稳，损耗小，土窖到春天烂得多。"),
     c("那行吧，我先放两百吨。", None),
     t("好，下礼拜来签合同，入库前打电话。"),
     c("中。", None)]))

o = c("我想贷款买台新牵引车，首付能拿十万，月供好多？", None)
PAIRS.append(rpair(
    "zhb47r_d08_nanchong_truck_loan",
    "Truck finance desk, Nanchong (Sichuan): a driver burnt by a fleet-registration company asks about a loan.",
    [o,
     t("三十五万的车，首付十万，三年月供七千五左右。你跑啥子线，一个月能落好多？"),
     c("南充到广州，好的时候落一万五，淡季七八千。", None),
     t("淡季七八千，月供七千五太紧了，拉到四年是五千八。你打算个人名下还是挂靠？"),
     c("不挂靠，上回那家公司把我保险钱吃了，车还不好过户。", "bad_experience"),
     t("那办个人名下，营运证你自己办，麻烦点但车是你的。两个方案我都写出来，你拿回去算。"),
     c("要得，我拿回去跟屋头商量一下。", "think_it_over")],
    [o,
     t("三十五万的车，首付十万，三年月供七千五左右，挂靠我们合作的运输公司，三天办完。"),
     c("挂靠？上回那家公司把我保险钱吃了，我不想挂。", "bad_experience"),
     t("我们合作这家正规得很，保险直接走银行。个人名下也能办，就是慢一个礼拜。"),
     c("慢点没得关系。月供七千五……我淡季一个月才落七八千。", "no_money"),
     t("大部分师傅都是这个月供，旺季多跑点就补回来了。"),
     c("那我回去再算一下。", "think_it_over")]))

o = c("我们做服装直播的，想在园区租个库房，两千平左右，有没有？", None)
PAIRS.append(rpair(
    "zhb47r_d09_zhengzhou_warehouse_lease",
    "Logistics park leasing office, Zhengzhou airport zone (Henan): a livestream clothing seller wants a warehouse.",
    [o,
     t("有。两千平是现在就要用这么多，还是按旺季算的？"),
     c("平时一千平够，双十一那两个月要两千多。", None),
     t("那租两千平，一年十个月空一半。可以租一千二的整库，旺季再按月租隔壁共享仓的库位。"),
     c("共享仓我用过，跟别人的货混一起，丢了两回货，不想再用。", "bad_experience"),
     t("那旺季那块我给你单独隔开上锁，钥匙你拿着。合同先签一年，别签三年。"),
     c("一年可以，你带我去看看那个一千二的。", None)],
    [o,
     t("有。二号库两千一百平，一平一个月二十二，起租三年，押三付三。"),
     c("押三付三一下子二十多万，我们现在周转紧。", "no_money"),
     t("可以押二付三，这是最大的让步了。"),
     c("那先去看看库。", None),
     t("好，现在就带你过去，装卸平台有四个。"),
     c("行。", None)]))

o = c("额想买个果园打药的风送机。去年买那个杂牌的，花期坏了三回，把额害惨了。", None)
PAIRS.append(rpair(
    "zhb47r_d10_yanan_orchard_sprayer",
    "Orchard machinery shop, Yan'an (Shaanxi): an apple grower whose sprayer failed in blossom time buys another.",
    [o,
     t("花期坏了确实要命。去年是哪儿坏的？泵还是风机？"),
     c("泵漏油，修一回等三天配件。", None),
     t("你园子是山地还是塬面？行距多宽？"),
     c("塬面，行距四米，十二亩。", None),
     t("四米行距用三百升这台正好。镇上有我们维修点，泵的配件都备着，合同写上坏了二十四小时修好，修不好先给你换台用。这台一万二。"),
     c("一万二，比去年那个贵四千呢。不过能这么保，倒也值。", "too_expensive")],
    [o,
     t("有，这台三百升的卖得最好，一万二，保修一年。"),
     c("一万二，比去年那个贵四千。", "too_expensive"),
     t("这是大厂的，质量好，不容易坏，一分钱一分货。"),
     c("坏了咋修？去年等配件等了三天。", None),
     t("打我们售后电话，会安排人去。"),
     c("那你给额留个电话，额有空再来。", "brush_off")]))

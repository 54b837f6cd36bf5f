"""zh_blind26 ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the
customer's reaction to it. Hand-written."""
from common import c, rpair, t

N = None  # no objection

PAIRS = []

# f01 fault: drops the price before asking anything
o = c("你好，想问下深圳发越南河内的陆运专线，大概多少钱一公斤？", N)
t3 = t("适配器算普货，可以走，五到七天到河内，清关我们包。收货方是公司还是个人？")
c4 = c("公司，他们有进口资质。", N)
t5 = t("那走正规报关，发票和装箱单的要求我发您，周五前备好就能上车。")
c6 = c("好，那这周五发。", N)
PAIRS.append(rpair(
 "zhb26r_f01_shenzhen_hanoi_road_freight",
 "An LED-strip trader asks a road-freight line the price per kilo from Shenzhen to Hanoi.",
 [o, t("您好！发什么货？大概多重？有没有带电或者液体？"),
  c("LED灯带，三百公斤左右，小纸箱装，有带电源适配器。", N), t3, c4, t5, c6],
 [o, t("您好！陆运八块一公斤，您量大我直接给七块，这个价别家拿不到。"),
  c("七块？咁仲可以平啲咩？我都未讲咩货，三百公斤LED灯带，有电源适配器。", "too_expensive"), t3, c4, t5, c6]))

# f02 fault: doubts the customer's honesty
o = c("老板 上个月拎嘅500个12V电源 有30几个上电冇输出 点算", N)
t3 = t("2309呢批我查下……呢批换过保险丝供应商，可能有问题。坏嘅全部寄返，运费到付，我哋换新，同批我另外多寄十个备用。")
c4 = c("好 我今日寄返", N)
t5 = t("收到货当日发新嘅，单号微信发您。")
PAIRS.append(rpair(
 "zhb26r_f02_dongguan_power_adapter_returns",
 "A repeat buyer reports that over thirty of 500 power adapters give no output.",
 [o, t("唔好意思老板，30几个比例太高。拍下坏嘅标签批次，同埋用万用表量下输出？"),
  c("批次2309 量咗 0V 其他正常12V", N), t3, c4, t5],
 [o, t("30几个？我哋出厂全检嘅喎，係咪你自己插错电压烧咗，再话我哋坏？"),
  c("我做咗十年电源 插错都唔知咩？批次2309 量咗0V 你自己睇相", N), t3, c4, t5]))

# f03 fault: argues with the customer
o = c("你好，你们送来的沙发颜色跟样板不一样，深了好多，我要的是浅灰。", N)
t3 = t("看到了，确实深了，应该是布料批次不同。我们免费换浅灰布套，十天内上门换，换之前沙发照常用。")
c4 = c("那好，换了我再确认。", N)
t5 = t("好，师傅上门前一天我打电话约时间。")
PAIRS.append(rpair(
 "zhb26r_f03_foshan_sofa_wrong_shade",
 "A customer says the sofa delivered from a Foshan maker is darker than the fabric sample.",
 [o, t("不好意思。麻烦您白天自然光下把沙发和布样放一起拍张照给我，我对一下批号。"),
  c("好，我拍给你……你看，明显深一号。", N), t3, c4, t5],
 [o, t("不会的，我们都是同一批布，您家灯光暗看起来深而已，其实一样的。"),
  c("我就是白天看的！要不要你自己来看？照片发你了，明显深一号。", N), t3, c4, t5]))

# f04 fault: an unasked lecture
o = c("老板 听日要二十斤基围虾 两条石斑 七点前送到得唔得", N)
t3 = t("好，一斤半清蒸啱啱好。基围虾今日四十八一斤，石斑八十五，明朝六点半送到您后门。")
c4 = c("得 照旧月结", N)
t5 = t("好，单今晚发您。")
PAIRS.append(rpair(
 "zhb26r_f04_guangzhou_seafood_supply",
 "A restaurant owner orders prawns and grouper from his seafood wholesaler for the next morning.",
 [o, t("得。石斑要几大条？蒸定焗？"),
  c("一斤半左右 清蒸 客人订咗嘅", N), t3, c4, t5],
 [o, t("得。不过老板我讲句，你石斑卖一百二一斤太平啦，人哋都卖一百六，咁做冇钱赚，菜单要改下。"),
  c("我点定价关你咩事 你送货就得 石斑一斤半左右 清蒸", N), t3, c4, t5]))

# f05 fault: a vague next step
o = c("你好，我是做家具的，嗯，想问问你们那个经营贷，大概能贷多少。", N)
t1 = t("您好！厂是您自己名下的吗？做了几年？一年流水大概多少？")
c2 = c("做了八年，执照是我的。一年流水六七百万吧。就是……去年亏了一点。", N)
t3 = t("亏一年不一定影响，主要看纳税和流水。您这情况大概能批一百到两百万，年利率三点五左右。要营业执照、近两年流水和纳税记录。")
c4 = c("行，材料我准备一下。", N)
PAIRS.append(rpair(
 "zhb26r_f05_foshan_furniture_business_loan",
 "A Foshan furniture maker asks a bank how much working-capital loan he could get.",
 [o, t1, c2, t3, c4,
  t("好。清单发您微信，这周四下午我去厂里帮您一起整理材料，当场预审。"),
  c("周四下午我要去东莞看木料，周五上午行不行？", "no_time")],
 [o, t1, c2, t3, c4,
  t("好的，您准备好交过来，我们审一下，有结果了会通知您。"),
  c("要多久啊？我等这笔钱进木料……那到底什么时候有答复？", N)]))

# f06 fault: over-promises
o = c("师傅，我铺面想翻新一下，做奶茶店，嗯，三十平，想问问多久能搞好。", N)
t1 = t("要改水电吗？墙面地面都重做？商场铺还是街铺？")
c2 = c("街铺。水电要改，加水槽和几个插座，地面换防滑砖。", N)
t5 = t("我先上门量一下，出报价和工期表，每天做什么写清楚，看哪些工序能同时做。明天上午十点方便吗？")
c6 = c("可以，明天十点。", N)
PAIRS.append(rpair(
 "zhb26r_f06_jiangmen_milk_tea_shop_fitout",
 "A tenant asks a renovation contractor how long a 30 m2 milk-tea shop fit-out takes.",
 [o, t1, c2,
  t("改水电加贴砖，正常十五到十八天，瓷砖胶要干透才能做吧台。赶的话最多压到十二天，再短容易返工。"),
  c("十五天……房租已经在交了，那个，能不能再快点？", N), t5, c6],
 [o, t1, c2,
  t("没问题，七天保证全部搞完，绝对不会有任何问题，我们做了几百家了。"),
  c("七天？之前问的都说要两周多……你确定？", N), t5, c6]))

# f07 fault: closes before checking the thing works
o = c("你好 我想买你哋嘅收银系统 奶茶店用 我有部旧嘅小票打印机 用唔用得", N)
t1 = t("您好！打印机乜嘢牌子？USB定网口？")
c2 = c("佳博 型号唔记得 USB嘅 用咗三年", N)
t5 = t("睇到，GP-58系列，兼容嘅。开通后我远程帮您装驱动试打，有问题七日内全额退。")
c6 = c("咁就得 发链接俾我", N)
PAIRS.append(rpair(
 "zhb26r_f07_zhongshan_milk_tea_pos",
 "A milk-tea shop owner wants to buy a POS system and reuse an old receipt printer.",
 [o, t1, c2,
  t("佳博大部分型号都支持。您影下打印机底部标签俾我确认型号，再远程试打一张，打到先付款。"),
  c("好 我而家影 发咗俾你", N), t5, c6],
 [o, t1, c2,
  t("佳博冇问题，全部用得。系统一年九百八，付款链接而家发您，付咗即刻开通。"),
  c("付咗先？上次买支扫码枪就係咁 唔兼容又唔退 我影咗标签 你睇清楚先", "bad_experience"), t5, c6]))

# f08 fault: recommends before asking
o = c("你好，我们是做物流的，在平湖，办公室想拉条宽带。", N)
t3 = t("这样的话五百兆商务宽带加一个固定IP就够，监控上传也跑得动，每月三百九十八。")
c4 = c("三百九十八可以。什么时候能装？", N)
t5 = t("周三能装。我先让工程师确认仓库那边的光纤覆盖，明天给您回电话。")
c6 = c("好的。", N)
PAIRS.append(rpair(
 "zhb26r_f08_pinghu_logistics_office_broadband",
 "A logistics company office manager in Pinghu asks a telecom rep for business broadband.",
 [o, t("好的。办公室几个人？主要做什么用，有没有监控、视频会议，要不要固定IP？"),
  c("十五个人，跑单系统，十几个监控要远程看，仓库那边要固定IP。", N), t3, c4, t5, c6],
 [o, t("推荐您办我们的企业千兆专线，每月一千二，带固定IP，很多公司都在用。"),
  c("一千二？你都没问几个人用。十五个人，跑单系统，十几个监控要远程看，要固定IP。", "too_expensive"), t3, c4, t5, c6]))

# f09 fault: unexplained jargon
o = c("你好，我第一次做欧洲站，想发一批货去德国亚马逊仓，嗯，不太懂流程。", N)
t1 = t("没关系，我一步步跟您说。什么产品？大概多少箱？")
c2 = c("宠物用品，猫抓板，四十箱左右。", N)
t5 = t("我把要办的证件和流程列张清单，每项写清楚是什么、多久办好、谁来办。德国税号一般四到六周，我们有合作的税务代理。")
c6 = c("好，那你先发给我看看。", N)
PAIRS.append(rpair(
 "zhb26r_f09_shenzhen_germany_amazon_first_shipment",
 "A seller new to Amazon Europe asks a forwarder how to ship cat scratchers to a German warehouse.",
 [o, t1, c2,
  t("猫抓板是普货。可以做包税到门，就是关税和增值税我们代交，到仓前您不用再付别的钱。前提是您要有德国增值税号，有了吗？"),
  c("增值税号……还没有，要多久办？", N), t5, c6],
 [o, t1, c2,
  t("可以走DDP，但要有VAT和EORI，FBA要提前约仓，不然会拒收，POD我们出。"),
  c("呃……DDP、EORI是什么意思？我听不太懂。", N), t5, c6]))

# f10 fault: talks about themselves instead of the customer
o = c("你好，我们明年三月想摆酒，大概二十围，想来看看场地。", N)
t1 = t("恭喜！是婚宴吧？三月哪一天？两边亲戚本地的多还是外地的多？")
c2 = c("对，婚宴，三月十六号。女方顺德本地，男方那边从湖南过来十几个人。", N)
t5 = t("十六号大厅还空着，菜单可以加两道湘菜。试菜一围八百，定了抵订金，这周六中午来试？")
c6 = c("好，周六中午我们过来。", N)
PAIRS.append(rpair(
 "zhb26r_f10_shunde_wedding_banquet",
 "An engaged couple asks a Shunde restaurant about a 20-table wedding banquet.",
 [o, t1, c2,
  t("那菜单顺德菜为主，口味照顾一下湖南亲戚。要不要先来试菜，两边家长一起尝尝？"),
  c("好啊，试菜要钱吗？十六号还有位吧？", N), t5, c6],
 [o, t1, c2,
  t("我们酒楼开了二十八年，老板是顺德名厨，上过电视，每个月几十对新人在这摆酒，我自己结婚也是在这摆的。"),
  c("哦……那你给我们一本菜单册子，我们拿回去看看吧。", "brush_off"), t5, c6]))

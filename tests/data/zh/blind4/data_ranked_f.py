"""Ranked pairs f01-f10 (same turns except one fault in `worse` and the customer's reaction), zhb4.
Hand-written in simplified Chinese."""
from common import c, rpair, t

PAIRS = []

# f01 car repair, Handan: ride-hailing driver, gearbox jerks. Fault in worse: over-promises a same-day fix before diagnosing.
_o = c("师傅，我这车挂挡的时候顿一下，跑网约车的，停一天少挣三百，能快点修不？", None)
_t1 = t("理解，车是饭碗。是冷车顿，还是热车也顿？从几挡换几挡最明显？")
_c1 = c("热车也顿，一挡升二挡最明显。上个月刚换的变速箱油。", None)
_t2 = t("是换油以后才开始的，还是之前就有？换的什么油，还记得吗？")
_c2 = c("换油以后更明显了，路边店换的，说是通用的。", None)
_t4 = t("我先上电脑读一下故障码，一个小时后跟您说是哪种情况。")
PAIRS.append(rpair(
    "zhb4r_f01_handan_gearbox",
    "邯郸一家汽修厂。跑网约车的司机说车挂挡顿挫，急着出车。",
    better=[_o, _t1, _c1, _t2, _c2,
            t("那先查油对不对。要是油的问题，换回原厂油半天就好；要是阀体的问题得拆，可能两三天。我读完故障码一小时内告诉您是哪种。"),
            c("行，那你先查，我在这等着。", None),
            _t4],
    worse=[_o, _t1, _c1, _t2, _c2,
           t("没问题，您放心，今天下午五点前保证给您修好，明天照常出车。"),
           c("真的假的？上回别家也说当天好，结果押了我四天。", "bad_experience"),
           _t4],
))

# f02 freight line, Linyi logistics park: board seller shipping to Urumqi. Fault in worse: cuts the price before asking anything.
_o = c("您好，我是做板材的，有一批货要发乌鲁木齐，想问问你们专线怎么收费。", None)
_t2 = t("板材重，按重量算合适，一吨三百八，十二吨四千五百六。每月都走的话可以签月结。板材怕不怕受潮？")
_c2 = c("怕，封了膜的，就怕路上淋雨。上次别家用的敞篷车，到了边上全泡了。", "bad_experience")
_t3 = t("我们这条线全是厢式车，全封闭，下雨不怕。您不放心的话，第一车装完我让司机拍照发您。")
_c3 = c("行，那下周一装车。", None)
PAIRS.append(rpair(
    "zhb4r_f02_linyi_freight",
    "临沂物流园一家发新疆的专线。做板材的老板来问发乌鲁木齐的价格。",
    better=[_o,
            t("您好。这批货大概多少方、多重？是这一回，还是以后每月都有？"),
            c("大概四十方，十二吨左右，以后每个月可能有一两车。", None),
            _t2, _c2, _t3, _c3],
    worse=[_o,
           t("发乌鲁木齐我们最便宜，别家报多少我们直接再降十块一方，今天下单再打九折。"),
           c("我还没说多少货呢……大概四十方，十二吨左右，以后每个月可能有一两车。", None),
           _t2, _c2, _t3, _c3],
))

# f03 insurance agent, Zunyi: teacher asks about critical illness cover. Fault in worse: unexplained jargon.
_o = c("你好，我同事推荐我来问问重疾险。我三十五了，在学校当老师，怕以后生大病拖累家里。", None)
_t1 = t("明白，怕的是一场大病把家拖垮。学校给您交了哪些保险？医保、补充医疗有吗？")
_c1 = c("有医保，学校还有个团体的补充医疗，具体保啥我也不清楚。", None)
_t2 = t("团体那个一般是报销看病的钱，生病后几个月没法上班的收入它不管。重疾险是确诊了一次性给一笔钱，补收入。您一年大概能拿出多少交保费？")
_c2 = c("一年三四千吧，再多就紧了。", None)
_t4 = t("能买的。您把体检报告拍给我，我先问问保险公司能不能正常承保，不行我们再看别的，不用先交钱。")
PAIRS.append(rpair(
    "zhb4r_f03_zunyi_criticalillness",
    "遵义一位保险代理人。三十五岁的中学老师来问重疾险。",
    better=[_o, _t1, _c1, _t2, _c2,
            t("三四千能买三十万左右的保额。有两点先说清楚：买了以后头九十天内查出的病不赔，这叫等待期；以前查出过的毛病，比如结节、囊肿，要如实告诉保险公司，不然以后可能不赔。"),
            c("我去年查出来一个结节。那还能买吗？", None),
            _t4],
    worse=[_o, _t1, _c1, _t2, _c2,
           t("三四千可以配三十万保额，九十天等待期，有既往症要履行如实告知义务，核保可能除外或者加费，费率按年龄和保额走。"),
           c("啥等待期、除外、核保……我听不太懂。我去年查出来一个结节，还能买吗？", None),
           _t4],
))

# f04 phone repair shop, Bangkok: Chinese student's phone will not charge. Fault in worse: doubts the customer's honesty.
_o = c("老板，我手机充不进电了，插上没反应，昨天还好好的。", None)
_t1 = t("我看看。是完全没反应，还是显示在充但电量不涨？换过充电线试了吗？")
_c1 = c("完全没反应。换了室友的线也不行。", None)
_t3 = t("那很可能是充电口进水腐蚀了。我先拆开清一下，三百铢，清好能充就不用换；清了还不行就得换尾插，六百铢，换之前我先问你。")
_c3 = c("三百行，先清吧。要多久？", None)
_t4 = t("一个小时，你去旁边喝杯奶茶。")
PAIRS.append(rpair(
    "zhb4r_f04_bangkok_phonerepair",
    "曼谷一家华人开的手机维修店。中国留学生的手机突然充不进电。",
    better=[_o, _t1, _c1,
            t("最近有没有淋过雨、掉过水，或者摔过？我问是因为曼谷这季节雨多，充电口进水特别常见。"),
            c("前天下大雨，我在嘟嘟车上淋了一下，当时用着都没事。", None),
            _t3, _c3, _t4],
    worse=[_o, _t1, _c1,
           t("真没摔过、没进过水？你们学生都说没有，拆开一看全是水渍，你老实说。"),
           c("我骗你干嘛？……前天在嘟嘟车上淋了一下雨，就一下。", None),
           _t3, _c3, _t4],
))

# f05 farm supplies, township near Guilin: shatangju mandarins too small. Fault in worse: recommends before asking.
_o = c("老板，我家沙糖桔今年果子小，想买点肥。", None)
_t2 = t("挂果太多，又旱，果子分不到水和养分。现在补救的话，先疏掉一部分小果，再追一次高钾肥，一棵半斤左右就够，不用多。")
_c2 = c("疏果？舍不得啊，都是钱。", None)
_t3 = t("理解。少一些果，剩下的才长得大，大果价钱比小果高一倍。您先疏一棵试试，跟旁边那棵比着看。")
_c3 = c("那行，先拿两包肥回去试试。", None)
PAIRS.append(rpair(
    "zhb4r_f05_guilin_mandarins",
    "桂林乡镇农资店。种沙糖桔的果农说今年果子小，想买肥。",
    better=[_o,
            t("果子小原因有好几种。树几年了？今年挂果多不多？夏天干的时候浇上水没有？"),
            c("树六年了，今年挂得特别多，枝都压弯了。夏天旱了一个多月，山上拉不上水。", None),
            _t2, _c2, _t3, _c3],
    worse=[_o,
           t("果子小就要膨果肥，这个高钾的一包一百二，撒下去半个月见效，您拿几包？"),
           c("一百二一包？我还没讲情况呢。树六年了，今年挂得特别多，夏天旱了一个多月，山上拉不上水。", "too_expensive"),
           _t2, _c2, _t3, _c3],
))

# f06 government service hall, Ganzhou (property registration): inheriting a late father's flat. Fault in worse: vague next step.
_o = c("你好，我爸去年过世了，老房子要过户到我名下，要办啥手续？", None)
_t1 = t("您节哀。房子是您爸一个人的名字，还是跟您妈共有的？家里兄弟姐妹几个？")
_c1 = c("我妈走得早，就我爸一个人的名字。我们兄妹三个，我哥我妹都同意给我。", None)
_t2 = t("那属于继承，要先做公证，或者兄妹三个一起来签放弃继承的声明。您哥哥妹妹都在赣州吗？")
_c2 = c("我哥在赣州，我妹在东莞打工，过年才回来。", None)
_t4 = t("有不清楚的，您打大厅这个电话找我。")
PAIRS.append(rpair(
    "zhb4r_f06_ganzhou_inheritance",
    "赣州政务服务中心不动产登记窗口。父亲去世后要把老房子过户给儿子。",
    better=[_o, _t1, _c1, _t2, _c2,
            t("您妹妹不用回来，她在东莞找公证处办一份放弃继承的公证书寄给您就行。材料清单我打印给您：死亡证明、户口本、房产证、三兄妹身份证。材料齐了约个号，当天受理，十五个工作日出证。"),
            c("那我让我妹这个礼拜就去东莞办。", None),
            _t4],
    worse=[_o, _t1, _c1, _t2, _c2,
           t("那得等人都齐了再说吧，材料挺多的，您回去准备准备，到时候我们再通知您。"),
           c("准备啥？到时候是啥时候？我妹过年才回，我总不能干等着吧。", None),
           _t4],
))

# f07 dried-fruit wholesaler, Kashgar (B2B): Guangzhou gift-box buyer. Fault in worse: talks about himself instead of the customer.
_o = c("老板你好，我是广州做年货礼盒的，想采购一批巴旦木和核桃，你们能供多少？", None)
_t1 = t("您好。礼盒打算做多少盒？每盒放多少克？巴旦木要纸皮的还是去壳的？")
_c1 = c("先做五千盒，每盒巴旦木两百克、核桃三百克。要纸皮的，客户喜欢自己剥。", None)
_t3 = t("腊月十五前没问题，物流十天左右到。干果不用冷链，但要防潮，我给您真空分装。纸皮巴旦木一斤二十八，核桃二十二，量大还能谈。")
_c3 = c("二十八有点高，我问的另一家二十五。", "too_expensive")
_t4 = t("那家可能是统货，没挑过大小。我先寄两公斤样品，您比比个头和破损再说。")
PAIRS.append(rpair(
    "zhb4r_f07_kashgar_driedfruit",
    "喀什一家干果批发商。广州做年货礼盒的采购打电话来询价。",
    better=[_o, _t1, _c1,
            t("那巴旦木要一吨，核桃一吨半。纸皮巴旦木新货刚到，库存够。您年前什么时候要到广州？"),
            c("腊月十五前要到。普通物流就行吧，不用冷链吧？", None),
            _t3, _c3, _t4],
    worse=[_o, _t1, _c1,
           t("那没问题。我跟您说，我在喀什做干果二十年了，我爸那辈就在巴扎摆摊，后来我自己包了三百亩地，去年还上了电视，好多大老板都找我拿货。"),
           c("嗯……厉害。那腊月十五前能到广州不？", None),
           _t3, _c3, _t4],
))

# f08 community clinic, Mianyang: a site worker with a week-long cough. Fault in worse: an unasked lecture about smoking.
_o = c("医生，咳了一个多礼拜了，晚上咳得睡不着，给我开点药。", None)
_t1 = t("咳的时候有痰没有？啥颜色？发不发烧？")
_c1 = c("有黄痰，前两天低烧，现在不烧了。我在工地上班，一天一包烟，请不了几天假。", None)
_t2 = t("我听一下……右下边有点湿啰音。最好拍个胸片，排除一下肺炎，二十分钟出结果。")
_c2 = c("拍片要好多钱？", None)
_t4 = t("好，先去拍片，结果出来我再给您开药。")
PAIRS.append(rpair(
    "zhb4r_f08_mianyang_cough",
    "绵阳一家社区卫生服务站。在工地上班的男人咳嗽一个多礼拜来开药。",
    better=[_o, _t1, _c1, _t2, _c2,
            t("六十块，医保能报一部分。拍了没事就开药回去吃，不耽误您上班。"),
            c("那拍嘛。", None),
            _t4],
    worse=[_o, _t1, _c1, _t2, _c2,
           t("六十块。另外我得说说你，烟必须戒了，你晓得抽烟对肺伤害多大吗？焦油、尼古丁，肺泡都熏黑了，你这个年纪再抽下去……"),
           c("医生，我没问这个。我就想赶紧好，明天还要上工。", None),
           _t4],
))

# f09 broadband reseller, Chinese community in Chatswood, Sydney (WeChat). Fault in worse: closes before checking the service works at the address.
_o = c("你好 我刚搬到Chatswood 要装网 家里要开网课", None)
_t1 = t("您好！网课是孩子上，还是您自己教课？家里大概几个设备同时用？")
_c1 = c("我教中文网课 晚上孩子还要打游戏 三四个设备", None)
_t3 = t("查了：您这栋是FTTB，楼里最高到100M，晚上高峰可能七八十，教课够用。")
_c3 = c("八十五有点贵 之前那家七十", "too_expensive")
_t4 = t("七十的一般是50M，上传只有20，您教课加孩子打游戏可能会卡。先用一个月，不满意随时换，不收违约金。")
PAIRS.append(rpair(
    "zhb4r_f09_sydney_nbn",
    "悉尼Chatswood一家华人宽带代理，微信咨询。刚搬家的中文网课老师要装网。",
    better=[_o, _t1, _c1,
            t("那建议100M，每月八十五，不签合约。我先查一下您地址是哪种NBN接入，有些老公寓最多到50M，买了100M也跑不满。门牌号发我？"),
            c("Victoria Ave 22号 5楼 公寓", None),
            _t3, _c3, _t4],
    worse=[_o, _t1, _c1,
           t("那建议100M，每月八十五，不签合约。我现在就帮您下单，信用卡号发我，明天开通。"),
           c("这么快？卡号等会儿 我这楼挺老的 能到100M吗 Victoria Ave 22号", None),
           _t3, _c3, _t4],
))

# f10 driving school, Yanji, Yanbian: learner failed the parking test twice. Fault in worse: argues with the customer about the price.
_o = c("你好，我科目二挂两次了，倒车入库老压线，想问问能不能多练几回再考。", None)
_t1 = t("可以加练。您是练的时候也压线，还是一到考试就压？")
_c1 = c("练的时候还行，一到考场就紧张，手心全是汗。", None)
_t2 = t("那多半是紧张，不是技术不行。考场那边有模拟，跟正式考试一样的场地和车，一小时一百二。")
_c2 = c("一百二一小时……学车钱都是跟我妹借的，再花真拿不出来了。", "no_money")
_t4 = t("那我给您排周四下午在驾校场地练，考前一天再约模拟。")
PAIRS.append(rpair(
    "zhb4r_f10_yanbian_drivingtest",
    "延吉一所驾校。科目二挂了两次的大姐来问加练。",
    better=[_o, _t1, _c1, _t2, _c2,
            t("明白，钱紧。模拟不是非做不可，您先在驾校场地免费多练两回，考前一天做一次模拟熟悉场地，就花一百二。"),
            c("这样还行。", None),
            _t4],
    worse=[_o, _t1, _c1, _t2, _c2,
           t("大姐，这不能叫再花钱，模拟是考场收的，跟我们没关系。再说一百二真不贵，别的驾校都一百五。"),
           c("我就说一句，你急啥呀？", None),
           _t4],
))

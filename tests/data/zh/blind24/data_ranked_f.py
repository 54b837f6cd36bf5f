"""zh_blind24 ranked pairs f01-f10: the sides share every turn but one fault in worse and the reaction to it."""
from common import c, rpair, t

PAIRS = []

o = c("亲 收到了 颜色跟图片差好多 图上米色 实物发灰", None)
a1 = t("亲，不好意思让您失望了～ 方便拍一张自然光下的照片给我看看吗？")
b1 = c("[图片] 白天窗边拍的 你看", None)
a2 = t("看到了，确实比详情页偏灰，我们图片修得偏暖了，是我们的问题。亲想退，还是换个更接近的颜色？")
b2 = c("款式挺喜欢的 有没有更黄一点的", None)
x2 = t("亲，这就是米色哦，我们都是实拍，可能是您手机屏幕的问题，颜色不会错的。")
y2 = c("我用的就是自然光 你意思我眼睛有问题？ 算了 有没有更黄一点的", None)
a3 = t("有的，奶茶色比这个暖，我拍一张同样光线下的对比给您。换的话运费我们出。")
b3 = c("好 那换奶茶色", None)
a4 = t("好的～ 退货地址发您了，寄出后告诉我单号就行。")
PAIRS.append(rpair(
    "zhb24r_f01_online_shop_sweater_colour",
    "Online clothing shop chat: a sweater looks greyer than the photos. Fault in worse: argues with the customer.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, a1, b1, x2, y2, a3, b3, a4]))

o = c("你好 我快递到了 箱子好好的 但里面少了一个手机壳 下单是两个", None)
a1 = t("您好，抱歉遇到这种情况。箱子胶带有没有被拆过重贴的痕迹？能拍下面单和箱子吗？")
b1 = c("胶带看着没动过 照片发你了", None)
a2 = t("收到。箱子没拆过的话，也可能是商家少装了，我查一下揽收时的重量。")
b2 = c("好 你查吧", None)
x2 = t("收到。不过我们这边很少出这种事，您确定不是家里人拆开拿了一个？")
y2 = c("我一个人住 拍照前都没拆过 你这么说我很不舒服", None)
a3 = t("查了，揽收重量零点一二公斤，差不多就是一个手机壳加包装，很可能是商家少发了。称重记录我截图给您，您拿去找商家。")
b3 = c("商家要是不认呢", None)
a4 = t("不认的话把单号发我，我们出一份书面的揽收重量证明，平台申诉能用。")
PAIRS.append(rpair(
    "zhb24r_f02_express_chat_missing_item",
    "Express company online service: one of two phone cases is missing from an intact box. Fault in worse: doubts the customer's honesty.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, a1, b1, x2, y2, a3, b3, a4]))

o = c("这个皮沙发，那个，是真皮的伐？", None)
a1 = t("是的，坐的地方头层牛皮，侧面背面是超纤皮。家里有小孩或者猫狗吗？皮面怕抓。")
b1 = c("有只猫，会抓的。", None)
x1 = t("是真皮的。原价一万二，今天直接给您打八折，九千六，很划算。")
y1 = c("我还没问完你就打折，是不是本来就不值这个价？我家有只猫，会抓的。", None)
a2 = t("有猫的话，真皮被抓会留印子，修起来麻烦。这款科技布防猫抓，看着也像皮，七千八。")
b2 = c("我们预算就五六千，七千八超了。", "no_money")
a3 = t("五六千的话，同样科技布的三人位，不带贵妃，五千九。您坐下试试。")
b3 = c("坐着蛮舒服。我拍个照回去给老婆看看。", "think_it_over")
a4 = t("好，尺寸和面料小样给您，带回去让猫抓抓看。")
PAIRS.append(rpair(
    "zhb24r_f03_suzhou_furniture_sofa",
    "Furniture mall in Suzhou: a man asks about a leather sofa. Fault in worse: drops the price before asking anything.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, x1, y1, a2, b2, a3, b3, a4]))

o = c("你好 洗碗机洗完杯子上有白点点 是不是坏了", None)
a1 = t("您好，白点多半是水垢，不一定是坏了。您加过洗碗机专用盐吗？软水档设的几档？")
b1 = c("盐？没加过 不知道还要加盐 档位没动过", None)
a2 = t("那原因基本找到了。上海水偏硬，软水档我教您调到4档，再加上盐就行。")
b2 = c("噢 那盐哪里买 贵伐", None)
x2 = t("我先讲讲原理：水里的钙镁离子高温下析出成碳酸钙，软水器靠离子交换树脂，树脂要靠盐再生，所以盐很重要，很多人都不知道……")
y2 = c("我不想听课 就想知道怎么弄 盐哪里买 贵伐", None)
a3 = t("超市网店都有，一公斤十几块，能用一个多月。盐仓在机器底部，拧开加满，洗两三次白点应该就没了。")
b3 = c("好 我先买来试试 不行再找你", None)
a4 = t("好的，加了盐还有白点就联系我，我安排师傅上门。")
PAIRS.append(rpair(
    "zhb24r_f04_shanghai_dishwasher_spots",
    "Appliance brand online service: a new dishwasher leaves white spots on glasses. Fault in worse: an unasked lecture.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, a1, b1, x2, y2, a3, b3, a4]))

o = c("我们现在的胶带一到冬天就粘不牢，箱子路上会爆开，你们的行不行？", None)
a1 = t("冬天粘不牢一般是胶水怕冷。你们仓库冬天几度？用什么纸箱？")
b1 = c("没暖气，冬天三四度。普通牛皮纸箱，有的是回收箱。", None)
a2 = t("三四度、回收箱，要用耐低温的胶带，一卷贵三毛。你们冬天一个月爆箱大概几单？")
b2 = c("十来单，一单赔三四十。不过贵三毛，两千卷一个月就多六百。", "too_expensive")
a3 = t("多花的六百和赔的钱差不多打平，关键看行不行。礼拜四我带五卷样品来，当场封几个箱子放仓库一晚，礼拜五早上一起看。")
b3 = c("行，礼拜四下午我在。", None)
x3 = t("多花的六百和赔的钱差不多打平。样品我回去跟公司申请，有消息再联系你。")
y3 = c("那要等多久？冬天马上到了……你们尽快吧。", None)
PAIRS.append(rpair(
    "zhb24r_f05_yiwu_packing_tape_supplier",
    "A packing-tape supplier visits a small e-commerce packing workshop in Yiwu. Fault in worse: a vague next step.",
    [o, a1, b1, a2, b2, a3, b3], [o, a1, b1, a2, b2, x3, y3]))

o = c("喂，我有两百箱货，礼拜五前必须到广州仓库，客户要验货，你们能不能做到？", None)
a1 = t("礼拜五前。今天礼拜二，货在哪？几点能装车？")
b1 = c("在北仑，下午四点能装好。", None)
a2 = t("四点装车，陆运四十个小时左右，正常礼拜四晚上到。不过预报礼拜三台风在福建登陆，高速可能封。")
b2 = c("那怎么办？晚了客户要扣钱的。", None)
a3 = t("我不敢打包票。今天走江西那条线绕开，多三百，把握大一点。您最好先跟客户说一声可能晚半天。")
b3 = c("多三百啊，这单本来就没啥赚头……行吧，走江西，我先跟客户打个招呼。", "no_money")
x3 = t("您放心，百分之百礼拜四到，台风不影响我们，晚了全赔。")
y3 = c("全赔？那好，就这么定。", None)
a4 = t("四点司机到北仑，车牌号微信发您，路上每半天报一次位置。")
PAIRS.append(rpair(
    "zhb24r_f06_ningbo_logistics_typhoon",
    "Logistics sales desk in Ningbo: 200 cartons must reach Guangzhou by Friday, typhoon forecast. Fault in worse: over-promises.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, a1, b1, a2, b2, x3, y3, a4]))

o = c("喂，我家宽带从早上就上不了网，光猫上有个红灯在闪。", None)
a1 = t("您好，红灯闪是光信号断了。光纤那根线有没有被拉过、折过？")
b1 = c("哦……早上打扫卫生挪了下电视柜，可能扯到了。", None)
a2 = t("光猫后面那根细的黄线，看看有没有折成死角，插头松没松？")
b2 = c("插头是松的，我插紧了。", None)
a3 = t("好，您看下红灯还闪不闪？手机连WiFi开个网页试试。")
b3 = c("红灯灭了，网页打开了，好了好了。", None)
x3 = t("好的，插紧就好了，问题处理完了，稍后有满意度短信请打个分。")
y3 = c("啊？我还没看好没好……哦红灯灭了，网页也开了，行吧。", None)
a4 = t("好的。以后挪家具注意那根黄线别折，有问题随时打这个电话。")
PAIRS.append(rpair(
    "zhb24r_f07_nanjing_broadband_red_light",
    "Broadband repair hotline in Nanjing: internet down since morning. Fault in worse: closes before checking it works.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, a1, b1, a2, b2, x3, y3, a4]))

o = c("你好，我想给女儿存点读大学的钱，她今年五岁，有什么合适的？", None)
a1 = t("您好。每个月大概能存多少？中间有没有可能要用这笔钱？")
b1 = c("每个月两千左右吧。中间……家里可能要换车，说不准。", None)
x1 = t("您好，推荐这款教育金保险，交十年，十八岁开始每年领钱，很多家长都买。")
y1 = c("保险我不太想，前几年买过一个，退保亏了好几千。我每月就两千左右，中间可能要换车。", "bad_experience")
a2 = t("中间可能用钱，长期锁住的就不合适。可以每月两千零存整取，一部分放大额存单，要用能取，损失点利息。")
b2 = c("零存整取利息多少？", None)
a3 = t("三年期一点几，不高，但稳。几种我写在一张纸上对比，您回去跟先生商量。")
b3 = c("好，我拿回去看看。", "think_it_over")
PAIRS.append(rpair(
    "zhb24r_f08_shaoxing_bank_education_savings",
    "Bank branch in Shaoxing: a mother wants to save for her five-year-old's university. Fault in worse: recommends before asking.",
    [o, a1, b1, a2, b2, a3, b3], [o, x1, y1, a2, b2, a3, b3]))

o = c("我们每个月盘点，账上的数跟仓库里总对不上，你们系统能解决伐？", None)
a1 = t("差多少？原材料多还是成品多？")
b1 = c("主要是原材料，钢材、螺丝，差百分之五左右。", None)
a2 = t("原材料差百分之五，常见是车间领料没按单子，或者做坏的没登记。系统可以做到领料扫码，做坏也要报，月底就看得出差在哪一步。")
b2 = c("扫码我们工人会不会嫌麻烦？", None)
x2 = t("这个用MES模块加WMS，BOM展开后做倒冲领料，配PDA做批次追溯，损耗走工单报废就闭环了。")
y2 = c("你讲的我一句没听懂。是不是要工人多干活？他们会不会嫌麻烦？", None)
a3 = t("一开始会嫌，扫一次两秒钟。先在一个车间试一个月，对不对得上您自己看。")
b3 = c("试可以，不过下个月旺季，车间忙得没空弄这个，过了十月再说？", "no_time")
a4 = t("行，十一月一号开始。物料编码我先做好，不占车间时间，试用也不收钱。")
PAIRS.append(rpair(
    "zhb24r_f09_yongkang_factory_stock_software",
    "Software consultant at a small hardware-tool factory in Yongkang. Fault in worse: unexplained jargon.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, a1, b1, x2, y2, a3, b3, a4]))

o = c("老板 这周末还有房吗 两个大人一个两岁宝宝", None)
a1 = t("有的。宝宝要婴儿床吗？自驾还是高铁？")
b1 = c("要婴儿床 从上海自驾", None)
a2 = t("好，给你们留一楼家庭房，有婴儿床，推车进出不用爬楼。上海开过来三个钟头，周六早点出发避高峰。")
b2 = c("一楼好 多少钱一晚", None)
x2 = t("我也是上海人，以前在陆家嘴上班，压力太大跑到山里开民宿，开了五年，我家小孩也在这长大，山里空气好……")
y2 = c("哦…… 那有婴儿床的房间几楼 多少钱一晚", None)
a3 = t("一楼家庭房周末八百八，含早，宝宝不收钱。")
b3 = c("八百八有点贵 别家六百多", "too_expensive")
a4 = t("六百多的也有不错的。我们贵在带院子，宝宝能在草地上玩，早餐有宝宝粥。先发几张照片你看看再定？")
PAIRS.append(rpair(
    "zhb24r_f10_moganshan_homestay_family",
    "Homestay owner in Moganshan answers a WeChat enquiry from a family with a toddler. Fault in worse: talks about himself.",
    [o, a1, b1, a2, b2, a3, b3, a4], [o, a1, b1, x2, y2, a3, b3, a4]))

from common import c, rpair, t

PAIRS = []

# f01: worse argues with the customer
o = c("我这车标五百公里，实际就跑三百五，你们是不是虚标？", None)
a1 = t("三百五跟五百差得确实多。您平时高速多还是市区多？最近天冷吗？")
b1 = c("高速多，天天跑开发区，一百一的速度，这几周降温了。", None)
a3 = t("好，检测半小时，报告出来我一条条给您讲。高速多的话，车速压到一百以内也能多跑不少。")
b3 = c("测吧。说实话，早知道这么折腾当初就买油车了。", "bad_experience")
PAIRS.append(rpair("zhb45r_f01_service_centre_range_complaint",
    "An owner in Shijiazhuang says his EV gets 350 km, not the advertised 500.",
    [o, a1, b1, t("高速一百一加降温，电耗会高不少，五百是标准工况测的。不过差这么多也值得查，我给您做个电池检测。"),
     c("行，那测一下，电池没问题我也认了。", None), a3, b3],
    [o, a1, b1, t("不可能是虚标，五百是国家工况测的，肯定是您开太快，我们车没问题。"),
     c("你意思是我的问题？那我还非测不可了。", None), a3, b3]))

# f02: worse doubts the customer's honesty
o = c("手机屏幕突然不亮了，还在保修期，给我免费修吧。", None)
a1 = t("好的，我先帮您检测。最近有没有摔过、或者碰过水？")
b1 = c("没摔没碰水，昨晚充着电，早上就黑屏了。", None)
a3 = t("结果出来了，是屏幕排线松了，不是进水，保内免费，明天下午能取。")
b3 = c("明天下午我上班，走不开啊。", "no_time")
a4 = t("店里开到晚上九点，下班来拿就行，修好我发短信。")
PAIRS.append(rpair("zhb45r_f02_phone_service_warranty_claim",
    "A customer claims warranty for a phone screen that went black overnight.",
    [o, a1, b1, t("充着电后黑屏。我拆机看看主板和排线，四十分钟左右，是保内问题就免费。"),
     c("行，我等着。", None), a3, b3, a4],
    [o, a1, b1, t("您确定没碰过水？很多人进水了都说没有，拆开一看就知道了哦。"),
     c("我骗你干嘛？你拆开看啊！", None), a3, b3, a4]))

# f03: worse drops the price before asking anything
o = c("老板，这个WiFi6路由器怎么卖？家里网有点卡。", None)
a2 = t("主卧打游戏的话，最好从光猫拉根网线过去，WiFi再好也不如网线稳。拉不了线，这款放客厅中间信号也能到主卧。")
b2 = c("拉线得打孔吧？我租的房，房东不会同意。", None)
a3 = t("那就不拉线，用这款，七天不满意能退。")
b3 = c("行，先买回去试试。", None)
PAIRS.append(rpair("zhb45r_f03_electronics_mall_router",
    "A renter asks the price of a WiFi 6 router because his gaming lags.",
    [o, t("这款二百九。家里哪里卡？多大面积，几个人用？"),
     c("一百二十平，主卧打游戏老延迟。二百九有点贵，网上两百出头。", "too_expensive"), a2, b2, a3, b3],
    [o, t("这款二百九，您要的话我直接便宜五十，二百四拿走。"),
     c("这么爽快？不会有啥毛病吧……我就是主卧打游戏延迟。", None), a2, b2, a3, b3]))

# f04: worse gives an unasked lecture
o = c("小同志，我这宽带费，闺女说能在手机上交，我咋找不着地方呢？", None)
a1 = t("叔叔，我帮您看看。您平时用微信吗？")
b1 = c("微信会用，就发发语音，别的不会。", None)
a3 = t("在这儿，点宽带，号码我帮您输好了，一百二十八，按指纹付就行。")
b3 = c("一百二十八？上个月才九十八，这也太贵了。", "too_expensive")
a4 = t("上个月的优惠到期了。您觉得贵，可以换一百块的套餐，看电视够用。")
PAIRS.append(rpair("zhb45r_f04_carrier_store_elderly_bill",
    "An older man cannot find where to pay his broadband bill on his phone.",
    [o, a1, b1, t("那就用微信交。点右下角“我”，再点“服务”，里面有“生活缴费”，我陪您点一遍。"),
     c("哦，在这儿啊，找着了。", None), a3, b3, a4],
    [o, a1, b1, t("叔叔，现在都数字化了，老年人也得多学学智能手机，不然出门都麻烦。点右下角“我”，再点“服务”，有“生活缴费”。"),
     c("我这不是来学了嘛……你说慢点，在哪儿？", None), a3, b3, a4]))

# f05: worse leaves a vague next step
o = c("师傅，今天勘测完了，那啥时候能装啊？", None)
a1 = t("勘测没问题，电表容量够，线走车库顶，四十二米。物业同意书拿到了吗？")
b1 = c("拿到了，下午刚盖章。想月底前装好，下月初提车。", None)
a3 = t("另外安装费是装完通电验收再付，超出三十米按米算，一共七百二。")
b3 = c("七百二啊？比我想的贵，能少点不？", "too_expensive")
PAIRS.append(rpair("zhb45r_f05_charger_install_after_survey",
    "After the site survey, an owner asks when his home charger will be fitted.",
    [o, a1, b1, t("好，同意书拍照发我。今晚材料报上去，周三我给您打电话定安装日期，一般五个工作日，月底前没问题。"),
     c("行，周三等你电话。", None), a3, b3],
    [o, a1, b1, t("好，材料我们会报上去，有消息了再通知您。"),
     c("那大概多久啊？我月底就提车，总不能干等着吧。", None), a3, b3]))

# f06: worse over-promises
o = c("电脑开不了机了，里面有公司报表，明天开会要用。", None)
a1 = t("明天要用，确实急。是完全没反应，还是有灯但不进系统？")
b1 = c("有灯，风扇转，就是黑屏。前几天摔过一下。", None)
a3 = t("检测费五十，在这修的话从维修费里扣。您留个电话。")
b3 = c("检测也要钱？隔壁说免费。", "too_expensive")
a4 = t("在这修这五十就抵了，等于不收；不修的话收五十。")
PAIRS.append(rpair("zhb45r_f06_laptop_repair_dropoff",
    "A customer drops off a laptop that will not boot and needs a report from it tomorrow.",
    [o, a1, b1, t("摔过后黑屏，可能是屏幕也可能是显卡。我先拆硬盘把报表拷出来，今天能做到；机器多久修好，检测完告诉您准话。"),
     c("数据先弄出来最要紧，机器晚两天也行。", None), a3, b3, a4],
    [o, a1, b1, t("放心，明早肯定修好，数据百分之百不会丢，您明早来拿。"),
     c("这么肯定？那行，明早八点我来拿。", None), a3, b3, a4]))

# f07: worse closes before checking that it works
o = c("门铃装好了吗？我主要想出差时手机能看到谁来了。", None)
a1 = t("装好了，电池满的，连上您家WiFi了。手机App登录了吗？")
b1 = c("登了，就是不知道弄好没有。", None)
a3 = t("App里“访客记录”能看实时画面，存录像要开云存储，一个月十五，不开也能实时看。")
b3 = c("云存储就不开了，能实时看就够。", "no_need")
a4 = t("行，不开也行。有问题随时微信找我。")
PAIRS.append(rpair("zhb45r_f07_home_visit_video_doorbell",
    "An installer finishes fitting a video doorbell for a customer who travels for work.",
    [o, a1, b1, t("那现在测一下：我出去按门铃，您看手机有没有弹提醒和画面。"),
     c("弹了弹了，能看到你，就慢了两秒。", None), a3, b3, a4],
    [o, a1, b1, t("那没问题，都弄好了，您在这签个字，我下一家还等着。"),
     c("签了……哎，我还没看手机能不能收到呢。", None), a3, b3, a4]))

# f08: worse recommends before asking
o = c("你好，想看看电视，家里那台坏了。", None)
a2 = t("三米多的距离，六十五寸正合适。这款遥控器有一键回直播，老人不用翻应用。")
b2 = c("这个好，我爸老找不到台。多少钱？", None)
a3 = t("三千六，送装一体，旧电视顺便拉走。")
b3 = c("三千六……这个月手头紧，下个月发了工资再来。", "no_money")
PAIRS.append(rpair("zhb45r_f08_appliance_store_family_tv",
    "A customer whose family television broke looks for a replacement.",
    [o, t("好的。放哪个房间？沙发离电视墙多远？平时主要看什么？"),
     c("客厅，沙发离墙三米多。老人看新闻，孩子看动画，我偶尔看球。", None), a2, b2, a3, b3],
    [o, t("您看这款八十五寸的，现在最火，画质特别好，八千九。"),
     c("八千九？太贵了。家里就老人看新闻、孩子看动画，沙发离墙三米多。", "too_expensive"), a2, b2, a3, b3]))

# f09: worse uses unexplained jargon
o = c("我想问下，这车充电快不快？我接孩子中间就一个小时。", None)
a1 = t("一个小时够用。您一般在哪充？家里有桩，还是用外面快充？")
b1 = c("家里没桩，就商场停车场那种快充。", None)
a3 = t("不过商场的桩不一定都是最快的，慢的也要四十分钟左右。我在App里帮您看看您常去那家的桩。")
b3 = c("好。不过这车比我看的那款贵两万，我得跟老公商量。", "think_it_over")
PAIRS.append(rpair("zhb45r_f09_ev_showroom_charging_speed",
    "A mother asks whether she can charge the car during the hour she waits for her child.",
    [o, a1, b1, t("商场快充的话，这车从两成充到八成大约二十五分钟，您那一个小时基本能充满。"),
     c("二十五分钟，那挺好。", None), a3, b3],
    [o, a1, b1, t("这车是800V高压平台，支持4C超充，SiC电驱，峰值四百多千瓦，10%到80%十几分钟。"),
     c("啥V啥C的……你就说一个小时能充多少吧。", None), a3, b3]))

# f10: worse talks about himself instead of the customer
o = c("参数我网上对比过了，就想问问你们OTA多久一次，升级后功能会不会收费。", None)
a1 = t("您做过功课，那我说重点。您最关心哪类功能？辅助驾驶还是车机？")
b1 = c("辅助驾驶。怕现在免费过两年变订阅，之前开的那个牌子就这么干过。", "bad_experience")
a3 = t("OTA大概两三个月一次，夜里自动装，升级前车机上会告诉您改了什么。")
b3 = c("行，我再对比下另外两家，下周来试驾。", "think_it_over")
PAIRS.append(rpair("zhb45r_f10_ev_showroom_ota_subscription",
    "A young buyer who compared specs online asks about OTA updates and paid features.",
    [o, a1, b1, t("明白，被订阅坑过。我们合同写明：购车时包含的辅助驾驶功能终身免费，新增功能才可能收费，那条我指给您看。"),
     c("白纸黑字就好。", None), a3, b3],
    [o, a1, b1, t("我自己开这车两年了，上个月刚带老婆跑了趟川西，辅助驾驶开了一路，特别好，我朋友也都买了。"),
     c("嗯……我问的是以后会不会收费。", None), a3, b3]))

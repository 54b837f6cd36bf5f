from common import c, rpair, t

PAIRS = []


def add(pid, situation, better, worse):
    PAIRS.append(rpair(pid, situation, better, worse))


# f01 argues with the customer
o = c("哎呀，这个好苦哦，我喝不惯。", None)
s2 = t("那试试这个熟普，或者晒红，口感甜一点，不苦的。")
c2 = c("嗯，这个好喝多了。多少钱？", None)
s3 = t("这饼三百五。也有小沱茶，一颗一泡，一盒六十，带着方便。")
c3 = c("三百五带回去我也不会泡，拿一盒小的先试试。", "too_expensive")
add("zhb31r_f01_kunming_puer_bitter", "A tourist in a Kunming tea shop finds a young raw Pu'er too bitter.",
    [o, t("嗯，新的生普是会苦一点。您平时喝什么茶多？"), c("平时喝点绿茶，龙井那种。", None), s2, c2, s3, c3],
    [o, t("这不是苦，是回甘，多喝两口就知道了，懂茶的都喜欢。"), c("我就是觉得苦啊……我又不懂茶。", None), s2, c2, s3, c3])

# f02 doubts the customer's honesty
o = c("我这手机上个月在你这换的屏，现在喇叭有杂音，我没摔也没进水。", None)
s1 = t("好，我先听下。打电话有杂音，还是放歌也有？")
c1 = c("都有，声音大点就沙沙的。", None)
s3 = t("十分钟就好，弄好你打个电话试一下。")
c3 = c("十分钟……我赶着上班，下班再拿来行不行？", "no_time")
s4 = t("可以，晚上九点前我都在，来了直接找我。")
add("zhb31r_f02_nanning_speaker_warranty", "A customer returns within warranty because the speaker crackles after a screen replacement.",
    [o, s1, c1, t("我拆开看……喇叭排线没插紧，可能上次换屏碰到的，保修里，不收钱。"), c("那就好，要多久？", None), s3, c3, s4],
    [o, s1, c1, t("真没进水？我们见多了，进水的都说没有。我拆开看……哦，排线没插紧，保修里，不收钱。"),
     c("我说没进就没进，你这样讲我很不舒服。", None), s3, c3, s4])

# f03 drops the price before asking anything
o = c("周末还有房吗 一个人", None)
s2 = t("单间带独立卫浴，窗外是遇龙河，两晚三百二。您骑车玩还是徒步？我们能借单车。")
c2 = c("骑车 可以借吗", None)
s3 = t("可以，免费，头盔也有。我发定位给您。")
c3 = c("好 那订了", None)
add("zhb31r_f03_yangshuo_backpacker_room", "A backpacker asks a Yangshuo homestay on WeChat about a weekend room.",
    [o, t("有的～周五到周日吗？要独立卫浴的单间，还是床位也可以？"), c("周五周日两晚 单间吧", None), s2, c2, s3, c3],
    [o, t("有的～给您打八折，单间一晚一百六，床位六十～"), c("还没问就打折 平时很空吗 周五周日两晚单间", None), s2, c2, s3, c3])

# f04 an unasked lecture
o = c("你好 我这车能换个大点的电池吗 想跑远点", None)
s1 = t("我看下，控制器48伏的，能换48伏锂电。你一天跑多远？")
c1 = c("上班来回三十公里 冬天跑不到", None)
s3 = t("好，五分钟。能带的话今天就装好。")
c3 = c("好 我下午还要上班 快点哦", None)
add("zhb31r_f04_nanning_ebike_bigger_battery", "A young woman asks a Nanning e-bike shop whether her no-name bike can take a bigger battery.",
    [o, s1, c1, t("那换24安的锂电，冬天也能跑四十公里，一千一。装之前我测下控制器带不带得动。"),
     c("一千一 有点贵 不过冬天能跑就行 你测嘛", "too_expensive"), s3, c3],
    [o, s1, c1, t("我跟你讲，你们年轻人就是图便宜买杂牌车，买车要看品牌看售后。换24安锂电一千一，装之前我测下控制器。"),
     c("车是我哥送的 我也没得选啊 一千一有点贵 你测嘛", "too_expensive"), s3, c3])

# f05 a vague next step
o = c("喂，我衣柜今天送到了，柜门裂了条缝，你们怎么处理？", None)
s1 = t("抱歉。拍照片了吗？外包装有没有破？")
c1 = c("拍了，包装角压扁了，司机也看到了。", None)
s2 = t("那是运输的问题。照片和运单号发我微信，我提交理赔。")
c2 = c("发了。上回理赔你们拖了两个月，这次又要等多久？", "bad_experience")
add("zhb31r_f05_fuzhou_wardrobe_damage", "A buyer in Fuzhou calls a freight firm: the wardrobe arrived with a cracked door.",
    [o, s1, c1, s2, c2, t("收到了。明天中午前我打给您，讲是赔钱还是补发柜门，补发一周左右。"), c("行，明天中午等你电话。", None)],
    [o, s1, c1, s2, c2, t("收到了。我们会尽快处理，有结果会通知您的。"), c("尽快是多快？柜子总不能一直这样放着吧。", None)])

# f06 over-promises
o = c("喂，我今天被人追尾了，对方全责，我要怎么弄？", None)
s1 = t("人没事吧？交警认定书拿到了吗？")
c1 = c("人没事，认定书拿了。上次也是对方全责，拖了我半年才赔。", "bad_experience")
s3 = t("好，对方保险公司的报案电话我发您，有问题随时找我。")
c3 = c("好，谢谢。", None)
add("zhb31r_f06_xiamen_rear_end_claim", "A driver in Xiamen reports a rear-end collision where the other side is fully liable.",
    [o, s1, c1, t("那主要走对方保险，您找对方保险定损。对方要拖，我们可以先赔再去追，大概十个工作日，看定损。"),
     c("十个工作日，那我先找对方的试试。", None), s3, c3],
    [o, s1, c1, t("放心，包在我身上，三天之内钱一定到账，一分不少。"),
     c("三天啊？那好，我跟修车厂讲三天后提车。", None), s3, c3])

# f07 closes before checking the thing works
o = c("师傅，弄好了吗？我女儿在最里面那间上网课，那边信号要好。", None)
s1 = t("线接好了。路由器放客厅，最里面那间隔了两堵墙。")
c1 = c("那会不会不够啊？", None)
s3 = t("我把路由器挪到走廊中间再测……现在里面一百多兆，上网课够了。")
c3 = c("好，那就行。", None)
add("zhb31r_f07_liuzhou_broadband_install", "A technician finishes fibre installation; the child studies online in a back bedroom.",
    [o, s1, c1, t("我们去那间测一下……只有二十兆，偏低。"), c("那怎么办？", None), s3, c3],
    [o, s1, c1, t("应该没问题的。您在这签个字，确认安装完成就行。"), c("签了。……哎，里面那间怎么打不开网页啊？", None), s3, c3])

# f08 recommends before asking
o = c("你好，我想跟我老公在云南玩几天，有什么路线？", None)
s2 = t("那别跑太多地方。动车去大理住三晚，再去丽江住一晚，每天车程不超过两个钟。")
c2 = c("这样好。大概多少钱？", None)
s3 = t("两个人住宿、动车加包车，大概六千，详细单子我发您。")
c3 = c("六千啊 你发我 我跟他看一下", "think_it_over")
add("zhb31r_f08_kunming_couple_route", "A woman asks a Kunming travel agency about a trip around Yunnan with her husband.",
    [o, t("好的。能玩几天？你们喜欢看风景、逛古城，还是想轻松点？"), c("五天吧。他腰不好，不想天天坐大巴。", None), s2, c2, s3, c3],
    [o, t("卖得最好的是昆大丽香六天大环线，一人两千九，什么都能看到。"), c("六天啊……我们只有五天，他腰不好，天天坐大巴吃不消。", "no_time"), s2, c2, s3, c3])

# f09 unexplained jargon
o = c("我们刚买了房，贷款一百万，想买个保险，万一出事家里不用背债。", None)
s1 = t("明白，要的是出事了贷款能还上。两个人谁收入多一点？")
c1 = c("他多，我一个月四千。", None)
s3 = t("我把条款最要紧的几条圈出来，旁边用大白话写，你们回家看。")
c3 = c("好，看完我们再说。", "think_it_over")
add("zhb31r_f09_guilin_mortgage_term_life", "A young couple in Guilin with a new mortgage ask about life cover.",
    [o, s1, c1, t("那给他买份定期寿险，保到贷款还完，保额一百万。这些年里人不在了赔一百万；平安过完钱不退，所以便宜，一年一千多。"),
     c("一年一千多还行。", None), s3, c3],
    [o, s1, c1, t("那给他配份定寿，保障期间二十五年，保额一百万，纯消费型，无现金价值，等待期九十天，年缴一千多。"),
     c("等一下，什么现金价值、等待期……我听不懂。", None), s3, c3])

# f10 talks about themselves
o = c("老板你好，我想去霞浦拍日出，你们离滩涂近吗？", None)
s1 = t("近的，走路十分钟到北岐。哪几天来？拍日出还是日落？")
c1 = c("下周二到周四，主要日出。", None)
s3 = t("那几天早上退潮，正好有水光。一晚两百二，靠海那间窗口就能看日出。")
c3 = c("那就订靠海那间，三晚。", None)
add("zhb31r_f10_xiapu_photographer_room", "A photographer asks a Xiapu homestay about sunrise spots and a room near the mudflats.",
    [o, s1, c1, t("好。早上五点有热水和馒头，出门前可以吃点，我还帮您看当天雾大不大。"), c("太好了，那几天潮水咋样？", None), s3, c3],
    [o, s1, c1, t("我自己也拍，拍了十几年，片子上过杂志。有年我在东壁蹲了一礼拜，相机都被海风吹坏了……"),
     c("哦……那我想问下，那几天潮水咋样？", None), s3, c3])

"""Ranked pairs d01-d10: two decent conversations, `better` better in a way a sales coach would agree with."""
from common import c, rpair, t

PAIRS = []

# d01 Taipei TCM clinic, neck and shoulder pain
o = c("醫師你好，我肩頸痠痛快三個月了，想問針灸跟推拿哪個比較有效？", None)
PAIRS.append(rpair(
    "zhb6r_d01_taipei_tcm_neckpain",
    "A 35-year-old software engineer at a Taipei Chinese-medicine clinic with three months of neck and shoulder pain; he works on a laptop in cafés and has little time.",
    [o,
     t("我們先不急著選。痠痛是整天都有，還是某些時候特別嚴重？手會不會麻，或者頭暈？"),
     c("下午開完會最嚴重，手不會麻。我是寫程式的，一天大概坐十個小時。", None),
     t("手不麻是好事，比較不像神經壓迫。我按一下……右邊斜方肌很緊，頭往前的角度也大。你的螢幕是筆電還是外接的？"),
     c("筆電，我都在咖啡廳工作。老實說我沒什麼時間每週來，專案很趕。", "no_time"),
     t("那我建議先針灸兩次，這週跟下週各一次，看緊繃有沒有鬆；同時把筆電墊高、接外接鍵盤，這比任何治療都重要。兩次後沒改善，再考慮推拿或轉復健科。"),
     c("兩次可以，我週六早上來。", None),
     t("好，週六九點半。這幾天可以拍一張你工作時的側面照給我，我看看姿勢。")],
    [o,
     t("針灸跟推拿都有效，看你喜歡哪一種。我先看一下……右邊很緊。你是做什麼工作的？"),
     c("寫程式，一天坐十個小時。", None),
     t("難怪。我建議針灸配推拿一起做，一個療程十次，一週兩次效果比較好。一次 800，療程價 7000。"),
     c("一週兩次喔…老實說我沒什麼時間，專案很趕。", "no_time"),
     t("那一週一次也可以，只是會慢一點。平常記得多起來動一動。"),
     c("好，那我先預約下週。", None),
     t("好，下週六九點半。")]))

# d02 Hong Kong telco, plan for an elderly mother
o = c("你好，我想幫我媽咪轉個月費計劃，佢而家用緊嗰個好似好貴。", None)
PAIRS.append(rpair(
    "zhb6r_d02_hongkong_telco_mum",
    "A daughter at a Mong Kok telco shop wants a cheaper plan for her mother, who video-calls family and watches cooking videos in the park; last time a phone change upset her.",
    [o,
     t("好呀。想先了解一下：媽媽平時用電話主要做甚麼？WhatsApp、睇片，還是淨係打電話？屋企有冇 wifi？"),
     c("佢主要同我哋 WhatsApp 視像，仲有睇 YouTube 煮餸片。屋企有 wifi，不過佢成日喺公園同朋友一齊睇。", None),
     t("明白，視像加在公園睇片，流量要留多一點。她現在每月 $298、100GB，過去三個月最多用 12GB。換 20GB 的長者計劃 $98 就夠，超了只會降速，不會多收錢。"),
     c("$98 好好多。不過佢啲字成日睇唔到，上次你哋職員幫佢轉機之後佢唔識用，喊咗。", "bad_experience"),
     t("多謝你講，這點很重要。今次號碼和手機都不變，只是換計劃。如果你想，帶她來，我們順便幫她把字體調大、WhatsApp 設定成一按就視像。"),
     c("咁好，我星期日帶佢嚟。", None),
     t("好，星期日我當值，直接找我。")],
    [o,
     t("好呀。媽媽現在每月 $298、100GB。我們有長者計劃，$128 有 50GB，另外送來電顯示，很多長者都用。"),
     c("50GB 會唔會太多？佢主要同我哋視像，睇吓 YouTube。", None),
     t("50GB 很安全，視像和 YouTube 都夠用，不用擔心超額，價錢也比現在平一大截。"),
     c("都係嘅。不過佢啲字成日睇唔到，上次轉機之後佢唔識用，喊咗。", "bad_experience"),
     t("今次不用轉機，只是換計劃。她有甚麼不明白，可以打我們的長者熱線。"),
     c("好啦，咁我星期日帶佢嚟簽。", None)]))

# d03 Singapore insurance agent, expecting parents
o = c("Hi，我老婆怀孕五个月了，朋友说宝宝出生前就要先买保险，是真的吗？", None)
PAIRS.append(rpair(
    "zhb6r_d03_singapore_insurance_baby",
    "An expecting father messages an insurance agent in Sengkang; the couple already have Integrated Shield plans, may have family cover through work, and are saving for a BTO flat.",
    [o,
     t("恭喜！先回答您：有些保险公司可以在怀孕期间先投保，好处是宝宝出生后如果发现先天问题也有保障。不过想先了解，您和太太现在有什么保险？公司有给家属保险吗？"),
     c("我们两个都有 Integrated Shield。公司的 group 保险好像有包家属，不过我不确定包不包小孩。", None),
     t("那值得先查清楚。宝宝出生后会自动有 MediShield Life，公司 group 如果包小孩门诊就更好。真正要考虑的是私人病房的 Shield 和孕期的先天疾病保障。你们预算大概多少？"),
     c("一年一千以内吧。我们在存钱买 BTO，不想每个月付太多。", None),
     t("一千以内做得到。我建议先看两个：孕期产前计划加宝宝 B1 病房的 Shield，大约一年 $600 到 $800。您先问 HR 公司保险包不包小孩，我们再决定要不要加门诊。"),
     c("好，我先问 HR，下个星期再跟你讲。", "think_it_over"),
     t("好，我把两份计划的条款先发给您，包括哪些情况不赔，这个一定要看。")],
    [o,
     t("恭喜！是的，怀孕期间先投保比较好，宝宝出生后如果有先天问题也有保障。我们有一个孕期配套，包括产前保障、宝宝的 Integrated Shield 和一个教育储蓄，每个月 $280。"),
     c("每个月 280 哦……我们在存钱买 BTO。", "no_money"),
     t("明白，那教育储蓄可以先不买，只要产前保障和宝宝 Shield，一年大约 $800。"),
     c("这样还好。不过我们公司好像也有家属保险。", None),
     t("公司保险通常是门诊为主，住院还是自己买比较稳当。我先把资料发给您看。"),
     c("好，我看看再跟你讲。", "think_it_over")]))

# d04 Penang e-commerce seller, parcels to East Malaysia
o = c("你好，我在 Penang 做网店卖榴莲酥和糕点，想问寄去东马的运费可以便宜一点吗？一个月大概 400 个 parcel。", None)
PAIRS.append(rpair(
    "zhb6r_d04_penang_courier_eastmalaysia",
    "A home-bakery owner selling online asks a courier's B2B sales rep for a cheaper rate; her real pain is slow delivery to Sabah and bad reviews.",
    [o,
     t("您好！一个月 400 个量不小。想先问，现在用哪家？除了运费，有没有其他问题，比如破损、延误、客户投诉？"),
     c("运费还 ok 啦，主要是去沙巴的常常要七八天，榴莲酥都软掉，上个月被客户给了很多一星。", None),
     t("原来最痛的是沙巴太久、产品变软、差评，不只是运费。我们可以这样：西马照走普通，东马走空运 express，三到四天到，每个 parcel 贵 RM2。东马的单大概占多少？"),
     c("三成左右吧。贵两块我要想一想，利润很薄的。", "think_it_over"),
     t("应该想清楚。我建议先试一个月，只把沙巴的单交给我们，看送达天数和评价有没有变好，再决定要不要全转。试用期间没有合约。"),
     c("这个可以，没有合约就好。", None),
     t("好，我明天把账号和取件时间发给您。")],
    [o,
     t("您好！400 个一个月，我们可以给您批量价：西马 RM5.50，东马 RM8.90，比 walk-in 便宜三成。"),
     c("东马 8.90 比我现在那家贵哦。", "too_expensive"),
     t("我们去东马的网络比较稳，一般五到七天到。如果签一年合约，东马可以降到 RM8.50。"),
     c("五到七天……跟现在差不多。我的榴莲酥去沙巴常常软掉，被客户投诉。", None),
     t("可以用比较厚的包装，另外我们有保险，破损可以赔。您考虑一下，签约的话我帮您申请特价。"),
     c("好，我考虑一下。", "think_it_over")]))

# d05 Taichung wedding banquet, Hakka in-laws
o = c("你好，我們想在明年三月辦婚宴，大概三十桌，想了解一下你們的菜單跟價錢。", None)
PAIRS.append(rpair(
    "zhb6r_d05_taichung_wedding_hakka",
    "A bride-to-be visits a Taichung banquet hall; the groom's Hakka mother insists on Hakka dishes, the bride's guests are mostly colleagues, and the budget is about NT$15,000 a table.",
    [o,
     t("恭喜兩位！先請教一下，賓客大概是哪些人？長輩多還是朋友多？有沒有特別的習俗，或是不吃的東西？"),
     c("男方那邊是客家人，長輩很多，我這邊大多是同事。我婆婆說一定要有客家菜，可是我同事應該比較想吃一般的。", None),
     t("了解，兩邊口味不一樣，婆婆很在意客家菜。我們可以做混搭菜單：保留客家小炒、梅干扣肉兩道客家菜，其他用一般宴客菜。三月週六每桌 16,800，週日 15,800。"),
     c("16800 有點超過我們預算，我們本來想抓 15000 左右。", "no_money"),
     t("那可以選週日 15,800，或是週六把龍蝦換成干貝，可以到 15,200。我先把混搭菜單寫出來，你們可以拿給婆婆看。"),
     c("好啊，有菜單比較好跟婆婆講。", None),
     t("我這週五寄給你們，想試菜再跟我約。")],
    [o,
     t("恭喜兩位！我們有三種套餐：12,800、15,800 跟 18,800，差在海鮮的等級，三月週六加收 1,000。大部分新人選 15,800。"),
     c("那 15800 的有客家菜嗎？男方是客家人，我婆婆很在意。", None),
     t("15,800 的是一般宴客菜，不過可以把一道換成梅干扣肉，不加錢。"),
     c("只有一道喔……我婆婆可能會念。而且週六這樣就 16800 了，有點超預算。", "no_money"),
     t("週日就沒有加價。菜單我先寄給你們參考，有需要再調整。"),
     c("好，我們回去討論看看。", "think_it_over")]))

# d06 Hong Kong bank, retiree's MPF lump sum
o = c("你好，我啱啱退休，強積金拎咗八十萬出嚟，想問擺定期好定係買啲基金好。", None)
PAIRS.append(rpair(
    "zhb6r_d06_hongkong_bank_retiree",
    "A newly retired civil servant at a bank branch in Kowloon City asks where to put HK$800,000 from his MPF; the money is really meant for his daughter's flat deposit in two years.",
    [o,
     t("恭喜退休。想先了解：這筆錢你打算甚麼時候要用？每個月生活費靠甚麼？"),
     c("生活費我有長俸同積蓄，唔使靠佢。不過個女話兩年後想買樓，我諗住幫佢俾首期。", None),
     t("明白，生活費另有來源，這筆錢主要是兩年後幫女兒付首期。既然兩年後一定要用，就不適合放波動大的基金，跌了未必等得返。比較穩陣是做一年和兩年的定期，或者兩年到期的政府債券。"),
     c("但係定期啲息好低喎，我朋友買基金賺咗好多。", None),
     t("朋友賺了是好事，不過基金同樣可以兩年內跌兩成。如果你想博高一點，可以放一成左右，即八萬，跌了也不影響女兒首期，其餘做定期。這個比例你覺得可以嗎？"),
     c("八萬博吓都得。我返去同個女傾吓先。", "think_it_over"),
     t("好，我把兩年定期和債券的息率寫給你，下星期你們一起來也可以。")],
    [o,
     t("恭喜退休。以你的年紀，我們通常建議穩健一點：一半做定期，一半放平衡型基金，長線回報大約每年四至五厘。"),
     c("一半基金？我個女兩年後想買樓，我諗住幫佢俾首期。", None),
     t("兩年的話，平衡型基金波動不算太大，不過都有機會跌。你可以一半做兩年定期，一半做基金，有需要時再贖回。"),
     c("但係跌咗點算？我朋友買基金蝕咗三成，到而家都未返本。", "bad_experience"),
     t("基金一定有風險，我們會先做風險評估問卷。如果你不放心，可以減少基金的比例。"),
     c("咁我返去諗諗先。", "think_it_over")]))

# d07 Singapore tuition centre, PSLE maths
o = c("你好，我儿子 P6，数学 prelim 拿 58 分，PSLE 只剩三个月，你们还有位吗？", None)
PAIRS.append(rpair(
    "zhb6r_d07_singapore_tuition_psle_math",
    "A mother in Tampines brings her P6 son's prelim paper to a maths tuition centre three months before the PSLE; he leaves the last problem sums blank.",
    [o,
     t("有的。想先了解一下，58 分是哪里失分？Paper 1 还是 Paper 2 的应用题？可以给我看一下 prelim 卷子吗？"),
     c("卷子在这里。老师说他应用题很多空白，他说时间不够。", None),
     t("我看了：Paper 1 只错了 6 分，问题在 Paper 2 最后几题空白，而且前面的题写得很长，花太多时间。所以不是不会，是时间分配和几个 heuristic 不熟。"),
     c("对对，他每次都是最后来不及。", None),
     t("那大班可能不是最好的。我建议这三个月每星期做一份 timed paper，老师跟他一起看怎么分配时间，再加一个小组专门练 heuristic，一个月 $320。"),
     c("一个月 320 比学校旁边那家贵一百哦。", "too_expensive"),
     t("是贵一点。可以先报一个月，做完三份 timed paper，如果分数和完成度有进步再继续，没进步就不用勉强。")],
    [o,
     t("有的。我们的 P6 冲刺班每星期两次，三个月把所有 PSLE topic 复习一遍，也有很多 past year papers，一个月 $320。"),
     c("他主要是应用题来不及做完，老师说很多空白。", None),
     t("冲刺班有很多应用题练习，做多了速度自然会快。"),
     c("一个月 320 比学校旁边那家贵一百哦。", "too_expensive"),
     t("我们的老师都是前 MOE 老师，材料也比较完整。可以先来试一堂。"),
     c("好吧，试一堂看看。", None)]))

# d08 Kuantan bubble-tea franchisee, falling sales
o = c("Hello，我是 Kuantan 那间的 franchisee。这三个月生意掉了快三成，总部可以帮什么吗？", None)
PAIRS.append(rpair(
    "zhb6r_d08_kuantan_bubbletea_franchisee",
    "A franchisee in Kuantan calls the franchisor's area manager about a 30% sales drop: a cheaper shop opened near a school and two staff were replaced.",
    [o,
     t("谢谢您主动讲。我想先看清楚是哪里掉：是每天都掉，还是某些时段？附近有没有新开的店？员工有没有变动？"),
     c("下午那段掉最多。附近 school 旁边开了一间新的，卖 RM5.90。员工也换了两个。", None),
     t("我看了您的 POS：下午三点到六点掉了四成，其他时段差不多，应该是学生被那间便宜的抢走了。员工换人的话，饮料品质有没有人投诉？"),
     c("有几个说甜度不一样。", None),
     t("那有两件事。第一，我下星期派 trainer 去两天，帮新员工重新练标准。第二，下午可以试一个学生价 RM6.50 的小杯，只做一个月，看下午有没有回来，成本我算给您看。"),
     c("降价我怕利润更少。总部之前叫我们做 buy 1 free 1，结果亏很多。", "bad_experience"),
     t("所以这次只是小杯、只限下午、只试一个月，我每星期跟您看一次数字，不行就停。")],
    [o,
     t("谢谢您讲。生意掉很多店都有，现在竞争大。总部下个月有全国 promotion，buy 1 free 1，您可以参加，通常可以拉回人流。"),
     c("buy 1 free 1 我们之前做过，结果亏很多。", "bad_experience"),
     t("那这次可以只做周末。另外我们有 TikTok 推广的 template，您可以叫员工拍。"),
     c("员工才换了两个，新的还在学。而且附近开了一间卖 RM5.90 的。", None),
     t("明白。我下个月派 trainer 去看看，另外您可以推我们的新品，季节性的比较有话题。"),
     c("好吧，我再看看。", "think_it_over")]))

# d09 New Taipei car workshop, clicking on turns
o = c("老闆，我車子轉彎的時候會喀喀喀的，是不是很嚴重啊？", None)
PAIRS.append(rpair(
    "zhb6r_d09_newtaipei_workshop_cvjoint",
    "A nurse brings her ten-year-old hatchback to a workshop in Banqiao: it clicks when turning; she was burned once by a cheap aftermarket part elsewhere.",
    [o,
     t("先不要緊張。是左轉還是右轉比較明顯？慢慢轉還是轉快的時候？我們一起開一圈聽聽看好不好？"),
     c("右轉、在停車場那種轉到底的時候最大聲。好啊，一起去。", None),
     t("剛剛聽到了，方向盤打到底右轉時喀喀聲很清楚。上架看，右前傳動軸的防塵套破了，等速接頭缺油磨損，要換右前傳動軸：副廠 4500，原廠 8200。"),
     c("副廠的會不會很快又壞？我之前在別家換副廠的水箱，一年就漏了。", "bad_experience"),
     t("會擔心很正常。這個副廠牌子我們用很多年，保固一年兩萬公里，壞了免費換。車子要開很久的話，原廠當然比較安心，兩個都可以。"),
     c("那副廠好了，有一年保固就好。", None),
     t("好，下午五點好。換好我們再一起開一圈，確定沒聲音你再付錢。")],
    [o,
     t("轉彎喀喀聲通常是傳動軸或輪軸承。我上架看一下……右前的傳動軸防塵套破了。"),
     c("那要換嗎？很貴嗎？", None),
     t("要換。右前傳動軸原廠 8200，順便把輪軸承也換掉比較保險，1800，一次解決。"),
     c("一萬出頭喔……有點貴。輪軸承也壞了嗎？", "too_expensive"),
     t("軸承還沒壞，只是車子跑十萬公里了，預防性換一下。不換也可以，就先做傳動軸。"),
     c("那先做傳動軸就好。", None),
     t("好，下午五點來牽車。")]))

# d10 Hong Kong estate management, renovation of a new flat
o = c("你好，我啱買咗 12 樓 C 室，想裝修，想問管理處有咩要注意。", None)
PAIRS.append(rpair(
    "zhb6r_d10_hongkong_estate_renovation",
    "A new owner in an older Tai Koo estate asks the management office about renovation rules; he wants to knock through the kitchen wall, replace windows and move in next month.",
    [o,
     t("恭喜入伙。想先了解你打算做甚麼：只是油漆、換地板，還是會拆牆、改廁所或者換窗？"),
     c("想打通廚房同客廳，仲想換埋啲窗，老屋啲窗好殘。", None),
     t("明白，打通廚房和換窗。這兩樣比較特別：拆牆要先確認不是結構牆，可能要找認可人士入則；換窗要用屋苑指定款式，外牆要一致。簡單油漆就沒這麼多手續。"),
     c("吓，要入則？咁要幾耐？我下個月就想搬入。", "no_time"),
     t("如果要入則，可能一兩個月。一個做法是先做不用審批的部分，油漆、地板、換窗，先搬入；拆牆等確認了再做。我把舊樓則借你，你拿給師傅判斷是不是結構牆。"),
     c("咁就好，我先睇吓樓則。", None),
     t("好，樓則副本、裝修守則和按金表格一併給你，按金 $5,000，完工後退。")],
    [o,
     t("恭喜入伙。這是裝修守則和申請表，施工時間星期一至六早上九點至下午六點，按金 $5,000，完工後退。"),
     c("唔該。我想打通廚房同客廳，同埋換窗，有冇問題？", None),
     t("換窗要用屋苑指定款式。打通牆要看是甚麼牆，你最好問問你的裝修師傅。"),
     c("好，咁我下個月開工得唔得？我想快啲搬入。", None),
     t("交齊表格和按金，一星期內批就可以開工。"),
     c("好，咁我聽日拎按金嚟。", None)]))

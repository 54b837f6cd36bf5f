"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction to it."""
from common import c, rpair, t

PAIRS = []

# f01 Sengkang telco -- fault: over-promises indoor coverage
c0 = c("你好，我想转 5G plan，可是我住 HDB 高楼，睡房里面信号很差，转了会比较好吗？", None)
t1 = t("我先了解一下：是整间屋都差，还是某些房间？现在用哪家的？打电话会断吗？")
c2 = c("主要是睡房，客厅还可以。现在用别家的，在睡房打电话常常断，我 work from home 开会很麻烦。", None)
t3 = t("明白，睡房信号差，WFH 开会会断。我查了您那栋 block 的 coverage map，我们的 5G 在您那区是有的，但屋子里面深一点的地方不一定收得好。")
c4 = c("那转了也可能没用咯？我上次转过一家，说很好，结果更差。", "bad_experience")
t5_good = t("老实说，我不能保证睡房一定好。我们有 14 天试用，SIM 先拿回去在睡房试，不满意 14 天内取消，不收钱。如果还是不行，家里有 fibre 的话开 wifi calling，开会会稳很多。")
c6_good = c("14 天试用酱 ok，我拿回去试试看。", None)
t5_bad = t("不用担心，我们的 5G 在您那区是最强的，睡房一定没问题，保证比现在好很多，转了就知道。")
c6_bad = c("一定哦？上次那家也是这样讲的……那好吧，我试试看。", "bad_experience")
t7 = t("好，我帮您办，号码不变，SIM 今天就可以用。有问题打这个号码找我。")
PAIRS.append(rpair(
    "zhb6r_f01_sengkang_telco_coverage",
    "A woman working from home in a high-floor HDB flat in Sengkang asks a telco shop whether 5G will fix poor signal in her bedroom. Fault in worse: over-promises coverage.",
    [c0, t1, c2, t3, c4, t5_good, c6_good, t7],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad, t7]))

# f02 Klang GP clinic -- fault: doubts the patient's honesty
c0 = c("Doctor，我的血压药吃了两个月了，今天量还是 150，是不是药没有用？", None)
t1 = t("我们一起看一下。这两个月药是每天早上吃吗？有没有漏吃？")
c2 = c("每天早上吃的，我老婆每天提醒我。就是最近工作很忙，睡得很少。", None)
t3_good = t("好，每天都吃，最近睡得少、工作忙，这些都会让血压高。另外想问，吃饭方面最近有没有常吃外面、比较咸？")
c4_good = c("有啦，中午都吃 economy rice，晚上有时候去 mamak。", None)
t3_bad = t("每天都吃的话，血压不应该还这么高的。你确定真的每天都有吃吗？很多病人都说有，其实常常忘记。")
c4_bad = c("我说每天吃就是每天吃，我老婆都看着的。你不信就算了。", None)
t5 = t("那我们这样：药加一点剂量，你每天早晚在家量一次，写下来，两个星期后拿来给我看。外面的饭少喝汤、少点咸的，尽量早点睡。")
c6 = c("两个星期后我要去 Kuching 出差，可以三个星期吗？", "no_time")
t7 = t("可以，三个星期。量血压的记录表给你一张，出差也带着量。")
PAIRS.append(rpair(
    "zhb6r_f02_klang_clinic_bloodpressure",
    "A 52-year-old sales manager at a GP clinic in Klang says his blood pressure is still 150 after two months of pills. Fault in worse: the doctor doubts he really takes them.",
    [c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    [c0, t1, c2, t3_bad, c4_bad, t5, c6, t7]))

# f03 Kaohsiung motor-insurance renewal -- fault: drops the price before asking anything
c0 = c("欸，我收到你們續保通知，今年車險怎麼變八千六？去年才七千多耶。", None)
t1_good = t("謝謝你來問。我先查一下為什麼漲，去年到現在有出過險嗎？車子有換，或是多了駕駛人嗎？")
c2_good = c("三月有擦撞一次，有用保險修保險桿。駕駛人沒變。", None)
t1_bad = t("這樣喔，那我直接幫你打九折，七千七好不好？")
c2_bad = c("蛤？所以本來就可以比較便宜喔？那我之前是不是都被多收？", None)
t3 = t("我在系統看到，三月那次擦撞有理賠，理賠後費率係數會往上調一級，這是漲價的主要原因。另一個選擇是把車體險從甲式改成乙式，保費會降到六千九左右，但自己撞到的部分理賠範圍會小很多。")
c4 = c("乙式喔…可是我朋友說網路投保更便宜，我想先比一下。", "think_it_over")
t5 = t("應該比的。比的時候看一下自負額，還有有沒有含颱風泡水，價格才比得準。我把甲式跟乙式的明細傳給你，下週一前回覆都來得及續上。")
c6 = c("好，我比完週末跟你講。", None)
PAIRS.append(rpair(
    "zhb6r_f03_kaohsiung_insurance_renewal",
    "A car owner in Kaohsiung asks her insurance agent why her renewal premium rose to NT$8,600. Fault in worse: the agent offers a 10% discount before asking or checking anything.",
    [c0, t1_good, c2_good, t3, c4, t5, c6],
    [c0, t1_bad, c2_bad, t3, c4, t5, c6]))

# f04 Causeway Bay bank -- fault: unexplained jargon
c0 = c("你好，我有筆定期就快到期，職員上次話有個產品息口高啲，想了解吓。", None)
t1 = t("好。想先問，這筆錢大約多少？甚麼時候可能要用？")
c2 = c("三十萬左右。一年內應該唔使用，但我唔想蝕本金。", None)
t3_good = t("明白：三十萬，一年內不用，最重要是不蝕本金。上次同事講的是「結構性存款」：到期本金是保本的，但利息跟一個貨幣的匯率掛鈎，匯率在某個範圍內你收高一點的息，超出範圍就只收很低的息。期間不可以提早拿錢。")
c4_good = c("即係最差都攞返三十萬，只係冇乜息？", None)
t3_bad = t("明白。那個是一年期 100% 本金保障結構性存款，掛鈎澳元兌美元，設有敲出價同參與率，潛在年化回報 4.2%，提早贖回按市價計。")
c4_bad = c("吓……咩敲出價、參與率？我聽唔明喎。", None)
t5 = t("簡單講，最差情況是到期拿回三十萬，但差不多沒有利息；最好大約 4.2 厘。相比之下，普通一年定期現在是 3.5 厘，是確定的。")
c6 = c("差唔多啫，我唔想諗咁多，做返普通定期算啦。", "no_need")
t7 = t("好，簡單穩陣也是好選擇。我幫你做一年定期，到期前一星期會通知你。")
PAIRS.append(rpair(
    "zhb6r_f04_causewaybay_bank_structured",
    "A clerk in her fifties at a Causeway Bay branch asks about a higher-interest product for HK$300,000 of maturing deposits. Fault in worse: product jargon with no explanation.",
    [c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    [c0, t1, c2, t3_bad, c4_bad, t5, c6, t7]))

# f05 Zhongli bubble-tea shop-in-shop -- fault: vague next step
c0 = c("你好，我在中壢有一間早餐店，下午時段都空著，能不能加盟你們的茶飲做店中店？", None)
t1 = t("這個想法不錯！想先了解，早餐店大概幾點收？店面多大？下午附近人流主要是誰？")
c2 = c("十二點半收。店大概十五坪，對面是高職，四點多放學很多學生。", None)
t3 = t("十二點半收、十五坪、對面高職四點放學，做店中店蠻適合的。我們店中店要放封口機、冰沙機跟一個冷藏櫃，大概兩坪。加盟金 15 萬，設備大約 25 萬。")
c4 = c("四十萬喔……比我想的多一點，我要回去跟我老婆算一下。", "think_it_over")
t5_good = t("應該好好算。我這週四前把你們店的損益試算寄給你，用一天 80 杯跟 150 杯兩種算；下週二下午三點我去你店裡，看一下設備放哪裡，你跟太太都在比較好。")
c6_good = c("週二三點可以，我跟她說。", None)
t5_bad = t("好，那你們先討論看看，有什麼問題再跟我們聯絡，我們這邊有消息也會再通知你。")
c6_bad = c("喔……那試算那些你們會給我嗎？還是我要自己算？", None)
PAIRS.append(rpair(
    "zhb6r_f05_zhongli_bubbletea_shopinshop",
    "A breakfast-shop owner in Zhongli asks a bubble-tea brand about a shop-in-shop for his idle afternoons. Fault in worse: a vague next step.",
    [c0, t1, c2, t3, c4, t5_good, c6_good],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad]))

# f06 Clementi condo office -- fault: argues with the resident
c0 = c("hi management 我上个月换了车 新车的 parking label 到现在还没拿到 每天都要在 guardhouse 登记很烦", None)
t1 = t("不好意思让您等。想问一下您是几号单位？新车牌号码多少？表格是什么时候交的？")
c2 = c("#08-14 SMX1234A 我三个星期前交的 你们说一个星期", None)
t3 = t("我查到了，您的表格在这里，但缺了新车的 log card 副本，所以卡住了。")
c4 = c("没有人跟我讲啊 我交的时候你们同事也没说", None)
t5_good = t("那是我们的疏忽，当时就应该告诉您，或者打电话通知。您把 log card 照片 WhatsApp 给我就可以了。")
c6_good = c("ok 我现在 send 给你", None)
t5_bad = t("表格第二项写得很清楚要附 log card，我们同事也不可能每一张帮住户检查。您把 log card 照片 WhatsApp 给我就可以了。")
c6_bad = c("所以是我的错咯？三个星期了你们一个电话都没打。算了 我现在 send", None)
t7 = t("收到了，我今天批，明天早上九点后到 office 拿 label 就可以。")
PAIRS.append(rpair(
    "zhb6r_f06_clementi_condo_parkinglabel",
    "A condo resident in Clementi messages the management office: three weeks after applying she still has no parking label. Fault in worse: the officer argues the missing document is her fault.",
    [c0, t1, c2, t3, c4, t5_good, c6_good, t7],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad, t7]))

# f07 Ipoh restaurant, 70th birthday banquet -- fault: talks about herself
c0 = c("老板娘你好，我爸爸明年七十大寿，想在你们这里摆二十桌，他比较喜欢吃传统一点的。", None)
t1 = t("恭喜恭喜！七十大寿要热闹一下。想问一下，安叔喜欢吃哪些？有没有什么不能吃的？")
c2 = c("他最喜欢芽菜鸡和清蒸鱼。牙齿不好，太硬的不要。", None)
t3 = t("芽菜鸡和清蒸鱼我们都有。牙齿不好的话，炸的我换成焖的，鱼用笋壳，肉比较嫩，寿包寿面也会有。二十桌一桌 RM980 起。")
c4 = c("好，焖的好。980 可以接受。要先付什么吗？", None)
t5_good = t("订金 RM2,000 就可以 hold 日子。日子定了吗？中午还是晚上？")
c6_good = c("晚上，三月八号，星期六。", None)
t5_bad = t("订金 RM2,000。跟你讲，我们这间开了三十八年，我公公以前在旧街场推车卖芽菜鸡起家，后来我嫁进来才把店做大，上个月还有一个丹斯里来摆八十桌……")
c6_bad = c("哦……那三月八号星期六晚上还有吗？", None)
t7 = t("三月八号星期六晚上还有，我帮你写下来，订金付了就 confirm。")
PAIRS.append(rpair(
    "zhb6r_f07_ipoh_restaurant_birthday",
    "A son books a 20-table 70th-birthday dinner for his father at an Ipoh Chinese restaurant. Fault in worse: the owner drifts into the restaurant's own history instead of his booking.",
    [c0, t1, c2, t3, c4, t5_good, c6_good, t7],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad, t7]))

# f08 Kwun Tong car workshop -- fault: closes before checking the fix works
c0 = c("師傅，我架車今朝打唔著火，叫拖車拖咗嚟，係咪電池壞咗？", None)
t1 = t("有可能，等我先量一量。之前有冇試過打唔著？有冇開住車頭燈或者車廂燈成晚？")
c2 = c("冇呀。不過最近朝早會慢少少先著，差唔多兩個星期。", None)
t3 = t("明白，兩個星期開始慢著，今天完全打唔著。電池電壓量出來好低，而且已經用了四年，換新的 $1,200。")
c4 = c("一千二……好啦，都要換。", None)
t5_good = t("換好了。不過電池之前慢慢沒電，也可能是發電機充電不夠，我現在開着車量一下充電電壓，五分鐘，確認正常你才走。")
c6_good = c("好呀，等埋都好，唔想過兩日又死火。", None)
t5_bad = t("換好了，一千二，你畀錢就可以揸走。")
c6_bad = c("咁快？唔使檢查下係咪其他嘢嘅問題咩？上次喺第二間換完，三日後又死火。", "bad_experience")
t7 = t("充電電壓 14.2V，正常，發電機沒問題，可以放心揸走。")
PAIRS.append(rpair(
    "zhb6r_f08_kwuntong_workshop_battery",
    "A van driver has his car towed to a Kwun Tong workshop after it would not start. Fault in worse: the mechanic asks for payment before checking the charging system.",
    [c0, t1, c2, t3, c4, t5_good, c6_good, t7],
    [c0, t1, c2, t3, c4, t5_bad, c6_bad, t7]))

# f09 New Taipei e-commerce warehousing -- fault: recommends before asking
c0 = c("您好，我們是做戶外用品電商的，倉庫在新莊，最近訂單越來越多，想問你們的倉儲物流服務。", None)
t1_good = t("謝謝您。想先了解：現在一天大概出幾單？品項大概多少、有沒有大件？最卡的是哪一段，揀貨、包裝還是配送？")
c2_good = c("一天三百單左右，品項快一千個，帳篷那種大件的也有。最卡的是雙十一那種檔期，人手根本不夠。", None)
t1_bad = t("您好！我建議直接用我們的全代管方案，倉儲、揀貨、包裝、配送全包，一個月基本費八萬，單件處理費十五元，很多電商都用這個。")
c2_bad = c("八萬？我們平常一天三百單自己做得來，品項一千個，也有帳篷那種大件，主要是雙十一那種檔期人手不夠啦。", "no_need")
t3 = t("了解，一天三百單、品項多、有大件，最卡的是檔期人手，那全包代管不一定划算。我們有「旺季溢出」方案：檔期前兩週把熱賣品先移到我們倉，檔期訂單由我們出，平常還是您自己出。按件計費，沒有月費。")
c4 = c("按件的話一件多少？大件的也一樣嗎？", None)
t5 = t("一般件一件 25 元，大件 60 元，含揀貨包裝，運費另計。我可以依您去年雙十一的訂單量算一份估價。")
c6 = c("好，我請同事把去年的資料整理給你，可能要下禮拜。", None)
t7 = t("沒問題，收到資料後三個工作天內給您估價。")
PAIRS.append(rpair(
    "zhb6r_f09_xinzhuang_ecommerce_warehousing",
    "The owner of an outdoor-gear online shop in Xinzhuang asks a 3PL about warehousing as orders grow. Fault in worse: the rep recommends the full outsourcing package before asking anything.",
    [c0, t1_good, c2_good, t3, c4, t5, c6, t7],
    [c0, t1_bad, c2_bad, t3, c4, t5, c6, t7]))

# f10 Chinatown remittance -- fault: an unasked lecture
c0 = c("你好，我要汇 800 块回马来西亚给我妈，今天汇率多少？", None)
t1 = t("您好，今天 1 新币兑 3.28 令吉，800 块是 2,624 令吉，手续费 $5。收款人还是上次那个户口吗？")
c2 = c("对，同一个。我每个月发工资就汇。", None)
t3_good = t("好的，资料都在。要不要我帮您设定每个月同一天提醒？汇率好的时候也可以先 SMS 给您。")
c4_good = c("提醒不用啦，我自己会记得。照平常的就好。", "no_need")
t3_bad = t("每个月都汇 800 哦？其实您也要为自己想一下，年轻人应该先存钱、做点投资，不然老了怎么办？汇太多回去，家里人也会习惯依赖的……")
c4_bad = c("……我的钱我自己知道怎么用。你帮我汇就好。", None)
t5 = t("好，800 块。收据请您核对一下名字和户口号码。")
c6 = c("没错。", None)
t7 = t("好了，一般今天下午就会到。")
PAIRS.append(rpair(
    "zhb6r_f10_chinatown_remittance_lecture",
    "A Malaysian shop assistant working in Singapore sends her monthly S$800 home at a remittance counter in Chinatown. Fault in worse: the clerk lectures her on saving.",
    [c0, t1, c2, t3_good, c4_good, t5, c6, t7],
    [c0, t1, c2, t3_bad, c4_bad, t5, c6, t7]))

from common import c, rpair, t

P = "zhb15r_"
PAIRS = []

# f01 fault in worse: doubts the customer's honesty
op = c("你好，我想租大安區那間套房，我是自由接案的設計師。", None)
q1 = t("歡迎。預計什麼時候入住？有養寵物嗎？")
a1 = c("下個月一號，沒養寵物。房東會要收入證明嗎？我沒有薪資單。", None)
gb = t("接案的很多，沒薪資單沒關係，近半年存摺進帳或扣繳憑單都可以，房東只是想確定租金付得出來。")
rb = c("存摺可以，我每個月都有進帳。", None)
gw = t("自由接案喔⋯說真的，很多人說自己有收入，最後都繳不出來。您確定付得起嗎？")
rw = c("我當然付得起，你這樣講很不舒服。", None)
q3 = t("那我約房東週四晚上看屋，您帶存摺影本，看了喜歡可以當場談。")
a3 = c("好，週四晚上可以。", None)
PAIRS.append(rpair(P + "f01_taipei_rental_freelancer", "台北房仲租賃部，接案設計師想租套房。",
    [op, q1, a1, gb, rb, q3, a3], [op, q1, a1, gw, rw, q3, a3]))

# f02 fault in worse: drops the price before asking anything
op = c("我想問換你們家的網路，現在那家一直斷。", None)
gb = t("一直斷是整天，還是某些時段？家裡幾個人用？會打線上遊戲或視訊嗎？")
rb = c("晚上最常斷，我兒子打遊戲一直LAG，我自己在家視訊上課。", None)
gw = t("我們現在可以直接幫您打八折，第一年再送三個月，比您現在那家便宜！")
rw = c("便宜是不錯啦⋯可是我是問會不會斷耶。晚上我兒子打遊戲一直LAG，我還要視訊上課。", None)
q2 = t("晚上打遊戲加視訊，要穩建議光纖500M。我先查您地址能不能光纖到府。")
a2 = c("三民區建工路，舊大樓喔。", None)
q3 = t("查到了，您那棟有光纖到樓。我先約工程師勘查線路，確定能裝再簽約。")
a3 = c("好，勘查沒問題再簽。", None)
PAIRS.append(rpair(P + "f02_kaohsiung_broadband_switch", "高雄電信門市，客人想把家裡寬頻換過來。",
    [op, gb, rb, q2, a2, q3, a3], [op, gw, rw, q2, a2, q3, a3]))

# f03 fault in worse: over-promises delivery and durability
op = c("請問這台烘衣機最快什麼時候能送？我們家快沒乾衣服穿了。", None)
q1 = t("是最近下雨晾不乾，還是舊的壞了？住哪裡、幾樓？")
a1 = c("這禮拜一直下雨，小孩制服都乾不了。我住竹北，四樓沒電梯。", None)
gb = t("這台倉庫有貨，但四樓沒電梯要兩位師傅，最快週四下午，週三我再跟您確認時段。")
rb = c("週四喔⋯好吧，也只能這樣。", None)
gw = t("沒問題！明天早上一定送到，保證裝好馬上能用，這台用十年都不會壞。")
rw = c("明天早上？那太好了！", None)
q3 = t("我先開單。烘衣機要接排水，師傅到的時候會再確認陽台插座。")
a3 = c("好，插座是獨立的，我老公之前拉過。", None)
PAIRS.append(rpair(P + "f03_hsinchu_dryer_delivery", "新竹家電行，竹北客人急需烘衣機。",
    [op, q1, a1, gb, rb, q3, a3], [op, q1, a1, gw, rw, q3, a3]))

# f04 fault in worse: unexplained jargon
op = c("我部手提電腦好慢，開機要成五分鐘，可唔可以幫我睇下？", None)
q1 = t("得。部機用咗幾耐？主要用嚟做咩？")
a1 = c("四年，做文書同上網。我唔係好識電腦。", None)
gb = t("四年機多數仲用緊舊式硬碟，轉一隻新式固態硬碟，開機大概三十秒，連工六百五，檔案我幫你搬過去。")
rb = c("三十秒？咁好喎。檔案唔會唔見嘛？", None)
gw = t("應該係HDD bottleneck，IOPS唔夠，換隻NVMe SSD、clone返個partition就得，六百五。")
rw = c("吓？你講咩我一句都聽唔明。", None)
q3 = t("換之前我會先幫你備份，換完你開機睇過冇問題先俾錢。")
a3 = c("好，咁我今日放低。", None)
PAIRS.append(rpair(P + "f04_hk_kwuntong_laptop_repair", "觀塘電腦維修舖，客人手提電腦開機很慢。",
    [op, q1, a1, gb, rb, q3, a3], [op, q1, a1, gw, rw, q3, a3]))

# f05 fault in worse: an unasked lecture
op = c("我想幫剛出生的兒子買保險，要買什麼？", None)
q1 = t("恭喜！先了解一下，你們夫妻自己有醫療險嗎？家裡經濟主要靠誰？")
a1 = c("我先生有公司團保，我自己什麼都沒買。家裡主要靠他。", None)
gb = t("那我建議先補先生的壽險跟你們兩個的醫療，小孩加一張實支實付就好。大人是支柱，先保大人。")
rb = c("喔，先保大人⋯有道理。", None)
gw = t("先跟你說個觀念：很多父母都搞錯，只幫小孩買一堆，自己什麼都沒有，這很不負責任。保險的本質是保障經濟支柱，你們這樣是本末倒置⋯")
rw = c("我只是問一下而已，不用上課吧。", None)
q3 = t("我整理兩種組合，大人小孩分開列，月繳金額寫清楚，你跟先生一起看。")
a3 = c("好，可是一個月要兩三千的話我們付不起，房租很重。", "no_money")
q4 = t("了解，我就用兩千以內來排，先保最重要的，其他以後再加。")
PAIRS.append(rpair(P + "f05_tainan_newborn_insurance", "台南保險業務，新手媽媽想幫新生兒買保險。",
    [op, q1, a1, gb, rb, q3, a3, q4], [op, q1, a1, gw, rw, q3, a3, q4]))

# f06 fault in worse: a vague next step
op = c("我家冷氣不冷了，吹出來是溫的，可以來看嗎？", None)
q1 = t("好。完全不冷還是比以前弱？室外機有在轉嗎？用幾年了？")
a1 = c("七八年了，室外機有轉，就是吹不冷。我住三重。", None)
q2 = t("室外機有轉但不冷，可能是冷媒不足或壓縮機，要到現場量壓力才知道。")
a2 = c("會不會要整台換？我上次修另一台花快一萬，兩個月又壞。", "bad_experience")
gb = t("量了才知道。補冷媒大概兩千；壓縮機壞的話，七八年的機器我會建議換新，不硬修。明天下午兩點到四點我可以到三重，出車費三百，有修就抵掉。")
rb = c("明天下午OK，我在家。", None)
gw = t("要看狀況，費用不一定。我們這週再排看看，排到再通知您。")
rw = c("這週哪一天？我要請假等耶，總要給個時間吧。", None)
PAIRS.append(rpair(P + "f06_newtaipei_aircon_repair", "新北三重冷氣行，老冷氣吹不冷。",
    [op, q1, a1, q2, a2, gb, rb], [op, q1, a1, q2, a2, gw, rw]))

# f07 fault in worse: argues with the customer
op = c("我兒子上你們物理班兩個月，成績一點都沒進步，我想退費。", None)
q1 = t("謝謝您直接跟我說。他這兩個月的小考跟作業，我調出來跟您一起看好嗎？")
a1 = c("他說上課聽不懂，老師講太快，作業也不敢問。", None)
gb = t("所以是跟不上又不敢問，不是他不認真。我先讓他每週留半小時，助教一對一解題，這個月看看；還是沒起色，剩下的學費按比例退。")
rb = c("有一對一的話可以試試，他會比較敢問。", None)
gw = t("可是媽媽，我們老師的教學評價一直很好，其他同學都有進步，我覺得不是老師講太快的問題。")
rw = c("所以是我兒子的問題就對了？", None)
q3 = t("我們先從他卡住的電學開始，這週四放學安排助教，結束後我打給您說狀況。")
a3 = c("好，先這樣看看，再不行我就真的要退。", None)
PAIRS.append(rpair(P + "f07_taichung_cram_refund", "台中補習班，家長因孩子沒進步要求退費。",
    [op, q1, a1, gb, rb, q3, a3], [op, q1, a1, gw, rw, q3, a3]))

# f08 fault in worse: talks about himself instead of the customer
op = c("我膝頭痛咗成個月，行樓梯好痛，朋友叫我嚟做物理治療。", None)
q1 = t("明白。係點開始痛？有冇扭親或者做咗咩運動？")
a1 = c("開始跑步之後，一個禮拜跑四次，每次十公里。", None)
gb = t("一開始就一星期四十公里，膝頭負荷好大。痛喺膝蓋前面定兩邊？我幫你檢查下。")
rb = c("前面，膝蓋骨下面。", None)
gw = t("我以前都跑馬拉松㗎，跑過東京同柏林，嗰陣膝頭都痛過，後來自己調返好咗。")
rw = c("哦⋯咁我呢個情況係點？", None)
q3 = t("睇落似係髕腱受壓。建議先減跑量一半，做六堂強化訓練，每堂四百五。")
a3 = c("六堂要成二千七，有啲貴喎。", "too_expensive")
q4 = t("可以先做兩堂，睇下有冇改善先決定，唔使一次過買六堂。")
PAIRS.append(rpair(P + "f08_hk_shatin_physio_knee", "沙田物理治療中心，新手跑者膝痛。",
    [op, q1, a1, gb, rb, q3, a3, q4], [op, q1, a1, gw, rw, q3, a3, q4]))

# f09 fault in worse: recommends before asking
op = c("您好，我想了解一下首購房貸。", None)
gb = t("好的。房子看好了嗎？總價大概多少、自備款準備多少？")
rb = c("看好了，新店一千二百萬，自備三百萬。我跟我先生一起貸，都是上班族。", None)
gw = t("好的，建議您直接用我們的青年安心成家貸款，四十年期、寬限期五年，最划算。")
rw = c("四十年？我都還沒講我的狀況耶。新店一千二百萬，自備三百萬，我跟我先生一起貸。", None)
q2 = t("自備三百萬，要貸九百萬。兩位年收大概多少？有其他貸款嗎？")
a2 = c("加起來一年一百八十萬，有一台車貸，還剩兩年。", None)
q3 = t("這樣月付三萬出頭，在安全範圍。我試算二十年跟三十年兩種月付，您回去跟先生討論。")
a3 = c("好，我們討論完再來辦。", "think_it_over")
PAIRS.append(rpair(P + "f09_taipei_first_mortgage", "台北銀行分行，夫妻首購房貸諮詢。",
    [op, gb, rb, q2, a2, q3, a3], [op, gw, rw, q2, a2, q3, a3]))

# f10 fault in worse: closes before checking the service works for this customer
op = c("我們是前鎮做冷凍水產的，想找冷凍宅配，寄全台網購訂單。", None)
q1 = t("一天大概幾箱？產品要零下幾度？")
a1 = c("一天五十箱左右，要零下十八度。之前用別家，寄到花蓮退冰被客訴。", "bad_experience")
q2 = t("所以溫度能不能撐到偏遠地區是關鍵。我們全程低溫車，花蓮台東隔日到。")
a2 = c("隔日到可以。但我要確定真的不會退冰。", None)
gb = t("那先寄十箱測試，放溫度記錄器，寄花蓮、台東跟屏東，數據出來您看過再簽約。")
rb = c("這樣好，我下週一出測試箱。", None)
gw = t("我們絕對沒問題。年約今天先簽，月結打九五折，下週一就開始出貨。")
rw = c("我都還沒看過你們寄出去的狀況耶，現在簽年約我不放心。", "think_it_over")
PAIRS.append(rpair(P + "f10_kaohsiung_cold_chain", "高雄冷凍物流業務，水產業者找冷凍宅配。",
    [op, q1, a1, q2, a2, gb, rb], [op, q1, a1, q2, a2, gw, rw]))

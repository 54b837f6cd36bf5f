from common import c, rpair, t

# f01: argues with the customer about the coverage at home
o = c("你好，我家住汐止山上，手機在家常常沒訊號，想問要不要換電信。", None)
a1 = t("是整個家都沒有，還是某些房間？社區名稱給我，我查附近基地台。")
a2 = c("整個家都很弱，陽台才一格。社區叫山景。", None)
a5 = t("我幫你申請室內小基地台，接你家網路就有訊號，免費借。裝一個月還不行，你要攜碼走，違約金我幫你免。")
a6 = c("免費喔？那試試看。我家網路是別家的，也可以用嗎？", None)
a7 = t("任何一家都能接。今天申請，三天內寄到，裝好我打電話確認訊號。")
F1 = rpair("zhb20r_f01_telecom_nosignal",
"Telecom store (New Taipei): customer on a hillside has almost no signal at home.",
[o, a1, a2, t("查到了，你們社區在山坡背面，我們訊號在那確實弱，不是你手機的問題。"),
c("對啊，鄰居也都這樣說。", None), a5, a6, a7],
[o, a1, a2, t("不可能啦，地圖上那邊全覆蓋，我們收訊全台第一，應該是你手機的問題。"),
c("我手機才買半年欸，鄰居也都這樣，你還跟我爭？", None), a5, a6, a7])

# f02: doubts the customer's honesty about blood pressure
o = c("我想保醫療險，可是我有吃血壓藥，這樣還能保嗎？", None)
b1 = t("謝謝你先講，這一定要告知。吃多久了？最近量起來怎樣？")
b2 = c("三年了，現在都一百二、八十左右，半年回診一次。", None)
b5 = t("加費通常一到兩成。先送核保，結果出來再決定，送核保不用錢。")
b6 = c("如果加兩成，我就覺得不划算了。", "too_expensive")
b7 = t("了解，真的加兩成我們再看要不要降額度，不划算就不要勉強。")
F2 = rpair("zhb20r_f02_insurance_bloodpressure",
"Insurance agent (Tainan): customer on blood-pressure medication asks if she can still buy medical cover.",
[o, b1, b2, t("控制得不錯。這種大多可以保，可能加費或除外，看核保結果。"),
c("加費大概多多少？", None), b5, b6, b7],
[o, b1, b2, t("真的都那麼穩嗎？很多人都報低一點，理賠時調病歷就麻煩了喔。"),
c("我幹嘛騙你？病歷隨便你們調。", None), b5, b6, b7])

# f03: drops the price before asking anything
o = c("喂你好，我想問國三理化班，我女兒理化有點跟不上。", None)
d3 = t("化學計量很多人卡。我們每週兩堂，第一個月剛好上這單元，她可以先試聽一堂。")
d4 = c("試聽好啊。不過我們家有點遠，她要搭公車四十分鐘。", None)
d5 = t("那試聽完看她覺得值不值得跑，不值得就不勉強。禮拜二晚上七點可以嗎？")
d6 = c("禮拜二她補英文，禮拜四可以嗎？", "no_time")
d7 = t("禮拜四七點可以，我幫她留位子。")
F3 = rpair("zhb20r_f03_cramschool_chemistry",
"Cram school, phone (Kaohsiung): mother of a 9th grader falling behind in science.",
[o, t("媽媽好，她是哪部分跟不上？段考大概幾分？"),
c("化學計量聽不懂，段考五十幾。", None), d3, d4, d5, d6, d7],
[o, t("媽媽好，理化班一期一萬二，今天報名我直接打八折，九千六！"),
c("我都還沒說她怎麼了欸…她化學計量聽不懂，段考五十幾。", None), d3, d4, d5, d6, d7])

# f04: over-promises a repair
o = c("老闆，我手機摔到螢幕裂了，還會亂跳，可以修嗎？", None)
e1 = t("我看…外螢幕裂，觸控也怪，要換整組螢幕。什麼型號？")
e2 = c("三星A52，去年買的。", None)
e5 = t("原廠五千多，要等三到五天。")
e6 = c("差好多…可是網路上很多人說副廠螢幕很快就壞。", "bad_experience")
e7 = t("副廠品質有差，我們這款保固三個月，有問題免費換。你去逛一下，一小時後回來拿。")
F4 = rpair("zhb20r_f04_nightmarket_phonerepair",
"Phone-repair stall, Liuhe night market (Kaohsiung): cracked screen with ghost touches.",
[o, e1, e2, t("副廠螢幕兩千八，一小時。如果主機板也摔到，換完可能還會跳，拆開我先跟你講。"),
c("兩千八喔，原廠修要多少？", None), e5, e6, e7],
[o, e1, e2, t("副廠螢幕兩千八，一小時好，保證換完跟新的一樣，絕對不會再跳。"),
c("保證喔？那就好。原廠修要多少？", None), e5, e6, e7])

# f05: vague next step
o = c("那間公寓我們蠻喜歡，可是一千二百八太高了，一千一百五有機會嗎？", None)
g1 = t("謝謝你們直說。一千一百五是看附近成交價，還是預算上限？")
g2 = c("都有，同條街去年才賣一千一百多，我們頂多一千兩百。", None)
g3 = t("了解。屋主說過一千兩百三以下不考慮，一千一百五機會不大，但可以從這開始談。")
g4 = c("好吧，那先出一千一百五試試。", None)
F5 = rpair("zhb20r_f05_realestate_offer",
"Real-estate agency (Taoyuan): buyers want to offer well below the asking price.",
[o, g1, g2, g3, g4, t("好，我今晚約屋主，明天中午前打給你們；屋主還價的話再一起討論。"),
c("好，明天中午等你電話。", None)],
[o, g1, g2, g3, g4, t("好，我跟屋主談談看，有消息再跟你們說。"),
c("那大概什麼時候？我們還有在看另一間，不想一直等。", "think_it_over")])

# f06: an unasked lecture
o = c("老闆，我後輪好像沒氣了，幫我看一下。", None)
h1 = t("我看…有根釘子插在胎面。補胎一百五，十分鐘；胎紋太淺就建議換。")
h2 = c("我這個月有點緊，能補就補，不要換。", "no_money")
h3 = t("胎紋還很深，補就好。")
h4 = c("好，那補一下。", None)
F6 = rpair("zhb20r_f06_scooter_puncture",
"Scooter repair shop (Hsinchu): student with a flat rear tyre.",
[o, h1, h2, h3, h4, t("好了，胎壓也幫你打到標準。一百五，慢走。"),
c("謝謝老闆。", None)],
[o, h1, h2, h3, h4, t("好了。跟你說，你們年輕人胎壓都不顧，很多車禍就這樣來的，安全帽扣環也該換了，騎車要…一百五。"),
c("…我只是來補胎的，不用上課啦。", None)])

# f07: closes before checking the service works
o = c("你好，我在大湖種草莓，想做宅配，可是怕寄到客人那邊都爛掉。", None)
k1 = t("草莓真的很嬌貴。旺季一天大概幾箱？寄哪裡？")
k2 = c("一天三四十箱，全台都有。之前試一般宅配，到南部壓爛一半。", "bad_experience")
k3 = t("那要走冷藏，加分格包材。冷藏一箱比一般多八十。")
k4 = c("多八十喔…一盒才賣五百，有點吃重。", "too_expensive")
k7 = t("包材先寄一批給你，每格一顆，上面不要疊。")
F7 = rpair("zhb20r_f07_logistics_strawberries",
"Cold-chain delivery company (Miaoli): strawberry grower wants to ship boxes without them arriving crushed.",
[o, k1, k2, k3, k4, t("確實不便宜。先試寄五箱到台北跟屏東朋友家，看到貨狀況再決定簽不簽，試寄用一般價。"),
c("試寄好，下禮拜先寄五箱。", None), k7],
[o, k1, k2, k3, k4, t("這是業界最好的條件了，今天簽年約，旺季前把運費鎖住，合約我帶來了。"),
c("等一下，連試都沒試，會不會爛都不知道就要簽一年？", "think_it_over"), k7])

# f08: recommends before asking
o = c("老闆，我最近晚上都睡不好，有沒有什麼可以吃的？", None)
m2 = t("有吃血壓藥要先確認。幾點吃？最近有換藥嗎？")
m3 = c("早上吃。上個月醫生有換新的。", None)
m4 = t("有些血壓藥會讓人夜尿或睡不好，先回診問醫生，先別自己買助眠的吃。")
m5 = c("喔…那我下禮拜回診再問，今天不用買了？", None)
m6 = t("今天不用。睡前少喝水，下午以後別喝咖啡，先試試看。")
F8 = rpair("zhb20r_f08_pharmacy_sleep",
"Community pharmacy (Taipei): middle-aged man sleeping badly asks for something to take.",
[o, t("是難入睡，還是半夜會醒？有在吃其他藥嗎？"),
c("半夜三點多醒就睡不著了。我有吃降血壓的藥。", None), m2, m3, m4, m5, m6],
[o, t("這個日本進口的GABA加褪黑激素，一瓶一千二，很多人說有效。"),
c("一千二喔…我有吃降血壓的藥，可以一起吃嗎？", "too_expensive"), m2, m3, m4, m5, m6])

# f09: unexplained jargon
o = c("你好，我們是十個人的設計公司，網路一直斷，大檔案都傳不上去。", None)
n1 = t("是整天斷，還是傳大檔才斷？現在是多少速率？")
n2 = c("傳大檔最嚴重，好像三百M，三年前辦的。", None)
n5 = t("企業三百M上下一樣快，一個月三千八，比現在多一千五。")
n6 = c("多一千五喔…我要跟老闆討論一下。", "think_it_over")
n7 = t("我先幫你們測一週上傳流量，報告給老闆看，他比較好判斷。")
F9 = rpair("zhb20r_f09_broadband_designstudio",
"Business broadband sales, phone (Taichung): design studio whose uploads keep failing.",
[o, n1, n2, t("問題可能在上傳。你們下載三百M，上傳只有一百M，十個人一起傳就塞住。"),
c("原來是上傳的問題。換的話貴多少？", None), n5, n6, n7],
[o, n1, n2, t("你們是非對稱的，上行頻寬不夠，建議改對稱式FTTB加固定IP，再上QoS跟SD-WAN。"),
c("呃…聽不太懂。所以是哪裡有問題？要多少錢？", None), n5, n6, n7])

# f10: talks about herself instead of the customer
o = c("你好，我預產期十一月，想來參觀，我老公今天沒辦法來。", None)
p1 = t("歡迎！這是第一胎嗎？有沒有特別擔心的事？")
p2 = c("第一胎。最擔心餵母奶，我姊之前住別家，護理師都直接給配方奶。", "bad_experience")
p5 = t("我們二十八天標準房十八萬八，含嬰兒室跟泌乳顧問。")
p6 = c("十八萬八…比我朋友住的那間貴三萬耶。", "too_expensive")
p7 = t("差在我們二十四小時有泌乳顧問。下次約先生一起來，我帶你們看房間。")
F10 = rpair("zhb20r_f10_postpartum_centre",
"Postpartum care centre (Taipei): first-time mother touring alone, worried about breastfeeding.",
[o, p1, p2, t("我們二十四小時有泌乳顧問，除非媽媽自己決定，不會主動給配方奶。"),
c("那很好。價錢呢？", None), p5, p6, p7],
[o, p1, p2, t("我懂！我生老大時奶也不夠，每天哭，婆婆又一直唸，我看了三個泌乳顧問，到現在想到都還會…"),
c("呃…所以你們這邊怎麼處理？價錢呢？", None), p5, p6, p7])

PAIRS = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10]

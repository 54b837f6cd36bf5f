"""zh_blind22 ranked pairs f01-f10: shared turns, one fault in worse plus the reaction (hand-written)."""
from common import c, rpair, t

PAIRS = []

# f01 argues with the customer
o = c("我屋里冇得信号 打电话要跑到坪里去 你们咯个信号搞么子", None)
a1 = t("在屋里打不通还要跑出去，确实烦。您屋在哪个村？砖房还是木房？")
c1 = c("龙潭镇上头的山里 砖房子 去年才起的", None)
b2 = t("山里新砖房墙厚，屋里信号弱是常有的事，您莫急。")
bc2 = c("那咋搞 屋里老人家打电话不方便", None)
w2 = t("不可能，龙潭那边我们基站全覆盖，是不是您手机太老了？")
wc2 = c("手机去年才买的 我屋里就是冇得 你莫跟我犟", None)
a3 = t("有两个办法：屋里有宽带就开WiFi通话，不要钱；冇得的话我报弱覆盖，让网络部上门测。您屋里有宽带冇？")
c3 = c("有宽带 不过上回你们港帮我升级么子 结果多扣了钱", "bad_experience")
a4 = t("WiFi通话不收钱，不改套餐。我现在帮您开，下个月您拿单子来，我帮您对一遍。")
PAIRS.append(rpair(
 "zhb22r_f01_xupu_signal",
 "Mobile-carrier branch, Xupu, Huaihua, Hunan. A man's new brick house in the hills has no indoor signal.",
 [o, a1, c1, b2, bc2, a3, c3, a4], [o, a1, c1, w2, wc2, a3, c3, a4]))

# f02 doubts the customer's honesty
o = c("俺这个快递显示签收了 俺根本没来拿 咋回事", None)
a1 = t("我查查，手机尾号多少？")
c1 = c("三九零七 一件小孩衣裳", None)
b2 = t("系统显示昨天下午四点出库。我调监控看看是谁拿哩，有时候是家里人顺手拿了。")
bc2 = c("家里就俺跟俺婆婆 她不识字 不会来拿", None)
w2 = t("系统显示昨天下午四点出库了，出库要扫码哩。您是不是自己拿了忘了，还是想再要一份？")
wc2 = c("你这是说俺讹你？俺至于为件小孩衣裳撒谎", None)
a3 = t("我看监控……四点那会儿是个穿红褂子哩男哩拿走哩，扫哩是旁边那格哩码，拿错了。")
c3 = c("那咋办 俺孩子等着穿", None)
a4 = t("我给那人打电话，今天要回来；要不回来按价赔你，明天中午前给你准话。")
PAIRS.append(rpair(
 "zhb22r_f02_lankao_signedparcel",
 "Parcel pick-up point, Lankao, Kaifeng, Henan. A parcel shows as collected but the woman never picked it up.",
 [o, a1, c1, b2, bc2, a3, c3, a4], [o, a1, c1, w2, wc2, a3, c3, a4]))

# f03 drops the price before asking anything
o = c("你好 我们下个月订婚 想问下你们做不做订婚宴布置", None)
b1 = t("做的，恭喜！好多桌？在哪家酒楼？两家想热闹点还是简单点？")
bc1 = c("十二桌 在金华酒楼 两家都想简单点 不要主持", None)
w1 = t("做的！订婚布置原价三千八，今天给您打八折，三千零四十，再送个迎宾牌。")
wc1 = c("我都还没说要啥子你就打折 原价怕是虚的哦 我们就十二桌 金华酒楼 想简单点", None)
a2 = t("简单的话就签到台、一面背景墙、十二桌桌花，一千六左右。两家有喜欢的颜色没得？")
c2 = c("一千六 比我想的贵 我表姐订婚才花一千", "too_expensive")
a3 = t("桌花用仿真的能省三百。我把实景照片发你，你和男方家一起看了再定。")
c3 = c("要得 发来我们看下", None)
PAIRS.append(rpair(
 "zhb22r_f03_shehong_engagement",
 "Wedding company, Shehong, Suining, Sichuan. A young woman asks about decorations for an engagement banquet.",
 [o, b1, bc1, a2, c2, a3, c3], [o, w1, wc1, a2, c2, a3, c3]))

# f04 an unasked lecture
o = c("大夫 俺这脚麻了俩礼拜了 晚上睡觉跟针扎哩一样", None)
a1 = t("俩礼拜了。你有糖尿病吧？最近血糖测了没，多少？")
c1 = c("有 早上测哩九点几 药有时候忘了吃", None)
b2 = t("九点多偏高，脚麻可能是血糖伤了神经。我看看你脚，有没有破哩地方。")
bc2 = c("中 鞋脱了 恁看", None)
w2 = t("药还能忘？糖尿病就是管不住嘴，你们这岁数天天喝酒吃肉不听劝，到最后截肢哩都有，我跟你说……")
wc2 = c("俺没问这 俺就问这脚咋弄", None)
a3 = t("我摸摸……脚面感觉差点，没破。先开营养神经哩药，降糖药按时吃，手机上定个闹钟。周四县医院哩大夫来，你来复查。")
c3 = c("周四俺得上地浇麦子 下礼拜行不", "no_time")
a4 = t("下礼拜四也中。来之前别吃早饭，抽个血。")
PAIRS.append(rpair(
 "zhb22r_f04_feicheng_numbfeet",
 "Township health centre, Feicheng, Tai'an, Shandong. A diabetic man has had numb, prickling feet for two weeks.",
 [o, a1, c1, b2, bc2, a3, c3, a4], [o, a1, c1, w2, wc2, a3, c3, a4]))

# f05 a vague next step
o = c("我屋头农家乐六个房间 想在暑假前翻新下 墙面和卫生间", None)
a1 = t("暑假前，还有两个月。墙是起皮发霉还是只是旧了？卫生间啥子问题？")
c1 = c("墙角发霉 山上潮 有两个卫生间下水慢 有股味", None)
a2 = t("山上潮，墙要铲霉斑刷防霉漆；下水有味多半是没装存水弯，要改管。全做两万五，先做发霉的墙和那两个卫生间一万二。")
c2 = c("先做一万二那个 今年生意淡 多了拿不出 你啥时候来看", None)
b3 = t("我这周四下午来量尺寸拍照，周六前把明细报价发你微信，你看了再定开工。")
bc3 = c("要得 周四我在", None)
w3 = t("要得，我们这边排一下，有时间了再联系你。")
wc3 = c("哦 那你们有空再说嘛", "brush_off")
PAIRS.append(rpair(
 "zhb22r_f05_wulong_guesthouse",
 "Home-renovation crew, Wulong, Chongqing. A farm-guesthouse owner wants mouldy walls and smelly bathrooms fixed before summer.",
 [o, a1, c1, a2, c2, b3, bc3], [o, a1, c1, a2, c2, w3, wc3]))

# f06 over-promises
o = c("我暑假两个月 想把驾照考了 来得及不", None)
a1 = t("你几号能开始？中间有冇要出去的？")
c1 = c("七月五号放假回来 八月底开学 中间都在屋里", None)
b2 = t("科一科四你自己刷题快，科二科三要练车、排考试。顺利的话两个月考得完，卡在约考上就不一定，我不敢打包票。")
bc2 = c("那要是考不完 开学了咋办", None)
w2 = t("来得及！我们包过，一个月拿证，好多学生都是暑假拿的。")
wc2 = c("一个月？我同学在别家也港包过 拖了半年都冇考完", "bad_experience")
a3 = t("考不完的话，成绩保留三年，寒假回来接着考。你先把科一考了，早点开始练。")
c3 = c("学费好多 我要跟我妈说下", "think_it_over")
a4 = t("三千九，可以分两次交。跟妈妈商量好了，带身份证来报名。")
PAIRS.append(rpair(
 "zhb22r_f06_luxi_summerlicence",
 "Driving school, Luxi, Pingxiang, Jiangxi. A college student wants a licence within the summer holiday.",
 [o, a1, c1, b2, bc2, a3, c3, a4], [o, a1, c1, w2, wc2, a3, c3, a4]))

# f07 closes before checking the repair works
o = c("师傅 俺这三轮刹车吱吱叫 拉上货刹不住 恁给看看", None)
a1 = t("拉多重哩货？前刹不中还是后刹不中？")
c1 = c("拉菜 三四百斤 后头哩不中 下坡得用脚蹬地", None)
a2 = t("后刹片磨没了，鼓也磨了点。换片加调整八十；鼓要换再加六十。先换片看中不中。")
c2 = c("八十中 鼓先别换 俺手头紧", "no_money")
b3 = t("换好了。你装两袋水泥，上那个坡再下来试试，刹不住不收钱。")
bc3 = c("中 俺试试……这回一捏就停 也不叫了", None)
w3 = t("换好了，八十，扫这就中。")
wc3 = c("俺还没试哩 拉着货刹不住咋弄 恁这就要钱", None)
PAIRS.append(rpair(
 "zhb22r_f07_changyuan_brakes",
 "E-bike repair shop, Changyuan, Xinxiang, Henan. A vegetable seller's e-tricycle will not stop when loaded.",
 [o, a1, c1, a2, c2, b3, bc3], [o, a1, c1, a2, c2, w3, wc3]))

# f08 recommends before asking
o = c("老板 我屋里的鸡这两天有几只蔫蔫的 不吃东西 拿点么子药", None)
b1 = t("好多只蔫了？拉的屎么子颜色，稀的、白的还是带血？")
bc1 = c("两百只里有七八只 屎有点绿", None)
w1 = t("咯个好办，拿这个抗生素加多维，兑水喝，三天就好，两样四十八。")
wc1 = c("你都冇问是么子病 上回乱喂药死了一半 七八只蔫了 屎有点绿", "bad_experience")
a2 = t("拉绿屎要当心新城疫这类传染病。蔫的先跟别的分开关。打过疫苗冇？")
c2 = c("冇打过 散养的 从来冇打", None)
a3 = t("你明天上午捉只蔫的来我看下，看病不收钱。是传染的就要全群打苗，两百只一百多块。")
c3 = c("一百多块 鸡还冇卖得钱 又要花钱", "no_money")
a4 = t("先弄清楚是么子病，不一定全群打。分开关这一条今天就做。")
PAIRS.append(rpair(
 "zhb22r_f08_xiangxiang_chickens",
 "Farm-supply and vet-drug shop, Xiangxiang, Xiangtan, Hunan. A woman says several of her 200 free-range chickens are listless.",
 [o, b1, bc1, a2, c2, a3, c3, a4], [o, w1, wc1, a2, c2, a3, c3, a4]))

# f09 unexplained jargon
o = c("俺想让院子那头哩棚子也有网 装了俩监控 老掉线", None)
a1 = t("棚子离屋里多远？中间隔墙不？")
c1 = c("二三十米 隔两道墙 中间还有梨树", None)
b2 = t("隔两道墙加梨树，一个路由器够不着。在棚子那加个小路由器，跟屋里哩连上，等于把网接力过去。")
bc2 = c("接力过去 这个俺懂 得多少钱", None)
w2 = t("这个上FTTR或者Mesh组网就行，主路由WiFi6，子节点走有线回程，双频自动切换。")
wc2 = c("啥 恁说哩俺一句也没听懂 就说得多少钱吧", None)
a3 = t("设备二百来块，师傅上门装，不收安装费，装好当场看监控掉不掉线。")
c3 = c("二百中 不过这礼拜俺得下地套袋 家里没人", "no_time")
a4 = t("那下礼拜哪天？晚上也中，师傅六点以后也能去。")
PAIRS.append(rpair(
 "zhb22r_f09_laiyang_shedwifi",
 "Mobile-carrier branch, Laiyang, Yantai, Shandong. A pear grower's yard cameras keep dropping off the WiFi.",
 [o, a1, c1, b2, bc2, a3, c3, a4], [o, a1, c1, w2, wc2, a3, c3, a4]))

# f10 talks about himself
o = c("我们厂要经常寄瓷砖样品 碎得多 你们能不能包好点", None)
a1 = t("能。样品好大一块？一次几片？以前是咋个碎的？")
c1 = c("三十乘三十的 一次三四片 上回用别家寄 角都磕掉了 客户骂惨了", None)
b2 = t("磕角多半是箱子里晃。你们寄哪些地方多？一个月大概好多单？")
bc2 = c("广东福建多 一个月百把单", None)
w2 = t("我跟你说，我以前在陶瓷厂干了八年，啥子砖没见过。那时候寄样品都是我亲自包，厂长都夸我……")
wc2 = c("你以前干啥子我不管 我们一个月百把单 寄广东福建 你就说咋包不碎", None)
a3 = t("片跟片之间夹泡沫板，四个角套护角，外面加硬纸箱，一单多三块。")
c3 = c("多三块 一个月就多三百 有点多哦", "too_expensive")
a4 = t("百把单的话护角泡沫我按批给你，一单多两块。先寄十单，碎了我赔。")
PAIRS.append(rpair(
 "zhb22r_f10_jiajiang_tilesamples",
 "Parcel shipping point, Jiajiang, Leshan, Sichuan. A tile workshop wants samples to stop arriving broken.",
 [o, a1, c1, b2, bc2, a3, c3, a4], [o, a1, c1, w2, wc2, a3, c3, a4]))

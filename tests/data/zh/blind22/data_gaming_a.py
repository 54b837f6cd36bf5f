"""zh_blind22 gaming pairs, kinds 1-5 (hand-written)."""
from common import c, gpair, t

PAIRS = []

o = c("老板 我屋里脐橙树有几蔸叶子黄了 打么个药好", None)
PAIRS.append(gpair(
 "zhb22g_huichang_navelorange", "farm-supply shop, Huichang, Ganzhou, Jiangxi", "monologue",
 "A navel-orange grower says a few trees have yellow leaves and asks what to spray.",
 [o, t("是么个样子的黄？整片黄，还是叶脉绿、中间黄？几蔸还是一大片？"),
  c("就五六蔸 挨着的 中间黄筋是绿的 新梢也有点", None),
  t("挨着几蔸、新梢也黄，这个不一定是缺肥，要防黄龙病。有冇看到一头红一头青的果子？"),
  c("去年好像有两个红鼻子果 我以为冇么子事", None),
  t("先莫乱打药。剪几片叶子来，我帮你送果业站检测，不要钱，一个星期出结果。"),
  c("这几天我要帮别个摘果 冇空跑街上", "no_time"),
  t("不用你跑。叶子叫村里赶集的人捎来，结果出来我打电话告诉你。"),
  c("要得 明早叫我老弟带过来", None)],
 [o, t("老表，你这个问题我太了解了！你需要的就是这套：进口水溶肥加叶面肥再加螯合铁，"
   "半个月叶子就转绿，会昌好多果园都用这套，我跟你讲怎么兑……"),
  c("我是想问 是不是病啊", None),
  t("问得好！不管么个原因，营养跟上了树就有抵抗力。一亩才两百多，还送喷头。"
   "今年脐橙价钱好，你不舍得投入就亏大了……"),
  c("我十几亩 一亩两百多 冇那么多钱", "no_money"),
  t("那先拿五亩的试！水溶肥一千倍，叶面肥一千五百倍，早上十点前打，"
   "隔十天打第二遍……"),
  c("算了 我还是先去问下果业站的人", "think_it_over"),
  t("果业站也是叫你补肥的！今天拿还送一袋有机肥，包你满意！"),
  c("不要了 我走了", "no_need")]))

o = c("老板 俺想给俺老婆买个电车 赶集骑 恁这有啥合适哩", None)
PAIRS.append(gpair(
 "zhb22g_dancheng_ebike", "e-bike shop, Dancheng, Zhoukou, Henan", "monologue",
 "A man in his sixties wants an e-bike for his wife to ride to the market.",
 [o, t("中，先问问：大娘多高？骑过电车没？到集上有多远？"),
  c("她一米五多点 光骑过洋车子 到集上七八里地", None),
  t("来回不到二十里，不用大电池。个子矮得挑座低哩。她胆大不胆大？"),
  c("胆小 上回坐俺三轮都吓得嗷嗷叫", None),
  t("那看这辆，座低，能锁成慢速，最快二十五，两千三。叫大娘自己来坐坐，她说了算。"),
  c("两千三 有点贵啊 东头那家有一千八哩", "too_expensive"),
  t("一千八哩也有，电池小点，跑二十里也够。星期天带大娘来，两辆都试，哪个骑着得劲买哪个。"),
  c("中 星期天俺带她来", None)],
 [o, t("大爷您来对了！这款新国标旗舰款，石墨烯电池跑一百公里，带倒车带导航带防盗，"
   "骑着可得劲！还送头盔雨衣……"),
  c("俺老婆就去赶集 用不着跑一百公里", "no_need"),
  t("跑得远不吃亏嘛！以后走亲戚去县城都能骑。四千八，分期一个月才四百，"
   "还有智能钥匙，手机一点就开……"),
  c("四千八 俺可买不起", "no_money"),
  t("分期没压力！颜色也多，大娘肯定喜欢红哩，俺这就给您开票……"),
  c("俺回去跟她商量商量再说吧", "think_it_over")]))

o = c("你好 我们十月份办酒 想问下你们婚庆套餐啥子价位", None)
PAIRS.append(gpair(
 "zhb22g_dianjiang_wedding", "wedding company, Dianjiang, Chongqing", "closing_as_open_question",
 "A bride-to-be and her mother ask about wedding packages for October.",
 [o, t("恭喜恭喜！十月几号，在哪里办，大概好多桌？"),
  c("十月二号 在镇上酒楼 三十来桌 我妈想办热闹点", None),
  t("那你自己想要啥子样的？跟妈妈想的一样不？"),
  c("我想简单点 好看就行 我妈想要大舞台 主持人搞游戏那种", None),
  t("那我配两个方案：简洁的六千左右，大舞台加主持的一万二左右。你们回去商量。"),
  c("一万二有点多哦 我们预算八千以内", "no_money"),
  t("要得，八千以内也做得：简洁舞台加个会搞气氛的主持，钱花在妈妈在意的热闹上。周六前发你微信。"),
  c("那可以 你加我微信嘛", None)],
 [o, t("恭喜恭喜！您对婚礼有什么期待呢？今天有活动，您看是订A套餐还是B套餐？"),
  c("还没看好 先了解下", "brush_off"),
  t("理解理解！那您觉得要满足哪些条件，您今天就能把日子定下来呢？"),
  c("我妈想热闹 我想简单 还要商量", "think_it_over"),
  t("明白。那您是想今天交两千定金锁档期，还是直接交一半更省心呢？"),
  c("预算都还没定 交啥子定金哦", "think_it_over"),
  t("国庆档期很抢手。您是用微信还是支付宝付方便呢？"),
  c("你咋个一直催哦 妈 我们走", None)]))

o = c("问下 报个C1多少钱 俺在厂里上班 就周末有空", None)
PAIRS.append(gpair(
 "zhb22g_yishui_drivingschool", "driving school, Yishui, Linyi, Shandong", "closing_as_open_question",
 "A young factory worker asks about a C1 licence; he is free only at weekends.",
 [o, t("C1现在四千二全包。周末能练，你是单休还是双休？"),
  c("单休 礼拜天 有时候还加班", None),
  t("一周最多练一天，科二一般练十来回，估计三个来月拿证。你着急用证不？"),
  c("不太急 年底想开车回老家", None),
  t("年底来得及。先办体检考科一，礼拜天来练，加班就提前一天跟教练说。"),
  c("四千二有点贵啊 俺同事在临沂报嘞三千八", "too_expensive"),
  t("市里便宜点，不过你礼拜天来回跑，车费加半天工夫。你算算哪边划算，想好了再来。"),
  c("那行 俺再算算", "think_it_over")],
 [o, t("欢迎！您是想今天报名，还是先交个定金占名额呢？"),
  c("俺就想先问问价 周末能不能练", None),
  t("能练能练。那您说，怎么样才能让您今天就报上呢？"),
  c("还没想好 四千多不是小钱", "think_it_over"),
  t("理解您！那您是想一次付清，还是分三期更轻松呢？"),
  c("俺说了还没想好啊", "think_it_over"),
  t("好嘞，那您是想礼拜天上午开始练，还是下午开始练？"),
  c("俺走了 你光想着收钱", None)]))

o = c("妹陀 我这手机话费冇用几天就冇得哒 你帮我看下咯", None)
PAIRS.append(gpair(
 "zhb22g_shaodong_phoneplan", "mobile-carrier branch, Shaodong, Shaoyang, Hunan", "pitch_as_paraphrase",
 "A grandmother in her seventies says her credit runs out too fast; she mostly calls her son in Guangdong.",
 [o, t("要得娭毑，我帮您查。您平时手机主要做么子，打电话还是看视频？"),
  c("就打电话 打给我崽 他在东莞 孙子有时候放抖音给我看", None),
  t("查了：您是十八块的老套餐，上月电话超了，抖音流量也超了，一共扣了五十三。"
   "有个三十八的，含五百分钟和二十个G。"),
  c("三十八咯 比我原来贵一倍", "too_expensive"),
  t("看着贵，您上月其实扣了五十三，换了还省。要不要先打个电话问下您崽？"),
  c("我不会港这些 你跟他港咯", None),
  t("要得，我帮您拨过去，跟他讲清楚，他同意了再办。"),
  c("好 号码在这个本子上", None)],
 [o, t("娭毑，您想了解哪方面的套餐呢？"),
  c("我就是话费冇几天就冇得哒", None),
  t("我听明白了，所以您需要的是一百二十九的5G全家福套餐，送宽带电视，对不对？"),
  c("我一个人住 要么子宽带 我就打电话", "no_need"),
  t("我理解您是想和家人多联系，那您需要的就是一部5G新手机，合约价两千多，对吧？"),
  c("我冇得那多钱 我就想晓得话费咋用得咯快", "no_money"),
  t("我总结一下：您希望一步到位，那就是一百二十九的套餐，是吧？"),
  c("你港的我听不懂 等我崽回来再说", "think_it_over")]))

o = c("师傅 我屋头卫生间漏水 楼下天花板都湿了 你们能不能来看下", None)
PAIRS.append(gpair(
 "zhb22g_yingshan_bathroomleak", "home-renovation crew (WeChat), Yingshan, Nanchong, Sichuan",
 "pitch_as_paraphrase", "A man says his bathroom leaks into the downstairs neighbour's ceiling.",
 [o, t("能来。一直在漏，还是洗澡的时候才漏？房子住了好多年了？"),
  c("洗澡时候漏得凶 房子十来年了 以前没漏过", None),
  t("洗澡才漏，多半是地漏那圈或者防水层，不一定要打地砖。我来做个闭水试验，上门不收钱。明天上午行不？"),
  c("明天上午我要上班 屋头没得人", "no_time"),
  t("那下班后？闭水要放二十四个钟头，你开个门就行，第二天我再来看。"),
  c("那明天六点过嘛 大概要好多钱哦", None),
  t("看了才晓得。只是地漏那圈几百块；防水层坏了要重做，两三千。先查清楚，不乱报价。"),
  c("要得 明天六点过我在屋头等你", None)],
 [o, t("您好！能说说您理想中的卫生间是什么样子吗？"),
  c("没想啥子理想 就是漏水 楼下在骂了", None),
  t("明白，所以您需要的是一个全新的卫生间，整体翻新套餐一万二，全换，对吧？"),
  c("我就是要补个漏 哪个说要全换", "no_need"),
  t("我听到的是您不想再出问题，那就是十年质保防水加改水电，是这个意思吧？"),
  c("一万多哦 我哪有那么多钱 就修个漏", "no_money"),
  t("我理解您是想一次搞好，那先交两千定金排工期，对吧？"),
  c("算了 我找楼下那个刘师傅", "brush_off")]))

o = c("俺想寄个箱子到成都 俺闺女上大学 里头是咸鸭蛋跟煎饼", None)
PAIRS.append(gpair(
 "zhb22g_caoxian_parcel", "parcel pick-up point, Cao, Heze, Shandong", "upsell_as_loop_closing",
 "A mother wants to send homemade salted eggs and pancakes to her daughter at university.",
 [o, t("中。鸭蛋是熟嘞不？包了没？"),
  c("熟嘞 一个一个用报纸包了 二十个", None),
  t("包得好。我再给你塞点泡沫，不另要钱。普通的四天左右，快的两天，贵十几块。闺女着急吃不？"),
  c("贵十几块 不值当 她下礼拜才考完试 普通嘞就中", "too_expensive"),
  t("中，普通的，六斤，二十三块。单号我给你写纸上，你发给闺女，她能查到哪了。"),
  c("中 俺不会弄手机 你给俺写大点", None)],
 [o, t("您好！今天寄件有什么需要吗？"),
  c("寄这个箱子到成都 咸鸭蛋跟煎饼", None),
  t("好的。为了让闺女收到时体验更好，还有什么我能帮您加上的？加个保价吧，十块。"),
  c("保啥价 就几个鸭蛋", "no_need"),
  t("明白。那还有其他需要吗？加急次日达多二十，闺女能早点吃上。"),
  c("她不急 不用", "no_need"),
  t("好嘞。最后还有什么能为您做的吗？办个会员卡，一年九十九，寄件打八折。"),
  c("俺一年寄不了两回 多少钱你直说吧", "no_need"),
  t("运费二十三，加泡沫包装费八块，一共三十一。还有什么需要吗？"),
  c("包装还要钱 上回没要啊 算了算了 给你", "too_expensive")]))

o = c("大夫 俺那降压药吃完了 再给俺开点", None)
PAIRS.append(gpair(
 "zhb22g_pingyu_bpmeds", "township health centre, Pingyu, Zhumadian, Henan", "upsell_as_loop_closing",
 "An older woman comes to refill her blood-pressure pills.",
 [o, t("中，大娘，先量个血压。这一阵吃着头晕不晕，脚肿不肿？"),
  c("不晕 就是早上起来脚有点肿", None),
  t("一百四十五、九十，稍高点。脚肿可能跟这个药有关，肿了多久了？"),
  c("一个来月了 俺寻思是天热", None),
  t("也可能是药。先照原样开一个月；下周三县里专家来坐诊，让他看看要不要换。"),
  c("下周三俺孙子开家长会 来不了", "no_time"),
  t("那就周五，专家周五也在。来前别吃早饭，顺便抽个血看看肾。"),
  c("中 周五俺来", None)],
 [o, t("大娘，这次来有什么需要？"),
  c("降压药吃完了 还开那个", None),
  t("好嘞，开好了。还有什么我能为您做的？加个艾灸理疗吧，一个疗程三百八，对血压好。"),
  c("俺不做那 俺就拿药", "no_need"),
  t("没问题。还有需要的吗？刚进了深海鱼油，一盒一百六，好多老年人都在吃。"),
  c("一百六？俺一个月药钱才几十", "too_expensive"),
  t("理解。最后还有什么能帮您的吗？办个年度体检卡，一年两百。"),
  c("不用了 啥也不加", "no_need"),
  t("好的，药钱加挂号三十二，扫这里。还有什么需要吗？"),
  c("俺这脚肿你也不问问", None)]))

o = c("老板 早稻种子到了冇 我今年还是二十亩", None)
PAIRS.append(gpair(
 "zhb22g_taoyuan_riceseed", "farm-supply shop, Taoyuan, Changde, Hunan", "leading_tag_questions",
 "A farmer with twenty mu of double-cropped rice comes to buy early-rice seed.",
 [o, t("到了。你去年种的么子品种？收成何解？"),
  c("中嘉早 收得还可以 就是后期倒了一块", None),
  t("倒是因为雨多还是肥下多了？今年抛秧还是机插？"),
  c("雨多 肥也下多了点 今年机插 合作社有插秧机", None),
  t("机插中嘉早照样行。还有个湘早籼茎秆硬些，抗倒好，一斤贵三块。想稳当就用老的，肥少下点。"),
  c("一斤贵三块啊 那我还是用老的算了", "too_expensive"),
  t("要得，老品种你熟。机插一亩三斤，二十亩六十斤，基肥比去年少一成。"),
  c("好 给我称六十斤", None)],
 [o, t("老哥，今年肯定要换个好品种吧，对不对？"),
  c("我种惯了中嘉早 还可以", "no_need"),
  t("中嘉早老了嘛，您也想多收两百斤，是不是？这款新杂交稻您肯定要试下的，对吧？"),
  c("杂交稻种子好贵 一斤五六十", "too_expensive"),
  t("您是明白人，肯定晓得省种子钱就是亏产量，是不是？来个八十斤，没问题吧？"),
  c("你莫算了 屋里堂客管钱 我回去问下她", "think_it_over"),
  t("嫂子肯定也想多打粮食的，对吧？先拿回去，好不好？"),
  c("不要 你给我称中嘉早", "no_need")]))

o = c("老表 我想买个摩托 拉鱼用 每天早上到码头拉两箱鱼", None)
PAIRS.append(gpair(
 "zhb22g_duchang_motorbike", "motorbike and e-bike shop, Duchang, Jiujiang, Jiangxi", "leading_tag_questions",
 "A fish seller wants a motorbike to carry fish boxes from the landing to market.",
 [o, t("两箱鱼好重？码头到市场好远，路好走冇？"),
  c("一箱四五十斤 十来里 有一段土路", None),
  t("那要后架结实、减震好的。一百二十五的弯梁够了。你原来骑过摩托冇？"),
  c("骑过 原来那台骑了十年 散架了", None),
  t("那你是老手。这台一百二十五的六千三，送加宽后架。还有台二手的四千，我检查过。"),
  c("六千三 我本来想五千以内", "no_money"),
  t("五千以内就看那台二手的，发动机我大修过，保半年。你载点重东西骑一圈试试。"),
  c("要得 我去骑一圈", None)],
 [o, t("老表，拉鱼肯定要个大排量的，一百五的才有劲，对不对？"),
  c("我拉两箱鱼 要那么大做么个", "no_need"),
  t("大有大的好，油钱您不在乎那点，是吧？这台八千八，做生意的人要面子的，是吧？"),
  c("八千八 我一年卖鱼赚得几个钱哦", "no_money"),
  t("分期嘛，一个月几百，您肯定付得起，对吧？"),
  c("分期我吃过亏 上回买冰柜分期 利息高死了", "bad_experience"),
  t("我们利息不高的，您不会为这点利息错过好车吧？"),
  c("我再看看", "brush_off")]))

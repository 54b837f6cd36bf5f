"""zh_blind19 gaming pairs, part a: monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions (2 each)."""
from common import c, gpair, t

P = []

o = c("老板，俺棚里西红柿下边叶子黄了一大片，恁给瞅瞅上点啥？", None)
P.append(gpair("zhb19g_shouguang_fertilizer", "farm-supply shop", "monologue",
    "Shouguang, Shandong: a greenhouse tomato grower walks into a farm-supply shop; lower leaves are yellowing.",
    [o, t("黄的是下边老叶还是上边新叶？叶脉绿不绿？有照片没？"),
     c("下边的 叶脉还绿 中间黄 你看这照片", None),
     t("像缺镁。最近冲的啥肥？天咋样？"),
     c("冲的高钾 一亩二十来斤 这些天净阴天", None),
     t("您说高钾冲得多、又连阴天，钾多了跟镁抢。先别上大肥，拿袋硫酸镁叶面喷两遍，十二块，三天后发照片我看新叶。"),
     c("中 十二块钱俺先试试", None),
     t("高钾这一水先停停，有变化微信说。")],
    [o, t("大哥来得正好！我先给您介绍下我们'沃丰'全营养套餐，氮磷钾、中微量、生根、膨果全有，寿光大户都跟我们是长期合作关系，用户体验特别好，啥问题都能解决！"),
     c("俺就是下边叶子黄……", None),
     t("对，黄叶就是营养跟不上，所以得全套！一亩三百八，冲施肥两桶、叶面肥四瓶、生根剂两袋，再送瓶杀菌的。用法我跟您说，第一遍……您还有啥需要我了解的吗？没有我给您装车。"),
     c("三百八？俺就一个棚 使不了恁些", "no_need"),
     t("一个棚更得用好的！现在种棚都讲科学，这套成功率最高，我接着给您说第二遍咋冲……"),
     c("拉倒吧 俺回去问问技术员再说", "think_it_over")]))

o = c("你好 我们村今年煤改电了 想问下电暖气阿么个买法 一间房子得多大的", None)
P.append(gpair("zhb19g_minqin_heater", "appliance shop", "monologue",
    "Minqin, Gansu: a farmer's wife asks an appliance shop on WeChat about electric heaters after the village switched from coal.",
    [o, t("您好！几间房要暖，各多大？白天谁在屋里？"),
     c("两间 一间二十平 一间十五平 白天就我婆婆在 她腿不好", None),
     t("你们那儿谷电几点到几点？"),
     c("晚上十点到早上八点便宜 白天贵得很", None),
     t("那婆婆白天待的二十平那间用储热式，夜里存热白天放，两千八；十五平那间晚上开个油汀就够，三百九。我先把两种一冬的电费算给您看？"),
     c("储热的有点贵 你把账发过来 我跟掌柜的商量下", "think_it_over"),
     t("好，今晚发您，您跟家里人看了再定。")],
    [o, t("您好！煤改电选我们就对了！这款石墨烯电暖，智能温控、APP远程、静音、儿童锁，今年武威卖了三千多台，用户体验满分，这就是您需要的！"),
     c("那一间房得几台", None),
     t("一间一台最省事！活动价三千六，送安装送延保。我们品牌十五年了，网点全覆盖，跟客户都是长期关系。石墨烯三秒出热，比油汀强多了，两台我给您七千！"),
     c("七千？我们农村人家 哪用得起这么贵的", "no_money"),
     t("贵有贵的道理！我再给您发个视频，看完您肯定满意……"),
     c("不看了 我婆婆等着吃饭呢", "no_time")]))

o = c("喂 你好 我想问下学C2得多少钱 我在厂里上班 倒班的", None)
P.append(gpair("zhb19g_xianxian_drivingschool", "driving school", "closing_as_open_question",
    "Xian County, Hebei: a young factory worker on rotating shifts phones a driving school about a C2 licence.",
    [o, t("您好，全包三千八。您是三班倒？一周大概哪几天能来练？"),
     c("三班倒 一周歇两天 不固定", None),
     t("那适合预约制，歇班前一天在小程序上约，早上六点也有车。您最担心的是时间凑不上，还是怕考不过？"),
     c("都怕 我胆小 一上车腿就哆嗦", None),
     t("头两回教练陪着在场地慢慢开，不上路。您这周哪天歇？来场地试坐一回，不收钱，觉得行再报。"),
     c("周四歇 那我周四上午过去看看", None)],
    [o, t("您好，C2全包三千八！您是想今天交全款，还是先交五百定金占个名额？"),
     c("我倒班的 不一定抽得出空练车", "no_time"),
     t("理解理解！那您说，什么样的条件能让您今天就定下来？"),
     c("我就先问问 你把价格表发我微信上吧", "brush_off"),
     t("没问题！那您是想微信付还是支付宝付定金？您还有什么顾虑吗？"),
     c("算了吧 我跟我对象商量商量", "think_it_over")]))

o = c("额娃十月里结婚 在村里院子办 想问下你们婚庆撒价钱", None)
P.append(gpair("zhb19g_pucheng_wedding", "wedding company", "closing_as_open_question",
    "Pucheng, Shaanxi: a groom's mother visits a wedding company in town about a courtyard wedding in the village.",
    [o, t("恭喜恭喜！院子多大？坐几桌？您想热闹些，还是简单干净就行？"),
     c("院子不大 二十来桌 流水席 额屋里人说嫑弄得太花哨", None),
     t("那舞台搭小的，拱门、签到、主持加音响，基础这套四千二。席面谁管？时间得跟灶上对上。"),
     c("席面是村里王师傅 四千二嘛 比额想的多些", "too_expensive"),
     t("拱门换成您家自己的红绸，能减六百。我把两种单子都写下，您拿回去跟屋里人和王师傅对对时间。"),
     c("行 那你写下 额回去问问", "think_it_over")],
    [o, t("恭喜！我们'秦韵'套餐在蒲城做了上百场了！您看，是选金色舞台还是红色舞台？"),
     c("额还没问价呢 二十来桌 院子不大", None),
     t("好的！那您觉得要怎样才能今天把档期定下？十月的好日子剩不多了。"),
     c("今天定不了 额得回去跟娃他爸商量", "think_it_over"),
     t("理解！那定金您是交一千还是两千方便？您对今天的服务满意吗？"),
     c("你这娃 价都没说就要钱 不弄了", None)]))

o = c("师傅 我这皮卡一打方向 前头咯噔咯噔响 你给看看", None)
P.append(gpair("zhb19g_manasi_pickup", "car repair garage", "pitch_as_paraphrase",
    "Manas, Xinjiang: a farmer brings his pickup to a county garage; the front end clunks when turning.",
    [o, t("左打右打都响？原地打还是走着打？最近拉重东西跑烂路没？"),
     c("往左打响得歪 前两天拉了一车棉籽 走的戈壁滩那条路", None),
     t("我举起来看看。……左边球笼防尘套破了，油甩干了，进了沙子。换个左球笼四百五，今天能弄好。"),
     c("四百五嘛 贵了点 行吧 别的不用换吧", "too_expensive"),
     t("别的先不动。右边套子也有点裂，还不漏，您老跑戈壁那条路，下回来保养顺便看一眼就行。"),
     c("好 亚克西 你弄吧", None)],
    [o, t("好的大哥，我先理解一下您的需求：您需要的是我们的底盘全面养护套餐，一千二百八，含四轮定位和全车检测，对吧？"),
     c("我就说打方向响 没说要全车检测", "no_need"),
     t("明白，我确认一下：您是想一次把隐患都解决，所以选升级版套餐，还送一年洗车，我理解得对吗？"),
     c("不对 你先看看是撒响嘛", None),
     t("好的，总结一下您的需求：安全第一，那就全套再加四条新胎，是这个意思吧？"),
     c("你们这儿麻达大得很 我找老马修去", None)]))

o = c("恁好 俺在家做汉服网店 一天二三十单吧 问问恁这发件咋算", None)
P.append(gpair("zhb19g_caoxian_courier", "courier station", "pitch_as_paraphrase",
    "Cao County, Shandong: a woman who sells hanfu online from home asks the town courier station about rates.",
    [o, t("您好！一件多重？都发哪儿多？有没有非得当天发的？"),
     c("一件半斤多 江浙广东多 下午四点前的单都得当天走", None),
     t("一公斤内省内两块八，省外三块二。最后一趟车五点半，您说四点前的单要当天走，我们四点半上门收来得及。"),
     c("三块二啊 隔壁那家说三块", "too_expensive"),
     t("隔壁三块要是能稳定当天出，也行。我们这价含上门揽收，您不用跑。先发一周试试，不签合同。"),
     c("那先试一周 上门收这个好", None)],
    [o, t("好嘞，我确认下您的需求：您需要的是我们的'电商VIP月结'，包月九百九，不限单量，对吧？"),
     c("包月俺用不上 俺一天才二三十单", "no_need"),
     t("所以您的意思是想省心、想长期稳定合作，那VIP月结最适合您，我理解没错吧？"),
     c("俺没说这个 俺就问一单多少钱", None),
     t("明白，您是说价格最重要，所以想直接签一年拿最低价，一万零八百，是这样吧？"),
     c("一年一万多 俺可签不起 俺先一单一单发吧", "no_money")]))

o = c("给俺娘买个洗衣机 她七十多了 一个人住", None)
P.append(gpair("zhb19g_guanxian_washer", "appliance store", "upsell_as_loop_closing",
    "Guan County, Shandong: a man buys a washing machine for his elderly mother who lives alone.",
    [o, t("老人现在用的啥？她看得懂屏幕上的字不？"),
     c("一直用那个双缸的 坏了 屏幕啥的她看不懂 就会拧", None),
     t("那别买按键多的。这款波轮的，一个旋钮一个大按键，七公斤，一千零九十九。她习惯拧，这个拧一下就开。"),
     c("一千零九十九 比俺想的贵点 行 就这个 送货不", "too_expensive"),
     t("明天送，师傅装好当面教老人一遍，旋钮上给贴个'洗'字。"),
     c("那中 恁想得挺周到", None)],
    [o, t("好的，选这款滚筒，两千九百九。为了闭环我再确认下，还有什么能一起加上的？五年延保三百八要不要？"),
     c("延保不要 俺娘就会拧旋钮 这滚筒她会用吗", "no_need"),
     t("会的会的！还需要配个烘干机吗？老人晾衣服不方便，套装四千五。"),
     c("不用 院里有晾衣绳", "no_need"),
     t("好的！最后还有什么需要的吗？一年的洗衣液、防震底座，一次买齐省心。"),
     c("恁光往上加 俺就带了两千块钱", "no_money")]))

o = c("地膜跟滴灌带 要四十亩的 有没有", None)
P.append(gpair("zhb19g_zhangye_mulch", "farm-supply store", "upsell_as_loop_closing",
    "Zhangye, Gansu: a seed-maize grower buys plastic mulch and drip tape before spring sowing.",
    [o, t("有。地膜多宽多厚？滴灌带是一膜一管还是一膜两管？"),
     c("一米二的 零点零一 一膜两管 跟去年一样", None),
     t("四十亩地膜十六卷，滴灌带一万二千米上下，一共四千四。去年那批滴灌带用着咋样？"),
     c("有几卷一压就破 漏水漏得胡都", "bad_experience"),
     t("那是薄壁的。这回换厚壁的，一千米贵十五，四十亩多一百八，您看行不？"),
     c("多一百八能不漏就行 拿厚的", None)],
    [o, t("好的，地膜十六卷、滴灌带一万二千米，四千四。还有什么我能帮您补全的？叶面肥来几件？"),
     c("叶面肥家里还有 不要", "no_need"),
     t("好的！那我帮您把这一季闭环一下：除草剂、杀菌剂、生根剂要不要一起带？满两千送把铁锹。"),
     c("你咋光卖东西 去年在你这拿的滴灌带漏得胡都 我还不敢要呢", "bad_experience"),
     t("理解您的感受！还有什么别的需要吗？地膜回收耙子也可以加上。"),
     c("算了 滴灌带我去别家比比", "think_it_over")]))

o = c("师傅 我这左后轮老跑气 两三天就得打一回", None)
P.append(gpair("zhb19g_xiangyuan_tyres", "tyre and repair shop", "leading_tag_questions",
    "Xiangyuan, Shanxi: a man who drives an old sedan to the coal mine daily has a slow leak.",
    [o, t("我下水盆看看扎了没。……有个钉子，胎纹还多，补一下就行。您天天跑矿上那条路？"),
     c("对 天天跑 路上净是碎石头", None),
     t("补胎三十。另外右前外侧磨得多，可能定位偏了，不急，下回顺路做个定位，八十。"),
     c("定位先不做了 这个月紧 补了就行", "no_money"),
     t("行，先补。碎石路胎压别打太高，二点三就行。"),
     c("好 那你弄", None)],
    [o, t("大哥，您天天跑矿上，肯定得换四条全新的米其林吧，对不对？"),
     c("不是 就是跑气 补补不行吗", "no_need"),
     t("能补，可您这么在乎安全的人，肯定不想再出麻烦了，是吧？四条一千六，挺合理吧？"),
     c("一千六？我这车都不值几个钱", "too_expensive"),
     t("车不值钱命值钱，您也是这么想的吧？那我就给您换上了，好吧？"),
     c("别别 你就给我补了 多少钱", "no_need")]))

o = c("你好 我们五月份结婚 想拍个婚纱照 简单点的就行", None)
P.append(gpair("zhb19g_bole_weddingphoto", "wedding photo studio", "leading_tag_questions",
    "Bole, Xinjiang: a bride-to-be types to a wedding photo studio on WeChat; she wants simple photos.",
    [o, t("恭喜！简单是指套数少，还是不想跑外景？预算大概多少？"),
     c("就是不想折腾 我对象在油田上班 只请了三天假 预算三四千", None),
     t("那一天拍完：棚里两套加赛里木湖一套，三千六，精修三十张。"),
     c("赛里木湖五月还冷吧 冷的话就不去了", None),
     t("五月中旬还行，冷的话换城里公园，价不变。交两百定档，换日子不扣。"),
     c("那可以 我跟他对下日子", None)],
    [o, t("恭喜！结婚一辈子就一回，你们肯定想拍最好的吧，对不对？"),
     c("也不是 简单点就行 我对象只有三天假", None),
     t("三天够了！这个八千八的'天山之恋'套系，外景三个点，你们肯定喜欢，是吧？"),
     c("八千八？别家差不多的才五千", "too_expensive"),
     t("别家那没精修，您这么讲究的人，肯定不想凑合吧？今天定还送相框，划算吧？"),
     c("我们再看看吧", "brush_off")]))

PAIRS = P

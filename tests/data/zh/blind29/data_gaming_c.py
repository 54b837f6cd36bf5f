from common import c, t, gpair
N=None;BO="brush_off";NN="no_need";NM="no_money";NT="no_time";BE="bad_experience";TH="think_it_over";TE="too_expensive"
P="zhb29g_"
PAIRS=[]

o=c("师傅，我上礼拜刚在你们这保养完，嗯，现在过减速带底盘咔咔响。",N)
PAIRS.append(gpair(P+"changzhou_dealer_rattle_after_service","car dealership service desk, Changzhou","putdown_question",
"A driver returns a week after a service because the car now rattles over speed bumps.",
[o,t("不好意思。是保养完马上就响，还是过了几天？能听出是哪边吗？"),
c("开回去第二天就响了，好像是右前轮那边。",N),
t("保养时我们拆过右前的护板，可能卡扣没装到位。我带技师跟您上车试一圈，是我们的问题就免费处理。"),
c("试一圈可以，不过我十一点有事，等不了太久。",NT),
t("试车十分钟，护板半小时能弄好。要是得换零件，我给您另约时间，您不用干等。"),
c("行，那走吧。",N)],
[o,t("您是不是开得比较猛啊？过减速带不减速，底盘肯定响的。具体什么情况您说说？"),
c("我开得很慢的，保养之前从来不响。",N),
t("理解您的感受。不过这款车本来就有点小异响，您是不是比较敏感？大概哪边响？"),
c("右前轮。你们是不是保养时拆了什么没装好？",N),
t("我们技师都是十几年的老师傅，怎么会装不好？您确定不是自己刮到什么了？"),
c("上回换刹车片也是这样推来推去。不跟你说了，叫你们经理来。",N)]))

o=c("陈经理您好，上周到港的那批毛巾，客户抽检发现两个色号色差明显，照片已发您邮箱，请问怎么处理？",N)
PAIRS.append(gpair(P+"nantong_towel_factory_colour_claim","towel export factory, Nantong (WeChat)","not_my_department_or_read_the_terms",
"A buying agent reports a colour-difference claim on a towel shipment and needs a remedy by month end.",
[o,t("收到，抱歉给您添麻烦。是哪两个色号？大概占整批多少？"),
c("深灰和藏青，共1200条，占这批15%左右。客户希望月底前有方案。",N),
t("明白。我今天让质检调这两缸的留样对色，明天中午前给您书面结论。确认是我们的问题，可以补货重发或者按比例折让，客户更倾向哪种？"),
c("客户倾向折让，重发赶不上他们的促销。",N),
t("好的，我按折让准备，明天中午连同对色报告一起发您。"),
c("好的，等您消息。",N),
t("另外，这两缸剩下的库存我先封存，不再发给其他客户。")],
[o,t("您好，理解您的感受。不过色差是质检部的事情，我是销售这边，不太清楚哦。"),
c("合同是跟您签的，质检部我也联系不上。",N),
t("这样的话，建议您再看看合同第八条，色差在一定范围内是允许的，规则不是我定的。"),
c("照片您看了吗？明显不在允许范围里。",N),
t("我这边真没办法，您发邮件给质检，他们有空会回。还有什么可以帮您的吗？"),
c("那我只能建议客户下一单换供应商了。",N)]))

o=c("你好，我是安吉种白茶的，家里三十亩，听说你们能帮忙在抖音上卖茶？",N)
PAIRS.append(gpair(P+"anji_tea_farm_livestream_agency","live-stream sales agency, Huzhou (phone)","social_proof_or_deadline_pressure",
"A white-tea farmer with 30 mu asks an agency about selling his tea through live streams.",
[o,t("对的。您现在茶叶主要怎么卖？一年大概多少斤？"),
c("嗯，老客户加茶贩子收，一年两千来斤，茶贩子压价压得厉害。",N),
t("那您做直播，是想多走量，还是想把价格卖上去？两种做法不一样。"),
c("想卖价高点。不过我前年找过一家代运营，交了两万，一场直播卖了十几单。",BE),
t("那确实吃过亏。我们可以不收服务费，只按成交抽佣15%，先试一个月，看数据再决定要不要继续。"),
c("按成交抽佣可以，那你先做个方案我看看。",N)],
[o,t("您好！跟您说，隔壁溪龙乡好几户茶农都跟我们签了，一个月卖几十万，大家都在做。"),
c("嗯，我是想卖高点价格，茶贩子压价厉害。",N),
t("太对了！所以要快。服务费一年三万，这个价只到今天晚上，明天就五万了，名额也只剩两个。"),
c("三万……我前年找过一家，交了两万，十几单，钱打水漂了。",BE),
t("那家不专业。村里人都在做，就您还没上，明年茶就不好卖了，今天先签吧？"),
c("今天不签，我回去跟我儿子商量。",TH)]))

o=c("你好 我和老公都30 想配重疾 预算一年一万以内 两个人",N)
PAIRS.append(gpair(P+"hangzhou_critical_illness_couple","insurance agent, Hangzhou (WeChat)","keyword_stuffed",
"A 30-year-old woman wants critical-illness cover for herself and her husband within 10,000 yuan a year.",
[o,t("您好！两位有房贷吗？谁收入占大头？单位有没有补充医疗？"),
c("房贷每月九千 我收入多一点 单位有补充医疗",N),
t("那保额向您倾斜：您50万，老公30万，保到70岁，两人一年八千多，在预算里。补充医疗管报销，重疾管收入损失，不重复。"),
c("我听好几个同事说重疾理赔很难 老拒赔",BE),
t("拒赔多半是健康告知没写实。两位体检有异常吗？有的话先做免费预核保，两三天出结果，再决定买不买。"),
c("我有甲状腺结节二级 那先预核保吧",N)],
[o,t("您好！非常理解您对家庭的责任和需求，保险是一段长期的关系，我们最重视客户的体验和安心感受～"),
c("嗯 那一万预算 怎么配",N),
t("明白您的需求！我们的方案以客户成功为中心，真正理解您的家庭、关注您的感受，让您的人生更有保障、更幸福～"),
c("说具体点 保额多少 保到几岁",N),
t("您问得太好了！我感受到您是很有责任感的人，我们一定为您量身打造最满意的体验，您对我们的服务满意吗？"),
c("行吧 你把资料发我邮箱 有空再看",BO)]))

o=c("小同志，我想办那个敬老卡，嗯，我六十五了，要带点啥东西？",N)
PAIRS.append(gpair(P+"shanghai_community_centre_senior_card","community affairs service centre, Shanghai (counter)","rude",
"A 65-year-old woman asks at the counter what she needs to apply for her senior citizen card.",
[o,t("阿姨侬好，身份证、户口本，再加一张一寸照片，侬带了伐？"),
c("身份证带了，照片没有，户口本在我儿子那。",N),
t("照片门口机器能拍。户口本一定要的，今天先拍照片，表格我帮侬填好，明天带户口本直接来这个窗口，不用再排号。"),
c("哦，那蛮好，省得再排队。",N),
t("表填好了，明天上午九点到十一点我都在。"),
c("好的好的，谢谢侬。",N)],
[o,t("号呢？没取号去那边取。"),
c("取好了，32号。我想办敬老卡，要带点啥？",N),
t("门口贴着呢，自己不会看啊？身份证、户口本、照片。"),
c("我眼睛不大好……户口本在我儿子那。",N),
t("那您今天来干嘛？我理解您的心情，但得带齐了再来。还有别的问题吗？下一个！"),
c("哎，你这个人怎么这样讲话……",N)]))

o=c("你好，我在浙一上班，经常夜班，想在附近租个一室户，白天要睡觉，一定要安静。",N)
PAIRS.append(gpair(P+"hangzhou_rental_night_shift_nurse","letting agency, Hangzhou (WeChat)","ignored_customer",
"A night-shift hospital nurse looks for a quiet one-room flat near work.",
[o,t("明白，白天补觉的话，临街和靠学校的都要避开。预算多少？几号要住？"),
c("三千五以内，下个月十号前。朝北也没关系，白天窗帘拉着。",N),
t("有两套：一套在小区里面，步行十分钟到医院，三千三，楼下是绿化；一套三千，但隔壁在装修，估计还要一个月。建议先看第一套。"),
c("第一套好，不过我这周都是夜班，只有周四下午起得来。",N),
t("那就周四下午三点，我在小区门口等您，看了不合适也没关系。")],
[o,t("好的！请问您对房子有什么要求吗？"),
c("要安静，我夜班，白天要睡觉。三千五以内。",N),
t("了解！推荐这套文三路临街的，采光超好，楼下就是商业街，吃饭方便，才三千二。"),
c("临街白天很吵吧？我刚说要睡觉的。",N),
t("这套性价比真的高，今天还有两个人约看。您今天下午还是明天上午看？"),
c("我都说了白天在睡觉，这两个时间都来不了。",NT)]))

o=c("你好，嗯，我想看看空调，卧室用的，十五平方左右。",N)
PAIRS.append(gpair(P+"nanjing_appliance_bedroom_aircon","home appliance store, Nanjing","repeated_questions",
"A father shops for an air conditioner for his daughter's west-facing bedroom.",
[o,t("好的。房间朝南还是朝西？谁睡那间，对噪音敏感吗？"),
c("朝西，下午晒得厉害。我女儿睡那间，她睡觉怕吵。",N),
t("朝西十五平建议1.5匹，静音低于20分贝的。这两款都是一级能效，3299和3899，贵的那台多一个除湿睡眠模式。"),
c("3899有点贵了，3299的够用伐？",TE),
t("够用，制冷和噪音差不多，只少了除湿。梅雨季您不太在意潮就选它，安装含在价格里，周末能装。"),
c("那就3299的，周六来装。",N)],
[o,t("好的！您想要什么样的空调呢？"),
c("卧室用，十五平，朝西，我女儿睡的，她怕吵。",N),
t("明白～那请问是放在哪个房间呢？"),
c("卧室啊，我刚讲了。",N),
t("好的好的～那房间大概多大面积？是给谁用的呢？"),
c("你怎么老问一样的，我去别家看看。",N)]))

o=c("你好 我们有3个立方的货 圣诞装饰 走海运到汉堡 拼箱 报个价",N)
PAIRS.append(gpair(P+"yiwu_forwarder_lcl_hamburg","freight forwarder, Yiwu (chat)","wrong_paraphrase",
"A small export factory asks for an LCL sea-freight quote for 3 cubic metres of Christmas decorations to Hamburg.",
[o,t("好的。货大概多重？工厂交货还是要我们上门提？什么时候能备好？"),
c("600公斤左右 义乌工厂提货 下周三能好",N),
t("拼箱到汉堡，含义乌提货和报关，约1700美金，船期28天左右，下周三提货赶得上周六的船。到港后客户自提还是要派送？"),
c("客户自提 不过价格有点高 上次别家报1400",TE),
t("那家可能不含提货和报关。我把分项报价发您，逐项对，含什么不含什么一目了然。"),
c("行 发我邮箱",N)],
[o,t("好的，那我总结一下：您要一个40尺整柜到汉堡，还要买全程货物保险，对吧？"),
c("不对 是拼箱 3个方",N),
t("明白～所以您的意思是时效要快，准备走空运对吧？圣诞节的货赶时间嘛。"),
c("我没说空运 空运太贵了 这批货值都没多少",TE),
t("好的，那我理解您需要的是海运整柜加门到门派送，我马上发合同给您。"),
c("算了 你先把公司资料发我吧",BO)]))

o=c("你们直播间卖的鲜炖燕窝 到了一半瓶子是漏的 还有股酸味 我老婆怀孕在吃的 你们怎么搞的",N)
PAIRS.append(gpair(P+"livestream_birdsnest_spoiled","live-stream health food shop, Shanghai (customer service chat)","pitch_to_upset",
"An angry husband reports leaking, sour-smelling bird's nest jars that his pregnant wife has been eating.",
[o,t("非常抱歉！先确认一下：漏的、有酸味的那些，您太太吃过吗？身体有没有不舒服？"),
c("吃了一瓶 目前还好 就是我很火大",N),
t("理解，换我也火大。有酸味的一瓶都别再吃了，您太太有任何不适先去医院，费用我们承担。拍一下瓶子和外箱照片，我马上全额退款，不用寄回。"),
c("照片发你了 钱退了就行 以后不会再买了",BE),
t("全额退款已提交，两小时内到账。冷链哪里出的问题我们会查，查清楚告诉您。"),
c("嗯",N)],
[o,t("亲亲非常理解您的感受～这种情况更说明孕期营养很重要呢，我们新出的孕妇专享燕窝礼盒是独立包装，不会漏哦！"),
c("我在跟你说坏掉的 你推什么新品",N),
t("明白～给您申请了换购资格，补差价99就能升级礼盒，孕期营养不能将就对吧？"),
c("补差价？东西是坏的 我要退款",N),
t("退款要走流程哦～现在换购还额外送两瓶，很划算的。"),
c("不用了 我去12315投诉",N)]))

o=c("喂，物业吗？我是12栋1801的，嗯，昨天下大雨，天花板漏水，把床都淋湿了。",N)
PAIRS.append(gpair(P+"suzhou_property_mgmt_roof_leak","residential property management, Suzhou (phone)","blame",
"A top-floor resident reports rain leaking through the ceiling onto the bed.",
[o,t("不好意思，给您添麻烦了。现在还在滴吗？漏的位置靠窗还是在房间中间？"),
c("现在不滴了，在房间中间，天花板一大块黄的。我们是顶楼。",N),
t("顶楼中间漏，多半是屋面防水坏了，属于公共部位。下午两点我带师傅上屋顶看，也进您家拍照留档。"),
c("下午我要上班，家里没人。",NT),
t("那先上屋顶查，您家里约晚上七点可以吗？天花板和床垫的损失，我们按流程走维修基金或者保险。"),
c("七点可以，谢谢。",N)],
[o,t("您好，理解您的感受。我问一下，您家窗户昨天是不是没关好啊？"),
c("窗是关好的，水是从天花板中间滴下来的。",N),
t("哦，那您家装修时是不是在顶上打过钉子，把防水打坏了？这种情况物业不负责的。"),
c("我们没动过顶，买来就是这样的。",N),
t("那我也没办法，您自己找个师傅看看吧。对我们的服务还满意吗？"),
c("满意个鬼，我要找业委会。",N),
t("业委会也是按规定办的，您先把自家的问题查清楚比较好。还有其他需要吗？"),
c("我家的问题？行，我拍视频发业主群，让大家评评理。",N)]))

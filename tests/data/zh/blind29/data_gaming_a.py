from common import c, t, gpair
N=None;BO="brush_off";NN="no_need";NM="no_money";NT="no_time";BE="bad_experience";TH="think_it_over";TE="too_expensive"
P="zhb29g_"
PAIRS=[]

o=c("喂，你好，嗯，我想问问住家阿姨的事情，就是给我妈请的，她上个月摔了一跤。",N)
PAIRS.append(gpair(P+"shanghai_agency_livein_carer","housekeeping agency, Shanghai (phone)","monologue",
"A daughter phones a housekeeping agency for a live-in carer for her 82-year-old mother, who fell last month and speaks only Shanghainese.",
[o,t("您好，先问一句，老太太现在恢复得怎么样？平时能自己走动吗？"),
c("嗯，能走，就是要扶着。那个，她只会讲上海话，普通话听不太懂的。",N),
t("明白，那阿姨最好是会讲上海话的。住家的话，老太太晚上要起夜吗？"),
c("要的，一夜起来两三趟。就是……价钱我心里没底，上次问别家开口就八千多。",N),
t("会照顾起夜、懂上海话的住家阿姨，我们这边一般七千到八千五。我先挑两三位，您和老太太一起视频面一下，合适再签，好吗？"),
c("嗯，那可以，先视频看看。",N)],
[o,t("您好您好！我完全理解您的需求，老人家的体验最重要。我们公司十二年老牌子，阿姨全部持证上岗，有金牌、银牌、钻石三档，钻石阿姨会护理、会做饭、还会陪聊，客户用了都说好，我们还有保险、有培训、有回访……"),
c("嗯，那个，我妈她只会讲上……",N),
t("对对，沟通特别重要！所以我推荐钻石档，一个月九千八，签一年送两次深度保洁，现在交定金还能优先排，我们的成功案例多到讲不完……"),
c("九千八？那个，我一个月最多拿得出七千呀。",NM),
t("理解理解！钱可以分期，关键是老人家的体验对吧？合同我先发您微信，您看一下，有什么需求随时讲。"),
c("嗯……我再跟我老公商量商量吧。",TH)]))

o=c("在吗 想问下光子嫩肤 我脸上老是泛红 能做伐",N)
PAIRS.append(gpair(P+"shanghai_clinic_ipl_redness","medical beauty clinic, Shanghai (WeChat)","closing_as_open_question",
"A woman asks a clinic's WeChat adviser whether IPL can treat her facial redness.",
[o,t("在的～是一直红，还是换季、晒了太阳才红？之前有没有看过皮肤科？"),
c("换季就红 有时候还痒 没看过医生",N),
t("又红又痒的话，要先让医生看看是不是屏障受损或者玫瑰痤疮，这种光子不一定适合。面诊免费，侬要约伐？"),
c("免费可以 不过我前年在别家做过一次 回来脸更红了 有点怕",BE),
t("理解的。面诊时侬把上次做的项目和时间讲给医生，医生觉得不适合就不做，不会硬推。周六上午有空位。"),
c("好 周六上午 我来看看",N)],
[o,t("在的亲～想请问一下，侬希望今天用哪种方式付款锁定名额呢？微信还是支付宝？😊"),
c("啊 我还没问价钱呢 多少钱",N),
t("单次1680，三次套餐3980更划算哦～侬觉得是今天锁三次，还是先付500定金呢？"),
c("1680一次？我闺蜜那家才八百多",TE),
t("理解的亲～那请问要怎么样侬今天才愿意下单呢？我去帮侬申请个特价好伐？"),
c("我就问问能不能做 没讲今天要买",BO)]))

o=c("小姑娘，我这个手机话费每个月一百多，我就打打电话，能不能便宜点？",N)
PAIRS.append(gpair(P+"suzhou_mobile_senior_plan","mobile operator shop, Suzhou","pitch_as_paraphrase",
"A retired man at a phone shop wants a cheaper plan; he mostly makes calls and video-chats with his grandson.",
[o,t("阿伯，我帮您看看。您平时上网多吗？刷视频、微信视频这些？"),
c("嗯，跟孙子微信视频，一个礼拜一两次，别的不大用。",N),
t("我查了，您现在是129的套餐，流量每月只用两个G。换39的老年套餐，通话够，流量5个G，视频也够用。"),
c("39？那蛮好。就是号码不会变吧？",N),
t("号码不变，合约也到期了，没有违约金，下个月一号生效。您带身份证了吗？"),
c("带了带了，那办吧。",N)],
[o,t("阿伯，我理解您的需求！所以您的意思是想要一个更划算的全家融合套餐，199包宽带和两张副卡，对吧？"),
c("啊？我没说要宽带啊，家里有宽带的。",NN),
t("明白，所以我听下来，您真正需要的是流量多、体验好，那5G畅享159就很适合您，是不是？"),
c("我流量都用不完的呀，159比现在还贵。",TE),
t("那我确认一下，您是想要159的还是199的？"),
c("哪个都不要，我儿子说网上就能改，我回去叫他弄。",NN)]))

o=c("你好 我昨天直播间拍的明前龙井 地址填错了 能改伐",N)
PAIRS.append(gpair(P+"hangzhou_livestream_tea_address","live-stream tea shop, Hangzhou (customer service chat)","upsell_as_loop_closing",
"A buyer from last night's live stream needs the delivery address changed to her father's in Wuxi.",
[o,t("您好～还没发货，可以改的。麻烦发一下订单号和新地址？"),
c("订单尾号3721 新地址无锡滨湖区 收件人我爸",N),
t("改好了：无锡滨湖区，收件人您父亲，明天上午顺丰发出。到货后茶叶有问题，直接在这里找我。还有别的要处理的吗？"),
c("没了 谢谢",N),
t("好的，发货后我把单号发您。")],
[o,t("亲亲地址马上帮您改！为了让这次购物体验更完整，需要帮您加一罐250g礼盒装吗？送长辈更有面子哦～"),
c("不用 就改个地址",NN),
t("好的亲～已改好。闭环确认一下：还有什么可以帮您添加的吗？今天直播间专属茶具套装只要199，跟龙井特别配"),
c("不要了 这个月花得差不多了 一罐就够",NM),
t("明白～最后再确认一下您的需求：要不要加9.9元运费险，让整个体验更安心呢？"),
c("说了不要 地址改好就行 烦死了",NN)]))

o=c("喂，你好，我车险下个月到期，你们发短信让我续保，我想先问问价格。",N)
PAIRS.append(gpair(P+"ningbo_car_insurance_renewal","car insurer, Ningbo (phone)","leading_tag_questions",
"A driver with a six-year-old car and no claims calls about renewing his policy and wonders whether he still needs own-damage cover.",
[o,t("好的，先核对一下：车开了几年了？平时主要是上下班开吗？"),
c("嗯，六年了，就上下班，一年也就七八千公里，去年没出过险。",N),
t("没出险折扣会好一点。您对保障有什么想法吗？"),
c("那个，车损险我在想还要不要买，车也旧了。",N),
t("六年的车确实可以考虑。车损今年一千九左右，车值七八万，大事故时还是有用；想省钱也可以只保交强加三者。两种报价我都发您对比，好吗？"),
c("好的，你发我，我跟我老婆商量一下再定。",TH)],
[o,t("您好！续保您肯定还是选我们全险的对吧？老客户嘛，大家都这么选，是不是？"),
c("嗯，那个，我就是想先问问价格。",N),
t("价格好说。您这么爱惜车，三者肯定要上三百万的，对不对？现在谁还买一百万啊，您说是吧？"),
c("我一年就开七八千公里，三百万用不着吧。",NN),
t("安全第一嘛，您也不想省这几百块出了事后悔，对吧？那就按全险加三百万出单了，好不好？"),
c("你别急着出单，别家报给我便宜一千多，我再比比。",TE)]))

o=c("王先生，侬好。我租的房子卫生间墙上长了一大片霉，味道老重的，这个哪能弄？",N)
PAIRS.append(gpair(P+"shanghai_rental_bathroom_mould","letting agency, Shanghai (WeChat voice messages)","putdown_question",
"A tenant tells her letting agent that mould is spreading on the bathroom wall of the flat she rents.",
[o,t("李小姐侬好，辛苦了。霉大概多大一块？在淋浴那面墙，还是靠外墙那面？"),
c("靠外墙那面，差不多一米宽，上礼拜落雨以后更厉害了。",N),
t("落雨以后变严重，多半是外墙渗水，不是侬用得不当。我今天跟房东讲，约师傅来看，侬明天还是后天在家？"),
c("后天下午可以。那个，修的钞票不会要我出吧？",N),
t("外墙渗水属于房子本身问题，合同里是房东负责。我后天下午两点带师傅过来，当面跟侬确认。"),
c("好的，麻烦侬了。",N)],
[o,t("李小姐，侬是不是洗好澡不开窗不开排风啊？具体讲讲看啥情况？"),
c("我天天开排风的，是靠外墙那面在长。",N),
t("我能理解侬的感受。不过老房子有点霉蛮正常的，侬是不是对居住环境要求太高了？大概多大？"),
c("一米宽还叫正常？租的辰光侬讲房子没问题的。",N),
t("那侬当初看房哪能不仔细看看呢？这样，侬自己先买瓶除霉剂弄弄，好伐？"),
c("算了，我直接跟房东讲，侬这个中介真的是。",N)]))

o=c("你好，我信用卡被扣了600年费。办卡时业务员说刷满六次就免，我一年刷了不止六次。",N)
PAIRS.append(gpair(P+"nanjing_bank_card_annual_fee","bank credit card service, Nanjing (app chat)","not_my_department_or_read_the_terms",
"A cardholder was charged a 600-yuan annual fee she was told would be waived after six purchases.",
[o,t("您好，我帮您查一下。这张卡是哪年办的？是金卡还是白金卡？"),
c("前年办的，说是白金卡。",N),
t("查到了。刷六次免年费的是金卡，白金卡是用积分抵，当时可能讲混了。您一直在用这张卡，我可以帮您提交年费减免申请。"),
c("哦，原来这样。能减掉我就继续用，不然想销卡了。",N),
t("三个工作日出结果，短信通知您。万一没批，可以把卡降成金卡，以后刷六次就免，不用销卡。"),
c("好，那先申请吧，谢谢。",N)],
[o,t("您好，非常理解您的感受呢。年费是按章程收取的，建议您仔细阅读一下领用合约第十二条哦。"),
c("我办卡的时候业务员明明说刷六次就免。",N),
t("业务员是营销部门的，不归我们客服管呢，我这边没法核实他说过什么。请问还有什么可以帮您？"),
c("那这600就白扣了？",N),
t("规则不是我定的哦～如果您对我的服务满意，稍后请给五星评价。"),
c("还五星，我直接销卡，再去投诉。",N)]))

o=c("张经理您好，两家报价我都收到了，我一项一项对一下：单价你们4.2美金，对方3.9；起订量你们3000，对方1000；交期你们35天，对方45天。",N)
PAIRS.append(gpair(P+"ningbo_factory_quote_compare","stainless kitchenware export factory, Ningbo (WeChat)","social_proof_or_deadline_pressure",
"A buyer at a Shanghai trading company compares two factories' quotes line by line for a Christmas order.",
[o,t("谢谢您对得这么仔细。这批货您最在意的是哪一项？价格、首单量，还是赶圣诞档期？"),
c("说实话是交期。客户要十月底前到港，45天有点悬。",N),
t("明白。35天交期我们有把握，可以写进合同，延误按天扣款。单价我能申请到4.05，首单可以做2000，再低模具费摊不下来。"),
c("好，4.05我拿去跟老板讲，交期写进合同这点很关键。",TH),
t("今天下午我把新报价单和交期条款一起发您，样品也可以先寄两套给您老板看。"),
c("可以，样品寄我们公司，地址我发你。",N)],
[o,t("您好！说实话，宁波好几家外贸公司上周都在我们这下单了，大家都看中我们的品质。"),
c("别人下不下我不关心，我就想知道3000的起订量能不能降。",N),
t("理解您的需求～不过钢材下周一涨价，4.2我只能保到今天下午五点，五点以后就4.5了。"),
c("今天五点我定不了，这个要老板签字的。",TH),
t("那先付30%定金把价格锁住，您老板一定会同意的，好多客户都是这么做的。"),
c("压我没用的，不行我们就跟那家1000起订的做。",N)]))

o=c("嗯，你好，我儿子三年级，英语期末考了七十几分，我想看看你们这里的课。",N)
PAIRS.append(gpair(P+"wuxi_kids_english_course","children's English school, Wuxi (front desk)","keyword_stuffed",
"A father walks into a children's English school after his son scored in the seventies.",
[o,t("您好。七十几分主要是哪里丢分？听力、阅读，还是单词拼写？"),
c("就是单词，老拼错。还有，嗯，他不太愿意开口读。",N),
t("那先做二十分钟免费测评，看词汇量到哪一步。不爱开口的孩子我们先放四五个人的小班。周末哪天方便？"),
c("周六上午不行，他要游泳。周日可以。",N),
t("周日下午三点有个四人班。先来测评、试听一次，合适再谈报名。"),
c("行，那这礼拜天先来试一下。",N)],
[o,t("您好！非常感谢您的信任，我们非常重视每一位家长的需求和体验，我能感受到您对孩子成长的关心。"),
c("嗯，那个，就是单词老拼错，你们怎么教？",N),
t("理解！我们的理念是以孩子为中心，建立长期的学习关系，帮每个孩子获得成功体验，我们非常关注孩子的感受和需求。"),
c("那到底怎么上课？一周几次？多少钱？",N),
t("您问得特别好！我听到您对孩子成长有很大的需求，我们的课程会全方位满足您的需求，让孩子快乐地成功。"),
c("你说了半天我也没听明白，我去隔壁问问。",N)]))

o=c("喂，我一个快递从昆山寄到上海，四天了还没到，单号我报给你？",N)
PAIRS.append(gpair(P+"shanghai_courier_late_medicine","courier company hotline, Shanghai","rude",
"A mother calls the courier about a four-day-late parcel holding her daughter's medicine.",
[o,t("好的，您报一下单号，我马上查。"),
c("中通，7731 0098 2256。里面是我女儿的药，明天要吃的。",N),
t("查到了，卡在松江转运中心，昨天漏扫了。我现在加急，明天上午十点前送到。您留个方便接的电话？"),
c("就这个号码。明天上午能到就好，不然我只能再去配药。",N),
t("我标成急件，明早九点再打给您，把派送员电话告诉您。"),
c("好的，谢谢你啊。",N)],
[o,t("单号。快点，后面排着好多人呢。"),
c("中通，7731 0098 2256，里面是我女儿的药，明天要吃的。",N),
t("药你还寄普通件？四天很正常好伐，你以为就你一个快递？"),
c("那我总要知道什么时候到吧？你这什么态度。",N),
t("我态度怎么了？我在听你讲啊，能理解你的心情。等着吧，到了自然会派。还有别的吗？"),
c("我要投诉，你们站点电话给我。",N)]))

"""Gaming pairs, part c (hand-written, zhb67)."""
from common import c, gpair, t

# c1 putdown_question: Taipei (Wanhua), phone shop (通讯行), an older man's battery dies by afternoon
_c1 = c("小姐 我这支手机电池很不耐用 早上充满 下午三点就没电了 是不是要换电池", None)

# c2 not_my_department_or_read_the_terms: Singapore, insurance agent on WhatsApp, rejected physio claim
_c2 = c("Hi Alvin 我儿子上个月扭到脚 去做physio 我claim被拒了 你可以帮我看一下吗", None)

# c3 social_proof_or_deadline_pressure: Kuala Lumpur (Puchong), tuition centre holiday English camp, WhatsApp
_c3 = c("hi 看到你们fb的假期英文营 我女儿四年级 她英文很怕讲 这个适合吗", None)

# c4 keyword_stuffed: Johor Bahru (Tampoi), tyre shop, a Grab driver with worn tyres
_c4 = c("bro 我的轮胎好像快秃了 Honda City 我是开Grab的 要换多少钱", None)

# c5 rude: Tainan, paediatric clinic (小儿科诊所), phone registration for a feverish child
_c5 = c("喂 你好 请问今天晚上的门诊还可以挂号吗 我儿子发烧三十八度半", None)

# c6 ignored_customer: Penang (Air Itam), travel agency, a couple in their seventies plan autumn Japan
_c6 = c("你好 我和我先生想十一月去日本看红叶 第一次去 不知道跟团好还是自由行好", None)

# c7 repeated_questions: Singapore, rental agent (WhatsApp), a Malaysian couple want a whole HDB flat
_c7 = c("hi 我们在看Jurong East附近的HDB 租整间的 我和我老婆 两个人", None)

# c8 wrong_paraphrase: Kaohsiung (Zuoying), tea-leaf supplier's rep visits a bubble-tea shop owner
_c8 = c("你是那个茶叶厂的业务喔 坐啦 我先讲 我现在的红茶还可以 只是每一批味道不太一样", None)

# c9 pitch_to_upset: Melaka (Ayer Keroh), workshop, a car towed in from the highway with children aboard
_c9 = c("老板 我的车在高速公路突然熄火 拖车拖来你这里 我两个孩子在车上 热到哭 你快点帮我看", None)

# c10 blame: Kuala Lumpur, online electrical store chat, air fryer arrived dented and dead
_c10 = c("hi 我昨天收到你们的air fryer 箱子烂烂的 机身凹一块 插电也不会亮", None)

PAIRS = [
    gpair(
        "zhb67g_taipei_phone_battery", "phone shop (通讯行), Wanhua District, Taipei", "putdown_question",
        "An older man's three-year-old phone runs flat by mid-afternoon; he asks whether the battery needs replacing.",
        good=[
            _c1,
            t("先生你好 我帮你看一下。这支用多久了? 平常都用来做什么 看影片 还是LINE比较多?"),
            c("三年多了吧 就LINE 看新闻 偶尔看一下YouTube 没有玩游戏", None),
            t("我看一下设定……电池健康度剩百分之七十八 低于八成就会比较不耐用 这是正常老化 不是你用坏的。换一颗电池一千八 大概一个小时"),
            c("一千八喔 那我要不要干脆换新手机 我儿子一直叫我换", None),
            t("看你啦 如果手机其他功能都没问题 换电池就可以再用一两年 不用花两三万。如果你常常觉得卡 或者照片存不下 再考虑换新的。你会觉得卡吗?"),
            c("不会卡 就是电池而已 那换电池好了 我去旁边吃个饭再回来拿", None),
        ],
        gaming=[
            _c1,
            t("先生 你是不是一天到晚都在滑手机? 不然怎么会下午就没电?"),
            c("没有啊 我就LINE 看看新闻而已", None),
            t("那你有没有关掉背景App? 很多长辈都不懂设定 你知道要怎么关吗?"),
            c("我不知道什么背景 我只是问要不要换电池", None),
            t("好好 那我想了解一下 你是不是都充一整夜? 充电习惯不好 电池当然坏得快 你有注意吗?"),
            c("以前都这样充的啊 又没人跟我讲", None),
            t("你都用三年多了 电池剩七十八 换一颗一千八。还是你要考虑换新手机 体验会比较好?"),
            c("你讲话这么冲 我去别家换好了", None),
        ],
    ),
    gpair(
        "zhb67g_sg_physio_claim_rejected", "insurance agent (WhatsApp), Singapore", "not_my_department_or_read_the_terms",
        "A policyholder's claim for her son's physiotherapy was rejected for lack of a doctor's referral; she asks her own agent for help.",
        good=[
            _c2,
            t("Hi 你儿子现在脚好一点了吗? 被拒的信你有收到吗 上面写什么理由?"),
            c("好很多了 信说 physio要医生转介 才可以claim", None),
            t("明白 理由是没有医生转介。他去做physio之前 有没有先看过GP或者骨科?"),
            c("有啊 先去看polyclinic 医生叫他去做physio的 可是没有写信", None),
            t("那就有机会。你去polyclinic要一份referral 或者医生的memo 写明是他叫你儿子去做physio的 我帮你重新提交 附一张说明。我不能保证一定批 但这种情况通常会过"),
            c("要回去polyclinic拿哦 我最近上班很忙 没空跑", "no_time"),
            t("明白 你可以先在HealthHub app上面看有没有 有的话截图就可以 不用跑。没有的话打电话去polyclinic也可以要求email。资料齐了拍给我 我当天帮你交"),
            c("HealthHub 哦 好 我今晚看看", None),
        ],
        gaming=[
            _c2,
            t("Hi 谢谢你联系我 你的体验对我很重要。被拒了是吗?"),
            c("对 信说physio要医生转介 可是是医生叫他去的啊", None),
            t("明白。不过理赔是claims department决定的 不是我负责的 我只是卖保险的"),
            c("可是你是我的agent啊 我不找你找谁", None),
            t("我理解你的感受。policy里面第十二条有写 outpatient physiotherapy must be referred by a registered medical practitioner 你可以自己看一下条款"),
            c("我就是有医生叫他去啊 只是没有信 要怎么办", None),
            t("这个你要自己打去claims department问 号码在policy后面。规则不是我定的 我也没办法。还有什么我可以帮你的吗?"),
            c("有 我明年不续保了 你们这样的服务", None),
        ],
    ),
    gpair(
        "zhb67g_kl_holiday_english_camp", "tuition centre (WhatsApp), Puchong, Kuala Lumpur", "social_proof_or_deadline_pressure",
        "A parent asks whether a school-holiday English camp suits her shy Standard 4 daughter, who was laughed at for her accent.",
        good=[
            _c3,
            t("hi 谢谢你问 她是听得懂但不敢开口 还是听也比较吃力?"),
            c("听得懂 功课也ok 就是叫她讲 她就躲 在学校被笑过 她的口音", None),
            t("明白 被笑过之后就不敢讲了 这个很常见 要慢慢来。我们的营一组六个小朋友 主要是玩游戏和演小短剧 不会叫她一个人站上台。老实讲一个星期不会变很流利 可是可以帮她比较敢开口"),
            c("五天要RM450哦 有点多leh 一个星期而已", "too_expensive"),
            t("了解 RM450对一个星期来讲不便宜。第一天下午三点到五点家长可以在外面看 你可以带她来第一天 她不喜欢的话 退你四百"),
            c("哦 可以先试第一天 这样我比较放心 我问问她爸爸", "think_it_over"),
            t("好 营是二号开始 一号前告诉我就可以。要不要我先发课程表给你 你们两个一起看?"),
            c("好 发给我 谢谢", None),
        ],
        gaming=[
            _c3,
            t("hi! 感谢你的兴趣 请问你希望女儿在这个假期有什么样的成长?"),
            c("她英文很怕讲 在学校被笑过口音 我想她比较敢开口", None),
            t("明白 我们的营非常适合。Bandar Puteri这一区的家长差不多都报了 上个星期就满了两班 现在只剩最后三个位"),
            c("五天要RM450哦 有点多", "too_expensive"),
            t("理解 不过早鸟价今晚十二点就截止了 明天开始要RM550。你的邻居们都是早鸟价报的 你也不想多付一百对吧?"),
            c("可是她很怕生 上次送她去一个camp 第二天就哭着不要去 钱也拿不回来 可以先试吗", "bad_experience"),
            t("很多家长一开始也这样担心 报了之后都说孩子变了一个人。试课我们没有 不过今晚报的话送一件T恤。要我现在发付款link给你吗?"),
            c("我要问她爸爸 明天再说", "think_it_over"),
            t("明天就是RM550了哦 而且最后三个位不一定等得到 真的不考虑一下吗?"),
            c("那就算了 谢谢", "brush_off"),
        ],
    ),
    gpair(
        "zhb67g_jb_grab_driver_tyres", "tyre and service shop, Tampoi, Johor Bahru", "keyword_stuffed",
        "A Grab driver whose front tyres are nearly bald wants a price; every hour in the shop is lost income.",
        good=[
            _c4,
            t("ok bro 我先看一下。……前面两条确实快到了 纹路剩不到两毫米 后面两条还有一半。你一天大概开多少公里?"),
            c("一天两三百公里 每天都开 下雨天最怕打滑", None),
            t("跑那么多 又怕下雨打滑 那前面两条今天就要换 后面可以再等两三个月。你要耐磨一点 还是便宜一点的?"),
            c("耐磨啦 可是一条不要超过两百 车子停在这里我也没钱赚", None),
            t("明白 两百以内 耐磨 快。这个牌子一条一百八 耐磨 下雨抓地还可以 换两条加平衡四十分钟就好 你去对面喝杯茶"),
            c("好 就这个 后面两条我下个月再来", None),
        ],
        gaming=[
            _c4,
            t("bro 感谢你选择我们! 我们非常重视你的驾驶体验 也很重视和每一位客户的长期关系。可以跟我分享一下你对轮胎的需求吗?"),
            c("就是快秃了啊 我开Grab的 一天两三百公里 下雨怕打滑", None),
            t("我完全理解你的感受 安全对你的成功非常重要。我们的理念是以客户的需求为中心 给你最好的体验 让你感受到我们的用心"),
            c("ok 所以要换几条 多少钱", None),
            t("这是一个很好的问题。我想先了解你对价值的感受 因为每个客户的需求都不一样 我们希望建立一个双赢的关系"),
            c("bro 我不懂你讲什么 一条不要超过两百 车子停在这里我也没钱赚", None),
            t("我听到了你的需求 也感受到你的压力。我们会全心全意陪伴你的驾驶旅程 一起创造成功的体验。你对我们目前的沟通满意吗?"),
            c("不满意 我赶时间 去隔壁换", None),
        ],
    ),
    gpair(
        "zhb67g_tainan_clinic_fever_child", "paediatric clinic (phone), East District, Tainan", "rude",
        "A mother calls to register her feverish four-year-old for the evening session; his health-insurance card is at grandma's.",
        good=[
            _c5,
            t("可以喔 晚诊六点到九点 现在大概排到二十五号。小朋友几岁? 除了发烧还有没有其他症状?"),
            c("四岁 有一点咳嗽 精神还好 可是我找不到他的健保卡 放在阿嬷家", None),
            t("没关系 先来看 没有健保卡先付自费押金 七天内拿卡回来就退你。如果他烧到三十九以上 或者很喘 就不要等 直接去急诊喔"),
            c("好 那押金大概多少?", None),
            t("大概五百 拿卡来退四百多 只收部分负担。我先帮你挂 名字跟生日给我"),
            c("王小宇 一百一十六年... 不对 一百一十年三月五号", None),
            t("好 王小宇 二十六号 大概七点半左右到就可以 来的时候跟柜台说是电话挂号的"),
            c("好 谢谢你", None),
        ],
        gaming=[
            _c5,
            t("可以啦 晚诊六点开始 你来就知道了"),
            c("那大概要等多久? 他发烧三十八度半 有点咳嗽", None),
            t("我怎么会知道要等多久 看病的人那么多。发烧三十八度半还好啦 现在小朋友都这样"),
            c("那我找不到他的健保卡 放在阿嬷家 可以看吗", None),
            t("没健保卡就自费啊 这个不是常识吗? 押金五百 你有带钱吧?"),
            c("有啦 我只是问一下 不用这样讲话吧", None),
            t("小姐 你的需求我了解了 我们电话很多 还有其他问题吗? 没有我要挂了"),
            c("……那我去别家好了", None),
        ],
    ),
    gpair(
        "zhb67g_penang_japan_autumn_elderly", "travel agency, Air Itam, Penang", "ignored_customer",
        "A woman of seventy plans a first trip to Japan for the autumn leaves; her husband has had knee surgery and cannot manage stairs.",
        good=[
            _c6,
            t("你好 十一月红叶很美。你们平常出国都是怎样玩的? 喜欢走多一点 还是慢慢来?"),
            c("慢慢来 我先生膝盖开过刀 走太多会痛 楼梯最怕 我们两个都七十了", None),
            t("明白 膝盖开过刀 怕楼梯 要慢。一般的红叶团一天走一两万步 很多神社都有楼梯 我觉得不适合你们。京都有一种小团 六到八个人 有车跟 每天只排两三个点 不用早起"),
            c("小团会不会很贵 我们是退休的 没有那么多钱", "no_money"),
            t("小团比一般团贵 大概一个人多一千五左右。你们心里的预算是多少? 我看看能不能缩短天数 六天变五天 价钱就差不多"),
            c("一个人五千以内最好", None),
            t("五千以内 五天京都小团 有车 不用爬楼梯的景点 我可以配到。我明天整理两个行程 一个五天 一个六天 写清楚每天走多少 你们回家慢慢比"),
            c("好 写清楚走多少这个好 我先生最在意这个", None),
        ],
        gaming=[
            _c6,
            t("你好! 很高兴为你服务 可以先了解一下你们的旅行习惯吗?"),
            c("我们都慢慢来 我先生膝盖开过刀 走太多会痛 楼梯最怕", None),
            t("明白。那你们比较想去哪里呢? 东京 大阪 还是北海道?"),
            c("京都吧 听说红叶最美 可是他的膝盖…", None),
            t("好的 我推荐这个关西红叶七天团 第一天清水寺 第二天伏见稻荷 千本鸟居爬到山顶 第三天岚山 第四天奈良... 每天早上七点出发 行程很丰富 一个人五千九"),
            c("伏见稻荷不是很多楼梯吗 他爬不了", None),
            t("了解。那你们的预算大概多少呢?"),
            c("一个人五千以内啦 五千九我们拿不出 我们是退休的", "no_money"),
            t("好的 这个团五千九 很值得的 很多客户都说体验很棒。你们想订哪一天出发?"),
            c("我先生去不了那种团啦 这个不适合我们", "no_need"),
        ],
    ),
    gpair(
        "zhb67g_sg_hdb_rental_couple", "property rental agent (WhatsApp), Jurong East, Singapore", "repeated_questions",
        "A Malaysian couple working in Singapore look for a whole HDB flat to rent, under 3,000 a month, by the middle of next month.",
        good=[
            _c7,
            t("hi 好 整间 两个人。你们在哪里上班? 我想知道交通要多方便"),
            c("我在Jurong Island 她在one-north 所以Jurong East刚好中间", None),
            t("明白 两个方向都要顺。你们预算大概多少一个月? 还有 几时要搬?"),
            c("三千以内 下个月十五号之前 我们现在住的合约到期", None),
            t("三千以内 下个月中。老实说现在Jurong East整间三房差不多要三千二到三千五 三千以内可能要看两房 或者Clementi那边。两房可以吗? 可以的话我这个星期找三四间 星期六一起去看"),
            c("两房可以啊 反正只有两个人 不过星期六我要加班 星期天可以吗", "no_time"),
            t("可以 星期天下午两点 我把地址顺序排好 你们一次看完 照片我先发给你们"),
            c("ok 谢谢", None),
        ],
        gaming=[
            _c7,
            t("hi! 很高兴帮你们找新家。请问你们的预算大概是多少?"),
            c("三千以内 我们两个人 要整间", None),
            t("好的 那你们一个月可以接受的租金范围是?"),
            c("……我说了三千以内啊", None),
            t("明白明白 我只是想确认清楚 你们心里理想的价位是多少呢?"),
            c("三千 three thousand 你要我讲几次", None),
            t("好 那我再问一下 你们是想租整间还是租房间?"),
            c("整间 我一开始就讲了 你有在记吗", None),
            t("当然有 我很重视你们的需求。那你们上班在哪里 预算的部分还可以再高一点吗?"),
            c("不能 再高我们付不起 算了 我找别的agent", "no_money"),
        ],
    ),
    gpair(
        "zhb67g_kaohsiung_tea_supplier_shop", "tea-leaf supplier (B2B sales visit), Zuoying District, Kaohsiung", "wrong_paraphrase",
        "A bubble-tea shop owner says his black tea is fine except that each batch tastes a little different.",
        good=[
            _c8,
            t("谢谢老板给我时间。每一批不一样 是比较涩 还是香气不同? 客人有反应吗?"),
            c("有时候比较涩 客人说今天的红茶怎么怪怪的 我就要调糖 很麻烦", None),
            t("所以问题是不稳定 每批要重新调。你一个月大概用多少? 现在的价钱方便讲吗?"),
            c("一个月大概三十公斤 一公斤三百二 不要跟我说你们更便宜喔 便宜的我用过 很烂", "bad_experience"),
            t("我不会跟你说最便宜 我们的阿萨姆一公斤三百五 比你现在贵一点。我们每批出货前会杯测 附批号 我可以留两包不同批号的样品 你自己泡 比比看稳不稳"),
            c("贵三十块喔 嗯 样品留着 我下礼拜泡泡看再说", "think_it_over"),
        ],
        gaming=[
            _c8,
            t("老板你好! 我想先了解一下 你对现在的供应商有什么感受呢?"),
            c("还可以啦 就是每一批味道不太一样 有时候比较涩", None),
            t("明白 所以我听到的是 你对现在的供应商很不满意 想要全部换掉 对吗?"),
            c("我没有说要全部换 只是每批不太一样而已", None),
            t("了解 所以你的意思是 你想要更高级的茶 走精品路线 提高售价 是吗? 我们有一款大吉岭一公斤九百"),
            c("我哪有要走精品 我这边一杯卖三十五 你九百的茶我怎么用", "too_expensive"),
            t("好的 那我确认一下 你是担心成本 所以想一次大量订货拿折扣 一次订两百公斤 对吧?"),
            c("我一个月才用三十公斤 你到底有没有在听 你回去吧", None),
        ],
    ),
    gpair(
        "zhb67g_melaka_breakdown_children", "car workshop, Ayer Keroh, Melaka", "pitch_to_upset",
        "A mother's car cut out on the highway; it has been towed in and her two children are hot and crying.",
        good=[
            _c9,
            t("好好 先让孩子进来 里面有冷气 那边有水 自己拿。车钥匙给我 我马上看"),
            c("谢谢 谢谢 他们在车上坐了一个钟 我快疯了", None),
            t("辛苦你了 先喘口气。熄火之前有没有什么警告灯 或者有没有怪声 冒烟?"),
            c("有一个电池的灯亮了一下 然后冷气变不冷 然后就熄了", None),
            t("电池灯 冷气不冷 然后熄火 很可能是发电机坏了 不是电池。我测一下 十分钟"),
            c("好 你们今天可以修好吗 我们还要赶回KL", None),
            t("测好了 是发电机 不充电。原厂的要等两天 翻新的我们有现货 三百八 保用六个月 一个钟可以装好。你们赶回KL的话 我建议先用翻新的 回去再看要不要换原厂"),
            c("一个钟可以 那就翻新的 先让我们回家", None),
        ],
        gaming=[
            _c9,
            t("老板娘你好 我非常理解你现在的心情。趁车子还在等的时候 我想了解一下 你平常多久保养一次车?"),
            c("我哪记得 你先看车可以吗 孩子热到哭", None),
            t("明白 我听到你很着急。其实很多熄火都是保养不够 我们有一个年度保养配套 一年四次 只要六百八 加入会员还送免费拖车"),
            c("我不要什么配套 我只要车可以开回家", "no_need"),
            t("当然 车我们会看。顺便问一下 你的电池几年了? 我们这个德国牌子的电池现在特价 三百二 保用两年 要不要一起换 比较安心?"),
            c("你连看都还没看 就叫我换电池? 孩子在哭啊", None),
            t("了解你的感受 那我先看。不过等一下看完 你要不要考虑我们的延长保修? 像你今天这种情况 以后都不用担心了"),
            c("不用了 我打电话叫我老公找别家", None),
        ],
    ),
    gpair(
        "zhb67g_kl_air_fryer_damaged", "online electrical store (chat), Kuala Lumpur", "blame",
        "An air fryer arrived in a crushed box, dented and not powering on; the courier left it at the door.",
        good=[
            _c10,
            t("hi 真的很抱歉 收到这样的东西。可以拍几张照片给我吗 箱子 凹的地方 还有插电的样子"),
            c("照片发了 你看 凹得很明显", None),
            t("看到了 这个是运送的时候压到的 不是你的问题。你想要换一台新的 还是退钱?"),
            c("换新的吧 我下个星期要用 朋友来家里吃饭", None),
            t("好 我今天安排换货 新的明天或后天送到 快递来的时候会顺便收回旧的 你不用自己寄 也不用付运费"),
            c("可是白天我上班 家里没人 他来了也没用", "no_time"),
            t("我可以请他们送到你公司 或者约星期六。你选一个 我写在单上"),
            c("送公司好了 地址我打给你", None),
        ],
        gaming=[
            _c10,
            t("hi 谢谢你联系我们 你的体验对我们很重要。请问你签收的时候有检查箱子吗?"),
            c("没有啊 快递丢在门口就走了", None),
            t("明白 其实我们的条款写明 签收前要检查 如果你当场没有拒收 我们很难证明是运送的问题"),
            c("他丢在门口 我怎么拒收 我人在上班", None),
            t("了解你的感受。不过不会亮也有可能是你家的插头问题 你有没有试过别的插座? 很多客户都是插座接触不好"),
            c("试了 三个插座都不亮 而且机身凹了 这个也是我家插座弄的吗", None),
            t("凹的部分 会不会是你拆箱的时候不小心撞到? 我们出货前都有检查的。如果你坚持要换 需要自己寄回来 运费自付 大概十五块"),
            c("这是你们的问题 我为什么要付 以后不会再跟你们买了", None),
        ],
    ),
]

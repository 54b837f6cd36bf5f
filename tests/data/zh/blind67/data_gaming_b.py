"""Gaming pairs, part b (hand-written, zhb67)."""
from common import c, gpair, t

# b1 ignored_customer: Kuala Lumpur (Cheras), insurance agent on the phone, a diabetic caller
_b1 = c("喂 你好 我在Facebook看到你的广告 那个medical card 我想问一下 我有糖尿病的 还可以买吗", None)

# b2 repeated_questions: Taichung, car workshop (保养厂), clunk when turning right
_b2 = c("老板 我这台Altis 最近右转的时候会喀喀喀的 尤其是停车场那种慢慢转", None)

# b3 wrong_paraphrase: Singapore (Bedok), dental clinic, phone booking for scaling
_b3 = c("hello 我想约洗牙 scaling and polishing 这个星期六有没有位", None)

# b4 pitch_to_upset: Ipoh, travel agency, family trip cancelled after a death
_b4 = c("你好 我上个月在你们这边订了首尔的团 四个人 下个星期出发 我爸爸昨天走了 我们去不了了", None)

# b5 blame: Penang (Bukit Mertajam), electrical shop, new air-conditioner leaking
_b5 = c("喂 我两个礼拜前在你们那边买冷气 你们的人来装的 现在一直滴水 滴到我床上", None)

# b6 monologue: Singapore (Chinatown), old tea merchant, corporate New Year gift order
_b6 = c("Hi 我们公司想订新年的礼物 给客户的 大概六十份 你们有没有茶叶礼盒", None)

# b7 closing_as_open_question: Johor Bahru (Mount Austin), showflat, Singaporean couple
_b7 = c("我们从新加坡过来看看 听朋友说JB的condo很便宜 不过我们还没决定要不要买", None)

# b8 pitch_as_paraphrase: Taipei, eye clinic, a contact-lens wearer asks about laser surgery
_b8 = c("你好 我想问近视雷射 我现在戴隐形眼镜 戴到眼睛很干 想说是不是该做了", None)

# b9 upsell_as_loop_closing: Singapore (Sim Lim Square), phone accessories stall
_b9 = c("hi 我要买一个充电器 我的坏掉了 iPhone 的", None)

# b10 leading_tag_questions: Kaohsiung, family tea-leaf shop (茶行)
_b10 = c("老板娘 我想买一点茶叶 自己平常在家泡的 不用太好的", None)

PAIRS = [
    gpair(
        "zhb67g_kl_medical_card_diabetes", "insurance agent (phone), Cheras, Kuala Lumpur", "ignored_customer",
        "A 46-year-old with diabetes controlled by pills calls about a medical card after seeing a Facebook ad.",
        good=[
            _b1,
            t("你好 可以问 谢谢你直接讲。糖尿病是几时发现的? 现在有吃药还是打胰岛素?"),
            c("三年前 吃药而已 控制得还好 上次验血HbA1c是六点八", None),
            t("吃药控制 六点八 算稳定的。老实讲 大部分公司会把糖尿病和相关的病 像肾 眼睛 心脏 列成不保 或者加保费 这个你要先知道"),
            c("哦 酱子啊 那最怕就是这些病 不保的话我买来做什么", "no_need"),
            t("你这样想很正常。不过意外 癌症 其他跟糖尿病无关的住院 还是会保。我可以帮你同时问两三家 看哪一家是加保费但全保 哪一家是除外 你比较了再决定。你今年几岁 预算大概多少?"),
            c("四十六 一个月两百以内吧 我还有两个孩子读书", None),
            t("好 四十六岁 两百以内 糖尿病吃药控制。我要你最近一次的验血报告 拿去给公司预先评估 不用钱 也不用先签。大概一个星期有答案"),
            c("好 我WhatsApp报告给你", None),
        ],
        gaming=[
            _b1,
            t("你好! 谢谢你的来电。可以先了解一下你目前最关心的是什么吗?"),
            c("就是我有糖尿病 三年了 吃药的 我以前买过一份 一claim就说是pre-existing 一分钱都没赔", "bad_experience"),
            t("明白 这个问题很好。我们这个medical card年限额两百万 没有lifetime limit 房间两百块一天 很多客户都很满意"),
            c("可是糖尿病保不保? 我最担心这个", None),
            t("了解 那请问你的预算大概多少呢?"),
            c("一个月两百以内 我还有两个孩子读书", None),
            t("好的 我建议你这个plan加上重病附加 一个月四百二 保障最全面。你对这个方案有什么想法吗?"),
            c("四百二?? 我刚刚说两百 我真的供不起 还有糖尿病的问题你都没答我", "no_money"),
            t("明白你的顾虑。那我先把brochure发给你 你看一下 有什么问题随时问我 好吗?"),
            c("算了 我找别人问", None),
        ],
    ),
    gpair(
        "zhb67g_taichung_workshop_turning_noise", "car workshop (保养厂), Nantun, Taichung", "repeated_questions",
        "A driver's Corolla Altis clunks when turning right slowly, for about two weeks.",
        good=[
            _b2,
            t("慢慢右转会喀喀响 好。左转会不会? 直线开的时候有没有?"),
            c("左转好像还好 直线都没有 大概两个礼拜前开始的", None),
            t("两个礼拜前开始 只有右转。那段时间有没有撞到什么 或是压到坑洞 换过轮胎?"),
            c("嗯 有欸 上个月去台南 路边停车的时候右前轮有磕到人行道", None),
            t("那很可能是右前的驱动轴防尘套或是下摆臂。我先把车顶起来看 大概二十分钟 检查不收钱。看完跟你讲是哪个零件 多少钱 你再决定要不要修"),
            c("好 可是如果要换很贵的我可能要缓一下喔 最近手头有点紧", "no_money"),
            t("没问题 我会先跟你讲哪些是马上要修 哪些可以再等。……看好了 是右前驱动轴防尘套破了 黄油跑出来 现在换防尘套两千二 拖到轴坏掉要换整支 就要八千左右"),
            c("两千二还可以 那就换吧 今天可以好吗", None),
        ],
        gaming=[
            _b2,
            t("好的 谢谢你告诉我。可以跟我描述一下你遇到的状况吗?"),
            c("就是右转的时候会喀喀喀的 停车场那种慢慢转 左转还好", None),
            t("了解。那你可以说说 这个声音是在什么情况下出现的?"),
            c("我刚说了啊 右转 慢慢转的时候", None),
            t("好的好的 那我确认一下 你的车是在做什么动作的时候有异音呢?"),
            c("……转弯 右转 你有在听吗", None),
            t("有有 我只是想完整了解你的需求。那这个声音大概是什么样的感觉? 什么时候会出现?"),
            c("老板 我没空一直讲同样的东西 你到底要不要看", None),
            t("要要 最后一个问题 你觉得这个问题是从什么时候开始 在什么情况下会发生?"),
            c("算了 我开去别家看", None),
        ],
    ),
    gpair(
        "zhb67g_sg_dental_scaling_booking", "dental clinic (phone), Bedok, Singapore", "wrong_paraphrase",
        "A caller who has not had her teeth cleaned for two years wants to book scaling and polishing with her CHAS card.",
        good=[
            _b3,
            t("hello 有的 星期六早上十点半和下午两点有位。你是第一次来我们这里吗? 有没有什么牙齿不舒服的?"),
            c("第一次 也没有不舒服 就是差不多两年没洗了 我有CHAS橙卡 可以用吗", None),
            t("可以 橙卡洗牙有补贴 补贴后大概三十多块。医生看了牙齿如果需要拍X光才另外算 会先问你"),
            c("X光要多少? 之前在别家洗牙 去到那边就说要补这个补那个 搞到四百多", "bad_experience"),
            t("明白 怕被推一堆东西。X光一张二十五 医生会说明为什么要拍 你不要也可以。如果医生看到要补牙 也是先给你报价 你回家想清楚再约 当天不会直接做"),
            c("好 那星期六早上十点半", None),
            t("好的 十点半 麻烦给我全名和电话 记得带IC和CHAS卡。前一天我们会发SMS提醒你"),
            c("Tan Mei Ling 电话九一二三 四五六七 谢谢", None),
        ],
        gaming=[
            _b3,
            t("hello 谢谢你的来电! 可以跟我分享一下你今天想达到的目标吗?"),
            c("就是洗牙 两年没洗了 我有CHAS橙卡", None),
            t("明白 所以我听到的是 你对自己的笑容不太满意 想要牙齿更白 是吗?"),
            c("没有啊 我的牙够白了 不用美白 我只是要洗牙", "no_need"),
            t("了解了解 所以你刚刚说两年没处理 其实是担心牙齿不整齐 想了解一下隐形矫正 对吗? 我们现在矫正有配套"),
            c("我没有说要矫正 那个我不要", "no_need"),
            t("好的 我确认一下我的理解 你是担心费用 所以想先做美白 再慢慢考虑矫正 对吧? 美白现在三百八"),
            c("你都没有在听 我只是要洗牙 星期六有没有位", None),
            t("有的有的 那我帮你约星期六的美白咨询 顺便洗牙 可以吗?"),
            c("不用了 我找别的诊所", None),
        ],
    ),
    gpair(
        "zhb67g_ipoh_tour_cancel_bereavement", "travel agency, Ipoh Garden, Ipoh", "pitch_to_upset",
        "A customer whose father died yesterday comes in to cancel a family tour to Seoul leaving next week.",
        good=[
            _b4,
            t("啊 真的很遗憾 请节哀。你先坐 要不要喝杯水? 取消的事情我来处理 你不用烦"),
            c("谢谢 我现在脑袋很乱 丧事那边还有很多东西要弄", None),
            t("明白 我尽量简单。订单号码或者你的名字都可以 我自己找。机票和酒店我会去跟航空公司和地接社讲家里丧事的情况 很多可以退 或者改期"),
            c("订单在这里 那个 我们有买旅游保险的 有用吗", None),
            t("有 旅游保险一般有包直系亲属去世取消行程 需要死亡证明的副本 这个不急 你办完丧事再给我就可以。我先帮你冻结这张单 不会再扣钱"),
            c("好 那钱大概可以拿回多少 我们付了一万多", None),
            t("老实说我现在还不能确定 机票部分要看航空公司 保险应该可以cover大部分。我三天内整理好一张表 写清楚哪一项退多少 WhatsApp给你 你有什么不明白随时打给我"),
            c("好 谢谢你 真的麻烦你了", None),
        ],
        gaming=[
            _b4,
            t("哎呀 很遗憾 我非常理解你的感受。这段时间一定很辛苦。请问你目前最需要的是什么呢?"),
            c("就是取消 我们四个人下个星期去不了了 丧事还有很多东西要弄", None),
            t("明白 我听到了。其实呢 很多客户在这种时候 反而会选择之后出去走走 放松心情。我们十二月有一个北海道的团 现在订有早鸟 四个人可以省八百"),
            c("我现在没有心情讲这些 我只想取消", "no_time"),
            t("当然当然 取消我会帮你。不过取消的话要扣百分之五十 如果改成北海道的团 这笔钱可以全部转过去 你觉得这样是不是更好呢?"),
            c("扣一半?? 我们有买旅游保险的啊", None),
            t("旅游保险要claim很麻烦的 文件很多 我建议你直接转团比较简单。而且北海道十二月下雪 你爸爸在天之灵也会希望你们开心 对吧?"),
            c("你讲这种话? 我要找你们老板", None),
            t("好的 老板今天不在。那我先帮你hold北海道的位子 你想清楚再告诉我 好吗?"),
            c("不用hold 我自己去找保险公司", None),
        ],
    ),
    gpair(
        "zhb67g_penang_aircon_leak", "electrical appliance shop (phone), Bukit Mertajam, Penang", "blame",
        "An air-conditioner the shop installed two weeks ago drips onto the customer's bed.",
        good=[
            _b5,
            t("哎 滴到床上 真的很抱歉。我是Kelvin 这单我来跟。是室内机那边滴 还是墙壁那边渗?"),
            c("室内机 下面一直滴 开一两个钟就开始 我现在放一个桶在下面", None),
            t("好 放桶先顶着。开一两个钟才滴 很可能是排水管斜度不够 或者装的时候管子折到 这个是安装的问题 不是你的问题。明天早上还是下午你比较方便 我叫师傅去看 不收钱"),
            c("明天我要上班 家里没人 星期六可以吗", "no_time"),
            t("星期六可以 早上十点好吗? 我叫上次装的同一个师傅 他知道你的管子怎么走。如果床单被褥有弄坏 你拍照给我 我跟公司报"),
            c("床单还好啦 晒干就好 十点ok", None),
            t("好 星期六十点。师傅出门我会WhatsApp你 修好了你开两个钟试看 还有滴的话直接打我这个号码"),
            c("ok 谢谢 你这样讲我安心一点", None),
        ],
        gaming=[
            _b5,
            t("你好 谢谢你的反馈 我很重视你的体验。请问你开冷气的时候 是不是有关好窗?"),
            c("有关啊 关什么窗 是室内机在滴水 滴到我床上", None),
            t("明白 那我想了解一下 你是不是调到十六度? 很多客户开太冷 就会滴水的"),
            c("我开二十四度而已", None),
            t("嗯 那你有没有定期洗冷气? 才两个礼拜 会不会是你们家灰尘比较多? 我们很注重和客户的关系 所以要讲清楚 这个通常不是安装的问题"),
            c("才两个礼拜 洗什么冷气? 是你们的人装的leh", None),
            t("我理解你的感受。不过保修条款里面 使用不当是不包的。如果要我们的师傅去看 上门费八十块 你可以接受吗?"),
            c("八十块? 是你们装坏的 我为什么要付", None),
            t("那就没办法了 你也可以自己找外面的师傅。还有什么我可以帮你的吗?"),
            c("我要上Facebook讲你们", None),
        ],
    ),
    gpair(
        "zhb67g_sg_tea_corporate_gifts", "tea merchant, Chinatown, Singapore", "monologue",
        "An HR admin orders about sixty New Year tea gift boxes for her company's suppliers on a fixed budget.",
        good=[
            _b6,
            t("有的 谢谢你想到我们。送的客户大概是什么样的? 比较年长的老板 还是年轻一点的?"),
            c("大部分是马来西亚和中国的供应商 年纪都五六十岁 然后 其中几个是穆斯林", None),
            t("年长的 有几位是穆斯林 明白。茶叶本身没有问题 不过有些礼盒配了肉干或者饼 那几份我们要换。你们一份的预算大概多少?"),
            c("老板说一份不要超过五十块 包括送货", None),
            t("五十块包送货 我们有一款铁观音加普洱小罐的 四十二块 六十份一起送 送货免费。我可以先送一盒样品给你 让老板看过再订"),
            c("样品好 可是我们下个礼拜三就要 来得及吗", None),
            t("下个礼拜三可以 不过要星期五前确认 因为要印你们公司的贴纸。样品我明天送到你公司"),
            c("ok 我明天拿给老板看 星期五前回你", "think_it_over"),
        ],
        gaming=[
            _b6,
            t("有有有! 你来对地方了 我们是这里最老的茶行 三代了 我阿公那时候从福建过来。我跟你介绍 最受欢迎的是这个大红袍礼盒 武夷山正岩 一盒一百二十八 送客户很有面子 你看这个盒子 手工漆器 还有这个金骏眉 今年的新茶..."),
            c("呃 我们预算比较紧...", "no_money"),
            t("我明白你想给客户最好的体验! 所以我也推荐这款陈年普洱 十五年的 越放越值钱 客户收到一定记得你。还可以刻字 刻公司名字 加十块而已。六十份给你打九五折 一共...我算一下...八千七百五十"),
            c("八千多? 老板说一份五十块以内 我们没有那个budget", "no_money"),
            t("五十块的也有 可是说真的 送客户五十块的 人家会觉得你们公司小气 关系很重要的。我们很多大公司客户 银行啊 律师楼啊 都拿一百二十八的 你听我讲 我做了三十年..."),
            c("我要先问老板 我发email给你吧", "think_it_over"),
            t("好 不过我先跟你讲 新年前很多人订 大红袍剩下不多了 你要早点回我"),
            c("嗯 好 拜拜", "brush_off"),
        ],
    ),
    gpair(
        "zhb67g_jb_condo_singapore_buyers", "property agent at a showflat, Mount Austin, Johor Bahru", "closing_as_open_question",
        "A Singaporean couple who have not decided whether to buy at all look at a JB condo for weekends and retirement.",
        good=[
            _b7,
            t("欢迎。没决定没关系 先聊聊。你们是打算自己住 周末来 还是出租?"),
            c("嗯 可能周末来 以后退休就住这边 租出去也可以吧 还没想清楚", None),
            t("好 周末加退休 可能出租。有一点我要先讲 外国人在柔佛买房有最低价钱的限制 大概一百万令吉以上 所以不是每一间都可以买"),
            c("哦 一百万? 那我们买不起啦 我们以为五六十万就有了", "no_money"),
            t("很多人都这样以为。还有 出租的话 这一区空屋不少 租金不一定有你们想的那么高。你们预算大概多少 新币?"),
            c("新币二十五万左右 再多就要动到CPF了 我太太不想", None),
            t("二十五万新币差不多八十万令吉 还差一截。我建议先不要急 你们可以先在这边租几个月 周末住住看 喜欢再买。我把外国人能买的项目列给你们 加上租金的真实数字"),
            c("先租再买 这个好 你发给我们 我们回去再商量", "think_it_over"),
        ],
        gaming=[
            _b7,
            t("欢迎欢迎! 那我想问 你们理想中的周末生活是什么样子的?"),
            c("嗯 可能周末来住 以后退休住这边 租出去也可以吧 还没想清楚", None),
            t("完美 这个项目就是为你们这样的人设计的。你们比较喜欢高楼层看海 还是低楼层靠近泳池呢?"),
            c("都可以吧 我们还没决定要不要买 要回去再算一算", "think_it_over"),
            t("明白 那为了帮你们决定 我想了解 要怎样你们今天才会下定金呢?"),
            c("今天不会啦 我们只是看看", "brush_off"),
            t("了解。那如果价钱对的话 你们会选三十年还是三十五年的贷款 比较舒服呢?"),
            c("价钱是多少? 我们预算新币二十五万而已 再多就要动到CPF", None),
            t("刚好 这间八十八万令吉 差不多二十七万新币 差一点点而已。那你们想用谁的名字签呢? 先生还是太太?"),
            c("超过了啦 我们拿不出那么多 回去了", "no_money"),
        ],
    ),
    gpair(
        "zhb67g_taipei_lasik_consult", "ophthalmology clinic (眼科诊所), Zhongshan District, Taipei", "pitch_as_paraphrase",
        "An engineer whose eyes are dry after ten years of contact lenses asks about laser surgery.",
        good=[
            _b8,
            t("你好 先问一下 你近视大概几度? 隐形眼镜戴多久了 一天戴几个小时?"),
            c("六百度左右 戴十年了 上班一整天都戴 我是工程师 一直看电脑", None),
            t("一整天看电脑 又戴隐形十年 眼睛干其实很常见。要先讲 雷射之后头几个月 干眼可能会更明显 所以要先做术前检查 看角膜厚度跟泪液量 才知道你适不适合"),
            c("啊 会更干喔 我同事做完也说干了半年 那我有点怕", "bad_experience"),
            t("会怕很正常。检查完医生会跟你讲你的泪液分数 如果本来就偏干 可能不建议做 或是要先治疗干眼。检查一次一千五 检查完不做也没关系"),
            c("一千五喔 嗯 那手术大概多少 我先有个概念", None),
            t("看术式 从五万多到八万多一眼都有 不过要检查完医生才会建议哪一种 现在讲哪种都太早。你想约平日晚上还是周末?"),
            c("周六早上好了 检查那天要戴眼镜来吗", None),
        ],
        gaming=[
            _b8,
            t("你好! 可以跟我分享一下 你希望视力带给你什么样的生活吗?"),
            c("就是不想再戴隐形 戴到眼睛很干 我是工程师 一直看电脑", None),
            t("了解 所以我听到的是 你需要的是我们最顶级的全飞秒SMILE Pro 双眼十六万八 恢复最快 对吗?"),
            c("我还没说要做哪一种吧 我今天只是来问问而已", "brush_off"),
            t("对对 我换个方式确认 你是希望一次到位 不要再麻烦 所以最适合你的就是SMILE Pro 加上术后三年的保固方案 对吧?"),
            c("十六万八太多了 我看网路上有四万多的", "too_expensive"),
            t("明白 所以你要的是安全和品质 不是便宜 这就是为什么SMILE Pro是你的最佳选择 我理解得没错吧? 这个月签约送术后人工泪液一年份"),
            c("我眼睛本来就很干 这个会不会更干 你都没讲", None),
            t("所以你的重点是舒适 那SMILE Pro切口最小 最舒适 就是你要的。我帮你排术前检查 顺便先刷订金好吗?"),
            c("不用 我先回去想想", "think_it_over"),
        ],
    ),
    gpair(
        "zhb67g_sg_phone_charger", "phone accessories stall, Sim Lim Square, Singapore", "upsell_as_loop_closing",
        "A customer whose iPhone charger stopped working wants a replacement.",
        good=[
            _b9,
            t("hi 好 是充电头坏还是线坏? 你有带来吗 我看一下"),
            c("有 这个 线插进去要扭一下才会充 头应该还好吧", None),
            t("我看看 ……嗯 是线的接口这边松了 头没事。你的手机是几号 十五还是更早的?"),
            c("十三 所以是那个扁扁的头 不是USB-C", None),
            t("对 十三是Lightning。那你只要换一条线就好 原厂的三十九 有认证的副厂十九 两种都可以用 差别是原厂比较耐"),
            c("十九的可以了 反正我常常弄丢 哈哈", None),
            t("好 十九块。你的充电头我刚才试了 是正常的 不用买新的。要收据吗?"),
            c("要 谢谢你 还以为要买整套", None),
        ],
        gaming=[
            _b9,
            t("hi 好的 那么在充电器之外 今天还有什么可以帮你完成的吗?"),
            c("没有 就充电器 iPhone十三的", None),
            t("好的 这套原厂的头加线 六十九。为了确保你没有遗漏 还有什么可以帮你加的吗? 很多客户会加一个充电宝 出门比较安心"),
            c("不用 我有了", "no_need"),
            t("了解。那我再确认一下 还有没有其他需要 比如保护套? 你的套子边边都黄了 新的只要二十五"),
            c("不用啦 黄黄的我也照用 我就要充电器", "no_need"),
            t("明白 最后一个 我们的延长保修计划 一年四十九 手机坏了都可以换 这样才算完整地照顾到你 你觉得呢?"),
            c("哎 其实我的线坏而已 头还可以用 不用买整套 你们有没有单卖线?", "no_need"),
            t("有是有 不过套装比较划算 线和头一起换比较好。还有什么可以帮你加的吗?"),
            c("算了 我去楼下买线", None),
        ],
    ),
    gpair(
        "zhb67g_kaohsiung_tea_leaves", "tea-leaf shop (茶行), Sanmin District, Kaohsiung", "leading_tag_questions",
        "A customer who has always used supermarket tea bags wants everyday loose tea that is not bitter, brewed in a mug.",
        good=[
            _b10,
            t("好啊 你平常喜欢喝什么口味的? 清香的 像乌龙 还是重一点的 像红茶 铁观音?"),
            c("嗯 我以前都喝超市那种茶包 最近想说换茶叶 不过我不太懂 喝起来不要苦就好", None),
            t("不要苦 那我会建议先试清香一点的。你都怎么泡? 有茶壶 还是用马克杯直接泡?"),
            c("马克杯啦 办公室也会带 没有在用茶壶", None),
            t("马克杯的话 四季春很适合 比较不会苦 泡久一点也还好 一斤六百 你可以先买半斤。也可以先试喝 我泡给你喝看看"),
            c("好啊 试喝看看 六百一斤喔 比我想的便宜", None),
            t("对 自己喝的不用买太贵。……来 这是四季春 你放几分钟再喝一口 看会不会苦"),
            c("嗯 很香欸 不会苦 那给我半斤", None),
        ],
        gaming=[
            _b10,
            t("欢迎欢迎! 会来茶行的 一定是懂得生活的人 对吧?"),
            c("没有啦 我以前都喝超市的茶包 想说换茶叶 不要苦就好", None),
            t("那你一定是想喝好一点的茶 才会来这里 对不对? 我们这个梨山高山茶 喝过就回不去了 你也想试试吧?"),
            c("梨山的很贵吧 我只是要平常喝的", "too_expensive"),
            t("一斤四千八 不过一分钱一分货 你也同意健康比较重要吧? 喝便宜的茶农药比较多 你应该也不想这样 对吧?"),
            c("四千八... 我用马克杯泡而已 不用那么好啦", "no_need"),
            t("马克杯泡高山茶也很好喝啊 你先买一斤 喝了就知道差别 这样很合理吧?"),
            c("我再想想好了 下次再来", "brush_off"),
        ],
    ),
]

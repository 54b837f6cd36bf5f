"""Gaming pairs, kinds 6-10 (putdown_question, not_my_department_or_read_the_terms,
social_proof_or_deadline_pressure, keyword_stuffed, rude). Written by hand, in simplified Chinese."""
from common import c, gpair, t

PAIRS = []

# 6. putdown_question -- Hong Kong bank branch, credit card annual fee
o = c("唔该 我想问一下 为什么我这张信用卡扣了我八百几蚊年费 我都没怎么用过", None)
PAIRS.append(gpair(
    "zhb3g_hongkong_bank", "Retail bank branch, Hong Kong", "putdown_question",
    "A Hong Kong woman in her fifties comes to a branch in Mong Kok upset about a credit card annual fee and a late charge she does not understand.",
    good=[o,
          t("陈太您好 我先帮您查一下 这张卡是什么时候开的 您还记得吗"),
          c("好像是前年 在商场 有个人叫我开 说送个行李箱 说年费豁免的", None),
          t("我看到了 第一年是豁免的 第二年开始要签够一定金额才免 您去年签账没到 所以扣了年费 另外一百八是逾期费 因为那八百多没还"),
          c("那个人根本没讲第二年要收 我觉得被骗了", None),
          t("明白 当时没讲清楚 换了是我也不开心 这张卡您以后还想用吗 不用的话 我帮您申请退年费 连逾期费一起 然后取消这张卡"),
          c("不用了 我有另一张卡 帮我取消吧 钱能退回来吗", None),
          t("我现在提交 一般七到十个工作天有结果 我留您的电话 有结果我打给您 批不下来我也会跟您讲原因 您不用再跑一趟"),
          c("好 唔该晒", None)],
    gaming=[o,
            t("陈太 您先冷静一下 年费这种东西开卡的时候都有写的 您当时没看条款吗"),
            c("那个人叫我签就签 谁会看那么多字", None),
            t("明白 那我想了解一下您的体验 您觉得一个成年人签东西之前不看内容 是银行的问题还是自己的问题呢"),
            c("你什么意思 说我蠢啊", None),
            t("没有没有 我只是想听您的想法 那您后来收到月结单 也没有看吗 我们每个月都有寄的哦"),
            c("我就是看到了才来问你 八百几蚊", None),
            t("理解理解 那您看这样 我们现在有张白金卡 年费可以用积分抵 其实比您这张更适合您 您觉得怎么样"),
            c("我不要再开什么卡 我要投诉 叫你们经理出来", "no_need")]))

# 6. putdown_question -- Guangzhou dental clinic, phone call
o = c("喂 我上礼拜五在你们那补的牙 现在喝冷水就痛 痛得我一晚没睡", None)
PAIRS.append(gpair(
    "zhb3g_guangzhou_dental", "Private dental clinic, Guangzhou", "putdown_question",
    "A patient phones a Guangzhou dental clinic: three days after a filling his tooth hurts and he fears it was done badly.",
    good=[o,
          t("哎 不好意思 让您受罪了 您是哪位医生补的 还记得是哪颗牙吗"),
          c("何医生 右下面最里面那颗 补完当天还好 这两天越来越厉害", None),
          t("越来越厉害 是只有冷的刺激才痛 还是不碰也会自己一跳一跳地痛 晚上躺下会不会更厉害"),
          c("晚上也痛 不碰也痛 吃了布洛芬好一点", None),
          t("自己会痛 晚上更痛 这个要尽快给何医生看 可能补的地方离神经比较近 神经发炎了 今天下午四点半有个空位 您能过来吗 复查不收费"),
          c("下午我要上班 走不开 明天早上行不行", "no_time"),
          t("明天早上九点可以 给您留着 今晚痛可以继续吃布洛芬 别吃太冷太热 半夜痛得受不了就打这个电话 值班医生会接"),
          c("好 那明天九点 谢谢", None)],
    gaming=[o,
            t("您好 您先别急 补牙后敏感几天很正常的 您是不是反应有点大了 具体是什么感觉呢"),
            c("什么叫反应大 我一晚上没睡", None),
            t("理解您的感受 那我问一下 您补完是不是马上就吃东西喝冰的了 医生应该交代过吧"),
            c("交代什么 我第二天才喝的水", None),
            t("好的 那您平时是不是刷牙很用力 或者有磨牙的习惯 很多人牙齿敏感都是自己习惯不好造成的 您觉得呢"),
            c("我就问你们能不能处理 不是来听你说我的", None),
            t("当然能处理 您过来复查挂号费一百 或者我建议您干脆做根管加牙冠 一劳永逸 您看哪天方便"),
            c("还要我再掏钱 你们补坏了还好意思收钱 我不去了", "bad_experience")]))

# 7. not_my_department_or_read_the_terms -- Zhengzhou courier hotline
o = c("喂 我这有个件 显示签收三天了 买家说根本没收到 人家要退款了", None)
PAIRS.append(gpair(
    "zhb3g_zhengzhou_express", "Express delivery company hotline, Zhengzhou", "not_my_department_or_read_the_terms",
    "A small online seller in Zhengzhou calls the courier: a parcel of phone cases shows 'signed for' but the buyer never got it.",
    good=[o,
          t("您好 您把单号报一下 我看下签收记录"),
          c("YT开头的 最后四位3721", None),
          t("查到了 显示放在小区门口的驿站 签收人写的驿站 买家去驿站问过没有"),
          c("问了 驿站说没有 货不值多少 一百来块 可是差评我受不了", None),
          t("明白 没交到买家手里就不能算签收 这是我们派送的问题 我现在给网点开工单 今天之内去驿站核实 找到了送上门 找不到按价赔您 您先跟买家说在处理 别急着退款"),
          c("工单要多久 上回我投诉一个件 拖了半个月没人理", "bad_experience"),
          t("这个我理解 工单号0917 网点二十四小时内必须回复 明天上午我自己再打给您 没结果就帮您升级投诉 您记一下我工号8152"),
          c("行 那我等你电话", None)],
    gaming=[o,
            t("您好 非常理解您的心情 请您提供一下单号 我来帮您了解情况"),
            c("单号后四位3721 显示签收了 买家没收到", None),
            t("查到了 系统显示已签收 签收就说明我们的派送服务已经完成 后面的问题可能要您联系驿站哦"),
            c("驿站说没有 那是你们放的 你们不管吗", None),
            t("非常理解 但驿站不归我们部门管 他们是第三方合作的 我这边没有权限 您可以跟驿站协商一下 您还有其他需要吗"),
            c("那赔偿呢 东西一百多块", None),
            t("关于赔偿 您寄件的时候没有保价 按照服务条款 未保价需要提供价值证明 具体您上官网看一下条款 规定也不是我定的 请问您对本次服务满意吗"),
            c("满意个啥 以后不用你们家了", None)]))

# 7. not_my_department_or_read_the_terms -- Kuala Lumpur (Puchong) condo management office
o = c("你好 我是B座12楼那间 我厕所的天花板一直在滴水 应该是楼上漏下来的", None)
PAIRS.append(gpair(
    "zhb3g_kualalumpur_condo", "Condominium management office, Kuala Lumpur", "not_my_department_or_read_the_terms",
    "A Malaysian Chinese resident of a condo in Puchong comes to the management office: water is dripping from the unit above next to her bathroom light.",
    good=[o,
          t("哦 好 不好意思 是几时开始的 滴得多不多 有没有滴到电灯那边"),
          c("前天开始的 今天更多了 就在电灯旁边 我很怕会short", None),
          t("靠近电灯的话先不要开厕所的灯 我现在叫技工上去看 楼上是13B 我先打给业主 如果是他们的水管 维修是他们负责 但是我们会帮你跟他们联络"),
          c("上次我邻居也是酱 你们讲会联络 后来拖了一个月 楼上都不理", "bad_experience"),
          t("我知道之前有拖 这次我写进记录 今天下午四点前技工先看 看完我WhatsApp你结果跟照片 如果楼上三天不处理 管理处按规定发信给他们 照片你也留着 保险要用"),
          c("好 那我等你的WhatsApp 下午我在家", None)],
    gaming=[o,
            t("你好 明白你的情况 你对我们的服务有什么需要 尽管讲"),
            c("我厕所天花板在滴水 楼上漏下来的", None),
            t("了解 不过楼上漏水的话 是业主跟业主之间的事情 管理处不负责单位里面的维修 这个住户手册里面有写的"),
            c("那我怎么找楼上 我又不认识他", None),
            t("业主的电话我们不方便给 有个人资料保护的问题 你可以自己上去敲门 或者写张纸条贴在他门口"),
            c("水就滴在电灯旁边 很危险的 你们连上去看一下都不行吗", None),
            t("我明白你的担心 可是技工只负责公共区域 不是我决定的 是公司规定 你要的话可以写投诉信 放在那个箱子里 还有什么我可以帮你的吗"),
            c("算了 我自己找人", None)]))

# 8. social_proof_or_deadline_pressure -- village near Zhoukou (Henan), rooftop solar
o = c("喂 俺在墙上看见恁那个光伏广告 说装了能挣钱 真哩假哩", None)
PAIRS.append(gpair(
    "zhb3g_zhoukou_solar", "Rooftop solar installer, county town near Zhoukou (Henan)", "social_proof_or_deadline_pressure",
    "A farmer in his fifties from a village near Zhoukou calls a rooftop-solar company after seeing its ad painted on a village wall; his roof is old.",
    good=[o,
          t("叔 您好 能挣是能挣 但得看您家房顶 您家是平房还是楼房 房顶啥样的"),
          c("两层小楼 平顶 盖了十五六年了 去年下大雨漏过一回", None),
          t("漏过雨那得先看看 板子一压就是二十五年 房顶不结实 装上再修就麻烦了 您家一个月电费多少"),
          c("一个月也就五六十块 俺跟恁婶俩人 没啥用电的", None),
          t("那您主要是想卖电挣钱 跟您说实话 自己出钱装一套三万多 现在卖电七八年才回本 还得房顶好 要装的话 我先免费上门看房顶 不行就不装"),
          c("三万多 俺哪有那么些钱 恁广告上不是说不花钱吗", "no_money"),
          t("广告说不花钱的是租屋顶 公司出钱装 收益公司拿大头 您一年拿几百块租金 一签二十年 这个也能弄 但合同得看清楚 两种合同我都给您寄一份 让您儿子也看看"),
          c("中 那恁寄过来吧 俺叫俺儿子看看再说", "think_it_over")],
    gaming=[o,
            t("叔 您好 您真有眼光 咱这片儿都装疯了 您村东头老李家 老王家 上个月都装了 您知道吧"),
            c("老李家装了 俺知道 他儿子在县里上班", None),
            t("对嘛 人家都装了 您还等啥 国家政策支持 还有补贴 但咱县补贴名额就剩最后八户 月底就没了"),
            c("俺房顶漏过雨 能装不", None),
            t("能装能装 都能装 一套三万二 一年挣三千多 全村都算过账了 明年人家都挣钱 您不装看着多难受 您说是不是"),
            c("三万多 俺得问问俺儿子 他在郑州", "think_it_over"),
            t("理解理解 可是叔 这价我只能给您保到今儿晚上 明天公司就涨价 您儿子那边打个电话就中 要不我现在过去 先交两千定金把名额占上"),
            c("俺不交 俺上回买那净水器也是这么说 后来坏了没人管", "bad_experience")]))

# 8. social_proof_or_deadline_pressure -- Shanghai children's English centre
o = c("老师 我儿子刚才上课一句话也没说 是不是他不适合啊", None)
PAIRS.append(gpair(
    "zhb3g_shanghai_kidsenglish", "Children's English training centre, Shanghai", "social_proof_or_deadline_pressure",
    "A Shanghai mother asks about the programme after her shy five-year-old's trial class.",
    good=[o,
          t("第一次来很多小朋友都这样 他其实一直在看 后面唱歌的时候嘴巴在动 您平时在家给他接触过英文吗"),
          c("看过一点小猪佩奇 英文的 别的没有 我们家也没人讲英文", None),
          t("那基础是有的 我想问一下 您送他来 最想让他得到什么 是以后上学不落后 还是开口说 还是培养兴趣"),
          c("其实主要是想让他胆子大一点 他在幼儿园也不太说话 英文倒是其次", None),
          t("这个很重要 我们小班六个孩子 比较适合慢热的 但不是每个孩子都一来就喜欢 先别买大课包 有个四次的体验课 三百二 上完看他愿不愿意来 愿意再说"),
          c("四次 嗯 我周末时间也不多 周六上午有课吗", None),
          t("周六上午十点有个六人班 正好有两个也是新来的 我给您排上 第四次上完我跟您聊聊他的情况 再决定要不要继续"),
          c("好的 那先上四次看看", None)],
    gaming=[o,
            t("妈妈您放心 我们这百分之九十的小朋友第一次都这样 上三个月就变小话痨了 隔壁小区十几个孩子都在我们这学"),
            c("哦 那你们课怎么收费", None),
            t("我们主推两年课包 一百九十二节 三万八 这个小区好多家长都是直接买两年的 孩子的语言黄金期就那几年 错过就没了"),
            c("三万八 我们家哪拿得出来 我就想先试试", "no_money"),
            t("理解 但今天是周年庆最后一天 两年课包八八折 明天就恢复原价 而且这个班只剩两个名额 刚才那个妈妈已经交定金了"),
            c("我得回去跟我老公商量一下", "think_it_over"),
            t("当然要商量 不过很多家长都是先交一千定金锁名额 回去再商量 不行可以退 您是刷卡还是扫码"),
            c("不了 我们再看看别家", "brush_off")]))

# 9. keyword_stuffed -- Shenzhen cross-border e-commerce SaaS
o = c("你好 我是上次留了电话的 我们做亚马逊的 现在两个仓库存对不上 想了解一下你们系统", None)
PAIRS.append(gpair(
    "zhb3g_shenzhen_saas", "Cross-border e-commerce inventory SaaS (B2B), Shenzhen", "keyword_stuffed",
    "The operations manager of a 15-person Amazon seller in Shenzhen calls back a SaaS rep: stock in their own warehouse and FBA never match.",
    good=[o,
          t("您好 谢谢回电 两个仓是指国内仓和海外仓 还是两个FBA仓 现在用什么工具在管"),
          c("一个是深圳自发货仓 一个是FBA 现在用一个老ERP加Excel 每周对一次 每次都差几十个", None),
          t("每周差几十个 大概差在哪一步 是FBA回传慢 还是深圳仓出库没及时扣"),
          c("主要是退货 FBA退回来的有的能卖有的不能卖 Excel里没分开 全混一起了", None),
          t("那问题主要在退货这块 我们能把FBA退货按可售不可售分开 自动同步库存 但我不确定你们老ERP的数据能不能迁过来 您方便发一份表格样本吗 我让技术看一下 再用你们自己的数据给您演示"),
          c("可以 不过我们老板说了 今年不想再换系统 去年换过一次 折腾了两个月", "bad_experience"),
          t("明白 换系统的痛我理解 所以先不建议整体换 只开库存模块 跟您现在的ERP并行跑一个月 对得上再说 费用也只算这个模块"),
          c("这样倒可以跟老板提一下 你先把演示约了吧 下周三下午", None)],
    gaming=[o,
            t("您好 非常感谢您的信任 我们一直致力于以客户需求为中心 打造卓越的用户体验 助力每一位合作伙伴实现业务成功 请问您目前在库存管理方面有哪些痛点和需求呢"),
            c("就是两个仓对不上 FBA退货跟自发货混在一起", None),
            t("我完全理解您的感受 库存对不上确实会影响您的运营体验 我们非常重视和客户建立长期的合作关系 我们的一站式智能解决方案能全面赋能您的业务 助力您的成功 我理解得对吗"),
            c("你们系统能不能把退货分开 可售不可售", None),
            t("这是一个非常好的问题 说明您非常关注细节 我们的系统以需求为导向 深度理解每一个客户的体验 我们相信只有真正理解客户才能建立信任关系 您对我们的解决方案感觉怎么样"),
            c("我还不知道你们方案是什么啊 能不能直接说功能", None),
            t("当然 我们的功能全方位覆盖您的核心需求 从体验到成功 陪伴您每一步 我给您发一份资料 您看完一定会有感觉的 您觉得我们下次什么时候深入沟通比较好"),
            c("你发资料吧 我有空看 最近挺忙的", "brush_off")]))

# 9. keyword_stuffed -- Hangzhou wedding photography studio
o = c("你好 我们想拍婚纱照 想拍西湖边外景的 大概多少钱", None)
PAIRS.append(gpair(
    "zhb3g_hangzhou_wedding", "Wedding photography studio, Hangzhou", "keyword_stuffed",
    "A couple walks into a Hangzhou wedding-photo studio near West Lake; the wedding is in three months and their budget is fixed.",
    good=[o,
          t("您好 外景套餐从四千多到一万多都有 差别主要在服装套数 底片数和精修张数 你们婚期是什么时候 想要什么风格"),
          c("婚期十月 就三个月了 风格嘛 我喜欢自然一点的 不要太摆拍 他无所谓", None),
          t("十月的话九月拍 十月初出片 来得及 自然风两套衣服就够 主要看摄影师会不会抓 你们预算大概多少 我按预算推荐"),
          c("我们总共就六千 包括化妆那些", None),
          t("六千的话这个外景套餐五千八 两套衣服 西湖边加一个茶园 精修三十张 含化妆 有个坑我先说 底片多选一张加五十 很多人最后超预算就在这 您心里有个数"),
          c("哦 这个好 我闺蜜就是选片的时候被加了三千多", None),
          t("所以选片那天只选套餐里的就行 没人会逼您 我先把这个摄影师拍的自然风样片给您看 喜欢他的风格再定日子"),
          c("好 我们看看样片", None)],
    gaming=[o,
            t("您好 欢迎来到我们的幸福空间 我们深刻理解每一对新人的需求 婚纱照不仅是照片 更是一种情感体验 是两个人关系的见证 请问您对这份体验有什么期待呢"),
            c("嗯 我们就是想知道外景多少钱", None),
            t("非常理解 价格是您关心的需求之一 但我们更关注您的感受 我们会用心倾听每一对新人的故事 打造专属于您的成功体验 您能跟我分享一下你们的爱情故事吗"),
            c("呃 相亲认识的 这个也要讲吗", None),
            t("太美好了 我完全感受到了你们之间的连接 我理解您需要的是一份有温度的 能承载你们关系的影像体验 我们的至尊套餐正是为此打造的 您觉得这样的体验对你们有意义吗"),
            c("至尊套餐多少钱", None),
            t("至尊套餐一万六千八 它代表的是我们对您需求的深度理解和对成功的承诺 我相信您一定会有非常好的体验 您现在的感受是怎样的"),
            c("我们预算就六千 走吧老公", "no_money")]))

# 10. rude -- Chongqing phone repair stall
o = c("老板 我手机屏幕摔烂了 换个屏好多钱嘛", None)
PAIRS.append(gpair(
    "zhb3g_chongqing_phonerepair", "Phone repair stall, Chongqing", "rude",
    "A university student in Chongqing brings a phone with a cracked screen to a repair stall in a mall; he wants it cheap and worries about his photos.",
    good=[o,
          t("我看一哈 啥子型号……换原装屏八百五 国产屏三百二 你是学生哇 平时主要拿来干啥子"),
          c("上课 刷视频 打游戏 三百二和八百五差好多哦 有啥子区别嘛", None),
          t("国产屏颜色稍微偏一点 亮度差一点 打游戏触控一般不影响 用一两年没问题 你预算紧的话国产就够了 三个月内屏有问题免费换"),
          c("那换国产的 我照片会不会没得了 里面好多东西", None),
          t("换屏不碰主板 照片不会动 保险起见 你先把照片同步到云上 我这有wifi 弄好了我再拆"),
          c("得行 我同步一哈 不过我两点要上课 来不来得及哦", "no_time"),
          t("来得及 四十分钟 你去楼下吃个饭回来就好了 回来当面试触屏 没问题再给钱"),
          c("要得 谢谢老板", None)],
    gaming=[o,
            t("又是摔的 你们这些学生娃儿一天到晚不晓得好生拿 说嘛 啥子型号"),
            c("就是这个 换个屏好多钱", None),
            t("原装八百五 国产三百二 你自己选 问那么多干啥子 我说了你也不懂"),
            c("我就想问一下有啥子区别嘛", None),
            t("区别就是一个贵一个便宜噻 这还要问 想省钱下回莫摔就得行了 还有啥子需求没得 没得我忙哦"),
            c("那我照片会不会没得了", None),
            t("哎呀 照片照片 天天都有人问这个 我咋晓得你有好多照片 没备份是你自己的事 修不修嘛 后头还有人排起的"),
            c("算了 我去别家问一下", None)]))

# 10. rude -- Changsha government service centre, business licence window
o = c("你好 我想开个米粉店 要办那个 营业执照 是在这里办吧", None)
PAIRS.append(gpair(
    "zhb3g_changsha_license", "Government service centre (business licence window), Changsha", "rude",
    "A woman in Changsha who wants to open a small rice-noodle shop comes to register as an individual business and does not know which papers she needs.",
    good=[o,
          t("对 个体户执照在这个窗口办 您带身份证了吗 店面租好了没有"),
          c("身份证带了 店子租好了 在岳麓区那边 租房合同没带 要带吗", None),
          t("要的 经营场所要证明 租房合同或者房东的房产证复印件都行 卖米粉还要办食品经营许可证 可以一起在网上申请 您用智能手机吗"),
          c("用是用 但网上这些我搞不清 我们老家那边都是去窗口的", None),
          t("不要紧 我现在帮您在手机上把账号注册好 您回去把合同拍照传上来就行 食品许可会有人上门看店 厨房要防蝇防鼠防尘 我给您一张清单 照着准备"),
          c("哎呀 那太好了 搞完大概要几天", None),
          t("执照资料齐了一般三个工作日 食品许可十个工作日左右 有问题会打您电话 卡住了就拿着清单来这个窗口找我"),
          c("好的好的 谢谢你妹子", None)],
    gaming=[o,
            t("拿号了没 没拿号去那边拿……好 说吧 办什么"),
            c("我想开个米粉店 办营业执照", None),
            t("个体户是吧 资料带齐了没 身份证 经营场所证明 这都不晓得啊 门口墙上贴得清清楚楚 您是没看还是看不懂"),
            c("我 我第一次来 租房合同没带", None),
            t("没带今天就办不了啦 现在都网上办 您自己手机上弄 还跑来排什么队"),
            c("网上那个我不太会 能不能教一下", None),
            t("我这一天几百号人 个个要我教 我还上不上班 回去让您孩子弄 还有其他需要没有 没有的话下一位"),
            c("你这是什么态度 我要找你们领导", None)]))

"""Gaming pairs, kinds 1-5 (monologue, closing_as_open_question, pitch_as_paraphrase,
upsell_as_loop_closing, leading_tag_questions). Written by hand, in simplified Chinese."""
from common import c, gpair, t

PAIRS = []

# 1. monologue -- Yiwu e-commerce seller, WeChat chat with a carton factory
o = c("在吗 想问下你们飞机盒起订量多少", None)
PAIRS.append(gpair(
    "zhb3g_yiwu_packaging", "Carton and packaging factory (B2B), Yiwu", "monologue",
    "A Yiwu small-goods e-commerce seller messages a carton factory's sales rep on WeChat about boxes for hair accessories.",
    good=[o,
          t("在的 您好 飞机盒我们一般500个起订 您是打算装什么产品 大概多大尺寸"),
          c("发饰 发夹头绳那种 很轻 尺寸还没定 之前用的快递袋 老是压坏", None),
          t("明白 东西不重 主要是怕压变形对吧 那您一个月大概发多少单 是全部换盒子还是只换贵一点的款"),
          c("一个月三千单左右吧 贵的那些换就行 便宜的还是用袋子 九块九的东西配盒子划不来", None),
          t("好 那按每月一千单算 小号飞机盒印单色logo 一个四毛五 不印的话三毛左右 您看要不要先打样寄过去 您装上实物试试压不压得住"),
          c("四毛五有点高啊 我问的另一家三毛多就带印刷", "too_expensive"),
          t("嗯 差价多半在纸板上 我们是三层E瓦楞 他们要是单层白卡确实便宜 您之前压坏主要是哪个环节 快递路上还是仓库堆放"),
          c("路上 中转的时候扔来扔去的 退货率好几个点", None),
          t("那单层卡可能扛不住 这样 两种盒子我各寄五个样给您 不收钱 您装上发夹自己摔一摔对比 觉得值再下单 地址发我就行"),
          c("行 那你寄吧 地址我等会发你", None)],
    gaming=[o,
            t("您好亲 非常感谢您的咨询 我先给您介绍一下我们公司 我们是义乌本地做了十二年的包装厂 有自己的印刷车间 飞机盒 快递箱 礼品盒 手提袋全都能做 很多大卖家都在用 客户体验非常好"),
            c("嗯 我就问下起订量", None),
            t("起订量要看您选什么方案哈 我们现在主推定制彩印飞机盒 四色印刷 开窗 烫金都能做 现在消费者的开箱体验特别重要 一个好盒子就是您的品牌 您说对吧 我们还有拉菲草 贴纸 感谢卡 一站式解决 我给您发价目表和案例图"),
            c("我卖发夹的 不需要那么花哨", "no_need"),
            t("理解理解 卖发夹更需要包装啊 客单价低就要靠包装提升溢价 我们有个做饰品的客户 换了烫金盒以后好评率涨了很多 复购也上来了 我建议您直接上精品套餐 一千个起 含设计费 设计师一对一服务 您把logo发过来就行"),
            c("多少钱一个", None),
            t("精品套餐一块二一个 其实很划算 包含设计 打样 还有品质保障 破损包赔 这个月下单还送五百张感谢卡 您看logo是现在发我还是晚点发"),
            c("一块二 我一个发夹才卖九块九 算了算了 我再看看别家吧", "too_expensive")]))

# 2. monologue -- Harbin, elderly man at a mobile carrier's service hall
o = c("姑娘 你给我看看 我这电话费咋一个月一百多呢 我也没打几个电话啊", None)
PAIRS.append(gpair(
    "zhb3g_harbin_telecom", "Mobile carrier service hall (telecom), Harbin", "monologue",
    "A retired man in Harbin comes to the carrier's service hall because his monthly phone bill seems too high; his son set up the plan.",
    good=[o,
          t("大爷您别着急 您把身份证给我 我帮您查一下这几个月都扣的啥"),
          c("给你 这手机是我儿子给买的 套餐也是他办的 我也整不明白", None),
          t("查到了 您现在是一百二十八的套餐 包了三十个G流量 可您这几个月每月就用了一个多G 电话一百来分钟 大爷 您平时用手机主要干啥 看视频不"),
          c("不看 就打电话 跟我老伴儿 再就是跟儿子微信视频 一礼拜一回 别的啥也不干", None),
          t("那这套餐确实大了 有个五十八的 流量十个G 通话三百分钟 一礼拜视频一回根本用不完 一个月能省七十 我看了您这合约上个月刚到期 现在能改 下个月一号生效"),
          c("能省七十啊 那挺好 那个 我儿子会不会不乐意啊 他给办的", "think_it_over"),
          t("您要不放心 先给您儿子打个电话问一声 我给您把两个套餐写张纸条对比一下 您拿着 他问起来也好说 改不改您说了算"),
          c("行 我打一个……他说改吧 改便宜的", None),
          t("好嘞 那我现在给您办 下个月一号开始就是五十八了 下个月账单要是不对 您拿着这张纸条直接来找我 我姓刘"),
          c("好好 谢谢你啊姑娘", None)],
    gaming=[o,
            t("大爷您好 欢迎光临 您先别急 我先给您介绍一下我们最新的活动 现在办融合套餐 宽带加手机加电视 一个月一百九十九 全家人的手机都能加进来 还送一台智能音箱 您在家跟它说话就能放二人转 体验特别好"),
            c("我不要宽带 家里有 我就问这电话费咋这么多", "no_need"),
            t("您这个问题问得特别好 电话费多说明您对通信的需求大 那就更该升级了 融合套餐平均下来一个人才几十块 比您单交划算多了 再说您儿子给您视频 用我们千兆宽带 画面老清楚了 就跟面对面一样"),
            c("我一个月就打几个电话 用不着那千兆", "no_need"),
            t("大爷 一开始大家都说用不着 用上了都说好 这个月办的老年客户特别多 还有个优惠 预存三百送三百 相当于白给 您带身份证了吧 我现在就能给您办 五分钟的事"),
            c("你说的我听不明白 我回去问问我儿子吧", "think_it_over"),
            t("没问题大爷 那您把您儿子电话给我 我直接跟他说 年轻人一听就懂 这活动真是名额有限"),
            c("不用了不用了 我走了", "brush_off")]))

# 3. closing_as_open_question -- Chengdu EV showroom
o = c("嗯 我就随便看看 这个车是纯电的哇", None)
PAIRS.append(gpair(
    "zhb3g_chengdu_ev", "New-energy car dealership, Chengdu", "closing_as_open_question",
    "A man comes alone to a Chengdu EV showroom on a weekday evening; a baby is due next year and his wife is not with him.",
    good=[o,
          t("对 这款是纯电的 您随便看 可以坐进去试一下 您现在开的啥子车嘛 还是买第一台"),
          c("现在开个老朗逸 十年了 娃儿明年要出生了 想换个大点的", None),
          t("恭喜恭喜 那主要是家里用噻 平时上班远不远 周末会不会经常跑长途 比如回老家"),
          c("上班就二环到高新区 二十来公里 过年要回南充 三百多公里 我同事买的纯电 过年回去在服务区排了两个钟头队充电 我有点虚", "bad_experience"),
          t("这个担心正常 这款标的五百二 冬天开空调跑高速 实际三百八左右 成都到南充一口气到得了 但到了那边要充 您老家那边有没有充电桩 您晓得不"),
          c("这个我还真不晓得 村头 估计没得", None),
          t("那这个要先搞清楚 老家充不了的话 纯电回程就有点悬 同款有个增程版 市区用电 长途烧油 贵一万二 两个都可以试驾 您回去跟您爱人商量 顺便问问老家充电的事 不着急今天定"),
          c("要得 那我周六带我老婆一起来试嘛 她也要坐一下看舒不舒服", None),
          t("好 我给您约周六上午十点 两台都给您备好 电充满 您留个电话 我周五再跟您确认一下"),
          c("好 我写给你", None)],
    gaming=[o,
            t("欢迎欢迎 您眼光好噢 这是我们卖得最好的一款 请问您今天是想提白色还是灰色"),
            c("我还没定买不买 先看看", "brush_off"),
            t("当然当然 那我问您一个开放式的问题哈 您觉得需要满足哪些条件 您今天就可以把它开回家"),
            c("今天不可能 我老婆都没来", "think_it_over"),
            t("理解 家里的事要商量 那您觉得 要是我帮您申请到一个内部价 您爱人还会有啥子理由反对呢"),
            c("不是价格的问题 我还不晓得纯电跑回南充行不行", None),
            t("完全没问题 五百二的续航 那您更想全款还是分期呢 现在分期三年零利率 您看首付两成还是三成比较舒服"),
            c("兄弟 我说了我还没决定", "think_it_over"),
            t("明白明白 那我换个问法 今天先交两千订金把这个价锁住 您觉得对您来说有啥子损失嘛 反正可以退的"),
            c("算了 我下回再来", "brush_off")]))

# 4. closing_as_open_question -- Singapore, insurance agent at a cafe
o = c("我同事说你是做保险的 我其实也不知道自己要不要买啦 公司有保险的", None)
PAIRS.append(gpair(
    "zhb3g_singapore_insurance", "Insurance agency (health and life), Singapore", "closing_as_open_question",
    "A Singaporean office worker in her thirties, referred by a colleague, meets an agent at a cafe in Tampines to see whether she needs more hospital cover.",
    good=[o,
          t("没关系 今天就聊聊 不一定要买 您公司的保险大概保哪些 住院 门诊 还是都有 保额您看过吗"),
          c("好像住院有 门诊也有 我觉得应该够用了吧 保额我不清楚咯 HR有发一个文件 我没看", "no_need"),
          t("那个文件蛮重要的 公司保险一般离职就没了 除了公司的 您自己有没有买过 比如 MediShield Life 上面加的综合健保计划"),
          c("我妈以前帮我买了一个 好像是保住院的 B1病房那种 每年从CPF扣", None),
          t("那您其实已经有一层了 我先不推荐什么 您回去把HR的文件和您妈妈买的那份保单拍给我 我帮您对一下哪里重叠 哪里有缺口 也可能您根本不用加 这样可以吗"),
          c("可以啊 不过我最近很忙 可能下个礼拜才找得到", "no_time"),
          t("不赶 下个礼拜也行 我礼拜三发个信息提醒您 您方便的时候发给我 看完再约十五分钟讲结果"),
          c("好 酱子可以", None)],
    gaming=[o,
            t("没问题 我们今天就是交个朋友 聊聊您的需求 那我想问您 您觉得一份好的保险 对您和家人来说意味着什么呢"),
            c("意味着什么 嗯 生病的时候有钱看吧", None),
            t("说得太好了 那您希望从哪个月开始 让家人有这份保障呢 这个月还是下个月"),
            c("我都还没看我有什么保险 怎么就讲哪个月开始", "think_it_over"),
            t("完全理解 所以我们今天一起把它定下来 省得您以后再烦 您觉得每个月两百还是三百的保费 比较符合您的预算呢"),
            c("三百块一个月 我刚付了房子的首期 现在真的没什么闲钱", "no_money"),
            t("我明白 那我们从两百开始 您比较想用信用卡扣 还是用GIRO呢"),
            c("我都讲了我要先回去看看公司那个啦", "think_it_over"),
            t("当然当然 那您觉得 我要怎样做 您今天才愿意先签个申请表呢 反正有十四天冷静期的"),
            c("不用了 我同事那边我会跟她讲 谢谢你的咖啡", "brush_off")]))

# 5. pitch_as_paraphrase -- Wenzhou valve factory owner calls an ERP vendor
o = c("喂 你们是做那个管理软件的是吧 我厂里订单老是搞错 你给我说说", None)
PAIRS.append(gpair(
    "zhb3g_wenzhou_erp", "Factory management software vendor (B2B), Wenzhou", "pitch_as_paraphrase",
    "The owner of a small Wenzhou valve factory (about 40 workers) phones a software company after a wrong shipment; he is direct and busy.",
    good=[o,
          t("对 老板您好 您说订单搞错 是哪种错 发错货 数量对不上 还是排产漏单"),
          c("发错货 上个月给客户发了DN50的 人家要的DN65 退回来运费两千多 车间主任说单子上写的就是50", None),
          t("那单子是怎么到车间的 业务员手写 还是Excel打出来 中间转几道手"),
          c("业务员在微信上跟客户谈 谈好了抄到本子上 仓库再照本子抄一张给车间 三道手", None),
          t("问题多半就在抄三次 说实话 四十来人的厂上整套ERP 实施要两三个月 老师傅不一定用得起来 您最缺的是订单从业务到车间别再抄 我们有个订单模块 业务手机上录一次 仓库车间看同一张单 一年四千八 您看这个方向对不对"),
          c("四千八倒还行 就怕我那些老师傅不会在手机上搞这些", None),
          t("这个担心对 我先给您开一个月免费的 派人去厂里半天 教业务员和仓库 车间只要会看单就行 一个月下来错单少没少 您自己看 不行就不用"),
          c("那可以 你下礼拜二来 上午我在厂里", None)],
    gaming=[o,
            t("老板您好 我先了解一下您的需求 您厂里现在是什么情况"),
            c("就是订单老搞错 上个月发错货 退回来运费两千多", None),
            t("明白 所以我听到的是 您需要一套全流程数字化管理 订单 采购 仓储 生产到财务一体化 也就是我们的旗舰版ERP 对吧"),
            c("没那么复杂 我就是要订单别抄错", "no_need"),
            t("对对 订单不抄错 所以您真正需要的是数据打通 订单进来 采购 库存 财务自动联动 这正是旗舰版解决的 一年三万八 包实施 我理解得对吗"),
            c("三万八 我一个四十人的小厂 一年才赚几个钱", "too_expensive"),
            t("我听到了 您在意的是投入产出比 所以您其实需要的是一个帮您省钱的系统 旗舰版上了光库存就能省好几万 那我们下周安排实施 您看可以吧"),
            c("你不是在听我说话 你是在卖你的东西 我再想想吧", "think_it_over")]))

# 6. pitch_as_paraphrase -- Taipei broadband, typed online chat
o = c("你好 我家网路晚上一直断线 很烦欸", None)
PAIRS.append(gpair(
    "zhb3g_taipei_broadband", "Home broadband provider, online support chat, Taipei", "pitch_as_paraphrase",
    "A Taipei graduate student types into the provider's chat: her wifi drops every evening and she has video calls with a professor abroad.",
    good=[o,
          t("您好 不好意思造成困扰 想先确认一下 是整个网路断掉 还是只有wifi连不上 有线的电脑也会断吗"),
          c("我没有有线的 都用wifi 数据机的灯我没注意看耶", None),
          t("了解 大概几点开始断 一次断多久 手机跟笔电都会吗"),
          c("差不多晚上九点以后 断几秒又好 可是我要跟国外的教授开视讯 每次断掉都很尴尬", None),
          t("九点以后 断几秒 又是wifi 比较像附近wifi太多互相干扰 或分享器位置不好 不一定是线路 我先远端检查线路 再帮您把分享器切到5G频段 您今晚开会前试试看 可以吗"),
          c("可以啊 那如果还是断呢 我白天都在学校 没空在家等人来修", "no_time"),
          t("如果今晚还断 我帮您排工程师免费到府检测 可以约晚上七点以后或周末 这次的纪录我留着 您直接回这个对话就好 不用再从头讲"),
          c("好 谢谢 那我今晚试试看", None)],
    gaming=[o,
            t("您好 很高兴为您服务 请问您目前的网路使用需求是什么呢"),
            c("就 开视讯会议 晚上一直断", None),
            t("了解 所以您需要的是更快更稳的网路 也就是我们的1G光纤方案 月付1399 对吗"),
            c("不是啊 我现在300M 速度其实够 是会断", "no_need"),
            t("我懂 所以您要的是不断线的体验 这正是1G加mesh分享器组合能做到的 我整理一下 您要1G加两颗mesh 绑约两年 这样理解正确吗"),
            c("我是学生欸 一个月1399我付不起", "no_money"),
            t("明白 所以您重视的是划算 那您需要的其实是学生优惠 1G第一年1199 加mesh只要再加200 我帮您送出申请好吗"),
            c("我只是要你们修网路而已 算了我打电话问", None)]))

# 7. upsell_as_loop_closing -- Xi'an hotel front desk
o = c("你好 我是1208的 高铁改签到晚上七点了 能不能晚点退房", None)
PAIRS.append(gpair(
    "zhb3g_xian_hotel", "Business hotel front desk, Xi'an", "upsell_as_loop_closing",
    "A guest at a hotel near the Bell Tower in Xi'an asks for a late checkout because her train was moved to the evening.",
    good=[o,
          t("可以的 您稍等 想延到几点呢 我们免费可以延到下午两点 再往后按钟点收"),
          c("两点有点早 我下午还想去碑林转转 其实就是行李没地方放", None),
          t("如果主要是行李 您两点前退房 行李免费寄存在前台 逛完回来取 直接去北站 就不用多付房费 您看行不行"),
          c("哦 能寄存啊 那挺好 那我就不延了", None),
          t("好的 退房时跟前台说一声寄存就行 对了您七点的车 晚高峰从这打车去北站得四十分钟 建议五点半前回来取"),
          c("好 谢谢提醒 差点就掐着点走了", None)],
    gaming=[o,
            t("没问题 王女士 我们非常重视您的入住体验 延到六点收半天房费 两百三 我给您办上 还有什么我能帮您的吗"),
            c("两百三 我就放个行李 不太值", "too_expensive"),
            t("理解 为了让您下午的体验更完整 我再帮您加一个行政酒廊下午茶 一百二十八 可以放行李也可以休息 还需要别的吗"),
            c("我不需要下午茶 我下午要出去", "no_need"),
            t("好的 那出去的话 我们有专车送站 一百五 准时送您到北站 我给您加上 还有其他我可以为您做的吗"),
            c("我打车就行 你就告诉我行李能不能放前台", "no_need"),
            t("行李可以寄存的 那为了确保您满意 我帮您把会员升个级 充一千送两百 下次来免费延迟退房 您看还有什么要补充的吗"),
            c("不用了 行李我一会拿下来", "no_need")]))

# 8. upsell_as_loop_closing -- Kunming (Dounan) flower seller, WeChat order to Shenyang
o = c("亲 你家玫瑰能发沈阳吗 我妈六十大寿 后天", None)
PAIRS.append(gpair(
    "zhb3g_kunming_flowers", "Fresh-flower e-commerce shop (WeChat orders), Kunming", "upsell_as_loop_closing",
    "A customer messages a Dounan flower seller on WeChat to send pink roses to her mother in Shenyang for her 60th birthday, on a budget.",
    good=[o,
          t("能发的亲 顺丰冷链 昆明到沈阳一般隔天到 今天下午五点前下单来得及 想要什么颜色 预算大概多少"),
          c("我妈喜欢粉的 两百以内吧 别太大一捧 她家没那么大花瓶", None),
          t("好嘞 粉玫瑰二十支 配尤加利叶 不包花束 保水盒发 一百六十八含运费 阿姨自己插瓶刚好 要不要附张卡片 免费的 您写什么我们手写"),
          c("要 写 妈妈六十岁生日快乐 女儿小雪", None),
          t("记下了 收件地址电话发我 到了剪一下根放清水里 能开一个礼拜 下单截图和单号我都发您 您核对一下哪里不对"),
          c("嗯嗯 地址一会发你 谢谢亲", None)],
    gaming=[o,
            t("能发的亲 六十大寿一定要有仪式感哦 推荐99朵粉玫瑰 寓意长长久久 五百九十九 还需要给您加点什么吗"),
            c("太多了 我预算就两百", "no_money"),
            t("明白亲 那改成三十三朵 三百二十八 再加一串LED灯 晚上亮起来阿姨肯定感动 只要三十九 还有什么需要的吗"),
            c("不用灯 二十支就行", "no_need"),
            t("好的亲 二十支一百六十八 为了阿姨的体验更完美 再加一盒鲜花蛋糕吧 沈阳同城配送 一百八十八 还有其他需要我帮您的吗"),
            c("蛋糕我在沈阳订好了 亲你能不能先帮我下单", "no_need"),
            t("马上亲 最后确认一下 要不要顺便开个会员 充五百送八十 以后节日都能用 您对我的服务满意吗 还有别的需要吗"),
            c("不要 我换一家吧 太磨叽了", None)]))

# 9. leading_tag_questions -- Shenyang appliance store
o = c("老妹儿 我家洗衣机漏水了 想换个新的 你给我看看", None)
PAIRS.append(gpair(
    "zhb3g_shenyang_washer", "Home appliance store (retail), Shenyang", "leading_tag_questions",
    "A middle-aged woman in a Shenyang appliance store needs a new washing machine; her old flat has a tiny bathroom.",
    good=[o,
          t("行 大姐 您家洗衣机放卫生间还是阳台 地方大不大 我得先知道能放多大的"),
          c("卫生间 老楼 贼小 原来那个是波轮的 宽也就五十五公分", None),
          t("那得量准了 家里几口人 平时洗得多不多 冬天洗不洗被罩那种大件"),
          c("三口人 我家老头儿上班衣服埋汰 天天洗 被罩一个月洗一回", None),
          t("那七八公斤就够 五十五的宽 滚筒一般六十 塞不进去 您还得看波轮 这款八公斤 宽五十四 一千二百九 带烘干的两千八 但您那卫生间不通风 烘干用处不大 我实话说不值"),
          c("一千二百九还行 能不能再便宜点 我看网上一千一", "too_expensive"),
          t("网上那个型号末尾带S 电机不一样 同型号我们保价 您找到一样的更便宜 退差价 另外送货安装 旧机子给您拉走"),
          c("旧的能拉走那挺好 那你给我开票吧 周六能送不", None),
          t("周六能 上午还是下午 送之前师傅打电话 您回去把卫生间宽度再量一下发我 保险点"),
          c("下午吧 我回去量完给你发过来", None)],
    gaming=[o,
            t("大姐您好 洗衣机是吧 您肯定想要个好点的 用个十年八年的 是吧"),
            c("那是 但是我家卫生间小", None),
            t("小没事 现在都流行滚筒 洗得干净还不伤衣服 您也该享受享受了 对吧"),
            c("滚筒啊 我家原来是波轮 宽也就五十五", None),
            t("这款滚筒洗烘一体 十公斤 四千九百九 烘干了不用晾 您总不愿意大冬天往外晾衣服吧"),
            c("四千九 太贵了 我就想要个一千多的", "too_expensive"),
            t("大姐 一分钱一分货 您也不想两年后又坏了再跑一趟 对不对 质保十年 算下来一年才五百 挺值的 是不是"),
            c("那我家放不下咋整 你都没问我家多大地方", None),
            t("放得下 现在都超薄的 您回去量量肯定没问题 今天就定了吧 周六给您送 行不行"),
            c("我回去跟我家老头儿商量商量吧", "think_it_over")]))

# 10. leading_tag_questions -- farm supplies shop in a town near Nanning
o = c("老板 我那甘蔗叶子发黄 要买点肥 你这有什么好的", None)
PAIRS.append(gpair(
    "zhb3g_nanning_fertilizer", "Farm supplies shop (fertilizer), town near Nanning", "leading_tag_questions",
    "A sugarcane farmer from a village outside Nanning comes to the town's farm-supplies shop; his cane leaves are yellowing and rain is coming.",
    good=[o,
          t("叔 叶子是整片黄 还是下面老叶先黄 还是有斑点 您拍照了没"),
          c("拍了 你看 下面的黄 上面还好 种了三十亩", None),
          t("我看看……老叶先黄 叶尖干 像缺钾 也可能缺氮 今年底肥下了什么 下了多少"),
          c("复合肥 一亩五十斤 去年下八十斤 今年肥涨价了 我就少下了", None),
          t("那就对上了 底肥少了 现在拔节正要肥 追一次就行 不用买贵的叶面肥 这个高钾复合肥一百三一包 一亩二十斤 三十亩要十二包 下雨前撒最好"),
          c("十二包 一千五多了 我手上钱不够 能不能先拿一半", "no_money"),
          t("可以 先拿六包 撒黄得厉害的那块 剩下的卖了头一批再来拿 记账也行 您看哪样方便"),
          c("记账吧 那我今天都拉走 榨季完了给你结", None)],
    gaming=[o,
            t("叔 发黄那肯定是缺营养了 您得用点好的 是吧"),
            c("应该是吧 我也不懂", None),
            t("这个进口水溶肥 叶面喷的 见效快 三天就绿 您也想早点看到效果 对吧"),
            c("多少钱", None),
            t("一瓶一百二 一亩一瓶 三十亩三千六 您种了这么多年甘蔗 不会在这上面省钱吧"),
            c("三千六 去年我买那个什么喷的 喷完也不见好 钱白花了", "bad_experience"),
            t("那是您买的不对 我们这个不一样 您不会不信我吧 隔壁村老黄都用的 您也不想收成比他差 是不是"),
            c("我还是先买两包复合肥算了 喷的那个再说", "no_need")]))

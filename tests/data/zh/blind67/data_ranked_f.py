"""Ranked pairs f01-f10: both sides share every turn except one fault in `worse` and the customer's reaction.
Hand-written, zhb67."""
from common import c, rpair, t

# f01 fault: argues with the customer (Singapore, aircon servicing company, phone)
_f01_0 = c("hello 你们上个月来我家洗冷气 现在睡房那架又不冷了 是不是没洗好", None)
_f01_1 = t("hello 不好意思 我查一下记录。……上个月十二号 三架都做了general servicing。睡房那架是完全不冷 还是没有以前冷?")
_f01_2 = c("就是没有以前冷 开到十八度还是热热的 晚上睡不着", None)
_f01_3 = t("睡不着真的辛苦。外面那个机 风扇有在转吗? 室内机有没有滴水?")
_f01_4 = c("外面风扇有转 没有滴水 可是我觉得你们那个师傅很赶 三架做二十分钟就走了", None)
_f01_5b = t("三架二十分钟确实有点快 我会跟师傅的主管反映。这个还在三十天保修里面 我安排明天另一个师傅去检查gas和过滤网 不收钱 早上还是下午方便?")
_f01_6b = c("下午吧 两点后有人在家", None)
_f01_5w = t("我们的师傅都很有经验 二十分钟三架很正常的 不可能是没洗好。应该是你的冷气本身太旧了")
_f01_6w = c("你都没来看就说不可能? 算了 我找别家来洗", None)

# f02 fault: doubts the customer's honesty (Taipei, 3C store, earphones returned within seven days)
_f02_0 = c("你好 我上礼拜在这边买的蓝牙耳机 右耳突然没声音了 发票在这", None)
_f02_1 = t("你好 我看一下 发票是上礼拜五的 还在七天内。右耳是完全没声音 还是断断续续?")
_f02_2 = c("完全没声音 充电盒的灯是亮的 我也重新配对过了 还是一样", None)
_f02_3b = t("重新配对过也没用 好 我这边再试一次……真的右耳没反应。七天内可以直接换一副新的 你要换同款还是想看别的?")
_f02_4b = c("同款就好 我很喜欢这副 只是坏掉很扫兴", None)
_f02_3w = t("我这边试试……真的没反应。不过我要先问 你确定没有戴着去运动 或是掉进水里过? 有些客人用坏了才拿来说本来就坏")
_f02_4w = c("你是说我骗你喔? 我买来一个礼拜 就坐在办公室听音乐而已", None)
_f02_5 = t("好 我帮你换一副同款的 新的当场拆开 配对给你试 两耳都有声音你再带走")
_f02_6 = c("好 试给我看", None)

# f03 fault: drops the price before asking anything (Melaka, tuition centre, phone)
_f03_0 = c("你好 想问你们的华文班 一个月多少钱", None)
_f03_1b = t("你好 孩子几年级? 在学校华文大概是什么程度 听写 作文 还是阅读比较弱?")
_f03_2b = c("他中一 国中的 家里讲英文 华文作文很弱 每次都写不到字数", None)
_f03_1w = t("一个月RM150 不过你现在报的话 我可以算你RM120 再送一本作业簿")
_f03_2w = c("哦 那么快就减价 是不是没什么人报啊… 嗯 他中一 国中的 家里讲英文 华文作文很弱", None)
_f03_3 = t("家里讲英文 作文写不够字数 那要先从词汇和句型开始 不是一下子叫他写长。我们中一作文班每周一次 一班十个人 可以先来试一堂 看他跟不跟得上")
_f03_4 = c("试一堂可以啦 不过我之前让他去过一间 补了一个学期都没进步 我是有点怕又浪费钱", "bad_experience")
_f03_5 = t("明白 怕又白花钱。试完那堂我会给你看他写的东西 跟你讲哪里要改 你觉得有用再报。星期五晚上七点 或者星期六早上十点 你选一个")
_f03_6 = c("星期六吧 我载他来", None)

# f04 fault: an unasked lecture (Kuala Lumpur, insurance agent, a food-delivery rider)
_f04_0 = c("bro 我是骑摩托送外卖的 想买一个意外保险 便宜的就好", None)
_f04_1 = t("ok bro 你一天大概骑几个钟? 有没有平台给的保险?")
_f04_2 = c("一天十个钟左右 平台有给一点 可是只有送单的时候才有 下班骑回家就没有", None)
_f04_3 = t("明白 平台只保送单的时候 你要的是二十四小时都有的。个人意外保险一年大概一百五到三百 有包医药费和住院津贴")
_f04_4 = c("一百五那种可以 我一个月也赚不多", None)
_f04_5b = t("好 一百五那个计划 意外死亡残疾十万 医药费五千。骑摩托的要特别注意 有些计划不保骑车 这个是有包的 我把条款那一行拍给你")
_f04_6b = c("有包骑车 ok 那就这个 要什么资料", None)
_f04_5w = t("好 一百五那个计划。不过bro我跟你讲 你们年轻人真的要开始存钱 不要每个月都花光 我像你这个年纪就开始买投资型保险了 你现在不存 以后老了怎么办")
_f04_6w = c("bro 我只是要意外保险而已 投资型的我不需要", "no_need")
_f04_7 = t("明白 那就这个计划。我要你的IC和摩托车的车牌号码 今天填好 明天就生效")

# f05 fault: a vague next step (Johor Bahru, car workshop, waiting for an air-con compressor)
_f05_0 = c("老板 我的车冷气坏了 上个星期你说要换compressor 零件到了没", None)
_f05_1 = t("还没到 我查了 供应商说这个型号要从KL调过来")
_f05_2 = c("哎 我这个星期要载我妈去看医生 没冷气她会受不了", None)
_f05_3 = t("明白 妈妈要坐车 没冷气真的辛苦。我今天再催一次 或者看能不能先拿翻新的 价钱便宜一百 保用三个月")
_f05_4 = c("翻新的哦 上次我朋友装翻新的 两个月就坏了 我不要", "bad_experience")
_f05_5b = t("你担心是对的 翻新的保用比较短。那我们等新的 我今天下午四点前打给你 告诉你确定哪一天到 到了当天就可以装 大概三个钟")
_f05_6b = c("好 四点前 我等你电话", None)
_f05_5w = t("你担心是对的 翻新的保用比较短。那我们等新的 零件到了我们再通知你")
_f05_6w = c("那大概几时? 我妈星期五要去医院 我要安排的", None)

# f06 fault: over-promises (Taichung, travel agency, an aurora tour for parents' anniversary)
_f06_0 = c("你好 我想帮我爸妈订冰岛的极光团 他们结婚三十五周年 我妈一直说想看一次", None)
_f06_1 = t("好温馨喔。爸妈几岁了? 身体状况怎么样? 冰岛冬天很冷 晚上要在外面等")
_f06_2 = c("六十出头 身体都还好 我爸有高血压 有在吃药", None)
_f06_3 = t("高血压有控制就好 不过出发前还是请医生看一下。极光团我们有二月跟三月出发 八天 有两晚住在郊区 比较有机会看到")
_f06_4 = c("有机会 那是不一定看得到喔? 那我要想一下欸 花那么多钱 看不到我妈会很失望", "think_it_over")
_f06_5b = t("老实说不能保证 极光要看天气和太阳活动。八天里通常有两三个晚上有机会 二三月的机率算高的。不过我不会跟你说一定看得到 怕你们期望太高")
_f06_6b = c("嗯 你讲实话我比较放心 我再跟我妹讨论一下 费用要分摊", "think_it_over")
_f06_5w = t("放心 我们的团一定看得到 我带了这么多团 从来没有人失望过 包在我身上")
_f06_6w = c("真的吗 一定看得到? 那太好了 我马上订 两个人", None)

# f07 fault: closes before checking the thing works (Sibu, computer shop, a printer for a clinic)
_f07_0 = c("你好 我要一台打印机 我们诊所用的 要可以印收据 也要可以scan", None)
_f07_1 = t("好 诊所用的。一天大概印多少张? 收据是用普通A4 还是那种小的热敏纸?")
_f07_2 = c("一天五六十张吧 A4的 然后我们的电脑很旧了 Windows 7 诊所系统也是旧的", None)
_f07_3 = t("五六十张A4 加scan 这台激光的多功能机够用 一千一 墨粉一支可以印一千五百张左右")
_f07_4 = c("一千一 嗯 比我想的贵一点 不过墨粉耐用的话 那就这台吧", "too_expensive")
_f07_5b = t("好 不过先等一下 Windows 7 有些新机已经不支援了。我查一下这台的驱动……有Windows 7的 不过scan要装另外一个软件。我去诊所帮你装 装好印一张收据 可以用了才付钱")
_f07_6b = c("那你明天早上来 十点前我们还没开门", None)
_f07_5w = t("好 我帮你开单 一千一 现在付就可以 明天送到诊所")
_f07_6w = c("ok 我刷卡… 啊对 它可以用Windows 7吧? 我们的系统不能换", None)

# f08 fault: recommends before asking (Ipoh, GP clinic, a health screening)
_f08_0 = c("医生 我想做一个body check 你们有什么配套", None)
_f08_1b = t("好 先问几个问题。你今年几岁? 是自己想检查 还是公司要的? 家里有没有人有糖尿病 高血压这些?")
_f08_2b = c("三十八 公司叫我们每年检查 主要要胆固醇跟血糖 我爸爸有糖尿病", None)
_f08_1w = t("我们最受欢迎的是全面配套 RM680 包括血液 尿液 心电图 X光 腹部超声波 还有癌症指标")
_f08_2w = c("那么多项哦 我其实只是公司叫我检查胆固醇跟血糖 我爸爸有糖尿病 六百八太多了啦", "too_expensive")
_f08_3 = t("公司要胆固醇和血糖 爸爸有糖尿病 那基本的血液配套就够了 RM120 包括空腹血糖 HbA1c 胆固醇 肝肾功能。要空腹八个小时 早上来抽血最好")
_f08_4 = c("空腹哦 那我明天早上八点来 可以吗", None)
_f08_5 = t("可以 八点开门 前一晚十二点后不要吃东西 水可以喝。报告两天出来 医生会跟你解释")
_f08_6 = c("好 明天见", None)

# f09 fault: unexplained jargon (Singapore, property agent, a PR couple asking about an HDB resale flat)
_f09_0 = c("hi 我和我太太都是PR 拿了两年了 想买HDB resale 可以吗", None)
_f09_1 = t("hi 可以问。你们两个都是PR两年 对吗? 有没有孩子 马来西亚那边有没有房子?")
_f09_2 = c("两个都是PR 有一个孩子 马来西亚有一间 我爸妈在住", None)
_f09_3b = t("好 有几个重点。第一 两个PR的家庭要拿到PR满三年才可以买二手组屋 所以你们还要等一年。第二 国外有房子的话 买组屋后六个月内要卖掉 这是HDB的规定。第三 PR不能借HDB的贷款 只能向银行借 银行会看每个月的供款不能超过收入的三成")
_f09_4b = c("还要等一年 而且要卖掉马来西亚那间 嗯 我要回去跟我太太讨论 我爸妈还住在那边", "think_it_over")
_f09_3w = t("好。SPR要满三年 overseas property要六个月内dispose 另外你们只能拿bank loan MSR三十 TDSR五十五 然后记得先apply HFE letter 还有resale要看COV")
_f09_4w = c("呃 你讲的那些我听不懂 什么MSR什么COV 你可以讲慢一点吗", None)
_f09_5 = t("好 我写一张简单的清单给你们 每一项是什么意思 几时可以买 要准备什么 你们慢慢看")
_f09_6 = c("好 谢谢 发WhatsApp给我", None)

# f10 fault: talks about themselves (Taichung, bubble-tea shop, a company orders fifty drinks)
_f10_0 = c("你好 我们公司下礼拜五要开会 想订五十杯饮料 可以外送吗", None)
_f10_1 = t("可以喔 下礼拜五几点要送到? 地址大概在哪里?")
_f10_2 = c("下午三点 在文心路那边 大楼十二楼", None)
_f10_3 = t("文心路可以 三点前送到。五十杯的话 同事有没有什么要注意的 像不喝奶 或是要无糖的?")
_f10_4 = c("有几个不喝奶 还有主管说不要太甜 其他随便", None)
_f10_5b = t("那我建议一半鲜奶茶 一半无糖的四季春 甜度统一三分 不喝奶的就拿四季春。每杯会贴标签 写是什么 拿的时候不会乱")
_f10_6b = c("贴标签好 那多少钱 要先付吗", None)
_f10_5w = t("其实我们这家店是我跟我太太辞掉工作开的 我以前在科技业做了十年 压力超大 后来才决定做茶。我们的茶叶都是我自己去南投挑的 每次去都会待两三天…")
_f10_6w = c("呃 那个 所以五十杯要怎么点比较好? 我等一下还要开会", None)

PAIRS = [
    rpair(
        "zhb67r_f01_sg_aircon_servicing_complaint",
        "Singapore (Sengkang): a customer says the bedroom air-con is not cold again a month after servicing. Fault in worse: argues with the customer.",
        better=[_f01_0, _f01_1, _f01_2, _f01_3, _f01_4, _f01_5b, _f01_6b],
        worse=[_f01_0, _f01_1, _f01_2, _f01_3, _f01_4, _f01_5w, _f01_6w],
    ),
    rpair(
        "zhb67r_f02_taipei_earphones_return",
        "Taipei (Xinyi), electronics store: the right earbud of week-old wireless earphones has gone silent. Fault in worse: doubts the customer's honesty.",
        better=[_f02_0, _f02_1, _f02_2, _f02_3b, _f02_4b, _f02_5, _f02_6],
        worse=[_f02_0, _f02_1, _f02_2, _f02_3w, _f02_4w, _f02_5, _f02_6],
    ),
    rpair(
        "zhb67r_f03_melaka_chinese_tuition",
        "Melaka: a parent phones a tuition centre about Chinese classes for a Form 1 son from an English-speaking home. Fault in worse: drops the price before asking anything.",
        better=[_f03_0, _f03_1b, _f03_2b, _f03_3, _f03_4, _f03_5, _f03_6],
        worse=[_f03_0, _f03_1w, _f03_2w, _f03_3, _f03_4, _f03_5, _f03_6],
    ),
    rpair(
        "zhb67r_f04_kl_rider_accident_cover",
        "Kuala Lumpur (Setapak): a food-delivery rider wants cheap personal accident cover that also works off shift. Fault in worse: an unasked lecture about saving.",
        better=[_f04_0, _f04_1, _f04_2, _f04_3, _f04_4, _f04_5b, _f04_6b, _f04_7],
        worse=[_f04_0, _f04_1, _f04_2, _f04_3, _f04_4, _f04_5w, _f04_6w, _f04_7],
    ),
    rpair(
        "zhb67r_f05_jb_aircon_compressor_wait",
        "Johor Bahru (Skudai), car workshop: a customer needs his car's air-con for his mother's hospital visit; the compressor has not arrived. Fault in worse: a vague next step.",
        better=[_f05_0, _f05_1, _f05_2, _f05_3, _f05_4, _f05_5b, _f05_6b],
        worse=[_f05_0, _f05_1, _f05_2, _f05_3, _f05_4, _f05_5w, _f05_6w],
    ),
    rpair(
        "zhb67r_f06_taichung_aurora_tour",
        "Taichung, travel agency: a daughter wants to book an Iceland aurora tour for her parents' 35th anniversary. Fault in worse: over-promises.",
        better=[_f06_0, _f06_1, _f06_2, _f06_3, _f06_4, _f06_5b, _f06_6b],
        worse=[_f06_0, _f06_1, _f06_2, _f06_3, _f06_4, _f06_5w, _f06_6w],
    ),
    rpair(
        "zhb67r_f07_sibu_clinic_printer",
        "Sibu, computer shop: a clinic wants a printer-scanner for receipts; its computers still run Windows 7. Fault in worse: closes before checking the thing works.",
        better=[_f07_0, _f07_1, _f07_2, _f07_3, _f07_4, _f07_5b, _f07_6b],
        worse=[_f07_0, _f07_1, _f07_2, _f07_3, _f07_4, _f07_5w, _f07_6w],
    ),
    rpair(
        "zhb67r_f08_ipoh_health_screening",
        "Ipoh, GP clinic: a 38-year-old asks for a body check that his company requires. Fault in worse: recommends before asking.",
        better=[_f08_0, _f08_1b, _f08_2b, _f08_3, _f08_4, _f08_5, _f08_6],
        worse=[_f08_0, _f08_1w, _f08_2w, _f08_3, _f08_4, _f08_5, _f08_6],
    ),
    rpair(
        "zhb67r_f09_sg_pr_hdb_resale",
        "Singapore: a Malaysian PR couple with a house back home ask whether they can buy an HDB resale flat. Fault in worse: unexplained jargon.",
        better=[_f09_0, _f09_1, _f09_2, _f09_3b, _f09_4b, _f09_5, _f09_6],
        worse=[_f09_0, _f09_1, _f09_2, _f09_3w, _f09_4w, _f09_5, _f09_6],
    ),
    rpair(
        "zhb67r_f10_taichung_bubble_tea_office_order",
        "Taichung (Xitun), bubble-tea shop: an office orders fifty drinks for a meeting; some colleagues do not drink milk. Fault in worse: talks about themselves.",
        better=[_f10_0, _f10_1, _f10_2, _f10_3, _f10_4, _f10_5b, _f10_6b],
        worse=[_f10_0, _f10_1, _f10_2, _f10_3, _f10_4, _f10_5w, _f10_6w],
    ),
]

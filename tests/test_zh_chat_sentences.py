"""Chinese typed chat ends its sentences with spaces, not with 。 or ？ (WeChat style): the rubric reads each sentence,
as it reads a punctuated line, but a list or one breath of questions is not broken up. Lines written for this test."""
from coursekit.scoring import score_dialogue
from coursekit.scoring.readers import reader


def test_a_space_after_a_final_particle_or_before_a_new_sentence_ends_one() -> None:
    zh = reader("zh")
    assert zh.sentences("明白 东西挺轻 主要是怕路上压坏对吧 那您一个月大概发多少单") == [
        "明白 东西挺轻 主要是怕路上压坏对吧", "那您一个月大概发多少单"]
    assert zh.sentences("好的，我记下了。您是下周要？") == ["好的，我记下了。", "您是下周要？"]


def test_the_spaces_of_a_list_end_no_sentence() -> None:
    assert reader("zh").sentences("您家里用的是哪种 立式 挂式 还是中央空调") == ["您家里用的是哪种 立式 挂式 还是中央空调"]


def test_questions_typed_in_one_breath_are_not_a_stack() -> None:
    chat = [
        {"speaker": "customer", "text": "你好 我想问下 成都到拉萨的冷链运输怎么收费"},
        {"speaker": "trainee", "text": "您好 冷链对吧 运的是什么货 生鲜还是药品 您那边最晚什么时候要到"},
        {"speaker": "customer", "text": "牦牛肉 下个月五号前要到 不然赶不上节日"},
        {"speaker": "trainee", "text": "明白 五号前到是关键对吧 那我们走直达冷藏车 三天到 我先帮您锁个车位 您看可以吗"},
        {"speaker": "customer", "text": "可以 你先帮我留着"},
    ]
    report = score_dialogue(chat)
    assert report.cap is None, report.cap_reason


def test_a_playback_typed_as_chat_is_read_as_a_check() -> None:
    chat = [
        {"speaker": "customer", "text": "我们店晚上客人多的时候 网就卡 收银都刷不出来"},
        {"speaker": "trainee", "text": "我理解 晚上高峰收银刷不出来 这个最要命对吧"},
        {"speaker": "customer", "text": "对 就是这个 上周六丢了好几单"},
    ]
    assert score_dialogue(chat).criterion("confirming_understanding").score > 0

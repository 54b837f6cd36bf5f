"""Chinese readings added in the thirty-first round (docs/scoring.md): a put-down said as a question, the customer's own
habits blamed, the process put before the customer, an upgrade sold, a deposit asked for; and customers taking
offence, saying it again and leaving. Lines written for this test, in none of the labelled sets."""
import pytest

from coursekit.scoring.exchange import parse_turns, takes_offence, walked_away
from coursekit.scoring.readers import reader


def _moves(line: str) -> frozenset[str]:
    zh = reader("zh")
    return zh.read_turn(zh.text(line))[1]


@pytest.mark.parametrize("line,move", [
    ("您先别急 洗完牙酸几天是正常的 您是不是反应有点大了", "rudeness"),
    ("阿姨 您会不会想太多了 这个药大家都这么吃", "rudeness"),
    ("手机进水多半是您自己使用不当造成的 我们这边不保修", "argument"),
    ("安装师傅当时肯定交代过您的 开机前要先放水", "argument"),
    ("叫号顺序是系统排好的 我这边改不了", "argument"),
    ("另外我们现在有个升级套餐 加五百就能多做一次全身检查", "upsell"),
    ("那您几时付定金 我好给您锁房", "closing"),
    ("押金您是转账还是来店里交", "closing"),
])
def test_the_trainee_moves_read(line: str, move: str) -> None:
    assert move in _moves(line)


@pytest.mark.parametrize("line", [
    "阿姨 您这几天饭后血糖大概是多少 有没有哪里不舒服",   # a plain question
    "您的担心我理解 我们先把原因查清楚",                   # care, not a put-down
    "这个顺序您要是不方便 我去跟护士站商量一下",             # the process bent for the customer
])
def test_ordinary_replies_are_not_read_as_faults(line: str) -> None:
    assert not _moves(line) & {"rudeness", "argument", "upsell", "closing"}


def _customer(line: str):
    turns = parse_turns([{"speaker": "customer", "text": "你好 我想问一下"}, {"speaker": "trainee", "text": "您好 您说"},
                         {"speaker": "customer", "text": line}])
    return turns


@pytest.mark.parametrize("line", ["你什么意思 说我笨啊", "什么叫我太敏感 我就是疼", "我不是来听你教训的"])
def test_the_customer_takes_offence(line: str) -> None:
    assert takes_offence(_customer(line)[-1])


@pytest.mark.parametrize("line", ["我先去问问别家 谢谢", "算了 那我不修了"])
def test_the_customer_leaves(line: str) -> None:
    assert walked_away(_customer(line)) is not None


def test_the_customer_says_it_again() -> None:
    turn = _customer("我刚刚跟你说过了 我老婆腿脚不好 你有没有听到")[-1]
    assert turn.reader.says("repeat_complaint", turn.text_lower)

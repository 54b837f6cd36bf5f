"""Spanish and Chinese readings added in the thirty-first round (docs/scoring.md), read from second writers'
conversations (es/blind3, zh/blind3): in Spanish, rudeness the older lists missed (typed voseo and chat spellings
included), an upsell into a bigger plan, a customer leaving for another shop, and a bill's last day that is no
deadline; in Chinese, a put-down said as a question, the customer's own habits blamed, the process put before the
customer, an upgrade sold, a deposit asked for, and customers taking offence, saying it again and leaving. Lines
written for this test, in none of the labelled sets."""
import pytest

from coursekit.scoring.exchange import parse_turns, takes_offence, walked_away
from coursekit.scoring.readers import reader


def _moves(code: str, line: str) -> frozenset[str]:
    """The moves the language's reader finds in one trainee line."""
    r = reader(code)
    return r.read_turn(r.text(line))[1]


def _after(opening: str, trainee: str, customer: str) -> list:
    """A short conversation ending on the customer's line."""
    return parse_turns([{"speaker": "customer", "text": opening}, {"speaker": "trainee", "text": trainee},
                        {"speaker": "customer", "text": customer}])


@pytest.mark.parametrize("code,line,move", [
    ("es", "Mirá, si no vas a comprar no me hagas perder el tiempo.", "rudeness"),
    ("es", "y q quieres q haga yo? la garantia no cubre eso", "rudeness"),
    ("es", "Dime rápido qué pasa, que tengo la sala llena.", "rudeness"),
    ("es", "Mira qué novedad, otro cliente que no hizo el mantenimiento.", "rudeness"),
    ("es", "no se para que llamas si ya sabes que no hay cupo", "rudeness"),
    ("es", "Todo está en la web, es leer nomás.", "rudeness"),
    ("es", "¿No leyó el contrato? Ahí viene todo.", "rudeness"),
    ("es", "Podemos pasarlo a un plan familiar con datos ilimitados por solo diez euros más.", "upsell"),
    ("zh", "您先别急 洗完牙酸几天是正常的 您是不是反应有点大了", "rudeness"),
    ("zh", "阿姨 您会不会想太多了 这个药大家都这么吃", "rudeness"),
    ("zh", "手机进水多半是您自己使用不当造成的 我们这边不保修", "argument"),
    ("zh", "安装师傅当时肯定交代过您的 开机前要先放水", "argument"),
    ("zh", "叫号顺序是系统排好的 我这边改不了", "argument"),
    ("zh", "另外我们现在有个升级套餐 加五百就能多做一次全身检查", "upsell"),
    ("zh", "那您几时付定金 我好给您锁房", "closing"),
    ("zh", "押金您是转账还是来店里交", "closing"),
])
def test_the_trainee_moves_read(code: str, line: str, move: str) -> None:
    assert move in _moves(code, line)


@pytest.mark.parametrize("code,line", [
    ("es", "Listo, ya está hecho. La última factura le llega solo hasta hoy, no le cobramos nada más."),  # a bill's last day
    ("es", "Le explico los requisitos: es leer el contrato con calma y firmar donde le marco."),           # no put-down
    ("es", "¿Qué quiere que hagamos primero, la cocina o el baño?"),                                       # a real question
    ("zh", "阿姨 您这几天饭后血糖大概是多少 有没有哪里不舒服"),   # a plain question
    ("zh", "您的担心我理解 我们先把原因查清楚"),                   # care, not a put-down
    ("zh", "这个顺序您要是不方便 我去跟护士站商量一下"),             # the process bent for the customer
])
def test_ordinary_replies_are_not_read_as_faults(code: str, line: str) -> None:
    assert not _moves(code, line) & {"rudeness", "argument", "pressure", "upsell", "closing"}


@pytest.mark.parametrize("opening,customer", [
    ("Hola, busco un piso para estudiantes.", "Bueno, busco en otra inmobiliaria entonces."),
    ("你好 我想问一下", "我先去问问别家 谢谢"),
    ("你好 我想问一下", "算了 那我不修了"),
])
def test_the_customer_leaves(opening: str, customer: str) -> None:
    assert walked_away(_after(opening, "Sin garantía no hay nada.", customer)) is not None


@pytest.mark.parametrize("line", ["你什么意思 说我笨啊", "什么叫我太敏感 我就是疼", "我不是来听你教训的"])
def test_the_chinese_customer_takes_offence(line: str) -> None:
    assert takes_offence(_after("你好 我想问一下", "您好 您说", line)[-1])


def test_the_chinese_customer_says_it_again() -> None:
    turn = _after("你好 我想问一下", "您好 您说", "我刚刚跟你说过了 我老婆腿脚不好 你有没有听到")[-1]
    assert turn.reader.says("repeat_complaint", turn.text_lower)


def test_putting_the_visit_off_is_no_leaving() -> None:
    assert walked_away(_after("你好 我想问一下", "您好 您说", "那我今天不去了 改明天吧")) is None

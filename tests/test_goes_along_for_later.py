"""A Spanish or Chinese customer who goes along with the step put forward and keeps only the decision for later
("Listo, mándemela y lo hablo con mi hijo") leaves the conversation open, not pushing back; a "no" or a "but" after the
same opener still pushes back. Lines written for this test."""
import pytest

from coursekit.scoring.exchange import parse_turns, where_left


def _left(trainee: str, customer: str) -> str:
    turns = parse_turns([{"speaker": "customer", "text": "Hola, quería preguntar."}, {"speaker": "trainee", "text": trainee},
                         {"speaker": "customer", "text": customer}])
    return where_left(turns)[1]


STEP_ES = "Le mando hoy la cotización por correo y el lunes le llamo para resolver dudas. ¿Le parece?"
STEP_ZH = "我明天上午把两种方案的报价发给您 周三再打电话跟您过一遍 您看可以吗"


@pytest.mark.parametrize("trainee,customer", [
    (STEP_ES, "Listo, mándemela y lo hablo con mi hijo, que él lleva las cuentas."),
    (STEP_ES, "Dale, mandámela y lo veo con mi socia el fin de semana."),
    (STEP_ZH, "行 你发过来吧 我跟我老公商量一下再说"),
])
def test_going_along_and_deciding_later_leaves_it_open(trainee: str, customer: str) -> None:
    assert _left(trainee, customer) == "open"


@pytest.mark.parametrize("trainee,customer", [
    (STEP_ES, "Bueno, no, lo voy a pensar con calma y ya le aviso."),
    (STEP_ZH, "好 不过我还是觉得太贵了 我再看看别家"),
    # the same words after a push are no going along
    ("Solo por hoy le dejo este precio, mañana sube. ¿Lo firmamos ya?", "Listo, mándemela y lo hablo con mi hijo."),
])
def test_a_no_a_but_or_a_push_before_it_still_pushes_back(trainee: str, customer: str) -> None:
    assert _left(trainee, customer) != "open"

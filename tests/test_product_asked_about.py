"""Another product brought up in the shape of a question ("did you know we have…?") sells it, in English, Spanish and
Chinese; a question about the customer's own things, or a plain fact about the shop, does not. Lines written for
this test (thirty-first round)."""
import pytest

from coursekit.scoring import analyse_turn
from coursekit.scoring.readers import reader


def _moves(code: str, line: str) -> frozenset[str]:
    if code == "en":
        return analyse_turn(line).moves
    r = reader(code)
    return r.read_turn(r.text(line))[1]


@pytest.mark.parametrize("code,line", [
    ("en", "I'm so sorry for your loss. Did you know we have a funeral plan with our partner bank, so the family is covered?"),
    ("en", "do u know we also offer a monthly cleaning plan for the filters"),
    ("es", "Lo siento mucho. ¿Sabe que tenemos un seguro de decesos con nuestro banco asociado?"),
    ("es", "sabias q tambien ofrecemos un plan de mantenimiento anual?"),
    ("zh", "节哀 您知道我们有一款家庭保障计划吗 每月才几十块"),
    ("zh", "你听说过我们店推出了会员卡吗"),
])
def test_another_product_asked_about_is_sold(code: str, line: str) -> None:
    assert "upsell" in _moves(code, line)


@pytest.mark.parametrize("code,line", [
    ("en", "Did you know we open at seven on Saturdays, if mornings suit you better?"),
    ("en", "Do you know the model number of the old boiler?"),
    ("es", "¿Sabe que hay que traer el DNI y el certificado?"),
    ("zh", "您知道我们几点关门吗 我怕您白跑一趟"),
])
def test_a_plain_question_or_fact_sells_nothing(code: str, line: str) -> None:
    assert not _moves(code, line) & {"upsell", "pitch"}

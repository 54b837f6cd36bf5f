"""The dialogue rubric reads Spanish and Chinese conversations: the same criteria and caps as in
English, each turn read in its own language, the feedback in the language the trainee wrote in."""
from __future__ import annotations

import json
import re
from importlib import import_module
from pathlib import Path

import pytest

from coursekit.labels import MOVES
from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import ENGLISH, parse_turns
from coursekit.scoring.readers import LANGUAGES, PITCH_IN_ANY_SHAPE, reader

DATA = Path(__file__).parent / "data"


def _dialogue(*lines: str) -> list[dict]:
    """Lines spoken in turn, the customer first."""
    return [{"speaker": "customer" if k % 2 == 0 else "trainee", "text": line} for k, line in enumerate(lines)]


SPANISH_GOOD = _dialogue(
    "Hola, quería ver lo del software de inventario, pero ahora mismo lo llevamos todo en Excel.",
    "Gracias por contarme. ¿Cómo organizan hoy el inventario y qué es lo que más les complica?",
    "Nos pasa que vendemos cosas que ya no tenemos, y el cliente se enoja cuando no llega.",
    "O sea que el problema es vender productos sin stock y quedar mal con el cliente, ¿es así?",
    "Sí, exacto, eso es lo que más nos duele.",
    "¿Qué más le gustaría resolver, aparte del stock?",
    "Que mis dos vendedores vean lo mismo desde el teléfono.",
    "Le propongo una demo el jueves con sus datos reales. ¿Le viene bien a las diez?",
    "Sí, el jueves a las diez me sirve.",
)
SPANISH_PUSHY = _dialogue(
    "Hola, quería ver lo del software de inventario, pero ahora mismo lo llevamos todo en Excel.",
    "Nuestro sistema es el más vendido del país y tiene todas las funciones que necesita.",
    "Bueno, pero no sé si lo necesitamos.",
    "Todos sus competidores ya lo usan. La oferta termina hoy, así que le conviene firmar ya.",
    "Mmm, déjeme pensarlo.",
    "No hay nada que pensar, firme hoy y le regalo la instalación.",
    "No, gracias.",
)
CHINESE_GOOD = _dialogue(
    "你好，我想了解一下你们的收银系统，不过我们店现在还是手工记账。",
    "您好，谢谢您过来。能跟我说说现在店里记账是怎么做的吗？哪里最让您头疼？",
    "每天晚上对账要两个小时，经常对不上，员工也抱怨。",
    "也就是说，最麻烦的是晚上对账花时间又容易出错，对吗？",
    "对，就是这个。",
    "除了对账，还有什么想解决的吗？",
    "还想看看哪些菜卖得好。",
    "那我周四上午带一台样机过来，用您店里的菜单演示一遍，您看可以吗？",
    "可以，周四上午我在店里。",
)
CHINESE_RUDE = _dialogue(
    "你好，我想了解一下你们的收银系统，不过我们店现在还是手工记账。",
    "都什么年代了还手工记账？你们这样早该被淘汰了。",
    "你这话说得有点过分吧。",
    "实话实说而已。我们的系统是全市卖得最好的，今天签约的话打八折，过了今天就恢复原价。",
    "算了，我去别家看看。",
)


def test_a_spanish_conversation_is_read_not_skipped():
    report = score_dialogue(SPANISH_GOOD)
    assert report.total >= 60
    assert "no se pudo" not in report.summary.lower() and "could not" not in report.summary
    confirming = next(c for c in report.criteria if c.id == "confirming_understanding")
    assert confirming.score == confirming.maximum and "O sea que el problema" in " ".join(confirming.evidence)


def test_a_chinese_conversation_is_read_not_skipped():
    report = score_dialogue(CHINESE_GOOD)
    assert report.total >= 60
    closing = next(c for c in report.criteria if c.id == "closing_the_loop")
    assert closing.score == closing.maximum


@pytest.mark.parametrize("good,bad", [(SPANISH_GOOD, SPANISH_PUSHY), (CHINESE_GOOD, CHINESE_RUDE)])
def test_pressure_and_put_downs_cap_the_score_in_spanish_and_chinese(good, bad):
    bad_report = score_dialogue(bad)
    assert bad_report.cap is not None and bad_report.total <= 40
    assert score_dialogue(good).total - bad_report.total >= 30


def test_feedback_is_in_the_language_the_trainee_wrote_in():
    es = score_dialogue(SPANISH_PUSHY)
    zh = score_dialogue(CHINESE_RUDE)
    assert re.search(r"[áéíóúñ¿]", es.summary) and " the " not in es.summary
    assert re.search(r"[\u4e00-\u9fff]", zh.summary) and " the " not in zh.summary
    # the cap names the turn that set it, in the trainee's own words
    assert "La oferta termina hoy" in es.summary


def test_each_turn_is_read_in_its_own_language():
    mixed = [{"speaker": "customer", "text": "Hi, our printers keep jamming and the team is fed up."},
             {"speaker": "trainee", "text": "¿Qué pasa exactamente cuando se atasca la impresora?"},
             {"speaker": "customer", "text": "It stops halfway through every long job."}]
    turns = parse_turns(mixed)
    assert turns[0].reader is ENGLISH and turns[1].reader.code == "es"
    assert turns[1].question is not None and turns[1].question.form == "open"


def test_an_objection_inside_a_spanish_conversation_is_found_and_an_answer_is_not():
    report = score_dialogue(_dialogue(
        "Buenas, vengo por lo del seguro del local.",
        "Con gusto. ¿Cuántos empleados trabajan con usted?",
        "Somos cinco, contando a mi hermana.",
        "Le recomiendo el plan completo, que cubre incendio, robo y responsabilidad civil.",
        "Uy, eso me suena carísimo para un local tan chico.",
        "Entiendo. Si pudiéramos ajustar la cobertura a lo que de verdad usa, ¿le interesaría verlo?",
        "Puede ser, sí.",
    ))
    objections = next(c for c in report.criteria if c.id == "objections_tested")
    assert objections.maximum > 0 and objections.score == objections.maximum


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_dialogue_lexicon_names_every_move_and_every_pattern_english_has(code):
    r = reader(code)
    lexicon = import_module(f"coursekit.scoring.dialogue_lexicon_{code}")
    assert set(lexicon.MOVE_CUES) - set(PITCH_IN_ANY_SHAPE) == set(MOVES)  # (and cues read as one of them)
    assert set(ENGLISH.patterns) <= set(r.patterns)
    for move, cues in lexicon.MOVE_CUES.items():
        assert cues, move
        for pattern, weight in cues:
            assert re.compile(pattern).groups == 0 and weight > 0, (move, pattern)


def _pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


#: Better-vs-worse pairs ranked right, at least (the issue asks 90 % on blind sets).
RANKED = 0.9


@pytest.mark.parametrize("code,folder", [(c, f) for c in LANGUAGES for f in ("dialogues", "blind", "blind2")])
def test_better_handled_conversations_rank_above_worse_ones(code, folder):
    path = DATA / code / folder / "ranked_pairs.jsonl"
    pairs = _pairs(path)
    right = [p["id"] for p in pairs if score_dialogue(p["better"]).total > score_dialogue(p["worse"]).total]
    assert len(right) >= RANKED * len(pairs), f"{len(right)}/{len(pairs)}"


@pytest.mark.parametrize("code,folder", [(c, f) for c in LANGUAGES for f in ("dialogues", "blind2")])
def test_gaming_conversations_score_low(code, folder):
    games = _pairs(DATA / code / folder / "gaming_pairs.jsonl")
    low = [g["id"] for g in games if score_dialogue(g["gaming"]).total <= 50]
    assert len(low) >= GAMING_LOW[code, folder] * len(games), f"{len(low)}/{len(games)}"


#: Share of gaming dialogues scoring at most 50, at least (measured figures in docs/scoring.md).
GAMING_LOW = {("es", "dialogues"): 0.8, ("zh", "dialogues"): 0.8, ("es", "blind2"): 0.6, ("zh", "blind2"): 0.6}


@pytest.mark.parametrize("lines", [
    ("Hola, busco una impresora para la oficina.", "¿Algo más?", "Eh, que imprima rápido.", "¿Algo más?",
     "Y que no gaste mucha tinta.", "¿Algo más?", "No, eso."),
    ("你好，我想买台打印机。", "还有别的吗？", "要打印快一点。", "还有别的吗？", "墨水别太费。", "还有别的吗？", "没了。"),
])
def test_the_same_question_again_and_again_earns_credit_once(lines):
    assert score_dialogue(_dialogue(*lines)).total <= 35


@pytest.mark.parametrize("line, move", [
    ("Le cobro el ProMax ahora mismo, ¿tarjeta o efectivo?", "pressure"),
    ("Lléveselo ya, que se acaban.", "pressure"),
    ("我现在就给您开单，刷卡还是现金？", "pressure"),
    ("大家都买这款，您也来一台吧。", "pressure"),
    ("¿Qué es exactamente lo que le hace dudar?", "counter_question"),
    ("Eso ya no es responsabilidad nuestra.", "argument"),
    ("来之前不会先看一下吗？", "rudeness"),
])
def test_a_move_in_the_trainees_own_words_is_read(line, move):
    turn = parse_turns([{"speaker": "customer", "text": "…"}, {"speaker": "trainee", "text": line}])[1]
    assert move in turn.moves


@pytest.mark.parametrize("line", ["¿Cuántos empleados tiene y cómo pagan hoy, con tarjeta?", "您平时是刷卡多还是现金多？",
                                  "您平时都用什么牌子？", "¿Qué le preocupa del cambio de proveedor?"])
def test_a_plain_question_is_no_offence(line):
    turn = parse_turns([{"speaker": "customer", "text": "…"}, {"speaker": "trainee", "text": line}])[1]
    assert not turn.moves & {"pressure", "argument", "rudeness", "leading", "upsell", "pitch"}


_PROPOSED_ES = SPANISH_GOOD[:7] + _dialogue(
    "", "Le propongo empezar con el plan básico para los dos vendedores. ¿Qué le parece?")[1:]
_PROPOSED_ZH = CHINESE_GOOD[:7] + _dialogue("", "那我给您开通标准版，包含对账和销量报表，您看怎么样？")[1:]


@pytest.mark.parametrize("proposed,holds_back,yes,again", [
    (_PROPOSED_ES, "Suena bien, pero déjeme pensarlo con mi socio.", "Suena bien, lo hacemos así.",
     "Entonces, ¿le preparo el contrato del plan básico para firmarlo?"),
    (_PROPOSED_ZH, "听起来不错，不过我再考虑一下。", "听起来不错，就这么定了。", "那我现在就给您下单吧，标准版一年，可以吗？"),
])
def test_asking_again_after_let_me_think_is_pressure_in_spanish_and_chinese(proposed, holds_back, yes, again):
    def ending(reply: str) -> list[dict]:
        return proposed + [{"speaker": "customer", "text": reply}, {"speaker": "trainee", "text": again},
                           {"speaker": "customer", "text": "..."}]
    pushed = score_dialogue(ending(holds_back))
    assert pushed.cap is not None and pushed.total <= 30
    assert score_dialogue(ending(yes)).cap is None  # the same words after a yes only wrap up


def test_no_after_did_i_miss_anything_confirms_a_spanish_summary_and_puts_nothing_right():
    lines = SPANISH_GOOD[:3] + _dialogue(
        "", "O sea que venden productos sin stock y el cliente se enoja. ¿Se me escapa algo?", "No, eso es todo.",
        "¿Qué más le gustaría resolver, aparte del stock?", "Que mis dos vendedores vean lo mismo desde el teléfono.",
        "Entonces quiere que los dos vendedores vean el mismo stock desde el teléfono. ¿Me olvido de algo?", "No, nada más.",
        "Le propongo una demo el jueves con sus datos reales. ¿Le viene bien a las diez?", "Sí, el jueves a las diez me sirve.")[1:]
    report = score_dialogue(lines)
    assert report.cap is None and report.total >= 60

"""Thirty-seventh round: short Spanish lines read as Spanish, and Chinese written in Traditional characters quoted back
in them.

"Dale, me parece bien.", "Perfecto." or "Claro, cualquier cosa nos llama." are Spanish, not English with foreign
words; the coach and the rubric read Chinese in Simplified characters, but the words they quote from a trainee or a
customer who wrote in Traditional ones are shown as written. Every example here is written afresh for the test.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import classify_objection, classify_question, score_dialogue
from coursekit.scoring.text import as_written, normalise


@pytest.mark.parametrize("line", ["Dale, me parece bien.", "Perfecto.", "Claro, cualquier cosa nos llama.",
                                  "Oye, tranquilo, venga el lunes.", "ok genial, gracias"])
def test_short_spanish_lines_are_read_as_spanish(line: str) -> None:
    assert normalise(line).language == "es"


@pytest.mark.parametrize("line", ["Perfect, see you on Monday.", "Sure, that sounds fine to me.",
                                  "We stayed at the Casa Claro last summer and it was great."])
def test_english_lines_stay_english(line: str) -> None:
    assert normalise(line).language == "en"


def test_the_coach_quotes_traditional_characters_as_written() -> None:
    said = classify_objection("這台冷氣還是太貴了，預算真的不夠")
    assert said.evidence and all(w in "這台冷氣還是太貴了，預算真的不夠" for w in said.evidence)
    assert any(w in said.feedback for w in said.evidence)
    simple = classify_objection("这台冷气还是太贵了，预算真的不够")
    assert simple.evidence and all(w in "这台冷气还是太贵了，预算真的不够" for w in simple.evidence)
    asked = classify_question("您現在的冷氣用了幾年？平常最不滿意的是哪裡？")
    assert asked.evidence and all(w in "您現在的冷氣用了幾年？平常最不滿意的是哪裡？" for w in asked.evidence)


def test_the_rubric_quotes_a_traditional_pitch_as_written() -> None:
    pitch = "這台變頻冷氣是最省電的，您今天訂就送安裝。"
    report = score_dialogue([
        {"speaker": "customer", "text": "你好，我想換一台冷氣，舊的太吵了。"},
        {"speaker": "trainee", "text": "好的，舊的那台主要是哪裡讓您不舒服？"},
        {"speaker": "customer", "text": "晚上睡覺的時候聲音很大，而且不太冷。"},
        {"speaker": "trainee", "text": pitch},
        {"speaker": "customer", "text": "我再想想。"},
    ])
    discovery = next(c for c in report.criteria if c.id == "discovery_before_pitch")
    assert discovery.evidence and all(e.rstrip("…") in pitch for e in discovery.evidence)
    assert f"“{discovery.evidence[0]}" in discovery.feedback


def test_as_written_keeps_what_no_traditional_text_holds() -> None:
    assert as_written(("太贵", "hello"), ["价格太贵了", "hello there"]) == ("太贵", "hello")
    assert as_written(("太贵", "再想…"), ["價格太貴了", "我再想想"]) == ("太貴", "再想…")

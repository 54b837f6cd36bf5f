"""Forty-first round: typed chat shorthand read as the words it stands for, and the Spanish and Chinese readings of a
long turn remembered like the English ones.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import classify_objection, score_dialogue
from coursekit.scoring.memo import forget
from coursekit.scoring.readers import reader
from coursekit.scoring.text import normalise


# -- typed chat shorthand -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, written", [
    ("idk tbh, ill think abt it tmrw", "i don't know to be honest, i'll think about it tomorrow"),
    ("dunno, hes away till friday btw", "don't know, he's away till friday by the way"),
    ("lemme check w the ppl upstairs b4 i say yes", "let me check w the people upstairs before i say yes"),
    ("ill msg u when shes back", "i'll msg you when she's back"),
])
def test_chat_shorthand_reads_as_the_words_it_stands_for(typed: str, written: str) -> None:
    assert normalise(typed).lower == written


@pytest.mark.parametrize("kept", [
    "We need an RN on every shift.",      # a registered nurse, not "right now"
    "He's been ill since Monday.",        # "ill" is a word of its own before anything but a promised step
    "Is the ATM in the lobby working?",
])
def test_words_that_only_look_like_shorthand_stay(kept: str) -> None:
    assert normalise(kept).lower == kept.lower()


@pytest.mark.parametrize("typed, spelled", [
    ("dunno, ppl here are happy with what we have tbh", "I don't know, people here are happy with what we have, to be honest."),
    ("idk, 90 a month is a lot for us tbh", "I don't know, 90 a month is a lot for us, to be honest."),
    ("lemme think abt it and talk to my wife b4 i sign", "Let me think about it and talk to my wife before I sign."),
])
def test_an_objection_typed_in_shorthand_is_the_one_spelled_out(typed: str, spelled: str) -> None:
    assert classify_objection(typed).label == classify_objection(spelled).label


# -- Spanish and Chinese readings remembered ------------------------------------------------------------------------------
@pytest.mark.parametrize("code, line", [
    ("zh", "那您现在每个月大概发多少单？主要是发江浙沪吗？"),
    ("es", "Entonces lo que más le preocupa es el precio, ¿verdad? ¿Cuántas líneas tienen ahora?"),
])
def test_a_remembered_reading_hands_out_its_own_evidence(code: str, line: str) -> None:
    """The reading of a turn is remembered; what one caller does with its evidence never reaches the next caller."""
    text = normalise(line)
    first = reader(code).read_turn(text)
    first[2]["planted"] = ("words nobody said",)
    again = reader(code).read_turn(text)
    assert "planted" not in again[2]
    assert again[:2] == first[:2]


def test_chinese_sentences_are_a_new_list_each_time() -> None:
    split = reader("zh").sentences
    first = split("您好 请问在吗 我想退个货")
    first.append("没说过的话")
    assert split("您好 请问在吗 我想退个货") == first[:-1]


def test_a_long_chinese_line_said_twice_scores_as_a_fresh_reading() -> None:
    """The same long line from both sides is read once: the score is the one a reading from scratch gives."""
    line = "你好 我想问一下 " * 300
    dialogue = [{"speaker": "trainee", "text": line}, {"speaker": "customer", "text": line}, {"speaker": "customer", "text": "好"}]
    forget()
    fresh = score_dialogue(dialogue).to_dict()
    assert score_dialogue(dialogue).to_dict() == fresh

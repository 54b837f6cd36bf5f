"""What blind_typed19's players listed (the set was measured on 263dc17 before anything in it was read): a scripted
answer that is nothing but "If it's about the contract, yes, I have time." said to "what's the biggest headache running
the trucks?", which tests nothing; a question before "if you don't mind telling me" not read as a question.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coursekit.scoring import analyse_turn
from coursekit.sim import Session, replies
from coursekit.sim.scenario import list_scenarios

PATHS = Path(__file__).parent / "data" / "blind_typed19" / "typed_paths.json"

#: A scripted answer that is only the answer to a hypothetical ("If X, yes, …."), with nothing said after it.
_ONLY_CONDITIONAL = re.compile(r"^\s*if\b[^.!?]*,\s*(?:then\s+)?(?:yes|maybe|perhaps)\b(?:,[^.!?]*)?\s*[.!]\s*$", re.IGNORECASE)


@pytest.mark.parametrize("scenario", list_scenarios(), ids=lambda s: s.id)
def test_every_answer_to_a_test_says_something_after_its_if(scenario):
    for objection in scenario.objections:
        for line in objection.test_reply:
            assert not _ONLY_CONDITIONAL.match(line), (objection.id, line)
            rest = replies.without_conditional_answer(line)
            assert rest.strip(), (objection.id, line)


def test_a_question_that_tests_nothing_gets_no_answer_to_a_hypothetical():
    first = json.loads(PATHS.read_text(encoding="utf-8"))["haulage_fuel"][0]
    reply = Session("haulage_fuel", seed=0).say(first).text
    assert not reply.startswith("If it's about the contract")


@pytest.mark.parametrize("turn", ["what happened, if you don't mind telling me...",
                                  "What went wrong with them, if you don't mind sharing."])
def test_a_question_before_if_you_dont_mind_telling_me_is_a_question(turn):
    analysis = analyse_turn(turn)
    assert analysis.question is not None and analysis.question.is_question

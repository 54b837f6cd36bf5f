"""Typing in a Spanish or Chinese simulation: the customer understands a typed reply that says what
one of the shown replies says, in the trainee's own words; an offence typed in the trainee's words
costs trust; anything else gets a note, changes nothing, and stays in the box to be reworded."""
from __future__ import annotations

import pytest

from coursekit.i18n import t, use_language
from coursekit.sim import Session, load_scenario

SCENARIO = "drill_for_saturday"
SEED = 3
#: The best first reply of the drill customer ("Where will you drill, and what for?") in other words.
IN_OTHER_WORDS = {"es": "¿En qué superficie va a taladrar y para qué lo necesita?", "zh": "您打算在哪里打孔？用来做什么？"}
RUDE = {"es": "Eres un idiota, no tengo todo el día.", "zh": "你真笨，这都不懂吗？"}


@pytest.fixture(params=["es", "zh"])
def lang(request):
    use_language(request.param)
    yield request.param
    use_language(None)


def _session(lang: str) -> Session:
    return Session(load_scenario(SCENARIO, lang=lang), seed=SEED)


def _best(session: Session) -> int:
    return max(session.options(), key=lambda option: option.rank).number


def test_a_reply_typed_in_other_words_plays_the_reply_it_says(lang):
    typed, clicked = _session(lang), _session(lang)
    reply = typed.say(IN_OTHER_WORDS[lang])
    clicked_reply = clicked.choose(_best(clicked))
    assert reply.accepted and reply.text == clicked_reply.text
    assert typed.state == clicked.state and typed.turn_id == clicked.turn_id
    line = [line for line in typed.transcript if line.speaker == "trainee"][-1]
    assert line.text == IN_OTHER_WORDS[lang] and line.option is None  # the trainee's words, typed
    # the English twin, which the scorers read, played the same reply
    twin = [line for line in typed.english_transcript if line.speaker == "trainee"][-1]
    assert twin.text == [line for line in clicked.english_transcript if line.speaker == "trainee"][-1].text


def test_english_typed_in_a_translated_course_is_read_against_the_english_replies(lang):
    typed, clicked = _session(lang), _session(lang)
    assert typed.say("What will you be drilling into, and what for?").text == clicked.choose(_best(clicked)).text


def test_a_line_that_says_none_of_the_replies_gets_a_note_and_changes_nothing(lang):
    session = _session(lang)
    before = (session.state, len(session.transcript), len(session.english_transcript))
    reply = session.say({"es": "Hace buen tiempo hoy.", "zh": "今天天气不错。"}[lang])
    assert not reply.accepted and reply.note == t("sim.note.typed_unmatched") and not reply.text
    assert (session.state, len(session.transcript), len(session.english_transcript)) == before


def test_an_offence_typed_in_the_trainees_words_costs_trust_and_caps_the_score(lang):
    session = _session(lang)
    before = session.state
    reply = session.say(RUDE[lang])
    assert reply.accepted and reply.text
    assert session.state.trust < before.trust and session.state.patience < before.patience
    assert session._twin is not None and session._twin.state == session.state  # the twin reacted alike
    report = session.report()
    assert report.total <= 20 and RUDE[lang] in report.summary


def test_the_widget_keeps_a_line_the_customer_did_not_take(lang):
    from coursekit.widgets.dialogue import SimulationWidget

    widget = SimulationWidget(SCENARIO, seed=SEED)  # in the course's language (the fixture's)
    assert widget.typing_note.value  # the trainee is told what typed words the customer understands
    unmatched = {"es": "Hace buen tiempo hoy.", "zh": "今天天气不错。"}[lang]
    widget.text.value = unmatched
    widget._submit()
    assert widget.text.value == unmatched and t("sim.note.typed_unmatched") in widget.note.value
    widget.text.value = IN_OTHER_WORDS[lang]
    widget._submit()
    assert widget.text.value == "" and IN_OTHER_WORDS[lang] in widget.transcript.value


def _typed_steps(lang: str, name: str):
    """(scenario, typed line, shown options, what the session reads the line as) at every step of the
    best path, from tests/data/<lang>/<name>; the best reply is clicked after each step."""
    import json
    from pathlib import Path

    for conversation in json.loads((Path(__file__).parent / "data" / lang / name).read_text(encoding="utf-8")):
        session = Session(load_scenario(conversation["scenario"], lang=lang), seed=0)
        for step in conversation["steps"]:
            if session.finished or not session.options():
                break
            options = session.options()
            number, _ = session._read_typed(step["typed"])
            yield conversation["scenario"], step["typed"], options, number
            session.choose(max(options, key=lambda option: option.rank).number)


@pytest.mark.parametrize("lang", ["es", "zh"], indirect=True)
def test_the_best_replies_typed_in_other_words_are_understood_as_themselves(lang):
    """tests/data/<lang>/typed_best.json: each best reply of every scenario reworded by a native writer
    (the thresholds were chosen on it: a development set). At least 90 % are understood, and every
    one understood is played as the best reply, never as another."""
    steps = list(_typed_steps(lang, "typed_best.json"))
    for scenario, typed, options, number in steps:
        assert number in (None, max(options, key=lambda option: option.rank).number), (scenario, typed)
    understood = sum(number is not None for *_, number in steps)
    assert understood >= 0.9 * len(steps), f"{understood}/{len(steps)}"


@pytest.mark.parametrize("lang", ["es", "zh"], indirect=True)
def test_weak_replies_typed_in_other_words_are_never_taken_for_the_best(lang):
    """tests/data/<lang>/typed_worst.json: the weakest reply at every step of the best path, reworded by
    a native writer with its fault kept (written after the thresholds were chosen, measured once:
    es 137 and zh 133 of 155 played as themselves, one each as a better reply, none as the best)."""
    steps = list(_typed_steps(lang, "typed_worst.json"))
    for scenario, typed, options, number in steps:
        assert number != max(options, key=lambda option: option.rank).number, (scenario, typed)
    as_itself = sum(number == min(options, key=lambda option: option.rank).number for _, _, options, number in steps)
    assert as_itself >= 0.8 * len(steps), f"{as_itself}/{len(steps)}"


@pytest.mark.parametrize("lang", ["es", "zh"], indirect=True)
def test_a_wall_of_text_or_an_empty_line_costs_patience_as_in_english(lang):
    for line in ("x" * 30000, "   ", "<b></b>"):
        session, english = _session(lang), Session(load_scenario(SCENARIO, lang="en"), seed=SEED)
        reply = session.say(line)
        english.say(line)
        assert reply.accepted and reply.text and not reply.note
        assert session.state == english.state and session.state.patience < _session(lang).state.patience

"""A next step said the way staff say it (2026-12-03, sixteenth round).

Read on the good and better sides of the measured sets that scored nothing for closing the loop although the
customer had agreed a concrete next step (every example here is written afresh): a promise with when it happens in
everyday words ("at eight", "that day", "next month", "when the part is in"), an action tied to the customer's
booking ("I'll put it under your name"), an arrangement stated time first with its place ("Friday 9:30 at the
depot"). A question beside such a promise still asks about the need; "I can see the crack" or "I can tell you the
price" is no empathy; the fault put on the customer's side before anything was checked is an argument.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue


@pytest.mark.parametrize("text, move, present", [
    ("I'll come at nine, before the shop opens.", "commitment", True),
    ("I'll ring the supplier and check stock for the second half of next month.", "commitment", True),
    ("Bring the old meter reading on Tuesday; I'll enter everything that day.", "commitment", True),
    ("I'll text you myself when the part is in.", "commitment", True),
    ("I'll call you as soon as it's ready.", "commitment", True),
    ("Fine, I'll put the frames under your name.", "commitment", True),
    ("I'll jot those down on your file so the fitter sees them.", "commitment", True),
    ("Friday 9:30 at the depot, it takes about twenty minutes.", "commitment", True),
    ("Wednesday at ten, then.", "commitment", True),
    ("Saturday at eight, yes, I have a table.", "commitment", False),
    ("I'll think about what else might help.", "commitment", False),
    ("Parts usually arrive within a week or so.", "commitment", False),
    ("I can see the crack from here, it's on the hinge side.", "empathy", False),
    ("I can tell you the price of both now.", "empathy", False),
    ("I can see why that worried you.", "empathy", True),
    ("It's most likely a settings change on your side.", "argument", True),
    ("That's definitely not from our side, we changed nothing.", "argument", True),
    ("Someone probably opened something they shouldn't have.", "argument", True),
    ("It's probably not on your side at all, let me look at ours.", "argument", False),
    ("It's most likely nothing on your end.", "argument", False),
])
def test_next_steps_and_their_neighbours(text, move, present):
    assert (move in analyse_turn(text).moves) is present, sorted(analyse_turn(text).moves)


_BOOKING = [
    {"speaker": "customer", "text": "My boiler is making a banging noise every morning and the radiators stay cold upstairs."},
    {"speaker": "trainee", "text": "That sounds miserable in this weather. When did the banging start, and does it happen when the heating comes on?"},
    {"speaker": "customer", "text": "About a week ago, yes, right when it kicks in at six. The downstairs ones are fine."},
    {"speaker": "trainee", "text": "That points to air or sludge in the upstairs circuit. An engineer can flush it; it takes about two hours."},
    {"speaker": "customer", "text": "Okay. Can someone come Thursday? I work from home then."},
]


def _closing(turns):
    return next(c for c in score_dialogue(turns).criteria if c.id == "closing_the_loop")


def test_a_promise_with_its_time_in_everyday_words_closes_the_loop():
    said = _BOOKING + [{"speaker": "trainee", "text": "Yes. I'll come at eight and bring a new valve in case it's that."}]
    vague = _BOOKING + [{"speaker": "trainee", "text": "Yes. We'll sort something out for you."}]
    assert _closing(said).score > 0 and "next step" in _closing(said).feedback
    assert _closing(vague).score == 0


def test_a_question_beside_a_promise_still_asks_about_the_need():
    opening = {"speaker": "customer", "text": "I need a van for Saturday, the big one if you have it."}
    reply = {"speaker": "customer", "text": "Moving my daughter into her first flat, third floor, no lift, lots of boxes and a sofa."}
    with_promise = [opening, {"speaker": "trainee", "text": "I'll hold the big one for you until tomorrow at noon. What are you moving?"}, reply]
    without = [opening, {"speaker": "trainee", "text": "What are you moving?"}, reply]
    said = {c.id: c for c in score_dialogue(with_promise).criteria}
    plain = {c.id: c for c in score_dialogue(without).criteria}
    for cid in ("discovery_before_pitch", "open_questions"):  # the same feedback: the question counted
        assert said[cid].feedback == plain[cid].feedback and said[cid].score > 0
    assert "was open" in said["open_questions"].feedback


@pytest.mark.parametrize("line, reading, present", [
    # the customer's protest at a question asked again
    ("Everyone. I said nobody in the office.", "repeat_complaint", True),
    ("I'm not answering that again. Can you escalate it or not?", "repeat_complaint", True),
    ("Ring me back when you've read your own notes.", "repeat_complaint", True),
    ("I've told you twice, it's the blue one.", "repeat_complaint", True),
    ("I'm just really angry, I said it twice to the waiter.", "repeat_complaint", False),
    ("I said I'd think about it.", "repeat_complaint", False),
    # going with the business is no walk-out; going with another one is
    ("no id rather someone does it tbh, ill go with yous. send the list", "walks_away", False),
    ("Fine, I'll go for it.", "walks_away", False),
    ("640 is too high, the other agent gave 540. ill go with them", "walks_away", True),
    ("Forget it, I'll just go.", "walks_away", True),
])
def test_customer_lines_read_for_what_they_say(line, reading, present):
    from coursekit.scoring.exchange import parse_turns

    turn = parse_turns([{"speaker": "customer", "text": line}])[0]
    assert turn.reader.says(reading, turn.text.lower()) is present


def test_i_will_ring_you_the_minute_it_is_back_is_a_promise():
    assert "commitment" in analyse_turn("I'll ring you the minute the line's back and check it with you.").moves

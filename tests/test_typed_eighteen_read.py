"""What blind_typed18 (played on 28ca1f6, measured once at 81.4 with 16 of 19 at 80 or more, then read) showed: their own
people's discounts played back taken for a discount offered ("Why are you talking price already?"); a question about
what would let him trust the seller, with two examples, taken for a stuffed question; "May I suggest a next step: a
half-day workshop…; would that be useful to you?" read as no proposal; "is the post office still cheaper for u" taken
for a discount; "would u like to try…" not read as a proposal; "Picture and sound are OK?" taken for a summary check; a
brush-off said again after the doubt it hid was settled; proof offered ("our on-time report… you can call them
directly") met with "can you show me?"; a worry asked about met with "It sounds sensible, but…"; "All right. Go on." as
the last words of a sale.
"""
from __future__ import annotations

import json
from pathlib import Path

from coursekit.scoring import analyse_turn
from coursekit.sim import Session, play_typed
from coursekit.sim.asking import checks_summary, proposes

PATHS = Path(__file__).parent / "data" / "blind_typed18" / "typed_paths.json"


def _lines(scenario: str) -> list[str]:
    return json.loads(PATHS.read_text(encoding="utf-8"))[scenario]


def _replies_up_to(scenario: str, starts: str) -> list[str]:
    session = Session(scenario, seed=0)
    said = []
    for line in _lines(scenario):
        said.append(session.say(line).text)
        if line.startswith(starts):
            return said
    raise AssertionError(f"no line starting {starts!r}")


def test_their_own_discounts_played_back_offer_none():
    played_back = ("so they do close, but 8-10% off almost every order is a lot of margin walking out the door. would it "
                   "be fair to say the real issue is holding price rather than closing itself")
    assert "discount" not in analyse_turn(played_back).moves
    assert "discount" in analyse_turn("I can give you 10% off if you sign this week.").moves
    assert "talking price" not in _replies_up_to("consulting_suzhou", "so they do close")[-1]


def test_asking_what_would_let_him_trust_us_is_a_counter_question_and_caps_nothing():
    asked = ("fair enough, trust takes time. what would help u know us better, talking to a factory we've trained or me "
             "coming to sit in on a few of ur quotes first")
    assert "counter_question" in analyse_turn(asked).moves
    report = play_typed("consulting_suzhou", _lines("consulting_suzhou")).report()
    assert not report.limits and report.total >= 80


def test_a_next_step_suggested_is_a_proposal_not_a_stuffed_question():
    suggested = ("I agree with you; the target needs more than spreadsheets. May I suggest a next step: a half-day workshop "
                 "with your team and the consultant who would stay with you; would that be useful to you?")
    assert "commitment" in analyse_turn(suggested).moves
    assert "commitment" not in analyse_turn("May I suggest you check the wiring first?").moves
    report = play_typed("erp_month_end", _lines("erp_month_end")).report()
    assert not report.limits and report.total >= 80


def test_asking_whether_the_old_way_is_still_cheaper_offers_no_discount():
    asked = ("the stamp is cheaper for sure. but when u add a lost sweater plus paying the knitter plus a return that "
             "costs more than the sweater, is the post office still cheaper for u over a month")
    assert "discount" not in analyse_turn(asked).moves
    assert "discount" in analyse_turn("We can make it cheaper for you if you order today.").moves


def test_typed_u_in_a_proposal_and_a_state_asked_with_ok():
    assert proposes("would u like to try our tracked service on ur next 15 parcels so u can see for urself")
    assert not checks_summary("Picture and sound are OK?")
    assert checks_summary("So the van by nine, is that ok?")
    said = _replies_up_to("no_need_phone_chengdu", "Seeing your grandson every Sunday")
    assert "understood me" not in said[-1]


def test_a_brush_off_is_not_said_again_once_the_doubt_it_hid_is_settled():
    session = play_typed("corner_shop_snacks", _lines("corner_shop_snacks"))
    answers = [line.text for line in session.transcript if line.speaker != "trainee"]
    assert not any("Leave your card" in answer for answer in answers[1:])
    assert session.outcome == "won"


def test_proof_offered_is_not_met_with_show_me():
    said = _replies_up_to("freight_spring_peak", "Fair. I can bring our on-time report")
    assert "show me" not in said[-1]


def test_a_worry_asked_about_is_not_answered_as_if_a_plan_was_put():
    said = _replies_up_to("plumber_bookkeeping", _lines("plumber_bookkeeping")[1][:30])
    assert "sounds sensible" not in said[-1].lower()


def test_a_sale_does_not_end_on_go_on():
    session = play_typed("haulage_fuel", _lines("haulage_fuel"))
    last = [line.text for line in session.transcript if line.speaker != "trainee"][-1]
    assert session.outcome == "won" and "Go on" not in last

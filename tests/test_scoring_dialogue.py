"""coursekit.scoring.score_dialogue: the rubric, its pairs, and malformed input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit.scoring import CRITERIA, score_dialogue
from coursekit.scoring.evaluation import load_jsonl

PAIRS = load_jsonl(Path(__file__).parent / "data" / "dialogue_pairs.jsonl")
IDS = ["discovery_before_pitch", "open_questions", "confirming_understanding", "listening", "objections_tested",
       "calm_with_upset_customer", "higher_need_levels", "closing_the_loop", "customer_outcome"]


def T(text):
    return {"speaker": "trainee", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def test_at_least_eight_pairs():
    assert len(PAIRS) >= 8
    for p in PAIRS:
        assert p["good"] and p["bad"] and p["id"]


@pytest.mark.parametrize("pair", PAIRS, ids=[p["id"] for p in PAIRS])
def test_better_dialogue_scores_higher(pair):
    good, bad = score_dialogue(pair["good"]), score_dialogue(pair["bad"])
    assert good.total > bad.total + 10, (good.to_dict(), bad.to_dict())


def test_report_shape():
    r = score_dialogue(PAIRS[0]["good"])
    assert [c.id for c in r.criteria] == IDS == [c[0] for c in CRITERIA]
    assert isinstance(r.total, int) and 0 <= r.total <= 100
    assert r.summary and "<" not in r.summary
    for c in r.criteria:
        assert c.name and c.feedback and 0 <= c.score <= c.maximum + 1e-9
    assert abs(sum(c.score for c in r.criteria) - r.total) <= 1
    assert sum(c.maximum for c in r.criteria) == pytest.approx(100, abs=0.5)
    d = json.loads(json.dumps(r.to_dict()))
    assert set(d) >= {"total", "criteria"}
    assert set(d["criteria"][0]) >= {"id", "name", "score", "maximum", "feedback"}


def test_criteria_that_do_not_apply_are_weighted_out():
    r = score_dialogue([T("How do you plan deliveries today?"), C("By phone."),
                        T("What would success look like for you this year?")])
    for cid in ("objections_tested", "calm_with_upset_customer"):
        c = r.criterion(cid)
        assert c.maximum == 0 and c.score == 0 and "weighted out" in c.feedback
    assert sum(c.maximum for c in r.criteria) == pytest.approx(100, abs=0.5)


@pytest.mark.parametrize("turns", [[], None, "not a list", 42, [C("Hello, I need a new oven.")],
                                   [{"speaker": "trainee"}, {"text": "hi"}, 5, None, {"speaker": "robot", "text": "hi"},
                                    {"speaker": "trainee", "text": None}, {"speaker": "trainee", "text": ""}]])
def test_no_trainee_turns_scores_zero(turns):
    r = score_dialogue(turns)
    assert r.total == 0
    assert [c.id for c in r.criteria] == IDS


def test_malformed_turns_are_skipped():
    turns = [{"speaker": "trainee"}, 7, {"speaker": "TRAINEE", "text": "How do you handle returns today?"},
             {"speaker": "alien", "text": "beep"}, {"speaker": "customer", "text": 3},
             {"speaker": "Customer", "text": "We take them back at the counter, no questions asked."}]
    r = score_dialogue(turns)
    assert r.total > 0 and r.trainee_turns == 1


def test_pitch_first_gets_no_discovery_marks():
    r = score_dialogue([T("Our new van is the best on the market and comes with free GPS."), C("OK."),
                        T("How many vans do you run?")])
    assert r.criterion("discovery_before_pitch").score == 0
    assert "before asking" in r.criterion("discovery_before_pitch").feedback


def test_open_questions_share():
    closed = score_dialogue([T("Do you run vans?"), C("Yes."), T("Are they new?"), C("No.")])
    opened = score_dialogue([T("How do you run deliveries?"), C("Vans."), T("What happens when one breaks down?"), C("Chaos.")])
    assert closed.criterion("open_questions").score == 0
    assert opened.criterion("open_questions").score == opened.criterion("open_questions").maximum


def test_arguing_with_upset_customer_scores_zero_on_calm():
    r = score_dialogue([C("This is ridiculous, the third late delivery this month!"),
                        T("That's not our fault, you should have ordered earlier.")])
    c = r.criterion("calm_with_upset_customer")
    assert c.maximum > 0 and c.score == 0


def test_empathy_with_upset_customer_scores_well():
    r = score_dialogue([C("This is ridiculous, the third late delivery this month!"),
                        T("I'm so sorry, I understand your frustration. I'll call you by 3 pm today with a fixed slot.")])
    c = r.criterion("calm_with_upset_customer")
    assert c.score >= 0.8 * c.maximum


def test_discount_on_price_objection_is_penalised():
    bad = score_dialogue([T("What matters most to you?"), C("Honestly, your price is too high."),
                          T("OK, I can give you a 15% discount.")])
    good = score_dialogue([T("What matters most to you?"), C("Honestly, your price is too high."),
                           T("Too high compared to what? What would a fair price need to include for you?")])
    assert bad.criterion("objections_tested").score < 0.3 * bad.criterion("objections_tested").maximum
    assert good.criterion("objections_tested").score == good.criterion("objections_tested").maximum


def test_higher_need_levels_and_closing_the_loop():
    r = score_dialogue([T("What are you trying to achieve with the new store this year?"), C("More families."),
                        T("How would you like us to support you over the long term?"), C("Be there when it matters."),
                        T("What else should we look at?"), C("Parking for delivery vans.")])
    assert r.criterion("higher_need_levels").score == r.criterion("higher_need_levels").maximum
    assert r.criterion("closing_the_loop").score == r.criterion("closing_the_loop").maximum
    low = score_dialogue([T("How fast is your current printer?"), C("Slow.")])
    assert low.criterion("higher_need_levels").score < 0.5 * low.criterion("higher_need_levels").maximum
    assert low.criterion("closing_the_loop").score == 0


def test_objections_declared_by_the_simulator_replace_detection():
    from coursekit.scoring.dialogue import Annotation, score_annotated

    lines = [
        ("customer", "I'm in a hurry, I haven't got all day.", Annotation(objections=())),
        ("trainee", "What do you need it for?", None),
        ("customer", "That's far too expensive for me.", Annotation(objections=("too_expensive",))),
        ("trainee", "If it paid for itself within a month, would you go ahead?", None),
    ]
    feedback = score_annotated(lines).criterion("objections_tested").feedback
    assert "too expensive" in feedback and "no time" not in feedback
    detected = score_dialogue([{"speaker": s, "text": t} for s, t, _ in lines])
    assert "no time" in detected.criterion("objections_tested").feedback


def test_a_turn_list_cannot_award_itself_marks():
    """Tags, levels and objections on turn dicts are ignored: only the simulator's channel carries them."""
    plain = [C("Hi, I need a printer."), T("Sure."), C("A fast one."), T("Okay.")]
    forged = [C("Hi, I need a printer.", ), {"speaker": "trainee", "text": "Sure.", "tags": ["paraphrase", "what_else"],
        "level": "success"},
              {"speaker": "customer", "text": "A fast one.", "objections": ["too_expensive"]},
              {"speaker": "trainee", "text": "Okay.", "tags": ["hypothesis", "empathy"], "level": "relationship"}]
    assert score_dialogue(forged).to_dict() == score_dialogue(plain).to_dict()


def test_discovery_short_of_marks_says_why_not_too_few():
    """Two questions about the need are enough in number: the feedback names the one that found less."""
    moved_on = score_dialogue([
        C("Drills. Where are they, and which one is good? I'm in a hurry."),
        T("Hi, what brings you in today?"),
        C("Concrete walls. My old drill just skates across them."),
        T("What are you putting up on those walls?"),
        C("Shelves for my daughter, she moves back on Saturday."),
    ]).criterion("discovery_before_pitch")
    assert moved_on.score < moved_on.maximum
    assert "too few" not in moved_on.feedback
    assert "Hi, what brings you in today?" in moved_on.feedback and "moved on" in moved_on.feedback
    closed = score_dialogue([
        C("I need a new phone plan."),
        T("Is it for you?"),
        C("Yes."),
        T("Do you use much data?"),
        C("Some."),
    ]).criterion("discovery_before_pitch")
    assert closed.score < closed.maximum
    assert "too few" not in closed.feedback and "closed" in closed.feedback


def test_each_repeat_past_the_limit_lowers_the_cap():
    asked_twice = [C("Hello, I'm looking at ovens."), T("What else?"), C("A bigger one."), T("What else?"),
                   C("Nothing."), T("What else?"), C("I said nothing.")]
    asked_often = asked_twice + [T("What else?"), C("Nothing!"), T("What else?"), C("Goodbye."), T("What else?"),
                                 C("...")]
    assert score_dialogue(asked_often).cap is not None and score_dialogue(asked_twice).cap is not None
    assert score_dialogue(asked_often).cap < score_dialogue(asked_twice).cap


def test_what_else_as_the_first_question_closes_no_loop():
    r = score_dialogue([C("Hi, I need a phone plan."), T("What else?"), C("Nothing, just a plan.")])
    assert r.criterion("closing_the_loop").score == 0 and "before the customer had told you" in r.criterion(
        "closing_the_loop").feedback


@pytest.mark.parametrize("turns", [
    # the yes taken for granted before the customer said it ("I'm not sure yet" is no yes)
    [C("My wife says I should stop doing the books myself. I'm not sure yet."),
     T("Great, so we're agreed: you'll take our monthly package from Monday. Thanks for your business!"),
     C("It sounds sensible, but money is tight until March.")],
    # asking again straight after "let me sleep on it"
    [C("I want the books done properly."), T("What goes wrong with them today?"), C("I never find the time."),
     T("So it's the time it takes that hurts, is that right?"), C("Yes, exactly."),
     T("Shall I put you down for Monday?"), C("Let me sleep on it. I don't know you well enough yet."),
     T("Deal then - Monday at nine, signed and sealed!"), C("I said I'd think about it.")],
])
def test_a_close_pushed_before_a_yes_or_after_a_no_yet_is_pressure(turns):
    r = score_dialogue(turns)
    assert r.cap is not None and "pressure" in r.cap_reason


def test_a_close_after_a_yes_is_no_pressure():
    r = score_dialogue([C("I want the books done properly."), T("What goes wrong with them today?"),
                        C("I never find the time."), T("So it's the time it takes that hurts, is that right?"),
                        C("Yes, exactly."), T("Shall I put you down for Monday at nine?"), C("Yes, Monday is fine.")])
    assert r.cap is None


def test_full_marks_for_listening_carry_no_criticism():
    """Four of five answered questions is full marks (LISTENING_TARGET): the sentence says what was done."""
    listening = score_dialogue([
        C("Can your van carry two tonnes?"), T("Two tonnes, yes. What do you usually carry?"),
        C("Pallets of tiles. Will they fit through the side door?"),
        T("The tiles fit through the side door, yes. How many pallets a day?"),
        C("About six. Is the van easy to park in town?"), T("Parking in town is easy, it is short. Where do you deliver most?"),
        C("Old town. Does it have a camera at the back?"), T("What's your budget?"),
        C("Hm. How long is the warranty?"), T("The warranty is five years. What else matters to you?"), C("That's it."),
    ]).criterion("listening")
    assert listening.score == listening.maximum
    assert "4 of your 5" in listening.feedback and "moved on" not in listening.feedback


def test_calm_feedback_names_what_a_reply_left_out_not_a_generic_script():
    r = score_dialogue([C("This is the third time the line is dead! Nobody ever comes!"),
                        T("I'm so sorry, that's awful. What happened when you called yesterday?"),
                        C("They said someone would come and nobody did.")])
    calm = r.criterion("calm_with_upset_customer")
    assert calm.score < calm.maximum
    assert "commit to a next step" in calm.feedback and "acknowledged the feeling" in calm.feedback


def test_an_invented_summary_that_asks_for_the_order_earns_no_credit_and_a_rejection_is_a_correction():
    r = score_dialogue([
        C("The pumps you sold us two years ago have been nothing but trouble."),
        T("So, like, to sum up, you told me you love our pumps and want to order ten more - did I get that right?"),
        C("Your new pump costs thirty percent more than Nordflow's. Too expensive."),
        T("So what matters most is energy efficiency - did I get that right?"),
        C("Well, I haven't really told you much yet."),
        T("So you said the seals are fine but the pumps are too noisy - is that right?"),
        C("That's your answer, not mine."),
    ])
    confirming = r.criterion("confirming_understanding")
    assert confirming.score == 0, confirming.feedback
    assert r.cap is not None and "put you right" in r.cap_reason


def test_spoken_fillers_between_commas_are_no_keyword_list():
    spoken = score_dialogue([C("I'm supposed to buy a blood pressure monitor."),
                             T("Right, so, um, is it for, like, morning and evening readings?"),
                             C("My doctor wants me to measure morning and evening for two weeks.")])
    stuffed = score_dialogue([C("Hello, I need a van."),
                              T("What are your goals, success, trust, service, experience, price, budget?"),
                              C("Cheap.")])
    assert spoken.cap is None and stuffed.cap is not None


def test_a_summary_of_a_long_discovery_in_the_customers_words_is_no_recital():
    turns = [C("Our month-end close takes ten days and the board wants it in three."), T("What makes it take ten days?"),
             C("The data. Our last vendor had no plan for our data migration and ran four months late."),
             T("What would you need from a supplier after go-live?"),
             C("Someone who's still there in year three. And my team runs one real month-end before I sign anything."),
             T("So, let me sum up: close in three days so the board stops asking, a real data migration plan up front, "
               "someone who's still there in year three, and your team runs one real month-end before you sign. "
               "Did I miss anything?"),
             C("No, that's all of it.")]
    r = score_dialogue(turns)
    assert r.cap is None, r.cap_reason
    assert "played back things" not in r.criterion("confirming_understanding").feedback


def test_the_customer_asking_for_more_on_an_objection_is_no_correction():
    """The simulator's 'That still doesn't settle it for me…' tells the trainee to address the concern; it does
    not put right something they claimed, so it never counts towards the 'put right again and again' cap."""
    from coursekit.i18n import t

    stuck = t("sim.reply.stuck_keywords.0", fact="a trial")
    turns = [C("I'm not sure I need anything."), T("What would make it worth a look for you?"), C(stuck),
             T("How does the shop run at the moment?"), C(stuck), T("Who helps you when something breaks?"), C(stuck)]
    r = score_dialogue(turns)
    assert r.cap is None or "put you right" not in r.cap_reason


@pytest.mark.parametrize("reply,yes", [
    ("Eight is fine. But what if it's something you guys did?", True),
    ("No one hurt. Yes, I have his details.", True),
    ("It sounds sensible, but money is tight until March.", False),
    ("okay thanks, we'll have a look and let you know", False),
    ("I'm not sure yet. I like to think these things through.", False),
])
def test_a_yes_is_a_sentence_that_agrees_without_a_but_or_a_decision_held_back(reply, yes):
    from coursekit.scoring.exchange import accepted, parse_turns

    turns = parse_turns([T("Can you bring it in at eight tomorrow?"), C(reply)])
    assert accepted(turns[0]) is yes


def test_a_probe_after_think_it_over_tests_the_objection():
    r = score_dialogue([C("This all looks good. I think I just need to take some time and think it over."),
                        T("Of course, it's a big decision. Can I ask - is there one part that's still bugging you?"),
                        C("Honestly, it's the carers. I'm worried they won't use the app.")])
    assert "tested" in r.criterion("objections_tested").feedback


def test_wrapping_up_after_a_yes_is_no_pressure_but_a_deadline_still_is():
    agreed = [C("Starting in April, after the school pays? That I can manage."),
              T("Good, then we're agreed. I'll send the agreement tomorrow, and once you've signed it I'll come by."),
              C("Good. We'll talk in March.")]
    deadline = [C("Starting in April, after the school pays? That I can manage."),
                T("Good, then we're agreed - but this price is only valid until Friday, so sign today."),
                C("Hm.")]
    assert score_dialogue(agreed).cap is None
    assert "pressure" in score_dialogue(deadline).cap_reason


def test_one_proposal_asking_the_customers_view_after_discovery_is_a_trial_close_not_pressure():
    discovery = [C("We're a distributor in Nairobi. Another solar brand?"), T("What do your shops ask for most?"),
                 C("A lamp that charges a phone and costs under two thousand."), T("What happens when a lamp fails?"),
                 C("The last brand left me with eighty faulty units for six months.")]
    trial = discovery + [T("Let me make it concrete: sixty days payment terms, faulty lamps replaced by us, and a "
                           "three-month review. Does that work for you?"), C("Let me look at the numbers first.")]
    assumed = discovery + [T("Great - shall I put you down for five hundred lamps, delivery Tuesday or Thursday?"),
                           C("Let me look at the numbers first.")]
    cold = [C("Another solar brand?"), T("Sixty days payment terms and a three-month review. Does that work for you?"),
            C("I don't know you.")]
    assert score_dialogue(trial).cap is None
    assert "pressure" in score_dialogue(assumed).cap_reason
    assert "pressure" in score_dialogue(cold).cap_reason



def _alternating(lines: list[str]) -> list[dict]:
    """Lines spoken in turn, the customer first."""
    return [{"speaker": "customer" if k % 2 == 0 else "trainee", "text": line} for k, line in enumerate(lines)]


#: A non-native engineer's play-test (round G, development): long questions about the same seals and the same
#: line that each ask something new ("what does a stop mean for your line?", "how do you manage the nine days?").
_DAIRY_LONG_QUESTIONS = [
    "Thank you to be direct, Mr Krause, I prefer this. I am sorry to hear the pumps give you trouble. Can you tell me what exactly happens with them?",
    "Three months instead of twelve - that is four times more often than we said. This is not acceptable. When a seal goes, what does it mean for your line and for your team?",
    "Nine days waiting for a spare part. In a dairy, with fresh milk coming every day, how do you manage during these nine days?",
    "Understood. So if I summarise: the seals last three months instead of twelve, and then you wait nine days for a spare, so you want the spares on your own shelf. Is this correct, or I miss something?",
    "Thank you. Before I propose anything, I want to understand why the seals die so fast. Can you tell me how the pumps run - the cleaning cycle, the temperatures, the chemicals you use?",
    "Four thousand euro per hour on line two - so the real cost is not the seal, it is the line standing still. What would a good year look like for you with these pumps?",
    "So for you personally it is uptime that counts. What else do you need from us, as your supplier, so that you can trust these pumps again?",
    "Forty minutes on hold with the line stopped - I am sorry, this should not happen. Here is my proposal: first, our application engineer comes to your plant, looks at the failed seals and your cleaning cycle, and we change to the seal material that fits it. Second, we keep a set of spare seals on your shelf, in consignment. Third, you get one named engineer, with direct number, who knows line two. Would this solve the problem for you?",
    "You are right, it is a lot at once. Let us make it simple: the first step is the engineer visit. When is a good day next week, when line two is in cleaning anyway?",
    "Good. So I propose Tuesday morning at eight, during the cleaning. Is Tuesday okay for you?",
    "No problem. Which day is better for you?",
    "Mr Krause, I have the feeling something still holds you back. What is on your mind?",
    "Thirty percent more than Nordflow, I understand this is a big difference. Can I ask - you compare only the purchase price, or also what a stop of line two costs you? Because one nine-day wait is many hours at four thousand euro.",
    "Then let me ask it directly: if we guarantee in writing that the seals last twelve months, with spares on your shelf and your own engineer, so line two does not stop for a seal - would the thirty percent be acceptable for you?",
    "You are right. So tell me honestly: apart from the price, what is really holding you back?",
    "Thank you for saying it. After two years of failing seals, I would not trust us either. What would you need to see from us, in the next months, to trust the pumps again - for example a trial on line two with the new seals, and you pay only if they last?",
]


def test_long_questions_that_share_a_few_topic_words_are_no_repeats():
    from coursekit.sim import play_typed

    report = play_typed("dairy_pump_seals", _DAIRY_LONG_QUESTIONS).report()
    assert not any("same question" in limit for limit in report.limits), report.limits
    assert report.total >= 70


def test_oh_before_a_question_is_no_stack_of_questions():
    lines = _alternating([
        "The till does everything I need. In a few years it won't be my decision anyway.",
        "Oh? So, um, what do you mean, who'll be deciding then? Tell me a bit about that.",
        "My niece is taking over the shop in three years. She'll choose.",
        "So it'll be her call in three years, and until then it just has to keep running - fair?",
        "Yes, exactly.",
    ])
    report = score_dialogue(lines)
    assert report.cap is None, report.summary


def test_a_time_to_put_it_right_offered_to_an_upset_caller_is_the_remedy_not_a_sale():
    lines = _alternating([
        "My internet has been dead since yesterday, the technician never came and nobody called. "
        "This is unacceptable, I run my business from home!",
        "That's not okay, I'm sorry. What I can do right now is book the first slot tomorrow "
        "morning, eight to ten, and I'll call you myself if anything changes. Would that work for you?",
        "I'm fed up with promises. Tomorrow? I've lost two days of orders already!",
        "Two days of orders - that's what hurts most. If I get you mobile data today so the orders "
        "come in, would that help until he's there?",
        "Yes, that would help. All right.",
    ])
    report = score_dialogue(lines)
    assert report.cap is None, report.summary
    sales = lines[:3] + _alternating(["", "I understand. While we wait, our Premium Fibre plan is only 10 more a month. "
                                          "Shall I switch you today?", "Are you serious? You're selling to me now?"])[1:]
    assert score_dialogue(sales).cap is not None  # a sale to the same upset caller is still one


def test_a_yes_to_a_question_about_the_need_is_no_yes_to_buying():
    lines = _alternating([
        "Twice this month the sheets came back stained. A bride's mother found one on her bed.",
        "I'm very sorry. Was it the bed linen or the table linen?",
        "Yes, in a way. The bed linen mostly.",
        "Was it the wedding on Saturday?",
        "Yes.",
        "We have a premium service with a quality check on every load. Shall I put you on that for the season?",
        "Buy it? I'm not even sure I need it.",
    ])
    report = score_dialogue(lines)
    assert report.cap is not None and "pressure" in report.summary.lower(), report.summary


def test_a_time_given_to_a_proposal_takes_it_up():
    lines = _alternating([
        "The left deck of the oven burns the bottoms and the supermarket sends loaves back.",
        "What happens on a bad day?",
        "Half a batch goes in the bin. They must all be the same colour.",
        "Every loaf the same colour or it comes back. Shall I book the technician to fix the left deck?",
        "Saturday after ten. The bakers are free then.",
        "Saturday after ten it is. I'll call you Friday to confirm.",
        "Thank you.",
    ])
    assert score_dialogue(lines).cap is None
    refused = lines[:4] + [{"speaker": "customer", "text": "Not on Saturday, no. I haven't said I want it."}]
    assert score_dialogue(refused).cap is not None  # a time in a refusal takes nothing up


_PRINTERS = [
    "Hi, I'm looking at printers for our office.",
    "Happy to help. What does the office print most in a normal week?",
    "Invoices mostly, about five hundred pages, and some colour flyers for events.",
    "And how is the printer you have now coping with that?",
    "Badly. It jams every other day and the toner costs a fortune.",
    "Shall I put you down for the X200 then?",
    "Hold on. What does the toner cost on that one?",
    "Fair question. About half of what you pay now. So jams and toner cost are the two things to fix - did I get that right?",
    "Yes, that's it exactly.",
    "What else would make it work for the team?",
    "Scanning to email would help the accounts people.",
    "It does that. Would you like to try one for a week before deciding?",
    "Yes, let's do that.",
]


def test_one_early_proposal_costs_points_and_says_so_two_cap_the_score():
    once = score_dialogue(_alternating(_PRINTERS))
    assert 40 <= once.total <= 70, once.summary  # the rest of a good conversation still counts
    assert "cost 30 points" in once.summary and "Shall I put you down" in once.summary
    twice = score_dialogue(_alternating(_PRINTERS[:7] + ["Shall I just ring it up for you?", "I said hold on."]))
    assert twice.total <= 30 and "Capped" in twice.summary


def test_one_put_down_still_caps_the_score():
    rude = _PRINTERS[:5] + ["Well, you probably bought the cheapest one. What did you expect?"] + _PRINTERS[6:]
    report = score_dialogue(_alternating(rude))
    assert report.total <= 25 and "Capped" in report.summary, report.summary

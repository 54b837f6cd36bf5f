"""The twenty-second round's readings (read sets blind42, blind43): blame and contradiction in more shapes, an extra
product slipped into an upset customer's complaint, a choice of delivery or terms before any yes, a detail asked
for in a bare phrase, and the ordinary moves of a transaction the customer asked for (signing a receipt or a
cancellation, choosing how to be paid) that push nobody. Each case is worded afresh, not copied from a set."""
from __future__ import annotations

import pytest

from coursekit.scoring import analyse_turn, score_dialogue
from coursekit.scoring.exchange import parse_turns, where_left


@pytest.mark.parametrize("text", [
    "Did you perhaps drop it? Most cracks like that come from a fall.",
    "No, these boilers don't leak. You probably overfilled the system when you topped it up.",
    "The instructions clearly say the owner must descale it every month.",
    "Damage from improper use is not covered, I'm afraid.",
    "If you'd booked a bit earlier you wouldn't be stuck without a car, would you?",
    "You're not our only client, you know.",
])
def test_blame_and_contradiction_are_arguments(text: str) -> None:
    assert analyse_turn(text).moves & {"argument", "rudeness"}


@pytest.mark.parametrize("text", [
    "No, the update doesn't touch your saved files.",
    "You're not the only one, most people find the first week hard.",
    "Did you want it wrapped?",
])
def test_reassurance_is_no_argument(text: str) -> None:
    assert not analyse_turn(text).moves & {"argument", "rudeness"}

@pytest.mark.parametrize("text, move", [
    ("By the way, did you know our Platinum cover includes free courier pick-up?", "upsell"),
    ("Is there anything else I can do for you, perhaps our premium warranty?", "upsell"),
    ("Our executive rooms have more space and a free breakfast.", "pitch"),
    ("So when would be the best time to install your new boiler, Monday or Friday?", "closing"),
    ("Would you prefer the monthly plan or the annual plan for your new phone?", "closing"),
    ("So, to check I have it right: the red one, size 9, posted to your office - correct?", "paraphrase"),
    ("Club policy is that lockers are emptied every night.", "argument"),
    ("Refund requests go through the website, I can't do them here.", "argument"),
    ("Are you sure it was stolen and you didn't just leave it at the gym?", "rudeness"),
    ("Our rates are about eight percent lower than most people pay.", "pitch"),
    ("We're nothing like them, we've been in business forty years.", "pitch"),
    ("This is exactly why our Home Care Plus plan is so valuable.", "pitch"),
    ("Have you also thought about travel insurance?", "upsell"),
    ("Honestly, it's the customer's responsibility to read the meter.", "argument"),
    ("Which plan feels like the better fit for your office, the twelve-month or the twenty-four-month one?", "closing"),
    ("So what would stop us getting the contract signed by Friday?", "closing"),
    ("We also have our Garden Suite available tonight, it's lovely.", "upsell"),
    ("Have you had a chance to book our river cruise yet?", "upsell"),
    ("This price is only held until six o'clock today.", "pressure"),
    ("The families who waited last summer mostly ended up in the worst rooms.", "pressure"),
    ("I'd recommend reading article 12 for the details of your rights.", "argument"),
    ("As set out in our terms, refunds take thirty days.", "argument"),
    ("Before we go on, are you a QuickEats Gold member? Members get free delivery on every order!", "upsell"),
    ("Can I help with anything else, like starting your 30-day free trial?", "upsell"),
    ("Data's fine, assuming you haven't done anything creative to it since.", "rudeness"),
    ("Want a cheaper part? Go for it, and I'll see you back here in a month.", "rudeness"),
    ("Did you fill in the weight honestly on the booking form?", "rudeness"),
    ("Nine times out of ten it's the driver, not the tyre.", "argument"),
    ("Water damage falls outside the warranty, I'm afraid.", "argument"),
    ("We also have the breakdown cover at $4 a day, if you like.", "upsell"),
    ("Did you know that with our Business Plus account transfers go through faster?", "upsell"),
    ("I can upgrade you to the premium plan right now.", "upsell"),
    ("So what you need is something durable, which is exactly our Classic range.", "pitch"),
    ("The families who took a few weeks to decide mostly ended up in the next phase at a higher price.", "pressure"),
    ("Block B had two flats left as of this morning.", "pressure"),
    ("How would it feel to miss it?", "pressure"),
    ("So we agree the Gold plan is the one for you?", "leading"),
    ("Lots of people take the child seat for the mountain roads, only 6 euros a day.", "upsell"),
    ("Would you like an additional driver as well?", "upsell"),
    ("Under our parking policy, permits must be shown on the dashboard.", "argument"),
    ("Deliveries are run by our contractor, so you'll need to email them directly.", "argument"),
])
def test_moves_read_in_more_words(text: str, move: str) -> None:
    """Selling, closing, checking, rules held against the customer and doubts, each in wordings of this round."""
    assert move in analyse_turn(text).moves


def test_a_detail_asked_for_is_no_summary() -> None:
    assert "paraphrase" not in analyse_turn("And your postcode? Thanks. And the name on the account?").moves
    assert "paraphrase" in analyse_turn("And your main worry is the cost?").moves
    assert "paraphrase" in analyse_turn("Your dad built it himself?").moves


def test_the_customers_own_errand_is_no_pressure() -> None:
    assert "pressure" not in analyse_turn("If you'd rather just get it over with, sign here and it's cancelled today.").moves
    assert "pressure" in analyse_turn("Sign here and we'll get you started.").moves
    assert "pressure" in analyse_turn("Sign here and we'll close the deal.").moves


def _dialogue(*lines: str) -> list[dict]:
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": t} for i, t in enumerate(lines)]


def test_signing_for_money_the_customer_chose_is_no_pressure() -> None:
    report = score_dialogue(_dialogue(
        "Morning. I'm collecting a transfer from my sister in Doha. Here's the reference and my passport.",
        "Morning. Yes, I have it here, from Leila, 900 dinars. Would you like it all in cash or part on your card?",
        "All in cash, please. It's for my rent.",
        "Here you are, counted twice. Count it yourself as well, and sign here.",
        "All there. Thank you."))
    assert report.cap is None


def test_a_customer_who_cancels_and_goes_to_a_rival_has_left() -> None:
    turns = parse_turns(_dialogue(
        "My delivery is three days late and I've got a shop to stock.",
        "Not much I can do. Anything else you need?",
        "Yes. Cancel my weekly order. I'm going to the other agent on the high street."))
    assert where_left(turns)[1] == "left"


def test_an_anxious_caller_offered_a_gentle_first_step_is_not_sold_to() -> None:
    report = score_dialogue(_dialogue(
        "Hi, sorry, I'm really nervous about this, I haven't had my eyes tested in ten years and I hate the puff test.",
        "No need to apologise, lots of our customers feel that way. The first visit is just a chat and reading letters, "
        "no puff test unless you agree. Would that be a good start?",
        "Just letters? Okay, I can do that.",
        "Great. We have Tuesday at five or Thursday at six, which suits you?",
        "Tuesday at five. Thank you."))
    assert report.cap is None or report.cap >= 50


def test_typed_yes_please_takes_the_offer() -> None:
    from coursekit.scoring.exchange import says_yes
    assert says_yes("ye pls. its for tomorrow")
    assert says_yes("yup please")


def test_care_to_take_is_advice_not_a_summary() -> None:
    assert "paraphrase" not in analyse_turn("Yes, wipe it down and photograph the marks before you throw anything out.").moves


def test_a_promise_nobody_can_keep_costs_points() -> None:
    from coursekit.scoring.faults import OVERPROMISE
    assert OVERPROMISE.search("don't worry, 100% your files will be recovered")
    assert OVERPROMISE.search("we are specialists, we never lose data")
    assert not OVERPROMISE.search("we never charge for the first look")


def test_a_summary_in_jargon_the_customer_could_not_follow_checks_nothing() -> None:
    opening = ("Hello, the storm took half the fence down and it fell on the car. What happens now?",
               "Oh no. Is anyone hurt, and is the car drivable?",
               "Nobody's hurt. The car starts but the roof's dented.")
    plain = score_dialogue(_dialogue(*opening, "Right. You pay the first five hundred and we cover the rest, fence and car."
                                     " I'll send an assessor on Monday at ten.", "Monday at ten is fine."))
    jargon = score_dialogue(_dialogue(*opening, "Right. So you've got a 500 XS, it's an NCD-protected comp policy with "
                                      "OEM parts and a DRC for the fence.", "Sorry, a what? I didn't follow any of that.",
                                      "You pay the first five hundred. I'll send an assessor on Monday at ten.",
                                      "Monday at ten is fine."))
    assert plain.total > jargon.total
    confirming = {c.id: c for c in jargon.criteria}["confirming_understanding"]
    assert confirming.score < confirming.maximum


def test_advice_drawn_from_the_customers_answer_is_no_leading_question() -> None:
    assert "leading" not in analyse_turn("Then the diesel one is the right choice for you, the electric would die on the hill.").moves
    assert "leading" in analyse_turn("This is the perfect fit for you.").moves
    assert "leading" in analyse_turn("Then I'm sure you'll agree it's the best option for you, won't you?").moves


@pytest.mark.parametrize("before, text", [
    ("The fitter is free Tuesday morning, would that work?", "Tuesday's no good, I'm at the hospital with my mum all day."),
    ("The full service with the new belts is $410.", "Four ten... that's quite a lot for me right now."),
    ("Shall I add the storage boxes as well?", "We're fine on storage, thanks. Just the shelving."),
    ("We also do the tracking sensors, they text you when a tank runs low.",
     "Tried those with our last supplier. Never worked, they showed full when it was empty."),
])
def test_objections_in_the_customers_own_words(before: str, text: str) -> None:
    from coursekit.scoring.exchange import objection_after
    assert objection_after(before, text)


@pytest.mark.parametrize("before, text", [
    ("Can we come on Friday?", "Friday's no good, but Saturday morning works."),
    ("Which address should we post it to?", "Flat 2, 14 Mill Lane. Last month I lost a parcel, so write the flat number."),
])
def test_ordinary_answers_in_the_same_words_are_no_objection(before: str, text: str) -> None:
    from coursekit.scoring.exchange import objection_after
    assert not objection_after(before, text)


def test_the_insurance_policy_itself_is_no_rule_held_against_anyone() -> None:
    assert "argument" not in analyse_turn("The policy is in your inbox, just click accept.").moves


def test_an_outcome_guaranteed_is_a_fault() -> None:
    from coursekit.scoring.faults import OVERPROMISE
    assert OVERPROMISE.search("we guarantee a pass if she comes to every lesson")
    assert not OVERPROMISE.search("we guarantee the repair for a year")


def test_answers_offered_after_a_question_are_no_stack() -> None:
    dialogue = _dialogue("Hi, I need some paint for a room, what do you have?",
                         "Sure. Which room is it, and what are the walls like now? Wallpaper? Any cracks or damp?",
                         "The kitchen, old paint, a bit greasy by the cooker.",
                         "Then a degreaser first and a washable kitchen paint. The 2.5 litre tin will do it twice.",
                         "Great, I'll take both.")
    assert score_dialogue(dialogue).cap is None
    upsell = _dialogue("Just the reading glasses, please.", "Sure. Anything else while I ring these up? A case? A chain? Drops?",
                       "No.")
    assert score_dialogue(upsell).cap is not None


def test_asking_whether_the_fix_worked_after_the_steps_closes_the_loop() -> None:
    report = score_dialogue(_dialogue(
        "hi the app says my device is not registered, i got a new phone",
        "No problem, I've cleared the old phone from your profile. Open the app, tap 'register this device' and enter the code "
        "we text you. Then set a PIN and log in. "
        "Does it show your accounts?",
        "yes its there now. thanks!"))
    assert {c.id: c for c in report.criteria}["closing_the_loop"].score > 0


def test_fair_enough_goes_along() -> None:
    from coursekit.scoring.exchange import objection_after, says_yes
    assert says_yes("fair enough. a blocked filter, i wouldn't have thought of that.")
    assert not objection_after("Let's check the filter first, five minutes, and book the engineer only if we need him.",
                               "Fair enough. A blocked filter, I wouldn't have thought of that.")


def test_i_hear_you_alone_plays_nothing_back() -> None:
    assert "paraphrase" not in analyse_turn("I hear you. Our service is the best in town, want a quote?").moves
    assert "paraphrase" in analyse_turn("I hear you saying the downtime is what hurts most.").moves


def test_the_same_promise_heard_before_is_a_bad_experience() -> None:
    from coursekit.scoring.exchange import objection_after
    assert objection_after("We're different, our damage rate is under one percent.", "That's what the last supplier said too.")


def test_an_objection_the_trainee_answers_with_the_last_word_stays_open() -> None:
    opening = ("I'd like my repeat prescriptions moved here, I've just moved to the area.",
               "Welcome. I'll request them from your old pharmacy today; they'll be ready on Thursday after two.",
               "Thank you. I do get muddled with the tablets, though.",
               "We can pack them by day in a weekly blister pack, it's eight pounds a month.",
               "Eight pounds... I can't spare that at the moment.")
    answered = score_dialogue(_dialogue(*opening, "Understood. Then I'll put large coloured labels on each box, morning and "
                                                  "evening, free of charge, and we can look at the packs again later."))
    dismissed = score_dialogue(_dialogue(*opening, "Thank you, all the best."))
    outcome = {c.id: c for c in answered.criteria}["customer_outcome"]
    assert outcome.score > {c.id: c for c in dismissed.criteria}["customer_outcome"].score
    assert answered.total > dismissed.total


@pytest.mark.parametrize("text", [
    "Network faults are handled by our IT provider, not front desk, so please log a ticket.",
    "Refunds are handled by our accounts team - you can email them at accounts@.",
    "Our booking terms (section 4) state that transfers are provided on a best-effort basis.",
])
def test_the_problem_handed_elsewhere_is_an_argument(text: str) -> None:
    assert "argument" in analyse_turn(text).moves


def test_a_question_the_customer_waves_off_finds_nothing() -> None:
    asked = score_dialogue(_dialogue("I need a mattress, my back's been bad for months.",
                                     "What colour of bedroom are you matching, something calm?",
                                     "Colour doesn't matter. My back hurts.",
                                     "Sorry. Where does it hurt, and is it worse in the morning?",
                                     "Lower back, worst when I get up.",
                                     "Then a firmer one. Would you like to lie on two of them now?", "Yes, okay."))
    discovery = {c.id: c for c in asked.criteria}["discovery_before_pitch"]
    assert "colour" not in " ".join(discovery.evidence).lower()


def test_not_renewing_is_leaving_and_a_word_put_right_is_a_correction() -> None:
    from coursekit.scoring.exchange import corrects
    turns = parse_turns(_dialogue("The heating in the studio has been off since Monday.",
                                  "Sorry about that. Heating issues are handled by our landlord, not us.",
                                  "Unbelievable. I'm not renewing in March."))
    assert where_left(turns)[1] == "left"
    fixed = parse_turns(_dialogue("The lift has been broken since Monday.", "So the lift is being a bit slow?",
                                  "It's not 'a bit slow', it's been dead for four days."))
    assert corrects(fixed[2], after_claim=True)


def test_a_price_told_is_information_and_going_elsewhere_is_leaving() -> None:
    assert "paraphrase" not in analyse_turn("For a herd your size you're looking at about twenty thousand installed.").moves
    turns = parse_turns(_dialogue("I need 300 menus by Friday, laminated.", "So you'd like 30 menus, no rush?",
                                  "nope. going elsewhere"))
    assert where_left(turns)[1] == "left"


@pytest.mark.parametrize("text, technique", [
    ("Can I add the screen protector to the order?", "additional"),
    ("need a charger w that?", "additional"),
    ("Are you happy with it?", "satisfaction"),
])
def test_question_techniques_in_more_words(text: str, technique: str) -> None:
    from coursekit.scoring import classify_question
    assert classify_question(text).label == technique


def test_a_customer_who_asks_for_a_person_has_had_enough() -> None:
    turns = parse_turns(_dialogue("my card got swallowed by your machine on king st", "Great question! You can order a new card "
                                  "in the app.", "are you a bot?? i need a real person"))
    assert where_left(turns)[1] == "left"


def test_an_offer_built_on_the_customers_words_and_taken_shows_understanding() -> None:
    report = score_dialogue(_dialogue(
        "My old hatchback failed its inspection. I need something small and simple, about 120 tops.",
        "How far do you drive most days, and do you park outside in winter?",
        "Twenty kilometres, and always outside.",
        "Then at 120 I have a small, simple 2017 Yaris with an engine heater for parking outside. Would you like to try it?",
        "Yes, let's try it."))
    assert {c.id: c for c in report.criteria}["confirming_understanding"].score > 0


def test_the_thing_named_put_right_and_asking_for_someone_else() -> None:
    from coursekit.scoring.exchange import corrects
    turns = parse_turns(_dialogue("The oven door glass cracked on the first day.", "So you'd like to return the whole oven?",
                                  "Not the oven. The door glass.", "Got it, an exchange of the oven then?",
                                  "Can I speak to someone else?"))
    assert corrects(turns[2], after_claim=False)
    assert where_left(turns)[1] == "left"


def test_a_choice_second_guessed_and_a_vague_when_are_faults() -> None:
    from coursekit.scoring.faults import UNASKED_ADVICE
    from coursekit.scoring.exchange import _VAGUE_PROMISE
    assert UNASKED_ADVICE.search("though honestly, at his age a big party can be tiring - most families go for a quiet lunch instead.")
    assert _VAGUE_PROMISE.search("your road is on the list, we'll get to it as quickly as we can.")

"""Forty-seventh round: what the read sets blind162 (marine supply, wood stoves, kayak rentals and feed stores in the
Pacific Northwest, Alaska and Hawaii), blind164 (leasing, car service, schools and insurance in the Gulf, in expatriate
English), es/blind36 (savings banks, co-ops, farm machinery and village pharmacies in northern Spain) and zh/blind36
(homestays, car rental, phone shops and county hospitals in Guizhou, Hainan and Guangxi) showed the rubric missing: a
price above what the customer had in mind, a figure that "will be hard", a customer taking the car to the dealer
instead (read as "I'll take it"), a warning light that came on after a service (no problem reported, so the visit booked
was read as a push for a sale), an offer to come and look before quoting read as pushing, "lo que le he dicho" and "te
acabamos de decir" said again, a Spanish policy brought up to a farmer who has just lost his cows, and "算了，就商务车"
(settling on the bigger van) read as walking out.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import objection_after, parse_turns, where_left
from coursekit.scoring.moves import reports_problem
from rubric_lines import conversation as _lines, customer_says as _says, moves_of as _moves


# -- the trainee's moves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, said, move", [
    ("es", "Lo siento mucho. Precisamente quería hablarle de nuestro Seguro Hogar Plus.", "pitch"),
    ("es", "Ya que ha pasado esto, es buen momento para ampliar la cobertura.", "upsell"),
    ("es", "Son solo diez euros más al mes y se queda tranquila.", "upsell"),
])
def test_a_policy_brought_up_to_a_customer_in_trouble_is_selling(code: str, said: str, move: str) -> None:
    assert move in _moves(code, said)


@pytest.mark.parametrize("code, said, move", [
    ("es", "Quería hablarle de lo que me contó ayer sobre la cosecha.", "pitch"),
    ("es", "¿Es buen momento para hablar o le llamo luego?", "upsell"),
])
def test_their_look_alikes_stay_unread(code: str, said: str, move: str) -> None:
    assert move not in _moves(code, said)


# -- what the customer says ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key, line, expected", [
    ("walks_away", "Pay you to fix your own mistake? I'll take it to the dealer instead.", True),
    ("walks_away", "Fine, I'll take it to the board on Monday.", False),
    ("agrees", "Okay, I'll take it.", True),
    ("agrees", "I'll take it to my accountant first.", False),
    ("repeat_complaint", "Pues eso, lo que le he dicho: sacar dinero y poco más.", True),
    ("repeat_complaint", "Pero si te acabamos de decir que a plazo fijo no.", True),
    ("repeat_complaint", "Lo que quiero es pagar menos de luz.", False),
    ("walks_away", "Mire, lo dejo, que así no nos entendemos.", True),
    ("walks_away", "算了，就要小的那台，便宜点。", False),
    ("walks_away", "算了，我去别家问问。", True),
])
def test_what_customers_said_in_the_sets(key: str, line: str, expected: bool) -> None:
    assert _says(key, line) is expected


@pytest.mark.parametrize("line, reported", [
    ("Morning. I picked the van up from you on Friday and now the engine light came on.", True),
    ("Hi, the heater's making a rattle it wasn't making before.", True),
    ("Hi, can you leave the porch light on for the delivery?", False),
])
def test_a_fault_that_was_not_there_before_is_a_problem_reported(line: str, reported: bool) -> None:
    assert reports_problem(line) is reported


@pytest.mark.parametrize("before, line, objects", [
    ("Two boards and a paddle lesson come to 140. That okay?", "Bit higher than we figured. Could we skip the lesson?", True),
    ("The whole fit-out would be about 6,200.", "Hmm, more than I was expecting, honestly.", True),
    ("Does the house feel warmer since we came?", "It's warmer than I expected, actually.", False),
    ("How's the drive been since the tune-up?", "Smoother than I thought it would be.", False),
    ("Which colour do you want, the green or the grey?", "The price is the problem. I'll ring round a few places first.", True),
])
def test_a_price_above_what_they_had_in_mind_objects(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


@pytest.mark.parametrize("before, line, objects", [
    # phrases mined from the read sets, each objecting in nearly every read line that holds it; the examples are new
    ("The annual plan comes to 1,240 with the filters.", "1,240 is a lot for a flat this size.", True),
    ("Lessons are forty-five each.", "Forty-five's a bit much for half an hour.", True),
    ("Shall I send both quotes tonight?", "Sure, send them. I'll compare.", True),
    ("I'll email the proposal this afternoon.", "Fine, email it. I'll discuss with our finance lead.", True),
    ("The course runs twelve weeks, 480.", "480 is over what we set aside.", True),
    ("Got a minute to hear about our new menu?", "Not now, the lunch rush just started.", True),
    ("Shall we run the test drive now?", "Not today, I have to collect my son.", True),
    ("Have you got a drying room, or do you hang everything?", "No, we hang it all. I didn't think of that.", False),
    ("The smaller one is 300, the bigger 420.", "The smaller one is plenty for us, thanks.", False),
    ("It's warmer with the new vent?", "It's not 24. It's much better now, actually.", False),
    ("How was the service on Friday?", "Fine. Now the price is fair, and the team was quick.", False),
])
def test_mined_phrases_object_and_their_look_alikes_do_not(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


@pytest.mark.parametrize("line", ["Okay, send it. I'll compare.", "ok send both, will discuss with her tonight",
                                  "Sounds good. I'll go over it with my partner on Friday.", "Let me ask my accountant then.",
                                  "Fine, email them and we'll have a look.", "Okay, leave me a leaflet, I'll see.",
                                  "Good. I will present it to the parents' committee first."])
def test_a_yes_to_the_paper_with_the_decision_taken_elsewhere_puts_it_off(line: str) -> None:
    assert _says("puts_off", line)


@pytest.mark.parametrize("line", ["I'll see you on Friday then.", "Let me have a look at it now, actually.",
                                  "I'll take a look at it right now while you're here."])
def test_their_look_alikes_do_not_put_it_off(line: str) -> None:
    assert not _says("puts_off", line)


@pytest.mark.parametrize("before, line, objects", [
    ("La póliza anual sale en 1.180 euros.", "Bueno, lo platico con mi marido y le digo.", True),
    ("Le preparo la cotización con la instalación.", "Ok, mándemela y se la paso al gerente.", True),
    ("El juego completo son 2.400 pesos.", "Ay, se me hace mucho, joven.", True),
    ("Con el seguro son 640 al mes.", "Uf, ahorita solo alcanza para lo básico.", True),
    ("¿Le va bien el jueves a las diez?", "Sí, el jueves me va bien.", False),
    ("这套全包下来两万八。", "嗯，我回去跟我老婆合计合计。", True),
    ("资料我都打出来了，您看看。", "行，我先拿回去看看。", True),
    ("三块二一单，量大能到三块。", "那我再比比吧。", True),
    ("周六上午十点可以吗？", "行，周六上午十点。", False),
    ("Le dejo el folleto y lo consulta.", "Vale, lo miro y le llamo.", True),
    ("La matrícula anual son 3.600, en un pago.", "Pues son tres mil seiscientos de golpe, y yo cobro a fin de mes.", True),
    ("Vendemos casi todo en agosto.", "Sí, el trigo lo vendo casi todo de golpe.", False),
    ("报价单我发您微信。", "行吧，发过来，我跟老板说说。", True),
    ("换个新轻卡，首付才两万。", "额哪有钱换车，果子还没卖出去。", True),
    ("明天就给您装好。", "那太好了，我跟我爸妈说周六直接过来。", False),
])
def test_decisions_taken_home_in_spanish_and_chinese_object(before: str, line: str, objects: bool) -> None:
    assert objection_after(before, line) is objects


# -- whole conversations (fresh, one good and one gaming side with the same customer) ------------------------------------
_STOVE = "Our pellet stove's from the nineties and the back rooms are freezing. Just starting to look around."


@pytest.mark.parametrize("fair, gaming", [
    ((_STOVE,
      "Nineties, so it's earned its keep. What made you start looking this winter?",
      "Bedrooms at the far end never get warm, and it burns through bags.",
      "How big is the house, and where does the stove sit?",
      "About sixteen hundred square feet, stove's in the front room.",
      "A newer stove burns less, but it won't push heat down a long hall on its own. Want me to swing by and take a look first?",
      "Sure, what does a visit cost?",
      "Nothing inside town. Tuesday or Friday morning?",
      "Friday. We're only looking, mind."),
     (_STOVE,
      "Great time to start! What would it take to have a new stove in before the cold snap?",
      "We're just looking, honestly.",
      "Sure. So which install date suits you, the 3rd or the 10th?",
      "Hang on, we haven't even talked price.",
      "Of course. Card or cheque for the deposit, so we can hold the date?",
      "Neither. We'll shop around.")),
])
def test_an_offer_to_come_and_look_is_no_push(fair: tuple[str, ...], gaming: tuple[str, ...]) -> None:
    good, bad = score_dialogue(_lines(*fair)), score_dialogue(_lines(*gaming))
    assert good.cap is None
    assert good.total >= bad.total + 30


def test_taking_the_car_to_the_dealer_instead_ends_unhappy() -> None:
    turns = parse_turns(_lines(
        "I had the car serviced with you on Monday and today the oil light came on.",
        "Did you top up with cheap oil yourself afterwards?",
        "No, I didn't touch it.",
        "Then it's not from our work. The check is 30. Shall I book you in?",
        "Pay to check what you did? I'll take it to the dealer instead."))
    assert where_left(turns)[1] == "left"

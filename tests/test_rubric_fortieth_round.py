"""Fortieth round: what the read sets blind134 (trades and home services in England, Wales and Canada), blind136
(travel and hospitality with tourists), es/blind22 (older customers at banks, pharmacies, opticians and hearing-aid
shops in Spain and Latin America) and zh/blind23 (banks, insurers and payment apps in mainland China) showed the
rubric missing.

Every example here is written afresh for the test, not copied from a set.
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import accepted, parse_turns, stuffed, where_left
from coursekit.scoring.readers import reader
from rubric_lines import customer_says as _says, moves_of as _moves


# -- English ------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("said, move", [
    ("Lovely. So what would need to happen for you to get booked in today?", "pressure"),
    ("No problem. What can I do to help you feel ready to decide today?", "pressure"),
    ("Right, so, Tuesday, yes or no?", "pressure"),
    ("We do two. Which one do you see yourself going with, Standard or Plus?", "closing"),
    ("It's 31 a month. How would you like to set up the direct debit, the 5th or the 20th?", "closing"),
    ("That's 640 all in. Card or bank transfer?", "closing"),
    ("Let me guess, you've been turning the thermostat up and down all day.", "rudeness"),
    ("You phoned us instead of reading one page of the manual. What exactly do you want me to say?", "rudeness"),
    ("Then he can put up with it till Monday.", "rudeness"),
    ("Three heaters on one socket, which, honestly, people shouldn't do.", "argument"),
    ("The install passed the test, so if it keeps cutting out it's usage.", "argument"),
    ("That's a call-out charge, as it's not a fault on our side.", "argument"),
    ("I doubt they botched it. People blame the last plumber too quickly.", "argument"),
])
def test_pushes_and_put_downs_from_the_trades(said: str, move: str) -> None:
    assert move in _moves("en", said)


@pytest.mark.parametrize("said", [
    "What do you use today to heat the back room?",  # "today" as "these days"
    "Which one do you see yourself using more, the app or the panel?",  # a question about use, no close
    "If you'd rather think it over, the quote holds for a month.",
])
def test_questions_about_the_customer_stay_unpushed(said: str) -> None:
    assert not _moves("en", said) & {"pressure", "closing"}


def test_typed_complaints_of_saying_it_again_cost_listening() -> None:
    assert _says("repeat_complaint", "two bed flat. ive said it 4 times")
    assert _says("repeat_complaint", "LEAKING. do you read these")
    report = score_dialogue([
        {"speaker": "customer", "text": "hi need a price to clear a 2 bed flat in cathays, next saturday"},
        {"speaker": "trainee", "text": "Hi! To understand your needs, how much stuff is there?"},
        {"speaker": "customer", "text": "full 2 bed, wardrobes, a sofa bed"},
        {"speaker": "trainee", "text": "Great. And roughly how much are we clearing, would you say?"},
        {"speaker": "customer", "text": "like i said full 2 bed, wardrobes, sofa bed"},
        {"speaker": "trainee", "text": "Perfect. Help me picture it, how many rooms is it?"},
        {"speaker": "customer", "text": "2 bed. ive said it 3 times. bye"},
    ])
    listening = next(c for c in report.criteria if c.id == "listening")
    assert listening.score < listening.maximum


def test_walking_off_for_someone_with_manners_is_leaving() -> None:
    assert _says("walks_away", "No thanks. I'll find someone with manners.")


# -- Spanish: older customers -------------------------------------------------------------------------------------------
def test_sympathy_said_as_an_exclamation_is_not_a_stack_of_questions() -> None:
    turns = parse_turns([
        {"speaker": "customer", "text": "Buenas, hijo. Los lentes nuevos me marean y las escaleras las veo torcidas."},
        {"speaker": "trainee", "text": "Qué incómodo, señora. ¿Le pasa al bajar o también al leer? ¿Y desde el primer día?"},
        {"speaker": "customer", "text": "Al bajar, sobre todo. Leyendo bien. Desde que me los puse."},
    ])
    assert not stuffed(turns[1])
    assert reader("es").is_question("Qué molesta, la espera.".lower()) is False
    assert reader("es").is_question("Qué necesita, señora.".lower()) is True


@pytest.mark.parametrize("said, move", [
    ("¿Y cómo quiere que sepa cuál es? ¿Adivino?", "rudeness"),
    ("Usted sabrá, luego no me venga con prisas.", "rudeness"),
    ("¿Algo más? Que hay cola.", "rudeness"),
    ("Los vecinos de su edificio ya tienen los nuestros, ¿eh?", "pressure"),
    ("Mañana le va a costar el doble, se lo digo yo.", "pressure"),
    ("¿Qué necesitaría para que hoy mismo firmemos el cambio de cuenta?", "closing"),
    ("¿Y con qué plan prefiere quedarse, el Básico o el Plus?", "closing"),
    ("No, señor, eso no es un error: usted lo habrá contratado.", "argument"),
])
def test_spanish_pushes_and_put_downs(said: str, move: str) -> None:
    assert move in _moves("es", said)


@pytest.mark.parametrize("key, line", [
    ("agrees", "Bueno, la revisión sí."),
    ("agrees", "Pues ya está. Hágame el cambio."),
    ("puts_off", "Lo demás ya lo veremos despacio."),
    ("refuses", "Ninguno por ahora, gracias."),
    ("presses", "Oiga, le pregunté una cosa y me ofrece cuatro."),
    ("repeat_complaint", "Señor, es la cuarta vez."),
    ("repeat_complaint", "Que no tengo ordenador, le digo."),
    ("takes_offence", "Vaya modos, hijo."),
    ("lost", "Perdone, señorita, no he entendido nada de lo que me dijo."),
])
def test_spanish_replies(key: str, line: str) -> None:
    assert _says(key, line)


def test_spanish_yes_and_buts_stay_apart() -> None:
    assert not _says("agrees", "Eso sí, que no sea caro.")  # "eso sí" as "but" keeps its sense
    assert not _says("agrees", "Ya, mándemela y lo hablo con mi hijo.")  # the paper taken, nothing decided


def test_spanish_faults_of_one_turn() -> None:
    def said(line: str, key: str) -> bool:
        turn = parse_turns([{"speaker": "trainee", "text": line}])[0]
        return turn.reader.says(key, turn.reader.fold(turn.said_lower))
    assert said("Con esta rodilla va a caminar como a los treinta años.", "overpromise")
    assert said("Yo le compré uno a mi madre y está encantada.", "about_self")


def test_a_yes_to_the_test_with_the_rest_put_off_is_not_pushing_back() -> None:
    turns = parse_turns([
        {"speaker": "customer", "text": "Buenos días. Mi nieta dice que no oigo bien el teléfono."},
        {"speaker": "trainee", "text": "Siéntese. ¿Cuándo le cuesta más, por teléfono o con gente alrededor?"},
        {"speaker": "customer", "text": "Con gente, en las comidas. Por teléfono me apaño."},
        {"speaker": "trainee", "text": "Hoy le hacemos la prueba, gratis, y si hiciera falta algo hay un mes para probarlo."},
        {"speaker": "customer", "text": "Bueno, la prueba sí. Lo otro ya lo veremos con calma."},
    ])
    assert where_left(turns)[1] != "pushes_back"


def test_a_price_said_back_in_dismay_takes_nothing_up() -> None:
    assert _says("hesitates", "2,400... we only just moved in.")
    assert not _says("hesitates", "2,400. Fine, go ahead.")
    turns = parse_turns([
        {"speaker": "customer", "text": "Hi, the flat's freezing and I want to know what my options are."},
        {"speaker": "trainee", "text": "A new boiler, 2,400 fitted. Would you like to pay the deposit today, card or transfer?"},
        {"speaker": "customer", "text": "2,400... we only just moved in. I was hoping for something smaller."},
    ])
    assert not accepted(turns[1])


# -- English: tourists (blind136 read) ------------------------------------------------------------------------------------
@pytest.mark.parametrize("said, move", [
    ("Our Sunset package has the boat, dinner and photos. Only 120 euros per person!", "pitch"),
    ("And our terrace has the best harbour view in town.", "pitch"),
    ("Once you drive off, the scooter is your responsibility.", "argument"),
    ("Batteries don't die on their own. It's in the rental agreement.", "argument"),
    ("Right, so what did you drop it on?", "rudeness"),
])
def test_travel_desk_pitches_and_blame(said: str, move: str) -> None:
    assert move in _moves("en", said)


def test_a_lecture_on_next_time_is_unasked_advice_and_the_customer_says_so() -> None:
    turn = parse_turns([{"speaker": "trainee", "text": "Next time, always keep your medicines in your hand luggage, "
                                                        "this could have been avoided. Do you have the airline's report?"}])[0]
    assert turn.reader.says("unasked_advice", turn.said_lower)
    assert _says("takes_offence", "i didnt ask advice about my suitcase. yes i have the report")


# -- Chinese: banks and payment apps (zh/blind23 read) ------------------------------------------------------------------
@pytest.mark.parametrize("said, move", [
    ("您参与这种兼职，其实自己也有责任。", "argument"),
    ("您当时怎么就信了呢？", "rudeness"),
    ("您是不是没看清楚就点了付款？", "rudeness"),
    ("快点说吧，后面还有很多人在等。", "rudeness"),
    ("这么简单的规则，大部分人都懂。", "rudeness"),
])
def test_chinese_blame_and_hurry(said: str, move: str) -> None:
    assert move in _moves("zh", said)


def test_chinese_comfort_is_not_blame() -> None:
    assert "argument" not in _moves("zh", "这种骗局很常见，不怪您。先报警，我们这边配合调记录。")
    assert "argument" in _moves("zh", "这个真的只能怪你自己。")


@pytest.mark.parametrize("key, line", [
    ("takes_offence", "你们客服就这么说话的？"),
    ("takes_offence", "我人还在医院，你跟我说续费？"),
    ("walks_away", "算了，给我转你们领导。"),
    ("walks_away", "不跟你说了，我自己去报警。"),
    ("presses", "先告诉我现在该怎么办！"),
])
def test_chinese_replies(key: str, line: str) -> None:
    assert _says(key, line)


def test_chinese_pitch_in_a_summarys_shape() -> None:
    assert "pitch" in _moves("zh", "好的～我总结一下：您要的其实就是我们的'安心宝'套餐，月交三百，对吧？")
    assert "closing" in _moves("zh", "那我确认下：您是想先把申请表填了，其他的以后再说，对吧？")
    assert _says("corrects", "我没那个意思，我只是问问。")


def test_chinese_go_ahead_said_as_jiu_ba() -> None:
    go = reader("zh").patterns["go_ahead_said"]
    assert go.search("就分两张存吧") and go.search("那就换新的吧")
    assert not go.search("就算了吧") and not go.search("那就再说吧") and not go.search("就跟我老公商量吧")


def test_passing_it_to_ones_own_boss_is_not_leaving() -> None:
    assert not _says("walks_away", "我先转给领导看看，明天回复你。")
    assert _says("takes_offence", "你跟我说这些？")

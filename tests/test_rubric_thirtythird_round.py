"""Thirty-third round: Traditional Chinese read like Simplified; Spanish next steps, conditions, brush-offs and
put-downs; a stack of prompts the customer answered in full; a cue that matched inside a word.

Read from es/blind5 (a dev set this round) and from Traditional-character retypings of the Chinese dev sets. Every
example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import moves_forward, parse_turns, stuffed, takes_offence, walked_away
from coursekit.scoring.readers import reader
from coursekit.scoring.text import normalise, simplified


def _dialogue(*lines: str) -> list[dict]:
    """Turns from lines that alternate customer, trainee, customer, …"""
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


def _criterion(report, cid: str) -> float:
    return {c.id: c.score for c in report.criteria}[cid]


# -- Traditional characters ---------------------------------------------------------------------------------------------
def test_traditional_characters_are_read_as_simplified_and_shown_as_typed() -> None:
    assert simplified("這個會員費還是太貴了，請問您們怎麼收費？") == "这个会员费还是太贵了，请问您们怎么收费？"
    assert simplified("什么时候方便？") == "什么时候方便？"  # Simplified text stays as it is
    assert simplified("¿Cuánto cuesta?") == "¿Cuánto cuesta?"
    text = normalise("請問您們的價錢怎麼算？")
    assert text.language == "zh" and text.raw == "請問您們的價錢怎麼算？"


SIMPLIFIED_CALL = ("你好，我想给我妈买一份医疗保险，她六十八岁，有高血压。",
                   "明白。您最担心的是住院的费用，还是平时看病拿药的开销？",
                   "主要是住院，去年我舅舅住院花了好几万。",
                   "所以您最在意的是万一住院时的大笔开销，我理解得对吗？",
                   "对，就是这个。",
                   "那我先把两个住院计划的保障和价格写给您，您和家里人看看，周六我再打给您，可以吗？",
                   "好的，谢谢你。")


def test_a_conversation_in_traditional_characters_scores_as_in_simplified() -> None:
    traditional = [line.translate(str.maketrans("们险岁压担费还时开销舅觉两划价写给里谢对么这", "們險歲壓擔費還時開銷舅覺兩劃價寫給裡謝對麼這"))
                   for line in SIMPLIFIED_CALL]
    assert traditional != list(SIMPLIFIED_CALL)
    assert score_dialogue(_dialogue(*traditional)).total == score_dialogue(_dialogue(*SIMPLIFIED_CALL)).total


def test_traditional_offence_taken_is_read() -> None:
    turns = parse_turns(_dialogue("帳單多扣了兩次錢。", "您是不是自己按錯了？", "你什麼態度？我又不是傻子。"))
    assert takes_offence(turns[2])


# -- Spanish: next steps, conditions and brush-offs ---------------------------------------------------------------------
@pytest.mark.parametrize("line", ["Ah, eso sí. Apúnteme el martes a las 10.", "Va, el viernes vengo con mi esposa a firmar.",
                                  "Listo. A las 5 paso.", "Bueno, ¿dónde firmo?"])
def test_a_spanish_customer_who_settles_on_us_moves_forward(line: str) -> None:
    turns = parse_turns(_dialogue("Necesito un seguro para la moto.", "Le propongo el plan básico, 30 al mes.", line))
    assert moves_forward(turns[2])


@pytest.mark.parametrize("line", ["Mándemelo por correo y lo veo con mi socio.", "Apúnteme, pero lo hablo con mi esposa primero.",
                                  "Bueno, después le aviso."])
def test_a_spanish_customer_who_puts_it_off_does_not_move_forward(line: str) -> None:
    turns = parse_turns(_dialogue("Necesito un seguro para la moto.", "Le propongo el plan básico, 30 al mes.", line))
    assert not moves_forward(turns[2])


def test_a_spanish_booking_kept_for_the_customer_closes_the_loop() -> None:
    report = score_dialogue(_dialogue(
        "Buenas, quería ver lo de las clases de manejo para mi hijo.",
        "Con gusto. ¿Qué es lo que más le preocupa de que aprenda a manejar?",
        "Que es muy nervioso, y en la otra autoescuela le gritaban.",
        "Entonces lo principal para usted es un instructor con paciencia. Le anoto una clase de prueba el sábado a las 9 con Marta, que es muy tranquila.",
        "Va, el sábado venimos. Gracias."))
    assert _criterion(report, "closing_the_loop") > 0


def test_a_spanish_condition_said_after_a_yes_is_no_exit() -> None:
    staying = parse_turns(_dialogue("El calentador hace un ruido raro.", "Le cambiamos la válvula hoy mismo, sin costo.",
                                    "Ta bien. Pero si vuelve el ruido me busco otro taller."))
    assert walked_away(staying) is None
    leaving = parse_turns(_dialogue("El calentador hace un ruido raro.", "Eso es normal, no le haga caso.",
                                    "Pues me busco otro taller."))
    assert walked_away(leaving) is not None


def test_see_you_at_a_time_is_no_exit() -> None:
    turns = parse_turns(_dialogue("Me duele una muela.", "La doctora la ve hoy a las 4. ¿Le queda bien?", "Ok, nos vemos a las 4. Gracias."))
    assert walked_away(turns) is None


# -- Spanish put-downs, the customer taking offence, and leaving ---------------------------------------------------------
@pytest.mark.parametrize("trainee", ["Dígame el número de pedido, rápido, que tengo una cola de clientes.",
                                     "Yo no soy adivino, señora. Lo que tarde, tarde.",
                                     "Tampoco es para tanto, son solo 20 euros.",
                                     "Eso pregúnteselo a la aseguradora, no a mí.",
                                     "¿Está seguro de que lo conectó bien? Mucha gente se confunde con los cables."])
def test_a_spanish_brush_off_or_put_down_caps_the_score(trainee: str) -> None:
    report = score_dialogue(_dialogue("Buenas, el router nuevo no me da internet desde el lunes.", trainee,
                                      "Vale.", "¿Algo más?", "No."))
    assert report.total <= 50 and report.cap is not None


@pytest.mark.parametrize("line", ["¿Usted me está tomando el pelo?", "Oiga, no me trate como a un niño.",
                                  "Yo no vine aquí a que me llamen mentiroso.", "¿Que yo entendí mal? Lo tengo por escrito."])
def test_spanish_offence_taken(line: str) -> None:
    turns = parse_turns(_dialogue("Me cobraron dos veces.", "Usted tuvo que haber leído mal el extracto.", line))
    assert takes_offence(turns[2])


def test_spanish_praise_of_how_one_is_treated_is_no_offence() -> None:
    turns = parse_turns(_dialogue("Vengo a renovar.", "Bienvenida de nuevo, doña Marta.", "Aquí siempre me tratan como a una reina."))
    assert not takes_offence(turns[2])


@pytest.mark.parametrize("line", ["Pues me llevo la moto a otro taller.", "La próxima vez me compro las gafas en otra óptica.",
                                  "Voy a llamar a la compañía para quejarme de usted."])
def test_a_spanish_customer_taking_their_business_elsewhere_walks_away(line: str) -> None:
    turns = parse_turns(_dialogue("La moto sigue fallando.", "Eso es culpa de la gasolina que usa.", line))
    assert walked_away(turns) is turns[2]


def test_a_best_seller_named_in_spanish_is_a_pitch() -> None:
    turns = parse_turns(_dialogue("Necesito una bomba para el segundo piso.", "Llévese esta, que es la que más se vende."))
    assert "pitch" in turns[1].moves


def test_entonces_is_no_blame() -> None:
    """"entonces su problema" once matched "es su problema" inside "entonces": a reframe is no put-down."""
    report = score_dialogue(_dialogue(
        "El internet se nos cae dos veces por semana en la oficina.",
        "¿Cuánto tiempo dura cada caída, y qué pasa en la oficina mientras tanto?",
        "A veces una hora. Los agentes no pueden atender llamadas y perdemos clientes.",
        "Entonces su problema no es la velocidad sino que la línea no se caiga. ¿Lo entendí bien?",
        "Exacto, eso es."))
    assert report.cap is None


# -- a stack of prompts -------------------------------------------------------------------------------------------------
def test_prompts_after_an_open_question_are_no_stack_and_an_answered_stack_is_a_checklist() -> None:
    prompts = parse_turns(_dialogue("Quiero pagar menos de seguro del carro.",
                                    "Cuénteme cómo usa el carro: ¿todos los días, para qué, cuántos kilómetros más o menos?",
                                    "Casi no lo uso."))
    assert not stuffed(prompts[1])
    answered = parse_turns(_dialogue("Busco escuela para mi hijo.", "Cuénteme de él: ¿cómo le iba, qué le gusta, qué le cuesta?",
                                     "Le iba regular, sacaba notas justas. Le encanta dibujar y jugar al fútbol con los primos. Le cuestan mucho las matemáticas y leer en voz alta."))
    assert not stuffed(answered[1])
    ignored = parse_turns(_dialogue("Busco escuela para mi hijo.", "Cuénteme de él: ¿cómo le iba, qué le gusta, qué le cuesta?",
                                    "Bien."))
    assert stuffed(ignored[1])


def test_anything_else_said_to_hurry_the_customer_does_not_close_the_loop() -> None:
    report = score_dialogue(_dialogue("My parcel never came.", "What was the tracking number?", "TR-4471.",
                                      "Okay, it's been resent. Anything else? I've got people waiting.", "No."))
    assert _criterion(report, "closing_the_loop") == 0


# -- Chinese: sent elsewhere, an offer put to a widow, the customer's reply as the witness -----------------------------
@pytest.mark.parametrize("trainee", ["退款的事不是我们门店负责的，您找总部吧。", "这个其实不归我们部门管，条款也不是我定的。",
                                     "合同第八条写得很清楚，您自己看一下。"])
def test_a_chinese_customer_sent_elsewhere_caps_the_score(trainee: str) -> None:
    report = score_dialogue(_dialogue("我上周买的空调一直漏水，想退。", trainee, "那我找谁啊？", "您打总部电话就行，还有别的吗？", "没了。"))
    assert report.cap is not None and report.total <= 50


def test_an_offer_put_to_a_chinese_widow_costs_more_than_it_earns() -> None:
    opening = "你好，我爱人前天走了，他在你们这有份保险，我不知道怎么办。"
    helped = score_dialogue(_dialogue(opening, "请您节哀。理赔的材料我一样一样跟您说，您看现在方便记吗？", "方便，你说。",
                                      "死亡证明、保单号和您的身份证就够了，我这边先帮您登记，明天上午给您回电话。", "好，谢谢你。"))
    sold = score_dialogue(_dialogue(opening, "请您节哀。理赔款到了以后，建议您考虑一下我们的养老年金。", "我现在哪有心思想这些。",
                                    "我们还有一款终身寿险，很多阿姨都买了。", "不要再打电话给我了。"))
    assert sold.total <= 50 and helped.total - sold.total >= 30


@pytest.mark.parametrize("reply", ["你这么说我心里不舒服。", "您讲的这些我一句都没听懂。"])
def test_a_chinese_reply_witnesses_the_fault(reply: str) -> None:
    turns = parse_turns(_dialogue("我想把车卖了。", "你们车主都说车没问题，我们查了才算数。", reply))
    r = reader("zh")
    assert takes_offence(turns[2]) or r.says("lost", turns[2].said_lower)


# -- English, read from blind94-blind97 (dev sets this round) ------------------------------------------------------------
@pytest.mark.parametrize("line", ["Are you saying I don't know my own stock?", "Stop lecturing and refund the deposit.",
                                  "Hey, I was only asking."])
def test_english_offence_taken(line: str) -> None:
    turns = parse_turns(_dialogue("The paint peeled in a week.", "Did you even read the tin before painting?", line))
    assert takes_offence(turns[2])


@pytest.mark.parametrize("line", ["Fine. I'm calling your director tomorrow.", "Our next order goes to another supplier.",
                                  "no. put me through to a supervisor", "Right. I'm going to talk to the bursar myself."])
def test_an_english_customer_going_over_the_trainee_s_head_walks_away(line: str) -> None:
    turns = parse_turns(_dialogue("The paint peeled in a week.", "That's how it is with cheap walls.", line))
    assert walked_away(turns) is turns[2]


@pytest.mark.parametrize("trainee", ["The prices are on the wall. You can read, right?",
                                     "Are you sure your staff mixed it correctly?",
                                     "Do you check your bill before paying? Maybe someone else in the family used the card.",
                                     "I don't set the prices, and I don't have all morning."])
def test_an_english_put_down_or_blame_caps_the_score(trainee: str) -> None:
    report = score_dialogue(_dialogue("I was charged twice for the same order.", trainee, "Of course I do. That's why I'm calling.",
                                      "Anything else?", "No."))
    assert report.cap is not None and report.total <= 50


@pytest.mark.parametrize("trainee", ["You should have got a written quote from us, that's on me. I'll send one today.",
                                     "Then go to Settings and tap Wi-Fi. Are you sure the address is right?",
                                     "What are you hoping to do while you're here: hiking, the museums?",
                                     "I'd also switch on two-factor login for the whole team today."])
def test_sympathy_a_visitor_s_plans_and_advice_are_no_offence(trainee: str) -> None:
    report = score_dialogue(_dialogue("We got hit by a fake invoice last week and I'm new in town.", trainee,
                                      "Yes, let's do that.", "Great, I'll confirm by email within the hour.", "Thanks."))
    assert report.cap is None


def test_a_yes_then_a_reason_or_a_date_is_the_customer_on_side() -> None:
    base = ("My insurance renewal went up by a third.", "What changed in your work this year?", "We took on two bigger builds.",
            "Then the cover limit should go up with them. Shall I quote both limits so you can compare?")
    for last in ("Yeah, do that. I'd rather pay a bit more than find out we're not covered.",
                 "Let's do the higher one. Next week, though, I'm away till Friday.",
                 "That's steep but okay, better than being caught short. Monday works."):
        outcome = {c.id: c for c in score_dialogue(_dialogue(*base, last)).criteria}["customer_outcome"]
        assert outcome.score == outcome.maximum, last


def test_a_short_checklist_answered_in_full_is_no_stack() -> None:
    turns = parse_turns(_dialogue("I need a lease quote for twenty vans by Monday.",
                                  "Three quick ones. Same model as now? Miles a month? Servicing included?",
                                  "Same model. About 4,000 miles. Servicing in."))
    assert not stuffed(turns[1])


def test_a_question_asked_again_a_curt_caterer_and_a_customer_who_gives_up() -> None:
    turns = parse_turns(_dialogue("My old dog is losing weight.", "How old is he?", "Fourteen.", "And what year was he born?",
                                  "You can do the maths. Never mind, I'll ask the vet first."))
    assert turns[4].reader.says("repeat_complaint", turns[4].said_lower)
    assert walked_away(turns) is turns[4]
    staying = parse_turns(_dialogue("Can you fit me in this week?", "Thursday at ten?", "Never mind, I'll see you Thursday."))
    assert walked_away(staying) is None
    curt = score_dialogue(_dialogue("I need catering for 200 guests in June.", "It's 30 a head. Anything else? I have clients waiting.",
                                    "I have never been spoken to like this. Keep your quote."))
    assert curt.cap is not None and curt.total <= 10


def test_a_spanish_hold_for_48_hours_is_a_next_step() -> None:
    report = score_dialogue(_dialogue(
        "Quiero regalarle a mis papás un viaje, pero ya son mayores.",
        "¡Qué bonito! ¿Cómo están de salud, y qué les gusta hacer cuando viajan?",
        "Bien, pero mi papá usa bastón. Les gusta el mar y comer rico.",
        "Entonces lo importante es algo tranquilo y sin escaleras. Hay un hotel frente al mar en Cozumel con habitación accesible. Le aparto la habitación 48 horas sin pagar para que lo hable con sus hermanos.",
        "Va, gracias, lo hablo hoy con ellos."))
    assert {c.id: c.score for c in report.criteria}["closing_the_loop"] > 0


def test_an_upgrade_pushed_on_a_spanish_customer_just_hit_caps_the_score() -> None:
    report = score_dialogue(_dialogue(
        "Acabo de tener un accidente en la carretera, me chocaron por detrás y estoy en el arcén.",
        "Lo siento. ¿Sabía que con nuestro seguro Oro tendría coche de sustitución? Si se pasa al Oro hoy se lo incluyo.",
        "Ahora no puedo pensar en eso, mándeme la grúa, por favor.",
        "La grúa va en camino. Le conviene fijar el precio hoy, mañana sube.",
        "Cuando se venza la póliza me cambio de aseguradora."))
    assert report.cap is not None and report.total <= 10

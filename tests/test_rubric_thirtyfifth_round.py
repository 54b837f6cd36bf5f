"""Thirty-fifth round: a next step proposed as a question, and the customer's yes to it, in the trainee's language.

A visit, an appointment or a test drive offered for a day ("¿Quieren agendar una visita este fin de semana?",
"我们周六去看房好吗？", "Would you like to come and see it tomorrow?") is a close; a close that asks whether it suits
("¿Le parece?", "您看可以吗？") is a trial close in Spanish and Chinese as "Does that work?" is in English; a customer who
turns the day down but comes another ("Pero el otro sábado sí vengo") took the step up; a Mexican "va" or "sale" said
first is a yes. Every example here is written afresh for the test (none is a line of a dialogue set).
"""
from __future__ import annotations

import pytest

from coursekit.scoring import score_dialogue
from coursekit.scoring.exchange import parse_turns, yes_another_day
from coursekit.scoring.readers import reader

OPENING = {
    "es": ["Hola, buenas. Busco una camioneta usada para el negocio, reparto verduras en el mercado.",
           "Buenas, pase. ¿Qué tipo de carga lleva y cuántos viajes hace al día?",
           "Cajas de verdura, unos ochocientos kilos, y hago tres vueltas diarias.",
           "¿Y qué es lo que más le ha fallado con la camioneta que tiene ahora?",
           "El embrague y la suspensión, ya no aguanta el peso y me deja tirado."],
    "zh": ["你好，我想在学校附近买套二手房，孩子明年上小学。",
           "您好！您对房子最看重的是哪几点？",
           "离学校近，楼层别太高，老人也要住。",
           "老人住的话，平时上下楼和看病方便这块您怎么考虑？",
           "最好有电梯，附近有个社区医院就更好了。"],
    "en": ["Hi, I saw your two-bed flat online. Is it still free?",
           "It is. What matters most to you in the next place?",
           "Being near the station, I commute every day, and a bit of quiet.",
           "How long is the commute now, and what makes it hard?",
           "An hour each way, two changes. I'm tired of it."],
}


def _dialogue(language: str, proposal: str, reply: str) -> list[dict]:
    lines = OPENING[language] + [proposal, reply]
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


@pytest.mark.parametrize("language, proposal", [
    ("es", "¿Quiere venir el sábado a probarla con carga?"),
    ("es", "¿Agendamos la prueba de manejo para el jueves?"),
    ("es", "¿Te parece si la vemos el lunes en la mañana?"),
    ("es", "¿Le gustaría pasar a verla mañana?"),
    ("zh", "我们周六去看房好吗？"),
    ("zh", "要不要我先帮您把这套留着？"),
    ("en", "Would you like to come and see it tomorrow?"),
    ("en", "Do you want to pop in on Saturday morning for a look?"),
])
def test_a_visit_or_appointment_offered_for_a_day_is_a_close(language: str, proposal: str) -> None:
    turns = parse_turns(_dialogue(language, proposal, "ok"))
    assert "closing" in turns[5].moves


@pytest.mark.parametrize("language, question", [
    ("es", "¿Le gustaría pasarse al plan premium?"),  # a move up sells, it proposes no visit
    ("en", "Would you like to come in and tell me more about it?"),  # no day: an invitation to talk
])
def test_an_upgrade_or_an_invitation_without_a_day_is_no_visit(language: str, question: str) -> None:
    turns = parse_turns(_dialogue(language, question, "ok"))
    assert "closing" not in turns[5].moves


def _outcome(language: str, proposal: str, reply: str) -> float:
    result = score_dialogue(_dialogue(language, proposal, reply))
    return next(c.score for c in result.criteria if c.id == "customer_outcome")


@pytest.mark.parametrize("reply", ["va, nos parece. mándanos el contacto", "sale, el jueves entonces", "va, nos vemos el sábado"])
def test_a_mexican_yes_said_first_ends_on_the_trainees_side(reply: str) -> None:
    proposal = "Tengo una reforzada, revisada y con garantía. ¿Quiere venir el sábado a probarla con carga?"
    assert _outcome("es", proposal, reply) == _outcome("es", proposal, "Sí, perfecto.")
    assert _outcome("es", proposal, reply) > _outcome("es", proposal, "va, pero lo tengo que pensar")


@pytest.mark.parametrize("reply", ["那就麻烦你了", "那你帮我约吧"])
def test_a_chinese_customer_handing_the_booking_over_ends_on_the_trainees_side(reply: str) -> None:
    proposal = "我这边有套三楼带电梯的，离学校走路五分钟，楼下就是社区医院。我们周六去看房好吗？"
    assert _outcome("zh", proposal, reply) == _outcome("zh", proposal, "好的，就周六。")


def test_a_spanish_close_that_asks_whether_it_suits_is_a_trial_close() -> None:
    """After two questions about the need, a close met with "let me think" costs the trainee the pressure cap; the same
    step asked as "¿Le parece?" is a trial close, as "Does that work?" is in English."""
    offer = "Tengo una de carga reforzada, revisada y con garantía de seis meses"
    hesitant = "Mmm, no sé, lo tengo que pensar."
    pushed = score_dialogue(_dialogue("es", offer + ". ¿Quiere venir el sábado a probarla con carga?", hesitant))
    trial = score_dialogue(_dialogue("es", offer + "; podría venir el sábado a probarla con carga. ¿Le parece?", hesitant))
    assert pushed.cap is not None and trial.cap is None
    assert trial.total > pushed.total


def test_a_yes_on_another_day_takes_the_step_up() -> None:
    proposal = "Tengo una de carga reforzada, revisada y con garantía de seis meses. ¿Quiere venir el sábado a probarla con carga?"
    later = "Este sábado no puedo, tengo una boda. Pero el otro sábado sí vengo con mi cuñado."
    turns = parse_turns(_dialogue("es", proposal, later))
    assert yes_another_day(turns[-1])
    assert score_dialogue(_dialogue("es", proposal, later)).cap is None
    # a no with nothing taken up is no yes on another day
    assert not yes_another_day(parse_turns(_dialogue("es", proposal, "Este sábado no puedo. Ya le aviso."))[-1])


@pytest.mark.parametrize("line, lost, offended", [
    ("什么免赔额、共付比例……我真听不太懂，你直接说我要交多少？", True, False),
    ("她说代数听不懂，老师讲得太快。", False, False),  # the daughter's trouble with a subject, not the trainee's words
    ("我这个人听不懂粤语，你说普通话吧。", False, False),
    ("你急什么呢？我还没想好。", False, True),
    ("我自己的事我自己清楚，今天是来问我妈的。", False, True),
    ("我的钱我自己知道怎么花，你帮我转过去就行。", False, True),
    ("不用你来教我怎么过日子。", False, True),
])
def test_a_chinese_reply_says_it_did_not_follow_or_took_offence(line: str, lost: bool, offended: bool) -> None:
    r = reader("zh")
    folded = r.fold(line.lower())
    assert (r.says("lost", folded), r.says("takes_offence", folded)) == (lost, offended)


def test_unasked_advice_the_customer_resents_costs_more_than_the_same_call_without_it() -> None:
    """The one-fault pair: the same advice with a lecture in front of it, answered "我的钱我自己知道怎么用"."""
    common = [("customer", "你好，我每个月要往老家汇两千块给我爸妈，你们这边手续费多少？"),
              ("trainee", "您好！每笔手续费十五块，一般当天到账。您平时是汇到农村信用社还是大银行的卡？"),
              ("customer", "农村信用社的卡，我妈只会用那张。")]
    plain = common + [("trainee", "好的，信用社的卡也能当天到。要不要我帮您设个每月同一天的提醒？"),
                      ("customer", "提醒就不用了，照平常的汇就好。")]
    lecture = common + [("trainee", "每个月都汇两千啊？其实您也该为自己存点钱，年轻人要先顾好自己，不然以后怎么办？"),
                        ("customer", "……我的钱我自己知道怎么用。你帮我汇就好。")]
    as_turns = lambda lines: [{"speaker": s, "text": t} for s, t in lines]  # noqa: E731
    assert score_dialogue(as_turns(plain)).total > score_dialogue(as_turns(lecture)).total + 20


def _as_turns(lines: list[str]) -> list[dict]:
    return [{"speaker": "customer" if i % 2 == 0 else "trainee", "text": text} for i, text in enumerate(lines)]


def test_a_promise_the_sentence_refuses_to_make_is_no_overpromise() -> None:
    opening = ["Buenas, abro una panadería el lunes y necesito internet para la caja.",
               "Felicidades. ¿El local ya tiene cableado de alguna compañía o es nuevo?",
               "Es nuevo, antes era una zapatería. No sé si tenían internet."]
    hedged = score_dialogue(_as_turns(opening + [
        "Puede que el cable ya llegue al local, pero no se lo aseguro hasta que lo vea el técnico; suelen ser cinco días hábiles.",
        "Vale, entiendo."]))
    promised = score_dialogue(_as_turns(opening + ["No se preocupe, se lo instalo mañana mismo, garantizado.", "Vale, entiendo."]))
    assert "nadie puede cumplir" not in hedged.summary
    assert "nadie puede cumplir" in promised.summary


def test_the_trainees_own_trip_story_is_talk_about_oneself() -> None:
    opening = ["Buenas, quiero organizar una excursión a la Basílica para el grupo de la parroquia, somos veinte señoras.",
               "Con gusto. ¿Qué fecha tienen pensada y hay alguien que camine con dificultad?",
               "El 15 de enero. Tres van con bastón."]
    story = "¡Qué bonito! Yo fui el año pasado con mi familia y mi mamá lloró en la misa. Yo siempre digo que hay que ir una vez en la vida."
    plain = "Entonces un microbús con aire, asientos de adelante para las de bastón y un hotel cerca de la Basílica."
    told = score_dialogue(_as_turns(opening + [story, "Ajá. ¿Y cuánto sale por persona?"]))
    planned = score_dialogue(_as_turns(opening + [plain, "Sí, eso está bien. ¿Y cuánto sale por persona?"]))
    assert planned.total > told.total


@pytest.mark.parametrize("language, opening, line", [
    ("es", "Buenos días. Quería un alimento para que mis conejos engorden más rápido para la feria.",
     "Buenos días. Lo que usted necesita es este, el Conejo Max, el mejor que tenemos: 30 dólares el saco."),
    ("zh", "你好，我想买点饲料，让鸡长得快点好卖。", "您需要的就是这款，我们店最好的增重料，一袋一百六。"),
])
def test_a_pitch_dressed_as_a_playback_is_a_pitch(language: str, opening: str, line: str) -> None:
    turns = parse_turns(_as_turns([opening, line, "嗯。" if language == "zh" else "Mmm."]))
    assert "pitch" in turns[1].moves


def test_a_playback_of_the_customers_own_goal_is_no_pitch() -> None:
    turns = parse_turns(_as_turns(["Buenos días. Quería un alimento para que mis conejos engorden más rápido para la feria.",
                                   "Lo que usted necesita es que engorden antes de la feria, ¿cierto?", "Sí, eso."]))
    assert "pitch" not in turns[1].moves
    assert "pitch" not in parse_turns(_as_turns(["你好，我想买点饲料。", "最好的办法是先看看鸡现在吃什么。您平时喂什么？", "玉米。"]))[1].moves


def test_a_fix_declared_done_that_the_customer_says_still_fails_costs_points() -> None:
    opening = ["Aló, me cambiaron el módem y ahora la computadora no se conecta.",
               "Buenas tardes. ¿Le aparece la red nueva en la lista de redes de la computadora?",
               "Sí, sale una que dice Fibra-2G.",
               "Elíjala y escriba la clave que viene en la etiqueta de abajo del módem."]
    tested = score_dialogue(_as_turns(opening + ["Ya la escribí.", "Muy bien. Abra cualquier página para confirmar que ya navega.",
                                                 "¡Ya! Abrió el periódico."]))
    declared = score_dialogue(_as_turns(opening + ["Ya la escribí.", "Perfecto, entonces ya quedó. Le voy a cerrar el caso como resuelto.",
                                                   "Espérese, que todavía no conecta."]))
    assert tested.total >= declared.total + 10


def test_a_job_declared_all_done_and_billed_without_a_test_costs_points() -> None:
    opening = ["Hi, thanks for coming. The hot tap in the bathroom keeps dripping, all night.",
               "No worries. How long has it been dripping, and is it the hot side only?",
               "A couple of weeks. Just the hot.",
               "Righto, that's usually the washer or the cartridge. I'll swap the cartridge."]
    tested = score_dialogue(_as_turns(opening + ["Okay, go for it.",
                                                 "Done. Let's test it: I'll run it hot and shut it off. Have a go yourself.",
                                                 "Oh, not a drop. Great."]))
    billed = score_dialogue(_as_turns(opening + ["Okay, go for it.", "All done. That's $180 all up - card or account?",
                                                 "Hang on, can we run it first? The last bloke said it was fixed."]))
    assert tested.total >= billed.total + 10


@pytest.mark.parametrize("line", ["Were you listening at all? I'll try the place down the road.",
                                  "Did you hear a word I said? I'll call the guys across the road."])
def test_a_customer_who_was_not_heard_and_goes_elsewhere_caps_the_score(line: str) -> None:
    lines = ["Hi, the lounge is freezing and I'm after a heat pump for it, about three grand all in.",
             "Great. For your home the best is a ducted system, every room warm, about fourteen thousand. How does that sound?",
             "Fourteen? No, I said three. It's just the lounge.",
             "Sure. And how many bedrooms? Ducted really shines with three or more.",
             line]
    assert score_dialogue(_as_turns(lines)).total <= 10


def test_questions_the_customer_already_answered_twice_cap_the_score() -> None:
    lines = ["Hi, my knee's been aching for about three weeks, since I started running again.",
             "Hi, come in. So, what's going on with the knee?",
             "Left knee, aching, three weeks. Since I started running.",
             "Okay. And when did you first notice it?",
             "Three weeks ago. When I started running.",
             "Great. And has anything changed lately that might have brought it on?",
             "The running? I've said running twice.",
             "Sure. So how long has this been going on for you?",
             "Three weeks! Are you writing any of this down?"]
    assert score_dialogue(_as_turns(lines)).total <= 5


@pytest.mark.parametrize("language, line, move", [
    ("es", "Buenos días. ¿De verdad creía que podía cambiar la ventana sin pedir permiso? Cuénteme qué ha hecho.", "rudeness"),
    ("es", "Ya. ¿Y no se le ocurrió preguntar en el ayuntamiento antes?", "rudeness"),
    ("es", "El 3 % del presupuesto. ¿Tampoco sabía eso?", "rudeness"),
    ("es", "Te mando la tapa nueva. ¿Qué más puedo añadir al paquete para aprovechar el envío?", "upsell"),
    ("es", "Llega en cinco días. ¿Te añado un juego de juntas de repuesto con un 15 % de descuento?", "upsell"),
    ("es", "Eso lo tendría que hablar con el transportista, nosotros vendemos solo el producto.", "argument"),
    ("es", "¡Genial! ¿Cuándo le vendría mejor hacer el cambio, este mes o el que viene?", "closing"),
    ("es", "¿A qué nombre ponemos el contrato, al suyo?", "closing"),
    ("zh", "那您看是先存一年试试，还是五万一次性存掉更省心呢？", "closing"),
    ("zh", "您是选今天就开始，还是再等等错过机会呢？", "pressure"),
    ("zh", "换好了，三百二。下雨天骑车不方便，给你配一个雨披？", "upsell"),
])
def test_spanish_and_chinese_moves_read_from_the_dev_sets_written_wider(language: str, line: str, move: str) -> None:
    opening = "Buenas, tengo una duda con un trámite." if language == "es" else "你好，我想问一下。"
    turns = parse_turns(_as_turns([opening, line, "Ya." if language == "es" else "嗯。"]))
    assert move in turns[1].moves


@pytest.mark.parametrize("line", ["Oiga, un respeto, que yo vengo a arreglarlo.", "¿me llega roto y me intentas vender un toallero?",
                                  "Déjalo, pondré una reclamación.", "Ya se lo lleva mi gestor, que por lo menos me trata bien."])
def test_a_spanish_customer_who_takes_offence_or_leaves_is_heard(line: str) -> None:
    r = reader("es")
    folded = r.fold(line.lower())
    assert r.says("takes_offence", folded) or r.says("walks_away", folded)


def test_a_customer_asked_again_who_goes_to_the_agency_down_the_street_caps_the_score() -> None:
    lines = ["hi need 4 tickets to Lahore in january, my father uses wheelchair. what is price",
             "hello! happy to help. what kind of travel experience are you looking for?",
             "just easy. he cant do stairs",
             "perfect. great deal via Doha, $1,050 each. shall i hold 4 seats?",
             "did you read what i wrote? stairs. my question is about wheelchair, you not answering",
             "no worries, ill hold the doha fare. anything else?",
             "no. i will go to the agency on Coney Island Avenue"]
    assert score_dialogue(_as_turns(lines)).total <= 10


def test_a_chinese_checklist_answered_in_chat_clauses_is_no_stack() -> None:
    """Typed chat separates its answers with spaces, not full stops: four short questions answered in four clauses."""
    asked = "你好～阿姨平时用手机主要做什么？打电话、视频，还是也看短视频？眼睛好不好？预算大概多少？"
    lines = ["你好，想给我妈买个手机，她六十多了。", asked,
             "主要想让她会视频 跟孙子聊天 她眼睛有点花 字要大 预算一千左右", "好的，那这款大字版就很合适，一千零九十九。", "好 就它"]
    capped = score_dialogue(_as_turns(lines)).cap
    assert capped is None
    one_answer = score_dialogue(_as_turns(lines[:2] + ["视频吧", "好的，那这款大字版就很合适，一千零九十九。", "好 就它"])).cap
    assert one_answer is not None  # one part answered of four: the stack left the customer to pick one


@pytest.mark.parametrize("fault, worse", [
    ("argument", "那就是您自己WiFi的问题，我们这边线路正常，不可能只有五六十。"),
    ("argument", "您确定钱没出来吗？有没有可能出来了您没注意？"),
    ("lecture", "先吃这个。我跟你讲啊，咳嗽多半是烟抽多了，你这个年纪再不戒，以后麻烦大了。"),
    ("story", "嘉陵啊！我第一台车也是嘉陵，那时候骑着它跑遍了全县，后来换了三台。"),
    ("promise", "你放心，报我们的班保证上岸，考不上全额退款。"),
])
def test_a_chinese_one_fault_turn_costs_the_conversation(fault: str, worse: str) -> None:
    opening = ["你好，我想问一下。", "您好！您说，是什么情况？", "就是上次那个事，我想再问问。"]
    fair = "明白，我先帮您查一下记录，再跟您说怎么办。"
    assert score_dialogue(_as_turns(opening + [fair, "好。"])).total > score_dialogue(_as_turns(opening + [worse, "好。"])).total


def test_a_chinese_fix_declared_done_and_paid_for_untried_costs_points() -> None:
    opening = ["师傅，我这电动车刹车不灵，捏到底才刹得住。", "前刹还是后刹？", "后刹，前面的还行。",
               "刹车皮磨完了，线也松了。换一副皮，紧一下线，四十五。", "行，换吧。"]
    tried = score_dialogue(_as_turns(opening + ["换好了，你先骑一圈试试，觉得行再给钱。", "这回一捏就住了，谢谢师傅。"]))
    untried = score_dialogue(_as_turns(opening + ["换好了，四十五，扫这个码就行。", "我还没骑呢……哎，还是有点软。"]))
    assert tried.total >= untried.total + 10


def test_a_chinese_trainee_who_says_no_class_can_promise_a_pass_promises_nothing() -> None:
    r = reader("zh")
    hedged = r.fold("实话说，没有哪个班能保证考上，去年大概六成上岸。")
    assert r.says("overpromise", hedged) and r.says("promise_hedged", hedged)


@pytest.mark.parametrize("worse", [
    "Vale. Una cosa: ¿seguro que no te lo dejaste sin candado? Es que vemos muchos partes que luego no cuadran.",
    "Tres semanas es justo. Y ya que estás aquí: deberías perder unos kilos antes de volver a jugar.",
    "Perfecto, te lo cobro ya; son todos iguales, este entra seguro.",
])
def test_a_spanish_one_fault_turn_costs_the_conversation(worse: str) -> None:
    opening = ["Hola, vengo por lo del parte de la semana pasada.", "Hola, dime. ¿Qué pasó exactamente?", "Pues lo que te conté por teléfono."]
    fair = "Vale, lo miro en el expediente y te digo qué falta."
    assert score_dialogue(_as_turns(opening + [fair, "Vale."])).total > score_dialogue(_as_turns(opening + [worse, "Vale."])).total


@pytest.mark.parametrize("line, offended", [("me parece fatal que insinúes eso", True),
                                            ("Yo venía por el tobillo, no a que me riñeran.", True),
                                            ("Me parece fatal que cierren el domingo.", False)])
def test_a_spanish_customer_who_takes_offence_at_a_doubt_or_a_lecture(line: str, offended: bool) -> None:
    r = reader("es")
    assert r.says("takes_offence", r.fold(line.lower())) == offended


def test_you_just_sign_in_is_no_pressure_to_sign() -> None:
    turns = parse_turns(_as_turns(["Will our till app work on the loan iPad?",
                                   "It should: if it's Square you just sign in. Let's test it here before you go. Can you log in now?",
                                   "It's working."]))
    assert "pressure" not in turns[1].moves
    signed = parse_turns(_as_turns(["I'll think about it.", "You just sign here and it's done.", "Hmm."]))
    assert "pressure" in signed[1].moves


@pytest.mark.parametrize("language, lines", [
    ("es", ["Hola, busco un seguro para mi moto, una de 125.",
            "Hola. ¿Qué tipo de seguro quiere y para qué la usa?",
            "Para ir al trabajo. Solo a terceros, lo más barato.",
            "Tenemos el todo riesgo premium, el mejor que hay. ¿Le interesa?",
            "Ya te lo dije: a terceros, lo más barato.",
            "El premium también cubre robo. ¿Lo contratamos?",
            "Ya te lo dije dos veces: a terceros. Lo más barato."]),
    ("zh", ["你好，我想给电动车买个保险，就要最便宜的交强险。",
            "您好！您平时骑车主要去哪儿？",
            "上下班，就要交强险，最便宜的。",
            "我们有个全险套餐，最好的，要不要了解一下？",
            "我都说了，就要交强险。",
            "全险还包盗抢，给您办全险吧？",
            "我都说了两遍了，交强险，最便宜的。"]),
])
def test_a_spanish_or_chinese_customer_who_says_it_again_caps_the_score(language: str, lines: list[str]) -> None:
    assert score_dialogue(_as_turns(lines)).total <= 10


def test_a_spanish_customer_who_says_the_fix_works_ends_on_the_trainees_side() -> None:
    lines = ["Aló, me cambiaron el módem y la computadora no se conecta.",
             "Buenas tardes. ¿Le aparece la red nueva en la lista?", "Sí, sale una que dice Fibra-2G.",
             "Elíjala, escriba la clave de la etiqueta del módem y abra cualquier página.", "¡Ya funciona! Abrió el periódico."]
    outcome = next(c for c in score_dialogue(_as_turns(lines)).criteria if c.id == "customer_outcome")
    assert outcome.score == max(c.score for c in score_dialogue(_as_turns(lines[:-1] + ["Sí, perfecto, gracias."])).criteria
                                if c.id == "customer_outcome")


def test_a_spanish_answer_that_repeats_the_customers_question_checks_nothing() -> None:
    """As in English: an answer to the customer's question, whatever words of theirs it repeats, is no summary."""
    lines = ["Hola, quiero apuntarme a pilates por la espalda.",
             "Hola. Cuénteme, ¿qué le pasa en la espalda?",
             "Me duele la zona lumbar porque trabajo sentada todo el día. ¿Pilates sirve para la zona lumbar si trabajo sentada?",
             "Sí, pilates sirve mucho para la zona lumbar cuando se trabaja sentada todo el día.",
             "Vale, pues me apunto a la del martes."]
    confirming = next(c for c in score_dialogue(_as_turns(lines)).criteria if c.id == "confirming_understanding")
    assert confirming.score == 0
    summed = lines[:3] + ["Entonces, si le entiendo bien, le duele la zona lumbar por estar sentada todo el día, ¿es así?",
                          "Sí, eso es. ¿Y pilates sirve?"]
    assert next(c for c in score_dialogue(_as_turns(summed)).criteria if c.id == "confirming_understanding").score > 0


@pytest.mark.parametrize("line, move", [
    ("Tue and thu 3:30 the next two weeks, then the last one two days before your test.", "pressure"),
    ("One way it is. I'll message you return options later, whenever you're ready.", "closing"),
    ("Pay twenty today and the rest when you collect the refill, I'll note it on her account.", "pressure"),
])
def test_a_plan_a_ticket_or_a_split_payment_is_no_push(line: str, move: str) -> None:
    turns = parse_turns(_as_turns(["Can you help me sort this out?", line, "Okay."]))
    assert move not in turns[1].moves


@pytest.mark.parametrize("line, move", [
    ("This is the last one in stock, so decide now.", "pressure"),
    ("Saturday at ten it is.", "closing"),
    ("Pay today and get ten percent off.", "pressure"),
])
def test_a_real_push_or_a_time_taken_up_still_reads(line: str, move: str) -> None:
    turns = parse_turns(_as_turns(["Can you help me sort this out?", line, "Okay."]))
    assert move in turns[1].moves


def test_going_to_the_mosque_and_coming_back_is_no_walking_out() -> None:
    lines = ["My phone dies by lunchtime, I need it for video calls with my daughter.",
             "Let me check the battery health. It's at 71%, so it's worn. A new battery is £45 fitted, done in an hour.",
             "Forty-five is fine. Can you do it now? I'll go to the masjid and come back."]
    assert score_dialogue(_as_turns(lines + ["Yes, leave it with me, it'll be ready by half four."])).cap is None
    assert score_dialogue(_as_turns(lines[:2] + ["Forget it, I'll go to the other shop.",
                                                 "Okay."])).cap is not None


@pytest.mark.parametrize("language, line, key", [
    ("es", "2 adultos y un perro, lo he puesto arriba", "repeat_complaint"),
    ("es", "¿en serio?", "repeat_complaint"),
    ("es", "mira, déjalo. en otros sitios me contestan a la primera", "walks_away"),
    ("zh", "我说了只有60宽 你看我说的话了吗", "repeat_complaint"),
    ("zh", "你莫讲了，我就问取钱要带什么。", "takes_offence"),
])
def test_a_chat_customer_who_already_wrote_it_or_has_had_enough(language: str, line: str, key: str) -> None:
    r = reader(language)
    assert r.says(key, r.fold(line.lower()))


def test_a_product_pushed_on_a_grieving_chinese_customer_caps_the_score() -> None:
    lines = ["你好……我爸上个月走了，他卡里还有点钱，我想问下要怎么取出来。",
             "您节哀。我们现在有款稳健型理财，年化三点二，很多像您这种情况的客户都转到这里面。",
             "我现在哪有心思搞理财……",
             "我懂。另外您妈妈年纪大了，要不要顺便给她配一份养老保险？",
             "你莫讲了，我就问取钱要带什么。"]
    assert score_dialogue(_as_turns(lines)).total <= 10

"""Generic customer lines for situations the scenario file does not script.

Each situation has default variants and, where the temperament changes the tone,
temperament-specific ones. `pick` chooses a variant with the session's seeded random
generator, so the same seed gives the same dialogue.
"""
from __future__ import annotations

import random
from typing import Mapping, Sequence

#: situation -> temperament id (or "*") -> line variants. "{fact}" is filled in by the caller.
LINES: Mapping[str, Mapping[str, Sequence[str]]] = {
    "confused": {
        "*": ("Sorry, I didn't follow that. Could you put it another way, in English?",
              "I'm not sure what you mean. Can you say that again, plainly?"),
        "impatient": ("What? Say that again, and keep it simple.",),
        "silent": ("...?",),
    },
    "empty": {
        "*": ("Were you going to ask me something?", "...Hello? Are you still there?"),
        "impatient": ("I haven't got all day. What is it?",),
        "silent": ("...",),
    },
    "too_long": {
        "*": ("That's a lot to take in at once.",),
        "impatient": ("Please, get to the point.", "Short version, please. I'm in a hurry."),
        "silent": ("(looks at the floor)",),
    },
    "pitch_early": {
        "*": ("Hm. I'll think about it.", "Interesting. Let me think about it and get back to you."),
        "expert": ("I know what those things do, thank you. I'll think about it.",),
        "suspicious": ("Everyone says their product is the best. I'll think about it.",),
        "impatient": ("Brochure talk. I'll think about it.",),
    },
    "pitch_ok": {
        "*": ("That could work for what I told you.", "All right, that sounds relevant to us."),
        "suspicious": ("Maybe. Can you back that up?",),
        "silent": ("Mm. Could be.",),
    },
    "pressure": {
        "*": ("Please don't rush me.", "I don't like being pushed."),
        "deliberate": ("If I have to decide right now, the answer is no.",),
        "hesitant": ("Now you're making me nervous.",),
        "reserved": ("I'd rather we kept this courteous.",),
        "impatient": ("Don't hustle me. Just tell me what matters.",),
    },
    "discount_early": {
        "*": ("I haven't even said I want it yet.", "Why are you talking price already?"),
        "suspicious": ("A discount before I've asked for one? What's wrong with it?",),
    },
    "discount_on_price": {
        "*": ("If the price drops that easily, what was it really worth?",
              "So the first price wasn't serious? That doesn't help me."),
    },
    "argument": {
        "*": ("I don't think you're listening to me.", "Are you saying I'm wrong?"),
        "critical": ("Arguing with me won't fix anything. I know what I saw.",
                     "Now you're telling me I'm wrong? That settles it."),
        "expert": ("I've been doing this for twenty years. Don't lecture me.",),
        "reserved": ("I don't appreciate being contradicted like that.",),
    },
    "closed_yes": {
        "*": ("Yes.", "Yes, that's right."),
        "talkative": ("Oh yes, definitely!",),
    },
    "closed_no": {
        "*": ("No, not really.", "Not especially."),
        "silent": ("No.",),
        "talkative": ("No, not really, that's never been the issue.",),
    },
    "one_word_yes": {"*": ("Yes.", "Mm. Yes.")},
    "one_word_no": {"*": ("No.", "Mm. No.")},
    "confirmed": {
        "*": ("Yes, exactly.", "Yes, that's it.", "That's right."),
        "silent": ("Yes.",),
        "talkative": ("Yes! That's exactly it, you've got it.",),
        "critical": ("Yes. Finally someone who listens.",),
    },
    "hinted": {
        "*": ("Yes, in a way. {fact}",),
        "silent": ("Yes.",),
    },
    "not_here": {
        "*": ("That's not really what matters to me here.", "Not really, no."),
    },
    "not_here_nudge": {
        "*": ("Maybe. But what matters to me is this: {fact}", "Hm. The main thing for me is this: {fact}"),
    },
    "already_told": {
        "*": ("As I said: {fact}", "I told you already. {fact}"),
        "impatient": ("I already said that. {fact}",),
    },
    "mentioned": {
        "*": ("Well, like I mentioned: {fact}", "Yes, that's the thing: {fact}"),
        "silent": ("{fact}",),
    },
    "leading": {
        "*": ("Don't put words in my mouth. I haven't decided anything yet.", "I wouldn't say that. I haven't told you what I need yet."),
        "critical": ("That's your answer, not mine.",),
        "hesitant": ("Oh... I don't know. Should I?", "I'm not sure that's what I said."),
        "silent": ("(shrugs)",),
        "impatient": ("Don't tell me what I want. Ask.",),
    },
    "upsell": {
        "*": ("Let's sort out what I came for first.", "One thing at a time, please."),
        "critical": ("I came here for one thing. Let's stick to it.",),
        "silent": ("(shakes head)",),
    },
    "paraphrase_early": {
        "*": ("Well, I haven't really told you much yet.",),
    },
    "rudeness": {
        "*": ("Excuse me? I don't have to listen to that.", "There's no need to talk to me like that."),
        "reserved": ("(stiffly) That was uncalled for.",),  # the session, not the line, decides who leaves
        "critical": ("Charming. That's exactly the attitude I expected.",),
        "impatient": ("Don't talk to me like that. One more like that and I'm gone.",),
        "silent": ("(looks away)",),
        "hesitant": ("Oh. I... I'm sorry I asked.",),
    },
    "playback_wrong": {
        "*": ("Hold on, I never said that.", "No, that's not what I told you."),
        "impatient": ("No. That's not what I said. Listen.",),
        "critical": ("That's not what I said. Were you listening?",),
        "silent": ("...No.",),
        "reserved": ("I don't think I said that.",),
    },
    "paraphrased": {
        "*": ("Yes, that's it exactly.", "Right, you've understood me."),
        "critical": ("Yes. That's exactly my complaint.",),
        "silent": ("Yes.",),
    },
    "empathy": {
        "*": ("Thank you, I appreciate that.", "Thanks. That helps."),
        "silent": ("(nods)",),
        "impatient": ("Fine. Go on.",),
    },
    "evidence": {
        "*": ("That would help.", "Yes, show me."),
        "suspicious": ("Show me the figures, then I'll believe it.",),
    },
    "not_convinced": {
        "*": ("That doesn't really answer what worries me.", "I don't see how that solves it."),
    },
    "evidence_wanted": {
        "*": ("That may be so, but can you show me? I'd need to see it to believe it.",),
        "hesitant": ("It sounds good, but I'd feel safer if I could see it somewhere first.",),
    },
    "brush_off_answered": {
        "*": ("Hm. Maybe.", "Yes, well. We'll see."),
        "silent": ("Mm.",),
    },
    "stuck_untested": {
        "*": ("We're going round in circles. Why don't you ask me what's really holding me back?",),
        "silent": ("(shrugs) ...Ask me what the problem is.",),
        "impatient": ("Look, just ask me what the actual problem is.",),
    },
    "stuck_tested": {
        "*": ("What would really help is an answer to this: {fact}",),
        "silent": ("Hm. {fact}",),
    },
    "stuck_keywords": {
        "*": ("That's not it. What would help me is something about {fact}.",),
    },
    "stuck_again": {
        "*": ("I feel we're not getting anywhere.",),
        "impatient": ("This is taking too long.",),
    },
    "stuck_leave": {
        "*": ("Let me think it over on my own. I'll be in touch if anything changes.",),
        "impatient": ("I'll think about it. Goodbye.",),
        "silent": ("(stands up) I'll think about it.",),
    },
    "repeated": {
        "*": ("As I said: {fact}", "You asked me that already. {fact}"),
        "impatient": ("I already told you. {fact}",),
        "silent": ("(silence) ...As I said. {fact}",),
    },
    "not_ready": {
        "*": ("Not so fast. I'm not ready to decide anything yet.", "Hold on, I haven't said yes. I'll think about it."),
        "impatient": ("No. You haven't even worked out what I need. I'll think about it.",),
        "silent": ("...No. Not yet.",),
    },
    "think_it_over": {
        "*": ("Hm. I'll think about it.", "Let me sleep on it."),
    },
    "think_it_over_trust": {
        "*": ("I'll think about it. I'm not sure I trust this yet.", "Let me sleep on it. I don't know you well enough yet."),
        "impatient": ("No. Not on what I've heard so far.",),
        "silent": ("...Not yet.",),
    },
    "think_it_over_more": {
        "*": ("Maybe. But that's not everything that matters to me.", "Hm. There's more to it than that, you know."),
        "impatient": ("You've heard half of it. I'll think about it.",),
        "silent": ("(hesitates) ...There's more.",),
    },
    "think_it_over_unconfirmed": {
        "*": ("I'll think about it. I'm not sure you've understood what I need.", "Hm. Have you actually got what I'm after?"),
        "impatient": ("Before I say yes: do you even know what I need?",),
        "silent": ("...Did you understand me?",),
    },
    "objection_again": {
        "*": ("As I said: {fact}", "We haven't settled this yet: {fact}"),
    },
    "no_need_seen": {
        "*": ("Buy it? I'm not even sure I need it.",),
    },
    "neutral": {
        "*": ("Mm-hm.", "Okay.", "I see."),
        "silent": ("(nods)",),
        "impatient": ("And?",),
        "talkative": ("Oh, right, right. Anyway...",),
    },
    "won": {"*": ("All right. Let's do it.", "Good, you've convinced me. Let's go ahead.")},
    "lost": {"*": ("I don't think this is for me. Goodbye.",)},
    "left": {
        "*": ("I'm sorry, I have to go.", "I've run out of time for this. Goodbye."),
        "impatient": ("That's it, I'm off.",),
        "silent": ("(leaves without a word)",),
    },
    "trust_lost": {
        "*": ("I don't think we'll be doing business. Goodbye.",),
        "critical": ("That's enough. I'll take my business elsewhere.",),
    },
    "open": {"*": ("Well, let's see. I'll be in touch.",)},
    "over": {"*": ("(The conversation is over.)",)},
}


#: What the (English-speaking) customer says to a turn in another language, in that language, with the
#: English after it: the trainee learns at once that the scenario is played in English.
IN_ENGLISH_PLEASE: Mapping[str, str] = {
    "es": "Perdone, solo hablo inglés. ¿Me lo puede decir en inglés? (Sorry, I only speak English.)",
    "zh": "不好意思，我只会说英语。您能用英语再说一遍吗？(Sorry, I only speak English.)",
    "pt": "Desculpe, só falo inglês. Pode dizer isso em inglês? (Sorry, I only speak English.)",
    "fr": "Désolé, je ne parle qu'anglais. Vous pouvez le dire en anglais ? (Sorry, I only speak English.)",
    "de": "Entschuldigung, ich spreche nur Englisch. Können Sie das auf Englisch sagen? (Sorry, I only speak English.)",
    "it": "Mi scusi, parlo solo inglese. Può dirlo in inglese? (Sorry, I only speak English.)",
    "nl": "Sorry, ik spreek alleen Engels. Kunt u dat in het Engels zeggen? (Sorry, I only speak English.)",
    "*": "Sorry, I only speak English. Could you say that in English?",
}


def in_english_please(language: str) -> str:
    """The customer's reply to a turn in `language`: asked, in that language, to say it in English."""
    return IN_ENGLISH_PLEASE.get(language, IN_ENGLISH_PLEASE["*"])


def variants(situation: str, temperament: str) -> tuple[str, ...]:
    """The line variants for a situation, preferring the temperament's own."""
    table = LINES[situation]
    return tuple(table.get(temperament) or table["*"])


def pick(rng: random.Random, lines: Sequence[str]) -> str:
    """One variant, chosen with the session's generator (same seed, same line)."""
    if not lines:
        return ""
    return lines[0] if len(lines) == 1 else lines[rng.randrange(len(lines))]


def line(rng: random.Random, situation: str, temperament: str, fact: str = "") -> str:
    """A generic line for a situation, with ``{fact}`` filled in."""
    text = pick(rng, variants(situation, temperament))
    return text.replace("{fact}", fact).strip()

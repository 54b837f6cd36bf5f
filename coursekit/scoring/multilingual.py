"""Need level, question technique and form, and objection pattern for Spanish and Chinese text.

Word counts (multinomial Naive Bayes, `wordcounts.WordCounts`) over tokens each language
needs: Spanish words with accents folded ("cuánto" and "cuanto" are one word) and their pairs;
Chinese characters and character pairs (no word segmenter is needed for short sales lines),
with Latin words kept whole. Question form also reads the first and last token, where Spanish
and Chinese mark a question ("¿cuántos…", "…吗"). Trained offline on sets written natively in
each language (bench/train_languages.py), shipped in `_weights_<language>.py`. The evidence is
the words of the text that weigh most for the label; the feedback comes from the string
catalogue coursekit/data/strings/scoring.yaml, in the trainee's language.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache, partial
from pathlib import Path

from .features import CONTEXT
from .language import fold_accents
from .multilingual_lexicon import CUES
from .text import HANZI, Text, as_written
from .types import Prediction, QuestionPrediction
from .wordcounts import WordCounts

#: Languages with trained classifiers besides English.
SUPPORTED = ("es", "zh")
CATALOGUE = Path(__file__).resolve().parents[1] / "data" / "strings" / "scoring.yaml"
#: How many times a cue token counts (a cue says more than any one word).
CUE_WEIGHT = 2
#: Spanish words are cut to this many letters ("entrega", "entregas", "entregar" are one word).
STEM = 5
#: Below this probability a need or an objection is only a guess.
UNSURE = 0.4

#: A Spanish word once accents are folded (and a Latin word inside Chinese text).
_ES_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=None)
def _cues(language: str, task: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = CUES.get(language, {})
    if task == "objecting":  # does a customer line object at all: any pattern's cue words
        return tuple(("objection", re.compile(rx)) for rx in table.get("objection", {}).values())
    return tuple((label, re.compile(rx)) for label, rx in table.get(task, {}).items())


def cue_tokens(text: str, language: str, task: str) -> list[str]:
    """A "cue:<label>" token for each label whose cue words occur (multilingual_lexicon.py)."""
    return [f"cue:{label}" for label, rx in _cues(language, task) if rx.search(text)] * CUE_WEIGHT


def tokens(lower: str, language: str, task: str = "") -> list[str]:
    """The tokens a model of this language reads for a task: words and word pairs (Spanish; Chinese
    characters and character pairs), the course's cue words, and for form the first and last token.
    A text joined by `features.with_context` to what the trainee line before it did (`exchange.what_it_did`) adds
    each of those words as 'c:' ('c:' alone: a trainee line that did nothing the engine names)."""
    if CONTEXT in lower:
        text, _, did = lower.partition(CONTEXT)
        return tokens(text, language, task) + ([f"c:{w}" for w in did.split()] or ["c:"])
    if language == "zh":
        chars = HANZI.findall(lower)
        out = chars + [a + b for a, b in zip(chars, chars[1:])] + _ES_WORD.findall(lower) + cue_tokens(lower, language, task)
        if task == "form" and chars:
            out += ["first:" + chars[0], "last:" + chars[-1], "q:" + str("?" in lower)]
        return out
    folded = fold_accents(lower)
    words = _ES_WORD.findall(folded)
    stems = [w[:STEM] for w in words]
    out = stems + [f"{a}_{b}" for a, b in zip(stems, stems[1:])] + cue_tokens(folded, language, task)
    if task == "form" and words:
        out += ["first:" + words[0], "q:" + str("?" in lower or "¿" in lower)]
    return out


def count(language: str, task: str, texts: list[str], gold: list[str], labels: tuple[str, ...]) -> dict:
    """A model's counts over the language's tokens, as `_weights_<language>.py` ships them."""
    return WordCounts.count((tokens(t, language, task) for t in texts), gold, labels) | {"alpha": 1.0}


def from_counts(language: str, task: str, spec: dict) -> WordCounts:
    """The word counts of a language and task, reading the language's tokens."""
    return WordCounts.from_counts(spec, spec["alpha"], tokenize=partial(tokens, language=language, task=task))


def fit(language: str, task: str, texts: list[str], gold: list[str], labels: tuple[str, ...]) -> WordCounts:
    """Train on lower-case texts of the language."""
    return from_counts(language, task, count(language, task, texts, gold, labels))


@lru_cache(maxsize=None)
def model(language: str, task: str) -> WordCounts | None:
    """The trained model of a language for a task (None: not trained)."""
    try:
        weights = importlib.import_module(f"coursekit.scoring._weights_{language}").WEIGHTS
    except ImportError:
        return None
    spec = weights.get(task)
    return from_counts(language, task, spec) if spec is not None else None


@lru_cache(maxsize=None)
def strings(language: str) -> dict[str, str]:
    """The catalogue's strings in one language, by id (English for a language it lacks)."""
    from coursekit.schema import load_file

    data = load_file(CATALOGUE, "strings")
    return {s["id"]: s.get(language, s["en"]) for s in data["strings"]}


def supports(t: Text, task: str = "need") -> bool:
    """Whether a text is in a language with a trained classifier for the task."""
    return t.reason == "language" and t.language in SUPPORTED and model(t.language, task) is not None


def _predict(t: Text, task: str) -> tuple[str, float, tuple[str, ...]]:
    m = model(t.language, task)
    assert m is not None
    probs = m.probs(t.lower)
    label = max(m.labels, key=lambda lab: probs[lab])
    return label, min(probs[label], 0.99), evidence(m, t, task, label)


def evidence(m: WordCounts, t: Text, task: str, label: str, limit: int = 3) -> tuple[str, ...]:
    """The words of the text (Chinese: characters or pairs) that weigh most for the label, as written (in the
    Traditional characters a Chinese text was written in)."""
    lower = t.lower
    folded = fold_accents(lower) if t.language == "es" else lower
    scored = sorted(((m.weight(tok, label), tok) for tok in dict.fromkeys(m.tokenize(lower))),
                    key=lambda x: -x[0])
    out: list[str] = []
    for w, tok in scored:
        if w <= 0.5 or len(out) >= limit:
            break
        if tok.startswith("cue:"):
            rx = dict(_cues(t.language, task)).get(tok[4:])
            hit = rx.search(folded) if rx else None
            word = (lower[hit.start():hit.end()] if len(folded) == len(lower) else hit.group(0)) if hit else ""
        elif ":" in tok:
            continue  # first/last token and question-mark features are no words to show
        elif t.language == "zh":
            word = tok
        else:
            word = " ".join(_surface(lower, folded, part) for part in tok.split("_"))
        if word and not _only_small_words(word, t.language) and not any(word in o or o in word for o in out):
            out.append(word)
    return as_written(tuple(out), (t.raw,)) if t.language == "zh" else tuple(out)


#: Spanish words too common to show as evidence on their own ("que", "necesito que").
_ES_SMALL = frozenset("el la los las un una unos unas de del que y en por para con es son se lo le les me mi mis su sus "
                      "nos al a o pero mas muy ya hay este esta esto eso ese necesito quiero tengo algo alguien como "
                      "cuando donde si no sin sobre entre todo toda".split())


def _only_small_words(word: str, language: str) -> bool:
    """Whether a piece of evidence says nothing on its own (only very common words, or one Chinese character)."""
    if language == "zh":
        return len(word) < 2
    return all(fold_accents(w) in _ES_SMALL or len(w) < 3 for w in word.split())


def _surface(lower: str, folded: str, stem: str) -> str:
    """The written word a Spanish stem came from ("instal" -> "instalación")."""
    for match in _ES_WORD.finditer(folded):
        if match.group(0)[:STEM] == stem:
            return lower[match.start():match.end()] if len(folded) == len(lower) else match.group(0)
    return stem


def _join(language: str, items: tuple[str, ...]) -> str:
    return strings(language)["evidence.joiner"].join(items) if items else "…"


def _labelled(t: Text, task: str, kind: str) -> Prediction:
    """A need level or an objection pattern, with its words and feedback in the text's language
    (catalogue ids `<kind>.<label>.*`, `<task>.feedback` and `<task>.unsure`)."""
    s = strings(t.language)
    label, p, ev = _predict(t, task)
    name = s[f"{kind}.{label}.name"]
    if p < UNSURE or not ev:
        return Prediction(label, round(min(p, 0.3), 3), ev, s[f"{task}.unsure"].format(level=name, pattern=name))
    detail = s[f"{kind}.{label}.why" if kind == "level" else f"{kind}.{label}.answer"]
    return Prediction(label, round(p, 3), ev, s[f"{task}.feedback"].format(
        level=name, pattern=name, why=detail, answer=detail, evidence=_join(t.language, ev)))


def predict_need(t: Text) -> Prediction:
    """Need level of a Spanish or Chinese line, with its words and feedback in that language."""
    return _labelled(t, "need", "level")


#: Spanish question words (written with their accents) and the words that make "qué…"/"cómo…" an exclamation, not a
#: question ("¡Qué pena!", "Qué ilusión."): the question of a sentence typed without "?" (`_ASKS`) or with a full stop
#: (`readers`) is read with them.
ES_QUESTION_WORDS = ("qué", "cómo", "cuándo", "dónde", "adónde", "cuál", "cuáles", "quién", "quiénes", "cuánto", "cuánta",
                     "cuántos", "cuántas")
ES_EXCLAIMED = ("bueno", "buena", "pena", "bien", "lindo", "linda", "rico", "rica", "barbaridad", "horror", "suerte", "alegría",
                "lástima", "mal", "raro", "caro", "barato", "bonito", "bonita", "maravilla", "gusto", "susto", "alivio",
                "vergüenza", "tal", "ilusión", "emoción", "rabia", "lata", "miedo", "sorpresa", "casualidad", "detalle",
                "amable", "amables",
                # fortieth round (es/blind22 read): sympathy said as an exclamation ("Qué molesto, señora.")
                "molesto", "molesta", "incómodo", "incómoda", "fastidio", "feo", "fea", "triste", "difícil", "complicado",
                "complicada", "terrible", "tremendo", "preocupante", "angustia", "disgusto", "agobio", "lío", "faena")


#: Asking without a question mark: Spanish invitations ("Cuénteme cómo…") and question words; Chinese
#: question particles and invitations ("讲讲…").
_ASKS = {
    "es": re.compile(r"^(?:(?:bueno|mire|mira|oiga|y|entonces|vale),? )?(?:cuent[ae](?:me|nos)|cuentame|describ\w+|expliq\w+|"
                     r"explicame|hableme|hablame|platiq\w+|digame|dime|cuant[oa]s?|por que|que tal)\b"
                     # typed without "?" ("como le va con el equipo", "q necesita para la tienda", "le parece bien el
                     # martes"): a question word or "le parece…" opening a sentence that does not end in a full stop,
                     # not a wish, an exclamation or "como le dije"
                     r"|^(?:(?:y|bueno|oiga|oye|mire|mira|entonces|pero|a ver|ok|okay|vale|ah|hola|perdon|disculpe)[, ]+)*"
                     r"(?:(?:(?:para|por|con|de|a|en|desde|hasta) )?(?:" + fold_accents("|".join(ES_QUESTION_WORDS)) + r"|q|hace cuanto|cada cuanto)\b"
                     r"(?! (?:" + fold_accents("|".join(ES_EXCLAIMED)) + r"|tenga|tengas|tengan|le vaya|te vaya|les vaya|pase|pases|"
                     r"disfrute|le dije|te dije|les dije|ya le|ya te|siempre|no hay|usted sabe|sabe|sabes|dice|dicen|decia|mencione|"
                     r"le comente|te comente|llegue|pueda|venga|termine|salga|vuelva|lo tenga)\b)|"
                     r"(?:le|te|les) (?:parece|sirve|interesa|gustaria|viene bien|queda bien|conviene)\b|"
                     r"(?:quiere|quieres|prefiere|prefieres|necesita|necesitas) que\b)(?![^\n]*[.!]\s*$)"),
    "zh": re.compile(r"[吗呢吧么]\s*$|是不是|有没有|能不能|要不要|多少|几|什么|怎么|为什么|哪|说说|讲讲|聊聊|介绍一下|谈谈"
                     # typed without "？" in everyday speech (zh/blind4 read): "要办啥手续", "咋回事", "多久能下来", "A，还是
                     # B", "怕不怕受潮", "有痰没有", "周四行不", "真的假的"
                     r"|(?<!没)啥(?![都也])|(?<!不)咋|干嘛|多久|多长时间|好多钱|真的假的|[，,]\s*还是|是[^，。！,.!]{1,12}还是|([\u4e00-\u9fff])不\1"
                     r"|(?<![我你他她还都也并从没])没有\s*$|(?:行|能|可以|好|对|要|会)[^。，,！!\s]{0,8}不\s*$"),
}


def is_question(t: Text) -> bool:
    """Whether a Spanish or Chinese text asks something (a question mark, "¿", a question word or an invitation)."""
    text = fold_accents(t.lower).strip("¿¡ ") if t.language == "es" else t.lower
    return "?" in t.lower or bool(_ASKS[t.language].search(text))


def predict_question(t: Text) -> QuestionPrediction:
    """Technique and form of a Spanish or Chinese question, with feedback in that language."""
    s = strings(t.language)
    label, p, ev = _predict(t, "technique")
    form, _, form_ev = _predict(t, "form")
    if not is_question(t):
        return QuestionPrediction(label, round(min(p, 0.2), 3), ev, s["form.not_question"], True,
                                  form=form, is_question=False)
    fb = s["question.feedback"].format(form=s[f"form.{form}"], technique=s[f"technique.{label}.name"],
                                       does=s[f"technique.{label}.does"], evidence=_join(t.language, ev or form_ev))
    return QuestionPrediction(label, round(p, 3), ev or form_ev, fb, True, form=form, is_question=True)


def predict_objection(t: Text) -> Prediction:
    """Objection pattern of a Spanish or Chinese customer line, with feedback in that language."""
    return _labelled(t, "objection", "objection")


def word_count(t: Text) -> int:
    """Words of a Spanish text; characters of a Chinese one."""
    return len(HANZI.findall(t.lower)) if t.language == "zh" else len(_ES_WORD.findall(fold_accents(t.lower)))


def check_requirements(t: Text, wanted: dict[str, list[str] | int]) -> tuple[list[str], list[str], tuple[str, ...]]:
    """(met, missed, evidence) for a Spanish or Chinese exercise answer.

    `wanted` holds label ids per requirement ("form", "technique", "level": the accepted ids) and
    "min_words".
    """
    s = strings(t.language)
    met: list[str] = []
    missed: list[str] = []
    evidence: list[str] = []
    q = predict_question(t) if wanted.get("form") or wanted.get("technique") else None
    if wanted.get("form") and q is not None:
        want = wanted["form"][0]  # type: ignore[index]
        name = s[f"form.{want}.name"]
        if not q.is_question:
            missed.append(s["check.not_question"])
        elif q.form == want:
            met.append(s["check.form.met"].format(form=name))
            evidence.append(f"form:{q.form}")
        else:
            missed.append(s["check.form.missed"].format(want=name, got=s[f"form.{q.form}.name"]))
    if wanted.get("technique") and q is not None:
        accepted = wanted["technique"]
        if q.is_question and q.label in accepted:  # type: ignore[operator]
            met.append(s["check.technique.met"].format(name=s[f"technique.{q.label}.name"]))
            evidence.append(f"technique:{q.label}")
        else:
            want = accepted[0]  # type: ignore[index]
            got = s[f"technique.{q.label}.name"] if q.is_question else s["check.not_question"]
            missed.append(s["check.technique.missed"].format(want=s[f"technique.{want}.name"],
                                                             does=s[f"technique.{want}.does"], got=got))
    if wanted.get("level"):
        need = predict_need(t)
        if need.label in wanted["level"] and need.evidence:  # type: ignore[operator]
            met.append(s["check.level.met"].format(name=s[f"level.{need.label}.name"],
                                                   evidence=_join(t.language, need.evidence[:2])))
            evidence.append(f"level:{need.label}")
        else:
            missed.append(s["check.level.missed"].format(want=s[f"level.{wanted['level'][0]}.name"],  # type: ignore[index]
                                                         got=s[f"level.{need.label}.name"]))
    n = wanted.get("min_words")
    if isinstance(n, int) and n > 0:
        count = word_count(t)
        (met if count >= n else missed).append(
            s["check.length.met" if count >= n else "check.length.missed"].format(n=n, count=count))
    return met, missed, tuple(evidence)


#: A hypothesis test ("if we could…, would you…?"): a condition, then a question about acting on it.
_HYPOTHESIS = {
    # (not the polite "si gusta", "si quiere" of an offer: "Si gusta le cotizamos un radiador nuevo, $4,800. ¿Cómo lo ve?")
    "es": re.compile(r"(?:^|[¿\s])(si(?! (?:gusta|gustan|gustas|quiere|quieren|quieres|desea|desean|deseas|lo desea)\b)|suponiendo que|en caso de que|"
                     r"imagine que|imagina que)\s[^?？.!]{3,}[,，]\s*¿?[^?？]{3,}[?？]"),
    "zh": re.compile(r"(如果|假如|要是|假设|万一)[^?？]{2,}[，,][^?？]{2,}[吗呢][?？]?|(如果|假如|要是|假设)[^?？]{2,}[，,][^?？]*(会不会|愿不愿意|是不是|能不能)"),
}


#: "Sí" written with its accent: yes, not the "si" that opens a condition.
_SI_YES = re.compile(r"(?<![a-záéíóúüñ])sí(?![a-záéíóúüñ])")


def hypothesis(t: Text) -> str:
    """The words that open a hypothesis test in a Spanish or Chinese line ("si", "如果"), or ""."""
    rx = _HYPOTHESIS.get(t.language)
    # (a written "sí" says yes, not "if": "Sí puede haber. ¿Cuánto le manda…?" tests nothing)
    found = rx.search(fold_accents(_SI_YES.sub("yes", t.lower)) if t.language == "es" else t.lower) if rx else None
    return (found.group(1) or found.group(2) or "").strip() if found else ""


def check_summary(t: Text, met: list[str], missed: list[str], status: str) -> str:
    """The feedback sentence of a checked answer, in the answer's language."""
    s = strings(t.language)
    parts = [s["check.summary"].format(lead=s[f"check.lead.{status}"], met=len(met), total=len(met) + len(missed))]
    if met:
        parts.append(s["check.met"].format(items=s["check.joiner"].join(met)))
    if missed:
        parts.append(s["check.missed"].format(items=s["check.joiner"].join(missed)))
    text = (" - " if t.language == "es" else "。").join(parts)
    return text + ("." if t.language == "es" else "。")

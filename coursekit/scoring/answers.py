"""Reading trainees' answers: blank detection, canonical strings, label names and aliases."""
from __future__ import annotations

import re

from ..labels import BY_KIND
from .text import short

_BLANKS = {"", "...", "…", "none", "null", "todo", "?", "-", "--", "n/a", "tbd", "your answer here", "answer"}
_SUFFIXES = ("need level", "level need", "needs", "need", "level", "question technique", "technique", "question",
             "objection pattern", "objection", "pattern", "test", "form", "temperament", "principle", "checkpoint",
             "customer", "type")
_PREFIXES = ("the ", "a ", "an ", "it is ", "it's ", "its ", "answer ", "answer: ", "level ")
_ALIASES = {
    "brush off": "brush_off", "brushoff": "brush_off", "polite brush off": "brush_off", "push away": "brush_off",
    "no need": "no_need", "dont need": "no_need", "don't need": "no_need", "no money": "no_money",
    "no budget": "no_money", "no time": "no_time", "too busy": "no_time", "bad experience": "bad_experience",
    "think it over": "think_it_over", "think about it": "think_it_over", "i'll think about it": "think_it_over",
    "too expensive": "too_expensive", "price": "too_expensive", "too pricey": "too_expensive",
    "counter question": "counter_question", "counterquestion": "counter_question",
    "hypothesis test": "hypothesis", "hypothetical": "hypothesis", "transform": "transformation",
    "open ended": "open", "open-ended": "open", "yes no": "closed", "yes/no": "closed", "close": "closed",
    "closed ended": "closed", "relationships": "relationship", "experiences": "experience", "services": "service",
    "products": "product", "successes": "success", "relation": "relationship", "inquiring": "inquiry",
    "enquiry": "inquiry", "confirmation": "confirming", "confirm": "confirming", "identification": "identifying",
    "identify": "identifying", "description": "descriptive", "describing": "descriptive", "clarification": "clarifying",
    "clarify": "clarifying", "satisfied": "satisfaction", "addition": "additional", "what else": "additional",
}


_KNOWN = frozenset(lab.replace("_", " ") for labels in BY_KIND.values() for lab in labels)


def is_blank(answer: object) -> bool:
    """True for None, Ellipsis, '', whitespace, '...' and similar placeholders."""
    if answer is None or answer is Ellipsis:
        return True
    if isinstance(answer, str):
        return answer.strip().strip(".").strip().lower() in _BLANKS or answer.strip().lower() in _BLANKS
    if isinstance(answer, (list, tuple, set, frozenset, dict)) and len(answer) == 0:
        return True
    return False


def canon(value: object) -> str:
    """Case/space/punctuation-insensitive form of a scalar answer or key."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        try:
            return str(int(value)) if float(value).is_integer() else str(value)
        except (OverflowError, ValueError):
            return str(value)
    if not isinstance(value, str):
        return repr(value)
    s = str(value).strip().lower()
    s = s.replace("\u2019", "'").replace("_", " ").replace("-", " ")
    s = re.sub(r"[\"“”‘`.,;:!()\[\]]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    for p in _PREFIXES:
        if s.startswith(p) and len(s) > len(p) + 1:
            s = s[len(p):]
    if s in _ALIASES:
        return _ALIASES[s].replace("_", " ")
    if s in _KNOWN:
        return s
    changed = True
    while changed:
        changed = False
        for suf in _SUFFIXES:
            if s.endswith(" " + suf) and len(s) > len(suf) + 2:
                s = s[: -len(suf) - 1].strip()
                changed = True
        for pre in ("need for ", "need of "):
            if s.startswith(pre):
                s = s[len(pre):]
                changed = True
    return _ALIASES.get(s, s).replace("_", " ")


def _label_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for labels in BY_KIND.values():
        for lab in labels:
            names[canon(lab)] = lab
    try:  # course names of the labels, when the knowledge layer is available
        from .. import knowledge  # type: ignore[attr-defined]

        for kind in BY_KIND:
            for e in knowledge.entries(kind, "en"):
                names.setdefault(canon(e.name), e.id)
    except Exception:  # noqa: BLE001 - the knowledge layer is optional here
        pass
    names.update({k: v for k, v in _translated_names().items() if k not in names})
    return names


#: Words around a label's name in Spanish and Chinese answers ("nivel de servicio", "服务需求").
_ES_AROUND = re.compile(r"^(?:(?:el|la|una?) )?(?:nivel|necesidad|pregunta|objecion|tecnica|patron)(?: de)? |"
                        r" (?:de )?(?:nivel|necesidad)$")
_ZH_AROUND = re.compile(r"(?:层次|需求|问题|型|类|式|异议)+$")
#: Words around a knowledge card's name: "Cliente …", "…客户", "…提问", "Pregunta de …".
_CARD_AROUND = re.compile(r"^(?:cliente|pregunta de|prueba de(?: la)?) |(?:客户|提问)$", re.IGNORECASE)


def _translated_names() -> dict[str, str]:
    """Spanish and Chinese names of the labels (the scorers' string catalogue), with and without accents."""
    from .language import fold_accents
    from .multilingual import SUPPORTED, strings

    names: dict[str, str] = {}
    for lang in SUPPORTED:
        for sid, text in strings(lang).items():
            kind, _, rest = sid.partition(".")
            label, _, field = rest.rpartition(".")
            if kind not in ("level", "technique", "objection", "form") or field != "name" or not label:
                continue
            folded = fold_accents(text.lower())
            for name in {text, folded, _ES_AROUND.sub("", folded), folded.removeprefix("de "), _ZH_AROUND.sub("", text)} - {""}:
                names.setdefault(canon(name), label)
    try:  # the knowledge cards' names in each language: temperaments ("知音型", "Desconfiado"), principles…
        from .. import knowledge  # type: ignore[attr-defined]

        for lang in SUPPORTED:
            for kind in BY_KIND:
                for e in knowledge.entries(kind, lang):
                    # "知音型客户（自认内行）" is also "知音型" and "知音"; "Cliente desconfiado" also "desconfiado"
                    short = _CARD_AROUND.sub("", re.sub(r"\s*[（(].*?[）)]\s*", "", e.name))
                    for full in {e.name, short}:
                        folded = fold_accents(full.lower())
                        for name in {full, folded, _ES_AROUND.sub("", folded), _ZH_AROUND.sub("", full),
                                     _CARD_AROUND.sub("", folded)} - {""}:
                            names.setdefault(canon(name), e.id)
    except Exception:  # noqa: BLE001 - the knowledge layer is optional here
        pass
    return names


def _translated(value: str) -> str | None:
    """The label id a Spanish or Chinese answer names ("servicio", "Nivel de relación", "服务需求")."""
    from .language import fold_accents

    folded = fold_accents(value.strip().lower())
    for form in (folded, _ES_AROUND.sub("", folded), _ZH_AROUND.sub("", value.strip())):
        found = _NAMES.get(canon(form)) if _NAMES else None
        if found:
            return found
    return None


_NAMES: dict[str, str] | None = None


def label_id(value: object) -> str | None:
    """The label id a string names ('Success', 'success need', 'counter-question'), or None."""
    global _NAMES
    if _NAMES is None:
        _NAMES = _label_names()
    if not isinstance(value, str):
        return None
    return _NAMES.get(canon(value)) or _translated(value)


def same(answer: object, key: object) -> bool:
    """Whether a scalar answer matches a scalar key (labels by id or name, case-insensitive)."""
    if isinstance(key, bool) or isinstance(answer, bool):
        a = canon(answer) if not isinstance(answer, str) else {"yes": "true", "y": "true", "no": "false", "n": "false"}.get(canon(answer), canon(answer))
        return a == canon(key)
    if canon(answer) == canon(key):
        return True
    la, lk = label_id(answer), label_id(key)
    return la is not None and la == lk


def split_items(answer: str) -> list[str]:
    """Split a string answer into items: commas, semicolons, arrows, newlines or ' and '."""
    parts = re.split(r"\s*(?:,|;|->|=>|→|>|\n|\band then\b|\bthen\b|\band\b)\s*", answer)
    return [p for p in (x.strip() for x in parts) if p]


#: Longest quote of a trainee's answer (or any value) in feedback.
SHOWN_CHARS = 80
#: How many items of a list feedback names before "and N more".
SHOWN_ITEMS = 5


def show(value: object) -> str:
    """A value as it should appear in feedback: quoted, on one line, at most SHOWN_CHARS long."""
    if isinstance(value, str):
        return f"'{short(value, SHOWN_CHARS)}'"
    return short(repr(value), SHOWN_CHARS)


def show_list(values: list[object]) -> str:
    """Several values for feedback: the first SHOWN_ITEMS shown, the rest counted."""
    shown = ", ".join(show(v) for v in values[:SHOWN_ITEMS])
    more = len(values) - SHOWN_ITEMS
    return shown + (f" and {more} more" if more > 0 else "")

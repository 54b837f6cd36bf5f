"""Pure marking for the knowledge checks in the lessons (the widgets are thin views).

Three kinds of check:

- sorting statements into categories (`mark_sort`),
- one multiple-choice question (`mark_choice`),
- a free-text line the trainee writes, read by the classifiers (`mark_free_text`).

Each returns a small result whose `.html()` is escaped feedback, ready to show.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Mapping, Sequence

from coursekit.i18n import t
from coursekit.lessons.html import esc, quoted, statement

MARK = {True: "✓", False: "✗", None: "–"}

#: Longest part of a trainee's free text echoed back under "You wrote:".
ECHO_CHARS = 300

#: What a free-text widget says when Check is pressed on an empty box (a catalogue id).
EMPTY_BOX = "ui.mark.empty_box"


@dataclass(frozen=True)
class Item:
    """One statement to sort, its right category and why (shown when it is missed)."""

    text: str
    answer: str
    why: str = ""
    said: bool = True
    """False for a description of what someone does (shown without quotation marks)."""


def described(*items: Item) -> tuple[Item, ...]:
    """Items that describe behaviour or facts rather than quote words (shown without quotes)."""
    return tuple(replace(item, said=False) for item in items)


@dataclass(frozen=True)
class SortRow:
    """The mark of one sorted statement."""

    item: Item
    chosen: str | None

    @property
    def ok(self) -> bool | None:
        """True/False when answered, None when left open."""
        return None if self.chosen is None else self.chosen == self.item.answer


#: What a first wrong try says instead of the answer (the answer shows after the second try; a catalogue id).
RETRY = "ui.mark.retry"


@dataclass(frozen=True)
class SortMark:
    """The marked sorting task."""

    rows: tuple[SortRow, ...]
    names: Mapping[str, str]

    @property
    def correct(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def answered(self) -> int:
        return sum(1 for r in self.rows if r.chosen is not None)

    @property
    def total(self) -> int:
        return len(self.rows)

    def summary(self) -> str:
        """One line: how many are right."""
        if self.correct == self.total:
            return t("ui.mark.sort_all_right", correct=self.correct, total=self.total)
        if self.answered < self.total:
            return t("ui.mark.sort_right_open", correct=self.correct, total=self.total, open=self.total - self.answered)
        return t("ui.mark.sort_right", correct=self.correct, total=self.total)

    def html(self, reveal: bool = True) -> str:
        """Escaped feedback: the summary, then a line per statement. Without `reveal` (a first
        try), a wrong line says only that it is wrong, so the trainee can think again."""
        lines = []
        for row in self.rows:
            name = self.names.get(row.item.answer, row.item.answer)
            if row.ok is None:
                detail = esc(t("ui.mark.row_open"))
            elif row.ok:
                detail = esc(t("ui.mark.row_right", name=name))
            else:
                chosen = self.names.get(row.chosen or "", row.chosen or "")
                slots = {"chosen": esc(chosen), "name": f"<b>{esc(name)}</b>", "why": esc(row.item.why)}
                key = ("ui.mark.row_wrong_why" if row.item.why else "ui.mark.row_wrong") if reveal else "ui.mark.row_wrong_hidden"
                detail = _fill(t(key, **{k: "{" + k + "}" for k in slots}), **slots)
            lines.append(f'<li><span aria-hidden="true">{MARK[row.ok]}</span> '
                         + _fill(t("ui.mark.row_line", statement="{statement}", detail="{detail}"),
                                 statement=statement(row.item.text, row.item.said), detail=detail) + "</li>")
        retry = "" if reveal or self.correct == self.total else f" {t(RETRY)}"
        # one marker per line: the ✓/✗, not a bullet as well
        return (f"<p><b>{esc(self.summary())}</b>{esc(retry)}</p>"
                f'<ul style="list-style:none;padding-left:0.5em">{"".join(lines)}</ul>')


def _fill(template_html: str, **html: str) -> str:
    """A translated sentence, escaped, with `{name}` slots filled by ready-made HTML (a quoted answer)."""
    out = esc(template_html)
    for name, value in html.items():
        out = out.replace("{" + name + "}", value)
    return out


def _naive_scores(items: Sequence[Item], category_ids: Sequence[str]) -> tuple[int, ...]:
    """Scores of picking options straight down the list: cycling through the options
    (row 1 → option 1, row 2 → option 2, …, wrapping round) and stopping at the last one."""
    k = len(category_ids)
    cycling = sum(item.answer == category_ids[i % k] for i, item in enumerate(items))
    clamped = sum(item.answer == category_ids[min(i, k - 1)] for i, item in enumerate(items))
    return cycling, clamped


def display_order(items: Sequence[Item], category_ids: Sequence[str], seed: str) -> tuple[Item, ...]:
    """The statements of a sorting quiz in a fixed shuffled order.

    The order depends only on `seed` (a stable string such as the quiz title), so stored
    notebook outputs stay the same from run to run. It is chosen so that picking the
    options in list order (1, 2, 3, …) never marks more than half of the statements right.
    """
    items = tuple(items)
    ids = [str(c) for c in category_ids]
    if len(items) < 2 or not ids:
        return items
    half = len(items) // 2
    order = list(items)
    for attempt in range(1000):
        random.Random(f"{seed}#{attempt}").shuffle(order)
        if max(_naive_scores(order, ids)) <= half:
            return tuple(order)
    return tuple(order)  # pragma: no cover - a bank where no order can avoid it


def mark_sort(items: Sequence[Item], choices: Sequence[str | None],
              names: Mapping[str, str] | None = None) -> SortMark:
    """Mark the trainee's category per item (None = not chosen yet)."""
    if len(choices) != len(items):
        raise ValueError(f"expected {len(items)} choices, got {len(choices)}")
    rows = tuple(SortRow(item, choice or None) for item, choice in zip(items, choices))
    return SortMark(rows, dict(names or {}))


@dataclass(frozen=True)
class ChoiceMark:
    """The marked multiple-choice question."""

    chosen: str | None
    answer: str
    explanation: str

    @property
    def ok(self) -> bool | None:
        return None if self.chosen is None else self.chosen == self.answer

    def html(self, reveal: bool = True) -> str:
        """Escaped feedback for the chosen option; without `reveal` (a first wrong try) the
        answer stays hidden and the trainee is asked to think again."""
        if self.ok is None:
            return f"<p>– {esc(t('ui.mark.pick_first'))}</p>"
        if self.ok:
            return f"<p>✓ <b>{esc(t('ui.mark.right'))}</b> {esc(self.explanation)}</p>"
        chosen = quoted(self.chosen or '', italic=False)
        if not reveal:
            return (f"<p>✗ <b>{esc(t('ui.mark.not_quite'))}</b> "
                    f"{_fill(t('ui.mark.choice_not_it', chosen='{chosen}'), chosen=chosen)} {esc(t(RETRY))}</p>")
        return (f"<p>✗ <b>{esc(t('ui.mark.not_quite'))}</b> "
                f"{_fill(t('ui.mark.choice_wrong', chosen='{chosen}', answer='{answer}'), chosen=chosen, answer=quoted(self.answer, italic=False))} "
                f"{esc(self.explanation)}</p>")


@dataclass(frozen=True)
class Choice:
    """A multiple-choice question: prompt, options, the right option and why."""

    prompt: str
    options: tuple[str, ...]
    answer: str
    explanation: str = ""

    def __post_init__(self) -> None:
        if self.answer not in self.options:
            raise ValueError(f"answer {self.answer!r} is not one of the options of {self.prompt!r}")


def mark_choice(chosen: str | None, answer: str, explanation: str = "") -> ChoiceMark:
    """Mark one multiple-choice answer."""
    return ChoiceMark(chosen or None, answer, explanation)


@dataclass(frozen=True)
class FreeTextMark:
    """The classifiers' reading of one line the trainee wrote, with the check's verdict."""

    text: str
    status: str
    score: float
    max_score: float
    feedback: str
    reading: tuple[str, ...]

    @property
    def ok(self) -> bool | None:
        return None if self.status == "unanswered" else self.status == "correct"

    def html(self) -> str:
        """Escaped feedback: verdict, what the classifiers read, and the (shortened) line."""
        if self.status == "unanswered" or not self.text.strip():
            return f"<p>– <b>{esc(t(EMPTY_BOX))}</b></p>"
        mark = {"correct": "✓", "partial": "◐", "wrong": "✗"}.get(self.status, "")
        head = f"{mark} <b>{esc(t('ui.mark.verdict.' + self.status))}</b>" if mark else ""
        count, rest = split_requirements(self.feedback)
        if count is not None:
            met, total = count
            parts = [f"<p>{head}: {esc(t('ui.mark.requirements_one' if total == 1 else 'ui.mark.requirements', met=met, total=total))}</p>"]
            if rest:
                parts.append("<p>" + "<br>".join(esc(line) for line in _detail_lines(rest)) + "</p>")
        else:
            parts = [f"<p>{head}. {esc(self.feedback)}</p>"]
        parts.append(f"<p>{_fill(t('ui.mark.you_wrote', text='{text}'), text=f'<i>“{esc(echo(self.text))}”</i>')}</p>")
        if self.reading:
            parts.append("<p><small>" + esc(t("ui.mark.coach_read", reading=t("ui.list_sep").join(self.reading)))
                         + "</small></p>")
        return "".join(parts)


_REQUIREMENTS = re.compile(r"^\s*(?:Well done|Partly there|Not yet)\s*"
                           r"\((\d+) of (\d+) requirements?(?: met)?\)\s*[-–—:]?\s*")


def split_requirements(feedback: str) -> tuple[tuple[int, int] | None, str]:
    """Split the free-text checker's feedback into its requirement count and the details.

    ``"Partly there (1 of 3 requirements) - met: …"`` gives ``((1, 3), "Met: …")``; the
    verdict words are dropped because the widget shows its own verdict. Feedback of any
    other shape gives ``(None, feedback)``.
    """
    found = _REQUIREMENTS.match(feedback or "")
    if not found:
        for pattern, joiner in _translated_requirements():
            found = pattern.match(feedback or "")
            if found:
                rest = feedback[found.end():].strip().lstrip("-。. ").strip()
                return (int(found.group("met")), int(found.group("total"))), "\n".join(
                    part.strip() for part in rest.split(joiner) if part.strip())
        return None, feedback or ""
    rest = feedback[found.end():].strip()
    return (int(found.group(1)), int(found.group(2))), rest[:1].upper() + rest[1:]


@lru_cache(maxsize=1)
def _translated_requirements() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Spanish and Chinese checker's "{lead} ({met} of {total} requirements met)" as patterns,
    with the joiner between its "Met: …" and "Missed: …" parts."""
    from coursekit.scoring.multilingual import SUPPORTED, strings

    out = []
    for lang in SUPPORTED:
        s = strings(lang)
        leads = "|".join(re.escape(s[f"check.lead.{k}"]) for k in ("correct", "partial", "wrong"))
        pattern = re.escape(s["check.summary"]).replace(re.escape("{lead}"), f"(?:{leads})")
        pattern = pattern.replace(re.escape("{met}"), r"(?P<met>\d+)").replace(re.escape("{total}"), r"(?P<total>\d+)")
        out.append((re.compile(r"^\s*" + pattern), " - " if lang == "es" else "。"))
    return tuple(out)


def _detail_lines(details: str) -> list[str]:
    """"Met: a; b. Missed: c." as two lines, "Met: a; b." and "Missed: c." (a translated checker's
    details come one a line already)."""
    if "\n" in details:
        return details.splitlines()
    met, sep, missed = details.partition(". Missed: ")
    if not sep:
        return [details]
    return [met + ".", "Missed: " + missed]


def echo(text: str, limit: int = ECHO_CHARS) -> str:
    """The trainee's text as echoed back: stripped, at most `limit` characters then " …"."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip() + " …"


def reading_of(text: str) -> tuple[str, ...]:
    """What the classifiers see in a line: question form and technique, need level, moves."""
    from dataclasses import replace

    from coursekit.scoring import analyse_turn, classify_question

    if not text.strip():
        return ()
    turn = analyse_turn(text)
    if not turn.judgeable and turn.need.judgeable:  # Spanish or Chinese: the classifiers read it, the moves do not
        question = classify_question(text)
        turn = replace(turn, question=question if question.is_question else None)
    elif not turn.judgeable:
        return (t("ui.coach.unreadable"),)
    notes = []
    if turn.question is not None:
        notes.append(t(f"ui.coach.question_{turn.question.form}", technique=label_name("technique", turn.question.label)))
    else:
        notes.append(t("ui.coach.statement"))
    if turn.need is not None and turn.need.label and turn.need.evidence:
        notes.append(t("ui.coach.need", level=label_name("level", turn.need.label),
                       evidence=t("ui.list_comma").join(t("ui.coach.evidence_quote", text=e) for e in turn.need.evidence[:2])))
    if turn.moves:
        notes.append(t("ui.coach.moves", moves=t("ui.list_comma").join(
            t(f"ui.move.{m}") for m in sorted(turn.moves))))
    return tuple(notes)


def label_name(kind: str, label: str) -> str:
    """A label's name as the coach says it, in the course's language ("clarifying", "servicio")."""
    from coursekit.i18n import language

    if language() == "en":
        return label
    from coursekit.scoring.multilingual import strings

    return strings(language()).get(f"{kind}.{label}.name", label)


def mark_free_text(text: str | None, spec: Mapping[str, Any]) -> FreeTextMark:
    """Mark a free-text answer with the course's free-text checker and explain the reading."""
    from coursekit.scoring.checkers import check_free_text

    answer = (text or "").strip()
    result = check_free_text(answer or None, dict(spec), points=1)
    return FreeTextMark(answer, result.status, float(result.score), float(result.max_score),
                        result.feedback, reading_of(answer) if answer else ())

"""The instructor's review of one attempt, and the grades export for an LMS.

`attempt_text` / `attempt_html` show an attempt as the trainee left it: every answer
with the feedback given, or a simulation's transcript with its debrief (criteria and
summary); an instructor's corrected mark is shown beside the automatic one.
`lms_table` is one row per trainee, one column per exercise or scenario (the best
attempt, corrected marks included), ready for an LMS gradebook's CSV import.
"""
from __future__ import annotations

import html
from collections import defaultdict
from typing import Any, Iterable

from coursekit.gradebook.book import Attempt
from coursekit.gradebook.names import display_names, name_key
from coursekit.gradebook.record import TRANSCRIPT
from coursekit.gradebook.report import best_attempts
from coursekit.markup import NO_MATH
from coursekit.scoring.text import plain_number as _num
from coursekit.scoring.text import printable


def mark_text(attempt: Attempt) -> str:
    """"7/11", or "9/11 (automatic 7; corrected: comment)" when an instructor overrode it."""
    text = f"{_num(attempt.score)}/{_num(attempt.max_score)}"
    if attempt.overridden:
        text += f" (automatic {_num(attempt.auto_score or 0)}; corrected by the instructor)"
    return text


def _parts(attempt: Attempt) -> list[tuple[str, dict[str, Any]]]:
    """The scored questions or criteria, in their recorded order."""
    return [(pid, part) for pid, part in attempt.detail.items() if pid != TRANSCRIPT and isinstance(part, dict)]


def _turns(attempt: Attempt) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    part = attempt.detail.get(TRANSCRIPT)
    if not isinstance(part, dict):
        return [], {}
    turns = [t for t in part.get("turns", []) if isinstance(t, dict)]
    return turns, part


def attempt_text(attempt: Attempt) -> str:
    """One attempt as plain text for a terminal (trainee text made printable)."""
    p = printable
    lines = [f"attempt {attempt.id}: {p(attempt.trainee)}, {attempt.item_kind} {p(attempt.item)}, "
             f"{attempt.recorded_at}", f"mark: {mark_text(attempt)}"]
    if attempt.comment:
        lines.append(f"instructor's comment: {p(attempt.comment)}")
    if attempt.outcome:
        lines.append(f"outcome: {p(attempt.outcome)}")
    turns, transcript = _turns(attempt)
    if turns:
        lines += ["", "transcript:"]
        lines += [f"  {p(t.get('speaker', ''))}: {p(t.get('text', ''))}" for t in turns]
    lines += ["", "debrief:" if attempt.item_kind == "scenario" else "answers:"]
    for pid, part in _parts(attempt):
        name = part.get("name") or pid
        score = f"{_num(part.get('score', 0))}/{_num(part.get('max_score', 0))}"
        line = f"  {p(name)}  {score}"
        if "answer" in part:
            line += f"  answer: {p(part['answer'])}"
        lines.append(line)
        if part.get("feedback"):
            lines.append(f"      feedback: {p(part['feedback'])}")
    for key in ("summary", "practise_next"):
        if transcript.get(key):
            lines.append(f"{key.replace('_', ' ')}: {p(transcript[key])}")
    return "\n".join(lines)


def attempt_html(attempt: Attempt) -> str:
    """One attempt as HTML: every piece of trainee text escaped and never typeset as math."""
    esc = html.escape
    out = [f"<p><b>{esc(attempt.trainee)}</b>: {esc(attempt.item_kind)} <code>{esc(attempt.item)}</code>, "
           f"{esc(attempt.recorded_at)} — <b>{esc(mark_text(attempt))}</b></p>"]
    if attempt.comment:
        out.append(f"<p>Instructor's comment: {esc(attempt.comment)}</p>")
    turns, transcript = _turns(attempt)
    if turns:
        out.append("<h5>Transcript</h5><ol>" + "".join(
            f"<li><b>{esc(str(t.get('speaker', '')))}</b>: {esc(str(t.get('text', '')))}</li>" for t in turns)
            + "</ol>")
    rows = "".join(
        f"<tr><td>{esc(str(part.get('name') or pid))}</td>"
        f"<td>{esc(_num(part.get('score', 0)))}/{esc(_num(part.get('max_score', 0)))}</td>"
        f"<td>{esc(str(part.get('answer', '')))}</td><td>{esc(str(part.get('feedback', '')))}</td></tr>"
        for pid, part in _parts(attempt))
    title = "Debrief" if attempt.item_kind == "scenario" else "Answers and feedback"
    out.append(f"<h5>{title}</h5><table><thead><tr><th>question or criterion</th><th>points</th>"
               f"<th>answer</th><th>feedback</th></tr></thead><tbody>{rows}</tbody></table>")
    for key in ("summary", "practise_next"):
        if transcript.get(key):
            out.append(f"<p>{esc(key.replace('_', ' ').capitalize())}: {esc(str(transcript[key]))}</p>")
    return f'<div class="coursekit-attempt {NO_MATH}">' + "".join(out) + "</div>"


def lms_table(attempts: Iterable[Attempt]) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of the LMS export: `username`, then one column per exercise or
    scenario named "<item> [<maximum>]" holding the best mark, then the totals."""
    attempts = list(attempts)
    shown = display_names(a.trainee for a in attempts)
    best = best_attempts(attempts)
    by_trainee: dict[str, dict[tuple[str, str], Attempt]] = defaultdict(dict)
    maxima: dict[tuple[str, str], float] = {}
    for (who, kind, item), attempt in best.items():
        by_trainee[who][(kind, item)] = attempt
        maxima[(kind, item)] = max(maxima.get((kind, item), 0.0), attempt.max_score)
    items = sorted(maxima)
    header = ["username", *(f"{item} [{_num(maxima[(kind, item)])}]" for kind, item in items),
              f"exercises total [{_num(sum(m for (k, _), m in maxima.items() if k == 'exercise'))}]"]
    rows = []
    for key in sorted(shown, key=lambda k: (shown[k].casefold(), shown[k])):
        marks = by_trainee[key]
        total = sum(a.score for (k, _), a in marks.items() if k == "exercise")
        rows.append([shown[key], *(_num(marks[it].score) if it in marks else "" for it in items), _num(total)])
    return header, rows


def find_attempts(attempts: Iterable[Attempt], trainee: str | None = None) -> list[Attempt]:
    """The attempts of one trainee (any spelling of the name), or all."""
    wanted = name_key(trainee) if trainee else None
    return [a for a in attempts if wanted is None or name_key(a.trainee) == wanted]

"""Capstone helpers: the scenario menu and worked (auto-played) conversations with their debrief.

Pure: reads the simulator engine and returns escaped `Html`; the debrief figure is in
`coursekit.plots.worked`.
"""
from __future__ import annotations

from functools import lru_cache

from coursekit.i18n import t, t_or
from coursekit.lessons.html import Html, card, esc, table

#: Debrief line (rubric or scenario criterion id) -> the lesson to revisit when it scores low.
REVISIT: dict[str, str] = {
    "discovery_before_pitch": "03 · defining needs (diagnose before prescribing)",
    "open_questions": "04 · questioning techniques (open and closed)",
    "confirming_understanding": "04 · listening, and 05 · paraphrasing",
    "listening": "04 · listening and observing",
    "objections_tested": "06 · objection analysis (the three tests)",
    "calm_with_upset_customer": "05 · difficult conversations",
    "higher_need_levels": "01 · the five need levels",
    "closing_the_loop": "04 · additional and confirming questions",
    "needs_uncovered": "01 · the five need levels, and 04 · questioning techniques",
    "objections_handled": "06 · objection analysis",
    "outcome": "07 · the path of a conversation (above)",
    "buying_mind": "03 · the buying mind",
}


def played(scenario_id: str, mode: str = "best", seed: int = 0):
    """A session of the scenario played automatically with the best (or worst) option each turn."""
    from coursekit.sim import load_scenario, play_auto

    return play_auto(load_scenario(scenario_id), mode=mode, seed=seed)


def builtin_scenarios() -> tuple:
    """Every built-in scenario, loaded and validated once per kernel and language (the menu and the picker share it)."""
    from coursekit.i18n import language

    return _builtin_scenarios(language())


@lru_cache(maxsize=3)
def _builtin_scenarios(lang: str) -> tuple:
    from coursekit.sim import list_scenarios

    return tuple(list_scenarios())


def show_scenarios() -> Html:
    """Every built-in scenario: title, customer, temperament and the objections you will meet."""
    from coursekit.knowledge import entry
    from coursekit.scoring.dialogue import objection_name

    rows = []
    for sc in builtin_scenarios():
        objections = t("ui.list_comma").join(sorted({objection_name(o.pattern) for o in sc.objections})) or "—"
        rows.append((sc.title, t("ui.capstone.customer", name=sc.customer.name, role=sc.customer.role),
                     entry("temperaments", sc.customer.temperament).name, objections, " ".join(sc.summary.split())))
    return Html(table((t("ui.capstone.scenario"), t("ui.capstone.customer_head"), t("ui.topics.temperament"),
                       t("ui.capstone.objections"), t("ui.capstone.situation")), rows),
                t("ui.capstone.scenarios_label", count=len(rows)))


def worked_dialogue(scenario_id: str, mode: str = "best", seed: int = 0) -> Html:
    """The transcript of an auto-played conversation and its scored debrief (escaped)."""
    session = played(scenario_id, mode, seed)
    customer = session.scenario.customer.name
    lines = []
    for line in session.transcript:
        who = customer if line.speaker == "customer" else t("ui.capstone.salesperson")
        lines.append(f"<p style='margin:2px 0'><b>{esc(t('ui.capstone.speaker', who=who))}</b> {esc(line.text)}</p>")
    report = session.report()
    rows = [(c.name, points(c), c.feedback) for c in report.criteria if c.applies]
    from coursekit.sim.report import deduction_row

    taken = deduction_row(report)
    if taken:
        rows.append(taken)
    title = t("ui.capstone.strong" if mode == "best" else "ui.capstone.weak", title=session.scenario.title)
    outcome = t("ui.capstone.outcome", outcome=t_or(f"ui.sim.outcome.{report.outcome}", report.outcome),
                total=report.total)
    body = ("".join(lines)
            + f"<p><b>{esc(outcome)}</b> {esc(report.summary)}</p>"
            + table((t("ui.sim.criterion"), t("ui.sim.points"), t("ui.sim.feedback")), rows))
    colour = "#59a14f" if mode == "best" else "#e15759"
    return Html(card(title, body, colour), t("ui.capstone.worked_label", mode=t(f"ui.capstone.mode.{mode}"),
                                                 scenario=session.scenario.title))


def points(criterion) -> str:
    """A debrief line's points as the debrief shows them: whole numbers, "8 / 13"."""
    return f"{int(round(criterion.score))} / {int(round(criterion.maximum))}"


def show_revisit(scenario_id: str = "drill_for_saturday", mode: str = "best", seed: int = 0) -> Html:
    """Every line of a debrief, the points it was worth in the worked conversation's debrief,
    and the lesson to revisit when it is low."""
    report = played(scenario_id, mode, seed).report()
    rows = [(c.name, f"{int(round(c.maximum))}" if c.applies else t("ui.capstone.did_not_apply"),
             t(f"ui.capstone.revisit.{c.id}") if c.id in REVISIT else "") for c in report.criteria]
    return Html(table((t("ui.capstone.debrief_line"), t("ui.capstone.points_of_100"), t("ui.capstone.revisit_head")), rows),
                t("ui.capstone.revisit_label"))

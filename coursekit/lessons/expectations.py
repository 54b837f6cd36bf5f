"""Satisfaction = experience − expectation: the arithmetic and the worked cases of lesson 05."""
from __future__ import annotations

from dataclasses import dataclass, replace

from coursekit.i18n import t


def satisfaction(experience: float, expectation: float) -> float:
    """How satisfied a customer is: what they experienced minus what they expected."""
    return float(experience) - float(expectation)


def verdict(score: float) -> str:
    """A word for a satisfaction score: disappointed, satisfied or delighted."""
    if score < 0:
        return t("ui.expect.disappointed")
    if score == 0:
        return t("ui.expect.satisfied")
    return t("ui.expect.delighted")


@dataclass(frozen=True)
class Case:
    """A customer story with an expectation and an experience on a 0–10 scale."""

    name: str
    expectation: float
    experience: float
    note: str = ""

    @property
    def satisfaction(self) -> float:
        return satisfaction(self.experience, self.expectation)


#: Worked cases: the same experience can delight or disappoint depending on the expectation.
CASES: tuple[Case, ...] = (
    Case("Boutique hotel, glossy ads", 9, 7, "advertising raised the bar above a good stay"),
    Case("Motorway motel, no promises", 4, 7, "the same good stay beats a modest expectation"),
    Case("Repair promised by Friday", 6, 3, "a missed commitment hurts more than no promise"),
    Case("Repair, honest 'Monday'", 4, 5, "a realistic promise, kept a little early"),
    Case("Loyal client, birthday call", 5, 8, "a small unexpected gesture moves people"),
)


def explain(experience: float, expectation: float) -> str:
    """The sum written out in words, e.g. 'satisfaction = 7 − 9 = −2: disappointed'."""
    score = satisfaction(experience, expectation)
    sign = "+" if score > 0 else ("−" if score < 0 else "±")
    return t("ui.expect.explain", experience=f"{experience:g}", expectation=f"{expectation:g}",
             score=f"{sign}{abs(score):g}", verdict=verdict(score))


def cases() -> tuple[Case, ...]:
    """The worked cases, named in the course's language."""
    return tuple(replace(case, name=t(f"ui.expect.case.{i}.name"), note=t(f"ui.expect.case.{i}.note"))
                 for i, case in enumerate(CASES))

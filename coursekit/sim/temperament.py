"""How each of the nine customer temperaments reacts to a trainee's turn.

The behaviour follows the content brief: the impatient customer wants speed, the
deliberate one needs guiding questions, the silent one answers closed questions with
a word, the talkative one tells you more than you asked, the hesitant one needs a
sense of safety, the reserved one values face, the suspicious one wants evidence, the
critical one turns against arguing, and the expert likes being asked for advice.

Pure data plus two small functions; no randomness here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from coursekit.labels import TEMPERAMENTS

#: Effects every customer feels, whatever their temperament: move -> (trust, patience).
#: Applied to free-text turns only (an option's ``quality`` already says how good it is).
GENERAL_EFFECTS: Mapping[str, tuple[int, int]] = {
    "rudeness": (-20, -15),
    "leading": (-5, -4),
    "upsell": (-4, -5),
    "pressure": (-10, -10),
    "discount": (-5, -3),
    "argument": (-8, -6),
    "empathy": (3, 0),
    "paraphrase": (4, 0),
    "advice_request": (2, 0),
    "evidence_offer": (2, 0),
    "apology": (1, 0),
    "hypothesis": (1, 0),
    "counter_question": (1, 0),
    "transformation": (2, 0),
}


#: A long turn costs at most this many blocks of `long_turn_cost`, however long it is.
MAX_LONG_BLOCKS = 4


@dataclass(frozen=True)
class Temperament:
    """Numbers and switches that make one temperament behave the way the brief says."""

    id: str
    patience: int
    """Starting patience (0..100) unless the scenario sets one."""
    turn_cost: int
    """Patience every trainee turn costs."""
    long_turn_words: int = 60
    """Turns longer than this many words cost extra patience ..."""
    long_turn_cost: int = 3
    """... this much per started 10 words over the limit."""
    remarks_after: float = 1.5
    """A turn this many times `long_turn_words` is remarked on ("That's a lot to take in at once"); a little over a long
    turn costs patience silently (an apology and one question in a spoken voice). Short-fused temperaments say so at once."""
    effects: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    """Extra (trust, patience) for a move, technique or question form."""
    one_word_closed: bool = False
    """Closed questions get a one-word answer and reveal nothing new."""
    facts_per_open: int = 2
    """How many facts of a need one good open question brings out."""
    volunteers: bool = False
    """Also volunteers a fact of another need after an open question."""
    needs_evidence: bool = False
    """Objections resolve only when the trainee offers evidence as well."""
    summary: str = ""


def _t(id: str, **kw) -> Temperament:
    return Temperament(id=id, **kw)


TEMPERAMENT_BEHAVIOUR: Mapping[str, Temperament] = {
    t.id: t
    for t in (
        _t("impatient", patience=70, turn_cost=6, long_turn_words=25, long_turn_cost=6, remarks_after=1.0,
           effects={"pressure": (-4, -8), "apology": (0, -3), "identifying": (-2, -4),
                    "commitment": (2, 0)},
           summary="wants it quick: every turn costs patience, long turns cost a lot"),
        _t("deliberate", patience=100, turn_cost=3,
           effects={"pressure": (-12, -10), "commitment": (-2, -2), "descriptive": (3, 0),
                    "open": (1, 0)},
           summary="slow to decide: guide with questions, never rush"),
        _t("silent", patience=90, turn_cost=4, long_turn_words=40, remarks_after=1.0, facts_per_open=1,
           one_word_closed=True, effects={"empathy": (3, 0), "descriptive": (2, 0)},
           summary="answers closed questions with one word; open questions bring out one fact"),
        _t("talkative", patience=100, turn_cost=2, long_turn_words=120, facts_per_open=3,
           volunteers=True, effects={"paraphrase": (3, 0), "closed": (0, -1)},
           summary="tells you more than you asked; listen, then promote at the right moment"),
        _t("hesitant", patience=90, turn_cost=4,
           effects={"pressure": (-14, -12), "rudeness": (-10, -10), "evidence_offer": (6, 0), "clarifying": (2, 0),
                    "commitment": (-3, 0)},
           summary="needs detail and a sense of safety; pressure scares them off"),
        _t("reserved", patience=80, turn_cost=5,
           effects={"pressure": (-10, -8), "argument": (-12, -8), "rudeness": (-15, -10), "empathy": (2, 0),
                    "apology": (3, 0), "identifying": (-1, 0)},
           summary="serious and proud: be polite and careful, never make them lose face"),
        _t("suspicious", patience=80, turn_cost=5, needs_evidence=True,
           effects={"pitch": (-8, -4), "evidence_offer": (8, 0), "discount": (-8, 0),
                    "pressure": (-6, -4)},
           summary="doubts every claim: find each doubt and back your answer with evidence"),
        _t("critical", patience=80, turn_cost=5,
           effects={"argument": (-20, -15), "rudeness": (-15, -10), "empathy": (5, 0), "paraphrase": (5, 0),
                    "apology": (4, 0), "counter_question": (2, 0)},
           summary="picky: do not argue, listen to the criticism and find its cause"),
        _t("expert", patience=80, turn_cost=5,
           effects={"advice_request": (10, 5), "argument": (-12, -8), "pitch": (-6, -5),
                    "clarifying": (2, 0)},
           summary="thinks they know it all: agree where you can and ask for their advice"),
    )
}

assert tuple(TEMPERAMENT_BEHAVIOUR) == TEMPERAMENTS, "one behaviour per temperament id"


def behaviour(temperament_id: str) -> Temperament:
    """The behaviour of a temperament id (KeyError naming the known ids if unknown)."""
    try:
        return TEMPERAMENT_BEHAVIOUR[temperament_id]
    except KeyError:
        raise KeyError(
            f"unknown temperament {temperament_id!r}; known: {', '.join(TEMPERAMENTS)}"
        ) from None


def reaction(temperament: Temperament, tags: Iterable[str], words: int,
             general: bool) -> tuple[int, int]:
    """(trust delta, patience delta) of one trainee turn for this temperament.

    ``tags`` are the turn's moves, question technique and form; ``words`` its length.
    ``general`` adds the effects every customer feels (used for free text).
    """
    tags = set(tags)
    trust = 0
    patience = -temperament.turn_cost
    for tag in sorted(tags):
        if general and tag in GENERAL_EFFECTS:
            dt, dp = GENERAL_EFFECTS[tag]
            trust += dt
            patience += dp
        if tag in temperament.effects:
            dt, dp = temperament.effects[tag]
            trust += dt
            patience += dp
    over = words - temperament.long_turn_words
    if over > 0:
        patience -= temperament.long_turn_cost * min(MAX_LONG_BLOCKS, 1 + (over - 1) // 10)
    return trust, patience

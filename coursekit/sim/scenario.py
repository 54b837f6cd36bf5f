"""The typed scenario model and loading of scenario files (validated by coursekit.schema).

A scenario is one simulated customer: who they are, what they need (hidden at one or
more need levels), which objections they hold, and a graph of turns whose options the
trainee can pick. The file format is documented in ``docs/scenario-format.md``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from coursekit.labels import NEED_LEVELS
# option qualities, outcomes and the best-option tie rule are defined once, by the schema
from coursekit.schema.scenario import OUTCOMES, QUALITIES, QUALITY_RANK, best_option, is_goal  # noqa: F401

#: Default trust change of picking an option of each quality.
QUALITY_TRUST: Mapping[str, int] = {"bad": -12, "poor": -6, "fair": 1, "good": 6}

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "scenarios"


class ScenarioNotFound(KeyError):
    """No built-in scenario with that id and no such scenario file."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "scenario not found"


def _lines(value: Any) -> tuple[str, ...]:
    """A line or a list of line variants, as a tuple of strings."""
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    return (str(value),)


def _ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    return (str(value),)


@dataclass(frozen=True)
class Customer:
    """Who the trainee is talking to."""

    name: str
    role: str
    business: str
    temperament: str
    trust: int = 40
    patience: int | None = None


@dataclass(frozen=True)
class Need:
    """A hidden need at one level, with the facts the customer tells when probed well."""

    id: str
    level: str
    facts: tuple[str, ...]
    surface: str = ""
    keywords: tuple[str, ...] = ()
    """Words a trainee's question may use when it asks about this need (besides the facts' own)."""


@dataclass(frozen=True)
class Objection:
    """An objection the customer may raise, genuine or a brush-off."""

    id: str
    pattern: str
    genuine: bool
    says: tuple[str, ...]
    test_reply: tuple[str, ...]
    resolved_reply: tuple[str, ...]
    resolved_by: tuple[str, ...] = ("transformation", "evidence_offer")
    when: str = "close"
    needs_level: str | None = None
    hides: str | None = None
    resolves_with: tuple[str, ...] = ()
    """Words a reply that answers the real concern tends to use (besides the scripted answer's own)."""


@dataclass(frozen=True)
class Option:
    """One thing the trainee can say at a turn, tagged by the scenario author."""

    number: int
    say: str
    technique: str
    level: str
    quality: str
    reply: tuple[str, ...]
    next: str
    form: str | None = None
    moves: tuple[str, ...] = ()
    reveals: tuple[str, ...] = ()
    raises: str | None = None
    tests: str | None = None
    resolves: str | None = None
    checkpoints: tuple[str, ...] = ()
    trust: int | None = None
    patience: int | None = None

    @property
    def rank(self) -> int:
        """Numeric quality, 0 (bad) .. 3 (good)."""
        return QUALITY_RANK[self.quality]

    @property
    def tags(self) -> frozenset[str]:
        """Technique, moves and form: what the customer's temperament reacts to."""
        tags = {self.technique, *self.moves}
        if self.form:
            tags.add(self.form)
        return frozenset(tags)


@dataclass(frozen=True)
class Turn:
    """A node of the dialogue graph: options to pick, or an ending."""

    id: str
    options: tuple[Option, ...] = ()
    end: str | None = None
    line: tuple[str, ...] = ()
    hint: str = ""
    goal: bool = False
    """Endings: the right way for this conversation to end (a `won` ending unless the file says otherwise)."""

    @property
    def is_end(self) -> bool:
        return self.end is not None


@dataclass(frozen=True)
class Scenario:
    """A whole validated scenario."""

    id: str
    title: str
    sector: str
    market: str
    summary: str
    customer: Customer
    needs: tuple[Need, ...]
    objections: tuple[Objection, ...]
    opening: tuple[str, ...]
    start: str
    turns: Mapping[str, Turn]
    closing: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    path: Path | None = None
    language: str = "en"
    """The language of its texts: a translated scenario is played beside its English original."""

    @property
    def temperament(self) -> str:
        return self.customer.temperament

    @property
    def need_levels(self) -> tuple[str, ...]:
        """The levels of the hidden needs, in course order, each once."""
        present = {n.level for n in self.needs}
        return tuple(level for level in NEED_LEVELS if level in present)

    @property
    def sale_is_goal(self) -> bool:
        """Whether the best ending is a sale (not a polite exit from a customer who needs nothing)."""
        return any(t.goal and t.end == "won" for t in self.turns.values())

    @property
    def objection_patterns(self) -> tuple[str, ...]:
        """The objection pattern ids, in file order, each once."""
        return tuple(dict.fromkeys(o.pattern for o in self.objections))

    def need(self, need_id: str) -> Need:
        for n in self.needs:
            if n.id == need_id:
                return n
        raise KeyError(f"scenario {self.id!r} has no need {need_id!r}")

    def objection(self, objection_id: str) -> Objection:
        for o in self.objections:
            if o.id == objection_id:
                return o
        raise KeyError(f"scenario {self.id!r} has no objection {objection_id!r}")

    def summary_dict(self) -> dict[str, Any]:
        """What `coursekit scenarios --json` lists for this scenario."""
        return {
            "id": self.id,
            "title": self.title,
            "temperament": self.temperament,
            "need_levels": list(self.need_levels),
            "objections": list(self.objection_patterns),
            "sector": self.sector,
            "market": self.market,
            "customer": self.customer.name,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any], path: Path | None = None) -> "Scenario":
        """Build the model from validated file data (a plain mapping)."""
        c = data["customer"]
        customer = Customer(
            name=str(c["name"]), role=str(c.get("role", "")), business=str(c.get("business", "")),
            temperament=str(c["temperament"]), trust=int(c.get("trust", 40)),
            patience=None if c.get("patience") is None else int(c["patience"]),
        )
        needs = tuple(
            Need(id=str(n["id"]), level=str(n["level"]), facts=_lines(n["facts"]),
                 surface=str(n.get("surface", "")), keywords=_ids(n.get("keywords")))
            for n in data.get("needs", ())
        )
        objections = tuple(
            Objection(
                id=str(o["id"]), pattern=str(o["pattern"]), genuine=bool(o["genuine"]),
                says=_lines(o["says"]), test_reply=_lines(o["test_reply"]),
                resolved_reply=_lines(o.get("resolved_reply")),
                resolved_by=_ids(o.get("resolved_by", ("transformation", "evidence_offer"))),
                when=str(o.get("when", "close")),
                needs_level=o.get("needs_level"), hides=o.get("hides"),
                resolves_with=_ids(o.get("resolves_with")),
            )
            for o in data.get("objections", ())
        )
        turns: dict[str, Turn] = {}
        for turn_id, t in data["turns"].items():
            options = tuple(
                Option(
                    number=i, say=str(o["say"]), technique=str(o["technique"]),
                    level=str(o["level"]), quality=str(o["quality"]), reply=_lines(o["reply"]),
                    next=str(o["next"]), form=o.get("form"), moves=_ids(o.get("moves")),
                    reveals=_ids(o.get("reveals")), raises=o.get("raises"), tests=o.get("tests"),
                    resolves=o.get("resolves"), checkpoints=_ids(o.get("checkpoints")),
                    trust=o.get("trust"), patience=o.get("patience"),
                )
                for i, o in enumerate(t.get("options") or (), start=1)
            )
            turns[str(turn_id)] = Turn(id=str(turn_id), options=options, end=t.get("end"),
                                       line=_lines(t.get("line")), hint=str(t.get("hint", "")),
                                       goal="end" in t and is_goal(t))
        closing = {str(k): _lines(v) for k, v in (data.get("closing") or {}).items()}
        return cls(
            id=str(data["id"]), title=str(data["title"]), sector=str(data["sector"]),
            market=str(data["market"]), summary=str(data.get("summary", "")), customer=customer,
            needs=needs, objections=objections, opening=_lines(data["opening"]),
            start=str(data.get("start") or next(iter(data["turns"]))), turns=turns,
            closing=closing, path=path,
        )


def builtin_paths() -> list[Path]:
    """The built-in scenario files, sorted by file name."""
    return sorted(DATA_DIR.glob("*.yaml"))


def list_scenarios() -> list[Scenario]:
    """Every built-in scenario, loaded and validated, sorted by id."""
    return sorted((load_scenario(p) for p in builtin_paths()), key=lambda s: s.id)


def load_scenario(id_or_path: str | Path, lang: str | None = None) -> Scenario:
    """A built-in scenario by id, or a scenario file by path, in the course's language (or `lang`).

    Raises ScenarioNotFound for an unknown id or missing file, and
    ``coursekit.schema.DataFileError`` (listing every problem) for an invalid file.
    """
    from coursekit.schema import load_file

    if isinstance(id_or_path, Scenario):
        return id_or_path
    text = str(id_or_path)
    candidate = Path(text)
    looks_like_path = isinstance(id_or_path, Path) or candidate.suffix in {".yaml", ".yml", ".json", ".toml"} or "/" in text or "\\" in text
    if looks_like_path:
        if not candidate.is_file():
            raise ScenarioNotFound(f"no scenario file {text!r}")
        path = candidate
    else:
        path = DATA_DIR / f"{text}.yaml"
        if not path.is_file():
            known = ", ".join(p.stem for p in builtin_paths()) or "none"
            raise ScenarioNotFound(f"unknown scenario {text!r}; built-in scenarios: {known}")
    from coursekit.i18n import language, localise, translation_table
    from coursekit.schema import kind_of

    lang = lang or language()
    data = load_file(path, kind="scenario", localised=False)
    if lang == "en" or not translation_table(path, lang):
        return Scenario.from_data(_plain(data), path=path)
    translated = localise(path, data, kind_of("scenario").spec, lang)
    return replace(Scenario.from_data(_plain(translated), path=path), language=lang)


def _plain(value: Any) -> Any:
    """Plain dicts/lists/scalars from whatever mapping types the loader returns."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value

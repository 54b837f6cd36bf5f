"""Exercise answer keys: the `kind: exercise` files in `coursekit/data/exercises/`."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

# the question types are defined once, by the schema of key files
from coursekit.schema.exercise import QUESTION_TYPES  # noqa: F401

#: The folder that holds the built-in answer keys.
KEY_DIR = Path(__file__).resolve().parent.parent / "data" / "exercises"


class UnknownExerciseError(LookupError):
    """No answer key has this exercise id."""

    def __str__(self) -> str:  # LookupError would quote the message
        return str(self.args[0]) if self.args else "unknown exercise"


@dataclass(frozen=True)
class Question:
    """One question of an exercise with its key."""

    id: str
    prompt: str
    type: str
    points: int
    answer: Any
    explanation: str
    topic: str
    spec: Mapping[str, Any] | None = None
    options: tuple[Any, ...] | None = None
    #: Shown after a wrong first try (never the answer itself); "" when the key has none.
    hint: str = ""
    #: A sort question's statements: (item id, text) pairs in the key's order.
    items: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ExerciseKey:
    """An exercise: its title, topic, intro text and questions in notebook order."""

    id: str
    title: str
    topic: str
    questions: tuple[Question, ...]
    intro: str = ""
    _by_id: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({q.id: q for q in self.questions})

    @property
    def question_ids(self) -> tuple[str, ...]:
        """The question ids in notebook order."""
        return tuple(q.id for q in self.questions)

    @property
    def max_score(self) -> int:
        """Total points of the exercise."""
        return sum(q.points for q in self.questions)

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if there is none)."""
        return self._by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        """Whether the exercise has a question with this id."""
        return question_id in self._by_id


def list_exercises(key_dir: Path | None = None) -> tuple[str, ...]:
    """Ids of the exercises that have an answer key, sorted."""
    folder = key_dir or KEY_DIR
    return tuple(sorted(p.stem for p in folder.glob("*.yaml")))


def key_path(exercise_id: str, key_dir: Path | None = None) -> Path:
    """The key file of an exercise; UnknownExerciseError if there is none."""
    folder = key_dir or KEY_DIR
    path = folder / f"{exercise_id}.yaml"
    if not isinstance(exercise_id, str) or "/" in exercise_id or "\\" in exercise_id \
            or exercise_id.startswith(".") or not path.is_file():
        known = ", ".join(list_exercises(folder)) or "none"
        raise UnknownExerciseError(f"unknown exercise {exercise_id!r} (known exercises: {known})")
    return path


def key_from_data(data: Mapping[str, Any]) -> ExerciseKey:
    """Build an ExerciseKey from validated key-file data."""
    default_topic = str(data["topic"])
    questions = []
    for raw in data["questions"]:
        options = raw.get("options")
        answer = raw.get("answer")
        if isinstance(answer, Mapping):
            answer = {str(k): str(v) for k, v in answer.items()}
        elif isinstance(answer, (list, tuple)):
            answer = list(answer)
        questions.append(Question(
            id=str(raw["id"]),
            prompt=str(raw["prompt"]).strip(),
            type=str(raw["type"]),
            points=int(raw["points"]),
            answer=answer,
            explanation=str(raw.get("explanation") or "").strip(),
            topic=str(raw.get("topic") or default_topic),
            spec=dict(raw["spec"]) if raw.get("spec") is not None else None,
            options=tuple(options) if options is not None else None,
            hint=str(raw.get("hint") or "").strip(),
            items=tuple((str(i["id"]), str(i["text"]).strip()) for i in raw.get("items") or ()),
        ))
    return ExerciseKey(
        id=str(data["id"]),
        title=str(data["title"]).strip(),
        topic=default_topic,
        questions=tuple(questions),
        intro=str(data.get("intro") or "").strip(),
    )


_CACHE: dict[tuple[Path, str], tuple[float, ExerciseKey]] = {}


def load_key(exercise_id: str, key_dir: Path | None = None) -> ExerciseKey:
    """Load and validate the answer key of an exercise (cached until the file changes).

    Raises UnknownExerciseError for an unknown id and `coursekit.schema.DataFileError`
    when the key file has problems.
    """
    from coursekit.schema import DataFileError, load_file

    from coursekit.i18n import language

    path = key_path(exercise_id, key_dir)
    mtime = path.stat().st_mtime
    cached = _CACHE.get((path, language()))  # its prompts and explanations are in the course's language
    if cached and cached[0] == mtime:
        return cached[1]
    data = load_file(path, kind="exercise")
    key = key_from_data(data)
    if key.id != path.stem:
        from coursekit.sourcefile import load_source

        problem = load_source(path).problem(("id",), f"id {key.id!r} must match the file name {path.stem!r}")
        raise DataFileError([problem])
    _CACHE[(path, language())] = (mtime, key)
    return key

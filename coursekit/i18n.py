"""The course's language: which one a trainee reads, and every learner-facing string in it.

One language is chosen once, in this order:

1. `use_language("es")` (tests, tools);
2. the folder a lesson runs in: a kernel started in `notebooks/es/` reads Spanish, one in
   `notebooks/` English (JupyterLab and Voila start a notebook's kernel in its folder);
3. the `COURSEKIT_LANG` environment variable (`python3 course.py open --lang es` sets it);
4. English.

Two kinds of string catalogue (YAML files of kind `strings`, checked by `coursekit.schema.strings`):

- `coursekit/data/strings/*.yaml` (`ui`, `sim`, `rubric`, `scoring`): the sentences the code shows
  (buttons, headings, feedback, the simulated customer's stock replies), by id: `t("ui.quiz.check")`;
- `coursekit/data/strings/<folder>/<file>.yaml`: the learner-facing text of one data file
  (fields the schema declares `Text`), one id per place (`entries.product.description`).
  `load_file` puts the translations in place (`localise`) when the language is not English;
  the English stays the source of truth and ids, levels and links never change.

`tools/extract_strings.py` writes a data file's catalogue from its English and keeps the
translations already made; `coursekit.translations` lists what is missing or stale.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

#: Every language of the course; English is the source.
LANGUAGES = ("en", "es", "zh")
NAMES = {"en": "English", "es": "español", "zh": "中文"}
DATA_DIR = Path(__file__).parent / "data"
STRINGS_DIR = DATA_DIR / "strings"
UI_CATALOGUE = STRINGS_DIR / "ui.yaml"
#: Folders whose notebooks run in the folder's language when they sit in a language sub-folder.
COURSE_FOLDERS = ("notebooks", "exercises", "solutions", "instructor")

_chosen: str | None = None


class UnknownLanguage(ValueError):
    """A language the course does not have."""


def check_language(code: str) -> str:
    """The language code if the course has it (case and region ignored: "es-MX" is "es")."""
    base = str(code).strip().lower().replace("_", "-").split("-")[0]
    if base not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {code!r}; the course is in: {', '.join(LANGUAGES)}")
    return base


def use_language(code: str | None) -> None:
    """Choose the course's language for this process (None: back to folder, environment, English)."""
    global _chosen
    _chosen = None if code is None else check_language(code)


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Run a block in another language (the English twin of a translated conversation)."""
    global _chosen
    before, _chosen = _chosen, check_language(code)
    try:
        yield
    finally:
        _chosen = before


@lru_cache(maxsize=64)
def folder_language(folder: Path) -> str | None:
    """The language a course folder stands for: `notebooks/es` is Spanish, `notebooks` English."""
    if folder.name in LANGUAGES and folder.parent.name in COURSE_FOLDERS:
        return folder.name
    if folder.name in COURSE_FOLDERS and (folder.parent / "coursekit").is_dir():
        return "en"
    return None


@lru_cache(maxsize=64)
def _cwd_language(cwd: str) -> str | None:
    """`folder_language` of the working folder, keyed by its path as a string (no `Path` built per call)."""
    return folder_language(Path(cwd))


def language() -> str:
    """The language the trainee reads now (see the module's docstring for the order)."""
    if _chosen is not None:
        return _chosen
    try:
        from_folder = _cwd_language(os.getcwd())
    except OSError:  # the working folder was removed
        from_folder = None
    if from_folder is not None:
        return from_folder
    try:
        return check_language(os.environ.get("COURSEKIT_LANG") or "en")
    except UnknownLanguage:
        return "en"


# --- catalogues ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _catalogue(path: Path) -> tuple[tuple[str, dict[str, str]], ...]:
    """A catalogue's entries, read leniently: a missing or stale translation must not stop a
    lesson (the English shows instead; `coursekit.translations` and the tests report it)."""
    from coursekit.sourcefile import load_source

    data = load_source(path).data
    entries = data.get("strings") if isinstance(data, dict) else None
    return tuple((entry["id"], {k: v for k, v in entry.items() if k in LANGUAGES and isinstance(v, str)})
                 for entry in entries or () if isinstance(entry, dict) and isinstance(entry.get("id"), str)
                 and isinstance(entry.get("en"), str))


def catalogue(path: Path) -> dict[str, dict[str, str]]:
    """A catalogue's strings by id: {language: text}."""
    return dict(_catalogue(Path(path)))


def code_catalogues() -> list[Path]:
    """The catalogues of sentences the code shows: `data/strings/*.yaml` (ui, sim, rubric, scoring)."""
    return sorted(STRINGS_DIR.glob("*.yaml"))


@lru_cache(maxsize=None)
def _ui(lang: str) -> dict[str, str]:
    return {sid: texts.get(lang, texts["en"]) for path in code_catalogues() for sid, texts in _catalogue(path)}


def t(string_id: str, lang: str | None = None, **values: Any) -> str:
    """A sentence the code shows, in the trainee's language, with its `{placeholders}` filled:
    `t("quiz.check")`, `t("sim.debrief.title", outcome=..., total=...)`."""
    strings = _ui(lang or language())
    try:
        text = strings[string_id]
    except KeyError:
        raise KeyError(f"no string {string_id!r} in {STRINGS_DIR.relative_to(DATA_DIR.parent.parent)}/*.yaml") from None
    return text.format(**values) if values else text


def t_or(string_id: str, default: str) -> str:
    """The catalogue's sentence if it has this id, else `default` (a value from outside the course)."""
    return _ui(language()).get(string_id, default)


# --- data files ---------------------------------------------------------------------------

def data_catalogue_path(path: Path) -> Path:
    """Where the translations of a data file live: `data/knowledge/x.yaml` -> `data/strings/knowledge/x.yaml`
    (and the lessons' quiz banks, `lessons/banks.py` -> `data/strings/lessons/banks.yaml`)."""
    path = Path(path).resolve()
    return STRINGS_DIR / path.parent.name / f"{path.stem}.yaml"


def walk_text(spec: Any, value: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every learner-facing string of a data value, with its place: where the spec says `Text`."""
    from coursekit.schema.core import ListOf, MapOf, Record, Text, TextOrVariants

    if isinstance(spec, Record) and isinstance(value, dict):
        for key, item in value.items():
            if key in spec.fields:
                yield from walk_text(_field_spec(spec, key, value), item, path + (key,))
        return
    if isinstance(spec, Text):
        if isinstance(value, str):
            yield path, value
    elif isinstance(spec, TextOrVariants):
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield path + (index,), item
    elif isinstance(spec, ListOf) and isinstance(value, list):
        for index, item in enumerate(value):
            key = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else index
            yield from walk_text(spec.item, item, path + (key,))
    elif isinstance(spec, MapOf) and isinstance(value, dict):
        for key, item in value.items():
            yield from walk_text(spec.value, item, path + (key,))


def string_id(path: tuple) -> str:
    """A catalogue id for a place in a data file: ("entries", "product", "signals", 0) -> entries.product.signals.0."""
    return ".".join(str(part).lower().replace("-", "_") for part in path)


def _field_spec(record_spec: Any, key: str, record: dict) -> Any:
    """The spec of one field of a record value (a `TextWhen` field is text only in some records)."""
    from coursekit.schema.core import TextWhen

    spec = record_spec.fields[key]
    return spec.in_record(record) if isinstance(spec, TextWhen) else spec


def _replace(spec: Any, value: Any, table: dict[str, str]) -> Any:
    from coursekit.schema.core import ListOf, MapOf, Record, Text, TextOrVariants

    if isinstance(spec, (Text, TextOrVariants)):
        if isinstance(value, str):
            return table.get(value, value)
        if isinstance(spec, TextOrVariants) and isinstance(value, list):
            return [table.get(v, v) if isinstance(v, str) else v for v in value]
        return value
    if isinstance(spec, Record) and isinstance(value, dict):
        return {k: _replace(_field_spec(spec, k, value), v, table) if k in spec.fields else v for k, v in value.items()}
    if isinstance(spec, ListOf) and isinstance(value, list):
        return [_replace(spec.item, v, table) for v in value]
    if isinstance(spec, MapOf) and isinstance(value, dict):
        return {k: _replace(spec.value, v, table) for k, v in value.items()}
    return value


def translation_table(path: Path, lang: str | None = None) -> dict[str, str]:
    """English text -> its translation, for one data file (empty when it has no catalogue).

    The table is keyed by the English, so the same English in two places (an option and the
    answer that names it) gets the same translation and stays equal."""
    lang = lang or language()
    cat = data_catalogue_path(path)
    if lang == "en" or not cat.exists():
        return {}
    return {texts["en"]: texts[lang] for _, texts in _catalogue(cat) if lang in texts}


def localise(path: Path, data: Any, spec: Any, lang: str | None = None) -> Any:
    """A data file's data with its learner-facing text in the language (English where untranslated)."""
    lang = lang or language()
    table = translation_table(path, lang)
    return _replace(spec, data, table) if table else data


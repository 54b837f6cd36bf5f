"""What is translated, what is missing and what is stale, for every language of the course.

Three kinds of source, one check each:

- the catalogues of sentences the code shows (`data/strings/*.yaml`): every string in every
  language, the same `{placeholders}`, no translation older than its English (the schema);
- the catalogues of data files (`data/strings/<folder>/<file>.yaml`): the same, and in step
  with the data file (every learner-facing string of it has an entry with today's English);
- translated lessons (`notebooks/src/<lang>/NN_name.py`): the English lesson's cells, in order,
  the code the same (only sentences in quotes translated), and each Markdown cell stamped with
  the fingerprint of the English cell it follows (`from=…` on its `# %% [markdown]` line).

`python -m coursekit translations` prints every finding and what is translated so far; the
tests fail on any finding. After translating, `tools/stamp_translations.py FILE` records
which English the translation follows.
"""
from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from coursekit.i18n import DATA_DIR, LANGUAGES, STRINGS_DIR, code_catalogues, data_catalogue_path, string_id, walk_text
from coursekit.schema.strings import fingerprint

ROOT = DATA_DIR.parents[1]
LESSON_SOURCES = ROOT / "notebooks" / "src"
BANKS = Path(__file__).parent / "lessons" / "banks.py"
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")
_CELL = re.compile(r"^# %%(?P<rest>.*)$")
_FROM = re.compile(r"\bfrom=(\w+)")
#: A string literal that is an id, a number or a file name, not a sentence ("open_success", "01").
_ID_LITERAL = re.compile(r"""^[rbuf]*(['"])[A-Za-z0-9_.\-/]*\1$""")


@dataclass(frozen=True)
class Finding:
    """One thing to fix: where, and what is wrong."""

    place: str
    problem: str

    def __str__(self) -> str:
        return f"{self.place}: {self.problem}"


def _rel(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


# --- data files and the quiz banks ---------------------------------------------------------

def source_strings(path: Path) -> list[tuple[str, str]]:
    """(id, English) for every learner-facing string of a data file (or the quiz banks), each
    English text once, at its first place."""
    if Path(path).resolve() == BANKS.resolve():
        from coursekit.lessons import banks

        pairs = banks.texts()
    else:
        from coursekit.schema import kind_of, load_file

        data = load_file(path, localised=False)
        pairs = [(string_id(place), text) for place, text in walk_text(kind_of(data["kind"]).spec, data)]
    seen: set[str] = set()
    out = []
    for sid, text in pairs:
        if text not in seen:
            seen.add(text)
            out.append((sid, text))
    return out


def translated_data_files() -> list[Path]:
    """The data files (and the quiz banks) that have a catalogue of translations."""
    out = []
    for cat in sorted(STRINGS_DIR.glob("*/*.yaml")):
        if cat.parent.name == "lessons" and cat.stem == "banks":
            out.append(BANKS)
        else:
            out.append(DATA_DIR / cat.parent.name / cat.name)
    return out


def _schema_findings(cat: Path) -> list[Finding]:
    from coursekit.schema import validate_file

    return [Finding(f"{_rel(cat)}:{p.line or 0}", p.message) for p in validate_file(cat, "strings")]


def data_findings(path: Path) -> list[Finding]:
    """What is missing or stale in one data file's catalogue."""
    from coursekit.i18n import catalogue

    cat = data_catalogue_path(path)
    if not path.exists():
        return [Finding(_rel(cat), f"translates {_rel(path)}, which does not exist")]
    findings = _schema_findings(cat)
    if findings and any("expected" in f.problem and "found" in f.problem for f in findings):
        return findings
    have = catalogue(cat)
    for sid, english in source_strings(path):
        entry = have.get(sid)
        if entry is None:
            findings.append(Finding(_rel(cat), f"no entry for {sid!r} of {_rel(path)}: run tools/extract_strings.py"))
        elif entry.get("en") != english:
            findings.append(Finding(_rel(cat), f"the English of {sid!r} changed in {_rel(path)}: "
                                               "run tools/extract_strings.py, then translate and stamp it"))
    wanted = {sid for sid, _ in source_strings(path)}
    findings += [Finding(_rel(cat), f"{sid!r} is no longer in {_rel(path)}: run tools/extract_strings.py")
                 for sid in have if sid not in wanted]
    return findings


# --- lessons --------------------------------------------------------------------------------

def _cells(path: Path) -> list[tuple[str, str, str, int]]:
    """(type, header rest, source, header line number) of each non-empty cell of a lesson source."""
    cells: list[list] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        match = _CELL.match(line)
        if match:
            rest = match.group("rest")
            cells.append(["markdown" if rest.strip().startswith("[markdown]") else "code", rest, [], number])
        elif cells:
            cells[-1][2].append(line)
    out = []
    for kind, rest, lines, number in cells:
        text = "\n".join(lines).strip()
        if text:
            out.append((kind, rest, text, number))
    return out


def lesson_cells(path: Path) -> list[tuple[str, str, str]]:
    """(type, header rest, source) of each cell of a lesson source, as the notebook builder reads it."""
    return [cell[:3] for cell in _cells(path)]


def _code_shape(code: str) -> list[str]:
    """The code's tokens, with every sentence in quotes (a string that is not an id) as one placeholder:
    a translation may change the sentences a learner reads, never the ids or the code."""
    shape = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
                continue
            shape.append("<sentence>" if tok.type == tokenize.STRING and not _ID_LITERAL.match(tok.string) else tok.string)
    except (tokenize.TokenError, SyntaxError):
        return [code]
    return shape


def _tags(rest: str) -> str:
    return re.sub(r"\s*\bfrom=\w+", "", rest.replace("[markdown]", "")).strip()


def lesson_findings(translated: Path) -> list[Finding]:
    """What is missing, changed or stale in one translated lesson source."""
    english = LESSON_SOURCES / translated.name
    place = _rel(translated)
    if not english.exists():
        return [Finding(place, f"there is no English lesson {translated.name}")]
    mine, theirs = lesson_cells(translated), lesson_cells(english)
    if [c[0] for c in mine] != [c[0] for c in theirs]:
        return [Finding(place, f"its cells ({len(mine)}: {''.join(c[0][0] for c in mine)}) are not the English "
                               f"lesson's ({len(theirs)}: {''.join(c[0][0] for c in theirs)}); m = Markdown, c = code")]
    findings = []
    for number, ((kind, rest, text), (_, en_rest, en_text)) in enumerate(zip(mine, theirs), start=1):
        if _tags(rest) != _tags(en_rest):
            findings.append(Finding(f"{place} cell {number}", f"its tags {_tags(rest)!r} differ from the English "
                                                              f"{_tags(en_rest)!r}"))
        if kind == "code":
            if _code_shape(text) != _code_shape(en_text):
                findings.append(Finding(f"{place} cell {number}", "its code differs from the English lesson's "
                                                                  "(only sentences in quotes may be translated)"))
            continue
        stamp = _FROM.search(rest)
        if text == en_text and len(re.findall(r"[A-Za-z]{3,}", text)) >= 3:
            findings.append(Finding(f"{place} cell {number}", "not translated: it is the English cell"))
        elif stamp is None:
            findings.append(Finding(f"{place} cell {number}", "not stamped: run tools/stamp_translations.py"))
        elif stamp.group(1) != fingerprint(en_text):
            findings.append(Finding(f"{place} cell {number}", "stale: the English cell changed after it was "
                                                              "translated; update it, then run tools/stamp_translations.py"))
    return findings


def translated_lessons(lang: str | None = None) -> list[Path]:
    """The translated lesson sources (of one language, or all)."""
    langs = (lang,) if lang else TRANSLATED
    return [p for code in langs for p in sorted((LESSON_SOURCES / code).glob("[0-9][0-9]_*.py"))]


# --- everything -----------------------------------------------------------------------------

def findings() -> list[Finding]:
    """Every missing, stale or mismatched translation in the course."""
    out: list[Finding] = []
    for cat in code_catalogues():
        out += _schema_findings(cat)
    for path in translated_data_files():
        out += data_findings(path)
    for lesson in translated_lessons():
        out += lesson_findings(lesson)
    return out


def coverage() -> dict[str, dict[str, str]]:
    """What each language has so far: lessons, and data files by folder ("2 of 11")."""
    english_lessons = sorted(LESSON_SOURCES.glob("[0-9][0-9]_*.py"))
    folders = ("knowledge", "scenarios", "assessment", "exercises")
    def has_text(path: Path) -> bool:
        try:
            return bool(source_strings(path))
        except Exception:  # noqa: BLE001 - a broken file is reported by `coursekit validate`
            return False

    data = {folder: (len(list((STRINGS_DIR / folder).glob("*.yaml"))),
                     sum(1 for p in (DATA_DIR / folder).glob("*.yaml") if has_text(p)))
            for folder in folders}
    out = {}
    for lang in TRANSLATED:
        row = {"lessons": f"{len(translated_lessons(lang))} of {len(english_lessons)}"}
        row |= {folder: f"{have} of {total}" if total else "not translatable yet" for folder, (have, total) in data.items()}
        out[lang] = row
    return out


def lesson_stamps(translated: Path) -> str:
    """The translated lesson's text with each Markdown cell's `from=` set to its English cell's
    fingerprint (the cells must match the English lesson's; the text is unchanged otherwise)."""
    english = lesson_cells(LESSON_SOURCES / translated.name)
    cells = _cells(translated)
    if [c[0] for c in cells] != [c[0] for c in english]:
        raise ValueError(f"{_rel(translated)}: its cells do not match the English lesson's; fix them first")
    out = translated.read_text(encoding="utf-8").splitlines()
    for (kind, _rest, _text, index), (_, _, en_text) in zip(cells, english):
        if kind == "markdown":
            out[index] = f"{_FROM.sub('', out[index]).rstrip()} from={fingerprint(en_text)}"
    return "\n".join(out) + "\n"

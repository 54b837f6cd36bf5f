#!/usr/bin/env python3
"""Write (or bring up to date) the translation catalogue of course data files.

    python tools/extract_strings.py coursekit/data/knowledge/need_levels.yaml [more files…]
    python tools/extract_strings.py coursekit/lessons/banks.py    # the lessons' quiz banks
    python tools/extract_strings.py --all      # every data file that already has a catalogue

For each data file, every learner-facing string (the fields its schema declares `Text`) gets one
entry in `coursekit/data/strings/<folder>/<file>.yaml`, with an id naming its place
(`entries.product.description`), the English, and the Spanish and Chinese once translated.
Translations already made are kept; when the English of a string changed, its translations are
kept but reported stale until re-translated and stamped (`tools/stamp_translations.py`). The
same English twice in one file is one entry (an option and the answer naming it stay equal).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit.i18n import data_catalogue_path  # noqa: E402
from coursekit.schema.strings import LANGUAGES, fingerprint  # noqa: E402
from coursekit.sourcefile import load_source  # noqa: E402
from coursekit.translations import source_strings, translated_data_files  # noqa: E402


def _quoted(text: str) -> str:
    """A one-line YAML scalar (JSON's double-quoted strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def render(path: Path, strings: list[tuple[str, str]], old: dict[str, dict]) -> str:
    """The catalogue's text: old translations kept by id (or by their English when the id moved)."""
    by_english = {entry.get("en"): entry for entry in old.values()}
    lines = ["kind: strings", f"title: {_quoted('Translations of ' + path.parent.name + '/' + path.name)}",
             f"languages: [{', '.join(LANGUAGES)}]", "strings:"]
    for sid, english in strings:
        entry = old.get(sid) or by_english.get(english) or {}
        lines += [f"  - id: {sid}", f"    en: {_quoted(english)}"]
        if entry.get("from"):  # the English its translations follow (stale when it differs)
            lines.append(f'    from: "{entry["from"]}"')
        elif entry.get("en") not in (None, english):
            lines.append(f'    from: "{fingerprint(entry["en"])}"')
        for lang in LANGUAGES:
            if isinstance(entry.get(lang), str):
                lines.append(f"    {lang}: {_quoted(entry[lang])}")
    return "\n".join(lines) + "\n"


def extract(path: Path) -> Path:
    """Write the catalogue of one data file; its path."""
    target = data_catalogue_path(path)
    old: dict[str, dict] = {}
    if target.exists():
        data = load_source(target).data
        old = {e["id"]: e for e in data.get("strings") or () if isinstance(e, dict) and "id" in e}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(path, source_strings(path), old), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--all", action="store_true", help="every data file that has a catalogue")
    args = parser.parse_args(argv)
    files = args.files + (translated_data_files() if args.all else [])
    if not files:
        parser.error("name data files, or --all")
    for path in files:
        target = extract(path.resolve())
        print(f"{path}: {len(source_strings(path.resolve()))} strings -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Record, in a string catalogue or a translated lesson, which English the translations now follow.

    python tools/stamp_translations.py coursekit/data/strings/scoring.yaml
    python tools/stamp_translations.py notebooks/src/es/01_five_need_levels.py

Run it after translating or re-translating: it writes `from: <fingerprint>` under each string's
`en:` (coursekit/schema/strings.py explains the check). Strings whose translations are missing
are left unstamped, so the check keeps reporting them.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coursekit.schema import DataFileError, load_file  # noqa: E402
from coursekit.schema.strings import fingerprint  # noqa: E402
from coursekit.sourcefile import load_source  # noqa: E402


def stamp(path: Path) -> int:
    """Rewrite the `from:` lines of a YAML catalogue; the number of strings stamped."""
    data = load_source(path).data
    languages = data.get("languages") or []
    prints = {s["id"]: fingerprint(s["en"]) for s in data["strings"]
              if isinstance(s.get("en"), str) and all(isinstance(s.get(lang), str) for lang in languages)}
    out, current, count = [], None, 0
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m:
            current = m.group(1)
        if re.match(r"^    from: ", line):
            continue  # written again below, after en:
        out.append(line)
        if re.match(r"^    en: ", line) and current in prints:
            out.append(f'    from: "{prints[current]}"')
            count += 1
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return count


def stamp_lesson(path: Path) -> int:
    """Stamp each Markdown cell of a translated lesson with its English cell's fingerprint."""
    from coursekit.translations import lesson_findings, lesson_stamps

    path.write_text(lesson_stamps(path), encoding="utf-8")
    for finding in lesson_findings(path):
        print(finding)
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if " from=" in line)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        if arg.endswith(".py"):
            print(f"{arg}: {stamp_lesson(Path(arg))} cells stamped")
            continue
        print(f"{arg}: {stamp(Path(arg))} strings stamped")
        try:
            load_file(Path(arg), "strings")
        except DataFileError as error:  # what is still missing or wrong, with its place
            print(error)
            sys.exit(1)

"""Find 8-word runs that course text shares with the English source articles and the brief.

Course text must carry the sources' ideas, never their sentences. This module turns text
into normalised 8-word runs ("shingles") and stores only short hashes of the sources' runs
in ``tests/data/source_8grams.txt``, so the check runs on a clean clone without the sources.

    python tools/source_overlap.py --refresh   rebuild the hash file from ../shared
    python tools/source_overlap.py             list every shared run, file by file
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
#: The English sources whose sentences must not reappear (seeds 000 and 003, the brief).
SOURCES: tuple[str, ...] = (
    "CONTENT_BRIEF.md",
    "seeds/000_d196fb9af49d77bd.txt",
    "seeds/003_8ba49eac30d6f3ed.txt",
)
HASHES = ROOT / "tests" / "data" / "source_8grams.txt"
RUN = 8
#: Course text: what trainees and instructors read.
COURSE_GLOBS: tuple[str, ...] = (
    "notebooks/src/*.py", "coursekit/data/**/*.yaml", "coursekit/lessons/*.py",
    "docs/*.md", "docs/*.yaml", "README.md",
)
#: A run made only of these words is a list of label ids or fixed terms, not a sentence.
FIXED_TERMS: frozenset[str] = frozenset(
    "product service experience relationship success impatient deliberate silent talkative "
    "hesitant reserved suspicious critical expert comprehensive prominent deep broad suggestive "
    "inquiry confirming identifying descriptive clarifying satisfaction additional open closed "
    "brush off no need money time bad think it over too expensive hypothesis counter question "
    "transformation know approve intent and or the a then".split()
)


def words(text: str) -> list[str]:
    """Lower-case words of ``text``: accents, quotes, markup and punctuation dropped."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"(\w)['’](\w)", r"\1\2", text.lower())
    return re.findall(r"[a-z0-9]+", text)


def runs(text: str, size: int = RUN) -> Iterator[tuple[str, ...]]:
    """Every ``size``-word run of ``text`` that is more than a list of fixed terms."""
    ws = words(text)
    for i in range(len(ws) - size + 1):
        run = tuple(ws[i:i + size])
        if not FIXED_TERMS.issuperset(run):
            yield run


def digest(run: Iterable[str]) -> str:
    """A 12-hex-digit hash of one run (what the hash file stores)."""
    return hashlib.blake2b(" ".join(run).encode(), digest_size=6).hexdigest()


def source_hashes(shared: Path = SHARED) -> set[str]:
    """Hashes of every run in the English sources."""
    return {digest(r) for name in SOURCES for r in runs((shared / name).read_text(encoding="utf-8"))}


def stored_hashes(path: Path = HASHES) -> set[str]:
    """The hashes kept in the repository."""
    return set(path.read_text(encoding="utf-8").split())


def course_files(root: Path = ROOT) -> list[Path]:
    """Every file of course text, sorted."""
    return sorted({p for pattern in COURSE_GLOBS for p in root.glob(pattern) if p.is_file()})


def shared_runs(text: str, hashes: set[str]) -> list[str]:
    """The runs of ``text`` whose hash is among ``hashes``, as plain strings, in order."""
    return [" ".join(r) for r in runs(text) if digest(r) in hashes]


def overlaps(hashes: set[str], root: Path = ROOT) -> dict[str, list[str]]:
    """Shared runs by course file (relative path), only for files that have any."""
    found = {}
    for path in course_files(root):
        hits = shared_runs(path.read_text(encoding="utf-8"), hashes)
        if hits:
            found[str(path.relative_to(root))] = hits
    return found


def main(argv: list[str]) -> int:
    """Refresh the hash file, or print every overlap; exit 1 when there is any."""
    if "--refresh" in argv:
        HASHES.write_text("\n".join(sorted(source_hashes())) + "\n", encoding="utf-8")
        print(f"wrote {HASHES.relative_to(ROOT)}")
        return 0
    found = overlaps(stored_hashes())
    for name, hits in found.items():
        for hit in hits:
            print(f"{name}: {hit}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

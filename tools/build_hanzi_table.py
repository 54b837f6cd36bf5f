#!/usr/bin/env python3
"""Write coursekit/scoring/hanzi_table.py, the Traditional -> Simplified character table the Chinese reader folds with.

    python3 tools/build_hanzi_table.py DICTIONARY_DIR

DICTIONARY_DIR is OpenCC's `dictionary` folder (Apache License 2.0; shipped, for example, inside the PyPI package
`opencc-python-reimplemented` as `opencc/dictionary`). Taiwan and Hong Kong variant forms are first taken to OpenCC's
standard Traditional form (TWVariantsRev.txt, HKVariantsRev.txt), then to Simplified (TSCharacters.txt, its first
choice). Only one-character entries are kept: the table folds characters, it does not convert phrases; and a character
Simplified writing uses too (STCharacters.txt's sources, TSCharacters.txt's targets) is left as it is.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "coursekit" / "scoring" / "hanzi_table.py"


def _pairs(path: Path) -> dict[str, str]:
    """One-character source -> its first one-character target, where they differ."""
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        source, targets = line.split("\t", 1)
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            pairs[source] = target
    return pairs


def main(folder: str) -> int:
    root = Path(folder)
    variants = _pairs(root / "TWVariantsRev.txt") | _pairs(root / "HKVariantsRev.txt")
    simplified = _pairs(root / "TSCharacters.txt")
    # (a character Simplified writing uses too - 么, 著, 乾 - stays: folding it would break the Simplified text)
    in_simplified = set(_pairs(root / "STCharacters.txt")) | set(simplified.values())
    table = {}
    for char in sorted((set(variants) | set(simplified)) - in_simplified):
        # (a variant goes to its standard form only on the way to a Simplified one: 抬 is no 擡)
        folded = simplified.get(variants.get(char, char)) or simplified.get(char, char)
        if folded != char:
            table[char] = folded
    traditional, plain = "".join(table), "".join(table.values())
    lines = ['"""Traditional (and Taiwan / Hong Kong variant) Chinese characters and their Simplified forms, one for one.',
             "",
             "Written by tools/build_hanzi_table.py from OpenCC's dictionaries (https://github.com/BYVoid/OpenCC,",
             'Apache License 2.0): TWVariantsRev.txt, HKVariantsRev.txt and TSCharacters.txt. Do not edit by hand."""',
             "", f"#: {len(table)} characters", "TRADITIONAL = ("]
    lines += [f'    "{traditional[i:i + 50]}"' for i in range(0, len(traditional), 50)]
    lines += [")", "SIMPLIFIED = ("]
    lines += [f'    "{plain[i:i + 50]}"' for i in range(0, len(plain), 50)]
    lines += [")", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT}: {len(table)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]) if len(sys.argv) == 2 else (print(__doc__), 2)[1])

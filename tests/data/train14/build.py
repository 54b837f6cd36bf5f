"""Build questions.jsonl from the hand-written lists in lines/*.py.
Only text, technique and form go into the output; business and style tags stay in the source."""
import json
from collections import Counter

from lines import inquiry, confirming, identifying, descriptive, clarifying, satisfaction, additional

SOURCES = [
    ("inquiry", inquiry.LINES),
    ("confirming", confirming.LINES),
    ("identifying", identifying.LINES),
    ("descriptive", descriptive.LINES),
    ("clarifying", clarifying.LINES),
    ("satisfaction", satisfaction.LINES),
    ("additional", additional.LINES),
]


def main():
    rows = []
    forms, styles, businesses = Counter(), Counter(), Counter()
    per_tech = {}
    for technique, lines in SOURCES:
        c = Counter()
        for form, business, style, text in lines:
            rows.append({"text": text, "technique": technique, "form": form})
            forms[form] += 1
            styles[style] += 1
            businesses[business] += 1
            c[form] += 1
        per_tech[technique] = c
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to questions.jsonl")
    for t, c in per_tech.items():
        print(f"  {t:13s} total={sum(c.values()):3d} closed={c['closed']:3d} open={c['open']:3d}")
    print("forms:", dict(forms))
    print("styles:", dict(styles))
    print(f"businesses ({len(businesses)}):", dict(sorted(businesses.items())))


if __name__ == "__main__":
    main()

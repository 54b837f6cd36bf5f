"""Build questions.jsonl from the hand-written source lists.

Source files hold literal tuples (text, form, business, voice); only text,
technique and form are written out. business and voice are kept in the
source for the README statistics.
"""
import json
import random
from collections import Counter

from src_questions_a import INQUIRY, CONFIRMING
from src_questions_b import IDENTIFYING, DESCRIPTIVE
from src_questions_c import CLARIFYING, SATISFACTION
from src_questions_d import ADDITIONAL

GROUPS = {
    "inquiry": INQUIRY,
    "confirming": CONFIRMING,
    "identifying": IDENTIFYING,
    "descriptive": DESCRIPTIVE,
    "clarifying": CLARIFYING,
    "satisfaction": SATISFACTION,
    "additional": ADDITIONAL,
}


def main():
    rows = []
    biz, voice, forms = Counter(), Counter(), Counter()
    per_tech_form = Counter()
    for tech, items in GROUPS.items():
        for text, form, business, v in items:
            rows.append({"text": text, "technique": tech, "form": form})
            biz[business] += 1
            voice[v] += 1
            forms[form] += 1
            per_tech_form[(tech, form)] += 1
    random.Random(13).shuffle(rows)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"wrote {len(rows)} lines to questions.jsonl")
    for tech in GROUPS:
        o = per_tech_form[(tech, "open")]
        c = per_tech_form[(tech, "closed")]
        print(f"  {tech:13s} total={o + c:3d} open={o:3d} closed={c:3d}")
    print(f"  forms: {dict(forms)}")
    print(f"  voices: {dict(voice)}  (p=plain, c=chat, f=fillers/non-native)")
    print(f"  businesses ({len(biz)}): {dict(sorted(biz.items()))}")


if __name__ == "__main__":
    main()

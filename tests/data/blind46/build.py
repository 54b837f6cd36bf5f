"""Write the three JSONL files from the hand-written source lists."""
import json

from src_need import NEED
from src_questions import QUESTIONS
from src_objections import OBJECTIONS


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(rows)} lines")


def main():
    write("need_levels.jsonl",
          [{"text": t, "label": lab} for lab, lines in NEED.items() for t in lines])
    write("questions.jsonl",
          [{"text": t, "technique": tech, "form": form}
           for tech, items in QUESTIONS.items() for t, form in items])
    write("objections.jsonl",
          [{"text": t, "label": lab} for lab, lines in OBJECTIONS.items() for t in lines])


if __name__ == "__main__":
    main()

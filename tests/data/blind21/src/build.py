"""Write the three blind21 JSONL files from the hand-written source lists."""
import json
from pathlib import Path

from src_need import NEED
from src_questions import QUESTIONS
from src_objections import OBJECTIONS

HERE = Path(__file__).resolve().parent


def write(name, rows):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)} lines")


def main():
    write("need_levels.jsonl",
          [{"text": t, "label": lab} for lab, lines in NEED.items() for t in lines])
    write("questions.jsonl",
          [{"text": t, "technique": tech, "form": form}
           for tech, lines in QUESTIONS.items() for t, form in lines])
    write("objections.jsonl",
          [{"text": t, "label": lab} for lab, lines in OBJECTIONS.items() for t in lines])


if __name__ == "__main__":
    main()

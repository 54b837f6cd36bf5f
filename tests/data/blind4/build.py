"""Convert the hand-written dialogue sources in src/ to JSONL and validate them.

Source format: a block starts with '=== id | field | field ...', a side starts with
'--- name', and each turn is 'T: text' (trainee) or 'C: text' (customer).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"monologue", "ignored_customer", "closing_as_open_question", "pitch_as_paraphrase",
         "upsell_as_loop_closing", "leading_tag_questions", "putdown_question", "blame",
         "not_my_department_or_read_the_terms", "social_proof_or_deadline_pressure",
         "keyword_stuffed", "rude", "pitch_to_upset", "repeated_questions", "wrong_paraphrase"}


def parse(path: Path, header_fields: list[str]) -> list[dict]:
    items, cur, side = [], None, None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("==="):
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) != len(header_fields):
                sys.exit(f"{path}:{n}: header needs {header_fields}")
            cur = dict(zip(header_fields, parts))
            items.append(cur)
        elif line.startswith("---"):
            side = line[3:].strip()
            cur[side] = []
        elif line[:2] in ("T:", "C:"):
            cur[side].append({"speaker": "trainee" if line[0] == "T" else "customer",
                              "text": line[2:].strip()})
        else:
            sys.exit(f"{path}:{n}: unrecognised line {line!r}")
    return items


def main() -> None:
    gaming = []
    for p in sorted((HERE / "src").glob("gaming*.txt")):
        gaming += parse(p, ["id", "business", "kind", "situation"])
    ranked = []
    for p in sorted((HERE / "src").glob("ranked*.txt")):
        ranked += parse(p, ["id", "situation"])
    ids = [g["id"] for g in gaming] + [r["id"] for r in ranked]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for g in gaming:
        assert g["id"].startswith("b4g_"), g["id"]
        assert g["kind"] in KINDS, g
        assert 6 <= len(g["good"]) <= 12, (g["id"], len(g["good"]))
        assert len(g["gaming"]) >= 6, g["id"]
        if g["kind"] == "monologue":
            assert all(t["speaker"] == "trainee" for t in g["gaming"]), g["id"]
        else:
            assert any(t["speaker"] == "customer" for t in g["gaming"]), g["id"]
    for r in ranked:
        assert r["id"].startswith("b4r_"), r["id"]
        assert r["better"] and r["worse"], r["id"]
    for name, rows in (("gaming_pairs.jsonl", gaming), ("ranked_pairs.jsonl", ranked)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name in ("gaming_pairs.jsonl", "ranked_pairs.jsonl"):
        for line in open(HERE / name, encoding="utf-8"):
            json.loads(line)
    from collections import Counter
    print("gaming", len(gaming), dict(Counter(g["kind"] for g in gaming)))
    print("ranked", len(ranked))
    for g in gaming:
        print(g["id"], len(g["good"]), len(g["gaming"]), sum(len(t["text"]) for t in g["good"]), sum(len(t["text"]) for t in g["gaming"]))
    for r in ranked:
        print(r["id"], len(r["better"]), len(r["worse"]))


if __name__ == "__main__":
    main()

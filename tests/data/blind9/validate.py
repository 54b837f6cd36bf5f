"""Check the blind9 files: parse, unique ids, valid speakers and kinds, turn shape."""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"monologue", "closing_as_open_question", "pitch_as_paraphrase", "upsell_as_loop_closing",
         "leading_tag_questions", "putdown_question", "not_my_department_or_read_the_terms",
         "social_proof_or_deadline_pressure", "keyword_stuffed", "rude", "ignored_customer",
         "repeated_questions", "wrong_paraphrase", "pitch_to_upset", "blame"}


def load(name):
    return [json.loads(l) for l in (HERE / name).read_text(encoding="utf-8").splitlines()]


def check_turns(t, where, alternate=True):
    assert isinstance(t, list) and t, where
    for x in t:
        assert set(x) == {"speaker", "text"}, where
        assert x["speaker"] in ("customer", "trainee"), where
        assert isinstance(x["text"], str) and x["text"].strip(), where
    if alternate:
        for a, b in zip(t, t[1:]):
            assert a["speaker"] != b["speaker"], f"{where}: two turns in a row by {a['speaker']}"


g, r = load("gaming_pairs.jsonl"), load("ranked_pairs.jsonl")
ids = [x["id"] for x in g + r]
assert len(ids) == len(set(ids)), "duplicate ids"
kinds = Counter()
for x in g:
    assert set(x) == {"id", "business", "kind", "situation", "good", "gaming"}, x["id"]
    assert x["kind"] in KINDS, x["id"]
    assert x["id"].startswith(f"b9g_{x['kind']}_"), x["id"]
    kinds[x["kind"]] += 1
    check_turns(x["good"], x["id"] + " good")
    assert 6 <= len(x["good"]) <= 12, (x["id"], len(x["good"]))
    assert x["good"][0]["speaker"] == "customer", x["id"]
    if x["kind"] == "monologue":
        assert all(t["speaker"] == "trainee" for t in x["gaming"]), x["id"]
        check_turns(x["gaming"], x["id"] + " gaming", alternate=False)
    else:
        check_turns(x["gaming"], x["id"] + " gaming")
for x in r:
    assert set(x) == {"id", "situation", "better", "worse"}, x["id"]
    assert x["id"].startswith("b9r_"), x["id"]
    check_turns(x["better"], x["id"] + " better")
    check_turns(x["worse"], x["id"] + " worse")
    assert x["better"][0] == x["worse"][0], f"{x['id']}: openings differ"
assert set(kinds) == KINDS and set(kinds.values()) == {2}, kinds
print(f"gaming_pairs: {len(g)} lines, {len(kinds)} kinds x2; ranked_pairs: {len(r)} lines; ids unique")

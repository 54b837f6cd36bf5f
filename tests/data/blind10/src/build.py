import json, common
import g1, g2, g3, g4, r1, r2
from common import PAIRS, RANKED, turns
with open("/tmp/blind10/gaming_pairs.jsonl", "w") as f:
    for p in PAIRS:
        rec = {"id": "b10g_" + p["kind"] + "_" + p["id"].split("_", 2)[2], "business": p["business"], "kind": p["kind"], "situation": p["situation"],
               "good": turns(p["opener"], p["good"]), "gaming": turns(p["opener"], p["gaming"])}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open("/tmp/blind10/ranked_pairs.jsonl", "w") as f:
    for r in RANKED:
        rec = {"id": r["id"], "situation": r["situation"], "better": turns(r["opener"], r["better"]),
               "worse": turns(r["opener"], r["worse"]), "contrast": r["note"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(PAIRS), len(RANKED))

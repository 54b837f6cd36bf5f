import json, sys
KINDS = {"monologue","closing_as_open_question","pitch_as_paraphrase","upsell_as_loop_closing","leading_tag_questions","putdown_question","not_my_department_or_read_the_terms","social_proof_or_deadline_pressure","keyword_stuffed","rude","ignored_customer","repeated_questions","wrong_paraphrase","pitch_to_upset","blame"}
def check_turns(turns, where):
    assert isinstance(turns, list) and len(turns) >= 2, where
    assert turns[0]["speaker"] == "customer", where + ": customer must speak first"
    for t in turns:
        assert set(t) == {"speaker", "text"}, where
        assert t["speaker"] in ("customer", "trainee"), where
        assert isinstance(t["text"], str) and t["text"].strip(), where
    return turns[0]["text"]
ok = True; ids = set(); counts = {}
for fn, a, b in (("gaming_pairs.jsonl", "good", "gaming"), ("ranked_pairs.jsonl", "better", "worse")):
    n = 0
    for i, line in enumerate(open(fn), 1):
        try:
            d = json.loads(line)
            assert d["id"] not in ids, "duplicate id " + d["id"]; ids.add(d["id"])
            assert d.get("situation"), "situation"
            if fn.startswith("gaming"):
                assert d["id"].startswith("b11g_") and d["kind"] in KINDS and d.get("business"), "kind/business/id"
                counts[d["kind"]] = counts.get(d["kind"], 0) + 1
            else:
                assert d["id"].startswith("b11r_"), "id"
            o1 = check_turns(d[a], f"{fn}:{i}:{a}"); o2 = check_turns(d[b], f"{fn}:{i}:{b}")
            assert o1 == o2, f"{fn}:{i}: openings differ"
            n += 1
        except Exception as e:
            ok = False; print("FAIL", fn, i, repr(e))
    print(fn, n, "lines")
print("kinds:", dict(sorted(counts.items())))
print("OK" if ok else "ERRORS"); sys.exit(0 if ok else 1)

#!/usr/bin/env python3
"""Write the blind26 JSONL files (and README.md) from the hand-written data files.

Data: data_gaming1.py, data_gaming2.py, data_gaming3.py (30 gaming pairs),
data_ranked_d.py, data_ranked_f.py (20 ranked pairs). Every customer line there
carries its hand-written objection label; this script only copies them into rows.
"""
import json
from collections import Counter
from pathlib import Path

import data_gaming1
import data_gaming2
import data_gaming3
import data_ranked_d
import data_ranked_f
from common import LABELS

HERE = Path(__file__).resolve().parent
SET = "blind26"  # the folder name the sources start with

GAMING = data_gaming1.PAIRS + data_gaming2.PAIRS + data_gaming3.PAIRS
RANKED = data_ranked_d.PAIRS + data_ranked_f.PAIRS


def side_turns(pair, side):
    """-> (turns for JSON, {index: label} for customer turns after the opening)."""
    turns = [{"speaker": "customer", "text": pair["open"]}]
    labels = {}
    for t in pair[side]:
        if t[0] == "customer":
            labels[len(turns)] = t[2]
        turns.append({"speaker": t[0], "text": t[1]})
    return turns, labels


def check(pair, sides, lo, hi):
    for side in sides:
        turns, labels = side_turns(pair, side)
        assert lo <= len(turns) <= hi, (pair["id"], side, len(turns))
        for i in range(1, len(turns)):
            assert turns[i]["speaker"] != turns[i - 1]["speaker"], (pair["id"], side, i)
        for lab in labels.values():
            assert lab in LABELS, (pair["id"], side, lab)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    gaming_rows, ranked_rows, obj_rows = [], [], []
    for p in GAMING:
        check(p, ("good", "gaming"), 6, 11)
        good, _ = side_turns(p, "good")
        gaming, _ = side_turns(p, "gaming")
        gaming_rows.append({"id": p["id"], "business": p["business"], "kind": p["kind"],
                            "situation": p["situation"], "good": good, "gaming": gaming})
    for p in RANKED:
        check(p, ("better", "worse"), 6, 8)
        better, _ = side_turns(p, "better")
        worse, _ = side_turns(p, "worse")
        ranked_rows.append({"id": p["id"], "situation": p["situation"], "better": better, "worse": worse})
    for pairs, sides in ((GAMING, ("good", "gaming")), (RANKED, ("better", "worse"))):
        for p in pairs:
            for side in sides:
                turns, labels = side_turns(p, side)
                for i, lab in sorted(labels.items()):
                    obj_rows.append({"before": turns[i - 1]["text"], "text": turns[i]["text"],
                                     "objection": lab, "source": f"{SET}/{p['id']}/{side}/{i}"})
    write_jsonl(HERE / "gaming_pairs.jsonl", gaming_rows)
    write_jsonl(HERE / "ranked_pairs.jsonl", ranked_rows)
    write_jsonl(HERE / "dialogue_objections.jsonl", obj_rows)
    write_readme(gaming_rows, ranked_rows, obj_rows)
    print(f"gaming_pairs.jsonl {len(gaming_rows)}, ranked_pairs.jsonl {len(ranked_rows)}, "
          f"dialogue_objections.jsonl {len(obj_rows)}")
    print(dict(Counter(r["objection"] or "null" for r in obj_rows).most_common()))


def write_readme(gaming_rows, ranked_rows, obj_rows):
    labels = Counter(r["objection"] or "null" for r in obj_rows)
    by_file = {"gaming_pairs": Counter(), "ranked_pairs": Counter()}
    gaming_ids = {p["id"] for p in GAMING}
    for r in obj_rows:
        pid = r["source"].split("/")[1]
        by_file["gaming_pairs" if pid in gaming_ids else "ranked_pairs"][r["objection"] or "null"] += 1
    countries = sorted({p["country"] for p in GAMING + RANKED})
    chat = sum("chat" in p["style"] for p in GAMING + RANKED)
    nonnative = sum("non-native" in p["style"] or "Malaysian English" in p["style"]
                    or "Indian English" in p["style"] or "Taglish" in p["style"] for p in GAMING + RANKED)
    L = []
    L.append("# blind26: hand-written blind dialogue test set\n")
    L.append("Author: a helper session started by the project, 2026-12-02. Every dialogue, every "
             "customer line and every objection label was written by hand by that session, from its "
             "own judgement of good and bad sales/service practice (needs at the five levels of product, "
             "service, experience, relationship and success; open questions; playing back what the "
             "customer said; testing objections; staying calm with upset customers; asking what else "
             "they need; agreeing a clear next step).\n")
    L.append("## What was read\n")
    L.append("- Read: only this helper's own folder `/tmp/helper26` (SPEC.md, validate.py, "
             "dialogue_set_check.py).\n- Not read: nothing under `/work` (no project code, no other data "
             "sets, no scorer) and nothing else under `/tmp`. No external data, model or data set was used.\n"
             "- **Never measured**: the set has not been run through any scorer or model. Only the "
             "structural check `python3 validate.py` was run.\n")
    L.append("## Files\n")
    L.append("| file | lines |\n|---|---|")
    L.append(f"| gaming_pairs.jsonl | {len(gaming_rows)} (15 kinds x 2) |")
    L.append(f"| ranked_pairs.jsonl | {len(ranked_rows)} (d01-d10, f01-f10) |")
    L.append(f"| dialogue_objections.jsonl | {len(obj_rows)} (every customer turn that follows a trainee turn) |")
    L.append("| README.md | this file |")
    L.append("| build.py | writes the three JSONL files and this README from the data files |")
    L.append("| common.py, data_gaming1.py, data_gaming2.py, data_gaming3.py, data_ranked_d.py, data_ranked_f.py | "
             "the hand-written dialogues, each customer line with its hand-written label |")
    L.append("| validate.py, dialogue_set_check.py | the structural check (copied unchanged from /tmp/helper26) |\n")
    L.append("The set lives in a folder named `blind26` because dialogue_set_check.py builds the expected "
             "`source` prefix from the folder name; run `python3 build.py && python3 validate.py` inside it.\n")
    L.append("Turns per side: gaming pairs 6-11, ranked pairs 6-8; the customer speaks first, speakers "
             "alternate, and both sides of a pair open with the same customer line.\n")
    L.append("## Gaming pairs (kind, id, business)\n")
    L.append("| kind | id | business | customer style |\n|---|---|---|---|")
    for p in GAMING:
        L.append(f"| {p['kind']} | {p['id']} | {p['business']} | {p['style']} |")
    L.append("")
    L.append("## Ranked pairs\n")
    L.append("d01-d10: both sides decent, `better` clearly better. f01-f10: nearly identical sides, one real "
             "fault in `worse`.\n")
    L.append("| id | country | style | what makes `better` better / the fault in `worse` |\n|---|---|---|---|")
    for p in RANKED:
        L.append(f"| {p['id']} | {p['country']} | {p['style']} | {p.get('point') or p.get('fault')} |")
    L.append("")
    L.append("## Coverage\n")
    L.append(f"- {len(countries)} countries on six continents: {', '.join(countries)}.")
    L.append("- Sectors: trades (plumber, car repair, kitchen fitter, paint shop, bike shop, solar), B2B "
             "software and services (payroll, CRM, cybersecurity, school software, web design, freight, "
             "printing, accountancy, event venue), retail (phones, home goods, furniture, car dealer), "
             "hospitality (hotels, resort, bistro), healthcare (vet, dentist, pharmacy, home care), banking "
             "and insurance, telecom and utilities (broadband, mobile, energy), public services and "
             "education (university admissions, language school, maths academy), travel (airline, baggage, "
             "car rental, travel agency), housing (letting, coworking).")
    L.append(f"- Styles: {chat} of 50 dialogues are typed chat (lowercase, abbreviations, typos); the rest "
             f"are spoken (fillers, false starts); {nonnative} have non-native or regional English. "
             "Temperaments include hurried, anxious, upset, sceptical, chatty, elderly, first-time buyer "
             "and expert customers.")
    L.append("- The gaming sides use the surface features a scorer might reward (open-sounding questions, "
             "play-back phrases, 'did I understand you correctly?', rubric words, satisfaction and "
             "anything-else questions) in varied wording, while doing the bad thing their kind names.\n")
    L.append("## Objection labels (dialogue_objections.jsonl)\n")
    L.append("| label | all | gaming_pairs | ranked_pairs |\n|---|---|---|---|")
    for lab in ["null", "brush_off", "no_need", "no_money", "no_time", "bad_experience",
                "think_it_over", "too_expensive"]:
        L.append(f"| {lab} | {labels.get(lab, 0)} | {by_file['gaming_pairs'].get(lab, 0)} | "
                 f"{by_file['ranked_pairs'].get(lab, 0)} |")
    L.append(f"| total | {len(obj_rows)} | {sum(by_file['gaming_pairs'].values())} | "
             f"{sum(by_file['ranked_pairs'].values())} |\n")
    L.append("Labelling rules followed: an objection pushes back on what the trainee offers or proposes, or "
             "on going ahead. Answering a question (even with budget, time or past-problem facts), agreeing, "
             "asking about the offer, correcting the trainee and complaining about a service failure are "
             "null. A line mixing agreement with a real reservation gets the reservation's label. Where a "
             "line could carry two reservations, it was written so that only one is present.\n")
    (HERE / "README.md").write_text("\n".join(L), encoding="utf-8")


if __name__ == "__main__":
    main()

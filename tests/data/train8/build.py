#!/usr/bin/env python3
"""Turn hand-written src/part*.txt (label || before || text) into JSONL. Adds no text."""
import json, glob, re
import pathlib
HERE = pathlib.Path(__file__).resolve().parent
rows = []
for path in sorted(glob.glob(str(HERE / 'src' / 'part*.txt')), key=lambda p: int(re.search(r'part(\d+)', p).group(1))):
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            parts = line.split(' || ')
            assert len(parts) == 3, (path, ln, line)
            label, before, text = (p.strip() for p in parts)
            rows.append((None if label == 'null' else label, before, text))
with open(HERE / 'dialogue_objections.jsonl', 'w', encoding='utf-8') as out:
    for i, (label, before, text) in enumerate(rows, 1):
        out.write(json.dumps({"before": before, "text": text, "objection": label,
                              "source": f"train8/{i}"}, ensure_ascii=False) + '\n')
print(len(rows), 'rows written')

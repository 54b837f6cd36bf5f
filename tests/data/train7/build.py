# Reads inputs and writes rows; labels come only from the hand-typed dict in labels.py.
import json
import pathlib
HERE = pathlib.Path(__file__).resolve().parent
exec((HERE / 'labels.py').read_text(encoding='utf-8'))
CODES = {'-': None, 'BO': 'brush_off', 'NN': 'no_need', 'NM': 'no_money', 'NT': 'no_time',
         'BE': 'bad_experience', 'TH': 'think_it_over', 'TE': 'too_expensive'}
base = str(pathlib.Path(__file__).resolve().parent.parent)
rows, seen, problems = [], set(), []
for d in ['blind11', 'blind12', 'blind13']:
    for f, sides in [('gaming_pairs.jsonl', ('good', 'gaming')), ('ranked_pairs.jsonl', ('better', 'worse'))]:
        for line in open(f'{base}/{d}/{f}', encoding='utf-8'):
            if not line.strip(): continue
            r = json.loads(line)
            for s in sides:
                key = f"{d}/{r['id']}/{s}"
                turns = r[s]
                idx = [i for i, t in enumerate(turns) if t['speaker'] == 'customer' and i > 0 and turns[i-1]['speaker'] == 'trainee']
                if key not in L:
                    problems.append(f'missing {key}'); continue
                seen.add(key)
                codes = L[key].split()
                if len(codes) != len(idx):
                    problems.append(f'count mismatch {key}: {len(codes)} vs {len(idx)}'); continue
                for i, c in zip(idx, codes):
                    rows.append({'before': turns[i-1]['text'], 'text': turns[i]['text'],
                                 'objection': CODES[c], 'source': f'{key}/{i}'})
extra = set(L) - seen
problems += [f'extra {k}' for k in extra]
if problems:
    print('\n'.join(problems)); raise SystemExit(1)
with open(str(pathlib.Path(__file__).resolve().parent / 'dialogue_objections.jsonl'), 'w', encoding='utf-8') as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + '\n')
from collections import Counter
print(len(rows), Counter(r['objection'] for r in rows))

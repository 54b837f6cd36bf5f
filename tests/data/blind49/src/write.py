import json, sys
sys.path.insert(0, '/tmp/b49/src')
from need import need
from q import q
from obj import obj
def w(name, rows):
    with open('/tmp/b49/' + name, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
w('need_levels.jsonl', [{"text": t, "label": l} for l, t in need])
w('questions.jsonl', [{"text": t, "technique": k, "form": fm} for k, fm, t in q])
w('objections.jsonl', [{"text": t, "label": l} for l, t in obj])

"""Write need_levels.jsonl and objections.jsonl from the hand-written source lists."""
import json
import random

from src_need_product import PRODUCT_CUSTOMER, PRODUCT_STAFF
from src_need_service import SERVICE_CUSTOMER, SERVICE_STAFF
from src_need_experience import EXPERIENCE_CUSTOMER, EXPERIENCE_STAFF
from src_need_relationship import RELATIONSHIP_CUSTOMER, RELATIONSHIP_STAFF
from src_need_success import SUCCESS_CUSTOMER, SUCCESS_STAFF
from src_objections import (BRUSH_OFF, NO_NEED, NO_MONEY, NO_TIME,
                            BAD_EXPERIENCE, THINK_IT_OVER, TOO_EXPENSIVE)

NEED = {
    "product": PRODUCT_CUSTOMER + PRODUCT_STAFF,
    "service": SERVICE_CUSTOMER + SERVICE_STAFF,
    "experience": EXPERIENCE_CUSTOMER + EXPERIENCE_STAFF,
    "relationship": RELATIONSHIP_CUSTOMER + RELATIONSHIP_STAFF,
    "success": SUCCESS_CUSTOMER + SUCCESS_STAFF,
}

OBJECTIONS = {
    "brush_off": BRUSH_OFF,
    "no_need": NO_NEED,
    "no_money": NO_MONEY,
    "no_time": NO_TIME,
    "bad_experience": BAD_EXPERIENCE,
    "think_it_over": THINK_IT_OVER,
    "too_expensive": TOO_EXPENSIVE,
}


def write(path, groups, seed):
    rows = [{"text": t.strip(), "label": lab} for lab, texts in groups.items() for t in texts]
    random.Random(seed).shuffle(rows)  # interleave labels; order only
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(path, len(rows), {k: len(v) for k, v in groups.items()})


if __name__ == "__main__":
    write("need_levels.jsonl", NEED, 11)
    write("objections.jsonl", OBJECTIONS, 12)

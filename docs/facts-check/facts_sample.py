"""The hand-checked sample of indicator facts: build it, and score the judgments of it.

    lawie extract corpus/reports -o /tmp/seeds.jsonl
    python docs/facts-check/facts_sample.py sample /tmp/seeds.jsonl > docs/facts-check/sample-final.jsonl
    python docs/facts-check/facts_sample.py score docs/facts-check/judgments-final.jsonl

The sample is every fact of the five seed reports; a person (here a reviewer session that saw only
the sample, the report texts and the rubric in docs/facts.md) writes one judgment per fact.
"""
import json
import sys
from collections import Counter

FIELDS = ("value", "metric", "action")


def sample(records_path: str) -> None:
    for line in open(records_path, encoding="utf-8"):
        record = json.loads(line)
        for n, fact in enumerate(record["facts"]):
            row = {"report": record["id"], "n": n, "value_text": fact["text"], "start": fact["start"],
                   "end": fact["end"], **{k: fact[k] for k in ("metric", "action", "value", "unit", "approx", "evidence")}}
            print(json.dumps(row, ensure_ascii=False))


def score(judgments_path: str) -> None:
    judgments = [json.loads(line) for line in open(judgments_path, encoding="utf-8")]
    for field in FIELDS:
        counts = Counter(j[field] for j in judgments)
        print(f"{field:7} precision {counts['correct'] / len(judgments):.3f} ({counts['correct']} of {len(judgments)})")
    all_right = sum(all(j[f] == "correct" for f in FIELDS) for j in judgments)
    print(f"all three {all_right / len(judgments):.3f} ({all_right} of {len(judgments)})")


if __name__ == "__main__":
    {"sample": sample, "score": score}[sys.argv[1]](sys.argv[2])

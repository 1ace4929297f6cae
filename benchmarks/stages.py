"""Where a batch case's time goes: µs per case for each stage of the batch path, on one core (CPU time).

Usage: python benchmarks/stages.py [--cases N] [--quick]

The benchmark's varied cases (benchmarks/cases.py) go through the same calls as `medins batch` does for a JSON
line — orjson.loads, answers.plain_answers (the id left out, as batch's check_one reads a line), inputs.build_case,
policy.load_chain, engine.advise, render_json.line_document, orjson.dumps — each timed on its own. Two passes: the
first fills what is kept per policy chain (as the first lines of a long batch do), the second is printed. 20,000
cases/s is 50 µs in all.
--quick runs a few hundred cases for CI and asserts nothing about time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import TODAY, jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read line", "answers", "build case", "policy chain", "engine", "document", "write line")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true", help="CI: a few hundred cases, no timing claims")
    args = parser.parse_args()
    import orjson

    from medins_cli import render_json
    from medins_cli.answers import plain_answers
    from medins_cli.engine import advise
    from medins_cli.errors import MedinsError
    from medins_cli.inputs import build_case
    from medins_cli.messages import face
    from medins_cli.policy import load_chain
    from medins_cli.policy_files import policy_root
    from medins_cli.regions import load_regions

    # What batch writes a JSON line with (line_document, where the version has it; else advice_to_dict).
    document = getattr(render_json, "line_document", render_json.advice_to_dict)
    from medins_cli.workdays import load_published

    n = 300 if args.quick else args.cases
    lines = jsonl(n, ROOT / "policies").splitlines()
    today = dt.date.fromisoformat(TODAY)
    regions, published = load_regions(None), load_published(policy_root())
    clock = time.process_time
    spent = dict.fromkeys(STAGES, 0.0)
    with face("answers"):  # as batch renders its lines
        for _ in range(2):
            spent = dict.fromkeys(STAGES, 0.0)
            done = 0
            for line in lines:
                t0 = clock()
                doc = orjson.loads(line)
                t1 = clock()
                try:
                    raw = plain_answers(doc, skip="id")
                    if raw is None:  # none of the benchmark's lines: batch reads one with raw_from_mapping
                        continue
                    t2 = clock()
                    case = build_case(raw, regions, today)
                    t3 = clock()
                    chain = load_chain(case.insured.chain_codes, on=case.event_date, root=None)
                    t4 = clock()
                    advice = advise(case, chain, published)
                    t5 = clock()
                    out = document(advice, "zh")
                    t6 = clock()
                    orjson.dumps(out, option=orjson.OPT_APPEND_NEWLINE)
                    t7 = clock()
                except MedinsError:
                    continue
                done += 1
                for stage, took in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6),
                                       strict=True):
                    spent[stage] += took
    total = sum(spent.values())
    from medins_cli import build_line

    print(build_line())
    print(f"{done} cases, µs per case (CPU, the second pass):")
    for stage, took in spent.items():
        print(f"  {stage:13s} {took / done * 1e6:7.1f}")
    print(f"  {'total':13s} {total / done * 1e6:7.1f}  → {done / total:,.0f} cases/s (20,000 cases/s = 50 µs)")


if __name__ == "__main__":
    main()

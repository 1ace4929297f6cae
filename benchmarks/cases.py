"""Varied batch cases for the benchmarks: every scenario, 60+ regions in a cycling order, costs, dates 2024–2027.

The order of insured regions walks the whole list before repeating, so a cache smaller than the policy tree
misses on every line (the trap a maxsize=64 cache fell into with 65 files).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

SCENARIOS = ("long-term", "emergency", "referral", "pharmacy", "pharmacy-account", "temporary", "异地安置退休",
             "急诊", "跨省购药")
TODAY = "2026-06-15"


def region_names(root: Path) -> list[str]:
    """Every region with a policy file, plus prefectures without one (they inherit their province's)."""
    regions = json.loads((root / "regions.json").read_text(encoding="utf-8"))["regions"]
    by_code = {r["code"]: r for r in regions}
    with_files = sorted({p.name[:6] for p in (root / "regions").glob("*.yaml")})
    names = [by_code[c]["name"] for c in with_files if c in by_code]
    extra = [r["name"] for r in regions if r["code"] not in with_files and r["kind"] == "prefecture"]
    return names + extra[:40]


def cases(n: int, root: Path, seed: int = 7) -> Iterator[dict[str, object]]:
    rnd = random.Random(seed)
    names = region_names(root)
    for i in range(n):
        insured = names[i % len(names)]
        treated = names[(i * 7 + 3) % len(names)]
        scenario = SCENARIOS[i % len(SCENARIOS)]
        year = 2024 + (i // 3) % 4
        event = f"{year}-{1 + i % 12:02d}-{1 + (i * 5) % 28:02d}"
        case: dict[str, object] = {"id": f"c{i}", "scenario": scenario, "insured_in": insured, "treated_in": treated,
                                   "event_date": event}
        if i % 2:
            # 城乡居民 have no personal account: pharmacy-account is an employee's case (a resident's is refused).
            case["insurance"] = "resident" if i % 4 == 1 and scenario != "pharmacy-account" else "employee"
        if i % 5 == 0 and case.get("insurance") != "resident":
            case["retired"] = True
        if scenario not in ("pharmacy", "pharmacy-account", "跨省购药"):
            case["hospital_level"] = 1 + i % 3
            case["cost"] = rnd.randrange(800, 300000)
            if i % 3 == 0:
                case["out_of_catalog"] = f"{rnd.randrange(0, 30)}%"
            if i % 11 == 0:
                case["stay"] = 2
        else:
            case["cost"] = rnd.randrange(50, 5000)
        if i % 4 == 0:
            case["filed"] = True
        if i % 13 == 0 and event <= TODAY:
            case["settled"] = True
        if i % 17 == 0:
            case["ratio"] = "85%"
            case["deductible"] = 1200
        yield case


def jsonl(n: int, root: Path, seed: int = 7) -> bytes:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases(n, root, seed)).encode()

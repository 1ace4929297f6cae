"""Start-up time of medins commands against `python -c "import typer, yaml"`, paired in one run.

Usage: python benchmarks/startup.py [--runs N] [--quick]

Each round runs the reference and then every command once, in fresh interpreters, so that a busy machine
slows all of them alike; the ratio of medians is what to watch (targets from issue 11: check --json ≤ 1.5,
human output ≤ 2, policies list/coverage ≤ 2, validate ≤ 3). --quick (CI) does 3 rounds and claims nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

CASE = ["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date",
        "2026-12-20", "--today", "2026-11-23", "--cost", "22000"]
COMMANDS = {
    "check --json": (CASE + ["--json"], 1.5),
    "check (human)": (CASE, 2.0),
    "policies list": (["policies", "list", "--date", "2026-11-23"], 2.0),
    "policies coverage": (["policies", "coverage", "--date", "2026-11-23"], 2.0),
    "policies validate": (["policies", "validate"], 3.0),
}


# As a person runs it: bytecode cached (pip compiles an installed package's .pyc at install time; the
# reference's site-packages have theirs), so PYTHONDONTWRITEBYTECODE, if the shell sets it, is dropped.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "COLUMNS": "100"}


def once(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="CI: 3 rounds, no claims")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    reference = [sys.executable, "-c", "import typer, yaml"]
    commands = {name: [sys.executable, "-m", "medins_cli", *argv] for name, (argv, _) in COMMANDS.items()}
    for cmd in (reference, *commands.values()):  # warm the file cache, .pyc files and the policy cache
        once(cmd)
    times: dict[str, list[float]] = {"import typer, yaml": [], **{name: [] for name in commands}}
    for _ in range(runs):
        times["import typer, yaml"].append(once(reference))
        for name, cmd in commands.items():
            times[name].append(once(cmd))
    base = statistics.median(times["import typer, yaml"])
    print(f"{runs} alternating rounds; median wall time per command")
    for name, xs in times.items():
        target = COMMANDS[name][1] if name in COMMANDS else None
        ratio = statistics.median(xs) / base
        missed = "" if target is None or ratio <= target else ", MISSED"
        verdict = "" if target is None else f"  ratio {ratio:.2f} (target ≤ {target}{missed})"
        print(f"{name:20s} median {statistics.median(xs):7.1f} ms  best {min(xs):7.1f} ms{verdict}")


if __name__ == "__main__":
    main()

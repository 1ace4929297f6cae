"""Start-up time of the one-shot --json path, against `python -c "import typer, yaml"` in the same run.

Usage: python benchmarks/startup.py [--runs N]
Prints the best and median wall time of each over N fresh interpreters, and the ratio of the medians.
Not a test: numbers depend on the machine; the ratio is what to watch.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASE = ["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date",
        "2026-12-20", "--today", "2026-11-23", "--cost", "22000", "--json"]


def timed(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    baseline_cmd = [sys.executable, "-c", "import typer, yaml"]
    medins_cmd = [sys.executable, "-m", "medins_cli", *CASE]
    timed(medins_cmd, 2)  # warm the file cache and .pyc files
    base = timed(baseline_cmd, args.runs)
    med = timed(medins_cmd, args.runs)
    for name, xs in (("import typer, yaml", base), ("medins check --json", med)):
        print(f"{name:22s} best {min(xs):7.1f} ms   median {statistics.median(xs):7.1f} ms")
    print(f"ratio (median medins / median baseline): {statistics.median(med) / statistics.median(base):.2f}")


if __name__ == "__main__":
    main()

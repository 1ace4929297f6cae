"""Throughput and memory of the batch path (JSON line → advice → compact JSON line), and how it scales.

Usage: python benchmarks/batch.py [--cases N] [--scale K] [--quick]

- throughput: N varied cases (benchmarks/cases.py: every scenario, 100+ regions in a cycling order that
  defeats small caches, costs, dates 2024–2027) through `medins_cli.batch.run` in this process, on one core;
  cases/s counts CPU time of this process (the machine is shared; wall time is printed too);
- memory: the process's peak RSS after each fifth of the input; flat means the last fifth adds ~nothing;
- scaling (--scale K, default 10): the same cases against a copy of the policy tree with every regional file
  repeated K times as synthetic regions (`medins_cli.policy_synth`), and `policies validate` on both trees.
--quick runs a few hundred cases for CI and asserts nothing about time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contextlib

from cases import TODAY, jsonl  # noqa: E402
from synth import multiply_tree  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"


class _Null(io.RawIOBase):
    def write(self, b: bytes) -> int:  # type: ignore[override]
        return len(b)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(data: bytes, root: Path | None, parts: int = 5) -> tuple[float, float, list[float], int]:
    """(cases/s by CPU time, cases/s by wall time, peak RSS after each part, bad lines)."""
    from medins_cli import policy_files
    from medins_cli.batch import run

    policy_files.policy_root.cache_clear()
    import os

    if root is not None:
        os.environ["MEDINS_POLICY_DIR"] = str(root)
    else:
        os.environ.pop("MEDINS_POLICY_DIR", None)
    lines = data.splitlines(keepends=True)
    step = max(len(lines) // parts, 1)
    today = dt.date.fromisoformat(TODAY)
    # Warm-up: the first line of each region loads its policy files (a one-off cost, like a cache fill).
    run(io.BytesIO(b"".join(lines[:400])), _Null(), name="warm", today=today, lang="zh")
    cpu = wall = 0.0
    marks = []
    bad = 0
    for i in range(0, len(lines), step):
        chunk = io.BytesIO(b"".join(lines[i:i + step]))
        c0, w0 = time.process_time(), time.perf_counter()
        summary = run(chunk, _Null(), name="bench", today=today, lang="zh")
        cpu += time.process_time() - c0
        wall += time.perf_counter() - w0
        bad += summary.bad
        marks.append(rss_mb())
    return len(lines) / cpu, len(lines) / wall, marks, bad


def check_rate(data: bytes, root: Path | None, n: int = 20_000) -> float:
    """service.check alone (the `medins check` core, no output) over the first n cases: cases/s by CPU time."""
    import json
    import os

    from medins_cli import policy_files
    from medins_cli.answers import raw_from_mapping
    from medins_cli.errors import MedinsError
    from medins_cli.service import check

    policy_files.policy_root.cache_clear()
    if root is not None:
        os.environ["MEDINS_POLICY_DIR"] = str(root)
    else:
        os.environ.pop("MEDINS_POLICY_DIR", None)
    today = dt.date.fromisoformat(TODAY)
    raws = []
    for line in data.splitlines()[:n]:
        doc = json.loads(line)
        doc.pop("id", None)
        raws.append(raw_from_mapping(doc, "bench"))
    for raw in raws[:400]:  # warm-up: load each region's files once
        with contextlib.suppress(MedinsError):
            check(raw, today)
    start = time.process_time()
    for raw in raws:
        with contextlib.suppress(MedinsError):
            check(raw, today)
    return len(raws) / (time.process_time() - start)


def validate_seconds(root: Path) -> float:
    from medins_cli.policy_tools import validate_all

    start = time.process_time()
    result = validate_all(root)
    assert result.files, root
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="CI: a few hundred cases, no timing claims")
    args = parser.parse_args()
    from medins_cli import build_line

    print(build_line())
    n = 600 if args.quick else args.cases
    data = jsonl(n, POLICIES)
    cps, wps, marks, bad = throughput(data, None)
    check_real = check_rate(data, None, min(n, 20_000))
    print(f"batch, real tree: {n} cases, {bad} bad: {cps:,.0f} cases/s (CPU), {wps:,.0f} cases/s (wall)")
    print("peak RSS after each fifth (MB): " + " ".join(f"{m:.1f}" for m in marks)
          + f"  (last fifth added {marks[-1] - marks[-2] if len(marks) > 1 else 0:.1f} MB)")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "policies"
        files = multiply_tree(POLICIES, big, args.scale)
        cps_big, wps_big, _, bad_big = throughput(data, big)
        print(f"batch, tree ×{args.scale} ({files} files): {cps_big:,.0f} cases/s (CPU); "
              f"ratio real/×{args.scale} = {cps / cps_big:.2f}")
        check_big = check_rate(data, big, min(n, 20_000))
        print(f"check (service.check, no output): real tree {check_real:,.0f} cases/s, ×{args.scale} "
              f"{check_big:,.0f} cases/s; ratio {check_real / check_big:.2f}")
        v_real, v_big = validate_seconds(POLICIES), validate_seconds(big)
        real_files = len(list((POLICIES / "regions").glob("*.yaml"))) + 1
        print(f"validate: real tree {v_real * 1000:.0f} ms ({real_files} files), ×{args.scale} "
              f"{v_big * 1000:.0f} ms ({files} files); per file {v_real / real_files * 1000:.2f} vs "
              f"{v_big / files * 1000:.2f} ms (ratio {(v_big / files) / (v_real / real_files):.2f}; 1.0 = linear)")
    if bad or bad_big:
        print(f"note: {bad} / {bad_big} lines were bad inputs (reported as error records)")


if __name__ == "__main__":
    main()

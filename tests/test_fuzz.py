"""Fuzzing flags, answers files and policy files (benchmarks/fuzz.py holds the generators and the checks).

A few hundred derandomized cases per kind, so CI stays fast and stable; the long run (10,000 cases, with
times and memory) is `python benchmarks/fuzz.py`, see docs/fuzzing.md. Each case must end in advice or a
clean error (never exit 70 or a stray exception); advice must be valid against the JSON schema and keep the
money straight (fund + 大病 + out-of-pocket = total to the fen, nothing below zero).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from benchmarks.fuzz import (
    Stats,
    answers_files,
    check_answers,
    check_args,
    check_cli,
    check_policy,
    peak_rss_mb,
    policy_files,
)

FUZZ = settings(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def assert_clean(stats: Stats) -> None:
    assert [f"{f.kind}: {f.case[:200]} -> {f.detail}" for f in stats.findings] == []


@settings(FUZZ, max_examples=600)
@given(check_args())
def test_fuzz_check_flags(args: list[str]) -> None:
    stats = Stats()
    check_cli(args, stats)
    assert_clean(stats)


@settings(FUZZ, max_examples=400)
@given(answers_files())
def test_fuzz_answers_files(tmp_path: Path, case: tuple[str, str]) -> None:
    stats = Stats()
    check_answers(*case, stats, tmp_path)
    assert_clean(stats)


counter: dict[str, int] = {"n": 0}


@settings(FUZZ, max_examples=250)
@given(policy_files())
def test_fuzz_policy_files(tmp_path: Path, case: tuple[str, str]) -> None:
    counter["n"] += 1
    stats = Stats()
    check_policy(*case, stats, tmp_path, counter["n"])
    assert_clean(stats)


@pytest.mark.parametrize("kind", ["after the fuzz tests"])
def test_fuzzing_stayed_within_memory(kind: Any) -> None:
    # The process's peak resident memory bounds every case above (a YAML bomb used to take 2 GB).
    assert peak_rss_mb() < 1000

"""The compiled policy cache: same advice with or without it, never stale, a broken entry is only a miss."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.test_installed import medins_cmd

ROOT = Path(__file__).resolve().parent.parent
CASE = ["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date", "2026-12-20",
        "--today", "2026-11-23", "--cost", "22000", "--json"]


def run(cache: Path | None, policies: Path | None = None) -> tuple[int, dict]:
    env = {k: v for k, v in os.environ.items() if k not in ("MEDINS_CACHE_DIR", "MEDINS_NO_CACHE")}
    if cache is None:
        env["MEDINS_NO_CACHE"] = "1"
    else:
        env["MEDINS_CACHE_DIR"] = str(cache)
    if policies is not None:
        env["MEDINS_POLICY_DIR"] = str(policies)
    proc = subprocess.run(medins_cmd() + CASE, capture_output=True, text=True, timeout=60, env=env)
    return proc.returncode, json.loads(proc.stdout)


def test_cached_and_uncached_advice_are_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plain = run(None)
    first = run(cache)  # fills the cache
    # The region table is kept in three parts (cities; counties' rows; counties' names), loaded as needed.
    assert sorted(p.name.split("-")[0] for p in cache.glob("*.pickle")) == ["policy"] * 3 + ["regions"] * 3
    assert (cache.stat().st_mode & 0o777) == 0o700
    second = run(cache)  # reads it
    assert plain == first == second


def test_an_edited_policy_file_is_never_served_from_the_cache(tmp_path: Path) -> None:
    cache, tree = tmp_path / "cache", tmp_path / "policies"
    shutil.copytree(ROOT / "policies", tree)
    _, before = run(cache, tree)
    linyi = next((tree / "regions").glob("371300-*.yaml"))
    text = linyi.read_text(encoding="utf-8")
    assert "value: 800" in text
    linyi.write_text(text.replace("value: 800", "value: 900", 1), encoding="utf-8")
    _, after = run(cache, tree)
    assert before["cost"]["deductible"] == 800.0 and after["cost"]["deductible"] == 900.0


def test_a_broken_or_foreign_cache_is_only_a_miss(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _, good = run(cache)
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert run(cache)[1] == good
    cache.chmod(0o777)  # anyone may write here: not trusted, not used
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(b"garbage")
    assert run(cache)[1] == good
    assert all(p.read_bytes() == b"garbage" for p in cache.glob("*.pickle"))


def test_the_cache_keeps_only_the_newest_entries(tmp_path: Path, monkeypatch) -> None:
    from medins_cli import compiled

    cache = tmp_path / "cache"
    monkeypatch.setenv("MEDINS_CACHE_DIR", str(cache))
    monkeypatch.delenv("MEDINS_NO_CACHE", raising=False)
    compiled._folder.cache_clear()
    try:
        for i in range(compiled.KEEP + 5):
            compiled.store(f"policy-{i:04d}", {"i": i})
            os.utime(cache / f"policy-{i:04d}.pickle", ns=(i * 10**9, i * 10**9))
        compiled.store("policy-last", {"i": "last"})
        names = sorted(p.stem for p in cache.glob("*.pickle"))
        assert len(names) == compiled.KEEP
        assert "policy-0000" not in names and "policy-last" in names
        assert compiled.load("policy-last") == {"i": "last"}
    finally:
        compiled._folder.cache_clear()


def test_the_cache_reads_back_what_it_stored(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Frozen dataclasses (Period, Source, PolicyFile, Region) come back equal, compiled by mypyc or not: an entry
    that cannot be read back would be a miss on every run, silently (a mypyc class refuses the default unpickling)."""
    from medins_cli import compiled
    from medins_cli.policy import load_file
    from medins_cli.regions import load_regions

    pf = load_file(ROOT / "policies" / "regions" / "371300-linyi.yaml")
    cities = load_regions().upper_by_code
    monkeypatch.setenv("MEDINS_CACHE_DIR", str(tmp_path / "cache"))
    compiled._folder.cache_clear()
    try:
        for name, value in (("policy-test", pf), ("regions-test", cities)):
            compiled.store(name, value)
            assert compiled.load(name) == value
    finally:
        compiled._folder.cache_clear()

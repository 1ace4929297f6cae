"""Fuzzing medins as an attacker or a careless user would: flags, answers files and policy files.

Shared by the CI suite (tests/test_fuzz.py, a few hundred cases) and the long run a maintainer starts by hand:

    python benchmarks/fuzz.py --cases 10000 [--seed 1] [--kinds flags,answers,policy]

Every case runs in this process (`medins_cli.cli.main` for flags and answers files; the policy loader,
`service.check` and `policies validate` for policy files) and must:

- never end in exit 70 or an exception other than medins' own errors (an internal error is a bug);
- give, when it gives advice, a JSON document valid against docs/schema/advice-v1.json;
- keep the money straight: fund + 大病 + out-of-pocket = total to the fen, and no amount below zero
  (for the estimate and for the "if filed" estimate).

The long run prints, per kind and in total, the number of cases, exit codes, findings, the slowest case and the
process's peak resident memory (every case's peak is below it). It exits 1 if anything was found.
Time is measured, never asserted in the tests (GUIDE: speed is measured by scripts).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-23"

# ------------------------------------------------------------------------------------------ value strategies

# What a careless or hostile person types: control characters, escape sequences, bidi overrides, CJK,
# fullwidth digits, superscripts, YAML's special words, absurd numbers.
NASTY = ["", " ", "\x1b]0;X\x07\x1b[2J", "\x7f", "\u202e", "\x00", "²", "①", "１２３", "1:30", "0101", "0x1F",
         "1e999999999", "1E+1000002%", "-0", "-5", "NaN", "inf", "on", "no", "yes", "~", "null", "[]", "{}",
         "*a", "&a x", "!!python/object:os.system", "# x", "[x](javascript:alert(1))", "<b>x</b>", "|", "\n",
         "2026-W47-5", "2026-02-30", "今天", "yesterday", "9" * 400, "一档", "第二次"]
junk = st.one_of(st.sampled_from(NASTY), st.text(max_size=24),
                 st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000), max_size=12))


def mostly(*valid: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A valid value nine times in ten, junk the tenth: enough cases get through to the advice."""
    return st.integers(0, 9).flatmap(lambda n: junk if n == 9 else st.one_of(*valid))


@cache
def _regions() -> list[str]:
    data = json.loads((ROOT / "policies" / "regions.json").read_text(encoding="utf-8"))
    codes = {p.name[:6] for p in (ROOT / "policies" / "regions").glob("*.yaml")}
    rows = data["regions"]
    with_files = [r for r in rows if r["code"] in codes]
    return [r["name"] for r in with_files] + [r["code"] for r in rows[:40]] + [r["pinyin"] for r in rows[:20]]


def regions() -> st.SearchStrategy[str]:
    return mostly(st.sampled_from(_regions()))


SCENARIOS = ["long-term", "emergency", "referral", "pharmacy", "pharmacy-account", "temporary", "异地长期居住", "急诊",
             "转诊", "跨省购药", "个人账户", "临时外出", "异地安置退休"]
dates = st.one_of(st.dates(min_value=__import__("datetime").date(2018, 1, 1),
                           max_value=__import__("datetime").date(2030, 12, 31)).map(lambda d: d.isoformat()),
                  st.sampled_from(["2026-11-20", "2026/11/20", "11-20", "今天", "昨天", "today"]))
dates = mostly(dates)
money = st.one_of(st.decimals(min_value=0, max_value=10_000_000, places=2).map(str),
                  st.decimals(min_value=0, max_value=1000, places=3).map(str),
                  st.integers(min_value=0, max_value=10**7).map(str),
                  st.sampled_from(["0", "0.005", "1234.565", "100000", "99999999999", "1,200", "3000元"]))
money = mostly(money)
ratios = st.one_of(st.integers(min_value=0, max_value=100).map(lambda n: f"{n}%"),
                   st.decimals(min_value=0, max_value=1, places=3).map(str),
                   st.sampled_from(["1", "100%", "0.85", "85", "1e-999990", "150%"]))
ratios = mostly(ratios)
small_ints = mostly(st.sampled_from(["1", "2", "3", "0", "4"]))

# flag -> strategy for its value; booleans are flag pairs
VALUE_FLAGS: dict[str, st.SearchStrategy[str]] = {
    "--insured-in": regions(), "--treated-in": regions(), "--scenario": mostly(st.sampled_from(SCENARIOS)),
    "--insurance": mostly(st.sampled_from(["employee", "resident", "职工", "居民"])),
    "--long-term-kind": mostly(st.sampled_from(["retiree", "living", "working"])),
    "--hospital-level": small_ints, "--tier": small_ints, "--stay": small_ints, "--event-date": dates,
    "--filed-on": dates, "--discharge-date": dates, "--chronic-disease": mostly(st.sampled_from(["糖尿病", "高血压"])),
    "--cost": money, "--out-of-catalog": mostly(money, ratios), "--deductible": money, "--ratio": ratios,
    "--cap": money, "--reduction-points": mostly(st.integers(0, 100).map(str)),
}
BOOL_FLAGS = [("--retired", "--in-service"), ("--filed", "--not-filed"), ("--referral", "--no-referral"),
              ("--settled", "--not-settled")]
KEY_OF = {flag: flag[2:].replace("-", "_") for flag in VALUE_FLAGS}


@st.composite
def check_args(draw: st.DrawFn) -> list[str]:
    """`medins check` arguments: usually the three required ones plus a random handful, sometimes junk."""
    args: list[str] = []
    required = ["--scenario", "--insured-in", "--treated-in"]
    optional = draw(st.lists(st.sampled_from(sorted(set(VALUE_FLAGS) - set(required))), max_size=5, unique=True))
    for flag in [f for f in required if draw(st.integers(0, 19)) < 19] + optional:
        args += [flag, draw(VALUE_FLAGS[flag])]
    for pair in BOOL_FLAGS:
        choice = draw(st.integers(0, 7))  # hypothesis favours 0: let it mean "not given"
        if choice >= 6:
            args.append(pair[choice - 6])
    if draw(st.booleans()):
        args += ["--lang", "en"]
    return args


@st.composite
def answers_files(draw: st.DrawFn) -> tuple[str, str]:
    """(suffix, text) of an answers file: mostly well-formed with fuzzed values, often with a hostile twist."""
    fmt = draw(st.sampled_from([".yaml", ".json"]))
    pairs: list[tuple[str, Any]] = []
    for flag in ["--scenario", "--insured-in", "--treated-in"]:
        pairs.append((KEY_OF[flag], draw(VALUE_FLAGS[flag])))
    for flag in draw(st.lists(st.sampled_from(sorted(set(VALUE_FLAGS) - {"--scenario", "--insured-in",
                                                                          "--treated-in"})), max_size=5, unique=True)):
        pairs.append((KEY_OF[flag], draw(VALUE_FLAGS[flag])))
    for key in ("retired", "filed", "referral", "settled"):
        if draw(st.integers(0, 3)) == 3:
            pairs.append((key, draw(st.one_of(st.booleans(), junk))))
    twist = draw(st.sampled_from(["none", "none", "duplicate", "version", "nested", "alias_bomb", "deep", "tag",
                                  "documents", "unknown_key", "raw_number", "control"]))
    if twist == "duplicate" and pairs:
        pairs.append(pairs[0])
    if twist == "version":
        pairs.insert(0, ("medins_answers", draw(st.sampled_from([1, 2, True, "1", 1.0, None, "x"]))))
    if twist == "unknown_key":
        pairs.append((draw(junk) or "x", "1"))
    if fmt == ".json":
        body = ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in pairs)
        if twist == "nested":
            body += ',\n"cost": [1, {"a": 2}]'
        if twist == "deep":
            body += ',\n"cost": ' + "[" * 30000 + "]" * 30000
        if twist == "raw_number":
            body += ',\n"cost": ' + draw(st.sampled_from(["1e999999999", "1" + "0" * 6000, "-0", "NaN", "1.5e-400"]))
        return fmt, "{" + body + "}"
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in pairs]
    if twist == "nested":
        lines.append("cost: [1, {a: 2}]")
    if twist == "alias_bomb":
        lines = [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else 'lol'}]" for i in range(9)] + lines
    if twist == "deep":
        lines.append("cost: " + "[" * 20000 + "]" * 20000)
    if twist == "tag":
        lines.append("cost: !!python/object/apply:os.system [echo]")
    if twist == "documents":
        lines += ["---", "cost: 1"]
    if twist == "raw_number":
        lines.append("cost: " + draw(st.sampled_from(["1:30", "0101", "0o17", "1_000", ".inf", "1e999999999"])))
    if twist == "control":
        lines.append("chronic_disease: \x1b[2J\x7f")
    return fmt, "\n".join(lines) + "\n"


# A regional policy file mutated: a value replaced, a field dropped, a bomb or deep nesting, bad dates.
POLICY_TWISTS = ["value", "value", "value", "date", "drop_field", "source", "alias_bomb", "deep", "key",
                 "confidence", "truncate", "bytes"]


@cache
def _policy_texts() -> list[tuple[str, str]]:
    return [(p.name[:6], p.read_text(encoding="utf-8")) for p in sorted((ROOT / "policies" / "regions").glob("*.yaml"))]


@st.composite
def policy_files(draw: st.DrawFn) -> tuple[str, str]:
    """(region code, mutated YAML text) of one regional policy file."""
    code, text = draw(st.sampled_from(_policy_texts()))
    lines = text.split("\n")
    twist = draw(st.sampled_from(POLICY_TWISTS))
    idx = [i for i, ln in enumerate(lines) if ln.strip().startswith(("value:", "- effective_from:", "effective_from:",
                                                                     "source:", "confidence:"))]
    if not idx:
        return code, text
    i = draw(st.sampled_from(idx))
    head, _, _ = lines[i].partition(":")
    scalar = draw(st.one_of(st.sampled_from(["-1", "0", "1e309", "-0.0", "200", "1.5", "'85%'", "null", "[]", "{}",
                                             "[1, 2]", "{a: 1}", "yes", "2024-02-30", "9" * 5000, "'\x1b[2J'"]),
                            st.integers(-10**6, 10**9).map(str), st.floats(allow_nan=True).map(str)))
    if twist in ("value", "date", "source", "confidence"):
        lines[i] = f"{head}: {scalar}"
    elif twist == "drop_field":
        del lines[i]
    elif twist == "alias_bomb":
        lines[i] = f"{head}: &b0 [1, 1, 1, 1, 1, 1, 1, 1, 1]"
        bomb = [f"x_b{k}: &b{k} [{', '.join([f'*b{k - 1}'] * 9)}]" for k in range(1, 9)]
        lines = lines + bomb
    elif twist == "deep":
        lines[i] = f"{head}: " + "[" * 5000 + "]" * 5000
    elif twist == "key":
        lines[i] = lines[i].replace(head.strip(), draw(st.sampled_from(["on", "2024-01-01", "1", "? [a]", "x"])), 1)
    elif twist == "truncate":
        lines = lines[:i]
    elif twist == "bytes":
        lines[i] = lines[i] + draw(st.sampled_from(["\x00", "\x1b", " \t", "\ud800".encode("utf-8", "surrogatepass")
                                                    .decode("utf-8", "replace")]))
    return code, "\n".join(lines)


# ------------------------------------------------------------------------------------------ checks


@dataclass
class Finding:
    kind: str  # exit70 | exception | schema | arithmetic | negative
    case: str
    detail: str


@dataclass
class Stats:
    cases: int = 0
    exits: dict[int, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    slowest: float = 0.0
    slowest_case: str = ""


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads((ROOT / "docs" / "schema" / "advice-v1.json").read_text(encoding="utf-8")))


def _fen(x: Decimal | None) -> Decimal:
    return Decimal(0) if x is None else Decimal(x).quantize(Decimal("0.01"))


def money_findings(doc: dict[str, Any], case: str) -> list[Finding]:
    """fund + 大病 + out-of-pocket = total to the fen; no amount below zero (also -0)."""
    out: list[Finding] = []
    costs = [doc.get("cost")]
    if isinstance(doc.get("cost"), dict):
        costs.append(doc["cost"].get("if_filed"))
    for cost in (c for c in costs if isinstance(c, dict)):
        amounts = {k: cost.get(k) for k in ("total", "out_of_catalog", "fund_pays", "serious_illness_pays",
                                            "out_of_pocket", "deductible", "cap")}
        amounts.update({f"step.{s['id']}": s.get("amount") for s in cost.get("breakdown") or []})
        for name, value in amounts.items():
            if value is not None and (value < 0 or str(value).startswith("-")):
                out.append(Finding("negative", case, f"{name} = {value}"))
        total, fund, serious, own = (cost.get(k) for k in ("total", "fund_pays", "serious_illness_pays",
                                                          "out_of_pocket"))
        if total is not None and fund is not None and own is not None \
                and _fen(fund) + _fen(serious) + _fen(own) != _fen(total):
            out.append(Finding("arithmetic", case, f"{fund} + {serious} + {own} != {total}"))
    return out


def _run_main(args: list[str]) -> tuple[int, str, str]:
    from medins_cli.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as exc:
            code = int(exc.code or 0) if not isinstance(exc.code, str) else 70
    return code, out.getvalue(), err.getvalue()


def check_cli(args: list[str], stats: Stats) -> None:
    """One `medins check … --json` run: exit code, schema, money."""
    case = json.dumps(args, ensure_ascii=False)[:300]
    start = time.perf_counter()
    try:
        code, out, err = _run_main(["check", *args, "--today", TODAY, "--json"])
    except BaseException as exc:  # noqa: BLE001 - anything escaping main() is a bug
        stats.findings.append(Finding("exception", case, _where(exc)))
        _record(stats, case, 70, time.perf_counter() - start)
        return
    _record(stats, case, code, time.perf_counter() - start)
    if code == 70 or "Traceback" in err:
        stats.findings.append(Finding("exit70", case, err.strip()[:300]))
        return
    if code in (0, 1, 3):
        doc = json.loads(out, parse_float=Decimal)
        errors = list(_validator().iter_errors(json.loads(out)))
        if errors:
            stats.findings.append(Finding("schema", case, errors[0].message[:300]))
        stats.findings.extend(money_findings(doc, case))


def check_answers(suffix: str, text: str, stats: Stats, folder: Path) -> None:
    path = folder / f"answers{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    check_cli(["--answers", str(path)], stats)


def check_policy(code: str, text: str, stats: Stats, folder: Path, n: int) -> None:
    """A mutated regional file in a fresh policy root: validate reports, the loader refuses or advises."""
    from medins_cli import service
    from medins_cli.errors import MedinsError
    from medins_cli.policy_tools import validate_all
    from medins_cli.render_json import advice_to_dict

    root = folder / f"root{n}"
    (root / "regions").mkdir(parents=True)
    shutil.copy(ROOT / "policies" / "national.yaml", root / "national.yaml")
    shutil.copy(ROOT / "policies" / "regions.json", root / "regions.json")
    path = root / "regions" / f"{code}-fuzz.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    case = f"policy {code} {text[-200:]!r}"
    start = time.perf_counter()
    # Mutated trees are throw-away: keep them out of the user's compiled-policy cache (compiled.py).
    no_cache = mock.patch("medins_cli.compiled._folder", return_value=None)
    no_cache.start()
    try:
        validate_all(path)
        names = json.loads((ROOT / "policies" / "regions.json").read_text(encoding="utf-8"))["regions"]
        name = next(r["name"] for r in names if r["code"] == code)
        raw = {"scenario": "temporary", "insured_in": name, "treated_in": "北京" if code[:2] != "11" else "上海",
               "event_date": "2026-12-20", "cost": "20000"}
        try:
            advice = service.check(raw, __import__("datetime").date(2026, 11, 23), root=root)
        except MedinsError:
            result = 2
        else:
            from medins_cli.cli import exit_code_for

            result = int(exit_code_for(advice))  # the exit code `medins check` would give
            doc = json.loads(json.dumps(advice_to_dict(advice, "zh")), parse_float=Decimal)
            errors = list(_validator().iter_errors(json.loads(json.dumps(advice_to_dict(advice, "zh")))))
            if errors:
                stats.findings.append(Finding("schema", case, errors[0].message[:300]))
            stats.findings.extend(money_findings(doc, case))
    except Exception as exc:  # noqa: BLE001 - anything but medins' own errors is a bug
        stats.findings.append(Finding("exception", case, _where(exc)))
        result = 70
    finally:
        no_cache.stop()
        _forget(root)
    _record(stats, case, result, time.perf_counter() - start)


def _forget(root: Path) -> None:
    """Drop what the loader cached for a throw-away policy tree, so the run's memory stays one case's worth."""
    from medins_cli import policy

    policy.load_file.cache_clear()
    policy._regional_index.cache_clear()
    policy._chain_files.cache_clear()
    policy._keys.clear()
    shutil.rmtree(root, ignore_errors=True)


def _where(exc: BaseException) -> str:
    import traceback

    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {str(exc)[:200]} at {Path(frame.filename).name}:{frame.lineno}"


def _record(stats: Stats, case: str, code: int, seconds: float) -> None:
    stats.cases += 1
    stats.exits[code] = stats.exits.get(code, 0) + 1
    if seconds > stats.slowest:
        stats.slowest, stats.slowest_case = seconds, case


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ------------------------------------------------------------------------------------------ the long run


def run(cases: int, kinds: list[str], seed: int) -> dict[str, Stats]:
    """`cases` cases split evenly over `kinds`, drawn by hypothesis (no shrinking: every finding is listed)."""
    results: dict[str, Stats] = {}
    shares = [cases // len(kinds) + (1 if i < cases % len(kinds) else 0) for i in range(len(kinds))]
    with tempfile.TemporaryDirectory(prefix="medins-fuzz-") as tmp:
        folder = Path(tmp)
        for kind, share in zip(kinds, shares, strict=True):
            results[kind] = Stats()
            _given(kind, share, seed, results[kind], folder)()
    return results


def _given(kind: str, examples: int, seed: int, stats: Stats, folder: Path) -> Any:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    strategy = {"flags": check_args(), "answers": answers_files(), "policy": policy_files()}[kind]
    counter = [0]

    @hseed(seed)
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(value: Any) -> None:
        counter[0] += 1
        if kind == "flags":
            check_cli(value, stats)
        elif kind == "answers":
            check_answers(*value, stats, folder)
        else:
            check_policy(*value, stats, folder, counter[0])

    return one


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="flags,answers,policy")
    args = parser.parse_args(argv)
    kinds = args.kinds.split(",")
    start = time.perf_counter()
    results = run(args.cases, kinds, args.seed)
    wall = time.perf_counter() - start
    total = Stats()
    print(f"{'kind':<8} {'cases':>6} {'exit 0/1/2/3':>14} {'exit70':>6} {'schema':>6} {'money':>6} {'slowest':>9}")
    for kind, s in results.items():
        by = {k: sum(1 for f in s.findings if f.kind in k) for k in (("exit70", "exception"), ("schema",),
                                                                       ("arithmetic", "negative"))}
        codes = "/".join(str(s.exits.get(c, 0)) for c in (0, 1, 2, 3))
        print(f"{kind:<8} {s.cases:>6} {codes:>14} {by[('exit70', 'exception')]:>6} {by[('schema',)]:>6} "
              f"{by[('arithmetic', 'negative')]:>6} {s.slowest * 1000:>7.0f}ms")
        total.cases += s.cases
        total.findings += s.findings
        if s.slowest > total.slowest:
            total.slowest, total.slowest_case = s.slowest, s.slowest_case
    counts = {k: sum(1 for f in total.findings if f.kind == k) for k in
              ("exit70", "exception", "schema", "arithmetic", "negative")}
    crashes = counts["exit70"] + counts["exception"]
    print(f"total: {total.cases} cases in {wall:.0f} s; exit 70 or exception: {crashes}; "
          f"schema violations: {counts['schema']}; arithmetic mismatches: {counts['arithmetic']}; "
          f"negative amounts: {counts['negative']}; slowest case: {total.slowest:.2f} s; "
          f"peak memory (whole run): {peak_rss_mb():.0f} MB")
    if total.slowest_case:
        print(f"slowest: {total.slowest_case[:200]}")
    for f in total.findings[:50]:
        print(f"FINDING {f.kind}: {f.case[:200]} -> {f.detail[:200]}")
    return 1 if total.findings else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

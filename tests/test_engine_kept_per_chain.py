"""What the engine keeps per chain — cost plans and the local cut (engine._replay), what it says of a cited list
(engine._cited_facts): the advice with them is the advice worked out afresh, for every input; what is kept stays
bounded by the policy tree and the case shapes, not by the number of cases."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from conftest import POLICIES, ROOT
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from medins_cli import engine, service
from medins_cli.answers import raw_from_mapping
from medins_cli.errors import InputError
from medins_cli.model import Advice
from medins_cli.policy import load_chain
from medins_cli.regions import load_regions
from medins_cli.render_json import advice_to_dict, line_document

sys.path.insert(0, str(ROOT / "benchmarks"))
from cases import cases as benchmark_cases  # noqa: E402

TODAY = dt.date(2026, 6, 15)


_cited_facts = engine._cited_facts


def _fresh_facts(ctx: Any) -> Any:
    ctx.chain._memo.derived.pop("cited", None)
    return _cited_facts(ctx)


def _fresh_replay(ctx: Any, shape: Any, make: Any) -> Any:
    return _replay(ctx, None, make)  # no shape: worked out afresh, nothing kept


_replay = engine._replay


def _unkept(m: pytest.MonkeyPatch) -> None:
    from conftest import compiled

    if compiled("engine"):  # replacing its functions would change nothing: kept and "fresh" would be the same run
        pytest.skip("engine is compiled (mypyc): its kept plans are compared with fresh ones on pure Python")
    m.setattr(engine, "_replay", _fresh_replay)
    m.setattr(engine, "_cited_facts", _fresh_facts)


def _both(raw: dict[str, Any], today: dt.date, monkeypatch: pytest.MonkeyPatch) -> tuple[Advice, Advice]:
    kept = service.check(raw, today)
    with monkeypatch.context() as m:
        _unkept(m)
        fresh = service.check(raw, today)
    return kept, fresh


def _same(kept: Advice, fresh: Advice) -> None:
    assert kept == fresh
    _all_frozen(kept)
    for lang in ("zh", "en"):
        assert json.dumps(advice_to_dict(kept, lang), ensure_ascii=False) == \
            json.dumps(advice_to_dict(fresh, lang), ensure_ascii=False)
        # Batch's JSON line (shared sections encoded once, kept by identity) writes the document byte for byte.
        assert orjson.dumps(line_document(kept, lang)) == orjson.dumps(advice_to_dict(fresh, lang))


def _kept_plans(names: set[str]) -> Iterator[tuple[Any, engine._Kept]]:
    regions = load_regions()
    for name in names:
        chain = load_chain(regions.resolve(name).chain(), on=TODAY)
        for shape, kept in chain._memo.derived.items():
            if shape[0] in ("cost", "cut"):
                yield shape, kept


def test_kept_plans_give_the_fresh_advice_on_varied_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every scenario, 100+ regions, dates 2024–2027, costs, overrides, stays: many plans are reused by cases
    # with other amounts and other dates than the case that made them.
    reused = 0
    made = 0
    real = engine._make_plan

    def counting(*args: Any) -> Any:
        nonlocal made
        made += 1
        return real(*args)

    for doc in benchmark_cases(3000, POLICIES, seed=11):
        doc.pop("id")
        try:
            raw = raw_from_mapping(doc, "x")
            with monkeypatch.context() as m:
                m.setattr(engine, "_make_plan", counting)
                before = made
                kept = service.check(raw, TODAY)
                reused += made == before and kept.cost is not None
            with monkeypatch.context() as m:
                _unkept(m)
                fresh = service.check(raw, TODAY)
        except InputError:
            continue
        _same(kept, fresh)
    assert reused > 1000


NAMES = ["北京", "上海", "临沂", "重庆", "江苏", "大连", "海口", "拉萨", "成都", "广州", "深圳", "杭州", "南京",
         "溧阳", "长沙", "西安", "兰州", "银川", "昆明", "贵阳", "南宁", "福州", "合肥", "郑州", "武汉"]
AMOUNT = st.integers(min_value=0, max_value=900_000).map(str)


@st.composite
def raw_cases(draw: st.DrawFn) -> tuple[dict[str, Any], dt.date]:
    """Cases the inputs accept (mostly): every field the estimate reads, given or not."""
    today = draw(st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2028, 12, 31)))
    event = draw(st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2028, 12, 31)))
    scenario = draw(st.sampled_from(["long-term", "emergency", "referral", "pharmacy", "pharmacy-account",
                                     "temporary", "异地安置退休"]))
    pharmacy = scenario.startswith("pharmacy")
    insurance = "employee" if scenario == "pharmacy-account" else draw(st.sampled_from(["employee", "resident"]))
    raw: dict[str, Any] = {"scenario": scenario, "insured_in": draw(st.sampled_from(NAMES)),
                           "treated_in": draw(st.sampled_from(NAMES)), "event_date": event.isoformat(),
                           "insurance": insurance}
    optional = {
        "retired": st.booleans() if insurance == "employee" else None,
        "hospital_level": st.sampled_from(["1", "2", "3"]),
        "stay": None if pharmacy else st.sampled_from(["1", "2", "3", "7"]),
        "tier": st.sampled_from(["1", "2", "3"]),
        "filed": st.booleans(),
        "settled": st.booleans() if event <= today and not pharmacy else None,
        "out_of_catalog": st.one_of(AMOUNT, st.integers(min_value=0, max_value=100).map(lambda p: f"{p}%")),
        "deductible": AMOUNT,
        "ratio": st.integers(min_value=0, max_value=100).map(lambda p: f"{p}%"),
        "cap": AMOUNT,
        "reduction_points": st.integers(min_value=0, max_value=30).map(str),
        "chronic_disease": st.sampled_from(["糖尿病", "高血压", "无名病"]) if scenario == "pharmacy" else None,
        "injury": None if pharmacy else st.booleans(),
    }
    if draw(st.integers(min_value=0, max_value=4)):
        raw["cost"] = draw(AMOUNT)
    for key, strategy in optional.items():
        if strategy is not None and draw(st.integers(min_value=0, max_value=2)) == 0:
            raw[key] = draw(strategy)
    if "out_of_catalog" in raw and "cost" not in raw:
        del raw["out_of_catalog"]
    return raw, today


CHANGES = {
    "event_date": st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2028, 12, 31)).map(dt.date.isoformat),
    "insured_in": st.sampled_from(NAMES),
    "treated_in": st.sampled_from(NAMES),
    "scenario": st.sampled_from(["long-term", "emergency", "referral", "pharmacy", "temporary", "异地安置退休"]),
    "insurance": st.sampled_from(["employee", "resident"]),
    "retired": st.booleans(),
    "hospital_level": st.sampled_from(["1", "2", "3"]),
    "stay": st.sampled_from(["1", "2", "3", "7"]),
    "tier": st.sampled_from(["1", "2", "3"]),
    "filed": st.booleans(),
    "settled": st.booleans(),
    "out_of_catalog": st.one_of(AMOUNT, st.integers(min_value=0, max_value=100).map(lambda p: f"{p}%")),
    "deductible": AMOUNT,
    "ratio": st.integers(min_value=0, max_value=100).map(lambda p: f"{p}%"),
    "cap": AMOUNT,
    "reduction_points": st.integers(min_value=0, max_value=30).map(str),
    "injury": st.booleans(),
}


@st.composite
def case_after_another(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], dt.date]:
    """A case, and one before it with other amounts and one field changed (or left out): whatever the kept
    plan's key leaves out, the second case may be given the first one's plan."""
    raw, today = draw(raw_cases())
    before = dict(raw, cost=draw(AMOUNT)) if "cost" in raw else dict(raw)
    key = draw(st.sampled_from(sorted(CHANGES)))
    if key in raw and draw(st.booleans()):
        del before[key]
    else:
        before[key] = draw(CHANGES[key].filter(lambda v: v != raw.get(key)))
    return before, raw, today


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=case_after_another())
def test_kept_plans_give_the_fresh_advice_for_any_case(case: tuple[dict[str, Any], dict[str, Any], dt.date],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    before, raw, today = case
    with contextlib.suppress(InputError):
        service.check(before, today)
    try:
        kept, fresh = _both(raw, today, monkeypatch)
    except InputError:
        assume(False)
    _same(kept, fresh)


ALTERNATIVES: dict[str, list[Any]] = {
    "treated_in": ["北京", "海口", "昆山", "仙桃", "朝阳区"],
    "scenario": ["long-term", "emergency", "referral", "pharmacy", "temporary", "异地安置退休"],
    "insurance": ["employee", "resident"],
    "retired": [True, False],
    "hospital_level": ["1", "2", "3"],
    "stay": ["1", "2", "3"],
    "tier": ["1", "2", "3"],
    "filed": [True, False],
    "settled": [True],
    "out_of_catalog": ["1000", "15%"],
    "deductible": ["0", "1500"],
    "ratio": ["80%"],
    "cap": ["30000"],
    "reduction_points": ["10"],
    "injury": [True],
}


def test_a_kept_plan_is_never_given_to_a_case_that_differs_in_a_field(monkeypatch: pytest.MonkeyPatch) -> None:
    """For each case: first the same case with one field changed (or left out) and other amounts, then the case
    itself, kept against fresh. A field the key left out would hand the case the other one's plan."""
    from medins_cli import policy

    # Regions with their own cut for temporary care (engine._local_cut says it with their figures), then a mix.
    own_cut = [{"scenario": scenario, "insured_in": region, "treated_in": "上海", "event_date": "2026-03-02",
                "cost": 30000, "hospital_level": "2", "id": ""}
               for region in ("宜宾", "临沂", "太原") for scenario in ("temporary", "referral", "emergency")]
    # Regions pricing by 缴费档次, with no cost given: the tier question is then the local cut's to ask.
    own_cut += [{"scenario": "temporary", "insured_in": region, "treated_in": "上海", "event_date": "2026-03-02",
                 "insurance": insurance, "tier": "1", "id": ""}
                for region in ("天津", "青岛", "深圳", "重庆") for insurance in ("employee", "resident")]
    for doc in [*own_cut, *benchmark_cases(90, POLICIES, seed=3)]:
        doc.pop("id")
        for key, values in ALTERNATIVES.items():
            for value in [None, *values]:
                before = dict(doc, cost=int(str(doc["cost"])) * 3 + 1) if "cost" in doc else dict(doc)
                if value is None:
                    before.pop(key, None)
                else:
                    before[key] = value
                if before == doc:
                    continue
                policy._chain_files.cache_clear()  # nothing kept but what `before` leaves
                with contextlib.suppress(InputError):
                    service.check(raw_from_mapping(before, "x"), TODAY)
                try:
                    kept, fresh = _both(raw_from_mapping(doc, "x"), TODAY, monkeypatch)
                except InputError:
                    break
                _same(kept, fresh)


def _change_days(chain: Any) -> int:
    """The days on which some figure of the chain starts or ends."""
    return len({day for f in chain.files for key in f.parameters for day in chain._timeline(key)[0]})


def test_plans_kept_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no bound over all chains, what is kept is bounded by the policy tree and the case shapes: other amounts
    keep nothing new, and a shape's spans never overlap, so they are at most the chain's change days plus one."""
    monkeypatch.setattr(engine, "_KEPT_TOTAL", 10**9)  # the bound over all chains is tested apart
    docs = []
    for doc in benchmark_cases(2000, POLICIES, seed=5):
        doc.pop("id")
        docs.append(doc)

    def run(cost_shift: int) -> None:
        for doc in docs:
            doc = dict(doc, cost=int(str(doc["cost"])) + cost_shift)
            with contextlib.suppress(InputError):
                service.check(raw_from_mapping(doc, "x"), TODAY)

    names = {str(doc["insured_in"]) for doc in docs}
    run(0)
    size = sum(len(kept) for _shape, kept in _kept_plans(names))
    run(1234)  # other amounts, the same shapes and dates: nothing new is kept
    assert sum(len(kept) for _shape, kept in _kept_plans(names)) == size
    cited = sum(len(load_chain(load_regions().resolve(name).chain(), on=TODAY)._memo.derived["cited"])
                for name in names)
    run(4321)
    assert sum(len(load_chain(load_regions().resolve(name).chain(), on=TODAY)._memo.derived["cited"])
               for name in names) == cited
    for name in names:
        chain = load_chain(load_regions().resolve(name).chain(), on=TODAY)
        for shape, kept in chain._memo.derived.items():
            if shape[0] in ("cost", "cut"):
                assert len(kept) <= _change_days(chain) + 1
                spans = sorted((first, end or dt.date.max) for first, end, _ops, _value in kept)
                assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # one plan for a day


def test_what_is_kept_over_all_chains_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A chain per insured region (thousands of counties), many shapes per chain: past _KEPT_TOTAL entries over all
    chains everything kept is dropped and kept afresh, and the advice stays the fresh one."""
    monkeypatch.setattr(engine, "_KEPT_TOTAL", 40, raising=False)
    names = sorted({str(doc["insured_in"]) for doc in benchmark_cases(200, POLICIES, seed=5)})[:30]
    assert len(names) == 30
    for name in names:
        for stay in range(1, 5):
            raw = {"scenario": "temporary", "insured_in": name, "treated_in": "上海", "event_date": "2026-03-02",
                   "cost": "20000", "stay": str(stay)}
            with contextlib.suppress(InputError):
                kept, fresh = _both(raw, TODAY, monkeypatch)
                _same(kept, fresh)
    chains = [load_chain(load_regions().resolve(name).chain(), on=TODAY) for name in names]
    entries = sum(len(kept) for chain in chains for kept in chain._memo.derived.values())  # spans, cited lists
    assert 0 < entries <= 40


def _records(advice: Advice) -> Iterator[Any]:
    """The records an advice holds that kept plans and cited lists share between advices."""
    for cost in (advice.cost, advice.cost_if_filed):
        if cost is not None:
            yield from cost.breakdown
            for step in cost.breakdown:
                yield step.label
            yield from cost.assumptions
    for d in advice.defaults_used:
        yield d
        yield d.note
    yield from advice.sources
    yield from (m for _wid, m in advice.warnings)
    yield from advice.assumptions
    for f in advice.filings:
        yield f.title
        yield from f.notes
        yield from f.materials


def _all_frozen(advice: Advice) -> None:
    """Every shared record refuses a change to any of its fields; a source's lists are tuples."""
    assert type(advice.sources) is tuple
    for record in _records(advice):
        for f in dataclasses.fields(record):
            with pytest.raises(AttributeError):  # dataclasses.FrozenInstanceError, or a compiled class's own
                setattr(record, f.name, getattr(record, f.name))
    for s in advice.sources:
        assert type(s.parameters) is tuple and type(s.cites) is tuple


def test_kept_records_are_shared_and_frozen() -> None:
    """Kept plans and sources serve many advices with the same records, which nothing can change; the lists an
    advice holds are its own (changing them changes no other advice)."""
    raw = {"scenario": "temporary", "insured_in": "临沂", "treated_in": "上海", "event_date": "2026-03-02",
           "cost": "20000"}
    first = service.check(raw, TODAY)
    again = service.check(raw, TODAY)
    assert first == again and first.cost is not None and again.cost is not None
    assert first.cost_if_filed is not None and first.cost.breakdown[:3] == first.cost_if_filed.breakdown[:3]
    # The same objects, not equal copies: the cited list's sources, a kept plan's defaults.
    assert first.sources is again.sources and first.sources
    assert all(a is b for a, b in zip(first.defaults_used, again.defaults_used, strict=True)) and first.defaults_used
    assert all(a is b for a, b in zip(first.cost.breakdown[:3], first.cost_if_filed.breakdown[:3], strict=True))
    _all_frozen(first)
    with pytest.raises(AttributeError):
        first.sources[0].url = "https://example.org/"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        first.sources[0].parameters.append("changed")  # type: ignore[attr-defined]
    first.cost.assumptions.clear()
    first.cost.breakdown.clear()
    first.defaults_used.clear()
    first.warnings.clear()
    assert service.check(raw, TODAY) == again


def test_stale_warning_kept_per_cited_list_stays_bounded() -> None:
    """The stale-as-of warning is kept with the cited list's facts, by the items it names: items before a cutoff,
    so at most one warning per item plus none, however many dates of care."""
    chain_facts = []
    for day in range(0, 3650, 7):
        event = dt.date(2020, 1, 1) + dt.timedelta(days=day)
        raw = {"scenario": "temporary", "insured_in": "杭州", "treated_in": "上海", "event_date": event.isoformat(),
               "cost": "20000"}
        with contextlib.suppress(InputError):
            service.check(raw, TODAY)
    for name in ("杭州",):
        chain = load_chain(load_regions().resolve(name).chain(), on=TODAY)
        chain_facts += [facts for _ids, facts in chain._memo.derived.get("cited", {}).values()]
    assert any(facts.stale_said for facts in chain_facts)
    assert all(len(facts.stale_said) <= len(facts.as_of) + 1 for facts in chain_facts)


def test_records_made_once_stay_bounded() -> None:
    """DefaultUsed records kept by what they are made of, sources tuples by content: the same record for the same
    parts, an equal one for equal parts, and never more entries than the bound, whatever is asked."""
    from medins_cli.model import DefaultUsed, M, SourceRef

    note = M("default.validity")
    first = engine._default_used("filing.temporary.validity_months", 6, "national_rule", note)
    assert first == DefaultUsed("filing.temporary.validity_months", 6, "national_rule", note)
    assert engine._default_used("filing.temporary.validity_months", 6, "national_rule", note) is first
    for i in range(engine._MAX_MADE_DEFAULTS + 500):
        value = {"points": i}  # a new object each time, as a note made per case would be
        made = engine._default_used("cross_province.reduction.temporary", value, "assumption", M("default.unfiled"))
        assert made.value is value and made.basis == "assumption"
        assert len(engine._MADE_DEFAULTS) <= engine._MAX_MADE_DEFAULTS
    for i in range(engine._MAX_SAME_SOURCES + 500):
        refs = (SourceRef(f"s{i}", "t", None, None, None, dt.date(2024, 1, 1), ("k",), (), "000000", "high"),)
        assert engine._same_sources(refs) is refs
        assert engine._same_sources((dataclasses.replace(refs[0]),)) is refs  # equal content: the tuple made first
        assert len(engine._SAME_SOURCES) <= engine._MAX_SAME_SOURCES


def test_warnings_made_once_are_the_same_message_and_stay_bounded() -> None:
    """A warning with parameters is replaced by the first one equal to it (frozen exactly: 1 and "1" apart), never
    by a merely similar one; a parameter not frozen exactly (a float) keeps its own; bounded."""
    from medins_cli.model import M

    first = engine._same_msg(M("warn.change_lock", months=6))
    assert engine._same_msg(M("warn.change_lock", months=6)) is first
    other = engine._same_msg(M("warn.change_lock", months="6"))
    assert other is not first and other.params == {"months": "6"}
    own = M("warn.change_lock", months=6.0)
    assert engine._same_msg(own) is own
    for i in range(engine._MAX_SAME_MSGS + 500):
        made = M("warn.calendar_statutory_year", years=(str(i),))
        assert engine._same_msg(made) == made
        assert len(engine._SAME_MSGS) <= engine._MAX_SAME_MSGS

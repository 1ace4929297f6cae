"""What the input stage keeps between cases: the case shapes build_case reads once (inputs._SHAPES), the ISO dates
parse_date reads once (inputs._ISO_READ), load_chain's way to a region's files (policy._CHAINS). Each must give
exactly what the whole reading gives, for every input, good or bad, and stay bounded whatever the input."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medins_cli import inputs, policy
from medins_cli.errors import InputError
from medins_cli.regions import load_regions

TODAYS = (dt.date(2026, 12, 1), dt.date(2025, 2, 10))

# Values as batch lines, answers files and flags give them (text, true/false, null): (good ones, bad ones). Each
# answer is bad now and then, so that most cases pass and some fail at every step.
SHAPE_VALUES: dict[str, tuple[list[Any], list[Any]]] = {
    "scenario": (["long-term", "emergency", "referral", "pharmacy", "pharmacy-account", "temporary", "异地安置退休",
                  "急诊", "门诊慢特病", "个人账户", " Emergency "], ["", "x"]),
    "long_term_kind": ([*[None] * 8, "retiree", "living", "working", "异地安置退休"], ["", "x"]),
    "insurance": ([None, None, "employee", "employee", "resident", "居民"], ["", "x"]),
    "tier": ([None, None, None, "1", "2", "一档"], ["4"]),
    "retired": ([*[None] * 6, True, False, "yes", "否"], ["maybe"]),
    "chronic_disease": ([*[None] * 6, "高血压", "不存在的病"], [""]),
    "hospital_level": ([None, None, "1", "3", "三甲", " 二级 "], ["x"]),
    "injury": ([*[None] * 6, True, False, "是"], ["x"]),
    "stay": ([*[None] * 6, "1", "2", "later"], ["0"]),
    "filed": ([*[None] * 6, True, False], ["x"]),
    "referral": ([None, None, True, False], []),
    "settled": ([None, None, True, False, "是"], ["x"]),
}
DATES = ([None, "2026-11-20", "2026-12-01", "2025-01-31", "2024-02-29", "2025-02-10", "2025-02-09", "11-20", "01-05",
          "今天", "昨天", "2026/11/3"], ["2026-12-02", "2025-02-29", "", "x", "1999-12-31", "2101-01-01", "2026-13-01"])
REGIONS = (["北京", "临沂", "临沂市", "南京", " 南京 ", "nanjing", "北京朝阳", "江苏南京鼓楼", "320000"],
           ["朝阳", "xx", "", None])
FIGURES: dict[str, tuple[list[Any], list[Any]]] = {
    "cost": ([None, "1000", "30000", "3万", "12.345"], ["-5", "x", "1e999999"]),
    "out_of_catalog": ([None, None, "10%", "500"], ["999999", "x"]),
    "deductible": ([None, None, "1200"], ["x"]),
    "ratio": ([None, None, "85%", "0.9"], ["1.5"]),
    "cap": ([None, None, "400000"], []),
    "reduction_points": ([None, None, "5"], ["200"]),
}


def _pick(draw: Any, values: tuple[list[Any], list[Any]]) -> Any:
    good, bad = values
    bad_now = bad and draw(st.integers(0, 24)) == 7  # not 0 or 24: hypothesis draws the ends far more often
    return draw(st.sampled_from(bad if bad_now else good))


def _outcome(make: Any) -> tuple[Any, ...]:
    try:
        case = make()
    except InputError as exc:
        return ("error", exc.key, exc.message("zh"), exc.message("en"))
    # repr: a Decimal's digits and each Msg's parameters count, and the fields' order.
    return ("case", repr([(f.name, getattr(case, f.name)) for f in dataclasses.fields(case)]))


def _per_case(draw: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for key, values in (("insured_in", REGIONS), ("treated_in", REGIONS), ("event_date", DATES),
                        ("filed_on", DATES), ("discharge_date", DATES), *FIGURES.items()):
        value = _pick(draw, values)
        if value is not None or draw(st.integers(0, 5)) == 3:
            raw[key] = value
    if draw(st.booleans()):
        raw.pop("filed_on", None)
    if draw(st.booleans()):
        raw.pop("discharge_date", None)
    return raw


@st.composite
def same_shape(draw: Any) -> tuple[dict[str, Any], dict[str, Any], dt.date]:
    """Two cases sharing the answers that are a choice (the shape), with their own regions, dates and figures."""
    shared = {k: v for k, values in SHAPE_VALUES.items() if (v := _pick(draw, values)) is not None}
    if draw(st.integers(0, 4)) != 2:  # mostly answers that go together; else whatever was drawn (a conflict)
        scenario = shared["scenario"].strip().lower()
        pharmacy = scenario in ("pharmacy", "pharmacy-account", "门诊慢特病", "个人账户")
        if scenario not in ("long-term", "异地安置退休") and not pharmacy:
            shared.pop("long_term_kind", None)
        if scenario not in ("pharmacy", "门诊慢特病"):
            shared.pop("chronic_disease", None)
        if pharmacy:
            shared.pop("stay", None)
            shared.pop("injury", None)
        if shared.get("insurance") in ("resident", "居民"):
            shared.pop("retired", None)
            if scenario in ("pharmacy-account", "个人账户"):
                shared.pop("insurance")
    first, second = {**shared, **_per_case(draw)}, {**shared, **_per_case(draw)}
    if draw(st.booleans()):  # same dates given or not, often: the shape is then the same
        for key in ("event_date", "filed_on", "discharge_date"):
            if key in first:
                second.setdefault(key, first[key])
    return first, second, draw(st.sampled_from(TODAYS))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(same_shape())
def test_a_case_read_by_its_kept_shape_is_the_case_read_the_whole_way(pair: Any) -> None:
    first, second, today = pair
    regions = load_regions()
    inputs._SHAPES.clear()
    for raw in (first, second, second):  # the second case: its shape kept from the first (or from itself)
        assert _outcome(lambda raw=raw: inputs.build_case(raw, regions, today)) == _outcome(
            lambda raw=raw: inputs._build_full(raw, regions, today))


def test_cases_of_the_benchmark_read_by_their_shapes_are_read_as_the_whole_way() -> None:
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "benchmarks"))
    from cases import cases

    regions = load_regions()
    inputs._SHAPES.clear()
    for doc in cases(2000, root / "policies"):
        raw = {k: str(v) if type(v) is int else v for k, v in doc.items() if k != "id"}
        for today in TODAYS:
            assert _outcome(lambda raw=raw, today=today: inputs.build_case(raw, regions, today)) == _outcome(
                lambda raw=raw, today=today: inputs._build_full(raw, regions, today))
    assert 0 < len(inputs._SHAPES) < 1000  # shapes recur: most cases were read by a kept one


def test_cases_with_every_answer_read_by_their_shapes_are_read_as_the_whole_way() -> None:
    """The benchmark's cases with what it never sets (filing dates, discharge dates, injury, tiers, stays, kinds,
    chronic diseases, referral certificates, caps), on days before, among and after their dates."""
    import random
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "benchmarks"))
    from cases import cases

    rnd = random.Random(7)
    regions = load_regions()
    inputs._SHAPES.clear()
    made = 0
    for doc in cases(1500, root / "policies", 5):
        raw = {k: str(v) if type(v) is int else v for k, v in doc.items() if k != "id"}
        event = dt.date.fromisoformat(raw["event_date"])
        if rnd.random() < 0.3:
            raw["filed"] = True
            raw["filed_on"] = (event + dt.timedelta(days=rnd.randrange(-60, 40))).isoformat()
        if rnd.random() < 0.3:
            raw["discharge_date"] = (event + dt.timedelta(days=rnd.randrange(0, 45))).isoformat()
            raw["settled"] = rnd.choice([True, False, "是"])
        for key, values, p in (("injury", [True, False], 0.2), ("tier", ["1", "2", "一档"], 0.1),
                               ("stay", ["1", "2", "later"], 0.2), ("referral", [True, False], 0.2),
                               ("long_term_kind", ["retiree", "living", "working"], 0.2),
                               ("chronic_disease", ["高血压", "糖尿病", "不存在的病"], 0.2),
                               ("cap", ["400000"], 0.05), ("reduction_points", ["5", "10"], 0.05)):
            if rnd.random() < p:
                raw[key] = rnd.choice(values)
        if rnd.random() < 0.05:
            del raw["event_date"]
        for today in (*TODAYS, dt.date(2027, 9, 30), event + dt.timedelta(days=rnd.randrange(-10, 20))):
            got = _outcome(lambda raw=raw, today=today: inputs.build_case(raw, regions, today))
            assert got == _outcome(lambda raw=raw, today=today: inputs._build_full(raw, regions, today))
            made += got[0] == "case"
    assert made > 1000  # most are cases; the rest are conflicts (a filing date after today, a stay at a pharmacy …)


def test_shapes_are_not_mixed_up_across_types() -> None:
    """1 and True are equal keys in Python; a shape is kept only for text, true/false and null answers."""
    regions = load_regions()
    inputs._SHAPES.clear()
    base = {"scenario": "temporary", "insured_in": "临沂", "treated_in": "北京", "event_date": "2026-11-20"}
    for level in (True, 1, "1", 1.0):
        raw = {**base, "hospital_level": level}
        assert _outcome(lambda raw=raw: inputs.build_case(raw, regions, TODAYS[0])) == _outcome(
            lambda raw=raw: inputs._build_full(raw, regions, TODAYS[0]))


def test_kept_shapes_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_SHAPES", 8)
    regions = load_regions()
    inputs._SHAPES.clear()
    for n in range(40):  # 40 shapes: the chronic disease's name is part of the shape
        raw = {"scenario": "pharmacy", "insured_in": "临沂", "treated_in": "北京", "chronic_disease": f"病{n}"}
        inputs.build_case(raw, regions, TODAYS[0])
        assert len(inputs._SHAPES) <= 8


iso_shaped = st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 99),
                       st.integers(0, 99))


@settings(max_examples=800, deadline=None)
@given(iso_shaped, st.sampled_from([None, True, False]))
def test_iso_dates_kept_read_as_the_first_time(text: str, past: bool | None) -> None:
    def read() -> tuple[Any, ...]:
        try:
            return ("date", inputs.parse_date(text, TODAYS[0], past=past, field="--event-date"))
        except InputError as exc:
            return ("error", exc.key, exc.message("zh"), exc.message("en"))

    inputs._ISO_READ.clear()
    first = read()
    assert read() == first  # the second reading may come from what the first kept
    assert (text in inputs._ISO_READ) == (first[0] == "date")


def test_iso_dates_kept_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_ISO_READ", 10)
    inputs._ISO_READ.clear()
    day = dt.date(2026, 1, 1)
    for n in range(50):
        text = (day + dt.timedelta(days=n)).isoformat()
        assert inputs.parse_date(text, field="--event-date") == day + dt.timedelta(days=n)
        assert len(inputs._ISO_READ) <= 10


def test_load_chain_by_codes_is_the_chain_of_its_files(monkeypatch: pytest.MonkeyPatch) -> None:
    regions = load_regions()
    on = dt.date(2026, 6, 1)
    for name in ("临沂", "北京", "南京", "江苏南京鼓楼", "重庆"):
        region = regions.resolve(name)
        kept = policy.load_chain(region.chain_codes, on=on)
        again = policy.load_chain(region.chain(), on=on)
        assert region.chain_codes == tuple(region.chain())
        assert kept.files == again.files and kept.on == again.on == on and kept._memo is again._memo
        assert kept.files is not again.files  # each chain its own list
        policy._chain_files.cache_clear()  # clears what load_chain keeps too: a fresh memo next time
        assert policy.load_chain(region.chain_codes, on=on)._memo is not kept._memo
    monkeypatch.setattr(policy, "MAX_CHAINS", 2)
    for name in ("临沂", "北京", "南京", "重庆"):
        policy.load_chain(regions.resolve(name).chain_codes, on=on)
        assert len(policy._CHAINS) <= 2


def test_region_names_kept_as_typed_are_what_resolve_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    regions = load_regions()
    for typed in ("临沂", " 临沂 ", "nanjing", "北京朝阳", "320000", "江苏南京鼓楼"):
        assert inputs._region(regions, typed, "--insured-in") == regions.resolve(typed.strip())
        assert regions.typed[typed] == regions.resolve(typed.strip())
    assert inputs._region(regions, "  ", "--insured-in") is None and inputs._region(regions, None, "x") is None
    monkeypatch.setattr("medins_cli.regions.MAX_RESOLVED", 3)
    regions.typed.clear()
    for typed in ("临沂", " 临沂", "临沂 ", "南京", " 南京"):
        inputs._region(regions, typed, "--treated-in")
        assert len(regions.typed) <= 3


answer_values = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.text(max_size=6),
                          st.sampled_from(["1", "临沂", "2026-11-20"]), st.floats(allow_nan=False),
                          st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(),
                                                                               max_size=1))
answer_keys = st.sampled_from(["scenario", "insured_in", "treated_in", "cost", "event_date", "retired", "id",
                               "event-date", "medins_answers", "x"])


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(answer_keys, answer_values, max_size=6))
def test_plain_answers_are_raw_from_mapping_of_the_line_without_its_id(doc: dict[str, Any]) -> None:
    """What batch reads without copying the line first is what raw_from_mapping reads from the line without its id
    (None: a line that raw_from_mapping reads the long way, for its errors or its floats)."""
    from medins_cli.answers import plain_answers, raw_from_mapping

    without = {k: v for k, v in doc.items() if k != "id"}
    plain = plain_answers(doc, skip="id")
    if plain is not None:
        assert list(plain.items()) == list(raw_from_mapping(without, "x").items())
        assert plain_answers(without) == plain
    else:
        assert plain_answers(without) is None

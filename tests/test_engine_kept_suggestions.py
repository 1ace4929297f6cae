"""The suggested filing date (file before the visit, 经办规程第九条) is kept per calendar, processing-time figure and
date of care (engine._SUGGESTED): the advice with a kept date is the advice worked out afresh, on every date and for
regions with the national time, their own (广州) or none at all (西藏: at once); a kept date is not reused where the
calendar gives other schedules for the years counted through; what is kept stays bounded."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medins_cli import engine, service, workdays
from medins_cli.errors import MedinsError
from medins_cli.model import Advice
from medins_cli.render_json import advice_to_dict

TODAY = dt.date(2026, 11, 23)
PLACES = ["临沂", "广州", "拉萨", "北京", "上海"]  # insured in: national 2 days, 广州's own, 西藏's none


def _raw(insured: str, event: dt.date, scenario: str = "temporary") -> dict[str, Any]:
    return {"scenario": scenario, "insured_in": insured, "treated_in": "重庆" if insured != "重庆" else "北京",
            "event_date": event.isoformat(), "not_filed": True}


def _same(kept: Advice, fresh: Advice) -> None:
    assert kept == fresh
    for lang in ("zh", "en"):
        assert json.dumps(advice_to_dict(kept, lang), ensure_ascii=False) == \
            json.dumps(advice_to_dict(fresh, lang), ensure_ascii=False)


def _suggestion(a: Advice) -> Any:
    return next(d for d in a.deadlines if d.kind == "suggestion")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(PLACES), st.integers(min_value=1, max_value=900),
       st.sampled_from(["temporary", "long-term", "referral"]))
def test_a_kept_suggested_date_is_the_date_worked_out_afresh(insured: str, days: int, scenario: str) -> None:
    raw = _raw(insured, TODAY + dt.timedelta(days=days), scenario)
    first = service.check(raw, TODAY)  # kept, or worked out and kept
    kept = service.check(raw, TODAY)  # kept
    engine._SUGGESTED.clear()
    fresh = service.check(raw, TODAY)
    _same(first, fresh)
    _same(kept, fresh)
    assert _suggestion(kept).date == _suggestion(fresh).date


@pytest.mark.parametrize("insured", PLACES)
@pytest.mark.parametrize("event", [dt.date(2026, 10, 9), dt.date(2026, 10, 12), dt.date(2026, 2, 26)])
def test_a_kept_date_is_not_reused_where_the_calendar_differs(insured: str, event: dt.date,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept as if the holiday library did not know 2026 (statutory holidays alone, the count moved before 国庆 or
    春节), asked again with the library's published 2026: the date is the one worked out afresh on it, and the
    other way round."""
    today = dt.date(2026, 1, 5)
    raw = _raw(insured, event)
    real = workdays.library_schedule
    dates = []
    for unknown in (True, False, True):
        with monkeypatch.context() as m:
            if unknown:
                m.setattr(workdays, "library_schedule", lambda year: None if year >= 2026 else real(year))
            kept = service.check(raw, today)  # kept from the other calendar, where the memo is wrong to reuse it
            engine._SUGGESTED.clear()
            fresh = service.check(raw, today)
            _same(kept, fresh)
            dates.append((_suggestion(kept).date, _suggestion(kept).calendar))
    assert dates[0] == dates[2] and dates[0][1] == "statutory" and dates[1][1] == "official"


def test_kept_suggestions_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_SUGGESTED_MAX", 8)
    engine._SUGGESTED.clear()
    for days in range(1, 60):
        service.check(_raw("临沂", TODAY + dt.timedelta(days=days)), TODAY)
        assert len(engine._SUGGESTED) <= 8


TREATED = ["北京", "上海", "重庆", "海口", "拉萨", "三亚", "仙桃", "北京朝阳区", "昆山", "南京鼓楼区", "南京", "广州",
           "江苏", "济源"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(PLACES + ["江苏", "大连"]), st.sampled_from(TREATED),
       st.sampled_from(["temporary", "long-term", "referral", "pharmacy", "emergency"]), st.booleans())
def test_a_kept_destination_note_is_the_note_worked_out_afresh(insured: str, treated: str, scenario: str,
                                                              filed: bool) -> None:
    """经办规程第十一条's note on the filing (the 就医地 city or province-level destination), kept per place of care,
    pharmacy or not, and the province-level destinations figure."""
    raw = {"scenario": scenario, "insured_in": insured, "treated_in": treated, "event_date": "2026-12-20",
           "filed" if filed else "not_filed": True}
    try:
        first = service.check(raw, TODAY)
    except MedinsError:
        return
    kept = service.check(raw, TODAY)
    engine._DESTINATION_NOTES.clear()
    fresh = service.check(raw, TODAY)
    _same(first, fresh)
    _same(kept, fresh)


def test_kept_destination_notes_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_DESTINATION_NOTES_MAX", 4)
    engine._DESTINATION_NOTES.clear()
    for treated in TREATED:
        for scenario in ("temporary", "pharmacy"):
            try:
                service.check({"scenario": scenario, "insured_in": "临沂", "treated_in": treated,
                               "event_date": "2026-12-20"}, TODAY)
            except MedinsError:
                continue
            assert len(engine._DESTINATION_NOTES) <= 4


def test_warnings_shared_by_identity_are_the_warnings_made_afresh() -> None:
    """A warning's shared Msg, found by the identity of the one given (engine._shared_warning) or made once per key
    and value (engine._said_with), is the advice worked out with neither kept: the same warnings, word for word."""
    import sys

    from conftest import POLICIES, ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from cases import cases as benchmark_cases

    from medins_cli.answers import raw_from_mapping

    checked = 0
    for doc in benchmark_cases(400, POLICIES, seed=5):
        doc.pop("id")
        try:
            raw = raw_from_mapping(doc, "x")
            first = service.check(raw, TODAY)
            kept = service.check(raw, TODAY)
            for memo in (engine._SHARED_WARNINGS, engine._SAID_WITH, engine._SAME_MSGS):
                memo.clear()
            fresh = service.check(raw, TODAY)
        except MedinsError:
            continue
        _same(first, fresh)
        _same(kept, fresh)
        # Shared as before: equal warnings with parameters are one object.
        again = service.check(raw, TODAY)
        assert all(a is b for (_, a), (_, b) in zip(fresh.warnings, again.warnings, strict=True))
        checked += 1
    assert checked > 300


def test_shared_warnings_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from medins_cli.msg import M

    monkeypatch.setattr(engine, "_MAX_SHARED_WARNINGS", 16)
    for i in range(200):
        made = M("warn.change_lock", months=i)
        assert engine._shared_warning(made) == made
        assert engine._said_with("warn.change_lock", "months", i) == made
        assert engine._said_with("warn.change_lock", "months", str(i)) == M("warn.change_lock", months=str(i))
        assert len(engine._SHARED_WARNINGS) <= 16 and len(engine._SAID_WITH) <= 16
    kept = M("warn.calendar_statutory_year", years=("2027",))
    assert engine._shared_warning(kept) is engine._shared_warning(kept)

"""Invariants of the dates in the advice, over scenarios × long-term kinds × insurance types × dates 2025–2028.

- A date to act on (a suggestion, or a deadline that costs money) is a working day of the calendar in force:
  the published schedule (2025, 2026), the statutory holidays for years not yet published (2027, 2028).
  A validity end or change lock is the day a status ends, not a day to act, and is not moved (see
  docs/json-contract.md, `filing_valid_until`).
- days_left and overdue agree with today; a suggestion is never overdue; exit 3 only for a passed deadline.
- A suggestion depends on the event date only: it does not move as today advances.
- A temporary filing is valid at least 6 months from the filing date (经办规程第十条), counted from
  `filed_on`, or from today when not filed.
"""

from __future__ import annotations

import datetime as dt

from conftest import advise
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from medins_cli.errors import InputError
from medins_cli.model import INSURANCE_TYPES, LONG_TERM_KINDS, SCENARIOS
from medins_cli.workdays import WorkCalendar, add_months

D = dt.date
DATES = st.dates(min_value=D(2025, 1, 1), max_value=D(2028, 12, 31))
# Cross-province pairs: the national rules, regions with their own validity / manual-claim rules, the test
# fixture (呼和浩特: an emergency registration window, a manual-claim limit in months) and 拉萨 (filing takes
# effect at once: 0 processing days).
PAIRS = st.sampled_from([("临沂", "上海"), ("江苏", "北京"), ("大连", "海口"), ("溧阳", "上海"), ("呼和浩特", "上海"),
                        ("拉萨", "成都")])
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@st.composite
def cases(draw: st.DrawFn) -> tuple[dict, dt.date]:
    today = draw(DATES)
    event = draw(DATES)
    insured, treated = draw(PAIRS)
    scenario = draw(st.sampled_from(SCENARIOS)).replace("_", "-")
    raw: dict = {"scenario": scenario, "insured_in": insured, "treated_in": treated,
                 "event_date": event.isoformat(), "insurance": draw(st.sampled_from(INSURANCE_TYPES))}
    kind = draw(st.sampled_from((None, *LONG_TERM_KINDS)))
    if kind is not None and scenario in ("long-term", "pharmacy"):
        raw["long_term_kind"] = kind
    if scenario == "pharmacy":
        raw["chronic_disease"] = draw(st.sampled_from(["", "糖尿病"])) or None
    filed = draw(st.sampled_from(("no", "yes", "on")))
    if filed == "yes":
        raw["filed"] = True
    elif filed == "on":
        raw["filed_on"] = draw(st.dates(min_value=today - dt.timedelta(days=400), max_value=today)).isoformat()
    if event <= today and scenario != "pharmacy" and draw(st.booleans()):
        raw["settled"] = True
        raw["discharge_date"] = draw(st.dates(min_value=event, max_value=today)).isoformat()
    if draw(st.booleans()):
        raw["cost"] = "20000"
    return raw, today


def _advise(raw: dict, today: dt.date, fixture_policies):  # type: ignore[no-untyped-def]
    try:
        return advise(today=today, root=fixture_policies, **raw)
    except InputError:
        assume(False)  # a contradiction the inputs refuse (e.g. pharmacy personal account for 城乡居民)


@SETTINGS
@given(case=cases())
def test_dates_to_act_on_are_working_days(case: tuple[dict, dt.date], fixture_policies) -> None:  # type: ignore[no-untyped-def]
    raw, today = case
    a = _advise(raw, today, fixture_policies)
    cal = WorkCalendar()
    for d in a.deadlines:
        if d.kind == "suggestion" or d.action:
            assert cal.is_workday(d.date), (d.id, d.date)
    for f in a.filings:
        for day in (f.deadline, f.suggested_by):
            if day is not None:
                assert cal.is_workday(day), (f.id, day)


@SETTINGS
@given(case=cases())
def test_days_left_and_overdue_agree_with_today(case: tuple[dict, dt.date], fixture_policies) -> None:  # type: ignore[no-untyped-def]
    raw, today = case
    a = _advise(raw, today, fixture_policies)
    for d in a.deadlines:
        assert d.kind in ("deadline", "suggestion")
        assert d.days_left == (d.date - today).days
        # A minimum validity (原则上不少于6个月) that has passed is not known to have lapsed: never overdue.
        floor = d.id == "filing_valid_until" and d.basis.key == "basis.validity_min"
        assert d.overdue == (d.kind == "deadline" and d.date < today and not floor)
    assert a.overdue == any(d.overdue and d.action for d in a.deadlines)
    for f in a.filings:
        if f.suggested_by is not None and f.suggested_by < today and not f.done:
            assert f.when is not None and f.when.key in ("when.now_late_ok", "when.now_passed")


@SETTINGS
@given(case=cases(), later=st.integers(min_value=1, max_value=60))
def test_suggestion_does_not_move_as_today_advances(case: tuple[dict, dt.date], later: int,
                                                    fixture_policies) -> None:  # type: ignore[no-untyped-def]
    raw, today = case
    raw.pop("filed_on", None)  # a filing date must not lie after either today
    first = _advise(raw, today, fixture_policies)
    again = _advise(raw, today + dt.timedelta(days=later), fixture_policies)
    before = {(d.id, d.filing): d.date for d in first.deadlines if d.kind == "suggestion"}
    after = {(d.id, d.filing): d.date for d in again.deadlines if d.kind == "suggestion"}
    for key, day in after.items():
        if key in before:
            assert day == before[key]
    for day in [*before.values(), *after.values()]:
        assert day <= first.case.event_date  # equal only where filing takes effect at once (西藏)


@SETTINGS
@given(case=cases())
def test_temporary_filing_valid_at_least_six_months_from_filing(case: tuple[dict, dt.date],
                                                               fixture_policies) -> None:  # type: ignore[no-untyped-def]
    raw, today = case
    a = _advise(raw, today, fixture_policies)
    for d in a.deadlines:
        if d.id == "filing_valid_until":
            start = a.case.filed_on or today
            assert d.date >= add_months(start, 6), (start, d.date)
            assert not d.action and d.kind == "deadline"
            if a.case.filed and d.date < a.case.event_date and not a.case.settled:
                renew = next(f for f in a.filings if f.id == "renew_filing")  # lapsing: not "done"
                assert renew.required and not renew.done and a.action_required

"""Dates in the advice: a suggestion ("file by …") is never a deadline, periods are counted as the law counts them.

Rules protected here: 经办规程第九条 (≤ 2 working days of online processing), 民法典第二百零一条/第二百零二条
(the first day is not counted; a period in months ends on the same day of the last month), 通知二(四) and
经办规程第十六条 (a filing before discharge settlement still settles directly, so the filing date is advice),
经办规程第十条 (a temporary filing is valid for at least 6 months, counted from the day the person filed).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import advise

from medins_cli.cli import main as cli_main
from medins_cli.workdays import WorkCalendar

D = dt.date
LINYI_SHANGHAI = {"scenario": "temporary", "insured_in": "临沂", "treated_in": "上海"}


def suggestion(a):  # type: ignore[no-untyped-def]
    return next(d for d in a.deadlines if d.id == "file_before_visit")


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    with pytest.raises(SystemExit) as exc:
        cli_main(["check", *args, "--json"])
    return int(exc.value.code or 0), json.loads(capsys.readouterr().out)


# ------------------------------------------------------------------ suggested filing date


@pytest.mark.parametrize("today", [D(2026, 12, 1), D(2026, 12, 16), D(2026, 12, 17), D(2026, 12, 19)])
def test_rules_suggestion_does_not_move_with_today(today: dt.date) -> None:
    # Visit Sun 2026-12-20. The two working days of processing (counted from the day after filing) must be
    # Thu 12-17 and Fri 12-18, so the suggestion is Wed 12-16 whatever today is — never a Saturday, never today.
    a = advise(**LINYI_SHANGHAI, event_date="2026-12-20", today=today)
    s = suggestion(a)
    assert (s.kind, s.date, s.days_left, s.overdue) == ("suggestion", D(2026, 12, 16), (D(2026, 12, 16) - today).days,
                                                        False)
    assert WorkCalendar().is_workday(s.date)
    f = next(f for f in a.filings if f.id == "filing")
    assert f.deadline is None and f.suggested_by == D(2026, 12, 16) and f.required and not f.done
    assert not a.overdue  # exit 1 (action required), never 3, for a passed suggestion
    if today > D(2026, 12, 16):
        assert f.when is not None and f.when.key == "when.now_late_ok"
    else:
        assert f.when is None
    assert "note.late_filing_still_possible" in [n.key for n in f.notes]


def test_rules_passed_suggestion_is_not_overdue_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(capsys, "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海",
                         "--event-date", "2026-12-20", "--today", "2026-12-19")
    assert code == 1
    assert doc["status"] == {"exit_code": 1, "action_required": True, "overdue": False}
    s = next(d for d in doc["deadlines"] if d["id"] == "file_before_visit")
    assert (s["kind"], s["date"], s["days_left"], s["overdue"]) == ("suggestion", "2026-12-16", -3, False)
    f = doc["filings"][0]
    assert f["deadline"] is None and f["suggested_by"] == "2026-12-16"
    assert f["when"].startswith("现在就办") and "出院结算前补办仍可直接结算" in f["when"]


@pytest.mark.parametrize(("event", "expected"), [
    # 2027's schedule is not published; 元旦 and 国庆 are days off by law.
    ("2027-01-05", D(2026, 12, 30)),  # Tue: processing Thu 12-31 and Mon 01-04 (元旦 01-01 off)
    # Tue 10-05: by law processing could be Thu 09-30 and Mon 10-04 (10-01..03 off), but 10-04 is in the week
    # 国庆 begins, whose 调休 is not published: done before the holiday instead (processing 09-29, 09-30).
    ("2027-10-05", D(2027, 9, 28)),
])
def test_rules_suggestion_skips_statutory_holidays_of_unpublished_year(event: str, expected: dt.date) -> None:
    a = advise(**LINYI_SHANGHAI, event_date=event, today=D(2026, 12, 1))
    s = suggestion(a)
    assert s.date == expected
    assert s.calendar in ("statutory", "official")
    assert "calendar_unverified_year" in [w for w, _ in a.warnings]


# ------------------------------------------------------------------ filing validity


def test_rules_validity_runs_from_the_filing_date() -> None:
    # Filed 2026-11-10: valid at least to 2027-05-10 (the filing day not counted: 民法典第二百零一条、第二百零二条),
    # not from a suggested date and not from today.
    a = advise(**LINYI_SHANGHAI, filed=True, filed_on="2026-11-10", event_date="2026-12-20", today=D(2026, 11, 23))
    v = next(d for d in a.deadlines if d.id == "filing_valid_until")
    assert (v.kind, v.date, v.action, v.overdue) == ("deadline", D(2027, 5, 10), False, False)
    assert v.basis.key == "basis.validity_min"
    assert [f.id for f in a.filings] == ["filing"] and a.filings[0].done
    assert not a.action_required


def test_rules_validity_of_a_filing_not_made_is_no_date_to_keep() -> None:
    # Not filed: no validity end among the dates (nor in the calendar); where filing today would lapse before
    # the visit, the warning says so, counted from today.
    a = advise(**LINYI_SHANGHAI, event_date="2026-12-20", today=D(2026, 11, 23))
    assert [d.id for d in a.deadlines] == ["file_before_visit"]
    assert "validity_before_visit" not in [w for w, _ in a.warnings]
    a = advise(**LINYI_SHANGHAI, event_date="2027-10-08", today=D(2026, 12, 1))
    assert [d.id for d in a.deadlines] == ["file_before_visit"]
    warn = dict(a.warnings)["validity_before_visit"]
    assert warn.params == {"until": "2027-06-01", "event": "2027-10-08"}


def test_rules_filing_that_lapses_before_the_visit_is_not_done(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(capsys, "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--filed",
                         "--filed-on", "2026-06-01", "--event-date", "2026-12-20", "--today", "2026-12-01")
    assert code == 1
    assert doc["status"] == {"exit_code": 1, "action_required": True, "overdue": False}
    ids = [(f["id"], f["required"], f["done"]) for f in doc["filings"]]
    assert ids == [("filing", True, True), ("renew_filing", True, False)]
    renew = doc["filings"][1]
    assert renew["suggested_by"] == "2026-12-16"
    assert any("APP查询备案有效期" in n and "2026-12-01" in n and "2026-12-20" in n for n in renew["notes"])
    v = next(d for d in doc["deadlines"] if d["id"] == "filing_valid_until")
    assert (v["date"], v["days_left"], v["kind"]) == ("2026-12-01", 0, "deadline")
    s = next(d for d in doc["deadlines"] if d["id"] == "file_before_visit")
    assert (s["filing"], s["kind"], s["date"]) == ("renew_filing", "suggestion", "2026-12-16")


def test_rules_passed_minimum_validity_is_passed_not_expired(capsys: pytest.CaptureFixture[str]) -> None:
    # 广州 sets no period of its own: only the national floor (原则上不少于6个月, 通知二(三)、经办规程第十条) is known.
    # Filed 2026-05-10: valid at least to 2026-11-10; on 2026-12-01 that floor passed 21 days ago, which does not
    # say the filing has lapsed: "已过 21 天", never "已过期 21 天", and `overdue` false.
    code, doc = run_json(capsys, "-s", "temporary", "--insured-in", "广州", "--treated-in", "北京",
                         "--filed-on", "2026-05-10", "--event-date", "2026-12-15", "--today", "2026-12-01")
    v = next(d for d in doc["deadlines"] if d["id"] == "filing_valid_until")
    assert (v["date"], v["days_left"], v["kind"], v["overdue"]) == ("2026-11-10", -21, "deadline", False)
    assert code == 1 and doc["status"]["overdue"] is False
    with pytest.raises(SystemExit):
        cli_main(["check", "-s", "temporary", "--insured-in", "广州", "--treated-in", "北京", "--filed-on",
                  "2026-05-10", "--event-date", "2026-12-15", "--today", "2026-12-01", "--lang", "zh",
                  "--no-color"])
    out = capsys.readouterr().out
    assert "已过 21 天" in out and "已过期" not in out


def test_rules_passed_exact_validity_is_expired() -> None:
    # 邵阳 sets an exact 6 months ("临时外出就医人员备案有效期为6个月"): once passed, the filing has lapsed.
    a = advise(scenario="temporary", insured_in="邵阳", treated_in="北京", filed=True, filed_on="2026-05-10",
               event_date="2026-12-15", today=D(2026, 12, 1))
    v = next(d for d in a.deadlines if d.id == "filing_valid_until")
    assert (v.date, v.days_left, v.overdue, v.action) == (D(2026, 11, 10), -21, True, False)


def test_rules_filing_valid_through_the_visit_stays_done() -> None:
    a = advise(**LINYI_SHANGHAI, filed=True, filed_on="2026-06-20", event_date="2026-12-20", today=D(2026, 12, 1))
    assert [f.id for f in a.filings] == ["filing"] and not a.action_required  # valid to 12-20: admitted in time


def test_rules_unfiled_validity_ending_before_far_visit_is_flagged() -> None:
    a = advise(**LINYI_SHANGHAI, event_date="2027-10-05", today=D(2026, 12, 1))
    assert "validity_before_visit" in [w for w, _ in a.warnings]


# ------------------------------------------------------------------ exports


def test_rules_only_deadlines_get_deadline_alarms(fixture_policies) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    from medins_cli.exports import to_ics

    # A paper-claim limit (kind deadline, costs money) gets alarms a week and a day before.
    a = advise(root=fixture_policies, scenario="temporary", insured_in="呼和浩特", treated_in="北京",
               event_date="2026-04-01", discharge_date="2026-04-05", settled=True, today=D(2026, 5, 1))
    events = list(Calendar.from_ical(to_ics(a, "en")).walk("VEVENT"))
    claim = next(e for e in events if "Paper claim" in str(e["SUMMARY"]))
    assert str(claim["SUMMARY"]).startswith("Insurance deadline:")
    assert sorted(al.decoded("TRIGGER") for al in claim.walk("VALARM")) == [dt.timedelta(days=-7, hours=9),
                                                                            dt.timedelta(hours=-15)]
    # A passed suggestion is not exported at all.
    late = advise(**LINYI_SHANGHAI, event_date="2026-12-20", today=D(2026, 12, 19))
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(to_ics(late, "en")).walk("VEVENT")]
    assert not any("Suggested" in s for s in summaries)


# ------------------------------------------------------------------ 经办规程第四十一条: a stay across a year end


def test_rules_stay_across_year_end_is_noted_in_the_cost() -> None:
    a = advise(**LINYI_SHANGHAI, filed=True, filed_on="2026-12-01", event_date="2026-12-25",
               discharge_date="2027-01-08", cost="30000", today=D(2027, 1, 10))
    note = next(m for m in a.cost.assumptions if m.key == "assume.year_end_stay")
    assert note.params == {"start": "2026-12-25", "end": "2027-01-08", "year": 2026}
    assert "year_end_stay" not in [w for w, _ in a.warnings]  # said once, with the estimate


def test_rules_december_admission_may_cross_the_year_end() -> None:
    a = advise(**LINYI_SHANGHAI, event_date="2026-12-28", today=D(2026, 12, 1))  # no cost: a warning
    assert next(m for w, m in a.warnings if w == "year_end_stay").key == "warn.year_end_possible"
    with_cost = advise(**LINYI_SHANGHAI, event_date="2026-12-28", cost="20000", today=D(2026, 12, 1))
    keys = [m.key for m in with_cost.cost.assumptions]
    assert "assume.year_end_possible" in keys
    assert "assume.year_end_possible" in [m.key for m in with_cost.cost_if_filed.assumptions]


@pytest.mark.parametrize("raw", [
    {**LINYI_SHANGHAI, "event_date": "2026-11-20", "discharge_date": "2026-11-30", "cost": "20000"},
    {**LINYI_SHANGHAI, "event_date": "2026-12-02", "discharge_date": "2026-12-20", "cost": "20000"},
    {"scenario": "pharmacy", "insured_in": "江苏", "treated_in": "上海", "event_date": "2026-12-20", "cost": "300"},
])
def test_rules_no_year_end_note_within_a_year(raw: dict) -> None:
    a = advise(**raw, today=D(2026, 12, 21))
    assert not any(m.key.startswith("assume.year_end") for m in a.cost.assumptions)
    assert "year_end_stay" not in [w for w, _ in a.warnings]


def test_rules_year_end_text_cites_article_41() -> None:
    from medins_cli.messages import t

    for key in ("assume.year_end_stay", "assume.year_end_possible"):
        zh = t(key, "zh", start="2026-12-25", end="2027-01-08", year=2026)
        assert "经办规程第四十一条" in zh and "出院结算日期为结算时点" in zh and "两个年度" in zh
        assert "art. 41" in t(key, "en", start="2026-12-25", end="2027-01-08", year=2026)


@pytest.mark.parametrize("lang,estimate", [("zh", "本估算"), ("en", "This estimate")])
def test_rules_year_end_warning_without_cost_speaks_of_no_estimate(capsys: pytest.CaptureFixture[str], lang: str,
                                                                   estimate: str) -> None:
    # No --cost: nothing is estimated, so the 第四十一条 note must not say "this estimate prices one bill …".
    for extra in ([], ["--discharge-date", "2027-01-05", "--settled"]):
        with pytest.raises(SystemExit):
            cli_main(["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date",
                      "2026-12-28", "--not-filed", *extra, "--today", "2027-01-08", "--lang", lang, "--no-color"])
        out = capsys.readouterr().out
        assert ("第四十一条" if lang == "zh" else "art. 41") in out
        assert estimate not in out


def test_rules_count_through_an_unpublished_year_is_labelled(monkeypatch: pytest.MonkeyPatch) -> None:
    from medins_cli import workdays

    real = workdays.library_schedule
    monkeypatch.setattr(workdays, "library_schedule", lambda year: None if year >= 2027 else real(year))
    # The suggestion (2026-12-30) lies in a published year, but the count ran through 元旦 2027.
    s = suggestion(advise(**LINYI_SHANGHAI, event_date="2027-01-05", today=D(2026, 12, 1)))
    assert (s.date, s.calendar) == (D(2026, 12, 30), "statutory")


HOLIDAYS_2027 = {D(2027, 1, 1), *(D(2027, 2, d) for d in range(5, 9)), *(D(2027, 10, d) for d in (1, 2, 3))}


@pytest.mark.parametrize("event", [D(2027, 1, 1) + dt.timedelta(days=i) for i in range(8)]
                         + [D(2027, 2, 4) + dt.timedelta(days=i) for i in range(10)]
                         + [D(2027, 10, 1) + dt.timedelta(days=i) for i in range(9)])
def test_rules_no_date_to_act_on_falls_on_a_2027_holiday(event: dt.date, fixture_policies) -> None:  # type: ignore[no-untyped-def]
    # 元旦, 春节 (除夕 02-05 to 初三 02-08) and 国庆 1-3 are days off by law whether or not the 2027 schedule
    # is published: no suggested filing date and no emergency registration deadline lands on them.
    a = advise(**LINYI_SHANGHAI, event_date=event.isoformat(), today=D(2026, 12, 1))
    emergency = advise(root=fixture_policies, scenario="emergency", insured_in="呼和浩特", treated_in="上海",
                       event_date=(event - dt.timedelta(days=3)).isoformat(), today=D(2027, 12, 31))
    dates = [d.date for d in a.deadlines + emergency.deadlines if d.kind == "suggestion" or d.action]
    cal = WorkCalendar()
    assert dates and not HOLIDAYS_2027 & set(dates) and all(cal.is_workday(d) for d in dates)


def test_rules_no_date_of_care_is_not_an_admission_today() -> None:
    # No --event-date: today is assumed for the policy in force, but a planned trip is not "admitted without
    # a filing": file now (尽快), with the note that a filing before discharge settlement still works.
    a = advise(scenario="temporary", insured_in="北京", treated_in="上海", today=D(2026, 12, 1))
    f = a.filings[0]
    assert (f.id, f.when.key, f.suggested_by) == ("filing", "when.now", None)
    assert "note.late_filing_if_admitted" in [n.key for n in f.notes]
    assert "note.late_filing_still_possible" not in [n.key for n in f.notes]
    # The same date given: care has begun, so the late filing before discharge.
    a = advise(scenario="temporary", insured_in="北京", treated_in="上海", event_date="2026-12-01",
               today=D(2026, 12, 1))
    assert (a.filings[0].id, a.filings[0].when.key) == ("late_filing", "when.before_discharge")


@pytest.mark.parametrize(("event", "expected", "holiday"), [
    ("2027-10-08", D(2027, 9, 28), "国庆节"),  # by law 10-05 (processing 10-06, 10-07): likely days off
    ("2027-02-11", D(2027, 2, 2), "春节"),  # 除夕 02-05: done by 02-04
    ("2027-05-06", D(2027, 4, 28), "劳动节"),  # 05-01 is a Saturday: processing 04-29, 04-30
])
def test_rules_suggestion_before_a_long_holiday_whose_tiaoxiu_is_unknown(event: str, expected: dt.date,
                                                                           holiday: str) -> None:
    # The law fixes the holidays; the yearly notice joins them with 调休 into longer breaks, so the working days
    # just after them are not known: a suggestion that needs them is moved before the holiday, and says why.
    a = advise(**LINYI_SHANGHAI, event_date=event, today=D(2026, 12, 1))
    s = suggestion(a)
    assert (s.date, s.kind, s.calendar) == (expected, "suggestion", "statutory")
    from medins_cli.messages import t

    assert t(s.basis.key, "zh", **s.basis.params).endswith(
        f"本工具未收录2027年{holiday}的调休安排，节后几天可能调为休息日，故建议在节前办结")
    # Away from the breaks nothing moves: 2027-10-20 (Wed) → Fri 10-15.
    assert suggestion(advise(**LINYI_SHANGHAI, event_date="2027-10-20", today=D(2026, 12, 1))).date == D(2027, 10, 15)


def test_rules_no_date_of_care_says_nothing_about_december_or_settlement() -> None:
    a = advise(scenario="temporary", insured_in="临沂", treated_in="上海", today=D(2026, 12, 1))
    assert "year_end_stay" not in [w for w, _ in a.warnings]
    assert "assume.default.settled" not in [m.key for m in a.assumptions]
    a = advise(scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-01",
               today=D(2026, 12, 1))
    assert "year_end_stay" in [w for w, _ in a.warnings]  # a December date given: it may straddle the year end


def test_rules_year_without_a_carried_schedule_is_said_to_be_unknown_to_medins_not_unpublished() -> None:
    # medins cannot know whether the 国务院办公厅 notice for 2027 is out (the 2026 one came on 2025-11-04); it only
    # knows that it does not carry it, and says that, with what to do if the notice is out.
    from medins_cli.messages import t

    a = advise(**LINYI_SHANGHAI, event_date="2027-03-10", today=D(2026, 12, 2))
    warning = next(m for w, m in a.warnings if w == "calendar_unverified_year")
    assert t(warning.key, "zh", **warning.params) == (
        "本工具未收录2027年的国务院放假安排：已按《全国年节及纪念日放假办法》计入法定节假日，"
        "只有调休（周末上班）安排未知；该年安排发布后（或如已发布），请据此核对日期。")
    assert t(warning.key, "en", **warning.params) == (
        "medins does not have the State Council holiday schedule for 2027: the statutory holidays "
        "(全国年节及纪念日放假办法) are counted; only the 调休 working weekends are not known — check the dates "
        "against that year's schedule once it is (or if it already is) published.")

"""Working-day arithmetic on the official calendar, across holidays and 调休 working weekends."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import POLICIES, advise
from hypothesis import given, settings
from hypothesis import strategies as st

from medins_cli import workdays
from medins_cli.errors import PolicyError
from medins_cli.policy_tools import validate, validate_all
from medins_cli.workdays import WorkCalendar, add_months

D = dt.date


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # National Day 2026: 10-01..10-07 off; Sat 10-10 is a 调休 working day.
        (D(2026, 9, 30), 1, D(2026, 10, 8)),
        (D(2026, 9, 30), 3, D(2026, 10, 10)),
        (D(2026, 10, 9), -2, D(2026, 9, 30)),
        # Sun 2026-09-20 is a working day before Mid-Autumn / National Day.
        (D(2026, 9, 18), 1, D(2026, 9, 20)),
        # Spring Festival 2026: 02-15..02-23 off; Sat 02-14 and Sat 02-28 are working days.
        (D(2026, 2, 13), 1, D(2026, 2, 14)),
        (D(2026, 2, 13), 3, D(2026, 2, 25)),
        (D(2026, 2, 27), 1, D(2026, 2, 28)),
        # National Day 2025: 10-01..10-08 off; Sun 09-28 and Sat 10-11 worked.
        (D(2025, 9, 26), 1, D(2025, 9, 28)),
        (D(2025, 9, 30), 1, D(2025, 10, 9)),
        (D(2025, 10, 10), 1, D(2025, 10, 11)),
        # Spring Festival 2025: 01-28..02-04 off; Sun 01-26 and Sat 02-08 worked.
        (D(2025, 1, 24), 1, D(2025, 1, 26)),
        (D(2025, 1, 27), 1, D(2025, 2, 5)),
    ],
)
def test_add_workdays_official(start: dt.date, n: int, expected: dt.date) -> None:
    cal = WorkCalendar()
    assert cal.add_workdays(start, n) == expected
    assert cal.official(start, expected)


def test_unpublished_year_counts_statutory_holidays_and_says_so() -> None:
    cal = WorkCalendar()
    # 2027's schedule is not published: 元旦 (Fri 2027-01-01) is still a day off by law; only 调休 is unknown.
    assert cal.add_workdays(D(2026, 12, 30), 3) == D(2027, 1, 5)
    assert cal.unknown_years == {2027}
    assert not cal.official(D(2027, 1, 4))
    assert cal.kind(D(2027, 1, 4)) == "statutory" and cal.kind(D(2026, 12, 30)) == "official"


def test_roll_forward_to_next_working_day() -> None:
    cal = WorkCalendar()
    assert cal.roll_forward(D(2026, 10, 5)) == D(2026, 10, 8)
    assert cal.roll_forward(D(2026, 10, 10)) == D(2026, 10, 10)  # a 调休 Saturday is a working day
    assert cal.roll_forward(D(2026, 11, 22)) == D(2026, 11, 23)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [(D(2026, 8, 31), 6, D(2027, 2, 28)), (D(2026, 1, 31), 1, D(2026, 2, 28)), (D(2024, 3, 31), -1, D(2024, 2, 29)),
     (D(2026, 11, 23), 6, D(2027, 5, 23))],
)
def test_add_months_clamps(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


def test_days_in_month_is_the_calendar_modules_for_every_month_of_every_year() -> None:
    import calendar

    assert all(workdays.days_in_month(y, m) == calendar.monthrange(y, m)[1] for y in range(1, 10000)
               for m in range(1, 13))


@settings(max_examples=400, deadline=None)
@given(st.dates(), st.integers(-240, 240))
def test_add_months_is_the_corresponding_day_as_the_calendar_module_counts_it(start: dt.date, months: int) -> None:
    """民法典第二百零二条: the 对应日, or the month's last day; the same date (or the same error past the ends of time)
    as the plain definition on calendar.monthrange."""
    import calendar

    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    try:
        expected: dt.date | type[Exception] = dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
    except ValueError:
        expected = ValueError
    for _ in range(2):  # worked out, then kept
        try:
            got: dt.date | type[Exception] = add_months(start, months)
        except ValueError:
            got = ValueError
        assert got == expected


def test_kept_month_ends_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workdays, "_MAX_ADDED_MONTHS", 8)
    # Emptied first: earlier tests may have left more than 8 entries, and a date they kept is found without
    # an insertion (nothing is cleared then), which made this test fail at random in the full suite.
    workdays._ADDED_MONTHS.clear()
    for days in range(100):
        start = D(2026, 1, 1) + dt.timedelta(days=days)
        assert add_months(start, 6) == add_months(start, 6)
        assert len(workdays._ADDED_MONTHS) <= 8


# ------------------------------------------------------------------ years without a published schedule

STATUTORY_2027 = [  # 《全国年节及纪念日放假办法》第二条 (2024 text); lunar dates: 除夕 02-05, 端午 06-09, 中秋 09-15
    D(2027, 1, 1), D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8), D(2027, 4, 5), D(2027, 5, 1),
    D(2027, 5, 2), D(2027, 6, 9), D(2027, 9, 15), D(2027, 10, 1), D(2027, 10, 2), D(2027, 10, 3)]
STATUTORY_2028 = [  # 除夕 01-25; 清明 04-04; 端午 05-28; 中秋 10-03 falls inside 国庆
    D(2028, 1, 1), D(2028, 1, 25), D(2028, 1, 26), D(2028, 1, 27), D(2028, 1, 28), D(2028, 4, 4), D(2028, 5, 1),
    D(2028, 5, 2), D(2028, 5, 28), D(2028, 10, 1), D(2028, 10, 2), D(2028, 10, 3)]


@pytest.mark.parametrize(("year", "expected"), [(2027, STATUTORY_2027), (2028, STATUTORY_2028)])
def test_statutory_holidays(year: int, expected: list[dt.date]) -> None:
    days = workdays.statutory_holidays(year)
    assert sorted(days) == expected
    assert days[D(year, 1, 1)] == "元旦" and days[D(year, 10, 3)] == "国庆节"


def test_statutory_rule_starts_with_the_2024_amendment() -> None:
    assert workdays.statutory_holidays(2024) is None  # the old text (春节 3 days, 劳动节 1 day) applied then


@pytest.fixture
def unpublished_from_2027(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the holiday library knew nothing after 2026, whatever version is installed."""
    real = workdays.library_schedule
    monkeypatch.setattr(workdays, "library_schedule", lambda year: None if year >= 2027 else real(year))


@pytest.mark.usefixtures("unpublished_from_2027")
def test_unpublished_year_statutory_days_are_off_and_only_tiaoxiu_is_unknown() -> None:
    cal = WorkCalendar()
    for day in STATUTORY_2027 + STATUTORY_2028:
        assert not cal.is_workday(day), day
    assert cal.is_workday(D(2027, 10, 4))  # Monday after 国庆's 3 days: the 调休 that may make it off is unknown
    assert cal.kind(D(2027, 10, 4)) == "statutory" and cal.unknown_years == {2027, 2028}
    assert cal.weakest() == "statutory"


def test_tiaoxiu_working_weekends_of_2026_are_working_days() -> None:
    cal = WorkCalendar()
    for day in (D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)):
        assert day.weekday() >= 5 and cal.is_workday(day), day
    for day in (D(2026, 1, 2), D(2026, 2, 23), D(2026, 5, 5), D(2026, 10, 7)):  # weekdays inside the breaks
        assert not cal.is_workday(day), day
    assert cal.official(D(2026, 1, 4)) and not cal.unknown_years


def test_year_beyond_every_rule_falls_back_to_weekends() -> None:
    cal = WorkCalendar()
    assert cal.is_workday(D(2200, 1, 1)) is (D(2200, 1, 1).weekday() < 5)
    assert cal.kind(D(2200, 1, 1)) == "weekends_only" and cal.weakest() == "weekends_only"


# ------------------------------------------------------------------ a published schedule added as data

SCHEDULE_2027 = """\
# Test data only: a made-up schedule shaped like a State Council notice.
year: 2027
source:
  title: 测试用放假安排（非真实通知）
  issuer: 测试
  url: null
  kind: official
holidays:
  - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
  - {name: 春节, from: 2027-02-05, to: 2027-02-12}
  - {name: 清明节, from: 2027-04-03, to: 2027-04-05}
  - {name: 劳动节, from: 2027-05-01, to: 2027-05-05}
  - {name: 端午节, from: 2027-06-09}
  - {name: 中秋节, from: 2027-09-15}
  - {name: 国庆节, from: 2027-10-01, to: 2027-10-07}
workdays: [2027-02-20, 2027-05-08, 2027-09-26, 2027-10-09]
"""


def policy_tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "policies"
    shutil.copytree(POLICIES, root)
    (root / "calendar").mkdir(exist_ok=True)
    for name, text in files.items():
        (root / "calendar" / name).write_text(text, encoding="utf-8")
    return root


def test_published_schedule_wins_over_library_and_statute(tmp_path: Path) -> None:
    root = policy_tree(tmp_path, {"2027.yaml": SCHEDULE_2027})
    published = workdays.load_published(root)
    assert list(published) == [2027] and published[2027].source == "测试用放假安排（非真实通知）"
    cal = WorkCalendar(published)
    assert not cal.is_workday(D(2027, 10, 4))  # off in the schedule, a working Monday by statute alone
    assert cal.is_workday(D(2027, 10, 9))  # a 调休 Saturday
    assert cal.kind(D(2027, 10, 9)) == "official" and not cal.unknown_years
    # The engine uses it: visit Tue 2027-10-12 → processing on Sat 10-09 (调休) and Mon 10-11 → file by Fri 10-08
    # (by statute alone 10-04..10-08 would be working days and the date would be Thu 10-07).
    a = advise(root=root, scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2027-10-12",
               today=D(2027, 9, 1))
    s = next(d for d in a.deadlines if d.id == "file_before_visit")
    assert (s.date, s.calendar) == (D(2027, 10, 8), "official")
    assert "calendar_unverified_year" not in [w for w, _ in a.warnings]


def test_add_workdays_on_a_published_schedule_counts_as_day_by_day(tmp_path: Path) -> None:
    """A schedule added as data (its 调休 Saturdays, its longer breaks) is counted on its own list of working days."""
    published = workdays.load_published(policy_tree(tmp_path, {"2027.yaml": SCHEDULE_2027}))
    for start in (D(2026, 12, 20) + dt.timedelta(days=i) for i in range(0, 420, 3)):
        for n in (-40, -11, -3, -1, 1, 2, 5, 30):
            fast, slow = WorkCalendar(published), WorkCalendar(published)
            assert fast.add_workdays(start, n) == _count_day_by_day(slow, start, n), (start, n)
            assert fast.unknown_years == slow.unknown_years


def test_validate_accepts_a_good_schedule(tmp_path: Path) -> None:
    root = policy_tree(tmp_path, {"2027.yaml": SCHEDULE_2027})
    result = validate_all(root)
    assert result.problems == [] and any(f.endswith("calendar/2027.yaml") for f in result.files)


def test_validate_reports_every_problem_in_a_schedule(tmp_path: Path) -> None:
    bad = (SCHEDULE_2027.replace("kind: official", "kind: copy\n  confidence: medium")
           .replace("  - {name: 端午节, from: 2027-06-09}\n", "")
           .replace("workdays: [2027-02-20,", "workdays: [2027-02-19,"))
    root = policy_tree(tmp_path, {"2027.yaml": bad, "2028.yaml": SCHEDULE_2027})
    rendered = [p.render("en") for p in validate(root)]
    assert rendered == [
        f"{root}/calendar/2027.yaml:8: source.confidence: source source is a copy (kind: copy): its confidence must "
        "be low, not medium",
        f"{root}/calendar/2027.yaml:9: holidays: the statutory holiday 2027-06-09 (端午节, 全国年节及纪念日放假办法) "
        "is in no break: check the entry",
        f"{root}/calendar/2027.yaml:16: workdays[0]: the 调休 working day 2027-02-19 is not a weekend day",
        f"{root}/calendar/2028.yaml:2: year: the file name 2028.yaml must be the year: 2027.yaml",
    ]


def test_bad_schedule_at_run_time_is_exit_2_not_ignored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = policy_tree(tmp_path, {"2027.yaml": SCHEDULE_2027.replace("  kind: official\n", "")})
    with pytest.raises(PolicyError) as exc:
        workdays.load_published(root)
    assert exc.value.message("en") == ("Holiday schedule file calendar/2027.yaml: source.kind: the source has no kind: "
                                       "official (the issuing body's own page or account) or copy (repost, mirror, "
                                       "news, forum, hospital, university, SEO page) (medins policies validate lists "
                                       "every problem)")


def _count_day_by_day(cal: WorkCalendar, start: dt.date, n: int) -> dt.date:
    """The plain definition add_workdays must agree with: step a day at a time, count the working days."""
    step, day = (1 if n >= 0 else -1), start
    for _ in range(abs(n)):
        day += dt.timedelta(days=step)
        while not cal.is_workday(day):
            day += dt.timedelta(days=step)
    return day


@settings(max_examples=400, deadline=None)
@given(start=st.dates(D(1990, 1, 1), D(2105, 12, 31)), n=st.integers(-400, 400))
def test_add_workdays_counts_as_day_by_day(start: dt.date, n: int) -> None:
    """Every date, published years, statutory-only years and years no layer knows (before 2004, after 2100),
    across year ends; the years looked at (unknown_years, said in the advice) are the same too."""
    fast, slow = WorkCalendar(), WorkCalendar()
    assert fast.add_workdays(start, n) == _count_day_by_day(slow, start, n)
    assert fast.unknown_years == slow.unknown_years


def test_add_workdays_at_the_ends_of_time() -> None:
    cal = WorkCalendar()
    assert cal.add_workdays(D(9999, 12, 29), 0) == D(9999, 12, 29)
    assert cal.add_workdays(D(9999, 12, 29), 2) == D(9999, 12, 31)  # a Wednesday, then Thursday and Friday
    with pytest.raises(OverflowError):
        cal.add_workdays(D(9999, 12, 29), 3)
    with pytest.raises(OverflowError):
        cal.add_workdays(D(1, 1, 3), -5)

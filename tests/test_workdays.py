"""Working-day arithmetic on the official calendar, across holidays and 调休 working weekends."""

import datetime as dt

import pytest

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

"""China's official working-day calendar (holidays and 调休 working weekends).

Backed by `chinese_calendar`, which carries the State Council schedules. For a year it does not know
(the schedule for next year is usually published in November) we fall back to plain weekends and
say so: the caller gets `official=False` and must label the date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

import chinese_calendar


@dataclass
class WorkCalendar:
    """Working-day arithmetic that remembers whether every day it looked at was officially known."""

    unknown_years: set[int] = field(default_factory=set)

    def is_workday(self, day: dt.date) -> bool:
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            self.unknown_years.add(day.year)
            return day.weekday() < 5

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (start itself not counted); n < 0 counts backwards."""
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        day = start
        while remaining:
            day += dt.timedelta(days=step)
            if self.is_workday(day):
                remaining -= 1
        return day

    def roll_forward(self, day: dt.date) -> dt.date:
        """A period ending on a rest day ends on the next working day (民法典 第二百零三条)."""
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day

    def official(self, *days: dt.date) -> bool:
        return not any(d.year in self.unknown_years for d in days)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month `months` later; clamps to the month's last day (1-31 + 1 month = 2-28/29)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def known_years() -> tuple[int, int]:
    from chinese_calendar import constants

    years = {d.year for d in constants.holidays}
    return min(years), max(years)

"""Working-day lookups: medins' per-year cached schedule against chinese_calendar.is_workday, in one process.

Usage: python benchmarks/workdays.py [--days N]

Prints lookups per second (CPU time) for a published year (2026, from chinese_calendar), an unpublished year
(2027: statutory holidays) and the reference `chinese_calendar.is_workday` on 2026, and the ratio of medins to
the reference. The batch mode needs tens of thousands of advice a second, each with a handful of lookups.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import chinese_calendar

from medins_cli.workdays import WorkCalendar


def rate(fn, days: list[dt.date]) -> float:  # type: ignore[no-untyped-def]
    fn(days[0])  # warm the per-year cache; the first lookup of a year builds it once
    start = time.process_time()
    for d in days:
        fn(d)
    return len(days) / max(time.process_time() - start, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=200_000)
    n = parser.parse_args().days
    y2026 = [dt.date(2026, 1, 1) + dt.timedelta(days=i % 365) for i in range(n)]
    y2027 = [dt.date(2027, 1, 1) + dt.timedelta(days=i % 365) for i in range(n)]
    reference = rate(chinese_calendar.is_workday, y2026)
    fresh = rate(lambda d: WorkCalendar().is_workday(d), y2026)  # a new calendar per lookup, as per advice
    for label, days in (("2026 (published)", y2026), ("2027 (statutory)", y2027)):
        cal = WorkCalendar()
        r = rate(cal.is_workday, days)
        print(f"{label}: {r:,.0f} lookups/s ({r / reference:.1f}× chinese_calendar.is_workday)")
    print(f"2026, new WorkCalendar per lookup: {fresh:,.0f}/s ({fresh / reference:.1f}×)")
    print(f"reference chinese_calendar.is_workday 2026: {reference:,.0f} lookups/s")


if __name__ == "__main__":
    main()

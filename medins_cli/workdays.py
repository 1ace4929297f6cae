"""China's working-day calendar: days off and 调休 working weekends, for any year.

Three layers, the first that knows a year wins:
1. a State Council schedule a maintainer added as data (`policies/calendar/<year>.yaml`, with its source);
2. `chinese_calendar`, which carries the published schedules (the next year's usually appears in November);
3. the statutory holidays of 《全国年节及纪念日放假办法》 (as amended 2024, in force 2025-01-01), which are fixed
   by law: 元旦 1 day, 春节 4 days from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3. Lunar dates come from
   `borax` (imported only for such years), 清明 from `chinese_calendar.get_solar_terms`. Only the 调休 working
   weekends stay unknown for these years: the caller is told (`calendar` "statutory") and must say so.
A year outside all three (before 2025 and unknown to the library, or beyond the lunar tables) falls back to
plain weekends ("weekends_only").

Lookups are per-year sets built once and cached: the batch mode checks tens of thousands of days a second.
"""

from __future__ import annotations

import datetime as dt
import os
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

# Where each layer's answer comes from, best first; also the `calendar` value a date gets in the advice.
ORIGIN_PUBLISHED: Final = "official"  # a published schedule: from policies/calendar or from chinese_calendar
ORIGIN_STATUTORY: Final = "statutory"  # statutory holidays only, 调休 not known
ORIGIN_WEEKENDS: Final = "weekends_only"
_RANK: Final = {ORIGIN_PUBLISHED: 0, ORIGIN_STATUTORY: 1, ORIGIN_WEEKENDS: 2}

# The holidays 调休 joins into breaks of a week or so, with the message id of each name.
LONG_BREAKS: Final = {"春节": "spring_festival", "劳动节": "labour_day", "国庆节": "national_day"}
STATUTORY_FROM = 2025  # the 2024 amendment (春节 4 days, 劳动节 2 days) is in force from 2025-01-01


@dataclass(frozen=True)
class YearSchedule:
    """Days off and working days of one year that differ from "Monday to Friday work, weekends off"."""

    year: int
    off: frozenset[dt.date]
    on: frozenset[dt.date]  # 调休: weekend days that are working days
    origin: str  # official | statutory | weekends_only
    source: str | None = None  # for a schedule added as data: its source id
    # `workdays`, filled on first use: a property over a field, as a cached property does not cache on a compiled
    # (mypyc) class.
    _workdays: list[int] = field(default_factory=list, compare=False, hash=False, repr=False)

    def is_workday(self, day: dt.date) -> bool:
        if day in self.on:
            return True
        if day in self.off:
            return False
        return day.weekday() < 5

    @property
    def workdays(self) -> list[int]:
        """The year's working days as ordinals, in order: the n-th working day after a date is one bisect away.
        Worked out once per schedule (the schedules are kept per year), from is_workday itself."""
        days = self._workdays
        if not days:  # every year has working days: empty means not worked out yet
            first = dt.date(self.year, 1, 1).toordinal()
            last = dt.date(self.year, 12, 31).toordinal()
            days.extend([o for o in range(first, last + 1) if self.is_workday(dt.date.fromordinal(o))])
        return days


@lru_cache(maxsize=1)
def _library_years() -> frozenset[int]:
    from chinese_calendar import constants

    return frozenset(d.year for d in constants.holidays)


@cache
def library_schedule(year: int) -> YearSchedule | None:
    """The schedule `chinese_calendar` carries for `year`, or None if it does not know the year."""
    if year not in _library_years():
        return None
    from chinese_calendar import constants

    off = frozenset(d for d in constants.holidays if d.year == year)
    on = frozenset(d for d in constants.workdays if d.year == year and d.weekday() >= 5)
    return YearSchedule(year, off, on, ORIGIN_PUBLISHED)


@cache
def statutory_holidays(year: int) -> dict[dt.date, str] | None:
    """The days off fixed by 《全国年节及纪念日放假办法》第二条 (2024 text) for `year`; None outside its reach."""
    if year < STATUTORY_FROM:
        return None
    try:
        from borax.calendars.lunardate import LunarDate  # lazily: only years without a published schedule
    except ImportError:  # pragma: no cover - a declared dependency; degrade rather than crash
        return None
    from chinese_calendar import get_solar_terms

    try:
        new_year = LunarDate(year, 1, 1).to_solar_date()
        dragon_boat = LunarDate(year, 5, 5).to_solar_date()
        mid_autumn = LunarDate(year, 8, 15).to_solar_date()
    except (ValueError, KeyError, IndexError):  # beyond the lunar tables (after 2100)
        return None
    qingming = next((d for d, name in get_solar_terms(dt.date(year, 4, 1), dt.date(year, 4, 10))
                     if "清明" in name), None)
    if qingming is None:
        return None
    days: dict[dt.date, str] = {dt.date(year, 1, 1): "元旦"}
    for i in range(-1, 3):  # 除夕 and 正月初一至初三
        days[new_year + dt.timedelta(days=i)] = "春节"
    days[qingming] = "清明节"
    days[dt.date(year, 5, 1)] = days[dt.date(year, 5, 2)] = "劳动节"
    days[dragon_boat] = "端午节"
    days[mid_autumn] = "中秋节"
    for d in (1, 2, 3):
        days[dt.date(year, 10, d)] = "国庆节"
    return days


@cache
def statutory_schedule(year: int) -> YearSchedule | None:
    """One object per year (bounded by the years of dt.date), so that what it works out once is kept."""
    days = statutory_holidays(year)
    return None if days is None else YearSchedule(year, frozenset(days), frozenset(), ORIGIN_STATUTORY)


@cache
def weekends_schedule(year: int) -> YearSchedule:
    """Plain weekends, for a year no layer knows; one object per year, like statutory_schedule."""
    return YearSchedule(year, frozenset(), frozenset(), ORIGIN_WEEKENDS)


@cache
def _break_starts(year: int) -> tuple[tuple[str, dt.date], ...]:
    """(name, first day) of each of LONG_BREAKS in the statutory holidays of `year`, in LONG_BREAKS order."""
    days = statutory_holidays(year) or {}
    out = []
    for name in LONG_BREAKS:
        start = min((d for d, n in days.items() if n == name), default=None)
        if start is not None:
            out.append((name, start))
    return tuple(out)


# Final: compiled code (mypyc) reads these as C statics, not by a lookup in the module.
_DAY: Final = dt.timedelta(days=1)
_WEEK: Final = dt.timedelta(days=7)


class WorkCalendar:
    """Working-day arithmetic that remembers which years it had to work out without a published schedule.

    `published` holds schedules added as data (policies/calendar); they win over the library and the law.
    A plain class, not a dataclass: the engine makes one per advice, and compiled (mypyc) a dataclass is still made
    through the Python-level __init__ that dataclasses writes, ~10x the cost of this one.
    """

    __slots__ = ("published", "unknown_years", "_years")

    def __init__(self, published: Mapping[int, YearSchedule] | None = None) -> None:
        self.published: Mapping[int, YearSchedule] = {} if published is None else published
        self.unknown_years: set[int] = set()  # years without a published schedule
        self._years: dict[int, YearSchedule] = {}

    def schedule(self, year: int) -> YearSchedule:
        s = self._years.get(year)
        if s is None:
            s = (self.published.get(year) or library_schedule(year) or statutory_schedule(year)
                 or weekends_schedule(year))
            self._years[year] = s
            if s.origin != ORIGIN_PUBLISHED:
                self.unknown_years.add(year)
        return s

    def seen(self) -> tuple[tuple[int, YearSchedule], ...]:
        """The years looked at so far, each with its schedule."""
        return tuple(self._years.items())

    def sees(self, years: tuple[tuple[int, YearSchedule], ...]) -> bool:
        """Whether this calendar has each of `years`' schedules for its year (and looks at them, as a count through
        them would); False at the first that differs."""
        return all(self.schedule(year) is s for year, s in years)

    def is_workday(self, day: dt.date) -> bool:
        return self.schedule(day.year).is_workday(day)

    def add_workdays(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start` (start itself not counted); n < 0 counts backwards.

        Counted on each year's list of working days (YearSchedule.workdays) rather than day by day; the years
        looked at are those the days counted through lie in, as a day-by-day count would see them."""
        if not n:
            return start
        if n > 0:
            day = start + _DAY  # past dt.date.max: OverflowError, as a day-by-day count
            year = day.year
            days = self.schedule(year).workdays
            i = bisect_left(days, day.toordinal())  # the first working day from `day` on
            while i + n > len(days):
                n -= len(days) - i
                year += 1
                if year > dt.MAXYEAR:
                    raise OverflowError("date value out of range")
                days, i = self.schedule(year).workdays, 0
            return dt.date.fromordinal(days[i + n - 1])
        n = -n
        day = start - _DAY
        year = day.year
        days = self.schedule(year).workdays
        i = bisect_right(days, day.toordinal())  # the working days up to `day`
        while n > i:
            n -= i
            year -= 1
            if year < dt.MINYEAR:
                raise OverflowError("date value out of range")
            days = self.schedule(year).workdays
            i = len(days)
        return dt.date.fromordinal(days[i - n])

    def unpublished_break(self, first: dt.date, last: dt.date) -> tuple[str, dt.date] | None:
        """(name, first day) of a 春节, 劳动节 or 国庆节 holiday in a year whose 调休 is not published, when the days
        `first`..`last` fall in the week it begins; None otherwise.

        The law fixes only the holidays themselves; the State Council's yearly notice joins them with 调休 into
        longer breaks (放假办法, 2024 decision), so the working days just after them are not known yet. A
        suggested date that needs them is moved before the holiday (a suggestion may err early, never late).
        """
        for year in (first.year,) if first.year == last.year else sorted({first.year, last.year}):
            if self.schedule(year).origin != ORIGIN_STATUTORY:
                continue
            for name, start in _break_starts(year):
                if first <= start + _WEEK and start <= last:
                    return name, start
        return None

    def roll_forward(self, day: dt.date) -> dt.date:
        """A period ending on a rest day ends on the next working day (民法典第二百零三条)."""
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day

    def kind(self, *days: dt.date) -> str:
        """How well the calendar is known for these days: the weakest of official / statutory / weekends_only."""
        weakest, rank = ORIGIN_PUBLISHED, 0
        for d in days:
            origin = self.schedule(d.year).origin
            if _RANK[origin] > rank:
                weakest, rank = origin, _RANK[origin]
        return weakest

    def official(self, *days: dt.date) -> bool:
        return self.kind(*days) == ORIGIN_PUBLISHED

    def weakest(self) -> str:
        """The weakest origin among the years looked at (for the warning's wording)."""
        return max((self._years[y].origin for y in self.unknown_years), key=_RANK.__getitem__,
                   default=ORIGIN_PUBLISHED)


def add_months(day: dt.date, months: int) -> dt.date:
    """The 对应日 `months` later, or the month's last day where there is none (民法典第二百零二条).

    With the start day not counted (第二百零一条) a period of N months from the 1st ends on the 1st.
    """
    key = (day, months)
    kept = _ADDED_MONTHS.get(key)
    if kept is not None:
        return kept
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    added = dt.date(year, month, min(day.day, days_in_month(year, month)))  # past the ends of time: ValueError
    if len(_ADDED_MONTHS) >= _MAX_ADDED_MONTHS:
        _ADDED_MONTHS.clear()
    _ADDED_MONTHS[key] = added
    return added


# add_months by its arguments (a date is immutable): a batch asks for the same validity and change-lock ends again
# and again, and compiled each date's fields and constructor are generic calls. Bounded; cleared when full.
_ADDED_MONTHS: Final[dict[tuple[dt.date, int], dt.date]] = {}
_MAX_ADDED_MONTHS = 4096


_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """calendar.monthrange(year, month)[1] (proleptic Gregorian), without its weekday: a compiled call, where the
    calendar module's is a Python one (~20x the cost, on every validity and change-lock date)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def known_years() -> tuple[int, int]:
    years = _library_years()
    return min(years), max(years)


# ------------------------------------------------------------------ published schedules added as data

CALENDAR_DIR = "calendar"  # under the policy root: policies/calendar/<year>.yaml
_TOP = frozenset({"year", "source", "holidays", "workdays", "note"})
_SOURCE_FIELDS = frozenset({"title", "document", "issuer", "url", "published", "kind", "confidence", "copy_of",
                            "note"})
_HOLIDAY_FIELDS = frozenset({"name", "from", "to"})

# (field path, message key under policies.problem., params)
CalendarProblem = tuple[str, str, dict[str, object]]


def _date_of(value: object) -> dt.date | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def schedule_from_doc(doc: object, file_name: str) -> tuple[YearSchedule | None, list[CalendarProblem]]:
    """A published State Council schedule from `policies/calendar/<year>.yaml`, and every problem in it.

    Shape: `year`, `source` (title, kind official|copy, …), `holidays` (each `name`, `from`, optional `to`:
    the whole break, weekends included), `workdays` (the 调休 weekend days worked). The statutory holidays of
    the year must all be inside the breaks: a schedule that misses one is mistyped.
    """
    problems: list[CalendarProblem] = []

    def bad(path: str, key: str, **params: object) -> None:
        problems.append((path, key, params))

    if not isinstance(doc, dict):
        bad("-", "calendar_not_mapping")
        return None, problems
    for key in doc:
        if key not in _TOP:
            bad(str(key), "unknown_field", name=key)
    stem = file_name.rsplit(".", 1)[0]
    year = doc.get("year")
    if not isinstance(year, int) or isinstance(year, bool):
        bad("year", "missing_field" if year is None else "positive_int", name="year", value=year)
        return None, problems
    if stem != str(year):
        bad("year", "calendar_file_name", name=file_name, value=year)

    source = doc.get("source")
    source_title: str | None = None
    if not isinstance(source, dict):
        bad("source", "missing_field" if source is None else "source_not_mapping", name="source")
    else:
        for key in source:
            if key not in _SOURCE_FIELDS:
                bad(f"source.{key}", "unknown_field", name=key)
        title = source.get("title")
        if not isinstance(title, str) or not title.strip():
            bad("source.title", "source_no_title")
        else:
            source_title = title.strip()
        kind = source.get("kind")
        if kind is None:
            bad("source.kind", "source_no_kind")
        elif kind not in ("official", "copy"):
            bad("source.kind", "bad_enum", value=kind, options="official, copy")
        confidence = source.get("confidence", "high" if kind == "official" else None)
        if kind == "copy" and confidence != "low":
            bad("source.confidence", "copy_not_low", source="source", value=confidence)
        if source.get("url") is not None and not isinstance(source.get("url"), str):
            bad("source.url", "source_url", value=source.get("url"))

    off: dict[dt.date, str] = {}
    holidays = doc.get("holidays")
    if not isinstance(holidays, list) or not holidays:
        bad("holidays", "calendar_not_list", name="holidays")
        holidays = []
    for i, item in enumerate(holidays):
        path = f"holidays[{i}]"
        if not isinstance(item, dict) or "from" not in item or not isinstance(item.get("name"), str):
            bad(path, "calendar_holiday_shape")
            continue
        for key in item:
            if key not in _HOLIDAY_FIELDS:
                bad(f"{path}.{key}", "unknown_field", name=key)
        start, end = _date_of(item["from"]), _date_of(item.get("to", item["from"]))
        if start is None or end is None:
            bad(f"{path}.from" if start is None else f"{path}.to", "bad_date",
                value=item["from"] if start is None else item.get("to"))
            continue
        if end < start:
            bad(f"{path}.to", "end_before_start", start=start.isoformat(), end=end.isoformat())
            continue
        day = start
        while day <= end:
            if day.year != year:
                bad(path, "calendar_outside_year", value=day.isoformat(), year=year)
                break
            off[day] = item["name"]
            day += dt.timedelta(days=1)

    on: set[dt.date] = set()
    workdays = doc.get("workdays", [])
    if not isinstance(workdays, list):
        bad("workdays", "calendar_not_list", name="workdays")
        workdays = []
    for i, value in enumerate(workdays):
        path = f"workdays[{i}]"
        worked = _date_of(value)  # a name of its own: `day` above is a date, never None (compiled: checked)
        if worked is None:
            bad(path, "bad_date", value=value)
        elif worked.year != year:
            bad(path, "calendar_outside_year", value=worked.isoformat(), year=year)
        elif worked.weekday() < 5:
            bad(path, "calendar_workday_not_weekend", value=worked.isoformat())
        elif worked in off:
            bad(path, "calendar_workday_in_holiday", value=worked.isoformat(), name=off[worked])
        else:
            on.add(worked)

    for day, name in sorted((statutory_holidays(year) or {}).items()):
        if holidays and day not in off:
            bad("holidays", "calendar_statutory_missing", value=day.isoformat(), name=name)
    if problems:
        return None, problems
    return YearSchedule(year, frozenset(off), frozenset(on), ORIGIN_PUBLISHED, source_title), problems


def _read_yaml(path: Path) -> object:
    import yaml

    from medins_cli.errors import PolicyError
    from medins_cli.policy import _read, yaml_loader
    from medins_cli.yaml_bounded import YamlLimit, safe_load

    try:
        return safe_load(_read(path), yaml_loader())  # CSafeLoader/SafeLoader; bounded depth, aliases and size
    except YamlLimit as exc:
        raise PolicyError("policy_bad_yaml", file=path.name, line=exc.line or "?", problem=exc.problem()) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PolicyError("policy_bad_yaml", file=path.name, line=mark.line + 1 if mark else "?",
                          problem=getattr(exc, "problem", exc)) from None
    except ValueError as exc:  # an unquoted 2027-02-30
        raise PolicyError("policy_bad_yaml", file=path.name, line="?", problem=str(exc)) from None


@lru_cache(maxsize=8)
def load_published(root: Path) -> dict[int, YearSchedule]:
    """Every schedule under `<root>/calendar/`; a bad file is a PolicyError (exit 2), never a silent skip."""
    from medins_cli.errors import PolicyError
    from medins_cli.msg import Msg

    folder = root / CALENDAR_DIR
    try:
        names = sorted(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    out: dict[int, YearSchedule] = {}
    for name in names:
        if not name.endswith((".yaml", ".yml")):
            continue
        schedule, problems = schedule_from_doc(_read_yaml(folder / name), name)
        if schedule is None:
            where, key, params = problems[0]
            raise PolicyError("policy_calendar_bad", file=f"{CALENDAR_DIR}/{name}", field=where,
                              problem=Msg(f"policies.problem.{key}", dict(params)))
        out[schedule.year] = schedule
    return out

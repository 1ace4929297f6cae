"""Exports of one result: deadlines as an iCalendar file, the checklist as Markdown or HTML.

Imported only when an export is asked for (icalendar and rich are not on the --json start-up path).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from medins_cli.errors import InputError
from medins_cli.messages import t, tm
from medins_cli.model import Advice, Deadline, Filing

EXPORT_SUFFIXES = (".md", ".markdown", ".html", ".htm")
REMINDER_HOUR = 9  # reminders fire at 09:00 local time: offices open, nobody is woken up


def _filing_for(advice: Advice, d: Deadline) -> Filing | None:
    return next((f for f in advice.filings if f.id == d.filing), None)


def _uid(advice: Advice, d: Deadline) -> str:
    c = advice.case
    key = "|".join((c.insured.code, c.treated.code, c.scenario, c.event_date.isoformat(), d.id))
    return f"{d.id}-{hashlib.sha256(key.encode()).hexdigest()[:16]}@medins"


def _description(advice: Advice, d: Deadline, lang: str) -> str:
    lines = [tm(d.basis, lang)]
    f = _filing_for(advice, d)
    if f is not None:
        lines.append(tm(f.title, lang))
        if f.channels:
            channels = t("ui.sep", lang).join(t(f"channel.{c}", lang) for c in f.channels)
            lines.append(t("ui.channels", lang) + ": " + channels)
        if f.materials:
            lines.append(t("ui.materials", lang) + ": " + t("ui.sep", lang).join(tm(m, lang) for m in f.materials))
    if d.calendar_note:
        lines.append(t(d.calendar_note, lang))
    lines.append(t("export.generated_by", lang, date=advice.case.today.isoformat()))
    return "\n".join(lines)


def to_ics(advice: Advice, lang: str) -> bytes:
    """One all-day event per date still ahead (RFC 5545, via icalendar).

    Every date is reminded of at 09:00 the day before, so there is a working day left to act (the wizard
    promises a reminder before the date); a deadline that costs money also a week before. A date that is
    today gets its reminder at 09:00 on the day: the day before has passed.
    """
    from icalendar import Alarm, Calendar, Event

    ahead = [d for d in advice.deadlines if d.days_left >= 0]
    cal = Calendar()
    cal.add("prodid", "-//medins//异地就医 advisor//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", t("export.calendar_name", lang))
    # DTSTAMP comes from the case's "today", not the clock, so the same case gives the same file.
    stamp = dt.datetime.combine(advice.case.today, dt.time(0, 0), tzinfo=dt.timezone.utc)
    for d in ahead:
        ev = Event()
        ev.add("uid", _uid(advice, d))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", d.date)
        ev.add("dtend", d.date + dt.timedelta(days=1))
        # A validity end is a reminder, not a deadline that costs money; a suggestion is advice.
        summary_key = {"deadline": "export.event_summary", "ends": "export.event_info",
                       "suggestion": "export.event_suggestion"}[d.label_kind]
        title = t(summary_key, lang, item=t(d.title_key, lang))
        ev.add("summary", title)
        ev.add("description", _description(advice, d, lang))
        ev.add("transp", "TRANSPARENT")
        # An all-day event starts at 00:00; -PT15H is 09:00 the day before, PT9H 09:00 on the day.
        triggers = [dt.timedelta(hours=-(24 - REMINDER_HOUR) if d.days_left >= 1 else REMINDER_HOUR)]
        if d.label_kind == "deadline" and d.days_left > 7:
            triggers.insert(0, dt.timedelta(days=-7, hours=REMINDER_HOUR))
        for trig in triggers:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", title)
            alarm.add("trigger", trig)
            ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()


def to_markdown(advice: Advice, lang: str) -> str:
    from medins_cli.page import build_page
    from medins_cli.render_markdown import draw

    return draw(build_page(advice, lang))


def to_html(advice: Advice, lang: str) -> str:
    """A standalone HTML5 page (Jinja2, auto-escaped) drawn from the same page model as the checklist."""
    from medins_cli.page import build_page
    from medins_cli.render_html import draw

    return draw(build_page(advice, lang))


def export_checklist(path: Path, advice: Advice, lang: str) -> None:
    check_export_suffix(path)
    suffix = path.suffix.lower()
    text = to_markdown(advice, lang) if suffix in (".md", ".markdown") else to_html(advice, lang)
    _write(path, text)


def check_export_suffix(path: Path) -> None:
    if path.suffix.lower() not in EXPORT_SUFFIXES:
        raise InputError("export_bad_suffix", file=str(path), options=", ".join(EXPORT_SUFFIXES))


def _write(path: Path, data: str) -> None:
    from medins_cli.files import FileProblem, write_file

    try:
        write_file(path, data)
    except FileProblem as exc:
        raise exc.as_write_error() from None


def has_deadlines_ahead(advice: Advice) -> bool:
    return any(d.days_left >= 0 for d in advice.deadlines)


def export_ics(path: Path, advice: Advice, lang: str) -> bool:
    """Write the calendar; False (and no file) when no deadline lies ahead — nothing to remind of."""
    if not has_deadlines_ahead(advice):
        return False
    _write(path, to_ics(advice, lang).decode("utf-8"))
    return True

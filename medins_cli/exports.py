"""Exports of one result: deadlines as an iCalendar file, the checklist as Markdown or HTML.

Imported only when an export is asked for (icalendar and rich are not on the --json start-up path).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
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
            lines.append(t("ui.channels", lang) + ": " + "；".join(t(f"channel.{c}", lang) for c in f.channels))
        if f.materials:
            lines.append(t("ui.materials", lang) + ": " + "；".join(tm(m, lang) for m in f.materials))
    if d.calendar_note:
        lines.append(t(d.calendar_note, lang))
    lines.append(t("export.generated_by", lang, date=advice.case.today.isoformat()))
    return "\n".join(lines)


def to_ics(advice: Advice, lang: str) -> bytes:
    """One all-day event per date still ahead (RFC 5545, via icalendar).

    Only a deadline that costs money gets deadline alarms (a week and a day before); a suggestion is a plain
    reminder on its day, and a validity end a reminder the day before.
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
        title = t(summary_key, lang, item=t(f"deadline.{d.id}", lang))
        ev.add("summary", title)
        ev.add("description", _description(advice, d, lang))
        ev.add("transp", "TRANSPARENT")
        # An all-day event starts at 00:00; -PT15H is 09:00 the day before.
        if d.label_kind == "suggestion":
            triggers = [dt.timedelta(hours=REMINDER_HOUR)]  # 09:00 on the day itself
        else:
            triggers = [dt.timedelta(hours=-(24 - REMINDER_HOUR))]
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


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(advice: Advice, lang: str) -> str:
    from medins_cli.fmt import fmt_yuan

    c = advice.case
    out = [f"# {t('ui.title', lang)}", "",
           t("ui.case", lang, insured=c.insured.name, treated=c.treated.name,
             scenario=t(f"scenario.{c.scenario}", lang), insurance=t(f"insurance.{c.insurance}", lang),
             date=c.event_date.isoformat()), "",
           f"*{tm(advice.summary, lang)}*", "", f"## {t('ui.filings', lang)}", ""]
    if not advice.filings:
        out.append(f"- {t('ui.exit.0', lang)}")
    for f in advice.filings:
        tag = t("ui.done", lang) if f.done else t("ui.required" if f.required else "ui.optional", lang)
        when = (f" — {t('ui.deadline', lang)} **{f.deadline.isoformat()}**" if f.deadline
                else (f" — {tm(f.when, lang)}" if f.when else
                      (" — " + t("ui.suggested", lang, date=f.suggested_by.isoformat()) if f.suggested_by else "")))
        out.append(f"- [{'x' if f.done else ' '}] [{tag}] {tm(f.title, lang)}{when}")
        if f.channels and not f.done:
            out.append(f"  - {t('ui.channels', lang)}: " + "；".join(t(f"channel.{ch}", lang) for ch in f.channels))
        if f.materials and not f.done:
            out.append(f"  - {t('ui.materials', lang)}: " + "；".join(tm(m, lang) for m in f.materials))
        out.extend(f"  - {tm(n, lang)}" for n in f.notes)
    if advice.deadlines:
        out += ["", f"## {t('ui.deadlines', lang)}", "",
                f"| {t('ui.col.date', lang)} | {t('ui.col.kind', lang)} | {t('ui.col.item', lang)} | "
                f"{t('ui.col.days_left', lang)} | {t('ui.col.basis', lang)} |", "|---|---|---|---:|---|"]
        for d in advice.deadlines:
            left = (t("ui.overdue", lang, days=-d.days_left) if d.overdue
                    else t("ui.passed", lang, days=-d.days_left) if d.days_left < 0 else str(d.days_left))
            date = d.date.isoformat() + (" " + t(d.calendar_note, lang) if d.calendar_note else "")
            out.append(f"| {date} | {t(f'ui.kind.{d.label_kind}', lang)} | {_md_escape(t(f'deadline.{d.id}', lang))} "
                       f"| {left} | {_md_escape(tm(d.basis, lang))} |")
    out += ["", f"## {t('ui.cost', lang)}", ""]
    costs = [(advice.cost, t("ui.cost", lang))]
    if advice.cost_if_filed is not None and advice.cost is not None \
            and advice.cost_if_filed.out_of_pocket != advice.cost.out_of_pocket:
        costs.append((advice.cost_if_filed, t("ui.cost_if_filed", lang)))
    if advice.cost is None:
        out.append(t("ui.no_cost", lang))
    else:
        for cost, title in costs:
            out += [f"**{title}**", "", f"| {t('ui.col.step', lang)} | {t('ui.col.amount', lang)} | "
                    f"{t('ui.col.arithmetic', lang)} |", "|---|---:|---|"]
            for s in cost.breakdown:
                amount = "" if s.amount is None else fmt_yuan(s.amount)
                out.append(f"| {_md_escape(tm(s.label, lang))} | {amount} | {_md_escape(s.formula or '')} |")
            out.append("")
        if advice.cost_if_filed is not None:
            a, b = advice.cost.out_of_pocket, advice.cost_if_filed.out_of_pocket
            if a is not None and b is not None and a > b:
                out += [f"**{t('ui.filing_worth', lang, amount=fmt_yuan(a - b))}**", ""]
            elif a is not None and a == b:
                out += [t("ui.filing_same", lang), ""]
        out.extend(f"- {tm(a, lang)}" for a in advice.cost.assumptions)
    for title_key, items in (("ui.warnings", [tm(m, lang) for _w, m in advice.warnings]),
                             ("ui.defaults", [f"`{d.parameter}`: {tm(d.note, lang)}" for d in advice.defaults_used]),
                             ("ui.sourced_not_used", [f"`{u.parameter}` [{u.source}]: {tm(u.reason, lang)}"
                                                      for u in advice.sourced_not_used]),
                             ("ui.assumptions", [tm(a, lang) for a in advice.assumptions])):
        if items:
            out += ["", f"## {t(title_key, lang)}", ""] + [f"- {i}" for i in items]
    if advice.sources:
        out += ["", f"## {t('ui.sources', lang)}", ""]
        for s in advice.sources:
            title = f"[{s.title}]({s.url})" if s.url else s.title
            doc = f" {s.document}" if s.document else ""
            day = s.effective_from.isoformat()
            out.append(f"- [{s.id}] {title}{doc} ({t('ui.as_of', lang, date=day) if s.as_of else day})")
    status = 3 if advice.overdue else (1 if advice.action_required else 0)
    out += ["", f"**{t(f'ui.exit.{status}', lang)}**", "", "---", t("export.generated_by", lang,
                                                                    date=c.today.isoformat()), ""]
    return "\n".join(out)


HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{{stylesheet}}
body {{{{ color: {{foreground}}; background-color: {{background}}; }}}}
pre, code {{{{ font-family: "Noto Sans Mono CJK SC", "Sarasa Mono SC", Menlo, Consolas, monospace;
        font-size: 14px; line-height: 1.4; white-space: pre-wrap; }}}}
@media print {{{{ body {{{{ background: #fff; color: #000; }}}} }}}}
</style>
</head>
<body>
<main id="medins-checklist">
<pre><code>{{code}}</code></pre>
</main>
</body>
</html>
"""


def to_html(advice: Advice, lang: str) -> str:
    """The same renderables as the terminal checklist, recorded by rich and exported as HTML."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.terminal_theme import DEFAULT_TERMINAL_THEME

    from medins_cli.render_rich import build

    console = Console(record=True, file=io.StringIO(), width=110, force_terminal=True, color_system="truecolor",
                      highlight=False)
    for item in build(advice, lang):
        # Box-drawing characters are "ambiguous width": CJK fonts draw them double-wide, which breaks the
        # table rules in a browser. ASCII rules line up in every font.
        if isinstance(item, Table) and item.box is not None:
            item.box = box.ASCII2
        console.print(item)
    template = HTML_TEMPLATE.format(lang="zh-CN" if lang == "zh" else "en", title=t("ui.title", lang))
    return console.export_html(theme=DEFAULT_TERMINAL_THEME, code_format=template, inline_styles=False)


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

"""The human checklist (rich). Imported only when not printing JSON, to keep --json start-up fast."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from medins_cli.fmt import fmt_yuan
from medins_cli.messages import t, tm
from medins_cli.model import Advice, Cost
from medins_cli.output import quiet_stdout


def _cost_table(cost: Cost, lang: str, title: str) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    table.add_column(t("ui.col.step", lang))
    table.add_column(t("ui.col.amount", lang), justify="right")
    table.add_column(t("ui.col.arithmetic", lang), overflow="fold")
    for step in cost.breakdown:
        amount = "" if step.amount is None else fmt_yuan(step.amount)
        style = "bold" if step.id in ("fund_pays", "out_of_pocket") else None
        table.add_row(tm(step.label, lang), amount, step.formula or "", style=style)
    return table


def _item(bullet: str, text: str, style: str | None = None, indent: int = 2) -> Table:
    """A bullet and its text in a grid, so long Chinese lines wrap inside the text column."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, min_width=indent + len(bullet))
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row(" " * indent + bullet, Text(text, style=style or ""))
    return grid


def build(advice: Advice, lang: str) -> list[object]:
    """The renderables, in order (also used for exports later)."""
    case = advice.case
    out: list[object] = []
    out.append(Text(t("ui.title", lang), style="bold"))
    out.append(Text(t("ui.case", lang, insured=case.insured.name, treated=case.treated.name,
                      scenario=t(f"scenario.{case.scenario}", lang),
                      insurance=t(f"insurance.{case.insurance}", lang), date=case.event_date.isoformat())))
    out.append(Text(tm(advice.summary, lang), style="italic"))

    out.append(Text("\n" + t("ui.filings", lang), style="bold underline"))
    if not advice.filings:
        out.append(Text("  ✓ " + t("ui.exit.0", lang), style="green"))
    for f in advice.filings:
        box = "☑" if f.done else "☐"
        tag = t("ui.done", lang) if f.done else t("ui.required" if f.required else "ui.optional", lang)
        line = Text(f"  {box} [{tag}] ", style="green" if f.done else ("bold" if f.required else None))
        line.append(tm(f.title, lang), style="bold" if f.required and not f.done else None)
        if f.deadline:
            line.append(f" — {t('ui.deadline', lang)} {f.deadline.isoformat()}", style="yellow")
        elif f.when:
            line.append(f" — {tm(f.when, lang)}", style="yellow")
        elif f.suggested_by:
            line.append(" — " + t("ui.suggested", lang, date=f.suggested_by.isoformat()), style="yellow")
        out.append(line)
        if f.channels and not f.done:
            out.append(_item(t("ui.channels", lang) + ":", "；".join(t(f"channel.{c}", lang) for c in f.channels),
                             indent=6))
        if f.materials and not f.done:
            out.append(_item(t("ui.materials", lang) + ":", "；".join(tm(m, lang) for m in f.materials), indent=6))
        for n in f.notes:
            out.append(_item("·", tm(n, lang), "dim", indent=6))

    if advice.deadlines:
        table = Table(title=t("ui.deadlines", lang), title_justify="left", show_edge=False)
        table.add_column(t("ui.col.date", lang))
        table.add_column(t("ui.col.kind", lang))
        table.add_column(t("ui.col.item", lang), overflow="fold")
        table.add_column(t("ui.col.days_left", lang), justify="right")
        table.add_column(t("ui.col.basis", lang), overflow="fold")
        for d in advice.deadlines:
            if d.overdue:
                left = Text(t("ui.overdue", lang, days=-d.days_left), style="bold red")
            elif d.days_left < 0:  # a passed suggestion: not overdue, the filing says "file now"
                left = Text(t("ui.passed", lang, days=-d.days_left), style="yellow")
            elif d.days_left == 0:
                left = Text(t("ui.today", lang), style="bold yellow")
            else:
                left = Text(str(d.days_left), style="yellow" if d.days_left <= 7 and d.action else None)
            date = d.date.isoformat() + (" " + t(d.calendar_note, lang) if d.calendar_note else "")
            table.add_row(date, t(f"ui.kind.{d.label_kind}", lang), t(f"deadline.{d.id}", lang), left,
                          tm(d.basis, lang))
        out.append(Text(""))
        out.append(table)

    out.append(Text(""))
    if advice.cost is None:
        out.append(Text(t("ui.cost", lang), style="bold underline"))
        out.append(Text("  " + t("ui.no_cost", lang), style="dim"))
    else:
        out.append(_cost_table(advice.cost, lang, t("ui.cost", lang)))
        if advice.cost_if_filed is not None:
            if advice.cost_if_filed.out_of_pocket != advice.cost.out_of_pocket:
                out.append(_cost_table(advice.cost_if_filed, lang, t("ui.cost_if_filed", lang)))
            a, b = advice.cost.out_of_pocket, advice.cost_if_filed.out_of_pocket
            if a is not None and b is not None and a - b > Decimal(0):
                out.append(Text(t("ui.filing_worth", lang, amount=fmt_yuan(a - b)), style="bold green"))
            elif a is not None and a == b:
                out.append(Text(t("ui.filing_same", lang), style="green"))
        for a in advice.cost.assumptions:
            out.append(_item("*", tm(a, lang), "dim"))

    if advice.warnings:
        out.append(Text("\n" + t("ui.warnings", lang), style="bold underline"))
        for _wid, m in advice.warnings:
            out.append(_item("!", tm(m, lang)))
    if advice.defaults_used:
        out.append(Text("\n" + t("ui.defaults", lang), style="bold underline"))
        for d in advice.defaults_used:
            out.append(_item("~", f"{d.parameter} [{t('basis_kind.' + d.basis, lang)}]: {tm(d.note, lang)}",
                             "magenta"))
    if advice.sourced_not_used:
        out.append(Text("\n" + t("ui.sourced_not_used", lang), style="bold underline"))
        for u in advice.sourced_not_used:
            out.append(_item("~", f"{u.parameter} = {_short_value(u.value)} [{u.source}]: {tm(u.reason, lang)}",
                             "magenta"))
    if advice.assumptions:
        out.append(Text("\n" + t("ui.assumptions", lang), style="bold underline"))
        for a in advice.assumptions:
            out.append(_item("*", tm(a, lang), "dim"))
    if advice.sources:
        out.append(Text("\n" + t("ui.sources", lang), style="bold underline"))
        for s in advice.sources:
            line = Text(f"[{s.id}] {s.title}")
            if s.document:
                line.append(f" {s.document}")
            day = s.effective_from.isoformat()
            line.append(f" ({t('ui.as_of', lang, date=day) if s.as_of else day})")
            if s.cites:
                line.append(" — " + "；".join(s.cites), style="dim")
            if s.confidence == "low":
                line.append(f" [{t('ui.confidence_low', lang)}]", style="red")
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True, min_width=2)
            grid.add_column(ratio=1, overflow="fold")
            grid.add_row("", line)
            if s.url:
                grid.add_row("", Text(s.url, style="blue"))
            out.append(grid)
    status = 3 if advice.overdue else (1 if advice.action_required else 0)
    out.append(Text("\n" + t(f"ui.exit.{status}", lang),
                    style={0: "bold green", 1: "bold yellow", 3: "bold red"}[status]))
    return out


class StdoutConsole(Console):
    """A console for stdout that keeps quiet when the reader goes away (`medins … | head`).

    rich would exit 1 on a broken pipe, which here means "action required"; the check's own exit code
    should stand instead.
    """

    def on_broken_pipe(self) -> None:
        quiet_stdout()
        self.quiet = True


def render(advice: Advice, lang: str, *, no_color: bool = False, console: Console | None = None) -> None:
    console = console or StdoutConsole(no_color=True if no_color else None, highlight=False)
    for item in build(advice, lang):
        console.print(item)


def _short_value(value: object) -> str:
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)

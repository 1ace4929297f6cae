"""The human checklist (rich), drawn from the page model. Imported only when not printing JSON."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from medins_cli.model import Advice
from medins_cli.output import quiet_stdout
from medins_cli.page import CostTable, DateRow, Page, build_page


def _item(bullet: str, text: str | RenderableType, style: str | None = None, indent: int = 2) -> Table:
    """A bullet and its text in a grid, so long lines wrap inside the text column (words kept whole)."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, min_width=indent + len(bullet))
    # fold: words wrap whole; only a run longer than the column (a Chinese sentence, a URL) is cut.
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row(" " * indent + bullet, Text(text, style=style or "") if isinstance(text, str) else text)
    return grid


def _heading(text: str) -> Text:
    return Text("\n" + text, style="bold underline")


def _dates(title: str, rows: list[DateRow], labels: dict[str, str], kinds: bool) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    # The date's note wraps under the date (which keeps its 10 characters): when the note was kept on one line,
    # rich took the width from the item and basis alone and cut English words in two at 80 columns. Now it
    # narrows the widest wrapping column first, so the three text columns end up alike.
    table.add_column(labels["col.date"], min_width=10, overflow="fold")
    if kinds:  # deadlines: one that costs money, or the end of a validity
        table.add_column(labels["col.kind"], no_wrap=True)
    table.add_column(labels["col.item"], overflow="fold")
    table.add_column(labels["col.days_left"], justify="right")
    table.add_column(labels["col.basis"], overflow="fold")
    styles = {"overdue": "bold red", "today": "bold yellow", "soon": "yellow", None: None}
    for r in rows:
        date = r.date + (f"\n{r.note}" if r.note else "")
        cells = [date, *([r.kind] if kinds else []), r.item, Text(r.left, style=styles[r.urgency] or ""), r.basis]
        table.add_row(*cells)
    return table


def _cost(table: CostTable, labels: dict[str, str]) -> Table:
    out = Table(title=table.title or None, title_justify="left", show_edge=False)
    out.add_column(labels["col.step"], overflow="fold")
    out.add_column(labels["col.amount"], justify="right", no_wrap=True)
    out.add_column(labels["col.arithmetic"], overflow="fold")
    for row in table.rows:
        out.add_row(row.label, row.amount, row.formula, style="bold" if row.total else None)
    return out


def draw(page: Page) -> list[object]:
    """The renderables, in the page's order."""
    lab = page.labels
    out: list[object] = [Text(page.title, style="bold"), Text(page.case_line), Text(page.summary, style="italic"),
                         _heading(lab["todo"])]
    if page.todo_empty:
        out.append(Text("  ✓ " + page.todo_empty, style="green"))
    for f in page.todo:
        line = Text(f"[{f.tag}] ", style="green" if f.done else ("bold" if f.required else ""))
        line.append(f.title, style="bold" if f.required and not f.done else "")
        if f.when:
            line.append(f" — {f.when}", style="yellow")
        out.append(_item("☑" if f.done else "☐", line))
        for label, items in ((lab["channels"], f.channels), (lab["materials"], f.materials)):
            if items:
                out.append(_item(label + ":", Text("\n".join(f"· {i}" for i in items)), indent=6))
        for n in f.notes:
            out.append(_item("·", n, "dim", indent=6))
    for title, rows, kinds in ((lab["deadlines"], page.deadlines, True), (lab["suggestions"], page.suggestions, False)):
        if rows:
            out += [Text(""), _dates(title, rows, lab, kinds)]
    out.append(_heading(lab["cost"]))
    if page.cost_missing:
        out.append(Text("  " + page.cost_missing, style="dim"))
    out += [_cost(c, lab) for c in page.costs]
    if page.cost_verdict:
        out.append(Text(page.cost_verdict, style="bold green" if page.cost_verdict_good else "green"))
    out += [_item("*", a, "dim") for a in page.cost_notes]
    for key, bullet, items, style in (("warnings", "!", page.warnings, None), ("defaults", "~", page.defaults, None),
                                      ("unused", "~", page.unused, None),
                                      ("assumptions", "*", page.assumptions, "dim")):
        if items:
            out.append(_heading(lab[key]))
            out += [_item(bullet, i, style) for i in items]
    if page.sources:
        out.append(_heading(lab["sources"]))
        for s in page.sources:
            line = Text(f"[{s.id}] {s.title}" + (f" {s.document}" if s.document else "") + f" ({s.date})")
            if s.cites:
                line.append(" — " + lab["sep"].join(s.cites), style="dim")
            if s.low_confidence:
                line.append(f" [{s.low_confidence}]", style="red")
            body: list[Text] = [line] + ([Text(s.url, style="blue")] if s.url else [])
            out.append(_item("", Group(*body), indent=1))
    if page.technical:
        out.append(_heading(lab["technical"]))
        out += [_item("-", f"{r.key} ({r.where})", "dim") for r in page.technical]
    out.append(Text("\n" + page.status, style={0: "bold green", 1: "bold yellow", 3: "bold red"}[page.status_code]))
    out.append(Text(page.generated, style="dim"))
    return out


def build(advice: Advice, lang: str) -> list[object]:
    return draw(build_page(advice, lang))


class StdoutConsole(Console):
    """A console for stdout that keeps quiet when the reader goes away (`medins … | head`).

    rich would exit 1 on a broken pipe, which here means "action required"; the check's own exit code
    should stand instead.
    """

    def on_broken_pipe(self) -> None:
        quiet_stdout()
        self.quiet = True

    def _render_buffer(self, buffer: Any) -> str:
        # rich pads every table cell to its column width; in a pipe or a file those trailing spaces are noise
        # (diffs, grep, mail). A terminal keeps them: they carry the background colour of a row.
        text = super()._render_buffer(buffer)
        if self.is_terminal:
            return text
        return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def render(advice: Advice, lang: str, *, no_color: bool = False, console: Console | None = None) -> None:
    console = console or StdoutConsole(no_color=True if no_color else None, highlight=False)
    for item in build(advice, lang):
        console.print(item)

"""The checklist page as Markdown, drawn from the page model (same content and order as the terminal)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from medins_cli.page import CostTable, DateRow, Page

# Markdown's punctuation that can start markup inside a line. Every text of the page is escaped, so a
# value from an answers or policy file is shown, never obeyed: no link (`[x](javascript:…)`,
# `<javascript:…>`), image, raw HTML, emphasis, heading or table cell. (Control characters are already
# escaped by the page model.)
_MD_SPECIAL = {c: "\\" + chr(c) for c in b"\\`*_[]<>|~&#!"}


def _md(text: str) -> str:
    return text.translate(_MD_SPECIAL)


def _md_escape(text: str) -> str:
    return text.replace("\n", " ")


def _md_url(url: str) -> str | None:
    """A link target only for an http(s) URL, with what would end the link percent-encoded."""
    from urllib.parse import quote

    if not re.match(r"(?i)^https?://", url) or any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in url):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return _md(value)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _escaped(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


def _dates(title: str, rows: list[DateRow], lab: dict[str, str], kinds: bool) -> list[str]:
    kind = [lab["col.kind"]] if kinds else []
    head = [lab["col.date"], *kind, lab["col.item"], lab["col.days_left"], lab["col.basis"]]
    rule = ["---"] * (len(head) - 2) + ["---:", "---"]
    out = ["", f"## {title}", "", "| " + " | ".join(head) + " |", "|" + "|".join(rule) + "|"]
    for r in rows:
        date = r.date + (f" {r.note}" if r.note else "")
        left = f"**{r.left}**" if r.urgency in ("overdue", "today") else r.left
        cells = [date, *([r.kind] if kinds else []), _md_escape(r.item), left, _md_escape(r.basis)]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _cost(table: CostTable, lab: dict[str, str]) -> list[str]:
    out = [f"**{table.title}**", ""] if table.title else []
    out += [f"| {lab['col.step']} | {lab['col.amount']} | {lab['col.arithmetic']} |", "|---|---:|---|"]
    for r in table.rows:
        label, amount = _md_escape(r.label), r.amount
        if r.total:
            label, amount = f"**{label}**", f"**{amount}**"
        out.append(f"| {label} | {amount} | {_md_escape(r.formula)} |")
    return out + [""]


def draw(page: Page) -> str:
    urls = [s.url for s in page.sources]
    keys = [r.key for r in page.technical]
    page = _escaped(page)
    lab = page.labels
    out = [f"# {page.title}", "", page.case_line, "", f"*{page.summary}*", "", f"## {lab['todo']}", ""]
    if page.todo_empty:
        out.append(f"- {page.todo_empty}")
    for f in page.todo:
        when = f" — {f.when}" if f.when else ""
        out.append(f"- [{'x' if f.done else ' '}] [{f.tag}] {f.title}{when}")
        for label, items in ((lab["channels"], f.channels), (lab["materials"], f.materials)):
            if items:
                out.append(f"  - {label}:")
                out.extend(f"    - {i}" for i in items)
        out.extend(f"  - {n}" for n in f.notes)
    for title, rows, kinds in ((lab["deadlines"], page.deadlines, True), (lab["suggestions"], page.suggestions, False)):
        if rows:
            out += _dates(title, rows, lab, kinds)
    out += ["", f"## {lab['cost']}", ""]
    if page.cost_missing:
        out.append(page.cost_missing)
    for table in page.costs:
        out += _cost(table, lab)
    if page.cost_verdict:
        out += [f"**{page.cost_verdict}**" if page.cost_verdict_good else page.cost_verdict, ""]
    out.extend(f"- {a}" for a in page.cost_notes)
    for key, items in (("warnings", page.warnings), ("defaults", page.defaults), ("unused", page.unused),
                       ("assumptions", page.assumptions)):
        if items:
            out += ["", f"## {lab[key]}", ""] + [f"- {i}" for i in items]
    if page.sources:
        out += ["", f"## {lab['sources']}", ""]
        for s, url in zip(page.sources, urls, strict=True):
            link = _md_url(url) if url else None
            title = f"[{s.title}]({link})" if link else s.title + (f" {_md(url)}" if url else "")
            doc = f" {s.document}" if s.document else ""
            cites = f" — {lab['sep'].join(s.cites)}" if s.cites else ""
            low = f" **[{s.low_confidence}]**" if s.low_confidence else ""
            out.append(f"- [{s.id}] {title}{doc} ({s.date}){cites}{low}")
    if page.technical:
        out += ["", f"## {lab['technical']}", "", lab["technical_hint"], "",
                f"| {lab['col.key']} | {lab['col.where']} |", "|---|---|"]
        out.extend(f"| `{key.replace('`', '').replace('|', '/')}` | {_md_escape(r.where)} |"
                   for key, r in zip(keys, page.technical, strict=True))
    out += ["", f"**{page.status}**", "", "---", "", page.footer, "", page.generated, ""]
    return "\n".join(out)

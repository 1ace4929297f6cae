"""The one model of the checklist page: plain, already-translated data that every renderer draws.

The terminal checklist (render_rich), the Markdown export and the HTML export all lay out this same
structure in the same order, so they cannot drift apart. Building it needs the message catalogue but no
renderer; the renderers need no catalogue lookups beyond what is here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from medins_cli import __version__
from medins_cli.fmt import fmt_yuan
from medins_cli.messages import LIST_SEP, printable, t, tm
from medins_cli.model import Advice, Cost, Deadline
from medins_cli.regions import Region

# The sections, in the order every renderer draws them.
SECTIONS = ("todo", "deadlines", "suggestions", "cost", "warnings", "defaults", "unused", "assumptions",
            "sources", "technical", "status")


@dataclass(frozen=True)
class Todo:
    done: bool
    required: bool
    tag: str  # 必须 / 建议 / 已办
    title: str
    when: str | None  # "截止 2026-11-27" or a plain "at admission"
    channels: list[str]
    materials: list[str]
    notes: list[str]


@dataclass(frozen=True)
class DateRow:
    date: str
    note: str | None  # e.g. "(no 调休 data)"
    kind: str  # deadline / ends (a validity or lock) / suggested
    item: str
    left: str
    urgency: str | None  # overdue | today | soon | None
    basis: str


@dataclass(frozen=True)
class CostRow:
    label: str
    amount: str
    formula: str
    total: bool  # the fund's share and the person's share stand out


@dataclass(frozen=True)
class CostTable:
    title: str
    rows: list[CostRow]


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    document: str | None
    date: str
    url: str | None
    cites: list[str]
    low_confidence: str | None  # the label, when the source is a copy or otherwise low confidence


@dataclass(frozen=True)
class TechRow:
    key: str
    where: str  # the basis kind of a default, or the id of the source that gives the figure


@dataclass
class Page:
    lang: str
    html_lang: str
    title: str
    case_line: str
    summary: str
    labels: dict[str, str]
    todo: list[Todo] = field(default_factory=list)
    todo_empty: str | None = None
    deadlines: list[DateRow] = field(default_factory=list)
    suggestions: list[DateRow] = field(default_factory=list)
    costs: list[CostTable] = field(default_factory=list)
    cost_missing: str | None = None
    cost_verdict: str | None = None
    cost_verdict_good: bool = False
    cost_notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    defaults: list[str] = field(default_factory=list)  # figures not sourced for the region, in plain words
    unused: list[str] = field(default_factory=list)  # sourced figures the estimate could not use, and why
    assumptions: list[str] = field(default_factory=list)
    technical: list[TechRow] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    status: str = ""
    status_code: int = 0
    footer: str = ""
    generated: str = ""


def date_kind(d: Deadline) -> str:
    """deadline (a right is lost or a rule changes after it) or suggestion (advice on when to act)."""
    return d.kind


def _date_row(d: Deadline, lang: str) -> DateRow:
    if d.overdue:
        left, urgency = t("ui.overdue", lang, days=-d.days_left), "overdue"
    elif d.days_left < 0:  # a passed suggestion is not overdue: the to-do says "file now"
        left, urgency = t("ui.passed", lang, days=-d.days_left), "soon"
    elif d.days_left == 0:
        left, urgency = t("ui.today", lang), "today"
    else:
        left, urgency = str(d.days_left), ("soon" if d.days_left <= 7 and d.action else None)
    return DateRow(date=d.date.isoformat(), note=t(d.calendar_note, lang) if d.calendar_note else None,
                   kind=t(f"ui.kind.{d.label_kind}", lang), item=t(d.title_key, lang), left=left,
                   urgency=urgency, basis=tm(d.basis, lang))


def step_when(deadline: str | None, when: str | None, suggested_by: str | None, lang: str) -> str | None:
    """When to do a step, in words: a real deadline, a moment ("at admission", "now") or only advice, in that
    order, as the tables say it. Shared with the batch CSV `todo` column."""
    if deadline:
        return t("page.by_deadline", lang, date=deadline)
    if when:
        return when
    if suggested_by:
        return t("ui.suggested", lang, date=suggested_by)
    return None


def _cost_table(cost: Cost, title: str, lang: str) -> CostTable:
    return CostTable(title, [CostRow(tm(s.label, lang), "" if s.amount is None else fmt_yuan(s.amount),
                                     s.formula or "", s.id in ("fund_pays", "out_of_pocket"))
                             for s in cost.breakdown])


LABEL_KEYS = {
    "todo": "ui.filings", "deadlines": "ui.deadlines", "suggestions": "page.suggestions", "cost": "ui.cost",
    "warnings": "ui.warnings", "defaults": "ui.defaults", "unused": "ui.sourced_not_used",
    "assumptions": "ui.assumptions",
    "technical": "page.technical", "technical_hint": "page.technical_hint", "sources": "ui.sources",
    "channels": "ui.channels", "materials": "ui.materials", "sep": "ui.sep",
    "col.date": "ui.col.date", "col.item": "ui.col.item", "col.days_left": "ui.col.days_left",
    "col.basis": "ui.col.basis", "col.kind": "ui.col.kind", "col.step": "ui.col.step",
    "col.amount": "ui.col.amount",
    "col.arithmetic": "ui.col.arithmetic", "col.key": "page.col.key", "col.where": "page.col.where",
}


def _place(region: Region, lang: str) -> str:
    return t("region.place", lang, name=region.name, where=region.where) if region.where else region.name


def build_page(advice: Advice, lang: str) -> Page:
    c = advice.case
    page = Page(
        lang=lang, html_lang="zh-CN" if lang == "zh" else "en", title=t("ui.title", lang),
        # Where each place lies (朝阳市（辽宁省）, 鼓楼区（江苏省南京市）): a wrong match shows at once.
        case_line=t("ui.case", lang, insured=_place(c.insured, lang), treated=_place(c.treated, lang),
                    scenario=t(f"scenario.{c.scenario}", lang), insurance=t(f"insurance.{c.insurance}", lang),
                    date=c.event_date.isoformat()),
        summary=tm(advice.summary, lang),
        labels={name: t(key, lang) for name, key in LABEL_KEYS.items()},
    )
    for f in advice.filings:
        tag = t("ui.done", lang) if f.done else t("ui.required" if f.required else "ui.optional", lang)
        when = step_when(f.deadline.isoformat() if f.deadline else None, tm(f.when, lang) if f.when else None,
                         f.suggested_by.isoformat() if f.suggested_by else None, lang)
        page.todo.append(Todo(
            done=f.done, required=f.required, tag=tag, title=tm(f.title, lang), when=when,
            channels=[] if f.done else [t(f"channel.{ch}", lang) for ch in f.channels],
            materials=[] if f.done else [tm(m, lang) for m in f.materials],
            notes=[tm(n, lang) for n in f.notes]))
    if not advice.filings:
        page.todo_empty = t("ui.exit.0", lang)
    for d in advice.deadlines:
        (page.deadlines if date_kind(d) == "deadline" else page.suggestions).append(_date_row(d, lang))

    if advice.cost is None:
        page.cost_missing = t("ui.no_cost", lang)
    else:
        page.costs.append(_cost_table(advice.cost, "", lang))
        filed = advice.cost_if_filed
        if filed is not None:
            if filed.out_of_pocket != advice.cost.out_of_pocket:
                page.costs = [_cost_table(advice.cost, t("page.cost_now", lang), lang),
                              _cost_table(filed, t("ui.cost_if_filed", lang), lang)]
            a, b = advice.cost.out_of_pocket, filed.out_of_pocket
            if a is not None and b is not None and a - b > Decimal(0):
                page.cost_verdict, page.cost_verdict_good = t("ui.filing_worth", lang, amount=fmt_yuan(a - b)), True
            elif a is not None and a == b:
                page.cost_verdict = t("ui.filing_same", lang)
        page.cost_notes = [tm(a, lang) for a in advice.cost.assumptions]

    page.warnings = [tm(m, lang) for _wid, m in advice.warnings]
    # A figure nothing supplies has a note that says what was done instead ("0 used", "no cap applied", "assumed
    # required"): a "(not applied)" tag after it repeated or contradicted it. The technical part keeps the tag.
    page.defaults = [tm(d.note, lang) if d.basis == "not_applied" else
                     t("page.default", lang, note=tm(d.note, lang), basis=t(f"basis_kind.{d.basis}", lang))
                     for d in advice.defaults_used]
    # One line per reason and source: a rule of two figures (大病保险 起付线 and ratio) not used for one reason is
    # said once; the technical table still lists each parameter.
    page.unused = list(dict.fromkeys(t("page.unused", lang, reason=tm(u.reason, lang), title=u.source_title)
                                     for u in advice.sourced_not_used))
    page.assumptions = [tm(a, lang) for a in advice.assumptions]
    # Parameter keys are for maintainers and for checking a figure against the policy files: only here.
    where: dict[str, list[str]] = {}
    for d in advice.defaults_used:
        where.setdefault(d.parameter, []).append(t(f"basis_kind.{d.basis}", lang))
    for u in advice.sourced_not_used:
        where.setdefault(u.parameter, []).append(u.source)
    for s in advice.sources:
        for key in s.parameters:
            where.setdefault(key, []).append(s.id)
    page.technical = [TechRow(key, LIST_SEP[lang].join(dict.fromkeys(w))) for key, w in where.items()]
    for s in advice.sources:
        date = t("ui.as_of", lang, date=s.effective_from.isoformat()) if s.as_of else s.effective_from.isoformat()
        page.sources.append(Source(
            id=s.id, title=s.title, document=s.document, date=date, url=s.url, cites=list(s.cites),
            low_confidence=t("ui.confidence_low", lang) if s.confidence == "low" else None))
    page.status_code = 3 if advice.overdue else (1 if advice.action_required else 0)
    open_suggestions = any(not f.done and not f.required for f in advice.filings)
    page.status = t("ui.exit.0_suggested" if page.status_code == 0 and open_suggestions
                    else f"ui.exit.{page.status_code}", lang)
    page.footer = t("export.generated_by", lang, date=c.today.isoformat())
    page.generated = t("page.generated", lang, version=__version__, date=c.today.isoformat())
    # Titles, URLs and notes come from policy files, names from answers files: no control character
    # reaches a terminal or an export as itself (it is shown as an escape such as \x1b).
    return _printable(page)


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list):
        return [_printable(v) for v in value]
    if isinstance(value, dict):
        return {k: _printable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _printable(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value

"""Plain data going into and out of the engine.

Each class writes its own __init__ (the dataclass gives fields, eq, repr): the wheel compiles this module with mypyc
(hatch_build.py), and a written __init__ is then native code that stores the fields directly, while the one
dataclasses generates stays interpreted even on a compiled class (~20x slower; a batch case makes about a dozen of
these objects). Its parameters are the fields in order, with their defaults (a list default is None: a new list
each time), and it stores each one, nothing else: tests/test_model_classes.py checks it against the fields. A frozen
class stores through object.__setattr__, which mypyc compiles to the same direct store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from medins_cli.msg import M as M  # re-exported: faces and tests build messages from model
from medins_cli.msg import Msg as Msg
from medins_cli.regions import Region

SCENARIOS = ("long_term", "emergency", "referral", "pharmacy", "temporary")
LONG_TERM_KINDS = ("retiree", "living", "working")
INSURANCE_TYPES = ("employee", "resident")
PHARMACY_MODES = ("personal_account", "chronic")


@dataclass(init=False, frozen=True)
class Case:
    scenario: str
    insured: Region
    treated: Region
    today: dt.date
    event_date: dt.date
    insurance: str = "employee"
    retired: bool = False
    hospital_level: int = 3
    # 缴费档次 (contribution tier) where the 参保地 prices benefits by it (e.g. 重庆 城乡居民 一档/二档).
    tier: int | None = None
    # Which stay of the year (年度内第几次住院): later stays often have a lower 起付线. None: not said.
    stay: int | None = None
    long_term_kind: str | None = None
    pharmacy_mode: str | None = None
    filed: bool = False
    filed_on: dt.date | None = None
    referral_certificate: bool = False
    # True when the person answered the certificate question (yes or no): a "no" is never overruled by "filed".
    referral_certificate_given: bool = False
    settled: bool = False
    discharge_date: dt.date | None = None
    chronic_disease: str | None = None
    # False when the date of care was not given (today is assumed): a planned trip is not an admission.
    event_date_given: bool = True
    # 外伤 (an injury): the hospital may ask for a no-third-party pledge (经办规程第三十五条).
    injury: bool = False
    cost: Decimal | None = None
    out_of_catalog: Decimal | None = None
    out_of_catalog_share: Decimal | None = None
    deductible: Decimal | None = None
    ratio: Decimal | None = None
    cap: Decimal | None = None
    reduction_points: Decimal | None = None
    # Inputs the person did not give, with the value assumed: reported among the assumptions.
    defaulted: tuple[Msg, ...] = ()

    def __init__(self, scenario: str, insured: Region, treated: Region, today: dt.date, event_date: dt.date,
                 insurance: str = "employee", retired: bool = False, hospital_level: int = 3, tier: int | None = None,
                 stay: int | None = None, long_term_kind: str | None = None, pharmacy_mode: str | None = None,
                 filed: bool = False, filed_on: dt.date | None = None, referral_certificate: bool = False,
                 referral_certificate_given: bool = False, settled: bool = False, discharge_date: dt.date | None = None,
                 chronic_disease: str | None = None, event_date_given: bool = True, injury: bool = False,
                 cost: Decimal | None = None, out_of_catalog: Decimal | None = None,
                 out_of_catalog_share: Decimal | None = None, deductible: Decimal | None = None,
                 ratio: Decimal | None = None, cap: Decimal | None = None, reduction_points: Decimal | None = None,
                 defaulted: tuple[Msg, ...] = ()) -> None:
        object.__setattr__(self, "scenario", scenario)
        object.__setattr__(self, "insured", insured)
        object.__setattr__(self, "treated", treated)
        object.__setattr__(self, "today", today)
        object.__setattr__(self, "event_date", event_date)
        object.__setattr__(self, "insurance", insurance)
        object.__setattr__(self, "retired", retired)
        object.__setattr__(self, "hospital_level", hospital_level)
        object.__setattr__(self, "tier", tier)
        object.__setattr__(self, "stay", stay)
        object.__setattr__(self, "long_term_kind", long_term_kind)
        object.__setattr__(self, "pharmacy_mode", pharmacy_mode)
        object.__setattr__(self, "filed", filed)
        object.__setattr__(self, "filed_on", filed_on)
        object.__setattr__(self, "referral_certificate", referral_certificate)
        object.__setattr__(self, "referral_certificate_given", referral_certificate_given)
        object.__setattr__(self, "settled", settled)
        object.__setattr__(self, "discharge_date", discharge_date)
        object.__setattr__(self, "chronic_disease", chronic_disease)
        object.__setattr__(self, "event_date_given", event_date_given)
        object.__setattr__(self, "injury", injury)
        object.__setattr__(self, "cost", cost)
        object.__setattr__(self, "out_of_catalog", out_of_catalog)
        object.__setattr__(self, "out_of_catalog_share", out_of_catalog_share)
        object.__setattr__(self, "deductible", deductible)
        object.__setattr__(self, "ratio", ratio)
        object.__setattr__(self, "cap", cap)
        object.__setattr__(self, "reduction_points", reduction_points)
        object.__setattr__(self, "defaulted", defaulted)


@dataclass(init=False)
class Filing:
    id: str
    title: Msg
    required: bool
    done: bool = False
    deadline: dt.date | None = None  # a real deadline (after it a right is lost); never a suggestion
    when: Msg | None = None
    # Advice, not a deadline: "file by … so that processing ends before the visit" (a working day).
    suggested_by: dt.date | None = None
    channels: list[str] = field(default_factory=list)
    materials: list[Msg] = field(default_factory=list)
    notes: list[Msg] = field(default_factory=list)
    category: str | None = None

    def __init__(self, id: str, title: Msg, required: bool, done: bool = False, deadline: dt.date | None = None,
                 when: Msg | None = None, suggested_by: dt.date | None = None, channels: list[str] | None = None,
                 materials: list[Msg] | None = None, notes: list[Msg] | None = None,
                 category: str | None = None) -> None:
        self.id = id
        self.title = title
        self.required = required
        self.done = done
        self.deadline = deadline
        self.when = when
        self.suggested_by = suggested_by
        self.channels = [] if channels is None else channels
        self.materials = [] if materials is None else materials
        self.notes = [] if notes is None else notes
        self.category = category


DEADLINE_KINDS = ("deadline", "suggestion")


@dataclass(init=False, slots=True)
class Deadline:
    """A dated entry. `kind` "deadline": after it a right is lost or a rule changes (a 手工报销 limit, the end
    of a filing's validity, an emergency registration window). `kind` "suggestion": advice such as "file by …
    so that processing ends before the visit"; a passed suggestion is never overdue."""

    id: str
    date: dt.date
    days_left: int
    overdue: bool
    working_days: bool  # counted on working days (else calendar days / months)
    calendar: str  # official | weekends_only | none
    basis: Msg
    action: bool  # missing it loses money (else informational, e.g. "valid until")
    filing: str | None = None
    source: str | None = None
    kind: str = "deadline"  # one of DEADLINE_KINDS

    def __init__(self, id: str, date: dt.date, days_left: int, overdue: bool, working_days: bool, calendar: str,
                 basis: Msg, action: bool, filing: str | None = None, source: str | None = None,
                 kind: str = "deadline") -> None:
        self.id = id
        self.date = date
        self.days_left = days_left
        self.overdue = overdue
        self.working_days = working_days
        self.calendar = calendar
        self.basis = basis
        self.action = action
        self.filing = filing
        self.source = source
        self.kind = kind

    @property
    def label_kind(self) -> str:
        """For display: suggestion (advice), deadline (missing it costs money), ends (a validity or lock)."""
        if self.kind == "suggestion":
            return "suggestion"
        return "deadline" if self.action else "ends"

    @property
    def title_key(self) -> str:
        """Message key of the entry's name. A validity known only as the national floor (原则上不少于6个月) is
        "valid until (at least)"; an exact regional period (邵阳 "有效期为6个月") is "valid until"."""
        if self.id == "filing_valid_until" and self.basis.key == "basis.validity":
            return "deadline.filing_valid_until_exact"
        return f"deadline.{self.id}"

    @property
    def calendar_note(self) -> str | None:
        """Message key marking a date whose year's 调休 schedule is not known, if any."""
        return {"weekends_only": "ui.weekends_only", "statutory": "ui.statutory"}.get(self.calendar)


# Step, DefaultUsed and SourceRef are frozen: the engine's kept plans and cited lists hand out the same records to
# every advice they serve (a record is never changed after it is made; dataclasses.replace makes a new one).
@dataclass(init=False, frozen=True, slots=True)
class Step:
    id: str
    label: Msg
    amount: Decimal | None
    formula: str | None = None
    parameter: str | None = None

    def __init__(self, id: str, label: Msg, amount: Decimal | None, formula: str | None = None,
                 parameter: str | None = None) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "formula", formula)
        object.__setattr__(self, "parameter", parameter)


@dataclass(init=False, slots=True)
class Cost:
    method: str  # local_rates | national_average | user_figures | not_estimated
    category: str
    total: Decimal
    out_of_catalog: Decimal
    fund_pays: Decimal | None
    out_of_pocket: Decimal | None
    breakdown: list[Step]
    assumptions: list[Msg]
    ratio: Decimal | None = None
    deductible: Decimal | None = None
    cap: Decimal | None = None
    serious_illness_pays: Decimal | None = None  # 大病保险, where the region's figures are sourced

    def __init__(self, method: str, category: str, total: Decimal, out_of_catalog: Decimal, fund_pays: Decimal | None,
                 out_of_pocket: Decimal | None, breakdown: list[Step], assumptions: list[Msg],
                 ratio: Decimal | None = None, deductible: Decimal | None = None, cap: Decimal | None = None,
                 serious_illness_pays: Decimal | None = None) -> None:
        self.method = method
        self.category = category
        self.total = total
        self.out_of_catalog = out_of_catalog
        self.fund_pays = fund_pays
        self.out_of_pocket = out_of_pocket
        self.breakdown = breakdown
        self.assumptions = assumptions
        self.ratio = ratio
        self.deductible = deductible
        self.cap = cap
        self.serious_illness_pays = serious_illness_pays


@dataclass(init=False, frozen=True, slots=True)  # shared, like Step
class DefaultUsed:
    parameter: str
    value: Any
    basis: str  # national_rule | national_statistic | assumption | not_applied
    note: Msg

    def __init__(self, parameter: str, value: Any, basis: str, note: Msg) -> None:
        object.__setattr__(self, "parameter", parameter)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "basis", basis)
        object.__setattr__(self, "note", note)


@dataclass(init=False, slots=True)
class UnusedFigure:
    """A figure sourced for the person's case that the estimate could not use, with the reason."""

    parameter: str
    value: Any
    source: str  # source id
    source_title: str
    region: str  # code of the policy file that gives it
    reason: Msg

    def __init__(self, parameter: str, value: Any, source: str, source_title: str, region: str, reason: Msg) -> None:
        self.parameter = parameter
        self.value = value
        self.source = source
        self.source_title = source_title
        self.region = region
        self.reason = reason


@dataclass(init=False, frozen=True, slots=True)  # shared, like Step
class SourceRef:
    id: str
    title: str
    document: str | None
    url: str | None
    issuer: str | None
    effective_from: dt.date
    parameters: tuple[str, ...]
    cites: tuple[str, ...]
    region: str
    confidence: str
    kind: str = "official"  # official | copy (a copy is always low confidence)
    as_of: bool = False  # effective_from is only a date the figures are known in force (shown "as of")

    def __init__(self, id: str, title: str, document: str | None, url: str | None, issuer: str | None,
                 effective_from: dt.date, parameters: tuple[str, ...], cites: tuple[str, ...], region: str,
                 confidence: str, kind: str = "official", as_of: bool = False) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "document", document)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "issuer", issuer)
        object.__setattr__(self, "effective_from", effective_from)
        object.__setattr__(self, "parameters", parameters)
        object.__setattr__(self, "cites", cites)
        object.__setattr__(self, "region", region)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "as_of", as_of)


@dataclass(init=False, slots=True)
class Advice:
    case: Case
    relation: str  # same_region | intra_province | cross_province
    category: str | None  # filing category the advice is built around
    filings: list[Filing]
    deadlines: list[Deadline]
    cost: Cost | None
    cost_if_filed: Cost | None
    warnings: list[tuple[str, Msg]]
    sources: tuple[SourceRef, ...]  # shared with every advice citing the same figures
    defaults_used: list[DefaultUsed]
    assumptions: list[Msg]
    summary: Msg
    # Sourced figures the estimate could not use (e.g. a 起付线 without its ratio), never dropped silently.
    sourced_not_used: list[UnusedFigure] = field(default_factory=list)

    def __init__(self, case: Case, relation: str, category: str | None, filings: list[Filing],
                 deadlines: list[Deadline], cost: Cost | None, cost_if_filed: Cost | None,
                 warnings: list[tuple[str, Msg]], sources: tuple[SourceRef, ...], defaults_used: list[DefaultUsed],
                 assumptions: list[Msg], summary: Msg, sourced_not_used: list[UnusedFigure] | None = None) -> None:
        self.case = case
        self.relation = relation
        self.category = category
        self.filings = filings
        self.deadlines = deadlines
        self.cost = cost
        self.cost_if_filed = cost_if_filed
        self.warnings = warnings
        self.sources = sources
        self.defaults_used = defaults_used
        self.assumptions = assumptions
        self.summary = summary
        self.sourced_not_used = [] if sourced_not_used is None else sourced_not_used

    @property
    def action_required(self) -> bool:
        return any(f.required and not f.done for f in self.filings)

    @property
    def overdue(self) -> bool:
        return any(d.overdue and d.action and d.kind == "deadline" for d in self.deadlines)

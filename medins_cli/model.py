"""Plain data going into and out of the engine."""

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


@dataclass(frozen=True)
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


@dataclass
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


DEADLINE_KINDS = ("deadline", "suggestion")


@dataclass(slots=True)
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
@dataclass(frozen=True, slots=True)
class Step:
    id: str
    label: Msg
    amount: Decimal | None
    formula: str | None = None
    parameter: str | None = None


@dataclass(slots=True)
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


@dataclass(frozen=True, slots=True)  # shared, like Step
class DefaultUsed:
    parameter: str
    value: Any
    basis: str  # national_rule | national_statistic | assumption | not_applied
    note: Msg


@dataclass(slots=True)
class UnusedFigure:
    """A figure sourced for the person's case that the estimate could not use, with the reason."""

    parameter: str
    value: Any
    source: str  # source id
    source_title: str
    region: str  # code of the policy file that gives it
    reason: Msg


@dataclass(frozen=True, slots=True)  # shared, like Step
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


@dataclass(slots=True)
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

    @property
    def action_required(self) -> bool:
        return any(f.required and not f.done for f in self.filings)

    @property
    def overdue(self) -> bool:
        return any(d.overdue and d.action and d.kind == "deadline" for d in self.deadlines)

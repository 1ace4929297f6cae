"""The advice engine: a Case and its policy chain in, an Advice out. No I/O, no clock, no printing.

Every rate, deadline and rule comes from the policy chain; this module only knows how the rules fit
together (which filing a scenario needs, how a ratio reduction or 先行自付 share enters the sum).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final, TypeVar

from medins_cli.fmt import fmt_fen, fmt_pct, fmt_yuan, money
from medins_cli.model import (
    Advice,
    Case,
    Cost,
    Deadline,
    DefaultUsed,
    Filing,
    M,
    Msg,
    SourceRef,
    Step,
    UnusedFigure,
)
from medins_cli.msg import frozen_msg, said
from medins_cli.param_labels import label as param_label
from medins_cli.policy import (
    NATIONAL,
    STALE_AFTER_YEARS,
    ChainReads,
    PolicyChain,
    Resolved,
    period_status,
    years_before,
)
from medins_cli.regions import Region
from medins_cli.workdays import LONG_BREAKS, WorkCalendar, YearSchedule, add_months

ZERO = Decimal("0")
HUNDRED = Decimal("100")


def _where(r: Resolved) -> str | Msg:
    """The region a figure comes from, as the reader should see it ("national" in English)."""
    return said("region.national") if r.region == NATIONAL else r.region_name


def _declared_reason(r: Resolved) -> Msg:
    """Why a figure a policy file declares found but not used is not used: the file's own reason (zh and en),
    after what was found, where (a copy: low confidence) and from when."""
    day = r.effective_from.isoformat()
    when = M("ui.as_of", date=day) if r.period.as_of else M("unused.date_from", date=day)
    basis = M("unused.basis_copy" if r.source.is_copy else "unused.basis_official", when=when)
    value = fmt_yuan(_pct(r.value)) if isinstance(r.value, (int, float, Decimal)) else str(r.value)
    return M("unused.declared", region=r.region_name, label=param_label(r.key), value=value, basis=basis,
             reason=r.period.reason)


# A figure's status → the basis said. (Final, like the other constants here: compiled, a C static, not a lookup.)
_DEFAULT_BASIS: Final = {"statistic": "national_statistic", "default": "assumption"}


class _Ctx:
    """Collects what the engine consulted, so the output can cite it or label it a default."""

    def __init__(self, case: Case, chain: PolicyChain, published: Mapping[int, YearSchedule] | None = None) -> None:
        self.case = case
        self.chain: PolicyChain | ChainReads = chain
        self._published = published
        self._cal: WorkCalendar | None = None
        self.defaults: dict[str, DefaultUsed] = {}
        self.cited: list[Resolved] = []
        self.warnings: list[tuple[str, Msg]] = []
        self.warned: set[str] = set()  # the ids in warnings: a warning is said once, the first time
        self.unused: list[UnusedFigure] = []
        self.unused_found: list[Resolved] = []  # those of `unused` a policy file declares (their sources are listed)

    @property
    def cal(self) -> WorkCalendar:
        """The working-day calendar, made on first use (most advice counts no working days)."""
        cal = self._cal
        if cal is None:
            cal = self._cal = WorkCalendar(self._published or {})
        return cal

    # The changes a lookup makes to defaults, unused and warnings go through these methods, so that _Recorder can
    # note them instead; a plain citation is an append to `cited`, which no other change reads but cite_absent.

    def cite(self, r: Resolved) -> None:
        self.cited.append(r)

    def default(self, key: str, value: Any, basis: str, note: Msg, replace: bool = False) -> None:
        """Label `key` a default; the first label of a key stays unless `replace`."""
        if replace or key not in self.defaults:
            self.defaults[key] = _default_used(key, value, basis, note)

    def _put_default(self, d: DefaultUsed, replace: bool) -> None:
        """`default` with the record made already (a kept plan's, shared). (_replay does the same inline.)"""
        if replace or d.parameter not in self.defaults:
            self.defaults[d.parameter] = d

    def drop_default(self, key: str) -> None:
        self.defaults.pop(key, None)

    def cite_absent(self, rs: tuple[Resolved, ...]) -> None:
        """Cite those of `rs` not cited yet (an equal figure counts as cited)."""
        self.cited += [r for r in rs if r not in self.cited]

    def _cite_all(self, rs: tuple[Resolved, ...]) -> None:
        self.cited += rs

    def not_used(self, r: Resolved, reason: Msg) -> None:
        """Record a sourced figure the estimate could not use, so the output lists it with the reason."""
        if all(u.parameter != r.key for u in self.unused):
            self.unused.append(UnusedFigure(r.key, r.value, r.source.id, r.source.title, r.region, reason))
            if r.period.reason is not None:
                self.unused_found.append(r)

    def warn(self, wid: str, msg: Msg) -> None:
        if wid not in self.warned:
            self.warned.add(wid)
            self.warnings.append((wid, _shared_warning(msg) if msg.params else msg))

    def rule(self, key: str, on: dt.date | None = None) -> Resolved | None:
        """A national or local rule; cited when found."""
        r = self.chain.get(key, on)
        if r is not None:
            self.cited.append(r)
        return r

    def local(self, keys: str | list[str], *, fallback_note: Msg, on: dt.date | None = None) -> Resolved | None:
        """A figure that belongs to the 参保地: the first of `keys` (most specific first) with a value.

        A national value, a statistic or no value at all is recorded as a default, so the output labels it.
        """
        if isinstance(keys, str):
            keys = [keys]
            r = self.chain.get(keys[0], on)
        else:
            get = self.chain.get
            for k in keys:
                r = get(k, on)
                if r is not None:
                    break
            else:
                r = None
        if r is None:
            held = self.withheld(keys, on)
            if held is not None:  # found, and deliberately not used: said so, never "no source"
                self.not_used(held, _declared_reason(held))
            else:
                self.default(keys[0], None, "not_applied", fallback_note)
            return None
        self.cited.append(r)
        status = period_status(r.period, r.region)  # r.status
        if status != "sourced":
            self.default(r.key, r.value, _DEFAULT_BASIS.get(status, "national_rule"), fallback_note)
        return r

    def withheld(self, keys: list[str], on: dt.date | None = None) -> Resolved | None:
        """The first of `keys` a policy file declares found but not used (`not_used`); no side effects."""
        for key in keys:
            r = self.chain.withheld(key, on)
            if r is not None:
                return r
        return None

    def sourced(self, keys: list[str]) -> Resolved | None:
        """The first of `keys` the insured region sources (figure_status "sourced"); not cited, no side effects."""
        for key in keys:
            r = self.chain.get(key)
            if r is not None and r.status == "sourced":
                return r
        return None

    def regional(self, keys: list[str]) -> Resolved | None:
        """The first of `keys` set by the insured region itself (never the national file); cited."""
        for key in keys:
            r = self.chain.get(key)
            if r is not None and r.region != NATIONAL:
                self.cited.append(r)
                return r
        return None


# DefaultUsed records by what they are made of, so that advices labelling the same figure the same way share one
# record (as a kept plan's replay does). By the identity of the value (a policy file's figure, kept with its chain)
# and of the note (said() messages, mostly), each entry holding both so that no other object takes their ids. Bounded
# by the policy tree's keys and notes; cleared when full, like the render memo.
_MADE_DEFAULTS: Final[dict[tuple[str, int, str, int], tuple[DefaultUsed, Any, Msg]]] = {}
_MAX_MADE_DEFAULTS: Final = 4096


def _default_used(key: str, value: Any, basis: str, note: Msg) -> DefaultUsed:
    if note.params:  # a note made per plan ("the national cut for {cls}"): the one of its words
        note = _same_msg(note)
    made = (key, id(value), basis, id(note))
    hit = _MADE_DEFAULTS.get(made)
    if hit is not None:
        return hit[0]
    if len(_MADE_DEFAULTS) >= _MAX_MADE_DEFAULTS:
        _MADE_DEFAULTS.clear()
    d = DefaultUsed(key, value, basis, note)
    _MADE_DEFAULTS[made] = (d, value, note)
    return d


# Warnings with parameters by what they say (msg.frozen_msg: exact, so an equal key is an equal message), so that
# advices warning the same way share one Msg, as they share said() ones (a renderer may keep what it makes of a
# list of them by identity). Bounded by the policy tree and the calendar; cleared when full.
_SAME_MSGS: Final[dict[tuple[Any, ...], Msg]] = {}
_MAX_SAME_MSGS: Final = 4096


def _same_msg(msg: Msg) -> Msg:
    frozen = frozen_msg(msg.key, msg.params)
    if frozen is None:  # a parameter not frozen exactly (a float, a Decimal): the Msg of its own
        return msg
    same = _SAME_MSGS.get(frozen)
    if same is None:
        if len(_SAME_MSGS) >= _MAX_SAME_MSGS:
            _SAME_MSGS.clear()
        same = _SAME_MSGS[frozen] = msg
    return same


# The shared Msg of a warning (_same_msg) by the identity of the one given: most warnings with parameters are kept
# objects given again and again (a cited list's low-confidence, national-copy and stale warnings, a kept plan's, the
# calendar's), and freezing them each time cost ~10% of an advice. Each entry holds the Msg given, so that no other
# takes its id; a Msg is frozen, so an id held is the same words. Bounded; cleared when full.
_SHARED_WARNINGS: Final[dict[int, tuple[Msg, Msg]]] = {}
_MAX_SHARED_WARNINGS = 4096


def _shared_warning(msg: Msg) -> Msg:
    seen = _SHARED_WARNINGS.get(id(msg))
    if seen is not None and seen[0] is msg:
        return seen[1]
    same = _same_msg(msg)
    if len(_SHARED_WARNINGS) >= _MAX_SHARED_WARNINGS:
        _SHARED_WARNINGS.clear()
    _SHARED_WARNINGS[id(msg)] = (msg, same)
    return same


# Warnings said the same way again and again, made once: by their message key and parameter (plain values).
_SAID_WITH: Final[dict[tuple[Any, ...], Msg]] = {}


def _said_with(key: str, name: str, value: str | int | tuple[str, ...]) -> Msg:
    """M(key, **{name: value}), one object per key, name and value (an int or text, or a tuple of texts): bounded
    by the messages and the values the policy tree and the calendar give (cleared when full, like the others)."""
    made = (key, name, type(value), value)
    msg = _SAID_WITH.get(made)
    if msg is None:
        if len(_SAID_WITH) >= _MAX_SHARED_WARNINGS:
            _SAID_WITH.clear()
        msg = _SAID_WITH[made] = M(key, **{name: value})
    return msg


_Op = tuple[Callable[..., None], tuple[Any, ...]]


class _Recorder(_Ctx):
    """A _Ctx that changes no advice: it notes the changes its lookups would make, to be replayed in order on a
    real _Ctx (_replay), and, through ChainReads, every key it asked. Plain citations are collected and noted as
    one change, before any change that reads them. No calendar: what it serves counts no days."""

    def __init__(self, case: Case, chain: PolicyChain) -> None:  # no super(): no defaults, warnings or unused
        self.case = case
        self.reads = ChainReads(chain)
        self.chain = self.reads
        self.cited = []  # citations not noted yet
        self.ops: list[_Op] = []

    def recorded(self) -> tuple[_Op, ...]:
        self._note_cited()
        return tuple(self.ops)

    def _note_cited(self) -> None:
        if self.cited:
            self.ops.append((_Ctx._cite_all, (tuple(self.cited),)))
            self.cited = []

    def cite_absent(self, rs: tuple[Resolved, ...]) -> None:
        self._note_cited()
        self.ops.append((_Ctx.cite_absent, (rs,)))

    def default(self, key: str, value: Any, basis: str, note: Msg, replace: bool = False) -> None:
        self.ops.append((_Ctx._put_default, (_default_used(key, value, basis, note), replace)))

    def drop_default(self, key: str) -> None:
        self.ops.append((_Ctx.drop_default, (key,)))

    def not_used(self, r: Resolved, reason: Msg) -> None:
        self.ops.append((_Ctx.not_used, (r, reason)))

    def warn(self, wid: str, msg: Msg) -> None:
        self.ops.append((_Ctx.warn, (wid, msg)))


# ---------------------------------------------------------------- relation and category


def relation_of(case: Case) -> str:
    ins, trt = case.insured, case.treated
    if ins.province != trt.province:
        return "cross_province"
    if ins.code == trt.code or ins.kind == "municipality" or (ins.area and ins.area == trt.area):
        # A county shares its prefecture's pooling area (a municipality's district, the municipality's).
        return "same_region"
    if trt.code in ins.chain() or ins.code in trt.chain():
        # 江苏 (the province) vs 南京: same province, the city is unknown on one side.
        return "intra_province" if not ins.is_provincial else "intra_province_unclear"
    return "intra_province"


def filing_category(case: Case) -> str | None:
    """The 备案 category of 医保发〔2022〕22号 §二(二) this case files under (None: no filing)."""
    if case.scenario == "long_term":
        return f"long_term_{case.long_term_kind or 'living'}"
    if case.scenario == "referral":
        return "referral"
    if case.scenario == "temporary":
        return "temporary"
    if case.scenario == "pharmacy":
        return f"long_term_{case.long_term_kind}" if case.long_term_kind else "temporary"
    return None  # emergency: 视同已备案


def benefit_class(category: str | None, scenario: str) -> str:
    if scenario == "emergency":
        return "emergency"
    if category and category.startswith("long_term"):
        return "long_term"
    return category or "temporary"


# ---------------------------------------------------------------- filings


def _channels(ctx: _Ctx) -> list[str]:
    r = ctx.rule("filing.channels")
    return list(r.value) if r else []


_MATERIALS: Final = {
    category: (said("mat.credential"), said("mat.form"), *extra) for category, extra in (
        ("long_term_retiree", (said("mat.retiree_proof"),)),
        ("long_term_living", (said("mat.residence_proof"),)),
        ("long_term_working", (said("mat.work_proof"),)),
        ("referral", (said("mat.referral_certificate"),)),
        ("temporary", ()),
    )
}
_MATERIALS_OTHER: Final = (said("mat.credential"), said("mat.form"))


def _materials(category: str) -> list[Msg]:
    """A new list each time: the advice's own (shared said() messages in it are frozen)."""
    return list(_MATERIALS.get(category, _MATERIALS_OTHER))


def _manual_claim_materials(case: Case) -> list[Msg]:
    mats = [
        said("mat.claim.invoices"),
        said("mat.claim.itemised"),
        said("mat.claim.discharge_summary" if case.scenario != "pharmacy" else "mat.claim.prescription"),
        said("mat.claim.credential"),
        said("mat.claim.bank"),
    ]
    if case.scenario == "referral":
        mats.append(said("mat.claim.referral"))
    if case.scenario == "emergency":
        mats.append(said("mat.claim.emergency_record"))
    return mats


def _processing_suggestion(ctx: _Ctx, filing_id: str) -> Deadline | None:
    """Suggested filing date: online processing (≤ n working days, 经办规程第九条) ends before the visit.

    A suggestion, not a deadline: a filing made later, even after admission, still settles directly if it is
    made before discharge settlement (通知二(四)). The date depends on the event date only, never on today, so
    it never moves as today advances; once passed the advice is "file now". Processing days are counted from
    the day after the application (民法典第二百零一条), so the n working days after the suggested date all lie
    before the visit; the suggested date itself is a working day.
    """
    case = ctx.case
    event = case.event_date
    if event <= case.today:
        return None
    r = ctx.rule("filing.online_processing_working_days")
    cal = ctx.cal
    published = ctx._published
    key = (id(published), id(r), event)
    kept = _SUGGESTED.get(key)
    if kept is not None and kept[0] is published and kept[1] is r and cal.sees(kept[4]):
        date, basis = kept[2], kept[3]
    else:
        scratch = WorkCalendar(published or {})  # to tell the years this count looks at
        date, basis = _suggested(scratch, r, event)
        seen = scratch.seen()
        cal.sees(seen)  # the years looked at, as if counted on this advice's calendar
        if len(_SUGGESTED) >= _SUGGESTED_MAX:
            _SUGGESTED.clear()
        _SUGGESTED[key] = (published, r, date, basis, seen)
    return _deadline(ctx, "file_before_visit", date, basis, True, working=True,
                     filing=filing_id, resolved=r, kind="suggestion")


# The suggested date and its basis by (calendar, processing-time figure, date of care), with the schedules of the
# years the count looked at: a function of those alone (_suggested), so reused where the advice's calendar gives
# the very same schedules for those years (which also notes them as looked at there). Both objects are held, so
# their ids are not reused while kept. Bounded: cleared when full, like the kept plans.
_SUGGESTED: Final[dict[tuple[int, int, dt.date],
                       tuple[Mapping[int, YearSchedule] | None, Resolved | None, dt.date, Msg,
                             tuple[tuple[int, YearSchedule], ...]]]] = {}
_SUGGESTED_MAX = 4096


def _suggested(cal: WorkCalendar, r: Resolved | None, event: dt.date) -> tuple[dt.date, Msg]:
    n = int(r.value) if r else 0
    # A region's own time is quoted from its page: 经办规程第九条 is the national rule, not what applies there.
    own = {"region": _where(r), "cite": r.period.cite or r.source.title} if r and r.region != NATIONAL else None
    basis = M("basis.processing_local", n=n, **own) if own else M("basis.processing", n=n)
    if n:
        date = cal.add_workdays(event, -(n + 1))
        # Processing days just after 春节/劳动节/国庆 in a year whose 调休 is not published may turn out to be
        # days off: then the suggestion is to have it done before the holiday.
        near = cal.unpublished_break(date, event - dt.timedelta(days=1))
        if near is not None:
            name, start = near
            date = cal.add_workdays(start, -(n + 1))
            basis = M("basis.processing_local_before_break" if own else "basis.processing_before_break", n=n,
                      year=start.year, holiday=said(f"holiday.{LONG_BREAKS[name]}"), **(own or {}))
    else:  # takes effect at once (e.g. 西藏): the visit day itself, or the working day before it
        date = cal.add_workdays(event + dt.timedelta(days=1), -1)
        # Not "0 working days (经办规程第九条)": that article says two; the region's own rule is what applies.
        basis = M("basis.processing_immediate", region=_where(r) if r else said("region.national"))
    return date, basis


def _deadline(ctx: _Ctx, did: str, date: dt.date, basis: Msg, action: bool, *, working: bool,
              filing: str | None = None, resolved: Resolved | None = None, kind: str = "deadline") -> Deadline:
    today = ctx.case.today
    if working or action:
        # The weakest calendar among the days the count ran through (event → date) and today.
        cal = ctx.cal.kind(date, today, ctx.case.event_date)
    else:
        cal = "none"
    return Deadline(
        id=did,
        date=date,
        days_left=(date - today).days,
        # Only a deadline can be missed; a passed suggestion turns into "file now".
        overdue=kind == "deadline" and date < today,
        working_days=working,
        calendar=cal,
        basis=basis,
        action=action,
        filing=filing,
        source=resolved.period.source if resolved else None,
        kind=kind,
    )


def _suggest(ctx: _Ctx, f: Filing, dl: Deadline | None, *, late_ok: bool) -> None:
    """Put a suggested date on a filing; once it has passed, say "file now" (and that 补办 still works)."""
    if dl is None:
        f.when = said("when.now")
        return
    f.suggested_by = dl.date
    if dl.date < ctx.case.today:
        f.when = said("when.now_late_ok" if late_ok else "when.now_passed")


def _manual_claim(ctx: _Ctx, deadlines: list[Deadline]) -> Filing:
    case = ctx.case
    filing = Filing(
        id="manual_claim",
        title=said("filing.manual_claim"),
        required=True,
        channels=["insured_office"],
        materials=_manual_claim_materials(case),
        category=None,
    )
    rule = ctx.rule("manual_claim.allowed_after_discharge")
    if rule:
        filing.notes.append(said("note.manual_claim_rule"))
    months = ctx.local("manual_claim.deadline_months", fallback_note=said("default.manual_claim_deadline"))
    by_next_year = None if months else ctx.local(
        "manual_claim.deadline_next_year_month_day", fallback_note=said("default.manual_claim_deadline"))
    if months is None and by_next_year is None:
        # Two ways a region may set the limit, one fact missing: said once, under the first key.
        ctx.drop_default("manual_claim.deadline_next_year_month_day")
    anchor = case.discharge_date or case.event_date
    if case.discharge_date is None:
        filing.notes.append(said("note.discharge_unknown"))
    date = None
    if months:
        date = ctx.cal.roll_forward(add_months(anchor, int(months.value)))
        basis = M("basis.manual_claim_months", months=int(months.value), region=_where(months))
        res = months
    elif by_next_year:
        month, day = (int(x) for x in str(by_next_year.value).split("-"))
        date = ctx.cal.roll_forward(dt.date(anchor.year + 1, month, day))
        basis = M("basis.manual_claim_next_year", md=str(by_next_year.value), region=_where(by_next_year))
        res = by_next_year
    if date is not None:
        filing.deadline = date
        deadlines.append(_deadline(ctx, "manual_claim", date, basis, True, working=False,
                                   filing="manual_claim", resolved=res))
    else:
        filing.when = said("when.manual_claim_unknown")
        ctx.warn("manual_claim_deadline_unknown", said("warn.manual_claim_deadline_unknown"))
    return filing


_FILING_TITLES: Final[dict[str, tuple[Msg, Msg]]] = {}  # bounded by the categories


def _filing_title(category: str, late: bool) -> Msg:
    """One message per category and kind, like said(): a Msg is frozen and nothing changes its params."""
    titles = _FILING_TITLES.get(category)
    if titles is None:
        name = said(f"category.{category}")
        titles = _FILING_TITLES[category] = (M("filing.category", category=name), M("filing.late", category=name))
    return titles[1] if late else titles[0]


def _cross_province_filings(ctx: _Ctx, category: str | None) -> tuple[list[Filing], list[Deadline]]:
    case = ctx.case
    filings: list[Filing] = []
    deadlines: list[Deadline] = []
    channels = _channels(ctx)
    inpatient_like = case.scenario in ("long_term", "referral", "temporary", "emergency")

    if case.scenario == "referral":
        filings.append(Filing(
            id="referral_certificate",
            title=said("filing.referral_certificate"),
            required=not case.filed,
            # Filed implies the certificate (经办规程第八条(四) asks for it) unless the person said they have none.
            done=case.referral_certificate or (case.filed and not case.referral_certificate_given),
            channels=["insured_hospital"],
            materials=[said("mat.referral_from_hospital")],
            notes=[said("note.referral_no_local_admission")],
        ))
        if ctx.rule("referral.no_local_admission_required") is None:
            filings[-1].notes.clear()

    after: list[Filing] = []  # steps that come after the filing (a paper claim for a purchase)
    if case.scenario == "pharmacy" and case.pharmacy_mode == "chronic":
        first, after = _chronic_filings(ctx)
        filings.extend(first)
    if case.scenario == "pharmacy" and case.pharmacy_mode == "personal_account":
        filings.append(_personal_account_step(ctx))

    if category is None:  # emergency
        treated_as_filed = ctx.rule("emergency.treated_as_filed")
        window = ctx.local("emergency.registration_window_working_days",
                           fallback_note=said("default.emergency_window"))
        if window and window.region != NATIONAL and not case.filed and not case.settled:
            date = ctx.cal.add_workdays(case.event_date, int(window.value))
            filings.append(Filing(
                id="emergency_registration",
                title=said("filing.emergency_registration"),
                required=True,
                deadline=date,
                channels=channels,
                materials=[said("mat.credential"), said("mat.emergency_record")],
            ))
            deadlines.append(_deadline(ctx, "emergency_registration", date,
                                       M("basis.emergency_window", n=int(window.value),
                                         region=_where(window)),
                                       True, working=True, filing="emergency_registration", resolved=window))
        elif not case.settled:
            f = Filing(
                id="emergency_confirm",
                title=said("filing.emergency_confirm"),
                required=False,
                # A filing says nothing of what was told at admission (the 急诊 flag, 经办规程第三十四条; the card,
                # 第十七条): never "[已办]" on its strength.
                done=False,
                channels=["hospital_desk"],
                materials=[said("mat.credential")],
                when=said("when.at_admission"),
            )
            if treated_as_filed:
                f.notes.append(said("note.emergency_treated_as_filed"))
            filings.append(f)
            if not case.filed and ctx.rule("filing.late_before_discharge"):
                filings.append(Filing(
                    id="late_filing",
                    title=_filing_title("temporary", True),
                    required=False,
                    channels=channels,
                    materials=_materials("temporary"),
                    when=said("when.before_discharge"),
                    notes=[said("note.emergency_late_filing_optional")],
                    category="temporary",
                ))
        if case.settled and not case.filed:
            filings.append(_manual_claim(ctx, deadlines))
            filings[-1].notes.insert(0, said("note.emergency_settled"))
        return filings, deadlines

    materials = _materials(category)
    if case.filed:
        filings.append(Filing(id="filing", title=_filing_title(category, False), required=True, done=True,
                              channels=channels, materials=materials, category=category))
    elif case.settled:
        # Paid in full and discharged: only a paper claim is left (§二(四)), after a late filing.
        late = ctx.rule("filing.late_after_discharge_manual_claim")
        filings.append(Filing(id="late_filing_after_discharge", title=_filing_title(category, True),
                              required=True, channels=channels, materials=materials, category=category,
                              when=said("when.before_manual_claim"),
                              notes=[said("note.late_after_discharge")] if late else []))
        filings.append(_manual_claim(ctx, deadlines))
    elif case.event_date <= case.today and inpatient_like and case.event_date_given:
        # Admitted without a filing: a filing before discharge settlement still settles directly. (No date
        # given: perhaps a trip still to come, so "file now", and the note that a late filing still works.)
        if ctx.rule("filing.late_before_discharge"):
            filings.append(Filing(id="late_filing", title=_filing_title(category, True), required=True,
                                  channels=channels + ["hospital_desk"], materials=materials,
                                  category=category, when=said("when.before_discharge"),
                                  notes=[said("note.late_before_discharge")]))
        else:
            filings.append(Filing(id="filing", title=_filing_title(category, False), required=True,
                                  channels=channels, materials=materials, category=category))
    else:
        dl = _processing_suggestion(ctx, "filing")
        f = Filing(id="filing", title=_filing_title(category, False), required=True, channels=channels,
                   materials=materials, category=category)
        late_ok = inpatient_like and ctx.rule("filing.late_before_discharge") is not None
        _suggest(ctx, f, dl, late_ok=late_ok)
        if late_ok:
            # No date to call a suggestion (the date of care was not given): only the late-filing rule.
            f.notes.append(said("note.late_filing_still_possible" if dl else "note.late_filing_if_admitted"))
        filings.append(f)
        if dl:
            deadlines.append(dl)

    filings.extend(after)
    if case.settled and case.filed:
        ctx.warn("settled_direct", said("warn.settled_direct"))

    # How long the filing lasts.
    if category.startswith("long_term"):
        lock = ctx.local("filing.long_term.change_lock_months", fallback_note=said("default.change_lock"))
        if lock and lock.region != NATIONAL and not (case.filed and case.filed_on is None):
            start = case.filed_on if case.filed and case.filed_on is not None else case.today
            date = add_months(start, int(lock.value))
            deadlines.append(_deadline(ctx, "filing_change_lock_until", date,
                                       M("basis.change_lock", months=int(lock.value), region=_where(lock)),
                                       False, working=False,
                                       filing=next((f.id for f in filings if f.category == category), None),
                                       resolved=lock))
        elif lock:
            months = lock.value
            ctx.warn("change_lock", _said_with("warn.change_lock", "months", months)
                     if type(months) is int else M("warn.change_lock", months=months))
    else:
        validity = None if case.settled else ctx.local("filing.temporary.validity_months",
                                                        fallback_note=said("default.validity"))
        if validity and not (case.filed and case.filed_on is None):
            # Validity runs from the day the person filed, or from today if they file now; never from the
            # suggested date (a later filing date would promise validity the person may not have).
            start = case.filed_on or case.today
            date = add_months(start, int(validity.value))
            if case.filed_on:
                # A date in the list only for a filing that exists: the end of one not made yet is no date to
                # keep (or to be reminded of); it is said below where it matters, before the visit.
                at_least = validity.period.bound == "min"
                main_filing = next((f.id for f in filings if f.category == category), None)
                valid = _deadline(
                    ctx, "filing_valid_until", date,
                    M("basis.validity_min" if at_least else "basis.validity", months=int(validity.value),
                      region=_where(validity)),
                    False, working=False, filing=main_filing, resolved=validity)
                if at_least:
                    # Only a floor is known (原则上不少于6个月, 通知二(三)): a passed floor is no sign the filing
                    # has lapsed, so it is "passed", never "expired/overdue".
                    valid.overdue = False
                deadlines.append(valid)
            # About a stay in hospital: nothing to say to someone buying medicine at a pharmacy.
            if case.scenario != "pharmacy" and ctx.rule("filing.admitted_within_validity_settles"):
                ctx.warn("validity_admission", said("warn.validity_admission"))
            if date < case.event_date:
                # An exact regional period (邵阳) is said as such; only the national floor is "(at least)".
                exact = validity.period.bound != "min"
                if case.filed:
                    renew, dl = _renewal(ctx, date, channels, materials, category, inpatient_like, exact=exact)
                    filings.append(renew)
                    if dl is not None:
                        deadlines.append(dl)
                else:
                    ctx.warn("validity_before_visit", M("warn.validity_before_visit_exact" if exact
                                                        else "warn.validity_before_visit", until=date.isoformat(),
                                                        event=case.event_date.isoformat()))
    if inpatient_like:
        _region_exempts_filing(ctx, filings, category)
    return filings, deadlines


_EXEMPTABLE: Final = ("filing", "late_filing", "late_filing_after_discharge", "renew_filing")


def _region_exempts_filing(ctx: _Ctx, filings: list[Filing], category: str) -> None:
    """The insured region's own rule that this category needs no filing (`filing.required.<category>: false`).

    Its benefits are then paid without one (经办规程第十四条 leaves unfiled care to the 参保地), so the filing is no
    longer required; but the national rules give direct settlement to those who have filed (通知二(二)), and a
    region's page saying "无需备案" does not say the hospital will settle directly without one. So the filing
    stays, as a suggestion, with what the region says and what is not known. Inpatient care only: the pages that
    say so speak of 住院. Read outside any kept plan (the cost is priced by the unfiled class as before).
    """
    r = _own_filing_rule(ctx, "filing.required")
    if r is None or r.value is not False:
        return
    ctx.cite(r)
    national = ctx.rule("filing.direct_settlement_needs_filing")
    settled = ctx.case.settled and not ctx.case.filed
    key = ("note.filing_not_required_settled" if settled
           else "note.filing_not_required" if national is not None else "note.filing_not_required_unknown")
    note = M(key, region=r.region_name, cite=r.period.cite or r.source.title)
    for f in filings:
        if f.category == category and f.id in _EXEMPTABLE:
            f.required = False
            if not f.done:
                f.notes.insert(0, note)


def _own_filing_rule(ctx: _Ctx, head: str) -> Resolved | None:
    """The insured region's own `<head>.<category>` (`filing.required`, `intra_province.filing.required`) for
    this case, never the national file. Inpatient referral and temporary care only: the pages that exempt a
    category speak of 住院, and these are the categories a region may exempt (policy_keys `<category>`)."""
    scenario = ctx.case.scenario
    if scenario not in ("referral", "temporary"):
        return None
    r = ctx.chain.get(f"{head}.{scenario}")
    return r if r is not None and r.region != NATIONAL else None


def _renewal(ctx: _Ctx, valid_until: dt.date, channels: list[str], materials: list[Msg], category: str,
             inpatient_like: bool, *, exact: bool = False) -> tuple[Filing, Deadline | None]:
    """A filing whose validity may end before the visit is not done: check it in the APP, file again."""
    case = ctx.case
    f = Filing(id="renew_filing", title=M("filing.renew", category=said(f"category.{category}")), required=True,
               channels=channels, materials=materials, category=category,
               notes=[M("note.renew_check_app_exact" if exact else "note.renew_check_app",
                        until=valid_until.isoformat(), event=case.event_date.isoformat())])
    late_ok = inpatient_like and ctx.rule("filing.late_before_discharge") is not None
    dl = _processing_suggestion(ctx, f.id)
    if dl is None and late_ok:
        f.when = said("when.before_discharge")
    else:
        _suggest(ctx, f, dl, late_ok=late_ok)
    if late_ok:
        f.notes.append(said("note.late_filing_still_possible"))
    return f, dl


def _chronic_filings(ctx: _Ctx) -> tuple[list[Filing], list[Filing]]:
    """(the qualification step, steps after the filing: a paper claim where the disease is not settled directly)."""
    case = ctx.case
    out: list[Filing] = []
    diseases = ctx.rule("chronic.cross_province_diseases", on=case.event_date)
    known = list(diseases.value) if diseases else []
    name = (case.chronic_disease or "").strip()
    match = next((d for d in known if name and (name == d["name"] or name.upper() == d.get("code")
                                                 or name in d.get("aliases", []))), None)
    out.append(Filing(
        id="chronic_qualification",
        title=said("filing.chronic_qualification"),
        required=True,
        # 门诊慢特病待遇认定 (医保办发〔2024〕19号 三(一)) is its own application: a travel filing (--filed) says
        # nothing about it, so it is never shown as done on that account.
        done=False,
        channels=["insured_office"],
        materials=[said("mat.credential"), said("mat.chronic_diagnosis")],
        notes=[said("note.chronic_qualification")],
    ))
    if match:
        ctx.warn("chronic_direct", M("warn.chronic_direct", disease=match["name"], count=len(known)))
    elif name:
        # Not settled directly across provinces: paid first, claimed at home; the qualification matters only
        # where the home region lists the disease, and the claim is a step of its own.
        # The regions' claim limits we hold count from discharge, so none is applied to a purchase.
        out[0].notes = [said("note.chronic_qualification_unlisted")]
        out[0].required = False
        claim = Filing(id="manual_claim", title=said("filing.manual_claim"), required=True,
                       channels=["insured_office"], materials=_manual_claim_materials(case),
                       when=said("when.manual_claim_unknown"))
        ctx.warn("chronic_not_listed", M("warn.chronic_not_listed", disease=name,
                                         listed=tuple(d["name"] for d in known)))
        return out, [claim]
    else:
        # No disease named (e.g. a 城乡居民 buying medicine: the mode is implied, the disease not said).
        ctx.warn("chronic_not_listed", M("warn.chronic_unnamed", disease=name,
                                         listed=tuple(d["name"] for d in known)))
    return out, []


def _file_to_destination(ctx: _Ctx, filings: list[Filing], category: str | None) -> None:
    """经办规程第十一条: a filing names the 就医地 city (直辖市), or the province where care is pooled at province
    level (海南, 西藏); it then covers every networked hospital there. Said on the filing itself."""
    if category is None or ctx.rule("filing.to_treated_prefecture") is None:
        return
    provincial = ctx.rule("filing.province_level_destinations")
    treated = ctx.case.treated
    pharmacy = ctx.case.scenario == "pharmacy"
    key = (id(treated), pharmacy, id(provincial))
    kept = _DESTINATION_NOTES.get(key)
    if kept is not None and kept[0] is treated and kept[1] is provincial:
        note = kept[2]
    else:
        note = _destination_note(treated, pharmacy, provincial)
        if len(_DESTINATION_NOTES) >= _DESTINATION_NOTES_MAX:
            _DESTINATION_NOTES.clear()
        _DESTINATION_NOTES[key] = (treated, provincial, note)
    for f in filings:
        if f.category == category:
            f.notes.append(note)


# The destination note by (place of care, pharmacy or not, the province-level destinations figure): a function of
# those alone (_destination_note; a Region and a figure are frozen), each entry holding both objects so that no other
# takes their ids. Bounded by the places and the policy tree; cleared when full, like the kept plans.
_DESTINATION_NOTES: Final[dict[tuple[int, bool, int], tuple[Region, Resolved | None, Msg]]] = {}
_DESTINATION_NOTES_MAX = 4096


def _destination_note(treated: Region, pharmacy: bool, provincial: Resolved | None) -> Msg:
    whole = next((p for p in (provincial.value if provincial else []) if str(p.get("code")) == treated.province),
                 None)
    # 第十一条: a filing covers inpatient care at every networked hospital there; outpatient care and medicines
    # follow the 参保地's rules at networked hospitals and pharmacies (said so for a pharmacy purchase).
    tail = ".pharmacy" if pharmacy else ""
    if whole is not None:
        return M("note.file_to_province" + tail, province=whole["name"])
    if treated.kind in ("prefecture", "municipality"):
        return M("note.file_to_prefecture" + tail, place=treated.name)
    if treated.kind == "county" and treated.parent_name:
        return M("note.file_to_prefecture_of_county" + tail, county=treated.name, prefecture=treated.parent_name)
    if treated.kind == "county" and treated.area == treated.province:  # a district of a municipality
        return M("note.file_to_prefecture" + tail, place=treated.province_name)
    if treated.kind == "county" and treated.area == treated.code:  # governed by the province directly (仙桃)
        return M("note.file_to_prefecture" + tail, place=treated.name)
    return M("note.file_to_prefecture_choose" + tail, province=treated.province_name or treated.name)


def _injury_pledge(ctx: _Ctx) -> list[Filing]:
    """经办规程第三十五条: for 外伤 care the person says has no third-party liability, the hospital may ask for a
    signed 《外伤无第三方责任承诺书》 (附件11) before settling directly. A step at admission, not a filing."""
    case = ctx.case
    if not case.injury or case.scenario == "pharmacy" or ctx.rule("injury.no_third_party_pledge") is None:
        return []
    return [Filing(
        id="injury_pledge",
        title=said("filing.injury_pledge"),
        required=False,
        done=case.settled,
        channels=["hospital_desk"],
        materials=[said("mat.injury_pledge")],
        when=said("when.at_admission"),
        notes=[said("note.injury_pledge")],
    )]


def _personal_account_step(ctx: _Ctx) -> Filing:
    r = ctx.local("personal_account.cross_province_authorization_required",
                  fallback_note=said("default.personal_account_authorization"))
    required = bool(r.value) if r else False
    f = Filing(
        id="personal_account_authorization",
        title=said("filing.personal_account"),
        required=required,
        done=ctx.case.filed and required,
        channels=["nhsa_app", "insured_office"],
        materials=[said("mat.credential")],
    )
    if r is None:
        f.notes.append(said("note.personal_account_check"))
    return f


# ---------------------------------------------------------------- cost


def _pct(value: Any) -> Decimal:
    return Decimal(str(value))


def _reduction(ctx: _Ctx, cls: str) -> tuple[str, Decimal, Resolved | None]:
    """How temporary care is paid less: ('points', N), ('factor', f) or ('self_pay_first', share).

    Local rules take all three shapes (医保发〔2022〕22号 §二(六) sets only the size, in points).
    """
    if ctx.case.reduction_points is not None:
        return "points", ctx.case.reduction_points, None
    if cls in ("local",):
        return "points", ZERO, None
    key = f"cross_province.reduction.{cls}"
    # Long-term residents get the home region's standards (通知二(五)): the national figure is "no cut", not a size
    # of cut to estimate with.
    note = (said("default.reduction_long_term") if cls == "long_term"
            else M("default.reduction", cls=said(f"class.{cls}")))
    # A rule for one insurance type only (e.g. 城乡居民) wins over the general one.
    r = ctx.regional([f"cross_province.reduction.{ctx.case.insurance}.{cls}"]) or ctx.local(key, fallback_note=note)
    if r is None and cls == "unfiled":
        # 经办规程第十四条: unfiled care follows 参保地 rules, which we lack; the temporary-care figure is the
        # best available stand-in and is labelled as such.
        # No national figure exists for unfiled care: the national figure used is the temporary-care one, and
        # the note says so (not "the national figure for unfiled care").
        r = (ctx.regional([f"cross_province.reduction.{ctx.case.insurance}.temporary"])
             or ctx.local("cross_province.reduction.temporary",
                          fallback_note=M("default.reduction", cls=said("class.temporary"))))
        ctx.default(key, r.value if r else None, "assumption", said("default.unfiled"), replace=True)
        ctx.warn("unfiled_may_pay_nothing", said("warn.unfiled_may_pay_nothing"))
    if r is None:
        return "points", ZERO, None
    v = r.value or {}
    for kind in ("self_pay_first", "factor", "points"):
        if kind in v:
            return kind, _pct(v[kind]), r
    return "points", ZERO, r


def _specific(prefix: str, status: str | None, cls: str | None, level: str) -> list[str]:
    """Keys from most to least specific: prefix[.status][.class][.level] (status: 职工 in service/retired)."""
    stem = f"{prefix}.{cls}" if cls else prefix
    keys = [f"{prefix}.{status}.{cls}.{level}", f"{prefix}.{status}.{cls}"] if status and cls else []
    if status and not cls:
        keys += [f"{prefix}.{status}.{level}", f"{prefix}.{status}"]
    keys.append(f"{stem}.{level}")
    if cls:
        keys.append(stem)
    return keys


def _for_class(ctx: _Ctx, cls: str, keys_for: Callable[[str], list[str]]) -> Resolved | None:
    """The region's own value for a benefit class, keys most specific first.

    Unfiled care has its own published figure in few places; the temporary-care figure stands in for it
    (经办规程第十四条 leaves unfiled care to the 参保地), labelled as an assumption under the unfiled key.
    """
    for c in (cls, "temporary") if cls == "unfiled" else (cls,):
        r = ctx.regional(keys_for(c))
        if r is not None:
            if c != cls:
                k = keys_for(cls)[-1]
                ctx.default(k, r.value, "assumption", said("default.unfiled"), replace=True)
                ctx.warn("unfiled_may_pay_nothing", said("warn.unfiled_may_pay_nothing"))
            return r
    return None


def _bands(value: Any) -> list[tuple[Decimal | None, Decimal]]:
    """A ratio is a number, or bands [{upto: 100000, ratio: 0.8}, {ratio: 0.9}] over in-scope cost."""
    if isinstance(value, list):
        return [(_pct(b["upto"]) if b.get("upto") is not None else None, _pct(b["ratio"])) for b in value]
    return [(None, _pct(value))]


def _apply(kind: str, red: Decimal, ratio: Decimal) -> Decimal:
    if kind == "points":
        return max(ratio - red / HUNDRED, ZERO)
    if kind == "factor":
        return ratio * red
    return ratio


def _ratio_text(kind: str, red: Decimal, ratio: Decimal, eff: Decimal) -> str:
    if not ratio:  # a band the fund does not pay (above a cap): no reduction to show
        return fmt_pct(ratio)
    if kind == "points" and red:
        return f"{fmt_pct(ratio)} − {red.normalize():f} = {fmt_pct(eff)}"
    if kind == "factor" and red != 1:
        return f"{fmt_pct(ratio)} × {red.normalize():f} = {fmt_pct(eff)}"
    return fmt_pct(eff)


def _level_key(ctx: _Ctx, cls: str) -> int:
    """Some regions price all temporary care at the 三级 standard (e.g. 临沂 from 2023-10-01)."""
    if cls in ("local", "long_term"):
        return ctx.case.hospital_level
    r = ctx.regional([f"cross_province.use_level3_standard.{cls}"])
    return 3 if r is not None and r.value else ctx.case.hospital_level


def _tiered_keys(ctx: _Ctx, ins: str, lv: str, assumptions: list[Msg]) -> Callable[..., list[str]]:
    """Key lists for 参保地 figures, the person's 缴费档次 first where the region prices by tier.

    Without a tier, only untiered figures apply; where the region has tiered ones the person is told to
    give the tier rather than be estimated on the wrong one.
    """
    tiers = ctx.chain.tiers(ins, ctx.case.event_date)
    tier = ctx.case.tier
    own_figures = all(x is not None for x in (ctx.case.deductible, ctx.case.ratio, ctx.case.cap))
    if tiers and tier is None and not own_figures:
        ctx.warn("tier_unknown", M("warn.tier_unknown", region=ctx.case.insured.name,
                                   tiers="/".join(str(t) for t in tiers)))
    elif tier is not None and not tiers:
        assumptions.append(M("assume.tier_unused", tier=tier))
    elif tier is not None and tier not in tiers:
        assumptions.append(M("assume.tier_not_found", tier=tier, tiers="/".join(str(t) for t in tiers)))

    def keys(prefix: str, status: str | None, by_level: bool = True) -> list[str]:
        stems = [f"{prefix}.tier{tier}", prefix] if tier is not None and tier in tiers else [prefix]
        return [k for stem in stems for k in ([*_specific(stem, status, None, lv), stem] if by_level else [stem])]

    return keys


# An estimate is split in two: a cost plan (which figures apply and what the lookups record: cited figures,
# defaults, warnings, figures not used, the assumptions), which depends only on the chain's answers and the
# case's shape, and the arithmetic on the amounts. A batch asks for the same plan many times with other
# amounts, so plans are kept per chain (_plan).

_STEP_TOTAL = said("step.total")
_STEP_OOC = said("step.out_of_catalog")
_STEP_IN_SCOPE = said("step.in_scope")
_STEP_SELF_PAY_FIRST = said("step.self_pay_first")
_STEP_AVERAGE_SHARE = said("step.average_share")
_STEP_DEDUCTIBLE = said("step.deductible")
_STEP_RATIO = said("step.ratio")
_STEP_FUND_BEFORE_CAP = said("step.fund_before_cap")
_STEP_CAP = said("step.cap")
_STEP_FUND_PAYS = said("step.fund_pays")
_STEP_OOP = said("step.out_of_pocket")
_ASSUME_ESTIMATE = said("assume.estimate")
_ASSUME_OOC_ZERO = said("assume.ooc_zero")
_ASSUME_USER_FIGURES = said("assume.user_figures")


@dataclass(frozen=True, slots=True)
class _SeriousPlan:
    """大病保险 figures the region sources (both of them, else no plan)."""

    deductible: Decimal
    bands: list[tuple[Decimal | None, Decimal]]
    cap: Decimal | None  # already rounded to the fen
    cap_key: str | None
    bands_pct: tuple[str, ...] = ()  # fmt_pct of each band's ratio, said in every formula
    steps: tuple[Step, ...] = ()  # the deductible and the ratio, said from the plan alone


@dataclass(frozen=True, slots=True)
class _CostPlan:
    """Everything of an estimate but the amounts. `shape`: none (not estimated), pharmacy_user (the person's own
    figures for a chronic-disease purchase, read from the case), average (national average share), rates."""

    shape: str
    method: str
    assumptions: tuple[Msg, ...]  # those after the out-of-catalogue one
    first: tuple[Decimal, str | None] | None = None  # 先行自付 share and its key
    eff: Decimal | None = None  # average: the share after the reduction; rates: the one band's ratio, if one
    eff_text: str | None = None  # average: fmt_pct(eff), said in every formula
    deductible: Decimal = ZERO  # as the sum uses it (a user's figure is not rounded)
    bands: tuple[tuple[Decimal | None, Decimal], ...] = ()  # reduced
    bands_pct: tuple[str, ...] = ()  # fmt_pct of each reduced band's ratio
    cap: Decimal | None = None  # already rounded to the fen, as every amount in a Cost or a Step
    cap_param: str | None = None
    serious: _SeriousPlan | None = None
    steps: tuple[Step, ...] = ()  # the steps said from the plan alone (average: ratio; rates: deductible, ratio)


def estimate(ctx: _Ctx, cls: str, cross: bool, amounts: _Amounts | None = None) -> Cost | None:
    """`amounts`: _amounts(case), when the caller has it already (the "if filed" estimate of the same case)."""
    case = ctx.case
    if case.cost is None:
        return None
    if (case.deductible is not None or case.ratio is not None or case.cap is not None
            or case.reduction_points is not None):
        shape = None  # the person's own figures are amounts: a key by them would grow with the input
    else:  # every case field _make_plan reads (the amounts only in _cost)
        shape = ("cost", cls, cross, case.scenario, case.pharmacy_mode, case.insurance, case.retired,
                 case.hospital_level, case.tier, case.stay, case.insured.name)
    plan = _replay(ctx, shape, lambda rec: _make_plan(rec, cls, cross))
    return _cost(plan, case, cls, amounts or _amounts(case))


_T = TypeVar("_T")


def _replay(ctx: _Ctx, shape: tuple[Any, ...] | None, make: Callable[[_Recorder], _T]) -> _T:
    """`make` run on a _Recorder, its changes replayed on `ctx`; its result and changes are kept per chain under
    `shape`, which must hold every case field `make` reads, and reused on the days the chain answers every
    question it asked the same way (ChainReads.span).

    Kept only with a shape, and where the chain is asked on the event date (tiers are looked up on the latter).
    """
    case = ctx.case
    chain = ctx.chain
    assert isinstance(chain, PolicyChain)  # a _Recorder's ChainReads only inside `make`
    day = case.event_date
    keep = shape is not None and chain.on == day
    derived = chain._memo.derived
    hit = None
    for entry in derived.get(shape, ()) if keep else ():
        if entry[0] <= day and (entry[1] is None or day < entry[1]):
            hit = entry
            break
    if hit is not None:
        ops, value = hit[2], hit[3]
    else:
        rec = _Recorder(case, chain)
        value = make(rec)
        ops = rec.recorded()
        if keep:
            first, end = rec.reads.span(day)
            _make_room(derived)
            derived.setdefault(shape, []).append((first, end, ops, value))
    defaults = ctx.defaults
    for op, args in ops:
        # The two commonest changes made here rather than by a call (what _Ctx._put_default and _cite_all do).
        if op is _PUT_DEFAULT:
            d = args[0]
            key = d.parameter
            if args[1] or key not in defaults:
                defaults[key] = d
        elif op is _CITE_ALL:
            ctx.cited += args[0]
        else:
            op(ctx, *args)
    return value


_Kept = list[tuple[dt.date, dt.date | None, tuple[_Op, ...], Any]]  # [first, end) day, changes, result
_PUT_DEFAULT: Final = _Ctx._put_default
_CITE_ALL: Final = _Ctx._cite_all


# The one bound on what is kept: entries (a plan or cut for a span of days, a cited list) over all chains. There
# is a chain per insured region (3,210 in regions.json, each county its own), and per chain the case shapes are
# a large product of short lists (a stay of the year runs to 99); a shape's spans never overlap (a day is served
# by the span holding it), so they are at most the chain's change days plus one (9 at most in the shipped tree),
# and no shape can fill the total alone there. Past this many entries all are dropped and kept afresh, like the
# render memo; the benchmark keeps ~6,000.
_KEPT_TOTAL = 16384
_kept_count = 0
_kept_in: dict[int, dict[Any, Any]] = {}  # the chains' `derived` holding entries, by id (kept alive here)


def _make_room(derived: dict[Any, Any]) -> None:
    """Called before an entry is added to `derived`: counts it, and drops everything kept when the total is full."""
    global _kept_count
    if _kept_count >= _KEPT_TOTAL:
        for held in _kept_in.values():
            held.clear()
        _kept_in.clear()
        _kept_count = 0
    _kept_count += 1
    _kept_in[id(derived)] = derived


def _make_plan(ctx: _Recorder, cls: str, cross: bool) -> _CostPlan:
    """Which figures the estimate uses. Reads the case's shape, never its amounts (see estimate's key)."""
    case = ctx.case
    assumptions: list[Msg] = []
    if case.scenario == "pharmacy":
        if case.pharmacy_mode == "chronic" and case.ratio is not None:
            return _CostPlan("pharmacy_user", "user_figures", (_ASSUME_USER_FIGURES,))
        key = "assume.pharmacy_account" if case.pharmacy_mode == "personal_account" else "assume.enter_figures"
        return _CostPlan("none", "not_estimated", (M(key),))

    ins = case.insurance
    level = _level_key(ctx, cls) if cross else case.hospital_level
    if level != case.hospital_level:
        assumptions.append(said("assume.level3_standard"))
    status = ("retired" if case.retired else "in_service") if ins == "employee" else None
    lv = f"level{level}"
    user = any(x is not None for x in (case.deductible, case.ratio, case.cap))
    if user:
        assumptions.append(_ASSUME_USER_FIGURES)
    tiered = _tiered_keys(ctx, ins, lv, assumptions)

    # The ratio: the person's own figure, a cross-province ratio the region publishes for this class
    # (already reduced, so no reduction is looked up or labelled), or the local ratio minus the reduction.
    ratio_r: Resolved | None = None
    bands: list[tuple[Decimal | None, Decimal]] | None = None
    if case.ratio is not None:
        bands = [(None, case.ratio)]
    elif cross:
        r = _for_class(ctx, cls, lambda c: _specific(f"cross_province.ratio.{ins}", status, c, lv))
        if r is not None:
            ratio_r, bands = r, _bands(r.value)
    kind, red, red_r = _reduction(ctx, cls) if cross and ratio_r is None else ("points", ZERO, None)
    if cross and case.reduction_points is not None:
        # The person's own cut: said where it is used, and where it is not (a published cross-province ratio
        # already has the region's cut in it); the region's own sourced cut is listed as not used.
        points = f"{case.reduction_points.normalize():f}"
        if ratio_r is not None:
            assumptions.append(M("assume.user_reduction_unused", points=points))
        else:
            assumptions.append(M("assume.user_reduction", points=points))
            own = ctx.sourced([f"cross_province.reduction.{ins}.{cls}", f"cross_province.reduction.{cls}"])
            if own is not None:
                ctx.not_used(own, M("unused.reduction_user", points=points))
    if bands is None:
        r = ctx.local(tiered(f"inpatient.ratio.{ins}", status), fallback_note=said("default.local_ratio"))
        if r is not None and r.status == "sourced":
            ratio_r, bands = r, _bands(r.value)

    first = (red, red_r.key if red_r else None) if kind == "self_pay_first" and red else None

    if bands is None:
        # No local ratio: fall back to the published national average share of in-catalogue costs the
        # fund paid, which already folds in 起付线 and caps. Clearly an average, not the person's rule.
        share_r = ctx.local(f"statistics.inpatient_fund_share.{ins}", fallback_note=said("default.average_share"))
        if share_r is None:
            # Nothing is estimated (no statistic for the year either): no default was used, so none is listed as
            # "estimated with …" — only that the region's ratio is not sourced.
            ctx.drop_default(f"statistics.inpatient_fund_share.{ins}")
            for c in {cls, "temporary"} if cls == "unfiled" else {cls}:
                ctx.drop_default(f"cross_province.reduction.{c}")
            ctx.warn("no_estimate", said("warn.no_estimate"))
            return _CostPlan("none", "not_estimated", (*assumptions, said("assume.enter_figures")),
                             first=first)
        share = _pct(share_r.value)
        assumptions.append(M("assume.national_average", share=fmt_pct(share), year=share_r.period.effective_from.year))
        if case.deductible is not None:
            # The person's own 起付线 without their ratio: the average share already folds in 起付线, so it is not
            # subtracted (as for a sourced one, below) — and that is said, never "your figures were used".
            if case.cap is None:
                assumptions.remove(_ASSUME_USER_FIGURES)
            assumptions.append(M("assume.user_deductible_unused", value=fmt_yuan(case.deductible)))
        eff = _apply(kind, red, share)
        # The region's own 起付线 and cap, where sourced, are never dropped silently. The average share already
        # folds in the effect of 起付线 over all stays, so subtracting a 起付线 again would count it twice: it is
        # listed as not used. A cap is a hard ceiling on what the fund pays, so it holds around the average too.
        later = (case.stay or 1) >= 2
        ded_own = None if case.deductible is not None else ctx.sourced(
            _deductible_keys(ctx, cls, cross, ins, status, lv, later, tiered))
        if ded_own is not None:
            untiered = ctx.chain.tiers(ins, case.event_date) and case.tier is None
            ctx.not_used(ded_own, M("unused.deductible_tier_unknown" if untiered else "unused.deductible_without_ratio",
                                    value=fmt_yuan(_pct(ded_own.value))))
        cap_own = None if case.cap is not None else ctx.sourced(tiered(f"inpatient.cap.{ins}", None, False))
        held = None if case.cap is not None or cap_own is not None else ctx.withheld(
            tiered(f"inpatient.cap.{ins}", None, False))
        if held is not None:
            ctx.not_used(held, _declared_reason(held))
        cap = money(case.cap) if case.cap is not None else (
            money(_pct(cap_own.value)) if cap_own is not None else None)
        if cap is not None:
            if cap_own is not None:
                ctx.cite(cap_own)
            assumptions.append(said("assume.cap_unused"))
        assumptions.append(said("assume.no_serious_illness"))  # the average is the basic fund's share alone
        # A sourced 大病保险 rule needs the person's own share, which an average share does not give: listed, not
        # dropped silently.
        for key in (f"serious_illness.deductible.{ins}", f"serious_illness.ratio.{ins}"):
            serious_r = ctx.sourced([key])
            if serious_r is not None:
                ctx.not_used(serious_r, said("unused.serious_illness_average"))
        ratio_text = _ratio_text(kind, red, share, eff)
        return _CostPlan("average", "national_average", tuple(assumptions), first=first, eff=eff, eff_text=fmt_pct(eff),
                         cap=cap,
                         cap_param=(cap_own.key if cap_own is not None else "user") if cap is not None else None,
                         steps=(Step("ratio", _STEP_AVERAGE_SHARE, None, ratio_text, share_r.key),))

    # 起付线: the person's figure, a separate cross-province one, or the local one; for a later stay of the
    # year, the region's later-stay figure where it has one.
    ded_r: Resolved | None = None
    later = (case.stay or 1) >= 2
    stay_note = said("assume.first_stay")
    ded_factors: list[Decimal] = []  # multipliers applied to the 起付线 found (shown in the breakdown)
    if case.deductible is not None:
        deductible = case.deductible
        if later:
            stay_note = M("assume.later_stay", stay=case.stay)
    else:
        fixed = None
        if cross and later:
            fixed = _for_class(ctx, cls, lambda c: [f"cross_province.deductible_later.{ins}.{c}.{lv}",
                                                    f"cross_province.deductible_later.{ins}.{c}"])
        if cross and fixed is None:
            fixed = (_for_class(ctx, cls, lambda c: _specific(f"cross_province.deductible.{ins}", status, c, lv))
                     or ctx.regional([f"cross_province.deductible.{ins}"]))
        if fixed is not None:
            ded_r, deductible = fixed, _pct(fixed.value)
        else:
            own = None
            if (case.stay or 1) >= 3:
                own = ctx.regional([f"inpatient.deductible_stay3.{ins}.{lv}", f"inpatient.deductible_stay3.{ins}"])
            if later and own is None:
                own = ctx.regional([f"inpatient.deductible_later.{ins}.{lv}", f"inpatient.deductible_later.{ins}"])
            r = own or ctx.local(tiered(f"inpatient.deductible.{ins}", status),
                                 fallback_note=said("default.deductible"))
            if r is not None and r.status == "sourced":
                ded_r, deductible = r, _pct(r.value)
                mult = _for_class(ctx, cls, lambda c: [f"cross_province.deductible_multiplier.{c}"]) if cross else None
                if mult is not None:
                    deductible = money(deductible * _pct(mult.value))
                    ded_factors.append(_pct(mult.value))
            else:
                deductible = ZERO
                assumptions.append(said("assume.deductible_zero"))
        if later and ded_r is not None:
            if ".deductible_stay3." in ded_r.key:
                stay_note = M("assume.stay3", stay=case.stay)
            elif ".deductible_later." in ded_r.key:
                stay_note = M("assume.later_stay", stay=case.stay)
            elif (factor := ctx.regional([f"inpatient.deductible_later_factor.{ins}"])) is not None:
                deductible = money(deductible * _pct(factor.value))
                ded_factors.append(_pct(factor.value))
                stay_note = M("assume.later_stay", stay=case.stay)
            else:
                stay_note = said("assume.later_stay_unknown")
    ded_formula = None
    if ded_factors and ded_r is not None:
        ded_formula = " × ".join([fmt_yuan(_pct(ded_r.value)), *(f"{f.normalize():f}" for f in ded_factors)])
        ded_formula += f" = {fmt_yuan(money(deductible))}"

    reduced = tuple((upto, _apply(kind, red, ratio)) for upto, ratio in bands)
    cap_held = False
    if case.cap is not None:
        cap, cap_r = money(case.cap), None
    else:
        cap_keys = tiered(f"inpatient.cap.{ins}", None, False)
        cap_r = ctx.local(cap_keys, fallback_note=said("default.cap"))  # lists a cap found but not used
        cap = money(_pct(cap_r.value)) if cap_r and cap_r.status == "sourced" else None
        cap_held = cap_r is None and ctx.withheld(cap_keys) is not None
    # The region's bands end in "0 % above X" (e.g. 北京 above 50万): that is its cap, already applied.
    cap_in_bands = cap is None and len(bands) > 1 and bands[-1][1] == 0 and bands[-2][0] is not None
    if cap_in_bands and case.cap is None and cap_r is None:
        ctx.drop_default(cap_keys[0])  # not "no cap found": the cap is in the bands
    if cap is not None:
        assumptions.append(said("assume.cap_unused"))
    elif cap_in_bands:
        assumptions.append(M("assume.cap_in_bands", upto=fmt_yuan(bands[-2][0] or ZERO)))
    else:
        assumptions.append(said("assume.cap_not_applied" if cap_held else "assume.no_cap"))
    serious = _serious_plan(ctx, ins)
    assumptions.append(stay_note)
    assumptions.append(said("assume.serious_illness_first" if serious is not None else "assume.no_serious_illness"))
    ratio_text, ratio_param = _bands_label(bands, kind, red), ratio_r.key if ratio_r else "user"
    ded_param = ded_r.key if ded_r else ("user" if case.deductible is not None else None)
    return _CostPlan(
        "rates", "user_figures" if user else "local_rates", tuple(assumptions), first=first,
        eff=reduced[0][1] if len(reduced) == 1 else None,
        deductible=deductible,
        bands=reduced, bands_pct=tuple(fmt_pct(ratio) for _upto, ratio in reduced),
        cap=cap, cap_param=(cap_r.key if cap_r else "user") if cap is not None else None,
        serious=serious,
        steps=(Step("deductible", _STEP_DEDUCTIBLE, money(deductible), ded_formula, ded_param),
               Step("ratio", _STEP_RATIO, None, ratio_text, ratio_param)))


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to make, and this one is made per case
class _Amounts:
    """What an estimate works out from the case's amounts alone, whatever the plan: worked out once per case, for
    the estimate and the "if filed" one."""

    total: Decimal
    ooc: Decimal
    ooc_note: Msg | None  # the assumption about the out-of-catalogue part, after "this is an estimate"
    total_m: Decimal
    ooc_m: Decimal
    in_scope: Decimal
    total_text: str
    in_scope_text: str
    steps: tuple[Step, ...]  # the three first steps (total, out of catalogue, in scope): shared by both estimates


def _amounts(case: Case) -> _Amounts:
    assert case.cost is not None
    total = case.cost
    ooc_note: Msg | None = None
    if case.out_of_catalog is not None:
        ooc = case.out_of_catalog
    elif case.out_of_catalog_share is not None:
        ooc = money(total * case.out_of_catalog_share)
        ooc_note = M("assume.ooc_share", share=fmt_pct(case.out_of_catalog_share))
    else:
        ooc = ZERO
        ooc_note = _ASSUME_OOC_ZERO
    total_m, ooc_m = money(total), money(ooc)
    in_scope = total - ooc
    in_scope_m = money(in_scope)
    total_text, in_scope_text = fmt_fen(total_m), fmt_fen(in_scope_m)  # fmt_yuan(total), fmt_yuan(in_scope)
    in_scope_formula = f"{total_text} − {fmt_fen(ooc_m)} = {in_scope_text}"
    steps = (Step("total", _STEP_TOTAL, total_m), Step("out_of_catalog", _STEP_OOC, ooc_m),
             Step("in_scope", _STEP_IN_SCOPE, in_scope_m, in_scope_formula))
    return _Amounts(total, ooc, ooc_note, total_m, ooc_m, in_scope, total_text, in_scope_text, steps)


def _cost(plan: _CostPlan, case: Case, cls: str, a: _Amounts) -> Cost:
    """The arithmetic of an estimate on the case's amounts (`a`, from _amounts(case)), along `plan`."""
    total, ooc, in_scope, total_m, ooc_m = a.total, a.ooc, a.in_scope, a.total_m, a.ooc_m
    assumptions = [_ASSUME_ESTIMATE] if a.ooc_note is None else [_ASSUME_ESTIMATE, a.ooc_note]
    assumptions += plan.assumptions
    total_text, in_scope_text = a.total_text, a.in_scope_text  # each said more than once below
    steps = list(a.steps)
    if plan.shape == "pharmacy_user":
        return _pharmacy_user_cost(case, cls, total, ooc, in_scope, steps, assumptions)

    base = in_scope
    if plan.first is not None:
        share, key = plan.first
        first = money(in_scope * share)
        steps.append(Step("self_pay_first", _STEP_SELF_PAY_FIRST, first,
                          f"{in_scope_text} × {fmt_pct(share)} = {fmt_yuan(first)}", key))
        base = in_scope - first
    if plan.shape == "none":
        return Cost("not_estimated", cls, total_m, ooc_m, None, None, steps, assumptions)

    cap = plan.cap
    if plan.shape == "average":
        eff = plan.eff
        assert eff is not None
        steps += plan.steps  # the ratio
        fund = money(base * eff)
        fund_text = fmt_fen(fund)
        formula: str | None = \
            f"{in_scope_text if base is in_scope else fmt_yuan(base)} × {plan.eff_text} = {fund_text}"
        if cap is not None:
            steps.append(Step("fund_before_cap", _STEP_FUND_BEFORE_CAP, fund, formula))
            capped = min(fund, cap)
            steps.append(Step("cap", _STEP_CAP, cap, f"min({fund_text}, {fmt_yuan(cap)}) = {fmt_yuan(capped)}",
                              plan.cap_param))
            fund, formula = money(capped), None
            fund_text = fmt_fen(fund)
        steps.append(Step("fund_pays", _STEP_FUND_PAYS, fund, formula))
        oop = money(total - fund)
        steps.append(Step("out_of_pocket", _STEP_OOP, oop, f"{total_text} − {fund_text} = {fmt_fen(oop)}"))
        return Cost("national_average", cls, total_m, ooc_m, fund, oop, steps, assumptions, eff, None, cap)

    deductible = plan.deductible
    fund, banded = _banded(base, deductible, plan.bands, plan.bands_pct)
    steps += plan.steps  # the deductible, the ratio
    steps.append(Step("fund_before_cap", _STEP_FUND_BEFORE_CAP, fund, banded))
    if cap is not None:
        capped = min(fund, cap)
        steps.append(Step("cap", _STEP_CAP, cap, f"min({fmt_yuan(fund)}, {fmt_yuan(cap)}) = {fmt_yuan(capped)}",
                          plan.cap_param))
        fund = money(capped)
    steps.append(Step("fund_pays", _STEP_FUND_PAYS, fund))
    fund_text = fmt_yuan(fund)
    serious = _serious_pays(plan.serious, in_scope_text, in_scope, fund, fund_text, steps) \
        if plan.serious is not None else None
    oop = money(total - fund - (serious or ZERO))
    minus = f" − {fund_text}" + (f" − {fmt_yuan(serious)}" if serious is not None else "")
    steps.append(Step("out_of_pocket", _STEP_OOP, oop, f"{total_text}{minus} = {fmt_fen(oop)}"))
    return Cost(plan.method, cls, total_m, ooc_m, fund, oop, steps, assumptions, plan.eff, money(deductible), cap,
                serious)


_NORM_POINTS = {"referral": 10, "emergency": 10, "temporary": 20}  # 医保发〔2024〕21号 二: "左右"


def _local_cut(ctx: _Ctx, cls: str) -> Msg | None:
    """The region's own cut for this class against its ratio at home, as a message; None where not sourced.

    Compares the first band of the home ratio at the person's hospital level with what the region pays for the
    class (its published class ratio, or its ratio at the level it prices the class at, minus its reduction;
    a 先行自付 share counts as the part of the ratio it removes). Only sourced figures enter.
    """
    case = ctx.case
    if cls not in _NORM_POINTS or case.ratio is not None or case.reduction_points is not None:
        return None
    # Every case field _make_local_cut reads (with no ratio of the person's own, _tiered_keys needs no other).
    shape = ("cut", cls, case.insurance, case.retired, case.hospital_level, case.tier, case.insured.name)
    return _replay(ctx, shape, lambda rec: _make_local_cut(rec, cls))


def _make_local_cut(ctx: _Recorder, cls: str) -> Msg | None:
    case = ctx.case
    ins = case.insurance
    status = ("retired" if case.retired else "in_service") if ins == "employee" else None

    def ratio_at(level: int) -> Resolved | None:
        keys = _tiered_keys(ctx, ins, f"level{level}", [])(f"inpatient.ratio.{ins}", status)
        return ctx.sourced(keys)

    home_r = ratio_at(case.hospital_level)
    if home_r is None:
        return None
    home = _bands(home_r.value)[0][1]
    level = _level_key(ctx, cls)
    xp = ctx.sourced(_specific(f"cross_province.ratio.{ins}", status, cls, f"level{level}"))
    used = [home_r]
    if xp is not None:
        paid = _bands(xp.value)[0][1]
        used.append(xp)
    else:
        red = ctx.sourced([f"cross_province.reduction.{ins}.{cls}", f"cross_province.reduction.{cls}"])
        base_r = home_r if level == case.hospital_level else ratio_at(level)
        if red is None or base_r is None:
            return None
        base = _bands(base_r.value)[0][1]
        used += [red, base_r]
        v = red.value or {}
        if "self_pay_first" in v:
            paid = base * (1 - _pct(v["self_pay_first"]))
        elif "factor" in v:
            paid = base * _pct(v["factor"])
        else:
            paid = max(base - _pct(v.get("points", 0)) / HUNDRED, ZERO)
    cut = ((home - paid) * HUNDRED).quantize(Decimal("0.1")).normalize()
    norm = _NORM_POINTS[cls]
    key = "warn.temporary_lower_local_beyond" if cut > norm + 1 else "warn.temporary_lower_local"
    ctx.cite_absent(tuple(used))
    return M(key, region=case.insured.name, cls=said(f"class.{cls}"),
             level=said(f"hospital_level.{case.hospital_level}"), home=fmt_pct(home), paid=fmt_pct(paid),
             cut=f"{cut:f}", norm=norm)


def _deductible_keys(ctx: _Ctx, cls: str, cross: bool, ins: str, status: str | None, lv: str, later: bool,
                     tiered: Callable[..., list[str]]) -> list[str]:
    """The 起付线 keys the estimate would consult for this case, most specific first (no side effects)."""
    classes = (cls, "temporary") if cls == "unfiled" else (cls,)
    keys: list[str] = []
    if cross and later:
        keys += [k for c in classes for k in (f"cross_province.deductible_later.{ins}.{c}.{lv}",
                                              f"cross_province.deductible_later.{ins}.{c}")]
    if cross:
        keys += [k for c in classes for k in _specific(f"cross_province.deductible.{ins}", status, c, lv)]
        keys.append(f"cross_province.deductible.{ins}")
    if (ctx.case.stay or 1) >= 3:
        keys += [f"inpatient.deductible_stay3.{ins}.{lv}", f"inpatient.deductible_stay3.{ins}"]
    if later:
        keys += [f"inpatient.deductible_later.{ins}.{lv}", f"inpatient.deductible_later.{ins}"]
    return keys + tiered(f"inpatient.deductible.{ins}", status)


def _banded(base: Decimal, floor: Decimal, bands: Sequence[tuple[Decimal | None, Decimal]],
            pcts: Sequence[str]) -> tuple[Decimal, str]:
    """Σ over bands of (part of `base` above `floor` inside the band) × ratio; bands' `upto` are absolute.
    `pcts`: fmt_pct of each band's ratio (the plan's, worked out once)."""
    terms: list[str] = []
    paid, lo = ZERO, ZERO
    for (upto, ratio), pct in zip(bands, pcts, strict=True):
        start = max(lo, floor)
        stop = base if upto is None else min(base, upto)
        if stop > start:
            paid += money((stop - start) * ratio)
            terms.append(f"({fmt_yuan(stop)} − {fmt_yuan(start)}) × {pct}")
        if upto is not None:
            lo = upto
    paid = money(paid)
    if not terms:  # all of it below the 起付线: the fund pays nothing (never a negative difference)
        return paid, f"max({fmt_yuan(base)} − {fmt_yuan(floor)}, 0) = {fmt_yuan(paid)}"
    return paid, " + ".join(terms) + f" = {fmt_yuan(paid)}"


def _bands_label(bands: list[tuple[Decimal | None, Decimal]], kind: str = "points", red: Decimal = ZERO) -> str:
    labels, prev = [], None
    for upto, r in bands:
        text = _ratio_text(kind, red, r, _apply(kind, red, r))
        if len(bands) > 1:
            text = (f"≤{fmt_yuan(upto)}: " if upto is not None else f">{fmt_yuan(prev or ZERO)}: ") + text
        labels.append(text)
        prev = upto
    return "; ".join(labels)


def _serious_plan(ctx: _Ctx, ins: str) -> _SeriousPlan | None:
    """大病保险: the region's own 起付线 and ratio over the person's in-catalogue share; None where not sourced.

    Only a region's sourced figures are used (there is no national figure), and only when both the 起付线 and
    the ratio are known: half a rule would be a guess, and a figure not used is not cited.
    """
    ded_r = ctx.sourced([f"serious_illness.deductible.{ins}"])
    ratio_r = ctx.sourced([f"serious_illness.ratio.{ins}"])
    if ded_r is None or ratio_r is None:
        for half in (ded_r, ratio_r):
            if half is not None:  # half a rule would be a guess: say so instead of dropping it silently
                ctx.not_used(half, said("unused.serious_illness_half"))
        return None
    ctx.cite(ded_r)
    ctx.cite(ratio_r)
    bands = _bands(ratio_r.value)
    cap_r = ctx.regional([f"serious_illness.cap.{ins}"])
    deductible, label = _pct(ded_r.value), _bands_label(bands)
    return _SeriousPlan(deductible, bands,
                        money(_pct(cap_r.value)) if cap_r is not None else None,
                        cap_r.key if cap_r is not None else None, tuple(fmt_pct(ratio) for _upto, ratio in bands),
                        (Step("serious_illness_deductible", _STEP_SERIOUS_DEDUCTIBLE, money(deductible), None,
                              ded_r.key),
                         Step("serious_illness_ratio", _STEP_SERIOUS_RATIO, None, label, ratio_r.key)))


_STEP_SERIOUS_BASE = said("step.serious_illness_base")
_STEP_SERIOUS_DEDUCTIBLE = said("step.serious_illness_deductible")
_STEP_SERIOUS_RATIO = said("step.serious_illness_ratio")
_STEP_SERIOUS_PAYS = said("step.serious_illness_pays")


def _serious_pays(plan: _SeriousPlan, in_scope_text: str, in_scope: Decimal, fund: Decimal, fund_text: str,
                  steps: list[Step]) -> Decimal:
    burden = money(in_scope - fund)
    steps.append(Step("serious_illness_base", _STEP_SERIOUS_BASE, burden,
                      f"{in_scope_text} − {fund_text} = {fmt_yuan(burden)}"))
    steps += plan.steps  # the deductible, the ratio
    paid, formula = _banded(burden, plan.deductible, plan.bands, plan.bands_pct)
    if plan.cap is not None:
        capped = min(paid, plan.cap)
        formula += f"; min({fmt_yuan(paid)}, {fmt_yuan(plan.cap)}) = {fmt_yuan(capped)}"
        paid = capped
    steps.append(Step("serious_illness_pays", _STEP_SERIOUS_PAYS, paid, formula, plan.cap_key))
    return paid


def _pharmacy_user_cost(case: Case, cls: str, total: Decimal, ooc: Decimal, in_scope: Decimal, steps: list[Step],
                        assumptions: list[Msg]) -> Cost:
    """A chronic-disease purchase on the person's own figures (read here: such a plan is never kept)."""
    assert case.ratio is not None
    ded = case.deductible or ZERO
    red = case.reduction_points or ZERO
    eff = max(case.ratio - red / HUNDRED, ZERO)
    fund = money(max(in_scope - ded, ZERO) * eff)
    steps.append(Step("deductible", _STEP_DEDUCTIBLE, money(ded), None, "user"))
    steps.append(Step("ratio", _STEP_RATIO, None, fmt_pct(eff), "user"))
    steps.append(Step("fund_before_cap", _STEP_FUND_BEFORE_CAP, fund,
                      f"{'max(' if in_scope < ded else '('}{fmt_yuan(in_scope)} − {fmt_yuan(ded)}"
                      f"{', 0)' if in_scope < ded else ')'} × {fmt_pct(eff)} = {fmt_yuan(fund)}"))
    cap = money(case.cap) if case.cap is not None else None
    if cap is not None:
        capped = min(fund, cap)
        steps.append(Step("cap", _STEP_CAP, cap, f"min({fmt_yuan(fund)}, {fmt_yuan(cap)}) = {fmt_yuan(capped)}",
                          "user"))
        fund = capped
    steps.append(Step("fund_pays", _STEP_FUND_PAYS, fund))
    oop = money(total - fund)
    steps.append(Step("out_of_pocket", _STEP_OOP, oop, f"{fmt_yuan(total)} − {fmt_yuan(fund)} = {fmt_yuan(oop)}"))
    return Cost("user_figures", cls, money(total), money(ooc), fund, oop, steps, assumptions, eff, money(ded), cap)


# ---------------------------------------------------------------- assembly


@dataclass(frozen=True, slots=True)
class _CitedFacts:
    """What the advice says about the figures it cited, as a whole: a function of the cited list alone."""

    sources: tuple[SourceRef, ...]
    low: Msg | None  # the low-confidence warning
    as_of: tuple[tuple[str, str, dt.date], ...]  # regional figures known only "as of" a date, sorted
    national_copy: Msg | None  # the national texts read from a copy
    # The stale-as-of warning by the items it names (those of as_of before a cutoff): at most len(as_of) + 1.
    stale_said: dict[tuple[tuple[str, str, dt.date], ...], Msg] = field(default_factory=dict)


# The figures a person can give as their own (--deductible, --ratio, --cap, --reduction-points) stand in for.
_OWN_FIGURES = ("inpatient.deductible.", "inpatient.ratio.", "inpatient.cap.", "cross_province.ratio.",
                "cross_province.reduction.")


def _cited_facts(ctx: _Ctx) -> _CitedFacts:
    """_CitedFacts of ctx.cited, remembered per chain by the identities of the figures cited.

    Every Resolved comes from the chain's own step functions, which keep it alive as long as the chain's memo;
    the entry keeps its cited list alive too, so a live figure with the same id is the same figure.
    """
    cited = ctx.cited
    key = tuple(map(id, cited))
    chain = ctx.chain
    assert isinstance(chain, PolicyChain)
    derived = chain._memo.derived
    kept = derived.get("cited")
    hit = kept.get(key) if kept is not None else None
    if hit is not None:
        return hit[1]
    low = sorted({(r.region_name, r.key) for r in cited if r.region != NATIONAL and r.period.confidence == "low"})
    national_copies = sorted({r.source.document or r.source.title for r in cited
                              if r.region == NATIONAL and r.source.is_copy})
    facts = _CitedFacts(
        _same_sources(_sources(cited)),
        # Third-hand figures (reposts, forums) are used rather than nothing, but never silently. Named in plain
        # words: the keys are for the technical details and the JSON's sources[].parameters.
        # "Or give your own (--deductible/--ratio/--cap)" only where one of them is such a figure: a 医保年度 start
        # has no figure of the person's own to give.
        M("warn.low_confidence" if any(key.startswith(_OWN_FIGURES) for _, key in low) else "warn.low_confidence_check",
          items=tuple(M("warn.low_confidence_item", region=region, label=param_label(key)) for region, key in low))
        if low else None,
        tuple(sorted({(r.region_name, r.key, r.effective_from) for r in cited
                      if r.region != NATIONAL and r.period.as_of})),
        # The national texts were read from a full-text copy, not from nhsa.gov.cn: said once, never hidden.
        M("warn.national_copy", docs=tuple(national_copies)) if national_copies else None)
    _make_room(derived)  # may drop what the chain keeps, "cited" too
    derived.setdefault("cited", {})[key] = (tuple(cited), facts)
    return facts


# Cited lists' sources by content: the chains of many regions cite the same national figures, and their advices
# then share one tuple (a renderer may keep what it makes of it by identity). Looked up only when a cited list is
# first seen; bounded by the policy tree, cleared when full.
_SAME_SOURCES: Final[dict[tuple[SourceRef, ...], tuple[SourceRef, ...]]] = {}
_MAX_SAME_SOURCES: Final = 4096


def _same_sources(sources: tuple[SourceRef, ...]) -> tuple[SourceRef, ...]:
    same = _SAME_SOURCES.get(sources)
    if same is None:
        if len(_SAME_SOURCES) >= _MAX_SAME_SOURCES:
            _SAME_SOURCES.clear()
        same = _SAME_SOURCES[sources] = sources
    return same


def _sources(cited: list[Resolved]) -> tuple[SourceRef, ...]:
    """One SourceRef per source and date of `cited`, with every parameter and article cited from it."""
    refs: dict[tuple[str, dt.date], tuple[Resolved, list[str], list[str], list[Any]]] = {}
    for r in cited:
        k = (r.source.id, r.effective_from)
        entry = refs.get(k)
        if entry is None:
            entry = refs[k] = (r, [], [], [r.period.confidence, r.period.as_of])
        _first, parameters, cites, flags = entry
        if r.key not in parameters:
            parameters.append(r.key)
        if r.period.cite and r.period.cite not in cites:
            cites.append(r.period.cite)
        if r.period.confidence == "low":
            flags[0] = "low"
        flags[1] = flags[1] or r.period.as_of
    made = [SourceRef(id=r.source.id, title=r.source.title, document=r.source.document, url=r.source.url,
                      issuer=r.source.issuer, effective_from=r.effective_from, parameters=tuple(parameters),
                      cites=tuple(cites), region=r.region, confidence=flags[0], kind=r.source.kind, as_of=flags[1])
            for r, parameters, cites, flags in refs.values()]
    return tuple(sorted(made, key=lambda s: (s.region != NATIONAL, s.region, s.effective_from, s.id)))


def _year_end_note(case: Case) -> Msg | None:
    """经办规程第四十一条: a stay across a year end is settled as one bill at discharge; the 参保地 may split it.

    Said where the stay straddles 12-31 (admission and discharge in different years), or may (admitted in
    December, discharge not given). Not for pharmacy purchases, which are not stays.
    """
    if case.scenario == "pharmacy" or not case.event_date_given:  # no date given: nothing to say about December
        return None
    start, end = case.event_date, case.discharge_date
    if end is not None:
        if end.year == start.year:
            return None
        return M("assume.year_end_stay", start=start.isoformat(), end=end.isoformat(), year=start.year)
    if start.month == 12:
        return M("assume.year_end_possible", year=start.year)
    return None


def _own_insurance_year(ctx: _Ctx) -> Msg | None:
    """The insured region's 医保年度 where its file says it is not the calendar year (上海 职工: 7月1日 to 次年6月30日):
    第四十一条's year end is the calendar one, but the region's yearly 起付线 and cap count by its own year. Cited."""
    r = ctx.regional([f"insurance_year.start_month_day.{ctx.case.insurance}"])
    if r is None or r.value == "01-01":
        return None
    month, day = (int(x) for x in str(r.value).split("-"))
    first = ctx.case.event_date.replace(month=month, day=day)  # validate refuses 02-29: every year has the day
    last = first.replace(year=first.year + 1) - dt.timedelta(days=1)
    return M("year_end.own_insurance_year", region=_where(r), insurance=M(f"plabel.q.{ctx.case.insurance}"),
             start=M("year_end.day", m=M(f"month.{month}"), d=str(day)),
             end=M("year_end.day", m=M(f"month.{last.month}"), d=str(last.day)))


def advise(case: Case, chain: PolicyChain, calendar: Mapping[int, YearSchedule] | None = None) -> Advice:
    """`calendar`: State Council schedules added as data (policies/calendar), which win over the library."""
    ctx = _Ctx(case, chain, calendar)
    relation = relation_of(case)
    province_pool = None
    if relation.startswith("intra_province"):
        # 海南、西藏 are 省级统筹地区 (经办规程第十一条; both region files source it): the whole province is one
        # pooling area, so care anywhere in it is not 异地就医 at all — no 省内异地 filing to ask about.
        pooled = ctx.chain.get("filing.province_level_destinations")
        if pooled is not None and any(p.get("code") == case.insured.province for p in pooled.value):
            ctx.cite(pooled)
            relation, province_pool = "same_region", case.insured.province_name
    filings: list[Filing] = []
    deadlines: list[Deadline] = []
    category = filing_category(case)
    cost = cost_if_filed = None

    ctx.rule("policy.catalogue_and_rules")  # 就医地目录 + 参保地政策: cited for every case
    if relation == "same_region":
        ins, trt = case.insured, case.treated
        # Different names, one pooling area (北京 and its 朝阳区, 苏州 and 昆山): said as what it is, and that a
        # county-level office may still differ.
        summary = said("summary.same_region") if ins.code == trt.code else M(
            "summary.same_province_pool", area=province_pool) if province_pool else M(
            "summary.same_area", area=ins.area_name if ins.area == trt.area else ins.name)
        category = None
        cost = estimate(ctx, "local", cross=False)
    elif relation.startswith("intra_province"):
        summary = said("summary.intra_province")
        category = None
        # The region's own word for this category (e.g. 大同: 省内 自行外出 people need no filing) comes before the
        # province-wide setting. Read outside any kept plan, as the cost does not depend on it.
        own = _own_filing_rule(ctx, "intra_province.filing.required")
        required: Resolved | None
        if own is not None:
            ctx.cite(own)
            required = own
        else:
            required = ctx.local("intra_province.filing_required", fallback_note=said("default.intra_province"))
        needed = bool(required.value) if required else True
        # Unsourced, the step is to ask: "must file, if your province requires it" is no instruction at all.
        sourced = required is not None and required.region != NATIONAL and not required.is_default
        intra = Filing(
            id="intra_province_filing",
            title=said("filing.intra_province" if sourced else "filing.intra_province_ask"),
            required=needed and case.scenario != "emergency",
            done=case.filed,
            channels=["insured_office", "provincial_app"],
            materials=[said("mat.credential"), said("mat.form_intra")],
            notes=[said("note.intra_province")],
        )
        if own is not None and own.value is False and not case.filed:
            # Not required, but whether the hospital settles directly without a filing is not said: kept as a
            # suggestion, with the region's words and what is unknown (no national rule covers 省内 care).
            intra.notes.insert(0, M("note.intra_filing_not_required_settled" if case.settled
                                    else "note.intra_filing_not_required",
                                    region=own.region_name, cite=own.period.cite or own.source.title))
        filings.append(intra)
        if relation == "intra_province_unclear":
            ctx.warn("intra_province_unclear", said("warn.intra_province_unclear"))
        cost = estimate(ctx, "local", cross=False)
        ctx.warn("intra_province_rates", said("warn.intra_province_rates"))
    else:
        summary = said(f"summary.{case.scenario}")
        if case.settled and not case.filed:
            # Paid in full and discharged: the scenario's own line ("settled directly") is no longer true.
            summary = said("summary.emergency_settled" if case.scenario == "emergency" else "summary.settled_unfiled")
            own = _own_filing_rule(ctx, "filing.required")
            if own is not None and own.value is False:
                # The late filing is then no step the region asks for (its step says so): neither is it here.
                summary = M("summary.settled_unfiled_not_required", region=own.region_name)
        f, d = _cross_province_filings(ctx, category)
        filings.extend(f)
        deadlines.extend(d)
        _file_to_destination(ctx, filings, category)
        filings.extend(_injury_pledge(ctx))
        cls = benefit_class(category, case.scenario)
        unfiled = not case.filed and case.scenario != "emergency"
        amounts = None if case.cost is None else _amounts(case)
        cost = estimate(ctx, "unfiled" if unfiled else cls, cross=True, amounts=amounts)
        if unfiled and cost is not None:
            cost_if_filed = estimate(ctx, cls, cross=True, amounts=amounts)
        year_end = _year_end_note(case)
        if year_end is not None:
            own_year = _own_insurance_year(ctx)
            if cost is not None:
                note = year_end if own_year is None else M("year_end.with_own_year", note=year_end, own_year=own_year)
                for c in (cost, cost_if_filed):
                    if c is not None:
                        c.assumptions.append(note)
            else:  # nothing estimated: the same note without "this estimate prices one bill under … rules"
                note = M(year_end.key.replace("assume.", "warn.", 1), **year_end.params)
                ctx.warn("year_end_stay", note if own_year is None else
                         M("year_end.with_own_year", note=note, own_year=own_year))
        ctx.warn("catalogue", said("warn.catalogue"))
        ctx.warn("bring_card", said("warn.bring_card"))
        if cls == "long_term" and ctx.rule("long_term.benefits_both_ways"):
            ctx.warn("both_ways", said("warn.both_ways"))
        if case.scenario in ("referral", "temporary", "emergency"):
            # Where the region sets its own cut, say so with the local figure instead of the national norm.
            local_cut = _local_cut(ctx, cls)
            ctx.warn("temporary_lower", local_cut or said("warn.temporary_lower"))
        if case.filed and case.filed_on is None and category and not category.startswith("long_term"):
            ctx.warn("filed_on_unknown", said("warn.filed_on_unknown"))
        if case.scenario == "referral" and case.filed and case.referral_certificate_given \
                and not case.referral_certificate:
            # Said both: a referral filing asks for the certificate, so the filing may be another category.
            ctx.warn("referral_filed_without_certificate", said("warn.referral_filed_without_certificate"))

    facts = _cited_facts(ctx)
    if facts.low is not None:
        ctx.warn("low_confidence", facts.low)
    # A figure known only as of a page date long before the care may have changed since: said, with the date.
    if facts.as_of:
        cutoff = years_before(case.event_date, STALE_AFTER_YEARS)
        stale = tuple(item for item in facts.as_of if item[2] < cutoff)
        if stale:
            said_stale = facts.stale_said.get(stale)
            if said_stale is None:
                said_stale = facts.stale_said[stale] = M("warn.stale_as_of", years=STALE_AFTER_YEARS, items=tuple(
                    M("warn.stale_as_of_item", region=region, label=param_label(key), date=day.isoformat())
                    for region, key, day in stale))
            ctx.warn("stale_as_of", said_stale)
    if facts.national_copy is not None:
        ctx.warn("national_copy", facts.national_copy)
    years = sorted(ctx._cal.unknown_years) if ctx._cal is not None else []
    if years:
        # Statutory holidays are known for every year; only 调休 working weekends wait for the State Council.
        key = "warn.calendar_statutory_year" if ctx.cal.weakest() == "statutory" else "warn.calendar_unverified_year"
        ctx.warn("calendar_unverified_year", _said_with(key, "years", tuple(str(y) for y in years)))
    if len(deadlines) > 1:
        deadlines.sort(key=lambda d: (d.date, d.id))
    # Care at home needs no filing: "assumed not filed" would be an assumption about nothing.
    assumptions = list(case.defaulted) if relation != "same_region" else [
        a for a in case.defaulted if a.key != "assume.default.filed"]
    return Advice(
        case=case,
        relation=relation,
        category=category,
        filings=filings,
        deadlines=deadlines,
        cost=cost,
        cost_if_filed=cost_if_filed,
        warnings=ctx.warnings,
        # A figure found but not used is listed with its source, so the reader sees where it was found and how
        # sure that is (a copy: low); it is not in the low-confidence warning, which is about figures used.
        sources=_sources([*ctx.cited, *ctx.unused_found]) if ctx.unused_found else facts.sources,
        defaults_used=list(ctx.defaults.values()),
        assumptions=assumptions,
        summary=summary,
        sourced_not_used=ctx.unused,
    )

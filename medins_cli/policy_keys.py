"""The registry of policy parameter keys, with the kind of value each holds, and the "core" set.

Used by `medins policies validate` (unknown keys, value checks) and `list`/`coverage`/`show` (core
parameters). The runtime loader (medins_cli/policy.py) does not import this module. docs/policies.md
documents the same table; keep the two in step.

A template is a dotted key whose `<placeholder>` parts stand for one of a closed set of words
(PLACEHOLDERS); `template_regex` turns a template into the regular expression that keys must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "type": ("employee", "resident"),
    "N": ("1", "2", "3"),
    "status": ("in_service", "retired"),
    "K": ("1", "2", "3"),  # 缴费档次 (contribution tier)
    "class": ("long_term", "referral", "emergency", "temporary", "unfiled"),
    # The 临时外出 filing categories a region may exempt (a long-term filing is what makes care there paid at home
    # rates, 医保发〔2022〕22号 通知二(五); an emergency counts as filed).
    "category": ("referral", "temporary"),
}

# Kinds of value (what validate checks):
#   money       a non-negative number of yuan (null ends the parameter)
#   ratio       a number 0–1, or bands [{upto: 100000, ratio: 0.8}, {ratio: 0.9}] with ascending `upto`
#   reduction   {points: 0–100} | {factor: 0–1} | {self_pay_first: 0–1}
#   multiplier  a non-negative number
#   count       a positive integer (days, months)
#   count0      a non-negative integer (a processing time, where 0 means at once)
#   bool        true / false
#   month_day   "MM-DD" (a quoted string)
#   year_start  "MM-DD" (a quoted string) that every year has: not "02-29"
#   any         a structure only the engine interprets (national keys: channels, disease list, text)
KEYS: tuple[tuple[str, str], ...] = (
    # -- 参保地 figures (the agreed registry)
    ("inpatient.deductible.<type>.level<N>", "money"),
    ("inpatient.deductible.<type>", "money"),
    ("inpatient.deductible.employee.<status>.level<N>", "money"),
    ("inpatient.deductible.employee.<status>", "money"),
    ("inpatient.ratio.employee.<status>.level<N>", "ratio"),
    ("inpatient.ratio.employee.<status>", "ratio"),
    ("inpatient.ratio.resident.level<N>", "ratio"),
    ("inpatient.ratio.resident", "ratio"),
    ("inpatient.cap.<type>", "money"),
    # -- the same, for regions that set benefits by 缴费档次 (e.g. 重庆 城乡居民 一档/二档)
    ("inpatient.deductible.<type>.tier<K>.level<N>", "money"),
    ("inpatient.deductible.<type>.tier<K>", "money"),
    ("inpatient.deductible.employee.tier<K>.<status>.level<N>", "money"),
    ("inpatient.deductible.employee.tier<K>.<status>", "money"),
    ("inpatient.ratio.employee.tier<K>.<status>.level<N>", "ratio"),
    ("inpatient.ratio.employee.tier<K>.<status>", "ratio"),
    ("inpatient.ratio.<type>.tier<K>.level<N>", "ratio"),
    ("inpatient.ratio.<type>.tier<K>", "ratio"),
    ("inpatient.cap.<type>.tier<K>", "money"),
    # -- the 起付线 for the second and later stays of a year (年度内第二次及以后住院)
    ("inpatient.deductible_later.<type>.level<N>", "money"),
    ("inpatient.deductible_later.<type>", "money"),
    ("inpatient.deductible_later_factor.<type>", "multiplier"),
    ("inpatient.deductible_stay3.<type>.level<N>", "money"),  # from the third stay on ("第三次及以上")
    ("inpatient.deductible_stay3.<type>", "money"),
    ("cross_province.deductible_later.<type>.<class>.level<N>", "money"),
    ("cross_province.deductible_later.<type>.<class>", "money"),
    ("serious_illness.deductible.<type>", "money"),
    ("serious_illness.ratio.<type>", "ratio"),
    ("serious_illness.cap.<type>", "money"),
    ("cross_province.reduction.<class>", "reduction"),
    ("cross_province.reduction.<type>.<class>", "reduction"),
    ("cross_province.ratio.<type>.<class>", "ratio"),
    ("cross_province.ratio.<type>.<class>.level<N>", "ratio"),
    ("cross_province.ratio.<type>.<status>.<class>", "ratio"),
    ("cross_province.ratio.<type>.<status>.<class>.level<N>", "ratio"),
    ("cross_province.deductible.<type>", "money"),
    ("cross_province.deductible.<type>.<class>", "money"),
    ("cross_province.deductible.<type>.<class>.level<N>", "money"),
    ("cross_province.deductible.<type>.<status>.<class>", "money"),
    ("cross_province.deductible.<type>.<status>.<class>.level<N>", "money"),
    ("cross_province.deductible_multiplier.<class>", "multiplier"),
    ("cross_province.use_level3_standard.<class>", "bool"),
    ("emergency.registration_window_working_days", "count"),
    ("manual_claim.deadline_months", "count"),
    ("manual_claim.deadline_next_year_month_day", "month_day"),
    ("filing.temporary.validity_months", "count"),
    ("filing.long_term.change_lock_months", "count"),
    ("filing.online_processing_working_days", "count0"),  # 0: filings take effect at once (即时备案)
    ("personal_account.cross_province_open", "bool"),
    ("personal_account.cross_province_authorization_required", "bool"),
    ("intra_province.filing_required", "bool"),
    ("filing.required.<category>", "bool"),  # false: the region's own rules pay this category without a filing
    # The same for care elsewhere in the province (its own name: intra_province.filing_required is a leaf).
    ("intra_province.filing.required.<category>", "bool"),
    # The first day of the region's 医保年度 where it is not 1 January (上海 职工: "07-01"), per insurance type.
    ("insurance_year.start_month_day.<type>", "year_start"),
    # -- national rules (policies/national.yaml)
    ("policy.catalogue_and_rules", "any"),
    ("filing.channels", "any"),
    ("filing.late_before_discharge", "bool"),
    ("filing.late_after_discharge_manual_claim", "bool"),
    ("filing.direct_settlement_needs_filing", "bool"),
    ("filing.admitted_within_validity_settles", "bool"),
    ("filing.to_treated_prefecture", "bool"),
    ("filing.province_level_destinations", "any"),
    ("injury.no_third_party_pledge", "bool"),
    ("long_term.benefits_both_ways", "bool"),
    ("emergency.treated_as_filed", "bool"),
    ("referral.no_local_admission_required", "bool"),
    ("manual_claim.allowed_after_discharge", "bool"),
    ("chronic.cross_province_diseases", "any"),
    ("statistics.inpatient_fund_share.<type>", "ratio"),
)

# -- keys a file may declare under `not_used` (a figure found but deliberately not used). Only keys whose "not
# found" wording the engine replaces by "found, not applied, because …" (engine._declared_reason and the cap's
# assumption); all money. To add one, make the engine's wording for that key say so first.
NOT_USED_KEYS: tuple[str, ...] = (
    "inpatient.cap.<type>",
    "inpatient.cap.<type>.tier<K>",
)

_PLACEHOLDER = re.compile(r"<([A-Za-z]+)>")


def template_regex(template: str) -> re.Pattern[str]:
    """`inpatient.cap.<type>` → ^inpatient\\.cap\\.(?:employee|resident)$"""
    out, pos = [], 0
    for m in _PLACEHOLDER.finditer(template):
        out.append(re.escape(template[pos:m.start()]))
        out.append("(?:" + "|".join(re.escape(w) for w in PLACEHOLDERS[m.group(1)]) + ")")
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return re.compile("^" + "".join(out) + "$")


PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (template_regex(tpl), kind, tpl) for tpl, kind in KEYS)


NOT_USED_PATTERNS: tuple[re.Pattern[str], ...] = tuple(template_regex(tpl) for tpl in NOT_USED_KEYS)


def may_be_not_used(key: str) -> bool:
    """Whether a file may declare `key` found but not used (NOT_USED_KEYS)."""
    return any(p.match(key) for p in NOT_USED_PATTERNS)


def kind_of(key: str) -> str | None:
    """The kind of value `key` holds, or None when the key is not in the registry."""
    for pattern, kind, _ in PATTERNS:
        if pattern.match(key):
            return kind
    return None


def expand(template: str) -> list[str]:
    """Every concrete key a template stands for (for "did you mean" suggestions)."""
    names = _PLACEHOLDER.findall(template)
    if not names:
        return [template]
    parts = _PLACEHOLDER.split(template)  # literal, name, literal, name, ..., literal
    keys = []
    for combo in product(*(PLACEHOLDERS[n] for n in names)):
        text = parts[0]
        for i, word in enumerate(combo):
            text += word + parts[2 * i + 2]
        keys.append(text)
    return keys


@lru_cache(maxsize=1)
def all_keys() -> tuple[str, ...]:
    return tuple(k for tpl, _ in KEYS for k in expand(tpl))


# -- the core parameter set: what `list` and `coverage` report for every region. Each item is satisfied
# by the first of its keys (regular expressions over the dotted key) that a file holds in force.
def _exact(*keys: str) -> tuple[str, ...]:
    return tuple("^" + re.escape(k) + "$" for k in keys)


def _core() -> tuple[tuple[str, tuple[str, ...]], ...]:
    items: list[tuple[str, tuple[str, ...]]] = []
    # A region that sets a figure by 缴费档次 has it for some tier: that counts as the figure being there.
    tier = r"(?:\.tier[123])?"
    for ins in ("employee", "resident"):
        # 职工 起付线 may differ for in-service and retired people (e.g. 上海): either meets the item.
        status = r"(?:\.(?:in_service|retired))?" if ins == "employee" else ""
        for n in (1, 2, 3):
            items.append((f"inpatient.deductible.{ins}.level{n}",
                          (rf"^inpatient\.deductible\.{ins}{tier}{status}(?:\.level{n})?$",)))
    for status in ("in_service", "retired"):
        for n in (1, 2, 3):
            items.append((f"inpatient.ratio.employee.{status}.level{n}",
                          (rf"^inpatient\.ratio\.employee{tier}\.{status}(?:\.level{n})?$",)))
    for n in (1, 2, 3):
        items.append((f"inpatient.ratio.resident.level{n}",
                      (rf"^inpatient\.ratio\.resident{tier}(?:\.level{n})?$",)))
    for ins in ("employee", "resident"):
        items.append((f"inpatient.cap.{ins}", (rf"^inpatient\.cap\.{ins}{tier}$",)))
    # 大病保险 for 城乡居民 (the engine counts it only when both are sourced); 职工 大额 is a different scheme.
    for part in ("deductible", "ratio"):
        items.append((f"serious_illness.{part}.resident", _exact(f"serious_illness.{part}.resident")))
    for cls in ("temporary", "unfiled"):
        # Per insurance type, as the engine reads it: that type's own rule, the general one, or a published
        # cross-province ratio for that type and class (which replaces the reduction). A 城乡居民 rule does not
        # make the 职工 reduction sourced (check and coverage agree on it).
        for ins in ("employee", "resident"):
            xp = r"cross_province\.ratio\.{ins}(?:\.(?:in_service|retired))?\.{cls}(?:\.level[123])?"
            items.append((f"cross_province.reduction.{ins}.{cls}",
                          (*_exact(f"cross_province.reduction.{ins}.{cls}", f"cross_province.reduction.{cls}"),
                           "^" + xp.format(ins=ins, cls=cls) + "$")))
    items.append(("emergency.registration_window",
                  _exact("emergency.registration_window_working_days", "emergency.registration_window_days")))
    items.append(("manual_claim.deadline",
                  _exact("manual_claim.deadline_months", "manual_claim.deadline_next_year_month_day")))
    items.append(("filing.temporary.validity_months", _exact("filing.temporary.validity_months")))
    items.append(("personal_account.cross_province",
                  _exact("personal_account.cross_province_authorization_required",
                         "personal_account.cross_province_open")))
    return tuple(items)


CORE: tuple[tuple[str, tuple[str, ...]], ...] = _core()
CORE_IDS: tuple[str, ...] = tuple(cid for cid, _ in CORE)


@dataclass(frozen=True)
class CoreItem:
    id: str
    patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def core_items() -> tuple[CoreItem, ...]:
    return tuple(CoreItem(cid, tuple(re.compile(p) for p in pats)) for cid, pats in CORE)

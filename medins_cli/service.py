"""One call from raw answers to advice: the seam the flags, the wizard and batch mode share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from medins_cli.engine import advise
from medins_cli.errors import InputError
from medins_cli.inputs import build_case
from medins_cli.model import Advice
from medins_cli.policy import PolicyChain, load_chain
from medins_cli.policy_files import policy_root
from medins_cli.regions import load_regions
from medins_cli.workdays import load_published


def check(raw: dict[str, Any], today: dt.date, root: Path | None = None) -> Advice:
    """Validate raw answers and advise. `root` points at another policy tree (tests, validation)."""
    case = build_case(raw, load_regions(root), today)
    # Only the insured region's chain is read: 参保地 policy decides benefits (经办规程第三十一条).
    chain = load_chain(case.insured.chain_codes, on=case.event_date, root=root)
    if chain.get("policy.catalogue_and_rules") is None:
        raise InputError("no_policy_on_date", date=case.event_date.isoformat())
    return advise(case, chain, load_published(root or policy_root()))


def chronic_disease_names(on: dt.date, root: Path | None = None) -> list[str]:
    """The 门诊慢特病 settled across provinces on a date (for the wizard's list)."""
    from medins_cli.policy import load_national, period_in_force

    periods = load_national(root).parameters.get("chronic.cross_province_diseases", ())
    current = period_in_force(periods, on)
    return [d["name"] for d in current.value] if current else []


def tiers(insured_in: str, insurance: str, on: dt.date, root: Path | None = None) -> list[int]:
    """The 缴费档次 the insured region prices inpatient benefits by (for the wizard's question); [] if none."""
    chain = _chain_of(insured_in, on, root)
    return chain.tiers(insurance) if chain else []


def prices_later_stays(insured_in: str, insurance: str, on: dt.date, root: Path | None = None) -> bool:
    """Whether the insured region has its own 起付线 for later stays (for the wizard's question)."""
    chain = _chain_of(insured_in, on, root)
    return bool(chain and chain.prices_later_stays(insurance))


def _chain_of(insured_in: str, on: dt.date, root: Path | None) -> PolicyChain | None:
    try:
        region = load_regions(root).resolve(insured_in)
    except InputError:
        return None
    return load_chain(region.chain(), on=on, root=root)

"""Turning what people type (flags, answers files, batch rows) into a Case, with precise errors.

Plain data in (a dict of strings/values), a Case out. Shared by the flags, the wizard and batch mode.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, NamedTuple

from medins_cli.errors import InputError
from medins_cli.model import Case, M, Msg
from medins_cli.msg import said
from medins_cli.regions import Region, RegionTable

MIN_DATE = dt.date(2000, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
MAX_AMOUNT = Decimal("100000000")  # 1亿: anything larger is a typo
MAX_AMOUNT_TEXT = "100000000"
CENT = Decimal("0.01")
RATIO_STEP = Decimal("0.0001")  # 0.01 percentage point: finer than any published ratio

SCENARIO_ALIASES: dict[str, tuple[str, str | None, str | None]] = {
    # alias -> (scenario, long-term kind, pharmacy mode)
    "long-term": ("long_term", None, None),
    "longterm": ("long_term", None, None),
    "long_term": ("long_term", None, None),
    "长期居住": ("long_term", None, None),
    "异地长期居住": ("long_term", "living", None),
    "异地长期居住人员": ("long_term", "living", None),
    "异地安置退休": ("long_term", "retiree", None),
    "异地安置": ("long_term", "retiree", None),
    "异地安置退休人员": ("long_term", "retiree", None),
    "常驻异地工作": ("long_term", "working", None),
    "常驻异地工作人员": ("long_term", "working", None),
    "emergency": ("emergency", None, None),
    "急诊": ("emergency", None, None),
    "急诊抢救": ("emergency", None, None),
    "异地急诊抢救": ("emergency", None, None),
    "referral": ("referral", None, None),
    "转诊": ("referral", None, None),
    "异地转诊": ("referral", None, None),
    "转诊转院": ("referral", None, None),
    "pharmacy": ("pharmacy", None, None),
    "购药": ("pharmacy", None, None),
    "跨省购药": ("pharmacy", None, None),
    "个人账户": ("pharmacy", None, "personal_account"),
    "pharmacy-account": ("pharmacy", None, "personal_account"),
    "个人账户购药": ("pharmacy", None, "personal_account"),
    "门诊慢特病": ("pharmacy", None, "chronic"),
    "temporary": ("temporary", None, None),
    "other": ("temporary", None, None),
    "临时外出": ("temporary", None, None),
    "临时外出就医": ("temporary", None, None),
    "其他临时外出就医": ("temporary", None, None),
}
SCENARIO_IDS = "long-term, emergency, referral, pharmacy, pharmacy-account, temporary"

INSURANCE_ALIASES = {"employee": "employee", "职工": "employee", "职工医保": "employee", "worker": "employee",
                     "resident": "resident", "居民": "resident", "城乡居民": "resident",
                     "城乡居民医保": "resident", "居民医保": "resident"}
KIND_ALIASES = {"retiree": "retiree", "retired": "retiree", "异地安置退休": "retiree", "安置": "retiree",
                "living": "living", "resident": "living", "异地长期居住": "living", "长期居住": "living",
                "working": "working", "work": "working", "常驻异地工作": "working", "工作": "working"}
# 医院等级 as people read it on the hospital's sign or registration slip: a 级 (一/二/三) and an 等 (甲/乙/丙;
# 三级 also 特等), in full (三级甲等) or short (三甲). Benefits follow the 级 alone, so every 等 is its 级.
# The one table of grades: flags, answers files, batch rows and the wizard's hints all read it.
SIGN_GRADES: dict[int, tuple[str, ...]] = {
    3: ("三级甲等", "三甲", "三级乙等", "三乙", "三级丙等", "三丙", "三级特等", "三特"),
    2: ("二级甲等", "二甲", "二级乙等", "二乙", "二级丙等", "二丙"),
    1: ("一级甲等", "一甲", "一级乙等", "一乙", "一级丙等", "一丙"),
}
LEVEL_ALIASES: dict[str, int] = {
    **{str(n): n for n in (1, 2, 3)},
    **{f"{c}{suffix}": n for n, c in ((1, "一"), (2, "二"), (3, "三")) for suffix in ("", "级", "级医院")},
    **{name: n for n, names in SIGN_GRADES.items() for name in names},
    **{f"{name}医院": n for n, names in SIGN_GRADES.items() for name in names},
}
TIER_ALIASES = {"1": 1, "2": 2, "3": 3, "一档": 1, "二档": 2, "三档": 3, "一": 1, "二": 2, "三": 3,
                "tier1": 1, "tier2": 2, "tier3": 3}


def _text(value: Any) -> str:
    return str(value).strip()


_DIGITS = str.maketrans("０１２３４５６７８９／－．", "0123456789/-.")  # full-width forms a Chinese IME types
_FULL_DATE = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})|([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号]?")
_MONTH_DAY = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})|([0-9]{1,2})月([0-9]{1,2})[日号]?")
MAX_ISO_READ = 4096
_ISO_READ: dict[str, dt.date] = {}  # parse_date's memo of ISO dates (YYYY-MM-DD) in range
RELATIVE_DAYS = {"今天": 0, "今日": 0, "today": 0, "昨天": -1, "昨日": -1, "yesterday": -1,
                 "前天": -2, "明天": 1, "tomorrow": 1, "后天": 2}
MAX_TEXT = 40  # longer than any date, amount or ratio a person types: refused before any parsing


def parse_date(value: Any, today: dt.date | str | None = None, *, past: bool | None = None,
               field: str = "date") -> dt.date:
    """The one date parser for flags, answers files, batch rows and the wizard (INTERFACES.md).

    Forms: 2026-11-20, 2026/11/20 (also 2026.11.20, 2026年11月20日), a month-day 11-20 / 11/20 / 11月20日, and
    今天/昨天/today/yesterday (also 前天, 明天, 后天, tomorrow) relative to `today`. A month-day has no year; it is
    read as the last such date on or before today when `past` is True (care already given: a discharge, a
    filing), the next on or after today when False (a planned trip), and the nearer of the two when None (a
    date of care that may lie either side: "01-05" typed on 2026-12-01 is 2027-01-05, "11-20" typed on
    2026-11-23 is 2026-11-20). Callers always show the full date back. ISO week dates (2026-W47-5), ordinal
    dates and 20261120 are refused: nobody means them, and reading them silently would be a guess.
    """
    if isinstance(today, str):  # the older call parse_date(value, "--field"): no relative forms
        field, today = today, None
    if type(value) is str and len(value) == 10 and value[4] == "-" == value[7] and value.isascii():
        # An ISO date (what programs write), read at once: _FULL_DATE below reads it the same way (there is no
        # space, capital or full-width form to clean up), and a day that does not exist goes on to its message.
        day = _ISO_READ.get(value)
        if day is not None:
            return day
        y, mo, d = value[:4], value[5:7], value[8:]
        if y.isdigit() and mo.isdigit() and d.isdigit():
            try:
                day = dt.date(int(y), int(mo), int(d))
            except ValueError:
                day = None
            if day is not None:
                day = _in_range(day, field)
                # Its reading depends on the text alone (not on today, `past` or the field), and the dates a batch
                # names recur: kept, for days in range only; cleared when full, so memory stays flat.
                if len(_ISO_READ) >= MAX_ISO_READ:
                    _ISO_READ.clear()
                _ISO_READ[value] = day
                return day
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _in_range(value, field)
    raw_text = _text(value)
    text = raw_text.lower().translate(_DIGITS)
    if len(text) > MAX_TEXT:
        raise InputError("bad_date", field=field, value=raw_text[:MAX_TEXT] + "…")
    if text in RELATIVE_DAYS and today is not None:
        return _in_range(today + dt.timedelta(days=RELATIVE_DAYS[text]), field)
    if m := _FULL_DATE.fullmatch(text):
        y, mo, d = (m.group(1), m.group(3), m.group(4)) if m.group(1) else (m.group(5), m.group(6), m.group(7))
        try:
            return _in_range(dt.date(int(y), int(mo), int(d)), field)
        except ValueError:
            raise InputError("bad_date", field=field, value=raw_text) from None
    m = _MONTH_DAY.fullmatch(text)
    if m is None or today is None:
        raise InputError("bad_date", field=field, value=raw_text)
    month, mday = (int(m.group(1)), int(m.group(3))) if m.group(1) else (int(m.group(4)), int(m.group(5)))
    candidates = []
    for year in range(today.year - 4, today.year + 5):  # 02-29 needs a leap year within reach
        try:
            candidates.append(dt.date(year, month, mday))
        except ValueError:
            continue
    before = [c for c in candidates if c <= today]
    after = [c for c in candidates if c >= today]
    if not candidates or (past is True and not before) or (past is False and not after):
        raise InputError("bad_date", field=field, value=raw_text)
    if past is True:
        chosen = before[-1]
    elif past is False:
        chosen = after[0]
    else:
        chosen = min(before[-1:] + after[:1], key=lambda c: abs((c - today).days))
    return _in_range(chosen, field)


def _in_range(day: dt.date, field: str) -> dt.date:
    if not MIN_DATE <= day <= MAX_DATE:
        raise InputError("date_out_of_range", field=field, value=day.isoformat(), low=MIN_DATE.isoformat(),
                         high=MAX_DATE.isoformat())
    return day


def parse_spoken_date(value: Any, field: str, today: dt.date) -> dt.date:
    """The wizard's older name for `parse_date` (a date of care: the nearer month-day)."""
    return parse_date(value, today, field=field)


def _number(text: str, field: str, bad: str) -> Decimal:
    """A finite decimal of sane size; never an arithmetic Overflow later (`1e999999999`)."""
    if len(text) > MAX_TEXT:
        raise InputError(bad, field=field, value=text[:MAX_TEXT] + "…")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InputError(bad, field=field, value=text) from None
    if not number.is_finite():
        raise InputError(bad, field=field, value=text)
    return number


# How amounts are said: 3万 (30000), 2.5千 (2500).
AMOUNT_UNITS = {"万": Decimal(10000), "千": Decimal(1000)}


def parse_amount(value: Any, field: str) -> Decimal:
    """Yuan, rounded to the fen here, once: every later step and every printed formula uses this figure."""
    if type(value) is str and len(value) <= 8 and value.isdigit() and value.isascii():
        # Whole yuan below MAX_AMOUNT (what a program writes): every check below passes for it.
        return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    shown = _text(value)
    text = shown.translate(_DIGITS).replace(",", "").replace("，", "").removesuffix("元").removesuffix("yuan").strip()
    unit = AMOUNT_UNITS.get(text[-1:])
    amount = _number(text[:-1].strip() if unit else text, field, "bad_amount")
    if unit and amount.adjusted() <= 12:  # a sane figure only: 1e999999999万 must not overflow
        amount *= unit
    if amount < 0:
        raise InputError("negative_amount", field=field, value=shown)
    if amount.adjusted() > 12 or amount > MAX_AMOUNT:  # adjusted() first: no quantize of a 10^999999 figure
        raise InputError("amount_too_large", field=field, value=shown, limit=MAX_AMOUNT_TEXT)
    return amount.quantize(CENT, rounding=ROUND_HALF_UP).copy_abs()  # copy_abs: "-0" is 0, never -0.00


def parse_ratio(value: Any, field: str, *, allow_zero: bool = False) -> Decimal:
    """85% or 0.85 (1 is 100 %), to 0.01 percentage point. A bare number above 1 is refused, not guessed:
    `1.5` could be 1.5 % or a typo for 0.15, and `85` is 85 % only if the person meant it."""
    if type(value) is str and 2 <= len(value) <= 4 and value[-1] == "%" and value[:-1].isdigit() and value.isascii():
        # A whole percentage (85%), read at once; what is out of range goes on to its message below.
        number = Decimal(value[:-1])
        if number <= 100 and (number or allow_zero):
            return (number / 100).quantize(RATIO_STEP, rounding=ROUND_HALF_UP)
    shown = _text(value)
    text = shown.translate(_DIGITS).replace("％", "%")
    percent = text.endswith("%")
    number = _number(text.removesuffix("%").strip(), field, "bad_ratio")
    low = "0" if allow_zero else "0.01%"
    if number.adjusted() > 6:
        raise InputError("ratio_range", field=field, value=shown, low=low)
    if not percent and number > 1:
        raise InputError("ratio_bare_number", field=field, value=shown)
    ratio = (number / 100 if percent else number).quantize(RATIO_STEP, rounding=ROUND_HALF_UP)
    if ratio > 1 or ratio < 0 or (ratio == 0 and not allow_zero) or number < 0:
        raise InputError("ratio_range", field=field, value=shown, low=low)
    return ratio.copy_abs()


def parse_points(value: Any, field: str) -> Decimal:
    text = _text(value)
    points = _number(text.translate(_DIGITS).removesuffix("%").strip(), field, "bad_points")
    if points.adjusted() > 6 or not Decimal(0) <= points <= 100:
        raise InputError("bad_points", field=field, value=text)
    return points.quantize(CENT, rounding=ROUND_HALF_UP).copy_abs()


STAY_WORDS = {"第一次": 1, "首次": 1, "first": 1, "第二次": 2, "second": 2, "第三次": 3, "third": 3, "later": 2,
              "第二次及以后": 2}


def parse_stay(value: Any, field: str) -> int:
    """年度内第几次住院: 1, 2, 3 … or 第一次/第二次/later."""
    text = _text(value).lower()
    if text in STAY_WORDS:
        return STAY_WORDS[text]
    if re.fullmatch("[0-9]{1,2}", text) and 1 <= int(text) <= 99:  # not isdigit(): "²" is a digit to it
        return int(text)
    raise InputError("bad_stay", field=field, value=_text(value))


def parse_choice(value: Any, field: str, aliases: dict[str, Any], options: str) -> Any:
    if type(value) is str and value in aliases:  # already as a key is written: stripped, lower case
        return aliases[value]
    key = _text(value).lower()
    if key in aliases:
        return aliases[key]
    raise InputError("bad_choice", field=field, value=_text(value), options=options)


def parse_level(value: Any, field: str) -> int:
    """1, 2, 3, 三级, or the grade on the sign: 三级甲等, 三甲, 二乙 (full-width digits and spaces too)."""
    if type(value) is str and value in LEVEL_ALIASES:  # already as a key is written: no space, ASCII digits
        return LEVEL_ALIASES[value]
    key = re.sub(r"\s", "", _text(value).translate(_DIGITS))
    if key in LEVEL_ALIASES:
        return LEVEL_ALIASES[key]
    raise InputError("bad_choice", field=field, value=_text(value), options=M("level_options"))


def parse_scenario(value: Any) -> tuple[str, str | None, str | None]:
    if type(value) is str and value in SCENARIO_ALIASES:  # already as a key is written: lower case, no space
        return SCENARIO_ALIASES[value]
    key = _text(value).lower().replace(" ", "")
    if key in SCENARIO_ALIASES:
        return SCENARIO_ALIASES[key]
    raise InputError("unknown_scenario", value=_text(value), options=SCENARIO_IDS)


def _bool(value: Any, field: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    key = _text(value).lower()
    if key in ("true", "yes", "y", "1", "是", "已"):
        return True
    if key in ("false", "no", "n", "0", "否", "未"):
        return False
    raise InputError("bad_choice", field=field, value=_text(value), options="true, false, 是, 否")


# Yes/no flag pairs: click keeps the last of the two silently, which would contradict what was typed first.
OPPOSITE_FLAGS = (("--filed", "--not-filed"), ("--retired", "--in-service"), ("--referral", "--no-referral"),
                  ("--settled", "--not-settled"), ("--injury", "--no-injury"))


def refuse_opposite_flags(args: list[str]) -> None:
    """Both sides of a yes/no pair on one command line (`--filed --not-filed`) is a contradiction, not "last wins"."""
    given = set(args[: args.index("--")] if "--" in args else args)
    for yes, no in OPPOSITE_FLAGS:
        if yes in given and no in given:
            raise InputError("conflict", detail=M("conflict.opposite_flags", yes=yes, no=no))


def implied(raw: dict[str, Any]) -> dict[str, Any]:
    """The facts the person's answers already state about other answers; the one place every face uses.

    Flags, answers files, batch rows (through `build_case`) and the wizard (to skip a question whose answer
    is known) all call this. Returns {field: value} for each implied answer:
    - 异地安置退休 (long_term_kind retiree, or a scenario named so) ⇒ retired, for 职工医保 (城乡居民 have no
      retired status to price);
    - 城乡居民 ⇒ no 个人账户, so a pharmacy purchase is 门诊慢特病 (pharmacy_mode chronic);
    - a filing date ⇒ filed.
    An answer given that contradicts an implied one is an InputError naming both inputs: what the person
    said is never silently overridden, neither by a default nor by another answer.
    """
    facts: dict[str, Any] = {}
    scenario_text = _text(raw["scenario"]) if raw.get("scenario") not in (None, "") else None
    scenario, kind_from_name, mode_from_name = parse_scenario(scenario_text) if scenario_text else (None, None, None)
    kind_given = raw.get("long_term_kind") not in (None, "")
    kind = (parse_choice(raw["long_term_kind"], "--long-term-kind", KIND_ALIASES, "retiree, living, working")
            if kind_given else None)
    if kind and kind_from_name and kind != kind_from_name:
        raise InputError("conflict", detail=M("conflict.kind_scenario", scenario=scenario_text,
                                              kind=_text(raw["long_term_kind"])))
    kind = kind or kind_from_name
    kind_input = f"--long-term-kind {_text(raw['long_term_kind'])}" if kind_given else f"--scenario {scenario_text}"
    insurance = (parse_choice(raw["insurance"], "--insurance", INSURANCE_ALIASES, "employee, resident")
                 if raw.get("insurance") not in (None, "") else None)
    retired = _bool(raw.get("retired"), "--retired")

    if kind == "retiree" and insurance != "resident" and scenario in (None, "long_term", "pharmacy"):
        if retired is False:
            raise InputError("conflict", detail=M("conflict.retiree_in_service", kind=kind_input))
        facts["retired"] = True
    if insurance == "resident":
        if retired:
            raise InputError("conflict", detail=M("conflict.retired_resident"))
        if mode_from_name == "personal_account":
            raise InputError("conflict", detail=M("conflict.resident_account", scenario=scenario_text))
        if scenario == "pharmacy":
            facts["pharmacy_mode"] = "chronic"
    if mode_from_name == "personal_account" and raw.get("chronic_disease") not in (None, ""):
        raise InputError("conflict", detail=M("conflict.account_chronic", scenario=scenario_text))
    if raw.get("filed_on") not in (None, ""):
        if _bool(raw.get("filed"), "--filed") is False:
            raise InputError("conflict", detail=M("conflict.filed_on_not_filed"))
        facts["filed"] = True
    return facts


# What build_case works out from the answers that are a choice among few (scenario, insurance, retired, level,
# tier, stay, kinds, yes/no answers), from whether each date is given, and from today: the same for every case
# of that shape. Keyed by every such value build_case reads (its `key`), kept only for a case that passed
# every check; cleared when full, so memory stays flat whatever the input.
MAX_SHAPES = 4096
_SHAPES: dict[tuple[Any, ...], _Shape] = {}
_KEYABLE = frozenset({str, bool, type(None), dt.date})  # equal only when they mean the same (not 1 == True)
_SETTLED_ASSUMED = said("assume.default.settled")
_REFERRAL_ASSUMED = said("assume.default.referral")


class _Shape(NamedTuple):
    case: Case  # a case of this shape: its fields but those read per case (regions, dates, figures) are shared
    past: bool | None  # parse_date's `past` for the date of care
    settled_assumable: bool  # "not settled" is assumed when the date of care is on or before today
    defaulted: tuple[Msg, ...]  # the assumptions without "not settled"
    defaulted_settled: tuple[Msg, ...]  # with it, in its place


def build_case(raw: dict[str, Any], regions: RegionTable, today: dt.date) -> Case:
    """Validate raw answers (flag names without dashes, underscores for hyphens) into a Case.

    A case whose shape was seen before reads only its regions, dates and figures; anything else, and
    every case that fails a check, goes the whole way (_build_full), so each problem is told as it always was.
    """
    if not _KEYABLE.issuperset(map(type, raw.values())):  # the key's values are among these, and today and flags
        return _build_full(raw, regions, today)
    # The shape: every value build_case reads but the regions, the dates' values and the figures. A date's value
    # only matters to the shape through whether it is given (and, for the discharge date, whether it is empty).
    get = raw.get
    key = (today, get("scenario"), get("long_term_kind"), get("insurance"), get("tier"), get("retired"),
           get("chronic_disease"), get("hospital_level"), get("injury"), get("stay"), get("filed"), get("referral"),
           get("settled"), get("event_date") is None, get("filed_on") is None, not get("discharge_date"))
    shape = _SHAPES.get(key)
    if shape is None:
        case = _build_full(raw, regions, today)
        if len(_SHAPES) >= MAX_SHAPES:
            _SHAPES.clear()
        _SHAPES[key] = _shape_of(case, raw, today)
        return case
    try:
        made = _from_shape(shape, raw, regions, today)
    except Exception:  # noqa: BLE001 - the whole way tells the problem (or raises what it always raised)
        made = None
    return made if made is not None else _build_full(raw, regions, today)


def _shape_of(case: Case, raw: dict[str, Any], today: dt.date) -> _Shape:
    """What a case of this shape shares with `case` (made the whole way from `raw`)."""
    defaulted = tuple(d for d in case.defaulted if d.key != _SETTLED_ASSUMED.key)
    at = len(defaulted) - (1 if defaulted and defaulted[-1].key == _REFERRAL_ASSUMED.key else 0)  # the last one made
    return _Shape(case=case, past=_care_given(raw, case.scenario),
                  settled_assumable=raw.get("settled") is None and _settled_assumable(raw, case.scenario),
                  defaulted=defaulted, defaulted_settled=(*defaulted[:at], _SETTLED_ASSUMED, *defaulted[at:]))


def _from_shape(shape: _Shape, raw: dict[str, Any], regions: RegionTable, today: dt.date) -> Case | None:
    """The case from its shape and what is read per case, with every check of those; None where one fails."""
    typed = regions.typed
    value = raw.get("insured_in")
    insured = typed.get(value) if type(value) is str else None
    if insured is None and (insured := _region(regions, value, "--insured-in")) is None:
        return None
    value = raw.get("treated_in")
    treated = typed.get(value) if type(value) is str else None
    if treated is None and (treated := _region(regions, value, "--treated-in")) is None:
        return None
    value = raw.get("event_date")
    if value is None:
        event_date = today
    # An ISO date read before is what parse_date gives for it (it looks there first), without the call.
    elif type(value) is not str or (kept := _ISO_READ.get(value)) is None:
        event_date = parse_date(value, today, past=shape.past, field="--event-date")
    else:
        event_date = kept
    base = shape.case
    filed_on = base.filed_on
    value = raw.get("filed_on")
    if value is not None:
        filed_on = parse_date(value, today, past=True, field="--filed-on")
        if filed_on > today:
            return None
    if base.settled and event_date > today:
        return None
    discharge = base.discharge_date
    value = raw.get("discharge_date")
    if value:
        discharge = parse_date(value, today, past=True, field="--discharge-date")
        if discharge < event_date or discharge > today:
            return None
    cost, ooc, ooc_share, deductible, ratio, cap, points = _costs(raw)
    return Case(
        scenario=base.scenario,
        insured=insured,
        treated=treated,
        today=today,
        event_date=event_date,
        insurance=base.insurance,
        retired=base.retired,
        hospital_level=base.hospital_level,
        tier=base.tier,
        stay=base.stay,
        long_term_kind=base.long_term_kind,
        pharmacy_mode=base.pharmacy_mode,
        filed=base.filed,
        filed_on=filed_on,
        referral_certificate=base.referral_certificate,
        referral_certificate_given=base.referral_certificate_given,
        settled=base.settled,
        discharge_date=discharge,
        chronic_disease=base.chronic_disease,
        event_date_given=base.event_date_given,
        injury=base.injury,
        cost=cost,
        out_of_catalog=ooc,
        out_of_catalog_share=ooc_share,
        deductible=deductible,
        ratio=ratio,
        cap=cap,
        reduction_points=points,
        defaulted=shape.defaulted_settled if shape.settled_assumable and event_date <= today else shape.defaulted,
    )


def _region(regions: RegionTable, value: Any, field: str) -> Region | None:
    """regions.resolve as build_case calls it, remembered by the text as typed; None for a name not given."""
    if value is None or not (text := _text(value)):
        return None
    region = regions.resolve(text, field=field)
    if type(value) is str:
        regions.remember_typed(value, region)
    return region


def _build_full(raw: dict[str, Any], regions: RegionTable, today: dt.date) -> Case:
    """build_case the whole way: every answer read and checked in order, so the first problem is the one told."""
    defaulted: list[Msg] = []

    def need(name: str) -> Any:
        value = raw.get(name)
        if value is None or _text(value) == "":
            raise InputError("missing_option", option="--" + name.replace("_", "-"))
        return value

    scenario, kind_from_name, mode_from_name = parse_scenario(need("scenario"))
    facts = implied(raw)
    insured = regions.resolve(_text(need("insured_in")), field="--insured-in")
    treated = regions.resolve(_text(need("treated_in")), field="--treated-in")

    if raw.get("insurance") is None:
        insurance = "employee"
        defaulted.append(said("assume.default.insurance"))
    else:
        insurance = parse_choice(raw["insurance"], "--insurance", INSURANCE_ALIASES, "employee, resident")

    retired = _bool(raw.get("retired"), "--retired")
    if retired is None and "retired" in facts:
        retired = facts["retired"]
        defaulted.append(said("assume.implied.retired"))
    if retired is None:
        retired = False
        if insurance == "employee":
            defaulted.append(said("assume.default.retired"))

    if raw.get("hospital_level") is None:
        level = 3
        if scenario != "pharmacy":
            defaulted.append(said("assume.default.level"))
    else:
        level = parse_level(raw["hospital_level"], "--hospital-level")

    tier = parse_choice(raw["tier"], "--tier", TIER_ALIASES, "1, 2, 3") if raw.get("tier") is not None else None
    stay = parse_stay(raw["stay"], "--stay") if raw.get("stay") is not None else None
    if stay is not None and scenario == "pharmacy":
        raise InputError("conflict", detail=M("conflict.stay_pharmacy"))

    if raw.get("event_date") is None:
        event_date = today
        defaulted.append(M("assume.default.event_date", date=today.isoformat()))
    else:
        # A month-day without a year: the last such date for care already given (an emergency, a stay that
        # is settled), else the nearer one (a planned trip in January typed in December is next January).
        event_date = parse_date(raw["event_date"], today, past=_care_given(raw, scenario), field="--event-date")

    kind = None
    if raw.get("long_term_kind") is not None:
        if scenario not in ("long_term", "pharmacy"):
            raise InputError("conflict", detail=M("conflict.long_term_kind"))
        kind = parse_choice(raw["long_term_kind"], "--long-term-kind", KIND_ALIASES, "retiree, living, working")
    kind = kind or kind_from_name
    if scenario == "long_term" and kind is None:
        kind = "retiree" if retired else "living"
        defaulted.append(M("assume.default.long_term_kind", kind=M(f"category.long_term_{kind}")))

    injury_given = _bool(raw.get("injury"), "--injury")
    injury = bool(injury_given)
    if injury_given is None and scenario == "emergency":  # the pledge step hangs on it (the wizard asks)
        defaulted.append(said("assume.default.injury"))
    if injury and scenario == "pharmacy":
        raise InputError("conflict", detail=M("conflict.injury_pharmacy"))
    chronic = raw.get("chronic_disease")
    chronic = _text(chronic) if chronic is not None and _text(chronic) else None
    if chronic and scenario != "pharmacy":
        raise InputError("conflict", detail=M("conflict.chronic_scenario"))
    mode = None
    if scenario == "pharmacy":
        mode = "chronic" if chronic else (mode_from_name or facts.get("pharmacy_mode") or "personal_account")
        if not chronic and mode_from_name is None and "pharmacy_mode" not in facts:
            defaulted.append(said("assume.default.pharmacy_mode"))

    filed = _bool(raw.get("filed"), "--filed")
    filed_on = (parse_date(raw["filed_on"], today, past=True, field="--filed-on")
                if raw.get("filed_on") is not None else None)
    if filed_on is not None:
        if filed_on > today:
            raise InputError("conflict", detail=M("conflict.filed_on_future", filed_on=filed_on.isoformat(),
                                                  today=today.isoformat()))
        filed = True
    if filed is None:
        filed = False  # also for an emergency: its 补办 step is shown as still to do
        defaulted.append(said("assume.default.filed"))

    settled = _bool(raw.get("settled"), "--settled")
    if settled is None:
        settled = False
        # Only where it changes the advice (care already begun): a planned trip is not settled by definition.
        if _settled_assumable(raw, scenario) and event_date <= today:
            defaulted.append(said("assume.default.settled"))
    if settled and event_date > today:
        raise InputError("conflict", detail=M("conflict.settled_future", date=event_date.isoformat(),
                                              today=today.isoformat()))
    discharge = (parse_date(raw["discharge_date"], today, past=True, field="--discharge-date")
                 if raw.get("discharge_date") else None)
    if discharge is not None:
        if discharge < event_date:
            raise InputError("conflict", detail=M("conflict.discharge_before_event", discharge=discharge.isoformat(),
                                                  date=event_date.isoformat()))
        if discharge > today:
            raise InputError("conflict", detail=M("conflict.discharge_future", discharge=discharge.isoformat(),
                                                  today=today.isoformat()))

    referral_given = _bool(raw.get("referral"), "--referral")
    referral = bool(referral_given)
    if referral_given is None and scenario == "referral" and not filed:
        defaulted.append(said("assume.default.referral"))

    cost, ooc, ooc_share, deductible, ratio, cap, points = _costs(raw)

    return Case(
        scenario=scenario,
        insured=insured,
        treated=treated,
        today=today,
        event_date=event_date,
        insurance=insurance,
        retired=bool(retired),
        hospital_level=level,
        tier=tier,
        stay=stay,
        long_term_kind=kind,
        pharmacy_mode=mode,
        filed=filed,
        filed_on=filed_on,
        referral_certificate=referral,
        referral_certificate_given=referral_given is not None,
        settled=settled,
        discharge_date=discharge,
        chronic_disease=chronic,
        event_date_given=raw.get("event_date") is not None,
        injury=injury,
        cost=cost,
        out_of_catalog=ooc,
        out_of_catalog_share=ooc_share,
        deductible=deductible,
        ratio=ratio,
        cap=cap,
        reduction_points=points,
        defaulted=tuple(defaulted),
    )


def _care_given(raw: dict[str, Any], scenario: str) -> bool | None:
    """`past` for the date of care: True (care already given: an emergency, a stay that is settled or has ended),
    else None (the nearer month-day, e.g. a planned trip in January typed in December is next January)."""
    given = scenario == "emergency" or bool(_bool(raw.get("settled"), "--settled")) or bool(raw.get("discharge_date"))
    return True if given else None


def _settled_assumable(raw: dict[str, Any], scenario: str) -> bool:
    """Whether "not settled" is told as an assumption when `settled` is not given, but for the date (care already
    begun: the date of care on or before today). Only where it changes the advice; a planned trip is not settled
    by definition."""
    return (scenario in ("emergency", "referral", "temporary") and not raw.get("discharge_date")
            and raw.get("event_date") is not None)


def _costs(raw: dict[str, Any]) -> tuple[Decimal | None, ...]:
    """The figures (cost, out_of_catalog, out_of_catalog_share, deductible, ratio, cap, reduction_points), read
    last, in this order."""
    get = raw.get
    given = get("cost")
    cost = parse_amount(given, "--cost") if given is not None else None
    ooc = ooc_share = None
    value = get("out_of_catalog")
    if value is not None:
        if cost is None:
            raise InputError("ooc_without_cost")
        text = _text(value)
        if text.endswith("%"):
            ooc_share = parse_ratio(text, "--out-of-catalog", allow_zero=True)
        else:
            ooc = parse_amount(text, "--out-of-catalog")
            if ooc > cost:
                raise InputError("ooc_exceeds_cost", ooc=text, cost=_text(given))
    value = get("deductible")
    deductible = parse_amount(value, "--deductible") if value is not None else None
    value = get("ratio")
    ratio = parse_ratio(value, "--ratio") if value is not None else None
    value = get("cap")
    cap = parse_amount(value, "--cap") if value is not None else None
    value = get("reduction_points")
    points = parse_points(value, "--reduction-points") if value is not None else None
    return cost, ooc, ooc_share, deductible, ratio, cap, points


"""Policy data: dated, sourced parameters layered national → province → city.

A policy file holds `sources` (documents, by id) and `parameters` (a nested mapping whose leaves are
lists of dated values). A value record::

    - effective_from: 2023-01-01
      value: 6
      source: nhsa-2022-22      # id in this file's or the national file's sources
      cite: 经办规程第十条       # article or section
      bound: min                # optional: min (at least) | max (at most) | about (a norm, 左右)
      basis: rule               # rule (default) | statistic | assumption
      confidence: high          # high (default) | medium | low
      effective_to: 2025-12-31  # optional: last day in force (inclusive)
      as_of: true               # optional: effective_from is only a date the figure is known in force

A file may also list, under `not_used` (nested like `parameters`), figures it found and deliberately does not
let the estimate use, each a dated row like the above with a `reason: {zh: …, en: …}`: the advice then lists the
figure with its source and reason instead of saying that nothing was found (docs/policies.md, "Figures found
but not used"). Such a row ends the parameter in its file for its period, as a more specific answer would.

A source says what it is (`kind`): `official` (the issuing body's own page or account) or `copy` (a repost,
mirror, news site, forum, hospital, university, SEO page); a copy is low confidence whatever its file says,
and names what it copies in `copy_of`. See docs/policies.md ("Provenance").

The value in force on a date is the one with the latest `effective_from` on or before it; a `null`
value, or a date after that period's `effective_to`, ends a parameter. A region's value wins over its
province's, which wins over the national one.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

from medins_cli.errors import PolicyError
from medins_cli.msg import Text
from medins_cli.policy_files import policy_root


def yaml_loader() -> Any:
    """The C safe loader (several times faster), else the pure-Python one; both are safe loaders. YAML is
    imported only here: a check whose policy files are in the compiled cache (compiled.py) never needs it."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


NATIONAL: Final = "000000"  # Final: compiled code (mypyc) uses the literal, not a lookup
BOUNDS = {None, "min", "max", "about"}
BASES = {"rule", "statistic", "assumption"}
CONFIDENCES = {"high", "medium", "low"}
KINDS = {"official", "copy"}


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    document: str | None
    issuer: str | None
    url: str | None
    published: dt.date | None
    confidence: str = "high"
    note: str | None = None
    kind: str = "copy"  # official | copy; a file without `kind` is read as a copy (never overstate)
    copy_of: str | None = None

    @property
    def is_copy(self) -> bool:
        return self.kind != "official"


@dataclass(frozen=True)
class Period:
    effective_from: dt.date
    value: Any
    source: str
    cite: str | None = None
    bound: str | None = None
    basis: str = "rule"
    confidence: str = "high"
    note: str | None = None
    effective_to: dt.date | None = None  # last day in force (inclusive); None: until the next period
    as_of: bool = False  # effective_from is a date the figure is known in force, not the policy's own date
    reason: Text | None = None  # a `not_used` row: why the figure is found but not used (zh and en)


def period_in_force(periods: Sequence[Any], when: dt.date) -> Any:
    """The period with the latest `effective_from` on or before `when`, unless it ended before `when`.

    None when nothing has started yet or the period has ended (`effective_to` before `when`); a period whose
    value is null is returned as is (the caller treats it as ended). Works on anything with `effective_from` and
    `effective_to` (Period here, validate's rows in policy_tools).
    """
    current = None
    for p in periods:
        if p.effective_from <= when and (current is None or p.effective_from > current.effective_from):
            current = p
    if current is not None and current.effective_to is not None and current.effective_to < when:
        return None
    return current


@dataclass(frozen=True)
class PolicyFile:
    region: str
    name: str
    path: Path
    sources: dict[str, Source]
    parameters: dict[str, tuple[Period, ...]]
    # Figures found but deliberately not used, by key (rows with a `reason`); see the module docstring.
    not_used: dict[str, tuple[Period, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A parameter's value in force on a date, with where it came from."""

    key: str
    value: Any
    period: Period
    source: Source
    region: str  # code of the policy file that supplied it
    region_name: str

    @property
    def effective_from(self) -> dt.date:
        return self.period.effective_from

    @property
    def is_default(self) -> bool:
        return self.period.basis != "rule"

    @property
    def status(self) -> str:
        return figure_status(self)


STATUSES = ("sourced", "national", "statistic", "default")


def figure_status(r: Resolved | None) -> str:
    """The one meaning of "sourced" (check, policies show/coverage/review, the generated table all use it).

    - sourced: a rule the insured region's own file (or its province's, prefecture's) gives, whatever the kind of
      source (a copy is still sourced, at low confidence);
    - national: a national rule stands in for a figure the region sets;
    - statistic: a statistic (e.g. the national average fund share), not anyone's rule;
    - default: nothing, or a stated assumption.
    """
    return "default" if r is None else period_status(r.period, r.region)


def period_status(period: Period, region: str) -> str:
    """figure_status() of a period as the policy file of `region` holds it (review walks files, not chains)."""
    if period.basis == "assumption":
        return "default"
    if period.basis == "statistic":
        return "statistic"
    return "national" if region == NATIONAL else "sourced"


# A figure known only "as of" a page date (as_of) older than this before the care is flagged in the advice as
# possibly changed since; `policies review` uses the same span for values to re-check.
STALE_AFTER_YEARS: Final = 3


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


_NEVER: tuple[list[dt.date], list[Resolved | None]] = ([], [])


class _ChainMemo:
    __slots__ = ("timelines", "withheld", "matching", "derived")

    def __init__(self) -> None:
        self.timelines: dict[str, tuple[list[dt.date], list[Resolved | None]]] = {}
        self.withheld: dict[str, tuple[list[dt.date], list[Resolved | None]]] = {}
        self.matching: dict[re.Pattern[str], list[str]] = {}
        # What a caller (the engine's cost plans) works out from this chain's answers, keyed by everything else
        # it read; kept here so that it lives and dies with the chain's files. Opaque to this module.
        self.derived: dict[Any, Any] = {}


@dataclass(init=False)
class PolicyChain:
    """The policy files that apply to one insured region, most specific last."""

    files: list[PolicyFile]
    on: dt.date
    # What `get` and `keys_in_force` work out once per chain; load_chain shares one per region chain.
    _memo: _ChainMemo = field(default_factory=_ChainMemo, repr=False, compare=False)

    # Written out (one per case): compiled, native stores, not the interpreted __init__ dataclasses generates
    # (medins_cli/model.py; tests/test_model_classes.py checks it against the fields).
    def __init__(self, files: list[PolicyFile], on: dt.date, _memo: _ChainMemo | None = None) -> None:
        self.files = files
        self.on = on
        self._memo = _ChainMemo() if _memo is None else _memo

    def source(self, source_id: str) -> Source:
        for f in reversed(self.files):
            if source_id in f.sources:
                return f.sources[source_id]
        raise KeyError(source_id)  # validated at load time, so this is a bug

    def get(self, key: str, on: dt.date | None = None) -> Resolved | None:
        when = on or self.on
        timelines = self._memo.timelines
        timeline = timelines.get(key)
        if timeline is None:
            timeline = timelines[key] = self._timeline(key)
        starts, values = timeline
        if not starts:  # most keys asked are absent from a chain
            return None
        i = bisect_right(starts, when)
        return values[i - 1] if i else None

    def withheld(self, key: str, on: dt.date | None = None) -> Resolved | None:
        """The figure a file declares found but not used (`not_used`) for `key` on a date, where `get(key)` finds
        nothing because of it: the most specific file that says anything about the key on the date says this."""
        when = on or self.on
        timelines = self._memo.withheld
        timeline = timelines.get(key)
        if timeline is None:
            days = self._days(key)
            timeline = timelines[key] = (days, [self._resolve(key, day, True) for day in days]) if days else _NEVER
        starts, values = timeline
        i = bisect_right(starts, when)
        return values[i - 1] if i else None

    def _days(self, key: str) -> list[dt.date]:
        """The days on which what the files say about `key` (used or not) may change, in order."""
        days = set()
        for f in self.files:
            for p in (*f.parameters.get(key, ()), *f.not_used.get(key, ())):
                days.add(p.effective_from)
                if p.effective_to is not None and p.effective_to < dt.date.max:
                    days.add(p.effective_to + dt.timedelta(days=1))
        return sorted(days)

    def _timeline(self, key: str) -> tuple[list[dt.date], list[Resolved | None]]:
        """`get(key)` as a step function of the date, worked out once per chain rather than once per case.

        The answer can only change on a day some file's period for the key starts or the day after one ends,
        so it is resolved on each such day; before the first one nothing is in force. Bounded by the policy
        files, not by the number of cases (a batch asks the same keys of the same chain on many dates). The
        days are those of `withheld` too, so `span` over a key covers both answers.
        """
        starts = self._days(key)
        if not starts:
            return _NEVER  # most keys asked are absent from a chain: one shared answer keeps the memo small
        return starts, [self._resolve(key, day) for day in starts]

    def _resolve(self, key: str, when: dt.date, withheld: bool = False) -> Resolved | None:
        """The value in force (or, `withheld`, the figure found but not used) from the most specific file that
        says something about `key` on `when`."""
        for f in reversed(self.files):
            periods = f.parameters.get(key)
            current = period_in_force(periods, when) if periods else None
            if current is not None and current.value is not None:
                return None if withheld else Resolved(key, current.value, current, self.source(current.source),
                                                      f.region, f.name)
            unused = f.not_used.get(key)
            held = period_in_force(unused, when) if unused else None
            if held is not None:
                # Found but not used, here: a more general file's value must not stand in for it.
                return Resolved(key, held.value, held, self.source(held.source), f.region, f.name) \
                    if withheld else None
            # Nothing in force here (not yet, ended, or null): a more general file may still say something.
        return None

    def keys_matching(self, pattern: re.Pattern[str]) -> list[str]:
        """The parameter keys matching `pattern` in any file of the chain, in force or not."""
        keys = self._memo.matching.get(pattern)
        if keys is None:
            keys = self._memo.matching[pattern] = sorted({k for f in self.files for k in f.parameters
                                                          if pattern.match(k)})
        return keys

    def keys_in_force(self, pattern: re.Pattern[str], on: dt.date | None = None) -> list[str]:
        """The parameter keys matching `pattern` that have a value in force on a date, in any file."""
        # `get` finds a value exactly when some file has a non-null one in force.
        return [k for k in self.keys_matching(pattern) if self.get(k, on) is not None]

    def tiers(self, insurance: str, on: dt.date | None = None) -> list[int]:
        """The 缴费档次 (contribution tiers) the region prices inpatient benefits by, in force on a date."""
        return _tiers(self.keys_in_force(_TIER_KEY, on), insurance)

    def span(self, keys: Iterable[str], on: dt.date) -> tuple[dt.date, dt.date | None]:
        """[first, end): the days around `on` on which `get(k)` answers as on `on` for every k of `keys`
        (the very same Resolved); end None: no later change is known."""
        first, end = dt.date.min, None
        timelines = self._memo.timelines
        for key in keys:
            timeline = timelines.get(key)
            if timeline is None:
                timeline = timelines[key] = self._timeline(key)
            starts = timeline[0]
            i = bisect_right(starts, on)
            if i and starts[i - 1] > first:
                first = starts[i - 1]
            if i < len(starts) and (end is None or starts[i] < end):
                end = starts[i]
        return first, end

    def prices_later_stays(self, insurance: str, on: dt.date | None = None) -> bool:
        """Whether the region has its own 起付线 for second and later stays of a year."""
        return any((m := _LATER_KEY.match(k)) and m.group(1) == insurance for k in self.keys_in_force(_LATER_KEY, on))


def _tiers(keys: list[str], insurance: str) -> list[int]:
    return sorted({int(m.group(2)) for k in keys if (m := _TIER_KEY.match(k)) and m.group(1) == insurance})


class ChainReads:
    """A chain as one computation sees it: notes every key it is asked for, so that `span` can tell the days on
    which the same questions get the very same answers. A computation that reads nothing else date-dependent
    (and asks on one date) gives the same result on all those days, which is what makes it safe to reuse."""

    __slots__ = ("chain", "keys")

    def __init__(self, chain: PolicyChain) -> None:
        self.chain = chain
        self.keys: set[str] = set()

    @property
    def on(self) -> dt.date:
        return self.chain.on

    def get(self, key: str, on: dt.date | None = None) -> Resolved | None:
        self.keys.add(key)
        return self.chain.get(key, on)

    def keys_in_force(self, pattern: re.Pattern[str], on: dt.date | None = None) -> list[str]:
        # Which keys are in force depends on every matching key, in force or not.
        self.keys.update(self.chain.keys_matching(pattern))
        return self.chain.keys_in_force(pattern, on)

    def tiers(self, insurance: str, on: dt.date | None = None) -> list[int]:
        return _tiers(self.keys_in_force(_TIER_KEY, on), insurance)

    def withheld(self, key: str, on: dt.date | None = None) -> Resolved | None:
        self.keys.add(key)  # the same days as `get(key)` (PolicyChain._days): span covers it
        return self.chain.withheld(key, on)

    def span(self, on: dt.date) -> tuple[dt.date, dt.date | None]:
        return self.chain.span(self.keys, on)


_TIER_KEY = re.compile(r"^inpatient\.(?:deductible|ratio|cap)\.(employee|resident)\.tier([123])(?:\.|$)")
_LATER_KEY = re.compile(r"^(?:inpatient\.deductible_later(?:_factor)?|inpatient\.deductible_stay3|"
                        r"cross_province\.deductible_later)\.(employee|resident)(?:\.|$)")


def _check_range(key: str, value: Any, where: str) -> None:
    """The validator's value check for the key's kind (a ratio in [0, 1], money not negative …), applied when
    the file is loaded: a figure out of range would otherwise reach the arithmetic (a ratio of 20 pays more
    than the bill and leaves a negative amount to pay). Runs once per file content (compiled cache)."""
    from medins_cli.msg import M
    from medins_cli.policy_keys import kind_of
    from medins_cli.policy_tools import _check_value, _Report

    kind = kind_of(key)
    if kind is None:
        return
    report = _Report(where)
    _check_value(report, "value", kind, value)
    if report.problems:
        first = report.problems[0]
        raise PolicyError("policy_bad_value", where=where, problem=M(first.key, **first.params))


def one_of(value: Any, options: Any) -> bool:
    """`value in options` that a list or mapping from a hostile file cannot crash (unhashable)."""
    try:
        return value in options
    except TypeError:
        return False


def date_or_none(value: Any) -> dt.date | None:
    """A policy date: a YAML date, or an ISO `YYYY-MM-DD` string (validate and the loader agree on this)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _as_date(value: Any, where: str) -> dt.date:
    day = date_or_none(value)
    if day is None:
        raise PolicyError("policy_bad_date", where=where, value=value)
    return day


def _short_repr(value: Any) -> str:
    # Never the whole value: a key can be a 10,000-digit number or a long string from a hostile file.
    text = repr(value) if isinstance(value, (bool, dt.date)) or value is None else type(value).__name__
    return text[:40]


def _flatten(node: Any, prefix: str, out: dict[str, Any], path: Path) -> None:
    if isinstance(node, list):
        out[prefix] = node
        return
    if not isinstance(node, dict):
        raise PolicyError("policy_bad_node", where=f"{path.name}: {prefix}")
    for k, v in node.items():
        if not isinstance(k, str):
            # PyYAML turns `on:`/`no:` into booleans and ISO keys into dates: refuse, don't guess.
            raise PolicyError("policy_bad_key", where=f"{path.name}: {prefix}", key=_short_repr(k))
        _flatten(v, f"{prefix}.{k}" if prefix else k, out, path)


def parse_policy(text: str, path: Path, national_sources: dict[str, Source] | None = None) -> PolicyFile:
    import yaml

    from medins_cli.yaml_bounded import YamlLimit, safe_load

    try:
        # CSafeLoader/SafeLoader only; bounded depth, aliases and expanded size (a YAML bomb is refused).
        doc = safe_load(text, yaml_loader())
    except YamlLimit as exc:
        raise PolicyError("policy_bad_yaml", file=path.name, line=exc.line or "?", problem=exc.problem()) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise PolicyError("policy_bad_yaml", file=path.name, line=line, problem=getattr(exc, "problem", exc)) from None
    except ValueError as exc:  # e.g. an unquoted 2024-02-30, which PyYAML turns into a date and fails on
        raise PolicyError("policy_bad_yaml", file=path.name, line="?", problem=str(exc)) from None
    if not isinstance(doc, dict):
        raise PolicyError("policy_not_mapping", file=path.name)
    region = doc.get("region")
    if not isinstance(region, str) or not (region.isdigit() and len(region) == 6):
        raise PolicyError("policy_bad_region", file=path.name, value=region)
    sources: dict[str, Source] = {}
    for sid, s in (doc.get("sources") or {}).items():
        where = f"{path.name}: sources.{sid}"
        if not isinstance(s, dict) or not s.get("title"):
            raise PolicyError("policy_source_incomplete", where=where)
        published = _as_date(s["published"], where + ".published") if s.get("published") else None
        confidence = s.get("confidence", "high")
        if not one_of(confidence, CONFIDENCES):
            raise PolicyError("policy_bad_enum", where=where + ".confidence", value=confidence)
        kind = s.get("kind", "copy")
        if not one_of(kind, KINDS):
            raise PolicyError("policy_bad_enum", where=where + ".kind", value=kind)
        if kind != "official":
            confidence = "low"  # a copy is low confidence, always (validate refuses a file saying otherwise)
        sources[str(sid)] = Source(
            id=str(sid),
            title=str(s["title"]),
            document=s.get("document"),
            issuer=s.get("issuer"),
            url=s.get("url"),
            published=published,
            confidence=confidence,
            note=s.get("note"),
            kind=kind,
            copy_of=s.get("copy_of"),
        )
    known = dict(national_sources or {})
    known.update(sources)
    parameters = {key: _periods(key, rows, path, known) for key, rows in _flat(doc.get("parameters"), path).items()}
    not_used = {key: _periods(key, rows, path, known, "not_used")
                for key, rows in _flat(doc.get("not_used"), path).items()}
    return PolicyFile(
        region=region,
        name=str(doc.get("name") or region),
        path=path,
        sources=sources,
        parameters=parameters,
        not_used=not_used,
    )


def _flat(node: Any, path: Path) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    _flatten(node or {}, "", flat, path)
    return flat


def _periods(key: str, rows: Any, path: Path, known: dict[str, Source], section: str = "parameters"
             ) -> tuple[Period, ...]:
    """The dated rows of one key; under `not_used`, each also needs a value and a `reason: {zh, en}`."""
    periods = []
    seen_dates: set[dt.date] = set()
    prefix = f"{path.name}: " + ("" if section == "parameters" else f"{section}.")
    for i, row in enumerate(rows):
        where = f"{prefix}{key}[{i}]"
        if not isinstance(row, dict):
            raise PolicyError("policy_bad_node", where=where)
        for required in ("effective_from", "value", "source") + (("reason",) if section == "not_used" else ()):
            if required not in row:
                raise PolicyError("policy_missing_field", where=where, field=required)
        start = _as_date(row["effective_from"], where + ".effective_from")
        if start in seen_dates:
            raise PolicyError("policy_duplicate_period", where=where, date=start.isoformat())
        seen_dates.add(start)
        end = _as_date(row["effective_to"], where + ".effective_to") if row.get("effective_to") else None
        sid = str(row["source"])
        if sid not in known:
            raise PolicyError("policy_unknown_source", where=where, source=sid)
        bound = row.get("bound")
        basis = row.get("basis", "rule")
        confidence = row.get("confidence", known[sid].confidence)
        if known[sid].is_copy:
            confidence = "low"  # a figure resting on a copy carries the warning whatever the row says
        for name, val, allowed in (("bound", bound, BOUNDS), ("basis", basis, BASES),
                                   ("confidence", confidence, CONFIDENCES)):
            if not one_of(val, allowed):
                raise PolicyError("policy_bad_enum", where=f"{where}.{name}", value=val)
        reason = None
        if section == "not_used":
            reason = _reason(row["reason"])
            if reason is None:
                raise PolicyError("policy_bad_reason", where=where + ".reason")
            if row["value"] is None:  # a figure found: there is one
                raise PolicyError("policy_missing_field", where=where, field="value")
        _check_range(key, row["value"], where)
        periods.append(
            Period(
                effective_from=start,
                value=row["value"],
                source=sid,
                cite=row.get("cite"),
                bound=bound,
                basis=basis,
                confidence=confidence,
                note=row.get("note"),
                effective_to=end,
                as_of=row.get("as_of") is True,
                reason=reason,
            )
        )
    return tuple(periods)


def _reason(value: Any) -> Text | None:
    """A `not_used` row's reason: `{zh: …, en: …}`, both non-empty text (validate says what is wrong)."""
    if not isinstance(value, dict) or set(value) != {"zh", "en"}:
        return None
    zh, en = value["zh"], value["en"]
    if not (isinstance(zh, str) and zh.strip() and isinstance(en, str) and en.strip()):
        return None
    return Text(zh.strip(), en.strip())


MAX_POLICY_BYTES = 2 * 1024 * 1024  # the largest shipped file is about 25 KB


def _read(path: Path, limit: int = MAX_POLICY_BYTES) -> str:
    """A policy file's text, read with a cap that holds for pipes and devices (MEDINS_POLICY_DIR)."""
    from medins_cli.files import FileProblem, read_bounded

    try:
        return read_bounded(path, limit).decode("utf-8")
    except FileProblem as exc:
        raise PolicyError("policy_unreadable", file=str(path), problem=_file_problem(exc)) from None
    except UnicodeDecodeError:
        raise PolicyError("policy_not_utf8", file=str(path)) from None


def _read_bytes(path: Path, limit: int = MAX_POLICY_BYTES) -> bytes:
    """A policy file's bytes, read with a cap that holds for pipes and devices (MEDINS_POLICY_DIR)."""
    from medins_cli.files import FileProblem, read_bounded

    try:
        return read_bounded(path, limit)
    except FileProblem as exc:
        raise PolicyError("policy_unreadable", file=str(path), problem=_file_problem(exc)) from None


def _file_problem(exc: Any) -> Any:
    from medins_cli.msg import M

    if exc.reason == "not_regular":
        return M("file_problem.not_regular", kind=exc.kind_msg())
    if exc.reason == "too_large":
        return M("file_problem.too_large", limit=exc.params["limit"])
    if exc.reason == "timeout":
        return M("file_problem.timeout", seconds=exc.params["seconds"])
    if exc.reason == "missing":
        return M("file_problem.missing")
    return exc.params.get("problem", exc.reason)


# Unbounded: keyed by path, so it holds at most the policy tree (65 files today); a bounded cache smaller
# than the tree misses on every line of a batch that cycles through regions.
@cache
def load_file(path: Path, national: bool = False) -> PolicyFile:
    from medins_cli import compiled

    data = _read_bytes(path)
    nat = None if national else load_national(path.parent.parent)
    # The compiled form depends on this file's bytes and, for a region, on the national sources it may cite.
    name = compiled.key("policy", data, _keys[nat.path].encode() if nat is not None else b"national")
    pf = compiled.load(name)
    if not isinstance(pf, PolicyFile):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise PolicyError("policy_not_utf8", file=str(path)) from None
        pf = parse_policy(text, path, nat.sources if nat is not None else None)
        compiled.store(name, pf)
    elif pf.path != path:  # the same bytes compiled from another copy of the tree
        pf = replace(pf, path=path)
    _keys[path] = name
    return pf


_keys: dict[Path, str] = {}  # policy file -> its compiled-cache key


def load_national(root: Path | None = None) -> PolicyFile:
    root = root or policy_root()
    path = root / "national.yaml"
    if not path.is_file():
        raise PolicyError("policy_root_missing", path=str(root))
    return load_file(path, national=True)


@lru_cache(maxsize=8)
def _regional_index(root: Path) -> dict[str, Path]:
    folder = root / "regions"
    index: dict[str, Path] = {}
    try:
        names = os.listdir(folder)
    except OSError:  # missing, or not a folder (MEDINS_POLICY_DIR pointing at the wrong place)
        return index
    for name in sorted(names):
        if name.endswith((".yaml", ".yml")) and name[:6].isdigit():
            index[name[:6]] = folder / name
    return index


def regional_file_for(code: str, root: Path | None = None) -> Path | None:
    return _regional_index(root or policy_root()).get(code)


def load_chain(codes: list[str] | tuple[str, ...], on: dt.date, root: Path | None = None) -> PolicyChain:
    """National file plus the files for `codes` (province first) that exist. Reads nothing else."""
    base = root or policy_root()
    key = codes if type(codes) is tuple else tuple(codes)
    kept = _CHAINS.get(key)
    if kept is None or kept[0] is not base:
        if len(_CHAINS) >= MAX_CHAINS:
            _CHAINS.clear()
        kept = _CHAINS[key] = (base, *_chain_files(key, base))
    return PolicyChain(list(kept[1]), on, kept[2])


# load_chain's way to _chain_files' answer for the tree it read last: by the codes alone, the tree's root checked
# by identity (a Path hashes in Python, the lru key's slowest part). Whatever clears _chain_files clears this too.
MAX_CHAINS = 4096
_CHAINS: dict[tuple[str, ...], tuple[Path, tuple[PolicyFile, ...], _ChainMemo]] = {}


@lru_cache(maxsize=4096)  # one entry per insured region (366 today), like load_file's cache never stale in-process
def _chain_files(codes: tuple[str, ...], root: Path) -> tuple[tuple[PolicyFile, ...], _ChainMemo]:
    """The chain's files, and the `PolicyChain.get` memo every chain of these files shares."""
    files = [load_national(root)]
    for code in codes:
        path = regional_file_for(code, root)
        if path is not None:
            pf = load_file(path)
            if pf.region != code:
                raise PolicyError("policy_region_mismatch", file=path.name, value=pf.region, expected=code)
            files.append(pf)
    return tuple(files), _ChainMemo()


_clear_chain_files = _chain_files.cache_clear


def _forget_chains() -> None:
    _clear_chain_files()
    _CHAINS.clear()


_chain_files.cache_clear = _forget_chains  # type: ignore[method-assign]

"""Tooling behind `medins policies`: validate policy files, list regions, show and measure coverage.

Pure functions returning plain data (dicts, lists, `Problem`s); no printing. The CLI (cli_policies.py)
renders them. Unlike the runtime loader (policy.py), which stops at the first error, `validate` reads each
file's YAML node tree so every problem carries its line, and it collects all problems.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from medins_cli.policy import (
    BASES,
    BOUNDS,
    CONFIDENCES,
    KINDS,
    NATIONAL,
    STALE_AFTER_YEARS,
    PolicyChain,
    PolicyFile,
    Resolved,
    date_or_none,
    figure_status,
    load_chain,
    one_of,
    period_in_force,
    period_status,
    regional_file_for,
    years_before,
)
from medins_cli.policy_files import policy_root
from medins_cli.policy_keys import NOT_USED_KEYS, PLACEHOLDERS, all_keys, core_items, kind_of, may_be_not_used

SCHEMA = "medins-policy/1"
TOP_FIELDS = ("schema", "region", "name", "verified_on", "sources", "parameters", "not_used")
SOURCE_FIELDS = ("title", "kind", "copy_of", "issuer", "document", "url", "published", "confidence", "note")
ROW_FIELDS = ("effective_from", "effective_to", "as_of", "value", "source", "cite", "bound", "basis", "confidence",
              "note")
REQUIRED_ROW_FIELDS = ("effective_from", "value", "source")
# A figure found but deliberately not used (`not_used`): what was found, where, and why it is not used.
NOT_USED_ROW_FIELDS = ("effective_from", "effective_to", "as_of", "value", "source", "cite", "confidence", "note",
                       "reason")
REQUIRED_NOT_USED_FIELDS = ("effective_from", "value", "source", "cite", "reason")
MAX_POLICY_COUNT = 3650  # days or months: ten years of either is past any filing rule; beyond, dates overflow
MAX_POLICY_NUMBER = 10**9  # no 起付线 or 封顶线 comes near 10亿 yuan; beyond it formatting and sums break
REDUCTION_RANGES = {"points": (0, 100), "factor": (0, 1), "self_pay_first": (0, 1)}
_MONTH_DAY = re.compile(r"^\d{2}-\d{2}$")
_DEDUCTIBLE_OF = {
    # cap key -> the deductible keys (regular expressions) it must stay above, in force on the same dates
    f"{group}.cap.{ins}": re.compile(rf"^{group}\.deductible\.{ins}(?:\.level[123])?$")
    for group in ("inpatient", "serious_illness") for ins in PLACEHOLDERS["type"]
} | {
    # a tier's cap stays above that tier's 起付线 and above the untiered one
    f"inpatient.cap.{ins}.tier{k}": re.compile(rf"^inpatient\.deductible\.{ins}(?:\.tier{k})?(?:\.level[123])?$")
    for ins in PLACEHOLDERS["type"] for k in PLACEHOLDERS["K"]
}


# --------------------------------------------------------------------------------------------- problems


@dataclass
class Problem:
    """One problem in a policy file. `key`/`params` render through the message catalogue (zh / en)."""

    file: str
    line: int  # 1-based; 0 when the problem concerns a whole file that is missing or unreadable
    field: str  # dotted path, e.g. parameters.inpatient.cap.employee[0].value; "-" for the whole file
    key: str  # message key in medins_cli/catalogue.py
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "zh") -> str:
        from medins_cli.messages import t

        return t(self.key, lang, **self.params)

    def render(self, lang: str = "zh") -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message(lang)}"

    def as_dict(self, lang: str = "zh") -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "field": self.field, "key": self.key,
                "params": dict(self.params), "message": self.message(lang)}


def _plain(value: Any) -> Any:
    """A message parameter as JSON-friendly text (dates → ISO, other objects → str)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


class _Report:
    def __init__(self, file: str, lines: dict[str, int] | None = None) -> None:
        self.file = file
        self.lines = lines or {}
        self.problems: list[Problem] = []

    def line_of(self, path: str) -> int:
        # The line of the path itself, else of its nearest ancestor that has one.
        while path:
            if path in self.lines:
                return self.lines[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return 1

    def add(self, path: str, msg: str, /, line: int | None = None, **params: Any) -> None:
        self.problems.append(Problem(self.file, self.line_of(path) if line is None else line, path or "-",
                                     f"policies.problem.{msg}", {k: _plain(v) for k, v in params.items()}))


# --------------------------------------------------------------------------------------------- YAML with lines


def _child(path: str, key: Any) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else str(key))


class _Builder:
    """Builds the data of a composed YAML node tree (like yaml.safe_load) and records every path's line.

    A mapping key that YAML does not read as a string (`on:` → True, `2024-01-01:` → a date) is kept under
    its source text and reported; a scalar the safe constructor refuses (`2024-02-30`) stays a string, so
    the date check reports it where it is used.
    """

    def __init__(self, report: _Report) -> None:
        self.report = report
        self.ctor = yaml.SafeLoader("")
        self.bad_keys: set[str] = set()

    def build(self, node: yaml.Node, path: str, depth: int = 0) -> Any:
        self.report.lines.setdefault(path, node.start_mark.line + 1)
        if depth > 100:  # pragma: no cover - a recursive alias; policy files have none
            return None
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, _child(path, i), depth + 1) for i, item in enumerate(node.value)]
        out: dict[Any, Any] = {}
        with contextlib.suppress(yaml.YAMLError):  # a malformed merge is left as it is
            self.ctor.flatten_mapping(node)  # merge keys (<<)
        for key_node, value_node in node.value:
            raw = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            name = key if isinstance(key, str) else str(raw)
            sub = _child(path, name)
            line = key_node.start_mark.line + 1
            if name in out:
                self.report.add(sub, "duplicate_key", line=line, key=name, first=self.report.lines.get(sub, "?"))
            else:
                self.report.lines[sub] = line
            if not isinstance(key, str):
                self.bad_keys.add(sub)
                self.report.add(sub, "bad_key", line=line, key=raw, value=repr(key))
            out[name] = self.build(value_node, sub, depth + 1)
        return out

    def scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.ctor.construct_object(node)
        except (ValueError, yaml.YAMLError):
            return node.value


def _load_with_lines(text: str, report: _Report) -> tuple[Any, set[str]] | None:
    from medins_cli.yaml_bounded import YamlLimit, compose

    try:
        # libyaml's composer: same nodes and line marks as the pure-Python one, ~8× faster on the whole tree.
        # Bounded: the builder below walks every alias again, so a YAML bomb is refused before it starts.
        node = compose(text, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except YamlLimit as exc:
        report.add("-", exc.key.replace("yaml_limit.", "yaml_"), line=exc.line or 1, **exc.params)
        return None
    except yaml.YAMLError:
        node = None
    try:
        if node is None:  # broken YAML (rare): the pure-Python composer words the problem better
            node = compose(text, yaml.SafeLoader)
    except YamlLimit as exc:
        report.add("-", exc.key.replace("yaml_limit.", "yaml_"), line=exc.line or 1, **exc.params)
        return None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or str(exc)
        if exc.context and exc.problem:
            problem = f"{exc.context}: {exc.problem}"
        report.add("-", "bad_yaml", line=mark.line + 1 if mark else 1, problem=problem)
        return None
    except yaml.YAMLError as exc:
        report.add("-", "bad_yaml", line=1, problem=str(exc))
        return None
    if node is None:
        return None, set()
    builder = _Builder(report)
    return builder.build(node, ""), builder.bad_keys


# --------------------------------------------------------------------------------------------- value checks


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _check_date(rep: _Report, path: str, v: Any) -> dt.date | None:
    day = date_or_none(v)
    if day is None:
        rep.add(path, "bad_date", value=v)
    return day


def _guess_kind(key: str) -> str | None:
    """Value checks for keys outside the registry (still reported as unknown), judged by their name."""
    dotted = f".{key}."
    if ".ratio." in dotted:
        return "ratio"
    if ".reduction." in dotted:
        return "reduction"
    if ".deductible." in dotted or ".cap." in dotted:
        return "money"
    if key.endswith(("_days", "_months")):
        return "count"
    return None


def _check_ratio(rep: _Report, path: str, v: Any) -> None:
    if _is_number(v):
        if not 0 <= v <= 1:
            rep.add(path, "ratio_range", value=v)
        return
    if not isinstance(v, list) or not v:
        rep.add(path, "ratio_type", value=v)
        return
    previous = None
    for i, band in enumerate(v):
        bpath = _child(path, i)
        if not isinstance(band, dict) or "ratio" not in band or set(band) - {"upto", "ratio"}:
            rep.add(bpath, "band_shape")
            continue
        ratio = band["ratio"]
        if not _is_number(ratio):
            rep.add(bpath + ".ratio", "not_number", value=ratio)
        elif not 0 <= ratio <= 1:
            rep.add(bpath + ".ratio", "ratio_range", value=ratio)
        upto = band.get("upto")
        if upto is None:
            if i != len(v) - 1:
                rep.add(bpath, "band_open_not_last")
            continue
        if not _is_number(upto) or upto <= 0 or not upto <= MAX_POLICY_NUMBER:
            rep.add(bpath + ".upto", "band_upto", value=upto)
            continue
        if previous is not None and upto <= previous:
            rep.add(bpath + ".upto", "band_order", value=upto, previous=previous)
        previous = upto


def _check_value(rep: _Report, path: str, kind: str, v: Any) -> None:
    if v is None:  # a null value ends a parameter
        return
    if kind == "ratio":
        _check_ratio(rep, path, v)
    elif kind in ("money", "multiplier"):
        if not _is_number(v):
            rep.add(path, "not_number", value=v)
        elif v < 0 or str(v).startswith("-"):  # -0.0 too: it would print as "-0.0"
            rep.add(path, "negative", value=v)
        elif not v <= MAX_POLICY_NUMBER:  # also inf and nan (1e309 in YAML)
            rep.add(path, "too_big", value=v, limit=MAX_POLICY_NUMBER)
    elif kind == "count":
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            rep.add(path, "positive_int", value=v)
        elif v > MAX_POLICY_COUNT:
            rep.add(path, "too_big", value=v, limit=MAX_POLICY_COUNT)
    elif kind == "count0":
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            rep.add(path, "nonneg_int", value=v)
        elif v > MAX_POLICY_COUNT:
            rep.add(path, "too_big", value=v, limit=MAX_POLICY_COUNT)
    elif kind == "bool":
        if not isinstance(v, bool):
            rep.add(path, "boolean", value=v)
    elif kind in ("month_day", "year_start"):
        ok = isinstance(v, str) and _MONTH_DAY.match(v) is not None
        if ok:
            try:  # a deadline may be 02-29 (a leap year's); the first day of every year may not
                dt.date.fromisoformat(f"{2024 if kind == 'month_day' else 2023}-{v}")
            except ValueError:
                ok = False
        if not ok:
            rep.add(path, kind, value=v)
    elif kind == "reduction":
        if not isinstance(v, dict) or len(v) != 1 or next(iter(v)) not in REDUCTION_RANGES:
            rep.add(path, "reduction_shape")
            return
        (name, amount), = v.items()
        low, high = REDUCTION_RANGES[name]
        if not _is_number(amount) or not low <= amount <= high:
            rep.add(_child(path, name), "reduction_range", kind=name, value=amount, low=low, high=high)


# --------------------------------------------------------------------------------------------- one file


@dataclass
class _Row:
    index: int
    start: dt.date
    end: dt.date | None
    value: Any

    @property
    def effective_from(self) -> dt.date:
        return self.start

    @property
    def effective_to(self) -> dt.date | None:
        return self.end


def _in_force(rows: list[_Row], day: dt.date) -> _Row | None:
    return period_in_force(rows, day)  # the runtime rule, so validate and the engine agree on what is in force


@lru_cache(maxsize=1)
def _registered_prefixes() -> frozenset[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for k in all_keys():
        parts = tuple(k.split("."))
        out.update(parts[:i] for i in range(1, len(parts) + 1))
    return frozenset(out)


def _first_unknown_segment(key: str, path: str, section: str = "parameters") -> str:
    """The path of the first segment of an unknown key that no registered key has (where the typo is)."""
    parts = key.split(".")
    for i in range(1, len(parts) + 1):
        if tuple(parts[:i]) not in _registered_prefixes():
            return f"{section}." + ".".join(parts[:i])
    return path


def _check_rows(rep: _Report, key: str, path: str, rows: Any, known_sources: set[str],
                skip_registry: bool, copies: frozenset[str] = frozenset(), section: str = "parameters"
                ) -> list[_Row]:
    fields, required = (ROW_FIELDS, REQUIRED_ROW_FIELDS) if section == "parameters" else \
        (NOT_USED_ROW_FIELDS, REQUIRED_NOT_USED_FIELDS)
    kind = kind_of(key)
    if kind is None and not skip_registry:
        line = rep.line_of(_first_unknown_segment(key, path, section))
        close = difflib.get_close_matches(key, all_keys(), n=1, cutoff=0.8)
        if close:
            rep.add(path, "unknown_param_suggest", line=line, key=key, suggestion=close[0])
        else:
            rep.add(path, "unknown_param", line=line, key=key)
    kind = kind or _guess_kind(key)
    if not rows:
        rep.add(path, "no_periods")
        return []
    good: list[_Row] = []
    starts: dict[dt.date, int] = {}
    for i, row in enumerate(rows):
        rpath = _child(path, i)
        if not isinstance(row, dict):
            rep.add(rpath, "row_not_mapping")
            continue
        for name in row:
            if name not in fields:
                close = difflib.get_close_matches(str(name), fields, n=1, cutoff=0.75)
                if close:
                    rep.add(_child(rpath, name), "unknown_field_suggest", name=name, suggestion=close[0])
                else:
                    rep.add(_child(rpath, name), "unknown_field", name=name)
        for name in required:
            if name not in row:
                rep.add(rpath, "missing_field", name=name)
        start = _check_date(rep, rpath + ".effective_from", row["effective_from"]) if "effective_from" in row \
            else None
        end = None
        if row.get("effective_to") is not None:
            end = _check_date(rep, rpath + ".effective_to", row["effective_to"])
            if end is not None and start is not None and end < start:
                rep.add(rpath + ".effective_to", "end_before_start", end=end, start=start)
                end = None
        if "source" in row:
            sid = row["source"]
            if not isinstance(sid, str) or sid not in known_sources:
                rep.add(rpath + ".source", "unknown_source", source=sid)
            elif sid in copies and row.get("confidence") in ("high", "medium"):
                rep.add(rpath + ".confidence", "copy_not_low", value=row["confidence"], source=sid)
        if "as_of" in row and not isinstance(row["as_of"], bool):
            rep.add(rpath + ".as_of", "boolean", value=row["as_of"])
        for name, allowed in (("bound", BOUNDS), ("basis", BASES), ("confidence", CONFIDENCES)):
            if name in row and not one_of(row[name], allowed):
                rep.add(_child(rpath, name), "bad_enum", value=row[name],
                        options=", ".join(sorted(a for a in allowed if a)))
        if "value" in row and kind is not None:
            _check_value(rep, rpath + ".value", kind, row["value"])
        if start is None:
            continue
        if start in starts:
            rep.add(rpath + ".effective_from", "duplicate_period", date=start,
                    other=rep.line_of(_child(path, starts[start]) + ".effective_from"))
            continue
        starts[start] = i
        good.append(_Row(i, start, end, row.get("value")))
    ordered = sorted(good, key=lambda r: r.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.end is not None and a.end >= b.start:
            rep.add(_child(path, a.index) + ".effective_to", "overlap", end=a.end, next=b.start,
                    other=rep.line_of(_child(path, b.index) + ".effective_from"))
    return good


def _check_caps(rep: _Report, periods: dict[str, list[_Row]]) -> None:
    for cap_key, pattern in _DEDUCTIBLE_OF.items():
        caps = periods.get(cap_key)
        if not caps:
            continue
        for ded_key in sorted(k for k in periods if pattern.match(k)):
            deds = periods[ded_key]
            days = sorted({r.start for r in caps + deds} |
                          {r.end + dt.timedelta(days=1) for r in caps + deds if r.end is not None})
            seen: set[tuple[int, int]] = set()
            for day in days:
                cap, ded = _in_force(caps, day), _in_force(deds, day)
                if cap is None or ded is None or (cap.index, ded.index) in seen:
                    continue
                if _is_number(cap.value) and _is_number(ded.value) and cap.value <= ded.value:
                    seen.add((cap.index, ded.index))
                    rep.add(f"parameters.{cap_key}[{cap.index}].value", "cap_not_above_deductible",
                            cap=cap.value, deductible=ded.value, key=ded_key, date=day)


def _walk_parameters(rep: _Report, node: Any, prefix: str, out: dict[str, Any], bad_keys: set[str],
                     tainted: bool = False, section: str = "parameters") -> None:
    path = f"{section}.{prefix}" if prefix else section
    tainted = tainted or path in bad_keys
    if isinstance(node, list) and prefix:
        out[prefix] = (node, tainted)
        return
    if not isinstance(node, dict):
        rep.add(path, "bad_node")
        return
    for k, v in node.items():
        _walk_parameters(rep, v, f"{prefix}.{k}" if prefix else str(k), out, bad_keys, tainted, section)


def _check_not_used(rep: _Report, flat: dict[str, Any], known: set[str], copies: frozenset[str]) -> None:
    """`not_used`: figures found but deliberately not used. Each row as a dated value (its key registered, its
    source defined, its value of the key's kind) plus a non-null value, a `cite` and a `reason` in zh and en; the
    key one the engine can report as found but not applied (NOT_USED_KEYS)."""
    for key, (rows, tainted) in flat.items():
        path = f"not_used.{key}"
        _check_rows(rep, key, path, rows, known, tainted, copies, "not_used")
        if kind_of(key) is not None and not may_be_not_used(key):
            rep.add(path, "not_used_key", key=key, allowed=", ".join(NOT_USED_KEYS))
        for i, row in enumerate(rows if isinstance(rows, list) else ()):
            if not isinstance(row, dict):
                continue
            rpath = _child(path, i)
            if "value" in row and row["value"] is None:
                rep.add(rpath + ".value", "not_used_null")
            if "reason" in row:
                reason = row["reason"]
                if not isinstance(reason, dict):
                    rep.add(rpath + ".reason", "reason_shape")
                    continue
                for lang in ("zh", "en"):
                    text = reason.get(lang)
                    if not isinstance(text, str) or not text.strip():
                        rep.add(_child(rpath + ".reason", lang), "reason_missing", lang=lang)
                for name in reason:
                    if name not in ("zh", "en"):
                        rep.add(_child(rpath + ".reason", name), "unknown_field", name=name)
            if "cite" in row and (not isinstance(row["cite"], str) or not row["cite"].strip()):
                rep.add(rpath + ".cite", "cite_empty")


@dataclass
class _Context:
    region_codes: frozenset[str] | None  # None: regions.json could not be read (reported elsewhere)
    national_sources: frozenset[str]
    national_copies: frozenset[str] = frozenset()  # national sources of kind copy (rows resting on them)


def _check_doc(rep: _Report, path: Path, doc: Any, bad_keys: set[str], ctx: _Context,
               national: bool) -> set[str]:
    """All checks of one parsed file; returns the ids of the sources it defines."""
    if not isinstance(doc, dict):
        rep.add("-", "not_mapping", line=1)
        return set()
    for k in doc:
        if k not in TOP_FIELDS and k not in bad_keys:
            rep.add(str(k), "unknown_top", key=k)
    if "schema" not in doc:
        rep.add("schema", "schema_missing", line=1, expected=SCHEMA)
    elif doc["schema"] != SCHEMA:
        rep.add("schema", "schema_bad", value=doc["schema"], expected=SCHEMA)

    region = doc.get("region")
    if "region" not in doc:
        rep.add("region", "region_missing", line=1)
    elif not (isinstance(region, str) and len(region) == 6 and region.isdigit()):
        rep.add("region", "region_format", value=region)
    elif national:
        if region != NATIONAL:
            rep.add("region", "region_national", value=region, expected=NATIONAL)
    else:
        if ctx.region_codes is not None and region not in ctx.region_codes:
            rep.add("region", "region_unknown", value=region)
        if not path.name.startswith(region):
            rep.add("region", "file_name", name=path.name, value=region)
    if "name" in doc and not isinstance(doc["name"], str):
        rep.add("name", "not_string", value=doc["name"])
    if doc.get("verified_on") is not None:
        _check_date(rep, "verified_on", doc["verified_on"])

    own: set[str] = set()
    copies: set[str] = set(ctx.national_copies)
    sources = doc.get("sources")
    if sources is not None and not isinstance(sources, dict):
        rep.add("sources", "sources_not_mapping")
        sources = {}
    for sid, src in (sources or {}).items():
        spath = f"sources.{sid}"
        own.add(str(sid))
        if not isinstance(src, dict):
            rep.add(spath, "source_not_mapping")
            continue
        for name in src:
            if name not in SOURCE_FIELDS:
                rep.add(_child(spath, name), "unknown_field", name=name)
        if not isinstance(src.get("title"), str) or not src["title"].strip():
            rep.add(spath, "source_no_title")
        if "url" in src and src["url"] is not None and not isinstance(src["url"], str):
            rep.add(spath + ".url", "source_url", value=src["url"])
        for name in ("issuer", "document", "note"):
            if src.get(name) is not None and not isinstance(src[name], str):
                rep.add(_child(spath, name), "not_string", value=src[name])
        if "confidence" in src and not one_of(src["confidence"], CONFIDENCES):
            rep.add(spath + ".confidence", "bad_enum", value=src["confidence"],
                    options=", ".join(sorted(CONFIDENCES)))
        if "kind" not in src:
            rep.add(spath, "source_no_kind")
        elif not one_of(src["kind"], KINDS):
            rep.add(spath + ".kind", "bad_enum", value=src["kind"], options=", ".join(sorted(KINDS)))
        elif src["kind"] == "copy":
            copies.add(str(sid))
            # A copy is low confidence, always; a missing confidence would read as high.
            if src.get("confidence") != "low":
                rep.add(spath + (".confidence" if "confidence" in src else ""), "copy_not_low",
                        value=src.get("confidence", "high"), source=sid)
        if src.get("copy_of") is not None and not isinstance(src["copy_of"], str):
            rep.add(spath + ".copy_of", "not_string", value=src["copy_of"])
        if src.get("published") is not None:
            _check_date(rep, spath + ".published", src["published"])

    params = doc.get("parameters")
    flat: dict[str, Any] = {}
    if params is not None:
        _walk_parameters(rep, params, "", flat, bad_keys)
    known = own | set(ctx.national_sources)
    periods: dict[str, list[_Row]] = {}
    for key, (rows, tainted) in flat.items():
        periods[key] = _check_rows(rep, key, f"parameters.{key}", rows, known, tainted, frozenset(copies))
    _check_caps(rep, periods)
    if doc.get("not_used") is not None:
        held: dict[str, Any] = {}
        _walk_parameters(rep, doc["not_used"], "", held, bad_keys, section="not_used")
        _check_not_used(rep, held, known, frozenset(copies))
    return own


def _read_text(path: Path, rep: _Report) -> str | None:
    from medins_cli.files import FileProblem, read_bounded
    from medins_cli.policy import MAX_POLICY_BYTES

    try:
        return read_bounded(path, MAX_POLICY_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        rep.add("-", "not_utf8", line=0)
    except FileProblem as exc:
        if exc.reason == "missing":
            rep.add("-", "missing_file", line=0)
        elif exc.reason in ("not_regular", "too_large", "timeout"):
            rep.add("-", exc.reason, line=0, **{k: v for k, v in exc.params.items() if k != "kind"})
        else:
            rep.add("-", "unreadable", line=0, problem=exc.params.get("problem", exc.reason))
    return None


def _validate_file(path: Path, display: str, ctx: _Context, national: bool) -> tuple[list[Problem], set[str]]:
    rep = _Report(display)
    text = _read_text(path, rep)
    own: set[str] = set()
    if text is not None:
        loaded = _load_with_lines(text, rep)
        if loaded is not None:
            doc, bad_keys = loaded
            own = _check_doc(rep, path, doc, bad_keys, ctx, national)
    rep.problems.sort(key=lambda p: p.line)
    return rep.problems, own


def _region_codes(root: Path, display: str, problems: list[Problem] | None) -> frozenset[str] | None:
    path = root / "regions.json"
    from medins_cli.errors import PolicyError
    from medins_cli.regions import _read_regions

    rep = _Report(display)
    codes: frozenset[str] | None
    if not path.exists():
        rep.add("-", "missing_file", line=0)
        codes = None
    else:
        try:
            codes = frozenset(str(r["code"]) for r in _read_regions(path)["regions"])
        except PolicyError as exc:
            rep.add("-", "regions_bad", line=0, problem=_render_en(exc.params["problem"]))
            codes = None
    if problems is not None:
        problems.extend(rep.problems)
    return codes


def _national_doc(root: Path) -> Any:
    """national.yaml as data for cross-file checks; None when it cannot be read (its own check says why)."""
    from medins_cli.files import FileProblem, read_bounded
    from medins_cli.policy import MAX_POLICY_BYTES, yaml_loader
    from medins_cli.yaml_bounded import YamlLimit, safe_load

    try:
        return safe_load(read_bounded(root / "national.yaml", MAX_POLICY_BYTES).decode("utf-8"), yaml_loader())
    except (FileProblem, ValueError, yaml.YAMLError, YamlLimit):
        return None


def _national_copies(root: Path) -> frozenset[str]:
    """The ids of national.yaml's sources that are copies (a regional row resting on one must be low)."""
    doc = _national_doc(root)
    sources = doc.get("sources") if isinstance(doc, dict) else None
    if not isinstance(sources, dict):
        return frozenset()
    return frozenset(str(k) for k, v in sources.items() if isinstance(v, dict) and v.get("kind") != "official")


def _render_en(problem: Any) -> str:
    # A problem's parameters are plain text (JSON report); the region table's reason is given in English.
    from medins_cli.messages import tm

    return tm(problem, "en")


def _national_sources(root: Path) -> frozenset[str]:
    doc = _national_doc(root)
    sources = doc.get("sources") if isinstance(doc, dict) else None
    return frozenset(str(s) for s in sources) if isinstance(sources, dict) else frozenset()


def _display(path: Path) -> str:
    """A path as people typed it; the default root is shown relative to the working directory if inside it."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def root_for_file(path: Path) -> Path:
    """The policy root a single file is checked against: its parent's parent if that holds national.yaml."""
    if path.name == "national.yaml":
        return path.parent
    candidate = path.resolve().parent.parent
    return candidate if (candidate / "national.yaml").is_file() else policy_root()


@dataclass
class ValidationResult:
    files: list[str]
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def validate_all(paths: list[Path] | list[str] | Path | str) -> ValidationResult:
    """Validate policy directories and files; every problem found, with the files that were read."""
    items = [Path(p) for p in ([paths] if isinstance(paths, (Path, str)) else paths)]
    files: list[str] = []
    problems: list[Problem] = []
    for path in items:
        if path.is_dir():
            _validate_dir(path, files, problems)
        else:
            root = root_for_file(path)
            national = path.name == "national.yaml"
            ctx = _Context(_region_codes(root, _display(root / "regions.json"), None),
                           frozenset() if national else _national_sources(root),
                           frozenset() if national else _national_copies(root))
            files.append(_display(path))
            found, _ = _validate_file(path, _display(path), ctx, national)
            problems.extend(found)
    return ValidationResult(files, problems)


def validate(paths: list[Path] | list[str] | Path | str) -> list[Problem]:
    """Every problem in the policy files at `paths` (a policy root directory, or single files)."""
    return validate_all(paths).problems


def _validate_dir(root: Path, files: list[str], problems: list[Problem]) -> None:
    codes = _region_codes(root, _display(root / "regions.json"), problems)
    nat_path = root / "national.yaml"
    national_sources: frozenset[str] = frozenset()
    if nat_path.is_file():
        files.append(_display(nat_path))
        found, own = _validate_file(nat_path, _display(nat_path), _Context(codes, frozenset()), True)
        problems.extend(found)
        national_sources = frozenset(own)
    else:
        problems.append(Problem(_display(nat_path), 0, "-", "policies.problem.missing_file", {}))
    ctx = _Context(codes, national_sources, _national_copies(root) if nat_path.is_file() else frozenset())
    folder = root / "regions"
    names = sorted(os.listdir(folder)) if folder.is_dir() else []
    by_code: dict[str, str] = {}
    for name in names:
        if not name.endswith((".yaml", ".yml")):
            continue
        path = folder / name
        display = _display(path)
        files.append(display)
        found, _ = _validate_file(path, display, ctx, False)
        problems.extend(found)
        prefix = name[:6]
        if prefix.isdigit() and prefix in by_code:
            problems.append(Problem(display, 1, "region", "policies.problem.duplicate_region_file",
                                    {"value": prefix, "other": by_code[prefix]}))
        by_code.setdefault(prefix, name)
    _validate_calendars(root, files, problems)


def _validate_calendars(root: Path, files: list[str], problems: list[Problem]) -> None:
    """policies/calendar/<year>.yaml: published State Council schedules (checked by workdays.schedule_from_doc)."""
    from medins_cli.workdays import CALENDAR_DIR, schedule_from_doc

    folder = root / CALENDAR_DIR
    for name in sorted(os.listdir(folder)) if folder.is_dir() else []:
        if not name.endswith((".yaml", ".yml")):
            continue
        path = folder / name
        rep = _Report(_display(path))
        files.append(rep.file)
        text = _read_text(path, rep)
        loaded = _load_with_lines(text, rep) if text is not None else None
        if loaded is not None:
            for where, key, params in schedule_from_doc(loaded[0], name)[1]:
                rep.add("" if where == "-" else where, key, **params)
        problems.extend(sorted(rep.problems, key=lambda p: p.line))


# --------------------------------------------------------------------------------------------- list / show / coverage


def _level(kind: str) -> str:
    return {"municipality": "province", "autonomous_region": "province"}.get(kind, kind)


def _origin(file_region: str, region: Any) -> str:
    if file_region == NATIONAL:
        return "national"
    if file_region == region.code:
        return "region"
    if file_region == region.province:
        return "province"
    return "prefecture"


def _chain(region: Any, on: dt.date, root: Path) -> PolicyChain:
    return load_chain(region.chain(), on, root)


def _core_status(chain: PolicyChain, region: Any, on: dt.date) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for item in core_items():
        hit = None
        for f in reversed(chain.files):
            for pattern in item.patterns:
                for key in sorted(k for k in f.parameters if pattern.match(k)):
                    p = period_in_force(f.parameters[key], on)
                    if p is not None and p.value is not None:
                        hit = (f, key, p)
                        break
                if hit:
                    break
            if hit:
                break
        if hit is None:
            out[item.id] = {"status": "default", "key": None, "source": None, "from": None}
        else:
            f, key, p = hit
            r = chain.get(key, on)
            out[item.id] = {"status": figure_status(r), "key": key,
                            "source": p.source, "from": _origin(f.region, region)}
    return out


def _own_file(region: Any, chain: PolicyChain) -> PolicyFile | None:
    return next((f for f in chain.files if f.region == region.code and region.code != NATIONAL), None)


def _listed_regions(root: Path) -> list[Any]:
    from medins_cli.policy import _regional_index
    from medins_cli.regions import load_regions

    table = load_regions(root)
    codes = {r.code for r in table.provinces()}
    codes |= {code for code in _regional_index(root) if code in table.codes}
    return [table.get(c) for c in sorted(codes)]


def list_regions(root: Path | None = None, on: dt.date | None = None) -> list[dict[str, Any]]:
    """The 31 provincial-level regions plus every city/county with a file, with what each file supplies."""
    root = root or policy_root()
    on = on or dt.date.today()
    rows = []
    for region in _listed_regions(root):
        chain = _chain(region, on, root)
        own = _own_file(region, chain)
        own_keys = 0
        inherited = 0
        keys = sorted({k for f in chain.files for k in f.parameters})
        for key in keys:
            r = chain.get(key, on)
            if r is None or r.region == NATIONAL:
                continue
            if r.region == region.code:
                own_keys += 1
            else:
                inherited += 1
        core = _core_status(chain, region, on)
        rows.append({
            "code": region.code, "name": region.name, "kind": region.kind, "level": _level(region.kind),
            "province": region.province,
            "file": own.path.name if own else None,
            "comment_only": bool(own is not None and not own.parameters),
            "own": own_keys, "inherited": inherited,
            "core_sourced": sum(1 for c in core.values() if c["status"] == "sourced"),
            "core_national": sum(1 for c in core.values() if c["status"] == "national"),
            "core_default": sum(1 for c in core.values() if c["status"] == "default"),
        })
    return rows


def resolve_region(text: str, root: Path | None = None) -> Any:
    """The region people typed (江苏, jiangsu, 320000, 南京), via the shared resolver."""
    from medins_cli.msg import M
    from medins_cli.regions import load_regions

    return load_regions(root or policy_root()).resolve(text, field=M("policies.field.region"))


def _shown_row(key: str, r: Resolved, reg: Any, status: str, bound: Any, basis: Any) -> dict[str, Any]:
    """One row of `policies show`: a figure in force (its status) or one a file declares not used."""
    src = r.source
    return {
        "key": key, "value": r.value,
        "effective_from": r.period.effective_from.isoformat(),
        "effective_to": r.period.effective_to.isoformat() if r.period.effective_to else None,
        "source": {"id": src.id, "title": src.title, "url": src.url, "document": src.document,
                   "kind": src.kind, "copy_of": src.copy_of},
        "as_of": r.period.as_of,
        "status": status,
        "cite": r.period.cite, "bound": bound, "basis": basis,
        "confidence": r.period.confidence,
        "origin": _origin(r.region, reg), "file": r.region,
    }

def show(region: str, on: dt.date | None = None, root: Path | None = None) -> list[dict[str, Any]]:
    """The parameters in force for `region` on `on`, each with its value, period, source and origin.

    Core parameters that nothing supplies are listed too, with origin "default" and a null value.
    """
    root = root or policy_root()
    on = on or dt.date.today()
    reg = resolve_region(region, root)
    chain = _chain(reg, on, root)
    rows: list[dict[str, Any]] = []
    for key in sorted({k for f in chain.files for k in f.parameters}):
        r = chain.get(key, on)
        if r is None:
            continue
        rows.append(_shown_row(key, r, reg, figure_status(r), r.period.bound, r.period.basis))
    # Figures found but deliberately not used (a file's `not_used`): shown as what they are, not as "default".
    for key in sorted({k for f in chain.files for k in f.not_used}):
        r = chain.withheld(key, on)
        if r is None:
            continue
        row = _shown_row(key, r, reg, "not_used", None, None)
        row["reason"] = {"zh": r.period.reason.zh, "en": r.period.reason.en} if r.period.reason else None
        rows.append(row)
    held = {r["key"] for r in rows if r["status"] == "not_used"}
    for cid, status in _core_status(chain, reg, on).items():
        if status["status"] == "default" and cid not in held:
            rows.append({"key": cid, "value": None, "effective_from": None, "effective_to": None, "as_of": False,
                         "status": "default", "source": None,
                         "cite": None, "bound": None, "basis": None, "confidence": None, "origin": "default",
                         "file": None})
    rows.sort(key=lambda r: r["key"])
    return rows


def coverage(root: Path | None = None, on: dt.date | None = None) -> dict[str, Any]:
    """Per region and core parameter: sourced (its own or its province's file), national, or default."""
    from medins_cli.policy_keys import CORE_IDS

    root = root or policy_root()
    on = on or dt.date.today()
    regions = []
    totals = {"sourced": 0, "national": 0, "default": 0}
    for region in _listed_regions(root):
        chain = _chain(region, on, root)
        core = _core_status(chain, region, on)
        counts = {s: sum(1 for c in core.values() if c["status"] == s) for s in totals}
        for s in totals:
            totals[s] += counts[s]
        own = _own_file(region, chain)
        path = regional_file_for(region.code, root)
        regions.append({
            "code": region.code, "name": region.name, "level": _level(region.kind), "province": region.province,
            "file": path.name if path else None,
            "comment_only": bool(own is not None and not own.parameters),
            "counts": counts,
            "parameters": core,
        })
    return {
        "schema": "medins-coverage/1",
        "date": on.isoformat(),
        "core": list(CORE_IDS),
        "regions": regions,
        "totals": {
            "regions": len(regions),
            "provinces": sum(1 for r in regions if r["code"] == r["province"]),
            "core_parameters": len(CORE_IDS),
            **totals,
            "regions_with_sourced": sum(1 for r in regions if r["counts"]["sourced"]),
        },
    }


__all__ = ["Problem", "ValidationResult", "coverage", "list_regions", "resolve_region", "show", "validate",
           "validate_all"]


# --------------------------------------------------------------------------------------------- review

REVIEW_REASONS = ("ended", "old", "low")


def _national_kind(source_id: str) -> str:
    from medins_cli.policy import load_national

    src = load_national().sources.get(source_id)
    return src.kind if src is not None else "copy"


def review(root: Path | None = None, on: dt.date | None = None, years: int = STALE_AFTER_YEARS) -> dict[str, Any]:
    """What a maintainer should re-check on `on` (e.g. each January), region file by region file.

    - ended: a parameter whose last period ended before `on` with nothing after it (a yearly figure such as a
      大病保险 起付线 that needs this year's value; until then the advice treats it as unknown);
    - old: a value in force since more than `years` years before `on` (still right? look for a newer notice);
    - low: a value in force that rests only on a third-party source (`confidence: low`).
    """
    from medins_cli.policy import _regional_index, load_file

    root = root or policy_root()
    on = on or dt.date.today()
    cutoff = years_before(on, years)
    items: list[dict[str, Any]] = []
    for code, path in sorted(_regional_index(root).items()):
        pf = load_file(path)
        for key, periods in sorted(pf.parameters.items()):
            last = max(periods, key=lambda p: p.effective_from)
            current = period_in_force(periods, on)
            reasons = []
            if current is None and last.effective_to is not None and last.effective_to < on:
                reasons.append("ended")
                shown = last
            elif current is not None and current.value is not None:
                shown = current
                if current.effective_from < cutoff:
                    reasons.append("old")
                if current.confidence == "low":
                    reasons.append("low")
            if reasons:
                items.append({
                    "region": code, "name": pf.name, "file": path.name, "key": key, "reasons": reasons,
                    # As `show` gives it (a list of bands stays a list): one way of showing a value.
                    "value": shown.value, "effective_from": shown.effective_from.isoformat(),
                    "effective_to": shown.effective_to.isoformat() if shown.effective_to else None,
                    "source": shown.source, "confidence": shown.confidence,
                    "kind": (pf.sources[shown.source].kind if shown.source in pf.sources
                             else _national_kind(shown.source)),
                    "as_of": shown.as_of,
                    "status": period_status(shown, code),
                })
    return {
        "schema": "medins-policies-review/1",
        "date": on.isoformat(),
        "years": years,
        "items": items,
        "totals": {r: sum(1 for i in items if r in i["reasons"]) for r in REVIEW_REASONS},
    }


# --------------------------------------------------------------------------------------------- provenance table

_TABLE_LABELS = {
    "inpatient.deductible.employee": "ded. E", "inpatient.deductible.resident": "ded. R",
    "inpatient.ratio.employee.in_service": "ratio E", "inpatient.ratio.employee.retired": "ratio E-retired",
    "inpatient.ratio.resident": "ratio R", "inpatient.cap.employee": "cap E", "inpatient.cap.resident": "cap R",
    "serious_illness.deductible.resident": "大病 ded. R", "serious_illness.ratio.resident": "大病 ratio R",
    "cross_province.reduction.employee.temporary": "cut E temporary",
    "cross_province.reduction.resident.temporary": "cut R temporary",
    "cross_province.reduction.employee.unfiled": "cut E unfiled",
    "cross_province.reduction.resident.unfiled": "cut R unfiled",
    "emergency.registration_window": "emergency window", "manual_claim.deadline": "claim deadline",
    "filing.temporary.validity_months": "filing validity", "personal_account.cross_province": "personal account",
}
TABLE_START = "<!-- provenance-table"
TABLE_END = "<!-- /provenance-table -->"
_LEVEL = re.compile(r"^(.*)\.level([123])$")


def provenance_rows(root: Path | None = None, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Per region: which core figures are sourced (figure_status), from what kind of source, as of which dates."""
    root = root or policy_root()
    on = on or dt.date.today()
    rows = []
    for region in _listed_regions(root):
        chain = _chain(region, on, root)
        groups: dict[str, list[str]] = {}
        kinds: dict[str, str] = {}
        dates: set[tuple[str, bool]] = set()
        for cid, item in _core_status(chain, region, on).items():
            if item["status"] != "sourced":
                continue
            m = _LEVEL.match(cid)
            stem, level = (m.group(1), m.group(2)) if m else (cid, "")
            groups.setdefault(stem, []).append(level)
            r = chain.get(item["key"], on)
            if r is not None:
                kinds[r.source.id] = r.source.kind
                dates.add((r.effective_from.isoformat(), r.period.as_of))
        rows.append({
            "code": region.code, "name": region.name,
            "sourced": sum(len(v) for v in groups.values()),
            "figures": [(_TABLE_LABELS.get(stem, stem), [lv for lv in levels if lv])
                        for stem, levels in groups.items()],
            "official": sum(1 for k in kinds.values() if k == "official"),
            "copy": sum(1 for k in kinds.values() if k != "official"),
            "dates": sorted(dates),
        })
    return rows


def provenance_table(root: Path | None = None, on: dt.date | None = None) -> str:
    """The Markdown table docs/policies.md carries between its provenance-table markers (generated, never edited)."""
    from medins_cli.policy_keys import CORE_IDS

    on = on or dt.date.today()
    out = [f"{TABLE_START} date={on.isoformat()} -->",
           f"Generated by `python tools/make_policy_table.py` for {on.isoformat()}; do not edit by hand. "
           f"Sourced = the region's own (or its province's) rule in force, of {len(CORE_IDS)} core figures "
           "(E 职工, R 城乡居民; digits are hospital levels). Sources: official = the issuing body's own page or "
           "account, copy = a repost (low confidence). Dates: effective dates of the figures; \"as of\" where only a "
           "page's or letter's date is known.",
           "",
           "| region | sourced | figures | sources | dates |",
           "|---|---|---|---|---|"]
    for r in provenance_rows(root, on):
        figures = "; ".join(f"{label} {'·'.join(levels)}".strip() for label, levels in r["figures"]) or "—"
        sources = " · ".join(p for p in (f"{r['official']} official" if r["official"] else "",
                                         f"{r['copy']} copy" if r["copy"] else "") if p) or "—"
        dates = ", ".join(f"as of {d}" if as_of else d for d, as_of in r["dates"]) or "—"
        out.append(f"| {r['code']} {r['name']} | {r['sourced']}/{len(CORE_IDS)} | {figures} | {sources} | {dates} |")
    out.append(TABLE_END)
    return "\n".join(out)


def replace_provenance_table(doc: str, table: str) -> str:
    """`doc` with the text between the provenance-table markers replaced by `table` (markers included)."""
    start = doc.index(TABLE_START)
    end = doc.index(TABLE_END, start) + len(TABLE_END)
    return doc[:start] + table + doc[end:]


def provenance_table_date(doc: str) -> dt.date:
    """The date the committed table was generated for (from its start marker)."""
    m = re.search(re.escape(TABLE_START) + r" date=(\d{4}-\d{2}-\d{2}) -->", doc)
    if m is None:
        raise ValueError("docs/policies.md has no provenance-table marker")
    return dt.date.fromisoformat(m.group(1))

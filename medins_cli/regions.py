"""Regions by GB/T 2260 code, and the resolver for what people type (江苏 / 江苏省 / jiangsu / 320000)."""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from medins_cli.errors import InputError
from medins_cli.msg import M, Msg
from medins_cli.policy_files import policy_root


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short: str
    pinyin: str
    kind: str  # province | municipality | autonomous_region | prefecture | county
    province: str  # code of the provincial-level region (its own code for a province)
    parent: str | None = None  # the prefecture of a county-level unit
    # The pooling area (统筹地区) most places have: a county's prefecture, a municipality's district's
    # municipality; a unit a province governs directly (仙桃, 济源) is its own. Filled in by the table.
    area: str = ""
    province_name: str = ""
    parent_name: str | None = None

    @property
    def is_provincial(self) -> bool:
        return self.code == self.province

    def chain(self) -> list[str]:
        """Codes from the province down to this region: the order policies are layered in."""
        codes = [self.province]
        if self.parent and self.parent not in codes:
            codes.append(self.parent)
        if self.code not in codes:
            codes.append(self.code)
        return codes

    @cached_property
    def chain_codes(self) -> tuple[str, ...]:
        """chain() as a tuple, worked out once per region (what load_chain is given for every case)."""
        return tuple(self.chain())

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "name": self.name}

    @property
    def where(self) -> str:
        """The province (and prefecture) a prefecture or county lies in: 辽宁省, 江苏省南京市; "" for a province."""
        if self.is_provincial:
            return ""
        return self.province_name + (self.parent_name or "")

    @property
    def area_name(self) -> str:
        """The name of the pooling area: 南京市 for 鼓楼区, 北京市 for 朝阳区, 仙桃市 for itself."""
        if self.area == self.parent and self.parent_name:
            return self.parent_name
        if self.area == self.province and self.province_name:
            return self.province_name
        return self.name

    def qualified(self) -> str:
        """A name that resolves to this region alone, as people write it: 北京朝阳区, 江苏南京鼓楼区, 辽宁朝阳市."""
        return self.name if self.is_provincial else self.where + self.name


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_'’·")


@dataclass(frozen=True)
class CountyNames:
    """The names only counties have, and the county codes a city's name hides (西安 → 辽源's 西安区, for 辽源西安)."""

    index: dict[str, tuple[str, ...]]
    shadowed: dict[str, tuple[str, ...]]


MAX_RESOLVED = 4096
_ROW = ("name", "short", "pinyin", "kind", "province", "parent", "area", "province_name", "parent_name")


class RegionTable:
    """Regions by code and the name index. The upper part (provinces, prefectures, municipalities' districts)
    is always loaded; the ~2,800 counties' rows and names each on first need: most runs name a city, and
    unpickling the counties would double the start-up cost."""

    def __init__(self, upper_by_code: dict[str, Region], index: dict[str, tuple[str, ...]],
                 codes: frozenset[str]) -> None:
        self.upper_by_code = upper_by_code
        self.index = index  # normalised name -> codes, names of the upper part (a key here needs no county)
        self.codes = codes  # every code, counties' too
        self._rows: dict[str, tuple[str | None, ...]] | None = None
        self._names: CountyNames | None = None
        self._counties: dict[str, Region] = {}
        self._resolved: dict[str, Region] = {}  # resolve's memo of names read the long way
        # What resolve gave for a name exactly as it was typed (spaces around it and all): a batch reads its lines'
        # names here at once. Filled by remember_typed; cleared when full, so memory stays flat.
        self.typed: dict[str, Region] = {}
        self._load: Callable[[str], Any] | None = None  # "rows" | "names" -> that part (set by load_regions)

    def __getstate__(self) -> dict[str, Any]:  # the compiled cache holds the county parts apart
        return {"upper_by_code": self.upper_by_code, "index": self.index, "codes": self.codes}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def _part(self, which: str) -> Any:
        if self._load is None:
            return {} if which == "rows" else CountyNames({}, {})
        return self._load(which)

    def _names_part(self) -> CountyNames:
        if self._names is None:
            self._names = self._part("names")
        return self._names

    def _county(self, code: str) -> Region:
        region = self._counties.get(code)
        if region is None:
            if self._rows is None:
                self._rows = self._part("rows")
            region = self._counties[code] = Region(code, **dict(zip(_ROW, self._rows[code], strict=True)))
        return region

    @property
    def by_code(self) -> dict[str, Region]:
        """Every region by code (builds the counties)."""
        return {c: self.get(c) for c in sorted(self.codes)}

    def get(self, code: str) -> Region:
        region = self.upper_by_code.get(code)
        return region if region is not None else self._county(code)

    def provinces(self) -> list[Region]:
        return [r for r in self.upper_by_code.values() if r.is_provincial]

    def _lookup(self, key: str) -> tuple[str, ...]:
        return self.index.get(key) or self._names_part().index.get(key) or ()

    def resolve(self, text: str, *, field: str = "region") -> Region:
        codes = self.index.get(text)  # most input is already a normalised name (临沂, 320000): skip NFKC
        if codes and len(codes) == 1:
            return self.upper_by_code[codes[0]]
        region = self._resolved.get(text)
        if region is None:
            region = self._resolve(text, field)
            # A name that needed the full reading (北京市朝阳区, Nanjing, a county) is remembered: the table never
            # changes, and what a batch names recurs. Only names that resolve (`field` is only in the errors);
            # cleared when full, so memory stays flat whatever the input.
            if len(self._resolved) >= MAX_RESOLVED:
                self._resolved.clear()
            self._resolved[text] = region
        return region

    def remember_typed(self, typed: str, region: Region) -> None:
        """`region` is what resolve gave for `typed` with the spaces around it stripped."""
        if len(self.typed) >= MAX_RESOLVED:
            self.typed.clear()
        self.typed[typed] = region

    def _resolve(self, text: str, field: str) -> Region:
        key = _norm(text)
        if not key:
            raise InputError("region_empty", field=field)
        if key.isdigit() and len(key) == 6:
            if key in self.codes:
                return self.get(key)
            raise InputError("region_unknown_code", field=field, value=text)
        codes = self._lookup(key) or self._qualified(key)
        if codes and len(codes) == 1:
            return self.get(codes[0])
        if codes:
            # Never picked silently (朝阳 is 北京's 朝阳区 and 辽宁's 朝阳市): the candidates, each with where it is.
            raise InputError("region_ambiguous", field=field, value=text, options=self._options(codes),
                             example=self.get(codes[0]).qualified())
        # Suggestions come from the upper part's names only: 2,800 counties' names would drown the cities.
        close = difflib.get_close_matches(key, list(self.index), n=8, cutoff=0.5)
        seen: list[str] = []
        for k in close:
            for c in self.index[k]:
                if c not in seen:
                    seen.append(c)
        # Also offer names that merely contain what was typed (南京 inside 南京市 is already exact;
        # this catches partial pinyin like "guang" or a two-character fragment).
        if len(seen) < 5 and len(key) >= 2:
            for k, cs in self.index.items():
                if key in k:
                    for c in cs:
                        if c not in seen:
                            seen.append(c)
                if len(seen) >= 5:
                    break
        options = self._options(seen[:5])
        if options:
            raise InputError("region_unknown_suggest", field=field, value=text, options=options)
        raise InputError("region_unknown", field=field, value=text)

    def _options(self, codes: Sequence[str]) -> tuple[Msg, ...]:
        """Each candidate with where it is: 朝阳区（北京市，110105）、朝阳市（辽宁省，211300）."""
        regions = [self.get(c) for c in codes]
        return tuple(M("region.option", name=r.name, where=r.where, code=r.code) if r.where else
                     M("region.option_provincial", name=r.name, code=r.code) for r in regions)

    def candidates(self, text: str) -> list[Region]:
        """Every region `text` may mean (one when it is clear, none when unknown): the wizard offers these."""
        key = _norm(text)
        if key.isdigit():
            return [self.get(key)] if key in self.codes else []
        return [self.get(c) for c in self._lookup(key) or self._qualified(key)]

    def _qualified(self, key: str, depth: int = 0) -> tuple[str, ...]:
        """北京朝阳 / 北京市朝阳区 / 江苏南京鼓楼 / nanjinggulou: a place named with what contains it, the
        contained one kept only where the container is in its chain. Tried only when the whole text is no name."""
        if depth > 2 or len(key) < 3:
            return ()
        found: list[str] = []
        for i in range(2, len(key) - 1):
            heads = self.index.get(key[:i])
            if not heads:
                continue
            tail = key[i:]
            hidden = self._names_part().shadowed.get(tail, ())
            tails = (*self._lookup(tail), *hidden) or self._qualified(tail, depth + 1)
            for c in tails:
                region = self.get(c)
                if c not in found and any(h in region.chain() and h != c for h in heads):
                    found.append(c)
        if any(self.get(c).kind != "county" for c in found):  # 辽宁朝阳 is 朝阳市, as 朝阳 alone would be
            found = [c for c in found if _upper(self.get(c))]
        return tuple(found)


def _regions_file(root: Path | None = None) -> Path:
    return (root or policy_root()) / "regions.json"


MAX_REGIONS_BYTES = 4 * 1024 * 1024  # the shipped table is about 450 KB (3,210 regions)
_REQUIRED = ("code", "name", "short", "pinyin", "kind")


def _read_regions(path: Path) -> dict:
    """regions.json of the policy data (MEDINS_POLICY_DIR may point anywhere): read bounded, shape checked."""
    return _parse_regions(_regions_bytes(path), path)


def _regions_bytes(path: Path) -> bytes:
    from medins_cli.errors import PolicyError
    from medins_cli.files import FileProblem, read_bounded
    from medins_cli.policy import _file_problem

    try:
        return read_bounded(path, MAX_REGIONS_BYTES)
    except FileProblem as exc:
        raise PolicyError("policy_regions_bad", file=str(path), problem=_file_problem(exc)) from None


def _parse_regions(raw: bytes, path: Path) -> dict:
    from medins_cli.errors import PolicyError
    from medins_cli.msg import M

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        problem = exc.msg if isinstance(exc, json.JSONDecodeError) else M("policy_regions_shape")
        raise PolicyError("policy_regions_bad", file=str(path), problem=problem) from None
    rows = data.get("regions") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not all(
            isinstance(r, dict) and all(isinstance(r.get(k), str) and r.get(k) for k in _REQUIRED)
            and all(isinstance(r.get(k), (str, type(None))) for k in ("province", "parent")) for r in rows):
        raise PolicyError("policy_regions_bad", file=str(path), problem=M("policy_regions_shape"))
    return data


@lru_cache(maxsize=4)
def load_regions(root: Path | None = None) -> RegionTable:
    from medins_cli import compiled

    path = _regions_file(root)
    raw = _regions_bytes(path)
    # The index normalises ~3,200 names; compiled once per regions.json content (compiled.py), in three parts so
    # that a run naming a city never unpickles the counties.
    name = compiled.key("regions", raw)
    table = compiled.load(name)
    built: dict[str, Any] = {}
    if not isinstance(table, RegionTable):
        table, built["rows"], built["names"] = _build(_parse_regions(raw, path))
        compiled.store(name, table)
        for which in ("rows", "names"):
            compiled.store(f"{name}-{which}", built[which])

    def load_part(which: str) -> Any:
        part = built.get(which) or compiled.load(f"{name}-{which}")
        if part is None:  # pruned from the cache: compiled again
            _, built["rows"], built["names"] = _build(_parse_regions(_regions_bytes(path), path))
            part = built[which]
            compiled.store(f"{name}-{which}", part)
        return part

    table._load = load_part
    return table


_SUFFIX_PINYIN = {"市": "shi", "区": "qu", "县": "xian"}


def _build(data: dict) -> tuple[RegionTable, dict[str, tuple[str | None, ...]], CountyNames]:
    rows = data["regions"]
    names = {row["code"]: row["name"] for row in rows}
    kinds = {row["code"]: row["kind"] for row in rows}
    by_code: dict[str, Region] = {}
    for row in rows:
        code = row["code"]
        province = row.get("province") or code
        parent = row.get("parent")
        if row["kind"] == "county":
            area = parent or (province if kinds.get(province) == "municipality" else code)
        else:
            area = code
        by_code[code] = Region(
            code=code,
            name=row["name"],
            short=row["short"],
            pinyin=row["pinyin"],
            kind=row["kind"],
            province=province,
            parent=parent,
            area=area,
            province_name=names.get(province, ""),
            parent_name=names.get(parent) if parent else None,
        )
    index: dict[str, list[str]] = {}

    def add(name: str, code: str) -> None:
        k = _norm(name)
        if k and code not in index.setdefault(k, []):
            index[k].append(code)

    for r in by_code.values():
        add(r.code, r.code)
        add(r.name, r.code)
        # A short name shared by a province and a city (吉林 = 吉林省 or 吉林市), or by a city and a municipality's
        # district (朝阳 = 北京's 朝阳区 or 辽宁's 朝阳市), is ambiguous: the person is asked (wizard) or told the
        # candidates (flags), never given one silently.
        add(r.short, r.code)
        add(r.pinyin, r.code)
        if not r.is_provincial:
            add(r.pinyin + _SUFFIX_PINYIN.get(r.name[-1], ""), r.code)
    upper_index: dict[str, tuple[str, ...]] = {}
    county_index: dict[str, tuple[str, ...]] = {}
    shadowed: dict[str, tuple[str, ...]] = {}
    for k, codes in index.items():
        regions = [by_code[c] for c in codes]
        if not any(_upper(r) for r in regions):
            county_index[k] = tuple(codes)
            continue
        # A county yields a name it shares with a province or a prefecture-level city (西安 is 西安市, not 辽源's
        # 西安区; nanjing is 南京, not 南靖; 朝阳县 lies in 朝阳市 anyway). A municipality's district does not: it is
        # named as cities are (朝阳 is asked: 北京's 朝阳区 or 辽宁's 朝阳市), and among counties nobody yields
        # (朝阳区 is asked: 北京's or 长春's).
        yields = any(r.kind != "county" for r in regions)
        upper_index[k] = tuple(r.code for r in regions if _upper(r) or not yields)
        hidden = tuple(r.code for r in regions if yields and not _upper(r))
        if hidden:
            shadowed[k] = hidden  # still meant in 长春朝阳, 辽源西安
    table = RegionTable({c: r for c, r in by_code.items() if _upper(r)}, upper_index, frozenset(by_code))
    rows = {c: tuple(getattr(r, f) for f in _ROW) for c, r in by_code.items() if not _upper(r)}
    return table, rows, CountyNames(county_index, shadowed)


def _upper(r: Region) -> bool:
    """Provinces, prefecture-level cities and the municipalities' districts (named as people name cities)."""
    return r.kind != "county" or r.area == r.province

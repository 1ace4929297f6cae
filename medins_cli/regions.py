"""Regions by GB/T 2260 code, and the resolver for what people type (江苏 / 江苏省 / jiangsu / 320000)."""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from medins_cli.errors import InputError
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

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "name": self.name}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-_'’·")


@dataclass(frozen=True)
class RegionTable:
    by_code: dict[str, Region]
    index: dict[str, tuple[str, ...]]  # normalised name -> codes

    def get(self, code: str) -> Region:
        return self.by_code[code]

    def provinces(self) -> list[Region]:
        return [r for r in self.by_code.values() if r.is_provincial]

    def resolve(self, text: str, *, field: str = "region") -> Region:
        codes = self.index.get(text)  # most input is already a normalised name (临沂, 320000): skip NFKC
        if codes and len(codes) == 1:
            return self.by_code[codes[0]]
        key = _norm(text)
        if not key:
            raise InputError("region_empty", field=field)
        if key.isdigit() and len(key) == 6:
            if key in self.by_code:
                return self.by_code[key]
            raise InputError("region_unknown_code", field=field, value=text)
        codes = self.index.get(key)
        if codes and len(codes) == 1:
            return self.by_code[codes[0]]
        if codes:
            options = ", ".join(f"{self.by_code[c].name} ({c})" for c in codes)
            raise InputError("region_ambiguous", field=field, value=text, options=options)
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
        options = ", ".join(f"{self.by_code[c].name} ({c})" for c in seen[:5])
        if options:
            raise InputError("region_unknown_suggest", field=field, value=text, options=options)
        raise InputError("region_unknown", field=field, value=text)


def _regions_file(root: Path | None = None) -> Path:
    return (root or policy_root()) / "regions.json"


MAX_REGIONS_BYTES = 4 * 1024 * 1024  # the shipped table is about 50 KB
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
    # The index normalises ~2,500 names; compiled once per regions.json content (compiled.py).
    name = compiled.key("regions", raw)
    table = compiled.load(name)
    if not isinstance(table, RegionTable):
        table = _build(_parse_regions(raw, path))
        compiled.store(name, table)
    return table


def _build(data: dict) -> RegionTable:
    by_code: dict[str, Region] = {}
    for row in data["regions"]:
        code = row["code"]
        province = row.get("province") or code
        by_code[code] = Region(
            code=code,
            name=row["name"],
            short=row["short"],
            pinyin=row["pinyin"],
            kind=row["kind"],
            province=province,
            parent=row.get("parent"),
        )
    index: dict[str, list[str]] = {}

    def add(name: str, code: str) -> None:
        k = _norm(name)
        if k and code not in index.setdefault(k, []):
            index[k].append(code)

    for r in by_code.values():
        add(r.code, r.code)
        add(r.name, r.code)
        # A short name shared by a province and a city (吉林 = 吉林省 or 吉林市) is ambiguous: the person is
        # asked (wizard) or told to write the full name (flags), never given one silently.
        add(r.short, r.code)
        add(r.pinyin, r.code)
        if not r.is_provincial:
            add(r.pinyin + ("shi" if r.name.endswith("市") else ""), r.code)
    return RegionTable(by_code=by_code, index={k: tuple(v) for k, v in index.items()})

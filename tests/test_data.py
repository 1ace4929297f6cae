"""The shipped data: every policy file loads, every value is dated and sourced, regions are complete."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from medins_cli.errors import InputError, PolicyError
from medins_cli.messages import C
from medins_cli.policy import load_file, load_national, parse_policy
from medins_cli.regions import load_regions

ROOT = Path(__file__).resolve().parent.parent
POLICY_FILES = sorted((ROOT / "policies" / "regions").glob("*.yaml"))


def test_regions_table() -> None:
    table = load_regions()
    provinces = table.provinces()
    assert len(provinces) == 31
    assert table.resolve("江苏").code == table.resolve("江苏省").code == table.resolve("jiangsu").code == "320000"
    assert table.resolve("南京").code == table.resolve("南京市").code == table.resolve("320100").code == "320100"
    assert table.resolve("Shaanxi").code == "610000" and table.resolve("shanxi").code == "140000"
    assert table.resolve("吉林省").code == "220000" and table.resolve("吉林市").code == "220200"
    with pytest.raises(InputError, match=r"吉林省 \(220000\), 吉林市 \(吉林省, 220200\)"):  # both: asked, never guessed
        table.resolve("吉林")
    capitals = [r for r in table.by_code.values() if r.kind == "prefecture" and r.code.endswith("0100")]
    assert len(capitals) == 27


@pytest.mark.parametrize("path", POLICY_FILES, ids=lambda p: p.name)
def test_policy_file_loads_and_matches_region(path: Path) -> None:
    pf = load_file(path)
    assert path.name.startswith(pf.region)
    assert pf.region in load_regions().by_code
    for key, periods in pf.parameters.items():
        for p in periods:
            assert p.source in pf.sources or p.source in load_national().sources, key
            assert p.cite, f"{path.name}: {key} has no cite"


def test_national_values_all_cited() -> None:
    nat = load_national()
    for key, periods in nat.parameters.items():
        for p in periods:
            assert p.cite and p.source, key
    for s in nat.sources.values():
        assert s.document or s.issuer


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("region: '110000'\nparameters: {a: [{value: 1, source: x}]}\nsources: {x: {title: t}}",
         "policy_missing_field"),
        ("region: '110000'\nparameters: {a: [{effective_from: 2024-01-01, value: 1, source: y}]}\n",
         "policy_unknown_source"),
        ("region: '110000'\nparameters: {on: [{effective_from: 2024-01-01, value: 1, source: x}]}\n"
         "sources: {x: {title: t}}", "policy_bad_key"),
        ("region: 110000\n", "policy_bad_region"),
        ("region: '110000'\nparameters: {a: [{effective_from: 2024-01-01, value: 1, source: x},"
         " {effective_from: 2024-01-01, value: 2, source: x}]}\nsources: {x: {title: t}}", "policy_duplicate_period"),
        ("region: '110000'\n  bad: [\n", "policy_bad_yaml"),
        ("region: '110000'\nparameters: {a: [{effective_from: 2024-02-30, value: 1, source: x}]}\n"
         "sources: {x: {title: t}}", "policy_bad_yaml"),
        ("region: '110000'\nparameters: {a: [{effective_from: '2024-13-01', value: 1, source: x}]}\n"
         "sources: {x: {title: t}}", "policy_bad_date"),
    ],
)
def test_broken_policy_files_give_precise_errors(text: str, key: str) -> None:
    with pytest.raises(PolicyError) as exc:
        parse_policy(text, Path("broken.yaml"))
    assert exc.value.key == key
    assert "broken.yaml" in exc.value.message("en")


def test_catalogue_complete_in_both_languages() -> None:
    fmt = string.Formatter()
    for key, (zh, en) in C.items():
        assert zh and en, key
        fields_zh = {f for _, f, _, _ in fmt.parse(zh) if f}
        fields_en = {f for _, f, _, _ in fmt.parse(en) if f}
        assert fields_zh == fields_en, key


def test_every_message_key_used_in_code_exists() -> None:
    keys: set[str] = set()
    for path in (ROOT / "medins_cli").glob("*.py"):
        src = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r'\bM\("([a-z_.0-9]+)"', src))
        keys |= set(re.findall(r'(?:InputError|PolicyError|MedinsError)\("([a-z_.0-9]+)"', src))
    missing = sorted(k for k in keys if k not in C)
    assert missing == []

"""Place names as people type them: districts and counties (区/县/县级市) resolve to their place in the table,
a name several places share is asked, never guessed, and the header shows where a place lies."""

from __future__ import annotations

import subprocess

import pytest
from conftest import advise
from test_installed import medins_cmd

from medins_cli.errors import InputError
from medins_cli.exports import to_html, to_markdown
from medins_cli.messages import tm
from medins_cli.page import build_page
from medins_cli.regions import load_regions

TODAY = ["--today", "2026-12-01", "--event-date", "2026-12-20"]


def check(*args: str, lang: str = "zh") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*medins_cmd(), "check", "-s", "temporary", *args, *TODAY, "--lang", lang],
                          capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "COLUMNS": "300"})


# ------------------------------------------------------------------------------------------ the table

def test_table_has_every_county_with_its_prefecture_and_province() -> None:
    table = load_regions()
    regions = list(table.by_code.values())
    kinds = [r.kind for r in regions]
    assert (len(table.provinces()), kinds.count("prefecture"), kinds.count("county")) == (31, 333, 2846)
    for r in regions:
        if r.kind != "county":
            continue
        assert r.province == r.code[:2] + "0000"
        if r.parent:  # a county lies in a prefecture of its own province
            assert table.get(r.parent).kind == "prefecture" and r.parent[:2] == r.code[:2], r
            assert r.chain() == [r.province, r.parent, r.code] and r.area == r.parent
        else:  # a municipality's district, or a unit its province governs directly (仙桃, 济源, 石河子)
            municipal = table.get(r.province).kind == "municipality"
            assert municipal or r.code[2:4] == "90", r
            assert r.chain() == [r.province, r.code] and r.area == (r.province if municipal else r.code)
    # Changes after 2023, from the cross-checked source: 米林县 and 错那县 became cities, 和康县 and 和安县 are new.
    assert [table.get(c).name for c in ("540481", "540581", "653228", "653229")] == ["米林市", "错那市", "和康县",
                                                                                   "和安县"]
    assert "540422" not in table.codes


@pytest.mark.parametrize(("typed", "code"), [
    ("海淀", "110108"), ("海淀区", "110108"), ("浦东新区", "310115"), ("浦东", "310115"), ("昆山", "320583"),
    ("义乌市", "330782"), ("神农架", "429021"), ("长阳", "420528"), ("haidian", "110108"),
    # A place named with what contains it, as people write it.
    ("北京朝阳", "110105"), ("北京市朝阳区", "110105"), ("辽宁朝阳", "211300"), ("长春朝阳", "220104"),
    ("南京鼓楼", "320106"), ("江苏南京鼓楼区", "320106"), ("福州鼓楼区", "350102"), ("beijing chaoyang", "110105"),
    # A county yields a name it shares with a province or a city: 西安 is 西安市, not 辽源's 西安区.
    ("西安", "610100"), ("大同", "140200"), ("nanjing", "320100"), ("海南", "460000"), ("河南", "410000"),
    ("辽源西安", "220403"), ("阜新", "210900"),
])
def test_names_people_type(typed: str, code: str) -> None:
    assert load_regions().resolve(typed).code == code


@pytest.mark.parametrize(("typed", "codes"), [
    ("朝阳", ["110105", "211300"]), ("chaoyang", ["110105", "211300"]), ("朝阳区", ["110105", "220104"]),
    ("鼓楼", ["320106", "320302", "350102", "410204"]), ("通州", ["110112", "320612"]),
])
def test_a_shared_name_is_asked(typed: str, codes: list[str]) -> None:
    table = load_regions()
    with pytest.raises(InputError) as exc:
        table.resolve(typed)
    assert exc.value.key == "region_ambiguous"
    assert [r.code for r in table.candidates(typed)] == codes


def test_ambiguous_name_message_lists_the_places_with_their_province() -> None:
    proc = check("--insured-in", "北京", "--treated-in", "朝阳")
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == ("medins: 错误: --treated-in：“朝阳” 有多个匹配：朝阳区（北京市，110105）、"
                           "朝阳市（辽宁省，211300）。请写全称、加上所在省市（如 北京市朝阳区）或写代码。\n")
    proc = check("--insured-in", "北京", "--treated-in", "鼓楼", lang="en")
    assert proc.returncode == 2
    assert proc.stderr == ("medins: error: --treated-in: '鼓楼' matches several regions: "
                           "鼓楼区 (江苏省南京市, 320106), 鼓楼区 (江苏省徐州市, 320302), "
                           "鼓楼区 (福建省福州市, 350102), 鼓楼区 (河南省开封市, 410204). "
                           "Write the full name, add the province or city (e.g. 江苏省南京市鼓楼区), "
                           "or use the code.\n")


# ------------------------------------------------------------------------------------------ the advice

def test_district_of_the_home_municipality_is_the_same_pooling_area() -> None:
    proc = check("--insured-in", "北京", "--treated-in", "北京朝阳")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[1:3] == [
        "北京市 参保 → 朝阳区（北京市） 就医 · 其他临时外出就医 · 职工医保 · 2026-12-20",
        "参保地和就医地同属北京市，一般是同一统筹地区：不需要办理异地就医备案，按本地政策就医结算（所在区县另有规定的，"
        "以当地医保经办机构为准）。"]
    a = advise(scenario="temporary", insured_in="海淀", treated_in="北京", event_date="2026-12-20")
    assert a.relation == "same_region" and a.filings == []
    assert tm(a.summary, "en") == ("Insured and treated within 北京市, which is normally one pooling area: no "
                                   "out-of-region filing is needed; local rules apply (if your district or county has "
                                   "its own rules, its insurance office's word prevails).")


def test_county_and_its_prefecture_share_the_pooling_area() -> None:
    a = advise(scenario="temporary", insured_in="苏州", treated_in="昆山", event_date="2026-12-20")
    assert a.relation == "same_region" and a.filings == []
    b = advise(scenario="temporary", insured_in="昆山", treated_in="南京", event_date="2026-12-20")
    assert b.relation == "intra_province"
    c = advise(scenario="temporary", insured_in="武汉", treated_in="仙桃", event_date="2026-12-20")
    assert c.relation == "intra_province"  # 仙桃 is governed by 湖北 directly: its own area


def test_county_insured_reads_its_prefecture_and_province_policies() -> None:
    county = advise(scenario="temporary", insured_in="溧阳", treated_in="上海", event_date="2026-12-20", cost="20000")
    assert county.case.insured.chain() == ["320000", "320400", "320481"]
    district = advise(scenario="temporary", insured_in="北京朝阳", treated_in="上海", event_date="2026-12-20",
                      cost="20000")
    city = advise(scenario="temporary", insured_in="北京", treated_in="上海", event_date="2026-12-20", cost="20000")
    assert district.relation == "cross_province"
    assert district.cost.out_of_pocket == city.cost.out_of_pocket  # 北京's own figures


@pytest.mark.parametrize(("treated", "zh", "en"), [
    ("南京鼓楼", "备案的就医地选鼓楼区所在的地级市南京市：备案到就医地市，可在该市所有开通跨省联网的定点医疗机构"
               "住院直接结算（经办规程第十一条）。",
     "File with 南京市, the prefecture-level city 鼓楼区 belongs to, as the place of care: a filing names the city and "
     "covers every networked hospital there (经办规程 article 11)."),
    ("浦东", "备案的就医地选上海市：备案后可在上海市所有开通跨省联网的定点医疗机构住院直接结算（经办规程第十一条）。",
     "File with 上海市 as the place of care: the filing covers inpatient care at every networked hospital there "
     "(经办规程 article 11)."),
    ("仙桃", "备案的就医地选仙桃市：备案后可在仙桃市所有开通跨省联网的定点医疗机构住院直接结算（经办规程第十一条）。",
     "File with 仙桃市 as the place of care: the filing covers inpatient care at every networked hospital there "
     "(经办规程 article 11)."),
])
def test_filing_to_a_county_names_the_city_it_files_to(treated: str, zh: str, en: str) -> None:
    """经办规程第十一条: a filing names the city of care (a municipality as a whole)."""
    a = advise(scenario="temporary", insured_in="北京" if treated != "浦东" else "临沂", treated_in=treated,
               event_date="2026-12-20")
    notes = [n for f in a.filings for n in f.notes if "file_to_" in n.key]
    assert [(tm(n, "zh"), tm(n, "en")) for n in notes] == [(zh, en)]


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "北京市 参保 → 鼓楼区（江苏省南京市） 就医 · 其他临时外出就医 · 职工医保 · 2026-12-20"),
    ("en", "Insured in 北京市 → treated in 鼓楼区 (江苏省南京市) · other temporary care · employee insurance "
           "(职工医保) · 2026-12-20"),
])
def test_header_shows_where_each_place_lies(lang: str, line: str) -> None:
    a = advise(scenario="temporary", insured_in="北京", treated_in="南京鼓楼", event_date="2026-12-20")
    assert build_page(a, lang).case_line == line
    assert line in to_markdown(a, lang) and line in to_html(a, lang)
    b = advise(scenario="temporary", insured_in="辽宁朝阳", treated_in="北京", event_date="2026-12-20")
    assert build_page(b, "zh").case_line.startswith("朝阳市（辽宁省） 参保 → 北京市 就医")


def test_wizard_saves_a_shared_name_with_what_contains_it_and_shows_where_it_lies() -> None:
    import datetime as dt

    from medins_cli.wizard import Wizard

    w = Wizard("zh", dt.date(2026, 12, 1))
    assert load_regions().resolve("北京市朝阳区").code == "110105"  # what the wizard saves for 朝阳区 picked in 北京
    assert w.display("treated_in", "北京市朝阳区") == "朝阳区（北京市）"
    assert w.display("insured_in", "临沂市") == "临沂市（山东省）" and w.display("insured_in", "北京市") == "北京市"


# ------------------------------------------------------------------------------------------ the resolver's memo

def _resolved(table, text: str):  # type: ignore[no-untyped-def]
    try:
        return table.resolve(text, field="--insured-in")
    except InputError as exc:
        return exc.key, exc.message("zh")


def test_names_read_the_long_way_are_remembered_as_read() -> None:
    import random

    from medins_cli import regions

    table = load_regions()
    every = list(table.by_code.values())
    names = [r.qualified() for r in every] + [r.pinyin.capitalize() for r in every] + [f" {r.name} " for r in every]
    names += ["北京朝阳", "朝阳", "南京鼓楼", "鼓楼区", "nanjinggulou", "不存在", "", "32000", "999999"]
    random.Random(3).shuffle(names)
    fresh = regions.RegionTable(table.upper_by_code, table.index, table.codes)
    fresh._load = table._load
    first = [_resolved(fresh, n) for n in names]
    assert [_resolved(fresh, n) for n in names] == first  # from the memo
    fresh._resolved.clear()
    assert [_resolved(fresh, n) for n in reversed(names)] == first[::-1]
    assert len(fresh._resolved) <= regions.MAX_RESOLVED
    assert all(not isinstance(v, tuple) for v in fresh._resolved.values())  # only names that resolve


def test_resolver_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from medins_cli import regions

    monkeypatch.setattr(regions, "MAX_RESOLVED", 10)
    table = load_regions()
    fresh = regions.RegionTable(table.upper_by_code, table.index, table.codes)
    fresh._load = table._load
    for r in [r for r in table.upper_by_code.values() if r.is_provincial]:
        assert fresh.resolve(f" {r.name} ") == r
        assert len(fresh._resolved) <= 10

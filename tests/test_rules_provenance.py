"""Provenance: what a source is (the issuing body's own page, or a copy), and what a date means.

A copy (repost, mirror, forum, hospital, university, SEO page, a full-text copy in a repository) is low
confidence, always: `validate` refuses one marked high or medium, the loader reads it as low whatever the file
says, and a date that is only a page's or letter's date is marked `as_of` (INTERFACES.md, docs/policies.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from medins_cli.policy import load_national, parse_policy
from medins_cli.policy_tools import validate

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"

COPY_ROW_MEDIUM = """\
schema: medins-policy/1
region: "370100"
sources:
  forum:
    kind: copy
    copy_of: 济南市医疗保障局 政策问答（测试数据）
    title: TEST FIXTURE — a forum repost
    confidence: low
parameters:
  inpatient:
    cap:
      employee:
        - {effective_from: 2024-01-01, value: 300000, source: forum, confidence: medium}
"""


def _keys(problems: list) -> list[tuple[int, str, str]]:
    return [(p.line, p.field, p.key.rsplit(".", 1)[1]) for p in problems]


def test_shipped_data_passes_validate() -> None:
    assert [p.render("en") for p in validate(POLICIES)] == []


def test_every_shipped_source_says_what_it_is() -> None:
    for path in [POLICIES / "national.yaml", *sorted((POLICIES / "regions").glob("*.yaml"))]:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for sid, src in (doc.get("sources") or {}).items():
            assert src.get("kind") in ("official", "copy"), (path.name, sid)
            if src["kind"] == "copy":
                assert src.get("confidence") == "low", (path.name, sid)
                assert src.get("copy_of"), (path.name, sid)


def test_validate_refuses_a_value_resting_on_a_copy_marked_medium(tmp_path: Path) -> None:
    path = tmp_path / "370100-copy-row.yaml"
    path.write_text(COPY_ROW_MEDIUM, encoding="utf-8")
    assert _keys(validate(path)) == [(13, "parameters.inpatient.cap.employee[0].confidence", "copy_not_low")]


def test_validate_refuses_a_copy_without_confidence_and_a_source_without_kind(tmp_path: Path) -> None:
    text = COPY_ROW_MEDIUM.replace("    confidence: low\n", "").replace(", confidence: medium", "")
    text = text.replace("sources:\n", "sources:\n  bare: {title: no kind here}\n")
    path = tmp_path / "370100-no-kind.yaml"
    path.write_text(text, encoding="utf-8")
    assert _keys(validate(path)) == [(4, "sources.bare", "source_no_kind"), (5, "sources.forum", "copy_not_low")]


def test_validate_refuses_an_unknown_kind(tmp_path: Path) -> None:
    path = tmp_path / "370100-kind.yaml"
    path.write_text(COPY_ROW_MEDIUM.replace("kind: copy", "kind: semi-official"), encoding="utf-8")
    got = _keys(validate(path))
    assert (5, "sources.forum.kind", "bad_enum") in got


def test_loader_reads_a_copy_as_low_whatever_the_file_says() -> None:
    text = COPY_ROW_MEDIUM.replace("confidence: low", "confidence: high")
    pf = parse_policy(text, Path("370100-x.yaml"), load_national().sources)
    assert pf.sources["forum"].confidence == "low"
    assert pf.parameters["inpatient.cap.employee"][0].confidence == "low"


def test_loader_reads_a_source_without_kind_as_a_copy() -> None:
    text = COPY_ROW_MEDIUM.replace("    kind: copy\n", "")
    pf = parse_policy(text, Path("370100-x.yaml"), load_national().sources)
    assert pf.sources["forum"].kind == "copy" and pf.sources["forum"].is_copy


def test_as_of_is_read_from_the_row() -> None:
    text = COPY_ROW_MEDIUM.replace("effective_from: 2024-01-01,", "effective_from: 2024-01-01, as_of: true,")
    pf = parse_policy(text, Path("370100-x.yaml"), load_national().sources)
    period = pf.parameters["inpatient.cap.employee"][0]
    assert period.as_of is True and period.effective_from == dt.date(2024, 1, 1)


def test_national_texts_are_marked_as_copies_without_an_unread_url() -> None:
    # The national texts were read from a full-text copy in a public repository, not from nhsa.gov.cn.
    nat = load_national()
    for sid in ("nhsa-2022-22", "nhsa-2024-21", "nhsa-2024-19"):
        src = nat.sources[sid]
        assert src.kind == "copy" and src.url is None and "medical-policy-rag" in (src.note or ""), sid


def test_page_dates_are_marked_as_of() -> None:
    # 大连, 广安, 溧阳, 青岛: effective_from is a page's or reply letter's date, not the policy's own.
    cases = {
        "210200-dalian.yaml": "inpatient.deductible.resident.level3",
        "511600-guangan.yaml": "inpatient.deductible.employee.in_service.level3",
        "320481-liyang.yaml": "cross_province.reduction.referral",
        "370200-qingdao.yaml": "inpatient.ratio.employee.in_service.level2",
    }
    nat = load_national().sources
    for name, key in cases.items():
        path = POLICIES / "regions" / name
        pf = parse_policy(path.read_text(encoding="utf-8"), path, nat)
        assert all(p.as_of for p in pf.parameters[key]), (name, key)


def test_xian_third_band_is_dated_by_the_page_that_gives_it() -> None:
    # The 5万元以上 band is seen only on a 2023-09 page; the 2020-08-01 date belongs to the first two bands.
    path = POLICIES / "regions" / "610100-xian.yaml"
    pf = parse_policy(path.read_text(encoding="utf-8"), path, load_national().sources)
    (period,) = pf.parameters["inpatient.ratio.employee.in_service.level3"]
    assert period.effective_from == dt.date(2023, 9, 30) and period.as_of


# ------------------------------------------------------------------ sourced figures are used or listed, never dropped

def _check(insured: str, insurance: str, level: int, **extra: object) -> dict:
    from medins_cli import service
    from medins_cli.render_json import advice_to_dict

    raw = {"scenario": "temporary", "insured_in": insured, "treated_in": "上海", "insurance": insurance,
           "hospital_level": level, "filed": True, "filed_on": "2026-12-01", "event_date": "2026-12-20",
           "cost": 100000, **extra}
    return advice_to_dict(service.check(raw, dt.date(2026, 12, 1)), "en")


def _unused(doc: dict) -> dict[str, object]:
    return {u["parameter"]: u["value"] for u in doc["sourced_not_used"]}


def test_shiyan_sourced_deductible_without_ratio_is_listed_not_dropped() -> None:
    # 十堰 职工 三级 起付线 1000 is sourced (市医保局 reply), its ratio is not: the average share stands in.
    doc = _check("十堰", "employee", 3)
    assert doc["cost"]["method"] == "national_average"
    assert _unused(doc) == {"inpatient.deductible.employee.level3": 1000}
    (entry,) = doc["sourced_not_used"]
    assert entry["source"] == "sygxq-4810305" and "--ratio" in entry["reason"]
    assert not any("No sourced figures" in a for a in doc["cost"]["assumptions"])
    assert any(a.startswith("No sourced payment ratio") for a in doc["cost"]["assumptions"])


def test_hefei_resident_serious_illness_rule_is_listed_when_the_estimate_is_the_average() -> None:
    # 合肥 城乡居民: 大病保险 起付线 1.5万 and its bands are sourced (ahslyy-95024), the 住院 ratio is not. The national
    # average share gives no personal share for 大病保险 to pay on: the rule is listed as not used, with why.
    doc = _check("合肥", "resident", 3)
    assert doc["cost"]["method"] == "national_average"
    assert doc["cost"]["serious_illness_pays"] is None
    assert _unused(doc) == {
        "serious_illness.deductible.resident": 15000,
        "serious_illness.ratio.resident": [{"upto": 65000, "ratio": 0.6}, {"upto": 115000, "ratio": 0.7},
                                           {"upto": 215000, "ratio": 0.75}, {"ratio": 0.8}]}
    assert {u["reason"] for u in doc["sourced_not_used"]} == {
        "Your region's serious-illness insurance rule is sourced, but its inpatient payment ratio is not: with the "
        "national average share your own in-catalogue share cannot be worked out, so serious-illness insurance is "
        "not counted. Enter the payment ratio from your benefits card to count it."}
    # The checklist says it once (two parameters, one reason, one source).
    from medins_cli import service
    from medins_cli.page import build_page

    raw = {"scenario": "temporary", "insured_in": "合肥", "treated_in": "上海", "insurance": "resident",
           "hospital_level": 3, "filed": True, "filed_on": "2026-12-01", "event_date": "2026-12-20", "cost": 100000}
    page = build_page(service.check(raw, dt.date(2026, 12, 1)), "en")
    assert len(page.unused) == 1 and page.unused[0].startswith("Your region's serious-illness insurance rule")
    # With the person's ratio it is counted: 100000 × 50 % (70 % − 20) leaves 50000; (50000 − 15000) × 60 % = 21000.
    doc = _check("合肥", "resident", 3, ratio="70%")
    assert doc["cost"]["serious_illness_pays"] == 21000.0
    assert doc["sourced_not_used"] == []


def test_kunming_uses_its_own_rates_and_the_2024_cap() -> None:
    # 昆政办〔2019〕102号 (via a repost): 三级 起付线 880; since the 2024 table (m.shbk.net, a copy) also gives the
    # ratio (在职 三级 85%) and the basic cap 8万, the estimate uses local rates (it used the average before).
    doc = _check("昆明", "employee", 3)
    cost = doc["cost"]
    assert cost["method"] == "local_rates" and cost["cap"] == 80000.0
    steps = {s["id"]: s for s in cost["breakdown"]}
    assert steps["fund_before_cap"]["formula"] == "(100000 − 880) × 65% = 64428"  # 85% − 20 points
    assert steps["cap"]["parameter"] == "inpatient.cap.employee"
    assert cost["fund_pays"] == 64428.0 and doc["sourced_not_used"] == []


def test_fuzhou_level1_deductible_is_listed_and_xian_level1_is_now_local() -> None:
    assert _unused(_check("福州", "employee", 1)) == {"inpatient.deductible.employee.level1": 600}
    xian = _check("西安", "employee", 1)
    # 西安 一级 ratios (copies) were added on 2026-12-01, so its 200 起付线 is used, not listed.
    assert xian["cost"]["method"] == "local_rates" and xian["sourced_not_used"] == []
    assert xian["cost"]["cap"] == 400000.0  # 西安 职工 cap, sourced (a copy)
    assert xian["cost"]["fund_pays"] == 74556.0  # (10000 − 200) × 72% + 40000 × 75% + 50000 × 75%


def test_qingdao_resident_deductible_waits_for_the_tier() -> None:
    doc = _check("青岛", "resident", 1)
    assert _unused(doc) == {"inpatient.deductible.resident.level1": 200}
    assert "--tier" in doc["sourced_not_used"][0]["reason"]
    with_tier = _check("青岛", "resident", 1, tier=1)
    assert with_tier["cost"]["method"] == "local_rates" and with_tier["sourced_not_used"] == []


def test_hefei_employee_cap_applies_at_every_level() -> None:
    # 二级 has its own sourced figures since the dated 2023 copy (340100-hefei.yaml); the 30万 cap still applies.
    doc = _check("合肥", "employee", 2)
    assert doc["cost"]["method"] == "local_rates" and doc["cost"]["cap"] == 300000.0


def test_guiyang_resident_uses_its_own_figures() -> None:
    doc = _check("贵阳", "resident", 3)
    assert doc["cost"]["method"] == "local_rates" and doc["sourced_not_used"] == []


def test_unfiled_fallback_does_not_claim_a_national_unfiled_figure() -> None:
    from medins_cli import service
    from medins_cli.render_json import advice_to_dict

    raw = {"scenario": "temporary", "insured_in": "十堰", "treated_in": "上海", "event_date": "2026-12-20",
           "cost": 10000}
    doc = advice_to_dict(service.check(raw, dt.date(2026, 12, 1)), "zh")
    notes = {d["parameter"]: d["note"] for d in doc["defaults_used"]}
    assert "未备案" not in notes["cross_province.reduction.temporary"]
    assert "临时外出就医" in notes["cross_province.reduction.temporary"]
    assert notes["cross_province.reduction.unfiled"].startswith("未备案费用按参保地规定（经办规程第十四条）")


def test_no_estimate_lists_no_default_as_estimated_with() -> None:
    # A stay in 2023: 临沂's rates are known only as of 2024-11-15 and the national average share is the 2024
    # figure, so nothing is estimated. defaults_used then says only that the ratio is not sourced, never
    # "按全国平均…估算" or "按国家规定的幅度估算" for an estimate that was not made.
    from medins_cli import service
    from medins_cli.render_json import advice_to_dict

    for insured, filed in (("临沂", True), ("南京", False)):
        raw = {"scenario": "temporary", "insured_in": insured, "treated_in": "上海", "event_date": "2023-06-10",
               "settled": True, "discharge_date": "2023-06-20", "filed": filed, "cost": 30000}
        doc = advice_to_dict(service.check(raw, dt.date(2026, 12, 1)), "zh")
        assert doc["cost"]["method"] == "not_estimated"
        notes = {d["parameter"]: d["note"] for d in doc["defaults_used"]}
        assert notes["inpatient.ratio.employee.in_service.level3"] == "本地区支付比例未找到来源"
        assert not any("估算" in n for n in notes.values()), notes


def test_long_term_default_is_no_cut_not_a_size_of_cut() -> None:
    # 通知二(五): long-term residents get the home region's standards. The default row must not read
    # "降幅未找到来源，按国家规定的幅度估算" as if a cut were estimated.
    from medins_cli import service
    from medins_cli.render_json import advice_to_dict

    raw = {"scenario": "long-term", "long_term_kind": "living", "insured_in": "沈阳", "treated_in": "上海",
           "event_date": "2026-12-20", "filed_on": "2026-10-15", "cost": 30000}
    a = service.check(raw, dt.date(2026, 12, 1))
    for lang, text in (("zh", "本地区异地长期居住人员的报销比例规定未找到来源："
                              "按国家规定执行参保地本地就医时的标准，不降低"),
                       ("en", "No sourced rule of your region for long-term residents: the national rule applies "
                              "(your home region's standards, no cut)")):
        notes = {d["parameter"]: d["note"] for d in advice_to_dict(a, lang)["defaults_used"]}
        assert notes["cross_province.reduction.long_term"] == text
    assert a.cost.fund_pays == 25440  # 30000 × 84.8 %, no cut


# ------------------------------------------------------------------ one meaning of "sourced", for every region

def test_check_show_coverage_and_review_agree_on_sourced_status_for_every_region() -> None:
    """For each region and insurance type, what `check` used or listed agrees with coverage, show and review.

    One function (policy.figure_status) decides; this walks every region so that no face drifts from it.
    """
    from medins_cli import service
    from medins_cli.policy_tools import _listed_regions, coverage, review, show
    from medins_cli.render_json import advice_to_dict

    day = dt.date(2026, 12, 1)
    cov = {r["code"]: r["parameters"] for r in coverage(POLICIES, day)["regions"]}
    reviewed = {(i["region"], i["key"]): i["status"] for i in review(POLICIES, day)["items"]}
    problems: list[str] = []
    for region in _listed_regions(POLICIES):
        core = cov[region.code]
        shown = {r["key"]: r["status"] for r in show(region.code, day, POLICIES)}
        for ins in ("employee", "resident"):
            tiers = service.tiers(region.code, ins, day)
            raw = {"scenario": "temporary", "insured_in": region.code, "treated_in": "上海" if region.province !=
                   "310000" else "北京", "insurance": ins, "hospital_level": 3, "filed": True,
                   "filed_on": "2026-11-20", "event_date": "2026-12-01", "cost": 100000, "out_of_catalog": 0}
            if tiers:
                raw["tier"] = tiers[0]
            doc = advice_to_dict(service.check(raw, day), "en")
            where = f"{region.name} {ins}"
            steps = {s["id"]: s["parameter"] for s in doc["cost"]["breakdown"]}
            unused = {u["parameter"] for u in doc["sourced_not_used"]}
            defaults = {d["parameter"] for d in doc["defaults_used"]}
            used = [p for p in steps.values() if p and p != "user"]
            # Every figure check used is, by show and review, what check says it is.
            for key in used:
                status = shown.get(key)
                expect = "statistic" if key.startswith("statistics.") else "sourced"
                if status != expect:
                    problems.append(f"{where}: check used {key}, show says {status}")
                if (region.code, key) in reviewed and reviewed[(region.code, key)] != status:
                    problems.append(f"{where}: review says {reviewed[(region.code, key)]} for {key}")
            # 起付线: coverage says sourced ⇔ check used it (or a cross-province one), or listed it as not used.
            ded_item = core[f"inpatient.deductible.{ins}.level3"]["status"] == "sourced"
            ded_step = steps.get("deductible") or ""
            ded_check = ded_step.startswith(("inpatient.deductible", "cross_province.deductible")) or any(
                u.startswith("inpatient.deductible") for u in unused)
            if ded_item and not ded_check:
                problems.append(f"{where}: coverage sources the 起付线, check neither used nor listed it")
            if ded_step.startswith("inpatient.deductible.") and not ded_item:
                problems.append(f"{where}: check used {ded_step}, coverage does not count it")
            # Cap: the same.
            cap_item = core[f"inpatient.cap.{ins}"]["status"] == "sourced"
            cap_check = (steps.get("cap") or "").startswith("inpatient.cap")
            if cap_item != cap_check:
                problems.append(f"{where}: cap sourced by coverage={cap_item}, used by check={cap_check}")
            # The temporary-care reduction: national in coverage ⇔ a labelled national default in check.
            red = core[f"cross_province.reduction.{ins}.temporary"]
            red_item, red_key = red["status"], red["key"] or ""
            red_default = "cross_province.reduction.temporary" in defaults
            # A class ratio published for some hospital levels only (宜宾 居民: 一级/二级) meets the item for the
            # region; at a level it lacks, check falls back to the labelled national reduction: not a disagreement.
            partial = red_key.startswith("cross_province.ratio.") and ".level" in red_key
            if (red_item != "sourced") != red_default and not partial:
                problems.append(f"{where}: reduction coverage={red_item}, check default={red_default}")
            # Never "no sourced figures" where some are used.
            some = any(k.startswith(("inpatient.", "cross_province.")) for k in used) or unused
            if some and any("No sourced figures" in a for a in doc["cost"]["assumptions"]):
                problems.append(f"{where}: says no sourced figures")
    assert problems == []


def test_guizhou_resident_rule_does_not_make_the_employee_reduction_sourced() -> None:
    from medins_cli.policy_tools import coverage

    cov = {r["code"]: r["parameters"] for r in coverage(POLICIES, dt.date(2026, 12, 1))["regions"]}
    zunyi = cov["520000"]  # 遵义 has no file: the 贵州 file applies
    assert zunyi["cross_province.reduction.resident.temporary"]["status"] == "sourced"
    assert zunyi["cross_province.reduction.employee.temporary"]["status"] == "national"


# ------------------------------------------------------------------ the generated table in docs/policies.md

def test_provenance_table_in_docs_is_current() -> None:
    """docs/policies.md's per-region table is generated; after a data change run python tools/make_policy_table.py."""
    from medins_cli.policy_tools import provenance_table, provenance_table_date, replace_provenance_table

    doc = (ROOT / "docs" / "policies.md").read_text(encoding="utf-8")
    fresh = replace_provenance_table(doc, provenance_table(POLICIES, provenance_table_date(doc)))
    assert fresh == doc, "docs/policies.md: provenance table not current; run python tools/make_policy_table.py"


def test_provenance_table_rows_use_the_one_status_function() -> None:
    from medins_cli.policy_tools import coverage, provenance_rows

    day = dt.date(2026, 12, 1)
    cov = {r["code"]: r["counts"]["sourced"] for r in coverage(POLICIES, day)["regions"]}
    rows = {r["code"]: r for r in provenance_rows(POLICIES, day)}
    assert {c: r["sourced"] for c, r in rows.items()} == cov
    linyi = rows["371300"]
    assert linyi["official"] == 2 and linyi["copy"] == 0 and ("2024-11-15", True) in linyi["dates"]


def test_a_figure_known_only_as_of_long_ago_is_flagged_with_its_date() -> None:
    # 海南's 职工 figures are known only as of a 2019-04-03 page: for care in 2026 that is more than 3 years, so
    # the advice names them with the date (they may have changed). 济南's are as of 2024-04-03: not flagged.
    from medins_cli.messages import t
    from tests.conftest import advise

    a = advise(scenario="temporary", insured_in="海口", treated_in="北京", event_date="2026-12-20", cost="30000")
    msg = dict(a.warnings)["stale_as_of"]
    assert t(msg.key, "zh", **msg.params) == (
        "以下数字只知道在所列日期时有效，距就医已超过3年，之后可能已调整：请向参保地医保经办机构或 12393 核实："
        "海南省住院起付线（职工，在职）（截至2019-04-03）、海南省住院报销比例（职工，在职，三级医院）（截至2019-04-03）")
    jinan = advise(scenario="temporary", insured_in="济南", treated_in="北京", event_date="2026-12-20", cost="30000")
    assert "low_confidence" in dict(jinan.warnings) and "stale_as_of" not in dict(jinan.warnings)
    # A policy's own effective date, however old, is no reason: 临沂's figures are not flagged.
    linyi = advise(scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-20", cost="18000")
    assert "stale_as_of" not in dict(linyi.warnings)

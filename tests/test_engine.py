"""Scenario tests: exact dates and yuan amounts, each traced to the policy it comes from."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import TODAY, advise, defaults, step

from medins_cli.messages import t
from medins_cli.model import Advice, M

D = dt.date


def ids(items):  # type: ignore[no-untyped-def]
    return [i.id for i in items]



# ------------------------------------------------------------------ 临沂 (lyyb.linyi.gov.cn 5879 / 5929)


def test_linyi_temporary_pays_ten_percent_first_then_level3_rates() -> None:
    # 5879: from 2023-10-01 temporary patients first pay 10%, then the city's 三级 起付线 and ratio.
    # 5929: 职工 三级 起付 800, 80% up to 10万. (20000 × 10% = 2000; (18000 − 800) × 80% = 13760.)
    a = advise(scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-20",
               cost="22000", out_of_catalog="2000", filed=True, hospital_level="2")
    assert a.cost is not None
    assert a.cost.fund_pays == Decimal("13760.00")
    assert a.cost.out_of_pocket == Decimal("8240.00")
    assert step(a, "self_pay_first").formula == "20000 × 10% = 2000"
    assert step(a, "fund_before_cap").formula == "(18000 − 800) × 80% = 13760"
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"  # 三级 although 二级 given


def test_linyi_retiree_ratio() -> None:
    a = advise(scenario="temporary", insured_in="371300", treated_in="北京", event_date="2026-12-20",
               cost="20000", filed=True, retired=True)
    assert a.cost.fund_pays == Decimal("15480.00")  # (18000 − 800) × 90%
    assert a.cost.out_of_pocket == Decimal("4520.00")


def test_linyi_long_term_uses_local_level_and_bands() -> None:
    # Long-term residents get the local standard (22号文 §二(五)): 二级 起付 500, 85% to 10万, 90% above.
    a = advise(scenario="long-term", insured_in="临沂市", treated_in="海南", event_date="2026-06-01",
               today=D(2026, 5, 1), hospital_level="2", cost="150000", filed=True)
    assert step(a, "fund_before_cap").formula == (
        "(100000 − 500) × 85% + (150000 − 100000) × 90% = 129575")
    assert a.cost.fund_pays == Decimal("129575.00")
    assert a.cost.out_of_pocket == Decimal("20425.00")
    assert step(a, "cap").formula == "min(129575, 200000) = 129575"
    assert a.defaults_used == [] or all(d.parameter.startswith(("filing.", "cross_province.reduction.long"))
                                        for d in a.defaults_used)


def test_linyi_before_its_figures_took_effect_falls_back_to_labelled_default() -> None:
    # 5929's figures are dated 2024-11-15: a 2024-06 stay has no sourced local ratio.
    a = advise(scenario="long-term", insured_in="临沂", treated_in="北京", event_date="2024-06-01",
               today=D(2024, 5, 1), cost="10000", filed=True)
    assert a.cost.method == "national_average"
    assert "inpatient.ratio.employee.in_service.level3" in ids_of_defaults(a)


def ids_of_defaults(a):  # type: ignore[no-untyped-def]
    return [d.parameter for d in a.defaults_used]


# ------------------------------------------------------------------ 巴彦淖尔 (hjhq.gov.cn 2025-11-04)


def test_bayannur_long_term_first_stay() -> None:
    # "第一次住院起付线1200元 ... 报销比例都为80%": (20000 − 1200) × 80% = 15040.
    a = advise(scenario="long-term", insured_in="杭锦后旗", treated_in="海口", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.fund_pays == Decimal("15040.00")
    assert step(a, "fund_before_cap").formula == "(20000 − 1200) × 80% = 15040"


def test_bayannur_other_temporary_ten_points_lower() -> None:
    a = advise(scenario="temporary", insured_in="巴彦淖尔", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True)
    assert a.cost.fund_pays == Decimal("13160.00")  # (20000 − 1200) × 70%


# ------------------------------------------------------------------ national rules only


def test_emergency_national_average_labelled() -> None:
    a = advise(scenario="emergency", insured_in="江苏", treated_in="北京", event_date="2026-09-30",
               today=D(2026, 10, 2), cost="45000", out_of_catalog="5000")
    assert a.cost.method == "national_average"
    assert step(a, "ratio").formula == "84.8% − 10 = 74.8%"
    assert a.cost.fund_pays == Decimal("29920.00")
    assert a.cost.out_of_pocket == Decimal("15080.00")
    kinds = {d.parameter: d.basis for d in a.defaults_used}
    assert kinds["statistics.inpatient_fund_share.employee"] == "national_statistic"
    assert kinds["cross_province.reduction.emergency"] == "national_rule"
    assert not a.action_required  # 视同已备案: nothing required
    assert "emergency_confirm" in ids(a.filings)


def test_user_figures_worked_example_from_issue() -> None:
    # (45000 − 5000 − 1600) × 85% = 32640 for a filed long-term resident (no reduction).
    a = advise(scenario="long-term", insured_in="江苏", treated_in="上海", event_date="2026-12-01",
               cost="45000", out_of_catalog="5000", deductible="1600", ratio="85%", filed=True)
    assert a.cost.method == "user_figures"
    assert step(a, "fund_before_cap").formula == "(40000 − 1600) × 85% = 32640"
    assert a.cost.fund_pays == Decimal("32640.00")
    assert a.cost.out_of_pocket == Decimal("12360.00")


def test_unfiled_referral_shows_what_filing_is_worth() -> None:
    a = advise(scenario="referral", insured_in="湖南", treated_in="广州", event_date="2026-11-20",
               cost="30000", deductible="800", ratio="0.9")
    assert a.cost.category == "unfiled" and a.cost_if_filed.category == "referral"
    # Unfiled: no local figure, the temporary reduction (20 points) stands in, labelled as an assumption.
    assert a.cost.fund_pays == Decimal("20440.00")  # (30000 − 800) × 70%
    assert a.cost_if_filed.fund_pays == Decimal("23360.00")  # (30000 − 800) × 80%
    assert {d.parameter: d.basis for d in a.defaults_used}["cross_province.reduction.unfiled"] == "assumption"
    late = next(f for f in a.filings if f.id == "late_filing")
    assert late.required and late.when.key == "when.before_discharge"


# ------------------------------------------------------------------ deadlines


def test_file_before_visit_two_working_days_across_national_day() -> None:
    # 经办规程第九条: online filings finish within 2 working days, counted from the day after filing
    # (民法典第二百零一条). Visit Fri 2026-10-09: 10-01..07 are holidays, so the two working days before the
    # visit are 09-30 and 10-08, and the suggested filing date is Tue 09-29.
    a = advise(scenario="referral", insured_in="临沂", treated_in="北京", event_date="2026-10-09",
               today=D(2026, 9, 28), referral=True)
    d = next(x for x in a.deadlines if x.id == "file_before_visit")
    assert (d.kind, d.date, d.days_left, d.overdue, d.calendar) == ("suggestion", D(2026, 9, 29), 1, False,
                                                                    "official")
    f = next(x for x in a.filings if x.id == "filing")
    assert f.deadline is None and f.suggested_by == D(2026, 9, 29) and f.category == "referral"
    assert next(x for x in a.filings if x.id == "referral_certificate").done
    # Not filed yet: no validity end in the dates (a filing not made has none).
    assert [x.id for x in a.deadlines] == ["file_before_visit"]


def test_file_before_visit_across_spring_festival_with_working_saturday() -> None:
    # Visit Tue 2026-02-24: 02-15..23 off; Sat 02-14 is a 调休 working day. Processing on Fri 02-13 and
    # Sat 02-14 ends before the visit, so the suggested filing date is Thu 02-12.
    a = advise(scenario="temporary", insured_in="江苏", treated_in="北京", event_date="2026-02-24",
               today=D(2026, 2, 1))
    assert next(x for x in a.deadlines if x.id == "file_before_visit").date == D(2026, 2, 12)


def test_emergency_registration_window_across_national_day(fixture_policies) -> None:  # type: ignore[no-untyped-def]
    # Fixture region: 3 working days after the emergency. 09-30 → 10-08, 10-09, 10-10 (调休 Saturday).
    a = advise(root=fixture_policies, scenario="emergency", insured_in="呼和浩特", treated_in="上海",
               event_date="2026-09-30", today=D(2026, 10, 9))
    reg = next(f for f in a.filings if f.id == "emergency_registration")
    assert reg.required and reg.deadline == D(2026, 10, 10)
    d = next(x for x in a.deadlines if x.id == "emergency_registration")
    assert (d.days_left, d.overdue, d.working_days) == (1, False, True)


def test_overdue_emergency_registration(fixture_policies) -> None:  # type: ignore[no-untyped-def]
    a = advise(root=fixture_policies, scenario="emergency", insured_in="150100", treated_in="上海",
               event_date="2026-09-30", today=D(2026, 10, 12))
    assert a.overdue
    assert next(x for x in a.deadlines if x.id == "emergency_registration").days_left == -2


def test_manual_claim_deadline_rolls_over_holiday(fixture_policies) -> None:  # type: ignore[no-untyped-def]
    # Discharged 2026-04-05, 6 months → 2026-10-05, a holiday → next working day 2026-10-08 (民法典第二百零三条).
    a = advise(root=fixture_policies, scenario="temporary", insured_in="呼和浩特", treated_in="北京",
               event_date="2026-04-01", discharge_date="2026-04-05", settled=True, today=D(2026, 5, 1))
    assert ids(a.filings) == ["late_filing_after_discharge", "manual_claim"]
    claim = next(f for f in a.filings if f.id == "manual_claim")
    assert claim.deadline == D(2026, 10, 8)
    assert next(x for x in a.deadlines if x.id == "manual_claim").days_left == 160


def test_deadline_in_unpublished_year_is_flagged(fixture_policies) -> None:  # type: ignore[no-untyped-def]
    a = advise(root=fixture_policies, scenario="emergency", insured_in="呼和浩特", treated_in="上海",
               event_date="2026-12-30", today=D(2026, 12, 30))
    # 3 working days after 2026-12-30: 12-31, then 2027-01-01 is 元旦 (a statutory holiday, though the 2027
    # schedule is not published), so 01-04 and 01-05.
    d = next(x for x in a.deadlines if x.id == "emergency_registration")
    assert d.date == D(2027, 1, 5) and d.kind == "deadline"
    if d.calendar == "statutory":  # until the holiday library carries 2027
        warning = next(m for w, m in a.warnings if w == "calendar_unverified_year")
        assert warning.key == "warn.calendar_statutory_year" and warning.params["years"] == ("2027",)
    else:
        assert d.calendar == "official"


def test_value_chosen_by_event_date_on_both_sides_of_a_change(fixture_policies) -> None:  # type: ignore[no-untyped-def]
    before = advise(root=fixture_policies, scenario="long-term", insured_in="呼和浩特", treated_in="上海",
                    event_date="2025-12-31", today=D(2025, 12, 1), cost="10000", filed=True)
    after = advise(root=fixture_policies, scenario="long-term", insured_in="呼和浩特", treated_in="上海",
                   event_date="2026-01-01", today=D(2025, 12, 1), cost="10000", filed=True)
    assert before.cost.fund_pays == Decimal("7650.00")  # (10000 − 1000) × 85%
    assert after.cost.fund_pays == Decimal("7735.00")  # (10000 − 900) × 85%


# ------------------------------------------------------------------ other scenarios


def test_same_region_needs_no_filing() -> None:
    a = advise(scenario="temporary", insured_in="南京", treated_in="南京市")
    assert a.relation == "same_region" and a.filings == [] and not a.action_required


def test_intra_province_is_not_cross_province() -> None:
    a = advise(scenario="temporary", insured_in="南京", treated_in="苏州")
    assert a.relation == "intra_province"
    assert ids(a.filings) == ["intra_province_filing"]
    assert "intra_province.filing_required" in ids_of_defaults(a)


def test_admitted_without_filing_can_still_file_before_discharge() -> None:
    a = advise(scenario="temporary", insured_in="江苏", treated_in="北京", event_date="2026-11-20")
    f = a.filings[0]
    assert f.id == "late_filing" and f.required and f.deadline is None
    assert "hospital_desk" in f.channels


def test_settled_without_filing_leaves_only_a_paper_claim() -> None:
    a = advise(scenario="long-term", insured_in="江苏", treated_in="北京", event_date="2026-10-20",
               discharge_date="2026-11-01", settled=True)
    assert ids(a.filings) == ["late_filing_after_discharge", "manual_claim"]
    claim = a.filings[1]
    assert claim.deadline is None and claim.when.key == "when.manual_claim_unknown"
    assert "manual_claim_deadline_unknown" in [w for w, _ in a.warnings]


def test_pharmacy_chronic_disease_listed_from_2025() -> None:
    a = advise(scenario="pharmacy", insured_in="江苏", treated_in="上海", chronic_disease="慢阻肺",
               event_date="2026-12-01")
    assert a.case.pharmacy_mode == "chronic"
    assert "chronic_direct" in [w for w, _ in a.warnings]
    old = advise(scenario="pharmacy", insured_in="江苏", treated_in="上海", chronic_disease="冠心病",
                 event_date="2024-10-01", today=D(2024, 9, 1))
    assert "chronic_not_listed" in [w for w, _ in old.warnings]


def test_pharmacy_personal_account() -> None:
    a = advise(scenario="pharmacy", insured_in="广东", treated_in="湖南", event_date="2026-12-01", cost="300")
    assert "personal_account_authorization" in ids(a.filings)
    assert a.cost.method == "not_estimated"


def test_long_term_kind_materials() -> None:
    a = advise(scenario="异地安置退休", insured_in="辽宁", treated_in="海南", retired=True,
               event_date="2026-12-15")
    f = a.filings[0]
    assert f.category == "long_term_retiree"
    assert [m.key for m in f.materials] == ["mat.credential", "mat.form", "mat.retiree_proof"]


def test_every_figure_traceable() -> None:
    a = advise(scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-20",
               cost="22000")
    cited = {p for s in a.sources for p in s.parameters}
    defaults = set(ids_of_defaults(a))
    for s in a.cost.breakdown:
        if s.parameter and s.parameter != "user":
            assert s.parameter in cited | defaults, s.parameter
    assert a.case.today == TODAY


def test_validity_deadline_points_at_the_filing_listed() -> None:
    a = advise(scenario="referral", insured_in="临沂", treated_in="上海", event_date="2026-11-20", referral=True,
               filed=True, filed_on="2026-11-02")
    valid = next(x for x in a.deadlines if x.id == "filing_valid_until")
    assert valid.filing == "filing" and valid.filing in ids(a.filings)
    assert valid.date == D(2027, 5, 2) and valid.basis.key == "basis.validity_min"


def test_unfiled_uses_published_temporary_ratio_as_labelled_stand_in() -> None:
    a = advise(scenario="referral", insured_in="巴彦淖尔", treated_in="北京", event_date="2026-11-20",
               cost="20000")
    assert (a.cost.method, a.cost.fund_pays) == ("local_rates", Decimal("13160.00"))  # 70%
    assert a.cost_if_filed.fund_pays == Decimal("15040.00")  # 80%
    assert {d.parameter: d.basis for d in a.defaults_used}["cross_province.ratio.employee.unfiled"] == "assumption"


def test_user_cap_rounded_to_the_fen_once() -> None:
    a = advise(scenario="long-term", insured_in="江苏", treated_in="上海", filed=True, cost="500000",
               ratio="90%", cap="100000.005")
    assert a.cost.cap == Decimal("100000.01") == a.cost.fund_pays


def test_chronic_pharmacy_with_user_figures_applies_cap() -> None:
    a = advise(scenario="pharmacy", insured_in="江苏", treated_in="上海", chronic_disease="糖尿病",
               event_date="2026-12-01", cost="3000", deductible="1000", ratio="85%", cap="1500", filed=True)
    assert a.cost.deductible == Decimal("1000.00") and a.cost.cap == Decimal("1500.00")
    assert step(a, "fund_before_cap").formula == "(3000 − 1000) × 85% = 1700"
    assert a.cost.fund_pays == Decimal("1500.00") and a.cost.out_of_pocket == Decimal("1500.00")


def test_change_lock_with_filing_date_unknown_warns_instead_of_crashing(fixture_policies: Path) -> None:
    # A regional change lock needs the filing date; "filed, date unknown" must not crash (add_months(None)).
    a = advise(root=fixture_policies, scenario="long-term", insured_in="呼和浩特", treated_in="海口",
               event_date="2026-12-01", filed=True)
    assert "filing_change_lock_until" not in [d.id for d in a.deadlines]
    assert ("change_lock", M("warn.change_lock", months=6)) in a.warnings
    b = advise(root=fixture_policies, scenario="long-term", insured_in="呼和浩特", treated_in="海口",
               event_date="2026-12-01", filed_on="2026-11-02")
    lock = next(d for d in b.deadlines if d.id == "filing_change_lock_until")
    assert lock.date == dt.date(2027, 5, 2) and not lock.action


# 广安 (511600): one government table gives 起付线 by status and level, in the city and for 转诊转院 outside it,
# and final ratios for 转诊转院 / 自主异地就医 (guang-an.gov.cn content_1843562477466214400).
@pytest.mark.parametrize(("status", "level", "formula"), [
    ("in_service", "1", "(20000 − 400) × 81% = 15876"),
    ("in_service", "3", "(20000 − 700) × 81% = 15633"),
    ("retired", "1", "(20000 − 300) × 85% = 16745"),
    ("retired", "3", "(20000 − 600) × 85% = 16490"),
])
def test_guangan_referral_deductible_by_status_and_level(status: str, level: str, formula: str) -> None:
    a = advise(scenario="referral", referral=True, filed=True, insured_in="广安", treated_in="上海",
               event_date="2026-12-20", cost="20000", hospital_level=level, retired=status == "retired")
    assert step(a, "fund_before_cap").formula == formula


def test_guangan_unfiled_borrows_temporary_deductible_and_ratio_labelled() -> None:
    a = advise(scenario="temporary", filed=False, insured_in="广安", treated_in="上海", event_date="2026-12-20",
               cost="20000")
    assert step(a, "fund_before_cap").formula == "(20000 − 1000) × 66% = 12540"
    labelled = {d.parameter: d.basis for d in a.defaults_used}
    assert labelled["cross_province.deductible.employee.unfiled"] == "assumption"
    assert labelled["cross_province.ratio.employee.unfiled"] == "assumption"


def test_guangan_local_retired_deductible() -> None:
    a = advise(scenario="temporary", insured_in="广安", treated_in="广安", event_date="2026-12-20", cost="20000",
               retired=True, hospital_level="2")
    assert step(a, "fund_before_cap").formula == "(20000 − 300) × 90% = 17730"


# 西藏 (540000): 城乡居民 only — the 2023 自治区级统筹 opinion cancelled the 10% cut for 跨统筹区域 care (西藏日报
# 2023-05-27, reposted; confidence low, our reading that it covers care outside 西藏). 职工 keep the national cut.
def test_xizang_resident_reduction_applies_to_residents_only() -> None:
    base = dict(scenario="temporary", insured_in="西藏", treated_in="北京", event_date="2026-12-20", cost="20000")
    resident = advise(**base, insurance="resident", filed=True)
    assert step(resident, "fund_pays").amount == Decimal("13720.00")  # 20000 × 68.6%, no cut
    assert any(w == "low_confidence" for w, _ in resident.warnings)
    unfiled = advise(**base, insurance="resident", filed=False)
    assert step(unfiled, "fund_pays").amount == Decimal("13720.00")  # borrows the resident temporary rule
    employee = advise(**base, insurance="employee", filed=True)
    assert step(employee, "fund_pays").amount == Decimal("12960.00")  # 20000 × (84.8% − 20)


STAND_IN = """# TEST FIXTURE — not a real policy
schema: medins-policy/1
region: "{code}"
name: test
sources:
  t: {{title: TEST FIXTURE, url: null, confidence: low}}
parameters:
  inpatient:
    ratio:
      employee:
        in_service: [{{effective_from: 2023-01-01, value: 0.8, source: t}}]
    deductible:
      employee:
        level3: [{{effective_from: 2023-01-01, value: 1000, source: t}}]
{body}
"""


def test_unfiled_care_labels_every_borrowed_temporary_figure(fixture_policies: Path, tmp_path: Path) -> None:
    # Unfiled care borrows the temporary-care 起付线 (however specific its key) and multiplier, and says so.
    root = tmp_path / "p"
    shutil.copytree(fixture_policies, root)
    (root / "regions" / "150200-t.yaml").write_text(STAND_IN.format(code="150200", body="""\
  cross_province:
    deductible:
      employee:
        in_service:
          temporary:
            level3: [{effective_from: 2023-01-01, value: 1200, source: t}]"""), encoding="utf-8")
    (root / "regions" / "150300-t.yaml").write_text(STAND_IN.format(code="150300", body="""\
  cross_province:
    deductible_multiplier:
      temporary: [{effective_from: 2023-01-01, value: 1.5, source: t}]"""), encoding="utf-8")
    case = dict(root=root, scenario="temporary", treated_in="北京", event_date="2026-12-20", cost="20000",
                filed=False)
    a = advise(insured_in="包头", **case)
    assert step(a, "deductible").amount == Decimal("1200.00")
    assert {d.parameter: d.basis for d in a.defaults_used}["cross_province.deductible.employee.unfiled"] == "assumption"
    b = advise(insured_in="乌海", **case)
    assert step(b, "deductible").amount == Decimal("1500.00")
    assert {d.parameter: d.basis for d in b.defaults_used}["cross_province.deductible_multiplier.unfiled"] == (
        "assumption")


# ------------------------------------------------------------------ 缴费档次 (contribution tier)
def _chongqing_resident(**kw: str) -> Advice:
    return advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2026-11-20",
                  cost="52000", out_of_catalog="2000", hospital_level="2", insurance="resident", **kw)


def test_tier_chooses_the_tiers_figures() -> None:
    a = _chongqing_resident(tier="一档")
    assert a.cost.method == "local_rates"
    assert step(a, "deductible").parameter == "inpatient.deductible.resident.tier1.level2"
    assert step(a, "ratio").parameter == "inpatient.ratio.resident.tier1.level2"
    assert step(a, "fund_before_cap").formula == "(50000 − 300) × 70% = 34790"
    assert "tier_unknown" not in [w for w, _ in a.warnings]


def test_second_tier_without_a_sourced_deductible_says_it_assumed_none() -> None:
    # Before 2023-04-22 (the as-of date of 重庆's untiered 居民 起付线) 二档 has a ratio but no 起付线.
    a = advise(scenario="temporary", insured_in="重庆", treated_in="重庆", event_date="2023-01-16",
               today=D(2023, 1, 10), cost="52000", out_of_catalog="2000", hospital_level="2", insurance="resident",
               tier="2")
    assert step(a, "fund_before_cap").formula == "(50000 − 0) × 75% = 37500"
    assert M("assume.deductible_zero") in a.cost.assumptions


def test_second_tier_falls_back_to_the_untiered_deductible() -> None:
    # 重庆 gives one 起付线 row for both 档 (500000-chongqing.yaml, cq-ruoyo-20230422): 二档 二级 uses it.
    a = _chongqing_resident(tier="2")
    assert step(a, "deductible").parameter == "inpatient.deductible.resident.level2"
    assert step(a, "fund_before_cap").formula == "(50000 − 300) × 75% = 37275"


def test_no_tier_where_the_region_prices_by_tier_warns_and_uses_no_tiered_figure() -> None:
    a = _chongqing_resident()
    assert a.cost.method == "national_average"
    [(wid, msg)] = [w for w in a.warnings if w[0] == "tier_unknown"]
    assert t(msg.key, "en", **msg.params) == (
        "重庆市 sets inpatient benefits by contribution tier (tiers 1/2) and you gave none: the estimate uses only "
        "untiered figures or defaults. Give the tier with --tier (ask the insurance office or 12393).")


def test_a_tier_the_region_does_not_have_is_said_so() -> None:
    a = _chongqing_resident(tier="3")
    assert M("assume.tier_not_found", tier=3, tiers="1/2") in a.cost.assumptions
    assert a.cost.method == "national_average"


def test_no_tier_warning_when_the_person_gives_every_figure() -> None:
    a = _chongqing_resident(deductible="300", ratio="0.7", cap="80000")
    assert "tier_unknown" not in [w for w, _ in a.warnings]


def test_tier_where_the_region_has_no_tiers_is_said_to_change_nothing() -> None:
    with_tier = advise(scenario="temporary", insured_in="临沂", treated_in="临沂", event_date="2026-11-20",
                       cost="20000", tier="2")
    without = advise(scenario="temporary", insured_in="临沂", treated_in="临沂", event_date="2026-11-20",
                     cost="20000")
    assert with_tier.cost.fund_pays == without.cost.fund_pays
    assert M("assume.tier_unused", tier=2) in with_tier.cost.assumptions


def test_published_cross_province_ratio_labels_no_reduction_default() -> None:
    a = advise(scenario="referral", insured_in="宜宾", treated_in="北京", event_date="2026-11-20", cost="10000",
               insurance="resident", referral=True, filed=True, hospital_level="2")
    assert step(a, "ratio").parameter == "cross_province.ratio.resident.referral.level2"
    assert not [d for d in defaults(a) if d.startswith("cross_province.reduction.")]


# ------------------------------------------------------------------ second and later stays of a year
def test_later_stay_uses_the_regions_later_stay_deductible(fixture_policies: Path) -> None:
    kw = dict(root=fixture_policies, scenario="long-term", insured_in="呼和浩特", treated_in="上海",
              event_date="2026-12-01", cost="10000", filed=True)
    first, second = advise(**kw, stay="1"), advise(**kw, stay="第二次")
    assert step(first, "fund_before_cap").formula == "(10000 − 900) × 85% = 7735"
    assert step(second, "deductible").parameter == "inpatient.deductible_later.employee.level3"
    assert step(second, "fund_before_cap").formula == "(10000 − 400) × 85% = 8160"
    assert M("assume.later_stay", stay=2) in second.cost.assumptions
    assert M("assume.first_stay") in first.cost.assumptions


def test_later_stay_factor_halves_the_first_stay_deductible(fixture_policies: Path) -> None:
    a = advise(root=fixture_policies, scenario="long-term", insured_in="呼和浩特", treated_in="上海",
               event_date="2026-12-01", cost="10000", filed=True, insurance="resident", stay="3")
    assert step(a, "deductible").formula == "800 × 0.5 = 400"
    assert step(a, "fund_before_cap").formula == "(10000 − 400) × 60% = 5760"
    assert M("assume.later_stay", stay=3) in a.cost.assumptions


def test_later_stay_cross_province_deductible(fixture_policies: Path) -> None:
    a = advise(root=fixture_policies, scenario="referral", insured_in="呼和浩特", treated_in="上海",
               event_date="2026-12-01", cost="10000", filed=True, referral=True, stay="2")
    assert step(a, "deductible").parameter == "cross_province.deductible_later.employee.referral"
    assert step(a, "fund_before_cap").formula == "(10000 − 600) × 75% = 7050"  # 85% − 10 points


def test_later_stay_without_a_sourced_figure_says_the_first_stays_was_used() -> None:
    # 烟台 (市医保局 reply, 2020) gives 职工 起付线 and ratios, nothing for later stays.
    kw = dict(scenario="temporary", insured_in="烟台", treated_in="烟台", event_date="2026-11-20", cost="20000")
    second, first = advise(**kw, stay="2"), advise(**kw)
    assert second.cost.fund_pays == first.cost.fund_pays
    assert M("assume.later_stay_unknown") in second.cost.assumptions


def test_qingdao_third_stay_has_its_own_deductible() -> None:
    # 青岛 (qdu-1806): 职工 second stay 50% of the 起付线, third and later none; 居民 third and later 100 元.
    kw = dict(scenario="temporary", insured_in="青岛", treated_in="青岛", event_date="2026-11-20", cost="20000",
              hospital_level="2")
    assert step(advise(**kw, stay="2"), "deductible").formula == "500 × 0.5 = 250"
    third = advise(**kw, stay="3")
    assert (step(third, "deductible").amount, step(third, "deductible").parameter) == (
        Decimal("0.00"), "inpatient.deductible_stay3.employee")
    assert step(advise(**kw, stay="4", insurance="resident", tier="1"), "deductible").amount == Decimal("100.00")


# ------------------------------------------------------------------ 大病保险 (serious-illness insurance)
def test_serious_illness_insurance_pays_on_the_persons_share_above_its_deductible() -> None:
    # 青海 居民 (qhfy-20230510): 三级 起付线 1500, 70%, basic cap 100000; 大病 起付线 12000, 80%, no cap.
    a = advise(scenario="temporary", insured_in="青海", treated_in="青海", event_date="2026-11-20", cost="100000",
               insurance="resident", hospital_level="3")
    assert step(a, "fund_before_cap").formula == "(100000 − 1500) × 70% = 68950"
    assert step(a, "serious_illness_base").formula == "100000 − 68950 = 31050"
    assert step(a, "serious_illness_pays").formula == "(31050 − 12000) × 80% = 15240"
    assert (a.cost.fund_pays, a.cost.serious_illness_pays, a.cost.out_of_pocket) == (
        Decimal("68950.00"), Decimal("15240.00"), Decimal("15810.00"))
    assert step(a, "out_of_pocket").formula == "100000 − 68950 − 15240 = 15810"
    assert M("assume.serious_illness_first") in a.cost.assumptions


def test_serious_illness_below_its_deductible_pays_nothing_and_half_a_rule_is_not_used() -> None:
    small = advise(scenario="temporary", insured_in="青海", treated_in="青海", event_date="2026-11-20", cost="10000",
                   insurance="resident", hospital_level="3")
    assert small.cost.serious_illness_pays == Decimal("0.00")
    # 合肥 has a 大病 起付线 but no sourced ratio: no 大病 step, and the estimate says it is not counted.
    hefei = advise(scenario="temporary", insured_in="合肥", treated_in="合肥", event_date="2026-11-20",
                   cost="100000")
    assert hefei.cost.serious_illness_pays is None
    assert M("assume.no_serious_illness") in hefei.cost.assumptions


def test_half_a_serious_illness_rule_is_not_cited() -> None:
    # 合肥 职工 has a 大病 起付线 (15000) but no ratio: nothing of 大病 is used, so its source is not listed for it.
    a = advise(scenario="temporary", insured_in="合肥", treated_in="合肥", event_date="2026-11-20", cost="100000")
    assert not [p for s in a.sources for p in s.parameters if p.startswith("serious_illness.")]


def test_national_average_estimate_says_serious_illness_is_not_counted() -> None:
    # 四川 城乡居民 has no sourced ratio: the national average share is the basic fund's alone, so the estimate
    # says 大病保险 is not counted, as estimates from a region's own figures do.
    a = advise(scenario="referral", insured_in="四川", treated_in="北京", insurance="resident", cost="80000",
               event_date="2026-11-20")
    assert a.cost.method == "national_average"
    assert "assume.no_serious_illness" in [m.key for m in a.cost.assumptions]


def test_pharmacy_chronic_disease_not_settled_directly_is_a_paper_claim() -> None:
    # Not among the diseases settled across provinces: pay first, claim at home. The claim is a step (after the
    # filing), with no deadline borrowed from the inpatient rules (they count from discharge); the
    # qualification is advice, not a must (a disease the home region does not list has none).
    a = advise(scenario="pharmacy", insured_in="广州", treated_in="长沙", chronic_disease="感冒")
    assert [(f.id, f.required) for f in a.filings] == [("chronic_qualification", False), ("filing", True),
                                                        ("manual_claim", True)]
    claim = a.filings[-1]
    assert claim.deadline is None and claim.when.key == "when.manual_claim_unknown"
    assert "mat.claim.prescription" in [m.key for m in claim.materials]
    assert [n.key for n in a.filings[0].notes] == ["note.chronic_qualification_unlisted"]
    assert not [d for d in a.deadlines if d.id == "manual_claim"]
    listed = advise(scenario="pharmacy", insured_in="广州", treated_in="长沙", chronic_disease="糖尿病")
    assert [(f.id, f.required) for f in listed.filings] == [("chronic_qualification", True), ("filing", True)]


def test_pharmacy_chronic_qualification_is_not_done_because_the_trip_is_filed() -> None:
    # 门诊慢特病待遇认定 (医保办发〔2024〕19号 三(一)) is applied for on its own; "--filed" says only that the
    # 异地就医备案 is made. The qualification step stays open (required, not done): never "[已办]" on the
    # strength of another step.
    a = advise(scenario="pharmacy", insured_in="临沂", treated_in="上海", chronic_disease="高血压",
               long_term_kind="retiree", filed=True, event_date="2026-12-15", today=dt.date(2026, 12, 1))
    q = next(f for f in a.filings if f.id == "chronic_qualification")
    assert (q.required, q.done) == (True, False)
    assert next(f for f in a.filings if f.id == "filing").done
    assert a.action_required


def test_emergency_at_admission_step_is_not_done_because_a_filing_exists() -> None:
    # "--filed" does not say the hospital was told it is an emergency (经办规程第三十四条)
    # nor shown the card (第十七条).
    a = advise(scenario="emergency", insured_in="济南", treated_in="北京", filed=True, event_date="2026-11-25",
               today=dt.date(2026, 12, 1))
    f = next(x for x in a.filings if x.id == "emergency_confirm")
    assert (f.required, f.done) == (False, False)
    assert not a.action_required

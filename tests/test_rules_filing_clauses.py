"""经办规程 (医保发〔2022〕22号附件) 第十一条 (file to the 就医地 city; 海南、西藏 at province level) and
第三十五条 (外伤 with no third party liable: the pledge the hospital may ask for), each cited where it applies."""

from __future__ import annotations

import datetime as dt

import pytest

from medins_cli.errors import InputError
from medins_cli.messages import t
from tests.conftest import advise

TODAY = dt.date(2026, 12, 1)


def article_11_notes(treated_in: str, scenario: str = "temporary", **raw: object) -> list[str]:
    a = advise(TODAY, scenario=scenario, insured_in="临沂", treated_in=treated_in, **raw)
    return [t(n.key, "zh", **n.params) for f in a.filings for n in f.notes if "第十一条" in t(n.key, "zh", **n.params)]


CITY = "备案的就医地选{0}：备案后可在{0}所有开通跨省联网的定点医疗机构住院直接结算（经办规程第十一条）。"
PROVINCE = "{0}是省级统筹地区，可备案到省：备案后可在全省开通跨省联网的定点医疗机构住院直接结算（经办规程第十一条）。"


@pytest.mark.parametrize(("treated_in", "note"), [
    ("上海", CITY.format("上海市")), ("成都", CITY.format("成都市")),
    ("海口", PROVINCE.format("海南省")), ("海南", PROVINCE.format("海南省")), ("拉萨", PROVINCE.format("西藏自治区")),
    ("江苏", "备案时要选具体的就医城市（江苏省的某个地级市）：备案到就医地市，可在该市所有开通跨省联网的定点医疗机构"
           "住院直接结算（经办规程第十一条）。"),
])
def test_filing_names_the_destination_city_or_province(treated_in: str, note: str) -> None:
    assert article_11_notes(treated_in) == [note]


def test_destination_note_only_where_a_filing_is_made() -> None:
    assert article_11_notes("上海", scenario="emergency") == []  # treated as filed: nothing to file
    assert len(article_11_notes("上海", scenario="long-term", long_term_kind="living")) == 1
    assert article_11_notes("济南") == []  # same province: the cross-province rule does not apply


def test_destination_rule_is_cited() -> None:
    a = advise(TODAY, scenario="temporary", insured_in="临沂", treated_in="海口")
    nhsa = next(s for s in a.sources if s.id == "nhsa-2022-22")
    assert "filing.to_treated_prefecture" in nhsa.parameters and "filing.province_level_destinations" in nhsa.parameters
    assert "经办规程第十一条" in nhsa.cites


def test_injury_adds_the_no_third_party_pledge() -> None:
    a = advise(TODAY, scenario="emergency", insured_in="临沂", treated_in="上海", injury=True)
    pledge = next(f for f in a.filings if f.id == "injury_pledge")
    assert not pledge.required and pledge.channels == ["hospital_desk"]
    assert t(pledge.title.key, "zh") == "外伤就医：如医院要求，填写《外伤无第三方责任承诺书》"
    assert "经办规程第三十五条" in t(pledge.notes[0].key, "zh")
    assert t(pledge.materials[0].key, "zh") == "《外伤无第三方责任承诺书》（经办规程附件11，医院提供）"
    nhsa = next(s for s in a.sources if s.id == "nhsa-2022-22")
    assert "经办规程第三十五条（《外伤无第三方责任承诺书》，附件11）" in nhsa.cites
    plain = advise(TODAY, scenario="emergency", insured_in="临沂", treated_in="上海")
    assert all(f.id != "injury_pledge" for f in plain.filings)
    assert a.action_required == plain.action_required  # a step if asked, not a filing that changes the exit code
    temp = advise(TODAY, scenario="temporary", insured_in="临沂", treated_in="上海", injury="true")
    assert any(f.id == "injury_pledge" for f in temp.filings)


def test_injury_is_not_for_pharmacy() -> None:
    with pytest.raises(InputError) as exc:
        advise(TODAY, scenario="pharmacy", insured_in="临沂", treated_in="上海", injury=True)
    assert exc.value.message("en") == ("Conflicting options: --injury (injury care) applies to treatment, not to "
                                       "--scenario pharmacy.")


def test_wizard_asks_about_an_injury_for_an_emergency(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_wizard import DOWN, ENTER, Session, check_json

    s = Session(tmp_path, "wizard", "--save-answers", "inj.yaml")
    s.answer("您在哪里参保", "临沂", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", DOWN * 2, ENTER)  # emergency
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN, ENTER)
    s.answer("哪天急诊或入院", ENTER)  # today
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("这次是因为外伤（受伤）就医吗", DOWN * 2, ENTER)  # yes
    s.answer("您办理异地就医备案了吗", DOWN * 2, ENTER)
    s.answer("已经出院并结算了吗", DOWN, ENTER)
    s.answer("总医疗费用多少元", ENTER)
    s.expect("外伤: 是外伤，没有第三方责任")
    s.answer("都对吗", ENTER)
    code, out = s.finish()
    assert "外伤就医：如医院要求，填写《外伤无第三方责任承诺书》" in out and code == 0
    assert "injury: true" in (tmp_path / "inj.yaml").read_text(encoding="utf-8")
    _, replay = check_json(tmp_path, "--answers", "inj.yaml")
    assert replay["inputs"]["injury"] is True and any(f["id"] == "injury_pledge" for f in replay["filings"])


def test_pharmacy_filing_note_speaks_of_pharmacies_not_inpatient_care() -> None:
    # 第十一条: inpatient care settles at every networked hospital of the filed city; outpatient care and
    # medicines follow the 参保地's rules at networked hospitals and pharmacies.
    assert article_11_notes("长沙", scenario="pharmacy-account") == [
        "备案的就医地选长沙市：门诊就医和购药按参保地规定，选长沙市开通跨省联网的定点医药机构（经办规程第十一条）。"]
    assert article_11_notes("海口", scenario="pharmacy-account") == [
        "海南省是省级统筹地区，可备案到省：门诊就医和购药按参保地规定，选全省开通跨省联网的定点医药机构（经办规程第十一条）。"]


def test_intra_province_step_asks_for_the_province_form_not_the_cross_province_one() -> None:
    a = advise(TODAY, scenario="temporary", insured_in="杭州", treated_in="宁波")
    step = next(f for f in a.filings if f.id == "intra_province_filing")
    assert [m.key for m in step.materials] == ["mat.credential", "mat.form_intra"]
    assert t("mat.form_intra", "zh") == "省内异地就医备案表（按本省要求；线上办理时在线填写）"


def test_settled_without_filing_says_only_a_paper_claim_is_left() -> None:
    a = advise(TODAY, scenario="emergency", insured_in="湖北", treated_in="广州", event_date="2026-11-20", settled=True)
    # Worded as a condition: --settled means discharged and settled, not necessarily paid in full.
    assert t(a.summary.key, "zh") == ("跨省异地急诊抢救：视同已备案，可直接结算；已出院并全额自费结算的，可回参保地手工"
                                      "报销。")
    # The region sets its limit in one of two ways and neither is found: said once, not twice.
    assert [d.parameter for d in a.defaults_used if d.parameter.startswith("manual_claim")] == [
        "manual_claim.deadline_months"]
    a = advise(TODAY, scenario="temporary", insured_in="湖北", treated_in="广州", event_date="2026-11-20", settled=True)
    assert t(a.summary.key, "en") == ("If you were discharged and settled without a filing: direct settlement is no "
                                      "longer possible; file late and claim at home on paper (under your home "
                                      "region's rules).")


def test_care_at_home_assumes_nothing_about_filing() -> None:
    a = advise(TODAY, scenario="temporary", insured_in="北京", treated_in="北京")
    assert a.relation == "same_region" and "assume.default.filed" not in [m.key for m in a.assumptions]
    a = advise(TODAY, scenario="temporary", insured_in="北京", treated_in="上海")
    assert "assume.default.filed" in [m.key for m in a.assumptions]


def test_referral_filed_without_certificate_keeps_the_answer_and_says_why() -> None:
    """经办规程第八条（四）: a referral filing asks for the certificate. Filed and "no certificate" are both kept as
    said: the certificate step is never shown as done, and a warning says to check the filing's category."""
    a = advise(TODAY, scenario="referral", insured_in="临沂", treated_in="北京", filed=True, referral=False,
               event_date="2026-12-10")
    step = next(f for f in a.filings if f.id == "referral_certificate")
    assert not step.done and not step.required  # a suggestion: filed already, so not a must
    text = dict((w, t(m.key, "zh", **m.params)) for w, m in a.warnings)["referral_filed_without_certificate"]
    assert text.startswith("您说已备案，但没有转诊证明：异地转诊备案须提供参保地定点医疗机构开具的转诊转院证明"
                           "（经办规程第八条（四））。")
    implied = advise(TODAY, scenario="referral", insured_in="临沂", treated_in="北京", filed=True,
                     event_date="2026-12-10")  # not said: filed implies the certificate
    assert next(f for f in implied.filings if f.id == "referral_certificate").done
    assert all(w != "referral_filed_without_certificate" for w, _m in implied.warnings)
    held = advise(TODAY, scenario="referral", insured_in="临沂", treated_in="北京", filed=True, referral=True,
                  event_date="2026-12-10")
    assert next(f for f in held.filings if f.id == "referral_certificate").done

"""山西 (140000): checks of the figures in the 山西 province file and its cities' files.

Unless a test says it reproduces a published worked example, it is DERIVED: the expected amount is computed by
hand from the sourced figures (each test cites the page) and checks that the engine reads the region files as
written. The search records are at the top of policies/regions/140000-shanxi.yaml and of the cities' files;
published examples and the searches for them are listed in docs/published-examples.md.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from conftest import advise, defaults, step

from medins_cli.messages import t

# ------------------------------------------------------------------ 太原 (140100, third-party pages, low)
# http://wap.kuyiso.com/taiyuan/news/3c2bqfa006bf.html (2023-09-13) and
# http://shebao.southmoney.com/yiliao/202502/763115_2.html (2025-02): 城乡居民 一类(三甲) 起付1000元 60%,
# 三类 起付100元 85%, 年度最高支付限额7万元.


def test_taiyuan_resident_long_term_level3_local_standard() -> None:
    # Derived: long-term residents get the local standard: (20000 − 1000) × 60% = 11400.
    a = advise(scenario="long-term", insured_in="太原", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="3")
    assert a.cost.method == "local_rates"
    assert step(a, "fund_before_cap").formula == "(20000 − 1000) × 60% = 11400"
    assert step(a, "deductible").parameter == "inpatient.deductible.resident.level3"
    assert step(a, "cap").formula == "min(11400, 70000) = 11400"
    assert a.cost.fund_pays == Decimal("11400.00")


def test_taiyuan_resident_temporary_uses_national_reduction_labelled() -> None:
    # Derived: no sourced 太原 reduction (the two pages disagree), so the national ~20 points applies, labelled.
    a = advise(scenario="temporary", insured_in="太原", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, insurance="resident", hospital_level="1")
    assert step(a, "ratio").formula == "85% − 20 = 65%"
    assert a.cost.fund_pays == Decimal("12935.00")  # (20000 − 100) × 65%
    assert "cross_province.reduction.temporary" in defaults(a)


# ------------------------------------------------------------ 太原 职工 (140100, 太原本地宝 Q&A copies, low)
# http://m.jxyuer.com/baike/techan/230936.html (2022-05-18): 起付线 一类(三甲) 800元, 二类(三乙、二甲) 500元,
# 三类(二乙、一级) 300元; 第二次住院减半, 三次及以上免收. http://ty.bendibao.com/live/2022119/57578.shtm (2023-03-17):
# 在职 一类/二类/三类 82%/86%/90%, 退休 91%/93%/95%.


def test_taiyuan_employee_in_service_level3() -> None:
    # Derived: (20000 − 800) × 82% = 15744.
    a = advise(scenario="long-term", insured_in="太原", treated_in="北京", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="3")
    assert step(a, "deductible").parameter == "inpatient.deductible.employee.level3"
    assert a.cost.fund_pays == Decimal("15744.00")


def test_taiyuan_employee_retired_level2_second_stay() -> None:
    # Derived: 起付线 500 × 0.5 = 250; (20000 − 250) × 93% = 18367.5.
    a = advise(scenario="long-term", insured_in="140100", treated_in="上海", event_date="2026-12-01",
               cost="20000", filed=True, hospital_level="2", retired=True, stay="2")
    assert step(a, "deductible").formula == "500 × 0.5 = 250"
    assert a.cost.fund_pays == Decimal("18367.50")


def test_taiyuan_emergency_later_stay_keeps_the_deductible_and_pays_70() -> None:
    # ty-jxyuer (2022-05-18): "急诊住院、非急未转住院起付线不享受减免政策"; ty-bendibao (2023-03-17):
    # "急诊住院…在职人员和退休人员报销比例同为70%". A second emergency stay at a 三甲: (50000 − 800) × 70% = 34440,
    # not 400 and 81 %.
    a = advise(scenario="emergency", insured_in="太原", treated_in="北京", retired="yes", stay="2",
               event_date="2026-11-25", cost="50000")
    assert step(a, "deductible").amount == Decimal("800")
    assert step(a, "ratio").formula == "70%"
    assert a.cost.fund_pays == Decimal("34440.00") and a.cost.out_of_pocket == Decimal("15560.00")


def test_taiyuan_referral_to_an_outside_sanjia() -> None:
    # "转诊到外地三甲医院住院的起付线为800元,在职人员报销比例为77%,退休人员报销比例为89%": (20000 − 800) × 77% = 14784.
    a = advise(scenario="referral", insured_in="太原", treated_in="北京", referral="yes", filed="yes",
               event_date="2026-11-25", cost="20000")
    assert step(a, "deductible").amount == Decimal("800") and step(a, "ratio").formula == "77%"
    assert a.cost.fund_pays == Decimal("14784.00")


# ------------------------------------------------------------ 大同 (140200): 自行外出 people need no filing
# dt.gov.cn 【医保百问】 (来源：大同医保, 2024-04-17):
# "跨统筹区(省外)非急诊抢救且未转诊的自行外出的就医人员(此类人员无需备案),
# 城镇职工基本医疗保险住院支付比例为:一类60%(三甲医院)…; 城乡居民…一类40%(三甲医院)…".
# The national rules give direct settlement to those who have filed (医保发〔2022〕22号 通知二(二)); the page does
# not say whether a hospital settles directly without a filing. So the filing is a suggestion, never [必须], with a
# note saying both.

DATONG_CITE = "跨统筹区(省外)非急诊抢救且未转诊的自行外出的就医人员(此类人员无需备案)"
DATONG_NOTE_ZH = (
    f"大同市的政策写明“{DATONG_CITE}”，按其公布的比例报销，所以不列为必须。但按国家规定，备案后才享受跨省直接结算"
    "（医保发〔2022〕22号通知二(二)；医保发〔2024〕21号一(二)：原则上“先备案，后结算”）；不备案时医院能否直接结算，"
    "该页面没有说明，不能直接结算的要先全额垫付、再回参保地手工报销。请尽早向参保地医保经办机构或12393确认；"
    "备案可在线办理。")
DATONG_NOTE_EN = (
    f"大同市's own rules say “{DATONG_CITE}” (no filing needed) and pay this care at their published ratios, so it is "
    "not listed as required. But under the national rules direct settlement across provinces comes with a filing "
    "(医保发〔2022〕22号 §2(2); 医保发〔2024〕21号 §1(2): “先备案，后结算” as a rule), and that page does not say "
    "whether the hospital will settle directly without one; if it will not, you pay in full and claim at home on "
    "paper. Ask your home region's insurance office or call 12393 early; filing can be done online.")
DATONG_ARGS = ("check", "--insured-in", "大同", "--treated-in", "北京", "--scenario", "temporary",
               "--insurance", "employee", "--cost", "10000", "--today", "2026-12-02", "--event-date", "2026-11-20")


def _medins(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("medins", path=str(Path(sys.executable).parent)) or shutil.which("medins")
    cmd = [exe] if exe else [sys.executable, "-m", "medins_cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                          env={**os.environ, "COLUMNS": "400"})


def _flat(text: str) -> str:
    """Text without whitespace: a note the terminal renderer wrapped compares equal to the message."""
    return re.sub(r"\s+", "", text)


def test_datong_temporary_filing_is_a_suggestion_zh_installed_command() -> None:
    proc = _medins(*DATONG_ARGS)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    out = _flat(proc.stdout)
    assert "☐ [建议] 补办其他临时外出就医人员备案 — 出院结算之前" in proc.stdout
    assert "[必须]" not in proc.stdout
    assert _flat(DATONG_NOTE_ZH) in out
    assert "filing.required.temporary (dt-yibaobaiwen-20240417)" in proc.stdout
    assert "filing.direct_settlement_needs_filing (nhsa-2022-22)" in proc.stdout
    # The unfiled cost is 大同's published 自行外出 ratio, as before: 10000 × 60% = 6000.
    assert "(10000 − 0) × 60% = 6000" in proc.stdout
    assert proc.stdout.rstrip().splitlines()[-2] == "没有必须办理的事项；上面的建议事项请留意。"


def test_datong_temporary_filing_is_a_suggestion_en() -> None:
    proc = _medins(*DATONG_ARGS, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    out = _flat(proc.stdout)
    title = "☐ [advised] File late for other temporary care (其他临时外出就医) — Before discharge settlement"
    assert _flat(title) in out
    assert _flat(DATONG_NOTE_EN) in out
    assert "[required]" not in proc.stdout
    assert proc.stdout.rstrip().splitlines()[-2] == "Nothing required; see the suggested steps above."


def test_datong_temporary_json() -> None:
    proc = _medins(*DATONG_ARGS, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["status"] == {"exit_code": 0, "action_required": False, "overdue": False}
    [f] = [f for f in doc["filings"] if f["category"] == "temporary"]
    assert (f["id"], f["required"], f["done"], f["when"]) == ("late_filing", False, False, "出院结算之前")
    assert f["notes"][0] == DATONG_NOTE_ZH
    [src] = [s for s in doc["sources"] if s["id"] == "dt-yibaobaiwen-20240417"]
    assert src["kind"] == "official" and src["effective_from"] == "2024-04-17" and src["as_of"] is True
    assert src["title"] == "大同市人民政府网站 【医保百问】异地就医直接结算比例是多少?（来源：大同医保）"
    assert DATONG_CITE in src["cites"] and "filing.required.temporary" in src["parameters"]
    assert (doc["cost"]["fund_pays"], doc["cost"]["out_of_pocket"]) == (6000, 4000)


def test_datong_before_the_visit_keeps_the_suggested_date() -> None:
    # Planned trip: the suggested filing date (2 working days before 2026-12-20, counted from the next day) stays.
    a = advise(today=dt.date(2026, 12, 2), scenario="temporary", insured_in="大同", treated_in="北京",
               event_date="2026-12-20", cost="10000")
    [f] = [f for f in a.filings if f.id == "filing"]
    assert (f.required, f.suggested_by) == (False, dt.date(2026, 12, 16))
    assert f.notes[0].key == "note.filing_not_required"
    assert not a.action_required


def test_datong_settled_unfiled_claim_stays_required() -> None:
    # Paid in full and discharged: 补办 is not required by 大同's page (whether the claim asks for it is unknown);
    # the paper claim is what gets the money back, so it stays required (exit 1).
    a = advise(today=dt.date(2026, 12, 2), scenario="temporary", insured_in="大同", treated_in="北京",
               event_date="2026-11-20", settled=True, discharge_date="2026-11-28", cost="10000")
    late = next(f for f in a.filings if f.id == "late_filing_after_discharge")
    claim = next(f for f in a.filings if f.id == "manual_claim")
    assert (late.required, claim.required) == (False, True)
    assert t(late.notes[0].key, "zh", **late.notes[0].params) == (
        f"大同市的政策写明“{DATONG_CITE}”，所以不列为必须。回参保地手工报销前是否仍要补办备案，该页面没有说明：请向"
        "参保地医保经办机构或12393确认。")
    assert a.action_required


def test_datong_resident_and_county_follow_the_city() -> None:
    # 云冈区 (a district of 大同) shares the city's file; 城乡居民 一类 40%: 10000 × 40% = 4000.
    a = advise(today=dt.date(2026, 12, 2), scenario="temporary", insured_in="云冈区", treated_in="北京",
               event_date="2026-11-20", insurance="resident", cost="10000")
    [f] = [f for f in a.filings if f.category == "temporary"]
    assert not f.required and f.notes[0].key == "note.filing_not_required"
    assert a.cost.fund_pays == Decimal("4000.00")


def test_datong_referral_and_pharmacy_still_need_their_filing() -> None:
    # The page exempts only the 自行外出 (temporary) people, and speaks of 住院: a referral filing and a pharmacy
    # purchase's filing stay required.
    ref = advise(today=dt.date(2026, 12, 2), scenario="referral", insured_in="大同", treated_in="北京",
                 event_date="2026-12-20", referral="yes")
    assert next(f for f in ref.filings if f.id == "filing").required
    shop = advise(today=dt.date(2026, 12, 2), scenario="pharmacy", insured_in="大同", treated_in="北京",
                  chronic_disease="糖尿病")
    assert [f.required for f in shop.filings if f.category == "temporary"] in ([True], [])


def test_taiyuan_neighbour_unchanged() -> None:
    # 太原 has no such rule: the late filing is still [必须] (exit 1), with no 大同 note.
    proc = _medins(*DATONG_ARGS[:2], "太原", *DATONG_ARGS[3:])
    assert proc.returncode == 1, proc.stderr
    assert "☐ [必须] 补办其他临时外出就医人员备案 — 出院结算之前" in proc.stdout
    assert "无需备案" not in proc.stdout
    assert proc.stdout.rstrip().splitlines()[-2] == "还有必须办理的事项。"


# ------------------------------------------------- 大同 (140200): 省内 自行外出 people need no filing either
# The same page: "对跨统筹区(省内)非急诊抢救且未转诊的自行外出的就医人员(此类人员无需备案)". Only these people: the page
# says nothing of a filing for 大同's long-term or referral people elsewhere in 山西, so they are still told to ask.
# It does not say whether a hospital elsewhere in 山西 settles directly without a filing: said as unknown.

DATONG_INTRA_CITE = "对跨统筹区(省内)非急诊抢救且未转诊的自行外出的就医人员(此类人员无需备案)"
DATONG_INTRA_NOTE_ZH = (
    f"大同市的政策写明“{DATONG_INTRA_CITE}”，所以不列为必须。不备案时就医地医院能否直接结算、不能直接结算时怎样回参保地"
    "报销，该页面没有说明：请尽早向参保地医保经办机构或12393确认。")
DATONG_INTRA_NOTE_EN = (
    f"大同市's own rules say “{DATONG_INTRA_CITE}” (no filing needed), so it is not listed as required. Whether the "
    "hospital will settle directly without a filing, and how to claim at home if it will not, that page does not "
    "say: ask your home region's insurance office or call 12393 early.")
INTRA_ARGS = ("check", "--insured-in", "大同", "--treated-in", "太原", "--scenario", "temporary", "--today",
              "2026-12-02", "--event-date", "2026-12-20")
ASK_ZH = "☐ [必须] 问清本省是否要求省内异地就医备案（参保地医保经办机构或 12393），要求的话先备案"


def test_datong_to_taiyuan_temporary_is_a_suggestion_zh_installed_command() -> None:
    proc = _medins(*INTRA_ARGS)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "☐ [建议] 办理省内异地就医备案\n" in proc.stdout
    assert "[必须]" not in proc.stdout
    assert _flat(DATONG_INTRA_NOTE_ZH) in _flat(proc.stdout)
    assert "intra_province.filing.required.temporary (dt-yibaobaiwen-20240417)" in proc.stdout
    # The province-wide setting is not read for these people: no "not sourced, assumed required" default.
    assert "本省是否要求省内异地备案未找到来源" not in proc.stdout
    assert "intra_province.filing_required" not in proc.stdout
    assert proc.stdout.rstrip().splitlines()[-2] == "没有必须办理的事项；上面的建议事项请留意。"


def test_datong_to_taiyuan_temporary_en() -> None:
    proc = _medins(*INTRA_ARGS, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert "☐ [advised] File for care elsewhere in the province\n" in proc.stdout
    assert _flat(DATONG_INTRA_NOTE_EN) in _flat(proc.stdout)
    assert "[required]" not in proc.stdout
    assert proc.stdout.rstrip().splitlines()[-2] == "Nothing required; see the suggested steps above."


def test_datong_to_taiyuan_temporary_json() -> None:
    proc = _medins(*INTRA_ARGS, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["relation"] == "intra_province"
    assert doc["status"] == {"exit_code": 0, "action_required": False, "overdue": False}
    [f] = doc["filings"]
    assert (f["id"], f["title"], f["required"], f["done"]) == (
        "intra_province_filing", "办理省内异地就医备案", False, False)
    assert f["notes"] == [DATONG_INTRA_NOTE_ZH, "省内异地的备案和待遇由各省规定，可咨询参保地经办机构。"]
    [src] = [s for s in doc["sources"] if s["id"] == "dt-yibaobaiwen-20240417"]
    assert src["parameters"] == ["intra_province.filing.required.temporary"]
    assert src["cites"] == [DATONG_INTRA_CITE]
    assert all(d["parameter"] != "intra_province.filing_required" for d in doc["defaults_used"])


def test_datong_to_taiyuan_settled_says_the_claim_question() -> None:
    a = advise(today=dt.date(2026, 12, 2), scenario="temporary", insured_in="大同", treated_in="太原",
               event_date="2026-11-20", settled=True, discharge_date="2026-11-28")
    [f] = a.filings
    assert not f.required and not a.action_required
    assert t(f.notes[0].key, "zh", **f.notes[0].params) == (
        f"大同市的政策写明“{DATONG_INTRA_CITE}”，所以不列为必须。已出院结算的，回参保地报销前是否仍要补办备案，"
        "该页面没有说明：请向参保地医保经办机构或12393确认。")


def test_datong_to_taiyuan_long_term_and_referral_unchanged() -> None:
    # Not exempted by the page: still "ask whether the province requires a filing", [必须], exit 1.
    for extra in (("--scenario", "long-term"), ("--scenario", "referral", "--referral")):
        proc = _medins(*INTRA_ARGS[:5], *extra, *INTRA_ARGS[7:])
        assert proc.returncode == 1, (extra, proc.stderr)
        assert _flat(ASK_ZH) in _flat(proc.stdout)
        assert "~ 本省是否要求省内异地备案未找到来源，按需要备案提示" in proc.stdout
        assert "无需备案" not in proc.stdout


def test_datong_to_taiyuan_pharmacy_unchanged() -> None:
    # The page speaks of 住院: a pharmacy purchase elsewhere in 山西 keeps the province-wide question.
    a = advise(today=dt.date(2026, 12, 2), scenario="pharmacy", insured_in="大同", treated_in="太原")
    [f] = a.filings
    assert f.required and f.title.key == "filing.intra_province_ask"
    assert not any(n.key.startswith("note.intra_filing_not_required") for n in f.notes)


def test_taiyuan_to_datong_unchanged() -> None:
    # 太原 insured: 大同's rule is not 太原's.
    proc = _medins("check", "--insured-in", "太原", "--treated-in", "大同", *INTRA_ARGS[5:])
    assert proc.returncode == 1, proc.stderr
    assert _flat(ASK_ZH) in _flat(proc.stdout)
    assert "无需备案" not in proc.stdout and "dt-yibaobaiwen-20240417" not in proc.stdout


# The summary after discharge says what the step says: 大同 does not ask for the late filing; whether the claim
# does is to be asked.
SETTLED_ARGS = ("check", "--insured-in", "大同", "--treated-in", "北京", "--scenario", "temporary", "--today",
                "2026-12-02", "--event-date", "2026-11-20", "--settled", "--discharge-date", "2026-11-28", "--json")


def test_datong_settled_summary_zh_and_en() -> None:
    zh = _medins(*SETTLED_ARGS)
    en = _medins(*SETTLED_ARGS, "--lang", "en")
    assert (zh.returncode, en.returncode) == (1, 1), zh.stderr + en.stderr  # the paper claim is still required
    assert json.loads(zh.stdout)["summary"] == (
        "已出院结算、事先未备案的：不能再直接结算，可回参保地手工报销（按参保地规定）；大同市的政策写明此类人员无需备案，"
        "报销前是否仍要补办备案，请向参保地医保经办机构或12393确认。")
    assert json.loads(en.stdout)["summary"] == (
        "If you were discharged and settled without a filing: direct settlement is no longer possible; claim at "
        "home on paper (under your home region's rules). 大同市's own rules say this care needs no filing; whether a "
        "late filing is still asked for before the claim, ask your home region's insurance office or call 12393.")


def test_settled_summary_unchanged_elsewhere() -> None:
    # 太原 (no such rule), and 大同's own referral and pharmacy cases: "补办备案后可回参保地手工报销".
    taiyuan = _medins("check", "--insured-in", "太原", *SETTLED_ARGS[3:])
    referral = _medins(*SETTLED_ARGS[:5], "--scenario", "referral", "--referral", *SETTLED_ARGS[7:])
    for proc in (taiyuan, referral):
        assert json.loads(proc.stdout)["summary"] == (
            "已出院结算、事先未备案的：不能再直接结算，补办备案后可回参保地手工报销（按参保地规定）。")

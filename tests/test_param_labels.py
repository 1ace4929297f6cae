"""Parameter keys have plain names; a person reads the name, the key stays in JSON and the technical details."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import POLICIES, advise
from test_checklist_page import keys_in, terminal
from test_installed import medins_cmd

from medins_cli.exports import to_html, to_markdown
from medins_cli.messages import tm
from medins_cli.page import build_page
from medins_cli.param_labels import label
from medins_cli.policy_keys import all_keys

BEIJING = dict(scenario="long-term", insured_in="北京", treated_in="海口", cost="30000", event_date="2026-12-20")
HANGZHOU = dict(scenario="temporary", insured_in="杭州", treated_in="宁波", cost="1000", event_date="2026-12-22")


@pytest.mark.parametrize(("key", "zh", "en"), [
    ("inpatient.deductible.employee", "住院起付线（职工）", "inpatient deductible (employee)"),
    ("inpatient.deductible.employee.level3", "住院起付线（职工，三级医院）",
     "inpatient deductible (employee, level-3 hospital)"),
    ("inpatient.ratio.employee.retired.level3", "住院报销比例（职工，退休，三级医院）",
     "inpatient reimbursement ratio (employee, retired, level-3 hospital)"),
    ("cross_province.ratio.employee.retired.temporary.level3", "跨省就医报销比例（职工，退休，其他临时外出，三级医院）",
     "cross-province reimbursement ratio (employee, retired, temporary stay, level-3 hospital)"),
    ("inpatient.deductible.employee.tier2.retired.level1", "住院起付线（职工，二档，退休，一级医院）",
     "inpatient deductible (employee, contribution tier 2, retired, level-1 hospital)"),
    ("filing.temporary.validity_months", "临时外出就医备案有效期", "validity of a temporary filing"),
    ("emergency.registration_window_working_days", "急诊抢救补办备案时限（工作日）",
     "time to register emergency care (working days)"),
    ("inpatient.made_up.employee", "一项未登记的参数（见技术细节）",
     "an unregistered parameter (see technical details)"),
    ("inpatient.ratio.employee.martian", "一项未登记的参数（见技术细节）",
     "an unregistered parameter (see technical details)"),
])
def test_label_is_made_from_the_key_parts(key: str, zh: str, en: str) -> None:
    assert (tm(label(key), "zh"), tm(label(key), "en")) == (zh, en)


def test_every_registered_key_has_a_plain_name() -> None:
    unnamed = [k for k in all_keys() if label(k).key == "plabel.unregistered"]
    assert unnamed == []
    assert not any("." in tm(label(k), lang) or "_" in tm(label(k), lang) for k in all_keys() for lang in ("zh", "en"))


@pytest.mark.parametrize(("case", "zh", "en"), [
    (BEIJING, "北京市住院起付线（职工）、北京市住院报销比例（职工，在职，三级医院）",
     "北京市 inpatient deductible (employee), 北京市 inpatient reimbursement ratio (employee, in service, "
     "level-3 hospital)"),
    (HANGZHOU, "杭州市住院起付线（职工，三级医院）、杭州市住院报销比例（职工，在职，三级医院）",
     "杭州市 inpatient deductible (employee, level-3 hospital), 杭州市 inpatient reimbursement ratio (employee, "
     "in service, level-3 hospital)"),
])
def test_low_confidence_warning_names_figures_in_plain_words(case: dict, zh: str, en: str) -> None:
    a = advise(**case)
    msg = dict(a.warnings)["low_confidence"]
    assert tm(msg, "zh") == ("以下数字只找到第三方转载来源（可信度低），请向参保地医保经办机构或 12393 核实，"
                             "或用自己的数字（--deductible/--ratio/--cap）：" + zh)
    assert tm(msg, "en") == ("These figures come only from third-party reposts (low confidence); check them with your "
                             "home insurance office or 12393, or give your own (--deductible/--ratio/--cap): " + en)
    for lang in ("zh", "en"):
        lab = build_page(a, lang).labels
        for text in (terminal(a, lang), to_markdown(a, lang).replace("\\_", "_")):
            before, _, after = text.partition(lab["technical"])
            assert keys_in(before, a) == []
            assert "inpatient.deductible.employee" in after  # the keys are still there for checking
        body, _, tech = to_html(a, lang).partition('<section id="technical"')
        assert keys_in(body, a) == [] and "inpatient.deductible.employee" in tech


def test_installed_command_names_figures_and_json_keeps_the_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    argv = ["check", "-s", "long-term", "--insured-in", "北京", "--treated-in", "海口", "--cost", "30000",
            "--event-date", "2026-12-20", "--today", "2026-12-01"]
    proc = subprocess.run(medins_cmd() + argv + ["--lang", "en"], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60, env={"COLUMNS": "400", "PATH": "/usr/bin:/bin"})
    before, _, after = proc.stdout.partition("Technical details")
    assert ("or give your own (--deductible/--ratio/--cap): 北京市 inpatient deductible (employee), 北京市 inpatient "
            "reimbursement ratio (employee, in service, level-3 hospital)") in before
    assert "inpatient.deductible.employee" not in before and "inpatient.deductible.employee" in after
    proc = subprocess.run(medins_cmd() + argv + ["--json"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    doc = json.loads(proc.stdout)
    low = [s["parameters"] for s in doc["sources"] if s["region"] == "110000" and s["confidence"] == "low"]
    assert ["inpatient.deductible.employee" in p for p in low] == [True]
    assert "inpatient.deductible.employee" not in json.dumps([w["message"] for w in doc["warnings"]])


def _insured_regions() -> list[str]:
    return sorted(p.name.split("-")[0] for p in (POLICIES / "regions").glob("*.yaml"))


@pytest.mark.parametrize("code", _insured_regions())
def test_no_parameter_key_outside_technical_details(code: str) -> None:
    """Every region with a policy file, the scenarios that read the most figures, both insurance types."""
    for raw in (dict(scenario="long-term", long_term_kind="retiree", retired=True, insurance="employee"),
                dict(scenario="temporary", insurance="resident", filed=False),
                dict(scenario="referral", insurance="employee", hospital_level="2")):
        treated = "110000" if not code.startswith("11") else "310000"
        a = advise(insured_in=code, treated_in=treated, event_date="2026-12-20", cost="50000", **raw)
        for lang in ("zh", "en"):
            page = build_page(a, lang)
            human = [page.case_line, page.summary, *page.warnings, *page.defaults, *page.unused, *page.assumptions,
                     *page.cost_notes, *(r.label for c in page.costs for r in c.rows),
                     *(x for f in page.todo for x in (f.title, f.when or "", *f.notes, *f.materials)),
                     *(r.basis for r in page.deadlines + page.suggestions)]
            assert keys_in("\n".join(human), a) == [], (code, raw, lang)

"""Facts the person gave are never contradicted (INTERFACES.md "Facts implied by answers").

One function, `inputs.implied`, applies what an answer implies for every face: 异地安置退休 ⇒ retired;
城乡居民 ⇒ no personal account; a filing date ⇒ filed. A contradiction is exit 2 naming both inputs.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medins_cli.errors import InputError
from medins_cli.inputs import implied
from tests.conftest import advise, run_main

TODAY = dt.date(2026, 12, 1)
DALIAN_RETIREE = dict(scenario="long-term", insured_in="大连", treated_in="上海", filed=True, cost="45000",
                      out_of_catalog="5000")


run = run_main


def test_relocated_retiree_is_priced_as_retired() -> None:
    # The case: 大连 → 上海 异地安置退休, filed, 45000 with 5000 目录外. 11722.50 is the in-service figure.
    by_kind = advise(TODAY, long_term_kind="retiree", **DALIAN_RETIREE)
    by_flag = advise(TODAY, long_term_kind="retiree", retired=True, **DALIAN_RETIREE)
    by_name = advise(TODAY, **{**DALIAN_RETIREE, "scenario": "异地安置退休"})
    assert by_kind.cost.out_of_pocket == by_flag.cost.out_of_pocket == by_name.cost.out_of_pocket
    assert str(by_kind.cost.out_of_pocket) == "8786.25"
    keys = [m.key for m in by_kind.case.defaulted]
    assert "assume.implied.retired" in keys and "assume.default.retired" not in keys
    in_service = advise(TODAY, long_term_kind="living", retired=False, **DALIAN_RETIREE)
    assert str(in_service.cost.out_of_pocket) == "11722.50"


def test_filing_date_means_filed() -> None:
    a = advise(TODAY, scenario="temporary", insured_in="临沂", treated_in="上海", filed_on="2026-11-20",
               event_date="2026-12-20")
    assert a.case.filed is True
    assert "assume.default.filed" not in [m.key for m in a.case.defaulted]


def test_resident_pharmacy_is_never_a_personal_account() -> None:
    a = advise(TODAY, scenario="pharmacy", insurance="resident", insured_in="大连", treated_in="上海")
    assert a.case.pharmacy_mode == "chronic"
    assert all(f.id != "personal_account_authorization" for f in a.filings)
    assert "assume.default.pharmacy_mode" not in [m.key for m in a.case.defaulted]


BASE = ["check", "--insured-in", "大连", "--treated-in", "上海", "--today", "2026-12-01"]


@pytest.mark.parametrize(
    ("extra", "en", "zh"),
    [
        (["-s", "long-term", "--long-term-kind", "retiree", "--in-service"],
         "Conflicting options: --long-term-kind retiree (relocated retiree) means retired, which contradicts "
         "--in-service; drop one of them.",
         "选项冲突：--long-term-kind retiree（异地安置退休人员）就是已退休，与 --in-service（在职）矛盾；"
         "请去掉其中一个。"),
        (["-s", "异地安置退休", "--in-service"],
         "Conflicting options: --scenario 异地安置退休 (relocated retiree) means retired, which contradicts "
         "--in-service; drop one of them.",
         "选项冲突：--scenario 异地安置退休（异地安置退休人员）就是已退休，与 --in-service（在职）矛盾；"
         "请去掉其中一个。"),
        (["-s", "temporary", "--filed", "--not-filed"],
         "Conflicting options: --filed and --not-filed contradict each other; give one.",
         "选项冲突：--filed 与 --not-filed 同时给出，互相矛盾；请只写一个。"),
        (["-s", "temporary", "--not-filed", "--filed"],
         "Conflicting options: --filed and --not-filed contradict each other; give one.",
         "选项冲突：--filed 与 --not-filed 同时给出，互相矛盾；请只写一个。"),
        (["-s", "temporary", "--retired", "--in-service"],
         "Conflicting options: --retired and --in-service contradict each other; give one.",
         "选项冲突：--retired 与 --in-service 同时给出，互相矛盾；请只写一个。"),
        (["-s", "pharmacy-account", "--insurance", "resident"],
         "Conflicting options: --insurance resident (城乡居民) has no personal account, which contradicts "
         "--scenario pharmacy-account (personal-account purchase); residents use --scenario pharmacy "
         "--chronic-disease.",
         "选项冲突：--insurance resident（城乡居民医保）没有个人账户，与 --scenario pharmacy-account（个人账户购药）"
         "矛盾；城乡居民跨省购药请用 --scenario pharmacy --chronic-disease。"),
        (["-s", "temporary", "--filed-on", "2026-11-01", "--not-filed"],
         "Conflicting options: --filed-on given with --not-filed.", "选项冲突：给了 --filed-on 却选了 --not-filed。"),
        (["-s", "pharmacy-account", "--chronic-disease", "糖尿病"],
         "Conflicting options: --scenario pharmacy-account (personal-account purchase) and --chronic-disease "
         "(门诊慢特病) are two different ways to buy medicine; give one.",
         "选项冲突：--scenario pharmacy-account（个人账户购药）与 --chronic-disease（门诊慢特病）是两种购药方式；"
         "请只写一个。"),
        (["-s", "异地安置退休", "--long-term-kind", "living"],
         "Conflicting options: --scenario 异地安置退休 and --long-term-kind living name different long-term kinds; "
         "give one.",
         "选项冲突：--scenario 异地安置退休 与 --long-term-kind living 说的是不同的长期居住类别；请只写一个。"),
    ],
)
def test_contradiction_is_exit_2_naming_both(capsys: pytest.CaptureFixture[str], extra: list[str], en: str,
                                             zh: str) -> None:
    code, out, err = run(capsys, *BASE, *extra, "--lang", "en")
    assert (code, out, err) == (2, "", f"medins: error: {en}\n")
    code, out, err = run(capsys, *BASE, *extra, "--lang", "zh", "--json")
    assert code == 2 and json.loads(out)["error"]["message"] == zh
    assert err == f"medins: 错误: {zh}\n"


def test_answers_file_contradiction_is_refused_too(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "a.yaml"
    f.write_text("scenario: long-term\nlong_term_kind: retiree\nretired: false\ninsured_in: 大连\n"
                 "treated_in: 上海\n", encoding="utf-8")
    code, _out, err = run(capsys, "check", "--answers", str(f), "--today", "2026-12-01", "--lang", "en")
    assert code == 2 and err == ("medins: error: Conflicting answers: long_term_kind: retiree (relocated retiree) "
                                 "means retired, which contradicts retired: false; drop one of them.\n")


def test_flag_over_answers_file_is_not_a_contradiction(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    # Flags override a replayed file by design (docs/answers-file.md); only one source says "filed".
    f = tmp_path / "a.yaml"
    f.write_text("scenario: temporary\nfiled: true\ninsured_in: 临沂\ntreated_in: 上海\n", encoding="utf-8")
    code, out, _err = run(capsys, "check", "--answers", str(f), "--not-filed", "--today", "2026-12-01", "--json")
    assert code == 1 and json.loads(out)["filings"]


SCENARIOS = ["long-term", "emergency", "referral", "pharmacy", "pharmacy-account", "temporary"]


@settings(max_examples=60, deadline=None)
@given(scenario=st.sampled_from(SCENARIOS), kind=st.sampled_from([None, "retiree", "living", "working"]),
       insurance=st.sampled_from([None, "employee", "resident"]), filed_on=st.sampled_from([None, "2026-11-20"]),
       cost=st.sampled_from([None, "30000"]))
def test_what_is_implied_is_applied(scenario: str, kind: str | None, insurance: str | None, filed_on: str | None,
                                    cost: str | None) -> None:
    raw = dict(scenario=scenario, insured_in="大连", treated_in="上海", long_term_kind=kind, insurance=insurance,
               filed_on=filed_on, cost=cost)
    try:
        a = advise(TODAY, **raw)
    except InputError as exc:
        # Only the refusals the rules name: a kind outside long-term/pharmacy, a resident's personal account.
        assert exc.key == "conflict"
        assert (kind and scenario not in ("long-term", "pharmacy", "pharmacy-account")) or (
            insurance == "resident" and scenario == "pharmacy-account")
        return
    facts = implied(raw)
    if kind == "retiree" and insurance != "resident":
        assert a.case.retired is True and facts["retired"] is True
        twin = advise(TODAY, **{**raw, "retired": True})
        assert (a.cost and a.cost.out_of_pocket) == (twin.cost and twin.cost.out_of_pocket)
    if insurance == "resident":
        assert a.case.retired is False
        assert all(f.id != "personal_account_authorization" for f in a.filings)
    if filed_on:
        assert a.case.filed is True


# ------------------------------------------------------------------ the wizard asks only what is not implied

def test_wizard_relocated_retiree_is_priced_retired_unasked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_wizard import DOWN, ENTER, Session, check_json

    s = Session(tmp_path, "wizard", "--save-answers", "r.yaml")
    s.answer("您在哪里参保", "大连", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", DOWN, ENTER)  # long-term
    s.answer("您属于哪一类长期异地人员", DOWN, ENTER)  # 异地安置退休人员
    s.answer("您参加的是哪种医保", DOWN, ENTER)  # 职工医保; "在职还是已退休" is not asked: retired is implied
    s.answer("从哪天开始在外地就医", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)  # 已经办了
    s.answer("总医疗费用多少元", "45000", ENTER)
    s.answer("目录外自费部分大约多少", "5000", ENTER)
    s.answer("这是今年第几次住院", DOWN, ENTER)  # 第一次
    s.answer("要输入您自己的起付线", ENTER)
    s.answer("都对吗", ENTER)
    code, out = s.finish()
    assert "您在职还是已退休" not in out
    assert "8786.25" in out and "11722.50" not in out
    assert "异地安置退休人员，按退休人员待遇计算。" in out and "未指定是否退休" not in out
    _, replay = check_json(tmp_path, "--answers", "r.yaml")
    _, flags = check_json(tmp_path, "-s", "long-term", "--long-term-kind", "retiree", "--retired", "--insured-in",
                          "大连", "--treated-in", "上海", "--filed", "--cost", "45000", "--out-of-catalog", "5000",
                          "--insurance", "employee", "--hospital-level", "3", "--event-date", "2026-11-23",
                          "--stay", "1")
    assert replay["cost"] == flags["cost"] and replay["cost"]["out_of_pocket"] == 8786.25
    assert code == 0


def test_wizard_resident_is_not_offered_a_personal_account(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_wizard import DOWN, ENTER, Session

    s = Session(tmp_path, "wizard", "--save-answers", "rx.yaml")
    s.answer("您在哪里参保", "大连", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", DOWN * 4, ENTER)  # pharmacy
    s.answer("您参加的是哪种医保", DOWN * 2, ENTER)  # 城乡居民: no retired question, no purchase-mode question
    s.expect("城乡居民医保没有个人账户：跨省购药按门诊慢特病办理。")
    s.answer("哪种门诊慢特病", DOWN * 2, ENTER)  # 糖尿病
    s.answer("打算哪天买药", ENTER)
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)
    s.answer("都对吗", ENTER)
    code, out = s.finish()
    assert "买药用哪种方式" not in out and "您在职还是已退休" not in out
    text = (tmp_path / "rx.yaml").read_text(encoding="utf-8")
    assert 'scenario: "pharmacy"' in text and 'chronic_disease: "糖尿病"' in text
    assert code == 1  # filed, but the 门诊慢特病 qualification (医保办发〔2024〕19号 三(一)) is still to confirm


def test_batch_lines_share_the_rule() -> None:
    import subprocess

    from tests.test_installed import medins_cmd

    lines = [dict(scenario="long-term", long_term_kind="retiree", retired=False, insured_in="大连", treated_in="上海"),
             dict(DALIAN_RETIREE, long_term_kind="retiree", event_date="2026-12-01")]
    proc = subprocess.run(medins_cmd() + ["batch", "--today", "2026-12-01", "--lang", "en"],
                          input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode(),
                          capture_output=True, timeout=60)
    bad, good = (json.loads(x) for x in proc.stdout.decode().splitlines())
    assert bad["error"]["message"] == ("Conflicting answers: long_term_kind: retiree (relocated retiree) means "
                                       "retired, which contradicts retired: false; drop one of them.")
    assert good["inputs"]["retired"] is True and good["cost"]["out_of_pocket"] == 8786.25

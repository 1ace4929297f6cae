"""`filing.required.<category>: false` — a region whose own rules need no filing for a 临时外出 category.

The insured region's page says the category needs no filing (e.g. 大同: "自行外出的就医人员(此类人员无需备案)"); the
national rules give direct settlement to those who have filed (医保发〔2022〕22号 通知二(二)). So for inpatient
care the filing is shown as a suggestion, never required, with a note quoting the region's rule. The 大同 case
itself is tested in tests/test_region_shanxi.py; here: the rule on fixture data, and validate. The same for care
elsewhere in the province (`intra_province.filing.required.<category>`, before the province-wide
`intra_province.filing_required` for that category), and the summary of a discharged unfiled case.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medins_cli.messages import t
from tests.conftest import POLICIES, advise

TODAY = dt.date(2026, 12, 2)

# The test region's file up to its parameters: every fixture below is this and one setting.
HEAD = """\
# TEST FIXTURE — NOT A REAL POLICY (tests/test_rules_filing_required.py).
schema: medins-policy/1
region: "130200"
name: 唐山市（测试数据）
sources:
  fixture:
    title: TEST FIXTURE — not a real policy
    kind: official
"""

FIXTURE = HEAD + """\
parameters:
  filing:
    required:
      referral:
        - {{effective_from: 2024-01-01, value: {value}, source: fixture, cite: 转诊人员无需备案（测试）}}
"""


def _root(tmp_path: Path, value: str = "false", national_rule: bool = True) -> Path:
    root = tmp_path / "policies"
    shutil.copytree(POLICIES, root)
    (root / "regions" / "130200-tangshan.yaml").write_text(FIXTURE.format(value=value), encoding="utf-8")
    if not national_rule:
        nat = root / "national.yaml"
        text = nat.read_text(encoding="utf-8")
        start = text.index("    direct_settlement_needs_filing:")
        end = text.index("    admitted_within_validity_settles:")
        nat.write_text(text[:start] + text[end:], encoding="utf-8")
    return root


def _medins(*args: str, policy_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("medins", path=str(Path(sys.executable).parent)) or shutil.which("medins")
    cmd = [exe] if exe else [sys.executable, "-m", "medins_cli"]
    env = {k: v for k, v in os.environ.items() if k != "MEDINS_POLICY_DIR"}
    if policy_dir is not None:
        env["MEDINS_POLICY_DIR"] = str(policy_dir)
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                          env=env)


def _referral(root: Path, **raw: object):  # noqa: ANN202 - an Advice
    return advise(TODAY, root=root, scenario="referral", insured_in="唐山", treated_in="北京", referral="yes",
                  event_date="2026-12-20", **raw)


def test_exempt_category_is_a_suggestion_with_the_regions_words(tmp_path: Path) -> None:
    a = _referral(_root(tmp_path))
    f = next(f for f in a.filings if f.id == "filing")
    assert not f.required and f.category == "referral"
    assert t(f.notes[0].key, "zh", **f.notes[0].params).startswith(
        "唐山市（测试数据）的政策写明“转诊人员无需备案（测试）”，按其公布的比例报销，所以不列为必须。但按国家规定，备案后才"
        "享受跨省直接结算（医保发〔2022〕22号通知二(二)")
    assert "filing.required.referral" in {p for s in a.sources for p in s.parameters}
    assert "filing.direct_settlement_needs_filing" in {p for s in a.sources for p in s.parameters}
    # The referral certificate is a step of its own: the exemption is about the filing only.
    assert next(f for f in a.filings if f.id == "referral_certificate").required


def test_without_the_national_rule_the_note_says_only_what_is_unknown(tmp_path: Path) -> None:
    a = _referral(_root(tmp_path, national_rule=False))
    f = next(f for f in a.filings if f.id == "filing")
    assert not f.required
    assert t(f.notes[0].key, "en", **f.notes[0].params) == (
        "唐山市（测试数据）'s own rules say “转诊人员无需备案（测试）” (no filing needed), so it is not listed as "
        "required. Whether the hospital will settle directly without a filing, that page does not say: ask your "
        "home region's insurance office or call 12393 early.")


def test_true_is_the_national_rule(tmp_path: Path) -> None:
    a = _referral(_root(tmp_path, value="true"))
    f = next(f for f in a.filings if f.id == "filing")
    assert f.required and not any(n.key.startswith("note.filing_not_required") for n in f.notes)


def test_other_categories_and_neighbours_unaffected(tmp_path: Path) -> None:
    root = _root(tmp_path)
    temp = advise(TODAY, root=root, scenario="temporary", insured_in="唐山", treated_in="北京",
                  event_date="2026-12-20")
    assert next(f for f in temp.filings if f.id == "filing").required  # only referral is exempt here
    other = advise(TODAY, root=root, scenario="referral", insured_in="石家庄", treated_in="北京", referral="yes",
                   event_date="2026-12-20")
    assert next(f for f in other.filings if f.id == "filing").required


MALFORMED = HEAD + """\
parameters:
  filing:
    required:
      temporary:
        - {effective_from: 2024-01-01, value: "no", source: fixture}
      emergency:
        - {effective_from: 2024-01-01, value: false, source: fixture}
"""


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", [":13: parameters.filing.required.temporary[0].value: no must be true or false",
            ":14: parameters.filing.required.emergency: unknown parameter key filing.required.emergency; did you "
            "mean filing.required.temporary?",
            "1 file(s) checked: 2 problem(s) found."]),
    ("zh", [":13: parameters.filing.required.temporary[0].value: no 应为 true 或 false",
            ":14: parameters.filing.required.emergency: 未登记的参数键 filing.required.emergency；是否指 "
            "filing.required.temporary？",
            "已检查 1 个文件：发现 2 个问题。"]),
])
def test_validate_rejects_a_malformed_setting(tmp_path: Path, lang: str, lines: list[str]) -> None:
    root = _root(tmp_path)
    path = root / "regions" / "130200-tangshan.yaml"
    path.write_text(MALFORMED, encoding="utf-8")
    proc = _medins("policies", "validate", str(path), "--lang", lang)
    assert proc.returncode == 1 and proc.stderr == ""
    out = proc.stdout.splitlines()
    assert out == [f"{path}{lines[0]}", f"{path}{lines[1]}", lines[2]]


def test_check_with_a_malformed_setting_is_bad_policy_not_a_traceback(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "regions" / "130200-tangshan.yaml").write_text(MALFORMED.replace(
        "      emergency:\n        - {effective_from: 2024-01-01, value: false, source: fixture}\n", ""),
        encoding="utf-8")
    proc = _medins("check", "-s", "temporary", "--insured-in", "唐山", "--treated-in", "北京", "--today",
                   "2026-12-02", "--event-date", "2026-12-20", "--lang", "en", policy_dir=root)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == ("medins: error: Policy file 130200-tangshan.yaml: filing.required.temporary[0].value: no "
                           "must be true or false (medins policies validate lists every problem)\n")


# ------------------------------------------------ intra_province.filing.required.<category>: 省内 care
INTRA_FIXTURE = HEAD + """\
parameters:
  intra_province:
    filing:
      required:
        referral:
          - {{effective_from: 2024-01-01, value: {value}, source: fixture, cite: 省内转诊人员无需备案（测试）}}
"""


def _intra_root(tmp_path: Path, value: str = "false") -> Path:
    root = tmp_path / "policies"
    shutil.copytree(POLICIES, root)
    (root / "regions" / "130200-tangshan.yaml").write_text(INTRA_FIXTURE.format(value=value), encoding="utf-8")
    return root


def _intra(root: Path, scenario: str = "referral", insured_in: str = "唐山", **raw: object):  # noqa: ANN202
    extra = {"referral": "yes"} if scenario == "referral" else {}
    return advise(TODAY, root=root, scenario=scenario, insured_in=insured_in, treated_in="石家庄",
                  event_date="2026-12-20", **extra, **raw)


def test_intra_exempt_category_is_a_suggestion_with_the_regions_words(tmp_path: Path) -> None:
    a = _intra(_intra_root(tmp_path))
    [f] = [f for f in a.filings if f.id == "intra_province_filing"]
    assert not f.required and f.title.key == "filing.intra_province"
    assert t(f.notes[0].key, "en", **f.notes[0].params) == (
        "唐山市（测试数据）'s own rules say “省内转诊人员无需备案（测试）” (no filing needed), so it is not listed as "
        "required. Whether the hospital will settle directly without a filing, and how to claim at home if it will "
        "not, that page does not say: ask your home region's insurance office or call 12393 early.")
    assert "intra_province.filing.required.referral" in {p for s in a.sources for p in s.parameters}
    assert all(d.key != "intra_province.filing_required" for d in a.defaults_used)


def test_intra_true_is_a_sourced_requirement(tmp_path: Path) -> None:
    a = _intra(_intra_root(tmp_path, value="true"))
    [f] = [f for f in a.filings if f.id == "intra_province_filing"]
    assert f.required and f.title.key == "filing.intra_province" and len(f.notes) == 1


def test_intra_other_categories_neighbours_and_cross_province_unaffected(tmp_path: Path) -> None:
    # They keep what the province-wide setting says (河北: intra_province.filing_required false), as without the
    # fixture's rule.
    root = _intra_root(tmp_path)
    for kw in ({"scenario": "temporary"}, {"scenario": "long-term"}, {"insured_in": "邯郸"}):
        [f] = [f for f in _intra(root, **kw).filings if f.id == "intra_province_filing"]
        [before] = [f for f in _intra(POLICIES, **kw).filings if f.id == "intra_province_filing"]
        assert f == before and not any(n.key.startswith("note.intra_filing_not_required") for n in f.notes)
    cross = advise(TODAY, root=root, scenario="referral", insured_in="唐山", treated_in="北京", referral="yes",
                   event_date="2026-12-20")
    assert next(f for f in cross.filings if f.id == "filing").required


def test_settled_summary_follows_the_exemption(tmp_path: Path) -> None:
    root = _root(tmp_path)
    a = advise(TODAY, root=root, scenario="referral", insured_in="唐山", treated_in="北京", referral="yes",
               event_date="2026-11-20", settled=True, discharge_date="2026-11-28")
    assert t(a.summary.key, "zh", **a.summary.params) == (
        "已出院结算、事先未备案的：不能再直接结算，可回参保地手工报销（按参保地规定）；唐山市（测试数据）的政策写明此类人员"
        "无需备案，报销前是否仍要补办备案，请向参保地医保经办机构或12393确认。")
    other = advise(TODAY, root=root, scenario="temporary", insured_in="唐山", treated_in="北京",
                   event_date="2026-11-20", settled=True, discharge_date="2026-11-28")
    assert other.summary.key == "summary.settled_unfiled"


INTRA_MALFORMED = HEAD + """\
parameters:
  intra_province:
    filing:
      required:
        temporary:
          - {effective_from: 2024-01-01, value: "no", source: fixture}
        long_term:
          - {effective_from: 2024-01-01, value: false, source: fixture}
"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_validate_rejects_a_malformed_intra_province_setting(tmp_path: Path, lang: str) -> None:
    root = _intra_root(tmp_path)
    path = root / "regions" / "130200-tangshan.yaml"
    path.write_text(INTRA_MALFORMED, encoding="utf-8")
    proc = _medins("policies", "validate", str(path), "--lang", lang)
    assert proc.returncode == 1 and proc.stderr == ""
    key = "parameters.intra_province.filing.required"
    assert proc.stdout.splitlines() == ({
        "en": [f"{path}:14: {key}.temporary[0].value: no must be true or false",
               f"{path}:15: {key}.long_term: unknown parameter key intra_province.filing.required.long_term; did "
               "you mean intra_province.filing.required.temporary?",
               "1 file(s) checked: 2 problem(s) found."],
        "zh": [f"{path}:14: {key}.temporary[0].value: no 应为 true 或 false",
               f"{path}:15: {key}.long_term: 未登记的参数键 intra_province.filing.required.long_term；是否指 "
               "intra_province.filing.required.temporary？",
               "已检查 1 个文件：发现 2 个问题。"]}[lang])


def test_check_with_a_malformed_intra_province_setting_is_bad_policy(tmp_path: Path) -> None:
    root = _intra_root(tmp_path)
    (root / "regions" / "130200-tangshan.yaml").write_text(INTRA_MALFORMED.replace(
        "        long_term:\n          - {effective_from: 2024-01-01, value: false, source: fixture}\n", ""),
        encoding="utf-8")
    proc = _medins("check", "-s", "temporary", "--insured-in", "唐山", "--treated-in", "石家庄", "--today",
                   "2026-12-02", "--event-date", "2026-12-20", "--lang", "en", policy_dir=root)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == ("medins: error: Policy file 130200-tangshan.yaml: intra_province.filing.required.temporary"
                           "[0].value: no must be true or false (medins policies validate lists every problem)\n")

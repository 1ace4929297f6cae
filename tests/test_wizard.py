"""The wizard, driven through the installed `medins` command in a real pseudo-terminal (pexpect).

Each scenario is answered the way a person would: typing region names in pinyin or characters, arrow keys
in lists, relative dates. Every session saves its answers, and replaying that file must give the same JSON
as the flags that say the same thing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

MEDINS = str(Path(sys.executable).parent / "medins")
TODAY = "2026-11-23"
DOWN, UP, ENTER, SPACE = "\x1b[B", "\x1b[A", "\r", " "
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pseudo-terminal")


class Session:
    def __init__(self, tmp: Path, *args: str, lang: str = "zh", columns: int = 100) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "MEDINS_LANG", "LANG", "LC_ALL")}
        # A pseudo-terminal under pexpect never answers cursor-position requests; without this prompt_toolkit
        # waits for each answer before drawing.
        env.update(MEDINS_LANG=lang, TERM="xterm", COLUMNS=str(columns), LINES="40", PROMPT_TOOLKIT_NO_CPR="1")
        # `medins` alone takes no options: it starts the wizard with today's real date.
        argv = [*args, "--today", TODAY, "--no-color"] if args else []
        self.child = pexpect.spawn(MEDINS, argv, cwd=str(tmp), env=env,
                                   encoding="utf-8", timeout=20, dimensions=(40, columns))
        self.transcript: list[str] = []

    def answer(self, prompt: str, *keys: str) -> None:
        self.child.expect_exact(prompt)
        self.transcript.append(self.child.before + self.child.after)
        # The prompt text is drawn a moment before the new prompt reads keys; an arrow sent in that gap
        # can be lost, as a fast typist's would be.
        time.sleep(0.05)
        for k in keys:
            self.child.send(k)

    def pointed(self, option: str) -> None:
        """Wait until the list's pointer (») is drawn on `option`: the answer Enter alone would give."""
        self.child.expect(r"» (?:\x1b\[[0-9;]*m)*" + re.escape(option))
        self.transcript.append(self.child.before + self.child.after)

    def expect(self, text: str) -> None:
        self.child.expect_exact(text)
        self.transcript.append(self.child.before + self.child.after)

    def finish(self) -> tuple[int, str]:
        self.child.expect(pexpect.EOF)
        self.transcript.append(self.child.before)
        self.child.close()
        return self.child.exitstatus, ANSI.sub("", "".join(self.transcript)).replace("\r", "")


def check_json(tmp: Path, *args: str) -> tuple[int, dict]:
    proc = subprocess.run([MEDINS, "check", *args, "--today", TODAY, "--json", "--lang", "zh"], cwd=tmp,
                          capture_output=True, text=True, timeout=60)
    return proc.returncode, json.loads(proc.stdout)


def same_advice(replay: tuple[int, dict], flags: tuple[int, dict]) -> bool:
    """The answers file replays to the same advice as the flags. Only wording that tells the person which input to
    add differs: a replay names the file's keys (filed_on), the flags run names flags (--filed-on)."""
    def content(result: tuple[int, dict]) -> tuple[int, dict]:
        code, doc = result
        return code, {**doc, "warnings": [w["id"] for w in doc["warnings"]],
                      "sourced_not_used": [u["parameter"] for u in doc["sourced_not_used"]]}

    return content(replay) == content(flags)


def save_answers_only(s: Session, name: str, *, deadlines_ahead: bool) -> None:
    s.answer("保存这些回答吗", ENTER)  # 保存
    s.answer("答案文件保存到", name, ENTER)
    if deadlines_ahead:  # the calendar is offered only when a deadline lies ahead
        s.answer("加入手机或电脑日历吗", DOWN, ENTER)  # 不用
    s.answer("导出这份清单吗", ENTER)  # 不用


def test_long_term_with_refused_date_and_a_change_at_the_summary(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "linyi", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", DOWN, ENTER)  # first option: long-term stay
    s.answer("您属于哪一类长期异地人员", DOWN * 2, ENTER)  # 异地长期居住人员
    s.answer("您参加的是哪种医保", DOWN, ENTER)  # 职工医保
    s.answer("您在职还是已退休", DOWN, ENTER)  # 在职
    s.answer("从哪天开始在外地就医", "13-45", ENTER)
    s.expect("13-45”，请写 2026-11-20、2026/11/20、11-20、今天或昨天。")  # refused at the prompt, with the reason
    s.answer("从哪天开始在外地就医", "2026-12-01", ENTER)  # asked again under the explanation
    s.answer("在哪一级医院", DOWN, ENTER)  # 三级 — changed below at the summary
    s.answer("您办理异地就医备案了吗", DOWN * 2, ENTER)  # 还没有
    s.answer("总医疗费用多少元", "20000", ENTER)
    s.answer("目录外自费部分大约多少", ENTER)  # don't know
    s.answer("这是今年第几次住院", DOWN, ENTER)  # 第一次 (临沂 halves the second stay's 起付线)
    s.answer("要输入您自己的起付线", ENTER)  # no
    s.expect("请核对您的回答")
    s.child.expect(r"(\d+)\. 医院等级: 三级医院")
    n = int(s.child.match.group(1))
    s.answer("都对吗", DOWN * n, ENTER)  # "修改 n. 医院等级"
    s.answer("在哪一级医院", DOWN, ENTER)  # 二级
    s.expect("医院等级: 二级医院")
    s.answer("都对吗", ENTER)
    save_answers_only(s, "linyi.yaml", deadlines_ahead=True)
    code, out = s.finish()

    assert code == 1  # a required filing is still to do
    assert "临沂市（山东省） 参保 → 上海市 就医 · 异地长期居住 · 职工医保 · 2026-12-01" in out
    assert "☐ [必须] 办理异地长期居住人员备案 — 建议2026-11-26前办理" in out
    assert "(18000 − 500) × 85% = 14875" in out  # unfiled: 10% first (临沂), 二级 起付线 500
    assert "(20000 − 500) × 85% = 16575" in out  # if filed
    assert "答案已保存到 linyi.yaml" in out
    assert "Traceback" not in out
    assert (tmp_path / "linyi.yaml").read_text(encoding="utf-8") == (
        "# medins 答案文件（可手工修改）。重新计算：medins check --answers 本文件；格式见 docs/answers-file.md\n"
        "medins_answers: 1\n"
        'insured_in: "临沂市"  # 参保地\n'
        'treated_in: "上海市"  # 就医地\n'
        'scenario: "long-term"  # 情况：long-term / emergency / referral / pharmacy / pharmacy-account / temporary\n'
        'long_term_kind: "living"  # 长期居住类别：retiree / living / working\n'
        'insurance: "employee"  # 医保类型：employee 职工 / resident 城乡居民\n'
        "retired: false  # 是否退休\n"
        'event_date: "2026-12-01"  # 就医日期\n'
        "hospital_level: 2  # 医院等级 1/2/3\n"
        "stay: 1  # 今年第几次住院\n"
        "filed: false  # 是否已备案\n"
        "cost: 20000  # 总费用（元）\n"
    )
    replay = check_json(tmp_path, "--answers", "linyi.yaml")
    flags = check_json(tmp_path, "-s", "long-term", "--long-term-kind", "living", "--insured-in", "临沂市",
                       "--treated-in", "上海市", "--insurance", "employee", "--in-service", "--event-date",
                       "2026-12-01", "--hospital-level", "2", "--stay", "1", "--not-filed", "--cost", "20000")
    assert same_advice(replay, flags) and replay[0] == 1


def test_emergency_settled_with_html_export(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "nanjing", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "beijing", ENTER)
    s.answer("您是哪种情况", DOWN * 2, ENTER)  # emergency
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN * 2, ENTER)  # 退休
    s.answer("哪天急诊或入院", "11-20", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("这次是因为外伤（受伤）就医吗", DOWN, ENTER)  # 不是
    s.answer("您办理异地就医备案了吗", DOWN * 2, ENTER)  # 还没有
    s.answer("已经出院并结算了吗", DOWN * 2, ENTER)  # 已经出院结算
    s.answer("哪天出院", "11-19", ENTER)
    s.expect("早于就医日期 2026-11-20")  # refused: discharge before admission
    s.answer("哪天出院", "昨天", ENTER)
    s.answer("总医疗费用多少元", "30000", ENTER)
    s.answer("目录外自费部分大约多少", "10%", ENTER)
    s.answer("要输入您自己的起付线", ENTER)
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", ENTER)
    s.answer("答案文件保存到", "nj.json", ENTER)
    # No deadline lies ahead (the claim deadline is not sourced for 南京), so no calendar is offered.
    s.answer("导出这份清单吗", DOWN, ENTER)  # 网页
    s.answer("网页清单保存到", "nj.txt", ENTER)
    s.expect("文件名需以 .html, .htm 结尾")  # refused at the prompt
    s.answer("网页清单保存到", "nj.html", ENTER)
    code, out = s.finish()

    assert code == 1
    assert "南京市（江苏省） 参保 → 北京市 就医 · 异地急诊抢救 · 职工医保 · 2026-11-20" in out
    assert "手工报销" in out
    assert "清单已导出到 nj.html" in out
    html = (tmp_path / "nj.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html and "medins 异地就医清单" in html
    saved = json.loads((tmp_path / "nj.json").read_text(encoding="utf-8"))
    assert saved == {"medins_answers": 1, "insured_in": "南京市", "treated_in": "北京市", "scenario": "emergency",
                     "insurance": "employee", "retired": True, "event_date": "2026-11-20", "hospital_level": "3",
                     "injury": False, "filed": False, "settled": True, "discharge_date": "2026-11-22", "cost": "30000",
                     "out_of_catalog": "10%"}
    replay = check_json(tmp_path, "--answers", "nj.json")
    flags = check_json(tmp_path, "-s", "emergency", "--insured-in", "南京市", "--treated-in", "北京市",
                       "--insurance", "employee", "--retired", "--event-date", "2026-11-20", "--hospital-level", "3",
                       "--no-injury", "--not-filed", "--settled", "--discharge-date", "2026-11-22", "--cost", "30000",
                       "--out-of-catalog", "10%")
    assert same_advice(replay, flags)


def test_referral_resident_without_saving(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "巴彦淖尔", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "北京", ENTER)
    s.answer("您是哪种情况", DOWN * 3, ENTER)  # referral
    s.answer("您参加的是哪种医保", DOWN * 2, ENTER)  # 城乡居民: no in-service/retired question
    s.answer("哪天去外地就医", "今天", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)  # 已经办了
    s.answer("哪天办的备案", "昨天", ENTER)
    s.answer("参保地定点医院开了转诊证明吗", DOWN, ENTER)  # 有
    s.answer("已经出院并结算了吗", DOWN, ENTER)  # 还没有
    s.answer("总医疗费用多少元", ENTER)  # don't know: no estimate
    s.expect("请核对您的回答")
    s.expect("转诊证明: 有")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)  # 不用
    s.answer("加入手机或电脑日历吗", DOWN, ENTER)  # 不用 (the filing's validity lies ahead)
    s.answer("导出这份清单吗", ENTER)  # 不用: nothing written
    code, out = s.finish()
    assert code == 0
    assert "巴彦淖尔市（内蒙古自治区） 参保 → 北京市 就医 · 异地转诊 · 城乡居民医保 · 2026-11-23" in out
    assert "☑ [已办] " in out
    assert list(tmp_path.iterdir()) == []


def test_editing_an_optional_answer_keeps_it_on_enter_and_clears_it_on_dash(tmp_path: Path) -> None:
    """At the summary, Enter alone at an optional question asked again keeps the earlier answer (a habitual Enter
    once cleared the filing date); "-" clears it, as the question says."""
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "巴彦淖尔", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "北京", ENTER)
    s.answer("您是哪种情况", DOWN * 3, ENTER)  # referral
    s.answer("您参加的是哪种医保", DOWN * 2, ENTER)  # 城乡居民
    s.answer("哪天去外地就医", "今天", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)  # 已经办了
    s.answer("哪天办的备案？（不记得可直接回车）", "2026-11-20", ENTER)
    s.answer("参保地定点医院开了转诊证明吗", DOWN, ENTER)  # 有
    s.answer("已经出院并结算了吗", DOWN, ENTER)  # 还没有
    s.answer("总医疗费用多少元", ENTER)
    s.child.expect(r"(\d+)\. 备案日期: 2026-11-20")
    n = int(s.child.match.group(1))
    s.answer("都对吗", DOWN * n, ENTER)
    s.answer("哪天办的备案？（回车保留 2026-11-20；输入 - 清空）", ENTER)
    s.child.expect(r"(\d+)\. 备案日期: 2026-11-20")  # kept
    n = int(s.child.match.group(1))
    s.answer("都对吗", DOWN * n, ENTER)
    s.answer("哪天办的备案？（回车保留 2026-11-20；输入 - 清空）", "-", ENTER)
    s.expect("请核对您的回答")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", ENTER)
    s.answer("答案文件保存到：（回车=medins-answers.yaml）", ENTER)
    s.answer("导出这份清单吗", ENTER)  # no calendar question: a filing without its date has no validity date
    s.finish()
    saved = (tmp_path / "medins-answers.yaml").read_text(encoding="utf-8")
    assert "filed: true" in saved and "filed_on" not in saved  # cleared; still filed


def test_not_sure_of_the_situation_is_decided_by_the_categories(tmp_path: Path) -> None:
    """The situation list starts on 不确定 (Enter alone states no situation); its questions follow 经办规程第七条 in
    order, the first "yes" decides, and the result is said and can be changed on the summary page."""
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "北京", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "海口", ENTER)
    s.expect("您是哪种情况")
    s.pointed("不确定，帮我判断")
    s.child.send(ENTER)
    s.answer("现在是突发急病，需要马上急诊或抢救吗？", ENTER)  # 不是 (Enter)
    s.answer("只是在外地药店用医保买药", ENTER)  # 不是
    s.answer("您长期在参保省以外工作、居住或生活吗", UP, ENTER)  # 是
    s.expect("按您的回答，属于：在外地长期居住（退休异地安置、长期居住、常驻外地工作）")
    s.answer("您属于哪一类长期异地人员", "\x03")  # the long-term questions follow: the rest does not matter here
    code, _out = s.finish()
    assert code == 130


def test_not_sure_with_every_answer_no_is_other_temporary_care(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard", lang="en")
    s.answer("Where are you insured?", "临沂", ENTER)
    s.answer("Where are you (or will you be) treated?", "上海", ENTER)
    s.answer("Which situation are you in?", ENTER)  # Not sure: help me decide
    for question in ("sudden illness", "only buying medicine", "outside the insuring province long-term",
                     "referral certificate"):
        s.answer(question, ENTER)  # No
    s.expect("From your answers: Other temporary care")
    s.answer("Which insurance", "\x03")
    code, _out = s.finish()
    assert code == 130


def chongqing_resident_at_home(s: Session, typed: str, level_keys: str, cost: str, ooc: str) -> None:
    """A 重庆 城乡居民 treated at home (other temporary care, same region), up to the cost questions."""
    s.answer("您在哪里参保", typed, ENTER)
    s.answer("您在哪里（或将在哪里）看病", "重庆", ENTER)
    s.answer("您是哪种情况", DOWN * 5, ENTER)  # other temporary care
    s.answer("您参加的是哪种医保", DOWN * 2, ENTER)  # 城乡居民
    s.answer("哪天看病（或入院）", "11-20", ENTER)
    s.answer("在哪一级医院", level_keys, ENTER)
    s.answer("您办理异地就医备案了吗", ENTER)  # 不知道
    s.answer("已经出院并结算了吗", DOWN, ENTER)  # 还没有
    s.answer("总医疗费用多少元", cost, ENTER)
    s.answer("目录外自费部分大约多少", ooc, ENTER)


def test_tier_asked_only_where_the_region_prices_by_it(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    chongqing_resident_at_home(s, "chongqing", DOWN * 2, "52000", "2000")  # 二级
    s.expect("重庆市的住院报销比例按缴费档次不同")
    s.answer("交的是哪一档", DOWN, ENTER)  # 一档
    s.answer("要输入您自己的起付线", ENTER)  # no
    s.expect("缴费档次: 一档")
    s.answer("都对吗", ENTER)
    save_answers_only(s, "cq.yaml", deadlines_ahead=False)
    code, out = s.finish()
    assert code == 0
    assert "(50000 − 300) × 70% = 34790" in out  # 渝北区医疗保障局's published example, from the shipped data
    saved = (tmp_path / "cq.yaml").read_text(encoding="utf-8")
    assert 'tier: 1  # 缴费档次 1/2/3（参保地按档次定待遇时）\n' in saved
    replay = check_json(tmp_path, "--answers", "cq.yaml")
    flags = check_json(tmp_path, "-s", "temporary", "--insured-in", "重庆市", "--treated-in", "重庆市",
                       "--insurance", "resident", "--tier", "1", "--event-date", "2026-11-20", "--not-settled",
                       "--hospital-level", "2", "--cost", "52000", "--out-of-catalog", "2000")
    assert same_advice(replay, flags)
    assert replay[1]["cost"]["fund_pays"] == 34790


def test_tier_question_dropped_when_a_change_makes_it_irrelevant(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    chongqing_resident_at_home(s, "重庆", DOWN, "10000", "")  # 三级
    s.answer("交的是哪一档", DOWN * 2, ENTER)  # 二档
    s.answer("要输入您自己的起付线", ENTER)
    s.child.expect(r"(\d+)\. 医保类型: 城乡居民")
    n = int(s.child.match.group(1))
    s.expect("缴费档次: 二档")
    s.answer("都对吗", DOWN * n, ENTER)  # change 医保类型
    s.answer("您参加的是哪种医保", UP, ENTER)  # 职工医保: 重庆 has no 职工 tiers in the data
    s.answer("您在职还是已退休", ENTER)
    s.expect("请核对您的回答")
    s.answer("都对吗", ENTER)
    save_answers_only(s, "cq.yaml", deadlines_ahead=False)
    code, out = s.finish()
    assert code == 0
    assert "缴费档次: 二档" not in out.split("请核对您的回答")[-1]
    assert "tier:" not in (tmp_path / "cq.yaml").read_text(encoding="utf-8")


def test_stay_of_the_year_asked_where_later_stays_are_priced(tmp_path: Path, fixture_policies: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDINS_POLICY_DIR", str(fixture_policies))  # 呼和浩特 test region: later stays 400
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "150100", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", DOWN, ENTER)  # long-term
    s.answer("您属于哪一类长期异地人员", DOWN * 2, ENTER)  # 异地长期居住人员
    s.answer("您参加的是哪种医保", DOWN, ENTER)  # 职工医保
    s.answer("您在职还是已退休", DOWN, ENTER)  # 在职
    s.answer("从哪天开始在外地就医", "2026-12-01", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)  # 三级
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)  # 已经办了
    s.answer("总医疗费用多少元", "10000", ENTER)
    s.answer("目录外自费部分大约多少", ENTER)
    s.expect("第二次及以后住院的起付线比第一次低")
    s.answer("这是今年第几次住院", DOWN * 2, ENTER)  # 第二次
    s.answer("要输入您自己的起付线", ENTER)
    s.expect("今年第几次住院: 第二次")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)
    s.answer("导出这份清单吗", ENTER)  # filed, long-term: no deadline ahead, so no calendar question
    code, out = s.finish()
    assert "(10000 − 400) × 85% = 8160" in out
    assert "按本年度第2次住院计算起付线" in out
    assert code == 0


def test_pharmacy_chronic_with_markdown_export(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "jiangsu", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "杭州", ENTER)
    s.answer("您是哪种情况", DOWN * 4, ENTER)  # pharmacy
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN, ENTER)
    s.answer("买药用哪种方式", DOWN * 2, ENTER)  # 门诊慢特病
    s.answer("哪种门诊慢特病", DOWN * 2, ENTER)  # 糖尿病
    s.answer("打算哪天买药", ENTER)  # default: today
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)  # 已经办了
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", ENTER)
    s.answer("答案文件保存到", "rx.yml", ENTER)
    s.answer("导出这份清单吗", DOWN * 2, ENTER)  # 文本（.md）; no deadline ahead, so no calendar question
    s.answer("文本清单保存到", "rx.md", ENTER)
    code, out = s.finish()
    assert code == 1  # filed, but the 门诊慢特病 qualification is still to confirm (医保办发〔2024〕19号 三(一))
    assert "江苏省 参保 → 杭州市（浙江省） 就医 · 跨省购药 · 职工医保 · 2026-11-23" in out
    assert "清单已导出到 rx.md" in out
    md = (tmp_path / "rx.md").read_text(encoding="utf-8")
    assert md.startswith("# medins 异地就医清单\n") and "糖尿病" in md
    replay = check_json(tmp_path, "--answers", "rx.yml")
    flags = check_json(tmp_path, "-s", "pharmacy", "--chronic-disease", "糖尿病", "--insured-in", "江苏省",
                       "--treated-in", "杭州市", "--insurance", "employee", "--in-service", "--event-date", TODAY,
                       "--filed")
    assert same_advice(replay, flags)


def test_temporary_in_english_with_own_figures_and_calendar(tmp_path: Path) -> None:
    from icalendar import Calendar

    s = Session(tmp_path, "wizard", "--lang", "en", lang="en")
    s.answer("Where are you insured?", "linyi", ENTER)
    s.answer("Where are you (or will you be) treated?", "shanghai", ENTER)
    s.answer("Which situation are you in?", UP, ENTER)  # last option: other temporary care
    s.answer("Which insurance do you have?", ENTER)  # I don't know
    s.answer("Are you working or retired?", ENTER)  # I don't know
    s.answer("treated or admitted?", "2026-12-20", ENTER)
    s.answer("Which hospital grade?", ENTER)  # I don't know
    s.answer("Have you filed", DOWN * 2, ENTER)  # not yet
    s.answer("Expected (or actual) total cost", "18000", ENTER)
    s.answer("How much of it is out of catalogue?", "2000", ENTER)
    s.answer("Which stay of the year is this?", DOWN, ENTER)  # the first (临沂 halves the second stay's 起付线)
    s.answer("Enter your own deductible and ratio?", DOWN, ENTER)
    s.answer("Deductible in yuan?", "1000", ENTER)
    s.answer("Payment ratio?", "150%", ENTER)
    s.expect("ratio 150% is out of range; give 0.01% to 100%")
    s.answer("Payment ratio?", "80%", ENTER)
    s.answer("Annual cap in yuan?", ENTER)
    s.expect("Insurance: don't know (default used)")
    s.answer("Is everything right?", ENTER)
    s.answer("Save these answers?", ENTER)
    s.answer("Save the answers to:", "tmp.yaml", ENTER)
    s.answer("Put these dates into your calendar?", ENTER)
    s.answer("Save the calendar file to:", ENTER)  # default name
    s.answer("Export this checklist?", ENTER)  # no
    code, out = s.finish()
    assert squeeze("(.ics file: a reminder at 9:00 the day before each date, and a week before a deadline)") in squeeze(
        out)
    assert squeeze("Calendar written to medins-deadlines.ics (import it: a reminder at 9:00 the day before each "
                   "date)") in squeeze(out)
    assert code == 1
    assert "Assumed: employee insurance" in out or "employee insurance" in out
    text = (tmp_path / "tmp.yaml").read_text(encoding="utf-8")
    assert "insurance" not in text.split("\n", 2)[2].split("event_date")[0]  # "don't know" is left out
    assert 'deductible: 1000  # own deductible (yuan)' in text and 'ratio: "80%"  # own payment ratio' in text
    replay = check_json(tmp_path, "--answers", "tmp.yaml")
    flags = check_json(tmp_path, "-s", "temporary", "--insured-in", "临沂市", "--treated-in", "上海市",
                       "--event-date", "2026-12-20", "--not-filed", "--cost", "18000", "--out-of-catalog", "2000",
                       "--stay", "1", "--deductible", "1000", "--ratio", "80%")
    assert same_advice(replay, flags)
    cal = Calendar.from_ical((tmp_path / "medins-deadlines.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    ahead = [d for d in replay[1]["deadlines"] if not d["overdue"]]
    assert ahead and sorted(str(e.decoded("dtstart")) for e in events) == sorted(d["date"] for d in ahead)
    # What the question promised: a reminder at 09:00 the day before each date (none lies within a day here).
    assert {str(e["SUMMARY"]): [a.decoded("TRIGGER") for a in e.walk("VALARM")] for e in events} == {
        "Insurance suggestion: Suggested filing date (done before the visit)": [dt.timedelta(hours=-15)]}


@pytest.mark.parametrize("key", ["\x03", "\x04"], ids=["ctrl-c", "ctrl-d"])
def test_cancel_at_a_prompt_is_one_line_and_130(tmp_path: Path, key: str) -> None:
    s = Session(tmp_path)  # `medins` alone starts the wizard
    s.answer("您在哪里参保", "nanjing", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "beijing", ENTER)
    s.answer("您是哪种情况", key)  # a list prompt: questionary itself ignores Ctrl-D here
    code, out = s.finish()
    assert code == 130
    assert out.rstrip().endswith("medins: 已取消") and "cancelled" not in out  # the reader's language only
    assert "Traceback" not in out and list(tmp_path.iterdir()) == []


def test_cancel_in_a_text_prompt(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "\x03")
    code, out = s.finish()
    assert code == 130 and "Traceback" not in out
    assert out.rstrip().endswith("medins: 已取消")


@pytest.mark.parametrize("args", [("wizard", "--lang", "en"), ()], ids=["--lang-en", "MEDINS_LANG-en"])
def test_cancel_in_english_says_it_in_english_only(tmp_path: Path, args: tuple[str, ...]) -> None:
    s = Session(tmp_path, *args, lang="en")  # () : `medins` alone, English from the environment
    s.answer("Where are you insured?", "\x03")
    code, out = s.finish()
    assert code == 130
    assert out.rstrip().endswith("medins: cancelled") and "已取消" not in out


def test_personal_account_with_save_flag_asks_no_save_questions(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard", "--save-answers", "acct.yaml")
    s.answer("您在哪里参保", "shenzhen", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "chengdu", ENTER)
    s.answer("您是哪种情况", DOWN * 4, ENTER)  # pharmacy
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN, ENTER)
    s.answer("买药用哪种方式", DOWN, ENTER)  # 个人账户
    s.answer("打算哪天买药", ENTER)
    s.answer("您办理异地就医备案了吗", ENTER)  # 不知道
    s.expect("已备案: 不知道（按默认估算）")
    s.answer("都对吗", ENTER)
    code, out = s.finish()
    assert "保存这些回答吗" not in out  # --save-answers already said where
    assert "答案已保存到 acct.yaml" in out
    text = (tmp_path / "acct.yaml").read_text(encoding="utf-8")
    assert 'scenario: "pharmacy-account"' in text and "filed" not in text
    replay = check_json(tmp_path, "--answers", "acct.yaml")
    assert replay[1]["pharmacy_mode"] == "personal_account" and replay[0] == code


def test_region_completion_in_characters_and_pinyin() -> None:
    from prompt_toolkit.document import Document

    from medins_cli.regions import load_regions
    from medins_cli.wizard import RegionCompleter

    completer = RegionCompleter(load_regions())

    def names(text: str) -> list[str]:
        return [c.text for c in completer.get_completions(Document(text), None)]

    assert names("nanj")[:1] == ["南京市"]
    assert names("jiangs")[:1] == ["江苏省"]
    assert "苏州市" in names("suzhou") and "宿州市" in names("suzhou")
    assert names("广")[:3] == ["广州市", "广东省", "广西壮族自治区"]  # the big city, then the provinces
    # Initials, big cities first (municipalities, capitals, 计划单列市), then smaller places with the same letters.
    assert names("bj") == ["北京市", "毕节市", "宝鸡市"]
    assert names("xa") == ["西安市", "兴安盟"]
    assert names("sh")[:4] == ["上海市", "石家庄市", "沈阳市", "深圳市"]
    assert names("cd")[:1] == ["成都市"]
    assert names("320100") == ["南京市"]
    assert names("") == []


def test_enter_alone_states_no_fact_the_person_did_not_give(tmp_path: Path) -> None:
    """Enter at every list starts on "不知道": nothing is claimed as filed, retired or a kind of stay; the result
    prices the unknowns with the engine's defaults and names each one."""
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "beijing", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "haikou", ENTER)
    s.answer("您是哪种情况", DOWN, ENTER)  # long-term: the list starts on 不确定, never on a situation
    s.answer("您属于哪一类长期异地人员", ENTER)
    s.answer("您参加的是哪种医保", ENTER)
    s.answer("您在职还是已退休", ENTER)
    s.answer("从哪天开始在外地就医（或计划哪天开始）？（回车=今天 2026-11-23）", ENTER)
    s.expect("（回车）2026-11-23")
    s.expect("医院等级看医院大门或挂号单，如“三级甲等”。")  # and each grade says which signs it covers:
    s.expect("三级医院：牌子或挂号单上写 三级甲等、三甲、三级乙等、三乙 等")
    s.expect("二级医院：牌子或挂号单上写 二级甲等、二甲、二级乙等、二乙 等")
    s.answer("在哪一级医院", ENTER)
    s.answer("您办理异地就医备案了吗", ENTER)
    s.answer("总医疗费用多少元", ENTER)
    s.expect("请核对您的回答")
    for label in ("长期居住类别", "医保类型", "在职/退休", "医院等级", "已备案"):
        s.expect(f"{label}: 不知道（按默认估算）")
    s.expect("总费用: 不知道（不做费用估算）")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)
    s.answer("导出这份清单吗", ENTER)
    code, out = s.finish()
    assert code == 1
    assert "☐ [必须] 补办异地长期居住人员备案 — 出院结算之前" in out and "就医日期: 2026-11-23" in out
    assert "☑" not in out and "无需再办理" not in out
    for said in ("未指定险种，按职工医保。", "未指定是否退休，按在职。", "未指定医院等级，按三级医院。",
                 "未指定长期居住类别，按异地长期居住人员备案。", "未说明是否已备案，按未备案。"):
        assert said in out


def test_enter_at_the_filing_question_of_a_relocated_retiree_leaves_the_filing_to_do(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard", "--lang", "en", lang="en")
    s.answer("Where are you insured?", "beijing", ENTER)
    s.answer("Where are you (or will you be) treated?", "haikou", ENTER)
    s.answer("Which situation are you in?", DOWN, ENTER)  # long-term
    s.answer("Which kind of long-term stay?", DOWN, ENTER)  # relocated retiree: retired, not asked
    s.answer("Which insurance do you have?", DOWN, ENTER)  # employee
    s.answer("start getting care there?", "2027-01-10", ENTER)
    s.answer("Which hospital grade?", ENTER)
    s.expect("Have you filed")
    s.pointed("I don't know")  # not "Yes, filed", the first option
    s.child.send(ENTER)
    s.answer("total cost", ENTER)
    s.expect("Filed: don't know (default used)")
    s.answer("Is everything right?", ENTER)
    s.answer("Save these answers?", DOWN, ENTER)
    s.answer("calendar?", DOWN, ENTER)
    s.answer("Export this checklist?", ENTER)
    code, out = s.finish()
    assert code == 1
    assert squeeze("☐ [required] File for relocated retirees (异地安置退休) — suggested by 2027-01-06") in squeeze(out)
    assert "Filing status not given: not filed assumed." in out
    assert "[done]" not in out


def test_emergency_unknowns_are_named_in_the_result(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard", "--save-answers", "e.yaml")
    s.answer("您在哪里参保", "nanjing", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "beijing", ENTER)
    s.answer("您是哪种情况", DOWN * 2, ENTER)  # emergency
    s.answer("您参加的是哪种医保", DOWN, ENTER)  # 职工医保
    s.answer("您在职还是已退休", DOWN, ENTER)  # 在职
    s.answer("哪天急诊或入院", "11-20", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)  # 三级
    s.answer("这次是因为外伤（受伤）就医吗", ENTER)  # 不知道
    s.answer("您办理异地就医备案了吗", ENTER)  # 不知道
    s.answer("已经出院并结算了吗", ENTER)  # 不知道
    s.answer("总医疗费用多少元", ENTER)
    s.expect("外伤: 不知道（按默认估算）")
    s.expect("已出院结算: 不知道（按默认估算）")
    s.answer("都对吗", ENTER)
    code, out = s.finish()
    assert code == 0
    for said in ("未说明是否因外伤就医，按不是外伤（外伤且无第三方责任的，医院可能要您签承诺书）。",
                 "未说明是否已备案，按未备案。", "未说明是否已出院结算，按未结算。"):
        assert squeeze(said) in squeeze(out)
    saved = (tmp_path / "e.yaml").read_text(encoding="utf-8")
    assert "injury" not in saved and "filed" not in saved and "settled" not in saved  # unknowns are left out


def test_referral_certificate_unknown_is_priced_as_none(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "巴彦淖尔", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "北京", ENTER)
    s.answer("您是哪种情况", DOWN * 3, ENTER)  # referral
    s.answer("您参加的是哪种医保", DOWN * 2, ENTER)  # 城乡居民
    s.answer("哪天去外地就医", "12-20", ENTER)
    s.answer("在哪一级医院", ENTER)
    s.answer("您办理异地就医备案了吗", DOWN * 2, ENTER)  # 还没有
    s.answer("参保地定点医院开了转诊证明吗", ENTER)  # 不知道
    s.answer("总医疗费用多少元", ENTER)
    s.expect("转诊证明: 不知道（按默认估算）")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)
    s.answer("加入手机或电脑日历吗", DOWN, ENTER)
    s.answer("导出这份清单吗", ENTER)
    code, out = s.finish()
    assert code == 1
    assert "☐ [必须] 取得转诊转院证明" in out
    assert "未说明是否已开转诊证明，按没有开。" in out


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_typed_answers_replace_the_default_never_append_to_it(tmp_path: Path) -> None:
    """Nothing is pre-filled: the date typed over "Enter = today" and a total retyped at the summary are the whole
    answer (once "2026-12-012027-01-10" and "800008万8"); Enter alone at a required question keeps its default."""
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "beijing", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "haikou", ENTER)
    s.answer("您是哪种情况", DOWN, ENTER)  # long-term
    s.answer("您属于哪一类长期异地人员", DOWN, ENTER)  # 异地安置退休人员
    s.answer("您参加的是哪种医保", DOWN, ENTER)  # 职工医保
    s.answer("从哪天开始在外地就医（或计划哪天开始）？（回车=今天 2026-11-23）", "2027-01-10", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)  # 三级
    s.answer("您办理异地就医备案了吗", DOWN * 2, ENTER)  # 还没有
    s.answer("总医疗费用多少元", "8000", ENTER)
    s.answer("目录外自费部分大约多少", ENTER)
    s.answer("这是今年第几次住院", DOWN, ENTER)  # 第一次
    s.answer("要输入您自己的起付线", ENTER)
    s.child.expect(r"(\d+)\. 总费用: 8000 元")
    n = int(s.child.match.group(1))
    s.answer("都对吗", DOWN * n, ENTER)
    s.answer("总医疗费用多少元？（回车保留 8000；输入 - 清空）", "9000", ENTER)
    s.child.expect(r"(\d+)\. 就医日期: 2027-01-10")
    n = int(s.child.match.group(1))
    s.expect("总费用: 9000 元")
    s.answer("都对吗", DOWN * n, ENTER)
    s.answer("从哪天开始在外地就医（或计划哪天开始）？（回车=2027-01-10）", ENTER)  # keeps the earlier date
    s.expect("就医日期: 2027-01-10")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", ENTER)
    s.answer("答案文件保存到：（回车=medins-answers.yaml）", ENTER)
    s.answer("加入手机或电脑日历吗", DOWN, ENTER)
    s.answer("导出这份清单吗", ENTER)
    code, out = s.finish()
    assert code == 1
    assert "北京市 参保 → 海口市（海南省） 就医 · 异地长期居住 · 职工医保 · 2027-01-10" in out
    assert "(9000 − 1300) × 95.5% = 7353.50" in out  # if filed: 北京 退休 三级
    saved = (tmp_path / "medins-answers.yaml").read_text(encoding="utf-8")
    assert 'event_date: "2027-01-10"' in saved and "cost: 9000" in saved
    assert "看不懂" not in out and "无效" not in out


def test_a_shared_place_name_is_offered_as_a_choice(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "北京", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "朝阳", ENTER)
    s.expect("“朝阳” 有几处，您指的是哪一处？")
    s.pointed("朝阳区（北京市）")  # in the table's order; nothing is picked for the person
    s.expect("朝阳市（辽宁省）")
    s.child.send(DOWN + ENTER)
    s.answer("您是哪种情况", "\x03")  # Ctrl-C: the place is chosen; the rest does not matter here
    code, out = s.finish()
    assert "? “朝阳” 有几处，您指的是哪一处？ 朝阳市（辽宁省）" in out
    assert code == 130


def test_pharmacy_enter_names_no_disease_and_no_purchase_mode(tmp_path: Path) -> None:
    """The disease list starts on "其他（手动输入）" (Enter asks for the name, never takes the first disease), and the
    purchase mode starts on 不知道 (priced as a personal-account purchase, said in the result)."""
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "jiangsu", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "杭州", ENTER)
    s.answer("您是哪种情况", DOWN * 4, ENTER)  # pharmacy
    s.answer("您参加的是哪种医保", DOWN, ENTER)  # 职工医保
    s.answer("您在职还是已退休", DOWN, ENTER)  # 在职
    s.expect("不知道：按个人账户买药处理，并在结果中注明。")
    s.answer("买药用哪种方式", DOWN * 2, ENTER)  # 门诊慢特病
    s.expect("哪种门诊慢特病")
    s.pointed("其他（手动输入）")
    s.child.send(ENTER)
    s.answer("请输入病种名称", ENTER)  # nothing typed: refused, asked again
    s.answer("请输入病种名称", "糖尿病", ENTER)
    s.answer("打算哪天买药", ENTER)
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)  # 已经办了
    s.child.expect(r"(\d+)\. 购药方式: 门诊慢特病用药")
    n = int(s.child.match.group(1))
    s.expect("门诊慢特病: 糖尿病")
    s.answer("都对吗", DOWN * n, ENTER)  # change the purchase mode …
    s.answer("买药用哪种方式", DOWN, ENTER)  # … from 门诊慢特病 (pre-selected) to 不知道
    s.expect("购药方式: 不知道（按默认估算）")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)
    s.answer("导出这份清单吗", ENTER)
    code, out = s.finish()
    assert "未指定门诊慢特病，按个人账户购药。" in out
    assert "门诊慢特病: 糖尿病" not in out.rpartition("请核对您的回答")[2]  # dropped with the mode

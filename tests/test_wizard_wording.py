"""The wizard reads like a person: errors whole and after Enter, no command-line flags, amounts as people say
them, big cities first, no file replaced without asking, English wrapped between words.

Driven through the installed `medins` in a pseudo-terminal, with the helpers of tests/test_wizard.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from test_wizard import DOWN, ENTER, Session

from medins_cli import messages
from medins_cli.messages import C

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pseudo-terminal")

FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
REPLAY = re.compile(r"medins check --answers \S+")  # a command to run later, not a flag to type here
# Messages only the command line shows (its help, usage and batch mode; the answers file's header).
CLI_ONLY = ("cmd.", "opt.", "usage.", "help.", "batch", "wizard_no_tty", "answers.header")


def flags_in(text: str) -> list[str]:
    return FLAG.findall(REPLAY.sub("", text))


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_every_message_a_wizard_user_can_see_names_no_flag() -> None:
    token = messages.FACE.set("wizard")
    try:
        for key in C:
            if "@" in key or key.startswith(CLI_ONLY):
                continue
            for lang in ("zh", "en"):
                text = messages.t(key, lang, **{f: "x" for f in re.findall(r"{(\w+)}", C[key][0])})
                assert flags_in(text) == [], (key, lang, text)
    finally:
        messages.FACE.reset(token)
    assert messages.t("ooc_exceeds_cost", "zh", ooc="30000", cost="20000") == \
        "--out-of-catalog（30000）不能大于 --cost（20000）。"  # the command line keeps its own wording


def test_refused_answer_is_explained_whole_under_the_question_after_enter(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "haerb")
    s.expect("haerb")  # typed, not yet sent: nothing is judged while typing
    assert "地区" not in s.transcript[-1] and "✗" not in s.transcript[-1]
    s.child.send(ENTER)
    s.expect("✗")
    s.expect("按 ↓ 选择。")
    s.answer("您在哪里参保", "哈尔滨", ENTER)  # asked again, right below
    s.answer("您在哪里（或将在哪里）看病", "\x03")
    code, out = s.finish()
    assert code == 130
    message = "参保地：没有叫“haerb”的地区。您是说 哈尔滨市 吗？可以输入名称、拼音或拼音首字母，再按 ↓ 选择。"
    assert squeeze(message) in squeeze(out)  # whole, not cut at the terminal's width
    # Next to the question: between the refused answer and the question asked again.
    refused = out.index("haerb")
    assert refused < out.index("✗") < out.rindex("您在哪里参保")


def test_initials_name_the_big_city_first(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "bj", ENTER)  # Enter without picking: the message offers 北京 first
    s.expect("您是说 北京市、毕节市、宝鸡市 吗？")
    s.answer("您在哪里参保", "bj", DOWN, ENTER)  # ↓ picks the first suggestion
    s.expect("北京市")
    s.answer("您在哪里（或将在哪里）看病", "\x03")
    code, out = s.finish()
    assert code == 130


def _temporary_to_cost(s: Session) -> None:
    s.answer("您在哪里参保", "linyi", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", DOWN * 5, ENTER)  # other temporary care
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN, ENTER)
    s.answer("哪天看病", "2026-12-20", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)  # 已经办了
    s.answer("哪天办的备案", ENTER)  # does not remember


def test_amounts_in_wan_and_a_second_look_at_an_implausible_total(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    _temporary_to_cost(s)
    s.answer("总医疗费用多少元", "20261215", ENTER)
    s.answer("总费用填的是 20261215 元（约 2026.12 万元），对吗？", ENTER)  # default: no, correct it
    s.answer("总医疗费用多少元", "3万", ENTER)
    s.answer("目录外自费部分大约多少", "2千", ENTER)
    s.answer("这是今年第几次住院", DOWN, ENTER)  # the first
    s.answer("要输入您自己的起付线", ENTER)  # no
    s.expect("总费用: 30000 元")
    s.expect("目录外自费: 2000 元")
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)  # no
    s.answer("导出这份清单吗", ENTER)  # no
    code, out = s.finish()
    assert "30000 − 2000 = 28000" in out
    assert flags_in(out) == []


def test_out_of_catalogue_above_the_total_is_refused_without_flags(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    _temporary_to_cost(s)
    s.answer("总医疗费用多少元", "20000", ENTER)
    s.answer("目录外自费部分大约多少", "3万", ENTER)
    s.expect("目录外费用（30000 元）不能大于总费用（20000 元）。")
    s.answer("目录外自费部分大约多少", "\x03")
    code, out = s.finish()
    assert code == 130 and flags_in(out) == []


def test_pharmacy_result_names_no_flag_and_no_admission(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "linyi", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", DOWN * 4, ENTER)  # pharmacy
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN, ENTER)
    s.answer("买药用哪种方式", DOWN, ENTER)  # 个人账户
    s.answer("打算哪天买药", ENTER)
    s.answer("您办理异地就医备案了吗", DOWN * 2, ENTER)  # not yet
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)
    s.answer("导出这份清单吗", ENTER)  # no date ahead (buying today, not filed): no calendar offered
    code, out = s.finish()
    assert code == 1
    assert "没有填写费用，未做估算。" in out and "--cost" not in out
    assert flags_in(out) == [] and "入院" not in out.partition("费用估算")[2]


def test_an_existing_file_is_not_replaced_without_asking(tmp_path: Path) -> None:
    (tmp_path / "medins-checklist.html").write_text("grandma's copy", encoding="utf-8")
    s = Session(tmp_path, "wizard")
    s.answer("您在哪里参保", "江苏", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "北京", ENTER)
    s.answer("您是哪种情况", DOWN * 2, ENTER)  # emergency
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN, ENTER)
    s.answer("哪天急诊或入院", "2026-11-20", ENTER)
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("因为外伤", DOWN, ENTER)  # no
    s.answer("您办理异地就医备案了吗", DOWN, ENTER)
    s.answer("已经出院并结算了吗", DOWN, ENTER)  # not yet
    s.answer("总医疗费用多少元", ENTER)  # don't know
    s.answer("都对吗", ENTER)
    s.answer("保存这些回答吗", DOWN, ENTER)
    s.answer("导出这份清单吗", DOWN, ENTER)  # html
    s.answer("网页清单保存到", ENTER)  # the default name, which exists
    s.answer("medins-checklist.html 已经存在。要覆盖它吗？", ENTER)  # default: no, another name
    s.answer("网页清单保存到", "new.html", ENTER)
    code, out = s.finish()
    assert (tmp_path / "medins-checklist.html").read_text(encoding="utf-8") == "grandma's copy"
    assert (tmp_path / "new.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_english_wraps_between_words_and_is_translated(tmp_path: Path) -> None:
    s = Session(tmp_path, "wizard", "--lang", "en", lang="en", columns=80)  # hints and tables wrap
    s.answer("Where are you insured?", "linyi", ENTER)
    s.answer("treated?", "shanghai", ENTER)
    s.answer("Which situation are you in?", DOWN * 5, ENTER)  # other temporary care
    s.answer("Which insurance do you have?", DOWN, ENTER)
    s.answer("Are you working or retired?", DOWN, ENTER)
    s.answer("admitted?", "2026-12-20", ENTER)  # the question wrapped before "admitted", not inside it
    s.answer("Which hospital grade?", DOWN, ENTER)
    s.answer("filed", DOWN * 2, ENTER)  # not yet
    s.answer("total cost", "1.8万", ENTER)
    s.answer("catalogue?", ENTER)
    s.answer("Which stay of the year", DOWN, ENTER)  # the first
    s.answer("ratio?", ENTER)
    s.answer("Is everything right?", ENTER)
    s.answer("Save these answers?", DOWN, ENTER)
    s.answer("calendar?", DOWN, ENTER)
    s.answer("Export this checklist?", ENTER)
    code, out = s.finish()
    assert code == 1 and squeeze("(16200 − 800) × 80% = 12320") in squeeze(out)
    english = set(re.findall(r"[A-Za-z]+", " ".join(en for _zh, en in C.values())))
    shown = set(re.findall(r"[A-Za-z]+", out.partition("Sources")[0]))
    # Every word on screen is a whole word of the catalogue (or typed): no "wil" + "l", no "chro" + "nic".
    # (typed: linyi, shanghai; "min" from the arithmetic; "B" from an arrow key echoed between two prompts)
    # Pinyin is the completion list's own (linying: 临颍县, offered while "linyi" is typed).
    assert shown - english - {"linyi", "linying", "shanghai", "medins", "min", "B"} == set()
    ours = out.partition("Sources")[0]
    assert "；" not in ours and "全国" not in ours and flags_in(out) == []

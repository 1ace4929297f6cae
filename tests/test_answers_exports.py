"""Answers files (replay, override, bad files) and exports (.ics, .md, .html) from `medins check`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import advise, run_main

from medins_cli.answers import dump_answers, parse_answers
from medins_cli.errors import InputError
from medins_cli.exports import to_ics, to_markdown
from medins_cli.inputs import parse_spoken_date

TODAY = ["--today", "2026-11-23"]
LINYI = ["-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date", "2026-12-20"]


run = run_main


# ------------------------------------------------------------------------------------------ dates at prompts

@pytest.mark.parametrize(("text", "day"), [
    ("2026-11-20", dt.date(2026, 11, 20)), ("11-20", dt.date(2026, 11, 20)), ("11月20日", dt.date(2026, 11, 20)),
    ("2026/1/5", dt.date(2026, 1, 5)), ("今天", dt.date(2026, 11, 23)), ("昨天", dt.date(2026, 11, 22)),
    ("yesterday", dt.date(2026, 11, 22)), ("明天", dt.date(2026, 11, 24)),
])
def test_spoken_dates(text: str, day: dt.date) -> None:
    assert parse_spoken_date(text, "就医日期", dt.date(2026, 11, 23)) == day


@pytest.mark.parametrize("text", ["13-45", "2-30", "下周", "2026-11", ""])
def test_spoken_date_refused_with_reason(text: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_spoken_date(text, "就医日期", dt.date(2026, 11, 23))
    assert exc.value.message("zh") == f"就医日期：看不懂日期 “{text}”，请写 2026-11-20、2026/11/20、11-20、今天或昨天。"


# ------------------------------------------------------------------------------------------ answers files

def test_saved_answers_replay_to_identical_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.yaml"
    code, flags_json, err = run(capsys, "check", *LINYI, "--cost", "18000", "--not-filed", *TODAY, "--json",
                                "--save-answers", str(path))
    assert code == 1 and err == f"答案已保存到 {path}（重新计算：medins check --answers {path}）\n"
    assert path.read_text(encoding="utf-8").splitlines()[1:] == [
        "medins_answers: 1",
        'insured_in: "临沂"  # 参保地',
        'treated_in: "上海"  # 就医地',
        'scenario: "temporary"  # 情况：long-term / emergency / referral / pharmacy / pharmacy-account / temporary',
        'event_date: "2026-12-20"  # 就医日期',
        "filed: false  # 是否已备案",
        "cost: 18000  # 总费用（元）",
    ]
    code2, replay_json, _ = run(capsys, "check", "--answers", str(path), *TODAY, "--json")
    assert (code2, replay_json) == (code, flags_json)


def test_replay_differs_from_the_flags_only_in_how_hints_name_inputs(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # 石家庄's figures are copies (low confidence): the hint names the person's own figures as flags on the command
    # line and as keys when the case comes from a file; everything else is the same document.
    path = tmp_path / "a.yaml"
    args = ["check", "-s", "referral", "--referral", "--insured-in", "石家庄", "--treated-in", "上海", "--retired",
            "--filed-on", "2026-10-01", "--event-date", "2027-05-10", "--cost", "30000", "--today", "2026-12-01",
            "--json"]
    code, flags_json, _ = run(capsys, *args, "--save-answers", str(path))
    code2, replay_json, _ = run(capsys, "check", "--answers", str(path), "--today", "2026-12-01", "--json")
    flags_doc, replay_doc = json.loads(flags_json), json.loads(replay_json)
    assert code == code2 == 1
    hint = {w["id"]: w["message"] for w in flags_doc["warnings"]}["low_confidence"]
    assert "或用自己的数字（--deductible/--ratio/--cap）" in hint
    for w in flags_doc["warnings"]:
        if w["id"] == "low_confidence":
            w["message"] = hint.replace("或用自己的数字（--deductible/--ratio/--cap）",
                                        "或填写自己的数字（deductible/ratio/cap）")
    assert replay_doc == flags_doc


def test_flags_override_the_answers_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.yml"
    # Unquoted YAML date and boolean: read as what the person meant.
    path.write_text("scenario: temporary\ninsured-in: 临沂\ntreated_in: 上海\nevent_date: 2026-12-20\nfiled: no\n",
                    encoding="utf-8")
    _, file_only, _ = run(capsys, "check", "--answers", str(path), *TODAY, "--json")
    _, overridden, _ = run(capsys, "check", "--answers", str(path), "-s", "emergency", "--filed", *TODAY, "--json")
    assert json.loads(file_only)["scenario"] == "temporary" and json.loads(file_only)["inputs"]["filed"] is False
    doc = json.loads(overridden)
    assert doc["scenario"] == "emergency" and doc["inputs"]["filed"] is True
    assert doc["inputs"]["event_date"] == "2026-12-20"


@pytest.mark.parametrize(("content", "zh", "en"), [
    ("scenario: [temporary\n", "答案文件 {f} 第 2 行格式错误：expected ',' or ']', but got '<stream end>'",
     "Answers file {f}, line 2: expected ',' or ']', but got '<stream end>'"),
    ("- temporary\n", "答案文件 {f} 应为“键: 值”的列表。", "Answers file {f} must be a mapping of key: value."),
    ("scenaro: temporary\n", "答案文件 {f}：不认识的项 “scenaro”（是不是 scenario？）。",
     "Answers file {f}: unknown key 'scenaro' (did you mean scenario?)."),
    ("cost: [1, 2]\n", "答案文件 {f}：cost 的值应为一个文字、数字、日期或 true/false，不能是列表。",
     "Answers file {f}: cost must be text, a number, a date or true/false, not a list."),
    ("medins_answers: 2\n", "答案文件 {f} 的格式版本是 2，本程序只认 1。",
     "Answers file {f} has format version 2; this medins reads 1."),
    ("scenario: emergency\ninsured_in: 江苏\ntreated_in: 北京\nevent_date: 2026-02-30\n",
     "event_date：看不懂日期 “2026-02-30”，请写 2026-11-20、2026/11/20、11-20、今天或昨天。",
     "event_date: cannot read the date '2026-02-30'; write 2026-11-20, 2026/11/20, 11-20, today or "
     "yesterday."),
])
def test_bad_answers_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, zh: str,
                          en: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", "--answers", str(path), *TODAY)
    assert (code, out, err) == (2, "", f"medins: 错误: {zh.format(f=path)}\n")
    code, out, err = run(capsys, "check", "--answers", str(path), *TODAY, "--lang", "en", "--json")
    assert code == 2 and json.loads(out)["error"]["message"] == en.format(f=path)
    assert "Traceback" not in err


def test_missing_answers_file_and_missing_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--answers", str(tmp_path / "nope.yaml"), *TODAY)
    assert (code, err) == (2, f"medins: 错误: 找不到答案文件 {tmp_path / 'nope.yaml'}。\n")
    path = tmp_path / "partial.json"
    path.write_text('{"scenario": "emergency", "insured_in": "江苏"}', encoding="utf-8")
    code, _, err = run(capsys, "check", "--answers", str(path), *TODAY, "--lang", "en")
    # The file's own key is named, not a flag the person never typed.
    assert (code, err) == (2, "medins: error: Missing required answer treated_in.\n")


@pytest.mark.parametrize(("text", "outcome"), [
    ('{"cost": {"a": 1}}', ("answers_bad_value", "Answers file a.json: cost must be text, a number, a date or "
                                                 "true/false, not a mapping.")),
    ('{"cost": [{"a": 1}]}', ("answers_bad_value", "Answers file a.json: cost must be text, a number, a date or "
                                                   "true/false, not a list.")),
    ('[{"cost": "1"}]', ("answers_not_mapping", "Answers file a.json must be a mapping of key: value.")),
    ('{"cost": "1",\n "cost": "2"}', ("answers_duplicate_key", "Answers file a.json, line 2: cost is given twice "
                                                              "(first on line 1); keep one.")),
    ('{"scenario": "emergency", "cost": 1.50, "retired": true, "tier": null, "stay": 2}',
     {"scenario": "emergency", "cost": "1.50", "retired": True, "tier": None, "stay": "2"}),
])
def test_json_answers_file_objects_lists_and_numbers(text: str, outcome: object) -> None:
    """A JSON object is read as its pairs in order (a nested object is a mapping, refused; a key given twice is
    named with its lines); numbers stay the text written."""
    try:
        got: object = parse_answers(text, "a.json", "json")
    except InputError as exc:
        got = (exc.key, exc.message("en"))
    assert got == outcome


def test_answers_json_round_trip() -> None:
    raw = {"scenario": "pharmacy-account", "insured_in": "江苏省", "treated_in": "杭州市", "filed": True,
           "event_date": "2026-11-23", "cost": None}
    text = dump_answers(raw, "json")
    assert json.loads(text) == {"medins_answers": 1, "insured_in": "江苏省", "treated_in": "杭州市",
                                "scenario": "pharmacy-account", "event_date": "2026-11-23", "filed": True}
    assert parse_answers(text, "x.json", "json") == {k: v for k, v in raw.items() if v is not None}


def test_save_into_missing_folder_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "a.yaml"
    code, out, err = run(capsys, "check", *LINYI, *TODAY, "--save-answers", str(target))
    assert code == 2 and out == ""
    assert err == f"medins: 错误: 无法写入 {target}：No such file or directory\n"


# ------------------------------------------------------------------------------------------ calendar

def test_ics_has_every_deadline_ahead_with_reminders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    path = tmp_path / "d.ics"
    code, out, err = run(capsys, "check", *LINYI, *TODAY, "--json", "--ics", str(path))
    doc = json.loads(out)
    assert err == f"日历已写入 {path}（导入手机或电脑日历：每个日期的前一天上午 9 点提醒）\n"
    cal = Calendar.from_ical(path.read_bytes())
    assert cal["VERSION"] == "2.0" and "medins" in str(cal["PRODID"])
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    ahead = [d for d in doc["deadlines"] if d["days_left"] >= 0]
    assert [(e.decoded("DTSTART"), e.decoded("DTEND") - e.decoded("DTSTART")) for e in events.values()] == [
        (dt.date.fromisoformat(d["date"]), dt.timedelta(days=1)) for d in ahead]
    # The suggested filing date is reminded of at 09:00 the day before (a day left to file), and, not being a
    # deadline, not a week before. Not filed yet: no validity date (a filing not made has no end).
    assert list(events) == ["医保建议：建议备案日期（就医前办结）"]
    suggestion, = events.values()
    assert [a.decoded("TRIGGER") for a in suggestion.walk("VALARM")] == [dt.timedelta(hours=-15)]
    again = to_ics(advise(scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-20"), "zh")
    assert again == path.read_bytes()  # same case, same file: UIDs and DTSTAMP do not depend on the clock
    # Filed on 11-20: the filing's validity end is in the calendar, with an alarm the day before.
    run(capsys, "check", *LINYI, "--filed-on", "2026-11-20", *TODAY, "--ics", str(path))
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert list(events) == ["医保提醒：备案有效期至（至少）"]
    assert [a.decoded("TRIGGER") for a in events["医保提醒：备案有效期至（至少）"].walk("VALARM")] == [
        dt.timedelta(hours=-15)]


def test_ics_reminds_the_day_before_or_on_a_date_that_is_today() -> None:
    from icalendar import Calendar

    def triggers(today: dt.date) -> list[dt.timedelta]:
        a = advise(today, scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-20")
        event, = Calendar.from_ical(to_ics(a, "zh")).walk("VEVENT")
        assert event.decoded("DTSTART") == dt.date(2026, 12, 16)  # the suggested filing date
        return [al.decoded("TRIGGER") for al in event.walk("VALARM")]

    assert triggers(dt.date(2026, 12, 1)) == [dt.timedelta(hours=-15)]  # 09:00 on 12-15: a working day left
    assert triggers(dt.date(2026, 12, 15)) == [dt.timedelta(hours=-15)]
    assert triggers(dt.date(2026, 12, 16)) == [dt.timedelta(hours=9)]  # today: the day before has passed


def test_no_calendar_when_nothing_lies_ahead(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.ics"
    code, _, err = run(capsys, "check", "-s", "emergency", "--insured-in", "江苏", "--treated-in", "北京",
                       "--event-date", "2026-11-20", *TODAY, "--ics", str(path), "--lang", "en")
    assert err.endswith(f"No dates ahead (deadlines, suggested dates or validity ends): calendar file {path} not "
                        "written.\n")
    assert not path.exists()


def test_calendar_of_suggestions_is_not_named_deadlines() -> None:
    # The only event here is a suggested filing date ("医保建议：…", not a deadline): a calendar named
    # "异地就医截止日期" would call it one.
    from icalendar import Calendar

    a = advise(dt.date(2026, 12, 1), scenario="temporary", insured_in="临沂", treated_in="上海",
               event_date="2026-12-20")
    for lang, name, summary in (("zh", "medins 异地就医日期（截止日与建议日期）",
                                 "医保建议：建议备案日期（就医前办结）"),
                                ("en", "medins out-of-region care dates (deadlines and suggestions)",
                                 "Insurance suggestion: Suggested filing date (done before the visit)")):
        cal = Calendar.from_ical(to_ics(a, lang))
        assert str(cal["X-WR-CALNAME"]) == name
        assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == [summary]


# ------------------------------------------------------------------------------------------ checklist exports

def test_markdown_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.md"
    code, _, err = run(capsys, "check", *LINYI, "--cost", "18000", "--filed", *TODAY, "--export", str(path))
    md = path.read_text(encoding="utf-8")
    assert md.startswith("# medins 异地就医清单\n\n"
                         "临沂市（山东省） 参保 → 上海市 就医 · 其他临时外出就医 · 职工医保 · 2026-12-20\n")
    assert "- [x] [已办] 办理其他临时外出就医人员备案" in md
    assert "| 基金应付（封顶前） | 12320 | (16200 − 800) × 80% = 12320 |" in md  # 10% paid first (临沂)
    assert ("[临沂市医疗保障局 政策问答：职工医保市内普通住院报销比例是多少？]"
            "(http://lyyb.linyi.gov.cn/info/1575/5929.htm)") in md


def test_html_export_and_bad_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.html"
    run(capsys, "check", *LINYI, "--cost", "18000", *TODAY, "--export", str(path), "--lang", "en")
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html and '<meta charset="UTF-8">' in html
    assert "medins out-of-region care checklist" in html
    code, _, err = run(capsys, "check", *LINYI, *TODAY, "--export", str(tmp_path / "c.pdf"))
    assert (code, err) == (2, f"medins: 错误: 导出文件 {tmp_path / 'c.pdf'} 的扩展名应为 "
                              ".md, .markdown, .html, .htm。\n")


def test_exports_agree_with_the_terminal_checklist() -> None:
    a = advise(scenario="long-term", insured_in="临沂", treated_in="上海", event_date="2026-12-01", cost="20000")
    md = to_markdown(a, "en")
    assert md.count("- [ ]") == sum(1 for f in a.filings if not f.done)
    assert "| Fund share before the cap | 15360 | (20000 − 800) × 80% = 15360 |" in md


def test_answers_file_messages_name_its_keys_unless_flags_are_mixed_in(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("scenario: temporary\ninsured_in: 江苏\ntreated_in: 北京\nevent_date: 2026-12-20\nfiled: true\n"
                    "cost: abc\n", encoding="utf-8")
    code, _, err = run(capsys, "check", "--answers", str(path), *TODAY)
    assert (code, err) == (2, "medins: 错误: cost：金额 “abc” 无效，请写数字（元）。\n")
    # A flag given with the file: the person typed flags, so flags are named (the flag's value wins over the file).
    code, _, err = run(capsys, "check", "--answers", str(path), "--cost", "x", *TODAY)
    assert (code, err) == (2, "medins: 错误: --cost：金额 “x” 无效，请写数字（元）。\n")
    path.write_text(path.read_text(encoding="utf-8").replace("cost: abc\n", ""), encoding="utf-8")
    code, out, _ = run(capsys, "check", "--answers", str(path), *TODAY, "--lang", "en")
    assert "No filing date given, so the validity end is unknown: add filed_on." in " ".join(out.split())
    assert "No cost given (cost): no estimate." in out


def test_answer_names_of_flags() -> None:
    from medins_cli.options import answer_name

    assert [answer_name(x) for x in ("--event-date", "--long-term-kind retiree", "--scenario 异地安置退休",
                                     "--not-filed", "--in-service", "--retired", "--no-referral", "--today", "-s")] == [
        "event_date", "long_term_kind: retiree", "scenario: 异地安置退休", "filed: false", "retired: false",
        "retired: true", "referral: false", None, None]

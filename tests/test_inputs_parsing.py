"""Input as people write it (issue 9 part 6) and numbers within sane ranges (issue 10.3, 10.4, 10.8).

One date parser (`inputs.parse_date`) for flags, answers files, batch rows and the wizard; ratios as 85 % or
0.85; money rounded to the fen once, on input; no amount in any output negative; every printed formula is
the arithmetic that was done.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medins_cli.errors import InputError
from medins_cli.inputs import parse_amount, parse_date, parse_level, parse_ratio
from tests.conftest import advise, run_main

D = dt.date
DEC1 = D(2026, 12, 1)


run = run_main


# ------------------------------------------------------------------------------------------ dates

@pytest.mark.parametrize(("text", "past", "day"), [
    ("2026-11-20", None, D(2026, 11, 20)), ("2026/11/20", None, D(2026, 11, 20)), ("2026.1.5", None, D(2026, 1, 5)),
    ("2026年11月20日", None, D(2026, 11, 20)), ("２０２６－１１－２０", None, D(2026, 11, 20)),
    ("今天", None, DEC1), ("today", None, DEC1), ("昨天", None, D(2026, 11, 30)), ("Yesterday", None, D(2026, 11, 30)),
    # A planned trip: "01-05" typed in December is next January (the issue's case), not eleven months ago.
    ("01-05", None, D(2027, 1, 5)), ("01-05", False, D(2027, 1, 5)), ("1月5日", None, D(2027, 1, 5)),
    # Care already given: the last such date.
    ("01-05", True, D(2026, 1, 5)), ("11-20", None, D(2026, 11, 20)), ("11-20", True, D(2026, 11, 20)),
    ("11-20", False, D(2027, 11, 20)), ("12-01", True, DEC1), ("12-01", False, DEC1),
    ("02-29", True, D(2024, 2, 29)), ("02-29", False, D(2028, 2, 29)),
])
def test_one_date_parser_reads_what_people_write(text: str, past: bool | None, day: D) -> None:
    assert parse_date(text, DEC1, past=past, field="--event-date") == day


@pytest.mark.parametrize("text", ["2026-W47-5", "2026-W47", "2026-335", "20261120", "2026-11", "13-45", "02-30",
                                  "下周", "", "2026-11/20", "11-20-2026", "1e3"])
def test_odd_date_forms_are_refused_with_the_forms_that_work(text: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_date(text, DEC1, field="--event-date")
    assert exc.value.message("en") == (f"--event-date: cannot read the date '{text}'; write 2026-11-20, 2026/11/20, "
                                       "11-20, today or yesterday.")
    assert exc.value.message("zh") == (f"--event-date：看不懂日期 “{text}”，请写 2026-11-20、2026/11/20、11-20、"
                                       "今天或昨天。")


def test_month_day_event_date_is_shown_back_with_its_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海",
                       "--event-date", "01-05", "--today", "2026-12-01", "--no-color")
    assert code == 1 and "临沂市（山东省） 参保 → 上海市 就医 · 其他临时外出就医 · 职工医保 · 2027-01-05" in out


def test_month_day_of_care_given_is_the_last_one() -> None:
    a = advise(DEC1, scenario="emergency", insured_in="临沂", treated_in="上海", event_date="11-28")
    assert a.case.event_date == D(2026, 11, 28)
    a = advise(DEC1, scenario="temporary", insured_in="临沂", treated_in="上海", event_date="01-05",
               settled=True, discharge_date="01-09")
    assert (a.case.event_date, a.case.discharge_date) == (D(2026, 1, 5), D(2026, 1, 9))
    a = advise(DEC1, scenario="temporary", insured_in="临沂", treated_in="上海", event_date="01-05",
               filed_on="06-01")
    assert (a.case.event_date, a.case.filed_on) == (D(2027, 1, 5), D(2026, 6, 1))


def test_empty_today_is_refused_not_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海",
                         "--today", "", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == ("medins: error: --today: cannot read the date ''; write 2026-11-20, 2026/11/20, 11-20, today or "
                   "yesterday.\n")


def test_week_date_refused_on_every_path(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "a.yaml"
    f.write_text("scenario: temporary\ninsured_in: 临沂\ntreated_in: 上海\nevent_date: 2026-W47-5\n", encoding="utf-8")
    code, _out, err = run(capsys, "check", "--answers", str(f), "--today", "2026-12-01", "--lang", "en")
    assert code == 2 and "cannot read the date '2026-W47-5'" in err
    code, _out, err = run(capsys, "check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海",
                          "--today", "2026-W47-5", "--lang", "en")
    assert code == 2 and "--today: cannot read the date '2026-W47-5'" in err


# ------------------------------------------------------------------------------------------ hospital grades

@pytest.mark.parametrize(("text", "level"), [
    ("3", 3), ("３", 3), ("三级", 3), ("三级医院", 3), ("三级甲等", 3), ("三甲", 3), ("三甲医院", 3), ("三乙", 3),
    ("三级乙等", 3), ("三级特等", 3), (" 三 甲 ", 3), ("二甲", 2), ("二级甲等", 2), ("二级乙等", 2), ("二乙", 2),
    ("2", 2), ("一级", 1), ("一级甲等", 1), ("一甲", 1), ("1", 1),
])
def test_hospital_grade_as_read_on_the_sign(text: str, level: int) -> None:
    assert parse_level(text, "--hospital-level") == level


@pytest.mark.parametrize("text", ["四级", "甲等", "三级甲", "0", "4", "A"])
def test_hospital_grade_refused_with_the_forms_that_work(text: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_level(text, "--hospital-level")
    zh, en = exc.value.message("zh"), exc.value.message("en")
    assert zh == (f"--hospital-level：“{text}” 无效，可选：1, 2, 3（也可写 一级/二级/三级，或医院牌子上的 "
                  "三级甲等、三甲、二级乙等、二乙 等）。")
    assert en == (f"--hospital-level: invalid value '{text}'; choose from: 1, 2, 3 (or 一级/二级/三级, "
                  "or the grade on the hospital's sign: 三级甲等, 三甲, 二级乙等, 二乙…).")


def test_hospital_grade_on_the_sign_in_flags_answers_files_and_batch(tmp_path,  # type: ignore[no-untyped-def]
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    base = ["-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--today", "2026-12-01", "--json"]
    code, out, _ = run(capsys, "check", *base, "--hospital-level", "三级甲等")
    assert json.loads(out)["inputs"]["hospital_level"] == 3
    f = tmp_path / "a.yaml"
    f.write_text("scenario: temporary\ninsured_in: 临沂\ntreated_in: 上海\nhospital_level: 二乙\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--answers", str(f), "--today", "2026-12-01", "--json")
    assert json.loads(out)["inputs"]["hospital_level"] == 2
    lines = tmp_path / "b.jsonl"
    row = '{"scenario": "temporary", "insured_in": "临沂", "treated_in": "上海", "hospital_level": "%s"}\n'
    lines.write_text(row % "三甲" + row % "一甲", encoding="utf-8")
    code, out, _ = run(capsys, "batch", str(lines), "--today", "2026-12-01")
    assert [json.loads(line)["inputs"]["hospital_level"] for line in out.splitlines()[:2]] == [3, 1]


# ------------------------------------------------------------------------------------------ ratios

@pytest.mark.parametrize(("text", "ratio"), [
    ("85%", "0.85"), ("0.85", "0.85"), ("85 %", "0.85"), ("８５％", "0.85"), ("1", "1"), ("100%", "1"),
    ("0.855", "0.855"), ("85.5%", "0.855"), ("0.01%", "0.0001"), ("62.345%", "0.6235"),
])
def test_ratio_is_a_percentage_or_a_fraction(text: str, ratio: str) -> None:
    assert parse_ratio(text, "--ratio") == Decimal(ratio)


@pytest.mark.parametrize(("text", "key"), [
    ("1.5", "ratio_bare_number"), ("85", "ratio_bare_number"), ("150%", "ratio_range"), ("0", "ratio_range"),
    ("0%", "ratio_range"), ("-5%", "ratio_range"), ("1e-999990", "ratio_range"), ("0.00001", "ratio_range"),
    ("1e999999999", "ratio_range"), ("1e999999999%", "ratio_range"), ("NaN", "bad_ratio"), ("abc", "bad_ratio"),
])
def test_ratio_out_of_range_or_ambiguous_is_refused(text: str, key: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_ratio(text, "--ratio")
    assert exc.value.key == key


@pytest.mark.parametrize(("value", "en", "zh"), [
    ("1.5", "--ratio: '1.5' is above 1, so it is unclear which percentage is meant; write 85% or 0.85 (1 means 100%).",
     "--ratio：“1.5” 大于 1，看不出是百分之几；比例请写 85% 或 0.85（1 即 100%）。"),
    ("1e-999990", "--ratio: ratio 1e-999990 is out of range; give 0.01% to 100% (e.g. 85% or 0.85).",
     "--ratio：比例 1e-999990 超出范围，应在 0.01% 到 100% 之间（如 85% 或 0.85）。"),
    ("1e999999999", "--ratio: ratio 1e999999999 is out of range; give 0.01% to 100% (e.g. 85% or 0.85).",
     "--ratio：比例 1e999999999 超出范围，应在 0.01% 到 100% 之间（如 85% 或 0.85）。"),
])
def test_ratio_messages_say_the_fix(capsys: pytest.CaptureFixture[str], value: str, en: str, zh: str) -> None:
    base = ["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--cost", "1000",
            "--today", "2026-12-01", "--ratio", value]
    assert run(capsys, *base, "--lang", "en") == (2, "", f"medins: error: {en}\n")
    code, out, _ = run(capsys, *base, "--lang", "zh", "--json")
    assert code == 2 and json.loads(out)["error"]["message"] == zh and len(out) < 1000


def test_ratio_one_is_everything() -> None:
    a = advise(DEC1, scenario="temporary", insured_in="临沂", treated_in="上海", filed=True, cost="10000",
               deductible="0", ratio="1", reduction_points="0")
    assert a.cost.fund_pays == Decimal("10000") and a.cost.out_of_pocket == 0


def test_out_of_catalog_share_overflow_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海",
                          "--cost", "1000", "--out-of-catalog", "1E+1000002%", "--lang", "en")
    assert (code, err) == (2, "medins: error: --out-of-catalog: ratio 1E+1000002% is out of range; give 0 to 100% "
                              "(e.g. 85% or 0.85).\n")
    assert advise(DEC1, scenario="temporary", insured_in="临沂", treated_in="上海", cost="1000",
                  out_of_catalog="0%").cost.out_of_catalog == 0


# ------------------------------------------------------------------------------------------ amounts and stays

@pytest.mark.parametrize(("text", "amount"), [
    ("1234.565", "1234.57"), ("0.005", "0.01"), ("0.004", "0.00"), ("-0", "0.00"), ("1,000", "1000.00"),
    ("1000元", "1000.00"), ("１０００", "1000.00"), ("100000000", "100000000.00"),
])
def test_money_is_rounded_to_the_fen_once_on_input(text: str, amount: str) -> None:
    value = parse_amount(text, "--cost")
    assert str(value) == amount and not value.is_signed()


@pytest.mark.parametrize(("text", "key"), [("100000000.01", "amount_too_large"), ("1e999999999", "amount_too_large"),
                                           ("-0.01", "negative_amount"), ("Infinity", "bad_amount")])
def test_amount_range(text: str, key: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_amount(text, "--cost")
    assert exc.value.key == key
    if key == "amount_too_large":
        assert exc.value.message("en") == f"--cost: amount {text} is too large; give 0 to 100000000 yuan."
        assert exc.value.message("zh") == f"--cost：金额 {text} 过大，应在 0 到 100000000 元之间。"


@pytest.mark.parametrize("stay", ["²", "³", "①", "٣", "1²"])
def test_stay_with_unicode_digits_is_exit_2_not_70(capsys: pytest.CaptureFixture[str], stay: str) -> None:
    code, _out, err = run(capsys, "check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海",
                          "--stay", stay, "--lang", "en")
    assert (code, err) == (2, f"medins: error: --stay: invalid value '{stay}'; give which stay of the year this "
                              "is: 1, 2, 3 …\n")


def test_issue_money_cases(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["check", "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--today", "2026-12-01",
            "--json"]
    # Was out_of_pocket -0.01 ("1234.57 − 1234.57 = -0.01"): the cost is 1234.57 from the start.
    _, out, _ = run(capsys, *base, "--cost", "1234.565", "--ratio", "100%", "--filed", "--deductible", "0",
                    "--reduction-points", "0")
    cost = json.loads(out)["cost"]
    assert (cost["total"], cost["fund_pays"], cost["out_of_pocket"]) == (1234.57, 1234.57, 0.0)
    # Was −0.01 in scope.
    _, out, _ = run(capsys, *base, "--cost", "0.005", "--out-of-catalog", "100%")
    steps = {s["id"]: s for s in json.loads(out)["cost"]["breakdown"]}
    assert steps["in_scope"]["amount"] == 0 and steps["in_scope"]["formula"] == "0.01 − 0.01 = 0"
    # Was "(1200 − 100000) × 100% = 0".
    _, out, _ = run(capsys, *base[:2], "pharmacy", *base[3:], "--chronic-disease", "糖尿病", "--cost", "1200",
                    "--deductible", "100000", "--ratio", "1")
    steps = {s["id"]: s for s in json.loads(out)["cost"]["breakdown"]}
    assert steps["fund_before_cap"]["formula"] == "max(1200 − 100000, 0) × 100% = 0"
    _, out, _ = run(capsys, *base, "--cost", "1200", "--deductible", "100000", "--ratio", "1", "--filed")
    steps = {s["id"]: s for s in json.loads(out)["cost"]["breakdown"]}
    assert steps["fund_before_cap"]["formula"] == "max(1080 − 100000, 0) = 0"  # 临沂: 10% 先行自付 first
    # -0 is 0, never -0.0.
    _, out, _ = run(capsys, *base, "--cost", "-0", "--deductible", "-0")
    assert not re.search(r":\s*-0(\.0+)?[,\n]", out) and json.loads(out)["cost"]["total"] == 0


# ------------------------------------------------------------------------------------------ every figure, any input

NUM = re.compile(r"(\d+(?:\.\d+)?)(%?)")


def _value(expr: str) -> Decimal:
    py = NUM.sub(lambda m: f"(Decimal('{m.group(1)}')/100)" if m.group(2) else f"Decimal('{m.group(1)}')",
                 expr.replace("−", "-").replace("×", "*"))
    return eval(py, {"Decimal": Decimal, "min": min, "max": max})  # noqa: S307 - our own formula strings


def _fen(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def formula_holds(formula: str) -> bool:
    """Each `lhs = rhs` part recomputed from the printed figures gives the printed result (bands: each term is
    rounded to the fen, as the engine does)."""
    for part in formula.split("; "):
        lhs, rhs = part.rsplit(" = ", 1)
        if _fen(sum((_fen(_value(t)) for t in lhs.split(" + ")), Decimal(0))) != Decimal(rhs):
            return False
    return True


amounts = st.decimals(min_value=0, max_value=2_000_000, places=3).map(str)
ratios = st.one_of(st.integers(1, 100).map(lambda n: f"{n}%"), st.decimals("0.01", "1", places=4).map(str))


@settings(max_examples=150, deadline=None)
@given(scenario=st.sampled_from(["temporary", "long-term", "emergency", "referral", "pharmacy"]),
       insured=st.sampled_from(["临沂", "大连", "重庆", "十堰", "上海", "江苏"]),
       cost=amounts, ooc=st.one_of(st.none(), st.integers(0, 100).map(lambda n: f"{n}%"), amounts),
       ratio=st.one_of(st.none(), ratios), deductible=st.one_of(st.none(), amounts),
       cap=st.one_of(st.none(), amounts), filed=st.booleans(), retired=st.booleans())
def test_no_negative_amount_and_every_formula_is_the_arithmetic_done(
        scenario: str, insured: str, cost: str, ooc: str | None, ratio: str | None, deductible: str | None,
        cap: str | None, filed: bool, retired: bool) -> None:
    if ooc is not None and not ooc.endswith("%") and Decimal(ooc) > Decimal(cost):
        ooc = cost
    raw = dict(scenario=scenario, insured_in=insured, treated_in="北京", cost=cost, out_of_catalog=ooc,
               ratio=ratio, deductible=deductible, cap=cap, filed=filed, retired=retired)
    if scenario == "pharmacy":
        raw["chronic_disease"] = "糖尿病"
    a = advise(DEC1, **raw)
    assert a.cost is not None
    for c in (a.cost, a.cost_if_filed):
        if c is None:
            continue
        for s in c.breakdown:
            assert s.amount is None or (s.amount >= 0 and not s.amount.is_signed()), (s.id, s.amount)
            if s.formula and s.id not in ("ratio", "serious_illness_ratio"):
                assert formula_holds(s.formula), (s.id, s.formula)
        if c.fund_pays is not None:
            assert c.fund_pays + (c.serious_illness_pays or 0) + c.out_of_pocket == c.total == _fen(Decimal(cost))


def test_wizard_reads_a_month_day_as_the_next_trip_and_shows_the_year(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_wizard import DOWN, ENTER, UP, Session

    s = Session(tmp_path, "wizard", "--save-answers", "trip.yaml")  # today is 2026-11-23
    s.answer("您在哪里参保", "临沂", ENTER)
    s.answer("您在哪里（或将在哪里）看病", "上海", ENTER)
    s.answer("您是哪种情况", UP, ENTER)  # other temporary care
    s.answer("您参加的是哪种医保", DOWN, ENTER)
    s.answer("您在职还是已退休", DOWN, ENTER)
    s.answer("哪天看病（或入院）", "01-05", ENTER)
    s.expect("“01-05” 即 2027-01-05")
    s.answer("在哪一级医院", DOWN, ENTER)
    s.answer("您办理异地就医备案了吗", DOWN * 2, ENTER)  # not yet
    s.answer("总医疗费用多少元", ENTER)
    s.expect("就医日期: 2027-01-05")
    s.answer("都对吗", ENTER)
    code, out = s.finish()
    assert code == 1 and "· 2027-01-05" in out
    assert 'event_date: "2027-01-05"' in (tmp_path / "trip.yaml").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------ canonical forms
# Text already in a table's form (an ISO date, whole yuan, a key as written) is read at once; anything else
# takes the full reading. A str subclass always takes the full reading, so comparing the two shows the quick
# reading gives the same value, or the same error, for every text.

class Typed(str):
    """Text that is not exactly `str`: the parsers read it the full way."""


def _outcome(parse, *args, **kwargs):  # type: ignore[no-untyped-def]
    try:
        value = parse(*args, **kwargs)
    except InputError as exc:
        return ("error", exc.key, exc.message("zh"), exc.message("en"))
    return ("value", type(value), str(value), value)


iso_like = st.one_of(
    st.dates(D(1990, 1, 1), D(2110, 12, 31)).map(D.isoformat),
    st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
    st.from_regex(r"[0-9٠-٩²]{4}-[0-9]{2}-[0-9²]{2}", fullmatch=True),
    st.text(alphabet="0123456789-/. 年月日", max_size=12))


@settings(max_examples=500, deadline=None)
@given(iso_like, st.sampled_from([None, True, False]), st.dates(D(2020, 1, 1), D(2030, 12, 31)))
def test_iso_dates_read_at_once_as_the_full_reading_does(text: str, past: bool | None, today: D) -> None:
    assert _outcome(parse_date, text, today, past=past, field="--event-date") == _outcome(
        parse_date, Typed(text), today, past=past, field="--event-date")
    assert _outcome(parse_date, text, "--filed-on") == _outcome(parse_date, Typed(text), "--filed-on")


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.integers(0, 10**10).map(str), st.from_regex(r"0*[0-9]{0,10}", fullmatch=True),
                 st.text(alphabet="0123456789²٣", max_size=10)))
def test_whole_yuan_read_at_once_as_the_full_reading_does(text: str) -> None:
    assert _outcome(parse_amount, text, "--cost") == _outcome(parse_amount, Typed(text), "--cost")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.from_regex(r"[0-9]{1,4}%", fullmatch=True), st.text(alphabet="0123456789%.²٣", max_size=5)),
       st.booleans())
def test_whole_percentages_read_at_once_as_the_full_reading_does(text: str, allow_zero: bool) -> None:
    assert _outcome(parse_ratio, text, "--ratio", allow_zero=allow_zero) == _outcome(
        parse_ratio, Typed(text), "--ratio", allow_zero=allow_zero)


def test_alias_tables_are_written_as_their_keys_are_read() -> None:
    from medins_cli import inputs

    for table in (inputs.INSURANCE_ALIASES, inputs.KIND_ALIASES, inputs.TIER_ALIASES):
        assert all(k == inputs._text(k).lower() for k in table)
    assert all(k == inputs._text(k).lower().replace(" ", "") for k in inputs.SCENARIO_ALIASES)
    assert all(k == re.sub(r"\s", "", inputs._text(k).translate(inputs._DIGITS)) for k in inputs.LEVEL_ALIASES)


@pytest.mark.parametrize("text", ["long-term", "Long-Term", " 急诊 ", "pharmacy account", "药", "", "三甲", "三 甲",
                                  "３", "employee", "EMPLOYEE", "职工", "retiree", "tier1", "2", "一档", "x"])
def test_choices_read_at_once_as_the_full_reading_does(text: str) -> None:
    from medins_cli import inputs

    for parse in (inputs.parse_scenario, lambda v: parse_level(v, "--hospital-level"),
                  lambda v: inputs.parse_choice(v, "--insurance", inputs.INSURANCE_ALIASES, "employee, resident"),
                  lambda v: inputs.parse_choice(v, "--long-term-kind", inputs.KIND_ALIASES, "retiree, living"),
                  lambda v: inputs.parse_choice(v, "--tier", inputs.TIER_ALIASES, "1, 2, 3")):
        assert _outcome(parse, text) == _outcome(parse, Typed(text))


def test_build_case_makes_the_case_case_would_make() -> None:
    import dataclasses
    import sys
    from pathlib import Path

    from medins_cli.errors import MedinsError
    from medins_cli.inputs import build_case
    from medins_cli.model import Case
    from medins_cli.regions import load_regions

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from cases import cases

    assert not hasattr(Case, "__post_init__")
    names = {f.name for f in dataclasses.fields(Case)}
    made = 0
    for doc in cases(300, Path(__file__).resolve().parent.parent / "policies"):
        raw = {k: str(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in doc.items() if k != "id"}
        try:
            case = build_case(raw, load_regions(), DEC1)
        except MedinsError:
            continue
        made += 1
        given = {name: getattr(case, name) for name in names}  # a compiled Case has no instance __dict__
        assert case == Case(**given) and hash(case) == hash(Case(**given))
    assert made > 250

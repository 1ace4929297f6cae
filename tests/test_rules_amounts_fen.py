"""Every amount the engine puts in a Cost or a Step is already rounded to the fen (fmt.money, the one rounding rule).

The JSON document writes these amounts as float(x) without rounding them again (render_json._yuan), so this holds
for every input: the person's own figures with any number of decimals, and policy figures with any number of
decimals (a sourced 封顶线 of 12345.678 is rounded where the engine reads it). Each document is also compared with
what rounding again would write, sign of zero included.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from conftest import POLICIES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medins_cli import policy, service
from medins_cli.errors import MedinsError
from medins_cli.fmt import money
from medins_cli.model import Advice
from medins_cli.render_json import advice_to_dict, line_document

AMOUNT_FIELDS = ("total", "out_of_catalog", "fund_pays", "serious_illness_pays", "out_of_pocket", "deductible", "cap")
PROPERTY = settings(deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
TODAY = dt.date(2026, 11, 23)

NAMES = ["北京", "上海", "天津", "重庆", "武汉", "长沙", "昆明", "银川", "临沂", "江苏", "大连", "海口", "拉萨", "成都",
         "广州", "深圳", "杭州", "南京", "溧阳", "西安", "兰州", "贵阳", "南宁", "福州", "合肥", "郑州"]
SCENARIOS = ["long-term", "emergency", "referral", "pharmacy", "pharmacy-account", "temporary", "异地安置退休"]
# Amounts as a person may type them: whole yuan, fen, and more places than the fen (rounded half up).
AMOUNT = st.one_of(st.integers(min_value=0, max_value=900_000).map(str),
                   *(st.decimals(min_value=0, max_value=900_000, places=p).map(str) for p in (1, 2, 3, 4)),
                   st.sampled_from(["0.005", "0.004", "1234.565", "0.015", "99999.995"]))
SHARE = st.decimals(min_value=0, max_value=100, places=3).map(lambda p: f"{p}%")


def _amounts(advice: Advice) -> Iterator[tuple[str, Any]]:
    for cost in (advice.cost, advice.cost_if_filed):
        if cost is None:
            continue
        for name in AMOUNT_FIELDS:
            yield name, getattr(cost, name)
        for s in cost.breakdown:
            yield f"step {s.id}", s.amount


def _rounded_again(x: Decimal | None) -> float | None:
    """What the document wrote before it trusted the engine's rounding."""
    if x is None:
        return None
    if not x:
        return -0.0 if x.is_signed() else 0.0
    return float(money(x))


def _written(cost: Any) -> list[Any]:
    if cost is None:
        return []
    return [*(cost[name] for name in AMOUNT_FIELDS), *(s["amount"] for s in cost["breakdown"])]


def _expected(advice: Advice) -> list[Any]:
    out: list[Any] = []
    for cost in (advice.cost, advice.cost_if_filed):
        if cost is not None:
            out += [_rounded_again(getattr(cost, name)) for name in AMOUNT_FIELDS]
            out += [_rounded_again(s.amount) for s in cost.breakdown]
    if advice.cost is not None:
        a, b = advice.cost, advice.cost_if_filed
        out.append(_rounded_again(a.out_of_pocket - b.out_of_pocket)
                   if b is not None and a.out_of_pocket is not None and b.out_of_pocket is not None else None)
    return out


def assert_amounts_in_fen(advice: Advice) -> None:
    for name, x in _amounts(advice):
        if x is not None:
            assert type(x) is Decimal and x.is_finite() and x == money(x), (name, x)
    expected = json.dumps(_expected(advice))  # json writes -0.0 apart from 0.0
    for lang in ("zh", "en"):
        for doc in (advice_to_dict(advice, lang), line_document(advice, lang)):
            cost = doc["cost"]
            written = [] if cost is None else [*_written(cost), *_written(cost["if_filed"]), cost["filing_saves"]]
            assert json.dumps(written) == expected


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    scenario = draw(st.sampled_from(SCENARIOS))
    pharmacy = scenario.startswith("pharmacy")
    insurance = "employee" if scenario == "pharmacy-account" else draw(st.sampled_from(["employee", "resident"]))
    raw: dict[str, Any] = {"scenario": scenario, "insured_in": draw(st.sampled_from(NAMES)),
                           "treated_in": draw(st.sampled_from(NAMES)), "insurance": insurance,
                           "event_date": draw(st.dates(min_value=dt.date(2023, 1, 1),
                                                       max_value=dt.date(2026, 12, 31))).isoformat()}
    if draw(st.integers(min_value=0, max_value=5)):
        raw["cost"] = draw(AMOUNT)
    optional = {
        "retired": st.booleans() if insurance == "employee" else None,
        "hospital_level": st.sampled_from(["1", "2", "3"]),
        "stay": None if pharmacy else st.sampled_from(["1", "2", "3", "7"]),
        "tier": st.sampled_from(["1", "2", "3"]),
        "filed": st.booleans(),
        "out_of_catalog": st.one_of(AMOUNT, SHARE) if "cost" in raw else None,
        "deductible": AMOUNT,
        "ratio": SHARE,
        "cap": AMOUNT,
        "reduction_points": st.decimals(min_value=0, max_value=30, places=2).map(str),
        "chronic_disease": st.sampled_from(["糖尿病", "高血压"]) if scenario == "pharmacy" else None,
    }
    for key, strategy in optional.items():
        if strategy is not None and draw(st.booleans()):
            raw[key] = draw(strategy)
    return raw


@settings(PROPERTY, max_examples=400)
@given(raw=cases())
def test_every_amount_is_in_fen_for_any_case(raw: dict[str, Any]) -> None:
    try:
        advice = service.check(raw, TODAY)
    except MedinsError:
        return
    assert_amounts_in_fen(advice)


def test_a_sourced_cap_with_more_places_is_rounded_where_it_is_read(tmp_path: Path) -> None:
    # 西安's 职工 封顶线 (400000) given as 12345.678: the step, the cost and the document all hold 12345.68.
    root = _root_with(tmp_path, "610100", lambda path, value: Decimal("12345.678") if path[-2:] == ("cap", "employee")
                      else value)
    with mock.patch("medins_cli.compiled._folder", return_value=None):
        advice = service.check({"scenario": "long-term", "insured_in": "西安", "treated_in": "海口",
                                "event_date": "2026-12-01", "cost": "20000", "filed": True}, TODAY, root=root)
    _forget()
    assert advice.cost is not None and advice.cost.cap == Decimal("12345.68")
    cap = next(s for s in advice.cost.breakdown if s.id == "cap")
    assert (str(cap.amount), cap.formula) == ("12345.68", "min(17328, 12345.68) = 12345.68")
    assert advice.cost.fund_pays == Decimal("12345.68")
    assert advice_to_dict(advice, "zh")["cost"]["cap"] == 12345.68
    assert_amounts_in_fen(advice)


# Policy figures that are amounts (起付线, 封顶线, 大病 起付线 and 封顶线), at any number of places.
def _money_key(path: tuple[str, ...]) -> bool:
    return "deductible" in path or "cap" in path


def _rewrite(node: Any, path: tuple[str, ...], change: Any) -> Any:
    if isinstance(node, dict):
        if "value" in node and "effective_from" in node and isinstance(node["value"], (int, float)) \
                and not isinstance(node["value"], bool):
            value = change(path, node["value"])
            return {**node, "value": float(value) if isinstance(value, Decimal) else value}
        return {k: _rewrite(v, (*path, str(k)), change) for k, v in node.items()}
    if isinstance(node, list):
        return [_rewrite(v, path, change) for v in node]
    return node


def _root_with(folder: Path, code: str, change: Any) -> Path:
    """A policy tree with one regional file whose figures `change(path, value)` gives."""
    root = folder / "policies"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(POLICIES, root)
    src = next((POLICIES / "regions").glob(f"{code}-*.yaml"))
    doc = _rewrite(yaml.safe_load(src.read_text(encoding="utf-8")), (), change)
    (root / "regions" / src.name).write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return root


def _forget() -> None:
    policy.load_file.cache_clear()
    policy._regional_index.cache_clear()
    policy._chain_files.cache_clear()
    policy._keys.clear()


REGIONS = {"110000": "北京", "120000": "天津", "310000": "上海", "420100": "武汉", "430100": "长沙", "500000": "重庆",
           "530100": "昆明", "610100": "西安", "640000": "银川", "150100": "呼和浩特"}
FIGURE = st.one_of(st.decimals(min_value=0, max_value=900_000, places=3),
                   st.decimals(min_value=0, max_value=5_000, places=4),
                   st.sampled_from([Decimal("0.005"), Decimal("1234.565"), Decimal("12345.678")]))


@settings(PROPERTY, max_examples=60)
@given(code=st.sampled_from(sorted(REGIONS)), figures=st.lists(FIGURE, min_size=1, max_size=8),
       raw=cases())
def test_every_amount_is_in_fen_for_any_policy_figure(tmp_path: Path, code: str, figures: list[Decimal],
                                                       raw: dict[str, Any]) -> None:
    drawn = iter(figures * 100)
    root = _root_with(tmp_path, code, lambda path, value: next(drawn) if _money_key(path) else value)
    raw = {**raw, "insured_in": REGIONS[code], "treated_in": "海口"}
    raw.setdefault("cost", "123456.78")
    with mock.patch("medins_cli.compiled._folder", return_value=None):  # throw-away trees stay out of the cache
        try:
            advice = service.check(raw, TODAY, root=root)
        except MedinsError:
            return
        finally:
            _forget()
    assert_amounts_in_fen(advice)


@pytest.mark.parametrize("x", ["0", "-0", "0.00", "-0.00", "1", "12.5", "12.50", "-3.07", "900000.01", "1E+3"])
def test_float_of_an_amount_in_fen_is_the_float_of_it_rounded(x: str) -> None:
    d = Decimal(x)
    assert json.dumps(float(d)) == json.dumps(float(money(d)))

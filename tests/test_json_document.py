"""The advice document's amounts and texts: render_json writes the amounts the engine has rounded to the fen
(tests/test_rules_amounts_fen.py) without rounding them again (a zero is the zero of its sign) and reads parameterless
messages from the face's table; both write what a fresh rounding and rendering write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import orjson
import pytest
from conftest import POLICIES, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from medins_cli import render_json, service
from medins_cli.messages import face

sys.path.insert(0, str(ROOT / "benchmarks"))
from cases import cases as benchmark_cases  # noqa: E402

TODAY = dt.date(2026, 11, 23)
CENT = Decimal("0.01")


def fresh_yuan(x: Decimal | None) -> float | None:
    return None if x is None else float(x.quantize(CENT, ROUND_HALF_UP))


def same(a: float | None, b: float | None) -> bool:
    """Equal as JSON writes them: -0.0 and 0.0 apart."""
    return orjson.dumps(a) == orjson.dumps(b)


LOOKALIKES = [Decimal("0"), Decimal("-0"), Decimal("0.00"), Decimal("-0.00"), Decimal("0.004"), Decimal("-0.004"),
              Decimal("-0.005"), Decimal("1.005"), Decimal("1.00500"), Decimal("1.0049"), Decimal("1"), Decimal("1.00"),
              Decimal("2.675"), Decimal("99999999.995"), Decimal("-3.335"), Decimal("1E+2"), Decimal("100")]


def test_amounts_write_what_a_fresh_rounding_writes() -> None:
    for x in LOOKALIKES:  # those in fen: the only amounts the engine hands over (test_rules_amounts_fen)
        if x == x.quantize(CENT, ROUND_HALF_UP):
            assert same(render_json._yuan(x), fresh_yuan(x)), x
    assert render_json._yuan(None) is None


def test_a_zero_keeps_its_sign() -> None:
    assert same(render_json._yuan(Decimal("-0.00")), -0.0)
    assert same(render_json._yuan(Decimal("-0E+5")), -0.0)
    assert same(render_json._yuan(Decimal("0")), 0.0)


def test_a_signalling_nan_is_refused_as_before() -> None:
    from decimal import InvalidOperation

    with pytest.raises((InvalidOperation, ValueError)):
        render_json._yuan(Decimal("sNaN"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**8, max_value=10**8, places=2),
                max_size=8))
def test_amounts_agree_with_fresh_rounding(xs: list[Decimal]) -> None:
    for x in xs:
        assert same(render_json._yuan(x), fresh_yuan(x)), x


RAW: list[dict[str, Any]] = [
    {"scenario": "temporary", "insured_in": "临沂", "treated_in": "上海", "event_date": "2026-12-20", "cost": "22000",
     "out_of_catalog": "2000"},
    {"scenario": "long_term", "insured_in": "南京", "treated_in": "上海", "retired": True, "event_date": "2026-12-01",
     "cost": "50000"},
    {"scenario": "emergency", "insured_in": "临沂", "treated_in": "北京", "event_date": "2026-11-20", "cost": "30000",
     "settled": True, "discharge_date": "2026-11-22"},
    {"scenario": "referral", "insured_in": "广州", "treated_in": "长沙", "filed": True, "stay": "2",
     "cost": "18000.555", "deductible": "1000", "ratio": "85%", "cap": "300000"},
    {"scenario": "pharmacy", "insured_in": "重庆", "treated_in": "成都", "insurance": "resident",
     "chronic_disease": "高血压"},
]


def _advice(raw: dict[str, Any]) -> Any:
    from medins_cli.answers import raw_from_mapping

    return service.check(raw_from_mapping(raw, "test"), TODAY)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("face_name", ["cli", "answers", "wizard"])
def test_document_is_the_same_with_and_without_what_is_kept(lang: str, face_name: str) -> None:
    from medins_cli import messages

    with face(face_name):
        advices = [_advice(raw) for raw in RAW]
        messages._TEXTS.clear()
        messages._RENDERED.clear()
        first = [json.dumps(render_json.advice_to_dict(a, lang), ensure_ascii=False) for a in advices]
        again = [json.dumps(render_json.advice_to_dict(a, lang), ensure_ascii=False) for a in advices]
        assert first == again


def test_each_document_is_its_own() -> None:
    """A caller may change its document: nothing in it is shared with the next one."""
    advice = _advice(RAW[0])
    a, b = render_json.advice_to_dict(advice, "zh"), render_json.advice_to_dict(advice, "zh")
    a["cost"]["breakdown"][0]["label"] = "x"
    a["warnings"].clear()
    a["filings"][0]["materials"].append("x")
    a["sources"][0]["cites"].append("x")  # a source's lists too (the SourceRef's own are tuples, shared)
    a["sources"][0]["parameters"].clear()
    a["defaults_used"][0]["note"] = "x"
    assert b == render_json.advice_to_dict(advice, "zh")


def _line(doc: dict[str, Any]) -> bytes:
    return orjson.dumps(doc, option=orjson.OPT_APPEND_NEWLINE)  # as batch writes a JSON line


@pytest.mark.parametrize("face_name", ["answers", "cli"])
def test_a_line_document_writes_what_the_document_writes(face_name: str) -> None:
    """line_document (batch JSON Lines: sections of shared records pre-encoded, kept by identity) writes, byte for
    byte, what advice_to_dict writes, for the benchmark's varied cases in both languages; with what it keeps
    cleared, the same again."""
    from medins_cli.answers import raw_from_mapping
    from medins_cli.errors import InputError

    advices = []
    for doc in benchmark_cases(1500, POLICIES, seed=7):
        doc.pop("id")
        try:
            advices.append(service.check(raw_from_mapping(doc, "x"), TODAY))
        except InputError:
            continue
    assert len(advices) > 1000
    with face(face_name):
        for rounds in range(2):
            if rounds:
                render_json._LINE_PARTS.clear()
            for a in advices:
                for lang in ("zh", "en"):
                    assert _line(render_json.line_document(a, lang)) == _line(render_json.advice_to_dict(a, lang))
    # Shared indeed: far fewer sections kept than the 4 × 2 languages a case has.
    assert 0 < len(render_json._LINE_PARTS) < len(advices)
    assert all(0 < len(parts) <= render_json.MAX_CHANNEL_PARTS for parts in render_json._CHANNEL_PARTS.values())


def test_line_document_keeps_a_bounded_number_of_sections() -> None:
    """Records made afresh for every advice (the worst case: nothing shared) fill what line_document keeps only up
    to its bound, and every line is still the document's."""
    advice = _advice(RAW[0])
    assert advice.defaults_used and advice.assumptions and advice.warnings
    render_json._LINE_PARTS.clear()
    with face("answers"):
        for i in range(render_json.MAX_LINE_PARTS + 300):
            fresh = dataclasses.replace(
                advice, sources=tuple(dataclasses.replace(s) for s in advice.sources),
                defaults_used=[dataclasses.replace(d) for d in advice.defaults_used],
                warnings=[(wid, dataclasses.replace(m)) for wid, m in advice.warnings],
                assumptions=[dataclasses.replace(m) for m in advice.assumptions])
            if i % 97 == 0:
                assert _line(render_json.line_document(fresh, "zh")) == _line(render_json.advice_to_dict(fresh, "zh"))
            else:
                render_json.line_document(fresh, "zh")
            assert len(render_json._LINE_PARTS) <= render_json.MAX_LINE_PARTS


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(range(len(RAW))), min_size=1, max_size=6), st.sampled_from(["zh", "en"]))
def test_line_documents_in_any_order_write_the_documents(order: list[int], lang: str) -> None:
    """Whatever came before (what is kept by identity is filled in any order), a line is the document's."""
    with face("answers"):
        for i in order:
            a = _advices()[i]
            assert _line(render_json.line_document(a, lang)) == _line(render_json.advice_to_dict(a, lang))


@functools.cache
def _advices() -> list[Any]:
    return [_advice(raw) for raw in RAW]

"""Message rendering: a message rendered from the memo reads exactly as one rendered afresh, in every face and
language, and the memo stays bounded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medins_cli import messages, service
from medins_cli.messages import face, renderer, t, tm
from medins_cli.msg import M, Msg

ONE_PARAM = "assume.default.event_date"  # "{date}" in both languages
INPUT_PARAM = "missing_option"  # "{option}": written as the answers key on the answers face


def fresh(msg: Msg, lang: str) -> str:
    """Rendered with nothing memoised."""
    messages._RENDERED.clear()
    messages._TEXTS.clear()
    return tm(msg, lang)


def advice_messages(raw: dict[str, Any]) -> list[Msg]:
    advice = service.check(raw, dt.date(2026, 12, 1))
    found: list[Msg] = [advice.summary, *advice.assumptions, *(m for _, m in advice.warnings)]
    for f in advice.filings:
        found += [f.title, *f.materials, *f.notes] + ([f.when] if f.when else [])
    for cost in (advice.cost, advice.cost_if_filed):
        if cost is not None:
            found += [s.label for s in cost.breakdown] + cost.assumptions
    found += [d.basis for d in advice.deadlines] + [d.note for d in advice.defaults_used]
    return [m for m in found if isinstance(m, Msg)]


CASES = [
    {"scenario": "long-term", "insured_in": "临沂", "treated_in": "上海", "cost": "30000", "out_of_catalog": "10%"},
    {"scenario": "emergency", "insured_in": "江苏", "treated_in": "北京", "event_date": "2026-11-20", "cost": "8000"},
    {"scenario": "pharmacy", "insured_in": "重庆", "treated_in": "成都", "insurance": "resident",
     "chronic_disease": "高血压"},
    {"scenario": "referral", "insured_in": "广州", "treated_in": "长沙", "filed": True, "stay": "2"},
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("face_name", ["cli", "answers", "wizard"])
def test_memoised_render_equals_fresh_render(lang: str, face_name: str) -> None:
    with face(face_name):
        msgs = [m for raw in CASES for m in advice_messages(raw)]
        expected = [fresh(m, lang) for m in msgs]
        render = renderer(lang)
        for _ in range(2):  # the second pass reads every message from the memo
            assert [tm(m, lang) for m in msgs] == expected
            assert [render(m) for m in msgs] == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_face_is_part_of_the_memo(lang: str) -> None:
    msg = M(INPUT_PARAM, option="--event-date")
    with face("cli"):
        on_cli = tm(msg, lang)
    with face("answers"):
        on_answers = tm(msg, lang)
    with face("cli"):
        assert tm(msg, lang) == on_cli
    assert "--event-date" in on_cli and "--event-date" not in on_answers and "event_date" in on_answers
    assert on_answers == fresh_in("answers", msg, lang)


def fresh_in(face_name: str, msg: Msg, lang: str) -> str:
    with face(face_name):
        return fresh(msg, lang)


def test_languages_are_apart_in_the_memo() -> None:
    msg = M(ONE_PARAM, date="2026-11-20")
    assert tm(msg, "zh") != tm(msg, "en")
    assert tm(msg, "zh") == fresh(msg, "zh") and tm(msg, "en") == fresh(msg, "en")


# Values that compare equal (or hash alike) yet print differently: the memo must never give one the other's text.
APP = "channel.nhsa_app"
LOOKALIKES: list[Any] = [1, True, "1", 1.0, Decimal("1.0"), Decimal("1"), 0, False, 0.0, -0.0, "0", None, "None",
                         (1,), ("1",), [1], (True,), M(APP), APP, (M(APP),), float("nan"), dt.date(2026, 1, 1),
                         "2026-01-01"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_lookalike_parameters_render_apart(lang: str) -> None:
    expected = [fresh(M(ONE_PARAM, date=v), lang) for v in LOOKALIKES]
    for _ in range(2):
        assert [t(ONE_PARAM, lang, date=v) for v in LOOKALIKES] == expected


scalars = st.one_of(st.text(max_size=5), st.integers(-3, 3), st.booleans(), st.none(), st.floats(allow_nan=False),
                    st.decimals(allow_nan=False, allow_infinity=False, places=2))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3).map(tuple), st.lists(inner, max_size=3),
    inner.map(lambda v: M(ONE_PARAM, date=v))), max_leaves=6)


@settings(max_examples=200, deadline=None)
@given(st.lists(values, min_size=1, max_size=6), st.sampled_from(["zh", "en"]),
       st.sampled_from(["cli", "answers", "wizard"]))
def test_memo_agrees_with_fresh_rendering(params: list[Any], lang: str, face_name: str) -> None:
    with face(face_name):
        expected = [fresh(M(ONE_PARAM, date=v), lang) for v in params]
        assert [tm(M(ONE_PARAM, date=v), lang) for v in params] == expected  # filling the memo
        assert [tm(M(ONE_PARAM, date=v), lang) for v in params] == expected  # reading it


def test_memo_is_bounded() -> None:
    messages._RENDERED.clear()
    for i in range(messages.MAX_RENDERED * 2 + 5):
        t(ONE_PARAM, "zh", date=str(i))
    assert all(len(table) <= messages.MAX_RENDERED for table in messages._RENDERED.values())
    assert t(ONE_PARAM, "zh", date="0") == fresh(M(ONE_PARAM, date="0"), "zh")


def test_a_message_without_parameters_is_shared_and_equal_to_a_fresh_one() -> None:
    from medins_cli.msg import said

    assert said("assume.default.filed") is said("assume.default.filed")
    assert said("assume.default.filed") == M("assume.default.filed")
    assert hash(said("assume.default.filed")) == hash(M("assume.default.filed"))
    assert tm(said("assume.default.filed"), "en") == tm(M("assume.default.filed"), "en")


def test_a_message_may_have_parameters_named_key_and_lang() -> None:
    """The key and the language are positional only: `key=` and `lang=` are the message's own parameters (also
    when messages.py is compiled, where a `/` signature refused them)."""
    params = {"file": "a.yaml", "key": "scenaro", "hint": "scenario", "close": True}
    assert t("answers_unknown_key", "zh", **params) == "答案文件 a.yaml：不认识的项 “scenaro”（是不是 scenario？）。"
    assert t("answers_unknown_key", "en", **params) == \
        "Answers file a.yaml: unknown key 'scenaro' (did you mean scenario?)."
    assert t("answers_unknown_key", **params) == t("answers_unknown_key", "zh", **params, lang="en")
    with pytest.raises(TypeError):
        t()

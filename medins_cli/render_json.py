"""Advice → the JSON contract (schema_version 1, docs/json-contract.md, docs/schema/advice-v1.json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

from medins_cli import __version__
from medins_cli.messages import FACE, renderer, t, texts
from medins_cli.model import Advice, Cost, DefaultUsed, SourceRef
from medins_cli.msg import Msg

SCHEMA_VERSION = 1

# Money goes out rounded to the fen, half up (fmt.money), as a JSON number. The engine rounds every amount it puts
# in a Cost or a Step (tests/test_rules_amounts_fen.py, over the whole input space), and float() depends only on a
# Decimal's value and the sign of its zero, so float(x) is float(money(x)) without rounding again (~0.3 µs an amount,
# ~20 a case).


def _yuan(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def _said(m: Any, tm: Callable[[Any], str], get: Callable[[str], str | None]) -> str:
    """A message as `tm` renders it. One without parameters (most labels, notes and warnings) is one lookup in the
    face's table (`get`) here, in compiled code, not a call of the renderer; `tm` renders, and fills the table,
    when it is not there yet."""
    if type(m) is Msg and not m.params:
        text = get(m.key)
        if text is not None:
            return text
    return tm(m)


def _cost(cost: Cost | None, tm: Callable[[Any], str], get: Callable[[str], str | None]) -> dict[str, Any] | None:
    if cost is None:
        return None
    return {
        "currency": "CNY",
        "method": cost.method,
        "benefit_class": cost.category,
        "total": _yuan(cost.total),
        "out_of_catalog": _yuan(cost.out_of_catalog),
        "fund_pays": _yuan(cost.fund_pays),
        "serious_illness_pays": _yuan(cost.serious_illness_pays),
        "out_of_pocket": _yuan(cost.out_of_pocket),
        "ratio": None if cost.ratio is None else float(cost.ratio),
        "deductible": _yuan(cost.deductible),
        "cap": _yuan(cost.cap),
        "breakdown": [
            {
                "id": s.id,
                "label": _said(s.label, tm, get),
                "amount": _yuan(s.amount),
                "formula": s.formula,
                "parameter": s.parameter,
            }
            for s in cost.breakdown
        ],
        "assumptions": [_said(m, tm, get) for m in cost.assumptions],
    }


def advice_to_dict(advice: Advice, lang: str) -> dict[str, Any]:
    return _document(advice, lang, False)


def line_document(advice: Advice, lang: str) -> dict[str, Any]:
    """advice_to_dict's document for a batch JSON line: the same document as orjson writes it, with the sections
    made of records the engine shares between advices (sources, defaults_used, warnings, assumptions) as
    orjson.Fragment, each encoded once per shared list. Only for orjson.dumps: the fragments are not plain data."""
    return _document(advice, lang, True)


# Sections encoded for line_document, by the identity of what they are made of (the sources tuple; the records of
# a list) and, for those with messages, the face and language: an entry holds those objects, so that no other
# object takes their ids while it is here. Bounded by the shared records (a few hundred lists over the benchmark);
# cleared when full, like the render memo.
_LINE_PARTS: Final[dict[tuple[Any, ...], tuple[Any, Any]]] = {}  # Final: compiled, a C static, not a lookup
MAX_LINE_PARTS: Final = 4096
_orjson: Any = None


def _fragment(value: Any) -> Any:
    """`value` as orjson writes it, as an orjson.Fragment (orjson imported on first use: only batch needs it)."""
    global _orjson
    if _orjson is None:
        import orjson

        _orjson = orjson
    return _orjson.Fragment(_orjson.dumps(value))


def _encoded(key: tuple[Any, ...], held: Any, section: list[Any]) -> Any:
    """`section` as an orjson.Fragment, kept under `key` with `held` (the objects the key names by id)."""
    part = _fragment(section)
    if len(_LINE_PARTS) >= MAX_LINE_PARTS:
        _LINE_PARTS.clear()
    _LINE_PARTS[key] = (held, part)
    return part


# A filing's channels for line_document, each {"id", "name"} encoded once per face and language: a few ids the
# engine names (bounded; cleared past MAX_CHANNEL_PARTS all the same).
_CHANNEL_PARTS: Final[dict[tuple[str, str], dict[str, Any]]] = {}
MAX_CHANNEL_PARTS: Final = 256


def _line_channels(channels: list[str], lang: str, get: Callable[[str], str | None], parts: dict[str, Any]
                   ) -> list[Any]:
    out = []
    for c in channels:
        part = parts.get(c)
        if part is None:
            if len(parts) >= MAX_CHANNEL_PARTS:
                parts.clear()
            part = parts[c] = _fragment({"id": c, "name": get(f"channel.{c}") or t(f"channel.{c}", lang)})
        out.append(part)
    return out


def _sources(sources: tuple[SourceRef, ...]) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "title": s.title,
            "document": s.document,
            "issuer": s.issuer,
            "url": s.url,
            "effective_from": s.effective_from.isoformat(),
            "as_of": s.as_of,
            "region": s.region,
            "confidence": s.confidence,
            "kind": s.kind,
            "cites": list(s.cites),  # the document's own lists (a SourceRef's are tuples, shared)
            "parameters": list(s.parameters),
        }
        for s in sources
    ]


def _defaults(defaults: list[DefaultUsed], tm: Callable[[Any], str], get: Callable[[str], str | None]
              ) -> list[dict[str, Any]]:
    return [
        {
            "parameter": d.parameter,
            "value": v if type(v := d.value) in _AS_IS else _plain(v),
            "basis": d.basis,
            "note": _said(d.note, tm, get),
        }
        for d in defaults
    ]


def _warnings(warnings: list[tuple[str, Msg]], tm: Callable[[Any], str], get: Callable[[str], str | None]
              ) -> list[dict[str, Any]]:
    return [{"id": wid, "message": _said(m, tm, get)} for wid, m in warnings]


def _document(advice: Advice, lang: str, line: bool) -> dict[str, Any]:
    case = advice.case
    tm = renderer(lang)
    get = texts(lang).get  # a message without parameters by its key; `t` fills in what is not there yet
    cost = _cost(advice.cost, tm, get)
    if cost is not None:
        cost["if_filed"] = _cost(advice.cost_if_filed, tm, get)
        saving = None
        if advice.cost_if_filed and advice.cost and advice.cost.out_of_pocket is not None \
                and advice.cost_if_filed.out_of_pocket is not None:
            saving = _yuan(advice.cost.out_of_pocket - advice.cost_if_filed.out_of_pocket)
        cost["filing_saves"] = saving
    action_required, overdue = advice.action_required, advice.overdue  # properties: each walks a list
    sources: Any
    defaults: Any
    warnings: Any
    assumptions: Any
    channel_parts: dict[str, Any] | None = None
    if not line:
        sources = _sources(advice.sources)
        defaults = _defaults(advice.defaults_used, tm, get)
        warnings = _warnings(advice.warnings, tm, get)
        assumptions = [_said(m, tm, get) for m in advice.assumptions]
    else:
        parts = _LINE_PARTS
        held: Any = advice.sources
        key: tuple[Any, ...] = (0, id(held))  # no messages: the same in every face and language
        hit = parts.get(key)
        sources = hit[1] if hit is not None else _encoded(key, held, _sources(held))
        where = (FACE.get(), lang)
        channel_parts = _CHANNEL_PARTS.get(where)
        if channel_parts is None:
            channel_parts = _CHANNEL_PARTS[where] = {}
        held = advice.defaults_used
        if held:
            key = (1, where, tuple([id(d) for d in held]))
            hit = parts.get(key)
            defaults = hit[1] if hit is not None else _encoded(key, tuple(held), _defaults(held, tm, get))
        else:
            defaults = []
        held = advice.warnings
        if held:
            ids: list[Any] = []
            for wid, m in held:
                ids.append(wid)
                ids.append(id(m))
            key = (2, where, tuple(ids))
            hit = parts.get(key)
            warnings = hit[1] if hit is not None else _encoded(key, tuple(held), _warnings(held, tm, get))
        else:
            warnings = []
        held = advice.assumptions
        if held:
            key = (3, where, tuple([id(m) for m in held]))
            hit = parts.get(key)
            assumptions = hit[1] if hit is not None else _encoded(key, tuple(held),
                                                                  [_said(m, tm, get) for m in held])
        else:
            assumptions = []
    status = 3 if overdue else (1 if action_required else 0)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool_version": __version__,
        "lang": lang,
        "today": case.today.isoformat(),
        "scenario": case.scenario,
        "long_term_kind": case.long_term_kind,
        "pharmacy_mode": case.pharmacy_mode,
        "relation": advice.relation,
        "category": advice.category,
        "insured_in": case.insured.as_json(),
        "treated_in": case.treated.as_json(),
        "inputs": {
            "insurance": case.insurance,
            "retired": case.retired,
            "hospital_level": case.hospital_level,
            "tier": case.tier,
            "stay": case.stay,
            "event_date": case.event_date.isoformat(),
            "filed": case.filed,
            "filed_on": case.filed_on.isoformat() if case.filed_on else None,
            "referral_certificate": case.referral_certificate,
            "settled": case.settled,
            "discharge_date": case.discharge_date.isoformat() if case.discharge_date else None,
            "chronic_disease": case.chronic_disease,
            "injury": case.injury,
        },
        "summary": _said(advice.summary, tm, get),
        "status": {"exit_code": status, "action_required": action_required, "overdue": overdue},
        "filings": [
            {
                "id": f.id,
                "title": _said(f.title, tm, get),
                "category": f.category,
                "required": f.required,
                "done": f.done,
                "deadline": f.deadline.isoformat() if f.deadline else None,
                "suggested_by": f.suggested_by.isoformat() if f.suggested_by else None,
                "when": tm(f.when) if f.when else None,
                "channels": [{"id": c, "name": get(f"channel.{c}") or t(f"channel.{c}", lang)} for c in f.channels]
                if channel_parts is None else _line_channels(f.channels, lang, get, channel_parts),
                "materials": [_said(m, tm, get) for m in f.materials],
                "notes": [_said(m, tm, get) for m in f.notes],
            }
            for f in advice.filings
        ],
        "deadlines": [
            {
                "id": d.id,
                "kind": d.kind,
                "title": get(d.title_key) or t(d.title_key, lang),
                "date": d.date.isoformat(),
                "days_left": d.days_left,
                "overdue": d.overdue,
                "action": d.action,
                "working_days": d.working_days,
                "calendar": d.calendar,
                "filing": d.filing,
                "basis": tm(d.basis),
                "source": d.source,
            }
            for d in advice.deadlines
        ],
        "cost": cost,
        "warnings": warnings,
        "sources": sources,
        "defaults_used": defaults,
        "assumptions": assumptions,
        "sourced_not_used": [
            {
                "parameter": u.parameter,
                "value": _plain(u.value),
                "source": u.source,
                "source_title": u.source_title,
                "region": u.region,
                "reason": tm(u.reason),
            }
            for u in advice.sourced_not_used
        ],
    }


_AS_IS = frozenset({str, int, float, bool, type(None)})  # JSON already: most default values


def _plain(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):  # most are {"points": 20}: no call for a value that is JSON already
        return {k: v if type(v) in _AS_IS else _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def dumps(data: Any) -> str:
    from medins_cli.messages import json_text

    return json_text(json.dumps(data, ensure_ascii=False, indent=2))


def error_dict(code: str, message: str, key: str | None = None) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "error": {"code": code, "key": key, "message": message}}

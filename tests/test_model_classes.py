"""The model classes write their own __init__ (medins_cli/model.py says why: compiled by mypyc, it is native code), as
does any dataclass declared init=False in a compiled module. Each must be exactly the dataclass's: the fields as
parameters in order with their defaults, each stored as given. Read from the source (so the test says which line is
wrong, compiled or not), then checked on real advice."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import sys
from typing import Any

import pytest
from conftest import ROOT

from medins_cli import model, service
from medins_cli.errors import MedinsError
from medins_cli.regions import load_regions

SOURCE = ROOT / "medins_cli" / "model.py"
TODAY = dt.date(2026, 12, 1)


def _classes() -> list[ast.ClassDef]:
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    return [node for node in tree.body if isinstance(node, ast.ClassDef)]


def test_every_model_class_is_a_dataclass_with_its_own_init() -> None:
    names = [c.name for c in _classes()]
    assert names == ["Case", "Filing", "Deadline", "Step", "Cost", "DefaultUsed", "UnusedFigure", "SourceRef",
                     "Advice"]
    for name in names:
        cls = getattr(model, name)
        assert dataclasses.is_dataclass(cls), name
        assert cls.__dataclass_params__.init is False, f"{name}: @dataclass(init=False), the __init__ is written"


def _written_inits() -> list[tuple[str, ast.ClassDef]]:
    """model.py's classes, and each dataclass with a written __init__ (init=False) in a module the wheel compiles."""
    tomllib = pytest.importorskip("tomllib", reason="Python 3.11 reads pyproject.toml")
    with open(ROOT / "pyproject.toml", "rb") as fh:
        compiled = tomllib.load(fh)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["include"]
    found = [("medins_cli/model.py", c) for c in _classes()]
    for path in compiled:
        if path == "medins_cli/model.py":
            continue
        for node in ast.parse((ROOT / path).read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(d, ast.Call) and ast.unparse(d.func) == "dataclass"
                    and any(k.arg == "init" and ast.literal_eval(k.value) is False for k in d.keywords)
                    for d in node.decorator_list):
                found.append((path, node))
    return found


@pytest.mark.parametrize(("path", "cls"), _written_inits(), ids=lambda v: v if isinstance(v, str) else v.name)
def test_init_takes_the_fields_in_order_and_stores_each_as_given(path: str, cls: ast.ClassDef) -> None:
    where = f"{path}: {cls.name}"
    fields = [s for s in cls.body if isinstance(s, ast.AnnAssign)]
    inits = [s for s in cls.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"]
    assert len(inits) == 1, f"{where}: one __init__"
    init = inits[0]
    args = init.args
    assert not (args.posonlyargs or args.vararg or args.kwonlyargs or args.kwarg)
    assert [a.arg for a in args.args] == ["self", *(f.target.id for f in fields)], f"{where}: parameters"  # type: ignore[attr-defined]
    defaults: list[ast.expr | None] = [None] * (len(fields) - len(args.defaults)) + list(args.defaults)
    frozen = any(isinstance(d, ast.Call) and any(k.arg == "frozen" and ast.literal_eval(k.value) for k in d.keywords)
                 for d in cls.decorator_list)
    assert len(init.body) == len(fields), f"{where}: one statement per field, nothing else"
    for f, arg, default, stmt in zip(fields, args.args[1:], defaults, init.body, strict=True):
        name = f.target.id  # type: ignore[attr-defined]
        factory = None
        if isinstance(f.value, ast.Call) and ast.unparse(f.value.func) == "field":
            factory = next((k.value for k in f.value.keywords if k.arg == "default_factory"), None)
        if factory is not None:
            # field(default_factory=F): None stands for "a new F()", made in the body
            assert ast.unparse(arg.annotation) == f"{ast.unparse(f.annotation)} | None", f"{where}.{name}"  # type: ignore[arg-type]
            assert default is not None and ast.unparse(default) == "None", f"{where}.{name}"
            made = {"list": "[]", "dict": "{}"}.get(ast.unparse(factory), f"{ast.unparse(factory)}()")
            value = f"{made} if {name} is None else {name}"
        else:
            assert ast.unparse(arg.annotation) == ast.unparse(f.annotation), f"{where}.{name}: annotation"  # type: ignore[arg-type]
            assert (default is None) == (f.value is None), f"{where}.{name}: default"
            if default is not None:
                assert ast.unparse(default) == ast.unparse(f.value), f"{where}.{name}: default"  # type: ignore[arg-type]
            value = name
        expected = f"object.__setattr__(self, {name!r}, {value})" if frozen else f"self.{name} = {value}"
        assert ast.unparse(stmt) == expected, f"{where}.{name}: line {stmt.lineno}"


def _advice() -> list[model.Advice]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from cases import cases

    made = []
    for doc in cases(200, ROOT / "policies"):
        raw = {k: str(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in doc.items() if k != "id"}
        try:
            made.append(service.check(raw, TODAY))
        except MedinsError:
            continue
    assert len(made) > 150
    return made


def _objects(advice: model.Advice) -> list[Any]:
    out: list[Any] = [advice, advice.case, *advice.filings, *advice.deadlines, *advice.sources, *advice.defaults_used,
                      *advice.sourced_not_used]
    for cost in (advice.cost, advice.cost_if_filed):
        if cost is not None:
            out += [cost, *cost.breakdown]
    return out


def test_every_object_of_real_advice_is_made_again_by_its_fields_by_position_and_by_name() -> None:
    seen: set[str] = set()
    for advice in _advice():
        for obj in _objects(advice):
            cls = type(obj)
            values = [getattr(obj, f.name) for f in dataclasses.fields(obj)]
            by_position = cls(*values)
            by_name = cls(**{f.name: v for f, v in zip(dataclasses.fields(obj), values, strict=True)})
            for again in (by_position, by_name):
                assert again == obj
                for f, v in zip(dataclasses.fields(obj), values, strict=True):
                    stored = getattr(again, f.name)
                    # the same object (compiled, an int field is kept unboxed: an equal int comes back)
                    assert stored is v or (type(stored) is type(v) is int and stored == v), f"{cls.__name__}.{f.name}"
            seen.add(cls.__name__)
    assert seen == {"Advice", "Case", "Filing", "Deadline", "SourceRef", "DefaultUsed", "UnusedFigure", "Cost", "Step"}


def test_defaults_are_the_fields_defaults_and_a_list_default_is_new_each_time() -> None:
    regions = load_regions()
    beijing = regions.resolve("北京", field="--insured-in")
    case = model.Case("emergency", beijing, beijing, TODAY, TODAY)
    for f in dataclasses.fields(model.Case):
        if f.default is not dataclasses.MISSING:
            assert getattr(case, f.name) == f.default and type(getattr(case, f.name)) is type(f.default), f.name
    title = model.M("filing.manual_claim")
    first, second = model.Filing("a", title, True), model.Filing("b", title, True)
    for name in ("channels", "materials", "notes"):
        assert getattr(first, name) == [] and getattr(first, name) is not getattr(second, name)
    assert first.done is False and first.deadline is None and first.category is None
    summary = model.M("summary.x")
    a = model.Advice(case, "same_region", None, [], [], None, None, [], (), [], [], summary)
    b = model.Advice(case, "same_region", None, [], [], None, None, [], (), [], [], summary)
    assert a.sourced_not_used == [] and a.sourced_not_used is not b.sourced_not_used


def test_a_case_stays_frozen() -> None:
    regions = load_regions()
    beijing = regions.resolve("北京", field="--insured-in")
    case = model.Case("emergency", beijing, beijing, TODAY, TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        case.scenario = "pharmacy"  # type: ignore[misc]
    assert hash(case) == hash(model.Case("emergency", beijing, beijing, TODAY, TODAY))

"""Real `--json` output validated against the published contract (docs/schema/*-v1.json)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from medins_cli import cli, service
from medins_cli.render_json import advice_to_dict

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schema"
CONTRACT_DOC = ROOT / "docs" / "json-contract.md"
FIXTURE_REGION = Path(__file__).resolve().parent / "fixtures" / "150100-fixture.yaml"
TODAY = dt.date(2026, 11, 23)


def _load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


ADVICE_SCHEMA = _load("advice-v1.json")
ERROR_SCHEMA = _load("error-v1.json")
ADVICE = Draft202012Validator(ADVICE_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
ERROR = Draft202012Validator(ERROR_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_valid(validator: Draft202012Validator, doc: Any) -> None:
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                                 for e in errors)


def _raw(**given: Any) -> dict[str, Any]:
    keys = ("scenario", "insured_in", "treated_in", "insurance", "retired", "hospital_level", "event_date",
            "long_term_kind", "filed", "filed_on", "referral", "settled", "discharge_date", "chronic_disease",
            "cost", "out_of_catalog", "deductible", "ratio", "cap", "reduction_points")
    unknown = set(given) - set(keys)
    assert not unknown, unknown
    return {k: given.get(k) for k in keys}


USER_FIGURES = {"deductible": "1000", "ratio": "85%", "cap": "300000"}

# (id, raw answers, language) — shipped policy data only.
CASES: list[tuple[str, dict[str, Any], str]] = [
    ("temporary-unfiled-future-cost", _raw(scenario="temporary", insured_in="临沂", treated_in="上海",
                                           event_date="2026-12-20", cost="22000", out_of_catalog="2000"), "zh"),
    ("temporary-unfiled-no-cost", _raw(scenario="temporary", insured_in="临沂", treated_in="上海",
                                       event_date="2026-12-20"), "zh"),
    ("temporary-filed-en", _raw(scenario="temporary", insured_in="临沂", treated_in="上海",
                                event_date="2026-11-25", filed=True, filed_on="2026-11-01", cost="22000"), "en"),
    ("temporary-user-figures-en", _raw(scenario="temporary", insured_in="临沂", treated_in="上海",
                                       event_date="2026-12-20", cost="22000", **USER_FIGURES), "en"),
    ("temporary-resident-level2-ooc-share", _raw(scenario="temporary", insurance="resident", hospital_level="2",
                                                 insured_in="大同", treated_in="北京", event_date="2026-12-20",
                                                 cost="22000", out_of_catalog="15%"), "zh"),
    ("temporary-filed-settled", _raw(scenario="temporary", insured_in="临沂", treated_in="上海",
                                     event_date="2026-10-01", filed=True, settled=True,
                                     discharge_date="2026-10-12", cost="18000"), "zh"),
    ("temporary-county-liyang", _raw(scenario="temporary", insured_in="溧阳", treated_in="上海",
                                     event_date="2026-12-20", cost="22000"), "zh"),
    ("temporary-retired-guangzhou", _raw(scenario="temporary", insured_in="广州", treated_in="上海", retired=True,
                                         event_date="2026-12-20", cost="22000"), "zh"),
    ("long-term-living-filed", _raw(scenario="long_term", insured_in="临沂", treated_in="广州",
                                    event_date="2026-12-01", filed=True, filed_on="2026-06-01", cost="50000"), "zh"),
    ("long-term-retiree-unfiled-national-average", _raw(scenario="long_term", insured_in="南京", treated_in="上海",
                                                        retired=True, event_date="2026-12-01", cost="50000"), "zh"),
    ("long-term-working-no-cost-en", _raw(scenario="long_term", long_term_kind="working", insured_in="深圳",
                                          treated_in="北京", event_date="2026-12-01"), "en"),
    ("emergency-in-hospital", _raw(scenario="emergency", insured_in="临沂", treated_in="北京",
                                   event_date="2026-11-20", cost="30000"), "zh"),
    ("emergency-settled-unfiled", _raw(scenario="emergency", insured_in="临沂", treated_in="北京",
                                       event_date="2026-10-01", settled=True, discharge_date="2026-10-10",
                                       cost="30000"), "zh"),
    ("emergency-settled-long-ago-en", _raw(scenario="emergency", insured_in="临沂", treated_in="北京",
                                           event_date="2024-01-10", settled=True, discharge_date="2024-01-20",
                                           cost="8000"), "en"),
    ("referral-admitted-unfiled", _raw(scenario="referral", insured_in="临沂", treated_in="上海", referral=True,
                                       event_date="2026-11-20", cost="40000"), "zh"),
    ("referral-settled-unfiled", _raw(scenario="referral", insured_in="蚌埠", treated_in="上海",
                                      event_date="2026-09-01", settled=True, cost="40000"), "zh"),
    ("referral-next-year", _raw(scenario="referral", insured_in="巴彦淖尔", treated_in="北京",
                                event_date="2027-12-20", cost="22000"), "zh"),
    ("pharmacy-personal-account", _raw(scenario="pharmacy", insured_in="临沂", treated_in="上海"), "zh"),
    ("pharmacy-chronic-user-figures", _raw(scenario="pharmacy", insured_in="临沂", treated_in="上海",
                                           chronic_disease="糖尿病", cost="3000", **USER_FIGURES), "zh"),
    ("pharmacy-chronic-unlisted-en", _raw(scenario="pharmacy", insured_in="临沂", treated_in="上海",
                                          chronic_disease="痛风", cost="3000"), "en"),
    ("same-region", _raw(scenario="temporary", insured_in="南京", treated_in="南京", event_date="2026-12-01",
                         cost="10000"), "zh"),
    ("same-region-no-cost-en", _raw(scenario="emergency", insured_in="南京", treated_in="南京"), "en"),
    ("intra-province", _raw(scenario="temporary", insured_in="南京", treated_in="苏州", event_date="2026-12-01",
                            cost="10000"), "zh"),
    ("intra-province-unclear", _raw(scenario="temporary", insured_in="江苏", treated_in="南京",
                                    event_date="2026-12-01", cost="10000", **USER_FIGURES), "zh"),
]

# Cases that need regional rules no shipped region has yet (emergency window, manual-claim deadline):
# run against the shipped policies plus the clearly-marked test fixture region 呼和浩特 (150100).
FIXTURE_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("fixture-emergency-registration-open", _raw(scenario="emergency", insured_in="呼和浩特", treated_in="北京",
                                                 event_date="2026-11-20", cost="30000"), "zh"),
    ("fixture-emergency-registration-overdue", _raw(scenario="emergency", insured_in="呼和浩特",
                                                    treated_in="北京", event_date="2026-11-02",
                                                    cost="8000"), "en"),
    ("fixture-manual-claim-overdue", _raw(scenario="emergency", insured_in="呼和浩特", treated_in="北京",
                                          event_date="2026-01-10", settled=True, discharge_date="2026-01-20",
                                          cost="8000"), "zh"),
    ("fixture-temporary-settled-manual-claim", _raw(scenario="temporary", insured_in="呼和浩特",
                                                    treated_in="北京", event_date="2026-10-01", settled=True,
                                                    cost="8000"), "zh"),
    ("fixture-temporary-filed-date-unknown", _raw(scenario="temporary", insured_in="呼和浩特",
                                                  treated_in="北京", event_date="2026-12-01", filed=True,
                                                  cost="8000"), "zh"),
]


@pytest.fixture(scope="module")
def fixture_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not FIXTURE_REGION.is_file():
        pytest.skip("tests/fixtures/150100-fixture.yaml is missing")
    root = tmp_path_factory.mktemp("json-schema-policies")
    shutil.copytree(ROOT / "policies", root, dirs_exist_ok=True)
    shutil.copy(FIXTURE_REGION, root / "regions" / FIXTURE_REGION.name)
    return root


def test_advice_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(ADVICE_SCHEMA)


def test_error_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(ERROR_SCHEMA)


def test_every_object_in_the_schemas_is_closed() -> None:
    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object":
                assert node.get("additionalProperties") is False, where
                assert set(node.get("required", [])) == set(node.get("properties", {})), where
            for k, v in node.items():
                walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}/{i}")

    walk(ADVICE_SCHEMA, "advice")
    walk(ERROR_SCHEMA, "error")


@pytest.mark.parametrize(("raw", "lang"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_advice_matches_schema(raw: dict[str, Any], lang: str) -> None:
    doc = advice_to_dict(service.check(raw, TODAY), lang)
    # Round-trip through JSON text, as an embedder would read it.
    doc = json.loads(json.dumps(doc, ensure_ascii=False))
    assert_valid(ADVICE, doc)
    assert doc["lang"] == lang
    assert doc["today"] == TODAY.isoformat()


@pytest.mark.parametrize(("raw", "lang"), [c[1:] for c in FIXTURE_CASES], ids=[c[0] for c in FIXTURE_CASES])
def test_advice_matches_schema_with_fixture_region(raw: dict[str, Any], lang: str, fixture_tree: Path) -> None:
    doc = json.loads(json.dumps(advice_to_dict(service.check(raw, TODAY, root=fixture_tree), lang)))
    assert_valid(ADVICE, doc)


def test_cases_cover_the_contract() -> None:
    """The real cases above reach every scenario, relation and both languages."""
    docs = [advice_to_dict(service.check(raw, TODAY), lang) for _, raw, lang in CASES]
    assert {d["scenario"] for d in docs} == set(ADVICE_SCHEMA["$defs"]["scenario"]["enum"])
    assert {d["relation"] for d in docs} == set(ADVICE_SCHEMA["properties"]["relation"]["enum"])
    assert {d["lang"] for d in docs} == {"zh", "en"}
    assert {d["cost"] is None for d in docs} == {True, False}
    assert {d["inputs"]["filed"] for d in docs} == {True, False}
    assert {d["inputs"]["settled"] for d in docs} == {True, False}
    methods = {d["cost"]["method"] for d in docs if d["cost"]}
    assert methods == set(ADVICE_SCHEMA["$defs"]["method"]["enum"])


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    with pytest.raises(SystemExit) as info:
        cli.main(["check", *args, "--today", TODAY.isoformat(), "--json"])
    out = capsys.readouterr().out
    return info.value.code, json.loads(out)


EXAMPLE_ARGS = ("-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--event-date", "2026-12-20",
                "--cost", "22000", "--out-of-catalog", "2000")


def test_cli_success_document_and_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = _run(capsys, *EXAMPLE_ARGS)
    assert_valid(ADVICE, doc)
    assert code == doc["status"]["exit_code"] == 1


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (("-s", "temporary", "--insured-in", "火星市", "--treated-in", "上海"), None),
        (("-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--cost=-500"), "negative_amount"),
        (("-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--cost", "-500"), "negative_amount"),
        (("-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--lang", "en",
          "--event-date", "2026-13-01"), "bad_date"),
    ],
    ids=["unknown-region", "negative-cost-equals", "negative-cost", "bad-date-en"],
)
def test_cli_error_document(capsys: pytest.CaptureFixture[str], args: tuple[str, ...], key: str | None) -> None:
    code, doc = _run(capsys, *args)
    assert code == 2
    assert_valid(ERROR, doc)
    assert doc["error"]["code"] == "bad_input"
    if key is None:
        assert doc["error"]["key"].startswith("region_unknown")
    else:
        assert doc["error"]["key"] == key


def test_cli_usage_error_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = _run(capsys, "-s", "temporary", "--insured-in", "临沂", "--treated-in", "上海", "--no-such-flag")
    assert code == 2
    assert_valid(ERROR, doc)
    assert doc["error"]["code"] == "usage"
    assert doc["error"]["key"] is None


def test_documented_example_matches_schema() -> None:
    """The example in docs/json-contract.md is real output and still valid."""
    text = CONTRACT_DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- example:advice -->\s*```json\n(.*?)\n```", text, re.S)
    assert match, "docs/json-contract.md lost its <!-- example:advice --> block"
    assert_valid(ADVICE, json.loads(match.group(1)))
    match = re.search(r"<!-- example:error -->\s*```json\n(.*?)\n```", text, re.S)
    assert match, "docs/json-contract.md lost its <!-- example:error --> block"
    assert_valid(ERROR, json.loads(match.group(1)))

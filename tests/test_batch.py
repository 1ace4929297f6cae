"""`medins batch`: JSON Lines / CSV in, one advice per line out, in order; bad lines reported, the run goes on."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.test_installed import medins_cmd

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "batch.jsonl"
EXAMPLE_CSV = ROOT / "docs" / "examples" / "batch.csv"
SCHEMA = json.loads((ROOT / "docs" / "schema" / "advice-v1.json").read_text(encoding="utf-8"))
TODAY = ["--today", "2026-11-23"]

sys.path.insert(0, str(ROOT / "benchmarks"))
from cases import jsonl  # noqa: E402


def batch(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(medins_cmd() + ["batch", *args], input=stdin if stdin is not None else b"",
                          capture_output=True, timeout=300, cwd=cwd)


def records(proc: subprocess.CompletedProcess[bytes]) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def advice_only(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("line", "id")}


def test_batch_readme_example() -> None:
    proc = batch(str(EXAMPLE), *TODAY, "--lang", "en")
    assert proc.returncode == 2  # line 4 names 火星
    out = records(proc)
    assert [r["line"] for r in out] == [1, 2, 3, 4, 5]
    assert [r["id"] for r in out] == ["wang-01", "li-02", "zhao-03", "chen-04", "sun-05"]
    assert out[0]["cost"]["out_of_pocket"] == 8240.0 and out[0]["deadlines"][0]["date"] == "2026-12-16"
    assert out[3] == {"line": 4, "id": "chen-04", "error": {
        "code": "bad_input", "key": "region_unknown", "message": "insured_in: unknown region '火星'."}}
    for r in out[:3] + out[4:]:
        jsonschema.validate(advice_only(r), SCHEMA)
    assert proc.stderr.decode() == ("medins batch: 5 lines, 1 bad, 1 action required, 0 past a deadline, "
                                    "3 nothing to do.\n")
    # Compact: one document per line, no indentation.
    assert b"\n  " not in proc.stdout


def test_batch_line_equals_check_answers(tmp_path: Path) -> None:
    """A batch line and `medins check --answers` with the same object give the same advice."""
    line = json.loads(EXAMPLE.read_text(encoding="utf-8").splitlines()[0])
    line.pop("id")
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    one = subprocess.run(medins_cmd() + ["check", "--answers", str(answers), *TODAY, "--json"],
                         capture_output=True, timeout=60)
    many = batch("-", *TODAY, stdin=(json.dumps(line, ensure_ascii=False) + "\n").encode())
    assert one.returncode == many.returncode == 1
    assert advice_only(records(many)[0]) == json.loads(one.stdout)


def test_batch_generated_lines_in_order_with_ids_and_jobs() -> None:
    data = jsonl(1200, ROOT / "policies")
    one = batch("-", "--today", "2026-06-15", stdin=data)
    two = batch("-", "--today", "2026-06-15", "--jobs", "2", stdin=data)
    assert one.stdout == two.stdout and one.returncode == two.returncode
    out = records(one)
    assert [r["line"] for r in out] == list(range(1, 1201))
    assert [r["id"] for r in out] == [f"c{i}" for i in range(1200)]
    bad = [r for r in out if "error" in r]
    assert one.returncode == (2 if bad else max(r["status"]["exit_code"] for r in out))
    assert len(bad) < 60, bad[:3]
    for r in out[::97]:
        if "error" not in r:
            jsonschema.validate(advice_only(r), SCHEMA)


def test_batch_bad_lines_reported_and_run_goes_on() -> None:
    good = b'{"scenario": "emergency", "insured_in": "\xe6\xb1\x9f\xe8\x8b\x8f", "treated_in": "110000"}'
    lines = [
        good,
        b"not json",
        b"[1, 2]",
        b'{"scenario": "emergency", "insurd_in": "x"}',
        b"\xff\xfe{}",
        b'{"id": [1], "scenario": "emergency"}',
        b'{"id": 7, "scenario": "emergency", "insured_in": "320000", "treated_in": "110000", "cost": -5}',
        b'{"x": "' + b"a" * (70 * 1024) + b'"}',
        b"",
        b'{"id": "last", "scenario": "emergency", "insured_in": "320000", "treated_in": "110000", "filed": "maybe"}',
    ]
    proc = batch("--today", "2026-11-23", "--lang", "en", stdin=b"\n".join(lines) + b"\n")
    assert proc.returncode == 2
    out = records(proc)
    assert [r["line"] for r in out] == [1, 2, 3, 4, 5, 6, 7, 8, 10]
    keys = [r.get("error", {}).get("key") for r in out]
    assert keys == [None, "batch_bad_json", "answers_not_mapping", "answers_unknown_key", "batch_not_utf8",
                    "batch_bad_id", "negative_amount", "batch_line_too_long", "bad_choice"]
    assert out[1]["error"]["message"] == "<stdin> line 2 is not valid JSON: Expecting value"
    assert out[6]["id"] == 7 and out[8]["id"] == "last"
    assert out[7]["error"]["message"] == "<stdin> line 8 is longer than 65536 bytes; skipped."
    assert "Traceback" not in proc.stderr.decode()


def test_batch_empty_input() -> None:
    proc = batch("-", *TODAY, "--lang", "en", stdin=b"")
    assert proc.returncode == 0 and proc.stdout == b""
    assert proc.stderr.decode() == ("medins batch: 0 lines, 0 bad, 0 action required, 0 past a deadline, "
                                    "0 nothing to do.\n")


def test_batch_csv_in_and_out() -> None:
    proc = batch(str(EXAMPLE_CSV), "--input-format", "csv", "--output-format", "csv", "--columns",
                 "line,id,status.exit_code,filings.0.suggested_by,cost.out_of_pocket,error.message", *TODAY)
    assert proc.returncode == 1, proc.stderr.decode()
    rows = list(csv.reader(io.StringIO(proc.stdout.decode())))
    assert rows == [
        ["line", "id", "status.exit_code", "filings.0.suggested_by", "cost.out_of_pocket", "error.message"],
        ["2", "wang-01", "1", "2026-12-16", "8240", ""],
        ["3", "li-02", "0", "", "11080", ""],
        ["4", "zhao-03", "0", "", "", ""],
    ]


def test_batch_csv_with_bom_and_bad_width() -> None:
    data = ("\ufeffscenario,insured_in,treated_in\nemergency,江苏,北京\nemergency,江苏\n").encode()
    proc = batch("--input-format", "csv", *TODAY, "--lang", "en", stdin=data)
    assert proc.returncode == 2
    out = records(proc)
    assert out[0]["line"] == 2 and out[0]["scenario"] == "emergency"
    assert out[1] == {"line": 3, "error": {"code": "bad_input", "key": "batch_csv_width",
                                           "message": "<stdin> line 3 has 2 fields; the header has 3."}}


@pytest.mark.parametrize(("args", "message"), [
    (["--jobs", "0"], "medins: usage error: argument --jobs/-j: must be a whole number from 1 to 64, not 0\n"),
    (["--columns", "line,nonsense.x", "--output-format", "csv"], "Unknown output column 'nonsense.x'"),
    (["--input-format", "xml"], "--input-format"),
    (["no-such-file.jsonl"], "Input file no-such-file.jsonl not found."),
])
def test_batch_bad_options(args: list[str], message: str, tmp_path: Path) -> None:
    proc = batch(*args, "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == b""
    assert message in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_batch_closed_pipe() -> None:
    data = jsonl(3000, ROOT / "policies")
    cmd = " ".join(f"'{c}'" for c in medins_cmd())
    proc = subprocess.run(["bash", "-c", f"{cmd} batch - --today 2026-06-15 --lang en | head -c 100 >/dev/null; "
                                         "echo ${PIPESTATUS[0]}"], input=data, capture_output=True, timeout=300)
    code = int(proc.stdout.decode().strip())
    err = proc.stderr.decode()
    assert code in (0, 1, 2, 3) and "Traceback" not in err and "internal error" not in err, err
    assert "The output pipe closed; stopped after line" in err


def test_batch_csv_output_never_starts_a_cell_with_a_formula() -> None:
    line = {"id": "=HYPERLINK(\"http://x\")", "scenario": "emergency", "insured_in": "江苏", "treated_in": "北京"}
    bad = {"id": "@SUM(1)", "scenario": "emergency", "insured_in": "=1+1", "treated_in": "北京"}
    data = (json.dumps(line) + "\n" + json.dumps(bad) + "\n").encode()
    proc = batch("--output-format", "csv", "--columns", "line,id,status.exit_code,error.message", *TODAY, "--lang",
                 "en", stdin=data)
    rows = list(csv.reader(io.StringIO(proc.stdout.decode())))
    assert rows[1][:3] == ["1", "'=HYPERLINK(\"http://x\")", "0"]
    assert rows[2][1] == "'@SUM(1)" and rows[2][3] == "insured_in: unknown region '=1+1'."


def test_batch_typed_alone_in_a_terminal_says_what_it_reads() -> None:
    pexpect = pytest.importorskip("pexpect")
    exe = str(Path(sys.executable).parent / "medins")
    child = pexpect.spawn(exe, ["batch", "--lang", "en", "--today", "2026-11-23"], encoding="utf-8", timeout=30)
    child.expect_exact("Reading answers objects from the terminal, one JSON object per line; Ctrl-D ends.")
    child.sendline('{"scenario": "emergency", "insured_in": "江苏", "treated_in": "北京"}')
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and '{"line":1,' in child.before


def test_batch_output_file_is_atomic_private_and_same_as_stdout(tmp_path: Path) -> None:
    to_stdout = batch(str(EXAMPLE), *TODAY, "--lang", "en")
    target = tmp_path / "advice.jsonl"
    proc = batch(str(EXAMPLE), *TODAY, "--lang", "en", "--output", str(target))
    assert proc.returncode == to_stdout.returncode == 2 and proc.stdout == b""
    assert target.read_bytes() == to_stdout.stdout
    assert (target.stat().st_mode & 0o777) == 0o600  # advice about people's health: the owner's only
    assert proc.stderr.decode().endswith(f"Results written to {target} (readable only by you).\n")
    assert [p.name for p in tmp_path.iterdir()] == ["advice.jsonl"]  # no temporary file left behind
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    proc = batch(str(EXAMPLE), *TODAY, "--lang", "en", "-o", str(link))
    assert proc.returncode == 2 and "not a regular file (a symbolic link)" in proc.stderr.decode()
    assert target.read_bytes() == to_stdout.stdout


def test_batch_messages_name_the_keys_a_line_is_written_with(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A caseworker wrote columns, not flags: errors and hints name `filed_on`, `treated_in` (zh and en); the
    command-line face is back afterwards in the same process."""
    from tests.conftest import run_main

    lines = tmp_path / "in.csv"
    lines.write_text("id,scenario,insured_in,treated_in,event_date,filed,cost,out_of_catalog\n"
                     "a,temporary,江苏,北京,2026-12-20,true,,\n"
                     "b,emergency,江苏,,2026-11-20,,,\n"
                     "c,emergency,江苏,北京,2026-11-20,,,100\n", encoding="utf-8")
    for lang, hint, missing, ooc in (
            ("zh", "未提供备案日期，无法计算有效期截止日：可填写 filed_on。", "缺少必填项 treated_in。",
             "out_of_catalog 需要同时提供 cost。"),
            ("en", "No filing date given, so the validity end is unknown: add filed_on.",
             "Missing required answer treated_in.", "out_of_catalog needs cost.")):
        code, out, _err = run_main(capsys, "batch", str(lines), "--input-format", "csv", *TODAY, "--lang", lang)
        first, second, third = (json.loads(x) for x in out.splitlines())
        assert code == 2
        assert {"id": "filed_on_unknown", "message": hint} in first["warnings"]
        assert second["error"]["message"] == missing and third["error"]["message"] == ooc
    code, out, _err = run_main(capsys, "check", "-s", "temporary", "--insured-in", "江苏", "--treated-in", "北京",
                               "--event-date", "2026-12-20", "--filed", *TODAY, "--json", "--lang", "en")
    assert {"id": "filed_on_unknown", "message": "No filing date given, so the validity end is unknown: add "
            "--filed-on."} in json.loads(out)["warnings"]

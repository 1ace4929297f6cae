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
from hypothesis import given, settings
from hypothesis import strategies as st

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
    # sun-05 (filed, 糖尿病 at a pharmacy) must still confirm its 门诊慢特病 qualification: action required.
    assert proc.stderr.decode() == ("medins batch: 5 lines, 1 bad, 2 action required, 0 past a deadline, "
                                    "2 nothing to do.\n")
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


def test_batch_csv_output_with_jobs_is_the_same_file() -> None:
    # Workers send back the encoded lines (not documents): the CSV records and the header stay as one process makes
    # them, bad lines included, in input order.
    data = jsonl(1100, ROOT / "policies") + b"{not json\n"
    one = batch("-", "--today", "2026-06-15", "--output-format", "csv", stdin=data)
    two = batch("-", "--today", "2026-06-15", "--output-format", "csv", "--jobs", "2", stdin=data)
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stdout.count(b"\n") >= 1102


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


def test_batch_summary_of_one_line_says_line() -> None:
    one = b'{"scenario": "emergency", "insured_in": "\xe6\xb1\x9f\xe8\x8b\x8f", "treated_in": "110000"}\n'
    proc = batch("-", *TODAY, "--lang", "en", stdin=one)
    assert proc.stderr.decode() == ("medins batch: 1 line, 0 bad, 0 action required, 0 past a deadline, "
                                    "1 nothing to do.\n")
    proc = batch("-", *TODAY, stdin=one)
    assert proc.stderr.decode() == "medins batch：1 行，0 行有误，0 行需要办理，0 行已过截止日期，1 行无需办理。\n"


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
    (["--columns", "line,next.dat", "--output-format", "csv"], "Unknown output column 'next.dat': a column is a "
     "path into the output JSON, e.g. line, id, status.exit_code, cost.out_of_pocket, filings.0.deadline, or "
     "next.date, next.kind, next.days_left, next.step, next.when, todo."),
    (["--columns", "todo.0", "--output-format", "csv"], "Unknown output column 'todo.0'"),
    (["no-such-file.jsonl"], "Input file no-such-file.jsonl not found."),
])
def test_batch_bad_options(args: list[str], message: str, tmp_path: Path) -> None:
    proc = batch(*args, "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == b""
    assert message in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


@pytest.mark.parametrize(("columns", "known"), [
    ("next", True), ("next.date", True), ("next.when", True), ("todo", True), ("line,next,todo", True),
    ("next.dat", False), ("next.date.x", False), ("next.line", False), ("todo.0", False), ("todo.x.y", False),
])
def test_batch_computed_columns_have_only_their_own_parts(columns: str, known: bool) -> None:
    from medins_cli.batch import _options
    from medins_cli.errors import InputError

    if known:
        assert _options(None, "csv", columns, 1) == columns.split(",")
    else:
        with pytest.raises(InputError) as caught:
            _options(None, "csv", columns, 1)
        assert caught.value.key == "batch_bad_column" and caught.value.params == {"column": columns}


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


HEADER_HELP_ZH = ("列名是答案文件的键或其中文名，常用的有 id、insured_in、treated_in、scenario、event_date、"
                  "cost（编号、参保地、就医地、情况、就医日期、费用）；要原样带回的文字（如姓名）请放在 id 列。"
                  "全部列名见 docs/batch.md。")
HEADER_HELP_EN = ("A column is an answers-file key or its Chinese name; common ones: id, insured_in, treated_in, "
                  "scenario, event_date, cost (编号, 参保地, 就医地, 情况, 就医日期, 费用); put text to be echoed back "
                  "(such as a name) in the id column. All names: docs/batch.md.")


def test_batch_format_follows_the_file_name(tmp_path: Path) -> None:
    """No --input-format: .csv and .tsv are CSV (a header with tabs is tab-separated), anything else JSON Lines."""
    explicit = batch(str(EXAMPLE_CSV), "--input-format", "csv", *TODAY)
    inferred = batch(str(EXAMPLE_CSV), *TODAY)
    assert inferred.returncode == explicit.returncode == 1 and inferred.stdout == explicit.stdout
    assert [r["id"] for r in records(inferred)] == ["wang-01", "li-02", "zhao-03"]
    upper = tmp_path / "STAFF.CSV"
    upper.write_bytes(EXAMPLE_CSV.read_bytes())
    assert batch(str(upper), *TODAY).stdout == explicit.stdout
    tsv = tmp_path / "staff.tsv"
    tsv.write_text(EXAMPLE_CSV.read_text(encoding="utf-8").replace(",", "\t"), encoding="utf-8")
    assert batch(str(tsv), *TODAY).stdout == explicit.stdout
    for name in ("cases.jsonl", "cases.json", "cases.txt"):
        (tmp_path / name).write_bytes(EXAMPLE.read_bytes())
        assert batch(str(tmp_path / name), *TODAY).stdout == batch(str(EXAMPLE), *TODAY).stdout


def test_batch_csv_header_in_chinese(tmp_path: Path) -> None:
    """A Chinese spreadsheet's header (参保地, 就医地, 情况, 就医日期, 费用 …) reads the same as the answer keys."""
    zh = tmp_path / "员工.csv"
    zh.write_text("编号,情况,参保地,就医地,就医日期,费用,目录外费用,是否已备案\n"
                  "wang-01,temporary,临沂,上海,2026-12-20,22000,2000,\n"
                  "li-02,长期居住,江苏,上海,,45000,5000,是\n", encoding="utf-8")
    en = tmp_path / "staff.csv"
    en.write_text("id,scenario,insured_in,treated_in,event_date,cost,out_of_catalog,filed\n"
                  "wang-01,temporary,临沂,上海,2026-12-20,22000,2000,\n"
                  "li-02,长期居住,江苏,上海,,45000,5000,是\n", encoding="utf-8")
    got, want = batch(str(zh), *TODAY), batch(str(en), *TODAY)
    assert got.returncode == want.returncode == 1 and got.stdout == want.stdout
    assert [(r["id"], r["cost"]["out_of_pocket"]) for r in records(got)] == [("wang-01", 8240.0),
                                                                           ("li-02", 11080.0)]
    caps = tmp_path / "caps.csv"
    caps.write_text("ID,Scenario,Insured-In,TREATED_IN,event-date,cost,out_of_catalog,filed\n"
                    + en.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    assert batch(str(caps), *TODAY).stdout == want.stdout


@pytest.mark.parametrize(("header", "zh", "en"), [
    ("姓名,参保地,就医地,情况", "不认识的列名 “姓名”。", "unknown column '姓名'."),
    ("name,insured_in,treatd_in,scenario,evnt_date",
     "不认识的列名 “name”、“treatd_in”（是不是 treated_in？）、“evnt_date”（是不是 event_date？）。",
     "unknown columns 'name', 'treatd_in' (did you mean treated_in?), 'evnt_date' (did you mean event_date?)."),
    ("编号,参保地区,就医地,情况", "不认识的列名 “参保地区”（是不是 参保地？）。",
     "unknown column '参保地区' (did you mean 参保地?)."),
])
def test_batch_csv_unknown_header_is_one_message_for_line_1(tmp_path: Path, header: str, zh: str, en: str) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text(header + "\n张三,北京,海口,异地安置退休\n李四,北京,海口,异地安置退休\n", encoding="utf-8")
    proc = batch(str(staff), *TODAY)
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr.decode() == f"medins: 错误: {staff} 第 1 行（表头）：{zh}{HEADER_HELP_ZH}\n"
    out = tmp_path / "advice.csv"
    proc = batch(str(staff), *TODAY, "--lang", "en", "--output-format", "csv", "-o", str(out))
    assert (proc.returncode, proc.stdout) == (2, b"") and not out.exists()
    assert proc.stderr.decode() == f"medins: error: {staff} line 1 (header): {en} {HEADER_HELP_EN}\n"


def test_batch_csv_header_naming_one_answer_twice(tmp_path: Path) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text("cost,insured_in,treated_in,scenario,费用\n100,北京,海口,emergency,200\n", encoding="utf-8")
    proc = batch(str(staff), *TODAY, "--lang", "en")
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr.decode() == (f"medins: error: {staff} line 1 (header): columns 'cost' and '费用' are the same "
                                    "answer (cost); keep one.\n")


def test_batch_csv_column_without_a_name(tmp_path: Path) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text("scenario,insured_in,treated_in,\nemergency,江苏,北京,\nemergency,江苏,北京,x\n",
                     encoding="utf-8")
    proc = batch(str(staff), *TODAY, "--output-format", "csv", "--columns", "line,scenario,error.message")
    assert proc.returncode == 2
    assert list(csv.reader(io.StringIO(proc.stdout.decode()))) == [
        ["line", "scenario", "error.message"], ["2", "emergency", ""],
        ["3", "", f"{staff} 第 3 行：第 4 列有值，但表头没有列名。"]]


def test_batch_content_in_the_other_format_is_named_once(tmp_path: Path) -> None:
    """A CSV read as JSON Lines (a .txt name, standard input, or --input-format jsonl) or JSON Lines read as CSV
    (a .csv name, or --input-format csv): one message with the option that fixes it, nothing on stdout."""
    txt = tmp_path / "staff.txt"
    txt.write_bytes(EXAMPLE_CSV.read_bytes())
    looks_csv = ("looks like CSV (its first line reads like a header: "
                 "id,scenario,insured_in,treated_in,event_date,cost,out_of_catalog,filed) but is read as JSON Lines: "
                 "add --input-format csv.\n")
    for args, stdin, name in (([str(txt)], None, str(txt)), (["-"], EXAMPLE_CSV.read_bytes(), "<stdin>"),
                              ([str(EXAMPLE_CSV), "--input-format", "jsonl"], None, str(EXAMPLE_CSV))):
        proc = batch(*args, *TODAY, "--lang", "en", stdin=stdin)
        assert (proc.returncode, proc.stdout, proc.stderr.decode()) == (2, b"", f"medins: error: {name} {looks_csv}")
    proc = batch(str(txt), *TODAY)
    assert proc.stderr.decode() == (f"medins: 错误: {txt} 看起来是 CSV（第 1 行像表头："
                                    "id,scenario,insured_in,treated_in,event_date,cost,out_of_catalog,filed），"
                                    "却按 JSON Lines 读取：请加 --input-format csv。\n")
    named_csv = tmp_path / "cases.csv"
    named_csv.write_bytes(b"\n" + EXAMPLE.read_bytes())
    proc = batch(str(named_csv), *TODAY)
    assert (proc.returncode, proc.stdout, proc.stderr.decode()) == (
        2, b"", f"medins: 错误: {named_csv} 看起来是 JSON Lines（第 1 行以 {{ 开头），却因文件名按 CSV 读取：请加 "
                "--input-format jsonl。\n")
    proc = batch(str(EXAMPLE), "--input-format", "csv", *TODAY, "--lang", "en")
    assert (proc.returncode, proc.stdout, proc.stderr.decode()) == (
        2, b"", f"medins: error: {EXAMPLE} looks like JSON Lines (its first line starts with {{) but is read as CSV: "
                "use --input-format jsonl.\n")
    assert batch(str(named_csv), "--input-format", "jsonl", *TODAY).returncode == 2  # its bad line; read as asked


def test_batch_gbk_file_is_one_message_with_the_fix(tmp_path: Path) -> None:
    """A spreadsheet's "CSV (逗号分隔)" on a Chinese Windows is GBK: one message saying how to save it as UTF-8,
    not "not UTF-8" for every line; a single stray byte further on stays one bad line."""
    gbk = tmp_path / "staff.csv"
    gbk.write_bytes("编号,参保地,就医地,情况\nZ1,北京,海口,异地安置退休\n".encode("gb18030"))
    proc = batch(str(gbk), *TODAY)
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr.decode() == (f"medins: 错误: {gbk} 不是 UTF-8 编码，看起来是 GBK/GB18030"
                                    "（Excel 的“CSV（逗号分隔）”就这样保存）：请在 Excel 中另存为"
                                    "“CSV UTF-8（逗号分隔）”，或用 iconv -f GB18030 -t UTF-8 转换。\n")
    proc = batch(str(gbk), *TODAY, "--lang", "en")
    assert proc.stderr.decode() == (f"medins: error: {gbk} is not UTF-8; it looks like GBK/GB18030 (the way Excel "
                                    "saves “CSV (Comma delimited)” on a Chinese system): save it as “CSV UTF-8 (Comma "
                                    "delimited)”, or convert it with iconv -f GB18030 -t UTF-8.\n")
    stray = tmp_path / "stray.csv"
    stray.write_bytes(b"id,scenario,insured_in,treated_in\nx,emergency,\xff\xfe,bj\n")
    assert records(batch(str(stray), *TODAY))[0]["error"]["key"] == "batch_not_utf8"


def test_batch_jsonl_line_problems_are_worded_for_a_line(tmp_path: Path) -> None:
    """A JSON line with an unknown key, not an object, or a list value: "cases.jsonl 第 2 行", not "答案文件"; the
    error keys stay those of the answers file."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"scenario":"emergency","insured_in":"江苏","treated_in":"北京","evnt_date":"2026-11-01"}\n'
                     '{"姓名":"x"}\n[1]\n{"cost":[1]}\n', encoding="utf-8")
    zh = [(r["error"]["key"], r["error"]["message"]) for r in records(batch(str(cases), *TODAY))]
    assert zh == [
        ("answers_unknown_key", f"{cases} 第 1 行：不认识的键 “evnt_date”（是不是 event_date？）。"),
        ("answers_unknown_key", f"{cases} 第 2 行：不认识的键 “姓名”。键就是答案文件的键，常用的有 id、insured_in、"
                                "treated_in、scenario、event_date、cost；全部见 docs/batch.md。"),
        ("answers_not_mapping", f"{cases} 第 3 行应为一个 JSON 对象（{{\"键\": 值, …}}）。"),
        ("answers_bad_value", f"{cases} 第 4 行：cost 的值应为一个文字、数字、日期或 true/false，不能是列表。"),
    ]
    en = [r["error"]["message"] for r in records(batch(str(cases), *TODAY, "--lang", "en"))]
    assert en[1] == (f"{cases} line 2: unknown key '姓名'. The keys are those of an answers file; common ones: id, "
                     "insured_in, treated_in, scenario, event_date, cost; all of them in docs/batch.md.")


def test_batch_csv_next_is_a_real_deadline_when_the_region_sets_one(tmp_path: Path, fixture_policies: Path) -> None:
    """With the fixture region's emergency-registration window and claim limit: next.kind is `deadline`, a passed
    one stays (days_left negative, exit code 3), and it comes before a dateless step in the same row."""
    import os

    cases = tmp_path / "h.csv"
    cases.write_text("id,scenario,insured_in,treated_in,event_date,settled,discharge_date\n"
                     "h1,emergency,呼和浩特,上海,2026-09-30,,\n"
                     "h2,emergency,呼和浩特,上海,2026-10-09,,\n"
                     "h3,temporary,呼和浩特,上海,2026-08-01,true,2026-08-10\n", encoding="utf-8")
    proc = subprocess.run(medins_cmd() + ["batch", str(cases), "--output-format", "csv", "--today", "2026-10-12",
                                          "--columns", "id,status.exit_code,next.date,next.kind,next.days_left,todo"],
                          capture_output=True, timeout=120,
                          env={**os.environ, "MEDINS_POLICY_DIR": str(fixture_policies)})
    assert proc.returncode == 3, proc.stderr.decode()
    assert list(csv.reader(io.StringIO(proc.stdout.decode())))[1:] == [
        ["h1", "3", "2026-10-10", "deadline", "-2", "急诊抢救登记（参保地规定时限内）：截止 2026-10-10"],
        ["h2", "1", "2026-10-13", "deadline", "1", "急诊抢救登记（参保地规定时限内）：截止 2026-10-13"],
        ["h3", "1", "2027-02-10", "deadline", "121", "补办其他临时外出就医人员备案：申请手工报销之前；"
         "回参保地申请手工报销（零星报销）：截止 2027-02-10"],
    ]


def test_batch_bad_yes_no_names_the_column_and_the_words_accepted() -> None:
    proc = batch("-", *TODAY, "--lang", "en", stdin=json.dumps(
        {"scenario": "emergency", "insured_in": "江苏", "treated_in": "北京", "retired": "maybe"}).encode())
    assert records(proc)[0]["error"]["message"] == "retired: invalid value 'maybe'; choose from: true, false, 是, 否."


def test_batch_repeated_column_does_not_hide_a_misspelt_one(tmp_path: Path) -> None:
    sheet = tmp_path / "dup.csv"
    sheet.write_text("姓名,scenario,insured_in,treated_in,evnt_date,费用,cost\nx,emergency,江苏,北京,2026-11-01,1,1\n",
                     encoding="utf-8")
    assert batch(str(sheet), *TODAY, "--lang", "en").stderr.decode().startswith(
        f"medins: error: {sheet} line 1 (header): unknown columns '姓名', 'evnt_date' (did you mean event_date?). ")
    sheet.write_text("scenario,insured_in,treated_in,event_date,费用,cost\nemergency,江苏,北京,2026-11-01,1,1\n",
                     encoding="utf-8")
    assert "费用" in batch(str(sheet), *TODAY, "--lang", "en").stderr.decode()


# Lines where orjson and the standard parser may differ: the batch reader must give what the standard one gives.
TRICKY_LINES = [
    b'{"scenario": "emergency", "cost": 1.5}', b'{"cost": 18446744073709551616}', b'{"cost": -0}',
    b'{"cost": 1e400}', b'{"cost": NaN}', b'{"cost": -Infinity}', b'\xef\xbb\xbf{"cost": 1}', b'{"a": "\\ud800"}',
    b'{"a": 1, "b": 2, "a": 3}', b'{"a": [1.5, {"b": 1e999}]}', b'{"id": 0.1}', b'{"id": 12345678901234567890123}',
    b'{"a": "\\u00e9\\ud83d\\ude00"}', b'{"a": "x\ty"}', b'{"a": "\xff"}', b'[1, 2]', b'"text"', b'3', b'null',
    b'{"a": 1} x', b'{"a": 1,}', b'{"a": 01}', b' \t{"a": true} ', b'{"a": "\x7f\xc2\x85"}', b'{}',
    b'{"cost": 9223372036854775807, "b": -9223372036854775808}', b'{"a": ' + b'[' * 1023 + b']' * 1023 + b'}',
]


def _read_both(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple], list[tuple]]:
    import orjson

    from medins_cli.batch import read_jsonl

    def items() -> list[tuple]:
        got = []
        for i in read_jsonl(io.BytesIO(data), "t.jsonl"):
            got.append((i.line, repr(i.doc), i.error and i.error.message("en")))
        return got

    fast = items()

    def refuse(_: bytes) -> None:
        raise orjson.JSONDecodeError("standard path", "", 0)

    with monkeypatch.context() as m:
        m.setattr(orjson, "loads", refuse)
        standard = items()
    return fast, standard


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)),
    max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.dictionaries(st.text(max_size=6), json_values, max_size=5), json_values), max_size=4),
       st.booleans())
def test_batch_reading_agrees_with_the_standard_parser(docs: list, ascii: bool) -> None:
    data = b"".join(json.dumps(d, ensure_ascii=ascii).encode("utf-8", "surrogatepass") + b"\n" for d in docs)
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, standard = _read_both(data, monkeypatch)
    assert fast == standard


def test_batch_reads_lines_as_the_standard_parser_does(monkeypatch: pytest.MonkeyPatch) -> None:
    for first in (True, False):  # a byte-order mark is allowed on line 1 only
        lines = TRICKY_LINES if first else [b"{}", *TRICKY_LINES]
        fast, standard = _read_both(b"\n".join(lines) + b"\n", monkeypatch)
        assert fast == standard
        assert len(fast) == len(lines)


@pytest.mark.parametrize("depth", [900, 1024, 5000])
def test_batch_deeply_nested_line_is_an_error_record(depth: int) -> None:
    line = b'{"scenario": ' + b"[" * depth + b"]" * depth + b"}\n"
    proc = batch("-", *TODAY, stdin=line + EXAMPLE.read_bytes().splitlines(keepends=True)[0])
    got = records(proc)
    assert proc.returncode == 2 and len(got) == 2 and "filings" in got[1]
    assert got[0]["error"]["key"] == ("answers_bad_value" if depth < 1024 else "batch_too_deep")


def test_batch_number_beyond_the_digit_limit_is_said_in_the_readers_language() -> None:
    """A 5,000-digit number makes the parser name sys.set_int_max_str_digits(); the reader is told what is wrong."""
    line = b'{"cost": ' + b"9" * 5000 + b"}\n"
    for lang, message in (("zh", "<stdin> 第 1 行不是有效的 JSON：有一个数字超过 4300 位"),
                          ("en", "<stdin> line 1 is not valid JSON: a number has more than 4300 digits")):
        proc = batch("-", *TODAY, "--lang", lang, stdin=line)
        assert proc.returncode == 2
        assert records(proc)[0]["error"]["message"] == message


answer_keys = st.sampled_from(["scenario", "insured_in", "event_date", "cost", "filed", "filed-on", "medins_answers",
                               "evnt_date", "id", "Scenario", ""])
answer_values = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**20), st.floats(), st.text(max_size=6),
                          st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(),
                                                                               max_size=2))


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(answer_keys, answer_values, max_size=6))
def test_plain_lines_are_checked_at_once_as_the_full_checks_do(doc: dict) -> None:
    from medins_cli import answers
    from medins_cli.errors import InputError

    def outcome() -> tuple:
        try:
            raw = answers.raw_from_mapping(doc, "t.jsonl:1")
        except InputError as exc:
            return ("error", exc.key, exc.message("en"))
        return ("raw", repr(list(raw.items())))

    quick = outcome()
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(answers, "_ANSWER_KEY_SET", frozenset())  # every line the full way
        assert outcome() == quick

"""Batch mode: many cases in (JSON Lines or CSV), one advice per case out, in input order (docs/batch.md).

Each input line is an answers object (the keys of an answers file, plus an optional `id` echoed back) and goes
through the same path as `medins check --answers` (answers.raw_from_mapping → service.check), so every
validation and implied fact applies. A bad line becomes an error record and the run goes on. Reading is
streaming and bounded: one line at a time, at most MAX_LINE_BYTES each, so memory does not grow with the
input; with --jobs N, N worker processes take blocks of lines and the results are written in input order.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Any, NamedTuple

from medins_cli.errors import ExitCode, InputError, MedinsError
from medins_cli.msg import M

MAX_LINE_BYTES = 64 * 1024  # the answers-file cap: one case never needs more
BLOCK = 512  # lines per unit of work handed to a worker process

# The CSV output columns when --columns is not given: who, the verdict, the next date to act on and whether it
# is a deadline or a suggestion, every step still to do, the money. `next` and `todo` are CSV columns computed
# from the document (see derived()): the dated step is not always filings[0] (a referral first needs its
# certificate), so a fixed list position would leave the date out for some scenarios.
DEFAULT_COLUMNS = ("line", "id", "insured_in.name", "treated_in.name", "scenario", "status.exit_code",
                   "next.date", "next.kind", "todo", "cost.out_of_pocket", "summary", "error.message")
DERIVED = ("next", "todo")
NEXT_PARTS = ("date", "kind", "days_left", "step", "when")
# Amounts in the cost object: written in CSV cells as the checklist writes them (9040, 10596.50), not as JSON
# floats (9040.0, 10596.5). `ratio` is a fraction, not money.
MONEY_KEYS = frozenset({"total", "out_of_catalog", "fund_pays", "serious_illness_pays", "out_of_pocket",
                        "deductible", "cap", "amount", "filing_saves"})
TODO_SEP = {"zh": "；", "en": "; "}


def _dumps(value: Any) -> str:
    import orjson

    return orjson.dumps(value).decode()


class Item(NamedTuple):  # a tuple, not a frozen dataclass: made for every line, at a third of the cost
    """One input record: its line number, and either the decoded mapping or the error met while reading it."""

    line: int
    doc: Any = None
    error: InputError | None = None


@dataclass
class Summary:
    lines: int = 0
    bad: int = 0
    worst: int = 0  # the worst exit code among the good lines (3 > 1 > 0)
    counts: dict[int, int] | None = None

    def add(self, code: int | None) -> None:
        self.lines += 1
        if code is None:
            self.bad += 1
            return
        counts = self.counts
        if counts is None:
            counts = self.counts = {}
        counts[code] = counts.get(code, 0) + 1
        if code > self.worst:
            self.worst = code

    @property
    def exit_code(self) -> int:
        return int(ExitCode.BAD_INPUT) if self.bad else self.worst


# ------------------------------------------------------------------------------------------------ reading


def _read_line(fh: IO[bytes]) -> tuple[bytes, bool] | None:
    """The next physical line (without its newline) and whether it fit under the cap; None at the end.

    A longer line is consumed in bounded pieces and reported as too long, so one runaway line costs neither
    memory nor the lines after it.
    """
    chunk = fh.readline(MAX_LINE_BYTES + 1)
    if not chunk:
        return None
    if len(chunk) <= MAX_LINE_BYTES or chunk.endswith(b"\n"):
        return chunk.rstrip(b"\r\n"), True
    while chunk and not chunk.endswith(b"\n"):
        chunk = fh.readline(MAX_LINE_BYTES)
    return b"", False


_PLAIN_JSON = frozenset({str, int, bool, type(None)})


def read_jsonl(fh: IO[bytes], name: str) -> Iterator[Item]:
    """JSON Lines: one JSON object per line; blank lines are skipped (they still count for line numbers)."""
    import orjson

    loads = json.loads  # the standard parser: its error messages name the problem and column
    fast, fast_error = orjson.loads, orjson.JSONDecodeError
    readline, plain, item = fh.readline, _PLAIN_JSON.issuperset, tuple.__new__
    n = 0
    while True:
        # _read_line, written out for the line that fits (nearly all): a call per line less.
        data = readline(MAX_LINE_BYTES + 1)
        if not data:
            return
        n += 1
        if len(data) <= MAX_LINE_BYTES or data.endswith(b"\n"):
            data = data.rstrip(b"\r\n")
        else:
            while data and not data.endswith(b"\n"):
                data = readline(MAX_LINE_BYTES)
            yield Item(n, error=InputError("batch_line_too_long", file=name, line=n, limit=MAX_LINE_BYTES))
            continue
        # orjson first (7× faster). Kept only for an object of text, integers, true/false and null, which both
        # parsers read alike; orjson rounds numbers (a float, an integer beyond 64 bits comes back as a float),
        # so a line with a float, a list or an object among its values is read again the standard way, as is
        # anything orjson refuses (a byte-order mark, NaN, a lone surrogate, bad UTF-8, bad syntax): for its
        # error message, or its reading.
        try:
            doc = fast(data)
        except fast_error:
            doc = None
        if type(doc) is dict and plain(map(type, doc.values())):
            yield item(Item, (n, doc, None))  # Item(n, doc), without NamedTuple's __new__ in Python
            continue
        if not data.strip():
            continue
        try:
            text = data.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            yield Item(n, error=InputError("batch_not_utf8", file=name, line=n))
            continue
        try:
            # JSON, never YAML: a batch line is data from another program, with no `NO`→false surprises.
            yield Item(n, doc=loads(text))
        except ValueError as exc:
            # Beyond the parser's own errors only the integer-digits limit raises ValueError here: its text names a
            # Python setting, so the reader is told in their language what is wrong with the line instead.
            problem = exc.msg if isinstance(exc, json.JSONDecodeError) else M(
                "batch_problem.number_too_long", limit=sys.get_int_max_str_digits())
            yield Item(n, error=InputError("batch_bad_json", file=name, line=n, problem=problem))
        except RecursionError:  # ~1,000 nested brackets: a line is one level of key: value
            yield Item(n, error=InputError("batch_too_deep", file=name, line=n))


def _lines_for_csv(fh: IO[bytes], name: str, bad: list[tuple[int, InputError]]) -> Iterator[str]:
    n = 0
    while (got := _read_line(fh)) is not None:
        n += 1
        data, fits = got
        if not fits:
            bad.append((n, InputError("batch_line_too_long", file=name, line=n, limit=MAX_LINE_BYTES)))
            yield ""
            continue
        try:
            yield data.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            bad.append((n, InputError("batch_not_utf8", file=name, line=n)))
            yield ""


def read_csv(fh: IO[bytes], name: str) -> Iterator[Item]:
    """CSV with a header row of answer keys or their Chinese names (and optionally `id`); an empty cell is an
    answer not given. Comma-separated, or tab-separated when the header has tabs and no comma (a spreadsheet's
    "tab-delimited text"). The header is read and checked at once: a wrong column name is one InputError for
    line 1 (raised here, before any row), not one error per row."""
    import itertools

    bad: list[tuple[int, InputError]] = []
    lines = _lines_for_csv(fh, name, bad)
    first = next(lines, None)
    if first is None:
        return iter(())
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    header: list[str | None] | None = None
    for row in reader:
        if bad and bad[0][0] <= reader.line_num:
            break  # the header line itself is unreadable: every row is reported below, as before
        header = _csv_header(row, name, reader.line_num)
        break
    return _csv_rows(reader, header, bad, name)


def _column_key(written: str) -> str:
    """A header cell as the column table spells it: ASCII names are case- and dash-blind (Event-Date), Chinese
    names are taken as written."""
    return written.replace("-", "_").lower() if written.isascii() else written


def _csv_header(row: list[str], name: str, line: int) -> list[str | None]:
    """The header's columns as answer keys (None for a column without a name); unknown or repeated names are
    one InputError naming each, with a did-you-mean."""
    import difflib

    from medins_cli.options import csv_column_names

    names = csv_column_names()
    keys: list[str | None] = []
    unknown: list[Any] = []
    seen: dict[str, str] = {}
    repeated: InputError | None = None
    for cell in row:
        written = cell.strip()
        if not written:
            keys.append(None)
            continue
        norm = _column_key(written)
        key = names.get(norm)
        if key is None:
            shown = written if len(written) <= 40 else written[:39] + "…"
            close = difflib.get_close_matches(norm, list(names), n=1, cutoff=0.6)
            unknown.append(M("batch_csv_column_close", column=shown, close=close[0]) if close
                           else M("batch_csv_column", column=shown))
        elif key in seen:
            # Said after the unknown names, if any: a repeated column must not hide a misspelt one.
            repeated = repeated or InputError("batch_csv_duplicate_column", file=name, line=line, first=seen[key],
                                              second=written, key=key)
        else:
            seen[key] = written
        keys.append(key)
    if unknown:
        raise InputError("batch_csv_unknown_columns.many" if len(unknown) > 1 else "batch_csv_unknown_columns",
                         file=name, line=line, columns=unknown)
    if repeated is not None:
        raise repeated
    return keys


def _csv_rows(reader: Any, header: list[str | None] | None, bad: list[tuple[int, InputError]],
              name: str) -> Iterator[Item]:
    while bad and bad[0][0] <= reader.line_num:  # an unreadable first line, reported in its place
        n, error = bad.pop(0)
        yield Item(n, error=error)
    start = reader.line_num + 1
    for row in reader:
        line = start
        start = reader.line_num + 1
        if bad and bad[0][0] <= reader.line_num:
            yield Item(bad[0][0], error=bad.pop(0)[1])
            continue
        if header is None:
            header = _csv_header(row, name, line)  # after an unreadable first line
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Item(line, error=InputError("batch_csv_width", file=name, line=line, got=len(row),
                                              expected=len(header)))
            continue
        unnamed = next((i for i, (k, v) in enumerate(zip(header, row, strict=True)) if k is None and v.strip()),
                       None)
        if unnamed is not None:
            yield Item(line, error=InputError("batch_csv_unnamed", file=name, line=line, column=unnamed + 1))
            continue
        yield Item(line, doc={k: v for k, v in zip(header, row, strict=True) if k is not None and v.strip() != ""})
    while bad:
        n, error = bad.pop(0)
        yield Item(n, error=error)


# ------------------------------------------------------------------------------------------------ format


def format_from_name(file: str) -> str:
    """--input-format when it is not given: `.csv` or `.tsv` is CSV, anything else (`.jsonl`, `.json`, standard
    input) JSON Lines."""
    return "csv" if Path(file).suffix.lower() in (".csv", ".tsv") else "jsonl"


HEAD_BYTES = 8192


def _head(fh: IO[bytes]) -> bytes:
    """The start of the input, without consuming it (peeked, or read and sought back)."""
    try:
        if fh.seekable():
            at = fh.tell()
            head = fh.read(HEAD_BYTES)
            fh.seek(at)
            return head
        return fh.peek(HEAD_BYTES)[:HEAD_BYTES]  # type: ignore[attr-defined, no-any-return]
    except (AttributeError, OSError, ValueError):
        return b""


def _looks_gb18030(head: bytes) -> bool:
    """Not UTF-8 but Chinese in GB18030/GBK, as a spreadsheet saves "CSV (逗号分隔)" on a Chinese Windows."""
    if len(head) == HEAD_BYTES:  # a character may be cut at the end of what was peeked
        head = head[: head.rfind(b"\n") + 1] or head
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    try:
        text = head.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _first_line(head: bytes) -> str:
    """The first non-blank line of the input's start."""
    for raw in head.split(b"\n"):
        text = raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
        if text:
            return text
    return ""


def check_format(fh: IO[bytes], name: str, input_format: str, given: bool) -> None:
    """Refuse, once and before any line, an input that is clearly the other format (a CSV header read as JSON
    Lines, JSON objects read as CSV) or in GBK rather than UTF-8 (every line would be "not UTF-8"). The message
    names the fix."""
    head = _head(fh)
    if _looks_gb18030(head):
        raise InputError("batch_gb18030", file=name)
    first = _first_line(head)
    if not first:
        return
    if input_format == "jsonl" and not first.startswith(("{", "[")):
        from medins_cli.options import csv_column_names

        names = csv_column_names()
        cells = [c.strip().strip('"').strip() for c in first.replace("\t", ",").split(",")]
        if len(cells) >= 2 and any(_column_key(c) in names for c in cells):
            shown = first if len(first) <= 80 else first[:79] + "…"
            raise InputError("batch_looks_csv", file=name, header=shown)
    elif input_format == "csv" and first.startswith("{"):
        raise InputError("batch_looks_jsonl" if given else "batch_looks_jsonl_by_name", file=name)


# ------------------------------------------------------------------------------------------------ checking


def check_item(item: Item, name: str, today: dt.date, lang: str) -> tuple[dict[str, Any], int | None]:
    """One record → (output document, exit code); the code is None for a bad line."""
    return _checker(name, today, lang)(item)


def _checker(name: str, today: dt.date, lang: str, line_only: bool = False
             ) -> Callable[[Item], tuple[dict[str, Any], int | None]]:
    """check_item for one run: the modules it needs are imported once, not for every line. `line_only`: the
    documents go to orjson only (JSON Lines output), so render_json.line_document may give pre-encoded sections."""
    from medins_cli.answers import plain_answers, raw_from_mapping
    from medins_cli.render_json import advice_to_dict, line_document

    document = line_document if line_only else advice_to_dict
    from medins_cli.service import check

    def check_one(item: Item) -> tuple[dict[str, Any], int | None]:
        line = item.line
        head: dict[str, Any] = {"line": line}
        try:
            if item.error is not None:
                raise item.error
            doc = item.doc
            raw = None
            if isinstance(doc, dict):
                if "id" in doc:
                    ident = doc["id"]
                    if isinstance(ident, bool) or not isinstance(ident, (str, int, float, type(None))):
                        raise InputError("batch_bad_id", file=name, line=line)
                    head["id"] = ident
                    raw = plain_answers(doc, skip="id")  # the answers without the id, and without a copy first
                    if raw is None:
                        doc = dict(doc)
                        del doc["id"]
                else:
                    raw = plain_answers(doc)
            if raw is None:  # raw_from_mapping tells what is wrong with the line (or reads its floats)
                raw = raw_from_mapping(doc, f"{name}:{line}")
            advice = check(raw, today)
        except MedinsError as exc:
            head["error"] = {"code": exc.code, "key": exc.key, "message": _line_message(exc, name, line, lang)}
            return head, None
        out = document(advice, lang)
        head.update(out)
        return head, out["status"]["exit_code"]

    return check_one


# The answers-file checks, worded for a batch line ("cases.jsonl 第 3 行", not "答案文件 cases.jsonl:3"); the
# error's key stays the answers file's, so a program matching on it sees no change.
_LINE_WORDING = {"answers_unknown_key": "batch_line.unknown_key", "answers_not_mapping": "batch_line.not_mapping",
                 "answers_bad_value": "batch_line.bad_value"}


def _line_message(exc: MedinsError, name: str, line: int, lang: str) -> str:
    from medins_cli.messages import t

    key = _LINE_WORDING.get(exc.key)
    if key is None:
        return exc.message(lang)
    if exc.key == "answers_unknown_key" and not exc.params.get("close"):
        key = "batch_line.unknown_key_far"
    return t(key, lang, **{**exc.params, "file": name, "line": line})


Encoded = tuple[bytes, int | None, int]  # an output line as written, its exit code (None: a bad line), its line


def _check_block(args: tuple[list[Item], str, dt.date, str, str, list[str] | None]) -> list[Encoded]:
    """A worker's block, returned as the bytes to write: a document sent back as a dict cost the parent more to
    unpickle and encode than the worker spent making it, so --jobs 2 ran slower than one process."""
    from medins_cli.messages import face

    items, name, today, lang, output_format, columns = args
    with face("answers"):  # a spawned worker does not inherit the parent's face
        check_one = _checker(name, today, lang, output_format != "csv")
        encode = encoder(output_format, columns)
        done = []
        for item in items:
            doc, code = check_one(item)
            done.append((encode(doc), code, item.line))
        return done


def _blocks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    block: list[Item] = []
    for item in items:
        block.append(item)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def results(items: Iterable[Item], name: str, today: dt.date, lang: str, output_format: str = "jsonl",
            columns: list[str] | None = None, jobs: int = 1) -> Iterator[Encoded]:
    """Check every record and encode it as an output line, in input order. With jobs > 1, a pool of processes
    works on blocks of lines, at most 2 × jobs blocks in flight, so memory stays flat however long the input."""
    if jobs <= 1:
        check_one = _checker(name, today, lang, output_format != "csv")
        encode = encoder(output_format, columns)
        for item in items:
            doc, code = check_one(item)
            yield encode(doc), code, item.line
        return
    import multiprocessing
    import os
    from collections import deque

    jobs = min(jobs, os.cpu_count() or 1)  # more processes than cores only adds switching

    with multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn").Pool(jobs) as pool:
        pending: deque[Any] = deque()
        for block in _blocks(items, BLOCK):
            pending.append(pool.apply_async(_check_block, ((block, name, today, lang, output_format, columns),)))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


# ------------------------------------------------------------------------------------------------ writing


def _pick(doc: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(doc, dict):
            doc = doc.get(part)
        elif isinstance(doc, list) and part.isdigit():
            doc = doc[int(part)] if int(part) < len(doc) else None
        else:
            return None
    return doc


def derived(doc: dict[str, Any]) -> dict[str, Any]:
    """The CSV-only columns, computed from one output document without adding anything to it.

    `next`: of the required steps not yet done, the one with the earliest date (its `deadline`, else its
    `suggested_by`; a passed date stays, so an overdue deadline shows): `date`, `kind` (`deadline` or
    `suggestion`, as in the JSON contract), `days_left`, `step` (its title), `when`. With no dated step, the
    first step still to do, without a date. `todo`: every required step not yet done, in order, each with its
    date or moment as the checklist words it. Both are empty for an error record.
    """
    if "filings" not in doc:
        return {}
    from medins_cli.messages import t
    from medins_cli.page import step_when

    lang = doc["lang"]
    pending = [f for f in doc["filings"] if f["required"] and not f["done"]]
    dated = [(f["deadline"] or f["suggested_by"], 0 if f["deadline"] else 1, i) for i, f in enumerate(pending)
             if f["deadline"] or f["suggested_by"]]
    nxt: dict[str, Any] = {}
    if dated or pending:
        date, deadline_last, index = min(dated) if dated else (None, None, 0)
        f = pending[index]
        nxt = {"date": date, "kind": None if date is None else ("suggestion" if deadline_last else "deadline"),
               "days_left": None if date is None else
               (dt.date.fromisoformat(date) - dt.date.fromisoformat(doc["today"])).days,
               "step": f["title"], "when": f["when"]}
    todo = []
    for f in pending:
        when = step_when(f["deadline"], f["when"], f["suggested_by"], lang)
        todo.append(t("batch.todo_step", lang, title=f["title"], when=when) if when else f["title"])
    return {"next": nxt, "todo": TODO_SEP[lang].join(todo)}


def _cell(value: Any, money: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if money:
            from decimal import Decimal

            from medins_cli.fmt import fmt_yuan

            return fmt_yuan(Decimal(repr(value)))
        return str(value)
    text = _dumps(value) if isinstance(value, (dict, list)) else str(value)
    # A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection): an echoed id or a typed
    # region name must stay text, so such a cell gets the apostrophe spreadsheets read as "this is text".
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv_row() -> Callable[[list[Any]], bytes]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")

    def row(values: list[Any]) -> bytes:
        buf.seek(0)
        buf.truncate()
        writer.writerow(values)
        return buf.getvalue().encode()

    return row


def csv_header(columns: list[str]) -> bytes:
    return _csv_row()(columns)


def encoder(output_format: str, columns: list[str] | None) -> Callable[[dict[str, Any]], bytes]:
    """A function turning one output document into its output line: compact JSON, or a CSV record of `columns`."""
    if output_format == "csv":
        return _csv_encoder(list(columns or DEFAULT_COLUMNS))
    import orjson  # 7× faster than json's C encoder on an advice document, byte-identical output

    return partial(orjson.dumps, option=orjson.OPT_APPEND_NEWLINE)


def _csv_encoder(columns: list[str]) -> Callable[[dict[str, Any]], bytes]:
    """A function turning one output document into one CSV record (the header is csv_header's)."""
    row = _csv_row()
    money = [c.startswith("cost.") and c.rsplit(".", 1)[-1] in MONEY_KEYS for c in columns]
    needs_derived = any(c.split(".")[0] in DERIVED for c in columns)

    def encode(doc: dict[str, Any]) -> bytes:
        if needs_derived:
            doc = {**doc, **derived(doc)}
        return row([_cell(_pick(doc, c), m) for c, m in zip(columns, money, strict=True)])

    return encode


def run(fh: IO[bytes], out: IO[bytes], *, name: str, today: dt.date, lang: str, input_format: str = "jsonl",
        output_format: str = "jsonl", columns: list[str] | None = None, jobs: int = 1,
        on_line: Callable[[int], None] | None = None, tally: Summary | None = None) -> Summary:
    """Stream `fh` to `out` (bytes, UTF-8). Returns the tally; BrokenPipeError from `out` propagates."""
    # Before anything is written: a CSV header is checked here, so a bad one is one error and no output.
    items = read_csv(fh, name) if input_format == "csv" else read_jsonl(fh, name)
    summary = tally if tally is not None else Summary()
    if output_format == "csv":
        out.write(csv_header(list(columns or DEFAULT_COLUMNS)))
    write = out.write
    from medins_cli.messages import face

    # Each line is written with the answers' keys (filed_on, not --filed-on): messages name them that way.
    with face("answers"):
        for data, code, line in results(items, name, today, lang, output_format, columns, jobs):
            write(data)
            summary.add(code)
            if on_line is not None:
                on_line(line)
    return summary


# ------------------------------------------------------------------------------------------------ the command

TOP_KEYS = ("line", "id", "error", "schema_version", "tool_version", "lang", "today", "scenario", "long_term_kind",
            "pharmacy_mode", "relation", "category", "insured_in", "treated_in", "inputs", "summary", "status",
            "filings", "deadlines", "cost", "warnings", "sources", "defaults_used", "assumptions", "sourced_not_used",
            *DERIVED)


def _options(input_format: str | None, output_format: str, columns: str | None, jobs: int) -> list[str] | None:
    for field, value in (("--input-format", input_format), ("--output-format", output_format)):
        if value is not None and value not in (("jsonl", "csv")):
            raise InputError("bad_choice", field=field, value=value, options="jsonl, csv")
    if columns is None:
        return None
    picked = [c.strip() for c in columns.split(",") if c.strip()]
    for c in picked or [columns]:
        top, _, rest = c.partition(".")
        # The computed columns have fixed parts: `next.dat` would otherwise be an empty column, silently.
        if top not in TOP_KEYS or (top == "next" and rest != "" and rest not in NEXT_PARTS) or (top == "todo" and rest):
            raise InputError("batch_bad_column", column=c)
    return picked


def run_batch(file: str, *, input_format: str | None, output_format: str, columns: str | None, jobs: int,
              today: str | None, lang: str, emit_error: Callable[[MedinsError, str, bool], int],
              output: str | None = None) -> int:
    """`medins batch`: open, stream, report. Returns the exit code (docs/batch.md)."""
    import sys

    from medins_cli.messages import t
    from medins_cli.output import quiet_stdout

    opened: IO[bytes] | None = None
    try:
        chosen = _options(input_format, output_format, columns, jobs)
        from medins_cli.inputs import parse_date

        day = parse_date(today, dt.date.today(), field="--today") if today is not None else dt.date.today()
        if file == "-":
            fh: IO[bytes] = sys.stdin.buffer
            name = "<stdin>"
            if sys.stdin.isatty():  # `medins batch` typed alone: say what it is waiting for
                print(t("batch.reading_terminal", lang), file=sys.stderr)
        else:
            name = file
            try:
                fh = opened = open(file, "rb")  # noqa: SIM115 - closed below, after streaming
            except FileNotFoundError:
                raise InputError("batch_missing", file=file) from None
            except OSError as exc:
                raise InputError("batch_unreadable", file=file, problem=exc.strerror or str(exc)) from None
        if output is not None:
            from medins_cli.files import FileProblem, check_destination

            try:  # a symlink, FIFO or directory is refused before any line is read
                check_destination(Path(output))
            except FileProblem as exc:
                raise exc.as_write_error() from None
        fmt = input_format or format_from_name(file)  # .csv/.tsv → csv when --input-format is not given
        check_format(fh, name, fmt, given=input_format is not None)
    except MedinsError as exc:
        if opened is not None:
            opened.close()
        return emit_error(exc, lang, False)
    if output is not None:
        return _to_file(fh, Path(output), name=name, today=day, lang=lang, input_format=fmt,
                        output_format=output_format, columns=chosen, jobs=jobs, emit_error=emit_error)

    out = sys.stdout.buffer
    progress = _progress(fh, file) if sys.stderr.isatty() else None
    summary = Summary()
    last = 0

    def on_line(n: int) -> None:
        nonlocal last
        last = n
        if progress is not None:
            progress(fh)

    try:
        summary = run(fh, out, name=name, today=day, lang=lang, input_format=fmt,
                      output_format=output_format, columns=chosen, jobs=jobs, on_line=on_line, tally=summary)
        out.flush()
    except MedinsError as exc:  # a CSV header that names no answer: one message, nothing written
        return emit_error(exc, lang, False)
    except BrokenPipeError:
        # The reader went away (`medins batch … | head`): stop working, say so once, keep the lines' code.
        quiet_stdout()
        print(t("batch.stopped", lang, line=last), file=sys.stderr)
    except OSError as exc:
        return emit_error(InputError("batch_unreadable", file=name, problem=exc.strerror or str(exc)), lang, False)
    finally:
        _finish(fh, progress)
    _print_summary(summary, lang)
    return summary.exit_code


def _to_file(fh: IO[bytes], path: Path, *, name: str, today: dt.date, lang: str, input_format: str,
             output_format: str, columns: list[str] | None, jobs: int,
             emit_error: Callable[[MedinsError, str, bool], int]) -> int:
    """--output FILE: written atomically and readable only by its owner (advice about people's health), through
    files.atomic_writer; an interrupted run leaves the old file (or none), never half of one."""
    import sys

    from medins_cli.files import FileProblem, atomic_writer
    from medins_cli.messages import t

    progress = _progress(fh, name) if sys.stderr.isatty() else None

    def on_line(_n: int) -> None:
        if progress is not None:
            progress(fh)

    try:
        with atomic_writer(path, private=True, binary=True) as out:
            summary = run(fh, out, name=name, today=today, lang=lang, input_format=input_format,
                          output_format=output_format, columns=columns, jobs=jobs, on_line=on_line)
    except FileProblem as exc:
        return emit_error(exc.as_write_error(), lang, False)
    except MedinsError as exc:  # a bad CSV header: the file is not written
        return emit_error(exc, lang, False)
    finally:
        _finish(fh, progress)
    _print_summary(summary, lang)
    print(t("batch.written", lang, file=str(path)), file=sys.stderr)
    return summary.exit_code


def _finish(fh: IO[bytes], progress: Callable[[IO[bytes] | None], None] | None) -> None:
    """Close the progress bar and the input (never standard input), whichever way the run ended."""
    import sys

    if progress is not None:
        progress(None)
    if fh is not sys.stdin.buffer:
        fh.close()


def _print_summary(summary: Summary, lang: str) -> None:
    """The one line on stderr after every run: lines read, bad lines, and how many need action."""
    import sys

    from medins_cli.messages import t

    counts = summary.counts or {}
    # "1 lines" is not English: one line has its own wording (Chinese has no plural).
    key = "batch.summary_one" if summary.lines == 1 else "batch.summary"
    print(t(key, lang, lines=summary.lines, bad=summary.bad, action=counts.get(1, 0), overdue=counts.get(3, 0),
            ok=counts.get(0, 0)), file=sys.stderr)


def _progress(fh: IO[bytes], file: str) -> Callable[[IO[bytes] | None], None]:
    """A rich progress bar on a terminal's stderr: by bytes read for a file, a spinner with a count for a pipe."""
    import os

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    total = None
    if file != "-":
        try:
            total = os.fstat(fh.fileno()).st_size or None
        except OSError:
            total = None
    bar = Progress(SpinnerColumn(), TextColumn("medins batch"), BarColumn(),
                   MofNCompleteColumn() if total is None else TextColumn("{task.percentage:>3.0f}%"),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("batch", total=total)
    bar.start()
    seen = 0

    def step(handle: IO[bytes] | None) -> None:
        nonlocal seen
        if handle is None:
            bar.stop()
            return
        seen += 1
        if seen % 200:
            return
        if total is None:
            bar.update(task, completed=seen)
        else:
            with contextlib.suppress(OSError):
                bar.update(task, completed=handle.tell())

    return step

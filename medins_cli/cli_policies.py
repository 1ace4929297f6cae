"""`medins policies …`: list, show, validate and measure the policy data (docs/policies.md).

Called by cli.py as `run(name, options)`; the options come from the table in options.py. Imported only
for `medins policies …`; YAML, rich and the policy tooling are imported inside the commands.

Exit codes: 0 ok · 1 `validate` found problems · 2 bad input (unknown region, bad date, missing path,
unloadable policy data).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from medins_cli.errors import ExitCode, MedinsError
from medins_cli.messages import default_lang, t
from medins_cli.output import say

T = TypeVar("T")

def _fail(exc: MedinsError, lang: str, as_json: bool) -> SystemExit:
    message = exc.message(lang)
    if as_json:
        from medins_cli.render_json import dumps, error_dict

        say(dumps(error_dict(exc.code, message, exc.key)))
    print(f"medins: {t('error.prefix', lang)}: {message}", file=sys.stderr)
    return SystemExit(int(exc.exit_code))


def _compute(language: str, as_json: bool, produce: Callable[[], T]) -> T:
    """Run a command's data step; a MedinsError becomes the one-line (or JSON) error and its exit code."""
    try:
        return produce()
    except MedinsError as exc:
        raise _fail(exc, language, as_json) from None


def _lang(lang: str | None, as_json: bool) -> str:
    language = (lang or default_lang()).lower()
    if language not in ("zh", "en"):
        raise _fail(MedinsError("bad_choice", field="--lang", value=lang, options="zh, en"), "zh", as_json)
    return language


def _date(value: str | None) -> dt.date:
    from medins_cli.inputs import parse_date

    return parse_date(value, dt.date.today(), field="--date") if value is not None else dt.date.today()


def _dumps(data: Any) -> str:
    import json

    from medins_cli.messages import json_text

    return json_text(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _console(no_color: bool) -> Any:
    import os

    from medins_cli.render_rich import StdoutConsole as Console

    # A terminal gets its own width; a pipe or file gets whole rows (rich would cut them at 80 columns).
    wide = not sys.stdout.isatty() and not os.environ.get("COLUMNS")
    return Console(highlight=False, width=200 if wide else None, no_color=True if no_color else None)


def _print_grid(title: str, headers: list[str], rows: list[list[str]], right: list[bool],
                fold_last: bool = False) -> None:
    """A long listing without rich (see grid.py): a terminal's width, else whole rows as _console() gives."""
    import os
    import shutil

    from medins_cli.grid import grid

    wide = not sys.stdout.isatty() and not os.environ.get("COLUMNS")
    width = 200 if wide else shutil.get_terminal_size((100, 24)).columns
    say(grid(title, headers, rows, right, width, fold_last))


def _say_wrapped(text: str) -> None:
    """A paragraph under a listing, wrapped to the terminal (at most 100 columns: it is prose, not a row)."""
    import shutil

    from medins_cli.grid import wrap

    say("\n".join(wrap(text, min(shutil.get_terminal_size((100, 24)).columns, 100))))


def _table(title: str | None = None) -> Any:
    from rich.table import Table

    return Table(title=title, title_justify="left", show_edge=False, pad_edge=False)


def _short(value: Any, width: int = 48) -> str:
    import json

    from medins_cli.messages import printable

    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = printable(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def list_cmd(date: str | None = None, as_json: bool = False, lang: str | None = None) -> int:
    """The 31 provincial-level regions and every city with a policy file, with what each file supplies."""
    from medins_cli.policy_keys import CORE_IDS
    from medins_cli.policy_tools import list_regions

    language = _lang(lang, as_json)
    on = _compute(language, as_json, lambda: _date(date))
    rows = _compute(language, as_json, lambda: list_regions(on=on))
    if as_json:
        say(_dumps({"schema": "medins-policies-list/1", "date": on.isoformat(), "core_parameters": len(CORE_IDS),
                      "regions": rows}))
        return 0
    dash = t("policies.none", language)
    headers = [t(f"policies.col.{c}", language) for c in ("code", "name", "level", "file", "own", "inherited")]
    headers += [t(f"policies.status.{s}", language) for s in ("sourced", "national", "default")]
    cells = []
    for r in rows:
        file = r["file"] or dash
        if r["comment_only"]:
            file += f" ({t('policies.comment_only', language)})"
        cells.append([r["code"], r["name"], t(f"policies.level.{r['level']}", language), file, str(r["own"]),
                      str(r["inherited"]), str(r["core_sourced"]), str(r["core_national"]), str(r["core_default"])])
    _print_grid(t("policies.list.title", language, date=on.isoformat()), headers, cells, [False] * 4 + [True] * 5)
    _say_wrapped(t("policies.list.legend", language, core=len(CORE_IDS)))
    say(t("policies.list.summary", language, regions=len(rows),
          provinces=sum(1 for r in rows if r["code"] == r["province"]),
          files=sum(1 for r in rows if r["file"]), core=len(CORE_IDS)))
    return 0


def show_cmd(region: str, date: str | None = None, as_json: bool = False, lang: str | None = None,
             no_color: bool = False) -> int:
    """The parameters in force for one region on a date, each with its source and where it comes from."""
    from medins_cli.policy_keys import CORE_IDS
    from medins_cli.policy_tools import resolve_region, show

    language = _lang(lang, as_json)
    on = _compute(language, as_json, lambda: _date(date))
    reg = _compute(language, as_json, lambda: resolve_region(region))
    rows = _compute(language, as_json, lambda: show(reg.code, on))
    if as_json:
        say(_dumps({"schema": "medins-policies-show/1", "date": on.isoformat(),
                      "region": {"code": reg.code, "name": reg.name, "level": reg.kind}, "parameters": rows}))
        return 0
    dash = t("policies.none", language)
    table = _table(t("policies.show.title", language, name=reg.name, code=reg.code, date=on.isoformat()))
    for col in ("key", "value", "from", "origin", "source"):
        table.add_column(t(f"policies.col.{col}", language), overflow="fold")
    for r in rows:
        src = r["source"]
        origin = t(f"policies.origin.{r['origin']}", language)
        if r["file"] and r["origin"] not in ("region", "national"):
            origin += f" {r['file']}"
        start = r["effective_from"] or dash
        if r.get("as_of") and r["effective_from"]:
            start = t("policies.as_of", language, date=r["effective_from"])
        source = src["id"] if src else dash
        if src and src.get("kind") == "copy":
            source += " " + t("policies.copy_mark", language)
        value = dash if r["value"] is None else _short(r["value"])
        if r["status"] == "not_used":  # found, deliberately not used by the estimate (its `reason` in --json)
            value += " " + t("policies.not_used_mark", language)
        table.add_row(r["key"], value, start, origin, source,
                      style="dim" if r["origin"] == "default" or r["status"] == "not_used" else None)
    console = _console(no_color)
    console.print(table)
    valued = [r for r in rows if r["status"] != "not_used"]
    by_origin = {o: sum(1 for r in valued if r["origin"] == o)
                 for o in ("region", "province", "prefecture", "national", "default")}
    console.print(t("policies.show.summary", language, total=len(rows), count=len(valued) - by_origin["default"],
                    own=by_origin["region"], inherited=by_origin["province"] + by_origin["prefecture"],
                    national=by_origin["national"], default=by_origin["default"], core=len(CORE_IDS)))
    if len(valued) < len(rows):
        console.print(t("policies.show.not_used", language, count=len(rows) - len(valued)))
    return 0


def validate_cmd(path: Path | None = None, as_json: bool = False, lang: str | None = None) -> int:
    """Check policy files: structure, dates, sources, known keys, value ranges, periods. Exit 1 on problems."""
    from medins_cli.errors import InputError
    from medins_cli.policy_files import policy_root
    from medins_cli.policy_tools import validate_all

    def check() -> Any:
        target = path if path is not None else policy_root()
        if not target.exists():
            raise InputError("policies.path_missing", path=str(target))
        return validate_all(target)

    language = _lang(lang, as_json)
    result = _compute(language, as_json, check)
    code = ExitCode.OK if result.ok else ExitCode.ACTION_REQUIRED
    if as_json:
        say(_dumps({"schema": "medins-policies-validate/1", "ok": result.ok, "files": result.files,
                      "problems": [p.as_dict(language) for p in result.problems]}))
    else:
        for p in result.problems:
            say(p.render(language))
        if result.ok:
            say(t("policies.validate.ok", language, files=len(result.files)))
        else:
            say(t("policies.validate.problems", language, files=len(result.files), count=len(result.problems)))
    return int(code)


def coverage_cmd(date: str | None = None, as_json: bool = False, lang: str | None = None) -> int:
    """Per region and core parameter: sourced, national rule, or default (nothing sourced)."""
    from medins_cli.policy_tools import coverage

    language = _lang(lang, as_json)
    doc = _compute(language, as_json, lambda: coverage(on=_date(date)))
    if as_json:
        say(_dumps(doc))
        return 0
    dash = t("policies.none", language)
    headers = [t(f"policies.col.{c}", language) for c in ("code", "name", "file")]
    headers += [t(f"policies.status.{s}", language) for s in ("sourced", "national", "default")]
    headers.append(t("policies.col.sourced_keys", language))
    cells = []
    for r in doc["regions"]:
        sourced = [cid for cid, c in r["parameters"].items() if c["status"] == "sourced"]
        cells.append([r["code"], r["name"], r["file"] or dash,
                      *(str(r["counts"][s]) for s in ("sourced", "national", "default")), ", ".join(sourced) or dash])
    _print_grid(t("policies.coverage.title", language, date=doc["date"]), headers, cells,
                [False] * 3 + [True] * 3 + [False], fold_last=True)
    tot = doc["totals"]
    say(t("policies.coverage.summary", language, date=doc["date"], regions=tot["regions"],
          core=tot["core_parameters"], sourced=tot["sourced"], national=tot["national"],
          default=tot["default"], with_sourced=tot["regions_with_sourced"]))
    return 0


def review_cmd(date: str | None = None, years: int = 3, as_json: bool = False, lang: str | None = None,
               no_color: bool = False) -> int:
    """What to re-check: yearly figures that ended with no successor, old values, third-party-only values."""
    from medins_cli.policy_tools import review

    language = _lang(lang, as_json)
    doc = _compute(language, as_json, lambda: review(on=_date(date), years=years))
    if as_json:
        say(_dumps(doc))
        return 0
    dash = t("policies.none", language)
    table = _table(t("policies.review.title", language, date=doc["date"], years=years))
    for col in ("file", "key", "value", "from", "to", "source", "reasons"):
        table.add_column(t(f"policies.col.{col}", language), overflow="fold")
    for i in doc["items"]:
        table.add_row(i["file"], i["key"], _short(i["value"], 24), i["effective_from"], i["effective_to"] or dash,
                      i["source"], ", ".join(t(f"policies.review.{r}", language) for r in i["reasons"]),
                      style="bold" if "ended" in i["reasons"] else None)
    console = _console(no_color)
    console.print(table)
    tot = doc["totals"]
    console.print(t("policies.review.summary", language, ended=tot["ended"], old=tot["old"], low=tot["low"],
                    years=years))
    return 0


def run(name: str, o: dict[str, Any]) -> int:
    """`medins policies NAME` with the options parsed from the table in options.py. `--no-color` is accepted by
    every one (as the README promises); list, coverage and validate print no colour anyway."""
    common = {"as_json": bool(o["as_json"]), "lang": o["lang"]}
    if name == "list":
        return list_cmd(o["date"], **common)
    if name == "show":
        return show_cmd(o["region"], o["date"], **common, no_color=bool(o["no_color"]))
    if name == "validate":
        return validate_cmd(Path(o["path"]) if o["path"] is not None else None, **common)
    if name == "coverage":
        return coverage_cmd(o["date"], **common)
    return review_cmd(o["date"], o["years"], **common, no_color=bool(o["no_color"]))

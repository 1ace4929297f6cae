"""The command line: parse flags, call the service, render. No policy logic lives here.

Exit codes (docs/exit-codes.md): 0 nothing left to do · 1 action required · 2 bad input ·
3 a deadline has passed · 130 cancelled.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from medins_cli import __version__
from medins_cli.cli_policies import policies_app
from medins_cli.errors import ExitCode, MedinsError
from medins_cli.messages import default_lang, t

AnswersOpt = Annotated[Path | None, typer.Option(
    "--answers", help="Replay a saved answers file (YAML or JSON); flags given here override it",
    dir_okay=False)]
SaveOpt = Annotated[Path | None, typer.Option("--save-answers", help="Write the answers to this file "
                                              "(.yaml or .json) for replay", dir_okay=False)]
IcsOpt = Annotated[Path | None, typer.Option("--ics", help="Write the deadlines as calendar events with "
                                             "reminders (.ics)", dir_okay=False)]
ExportOpt = Annotated[Path | None, typer.Option("--export", help="Write the checklist as FILE.md or "
                                                "FILE.html", dir_okay=False)]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    rich_markup_mode=None,
    help="medins — 异地就医 advisor: what to file, where, by when, and roughly what you will pay.\n\n"
         "Run `medins` alone for guided questions (中文; --lang en via `medins wizard --lang en`), or "
         "`medins check ...` for a one-shot check.",
)
app.add_typer(policies_app, name="policies")


def _version(value: bool) -> None:
    if value:
        print(f"medins {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """medins: offline advisor for 异地就医 (cross-region care) under China's basic medical insurance.

    Run `medins` alone for the guided questions (wizard), or `medins check ...` for one-shot flags.
    """
    if ctx.invoked_subcommand is None:
        raise typer.Exit(_wizard(lang=None, save_answers=None, ics=None, export=None, today=None, no_color=False))


def _emit_error(exc: MedinsError, lang: str, as_json: bool) -> int:
    message = exc.message(lang)
    if as_json:
        from medins_cli.render_json import dumps, error_dict

        print(dumps(error_dict(exc.code, message, exc.key)))
    print(f"medins: {t('error.prefix', lang)}: {message}", file=sys.stderr)
    return int(exc.exit_code)


@app.command()
def check(
    scenario: Annotated[str | None, typer.Option(
        "--scenario", "-s", help="long-term | emergency | referral | pharmacy | pharmacy-account | temporary "
        "(or 异地长期居住, 急诊, 转诊, 跨省购药, 个人账户, 临时外出…)")] = None,
    insured_in: Annotated[str | None, typer.Option("--insured-in", help="参保地: 江苏 / 江苏省 / jiangsu / 320000 / "
                                                   "南京")] = None,
    treated_in: Annotated[str | None, typer.Option("--treated-in", help="就医地, same forms as "
                                                   "--insured-in")] = None,
    insurance: Annotated[str | None, typer.Option(help="employee (职工) | resident (城乡居民); "
                                                  "default employee")] = None,
    retired: Annotated[bool | None, typer.Option("--retired/--in-service", help="Retired (退休) or in service")] = None,
    hospital_level: Annotated[str | None, typer.Option("--hospital-level", help="1 | 2 | 3 (一级/二级/三级); "
                                                       "default 3")] = None,
    tier: Annotated[str | None, typer.Option("--tier", help="缴费档次 (contribution tier) 1 | 2 | 3, where the "
                                             "insured region's benefits depend on it (e.g. 重庆 城乡居民 "
                                             "一档/二档)")] = None,
    stay: Annotated[str | None, typer.Option("--stay", help="Which stay of the year this is (年度内第几次住院): "
                                             "1, 2, 3 …; later stays often have a lower 起付线; default "
                                             "first")] = None,
    event_date: Annotated[str | None, typer.Option("--event-date", help="Admission, emergency or planned trip "
                                                   "date, YYYY-MM-DD; default today")] = None,
    long_term_kind: Annotated[str | None, typer.Option("--long-term-kind", help="retiree (异地安置退休) | living "
                                                       "(异地长期居住) | working (常驻异地工作)")] = None,
    filed: Annotated[bool | None, typer.Option("--filed/--not-filed", help="已备案 or not")] = None,
    filed_on: Annotated[str | None, typer.Option("--filed-on", help="Date the filing was made")] = None,
    referral: Annotated[bool | None, typer.Option("--referral/--no-referral", help="Holds a 转诊证明")] = None,
    settled: Annotated[bool | None, typer.Option("--settled/--not-settled", help="Already discharged and "
                                                 "settled (已出院结算)")] = None,
    discharge_date: Annotated[str | None, typer.Option("--discharge-date", help="Discharge date, if "
                                                       "settled")] = None,
    chronic_disease: Annotated[str | None, typer.Option("--chronic-disease", help="门诊慢特病 name, e.g. "
                                                        "糖尿病 (pharmacy scenario)")] = None,
    cost: Annotated[str | None, typer.Option("--cost", help="Total cost in yuan")] = None,
    out_of_catalog: Annotated[str | None, typer.Option("--out-of-catalog", help="目录外 part in yuan, or a "
                                                       "share like 15%")] = None,
    deductible: Annotated[str | None, typer.Option("--deductible", help="Your 起付线 in yuan (from your "
                                                   "benefits card)")] = None,
    ratio: Annotated[str | None, typer.Option("--ratio", help="Your local payment ratio, 0.85 or 85%")] = None,
    cap: Annotated[str | None, typer.Option("--cap", help="Your annual fund cap (封顶线) in yuan")] = None,
    reduction_points: Annotated[str | None, typer.Option("--reduction-points", help="Cross-province ratio "
                                                         "reduction in points (0 for none)")] = None,
    today: Annotated[str | None, typer.Option("--today", help="Pretend today is this date "
                                              "(YYYY-MM-DD)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document (contract v1)")] = False,
    lang: Annotated[str | None, typer.Option("--lang", help="zh | en (default from MEDINS_LANG / "
                                             "LANG)")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR is honoured "
                                           "too)")] = False,
    answers: AnswersOpt = None,
    save_answers: SaveOpt = None,
    ics: IcsOpt = None,
    export: ExportOpt = None,
) -> None:
    """Check one case: filings, deadlines and an out-of-pocket estimate."""
    language = (lang or default_lang()).lower()
    if language not in ("zh", "en"):
        raise typer.Exit(_emit_error(MedinsError("bad_choice", field="--lang", value=lang, options="zh, en"),
                                     "zh", as_json))
    raw: dict[str, Any] = {
        "scenario": scenario, "insured_in": insured_in, "treated_in": treated_in, "insurance": insurance,
        "tier": tier, "stay": stay, "retired": retired, "hospital_level": hospital_level, "event_date": event_date,
        "long_term_kind": long_term_kind, "filed": filed, "filed_on": filed_on, "referral": referral,
        "settled": settled, "discharge_date": discharge_date, "chronic_disease": chronic_disease,
        "cost": cost, "out_of_catalog": out_of_catalog, "deductible": deductible, "ratio": ratio,
        "cap": cap, "reduction_points": reduction_points,
    }
    try:
        from medins_cli.inputs import parse_date
        from medins_cli.service import check as run

        if answers is not None:
            from medins_cli.answers import load_answers, merge

            raw = merge(load_answers(answers), raw)
        day = parse_date(today, "--today") if today else dt.date.today()
        advice = run(raw, day)
    except MedinsError as exc:
        raise typer.Exit(_emit_error(exc, language, as_json)) from None

    try:
        # Files first: if one cannot be written, a --json reader gets an error document, not a result.
        written = _write_outputs(advice, raw, language, save_answers, ics, export)
    except MedinsError as exc:
        raise typer.Exit(_emit_error(exc, language, as_json)) from None
    if as_json:
        from medins_cli.output import say
        from medins_cli.render_json import advice_to_dict, dumps

        say(dumps(advice_to_dict(advice, language)))
    else:
        from medins_cli.render_rich import render

        render(advice, language, no_color=no_color)
    for line in written:
        print(line, file=sys.stderr)
    raise typer.Exit(int(exit_code_for(advice)))


def exit_code_for(advice: Any) -> ExitCode:
    return ExitCode.DEADLINE_PASSED if advice.overdue else (
        ExitCode.ACTION_REQUIRED if advice.action_required else ExitCode.OK)


def _write_outputs(advice: Any, raw: dict[str, Any], lang: str, save_answers: Path | None, ics: Path | None,
                   export: Path | None) -> list[str]:
    """Files asked for with --save-answers/--ics/--export. Returns the confirmations (for stderr: stdout may
    be JSON). Every destination is checked before any is written; if a write still fails (a full disk), the
    error names the files already written."""
    if save_answers is None and ics is None and export is None:
        return []
    from medins_cli.exports import check_export_suffix
    from medins_cli.files import FileProblem, check_destination

    try:
        if export is not None:
            check_export_suffix(export)
        for dest in (save_answers, ics, export):
            if dest is not None:
                check_destination(dest)
    except FileProblem as exc:
        raise exc.as_write_error() from None
    done: list[str] = []
    written: list[str] = []
    try:
        if save_answers is not None:
            from medins_cli.answers import save_answers as save

            save(save_answers, raw, lang)
            done.append(t("saved.answers", lang, file=str(save_answers)))
            written.append(str(save_answers))
        if ics is not None:
            from medins_cli.exports import export_ics

            wrote = export_ics(ics, advice, lang)
            done.append(t("saved.ics" if wrote else "export_no_deadlines", lang, file=str(ics)))
            if wrote:
                written.append(str(ics))
        if export is not None:
            from medins_cli.exports import export_checklist

            export_checklist(export, advice, lang)
            done.append(t("saved.export", lang, file=str(export)))
    except MedinsError as exc:
        if not written:
            raise
        raise MedinsError("write_partly_done", problem=exc.message(lang), written=", ".join(written)) from None
    return done


@app.command()
def wizard(
    lang: Annotated[str | None, typer.Option("--lang", help="zh | en (default from MEDINS_LANG / "
                                             "LANG)")] = None,
    save_answers: SaveOpt = None,
    ics: IcsOpt = None,
    export: ExportOpt = None,
    today: Annotated[str | None, typer.Option("--today", help="Pretend today is this date "
                                              "(YYYY-MM-DD)")] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR is honoured "
                                           "too)")] = False,
) -> None:
    """Answer a few questions in the terminal (the default when medins runs without arguments)."""
    raise typer.Exit(_wizard(lang, save_answers, ics, export, today, no_color))


@app.command()
def batch(
    file: Annotated[str, typer.Argument(help="JSON Lines (or CSV) file of answers objects; - or nothing "
                                        "reads standard input")] = "-",
    input_format: Annotated[str, typer.Option("--input-format", help="jsonl (one JSON object per line) | csv "
                                              "(header row = answer keys)")] = "jsonl",
    output_format: Annotated[str, typer.Option("--output-format", help="jsonl (one advice document per "
                                               "line) | csv")] = "jsonl",
    columns: Annotated[str | None, typer.Option("--columns", help="CSV output: comma-separated paths into "
                                                "the advice, e.g. line,id,status.exit_code,"
                                                "cost.out_of_pocket,filings.0.deadline")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (output order is kept)")] = 1,
    today: Annotated[str | None, typer.Option("--today", help="Pretend today is this date "
                                              "(YYYY-MM-DD), for every line")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="zh | en (default from MEDINS_LANG / "
                                             "LANG)")] = None,
) -> None:
    """Check many cases: answers objects in (JSON Lines or CSV), one advice per line out, in input order."""
    language = (lang or default_lang()).lower()
    if language not in ("zh", "en"):
        raise typer.Exit(_emit_error(MedinsError("bad_choice", field="--lang", value=lang, options="zh, en"),
                                     "zh", False))
    from medins_cli.batch import run_batch

    raise typer.Exit(run_batch(file, input_format=input_format, output_format=output_format, columns=columns,
                               jobs=jobs, today=today, lang=language, emit_error=_emit_error))


def _wizard(lang: str | None, save_answers: Path | None, ics: Path | None, export: Path | None,
            today: str | None, no_color: bool) -> int:
    language = (lang or default_lang()).lower()
    if language not in ("zh", "en"):
        return _emit_error(MedinsError("bad_choice", field="--lang", value=lang, options="zh, en"), "zh", False)
    try:
        from medins_cli.inputs import parse_date

        day = parse_date(today, "--today") if today else dt.date.today()
        if not sys.stdin.isatty():
            # A pipe or CI: a prompt would wait for ever or read garbage. Say how to run without one.
            raise MedinsError("wizard_no_tty")
        from medins_cli.wizard import run_wizard  # questionary/prompt_toolkit only on this path

        advice, raw, chosen = run_wizard(language, day, no_color=no_color,
                                         save_answers=save_answers, ics=ics, export=export)
        for line in _write_outputs(advice, raw, language, *chosen):
            print(line, file=sys.stderr)
    except MedinsError as exc:
        return _emit_error(exc, language, False)
    except (KeyboardInterrupt, EOFError):
        # typer would turn Ctrl-C into a silent exit 130; say what happened, on one line.
        print("\nmedins: cancelled / 已取消", file=sys.stderr)
        return int(ExitCode.CANCELLED)
    return int(exit_code_for(advice))


def _argv_lang(argv: list[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("zh", "en"):
            return argv[i + 1]
        if a.startswith("--lang=") and a[7:] in ("zh", "en"):
            return a[7:]
    return default_lang()


def main(argv: list[str] | None = None) -> None:
    """Entry point: runs the app and turns every error into a message and a documented exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = typer.main.get_command(app)
    try:
        from medins_cli.inputs import refuse_opposite_flags

        refuse_opposite_flags(args)
        rv = command.main(args=args, prog_name="medins", standalone_mode=False)
    except MedinsError as exc:  # pragma: no cover - commands catch their own
        sys.exit(_emit_error(exc, _argv_lang(args), "--json" in args))
    except (KeyboardInterrupt, EOFError):
        print("medins: cancelled / 已取消", file=sys.stderr)
        sys.exit(int(ExitCode.CANCELLED))

    except Exception as exc:
        # typer's vendored click raises UsageError/BadParameter with a format_message(); everything
        # else is a bug, but a person still gets one line, not a traceback.
        fmt = getattr(exc, "format_message", None)
        if fmt is None or getattr(exc, "exit_code", None) is None:
            if exc.__class__.__name__ == "Abort":
                print("medins: cancelled / 已取消", file=sys.stderr)
                sys.exit(int(ExitCode.CANCELLED))
            import os

            if os.environ.get("MEDINS_DEBUG"):
                raise
            print(f"medins: internal error / 内部错误: {exc.__class__.__name__}: {exc} "
                  "(MEDINS_DEBUG=1 shows the traceback; please report it)", file=sys.stderr)
            sys.exit(int(ExitCode.INTERNAL))
        lang = _argv_lang(args)
        message = f"{'用法错误' if lang == 'zh' else 'usage error'}: {fmt()}"
        if "--json" in args:
            from medins_cli.render_json import dumps, error_dict

            print(dumps(error_dict("usage", message)))
        ctx_usage = getattr(getattr(exc, "ctx", None), "get_usage", None)
        if ctx_usage:
            print(ctx_usage(), file=sys.stderr)
        print(f"medins: {message}", file=sys.stderr)
        # Point at the help of the command that was given (medins policies review --help), not always check's.
        path = getattr(getattr(exc, "ctx", None), "command_path", None) or "medins check"
        print(f"{path} --help", file=sys.stderr)
        sys.exit(int(ExitCode.BAD_INPUT))
    sys.exit(int(rv or 0))

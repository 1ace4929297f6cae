"""The command line: parse flags, call the service, render. No policy logic lives here.

Exit codes (docs/exit-codes.md): 0 nothing left to do · 1 action required · 2 bad input ·
3 a deadline has passed · 130 cancelled.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated, Any

import typer

from medins_cli import __version__
from medins_cli.cli_policies import policies_app
from medins_cli.errors import ExitCode, MedinsError
from medins_cli.messages import default_lang, t

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="medins — 异地就医 advisor: what to file, where, by when, and roughly what you will pay.",
)
app.add_typer(policies_app, name="policies")


def _version(value: bool) -> None:
    if value:
        print(f"medins {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """medins: offline advisor for 异地就医 (cross-region care) under China's basic medical insurance."""


def _emit_error(exc: MedinsError, lang: str, as_json: bool) -> int:
    message = exc.message(lang)
    if as_json:
        from medins_cli.render_json import dumps, error_dict

        print(dumps(error_dict(exc.code, message, exc.key)))
    print(f"medins: {t('error.prefix', lang)}: {message}", file=sys.stderr)
    return int(exc.exit_code)


@app.command()
def check(
    scenario: Annotated[str, typer.Option("--scenario", "-s", help="long-term | emergency | referral | "
                                          "pharmacy | temporary (or 异地长期居住, 急诊, 转诊, 跨省购药, 临时外出…)")],
    insured_in: Annotated[str, typer.Option("--insured-in", help="参保地: 江苏 / 江苏省 / jiangsu / 320000 / 南京")],
    treated_in: Annotated[str, typer.Option("--treated-in", help="就医地, same forms as --insured-in")],
    insurance: Annotated[str | None, typer.Option(help="employee (职工) | resident (城乡居民); "
                                                  "default employee")] = None,
    retired: Annotated[bool | None, typer.Option("--retired/--in-service", help="Retired (退休) or in service")] = None,
    hospital_level: Annotated[str | None, typer.Option("--hospital-level", help="1 | 2 | 3 (一级/二级/三级); "
                                                       "default 3")] = None,
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
) -> None:
    """Check one case: filings, deadlines and an out-of-pocket estimate."""
    language = (lang or default_lang()).lower()
    if language not in ("zh", "en"):
        raise typer.Exit(_emit_error(MedinsError("bad_choice", field="--lang", value=lang, options="zh, en"),
                                     "zh", as_json))
    raw: dict[str, Any] = {
        "scenario": scenario, "insured_in": insured_in, "treated_in": treated_in, "insurance": insurance,
        "retired": retired, "hospital_level": hospital_level, "event_date": event_date,
        "long_term_kind": long_term_kind, "filed": filed, "filed_on": filed_on, "referral": referral,
        "settled": settled, "discharge_date": discharge_date, "chronic_disease": chronic_disease,
        "cost": cost, "out_of_catalog": out_of_catalog, "deductible": deductible, "ratio": ratio,
        "cap": cap, "reduction_points": reduction_points,
    }
    try:
        from medins_cli.inputs import parse_date
        from medins_cli.service import check as run

        day = parse_date(today, "--today") if today else dt.date.today()
        advice = run(raw, day)
    except MedinsError as exc:
        raise typer.Exit(_emit_error(exc, language, as_json)) from None

    code = ExitCode.DEADLINE_PASSED if advice.overdue else (
        ExitCode.ACTION_REQUIRED if advice.action_required else ExitCode.OK)
    if as_json:
        from medins_cli.render_json import advice_to_dict, dumps

        print(dumps(advice_to_dict(advice, language)))
    else:
        from medins_cli.render_rich import render

        render(advice, language, no_color=no_color)
    raise typer.Exit(int(code))


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
        rv = command.main(args=args, prog_name="medins", standalone_mode=False)
    except MedinsError as exc:  # pragma: no cover - commands catch their own
        sys.exit(_emit_error(exc, _argv_lang(args), "--json" in args))
    except KeyboardInterrupt:
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
            raise
        if exc.__class__.__name__ == "NoArgsIsHelpError":
            # `medins` alone: show the commands (the interactive wizard will take this place).
            print(fmt(), file=sys.stderr)
            sys.exit(int(ExitCode.BAD_INPUT))
        lang = _argv_lang(args)
        message = f"{'用法错误' if lang == 'zh' else 'usage error'}: {fmt()}"
        if "--json" in args:
            from medins_cli.render_json import dumps, error_dict

            print(dumps(error_dict("usage", message)))
        ctx_usage = getattr(getattr(exc, "ctx", None), "get_usage", None)
        if ctx_usage:
            print(ctx_usage(), file=sys.stderr)
        print(f"medins: {message}", file=sys.stderr)
        print("medins check --help", file=sys.stderr)
        sys.exit(int(ExitCode.BAD_INPUT))
    sys.exit(int(rv or 0))

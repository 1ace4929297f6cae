"""The one definition of every command and option: the parser, --help (zh and en), the answers keys and the
shell completion are all generated from these tables, so they cannot drift apart.

Help texts live in the message catalogue (messages.py) under `cmd.<command>` and `opt.<dest>`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Opt:
    dest: str
    flags: tuple[str, ...]  # the first is the long name shown in messages
    kind: str = "value"  # value | switch (present or not) | pair (--x/--no-x, None when neither) | int | arg
    off: str | None = None  # the "no" flag of a pair
    metavar: str | None = None
    default: Any = None
    answer: bool = False  # one of the case's answers (the keys of an answers file and a batch line)
    optional_arg: bool = False  # a positional that may be left out
    low: int | None = None  # int: bounds
    high: int | None = None

    @property
    def help_key(self) -> str:
        return f"opt.{self.dest}"


def _a(dest: str, *flags: str, metavar: str | None = None) -> Opt:
    return Opt(dest, flags or ("--" + dest.replace("_", "-"),), metavar=metavar, answer=True)


def _pair(dest: str, on: str, off: str) -> Opt:
    return Opt(dest, (on,), kind="pair", off=off, answer=True)


LANG = Opt("lang", ("--lang",), metavar="zh|en")
TODAY = Opt("today", ("--today",), metavar="YYYY-MM-DD")
NO_COLOR = Opt("no_color", ("--no-color",), kind="switch", default=False)
JSON = Opt("as_json", ("--json",), kind="switch", default=False)
SAVE = Opt("save_answers", ("--save-answers",), metavar="FILE")
ICS = Opt("ics", ("--ics",), metavar="FILE.ics")
EXPORT = Opt("export", ("--export",), metavar="FILE.html|FILE.md")
DATE = Opt("date", ("--date",), metavar="YYYY-MM-DD")

# The case, in the order a person answers them (answers files are written in this order too).
ANSWERS: tuple[Opt, ...] = (
    _a("insured_in", metavar="REGION"),
    _a("treated_in", metavar="REGION"),
    _a("scenario", "--scenario", "-s", metavar="SCENARIO"),
    _a("long_term_kind", metavar="retiree|living|working"),
    _a("insurance", metavar="employee|resident"),
    _a("tier", metavar="1|2|3"),
    _pair("retired", "--retired", "--in-service"),
    _a("chronic_disease", metavar="NAME"),
    _a("event_date", metavar="YYYY-MM-DD"),
    _a("hospital_level", metavar="1|2|3"),
    _pair("injury", "--injury", "--no-injury"),
    _a("stay", metavar="N"),
    _pair("filed", "--filed", "--not-filed"),
    _a("filed_on", metavar="YYYY-MM-DD"),
    _pair("referral", "--referral", "--no-referral"),
    _pair("settled", "--settled", "--not-settled"),
    _a("discharge_date", metavar="YYYY-MM-DD"),
    _a("cost", metavar="YUAN"),
    _a("out_of_catalog", metavar="YUAN|N%"),
    _a("deductible", metavar="YUAN"),
    _a("ratio", metavar="0.85|85%"),
    _a("cap", metavar="YUAN"),
    _a("reduction_points", metavar="N"),
)
ANSWER_KEYS: tuple[str, ...] = tuple(o.dest for o in ANSWERS)



def answer_name(flag_text: str) -> str | None:
    """How an answers file or a batch line writes what a flag says: `--event-date` → `event_date`,
    `--long-term-kind retiree` → `long_term_kind: retiree`, `--not-filed` → `filed: false`; None when the text
    does not start with one of the case's flags (`--today`, `--lang` are command options there too)."""
    flag, _, rest = flag_text.partition(" ")
    for o in ANSWERS:
        if o.kind == "pair" and flag in (*o.flags, o.off):
            return f"{o.dest}: {'false' if flag == o.off else 'true'}"
        if flag in o.flags and flag.startswith("--"):
            return f"{o.dest}: {rest}" if rest else o.dest
    return None


WIZARD: tuple[Opt, ...] = (LANG, TODAY, NO_COLOR, SAVE, ICS, EXPORT)

COMMANDS: dict[str, tuple[Opt, ...]] = {
    "check": (*ANSWERS, Opt("answers", ("--answers",), metavar="FILE"), TODAY, JSON, LANG, NO_COLOR, SAVE, ICS,
              EXPORT),
    "wizard": WIZARD,
    "batch": (
        Opt("file", ("file",), kind="arg", metavar="FILE|-", default="-", optional_arg=True),
        Opt("input_format", ("--input-format",), metavar="jsonl|csv", default="jsonl"),
        Opt("output_format", ("--output-format",), metavar="jsonl|csv", default="jsonl"),
        Opt("columns", ("--columns",), metavar="PATH,PATH…"),
        Opt("output", ("--output", "-o"), metavar="FILE"),
        Opt("jobs", ("--jobs", "-j"), kind="int", metavar="N", default=1, low=1, high=64),
        TODAY, LANG,
    ),
    "policies list": (DATE, JSON, LANG, NO_COLOR),
    "policies show": (Opt("region", ("region",), kind="arg", metavar="REGION"), DATE, JSON, LANG, NO_COLOR),
    "policies validate": (Opt("path", ("path",), kind="arg", metavar="PATH", optional_arg=True), JSON, LANG,
                          NO_COLOR),
    "policies coverage": (DATE, JSON, LANG, NO_COLOR),
    "policies review": (DATE, Opt("years", ("--years",), kind="int", metavar="N", default=3, low=1, high=50),
                        JSON, LANG, NO_COLOR),
}
# `medins` alone runs the wizard, so its options are the wizard's (medins --lang en, medins --today …).
ROOT: tuple[Opt, ...] = (Opt("version", ("--version",), kind="switch", default=False),
                         Opt("completion", ("--completion",), metavar="bash|zsh"), *WIZARD)
GROUPS = {"policies": ("list", "show", "validate", "coverage", "review")}
TOP = ("check", "wizard", "batch", "policies")


def defaults(opts: tuple[Opt, ...]) -> dict[str, Any]:
    return {o.dest: o.default for o in opts}

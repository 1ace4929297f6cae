"""The one definition of every command and option: the parser, --help (zh and en), the answers keys and the
shell completion are all generated from these tables, so they cannot drift apart.

Help texts live in the message catalogue (catalogue.py) under `cmd.<command>` and `opt.<dest>`.
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
    names: tuple[str, ...] = ()  # other names a batch CSV header may give the answer (a Chinese spreadsheet's)

    @property
    def help_key(self) -> str:
        return f"opt.{self.dest}"


def _a(dest: str, *flags: str, metavar: str | None = None, names: tuple[str, ...] = ()) -> Opt:
    return Opt(dest, flags or ("--" + dest.replace("_", "-"),), metavar=metavar, answer=True, names=names)


def _pair(dest: str, on: str, off: str, names: tuple[str, ...] = ()) -> Opt:
    return Opt(dest, (on,), kind="pair", off=off, answer=True, names=names)


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
    _a("insured_in", metavar="REGION", names=("参保地",)),
    _a("treated_in", metavar="REGION", names=("就医地",)),
    _a("scenario", "--scenario", "-s", metavar="SCENARIO", names=("情况", "场景")),
    _a("long_term_kind", metavar="retiree|living|working", names=("长期居住类别",)),
    _a("insurance", metavar="employee|resident", names=("险种", "医保类型")),
    _a("tier", metavar="1|2|3", names=("缴费档次",)),
    _pair("retired", "--retired", "--in-service", names=("是否退休",)),
    _a("chronic_disease", metavar="NAME", names=("门诊慢特病",)),
    _a("event_date", metavar="YYYY-MM-DD", names=("就医日期", "入院日期")),
    _a("hospital_level", metavar="1|2|3", names=("医院等级",)),
    _pair("injury", "--injury", "--no-injury", names=("是否外伤",)),
    _a("stay", metavar="N", names=("第几次住院",)),
    _pair("filed", "--filed", "--not-filed", names=("是否已备案",)),
    _a("filed_on", metavar="YYYY-MM-DD", names=("备案日期",)),
    _pair("referral", "--referral", "--no-referral", names=("是否有转诊证明",)),
    _pair("settled", "--settled", "--not-settled", names=("是否已出院结算",)),
    _a("discharge_date", metavar="YYYY-MM-DD", names=("出院日期",)),
    _a("cost", metavar="YUAN", names=("费用", "总费用")),
    _a("out_of_catalog", metavar="YUAN|N%", names=("目录外费用",)),
    _a("deductible", metavar="YUAN", names=("起付线",)),
    _a("ratio", metavar="0.85|85%", names=("报销比例", "支付比例")),
    _a("cap", metavar="YUAN", names=("封顶线",)),
    _a("reduction_points", metavar="N", names=("跨省降低百分点",)),
)
ANSWER_KEYS: tuple[str, ...] = tuple(o.dest for o in ANSWERS)
# A batch line's echoed identifier (not an answer), and what a spreadsheet header may call it.
BATCH_ID_NAMES: tuple[str, ...] = ("id", "编号", "工号")


def csv_column_names() -> dict[str, str]:
    """Every name a batch CSV header may use → the key it stands for: the answer keys (`event_date`, also
    written `event-date` or in capitals), their Chinese names (`就医日期`) and the id column (`id`, `编号`)."""
    names = {name: "id" for name in BATCH_ID_NAMES}
    for o in ANSWERS:
        names[o.dest] = o.dest
        names.update({name: o.dest for name in o.names})
    return names



def answer_name(flag_text: str, *, bare: bool = False) -> str | None:
    """How an answers file or a batch line writes what a flag says: `--event-date` → `event_date`,
    `--long-term-kind retiree` → `long_term_kind: retiree`, `--not-filed` → `filed: false`; None when the text
    does not start with one of the case's flags (`--today`, `--lang` are command options there too)."""
    flag, _, rest = flag_text.partition(" ")
    for o in ANSWERS:
        if o.kind == "pair" and flag in (*o.flags, o.off):
            # `bare`: the answer itself is meant (a bad value of `retired`), not one of its values.
            return o.dest if bare else f"{o.dest}: {'false' if flag == o.off else 'true'}"
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
        Opt("input_format", ("--input-format",), metavar="jsonl|csv"),  # None: from the file's name
        Opt("output_format", ("--output-format",), metavar="jsonl|csv", default="jsonl"),
        Opt("columns", ("--columns",), metavar="PATH,PATH…"),
        Opt("output", ("--output", "-o"), metavar="FILE"),
        Opt("jobs", ("--jobs", "-j"), kind="int", metavar="N", default=1, low=1, high=64),
        TODAY, LANG, NO_COLOR,  # batch prints no colour; accepted so that every command takes --no-color
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

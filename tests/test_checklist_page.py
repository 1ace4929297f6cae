"""The checklist page: one model drawn three ways (terminal, Markdown, HTML), and the HTML in a real browser.

The browser tests drive Debian's headless Chromium over the DevTools pipe (tests/chromium.py). They keep
their screenshots and PDFs in $MEDINS_ARTIFACTS (default: the test's temporary folder); with
MEDINS_UPDATE_DOCS=1 they also refresh the screenshots the README shows (docs/checklist-*.png).
"""

from __future__ import annotations

import dataclasses
import html.parser
import io
import os
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from conftest import ROOT, advise
from rich.console import Console

from medins_cli.exports import to_html, to_markdown
from medins_cli.grid import width as display_width
from medins_cli.model import Advice
from medins_cli.page import build_page
from medins_cli.policy_keys import all_keys
from medins_cli.render_rich import build

# A family's case: a retired father relocated from 临沂 to his daughter's in 上海, one stay of 20000 yuan.
RETIREE = dict(scenario="long-term", long_term_kind="retiree", retired=True, insured_in="临沂", treated_in="上海",
               event_date="2026-12-01", cost="20000")
# The fullest page: unfiled temporary care, so two cost tables, a suggested date and a deadline.
TEMPORARY = dict(scenario="temporary", insured_in="临沂", treated_in="上海", event_date="2026-12-20", cost="18000")
# Filed on 06-01: valid to 12-01, before the visit, so a renewal is suggested: a page with both kinds of date.
RENEWAL = dict(TEMPORARY, filed=True, filed_on="2026-06-01")
KEY_LIKE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]*\.[a-z0-9_.]+|\b[a-z0-9_]+\.[a-z0-9]+_[a-z0-9_.]*")


def terminal(advice: Advice, lang: str, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, no_color=True, highlight=False)
    for item in build(advice, lang):
        console.print(item)
    return console.file.getvalue()  # type: ignore[attr-defined]


def keys_in(text: str, advice: Advice) -> list[str]:
    known = set(all_keys()) | {r.key for r in build_page(advice, "zh").technical}
    text = re.sub(r"https?://\S+", "", text)  # a link's address is not a parameter key
    return sorted({k for k in known if k in text} | set(KEY_LIKE.findall(text)))


# ------------------------------------------------------------------------------------------ one model, three faces

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_three_renderers_draw_the_same_sections_in_the_same_order(lang: str) -> None:
    a = advise(**RENEWAL)
    page = build_page(a, lang)
    lab = page.labels
    headings = [lab[k] for k in ("todo", "deadlines", "suggestions", "cost", "warnings", "defaults", "assumptions",
                                 "sources", "technical")] + [page.status, page.generated]
    html = to_html(a, lang)
    for text in (terminal(a, lang), to_markdown(a, lang), html):
        at = 0
        for h in headings:  # each heading found after the one before it
            at = text.find(h, at)
            assert at != -1, h
            at += len(h)
    for f in page.todo:  # every step, its channels and materials in all three
        for text in (terminal(a, lang, width=400), to_markdown(a, lang), unescape(html)):
            assert all(x in text for x in [f.title, *filter(None, [f.when]), *f.channels, *f.materials, *f.notes]), \
                f.title


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_parameter_keys_appear_only_in_the_technical_section(lang: str) -> None:
    a = advise(**TEMPORARY)
    lab = build_page(a, lang).labels
    for text in (terminal(a, lang), to_markdown(a, lang)):
        before, _, after = text.partition(lab["technical"])
        assert keys_in(before, a) == []
        assert "cross_province.reduction.unfiled" in after
    html = to_html(a, lang)
    body, _, tech = html.partition('<section id="technical"')
    assert keys_in(body, a) == [] and "inpatient.cap.employee" in tech


def test_defaults_are_in_plain_words() -> None:
    md = to_markdown(advise(**RETIREE), "zh")
    assert "- 备案变更时限由参保地设定，原则上不超过6个月（国家规定）" in md
    assert "| `filing.long_term.change_lock_months` | 国家规定、nhsa-2022-22 |" in md


def test_dates_table_keeps_deadlines_apart_from_suggestions() -> None:
    page = build_page(advise(**RENEWAL), "en")
    assert [(r.date, r.item) for r in page.suggestions] == [
        ("2026-12-16", "Suggested filing date (done before the visit)")]
    assert [(r.date, r.kind, r.item) for r in page.deadlines] == [
        ("2026-12-01", "ends", "Filing valid until (at least)")]
    assert page.todo[1].when == "suggested by 2026-12-16"  # the to-do says it is advice too
    # Not filed yet: the suggestion only; the end of a filing not made is no date in the list.
    page = build_page(advise(**TEMPORARY), "en")
    assert [r.date for r in page.suggestions] == ["2026-12-16"] and page.deadlines == []
    assert page.todo[0].when == "suggested by 2026-12-16"


# ------------------------------------------------------------------------------------------ the HTML document

class StrictNesting(html.parser.HTMLParser):
    """Every element explicitly closed, in order (html5lib would accept an implied </li>; we do not)."""

    VOID = {"meta", "input", "br", "hr", "img", "link", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}> "
                               f"at line {self.getpos()[0]}")
        else:
            self.stack.pop()


@pytest.mark.parametrize(("lang", "case"), [("zh", RETIREE), ("en", TEMPORARY), ("zh", TEMPORARY)])
def test_html_is_a_well_formed_standalone_document(lang: str, case: dict[str, str]) -> None:
    html5lib = pytest.importorskip("html5lib")
    doc = to_html(advise(**case), lang)
    html5lib.HTMLParser(strict=True).parse(doc)  # raises on any parse error of the HTML5 algorithm
    checker = StrictNesting()
    checker.feed(doc)
    checker.close()
    assert checker.errors == [] and checker.stack == []
    assert doc.startswith("<!DOCTYPE html>\n") and f'<html lang="{"zh-CN" if lang == "zh" else "en"}">' in doc
    assert "PingFang SC" in doc and "Noto Sans CJK SC" in doc  # a CJK font stack
    # Nothing fetched from elsewhere: it must open offline. The only URLs are the sources' links.
    assert not re.search(r"<(link|script|img|iframe)\b|@import|url\(", doc)
    assert re.findall(r'(?:src|href)="([^"]+)"', doc) == [s.url for s in advise(**case).sources if s.url]
    assert '@media print' in doc and 'size: A4' in doc and 'a[href]::after' in doc


def test_html_escapes_what_it_is_given() -> None:
    a = advise(**TEMPORARY)
    a.sources = (dataclasses.replace(a.sources[0], title='<script>alert("x")</script>',
                                     url='https://example.org/?a=1&b="2"'), *a.sources[1:])
    doc = to_html(a, "zh")
    assert "<script>" not in doc and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in doc
    assert 'href="https://example.org/?a=1&amp;b=&#34;2&#34;"' in doc


def test_jinja_is_imported_only_when_exporting_html() -> None:
    code = ("import sys; from medins_cli.cli import main\n"
            "try: main(['check','-s','emergency','--insured-in','江苏','--treated-in','北京','--event-date',"
            "'2026-11-20','--today','2026-11-23'])\n"
            "except SystemExit: pass\n"
            "sys.stderr.write(str('jinja2' in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.endswith("False")


# ------------------------------------------------------------------------------------------ in a real browser

CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="module")
def chromium():  # type: ignore[no-untyped-def]
    from chromium import Chromium, find

    binary = find()
    if binary is None:
        message = "Debian chromium not installed (apt-get install chromium): the page is not checked in a browser"
        if CI:
            pytest.fail(message + " — CI must run this test")
        pytest.skip(message)
    browser = Chromium(binary)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("MEDINS_ARTIFACTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _measure(browser, advice: Advice, lang: str) -> dict:  # type: ignore[no-untyped-def]
    return browser.evaluate("""(() => {
        const tech = document.getElementById('technical');
        const text = document.body.innerText;
        const techText = tech ? tech.innerText : '';
        return {
            scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
            links: [...document.querySelectorAll('#sources a')].map(a => a.href),
            outside: text.replace(techText, ''),
            wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right >
                window.innerWidth + 0.5).map(e => e.tagName + '.' + e.className).slice(0, 5),
        };
    })()""")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [360, 390, 414])
def test_page_fits_a_phone_without_sideways_scrolling(chromium, artifacts: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      lang: str, width: int) -> None:
    a = advise(**TEMPORARY)
    page = tmp_path / f"checklist-{lang}.html"
    page.write_text(to_html(a, lang), encoding="utf-8")
    chromium.open(page.as_uri(), width, 844)
    m = _measure(chromium, a, lang)
    assert m["scrollWidth"] <= m["innerWidth"] == width, m["wide"]
    assert m["wide"] == []
    assert sorted(m["links"]) == sorted(s.url for s in a.sources if s.url)  # every source is a link
    assert keys_in(m["outside"], a) == []
    if width == 390:
        chromium.screenshot(artifacts / f"checklist-{lang}-390.png")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_prints_on_a4(chromium, artifacts: Path, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    a = advise(**RETIREE)
    page = tmp_path / f"checklist-{lang}.html"
    page.write_text(to_html(a, lang), encoding="utf-8")
    # A4 at 96 dpi is 794 px wide; the print style sheet's 14 mm margins leave 688 px of text.
    chromium.open(page.as_uri(), 688, 1040, media="print")
    m = _measure(chromium, a, lang)
    assert m["scrollWidth"] <= m["innerWidth"] and m["wide"] == []
    # Printed, a link shows its address (the ::after rule applies only in print).
    after = chromium.evaluate("getComputedStyle(document.querySelector('#sources a'), '::after').content")
    assert next(s.url for s in a.sources if s.url) in after
    chromium.screenshot(artifacts / f"checklist-{lang}-a4.png")
    chromium.pdf(artifacts / f"checklist-{lang}-a4.pdf")
    assert (artifacts / f"checklist-{lang}-a4.pdf").read_bytes().startswith(b"%PDF")


def test_readme_screenshots(chromium, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The README's pictures of the page, made from the family case (refreshed with MEDINS_UPDATE_DOCS=1)."""
    a = advise(**RETIREE)
    page = tmp_path / "checklist.html"
    page.write_text(to_html(a, "zh"), encoding="utf-8")
    out = ROOT / "docs" if os.environ.get("MEDINS_UPDATE_DOCS") == "1" else tmp_path
    chromium.open(page.as_uri(), 390, 844)
    chromium.screenshot(out / "checklist-phone.png", 0, 1400)
    # The first A4 sheet as printed: 210 mm at 96 dpi, with the print style sheet's 14 mm margins.
    chromium.open(page.as_uri(), 794, 1123, media="print")
    chromium.evaluate("document.documentElement.style.padding = '14mm'")
    chromium.screenshot(out / "checklist-a4.png", 0, 1123)
    assert (out / "checklist-phone.png").read_bytes().startswith(b"\x89PNG")


# ------------------------------------------------------------------------------------------ reads like a person

def test_pharmacy_result_says_nothing_about_hospital_admission() -> None:
    a = advise(scenario="pharmacy-account", insured_in="临沂", treated_in="上海", event_date="2026-12-01")
    assert "validity_admission" not in [w for w, _m in a.warnings]
    assert "入院" not in to_markdown(a, "zh") and "admitted" not in to_markdown(a, "en")


def test_same_province_step_is_an_instruction_not_a_condition() -> None:
    a = advise(scenario="temporary", insured_in="临沂", treated_in="济南", event_date="2026-12-01")
    md = to_markdown(a, "zh")
    assert "如本省要求" not in md
    assert "- [ ] [必须] 问清本省是否要求省内异地就医备案（参保地医保经办机构或 12393），要求的话先备案" in md


@pytest.mark.parametrize("case", [TEMPORARY, RETIREE, dict(scenario="temporary", insured_in="吉林市",
                                                              treated_in="北京", event_date="2026-12-01",
                                                              cost="30000")])
def test_english_page_is_fully_translated(case: dict[str, str]) -> None:
    a = advise(**case)
    sources = build_page(a, "en").labels["sources"]
    for text in (to_markdown(a, "en"), terminal(a, "en")):
        ours = text.partition(sources)[0]  # source titles and citations quote Chinese documents as they are
        assert "；" not in ours and "全国" not in ours and "、" not in ours
    if a.cost is not None and a.cost.method == "national_average":
        assert "fund share of 84.8% (2024 figure)" in to_markdown(a, "en")


# A visit in a year whose 调休 schedule is not known: the suggested date carries a note under it.
FAR = dict(scenario="long-term", long_term_kind="retiree", retired=True, insured_in="北京", treated_in="三亚",
           event_date="2028-06-20", cost="30000", out_of_catalog="3000")


@pytest.mark.parametrize("case", [TEMPORARY, FAR])
@pytest.mark.parametrize("width", [60, 80])
def test_english_terminal_wraps_between_words(width: int, case: dict[str, str]) -> None:
    a = advise(**case)
    page = build_page(a, "en")
    words = set(re.findall(r"[A-Za-z]+", repr(page)))
    text = terminal(a, "en", width=width)
    shown = set(re.findall(r"[A-Za-z]+", text))
    assert shown - words == set()  # no "Suggeste" + "d": every word on screen is a whole word of the page
    for r in page.suggestions + page.deadlines:
        assert r.date in text


@pytest.mark.parametrize("width", [60, 80])
def test_dates_table_fits_and_keeps_the_date_whole_in_chinese(width: int) -> None:
    a = advise(**FAR)
    page = build_page(a, "zh")
    text = terminal(a, "zh", width=width)
    assert page.suggestions and all(r.date in text for r in page.suggestions)
    assert max(display_width(line) for line in text.splitlines()) <= width


def test_english_wording_is_plain_and_consistent() -> None:
    from medins_cli.messages import C, t, tm
    from medins_cli.msg import M

    a = advise(**TEMPORARY)
    page = build_page(a, "en")
    assert page.labels["warnings"] == "Please note"  # a heading over several notes
    # The tag after a default names its kind once; a figure nothing supplies says what was done, with no tag.
    assert "A filing is valid for at least 6 months in principle (national rule)" in page.defaults
    assert "National rule:" not in " ".join(page.defaults)
    for lang in ("zh", "en"):
        text = " ".join(build_page(advise(scenario="emergency", insured_in="江苏", treated_in="上海",
                                          event_date="2026-11-20", filed=False, settled=True,
                                          discharge_date="2026-11-22", cost="50000"), lang).defaults)
        assert "not applied" not in text and "（未计）" not in text
    # Care is named, not people: "{cls} is paid at …", "no sourced reduction for {cls}".
    assert tm(M("default.reduction", cls=M("class.temporary")), "en") == (
        "No sourced reduction for other temporary care in your region: the national figure is used")
    assert t("note.emergency_settled", "en") == (
        "Emergency care should have been settled directly: if you paid in full, claim at home; if the hospital has "
        "already settled it, there is nothing more to do.")
    # One name for the tool: out-of-region (异地), never cross-region.
    assert all("cross-region" not in en for _zh, en in C.values())
    for key in ("ui.title", "wiz.welcome", "export.calendar_name", "cmd.root"):
        assert "out-of-region" in t(key, "en"), key


def test_status_with_open_suggestions_does_not_say_nothing_left_to_do() -> None:
    """An emergency stay before discharge: nothing is required, but the 补办 filing and telling the hospital are
    suggested. "无需再办理" would tell a reader to skip them."""
    import datetime as dt

    from medins_cli.page import build_page

    a = advise(dt.date(2026, 12, 1), scenario="emergency", insured_in="济南", treated_in="北京", retired=True,
               event_date="2026-11-25", cost=50000)
    assert not a.action_required and any(not f.done and not f.required for f in a.filings)
    assert build_page(a, "zh").status == "没有必须办理的事项；上面的建议事项请留意。"
    assert build_page(a, "en").status == "Nothing required; see the suggested steps above."
    home = advise(dt.date(2026, 12, 1), scenario="temporary", insured_in="广州", treated_in="广州",
                  event_date="2026-12-20")
    assert build_page(home, "zh").status == "无需再办理。"

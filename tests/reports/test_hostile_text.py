"""Whatever a family types prints as those characters: markup is never interpreted, nothing is
fetched, right-to-left text is shaped and ordered, long lines wrap and split across pages.

How text is compared (tests/reports/pdf.py ``found_in``): the PDF is read back with
pdftotext; both sides are NFKC-normalised (shaped Arabic presentation forms and the lam-alef
ligature become plain letters again) and stripped of bidi marks. Left-to-right strings must
appear whole, ignoring where lines were broken; strings holding Arabic or Hebrew must have
every word appear (pdftotext returns each right-to-left run in reading order but places it by
position, so "Fever حمى 39" reads back as "Fever 39 حمى")."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.core.summary import (
    AppointmentLine,
    DiaryEntryLine,
    RedFlagEpisode,
    Section,
    VisitSummary,
)
from caregiver_app.reports.emergency_sheet import render_emergency_sheet
from caregiver_app.reports.visit_summary import render_visit_summary
from tests.reports import family, pdf

LONG_LINE = "".join(chr(ord("a") + n % 26) for n in range(10_000))
LONG_WORDS = " ".join(f"note{n}" for n in range(1_500))

# (what was typed, what must read back; None: the same)
HOSTILE: list[tuple[str, str | None]] = [
    ("<b>bold</b>", None),
    ("</para>", None),
    ('<img src="http://127.0.0.1:9/x"/>', None),
    ("<img src='file:///etc/passwd' width='10' height='10'/>", None),
    ("<font color=\"[[[__import__('os').system('touch /tmp/pwned')]]]\">red</font>", None),
    ('<font name="Helvetica" size="40">big</font>', None),
    ('<a href="http://127.0.0.1:9/">link</a>', None),
    ('<link href="file:///etc/passwd">x</link>', None),
    ("<br/><br/>after breaks", None),
    ("<para>nested</para>", None),
    ("<seq id='x'/> <onDraw name='hook'/>", None),
    ("<![CDATA[x]]> <!-- comment --> <?xml version='1.0'?>", None),
    ("&", None),
    ("Tom & Jerry", None),
    ("&amp;", None),
    ("&lt;b&gt; &#60;script&#62; &nbsp; &copy; &unknown;", None),
    ("{name} {0} {} %s %(x)s {{", None),
    ("back\\slash \"double\" 'single'", None),
    ("\u202eexe.jpg", "exe.jpg"),
    ("Report \u202dforced\u202c and \u2067isolated\u2069 text", "Report forced and isolated text"),
    ("nul\x00 bell\x07 escape\x1b[31m", "nul bell escape[31m"),
    ("😀 🙂 💊 🚑 ❤", None),
    (LONG_LINE, None),
    (LONG_WORDS, None),
    ("مرحبا بالعالم", None),
    ("لا إله", None),
    ("שלום עולם", None),
    ("Привет, мир: температура 38.5", None),
    ("Fever حمى 39 at night", None),
    ("Headache כאב ראש since Monday", None),
    ("Температура and vomiting, рвота", None),
    ("Ελληνικά: πυρετός", None),
    ("Ñandú, crème brûlée, Straße, Łódź, İstanbul", None),
    ("line one\nline two\r\nline three", "line one line two line three"),
    ("\ttabbed\ttext", "tabbed text"),
    ("Z\u0301a\u0300l\u0308g\u0303o", None),
]
SHORT = [(typed, expected) for typed, expected in HOSTILE if len(typed) <= 200]


def _expected(typed: str, expected: str | None) -> str:
    return typed if expected is None else expected


def _hostile_summary() -> VisitSummary:
    base = family.visit_summary()
    entries = tuple(
        DiaryEntryLine(date(2026, 10, 1), time(9, n % 60), "Headache", "Mild", typed)
        for n, (typed, _) in enumerate(HOSTILE)
    )
    return dataclasses.replace(
        base,
        questions=tuple(typed for typed, _ in HOSTILE),
        entries=entries,
        sections=frozenset({Section.DIARY_ENTRIES}),
    )


@pytest.fixture(scope="module")
def hostile_pdf() -> bytes:
    return render_visit_summary(_hostile_summary())


@pytest.fixture(scope="module")
def hostile_body(hostile_pdf: bytes) -> str:
    return pdf.body(hostile_pdf)


def test_there_are_at_least_thirty_hostile_strings():
    assert len(HOSTILE) >= 30


def test_a_summary_full_of_hostile_text_is_made_without_touching_the_network(no_network):
    made = render_visit_summary(_hostile_summary())
    assert made.startswith(b"%PDF")


@pytest.mark.parametrize(("typed", "expected"), HOSTILE, ids=range(len(HOSTILE)))
def test_each_hostile_question_reads_back_as_typed(hostile_body, typed, expected):
    questions_pages = hostile_body.split("Every diary entry")[0]
    assert pdf.found_in(_expected(typed, expected), questions_pages)


@pytest.mark.parametrize(("typed", "expected"), HOSTILE, ids=range(len(HOSTILE)))
def test_each_hostile_note_reads_back_as_typed(hostile_body, typed, expected):
    # A note split across pages has the table's header row repeated on the next page.
    entries_pages = hostile_body.split("Every diary entry")[1]
    entries_pages = pdf.without_space(entries_pages).replace("DateTimeSymptomSeverityNotesBy", "")
    assert pdf.found_in(_expected(typed, expected), entries_pages)


@pytest.mark.parametrize(("typed", "expected"), SHORT, ids=range(len(SHORT)))
def test_each_hostile_name_reads_back_as_typed(no_network, typed, expected):
    child = dataclasses.replace(family.CHILD, name=typed)
    summary = dataclasses.replace(
        family.empty_summary(),
        child=child,
        red_flags=(RedFlagEpisode(date(2026, 10, 1), None, typed, typed, typed),),
        upcoming=(AppointmentLine(date(2026, 12, 1), None, typed, typed, typed, typed),),
        sections=frozenset(),
    )
    made = render_visit_summary(summary)
    assert pdf.found_in(_expected(typed, expected), pdf.text(made, 1))


def test_no_markup_is_interpreted(hostile_pdf):
    raw = hostile_pdf
    assert b"/Subtype /Image" not in raw, "no image was embedded"
    assert b"/XObject" not in raw, "no image was embedded"
    assert b"/URI" not in raw, "no link was made"
    assert b"/Annot" not in raw, "no link was made"
    assert {font.name.split("+")[-1] for font in pdf.fonts(raw)} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "Symbola",
    }, "a typed <font> changed no font"


def test_a_right_to_left_override_does_not_reverse_what_follows(hostile_pdf):
    text = pdf.text(hostile_pdf, raw=True)
    assert "exe.jpg" in text
    assert "gpj.exe" not in text


def test_arabic_is_printed_shaped_in_visual_order():
    summary = dataclasses.replace(family.empty_summary(), questions=("مرحبا بالعالم",))
    drawn = pdf.text(render_visit_summary(summary), 1, raw=True)
    line = next(line for line in drawn.splitlines() if re.search("[\ufe70-\ufeff]", line))
    shaped = re.sub("[^\ufe70-\ufeff ]", "", line).strip()
    # pdftotext -raw gives the words in the order they are drawn, left to right (it puts
    # the letters of each word back in reading order): the last word is drawn first.
    assert [pdf.normalise(word) for word in shaped.split()] == ["بالعالم", "مرحبا"]


def test_a_long_right_to_left_note_reads_from_its_first_line_down():
    words = ["البداية", *(["كلمة"] * 400), "النهاية"]
    summary = dataclasses.replace(family.empty_summary(), questions=(" ".join(words),))
    lines = [pdf.normalise(line) for line in pdf.text(render_visit_summary(summary)).splitlines()]
    first = next(n for n, line in enumerate(lines) if "البداية" in line)
    last = next(n for n, line in enumerate(lines) if "النهاية" in line)
    assert first < last - 10, "the note's first words are on its first line"


def test_a_ten_thousand_character_line_wraps_and_splits_across_pages():
    summary = dataclasses.replace(
        family.empty_summary(), questions=(LONG_LINE,) * 3, sections=frozenset()
    )
    made = render_visit_summary(summary)
    assert pdf.page_count(made) >= 3
    longest = max(len(line) for line in pdf.text(made).splitlines())
    assert longest < 200, "no line runs off the page"
    assert pdf.without_space(pdf.body(made)).count(LONG_LINE) == 3


def test_a_character_no_font_has_prints_as_its_name():
    summary = dataclasses.replace(family.empty_summary(), questions=("Pain near the 🦷 today",))
    assert "Pain near the [tooth] today" in pdf.normalise(
        pdf.text(render_visit_summary(summary), 1)
    )


def test_emoji_read_back_as_themselves_not_as_other_characters():
    summary = dataclasses.replace(family.empty_summary(), questions=("Smiling 😀 and 🙂, pill 💊",))
    assert "Smiling 😀 and 🙂, pill 💊" in pdf.text(render_visit_summary(summary), 1)


def test_the_emergency_sheet_takes_hostile_text_too(no_network):
    sheet = family.emergency_sheet(
        child=dataclasses.replace(family.CHILD, name="<b>Sami</b> & سامي"),
        staff_notes="\n".join(typed for typed, _ in SHORT),
        cautions=tuple(typed for typed, _ in SHORT[:8]),
    )
    made = render_emergency_sheet(sheet)
    assert pdf.page_count(made) == 1
    text = pdf.text(made)
    assert pdf.found_in("<b>Sami</b> & سامي", text)
    for typed, expected in SHORT[:8]:
        assert pdf.found_in(_expected(typed, expected), text)


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=300))
def test_any_text_at_all_prints(typed):
    summary = dataclasses.replace(
        family.empty_summary(),
        child=dataclasses.replace(family.CHILD, name=typed),
        questions=(typed,),
        sections=frozenset(),
    )
    assert render_visit_summary(summary).startswith(b"%PDF")

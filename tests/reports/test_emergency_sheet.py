"""The emergency information sheet: one page, in the order emergency staff read it."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from caregiver_app.core.summary import EmergencyContact, Paper
from caregiver_app.reports.emergency_sheet import render_emergency_sheet
from tests.reports import family, pdf
from tests.reports.test_hostile_text import LONG_LINE


@pytest.fixture(scope="module")
def sheet_pdf() -> bytes:
    return render_emergency_sheet(family.emergency_sheet())


def test_the_sheet_is_exactly_one_page(sheet_pdf):
    assert pdf.page_count(sheet_pdf) == 1
    assert "Page 1 of 1" in pdf.text(sheet_pdf)


def test_it_reads_in_the_order_emergency_staff_need(sheet_pdf):
    body = pdf.normalise(pdf.body(sheet_pdf))
    order = [
        "EMERGENCY INFORMATION",
        "Sami Ortega",
        "Diagnosis",
        "Key cautions",
        family.CAUTIONS[0],
        "Medicines and allergies",
        "Allergies None known",
        "Calcitriol",
        "Usual (baseline) status",
        "Vision",
        "Hearing",
        "Neurological",
        "Past procedures and immunizations",
        "Up to date for age (national schedule).",
        "Procedures to avoid",
        "Notes for emergency staff",
        "Contacts",
        "+34 600 000 002",
        "Last reviewed: 2026-11-01",
    ]
    found = [body.index(pdf.normalise(item)) for item in order]
    assert found == sorted(found)


def test_every_caution_contact_and_baseline_fact_is_there(sheet_pdf):
    text = pdf.normalise(pdf.text(sheet_pdf))
    for caution in family.CAUTIONS:
        assert pdf.normalise(caution) in text
    for contact in family.CONTACTS:
        assert contact.name in text
        assert contact.phone in text
    rows = pdf.rows(sheet_pdf, 1)
    assert "Hearing Mild hearing loss on the right (stable)." in rows
    assert "Neurological Alert, walks with support. No seizures since infancy." in rows
    assert any(row.startswith("Calcitriol 0.25 microgram By mouth") for row in rows)


def test_the_cautions_are_in_a_box(sheet_pdf):
    # A box is four lines of 2 pt round the cautions: reportlab draws it as one path.
    assert b"2 w" in _content(sheet_pdf)


def _content(made: bytes) -> bytes:
    return PdfReader(io.BytesIO(made)).pages[0].get_contents().get_data()


def test_the_header_carries_the_child_and_the_review_date(sheet_pdf):
    head = pdf.normalise(pdf.text(sheet_pdf).split("EMERGENCY INFORMATION")[0])
    assert "Sami Ortega, born 2024-03-12" in head
    assert "Last reviewed: 2026-11-01" in head
    assert "Made on 2026-11-21" in head


def test_a_sheet_never_reviewed_says_so():
    made = render_emergency_sheet(family.emergency_sheet(reviewed_on=None))
    assert "Last reviewed: never. Check with the family." in pdf.normalise(pdf.text(made))


def test_missing_baseline_facts_say_not_recorded():
    made = render_emergency_sheet(
        family.emergency_sheet(
            vision="",
            hearing="",
            neurological="",
            allergies="",
            contacts=(),
            past_procedures="",
            immunizations="",
        )
    )
    assert "Past procedures and immunizations" not in pdf.text(made), "no empty section"
    rows = pdf.rows(made, 1)
    assert "Vision Not recorded" in rows
    assert "Hearing Not recorded" in rows
    assert "Allergies None recorded" in rows
    assert "No contacts recorded." in pdf.normalise(pdf.text(made))


def test_a_sheet_with_far_too_much_text_still_fits_one_page_and_says_what_was_shortened():
    many = tuple(
        EmergencyContact(f"Role {n}", f"Name {n}", f"+34 600 000 {n:03d}") for n in range(40)
    )
    made = render_emergency_sheet(
        family.emergency_sheet(
            staff_notes=LONG_LINE,
            cautions=(*family.CAUTIONS, LONG_LINE),
            contacts=many,
        )
    )
    assert pdf.page_count(made) == 1
    text = pdf.normalise(pdf.text(made))
    assert "[shortened to fit one page; the full text is in the family's diary]" in text
    assert family.CAUTIONS[0] in text, "short texts are never shortened"


def test_a_little_more_text_gets_smaller_type_but_nothing_shortened():
    made = render_emergency_sheet(
        family.emergency_sheet(staff_notes=" ".join(["Please call the team."] * 60))
    )
    assert pdf.page_count(made) == 1
    assert "shortened" not in pdf.text(made)


@pytest.mark.parametrize("paper", list(Paper))
def test_one_page_on_either_paper(paper):
    made = render_emergency_sheet(family.emergency_sheet(), paper=paper)
    assert pdf.page_count(made) == 1


def test_every_font_is_embedded(sheet_pdf):
    found = pdf.fonts(sheet_pdf)
    assert found
    assert all(font.embedded for font in found)
    assert not {font.name.split("+")[-1] for font in found} & pdf.BASE_14


def test_medicines_on_the_sheet_carry_no_adherence():
    sheet = family.emergency_sheet()
    assert all(medicine.adherence is None for medicine in sheet.medicines)
    assert "scheduled" not in pdf.text(render_emergency_sheet(sheet))


def test_the_sheet_names_the_same_child_in_every_place():
    sheet = family.emergency_sheet(child=dataclasses.replace(family.CHILD, name="Layla حداد"))
    text = pdf.text(render_emergency_sheet(sheet))
    assert pdf.found_in("Layla حداد", text)

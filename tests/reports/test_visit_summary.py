"""The visit summary read back from the PDF: page one's facts, the header of every page,
embedded fonts, paper, sections, and a period with no data."""

from __future__ import annotations

import dataclasses

import pytest

from caregiver_app.core.summary import DEFAULT_SECTIONS, Paper, Section, Wording
from caregiver_app.reports.fonts import register_fonts
from caregiver_app.reports.layout import Writer, frame_height, frame_width, make_styles
from caregiver_app.reports.visit_summary import _height, page_one, render_visit_summary
from tests.reports import family, pdf


@pytest.fixture(scope="module")
def summary_pdf() -> bytes:
    return render_visit_summary(family.visit_summary())


@pytest.fixture(scope="module")
def summary_pages(summary_pdf: bytes) -> list[str]:
    return pdf.pages(summary_pdf)


@pytest.fixture(scope="module")
def page_one_rows(summary_pdf: bytes) -> list[str]:
    return pdf.rows(summary_pdf, 1)


def has(page: str, *expected: str) -> bool:
    return all(pdf.normalise(item) in pdf.normalise(page) for item in expected)


def test_page_one_shows_who_the_period_and_the_specialty(summary_pages):
    page = pdf.normalise(summary_pages[0])
    assert "Visit summary: Eyes (ophthalmology)" in page
    assert "Sami Ortega" in page
    assert "2024-03-12 (age 2 years, 8 months)" in page
    assert pdf.normalise(family.DIAGNOSIS) in page
    assert "2026-08-22 to 2026-11-21 (92 days)" in page


def test_page_one_lists_every_red_flag_episode_with_what_the_family_did(summary_pages):
    page = pdf.normalise(summary_pages[0])
    assert "2026-10-19 21:40" in page
    assert "Signs of raised pressure in the head" in page
    assert "Emergency: call now" in page
    assert pdf.normalise(family.RED_FLAGS[0].action) in page
    assert "2026-11-02" in page
    assert "Change in vision" in page
    assert "Called the eye clinic." in page


def test_page_one_gives_each_medicine_its_prescribed_dose_and_exact_adherence(
    summary_pages, page_one_rows
):
    page = pdf.normalise(summary_pages[0])
    starts = [
        "Calcitriol 0.25 microgram By mouth 08:00 and 20:00 183 scheduled: 170 on time",
        "Calcium 250 mg By mouth 08:00 and 20:00 183 scheduled: 160 on time",
    ]
    for start in starts:
        assert any(row.startswith(start) for row in page_one_rows), start
    assert has(summary_pages[0], "Interferon gamma-1b 50 microgram/m²", "18:00 Mon, Wed, Fri")
    assert has(summary_pages[0], "Fluoride varnish", "applied by the")
    assert "183 scheduled: 170 on time, 6 late, 2 skipped, 5 not recorded" in page
    assert "183 scheduled: 160 on time, 12 late, 4 skipped, 7 not recorded" in page
    assert "39 scheduled: 36 on time, 2 late, 1 skipped, 0 not recorded" in page
    assert "1 given as needed" in page
    assert "Under the skin (injection)" in page


def test_page_one_marks_an_overdue_check_in_words(page_one_rows):
    lines = page_one_rows
    assert "Blood tests 2026-07-07 2026-10-07 Overdue" in lines
    assert "Eye exam 2026-10-25 2026-12-03 Due soon" in lines
    assert "Growth measurement Never recorded Not set No check recorded yet" in lines


def test_page_one_lists_upcoming_appointments_and_the_familys_questions_in_order(summary_pages):
    page = pdf.normalise(summary_pages[0])
    assert "2026-12-03 10:15" in page
    assert "Eye exam and visual evoked potentials (VEP)" in page
    assert "2026-12-11 08:45" in page
    assert "Dr. Omar Haddad" in page
    positions = [page.index(f"{n}. {q}") for n, q in enumerate(family.QUESTIONS, start=1)]
    assert positions == sorted(positions)


def test_page_one_says_how_complete_the_record_is(summary_pages):
    page = pdf.normalise(summary_pages[0])
    assert '81 of 92 days (88%) have a diary entry or a "nothing unusual" mark.' in page


def test_page_one_compares_symptom_days_with_the_previous_period_of_equal_length(
    summary_pages, page_one_rows
):
    page = pdf.normalise(summary_pages[0])
    assert "This period (2026-08-22 to 2026-11-21)" in page
    assert "Previous period (2026-05-22 to 2026-08-21)" in page
    lines = page_one_rows
    assert "Blocked or runny nose 14 9 5 more" in lines
    assert "Tiredness 9 11 2 fewer" in lines
    assert "Eye rubbing 6 0 6 more" in lines
    assert "Vomiting 2 2 Same" in lines


def test_page_one_holds_at_a_glance_and_nothing_of_the_details(summary_pages):
    page = pdf.normalise(summary_pages[0])
    order = [
        "Red-flag episodes in this period",
        "Current medicines",
        "Routine checks",
        "Upcoming appointments",
        "The family's questions for this visit",
        "How complete the record is",
        "Symptoms: days with each symptom",
    ]
    assert [page.index(heading) for heading in order] == sorted(page.index(h) for h in order)
    for detail in ("Symptoms week by week", "Symptom table", "Dental care", "Every diary entry"):
        assert detail not in page


def test_the_details_follow_in_order(summary_pdf):
    rest = pdf.normalise("".join(pdf.pages(summary_pdf)[1:]))
    order = [
        "Symptoms week by week",
        "Symptom table",
        "Dental care",
        "Eruption chart (primary teeth)",
        "Appointments in this period, with outcomes",
        "Dose log summary",
        "Every diary entry",
    ]
    assert [rest.index(heading) for heading in order] == sorted(rest.index(h) for h in order)
    assert "Later than the usual range: 2 teeth (75, 85)." in rest
    assert '"Vision stable." Optic discs unchanged.' in rest
    assert "Vomiting; kept nothing down." in rest
    assert "Twice in 20 minutes." in rest
    assert "2026-10-19 21:10 Headache Severe Crying, holding head. Ana" in pdf.rows(summary_pdf, 3)


def test_every_page_carries_the_header_and_page_x_of_y(summary_pages):
    assert len(summary_pages) >= 3
    for number, page in enumerate(summary_pages, start=1):
        text = pdf.normalise(page)
        assert "Sami Ortega, born 2024-03-12" in text
        assert "Period: 2026-08-22 to 2026-11-21" in text
        assert "Reported by the family" in text
        assert "Made on 2026-11-21" in text
        assert f"Page {number} of {len(summary_pages)}" in text


def test_every_font_is_embedded_and_none_is_a_base_14_font(summary_pdf):
    found = pdf.fonts(summary_pdf)
    assert found, "the PDF names its fonts"
    assert all(font.embedded and font.unicode for font in found), found
    assert not {font.name.split("+")[-1] for font in found} & pdf.BASE_14
    assert {font.name.split("+")[-1] for font in found} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "Symbola",
    }


@pytest.mark.parametrize(
    ("paper", "size"), [(Paper.A4, (595.28, 841.89)), (Paper.LETTER, (612.0, 792.0))]
)
def test_a4_and_us_letter(paper, size):
    made = render_visit_summary(family.visit_summary(), paper=paper)
    assert pdf.page_size(made) == pytest.approx(size, abs=0.01)
    assert "Page 1 of" in pdf.text(made, 1)


def test_a_period_with_no_data_says_so_instead_of_printing_empty_tables():
    made = render_visit_summary(family.empty_summary())
    page_one = pdf.normalise(pdf.text(made, 1))
    for sentence in (
        "No red-flag episodes in this period.",
        "No current medicines recorded.",
        "No routine checks recorded.",
        "No upcoming appointments recorded.",
        "No questions written down for this visit.",
        '0 of 92 days (0%) have a diary entry or a "nothing unusual" mark.',
        "No symptoms recorded in this period or in the previous period of equal length.",
    ):
        assert sentence in page_one
    rest = pdf.normalise(pdf.text(made))
    for sentence in (
        "No symptoms recorded in this period.",
        "Nothing recorded in this period.",
        "No dental records.",
        "No appointments in this period.",
        "No doses logged or due in this period.",
        "No diary entries in this period.",
    ):
        assert sentence in rest
    for header in ("Dose as prescribed", "Last done", "Entries", "Outcome", "Came through"):
        assert header not in rest, "no table is printed without rows"


def test_only_the_chosen_sections_are_printed():
    made = render_visit_summary(family.visit_summary(sections=frozenset({Section.DOSE_LOG})))
    text = pdf.normalise(pdf.text(made))
    assert "Dose log summary" in text
    for absent in ("Symptoms week by week", "Symptom table", "Dental care", "Every diary entry"):
        assert absent not in text
    only_page_one = render_visit_summary(family.visit_summary(sections=frozenset()))
    assert pdf.page_count(only_page_one) == 1


def test_every_diary_entry_is_left_out_unless_chosen():
    assert Section.DIARY_ENTRIES not in DEFAULT_SECTIONS
    made = render_visit_summary(family.visit_summary(sections=DEFAULT_SECTIONS))
    assert "Every diary entry" not in pdf.text(made)


def test_the_reports_own_words_follow_the_apps_language():
    spanish = {
        "Visit summary: {specialty}": "Resumen de la visita: {specialty}",
        "Page {page} of {pages}": "Página {page} de {pages}",
        "Reported by the family": "Informado por la familia",
    }
    wording = Wording(translate=lambda context, text: spanish.get(text, text))
    made = render_visit_summary(family.visit_summary(), wording=wording)
    page = pdf.normalise(pdf.text(made, 1))
    assert "Resumen de la visita: Eyes (ophthalmology)" in page
    assert "Informado por la familia" in page
    assert f"Página 1 de {pdf.page_count(made)}" in page


def test_a_translation_with_a_broken_placeholder_falls_back_to_english():
    wording = Wording(translate=lambda context, text: text.replace("{pages}", "{paginas}"))
    made = render_visit_summary(family.visit_summary(sections=frozenset()), wording=wording)
    assert "Page 1 of 1" in pdf.text(made)


def test_a_right_to_left_language_prints_its_words_shaped_and_the_family_data_intact():
    arabic = {
        "Visit summary: {specialty}": "ملخص الزيارة: {specialty}",
        "Routine checks": "الفحوصات الدورية",
    }
    wording = Wording(translate=lambda context, text: arabic.get(text, text), right_to_left=True)
    made = render_visit_summary(family.visit_summary(), wording=wording)
    page = pdf.normalise(pdf.text(made, 1))
    assert "ملخص الزيارة" in page
    assert "الفحوصات الدورية" in page
    assert "Calcitriol" in page
    assert "183 scheduled: 170 on time" in page
    assert any("\ufe70" <= char <= "\ufeff" for char in pdf.text(made, 1)), "Arabic is shaped"


def test_the_date_and_time_formats_are_the_familys():
    wording = Wording(
        date=lambda day: day.strftime("%d/%m/%Y"), time=lambda moment: moment.strftime("%H.%M")
    )
    made = render_visit_summary(family.visit_summary(), wording=wording)
    page = pdf.normalise(pdf.text(made, 1))
    assert "Sami Ortega, born 12/03/2024" in page
    assert "19/10/2026 21.40" in page


def test_a_typical_familys_page_one_fits_on_one_page_and_the_details_start_on_page_two():
    made = render_visit_summary(family.visit_summary())
    assert "Symptoms: days with each symptom" in pdf.text(made, 1)
    assert "Symptoms week by week" in pdf.text(made, 2)


def test_a_busier_page_one_gets_smaller_type_rather_than_a_second_page():
    busier = family.visit_summary(
        medicines=family.MEDICINES + family.MEDICINES[:2],
        symptoms=family.SYMPTOMS + family.SYMPTOMS[:3],
    )
    full_size = Writer(Wording(), register_fonts(), make_styles(), frame_width(Paper.A4))
    room = frame_height(Paper.A4)
    assert _height(page_one(busier, full_size), full_size.width, room) > room, "needs shrinking"
    made = render_visit_summary(busier)
    assert "Symptoms: days with each symptom" in pdf.normalise(pdf.text(made, 1))
    assert "Headache 1 0 1 more" in pdf.rows(made, 1)


def test_a_page_one_too_long_for_any_type_size_runs_on_and_loses_nothing():
    many = tuple(dataclasses.replace(family.MEDICINES[0], name=f"Medicine {n}") for n in range(40))
    made = render_visit_summary(family.visit_summary(medicines=many, sections=frozenset()))
    assert pdf.page_count(made) >= 2
    text = pdf.normalise(pdf.text(made))
    assert all(f"Medicine {n} " in text for n in range(40))
    assert "Symptoms: days with each symptom" in text

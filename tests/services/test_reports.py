"""The reports service: the visit summary's page one states the fixture family's records
exactly (read back from the PDF with pdftotext), the period follows the default rules, every
page carries the header and "page X of Y", every font is embedded, the files are private,
and what a family types never reaches the network."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import date

import pytest

from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.summary import DEFAULT_SECTIONS, Paper, Period, Section
from tests.reports import pdf
from tests.reports.conftest import no_network  # noqa: F401 (a fixture)
from tests.reports.test_hostile_text import HOSTILE, _expected
from tests.services.report_family import (
    DENTAL_QUESTIONS,
    EPISODE_NOTE,
    EYE_PERIOD,
    LOGGED_DAYS,
    PREVIOUS,
    QUESTIONS,
    SKIP_REASON,
    TODAY,
    add_report_family,
)

ALL_SECTIONS = DEFAULT_SECTIONS | {Section.DIARY_ENTRIES}


def cells(made: bytes, page: int) -> str:
    """The page's text in reading order (pdftotext gives a table's cells one after the
    other, row by row), its white space made single spaces."""
    return " ".join(pdf.text(made, page).split())


def has_row(page: str, row: list[str]) -> bool:
    """Whether ``row``'s cells come one after another, in order, on ``page``."""
    return " ".join(row) in page


@pytest.fixture
def family(services, child):
    return add_report_family(services, child)


@pytest.fixture
def eye_summary(services, family):
    return services.reports.visit_summary_data(family.child.id, specialty="ophthalmology")


@pytest.fixture
def eye_pdf(services, eye_summary):
    return services.reports.visit_summary_pdf(eye_summary, paper=Paper.A4)


# Page one, exact -----------------------------------------------------------------------------


def test_page_one_names_the_child_the_visit_and_the_period(eye_pdf):
    page = cells(eye_pdf, 1)
    assert "Visit summary: Eyes (ophthalmology)" in page
    assert has_row(page, ["Child", "Lucía"])
    assert has_row(page, ["Born", "2024-03-15 (age 2 years, 8 months)"])
    assert has_row(page, ["Diagnosis", "Autosomal recessive malignant osteopetrosis"])
    assert has_row(page, ["Period", "2026-10-01 to 2026-11-21 (52 days)"])


def test_page_one_lists_the_red_flag_episode_and_what_the_family_did(eye_pdf):
    assert has_row(
        cells(eye_pdf, 1),
        [
            "2026-10-19 21:10",
            "Raised pressure in the head",
            "Emergency",
            f"Went to the emergency department: {EPISODE_NOTE}",
        ],
    )


def test_page_one_counts_the_doses_of_the_current_medicine_only(eye_pdf):
    page = cells(eye_pdf, 1)
    assert has_row(
        page,
        [
            "Calcitriol",
            "0.25 microgram",
            "By mouth",
            "08:00 and 20:00, every day",
            "15 scheduled: 12 on time, 1 late, 1 skipped, 1 not recorded",
        ],
    )
    assert "Amoxicillin" not in page, "stopped in August"


def test_page_one_gives_each_check_with_last_done_next_due_and_overdue(eye_pdf):
    page = cells(eye_pdf, 1)
    for row in (
        ["Eye exam", "2026-10-01", "2027-01-01", "On track; booked for 2026-12-03"],
        ["Hearing test", "Never recorded", "Not set", "No check recorded yet"],
        [
            "Dental check",
            "Never recorded",
            "Not set",
            "No check recorded yet; booked for 2027-01-10",
        ],
        ["Blood tests", "2026-07-20", "2026-10-20", "Overdue"],
        ["Growth measurement", "Never recorded", "Not set", "No check recorded yet"],
    ):
        assert has_row(page, row), row


def test_only_the_overdue_check_is_marked_overdue_to_print_in_bold(eye_summary):
    overdue = [check.name for check in eye_summary.checks if check.overdue]
    assert overdue == ["Blood tests"]


def test_page_one_lists_upcoming_appointments_and_this_visits_questions(eye_pdf):
    page = cells(eye_pdf, 1)
    assert has_row(
        page,
        [
            "2026-12-03 10:15",
            "Eyes (ophthalmology)",
            "Dr. Elena Ruiz Children's hospital, eye clinic",
            "Eye exam and visual evoked potentials (VEP)",
        ],
    )
    assert has_row(page, ["2027-01-10 16:30", "Dental", "Dr. Laura Gil Sonrisas dental clinic"])
    assert has_row(page, ["1.", QUESTIONS[0], "2.", QUESTIONS[1]])
    assert DENTAL_QUESTIONS[0] not in page, "another visit's question"


def test_page_one_says_how_complete_the_record_is(eye_pdf):
    assert (
        f'{LOGGED_DAYS} of 52 days (88%) have a diary entry or a "nothing unusual" mark.'
        in cells(eye_pdf, 1)
    )


def test_page_one_compares_symptom_days_with_the_previous_period(eye_pdf):
    page = cells(eye_pdf, 1)
    assert "Previous period (2026-08-10 to 2026-09-30)" in page
    for row in (
        ["Blocked or runny nose", "3", "1", "2 more"],
        ["Headache", "1", "0", "1 more"],
        ["Vomiting", "1", "0", "1 more"],
        ["Irritable or unsettled", "0", "1", "1 fewer"],
    ):
        assert has_row(page, row), row


def test_page_one_holds_everything_at_a_glance(eye_pdf):
    """Page one ends with the symptoms; the details start on page two."""
    assert "Symptoms week by week" not in pdf.text(eye_pdf, 1)
    assert "Symptoms week by week" in pdf.text(eye_pdf, 2)


# The details -------------------------------------------------------------------------------


def test_the_details_hold_the_visits_doses_and_every_entry_when_chosen(services, family):
    summary = services.reports.visit_summary_data(
        family.child.id, specialty="ophthalmology", sections=ALL_SECTIONS
    )
    made = services.reports.visit_summary_pdf(summary)
    details = pdf.body(made)
    assert '"Vision stable." Optic discs unchanged.' in " ".join(details.split())
    assert SKIP_REASON in details
    assert "Crying, holding her head." in details
    assert [row.medicine for row in summary.dose_log] == ["Calcitriol"]
    assert summary.dose_log[0].counts.on_time == 12
    assert [line.day for line in summary.appointments] == [date(2026, 10, 1)]
    assert len(summary.entries) == 5  # the entries of the period, not the previous one's


def test_every_diary_entry_is_left_out_unless_chosen(services, family, eye_summary):
    assert eye_summary.entries == ()
    assert "Every diary entry" not in pdf.text(services.reports.visit_summary_pdf(eye_summary))


def test_a_period_with_nothing_in_it_says_so(services, child):
    summary = services.reports.visit_summary_data(child.id, sections=ALL_SECTIONS)
    text = " ".join(pdf.text(services.reports.visit_summary_pdf(summary)).split())
    for sentence in (
        "No red-flag episodes in this period.",
        "No current medicines recorded.",
        "No upcoming appointments recorded.",
        "No questions written down for this visit.",
        "No diary entries in this period.",
        "No appointments in this period.",
    ):
        assert sentence in text


# The period ----------------------------------------------------------------------------------


def test_the_period_runs_from_the_last_visit_of_the_chosen_specialty(services, family):
    period = services.reports.period(family.child.id, specialty="ophthalmology")
    assert (period.start, period.end) == EYE_PERIOD
    assert period.previous() == Period(*PREVIOUS)


def test_without_a_specialty_the_period_is_the_last_three_months(services, family):
    assert services.reports.period(family.child.id) == Period(date(2026, 8, 22), TODAY)


def test_a_specialty_never_seen_gives_the_last_three_months(services, family):
    period = services.reports.period(family.child.id, specialty="genetics")
    assert period == Period(date(2026, 8, 22), TODAY)


def test_a_cancelled_or_planned_visit_does_not_start_the_period(services, family):
    # A cancelled eye visit on 10 September and a planned one on 3 December: neither counts.
    period = services.reports.period(family.child.id, specialty="ophthalmology", end="2026-09-30")
    assert period == Period(date(2026, 7, 1), date(2026, 9, 30))


def test_a_visit_today_does_not_make_a_one_day_period(services, child):
    services.appointments.add(
        child.id, day="2026-11-21", clock_time="08:00", specialty="dental", status="done"
    )
    assert services.reports.period(child.id, specialty="dental") == Period(date(2026, 8, 22), TODAY)


def test_only_a_last_day_counts_back_from_it(services, family):
    period = services.reports.period(family.child.id, specialty="hematology", end="2026-09-01")
    assert period == Period(date(2026, 7, 20), date(2026, 9, 1))


def test_only_a_first_day_runs_to_today(services, family):
    assert services.reports.period(family.child.id, start="2026-06-01") == Period(
        date(2026, 6, 1), TODAY
    )


def test_the_period_of_a_baby_starts_at_birth(services):
    baby = services.family.add_child(name="Bebé", birth_date="2026-10-02")
    assert services.reports.period(baby.id) == Period(date(2026, 10, 2), TODAY)


def test_the_visit_of_an_appointment_gives_its_specialty_and_questions(services, family):
    dental = services.appointments.upcoming(family.child.id)[-1]
    summary = services.reports.visit_summary_data(family.child.id, appointment_id=dental.id)
    assert summary.specialty == "Dental"
    assert summary.questions == DENTAL_QUESTIONS


@pytest.mark.parametrize(
    ("options", "field", "words"),
    [
        ({"start": "2024-01-01"}, "from", "before the child's birth date"),
        ({"end": "2023-12-31"}, "to", "before the child's birth date"),
        ({"start": "2026-11-22"}, "from", "in the future"),
        ({"start": "2026-11-01", "end": "2026-10-01"}, "to", "is before from"),
        ({"start": "1 Nov"}, "from", "not a date"),
        ({"specialty": "eyes"}, "specialty", "is not one of"),
    ],
)
def test_a_bad_period_or_specialty_is_refused_naming_it(services, child, options, field, words):
    with pytest.raises(ValidationFailed) as failed:
        services.reports.visit_summary_data(child.id, **options)
    (problem,) = failed.value.problems
    assert problem.field == field
    assert words in problem.render()


# Every page ----------------------------------------------------------------------------------


@pytest.fixture
def long_pdf(services, family):
    note = "Woke at night, settled after a drink of water and a cuddle; " * 6
    for day in range(1, 31):
        services.diary.log(
            family.child.id,
            day=f"2026-06-{day:02d}",
            clock_time="07:30",
            symptom="irritability",
            severity="mild",
            notes=note,
        )
    summary = services.reports.visit_summary_data(
        family.child.id, start="2026-06-01", specialty="ophthalmology", sections=ALL_SECTIONS
    )
    return services.reports.visit_summary_pdf(summary, paper=Paper.LETTER)


def test_every_page_has_the_header_and_page_x_of_y(long_pdf):
    pages = pdf.pages(long_pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        flat = " ".join(text.split())
        for fact in (
            "Lucía, born 2024-03-15",
            "Period: 2026-06-01 to 2026-11-21",
            "Reported by the family",
            "Made on 2026-11-21",
            f"Page {number} of {len(pages)}",
        ):
            assert fact in flat, (number, fact)


def test_every_font_is_embedded_and_none_is_a_base_14_font(long_pdf):
    fonts = pdf.fonts(long_pdf)
    assert fonts
    assert all(font.embedded for font in fonts)
    assert not {font.name.split("+")[-1] for font in fonts} & pdf.BASE_14


# Files and paper -----------------------------------------------------------------------------


def test_the_summary_is_written_whole_and_private(services, family, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "summary.pdf"
    written = services.reports.write_visit_summary(
        family.child.id, target, paper=Paper.LETTER, specialty="ophthalmology"
    )
    assert written.period == Period(*EYE_PERIOD)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"%PDF")
    assert pdf.page_size(target.read_bytes()) == (612, 792)
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"], "no temporary file left"


def test_a_bad_period_writes_nothing(services, child, tmp_path):
    with pytest.raises(ValidationFailed):
        services.reports.write_visit_summary(child.id, tmp_path / "x.pdf", start="2099-01-01")
    assert not (tmp_path / "x.pdf").exists()


def test_the_paper_is_the_familys_choice_else_the_countrys(services):
    assert services.reports.paper("US") is Paper.LETTER
    assert services.reports.paper("ES") is Paper.A4
    assert services.reports.paper("") is Paper.A4
    services.reports.set_paper("letter")
    assert services.reports.paper("ES") is Paper.LETTER


# The emergency information sheet --------------------------------------------------------------


def test_the_emergency_sheet_prints_the_saved_information_on_one_page(services, family, tmp_path):
    child = family.child
    services.redflags.save_emergency_info(
        child.id,
        diagnosis="RANKL-deficient osteopetrosis",
        baseline_vision="Reduced vision in both eyes.",
        baseline_hearing="Normal.",
        baseline_neurological="Alert, walks with support.",
        allergies="Penicillin (rash)",
        procedures_to_avoid="Non-essential dental extractions.\nContact sports.",
        staff_notes="Fragile bones: lift gently.\nLow calcium can cause seizures.",
        reviewed_on="2026-11-01",
    )
    target = tmp_path / "sheet.pdf"
    services.reports.write_emergency_sheet(child.id, target)
    made = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert pdf.page_count(made) == 1
    page = cells(made, 1)
    assert has_row(page, ["Name", "Lucía"])
    assert has_row(page, ["Diagnosis", "RANKL-deficient osteopetrosis"])
    assert has_row(page, ["Allergies", "Penicillin (rash)"])
    assert has_row(
        page, ["•", "Fragile bones: lift gently.", "•", "Low calcium can cause seizures."]
    )
    assert has_row(page, ["•", "Non-essential dental extractions.", "•", "Contact sports."])
    assert has_row(page, ["Vision", "Reduced vision in both eyes."])
    assert has_row(page, ["Calcitriol", "0.25 microgram", "By mouth", "08:00 and 20:00, every day"])
    assert has_row(page, ["Pediatric ophthalmologist", "Dr. Elena Ruiz", "+34 600 000 001"])
    assert "Last reviewed: 2026-11-01" in page
    assert "Amoxicillin" not in page


def test_an_emergency_sheet_never_filled_in_says_it_was_never_reviewed(services, child):
    sheet = services.reports.emergency_sheet_data(child.id)
    assert sheet.reviewed_on is None
    assert any("transfusion" in caution for caution in sheet.cautions), "the suggestions"
    made = services.reports.emergency_sheet_pdf(sheet)
    assert "Last reviewed: never. Check with the family." in " ".join(pdf.text(made).split())


# What a family types ----------------------------------------------------------------------------


def test_hostile_text_typed_through_the_services_prints_and_fetches_nothing(
    services,
    no_network,  # noqa: F811
):
    name = "Ñandú <b>Z</b> & Привет حمى"
    child = services.family.add_child(name=name, birth_date="2024-03-15")
    accepted: list[tuple[str, str | None]] = []
    for minute, (typed, expected) in enumerate(HOSTILE):
        try:
            services.diary.log(
                child.id,
                day="2026-11-20",
                clock_time=f"09:{minute:02d}",
                symptom="other",
                severity="mild",
                notes=typed,
            )
        except ValidationFailed:
            assert "\x00" in typed, "only a NUL is refused"
            continue
        accepted.append((typed, expected))
    questions = [typed for typed, _ in accepted if "\n" not in typed and len(typed) < 1_000]
    services.appointments.add(
        child.id,
        day="2026-12-01",
        clock_time="10:00",
        specialty="dental",
        clinician="Dr. <i>Gil</i> &amp; Ruiz",
        questions=questions,
    )
    assert len(accepted) >= 30
    summary = services.reports.visit_summary_data(
        child.id, specialty="dental", sections={Section.DIARY_ENTRIES}
    )
    made = services.reports.visit_summary_pdf(summary)
    assert b"/URI" not in made
    assert b"/XObject" not in made
    assert pdf.found_in(name, pdf.text(made, 1))
    assert pdf.found_in("Dr. <i>Gil</i> &amp; Ruiz", pdf.text(made, 1))
    body = pdf.body(made)
    questions_part, entries_part = body.split("Every diary entry")
    # A note split across pages repeats the table's header; the "By" column (Maria) sits
    # beside a wrapped note's first line.
    entries_part = (
        pdf.without_space(entries_part)
        .replace("DateTimeSymptomSeverityNotesBy", "")
        .replace("Maria", "")
    )
    for typed, expected in accepted:
        assert pdf.found_in(_expected(typed, expected), entries_part), typed[:40]
    for typed, expected in accepted:
        if typed in questions:
            assert pdf.found_in(_expected(typed, expected), questions_part), typed[:40]


def test_reportlab_is_imported_only_when_a_pdf_is_made(tmp_path):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from caregiver_app.services.app import open_app\n"
        f"app = open_app(Path({str(tmp_path / 'family')!r}))\n"
        "child = app.family.add_child(name='A', birth_date='2024-01-01')\n"
        "summary = app.reports.visit_summary_data(child.id)\n"
        "sheet = app.reports.emergency_sheet_data(child.id)\n"
        "print('reportlab' in sys.modules)\n"
        "app.reports.visit_summary_pdf(summary)\n"
        "print('reportlab' in sys.modules)\n"
        "app.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]

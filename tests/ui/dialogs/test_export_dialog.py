"""The Export dialog: a visit summary for the chosen child, specialty, period, sections and
paper is saved (then opened in the system viewer) or printed through the system print dialog;
the emergency sheet the same way from the child's profile. The file dialog, the viewer and
the print dialog are the system's: the tests patch them and check what reached them."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from caregiver_app.core.appointments import Specialty
from caregiver_app.core.summary import Paper, Section
from caregiver_app.ui.dialogs.emergency_info_dialog import EmergencyInfoDialog
from caregiver_app.ui.dialogs.export_dialog import ExportDialog, page_images
from caregiver_app.ui.pages.appointments_page import AppointmentsPage
from caregiver_app.ui.pages.family_page import FamilyPage
from tests.reports import pdf
from tests.services.report_family import QUESTIONS, add_report_family
from tests.ui.test_accessibility import unnamed_focusable


@pytest.fixture
def family(services, child):
    return add_report_family(services, child)


@pytest.fixture
def system(monkeypatch, tmp_path):
    """The system's file dialog (answers ``chosen``, records each call), viewer (records
    each URL) and print dialog (prints to a PDF file, or is cancelled)."""

    class System:
        chosen: str = str(tmp_path / "summary.pdf")
        asked: ClassVar[list[str]] = []
        opened: ClassVar[list[QUrl]] = []
        printed_to = tmp_path / "printed.pdf"
        print_answer = QDialog.DialogCode.Accepted
        printers: ClassVar[list[QPrinter]] = []

    def save_file_name(_parent, _caption, suggested, _filter, *_args):
        System.asked.append(suggested)
        return System.chosen, "PDF files (*.pdf)"

    def open_url(url: QUrl) -> bool:
        System.opened.append(url)
        return True

    def print_dialog_exec(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(System.printed_to))
        printer.setResolution(72)  # a fast test: the pages are drawn at 72 dpi
        System.printers.append(printer)
        return System.print_answer.value

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    monkeypatch.setattr(QPrintDialog, "exec", print_dialog_exec)
    return System


@pytest.fixture
def open_dialog(services, show):
    def make(child_id, **options) -> ExportDialog:
        dialog = ExportDialog(services, child_id, **options)
        show(dialog)
        return dialog

    return make


def save(qtbot, dialog: ExportDialog) -> bytes:
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return Path(saved.args[0]).read_bytes()


def page_one(made: bytes) -> str:
    return " ".join(pdf.text(made, 1).split())


def test_the_dialog_starts_with_the_next_visits_specialty_since_its_last_visit(family, open_dialog):
    dialog = open_dialog(family.child.id)
    assert dialog.specialty() is Specialty.OPHTHALMOLOGY
    assert dialog.since_visit.isChecked()
    assert dialog.start_field.edit.text() == "2026-10-01"
    assert dialog.end_field.edit.text() == "2026-11-21"
    assert not dialog.start_field.isEnabled()
    assert "(52 days)" in dialog.period_text.text()
    assert not dialog.section_checks[Section.DIARY_ENTRIES].isChecked()
    assert all(dialog.section_checks[s].isChecked() for s in Section if s != Section.DIARY_ENTRIES)


def test_save_writes_a_private_pdf_of_the_chosen_period_and_opens_it(
    qtbot, services, family, open_dialog, system
):
    dialog = open_dialog(family.child.id)
    dialog.custom.click()
    dialog.start_field.edit.clear()
    qtbot.keyClicks(dialog.start_field.edit, "2026-10-15")
    dialog.end_field.edit.clear()
    qtbot.keyClicks(dialog.end_field.edit, "2026-10-31")
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    made = save(qtbot, dialog)
    text = page_one(made)
    # Dates as the app's locale writes them (the tests run in C: day, month, year).
    assert "15 Oct 2026 to 31 Oct 2026 (17 days)" in text
    assert "Period: 15 Oct 2026 to 31 Oct 2026" in text
    assert "Visit summary: Eyes (ophthalmology)" in text
    assert QUESTIONS[0] in text
    assert pdf.page_size(made) == (612, 792)
    path = Path(system.chosen)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert system.opened == [QUrl.fromLocalFile(str(path))]
    assert "opened in your PDF viewer" in dialog.status.text()
    assert services.reports.paper("ES") is Paper.LETTER, "the paper is remembered"
    assert system.asked[0].endswith(".pdf")
    assert "Lucía" in system.asked[0]
    dialog.close()


def test_last_three_months_and_every_entry(qtbot, family, open_dialog, system):
    dialog = open_dialog(family.child.id)
    dialog.last_months.click()
    assert dialog.start_field.edit.text() == "2026-08-22"
    dialog.section_checks[Section.DIARY_ENTRIES].setChecked(True)
    made = save(qtbot, dialog)
    assert "22 Aug 2026 to 21 Nov 2026 (92 days)" in page_one(made)
    assert "Every diary entry" in pdf.text(made)
    dialog.close()


def test_a_file_name_without_pdf_gets_it(qtbot, family, open_dialog, system, tmp_path):
    system.chosen = str(tmp_path / "for the eye clinic")
    dialog = open_dialog(family.child.id)
    save(qtbot, dialog)
    assert (tmp_path / "for the eye clinic.pdf").is_file()
    dialog.close()


def test_bad_dates_are_shown_by_their_fields_and_nothing_is_asked_or_written(
    qtbot, family, open_dialog, system, tmp_path
):
    dialog = open_dialog(family.child.id)
    dialog.custom.click()
    dialog.start_field.edit.setText("2026-12-01")
    dialog.end_field.edit.setText("2026-11-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors["from"].text() == "is in the future"
    assert dialog.form.errors["to"].text() == "2026-11-01 is before the first day (2026-12-01)"
    assert system.asked == []
    assert not Path(system.chosen).exists()
    assert dialog.isVisible()
    assert dialog.start_field.edit.text() == "2026-12-01", "what was typed stays"
    dialog.close()


def test_cancelling_the_file_dialog_writes_nothing(qtbot, family, open_dialog, system):
    system.chosen = ""
    dialog = open_dialog(family.child.id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert system.opened == []
    dialog.close()


def test_print_reaches_the_print_dialog_and_paints_every_page(
    qtbot, services, family, open_dialog, system
):
    dialog = open_dialog(family.child.id)
    summary = services.reports.visit_summary_data(family.child.id, specialty="ophthalmology")
    pages = pdf.page_count(services.reports.visit_summary_pdf(summary))
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [pages]
    (printer,) = system.printers
    assert printer.fullPage(), "the report's own margins"
    assert printer.pageLayout().pageSize().id().name == "A4" or dialog.paper() is Paper.LETTER
    printed_pdf = system.printed_to.read_bytes()
    assert pdf.page_count(printed_pdf) == pages
    assert b"/Image" in printed_pdf, "each page painted as an image"
    assert f"Sent {pages} page" in dialog.status.text()
    dialog.close()


def test_print_cancelled_in_the_print_dialog_prints_nothing(qtbot, family, open_dialog, system):
    system.print_answer = QDialog.DialogCode.Rejected
    dialog = open_dialog(family.child.id)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert not system.printed_to.exists()
    dialog.close()


def test_pages_are_rasterised_in_order(services, family, tmp_path):
    summary = services.reports.visit_summary_data(family.child.id, start="2026-06-01")
    made = services.reports.visit_summary_pdf(summary)
    images = page_images(made, 20, tmp_path)
    assert [image.name for image in images] == [
        f"page-{n}.png" for n in range(1, pdf.page_count(made) + 1)
    ]


def test_the_emergency_sheet_from_the_profile(qtbot, services, family, events, show, system):
    page = FamilyPage(services, events)
    page.set_child(family.child.id)
    show(page)
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    assert not hasattr(dialog, "specialty_combo")
    assert "never reviewed" in dialog.note.text()
    made = save(qtbot, dialog)
    assert pdf.page_count(made) == 1
    text = page_one(made)
    assert "EMERGENCY INFORMATION" in text
    assert "Dr. Elena Ruiz" in text
    dialog.close()
    assert page.dialog is None


def test_save_and_make_the_sheet_from_the_emergency_information(
    qtbot, services, family, events, show, system
):
    page = FamilyPage(services, events)
    page.set_child(family.child.id)
    show(page)
    qtbot.mouseClick(page.emergency_button, Qt.MouseButton.LeftButton)
    editor = page.dialog
    assert isinstance(editor, EmergencyInfoDialog)
    qtbot.waitExposed(editor)
    editor.edits["baseline_vision"].setPlainText("Reduced in both eyes.")
    qtbot.mouseClick(editor.sheet_button, Qt.MouseButton.LeftButton)
    sheet = page.dialog
    assert isinstance(sheet, ExportDialog)
    qtbot.waitExposed(sheet)
    assert "Last reviewed on 21 Nov 2026" in sheet.note.text()
    made = save(qtbot, sheet)
    assert "Reduced in both eyes." in page_one(made)
    sheet.close()


def test_the_appointment_card_makes_the_summary_for_that_visit(
    qtbot, services, family, events, show
):
    page = AppointmentsPage(services, events)
    page.set_child(family.child.id)
    show(page)
    qtbot.mouseClick(page.card_summary_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    assert dialog.specialty() is Specialty.OPHTHALMOLOGY
    dialog.close()
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, ExportDialog)
    page.dialog.close()


def test_ctrl_p_and_ctrl_e_open_the_export_dialog_from_anywhere(qtbot, family, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert hasattr(dialog, "specialty_combo")
    dialog.close()
    assert window.export_dialog is None
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert not hasattr(dialog, "specialty_combo")
    dialog.close()


@pytest.mark.parametrize("emergency_sheet", [False, True])
def test_every_control_has_a_name(family, open_dialog, emergency_sheet):
    dialog = open_dialog(family.child.id, emergency_sheet=emergency_sheet)
    assert unnamed_focusable(dialog) == []
    dialog.close()


def test_closing_while_the_pdf_is_made_writes_nothing(qtbot, family, open_dialog, system):
    dialog = open_dialog(family.child.id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.busy
    dialog.close()  # waits for the worker, then drops its result
    qtbot.wait(50)
    assert not Path(system.chosen).exists()
    assert system.opened == []

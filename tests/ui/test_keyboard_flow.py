"""The daily flow by keyboard alone, as a parent who cannot use a mouse does it: log a
symptom on the Today page, tick the morning dose, export a visit summary. Every key goes to
the widget that has the keyboard focus, as a real keyboard's would; nothing is clicked and no
field is filled in directly. Only the system's file dialog and PDF viewer are stand-ins."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from caregiver_app.core.medicines import DoseStatus
from caregiver_app.core.records import Severity
from caregiver_app.ui.dialogs.export_dialog import ExportDialog
from caregiver_app.ui.main_window import MainWindow
from tests.reports import pdf
from tests.ui.medicines_helpers import add_medicine

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
#: More Tab presses than any page or dialog has stops: a control never reached fails.
TAB_LIMIT = 60


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is nowhere"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, wanted: Callable[[QWidget], bool]) -> QWidget:
    """Presses Tab until the focus is on a control ``wanted`` accepts (fails if it never
    comes round)."""
    passed = []
    for _ in range(TAB_LIMIT):
        widget = focused()
        if wanted(widget):
            return widget
        passed.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
        press(qtbot, Qt.Key.Key_Tab)
    pytest.fail("Tab never reached it; it went round: " + ", ".join(passed[:25]))


@pytest.fixture
def viewer(monkeypatch, tmp_path: Path) -> list[QUrl]:
    """The system's file dialog answers a file in tmp; the PDF viewer records what it was
    asked to open."""
    opened: list[QUrl] = []

    def save_file_name(*_args: object) -> tuple[str, str]:
        return str(tmp_path / "for the doctor.pdf"), "PDF files (*.pdf)"

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def test_log_a_symptom_tick_a_dose_and_export_a_summary_by_keyboard_alone(
    qtbot, services, child, make_window, viewer, tmp_path
):
    calcitriol = add_medicine(services, child)  # 08:00 and 20:00; it is 10:00 in Madrid
    window: MainWindow = make_window()
    today = window.today_page
    qtbot.waitUntil(lambda: today.doses_panel is not None and len(today.doses_panel.cards) == 2)

    # Log a symptom: Ctrl+F, a few letters, Enter picks the first match, Alt+2, Ctrl+Enter.
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is today.filter_edit
    qtbot.keyClicks(focused(), "bone")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2, ALT)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    [entry] = services.diary.entries_on(child.id, services.diary.today())
    assert (entry.symptom, entry.severity) == ("bone_pain", Severity.MODERATE)
    assert "Bone pain, moderate" in today.feedback.message.text()

    # Tick the 08:00 dose: Tab to its Given button, Space.
    doses = today.doses_panel
    assert doses is not None
    morning = doses.cards[0]
    given = tab_to(qtbot, lambda widget: widget is morning.given_button)
    assert given.accessibleName() == "Given now: Calcitriol, the 08:00 dose"
    press(qtbot, Qt.Key.Key_Space)
    [dose] = services.medicines.doses(child.id)
    assert (dose.medicine_id, dose.status, str(dose.scheduled_time)) == (
        calcitriol.id,
        DoseStatus.GIVEN,
        "08:00:00",
    )
    assert dose.given_by == "Maria"
    # The focus moves on to the next dose to record, not back to the top of the page.
    qtbot.waitUntil(lambda: focused() is doses.cards[1].given_button)

    # Export a visit summary: Ctrl+P, Tab to "Save PDF…", Enter; Escape closes the dialog.
    press(qtbot, Qt.Key.Key_P, CTRL)
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    tab_to(qtbot, lambda widget: widget is dialog.save_button)
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        press(qtbot, Qt.Key.Key_Return)
    made = Path(saved.args[0])
    assert made == tmp_path / "for the doctor.pdf"
    assert viewer == [QUrl.fromLocalFile(str(made))]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.export_dialog is None)

    text = " ".join(pdf.text(made.read_bytes()).split())
    assert "Lucía" in text
    assert "Bone pain" in text, "the symptom logged by keyboard is in the summary"
    # The 08:00 dose ticked at 10:00 is counted as given late.
    assert "Calcitriol" in text
    assert "0 on time, 1 late" in text, "the dose ticked by keyboard is in the summary"

"""The emergency information editor, opened from the Family page: a new form starts from the
clinical notes (the transplant note, procedures to avoid, notes for staff), suggestions can
be inserted again, medicines and contacts are shown from where they are kept, the allergies
are the profile's, and a problem keeps the dialog open with everything typed. Also the
emergency number in Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from caregiver_app.core.emergency_info import STAFF_NOTE_SUGGESTIONS, as_lines
from caregiver_app.ui.dialogs.emergency_info_dialog import EmergencyInfoDialog
from caregiver_app.ui.pages.family_page import FamilyPage
from caregiver_app.ui.pages.settings_page import SettingsPage
from tests.ui.test_accessibility import unnamed_focusable


@pytest.fixture
def family_page(services, child, events, show) -> FamilyPage:
    services.family.update_child(
        child.id, name="Lucía", birth_date="2024-03-15", sex="female", allergies="Penicillin"
    )
    services.family.add_contact(
        child.id, role="Haematologist", name="Dr. Haddad", phone="+34 600 000 004"
    )
    services.medicines.add_medicine(
        child.id,
        name="Calcitriol",
        route="by_mouth",
        schedule="fixed_times",
        times="08:00",
        start_date="2026-11-01",
        dose_amount="0.25",
        dose_unit="µg",
    )
    page = FamilyPage(services, events)
    page.set_child(child.id)
    show(page)
    return page


def open_editor(qtbot, page: FamilyPage) -> EmergencyInfoDialog:
    qtbot.mouseClick(page.emergency_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EmergencyInfoDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_form_starts_from_the_clinical_notes_and_the_profile(qtbot, family_page):
    dialog = open_editor(qtbot, family_page)
    diagnosis = dialog.edits["diagnosis"].toPlainText()
    assert "TNFSF11 (RANKL)" in diagnosis
    assert "Stem-cell (bone marrow) transplant is not effective for the TNFSF11" in diagnosis
    assert dialog.edits["allergies"].toPlainText() == "Penicillin"
    assert "Tooth extractions" in dialog.edits["procedures_to_avoid"].toPlainText()
    assert len(as_lines(dialog.edits["staff_notes"].toPlainText())) == 4
    assert dialog.reviewed_on.edit.text() == "2026-11-21"
    assert dialog.medicines_label.text().startswith("• Calcitriol 0.25 µg, by mouth")
    assert "Haematologist · Dr. Haddad · +34 600 000 004" in dialog.contacts_label.text()
    assert unnamed_focusable(dialog) == []
    dialog.reject()


def test_a_suggested_note_for_staff_is_inserted_once_on_its_own_line(qtbot, family_page):
    dialog = open_editor(qtbot, family_page)
    notes = dialog.edits["staff_notes"]
    notes.setPlainText("Wears glasses")
    dialog.suggestions.activated.emit(3)  # the third suggestion, as if picked from the list
    assert dialog.suggestions.currentIndex() == 0, "the list is ready for another"
    third = dialog.suggestions.itemData(3)
    assert third
    assert notes.toPlainText() == f"Wears glasses\n{third}"
    dialog.insert_staff_note(str(third))
    assert notes.toPlainText() == f"Wears glasses\n{third}", "not twice"
    assert dialog.suggestions.count() == len(STAFF_NOTE_SUGGESTIONS) + 1
    dialog.reject()


def test_saving_stores_the_form_and_the_allergies_in_the_profile(
    qtbot, services, child, events, family_page
):
    dialog = open_editor(qtbot, family_page)
    dialog.edits["baseline_vision"].setPlainText("Follows a toy with both eyes")
    dialog.edits["allergies"].setPlainText("Penicillin (rash), latex")
    with qtbot.waitSignal(events.family_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    info = services.redflags.emergency_info(child.id)
    assert info is not None
    assert info.baseline_vision == "Follows a toy with both eyes"
    assert services.family.child(child.id).allergies == "Penicillin (rash), latex"
    assert "Allergies: Penicillin (rash), latex" in family_page.child_details.text()
    assert family_page.feedback.text() == "Saved Lucía's emergency information."

    again = open_editor(qtbot, family_page)
    assert again.edits["baseline_vision"].toPlainText() == "Follows a toy with both eyes"
    again.reject()


def test_a_problem_is_shown_by_its_field_and_everything_typed_stays(
    qtbot, services, child, family_page
):
    dialog = open_editor(qtbot, family_page)
    dialog.edits["diagnosis"].setPlainText("  ")
    dialog.edits["baseline_hearing"].setPlainText("Hears loud voices")
    dialog.reviewed_on.edit.setText("2026-12-24")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.errors["diagnosis"].text() == "is required"
    assert dialog.form.errors["reviewed_on"].text() == "is in the future"
    assert dialog.edits["baseline_hearing"].toPlainText() == "Hears loud voices"
    assert services.redflags.emergency_info(child.id) is None
    dialog.reject()


def test_the_emergency_number_is_set_in_settings_and_checked(qtbot, services, events, show):
    page = SettingsPage(services, events)
    show(page)
    assert page.emergency_combo.currentText() == "112"
    page.caregiver_edit.setText("Abuela Carmen")
    page.emergency_combo.setEditText("91 1")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.errors["emergency_number"].text() == (
        "'91 1' is not a phone number: use digits only, such as 112"
    )
    assert services.redflags.emergency_number() == "112"
    assert services.settings.caregiver_name() == "Maria", "nothing else saved either"
    page.emergency_combo.setCurrentIndex(page.emergency_combo.findText("999"))
    with qtbot.waitSignal(events.settings_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.redflags.emergency_number() == "999"
    assert page.emergency_combo.currentText() == "999"

"""The Family & care team page: children added and edited through their dialog, and the
chosen child's care team added, edited and removed (with undo)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.core.records import Child, Sex
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.child_dialog import ChildDialog
from caregiver_app.ui.dialogs.contact_dialog import ContactDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.pages.family_page import FamilyPage


@pytest.fixture
def page(
    services: AppServices, events: DataEvents, show: Callable[[QWidget], QWidget]
) -> FamilyPage:
    family = FamilyPage(services, events)
    show(family)
    return family


def test_a_child_is_added_through_the_dialog(qtbot, page, services, events):
    assert page.child_details.text().startswith("Add your child")
    qtbot.mouseClick(page.add_child_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog)
    assert dialog.isVisible()
    assert dialog.diagnosis_edit.toPlainText().startswith("Autosomal recessive malignant")

    qtbot.keyClicks(dialog.name_edit, "Pablo")
    qtbot.keyClicks(dialog.birth_date.edit, "2021-06-02")
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("male"))
    qtbot.keyClicks(dialog.allergies_edit, "Penicillin")
    chosen: list[str] = []
    page.child_chosen.connect(chosen.append)
    with qtbot.waitSignal(events.family_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [pablo] = services.family.children()
    assert (pablo.name, pablo.birth_date.isoformat(), pablo.sex) == (
        "Pablo",
        "2021-06-02",
        Sex.MALE,
    )
    assert pablo.allergies == "Penicillin"
    assert pablo.diagnosis.startswith("Autosomal recessive malignant osteopetrosis")
    assert chosen == [pablo.id], "the new child becomes the current one"
    assert page.children_list.count() == 1
    assert page.children_list.item(0).text() == "Pablo\n5 years, 5 months"
    assert page.team_heading.text() == "Care team for Pablo"
    assert page.feedback.text() == "Saved Pablo's details."
    assert page.dialog is None


def test_problems_in_the_child_dialog_are_shown_by_field_and_nothing_is_saved(
    qtbot, page, services
):
    qtbot.mouseClick(page.add_child_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog)
    dialog.birth_date.edit.setText("2027-01-01")
    dialog.save()
    assert dialog.isVisible(), "the dialog stays open with what was typed"
    assert dialog.form.errors["name"].text() == "is required"
    assert dialog.form.errors["born"].text() == "is in the future"
    assert not dialog.form.errors["sex"].isVisible()
    assert services.family.children() == []
    dialog.reject()


def test_a_child_is_edited_through_the_dialog(qtbot, page, services, child, events):
    events.family_changed.emit()
    page.set_child(child.id)
    qtbot.mouseClick(page.edit_child_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ChildDialog)
    assert dialog.name_edit.text() == "Lucía"
    assert dialog.birth_date.edit.text() == "2024-03-15"
    assert dialog.sex_combo.currentData() == "female"
    dialog.notes_edit.setPlainText("Hearing aids since May")
    dialog.save()
    assert services.family.child(child.id).notes == "Hearing aids since May"
    assert "Notes: Hearing aids since May" in page.child_details.text()


def test_a_contact_is_added_edited_and_removed_with_undo(qtbot, page, services, child, events):
    events.family_changed.emit()
    page.set_child(child.id)
    assert page.no_contacts.isVisible()
    qtbot.mouseClick(page.add_contact_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ContactDialog)
    dialog.role_combo.setCurrentIndex(0)
    assert dialog.role_combo.currentText() == "Haematologist"
    qtbot.keyClicks(dialog.name_edit, "Dr. Ana Ruiz")
    qtbot.keyClicks(dialog.phone_edit, "+34 912 345 678")
    qtbot.keyClicks(dialog.email_edit, "ana.ruiz@hospital.example")
    qtbot.keyClicks(dialog.place_edit, "Hospital La Paz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [contact] = services.family.contacts(child.id)
    assert (contact.role, contact.name, contact.phone) == (
        "Haematologist",
        "Dr. Ana Ruiz",
        "+34 912 345 678",
    )
    assert contact.email == "ana.ruiz@hospital.example"
    assert contact.place == "Hospital La Paz"
    assert page.contacts_table.rowCount() == 1
    assert page.contacts_table.item(0, 1).text() == "Dr. Ana Ruiz"
    assert page.remove_contact_button.isEnabled(), "the new contact is selected"

    qtbot.mouseClick(page.edit_contact_button, Qt.MouseButton.LeftButton)
    editor = page.dialog
    assert isinstance(editor, ContactDialog)
    assert editor.name_edit.text() == "Dr. Ana Ruiz"
    editor.phone_edit.setText("+34 900 000 000")
    editor.save()
    assert services.family.contacts(child.id)[0].phone == "+34 900 000 000"

    qtbot.mouseClick(page.remove_contact_button, Qt.MouseButton.LeftButton)
    assert services.family.contacts(child.id) == []
    assert page.feedback.text() == "Removed Dr. Ana Ruiz (Haematologist) from the care team."
    qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in services.family.contacts(child.id)] == [contact.id]
    assert page.contacts_table.rowCount() == 1


def test_contact_problems_are_shown_by_field(qtbot, page, services, child, events):
    events.family_changed.emit()
    page.set_child(child.id)
    page.add_contact()
    dialog = page.dialog
    assert isinstance(dialog, ContactDialog)
    dialog.role_combo.setEditText("Dentist")
    dialog.name_edit.setText("Dr. Gil")
    dialog.phone_edit.setText("call the clinic")
    dialog.email_edit.setText("gil-at-clinic")
    dialog.save()
    assert dialog.form.errors["phone"].text().startswith("use digits, spaces")
    assert dialog.form.errors["email"].text() == "is not an address like name@example.org"
    assert not dialog.form.errors["role"].isVisible()
    assert services.family.contacts(child.id) == []
    dialog.reject()


def test_choosing_a_child_in_the_list_shows_their_care_team(
    qtbot, page, services, child: Child, second_child: Child, events
):
    services.family.add_contact(second_child.id, role="Dentist", name="Dr. Gil")
    events.family_changed.emit()
    chosen: list[str] = []
    page.child_chosen.connect(chosen.append)
    page.set_child(child.id)
    assert page.contacts_table.rowCount() == 0
    page.children_list.setCurrentRow(0)  # Pablo is older, listed first
    assert chosen == [second_child.id]
    assert page.team_heading.text() == "Care team for Pablo"
    assert page.contacts_table.item(0, 0).text() == "Dentist"

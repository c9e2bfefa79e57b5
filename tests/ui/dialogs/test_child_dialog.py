"""The child dialog saves through the family service and keeps everything on a problem."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.core.records import DEFAULT_DIAGNOSIS
from caregiver_app.ui.dialogs.child_dialog import ChildDialog


def test_a_new_child_starts_with_the_diagnosis_and_a_blank_birth_date(services, show):
    dialog = ChildDialog(services)
    show(dialog)
    assert dialog.windowTitle() == "Add your child"
    assert dialog.diagnosis_edit.toPlainText() == DEFAULT_DIAGNOSIS
    assert dialog.birth_date.edit.text() == ""
    assert dialog.sex_combo.currentText() == "Not stated"
    dialog.reject()


def test_enter_in_a_field_saves(qtbot, services, show):
    dialog = ChildDialog(services)
    show(dialog)
    qtbot.keyClicks(dialog.name_edit, "Pablo")
    qtbot.keyClicks(dialog.birth_date.edit, "2021-06-02")
    qtbot.keyClick(dialog.birth_date.edit, Qt.Key.Key_Return)
    assert [c.name for c in services.family.children()] == ["Pablo"]
    assert dialog.saved is not None
    assert dialog.saved.name == "Pablo"
    assert not dialog.isVisible()


def test_cancel_saves_nothing(qtbot, services, show):
    dialog = ChildDialog(services)
    show(dialog)
    dialog.name_edit.setText("Pablo")
    dialog.birth_date.edit.setText("2021-06-02")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert services.family.children() == []
    assert dialog.saved is None


def test_a_problem_keeps_the_dialog_open_with_the_text_and_focuses_the_field(
    qtbot, services, child, show
):
    dialog = ChildDialog(services, child)
    show(dialog)
    assert dialog.windowTitle() == "Edit child"
    dialog.name_edit.setText("")
    dialog.notes_edit.setPlainText("keep me")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.form.errors["name"].text() == "is required"
    assert dialog.focusWidget() is dialog.name_edit
    assert dialog.notes_edit.toPlainText() == "keep me"
    assert services.family.child(child.id).name == "Lucía"
    dialog.reject()


def test_a_busy_diary_is_explained_in_the_dialog_and_everything_stays(
    qtbot, services, show, diary_busy
):
    dialog = ChildDialog(services)
    show(dialog)
    dialog.name_edit.setText("Pablo")
    dialog.birth_date.edit.setText("2021-06-02")
    with diary_busy():
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.general.text() == (
        "Not saved: The diary is busy: another window or command is saving. Try again in a "
        "moment. Try Save again in a moment."
    )
    assert dialog.name_edit.text() == "Pablo"
    assert services.family.children() == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in services.family.children()] == ["Pablo"]
    assert not dialog.isVisible()

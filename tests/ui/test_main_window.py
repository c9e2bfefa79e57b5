"""The main window: sections by list or Ctrl+1..8, one current child for every page, the
window and the child remembered, and the welcome on a first run."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caregiver_app.ui.dialogs.restore_dialog import RestoreDialog
from caregiver_app.ui.main_window import CHILD_KEY, GEOMETRY_KEY, MainWindow
from caregiver_app.ui.pages.diary_page import DiaryPage
from caregiver_app.ui.pages.today_page import draft_key


def press(qtbot, keys: str) -> None:
    """Presses e.g. "Ctrl+6" where the keyboard focus is, as a user would."""
    modifier_name, key_name = keys.split("+")
    modifier = {"Ctrl": Qt.KeyboardModifier.ControlModifier}[modifier_name]
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{key_name}"), modifier)


def test_ctrl_1_to_8_switch_sections_and_focus_their_first_field(qtbot, make_window, child):
    window = make_window()
    assert window.current_page() is window.today_page
    press(qtbot, "Ctrl+6")
    assert window.current_page() is window.guidance_page
    assert window.nav.currentRow() == MainWindow.GUIDANCE
    assert window.nav.currentItem().text() == "When to seek care"
    press(qtbot, "Ctrl+7")
    assert window.current_page() is window.family_page
    assert window.nav.currentRow() == MainWindow.FAMILY
    assert QApplication.focusWidget() is window.family_page.children_list
    press(qtbot, "Ctrl+8")
    assert window.current_page() is window.settings_page
    assert QApplication.focusWidget() is window.settings_page.caregiver_edit
    press(qtbot, "Ctrl+2")
    assert window.current_page() is window.diary_page
    press(qtbot, "Ctrl+1")
    assert window.current_page() is window.today_page
    assert QApplication.focusWidget() is window.today_page.filter_edit


def test_clicking_a_section_in_the_list_shows_it(make_window, child):
    window = make_window()
    window.nav.setCurrentRow(MainWindow.SETTINGS)
    assert window.current_page() is window.settings_page


def test_a_single_child_is_shown_plainly(make_window, child):
    window = make_window()
    assert not window.child_combo.isVisible()
    assert window.child_name.text() == "Lucía (2 years, 8 months)"
    assert window.today_page.heading.text() == "How is Lucía today?"


def test_the_child_selector_sets_the_child_on_every_page(
    qtbot, make_window, child, second_child, monkeypatch
):
    diary_children: list[str | None] = []
    original = DiaryPage.set_child

    def recording_set_child(page: DiaryPage, child_id: str | None) -> None:
        diary_children.append(child_id)
        original(page, child_id)

    monkeypatch.setattr(DiaryPage, "set_child", recording_set_child)
    window = make_window()
    assert window.child_combo.isVisible()
    assert window.child_combo.count() == 2
    # Children are listed oldest first; the first one is current on a first start.
    assert window.current_child_id() == second_child.id
    assert diary_children == [], "the diary loads nothing until it is opened"

    window.child_combo.setCurrentIndex(window.child_combo.findData(child.id))
    assert window.current_child_id() == child.id
    assert window.today_page.heading.text() == "How is Lucía today?"

    window.show_page(MainWindow.DIARY)
    assert diary_children == [child.id]
    window.show_page(MainWindow.FAMILY)
    assert window.family_page.children_list.currentItem().text().startswith("Lucía")
    assert window.family_page.team_heading.text() == "Care team for Lucía"

    # Choosing a child on the Family page makes it current everywhere.
    pablo_row = [c.id for c in window.family_page._children].index(second_child.id)
    window.family_page.children_list.setCurrentRow(pablo_row)
    assert window.current_child_id() == second_child.id
    assert window.child_combo.currentData() == second_child.id
    window.show_page(MainWindow.TODAY)
    assert window.today_page.heading.text() == "How is Pablo today?"
    window.show_page(MainWindow.DIARY)
    assert diary_children == [child.id, second_child.id]


def test_window_geometry_and_child_are_remembered(
    qtbot, services, make_window, child, second_child
):
    window = make_window()
    window.child_combo.setCurrentIndex(window.child_combo.findData(child.id))
    window.resize(780, 596)  # within the offscreen screen (800x600)
    window.close()
    geometry = services.settings.get_raw(GEOMETRY_KEY)
    assert geometry, "the window's place is stored"
    assert geometry.isascii(), "as plain base64 text, never pickled"
    assert services.settings.get_raw(CHILD_KEY) == child.id

    again = make_window()
    assert again.current_child_id() == child.id
    assert (again.width(), again.height()) == (780, 596)


def test_a_new_child_becomes_current_when_there_was_none(qtbot, services, events, make_window):
    window = make_window()
    assert window.current_child_id() is None
    assert window.child_name.text() == "No child added yet"
    assert window.today_page.add_child_button.isVisible()
    lucia = services.family.add_child(name="Lucía", birth_date="2024-03-15")
    events.family_changed.emit()
    assert window.current_child_id() == lucia.id
    assert window.today_page.save_button.isVisible()


def test_the_welcome_is_offered_only_on_a_first_run(qtbot, services, make_window):
    window = make_window()
    assert window.needs_welcome()
    welcome = window.show_welcome()
    assert welcome.isVisible()
    assert welcome.isModal()
    qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert services.settings.welcome_done()
    assert not window.needs_welcome()


def test_closing_the_window_keeps_the_quick_entry_draft(qtbot, services, make_window, child):
    window = make_window()
    window.today_page.notes.setPlainText("fell off the sofa")
    window.close()  # before the half-second autosave
    again = make_window()
    assert again.today_page.notes.toPlainText() == "fell off the sofa"


def test_the_status_line_says_who_is_logging_and_follows_settings(
    services, events, make_window, child
):
    window = make_window()
    assert window.status.text().startswith("Logging as Maria")
    services.settings.set_caregiver_name("Javier")
    events.settings_changed.emit()
    assert window.status.text().startswith("Logging as Javier")
    assert "Europe/Madrid" in window.status.text()


def test_keys_several_pages_use_act_only_on_the_page_shown(qtbot, services, make_window, child):
    """Ctrl+S and Ctrl+F live on more than one page; a hidden page never takes them (Qt
    would warn about an ambiguous shortcut, and the warning fails the test)."""
    window = make_window()
    press(qtbot, "Ctrl+8")
    window.settings_page.caregiver_edit.setText("Abuela Carmen")
    window.today_page.notes.setPlainText("a note that must not be saved by Ctrl+S here")
    press(qtbot, "Ctrl+S")
    assert services.settings.caregiver_name() == "Abuela Carmen"
    assert services.diary.entries_on(child.id, services.diary.today()) == []
    press(qtbot, "Ctrl+2")
    press(qtbot, "Ctrl+F")
    assert window.current_page() is window.diary_page
    press(qtbot, "Ctrl+1")
    window.today_page.notes.setFocus()
    press(qtbot, "Ctrl+F")
    assert QApplication.focusWidget() is window.today_page.filter_edit


def test_adding_the_child_in_the_welcome_opens_their_today_page(qtbot, services, make_window):
    window = make_window()
    welcome = window.show_welcome()
    welcome.child_name.setText("Lucía")
    welcome.birth_date.edit.setText("2024-03-15")
    qtbot.mouseClick(welcome.add_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    [lucia] = services.family.children()
    assert window.current_child_id() == lucia.id
    assert window.today_page.heading.text() == "How is Lucía today?"
    assert window.child_name.text() == "Lucía (2 years, 8 months)"


def test_closing_while_the_draft_cannot_be_stored_asks_and_stay_keeps_it(
    qtbot, services, child, make_window, diary_busy, message_boxes
):
    window = make_window()
    window.today_page.notes.setPlainText("Fell on the stairs, left arm swollen")
    message_boxes.answer = QMessageBox.StandardButton.Cancel  # "Stay"
    with diary_busy():
        window.close()
    [(kind, text)] = message_boxes.shown
    assert kind == "exec"
    assert text.startswith("What you are typing on the Today page could not be stored")
    assert "kept" not in text, "nothing claims the draft was kept"
    assert window.isVisible(), "the window stays, with the entry in it"
    assert window.today_page.notes.toPlainText() == "Fell on the stairs, left arm swollen"
    assert services.settings.get_raw(draft_key(child.id)) == ""

    window.close()  # the diary is free again: closes without asking, and keeps the draft
    assert not window.isVisible()
    assert len(message_boxes.shown) == 1
    stored = json.loads(services.settings.get_raw(draft_key(child.id)))
    assert stored["notes"] == "Fell on the stairs, left arm swollen"


def test_closing_anyway_while_the_diary_is_busy_closes(
    services, child, make_window, diary_busy, message_boxes
):
    window = make_window()
    window.today_page.notes.setPlainText("typed, never stored")
    message_boxes.answer = QMessageBox.StandardButton.Yes  # "Close anyway"
    with diary_busy():
        window.close()
    assert len(message_boxes.shown) == 1
    assert not window.isVisible()


def test_the_typed_draft_survives_a_restore(services, events, child, make_window):
    older = services.backups.backup_now()  # a backup without any draft
    window = make_window()
    window.today_page.notes.setPlainText("Nosebleed 20 min, stopped with pressure")
    window.today_page.flush_draft()
    dialog = RestoreDialog(services, events, window)
    dialog._replace_diary(older.path)  # what Restore does once the family said yes
    dialog.deleteLater()
    assert window.today_page.notes.toPlainText() == "Nosebleed 20 min, stopped with pressure"
    stored = json.loads(services.settings.get_raw(draft_key(child.id)))
    assert stored["notes"] == "Nosebleed 20 min, stopped with pressure", "written again"
    window.today_page.notes.setPlainText("Nosebleed 20 min, stopped with pressure; slept")
    window.close()
    stored = json.loads(services.settings.get_raw(draft_key(child.id)))
    assert stored["notes"] == "Nosebleed 20 min, stopped with pressure; slept"


def test_when_to_seek_care_is_built_only_when_first_shown(qtbot, make_window, child):
    window = make_window()
    assert MainWindow.GUIDANCE not in window._care_pages
    assert type(window.page_widget(MainWindow.GUIDANCE)) is QWidget, "a stand-in until shown"
    window.nav.setCurrentRow(MainWindow.GUIDANCE)
    assert window.current_page() is window.guidance_page
    assert window._care_pages[MainWindow.GUIDANCE] is window.guidance_page
    assert window.guidance_page.child_id() == child.id

"""The Diary page: days and entries of one child, filters (symptom, period, words in the
notes), edit through the dialog, delete with undo, and friendly empty states."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialog, QWidget

from caregiver_app.core.records import Child, DiaryFilter
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.models.diary_model import Column, DiaryRole
from caregiver_app.ui.pages.diary_page import DiaryPage

TODAY = date(2026, 11, 21)  # conftest's clock: Saturday, 10:00 in Madrid
DISPLAY = Qt.ItemDataRole.DisplayRole


def log(
    services: AppServices,
    child: Child,
    days_ago: int,
    clock_time: str | None,
    symptom: str = "fever",
    severity: str = "mild",
    notes: str = "",
) -> str:
    return services.diary.log(
        child.id,
        day=(TODAY - timedelta(days=days_ago)).isoformat(),
        clock_time=clock_time,
        symptom=symptom,
        severity=severity,
        notes=notes,
    ).id


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def diary(services: AppServices, child: Child) -> dict[str, str]:
    ids = {
        "headache": log(services, child, 0, "08:15", "headache", "severe", "woke up crying"),
        "fever": log(services, child, 0, "07:40", "fever", "moderate", "38.4, down 50% by noon"),
        "bone": log(services, child, 1, "21:10", "bone_pain", "mild", "left_leg sore"),
        "pale": log(services, child, 3, None, "pallor_tiredness", "mild", "pale at school"),
        "old": log(services, child, 40, "12:00", "fever", "mild", "500 ml of water"),
    }
    services.diary.mark_nothing_unusual(child.id, TODAY - timedelta(days=2))
    return ids


@pytest.fixture
def show(qtbot) -> Callable[[QWidget], QWidget]:
    """Shows a widget as the active window, so its shortcuts work as on a desktop."""

    def show_widget(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(1100, 750)
        widget.show()
        widget.activateWindow()
        qtbot.waitActive(widget)
        return widget

    return show_widget


@pytest.fixture
def page(services, events, child, diary, show) -> DiaryPage:
    diary_page = DiaryPage(services, events)
    show(diary_page)
    diary_page.set_child(child.id)
    return diary_page


def shown_ids(page: DiaryPage) -> list[str]:
    return page.model.entry_ids()


def select(page: DiaryPage, entry_id: str) -> None:
    page.tree.setFocus()
    assert page.select_entry(entry_id)
    assert page.selected_entry_id() == entry_id


def close_dialog(page: DiaryPage) -> None:
    dialog = page.entry_dialog
    assert dialog is not None
    dialog.done(QDialog.DialogCode.Rejected)  # as Cancel does, once any change is discarded
    assert page.entry_dialog is None


def test_the_page_shows_every_day_expanded_newest_first_with_a_count(page, diary):
    assert page.heading.text() == "Lucía's diary"
    assert page.count_label.text() == "5 entries in the diary, and 1 day with nothing unusual"
    assert page.stack.currentWidget() is page.tree
    model = page.model
    days = [model.index(row, 0).data(DiaryRole.DAY) for row in range(model.rowCount())]
    assert days == [TODAY - timedelta(days=n) for n in (0, 1, 2, 3, 40)]
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        assert page.tree.isExpanded(index) or not model.hasChildren(index)
    assert shown_ids(page) == [diary[k] for k in ("headache", "fever", "bone", "pale", "old")]
    assert not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert not page.clear_button.isEnabled()


def test_enter_opens_the_editor_and_the_saved_change_shows_in_the_db_and_the_view(
    qtbot, page, services, events, diary
):
    select(page, diary["bone"])
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = page.entry_dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.notes.setFocus()
    dialog.notes.selectAll()
    qtbot.keyClicks(dialog.notes, "right arm, after a fall")
    qtbot.mouseClick(dialog.severity.button("severe"), Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(events.diary_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = services.diary.entry(diary["bone"])
    assert (stored.notes, stored.severity.value) == ("right arm, after a fall", "severe")
    assert page.entry_dialog is None
    assert page.selected_entry_id() == diary["bone"], "the edited entry stays selected"
    row = page.tree.currentIndex()
    assert row.siblingAtColumn(Column.NOTES).data(DISPLAY) == "right arm, after a fall"
    assert row.siblingAtColumn(Column.SEVERITY).data(DISPLAY) == "Severe"


def test_a_date_change_moves_the_entry_to_its_new_day_and_keeps_it_selected(
    qtbot, page, services, diary
):
    select(page, diary["headache"])
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.entry_dialog
    dialog.date_edit.setDate(QDate(2026, 11, 18))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    index = page.tree.currentIndex()
    assert page.model.entry_id(index) == diary["headache"]
    assert index.data(DiaryRole.DAY) == date(2026, 11, 18)
    assert page.model.index(0, 0).data(DiaryRole.SUMMARY) == "1 entry"


def test_a_problem_in_the_editor_keeps_it_open_and_changes_nothing(qtbot, page, services, diary):
    before = services.diary.entry(diary["pale"])
    select(page, diary["pale"])
    qtbot.keyClick(page.tree, Qt.Key.Key_Enter)
    dialog = page.entry_dialog
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "is in the future" in dialog.form.errors["date"].text()
    assert services.diary.entry(diary["pale"]) == before
    close_dialog(page)


def double_click(qtbot, page: DiaryPage, index: QModelIndex) -> None:
    # A real double-click starts with a click (QTest's alone is press + double-click).
    where = page.tree.visualRect(index).center()
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_double_click_opens_the_editor_for_an_entry_but_not_for_a_day(qtbot, page, diary):
    double_click(qtbot, page, page.model.index(0, 0))
    assert page.entry_dialog is None
    assert not page.edit_button.isEnabled(), "a day row is not an entry"

    double_click(qtbot, page, page.model.index_for_entry(diary["fever"], Column.SYMPTOM))
    assert page.entry_dialog is not None
    assert page.entry_dialog.symptom_combo.currentData() == "fever"
    close_dialog(page)


def test_delete_key_deletes_and_the_undo_button_brings_the_entry_back(
    qtbot, page, services, child, events, diary
):
    select(page, diary["fever"])
    with qtbot.waitSignal(events.diary_changed) as changed:
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)

    assert changed.args == [child.id]
    assert diary["fever"] not in shown_ids(page)
    assert services.diary.entry(diary["fever"]).meta.deleted_at is not None
    assert (
        page.feedback.text()
        == "Entry deleted: Fever (Moderate), Saturday, 21 November 2026, 07:40."
    )
    assert page.feedback.undo_button.isVisible()
    assert page.selected_entry_id() == diary["bone"], "the next entry takes its place"

    with qtbot.waitSignal(events.diary_changed):
        qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)

    assert diary["fever"] in shown_ids(page)
    assert services.diary.entry(diary["fever"]).meta.deleted_at is None
    assert page.selected_entry_id() == diary["fever"]
    assert page.feedback.text() == "Entry restored."


def test_ctrl_z_undoes_deletes_one_at_a_time(qtbot, page, services, diary):
    select(page, diary["headache"])
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.selected_entry_id() == diary["fever"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert diary["headache"] not in shown_ids(page)
    assert diary["fever"] not in shown_ids(page)

    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert diary["fever"] in shown_ids(page)
    assert diary["headache"] not in shown_ids(page)
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert diary["headache"] in shown_ids(page)
    assert page.selected_entry_id() == diary["headache"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert len(shown_ids(page)) == 5


def test_the_symptom_filter_shows_only_that_symptom(qtbot, page, diary):
    page.symptom_combo.setFocus()
    page.symptom_combo.setCurrentIndex(page.symptom_combo.findData("fever"))
    assert shown_ids(page) == [diary["fever"], diary["old"]]
    assert page.model.quiet_day_count() == 0, "quiet days say nothing about one symptom"
    assert page.count_label.text() == "2 entries match these filters"
    assert page.clear_button.isEnabled()


def test_the_period_filter_and_a_custom_range(qtbot, page, diary):
    page.period_combo.setCurrentIndex(page.period_combo.findData("7d"))
    assert diary["old"] not in shown_ids(page)
    assert len(shown_ids(page)) == 4
    assert not page.from_edit.isVisible()

    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    assert page.from_edit.isVisible()
    assert page.to_edit.isVisible()
    page.from_edit.setDate(QDate(2026, 11, 18))
    page.to_edit.setDate(QDate(2026, 11, 20))
    assert shown_ids(page) == [diary["bone"], diary["pale"]]
    assert page.model.quiet_day_count() == 1, "the quiet day inside the range shows"

    page.from_edit.setDate(QDate(2026, 11, 21))  # after "to": "to" follows
    assert page.to_edit.date() == QDate(2026, 11, 21)
    assert shown_ids(page) == [diary["headache"], diary["fever"]]


def test_search_waits_for_typing_to_pause_and_treats_percent_and_underscore_literally(
    qtbot, page, diary
):
    qtbot.keyClicks(page.search_edit, "50%")
    assert len(shown_ids(page)) == 5, "nothing happens while typing"
    qtbot.waitUntil(lambda: shown_ids(page) == [diary["fever"]], timeout=2_000)
    assert diary["old"] not in shown_ids(page), "500 ml does not match 50%"

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "d_wn")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter searches at once
    assert shown_ids(page) == [], "'_' is no wildcard: 'down' does not match d_wn"
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "left_leg")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert shown_ids(page) == [diary["bone"]]


def test_clear_filters_shows_everything_again(qtbot, page, diary):
    page.symptom_combo.setCurrentIndex(page.symptom_combo.findData("fever"))
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    qtbot.keyClicks(page.search_edit, "38")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert shown_ids(page) == [diary["fever"]]

    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(page)) == 5
    assert page.symptom_combo.currentIndex() == 0
    assert page.period_combo.currentData() == "all"
    assert page.search_edit.text() == ""
    assert not page.from_edit.isVisible()
    assert not page.clear_button.isEnabled()


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, page):
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit


def test_when_nothing_matches_the_page_says_so_and_offers_to_clear(qtbot, page, diary):
    qtbot.keyClicks(page.search_edit, "no such words")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == 1
    assert page.empty_title.text() == "No entries match these filters"
    assert page.empty_clear_button.isVisible()
    assert page.count_label.text() == "0 entries match these filters"

    qtbot.mouseClick(page.empty_clear_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.tree
    assert len(shown_ids(page)) == 5


def test_a_child_without_entries_sees_nothing_logged_yet(services, events, show):
    newborn = services.family.add_child(name="Ana", birth_date="2026-10-01", sex="female")
    empty = DiaryPage(services, events)
    show(empty)
    empty.set_child(newborn.id)
    assert empty.stack.currentIndex() == 1
    assert empty.empty_title.text() == "Nothing logged yet"
    assert not empty.empty_clear_button.isVisible()
    empty.set_child(None)
    assert empty.empty_title.text() == "No child chosen"
    assert empty.heading.text() == "Diary"


def test_entries_of_another_child_never_show(qtbot, page, services, child, events, diary):
    brother = services.family.add_child(name="Pablo", birth_date="2021-06-02", sex="male")
    theirs = log(services, brother, 0, "09:00", "fever", "severe", "Pablo's fever")
    events.diary_changed.emit(brother.id)
    assert theirs not in shown_ids(page)
    qtbot.keyClicks(page.search_edit, "Pablo")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert shown_ids(page) == []

    page.clear_filters()
    select(page, diary["fever"])
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    page.set_child(brother.id)
    assert shown_ids(page) == [theirs]
    assert page.heading.text() == "Pablo's diary"
    assert page.feedback.text() == "", "the undo bar belonged to the other child"
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.diary.entry(diary["fever"]).meta.deleted_at is not None
    assert shown_ids(page) == [theirs]


def test_a_change_made_elsewhere_refreshes_and_keeps_the_selection(
    qtbot, page, services, child, events, diary
):
    select(page, diary["pale"])
    new = log(services, child, 0, "09:30", "headache", "mild", "logged on the Today page")
    events.diary_changed.emit(child.id)
    assert shown_ids(page)[0] == new
    assert page.selected_entry_id() == diary["pale"]


def test_a_hidden_page_reloads_only_when_shown_again(qtbot, page, services, child, events):
    page.hide()
    new = log(services, child, 0, "09:45", "vomiting", "moderate")
    events.diary_changed.emit(child.id)
    assert new not in shown_ids(page), "no work while nobody looks"
    page.show()
    assert new in shown_ids(page)


def test_every_focusable_control_has_an_accessible_name(page):
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    select(page, page.model.entry_ids()[0])
    page.delete_selected()  # the undo bar shows its button
    focusable = [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget.parent(), QAbstractSpinBox)  # a date edit's insides
    ]
    assert {page.search_edit, page.symptom_combo, page.period_combo, page.tree} <= set(focusable)
    assert page.feedback.undo_button in focusable
    assert page.from_edit in focusable
    assert [w for w in focusable if not w.accessibleName()] == []


def test_the_filter_in_force_is_what_the_model_shows(page, child):
    page.symptom_combo.setCurrentIndex(page.symptom_combo.findData("fever"))
    page.period_combo.setCurrentIndex(page.period_combo.findData("30d"))
    assert page.diary_filter() == DiaryFilter(
        child.id, symptom="fever", start=TODAY - timedelta(days=29)
    )
    assert page.model.diary_filter() == page.diary_filter()


BUSY = "The diary is busy: another window or command is saving. Try again in a moment"


def test_a_busy_diary_keeps_the_deleted_entry_ready_to_undo(
    qtbot, page, services, events, diary, diary_busy
):
    select(page, diary["fever"])
    with diary_busy():
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
        assert page.feedback.text() == f"Not deleted: {BUSY}. Try again in a moment."
    assert services.diary.entry(diary["fever"]).meta.deleted_at is None
    assert diary["fever"] in shown_ids(page)

    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert services.diary.entry(diary["fever"]).meta.deleted_at is not None
    with diary_busy():
        qtbot.mouseClick(page.feedback.undo_button, Qt.MouseButton.LeftButton)
        assert page.feedback.text() == f"Not restored: {BUSY}. Try Undo again in a moment."
        assert page.feedback.undo_button.isVisible(), "Undo can be tried again"
        qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.diary.entry(diary["fever"]).meta.deleted_at is not None

    # The entry was kept in line: Ctrl+Z brings it back once the diary is free.
    with qtbot.waitSignal(events.diary_changed):
        qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.diary.entry(diary["fever"]).meta.deleted_at is None
    assert diary["fever"] in shown_ids(page)
    assert page.feedback.text() == "Entry restored."


def test_a_busy_diary_is_explained_in_the_editor_which_stays_open(
    qtbot, page, services, diary, diary_busy
):
    select(page, diary["bone"])
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    dialog = page.entry_dialog
    assert dialog is not None
    dialog.notes.setPlainText("right arm")
    with diary_busy():
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.general.text() == f"Not saved: {BUSY}. Try again in a moment."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.diary.entry(diary["bone"]).notes == "right arm"
    assert page.entry_dialog is None

"""The red-flag alert, driven through the real window: a severe headache logged on the Today
page opens the emergency alert (after the save, never inside it) with the team's number;
the acknowledgement and note are stored and listed in the history; the same episode never
alerts twice (a second headache, a delete and its undo); imports and old entries are listed
without a dialog each; a failed check never fails a save."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from caregiver_app.core.redflag_alerts import FamilyAction, HowRaised
from caregiver_app.services.interchange import InterchangeService
from caregiver_app.services.redflags import RedFlagsService
from caregiver_app.storage.interchange import symptom_csv_bytes
from caregiver_app.ui.dialogs.red_flag_alert import RedFlagAlertDialog
from caregiver_app.ui.dialogs.restore_dialog import RestoreDialog
from caregiver_app.ui.main_window import MainWindow
from tests.ui.test_accessibility import unnamed_focusable

TEAM_PHONE = "+34 600 000 004"


@pytest.fixture
def window(services, child, make_window) -> MainWindow:
    services.family.add_contact(
        child.id,
        role="Haematologist",
        name="Dr. Haddad",
        phone=TEAM_PHONE,
        place="Children's hospital",
    )
    return make_window()


def log_on_today(qtbot, window: MainWindow, symptom: str, severity: str) -> None:
    """Picks a symptom and how bad it is and presses Save, as a parent would."""
    today = window.today_page
    qtbot.mouseClick(today.symptoms.button(symptom), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.severity.button(severity), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)


def wait_for_alert(qtbot, window: MainWindow) -> RedFlagAlertDialog:
    qtbot.waitUntil(lambda: window.red_flag_watcher.dialog is not None)
    dialog = window.red_flag_watcher.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def no_alert_after_events(qtbot, window: MainWindow) -> None:
    qtbot.wait(20)  # the watcher works from the event loop: let it run
    assert window.red_flag_watcher.dialog is None


def test_a_severe_headache_logged_on_today_shows_the_emergency_alert_with_the_teams_number(
    qtbot, services, child, window
):
    log_on_today(qtbot, window, "headache", "severe")
    # The save completed first: the entry is stored and shown, and no alert opened inside it.
    [entry] = services.diary.entries_on(child.id, services.diary.today())
    assert window.today_page.feedback.text() == "Saved: Headache, severe, 10:00"
    assert window.red_flag_watcher.dialog is None, "never opened from inside the save"

    dialog = wait_for_alert(qtbot, window)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.parent() is window
    assert dialog.level_label.text() == "Emergency: Call the emergency number now."
    assert dialog.title_label.text() == "Raised pressure in the head, for Lucía"
    assert dialog.reason_label.text() == (
        "A severe headache was logged; it can be a sign of raised pressure inside the head."
    )
    assert dialog.action_label.text().startswith("Call the emergency number now")
    assert "Headache (severe): Today, 10:00" in dialog.logged_label.text()
    assert [button.text() for button in dialog.numbers.buttons] == ["112", TEAM_PHONE]
    assert unnamed_focusable(dialog) == []
    assert window.today_page.feedback.text() == "Saved: Headache, severe, 10:00", "still shown"
    assert dialog.alert.entry_ids == {entry.id}

    # The team's number is one click away: copied, and shown large.
    qtbot.mouseClick(dialog.numbers.buttons[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == TEAM_PHONE
    assert dialog.numbers.shown.text() == (
        f"Haematologist (Dr. Haddad, Children's hospital): {TEAM_PHONE}"
    )
    dialog.reject()


def test_the_acknowledgement_and_note_are_stored_and_listed_in_the_history(
    qtbot, services, child, window
):
    log_on_today(qtbot, window, "headache", "severe")
    dialog = wait_for_alert(qtbot, window)
    qtbot.mouseClick(dialog.action_buttons[FamilyAction.CALLED_TEAM], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note_edit, "Dr. Haddad: come to the day unit at 12")
    qtbot.mouseClick(dialog.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [alert] = services.redflags.history(child.id)
    assert (alert.action, alert.note, alert.acknowledged_by) == (
        FamilyAction.CALLED_TEAM,
        "Dr. Haddad: come to the day unit at 12",
        "Maria",
    )
    assert alert.how is HowRaised.SAVE
    window.show_page(MainWindow.GUIDANCE)
    assert window.guidance_page.history_rows() == [
        [
            "Today, 10:00",
            "Emergency",
            "Raised pressure in the head",
            "when it was logged",
            "Called the care team",
            "Dr. Haddad: come to the day unit at 12",
        ]
    ]


def test_the_same_episode_does_not_alert_twice(qtbot, services, child, window):
    log_on_today(qtbot, window, "headache", "severe")
    wait_for_alert(qtbot, window).reject()
    qtbot.waitUntil(lambda: window.red_flag_watcher.dialog is None)

    # A second headache within the episode joins it.
    log_on_today(qtbot, window, "headache", "severe")
    no_alert_after_events(qtbot, window)
    assert len(services.diary.entries_on(child.id, services.diary.today())) == 2

    # Deleting the first entry and undoing it, in the diary.
    [first, _second] = services.diary.entries_on(child.id, services.diary.today())
    window.show_page(MainWindow.DIARY)
    diary = window.diary_page
    diary.tree.setFocus()
    assert diary.select_entry(first.id)
    qtbot.mouseClick(diary.delete_button, Qt.MouseButton.LeftButton)
    no_alert_after_events(qtbot, window)
    qtbot.mouseClick(diary.feedback.undo_button, Qt.MouseButton.LeftButton)
    assert services.diary.entry(first.id).meta.deleted_at is None
    no_alert_after_events(qtbot, window)

    [alert] = services.redflags.history(child.id)
    assert len(alert.entry_ids) == 2
    assert not alert.acknowledged, "Later leaves it to acknowledge from the history"


def test_later_leaves_the_alert_in_the_history_to_acknowledge_there(qtbot, services, child, window):
    log_on_today(qtbot, window, "seizure", "mild")
    qtbot.mouseClick(wait_for_alert(qtbot, window).later_button, Qt.MouseButton.LeftButton)
    window.show_page(MainWindow.GUIDANCE)
    page = window.guidance_page
    assert page.tabs.tabText(page.HISTORY_TAB) == "Red flags history (1 not acknowledged)"
    assert page.history_rows()[0][4] == "Not acknowledged yet"

    page.history_table.selectRow(0)
    qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RedFlagAlertDialog)
    dialog.action_buttons[FamilyAction.CALLED_EMERGENCY].click()
    qtbot.mouseClick(dialog.acknowledge_button, Qt.MouseButton.LeftButton)
    assert page.history_rows()[0][4] == "Called the emergency number"
    assert page.tabs.tabText(page.HISTORY_TAB) == "Red flags history"
    assert page.feedback.text() == "Saved what you did."


def test_a_note_too_long_is_shown_and_nothing_is_acknowledged(qtbot, services, child, window):
    log_on_today(qtbot, window, "seizure", "mild")
    dialog = wait_for_alert(qtbot, window)
    dialog.note_edit.setPlainText("x" * 2001)
    qtbot.mouseClick(dialog.acknowledge_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "the dialog stays with what was typed"
    assert dialog.form.errors["note"].text().startswith("is too long")
    assert dialog.note_edit.toPlainText() == "x" * 2001
    assert not services.redflags.history(child.id)[0].acknowledged
    dialog.reject()


def test_two_alerts_of_one_save_are_shown_one_after_the_other_emergency_first(
    qtbot, services, child, events, window
):
    for symptom in ("fever", "seizure"):
        services.diary.log(
            child.id, day="2026-11-21", clock_time="09:00", symptom=symptom, severity="mild"
        )
    events.diary_changed.emit(child.id)  # as a page does after saving
    first = wait_for_alert(qtbot, window)
    assert first.level_label.text() == "Emergency: Call the emergency number now."
    first.reject()
    qtbot.waitUntil(
        lambda: (
            window.red_flag_watcher.dialog is not None
            and window.red_flag_watcher.dialog is not first
        )
    )
    second = window.red_flag_watcher.dialog
    assert second.level_label.text() == "Urgent: Contact the care team today."
    second.reject()


def test_an_imported_diary_is_listed_without_a_dialog_for_each_old_episode(
    qtbot, services, child, events, window
):
    data = symptom_csv_bytes(
        [
            ("2026-09-01", "08:00", "seizure", "mild", "", "Ana"),
            ("2026-10-05", "", "fever", "moderate", "", "Ana"),
            ("2026-10-20", "07:30", "headache", "severe", "", "Ana"),
        ]
    )
    InterchangeService.for_app(services).import_symptom_csv(child.id, data)
    events.diary_changed.emit(child.id)  # as the window does after an import
    no_alert_after_events(qtbot, window)
    window.show_page(MainWindow.GUIDANCE)
    rows = window.guidance_page.history_rows()
    assert [row[2] for row in rows] == [
        "Raised pressure in the head",
        "Fever or infection",
        "Seizure",
    ]
    assert {row[3] for row in rows} == {"from an imported diary"}


def test_a_tooth_problem_after_a_recorded_extraction_alerts_when_the_extraction_is_saved(
    qtbot, services, child, events, window
):
    services.diary.log(
        child.id, day="2026-11-20", clock_time="18:00", symptom="tooth_problem", severity="mild"
    )
    events.diary_changed.emit(child.id)
    no_alert_after_events(qtbot, window)
    services.dental.add_event(
        child.id, day="2026-11-10", kind="extraction", tooth="51", antibiotic_cover="given"
    )
    events.dental_changed.emit(child.id)  # as the Teeth page does after saving
    dialog = wait_for_alert(qtbot, window)
    assert dialog.title_label.text() == "Possible jaw infection, for Lucía"
    dialog.reject()


def test_entries_saved_before_the_window_opened_are_listed_quietly(
    qtbot, services, child, make_window
):
    services.diary.log(
        child.id, day="2026-11-20", clock_time="21:00", symptom="seizure", severity="mild"
    )
    window = make_window()
    qtbot.waitUntil(lambda: not services.redflags.needs_catch_up())
    no_alert_after_events(qtbot, window)
    [alert] = services.redflags.history(child.id)
    assert alert.how is HowRaised.CATCH_UP
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            "Red flags were found in entries from the last 7 days that were saved outside this "
            "window (1)."
        )
    )


def test_a_check_that_fails_never_fails_the_save_and_is_tried_again(
    qtbot, services, child, window, monkeypatch
):
    real_sync = RedFlagsService.sync

    def busy(*_args: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(RedFlagsService, "sync", busy)
    log_on_today(qtbot, window, "headache", "severe")
    assert len(services.diary.entries_on(child.id, services.diary.today())) == 1
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Red flags could not be checked just now (database is locked).")
    )
    assert window.red_flag_watcher.dialog is None

    monkeypatch.setattr(RedFlagsService, "sync", real_sync)
    log_on_today(qtbot, window, "fever", "mild")
    dialog = wait_for_alert(qtbot, window)  # the headache, missed before, comes first
    assert dialog.title_label.text() == "Raised pressure in the head, for Lucía"
    dialog.reject()
    qtbot.waitUntil(
        lambda: (
            window.red_flag_watcher.dialog is not None
            and window.red_flag_watcher.dialog is not dialog
        )
    )
    window.red_flag_watcher.dialog.reject()


def test_a_restored_backups_old_episodes_are_listed_not_shown(
    qtbot, services, child, events, make_window
):
    services.diary.log(
        child.id, day="2026-11-02", clock_time="21:00", symptom="seizure", severity="mild"
    )
    older = services.backups.backup_now()  # from before red flags were ever checked
    window = make_window()
    qtbot.waitUntil(lambda: not services.redflags.needs_catch_up())
    services.diary.log(
        child.id, day="2026-11-21", clock_time="09:00", symptom="fever", severity="mild"
    )
    dialog = RestoreDialog(services, events, window)
    dialog._replace_diary(older.path)  # what Restore does once the family said yes
    dialog.deleteLater()
    no_alert_after_events(qtbot, window)
    [alert] = services.redflags.history(child.id)
    assert (alert.rule, alert.how) == ("seizure", HowRaised.CATCH_UP)

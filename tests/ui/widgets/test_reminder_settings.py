"""The reminder settings on the Settings page: days before a check, hours before an
appointment, dose reminders on or off; saved on their own, without touching what the family
is typing in the settings above them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caregiver_app.ui.pages.settings_page import SettingsPage
from caregiver_app.ui.widgets.reminder_settings import ReminderSettings
from tests.ui.test_accessibility import unnamed_focusable


def test_the_reminder_settings_are_saved_on_their_own(qtbot, services, events, show):
    page = SettingsPage(services, events)
    show(page)
    section = page.reminder_settings
    assert (section.days_spin.value(), section.hours_spin.value()) == (14, 2)
    assert section.doses_check.isChecked()
    assert section.appointment_note.text() == (
        "An appointment also reminds the evening before, at 18:00. 0 hours: only the evening "
        "before."
    )
    page.caregiver_edit.setText("Ana (typed, not saved yet)")

    section.days_spin.setValue(30)
    section.hours_spin.setValue(0)
    section.doses_check.setChecked(False)
    with qtbot.waitSignal(events.reminder_settings_changed):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    chosen = services.reminders.preferences()
    assert (chosen.check_days_before, chosen.appointment_hours_before) == (30, 0)
    assert not chosen.doses_enabled
    assert section.feedback.text() == "Reminder settings saved."
    assert page.caregiver_edit.text() == "Ana (typed, not saved yet)"
    assert services.settings.caregiver_name() == "Maria"
    assert unnamed_focusable(page) == []


def test_a_busy_diary_keeps_the_choices_and_says_so(qtbot, services, events, show, diary_busy):
    section = ReminderSettings(services, events)
    show(section)
    section.days_spin.setValue(21)
    with diary_busy():
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.feedback.text().startswith("The reminder settings were not saved (")
    assert section.days_spin.value() == 21
    assert services.reminders.preferences().check_days_before == 14

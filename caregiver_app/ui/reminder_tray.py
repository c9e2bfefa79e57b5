"""The window's side of the reminders: the ticker over the window's services, re-planned when
the data changes, and a tray notification for what fires, where the desktop has a tray.

Every reminder is also in the window (the Today page's reminders panel): many Linux desktops
and every test run have no tray. Whether there is one is asked of
``QSystemTrayIcon.isSystemTrayAvailable()``; ``supportsMessages()`` says yes on desktops that
then show nothing, so it is not trusted. The tray icon appears with the first reminder, not
at start-up; clicking it or its message brings the window forward. The taskbar asks for
attention as well (``QApplication.alert``), tray or not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon, QWidget

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.reminders.scheduler import CatchUpReason, ReminderTicker
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.single_instance import bring_to_front

if TYPE_CHECKING:
    from caregiver_app.core.reminders import ReminderOccurrence

#: How long a tray message stays (the desktop may keep it in its list for longer).
MESSAGE_MS = 20_000
#: A tray message lists at most this many reminders, then says how many more.
MESSAGE_LINES = 4


class ReminderTray(QObject):
    """Shows what the ticker found as one tray message per catch-up."""

    def __init__(self, ticker: ReminderTicker, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        #: The tray icon, once a reminder came and the desktop has a tray.
        self.icon: QSystemTrayIcon | None = None
        #: The last message shown (title, text), for tests and logs.
        self.last_message: tuple[str, str] | None = None
        ticker.caught_up.connect(self.notify)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def notify(self, items: list[ReminderOccurrence], reason: str) -> None:
        QApplication.alert(self._window)
        if not items or not self.available():
            return
        title, text = self.message(items, reason)
        if self.icon is None:
            self.icon = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.icon.setToolTip(APP_DISPLAY_NAME)
            self.icon.activated.connect(self.raise_window)
            self.icon.messageClicked.connect(self.raise_window)
            self.icon.show()
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.last_message = (title, text)

    def message(self, items: list[ReminderOccurrence], reason: str) -> tuple[str, str]:
        from caregiver_app.ui.widgets.reminders_panel import missed_heading, reminder_line

        lines = [reminder_line(item) for item in items[:MESSAGE_LINES]]
        if len(items) > MESSAGE_LINES:
            lines.append(self.tr("and {count} more").format(count=len(items) - MESSAGE_LINES))
        if reason == CatchUpReason.TICK.value:
            title = self.tr("Reminder") if len(items) == 1 else self.tr("Reminders")
        else:
            title = missed_heading(CatchUpReason(reason))
        return title, "\n".join(lines)

    def raise_window(self) -> None:
        bring_to_front(self._window)


def window_reminders(services: AppServices, events: DataEvents, window: QWidget) -> ReminderTicker:
    """The window's ticker (not started: ``run_window`` starts it after the first paint),
    re-planned when what is due may have changed, with its tray notifications."""
    ticker = ReminderTicker(services, window)
    ticker.watch(
        events.medicines_changed,
        events.appointments_changed,
        events.checks_changed,
        events.settings_changed,
        events.reminder_settings_changed,
        events.family_changed,
    )
    ReminderTray(ticker, window)
    if isinstance(window, QMainWindow):
        ticker.problem.connect(window.statusBar().showMessage)
    return ticker

"""Watches the diary for red flags as it is written, and shows each new one.

After every change of a child's diary or dental records (``diary_changed``,
``dental_changed``) the watcher asks ``services.redflags.sync(child, "save")`` which episodes
that change raised, and opens the alert dialog for each, emergency first, one after the
other. It works from the event loop (``QTimer.singleShot(0, ...)``), never from inside the
save: the save has completed and the page has shown the saved entry before any alert opens,
and a failure here never fails a save.

When the window opens, the watcher first catches the diary up with the app's rules (see
``services/redflags.py``): episodes of entries that reached the diary another way are stored
quietly and listed in the history, never shown one dialog each. It runs just after the
window's first paint (so start-up does not wait for it), before the family can save
anything; a check that comes first catches up before it looks."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.core.messages import UserError
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents

if TYPE_CHECKING:
    from caregiver_app.core.redflag_alerts import RedFlagAlert
    from caregiver_app.ui.dialogs.red_flag_alert import RedFlagAlertDialog

#: A catch-up mentions the episodes that went on this recently (older ones are history).
RECENT = timedelta(days=7)


class RedFlagWatcher(QObject):
    #: A child's alerts changed (raised, grown or acknowledged): the history refreshes.
    alerts_changed = Signal(str)
    #: Something to say in the status bar (a catch-up found recent red flags, or a check
    #: could not run).
    notice = Signal(str)

    def __init__(self, services: AppServices, events: DataEvents, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._pending: set[str] = set()
        self._queue: list[RedFlagAlert] = []
        self._started = False
        self._stopped = False
        #: The alert dialog while it is open (tests drive it).
        self.dialog: RedFlagAlertDialog | None = None
        events.diary_changed.connect(self._changed)
        events.dental_changed.connect(self._changed)
        # The catch-up reads the rules and maybe the whole diary: after the first paint.
        self._start_queued = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._start_queued:
            self._start_queued = True
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.start)  # dropped if the window is gone
        return False

    def stop(self) -> None:
        """The services are closed (the diary moved): nothing more is read or written."""
        self._stopped = True
        self._queue.clear()

    def start(self) -> None:
        """Catches the diary up with the rules, once, quietly (see the module's doc)."""
        if self._started or self._stopped:
            return
        self._started = True
        redflags = self._services.redflags
        try:
            if not redflags.needs_catch_up():
                return
            raised = redflags.catch_up()
        except (UserError, sqlite3.Error) as error:
            self._problem(error)
            return
        since = self._services.clock.now() - RECENT
        recent = [alert for alert in raised if alert.last_at >= since]
        for child_id in sorted({alert.child_id for alert in raised}):
            self.alerts_changed.emit(child_id)
        if recent:
            self.notice.emit(
                self.tr(
                    "Red flags were found in entries from the last 7 days that were saved "
                    "outside this window ({count}). See “When to seek care”, Red flags history."
                ).format(count=len(recent))
            )

    def _changed(self, child_id: str) -> None:
        if child_id in self._pending or self._stopped:
            return
        self._pending.add(child_id)
        QTimer.singleShot(0, self, lambda: self.check(child_id))

    def check(self, child_id: str) -> None:
        """Raises the child's new episodes and shows those a save raised."""
        self._pending.discard(child_id)
        if self._stopped:
            return
        self.start()
        from caregiver_app.core.guidance import LEVEL_ORDER
        from caregiver_app.core.redflag_alerts import HowRaised

        try:
            raised = self._services.redflags.sync(child_id, HowRaised.SAVE)
        except (UserError, sqlite3.Error) as error:
            self._problem(error)
            return
        except KeyError:
            return  # the child is gone (a restore without them)
        self.alerts_changed.emit(child_id)
        shown = [alert for alert in raised if alert.how is HowRaised.SAVE]
        self._queue += sorted(shown, key=lambda alert: (LEVEL_ORDER[alert.level], alert.first_at))
        self._show_next()

    def _problem(self, error: UserError | sqlite3.Error) -> None:
        reason = error.render(translate) if isinstance(error, UserError) else str(error)
        self.notice.emit(
            self.tr(
                "Red flags could not be checked just now ({reason}). They are checked again "
                "at the next save."
            ).format(reason=reason.rstrip("."))
        )

    def _show_next(self) -> None:
        if self.dialog is not None or not self._queue or self._stopped:
            return
        from caregiver_app.ui.dialogs.red_flag_alert import RedFlagAlertDialog

        alert = self._queue.pop(0)
        dialog = RedFlagAlertDialog(self._services, alert, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acknowledged.connect(lambda _id: self.alerts_changed.emit(alert.child_id))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        QApplication.alert(self._window)  # the taskbar asks for attention too

    def _dialog_closed(self) -> None:
        self.dialog = None
        QTimer.singleShot(0, self, self._show_next)

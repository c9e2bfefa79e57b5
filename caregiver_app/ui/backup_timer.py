"""The daily backup while the window is open.

A few seconds after :meth:`BackupTimer.start`, and then every hour, it asks the backup
service for the day's backup (made at most once a calendar day in the family's time zone,
then old daily backups are pruned). Checking every hour means a window left open over
midnight still backs up the new day.

The backup runs on the GUI thread: the SQLite connection belongs to it, and a backup of ten
years of diary takes about a second (the file is copied through the backup API and checked
with ``integrity_check``). The first one waits a few seconds, so the first paint and the
family's first clicks come first; the later ones happen once a day at most, and ticks that
find today's backup already made only list the backups folder.

A failure the family can act on (disk full, folder gone) is reported through :attr:`problem`
as a sentence, never raised; so is a USB stick that was not plugged in for the extra copy."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.storage.backup import BackupInfo
from caregiver_app.storage.database import StorageError

FIRST_DELAY_MS = 5_000
INTERVAL_MS = 60 * 60 * 1000


class BackupTimer(QObject):
    #: A daily backup was made (its BackupInfo).
    made = Signal(object)
    #: What went wrong, in a sentence for the status bar.
    problem = Signal(str)

    def __init__(
        self,
        services: AppServices,
        interval_ms: int = INTERVAL_MS,
        first_delay_ms: int = FIRST_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._interval_ms = interval_ms
        self._first_delay_ms = first_delay_ms
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._timeout)

    def start(self) -> None:
        self._timer.start(self._first_delay_ms)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def _timeout(self) -> None:
        if self._timer.interval() != self._interval_ms:
            self._timer.setInterval(self._interval_ms)  # after the first, short wait
        self.tick()

    def tick(self) -> BackupInfo | None:
        """Makes today's backup if it is due; returns it (None: not due, or it failed)."""
        try:
            info = self._services.backups.backup_if_due()
        except StorageError as error:
            self.problem.emit(
                self.tr("Today's backup was not made. {reason}").format(
                    reason=error.render(translate)
                )
            )
            return None
        if info is None:
            return None
        self.made.emit(info)
        if info.extra_error is not None:
            self.problem.emit(info.extra_error.render(translate))
        return info

""" "Back up now", wherever the window offers it (Settings, About): the backup, then what to
tell the family, in one place so both say the same thing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.storage.backup import BackupInfo
from caregiver_app.storage.database import StorageError
from caregiver_app.ui.backup_words import BackupWords
from caregiver_app.ui.bidi import left_to_right


@dataclass(frozen=True)
class BackupOutcome:
    #: What to show: where the backup went and what it holds, or why none was made.
    message: str
    #: Something went wrong (no backup, or its extra copy failed): show it as a problem.
    problem: bool
    #: The backup made, or None when none was.
    info: BackupInfo | None


class BackupNow(QObject):
    """In the context "BackupNow"."""

    def run(self, services: AppServices) -> BackupOutcome:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = services.backups.backup_now()
        except StorageError as error:
            return BackupOutcome(error.render(translate), True, None)
        finally:
            QGuiApplication.restoreOverrideCursor()
        message = self.tr("Backup made ({entries}), in {folder}.").format(
            entries=BackupWords(self).holds(info), folder=left_to_right(str(info.path.parent))
        )
        if info.extra_error is not None:
            return BackupOutcome(message + "\n" + info.extra_error.render(translate), True, info)
        if info.extra_copy is not None:
            message += "\n" + self.tr("A copy is also in {folder}.").format(
                folder=left_to_right(str(info.extra_copy.parent))
            )
        return BackupOutcome(message, False, info)


def back_up_now(services: AppServices) -> BackupOutcome:
    """Makes a backup now (a manual one: never deleted) and says how it went."""
    return BackupNow().run(services)

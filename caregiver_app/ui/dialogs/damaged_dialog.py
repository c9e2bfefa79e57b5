"""Shown at start when the diary file was damaged and has been set aside.

It says in plain words what happened and where the damaged file is, then offers the newest
good backup, or an empty diary (the damaged file stays where it is either way). On success
the dialog holds the opened services; closing it changes nothing more.

The family's own settings (time zone, language) are in the file that could not be read, so
dates here are in the computer's time zone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caregiver_app.core.clock import Clock, SystemClock
from caregiver_app.core.timeutil import system_zone_name
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices, open_app
from caregiver_app.services.backups import restore_into_empty
from caregiver_app.storage.backup import BackupInfo
from caregiver_app.storage.database import StorageError
from caregiver_app.ui.backup_words import BackupWords
from caregiver_app.ui.widgets.basics import FieldError, big_button, heading, plain_label


class DamagedDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        moved_to: Path,
        good_backup: BackupInfo | None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._good_backup = good_backup
        self._clock = clock or SystemClock()
        words = BackupWords(self)
        #: The family's diary, opened, once they chose how to go on.
        self.services: AppServices | None = None
        self.setWindowTitle(self.tr("The diary file was damaged"))
        self.setMinimumWidth(640)

        what_happened = plain_label(
            self.tr(
                "The diary file could not be read; it was damaged, which can happen after a "
                "crash or when the disk is full. It has been set aside, untouched, at "
                "{moved_to}."
            ).format(moved_to=moved_to)
        )
        what_happened.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button: QPushButton | None = None
        if good_backup is not None:
            when = words.moment(good_backup.made_at, system_zone_name())
            holds = words.holds(good_backup)
            offer = plain_label(
                self.tr(
                    "Your newest good backup is from {date} ({entries}). Restoring it puts "
                    "the diary back as it was then; anything written after that is not in it."
                ).format(date=when, entries=holds)
            )
            # The date is in the sentence above: the button stays short enough for any screen.
            self.restore_button = big_button(
                self.tr("Restore this backup"),
                self.tr("Restore the backup from {date} ({entries})").format(
                    date=when, entries=holds
                ),
            )
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self.restore_backup)
        else:
            offer = plain_label(
                self.tr(
                    "There is no good backup to put back: you can start again with an empty diary. "
                    "The damaged file is kept where it is, in case someone can recover "
                    "entries from it. If you have a backup somewhere else, such as a USB "
                    "stick, you can put it back later in Settings, under Backups."
                )
            )
        self.empty_button = big_button(
            self.tr("Start with an empty diary"),
            self.tr("Start with an empty diary; the damaged file is kept"),
        )
        self.empty_button.clicked.connect(self.start_empty)
        if self.restore_button is None:
            self.empty_button.setDefault(True)
        self.quit_button = big_button(
            self.tr("Close the app"), self.tr("Close the app without changing anything")
        )
        self.quit_button.clicked.connect(self.reject)
        self.error = FieldError()

        later = plain_label(
            self.tr("Whatever you choose, the damaged file and your backups stay where they are.")
        )
        later.setVisible(good_backup is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        if self.restore_button is not None:
            buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Your diary could not be opened"), 1.3))
        layout.addWidget(what_happened)
        layout.addWidget(offer)
        layout.addWidget(later)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def restore_backup(self) -> None:
        if self._good_backup is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restore_into_empty(self._data_dir, self._good_backup.path)
            self._open()
        except StorageError as error:
            self.error.set_texts([error.render(translate)])
        finally:
            QGuiApplication.restoreOverrideCursor()

    def start_empty(self) -> None:
        try:
            self._open()
        except StorageError as error:
            self.error.set_texts([error.render(translate)])

    def _open(self) -> None:
        self.services = open_app(self._data_dir, self._clock)
        self.error.clear()
        self.accept()

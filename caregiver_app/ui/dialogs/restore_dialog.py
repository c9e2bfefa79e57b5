"""Put the diary back as it was when a backup was made.

The backups are listed newest first with when they were made (in the family's time zone),
what made them and how many entries they hold; a backup that cannot be read is listed but
cannot be chosen. Restoring asks first, then backs up the current diary (so it can be undone:
the dialog's Undo, or restoring that "Before a restore" backup later), replaces the diary in
place and tells every page to reload. A failure changes nothing and says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.storage.backup import BackupInfo, read_backup_info
from caregiver_app.storage.database import StorageError
from caregiver_app.ui.backup_words import BackupWords
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.widgets.basics import (
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    scaled_font,
)

WHEN, WHAT, HOLDS = range(3)
PATH_ROLE = Qt.ItemDataRole.UserRole
#: Rows as tall as a button: easy to hit, easy to read.
ROW_HEIGHT = 34


class RestoreDialog(QDialog):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._words = BackupWords(self)
        self._backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(760, 520)

        intro = plain_label(
            self.tr(
                "Choose the moment to go back to. What is in the diary now is saved as a "
                "backup first, so you can undo this."
            )
        )
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setHeaderLabels([self.tr("Made on"), self.tr("What made it"), self.tr("Entries")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setFont(scaled_font(self.list, 1.1))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HOLDS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item, _column: self.restore_selected())
        self.empty_note = plain_label(
            self.tr(
                "There is no backup yet. The first one is made a few seconds after the app "
                "opens, and then every day."
            )
        )

        self.restore_button = big_button(self.tr("Restore…"), self.tr("Restore the chosen backup"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = big_button(
            self.tr("Choose a backup file…"),
            self.tr("Restore a backup file from another place, such as a USB stick"),
        )
        self.file_button.clicked.connect(self.choose_file)
        self.close_button = big_button(self.tr("Close"), self.tr("Close this window"))
        self.close_button.clicked.connect(self.accept)
        self.feedback = FeedbackBar()
        self.feedback.undo_button.setAccessibleName(self.tr("Undo the restore"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Restore from a backup"), 1.3))
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self.reload()

    # Listing -----------------------------------------------------------------------------

    def reload(self, select: Path | None = None) -> None:
        """Lists the backups again, newest first, and selects ``select`` (or the newest one
        that can be restored)."""
        self._backups = self._services.backups.backups()
        zone = self._services.settings.time_zone()
        today = self._services.diary.today()
        self.list.clear()
        chosen: QTreeWidgetItem | None = None
        for info in self._backups:
            item = QTreeWidgetItem(
                [
                    self._words.recent_moment(info.made_at, zone, today),
                    self._words.reason(info.reason),
                    self._words.holds(info),
                ]
            )
            item.setSizeHint(WHEN, QSize(0, ROW_HEIGHT))
            item.setData(WHEN, PATH_ROLE, str(info.path))
            item.setToolTip(WHEN, str(info.path))
            item.setTextAlignment(
                HOLDS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            if not info.sound:
                # Listed, so the family sees it is there, but it cannot be chosen.
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(
                    HOLDS,
                    self.tr("This backup is damaged or is not a diary; it cannot be restored."),
                )
            self.list.addTopLevelItem(item)
            if info.sound and (
                (select is not None and info.path == select) or (select is None and chosen is None)
            ):
                chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.setVisible(bool(self._backups))
        self.empty_note.setVisible(not self._backups)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        items = self.list.selectedItems()
        if not items:
            return None
        path = Path(str(items[0].data(WHEN, PATH_ROLE)))
        return next((b for b in self._backups if b.path == path and b.sound), None)

    def select_backup(self, path: Path) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(WHEN, PATH_ROLE) == str(path):
                self.list.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    # Restoring ---------------------------------------------------------------------------

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self.restore(backup)

    def choose_file(self) -> None:
        start = self._services.backups.extra_folder() or self._services.backups.folder()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            str(start),
            self.tr("Diary backups (*.sqlite3);;All files (*)"),
        )
        if not name:
            return
        info = read_backup_info(Path(name))
        if not info.sound:
            self.feedback.show_message(
                self.tr(
                    "{path} cannot be restored: it is damaged, is not a backup of this diary, "
                    "or was made by a newer version of the app. Nothing was changed."
                ).format(path=name),
                problem=True,
            )
            return
        self.restore(info)

    def restore(self, backup: BackupInfo) -> bool:
        """Asks, then restores ``backup``; True if the diary was replaced."""
        zone = self._services.settings.time_zone()
        when = self._words.moment(backup.made_at, zone)
        question = self.tr(
            "Put back the diary as it was on {date} ({entries})? What is in the diary now is "
            "saved first, so you can undo this."
        ).format(date=when, entries=self._words.holds(backup))
        if not self._confirm(question):
            return False
        try:
            safety = self._replace_diary(backup.path)
        except StorageError as error:
            self.feedback.show_message(error.render(translate), problem=True)
            return False
        self.reload(select=backup.path)
        self.feedback.show_message(
            self.tr(
                "Done: the diary is back as it was on {date}.\nWhat was in it just before is "
                "saved as the backup “Before a restore” of {time} in this list (the file "
                "{path}). To go back, press Undo, or restore that backup later."
            ).format(
                date=when,
                time=self._words.moment(safety.made_at, zone),
                path=safety.path,
            ),
            lambda: self._undo(safety, when),
        )
        return True

    def _undo(self, safety: BackupInfo, restored_when: str) -> None:
        try:
            self._replace_diary(safety.path)
        except StorageError as error:
            self.feedback.show_message(error.render(translate), problem=True)
            return
        self.reload(select=safety.path)
        self.feedback.show_message(
            self.tr(
                "Undone: the diary is as it was before you restored the backup from {date}."
            ).format(date=restored_when)
        )

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_DISPLAY_NAME,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes.value

    def _replace_diary(self, backup: Path) -> BackupInfo:
        """Restores ``backup`` (StorageError: nothing changed) and tells every page."""
        before = {child.id for child in self._services.family.children()}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            safety = self._services.backups.restore(backup)
        finally:
            QGuiApplication.restoreOverrideCursor()
        after = {child.id for child in self._services.family.children()}
        # Children may have appeared or gone: the window reloads them first, then each
        # child's diary (including those now empty), then anything showing settings.
        self._events.family_changed.emit()
        for child_id in sorted(before | after):
            self._events.diary_changed.emit(child_id)
        self._events.settings_changed.emit()
        return safety

"""Settings: who is logging, the family's time zone, the language, where the data is, and
backups (where they are, the last one, a copy on a USB stick, making one now, restoring one).

The list of time zones is read from the system the first time the page is shown, not at
start-up (it touches hundreds of files). Backup actions take effect at once; only the fields
at the top wait for "Save settings"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.messages import Problem, UserError, ValidationFailed
from caregiver_app.core.redflag_alerts import COMMON_EMERGENCY_NUMBERS, validate_emergency_number
from caregiver_app.core.timeutil import zone_names
from caregiver_app.core.validation import validate_caregiver_name, validate_zone
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.services.backups import KEEP_DAILY, KEEP_MONTHLY
from caregiver_app.services.settings import LANGUAGES
from caregiver_app.storage.backup import BackupInfo
from caregiver_app.storage.database import StorageError
from caregiver_app.ui.backup_now import back_up_now
from caregiver_app.ui.backup_words import BackupWords
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    section_label,
)
from caregiver_app.ui.widgets.field_form import FieldForm
from caregiver_app.ui.widgets.reminder_settings import ReminderSettings

#: A readable width on a wide screen; the fields do not need the whole window.
CONTENT_MAX_WIDTH = 760

#: Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "ar": "العربية"}


class SettingsPage(QWidget):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._zones_loaded = False

        self.caregiver_edit = QLineEdit()
        self.caregiver_edit.setPlaceholderText(self.tr("e.g. Maria (mum)"))
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.setMinimumWidth(320)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System default"), "")
        for code in LANGUAGES:
            if code:
                self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_note = plain_label(
            self.tr("The new language is used the next time you open the app.")
        )
        self.language_note.hide()
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        self.emergency_combo = QComboBox()
        self.emergency_combo.setEditable(True)
        self.emergency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.emergency_combo.addItems(list(COMMON_EMERGENCY_NUMBERS))
        self.emergency_combo.setMinimumWidth(160)
        self.emergency_combo.setMaximumWidth(240)
        self.emergency_note = plain_label(
            self.tr(
                "Shown with every red-flag alert. 112 in Europe and many other countries, 911 "
                "in North America, 999 in the United Kingdom, 000 in Australia; type yours if "
                "it is another."
            )
        )

        self.data_path = QLineEdit(str(services.data_dir))
        self.data_path.setReadOnly(True)
        self.data_path.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.copy_path_button = big_button(
            self.tr("Copy"), self.tr("Copy the data folder's location")
        )
        self.copy_path_button.clicked.connect(self.copy_data_path)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.data_path, 1)
        path_layout.addWidget(self.copy_path_button)

        self.form = FieldForm()
        self.form.add(
            "caregiver", self.tr("&Who is logging"), self.caregiver_edit, self.tr("Who is logging")
        )
        self.form.add(
            "time_zone", self.tr("Family &time zone"), self.zone_combo, self.tr("Family time zone")
        )
        self.form.add("language", self.tr("&Language"), self.language_combo, self.tr("Language"))
        self.form.addRow("", self.language_note)
        self.form.add(
            "emergency_number",
            self.tr("&Emergency number"),
            self.emergency_combo,
            self.tr("Local emergency phone number"),
        )
        self.form.addRow("", self.emergency_note)
        self.form.add(
            "data_dir", self.tr("Your data is in"), path_row, self.tr("Data folder location")
        )
        self.data_path.setAccessibleName(self.tr("Data folder location"))

        self.save_button = big_button(self.tr("Save settings"))
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        self.feedback = FeedbackBar()

        self._build_backups()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Settings")))
        form_holder = QWidget()
        form_holder.setLayout(self.form)
        form_holder.setMaximumWidth(CONTENT_MAX_WIDTH)
        layout.addWidget(form_holder)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Everything you write stays in this folder on this computer. Nothing is "
                    "sent anywhere. Keep a copy of the folder somewhere safe."
                )
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        layout.addSpacing(16)
        self.reminder_settings = ReminderSettings(self._services, self._events)
        self.reminder_settings.setMaximumWidth(CONTENT_MAX_WIDTH)
        layout.addWidget(self.reminder_settings)
        layout.addSpacing(16)
        layout.addWidget(self.backups_section)
        layout.addStretch(1)

        # The page is taller than a small laptop's window once Backups is below the settings.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll_area = scroll
        _same_label_width(self.form, self.reminder_settings.form, self.backup_form)
        #: The dialog currently open over the page, if any (tests drive it).
        self.dialog: QDialog | None = None
        self._backup_words = BackupWords(self)
        self._events.settings_changed.connect(self._settings_changed_elsewhere)
        self.load()

    def _build_backups(self) -> None:
        self.backup_path = QLineEdit(str(self._services.backups.folder()))
        self.backup_path.setReadOnly(True)
        self.backup_path.setAccessibleName(self.tr("Where the backups are"))
        self.last_backup_label = plain_label("")
        self.last_backup_label.setWordWrap(False)
        self.last_backup_label.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.extra_path = QLineEdit()
        self.extra_path.setReadOnly(True)
        self.extra_path.setPlaceholderText(
            self.tr("No folder chosen: backups stay on this computer")
        )
        self.extra_path.setAccessibleName(self.tr("Folder where backups are also copied"))
        self.extra_path.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.choose_extra_button = big_button(
            self.tr("Choose a folder…"),
            self.tr("Choose a folder, such as a USB stick, to copy backups to"),
        )
        self.choose_extra_button.clicked.connect(self.choose_extra_folder)
        self.stop_extra_button = big_button(
            self.tr("Stop copying there"), self.tr("Stop copying backups to that folder")
        )
        self.stop_extra_button.clicked.connect(self.stop_extra_folder)
        extra_row = QWidget()
        extra_layout = QHBoxLayout(extra_row)
        extra_layout.setContentsMargins(0, 0, 0, 0)
        extra_layout.addWidget(self.extra_path, 1)
        extra_layout.addWidget(self.choose_extra_button)
        extra_layout.addWidget(self.stop_extra_button)
        self.extra_note = plain_label("")
        self.extra_note.hide()

        self.backup_form = FieldForm()
        self.backup_form.add(
            "folder", self.tr("Backups are in"), self.backup_path, self.tr("Where the backups are")
        )
        self.backup_form.add(
            "last", self.tr("Last backup"), self.last_backup_label, self.tr("Last backup")
        )
        self.backup_form.add(
            "extra_folder",
            self.tr("Also copy them to"),
            extra_row,
            self.tr("Folder where backups are also copied"),
        )
        self.backup_form.addRow("", self.extra_note)

        self.backup_now_button = big_button(
            self.tr("Back up now"), self.tr("Make a backup of the diary now")
        )
        self.backup_now_button.setMinimumWidth(200)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = big_button(
            self.tr("Restore from a backup…"),
            self.tr("Put the diary back as it was when a backup was made"),
        )
        self.restore_button.clicked.connect(self.open_restore_dialog)
        self.backup_feedback = FeedbackBar()

        self.backups_section = QWidget()
        self.backups_section.setMaximumWidth(CONTENT_MAX_WIDTH)
        section = QVBoxLayout(self.backups_section)
        section.setContentsMargins(0, 0, 0, 0)
        section.addWidget(section_label(self.tr("Backups")))
        section.addWidget(
            plain_label(
                self.tr(
                    "A backup of the diary is made every day while the app is open. The "
                    "backups of the last {days} days, and one for each of the last {months} "
                    "months, are kept. Backups you make yourself are never deleted."
                ).format(days=KEEP_DAILY, months=KEEP_MONTHLY)
            )
        )
        backup_form_holder = QWidget()  # as the settings form: the same margins
        backup_form_holder.setLayout(self.backup_form)
        section.addWidget(backup_form_holder)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_now_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        section.addLayout(actions)
        section.addWidget(self.backup_feedback)

    def showEvent(self, event: QShowEvent) -> None:
        self._load_zones()
        self.refresh_backups()  # the daily backup may have been made since
        super().showEvent(event)

    def _load_zones(self) -> None:
        if self._zones_loaded:
            return
        self._zones_loaded = True
        current = self.zone_combo.currentText()
        names = zone_names()
        self.zone_combo.addItems(names)
        completer = QCompleter(QStringListModel(names, self), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentIndex(-1)
        self.zone_combo.setEditText(current)

    def load(self) -> None:
        settings = self._services.settings
        self.caregiver_edit.setText(settings.caregiver_name())
        self.zone_combo.setEditText(settings.time_zone())
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language()))
        )
        self.language_combo.blockSignals(False)
        self.language_note.hide()
        self.emergency_combo.setCurrentIndex(-1)
        self.emergency_combo.setEditText(self._services.redflags.emergency_number())
        self.form.clear_problems()
        self.refresh_backups()

    def _language_picked(self) -> None:
        self.language_note.setVisible(
            self.language_combo.currentData() != self._services.settings.language()
        )

    def copy_data_path(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.data_path.text())
        self.feedback.show_message(self.tr("The folder's location is copied."))

    def save(self) -> None:
        caregiver = self.caregiver_edit.text()
        zone = self.zone_combo.currentText().strip()
        # Check both before writing either, so a problem never leaves half the settings saved.
        problems: list[Problem] = []
        try:
            validate_caregiver_name(caregiver)
        except ValidationFailed as failed:
            problems.extend(failed.problems)
        validate_zone("time_zone", zone, problems)
        emergency_number = self.emergency_combo.currentText()
        try:
            validate_emergency_number(emergency_number)
        except ValidationFailed as failed:
            problems.extend(failed.problems)
        if problems:
            self.feedback.clear()
            self.form.show_problems(ValidationFailed(problems))
            return
        settings = self._services.settings
        language_changed = self.language_combo.currentData() != settings.language()
        try:
            with self._services.database.transaction():  # all of them, or none
                settings.set_caregiver_name(caregiver)
                settings.set_time_zone(zone)
                settings.set_language(str(self.language_combo.currentData()))
                self._services.redflags.set_emergency_number(emergency_number)
        except (UserError, sqlite3.Error) as error:
            reason = error.render(translate) if isinstance(error, UserError) else str(error)
            self.form.clear_problems()
            self.feedback.show_message(
                self.tr("Not saved: {reason}. Your changes are still here; try again.").format(
                    reason=reason.rstrip(".")
                ),
                problem=True,
            )
            return
        self.form.clear_problems()
        self.load()
        self._events.settings_changed.emit()
        message = self.tr("Settings saved.")
        if language_changed:
            message += " " + self.tr("The new language is used the next time you open the app.")
        self.feedback.show_message(message)

    def _settings_changed_elsewhere(self) -> None:
        # A restore brings back the settings of the backup's day too.
        self.load()

    # Backups ------------------------------------------------------------------------------

    def refresh_backups(self) -> None:
        backups = self._services.backups
        self.backup_path.setText(str(backups.folder()))
        try:
            last = backups.last_backup()
        except StorageError as error:
            self.last_backup_label.setText(error.render(translate))
        else:
            self.last_backup_label.setText(self._last_backup_text(last))
        extra = backups.extra_folder()
        self.extra_path.setText(str(extra) if extra is not None else "")
        self.stop_extra_button.setEnabled(extra is not None)
        if extra is not None and not extra.is_dir():
            self.extra_note.setText(
                self.tr(
                    "{folder} cannot be reached right now (is the USB stick or disk plugged "
                    "in?). Backups are still made on this computer."
                ).format(folder=extra)
            )
            self.extra_note.show()
        else:
            self.extra_note.hide()

    def _last_backup_text(self, last: BackupInfo | None) -> str:
        if last is None:
            return self.tr("No backup yet")
        words = self._backup_words
        when = words.recent_moment(
            last.made_at, self._services.settings.time_zone(), self._services.diary.today()
        )
        return self.tr("{when} ({entries})").format(when=when, entries=words.holds(last))

    def backup_now(self) -> None:
        outcome = back_up_now(self._services)
        if outcome.info is not None:
            self.refresh_backups()
        self.backup_feedback.show_message(outcome.message, problem=outcome.problem)

    def choose_extra_folder(self) -> None:
        current = self._services.backups.extra_folder()
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose where to copy the backups, such as a USB stick"),
            str(current or Path.home()),
        )
        if not chosen:
            return
        try:
            self._services.backups.set_extra_folder(Path(chosen))
        except ValidationFailed as failed:
            self.backup_feedback.clear()
            self.backup_form.show_problems(failed)
            return
        self.backup_form.clear_problems()
        self.refresh_backups()
        self.backup_feedback.show_message(
            self.tr(
                "From now on, every backup is also copied to {folder}. Press “Back up now” to "
                "put one there today."
            ).format(folder=self._services.backups.extra_folder())
        )

    def stop_extra_folder(self) -> None:
        folder = self._services.backups.extra_folder()
        if folder is None:
            return
        self._services.backups.set_extra_folder(None)
        self.backup_form.clear_problems()
        self.refresh_backups()
        self.backup_feedback.show_message(
            self.tr(
                "Backups are no longer copied to {folder}. The backups already there are kept."
            ).format(folder=folder)
        )

    def open_restore_dialog(self) -> None:
        from caregiver_app.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._services, self._events, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._restore_dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _restore_dialog_closed(self) -> None:
        self.dialog = None
        self.refresh_backups()


def _same_label_width(*forms: FieldForm) -> None:
    """Lines the fields of forms shown one under the other up on the same edge."""
    captions = [
        label
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, FieldForm.ItemRole.LabelRole)) is not None
        and (label := item.widget()) is not None
    ]
    width = max((label.sizeHint().width() for label in captions), default=0)
    for label in captions:
        label.setMinimumWidth(width)

"""Settings: who is logging, the family's time zone, the language, and where the data is.

The list of time zones is read from the system the first time the page is shown, not at
start-up (it touches hundreds of files)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.messages import Problem, ValidationFailed
from caregiver_app.core.timeutil import zone_names
from caregiver_app.core.validation import validate_caregiver_name, validate_zone
from caregiver_app.services.app import AppServices
from caregiver_app.services.settings import LANGUAGES
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    big_button,
    heading,
    plain_label,
)
from caregiver_app.ui.widgets.field_form import FieldForm

#: Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


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
            "data_dir", self.tr("Your data is in"), path_row, self.tr("Data folder location")
        )
        self.data_path.setAccessibleName(self.tr("Data folder location"))

        self.save_button = big_button(self.tr("Save settings"))
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        self.feedback = FeedbackBar()

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        # A readable width on a wide screen; the fields do not need the whole window.
        form_holder = QWidget()
        form_holder.setLayout(self.form)
        form_holder.setMaximumWidth(760)
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
        layout.addStretch(1)
        self.load()

    def showEvent(self, event: QShowEvent) -> None:
        self._load_zones()
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
        self.form.clear_problems()

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
        if problems:
            self.feedback.clear()
            self.form.show_problems(ValidationFailed(problems))
            return
        settings = self._services.settings
        language_changed = self.language_combo.currentData() != settings.language()
        settings.set_caregiver_name(caregiver)
        settings.set_time_zone(zone)
        settings.set_language(str(self.language_combo.currentData()))
        self.form.clear_problems()
        self.load()
        self._events.settings_changed.emit()
        message = self.tr("Settings saved.")
        if language_changed:
            message += " " + self.tr("The new language is used the next time you open the app.")
        self.feedback.show_message(message)

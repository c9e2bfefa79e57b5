"""The first-run welcome: what the app is for, that the data stays here, and the child.

Add saves the child (and who is logging); Skip leaves everything for later. Either way the
welcome is not shown again: the Today page still offers "Add your child"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from caregiver_app.core.messages import Problem, ValidationFailed
from caregiver_app.core.validation import validate_caregiver_name, validate_child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.child_dialog import sex_combo
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import default_diagnosis
from caregiver_app.ui.widgets.basics import big_button, heading, plain_label
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm


class WelcomeDialog(QDialog):
    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(600)

        title = heading(self.tr("Welcome to Caregiver Companion"))
        intro = plain_label(
            self.tr(
                "A simple diary for your child's symptoms and care team, to share with the "
                "doctors at the next visit. It takes a few seconds to note how your child is."
            )
        )
        privacy = plain_label(
            self.tr(
                "Everything you write stays on this computer. Nothing is sent anywhere, "
                "and no account is needed."
            )
        )

        self.child_name = QLineEdit()
        self.birth_date = DateField(self.tr("Child's birth date"))
        self.birth_date.set_latest(services.diary.today())
        self.sex_combo = sex_combo(self.tr("Child's sex (optional)"))
        self.caregiver_name = QLineEdit(services.settings.caregiver_name())
        self.caregiver_name.setPlaceholderText(self.tr("So the diary shows who wrote what"))

        self.form = FieldForm()
        self.form.add(
            "name", self.tr("Your child's &name"), self.child_name, self.tr("Child's name")
        )
        self.form.add(
            "born", self.tr("&Birth date"), self.birth_date, self.tr("Child's birth date")
        )
        self.form.add("sex", self.tr("&Sex (optional)"), self.sex_combo)
        self.form.add("caregiver", self.tr("&Your name"), self.caregiver_name, self.tr("Your name"))

        self.skip_button = big_button(
            self.tr("Skip for now"), self.tr("Skip the welcome; add your child later")
        )
        self.skip_button.clicked.connect(self.reject)
        self.add_button = big_button(self.tr("Add my child"), self.tr("Add my child and start"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(privacy)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addLayout(buttons)

    def add(self) -> None:
        child = {
            "name": self.child_name.text(),
            "birth_date": self.birth_date.value(),
            "sex": str(self.sex_combo.currentData() or ""),
            "diagnosis": default_diagnosis(),
        }
        # Check everything before saving anything, so a problem never leaves half a welcome.
        problems: list[Problem] = []
        for check in (
            lambda: validate_caregiver_name(self.caregiver_name.text()),
            lambda: validate_child(**child, today=self._services.diary.today()),
        ):
            try:
                check()
            except ValidationFailed as failed:
                problems.extend(failed.problems)
        if problems:
            self.form.show_problems(ValidationFailed(problems))
            return
        self._services.settings.set_caregiver_name(self.caregiver_name.text())
        self._services.family.add_child(**child)
        self.accept()

    # Add, Skip, Escape and the window's close button all end the welcome for good. Quitting
    # the whole app while it is open does not: the family never answered it.
    def accept(self) -> None:
        self._mark_done()
        super().accept()

    def reject(self) -> None:
        self._mark_done()
        super().reject()

    def _mark_done(self) -> None:
        self._services.settings.set_welcome_done()
        self._events.family_changed.emit()
        self._events.settings_changed.emit()

"""Add or edit a child's profile. The dialog saves through the family service itself, so a
problem is shown next to its field and the dialog stays open with everything typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QVBoxLayout, QWidget

from caregiver_app.core.records import Child, Sex
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import attempt_save, save_cancel_row
from caregiver_app.ui.labels import default_diagnosis, sex_label
from caregiver_app.ui.widgets.basics import big_button, plain_label
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit


def sex_combo(accessible_name: str) -> QComboBox:
    """Sex is optional: the first choice says so."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("ChildDialog", "Not stated"), "")
    for sex in Sex:
        combo.addItem(sex_label(sex), sex.value)
    combo.setAccessibleName(accessible_name)
    return combo


class ChildDialog(QDialog):
    def __init__(
        self, services: AppServices, child: Child | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._child = child
        #: The child as saved, once Save succeeded.
        self.saved: Child | None = None
        self.setWindowTitle(self.tr("Add your child") if child is None else self.tr("Edit child"))
        self.setMinimumWidth(560)

        self.name_edit = QLineEdit()
        self.birth_date = DateField(self.tr("Birth date"))
        self.birth_date.set_latest(services.diary.today())
        self.sex_combo = sex_combo(self.tr("Sex (optional)"))
        self.diagnosis_edit = notes_edit(self.tr("Diagnosis"), lines=3)
        self.allergies_edit = QLineEdit()
        self.allergies_edit.setPlaceholderText(self.tr("None known"))
        self.notes_edit = notes_edit(
            self.tr("Notes"), self.tr("Anything the care team should know (optional)"), lines=3
        )

        self.form = FieldForm()
        self.form.add("name", self.tr("&Name"), self.name_edit, self.tr("Child's name"))
        self.form.add("born", self.tr("&Birth date"), self.birth_date, self.tr("Birth date"))
        self.form.add("sex", self.tr("&Sex"), self.sex_combo, self.tr("Sex (optional)"))
        self.form.add("diagnosis", self.tr("&Diagnosis"), self.diagnosis_edit)
        self.form.add("allergies", self.tr("&Allergies"), self.allergies_edit)
        self.form.add("notes", self.tr("N&otes"), self.notes_edit)

        self.save_button = big_button(self.tr("Save"), self.tr("Save the child's details"))
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))

        layout = QVBoxLayout(self)
        if child is None:
            layout.addWidget(
                plain_label(
                    self.tr(
                        "Only the name and birth date are needed. The diagnosis is filled in "
                        "for you; change it if your child's report says something else."
                    )
                )
            )
        layout.addLayout(self.form)
        layout.addLayout(
            save_cancel_row(self.save_button, self.save, self.cancel_button, self.reject)
        )
        self._fill(child)

    def _fill(self, child: Child | None) -> None:
        if child is None:
            self.diagnosis_edit.setPlainText(default_diagnosis())
            return
        self.name_edit.setText(child.name)
        self.birth_date.set_date(child.birth_date)
        self.sex_combo.setCurrentIndex(
            max(0, self.sex_combo.findData(child.sex.value if child.sex else ""))
        )
        self.diagnosis_edit.setPlainText(child.diagnosis)
        self.allergies_edit.setText(child.allergies)
        self.notes_edit.setPlainText(child.notes)

    def save(self) -> None:
        values = {
            "name": self.name_edit.text(),
            "birth_date": self.birth_date.value(),
            "sex": str(self.sex_combo.currentData() or ""),
            "diagnosis": self.diagnosis_edit.toPlainText(),
            "allergies": self.allergies_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        family = self._services.family
        child = self._child
        self.saved = attempt_save(
            self.form,
            lambda: (
                family.add_child(**values)
                if child is None
                else family.update_child(child.id, **values)
            ),
            self.tr("Not saved: {reason}. Try Save again in a moment."),
        )
        if self.saved is not None:
            self.accept()

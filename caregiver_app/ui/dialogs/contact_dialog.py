"""Add or edit one member of a child's care team (role, name, phone, email, place)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QVBoxLayout, QWidget

from caregiver_app.core.messages import QT_TRANSLATE_NOOP
from caregiver_app.core.records import CareContact
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import attempt_save, save_cancel_row
from caregiver_app.ui.widgets.basics import big_button
from caregiver_app.ui.widgets.field_form import FieldForm

#: Suggestions only: the role is free text, so any other role can be typed.
COMMON_ROLES = (
    QT_TRANSLATE_NOOP("ContactDialog", "Haematologist"),
    QT_TRANSLATE_NOOP("ContactDialog", "Transplant team"),
    QT_TRANSLATE_NOOP("ContactDialog", "Endocrinologist"),
    QT_TRANSLATE_NOOP("ContactDialog", "Eye doctor (ophthalmologist)"),
    QT_TRANSLATE_NOOP("ContactDialog", "Ear, nose and throat (ENT)"),
    QT_TRANSLATE_NOOP("ContactDialog", "Paediatrician"),
    QT_TRANSLATE_NOOP("ContactDialog", "Family doctor"),
    QT_TRANSLATE_NOOP("ContactDialog", "Specialist nurse"),
    QT_TRANSLATE_NOOP("ContactDialog", "Dentist"),
    QT_TRANSLATE_NOOP("ContactDialog", "Physiotherapist"),
    QT_TRANSLATE_NOOP("ContactDialog", "Emergency department"),
)


class ContactDialog(QDialog):
    def __init__(
        self,
        services: AppServices,
        child_id: str,
        contact: CareContact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._child_id = child_id
        self._contact = contact
        #: The contact as saved, once Save succeeded.
        self.saved: CareContact | None = None
        self.setWindowTitle(
            self.tr("Add to the care team") if contact is None else self.tr("Edit contact")
        )
        self.setMinimumWidth(520)

        self.role_combo = QComboBox()
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for role in COMMON_ROLES:
            self.role_combo.addItem(self.tr(role))
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.setEditText("")
        line_edit = self.role_combo.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Pick or type a role"))
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("e.g. +34 912 345 678"))
        self.email_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Hospital, clinic or town"))

        self.form = FieldForm()
        self.form.add("role", self.tr("&Role"), self.role_combo, self.tr("Role"))
        self.form.add("name", self.tr("&Name"), self.name_edit, self.tr("Name"))
        self.form.add("phone", self.tr("&Phone"), self.phone_edit, self.tr("Phone"))
        self.form.add("email", self.tr("&Email"), self.email_edit, self.tr("Email"))
        self.form.add("place", self.tr("P&lace"), self.place_edit, self.tr("Place"))

        self.save_button = big_button(self.tr("Save"), self.tr("Save the contact"))
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(
            save_cancel_row(self.save_button, self.save, self.cancel_button, self.reject)
        )
        if contact is not None:
            self.role_combo.setEditText(contact.role)
            self.name_edit.setText(contact.name)
            self.phone_edit.setText(contact.phone)
            self.email_edit.setText(contact.email)
            self.place_edit.setText(contact.place)

    def save(self) -> None:
        values = {
            "role": self.role_combo.currentText(),
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "place": self.place_edit.text(),
        }
        family = self._services.family
        contact = self._contact
        self.saved = attempt_save(
            self.form,
            lambda: (
                family.add_contact(self._child_id, **values)
                if contact is None
                else family.update_contact(contact.id, **values)
            ),
            self.tr("Not saved: {reason}. Try Save again in a moment."),
        )
        if self.saved is not None:
            self.accept()

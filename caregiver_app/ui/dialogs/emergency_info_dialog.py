"""The child's emergency information, in the order of the AAP/ACEP Emergency Information
Form: diagnosis, usual vision, hearing and neurological status, allergies, past operations,
procedures to avoid, immunizations, notes for emergency staff, and the date it was last
reviewed. The current medicines (from the medicine list) and the care team (from this
child's contacts) are shown as they are kept elsewhere, read-only.

The allergies are the child's profile's: shown here and saved back there (one place to keep
them right). A new form starts from the clinical notes' suggestions: the diagnosis with
"stem-cell transplant is not effective for the TNFSF11 form", procedures to avoid and notes
for emergency staff, each insertable again from the suggestions list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.emergency_info import (
    CONTEXT,
    FIELD_LABELS,
    STAFF_NOTE_SUGGESTIONS,
    TEXT_FIELDS,
    EmergencyInfo,
    as_lines,
    suggested_emergency_info,
)
from caregiver_app.core.messages import QT_TRANSLATE_NOOP
from caregiver_app.core.records import Child
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import attempt_save, save_cancel_row
from caregiver_app.ui.medicine_labels import MedicineWords
from caregiver_app.ui.widgets.basics import big_button, plain_label, scroll_area, section_label
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit

#: Each field's label with its mnemonic, and its height in lines, in the form's order.
_FIELDS: dict[str, tuple[str, int]] = {
    "diagnosis": (QT_TRANSLATE_NOOP("EmergencyInfoDialog", "&Diagnosis"), 5),
    "baseline_vision": (QT_TRANSLATE_NOOP("EmergencyInfoDialog", "&Vision (usual)"), 2),
    "baseline_hearing": (QT_TRANSLATE_NOOP("EmergencyInfoDialog", "&Hearing (usual)"), 2),
    "baseline_neurological": (
        QT_TRANSLATE_NOOP("EmergencyInfoDialog", "Ne&urological status (usual)"),
        2,
    ),
    "allergies": (QT_TRANSLATE_NOOP("EmergencyInfoDialog", "A&llergies"), 2),
    "past_procedures": (
        QT_TRANSLATE_NOOP("EmergencyInfoDialog", "&Past operations and procedures"),
        2,
    ),
    "procedures_to_avoid": (QT_TRANSLATE_NOOP("EmergencyInfoDialog", "Procedures to a&void"), 3),
    "immunizations": (QT_TRANSLATE_NOOP("EmergencyInfoDialog", "&Immunizations"), 2),
    "staff_notes": (QT_TRANSLATE_NOOP("EmergencyInfoDialog", "Notes for emergency s&taff"), 8),
}


class EmergencyInfoDialog(QDialog):
    def __init__(self, services: AppServices, child: Child, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._child = child
        #: The information as saved, once Save succeeded.
        self.saved: EmergencyInfo | None = None
        self.setWindowTitle(self.tr("Emergency information for {name}").format(name=child.name))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 56)

        self.edits: dict[str, QPlainTextEdit] = {}
        self.form = FieldForm()
        for name in TEXT_FIELDS:
            mnemonic, lines = _FIELDS[name]
            label = translate(CONTEXT, FIELD_LABELS[name])
            edit = notes_edit(label, lines=lines)
            self.edits[name] = edit
            self.form.add(name, self.tr(mnemonic), edit, label)
            if name == "allergies":
                hint = plain_label(
                    self.tr(
                        "The same as in {name}'s profile: a change here changes it there."
                    ).format(name=child.name)
                )
                hint.setWordWrap(False)
                self.form.addRow("", hint)
            if name == "staff_notes":
                self.form.addRow("", self._build_suggestions())
        self.reviewed_on = DateField(translate(CONTEXT, FIELD_LABELS["reviewed_on"]))
        self.reviewed_on.set_latest(services.diary.today())
        self.form.add(
            "reviewed_on",
            self.tr("Last &reviewed"),
            self.reviewed_on,
            translate(CONTEXT, FIELD_LABELS["reviewed_on"]),
        )

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(
            plain_label(
                self.tr(
                    "What emergency staff who have never heard of the condition need to know, "
                    "after the AAP/ACEP Emergency Information Form. Go through it with the care "
                    "team, and again whenever something changes."
                )
            )
        )
        form_holder = QWidget()
        form_holder.setLayout(self.form)
        column.addWidget(form_holder)
        column.addWidget(section_label(self.tr("Current medicines")))
        self.medicines_label = plain_label(self._medicines_text())
        column.addWidget(self.medicines_label)
        column.addWidget(section_label(self.tr("Contacts")))
        self.contacts_label = plain_label(self._contacts_text())
        column.addWidget(self.contacts_label)
        scroll = scroll_area(content, wrap=True)

        self.save_button = big_button(self.tr("Save"), self.tr("Save the emergency information"))
        #: Save was asked for with "then make the sheet" (the page opens the sheet's dialog).
        self.make_sheet = False
        self.sheet_button = big_button(
            self.tr("Save and make the &sheet…"),
            self.tr("Save, then save or print the one-page emergency information sheet"),
        )
        self.sheet_button.clicked.connect(self.save_and_make_sheet)
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(
            save_cancel_row(
                self.save_button, self.save, self.cancel_button, self.reject, self.sheet_button
            )
        )
        self.resize(self.minimumWidth() + 40, 720)
        self._fill(services.redflags.emergency_info(child.id))

    def _build_suggestions(self) -> QWidget:
        self.suggestions = QComboBox()
        self.suggestions.setAccessibleName(self.tr("Suggested notes for emergency staff"))
        # The suggestions are long sentences: the list shows them whole, the box stays narrow.
        self.suggestions.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.suggestions.setMinimumContentsLength(24)
        self.suggestions.addItem(self.tr("Add a suggested note…"), "")
        for note in STAFF_NOTE_SUGGESTIONS:
            text = translate(CONTEXT, note)
            self.suggestions.addItem(text, text)
            self.suggestions.setItemData(
                self.suggestions.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        self.suggestions.activated.connect(self._suggestion_chosen)
        return self.suggestions

    def _suggestion_chosen(self, index: int) -> None:
        text = str(self.suggestions.itemData(index) or "")
        self.suggestions.setCurrentIndex(0)
        if text:
            self.insert_staff_note(text)

    def insert_staff_note(self, text: str) -> None:
        """Adds a note on a line of its own, unless it is there already."""
        edit = self.edits["staff_notes"]
        current = edit.toPlainText()
        if text in as_lines(current):
            return
        edit.setPlainText(f"{current.rstrip()}\n{text}" if current.strip() else text)

    def _fill(self, info: EmergencyInfo | None) -> None:
        if info is None:
            values = suggested_emergency_info(
                self._child.diagnosis, self._child.allergies, translate
            )
            self.reviewed_on.set_date(self._services.diary.today())
        else:
            values = {name: getattr(info, name) for name in TEXT_FIELDS}
            self.reviewed_on.set_date(info.reviewed_on)
        for name, edit in self.edits.items():
            edit.setPlainText(values[name])

    def _medicines_text(self) -> str:
        medicines = self._services.medicines.medicines(
            self._child.id, on=self._services.diary.today()
        )
        if not medicines:
            return self.tr("None in the medicine list today. Add them on the Medicines page.")
        words = MedicineWords()
        lines = [f"• {words.medicine_line(medicine)}" for medicine in medicines]
        return "\n".join(lines) + "\n" + self.tr("From the medicine list (change them there).")

    def _contacts_text(self) -> str:
        contacts = self._services.family.contacts(self._child.id)
        if not contacts:
            return self.tr("No one yet. Add the care team on the Family & care team page.")
        lines = [
            "• " + " · ".join(part for part in (c.role, c.name, c.phone) if part) for c in contacts
        ]
        return "\n".join(lines) + "\n" + self.tr("From the care team list (change them there).")

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {name: edit.toPlainText() for name, edit in self.edits.items()}
        values["reviewed_on"] = self.reviewed_on.value()
        return values

    def save_and_make_sheet(self) -> None:
        self.make_sheet = True
        self.save()
        self.make_sheet = self.result() == QDialog.DialogCode.Accepted

    def save(self) -> None:
        self.saved = attempt_save(
            self.form,
            lambda: self._services.redflags.save_emergency_info(self._child.id, **self.values()),
            self.tr("Not saved: {reason}. Try Save again in a moment."),
        )
        if self.saved is not None:
            self.accept()

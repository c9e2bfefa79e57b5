"""Add or edit one dental record: professional care, a visit, a problem, a procedure or an
extraction, with its day, the tooth (optional, FDI), whether antibiotic cover was given (for
procedures and extractions) and notes.

Saving goes through ``services.dental``, which validates everything: each problem shows under
its field and the dialog stays open with what was typed. When the saved record carries a
caution (an extraction: the risk of a jaw infection in osteopetrosis), a warning box says so
in plain words before the dialog closes. The app records antibiotic cover; it never suggests
one, nor any dose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMessageBox,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.appointments import Appointment, Specialty
from caregiver_app.core.dental import (
    KIND_GROUPS,
    TOOTH_NAMES,
    AntibioticCover,
    DentalEvent,
    DentalEventKind,
    DentalGroup,
    cautions_for,
)
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.services.dental import DentalSaveResult
from caregiver_app.ui.care_labels import (
    cover_label,
    dental_group_label,
    dental_kind_label,
    tooth_text,
)
from caregiver_app.ui.dialogs.saving_dialog import attempt_save, grow_to_fit, save_cancel_row
from caregiver_app.ui.labels import day_text, time_text
from caregiver_app.ui.widgets.basics import FieldError, big_button
from caregiver_app.ui.widgets.choice_grid import ChoiceGrid
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit

#: Which kinds need the antibiotic-cover answer (the validation says the same).
NEEDS_COVER = frozenset(
    kind for kind, group in KIND_GROUPS.items() if group is DentalGroup.PROCEDURE
)


def not_saved_text() -> str:
    """ "Not saved: {reason}. Try Save again in a moment." (the tooth dialog says it too)."""
    return QCoreApplication.translate(
        "DentalEventDialog", "Not saved: {reason}. Try Save again in a moment."
    )


def caution_text(result: DentalSaveResult) -> str:
    """Every caution of a saved record, in the family's language, one paragraph each."""
    return "\n\n".join(caution.render(translate) for caution in result.cautions)


class _IndentedKinds(QStyledItemDelegate):
    """The kinds indented under their group's heading in the open list."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.flags() & Qt.ItemFlag.ItemIsSelectable:
            option.rect.setLeft(option.rect.left() + option.fontMetrics.horizontalAdvance("MM"))


class DentalEventDialog(QDialog):
    #: The record was saved (its id); :attr:`save_result` holds it and its cautions.
    saved = Signal(str)

    def __init__(
        self,
        services: AppServices,
        child_id: str,
        event: DentalEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._child_id = child_id
        self._event = event
        #: What Save stored, once it succeeded.
        self.save_result: DentalSaveResult | None = None
        self.setWindowTitle(
            self.tr("Add a dental record") if event is None else self.tr("Edit dental record")
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 38)

        layout = QVBoxLayout(self)
        self.form = FieldForm()
        layout.addLayout(self.form)
        self._build_fields()

        self.save_button = big_button(self.tr("&Save"), self.tr("Save the dental record"))
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))
        layout.addLayout(
            save_cancel_row(self.save_button, self.save, self.cancel_button, self.reject)
        )

        if event is not None:
            self._show(event)
        else:
            self.date_field.set_date(services.dental.today())
        self._kind_changed()
        self.adjustSize()  # fits what is shown; later changes only grow it
        self.kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # Building ----------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.kind_combo.setModel(self._kind_model())
        self.kind_combo.view().setItemDelegate(_IndentedKinds(self.kind_combo))
        self.kind_combo.setPlaceholderText(self.tr("Choose what happened"))
        self.kind_combo.setCurrentIndex(-1)
        self.kind_combo.setMaxVisibleItems(self.kind_combo.count())
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.form.add("record", self.tr("&What"), self.kind_combo, self.tr("What happened"))
        # The caution is shown before saving too, while there is time to tell the dentist.
        self.caution_note = FieldError()
        self.caution_note.setAccessibleName(self.tr("Caution"))
        self.form.addRow(self.caution_note)

        self.date_field = DateField(self.tr("Date"))
        self.date_field.set_latest(self._services.dental.today())
        self.form.add("date", self.tr("&Date"), self.date_field)

        self.tooth_combo = QComboBox()
        self.tooth_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tooth_combo.setEditable(True)
        self.tooth_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tooth_combo.addItem(self.tr("Not about one tooth"), "")
        for fdi in TOOTH_NAMES:
            self.tooth_combo.addItem(tooth_text(fdi), str(fdi))
        line_edit = self.tooth_combo.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Pick a baby tooth or type its number, e.g. 64"))
        self.tooth_combo.setToolTip(
            self.tr(
                "FDI tooth numbers: baby teeth 51–55, 61–65, 71–75, 81–85; "
                "adult teeth 11–48 can be typed"
            )
        )
        self.form.add("tooth", self.tr("&Tooth"), self.tooth_combo, self.tr("Tooth"))

        self.cover = ChoiceGrid(1)
        for cover in AntibioticCover:
            self.cover.add_choice(cover.value, cover_label(cover))
        self.cover.setAccessibleName(self.tr("Antibiotic cover"))
        self.form.add(
            "antibiotic_cover", self.tr("Antibiotic cover"), self.cover, self.tr("Antibiotic cover")
        )

        self.appointment_combo = QComboBox()
        self.appointment_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.appointment_combo.addItem(self.tr("Not linked to an appointment"), None)
        today = self._services.dental.today()
        for item in reversed(self._services.appointments.appointments(self._child_id)):
            if item.specialty is Specialty.DENTAL and item.local_date <= today:
                self.appointment_combo.addItem(self._appointment_text(item), item.id)
        self.form.add(
            "appointment",
            self.tr("A&ppointment"),
            self.appointment_combo,
            self.tr("The appointment this visit was"),
        )

        self.notes = notes_edit(self.tr("Notes"), self.tr("What was done or noticed (optional)"))
        self.form.add("notes", self.tr("N&otes"), self.notes, self.tr("Notes"))

    def _kind_model(self) -> QStandardItemModel:
        """The kinds under their group's heading (headings cannot be chosen)."""
        model = QStandardItemModel(self)
        for group in DentalGroup:
            header = QStandardItem(dental_group_label(group))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for kind, kind_group in KIND_GROUPS.items():
                if kind_group is group:
                    item = QStandardItem(dental_kind_label(kind))
                    item.setData(kind.value, Qt.ItemDataRole.UserRole)
                    model.appendRow(item)
        return model

    def _appointment_text(self, item: Appointment) -> str:
        when = self.tr("{day}, {time}").format(
            day=day_text(item.local_date), time=time_text(item.local_time)
        )
        who = item.clinician or item.place
        return self.tr("{when}: {who}").format(when=when, who=who) if who else when

    def _show(self, event: DentalEvent) -> None:
        self.set_kind(event.kind)
        self.date_field.set_date(event.day)
        if event.tooth is None:
            self.tooth_combo.setCurrentIndex(0)
        else:
            index = self.tooth_combo.findData(str(event.tooth))
            if index >= 0:
                self.tooth_combo.setCurrentIndex(index)
            else:
                self.tooth_combo.setEditText(str(event.tooth))
        if event.antibiotic_cover is not None:
            self.cover.set_choice(event.antibiotic_cover.value)
        if event.appointment_id is not None:
            index = self.appointment_combo.findData(event.appointment_id)
            if index < 0:  # no longer listed (deleted, or moved to another day): keep it
                self.appointment_combo.addItem(
                    self.tr("An appointment no longer in the list"), event.appointment_id
                )
                index = self.appointment_combo.count() - 1
            self.appointment_combo.setCurrentIndex(index)
        self.notes.setPlainText(event.notes)

    # Values ------------------------------------------------------------------------------

    def kind(self) -> DentalEventKind | None:
        code = self.kind_combo.currentData(Qt.ItemDataRole.UserRole)
        return DentalEventKind(code) if code else None

    def set_kind(self, kind: DentalEventKind) -> None:
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(kind.value, Qt.ItemDataRole.UserRole)
        )

    def tooth_value(self) -> str:
        """The chosen tooth's number, or the text as typed (the validation explains it)."""
        text = self.tooth_combo.currentText().strip()
        index = self.tooth_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.tooth_combo.itemData(index) or "")
        return text

    def _kind_changed(self) -> None:
        kind = self.kind()
        self._show_row(self.cover, kind in NEEDS_COVER)
        self._show_row(self.appointment_combo, kind is DentalEventKind.VISIT)
        cautions = cautions_for(kind) if kind is not None else ()
        self.caution_note.set_texts(caution.render(translate) for caution in cautions)
        grow_to_fit(self)

    def _show_row(self, field: QWidget, visible: bool) -> None:
        holder = field.parentWidget()  # the form's row holds the field and its problem
        assert holder is not None
        self.form.setRowVisible(holder, visible)

    # Saving ------------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        kind = self.kind()
        appointment = self.appointment_combo.currentData()
        return {
            "day": self.date_field.value(),
            "kind": kind.value if kind else "",
            "tooth": self.tooth_value(),
            "antibiotic_cover": self.cover.choice() if kind in NEEDS_COVER else "",
            "notes": self.notes.toPlainText(),
            "appointment_id": appointment if kind is DentalEventKind.VISIT else None,
        }

    def save(self) -> None:
        values = self.values()
        dental = self._services.dental
        event = self._event
        result = attempt_save(
            self.form,
            lambda: (
                dental.add_event(self._child_id, **values)  # type: ignore[arg-type]
                if event is None
                else dental.update_event(event.id, **values)  # type: ignore[arg-type]
            ),
            not_saved_text(),
        )
        if result is None:
            grow_to_fit(self)
            return
        self.save_result = result
        if result.cautions:
            QMessageBox.warning(
                self,
                self.tr("Important: tell the dental team"),
                self.tr("Saved: {what}.").format(what=dental_kind_label(result.event.kind))
                + "\n\n"
                + caution_text(result),
            )
        self.saved.emit(result.event.id)
        self.accept()

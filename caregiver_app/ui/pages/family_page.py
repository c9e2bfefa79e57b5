"""Family & care team: the children's profiles and, for the chosen child, who looks after
them (role, name, phone, email, place). Removing a contact can be undone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.records import CareContact, Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.bidi import left_to_right
from caregiver_app.ui.dialogs.child_dialog import ChildDialog
from caregiver_app.ui.dialogs.contact_dialog import ContactDialog
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import age_text, day_text, sex_label
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    scaled_font,
    section_label,
)

CONTACT_COLUMNS = ("role", "name", "phone", "email", "place")


class FamilyPage(QWidget):
    #: The family picked a child in the list; the window makes it the current child.
    child_chosen = Signal(str)

    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._child_id: str | None = None
        self._children: list[Child] = []
        self._contacts: list[CareContact] = []
        #: The dialog currently open over the page, if any (tests drive it).
        self.dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Family & care team")))
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        left = QVBoxLayout()
        self.children_list = QListWidget()
        self.children_list.setAccessibleName(self.tr("Children"))
        self.children_list.setFont(scaled_font(self.children_list, 1.1))
        self.children_list.setSpacing(4)
        self.children_list.currentRowChanged.connect(self._on_child_row)
        self.children_list.itemActivated.connect(lambda _item: self.edit_child())
        self.add_child_button = big_button(self.tr("Add a child"))
        self.add_child_button.clicked.connect(self.add_child)
        self.edit_child_button = big_button(
            self.tr("Edit details"), self.tr("Edit the chosen child's details")
        )
        self.edit_child_button.clicked.connect(self.edit_child)
        self.emergency_button = big_button(
            self.tr("Emergency information…"),
            self.tr("Edit the chosen child's emergency information for emergency staff"),
        )
        self.emergency_button.clicked.connect(self.edit_emergency_info)
        self.sheet_button = big_button(
            self.tr("Emergency &sheet (PDF)…"),
            self.tr("Save or print the chosen child's one-page emergency information sheet"),
        )
        self.sheet_button.setToolTip(self.tr("For the bag, the car and emergency staff (Ctrl+E)"))
        self.sheet_button.clicked.connect(self.emergency_sheet)
        left.addWidget(section_label(self.tr("&Children"), self.children_list))
        left.addWidget(self.children_list, 1)
        child_buttons = QHBoxLayout()
        child_buttons.addWidget(self.add_child_button)
        child_buttons.addWidget(self.edit_child_button)
        left.addLayout(child_buttons)
        emergency_buttons = QHBoxLayout()
        emergency_buttons.addWidget(self.emergency_button)
        emergency_buttons.addWidget(self.sheet_button)
        left.addLayout(emergency_buttons)
        columns.addLayout(left, 1)
        columns.addSpacing(16)

        right = QVBoxLayout()
        self.child_details = plain_label("")
        self.child_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.child_details)
        self.team_heading = section_label("")
        right.addWidget(self.team_heading)
        self.contacts_table = QTableWidget(0, len(CONTACT_COLUMNS))
        self.contacts_table.setAccessibleName(self.tr("Care team"))
        self.contacts_table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Phone"), self.tr("Email"), self.tr("Place")]
        )
        self.contacts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.setTabKeyNavigation(False)
        self.contacts_table.setWordWrap(False)
        self.contacts_table.verticalHeader().hide()
        self.contacts_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contacts_table.verticalHeader().setDefaultSectionSize(BUTTON_MIN_HEIGHT)
        header = self.contacts_table.horizontalHeader()
        for column in range(3):  # role, name, phone: short, shown whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(3, len(CONTACT_COLUMNS)):  # email, place: share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.contacts_table.itemActivated.connect(lambda _item: self.edit_contact())
        self.contacts_table.itemSelectionChanged.connect(self._update_buttons)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.contacts_table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_contact)
        right.addWidget(self.contacts_table, 1)
        self.no_contacts = plain_label(
            self.tr(
                "No one yet. Add the doctors, nurses and clinics you call, so their numbers "
                "are at hand when you need them."
            )
        )
        right.addWidget(self.no_contacts)
        contact_buttons = QHBoxLayout()
        self.add_contact_button = big_button(
            self.tr("Add a contact"), self.tr("Add someone to the care team")
        )
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button = big_button(
            self.tr("Edit contact"), self.tr("Edit the chosen contact")
        )
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button = big_button(
            self.tr("Remove contact"), self.tr("Remove the chosen contact")
        )
        self.remove_contact_button.clicked.connect(self.remove_contact)
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.edit_contact_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)
        right.addLayout(contact_buttons)
        self.feedback = FeedbackBar()
        right.addWidget(self.feedback)
        columns.addLayout(right, 3)

        events.family_changed.connect(self.reload)
        self.reload()

    # Children ----------------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        if child_id == self._child_id:
            return
        self._child_id = child_id
        self.feedback.clear()
        self._select_child_row()
        self._show_child()

    def reload(self) -> None:
        self._children = self._services.family.children()
        self.children_list.blockSignals(True)
        self.children_list.clear()
        today = self._services.diary.today()
        for child in self._children:
            item = QListWidgetItem(
                self.tr("{name}\n{age}").format(name=child.name, age=age_text(child, today))
            )
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)
        self.children_list.blockSignals(False)
        self._select_child_row()
        self._show_child()

    def _select_child_row(self) -> None:
        ids = [child.id for child in self._children]
        self.children_list.blockSignals(True)
        self.children_list.setCurrentRow(ids.index(self._child_id) if self._child_id in ids else -1)
        self.children_list.blockSignals(False)

    def _on_child_row(self, row: int) -> None:
        if 0 <= row < len(self._children):
            self.set_child(self._children[row].id)
            self.child_chosen.emit(self._children[row].id)

    def _current_child(self) -> Child | None:
        return next((c for c in self._children if c.id == self._child_id), None)

    def _show_child(self) -> None:
        child = self._current_child()
        self.edit_child_button.setEnabled(child is not None)
        self.emergency_button.setEnabled(child is not None)
        self.sheet_button.setEnabled(child is not None)
        self.add_contact_button.setEnabled(child is not None)
        if child is None:
            self.child_details.setText(
                self.tr("Add your child to keep their details and care team here.")
                if not self._children
                else self.tr("Choose a child on the left.")
            )
            self.team_heading.setText("")
            self._contacts = []
            self._fill_contacts()
            return
        lines = [
            self.tr("{name}, born {born} ({age})").format(
                name=child.name,
                born=day_text(child.birth_date),
                age=age_text(child, self._services.diary.today()),
            )
        ]
        if child.sex is not None:
            lines.append(self.tr("Sex: {sex}").format(sex=sex_label(child.sex)))
        lines.append(self.tr("Diagnosis: {text}").format(text=child.diagnosis or "-"))
        lines.append(
            self.tr("Allergies: {text}").format(text=child.allergies or self.tr("none noted"))
        )
        if child.notes.strip():
            lines.append(self.tr("Notes: {text}").format(text=child.notes.strip()))
        self.child_details.setText("\n".join(lines))
        self.team_heading.setText(self.tr("Care team for {name}").format(name=child.name))
        self._contacts = self._services.family.contacts(child.id)
        self._fill_contacts()

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def add_child(self) -> None:
        dialog = ChildDialog(self._services, parent=self.window())
        dialog.accepted.connect(lambda: self._child_saved(dialog))
        self._open(dialog)

    def edit_child(self) -> None:
        child = self._current_child()
        if child is None:
            return
        dialog = ChildDialog(self._services, child, parent=self.window())
        dialog.accepted.connect(lambda: self._child_saved(dialog))
        self._open(dialog)

    def edit_emergency_info(self) -> None:
        child = self._current_child()
        if child is None:
            return
        from caregiver_app.ui.dialogs.emergency_info_dialog import EmergencyInfoDialog

        dialog = EmergencyInfoDialog(self._services, child, parent=self.window())
        dialog.accepted.connect(lambda: self._emergency_info_saved(child))
        self._open(dialog)
        # After the editor has closed (finished comes after accepted): the sheet's dialog.
        dialog.finished.connect(lambda result: self._sheet_after_saving(dialog, result))

    def _emergency_info_saved(self, child: Child) -> None:
        self._events.family_changed.emit()  # the allergies are the profile's
        self.feedback.show_message(
            self.tr("Saved {name}'s emergency information.").format(name=child.name)
        )

    def _sheet_after_saving(self, editor: QDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and getattr(editor, "make_sheet", False):
            self.emergency_sheet()

    def emergency_sheet(self) -> None:
        """The Export dialog for the chosen child's emergency information sheet."""
        if self._current_child() is None or self.dialog is not None:
            return
        from caregiver_app.ui.dialogs.export_dialog import open_export_dialog

        dialog = open_export_dialog(
            self._services, self.window(), self._child_id, emergency_sheet=True
        )
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)

    def _child_saved(self, dialog: ChildDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self._child_id = saved.id
        self._events.family_changed.emit()
        self.child_chosen.emit(saved.id)
        self.feedback.show_message(self.tr("Saved {name}'s details.").format(name=saved.name))

    # Care team ---------------------------------------------------------------------------

    def _fill_contacts(self) -> None:
        table = self.contacts_table
        table.setRowCount(len(self._contacts))
        for row, contact in enumerate(self._contacts):
            for column, field in enumerate(CONTACT_COLUMNS):
                value = str(getattr(contact, field))
                item = QTableWidgetItem(left_to_right(value) if field == "phone" else value)
                item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                table.setItem(row, column, item)
        table.setVisible(bool(self._contacts))
        self.no_contacts.setVisible(not self._contacts and self._current_child() is not None)
        self._update_buttons()

    def _selected_contact(self) -> CareContact | None:
        rows = self.contacts_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._contacts[rows[0].row()]

    def select_contact(self, contact_id: str) -> None:
        for row, contact in enumerate(self._contacts):
            if contact.id == contact_id:
                self.contacts_table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self._selected_contact() is not None
        self.edit_contact_button.setEnabled(chosen)
        self.remove_contact_button.setEnabled(chosen)

    def add_contact(self) -> None:
        if self._child_id is None:
            return
        dialog = ContactDialog(self._services, self._child_id, parent=self.window())
        dialog.accepted.connect(lambda: self._contact_saved(dialog))
        self._open(dialog)

    def edit_contact(self) -> None:
        contact = self._selected_contact()
        if contact is None or self._child_id is None:
            return
        dialog = ContactDialog(self._services, self._child_id, contact, parent=self.window())
        dialog.accepted.connect(lambda: self._contact_saved(dialog))
        self._open(dialog)

    def _contact_saved(self, dialog: ContactDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self._events.family_changed.emit()
        self.select_contact(saved.id)
        self.feedback.show_message(self.tr("Saved {name}.").format(name=saved.name))

    def remove_contact(self) -> None:
        contact = self._selected_contact()
        if contact is None:
            return
        self._services.family.delete_contact(contact.id)
        self._events.family_changed.emit()
        self.feedback.show_message(
            self.tr("Removed {name} ({role}) from the care team.").format(
                name=contact.name, role=contact.role
            ),
            lambda: self._undo_remove(contact),
        )

    def _undo_remove(self, contact: CareContact) -> None:
        self._services.family.undelete_contact(contact.id)
        self._events.family_changed.emit()
        self.select_contact(contact.id)
        self.feedback.show_message(
            self.tr("{name} is back in the care team.").format(name=contact.name)
        )

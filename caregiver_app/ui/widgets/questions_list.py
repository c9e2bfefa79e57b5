"""An editable, ordered list of short texts: the family's questions for an appointment.

Type a question and press Enter (or Add) to put it at the end. In the list: F2 or a
double-click edits the chosen question in place (emptying it removes it), Delete removes
it, Ctrl+Up and Ctrl+Down move it. A question typed but not yet added still counts: it is
part of :meth:`QuestionsList.questions`, so Save never loses it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT, big_button

#: Rows the list shows before it scrolls.
VISIBLE_ROWS = 4


class QuestionsList(QWidget):
    #: The questions changed (added, edited, removed or moved).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        entry_row = QHBoxLayout()
        self.new_edit = QLineEdit()
        self.new_edit.setAccessibleName(self.tr("New question"))
        self.new_edit.setPlaceholderText(self.tr("Type a question, then press Enter"))
        self.new_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.new_edit.installEventFilter(self)
        self.new_edit.textChanged.connect(self._update_buttons)
        self.add_button = big_button(self.tr("&Add"), self.tr("Add the question to the list"))
        self.add_button.clicked.connect(self.add_typed)
        entry_row.addWidget(self.new_edit, 1)
        entry_row.addWidget(self.add_button)
        layout.addLayout(entry_row)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions to ask"))
        self.list.setAccessibleDescription(
            self.tr("F2 edits a question, Delete removes it, Ctrl+Up and Ctrl+Down move it.")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        row_height = self.list.fontMetrics().lineSpacing() + 12
        self.list.setMinimumHeight(row_height * VISIBLE_ROWS)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.model().rowsInserted.connect(self._update_buttons)
        self.list.model().rowsRemoved.connect(self._update_buttons)
        layout.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.edit_button = big_button(self.tr("Edit"), self.tr("Edit the chosen question"))
        self.edit_button.setToolTip(self.tr("Edit the chosen question (F2)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = big_button(self.tr("Remove"), self.tr("Remove the chosen question"))
        self.remove_button.setToolTip(self.tr("Remove the chosen question (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = big_button(self.tr("Move up"), self.tr("Move the chosen question up"))
        self.up_button.setToolTip(self.tr("Ask this question earlier (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = big_button(
            self.tr("Move down"), self.tr("Move the chosen question down")
        )
        self.down_button.setToolTip(self.tr("Ask this question later (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        for keys, action in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_current),
            (QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(keys, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

        self.setFocusProxy(self.new_edit)
        self._update_buttons()

    # Reading and setting -----------------------------------------------------------------

    def set_questions(self, questions: list[str] | tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for question in questions:
            self.list.addItem(self._item(question))
        self.list.blockSignals(False)
        self.new_edit.clear()
        self._update_buttons()

    def questions(self) -> list[str]:
        """The questions in order, with a typed one not yet added at the end."""
        listed = [self.list.item(row).text() for row in range(self.list.count())]
        typed = self.new_edit.text()
        return [*listed, typed] if typed.strip() else listed

    # Actions -----------------------------------------------------------------------------

    def add_typed(self) -> None:
        """Adds the typed question at the end (nothing when blank); keeps focus for the next."""
        text = self.new_edit.text()
        if not text.strip():
            return
        self.list.addItem(self._item(text.strip()))
        self.list.setCurrentRow(self.list.count() - 1)
        self.list.scrollToBottom()
        self.new_edit.clear()
        self.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._update_buttons()
        self.changed.emit()

    # Internals ---------------------------------------------------------------------------

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(text)
        return item

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not item.text().strip():  # emptied while editing: the question goes
            self.list.takeItem(self.list.row(item))
        else:
            item.setToolTip(item.text())
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < self.list.count()
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.list.count() - 1)
        self.add_button.setEnabled(bool(self.new_edit.text().strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the new-question field adds it; it must not reach the dialog's default
        # button (QLineEdit lets Enter through), or the dialog would save half-typed.
        if watched is self.new_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                self.add_typed()
                return True
        return super().eventFilter(watched, event)

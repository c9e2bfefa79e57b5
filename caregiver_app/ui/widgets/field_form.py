"""A form whose every field has its label beside it and its problem right under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.messages import ValidationFailed
from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT, FieldError, show_problems


class FieldForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}
        # Where a problem for a field this form does not show ends up (never dropped).
        self.general = FieldError()
        self.addRow(self.general)

    def add(self, name: str, label: str, widget: QWidget, accessible_name: str = "") -> FieldError:
        """Adds a row; ``label`` may carry an ``&`` mnemonic that focuses the field."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(widget, parent=holder)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        # As tall as the field and centred, so label and field line up in every style.
        caption.setMinimumHeight(BUTTON_MIN_HEIGHT)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(widget, QLineEdit | QComboBox):
            widget.setMinimumHeight(BUTTON_MIN_HEIGHT)
        if not widget.accessibleName():
            widget.setAccessibleName(accessible_name or label.replace("&", ""))
        self.addRow(caption, holder)
        self.errors[name] = error
        self.fields[name] = widget
        return error

    def show_problems(self, failed: ValidationFailed | None) -> None:
        """Shows each problem under its field and focuses the first field with one."""
        failing = show_problems(failed, self.errors, self.general)
        if failing:
            self.fields[failing[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        self.show_problems(None)


def notes_edit(accessible_name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A short multi-line text box where Tab moves on (keyboard users can leave it)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    line_height = edit.fontMetrics().lineSpacing()
    edit.setFixedHeight(line_height * lines + 16)
    return edit

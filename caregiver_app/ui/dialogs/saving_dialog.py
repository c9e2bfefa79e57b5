"""What the medicine, dose and refill dialogs share: a form whose problems show under their
fields, Save and Cancel buttons, and one way to save that never loses what was typed (a
failed save keeps the dialog open with its text and says why)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.i18n import translate
from caregiver_app.ui.widgets.basics import FieldError, big_button, heading
from caregiver_app.ui.widgets.field_form import FieldForm

T = TypeVar("T")


def failure_reason(error: UserError | sqlite3.Error | ValidationFailed) -> str:
    """Why a change failed, in the family's words, without a final full stop."""
    if isinstance(error, ValidationFailed):
        return "; ".join(problem.render(translate) for problem in error.problems)
    text = error.render(translate) if isinstance(error, UserError) else str(error)
    return text.rstrip(".")


class SavingDialog(QDialog):
    def __init__(
        self, title: str, save_name: str, parent: QWidget | None = None, *, width_em: int = 40
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * width_em)
        layout = QVBoxLayout(self)
        #: A line above the form saying what the dialog is about (hidden when empty).
        self.headline = heading("", 1.2)
        self.headline.hide()
        layout.addWidget(self.headline)
        self.form = FieldForm()
        layout.addLayout(self.form)
        #: Room below the form for what a dialog shows besides its fields.
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.save_button = big_button(self.tr("&Save"), save_name)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def set_headline(self, text: str) -> None:
        self.headline.setText(text)
        self.headline.setVisible(bool(text))

    def save(self) -> None:
        raise NotImplementedError

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Runs a save; on a problem shows it (under its field, or below the form) and
        returns None, leaving everything typed in place."""
        try:
            result = action()
        except ValidationFailed as failed:
            self.form.show_problems(failed)
            return None
        except KeyError:
            self.form.clear_problems()
            self.form.general.set_texts(
                [self.tr("This was deleted meanwhile (in another window?), so it cannot be saved.")]
            )
            return None
        except (UserError, sqlite3.Error) as error:
            self.form.clear_problems()
            self.form.general.set_texts(
                [
                    self.tr("Not saved: {reason}. Try Save again in a moment.").format(
                        reason=failure_reason(error)
                    )
                ]
            )
            return None
        self.form.clear_problems()
        return result


def add_field_error(form: FieldForm, name: str, field: QWidget, row: QWidget) -> None:
    """Gives ``field``, shown inside ``row`` (a widget already added to ``form``), its own
    problem line under that row, so a problem with it shows right there."""
    holder = row.parentWidget()
    layout = holder.layout() if holder is not None else None
    if holder is None or layout is None:
        raise ValueError("add the row to the form first")
    error = FieldError(field, parent=holder)
    layout.addWidget(error)
    form.errors[name] = error
    form.fields[name] = field


def set_row_visible(form: FieldForm, widget: QWidget, visible: bool) -> None:
    """Shows or hides the form row that holds ``widget`` (its label too): a field added
    with :meth:`FieldForm.add` (which sits in a holder with its problem line), or a widget
    added as a row of its own."""
    added = any(field is widget for field in form.fields.values())
    holder = widget.parentWidget() if added else widget
    if holder is not None:
        form.setRowVisible(holder, visible)


class DialogSlot:
    """At most one dialog open over a page at a time (window-modal, not blocking): a second
    request while one is open is dropped. ``dialog`` is the one open, for tests to drive."""

    def __init__(self) -> None:
        self.dialog: QDialog | None = None

    def open(self, dialog: QDialog, saved: Callable[[], None]) -> None:
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(saved)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

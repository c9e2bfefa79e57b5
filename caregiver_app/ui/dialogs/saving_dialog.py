"""What the medicine, dose and refill dialogs share: a form whose problems show under their
fields, Save and Cancel buttons, and one way to save that never loses what was typed (a
failed save keeps the dialog open with its text and says why)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.ui.widgets.basics import FieldError, big_button, failure_reason, heading
from caregiver_app.ui.widgets.field_form import FieldForm

T = TypeVar("T")


def attempt_save(
    form: FieldForm, action: Callable[[], T], not_saved: str, deleted: str = ""
) -> T | None:
    """Runs a save for a dialog whose fields are in ``form``. On a problem it shows it (under
    its field, or below the form) and returns None, leaving everything typed in place:
    ``not_saved`` is the dialog's own translated "Not saved: {reason}. …" for a busy or full
    disk; ``deleted``, when given, is what to say if the record was deleted meanwhile (the
    service raised KeyError; without it a KeyError is a bug and goes on up)."""
    try:
        result = action()
    except ValidationFailed as failed:
        form.show_problems(failed)
        return None
    except KeyError:
        if not deleted:
            raise
        form.clear_problems()
        form.general.set_texts([deleted])
        return None
    except (UserError, sqlite3.Error) as error:
        form.clear_problems()
        form.general.set_texts([not_saved.format(reason=failure_reason(error))])
        return None
    form.clear_problems()
    return result


def save_cancel_row(
    save: QPushButton,
    on_save: Callable[[], object],
    cancel: QPushButton,
    on_cancel: Callable[[], object],
    *between: QPushButton,
) -> QHBoxLayout:
    """The buttons at the foot of a dialog, at its right: Cancel, any ``between``, then Save,
    the default button (Enter presses it). The dialog makes the buttons with its own
    translated texts."""
    save.setDefault(True)
    save.clicked.connect(on_save)
    cancel.clicked.connect(on_cancel)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in (cancel, *between, save):
        row.addWidget(button)
    return row


def grow_to_fit(dialog: QDialog) -> None:
    """Makes a dialog large enough for the problems or notes just shown in it. Qt does not
    grow a window for its word-wrapped labels by itself, so they would overlap the fields;
    a dialog the family made larger stays as large."""
    hint = dialog.sizeHint()
    width = max(dialog.width(), hint.width())
    height = hint.height()
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    dialog.resize(width, max(dialog.height(), height))


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
        self.cancel_button = big_button(self.tr("Cancel"), self.tr("Close without saving"))
        layout.addLayout(
            save_cancel_row(self.save_button, self.save, self.cancel_button, self.reject)
        )

    def set_headline(self, text: str) -> None:
        self.headline.setText(text)
        self.headline.setVisible(bool(text))

    def save(self) -> None:
        raise NotImplementedError

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Runs a save; on a problem shows it (under its field, or below the form) and
        returns None, leaving everything typed in place."""
        return attempt_save(
            self.form,
            action,
            self.tr("Not saved: {reason}. Try Save again in a moment."),
            self.tr("This was deleted meanwhile (in another window?), so it cannot be saved."),
        )


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

"""Small building blocks every page uses: big buttons, headings, field errors, feedback.

Nothing here sets a colour: sizes come from the system font, colours from the palette, so
the window follows the desktop's light or dark theme."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)

from caregiver_app.core.messages import Problem, UserError, ValidationFailed
from caregiver_app.i18n import translate

#: Large enough to hit with a tired hand on a touchpad.
BUTTON_MIN_HEIGHT = 40


def failure_reason(error: UserError | sqlite3.Error | ValidationFailed) -> str:
    """Why a change failed, in the family's words, without a final full stop."""
    if isinstance(error, ValidationFailed):
        return "; ".join(problem.render(translate) for problem in error.problems)
    text = error.render(translate) if isinstance(error, UserError) else str(error)
    return text.rstrip(".")


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:  # a pixel-sized font
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def big_button(text: str, accessible_name: str = "", parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumHeight(BUTTON_MIN_HEIGHT)
    button.setAccessibleName(accessible_name or text.replace("&", ""))
    button.setAutoDefault(False)
    return button


def heading(text: str = "", factor: float = 1.6, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def section_label(text: str, buddy: QWidget | None = None, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, 1.15, bold=True))
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapping label that never interprets what it shows as HTML (user text is safe)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def scroll_area(content: QWidget, *, wrap: bool = False) -> QScrollArea:
    """A frameless scroll area around ``content``, which takes the area's width; Tab goes to
    the fields inside, not to the area. ``wrap``: never scroll sideways (the content wraps
    its lines to the width)."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if wrap:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def has_focus_within(widget: QWidget) -> bool:
    """Whether the keyboard focus is on ``widget`` or on a widget inside it."""
    focused = QApplication.focusWidget()
    return focused is not None and widget.isAncestorOf(focused)


def remove_widgets(layout: QLayout, widgets: Iterable[QWidget]) -> None:
    """Takes ``widgets`` out of ``layout`` and deletes them (later: one of them may be the
    sender of the signal being handled)."""
    for widget in widgets:
        layout.removeWidget(widget)
        widget.hide()
        widget.deleteLater()


class FieldError(QWidget):
    """The problem with one field, shown right under it with a warning sign.

    Hidden while there is no problem. The field's accessible description carries the same
    text, so a screen reader says what is wrong when the field gets focus."""

    def __init__(
        self, field: QWidget | None = None, subject: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._field = field
        #: Said before each problem where no label beside the field names it ("Time").
        self._subject = subject
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = plain_label("", self)
        self.label.setFont(scaled_font(self.label, 1.0, bold=True))
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def set_problems(self, problems: Iterable[Problem]) -> None:
        texts = [problem.render(translate) for problem in problems]
        if self._subject:
            texts = [
                QCoreApplication.translate("FieldError", "{field}: {problem}").format(
                    field=self._subject, problem=text
                )
                for text in texts
            ]
        self.set_texts(texts)

    def set_texts(self, texts: Iterable[str]) -> None:
        text = "\n".join(texts)
        self.label.setText(text)
        self.setVisible(bool(text))
        if self._field is not None:
            self._field.setAccessibleDescription(text)

    def clear(self) -> None:
        self.set_texts(())


def show_problems(
    failed: ValidationFailed | None,
    errors: Mapping[str, FieldError],
    fallback: FieldError | None = None,
) -> list[str]:
    """Puts each problem next to its field (``None`` clears them all); returns the fields
    that have a problem, in the order of ``errors``. A problem for a field the form does not
    show goes to ``fallback`` so it is never silently dropped."""
    problems = failed.problems if failed is not None else ()
    for name, error in errors.items():
        error.set_problems(p for p in problems if p.field == name)
    if fallback is not None:
        fallback.set_texts(
            f"{p.field}: {p.render(translate)}" for p in problems if p.field not in errors
        )
    return [name for name in errors if any(p.field == name for p in problems)]


class FeedbackBar(QFrame):
    """One line saying what just happened ("Saved: Headache, severe, 08:15") with an Undo
    button when it can be undone. It stays until the next action replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        self._icon = QLabel(self)
        self.message = plain_label("", self)
        self.message.setFont(scaled_font(self.message, 1.1))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = big_button(
            QCoreApplication.translate("FeedbackBar", "Undo"),
            QCoreApplication.translate("FeedbackBar", "Undo the last change"),
            self,
        )
        self.undo_button.clicked.connect(self._undo)
        layout.addWidget(self._icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self._undo_action: Callable[[], None] | None = None
        self.hide()

    def show_message(
        self, text: str, undo: Callable[[], None] | None = None, *, problem: bool = False
    ) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if problem
            else QStyle.StandardPixmap.SP_DialogApplyButton
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size))
        self.message.setText(text)
        self.setAccessibleName(text)
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self.show()

    def show_failure(
        self,
        text: str,
        error: UserError | sqlite3.Error | ValidationFailed,
        retry: Callable[[], None] | None = None,
    ) -> None:
        """Says what could not be done and why: ``text`` is the caller's translated sentence
        with a ``{reason}``; ``retry``, when given, is offered as Undo again."""
        self.show_message(text.format(reason=failure_reason(error)), retry, problem=True)

    def text(self) -> str:
        return self.message.text() if not self.isHidden() else ""

    def clear(self) -> None:
        self._undo_action = None
        self.message.clear()
        self.hide()

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.undo_button.hide()
        if action is not None:
            action()

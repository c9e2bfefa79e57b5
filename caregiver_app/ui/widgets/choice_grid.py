"""A grid of large buttons of which at most one is chosen (symptoms, severities).

Keyboard: the whole grid is one Tab stop (the chosen button, else the first one shown);
arrow keys move between the buttons, Space chooses, Enter chooses and says "done" through
:attr:`ChoiceGrid.activated` so the page can move on to the next question."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT, scaled_font

CHECK_MARK = "✓ "
# The chosen button in the palette's highlight colours: plain at a glance in every theme
# (some styles draw a checked push button barely darker than the others). Roles, not colours.
CHOSEN_STYLE = (
    "QPushButton:checked { background-color: palette(highlight); "
    "color: palette(highlighted-text); border: 1px solid palette(highlight); "
    "border-radius: 4px; }"
)


class ChoiceGrid(QWidget):
    #: The chosen code changed ("" when nothing is chosen).
    choice_changed = Signal(str)
    #: A choice was made with Enter: the user is done with this question.
    activated = Signal(str)

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._layout = QGridLayout()
        self._layout.setSpacing(6)
        # Equal columns and rows packed at the top: a filtered grid of one button stays a
        # button, not a bar across the page.
        for column in range(columns):
            self._layout.setColumnStretch(column, 1)
        outer.addLayout(self._layout)
        outer.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.buttonToggled.connect(self._on_toggled)
        self.setStyleSheet(CHOSEN_STYLE)
        self._buttons: dict[str, QPushButton] = {}
        self._texts: dict[str, str] = {}
        self._order: list[str] = []

    # Building ----------------------------------------------------------------------------

    def add_choice(self, code: str, text: str, tooltip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setMinimumHeight(BUTTON_MIN_HEIGHT + 4)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFont(scaled_font(button, 1.05))
        button.setAccessibleName(text)
        if tooltip:
            button.setToolTip(tooltip)
            button.setAccessibleDescription(tooltip)
        button.setProperty("choice_code", code)
        button.installEventFilter(self)
        self._group.addButton(button)
        self._buttons[code] = button
        self._texts[code] = text
        self._order.append(code)
        self._layout.addWidget(button, *divmod(len(self._order) - 1, self._columns))
        self._update_tab_stop()
        return button

    # Reading and setting -----------------------------------------------------------------

    def codes(self) -> list[str]:
        return list(self._buttons)

    def button(self, code: str) -> QPushButton:
        return self._buttons[code]

    def choice(self) -> str:
        checked = self._group.checkedButton()
        return str(checked.property("choice_code")) if checked is not None else ""

    def set_choice(self, code: str) -> None:
        """Chooses ``code``; "" or an unknown code clears the choice."""
        if code in self._buttons:
            self._buttons[code].setChecked(True)
            return
        checked = self._group.checkedButton()
        if checked is not None:
            # An exclusive group refuses to uncheck its last button; step out of it briefly.
            self._group.setExclusive(False)
            checked.setChecked(False)
            self._group.setExclusive(True)

    def show_only(self, codes: Sequence[str]) -> None:
        """Shows these buttons, in this order; hides the rest."""
        self._order = [code for code in codes if code in self._buttons]
        self._relayout()

    def visible_codes(self) -> list[str]:
        return list(self._order)

    def focus_choice(self) -> None:
        """Puts keyboard focus on the chosen button, else the first one shown."""
        target = self._tab_stop()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    # Internals ---------------------------------------------------------------------------

    def _relayout(self) -> None:
        for button in self._buttons.values():
            self._layout.removeWidget(button)
        shown = set(self._order)
        for index, code in enumerate(self._order):
            row, column = divmod(index, self._columns)
            self._layout.addWidget(self._buttons[code], row, column)
        for code, button in self._buttons.items():
            button.setVisible(code in shown)
        self._update_tab_stop()

    def _tab_stop(self) -> QPushButton | None:
        checked = self._group.checkedButton()
        if isinstance(checked, QPushButton) and checked.property("choice_code") in self._order:
            return checked
        return self._buttons[self._order[0]] if self._order else None

    def _update_tab_stop(self, stop: QPushButton | None = None) -> None:
        stop = stop or self._tab_stop()
        for button in self._buttons.values():
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            )

    def _on_toggled(self, button: QPushButton, checked: bool) -> None:
        code = str(button.property("choice_code"))
        # A check mark and bold text make the choice plain in every style and theme.
        button.setText(CHECK_MARK + self._texts[code] if checked else self._texts[code])
        font = button.font()
        font.setBold(checked)
        button.setFont(font)
        if checked:
            self._update_tab_stop(button)
            self.choice_changed.emit(code)
        elif self._group.checkedButton() is None:
            self._update_tab_stop()
            self.choice_changed.emit("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton):
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            return self._key(watched, event.key())
        return False

    def _key(self, button: QPushButton, key: int) -> bool:
        code = str(button.property("choice_code"))
        if key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value):
            button.setChecked(True)
            self.activated.emit(code)
            return True
        steps = {
            Qt.Key.Key_Left.value: -1,
            Qt.Key.Key_Right.value: 1,
            Qt.Key.Key_Up.value: -self._columns,
            Qt.Key.Key_Down.value: self._columns,
        }
        if key not in steps or code not in self._order:
            return False
        target = self._order.index(code) + steps[key]
        if 0 <= target < len(self._order):
            next_button = self._buttons[self._order[target]]
            self._update_tab_stop(next_button)
            next_button.setFocus(Qt.FocusReason.TabFocusReason)
        return True

"""The numbers to call, one click away: the local emergency number first, then each member
of the care team who has a phone number. Each number is a button beside who it reaches; a
click copies the number and shows it large, to read while dialling on a phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caregiver_app.services.redflags import CallNumber
from caregiver_app.ui.bidi import left_to_right
from caregiver_app.ui.widgets.basics import big_button, plain_label, scaled_font, section_label


class CallNumbers(QFrame):
    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(section_label(self.tr("Numbers to call")))
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        layout.addLayout(self._grid)
        self.shown = plain_label("")
        self.shown.setFont(scaled_font(self.shown, 2.0, bold=True))
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.hide()
        layout.addWidget(self.shown)
        self.note = plain_label("")
        layout.addWidget(self.note)
        self.buttons: list[QPushButton] = []
        self._labels: list[QLabel] = []
        self._numbers: list[CallNumber] = []

    def set_numbers(self, numbers: list[CallNumber]) -> None:
        for widget in [*self.buttons, *self._labels]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.buttons, self._labels = [], []
        self._numbers = list(numbers)
        self.shown.hide()
        for index, number in enumerate(numbers):
            who = plain_label(self.who(number))
            button = big_button(
                left_to_right(number.phone),
                self.tr("Call {who}: {phone}. Press to copy the number and show it large.").format(
                    who=self.who(number), phone=number.phone
                ),
            )
            button.setToolTip(self.tr("Copy {phone} and show it large").format(phone=number.phone))
            if number.emergency:
                who.setFont(scaled_font(who, 1.3, bold=True))
                button.setFont(scaled_font(button, 1.5, bold=True))
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(number.phone) + 32)
            button.clicked.connect(lambda _checked=False, n=number: self.show_number(n))
            row, column = divmod(index, self._columns)
            self._grid.addWidget(who, row, column * 2)
            self._grid.addWidget(button, row, column * 2 + 1)
            self.buttons.append(button)
            self._labels.append(who)
        for column in range(self._columns):
            self._grid.setColumnStretch(column * 2, 1)
        if len(numbers) > 1:
            self.note.setText(self.tr("Press a number to copy it and see it large."))
        else:
            self.note.setText(
                self.tr(
                    "Press the number to copy it and see it large. Add the care team's phone "
                    "numbers on the Family & care team page to have them here too."
                )
            )

    def who(self, number: CallNumber) -> str:
        """ "Emergency number", "Haematologist (Dr. Omar Haddad, Children's hospital)"."""
        if not number.name:
            return number.label
        return self.tr("{role} ({name})").format(role=number.label, name=number.name)

    def button_text(self, number: CallNumber) -> str:
        """The number with whom it reaches, in one line (printing, the large display)."""
        return self.tr("{who}: {phone}").format(
            who=self.who(number), phone=left_to_right(number.phone)
        )

    def show_number(self, number: CallNumber) -> None:
        QGuiApplication.clipboard().setText(number.phone)
        self.shown.setText(self.button_text(number))
        self.shown.show()
        self.note.setText(self.tr("Copied. Dial it on your phone."))

    def numbers(self) -> list[CallNumber]:
        return list(self._numbers)

"""The 20 primary teeth laid out like a mouth seen from the front: the upper jaw above
(55..51 | 61..65), the lower jaw below (85..81 | 71..75), so the child's right is on the
reader's left, as on a dentist's chart.

Each tooth is a button showing its FDI number and the day it came through ("not yet" when
it has not), and the word "late" when it is past the end of its usual age range: the mark is
a word, a bold face and a thick border, never a colour alone. Choosing a tooth (click, Enter
or Space) emits :attr:`ToothChart.tooth_chosen`; the page opens the dialog.

Keyboard: the chart is one Tab stop (the last tooth used, else 51); the arrow keys move
between the teeth as they sit in the mouth."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.dental import ToothState, ToothStatus
from caregiver_app.ui.care_labels import tooth_name, tooth_state_label
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    plain_label,
    scaled_font,
    section_label,
)

#: As the teeth sit in the mouth, seen from the front (the child's right on the left).
UPPER_JAW = (55, 54, 53, 52, 51, 61, 62, 63, 64, 65)
LOWER_JAW = (85, 84, 83, 82, 81, 71, 72, 73, 74, 75)
ROWS = (UPPER_JAW, LOWER_JAW)
#: The grid column of the gap between the two halves of each jaw (the midline).
MIDLINE_COLUMN = 5

# Palette roles only, so light and dark themes both work. A tooth not yet through is drawn
# flat with a dashed edge; a late one has a thick solid edge and bold text (and says "late").
CHART_STYLE = (
    "QPushButton { border: 1px solid palette(mid); border-radius: 8px; padding: 4px 2px; "
    "background-color: palette(base); color: palette(text); }"
    'QPushButton[through="false"] { border-style: dashed; background-color: palette(window); '
    "color: palette(window-text); }"
    'QPushButton[late="true"] { border: 3px solid palette(window-text); font-weight: bold; }'
    "QPushButton:focus { background-color: palette(highlight); "
    "color: palette(highlighted-text); }"
)


class ToothChart(QWidget):
    #: A tooth was chosen (its FDI number): record, correct or clear its day.
    tooth_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[int, QPushButton] = {}
        self._statuses: dict[int, ToothStatus] = {}
        self._tab_stop = 51

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(section_label(self.tr("Baby teeth")))
        top.addSpacing(12)
        #: "16 of 20 baby teeth have come through. 2 ... past the usual age range."
        self.summary = plain_label("")
        top.addWidget(self.summary, 1)
        outer.addLayout(top)
        # The teeth are drawn as the dentist faces the child (the child's right on the left)
        # in every language: not mirrored in a right-to-left window; the arrows move as shown.
        teeth = QWidget()
        teeth.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(teeth)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(6)
        outer.addWidget(teeth)

        right = QLabel(self.tr("Child's right"))
        left = QLabel(self.tr("Child's left"))
        # Absolute: at the chart's outer edges whichever way the words read (Arabic too).
        right.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.upper_caption = QLabel(self.tr("Upper jaw"))
        self.lower_caption = QLabel(self.tr("Lower jaw"))
        for caption in (self.upper_caption, self.lower_caption):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setFont(scaled_font(caption, 1.0, bold=True))
        grid.addWidget(right, 0, 0, 1, 3)
        grid.addWidget(self.upper_caption, 0, 3, 1, 5)
        grid.addWidget(left, 0, 8, 1, 3)
        for row, jaw in enumerate(ROWS, start=1):
            for position, fdi in enumerate(jaw):
                column = position if position < MIDLINE_COLUMN else position + 1
                grid.addWidget(self._make_button(fdi), row, column)
        grid.addWidget(self.lower_caption, 3, 3, 1, 5)
        midline = QFrame()
        midline.setFrameShape(QFrame.Shape.VLine)
        midline.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(midline, 1, MIDLINE_COLUMN, 2, 1, Qt.AlignmentFlag.AlignHCenter)
        for column in range(len(UPPER_JAW) + 1):
            grid.setColumnStretch(column, 0 if column == MIDLINE_COLUMN else 1)

        self.legend = plain_label(
            self.tr(
                '"late": past the usual age range for that tooth (point at a tooth to see it). '
                "Worth showing the dentist, not a diagnosis: in osteopetrosis teeth often come "
                "late. Click a tooth, or press Enter on it, to record the day it came through."
            )
        )
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(self.legend)
        self.setStyleSheet(CHART_STYLE)
        self._update_tab_stop()

    def _make_button(self, fdi: int) -> QPushButton:
        button = QPushButton(str(fdi), self)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lines = button.fontMetrics().lineSpacing() * 2
        button.setMinimumHeight(max(BUTTON_MIN_HEIGHT, lines + 14))
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance("00/00/0000") + 12)
        button.setAccessibleName(tooth_name(fdi))
        button.setProperty("fdi", fdi)
        button.setProperty("through", False)
        button.setProperty("late", False)
        button.clicked.connect(lambda _checked=False, fdi=fdi: self._choose(fdi))
        button.installEventFilter(self)
        self._buttons[fdi] = button
        return button

    # Reading and setting -----------------------------------------------------------------

    def teeth(self) -> list[int]:
        """The FDI numbers as laid out: upper jaw then lower jaw, each left to right."""
        return [*UPPER_JAW, *LOWER_JAW]

    def button(self, fdi: int) -> QPushButton:
        return self._buttons[fdi]

    def status(self, fdi: int) -> ToothStatus | None:
        return self._statuses.get(fdi)

    def set_statuses(self, statuses: Sequence[ToothStatus]) -> None:
        """Shows each tooth's state (from ``DentalService.eruption_chart``)."""
        self._statuses = {status.tooth.fdi: status for status in statuses}
        for fdi, button in self._buttons.items():
            status = self._statuses.get(fdi)
            if status is None:
                continue
            self._show(button, status)
        through = sum(status.erupted_on is not None for status in statuses)
        late = sum(status.state is ToothState.LATE for status in statuses)
        text = self.tr("%n of 20 baby teeth have come through.", "", through)
        if late:
            text = self.tr("{through} {late}").format(
                through=text,
                late=self.tr("%n not through yet although past the usual age range.", "", late),
            )
        self.summary.setText(text)

    def _show(self, button: QPushButton, status: ToothStatus) -> None:
        fdi = status.tooth.fdi
        when = day_text(status.erupted_on) if status.erupted_on else self.tr("not yet")
        number = self.tr("{number} · late").format(number=fdi) if status.is_late else str(fdi)
        button.setText(f"{number}\n{when}")
        name = tooth_name(fdi)
        states = {
            ToothState.NOT_YET_DUE: self.tr("not through yet, not expected yet"),
            ToothState.DUE: self.tr("not through yet, usually comes through about now"),
            ToothState.LATE: self.tr("not through yet, later than the usual range"),
            ToothState.ERUPTED: self.tr("came through on {date}"),
            ToothState.ERUPTED_LATE: self.tr("came through on {date}, later than the usual range"),
        }
        state = states[status.state].format(date=when)
        usual = self.tr("Usually comes through between {start} and {end} months of age.").format(
            start=status.tooth.erupts_from_months, end=status.tooth.erupts_to_months
        )
        button.setAccessibleName(
            self.tr("{name} ({number}): {state}").format(name=name, number=fdi, state=state)
        )
        button.setAccessibleDescription(usual)
        button.setToolTip(
            self.tr("{name} (tooth {number})\n{state}\n{usual}\nClick to record its day.").format(
                name=name, number=fdi, state=tooth_state_label(status.state), usual=usual
            )
        )
        # Restyle: the style sheet reads these properties only when it polishes the button.
        button.setProperty("through", status.erupted_on is not None)
        button.setProperty("late", status.is_late)
        button.style().unpolish(button)
        button.style().polish(button)

    # Keyboard ----------------------------------------------------------------------------

    def focus_tooth(self, fdi: int | None = None) -> None:
        """Puts keyboard focus on a tooth (the chart's Tab stop by default)."""
        target = self._buttons[fdi if fdi in self._buttons else self._tab_stop]
        self._update_tab_stop(int(target.property("fdi")))
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, fdi: int) -> None:
        self._update_tab_stop(fdi)
        self.tooth_chosen.emit(fdi)

    def _update_tab_stop(self, fdi: int | None = None) -> None:
        if fdi is not None:
            self._tab_stop = fdi
        for number, button in self._buttons.items():
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus
                if number == self._tab_stop
                else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton):
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            return self._key(int(watched.property("fdi")), event.key())
        return False

    def _key(self, fdi: int, key: int) -> bool:
        if key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value):
            self._choose(fdi)
            return True
        row = 0 if fdi in UPPER_JAW else 1
        position = ROWS[row].index(fdi)
        moves = {
            Qt.Key.Key_Left.value: (row, position - 1),
            Qt.Key.Key_Right.value: (row, position + 1),
            Qt.Key.Key_Up.value: (0, position),
            Qt.Key.Key_Down.value: (1, position),
            Qt.Key.Key_Home.value: (row, 0),
            Qt.Key.Key_End.value: (row, len(ROWS[row]) - 1),
        }
        if key not in moves:
            return False
        new_row, new_position = moves[key]
        if 0 <= new_position < len(ROWS[new_row]):
            self.focus_tooth(ROWS[new_row][new_position])
        return True

"""Today's scheduled doses of one child, in time order, each a card with its state in words
(given at 08:05 by Ana, given late, skipped and why, not yet, due now, overdue) and big
Given / Skip buttons; a recorded dose can be changed. Used by the Medicines page and the
Today page.

Given records the dose as given now, by the caregiver set in Settings, with Undo; Skip asks
for the reason; Change opens the dose for correction (another time, another person). The
states follow the clock: the panel reads the day again every minute while it is shown, and
whenever a medicine or dose of the child changes."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.medicines import DoseEvent, DoseStatus
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.services.app import AppServices
from caregiver_app.services.medicines import DueDose
from caregiver_app.ui.dialogs.dose_dialog import DoseDialog
from caregiver_app.ui.dialogs.saving_dialog import DialogSlot
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import time_text
from caregiver_app.ui.medicine_labels import MedicineWords, is_overdue
from caregiver_app.ui.widgets.basics import (
    FeedbackBar,
    big_button,
    failure_reason,
    has_focus_within,
    plain_label,
    remove_widgets,
    scaled_font,
)
from caregiver_app.ui.widgets.refresh_when_shown import RefreshWhenShown

#: How often the states ("not yet", "due now", "overdue") are brought up to date.
CLOCK_INTERVAL_MS = 60_000
GIVEN_MARK = "✓"
SKIPPED_MARK = "✗"
OVERDUE_MARK = "⚠"
PENDING_MARK = "○"


class DoseCard(QFrame):
    """One scheduled dose of the day: its time, medicine and dose, how it went, and the
    buttons that record it."""

    def __init__(self, due: DueDose, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = due
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # As tall as the tallest card of its row, so the buttons line up.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        words = MedicineWords()
        medicine, occurrence, event = due.medicine, due.occurrence, due.event
        clock = time_text(occurrence.wall_time)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        dose = medicine.dose_label()
        title = self.tr("{time}  {name} {dose}") if dose else self.tr("{time}  {name}")
        self.title_label = plain_label(title.format(time=clock, name=medicine.name, dose=dose))
        self.title_label.setFont(scaled_font(self.title_label, 1.0, bold=True))
        layout.addWidget(self.title_label)

        self.overdue = event is None and is_overdue(occurrence, now)
        if event is not None:
            state = words.given_state(event, event.given_local() or now)
            mark = GIVEN_MARK if event.status is DoseStatus.GIVEN else SKIPPED_MARK
        else:
            state = words.pending_state(occurrence, now)
            mark = OVERDUE_MARK if self.overdue else PENDING_MARK
        self.state_text = state
        self.state_label = plain_label(self.tr("{mark} {state}").format(mark=mark, state=state))
        self.state_label.setFont(scaled_font(self.state_label, 1.0, bold=self.overdue))
        layout.addWidget(self.state_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.given_button: QPushButton | None = None
        self.skip_button: QPushButton | None = None
        self.change_button: QPushButton | None = None
        if event is None:
            self.given_button = big_button(
                self.tr("Given"),
                self.tr("Given now: {name}, the {time} dose").format(
                    name=medicine.name, time=clock
                ),
            )
            self.given_button.setToolTip(self.tr("Record it as given now, by you"))
            self.given_button.setFont(scaled_font(self.given_button, 1.05, bold=True))
            self.skip_button = big_button(
                self.tr("Skip…"),
                self.tr("Skip {name}, the {time} dose, and say why").format(
                    name=medicine.name, time=clock
                ),
            )
            buttons.addWidget(self.given_button, 2)
            buttons.addWidget(self.skip_button, 1)
        else:
            self.change_button = big_button(
                self.tr("Change…"),
                self.tr("Change what was recorded for {name}, the {time} dose").format(
                    name=medicine.name, time=clock
                ),
            )
            buttons.addWidget(self.change_button)
            buttons.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setAccessibleName(
            self.tr("{time} {name}: {state}").format(time=clock, name=medicine.name, state=state)
        )


class DueDosesPanel(RefreshWhenShown, QWidget):
    #: The cards were built again (their number or size may have changed).
    reloaded = Signal()

    def __init__(
        self,
        services: AppServices,
        events: DataEvents,
        parent: QWidget | None = None,
        *,
        card_em: int = 17,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._child_id: str | None = None
        self._columns = 0
        self._card_width = self.fontMetrics().horizontalAdvance("M") * card_em
        #: The cards shown, in time order.
        self.cards: list[DoseCard] = []
        self._dialogs = DialogSlot()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout.addWidget(self._grid_holder)
        self.empty_label = plain_label("")
        layout.addWidget(self.empty_label)
        self.feedback = FeedbackBar()
        layout.addWidget(self.feedback)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_INTERVAL_MS)
        self._clock.timeout.connect(self.refresh)
        events.medicines_changed.connect(self._on_medicines_changed)
        events.settings_changed.connect(self.refresh)

    # Child and refresh -------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        if child_id != self._child_id:
            self.feedback.clear()
        self._child_id = child_id
        self.refresh()

    def child_id(self) -> str | None:
        return self._child_id

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._clock.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._clock.stop()
        super().hideEvent(event)

    def _on_medicines_changed(self, child_id: str) -> None:
        if child_id == self._child_id:
            self.refresh()

    def _reload(self) -> None:
        had_focus = has_focus_within(self)
        remove_widgets(self._grid, self.cards)
        self.cards = []
        due: list[DueDose] = []
        problem = ""
        if self._child_id is not None:
            try:
                due = self._services.medicines.due_doses(self._child_id)
            except (UserError, sqlite3.Error) as error:
                # Busy or gone: say so; the next change or the next minute tries again.
                problem = self.tr("Today's doses could not be read: {reason}.").format(
                    reason=failure_reason(error)
                )
        now = self._services.clock.now()
        for item in due:
            card = DoseCard(item, now, self._grid_holder)
            if card.given_button is not None:
                card.given_button.clicked.connect(lambda _=False, c=card: self.give(c))
            if card.skip_button is not None:
                card.skip_button.clicked.connect(lambda _=False, c=card: self.skip(c))
            if card.change_button is not None:
                card.change_button.clicked.connect(lambda _=False, c=card: self.change(c))
            self.cards.append(card)
        self._columns = 0
        self._place_cards()
        self._grid_holder.setVisible(bool(self.cards))
        self.empty_label.setText(problem or (self._empty_text() if not self.cards else ""))
        self.empty_label.setVisible(not self.cards)
        if had_focus:
            self._focus_next()
        self.reloaded.emit()

    def _empty_text(self) -> str:
        if self._child_id is None:
            return ""
        return self.tr("No doses planned for today.")

    def _focus_next(self) -> None:
        """After a dose is recorded, the keyboard moves on to the next one to record."""
        target = next((c.given_button for c in self.cards if c.given_button is not None), None)
        if target is None and self.feedback.undo_button.isVisible():
            target = self.feedback.undo_button
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # Layout ------------------------------------------------------------------------------

    def _columns_for_width(self) -> int:
        spacing = self._grid.horizontalSpacing()
        return max(1, (self.width() + spacing) // (self._card_width + spacing))

    def _place_cards(self) -> None:
        columns = min(self._columns_for_width(), max(1, len(self.cards)))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for position, card in enumerate(self.cards):
            row, column = divmod(position, columns)
            card.setMaximumWidth(self._card_width * 2)
            self._grid.addWidget(card, row, column)
            card.show()
        # Cards share the width, up to twice their size; a spacer after them takes the rest,
        # so two doses stay two cards at the left, not two bars across the page.
        self._grid.removeItem(self._spacer)
        self._grid.addItem(self._spacer, 0, columns)
        for column in range(max(self._grid.columnCount(), columns + 1)):
            self._grid.setColumnStretch(column, 100 if column < columns else 0)
        self._grid.setColumnStretch(columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

    # Recording ---------------------------------------------------------------------------

    def give(self, card: DoseCard) -> None:
        """Records the card's dose as given now, by the caregiver set in Settings."""
        due = card.due
        if self._child_id is None:
            return
        zone = ZoneInfo(self._services.medicines.zone())
        now = self._services.clock.now().astimezone(zone)
        try:
            event = self._services.medicines.log_dose(
                due.medicine.id,
                status=DoseStatus.GIVEN.value,
                scheduled_date=due.occurrence.local_date,
                scheduled_time=due.occurrence.wall_time,
                given_date=now.date(),
                given_time=now.time().replace(second=0, microsecond=0),
            )
        except (ValidationFailed, UserError, sqlite3.Error) as error:
            self._failed(error)
            return
        self._recorded(event, due)

    def skip(self, card: DoseCard) -> None:
        self._open(
            DoseDialog(
                self._services,
                card.due.medicine,
                occurrence=card.due.occurrence,
                status=DoseStatus.SKIPPED,
                parent=self.window(),
            ),
            card.due,
        )

    def change(self, card: DoseCard) -> None:
        if card.due.event is None:
            return
        self._open(
            DoseDialog(
                self._services, card.due.medicine, event=card.due.event, parent=self.window()
            ),
            card.due,
        )

    @property
    def dialog(self) -> DoseDialog | None:
        """The dose dialog open over the panel, if any (tests drive it)."""
        dialog = self._dialogs.dialog
        return dialog if isinstance(dialog, DoseDialog) else None

    def _open(self, dialog: DoseDialog, due: DueDose) -> None:
        self._dialogs.open(dialog, lambda: self._dialog_saved(dialog, due))

    def _dialog_saved(self, dialog: DoseDialog, due: DueDose) -> None:
        if dialog.saved is None:
            return
        if due.event is None:
            self._recorded(dialog.saved, due)
            return
        self.feedback.show_message(
            self.tr("Saved the change: {what}.").format(what=self._describe(dialog.saved, due))
        )
        self._events.medicines_changed.emit(due.medicine.child_id)

    def _describe(self, event: DoseEvent, due: DueDose) -> str:
        words = MedicineWords()
        local = event.given_local()
        state = words.given_state(event, local or self._services.clock.now())
        return self.tr("{name}, the {time} dose: {state}").format(
            name=due.medicine.name, time=time_text(due.occurrence.wall_time), state=state
        )

    def _recorded(self, event: DoseEvent, due: DueDose) -> None:
        self.feedback.show_message(
            self.tr("Recorded: {what}.").format(what=self._describe(event, due)),
            lambda: self._undo(event, due),
        )
        self._events.medicines_changed.emit(due.medicine.child_id)

    def _undo(self, event: DoseEvent, due: DueDose) -> None:
        try:
            self._services.medicines.delete_dose(event.id)
        except (UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not undone: {reason}. Try Undo again in a moment."),
                error,
                lambda: self._undo(event, due),
            )
            return
        self.feedback.show_message(
            self.tr("Taken out of the log: {name}, the {time} dose.").format(
                name=due.medicine.name, time=time_text(due.occurrence.wall_time)
            )
        )
        self._events.medicines_changed.emit(due.medicine.child_id)

    def _failed(self, error: ValidationFailed | UserError | sqlite3.Error) -> None:
        self.feedback.show_failure(self.tr("Not recorded: {reason}."), error)
        self.refresh()  # another window may have recorded it meanwhile

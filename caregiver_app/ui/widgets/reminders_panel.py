"""The reminders waiting for the family, always in the window (the tray may not exist).

Each open reminder (fired in the last two days, not answered, snoozed or dismissed; see
``services.reminders.open_reminders``) is a row: what it is about and when, in words, with
Given and Skip (and its reason, typed right there) for a medicine dose, and Snooze (in an hour,
tomorrow morning) and Dismiss for every reminder. Each answer can be undone.

Once after a start (or a wake from sleep), one list of what came due while the app was closed
(:class:`MissedReminders`), kept by the ticker until the family presses "Seen": above the rows,
or wherever the page puts it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.medicines import DoseEvent
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.reminders import (
    REMINDER_KIND_LABELS,
    SNOOZE_CHOICE_LABELS,
    ReminderKey,
    ReminderKind,
    ReminderOccurrence,
    ReminderRule,
    SnoozeChoice,
    reminder_when_text,
)
from caregiver_app.i18n import translate
from caregiver_app.reminders.scheduler import CatchUpReason, ReminderTicker
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import day_text, time_text
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    FieldError,
    big_button,
    failure_reason,
    has_focus_within,
    plain_label,
    remove_widgets,
    scaled_font,
    section_label,
)
from caregiver_app.ui.widgets.refresh_when_shown import RefreshWhenShown

#: The missed list names at most this many reminders, then says how many more.
MISSED_LINES = 8


# Words, shared with the tray's messages -----------------------------------------------------


def reminder_kind_text(kind: ReminderKind) -> str:
    return translate("Reminders", REMINDER_KIND_LABELS[kind])


def reminder_title(occurrence: ReminderOccurrence) -> str:
    """ "Eye exam", "Calcitriol (0.25 µg)", "Ophthalmology (Dr. Ruiz · Hospital Niño Jesús)"."""
    reminder = occurrence.reminder
    title = reminder.title.render(translate)
    if not reminder.detail.strip():
        return title
    return QCoreApplication.translate("Reminders", "{title} ({detail})").format(
        title=title, detail=reminder.detail.strip()
    )


def reminder_when(occurrence: ReminderOccurrence) -> str:
    """ "Overdue since 01/09/2026", "Due 21/11/2026 at 08:00", in the family's locale."""
    return reminder_when_text(occurrence, translate, day_text=day_text, time_text=time_text)


def reminder_line(occurrence: ReminderOccurrence, child_name: str = "") -> str:
    """One line: "Medicine dose: Calcitriol (0.25 µg) — Due 21/11/2026 at 08:00"."""
    line = QCoreApplication.translate("Reminders", "{kind}: {title} — {when}").format(
        kind=reminder_kind_text(occurrence.kind),
        title=reminder_title(occurrence),
        when=reminder_when(occurrence),
    )
    if not child_name:
        return line
    return QCoreApplication.translate("Reminders", "{child}: {reminder}").format(
        child=child_name, reminder=line
    )


def missed_heading(reason: CatchUpReason) -> str:
    if reason is CatchUpReason.WAKE:
        return QCoreApplication.translate(
            "Reminders", "While the computer was asleep or its clock changed:"
        )
    return QCoreApplication.translate("Reminders", "While the app was closed:")


def missed_lines(items: list[ReminderOccurrence], names: dict[str, str]) -> list[str]:
    """One line per reminder; the doses of one medicine that were never answered share one
    line (a week away from the computer is not twenty-one lines). ``names``: child id to name,
    given when the family has several children."""
    doses: dict[str, list[ReminderOccurrence]] = {}
    for item in items:
        if item.kind is ReminderKind.DOSE:
            doses.setdefault(item.reminder.subject_id, []).append(item)
    lines: list[str] = []
    for item in items:
        child = names.get(item.reminder.child_id, "")
        group = doses.get(item.reminder.subject_id) if item.kind is ReminderKind.DOSE else None
        if group is None or len(group) == 1:
            lines.append(reminder_line(item, child))
            continue
        if item is not group[0]:
            continue
        line = QCoreApplication.translate(
            "Reminders", "{kind}: {title} — doses due from {first} to {last}, not recorded"
        ).format(
            kind=reminder_kind_text(item.kind),
            title=reminder_title(item),
            first=_dose_moment(group[0]),
            last=_dose_moment(group[-1]),
        )
        if child:
            line = QCoreApplication.translate("Reminders", "{child}: {reminder}").format(
                child=child, reminder=line
            )
        lines.append(line)
    return lines


def child_names(services: AppServices) -> dict[str, str]:
    """Child id to name when the family has several children (else none: no names shown)."""
    children = services.family.children()
    return {child.id: child.name for child in children} if len(children) > 1 else {}


def _dose_moment(item: ReminderOccurrence) -> str:
    reminder = item.reminder
    if reminder.wall_time is None:
        return day_text(reminder.due_date)
    return QCoreApplication.translate("Reminders", "{date} at {time}").format(
        date=day_text(reminder.due_date), time=time_text(reminder.wall_time)
    )


def _icon_label(pixmap: QStyle.StandardPixmap, parent: QWidget) -> QLabel:
    icon = QLabel(parent)
    size = parent.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    icon.setPixmap(parent.style().standardIcon(pixmap).pixmap(size))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    return icon


# One reminder -------------------------------------------------------------------------------


class ReminderRow(QFrame):
    """An open reminder: what and when, and the buttons that answer it."""

    def __init__(
        self, occurrence: ReminderOccurrence, child_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.occurrence = occurrence
        self.setFrameShape(QFrame.Shape.StyledPanel)
        #: How the reminder is named in messages ("Calcitriol (0.25 µg)").
        self.short_text = reminder_title(occurrence)
        self.line = reminder_line(occurrence, child_name)
        overdue = occurrence.rule is ReminderRule.CHECK_OVERDUE
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.setContentsMargins(6, 4, 6, 4)

        # One line where there is room: what and when on the left, the answers on the right.
        top = QHBoxLayout()
        warning = QStyle.StandardPixmap.SP_MessageBoxWarning
        information = QStyle.StandardPixmap.SP_MessageBoxInformation
        top.addWidget(_icon_label(warning if overdue else information, self))
        text = QVBoxLayout()
        text.setSpacing(0)
        title = QCoreApplication.translate("Reminders", "{kind}: {title}").format(
            kind=reminder_kind_text(occurrence.kind), title=self.short_text
        )
        if child_name:
            title = QCoreApplication.translate("Reminders", "{child}: {reminder}").format(
                child=child_name, reminder=title
            )
        self.title_label = plain_label(title)
        self.title_label.setFont(scaled_font(self.title_label, 1.0, bold=True))
        self.when_label = plain_label(reminder_when(occurrence))
        self.when_label.setFont(scaled_font(self.when_label, 1.0, bold=overdue))
        text.addWidget(self.title_label)
        text.addWidget(self.when_label)
        top.addLayout(text, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.given_button: QPushButton | None = None
        self.skip_button: QPushButton | None = None
        if occurrence.kind is ReminderKind.DOSE:
            self.given_button = big_button(
                self.tr("Given"), self.tr("Given now: {what}").format(what=self.short_text)
            )
            self.given_button.setToolTip(self.tr("Record it in the dose log as given now, by you"))
            self.given_button.setFont(scaled_font(self.given_button, 1.0, bold=True))
            self.skip_button = big_button(
                self.tr("Skip…"), self.tr("Skip {what}, and say why").format(what=self.short_text)
            )
            buttons.addWidget(self.given_button)
            buttons.addWidget(self.skip_button)
        self.snooze_button = big_button(
            self.tr("Snooze"), self.tr("Remind me later: {what}").format(what=self.short_text)
        )
        self.snooze_menu = QMenu(self.snooze_button)
        #: The snooze choices, as menu actions (in an hour, tomorrow morning).
        self.snooze_actions = {
            choice: self.snooze_menu.addAction(translate("Reminders", SNOOZE_CHOICE_LABELS[choice]))
            for choice in SnoozeChoice
        }
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = big_button(
            self.tr("Dismiss"),
            self.tr("Dismiss this reminder: {what}").format(what=self.short_text),
        )
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        top.addLayout(buttons)
        layout.addLayout(top)

        # Skipping a dose needs its reason: asked right here, not in another window.
        self.skip_box = QWidget(self)
        skip_row = QHBoxLayout(self.skip_box)
        skip_row.setContentsMargins(0, 0, 0, 0)
        self.reason_edit = QLineEdit(self.skip_box)
        self.reason_edit.setPlaceholderText(self.tr("Why was it skipped? e.g. vomiting, asleep"))
        self.reason_edit.setAccessibleName(self.tr("Why the dose was skipped"))
        self.reason_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.confirm_skip_button = big_button(
            self.tr("Skip dose"),
            self.tr("Record {what} as skipped").format(what=self.short_text),
            self.skip_box,
        )
        self.cancel_skip_button = big_button(
            self.tr("Cancel"), self.tr("Do not skip the dose"), self.skip_box
        )
        self.cancel_skip_button.clicked.connect(self.hide_skip)
        skip_row.addWidget(self.reason_edit, 1)
        skip_row.addWidget(self.confirm_skip_button)
        skip_row.addWidget(self.cancel_skip_button)
        self.skip_box.hide()
        layout.addWidget(self.skip_box)
        self.skip_error = FieldError(self.reason_edit, self.tr("Reason"), self)
        layout.addWidget(self.skip_error)
        self.setAccessibleName(self.line)

    @property
    def key(self) -> ReminderKey:
        return self.occurrence.key

    def show_skip(self) -> None:
        self.skip_box.show()
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def hide_skip(self) -> None:
        self.skip_box.hide()
        self.skip_error.clear()


# What was missed -----------------------------------------------------------------------------


class MissedReminders(QFrame):
    """One list of what came due while the app was closed (or the computer asleep), kept by
    the ticker until the family presses "Seen"; hidden when there is none."""

    #: Shown, hidden or changed (its height changed).
    changed = Signal()

    def __init__(
        self, services: AppServices, ticker: ReminderTicker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ticker = ticker
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(_icon_label(QStyle.StandardPixmap.SP_MessageBoxWarning, self))
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = plain_label("")
        self.title.setFont(scaled_font(self.title, 1.05, bold=True))
        self.text = plain_label("")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.title)
        text.addWidget(self.text)
        layout.addLayout(text, 1)
        self.seen_button = big_button(
            self.tr("Seen"), self.tr("Hide the list of reminders that were missed")
        )
        self.seen_button.clicked.connect(self.seen)
        layout.addWidget(self.seen_button, 0, Qt.AlignmentFlag.AlignTop)
        ticker.missed_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        missed = self._ticker.missed
        if not missed:
            self.hide()
            self.changed.emit()
            return
        try:
            names = child_names(self._services)
        except (UserError, sqlite3.Error):
            names = {}
        lines = missed_lines(missed, names)
        shown = [f"• {line}" for line in lines[:MISSED_LINES]]
        if len(lines) > MISSED_LINES:
            shown.append(self.tr("and {count} more").format(count=len(lines) - MISSED_LINES))
        self.title.setText(missed_heading(self._ticker.missed_reason or CatchUpReason.START))
        self.text.setText("\n".join(shown))
        self.setAccessibleName("\n".join([self.title.text(), *shown]))
        self.show()
        self.changed.emit()

    def seen(self) -> None:
        self._ticker.clear_missed()  # hides the list (missed_changed)


# The panel ----------------------------------------------------------------------------------


class RemindersPanel(RefreshWhenShown, QWidget):
    #: The rows were built again (their number or size may have changed).
    reloaded = Signal()

    def __init__(
        self,
        services: AppServices,
        events: DataEvents,
        ticker: ReminderTicker | None = None,
        parent: QWidget | None = None,
        *,
        show_missed: bool = True,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._ticker = ticker
        #: The rows shown, oldest reminder first.
        self.rows: list[ReminderRow] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(section_label(self.tr("Reminders")))

        #: What came due while the app was closed (None: the page shows it elsewhere).
        self.missed_box: MissedReminders | None = None
        if ticker is not None and show_missed:
            self.missed_box = MissedReminders(services, ticker)
            self.missed_box.changed.connect(self.reloaded)
            layout.addWidget(self.missed_box)

        self._rows_holder = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_holder)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        layout.addWidget(self._rows_holder)
        self.empty_label = plain_label("")
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.empty_label)
        self.feedback = FeedbackBar()
        layout.addWidget(self.feedback)

        for signal in (
            events.medicines_changed,
            events.appointments_changed,
            events.checks_changed,
        ):
            signal.connect(self._data_changed)
        events.settings_changed.connect(self.refresh)
        events.reminder_settings_changed.connect(self.refresh)
        events.family_changed.connect(self.refresh)
        if ticker is not None:
            ticker.caught_up.connect(self._caught_up)

    # Reading ------------------------------------------------------------------------------

    def _data_changed(self, _child_id: str) -> None:
        self.refresh()

    def _caught_up(self, _items: object, _reason: str) -> None:
        self.refresh()

    def _reload(self) -> None:
        had_focus = has_focus_within(self)
        remove_widgets(self._rows_layout, self.rows)
        self.rows = []
        problem = ""
        items: list[ReminderOccurrence] = []
        try:
            items = self._services.reminders.open_reminders()
            names = child_names(self._services)
        except (UserError, sqlite3.Error) as error:
            problem = self.tr("Reminders could not be read: {reason}.").format(
                reason=failure_reason(error)
            )
            names = {}
        for item in items:
            row = ReminderRow(item, names.get(item.reminder.child_id, ""), self._rows_holder)
            self._connect(row)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self._rows_holder.setVisible(bool(self.rows))
        self.empty_label.setText(problem or self.tr("No reminders waiting."))
        self.empty_label.setVisible(not self.rows)
        if had_focus:
            self._focus_next()
        self.reloaded.emit()

    def _connect(self, row: ReminderRow) -> None:
        if row.given_button is not None:
            row.given_button.clicked.connect(lambda _=False, r=row: self.give(r))
        if row.skip_button is not None:
            row.skip_button.clicked.connect(row.show_skip)
        row.confirm_skip_button.clicked.connect(lambda _=False, r=row: self.skip(r))
        row.reason_edit.returnPressed.connect(lambda r=row: self.skip(r))
        for choice, action in row.snooze_actions.items():
            action.triggered.connect(partial(self.snooze, row, choice))
        row.dismiss_button.clicked.connect(lambda _=False, r=row: self.dismiss(r))

    def _focus_next(self) -> None:
        """After an answer the keyboard moves to the next reminder (or to Undo)."""
        if self.rows:
            first = self.rows[0]
            (first.given_button or first.snooze_button).setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.feedback.undo_button.isVisible():
            self.feedback.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def missed_shown(self) -> bool:
        return self.missed_box is not None and not self.missed_box.isHidden()

    # Answering ----------------------------------------------------------------------------

    def _answered(self, text: str, undo: Callable[[], None] | None) -> None:
        self.feedback.show_message(text, undo)
        if self._ticker is not None:
            self._ticker.replan_soon()

    def _failed(self, error: UserError | sqlite3.Error | ValidationFailed) -> None:
        self.feedback.show_failure(self.tr("Not done: {reason}."), error)
        self.refresh()  # another window may have answered it meanwhile

    def give(self, row: ReminderRow) -> None:
        """Records the reminded dose as given now, by the caregiver set in Settings."""
        try:
            event = self._services.reminders.mark_given(row.key)
        except (ValidationFailed, UserError, sqlite3.Error) as error:
            self._failed(error)
            return
        self._answered(
            self.tr("Recorded as given now: {what}.").format(what=row.short_text),
            self._dose_undo(event, row.short_text),
        )
        self._events.medicines_changed.emit(event.child_id)

    def skip(self, row: ReminderRow) -> None:
        """Records the reminded dose as skipped, with the reason typed in the row."""
        try:
            event = self._services.reminders.mark_skipped(row.key, reason=row.reason_edit.text())
        except ValidationFailed as failed:
            row.skip_error.set_problems(failed.problems)  # the reason stays as typed
            row.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except (UserError, sqlite3.Error) as error:
            row.skip_error.set_texts([failure_reason(error)])
            return
        self._answered(
            self.tr("Recorded as skipped ({reason}): {what}.").format(
                reason=event.reason, what=row.short_text
            ),
            self._dose_undo(event, row.short_text),
        )
        self._events.medicines_changed.emit(event.child_id)

    def _dose_undo(self, event: DoseEvent, what: str) -> Callable[[], None]:
        """Undo for a dose answered here: it leaves the dose log, the reminder waits again."""

        def undo() -> None:
            self._services.medicines.delete_dose(event.id)
            self._events.medicines_changed.emit(event.child_id)

        return lambda: self._undo(
            undo, self.tr("Taken out of the dose log: {what}.").format(what=what)
        )

    def snooze(self, row: ReminderRow, choice: SnoozeChoice) -> None:
        try:
            until = self._services.reminders.snooze_for(row.key, choice)
        except (UserError, sqlite3.Error) as error:
            self._failed(error)
            return
        key, what = row.key, row.short_text
        self._answered(
            self.tr("Snoozed until {when}: {what}.").format(when=self._moment(until), what=what),
            lambda: self._undo(
                lambda: self._services.reminders.unsnooze(key),
                self.tr("Back in the list: {what}.").format(what=what),
            ),
        )
        self.refresh()

    def dismiss(self, row: ReminderRow) -> None:
        try:
            self._services.reminders.dismiss(row.key)
        except (UserError, sqlite3.Error) as error:
            self._failed(error)
            return
        key, what = row.key, row.short_text
        self._answered(
            self.tr("Dismissed: {what}.").format(what=what),
            lambda: self._undo(
                lambda: self._services.reminders.undo_dismiss(key),
                self.tr("Back in the list: {what}.").format(what=what),
            ),
        )
        self.refresh()

    def _undo(self, action: Callable[[], object], done: str) -> None:
        """Runs an Undo; if the diary is busy, says so and offers it again."""
        try:
            action()
        except (UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not undone ({reason}). Press Undo again in a moment."),
                error,
                lambda: self._undo(action, done),
            )
            return
        self._answered(done, None)
        self.refresh()

    def _moment(self, instant: datetime) -> str:
        """ "11:00" today, else "22/11/2026 at 08:00", in the family's zone and locale."""
        local = instant.astimezone(ZoneInfo(self._services.settings.time_zone()))
        if local.date() == self._services.diary.today():
            return time_text(local.time())
        return QCoreApplication.translate("Reminders", "{date} at {time}").format(
            date=day_text(local.date()), time=time_text(local.time())
        )

"""Today: the quick entry, the heart of the app.

The common case is three actions: pick a symptom, pick how bad, Save. By keyboard alone:
type a few letters in "Find a symptom" and press Enter, Alt+1/2/3, Ctrl+Enter. What the
family types is kept as a draft in the settings (debounced and on close) until it is saved,
so a crash, a flat battery or a closed lid never loses it. Each child has a draft of their
own: switching child shows that child's draft, and Save files the form under the child whose
draft it is."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QSize, Qt, QTime, QTimer
from PySide6.QtGui import (
    QHideEvent,
    QKeySequence,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.records import Child, Severity, SymptomEntry
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import (
    day_text,
    moment_in_words,
    severity_label,
    short_date_format,
    short_time_format,
    symptom_description,
    symptom_label,
    symptom_label_for,
    time_text,
)
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    FieldError,
    big_button,
    heading,
    plain_label,
    scaled_font,
    scroll_area,
    section_label,
    show_problems,
)
from caregiver_app.ui.widgets.choice_grid import ChoiceGrid
from caregiver_app.ui.widgets.field_form import notes_edit

if TYPE_CHECKING:
    from caregiver_app.core.appointments import Appointment
    from caregiver_app.reminders.scheduler import ReminderTicker
    from caregiver_app.ui.dialogs.child_dialog import ChildDialog
    from caregiver_app.ui.widgets.checks_panel import ChecksPanel
    from caregiver_app.ui.widgets.due_doses import DueDosesPanel
    from caregiver_app.ui.widgets.reminders_panel import MissedReminders, RemindersPanel

#: Where the one shared draft of older versions was kept (read once, moved to its child).
DRAFT_KEY = "draft.quick_entry"
DRAFT_DELAY_MS = 500
#: A restored draft typed longer ago than this, with "Now" ticked, gets the time it was typed.
STALE_DRAFT_AGE = timedelta(minutes=10)
SYMPTOM_COLUMNS = 3
OTHER_SYMPTOM = "other"
SEVERITY_KEYS = {Severity.MILD: "Alt+1", Severity.MODERATE: "Alt+2", Severity.SEVERE: "Alt+3"}
#: How often the next appointment's words ("Tomorrow", "Today") are brought up to date.
CARE_CLOCK_MS = 60_000


def draft_key(child_id: str) -> str:
    """The setting that keeps one child's quick-entry draft."""
    return f"{DRAFT_KEY}.{child_id}"


def _folded(text: str) -> str:
    """Lower case without accents, so "vomito" finds "Vómito"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Draft:
    """What the quick-entry form holds; stored as JSON text, never pickled."""

    symptom: str = ""
    severity: str = ""
    notes: str = ""
    now: bool = True
    day: str = ""
    clock_time: str = ""
    time_known: bool = True
    #: The child whose draft this is ("" in drafts of older versions).
    child_id: str = ""
    #: When it was last typed in, UTC ISO 8601 ("" when not known).
    typed_at: str = ""

    def is_empty(self) -> bool:
        return not (self.symptom or self.severity or self.notes.strip()) and self.now

    def to_json(self) -> str:
        if self.is_empty():
            return ""
        return json.dumps(
            {
                "symptom": self.symptom,
                "severity": self.severity,
                "notes": self.notes,
                "now": self.now,
                "date": self.day,
                "time": self.clock_time,
                "time_known": self.time_known,
                "child_id": self.child_id,
                "typed_at": self.typed_at,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Draft:
        """A draft from stored text; anything unreadable gives an empty draft."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()

        def text_of(key: str) -> str:
            value = data.get(key, "")
            return value if isinstance(value, str) else ""

        return cls(
            symptom=text_of("symptom"),
            severity=text_of("severity"),
            notes=text_of("notes"),
            now=data.get("now", True) is not False,
            day=text_of("date"),
            clock_time=text_of("time"),
            time_known=data.get("time_known", True) is not False,
            child_id=text_of("child_id"),
            typed_at=text_of("typed_at"),
        )

    def typed_instant(self) -> datetime | None:
        """When it was typed (aware, UTC), or None when not known."""
        try:
            typed = datetime.fromisoformat(self.typed_at)
        except ValueError:
            return None
        return typed.astimezone(UTC) if typed.tzinfo is not None else None


class _MinimumHint(QWidget):
    """Asks for no more than its minimum, so the widgets beside it in a layout get their
    preferred size first and it takes what is left (at least its minimum)."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        # Else the layout asks for the preferred height of the wrapped labels inside.
        return False


class _ShrinkingScroll(QScrollArea):
    """A frameless vertical scroll area that asks for its content's full height but may
    shrink to nothing: it never adds to the window's minimum size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return QSize(0, 0)
        hint = content.sizeHint()
        if self.isVisible() and content.hasHeightForWidth():
            # The cards' text wraps: their height at the width they really have (the
            # area has no frame, so its width is its content's).
            hint.setHeight(content.heightForWidth(self.width()))
        return hint

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the wrapped cards' height follows the width


class TodayPage(QWidget):
    def __init__(
        self,
        services: AppServices,
        events: DataEvents,
        parent: QWidget | None = None,
        *,
        reminders: ReminderTicker | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        #: The window's reminder ticker (its list of what was missed shows here).
        self._reminder_ticker = reminders
        self._child: Child | None = None
        self._restoring = False
        #: The dialog currently open over the page, if any (tests drive it).
        self.dialog: ChildDialog | None = None
        #: The child whose draft the form holds (None until a child is first set).
        self._form_child: str | None = None
        #: The newest draft of each child seen this session, as JSON text (the form's own
        #: child: as of the last flush). A draft the diary could not store waits here.
        self._drafts: dict[str, str] = {}
        #: The draft text known to be stored for each child (absent: not known).
        self._stored: dict[str, str] = {}
        #: When what the form holds was last typed in (UTC ISO 8601, "" when not known).
        self._typed_at = ""
        self._shared_draft_checked = False
        #: Today's doses, built just after the page's first paint (see _start_care_panels).
        self.doses_panel: DueDosesPanel | None = None
        #: The open reminders and the checks, built with the doses.
        self.reminders_panel: RemindersPanel | None = None
        self.checks_panel: ChecksPanel | None = None
        #: What came due while the app was closed, across the top once after a start.
        self.missed_box: MissedReminders | None = None
        self._care_started = False
        self._care_clock = QTimer(self)
        self._care_clock.setInterval(CARE_CLOCK_MS)
        self._care_clock.timeout.connect(self._refresh_next_appointment)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_no_child())
        self._pages.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._build_shortcuts()

        events.diary_changed.connect(self._on_diary_changed)
        events.family_changed.connect(self._on_family_changed)
        events.settings_changed.connect(self._on_settings_changed)

    # Building ----------------------------------------------------------------------------

    def _build_no_child(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        title = heading(self.tr("Welcome"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = plain_label(
            self.tr("Add your child to start the diary. It only needs a name and a birth date.")
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFont(scaled_font(text, 1.15))
        self.add_child_button = big_button(self.tr("Add your child"))
        self.add_child_button.setMinimumWidth(240)
        self.add_child_button.setFont(scaled_font(self.add_child_button, 1.15, bold=True))
        self.add_child_button.clicked.connect(self.add_child)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        column.addWidget(self.add_child_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def _build_form(self) -> QWidget:
        form = QWidget()
        outer = QVBoxLayout(form)
        top = QHBoxLayout()
        outer.addLayout(top)
        self.heading = heading("")
        # Under the heading, in the room the two lines of the next appointment leave: the
        # overdue checks, named, so the checks list below may scroll without hiding them.
        self.overdue_note = plain_label("")
        self.overdue_note.setFont(scaled_font(self.overdue_note, 1.05, bold=True))
        self.overdue_note.setWordWrap(False)
        self.overdue_note.hide()
        heading_column = QVBoxLayout()
        heading_column.setSpacing(0)
        heading_column.addWidget(self.heading)
        heading_column.addWidget(self.overdue_note)
        top.addLayout(heading_column)
        # The next appointment beside the heading, where it costs no height.
        self.next_appointment = plain_label("")
        self.next_appointment.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.next_appointment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_appointment.hide()
        top.addWidget(self.next_appointment, 1)
        # Room for the list of reminders missed while the app was closed (filled after the
        # first paint, gone once seen): across the page, where it cannot be missed.
        self._missed_slot = QVBoxLayout()
        outer.addLayout(self._missed_slot)

        # The quick entry and, under it, today's doses. The doses get their full height
        # when the window has room for it above the quick entry's minimum; a shorter window
        # shrinks them first (they scroll), never the window's minimum size.
        main = QWidget()
        main_column = QVBoxLayout(main)
        main_column.setContentsMargins(0, 0, 0, 0)
        main_column.setSpacing(0)
        outer.addWidget(main, 1)
        entry = _MinimumHint()
        columns = QHBoxLayout(entry)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self._build_symptom_column(), 3)
        columns.addSpacing(16)
        columns.addLayout(self._build_details_column(), 2)
        main_column.addWidget(entry, 1)

        # Filled after the first paint: the launch must not wait for medicines. The title
        # sits beside the cards, not above them, so the symptoms keep their height.
        self.doses_box = QWidget()
        self._doses_layout = QHBoxLayout(self.doses_box)
        self._doses_layout.setContentsMargins(0, 6, 0, 0)
        doses_title = section_label(self.tr("Doses\ntoday"))
        doses_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._doses_layout.addWidget(doses_title)
        # Under the doses, the reminders waiting for an answer and the checks, side by side
        # (filled after the first paint as well). They scroll with the doses.
        care = QWidget()
        care_column = QVBoxLayout(care)
        care_column.setContentsMargins(0, 0, 0, 0)
        care_column.addWidget(self.doses_box)
        self._reminders_row = QHBoxLayout()
        self._reminders_row.setContentsMargins(0, 6, 0, 0)
        self._reminders_row.setSpacing(16)
        care_column.addLayout(self._reminders_row)
        self._doses_scroll = _ShrinkingScroll()
        self._doses_scroll.setWidget(care)
        main_column.addWidget(self._doses_scroll)
        return form

    def _build_symptom_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type to find a symptom, e.g. fever"))
        self.filter_edit.setAccessibleName(self.tr("Find a symptom"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.filter_edit.setFont(scaled_font(self.filter_edit, 1.1))
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.returnPressed.connect(self._pick_first_match)
        clear_filter = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear_filter.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_filter.activated.connect(self.filter_edit.clear)
        column.addWidget(section_label(self.tr("What did you &notice?"), self.filter_edit))
        column.addWidget(self.filter_edit)

        self.filter_hint = plain_label("")
        self.filter_hint.hide()
        column.addWidget(self.filter_hint)

        self.symptoms = ChoiceGrid(SYMPTOM_COLUMNS)
        for kind in self._services.catalogue:
            self.symptoms.add_choice(kind.code, symptom_label(kind), symptom_description(kind))
        self.symptoms.setAccessibleName(self.tr("Symptoms"))
        self.symptoms.choice_changed.connect(self._form_changed)
        self.symptoms.activated.connect(lambda _code: self.severity.focus_choice())
        column.addWidget(scroll_area(self.symptoms, wrap=True), 1)
        self.symptom_error = FieldError(self.symptoms, self.tr("Symptom"))
        column.addWidget(self.symptom_error)
        return column

    def _build_details_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.severity = ChoiceGrid(len(Severity))
        for level in Severity:
            button = self.severity.add_choice(level.value, severity_label(level))
            button.setToolTip(
                self.tr("{severity} ({key})").format(
                    severity=severity_label(level),
                    key=QKeySequence(SEVERITY_KEYS[level]).toString(
                        QKeySequence.SequenceFormat.NativeText
                    ),
                )
            )
        self.severity.setAccessibleName(self.tr("How bad"))
        self.severity.choice_changed.connect(self._form_changed)
        column.addWidget(section_label(self.tr("How bad?")))
        column.addWidget(self.severity)
        self.severity_error = FieldError(self.severity, self.tr("How bad"))
        column.addWidget(self.severity_error)

        column.addSpacing(8)
        column.addWidget(section_label(self.tr("When?")))
        self.now_check = QCheckBox(self.tr("&Now"))
        self.now_check.setAccessibleName(self.tr("Now"))
        self.now_check.setChecked(True)
        self.now_check.setMinimumHeight(BUTTON_MIN_HEIGHT - 8)
        self.now_check.toggled.connect(self._now_toggled)
        column.addWidget(self.now_check)
        self.when_box = QWidget()
        when_row = QHBoxLayout(self.when_box)
        when_row.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(short_date_format())
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.date_edit.dateChanged.connect(self._form_changed)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat(short_time_format())
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.time_edit.timeChanged.connect(self._form_changed)
        self.time_unknown = QCheckBox(self.tr("Time not &known"))
        self.time_unknown.setAccessibleName(self.tr("Time not known"))
        self.time_unknown.setMinimumHeight(BUTTON_MIN_HEIGHT - 8)
        self.time_unknown.toggled.connect(self._time_unknown_toggled)
        when_row.addWidget(self.date_edit, 2)
        when_row.addWidget(self.time_edit, 1)
        when_row.addWidget(self.time_unknown)
        self.when_box.hide()
        column.addWidget(self.when_box)
        self.date_error = FieldError(self.date_edit, self.tr("Date"))
        self.time_error = FieldError(self.time_edit, self.tr("Time"))
        column.addWidget(self.date_error)
        column.addWidget(self.time_error)

        column.addSpacing(8)
        self.notes = notes_edit(
            self.tr("Notes"), self.tr("Anything else? What happened, what helped (optional)")
        )
        self.notes.textChanged.connect(self._form_changed)
        column.addWidget(section_label(self.tr("Notes"), self.notes))
        column.addWidget(self.notes)
        self.notes_error = FieldError(self.notes, self.tr("Notes"))
        column.addWidget(self.notes_error)
        self.general_error = FieldError()
        column.addWidget(self.general_error)

        self.save_button = big_button(self.tr("Save"), self.tr("Save this entry"))
        self.save_button.setFont(scaled_font(self.save_button, 1.2, bold=True))
        self.save_button.setMinimumHeight(BUTTON_MIN_HEIGHT + 8)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter or Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.severity.activated.connect(lambda _code: self.save_button.setFocus())
        column.addWidget(self.save_button)
        hint = plain_label(
            self.tr("Keys: Ctrl+F find, Enter pick, Alt+1/2/3 how bad, Ctrl+Enter save")
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(hint)

        self.feedback = FeedbackBar()
        column.addWidget(self.feedback)

        column.addSpacing(8)
        today_header = QHBoxLayout()
        today_header.addWidget(section_label(self.tr("Logged today")), 1)
        self.quiet_button = big_button(
            self.tr("Nothing unusual today"),
            self.tr("Mark today as nothing unusual"),
        )
        self._quiet_tip = self.tr(
            "A quiet day is worth noting too: the doctors see the day was checked."
        )
        self._quiet_blocked_tip = self.tr(
            "Today already has entries, so it cannot be marked as nothing unusual."
        )
        self.quiet_button.setToolTip(self._quiet_tip)
        self.quiet_button.clicked.connect(self.mark_nothing_unusual)
        today_header.addWidget(self.quiet_button)
        column.addLayout(today_header)
        self.today_list = QListWidget()
        self.today_list.setAccessibleName(self.tr("Logged today"))
        self.today_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.today_list.setMinimumHeight(90)
        self.today_list.setWordWrap(True)
        self.today_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.today_list.setSpacing(2)
        self.today_list.setFont(scaled_font(self.today_list, 1.05))
        column.addWidget(self.today_list, 1)
        return column

    def _build_shortcuts(self) -> None:
        # Window-wide, but only while this page is the one shown (hidden widgets' shortcuts
        # do not fire), and never while a dialog is open over the window.
        def shortcut(
            keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
        ) -> None:
            item = QShortcut(QKeySequence(keys), self)
            item.activated.connect(slot)

        shortcut(QKeySequence.StandardKey.Find, self.focus_first_field)
        shortcut("Ctrl+Return", self.save)
        shortcut("Ctrl+Enter", self.save)
        shortcut("Ctrl+S", self.save)
        for level, keys in SEVERITY_KEYS.items():
            shortcut(keys, partial(self.severity.set_choice, level.value))

    # Child -------------------------------------------------------------------------------

    def set_child(self, child_id: str | None) -> None:
        changed = (self._child.id if self._child else None) != child_id
        self._child = self._services.family.child(child_id) if child_id else None
        if changed:
            self.feedback.clear()
        self._pages.setCurrentIndex(0 if self._child is None else 1)
        self._refresh_today()
        if self._child is not None and self._child.id != self._form_child:
            self._switch_draft(self._child.id)
        if self.doses_panel is not None:
            self.doses_panel.set_child(child_id)
        if self.checks_panel is not None:
            self.checks_panel.set_child(child_id)
        self._refresh_next_appointment()

    def child_id(self) -> str | None:
        return self._child.id if self._child else None

    def focus_first_field(self) -> None:
        if self._child is None:
            self.add_child_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.selectAll()

    def add_child(self) -> None:
        from caregiver_app.ui.dialogs.child_dialog import ChildDialog  # only on a first run

        dialog = ChildDialog(self._services, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._events.family_changed.emit)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _on_family_changed(self) -> None:
        if self._child is None:
            return
        try:
            self._child = self._services.family.child(self._child.id)
        except KeyError:
            self._child = None
        self._refresh_today()

    def _on_diary_changed(self, child_id: str) -> None:
        if self._child is not None and child_id == self._child.id:
            self._refresh_list()

    def _on_settings_changed(self) -> None:
        # After a restore the settings are the backup's: the drafts remembered as stored are
        # not any more, and what the family typed must be written again.
        self._stored.clear()
        self._shared_draft_checked = False
        self._refresh_today()
        if self._form_child is None:
            return
        self._migrate_shared_draft(self._form_child)
        if self._draft().is_empty():
            # Nothing typed here: show the draft the diary holds now, if there is one.
            text = self._read_draft(self._form_child)
            if text:
                self._drafts[self._form_child] = text
                self._show_draft(Draft.from_json(text))
        self.flush_draft()

    def showEvent(self, event: QShowEvent) -> None:
        # The page may have stayed open past midnight: "today" moves on.
        self._refresh_today()
        self._refresh_next_appointment()
        if self._care_started:
            self._care_clock.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._care_clock.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._care_started:
            # Once the first frame is on the screen (a zero timer set now runs after the
            # window's own first-paint work), never before: see _start_care_panels.
            self._care_started = True
            QTimer.singleShot(0, self, self._start_care_panels)

    # Doses and the next appointment -------------------------------------------------------

    def _start_care_panels(self) -> None:
        """Builds today's doses and the next appointment. Their modules (medicines,
        appointments) load here, after the first paint, so the window opens as fast as
        before they existed."""
        from caregiver_app.ui.widgets.due_doses import DueDosesPanel

        self.doses_panel = DueDosesPanel(self._services, self._events, card_em=11)
        self._doses_layout.addWidget(self.doses_panel, 1)
        self.doses_panel.show()  # now, not when the layout gets round to it
        self.doses_panel.reloaded.connect(self._doses_scroll.updateGeometry)
        self.doses_panel.set_child(self.child_id())
        self._start_reminder_panels()
        self._events.appointments_changed.connect(self._on_appointments_changed)
        if self.isVisible():
            self._care_clock.start()
        self._refresh_next_appointment()

    def _start_reminder_panels(self) -> None:
        from caregiver_app.ui.widgets.checks_panel import ChecksPanel
        from caregiver_app.ui.widgets.reminders_panel import MissedReminders, RemindersPanel

        ticker = self._reminder_ticker
        if ticker is not None:
            self.missed_box = MissedReminders(self._services, ticker)
            self._missed_slot.addWidget(self.missed_box)
        self.reminders_panel = RemindersPanel(
            self._services, self._events, ticker, show_missed=False
        )
        self.checks_panel = ChecksPanel(self._services, self._events)
        for panel in (self.reminders_panel, self.checks_panel):
            self._reminders_row.addWidget(panel, 1, Qt.AlignmentFlag.AlignTop)
            panel.reloaded.connect(self._doses_scroll.updateGeometry)
            panel.show()
        self.checks_panel.reloaded.connect(self._show_overdue_checks)
        if ticker is not None:
            ticker.caught_up.connect(self._reminders_came)
        self.checks_panel.set_child(self.child_id())

    def _show_overdue_checks(self) -> None:
        names = self.checks_panel.overdue_names() if self.checks_panel is not None else []
        self.overdue_note.setText(
            self.tr("⚠ Overdue: {checks}").format(checks=", ".join(names)) if names else ""
        )
        self.overdue_note.setVisible(bool(names))

    def _reminders_came(self, _items: object, reason: str) -> None:
        # A reminder that fires while the window is open comes into view (the tray may not
        # exist, and on a small screen the reminders are below the doses). What was missed
        # while the app was closed is listed at the top instead.
        if self.reminders_panel is not None and reason != "start":
            QTimer.singleShot(
                0, self, lambda: self._doses_scroll.ensureWidgetVisible(self.reminders_panel)
            )

    def _on_appointments_changed(self, child_id: str) -> None:
        if child_id == self.child_id():
            self._refresh_next_appointment()

    def _refresh_next_appointment(self) -> None:
        """One line under the heading: the next planned appointment, in words."""
        if not self._care_started or self.doses_panel is None:
            return  # before the first paint; _start_care_panels fills it
        if self._child is None:
            self.next_appointment.hide()
            return
        try:
            upcoming = self._services.appointments.upcoming(self._child.id)
        except (UserError, sqlite3.Error):
            return  # the diary is busy: the line stays as it was until the next change
        self.next_appointment.setText(
            self._appointment_text(upcoming[0]) if upcoming else self.tr("No appointment planned.")
        )
        self.next_appointment.show()

    def _appointment_text(self, appointment: Appointment) -> str:
        from caregiver_app.ui.care_labels import specialty_label  # after the first paint

        parts = [specialty_label(appointment.specialty)]
        if appointment.clinician.strip():
            parts.append(appointment.clinician.strip())
        if appointment.place.strip():
            parts.append(appointment.place.strip())
        return self.tr("Next appointment: {when}\n{what}").format(
            when=moment_in_words(appointment.local_date, appointment.local_time, self._today()),
            what=", ".join(parts),
        )

    # Today -------------------------------------------------------------------------------

    def _today(self) -> date:
        return self._services.diary.today()

    def _refresh_today(self) -> None:
        if self._child is None:
            return
        self.heading.setText(self.tr("How is {name} today?").format(name=self._child.name))
        today = self._today()
        self.date_edit.setDateRange(QDate(self._child.birth_date), QDate(today))
        self._refresh_list()

    def _refresh_list(self) -> None:
        self.today_list.clear()
        if self._child is None:
            return
        today = self._today()
        entries = self._services.diary.entries_on(self._child.id, today)
        # A day with entries is not a quiet day: never offer it, never show both.
        self.quiet_button.setEnabled(not entries)
        self.quiet_button.setToolTip(self._quiet_blocked_tip if entries else self._quiet_tip)
        if not entries and self._services.diary.quiet_days(self._child.id, today, today):
            self.today_list.addItem(self.tr("✓ Nothing unusual today"))
        for entry in entries:
            self.today_list.addItem(QListWidgetItem(self._entry_line(entry)))
        if self.today_list.count() == 0:
            placeholder = QListWidgetItem(self.tr("Nothing logged yet today."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.today_list.addItem(placeholder)

    def _entry_line(self, entry: SymptomEntry) -> str:
        when = time_text(entry.local_time().time()) if entry.time_known else self.tr("no time")
        line = self.tr("{time}   {symptom}, {severity}").format(
            time=when,
            symptom=symptom_label_for(self._services.catalogue, entry.symptom),
            severity=severity_label(entry.severity).lower(),
        )
        first_note = entry.notes.strip().splitlines()[0] if entry.notes.strip() else ""
        if first_note:
            shortened = first_note if len(first_note) <= 60 else first_note[:59] + "…"
            line += f"  ({shortened})"
        return line

    # Symptom filter ----------------------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        wanted = _folded(text.strip())
        if not wanted:
            self.symptoms.show_only(self.symptoms.codes())
            self.filter_hint.hide()
            return
        ranked: list[tuple[int, int, str]] = []
        for position, kind in enumerate(self._services.catalogue):
            label = _folded(symptom_label(kind))
            if label.startswith(wanted):
                rank = 0
            elif wanted in label:
                rank = 1
            elif wanted in _folded(symptom_description(kind)) or wanted in _folded(kind.label):
                rank = 2
            else:
                continue
            ranked.append((rank, position, kind.code))
        shown = [code for _rank, _position, code in sorted(ranked)]
        chosen = self.symptoms.choice()
        if not shown:
            other = symptom_label_for(self._services.catalogue, OTHER_SYMPTOM)
            self.filter_hint.setText(
                self.tr(
                    'Nothing matches "{text}". Pick "{other}" and say more in the notes.'
                ).format(text=text.strip(), other=other)
            )
            if OTHER_SYMPTOM in self._services.catalogue:
                shown = [OTHER_SYMPTOM]
        else:
            first = symptom_label_for(self._services.catalogue, shown[0])
            self.filter_hint.setText(self.tr('Press Enter to pick "{first}".').format(first=first))
        self.filter_hint.show()
        # The chosen symptom never disappears from view while the family looks for another.
        if chosen and chosen not in shown:
            shown.append(chosen)
        self.symptoms.show_only(shown)

    def _pick_first_match(self) -> None:
        shown = self.symptoms.visible_codes()
        if not self.filter_edit.text().strip() or not shown:
            self.symptoms.focus_choice()
            return
        self.symptoms.set_choice(shown[0])
        self.severity.focus_choice()

    # The "when" fields -------------------------------------------------------------------

    def _now_toggled(self, now: bool) -> None:
        if not now and not self._restoring:
            local_now = self._local_now()
            self.date_edit.setDate(QDate(local_now.date()))
            self.time_edit.setTime(QTime(local_now.hour, local_now.minute))
        self.when_box.setVisible(not now)
        self._form_changed()

    def _time_unknown_toggled(self, unknown: bool) -> None:
        self.time_edit.setEnabled(not unknown)
        self._form_changed()

    def _local_now(self) -> datetime:
        return self._services.clock.now().astimezone(ZoneInfo(self._services.diary.zone()))

    def _when(self) -> tuple[date, time | None]:
        if self.now_check.isChecked():
            local_now = self._local_now()
            return local_now.date(), time(local_now.hour, local_now.minute)
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        if self.time_unknown.isChecked():
            return day, None
        chosen = self.time_edit.time()
        return day, time(chosen.hour(), chosen.minute())

    # Saving ------------------------------------------------------------------------------

    def _errors(self) -> dict[str, FieldError]:
        return {
            "symptom": self.symptom_error,
            "severity": self.severity_error,
            "date": self.date_error,
            "time": self.time_error,
            "notes": self.notes_error,
        }

    def save(self) -> None:
        # The form holds the draft of _form_child, which set_child keeps equal to the child
        # shown: an entry is always filed under the child it was typed for.
        child_id = self._form_child
        if self._child is None or child_id != self._child.id:
            return
        self.feedback.clear()
        try:
            day, clock_time = self._when()
            entry = self._services.diary.log(
                child_id,
                day=day,
                clock_time=clock_time,
                symptom=self.symptoms.choice(),
                severity=self.severity.choice(),
                notes=self.notes.toPlainText(),
            )
        except ValidationFailed as failed:
            failing = show_problems(failed, self._errors(), self.general_error)
            self._focus_field(failing[0] if failing else "")
            return
        except (UserError, sqlite3.Error) as error:
            self._show_save_failure(error)
            return
        show_problems(None, self._errors(), self.general_error)
        self._reset_form()
        self.feedback.show_message(
            self.tr("Saved: {entry}").format(entry=self._entry_summary(entry)),
            lambda: self._undo_save(entry),
        )
        self._events.diary_changed.emit(entry.child_id)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_save_failure(self, error: UserError | sqlite3.Error) -> None:
        self.feedback.show_failure(
            self.tr("Not saved: {reason}. Your entry is still here; try Save again in a moment."),
            error,
        )

    def _focus_field(self, name: str) -> None:
        if name == "symptom":
            self.symptoms.focus_choice()
        elif name == "severity":
            self.severity.focus_choice()
        elif name == "date":
            (self.now_check if self.now_check.isChecked() else self.date_edit).setFocus()
        elif name == "time":
            (self.now_check if self.now_check.isChecked() else self.time_edit).setFocus()
        elif name == "notes":
            self.notes.setFocus()

    def _entry_summary(self, entry: SymptomEntry) -> str:
        symptom = symptom_label_for(self._services.catalogue, entry.symptom)
        severity = severity_label(entry.severity).lower()
        if entry.local_date == self._today():
            when = (
                time_text(entry.local_time().time())
                if entry.time_known
                else self.tr("today, time not known")
            )
        elif entry.time_known:
            when = self.tr("{day}, {time}").format(
                day=day_text(entry.local_date), time=time_text(entry.local_time().time())
            )
        else:
            when = self.tr("{day}, time not known").format(day=day_text(entry.local_date))
        return self.tr("{symptom}, {severity}, {when}").format(
            symptom=symptom, severity=severity, when=when
        )

    def _undo_save(self, entry: SymptomEntry) -> None:
        try:
            self._services.diary.delete(entry.id)
        except (UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not undone: {reason}. Try Undo again in a moment."),
                error,
                lambda: self._undo_save(entry),
            )
            return
        self._events.diary_changed.emit(entry.child_id)
        if self._draft().is_empty() and entry.child_id == self._form_child:
            # Nothing new typed since: bring the entry back into the form to fix and save.
            self._restore_draft(
                Draft(
                    symptom=entry.symptom,
                    severity=entry.severity.value,
                    notes=entry.notes,
                    now=False,
                    day=entry.local_date.isoformat(),
                    clock_time=entry.local_time().strftime("%H:%M") if entry.time_known else "",
                    time_known=entry.time_known,
                    child_id=entry.child_id,
                    typed_at=self._now_text(),
                )
            )
            self.flush_draft()
            text = self.tr("Removed: {entry}. It is back in the form if you want to fix it.")
        else:
            text = self.tr("Removed: {entry}.")
        self.feedback.show_message(text.format(entry=self._entry_summary(entry)))

    def mark_nothing_unusual(self) -> None:
        if self._child is None:
            return
        child = self._child
        if self._services.diary.entries_on(child.id, self._today()):
            self._refresh_list()  # entries came meanwhile: the day is not a quiet one
            return
        try:
            marked = self._services.diary.mark_nothing_unusual(child.id)
        except (UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not marked: {reason}. Try again in a moment."), error
            )
            return
        if not marked:
            self.feedback.show_message(
                self.tr("Today was already marked as nothing unusual for {name}.").format(
                    name=child.name
                )
            )
            return
        self._events.diary_changed.emit(child.id)
        self.feedback.show_message(
            self.tr("Marked: nothing unusual today for {name}.").format(name=child.name),
            lambda: self._undo_quiet_day(child),
        )

    def _undo_quiet_day(self, child: Child) -> None:
        try:
            self._services.diary.unmark_nothing_unusual(child.id)
        except (UserError, sqlite3.Error) as error:
            self.feedback.show_failure(
                self.tr("Not undone: {reason}. Try Undo again in a moment."),
                error,
                lambda: self._undo_quiet_day(child),
            )
            return
        self._events.diary_changed.emit(child.id)
        self.feedback.show_message(
            self.tr("Today is no longer marked as nothing unusual for {name}.").format(
                name=child.name
            )
        )

    # Draft -------------------------------------------------------------------------------

    def _draft(self) -> Draft:
        chosen_time = self.time_edit.time()
        return Draft(
            symptom=self.symptoms.choice(),
            severity=self.severity.choice(),
            notes=self.notes.toPlainText(),
            now=self.now_check.isChecked(),
            day=self.date_edit.date().toString("yyyy-MM-dd"),
            clock_time=f"{chosen_time.hour():02d}:{chosen_time.minute():02d}",
            time_known=not self.time_unknown.isChecked(),
            child_id=self._form_child or "",
            typed_at=self._typed_at,
        )

    def _restore_draft(self, draft: Draft) -> None:
        self._restoring = True
        try:
            self.symptoms.set_choice(draft.symptom)
            self.severity.set_choice(draft.severity)
            self.notes.setPlainText(draft.notes)
            day = QDate.fromString(draft.day, "yyyy-MM-dd")
            if day.isValid():
                self.date_edit.setDate(day)
            clock = QTime.fromString(draft.clock_time, "HH:mm")
            if clock.isValid():
                self.time_edit.setTime(clock)
            self.time_unknown.setChecked(not draft.time_known)
            self.now_check.setChecked(draft.now)
            self._typed_at = draft.typed_at
        finally:
            self._restoring = False

    def _show_draft(self, draft: Draft) -> None:
        """Puts a stored draft in the form. One typed more than a few minutes ago "now" gets
        the time it was typed (Save would otherwise give it the time of the Save), and the
        page says so."""
        typed = draft.typed_instant()
        note = ""
        if (
            draft.now
            and not draft.is_empty()
            and typed is not None
            and self._services.clock.now() - typed > STALE_DRAFT_AGE
        ):
            local = typed.astimezone(ZoneInfo(self._services.diary.zone()))
            draft = replace(
                draft,
                now=False,
                day=local.date().isoformat(),
                clock_time=local.strftime("%H:%M"),
                time_known=True,
            )
            note = self._typed_when(local)
        self._restore_draft(draft)
        if note:
            self.feedback.show_message(note)

    def _typed_when(self, local: datetime) -> str:
        today = self._today()
        clock = time_text(local.time())
        if local.date() == today:
            text = self.tr("Restored what you were typing at {time} today.")
        elif local.date() == today - timedelta(days=1):
            text = self.tr("Restored what you were typing at {time} yesterday.")
        else:
            text = self.tr("Restored what you were typing on {day} at {time}.")
        return (
            text.format(time=clock, day=day_text(local.date()))
            + " "
            + self.tr("Its date and time are set to then; change them if needed.")
        )

    def _reset_form(self) -> None:
        self._restore_draft(Draft())
        self.filter_edit.clear()
        self.flush_draft()

    def _now_text(self) -> str:
        return self._services.clock.now().astimezone(UTC).isoformat(timespec="seconds")

    def _form_changed(self) -> None:
        if not self._restoring:
            self._typed_at = self._now_text()
            self._draft_timer.start()

    def _switch_draft(self, child_id: str) -> None:
        """Keeps the form's draft as its own child's, and shows ``child_id``'s draft."""
        if self._form_child is not None:
            self.flush_draft()  # if the diary cannot store it, it waits in _drafts
        self._migrate_shared_draft(child_id)
        self._form_child = child_id
        text = self._drafts.get(child_id)
        if text is None:
            text = self._read_draft(child_id)
        self._show_draft(Draft.from_json(text))

    def _read_draft(self, child_id: str) -> str:
        try:
            text = self._services.settings.get_raw(draft_key(child_id))
        except (UserError, sqlite3.Error):
            return ""  # not known: nothing is written over it (see flush_draft)
        self._stored[child_id] = text
        return text

    def _migrate_shared_draft(self, child_id: str) -> None:
        """Older versions kept one draft for all children, under DRAFT_KEY; it was shown for
        the child the window opened on, which is the child it goes to now (once)."""
        if self._shared_draft_checked:
            return
        settings = self._services.settings
        try:
            shared = settings.get_raw(DRAFT_KEY)
            if shared and not settings.get_raw(draft_key(child_id)):
                draft = replace(Draft.from_json(shared), child_id=child_id)
                with self._services.database.transaction():
                    settings.set_raw(draft_key(child_id), draft.to_json())
                    settings.set_raw(DRAFT_KEY, "")
                self._drafts.pop(child_id, None)
                self._stored.pop(child_id, None)
        except (UserError, sqlite3.Error):
            return  # tried again at the next change of child
        self._shared_draft_checked = True

    def flush_draft(self) -> bool:
        """Writes the drafts now (the window calls this when it closes). False when one
        could not be stored: it is still in the form (or kept for its child), and the next
        change, switch or close tries again."""
        self._draft_timer.stop()
        if self._form_child is not None:
            self._drafts[self._form_child] = self._draft().to_json()
        for child_id, text in self._drafts.items():
            known = self._stored.get(child_id)
            if text == known or (known is None and not text):
                continue
            try:
                self._services.settings.set_raw(draft_key(child_id), text)
            except (UserError, sqlite3.Error):
                return False
            self._stored[child_id] = text
        return True

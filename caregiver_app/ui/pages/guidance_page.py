"""When to seek care: the numbers to call at the top, then three tabs: the signs that need
care now (emergency) or today (urgent), grouped, each with what to do and its source; the
everyday care that prevents harm; and the child's Red flags history, where an alert can be
acknowledged and what the family did noted.

The texts are data (``resources/guidance/``), translated in context "Guidance". Print...
prints the numbers, the signs and the everyday care through the system's print dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.catalogue import Source
from caregiver_app.core.guidance import Level, SignItem
from caregiver_app.core.redflag_alerts import RedFlagAlert
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.pages.care_page import CarePage
from caregiver_app.ui.redflag_labels import (
    family_action_label,
    how_raised_label,
    level_label,
    level_line,
    started_text,
)
from caregiver_app.ui.widgets.basics import (
    BUTTON_MIN_HEIGHT,
    FeedbackBar,
    big_button,
    heading,
    plain_label,
    scaled_font,
    scroll_area,
    section_label,
)
from caregiver_app.ui.widgets.call_numbers import CallNumbers

#: The history lists this many alerts, the most recent first (ten years stay quick).
HISTORY_LIMIT = 500
HISTORY_COLUMNS = 6
#: A readable line length for the guidance texts on a wide screen.
TEXT_MAX_WIDTH = 900


def _scrolling(content: QWidget) -> QScrollArea:
    content.setMaximumWidth(TEXT_MAX_WIDTH)
    return scroll_area(content)


class GuidancePage(CarePage):
    SIGNS_TAB, EVERYDAY_TAB, HISTORY_TAB = range(3)

    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, events, parent)
        self._alerts: list[RedFlagAlert] = []
        #: The dialog currently open over the page, if any (tests drive it).
        self.dialog: QDialog | None = None
        redflags = services.redflags

        self.heading = heading(self.tr("When to seek care"))
        self.print_button = big_button(
            self.tr("&Print…"), self.tr("Print the numbers to call, the signs and everyday care")
        )
        self.print_button.clicked.connect(self.print_guidance)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        self.numbers = CallNumbers()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Guidance sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Guidance sections"))
        self.tabs.setFont(scaled_font(self.tabs, 1.1))
        self.sign_texts: list[str] = []  # what the Signs tab says, in order (tests read it)
        self.tabs.addTab(_scrolling(self._build_signs()), self.tr("Signs to act on"))
        self.tabs.addTab(
            _scrolling(self._build_everyday()),
            redflags.everyday_care.render_title(translate),
        )
        self.tabs.addTab(self._build_history(), self.tr("Red flags history"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.numbers)
        layout.addWidget(self.tabs, 1)
        self.feedback = FeedbackBar()
        layout.addWidget(self.feedback)

        events.family_changed.connect(self.refresh)
        events.settings_changed.connect(self.refresh)

    # Signs and everyday care --------------------------------------------------------------

    def _source_label(self, source: Source) -> QWidget:
        label = plain_label(self.tr("Source: {source}").format(source=source.citation))
        label.setFont(scaled_font(label, 0.85))
        return label

    def _build_signs(self) -> QWidget:
        red_flags = self._services.redflags.red_flags
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(
            plain_label(
                self.tr(
                    "Emergency means: call the emergency number now. Urgent means: contact the "
                    "care team today. When you are unsure, call."
                )
            )
        )
        for group in red_flags.groups:
            column.addSpacing(8)
            column.addWidget(section_label(group.render_title(translate)))
            for item in group.items:
                column.addWidget(self._sign_item(item, red_flags.sources[item.source]))
        column.addStretch(1)
        return content

    def _sign_item(self, item: SignItem, source: Source) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        level = plain_label(level_label(item.level))
        level.setFont(scaled_font(level, 1.1, bold=True))
        sign = plain_label(item.render_sign(translate))
        sign.setFont(scaled_font(sign, 1.15))
        action = plain_label(
            self.tr("What to do: {action}").format(action=item.render_action(translate))
        )
        for widget in (level, sign, action, self._source_label(source)):
            box.addWidget(widget)
        self.sign_texts.append(
            "\n".join((level.text(), sign.text(), action.text(), source.citation))
        )
        return frame

    def _build_everyday(self) -> QWidget:
        care = self._services.redflags.everyday_care
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(
            plain_label(self.tr("What helps every day. None of this is about medicines or doses."))
        )
        for item in care:
            column.addSpacing(6)
            column.addWidget(section_label(item.render_title(translate)))
            column.addWidget(plain_label(item.render_text(translate)))
            column.addWidget(self._source_label(care.source_of(item)))
        column.addStretch(1)
        return content

    # History ------------------------------------------------------------------------------

    def _build_history(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        self.history_note = plain_label("")
        column.addWidget(self.history_note)
        self.history_table = QTableWidget(0, HISTORY_COLUMNS)
        self.history_table.setAccessibleName(self.tr("Red flags history"))
        self.history_table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Level"),
                self.tr("Sign"),
                self.tr("Noticed"),
                self.tr("What you did"),
                self.tr("Note"),
            ]
        )
        table = self.history_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(BUTTON_MIN_HEIGHT)
        header = table.horizontalHeader()
        for column_index in range(HISTORY_COLUMNS - 1):
            header.setSectionResizeMode(column_index, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HISTORY_COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemActivated.connect(lambda _item: self.open_selected())
        column.addWidget(table, 1)
        self.acknowledge_button = big_button(
            self.tr("&Acknowledge or add a note…"),
            self.tr("Acknowledge the chosen alert or note what you did"),
        )
        self.acknowledge_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return holder

    def refresh(self) -> None:
        child_id = self.child_id()
        redflags = self._services.redflags
        self.numbers.set_numbers(redflags.numbers_to_call(child_id, translate))
        self.refresh_history()

    def refresh_history(self, child_id: str | None = None) -> None:
        """Reads the history again (``child_id``: only if it is this page's child)."""
        if child_id is not None and child_id != self.child_id():
            return
        current = self.child_id()
        redflags = self._services.redflags
        shown = redflags.history(current, HISTORY_LIMIT) if current is not None else []
        total = redflags.alert_count(current) if current is not None else 0
        waiting = redflags.unacknowledged(current) if current is not None else 0
        selected = self.selected_alert()
        self._alerts = shown
        today = self._services.diary.today()
        table = self.history_table
        table.setRowCount(len(shown))
        for row, alert in enumerate(shown):
            title = redflags.describe(alert).render_title(translate)
            done = (
                family_action_label(alert.action)
                if alert.acknowledged
                else self.tr("Not acknowledged yet")
            )
            cells = (
                started_text(alert.first_local(), alert.time_known, today),
                level_label(alert.level),
                title,
                how_raised_label(alert.how),
                done,
                " ".join(alert.note.split()),
            )
            for column_index, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, alert.id)
                if column_index == 1 and alert.level is Level.EMERGENCY:
                    item.setFont(scaled_font(table, 1.0, bold=True))
                table.setItem(row, column_index, item)
            if selected is not None and alert.id == selected.id:
                table.selectRow(row)
        if not total:
            note = self.tr(
                "No red flags so far. When a sign that needs care is logged, the app says so at "
                "once and keeps it here with what you did."
            )
        elif waiting:
            note = self.tr(
                "{waiting} of {count} not acknowledged yet. Choose one and press Acknowledge."
            ).format(waiting=waiting, count=total)
        else:
            note = self.tr("{count} red flags, all acknowledged.").format(count=total)
        if total > HISTORY_LIMIT:
            note += " " + self.tr("The most recent {limit} are listed.").format(limit=HISTORY_LIMIT)
        self.history_note.setText(note)
        tab_title = self.tr("Red flags history")
        if waiting:
            tab_title = self.tr("Red flags history ({waiting} not acknowledged)").format(
                waiting=waiting
            )
        self.tabs.setTabText(self.HISTORY_TAB, tab_title)
        self._update_buttons()

    def history_rows(self) -> list[list[str]]:
        """The history as shown, row by row (tests read it)."""
        table = self.history_table
        return [
            [table.item(row, column).text() for column in range(HISTORY_COLUMNS)]
            for row in range(table.rowCount())
        ]

    def selected_alert(self) -> RedFlagAlert | None:
        rows = self.history_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._alerts):
            return None
        return self._alerts[rows[0].row()]

    def select_alert(self, alert_id: str) -> None:
        for row, alert in enumerate(self._alerts):
            if alert.id == alert_id:
                self.history_table.selectRow(row)

    def _update_buttons(self) -> None:
        self.acknowledge_button.setEnabled(self.selected_alert() is not None)

    def open_selected(self) -> None:
        alert = self.selected_alert()
        if alert is None or self.dialog is not None:
            return
        from caregiver_app.ui.dialogs.red_flag_alert import RedFlagAlertDialog

        dialog = RedFlagAlertDialog(self._services, alert, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acknowledged.connect(self._acknowledged)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _acknowledged(self, alert_id: str) -> None:
        self.refresh_history()
        self.select_alert(alert_id)
        self.feedback.show_message(self.tr("Saved what you did."))

    # Printing -----------------------------------------------------------------------------

    def printable_html(self) -> str:
        """The numbers to call, the signs and everyday care, as simple HTML (every text
        escaped)."""
        redflags = self._services.redflags
        child_id = self.child_id()
        name = self._services.family.child(child_id).name if child_id else ""
        parts = [f"<h1>{html.escape(self.tr('When to seek care'))}</h1>"]
        if name:
            parts.append(f"<p><b>{html.escape(name)}</b></p>")
        parts.append(f"<h2>{html.escape(self.tr('Numbers to call'))}</h2><ul>")
        parts += [
            f"<li>{html.escape(self.numbers.button_text(number))}</li>"
            for number in redflags.numbers_to_call(child_id, translate)
        ]
        parts.append("</ul>")
        red_flags = redflags.red_flags
        for group in red_flags.groups:
            parts.append(f"<h2>{html.escape(group.render_title(translate))}</h2>")
            for item in group.items:
                parts.append(
                    f"<p><b>{html.escape(level_line(item.level))}</b><br>"
                    f"{html.escape(item.render_sign(translate))}<br>"
                    f"{html.escape(item.render_action(translate))}<br>"
                    f"<small>{html.escape(red_flags.sources[item.source].citation)}</small></p>"
                )
        care = redflags.everyday_care
        parts.append(f"<h2>{html.escape(care.render_title(translate))}</h2>")
        for care_item in care:
            parts.append(
                f"<p><b>{html.escape(care_item.render_title(translate))}</b><br>"
                f"{html.escape(care_item.render_text(translate))}<br>"
                f"<small>{html.escape(care.source_of(care_item).citation)}</small></p>"
            )
        return "\n".join(parts)

    def print_guidance(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print: When to seek care"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.printable_html())
        document.print_(printer)
        self.feedback.show_message(self.tr("Sent to the printer."))

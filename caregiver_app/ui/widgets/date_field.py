"""A date that may be left blank (a birth date not typed yet), with a calendar button.

A QDateEdit always holds some date, so an untouched field would quietly save "born today";
this field starts empty and the core validation says "is required" instead. It accepts
2024-03-15 and the system's own short date format; anything else goes to the validation
unchanged, which explains the expected form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT


class DateField(QWidget):
    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("DateField", "YYYY-MM-DD, e.g. 2024-03-15")
        )
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.edit.textChanged.connect(self.changed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(QCoreApplication.translate("DateField", "Calendar…"))
        self.calendar_button.setAccessibleName(
            QCoreApplication.translate("DateField", "Pick {field} from a calendar").format(
                field=accessible_name
            )
        )
        self.calendar_button.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(self._menu)
        self.calendar.setAccessibleName(QCoreApplication.translate("DateField", "Calendar"))
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(self._menu)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self._latest = QDate.currentDate()

    def set_latest(self, latest: date) -> None:
        """The last date the calendar offers (today, for a birth date)."""
        self._latest = QDate(latest)
        self.calendar.setMaximumDate(self._latest)

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value is not None else "")

    def value(self) -> date | str:
        """A date when the text is one, else the text as typed (for validation to explain)."""
        text = self.edit.text().strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        # The system's short form, always with a four-digit year: "3/15/24" could be 1924.
        locale = QLocale()
        form = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in form:
            form = form.replace("yy", "yyyy")
        parsed = locale.toDate(text, form)
        if text and parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
        return text

    def _prepare_calendar(self) -> None:
        current = self.value()
        if isinstance(current, date):
            self.calendar.setSelectedDate(QDate(current))
        else:
            self.calendar.setCurrentPage(self._latest.year(), self._latest.month())

    def _picked(self, picked: QDate) -> None:
        self.edit.setText(picked.toString("yyyy-MM-dd"))
        self._menu.hide()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

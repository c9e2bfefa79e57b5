"""The blank-able date field: ISO or the system's own short format, else the text as
typed for the validation to explain."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from caregiver_app.ui.widgets.date_field import DateField


def test_the_field_starts_blank_and_reads_iso_dates(qtbot):
    field = DateField("Birth date")
    qtbot.addWidget(field)
    assert field.value() == ""
    field.edit.setText(" 2024-03-15 ")
    assert field.value() == date(2024, 3, 15)
    field.edit.setText("2024-02-30")
    assert field.value() == "2024-02-30"


def test_the_system_short_format_is_read_with_a_four_digit_year(qtbot):
    field = DateField("Birth date")
    qtbot.addWidget(field)
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in form:
        form = form.replace("yy", "yyyy")
    field.edit.setText(QLocale().toString(QDate(2024, 3, 15), form))
    assert field.value() == date(2024, 3, 15)


def test_picking_in_the_calendar_fills_the_field(qtbot):
    field = DateField("Birth date")
    qtbot.addWidget(field)
    field.set_latest(date(2026, 11, 21))
    field.calendar.clicked.emit(QDate(2024, 3, 15))
    assert field.edit.text() == "2024-03-15"
    assert field.calendar.maximumDate() == QDate(2026, 11, 21)

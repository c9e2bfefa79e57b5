"""Words the window shows for core values: symptoms, severities, sexes, ages, dates.

Catalogue text is translated in context "Symptom" (see ``catalogue_strings.py``), the
record labels in context "Records" (where ``core.records`` marks them)."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from caregiver_app.core.catalogue import Catalogue, SymptomKind
from caregiver_app.core.records import (
    DEFAULT_DIAGNOSIS,
    SEVERITY_LABELS,
    SEX_LABELS,
    Child,
    Severity,
    Sex,
)


def symptom_label(kind: SymptomKind) -> str:
    return QCoreApplication.translate("Symptom", kind.label)


def symptom_description(kind: SymptomKind) -> str:
    return QCoreApplication.translate("Symptom", kind.description)


def symptom_label_for(catalogue: Catalogue, code: str) -> str:
    """The label of ``code``; the bare code if the catalogue no longer has it."""
    try:
        return symptom_label(catalogue.get(code))
    except KeyError:
        return code


def severity_label(severity: Severity) -> str:
    return QCoreApplication.translate("Records", SEVERITY_LABELS[severity])


def sex_label(sex: Sex) -> str:
    return QCoreApplication.translate("Records", SEX_LABELS[sex])


def default_diagnosis() -> str:
    return QCoreApplication.translate("Records", DEFAULT_DIAGNOSIS)


class Labels(QObject):
    """Counted words, in the context "Labels". pyside6-lupdate marks a message as having plural
    forms only when it comes from ``tr(text, "", n)``, not from ``translate()``."""

    def years(self, n: int) -> str:
        return self.tr("%n years", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n months", "", n)


def age_text(child: Child, today: date) -> str:
    years, months = child.age_on(today)
    words = Labels()
    year_part = words.years(years)
    month_part = words.months(months)
    if years == 0:
        return month_part
    if months == 0:
        return year_part
    return QCoreApplication.translate("Labels", "{years}, {months}").format(
        years=year_part, months=month_part
    )


def four_digit_year(form: str) -> str:
    """A locale's date format with the year always in full ("3/15/24" could be 1924)."""
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def short_date_format() -> str:
    """The app's locale's short date format, with a four-digit year ("19/11/2026")."""
    return four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def short_time_format() -> str:
    """The app's locale's short time format ("08:15", "8:15 AM")."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def day_text(day: date) -> str:
    """A calendar day in the app's locale's short form, with the year in full."""
    return QLocale().toString(QDate(day), short_date_format())


def time_text(clock_time: time) -> str:
    """A time of day in the app's locale's short form."""
    return QLocale().toString(
        QTime(clock_time.hour, clock_time.minute), QLocale.FormatType.ShortFormat
    )


def without_year(form: str) -> str:
    """A locale's long date format without its year ("dddd, d MMMM yyyy" → "dddd, d MMMM";
    "dddd, d 'de' MMMM 'de' yyyy" → "dddd, d 'de' MMMM"); unchanged if the year is mid-way."""
    # The year at the end, with its words ("'de' yyyy", "yyyy 'г'.").
    shorter = re.sub(r"[\s,.]*(?:'[^']*'\s*)?y+(?:\s*'[^']*')?[\s.]*$", "", form)
    # The year first, with its words ("yyyy年M月d日", "yyyy. MMMM d.").
    shorter = re.sub(r"^y+(?:[\s.,]*'[^']*')?[^dM']*", "", shorter)
    return form if "y" in shorter.replace("'", "") or not shorter.strip() else shorter


def day_in_words(day: date, today: date) -> str:
    """ "Today", "Tomorrow", "Yesterday", else the long date in the app's locale
    ("Tuesday, 3 December"), with the year when it is not this year's."""
    if day == today:
        return QCoreApplication.translate("Labels", "Today")
    if day == today + timedelta(days=1):
        return QCoreApplication.translate("Labels", "Tomorrow")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("Labels", "Yesterday")
    form = four_digit_year(QLocale().dateFormat(QLocale.FormatType.LongFormat))
    if day.year == today.year:
        form = without_year(form)
    return QLocale().toString(QDate(day), form)


def moment_in_words(day: date, clock_time: time, today: date) -> str:
    """ "Tomorrow, 10:30", "Tuesday, 3 December, 09:00" in the app's locale."""
    return QCoreApplication.translate("Labels", "{day}, {time}").format(
        day=day_in_words(day, today), time=time_text(clock_time)
    )

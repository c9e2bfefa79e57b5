"""Words the window shows for core values: symptoms, severities, sexes, ages, dates.

Catalogue text is translated in context "Symptom" (see ``catalogue_strings.py``), the
record labels in context "Records" (where ``core.records`` marks them)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

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


def age_text(child: Child, today: date) -> str:
    years, months = child.age_on(today)
    year_part = (
        QCoreApplication.translate("Labels", "1 year")
        if years == 1
        else QCoreApplication.translate("Labels", "{n} years").format(n=years)
    )
    month_part = (
        QCoreApplication.translate("Labels", "1 month")
        if months == 1
        else QCoreApplication.translate("Labels", "{n} months").format(n=months)
    )
    if years == 0:
        return month_part
    if months == 0:
        return year_part
    return QCoreApplication.translate("Labels", "{years}, {months}").format(
        years=year_part, months=month_part
    )


def day_text(day: date) -> str:
    """A calendar day as a parent reads it: "Sat 21 Nov 2026" in the system's language."""
    return QLocale().toString(QDate(day), "ddd d MMM yyyy")


def time_text(clock_time: time) -> str:
    return QLocale().toString(QTime(clock_time.hour, clock_time.minute), "HH:mm")

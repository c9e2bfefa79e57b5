"""Words for dates and appointments in the app's locale."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale

from caregiver_app.core.appointments import AppointmentStatus, RoutineCheck, Specialty
from caregiver_app.ui.care_labels import (
    appointment_status_label,
    routine_check_label,
    specialty_label,
)
from caregiver_app.ui.labels import day_in_words, moment_in_words, without_year

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("form", "shorter"),
    [
        ("dddd, d MMMM yyyy", "dddd, d MMMM"),
        ("dddd, MMMM d, yyyy", "dddd, MMMM d"),
        ("dddd, d 'de' MMMM 'de' yyyy", "dddd, d 'de' MMMM"),
        ("dddd, d MMMM yyyy\u202f'г'.", "dddd, d MMMM"),
        ("yyyy年M月d日dddd", "M月d日dddd"),
        ("yyyy. MMMM d., dddd", "MMMM d., dddd"),
        ("dddd, yyyy. 'gada' d. MMMM", "dddd, yyyy. 'gada' d. MMMM"),  # mid-way: kept
    ],
)
def test_the_year_leaves_a_long_date_format_with_its_words(form, shorter):
    assert without_year(form) == shorter


def test_every_locale_keeps_a_day_and_a_month_without_the_year():
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        form = locale.dateFormat(QLocale.FormatType.LongFormat)
        shorter = without_year(form)
        assert "d" in shorter, (locale.name(), form)
        assert "M" in shorter, (locale.name(), form)


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (TODAY, "Today"),
        (date(2026, 11, 22), "Tomorrow"),
        (date(2026, 11, 20), "Yesterday"),
        (date(2026, 12, 3), "Thursday, 3 December"),
        (date(2027, 1, 5), "Tuesday, 5 January 2027"),
        (date(2025, 11, 20), "Thursday, 20 November 2025"),
    ],
)
def test_a_day_in_words_says_the_year_only_when_it_is_not_this_one(day, words):
    assert day_in_words(day, TODAY) == words


def test_a_moment_in_words_has_the_day_and_the_time():
    assert moment_in_words(date(2026, 11, 22), time(10, 30), TODAY) == "Tomorrow, 10:30"
    assert moment_in_words(date(2026, 12, 1), time(9, 0), TODAY) == "Tuesday, 1 December, 09:00"


def test_every_appointment_value_has_a_label():
    assert specialty_label(Specialty.AUDIOLOGY_ENT) == "Hearing, ear, nose and throat"
    assert appointment_status_label(AppointmentStatus.MISSED) == "Missed"
    assert routine_check_label(RoutineCheck.GROWTH_MEASUREMENT) == "Growth measurement"
    assert all(specialty_label(item) for item in Specialty)

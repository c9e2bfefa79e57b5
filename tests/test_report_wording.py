"""Reports speak the app's language and write dates in the family's locale, with the month as a
word so nobody abroad misreads 03/04; locales that write the year first keep their form."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale

from caregiver_app.report_wording import app_wording, locale_territory, report_date_format

DAY = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB", "4 Mar 2026"),
        ("en_US", "Mar 4, 2026"),
        ("es_ES", "4 mar 2026"),
        ("de_DE", "4 März 2026"),
        ("sv_SE", "2026-03-04"),
        ("ja_JP", "2026/03/04"),
    ],
)
def test_dates_follow_the_locales_order_with_the_month_as_a_word(locale, expected):
    assert app_wording(QLocale(locale)).date(DAY) == expected


def test_times_follow_the_locale():
    assert " ".join(app_wording(QLocale("en_US")).time(time(20, 5)).split()) == "8:05 PM"
    assert app_wording(QLocale("es_ES")).time(time(20, 5)) == "20:05"


def test_the_format_keeps_the_locales_order():
    assert report_date_format(QLocale("fr_FR")) == "d MMM yyyy"
    assert report_date_format(QLocale("en_US")) == "MMM d, yyyy"
    assert report_date_format(QLocale("ja_JP")) == "yyyy/MM/dd"


def test_the_reports_words_go_through_the_apps_translators():
    wording = app_wording(QLocale("en_GB"))
    assert wording("Page {page} of {pages}", page=1, pages=2) == "Page 1 of 2"
    assert not wording.right_to_left


def test_the_territory_is_the_locales_country():
    assert locale_territory(QLocale("en_US")) == "US"
    assert locale_territory(QLocale("es_ES")) == "ES"

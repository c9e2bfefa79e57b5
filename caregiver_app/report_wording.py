"""How a report speaks in this app, for the window and the command line alike: the app's
translations, dates and times in the family's locale, and the locale's country (for the
paper). QtCore only
(the command line has no widgets); imported when a report is made.

Dates print with the month as a word ("21 Nov 2026", "Nov 21, 2026", "21 nov 2026"), in the
locale's order: a clinician abroad cannot misread 03/04 as 3 April or 4 March. Locales that
write the year first keep their own short form (it is unambiguous already)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from caregiver_app.core.summary import Wording

DAY_FIRST = "d MMM yyyy"
MONTH_FIRST = "MMM d, yyyy"


def report_date_format(locale: QLocale) -> str:
    """The locale's order of day, month and year, with the month as a short word."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day, month, year = short.find("d"), short.find("M"), short.find("y")
    if min(day, month, year) < 0:
        return DAY_FIRST
    if year < min(day, month):
        return short if "yyyy" in short else short.replace("yy", "yyyy")
    return DAY_FIRST if day < month else MONTH_FIRST


def app_wording(locale: QLocale | None = None) -> Wording:
    """The report's words through the app's installed translators, its dates and times in
    ``locale`` (default: the app's, which follows the language chosen in Settings), right to
    left when the app's translation is (Qt's own rule: ``QT_LAYOUT_DIRECTION``)."""
    locale = locale or QLocale()
    date_format = report_date_format(locale)
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)

    def day_text(day: date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), date_format)

    def time_text(moment: time) -> str:
        return locale.toString(QTime(moment.hour, moment.minute), time_format)

    direction = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")
    return Wording(
        translate=QCoreApplication.translate,
        date=day_text,
        time=time_text,
        right_to_left=direction == "RTL",
    )


def locale_territory(locale: QLocale | None = None) -> str:
    """The ISO 3166 code of the locale's country ("" when none is known)."""
    locale = locale or QLocale()
    return QLocale.territoryToCode(locale.territory()) or QLocale.territoryToCode(
        QLocale.system().territory()
    )

"""The summary's plain data and its counts: periods, completeness, symptom days."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caregiver_app.core.medicines import Adherence
from caregiver_app.core.records import Severity
from caregiver_app.core.summary import (
    DEFAULT_SECTIONS,
    PAPER_LABELS,
    SECTION_LABELS,
    Completeness,
    DoseCounts,
    Paper,
    Period,
    Section,
    Wording,
    completeness,
    default_period,
    paper_for_territory,
    symptom_days,
    symptom_table,
    weekly_symptom_days,
)


@dataclass(frozen=True)
class Entry:
    local_date: date
    symptom: str
    severity: Severity = Severity.MILD


PERIOD = Period(date(2026, 11, 1), date(2026, 11, 30))
days_strategy = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(days_strategy)
    return Period(start, start + timedelta(days=draw(st.integers(0, 800))))


def test_a_period_counts_its_days_inclusively():
    assert PERIOD.days == 30
    assert Period(date(2026, 1, 1), date(2026, 1, 1)).days == 1
    assert date(2026, 11, 30) in PERIOD
    assert date(2026, 12, 1) not in PERIOD
    assert "2026-11-05" not in PERIOD


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 11, 2), date(2026, 11, 1))


def test_the_previous_period_has_the_same_length_and_ends_the_day_before():
    assert PERIOD.previous() == Period(date(2026, 10, 2), date(2026, 10, 31))


@given(periods())
def test_the_previous_period_always_adjoins_with_the_same_length(period):
    before = period.previous()
    assert before.days == period.days
    assert before.end + timedelta(days=1) == period.start


@given(periods())
def test_weeks_and_months_cover_the_period_exactly_once(period):
    for pieces in (period.weeks(), period.months()):
        assert pieces[0].start == period.start
        assert pieces[-1].end == period.end
        assert sum(piece.days for piece in pieces) == period.days
        for before, after in itertools.pairwise(pieces):
            assert before.end + timedelta(days=1) == after.start
    assert all(week.days == 7 for week in period.weeks()[:-1])
    assert all(month.start.month == month.end.month for month in period.months())


def test_months_are_calendar_months_cut_to_the_period():
    period = Period(date(2026, 1, 15), date(2026, 3, 3))
    assert period.months() == (
        Period(date(2026, 1, 15), date(2026, 1, 31)),
        Period(date(2026, 2, 1), date(2026, 2, 28)),
        Period(date(2026, 3, 1), date(2026, 3, 3)),
    )


def test_the_default_period_runs_from_the_last_visit_or_covers_three_months():
    today = date(2026, 11, 21)
    assert default_period(today, date(2026, 9, 2)) == Period(date(2026, 9, 2), today)
    assert default_period(today) == Period(date(2026, 8, 22), today)
    assert default_period(today, today) == Period(date(2026, 8, 22), today)
    assert default_period(date(2026, 5, 31)) == Period(date(2026, 3, 1), date(2026, 5, 31))


@pytest.mark.parametrize(
    ("territory", "paper"),
    [("US", Paper.LETTER), ("ca", Paper.LETTER), ("CR", Paper.LETTER), ("ES", Paper.A4),
     ("GB", Paper.A4), ("SA", Paper.A4), ("", Paper.A4)],
)  # fmt: skip
def test_the_paper_follows_the_country(territory, paper):
    assert paper_for_territory(territory) is paper


def test_completeness_counts_logged_days_once_and_only_up_to_today():
    logged = [date(2026, 11, 1), date(2026, 11, 1), date(2026, 11, 3), date(2026, 10, 31)]
    assert completeness(PERIOD, logged, up_to=date(2026, 11, 30)) == Completeness(2, 30)
    assert completeness(PERIOD, logged, up_to=date(2026, 11, 10)) == Completeness(2, 10)
    assert completeness(PERIOD, logged, up_to=date(2026, 10, 1)) == Completeness(0, 0)
    assert Completeness(2, 3).percent == 67
    assert Completeness(0, 0).percent == 0


def test_symptom_days_count_days_not_entries_against_the_previous_period():
    entries = [
        Entry(date(2026, 11, 2), "fever"),
        Entry(date(2026, 11, 2), "fever"),
        Entry(date(2026, 11, 3), "fever"),
        Entry(date(2026, 10, 20), "fever"),
        Entry(date(2026, 10, 20), "headache"),
        Entry(date(2026, 10, 1), "headache"),  # before the previous period
        Entry(date(2026, 12, 1), "fever"),  # after the period
    ]
    rows = symptom_days(PERIOD, entries, label=str.title)
    assert [(r.symptom, r.days, r.previous_days) for r in rows] == [
        ("Fever", 2, 1),
        ("Headache", 0, 1),
    ]


def test_weekly_counts_give_each_symptom_its_days_per_week():
    entries = [
        Entry(date(2026, 11, 1), "fever"),
        Entry(date(2026, 11, 1), "fever"),
        Entry(date(2026, 11, 7), "fever"),
        Entry(date(2026, 11, 8), "fever"),
        Entry(date(2026, 11, 30), "nose"),
        Entry(date(2026, 10, 31), "nose"),
    ]
    weekly = weekly_symptom_days(PERIOD, entries)
    assert [week.start for week in weekly.weeks] == [
        date(2026, 11, 1), date(2026, 11, 8), date(2026, 11, 15), date(2026, 11, 22),
        date(2026, 11, 29),
    ]  # fmt: skip
    assert [(row.symptom, row.days_per_week) for row in weekly.rows] == [
        ("fever", (2, 1, 0, 0, 0)),
        ("nose", (0, 0, 0, 0, 1)),
    ]


@given(st.lists(st.tuples(st.integers(-40, 70), st.sampled_from(["a", "b", "c"]))))
def test_weekly_counts_add_up_to_the_symptom_days(raw):
    entries = [Entry(PERIOD.start + timedelta(days=offset), code) for offset, code in raw]
    totals = {row.symptom: row.days for row in symptom_days(PERIOD, entries)}
    weekly = weekly_symptom_days(PERIOD, entries)
    assert {row.symptom: sum(row.days_per_week) for row in weekly.rows} == {
        code: days for code, days in totals.items() if days
    }


def test_the_symptom_table_counts_entries_days_severities_and_first_and_last_days():
    entries = [
        Entry(date(2026, 11, 2), "vomiting", Severity.SEVERE),
        Entry(date(2026, 11, 2), "vomiting", Severity.MODERATE),
        Entry(date(2026, 11, 9), "vomiting", Severity.MILD),
        Entry(date(2026, 11, 5), "nose"),
        Entry(date(2026, 10, 5), "nose"),
    ]
    [vomiting, nose] = symptom_table(PERIOD, entries)
    assert (vomiting.symptom, vomiting.entries, vomiting.days) == ("vomiting", 3, 2)
    assert (vomiting.mild, vomiting.moderate, vomiting.severe) == (1, 1, 1)
    assert (vomiting.first, vomiting.last) == (date(2026, 11, 2), date(2026, 11, 9))
    assert (nose.entries, nose.days, nose.first) == (1, 1, date(2026, 11, 5))


def test_dose_counts_come_from_the_adherence_count():
    counts = DoseCounts.of(Adherence("m", date(2026, 11, 1), date(2026, 11, 30), 50, 4, 2, 3, 1))
    assert counts == DoseCounts(on_time=50, late=4, skipped=2, not_recorded=3, as_needed=1)
    assert counts.scheduled == 59


def test_wording_translates_then_fills_in_and_survives_a_broken_translation():
    wording = Wording(translate=lambda context, text: f"[{context}] {text}")
    assert wording("Page {page} of {pages}", page=1, pages=2) == "[Report] Page 1 of 2"
    broken = Wording(translate=lambda context, text: "Página {pagina}")
    assert broken("Page {page} of {pages}", page=1, pages=2) == "Page 1 of 2"
    assert Wording().date(date(2026, 3, 5)) == "2026-03-05"


def test_user_text_with_braces_is_never_read_as_a_template():
    assert Wording()("Made on {date}", date="{pages} {0}") == "Made on {pages} {0}"


def test_every_section_and_paper_has_a_label():
    assert set(SECTION_LABELS) == set(Section)
    assert set(PAPER_LABELS) == set(Paper)
    assert Section.DIARY_ENTRIES not in DEFAULT_SECTIONS

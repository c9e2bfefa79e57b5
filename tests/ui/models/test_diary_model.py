"""The diary model: days newest first with their entries under them, loaded as ids and
fetched in batches only when the view asks, and a well-behaved Qt item model throughout."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt

from caregiver_app.core.records import Child, DiaryFilter, Severity, SymptomInput
from caregiver_app.core.timeutil import local_to_instant
from caregiver_app.services.app import AppServices
from caregiver_app.storage.symptoms_repo import NewEntry
from caregiver_app.ui.models.diary_model import Column, DiaryModel, DiaryRole

TODAY = date(2026, 11, 21)  # conftest's clock: Saturday, 10:00 in Madrid
MADRID = ZoneInfo("Europe/Madrid")
DISPLAY = Qt.ItemDataRole.DisplayRole


def log(
    services: AppServices,
    child: Child,
    day: date,
    clock_time: str | None,
    symptom: str = "fever",
    severity: str = "mild",
    notes: str = "",
) -> str:
    entry = services.diary.log(
        child.id,
        day=day.isoformat(),
        clock_time=clock_time,
        symptom=symptom,
        severity=severity,
        notes=notes,
    )
    return entry.id


@pytest.fixture
def model(services: AppServices) -> DiaryModel:
    return DiaryModel(services.diary, services.catalogue)


@pytest.fixture
def diary(services: AppServices, child: Child) -> dict[str, str]:
    """Five days of a realistic week: two quiet days, an entry without a time, notes with
    several lines. Returns the entry ids by a short name."""
    ids = {
        "headache": log(services, child, TODAY, "08:15", "headache", "severe", "woke up crying"),
        "fever": log(services, child, TODAY, "07:40", "fever", "moderate", "38.4\ngave water"),
        "bone": log(services, child, TODAY - timedelta(days=1), "21:10", "bone_pain", "mild"),
        "pale": log(services, child, TODAY - timedelta(days=3), None, "pallor_tiredness"),
        "nose": log(services, child, TODAY - timedelta(days=3), "12:00", "nasal_congestion"),
    }
    services.diary.mark_nothing_unusual(child.id, TODAY - timedelta(days=2))
    services.diary.mark_nothing_unusual(child.id, TODAY - timedelta(days=5))
    return ids


def day_rows(model: DiaryModel) -> list[tuple[date, str]]:
    return [
        (model.index(row, 0).data(DiaryRole.DAY), model.index(row, 0).data(DiaryRole.SUMMARY))
        for row in range(model.rowCount())
    ]


def entry_ids_by_day(model: DiaryModel) -> list[list[str]]:
    return [
        [
            model.index(row, 0, model.index(day, 0)).data(DiaryRole.ENTRY_ID)
            for row in range(model.rowCount(model.index(day, 0)))
        ]
        for day in range(model.rowCount())
    ]


def test_the_model_passes_qt_model_tester_through_filter_changes_and_resets(
    qtmodeltester, model, diary, child
):
    model.set_filter(DiaryFilter(child.id))
    qtmodeltester.check(model)
    model.set_filter(DiaryFilter(child.id, symptom="fever"))
    qtmodeltester.check(model)
    model.set_filter(DiaryFilter(child.id, start=TODAY - timedelta(days=3), end=TODAY))
    qtmodeltester.check(model)
    model.reload()
    qtmodeltester.check(model)
    model.set_filter(None)
    qtmodeltester.check(model)


def test_days_come_newest_first_with_their_entries_under_them(model, diary, child):
    model.set_filter(DiaryFilter(child.id))

    assert day_rows(model) == [
        (TODAY, "2 entries"),
        (TODAY - timedelta(days=1), "1 entry"),
        (TODAY - timedelta(days=2), "Nothing unusual"),
        (TODAY - timedelta(days=3), "2 entries"),
        (TODAY - timedelta(days=5), "Nothing unusual"),
    ]
    assert entry_ids_by_day(model) == [
        [diary["headache"], diary["fever"]],
        [diary["bone"]],
        [],
        [diary["nose"], diary["pale"]],  # a day's entry without a time comes last
        [],
    ]
    assert (model.entry_count(), model.quiet_day_count(), model.day_count()) == (5, 2, 5)


def test_a_day_row_shows_the_long_date_with_its_weekday_and_a_summary(model, diary, child):
    model.set_filter(DiaryFilter(child.id))
    texts = [model.index(row, 0).data(DISPLAY) for row in range(model.rowCount())]
    assert texts == [
        "Today, Saturday, 21 November 2026 — 2 entries",
        "Yesterday, Friday, 20 November 2026 — 1 entry",
        "Thursday, 19 November 2026 — Nothing unusual",
        "Wednesday, 18 November 2026 — 2 entries",
        "Monday, 16 November 2026 — Nothing unusual",
    ]
    assert model.index(0, Column.NOTES).data(DISPLAY) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(DiaryRole.IS_DAY) is True
    assert model.index(0, 0).data(DiaryRole.ENTRY_ID) is None


def test_an_entry_row_shows_time_symptom_severity_first_line_of_notes_and_who(model, diary, child):
    model.set_filter(DiaryFilter(child.id))
    today = model.index(0, 0)

    def row(day: QModelIndex, position: int) -> list[str]:
        return [model.index(position, column, day).data(DISPLAY) for column in Column]

    assert row(today, 0) == ["08:15", "Headache", "Severe", "woke up crying", "Maria"]
    assert row(today, 1) == ["07:40", "Fever", "Moderate", "38.4 …", "Maria"]
    notes = model.index(1, Column.NOTES, today)
    assert notes.data(Qt.ItemDataRole.ToolTipRole) == "38.4\ngave water"
    assert model.index(0, Column.SEVERITY, today).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, Column.SEVERITY, today).data(Qt.ItemDataRole.FontRole) is None

    three_days_ago = model.index(3, 0)
    untimed = model.index(1, Column.TIME, three_days_ago)
    assert untimed.data(DISPLAY) == "time not recorded"
    assert untimed.data(Qt.ItemDataRole.FontRole).italic()
    assert untimed.data(DiaryRole.ENTRY_ID) == diary["pale"]
    assert model.entry_id(untimed) == diary["pale"]
    assert untimed.data(DiaryRole.DAY) == TODAY - timedelta(days=3)


def test_the_model_holds_only_ids_until_the_view_asks_then_fetches_one_batch(services, child):
    start = datetime(2021, 1, 1, 9, 0, tzinfo=UTC)
    services.diary.repository.add_many(
        (
            NewEntry(
                child.id,
                SymptomInput(
                    occurred_at=(moment := start + timedelta(hours=20 * n)),
                    zone="Europe/Madrid",
                    local_date=moment.astimezone(MADRID).date(),
                    time_known=True,
                    symptom="fever",
                    severity=Severity.MILD,
                    notes=f"entry {n}",
                ),
                "Maria",
            )
            for n in range(2_000)
        ),
        now=start,
    )
    model = DiaryModel(services.diary, services.catalogue, batch_size=200, cache_limit=400)
    model.set_filter(DiaryFilter(child.id))
    assert model.entry_count() == 2_000
    assert model.cached_ids() == set()

    wanted = model.index_at_position(1_000, Column.NOTES)
    assert wanted.data(DISPLAY) == "entry 999"  # newest first: position 1000 is entry 999
    cached = model.cached_ids()
    assert len(cached) == 200
    assert cached == set(model.entry_ids()[900:1_100]), "a batch around the asked row"

    for position in (0, 1_999, 500):  # three more batches, but the cache stays bounded
        model.index_at_position(position, Column.SYMPTOM).data(DISPLAY)
    assert len(model.cached_ids()) <= 400
    assert model.entry_ids()[500] in model.cached_ids()

    model.reload()
    assert model.cached_ids() == set(), "a reload starts from ids again"


def test_a_symptom_filter_keeps_only_that_symptom_and_hides_quiet_days(model, diary, child):
    model.set_filter(DiaryFilter(child.id, symptom="fever"))
    assert entry_ids_by_day(model) == [[diary["fever"]]]
    assert model.quiet_day_count() == 0


def test_a_date_range_keeps_the_days_inside_it_including_quiet_ones(model, diary, child):
    model.set_filter(
        DiaryFilter(child.id, start=TODAY - timedelta(days=3), end=TODAY - timedelta(days=1))
    )
    assert [day for day, _summary in day_rows(model)] == [
        TODAY - timedelta(days=1),
        TODAY - timedelta(days=2),
        TODAY - timedelta(days=3),
    ]
    assert model.entry_count() == 3
    assert model.quiet_day_count() == 1


def test_text_search_matches_percent_and_underscore_literally(model, services, child):
    percent = log(services, child, TODAY, "08:00", notes="fever 50% lower after a nap")
    log(services, child, TODAY, "08:05", notes="drank 500 ml")
    underscore = log(services, child, TODAY, "08:10", notes="label said dose_b")
    log(services, child, TODAY, "08:20", notes="dose b given")

    model.set_filter(DiaryFilter(child.id, text="50%"))
    assert model.entry_ids() == [percent]
    model.set_filter(DiaryFilter(child.id, text="dose_b"))
    assert model.entry_ids() == [underscore]
    assert model.quiet_day_count() == 0


def test_entries_of_another_child_never_show(model, services, child, diary):
    brother = services.family.add_child(name="Pablo", birth_date="2021-06-02", sex="male")
    theirs = log(services, brother, TODAY, "09:00", "fever", "severe", "not Lucía's")
    services.diary.mark_nothing_unusual(brother.id, TODAY - timedelta(days=7))

    model.set_filter(DiaryFilter(child.id))
    assert theirs not in model.entry_ids()
    assert TODAY - timedelta(days=7) not in [day for day, _ in day_rows(model)]

    model.set_filter(DiaryFilter(brother.id))
    assert model.entry_ids() == [theirs]


def test_an_empty_filter_shows_nothing_and_a_deleted_entry_disappears_on_reload(
    model, services, child, diary
):
    model.set_filter(None)
    assert model.rowCount() == 0
    assert model.entry_count() == 0

    model.set_filter(DiaryFilter(child.id))
    services.diary.delete(diary["bone"])
    model.reload()
    assert diary["bone"] not in model.entry_ids()
    assert not model.index_for_entry(diary["bone"]).isValid()
    assert model.index(1, 0).data(DiaryRole.SUMMARY) == "Nothing unusual"


def test_positions_map_to_indexes_across_quiet_days(model, diary, child):
    model.set_filter(DiaryFilter(child.id))
    for position, entry_id in enumerate(model.entry_ids()):
        index = model.index_at_position(position)
        assert model.entry_id(index) == entry_id
        assert model.position_of(index) == position
        assert model.index_for_entry(entry_id) == index
    assert not model.index_at_position(model.entry_count()).isValid()


def test_positions_are_right_when_quiet_days_are_the_newest_and_the_oldest(model, services, child):
    services.diary.mark_nothing_unusual(child.id, TODAY)
    services.diary.mark_nothing_unusual(child.id, TODAY - timedelta(days=1))
    ids = [log(services, child, TODAY - timedelta(days=3), f"0{n}:30") for n in range(3)]
    services.diary.mark_nothing_unusual(child.id, TODAY - timedelta(days=9))
    model.set_filter(DiaryFilter(child.id))
    assert [summary for _day, summary in day_rows(model)] == [
        "Nothing unusual",
        "Nothing unusual",
        "3 entries",
        "Nothing unusual",
    ]
    for position, entry_id in enumerate(reversed(ids)):
        index = model.index_at_position(position)
        assert index.parent().row() == 2
        assert model.entry_id(index) == entry_id


def test_an_entry_deleted_behind_the_models_back_shows_empty_until_the_reload(
    model, services, child, diary
):
    model.set_filter(DiaryFilter(child.id))
    services.diary.delete(diary["bone"])
    index = model.index_for_entry(diary["bone"], Column.SYMPTOM)
    assert index.data(DISPLAY) is None
    assert index.data(DISPLAY) is None, "asked twice, still no crash and no refetch"
    assert diary["bone"] not in model.cached_ids()
    assert model.index_for_entry(diary["fever"], Column.SYMPTOM).data(DISPLAY) == "Fever"


def test_a_clock_time_is_shown_in_the_zone_it_was_entered_in(model, services, child):
    # Entered in New York at 23:30 on the 20th; the family later moved to Madrid.
    services.diary.repository.add(
        child.id,
        SymptomInput(
            occurred_at=local_to_instant(
                date(2026, 11, 20), time(23, 30), ZoneInfo("America/New_York")
            ),
            zone="America/New_York",
            local_date=date(2026, 11, 20),
            time_known=True,
            symptom="headache",
            severity=Severity.MILD,
            notes="",
        ),
        now=datetime(2026, 11, 21, 5, 0, tzinfo=UTC),
        logged_by="Javier",
    )
    model.set_filter(DiaryFilter(child.id))
    day = model.index(0, 0)
    assert day.data(DiaryRole.DAY) == date(2026, 11, 20)
    assert model.index(0, Column.TIME, day).data(DISPLAY) == "23:30"
    assert model.index(0, Column.LOGGED_BY, day).data(DISPLAY) == "Javier"

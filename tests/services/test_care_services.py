"""Appointments and dental care through the services: last-done checks, eruptions, the
extraction caution, CSV round trips and idempotent re-imports, and the demo family's care."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from caregiver_app.core.appointments import AppointmentStatus, RoutineCheck
from caregiver_app.core.dental import EXTRACTION_CAUTION, ToothState
from caregiver_app.core.messages import ValidationFailed
from caregiver_app.services.appointments import AppointmentsService
from caregiver_app.services.demo import add_demo_family
from caregiver_app.services.dental import DentalService


@pytest.fixture
def visits(services):
    return AppointmentsService.for_app(services)


@pytest.fixture
def dental(services):
    return DentalService.for_app(services)


def test_an_eye_exam_with_two_questions_marked_done_is_the_eye_checks_last_done(visits, child):
    assert visits.last_done_checks(child.id)[RoutineCheck.EYE_EXAM] is None
    item = visits.add(
        child.id,
        day="2026-11-18",
        clock_time="09:30",
        specialty="ophthalmology",
        clinician="Dr. Ruiz",
        questions=["Is her vision stable?", "When is the next VEP?"],
        fulfils="eye_exam",
    )
    assert visits.last_done_checks(child.id)[RoutineCheck.EYE_EXAM] is None  # still planned
    done = visits.set_status(item.id, "done", outcome="Stable.")
    assert done.status is AppointmentStatus.DONE
    assert done.questions == ("Is her vision stable?", "When is the next VEP?")
    assert done.outcome == "Stable."
    last = visits.last_done_checks(child.id)
    assert last[RoutineCheck.EYE_EXAM] == date(2026, 11, 18)
    assert last[RoutineCheck.HEARING_TEST] is None


def test_upcoming_lists_planned_appointments_from_now_on(visits, child):
    visits.add(child.id, day="2026-11-21", clock_time="09:00", specialty="dental")  # an hour ago
    later = visits.add(child.id, day="2026-11-21", clock_time="11:00", specialty="dental")
    visits.add(child.id, day="2026-12-01", clock_time="11:00", specialty="genetics",
               status="cancelled")  # fmt: skip
    assert [item.id for item in visits.upcoming(child.id)] == [later.id]


def test_a_tooth_eruption_is_recorded_and_corrected_and_shows_in_the_chart(dental, child):
    dental.record_eruption(child.id, "51", "2025-01-10")
    dental.record_eruption(child.id, 51, "2025-01-12")  # a correction, not a second tooth
    [tooth] = dental.eruptions(child.id)
    assert (tooth.tooth, tooth.erupted_on, tooth.meta.logged_by) == (51, date(2025, 1, 12), "Maria")
    chart = {status.tooth.fdi: status for status in dental.eruption_chart(child.id)}
    assert chart[51].state is ToothState.ERUPTED
    assert chart[61].state is ToothState.LATE  # Lucía is 2 y 8 m; nothing else recorded
    assert {t.fdi for t in dental.late_teeth(child.id)} == set(chart) - {51, 55, 65}


def test_recording_an_extraction_returns_the_caution_and_other_events_none(dental, child):
    result = dental.add_event(
        child.id, day="2026-11-20", kind="extraction", tooth="74", antibiotic_cover="given"
    )
    assert result.cautions == (EXTRACTION_CAUTION,)
    assert result.event.antibiotic_cover.value == "given"
    assert dental.add_event(child.id, day="2026-11-20", kind="pain").cautions == ()


def test_a_visit_links_only_to_an_appointment_of_the_same_child(services, visits, dental, child):
    other = services.family.add_child(name="Leo", birth_date="2023-01-01")
    theirs = visits.add(other.id, day="2026-11-20", clock_time="10:00", specialty="dental",
                        status="done")  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:
        dental.add_event(child.id, day="2026-11-20", kind="visit", appointment_id=theirs.id)
    assert [p.field for p in failed.value.problems] == ["appointment"]
    mine = visits.add(child.id, day="2026-11-20", clock_time="10:00", specialty="dental",
                      status="done")  # fmt: skip
    linked = dental.add_event(child.id, day="2026-11-20", kind="visit", appointment_id=mine.id)
    assert linked.event.appointment_id == mine.id


def test_daily_ticks_are_one_row_per_day(dental, child):
    assert dental.set_daily_tick(child.id, "brushing")
    assert not dental.set_daily_tick(child.id, "brushing")
    assert dental.set_daily_tick(child.id, "fluoride_toothpaste")
    [today] = dental.daily_care(child.id)
    assert (today.day, today.brushing, today.fluoride_toothpaste) == (date(2026, 11, 21), 1, 1)
    assert dental.set_daily_tick(child.id, "brushing", False)
    with pytest.raises(ValidationFailed) as failed:
        dental.set_daily_tick(child.id, "flossing")
    assert [p.field for p in failed.value.problems] == ["tick"]


def appointment_facts(visits, child_id):
    return [
        (a.starts_at, a.zone, a.local_date, a.local_time, a.specialty, a.clinician, a.place,
         a.purpose, a.questions, a.status, a.fulfils, a.outcome, a.meta.logged_by)
        for a in visits.appointments(child_id)
    ]  # fmt: skip


def test_appointments_round_trip_through_csv_and_reimport_adds_nothing(
    services, visits, child, tmp_path
):
    visits.add(
        child.id,
        day="2026-10-25",
        clock_time="02:30",  # happens twice in Madrid that night: the first
        specialty="audiology_ent",
        clinician='Dr. "Oído", ENT',
        place="Hospital, 3rd floor",
        purpose="Hearing test\nwith tympanometry",
        questions=["Why, again?", "¿Cuándo?"],
        status="done",
        fulfils="hearing_test",
        outcome="Stable 😊\r\nrepeat in 6 months ",
    )
    visits.add(child.id, day="2026-12-01", clock_time="09:00", specialty="other")
    path = tmp_path / "appointments.csv"
    assert visits.export_csv(child.id, path).written == 2
    before = appointment_facts(visits, child.id)

    other = services.family.add_child(name="Copy", birth_date="2024-03-15")
    first = visits.import_csv(other.id, path)
    assert (first.added, first.already_there) == (2, 0)
    assert appointment_facts(visits, other.id) == before
    again = visits.import_csv(other.id, path)
    assert (again.added, again.already_there) == (0, 2)
    assert len(visits.appointments(other.id)) == 2
    assert visits.appointments(other.id)[0].local_time == time(2, 30)


def test_a_bad_appointment_file_imports_nothing(visits, child, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("date,time,specialty\n2026-12-01,09:00,dental\n2026-12-02,9,dental\n")
    with pytest.raises(ValidationFailed) as failed:
        visits.import_csv(child.id, path)
    assert [p.render_with_field() for p in failed.value.problems] == [
        "line 3: time: '9' is not a 24-hour time like 08:30"
    ]
    assert visits.appointments(child.id) == []


def dental_facts(dental, child_id):
    return (
        [(d.day, d.brushing, d.fluoride_toothpaste) for d in dental.daily_care(child_id)],
        [(t.tooth, t.erupted_on) for t in dental.eruptions(child_id)],
        [(e.day, e.kind, e.tooth, e.antibiotic_cover, e.notes, e.meta.logged_by)
         for e in dental.events(child_id)],
    )  # fmt: skip


def test_dental_records_round_trip_through_csv_and_reimport_adds_nothing(
    services, dental, child, tmp_path
):
    dental.set_daily_tick(child.id, "brushing", day="2026-11-19")
    dental.set_daily_tick(child.id, "fluoride_toothpaste", day="2026-11-19")
    dental.set_daily_tick(child.id, "brushing", day="2026-11-20")
    dental.record_eruption(child.id, "71", "2024-11-02")
    dental.add_event(child.id, day="2026-11-20", kind="gum_infection", tooth="64",
                     notes="Swollen, \"hot\",\nsore")  # fmt: skip
    dental.add_event(
        child.id, day="2026-11-20", kind="gum_infection", tooth="64", notes='Swollen, "hot",\nsore'
    )  # fmt: skip  (twice, legitimately)
    dental.add_event(child.id, day="2026-11-20", kind="procedure", antibiotic_cover="unknown")
    path = tmp_path / "dental.csv"
    assert dental.export_csv(child.id, path).written == 7
    before = dental_facts(dental, child.id)

    other = services.family.add_child(name="Copy", birth_date="2024-03-15")
    first = dental.import_csv(other.id, path)
    assert (first.added, first.already_there) == (7, 0)
    assert dental_facts(dental, other.id) == before
    again = dental.import_csv(other.id, path)
    assert (again.added, again.already_there) == (0, 7)
    assert dental_facts(dental, other.id) == before


def test_a_dental_import_contradicting_a_stored_eruption_is_refused_whole(dental, child, tmp_path):
    dental.record_eruption(child.id, "71", "2024-11-02")
    path = tmp_path / "dental.csv"
    path.write_text("date,record,tooth\n2026-11-20,brushing,\n2024-11-09,eruption,71\n")
    with pytest.raises(ValidationFailed) as failed:
        dental.import_csv(child.id, path)
    assert [p.render_with_field() for p in failed.value.problems] == [
        "line 3: date: tooth 71 is already recorded as coming through on 2024-11-02; correct "
        "it in the app or in the file"
    ]
    assert dental.daily_care(child.id) == []


def test_the_demo_family_has_appointments_and_dental_care_consistent_with_its_diary(services):
    result = add_demo_family(services)
    child = result.child
    visits = AppointmentsService.for_app(services)
    dental = DentalService.for_app(services)
    today = services.diary.today()
    items = visits.appointments(child.id)
    assert len(items) == result.appointments >= 8
    past = [a for a in items if a.local_date < today]
    assert all(a.status is not AppointmentStatus.PLANNED for a in past)
    assert all(a.outcome for a in past if a.status is AppointmentStatus.DONE)
    upcoming = visits.upcoming(child.id)
    assert len(upcoming) >= 3
    assert all(a.questions for a in upcoming)
    last = visits.last_done_checks(child.id)
    assert last[RoutineCheck.EYE_EXAM] == today - timedelta(days=27)
    assert all(last[check] is not None for check in RoutineCheck)

    # The gum problem of the diary's tooth episode, and the dentist the day after.
    events = dental.events(child.id)
    gum = [e for e in events if e.kind.value == "gum_infection"]
    assert [e.day for e in gum] == [today - timedelta(days=100)]
    [visit] = [e for e in events if e.kind.value == "visit" and e.day == today - timedelta(99)]
    assert visits.appointment(visit.appointment_id).specialty.value == "dental"
    assert not [e for e in events if e.kind.value == "extraction"]

    assert child.age_on(today) == (2, 8)
    assert len(dental.eruptions(child.id)) == 16
    assert {t.fdi for t in dental.late_teeth(child.id)} == {75, 85}  # lower second molars
    assert dental.daily_care(child.id)


def test_the_demo_care_is_the_same_for_the_same_now_and_not_added_twice(services, data_dir):
    add_demo_family(services)
    assert not add_demo_family(services).created
    child = services.family.children()[0]
    visits = AppointmentsService.for_app(services)
    first = [(a.starts_at, a.purpose, a.questions) for a in visits.appointments(child.id)]
    dental = DentalService.for_app(services)
    ticks = [(d.day, d.brushing, d.fluoride_toothpaste) for d in dental.daily_care(child.id)]
    assert len(first) == result_count(services)
    services.family.delete_child(child.id)
    again = add_demo_family(services).child
    assert [(a.starts_at, a.purpose, a.questions) for a in visits.appointments(again.id)] == first
    assert [
        (d.day, d.brushing, d.fluoride_toothpaste) for d in dental.daily_care(again.id)
    ] == ticks


def result_count(services):
    return services.database.conn.execute(
        "SELECT count(*) FROM appointments WHERE deleted_at IS NULL"
    ).fetchone()[0]

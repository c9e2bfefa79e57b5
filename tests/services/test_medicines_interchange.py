"""Medicines and dose-log CSV files: round trip, idempotent re-import, all or nothing with
``line N: COLUMN: problem``, and doses naming their medicine by name."""

from __future__ import annotations

import pytest

from caregiver_app.core.messages import ValidationFailed
from caregiver_app.services.medicines import MedicinesService

MEDICINES = (
    "name,dose_amount,dose_unit,dose_text,route,schedule,times,days,every_days,start_date,"
    "end_date,prescriber,purpose,notes,stock,low_stock_at,logged_by\r\n"
    "Calcitriol,0.25,microgram,,by_mouth,fixed_times,08:00 20:00,,,2026-06-01,,Dr Haddad,"
    'calcium,"with milk, ""not"" juice",60,10,Ana\r\n'
    "Interferon gamma-1b,50,microgram/m²,,under_skin,fixed_times,18:00,mon wed fri,,"
    "2026-06-01,,Dr Haddad,,,,,Javier\r\n"
    "Iron,,,5 drops,by_mouth,every_n_days,09:00,,3,2026-01-01,2026-05-31,,,stopped,,,Ana\r\n"
    "Fluoride varnish,,,applied by the dentist,on_skin,as_needed,,,,2026-06-01,,Dr Gil,teeth,,"
    ",,Ana\r\n"
)
DOSES = (
    "medicine,status,scheduled_date,scheduled_time,given_date,given_time,given_by,reason,"
    "notes,logged_by\r\n"
    "Calcitriol,given,2026-11-20,08:00,2026-11-20,08:10,Ana,,,Ana\r\n"
    "calcitriol,given,2026-11-20,20:00,2026-11-20,22:15,Javier,,late dinner,Javier\r\n"
    "Calcitriol,skipped,2026-11-19,20:00,,,,vomited,,Ana\r\n"
    "Interferon gamma-1b,given,2026-11-20,18:00,2026-11-20,18:05,Ana,,left thigh,Ana\r\n"
    "Fluoride varnish,given,,,2026-11-18,11:00,Dr Gil,check-up,,Ana\r\n"
    "Iron,given,2026-05-31,09:00,2026-05-31,09:00,Ana,,,Ana\r\n"
)


@pytest.fixture
def meds(services):
    return MedicinesService.for_app(services)


def problems_of(call, *args):
    with pytest.raises(ValidationFailed) as failed:
        call(*args)
    return [p.render_with_field() for p in failed.value.problems]


def test_medicines_and_doses_go_round_the_trip_and_import_once(tmp_path, meds, child):
    first = meds.import_medicine_csv(child.id, MEDICINES.encode())
    assert (first.added, first.already_there) == (4, 0)
    doses = meds.import_dose_csv(child.id, DOSES.encode())
    assert (doses.added, doses.already_there) == (6, 0)
    again = meds.import_dose_csv(child.id, DOSES.encode())
    assert (again.added, again.already_there) == (0, 6)
    assert meds.import_medicine_csv(child.id, MEDICINES.encode()).already_there == 4

    meds.export_medicines(child.id, tmp_path / "m.csv")
    meds.export_doses(child.id, tmp_path / "d.csv")
    exported_m = (tmp_path / "m.csv").read_bytes()
    exported_d = (tmp_path / "d.csv").read_bytes()
    assert sorted(exported_m.decode().split("\r\n")) == sorted(MEDICINES.split("\r\n"))
    assert exported_d.decode().split("\r\n")[0] == DOSES.split("\r\n")[0]
    assert len(exported_d.decode().split("\r\n")) == len(DOSES.split("\r\n"))
    assert ((tmp_path / "m.csv").stat().st_mode & 0o777) == 0o600


def test_round_trip_into_another_child_gives_the_same_files(tmp_path, services, meds, child):
    meds.import_medicine_csv(child.id, MEDICINES.encode())
    meds.import_dose_csv(child.id, DOSES.encode())
    meds.export_medicines(child.id, tmp_path / "m1.csv")
    meds.export_doses(child.id, tmp_path / "d1.csv")
    sibling = services.family.add_child(name="Pablo", birth_date="2024-03-15")
    meds.import_medicines(sibling.id, tmp_path / "m1.csv")
    meds.import_doses(sibling.id, tmp_path / "d1.csv")
    meds.export_medicines(sibling.id, tmp_path / "m2.csv")
    meds.export_doses(sibling.id, tmp_path / "d2.csv")
    assert (tmp_path / "m1.csv").read_bytes() == (tmp_path / "m2.csv").read_bytes()
    assert (tmp_path / "d1.csv").read_bytes() == (tmp_path / "d2.csv").read_bytes()
    adherence = {
        meds.medicine(a.medicine_id).name: a
        for a in meds.adherence(sibling.id, _d("2026-11-19"), _d("2026-11-20"))
    }
    calcitriol = adherence["Calcitriol"]
    assert (calcitriol.on_time, calcitriol.late, calcitriol.skipped, calcitriol.not_recorded) == (
        1,
        1,
        1,
        1,
    )
    assert adherence["Fluoride varnish"].as_needed == 0  # given on the 18th, outside
    assert "Iron" not in adherence  # stopped before the period


def _d(text):
    from datetime import date

    return date.fromisoformat(text)


def test_export_doses_by_period(tmp_path, meds, child):
    meds.import_medicine_csv(child.id, MEDICINES.encode())
    meds.import_dose_csv(child.id, DOSES.encode())
    result = meds.export_doses(
        child.id, tmp_path / "d.csv", start=_d("2026-11-19"), end=_d("2026-11-19")
    )
    assert result.written == 1
    assert "vomited" in (tmp_path / "d.csv").read_text()


def test_a_bad_medicines_file_adds_nothing_and_names_every_problem(meds, child):
    bad = (
        "name,dose_amount,dose_unit,route,schedule,times,start_date,colour\r\n"
        "Calcitriol,0.25,microgram,by_mouth,fixed_times,08:00,2026-06-01,red\r\n"
    )
    assert problems_of(meds.import_medicine_csv, child.id, bad.encode()) == [
        "line 1: colour: is not a column of a medicines file (the columns are: name, "
        "dose_amount, dose_unit, dose_text, route, schedule, times, days, every_days, "
        "start_date, end_date, prescriber, purpose, notes, stock, low_stock_at, logged_by)"
    ]
    rows = (
        "name,dose_amount,dose_unit,route,schedule,times,start_date\r\n"
        "Calcitriol,0.25,microgram,by_mouth,fixed_times,08:00,2026-06-01\r\n"
        ",0.25,microgram,by_mouth,daily,8am,2026-06-31\r\n"
        "Iron,1,mL,by_mouth,fixed_times,09:00\r\n"
        '"Vitamin D\r\n'
    )
    assert problems_of(meds.import_medicine_csv, child.id, rows.encode()) == [
        "line 3: name: is required",
        "line 3: schedule: must be one of fixed_times, every_n_days, as_needed (not 'daily')",
        "line 3: start_date: 2026-06-31 is not a real calendar date",
        "line 3: times: '8am' is not a 24-hour time like 08:30",
        "line 4: row: has 6 values but the header names 7 columns",
        'line 5: row: a quoted value that starts on this line is never closed (a missing ")',
    ]
    assert meds.medicines(child.id) == []
    assert problems_of(meds.import_medicine_csv, child.id, b"")[0].startswith(
        "line 1: header: the file is empty"
    )


def test_doses_name_one_medicine_and_answer_each_scheduled_dose_once(meds, child):
    meds.import_medicine_csv(child.id, MEDICINES.encode())
    header = DOSES.split("\r\n")[0] + "\r\n"
    bad = header + (
        "Aspirin,given,,,2026-11-20,08:00,,,,\r\n"
        "Calcitriol,given,2026-11-20,08:00,2026-11-20,08:10,Ana,,,\r\n"
        "Calcitriol,given,2026-11-20,08:00,2026-11-20,08:20,Ana,,,\r\n"
        "Calcitriol,maybe,2026-11-20,20:00,,,,,,\r\n"
    )
    assert problems_of(meds.import_dose_csv, child.id, bad.encode()) == [
        "line 2: medicine: 'Aspirin' is not one of the child's medicines (medicines: "
        "Calcitriol, Fluoride varnish, Interferon gamma-1b, Iron); add or import it first",
        "line 5: status: must be one of given, skipped (not 'maybe')",
    ]
    conflict = header + (
        "Calcitriol,given,2026-11-20,08:00,2026-11-20,08:10,Ana,,,\r\n"
        "Calcitriol,given,2026-11-20,08:00,2026-11-20,08:20,Ana,,,\r\n"
    )
    assert problems_of(meds.import_dose_csv, child.id, conflict.encode()) == [
        "line 3: scheduled_time: the 08:00 dose of Calcitriol on 2026-11-20 already has "
        "another entry (in the log or earlier in this file)"
    ]
    assert meds.doses(child.id) == []
    meds.add_medicine(
        child.id,
        name="calcitriol",
        dose_text="as before",
        route="by_mouth",
        schedule="fixed_times",
        times="08:00",
        start_date="2026-10-01",
    )
    assert problems_of(meds.import_dose_csv, child.id, conflict.encode()) == [
        "line 2: medicine: 2 medicines called 'Calcitriol' are being taken then; give each "
        "a different name",
        "line 3: medicine: 2 medicines called 'Calcitriol' are being taken then; give each "
        "a different name",
    ]

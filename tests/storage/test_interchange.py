"""The symptom CSV format: what the reader accepts and refuses (with the right line and
column), what the writer produces, and the all-or-nothing, idempotent insert."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.core.catalogue import load_catalogue
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.records import DiaryFilter, RecordMeta, Severity, SymptomEntry
from caregiver_app.core.validation import SYMPTOM_CSV_COLUMNS
from caregiver_app.paths import symptom_catalogue_path
from caregiver_app.storage.interchange import (
    export_symptom_csv,
    read_symptom_csv,
    symptom_csv_bytes,
    write_file_atomically,
)

ZONE = "Europe/Madrid"
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
BORN = date(2024, 3, 15)
CATALOGUE = load_catalogue(symptom_catalogue_path())
HEADER = b"date,time,symptom,severity,notes,logged_by\r\n"


def read(data: bytes):
    return read_symptom_csv(data, zone=ZONE, catalogue=CATALOGUE, birth_date=BORN, now=NOW)


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(ValidationFailed) as failed:
        read(data)
    return [problem.render_with_field() for problem in failed.value.problems]


def stored_entry(
    occurred_at: datetime,
    *,
    time_known: bool = True,
    notes: str = "",
    logged_by: str = "Maria",
    zone: str = ZONE,
    local_day: date | None = None,
) -> SymptomEntry:
    meta = RecordMeta("id", NOW, NOW, logged_by)
    day = local_day or occurred_at.date()
    return SymptomEntry(
        meta, "child", occurred_at, zone, day, time_known, "fever", Severity.MILD, notes
    )


# Reading ----------------------------------------------------------------------------------


def test_a_good_file_gives_each_row_with_its_line_entry_and_logger():
    rows = read(
        HEADER + b"2026-03-01,08:30,fever,moderate,hot,Jon\r\n" + b"2026-03-02,,headache,mild,,\r\n"
    )
    assert [row.line for row in rows] == [2, 3]
    first, second = rows
    assert first.entry.occurred_at == datetime(2026, 3, 1, 7, 30, tzinfo=UTC)
    assert first.entry.time_known
    assert (first.entry.symptom, first.entry.severity, first.logged_by) == (
        "fever",
        Severity.MODERATE,
        "Jon",
    )
    assert not second.entry.time_known
    assert second.entry.local_date == date(2026, 3, 2)
    assert second.logged_by == ""


def test_columns_in_any_order_with_any_case_and_spaces_and_optional_ones_left_out():
    rows = read(b" Severity ,SYMPTOM,date\n mild ,fever,2026-03-01\n")
    assert len(rows) == 1
    assert rows[0].entry.severity is Severity.MILD
    assert not rows[0].entry.time_known


def test_a_utf8_bom_is_tolerated():
    rows = read(b"\xef\xbb\xbf" + HEADER + b"2026-03-01,08:30,fever,mild,\xc3\xb1,\r\n")
    assert rows[0].entry.notes == "ñ"


def test_a_header_only_file_has_no_rows():
    assert read(HEADER) == []
    assert read(b"\xef\xbb\xbf" + HEADER.rstrip()) == []


def test_blank_lines_and_rows_of_empty_cells_are_skipped_not_refused():
    rows = read(HEADER + b"\r\n2026-03-01,,fever,mild,,\r\n,,,,,\r\n , ,,,,\r\n")
    assert [row.line for row in rows] == [3]


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf"])
def test_an_empty_file_is_refused_on_line_1(data):
    assert problems_of(data) == [
        "line 1: header: the file is empty; its first line must name the columns, "
        "for example: date,time,symptom,severity,notes,logged_by"
    ]


def test_a_blank_first_line_is_refused_as_a_missing_header():
    assert problems_of(b"\r\n" + HEADER) == [
        "line 1: header: the first line must name the columns, for example: "
        "date,time,symptom,severity,notes,logged_by"
    ]


def test_every_header_problem_is_reported_on_line_1_and_rows_are_not_checked():
    found = problems_of(b"date,colour,date,,notes\r\nnot a date,x,y,z,w\r\n")
    assert found == [
        "line 1: colour: is not a column of a symptom file (the columns are: "
        "date, time, symptom, severity, notes, logged_by)",
        "line 1: date: column appears more than once",
        "line 1: header: column 4 has no name; name it or remove the column",
        "line 1: symptom: required column is missing (the required columns are: "
        "date, symptom, severity)",
        "line 1: severity: required column is missing (the required columns are: "
        "date, symptom, severity)",
    ]


def test_line_numbers_count_physical_lines_of_multiline_notes():
    data = (
        HEADER
        + b'2026-03-01,,fever,mild,"one\r\ntwo\nthree",\r\n'  # lines 2-4
        + b'2026-03-01,,fever,mild,"a\rb",\r\n'  # lines 5-6
        + b"2026-03-01,,nosuch,mild,,\r\n"  # line 7
    )
    assert problems_of(data) == ["line 7: symptom: 'nosuch' is not a symptom code in the catalogue"]


def test_every_bad_row_is_reported_with_every_problem():
    data = (
        HEADER
        + b"2025-02-30,08:00,fever,mild,,\r\n"
        + b"2026-03-01,8:5,fever,awful,,\r\n"
        + b"2026-03-01,08:00,fever,mild,fine,\r\n"
        + b"2026-03-01,24:00,,mild,,\r\n"
    )
    assert problems_of(data) == [
        "line 2: date: 2025-02-30 is not a real calendar date",
        "line 3: time: '8:5' is not a 24-hour time like 08:30",
        "line 3: severity: must be mild, moderate or severe (not 'awful')",
        "line 5: time: 24:00 is not a time of day (00:00 to 23:59)",
        "line 5: symptom: is required",
    ]


def test_a_row_with_too_many_or_too_few_values_names_its_line():
    data = HEADER + b"2026-03-01,,fever,mild,,,extra\r\n2026-03-01,,fever\r\n"
    assert problems_of(data) == [
        "line 2: row: has 7 values but the header names 6 columns",
        "line 3: row: has 3 values but the header names 6 columns",
    ]


def test_an_unclosed_quote_names_the_line_where_it_opens():
    data = HEADER + b'2026-03-01,,fever,mild,,\r\n2026-03-01,,fever,mild,"open,\r\nmore\r\n'
    assert problems_of(data) == [
        'line 3: row: a quoted value that starts on this line is never closed (a missing ")'
    ]


def test_text_after_a_closing_quote_is_refused_not_glued_on():
    found = problems_of(HEADER + b'2026-03-01,,fever,mild,"a"b,\r\n')
    assert len(found) == 1
    assert found[0].startswith("line 2: row: is not valid CSV")


def test_bytes_that_are_not_utf8_are_reported_at_their_own_line_and_column():
    data = (
        HEADER
        + b"2026-03-01,,fever,mild,fine,\r\n"
        + b'2026-03-01,,fever,mild,"first line\r\nsecond caf\xe9 line",Jos\xe9\r\n'
        + b"2026-03-01,,nosuch,mild,,\r\n"
    )
    assert problems_of(data) == [
        "line 4: notes: holds bytes that are not UTF-8 text (0xE9); save the file as UTF-8 "
        "(in a spreadsheet: CSV UTF-8) and import it again",
        "line 4: logged_by: holds bytes that are not UTF-8 text (0xE9); save the file as "
        "UTF-8 (in a spreadsheet: CSV UTF-8) and import it again",
        "line 5: symptom: 'nosuch' is not a symptom code in the catalogue",
    ]


def test_a_utf16_file_is_refused_with_a_message_about_the_encoding():
    found = problems_of(HEADER.decode().encode("utf-16"))
    assert found[0].startswith("line 1: header: holds bytes that are not UTF-8 text (0xFF 0xFE")


def test_a_local_time_that_does_not_exist_is_a_time_problem():
    found = problems_of(HEADER + b"2026-03-29,02:30,fever,mild,,\r\n")
    assert found == [
        "line 2: time: 02:30 does not exist on 2026-03-29 in Europe/Madrid "
        "(the clocks went forward); check the time"
    ]


def test_rows_before_birth_or_in_the_future_are_refused():
    found = problems_of(
        HEADER
        + b"2024-03-14,,fever,mild,,\r\n"
        + b"2026-11-22,,fever,mild,,\r\n"
        + b"2026-11-21,10:30,fever,mild,,\r\n"
        + b"2026-11-21,09:30,fever,mild,,\r\n"  # 09:30 in Madrid is before NOW
    )
    assert found == [
        "line 2: date: is before the child's birth date (2024-03-15)",
        "line 3: date: is in the future",
        "line 4: time: is in the future",
    ]


# Writing ----------------------------------------------------------------------------------


def test_export_writes_the_contract_columns_crlf_no_bom_and_local_family_times():
    late_evening = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # 00:30 next day in Madrid
    untimed = datetime(2026, 3, 2, 23, 0, tzinfo=UTC)  # start of 3 March in Madrid
    data = export_symptom_csv(
        [
            stored_entry(late_evening, notes='say "ah", then\nsleep'),
            stored_entry(untimed, time_known=False, local_day=date(2026, 3, 3), logged_by=""),
        ],
        ZONE,
    )
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data == (
        b"date,time,symptom,severity,notes,logged_by\r\n"
        b'2026-03-02,00:30,fever,mild,"say ""ah"", then\nsleep",Maria\r\n'
        b"2026-03-03,,fever,mild,,\r\n"
    )


def test_export_of_nothing_is_just_the_header():
    assert export_symptom_csv([], ZONE) == (",".join(SYMPTOM_CSV_COLUMNS) + "\r\n").encode()


_NOTES_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(notes=_NOTES_TEXT, minute=st.integers(0, 24 * 60 - 1), time_known=st.booleans())
def test_any_notes_survive_export_then_read_exactly(notes, minute, time_known):
    day = date(2025, 6, 10)
    if time_known:
        local = datetime(2025, 6, 10, minute // 60, minute % 60, tzinfo=ZoneInfo(ZONE))
        occurred = local.astimezone(UTC)
    else:
        occurred = datetime(2025, 6, 9, 22, 0, tzinfo=UTC)  # the start of 10 June in Madrid
    entry = stored_entry(occurred, time_known=time_known, notes=notes, local_day=day)
    (row,) = read(export_symptom_csv([entry], ZONE))
    assert row.entry.notes == notes
    assert row.entry.occurred_at == occurred
    assert row.entry.local_date == day
    assert row.entry.time_known == time_known
    assert row.logged_by == "Maria"


def test_symptom_csv_bytes_quotes_only_what_needs_it():
    data = symptom_csv_bytes([("2026-03-01", "", "fever", "mild", " spaced ", "Ana")])
    assert data.endswith(b"2026-03-01,,fever,mild, spaced ,Ana\r\n")
    assert read(data)[0].entry.notes == " spaced "


# Writing files ----------------------------------------------------------------------------


def test_atomic_write_replaces_the_file_whole_and_private(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_file_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["out.csv"]


def test_a_failed_write_leaves_no_partial_file_and_says_so(tmp_path):
    target = tmp_path / "is-a-folder"
    target.mkdir()
    (target / "keep").write_text("x")
    with pytest.raises(UserError) as failed:
        write_file_atomically(target, b"data")
    assert "Could not write" in failed.value.render()
    assert sorted(os.listdir(tmp_path)) == ["is-a-folder"]
    assert os.listdir(target) == ["keep"]


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(UserError, match="No such file or directory"):
        write_file_atomically(tmp_path / "missing" / "out.csv", b"data")
    assert not (tmp_path / "missing").exists()


# Adding to the diary ----------------------------------------------------------------------


def test_add_missing_adds_each_copy_once_then_nothing(services, child):
    repo = services.diary.repository
    rows = read(
        HEADER
        + b"2026-03-01,08:00,fever,mild,twice,\r\n"
        + b"2026-03-01,08:00,fever,mild,twice,\r\n"
        + b"2026-03-01,09:00,fever,mild,once,Jon\r\n"
    )
    pairs = [(row.entry, row.logged_by or "Maria") for row in rows]
    assert repo.add_missing(child.id, pairs, now=NOW) == (3, 0)
    assert repo.add_missing(child.id, pairs, now=NOW) == (0, 3)
    # A file with a third copy adds exactly one more.
    assert repo.add_missing(child.id, [*pairs, pairs[0]], now=NOW) == (1, 3)
    entries = repo.entries(DiaryFilter(child.id))
    assert [(e.notes, e.meta.logged_by) for e in entries] == [
        ("twice", "Maria"),
        ("twice", "Maria"),
        ("twice", "Maria"),
        ("once", "Jon"),
    ]

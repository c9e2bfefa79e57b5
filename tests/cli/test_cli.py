"""The command line, run for real on a data folder in a temp dir: import, export, demo and
the errors a family meets. Most runs call ``cli.main`` in-process; a few start the app as a
separate process, as a family would."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from caregiver_app.cli import main
from caregiver_app.core.clock import FixedClock
from caregiver_app.core.records import DiaryFilter
from caregiver_app.core.validation import validate_child
from caregiver_app.services.app import open_app
from caregiver_app.storage.children_repo import ChildrenRepository
from tests.conftest import NOW

HEADER = "date,time,symptom,severity,notes,logged_by\r\n"


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli(data_dir: Path, *args: str) -> Run:
    """The command line at the test clock's "now" (tests/conftest.py), whatever today is."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), *args], out=out, err=err, clock=FixedClock(NOW))
    return Run(code, out.getvalue(), err.getvalue())


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def stored(services, child_id: str) -> list[tuple]:
    """Everything that makes an entry what it is (not its id or when it was typed)."""
    return [
        (
            entry.local_date,
            entry.local_time().strftime("%H:%M") if entry.time_known else None,
            entry.occurred_at,
            entry.zone,
            entry.time_known,
            entry.symptom,
            entry.severity,
            entry.notes,
            entry.meta.logged_by,
        )
        for entry in services.diary.repository.entries(DiaryFilter(child_id))
    ]


def fresh_family(folder: Path, clock, *, caregiver: str = "Someone else"):
    """A second data folder with the same child, for imports into an empty diary."""
    app = open_app(folder, clock)
    app.settings.set_time_zone("Europe/Madrid")
    app.settings.set_caregiver_name(caregiver)
    child = app.family.add_child(name="Lucía", birth_date="2024-03-15", sex="female")
    return app, child


TRICKY_NOTES = (
    "plain words",
    "a comma, inside",
    'she said "ouch", twice',
    "CRLF line one\r\nline two",
    "LF line one\nline two\n",
    "lone CR\rafter it",
    "emoji 😢🎉 and a family 👨‍👩‍👧",
    "Arabic: قالت الجدة إنها متعبة",
    "Hebrew: סבתא אומרת שהיא עייפה",
    "Cyrillic: Бабушка говорит, устала",
    "  leading and trailing spaces  ",
    '"wholly in quotes"',
    "",
)


# Round trip -------------------------------------------------------------------------------


def test_export_then_import_into_an_empty_diary_gives_identical_entries(
    services, child, clock, tmp_path
):
    for index, notes in enumerate(TRICKY_NOTES):
        services.diary.log(
            child.id,
            day=f"2026-10-{index + 1:02d}",
            clock_time=None if index % 4 == 0 else f"{(index * 7) % 24:02d}:{index * 4:02d}",
            symptom="fever" if index % 2 else "bone_pain",
            severity=("mild", "moderate", "severe")[index % 3],
            notes=notes,
        )
    other_logger = write(tmp_path / "jon.csv", HEADER + "2026-09-30,21:15,headache,mild,,Jon\r\n")
    assert (
        cli(services.data_dir, "import", "symptoms", str(other_logger), "--child", "Lucía").code
        == 0
    )

    exported = tmp_path / "diary.csv"
    run = cli(services.data_dir, "export", "symptoms", str(exported), "--child", "lucía")
    assert (run.code, run.err) == (0, "")
    assert run.out == f"Wrote 14 entries for Lucía to {exported}.\n"

    second, second_child = fresh_family(tmp_path / "second", clock)
    try:
        run = cli(second.data_dir, "import", "symptoms", str(exported), "--child", "Lucía")
        assert (run.code, run.err) == (0, "")
        assert run.out == "Imported 14 entries for Lucía (0 already in the diary).\n"
        assert stored(second, second_child.id) == stored(services, child.id)
        assert any(not row[4] for row in stored(second, second_child.id))  # time-blank rows
    finally:
        second.close()
    again = tmp_path / "again.csv"
    assert cli(tmp_path / "second", "export", "symptoms", str(again), "--child", "Lucía").code == 0
    assert again.read_bytes() == exported.read_bytes()


def test_export_file_is_private_crlf_utf8_without_bom_oldest_first(services, child, tmp_path):
    services.diary.log(
        child.id,
        day="2026-05-03",
        clock_time="20:05",
        symptom="fever",
        severity="severe",
        notes="hot, “very”",
    )
    services.diary.log(
        child.id, day="2026-05-01", clock_time=None, symptom="headache", severity="mild"
    )
    target = tmp_path / "out.csv"
    assert cli(services.data_dir, "export", "symptoms", str(target), "--child", "Lucía").code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert (
        target.read_bytes()
        == (
            "date,time,symptom,severity,notes,logged_by\r\n"
            "2026-05-01,,headache,mild,,Maria\r\n"
            '2026-05-03,20:05,fever,severe,"hot, “very”",Maria\r\n'
        ).encode()
    )
    assert sorted(os.listdir(tmp_path)) == ["family", "out.csv"]  # no temp file left behind


def test_export_of_a_date_range_writes_only_those_days_and_says_how_many(services, child, tmp_path):
    for day in ("2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04"):
        services.diary.log(child.id, day=day, clock_time="09:00", symptom="fever", severity="mild")
    target = tmp_path / "range.csv"
    run = cli(
        services.data_dir,
        "export",
        "symptoms",
        str(target),
        "--child",
        "Lucía",
        "--from",
        "2026-05-02",
        "--to",
        "2026-05-03",
    )
    assert run.code == 0
    assert run.out == f"Wrote 2 entries for Lucía (2026-05-02 to 2026-05-03) to {target}.\n"
    assert [line[:10] for line in target.read_text().splitlines()[1:]] == [
        "2026-05-02",
        "2026-05-03",
    ]
    run = cli(
        services.data_dir,
        "export",
        "symptoms",
        str(target),
        "--child",
        "Lucía",
        "--from",
        "2026-05-04",
    )
    assert run.out == f"Wrote 1 entry for Lucía (2026-05-04 to last entry) to {target}.\n"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2026-13-01"], "--from: 2026-13-01 is not a real calendar date"),
        (["--from", "yesterday"], "--from: 'yesterday' is not a date like 2024-03-31"),
        (["--to", "2026/05/01"], "--to: '2026/05/01' is not a date like 2024-03-31"),
        (
            ["--from", "2026-05-10", "--to", "2026-05-01"],
            "--to: 2026-05-01 is before --from (2026-05-10)",
        ),
    ],
)
def test_export_with_a_bad_range_says_which_option_and_writes_no_file(
    services, child, tmp_path, options, message
):
    target = tmp_path / "out.csv"
    run = cli(services.data_dir, "export", "symptoms", str(target), "--child", "Lucía", *options)
    assert (run.code, run.out, run.err) == (1, "", message + "\n")
    assert not target.exists()


def test_export_into_a_missing_folder_fails_clearly(services, child, tmp_path):
    target = tmp_path / "nowhere" / "out.csv"
    run = cli(services.data_dir, "export", "symptoms", str(target), "--child", "Lucía")
    assert run.code == 1
    assert run.err == (
        f"Could not write {target}: No such file or directory. The file was not changed.\n"
    )


# Import: what is accepted -----------------------------------------------------------------


def test_import_fills_a_blank_logger_with_the_caregiver_and_keeps_a_named_one(
    services, child, tmp_path
):
    csv_file = write(
        tmp_path / "in.csv",
        HEADER + "2026-05-01,08:00,fever,mild,,\r\n2026-05-01,09:00,fever,mild,,Jon\r\n",
    )
    run = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert run.out == "Imported 2 entries for Lucía (0 already in the diary).\n"
    assert [row[-1] for row in stored(services, child.id)] == ["Maria", "Jon"]


def test_a_bom_and_columns_in_any_order_are_fine(services, child, tmp_path):
    csv_file = write(
        tmp_path / "in.csv",
        b"\xef\xbb\xbfnotes,severity,logged_by,symptom,time,date\r\n"
        b"caf\xc3\xa9,moderate,Ana,fever,07:45,2026-05-01\r\n",
    )
    run = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert (run.code, run.err) == (0, "")
    assert run.out == "Imported 1 entry for Lucía (0 already in the diary).\n"
    ((day, clock_time, *_rest, notes, logged_by),) = stored(services, child.id)
    assert (day.isoformat(), clock_time, notes, logged_by) == ("2026-05-01", "07:45", "café", "Ana")


def test_a_header_only_file_imports_nothing_and_succeeds(services, child, tmp_path):
    csv_file = write(tmp_path / "in.csv", HEADER)
    run = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert (run.code, run.err) == (0, "")
    assert run.out == "Imported 0 entries for Lucía (0 already in the diary).\n"


def test_importing_the_same_file_twice_adds_nothing_the_second_time(services, child, tmp_path):
    csv_file = write(
        tmp_path / "in.csv",
        HEADER + "2026-05-01,08:00,fever,mild,a,\r\n2026-05-02,,headache,severe,b,\r\n",
    )
    first = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    second = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert first.out == "Imported 2 entries for Lucía (0 already in the diary).\n"
    assert second.out == "Imported 0 entries for Lucía (2 already in the diary).\n"
    assert services.diary.repository.count(child.id) == 2


def test_identical_rows_in_one_file_are_each_imported_once_then_never_again(
    services, child, tmp_path
):
    row = "2026-05-01,08:00,fever,mild,same words,\r\n"
    csv_file = write(tmp_path / "in.csv", HEADER + row + row + "2026-05-01,08:00,fever,mild,,\r\n")
    first = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    second = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert first.out == "Imported 3 entries for Lucía (0 already in the diary).\n"
    assert second.out == "Imported 0 entries for Lucía (3 already in the diary).\n"
    assert [entry[7] for entry in stored(services, child.id)] == ["same words", "same words", ""]


# Import: what is refused, and nothing is written ------------------------------------------

GOOD_ROW = "2026-05-01,08:00,fever,mild,fine,\r\n"
TOMORROW_PLUS_ONE = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()

BAD_FILES = {
    "unknown symptom code": (
        HEADER + GOOD_ROW + "2026-05-02,08:00,sneezing,mild,,\r\n",
        "line 3: symptom: 'sneezing' is not a symptom code in the catalogue",
    ),
    "bad date": (
        HEADER + GOOD_ROW + "02/05/2026,08:00,fever,mild,,\r\n",
        "line 3: date: '02/05/2026' is not a date like 2024-03-31",
    ),
    "impossible date": (
        HEADER + GOOD_ROW + "2025-02-30,08:00,fever,mild,,\r\n",
        "line 3: date: 2025-02-30 is not a real calendar date",
    ),
    "future date": (
        HEADER + GOOD_ROW + f"{TOMORROW_PLUS_ONE},,fever,mild,,\r\n",
        "line 3: date: is in the future",
    ),
    "before birth": (
        HEADER + GOOD_ROW + "2024-03-14,,fever,mild,,\r\n",
        "line 3: date: is before the child's birth date (2024-03-15)",
    ),
    "time 24:00": (
        HEADER + GOOD_ROW + "2026-05-02,24:00,fever,mild,,\r\n",
        "line 3: time: 24:00 is not a time of day (00:00 to 23:59)",
    ),
    "time 8:5": (
        HEADER + GOOD_ROW + "2026-05-02,8:5,fever,mild,,\r\n",
        "line 3: time: '8:5' is not a 24-hour time like 08:30",
    ),
    "DST gap": (
        HEADER + GOOD_ROW + "2026-03-29,02:30,fever,mild,,\r\n",
        "line 3: time: 02:30 does not exist on 2026-03-29 in Europe/Madrid (the clocks "
        "went forward); check the time",
    ),
    "bad severity": (
        HEADER + GOOD_ROW + "2026-05-02,08:00,fever,terrible,,\r\n",
        "line 3: severity: must be mild, moderate or severe (not 'terrible')",
    ),
    "missing required column": (
        "date,time,symptom,notes\r\n2026-05-01,08:00,fever,\r\n",
        "line 1: severity: required column is missing (the required columns are: "
        "date, symptom, severity)",
    ),
    "unknown column": (
        "date,time,symptom,severity,mood\r\n2026-05-01,08:00,fever,mild,ok\r\n",
        "line 1: mood: is not a column of a symptom file (the columns are: date, time, "
        "symptom, severity, notes, logged_by)",
    ),
    "duplicated column": (
        "date,time,symptom,severity,date\r\n",
        "line 1: date: column appears more than once",
    ),
    "empty file": (
        "",
        "line 1: header: the file is empty; its first line must name the columns, for "
        "example: date,time,symptom,severity,notes,logged_by",
    ),
    "non-UTF-8 bytes": (
        HEADER.encode() + GOOD_ROW.encode() + b'2026-05-02,,fever,mild,"ok\r\nni\xf1o",\r\n',
        "line 4: notes: holds bytes that are not UTF-8 text (0xF1); save the file as UTF-8 "
        "(in a spreadsheet: CSV UTF-8) and import it again",
    ),
    "row after a multi-line note": (
        HEADER + '2026-05-01,,fever,mild,"one\ntwo\r\nthree",\r\n' + "2026-05-02,,fever,,,\r\n",
        "line 5: severity: is required",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_exits_1_names_line_and_field_and_writes_nothing(
    services, child, tmp_path, case
):
    services.diary.log(
        child.id, day="2026-04-01", clock_time=None, symptom="fever", severity="mild"
    )
    content, message = BAD_FILES[case]
    csv_file = write(tmp_path / "bad.csv", content)
    run = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert (run.code, run.out) == (1, "")
    assert run.err.splitlines() == [message]
    assert services.diary.repository.count(child.id) == 1


def test_every_bad_row_is_reported_together(services, child, tmp_path):
    csv_file = write(
        tmp_path / "bad.csv",
        HEADER
        + GOOD_ROW
        + "2026-05-02,25:00,fever,mild,,\r\n"
        + GOOD_ROW
        + "2026-05-03,08:00,fevr,awful,,\r\n"
        + "2026-02-29,08:00,fever,mild,,\r\n",
    )
    run = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert run.code == 1
    assert run.err.splitlines() == [
        "line 3: time: 25:00 is not a time of day (00:00 to 23:59)",
        "line 5: symptom: 'fevr' is not a symptom code in the catalogue",
        "line 5: severity: must be mild, moderate or severe (not 'awful')",
        "line 6: date: 2026-02-29 is not a real calendar date",
    ]
    assert services.diary.repository.count(child.id) == 0


def test_a_missing_file_is_a_clear_error(services, child, tmp_path):
    missing = tmp_path / "nope.csv"
    run = cli(services.data_dir, "import", "symptoms", str(missing), "--child", "Lucía")
    assert (run.code, run.err) == (
        1,
        f"Could not read {missing}: No such file or directory. Nothing was imported.\n",
    )


# Which child ------------------------------------------------------------------------------


def test_a_child_name_matching_nobody_is_a_clear_error(services, child, tmp_path):
    csv_file = write(tmp_path / "in.csv", HEADER + GOOD_ROW)
    run = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucas")
    assert (run.code, run.err) == (1, "No child is called 'Lucas' (children: Lucía).\n")
    run = cli(services.data_dir, "export", "symptoms", str(tmp_path / "o.csv"), "--child", "X")
    assert run.code == 1
    assert not (tmp_path / "o.csv").exists()


def test_two_children_with_the_name_is_a_clear_error_and_nothing_is_imported(
    services, child, tmp_path
):
    # The window and the command line refuse a second "Lucía"; a diary from before that rule
    # may still hold two, so the command line must still say so plainly.
    twin = ChildrenRepository(services.database).add(
        validate_child(name="lucía", birth_date="2024-03-15", today=date(2026, 11, 21)),
        now=services.clock.now(),
        logged_by="",
    )
    csv_file = write(tmp_path / "in.csv", HEADER + GOOD_ROW)
    run = cli(services.data_dir, "import", "symptoms", str(csv_file), "--child", "Lucía")
    assert run.code == 1
    assert run.err == (
        "2 children are called 'Lucía'; rename one in the window so each name is unique.\n"
    )
    assert services.diary.repository.count(child.id) == 0
    assert services.diary.repository.count(twin.id) == 0


def test_child_add_with_a_bad_birth_date_names_the_field(services):
    run = cli(services.data_dir, "child", "add", "--name", "Noa", "--born", "2024-02-30")
    assert (run.code, run.err) == (1, "born: 2024-02-30 is not a real calendar date\n")
    run = cli(services.data_dir, "child", "add", "--name", "Noa", "--born", "soon")
    assert (run.code, run.err) == (1, "born: 'soon' is not a date like 2024-03-31\n")
    assert services.family.children() == []


# Help, version, demo ----------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_exit_0(option, capsys):
    with pytest.raises(SystemExit) as exited:
        main([option])
    assert exited.value.code == 0
    printed = capsys.readouterr().out
    assert "caregiver-app" in printed
    if option == "--help":
        for command in ("import", "export", "demo", "child"):
            assert command in printed


def test_demo_adds_the_family_once(services):
    first = cli(services.data_dir, "demo")
    assert (first.code, first.err) == (0, "")
    assert first.out.startswith("Added the demo family: Sami, born ")
    (sami,) = services.family.children()
    entries = services.diary.repository.count(sami.id)
    assert entries > 30
    assert f"{entries} entries" in first.out
    second = cli(services.data_dir, "demo")
    assert (second.code, second.out) == (
        0,
        "The demo family (Sami) is already here; nothing was added.\n",
    )
    assert len(services.family.children()) == 1
    assert services.diary.repository.count(sami.id) == entries
    assert len(services.family.contacts(sami.id)) == 5


# As a separate process --------------------------------------------------------------------


def _run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en", LC_ALL="C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "caregiver_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_the_installed_command_imports_and_exports_in_its_own_process(services, child, tmp_path):
    folder = str(services.data_dir)
    bad = write(
        tmp_path / "bad.csv",
        HEADER
        + GOOD_ROW
        + "2026-05-02,08:00,fever,mild,,\r\n"
        + "2026-05-03,08:00,fever,severe,,,\r\n",
    )
    done = _run_app("--data-dir", folder, "import", "symptoms", str(bad), "--child", "Lucía")
    assert done.returncode == 1
    assert done.stderr == "line 4: row: has 7 values but the header names 6 columns\n"
    assert services.diary.repository.count(child.id) == 0

    good = write(tmp_path / "good.csv", HEADER + GOOD_ROW + '2026-05-02,,fever,mild,"a\nb",\r\n')
    done = _run_app("--data-dir", folder, "import", "symptoms", str(good), "--child", "Lucía")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "Imported 2 entries for Lucía (0 already in the diary).\n"

    out = tmp_path / "out.csv"
    done = _run_app("--data-dir", folder, "export", "symptoms", str(out), "--child", "Lucía")
    assert (done.returncode, done.stderr) == (0, "")
    assert (
        out.read_bytes()
        == (
            HEADER
            + "2026-05-01,08:00,fever,mild,fine,Maria\r\n"
            + '2026-05-02,,fever,mild,"a\nb",Maria\r\n'
        ).encode()
    )


def test_the_console_script_reports_its_version():
    script = Path(sys.executable).with_name("caregiver-app")
    if not script.exists():  # pragma: no cover - only when run outside the virtualenv
        pytest.skip("the caregiver-app console script is not installed next to this Python")
    done = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("caregiver-app ")


def test_two_children_may_not_share_a_name(services, child, tmp_path):
    second = cli(services.data_dir, "child", "add", "--name", " lucía ", "--born", "2025-01-02")
    assert second.code == 1
    assert second.err.startswith("name: another child is already called lucía")
    assert [c.name for c in services.family.children()] == ["Lucía"]

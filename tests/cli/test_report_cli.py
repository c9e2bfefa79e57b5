"""``caregiver-app report`` and ``caregiver-app emergency-sheet``: a private PDF of the right
child and period; a bad option names itself, exits 2 and writes nothing."""

from __future__ import annotations

import stat

import pytest

from caregiver_app.core.clock import FixedClock
from caregiver_app.core.summary import Paper, paper_for_territory
from caregiver_app.report_wording import locale_territory
from caregiver_app.services.app import open_app
from tests.cli.family_fixture import family_app
from tests.cli.test_cli import cli
from tests.conftest import NOW
from tests.reports import pdf
from tests.services.report_family import QUESTIONS, add_report_family


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "family"
    with family_app(folder) as app:
        app.settings.set_caregiver_name("Maria")
        child = app.family.add_child(name="Lucía", birth_date="2024-03-15", sex="female")
        add_report_family(app, child)
    return folder


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def flat(made: bytes, page: int | None = None) -> str:
    return " ".join(pdf.text(made, page).split())


def test_report_writes_a_private_summary_of_the_period_since_the_last_visit(family, out):
    target = out / "eyes.pdf"
    run = cli(
        family, "report", "--child", "Lucía", "--specialty", "ophthalmology", "-o", str(target)
    )
    assert run.code == 0, run.err
    assert run.out == (
        f"Wrote the visit summary for Lucía (2026-10-01 to 2026-11-21) to {target}.\n"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    page_one = flat(target.read_bytes(), 1)
    assert "Visit summary: Eyes (ophthalmology)" in page_one
    assert "(52 days)" in page_one
    assert QUESTIONS[0] in page_one
    assert "15 scheduled: 12 on time, 1 late, 1 skipped, 1 not recorded" in page_one


def test_report_takes_the_period_paper_and_every_entry_from_its_options(family, out):
    target = out / "summary.pdf"
    run = cli(
        family,
        "report",
        "--child",
        "Lucía",
        "--from",
        "2026-10-15",
        "--to",
        "2026-10-31",
        "--paper",
        "letter",
        "--all-entries",
        "--output",
        str(target),
    )
    assert run.code == 0, run.err
    made = target.read_bytes()
    assert pdf.page_size(made) == (612, 792)
    text = flat(made)
    assert "(17 days)" in text
    assert "Every diary entry" in text
    assert "Crying, holding her head." in text
    assert "Blocked nose again." not in text, "5 October is outside the period"


def test_report_dates_follow_the_locale_with_the_month_in_words(family, out):
    target = out / "summary.pdf"
    assert cli(family, "report", "--child", "Lucía", "-o", str(target)).code == 0
    # The tests' locale is C: day, month as a word, year.
    assert "Period: 22 Aug 2026 to 21 Nov 2026" in flat(target.read_bytes(), 1)


def test_without_a_choice_the_paper_is_the_locales(family, out):
    target = out / "summary.pdf"
    assert cli(family, "report", "--child", "Lucía", "-o", str(target)).code == 0
    expected = paper_for_territory(locale_territory())
    assert pdf.page_size(target.read_bytes()) == (
        (612, 792) if expected is Paper.LETTER else (595.276, 841.89)
    )


def test_report_uses_the_paper_chosen_last(family, out):
    app = open_app(family, FixedClock(NOW))
    try:
        app.reports.set_paper("letter" if locale_territory() != "US" else "a4")
    finally:
        app.close()
    target = out / "summary.pdf"
    assert cli(family, "report", "--child", "Lucía", "-o", str(target)).code == 0
    expected = (612, 792) if locale_territory() != "US" else (595.276, 841.89)
    assert pdf.page_size(target.read_bytes()) == expected


def test_emergency_sheet_writes_one_private_page(family, out):
    target = out / "sheet.pdf"
    run = cli(family, "emergency-sheet", "--child", "Lucía", "--paper", "a4", "-o", str(target))
    assert run.code == 0
    assert run.out == f"Wrote the emergency information sheet for Lucía to {target}.\n"
    assert "never been filled in" in run.err
    made = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert pdf.page_count(made) == 1
    assert pdf.page_size(made) == (595.276, 841.89)
    text = flat(made)
    assert "EMERGENCY INFORMATION" in text
    assert "+34 600 000 001" in text
    assert "Calcitriol" in text


def test_emergency_sheet_of_saved_information_says_nothing_more(family, out):
    app = open_app(family, FixedClock(NOW))
    try:
        child = app.family.child_by_name("Lucía")
        app.redflags.save_emergency_info(
            child.id, diagnosis="Osteopetrosis (TNFSF11)", reviewed_on="2026-11-01"
        )
    finally:
        app.close()
    target = out / "sheet.pdf"
    run = cli(family, "emergency-sheet", "--child", "Lucía", "-o", str(target))
    assert (run.code, run.err) == (0, "")
    assert "Last reviewed: 1 Nov 2026" in flat(target.read_bytes())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--child", "Bob"], "--child: No child is called 'Bob' (children: Lucía)."),
        (["--child", "Lucía", "--from", "2024-01-01"], "--from: is before the child's birth"),
        (["--child", "Lucía", "--from", "2026-12-01"], "--from: is in the future"),
    ],
)
def test_report_names_a_bad_option_exits_2_and_writes_nothing(family, out, args, message):
    target = out / "summary.pdf"
    run = cli(family, "report", *args, "-o", str(target))
    assert run.code == 2
    assert run.out == ""
    assert message in run.err
    assert list(out.iterdir()) == []


def test_emergency_sheet_of_an_unknown_child_exits_2_and_writes_nothing(family, out):
    run = cli(family, "emergency-sheet", "--child", "Bob", "-o", str(out / "sheet.pdf"))
    assert run.code == 2
    assert run.err.startswith("--child: No child is called 'Bob'")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "1 Nov"], "argument --from: '1 Nov' is not a date like 2026-11-21"),
        (
            ["--from", "2026-11-01", "--to", "2026-10-01"],
            "argument --to: 2026-10-01 is before --from (2026-11-01)",
        ),
        (["--specialty", "eyes"], "argument --specialty: 'eyes' is not one of: ophthalmology"),
        (["--paper", "a5"], "argument --paper: invalid choice: 'a5'"),
    ],
)
def test_report_options_are_checked_before_the_diary_is_opened(
    tmp_path, out, capsys, args, message
):
    folder = tmp_path / "nobody"
    with pytest.raises(SystemExit) as exited:
        cli(folder, "report", "--child", "Lucía", *args, "-o", str(out / "x.pdf"))
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: caregiver-app report")
    assert message in err
    assert not folder.exists(), "nothing was opened"
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("command", ["report", "emergency-sheet"])
def test_the_output_must_be_a_file_in_a_folder_that_exists(tmp_path, out, capsys, command):
    for target, message in (
        (out, "is a folder; give a file name like summary.pdf"),
        (out / "missing" / "x.pdf", "does not exist"),
    ):
        with pytest.raises(SystemExit) as exited:
            cli(tmp_path / "nobody", command, "--child", "Lucía", "-o", str(target))
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert "argument -o/--output: " in err
        assert message in err
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("command", ["report", "emergency-sheet"])
def test_the_child_and_the_output_are_required(tmp_path, capsys, command):
    with pytest.raises(SystemExit) as exited:
        cli(tmp_path / "nobody", command)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--child" in err
    assert "-o/--output" in err

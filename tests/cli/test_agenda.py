"""``caregiver-app agenda``: a fixture family's overdue and coming checks, appointments and
doses, line by line; --now with and without an offset; bad options exit 2 having written
nothing."""

from __future__ import annotations

import pytest

from tests.cli.family_fixture import make_family
from tests.cli.test_cli import cli

EXPECTED = """\
2026-11-01 --:--\tcheck\tEye exam\toverdue
2026-11-20 16:00\tappointment\tDental: Dr. Laura Gil\tnot marked done
2026-11-21 --:--\tcheck\tDental check\tno check recorded yet
2026-11-21 --:--\tcheck\tGrowth measurement\tno check recorded yet
2026-11-21 09:00\tdose\tCalcium 250 mg\tnot recorded
2026-11-21 20:00\tdose\tCalcitriol 0.25 µg\tdue
2026-11-22 08:00\tdose\tCalcitriol 0.25 µg\tdue
2026-11-22 09:00\tdose\tCalcium 250 mg\tdue
2026-11-22 20:00\tdose\tCalcitriol 0.25 µg\tdue
2026-11-23 --:--\tcheck\tKidney ultrasound\tdue soon
2026-11-23 08:00\tdose\tCalcitriol 0.25 µg\tdue
2026-11-23 09:00\tdose\tCalcium 250 mg\tdue
2026-11-23 10:30\tappointment\tEyes (ophthalmology): Dr. Ruiz\tplanned
2026-11-23 14:00\tdose\tAcetazolamide 62.5 mg\tdue
2026-11-23 20:00\tdose\tCalcitriol 0.25 µg\tdue
"""


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "family"
    make_family(folder)
    return folder


@pytest.mark.parametrize("now", ["2026-11-21T10:00", "2026-11-21T09:00Z", "2026-11-21T10:00+01:00"])
def test_the_agenda_lists_what_is_overdue_and_coming_in_order_one_per_line(family, now):
    run = cli(family, "agenda", "--child", "Lucía", "--now", now, "--days", "2")
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines() == EXPECTED.splitlines()


def test_without_now_the_agenda_looks_from_the_clock_and_a_week_ahead(family):
    run = cli(family, "agenda")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[: len(EXPECTED.splitlines())] == EXPECTED.splitlines()
    assert lines[-1] == "2026-11-28 20:00\tdose\tCalcitriol 0.25 µg\tdue"
    assert "2026-12-01 --:--\tcheck\tHearing test\tdue soon" not in lines  # eight days ahead
    assert (
        "2026-12-01 --:--\tcheck\tHearing test\tdue soon"
        in cli(family, "agenda", "--days", "10").out.splitlines()
    )


def test_planning_ahead_shows_the_day_then_and_what_will_not_be_recorded_by_then(family):
    run = cli(family, "agenda", "--now", "2026-11-23T11:00", "--days", "0")
    assert run.out.splitlines() == [
        "2026-11-01 --:--\tcheck\tEye exam\toverdue",
        "2026-11-20 16:00\tappointment\tDental: Dr. Laura Gil\tnot marked done",
        "2026-11-23 --:--\tcheck\tDental check\tno check recorded yet",
        "2026-11-23 --:--\tcheck\tGrowth measurement\tno check recorded yet",
        "2026-11-23 --:--\tcheck\tKidney ultrasound\tdue soon",
        "2026-11-23 08:00\tdose\tCalcitriol 0.25 µg\tnot recorded",
        "2026-11-23 09:00\tdose\tCalcium 250 mg\tnot recorded",
        "2026-11-23 10:30\tappointment\tEyes (ophthalmology): Dr. Ruiz\tnot marked done",
        "2026-11-23 14:00\tdose\tAcetazolamide 62.5 mg\tdue",
        "2026-11-23 20:00\tdose\tCalcitriol 0.25 µg\tdue",
    ]


def test_with_several_children_each_title_starts_with_the_childs_name(family):
    assert cli(family, "child", "add", "--name", "Leo", "--born", "2022-05-01").code == 0
    lines = cli(family, "agenda", "--now", "2026-11-21T10:00", "--days", "0").out.splitlines()
    assert lines[0] == "2026-11-01 --:--\tcheck\tLucía: Eye exam\toverdue"
    assert "2026-11-21 --:--\tcheck\tLeo: Eye exam\tno check recorded yet" in lines
    only = cli(family, "agenda", "--child", "Leo", "--now", "2026-11-21T10:00", "--days", "0")
    assert only.out.splitlines() == [
        f"2026-11-21 --:--\tcheck\t{name}\tno check recorded yet"
        for name in (
            "Eye exam",
            "Hearing test",
            "Dental check",
            "Blood tests",
            "Growth measurement",
        )
    ]


def test_an_empty_agenda_says_so(tmp_path):
    run = cli(tmp_path / "empty", "agenda", "--now", "2026-11-21T10:00Z", "--days", "3")
    assert (run.code, run.out) == (0, "Nothing is overdue or due from 2026-11-21 to 2026-11-24.\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--days", "-1"], "argument --days: '-1' is not a whole number from 0 to 366"),
        (["--days", "367"], "argument --days: '367' is not a whole number from 0 to 366"),
        (["--days", "two"], "argument --days: 'two' is not a whole number from 0 to 366"),
        (
            ["--now", "tomorrow"],
            "argument --now: 'tomorrow' is not a date and time like 2026-11-21T08:00 or "
            "2026-11-21T07:00Z",
        ),
        (["--now", "2026-02-30T10:00"], "argument --now: '2026-02-30T10:00' is not a date"),
        (["--when", "x"], "unrecognized arguments: --when x"),
    ],
)
def test_a_bad_option_is_named_exits_2_and_writes_nothing(tmp_path, capsys, args, message):
    folder = tmp_path / "never-made"
    with pytest.raises(SystemExit) as exited:
        cli(folder, "agenda", *args)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err
    assert not folder.exists()


def test_an_unknown_child_is_named(family):
    run = cli(family, "agenda", "--child", "Nobody")
    assert run.code == 1
    assert run.err == "No child is called 'Nobody' (children: Lucía).\n"

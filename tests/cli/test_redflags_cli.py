"""``caregiver-app redflags``: one episode per line (local start, level, rule, reason), for
one child or all, between two days; bad options name themselves and exit 2, having opened
nothing."""

from __future__ import annotations

import pytest

from tests.cli.family_fixture import family_app
from tests.cli.test_cli import cli

EXPECTED = [
    "2026-09-01 20:00\tEmergency\tRaised pressure in the head\tVomiting was logged 2 times "
    "within 24 hours; vomiting that keeps coming back can be a sign of raised pressure inside "
    "the head.",
    "2026-10-05 --:--\tUrgent\tFever or infection\tA fever was logged; infections need early "
    "treatment in this condition.",
    "2026-11-21 08:15\tEmergency\tRaised pressure in the head\tA severe headache was logged; "
    "it can be a sign of raised pressure inside the head.",
]


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "family"
    with family_app(folder) as app:
        child = app.family.add_child(name="Lucía", birth_date="2024-03-15")
        for day, clock_time, symptom, severity in (
            ("2026-09-01", "20:00", "vomiting", "mild"),
            # A day later, the night before: the two are 23 h 59 min apart and fire.
            ("2026-09-02", "19:59", "vomiting", "mild"),
            ("2026-10-05", "", "fever", "moderate"),
            ("2026-10-06", "09:00", "nasal_congestion", "mild"),
            ("2026-11-21", "08:15", "headache", "severe"),
        ):
            app.diary.log(
                child.id, day=day, clock_time=clock_time, symptom=symptom, severity=severity
            )
    return folder


def test_each_episode_is_one_line_in_time_order(family):
    run = cli(family, "redflags")
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines() == EXPECTED


def test_vomiting_24_hours_and_a_minute_apart_is_no_episode(tmp_path):
    folder = tmp_path / "family"
    with family_app(folder) as app:
        child = app.family.add_child(name="Lucía", birth_date="2024-03-15")
        for day, clock_time in (("2026-09-01", "20:00"), ("2026-09-02", "20:01")):
            app.diary.log(
                child.id, day=day, clock_time=clock_time, symptom="vomiting", severity="mild"
            )
    run = cli(folder, "redflags")
    assert run.out == "No red-flag episodes in the diary from first entry to last entry.\n"


def test_from_and_to_pick_the_episodes_that_went_on_between_them(family):
    run = cli(family, "redflags", "--child", "Lucía", "--from", "2026-09-02", "--to", "2026-10-31")
    assert run.out.splitlines() == EXPECTED[:2], "the first began on the 1st, went on the 2nd"
    assert cli(family, "redflags", "--from", "2026-10-06").out.splitlines() == EXPECTED[2:]
    empty = cli(family, "redflags", "--from", "2026-11-01", "--to", "2026-11-20")
    assert empty.out == "No red-flag episodes in the diary from 2026-11-01 to 2026-11-20.\n"


def test_with_several_children_each_rule_starts_with_the_childs_name(family):
    assert cli(family, "child", "add", "--name", "Leo", "--born", "2022-05-01").code == 0
    lines = cli(family, "redflags").out.splitlines()
    assert lines[0].split("\t")[2] == "Lucía: Raised pressure in the head"
    only = cli(family, "redflags", "--child", "Lucía").out.splitlines()
    assert only == EXPECTED


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-13-01"), "argument --from: '2026-13-01' is not a date like 2026-11-21"),
        (("--to", "yesterday"), "argument --to: 'yesterday' is not a date like 2026-11-21"),
        (
            ("--from", "2026-11-21", "--to", "2026-11-01"),
            "argument --to: 2026-11-01 is before --from (2026-11-21)",
        ),
    ],
)
def test_a_bad_date_is_named_and_exits_2_before_the_diary_is_opened(
    tmp_path, capsys, args, message
):
    folder = tmp_path / "nobody"
    with pytest.raises(SystemExit) as exited:
        cli(folder, "redflags", *args)
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("usage: caregiver-app redflags")
    assert captured.err.rstrip().endswith(f"caregiver-app redflags: error: {message}")
    assert not folder.exists(), "nothing was created"


def test_an_unknown_child_is_named_and_exits_2(family):
    run = cli(family, "redflags", "--child", "Bob")
    assert (run.code, run.out) == (2, "")
    assert run.err == "--child: No child is called 'Bob' (children: Lucía).\n"

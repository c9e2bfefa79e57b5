"""``import``/``export`` of ``medicines`` and ``doses`` on the command line."""

from __future__ import annotations

from tests.cli.test_cli import cli, write


def test_import_and_export_medicines_and_doses(tmp_path):
    data = tmp_path / "family"
    assert cli(data, "child", "add", "--name", "Lucía", "--born", "2024-03-15").code == 0
    medicines = write(
        tmp_path / "m.csv",
        "name,dose_amount,dose_unit,route,schedule,times,start_date\r\n"
        "Calcitriol,0.25,microgram,by_mouth,fixed_times,08:00 20:00,2026-01-01\r\n",
    )
    doses = write(
        tmp_path / "d.csv",
        "medicine,status,scheduled_date,scheduled_time,given_date,given_time\r\n"
        "Calcitriol,given,2026-01-02,08:00,2026-01-02,08:05\r\n",
    )
    run = cli(data, "import", "medicines", str(medicines), "--child", "Lucía")
    assert (run.code, run.out) == (0, "Imported 1 medicine for Lucía (0 already in the record).\n")
    run = cli(data, "import", "doses", str(doses), "--child", "Lucía")
    assert (run.code, run.out) == (0, "Imported 1 dose for Lucía (0 already in the dose log).\n")
    run = cli(data, "import", "doses", str(doses), "--child", "Lucía")
    assert run.out == "Imported 0 doses for Lucía (1 already in the dose log).\n"
    out = tmp_path / "out.csv"
    run = cli(data, "export", "doses", str(out), "--child", "Lucía", "--from", "2026-01-01")
    assert run.code == 0
    assert "Calcitriol,given,2026-01-02,08:00,2026-01-02,08:05,Lucía" not in out.read_text()
    assert out.read_text().splitlines()[1].startswith("Calcitriol,given,2026-01-02,08:00")
    run = cli(data, "export", "medicines", str(tmp_path / "m2.csv"), "--child", "Lucía")
    assert run.out.startswith("Wrote 1 medicine for Lucía to ")


def test_a_bad_doses_file_prints_line_field_problem_and_exits_1(tmp_path):
    data = tmp_path / "family"
    cli(data, "child", "add", "--name", "Lucía", "--born", "2024-03-15")
    bad = write(
        tmp_path / "d.csv",
        "medicine,status,given_date,given_time\r\nAspirin,given,2026-01-02,08:05\r\n",
    )
    run = cli(data, "import", "doses", str(bad), "--child", "Lucía")
    assert run.code == 1
    assert run.err == (
        "line 2: medicine: 'Aspirin' is not one of the child's medicines (medicines: -); "
        "add or import it first\n"
    )
    run = cli(data, "export", "doses", str(tmp_path / "x.csv"), "--child", "Lucía", "--from", "x")
    assert (run.code, run.err) == (1, "--from: 'x' is not a date like 2024-03-31\n")

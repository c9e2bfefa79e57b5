"""The command line for appointments, dental care and ``export all``, run for real."""

from __future__ import annotations

from tests.cli.test_cli import cli, write


def test_import_then_export_appointments_round_trips_and_reimport_adds_nothing(tmp_path):
    folder = tmp_path / "family"
    assert cli(folder, "child", "add", "--name", "Lucía", "--born", "2024-03-15").code == 0
    source = write(
        tmp_path / "in.csv",
        "date,time,specialty,status,questions,check,outcome\r\n"
        '2025-06-01,09:30,ophthalmology,done,"Is it stable?\nNext VEP?",eye_exam,Stable\r\n',
    )
    run = cli(folder, "import", "appointments", str(source), "--child", "Lucía")
    assert (run.code, run.out) == (0, "Imported 1 record for Lucía (0 already there).\n")
    again = cli(folder, "import", "appointments", str(source), "--child", "Lucía")
    assert again.out == "Imported 0 records for Lucía (1 already there).\n"
    target = tmp_path / "out.csv"
    run = cli(folder, "export", "appointments", str(target), "--child", "Lucía")
    assert run.code == 0
    assert target.read_bytes() == (
        b"date,time,specialty,status,clinician,place,purpose,questions,check,outcome,logged_by\r\n"
        b'2025-06-01,09:30,ophthalmology,done,,,,"Is it stable?\nNext VEP?",eye_exam,Stable,\r\n'
    )


def test_a_bad_dental_file_prints_line_field_problem_and_imports_nothing(tmp_path):
    folder = tmp_path / "family"
    cli(folder, "child", "add", "--name", "Lucía", "--born", "2024-03-15")
    source = write(
        tmp_path / "dental.csv",
        "date,record,tooth\r\n2025-01-01,eruption,51\r\n2025-01-02,eruption,19\r\n",
    )
    run = cli(folder, "import", "dental", str(source), "--child", "Lucía")
    assert run.code == 1
    assert run.err == (
        "line 3: tooth: '19' is not a primary tooth number (FDI 51–55, 61–65, 71–75, 81–85)\n"
    )
    target = tmp_path / "out.csv"
    cli(folder, "export", "dental", str(target), "--child", "Lucía")
    assert target.read_text() == "date,record,tooth,antibiotic_cover,notes,logged_by\n"


def test_export_all_writes_every_record_type_of_every_child(tmp_path):
    folder = tmp_path / "family"
    assert cli(folder, "demo").code == 0
    cli(folder, "child", "add", "--name", "Leo/2", "--born", "2020-01-01")
    run = cli(folder, "export", "all", str(tmp_path / "all"))
    assert run.code == 0, run.err
    written = sorted(
        p.relative_to(tmp_path / "all").as_posix() for p in (tmp_path / "all").rglob("*.csv")
    )
    from caregiver_app.services.export_all import EXPORTERS

    kinds = [kind for kind, _ in EXPORTERS]
    assert kinds == ["symptoms", "medicines", "doses", "appointments", "dental"]
    assert written == sorted(f"{child}/{kind}.csv" for child in ("Sami", "Leo_2") for kind in kinds)
    assert "(appointments) for Sami" in run.out

import io

from caregiver_app import cli, commands


def test_a_bug_in_a_command_is_logged_privately_and_said_calmly(tmp_path, monkeypatch):
    # Fault injection in a collaborator: the thing under test is the command line's bug path.
    def broken(*_args: object) -> int:
        raise RuntimeError("SENTINEL-NOTE Lucía vomited twice")

    monkeypatch.setattr(commands, "run", broken)
    err = io.StringIO()
    code = cli.main(
        ["--data-dir", str(tmp_path / "family"), "child", "list"], out=io.StringIO(), err=err
    )
    assert code == 1
    assert err.getvalue().startswith("Something went wrong inside the app (RuntimeError)")
    assert "SENTINEL" not in err.getvalue()
    logs = list((tmp_path / "family" / "logs").glob("*.log"))
    assert logs
    text = "".join(path.read_text(encoding="utf-8") for path in logs)
    assert "RuntimeError" in text
    assert "SENTINEL" not in text

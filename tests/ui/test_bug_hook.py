"""A bug in a slot is logged privately (type and frames, never the message or what the family
wrote), explained in the calm dialog, and the window keeps running with the data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caregiver_app import logs
from caregiver_app.ui.app import BugHook
from caregiver_app.ui.pages.today_page import draft_key

SENTINEL = "SENTINEL-broke-her-wrist-4c1e"


@pytest.fixture
def private_log(data_dir: Path) -> Iterator[logs.PrivateLog]:
    log = logs.open_private_log(data_dir)
    assert log is not None
    yield log
    log.close()


def everything_under(folder: Path) -> str:
    return "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    )


class Broken:
    def crash(self, note: str) -> None:
        raise ValueError(f"could not handle {note!r}")


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_logged_and_explained_and_the_window_keeps_going(
    qtbot, services, child, make_window, private_log, message_boxes, data_dir, capfd
):
    services.diary.log(
        child.id,
        day="2026-11-21",
        clock_time="08:00",
        symptom="fever",
        severity="mild",
        notes=f"note with {SENTINEL}",
    )
    window = make_window()
    window.today_page.notes.setPlainText(f"draft with {SENTINEL}")
    button = QPushButton("Break", window)
    button.clicked.connect(lambda: Broken().crash(SENTINEL))
    button.show()

    with BugHook(window).installed():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    [(kind, text)] = message_boxes.shown
    assert kind == "warning"
    assert text.startswith("Something went wrong inside the app. What you saved is safe")
    assert "without anything from your diary" in text
    logged = private_log.file.read_text(encoding="utf-8")
    assert "ERROR caregiver_app: unexpected error in the window: ValueError" in logged
    assert f'File "{__file__}", line' in logged
    assert "in crash" in logged
    # Nothing the family wrote reaches any log file: not the message, the note, the draft.
    assert SENTINEL not in everything_under(data_dir / "logs")
    stderr = capfd.readouterr().err  # a desktop session may keep it in a log of its own
    assert "unexpected error: ValueError" in stderr
    assert SENTINEL not in stderr
    # The window still works, with the data, and the draft was kept.
    assert window.isVisible()
    assert len(services.diary.entries_on(child.id, services.diary.today())) == 1
    assert SENTINEL in services.settings.get_raw(draft_key(child.id))


@pytest.mark.qt_no_exception_capture
def test_when_the_draft_cannot_be_kept_the_dialog_says_so(
    qtbot, child, make_window, private_log, message_boxes, diary_busy
):
    window = make_window()
    window.today_page.notes.setPlainText("fever since lunch")
    button = QPushButton("Break", window)
    button.clicked.connect(lambda: Broken().crash("x"))
    with diary_busy(), BugHook(window).installed():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [(_kind, text)] = message_boxes.shown
    assert "could not be kept as a draft: it is still on the Today page" in text
    assert "is kept as a draft" not in text
    assert window.today_page.notes.toPlainText() == "fever since lunch"


@pytest.mark.qt_no_exception_capture
def test_the_same_bug_repeating_is_explained_once(qtbot, make_window, private_log, message_boxes):
    window = make_window()
    button = QPushButton("Break", window)
    button.clicked.connect(lambda: Broken().crash("x"))
    with BugHook(window).installed():
        for _ in range(3):
            button.click()
    assert len(message_boxes.shown) == 1
    assert private_log.file.read_text(encoding="utf-8").count("unexpected error") == 3


@pytest.mark.qt_no_exception_capture
def test_the_hook_is_removed_after_use(make_window):
    import sys

    before = sys.excepthook
    with BugHook(make_window()).installed() as hook:
        assert sys.excepthook is hook
    assert sys.excepthook is before

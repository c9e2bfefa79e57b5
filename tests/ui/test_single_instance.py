"""One window per data folder, with real processes: a second start brings the first window
forward and exits at once; a lock left by a killed app is taken over at the next start;
two different folders each get their window.

The app prints ``ready`` and ``raised`` on stdout when ``CAREGIVER_APP_TEST_EVENTS=1``."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QWidget

from caregiver_app.services.app import open_app
from caregiver_app.ui.app import TEST_EVENTS_ENV
from caregiver_app.ui.single_instance import (
    LOCK_FILENAME,
    Claim,
    SingleInstance,
    bring_to_front,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]
REPETITIONS = 20
SECOND_START_LIMIT_S = 2.0
STALE_LOCK_LIMIT_S = 5.0


class AppProcess:
    """``python -m caregiver_app --data-dir FOLDER``, offscreen, its stdout read line by line."""

    def __init__(self, data_dir: Path, log: Path) -> None:
        self.started = time.monotonic()
        self._stderr = log.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "caregiver_app", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=app_environment(),
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, expected: str, timeout: float) -> float:
        """Seconds since the start when ``expected`` was printed; fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line == expected:
                return time.monotonic() - self.started
        pytest.fail(f"no {expected!r} within {timeout} s (exit status {self.process.poll()})")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)  # it reads to the end of the pipe, then stops
        self._stderr.close()
        if self.process.stdout is not None:
            self.process.stdout.close()


def app_environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", TEST_EVENTS_ENV: "1"}


@pytest.fixture
def family_dir(tmp_path: Path) -> Iterator[Path]:
    """A family's data folder (with a child, so no welcome opens). A killed app leaves its
    local server's socket behind: removed afterwards."""
    folder = tmp_path / "family"
    services = open_app(folder)
    services.family.add_child(name="Lucía", birth_date="2024-03-15")
    services.close()
    yield folder
    QLocalServer.removeServer(server_name(folder))


@pytest.mark.slow
def test_a_second_start_raises_the_first_window_and_exits_quickly(family_dir, tmp_path):
    first = AppProcess(family_dir, tmp_path / "first.err")
    try:
        first.wait_for("ready", 20)
        timings = []
        for _ in range(REPETITIONS):
            started = time.monotonic()
            second = subprocess.run(
                [sys.executable, "-m", "caregiver_app", "--data-dir", str(family_dir)],
                cwd=ROOT,
                env=app_environment(),
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            timings.append(time.monotonic() - started)
            assert second.returncode == 0, second.stderr
            assert second.stdout == "", "the second start never opened a window"
            first.wait_for("raised", 2)
        assert max(timings) < SECOND_START_LIMIT_S, timings
        assert first.process.poll() is None, "the first window is still open"
    finally:
        first.kill()


@pytest.mark.slow
def test_a_lock_left_by_a_killed_app_is_taken_over_at_the_next_start(family_dir, tmp_path):
    timings = []
    for _ in range(REPETITIONS):
        app = AppProcess(family_dir, tmp_path / "app.err")
        timings.append(app.wait_for("ready", STALE_LOCK_LIMIT_S))
        app.kill()  # SIGKILL: no chance to remove its lock file or its server's socket
        assert (family_dir / LOCK_FILENAME).exists(), "the next start meets a stale lock"
    last = AppProcess(family_dir, tmp_path / "app.err")
    try:
        timings.append(last.wait_for("ready", STALE_LOCK_LIMIT_S))
        # ...and the window that took over is the one a second start reaches.
        second = subprocess.run(
            [sys.executable, "-m", "caregiver_app", "--data-dir", str(family_dir)],
            cwd=ROOT,
            env=app_environment(),
            capture_output=True,
            timeout=10,
            check=False,
        )
        assert second.returncode == 0
        last.wait_for("raised", 2)
    finally:
        last.kill()
    assert max(timings) < STALE_LOCK_LIMIT_S, timings


@pytest.mark.slow
def test_a_double_click_opens_one_window(tmp_path):
    """Two starts at the same moment, on a first run (no diary yet): one window, which the
    other start brings forward."""
    for attempt in range(10):
        folder = tmp_path / f"family-{attempt}"
        apps = [AppProcess(folder, tmp_path / "apps.err") for _ in range(2)]
        try:
            deadline = time.monotonic() + 10
            while all(app.process.poll() is None for app in apps):
                assert time.monotonic() < deadline, "neither start ended"
                time.sleep(0.02)
            [ended] = [app for app in apps if app.process.poll() is not None]
            [window] = [app for app in apps if app is not ended]
            assert ended.process.returncode == 0
            window.wait_for("ready", 10)
            window.wait_for("raised", 2)
            assert window.process.poll() is None
        finally:
            for app in apps:
                app.kill()
            QLocalServer.removeServer(server_name(folder))


@pytest.mark.slow
def test_two_data_folders_each_get_their_own_window(tmp_path):
    folders = [tmp_path / "family-a", tmp_path / "family-b"]
    apps = [AppProcess(folder, tmp_path / "apps.err") for folder in folders]
    try:
        for app in apps:
            app.wait_for("ready", 20)
        assert all(app.process.poll() is None for app in apps)
    finally:
        for app in apps:
            app.kill()
        for folder in folders:
            QLocalServer.removeServer(server_name(folder))


# In one process ---------------------------------------------------------------------------


def test_the_server_name_follows_the_resolved_folder(tmp_path):
    folder = tmp_path / "family"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    assert server_name(folder) == server_name(tmp_path / "link")
    assert server_name(folder) == server_name(tmp_path / "x" / ".." / "family")
    assert server_name(folder) != server_name(tmp_path / "other")
    assert len(server_name(folder)) < 50  # a Unix socket path has room for ~100 bytes


def test_a_second_claim_on_the_same_folder_asks_the_first_to_come_forward(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    try:
        assert first.claim() is Claim.FIRST
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert second.claim() is Claim.HANDED_OVER
        assert not second.lock.isLocked()
    finally:
        first.release()
        second.release()
    assert not (tmp_path / LOCK_FILENAME).exists(), "closing removes the lock"
    third = SingleInstance(tmp_path)
    assert third.claim() is Claim.FIRST
    third.release()


def test_a_folder_where_no_lock_can_be_made_does_not_stop_the_app(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    instance = SingleInstance(not_a_folder)
    assert instance.claim() is Claim.UNAVAILABLE
    instance.release()


# The offscreen platform cannot raise windows, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)", extend=True)
def test_bringing_to_front_un_minimises_the_window(qtbot):
    window = QWidget()
    window.setWindowTitle("Caregiver Companion")
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isMinimized())
    bring_to_front(window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()


HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


def test_a_window_that_holds_the_lock_but_does_not_answer_is_explained(
    tmp_path, monkeypatch, message_boxes
):
    """A hung first window (here: a process that only holds the lock) is not fought over:
    the second start says what to do and ends."""
    from caregiver_app.ui import app as ui_app

    monkeypatch.setenv(ui_app.EXIT_AFTER_PAINT_ENV, "1")
    folder = tmp_path / "family"
    folder.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder / LOCK_FILENAME)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert ui_app.run_window(folder) == 1
        assert time.monotonic() - started < 3
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    [(kind, text)] = message_boxes.shown
    assert kind == "warning"
    assert text.startswith("Caregiver Companion is already open with this diary, but it did not")
    assert not (folder / "caregiver.sqlite3").exists(), "the diary was not opened"

"""Shared fixtures for the window's tests.

The window's tests run in English as the app runs it: with the app's English translator,
which only gives the plural forms ("1 entry", "2 entries"; Qt picks them only from a loaded
translation).

Every UI test runs with message boxes patched out (a real one would block the test
forever): a box nobody expected fails the test, and a test that expects one asks for
``message_boxes`` to read what it said. Every UI test also fails if it leaves a window
open, so each dialog a test opens is closed by the test itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caregiver_app.core.records import Child
from caregiver_app.i18n import install_translators
from caregiver_app.services.app import AppServices
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.main_window import MainWindow

UI_TESTS = Path(__file__).resolve().parent

# The offscreen platform says this for every window it shows; it is about the platform
# plugin, not about our code, and xcb/wayland do not say it.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True))


@pytest.fixture(scope="session", autouse=True)
def _english_as_the_app_runs_it(qapp: QApplication, shipped_translations: Path) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    assert translators, "translations/caregiver_app_en.qm did not load"
    yield
    for translator in translators:
        QApplication.removeTranslator(translator)


@dataclass
class MessageBoxes:
    """What each patched ``QMessageBox`` call said, and what the next one answers."""

    shown: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok
    expected: bool = False

    def texts(self) -> list[str]:
        return [text for _kind, text in self.shown]


@pytest.fixture(autouse=True)
def _patched_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    boxes = MessageBoxes()

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: QWidget | None, _title: str, text: str, *_args: object) -> object:
            boxes.shown.append((kind, text))
            return boxes.answer

        return staticmethod(show)  # type: ignore[return-value]

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))

    def exec_box(box: QMessageBox) -> int:
        boxes.shown.append(("exec", box.text()))
        return int(boxes.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    yield boxes
    if boxes.shown and not boxes.expected:
        pytest.fail(f"unexpected message box(es): {boxes.shown}")


@pytest.fixture
def message_boxes(_patched_message_boxes: MessageBoxes) -> MessageBoxes:
    """The message boxes this test shows (asking for it says they are expected)."""
    _patched_message_boxes.expected = True
    return _patched_message_boxes


@pytest.fixture(autouse=True)
def _no_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """Fails a test that leaves a window or dialog open (pytest-qt has closed the widgets
    registered with ``qtbot.addWidget`` by the time this runs)."""
    before = {id(widget) for widget in qapp.topLevelWidgets() if widget.isVisible()}
    yield
    leftovers = [
        widget
        for widget in qapp.topLevelWidgets()
        if widget.isVisible()
        and id(widget) not in before
        and widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
    ]
    for widget in leftovers:
        widget.close()
    if leftovers:
        names = [f"{type(w).__name__} {w.windowTitle()!r}" for w in leftovers]
        pytest.fail(f"the test left windows open: {names}")


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def show(qtbot: object) -> Callable[[QWidget], QWidget]:
    """Registers a top-level widget with qtbot, shows it and waits until it has focus, so
    keyboard shortcuts reach it as they would on a desktop."""

    def show_widget(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)  # type: ignore[attr-defined]
        with qtbot.waitActive(widget):  # type: ignore[attr-defined]
            widget.show()
            widget.activateWindow()
        return widget

    return show_widget


@pytest.fixture
def make_window(
    services: AppServices, events: DataEvents, show: Callable[[QWidget], QWidget]
) -> Callable[[], MainWindow]:
    """Builds, shows and registers a main window over the test's services."""

    def make() -> MainWindow:
        window = MainWindow(services, events)
        show(window)
        return window

    return make


@pytest.fixture
def second_child(services: AppServices, child: Child) -> Child:
    return services.family.add_child(name="Pablo", birth_date="2021-06-02", sex="male")


@pytest.fixture
def diary_busy(services: AppServices) -> Iterator[Callable[[], AbstractContextManager[None]]]:
    """``with diary_busy():`` another connection holds the diary file's write lock
    (``BEGIN IMMEDIATE``), as another window or a command that is saving would. The app's
    own connection gives up after 50 ms instead of its 5 s, to keep the tests fast."""
    services.database.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(services.database.path)

    @contextmanager
    def held() -> Iterator[None]:
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.rollback()

    yield held
    other.close()

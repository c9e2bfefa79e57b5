"""The choice grid: one Tab stop, arrows move, Space and Enter choose, and the choice is
plain to see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from caregiver_app.ui.widgets.choice_grid import ChoiceGrid


@pytest.fixture
def grid(show) -> Iterator[ChoiceGrid]:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    before, after = QLineEdit(), QLineEdit()
    before.setObjectName("before")
    after.setObjectName("after")
    choices = ChoiceGrid(columns=2)
    for code in ("a", "b", "c", "d", "e"):
        choices.add_choice(code, code.upper(), f"about {code}")
    layout.addWidget(before)
    layout.addWidget(choices)
    layout.addWidget(after)
    show(holder)
    yield choices  # noqa: PT022 - keeps the holder, which owns the grid, alive to teardown


def focused_name() -> str:
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit):
        return widget.objectName()
    return widget.text() if widget is not None else ""


def test_the_grid_is_one_tab_stop(qtbot, grid):
    before = grid.parentWidget().findChild(QLineEdit, "before")
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert focused_name() == "A"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused_name() == "after"


def test_arrows_move_and_space_and_enter_choose(qtbot, grid):
    grid.focus_choice()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert focused_name() == "B"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert focused_name() == "D"
    assert grid.choice() == "", "moving is not choosing"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert grid.choice() == "d"
    assert grid.button("d").text() == "✓ D"
    with qtbot.waitSignal(grid.activated) as activated:
        qtbot.keyClick(grid.button("d"), Qt.Key.Key_Left)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert activated.args == ["c"]
    assert grid.choice() == "c"
    assert grid.button("d").text() == "D"
    # Tab now enters the grid on the chosen button.
    assert grid.button("c").focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert grid.button("a").focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_clearing_and_filtering(qtbot, grid):
    with qtbot.waitSignal(grid.choice_changed) as changed:
        grid.set_choice("e")
    assert changed.args == ["e"]
    with qtbot.waitSignal(grid.choice_changed) as changed:
        grid.set_choice("")
    assert changed.args == [""]
    assert grid.choice() == ""
    grid.show_only(["e", "b"])
    assert grid.visible_codes() == ["e", "b"]
    assert grid.button("e").isVisible()
    assert not grid.button("a").isVisible()
    grid.focus_choice()
    assert focused_name() == "E"

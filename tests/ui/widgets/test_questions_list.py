"""The questions list: added with Enter or the Add button, edited in place, removed, moved;
a question typed but not added still counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.ui.widgets.questions_list import QuestionsList
from tests.ui.test_accessibility import unnamed_focusable

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def questions(show: Callable[[QWidget], QWidget]) -> QuestionsList:
    widget = QuestionsList()
    show(widget)
    return widget


def test_enter_and_the_add_button_add_at_the_end_and_keep_the_cursor_for_the_next(qtbot, questions):
    assert not questions.add_button.isEnabled(), "nothing to add yet"
    qtbot.keyClicks(questions.new_edit, "  First?  ")
    qtbot.keyClick(questions.new_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(questions.new_edit, "Second?")
    qtbot.mouseClick(questions.add_button, LEFT)
    assert questions.questions() == ["First?", "Second?"]
    assert questions.new_edit.text() == ""
    assert questions.new_edit.hasFocus()
    qtbot.keyClick(questions.new_edit, Qt.Key.Key_Return)  # blank: nothing added
    assert questions.questions() == ["First?", "Second?"]


def test_buttons_follow_the_chosen_question(qtbot, questions):
    questions.set_questions(["A?", "B?", "C?"])
    assert not questions.edit_button.isEnabled()
    questions.list.setCurrentRow(0)
    assert questions.edit_button.isEnabled()
    assert questions.remove_button.isEnabled()
    assert not questions.up_button.isEnabled()
    assert questions.down_button.isEnabled()
    qtbot.mouseClick(questions.down_button, LEFT)
    assert questions.questions() == ["B?", "A?", "C?"]
    qtbot.mouseClick(questions.down_button, LEFT)
    assert questions.questions() == ["B?", "C?", "A?"]
    assert not questions.down_button.isEnabled(), "the last cannot move down"
    qtbot.mouseClick(questions.up_button, LEFT)
    assert questions.questions() == ["B?", "A?", "C?"]
    qtbot.mouseClick(questions.remove_button, LEFT)
    assert questions.questions() == ["B?", "C?"]
    assert questions.list.currentRow() == 1, "the next one is chosen"


def test_emptying_a_question_while_editing_removes_it(qtbot, questions):
    questions.set_questions(["Keep?", "Drop?"])
    questions.list.setCurrentRow(1)
    qtbot.mouseClick(questions.edit_button, LEFT)
    editor = questions.list.focusWidget()
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: questions.questions() == ["Keep?"])


def test_changes_are_announced(qtbot, questions):
    with qtbot.waitSignal(questions.changed):
        qtbot.keyClicks(questions.new_edit, "Why?")
        qtbot.keyClick(questions.new_edit, Qt.Key.Key_Return)


def test_a_typed_question_counts_until_it_is_added(qtbot, questions):
    questions.set_questions(["Listed?"])
    qtbot.keyClicks(questions.new_edit, "Typed?")
    assert questions.questions() == ["Listed?", "Typed?"]


def test_every_control_has_a_name(questions):
    questions.set_questions(["A?"])
    questions.list.setCurrentRow(0)
    assert unnamed_focusable(questions) == []

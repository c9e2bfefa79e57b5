"""The tooth chart: twenty teeth laid out like a mouth, each showing its day or "not yet",
late teeth marked with the word "late", one Tab stop with arrow keys, Enter or a click
chooses a tooth."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.core.dental import PRIMARY_TEETH, add_months
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.widgets.tooth_chart import LOWER_JAW, UPPER_JAW, ToothChart


@pytest.fixture
def chart(show: Callable[[QWidget], QWidget]) -> ToothChart:
    widget = ToothChart()
    show(widget)
    return widget


def show_child(chart: ToothChart, services: AppServices, child: Child) -> None:
    chart.set_statuses(services.dental.eruption_chart(child.id))


def test_the_teeth_sit_as_in_a_mouth_seen_from_the_front(chart):
    assert sorted(chart.teeth()) == sorted(PRIMARY_TEETH)
    assert UPPER_JAW == (55, 54, 53, 52, 51, 61, 62, 63, 64, 65)
    assert LOWER_JAW == (85, 84, 83, 82, 81, 71, 72, 73, 74, 75)

    def place(fdi: int) -> tuple[int, int]:
        where = chart.button(fdi).geometry()
        return where.x(), where.y()

    xs = [place(fdi)[0] for fdi in UPPER_JAW]
    assert xs == sorted(xs), "the child's right (55) on the left, their left (65) on the right"
    assert [place(fdi)[0] for fdi in LOWER_JAW] == xs, "each lower tooth under its upper one"
    assert place(85)[1] > place(55)[1], "the lower jaw below the upper"


def test_each_tooth_shows_its_day_or_not_yet_and_is_named_in_words(chart, services, child):
    services.dental.record_eruption(child.id, 64, "2025-08-12")
    show_child(chart, services, child)
    assert chart.button(64).text() == f"64\n{day_text(date(2025, 8, 12))}"
    assert chart.button(55).text() == "55\nnot yet"
    assert chart.button(64).accessibleName() == (
        f"Upper left first molar (64): came through on {day_text(date(2025, 8, 12))}"
    )
    assert "Upper left first molar (tooth 64)" in chart.button(64).toolTip()
    assert chart.button(64).accessibleDescription() == (
        "Usually comes through between 13 and 19 months of age."
    )
    assert chart.button(55).accessibleName() == (
        "Upper right second molar (55): not through yet, usually comes through about now"
    )
    for fdi in chart.teeth():
        assert chart.button(fdi).accessibleName().strip()


def test_a_tooth_later_than_its_range_says_late_in_its_text(chart, services, child):
    # Lucía is 32 months old: lower second molars (23–31 months) are late, upper ones
    # (25–33 months) are not yet.
    for tooth in services.dental.chart.teeth:
        if tooth.fdi not in (55, 65, 74, 75):  # on time: at the start of the usual range
            on_time = add_months(child.birth_date, tooth.erupts_from_months)
            services.dental.record_eruption(child.id, tooth.fdi, on_time)
    services.dental.record_eruption(child.id, 74, "2026-03-20")  # at 24 months: late
    show_child(chart, services, child)

    assert chart.button(75).text() == "75 · late\nnot yet"
    assert chart.button(75).accessibleName() == (
        "Lower left second molar (75): not through yet, later than the usual range"
    )
    assert chart.button(74).text() == f"74 · late\n{day_text(date(2026, 3, 20))}"
    assert chart.button(74).accessibleName().endswith(", later than the usual range")
    for fdi in (55, 65, 51, 85):
        assert "late" not in chart.button(fdi).text()
    assert chart.button(75).property("late") is True
    assert chart.button(51).property("late") is False
    assert chart.summary.text() == (
        "17 of 20 baby teeth have come through. "
        "1 not through yet although past the usual age range."
    )
    assert '"late"' in chart.legend.text(), "the legend says what the mark means"


def test_clicking_or_enter_on_a_tooth_chooses_it(qtbot, chart, services, child):
    show_child(chart, services, child)
    with qtbot.waitSignal(chart.tooth_chosen) as chosen:
        qtbot.mouseClick(chart.button(73), Qt.MouseButton.LeftButton)
    assert chosen.args == [73]
    chart.focus_tooth(62)
    with qtbot.waitSignal(chart.tooth_chosen) as chosen:
        qtbot.keyClick(chart.button(62), Qt.Key.Key_Return)
    assert chosen.args == [62]


def test_the_chart_is_one_tab_stop_and_arrows_move_as_in_the_mouth(qtbot, chart, services, child):
    show_child(chart, services, child)
    tab_stops = [
        fdi for fdi in chart.teeth() if chart.button(fdi).focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert tab_stops == [51]
    chart.focus_tooth()
    moves = [
        (Qt.Key.Key_Right, 61),
        (Qt.Key.Key_Down, 71),
        (Qt.Key.Key_Left, 81),
        (Qt.Key.Key_Home, 85),
        (Qt.Key.Key_Left, 85),  # the end of the row: stays
        (Qt.Key.Key_Up, 55),
        (Qt.Key.Key_End, 65),
    ]
    for key, expected in moves:
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert QApplication.focusWidget() is chart.button(expected), (key, expected)
    assert chart.button(65).focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert chart.button(51).focusPolicy() == Qt.FocusPolicy.ClickFocus

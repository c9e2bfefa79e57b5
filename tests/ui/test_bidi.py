"""Phone numbers keep their order in a right-to-left (Arabic) window: "+34 600 000 002", not
"002 000 600 34+"; what is copied stays the plain number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from caregiver_app.services.redflags import CallNumber
from caregiver_app.ui.bidi import left_to_right
from caregiver_app.ui.widgets.call_numbers import CallNumbers
from caregiver_app.ui.widgets.tooth_chart import UPPER_JAW, ToothChart

PHONE = "+34 600 000 002"
ISOLATED = "\u2066+34 600 000 002\u2069"


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    # Back to "follow the translation", as the app starts (not a fixed left to right).
    qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


def test_left_to_right_text_is_unchanged_in_a_left_to_right_window() -> None:
    assert not QGuiApplication.isRightToLeft()
    assert left_to_right(PHONE) == PHONE


def test_a_phone_number_is_isolated_in_a_right_to_left_window(right_to_left) -> None:
    assert left_to_right(PHONE) == ISOLATED
    assert left_to_right("") == ""


def test_the_numbers_to_call_read_in_order_and_copy_the_plain_number(right_to_left, qtbot) -> None:
    numbers = CallNumbers()
    qtbot.addWidget(numbers)
    numbers.set_numbers([CallNumber("Haematologist", "Dr. Haddad", PHONE)])
    button = numbers.buttons[0]
    assert button.text() == ISOLATED
    button.click()
    assert QGuiApplication.clipboard().text() == PHONE
    assert numbers.shown.text() == f"Haematologist (Dr. Haddad): {ISOLATED}"


def test_the_tooth_chart_is_not_mirrored_in_a_right_to_left_window(right_to_left, show) -> None:
    chart = ToothChart()
    show(chart)
    assert QGuiApplication.isRightToLeft()
    xs = [chart.button(fdi).geometry().x() for fdi in UPPER_JAW]
    assert xs == sorted(xs), "as the dentist faces the child: their right (55) on the left"

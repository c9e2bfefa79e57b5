"""Regression guards on the libraries we depend on."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    # PySide6 6.12.0 on Python 3.11 took a reference from None on every void call, and the
    # interpreter aborted after a few thousand calls (pyproject pins <6.12 for that).
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(5_000):
        label.setText("x" if number % 2 else "y")
    assert sys.getrefcount(None) >= before - 100

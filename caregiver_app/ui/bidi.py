"""Text that must read left to right even in a right-to-left (Arabic) window.

In a right-to-left line the groups of a phone number are laid out right to left, so
"+34 600 000 002" shows as "002 000 600 34+" (the Unicode bidi rules treat the spaces between
numbers as right to left), and the parts of a folder path come out in the wrong order.
Wrapping the text in a left-to-right isolate keeps it whole and in order, beside Arabic words
too. The marks are invisible, and added only while the app is right to left, so copied numbers
and left-to-right windows keep the plain text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def left_to_right(text: str) -> str:
    """``text`` (a phone number, a folder path) kept left to right in a right-to-left window."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"

"""What a module marks for translation, read from its source as lupdate reads it."""

from __future__ import annotations

import ast
from pathlib import Path


def marked_strings(source: Path) -> list[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in ``source``, in file order."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (ast.literal_eval(arg) for arg in node.args)
            found.append((context, text))
    return found

"""Translatable messages that core code can produce without importing Qt.

Core code marks its English text with ``QT_TRANSLATE_NOOP`` (a plain function here with the
name that ``pyside6-lupdate`` looks for), and the UI or the command line translates it later
with ``QCoreApplication.translate(context, text)`` before filling in the arguments."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


LINE_PREFIX = QT_TRANSLATE_NOOP("Validation", "line {line}: {problem}")


def english(context: str, text: str) -> str:
    """The identity translator, used where no Qt translator is loaded."""
    return text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of some input.

    ``field`` is the machine name of the field (a CSV column or a form field); ``text`` is the
    English template, with ``{name}`` placeholders filled from ``args``."""

    field: str
    text: str
    args: Mapping[str, object] = dataclass_field(default_factory=dict)
    line: int | None = None
    context: str = "Validation"

    def render(self, translate: Translator = english) -> str:
        """The problem in the reader's language, without the field name."""
        return translate(self.context, self.text).format(**self.args)

    def render_with_field(self, translate: Translator = english) -> str:
        """``FIELD: problem``, after ``line N: `` for a file's problems. The field stays as
        the file or option names it: it is what the family has to find and correct."""
        text = f"{self.field}: {self.render(translate)}"
        if self.line is None:
            return text
        return translate("Validation", "line {line}: {problem}").format(
            line=self.line, problem=text
        )

    def at_line(self, line: int) -> Problem:
        return Problem(self.field, self.text, self.args, line, self.context)


class ValidationFailed(Exception):
    """Raised with every problem found, so the user can fix them all at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(p.render_with_field() for p in self.problems))

    def for_field(self, field_name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == field_name]


class UserError(Exception):
    """A failure the user can act on (no such child, a locked file, a full disk...).

    Carries a translatable message like :class:`Problem` does."""

    def __init__(self, text: str, context: str = "Errors", **args: object) -> None:
        self.text = text
        self.context = context
        self.args_map: dict[str, object] = dict(args)
        super().__init__(text.format(**args))

    def render(self, translate: Translator = english) -> str:
        return translate(self.context, self.text).format(**self.args_map)

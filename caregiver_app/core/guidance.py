"""The guidance the app shows: the "When to seek care" signs, grouped, each with its level
and what to do, and the "Everyday care" advice, each naming its source.

The words live in ``resources/guidance/red_flags.json`` and ``everyday_care.json``; this
module checks and holds them. Every text is English marked for translation in the context
``"Guidance"`` (see ``caregiver_app/ui/guidance_strings.py``), and none may hold a dose: the
parser refuses a file that does (:data:`DOSE_PATTERN`)."""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from caregiver_app.core.catalogue import Source
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Translator, english

#: The translation context of every guidance text, in the files and in this module.
CONTEXT = "Guidance"

#: A number followed by a unit of dosing: "5 mg", "2.5ml", "1,000 IU", "10 units", "50 µg".
DOSE_PATTERN = re.compile(
    r"\d[\d.,]*\s*(?:mg|mcg|µg|μg|ug|ml|iu|units?|drops?|tablets?|puffs?)\b", re.IGNORECASE
)


class Level(StrEnum):
    """How soon to seek care: now (emergency) or today (urgent)."""

    EMERGENCY = "emergency"
    URGENT = "urgent"


LEVEL_LABELS: dict[Level, str] = {
    Level.EMERGENCY: QT_TRANSLATE_NOOP("Guidance", "Emergency"),
    Level.URGENT: QT_TRANSLATE_NOOP("Guidance", "Urgent"),
}

#: What each level asks of the family, in one line (the numbers are the window's to show).
LEVEL_ACTIONS: dict[Level, str] = {
    Level.EMERGENCY: QT_TRANSLATE_NOOP("Guidance", "Call the emergency number now."),
    Level.URGENT: QT_TRANSLATE_NOOP("Guidance", "Contact the care team today."),
}

#: Emergency first: the order in which a page or an alert lists levels.
LEVEL_ORDER: dict[Level, int] = {Level.EMERGENCY: 0, Level.URGENT: 1}


class GuidanceError(ValueError):
    """A guidance file is malformed (a bug in the shipped data, never the family's)."""


@dataclass(frozen=True)
class SignItem:
    """One sign on the "When to seek care" page: what the family sees, what to do.

    ``symptoms`` are the diary codes a red-flag rule watches for this sign (empty when the
    diary cannot record it, like "an eye check found something new")."""

    id: str
    level: Level
    sign: str
    action: str
    symptoms: tuple[str, ...]
    source: str  # a key of the file's sources

    def render_sign(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.sign)

    def render_action(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.action)


@dataclass(frozen=True)
class SignGroup:
    id: str
    title: str
    items: tuple[SignItem, ...]

    def render_title(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.title)


@dataclass(frozen=True)
class CareItem:
    """One piece of everyday-care advice."""

    id: str
    title: str
    text: str
    source: str  # a key of EverydayCare.sources

    def render_title(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.title)

    def render_text(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.text)


@dataclass(frozen=True)
class EverydayCare:
    title: str
    items: tuple[CareItem, ...]
    sources: Mapping[str, Source]

    def __iter__(self) -> Iterator[CareItem]:
        return iter(self.items)

    def texts(self) -> list[str]:
        """Every text to translate, in file order."""
        return [self.title, *(text for item in self.items for text in (item.title, item.text))]

    def source_of(self, item: CareItem) -> Source:
        return self.sources[item.source]

    def render_title(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.title)


# Parsing helpers shared with core/redflags.py ------------------------------------------------


def as_object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise GuidanceError(f"{where}: must be an object")
    return value


def as_list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise GuidanceError(f"{where}: must be a list")
    return value


def text_field(item: Mapping[str, object], key: str, where: str) -> str:
    """A required, non-blank text that holds no dose."""
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise GuidanceError(f"{where}: needs a text {key!r}")
    if DOSE_PATTERN.search(value):
        raise GuidanceError(f"{where}: {key!r} looks like a dose; guidance never gives one")
    return value


def int_field(item: Mapping[str, object], key: str, where: str, *, minimum: int) -> int:
    value = item.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise GuidanceError(f"{where}: {key!r} must be a whole number of at least {minimum}")
    return value


def parse_level(value: object, where: str) -> Level:
    try:
        return Level(str(value))
    except ValueError:
        raise GuidanceError(f"{where}: level {value!r} is not one of {list(Level)}") from None


def parse_sources(data: Mapping[str, object], where: str) -> dict[str, Source]:
    raw = as_object(data.get("sources"), f"{where} sources")
    sources: dict[str, Source] = {}
    for key, citation in raw.items():
        if not isinstance(citation, str) or not citation.strip():
            raise GuidanceError(f"{where}: source {key!r} needs a full description")
        sources[str(key)] = Source(str(key), citation)
    return sources


def source_field(
    item: Mapping[str, object], key: str, sources: Mapping[str, Source], where: str
) -> str:
    value = item.get(key)
    if not isinstance(value, str) or value not in sources:
        raise GuidanceError(f"{where}: {key} {value!r} is not one of the file's sources")
    return value


def symptoms_field(
    item: Mapping[str, object], key: str, symptom_codes: Container[str], where: str
) -> tuple[str, ...]:
    codes = as_list(item.get(key, []), f"{where} {key}")
    for code in codes:
        if not isinstance(code, str) or code not in symptom_codes:
            raise GuidanceError(f"{where}: {code!r} is not a symptom code of the catalogue")
    if len(set(codes)) != len(codes):
        raise GuidanceError(f"{where}: a symptom appears twice in {key!r}")
    return tuple(codes)


def unique_ids(items: Sequence[Any], where: str) -> None:
    ids = [item.id for item in items]
    if len(set(ids)) != len(ids):
        raise GuidanceError(f"{where}: an id appears twice")


def parse_sign_groups(
    data: Mapping[str, object], sources: Mapping[str, Source], symptom_codes: Container[str]
) -> tuple[SignGroup, ...]:
    groups: list[SignGroup] = []
    for position, raw in enumerate(as_list(data.get("groups"), "groups")):
        group = as_object(raw, f"group {position}")
        group_id = text_field(group, "id", f"group {position}")
        items: list[SignItem] = []
        for index, raw_item in enumerate(as_list(group.get("items"), f"group {group_id} items")):
            item = as_object(raw_item, f"group {group_id} item {index}")
            where = f"sign {item.get('id')!r}"
            items.append(
                SignItem(
                    id=text_field(item, "id", where),
                    level=parse_level(item.get("level"), where),
                    sign=text_field(item, "sign", where),
                    action=text_field(item, "action", where),
                    symptoms=symptoms_field(item, "symptoms", symptom_codes, where),
                    source=source_field(item, "source", sources, where),
                )
            )
        if not items:
            raise GuidanceError(f"group {group_id}: has no signs")
        groups.append(SignGroup(group_id, text_field(group, "title", group_id), tuple(items)))
    unique_ids(groups, "groups")
    unique_ids([item for group in groups for item in group.items], "signs")
    return tuple(groups)


def parse_everyday_care(data: object) -> EverydayCare:
    top = as_object(data, "everyday care")
    sources = parse_sources(top, "everyday care")
    items: list[CareItem] = []
    for position, raw in enumerate(as_list(top.get("items"), "everyday care items")):
        item = as_object(raw, f"everyday care item {position}")
        where = f"everyday care {item.get('id')!r}"
        items.append(
            CareItem(
                id=text_field(item, "id", where),
                title=text_field(item, "title", where),
                text=text_field(item, "text", where),
                source=source_field(item, "source", sources, where),
            )
        )
    unique_ids(items, "everyday care")
    if not items:
        raise GuidanceError("everyday care: has no items")
    return EverydayCare(text_field(top, "title", "everyday care"), tuple(items), sources)


def everyday_care_path(resources: Path) -> Path:
    """Where the everyday-care file sits under the app's ``resources/`` folder."""
    return resources / "guidance" / "everyday_care.json"


def load_everyday_care(path: Path) -> EverydayCare:
    return parse_everyday_care(json.loads(path.read_text(encoding="utf-8")))

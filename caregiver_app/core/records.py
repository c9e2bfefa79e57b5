"""The records a family keeps, as plain immutable values.

Every stored record has a UUID, ``created_at``/``updated_at`` instants, ``logged_by`` and a
soft-delete tombstone ``deleted_at``; see the data rules in ARCHITECTURE.md."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from caregiver_app.core.messages import QT_TRANSLATE_NOOP

DEFAULT_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Records",
    "Autosomal recessive malignant osteopetrosis, osteoclast-poor, caused by biallelic "
    "TNFSF11 (RANKL) variants (RANKL-deficient osteopetrosis, OPTB2, OMIM #259710)",
)


def new_id() -> str:
    """A random (version 4) UUID as 32 hex digits, like ``uuid.uuid4().hex`` in a third of
    the time: an import makes one per row."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    return raw.hex()


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


SEVERITY_LABELS: dict[Severity, str] = {
    Severity.MILD: QT_TRANSLATE_NOOP("Records", "Mild"),
    Severity.MODERATE: QT_TRANSLATE_NOOP("Records", "Moderate"),
    Severity.SEVERE: QT_TRANSLATE_NOOP("Records", "Severe"),
}


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


SEX_LABELS: dict[Sex, str] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Records", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Records", "Male"),
    Sex.OTHER: QT_TRANSLATE_NOOP("Records", "Other"),
}


@dataclass(frozen=True)
class RecordMeta:
    id: str
    created_at: datetime
    updated_at: datetime
    logged_by: str
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ChildInput:
    """A validated child profile, before it is stored."""

    name: str
    birth_date: date
    sex: Sex | None
    diagnosis: str
    allergies: str
    notes: str


@dataclass(frozen=True)
class Child:
    meta: RecordMeta
    name: str
    birth_date: date
    sex: Sex | None
    diagnosis: str
    allergies: str
    notes: str

    @property
    def id(self) -> str:
        return self.meta.id

    def age_on(self, day: date) -> tuple[int, int]:
        """Completed (years, months) of age on ``day``."""
        months = (day.year - self.birth_date.year) * 12 + day.month - self.birth_date.month
        if day.day < self.birth_date.day:
            months -= 1
        months = max(months, 0)
        return months // 12, months % 12


@dataclass(frozen=True)
class ContactInput:
    role: str
    name: str
    phone: str
    email: str
    place: str


@dataclass(frozen=True)
class CareContact:
    meta: RecordMeta
    child_id: str
    role: str
    name: str
    phone: str
    email: str
    place: str

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True)
class SymptomInput:
    """A validated diary entry, before it is stored.

    ``occurred_at`` is a UTC instant; ``zone`` is the IANA zone it was entered in. When the
    time of day was not recorded, ``time_known`` is false and ``occurred_at`` is the start of
    ``local_date`` in ``zone``."""

    occurred_at: datetime
    zone: str
    local_date: date
    time_known: bool
    symptom: str
    severity: Severity
    notes: str

    def local_time_text(self) -> str:
        """HH:MM on the local clock (00:00 when the time of day was not recorded)."""
        return self.occurred_at.astimezone(ZoneInfo(self.zone)).strftime("%H:%M")


@dataclass(frozen=True)
class SymptomEntry:
    meta: RecordMeta
    child_id: str
    occurred_at: datetime
    zone: str
    local_date: date
    time_known: bool
    symptom: str
    severity: Severity
    notes: str

    @property
    def id(self) -> str:
        return self.meta.id

    def local_time(self) -> datetime:
        return self.occurred_at.astimezone(ZoneInfo(self.zone))

    def as_input(self) -> SymptomInput:
        return SymptomInput(
            self.occurred_at,
            self.zone,
            self.local_date,
            self.time_known,
            self.symptom,
            self.severity,
            self.notes,
        )


@dataclass(frozen=True)
class QuietDay:
    """A day the family marked "Nothing unusual today": it counts as a logged day."""

    meta: RecordMeta
    child_id: str
    day: date


@dataclass(frozen=True)
class DiaryFilter:
    """What the diary shows: one child, optionally one symptom, a date range and a text
    to find in the notes. ``None`` means "any"."""

    child_id: str
    symptom: str | None = None
    start: date | None = None
    end: date | None = None
    text: str | None = None

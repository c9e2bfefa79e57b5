"""Red-flag alerts as the family's record: which episode was raised, when and how, and what
the family did about it; and the local emergency number the window shows with every alert.

An alert is stored once per episode (see :mod:`caregiver_app.core.redflags`). Its
``entry_ids`` grow as the episode grows, so that an episode keeps matching its alert after
an entry of it is deleted (and undone), edited or joined by another: one episode, one
alert. The texts shown for an alert (title, reason, what to do) are read from the rules
again when shown (:func:`describe_alert`), so they follow the family's language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from caregiver_app.core.catalogue import Source
from caregiver_app.core.guidance import Level
from caregiver_app.core.messages import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from caregiver_app.core.records import RecordMeta
from caregiver_app.core.redflags import Episode, RedFlags
from caregiver_app.core.validation import MAX_SHORT_TEXT_LENGTH, check_text

CONTEXT = "RedFlags"


class HowRaised(StrEnum):
    """How an alert came to be: a save in the window (shown at once, in a dialog), an
    imported diary, or a catch-up (entries that reached the diary another way, such as a
    restored backup or a new version of the rules): those two are listed, not shown one by
    one."""

    SAVE = "save"
    IMPORT = "import"
    CATCH_UP = "catch-up"


class FamilyAction(StrEnum):
    """What the family did about an alert."""

    CALLED_EMERGENCY = "called_emergency"
    CALLED_TEAM = "called_team"
    EMERGENCY_DEPARTMENT = "emergency_department"
    OTHER = "other"


FAMILY_ACTION_LABELS: dict[FamilyAction, str] = {
    FamilyAction.CALLED_EMERGENCY: QT_TRANSLATE_NOOP("RedFlags", "Called the emergency number"),
    FamilyAction.CALLED_TEAM: QT_TRANSLATE_NOOP("RedFlags", "Called the care team"),
    FamilyAction.EMERGENCY_DEPARTMENT: QT_TRANSLATE_NOOP(
        "RedFlags", "Went to the emergency department"
    ),
    FamilyAction.OTHER: QT_TRANSLATE_NOOP("RedFlags", "Something else (see the note)"),
}

HOW_RAISED_LABELS: dict[HowRaised, str] = {
    HowRaised.SAVE: QT_TRANSLATE_NOOP("RedFlags", "when it was logged"),
    HowRaised.IMPORT: QT_TRANSLATE_NOOP("RedFlags", "from an imported diary"),
    HowRaised.CATCH_UP: QT_TRANSLATE_NOOP("RedFlags", "found in earlier entries"),
}

MAX_NOTE_LENGTH = MAX_SHORT_TEXT_LENGTH

EMERGENCY_NUMBER_LABEL = QT_TRANSLATE_NOOP("RedFlags", "Emergency number")


@dataclass(frozen=True)
class RedFlagAlert:
    """One raised episode of one rule for one child.

    ``first_at``/``last_at``/``zone``/``time_known`` and ``triggers`` are the episode's as it
    was raised; ``entry_ids`` every entry that has been part of it since."""

    meta: RecordMeta
    child_id: str
    rule: str
    level: Level
    first_at: datetime
    last_at: datetime
    zone: str
    time_known: bool
    triggers: tuple[str, ...]
    entry_ids: frozenset[str]
    raised_at: datetime
    how: HowRaised
    acknowledged_at: datetime | None = None
    acknowledged_by: str = ""
    action: FamilyAction | None = None
    note: str = ""

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    def first_local(self) -> datetime:
        """When the episode started, on the clock of the zone it was logged in."""
        return self.first_at.astimezone(ZoneInfo(self.zone))

    def matches(self, episode: Episode) -> bool:
        """The same rule over some of the same entries: this alert's episode."""
        return self.rule == episode.rule and not self.entry_ids.isdisjoint(episode.entry_ids)


@dataclass(frozen=True)
class Acknowledgement:
    action: FamilyAction | None
    note: str


def validate_acknowledgement(action: object, note: object) -> Acknowledgement:
    """``action``: a :class:`FamilyAction` value, or blank/None when the family chose none."""
    problems: list[Problem] = []
    chosen: FamilyAction | None = None
    if action not in (None, ""):
        try:
            chosen = FamilyAction(str(action))
        except ValueError:
            problems.append(
                Problem(
                    "action",
                    QT_TRANSLATE_NOOP("Validation", "{value!r} is not one of: {choices}"),
                    {"value": str(action)[:40], "choices": ", ".join(FamilyAction)},
                )
            )
    text = check_text("note", note, problems, max_length=MAX_NOTE_LENGTH)
    if problems:
        raise ValidationFailed(problems)
    return Acknowledgement(chosen, text)


def describe_alert(alert: RedFlagAlert, red_flags: RedFlags) -> Episode:
    """The alert as an :class:`Episode`, to render its title, reason and what to do in the
    family's language. A rule or trigger the rules no longer have (an alert stored by another
    version of the app) is described by its id, so the history never loses a line."""
    try:
        rule = red_flags.rule(alert.rule)
    except KeyError:
        unknown = Source("", "")
        return _episode(alert, alert.rule, "", (), "", unknown)
    lead = next((t for t in rule.triggers if t.id in alert.triggers), None)
    if lead is None:
        return _episode(alert, rule.title, rule.action, (), "", red_flags.sources[rule.join_source])
    return _episode(
        alert,
        rule.title,
        rule.action,
        tuple(sorted(lead.reason_args().items())),
        lead.reason,
        red_flags.sources[lead.source],
    )


def _episode(
    alert: RedFlagAlert,
    title: str,
    action: str,
    reason_args: tuple[tuple[str, int], ...],
    reason: str,
    source: Source,
) -> Episode:
    return Episode(
        rule=alert.rule,
        title=title,
        level=alert.level,
        first_at=alert.first_at,
        last_at=alert.last_at,
        zone=alert.zone,
        time_known=alert.time_known,
        entry_ids=tuple(sorted(alert.entry_ids)),
        triggers=alert.triggers,
        reason=reason,
        reason_args=reason_args,
        action=action,
        source=source,
    )


def unmatched(episodes: Iterable[Episode], alerts: Iterable[RedFlagAlert]) -> list[Episode]:
    """The episodes no stored alert matches: those not raised yet."""
    stored = list(alerts)
    return [e for e in episodes if not any(alert.matches(e) for alert in stored)]


# The emergency number ------------------------------------------------------------------------

DEFAULT_EMERGENCY_NUMBER = "112"

#: Offered in Settings: Europe and many countries (112), North America (911), the United
#: Kingdom (999), Australia (000). Any other number can be typed.
COMMON_EMERGENCY_NUMBERS: tuple[str, ...] = ("112", "911", "999", "000")

MIN_EMERGENCY_DIGITS = 2
MAX_EMERGENCY_DIGITS = 8


def validate_emergency_number(value: object, field: str = "emergency_number") -> str:
    """Digits only, 2 to 8 of them (spaces around are ignored): the short number dialled in
    an emergency, such as 112, 911, 999, 000 or 061."""
    text = value.strip() if isinstance(value, str) else ""
    if not isinstance(value, str) or not text:
        problem = Problem(field, QT_TRANSLATE_NOOP("Validation", "is required"))
    elif not (text.isascii() and text.isdigit()):
        problem = Problem(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "{value!r} is not a phone number: use digits only, such as 112"
            ),
            {"value": text[:40]},
        )
    elif not MIN_EMERGENCY_DIGITS <= len(text) <= MAX_EMERGENCY_DIGITS:
        problem = Problem(
            field,
            QT_TRANSLATE_NOOP("Validation", "must have from {low} to {high} digits"),
            {"low": MIN_EMERGENCY_DIGITS, "high": MAX_EMERGENCY_DIGITS},
        )
    else:
        return text
    raise ValidationFailed([problem])

"""Words the window shows for red flags: levels (always in words, never by colour alone),
what the family did, how an alert was raised, and when an episode started."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from caregiver_app.core.guidance import CONTEXT as GUIDANCE
from caregiver_app.core.guidance import LEVEL_ACTIONS, LEVEL_LABELS, Level
from caregiver_app.core.redflag_alerts import (
    CONTEXT,
    FAMILY_ACTION_LABELS,
    HOW_RAISED_LABELS,
    FamilyAction,
    HowRaised,
)
from caregiver_app.ui.labels import day_in_words, moment_in_words


def level_label(level: Level) -> str:
    """ "Emergency" or "Urgent"."""
    return QCoreApplication.translate(GUIDANCE, LEVEL_LABELS[level])


def level_action(level: Level) -> str:
    """ "Call the emergency number now." or "Contact the care team today." """
    return QCoreApplication.translate(GUIDANCE, LEVEL_ACTIONS[level])


def level_line(level: Level) -> str:
    """ "Emergency: call the emergency number now." in one line."""
    return QCoreApplication.translate("RedFlags", "{level}: {action}").format(
        level=level_label(level), action=level_action(level)
    )


def family_action_label(action: FamilyAction | None) -> str:
    if action is None:
        return QCoreApplication.translate("RedFlags", "Not noted")
    return QCoreApplication.translate(CONTEXT, FAMILY_ACTION_LABELS[action])


def how_raised_label(how: HowRaised) -> str:
    return QCoreApplication.translate(CONTEXT, HOW_RAISED_LABELS[how])


def started_text(local: datetime, time_known: bool, today: date) -> str:
    """ "Today, 08:15", "Tuesday, 3 November, time not known" in the app's locale."""
    if time_known:
        return moment_in_words(local.date(), local.time(), today)
    return QCoreApplication.translate("RedFlags", "{day}, time not known").format(
        day=day_in_words(local.date(), today)
    )

"""The demo family's emergency information and what the family did about each red-flag alert
(called by ``services/demo.py``, inside its transaction, once the diary's alerts are raised).

Consistent with the demo diary and care records: the emergency visit for vomiting and a
headache 33 days ago, the fever seen at the day unit, the eye clinic's "vision stable" 27 days
ago, the mild hearing loss on the right, the gum infection treated without an extraction."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from caregiver_app.core.emergency_info import suggested_emergency_info
from caregiver_app.core.records import Child
from caregiver_app.core.redflag_alerts import FamilyAction
from caregiver_app.services.app import AppServices

#: (rule, days ago the episode started) -> what the family did, and their note.
ACTIONS: dict[tuple[str, int], tuple[FamilyAction, str]] = {
    ("raised_pressure", 33): (
        FamilyAction.EMERGENCY_DEPARTMENT,
        "Eyes checked there, no scan needed; home by 14:00. Eye clinic review a week later.",
    ),
    ("fever_infection", 79): (
        FamilyAction.CALLED_TEAM,
        "Called the day unit; seen there the next morning, blood count as usual for him.",
    ),
    ("eyes", 27): (FamilyAction.OTHER, "Seen the same morning at the eye clinic: vision stable."),
    ("eyes", 150): (FamilyAction.OTHER, "Told the eye clinic; they checked at the next visit."),
}

#: The parts of the form only the family and the care team can write.
BASELINE = {
    "baseline_vision": "Reduced vision in both eyes: holds picture books close to his face and "
    "bumps into things on his left side. Eye clinic: vision stable (optic discs unchanged).",
    "baseline_hearing": "Mild hearing loss in the right ear, unchanged at the last test.",
    "baseline_neurological": "Alert and chatty, short sentences. Walks on his own, a little "
    "unsteady. No seizures ever.",
    "past_procedures": "Gum infection around tooth 64 treated without an extraction. X-ray of "
    "the left forearm after a fall: no fracture.",
    "immunizations": "Up to date for his age (national schedule).",
}
REVIEWED_DAYS_AGO = 20


def add_demo_emergency(app: AppServices, child: Child, today: date) -> int:
    """Saves the demo child's emergency information and answers the alerts the demo diary
    raised; returns how many alerts were answered."""
    texts = suggested_emergency_info(child.diagnosis, child.allergies)
    texts.update(BASELINE)
    app.redflags.save_emergency_info(
        child.id, **texts, reviewed_on=today - timedelta(days=REVIEWED_DAYS_AGO)
    )
    answered = 0
    for alert in app.redflags.history(child.id):
        started = alert.first_at.astimezone(ZoneInfo(alert.zone)).date()
        answer = ACTIONS.get((alert.rule, (today - started).days))
        if answer is not None:
            app.redflags.acknowledge(alert.id, answer[0].value, answer[1])
            answered += 1
    return answered

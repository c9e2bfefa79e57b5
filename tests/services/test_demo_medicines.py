"""The demo family's medicines: as its care team prescribed, with a believable dose log
(mostly on time, a few late, skipped or unrecorded), the same every time for the same day."""

from __future__ import annotations

from datetime import timedelta

from caregiver_app.core.medicines import Route
from caregiver_app.core.schedule import ScheduleKind
from caregiver_app.services.app import open_app
from caregiver_app.services.demo import add_demo_family
from caregiver_app.services.medicines import MedicinesService


def test_demo_medicines_and_a_realistic_dose_log(services):
    result = add_demo_family(services)
    meds = MedicinesService.for_app(services)
    medicines = {m.name: m for m in meds.medicines(result.child.id)}
    assert result.medicines == len(medicines) == 4
    assert medicines["Calcitriol"].route is Route.BY_MOUTH
    assert medicines["Interferon gamma-1b"].route is Route.UNDER_SKIN
    assert medicines["Interferon gamma-1b"].schedule.weekdays == frozenset({0, 2, 4})
    assert medicines["Fluoride varnish"].schedule.kind is ScheduleKind.AS_NEEDED
    assert len(meds.doses(result.child.id)) == result.doses > 500
    today = meds.today()
    for adherence in meds.adherence(result.child.id, today - timedelta(days=90), today):
        if medicines["Fluoride varnish"].id == adherence.medicine_id:
            assert adherence.as_needed == 1
            continue
        assert adherence.on_time > 0.85 * adherence.due
        assert adherence.late + adherence.skipped + adherence.not_recorded > 0


def test_the_demo_dose_log_is_the_same_for_the_same_day(tmp_path, clock):
    logs = []
    for name in ("a", "b"):
        app = open_app(tmp_path / name, clock)
        app.settings.set_time_zone("Europe/Madrid")
        try:
            child = add_demo_family(app).child
            meds = MedicinesService.for_app(app)
            logs.append(
                [(e.status, e.scheduled_for, e.given_at, e.reason) for e in meds.doses(child.id)]
            )
            assert not add_demo_family(app).created  # never twice
            assert len(meds.doses(child.id)) == len(logs[-1])
        finally:
            app.close()
    assert logs[0] == logs[1]

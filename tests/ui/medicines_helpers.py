"""Medicines the tests start from, added through the real service."""

from __future__ import annotations

from caregiver_app.core.medicines import Medicine
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices

#: A medicine as prescribed: 0.25 microgram by mouth at 08:00 and 20:00 from 1 November 2026.
CALCITRIOL = {
    "name": "Calcitriol",
    "dose_amount": "0.25",
    "dose_unit": "microgram",
    "route": "by_mouth",
    "schedule": "fixed_times",
    "times": "08:00 20:00",
    "start_date": "2026-11-01",
}


def add_medicine(
    services: AppServices, child: Child, name: str = "Calcitriol", **extra: str
) -> Medicine:
    """:data:`CALCITRIOL` (under ``name``), unless ``extra`` says otherwise."""
    return services.medicines.add_medicine(child.id, **{**CALCITRIOL, "name": name, **extra})


def add_as_needed(services: AppServices, child: Child, name: str = "Paracetamol") -> Medicine:
    return add_medicine(
        services,
        child,
        name,
        dose_amount="",
        dose_unit="",
        dose_text="as the day unit said",
        schedule="as_needed",
        times="",
    )

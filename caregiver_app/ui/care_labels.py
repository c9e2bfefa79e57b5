"""Words for the care records (dental care, appointments) in the app's language.

Kept apart from ``ui/labels.py``, which the Today page loads before the window's first
paint: these need ``core.dental`` and ``core.appointments``, which only the care pages do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caregiver_app.core.appointments import (
    CHECK_LABELS,
    SPECIALTY_LABELS,
    STATUS_LABELS,
    AppointmentStatus,
    RoutineCheck,
    Specialty,
)
from caregiver_app.core.dental import (
    COVER_LABELS,
    KIND_LABELS,
    STATE_LABELS,
    TICK_LABELS,
    TOOTH_NAMES,
    AntibioticCover,
    DailyTick,
    DentalEventKind,
    DentalGroup,
    ToothState,
)
from caregiver_app.core.messages import QT_TRANSLATE_NOOP

# Dental care (context "Dental", where core.dental marks its labels) -------------------------

DENTAL_GROUP_LABELS: dict[DentalGroup, str] = {
    DentalGroup.PROFESSIONAL_CARE: QT_TRANSLATE_NOOP("Dental", "Professional care"),
    DentalGroup.VISIT: QT_TRANSLATE_NOOP("Dental", "Visits"),
    DentalGroup.PROBLEM: QT_TRANSLATE_NOOP("Dental", "Problems"),
    DentalGroup.PROCEDURE: QT_TRANSLATE_NOOP("Dental", "Procedures and extractions"),
}


def dental_kind_label(kind: DentalEventKind) -> str:
    return QCoreApplication.translate("Dental", KIND_LABELS[kind])


def dental_group_label(group: DentalGroup) -> str:
    return QCoreApplication.translate("Dental", DENTAL_GROUP_LABELS[group])


def tick_label(tick: DailyTick) -> str:
    return QCoreApplication.translate("Dental", TICK_LABELS[tick])


def cover_label(cover: AntibioticCover) -> str:
    return QCoreApplication.translate("Dental", COVER_LABELS[cover])


def tooth_state_label(state: ToothState) -> str:
    return QCoreApplication.translate("Dental", STATE_LABELS[state])


def tooth_name(fdi: int) -> str:
    """ "Upper left first molar" for a primary tooth; "" for a permanent one (no name kept)."""
    name = TOOTH_NAMES.get(fdi)
    return QCoreApplication.translate("Dental", name) if name else ""


def tooth_text(fdi: int) -> str:
    """ "Upper left first molar (64)", or just "36" for a permanent tooth."""
    name = tooth_name(fdi)
    if not name:
        return str(fdi)
    return QCoreApplication.translate("Dental", "{name} ({number})").format(name=name, number=fdi)


# Appointments ------------------------------------------------------------------------------


def specialty_label(specialty: Specialty) -> str:
    return QCoreApplication.translate("Appointments", SPECIALTY_LABELS[specialty])


def appointment_status_label(status: AppointmentStatus) -> str:
    return QCoreApplication.translate("Appointments", STATUS_LABELS[status])


def routine_check_label(check: RoutineCheck) -> str:
    return QCoreApplication.translate("Appointments", CHECK_LABELS[check])

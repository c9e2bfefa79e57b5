"""The child's emergency information: what emergency staff must know at a glance.

Its parts follow the AAP/ACEP Emergency Information Form (Pediatrics 2023 policy; see the
clinical notes): diagnoses, past procedures, allergies, immunizations, baseline findings
(vision, hearing, neurological status), procedures to be avoided, notes on common presenting
problems, and the date the form was last reviewed. Identity and birth date come from the
child's profile, contacts from the care team list and medicines from the medicine list when
the sheet is made; they are not copied here, so each has one place to be kept right.

The suggestions (:func:`suggested_emergency_info`) come from the clinical notes for this
condition. They are a starting point the family and the care team edit; the app never
suggests a medicine or a dose."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from caregiver_app.core.messages import (
    QT_TRANSLATE_NOOP,
    Problem,
    Translator,
    ValidationFailed,
    english,
)
from caregiver_app.core.records import DEFAULT_DIAGNOSIS, RecordMeta
from caregiver_app.core.validation import MAX_SHORT_TEXT_LENGTH, check_text, parse_date

CONTEXT = "EmergencyInfo"

#: Each text's limit: the form is meant to be read in a minute, and printed on one page.
MAX_FIELD_LENGTH = MAX_SHORT_TEXT_LENGTH

HSCT_NOT_EFFECTIVE = QT_TRANSLATE_NOOP(
    "EmergencyInfo",
    "Stem-cell (bone marrow) transplant is not effective for the TNFSF11 (RANKL) form: the "
    "defect is in the bone's environment, not in the blood-forming cells.",
)

#: Notes for emergency staff that the clinical notes give for this condition, one per line.
STAFF_NOTE_SUGGESTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "EmergencyInfo",
        "Fragile bones: dense but brittle, they can break after a minor knock. Handle, lift "
        "and position gently.",
    ),
    QT_TRANSLATE_NOOP(
        "EmergencyInfo",
        "Low calcium can cause seizures, muscle twitching or cramps in this condition.",
    ),
    QT_TRANSLATE_NOOP(
        "EmergencyInfo", "If a transfusion is needed, use irradiated blood products."
    ),
    QT_TRANSLATE_NOOP(
        "EmergencyInfo",
        "Thick skull bones can raise the pressure in the head: vomiting, a severe headache "
        "or unusual sleepiness can be signs of it.",
    ),
)

PROCEDURES_TO_AVOID_SUGGESTION = QT_TRANSLATE_NOOP(
    "EmergencyInfo",
    "Tooth extractions that are not essential: the jaw bone can become infected "
    "(osteomyelitis). If one is needed, the dental team must know the diagnosis first.",
)

#: The field names, in the form's order (also the names problems carry).
FIELD_LABELS: dict[str, str] = {
    "diagnosis": QT_TRANSLATE_NOOP("EmergencyInfo", "Diagnosis"),
    "baseline_vision": QT_TRANSLATE_NOOP("EmergencyInfo", "Vision (usual)"),
    "baseline_hearing": QT_TRANSLATE_NOOP("EmergencyInfo", "Hearing (usual)"),
    "baseline_neurological": QT_TRANSLATE_NOOP("EmergencyInfo", "Neurological status (usual)"),
    "allergies": QT_TRANSLATE_NOOP("EmergencyInfo", "Allergies"),
    "past_procedures": QT_TRANSLATE_NOOP("EmergencyInfo", "Past operations and procedures"),
    "procedures_to_avoid": QT_TRANSLATE_NOOP("EmergencyInfo", "Procedures to avoid"),
    "immunizations": QT_TRANSLATE_NOOP("EmergencyInfo", "Immunizations"),
    "staff_notes": QT_TRANSLATE_NOOP("EmergencyInfo", "Notes for emergency staff"),
    "reviewed_on": QT_TRANSLATE_NOOP("EmergencyInfo", "Last reviewed"),
}

TEXT_FIELDS: tuple[str, ...] = tuple(name for name in FIELD_LABELS if name != "reviewed_on")


def as_lines(text: str) -> tuple[str, ...]:
    """A text's non-blank lines, trimmed: procedures to avoid and notes for staff are written
    one per line, and a sheet may print them as a list."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class EmergencyInfoInput:
    """Validated emergency information, before it is stored."""

    diagnosis: str
    baseline_vision: str
    baseline_hearing: str
    baseline_neurological: str
    allergies: str
    past_procedures: str
    procedures_to_avoid: str
    immunizations: str
    staff_notes: str
    reviewed_on: date

    def texts(self) -> dict[str, str]:
        """The text fields by name, in the form's order."""
        return {name: getattr(self, name) for name in TEXT_FIELDS}


@dataclass(frozen=True)
class EmergencyInfo:
    """A child's stored emergency information (one record per child)."""

    meta: RecordMeta
    child_id: str
    diagnosis: str
    baseline_vision: str
    baseline_hearing: str
    baseline_neurological: str
    allergies: str
    past_procedures: str
    procedures_to_avoid: str
    immunizations: str
    staff_notes: str
    reviewed_on: date

    @property
    def id(self) -> str:
        return self.meta.id

    def as_input(self) -> EmergencyInfoInput:
        return EmergencyInfoInput(
            **{field.name: getattr(self, field.name) for field in fields(EmergencyInfoInput)}
        )


def suggested_emergency_info(
    child_diagnosis: str = "", child_allergies: str = "", translate: Translator = english
) -> dict[str, str]:
    """The texts a new form starts with, in the family's language: the child's diagnosis
    (the app's default when blank) with the transplant note, the child's allergies, and the
    clinical notes' suggestions for procedures to avoid and for emergency staff. The baseline
    findings are the family's and the care team's to write."""
    diagnosis = child_diagnosis.strip() or translate("Records", DEFAULT_DIAGNOSIS)
    suggestion = dict.fromkeys(TEXT_FIELDS, "")
    suggestion.update(
        diagnosis=f"{diagnosis}\n{translate(CONTEXT, HSCT_NOT_EFFECTIVE)}",
        allergies=child_allergies.strip(),
        procedures_to_avoid=translate(CONTEXT, PROCEDURES_TO_AVOID_SUGGESTION),
        staff_notes="\n".join(translate(CONTEXT, note) for note in STAFF_NOTE_SUGGESTIONS),
    )
    return suggestion


def validate_emergency_info(
    *,
    diagnosis: object,
    reviewed_on: object,
    today: date,
    birth_date: date,
    baseline_vision: object = "",
    baseline_hearing: object = "",
    baseline_neurological: object = "",
    allergies: object = "",
    past_procedures: object = "",
    procedures_to_avoid: object = "",
    immunizations: object = "",
    staff_notes: object = "",
) -> EmergencyInfoInput:
    """Checks the form. The diagnosis and the review date are required; the review date may
    be neither in the future nor before the child's birth. Texts are kept as written, each
    at most :data:`MAX_FIELD_LENGTH` characters."""
    problems: list[Problem] = []
    values = {
        "diagnosis": diagnosis,
        "baseline_vision": baseline_vision,
        "baseline_hearing": baseline_hearing,
        "baseline_neurological": baseline_neurological,
        "allergies": allergies,
        "past_procedures": past_procedures,
        "procedures_to_avoid": procedures_to_avoid,
        "immunizations": immunizations,
        "staff_notes": staff_notes,
    }
    texts = {
        name: check_text(
            name, value, problems, required=name == "diagnosis", max_length=MAX_FIELD_LENGTH
        )
        for name, value in values.items()
    }
    reviewed = parse_date("reviewed_on", reviewed_on, problems)
    if reviewed is not None and reviewed > today:
        problems.append(Problem("reviewed_on", QT_TRANSLATE_NOOP("Validation", "is in the future")))
    elif reviewed is not None and reviewed < birth_date:
        problems.append(
            Problem(
                "reviewed_on",
                QT_TRANSLATE_NOOP("Validation", "is before the child's birth date ({born})"),
                {"born": birth_date.isoformat()},
            )
        )
    if problems or reviewed is None:
        raise ValidationFailed(problems)
    return EmergencyInfoInput(**texts, reviewed_on=reviewed)

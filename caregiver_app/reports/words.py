"""The reports' own words, marked for translation in the context "Report" and printed through
``Wording`` (core/summary.py), so a PDF follows the language of the app."""

from __future__ import annotations

from caregiver_app.core.messages import QT_TRANSLATE_NOOP

# Every page -------------------------------------------------------------------------------
VISIT_TITLE = QT_TRANSLATE_NOOP("Report", "Visit summary")
#: The title a PDF viewer shows.
DOCUMENT_TITLE = QT_TRANSLATE_NOOP("Report", "{title} - {name}")
VISIT_TITLE_FOR = QT_TRANSLATE_NOOP("Report", "Visit summary: {specialty}")
HEADER_CHILD = QT_TRANSLATE_NOOP("Report", "{name}, born {birth_date}")
HEADER_PERIOD = QT_TRANSLATE_NOOP("Report", "Period: {start} to {end}")
REPORTED_BY_FAMILY = QT_TRANSLATE_NOOP("Report", "Reported by the family")
MADE_ON = QT_TRANSLATE_NOOP("Report", "Made on {date}")
PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
RANGE = QT_TRANSLATE_NOOP("Report", "{start} to {end}")
NOTHING_RECORDED = QT_TRANSLATE_NOOP("Report", "Nothing recorded in this period.")

# Page one ---------------------------------------------------------------------------------
AT_A_GLANCE = QT_TRANSLATE_NOOP("Report", "At a glance")
CHILD = QT_TRANSLATE_NOOP("Report", "Child")
BORN = QT_TRANSLATE_NOOP("Report", "Born")
BORN_AGE = QT_TRANSLATE_NOOP("Report", "{birth_date} (age {age})")
DIAGNOSIS = QT_TRANSLATE_NOOP("Report", "Diagnosis")
PERIOD = QT_TRANSLATE_NOOP("Report", "Period")
PERIOD_DAYS = QT_TRANSLATE_NOOP("Report", "{start} to {end} ({days} days)")

RED_FLAGS = QT_TRANSLATE_NOOP("Report", "Red-flag episodes in this period")
NO_RED_FLAGS = QT_TRANSLATE_NOOP("Report", "No red-flag episodes in this period.")
DATE = QT_TRANSLATE_NOOP("Report", "Date")
TIME = QT_TRANSLATE_NOOP("Report", "Time")
SIGN = QT_TRANSLATE_NOOP("Report", "Sign noticed")
LEVEL = QT_TRANSLATE_NOOP("Report", "Level")
FAMILY_DID = QT_TRANSLATE_NOOP("Report", "What the family did")
NOT_NOTED = QT_TRANSLATE_NOOP("Report", "Not noted")

MEDICINES = QT_TRANSLATE_NOOP("Report", "Current medicines (as prescribed by the care team)")
NO_MEDICINES = QT_TRANSLATE_NOOP("Report", "No current medicines recorded.")
MEDICINE = QT_TRANSLATE_NOOP("Report", "Medicine")
DOSE = QT_TRANSLATE_NOOP("Report", "Dose as prescribed")
ROUTE = QT_TRANSLATE_NOOP("Report", "Route")
SCHEDULE = QT_TRANSLATE_NOOP("Report", "Schedule")
DOSES_IN_PERIOD = QT_TRANSLATE_NOOP("Report", "Doses in this period")
ADHERENCE = QT_TRANSLATE_NOOP(
    "Report",
    "{scheduled} scheduled: {on_time} on time, {late} late, {skipped} skipped, "
    "{not_recorded} not recorded",
)
AS_NEEDED_GIVEN = QT_TRANSLATE_NOOP("Report", "{count} given as needed")
NO_DOSES_DUE = QT_TRANSLATE_NOOP("Report", "No doses due")
NOT_COUNTED = QT_TRANSLATE_NOOP("Report", "Not counted")

CHECKS = QT_TRANSLATE_NOOP("Report", "Routine checks")
NO_CHECKS = QT_TRANSLATE_NOOP("Report", "No routine checks recorded.")
CHECK = QT_TRANSLATE_NOOP("Report", "Check")
LAST_DONE = QT_TRANSLATE_NOOP("Report", "Last done")
NEXT_DUE = QT_TRANSLATE_NOOP("Report", "Next due")
STATUS = QT_TRANSLATE_NOOP("Report", "Status")
NEVER = QT_TRANSLATE_NOOP("Report", "Never recorded")
NOT_SET = QT_TRANSLATE_NOOP("Report", "Not set")

UPCOMING = QT_TRANSLATE_NOOP("Report", "Upcoming appointments")
NO_UPCOMING = QT_TRANSLATE_NOOP("Report", "No upcoming appointments recorded.")
SPECIALTY = QT_TRANSLATE_NOOP("Report", "Specialty")
WITH_WHERE = QT_TRANSLATE_NOOP("Report", "With, where")
PURPOSE = QT_TRANSLATE_NOOP("Report", "Purpose")

QUESTIONS = QT_TRANSLATE_NOOP("Report", "The family's questions for this visit")
NO_QUESTIONS = QT_TRANSLATE_NOOP("Report", "No questions written down for this visit.")

COMPLETENESS = QT_TRANSLATE_NOOP("Report", "How complete the record is")
COMPLETENESS_TEXT = QT_TRANSLATE_NOOP(
    "Report",
    '{logged} of {days} days ({percent}%) have a diary entry or a "nothing unusual" mark.',
)
COMPLETENESS_LOW = QT_TRANSLATE_NOOP(
    "Report",
    "Days without an entry are unknown, not symptom-free: the counts below may be too low.",
)
COMPLETENESS_NO_DAYS = QT_TRANSLATE_NOOP("Report", "The period has not started yet.")

SYMPTOMS = QT_TRANSLATE_NOOP("Report", "Symptoms: days with each symptom")
NO_SYMPTOMS = QT_TRANSLATE_NOOP(
    "Report", "No symptoms recorded in this period or in the previous period of equal length."
)
SYMPTOM = QT_TRANSLATE_NOOP("Report", "Symptom")
DAYS_NOW = QT_TRANSLATE_NOOP("Report", "This period ({start} to {end})")
DAYS_BEFORE = QT_TRANSLATE_NOOP("Report", "Previous period ({start} to {end})")
CHANGE = QT_TRANSLATE_NOOP("Report", "Change (days)")
MORE_DAYS = QT_TRANSLATE_NOOP("Report", "{count} more")
FEWER_DAYS = QT_TRANSLATE_NOOP("Report", "{count} fewer")
SAME_DAYS = QT_TRANSLATE_NOOP("Report", "Same")

# Details ----------------------------------------------------------------------------------
DETAILS = QT_TRANSLATE_NOOP("Report", "Details")
CHART = QT_TRANSLATE_NOOP("Report", "Symptoms week by week")
CHART_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Each bar is one week, from {start}; its height is the number of days (0 to 7) with the "
    "symptom, written above it. The days in the whole period are at the end of each row.",
)
CHART_NOTE_LONG = QT_TRANSLATE_NOOP(
    "Report",
    "Each bar is one week, from {start}; its height is the number of days (0 to 7) with the "
    "symptom. The number of days in the period is at the end of each row.",
)
NO_CHART = QT_TRANSLATE_NOOP("Report", "No symptoms recorded in this period.")

SYMPTOM_TABLE = QT_TRANSLATE_NOOP("Report", "Symptom table")
ENTRIES = QT_TRANSLATE_NOOP("Report", "Entries")
DAYS = QT_TRANSLATE_NOOP("Report", "Days")
MILD = QT_TRANSLATE_NOOP("Report", "Mild")
MODERATE = QT_TRANSLATE_NOOP("Report", "Moderate")
SEVERE = QT_TRANSLATE_NOOP("Report", "Severe")
FIRST = QT_TRANSLATE_NOOP("Report", "First")
LAST = QT_TRANSLATE_NOOP("Report", "Last")

DENTAL = QT_TRANSLATE_NOOP("Report", "Dental care")
DAILY_CARE = QT_TRANSLATE_NOOP(
    "Report",
    "Teeth brushed on {brushing} of {days} days; fluoride toothpaste on {fluoride} of {days} days.",
)
NO_DENTAL = QT_TRANSLATE_NOOP("Report", "No dental records.")
DENTAL_EVENTS = QT_TRANSLATE_NOOP("Report", "Dental visits, problems and procedures")
NO_DENTAL_EVENTS = QT_TRANSLATE_NOOP(
    "Report", "No dental visits, problems or procedures in this period."
)
WHAT = QT_TRANSLATE_NOOP("Report", "What")
TOOTH = QT_TRANSLATE_NOOP("Report", "Tooth")
ANTIBIOTIC_COVER = QT_TRANSLATE_NOOP("Report", "Antibiotic cover")
NOTES = QT_TRANSLATE_NOOP("Report", "Notes")
ERUPTION = QT_TRANSLATE_NOOP("Report", "Eruption chart (primary teeth)")
NO_ERUPTION = QT_TRANSLATE_NOOP("Report", "No eruption chart.")
USUAL_AGE = QT_TRANSLATE_NOOP("Report", "Usual age")
MONTHS_RANGE = QT_TRANSLATE_NOOP("Report", "{start} to {end} months")
CAME_THROUGH = QT_TRANSLATE_NOOP("Report", "Came through")
NOT_YET = QT_TRANSLATE_NOOP("Report", "Not yet")
LATE_TEETH = QT_TRANSLATE_NOOP("Report", "Later than the usual range: {count} teeth ({teeth}).")

APPOINTMENTS = QT_TRANSLATE_NOOP("Report", "Appointments in this period, with outcomes")
NO_APPOINTMENTS = QT_TRANSLATE_NOOP("Report", "No appointments in this period.")
OUTCOME = QT_TRANSLATE_NOOP("Report", "Outcome")

DOSE_LOG = QT_TRANSLATE_NOOP("Report", "Dose log summary")
NO_DOSE_LOG = QT_TRANSLATE_NOOP("Report", "No doses logged or due in this period.")
MONTH = QT_TRANSLATE_NOOP("Report", "Month")
ON_TIME = QT_TRANSLATE_NOOP("Report", "On time")
LATE = QT_TRANSLATE_NOOP("Report", "Late")
SKIPPED = QT_TRANSLATE_NOOP("Report", "Skipped")
NOT_RECORDED = QT_TRANSLATE_NOOP("Report", "Not recorded")
AS_NEEDED = QT_TRANSLATE_NOOP("Report", "As needed")
DOSE_NOTES = QT_TRANSLATE_NOOP("Report", "Doses with a reason or a note")
REASON = QT_TRANSLATE_NOOP("Report", "Reason, notes")

ALL_ENTRIES = QT_TRANSLATE_NOOP("Report", "Every diary entry")
NO_ENTRIES = QT_TRANSLATE_NOOP("Report", "No diary entries in this period.")
SEVERITY = QT_TRANSLATE_NOOP("Report", "Severity")
BY = QT_TRANSLATE_NOOP("Report", "By")
TIME_NOT_RECORDED = QT_TRANSLATE_NOOP("Report", "-")

# The emergency information sheet ----------------------------------------------------------
EMERGENCY_TITLE = QT_TRANSLATE_NOOP("Report", "EMERGENCY INFORMATION")
EMERGENCY_SUBTITLE = QT_TRANSLATE_NOOP(
    "Report", "For emergency staff: a rare bone disease. Please read before treating."
)
NAME = QT_TRANSLATE_NOOP("Report", "Name")
KEY_CAUTIONS = QT_TRANSLATE_NOOP("Report", "Key cautions")
NO_CAUTIONS = QT_TRANSLATE_NOOP("Report", "No cautions recorded.")
MEDICINES_ALLERGIES = QT_TRANSLATE_NOOP("Report", "Medicines and allergies")
ALLERGIES = QT_TRANSLATE_NOOP("Report", "Allergies")
NO_ALLERGIES = QT_TRANSLATE_NOOP("Report", "None recorded")
BASELINE = QT_TRANSLATE_NOOP("Report", "Usual (baseline) status")
VISION = QT_TRANSLATE_NOOP("Report", "Vision")
HEARING = QT_TRANSLATE_NOOP("Report", "Hearing")
NEUROLOGICAL = QT_TRANSLATE_NOOP("Report", "Neurological")
NOT_RECORDED_YET = QT_TRANSLATE_NOOP("Report", "Not recorded")
HISTORY = QT_TRANSLATE_NOOP("Report", "Past procedures and immunizations")
PAST_PROCEDURES = QT_TRANSLATE_NOOP("Report", "Past procedures")
IMMUNIZATIONS = QT_TRANSLATE_NOOP("Report", "Immunizations")
AVOID = QT_TRANSLATE_NOOP("Report", "Procedures to avoid")
STAFF_NOTES = QT_TRANSLATE_NOOP("Report", "Notes for emergency staff")
CONTACTS = QT_TRANSLATE_NOOP("Report", "Contacts")
ROLE = QT_TRANSLATE_NOOP("Report", "Role")
PHONE = QT_TRANSLATE_NOOP("Report", "Phone")
WHERE = QT_TRANSLATE_NOOP("Report", "Where")
NO_CONTACTS = QT_TRANSLATE_NOOP("Report", "No contacts recorded.")
REVIEWED_ON = QT_TRANSLATE_NOOP("Report", "Last reviewed: {date}")
NEVER_REVIEWED = QT_TRANSLATE_NOOP("Report", "Last reviewed: never. Check with the family.")
SHORTENED = QT_TRANSLATE_NOOP(
    "Report", "[shortened to fit one page; the full text is in the family's diary]"
)

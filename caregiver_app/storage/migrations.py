"""Numbered schema migrations, keyed on ``PRAGMA user_version``.

Each migration runs in one transaction together with the ``user_version`` bump, so a
database is always fully at one version. Never edit a released migration: add a new one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]

_RECORD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    logged_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
"""


def _v1_children_and_diary(conn: sqlite3.Connection) -> None:
    conn.execute(f"""
        CREATE TABLE children (
            {_RECORD_COLUMNS},
            name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            sex TEXT CHECK (sex IN ('female', 'male', 'other')),
            diagnosis TEXT NOT NULL DEFAULT '',
            allergies TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute(f"""
        CREATE TABLE symptom_entries (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            occurred_at TEXT NOT NULL,
            zone TEXT NOT NULL,
            local_date TEXT NOT NULL,
            time_known INTEGER NOT NULL CHECK (time_known IN (0, 1)),
            symptom TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
            notes TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute(
        "CREATE INDEX symptom_entries_by_child_time ON symptom_entries(child_id, occurred_at)"
    )
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")


def _v2_care_team_and_quiet_days(conn: sqlite3.Connection) -> None:
    conn.execute(f"""
        CREATE TABLE care_contacts (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            role TEXT NOT NULL,
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute(f"""
        CREATE TABLE quiet_days (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            day TEXT NOT NULL
        )""")
    conn.execute(
        "CREATE UNIQUE INDEX quiet_days_one_per_day ON quiet_days(child_id, day) "
        "WHERE deleted_at IS NULL"
    )
    # The diary page lists every matching (id, local_date) of a child, newest first. With
    # every column of that query in one index, SQLite answers from the index alone instead
    # of visiting each row: ten years (36,500 entries) take ~20 ms instead of ~80 ms.
    conn.execute(
        "CREATE INDEX symptom_entries_diary_ids ON symptom_entries"
        "(child_id, local_date, occurred_at, created_at, deleted_at, id)"
    )


def _v3_medicines_and_doses(conn: sqlite3.Connection) -> None:
    """Medicines as prescribed (schedule in plain columns), their refills and the dose log."""
    conn.execute(f"""
        CREATE TABLE medicines (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            zone TEXT NOT NULL,
            name TEXT NOT NULL,
            dose_amount TEXT NOT NULL DEFAULT '',
            dose_unit TEXT NOT NULL DEFAULT '',
            dose_text TEXT NOT NULL DEFAULT '',
            route TEXT NOT NULL
                CHECK (route IN ('by_mouth', 'under_skin', 'on_skin', 'inhaled', 'other')),
            schedule_kind TEXT NOT NULL
                CHECK (schedule_kind IN ('fixed_times', 'every_n_days', 'as_needed')),
            schedule_times TEXT NOT NULL DEFAULT '',
            schedule_weekdays TEXT NOT NULL DEFAULT '0123456',
            every_days INTEGER,
            start_date TEXT NOT NULL,
            end_date TEXT,
            prescriber TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            stock INTEGER,
            stock_counted_at TEXT,
            low_stock_level INTEGER
        )""")
    conn.execute("CREATE INDEX medicines_by_child ON medicines(child_id, start_date)")
    conn.execute(f"""
        CREATE TABLE medicine_refills (
            {_RECORD_COLUMNS},
            medicine_id TEXT NOT NULL REFERENCES medicines(id),
            day TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            notes TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute("CREATE INDEX medicine_refills_by_medicine ON medicine_refills(medicine_id)")
    conn.execute(f"""
        CREATE TABLE dose_events (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            medicine_id TEXT NOT NULL REFERENCES medicines(id),
            status TEXT NOT NULL CHECK (status IN ('given', 'skipped')),
            scheduled_for TEXT,
            scheduled_date TEXT,
            scheduled_time TEXT,
            given_at TEXT,
            zone TEXT NOT NULL,
            local_date TEXT NOT NULL,
            given_by TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            CHECK ((status = 'given') = (given_at IS NOT NULL))
        )""")
    # One answer per scheduled dose (a tombstoned one does not count).
    conn.execute(
        "CREATE UNIQUE INDEX dose_events_one_per_occurrence ON dose_events"
        "(medicine_id, scheduled_for) WHERE deleted_at IS NULL AND scheduled_for IS NOT NULL"
    )
    conn.execute("CREATE INDEX dose_events_by_child_day ON dose_events(child_id, local_date)")


def _v4_appointments_and_dental(conn: sqlite3.Connection) -> None:
    # Questions are a JSON array of texts: one value, kept in the family's order.
    conn.execute(f"""
        CREATE TABLE appointments (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            starts_at TEXT NOT NULL,
            zone TEXT NOT NULL,
            local_date TEXT NOT NULL,
            local_time TEXT NOT NULL,
            specialty TEXT NOT NULL,
            clinician TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL
                CHECK (status IN ('planned', 'done', 'cancelled', 'missed')),
            fulfils TEXT,
            outcome TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute("CREATE INDEX appointments_by_child_time ON appointments(child_id, starts_at)")
    conn.execute(f"""
        CREATE TABLE dental_events (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            tooth INTEGER,
            antibiotic_cover TEXT
                CHECK (antibiotic_cover IN ('given', 'not_given', 'unknown')),
            appointment_id TEXT REFERENCES appointments(id),
            notes TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute("CREATE INDEX dental_events_by_child_day ON dental_events(child_id, day)")
    conn.execute(f"""
        CREATE TABLE dental_daily_care (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            day TEXT NOT NULL,
            brushing INTEGER NOT NULL DEFAULT 0 CHECK (brushing IN (0, 1)),
            fluoride_toothpaste INTEGER NOT NULL DEFAULT 0
                CHECK (fluoride_toothpaste IN (0, 1))
        )""")
    conn.execute(
        "CREATE UNIQUE INDEX dental_daily_care_one_per_day ON dental_daily_care(child_id, day) "
        "WHERE deleted_at IS NULL"
    )
    conn.execute(f"""
        CREATE TABLE tooth_eruptions (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            tooth INTEGER NOT NULL,
            erupted_on TEXT NOT NULL
        )""")
    conn.execute(
        "CREATE UNIQUE INDEX tooth_eruptions_one_per_tooth ON tooth_eruptions(child_id, tooth) "
        "WHERE deleted_at IS NULL"
    )


def _v5_checks_and_reminders(conn: sqlite3.Connection) -> None:
    """Routine and custom checks (intervals, who set them), checks recorded by hand, and the
    reminders' state: what fired (once per occurrence), snoozes, dismissals, preferences."""
    # One row per routine check whose interval the family set (none: the suggestion applies),
    # and one per family-added check (routine NULL, with its name).
    conn.execute(f"""
        CREATE TABLE check_settings (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            routine TEXT,
            name TEXT NOT NULL DEFAULT '',
            interval_count INTEGER NOT NULL CHECK (interval_count > 0),
            interval_unit TEXT NOT NULL CHECK (interval_unit IN ('days', 'months')),
            interval_is_suggestion INTEGER NOT NULL DEFAULT 0
                CHECK (interval_is_suggestion IN (0, 1)),
            interval_set_by TEXT NOT NULL DEFAULT '',
            interval_set_at TEXT,
            lead_days INTEGER CHECK (lead_days >= 0),
            CHECK ((routine IS NULL) = (name != ''))
        )""")
    conn.execute(
        "CREATE UNIQUE INDEX check_settings_one_per_routine ON check_settings(child_id, routine) "
        "WHERE deleted_at IS NULL AND routine IS NOT NULL"
    )
    conn.execute("CREATE INDEX check_settings_by_child ON check_settings(child_id)")
    # check_key: a routine check's code, or a custom check's id in check_settings.
    conn.execute(f"""
        CREATE TABLE check_records (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            check_key TEXT NOT NULL,
            done_on TEXT NOT NULL,
            result_notes TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute("CREATE INDEX check_records_by_child ON check_records(child_id, check_key)")
    # The reminders' own state (the app's bookkeeping, not family records): each occurrence
    # that fired is recorded once; a second insert of it is ignored.
    conn.execute("""
        CREATE TABLE reminder_fired (
            reminder_id TEXT NOT NULL,
            occurrence TEXT NOT NULL,
            fired_at TEXT NOT NULL,
            UNIQUE (reminder_id, occurrence)
        )""")
    conn.execute("CREATE INDEX reminder_fired_by_occurrence ON reminder_fired(occurrence)")
    conn.execute("""
        CREATE TABLE reminder_snoozes (
            reminder_id TEXT NOT NULL,
            occurrence TEXT NOT NULL,
            until TEXT NOT NULL,
            snoozed_at TEXT NOT NULL,
            PRIMARY KEY (reminder_id, occurrence)
        )""")
    conn.execute("""
        CREATE TABLE reminder_dismissals (
            reminder_id TEXT NOT NULL,
            occurrence TEXT NOT NULL,
            dismissed_at TEXT NOT NULL,
            PRIMARY KEY (reminder_id, occurrence)
        )""")
    conn.execute(
        "CREATE TABLE reminder_preferences (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"
    )


def _v6_red_flag_alerts_and_emergency_information(conn: sqlite3.Connection) -> None:
    """Red-flag alerts (one per episode, with the entries that made it and what the family
    did), and each child's emergency information. The allergies stay in the child's profile
    (``children.allergies``): one place to keep them right."""
    conn.execute(f"""
        CREATE TABLE red_flag_alerts (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            rule TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('emergency', 'urgent')),
            first_at TEXT NOT NULL,
            last_at TEXT NOT NULL,
            zone TEXT NOT NULL,
            time_known INTEGER NOT NULL CHECK (time_known IN (0, 1)),
            triggers TEXT NOT NULL,
            raised_at TEXT NOT NULL,
            raised_how TEXT NOT NULL CHECK (raised_how IN ('save', 'import', 'catch-up')),
            acknowledged_at TEXT,
            acknowledged_by TEXT NOT NULL DEFAULT '',
            family_action TEXT CHECK (family_action IN
                ('called_emergency', 'called_team', 'emergency_department', 'other')),
            note TEXT NOT NULL DEFAULT ''
        )""")
    conn.execute("CREATE INDEX red_flag_alerts_by_child ON red_flag_alerts(child_id, first_at)")
    # The entries each alert's episode has held: an episode matches its alert through them.
    conn.execute("""
        CREATE TABLE red_flag_alert_entries (
            alert_id TEXT NOT NULL REFERENCES red_flag_alerts(id),
            entry_id TEXT NOT NULL REFERENCES symptom_entries(id),
            PRIMARY KEY (alert_id, entry_id)
        ) WITHOUT ROWID""")
    conn.execute(f"""
        CREATE TABLE emergency_info (
            {_RECORD_COLUMNS},
            child_id TEXT NOT NULL REFERENCES children(id),
            diagnosis TEXT NOT NULL,
            baseline_vision TEXT NOT NULL DEFAULT '',
            baseline_hearing TEXT NOT NULL DEFAULT '',
            baseline_neurological TEXT NOT NULL DEFAULT '',
            past_procedures TEXT NOT NULL DEFAULT '',
            procedures_to_avoid TEXT NOT NULL DEFAULT '',
            immunizations TEXT NOT NULL DEFAULT '',
            staff_notes TEXT NOT NULL DEFAULT '',
            reviewed_on TEXT NOT NULL
        )""")
    conn.execute(
        "CREATE UNIQUE INDEX emergency_info_one_per_child ON emergency_info(child_id) "
        "WHERE deleted_at IS NULL"
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_children_and_diary,
    _v2_care_team_and_quiet_days,
    _v3_medicines_and_doses,
    _v4_appointments_and_dental,
    _v5_checks_and_reminders,
    _v6_red_flag_alerts_and_emergency_information,
)

SCHEMA_VERSION = len(MIGRATIONS)

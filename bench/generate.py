"""Realistic benchmark data: years of one child's symptom diary as a CSV file, and
optionally a data folder populated through the app's own import code.

    python bench/generate.py --years 10 --out DIR               DIR/symptoms.csv
    python bench/generate.py --years 10 --out DIR --data-dir D  ... and a populated folder D
    python bench/generate.py --years 10 --out DIR --measure     import vs executemany floor

Importable: ``generate_rows``, ``write_csv``, ``build_data_dir``, ``measure_import`` and
``measure_executemany_floor`` are what a benchmark script reuses."""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as wall_time
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.clock import Clock, SystemClock
from caregiver_app.core.records import new_id
from caregiver_app.core.timeutil import NonexistentLocalTime, format_instant, local_to_instant
from caregiver_app.paths import symptom_catalogue_path
from caregiver_app.services.app import make_files_private, open_app
from caregiver_app.services.interchange import ImportResult, InterchangeService
from caregiver_app.storage.database import DATABASE_FILENAME, open_database
from caregiver_app.storage.interchange import read_symptom_csv, symptom_csv_bytes

ZONE = "Europe/Madrid"
CHILD_NAME = "Lucía"
CAREGIVER = "Maria"
SEED = 259710
PER_DAY = 10

Row = tuple[str, str, str, str, str, str]

# Common things are common: (code, weight).
_SYMPTOM_WEIGHTS = (
    ("nasal_congestion", 14),
    ("irritability", 12),
    ("bone_pain", 9),
    ("pallor_tiredness", 8),
    ("fever", 7),
    ("poor_feeding", 6),
    ("infection_signs", 6),
    ("ear_pain_discharge", 5),
    ("tooth_problem", 5),
    ("headache", 5),
    ("bruising_bleeding", 4),
    ("limp_or_delayed_movement", 4),
    ("vomiting", 3),
    ("lethargy", 3),
    ("eye_other", 3),
    ("vision_change", 2),
    ("hearing_change", 2),
    ("jaw_pain_swelling", 2),
    ("breathing_difficulty", 2),
    ("twitching_cramps", 1),
    ("nystagmus", 1),
    ("belly_swelling", 1),
    ("suspected_fracture", 1),
    ("facial_weakness", 1),
    ("seizure", 1),
    ("other", 2),
)
_SEVERITY_WEIGHTS = (("mild", 60), ("moderate", 30), ("severe", 10))
_NOTES = (
    "Slept badly.",
    "Better after a nap, ate well at lunch.",
    'Said "ouch" when we lifted her, then fine.',
    "38.1 °C, drinking OK.",
    "Called the day unit; advice: watch and call back if worse.",
    "Nursery says she was quiet, no fever.",
    "Woke at 3, back to sleep by 4.\nMorning fine.",
    "Seen by the GP:\r\n- ears clear\r\n- review in a week",
    "Dentist: gum a bit red, keep brushing, review in 2 weeks.",
    "  Rubbing her eyes again (left more than right).  ",
    "Abuela dice que estaba muy cansada, ¿será la anemia?",
    "Бабушка говорит: устала.",
    "قالت الجدة إنها متعبة",
    "סבתא אומרת שהיא עייפה",
    "Cried at the x-ray 😢 then laughed at the stickers 🎉",
    "Limping a little, no swelling, no bruise.",
    "Pale, cold hands; warmed up after her bath.",
)


@dataclass(frozen=True)
class Measurement:
    rows: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, int]], count: int) -> list[str]:
    return rng.choices([name for name, _ in pairs], [weight for _, weight in pairs], k=count)


def _clock_time(rng: random.Random, day: date, zone: ZoneInfo) -> str:
    """A local time weighted towards waking hours; never one the clocks skip."""
    hour = rng.choices(range(24), [1] * 6 + [6] * 3 + [4] * 8 + [6] * 4 + [3] * 3)[0]
    minute = rng.randrange(60)
    while True:
        try:
            local_to_instant(day, wall_time(hour, minute), zone)
        except NonexistentLocalTime:
            hour = (hour + 1) % 24
            continue
        return f"{hour:02d}:{minute:02d}"


def generate_rows(
    *,
    years: int = 10,
    end: date | None = None,
    zone: str = ZONE,
    per_day: int = PER_DAY,
    seed: int = SEED,
) -> list[Row]:
    """About ``per_day`` rows a day (varying day to day) over ``years`` years ending on
    ``end`` (default: yesterday in ``zone``), oldest first, in CSV column order.

    Exactly ``per_day`` times the number of days, so ten years give at least 36,500 rows."""
    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    last = end or datetime.now(UTC).astimezone(tz).date() - timedelta(days=1)
    first = date(last.year - years, last.month, min(last.day, 28)) + timedelta(days=1)
    days = (last - first).days + 1
    total = days * per_day
    # Spread the rows unevenly: some days quiet, some busy (a cold, a fever).
    day_weights = [rng.choice((0.2, 0.6, 1.0, 1.0, 1.4, 2.5)) for _ in range(days)]
    offsets = sorted(rng.choices(range(days), day_weights, k=total))
    symptoms = _weighted(rng, _SYMPTOM_WEIGHTS, total)
    severities = _weighted(rng, _SEVERITY_WEIGHTS, total)
    rows: list[Row] = []
    for offset, symptom, severity in zip(offsets, symptoms, severities, strict=True):
        day = first + timedelta(days=offset)
        clock_time = "" if rng.random() < 0.08 else _clock_time(rng, day, tz)
        notes = rng.choice(_NOTES) if rng.random() < 0.6 else ""
        logged_by = rng.choice((CAREGIVER, CAREGIVER, "Jon", ""))
        rows.append((day.isoformat(), clock_time, symptom, severity, notes, logged_by))
    rows.sort(key=lambda row: (row[0], row[1]))
    return rows


def birth_date_for(rows: Sequence[Row]) -> date:
    """A birth date a month before the first row."""
    return date.fromisoformat(rows[0][0]) - timedelta(days=30)


def write_csv(path: Path, rows: Sequence[Row]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(symptom_csv_bytes(rows))
    return path


def build_data_dir(
    data_dir: Path,
    csv_path: Path,
    *,
    birth_date: date,
    child_name: str = CHILD_NAME,
    zone: str = ZONE,
    clock: Clock | None = None,
) -> tuple[ImportResult, float]:
    """Creates the child in a (new) data folder and imports ``csv_path`` through the app's
    own import code; returns the result and the seconds the import took."""
    app = open_app(data_dir, clock)
    try:
        app.settings.set_time_zone(zone)
        app.settings.set_caregiver_name(CAREGIVER)
        child = app.family.add_child(name=child_name, birth_date=birth_date.isoformat())
        started = time.perf_counter()
        result = InterchangeService.for_app(app).import_symptoms(child.id, csv_path)
        return result, time.perf_counter() - started
    finally:
        app.close()


def measure_import(csv_path: Path, work_dir: Path, *, birth_date: date) -> Measurement:
    """Seconds to import ``csv_path`` into a fresh data folder (read, check, insert, commit)."""
    result, seconds = build_data_dir(
        work_dir / f"import-{new_id()}", csv_path, birth_date=birth_date
    )
    return Measurement(result.added, seconds)


_INSERT = (
    "INSERT INTO symptom_entries (id, created_at, updated_at, logged_by, deleted_at, child_id, "
    "occurred_at, zone, local_date, time_known, symptom, severity, notes) "
    "VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?)"
)


def prepared_rows(
    csv_path: Path, child_id: str, *, birth_date: date, zone: str = ZONE
) -> list[tuple[object, ...]]:
    """The exact values the import inserts, prepared in advance (not timed)."""
    from caregiver_app.core.catalogue import load_catalogue

    now = datetime.now(UTC)
    stamp = format_instant(now)
    checked = read_symptom_csv(
        csv_path.read_bytes(),
        zone=zone,
        catalogue=load_catalogue(symptom_catalogue_path()),
        birth_date=birth_date,
        now=now,
    )
    return [
        (
            new_id(),
            stamp,
            stamp,
            row.logged_by or CAREGIVER,
            child_id,
            format_instant(row.entry.occurred_at),
            row.entry.zone,
            row.entry.local_date.isoformat(),
            int(row.entry.time_known),
            row.entry.symptom,
            row.entry.severity.value,
            row.entry.notes,
        )
        for row in checked
    ]


def measure_executemany_floor(csv_path: Path, work_dir: Path, *, birth_date: date) -> Measurement:
    """Seconds for a bare ``sqlite3.executemany`` of the same rows into the same schema:
    a fresh database, WAL, synchronous=FULL, one transaction. The floor no import can beat."""
    folder = work_dir / f"floor-{new_id()}"
    database = open_database(folder / DATABASE_FILENAME)
    try:
        conn: sqlite3.Connection = database.conn
        child_id = new_id()
        stamp = format_instant(datetime.now(UTC))
        with database.transaction():
            conn.execute(
                "INSERT INTO children (id, created_at, updated_at, logged_by, name, birth_date) "
                "VALUES (?,?,?,?,?,?)",
                (child_id, stamp, stamp, CAREGIVER, CHILD_NAME, birth_date.isoformat()),
            )
        rows = prepared_rows(csv_path, child_id, birth_date=birth_date)
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(_INSERT, rows)
        conn.execute("COMMIT")
        return Measurement(len(rows), time.perf_counter() - started)
    finally:
        database.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--per-day", type=int, default=PER_DAY)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, required=True, help="folder for symptoms.csv")
    parser.add_argument("--data-dir", type=Path, help="also build a populated data folder here")
    parser.add_argument("--measure", action="store_true", help="time import vs executemany")
    parser.add_argument("--repeat", type=int, default=3, help="measurements to take (best wins)")
    args = parser.parse_args(argv)
    make_files_private()

    rows = generate_rows(years=args.years, per_day=args.per_day, seed=args.seed)
    csv_path = write_csv(args.out / "symptoms.csv", rows)
    born = birth_date_for(rows)
    print(f"wrote {len(rows)} rows ({rows[0][0]} to {rows[-1][0]}) to {csv_path}")
    if args.data_dir:
        if (args.data_dir / DATABASE_FILENAME).exists():
            sys.exit(f"{args.data_dir} already holds a diary; pick an empty folder")
        result, seconds = build_data_dir(
            args.data_dir, csv_path, birth_date=born, clock=SystemClock()
        )
        print(f"imported {result.added} rows into {args.data_dir} in {seconds:.2f} s")
    if args.measure:
        with tempfile.TemporaryDirectory() as scratch:
            work = Path(scratch)
            imports = [measure_import(csv_path, work, birth_date=born) for _ in range(args.repeat)]
            floors = [
                measure_executemany_floor(csv_path, work, birth_date=born)
                for _ in range(args.repeat)
            ]
        best_import = min(imports, key=lambda m: m.seconds)
        best_floor = min(floors, key=lambda m: m.seconds)
        print(
            f"import: {best_import.rows} rows in {best_import.seconds:.3f} s "
            f"= {best_import.rows_per_second:,.0f} rows/s "
            f"(all runs: {', '.join(f'{m.seconds:.3f}' for m in imports)} s)"
        )
        print(
            f"executemany floor: {best_floor.rows} rows in {best_floor.seconds:.3f} s "
            f"= {best_floor.rows_per_second:,.0f} rows/s "
            f"(all runs: {', '.join(f'{m.seconds:.3f}' for m in floors)} s)"
        )
        print(f"ratio: {best_import.rows_per_second / best_floor.rows_per_second:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The performance benchmark: each figure is measured side by side with its floor, in one run,
and printed as a ratio (so a slow or busy machine moves both sides alike).

    python bench/run.py [--repeat N] [--keep DIR]

1. CSV import of ten years (>= 36,500 rows) through the app's own import code, against a raw
   ``sqlite3.executemany`` of the same prepared rows into the same schema.   target >= 0.3
2. Launch to the first painted window with the ten-year database, against a bare PySide6
   window measured the same way (process start to a ``first-paint`` line).  target <= 2.0
3. Diary filters over ten years, against the same raw SQL query returning the rows.
   Measured for the model (ids, grouping, the first screen of rows) and for the whole page
   (filter bar change to the view laid out and painted).                      target <= 3.0
4. A twelve-month visit summary PDF from the ten-year data set (the default sections, and
   with every diary entry), against reportlab rendering a plain document of paragraphs with
   the same number of pages in the same embedded font.                        target <= 2.0

Medians of interleaved runs. Run it with ``make bench``."""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import generate  # noqa: E402
from caregiver_app.core.records import DiaryFilter  # noqa: E402
from caregiver_app.core.summary import VisitSummary  # noqa: E402
from caregiver_app.paths import symptom_catalogue_path  # noqa: E402
from caregiver_app.services.app import make_files_private, open_app  # noqa: E402
from caregiver_app.storage.database import DATABASE_FILENAME  # noqa: E402
from caregiver_app.storage.symptoms_repo import filter_sql  # noqa: E402


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# 1. Import ---------------------------------------------------------------------------------


def bench_import(csv_path: Path, work: Path, born, repeat: int) -> dict[str, float]:
    imports, floors = [], []
    for _ in range(repeat):
        imports.append(generate.measure_import(csv_path, work, birth_date=born))
        floors.append(generate.measure_executemany_floor(csv_path, work, birth_date=born))
    rows = imports[0].rows
    app_rate = median([m.rows_per_second for m in imports])
    floor_rate = median([m.rows_per_second for m in floors])
    return {
        "rows": rows,
        "app_rows_per_s": app_rate,
        "floor_rows_per_s": floor_rate,
        "ratio": app_rate / floor_rate,
    }


# 2. Launch ---------------------------------------------------------------------------------


def _launch_seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - started
            break
    else:
        process.wait()
        raise RuntimeError(f"{command} never painted (exit {process.returncode})")
    process.wait(timeout=30)
    return elapsed


def bench_launch(data_dir: Path, repeat: int) -> dict[str, float]:
    # As installed for a family: with compiled bytecode (pip writes it; some environments,
    # this one included, set PYTHONDONTWRITEBYTECODE, which would charge the app, and not
    # the bare window, for compiling its modules at every launch).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "caregiver_app")], check=True
    )
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["CAREGIVER_APP_EXIT_AFTER_PAINT"] = "1"
    app_command = [sys.executable, "-m", "caregiver_app", "--data-dir", str(data_dir)]
    bare_command = [sys.executable, str(HERE / "bare_window.py")]
    # One unmeasured run of each warms the file cache.
    _launch_seconds(app_command, env)
    _launch_seconds(bare_command, env)
    apps, bares = [], []
    for _ in range(repeat):
        bares.append(_launch_seconds(bare_command, env))
        apps.append(_launch_seconds(app_command, env))
    return {"app_s": median(apps), "bare_s": median(bares), "ratio": median(apps) / median(bares)}


# 3. Diary filters --------------------------------------------------------------------------


def _raw_rows(conn: sqlite3.Connection, diary_filter: DiaryFilter) -> int:
    where, params = filter_sql(diary_filter)
    rows = conn.execute(
        f"SELECT * FROM symptom_entries WHERE {where} ORDER BY local_date DESC, occurred_at DESC",
        params,
    ).fetchall()
    return len(rows)


def bench_filters(data_dir: Path, repeat: int) -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from caregiver_app.ui.events import DataEvents
    from caregiver_app.ui.models.diary_model import DiaryModel
    from caregiver_app.ui.pages.diary_page import DiaryPage

    app = QApplication.instance() or QApplication([])
    services = open_app(data_dir)
    raw = sqlite3.connect(data_dir / DATABASE_FILENAME)
    [child] = services.family.children()
    today = services.diary.today()
    cases = {
        "all ten years": DiaryFilter(child.id),
        "one symptom (fever)": DiaryFilter(child.id, symptom="fever"),
        "text in notes ('nap')": DiaryFilter(child.id, text="nap"),
        "last 3 months": DiaryFilter(child.id, start=today - timedelta(days=91)),
    }
    model = DiaryModel(services.diary, services.catalogue)
    page = DiaryPage(services, DataEvents())
    page.resize(1100, 750)
    page.set_child(child.id)
    page.show()
    app.processEvents()

    def model_filter(diary_filter: DiaryFilter) -> None:
        model.set_filter(diary_filter)
        # What a view asks first: the day rows and one screen of entries.
        shown = 0
        for day_row in range(model.rowCount()):
            day_index = model.index(day_row, 0)
            model.data(day_index)
            for entry_row in range(model.rowCount(day_index)):
                for column in range(model.columnCount(day_index)):
                    model.data(model.index(entry_row, column, day_index))
                shown += 1
                if shown >= 30:
                    return

    from caregiver_app.ui.pages.diary_page import PERIOD_ALL

    def page_filter(diary_filter: DiaryFilter) -> None:
        # Set the whole filter bar at once, then let the page react once, as it does to
        # one change of one control.
        widgets = (page.search_edit, page.symptom_combo, page.period_combo)
        for widget in widgets:
            widget.blockSignals(True)
        page.search_edit.setText(diary_filter.text or "")
        combo = page.symptom_combo
        combo.setCurrentIndex(max(combo.findData(diary_filter.symptom or ""), 0))
        period = "3m" if diary_filter.start is not None else PERIOD_ALL
        page.period_combo.setCurrentIndex(page.period_combo.findData(period))
        for widget in widgets:
            widget.blockSignals(False)
        page._filters_changed()
        page.repaint()
        app.processEvents()

    results = []
    for name, wanted in cases.items():
        # The page's own reading of its filter bar (e.g. "last 3 months" by the calendar)
        # is what the raw query and the model are given too.
        page_filter(wanted)
        diary_filter = page.diary_filter()
        assert diary_filter is not None
        raws, models, pages = [], [], []
        for _ in range(repeat):
            raws.append(timed(lambda f=diary_filter: _raw_rows(raw, f)))
            models.append(timed(lambda f=diary_filter: model_filter(f)))
            pages.append(timed(lambda f=diary_filter: page_filter(f)))
        matches = _raw_rows(raw, diary_filter)
        results.append(
            {
                "filter": name,
                "rows": matches,
                "raw_s": median(raws),
                "model_s": median(models),
                "page_s": median(pages),
                "model_ratio": median(models) / median(raws),
                "page_ratio": median(pages) / median(raws),
            }
        )
    page.close()
    page.deleteLater()
    raw.close()
    services.close()
    return results


# 4. Visit summary PDF ----------------------------------------------------------------------


def twelve_month_summary(rows: list[generate.Row], *, every_entry: bool) -> VisitSummary:
    """A visit summary of the data set's last twelve months, counted with core/summary.py;
    medicines, checks, appointments and dental care made up at a busy family's scale."""
    from caregiver_app.core.catalogue import load_catalogue
    from caregiver_app.core.records import Severity
    from caregiver_app.core.summary import (
        DEFAULT_SECTIONS,
        AppointmentLine,
        CheckLine,
        ChildFacts,
        DentalEventLine,
        DentalSummary,
        DiaryEntryLine,
        DoseCounts,
        DoseLogRow,
        DoseNote,
        EruptionRow,
        MedicineLine,
        Period,
        RedFlagEpisode,
        Section,
        completeness,
        symptom_days,
        symptom_table,
        weekly_symptom_days,
    )

    @dataclass(frozen=True)
    class Entry:
        local_date: date
        symptom: str
        severity: Severity

    catalogue = load_catalogue(symptom_catalogue_path())

    def label(code: str) -> str:
        return catalogue.get(code).label

    last = date.fromisoformat(rows[-1][0])
    period = Period(last - timedelta(days=364), last)
    entries = [Entry(date.fromisoformat(r[0]), r[2], Severity(r[3])) for r in rows]
    in_period = [(r, e) for r, e in zip(rows, entries, strict=True) if e.local_date in period]
    months = period.months()
    medicines = ("Calcitriol", "Calcium", "Interferon gamma-1b", "Vitamin D")
    return VisitSummary(
        child=ChildFacts(generate.CHILD_NAME, generate.birth_date_for(rows), "10 years", "ARO"),
        period=period,
        made_on=last,
        completeness=completeness(period, (e.local_date for e in entries), up_to=last),
        specialty="Eyes (ophthalmology)",
        red_flags=tuple(
            RedFlagEpisode(e.local_date, None, label(e.symptom), "Emergency: call now", r[4])
            for r, e in in_period
            if e.symptom in ("seizure", "breathing_difficulty") and e.severity is Severity.SEVERE
        ),
        medicines=tuple(
            MedicineLine(name, "1 dose", "By mouth", "08:00 and 20:00", DoseCounts(650, 40, 10, 30))
            for name in medicines
        ),
        checks=tuple(
            CheckLine(name, last - timedelta(days=90), last + timedelta(days=n), "On track")
            for n, name in enumerate(("Eye exam", "Hearing test", "Dental check", "Blood tests"))
        ),
        upcoming=tuple(
            AppointmentLine(
                last + timedelta(days=10 * n), None, "Dental", "Dr. Gil", "Clinic", "Check"
            )
            for n in range(1, 4)
        ),
        questions=tuple(f"Question {n} about the last twelve months?" for n in range(5)),
        symptoms=symptom_days(period, entries, label),
        weekly=weekly_symptom_days(period, entries, label),
        symptom_table=symptom_table(period, entries, label),
        dental=DentalSummary(
            300,
            280,
            365,
            tuple(
                DentalEventLine(month.start, "Dental visit", "", "", "Routine check, all fine.")
                for month in months
            ),
            tuple(
                EruptionRow(
                    fdi, f"Tooth {fdi}", 6, 30, last - timedelta(days=2000), "Through", False
                )
                for fdi in (
                    51,
                    52,
                    53,
                    54,
                    55,
                    61,
                    62,
                    63,
                    64,
                    65,
                    71,
                    72,
                    73,
                    74,
                    75,
                    81,
                    82,
                    83,
                    84,
                    85,
                )
            ),
        ),
        appointments=tuple(
            AppointmentLine(
                month.start,
                None,
                "Eyes",
                "Dr. Ruiz",
                "Eye clinic",
                "Review",
                "Done",
                "Vision stable. Optic discs unchanged. Next visit in three months.",
            )
            for month in months
        ),
        dose_log=tuple(
            DoseLogRow(name, month, DoseCounts(55, 3, 1, 2))
            for name in medicines
            for month in months
        ),
        dose_notes=tuple(
            DoseNote(month.start, None, "Calcium", "Skipped", "Vomiting; kept nothing down.")
            for month in months
        ),
        entries=tuple(
            DiaryEntryLine(e.local_date, None, label(e.symptom), r[3], r[4], r[5])
            for r, e in in_period
        ),
        sections=DEFAULT_SECTIONS | {Section.DIARY_ENTRIES} if every_entry else DEFAULT_SECTIONS,
    )


def plain_document(pages: int) -> bytes:
    """The floor: reportlab setting plain paragraphs, ``pages`` full pages of them, in the
    reports' embedded font."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from caregiver_app.reports.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=8.5, leading=10.4)
    line = "Slept badly, better after a nap, ate well at lunch; no fever, drinking well today."
    story = []
    for _ in range(pages):
        story += [Paragraph(f"{n}. {line}", style) for n in range(60)]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=REGULAR).build(story[:-1])
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def bench_reports(rows: list[generate.Row], repeat: int) -> list[dict[str, object]]:
    from caregiver_app.reports.visit_summary import render_visit_summary

    results = []
    for name, every_entry in (("default sections", False), ("with every entry", True)):
        summary = twelve_month_summary(rows, every_entry=every_entry)
        made = render_visit_summary(summary)  # also warms fonts and caches
        pages = page_count(made)
        assert page_count(plain_document(pages)) == pages, "the floor has as many pages"
        apps, floors = [], []
        for _ in range(repeat):
            floors.append(timed(lambda pages=pages: plain_document(pages)))
            apps.append(timed(lambda summary=summary: render_visit_summary(summary)))
        results.append(
            {
                "summary": name,
                "pages": pages,
                "entries": len(summary.entries) if every_entry else 0,
                "app_s": median(apps),
                "floor_s": median(floors),
                "ratio": median(apps) / median(floors),
            }
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the generated data here")
    args = parser.parse_args(argv)
    make_files_private()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        rows = generate.generate_rows(years=10)
        csv_path = generate.write_csv(work / "symptoms.csv", rows)
        born = generate.birth_date_for(rows)
        data_dir = work / "ten-years"
        if not (data_dir / DATABASE_FILENAME).exists():
            generate.build_data_dir(data_dir, csv_path, birth_date=born)
        print(f"Data: {len(rows):,} diary entries, {rows[0][0]} to {rows[-1][0]}")
        print(
            f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
        )
        print()

        imported = bench_import(csv_path, work, born, args.repeat)
        print("1. CSV import, ten years (target: at least 0.3 of the floor)")
        print(f"   app import       {imported['app_rows_per_s']:>10,.0f} rows/s")
        print(f"   executemany floor{imported['floor_rows_per_s']:>10,.0f} rows/s")
        print(f"   ratio            {imported['ratio']:>10.2f}")
        print()

        launch = bench_launch(data_dir, args.repeat + 2)
        print("2. Launch to first painted window (target: at most 2.0 times the floor)")
        print(f"   app, ten years   {launch['app_s'] * 1000:>8.0f} ms")
        print(f"   bare PySide6     {launch['bare_s'] * 1000:>8.0f} ms")
        print(f"   ratio            {launch['ratio']:>8.2f}")
        print()

        filters = bench_filters(data_dir, args.repeat)
        print("3. Diary filters over ten years (target: at most 3 times the raw query)")
        print(
            f"   {'filter':<26}{'rows':>7}{'raw SQL':>10}{'model':>10}{'ratio':>7}"
            f"{'page':>10}{'ratio':>7}"
        )
        for result in filters:
            print(
                f"   {result['filter']:<26}{result['rows']:>7,}"
                f"{result['raw_s'] * 1000:>8.1f}ms{result['model_s'] * 1000:>8.1f}ms"
                f"{result['model_ratio']:>7.2f}{result['page_s'] * 1000:>8.1f}ms"
                f"{result['page_ratio']:>7.2f}"
            )
        reports = bench_reports(rows, args.repeat)
        print()
        print("4. Twelve-month visit summary PDF (target: at most 2.0 times the floor)")
        print(f"   {'summary':<20}{'pages':>6}{'entries':>9}{'app':>10}{'floor':>10}{'ratio':>7}")
        for result in reports:
            print(
                f"   {result['summary']:<20}{result['pages']:>6}{result['entries']:>9,}"
                f"{result['app_s'] * 1000:>8.0f}ms{result['floor_s'] * 1000:>8.0f}ms"
                f"{result['ratio']:>7.2f}"
            )
        out = ROOT / "bench" / "out"
        out.mkdir(exist_ok=True)
        (out / "results.json").write_text(
            json.dumps(
                {"import": imported, "launch": launch, "filters": filters, "reports": reports},
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

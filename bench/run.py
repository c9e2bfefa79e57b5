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

Medians of interleaved runs. Run it with ``make bench``."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import generate  # noqa: E402
from caregiver_app.core.records import DiaryFilter  # noqa: E402
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
        out = ROOT / "bench" / "out"
        out.mkdir(exist_ok=True)
        (out / "results.json").write_text(
            json.dumps({"import": imported, "launch": launch, "filters": filters}, indent=2) + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Page images of both reports, as a clinician sees them:

    .venv/bin/python docs/reports/make_images.py

writes, at 60 dpi (poppler's pdftoppm):

- from the fixture family (tests/reports/family.py, hand-made summary data):
  visit-summary-N.png (A4), visit-summary-letter-1.png and emergency-sheet.png;
- from the demo family (services/demo.py, through the services as the app makes them, on
  21 November 2026, dates as in the United Kingdom): demo-visit-summary-N.png (the eye clinic,
  since the last eye visit) and demo-emergency-sheet.png."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from caregiver_app.core.clock import FixedClock  # noqa: E402
from caregiver_app.core.summary import Paper  # noqa: E402
from caregiver_app.reports.emergency_sheet import render_emergency_sheet  # noqa: E402
from caregiver_app.reports.visit_summary import render_visit_summary  # noqa: E402
from tests.reports import family  # noqa: E402


def page_images(pdf: bytes, prefix: str, *, first_page_only: bool = False) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        pages = ["-f", "1", "-l", "1"] if first_page_only else []
        command = ["pdftoppm", "-png", "-r", "60", *pages, str(path), str(HERE / prefix)]
        subprocess.run(command, check=True)


def demo_reports() -> tuple[bytes, bytes]:
    """The demo family's eye-clinic summary and emergency sheet, made by the reports service
    as the window makes them."""
    from PySide6.QtCore import QLocale

    from caregiver_app.report_wording import app_wording
    from caregiver_app.services.app import open_app
    from caregiver_app.services.demo import add_demo_family
    from tests.conftest import FAMILY_ZONE, NOW

    with tempfile.TemporaryDirectory() as folder:
        app = open_app(Path(folder), FixedClock(NOW))
        try:
            app.settings.set_time_zone(FAMILY_ZONE)
            child = add_demo_family(app).child
            wording = app_wording(QLocale("en_GB"))
            reports = app.reports
            summary = reports.visit_summary_data(
                child.id, specialty="ophthalmology", wording=wording
            )
            sheet = reports.emergency_sheet_data(child.id, wording=wording)
            return (
                reports.visit_summary_pdf(summary, paper=Paper.A4, wording=wording),
                reports.emergency_sheet_pdf(sheet, paper=Paper.A4, wording=wording),
            )
        finally:
            app.close()


def main() -> int:
    for old in HERE.glob("*.png"):
        old.unlink()
    page_images(render_visit_summary(family.visit_summary()), "visit-summary")
    page_images(
        render_visit_summary(family.visit_summary(), paper=Paper.LETTER),
        "visit-summary-letter",
        first_page_only=True,
    )
    page_images(render_emergency_sheet(family.emergency_sheet()), "emergency-sheet")
    # pdftoppm numbers the pages of a one-page file too: keep the plain name.
    (HERE / "emergency-sheet-1.png").rename(HERE / "emergency-sheet.png")
    summary, sheet = demo_reports()
    page_images(summary, "demo-visit-summary")
    page_images(sheet, "demo-emergency-sheet")
    (HERE / "demo-emergency-sheet-1.png").rename(HERE / "demo-emergency-sheet.png")
    for image in sorted(HERE.glob("*.png")):
        print(image.relative_to(ROOT), image.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())

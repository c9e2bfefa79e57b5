"""Screenshots of the window with the demo family, for the README and docs/.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/make_screenshots.py [LANG]

Builds the demo family in a temporary data folder (nothing of yours is touched), opens the real
window and saves one PNG per page into docs/screenshots/ (``<page>.png``, or ``<page>-LANG.png``
for another language)."""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from caregiver_app.i18n import install_translators  # noqa: E402
from caregiver_app.services.app import make_files_private, open_app  # noqa: E402
from caregiver_app.services.demo import add_demo_family  # noqa: E402
from caregiver_app.ui.app import application, build_main_window  # noqa: E402


def settle() -> None:
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def main(language: str = "en") -> int:
    make_files_private()
    app = application()
    translators = install_translators(app, language)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "en" else f"-{language}"
    with tempfile.TemporaryDirectory() as scratch:
        services = open_app(Path(scratch) / "demo")
        services.settings.set_time_zone("Europe/Madrid")
        services.settings.set_caregiver_name("Ana")
        result = add_demo_family(services)
        # A parent's entry from this morning, so the Today page shows what logging looks like.
        now = services.clock.now().astimezone(ZoneInfo(services.settings.time_zone()))
        earlier = max(now - timedelta(hours=1), now.replace(hour=0, minute=5))
        services.diary.log(
            result.child.id,
            day=now.date().isoformat(),
            clock_time=earlier.strftime("%H:%M"),
            symptom="nasal_congestion",
            severity="mild",
            notes="Still blocked, slept OK.",
        )
        window = build_main_window(services)
        window.resize(1180, 760)
        window.show()
        settle()
        for index, name in enumerate(
            ("today", "diary", "medicines", "appointments", "teeth", "family", "settings")
        ):
            window.show_page(index)
            settle()
            path = out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
        window.close()
        window.deleteLater()
        settle()
        services.close()
    for translator in translators:
        app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))

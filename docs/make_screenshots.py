"""Screenshots of the window with the demo family, for the README and docs/.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/make_screenshots.py [LANG]

Builds the demo family in a temporary data folder (nothing of yours is touched), opens the real
window and saves one PNG per page into docs/screenshots/ (``<page>.png``, or ``<page>-LANG.png``
for another language), then logs a severe headache on the Today page as a parent would and
saves the red-flag alert it raises (``alert.png``)."""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from caregiver_app.i18n import apply_locale, install_translators  # noqa: E402
from caregiver_app.services.app import make_files_private, open_app  # noqa: E402
from caregiver_app.services.demo import add_demo_family  # noqa: E402
from caregiver_app.ui.app import application, build_main_window  # noqa: E402
from caregiver_app.ui.main_window import MainWindow  # noqa: E402
from caregiver_app.ui.script_font import use_a_font_for  # noqa: E402


def settle() -> None:
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def alert_shot(window: MainWindow, path: Path) -> None:
    """Logs a severe headache through the Today page and saves the alert it raises, over the
    window (the whole screen, where the platform can grab it)."""
    window.show_page(window.TODAY)
    today = window.today_page
    today.symptoms.button("headache").click()
    today.severity.button("severe").click()
    today.notes.setPlainText("Woke up crying, holding her head.")
    today.save()
    settle()
    dialog = window.red_flag_watcher.dialog
    if dialog is None:
        raise SystemExit("the severe headache raised no alert")
    settle()
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(0) if screen is not None else None
    if shot is None or shot.isNull():
        shot = dialog.grab()
    shot.save(str(path))
    print(path.relative_to(ROOT))
    dialog.reject()
    settle()


def main(language: str = "en") -> int:
    make_files_private()
    app = application()
    translators = install_translators(app, language)
    apply_locale(language)  # dates and numbers as the app shows them in that language
    use_a_font_for(app, language)
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
            (
                "today",
                "diary",
                "medicines",
                "appointments",
                "teeth",
                "guidance",
                "family",
                "settings",
            )
        ):
            window.show_page(index)
            settle()
            path = out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
        alert_shot(window, out / f"alert{suffix}.png")
        window.close()
        window.deleteLater()
        settle()
        services.close()
    for translator in translators:
        app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))

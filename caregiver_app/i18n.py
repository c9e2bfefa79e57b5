"""Loading Qt's and the app's translations (QtCore only: the command line uses it too).

Strings are marked with ``self.tr()`` in widgets, ``translate(context, text)`` in modules and
``QT_TRANSLATE_NOOP`` for constants (see ``caregiver_app.core.messages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caregiver_app.paths import translations_dir

SHIPPED_LANGUAGES = ("en", "es", "ar")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def resolve_language(choice: str) -> str:
    """The language to use: the family's choice, else the system's when we ship it."""
    if choice:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SHIPPED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs Qt's own and the app's translators for ``language``; keep the returned list
    alive as long as the app runs. English has only the app's plural forms ("1 entry",
    "2 entries": Qt picks them only from a translation) and no Qt translation. Arabic lays the
    whole window out right to left: its translation says "RTL" for Qt's ``QT_LAYOUT_DIRECTION``
    message, which QGuiApplication reads whenever a translator is installed or removed."""
    installed: list[QTranslator] = []
    if language != "en":
        qt_translator = QTranslator(app)
        if qt_translator.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    own = QTranslator(app)
    if own.load(f"caregiver_app_{language}", str(translations_dir())):
        app.installTranslator(own)
        installed.append(own)
    return installed


def apply_locale(choice: str) -> None:
    """Dates, times and numbers follow the language the family chose in Settings; when the
    system already speaks that language, its country's formats are kept (es_CR stays es_CR)."""
    if choice and QLocale.system().name().split("_")[0] != choice:
        QLocale.setDefault(QLocale(choice))

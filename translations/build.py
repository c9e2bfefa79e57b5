"""Updates the Qt Linguist sources and compiles them.

    python translations/build.py update     scan caregiver_app/ into translations/*.ts
    python translations/build.py compile    build translations/*.qm from the .ts files

caregiver_app_es.ts holds every message. caregiver_app_en.ts holds only the plural ones
(lupdate -pluralonly): the source strings are English, but Qt picks the singular of
"%n entries" only from a translation. Existing translations are kept on update.

Uses PySide6's own lupdate/lrelease, so it works wherever the app's virtualenv does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGUAGES = ("es", "ar")
#: Languages whose file holds only the messages with plural forms (the source language).
PLURAL_ONLY_LANGUAGES = ("en",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found; run: pip install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "caregiver_app").rglob("*.py")
        if "__pycache__" not in path.parts
    )


def update() -> None:
    targets = [(language, []) for language in LANGUAGES]
    targets += [(language, ["-pluralonly"]) for language in PLURAL_ONLY_LANGUAGES]
    for language, options in targets:
        target = HERE / f"caregiver_app_{language}.ts"
        subprocess.run(
            [_tool("lupdate"), "-locations", "none", "-no-obsolete", *options, *sources(),
             "-ts", str(target.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )


def compile_all() -> None:
    for ts_file in sorted(HERE.glob("caregiver_app_*.ts")):
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    actions = {"update": update, "compile": compile_all}
    if not argv or any(arg not in actions for arg in argv):
        print(__doc__, file=sys.stderr)
        return 2
    for arg in argv:
        actions[arg]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

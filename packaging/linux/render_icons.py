"""Renders the app's PNG icons from its one SVG, with Qt's own SVG renderer.

    .venv/bin/python packaging/linux/render_icons.py

Reads resources/icons/hicolor/scalable/apps/<id>.svg and writes
resources/icons/hicolor/<n>x<n>/apps/<id>.png for each size in SIZES (the PNGs are committed:
the window, the frozen build and the desktop all use them). The folders follow the freedesktop
icon theme layout, so installing is one copy into ~/.local/share/icons/hicolor/."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.caregivercompanion.CaregiverCompanion"
SIZES = (16, 32, 48, 64, 128, 256)
ICONS = ROOT / "resources" / "icons" / "hicolor"
SVG = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int, icons: Path = ICONS) -> Path:
    return icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int):  # -> QImage (PySide6 is imported only when rendering)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def render_all(svg: Path = SVG, icons: Path = ICONS) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in SIZES:
        target = png_path(size, icons)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in render_all():
        print(path.relative_to(ROOT))

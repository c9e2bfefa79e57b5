"""The app's icon: one SVG, PNGs rendered from it at each size, and the window using them."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtGui import QColor, QImage

from caregiver_app.ui import app as ui_app
from tests.packaging.files import HICOLOR, LINUX


def render_icons_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("render_icons", LINUX / "render_icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_icons = render_icons_module()


def opaque_share(image: QImage) -> float:
    pixels = image.width() * image.height()
    opaque = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    )
    return opaque / pixels


def test_the_renderer_and_the_window_agree_on_the_id_and_sizes():
    assert render_icons.APP_ID == ui_app.DESKTOP_FILE_NAME
    assert render_icons.SIZES == ui_app.ICON_SIZES == (16, 32, 48, 64, 128, 256)
    assert HICOLOR / "scalable" / "apps" / f"{ui_app.DESKTOP_FILE_NAME}.svg" == render_icons.SVG


def test_the_svg_renders(qapp):
    image = render_icons.render(render_icons.SVG, 128)
    assert image.size().width() == image.size().height() == 128
    assert image.pixelColor(0, 0).alpha() == 0, "transparent around the rounded corners"
    assert 0.6 < opaque_share(image) < 0.95
    assert image.pixelColor(64, 80) == QColor("#d93a48"), "the heart in the middle"


@pytest.mark.parametrize("size", ui_app.ICON_SIZES)
def test_each_png_exists_at_its_size_and_matches_the_svg(qapp, size):
    path = render_icons.png_path(size)
    assert path == HICOLOR / f"{size}x{size}" / "apps" / f"{ui_app.DESKTOP_FILE_NAME}.png"
    committed = QImage(str(path))
    assert not committed.isNull(), f"{path} is missing or not a PNG"
    assert (committed.width(), committed.height()) == (size, size)
    assert committed.hasAlphaChannel()
    fresh = render_icons.render(render_icons.SVG, size)
    committed = committed.convertToFormat(fresh.format())
    differing = sum(
        1
        for y in range(size)
        for x in range(size)
        if max(
            abs(a - b)
            for a, b in zip(
                committed.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True
            )
        )
        > 16
    )
    assert differing <= size * size // 100, (
        "the PNG is not rendered from the current SVG: run "
        ".venv/bin/python packaging/linux/render_icons.py"
    )


def test_render_all_writes_every_size(qapp, tmp_path):
    written = render_icons.render_all(icons=tmp_path)
    assert [QImage(str(path)).width() for path in written] == list(ui_app.ICON_SIZES)
    assert written[0] == tmp_path / "16x16" / "apps" / f"{ui_app.DESKTOP_FILE_NAME}.png"


def test_the_window_icon_has_every_size(qapp):
    icon = ui_app.app_icon()
    assert [size.width() for size in icon.availableSizes()] == list(ui_app.ICON_SIZES)
    assert not icon.pixmap(16, 16).isNull()
    assert ui_app.application().windowIcon().availableSizes() == icon.availableSizes()

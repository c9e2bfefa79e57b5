"""Reading a PDF back the way a person or a tool would: poppler's pdftotext, pdfinfo and
pdffonts (poppler-utils, installed by packaging/linux/system-deps.sh test)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm

from caregiver_app.reports.layout import HEADER_HEIGHT, MARGIN

for _tool in ("pdftotext", "pdfinfo", "pdffonts"):
    assert shutil.which(_tool), f"{_tool} is missing: install poppler-utils"

BASE_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-BoldOblique",
    "Courier-Oblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-BoldOblique",
    "Helvetica-Oblique",
    "Symbol",
    "Times-Bold",
    "Times-BoldItalic",
    "Times-Italic",
    "Times-Roman",
    "ZapfDingbats",
}
# What pdftotext puts around right-to-left runs, and the invisible bidi controls.
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _run(tool: str, pdf: bytes, *options: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(
            [tool, *options, str(path), *(["-"] if tool == "pdftotext" else [])],
            capture_output=True,
            check=True,
        )
    return result.stdout.decode("utf-8")


def text(pdf: bytes, page: int | None = None, *, raw: bool = False, layout: bool = False) -> str:
    """The text of one page (1-based) or of all pages. ``raw`` keeps the order in which the
    text is drawn (visual order for right-to-left runs); ``layout`` keeps each table row on
    one line."""
    options = [] if page is None else ["-f", str(page), "-l", str(page)]
    if raw:
        options.append("-raw")
    if layout:
        options.append("-layout")
    return _run("pdftotext", pdf, *options)


def body(pdf: bytes) -> str:
    """The text of every page without its header and footer, laid out as printed (a table
    row's cells side by side, so a long cell reads back in one piece rather than after the
    cells of the rows below it), pages joined."""
    width, height = page_size(pdf)
    # Between the rule under the header and the rule over the footer.
    top = MARGIN + HEADER_HEIGHT - 3 * mm + 1
    bottom = MARGIN + 5 * mm
    crop = [
        "-x",
        "0",
        "-y",
        str(int(top)),
        "-W",
        str(int(width)),
        "-H",
        str(int(height - top - bottom)),
    ]
    return "".join(
        _run("pdftotext", pdf, "-layout", "-f", str(n), "-l", str(n), *crop).replace("\f", "")
        for n in range(1, page_count(pdf) + 1)
    )


def rows(pdf: bytes, page: int) -> list[str]:
    """The lines of a page as laid out, each with its runs of spaces made one space."""
    return [" ".join(line.split()) for line in text(pdf, page, layout=True).splitlines()]


def pages(pdf: bytes) -> list[str]:
    return [text(pdf, number) for number in range(1, page_count(pdf) + 1)]


def info(pdf: bytes) -> dict[str, str]:
    found = {}
    for line in _run("pdfinfo", pdf).splitlines():
        key, _, value = line.partition(":")
        found[key.strip()] = value.strip()
    return found


def page_count(pdf: bytes) -> int:
    return int(info(pdf)["Pages"])


def page_size(pdf: bytes) -> tuple[float, float]:
    """Width and height in points, of the first page."""
    match = re.match(r"([\d.]+) x ([\d.]+) pts", info(pdf)["Page size"])
    assert match, info(pdf)["Page size"]
    return float(match.group(1)), float(match.group(2))


@dataclass(frozen=True)
class Font:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def fonts(pdf: bytes) -> list[Font]:
    found = []
    for line in _run("pdffonts", pdf).splitlines()[2:]:
        # name, type (may hold a space), encoding, emb, sub, uni, object ID (2 columns)
        columns = line.split()
        emb, sub, uni = columns[-5:-2]
        found.append(
            Font(columns[0], " ".join(columns[1:-6]), emb == "yes", sub == "yes", uni == "yes")
        )
    return found


def normalise(value: str) -> str:
    """For comparing what was typed with what reads back: compatibility forms folded (NFKC
    turns shaped Arabic presentation forms and the lam-alef ligature back into letters), bidi
    marks removed, every run of white space made one space."""
    value = unicodedata.normalize("NFKC", value)
    value = _BIDI_MARKS.sub("", value)
    return " ".join(value.split())


def without_space(value: str) -> str:
    return "".join(normalise(value).split())


def found_in(typed: str, page_text: str) -> bool:
    """Whether ``typed`` reads back from ``page_text``.

    Left-to-right text must be there whole, ignoring where lines were broken (white space
    removed on both sides). Text holding Arabic or Hebrew must have each of its words there
    (pdftotext gives each right-to-left run in reading order, but places it by its position
    on the line, so "Fever حمى 39" reads back as "Fever 39 حمى")."""
    typed = _BIDI_MARKS.sub("", typed)
    if re.search("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]", typed):
        haystack = normalise(page_text)
        return all(word in haystack for word in normalise(typed).split())
    return without_space(typed) in without_space(page_text)

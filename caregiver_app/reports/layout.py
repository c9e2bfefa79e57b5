"""What both reports share: paper, styles, tables of user text, and pages that carry a
header and "page X of Y" (drawn once the number of pages is known)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from caregiver_app.core.summary import Paper, Wording
from caregiver_app.reports import words
from caregiver_app.reports.fonts import BOLD, REGULAR, FontSet
from caregiver_app.reports.text import clean, fit, has_rtl, one_line, paragraphs

PAGE_SIZES: dict[Paper, tuple[float, float]] = {
    Paper.A4: (float(A4[0]), float(A4[1])),
    Paper.LETTER: (float(LETTER[0]), float(LETTER[1])),
}
MARGIN: float = 14 * mm
HEADER_HEIGHT: float = 15 * mm
FOOTER_HEIGHT: float = 9 * mm
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.9, 0.9, 0.9)
GREY_TEXT = colors.Color(0.3, 0.3, 0.3)
# A table sets its cells' font even when they hold paragraphs: without this, Helvetica.
CELL_FONT: list[tuple[object, ...]] = [("FONTNAME", (0, 0), (-1, -1), REGULAR)]
CELL_PADDING = 3


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    box: ParagraphStyle
    page: ParagraphStyle
    page_bold: ParagraphStyle


def make_styles(scale: float = 1.0, right_to_left: bool = False) -> Styles:
    align = TA_RIGHT if right_to_left else TA_LEFT

    def style(name: str, font: str, size: float, **extra: object) -> ParagraphStyle:
        size *= scale
        settings: dict[str, object] = {
            "fontName": font,
            "fontSize": size,
            "leading": round(size * 1.22, 2),
            "alignment": align,
            "splitLongWords": 1,
        }
        settings.update(extra)
        return ParagraphStyle(name, **settings)

    return Styles(
        title=style("title", BOLD, 15, spaceAfter=3 * scale),
        heading=style(
            "heading", BOLD, 10.5, spaceBefore=7 * scale, spaceAfter=2.5 * scale, keepWithNext=1
        ),
        subheading=style(
            "subheading", BOLD, 9, spaceBefore=5 * scale, spaceAfter=2 * scale, keepWithNext=1
        ),
        body=style("body", REGULAR, 8.5, spaceAfter=2 * scale),
        note=style("note", REGULAR, 7.5, textColor=GREY_TEXT, spaceAfter=2 * scale),
        cell=style("cell", REGULAR, 8),
        cell_bold=style("cell-bold", BOLD, 8),
        head=style("head", BOLD, 7.5),
        box=style("box", BOLD, 10, spaceAfter=2 * scale),
        page=style("page", REGULAR, 7.5, textColor=GREY_TEXT),
        page_bold=style("page-bold", BOLD, 8.5),
    )


@dataclass(frozen=True)
class Bold:
    """A table cell printed in bold (an overdue check, a late tooth)."""

    text: str


Cell = str | Bold | list[Flowable]


class Writer:
    """Turns words and user strings into flowables in the report's language and styles."""

    def __init__(self, wording: Wording, fonts: FontSet, styles: Styles, width: float) -> None:
        self.wording = wording
        self.fonts = fonts
        self.styles = styles
        self.width = width

    def say(self, template: str, **args: object) -> str:
        return self.wording(template, **args)

    def maybe_date(self, day: date | None, missing: str = words.NOT_SET) -> str:
        return self.say(missing) if day is None else self.wording.date(day)

    def when(self, day: date, moment: time | None) -> str:
        text = self.wording.date(day)
        return text if moment is None else f"{text} {self.wording.time(moment)}"

    def span(self, start: date, end: date) -> str:
        return self.say(words.RANGE, start=self.wording.date(start), end=self.wording.date(end))

    def text(self, value: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        return paragraphs(value, style or self.styles.body, self.fonts)

    def para(
        self, template: str, style: ParagraphStyle | None = None, **args: object
    ) -> list[Flowable]:
        return self.text(self.say(template, **args), style)

    def heading(self, template: str, **args: object) -> list[Flowable]:
        return self.para(template, self.styles.heading, **args)

    def nothing(self, template: str = words.NOTHING_RECORDED) -> list[Flowable]:
        return self.para(template, self.styles.note)

    def cell(self, value: Cell) -> list[Flowable]:
        if isinstance(value, Bold):
            return self.text(value.text, self.styles.cell_bold)
        if isinstance(value, str):
            return self.text(value, self.styles.cell)
        return value

    def _fits_plain(self, text: str, style: ParagraphStyle, width: float) -> bool:
        """Whether ``text`` can be drawn as a plain string in a cell ``width`` wide: one line
        that fits, every character in the style's font, nothing to clean, shape or reorder.
        A plain string is drawn as it is (never parsed as markup) and costs a fraction of a
        paragraph, which matters in tables of a year of entries."""
        if len(text) > 120 or text != " ".join(text.split()):
            return False
        font = style.fontName
        # Printable ASCII is in every font and needs no cleaning (the common case, fast).
        if not (text.isascii() and text.isprintable()) and (
            clean(text) != text
            or has_rtl(text)
            or not all(self.fonts.has(font, char) for char in text)
        ):
            return False
        return stringWidth(text, font, style.fontSize) <= width - 2 * CELL_PADDING

    def _table_cell(
        self,
        value: Cell,
        style: ParagraphStyle,
        width: float,
        at: tuple[int, int],
        commands: list[tuple[object, ...]],
    ) -> str | list[Flowable]:
        if isinstance(value, Bold):
            text, style = value.text, self.styles.cell_bold if style is self.styles.cell else style
        elif isinstance(value, str):
            text = value
        else:
            return value
        if not self._fits_plain(text, style, width):
            return self.text(text, style)
        if style.fontName != self.styles.cell.fontName:
            commands.append(("FONTNAME", at, at, style.fontName))
        return text

    def table(
        self,
        headers: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        grid: bool = True,
        shade_header: bool = True,
        valign: str = "TOP",
    ) -> Table:
        """A table of ``rows`` (its header repeated on each page it runs onto); ``widths``
        are fractions of the text width. Rows split across pages, so no cell is too long."""
        rtl = self.wording.right_to_left
        columns = [fraction * self.width for fraction in widths]
        if rtl:
            columns.reverse()
        cell, head = self.styles.cell, self.styles.head
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), cell.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), cell.leading),
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        lines: list[list[Cell]] = []
        if headers:
            lines.append([self.say(h) if isinstance(h, str) and h else h for h in headers])
            commands += [
                ("FONTNAME", (0, 0), (-1, 0), head.fontName),
                ("FONTSIZE", (0, 0), (-1, 0), head.fontSize),
                ("LEADING", (0, 0), (-1, 0), head.leading),
            ]
        lines += [list(row) for row in rows]
        data: list[list[str | list[Flowable]]] = []
        for row_index, line in enumerate(lines):
            if rtl:
                line.reverse()
            style = head if headers and row_index == 0 else cell
            data.append(
                [
                    self._table_cell(value, style, columns[column], (column, row_index), commands)
                    for column, value in enumerate(line)
                ]
            )
        if rtl:
            commands.append(("ALIGN", (0, 0), (-1, -1), "RIGHT"))
        if grid:
            commands.append(("GRID", (0, 0), (-1, -1), 0.4, GRID))
        if headers and shade_header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        return Table(
            data,
            colWidths=columns,
            repeatRows=1 if headers else 0,
            splitInRow=1,
            style=commands,
            hAlign="RIGHT" if rtl else "LEFT",
        )

    def table_or_nothing(
        self,
        nothing: str,
        headers: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        grid: bool = True,
    ) -> list[Flowable]:
        """The :meth:`table` of ``rows``, or the note ``nothing`` when there are none."""
        if not rows:
            return self.nothing(nothing)
        return [self.table(headers, rows, widths, grid=grid)]

    def pairs(self, rows: Sequence[tuple[str, Cell]], label_width: float = 0.2) -> Table:
        """Label and value rows without a grid (the child's identity)."""
        return self.table(
            (),
            [(Bold(self.say(label)), value) for label, value in rows],
            (label_width, 1 - label_width),
            grid=False,
        )


@dataclass(frozen=True)
class PageFacts:
    """What every page of a report carries."""

    title: str
    child_name: str
    birth_date: str
    period: str  # "" on the emergency sheet
    made_on: str


class _DecoratedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each page until the last one is known, then draws the header and the footer
    ("page X of Y") on every page."""

    def __init__(
        self, *args: object, decorate: Callable[[Canvas, int, int], None], **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def _draw(
    canvas: Canvas, markup: str, style: ParagraphStyle, x: float, top: float, width: float
) -> None:
    paragraph = Paragraph(markup, style)
    _, height = paragraph.wrap(width, 100)
    paragraph.drawOn(canvas, x, top - height)


def page_decorator(
    facts: PageFacts, writer: Writer, paper: Paper
) -> Callable[[Canvas, int, int], None]:
    """Draws the header (name, birth date, period, "reported by the family", date made) and
    the footer (title, page X of Y) of one page."""
    page_width, page_height = PAGE_SIZES[paper]
    styles, fonts = writer.styles, writer.fonts
    half = (page_width - 2 * MARGIN) / 2
    rtl = writer.wording.right_to_left
    # The start side of the page holds who; the end side holds when.
    start, end = (TA_RIGHT, TA_LEFT) if rtl else (TA_LEFT, TA_RIGHT)

    def line(text: str, bold: bool, alignment: int) -> tuple[str, ParagraphStyle]:
        font, parent = (BOLD, styles.page_bold) if bold else (REGULAR, styles.page)
        style = ParagraphStyle(f"{parent.name}-{alignment}", parent=parent, alignment=alignment)
        return one_line(text, fonts, font), style

    name = fit(facts.child_name, half * 0.75, fonts, BOLD, styles.page_bold.fontSize)
    who = [
        line(writer.say(words.HEADER_CHILD, name=name, birth_date=facts.birth_date), True, start),
        line(writer.say(words.REPORTED_BY_FAMILY), False, start),
    ]
    when = [line(writer.say(words.MADE_ON, date=facts.made_on), False, end)]
    if facts.period:
        when.insert(0, line(facts.period, True, end))
    columns = (
        ((MARGIN + half, who), (MARGIN, when)) if rtl else ((MARGIN, who), (MARGIN + half, when))
    )
    title = line(facts.title, False, start)

    # The same on every page: laid out once, drawn on each.
    header: list[tuple[Paragraph, float, float]] = []
    for x, lines in columns:
        y = page_height - MARGIN
        for markup, style in lines:
            paragraph = Paragraph(markup, style)
            _, height = paragraph.wrap(half, 100)
            header.append((paragraph, x, y - height))
            y -= style.leading + 1.5

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        for paragraph, x, y in header:
            paragraph.drawOn(canvas, x, y)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        rule_y = page_height - MARGIN - HEADER_HEIGHT + 3 * mm
        canvas.line(MARGIN, rule_y, page_width - MARGIN, rule_y)
        footer_y = MARGIN + 5 * mm
        canvas.line(MARGIN, footer_y, page_width - MARGIN, footer_y)
        numbers = line(writer.say(words.PAGE_OF, page=page, pages=pages), True, end)
        title_x, numbers_x = (MARGIN + half, MARGIN) if rtl else (MARGIN, MARGIN + half)
        _draw(canvas, *title, title_x, footer_y - 1.5 * mm, half)
        _draw(canvas, *numbers, numbers_x, footer_y - 1.5 * mm, half)
        canvas.restoreState()

    return decorate


def frame_width(paper: Paper) -> float:
    return PAGE_SIZES[paper][0] - 2 * MARGIN


def frame_height(paper: Paper) -> float:
    return PAGE_SIZES[paper][1] - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT


def build_pdf(
    story: list[Flowable],
    *,
    paper: Paper,
    title: str,
    decorate: Callable[[Canvas, int, int], None],
) -> bytes:
    """The PDF bytes of ``story`` on ``paper``, each page decorated."""
    buffer = io.BytesIO()
    width, height = PAGE_SIZES[paper]
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=" ".join(title.split()),
        author="",
        creator="Caregiver companion",
        producer="Caregiver companion (reportlab)",
        initialFontName=REGULAR,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_DecoratedCanvas, decorate=decorate))
    return buffer.getvalue()
